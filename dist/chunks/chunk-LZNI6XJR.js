import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:http2
var require_node_http2 = __commonJS({
  "builtin:node:http2"(exports, module) {
    module.exports = __require("node:http2");
  }
});

export {
  require_node_http2
};
