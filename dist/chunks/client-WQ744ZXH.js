import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  CONNECT_TIMEOUT_MS,
  Ecs,
  EcsClients,
  EcsError,
  NotFoundError,
  SDK_MAX_ATTEMPTS,
  isTransient
} from "./chunk-G4ULEBZX.js";
import "./chunk-TGPQD75Y.js";
import "./chunk-KKXO3SMY.js";
import {
  CallLog
} from "./chunk-YOQLGPVA.js";
import "./chunk-MGNG25PH.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-VSBUBHW6.js";
import "./chunk-YSQWLAFH.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-LZNI6XJR.js";
import "./chunk-CKBTBYET.js";
import "./chunk-3RSG6H7J.js";
import "./chunk-BDZWO5TC.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-EPIBC7KB.js";
import "./chunk-ZC7J5IS5.js";
import "./chunk-KBV2H3VL.js";
export {
  CONNECT_TIMEOUT_MS,
  CallLog,
  Ecs,
  EcsClients,
  EcsError,
  NotFoundError,
  SDK_MAX_ATTEMPTS,
  isTransient
};
