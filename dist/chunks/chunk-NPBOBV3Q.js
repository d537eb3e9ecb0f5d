import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:buffer
var require_node_buffer = __commonJS({
  "builtin:node:buffer"(exports, module) {
    module.exports = __require("node:buffer");
  }
});

export {
  require_node_buffer
};
