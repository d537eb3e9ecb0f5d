import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-TPYMMUR3.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import {
  planBackupVerify,
  runBackupVerify
} from "./chunk-X6PNC33F.js";
import "./chunk-FKAQYICK.js";
import {
  BACKUP_VERIFY,
  inputNames
} from "./chunk-ETSHSJP5.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-FPOL7PNX.js";
import "./chunk-36L2EZAT.js";
import "./chunk-DPJSZJV7.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-5N4WRACS.js";
import "./chunk-LWETLIYH.js";
import "./chunk-VWFPFI6J.js";
import "./chunk-KBV2H3VL.js";

// actions/backup-verify/src/main.ts
async function run() {
  await runCheckAction("backup-verify", async ({ inputs, emitter }) => runBackupVerify(await planBackupVerify(inputs, (value) => emitter.secret(value)), emitter), inputNames(BACKUP_VERIFY));
}
export {
  run
};
