import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:async_hooks
var require_node_async_hooks = __commonJS({
  "builtin:node:async_hooks"(exports, module) {
    module.exports = __require("node:async_hooks");
  }
});

export {
  require_node_async_hooks
};
