import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_dist
} from "./chunk-WKOUA7B3.js";
import "./chunk-KBV2H3VL.js";
export default require_dist();
