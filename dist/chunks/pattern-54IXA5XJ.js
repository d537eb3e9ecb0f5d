import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  patternValue
} from "./chunk-GNNJ7S3F.js";
import "./chunk-VWFPFI6J.js";
import "./chunk-KBV2H3VL.js";
export {
  patternValue
};
