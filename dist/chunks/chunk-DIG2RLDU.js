import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/status/src/cloud-run/target.ts
var DEFAULT_CLOUD_LOGGING_FILTER = "severity>=ERROR", cloudRunStatusId = (t) => `status:${t.environment}/${t.key}/cloud-run`;

export {
  DEFAULT_CLOUD_LOGGING_FILTER,
  cloudRunStatusId
};
