import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/status/src/ecs/ids.ts
var ecsStatusId = (t) => `status:${t.environment}/${t.key}/ecs`;

export {
  ecsStatusId
};
