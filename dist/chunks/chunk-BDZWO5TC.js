import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:stream
var require_node_stream = __commonJS({
  "builtin:node:stream"(exports, module) {
    module.exports = __require("node:stream");
  }
});

export {
  require_node_stream
};
