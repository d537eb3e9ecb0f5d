import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/node-check/src/index.js
var ACTION_HINT = "use runs.using node24 / a runner ≥ 2.327.1, or install Node 24";
function nodeTooOld(name, version, hint) {
  if (!(Number(/^v?(\d+)\./.exec(version)?.[1]) >= 24))
    return `${name} needs Node.js 24 or newer (found ${version}): ${hint}`;
}
function actionCanRun(name) {
  let message = nodeTooOld(name, process.version, ACTION_HINT);
  return message === void 0 ? !0 : (process.stdout.write(`::error::${message}
`), process.exitCode = 1, !1);
}

export {
  actionCanRun
};
