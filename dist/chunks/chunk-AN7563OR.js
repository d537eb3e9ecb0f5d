import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/platforms/src/outputs.ts
function perService(items, value) {
  return items.length === 1 ? value(items[0]) : JSON.stringify(Object.fromEntries(items.map((i) => [i.target.key, value(i)])));
}

export {
  perService
};
