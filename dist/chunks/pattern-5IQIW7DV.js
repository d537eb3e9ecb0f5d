import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  patternValue
} from "./chunk-KEXDRALB.js";
import "./chunk-LTW6ELEN.js";
import "./chunk-KBV2H3VL.js";
export {
  patternValue
};
