import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-CVDX54IJ.js";
import {
  planBackupVerify,
  runBackupVerify
} from "./chunk-NAAFLJO3.js";
import "./chunk-OLUXQLH6.js";
import {
  BACKUP_VERIFY,
  inputNames
} from "./chunk-YHYKWZMY.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-EDEOZ2BF.js";
import "./chunk-H4C6EQAC.js";
import "./chunk-VSBUBHW6.js";
import "./chunk-YSQWLAFH.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import "./chunk-36L2EZAT.js";
import "./chunk-3RSG6H7J.js";
import "./chunk-BDZWO5TC.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-ZC7J5IS5.js";
import "./chunk-KBV2H3VL.js";

// actions/backup-verify/src/main.ts
async function run() {
  await runCheckAction("backup-verify", async ({ inputs, emitter, shard }) => {
    let plan = await planBackupVerify(inputs, (value) => emitter.secret(value));
    return runBackupVerify({ ...plan, sets: shard(plan.sets) }, emitter);
  }, inputNames(BACKUP_VERIFY));
}
export {
  run
};
