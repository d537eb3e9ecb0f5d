import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  CONNECT_TIMEOUT_MS,
  CallLog,
  Ecs,
  EcsClients,
  EcsError,
  NotFoundError,
  SDK_MAX_ATTEMPTS,
  isTransient
} from "./chunk-CZMTB3WP.js";
import "./chunk-PKKVAL4R.js";
import "./chunk-AUBKD2YW.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-FPOL7PNX.js";
import "./chunk-DPJSZJV7.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-EPIBC7KB.js";
import "./chunk-5N4WRACS.js";
import "./chunk-LWETLIYH.js";
import "./chunk-VWFPFI6J.js";
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
