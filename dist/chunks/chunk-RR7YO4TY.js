import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:tls
var require_node_tls = __commonJS({
  "builtin:node:tls"(exports, module) {
    module.exports = __require("node:tls");
  }
});

export {
  require_node_tls
};
