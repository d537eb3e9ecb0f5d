import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  patternValue
} from "./chunk-ENRASACH.js";
import "./chunk-ZC7J5IS5.js";
import "./chunk-KBV2H3VL.js";
export {
  patternValue
};
