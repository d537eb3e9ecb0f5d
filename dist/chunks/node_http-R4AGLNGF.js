import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_node_http
} from "./chunk-EPIBC7KB.js";
import "./chunk-KBV2H3VL.js";
export default require_node_http();
