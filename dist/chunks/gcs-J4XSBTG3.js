import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  GOOGLE_ERRORS,
  abortable,
  gcsSource
} from "./chunk-655BO343.js";
import "./chunk-3722WUKF.js";
import "./chunk-XANLEI2V.js";
import "./chunk-YOQLGPVA.js";
import "./chunk-WKOUA7B3.js";
import "./chunk-MGNG25PH.js";
import "./chunk-EDEOZ2BF.js";
import "./chunk-H4C6EQAC.js";
import "./chunk-VSBUBHW6.js";
import "./chunk-YSQWLAFH.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-ET3XIBHL.js";
import "./chunk-CKBTBYET.js";
import "./chunk-BDZWO5TC.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-ZC7J5IS5.js";
import "./chunk-KBV2H3VL.js";
export {
  GOOGLE_ERRORS,
  abortable,
  gcsSource
};
