import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  PROBE_DEFAULTS,
  probesFromConfig,
  probesFromUrls
} from "./chunk-HNTLRPCU.js";
import {
  imageTagValue,
  imageValue,
  imagesValue,
  parseTaskDefinitionRef,
  taskDefinitionFileValue
} from "./chunk-KJTDXZFX.js";
import {
  UsageError
} from "./chunk-YSQWLAFH.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  DURATION_MAX,
  durationValue,
  httpUrlValue,
  integerValue,
  quote
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/platforms/src/options.ts
var import_node_fs3 = __toESM(require_node_fs(), 1);

// packages/platforms/src/cloud-run/options.ts
var import_node_fs = __toESM(require_node_fs(), 1);

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

// packages/platforms/src/operation-inputs.ts
function commonInputs(reader) {
  let waitTimeoutMs = reader.parse("wait-timeout", (t) => durationValue(t, { max: DURATION_MAX.waitTimeout }), 12e5), pollIntervalMs = reader.parse("poll-interval", (t) => durationValue(t, { max: 6e4 }), 2e3);
  pollIntervalMs < 50 && reader.fail("poll-interval", `expected from 50ms to 1m, got ${quote(reader.text("poll-interval"))}`);
  let smokeUrls = reader.list("smoke-urls").map((line) => {
    let parsed = httpUrlValue(line);
    return parsed.ok ? parsed.value : reader.fail("smoke-urls", parsed.expected);
  });
  return { waitTimeoutMs, pollIntervalMs, smokeUrls, dryRun: reader.boolean("dry-run", !1) };
}
function operationOf(reader, common, resolved) {
  let { environment, targets, secrets } = resolved, smokeService = targets.length === 1 ? targets[0].key : "smoke-urls", smokeProbes = probesFromUrls(common.smokeUrls, environment, smokeService, PROBE_DEFAULTS);
  return { environment, targets, waitTimeoutMs: common.waitTimeoutMs, pollIntervalMs: common.pollIntervalMs, smokeProbes, dryRun: common.dryRun, secrets, inputLabel: reader.label };
}
function serviceNames(reader, nameRule, hint) {
  let single = reader.declares("service") ? reader.text("service") : "", list = reader.text("services");
  single && list && reader.fail("service", "expected service or services, not both");
  let input = single ? "service" : "services", names = (single || list).split(/[\s,]+/).filter(Boolean);
  names.length === 0 && reader.fail("services", `expected one or more services: ${hint}`), single && names.length > 1 && reader.fail("service", `expected one service name, got ${names.length} (give several in services)`);
  let twice = names.find((n, i) => names.indexOf(n) !== i);
  twice && reader.fail(input, `${quote(twice)} is given twice`);
  let bad = names.find((n) => !nameRule.pattern.test(n));
  return bad && reader.fail(input, `${nameRule.expected}, got ${quote(bad)}`), { names, input };
}

// packages/platforms/src/cloud-run/options.ts
var NAMES = { pattern: /^[a-z]([a-z0-9-]{0,47}[a-z0-9])?$/, expected: "expected Cloud Run service names (lowercase letters, digits and -, at most 49)" }, PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, REGION = /^[a-z]+-[a-z]+\d{1,2}$/, TAG = /^[a-z]([a-z0-9-]{0,44}[a-z0-9])?$/, SUFFIX = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, IMAGE = /^[a-z0-9][a-z0-9._/-]*(:[\w][\w.-]{0,127})?(@sha256:[a-f0-9]{64})?$/, ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function projectValue(text) {
  return PROJECT.test(text) ? { ok: !0, value: text } : { ok: !1, expected: `expected a GCP project id like my-project-123 (6 to 30 lowercase letters, digits and -), got ${quote(text)}` };
}
function gcpRegionValue(text) {
  return REGION.test(text) ? { ok: !0, value: text } : { ok: !1, expected: `expected a GCP region like asia-northeast1, got ${quote(text)}` };
}
function cloudRunImageValue(text) {
  return IMAGE.test(text) && text.length <= 1024 ? { ok: !0, value: text } : { ok: !1, expected: `expected an image like asia-northeast1-docker.pkg.dev/my-project/app/web:main-abc1234, got ${quote(text)}` };
}
function tagValue(text) {
  return TAG.test(text) ? { ok: !0, value: text } : { ok: !1, expected: `expected a tag of lowercase letters, digits and - (starting with a letter, at most 46), got ${quote(text)}` };
}
function envLines(lines) {
  let vars = [];
  for (let line of lines) {
    let at = line.indexOf("="), name = at > 0 ? line.slice(0, at).trim() : "";
    if (!ENV_NAME.test(name)) return { ok: !1, expected: `expected NAME=value lines, got a line starting ${quote(line.slice(0, Math.max(0, at)) || line.slice(0, 20))}` };
    if (vars.some((v) => v.name === name)) return { ok: !1, expected: `${name} is given twice` };
    vars.push({ name, value: line.slice(at + 1) });
  }
  return { ok: !0, value: vars };
}
function cloudRunRollbackToValue(text) {
  let to = text.trim();
  if (to === "previous") return { ok: !0, value: { kind: "previous" } };
  let name = to.slice(to.lastIndexOf("/") + 1);
  return /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name) ? { ok: !0, value: { kind: "revision", revision: name } } : { ok: !1, expected: `expected previous or a revision name like sagebase-00042-abc, got ${quote(text)}` };
}
function valueOf(reader, parse, given2, label) {
  let parsed = parse(given2);
  return parsed.ok ? parsed.value : reader.fail(label, parsed.expected);
}
async function resolveTargets(reader, env) {
  let { names, input } = serviceNames(reader, NAMES, "config service keys like web, or Cloud Run service names with project and region"), environment = reader.text("environment") || "default", projectInput = reader.text("project"), { DEFAULT_CONFIG_PATH, loadEnvironment } = await import("./config-QMXRFQLW.js"), configPath = reader.text("config") || ((0, import_node_fs.existsSync)(DEFAULT_CONFIG_PATH) && !projectInput ? DEFAULT_CONFIG_PATH : "");
  configPath && !reader.text("environment") && reader.fail("environment", `expected the environment to read from ${configPath}, e.g. production`);
  let config = configPath ? loadEnvironment(configPath, environment) : void 0, project = projectInput || env.GOOGLE_CLOUD_PROJECT || env.CLOUDSDK_CORE_PROJECT || "", region = reader.text("region") || env.CLOUDSDK_RUN_REGION || "", secrets = [], targets = names.map((name) => {
    let svc = config?.services[name];
    if (!svc) {
      if (configPath && !projectInput) {
        let known = Object.keys(config?.services ?? {}).join(", ") || "none";
        reader.fail(input, `"${name}" is not a service of environment "${environment}" in ${configPath} (services: ${known}); give project and region to deploy Cloud Run services by name`);
      }
      return project || reader.fail("project", "expected the GCP project of the service (or set GOOGLE_CLOUD_PROJECT)"), region || reader.fail("region", "expected the GCP region of the service, like asia-northeast1"), {
        key: name,
        platform: "cloud-run",
        project: valueOf(reader, projectValue, project, "project"),
        region: valueOf(reader, gcpRegionValue, region, "region"),
        service: name,
        origin: { project: reader.label("project"), region: reader.label("region"), service: reader.label(input) },
        probes: []
      };
    }
    let at = `${configPath}: environments.${environment}.services.${name}`;
    svc.platform !== "cloud-run" && reader.fail(input, `"${name}" is a ${svc.platform} service in ${configPath}, not cloud-run`);
    let failAt = (field, expected) => {
      if (svc[field]) throw new UsageError(`${at}.${field}`, expected);
      return reader.fail(field, expected);
    }, p = svc.project ?? project, r = svc.region ?? region;
    p || reader.fail("project", `expected a project: ${at}.project is not set`), r || reader.fail("region", `expected a region: ${at}.region is not set`);
    let pOk = projectValue(p), rOk = gcpRegionValue(r);
    pOk.ok || failAt("project", pOk.expected), rOk.ok || failAt("region", rOk.expected);
    let health = probesFromConfig({ ...config, services: { [name]: svc } }, environment, PROBE_DEFAULTS, (v) => env[v], { source: configPath, refuseUnset: !0 });
    return secrets.push(...health.secrets), {
      key: name,
      platform: "cloud-run",
      project: p,
      region: r,
      service: svc.service ?? name,
      origin: { project: svc.project ? `${at}.project` : reader.label("project"), region: svc.region ? `${at}.region` : reader.label("region"), service: `${at}.service` },
      ...svc.migrate ? { migrate: { command: svc.migrate.command, origin: `${at}.migrate`, ...svc.migrate.job ? { job: svc.migrate.job } : {} } } : {},
      probes: health.probes,
      ...svc.runbook ? { runbook: svc.runbook } : {}
    };
  }), bad = targets.find((t) => !NAMES.pattern.test(t.service));
  return bad && reader.fail(input, `${NAMES.expected}, got ${quote(bad.service)} (${bad.origin.service})`), { environment, targets, secrets };
}
function apiEndpointOf(reader) {
  let url = reader.parse("api-endpoint", httpUrlValue);
  return url ? { apiEndpoint: url.href.replace(/\/$/, "") } : {};
}
async function planCloudRunDeploy(reader, env) {
  let image = reader.parse("image", cloudRunImageValue), envVars = envLines(reader.list("env"));
  envVars.ok || reader.fail("env", envVars.expected);
  let tag = reader.parse("tag", tagValue), noTraffic = reader.boolean("no-traffic", !1);
  noTraffic && !tag && reader.fail("no-traffic", "expected tag with it: a revision without traffic is smoke-checked on its tag URL, then promoted");
  let trafficPercent = reader.parse("traffic-percent", (t) => integerValue(t, 1, 100)), revisionSuffix = reader.parse(
    "revision-suffix",
    (t) => SUFFIX.test(t) && t.length <= 40 ? { ok: !0, value: t } : { ok: !1, expected: `expected lowercase letters, digits and - (at most 40), got ${quote(t)}` }
  ), migrateCommand = reader.parse("migrate-command", commandValue), rollbackOnFailure = reader.boolean("rollback-on-failure", !0), common = commonInputs(reader), resolved = await resolveTargets(reader, env);
  resolved.targets.length > 1 && (revisionSuffix && reader.fail("revision-suffix", `expected one service, got ${resolved.targets.length}: a revision name belongs to one service`), migrateCommand && reader.fail("migrate-command", `expected one service, got ${resolved.targets.length}; with several, set migrate per service in the config`));
  let long = revisionSuffix ? resolved.targets.find((t) => t.service.length + 1 + revisionSuffix.length > 63) : void 0;
  long && reader.fail("revision-suffix", `${long.service}-${revisionSuffix} is longer than the 63 characters of a revision name`), !image && envVars.value.length === 0 && !revisionSuffix && !tag && trafficPercent === void 0 && reader.fail("image", "expected image, env, tag or traffic-percent: nothing would change");
  let targets = migrateCommand ? resolved.targets.map((t) => ({ ...t, migrate: { command: migrateCommand, origin: reader.label("migrate-command") } })) : resolved.targets, unchecked = noTraffic && common.smokeUrls.length === 0 ? targets.find((t) => t.probes.length === 0) : void 0;
  return unchecked && reader.fail("no-traffic", `expected health checks (config health) or smoke-urls with it: they verify the new revision on its tag URL before it gets traffic, and ${unchecked.key} has none`), {
    ...operationOf(reader, common, { ...resolved, targets }),
    rollbackOnFailure,
    ...apiEndpointOf(reader),
    ...image ? { image } : {},
    env: envVars.value,
    ...tag ? { tag } : {},
    noTraffic,
    ...trafficPercent === void 0 ? {} : { trafficPercent },
    ...revisionSuffix ? { revisionSuffix } : {}
  };
}
async function planCloudRunRollback(reader, env) {
  let to = reader.parse("to", cloudRunRollbackToValue, { kind: "previous" }), common = commonInputs(reader), resolved = await resolveTargets(reader, env);
  return to.kind === "revision" && resolved.targets.length > 1 && reader.fail("to", `a revision belongs to one service: expected one service, got ${resolved.targets.length} (previous works for several)`), { ...operationOf(reader, common, resolved), ...apiEndpointOf(reader), to };
}

// packages/platforms/src/driver.ts
var PLATFORMS = ["ecs", "cloud-run"];

// packages/platforms/src/ecs/options.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);

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
function refuseInputsOfOtherPlatforms(given2, only2, targets, label) {
  for (let [input, platforms] of Object.entries(only2)) {
    if (!given2(input)) continue;
    let other = targets.find((t) => !platforms.includes(t.platform));
    if (other) throw new UsageError(label(input), `does not apply to ${other.platform} service ${other.key}`);
  }
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
], ROLLBACK_INPUTS = [...COMMON_INPUTS, "to", "containers"], REGION2 = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, ECS_NAMES = { pattern: /^[A-Za-z0-9_-]{1,255}$/, expected: "expected service names of letters, digits, _ and -" };
function regionFor(reader, env, fromConfig) {
  let region = fromConfig ?? (reader.text("region") || env.AWS_REGION || env.AWS_DEFAULT_REGION || "");
  return REGION2.test(region) || reader.fail("region", region ? `expected an AWS region like ap-northeast-1, got ${quote(region)}` : "expected an AWS region like ap-northeast-1 (or set AWS_REGION)"), region;
}
async function resolveTargets2(reader, env) {
  let { names, input } = serviceNames(reader, ECS_NAMES, "config service keys like backend, or ECS service names with cluster"), environment = reader.text("environment") || "default", cluster = reader.text("cluster"), containersInput = reader.text("containers").split(/[\s,]+/).filter(Boolean), containers = containersInput.length ? { containers: { names: containersInput, origin: reader.label("containers") } } : {}, { DEFAULT_CONFIG_PATH, loadEnvironment } = await import("./config-QMXRFQLW.js"), configPath = reader.text("config") || ((0, import_node_fs2.existsSync)(DEFAULT_CONFIG_PATH) && !cluster ? DEFAULT_CONFIG_PATH : "");
  !configPath && !cluster && reader.fail("cluster", `expected the ECS cluster of the services (or a config file: ${DEFAULT_CONFIG_PATH} was not found)`), configPath && !reader.text("environment") && reader.fail("environment", `expected the environment to read from ${configPath}, e.g. production`);
  let config = configPath ? loadEnvironment(configPath, environment) : void 0, secrets = [], targets = names.map((name) => {
    let svc = config?.services[name];
    if (!svc) {
      if (!cluster) {
        let known = Object.keys(config?.services ?? {}).join(", ") || "none";
        reader.fail(input, `"${name}" is not a service of environment "${environment}" in ${configPath} (services: ${known}); give cluster to deploy ECS services by name`);
      }
      return { key: name, platform: "ecs", cluster, service: name, region: regionFor(reader, env), origin: { cluster: reader.label("cluster"), service: reader.label(input) }, ...containers, probes: [] };
    }
    let at = `${configPath}: environments.${environment}.services.${name}`;
    svc.platform !== "ecs" && reader.fail(input, `"${name}" is a ${svc.platform} service in ${configPath}; this action deploys platform ecs`);
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
  let common = commonInputs(reader), resolved = await resolveTargets2(reader, env);
  return refuseInputsOfOtherPlatforms((input) => reader.text(input) !== "", ECS_ONLY_INPUTS[action], resolved.targets, reader.label), operationOf(reader, common, resolved);
}
function imageChange(reader) {
  let given2 = ["image", "images", "image-tag"].filter((name) => reader.text(name) !== "");
  if (given2.length > 1 && reader.fail(given2[1], `expected only one of image, images and image-tag (${given2[0]} is given too)`), given2[0] === "image") return { kind: "image", image: reader.parse("image", imageValue) };
  if (given2[0] === "image-tag") return { kind: "tag", tag: reader.parse("image-tag", imageTagValue) };
  if (given2[0] === "images") {
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
    text = (0, import_node_fs2.readFileSync)(path, "utf8");
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

// packages/platforms/src/options.ts
var only = (platform, ...inputs) => Object.fromEntries(inputs.map((input) => [input, [platform]])), PLATFORM_INPUTS = {
  deploy: {
    ...only("ecs", "cluster", "containers", "task-definition", "desired-count", "force-new-deployment", "keep-revisions", "migrate-container", "images", "image-tag"),
    ...only("cloud-run", "project", "api-endpoint", "env", "tag", "no-traffic", "traffic-percent", "revision-suffix")
  },
  rollback: { ...only("ecs", "cluster", "containers"), ...only("cloud-run", "project", "api-endpoint") }
}, given = (reader) => (input) => reader.declares(input) && reader.text(input) !== "" && reader.text(input) !== "false", namesOf = (reader) => `${reader.text("services")} ${reader.declares("service") ? reader.text("service") : ""}`.split(/[\s,]+/).filter(Boolean), firstName = (reader) => namesOf(reader)[0] ?? "the service";
async function platformOf(reader) {
  let input = reader.text("platform");
  if (input)
    return PLATFORMS.includes(input) || reader.fail("platform", `expected ${PLATFORMS.join(" or ")}, got ${quote(input)}`), input;
  let { DEFAULT_CONFIG_PATH, loadEnvironment } = await import("./config-QMXRFQLW.js"), configPath = reader.text("config") || ((0, import_node_fs3.existsSync)(DEFAULT_CONFIG_PATH) && !reader.text("cluster") && !reader.text("project") ? DEFAULT_CONFIG_PATH : ""), environment = reader.text("environment");
  if (!configPath || !environment) return "ecs";
  let services = loadEnvironment(configPath, environment).services, names = namesOf(reader), platforms = /* @__PURE__ */ new Map();
  for (let name of names) {
    let platform = services[name]?.platform;
    platform && platforms.set(platform, [...platforms.get(platform) ?? [], name]);
  }
  let vm = platforms.get("vm");
  if (vm && reader.fail(reader.text("service") ? "service" : "services", `"${vm[0]}" is a vm service in ${configPath}: deploy and rollback take ecs and cloud-run services`), platforms.size > 1) {
    let groups = [...platforms].map(([platform, keys]) => `${platform} (${keys.join(", ")})`).join(" and ");
    throw new UsageError(reader.label("services"), `expected services of one platform, got ${groups}: deploy each platform in a step of its own`);
  }
  return [...platforms.keys()][0] ?? "ecs";
}
async function planDeploy2(reader, env) {
  let platform = await platformOf(reader);
  platform === "cloud-run" && refuseInputsOfOtherPlatforms(given(reader), PLATFORM_INPUTS.deploy, [{ key: firstName(reader), platform, probes: [] }], reader.label);
  let plan = platform === "cloud-run" ? await planCloudRunDeploy(reader, env) : await planDeploy(reader, env);
  return refuseInputsOfOtherPlatforms(given(reader), PLATFORM_INPUTS.deploy, plan.targets, reader.label), plan;
}
async function planRollback2(reader, env) {
  let platform = await platformOf(reader);
  platform === "cloud-run" && refuseInputsOfOtherPlatforms(given(reader), PLATFORM_INPUTS.rollback, [{ key: firstName(reader), platform, probes: [] }], reader.label);
  let plan = platform === "cloud-run" ? await planCloudRunRollback(reader, env) : await planRollback(reader, env);
  return refuseInputsOfOtherPlatforms(given(reader), PLATFORM_INPUTS.rollback, plan.targets, reader.label), plan;
}

// packages/platforms/src/run.ts
var loadEcs = () => import("./driver-WCL4U6SH.js"), loadCloudRun = () => import("./driver-CQD4RMBY.js");
async function runDeploy(plan, emitter) {
  let platform = onePlatform(plan.targets, plan.inputLabel("services")), orchestrator = import("./orchestrator-I6YEOIYV.js");
  if (platform === "cloud-run") {
    let [{ orchestrateDeploy: orchestrateDeploy2 }, driver2] = await Promise.all([orchestrator, loadCloudRun()]);
    return orchestrateDeploy2(plan, emitter, (context) => driver2.deployDriver(plan, context));
  }
  let [{ orchestrateDeploy }, driver] = await Promise.all([orchestrator, loadEcs()]);
  return orchestrateDeploy(plan, emitter, (context) => driver.deployDriver(plan, context));
}
async function runRollback(plan, emitter) {
  let platform = onePlatform(plan.targets, plan.inputLabel("services")), orchestrator = import("./orchestrator-GYU5OUPQ.js");
  if (platform === "cloud-run") {
    let [{ orchestrateRollback: orchestrateRollback2 }, driver2] = await Promise.all([orchestrator, loadCloudRun()]);
    return orchestrateRollback2(plan, emitter, (context) => driver2.rollbackDriver(plan, context));
  }
  let [{ orchestrateRollback }, driver] = await Promise.all([orchestrator, loadEcs()]);
  return orchestrateRollback(plan, emitter, (context) => driver.rollbackDriver(plan, context));
}

export {
  planDeploy2 as planDeploy,
  planRollback2 as planRollback,
  runDeploy,
  runRollback
};
