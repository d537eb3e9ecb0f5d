import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:util
var require_node_util = __commonJS({
  "builtin:node:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

export {
  require_node_util
};
