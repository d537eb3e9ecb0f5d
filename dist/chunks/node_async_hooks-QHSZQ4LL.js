import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_node_async_hooks
} from "./chunk-YEXWNCRK.js";
import "./chunk-KBV2H3VL.js";
export default require_node_async_hooks();
