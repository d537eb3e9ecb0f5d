import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  errorMessage
} from "./chunk-5N4WRACS.js";

// packages/platforms/src/outputs.ts
function perService(items, value) {
  return items.length === 1 ? value(items[0]) : JSON.stringify(Object.fromEntries(items.map((i) => [i.target.key, value(i)])));
}

// packages/platforms/src/stages.ts
async function runStage(emitter, title, body, fail) {
  return emitter.group(title, async () => {
    try {
      return await body();
    } catch (error) {
      return fail(errorMessage(error)), !1;
    }
  });
}
async function bestEffort(step, fail) {
  try {
    await step();
  } catch (error) {
    fail(errorMessage(error));
  }
}

export {
  perService,
  runStage,
  bestEffort
};
