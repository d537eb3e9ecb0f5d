import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/platforms/src/cloud-run/plan.ts
var servicePath = (t) => `projects/${t.project}/locations/${t.region}/services/${t.service}`, locationPath = (t) => `projects/${t.project}/locations/${t.region}`;

export {
  servicePath,
  locationPath
};
