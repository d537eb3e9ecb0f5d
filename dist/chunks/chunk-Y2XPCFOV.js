import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  imageTagValue,
  imageValue,
  imagesValue,
  parseTaskDefinitionRef,
  taskDefinitionFileValue
} from "./chunk-BK273QQR.js";
import {
  PROBE_DEFAULTS,
  probesFromConfig,
  probesFromUrls
} from "./chunk-NYWPNSCJ.js";
import {
  UsageError
} from "./chunk-5N4WRACS.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  DURATION_MAX,
  durationValue,
  httpUrlValue,
  integerValue,
  quote
} from "./chunk-VWFPFI6J.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/platforms/src/ecs/options.ts
var import_node_fs = __toESM(require_node_fs(), 1);

// packages/platforms/src/platform.ts
function onePlatform(targets, servicesLabel) {
  let byPlatform = /* @__PURE__ */ new Map();
  for (let t of targets) byPlatform.set(t.platform, [...byPlatform.get(t.platform) ?? [], t.key]);
  let [first, ...others] = byPlatform.keys();
  if (!first) throw new UsageError(servicesLabel, "expected one or more services");
  if (others.length) {
    let groups = [...byPlatform].map(([platform, keys]) => `${platform} (${keys.join(", ")})`).join(" and ");
    throw new UsageError(servicesLabel, `expected services of one platform, got ${groups}: deploy each platform in a step of its own`);
  }
  return first;
}
function refuseInputsOfOtherPlatforms(given, only, targets, label) {
  for (let [input, platforms] of Object.entries(only)) {
    if (!given(input)) continue;
    let other = targets.find((t) => !platforms.includes(t.platform));
    if (other) throw new UsageError(label(input), `does not apply to ${other.platform} service ${other.key}`);
  }
}

// packages/platforms/src/ecs/command-line.ts
function commandValue(text) {
  let source = text.trim();
  if (source.startsWith("[")) {
    try {
      let value = JSON.parse(source);
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v == "string")) return { ok: !0, value };
    } catch {
    }
    return { ok: !1, expected: 'expected a JSON array of strings like ["alembic","upgrade","head"]' };
  }
  let words = [], word, quote2;
  for (let ch of source)
    quote2 ? ch === quote2 ? quote2 = void 0 : word += ch : ch === '"' || ch === "'" ? (quote2 = ch, word ??= "") : /\s/.test(ch) ? (word !== void 0 && words.push(word), word = void 0) : word = (word ?? "") + ch;
  return quote2 ? { ok: !1, expected: `expected a closing ${quote2} in "${source}"` } : (word !== void 0 && words.push(word), words.length === 0 ? { ok: !1, expected: "expected a command like alembic upgrade head" } : { ok: !0, value: words });
}

// packages/platforms/src/ecs/options.ts
var COMMON_INPUTS = ["services", "cluster", "region", "environment", "config", "wait-timeout", "poll-interval", "smoke-urls", "dry-run"], DEPLOY_INPUTS = [
  ...COMMON_INPUTS,
  "image",
  "images",
  "image-tag",
  "containers",
  "task-definition",
  "desired-count",
  "force-new-deployment",
  "migrate-command",
  "migrate-container",
  "rollback-on-failure",
  "keep-revisions"
], ROLLBACK_INPUTS = [...COMMON_INPUTS, "to", "containers"], REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function serviceNames(reader) {
  let names = reader.text("services").split(/[\s,]+/).filter(Boolean);
  names.length === 0 && reader.fail("services", "expected one or more services: config service keys like backend, or ECS service names with cluster");
  let twice = names.find((n, i) => names.indexOf(n) !== i);
  twice && reader.fail("services", `${quote(twice)} is given twice`);
  let bad = names.find((n) => !/^[A-Za-z0-9_-]{1,255}$/.test(n));
  return bad && reader.fail("services", `expected service names of letters, digits, _ and -, got ${quote(bad)}`), names;
}
function regionFor(reader, env, fromConfig) {
  let region = fromConfig ?? (reader.text("region") || env.AWS_REGION || env.AWS_DEFAULT_REGION || "");
  return REGION.test(region) || reader.fail("region", region ? `expected an AWS region like ap-northeast-1, got ${quote(region)}` : "expected an AWS region like ap-northeast-1 (or set AWS_REGION)"), region;
}
async function resolveTargets(reader, env) {
  let names = serviceNames(reader), environment = reader.text("environment") || "default", cluster = reader.text("cluster"), containersInput = reader.text("containers").split(/[\s,]+/).filter(Boolean), containers = containersInput.length ? { containers: { names: containersInput, origin: reader.label("containers") } } : {}, { DEFAULT_CONFIG_PATH, loadEnvironment } = await import("./config-Y3LWKYAS.js"), configPath = reader.text("config") || ((0, import_node_fs.existsSync)(DEFAULT_CONFIG_PATH) && !cluster ? DEFAULT_CONFIG_PATH : "");
  !configPath && !cluster && reader.fail("cluster", `expected the ECS cluster of the services (or a config file: ${DEFAULT_CONFIG_PATH} was not found)`), configPath && !reader.text("environment") && reader.fail("environment", `expected the environment to read from ${configPath}, e.g. production`);
  let config = configPath ? loadEnvironment(configPath, environment) : void 0, secrets = [], targets = names.map((name) => {
    let svc = config?.services[name];
    if (!svc) {
      if (!cluster) {
        let known = Object.keys(config?.services ?? {}).join(", ") || "none";
        reader.fail("services", `"${name}" is not a service of environment "${environment}" in ${configPath} (services: ${known}); give cluster to deploy ECS services by name`);
      }
      return { key: name, platform: "ecs", cluster, service: name, region: regionFor(reader, env), origin: { cluster: reader.label("cluster"), service: reader.label("services") }, ...containers, probes: [] };
    }
    let at = `${configPath}: environments.${environment}.services.${name}`;
    svc.platform !== "ecs" && reader.fail("services", `"${name}" is a ${svc.platform} service in ${configPath}; this action deploys platform ecs`);
    let serviceCluster = svc.cluster ?? cluster;
    serviceCluster || reader.fail("cluster", `expected a cluster: ${at}.cluster is not set`);
    let health = probesFromConfig({ ...config, services: { [name]: svc } }, environment, PROBE_DEFAULTS, (v) => env[v], { source: configPath, refuseUnset: !0 });
    return secrets.push(...health.secrets), {
      key: name,
      platform: "ecs",
      cluster: serviceCluster,
      service: svc.service ?? name,
      region: regionFor(reader, env, svc.region),
      origin: { cluster: svc.cluster ? `${at}.cluster` : reader.label("cluster"), service: `${at}.service` },
      ...svc.containers ? { containers: { names: svc.containers, origin: `${at}.containers` } } : containers,
      ...svc.migrate ? { migrate: { command: svc.migrate.command, origin: `${at}.migrate.container`, ...svc.migrate.container ? { container: svc.migrate.container } : {} } } : {},
      probes: health.probes,
      ...svc.runbook ? { runbook: svc.runbook } : {}
    };
  });
  return { environment, targets, secrets };
}
var ecsOnly = (...inputs) => Object.fromEntries(inputs.map((input) => [input, ["ecs"]])), ECS_ONLY_INPUTS = {
  deploy: ecsOnly("cluster", "containers", "task-definition", "desired-count", "force-new-deployment", "keep-revisions", "migrate-container"),
  rollback: ecsOnly("cluster", "containers")
};
async function planOperation(reader, env, action) {
  let waitTimeoutMs = reader.parse("wait-timeout", (t) => durationValue(t, { max: DURATION_MAX.waitTimeout }), 12e5), pollIntervalMs = reader.parse("poll-interval", (t) => durationValue(t, { max: 6e4 }), 2e3);
  pollIntervalMs < 50 && reader.fail("poll-interval", `expected from 50ms to 1m, got ${quote(reader.text("poll-interval"))}`);
  let smokeUrls = reader.list("smoke-urls").map((line) => {
    let parsed = httpUrlValue(line);
    return parsed.ok ? parsed.value : reader.fail("smoke-urls", parsed.expected);
  }), dryRun = reader.boolean("dry-run", !1), { environment, targets, secrets } = await resolveTargets(reader, env);
  refuseInputsOfOtherPlatforms((input) => reader.text(input) !== "", ECS_ONLY_INPUTS[action], targets, reader.label);
  let smokeService = targets.length === 1 ? targets[0].key : "smoke-urls", smokeProbes = probesFromUrls(smokeUrls, environment, smokeService, PROBE_DEFAULTS);
  return { environment, targets, waitTimeoutMs, pollIntervalMs, smokeProbes, dryRun, secrets, inputLabel: reader.label };
}
function imageChange(reader) {
  let given = ["image", "images", "image-tag"].filter((name) => reader.text(name) !== "");
  if (given.length > 1 && reader.fail(given[1], `expected only one of image, images and image-tag (${given[0]} is given too)`), given[0] === "image") return { kind: "image", image: reader.parse("image", imageValue) };
  if (given[0] === "image-tag") return { kind: "tag", tag: reader.parse("image-tag", imageTagValue) };
  if (given[0] === "images") {
    let images = imagesValue(reader.list("images"));
    return images.ok ? { kind: "images", images: images.value } : reader.fail("images", images.expected);
  }
  return { kind: "none" };
}
function readTaskDefinitionFile(reader) {
  let path = reader.text("task-definition");
  if (path === "") return;
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(path, "utf8");
  } catch (error) {
    return reader.fail("task-definition", `cannot read ${path} (${error.code ?? "error"})`);
  }
  let parsed = taskDefinitionFileValue(text);
  return parsed.ok ? parsed.value : reader.fail("task-definition", `${path}: ${parsed.expected}`);
}
async function planDeploy(reader, env) {
  let change = imageChange(reader), taskDefinition = readTaskDefinitionFile(reader), desiredCount = reader.parse("desired-count", (t) => integerValue(t, 0, 5e3)), forceNewDeployment = reader.boolean("force-new-deployment", !1), rollbackOnFailure = reader.boolean("rollback-on-failure", !0), keepRevisions = reader.parse("keep-revisions", (t) => integerValue(t, 1, 1e3)), migrateCommand = reader.parse("migrate-command", commandValue), migrateContainer = reader.text("migrate-container");
  migrateContainer && !migrateCommand && reader.fail("migrate-container", "expected migrate-command with it");
  let operation = await planOperation(reader, env, "deploy");
  change.kind === "none" && !taskDefinition && !forceNewDeployment && reader.fail("image", "expected image, images, image-tag or task-definition (or force-new-deployment: true to restart on the current revision)"), operation.targets.length > 1 && (taskDefinition && reader.fail("task-definition", `expected one service with a task definition file, got ${operation.targets.length}`), migrateCommand && reader.fail("migrate-command", `expected one service, got ${operation.targets.length}; with several, set migrate per service in the config`));
  let targets = migrateCommand ? operation.targets.map((t) => ({ ...t, migrate: { command: migrateCommand, origin: reader.label("migrate-container"), ...migrateContainer ? { container: migrateContainer } : {} } })) : operation.targets;
  return {
    ...operation,
    targets,
    change,
    ...taskDefinition ? { taskDefinition } : {},
    ...desiredCount === void 0 ? {} : { desiredCount },
    forceNewDeployment,
    rollbackOnFailure,
    ...keepRevisions === void 0 ? {} : { keepRevisions }
  };
}
function rollbackToValue(text) {
  let to = text.trim();
  if (to === "previous") return { ok: !0, value: { kind: "previous" } };
  if (to.startsWith("image-tag:")) {
    let tag = imageTagValue(to.slice(10));
    return tag.ok ? { ok: !0, value: { kind: "image-tag", tag: tag.value } } : tag;
  }
  let ref = parseTaskDefinitionRef(to);
  return ref?.revision ? { ok: !0, value: { kind: "revision", ref: { family: ref.family, revision: ref.revision }, text: to } } : { ok: !1, expected: `expected previous, family:revision (backend:12), a task definition ARN or image-tag:<tag>, got ${quote(text)}` };
}
async function planRollback(reader, env) {
  let to = reader.parse("to", rollbackToValue, { kind: "previous" }), operation = await planOperation(reader, env, "rollback");
  return to.kind === "revision" && operation.targets.length > 1 && reader.fail("to", `a revision belongs to one family: expected one service, got ${operation.targets.length} (previous and image-tag:<tag> work for several)`), { ...operation, to };
}

// packages/platforms/src/run.ts
var DRIVERS = {
  ecs: () => import("./driver-MQHWX5BT.js")
};
async function runDeploy(plan, emitter) {
  let platform = onePlatform(plan.targets, plan.inputLabel("services")), [{ orchestrateDeploy }, driver] = await Promise.all([import("./orchestrator-7J3CDR3F.js"), DRIVERS[platform]()]);
  return orchestrateDeploy(plan, emitter, (context) => driver.deployDriver(plan, context));
}
async function runRollback(plan, emitter) {
  let platform = onePlatform(plan.targets, plan.inputLabel("services")), [{ orchestrateRollback }, driver] = await Promise.all([import("./orchestrator-JAPI46TF.js"), DRIVERS[platform]()]);
  return orchestrateRollback(plan, emitter, (context) => driver.rollbackDriver(plan, context));
}

export {
  planDeploy,
  planRollback,
  runDeploy,
  runRollback
};
