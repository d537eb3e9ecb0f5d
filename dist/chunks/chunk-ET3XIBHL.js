import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:events
var require_node_events = __commonJS({
  "builtin:node:events"(exports, module) {
    module.exports = __require("node:events");
  }
});

export {
  require_node_events
};
