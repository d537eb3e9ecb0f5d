import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:child_process
var require_node_child_process = __commonJS({
  "builtin:node:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

export {
  require_node_child_process
};
