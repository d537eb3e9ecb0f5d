import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  AWS_CLIENT,
  AWS_ERRORS,
  awsRegion,
  s3Source
} from "./chunk-B76HAJ3P.js";
import "./chunk-TGPQD75Y.js";
import "./chunk-2GPSWFVH.js";
import "./chunk-KKXO3SMY.js";
import "./chunk-XANLEI2V.js";
import "./chunk-YOQLGPVA.js";
import "./chunk-MGNG25PH.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-EDEOZ2BF.js";
import "./chunk-H4C6EQAC.js";
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
  AWS_CLIENT,
  AWS_ERRORS,
  awsRegion,
  s3Source
};
