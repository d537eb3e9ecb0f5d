import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  exec,
  getExecOutput
} from "./chunk-OLCTU7ML.js";
import "./chunk-KBV2H3VL.js";
export {
  exec,
  getExecOutput
};
