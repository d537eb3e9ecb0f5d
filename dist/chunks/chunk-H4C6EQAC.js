import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// builtin:node:stream/promises
var require_promises = __commonJS({
  "builtin:node:stream/promises"(exports, module) {
    module.exports = __require("node:stream/promises");
  }
});

export {
  require_promises
};
