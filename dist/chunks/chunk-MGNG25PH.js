import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:process
var require_node_process = __commonJS({
  "builtin:node:process"(exports, module) {
    module.exports = __require("node:process");
  }
});

export {
  require_node_process
};
