import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  mapLimit,
  retryWhile
} from "./chunk-VSBUBHW6.js";
import {
  UsageError,
  errorMessage,
  headline,
  worstStatus
} from "./chunk-YSQWLAFH.js";
import {
  require_node_tls
} from "./chunk-RR7YO4TY.js";
import {
  require_node_net
} from "./chunk-OYPEEOIT.js";
import {
  require_node_crypto
} from "./chunk-ZKYF5O3L.js";
import {
  DURATION_MAX,
  durationValue,
  formatDuration,
  integerValue,
  quote,
  withoutCredentials
} from "./chunk-ZC7J5IS5.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/tls-inspect/src/options.ts
var import_node_net4 = __toESM(require_node_net(), 1);

// packages/tls-inspect/src/host-spec.ts
var import_node_net = __toESM(require_node_net(), 1);
var DEFAULT_TLS_PORT = 443, DNS_NAME = /^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/;
function hostSpecValue(text) {
  let source = text.trim(), expected = (why) => ({ ok: !1, expected: `${why}, got ${quote(withoutCredentials(source))}` }), scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(source);
  if (scheme && scheme[1]?.toLowerCase() !== "https") return expected("expected host, host:port or an https:// URL");
  let authority = (scheme ? source.slice(scheme[0].length).split(/[/?#]/)[0] ?? "" : source).replace(/^[^@]*@/, "");
  if ((0, import_node_net.isIP)(authority) === 6) return { ok: !0, value: { host: authority.toLowerCase(), port: DEFAULT_TLS_PORT } };
  let match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::(\d*))?$/i.exec(authority);
  if (!match) return expected("expected host, host:port or an https:// URL");
  let host = (match[1] ?? match[2] ?? "").toLowerCase();
  if (match[1] ? (0, import_node_net.isIP)(host) !== 6 : (0, import_node_net.isIP)(host) === 0 && !DNS_NAME.test(host)) return expected("expected a host name or IP address");
  if (match[3] === void 0) return { ok: !0, value: { host, port: DEFAULT_TLS_PORT } };
  let port = Number(match[3]);
  return match[3] === "" || !Number.isInteger(port) || port < 1 || port > 65535 ? expected("expected a port from 1 to 65535") : { ok: !0, value: { host, port } };
}
function formatHostPort({ host, port }) {
  return `${(0, import_node_net.isIP)(host) === 6 ? `[${host}]` : host}:${port}`;
}

// packages/tls-inspect/src/dates.ts
function daysUntil(date, now) {
  let days2 = (date.getTime() - now.getTime()) / 864e5;
  return days2 >= 0 ? Math.floor(days2) : Math.min(-1, Math.trunc(days2));
}
function formatDay(date) {
  return date.toISOString().slice(0, 10);
}
function relativeDays(date, now) {
  let ms = date.getTime() - now.getTime(), days2 = Math.floor(Math.abs(ms) / 864e5), span = days2 === 0 ? "less than a day" : `${days2} day${days2 === 1 ? "" : "s"}`;
  return ms >= 0 ? `in ${span}` : `${span} ago`;
}
function datedPhrase(date, now) {
  return `${formatDay(date)}, ${relativeDays(date, now)}`;
}

// packages/tls-inspect/src/classify.ts
var OLD_PROTOCOLS = /* @__PURE__ */ new Set(["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"]), WEAK_DIGEST = /md[245]|sha-?1(?!\d)/i, EXPLAINED_ELSEWHERE = /* @__PURE__ */ new Set([
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
]), severityRank = { P1: 1, P2: 2, P3: 3, P4: 4 }, quoted = (cert) => `"${cert.name}"`;
function namesOf(cert) {
  let names = cert.sans.map((san) => san.replace(/^(DNS|IP Address):/, ""));
  return names.length === 0 ? `no subject alternative names (browsers ignore the common name ${quoted(cert)})` : names.length > 4 ? `${names.slice(0, 4).join(", ")} and ${names.length - 4} more` : names.join(", ");
}
function expiry(notAfter, now, thresholds, whose = "") {
  let days2 = daysUntil(notAfter, now);
  return days2 <= thresholds.criticalDays ? [{ code: "critical-days", severity: "P2", message: `${whose}expires ${datedPhrase(notAfter, now)} (renew within ${thresholds.criticalDays} days)` }] : days2 <= thresholds.warnDays ? [{ code: "warn-days", severity: "P4", message: `${whose}expires ${datedPhrase(notAfter, now)} (within ${thresholds.warnDays} days)` }] : [];
}
function validity(leaf, now, thresholds) {
  return leaf.notAfter < now ? [{ code: "expired", severity: "P1", message: `expired ${datedPhrase(leaf.notAfter, now)}` }] : leaf.notBefore > now ? [{ code: "not-yet-valid", severity: "P1", message: `not valid until ${datedPhrase(leaf.notBefore, now)}` }] : expiry(leaf.notAfter, now, thresholds);
}
function issuerValidity(chain, now, thresholds) {
  let [leaf, ...issuers] = chain;
  return leaf ? issuers.filter((issuer) => !issuer.selfSigned && issuer.notAfter >= now && issuer.notAfter < leaf.notAfter).flatMap((issuer) => expiry(issuer.notAfter, now, thresholds, `the intermediate ${quoted(issuer)} the server sends `)) : [];
}
function trust(tls2, now) {
  if (tls2.trusted) return [];
  let untrusted = (message) => ({ code: "untrusted", severity: "P2", message }), { chain } = tls2, last = chain.at(-1) ?? chain[0], findings = [];
  tls2.anchor === "missing" ? findings.push(
    untrusted(
      chain.length === 1 ? `missing intermediate: the server sends only its own certificate, and its issuer "${last.issuerName}" is not a trusted root (serve the full chain)` : `not trusted: ${quoted(last)} is issued by "${last.issuerName}", which is not a trusted root and not sent by the server (an internal CA needs ca-file)`
    )
  ) : tls2.anchor === "untrusted" && findings.push(untrusted(chain.length === 1 ? "self-signed certificate: no browser trusts it" : `the chain ends in the root ${quoted(last)}, which is not trusted`));
  for (let issuer of chain.slice(1))
    issuer.notAfter < now ? findings.push(untrusted(`the issuer ${quoted(issuer)} expired ${datedPhrase(issuer.notAfter, now)}`)) : issuer.notBefore > now && findings.push(untrusted(`the issuer ${quoted(issuer)} is not valid until ${datedPhrase(issuer.notBefore, now)}`));
  return findings.length === 0 && tls2.trustError && !EXPLAINED_ELSEWHERE.has(tls2.trustError) && findings.push(untrusted(`the chain is not trusted (${tls2.trustError})`)), findings;
}
function strength(chain, thresholds) {
  let findings = [];
  return chain.forEach((cert, i) => {
    if (i > 0 && cert.selfSigned) return;
    let whose = i === 0 ? "" : ` of the issuer ${quoted(cert)}`, family = /^(RSA|RSA-PSS|DSA)$/.test(cert.keyType) ? "rsa" : cert.keyType === "EC" ? "ec" : void 0, min = family ? thresholds.minKeyBits[family] : void 0;
    min !== void 0 && cert.keyBits !== void 0 && cert.keyBits < min && findings.push({ code: "weak-key", severity: "P3", message: `weak key${whose}: ${cert.keyType} ${cert.keyBits} bits, at least ${min} expected` }), WEAK_DIGEST.test(cert.signatureAlgorithm) && findings.push({ code: "weak-signature", severity: "P3", message: `weak signature${whose}: ${cert.signatureAlgorithm} (browsers reject SHA-1 and MD5)` });
  }), findings;
}
function classify(tls2, now, thresholds) {
  let [leaf] = tls2.chain, findings = [...validity(leaf, now, thresholds), ...issuerValidity(tls2.chain, now, thresholds), ...trust(tls2, now), ...strength(tls2.chain, thresholds)];
  return tls2.nameMatches || findings.push({ code: "name-mismatch", severity: "P1", message: `the certificate is not valid for ${tls2.checkedName}: it names ${namesOf(leaf)}` }), OLD_PROTOCOLS.has(tls2.protocol) && findings.push({ code: "old-protocol", severity: "P3", message: `negotiated ${tls2.protocol}: browsers require TLS 1.2 or later` }), findings.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

// packages/tls-inspect/src/inspect.ts
var import_node_crypto = __toESM(require_node_crypto(), 1), import_node_net3 = __toESM(require_node_net(), 1), import_node_tls = __toESM(require_node_tls(), 1);

// packages/tls-inspect/src/certificate.ts
var import_node_net2 = __toESM(require_node_net(), 1), CURVE_BITS = {
  prime192v1: 192,
  secp224r1: 224,
  prime256v1: 256,
  secp256k1: 256,
  secp384r1: 384,
  secp521r1: 521,
  brainpoolP256r1: 256,
  brainpoolP384r1: 384,
  brainpoolP512r1: 512
}, KEY_TYPE_NAMES = { rsa: "RSA", "rsa-pss": "RSA-PSS", dsa: "DSA", ec: "EC", ed25519: "Ed25519", ed448: "Ed448" };
function displayName(distinguishedName) {
  let parts = distinguishedName.split(`
`).filter(Boolean), cn = parts.find((p) => p.startsWith("CN="));
  return cn ? cn.slice(3) : parts.join(", ");
}
function certificateFacts(x509) {
  let key = x509.publicKey, type = key.asymmetricKeyType ?? "unknown", details = key.asymmetricKeyDetails ?? {}, keyBits = details.modulusLength ?? (details.namedCurve ? CURVE_BITS[details.namedCurve] : void 0);
  return {
    name: displayName(x509.subject),
    subject: x509.subject.split(`
`).join(", "),
    issuer: x509.issuer.split(`
`).join(", "),
    issuerName: displayName(x509.issuer),
    sans: x509.subjectAltName ? x509.subjectAltName.split(/,\s*/) : [],
    notBefore: x509.validFromDate,
    notAfter: x509.validToDate,
    keyType: KEY_TYPE_NAMES[type] ?? type,
    ...keyBits === void 0 ? {} : { keyBits },
    signatureAlgorithm: x509.signatureAlgorithm ?? "unknown",
    selfSigned: x509.subject === x509.issuer && x509.verify(key),
    fingerprint256: x509.fingerprint256
  };
}
function matchesName(x509, name) {
  return (0, import_node_net2.isIP)(name) ? x509.checkIP(name) !== void 0 : x509.checkHost(name, { subject: "never" }) !== void 0;
}

// packages/tls-inspect/src/inspect.ts
var networkReasons = {
  ECONNREFUSED: ["connection refused", !0],
  ECONNRESET: ["connection reset by the server during the TLS handshake", !0],
  EPIPE: ["connection closed by the server during the TLS handshake", !0],
  ENOTFOUND: ["host not found", !1],
  EAI_AGAIN: ["host name lookup failed (temporary DNS failure)", !0],
  EHOSTUNREACH: ["host unreachable", !0],
  ENETUNREACH: ["network unreachable", !0],
  ETIMEDOUT: ["connection timed out", !0],
  ERR_SSL_WRONG_VERSION_NUMBER: ["the server did not answer with TLS (plain HTTP on this port?)", !1],
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: ["the server accepts no TLS version we offer (TLS 1.0 to 1.3)", !1],
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: ["the server refused the TLS handshake (no shared cipher or protocol)", !1],
  // OpenSSL 3.2+ (Node 22+) names the same alert this way.
  "ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE": ["the server refused the TLS handshake (no shared cipher or protocol)", !1],
  ERR_SSL_TLSV1_UNRECOGNIZED_NAME: ["the server has no certificate for this name (SNI)", !1]
};
function describeError(error) {
  let code = error.code, known = code ? networkReasons[code] : void 0;
  if (known) return { reason: known[0], retryable: known[1] };
  let message = error.message.trim().split(`
`)[0] ?? "";
  return { reason: code && !message.includes(code) ? `${code}: ${message}` : message, retryable: !1 };
}
var contexts = /* @__PURE__ */ new Map();
function secureContext(extra) {
  let key = extra ?? "", context = contexts.get(key);
  return context || (context = import_node_tls.default.createSecureContext({ minVersion: "TLSv1", ciphers: "DEFAULT@SECLEVEL=0", ...extra ? { ca: [...import_node_tls.default.getCACertificates("default"), extra] } : {} }), contexts.set(key, context)), context;
}
var PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g, defaultAnchors, extraAnchors = /* @__PURE__ */ new Map(), fingerprints = (pems) => new Set(pems.map((pem) => new import_node_crypto.X509Certificate(pem).fingerprint256));
function isTrustedRoot(fingerprint256, extra) {
  if (defaultAnchors ??= fingerprints(import_node_tls.default.getCACertificates("default")), defaultAnchors.has(fingerprint256)) return !0;
  if (!extra) return !1;
  let anchors = extraAnchors.get(extra);
  return anchors || extraAnchors.set(extra, anchors = fingerprints(extra.match(PEM_CERTIFICATE) ?? [])), anchors.has(fingerprint256);
}
function anchorOf(chain, authorized, extra) {
  if (authorized) return "trusted";
  let last = chain.at(-1) ?? chain[0];
  return last.selfSigned ? isTrustedRoot(last.fingerprint256, extra) ? "trusted" : "untrusted" : "missing";
}
function peerChain(socket) {
  let chain = [], seen = /* @__PURE__ */ new Set();
  for (let cert = socket.getPeerCertificate(!0); cert?.raw && !seen.has(cert.fingerprint256); cert = cert.issuerCertificate)
    seen.add(cert.fingerprint256), chain.push(new import_node_crypto.X509Certificate(cert.raw));
  return chain;
}
function describeHandshake(socket, checkedName, extra) {
  let [leaf, ...issuers] = peerChain(socket);
  if (!leaf) return { ok: !1, reason: "the server sent no certificate", retryable: !1 };
  let chain = [certificateFacts(leaf), ...issuers.map(certificateFacts)];
  return {
    ok: !0,
    tls: {
      protocol: socket.getProtocol() ?? "unknown",
      cipher: socket.getCipher().name,
      chain,
      trusted: socket.authorized,
      ...socket.authorized ? {} : { trustError: String(socket.authorizationError) },
      anchor: anchorOf(chain, socket.authorized, extra),
      checkedName,
      nameMatches: matchesName(leaf, checkedName)
    }
  };
}
function inspect(request) {
  let checkedName = request.servername ?? request.host;
  return new Promise((resolve) => {
    let socket = import_node_tls.default.connect({
      host: request.host,
      port: request.port,
      // RFC 6066 forbids an IP address as SNI; a certificate for an IP is checked without it.
      ...(0, import_node_net3.isIP)(checkedName) ? {} : { servername: checkedName },
      secureContext: secureContext(request.ca),
      rejectUnauthorized: !1,
      checkServerIdentity: () => {
      }
    }), finish = (inspection) => {
      clearTimeout(timer), socket.destroy(), resolve(inspection);
    }, timer = setTimeout(() => finish({ ok: !1, reason: `no TLS handshake within ${formatDuration(request.timeoutMs)}`, retryable: !0 }), request.timeoutMs);
    socket.once("secureConnect", () => {
      try {
        finish(describeHandshake(socket, checkedName, request.ca));
      } catch (error) {
        finish({ ok: !1, reason: `could not read the certificate: ${error.message}`, retryable: !1 });
      }
    }), socket.on("error", (error) => finish({ ok: !1, ...describeError(error) }));
  });
}
async function inspectWithRetries(request, policy) {
  let { result, attempts } = await retryWhile(
    () => inspect(request),
    (inspection) => !inspection.ok && inspection.retryable,
    { retries: policy.retries, baseMs: policy.retryDelayMs, ...policy.sleep ? { sleep: policy.sleep } : {}, ...policy.random ? { random: policy.random } : {} }
  );
  return { inspection: result, attempts };
}

// packages/tls-inspect/src/cert-check.ts
function certId(environment, host, port, servername) {
  let sni = servername && servername !== host ? `${servername}@` : "";
  return `tls:${environment}/${sni}${formatHostPort({ host, port })}`;
}
function evidenceOf(target2, inspection, attempts, findings, now) {
  let base = { host: target2.host, port: target2.port, servername: target2.servername ?? null, attempts };
  if (!inspection.ok) return { ...base, "days left": null, error: inspection.reason };
  let { tls: tls2 } = inspection, [leaf] = tls2.chain;
  return {
    ...base,
    "days left": daysUntil(leaf.notAfter, now),
    "not before": leaf.notBefore.toISOString(),
    "not after": leaf.notAfter.toISOString(),
    subject: leaf.subject,
    issuer: leaf.issuer,
    SANs: leaf.sans.join(", "),
    chain: tls2.chain.map((c) => c.name).join(" ← "),
    "key type": leaf.keyType,
    "key bits": leaf.keyBits ?? null,
    "signature algorithm": leaf.signatureAlgorithm,
    protocol: tls2.protocol,
    cipher: tls2.cipher,
    trusted: tls2.trusted,
    "name matches": tls2.nameMatches,
    findings: findings.map((f) => f.code).join(", ")
  };
}
function verdict(inspection, findings, attempts, now) {
  if (!inspection.ok)
    return { status: "fail", severity: "P2", summary: `could not check the certificate: ${inspection.reason}${attempts > 1 ? ` (${attempts} attempts)` : ""}` };
  let [worst] = findings;
  if (worst) return { status: worst.severity === "P4" ? "warn" : "fail", severity: worst.severity, summary: findings.map((f) => f.message).join("; ") };
  let [leaf] = inspection.tls.chain, key = `${leaf.keyType}${leaf.keyBits === void 0 ? "" : ` ${leaf.keyBits}`}`;
  return { status: "pass", summary: `valid until ${datedPhrase(leaf.notAfter, now)}; ${inspection.tls.protocol}, ${key}, trusted` };
}
function toResult(target2, inspection, attempts, now, durationMs) {
  let findings = inspection.ok ? classify(inspection.tls, now, target2.thresholds) : [], { status, summary, severity: computed } = verdict(inspection, findings, attempts, now), severity = status === "fail" && target2.severity ? target2.severity : computed;
  return {
    id: target2.id,
    kind: "cert-check",
    subject: target2.servername ?? target2.host,
    target: formatHostPort(target2),
    status,
    ...severity ? { severity } : {},
    summary,
    evidence: evidenceOf(target2, inspection, attempts, findings, now),
    ...target2.runbook ? { runbook: target2.runbook } : {},
    startedAt: now.toISOString(),
    durationMs
  };
}
var unexpected = (error) => ({ ok: !1, reason: `the check failed unexpectedly: ${errorMessage(error)}`, retryable: !1 });
async function certCheck(request, options = {}) {
  let done = 0;
  return mapLimit(request.targets, request.concurrency, async (target2) => {
    let now = /* @__PURE__ */ new Date(), started = performance.now(), { inspection, attempts } = await inspectWithRetries(
      { host: target2.host, port: target2.port, timeoutMs: target2.timeoutMs, ...target2.servername ? { servername: target2.servername } : {}, ...target2.ca ? { ca: target2.ca } : {} },
      { retries: target2.retries, retryDelayMs: target2.retryDelayMs, ...options }
    ).catch((error) => ({ inspection: unexpected(error), attempts: 1 })), result = toResult(target2, inspection, attempts, now, Math.round(performance.now() - started));
    return request.onProgress?.(result, ++done, request.targets.length), result;
  });
}

// packages/tls-inspect/src/targets.ts
function target(environment, { host, port }, servername, defaults) {
  return { ...defaults, id: certId(environment, host, port, servername), environment, host, port, ...servername ? { servername } : {} };
}
function targetsFromHosts(hosts, environment, servername, defaults) {
  return hosts.map((hostPort) => target(environment, hostPort, servername, defaults));
}
function targetsFromConfig(env, environment, defaults) {
  return env.certs.map((entry, i) => {
    let parsed = hostSpecValue(entry.host);
    if (!parsed.ok) throw new UsageError(`environments.${environment}.certs[${i}].host`, parsed.expected);
    let given = entry["min-key-bits"], inherited = defaults.thresholds.minKeyBits, warnDays = entry["warn-days"] ?? defaults.thresholds.warnDays, criticalDays = entry["critical-days"] ?? defaults.thresholds.criticalDays;
    if (warnDays < criticalDays) {
      let path = `environments.${environment}.certs[${i}].${entry["warn-days"] === void 0 ? "critical-days" : "warn-days"}`;
      throw new UsageError(path, `expected warn-days (${warnDays}) to be at least critical-days (${criticalDays})`);
    }
    let minKeyBits = typeof given == "number" ? { ...inherited, rsa: given } : { rsa: given?.rsa ?? inherited.rsa, ec: given?.ec ?? inherited.ec }, t = target(environment, { host: parsed.value.host, port: entry.port ?? parsed.value.port }, entry.servername, {
      ...defaults,
      thresholds: {
        warnDays,
        criticalDays,
        minKeyBits
      },
      ...entry.runbook ? { runbook: entry.runbook } : {}
    });
    return entry.severity ? { ...t, severity: entry.severity } : t;
  });
}

// packages/tls-inspect/src/thresholds.ts
var DEFAULT_MIN_KEY_BITS = { rsa: 2048, ec: 256 }, EXPECTED = "expected RSA bits like 2048, or per family like rsa:3072,ec:384";
function minKeyBitsValue(text) {
  let source = text.trim();
  if (/^\d+$/.test(source)) return bitsIn(Number(source), source, { ...DEFAULT_MIN_KEY_BITS, rsa: Number(source) });
  let value = { ...DEFAULT_MIN_KEY_BITS }, parts = source.split(/[\s,]+/).filter(Boolean);
  for (let part of parts) {
    let match = /^(rsa|ec)[:=](\d+)$/i.exec(part);
    if (!match) return { ok: !1, expected: `${EXPECTED}, got ${quote(source)}` };
    value[match[1].toLowerCase()] = Number(match[2]);
  }
  return parts.length === 0 ? { ok: !1, expected: `${EXPECTED}, got ${quote(source)}` } : bitsIn(Math.min(value.rsa, value.ec), source, value);
}
function bitsIn(smallest, source, value) {
  return smallest < 128 || Math.max(value.rsa, value.ec) > 16384 ? { ok: !1, expected: `expected key sizes from 128 to 16384 bits, got ${quote(source)}` } : { ok: !0, value };
}

// packages/tls-inspect/src/options.ts
var days = (text) => integerValue(text, 0, 3650);
function readServername(reader) {
  let text = reader.text("servername");
  if (text === "") return;
  let parsed = hostSpecValue(text);
  return (!parsed.ok || text.includes(":") || (0, import_node_net4.isIP)(text)) && reader.fail("servername", `expected a DNS name like example.com, got ${quote(text)}`), parsed.value.host;
}
function uniqueById(targets) {
  let byId = /* @__PURE__ */ new Map();
  for (let target2 of targets) byId.has(target2.id) || byId.set(target2.id, target2);
  return [...byId.values()];
}
async function planCertCheck(reader) {
  let criticalDays = reader.parse("critical-days", days, 7), warnDays = reader.parse("warn-days", days, 30);
  warnDays < criticalDays && reader.fail("warn-days", `expected at least critical-days (${criticalDays}), got ${warnDays}`);
  let ca = reader.pemCertificates("ca-file"), runbook = reader.text("runbook"), defaults = {
    thresholds: { warnDays, criticalDays, minKeyBits: reader.parse("min-key-bits", minKeyBitsValue, DEFAULT_MIN_KEY_BITS) },
    timeoutMs: reader.parse("timeout", (t) => durationValue(t, { max: DURATION_MAX.request }), 1e4),
    retries: reader.parse("retries", (t) => integerValue(t, 0, 10), 2),
    retryDelayMs: reader.parse("retry-delay", (t) => durationValue(t, { allowZero: !0, max: DURATION_MAX.retryDelay }), 2e3),
    ...ca ? { ca } : {},
    ...runbook ? { runbook } : {}
  }, servername = readServername(reader), concurrency = reader.parse("concurrency", (t) => integerValue(t, 1, 1e3), 16), hosts = reader.list("hosts").map((line, i) => {
    let parsed = hostSpecValue(line);
    return parsed.ok ? parsed.value : reader.fail("hosts", `line ${i + 1}: ${parsed.expected}`);
  }), configPath = reader.text("config"), environment = reader.text("environment"), inline = targetsFromHosts(hosts, environment || "default", servername, defaults);
  if (hosts.length > 0 && !configPath) return { targets: uniqueById(inline), concurrency };
  environment === "" && (hosts.length > 0 && reader.fail("environment", "expected the environment to read from the config"), reader.fail("hosts", "expected at least one host (host, host:port or an https:// URL), or config and environment to take the certs from"));
  let { DEFAULT_CONFIG_PATH, loadEnvironment } = await import("./config-QMXRFQLW.js"), path = configPath || DEFAULT_CONFIG_PATH, fromConfig = targetsFromConfig(loadEnvironment(path, environment), environment, defaults);
  return fromConfig.length === 0 && hosts.length === 0 && reader.fail("environment", `no certs are configured for "${environment}" in ${path}`), { targets: uniqueById([...inline, ...fromConfig]), concurrency };
}

// packages/tls-inspect/src/report.ts
var daysLeft = (r) => typeof r.evidence["days left"] == "number" ? r.evidence["days left"] : void 0;
function byDaysLeft(a, b) {
  let [x, y] = [daysLeft(a) ?? -1 / 0, daysLeft(b) ?? -1 / 0];
  return x === y ? 0 : x < y ? -1 : 1;
}
var commonName = (dn) => typeof dn == "string" ? /(?:^|, )CN=([^,]+)/.exec(dn)?.[1] ?? dn : "–", cell = (value) => value == null || value === "" ? "–" : String(value);
function certCheckTable(results) {
  let rows = [...results].sort(byDaysLeft).map((r) => {
    let notAfter = r.evidence["not after"], bits = r.evidence["key bits"];
    return [
      r.subject,
      r.target,
      `${r.status}${r.severity ? ` ${r.severity}` : ""}`,
      cell(daysLeft(r)),
      typeof notAfter == "string" ? formatDay(new Date(notAfter)) : "–",
      commonName(r.evidence.issuer),
      r.evidence["key type"] ? `${cell(r.evidence["key type"])}${bits === null ? "" : ` ${cell(bits)}`}` : "–",
      cell(r.evidence.protocol),
      r.status === "pass" ? "" : r.summary
    ];
  });
  return { columns: ["host", "address", "result", "days left", "expires", "issuer", "key", "protocol", "findings"], rows };
}
async function runCertCheck(plan, emitter) {
  emitter.progress(`Checking ${plan.targets.length} certificate(s), ${plan.concurrency} at a time`);
  let done = [], results = await certCheck({
    targets: plan.targets,
    concurrency: plan.concurrency,
    onProgress: (r, count, total) => {
      done.push(r), emitter.record([...done]), emitter.progress(`[${count}/${total}] ${r.status === "pass" ? "ok  " : r.status === "warn" ? "WARN" : "FAIL"} ${r.target} — ${r.summary}`);
    }
  }), left = results.flatMap((r) => daysLeft(r) ?? []);
  return await emitter.report({
    action: "cert-check",
    headline: headline(results, "certificates"),
    results,
    table: certCheckTable(results),
    outputs: {
      status: worstStatus(results),
      "min-days-left": left.length ? String(Math.min(...left)) : ""
    }
  }), results;
}

export {
  planCertCheck,
  runCertCheck
};
