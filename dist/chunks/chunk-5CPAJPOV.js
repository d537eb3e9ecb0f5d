import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/incidents/src/inert.ts
function inert(text) {
  if (!/[@!<>[\]`*_#~\\]/.test(text)) return text;
  let longestTicks = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)), fence = "`".repeat(longestTicks + 1);
  return `${fence} ${text.replace(/\r?\n/g, " ")} ${fence}`;
}

export {
  inert
};
