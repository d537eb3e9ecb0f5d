import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  BinaryDecisionDiagram,
  Client,
  Command,
  EndpointCache,
  EndpointError,
  HttpRequest,
  HttpResponse,
  LazyJsonString,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  NoOpLogger,
  NormalizedSchema,
  NumericValue,
  ProviderError,
  REGION_ENV_NAME,
  REGION_INI_NAME,
  SelectorType,
  ServiceException,
  Sha256Node,
  TypeRegistry,
  Uint8ArrayBlobAdapter,
  _parseEpochTimestamp,
  _parseRfc3339DateTimeWithOffset,
  _parseRfc7231DateTime,
  booleanSelector,
  calculateBodyLength,
  client_exports,
  config_exports,
  createAggregatedClient,
  customEndpointFunctions,
  dateToUtcString,
  decideEndpoint,
  decorateServiceException,
  deref,
  emitWarningIfUnsupportedVersion,
  expectUnion,
  fromBase64,
  fromUtf8,
  generateIdempotencyToken,
  getDefaultExtensionConfiguration,
  getEndpointPlugin,
  getSchemaSerdePlugin,
  getSmithyContext,
  getValueFromTextNode,
  hasOwn,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  init_transport,
  isIpAddress,
  isValidHostLabel,
  isValidHostname,
  loadConfig,
  loadConfigsForDefaultMode,
  makeBuilder,
  normalizeProvider,
  nv,
  parseEpochTimestamp,
  parseQueryString,
  parseRfc3339DateTimeWithOffset,
  parseRfc7231DateTime,
  parseUrl,
  quoteHeader,
  require_dist_cjs,
  resolveDefaultRuntimeConfig,
  resolveDefaultsModeConfig,
  resolveEndpoint,
  resolveEndpointConfig,
  resolveParams,
  resolveRegionConfig,
  sdkStreamMixin,
  serde_exports,
  splitEvery,
  splitHeader,
  toBase64,
  toUtf8,
  translateTraits,
  v4,
  writeKey
} from "./chunk-KKXO3SMY.js";
import {
  require_node_process
} from "./chunk-MGNG25PH.js";
import {
  require_node_https
} from "./chunk-4PA6XSPO.js";
import {
  require_node_child_process
} from "./chunk-CSQLKDWK.js";
import {
  require_node_os
} from "./chunk-GCOUB2B6.js";
import {
  require_promises
} from "./chunk-RUYBUS3B.js";
import {
  require_node_path
} from "./chunk-EJSVMXJL.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  require_node_http2
} from "./chunk-LZNI6XJR.js";
import {
  require_node_util
} from "./chunk-CKBTBYET.js";
import {
  require_node_stream
} from "./chunk-BDZWO5TC.js";
import {
  require_node_crypto
} from "./chunk-ZKYF5O3L.js";
import {
  require_node_http
} from "./chunk-EPIBC7KB.js";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS,
  __toESM
} from "./chunk-KBV2H3VL.js";

// node_modules/@smithy/core/dist-es/submodules/retry/service-error-classification/constants.js
var CLOCK_SKEW_ERROR_CODES, THROTTLING_ERROR_CODES, TRANSIENT_ERROR_CODES, TRANSIENT_ERROR_STATUS_CODES, NODEJS_TIMEOUT_ERROR_CODES, NODEJS_NETWORK_ERROR_CODES, init_constants = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/service-error-classification/constants.js"() {
    CLOCK_SKEW_ERROR_CODES = [
      "AccessDeniedException",
      "AuthFailure",
      "InvalidSignatureException",
      "RequestExpired",
      "RequestInTheFuture",
      "RequestTimeTooSkewed",
      "SignatureDoesNotMatch"
    ], THROTTLING_ERROR_CODES = [
      "BandwidthLimitExceeded",
      "EC2ThrottledException",
      "LimitExceededException",
      "PriorRequestNotComplete",
      "ProvisionedThroughputExceededException",
      "RequestLimitExceeded",
      "RequestThrottled",
      "RequestThrottledException",
      "SlowDown",
      "ThrottledException",
      "Throttling",
      "ThrottlingException",
      "TooManyRequestsException",
      "TransactionInProgressException"
    ], TRANSIENT_ERROR_CODES = ["TimeoutError", "RequestTimeout", "RequestTimeoutException"], TRANSIENT_ERROR_STATUS_CODES = [500, 502, 503, 504], NODEJS_TIMEOUT_ERROR_CODES = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"], NODEJS_NETWORK_ERROR_CODES = ["EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"];
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/service-error-classification/service-error-classification.js
function isNodeJsHttp2TransientError(error) {
  return error.code === "ERR_HTTP2_STREAM_ERROR" && error.message.includes("NGHTTP2_REFUSED_STREAM");
}
var isRetryableByTrait, isClockSkewError, isClockSkewCorrectedError, isBrowserNetworkError, isThrottlingError, isTransientError, isServerError, init_service_error_classification = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/service-error-classification/service-error-classification.js"() {
    init_constants();
    isRetryableByTrait = (error) => error?.$retryable !== void 0, isClockSkewError = (error) => CLOCK_SKEW_ERROR_CODES.includes(error.name), isClockSkewCorrectedError = (error) => error.$metadata?.clockSkewCorrected, isBrowserNetworkError = (error) => {
      let errorMessages = /* @__PURE__ */ new Set([
        "Failed to fetch",
        "NetworkError when attempting to fetch resource",
        "The Internet connection appears to be offline",
        "Load failed",
        "Network request failed"
      ]);
      return error && error instanceof TypeError ? errorMessages.has(error.message) : !1;
    }, isThrottlingError = (error) => error.$metadata?.httpStatusCode === 429 || THROTTLING_ERROR_CODES.includes(error.name) || error.$retryable?.throttling == !0, isTransientError = (error, depth = 0) => error?.name !== "AbortError" && (isRetryableByTrait(error) || isClockSkewCorrectedError(error) || error.name === "InvalidSignatureException" && error.message?.includes("Signature expired") || TRANSIENT_ERROR_CODES.includes(error.name) || NODEJS_TIMEOUT_ERROR_CODES.includes(error?.code || "") || NODEJS_NETWORK_ERROR_CODES.includes(error?.code || "") || TRANSIENT_ERROR_STATUS_CODES.includes(error.$metadata?.httpStatusCode || 0) || isBrowserNetworkError(error) || isNodeJsHttp2TransientError(error) || error.cause !== void 0 && depth <= 10 && isTransientError(error.cause, depth + 1)), isServerError = (error) => {
      if (error.$metadata?.httpStatusCode !== void 0) {
        let statusCode = error.$metadata.httpStatusCode;
        return 500 <= statusCode && statusCode <= 599 && !isTransientError(error);
      }
      return !1;
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/isStreamingPayload/isStreamingPayload.js
var import_node_stream, isStreamingPayload, init_isStreamingPayload = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/isStreamingPayload/isStreamingPayload.js"() {
    import_node_stream = __toESM(require_node_stream()), isStreamingPayload = (request) => request?.body instanceof import_node_stream.Readable || typeof ReadableStream < "u" && request?.body instanceof ReadableStream;
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/collect-stream-body.js
var collectBody, init_collect_stream_body = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/collect-stream-body.js"() {
    init_serde();
    collectBody = async (streamBody = new Uint8Array(), context) => {
      if (streamBody instanceof Uint8Array)
        return Uint8ArrayBlobAdapter.mutate(streamBody);
      if (!streamBody)
        return Uint8ArrayBlobAdapter.mutate(new Uint8Array());
      let fromContext = context.streamCollector(streamBody);
      return Uint8ArrayBlobAdapter.mutate(await fromContext);
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/extended-encode-uri-component.js
function extendedEncodeURIComponent(str) {
  return /^[\w.~-]+$/.test(str) ? str : encodeURIComponent(str).replace(/[!'()*]/g, function(c5) {
    return "%" + c5.charCodeAt(0).toString(16).toUpperCase();
  });
}
var init_extended_encode_uri_component = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/extended-encode-uri-component.js"() {
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/HttpBindingNormalizedSchema.js
var HTTP_BINDINGS, HttpBindingNormalizedSchema, buildHttpBindings, buildPathSegments, buildHttpOperationBindings, EMPTY_BINDINGS, getHttpOperationBindings, createBodySchema, init_HttpBindingNormalizedSchema = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/HttpBindingNormalizedSchema.js"() {
    init_schema();
    init_serde();
    HTTP_BINDINGS = /* @__PURE__ */ Symbol.for("@smithy/schema-x"), HttpBindingNormalizedSchema = class _HttpBindingNormalizedSchema extends NormalizedSchema {
      static identity = /* @__PURE__ */ Symbol.for("@smithy/HttpBindingNormalizedSchema");
      identity = _HttpBindingNormalizedSchema.identity;
      bindings;
      constructor(schema) {
        super(schema);
      }
      static of(schema) {
        let ns = NormalizedSchema.of(schema);
        if (ns.identity === _HttpBindingNormalizedSchema.identity)
          return ns;
        let schemaCache = ns.isMemberSchema() ? ns : ns.getSchema(), cache5 = typeof schemaCache == "object" && schemaCache !== null ? schemaCache : ns;
        return cache5[HTTP_BINDINGS] ??= new _HttpBindingNormalizedSchema(ns);
      }
      getHttpBindingLocation(traits) {
        return traits.httpPayload ? 36 : traits.httpLabel ? 33 : traits.httpHeader ? 38 : typeof traits.httpPrefixHeaders == "string" ? 39 : traits.httpQuery ? 34 : traits.httpQueryParams ? 35 : traits.httpResponseCode ? 37 : 32;
      }
      getHttpBindingValue(location, traits, nested = !1) {
        let raw = this.getSchema(), type = typeof raw == "number" ? raw & 255 : this.isListSchema() ? 64 : 255, slot = location & 7, media = traits.mediaType ? traits.mediaType === "application/json" || traits.mediaType.endsWith("+json") ? 2 : 1 : 0, stream = traits.streaming || type === 42 ? this.isStructSchema() ? 2 : 1 : 0, timestamp = type >= 4 && type <= 7 ? slot >= 6 ? 2 : slot > 0 && slot < 4 ? 1 : 0 : 0, flags = type | media << 8 | (traits.idempotencyToken ? 1 : 0) << 10 | stream << 11 | (traits.sparse ? 1 : 0) << 13 | timestamp << 14 | (traits.hostLabel ? 1 : 0) << 17 | (location === 36 && typeof raw != "object" ? 1 : 0) << 18, category = type & 192, collectionValue = slot & 2 && (category === 64 || !nested && slot & 1) ? this.getHttpBindingCollectionValue(location, traits) : void 0, valueType = (collectionValue?.[1] ?? 0) & 255;
        return flags |= (slot >= 6 && (valueType === 4 || valueType === 6) ? 1 : 0) << 16, [this, flags, collectionValue];
      }
      getHttpBindingCollectionValue(location, traits = this.getMergedTraits()) {
        let valueSchema = _HttpBindingNormalizedSchema.of(this.getValueSchema());
        return valueSchema.getHttpBindingValue(location, { ...valueSchema.getMergedTraits(), ...traits }, !0);
      }
      getHttpBindings() {
        let source = this.getSchema();
        return typeof source != "object" || source === null ? EMPTY_BINDINGS : this.bindings ??= buildHttpBindings(this);
      }
    }, buildHttpBindings = (schema) => {
      let bodyMemberNames = [], bodyMemberSchemas = [], requestBodyMemberNames = [], requestBodyMemberSchemas = [], memberBindings = [], byName = {}, headers = {}, prefixHeaders = [], responseBindings = { headers, prefixHeaders }, bindings = {
        request: { memberBindings, byName },
        response: {
          bodyMemberNames,
          bindings: responseBindings
        }
      }, { request, response } = bindings;
      for (let [name, member] of schema.structIterator()) {
        let bindingSchema = HttpBindingNormalizedSchema.of(member), traits = bindingSchema.getMergedTraits(), location = bindingSchema.getHttpBindingLocation(traits), wireName = traits.httpHeader?.toLowerCase() ?? traits.httpPrefixHeaders?.toLowerCase() ?? traits.httpQuery, value = bindingSchema.getHttpBindingValue(location, traits), binding = [name, value, location, wireName];
        name === "__proto__" && writeKey(byName), byName[name] = binding, value[1] >> 10 & 1 && (request.hasIdempotency = !0), memberBindings.push(binding);
        let slot = location & 7;
        if (slot === 0 && (requestBodyMemberNames.push(name), requestBodyMemberSchemas.push(member)), (slot & 4) === 0)
          bodyMemberNames.push(name), bodyMemberSchemas.push(member);
        else if ((slot & 6) === 4)
          if (slot & 1)
            responseBindings.statusCode = binding;
          else {
            responseBindings.payload = binding;
            let type = value[1] & 255;
            request.contentTypeInstruction = traits.mediaType ?? (type === 0 ? "text/plain" : type === 21 || type === 42 ? "application/octet-stream" : null);
          }
        else slot & 1 ? (request.hasPrefixHeaders = !0, prefixHeaders.push(binding)) : (wireName === "__proto__" && writeKey(headers), headers[wireName] = binding);
      }
      return request.contentTypeInstruction === void 0 && requestBodyMemberNames.length && (request.contentTypeInstruction = null), request.syntheticBodySchema = createBodySchema(schema, requestBodyMemberNames, requestBodyMemberSchemas), response.syntheticBodySchema = createBodySchema(schema, bodyMemberNames, bodyMemberSchemas), bindings;
    }, buildPathSegments = (path) => {
      let segments = [], offset = 0;
      for (let match of path.matchAll(/\{([^{}+]+)(\+)?\}/g))
        match.index > offset && segments.push([path.slice(offset, match.index), 0]), segments.push([match[1], match[2] ? 2 : 1]), offset = match.index + match[0].length;
      return segments.length && offset < path.length && segments.push([path.slice(offset), 0]), segments.length ? segments : void 0;
    }, buildHttpOperationBindings = (schema) => {
      let { http, endpoint } = translateTraits(schema.traits ?? {}), [path, search] = http?.[1].split("?") ?? [];
      return [
        http?.[0],
        path,
        search ? [...new URLSearchParams(search)] : [],
        path ? buildPathSegments(path) : void 0,
        endpoint?.[0]
      ];
    }, EMPTY_BINDINGS = {
      request: { memberBindings: [], byName: {} },
      response: {
        bodyMemberNames: [],
        bindings: { headers: {}, prefixHeaders: [] }
      }
    }, getHttpOperationBindings = (schema) => schema[HTTP_BINDINGS] ??= buildHttpOperationBindings(schema), createBodySchema = (schema, memberNames, memberSchemas) => {
      if (!memberNames.length)
        return;
      let source = schema.getSchema(), body = [
        3,
        source[1],
        source[2],
        schema.getMergedTraits(),
        memberNames,
        memberSchemas
      ], required = source[6], bodyRequired = required && memberNames.reduce((count, name) => count + (source[4].indexOf(name) < required ? 1 : 0), 0);
      return bodyRequired && (body[6] = bodyRequired), body;
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/SerdeContext.js
var SerdeContext, init_SerdeContext = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/SerdeContext.js"() {
    SerdeContext = class {
      serdeContext;
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/HttpProtocol.js
var HttpProtocol, init_HttpProtocol = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/HttpProtocol.js"() {
    init_transport();
    init_schema();
    init_SerdeContext();
    init_HttpBindingNormalizedSchema();
    HttpProtocol = class extends SerdeContext {
      options;
      compositeErrorRegistry;
      constructor(options) {
        super(), this.options = options, this.compositeErrorRegistry = new TypeRegistry(options.defaultNamespace);
        for (let etr of options.errorTypeRegistries ?? [])
          this.compositeErrorRegistry.copyFrom(etr);
      }
      getRequestType() {
        return HttpRequest;
      }
      getResponseType() {
        return HttpResponse;
      }
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext, this.serializer.setSerdeContext(serdeContext), this.deserializer.setSerdeContext(serdeContext), this.getPayloadCodec() && this.getPayloadCodec().setSerdeContext(serdeContext);
      }
      updateServiceEndpoint(request, endpoint) {
        if ("url" in endpoint) {
          request.protocol = endpoint.url.protocol, request.hostname = endpoint.url.hostname, request.port = endpoint.url.port ? Number(endpoint.url.port) : void 0, request.path = endpoint.url.pathname, request.fragment = endpoint.url.hash || void 0, request.username = endpoint.url.username || void 0, request.password = endpoint.url.password || void 0, request.query || (request.query = {});
          for (let [k5, v] of endpoint.url.searchParams.entries())
            request.query[k5] = v;
          if (endpoint.headers)
            for (let name in endpoint.headers)
              hasOwn(endpoint.headers, name) && (request.headers[name] = endpoint.headers[name].join(", "));
          return request;
        } else {
          if (request.protocol = endpoint.protocol, request.hostname = endpoint.hostname, request.port = endpoint.port ? Number(endpoint.port) : void 0, request.path = endpoint.path, request.query = {
            ...endpoint.query
          }, endpoint.headers)
            for (let name in endpoint.headers)
              hasOwn(endpoint.headers, name) && (request.headers[name] = endpoint.headers[name]);
          return request;
        }
      }
      setHostPrefix(request, operationSchema, input, operation = getHttpOperationBindings(operationSchema)) {
        if (this.serdeContext?.disableHostPrefix)
          return;
        let hostPrefix = operation[4];
        if (typeof hostPrefix != "string")
          return;
        let resolvedHostPrefix = hostPrefix;
        for (let [name, [, flags]] of HttpBindingNormalizedSchema.of(operationSchema.input).getHttpBindings().request.memberBindings) {
          if (!(flags >> 17 & 1))
            continue;
          let replacement = input[name];
          if (typeof replacement != "string")
            throw new Error(`@smithy/core/schema - ${name} in input must be a string as hostLabel.`);
          resolvedHostPrefix = resolvedHostPrefix.replace(`{${name}}`, replacement);
        }
        if (request.hostname = resolvedHostPrefix + request.hostname, !isValidHostname(request.hostname))
          throw new Error(`[${request.hostname}] is not a valid hostname.`);
      }
      deserializeMetadata(output) {
        return {
          httpStatusCode: output.statusCode,
          requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
          extendedRequestId: output.headers["x-amz-id-2"],
          cfId: output.headers["x-amz-cf-id"]
        };
      }
      resolveError(name, namespaces, registries) {
        let defaultErrorSchema = [-3, "", "Error", 0, [], [], 0], schema;
        for (let registry of registries)
          for (let ns of namespaces)
            try {
              ns === "*" ? schema = registry.getSchema(name) : schema = registry.getSchema(ns + "#" + name);
              let errorCtor = registry.getErrorCtor(schema);
              if (errorCtor)
                return [schema, errorCtor, "modeled"];
              {
                let syntheticErrorSchema = registry.getBaseException();
                if (syntheticErrorSchema) {
                  let syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
                  if (syntheticErrorCtor)
                    return [schema, syntheticErrorCtor, "synthetic"];
                }
              }
            } catch {
            }
        for (let registry of registries) {
          let syntheticErrorSchema = registry.getBaseException();
          if (syntheticErrorSchema) {
            let syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
            if (syntheticErrorCtor)
              return [syntheticErrorSchema, syntheticErrorCtor, "synthetic"];
          }
        }
        return [defaultErrorSchema, Error, "native"];
      }
      async serializeEventStream({ eventStream, requestSchema, initialRequest }) {
        return (await this.loadEventStreamCapability()).serializeEventStream({
          eventStream,
          requestSchema,
          initialRequest
        });
      }
      async deserializeEventStream({ response, responseSchema, initialResponseContainer }) {
        return (await this.loadEventStreamCapability()).deserializeEventStream({
          response,
          responseSchema,
          initialResponseContainer
        });
      }
      async loadEventStreamCapability() {
        let { EventStreamSerde, eventStreamSerdeProvider } = await import("./event-streams-F2RH2SWU.js"), marshaller = this.resolveEventStreamMarshaller(eventStreamSerdeProvider);
        return new EventStreamSerde({
          marshaller,
          serializer: this.serializer,
          deserializer: this.deserializer,
          serdeContext: this.serdeContext,
          defaultContentType: this.getDefaultContentType(),
          compositeErrorRegistry: this.compositeErrorRegistry
        });
      }
      getDefaultContentType() {
        throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`);
      }
      async deserializeHttpMessage(schema, context, response, arg4, arg5) {
        return [];
      }
      getEventStreamMarshaller() {
        let context = this.serdeContext;
        if (!context.eventStreamMarshaller)
          throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");
        return context.eventStreamMarshaller;
      }
      resolveEventStreamMarshaller(importedProvider) {
        let context = this.serdeContext;
        return context.eventStreamMarshaller ? context.eventStreamMarshaller : importedProvider(this.serdeContext);
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/HttpBindingProtocol.js
var HttpBindingProtocol, init_HttpBindingProtocol = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/HttpBindingProtocol.js"() {
    init_transport();
    init_serde();
    init_HttpBindingNormalizedSchema();
    init_HttpProtocol();
    init_collect_stream_body();
    init_extended_encode_uri_component();
    HttpBindingProtocol = class extends HttpProtocol {
      async serializeRequest(operationSchema, _input, context) {
        let input = _input && typeof _input == "object" ? _input : {}, query = {}, headers = {}, endpoint = await context.endpoint(), ns = HttpBindingNormalizedSchema.of(operationSchema?.input), bindings = ns.getHttpBindings().request, operation = getHttpOperationBindings(operationSchema), request = new HttpRequest({ query, headers });
        if (endpoint) {
          this.updateServiceEndpoint(request, endpoint), this.setHostPrefix(request, operationSchema, input, operation);
          let [method, path, staticQuery] = operation;
          if (method) {
            request.method = method, request.path = request.path === "/" ? path : request.path + path;
            for (let [key, value] of staticQuery)
              query[key] = value;
          }
        }
        request.query = query;
        let eventStream = this.serializeHttpBindings(input, request, bindings, operation);
        return eventStream && (request.body = await this.serializeEventStream({ eventStream, requestSchema: ns })), request;
      }
      serializeHttpBindings(input, request, bindings, operation) {
        let serializer = this.serializer, directSerializer = typeof serializer.writeCodec == "function" ? serializer : void 0, query = request.query, headers = request.headers, bodySchema = bindings.syntheticBodySchema, hasBodyValue = !1, payload2, eventStream, labels, names = Object.getOwnPropertyNames(input), prototype = Object.getPrototypeOf(input), sparse = (prototype === Object.prototype || prototype === null) && !bindings.hasIdempotency && !bindings.hasPrefixHeaders && names.length * 2 < bindings.memberBindings.length, length = sparse ? names.length : bindings.memberBindings.length;
        for (let i5 = 0; i5 < length; ++i5) {
          let binding = sparse ? hasOwn(bindings.byName, names[i5]) ? bindings.byName[names[i5]] : void 0 : bindings.memberBindings[i5];
          if (!binding)
            continue;
          let value = binding[1], memberName = binding[0], memberNs = value[0], flags = value[1], collectionValue = value[2], location = binding[2], wireName = binding[3], inputMemberValue = input[memberName];
          if (!(inputMemberValue == null && !(flags >> 10 & 1)))
            if (location === 36) {
              let stream = flags >> 11 & 3;
              stream ? stream === 2 ? eventStream = inputMemberValue || void 0 : payload2 = inputMemberValue : (directSerializer ? directSerializer.writeCodec(memberNs, inputMemberValue) : serializer.write(memberNs, inputMemberValue), payload2 = serializer.flush());
            } else if (location === 33 || location === 38) {
              let serialized = this.serializeHttpValue(value, inputMemberValue, location, directSerializer);
              location === 33 ? (labels ??= /* @__PURE__ */ Object.create(null))[memberName] = serialized : headers[wireName] = serialized;
            } else if (location === 39)
              for (let key in inputMemberValue) {
                if (!hasOwn(inputMemberValue, key))
                  continue;
                let amalgam = wireName + key;
                headers[amalgam.toLowerCase()] = this.serializeHttpValue(collectionValue, inputMemberValue[key], 38, directSerializer, directSerializer ? collectionValue[0] : [collectionValue[0], { httpHeader: amalgam }]);
              }
            else (location & 62) === 34 ? this.serializeQuery(value, inputMemberValue, wireName, query, directSerializer) : hasBodyValue = !0;
        }
        let operationPath = operation[1], pathSegments = operation[3];
        return operationPath && pathSegments && request.path.endsWith(operationPath) && (request.path = request.path.slice(0, -operationPath.length) + this.serializePath(pathSegments, labels, bindings)), hasBodyValue && bodySchema && (directSerializer ? directSerializer.writeCodec(bodySchema, input) : serializer.write(bodySchema, input), payload2 = serializer.flush()), request.body = payload2, eventStream;
      }
      serializeQuery(value, data, wireName, query, directSerializer) {
        let [ns, flags, collectionValue] = value, traits = directSerializer ? void 0 : ns.getMergedTraits();
        if (wireName === void 0) {
          for (let key in data)
            !hasOwn(data, key) || key in query || (directSerializer || Object.assign(collectionValue[0].getMergedTraits(), {
              ...traits,
              httpQuery: key,
              httpQueryParams: void 0
            }), this.serializeQuery(collectionValue, data[key], key, query, directSerializer));
          return;
        }
        if ((flags & 192) === 64) {
          let buffer = [];
          for (let item of data) {
            let serialized = this.serializeHttpValue(collectionValue, item, 34, directSerializer, directSerializer ? collectionValue[0] : [collectionValue[0], traits]);
            (flags >> 13 & 1 || serialized !== void 0) && buffer.push(serialized);
          }
          query[wireName] = buffer;
        } else
          query[wireName] = this.serializeHttpValue(value, data, 34, directSerializer, directSerializer ? ns : [ns, traits]);
      }
      serializeHttpValue(value, data, location, directSerializer, schema = value[0]) {
        let flags = value[1], type = flags & 255;
        return directSerializer && !(flags & 1792) && (type <= 2 || type === 17 || type === 19) ? String(data) : (directSerializer ? directSerializer.writeHttpBinding(value, data, location) : this.serializer.write(schema, data), this.serializer.flush());
      }
      serializePath(segments, labels, bindings) {
        let path = "";
        for (let [value, kind] of segments) {
          if (kind === 0) {
            path += value;
            continue;
          }
          let replacement = labels?.[value];
          if (replacement === void 0) {
            if (hasOwn(bindings.byName, value) && bindings.byName[value][2] === 33)
              throw new Error(`No value provided for input HTTP label: ${value}.`);
            path += `{${value}${kind === 2 ? "+" : ""}}`;
          } else
            path += kind === 2 ? replacement.split("/").map(extendedEncodeURIComponent).join("/") : extendedEncodeURIComponent(replacement);
        }
        return path;
      }
      async deserializeResponse(operationSchema, context, response) {
        let deserializer = this.deserializer, directDeserializer = typeof deserializer.readCodec == "function" ? deserializer : void 0, ns = HttpBindingNormalizedSchema.of(operationSchema.output), responseBindings = ns.getHttpBindings().response, dataObject = {};
        if (response.statusCode >= 300) {
          let bytes = await collectBody(response.body, context);
          throw bytes.byteLength > 0 && Object.assign(dataObject, await deserializer.read(15, bytes)), await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response)), new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.");
        }
        let nonHttpBindingMembers = await this.deserializeHttpMessage(ns, context, response, dataObject);
        if (nonHttpBindingMembers.length) {
          let bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) {
            let dataFromBody = await (directDeserializer ? directDeserializer.readCodec(responseBindings.syntheticBodySchema, bytes) : deserializer.read(responseBindings.syntheticBodySchema, bytes));
            for (let member of nonHttpBindingMembers)
              dataFromBody[member] != null && (dataObject[member] = dataFromBody[member]);
          }
        } else responseBindings.bindings.payload || await collectBody(response.body, context);
        return dataObject.$metadata = this.deserializeMetadata(response), dataObject;
      }
      async deserializeHttpMessage(schema, context, response, arg4, arg5) {
        let dataObject = arg4 instanceof Set ? arg5 : arg4, deserializer = this.deserializer, directDeserializer = typeof deserializer.readCodec == "function" ? deserializer : void 0, ns = HttpBindingNormalizedSchema.of(schema), { bodyMemberNames, bindings: { payload: payload2, statusCode, headers: responseHeaders, prefixHeaders } } = ns.getHttpBindings().response, headers = response.headers;
        if (payload2) {
          let [memberName, value] = payload2, [memberSchema, flags] = value, stream = flags >> 11 & 3;
          if (stream)
            stream === 2 ? dataObject[memberName] = await this.deserializeEventStream({
              response,
              responseSchema: ns
            }) : dataObject[memberName] = sdkStreamMixin(response.body);
          else if (response.body) {
            let bytes = await collectBody(response.body, context);
            bytes.byteLength > 0 && (dataObject[memberName] = await (directDeserializer ? directDeserializer.readPayload(value, bytes) : deserializer.read(memberSchema, bytes)));
          }
        }
        for (let header in headers) {
          if (!hasOwn(headers, header))
            continue;
          let lower = header.toLowerCase(), headerValue = headers[header];
          lower !== header && (delete headers[header], headers[lower] = headerValue);
          let binding = hasOwn(responseHeaders, lower) ? responseHeaders[lower] : void 0;
          if (!binding)
            continue;
          let [memberName, [memberSchema, flags, collectionValue], , wireName] = binding;
          if (collectionValue) {
            let sections = flags >> 16 & 1 ? splitEvery(headerValue, ",", 2) : splitHeader(headerValue), list = [];
            for (let section of sections)
              list.push(directDeserializer ? directDeserializer.readHttpBinding(collectionValue, section.trim(), 38) : await deserializer.read([collectionValue[0], { httpHeader: wireName }], section.trim()));
            dataObject[memberName] = list;
          } else
            dataObject[memberName] = directDeserializer ? directDeserializer.readHttpBinding(binding[1], headerValue, 38) : await deserializer.read(memberSchema, headerValue);
        }
        for (let [memberName, [, , collectionValue], , wireName] of prefixHeaders) {
          dataObject[memberName] = {};
          for (let header in headers) {
            if (!hasOwn(headers, header) || !header.startsWith(wireName))
              continue;
            let headerValue = headers[header];
            dataObject[memberName][header.slice(wireName.length)] = directDeserializer ? directDeserializer.readHttpBinding(collectionValue, headerValue, 38) : await deserializer.read([collectionValue[0], { httpHeader: header }], headerValue);
          }
        }
        return statusCode && (dataObject[statusCode[0]] = response.statusCode), bodyMemberNames;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/RpcProtocol.js
var RpcProtocol, init_RpcProtocol = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/RpcProtocol.js"() {
    init_transport();
    init_schema();
    init_transport();
    init_HttpProtocol();
    init_collect_stream_body();
    RpcProtocol = class extends HttpProtocol {
      async serializeRequest(operationSchema, _input, context) {
        let serializer = this.serializer, query = {}, headers = {}, endpoint = await context.endpoint(), ns = NormalizedSchema.of(operationSchema?.input), schema = ns.getSchema(), payload2, input = _input && typeof _input == "object" ? _input : {}, request = new HttpRequest({
          protocol: "",
          hostname: "",
          port: void 0,
          path: "/",
          fragment: void 0,
          query,
          headers,
          body: void 0
        });
        if (endpoint && (this.updateServiceEndpoint(request, endpoint), this.setHostPrefix(request, operationSchema, input)), input) {
          let eventStreamMember = ns.getEventStreamMember();
          if (eventStreamMember) {
            if (input[eventStreamMember]) {
              let initialRequest = {};
              for (let [memberName] of ns.structIterator())
                memberName !== eventStreamMember && input[memberName] != null && (initialRequest[memberName] = input[memberName]);
              payload2 = await this.serializeEventStream({
                eventStream: input[eventStreamMember],
                requestSchema: ns,
                initialRequest
              });
            }
          } else
            serializer.write(schema, input), payload2 = serializer.flush();
        }
        return request.headers = Object.assign(request.headers, headers), request.query = query, request.body = payload2, request.method = "POST", request;
      }
      async deserializeResponse(operationSchema, context, response) {
        let deserializer = this.deserializer, ns = NormalizedSchema.of(operationSchema.output), dataObject = {};
        if (this.isErrorResponse(response.statusCode)) {
          let bytes = await collectBody(response.body, context);
          throw bytes.byteLength > 0 && Object.assign(dataObject, await deserializer.read(15, bytes)), await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response)), new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.");
        }
        for (let header in response.headers) {
          if (!hasOwn(response.headers, header))
            continue;
          let value = response.headers[header];
          delete response.headers[header], response.headers[header.toLowerCase()] = value;
        }
        let eventStreamMember = ns.getEventStreamMember();
        if (eventStreamMember)
          dataObject[eventStreamMember] = await this.deserializeEventStream({
            response,
            responseSchema: ns,
            initialResponseContainer: dataObject
          });
        else {
          let bytes = await collectBody(response.body, context);
          bytes.byteLength > 0 && Object.assign(dataObject, await deserializer.read(ns, bytes));
        }
        return dataObject.$metadata = this.deserializeMetadata(response), dataObject;
      }
      isErrorResponse(statusCode) {
        return statusCode >= 300;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/AbstractRpcV2Protocol.js
var AbstractRpcV2Protocol, init_AbstractRpcV2Protocol = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/AbstractRpcV2Protocol.js"() {
    init_schema();
    init_transport();
    init_RpcProtocol();
    AbstractRpcV2Protocol = class extends RpcProtocol {
      constructor({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5 }) {
        super({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5 });
      }
      async serializeRequest(operationSchema, input, context) {
        let request = await super.serializeRequest(operationSchema, input, context);
        Object.assign(request.headers, {
          "content-type": this.getDefaultContentType(),
          "smithy-protocol": this.getSmithyProtocolHeaderValue(),
          accept: this.getDefaultContentType()
        }), deref(operationSchema.input) === "unit" ? (delete request.body, delete request.headers["content-type"]) : this.applyEmptyBody(request);
        let { service, operation } = getSmithyContext(context), path = `/service/${service}/operation/${operation}`;
        return request.path.endsWith("/") ? request.path += path.slice(1) : request.path += path, request;
      }
      isErrorResponse(statusCode) {
        return statusCode !== 200;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/resolve-path.js
var resolvedPath, init_resolve_path = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/resolve-path.js"() {
    init_extended_encode_uri_component();
    resolvedPath = (resolvedPath2, input, memberName, labelValueProvider, uriLabel, isGreedyLabel) => {
      if (input != null && input[memberName] !== void 0) {
        let labelValue = labelValueProvider();
        if (labelValue == null || labelValue.length <= 0)
          throw new Error("Empty value provided for input HTTP label: " + memberName + ".");
        resolvedPath2 = resolvedPath2.replace(uriLabel, isGreedyLabel ? labelValue.split("/").map((segment) => extendedEncodeURIComponent(segment)).join("/") : extendedEncodeURIComponent(labelValue));
      } else
        throw new Error("No value provided for input HTTP label: " + memberName + ".");
      return resolvedPath2;
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/requestBuilder.js
function requestBuilder(input, context) {
  return new RequestBuilder(input, context);
}
var RequestBuilder, init_requestBuilder = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/requestBuilder.js"() {
    init_transport();
    init_resolve_path();
    RequestBuilder = class {
      input;
      context;
      query = {};
      method = "";
      headers = {};
      path = "";
      body = null;
      hostname = "";
      resolvePathStack = [];
      constructor(input, context) {
        this.input = input, this.context = context;
      }
      async build() {
        let { hostname, protocol = "https", port, path: basePath } = await this.context.endpoint();
        this.path = basePath;
        for (let resolvePath of this.resolvePathStack)
          resolvePath(this.path);
        return new HttpRequest({
          protocol,
          hostname: this.hostname || hostname,
          port,
          method: this.method,
          path: this.path,
          query: this.query,
          body: this.body,
          headers: this.headers
        });
      }
      hn(hostname) {
        return this.hostname = hostname, this;
      }
      bp(uriLabel) {
        return this.resolvePathStack.push((basePath) => {
          this.path = `${basePath?.endsWith("/") ? basePath.slice(0, -1) : basePath || ""}` + uriLabel;
        }), this;
      }
      p(memberName, labelValueProvider, uriLabel, isGreedyLabel) {
        return this.resolvePathStack.push((path) => {
          this.path = resolvedPath(path, this.input, memberName, labelValueProvider, uriLabel, isGreedyLabel);
        }), this;
      }
      h(headers) {
        return this.headers = headers, this;
      }
      q(query) {
        return this.query = query, this;
      }
      b(body) {
        return this.body = body, this;
      }
      m(method) {
        return this.method = method, this;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/serde/FromStringShapeDeserializer.js
var FromStringShapeDeserializer, init_FromStringShapeDeserializer = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/serde/FromStringShapeDeserializer.js"() {
    init_serde();
    init_HttpBindingNormalizedSchema();
    init_SerdeContext();
    FromStringShapeDeserializer = class extends SerdeContext {
      settings;
      constructor(settings) {
        super(), this.settings = settings;
      }
      read(_schema, data) {
        let ns = HttpBindingNormalizedSchema.of(_schema), traits = ns.getMergedTraits(), location = ns.getHttpBindingLocation(traits);
        return this.readHttpBinding(ns.getHttpBindingValue(location, traits), data, location);
      }
      readHttpBinding([ns, flags, collectionValue], data, location) {
        let schema = flags & 255;
        if ((schema & 192) === 64)
          return collectionValue ??= ns.getHttpBindingCollectionValue(location), splitHeader(data).map((item) => this.readHttpBinding(collectionValue, item, location));
        switch (schema) {
          case 21:
          case 42:
            return (this.serdeContext?.base64Decoder ?? fromBase64)(data);
          case 4:
          case 5:
          case 6:
          case 7: {
            let bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
            switch (this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default) {
              case 5:
                return _parseRfc3339DateTimeWithOffset(data);
              case 6:
                return _parseRfc7231DateTime(data);
              case 7:
                return _parseEpochTimestamp(data);
              default:
                return console.warn("Missing timestamp format, parsing value with Date constructor:", data), new Date(data);
            }
          }
          case 0: {
            let media = flags >> 8 & 3;
            if (!media)
              return data;
            let intermediateValue = data;
            return (location & 6) === 6 && (intermediateValue = (this.serdeContext?.utf8Encoder ?? toUtf8)((this.serdeContext?.base64Decoder ?? fromBase64)(intermediateValue))), media === 2 ? LazyJsonString.from(intermediateValue) : intermediateValue;
          }
          case 1:
            return Number(data);
          case 2:
            return data.toLowerCase() === "true";
          case 17:
            return BigInt(data);
          case 19:
            return new NumericValue(data, "bigDecimal");
          default:
            return data;
        }
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/serde/HttpInterceptingShapeDeserializer.js
var HttpInterceptingShapeDeserializer, init_HttpInterceptingShapeDeserializer = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/serde/HttpInterceptingShapeDeserializer.js"() {
    init_serde();
    init_HttpBindingNormalizedSchema();
    init_SerdeContext();
    init_FromStringShapeDeserializer();
    HttpInterceptingShapeDeserializer = class extends SerdeContext {
      codecDeserializer;
      stringDeserializer;
      constructor(codecDeserializer, codecSettings) {
        super(), this.codecDeserializer = codecDeserializer, this.stringDeserializer = new FromStringShapeDeserializer(codecSettings);
      }
      setSerdeContext(serdeContext) {
        this.stringDeserializer.setSerdeContext(serdeContext), this.codecDeserializer.setSerdeContext(serdeContext), this.serdeContext = serdeContext;
      }
      read(schema, data) {
        let ns = HttpBindingNormalizedSchema.of(schema), traits = ns.getMergedTraits();
        if (traits.httpHeader || traits.httpResponseCode) {
          let value = ns.getHttpBindingValue(38, traits);
          return this.readHttpBinding(value, data, 38);
        }
        return traits.httpPayload ? this.readPayload(ns.getHttpBindingValue(36, traits), data) : this.readCodec(ns, data);
      }
      readHttpBinding(binding, data, location) {
        let value = typeof data == "string" ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data);
        return this.stringDeserializer.readHttpBinding(binding, value, location);
      }
      readPayload([schema, flags], data) {
        let type = flags & 255;
        return type === 21 || type === 42 ? typeof data == "string" ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(data) : data : type === 0 ? typeof data == "string" ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data) : this.readCodec(schema, data);
      }
      readCodec(schema, data) {
        return this.codecDeserializer.read(schema, data);
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/serde/ToStringShapeSerializer.js
var ToStringShapeSerializer, init_ToStringShapeSerializer = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/serde/ToStringShapeSerializer.js"() {
    init_serde();
    init_HttpBindingNormalizedSchema();
    init_SerdeContext();
    ToStringShapeSerializer = class extends SerdeContext {
      settings;
      stringBuffer = "";
      constructor(settings) {
        super(), this.settings = settings;
      }
      write(schema, value) {
        let ns = HttpBindingNormalizedSchema.of(schema), traits = ns.getMergedTraits(), location = ns.getHttpBindingLocation(traits);
        this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
      }
      writeHttpBinding([ns, flags, collectionValue], value, location) {
        let schema = flags & 255;
        switch (typeof value) {
          case "object":
            if (value === null) {
              this.stringBuffer = "null";
              return;
            }
            if (schema >= 4 && schema <= 7) {
              if (!(value instanceof Date))
                throw new Error(`@smithy/core/protocols - received non-Date value ${value} when schema expected Date in ${ns.getName(!0)}`);
              let bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
              switch (this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default) {
                case 5:
                  this.stringBuffer = value.toISOString().replace(".000Z", "Z");
                  break;
                case 6:
                  this.stringBuffer = dateToUtcString(value);
                  break;
                case 7:
                  this.stringBuffer = String(value.getTime() / 1e3);
                  break;
                default:
                  console.warn("Missing timestamp format, using epoch seconds", value), this.stringBuffer = String(value.getTime() / 1e3);
              }
              return;
            }
            if ((schema === 21 || schema === 42) && "byteLength" in value) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(value);
              return;
            }
            if ((schema & 192) === 64 && Array.isArray(value)) {
              collectionValue ??= ns.getHttpBindingCollectionValue(location);
              let valueSchemaType = collectionValue[1] & 255, isTimestamp = valueSchemaType >= 4 && valueSchemaType <= 7, buffer = "";
              for (let item of value) {
                this.writeHttpBinding(collectionValue, item, location);
                let headerItem = this.flush();
                buffer && (buffer += ", "), buffer += isTimestamp ? headerItem : quoteHeader(headerItem);
              }
              this.stringBuffer = buffer;
              return;
            }
            this.stringBuffer = JSON.stringify(value, null, 2);
            break;
          case "string":
            let media = flags >> 8 & 3, intermediateValue = value;
            if (media === 2 && (intermediateValue = LazyJsonString.from(intermediateValue)), media && (location & 6) === 6) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(intermediateValue.toString());
              return;
            }
            this.stringBuffer = value;
            break;
          default:
            this.stringBuffer = flags >> 10 & 1 ? generateIdempotencyToken() : String(value);
        }
      }
      flush() {
        let buffer = this.stringBuffer;
        return this.stringBuffer = "", buffer;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/serde/HttpInterceptingShapeSerializer.js
var HttpInterceptingShapeSerializer, init_HttpInterceptingShapeSerializer = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/serde/HttpInterceptingShapeSerializer.js"() {
    init_HttpBindingNormalizedSchema();
    init_ToStringShapeSerializer();
    HttpInterceptingShapeSerializer = class {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(codecSerializer, codecSettings, stringSerializer = new ToStringShapeSerializer(codecSettings)) {
        this.codecSerializer = codecSerializer, this.stringSerializer = stringSerializer;
      }
      setSerdeContext(serdeContext) {
        this.codecSerializer.setSerdeContext(serdeContext), this.stringSerializer.setSerdeContext(serdeContext);
      }
      write(schema, value) {
        let ns = HttpBindingNormalizedSchema.of(schema), traits = ns.getMergedTraits();
        if (traits.httpHeader || traits.httpLabel || traits.httpQuery) {
          let location = ns.getHttpBindingLocation(traits);
          this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
          return;
        }
        this.writeCodec(ns, value);
      }
      writeHttpBinding(binding, value, location) {
        this.stringSerializer.writeHttpBinding(binding, value, location), this.buffer = this.stringSerializer.flush();
      }
      writeCodec(schema, value) {
        this.codecSerializer.write(schema, value);
      }
      flush() {
        if (this.buffer !== void 0) {
          let buffer = this.buffer;
          return this.buffer = void 0, buffer;
        }
        return this.codecSerializer.flush();
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/serde/determineTimestampFormat.js
function determineTimestampFormat(ns, settings) {
  if (settings.timestampFormat.useTrait) {
    let schema = ns.getSchema();
    if (schema === 5 || schema === 6 || schema === 7)
      return schema;
  }
  let { httpLabel, httpPrefixHeaders, httpHeader, httpQuery } = ns.getMergedTraits();
  return (settings.httpBindings ? typeof httpPrefixHeaders == "string" || httpHeader ? 6 : httpQuery || httpLabel ? 5 : void 0 : void 0) ?? settings.timestampFormat.default;
}
var init_determineTimestampFormat = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/serde/determineTimestampFormat.js"() {
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/protocol-http/Field.js
var import_types, Field, init_Field = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/protocol-http/Field.js"() {
    import_types = __toESM(require_dist_cjs()), Field = class {
      name;
      kind;
      values;
      constructor({ name, kind = import_types.FieldPosition.HEADER, values = [] }) {
        this.name = name, this.kind = kind, this.values = values;
      }
      add(value) {
        this.values.push(value);
      }
      set(values) {
        this.values = values;
      }
      remove(value) {
        this.values = this.values.filter((v) => v !== value);
      }
      toString() {
        return this.values.map((v) => v.includes(",") || v.includes(" ") ? `"${v}"` : v).join(", ");
      }
      get() {
        return this.values;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/protocol-http/Fields.js
var Fields, init_Fields = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/protocol-http/Fields.js"() {
    Fields = class {
      entries = {};
      encoding;
      constructor({ fields = [], encoding = "utf-8" }) {
        fields.forEach(this.setField.bind(this)), this.encoding = encoding;
      }
      setField(field) {
        this.entries[field.name.toLowerCase()] = field;
      }
      getField(name) {
        return this.entries[name.toLowerCase()];
      }
      removeField(name) {
        delete this.entries[name.toLowerCase()];
      }
      getByType(kind) {
        return Object.values(this.entries).filter((field) => field.kind === kind);
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/protocol-http/extensions/httpExtensionConfiguration.js
var getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, init_httpExtensionConfiguration = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/protocol-http/extensions/httpExtensionConfiguration.js"() {
    getHttpHandlerExtensionConfiguration = (runtimeConfig) => (runtimeConfig.logger && runtimeConfig.logger.constructor?.name !== "NoOpLogger" && runtimeConfig.requestHandler?.updateHttpClientConfig?.(/* @__PURE__ */ Symbol.for("logger"), runtimeConfig.logger), runtimeConfig.defaultSocketTimeout && runtimeConfig.requestHandler?.updateHttpClientConfig?.(/* @__PURE__ */ Symbol.for("@smithy/defaultSocketTimeout"), runtimeConfig.defaultSocketTimeout), {
      setHttpHandler(handler) {
        runtimeConfig.requestHandler = handler;
      },
      httpHandler() {
        return runtimeConfig.requestHandler;
      },
      updateHttpClientConfig(key, value) {
        runtimeConfig.requestHandler?.updateHttpClientConfig(key, value);
      },
      httpHandlerConfigs() {
        return runtimeConfig.requestHandler.httpHandlerConfigs();
      }
    }), resolveHttpHandlerRuntimeConfig = (httpHandlerExtensionConfiguration) => ({
      requestHandler: httpHandlerExtensionConfiguration.httpHandler()
    });
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/middleware-content-length/contentLengthMiddleware.js
function contentLengthMiddleware(bodyLengthChecker) {
  return (next) => async (args) => {
    let request = args.request;
    if (HttpRequest.isInstance(request)) {
      let { body, headers } = request;
      if (body && Object.keys(headers).map((str) => str.toLowerCase()).indexOf(CONTENT_LENGTH_HEADER) === -1)
        try {
          let length = bodyLengthChecker(body);
          length != null && (request.headers = {
            ...request.headers,
            [CONTENT_LENGTH_HEADER]: String(length)
          });
        } catch {
        }
    }
    return next({
      ...args,
      request
    });
  };
}
var CONTENT_LENGTH_HEADER, contentLengthMiddlewareOptions, getContentLengthPlugin, init_contentLengthMiddleware = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/middleware-content-length/contentLengthMiddleware.js"() {
    init_transport();
    CONTENT_LENGTH_HEADER = "content-length";
    contentLengthMiddlewareOptions = {
      step: "build",
      tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
      name: "contentLengthMiddleware",
      override: !0
    }, getContentLengthPlugin = (options) => ({
      applyToStack: (clientStack) => {
        clientStack.add(contentLengthMiddleware(options.bodyLengthChecker), contentLengthMiddlewareOptions);
      }
    });
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/util-uri-escape/escape-uri.js
var escapeUri, hexEncode, init_escape_uri = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/util-uri-escape/escape-uri.js"() {
    escapeUri = (uri) => encodeURIComponent(uri).replace(/[!'()*]/g, hexEncode), hexEncode = (c5) => `%${c5.charCodeAt(0).toString(16).toUpperCase()}`;
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/util-uri-escape/escape-uri-path.js
var escapeUriPath, init_escape_uri_path = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/util-uri-escape/escape-uri-path.js"() {
    init_escape_uri();
    escapeUriPath = (uri) => uri.split("/").map(escapeUri).join("/");
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/querystring-builder/buildQueryString.js
function buildQueryString(query) {
  let parts = [];
  for (let key of Object.keys(query).sort()) {
    let value = query[key];
    if (key = escapeUri(key), Array.isArray(value))
      for (let i5 = 0, iLen = value.length; i5 < iLen; i5++)
        parts.push(`${key}=${escapeUri(value[i5])}`);
    else {
      let qsEntry = key;
      (value || typeof value == "string") && (qsEntry += `=${escapeUri(value)}`), parts.push(qsEntry);
    }
  }
  return parts.join("&");
}
var init_buildQueryString = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/querystring-builder/buildQueryString.js"() {
    init_escape_uri();
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/ConfigurableSerdeContext.js
var SerdeContextConfig, init_ConfigurableSerdeContext = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/ConfigurableSerdeContext.js"() {
    SerdeContextConfig = class {
      serdeContext;
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/UnionSerde.js
var UnionSerde, init_UnionSerde = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/UnionSerde.js"() {
    UnionSerde = class {
      from;
      to;
      keys;
      constructor(from, to) {
        this.from = from, this.to = to;
        let keys = Object.keys(this.from), set = new Set(keys);
        set.delete("__type"), this.keys = set;
      }
      mark(key) {
        this.keys.delete(key);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          let k5 = this.keys.values().next().value, v = this.from[k5];
          this.to.$unknown = [k5, v];
        }
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/detectBufferParsing.js
function detectBufferParsing() {
  if (canParseBuffer === void 0)
    try {
      if (typeof Buffer != "function")
        canParseBuffer = !1;
      else {
        let result = JSON.parse(Buffer.from([123, 125]));
        canParseBuffer = result !== null && typeof result == "object";
      }
    } catch {
      canParseBuffer = !1;
    }
  return canParseBuffer;
}
var canParseBuffer, init_detectBufferParsing = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/detectBufferParsing.js"() {
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/jsonReviver.js
function jsonReviver(key, value, context) {
  if (context?.source) {
    let numericString = context.source;
    if (typeof value == "number")
      return value <= Number.MAX_SAFE_INTEGER && value >= Number.MIN_SAFE_INTEGER ? isRepresentable(numericString, value) ? value : new NumericValue(numericString, "bigDecimal") : isFractionalBigNumeric(numericString) ? new NumericValue(numericString, "bigDecimal") : /[eE]/.test(numericString) ? expandExponentToBigInt(numericString) : BigInt(numericString);
  }
  return value;
}
function isFractionalBigNumeric(s2) {
  let dotIndex = s2.indexOf(".");
  if (dotIndex === -1)
    return !1;
  let eIndex = s2.search(/[eE]/);
  if (eIndex === -1)
    return !0;
  let fracDigits = eIndex - dotIndex - 1;
  return parseInt(s2.slice(eIndex + 1), 10) < fracDigits;
}
function isRepresentable(numericString, value) {
  if (numericString === String(value) || Object.is(value, -0))
    return !0;
  if (/[eE]/.test(numericString))
    return expandToDecimal(numericString) === expandToDecimal(String(value));
  let normalized = numericString.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""), canonical = String(value);
  return normalized === canonical ? !0 : /[eE]/.test(canonical) ? normalized === expandToDecimal(canonical) : !1;
}
function expandToDecimal(s2) {
  let negative = s2.startsWith("-"), abs = negative ? s2.slice(1) : s2, eIndex = abs.search(/[eE]/), result;
  if (eIndex === -1)
    result = abs;
  else {
    let exp = parseInt(abs.slice(eIndex + 1), 10), mantissa = abs.slice(0, eIndex), dotIndex = mantissa.indexOf("."), digits, intLen;
    dotIndex === -1 ? (digits = mantissa, intLen = mantissa.length) : (digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1), intLen = dotIndex), digits = digits.replace(/0+$/, "") || "0";
    let newDotPos = intLen + exp;
    digits === "0" ? result = "0" : newDotPos <= 0 ? result = "0." + "0".repeat(-newDotPos) + digits : newDotPos >= digits.length ? result = digits + "0".repeat(newDotPos - digits.length) : result = digits.slice(0, newDotPos) + "." + digits.slice(newDotPos);
  }
  return result.includes(".") && (result = result.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "")), (negative ? "-" : "") + result;
}
function expandExponentToBigInt(s2) {
  let eIndex = s2.search(/[eE]/), exp = parseInt(s2.slice(eIndex + 1), 10), negative = s2.startsWith("-"), mantissa = s2.slice(negative ? 1 : 0, eIndex), dotIndex = mantissa.indexOf("."), digits, shift;
  if (dotIndex === -1)
    digits = mantissa, shift = exp;
  else {
    digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
    let fracDigits = mantissa.length - dotIndex - 1;
    shift = exp - fracDigits;
  }
  digits = digits.replace(/0+$/, "") || "0";
  let result = BigInt(digits) * 10n ** BigInt(shift + (mantissa.replace(".", "").length - digits.length));
  return negative ? -result : result;
}
var init_jsonReviver = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/jsonReviver.js"() {
    init_serde();
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/needsReviver.js
function needsReviver(schema) {
  let ns = NormalizedSchema.of(schema), raw = ns.getSchema();
  if (Array.isArray(raw) && ns.isStructSchema()) {
    if (REVIVER_SYMBOL in raw)
      return raw[REVIVER_SYMBOL];
    let result = _check(ns, /* @__PURE__ */ new Set());
    return raw[REVIVER_SYMBOL] = result, result;
  }
  return _check(ns, /* @__PURE__ */ new Set());
}
function _check(ns, seen) {
  let raw = ns.getSchema();
  if (seen.has(raw))
    return !1;
  if (seen.add(raw), ns.isBigIntegerSchema() || ns.isBigDecimalSchema())
    return !0;
  if (ns.isStructSchema()) {
    for (let [, memberSchema] of ns.structIterator())
      if (_check(memberSchema, seen))
        return !0;
  } else if (ns.isListSchema() || ns.isMapSchema()) {
    if (_check(ns.getValueSchema(), seen))
      return !0;
  } else if (ns.isDocumentSchema())
    return !0;
  return !1;
}
var REVIVER_SYMBOL, init_needsReviver = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/needsReviver.js"() {
    init_schema();
    REVIVER_SYMBOL = /* @__PURE__ */ Symbol.for("@aws-sdk/reviver");
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/common.js
var collectBodyString, init_common = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/common.js"() {
    init_collect_stream_body();
    init_serde();
    collectBodyString = (streamBody, context) => collectBody(streamBody, context).then((body) => (context?.utf8Encoder ?? toUtf8)(body));
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/parseJsonBody.js
async function parseJsonBody(streamBody, context, schema) {
  let parsingInput;
  if (detectBufferParsing() && typeof streamBody?.[Symbol.asyncIterator] == "function") {
    let buffer = await collectBody(streamBody, context);
    typeof Buffer == "function" && (Buffer.isBuffer(buffer) ? parsingInput = buffer : parsingInput = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength));
  }
  if (parsingInput || (parsingInput = await collectBodyString(streamBody, context)), parsingInput.length === 0)
    return {};
  let reviver = schema && needsReviver(schema) ? jsonReviver : void 0;
  try {
    return JSON.parse(parsingInput, reviver);
  } catch (e5) {
    throw e5?.name === "SyntaxError" && Object.defineProperty(e5, "$responseBodyText", {
      value: typeof parsingInput == "string" ? parsingInput : parsingInput.toString("utf8")
    }), e5;
  }
}
var parseJsonErrorBody, findKey, sanitizeErrorCode, loadRestJsonErrorCode, loadJsonRpcErrorCode, loadSmithyRpcV2JsonErrorCode, loadErrorCode, init_parseJsonBody = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/parseJsonBody.js"() {
    init_collect_stream_body();
    init_common();
    init_detectBufferParsing();
    init_jsonReviver();
    init_needsReviver();
    parseJsonErrorBody = async (errorBody, context) => {
      let value = await parseJsonBody(errorBody, context);
      return value.message = value.message ?? value.Message, value;
    }, findKey = (object, key) => Object.keys(object).find((k5) => k5.toLowerCase() === key.toLowerCase()), sanitizeErrorCode = (rawValue) => {
      let cleanValue = rawValue;
      return typeof cleanValue == "number" && (cleanValue = cleanValue.toString()), cleanValue.indexOf(",") >= 0 && (cleanValue = cleanValue.split(",")[0]), cleanValue.indexOf(":") >= 0 && (cleanValue = cleanValue.split(":")[0]), cleanValue.indexOf("#") >= 0 && (cleanValue = cleanValue.split("#")[1]), cleanValue;
    }, loadRestJsonErrorCode = (output, data) => loadErrorCode(output, data, ["header", "code", "type"]), loadJsonRpcErrorCode = (output, data, queryCompat = !1) => loadErrorCode(output, data, queryCompat ? ["code", "header", "type"] : ["type", "code", "header"]), loadSmithyRpcV2JsonErrorCode = (output, data) => {
      if (data?.__type !== void 0) {
        let cleanValue = data.__type;
        return typeof cleanValue == "number" && (cleanValue = cleanValue.toString()), cleanValue.indexOf(",") >= 0 && (cleanValue = cleanValue.split(",")[0]), cleanValue.indexOf(":") >= 0 && (cleanValue = cleanValue.split(":")[0]), cleanValue;
      }
    }, loadErrorCode = ({ headers }, data, order) => {
      for (; order.length > 0; )
        switch (order.shift()) {
          case "header":
            let headerKey = findKey(headers ?? {}, "x-amzn-errortype");
            if (headerKey !== void 0)
              return sanitizeErrorCode(headers[headerKey]);
            break;
          case "code":
            let codeKey = findKey(data ?? {}, "code");
            if (codeKey && data[codeKey] !== void 0)
              return sanitizeErrorCode(data[codeKey]);
            break;
          case "type":
            if (data?.__type !== void 0)
              return sanitizeErrorCode(data.__type);
            break;
        }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonShapeDeserializer2.js
var JsonShapeDeserializer2, init_JsonShapeDeserializer2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonShapeDeserializer2.js"() {
    init_determineTimestampFormat();
    init_schema();
    init_serde();
    init_ConfigurableSerdeContext();
    init_UnionSerde();
    init_detectBufferParsing();
    init_jsonReviver();
    init_needsReviver();
    init_parseJsonBody();
    init_transport();
    JsonShapeDeserializer2 = class extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super(), this.settings = settings;
      }
      async read(schema, data) {
        let reviver = needsReviver(schema) ? jsonReviver : void 0, parsed;
        if (typeof data == "string") {
          if (data.length === 0)
            return {};
          parsed = JSON.parse(data, reviver);
        } else if (data instanceof Uint8Array && detectBufferParsing()) {
          if (data.byteLength === 0)
            return {};
          let buf2 = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
          parsed = JSON.parse(buf2, reviver);
        } else
          parsed = await parseJsonBody(data, this.serdeContext, schema);
        return this._read(schema, parsed);
      }
      readObject(schema, data) {
        return this._read(schema, data);
      }
      _read(schema, value) {
        let isObject = value !== null && typeof value == "object", ns = NormalizedSchema.of(schema);
        if (isObject) {
          if (ns.isStructSchema())
            return this._readStruct(ns, value);
          if (Array.isArray(value) && ns.isListSchema()) {
            let listMember = ns.getValueSchema();
            if (this.needsTransform(listMember))
              for (let i5 = 0; i5 < value.length; ++i5)
                value[i5] = this._read(listMember, value[i5]);
            return value;
          }
          if (ns.isMapSchema()) {
            let mapMember = ns.getValueSchema(), map = value;
            if (this.needsTransform(mapMember))
              for (let k5 in map)
                hasOwn(map, k5) && (k5 === "__proto__" && writeKey(map), map[k5] = this._read(mapMember, map[k5]));
            return map;
          }
        }
        if (ns.isBlobSchema() && typeof value == "string")
          return fromBase64(value);
        let mediaType = ns.getMergedTraits().mediaType;
        if (ns.isStringSchema() && typeof value == "string" && mediaType)
          return mediaType === "application/json" || mediaType.endsWith("+json") ? LazyJsonString.from(value) : value;
        if (ns.isTimestampSchema() && value != null)
          switch (determineTimestampFormat(ns, this.settings)) {
            case 5:
              return parseRfc3339DateTimeWithOffset(value);
            case 6:
              return parseRfc7231DateTime(value);
            case 7:
              return parseEpochTimestamp(value);
            default:
              return console.warn("Missing timestamp format, parsing value with Date constructor:", value), new Date(value);
          }
        if (ns.isBigIntegerSchema() && (typeof value == "number" || typeof value == "string"))
          return BigInt(value);
        if (ns.isBigDecimalSchema() && value != null) {
          if (value instanceof NumericValue)
            return value;
          let untyped = value;
          return untyped.type === "bigDecimal" && "string" in untyped ? new NumericValue(untyped.string, untyped.type) : new NumericValue(String(value), "bigDecimal");
        }
        if (ns.isNumericSchema() && typeof value == "string") {
          switch (value) {
            case "Infinity":
              return 1 / 0;
            case "-Infinity":
              return -1 / 0;
            case "NaN":
              return NaN;
          }
          return value;
        }
        if (ns.isDocumentSchema() && isObject)
          if (Array.isArray(value))
            for (let i5 = 0; i5 < value.length; ++i5) {
              let v = value[i5];
              v instanceof NumericValue || (value[i5] = this._read(ns, v));
            }
          else {
            let doc = value;
            for (let k5 in doc) {
              if (!hasOwn(doc, k5))
                continue;
              k5 === "__proto__" && writeKey(doc);
              let v = doc[k5];
              v instanceof NumericValue || (doc[k5] = this._read(ns, v));
            }
          }
        return value;
      }
      _readStruct(ns, record) {
        let union = ns.isUnionSchema(), out = {}, nameMap, hasType = typeof record.__type == "string", { jsonName } = this.settings;
        jsonName && hasType && (nameMap = {});
        let unionSerde;
        union && (unionSerde = new UnionSerde(record, out));
        for (let [memberName, memberSchema] of ns.structIterator()) {
          let fromKey = memberName;
          jsonName && (fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey, hasType && (nameMap[fromKey] = memberName)), union && unionSerde.mark(fromKey), record[fromKey] != null && (out[memberName] = this._read(memberSchema, record[fromKey]));
        }
        if (union)
          unionSerde.writeUnknown();
        else if (hasType)
          for (let k5 in record) {
            if (!hasOwn(record, k5))
              continue;
            let v = record[k5], t = jsonName ? nameMap[k5] ?? k5 : k5;
            t in out || (out[t] = v);
          }
        return out;
      }
      needsTransform(ns) {
        return !!(ns.isBlobSchema() || ns.isTimestampSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema() || ns.isNumericSchema() || ns.isDocumentSchema() || ns.isStructSchema() || ns.isListSchema() || ns.isMapSchema() || ns.isStringSchema() && ns.getMergedTraits().mediaType);
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonBytesStringAdapter.js
var JsonBytesStringAdapter, warned, init_JsonBytesStringAdapter = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonBytesStringAdapter.js"() {
    init_serde();
    JsonBytesStringAdapter = class _JsonBytesStringAdapter extends Uint8Array {
      string = null;
      static allocUnsafe(bytes) {
        if (typeof Buffer == "function") {
          let buffer = Buffer.allocUnsafe(bytes);
          return new _JsonBytesStringAdapter(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        }
        return new _JsonBytesStringAdapter(bytes);
      }
      toString() {
        return this.s();
      }
      valueOf() {
        return this.s();
      }
      includes(searchString, position) {
        return typeof searchString == "string" ? this.s().includes(searchString, position) : Uint8Array.prototype.includes.call(this, searchString, position);
      }
      indexOf(searchString, position) {
        return typeof searchString == "string" ? this.s().indexOf(searchString, position) : Uint8Array.prototype.indexOf.call(this, searchString, position);
      }
      lastIndexOf(searchString, position) {
        if (typeof searchString == "string")
          return this.s().lastIndexOf(searchString, position);
        let fn = Uint8Array.prototype.lastIndexOf;
        return position !== void 0 ? fn.call(this, searchString, position) : fn.call(this, searchString);
      }
      startsWith(searchString, position) {
        return this.s().startsWith(searchString, position);
      }
      endsWith(searchString, endPosition) {
        return this.s().endsWith(searchString, endPosition);
      }
      match(regexp) {
        return this.s().match(regexp);
      }
      replace(searchValue, replaceValue) {
        return this.s().replace(searchValue, replaceValue);
      }
      search(regexp) {
        return this.s().search(regexp);
      }
      split(separator, limit) {
        return this.s().split(separator, limit);
      }
      substring(start, end2) {
        return this.s().substring(start, end2);
      }
      trim() {
        return this.s().trim();
      }
      trimStart() {
        return this.s().trimStart();
      }
      trimEnd() {
        return this.s().trimEnd();
      }
      charAt(pos2) {
        return this.s().charAt(pos2);
      }
      charCodeAt(index) {
        return this.s().charCodeAt(index);
      }
      padStart(maxLength, fillString) {
        return this.s().padStart(maxLength, fillString);
      }
      padEnd(maxLength, fillString) {
        return this.s().padEnd(maxLength, fillString);
      }
      repeat(count) {
        return this.s().repeat(count);
      }
      toUpperCase() {
        return this.s().toUpperCase();
      }
      toLowerCase() {
        return this.s().toLowerCase();
      }
      s() {
        if (this.string == null) {
          let n3 = Date.now();
          n3 > warned + 6e4 && (console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."), warned = n3), this.string = toUtf8(this);
        }
        return this.string;
      }
    }, warned = 0;
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonShapeSerializer2.js
function alloc(size) {
  return JsonBytesStringAdapter.allocUnsafe(size);
}
var encoder, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, QUOTE, COLON, COMMA, BACKSLASH, TRUE, FALSE, NULL, ESCAPE_TABLE, INITIAL_BUFFER_SIZE, JsonShapeSerializer2, init_JsonShapeSerializer2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonShapeSerializer2.js"() {
    init_determineTimestampFormat();
    init_schema();
    init_serde();
    init_ConfigurableSerdeContext();
    init_transport();
    init_JsonBytesStringAdapter();
    encoder = new TextEncoder(), OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, QUOTE = 34, COLON = 58, COMMA = 44, BACKSLASH = 92, TRUE = new Uint8Array([116, 114, 117, 101]), FALSE = new Uint8Array([102, 97, 108, 115, 101]), NULL = new Uint8Array([110, 117, 108, 108]), ESCAPE_TABLE = new Array(128).fill(null);
    ESCAPE_TABLE[8] = "b";
    ESCAPE_TABLE[9] = "t";
    ESCAPE_TABLE[10] = "n";
    ESCAPE_TABLE[12] = "f";
    ESCAPE_TABLE[13] = "r";
    ESCAPE_TABLE[34] = '"';
    ESCAPE_TABLE[92] = "\\";
    for (let i5 = 0; i5 < 32; i5++)
      ESCAPE_TABLE[i5] === null && (ESCAPE_TABLE[i5] = "u00" + i5.toString(16).padStart(2, "0"));
    INITIAL_BUFFER_SIZE = 2048;
    JsonShapeSerializer2 = class _JsonShapeSerializer2 extends SerdeContextConfig {
      settings;
      json;
      i = 0;
      rootSchema;
      rawValue;
      passthrough = !1;
      constructor(settings) {
        super(), this.settings = settings, this.json = alloc(INITIAL_BUFFER_SIZE);
      }
      write(schema, value) {
        this.i = 0, this.rawValue = value, this.rootSchema = NormalizedSchema.of(schema), this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema(), this.passthrough || this.writeValue(this.rootSchema, value, void 0);
      }
      writeDiscriminatedDocument(schema, value) {
        this.i = 0, this.rootSchema = NormalizedSchema.of(schema);
        let ns = this.rootSchema;
        if (ns.isStructSchema() && value != null && typeof value == "object") {
          this.writeValue(ns, value, void 0);
          let prefix = `"__type":"${ns.getName(!0) ?? "Unknown"}",`, z = prefix.length;
          this.ensure(z), this.json.copyWithin(1 + z, 1, this.i), encoder.encodeInto(prefix, this.json.subarray(1)), this.i += z;
        } else
          this.writeValue(ns, value, void 0);
      }
      flush() {
        this.rootSchema = void 0;
        let finalPosition = this.i;
        this.i = 0;
        let raw = this.rawValue;
        if (this.rawValue = void 0, finalPosition === 0)
          return raw;
        let result = this.json.subarray(0, finalPosition);
        return this.json = alloc(INITIAL_BUFFER_SIZE), result;
      }
      ensure(byteCount) {
        let { i: i5, json } = this;
        if (i5 + byteCount > json.length) {
          let newSize = json.length * 2;
          for (; newSize < i5 + byteCount; )
            newSize *= 2;
          let next = alloc(newSize);
          next.set(this.json), this.json = next;
        }
      }
      writeAscii(s2) {
        let z = s2.length;
        this.ensure(z);
        let { i: i5, json } = this;
        for (let j5 = 0; j5 < z; ++j5)
          json[i5] = s2.charCodeAt(j5), i5 += 1;
        this.i = i5;
      }
      writeAsciiQuoted(s2) {
        let z = s2.length;
        this.ensure(z + 4);
        let { json, i: i5 } = this;
        json[i5++] = QUOTE;
        for (let j5 = 0; j5 < z; ++j5)
          json[i5++] = s2.charCodeAt(j5);
        json[i5++] = QUOTE, this.i = i5;
      }
      writeJsonString(s2) {
        let z = s2.length;
        this.ensure(z * 3 + 2), this.json[this.i++] = QUOTE;
        for (let j5 = 0; j5 < z; ++j5) {
          let c5 = s2.charCodeAt(j5);
          if (c5 > 34 && c5 < 92)
            this.json[this.i++] = c5;
          else if (c5 < 128) {
            let esc = ESCAPE_TABLE[c5];
            if (esc !== null) {
              this.ensure(esc.length + 1 + (z - j5 - 1) * 3 + 1), this.json[this.i++] = BACKSLASH;
              for (let k5 = 0; k5 < esc.length; k5++)
                this.json[this.i++] = esc.charCodeAt(k5);
            } else
              this.json[this.i++] = c5;
          } else if (c5 >= 55296 && c5 <= 56319) {
            let next = j5 + 1 < z ? s2.charCodeAt(j5 + 1) : 0;
            if (next >= 56320 && next <= 57343) {
              this.ensure(4);
              let { written } = encoder.encodeInto(s2.substring(j5, j5 + 2), this.json.subarray(this.i));
              this.i += written, ++j5;
            } else
              this.ensure(6 + (z - j5 - 1) * 3 + 1), this.writeUnicodeEscape(c5);
          } else if (c5 >= 56320 && c5 <= 57343)
            this.ensure(6 + (z - j5 - 1) * 3 + 1), this.writeUnicodeEscape(c5);
          else {
            let { i: i5, json } = this;
            c5 < 2048 ? (json[i5++] = 192 | c5 >> 6, json[i5++] = 128 | c5 & 63) : (json[i5++] = 224 | c5 >> 12, json[i5++] = 128 | c5 >> 6 & 63, json[i5++] = 128 | c5 & 63), this.i = i5;
          }
        }
        this.json[this.i++] = QUOTE;
      }
      writeUnicodeEscape(code) {
        let { json, i: i5 } = this;
        json[i5++] = BACKSLASH, json[i5++] = 117;
        let hex = code.toString(16).padStart(4, "0");
        for (let j5 = 0; j5 < 4; ++j5)
          json[i5++] = hex.charCodeAt(j5);
        this.i = i5;
      }
      static B64 = (() => {
        let chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", table = new Uint8Array(64);
        for (let i5 = 0; i5 < 64; ++i5)
          table[i5] = chars.charCodeAt(i5);
        return table;
      })();
      writeBase64(data) {
        let b64Len = Math.ceil(data.length / 3) * 4;
        this.ensure(b64Len + 2);
        let json = this.json, B64 = _JsonShapeSerializer2.B64, i5 = this.i;
        json[i5++] = QUOTE;
        let len = data.length, remainder = len % 3, mainLen = len - remainder;
        for (let j5 = 0; j5 < mainLen; j5 += 3) {
          let a5 = data[j5], b5 = data[j5 + 1], c5 = data[j5 + 2];
          json[i5++] = B64[a5 >> 2], json[i5++] = B64[(a5 & 3) << 4 | b5 >> 4], json[i5++] = B64[(b5 & 15) << 2 | c5 >> 6], json[i5++] = B64[c5 & 63];
        }
        if (remainder === 2) {
          let a5 = data[mainLen], b5 = data[mainLen + 1];
          json[i5++] = B64[a5 >> 2], json[i5++] = B64[(a5 & 3) << 4 | b5 >> 4], json[i5++] = B64[(b5 & 15) << 2], json[i5++] = 61;
        } else if (remainder === 1) {
          let a5 = data[mainLen];
          json[i5++] = B64[a5 >> 2], json[i5++] = B64[(a5 & 3) << 4], json[i5++] = 61, json[i5++] = 61;
        }
        json[i5++] = QUOTE, this.i = i5;
      }
      writeValue(schema, value, container) {
        if (value == null) {
          if (container?.isStructSchema()) {
            if (value === void 0 && NormalizedSchema.of(schema).isIdempotencyToken()) {
              this.writeAsciiQuoted(generateIdempotencyToken());
              return;
            }
            return;
          }
          this.ensure(4), this.json.set(NULL, this.i), this.i += 4;
          return;
        }
        let ns = NormalizedSchema.of(schema), isObject = typeof value == "object";
        if (ns.isStringSchema()) {
          let mediaType = ns.getMergedTraits().mediaType;
          if (mediaType && (mediaType === "application/json" || mediaType.endsWith("+json"))) {
            this.writeJsonString(LazyJsonString.from(value).toString());
            return;
          }
        }
        if (this.settings.bigNumberAsString && value != null && (ns.isBigIntegerSchema() || ns.isBigDecimalSchema())) {
          let asString = value instanceof NumericValue ? value.string : String(value);
          this.writeAsciiQuoted(asString);
          return;
        }
        if (isObject) {
          if (ns.isStructSchema()) {
            this.writeStruct(ns, value);
            return;
          }
          if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) {
            this.writeList(ns, value, ns.isDocumentSchema());
            return;
          }
          if (ns.isMapSchema()) {
            this.writeMap(ns, value, !1);
            return;
          }
          if (value instanceof Uint8Array && (ns.isBlobSchema() || ns.isDocumentSchema())) {
            this.writeBase64(value);
            return;
          }
          if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) {
            this.writeTimestamp(ns, value);
            return;
          }
          if (value instanceof NumericValue) {
            this.writeAscii(value.string);
            return;
          }
          if (ns.isDocumentSchema()) {
            Array.isArray(value) ? this.writeList(ns, value, !0) : this.writeMap(ns, value, !0);
            return;
          }
          let json = JSON.stringify(value);
          this.writeAscii(json);
          return;
        }
        if (typeof value == "string") {
          if (ns.isBlobSchema()) {
            let b64 = (this.serdeContext?.base64Encoder ?? toBase64)(value);
            this.writeAsciiQuoted(b64);
            return;
          }
          this.writeJsonString(value);
          return;
        }
        if (typeof value == "number") {
          if (Math.abs(value) === 1 / 0 || Number.isNaN(value)) {
            this.writeAsciiQuoted(String(value));
            return;
          }
          let numStr = String(value);
          this.writeAscii(numStr);
          return;
        }
        if (typeof value == "boolean") {
          this.ensure(5);
          let { i: i5, json } = this;
          value ? (json.set(TRUE, i5), i5 += 4) : (json.set(FALSE, i5), i5 += 5), this.i = i5;
          return;
        }
        if (typeof value == "bigint") {
          this.writeAscii(value.toString());
          return;
        }
        this.writeAscii(String(value));
      }
      writeStruct(ns, value) {
        this.ensure(2), this.json[this.i++] = OPEN_BRACE;
        let wroteAny = !1, hasType = typeof value.__type == "string", writtenKeys;
        hasType && (writtenKeys = /* @__PURE__ */ new Set());
        for (let [memberName, memberSchema] of ns.structIterator()) {
          let item = value[memberName];
          if (item == null && !memberSchema.isIdempotencyToken())
            continue;
          wroteAny && (this.ensure(1), this.json[this.i++] = COMMA), wroteAny = !0;
          let targetKey = this.settings.jsonName ? memberSchema.getMergedTraits().jsonName ?? memberName : memberName;
          writtenKeys && (writtenKeys.add(memberName), writtenKeys.add(targetKey)), this.writeAsciiQuoted(targetKey), this.json[this.i++] = COLON, this.writeValue(memberSchema, item, ns);
        }
        if (!wroteAny && ns.isUnionSchema()) {
          let { $unknown } = value;
          if (Array.isArray($unknown)) {
            let [k5, v] = $unknown;
            this.writeAsciiQuoted(k5), this.ensure(1), this.json[this.i++] = COLON, this.writeValue(15, v, ns);
          }
        } else if (hasType)
          for (let k5 in value) {
            if (writtenKeys.has(k5))
              continue;
            writtenKeys.add(k5);
            let v = value[k5];
            wroteAny && (this.ensure(1), this.json[this.i++] = COMMA), wroteAny = !0, this.writeAsciiQuoted(k5), this.ensure(1), this.json[this.i++] = COLON, this.writeValue(15, v, void 0);
          }
        this.ensure(1), this.json[this.i++] = CLOSE_BRACE;
      }
      writeList(ns, value, isDocument) {
        let sparse = !!ns.getMergedTraits().sparse, valueSchema = ns.getValueSchema();
        if (!isDocument && (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema())) {
          let hasSpecials = !1;
          for (let i5 = 0; i5 < value.length; ++i5) {
            let v = value[i5];
            if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0 || v == null && !sparse) {
              hasSpecials = !0;
              break;
            }
          }
          let json;
          if (!hasSpecials)
            json = JSON.stringify(value);
          else {
            let out = [];
            for (let i5 = 0; i5 < value.length; ++i5) {
              let v = value[i5];
              v == null && !sparse || (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0 ? out.push(String(v)) : out.push(v));
            }
            json = JSON.stringify(out);
          }
          this.ensure(json.length * 3), this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
          return;
        }
        this.ensure(2), this.json[this.i++] = OPEN_BRACKET;
        let wroteFirstItem = !1;
        for (let i5 = 0; i5 < value.length; ++i5) {
          let item = value[i5];
          (isDocument ? item === void 0 : item == null && !sparse) || (wroteFirstItem && (this.ensure(1), this.json[this.i++] = COMMA), this.writeValue(valueSchema, item, void 0), wroteFirstItem = !0);
        }
        this.ensure(1), this.json[this.i++] = CLOSE_BRACKET;
      }
      writeMap(ns, value, isDocument) {
        let sparse = !!ns.getMergedTraits().sparse, valueSchema = ns.getValueSchema();
        if (!isDocument && (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema())) {
          let modifications;
          for (let k5 in value) {
            if (!hasOwn(value, k5))
              continue;
            let v = value[k5];
            Number.isNaN(v) || v === 1 / 0 || v === -1 / 0 ? ((modifications ??= {})[k5] = v, value[k5] = String(v)) : v === null && !sparse && ((modifications ??= {})[k5] = null, value[k5] = void 0);
          }
          let json = JSON.stringify(value);
          modifications && Object.assign(value, modifications), this.ensure(json.length * 3), this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
          return;
        }
        this.ensure(2), this.json[this.i++] = OPEN_BRACE;
        let first = !0;
        for (let k5 in value) {
          if (!hasOwn(value, k5))
            continue;
          let v = value[k5];
          (isDocument ? v === void 0 : v == null && !sparse) || (first || (this.ensure(1), this.json[this.i++] = COMMA), first = !1, this.writeJsonString(k5), this.ensure(1), this.json[this.i++] = COLON, this.writeValue(valueSchema, v, void 0));
        }
        this.ensure(1), this.json[this.i++] = CLOSE_BRACE;
      }
      writeTimestamp(ns, value) {
        switch (determineTimestampFormat(ns, this.settings)) {
          case 5: {
            let iso = value.toISOString().replace(".000Z", "Z");
            this.writeAsciiQuoted(iso);
            return;
          }
          case 6: {
            this.writeAsciiQuoted(dateToUtcString(value));
            return;
          }
          case 7: {
            let epochSecs = String(value.getTime() / 1e3);
            this.writeAscii(epochSecs);
            return;
          }
          default: {
            let epochSecs = String(value.getTime() / 1e3);
            this.writeAscii(epochSecs);
            return;
          }
        }
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonCodec2.js
var JsonCodec2, init_JsonCodec2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonCodec2.js"() {
    init_ConfigurableSerdeContext();
    init_JsonShapeDeserializer2();
    init_JsonShapeSerializer2();
    JsonCodec2 = class extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super(), this.settings = settings;
      }
      createSerializer() {
        let serializer = new JsonShapeSerializer2(this.settings);
        return serializer.setSerdeContext(this.serdeContext), serializer;
      }
      createDeserializer() {
        let deserializer = new JsonShapeDeserializer2(this.settings);
        return deserializer.setSerdeContext(this.serdeContext), deserializer;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/SmithyRpcV2JsonProtocol.js
var SmithyRpcV2JsonProtocol, init_SmithyRpcV2JsonProtocol = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/SmithyRpcV2JsonProtocol.js"() {
    init_AbstractRpcV2Protocol();
    init_schema();
    init_JsonCodec2();
    init_parseJsonBody();
    SmithyRpcV2JsonProtocol = class extends AbstractRpcV2Protocol {
      codec = new JsonCodec2({
        timestampFormat: {
          useTrait: !1,
          default: 7
        },
        jsonName: !1,
        bigNumberAsString: !0
      });
      serializer = this.codec.createSerializer();
      deserializer = this.codec.createDeserializer();
      getShapeId() {
        return "smithy.protocols#rpcv2Json";
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return "rpc-v2-json";
      }
      applyEmptyBody(request) {
        request.body || (request.body = "{}");
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        let errorName = loadSmithyRpcV2JsonErrorCode(response, dataObject) ?? "Unknown", errorMetadata = {
          $metadata: metadata,
          $fault: response.statusCode <= 500 ? "client" : "server"
        }, namespace = this.options.defaultNamespace;
        errorName.includes("#") && ([namespace] = errorName.split("#"));
        let registry = this.compositeErrorRegistry, nsRegistry = TypeRegistry.for(namespace);
        registry.copyFrom(nsRegistry);
        let errorSchema;
        try {
          errorSchema = registry.getSchema(errorName);
        } catch {
          dataObject.Message && (dataObject.message = dataObject.Message);
          let syntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + namespace);
          registry.copyFrom(syntheticRegistry);
          let baseExceptionSchema = registry.getBaseException();
          if (baseExceptionSchema) {
            let ErrorCtor2 = registry.getErrorCtor(baseExceptionSchema);
            throw Object.assign(new ErrorCtor2({ name: errorName }), errorMetadata, dataObject);
          }
          throw Object.assign(new Error(errorName), errorMetadata, dataObject);
        }
        let ns = NormalizedSchema.of(errorSchema), ErrorCtor = registry.getErrorCtor(errorSchema), message = dataObject.message ?? dataObject.Message ?? "Unknown", exception = new ErrorCtor({}), output = {}, errorDeserializer = this.codec.createDeserializer();
        for (let [name, member] of ns.structIterator())
          dataObject[name] != null && (output[name] = errorDeserializer.readObject(member, dataObject[name]));
        throw Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message
        }, output);
      }
      getDefaultContentType() {
        return "application/json";
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v1/JsonShapeDeserializer.js
var JsonShapeDeserializer, init_JsonShapeDeserializer = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v1/JsonShapeDeserializer.js"() {
    init_determineTimestampFormat();
    init_schema();
    init_serde();
    init_serde();
    init_transport();
    init_ConfigurableSerdeContext();
    init_UnionSerde();
    init_jsonReviver();
    init_needsReviver();
    init_parseJsonBody();
    JsonShapeDeserializer = class extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super(), this.settings = settings;
      }
      async read(schema, data) {
        let reviver = needsReviver(schema) ? jsonReviver : void 0;
        return this._read(schema, typeof data == "string" ? JSON.parse(data, reviver) : await parseJsonBody(data, this.serdeContext, schema));
      }
      readObject(schema, data) {
        return this._read(schema, data);
      }
      _read(schema, value) {
        let isObject = value !== null && typeof value == "object", ns = NormalizedSchema.of(schema);
        if (isObject) {
          if (ns.isStructSchema()) {
            let record = value, union = ns.isUnionSchema(), out = {}, nameMap, { jsonName } = this.settings;
            jsonName && (nameMap = {});
            let unionSerde;
            union && (unionSerde = new UnionSerde(record, out));
            for (let [memberName, memberSchema] of ns.structIterator()) {
              let fromKey = memberName;
              jsonName && (fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey, nameMap[fromKey] = memberName), union && unionSerde.mark(fromKey), record[fromKey] != null && (out[memberName] = this._read(memberSchema, record[fromKey]));
            }
            if (union)
              unionSerde.writeUnknown();
            else if (typeof record.__type == "string")
              for (let k5 in record) {
                if (!hasOwn(record, k5))
                  continue;
                let v = record[k5], t = jsonName ? nameMap[k5] ?? k5 : k5;
                t in out || (out[t] = v);
              }
            return out;
          }
          if (Array.isArray(value) && ns.isListSchema()) {
            let listMember = ns.getValueSchema(), out = [];
            for (let item of value)
              out.push(this._read(listMember, item));
            return out;
          }
          if (ns.isMapSchema()) {
            let mapMember = ns.getValueSchema(), out = {};
            for (let _k in value)
              hasOwn(value, _k) && (_k === "__proto__" && writeKey(out), out[_k] = this._read(mapMember, value[_k]));
            return out;
          }
        }
        if (ns.isBlobSchema() && typeof value == "string")
          return fromBase64(value);
        let mediaType = ns.getMergedTraits().mediaType;
        if (ns.isStringSchema() && typeof value == "string" && mediaType)
          return mediaType === "application/json" || mediaType.endsWith("+json") ? LazyJsonString.from(value) : value;
        if (ns.isTimestampSchema() && value != null)
          switch (determineTimestampFormat(ns, this.settings)) {
            case 5:
              return parseRfc3339DateTimeWithOffset(value);
            case 6:
              return parseRfc7231DateTime(value);
            case 7:
              return parseEpochTimestamp(value);
            default:
              return console.warn("Missing timestamp format, parsing value with Date constructor:", value), new Date(value);
          }
        if (ns.isBigIntegerSchema() && (typeof value == "number" || typeof value == "string"))
          return BigInt(value);
        if (ns.isBigDecimalSchema() && value != null) {
          if (value instanceof NumericValue)
            return value;
          let untyped = value;
          return untyped.type === "bigDecimal" && "string" in untyped ? new NumericValue(untyped.string, untyped.type) : new NumericValue(String(value), "bigDecimal");
        }
        if (ns.isNumericSchema() && typeof value == "string") {
          switch (value) {
            case "Infinity":
              return 1 / 0;
            case "-Infinity":
              return -1 / 0;
            case "NaN":
              return NaN;
          }
          return value;
        }
        if (ns.isDocumentSchema())
          if (isObject) {
            let out = Array.isArray(value) ? [] : {};
            for (let k5 in value) {
              if (!hasOwn(value, k5))
                continue;
              k5 === "__proto__" && writeKey(out);
              let v = value[k5];
              v instanceof NumericValue ? out[k5] = v : out[k5] = this._read(ns, v);
            }
            return out;
          } else
            return structuredClone(value);
        return value;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/jsonReplacer.js
var NUMERIC_CONTROL_CHAR, JsonReplacer, init_jsonReplacer = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/jsonReplacer.js"() {
    init_serde();
    NUMERIC_CONTROL_CHAR = "Ν", JsonReplacer = class {
      values = /* @__PURE__ */ new Map();
      counter = 0;
      stage = 0;
      createReplacer() {
        if (this.stage === 1)
          throw new Error("@aws-sdk/core/protocols - JsonReplacer already created.");
        if (this.stage === 2)
          throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
        return this.stage = 1, (key, value) => {
          if (value instanceof NumericValue) {
            let v = `${NUMERIC_CONTROL_CHAR + "nv" + this.counter++}_` + value.string;
            return this.values.set(`"${v}"`, value.string), v;
          }
          if (typeof value == "bigint") {
            let s2 = value.toString(), v = `${NUMERIC_CONTROL_CHAR + "b" + this.counter++}_` + s2;
            return this.values.set(`"${v}"`, s2), v;
          }
          return value;
        };
      }
      replaceInJson(json) {
        if (this.stage === 0)
          throw new Error("@aws-sdk/core/protocols - JsonReplacer not created yet.");
        if (this.stage === 2)
          throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
        if (this.stage = 2, this.counter === 0)
          return json;
        for (let [key, value] of this.values)
          json = json.replace(key, value);
        return json;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v1/JsonShapeSerializer.js
var JsonShapeSerializer, init_JsonShapeSerializer = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v1/JsonShapeSerializer.js"() {
    init_determineTimestampFormat();
    init_schema();
    init_serde();
    init_ConfigurableSerdeContext();
    init_jsonReplacer();
    init_transport();
    JsonShapeSerializer = class extends SerdeContextConfig {
      settings;
      buffer;
      useReplacer = !1;
      rootSchema;
      constructor(settings) {
        super(), this.settings = settings;
      }
      write(schema, value) {
        this.rootSchema = NormalizedSchema.of(schema), this.buffer = this._write(this.rootSchema, value);
      }
      flush() {
        let { rootSchema, useReplacer } = this;
        if (this.rootSchema = void 0, this.useReplacer = !1, rootSchema?.isStructSchema() || rootSchema?.isDocumentSchema()) {
          if (!useReplacer)
            return JSON.stringify(this.buffer);
          let replacer = new JsonReplacer();
          return replacer.replaceInJson(JSON.stringify(this.buffer, replacer.createReplacer(), 0));
        }
        return this.buffer;
      }
      writeDiscriminatedDocument(schema, value) {
        this.write(schema, value), typeof this.buffer == "object" && (this.buffer.__type = NormalizedSchema.of(schema).getName(!0));
      }
      _write(schema, value, container) {
        let isObject = value !== null && typeof value == "object", ns = NormalizedSchema.of(schema);
        if (isObject) {
          if (ns.isStructSchema()) {
            let record = value, out = {}, { jsonName } = this.settings, nameMap;
            jsonName && (nameMap = {});
            let outCount = 0;
            for (let [memberName, memberSchema] of ns.structIterator()) {
              let serializableValue = this._write(memberSchema, record[memberName], ns);
              if (serializableValue !== void 0) {
                let targetKey = memberName;
                jsonName && (targetKey = memberSchema.getMergedTraits().jsonName ?? memberName, nameMap[memberName] = targetKey), out[targetKey] = serializableValue, outCount++;
              }
            }
            if (ns.isUnionSchema() && outCount === 0) {
              let { $unknown } = record;
              if (Array.isArray($unknown)) {
                let [k5, v] = $unknown;
                k5 === "__proto__" && writeKey(out), out[k5] = this._write(15, v);
              }
            } else if (typeof record.__type == "string")
              for (let k5 in record) {
                if (!hasOwn(record, k5))
                  continue;
                let v = record[k5], targetKey = jsonName ? nameMap[k5] ?? k5 : k5;
                targetKey in out || (out[targetKey] = this._write(15, v));
              }
            return out;
          }
          if (Array.isArray(value) && ns.isListSchema()) {
            let listMember = ns.getValueSchema(), out = [], sparse = !!ns.getMergedTraits().sparse;
            for (let item of value)
              (sparse || item != null) && out.push(this._write(listMember, item));
            return out;
          }
          if (ns.isMapSchema()) {
            let mapMember = ns.getValueSchema(), out = {}, sparse = !!ns.getMergedTraits().sparse;
            for (let _k in value) {
              if (!hasOwn(value, _k))
                continue;
              let _v = value[_k];
              (sparse || _v != null) && (_k === "__proto__" && writeKey(out), out[_k] = this._write(mapMember, _v));
            }
            return out;
          }
          if (value instanceof Uint8Array && ns.isBlobSchema())
            return ns === this.rootSchema ? value : (this.serdeContext?.base64Encoder ?? toBase64)(value);
          if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema()))
            switch (determineTimestampFormat(ns, this.settings)) {
              case 5:
                return value.toISOString().replace(".000Z", "Z");
              case 6:
                return dateToUtcString(value);
              case 7:
                return value.getTime() / 1e3;
              default:
                return console.warn("Missing timestamp format, using epoch seconds", value), value.getTime() / 1e3;
            }
          value instanceof NumericValue && (this.useReplacer = !0);
        }
        if (!(value === null && container?.isStructSchema())) {
          if (ns.isStringSchema()) {
            if (typeof value > "u" && ns.isIdempotencyToken())
              return generateIdempotencyToken();
            let mediaType = ns.getMergedTraits().mediaType;
            return value != null && mediaType && (mediaType === "application/json" || mediaType.endsWith("+json")) ? LazyJsonString.from(value) : value;
          }
          if (typeof value == "number")
            return Math.abs(value) === 1 / 0 || isNaN(value) ? String(value) : value;
          if (typeof value == "string" && ns.isBlobSchema())
            return ns === this.rootSchema ? value : (this.serdeContext?.base64Encoder ?? toBase64)(value);
          if (typeof value == "bigint" && (this.useReplacer = !0), ns.isDocumentSchema())
            if (isObject) {
              if (value instanceof Uint8Array)
                return (this.serdeContext?.base64Encoder ?? toBase64)(value);
              let out = Array.isArray(value) ? [] : {};
              for (let k5 in value) {
                if (!hasOwn(value, k5))
                  continue;
                let v = value[k5];
                k5 === "__proto__" && writeKey(out), v instanceof NumericValue ? (this.useReplacer = !0, out[k5] = v) : out[k5] = this._write(ns, v);
              }
              return out;
            } else
              return structuredClone(value);
          return value;
        }
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v1/JsonCodec.js
var JsonCodec, init_JsonCodec = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v1/JsonCodec.js"() {
    init_ConfigurableSerdeContext();
    init_JsonShapeDeserializer();
    init_JsonShapeSerializer();
    JsonCodec = class extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super(), this.settings = settings;
      }
      createSerializer() {
        let serializer = new JsonShapeSerializer(this.settings);
        return serializer.setSerdeContext(this.serdeContext), serializer;
      }
      createDeserializer() {
        let deserializer = new JsonShapeDeserializer(this.settings);
        return deserializer.setSerdeContext(this.serdeContext), deserializer;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/protocols/index.js
var protocols_exports = {};
__export(protocols_exports, {
  AbstractRpcV2Protocol: () => AbstractRpcV2Protocol,
  Field: () => Field,
  Fields: () => Fields,
  FromStringShapeDeserializer: () => FromStringShapeDeserializer,
  HttpBindingProtocol: () => HttpBindingProtocol,
  HttpInterceptingShapeDeserializer: () => HttpInterceptingShapeDeserializer,
  HttpInterceptingShapeSerializer: () => HttpInterceptingShapeSerializer,
  HttpProtocol: () => HttpProtocol,
  HttpRequest: () => HttpRequest,
  HttpResponse: () => HttpResponse,
  JsonCodec: () => JsonCodec,
  JsonCodec2: () => JsonCodec2,
  JsonShapeDeserializer: () => JsonShapeDeserializer,
  JsonShapeDeserializer2: () => JsonShapeDeserializer2,
  JsonShapeSerializer: () => JsonShapeSerializer,
  JsonShapeSerializer2: () => JsonShapeSerializer2,
  RequestBuilder: () => RequestBuilder,
  RpcProtocol: () => RpcProtocol,
  SerdeContext: () => SerdeContext,
  SmithyRpcV2JsonProtocol: () => SmithyRpcV2JsonProtocol,
  ToStringShapeSerializer: () => ToStringShapeSerializer,
  buildQueryString: () => buildQueryString,
  collectBody: () => collectBody,
  contentLengthMiddleware: () => contentLengthMiddleware,
  contentLengthMiddlewareOptions: () => contentLengthMiddlewareOptions,
  determineTimestampFormat: () => determineTimestampFormat,
  escapeUri: () => escapeUri,
  escapeUriPath: () => escapeUriPath,
  extendedEncodeURIComponent: () => extendedEncodeURIComponent,
  getContentLengthPlugin: () => getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration: () => getHttpHandlerExtensionConfiguration,
  isValidHostname: () => isValidHostname,
  loadJsonRpcErrorCode: () => loadJsonRpcErrorCode,
  loadRestJsonErrorCode: () => loadRestJsonErrorCode,
  loadSmithyRpcV2JsonErrorCode: () => loadSmithyRpcV2JsonErrorCode,
  parseJsonBody: () => parseJsonBody,
  parseJsonErrorBody: () => parseJsonErrorBody,
  parseQueryString: () => parseQueryString,
  parseUrl: () => parseUrl,
  requestBuilder: () => requestBuilder,
  resolveHttpHandlerRuntimeConfig: () => resolveHttpHandlerRuntimeConfig,
  resolvedPath: () => resolvedPath
});
var init_protocols = __esm({
  "node_modules/@smithy/core/dist-es/submodules/protocols/index.js"() {
    init_collect_stream_body();
    init_extended_encode_uri_component();
    init_HttpBindingProtocol();
    init_HttpProtocol();
    init_RpcProtocol();
    init_AbstractRpcV2Protocol();
    init_requestBuilder();
    init_resolve_path();
    init_FromStringShapeDeserializer();
    init_HttpInterceptingShapeDeserializer();
    init_HttpInterceptingShapeSerializer();
    init_ToStringShapeSerializer();
    init_determineTimestampFormat();
    init_SerdeContext();
    init_Field();
    init_Fields();
    init_transport();
    init_transport();
    init_transport();
    init_httpExtensionConfiguration();
    init_contentLengthMiddleware();
    init_escape_uri();
    init_escape_uri_path();
    init_buildQueryString();
    init_transport();
    init_transport();
    init_SmithyRpcV2JsonProtocol();
    init_parseJsonBody();
    init_JsonCodec();
    init_JsonShapeSerializer();
    init_JsonShapeDeserializer();
    init_JsonCodec2();
    init_JsonShapeSerializer2();
    init_JsonShapeDeserializer2();
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/race.js
var race, createAbortError, isAbortError, init_race = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/race.js"() {
    race = (promise, signal) => {
      if (!signal)
        return promise;
      let cleanup = () => {
      }, aborted = new Promise((_, reject) => {
        let handler = () => reject(createAbortError(signal));
        signal.aborted ? handler() : typeof signal.addEventListener == "function" ? (signal.addEventListener("abort", handler, { once: !0 }), cleanup = () => signal.removeEventListener("abort", handler)) : signal.onabort = handler;
      });
      return Promise.race([promise, aborted]).finally(cleanup);
    }, createAbortError = (signal) => {
      let reason = signal.reason;
      return reason instanceof Error ? Object.assign(new Error("Request aborted"), { name: "AbortError", cause: reason }) : Object.assign(new Error(reason ? String(reason) : "Request aborted"), { name: "AbortError" });
    }, isAbortError = (error) => typeof error == "object" && error !== null && "name" in error && error.name === "AbortError";
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/constants.js
var DEFAULT_RETRY_DELAY_BASE, MAXIMUM_RETRY_DELAY, THROTTLING_RETRY_DELAY_BASE, INITIAL_RETRY_TOKENS, RETRY_COST, TIMEOUT_RETRY_COST, NO_RETRY_INCREMENT, INVOCATION_ID_HEADER, REQUEST_HEADER, init_constants2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/constants.js"() {
    DEFAULT_RETRY_DELAY_BASE = 100, MAXIMUM_RETRY_DELAY = 2e4, THROTTLING_RETRY_DELAY_BASE = 500, INITIAL_RETRY_TOKENS = 500, RETRY_COST = 5, TIMEOUT_RETRY_COST = 10, NO_RETRY_INCREMENT = 1, INVOCATION_ID_HEADER = "amz-sdk-invocation-id", REQUEST_HEADER = "amz-sdk-request";
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/parseRetryAfterHeader.js
function parseRetryAfterHeader(response, logger) {
  if (HttpResponse.isInstance(response))
    for (let header in response.headers) {
      if (!hasOwn(response.headers, header))
        continue;
      let h5 = header.toLowerCase();
      if (h5 === "retry-after") {
        let retryAfter = response.headers[header], retryAfterSeconds = NaN;
        if (retryAfter.endsWith("GMT"))
          try {
            retryAfterSeconds = (parseRfc7231DateTime(retryAfter).getTime() - Date.now()) / 1e3;
          } catch (e5) {
            logger?.trace?.("Failed to parse retry-after header"), logger?.trace?.(e5);
          }
        else retryAfter.match(/ GMT, ((\d+)|(\d+\.\d+))$/) ? retryAfterSeconds = Number(retryAfter.match(/ GMT, ([\d.]+)$/)?.[1]) : retryAfter.match(/^((\d+)|(\d+\.\d+))$/) ? retryAfterSeconds = Number(retryAfter) : Date.parse(retryAfter) >= Date.now() && (retryAfterSeconds = (Date.parse(retryAfter) - Date.now()) / 1e3);
        return isNaN(retryAfterSeconds) ? void 0 : new Date(Date.now() + retryAfterSeconds * 1e3);
      } else if (h5 === "x-amz-retry-after") {
        let v = response.headers[header], backoffMilliseconds = Number(v);
        if (isNaN(backoffMilliseconds)) {
          logger?.trace?.(`Failed to parse x-amz-retry-after=${v}`);
          return;
        }
        return new Date(Date.now() + backoffMilliseconds);
      }
    }
}
function getRetryAfterHint(response, logger) {
  return parseRetryAfterHeader(response, logger);
}
var init_parseRetryAfterHeader = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/parseRetryAfterHeader.js"() {
    init_transport();
    init_protocols();
    init_serde();
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/util.js
var asSdkError, init_util = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/util.js"() {
    asSdkError = (error) => error instanceof Error ? error : error instanceof Object ? Object.assign(new Error(), error) : typeof error == "string" ? new Error(error) : new Error(`AWS SDK error wrapper for ${error}`);
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retryMiddleware.js
function bindRetryMiddleware(isStreamingPayload2) {
  return (options) => (next, context) => async (args) => {
    let retryStrategy = await options.retryStrategy(), maxAttempts = await options.maxAttempts(), abortSignal = context[import_types2.SMITHY_CONTEXT_KEY]?.abortSignal;
    if (isRetryStrategyV2(retryStrategy)) {
      retryStrategy = retryStrategy;
      let retryTokenScope = (context.partition_id ?? "") + (context.__retryLongPoll ? ":longpoll" : ""), retryToken = await race(retryStrategy.acquireInitialRetryToken(retryTokenScope), abortSignal), lastError = new Error(), attempts = 0, totalRetryDelay = 0, { request } = args, isRequest = HttpRequest.isInstance(request);
      for (isRequest && (request.headers[INVOCATION_ID_HEADER] = v4()); ; )
        try {
          isRequest && (request.headers[REQUEST_HEADER] = `attempt=${attempts + 1}; max=${maxAttempts}`);
          let { response, output } = await next(args);
          return retryStrategy.recordSuccess(retryToken), output.$metadata.attempts = attempts + 1, output.$metadata.totalRetryDelay = totalRetryDelay, { response, output };
        } catch (e5) {
          let retryErrorInfo = getRetryErrorInfo(e5, options.logger);
          if (lastError = asSdkError(e5), isRequest && isStreamingPayload2(request))
            throw (context.logger instanceof NoOpLogger ? console : context.logger)?.warn("An error was encountered in a non-retryable streaming request."), lastError;
          try {
            if (abortSignal?.aborted)
              throw lastError;
            retryToken = await race(retryStrategy.refreshRetryTokenForRetry(retryToken, retryErrorInfo), abortSignal);
          } catch (refreshError) {
            throw refreshError !== lastError && abortSignal?.aborted && isAbortError(refreshError) ? refreshError : (lastError.$metadata || (lastError.$metadata = {}), lastError.$metadata.attempts = attempts + 1, lastError.$metadata.totalRetryDelay = totalRetryDelay, lastError);
          }
          attempts = retryToken.getRetryCount();
          let delay = retryToken.getRetryDelay();
          totalRetryDelay += (retryToken?.$retryLog?.acquisitionDelay ?? 0) + delay, delay > 0 && await race(new Promise((resolve) => setTimeout(resolve, delay)), abortSignal);
        }
    } else
      return retryStrategy = retryStrategy, retryStrategy?.mode && (context.userAgent = [...context.userAgent || [], ["cfg/retry-mode", retryStrategy.mode]]), retryStrategy.retry(next, args);
  };
}
function bindGetRetryPlugin(isStreamingPayload2) {
  let retryMiddleware2 = bindRetryMiddleware(isStreamingPayload2);
  return (options) => ({
    applyToStack: (clientStack) => {
      clientStack.add(retryMiddleware2(options), retryMiddlewareOptions);
    }
  });
}
var import_types2, isRetryStrategyV2, getRetryErrorInfo, getRetryErrorType, retryMiddlewareOptions, init_retryMiddleware = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retryMiddleware.js"() {
    init_client();
    init_protocols();
    init_serde();
    import_types2 = __toESM(require_dist_cjs());
    init_service_error_classification();
    init_race();
    init_constants2();
    init_parseRetryAfterHeader();
    init_util();
    isRetryStrategyV2 = (retryStrategy) => typeof retryStrategy.acquireInitialRetryToken < "u" && typeof retryStrategy.refreshRetryTokenForRetry < "u" && typeof retryStrategy.recordSuccess < "u", getRetryErrorInfo = (error, logger) => {
      let errorInfo = {
        error,
        errorType: getRetryErrorType(error)
      }, retryAfterHint = parseRetryAfterHeader(error.$response, logger);
      return retryAfterHint && (errorInfo.retryAfterHint = retryAfterHint), errorInfo;
    }, getRetryErrorType = (error) => isThrottlingError(error) ? "THROTTLING" : isTransientError(error) ? "TRANSIENT" : isServerError(error) ? "SERVER_ERROR" : "CLIENT_ERROR", retryMiddlewareOptions = {
      name: "retryMiddleware",
      tags: ["RETRY"],
      step: "finalizeRequest",
      priority: "high",
      override: !0
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/DefaultRateLimiter.js
var DefaultRateLimiter, init_DefaultRateLimiter = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/DefaultRateLimiter.js"() {
    init_service_error_classification();
    DefaultRateLimiter = class _DefaultRateLimiter {
      static setTimeoutFn = (fn, delay) => setTimeout(fn, delay);
      beta;
      minCapacity;
      minFillRate;
      scaleConstant;
      smooth;
      enabled = !1;
      availableTokens = 0;
      lastMaxRate = 0;
      measuredTxRate = 0;
      requestCount = 0;
      fillRate;
      lastThrottleTime;
      lastTimestamp = 0;
      lastTxRateBucket;
      maxCapacity;
      timeWindow = 0;
      constructor(options) {
        this.beta = options?.beta ?? 0.7, this.minCapacity = options?.minCapacity ?? 1, this.minFillRate = options?.minFillRate ?? 0.5, this.scaleConstant = options?.scaleConstant ?? 0.4, this.smooth = options?.smooth ?? 0.8, this.lastThrottleTime = this.getCurrentTimeInSeconds(), this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds()), this.fillRate = this.minFillRate, this.maxCapacity = this.minCapacity;
      }
      async getSendToken() {
        return this.acquireTokenBucket(1);
      }
      updateClientSendingRate(response) {
        let calculatedRate;
        this.updateMeasuredRate();
        let retryErrorInfo = response;
        if (retryErrorInfo?.errorType === "THROTTLING" || isThrottlingError(retryErrorInfo?.error ?? response)) {
          let rateToUse = this.enabled ? Math.min(this.measuredTxRate, this.fillRate) : this.measuredTxRate;
          this.lastMaxRate = rateToUse, this.calculateTimeWindow(), this.lastThrottleTime = this.getCurrentTimeInSeconds(), calculatedRate = this.cubicThrottle(rateToUse), this.enableTokenBucket();
        } else
          this.calculateTimeWindow(), calculatedRate = this.cubicSuccess(this.getCurrentTimeInSeconds());
        let newRate = Math.min(calculatedRate, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(newRate);
      }
      getCurrentTimeInSeconds() {
        return Date.now() / 1e3;
      }
      async acquireTokenBucket(amount) {
        if (this.enabled) {
          for (this.refillTokenBucket(); amount > this.availableTokens; ) {
            let delay = (amount - this.availableTokens) / this.fillRate * 1e3;
            await new Promise((resolve) => _DefaultRateLimiter.setTimeoutFn(resolve, delay)), this.refillTokenBucket();
          }
          this.availableTokens = this.availableTokens - amount;
        }
      }
      refillTokenBucket() {
        let timestamp = this.getCurrentTimeInSeconds();
        if (!this.lastTimestamp) {
          this.lastTimestamp = timestamp;
          return;
        }
        let fillAmount = (timestamp - this.lastTimestamp) * this.fillRate;
        this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + fillAmount), this.lastTimestamp = timestamp;
      }
      calculateTimeWindow() {
        this.timeWindow = this.getPrecise(Math.pow(this.lastMaxRate * (1 - this.beta) / this.scaleConstant, 1 / 3));
      }
      cubicThrottle(rateToUse) {
        return this.getPrecise(rateToUse * this.beta);
      }
      cubicSuccess(timestamp) {
        return this.getPrecise(this.scaleConstant * Math.pow(timestamp - this.lastThrottleTime - this.timeWindow, 3) + this.lastMaxRate);
      }
      enableTokenBucket() {
        this.enabled = !0;
      }
      updateTokenBucketRate(newRate) {
        this.refillTokenBucket(), this.fillRate = Math.max(newRate, this.minFillRate), this.maxCapacity = Math.max(newRate, this.minCapacity), this.availableTokens = Math.min(this.availableTokens, this.maxCapacity);
      }
      updateMeasuredRate() {
        let t = this.getCurrentTimeInSeconds(), timeBucket = Math.floor(t * 2) / 2;
        if (this.requestCount++, timeBucket > this.lastTxRateBucket) {
          let currentRate = this.requestCount / (timeBucket - this.lastTxRateBucket);
          this.measuredTxRate = this.getPrecise(currentRate * this.smooth + this.measuredTxRate * (1 - this.smooth)), this.requestCount = 0, this.lastTxRateBucket = timeBucket;
        }
      }
      getPrecise(num) {
        return parseFloat(num.toFixed(8));
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/retries-2026-config.js
var Retry, init_retries_2026_config = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/retries-2026-config.js"() {
    Retry = class {
      static v2026 = !0;
      static delay() {
        return 50;
      }
      static throttlingDelay() {
        return 1e3;
      }
      static cost() {
        return 14;
      }
      static throttlingCost() {
        return 5;
      }
      static modifiedCostType() {
        return "THROTTLING";
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/DefaultRetryBackoffStrategy.js
var DefaultRetryBackoffStrategy, init_DefaultRetryBackoffStrategy = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/DefaultRetryBackoffStrategy.js"() {
    init_retries_2026_config();
    DefaultRetryBackoffStrategy = class {
      x = Retry.delay();
      computeNextBackoffDelay(i5) {
        let t_i = Math.random() * Math.min(this.x * 2 ** i5, 2e4);
        return Math.floor(t_i);
      }
      setDelayBase(delay) {
        this.x = delay;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/DefaultRetryToken.js
var DefaultRetryToken, init_DefaultRetryToken = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/DefaultRetryToken.js"() {
    DefaultRetryToken = class {
      delay;
      count;
      cost;
      longPoll;
      $retryLog = {
        acquisitionDelay: 0
      };
      constructor(delay, count, cost, longPoll) {
        this.delay = delay, this.count = count, this.cost = cost, this.longPoll = longPoll;
      }
      getRetryCount() {
        return this.count;
      }
      getRetryDelay() {
        return Math.min(2e4, this.delay);
      }
      getRetryCost() {
        return this.cost;
      }
      isLongPoll() {
        return this.longPoll;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/config.js
var RETRY_MODES, DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_MODE, init_config2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/config.js"() {
    (function(RETRY_MODES2) {
      RETRY_MODES2.STANDARD = "standard", RETRY_MODES2.ADAPTIVE = "adaptive";
    })(RETRY_MODES || (RETRY_MODES = {}));
    DEFAULT_MAX_ATTEMPTS = 3, DEFAULT_RETRY_MODE = RETRY_MODES.STANDARD;
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/StandardRetryStrategy.js
var refusal, StandardRetryStrategy, init_StandardRetryStrategy = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/StandardRetryStrategy.js"() {
    init_DefaultRetryBackoffStrategy();
    init_DefaultRetryToken();
    init_config2();
    init_retries_2026_config();
    refusal = {
      incompatible: 1,
      attempts: 2,
      capacity: 3
    }, StandardRetryStrategy = class {
      mode = RETRY_MODES.STANDARD;
      retryBackoffStrategy;
      capacity = 500;
      maxAttemptsProvider;
      baseDelay;
      constructor(arg1) {
        typeof arg1 == "number" ? this.maxAttemptsProvider = async () => arg1 : typeof arg1 == "function" ? this.maxAttemptsProvider = arg1 : arg1 && typeof arg1 == "object" && (this.maxAttemptsProvider = async () => arg1.maxAttempts, this.baseDelay = arg1.baseDelay, this.retryBackoffStrategy = arg1.backoff), this.maxAttemptsProvider ??= async () => DEFAULT_MAX_ATTEMPTS, this.baseDelay ??= Retry.delay(), this.retryBackoffStrategy ??= new DefaultRetryBackoffStrategy();
      }
      async acquireInitialRetryToken(retryTokenScope) {
        return new DefaultRetryToken(Retry.delay(), 0, void 0, retryTokenScope.includes(":longpoll"));
      }
      async refreshRetryTokenForRetry(token, errorInfo) {
        let maxAttempts = await this.getMaxAttempts(), retryCode = this.retryCode(token, errorInfo, maxAttempts), shouldRetry = retryCode === 0, isLongPoll = token.isLongPoll?.();
        if (shouldRetry || isLongPoll) {
          let errorType = errorInfo.errorType;
          this.retryBackoffStrategy.setDelayBase(errorType === "THROTTLING" ? Retry.throttlingDelay() : this.baseDelay);
          let delayFromErrorType = this.retryBackoffStrategy.computeNextBackoffDelay(token.getRetryCount()), retryDelay = delayFromErrorType;
          if (errorInfo.retryAfterHint instanceof Date && (retryDelay = Math.max(delayFromErrorType, Math.min(errorInfo.retryAfterHint.getTime() - Date.now(), delayFromErrorType + 5e3))), shouldRetry) {
            let capacityCost = this.getCapacityCost(errorType);
            this.capacity -= capacityCost;
            let nextToken = new DefaultRetryToken(0, token.getRetryCount() + 1, capacityCost, token.isLongPoll?.() ?? !1);
            return await new Promise((r5) => setTimeout(r5, retryDelay)), nextToken.$retryLog.acquisitionDelay = retryDelay, nextToken;
          } else {
            let longPollBackoff = retryCode === refusal.capacity && isLongPoll ? retryDelay : 0;
            longPollBackoff > 0 && await new Promise((r5) => setTimeout(r5, longPollBackoff));
          }
        }
        throw new Error("No retry token available");
      }
      recordSuccess(token) {
        this.capacity = Math.min(500, this.capacity + (token.getRetryCost() ?? 1));
      }
      getCapacity() {
        return this.capacity;
      }
      async maxAttempts() {
        return this.maxAttemptsProvider();
      }
      async getMaxAttempts() {
        try {
          return await this.maxAttemptsProvider();
        } catch {
          return console.warn(`Max attempts provider could not resolve. Using default of ${DEFAULT_MAX_ATTEMPTS}`), DEFAULT_MAX_ATTEMPTS;
        }
      }
      retryCode(tokenToRenew, errorInfo, maxAttempts) {
        let attempts = tokenToRenew.getRetryCount() + 1, retryableStatus = this.isRetryableError(errorInfo.errorType) ? 0 : refusal.incompatible, attemptStatus = attempts < maxAttempts ? 0 : refusal.attempts, capacityStatus = this.capacity >= this.getCapacityCost(errorInfo.errorType) ? 0 : refusal.capacity;
        return retryableStatus || attemptStatus || capacityStatus;
      }
      getCapacityCost(errorType) {
        return errorType === Retry.modifiedCostType() ? Retry.throttlingCost() : Retry.cost();
      }
      isRetryableError(errorType) {
        return errorType === "THROTTLING" || errorType === "TRANSIENT";
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/AdaptiveRetryStrategy.js
var AdaptiveRetryStrategy, init_AdaptiveRetryStrategy = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/AdaptiveRetryStrategy.js"() {
    init_DefaultRateLimiter();
    init_StandardRetryStrategy();
    init_config2();
    AdaptiveRetryStrategy = class {
      mode = RETRY_MODES.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(maxAttemptsProvider, options) {
        let { rateLimiter } = options ?? {};
        this.rateLimiter = rateLimiter ?? new DefaultRateLimiter(), this.standardRetryStrategy = options ? new StandardRetryStrategy({
          maxAttempts: typeof maxAttemptsProvider == "number" ? maxAttemptsProvider : 3,
          ...options
        }) : new StandardRetryStrategy(maxAttemptsProvider);
      }
      async acquireInitialRetryToken(retryTokenScope) {
        let token = await this.standardRetryStrategy.acquireInitialRetryToken(retryTokenScope);
        return await this.rateLimiter.getSendToken(), token;
      }
      async refreshRetryTokenForRetry(tokenToRenew, errorInfo) {
        this.rateLimiter.updateClientSendingRate(errorInfo);
        let token = await this.standardRetryStrategy.refreshRetryTokenForRetry(tokenToRenew, errorInfo);
        return await this.rateLimiter.getSendToken(), token;
      }
      recordSuccess(token) {
        this.rateLimiter.updateClientSendingRate({}), this.standardRetryStrategy.recordSuccess(token);
      }
      async maxAttemptsProvider() {
        return this.standardRetryStrategy.maxAttempts();
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/util-retry/ConfiguredRetryStrategy.js
var ConfiguredRetryStrategy, init_ConfiguredRetryStrategy = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/util-retry/ConfiguredRetryStrategy.js"() {
    init_StandardRetryStrategy();
    init_retries_2026_config();
    ConfiguredRetryStrategy = class extends StandardRetryStrategy {
      computeNextBackoffDelay;
      constructor(maxAttempts, computeNextBackoffDelay = Retry.delay()) {
        super(typeof maxAttempts == "function" ? maxAttempts : async () => maxAttempts), typeof computeNextBackoffDelay == "number" ? this.computeNextBackoffDelay = () => computeNextBackoffDelay : this.computeNextBackoffDelay = computeNextBackoffDelay, this.retryBackoffStrategy.computeNextBackoffDelay = (completedAttempt) => {
          let nextAttempt = completedAttempt + 1;
          return this.computeNextBackoffDelay(nextAttempt);
        };
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/defaultRetryQuota.js
var getDefaultRetryQuota, init_defaultRetryQuota = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/defaultRetryQuota.js"() {
    getDefaultRetryQuota = (initialRetryTokens, options) => {
      let MAX_CAPACITY = initialRetryTokens, noRetryIncrement = options?.noRetryIncrement ?? 1, retryCost = options?.retryCost ?? 5, timeoutRetryCost = options?.timeoutRetryCost ?? 10, availableCapacity = initialRetryTokens, getCapacityAmount = (error) => error.name === "TimeoutError" ? timeoutRetryCost : retryCost, hasRetryTokens = (error) => getCapacityAmount(error) <= availableCapacity;
      return Object.freeze({
        hasRetryTokens,
        retrieveRetryTokens: (error) => {
          if (!hasRetryTokens(error))
            throw new Error("No retry token available");
          let capacityAmount = getCapacityAmount(error);
          return availableCapacity -= capacityAmount, capacityAmount;
        },
        releaseRetryTokens: (capacityReleaseAmount) => {
          availableCapacity += capacityReleaseAmount ?? noRetryIncrement, availableCapacity = Math.min(availableCapacity, MAX_CAPACITY);
        }
      });
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/delayDecider.js
var defaultDelayDecider, init_delayDecider = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/delayDecider.js"() {
    defaultDelayDecider = (delayBase, attempts) => Math.floor(Math.min(2e4, Math.random() * 2 ** attempts * delayBase));
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/retryDecider.js
var defaultRetryDecider, init_retryDecider = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/retryDecider.js"() {
    init_service_error_classification();
    defaultRetryDecider = (error) => error ? isRetryableByTrait(error) || isClockSkewError(error) || isThrottlingError(error) || isTransientError(error) : !1;
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/StandardRetryStrategy.js
var StandardRetryStrategy2, getDelayFromRetryAfterHeader, init_StandardRetryStrategy2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/StandardRetryStrategy.js"() {
    init_protocols();
    init_serde();
    init_service_error_classification();
    init_config2();
    init_constants2();
    init_util();
    init_defaultRetryQuota();
    init_delayDecider();
    init_retryDecider();
    StandardRetryStrategy2 = class {
      maxAttemptsProvider;
      retryDecider;
      delayDecider;
      retryQuota;
      mode = RETRY_MODES.STANDARD;
      constructor(maxAttemptsProvider, options) {
        this.maxAttemptsProvider = maxAttemptsProvider, this.retryDecider = options?.retryDecider ?? defaultRetryDecider, this.delayDecider = options?.delayDecider ?? defaultDelayDecider, this.retryQuota = options?.retryQuota ?? getDefaultRetryQuota(500);
      }
      shouldRetry(error, attempts, maxAttempts) {
        return attempts < maxAttempts && this.retryDecider(error) && this.retryQuota.hasRetryTokens(error);
      }
      async getMaxAttempts() {
        let maxAttempts;
        try {
          maxAttempts = await this.maxAttemptsProvider();
        } catch {
          maxAttempts = DEFAULT_MAX_ATTEMPTS;
        }
        return maxAttempts;
      }
      async retry(next, args, options) {
        let retryTokenAmount, attempts = 0, totalDelay = 0, maxAttempts = await this.getMaxAttempts(), { request } = args;
        for (HttpRequest.isInstance(request) && (request.headers[INVOCATION_ID_HEADER] = v4()); ; )
          try {
            HttpRequest.isInstance(request) && (request.headers[REQUEST_HEADER] = `attempt=${attempts + 1}; max=${maxAttempts}`), options?.beforeRequest && await options.beforeRequest();
            let { response, output } = await next(args);
            return options?.afterRequest && options.afterRequest(response), this.retryQuota.releaseRetryTokens(retryTokenAmount), output.$metadata.attempts = attempts + 1, output.$metadata.totalRetryDelay = totalDelay, { response, output };
          } catch (e5) {
            let err = asSdkError(e5);
            if (attempts++, this.shouldRetry(err, attempts, maxAttempts)) {
              retryTokenAmount = this.retryQuota.retrieveRetryTokens(err);
              let delayFromDecider = this.delayDecider(isThrottlingError(err) ? 500 : 100, attempts), delayFromResponse = getDelayFromRetryAfterHeader(err.$response), delay = Math.max(delayFromResponse || 0, delayFromDecider);
              totalDelay += delay, await new Promise((resolve) => setTimeout(resolve, delay));
              continue;
            }
            throw err.$metadata || (err.$metadata = {}), err.$metadata.attempts = attempts, err.$metadata.totalRetryDelay = totalDelay, err;
          }
      }
    }, getDelayFromRetryAfterHeader = (response) => {
      if (!HttpResponse.isInstance(response))
        return;
      let retryAfterHeaderName = Object.keys(response.headers).find((key) => key.toLowerCase() === "retry-after");
      if (!retryAfterHeaderName)
        return;
      let retryAfter = response.headers[retryAfterHeaderName], retryAfterSeconds = Number(retryAfter);
      if (!Number.isNaN(retryAfterSeconds))
        return Math.min(retryAfterSeconds * 1e3, 2e4);
      let retryAfterDate = new Date(retryAfter);
      return Math.min(retryAfterDate.getTime() - Date.now(), 2e4);
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/AdaptiveRetryStrategy.js
var AdaptiveRetryStrategy2, init_AdaptiveRetryStrategy2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retry-pre-sra-deprecated/AdaptiveRetryStrategy.js"() {
    init_DefaultRateLimiter();
    init_config2();
    init_StandardRetryStrategy2();
    AdaptiveRetryStrategy2 = class extends StandardRetryStrategy2 {
      rateLimiter;
      constructor(maxAttemptsProvider, options) {
        let { rateLimiter, ...superOptions } = options ?? {};
        super(maxAttemptsProvider, superOptions), this.rateLimiter = rateLimiter ?? new DefaultRateLimiter(), this.mode = RETRY_MODES.ADAPTIVE;
      }
      async retry(next, args) {
        return super.retry(next, args, {
          beforeRequest: async () => this.rateLimiter.getSendToken(),
          afterRequest: (response) => {
            this.rateLimiter.updateClientSendingRate(response);
          }
        });
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/configurations.js
var ENV_MAX_ATTEMPTS, CONFIG_MAX_ATTEMPTS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, ENV_RETRY_MODE, CONFIG_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, init_configurations = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/configurations.js"() {
    init_client();
    init_AdaptiveRetryStrategy();
    init_StandardRetryStrategy();
    init_config2();
    init_retries_2026_config();
    ENV_MAX_ATTEMPTS = "AWS_MAX_ATTEMPTS", CONFIG_MAX_ATTEMPTS = "max_attempts", NODE_MAX_ATTEMPT_CONFIG_OPTIONS = {
      environmentVariableSelector: (env2) => {
        let value = env2[ENV_MAX_ATTEMPTS];
        if (!value)
          return;
        let maxAttempt = parseInt(value);
        if (Number.isNaN(maxAttempt))
          throw new Error(`Environment variable ${ENV_MAX_ATTEMPTS} mast be a number, got "${value}"`);
        return maxAttempt;
      },
      configFileSelector: (profile) => {
        let value = profile[CONFIG_MAX_ATTEMPTS];
        if (!value)
          return;
        let maxAttempt = parseInt(value);
        if (Number.isNaN(maxAttempt))
          throw new Error(`Shared config file entry ${CONFIG_MAX_ATTEMPTS} mast be a number, got "${value}"`);
        return maxAttempt;
      },
      default: DEFAULT_MAX_ATTEMPTS
    }, resolveRetryConfig = (input, defaults) => {
      let { retryStrategy, retryMode } = input, { defaultMaxAttempts = DEFAULT_MAX_ATTEMPTS, defaultBaseDelay = Retry.delay() } = defaults ?? {}, maxAttemptsProvider = normalizeProvider(input.maxAttempts ?? defaultMaxAttempts), controller = retryStrategy ? Promise.resolve(retryStrategy) : void 0, getDefault = async () => {
        let maxAttempts = await maxAttemptsProvider();
        return await normalizeProvider(retryMode)() === RETRY_MODES.ADAPTIVE ? new AdaptiveRetryStrategy(maxAttemptsProvider, {
          maxAttempts,
          baseDelay: defaultBaseDelay
        }) : new StandardRetryStrategy({
          maxAttempts,
          baseDelay: defaultBaseDelay
        });
      };
      return Object.assign(input, {
        maxAttempts: maxAttemptsProvider,
        retryStrategy: () => controller ??= getDefault()
      });
    }, ENV_RETRY_MODE = "AWS_RETRY_MODE", CONFIG_RETRY_MODE = "retry_mode", NODE_RETRY_MODE_CONFIG_OPTIONS = {
      environmentVariableSelector: (env2) => env2[ENV_RETRY_MODE],
      configFileSelector: (profile) => profile[CONFIG_RETRY_MODE],
      default: DEFAULT_RETRY_MODE
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/omitRetryHeadersMiddleware.js
var omitRetryHeadersMiddleware, omitRetryHeadersMiddlewareOptions, getOmitRetryHeadersPlugin, init_omitRetryHeadersMiddleware = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/omitRetryHeadersMiddleware.js"() {
    init_protocols();
    init_constants2();
    omitRetryHeadersMiddleware = () => (next) => async (args) => {
      let { request } = args;
      return HttpRequest.isInstance(request) && (delete request.headers[INVOCATION_ID_HEADER], delete request.headers[REQUEST_HEADER]), next(args);
    }, omitRetryHeadersMiddlewareOptions = {
      name: "omitRetryHeadersMiddleware",
      tags: ["RETRY", "HEADERS", "OMIT_RETRY_HEADERS"],
      relation: "before",
      toMiddleware: "awsAuthMiddleware",
      override: !0
    }, getOmitRetryHeadersPlugin = (options) => ({
      applyToStack: (clientStack) => {
        clientStack.addRelativeTo(omitRetryHeadersMiddleware(), omitRetryHeadersMiddlewareOptions);
      }
    });
  }
});

// node_modules/@smithy/core/dist-es/submodules/retry/index.js
var retry_exports = {};
__export(retry_exports, {
  AdaptiveRetryStrategy: () => AdaptiveRetryStrategy,
  CONFIG_MAX_ATTEMPTS: () => CONFIG_MAX_ATTEMPTS,
  CONFIG_RETRY_MODE: () => CONFIG_RETRY_MODE,
  ConfiguredRetryStrategy: () => ConfiguredRetryStrategy,
  DEFAULT_MAX_ATTEMPTS: () => DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAY_BASE: () => DEFAULT_RETRY_DELAY_BASE,
  DEFAULT_RETRY_MODE: () => DEFAULT_RETRY_MODE,
  DefaultRateLimiter: () => DefaultRateLimiter,
  DeprecatedAdaptiveRetryStrategy: () => AdaptiveRetryStrategy2,
  DeprecatedStandardRetryStrategy: () => StandardRetryStrategy2,
  ENV_MAX_ATTEMPTS: () => ENV_MAX_ATTEMPTS,
  ENV_RETRY_MODE: () => ENV_RETRY_MODE,
  INITIAL_RETRY_TOKENS: () => INITIAL_RETRY_TOKENS,
  INVOCATION_ID_HEADER: () => INVOCATION_ID_HEADER,
  MAXIMUM_RETRY_DELAY: () => MAXIMUM_RETRY_DELAY,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS: () => NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS: () => NODE_RETRY_MODE_CONFIG_OPTIONS,
  NO_RETRY_INCREMENT: () => NO_RETRY_INCREMENT,
  REQUEST_HEADER: () => REQUEST_HEADER,
  RETRY_COST: () => RETRY_COST,
  RETRY_MODES: () => RETRY_MODES,
  Retry: () => Retry,
  StandardRetryStrategy: () => StandardRetryStrategy,
  THROTTLING_RETRY_DELAY_BASE: () => THROTTLING_RETRY_DELAY_BASE,
  TIMEOUT_RETRY_COST: () => TIMEOUT_RETRY_COST,
  defaultDelayDecider: () => defaultDelayDecider,
  defaultRetryDecider: () => defaultRetryDecider,
  getOmitRetryHeadersPlugin: () => getOmitRetryHeadersPlugin,
  getRetryAfterHint: () => getRetryAfterHint,
  getRetryPlugin: () => getRetryPlugin,
  isBrowserNetworkError: () => isBrowserNetworkError,
  isClockSkewCorrectedError: () => isClockSkewCorrectedError,
  isClockSkewError: () => isClockSkewError,
  isNodeJsHttp2TransientError: () => isNodeJsHttp2TransientError,
  isRetryableByTrait: () => isRetryableByTrait,
  isServerError: () => isServerError,
  isThrottlingError: () => isThrottlingError,
  isTransientError: () => isTransientError,
  omitRetryHeadersMiddleware: () => omitRetryHeadersMiddleware,
  omitRetryHeadersMiddlewareOptions: () => omitRetryHeadersMiddlewareOptions,
  resolveRetryConfig: () => resolveRetryConfig,
  retryMiddleware: () => retryMiddleware,
  retryMiddlewareOptions: () => retryMiddlewareOptions
});
var retryMiddleware, getRetryPlugin, init_retry = __esm({
  "node_modules/@smithy/core/dist-es/submodules/retry/index.js"() {
    init_isStreamingPayload();
    init_retryMiddleware();
    init_service_error_classification();
    init_AdaptiveRetryStrategy();
    init_ConfiguredRetryStrategy();
    init_DefaultRateLimiter();
    init_StandardRetryStrategy();
    init_config2();
    init_constants2();
    init_retries_2026_config();
    init_AdaptiveRetryStrategy2();
    init_StandardRetryStrategy2();
    init_delayDecider();
    init_retryDecider();
    init_configurations();
    init_omitRetryHeadersMiddleware();
    init_retryMiddleware();
    init_parseRetryAfterHeader();
    retryMiddleware = bindRetryMiddleware(isStreamingPayload), getRetryPlugin = bindGetRetryPlugin(isStreamingPayload);
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/resolveAuthOptions.js
var resolveAuthOptions, init_resolveAuthOptions = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/resolveAuthOptions.js"() {
    resolveAuthOptions = (candidateAuthOptions, authSchemePreference) => {
      if (!authSchemePreference || authSchemePreference.length === 0)
        return candidateAuthOptions;
      let preferredAuthOptions = [];
      for (let preferredSchemeName of authSchemePreference)
        for (let candidateAuthOption of candidateAuthOptions)
          candidateAuthOption.schemeId.split("#")[1] === preferredSchemeName && preferredAuthOptions.push(candidateAuthOption);
      for (let candidateAuthOption of candidateAuthOptions)
        preferredAuthOptions.find(({ schemeId }) => schemeId === candidateAuthOption.schemeId) || preferredAuthOptions.push(candidateAuthOption);
      return preferredAuthOptions;
    };
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/httpAuthSchemeMiddleware.js
function convertHttpAuthSchemesToMap(httpAuthSchemes) {
  let map = /* @__PURE__ */ new Map();
  for (let scheme of httpAuthSchemes)
    map.set(scheme.schemeId, scheme);
  return map;
}
var httpAuthSchemeMiddleware, init_httpAuthSchemeMiddleware = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/httpAuthSchemeMiddleware.js"() {
    init_transport();
    init_resolveAuthOptions();
    httpAuthSchemeMiddleware = (config, mwOptions) => (next, context) => async (args) => {
      let options = config.httpAuthSchemeProvider(await mwOptions.httpAuthSchemeParametersProvider(config, context, args.input)), authSchemePreference = config.authSchemePreference ? await config.authSchemePreference() : [], resolvedOptions = resolveAuthOptions(options, authSchemePreference), authSchemes = convertHttpAuthSchemesToMap(config.httpAuthSchemes), smithyContext = getSmithyContext(context), failureReasons = [];
      for (let option of resolvedOptions) {
        let scheme = authSchemes.get(option.schemeId);
        if (!scheme) {
          failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` was not enabled for this service.`);
          continue;
        }
        let identityProvider = scheme.identityProvider(await mwOptions.identityProviderConfigProvider(config));
        if (!identityProvider) {
          failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` did not have an IdentityProvider configured.`);
          continue;
        }
        let { identityProperties = {}, signingProperties = {} } = option.propertiesExtractor?.(config, context) || {};
        option.identityProperties = Object.assign(option.identityProperties || {}, identityProperties), option.signingProperties = Object.assign(option.signingProperties || {}, signingProperties), smithyContext.selectedHttpAuthScheme = {
          httpAuthOption: option,
          identity: await identityProvider(option.identityProperties),
          signer: scheme.signer
        };
        break;
      }
      if (!smithyContext.selectedHttpAuthScheme)
        throw new Error(failureReasons.join(`
`));
      return next(args);
    };
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/getHttpAuthSchemeEndpointRuleSetPlugin.js
var httpAuthSchemeEndpointRuleSetMiddlewareOptions, getHttpAuthSchemeEndpointRuleSetPlugin, init_getHttpAuthSchemeEndpointRuleSetPlugin = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/getHttpAuthSchemeEndpointRuleSetPlugin.js"() {
    init_httpAuthSchemeMiddleware();
    httpAuthSchemeEndpointRuleSetMiddlewareOptions = {
      step: "serialize",
      tags: ["HTTP_AUTH_SCHEME"],
      name: "httpAuthSchemeMiddleware",
      override: !0,
      relation: "before",
      toMiddleware: "endpointV2Middleware"
    }, getHttpAuthSchemeEndpointRuleSetPlugin = (config, { httpAuthSchemeParametersProvider, identityProviderConfigProvider }) => ({
      applyToStack: (clientStack) => {
        clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
          httpAuthSchemeParametersProvider,
          identityProviderConfigProvider
        }), httpAuthSchemeEndpointRuleSetMiddlewareOptions);
      }
    });
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/getHttpAuthSchemePlugin.js
var httpAuthSchemeMiddlewareOptions, getHttpAuthSchemePlugin, init_getHttpAuthSchemePlugin = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/getHttpAuthSchemePlugin.js"() {
    init_httpAuthSchemeMiddleware();
    httpAuthSchemeMiddlewareOptions = {
      step: "serialize",
      tags: ["HTTP_AUTH_SCHEME"],
      name: "httpAuthSchemeMiddleware",
      override: !0,
      relation: "before",
      toMiddleware: "serializerMiddleware"
    }, getHttpAuthSchemePlugin = (config, { httpAuthSchemeParametersProvider, identityProviderConfigProvider }) => ({
      applyToStack: (clientStack) => {
        clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
          httpAuthSchemeParametersProvider,
          identityProviderConfigProvider
        }), httpAuthSchemeMiddlewareOptions);
      }
    });
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/index.js
var init_middleware_http_auth_scheme = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/index.js"() {
    init_httpAuthSchemeMiddleware();
    init_getHttpAuthSchemeEndpointRuleSetPlugin();
    init_getHttpAuthSchemePlugin();
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/httpSigningMiddleware.js
var defaultErrorHandler, defaultSuccessHandler, httpSigningMiddleware, init_httpSigningMiddleware = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/httpSigningMiddleware.js"() {
    init_protocols();
    init_transport();
    defaultErrorHandler = (signingProperties) => (error) => {
      throw error;
    }, defaultSuccessHandler = (httpResponse, signingProperties) => {
    }, httpSigningMiddleware = (config) => (next, context) => async (args) => {
      if (!HttpRequest.isInstance(args.request))
        return next(args);
      let scheme = getSmithyContext(context).selectedHttpAuthScheme;
      if (!scheme)
        throw new Error("No HttpAuthScheme was selected: unable to sign request");
      let { httpAuthOption: { signingProperties = {} }, identity, signer } = scheme, output = await next({
        ...args,
        request: await signer.sign(args.request, identity, signingProperties)
      }).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
      return (signer.successHandler || defaultSuccessHandler)(output.response, signingProperties), output;
    };
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/getHttpSigningMiddleware.js
var httpSigningMiddlewareOptions, getHttpSigningPlugin, init_getHttpSigningMiddleware = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/getHttpSigningMiddleware.js"() {
    init_httpSigningMiddleware();
    httpSigningMiddlewareOptions = {
      step: "finalizeRequest",
      tags: ["HTTP_SIGNING"],
      name: "httpSigningMiddleware",
      aliases: ["apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware"],
      override: !0,
      relation: "after",
      toMiddleware: "retryMiddleware"
    }, getHttpSigningPlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.addRelativeTo(httpSigningMiddleware(config), httpSigningMiddlewareOptions);
      }
    });
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/index.js
var init_middleware_http_signing = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/index.js"() {
    init_httpSigningMiddleware();
    init_getHttpSigningMiddleware();
  }
});

// node_modules/@smithy/core/dist-es/normalizeProvider.js
var normalizeProvider2, init_normalizeProvider = __esm({
  "node_modules/@smithy/core/dist-es/normalizeProvider.js"() {
    normalizeProvider2 = (input) => {
      if (typeof input == "function")
        return input;
      let promisified = Promise.resolve(input);
      return () => promisified;
    };
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/pagination/createPaginator.js
function createPaginator(ClientCtor, CommandCtor, inputTokenName, outputTokenName, pageSizeTokenName) {
  return async function* (config, input, ...additionalArguments) {
    let _input = input, token = config.startingToken ?? _input[inputTokenName], hasNext = !0, page;
    for (; hasNext; ) {
      if (_input[inputTokenName] = token, pageSizeTokenName && (_input[pageSizeTokenName] = _input[pageSizeTokenName] ?? config.pageSize), config.client instanceof ClientCtor)
        page = await makePagedClientRequest(CommandCtor, config.client, input, config.withCommand, ...additionalArguments);
      else
        throw new Error(`Invalid client, expected instance of ${ClientCtor.name}`);
      yield page;
      let prevToken = token;
      token = get(page, outputTokenName), hasNext = !!(token && (!config.stopOnSameToken || token !== prevToken));
    }
    return void 0;
  };
}
var makePagedClientRequest, get, init_createPaginator = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/pagination/createPaginator.js"() {
    makePagedClientRequest = async (CommandCtor, client, input, withCommand = (_) => _, ...args) => {
      let command5 = new CommandCtor(input);
      return command5 = withCommand(command5) ?? command5, await client.send(command5, ...args);
    };
    get = (fromObject, path) => {
      let cursor2 = fromObject, pathComponents = path.split(".");
      for (let step of pathComponents) {
        if (!cursor2 || typeof cursor2 != "object")
          return;
        cursor2 = cursor2[step];
      }
      return cursor2;
    };
  }
});

// node_modules/@smithy/core/dist-es/setFeature.js
function setFeature(context, feature, value) {
  context.__smithy_context ? context.__smithy_context.features || (context.__smithy_context.features = {}) : context.__smithy_context = {
    features: {}
  }, context.__smithy_context.features[feature] = value;
}
var init_setFeature = __esm({
  "node_modules/@smithy/core/dist-es/setFeature.js"() {
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/DefaultIdentityProviderConfig.js
var DefaultIdentityProviderConfig, init_DefaultIdentityProviderConfig = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/DefaultIdentityProviderConfig.js"() {
    init_transport();
    DefaultIdentityProviderConfig = class {
      authSchemes = /* @__PURE__ */ new Map();
      constructor(config) {
        for (let key in config) {
          if (!hasOwn(config, key))
            continue;
          let value = config[key];
          value !== void 0 && this.authSchemes.set(key, value);
        }
      }
      getIdentityProvider(schemeId) {
        return this.authSchemes.get(schemeId);
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/httpAuthSchemes/httpApiKeyAuth.js
var import_types3, HttpApiKeyAuthSigner, init_httpApiKeyAuth = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/httpAuthSchemes/httpApiKeyAuth.js"() {
    init_protocols();
    import_types3 = __toESM(require_dist_cjs()), HttpApiKeyAuthSigner = class {
      async sign(httpRequest, identity, signingProperties) {
        if (!signingProperties)
          throw new Error("request could not be signed with `apiKey` since the `name` and `in` signer properties are missing");
        if (!signingProperties.name)
          throw new Error("request could not be signed with `apiKey` since the `name` signer property is missing");
        if (!signingProperties.in)
          throw new Error("request could not be signed with `apiKey` since the `in` signer property is missing");
        if (!identity.apiKey)
          throw new Error("request could not be signed with `apiKey` since the `apiKey` is not defined");
        let clonedRequest = HttpRequest.clone(httpRequest);
        if (signingProperties.in === import_types3.HttpApiKeyAuthLocation.QUERY)
          clonedRequest.query[signingProperties.name] = identity.apiKey;
        else if (signingProperties.in === import_types3.HttpApiKeyAuthLocation.HEADER)
          clonedRequest.headers[signingProperties.name] = signingProperties.scheme ? `${signingProperties.scheme} ${identity.apiKey}` : identity.apiKey;
        else
          throw new Error("request can only be signed with `apiKey` locations `query` or `header`, but found: `" + signingProperties.in + "`");
        return clonedRequest;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/httpAuthSchemes/httpBearerAuth.js
var HttpBearerAuthSigner, init_httpBearerAuth = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/httpAuthSchemes/httpBearerAuth.js"() {
    init_protocols();
    HttpBearerAuthSigner = class {
      async sign(httpRequest, identity, signingProperties) {
        let clonedRequest = HttpRequest.clone(httpRequest);
        if (!identity.token)
          throw new Error("request could not be signed with `token` since the `token` is not defined");
        return clonedRequest.headers.Authorization = `Bearer ${identity.token}`, clonedRequest;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/httpAuthSchemes/noAuth.js
var NoAuthSigner, init_noAuth = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/httpAuthSchemes/noAuth.js"() {
    NoAuthSigner = class {
      async sign(httpRequest, identity, signingProperties) {
        return httpRequest;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/httpAuthSchemes/index.js
var init_httpAuthSchemes = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/httpAuthSchemes/index.js"() {
    init_httpApiKeyAuth();
    init_httpBearerAuth();
    init_noAuth();
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/memoizeIdentityProvider.js
var createIsIdentityExpiredFunction, EXPIRATION_MS, isIdentityExpired, doesIdentityRequireRefresh, memoizeIdentityProvider, init_memoizeIdentityProvider = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/memoizeIdentityProvider.js"() {
    createIsIdentityExpiredFunction = (expirationMs) => function(identity) {
      return doesIdentityRequireRefresh(identity) && identity.expiration.getTime() - Date.now() < expirationMs;
    }, EXPIRATION_MS = 3e5, isIdentityExpired = createIsIdentityExpiredFunction(3e5), doesIdentityRequireRefresh = (identity) => identity.expiration !== void 0, memoizeIdentityProvider = (provider, isExpired, requiresRefresh) => {
      if (provider === void 0)
        return;
      let normalizedProvider = typeof provider != "function" ? async () => Promise.resolve(provider) : provider, resolved, pending, hasResult, isConstant = !1, coalesceProvider = async (options) => {
        pending || (pending = normalizedProvider(options));
        try {
          resolved = await pending, hasResult = !0, isConstant = !1;
        } finally {
          pending = void 0;
        }
        return resolved;
      };
      return isExpired === void 0 ? async (options) => ((!hasResult || options?.forceRefresh) && (resolved = await coalesceProvider(options)), resolved) : async (options) => ((!hasResult || options?.forceRefresh) && (resolved = await coalesceProvider(options)), isConstant ? resolved : requiresRefresh(resolved) ? (isExpired(resolved) && await coalesceProvider(options), resolved) : (isConstant = !0, resolved));
    };
  }
});

// node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/index.js
var init_util_identity_and_auth = __esm({
  "node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/index.js"() {
    init_DefaultIdentityProviderConfig();
    init_httpAuthSchemes();
    init_memoizeIdentityProvider();
  }
});

// node_modules/@smithy/core/dist-es/index.js
var dist_es_exports = {};
__export(dist_es_exports, {
  DefaultIdentityProviderConfig: () => DefaultIdentityProviderConfig,
  EXPIRATION_MS: () => EXPIRATION_MS,
  HttpApiKeyAuthSigner: () => HttpApiKeyAuthSigner,
  HttpBearerAuthSigner: () => HttpBearerAuthSigner,
  NoAuthSigner: () => NoAuthSigner,
  createIsIdentityExpiredFunction: () => createIsIdentityExpiredFunction,
  createPaginator: () => createPaginator,
  doesIdentityRequireRefresh: () => doesIdentityRequireRefresh,
  getHttpAuthSchemeEndpointRuleSetPlugin: () => getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpAuthSchemePlugin: () => getHttpAuthSchemePlugin,
  getHttpSigningPlugin: () => getHttpSigningPlugin,
  getSmithyContext: () => getSmithyContext,
  httpAuthSchemeEndpointRuleSetMiddlewareOptions: () => httpAuthSchemeEndpointRuleSetMiddlewareOptions,
  httpAuthSchemeMiddleware: () => httpAuthSchemeMiddleware,
  httpAuthSchemeMiddlewareOptions: () => httpAuthSchemeMiddlewareOptions,
  httpSigningMiddleware: () => httpSigningMiddleware,
  httpSigningMiddlewareOptions: () => httpSigningMiddlewareOptions,
  isIdentityExpired: () => isIdentityExpired,
  memoizeIdentityProvider: () => memoizeIdentityProvider,
  normalizeProvider: () => normalizeProvider2,
  requestBuilder: () => requestBuilder,
  setFeature: () => setFeature
});
var init_dist_es = __esm({
  "node_modules/@smithy/core/dist-es/index.js"() {
    init_transport();
    init_middleware_http_auth_scheme();
    init_middleware_http_signing();
    init_normalizeProvider();
    init_createPaginator();
    init_protocols();
    init_setFeature();
    init_util_identity_and_auth();
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/emitWarningIfUnsupportedVersion.js
var state, emitWarningIfUnsupportedVersion2, init_emitWarningIfUnsupportedVersion = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/emitWarningIfUnsupportedVersion.js"() {
    state = {
      warningEmitted: !1
    }, emitWarningIfUnsupportedVersion2 = (version) => {
      if (version && !state.warningEmitted) {
        if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === "true") {
          state.warningEmitted = !0;
          return;
        }
        let userMajorVersion = parseInt(version.substring(1, version.indexOf("."))), vv = 22;
        userMajorVersion < vv && (state.warningEmitted = !0, process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${vv}. You are running node ${version}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${vv}.

More information can be found at: https://a.co/c895JFp`));
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/longPollMiddleware.js
var longPollMiddleware, longPollMiddlewareOptions, getLongPollPlugin, init_longPollMiddleware = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/longPollMiddleware.js"() {
    longPollMiddleware = () => (next, context) => async (args) => (context.__retryLongPoll = !0, next(args)), longPollMiddlewareOptions = {
      name: "longPollMiddleware",
      tags: ["RETRY"],
      step: "initialize",
      override: !0
    }, getLongPollPlugin = (options) => ({
      applyToStack: (clientStack) => {
        clientStack.add(longPollMiddleware(), longPollMiddlewareOptions);
      }
    });
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/setCredentialFeature.js
function setCredentialFeature(credentials, feature, value) {
  return credentials.$source || (credentials.$source = {}), credentials.$source[feature] = value, credentials;
}
var init_setCredentialFeature = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/setCredentialFeature.js"() {
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/setFeature.js
function setFeature2(context, feature, value) {
  context.__aws_sdk_context ? context.__aws_sdk_context.features || (context.__aws_sdk_context.features = {}) : context.__aws_sdk_context = {
    features: {}
  }, context.__aws_sdk_context.features[feature] = value;
}
var init_setFeature2 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/setFeature.js"() {
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/setTokenFeature.js
function setTokenFeature(token, feature, value) {
  return token.$source || (token.$source = {}), token.$source[feature] = value, token;
}
var init_setTokenFeature = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/setTokenFeature.js"() {
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/getDefaultSocketTimeout.js
var isDefaultSocketTimeoutEnabled, getDefaultSocketTimeout, init_getDefaultSocketTimeout = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/getDefaultSocketTimeout.js"() {
    isDefaultSocketTimeoutEnabled = () => typeof process == "object" && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === "true", getDefaultSocketTimeout = (requestHandler, timeoutMs) => {
      if (isDefaultSocketTimeoutEnabled() && typeof requestHandler?.handle != "function")
        return timeoutMs;
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-host-header/hostHeaderMiddleware.js
function resolveHostHeaderConfig(input) {
  return input;
}
var hostHeaderMiddleware, hostHeaderMiddlewareOptions, getHostHeaderPlugin, init_hostHeaderMiddleware = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-host-header/hostHeaderMiddleware.js"() {
    init_protocols();
    hostHeaderMiddleware = (options) => (next) => async (args) => {
      if (!HttpRequest.isInstance(args.request))
        return next(args);
      let { request } = args, { handlerProtocol = "" } = options.requestHandler.metadata || {};
      if (handlerProtocol.indexOf("h2") >= 0 && !request.headers[":authority"])
        delete request.headers.host, request.headers[":authority"] = request.hostname + (request.port ? ":" + request.port : "");
      else if (!request.headers.host) {
        let host = request.hostname;
        request.port != null && (host += `:${request.port}`), request.headers.host = host;
      }
      return next(args);
    }, hostHeaderMiddlewareOptions = {
      name: "hostHeaderMiddleware",
      step: "build",
      priority: "low",
      tags: ["HOST"],
      override: !0
    }, getHostHeaderPlugin = (options) => ({
      applyToStack: (clientStack) => {
        clientStack.add(hostHeaderMiddleware(options), hostHeaderMiddlewareOptions);
      }
    });
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-logger/loggerMiddleware.js
var loggerMiddleware, loggerMiddlewareOptions, getLoggerPlugin, init_loggerMiddleware = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-logger/loggerMiddleware.js"() {
    init_client();
    loggerMiddleware = () => (next, context) => async (args) => {
      try {
        let response = await next(args), { logger } = context, isNoOpLogger = logger instanceof NoOpLogger;
        if (logger && !isNoOpLogger) {
          let { clientName, commandName, dynamoDbDocumentClientOptions = {} } = context, { overrideInputFilterSensitiveLog, overrideOutputFilterSensitiveLog } = dynamoDbDocumentClientOptions, inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog, outputFilterSensitiveLog = overrideOutputFilterSensitiveLog ?? context.outputFilterSensitiveLog, { $metadata, ...outputWithoutMetadata } = response.output;
          logger.info?.({
            clientName,
            commandName,
            input: inputFilterSensitiveLog(args.input),
            output: outputFilterSensitiveLog(outputWithoutMetadata),
            metadata: $metadata
          });
        }
        return response;
      } catch (error) {
        let { clientName, commandName, logger, dynamoDbDocumentClientOptions = {} } = context, { overrideInputFilterSensitiveLog } = dynamoDbDocumentClientOptions, inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
        throw logger?.error?.({
          clientName,
          commandName,
          input: inputFilterSensitiveLog(args.input),
          error,
          metadata: error.$metadata
        }), error;
      }
    }, loggerMiddlewareOptions = {
      name: "loggerMiddleware",
      tags: ["LOGGER"],
      step: "initialize",
      override: !0
    }, getLoggerPlugin = (options) => ({
      applyToStack: (clientStack) => {
        clientStack.add(loggerMiddleware(), loggerMiddlewareOptions);
      }
    });
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/configuration.js
var recursionDetectionMiddlewareOptions, init_configuration = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/configuration.js"() {
    recursionDetectionMiddlewareOptions = {
      step: "build",
      tags: ["RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION"],
      name: "recursionDetectionMiddleware",
      override: !0,
      priority: "low"
    };
  }
});

// node_modules/@aws/lambda-invoke-store/dist-es/invoke-store.js
var PROTECTED_KEYS, NO_GLOBAL_AWS_LAMBDA, InvokeStoreBase, InvokeStoreSingle, InvokeStoreMulti, InvokeStore, init_invoke_store = __esm({
  "node_modules/@aws/lambda-invoke-store/dist-es/invoke-store.js"() {
    PROTECTED_KEYS = {
      REQUEST_ID: /* @__PURE__ */ Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
      X_RAY_TRACE_ID: /* @__PURE__ */ Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
      TENANT_ID: /* @__PURE__ */ Symbol.for("_AWS_LAMBDA_TENANT_ID"),
      TRACEPARENT: /* @__PURE__ */ Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
      TRACESTATE: /* @__PURE__ */ Symbol.for("_AWS_LAMBDA_TRACESTATE"),
      BAGGAGE: /* @__PURE__ */ Symbol.for("_AWS_LAMBDA_BAGGAGE")
    }, NO_GLOBAL_AWS_LAMBDA = ["true", "1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "");
    NO_GLOBAL_AWS_LAMBDA || (globalThis.awslambda = globalThis.awslambda || {});
    InvokeStoreBase = class {
      static PROTECTED_KEYS = PROTECTED_KEYS;
      isProtectedKey(key) {
        return Object.values(PROTECTED_KEYS).includes(key);
      }
      getRequestId() {
        return this.get(PROTECTED_KEYS.REQUEST_ID) ?? "-";
      }
      getXRayTraceId() {
        return this.get(PROTECTED_KEYS.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(PROTECTED_KEYS.TENANT_ID);
      }
      getTraceparent() {
        return this.get(PROTECTED_KEYS.TRACEPARENT);
      }
      getTracestate() {
        return this.get(PROTECTED_KEYS.TRACESTATE);
      }
      getBaggage() {
        return this.get(PROTECTED_KEYS.BAGGAGE);
      }
    }, InvokeStoreSingle = class extends InvokeStoreBase {
      currentContext;
      getContext() {
        return this.currentContext;
      }
      hasContext() {
        return this.currentContext !== void 0;
      }
      get(key) {
        return this.currentContext?.[key];
      }
      set(key, value) {
        if (this.isProtectedKey(key))
          throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
        this.currentContext = this.currentContext || {}, this.currentContext[key] = value;
      }
      run(context, fn) {
        return this.currentContext = context, fn();
      }
    }, InvokeStoreMulti = class _InvokeStoreMulti extends InvokeStoreBase {
      als;
      static async create() {
        let instance = new _InvokeStoreMulti(), asyncHooks = await import("./node_async_hooks-QHSZQ4LL.js");
        return instance.als = new asyncHooks.AsyncLocalStorage(), instance;
      }
      getContext() {
        return this.als.getStore();
      }
      hasContext() {
        return this.als.getStore() !== void 0;
      }
      get(key) {
        return this.als.getStore()?.[key];
      }
      set(key, value) {
        if (this.isProtectedKey(key))
          throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
        let store = this.als.getStore();
        if (!store)
          throw new Error("No context available");
        store[key] = value;
      }
      run(context, fn) {
        return this.als.run(context, fn);
      }
    };
    (function(InvokeStore2) {
      let instance = null;
      async function getInstanceAsync(forceInvokeStoreMulti) {
        return instance || (instance = (async () => {
          let newInstance = forceInvokeStoreMulti === !0 || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env ? await InvokeStoreMulti.create() : new InvokeStoreSingle();
          return !NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda?.InvokeStore ? globalThis.awslambda.InvokeStore : (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda && (globalThis.awslambda.InvokeStore = newInstance), newInstance);
        })()), instance;
      }
      InvokeStore2.getInstanceAsync = getInstanceAsync, InvokeStore2._testing = process.env.AWS_LAMBDA_BENCHMARK_MODE === "1" ? {
        reset: () => {
          instance = null, globalThis.awslambda?.InvokeStore && delete globalThis.awslambda.InvokeStore, globalThis.awslambda = { InvokeStore: void 0 };
        }
      } : void 0;
    })(InvokeStore || (InvokeStore = {}));
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/recursionDetectionMiddleware.js
function sanitizeTraceHeaders(headers) {
  for (let header of Object.keys(headers)) {
    let lower = header.toLowerCase();
    header !== lower && (lower === TRACEPARENT || lower === TRACESTATE || lower === BAGGAGE) && (headers[lower] = headers[header], delete headers[header]);
  }
}
var AWS_LAMBDA_FUNCTION_NAME, _X_AMZN_TRACE_ID, X_AMZN_TRACE_ID, TRACEPARENT, TRACESTATE, BAGGAGE, recursionDetectionMiddleware, init_recursionDetectionMiddleware = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/recursionDetectionMiddleware.js"() {
    init_invoke_store();
    init_protocols();
    AWS_LAMBDA_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME", _X_AMZN_TRACE_ID = "_X_AMZN_TRACE_ID", X_AMZN_TRACE_ID = "X-Amzn-Trace-Id", TRACEPARENT = "traceparent", TRACESTATE = "tracestate", BAGGAGE = "baggage", recursionDetectionMiddleware = () => (next) => async (args) => {
      let { request } = args;
      if (!HttpRequest.isInstance(request))
        return next(args);
      let invokeStore;
      {
        let traceIdHeader = Object.keys(request.headers ?? {}).find((h5) => h5.toLowerCase() === X_AMZN_TRACE_ID.toLowerCase()) ?? X_AMZN_TRACE_ID;
        if (!request.headers.hasOwnProperty(traceIdHeader)) {
          let functionName = process.env[AWS_LAMBDA_FUNCTION_NAME], traceIdFromEnv = process.env[_X_AMZN_TRACE_ID];
          invokeStore ??= await InvokeStore.getInstanceAsync();
          let traceId = invokeStore?.getXRayTraceId() ?? traceIdFromEnv, nonEmptyString = (str) => typeof str == "string" && str.length > 0;
          nonEmptyString(functionName) && nonEmptyString(traceId) && (request.headers[X_AMZN_TRACE_ID] = traceId);
        }
      }
      if (sanitizeTraceHeaders(request.headers), !request.headers[TRACEPARENT]) {
        let traceparent = (invokeStore ??= await InvokeStore.getInstanceAsync())?.getTraceparent?.();
        if (traceparent) {
          request.headers[TRACEPARENT] = traceparent;
          let tracestate = invokeStore?.getTracestate?.();
          tracestate && (request.headers[TRACESTATE] = tracestate);
          let baggage = invokeStore?.getBaggage?.();
          baggage && (request.headers[BAGGAGE] = baggage);
        }
      }
      return next(args);
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/getRecursionDetectionPlugin.js
var getRecursionDetectionPlugin, init_getRecursionDetectionPlugin = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/getRecursionDetectionPlugin.js"() {
    init_configuration();
    init_recursionDetectionMiddleware();
    getRecursionDetectionPlugin = (options) => ({
      applyToStack: (clientStack) => {
        clientStack.add(recursionDetectionMiddleware(), recursionDetectionMiddlewareOptions);
      }
    });
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/configurations.js
function isValidUserAgentAppId(appId) {
  return appId === void 0 ? !0 : typeof appId == "string" && appId.length <= 50;
}
function resolveUserAgentConfig(input) {
  let normalizedAppIdProvider = normalizeProvider2(input.userAgentAppId ?? DEFAULT_UA_APP_ID), { customUserAgent } = input;
  return Object.assign(input, {
    customUserAgent: typeof customUserAgent == "string" ? [[customUserAgent]] : customUserAgent,
    userAgentAppId: async () => {
      let appId = await normalizedAppIdProvider();
      if (!isValidUserAgentAppId(appId)) {
        let logger = input.logger?.constructor?.name === "NoOpLogger" || !input.logger ? console : input.logger;
        typeof appId != "string" ? logger?.warn("userAgentAppId must be a string or undefined.") : appId.length > 50 && logger?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.");
      }
      return appId;
    }
  });
}
var DEFAULT_UA_APP_ID, init_configurations2 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/configurations.js"() {
    init_dist_es();
    DEFAULT_UA_APP_ID = void 0;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js
var partitionsInfo, init_partitions = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js"() {
    partitionsInfo = {
      partitions: [
        {
          id: "aws",
          outputs: {
            dnsSuffix: "amazonaws.com",
            dualStackDnsSuffix: "api.aws",
            implicitGlobalRegion: "us-east-1",
            name: "aws",
            supportsDualStack: !0,
            supportsFIPS: !0
          },
          regionRegex: "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
          regions: {
            "af-south-1": {
              description: "Africa (Cape Town)"
            },
            "ap-east-1": {
              description: "Asia Pacific (Hong Kong)"
            },
            "ap-east-2": {
              description: "Asia Pacific (Taipei)"
            },
            "ap-northeast-1": {
              description: "Asia Pacific (Tokyo)"
            },
            "ap-northeast-2": {
              description: "Asia Pacific (Seoul)"
            },
            "ap-northeast-3": {
              description: "Asia Pacific (Osaka)"
            },
            "ap-south-1": {
              description: "Asia Pacific (Mumbai)"
            },
            "ap-south-2": {
              description: "Asia Pacific (Hyderabad)"
            },
            "ap-southeast-1": {
              description: "Asia Pacific (Singapore)"
            },
            "ap-southeast-2": {
              description: "Asia Pacific (Sydney)"
            },
            "ap-southeast-3": {
              description: "Asia Pacific (Jakarta)"
            },
            "ap-southeast-4": {
              description: "Asia Pacific (Melbourne)"
            },
            "ap-southeast-5": {
              description: "Asia Pacific (Malaysia)"
            },
            "ap-southeast-6": {
              description: "Asia Pacific (New Zealand)"
            },
            "ap-southeast-7": {
              description: "Asia Pacific (Thailand)"
            },
            "aws-global": {
              description: "aws global region"
            },
            "ca-central-1": {
              description: "Canada (Central)"
            },
            "ca-west-1": {
              description: "Canada West (Calgary)"
            },
            "eu-central-1": {
              description: "Europe (Frankfurt)"
            },
            "eu-central-2": {
              description: "Europe (Zurich)"
            },
            "eu-north-1": {
              description: "Europe (Stockholm)"
            },
            "eu-south-1": {
              description: "Europe (Milan)"
            },
            "eu-south-2": {
              description: "Europe (Spain)"
            },
            "eu-west-1": {
              description: "Europe (Ireland)"
            },
            "eu-west-2": {
              description: "Europe (London)"
            },
            "eu-west-3": {
              description: "Europe (Paris)"
            },
            "il-central-1": {
              description: "Israel (Tel Aviv)"
            },
            "me-central-1": {
              description: "Middle East (UAE)"
            },
            "me-south-1": {
              description: "Middle East (Bahrain)"
            },
            "me-west-1": {
              description: "Middle East (Saudi Arabia)"
            },
            "mx-central-1": {
              description: "Mexico (Central)"
            },
            "sa-east-1": {
              description: "South America (Sao Paulo)"
            },
            "sa-west-1": {
              description: "South America (Chile)"
            },
            "us-east-1": {
              description: "US East (N. Virginia)"
            },
            "us-east-2": {
              description: "US East (Ohio)"
            },
            "us-west-1": {
              description: "US West (N. California)"
            },
            "us-west-2": {
              description: "US West (Oregon)"
            }
          }
        },
        {
          id: "aws-cn",
          outputs: {
            dnsSuffix: "amazonaws.com.cn",
            dualStackDnsSuffix: "api.amazonwebservices.com.cn",
            implicitGlobalRegion: "cn-northwest-1",
            name: "aws-cn",
            supportsDualStack: !0,
            supportsFIPS: !0
          },
          regionRegex: "^cn\\-\\w+\\-\\d+$",
          regions: {
            "aws-cn-global": {
              description: "aws-cn global region"
            },
            "cn-north-1": {
              description: "China (Beijing)"
            },
            "cn-northwest-1": {
              description: "China (Ningxia)"
            }
          }
        },
        {
          id: "aws-eusc",
          outputs: {
            dnsSuffix: "amazonaws.eu",
            dualStackDnsSuffix: "api.amazonwebservices.eu",
            implicitGlobalRegion: "eusc-de-east-1",
            name: "aws-eusc",
            supportsDualStack: !0,
            supportsFIPS: !0
          },
          regionRegex: "^eusc\\-(de)\\-\\w+\\-\\d+$",
          regions: {
            "eusc-de-east-1": {
              description: "AWS European Sovereign Cloud (Germany)"
            }
          }
        },
        {
          id: "aws-iso",
          outputs: {
            dnsSuffix: "c2s.ic.gov",
            dualStackDnsSuffix: "api.aws.ic.gov",
            implicitGlobalRegion: "us-iso-east-1",
            name: "aws-iso",
            supportsDualStack: !0,
            supportsFIPS: !0
          },
          regionRegex: "^us\\-iso\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-global": {
              description: "aws-iso global region"
            },
            "us-iso-east-1": {
              description: "US ISO East"
            },
            "us-iso-west-1": {
              description: "US ISO WEST"
            }
          }
        },
        {
          id: "aws-iso-b",
          outputs: {
            dnsSuffix: "sc2s.sgov.gov",
            dualStackDnsSuffix: "api.aws.scloud",
            implicitGlobalRegion: "us-isob-east-1",
            name: "aws-iso-b",
            supportsDualStack: !0,
            supportsFIPS: !0
          },
          regionRegex: "^us\\-isob\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-b-global": {
              description: "aws-iso-b global region"
            },
            "us-isob-east-1": {
              description: "US ISOB East (Ohio)"
            },
            "us-isob-west-1": {
              description: "US ISOB West"
            }
          }
        },
        {
          id: "aws-iso-e",
          outputs: {
            dnsSuffix: "cloud.adc-e.uk",
            dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
            implicitGlobalRegion: "eu-isoe-west-1",
            name: "aws-iso-e",
            supportsDualStack: !0,
            supportsFIPS: !0
          },
          regionRegex: "^eu\\-isoe\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-e-global": {
              description: "aws-iso-e global region"
            },
            "eu-isoe-west-1": {
              description: "EU ISOE West"
            }
          }
        },
        {
          id: "aws-iso-f",
          outputs: {
            dnsSuffix: "csp.hci.ic.gov",
            dualStackDnsSuffix: "api.aws.hci.ic.gov",
            implicitGlobalRegion: "us-isof-south-1",
            name: "aws-iso-f",
            supportsDualStack: !0,
            supportsFIPS: !0
          },
          regionRegex: "^us\\-isof\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-f-global": {
              description: "aws-iso-f global region"
            },
            "us-isof-east-1": {
              description: "US ISOF EAST"
            },
            "us-isof-south-1": {
              description: "US ISOF SOUTH"
            }
          }
        },
        {
          id: "aws-us-gov",
          outputs: {
            dnsSuffix: "amazonaws.com",
            dualStackDnsSuffix: "api.aws",
            implicitGlobalRegion: "us-gov-west-1",
            name: "aws-us-gov",
            supportsDualStack: !0,
            supportsFIPS: !0
          },
          regionRegex: "^us\\-gov\\-\\w+\\-\\d+$",
          regions: {
            "aws-us-gov-global": {
              description: "aws-us-gov global region"
            },
            "us-gov-east-1": {
              description: "AWS GovCloud (US-East)"
            },
            "us-gov-west-1": {
              description: "AWS GovCloud (US-West)"
            }
          }
        }
      ],
      version: "1.1"
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partition.js
var selectedPartitionsInfo, selectedUserAgentPrefix, partition, setPartitionInfo, useDefaultPartitionInfo, getUserAgentPrefix, init_partition = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partition.js"() {
    init_partitions();
    selectedPartitionsInfo = partitionsInfo, selectedUserAgentPrefix = "", partition = (value) => {
      let { partitions } = selectedPartitionsInfo;
      for (let partition2 of partitions) {
        let { regions, outputs } = partition2;
        for (let [region, regionData] of Object.entries(regions))
          if (region === value)
            return {
              ...outputs,
              ...regionData
            };
      }
      for (let partition2 of partitions) {
        let { regionRegex, outputs } = partition2;
        if (new RegExp(regionRegex).test(value))
          return {
            ...outputs
          };
      }
      let DEFAULT_PARTITION = partitions.find((partition2) => partition2.id === "aws");
      if (!DEFAULT_PARTITION)
        throw new Error("Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");
      return {
        ...DEFAULT_PARTITION.outputs
      };
    }, setPartitionInfo = (partitionsInfo2, userAgentPrefix = "") => {
      selectedPartitionsInfo = partitionsInfo2, selectedUserAgentPrefix = userAgentPrefix;
    }, useDefaultPartitionInfo = () => {
      setPartitionInfo(partitionsInfo, "");
    }, getUserAgentPrefix = () => selectedUserAgentPrefix;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/check-features.js
async function checkFeatures(context, config, args) {
  if (args.request?.headers?.["smithy-protocol"] === "rpc-v2-cbor" && setFeature2(context, "PROTOCOL_RPC_V2_CBOR", "M"), typeof config.retryStrategy == "function") {
    let retryStrategy = await config.retryStrategy();
    if (typeof retryStrategy.mode == "string")
      switch (retryStrategy.mode) {
        case RETRY_MODES.ADAPTIVE:
          setFeature2(context, "RETRY_MODE_ADAPTIVE", "F");
          break;
        case RETRY_MODES.STANDARD:
          setFeature2(context, "RETRY_MODE_STANDARD", "E");
          break;
      }
  }
  if (typeof config.accountIdEndpointMode == "function") {
    let endpointV2 = context.endpointV2;
    switch (String(endpointV2?.url?.hostname).match(ACCOUNT_ID_ENDPOINT_REGEX) && setFeature2(context, "ACCOUNT_ID_ENDPOINT", "O"), await config.accountIdEndpointMode?.()) {
      case "disabled":
        setFeature2(context, "ACCOUNT_ID_MODE_DISABLED", "Q");
        break;
      case "preferred":
        setFeature2(context, "ACCOUNT_ID_MODE_PREFERRED", "P");
        break;
      case "required":
        setFeature2(context, "ACCOUNT_ID_MODE_REQUIRED", "R");
        break;
    }
  }
  let identity = context.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (identity?.$source) {
    let credentials = identity;
    credentials.accountId && setFeature2(context, "RESOLVED_ACCOUNT_ID", "T");
    for (let [key, value] of Object.entries(credentials.$source ?? {}))
      setFeature2(context, key, value);
  }
}
var ACCOUNT_ID_ENDPOINT_REGEX, init_check_features = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/check-features.js"() {
    init_retry();
    init_setFeature2();
    ACCOUNT_ID_ENDPOINT_REGEX = /\d{12}\.ddb/;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/constants.js
var USER_AGENT, X_AMZ_USER_AGENT, UA_NAME_ESCAPE_REGEX, UA_VALUE_ESCAPE_REGEX, init_constants3 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/constants.js"() {
    USER_AGENT = "user-agent", X_AMZ_USER_AGENT = "x-amz-user-agent", UA_NAME_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w]/g, UA_VALUE_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w#]/g;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/encode-features.js
function encodeFeatures(features) {
  let buffer = "";
  for (let key in features) {
    let val = features[key];
    if (buffer.length + val.length + 1 <= 1024) {
      buffer.length ? buffer += "," + val : buffer += val;
      continue;
    }
    break;
  }
  return buffer;
}
var init_encode_features = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/encode-features.js"() {
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/user-agent-middleware.js
var userAgentMiddleware, escapeUserAgent, getUserAgentMiddlewareOptions, getUserAgentPlugin, init_user_agent_middleware = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/user-agent-middleware.js"() {
    init_protocols();
    init_partition();
    init_check_features();
    init_constants3();
    init_encode_features();
    userAgentMiddleware = (options) => (next, context) => async (args) => {
      let { request } = args;
      if (!HttpRequest.isInstance(request))
        return next(args);
      let { headers } = request, userAgent = context?.userAgent?.map(escapeUserAgent) || [], defaultUserAgent2 = (await options.defaultUserAgentProvider()).map(escapeUserAgent);
      await checkFeatures(context, options, args);
      let awsContext = context;
      defaultUserAgent2.push(`m/${encodeFeatures(Object.assign({}, context.__smithy_context?.features, awsContext.__aws_sdk_context?.features))}`);
      let customUserAgent = options?.customUserAgent?.map(escapeUserAgent) || [], appId = await options.userAgentAppId();
      appId && defaultUserAgent2.push(escapeUserAgent(["app", `${appId}`]));
      let prefix = getUserAgentPrefix(), sdkUserAgentValue = (prefix ? [prefix] : []).concat([...defaultUserAgent2, ...userAgent, ...customUserAgent]).join(" "), normalUAValue = [
        ...defaultUserAgent2.filter((section) => section.startsWith("aws-sdk-")),
        ...customUserAgent
      ].join(" ");
      return options.runtime !== "browser" ? (normalUAValue && (headers[X_AMZ_USER_AGENT] = headers[X_AMZ_USER_AGENT] ? `${headers[USER_AGENT]} ${normalUAValue}` : normalUAValue), headers[USER_AGENT] = sdkUserAgentValue) : headers[X_AMZ_USER_AGENT] = sdkUserAgentValue, next({
        ...args,
        request
      });
    }, escapeUserAgent = (userAgentPair) => {
      let name = userAgentPair[0].split("/").map((part) => part.replace(UA_NAME_ESCAPE_REGEX, "-")).join("/"), version = userAgentPair[1]?.replace(UA_VALUE_ESCAPE_REGEX, "-"), prefixSeparatorIndex = name.indexOf("/"), prefix = name.substring(0, prefixSeparatorIndex), uaName = name.substring(prefixSeparatorIndex + 1);
      return prefix === "api" && (uaName = uaName.toLowerCase()), [prefix, uaName, version].filter((item) => item && item.length > 0).reduce((acc, item, index) => {
        switch (index) {
          case 0:
            return item;
          case 1:
            return `${acc}/${item}`;
          default:
            return `${acc}#${item}`;
        }
      }, "");
    }, getUserAgentMiddlewareOptions = {
      name: "getUserAgentMiddleware",
      step: "build",
      priority: "low",
      tags: ["SET_USER_AGENT", "USER_AGENT"],
      override: !0
    }, getUserAgentPlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.add(userAgentMiddleware(config), getUserAgentMiddlewareOptions);
      }
    });
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/getRuntimeUserAgentPair.js
var import_node_process, getRuntimeUserAgentPair, init_getRuntimeUserAgentPair = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/getRuntimeUserAgentPair.js"() {
    import_node_process = __toESM(require_node_process()), getRuntimeUserAgentPair = () => {
      let runtimesToCheck = ["deno", "bun", "llrt"];
      for (let runtime of runtimesToCheck)
        if (import_node_process.versions[runtime])
          return [`md/${runtime}`, import_node_process.versions[runtime]];
      return ["md/nodejs", import_node_process.versions.node];
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/crt-availability.js
var crtAvailability, init_crt_availability = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/crt-availability.js"() {
    crtAvailability = {
      isCrtAvailable: !1
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/is-crt-available.js
var isCrtAvailable, init_is_crt_available = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/is-crt-available.js"() {
    init_crt_availability();
    isCrtAvailable = () => crtAvailability.isCrtAvailable ? ["md/crt-avail"] : null;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/defaultUserAgent.js
var import_node_os, import_node_process2, createDefaultUserAgentProvider, defaultUserAgent, init_defaultUserAgent = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/defaultUserAgent.js"() {
    import_node_os = __toESM(require_node_os()), import_node_process2 = __toESM(require_node_process());
    init_getRuntimeUserAgentPair();
    init_is_crt_available();
    init_crt_availability();
    createDefaultUserAgentProvider = ({ serviceId, clientVersion }) => {
      let runtimeUserAgentPair = getRuntimeUserAgentPair();
      return async (config) => {
        let sections = [
          ["aws-sdk-js", clientVersion],
          ["ua", "2.1"],
          [`os/${(0, import_node_os.platform)()}`, (0, import_node_os.release)()],
          ["lang/js"],
          runtimeUserAgentPair
        ], crtAvailable = isCrtAvailable();
        crtAvailable && sections.push(crtAvailable), serviceId && sections.push([`api/${serviceId}`, clientVersion]), import_node_process2.env.AWS_EXECUTION_ENV && sections.push([`exec-env/${import_node_process2.env.AWS_EXECUTION_ENV}`]);
        let appId = await config?.userAgentAppId?.();
        return appId ? [...sections, [`app/${appId}`]] : [...sections];
      };
    }, defaultUserAgent = createDefaultUserAgentProvider;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/nodeAppIdConfigOptions.js
var UA_APP_ID_ENV_NAME, UA_APP_ID_INI_NAME, UA_APP_ID_INI_NAME_DEPRECATED, NODE_APP_ID_CONFIG_OPTIONS, init_nodeAppIdConfigOptions = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/nodeAppIdConfigOptions.js"() {
    init_configurations2();
    UA_APP_ID_ENV_NAME = "AWS_SDK_UA_APP_ID", UA_APP_ID_INI_NAME = "sdk_ua_app_id", UA_APP_ID_INI_NAME_DEPRECATED = "sdk-ua-app-id", NODE_APP_ID_CONFIG_OPTIONS = {
      environmentVariableSelector: (env2) => env2[UA_APP_ID_ENV_NAME],
      configFileSelector: (profile) => profile[UA_APP_ID_INI_NAME] ?? profile[UA_APP_ID_INI_NAME_DEPRECATED],
      default: DEFAULT_UA_APP_ID
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-browser/createUserAgentStringParsingProvider.js
var createUserAgentStringParsingProvider, init_createUserAgentStringParsingProvider = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-browser/createUserAgentStringParsingProvider.js"() {
    createUserAgentStringParsingProvider = ({ serviceId, clientVersion }) => async (config) => {
      let module = await import("./bowser-WVB65ARR.js"), parse = module.parse ?? module.default.parse ?? (() => ""), parsedUA = typeof window < "u" && window?.navigator?.userAgent ? parse(window.navigator.userAgent) : void 0, sections = [
        ["aws-sdk-js", clientVersion],
        ["ua", "2.1"],
        [`os/${parsedUA?.os?.name || "other"}`, parsedUA?.os?.version],
        ["lang/js"],
        ["md/browser", `${parsedUA?.browser?.name ?? "unknown"}_${parsedUA?.browser?.version ?? "unknown"}`]
      ];
      serviceId && sections.push([`api/${serviceId}`, clientVersion]);
      let appId = await config?.userAgentAppId?.();
      return appId && sections.push([`app/${appId}`]), sections;
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-browser/defaultUserAgent.js
var fallback, init_defaultUserAgent2 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-browser/defaultUserAgent.js"() {
    fallback = {
      os(ua) {
        if (/iPhone|iPad|iPod/.test(ua))
          return "iOS";
        if (/Macintosh|Mac OS X/.test(ua))
          return "macOS";
        if (/Windows NT/.test(ua))
          return "Windows";
        if (/Android/.test(ua))
          return "Android";
        if (/Linux/.test(ua))
          return "Linux";
      },
      browser(ua) {
        if (/EdgiOS|EdgA|Edg\//.test(ua))
          return "Microsoft Edge";
        if (/Firefox\//.test(ua))
          return "Firefox";
        if (/Chrome\//.test(ua))
          return "Chrome";
        if (/Safari\//.test(ua))
          return "Safari";
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/isIpAddress.js
var init_isIpAddress = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/isIpAddress.js"() {
    init_endpoints();
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/isVirtualHostableS3Bucket.js
var isVirtualHostableS3Bucket, init_isVirtualHostableS3Bucket = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/isVirtualHostableS3Bucket.js"() {
    init_endpoints();
    init_isIpAddress();
    isVirtualHostableS3Bucket = (value, allowSubDomains = !1) => {
      if (allowSubDomains) {
        for (let label of value.split("."))
          if (!isVirtualHostableS3Bucket(label))
            return !1;
        return !0;
      }
      return !(!isValidHostLabel(value) || value.length < 3 || value.length > 63 || value !== value.toLowerCase() || isIpAddress(value));
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/parseArn.js
var parseArn, init_parseArn = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/parseArn.js"() {
    parseArn = (value) => {
      let segments = value.split(":");
      if (segments.length < 6)
        return null;
      let [arn, partition2, service, region, accountId, ...resourcePath] = segments;
      if (arn !== "arn" || partition2 === "" || service === "" || resourcePath.join(":") === "")
        return null;
      let resourceId = resourcePath.map((resource) => resource.split("/")).flat();
      return {
        partition: partition2,
        service,
        region,
        accountId,
        resourceId
      };
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/aws.js
var awsEndpointFunctions, init_aws = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/aws.js"() {
    init_endpoints();
    init_isVirtualHostableS3Bucket();
    init_parseArn();
    init_partition();
    awsEndpointFunctions = {
      isVirtualHostableS3Bucket,
      parseArn,
      partition
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/resolveEndpoint.js
var init_resolveEndpoint = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/resolveEndpoint.js"() {
    init_endpoints();
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/resolveDefaultAwsRegionalEndpointsConfig.js
var resolveDefaultAwsRegionalEndpointsConfig, toEndpointV1, init_resolveDefaultAwsRegionalEndpointsConfig = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/resolveDefaultAwsRegionalEndpointsConfig.js"() {
    init_protocols();
    resolveDefaultAwsRegionalEndpointsConfig = (input) => {
      if (typeof input.endpointProvider != "function")
        throw new Error("@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.");
      let { endpoint } = input;
      return endpoint === void 0 && (input.endpoint = async () => toEndpointV1(input.endpointProvider({
        Region: typeof input.region == "function" ? await input.region() : input.region,
        UseDualStack: typeof input.useDualstackEndpoint == "function" ? await input.useDualstackEndpoint() : input.useDualstackEndpoint,
        UseFIPS: typeof input.useFipsEndpoint == "function" ? await input.useFipsEndpoint() : input.useFipsEndpoint,
        Endpoint: void 0
      }, { logger: input.logger }))), input;
    }, toEndpointV1 = (endpoint) => parseUrl(endpoint.url);
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/types/EndpointError.js
var init_EndpointError = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/types/EndpointError.js"() {
    init_endpoints();
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/region-config-resolver/awsRegionConfig.js
var init_awsRegionConfig = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/region-config-resolver/awsRegionConfig.js"() {
    init_config();
    init_config();
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/region-config-resolver/stsRegionDefaultResolver.js
function stsRegionDefaultResolver(loaderConfig = {}) {
  return loadConfig({
    ...NODE_REGION_CONFIG_OPTIONS,
    async default() {
      return warning.silence || console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly."), "us-east-1";
    }
  }, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig });
}
var warning, init_stsRegionDefaultResolver = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/region-config-resolver/stsRegionDefaultResolver.js"() {
    init_config();
    warning = {
      silence: !1
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/region-config-resolver/extensions.js
var getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, init_extensions = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/region-config-resolver/extensions.js"() {
    getAwsRegionExtensionConfiguration = (runtimeConfig) => ({
      setRegion(region) {
        runtimeConfig.region = region;
      },
      region() {
        return runtimeConfig.region;
      }
    }), resolveAwsRegionExtensionConfiguration = (awsRegionExtensionConfiguration) => ({
      region: awsRegionExtensionConfiguration.region()
    });
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/client/index.js
var client_exports2 = {};
__export(client_exports2, {
  DEFAULT_UA_APP_ID: () => DEFAULT_UA_APP_ID,
  EndpointError: () => EndpointError,
  NODE_APP_ID_CONFIG_OPTIONS: () => NODE_APP_ID_CONFIG_OPTIONS,
  NODE_REGION_CONFIG_FILE_OPTIONS: () => NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS: () => NODE_REGION_CONFIG_OPTIONS,
  REGION_ENV_NAME: () => REGION_ENV_NAME,
  REGION_INI_NAME: () => REGION_INI_NAME,
  UA_APP_ID_ENV_NAME: () => UA_APP_ID_ENV_NAME,
  UA_APP_ID_INI_NAME: () => UA_APP_ID_INI_NAME,
  awsEndpointFunctions: () => awsEndpointFunctions,
  createDefaultUserAgentProvider: () => createDefaultUserAgentProvider,
  createUserAgentStringParsingProvider: () => createUserAgentStringParsingProvider,
  crtAvailability: () => crtAvailability,
  defaultUserAgent: () => defaultUserAgent,
  emitWarningIfUnsupportedVersion: () => emitWarningIfUnsupportedVersion2,
  fallback: () => fallback,
  getAwsRegionExtensionConfiguration: () => getAwsRegionExtensionConfiguration,
  getDefaultSocketTimeout: () => getDefaultSocketTimeout,
  getHostHeaderPlugin: () => getHostHeaderPlugin,
  getLoggerPlugin: () => getLoggerPlugin,
  getLongPollPlugin: () => getLongPollPlugin,
  getRecursionDetectionPlugin: () => getRecursionDetectionPlugin,
  getUserAgentMiddlewareOptions: () => getUserAgentMiddlewareOptions,
  getUserAgentPlugin: () => getUserAgentPlugin,
  getUserAgentPrefix: () => getUserAgentPrefix,
  hostHeaderMiddleware: () => hostHeaderMiddleware,
  hostHeaderMiddlewareOptions: () => hostHeaderMiddlewareOptions,
  isIpAddress: () => isIpAddress,
  isVirtualHostableS3Bucket: () => isVirtualHostableS3Bucket,
  loggerMiddleware: () => loggerMiddleware,
  loggerMiddlewareOptions: () => loggerMiddlewareOptions,
  parseArn: () => parseArn,
  partition: () => partition,
  recursionDetectionMiddleware: () => recursionDetectionMiddleware,
  recursionDetectionMiddlewareOptions: () => recursionDetectionMiddlewareOptions,
  resolveAwsRegionExtensionConfiguration: () => resolveAwsRegionExtensionConfiguration,
  resolveDefaultAwsRegionalEndpointsConfig: () => resolveDefaultAwsRegionalEndpointsConfig,
  resolveEndpoint: () => resolveEndpoint,
  resolveHostHeaderConfig: () => resolveHostHeaderConfig,
  resolveRegionConfig: () => resolveRegionConfig,
  resolveUserAgentConfig: () => resolveUserAgentConfig,
  setCredentialFeature: () => setCredentialFeature,
  setFeature: () => setFeature2,
  setPartitionInfo: () => setPartitionInfo,
  setTokenFeature: () => setTokenFeature,
  state: () => state,
  stsRegionDefaultResolver: () => stsRegionDefaultResolver,
  stsRegionWarning: () => warning,
  toEndpointV1: () => toEndpointV1,
  useDefaultPartitionInfo: () => useDefaultPartitionInfo,
  userAgentMiddleware: () => userAgentMiddleware
});
var init_client2 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/client/index.js"() {
    init_emitWarningIfUnsupportedVersion();
    init_longPollMiddleware();
    init_setCredentialFeature();
    init_setFeature2();
    init_setTokenFeature();
    init_getDefaultSocketTimeout();
    init_hostHeaderMiddleware();
    init_loggerMiddleware();
    init_configuration();
    init_getRecursionDetectionPlugin();
    init_recursionDetectionMiddleware();
    init_configurations2();
    init_user_agent_middleware();
    init_defaultUserAgent();
    init_nodeAppIdConfigOptions();
    init_defaultUserAgent2();
    init_createUserAgentStringParsingProvider();
    init_aws();
    init_resolveEndpoint();
    init_resolveDefaultAwsRegionalEndpointsConfig();
    init_isIpAddress();
    init_isVirtualHostableS3Bucket();
    init_parseArn();
    init_partition();
    init_EndpointError();
    init_awsRegionConfig();
    init_stsRegionDefaultResolver();
    init_extensions();
  }
});

// node_modules/@smithy/signature-v4/dist-cjs/index.js
var require_dist_cjs2 = __commonJS({
  "node_modules/@smithy/signature-v4/dist-cjs/index.js"(exports) {
    var { hasOwn: hasOwn2, fromUtf8: fromUtf82, fromHex, toHex, toUint8Array, writeKey: writeKey3, isArrayBuffer } = (init_serde(), __toCommonJS(serde_exports)), { normalizeProvider: normalizeProvider3 } = (init_client(), __toCommonJS(client_exports)), { escapeUri: escapeUri2, HttpRequest: HttpRequest2 } = (init_protocols(), __toCommonJS(protocols_exports)), HeaderFormatter = class {
      format(headers) {
        let chunks = [];
        for (let headerName in headers) {
          if (!hasOwn2(headers, headerName))
            continue;
          let bytes = fromUtf82(headerName);
          chunks.push(Uint8Array.from([bytes.byteLength]), bytes, this.formatHeaderValue(headers[headerName]));
        }
        let out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0)), position = 0;
        for (let chunk of chunks)
          out.set(chunk, position), position += chunk.byteLength;
        return out;
      }
      formatHeaderValue(header) {
        switch (header.type) {
          case "boolean":
            return Uint8Array.from([header.value ? 0 : 1]);
          case "byte":
            return Uint8Array.from([2, header.value]);
          case "short":
            let shortView = new DataView(new ArrayBuffer(3));
            return shortView.setUint8(0, 3), shortView.setInt16(1, header.value, !1), new Uint8Array(shortView.buffer);
          case "integer":
            let intView = new DataView(new ArrayBuffer(5));
            return intView.setUint8(0, 4), intView.setInt32(1, header.value, !1), new Uint8Array(intView.buffer);
          case "long":
            let longBytes = new Uint8Array(9);
            return longBytes[0] = 5, longBytes.set(header.value.bytes, 1), longBytes;
          case "binary":
            let binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
            binView.setUint8(0, 6), binView.setUint16(1, header.value.byteLength, !1);
            let binBytes = new Uint8Array(binView.buffer);
            return binBytes.set(header.value, 3), binBytes;
          case "string":
            let utf8Bytes = fromUtf82(header.value), strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
            strView.setUint8(0, 7), strView.setUint16(1, utf8Bytes.byteLength, !1);
            let strBytes = new Uint8Array(strView.buffer);
            return strBytes.set(utf8Bytes, 3), strBytes;
          case "timestamp":
            let tsBytes = new Uint8Array(9);
            return tsBytes[0] = 8, tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1), tsBytes;
          case "uuid":
            if (!UUID_PATTERN.test(header.value))
              throw new Error(`Invalid UUID received: ${header.value}`);
            let uuidBytes = new Uint8Array(17);
            return uuidBytes[0] = 9, uuidBytes.set(fromHex(header.value.replace(/-/g, "")), 1), uuidBytes;
        }
      }
    }, HEADER_VALUE_TYPE;
    (function(HEADER_VALUE_TYPE2) {
      HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.boolTrue = 0] = "boolTrue", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.boolFalse = 1] = "boolFalse", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.byte = 2] = "byte", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.short = 3] = "short", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.integer = 4] = "integer", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.long = 5] = "long", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.byteArray = 6] = "byteArray", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.string = 7] = "string", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.timestamp = 8] = "timestamp", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.uuid = 9] = "uuid";
    })(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
    var UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/, Int64 = class _Int64 {
      bytes;
      constructor(bytes) {
        if (this.bytes = bytes, bytes.byteLength !== 8)
          throw new Error("Int64 buffers must be exactly 8 bytes");
      }
      static fromNumber(number) {
        if (number > 9223372036854776e3 || number < -9223372036854776e3)
          throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
        let bytes = new Uint8Array(8);
        for (let i5 = 7, remaining = Math.abs(Math.round(number)); i5 > -1 && remaining > 0; i5--, remaining /= 256)
          bytes[i5] = remaining;
        return number < 0 && negate(bytes), new _Int64(bytes);
      }
      valueOf() {
        let bytes = this.bytes.slice(0), negative = bytes[0] & 128;
        return negative && negate(bytes), parseInt(toHex(bytes), 16) * (negative ? -1 : 1);
      }
      toString() {
        return String(this.valueOf());
      }
    };
    function negate(bytes) {
      for (let i5 = 0; i5 < 8; i5++)
        bytes[i5] ^= 255;
      for (let i5 = 7; i5 > -1 && (bytes[i5]++, bytes[i5] === 0); i5--)
        ;
    }
    var ALGORITHM_QUERY_PARAM = "X-Amz-Algorithm", CREDENTIAL_QUERY_PARAM = "X-Amz-Credential", AMZ_DATE_QUERY_PARAM = "X-Amz-Date", SIGNED_HEADERS_QUERY_PARAM = "X-Amz-SignedHeaders", EXPIRES_QUERY_PARAM = "X-Amz-Expires", SIGNATURE_QUERY_PARAM = "X-Amz-Signature", TOKEN_QUERY_PARAM = "X-Amz-Security-Token", REGION_SET_PARAM = "X-Amz-Region-Set", AUTH_HEADER = "authorization", AMZ_DATE_HEADER = AMZ_DATE_QUERY_PARAM.toLowerCase(), DATE_HEADER = "date", GENERATED_HEADERS = [AUTH_HEADER, AMZ_DATE_HEADER, DATE_HEADER], SIGNATURE_HEADER = SIGNATURE_QUERY_PARAM.toLowerCase(), SHA256_HEADER = "x-amz-content-sha256", TOKEN_HEADER = TOKEN_QUERY_PARAM.toLowerCase(), HOST_HEADER = "host", ALWAYS_UNSIGNABLE_HEADERS = {
      authorization: !0,
      "cache-control": !0,
      connection: !0,
      expect: !0,
      from: !0,
      "keep-alive": !0,
      "max-forwards": !0,
      pragma: !0,
      referer: !0,
      te: !0,
      trailer: !0,
      "transfer-encoding": !0,
      upgrade: !0,
      "user-agent": !0,
      "x-amzn-trace-id": !0
    }, PROXY_HEADER_PATTERN = /^proxy-/, SEC_HEADER_PATTERN = /^sec-/, UNSIGNABLE_PATTERNS = [/^proxy-/i, /^sec-/i], ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256", ALGORITHM_IDENTIFIER_V4A = "AWS4-ECDSA-P256-SHA256", EVENT_ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256-PAYLOAD", UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD", MAX_CACHE_SIZE = 50, KEY_TYPE_IDENTIFIER = "aws4_request", MAX_PRESIGNED_TTL = 3600 * 24 * 7, getCanonicalQuery = ({ query = {} }) => {
      let keys = [], serialized = {};
      for (let key in query) {
        if (!hasOwn2(query, key) || key.toLowerCase() === SIGNATURE_HEADER)
          continue;
        let encodedKey = escapeUri2(key);
        keys.push(encodedKey);
        let value = query[key];
        typeof value == "string" ? serialized[encodedKey] = `${encodedKey}=${escapeUri2(value)}` : Array.isArray(value) && (serialized[encodedKey] = value.slice(0).reduce((encoded, value2) => encoded.concat([`${encodedKey}=${escapeUri2(value2)}`]), []).sort().join("&"));
      }
      return keys.sort().map((key) => serialized[key]).filter((serialized2) => serialized2).join("&");
    }, iso8601 = (time) => toDate(time).toISOString().replace(/\.\d{3}Z$/, "Z"), toDate = (time) => typeof time == "number" ? new Date(time * 1e3) : typeof time == "string" ? Number(time) ? new Date(Number(time) * 1e3) : new Date(time) : time, SignatureV4Base = class {
      service;
      regionProvider;
      credentialProvider;
      sha256;
      uriEscapePath;
      applyChecksum;
      constructor({ applyChecksum, credentials, region, service, sha256, uriEscapePath = !0 }) {
        this.service = service, this.sha256 = sha256, this.uriEscapePath = uriEscapePath, this.applyChecksum = typeof applyChecksum == "boolean" ? applyChecksum : !0, this.regionProvider = normalizeProvider3(region), this.credentialProvider = normalizeProvider3(credentials);
      }
      createCanonicalRequest(request, canonicalHeaders, payloadHash) {
        let sortedHeaders = Object.keys(canonicalHeaders).sort();
        return `${request.method}
${this.getCanonicalPath(request)}
${getCanonicalQuery(request)}
${sortedHeaders.map((name) => `${name}:${canonicalHeaders[name]}`).join(`
`)}

${sortedHeaders.join(";")}
${payloadHash}`;
      }
      async createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier) {
        let hash = new this.sha256();
        hash.update(toUint8Array(canonicalRequest));
        let hashedRequest = await hash.digest();
        return `${algorithmIdentifier}
${longDate}
${credentialScope}
${toHex(hashedRequest)}`;
      }
      getCanonicalPath({ path }) {
        if (this.uriEscapePath) {
          let normalizedPathSegments = [];
          for (let pathSegment of path.split("/"))
            pathSegment?.length !== 0 && pathSegment !== "." && (pathSegment === ".." ? normalizedPathSegments.pop() : normalizedPathSegments.push(pathSegment));
          let normalizedPath = `${path?.startsWith("/") ? "/" : ""}${normalizedPathSegments.join("/")}${normalizedPathSegments.length > 0 && path?.endsWith("/") ? "/" : ""}`;
          return escapeUri2(normalizedPath).replace(/%2F/g, "/");
        }
        return path;
      }
      validateResolvedCredentials(credentials) {
        if (typeof credentials != "object" || typeof credentials.accessKeyId != "string" || typeof credentials.secretAccessKey != "string")
          throw new Error("Resolved credential object is not valid");
      }
      formatDate(now) {
        let longDate = iso8601(now).replace(/[-:]/g, "");
        return {
          longDate,
          shortDate: longDate.slice(0, 8)
        };
      }
      getCanonicalHeaderList(headers) {
        return Object.keys(headers).sort().join(";");
      }
    }, signingKeyCache = {}, cacheQueue = [], createScope = (shortDate, region, service) => `${shortDate}/${region}/${service}/${KEY_TYPE_IDENTIFIER}`, getSigningKey = async (sha256Constructor, credentials, shortDate, region, service) => {
      let credsHash = await hmac(sha256Constructor, credentials.secretAccessKey, credentials.accessKeyId), cacheKey = `${shortDate}:${region}:${service}:${toHex(credsHash)}:${credentials.sessionToken}`;
      if (cacheKey in signingKeyCache)
        return signingKeyCache[cacheKey];
      for (cacheQueue.push(cacheKey); cacheQueue.length > MAX_CACHE_SIZE; )
        delete signingKeyCache[cacheQueue.shift()];
      let key = `AWS4${credentials.secretAccessKey}`;
      for (let signable of [shortDate, region, service, KEY_TYPE_IDENTIFIER])
        key = await hmac(sha256Constructor, key, signable);
      return signingKeyCache[cacheKey] = key;
    }, clearCredentialCache = () => {
      cacheQueue.length = 0, Object.keys(signingKeyCache).forEach((cacheKey) => {
        delete signingKeyCache[cacheKey];
      });
    }, hmac = (ctor, secret, data) => {
      let hash = new ctor(secret);
      return hash.update(toUint8Array(data)), hash.digest();
    }, getCanonicalHeaders = ({ headers }, unsignableHeaders, signableHeaders) => {
      let canonical = {};
      for (let headerName of Object.keys(headers).sort()) {
        if (headers[headerName] == null)
          continue;
        let canonicalHeaderName = headerName.toLowerCase();
        (hasOwn2(ALWAYS_UNSIGNABLE_HEADERS, canonicalHeaderName) || unsignableHeaders?.has(canonicalHeaderName) || PROXY_HEADER_PATTERN.test(canonicalHeaderName) || SEC_HEADER_PATTERN.test(canonicalHeaderName)) && (!signableHeaders || signableHeaders && !signableHeaders.has(canonicalHeaderName)) || (canonicalHeaderName === "__proto__" && writeKey3(canonical), canonical[canonicalHeaderName] = headers[headerName].replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").replace(/^ | $/g, ""));
      }
      return canonical;
    }, getPayloadHash = async ({ headers, body }, hashConstructor) => {
      for (let headerName in headers)
        if (hasOwn2(headers, headerName) && headerName.toLowerCase() === SHA256_HEADER)
          return headers[headerName];
      if (body == null)
        return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
      if (typeof body == "string" || ArrayBuffer.isView(body) || isArrayBuffer(body)) {
        let hashCtor = new hashConstructor();
        return hashCtor.update(toUint8Array(body)), toHex(await hashCtor.digest());
      }
      return UNSIGNED_PAYLOAD;
    }, hasHeader = (soughtHeader, headers) => {
      soughtHeader = soughtHeader.toLowerCase();
      for (let headerName in headers)
        if (hasOwn2(headers, headerName) && soughtHeader === headerName.toLowerCase())
          return !0;
      return !1;
    }, moveHeadersToQuery = (request, options = {}) => {
      let { headers, query = {} } = HttpRequest2.clone(request);
      for (let name in headers) {
        if (!hasOwn2(headers, name))
          continue;
        let lname = name.toLowerCase();
        (lname.slice(0, 6) === "x-amz-" && !options.unhoistableHeaders?.has(lname) || options.hoistableHeaders?.has(lname)) && (query[name] = headers[name], delete headers[name]);
      }
      return {
        ...request,
        headers,
        query
      };
    }, prepareRequest = (request) => {
      request = HttpRequest2.clone(request);
      for (let headerName in request.headers)
        hasOwn2(request.headers, headerName) && GENERATED_HEADERS.indexOf(headerName.toLowerCase()) > -1 && delete request.headers[headerName];
      return request;
    }, SignatureV42 = class extends SignatureV4Base {
      headerFormatter = new HeaderFormatter();
      constructor({ applyChecksum, credentials, region, service, sha256, uriEscapePath = !0 }) {
        super({
          applyChecksum,
          credentials,
          region,
          service,
          sha256,
          uriEscapePath
        });
      }
      async presign(originalRequest, options = {}) {
        let { signingDate = /* @__PURE__ */ new Date(), expiresIn = 3600, unsignableHeaders, unhoistableHeaders, signableHeaders, hoistableHeaders, signingRegion, signingService } = options, credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        let region = signingRegion ?? await this.regionProvider(), { longDate, shortDate } = this.formatDate(signingDate);
        if (expiresIn > MAX_PRESIGNED_TTL)
          return Promise.reject("Signature version 4 presigned URLs must have an expiration date less than one week in the future");
        let scope = createScope(shortDate, region, signingService ?? this.service), request = moveHeadersToQuery(prepareRequest(originalRequest), { unhoistableHeaders, hoistableHeaders });
        credentials.sessionToken && (request.query[TOKEN_QUERY_PARAM] = credentials.sessionToken), request.query[ALGORITHM_QUERY_PARAM] = ALGORITHM_IDENTIFIER, request.query[CREDENTIAL_QUERY_PARAM] = `${credentials.accessKeyId}/${scope}`, request.query[AMZ_DATE_QUERY_PARAM] = longDate, request.query[EXPIRES_QUERY_PARAM] = expiresIn.toString(10);
        let canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
        return request.query[SIGNED_HEADERS_QUERY_PARAM] = this.getCanonicalHeaderList(canonicalHeaders), request.query[SIGNATURE_QUERY_PARAM] = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, await getPayloadHash(originalRequest, this.sha256))), request;
      }
      async sign(toSign, options) {
        return typeof toSign == "string" ? this.signString(toSign, options) : toSign.headers && toSign.payload ? this.signEvent(toSign, options) : toSign.message ? this.signMessage(toSign, options) : this.signRequest(toSign, options);
      }
      async signEvent({ headers, payload: payload2 }, { signingDate = /* @__PURE__ */ new Date(), priorSignature, signingRegion, signingService, eventStreamCredentials }) {
        let region = signingRegion ?? await this.regionProvider(), { shortDate, longDate } = this.formatDate(signingDate), scope = createScope(shortDate, region, signingService ?? this.service), hashedPayload = await getPayloadHash({ headers: {}, body: payload2 }, this.sha256), hash = new this.sha256();
        hash.update(headers);
        let hashedHeaders = toHex(await hash.digest()), stringToSign = [
          EVENT_ALGORITHM_IDENTIFIER,
          longDate,
          scope,
          priorSignature,
          hashedHeaders,
          hashedPayload
        ].join(`
`);
        return this.signString(stringToSign, {
          signingDate,
          signingRegion: region,
          signingService,
          eventStreamCredentials
        });
      }
      async signMessage(signableMessage, { signingDate = /* @__PURE__ */ new Date(), signingRegion, signingService, eventStreamCredentials }) {
        return this.signEvent({
          headers: this.headerFormatter.format(signableMessage.message.headers),
          payload: signableMessage.message.body
        }, {
          signingDate,
          signingRegion,
          signingService,
          priorSignature: signableMessage.priorSignature,
          eventStreamCredentials
        }).then((signature) => ({ message: signableMessage.message, signature }));
      }
      async signString(stringToSign, { signingDate = /* @__PURE__ */ new Date(), signingRegion, signingService, eventStreamCredentials } = {}) {
        let credentials = eventStreamCredentials ?? await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        let region = signingRegion ?? await this.regionProvider(), { shortDate } = this.formatDate(signingDate), hash = new this.sha256(await this.getSigningKey(credentials, region, shortDate, signingService));
        return hash.update(toUint8Array(stringToSign)), toHex(await hash.digest());
      }
      async signRequest(requestToSign, { signingDate = /* @__PURE__ */ new Date(), signableHeaders, unsignableHeaders, signingRegion, signingService } = {}) {
        let credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        let region = signingRegion ?? await this.regionProvider(), request = prepareRequest(requestToSign), { longDate, shortDate } = this.formatDate(signingDate), scope = createScope(shortDate, region, signingService ?? this.service);
        request.headers[AMZ_DATE_HEADER] = longDate, credentials.sessionToken && (request.headers[TOKEN_HEADER] = credentials.sessionToken);
        let payloadHash = await getPayloadHash(request, this.sha256);
        !hasHeader(SHA256_HEADER, request.headers) && this.applyChecksum && (request.headers[SHA256_HEADER] = payloadHash);
        let canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders), signature = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, payloadHash));
        return request.headers[AUTH_HEADER] = `${ALGORITHM_IDENTIFIER} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, Signature=${signature}`, request;
      }
      async getSignature(longDate, credentialScope, keyPromise, canonicalRequest) {
        let stringToSign = await this.createStringToSign(longDate, credentialScope, canonicalRequest, ALGORITHM_IDENTIFIER), hash = new this.sha256(await keyPromise);
        return hash.update(toUint8Array(stringToSign)), toHex(await hash.digest());
      }
      getSigningKey(credentials, region, shortDate, service) {
        return getSigningKey(this.sha256, credentials, shortDate, region, service || this.service);
      }
    }, signatureV4aContainer = {
      SignatureV4a: null
    };
    exports.ALGORITHM_IDENTIFIER = ALGORITHM_IDENTIFIER;
    exports.ALGORITHM_IDENTIFIER_V4A = ALGORITHM_IDENTIFIER_V4A;
    exports.ALGORITHM_QUERY_PARAM = ALGORITHM_QUERY_PARAM;
    exports.ALWAYS_UNSIGNABLE_HEADERS = ALWAYS_UNSIGNABLE_HEADERS;
    exports.AMZ_DATE_HEADER = AMZ_DATE_HEADER;
    exports.AMZ_DATE_QUERY_PARAM = AMZ_DATE_QUERY_PARAM;
    exports.AUTH_HEADER = AUTH_HEADER;
    exports.CREDENTIAL_QUERY_PARAM = CREDENTIAL_QUERY_PARAM;
    exports.DATE_HEADER = DATE_HEADER;
    exports.EVENT_ALGORITHM_IDENTIFIER = EVENT_ALGORITHM_IDENTIFIER;
    exports.EXPIRES_QUERY_PARAM = EXPIRES_QUERY_PARAM;
    exports.GENERATED_HEADERS = GENERATED_HEADERS;
    exports.HOST_HEADER = HOST_HEADER;
    exports.KEY_TYPE_IDENTIFIER = KEY_TYPE_IDENTIFIER;
    exports.MAX_CACHE_SIZE = MAX_CACHE_SIZE;
    exports.MAX_PRESIGNED_TTL = MAX_PRESIGNED_TTL;
    exports.PROXY_HEADER_PATTERN = PROXY_HEADER_PATTERN;
    exports.REGION_SET_PARAM = REGION_SET_PARAM;
    exports.SEC_HEADER_PATTERN = SEC_HEADER_PATTERN;
    exports.SHA256_HEADER = SHA256_HEADER;
    exports.SIGNATURE_HEADER = SIGNATURE_HEADER;
    exports.SIGNATURE_QUERY_PARAM = SIGNATURE_QUERY_PARAM;
    exports.SIGNED_HEADERS_QUERY_PARAM = SIGNED_HEADERS_QUERY_PARAM;
    exports.SignatureV4 = SignatureV42;
    exports.SignatureV4Base = SignatureV4Base;
    exports.TOKEN_HEADER = TOKEN_HEADER;
    exports.TOKEN_QUERY_PARAM = TOKEN_QUERY_PARAM;
    exports.UNSIGNABLE_PATTERNS = UNSIGNABLE_PATTERNS;
    exports.UNSIGNED_PAYLOAD = UNSIGNED_PAYLOAD;
    exports.clearCredentialCache = clearCredentialCache;
    exports.createScope = createScope;
    exports.getCanonicalHeaders = getCanonicalHeaders;
    exports.getCanonicalQuery = getCanonicalQuery;
    exports.getPayloadHash = getPayloadHash;
    exports.getSigningKey = getSigningKey;
    exports.hasHeader = hasHeader;
    exports.moveHeadersToQuery = moveHeadersToQuery;
    exports.prepareRequest = prepareRequest;
    exports.signatureV4aContainer = signatureV4aContainer;
  }
});

// node_modules/@aws-sdk/signature-v4-multi-region/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/signature-v4-multi-region/dist-cjs/index.js"(exports) {
    var { SignatureV4: SignatureV42, signatureV4aContainer } = require_dist_cjs2(), signatureV4CrtContainer = {
      CrtSignerV4: null
    }, SESSION_TOKEN_QUERY_PARAM = "X-Amz-S3session-Token", SESSION_TOKEN_HEADER = SESSION_TOKEN_QUERY_PARAM.toLowerCase(), SignatureV4SignWithCredentials = class extends SignatureV42 {
      async signWithCredentials(requestToSign, credentials, options) {
        let credentialsWithoutSessionToken = getCredentialsWithoutSessionToken(credentials);
        requestToSign.headers[SESSION_TOKEN_HEADER] = credentials.sessionToken;
        let privateAccess = this;
        return setSingleOverride(privateAccess, credentialsWithoutSessionToken), privateAccess.signRequest(requestToSign, options ?? {});
      }
      async presignWithCredentials(requestToSign, credentials, options) {
        let credentialsWithoutSessionToken = getCredentialsWithoutSessionToken(credentials);
        return delete requestToSign.headers[SESSION_TOKEN_HEADER], requestToSign.headers[SESSION_TOKEN_QUERY_PARAM] = credentials.sessionToken, requestToSign.query = requestToSign.query ?? {}, requestToSign.query[SESSION_TOKEN_QUERY_PARAM] = credentials.sessionToken, setSingleOverride(this, credentialsWithoutSessionToken), this.presign(requestToSign, options);
      }
    };
    function getCredentialsWithoutSessionToken(credentials) {
      return {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        expiration: credentials.expiration
      };
    }
    function setSingleOverride(privateAccess, credentialsWithoutSessionToken) {
      let currentCredentialProvider = privateAccess.credentialProvider;
      privateAccess.credentialProvider = () => (privateAccess.credentialProvider = currentCredentialProvider, Promise.resolve(credentialsWithoutSessionToken));
    }
    var SignatureV4MultiRegion3 = class {
      sigv4aSigner;
      sigv4Signer;
      signerOptions;
      static sigv4aDependency() {
        return typeof signatureV4CrtContainer.CrtSignerV4 == "function" ? "crt" : typeof signatureV4aContainer.SignatureV4a == "function" ? "js" : "none";
      }
      constructor(options) {
        this.sigv4Signer = new SignatureV4SignWithCredentials(options), this.signerOptions = options;
      }
      async sign(requestToSign, options = {}) {
        return options.signingRegion === "*" ? this.getSigv4aSigner().sign(requestToSign, options) : this.sigv4Signer.sign(requestToSign, options);
      }
      async signWithCredentials(requestToSign, credentials, options = {}) {
        if (options.signingRegion === "*") {
          let signer = this.getSigv4aSigner(), CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
          if (CrtSignerV4 && signer instanceof CrtSignerV4)
            return signer.signWithCredentials(requestToSign, credentials, options);
          throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`);
        }
        return this.sigv4Signer.signWithCredentials(requestToSign, credentials, options);
      }
      async presign(originalRequest, options = {}) {
        if (options.signingRegion === "*") {
          let signer = this.getSigv4aSigner(), CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
          if (CrtSignerV4 && signer instanceof CrtSignerV4)
            return signer.presign(originalRequest, options);
          throw new Error(`presign with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`);
        }
        return this.sigv4Signer.presign(originalRequest, options);
      }
      async presignWithCredentials(originalRequest, credentials, options = {}) {
        if (options.signingRegion === "*")
          throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");
        return this.sigv4Signer.presignWithCredentials(originalRequest, credentials, options);
      }
      getSigv4aSigner() {
        if (!this.sigv4aSigner) {
          let CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4, JsSigV4aSigner = signatureV4aContainer.SignatureV4a;
          if (this.signerOptions.runtime === "node") {
            if (!CrtSignerV4 && !JsSigV4aSigner)
              throw new Error("Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
            if (CrtSignerV4 && typeof CrtSignerV4 == "function")
              this.sigv4aSigner = new CrtSignerV4({
                ...this.signerOptions,
                signingAlgorithm: 1
              });
            else if (JsSigV4aSigner && typeof JsSigV4aSigner == "function")
              this.sigv4aSigner = new JsSigV4aSigner({
                ...this.signerOptions
              });
            else
              throw new Error("Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
          } else {
            if (!JsSigV4aSigner || typeof JsSigV4aSigner != "function")
              throw new Error("JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");
            this.sigv4aSigner = new JsSigV4aSigner({
              ...this.signerOptions
            });
          }
        }
        return this.sigv4aSigner;
      }
    };
    exports.SignatureV4MultiRegion = SignatureV4MultiRegion3;
    exports.SignatureV4SignWithCredentials = SignatureV4SignWithCredentials;
    exports.signatureV4CrtContainer = signatureV4CrtContainer;
  }
});

// node_modules/@smithy/core/dist-es/submodules/cbor/cbor-types.js
var tagSymbol, init_cbor_types = __esm({
  "node_modules/@smithy/core/dist-es/submodules/cbor/cbor-types.js"() {
    tagSymbol = /* @__PURE__ */ Symbol("@smithy/core/cbor::tagSymbol");
  }
});

// node_modules/@smithy/core/dist-es/submodules/cbor/parseCborBody.js
var loadSmithyRpcV2CborErrorCode, init_parseCborBody = __esm({
  "node_modules/@smithy/core/dist-es/submodules/cbor/parseCborBody.js"() {
    loadSmithyRpcV2CborErrorCode = (output, data) => {
      let sanitizeErrorCode2 = (rawValue) => {
        let cleanValue = rawValue;
        return typeof cleanValue == "number" && (cleanValue = cleanValue.toString()), cleanValue.indexOf(",") >= 0 && (cleanValue = cleanValue.split(",")[0]), cleanValue.indexOf(":") >= 0 && (cleanValue = cleanValue.split(":")[0]), cleanValue;
      };
      if (data.__type !== void 0)
        return sanitizeErrorCode2(data.__type);
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/cbor/codec-v2/CborShapeSerializer2.js
function loadCborStructIterator(ns) {
  let schema = ns.getSchema(), existing = schema[CBOR_STRUCT_CACHE];
  if (existing)
    return existing;
  let memberNames = [], memberSchemas = [];
  for (let [name, memberSchema] of ns.structIterator())
    memberNames.push(name), memberSchemas.push(memberSchema);
  let encodedKeys = new Array(memberNames.length);
  for (let i5 = 0; i5 < memberNames.length; ++i5)
    encodedKeys[i5] = encodeCborStringKey(memberNames[i5]);
  let cache5 = { memberNames, memberSchemas, encodedKeys };
  return schema[CBOR_STRUCT_CACHE] = cache5, cache5;
}
function encodeCborStringKey(s2) {
  let utf8Bytes;
  USE_BUFFER ? utf8Bytes = Buffer.from(s2, "utf-8") : utf8Bytes = new TextEncoder().encode(s2);
  let byteLen = utf8Bytes.length, headerSize;
  byteLen < 24 ? headerSize = 1 : byteLen < 256 ? headerSize = 2 : headerSize = 3;
  let result = new Uint8Array(headerSize + byteLen);
  return headerSize === 1 ? result[0] = 96 | byteLen : headerSize === 2 ? (result[0] = 120, result[1] = byteLen) : (result[0] = 121, result[1] = byteLen >> 8, result[2] = byteLen & 255), result.set(utf8Bytes, headerSize), result;
}
function allocUnsafe(size) {
  return USE_BUFFER ? Buffer.allocUnsafe(size) : new Uint8Array(size);
}
function writeValue(ns, value, container, serdeContext) {
  if (value == null) {
    if (value === void 0 && ns.isIdempotencyToken()) {
      writeString(generateIdempotencyToken());
      return;
    }
    ensure(1), buf[cursor++] = 246;
    return;
  }
  if (ns.isUnitSchema()) {
    ensure(1), encodeHeader(5, 0);
    return;
  }
  if (typeof value == "object") {
    if (ns.isBlobSchema() && value instanceof Uint8Array) {
      writeBytes(value);
      return;
    }
    if (ns.isTimestampSchema() && value instanceof Date) {
      writeTimestamp(value);
      return;
    }
    if (ns.isStructSchema()) {
      writeStruct(ns, value, serdeContext);
      return;
    }
    if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) {
      writeList(ns, value, ns.isDocumentSchema(), serdeContext);
      return;
    }
    if (ns.isMapSchema()) {
      writeMap(ns, value, !1, serdeContext);
      return;
    }
    if (value instanceof Date) {
      writeTimestamp(value);
      return;
    }
    if (value instanceof Uint8Array) {
      writeBytes(value);
      return;
    }
    if (value instanceof NumericValue) {
      writeNumericValue(value);
      return;
    }
    if (value[tagSymbol]) {
      let tagged = value;
      writeTag(tagged.tag, tagged.value);
      return;
    }
    if (ns.isDocumentSchema()) {
      Array.isArray(value) ? writeList(ns, value, !0, serdeContext) : writeMap(ns, value, !0, serdeContext);
      return;
    }
    if (ns.isBigDecimalSchema()) {
      writeUntypedValue(value);
      return;
    }
    writeMap(ns, value, !0, serdeContext);
    return;
  }
  if (typeof value == "string") {
    if (ns.isBlobSchema()) {
      let bytes = (serdeContext?.base64Decoder ?? fromBase64)(value);
      writeBytes(bytes);
      return;
    }
    writeString(value);
    return;
  }
  if (typeof value == "number") {
    ensure(9), Number.isInteger(value) && value >= -9007199254740992 && value <= 9007199254740991 ? writeInteger(value) : writeFloat64(value);
    return;
  }
  if (typeof value == "boolean") {
    ensure(1), buf[cursor++] = 224 | (value ? 21 : 20);
    return;
  }
  if (typeof value == "bigint") {
    writeBigInt(value);
    return;
  }
  writeString(String(value));
}
function writeStruct(ns, value, serdeContext) {
  if (ns.isUnionSchema()) {
    let wrote = !1;
    for (let [memberName, memberSchema] of ns.structIterator()) {
      let item = value[memberName];
      if (item != null) {
        ensure(9), encodeHeader(5, 1), writeString(memberName), writeValue(memberSchema, item, ns, serdeContext), wrote = !0;
        break;
      }
    }
    if (!wrote) {
      let { $unknown } = value;
      Array.isArray($unknown) ? (ensure(9), encodeHeader(5, 1), writeString($unknown[0]), writeUntypedValue($unknown[1])) : (ensure(9), encodeHeader(5, 0));
    }
    return;
  }
  let cache5 = loadCborStructIterator(ns), { memberNames, memberSchemas, encodedKeys } = cache5, z = memberNames.length, headerSize;
  z < 24 ? headerSize = 1 : z < 256 ? headerSize = 2 : headerSize = 3, ensure(headerSize);
  let headerPos = cursor;
  cursor += headerSize;
  let count = 0;
  for (let i5 = 0; i5 < z; ++i5) {
    let item = value[memberNames[i5]];
    if (item == null && !memberSchemas[i5].isIdempotencyToken())
      continue;
    let key = encodedKeys[i5];
    ensure(key.length), buf.set(key, cursor), cursor += key.length, writeValue(memberSchemas[i5], item, ns, serdeContext), ++count;
  }
  if (typeof value.__type == "string")
    for (let k5 in value)
      hasOwn(value, k5) && (memberNames.includes(k5) || (writeString(k5), writeUntypedValue(value[k5]), ++count));
  headerSize === 1 ? buf[headerPos] = 160 | count : headerSize === 2 ? (buf[headerPos] = 184, buf[headerPos + 1] = count) : (buf[headerPos] = 185, buf[headerPos + 1] = count >> 8, buf[headerPos + 2] = count & 255);
}
function writeList(ns, value, isDocument, serdeContext) {
  let sparse = !!ns.getMergedTraits().sparse, valueSchema = ns.getValueSchema();
  if (isDocument || sparse) {
    let items = [];
    for (let i5 = 0; i5 < value.length; ++i5) {
      let item = value[i5];
      isDocument ? item !== void 0 && items.push(item) : (item != null || sparse) && items.push(item);
    }
    ensure(9), encodeHeader(4, items.length);
    for (let i5 = 0; i5 < items.length; ++i5)
      writeValue(valueSchema, items[i5], void 0, serdeContext);
  } else {
    let count = 0;
    for (let i5 = 0; i5 < value.length; ++i5)
      value[i5] != null && ++count;
    ensure(9), encodeHeader(4, count);
    for (let i5 = 0; i5 < value.length; ++i5)
      value[i5] != null && writeValue(valueSchema, value[i5], void 0, serdeContext);
  }
}
function writeMap(ns, value, isDocument, serdeContext) {
  let sparse = !!ns.getMergedTraits().sparse, valueSchema = ns.getValueSchema(), keys = [];
  for (let k5 in value) {
    if (!hasOwn(value, k5))
      continue;
    let v = value[k5];
    (isDocument ? v !== void 0 : v != null || sparse) && keys.push(k5);
  }
  ensure(9), encodeHeader(5, keys.length);
  for (let i5 = 0; i5 < keys.length; ++i5) {
    let k5 = keys[i5];
    writeString(k5), writeValue(valueSchema, value[k5], void 0, serdeContext);
  }
}
function writeUntypedValue(value) {
  if (value == null) {
    ensure(1), buf[cursor++] = 246;
    return;
  }
  if (typeof value == "string") {
    writeString(value);
    return;
  }
  if (typeof value == "number") {
    ensure(9), Number.isInteger(value) && value >= -9007199254740992 && value <= 9007199254740991 ? writeInteger(value) : writeFloat64(value);
    return;
  }
  if (typeof value == "boolean") {
    ensure(1), buf[cursor++] = 224 | (value ? 21 : 20);
    return;
  }
  if (typeof value == "bigint") {
    writeBigInt(value);
    return;
  }
  if (value instanceof Uint8Array) {
    writeBytes(value);
    return;
  }
  if (value instanceof Date) {
    writeTimestamp(value);
    return;
  }
  if (value instanceof NumericValue) {
    writeNumericValue(value);
    return;
  }
  if (value[tagSymbol]) {
    let tagged = value;
    writeTag(tagged.tag, tagged.value);
    return;
  }
  if (Array.isArray(value)) {
    ensure(9), encodeHeader(4, value.length);
    for (let i5 = 0; i5 < value.length; ++i5)
      writeUntypedValue(value[i5]);
    return;
  }
  if (typeof value == "object") {
    let keys = Object.keys(value);
    ensure(9), encodeHeader(5, keys.length);
    for (let i5 = 0; i5 < keys.length; ++i5)
      writeString(keys[i5]), writeUntypedValue(value[keys[i5]]);
    return;
  }
  writeString(String(value));
}
function ensure(n3) {
  if (cursor + n3 > buf.length) {
    let newSize = buf.length * 2;
    for (; newSize < cursor + n3; )
      newSize *= 2;
    let next = allocUnsafe(newSize);
    next.set(buf.subarray(0, cursor)), buf = next, view = new DataView(next.buffer, next.byteOffset, next.byteLength);
  }
}
function encodeHeader(major, value) {
  if (value < 24)
    buf[cursor++] = major << 5 | value;
  else if (value < 256)
    buf[cursor++] = major << 5 | 24, buf[cursor++] = value;
  else if (value < 65536)
    buf[cursor++] = major << 5 | 25, buf[cursor++] = value >> 8, buf[cursor++] = value & 255;
  else if (value < 4294967296)
    buf[cursor++] = major << 5 | 26, view.setUint32(cursor, value), cursor += 4;
  else {
    buf[cursor++] = major << 5 | 27;
    let hi = value / 4294967296 | 0, lo = value - hi * 4294967296 | 0;
    view.setUint32(cursor, hi), view.setUint32(cursor + 4, lo), cursor += 8;
  }
}
function encodeBigHeader(major, value) {
  let n3 = Number(value);
  if (n3 < 4294967296) {
    encodeHeader(major, n3);
    return;
  }
  buf[cursor++] = major << 5 | 27, view.setBigUint64(cursor, value), cursor += 8;
}
function writeString(s2) {
  let len = s2.length;
  if (len <= 23) {
    let cached = stringEncodeCache.get(s2);
    if (cached) {
      ensure(cached.bytes.length), buf.set(cached.bytes, cursor), cursor += cached.bytes.length, cached.epoch = encodeCacheEpoch;
      return;
    }
    let start = cursor;
    writeStringUncached(s2, len);
    let end2 = cursor, bytes = Uint8Array.prototype.slice.call(buf, start, end2);
    if (stringEncodeCache.size >= STRING_CACHE_MAX) {
      if (encodeCacheSaturated)
        return;
      let evicted = 0;
      for (let [key, entry] of stringEncodeCache) {
        if (evicted >= 1024)
          break;
        entry.epoch !== encodeCacheEpoch && (stringEncodeCache.delete(key), ++evicted);
      }
      if (evicted === 0) {
        encodeCacheSaturated = !0;
        return;
      }
    }
    stringEncodeCache.size < STRING_CACHE_MAX && stringEncodeCache.set(s2, { epoch: encodeCacheEpoch, bytes });
    return;
  }
  writeStringUncached(s2, len);
}
function writeStringUncached(s2, len) {
  if (USE_BUFFER) {
    let maxBytes = len * 3;
    ensure(maxBytes + 9);
    let byteLen = Buffer.byteLength(s2);
    encodeHeader(3, byteLen), cursor += buf.write(s2, cursor);
  } else {
    let maxBytes = len * 3;
    ensure(maxBytes + 9);
    let headerPos = cursor, byteLen = textEncoder.encodeInto(s2, buf.subarray(headerPos + 9)).written, headerSize;
    byteLen < 24 ? headerSize = 1 : byteLen < 256 ? headerSize = 2 : byteLen < 65536 ? headerSize = 3 : byteLen < 4294967296 ? headerSize = 5 : headerSize = 9, headerSize < 9 && buf.copyWithin(headerPos + headerSize, headerPos + 9, headerPos + 9 + byteLen), cursor = headerPos, encodeHeader(3, byteLen), cursor += byteLen;
  }
}
function writeFloat64(value) {
  ensure(9), buf[cursor++] = 251, view.setFloat64(cursor, value), cursor += 8;
}
function writeInteger(value) {
  ensure(9);
  let nonNegative = value >= 0, major = nonNegative ? 0 : 1, abs = nonNegative ? value : -value - 1;
  encodeHeader(major, abs);
}
function writeBigInt(value) {
  let nonNegative = value >= 0, major = nonNegative ? 0 : 1, abs = nonNegative ? value : -value - BigInt(1);
  if (abs < BigInt("18446744073709551616"))
    ensure(9), encodeBigHeader(major, abs);
  else {
    let binaryStr = abs.toString(2), byteLen = Math.ceil(binaryStr.length / 8), bigIntBytes = new Uint8Array(byteLen), b5 = abs;
    for (let i5 = byteLen - 1; i5 >= 0; --i5)
      bigIntBytes[i5] = Number(b5 & BigInt(255)), b5 >>= BigInt(8);
    ensure(byteLen + 16), buf[cursor++] = nonNegative ? 194 : 195, encodeHeader(2, byteLen), buf.set(bigIntBytes, cursor), cursor += byteLen;
  }
}
function writeBytes(data) {
  ensure(data.length + 9), encodeHeader(2, data.length), buf.set(data, cursor), cursor += data.length;
}
function writeTag(tagValue, innerValue) {
  ensure(9), typeof tagValue == "bigint" ? encodeBigHeader(6, tagValue) : encodeHeader(6, tagValue), writeUntypedValue(innerValue);
}
function writeNumericValue(nv2) {
  let str = nv2.string, expOffset = BigInt(0), eIndex = str.search(/[eE]/);
  eIndex !== -1 && (expOffset = BigInt(str.slice(eIndex + 1)), str = str.slice(0, eIndex));
  let decimalIndex = str.indexOf("."), fractionDigits = decimalIndex === -1 ? 0 : str.length - decimalIndex - 1, exponent = expOffset - BigInt(fractionDigits), mantissa = BigInt(str.replace(".", ""));
  ensure(9), buf[cursor++] = 196, encodeHeader(4, 2), ensure(9), exponent >= -0x20000000000000n && exponent <= 0x1fffffffffffffn ? writeInteger(Number(exponent)) : writeBigInt(exponent), writeBigInt(mantissa);
}
function writeTimestamp(date) {
  ensure(18), encodeHeader(6, 1);
  let epochSecs = date.getTime() / 1e3;
  Number.isInteger(epochSecs) ? writeInteger(epochSecs) : writeFloat64(epochSecs);
}
var CborShapeSerializer2, CBOR_STRUCT_CACHE, USE_BUFFER, textEncoder, INITIAL_BUFFER_SIZE2, buf, view, cursor, STRING_CACHE_MAX, stringEncodeCache, encodeCacheEpoch, encodeCacheSaturated, init_CborShapeSerializer2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/cbor/codec-v2/CborShapeSerializer2.js"() {
    init_transport();
    init_protocols();
    init_schema();
    init_serde();
    init_cbor_types();
    CborShapeSerializer2 = class extends SerdeContext {
      write(schema, value) {
        cursor = 0;
        let ns = NormalizedSchema.of(schema);
        writeValue(ns, value, void 0, this.serdeContext);
      }
      flush() {
        let result = buf.subarray(0, cursor);
        return cursor = 0, buf = allocUnsafe(INITIAL_BUFFER_SIZE2), view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength), result;
      }
    }, CBOR_STRUCT_CACHE = /* @__PURE__ */ Symbol.for("@smithy/cbor-struct-cache");
    USE_BUFFER = typeof Buffer < "u", textEncoder = new TextEncoder(), INITIAL_BUFFER_SIZE2 = 2048, buf = USE_BUFFER ? Buffer.allocUnsafe(INITIAL_BUFFER_SIZE2) : new Uint8Array(INITIAL_BUFFER_SIZE2), view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength), cursor = 0, STRING_CACHE_MAX = 2048, stringEncodeCache = /* @__PURE__ */ new Map(), encodeCacheEpoch = 0, encodeCacheSaturated = !1;
  }
});

// node_modules/@smithy/core/dist-es/submodules/cbor/codec-v2/CborShapeDeserializer2.js
function readValue(ns) {
  if (pos >= end)
    throw new Error("unexpected end of CBOR payload.");
  let major = (payload[pos] & 224) >> 5;
  if ((payload[pos] & 31) === 31 && major >= 2 && major <= 5)
    return readIndefinite(ns, major);
  switch (major) {
    case 0:
      return readUnsignedInt();
    case 1:
      return readNegativeInt();
    case 2:
      return readByteString();
    case 3:
      return readUtf8String();
    case 4:
      return readList(ns);
    case 5:
      return readMap(ns);
    case 6:
      return readTag(ns);
    case 7:
      return readSpecial();
    default:
      throw new Error(`unexpected CBOR major type ${major}.`);
  }
}
function readList(ns) {
  let count = decodeCount(), memberSchema = ns.isListSchema() ? ns.getValueSchema() : ns, list = Array(count);
  for (let i5 = 0; i5 < count; ++i5)
    list[i5] = readValue(memberSchema);
  return list;
}
function readMap(ns) {
  let count = decodeCount();
  if (ns.isStructSchema())
    return readStruct(ns, count, pos);
  let valueSchema = ns.isMapSchema() ? ns.getValueSchema() : ns, map = {};
  for (let i5 = 0; i5 < count; ++i5) {
    let key = readUtf8String();
    map[key] = readValue(valueSchema);
  }
  return map;
}
function readStruct(ns, count, startPos) {
  let isUnion = ns.isUnionSchema(), cache5 = loadCborStructIterator(ns), { memberSchemas, encodedKeys, memberNames } = cache5, z = encodedKeys.length, result = {}, unknownKey, unknownValue, unknownCount = 0, hasType = !1, hint = 0;
  for (let i5 = 0; i5 < count; ++i5) {
    let matchIdx = matchStructKey(encodedKeys, z, hint);
    if (matchIdx >= 0) {
      hint = matchIdx + 1, hint >= z && (hint = 0);
      let val = readValue(memberSchemas[matchIdx]);
      val != null && (result[memberNames[matchIdx]] = val);
    } else {
      let key = readUtf8String(), val = readValue(NormalizedSchema.of(15));
      key === "__type" && typeof val == "string" ? hasType = !0 : (unknownKey = key, unknownValue = val, ++unknownCount);
    }
  }
  if (isUnion) {
    let resultEmpty = !0;
    for (let _ in result)
      if (hasOwn(result, _)) {
        resultEmpty = !1;
        break;
      }
    resultEmpty && unknownCount === 1 && (result.$unknown = [unknownKey, unknownValue]);
  } else if (hasType) {
    pos = startPos;
    let docSchema = NormalizedSchema.of(15);
    for (let i5 = 0; i5 < count; ++i5) {
      let key = readUtf8String(), val = readValue(docSchema);
      key in result || (result[key] = val);
    }
  }
  return result;
}
function readTag(ns) {
  let tagNum = decodeArgument(), tagNumber = typeof tagNum == "bigint" ? Number(tagNum) : tagNum;
  if (tagNumber === 1) {
    let docSchema2 = NormalizedSchema.of(15), epochValue = readValue(docSchema2);
    return _parseEpochTimestamp(epochValue);
  }
  if (tagNumber === 2 || tagNumber === 3) {
    let byteStr = readByteString(), b5 = BigInt(0);
    for (let i5 = 0; i5 < byteStr.length; ++i5)
      b5 = b5 << BigInt(8) | BigInt(byteStr[i5]);
    return tagNumber === 3 ? -b5 - BigInt(1) : b5;
  }
  if (tagNumber === 4) {
    let docSchema2 = NormalizedSchema.of(15), pair = readValue(docSchema2), [rawExponent, mantissa] = pair, normalizer = mantissa < 0 ? -1 : 1, absMantissa = BigInt(normalizer) * BigInt(mantissa), mantissaDigits = String(absMantissa), sign = mantissa < 0 ? "-" : "", numericString;
    if (typeof rawExponent == "number" && Math.abs(rawExponent) <= 2 ** 28) {
      let exponent = rawExponent, mantissaStr = "0".repeat(Math.abs(exponent) + 1) + mantissaDigits;
      numericString = exponent === 0 ? mantissaStr : mantissaStr.slice(0, mantissaStr.length + exponent) + "." + mantissaStr.slice(exponent), numericString = numericString.replace(/^0+/g, ""), numericString === "" && (numericString = "0"), numericString[0] === "." && (numericString = "0" + numericString), numericString = sign + numericString;
    } else {
      let bigExponent = BigInt(rawExponent);
      if (mantissaDigits.length === 1)
        numericString = sign + mantissaDigits + "e" + String(bigExponent);
      else {
        let adjustedExp = bigExponent + BigInt(mantissaDigits.length - 1);
        numericString = sign + mantissaDigits[0] + "." + mantissaDigits.slice(1) + "e" + String(adjustedExp);
      }
    }
    return nv(numericString);
  }
  let docSchema = NormalizedSchema.of(15), innerValue = readValue(docSchema);
  return { tag: castBigInt(tagNum), value: innerValue };
}
function readIndefinite(ns, major) {
  switch (major) {
    case 3:
      return readUtf8StringIndefinite();
    case 2:
      return readByteStringIndefinite();
    case 4:
      return readListIndefinite(ns);
    case 5:
      return readMapIndefinite(ns);
    default:
      throw new Error(`unexpected indefinite length for major ${major}.`);
  }
}
function readUtf8StringIndefinite() {
  pos += 1;
  let chunks = [], totalLen = 0;
  for (; pos < end; ) {
    if (payload[pos] === 255) {
      pos += 1;
      let combined = new Uint8Array(totalLen), offset = 0;
      for (let i5 = 0; i5 < chunks.length; ++i5)
        combined.set(chunks[i5], offset), offset += chunks[i5].length;
      return USE_BUFFER2 ? Buffer.from(combined.buffer, combined.byteOffset, combined.byteLength).toString("utf-8") : textDecoder.decode(combined);
    }
    let bytes = readByteString();
    chunks.push(bytes), totalLen += bytes.length;
  }
  throw new Error("expected break marker.");
}
function readByteStringIndefinite() {
  pos += 1;
  let chunks = [], totalLen = 0;
  for (; pos < end; ) {
    if (payload[pos] === 255) {
      pos += 1;
      let combined = new Uint8Array(totalLen), offset = 0;
      for (let i5 = 0; i5 < chunks.length; ++i5)
        combined.set(chunks[i5], offset), offset += chunks[i5].length;
      return combined;
    }
    let bytes = readByteString();
    chunks.push(bytes), totalLen += bytes.length;
  }
  throw new Error("expected break marker.");
}
function readListIndefinite(ns) {
  pos += 1;
  let memberSchema = ns.isListSchema() ? ns.getValueSchema() : ns, list = [];
  for (; pos < end; ) {
    if (payload[pos] === 255)
      return pos += 1, list;
    list.push(readValue(memberSchema));
  }
  throw new Error("expected break marker.");
}
function readMapIndefinite(ns) {
  if (pos += 1, ns.isStructSchema()) {
    let cache5 = loadCborStructIterator(ns), { memberSchemas, encodedKeys, memberNames } = cache5, z = encodedKeys.length, isUnion = ns.isUnionSchema(), result = {}, unknownKey, unknownValue, unknownCount = 0, hint = 0;
    for (; pos < end; ) {
      if (payload[pos] === 255) {
        if (pos += 1, isUnion) {
          let resultEmpty = !0;
          for (let _ in result)
            if (hasOwn(result, _)) {
              resultEmpty = !1;
              break;
            }
          resultEmpty && unknownCount === 1 && (result.$unknown = [unknownKey, unknownValue]);
        }
        return result;
      }
      let matchIdx = matchStructKey(encodedKeys, z, hint);
      if (matchIdx >= 0) {
        hint = matchIdx + 1, hint >= z && (hint = 0);
        let val = readValue(memberSchemas[matchIdx]);
        val != null && (result[memberNames[matchIdx]] = val);
      } else {
        let key = readUtf8String(), val = readValue(NormalizedSchema.of(15));
        key !== "__type" && (unknownKey = key, unknownValue = val, ++unknownCount);
      }
    }
    throw new Error("expected break marker.");
  }
  let valueSchema = ns.isMapSchema() ? ns.getValueSchema() : ns, map = {};
  for (; pos < end; ) {
    if (payload[pos] === 255)
      return pos += 1, map;
    let key = readUtf8String();
    map[key] = readValue(valueSchema);
  }
  throw new Error("expected break marker.");
}
function matchStructKey(encodedKeys, z, hint) {
  let hintKey = encodedKeys[hint];
  if (pos + hintKey.length <= end && bytesMatch(pos, hintKey))
    return pos += hintKey.length, hint;
  for (let i5 = 0; i5 < z; ++i5) {
    if (i5 === hint)
      continue;
    let ek = encodedKeys[i5];
    if (pos + ek.length <= end && bytesMatch(pos, ek))
      return pos += ek.length, i5;
  }
  return -1;
}
function bytesMatch(at, expected) {
  let len = expected.length;
  if (payload[at] !== expected[0])
    return !1;
  for (let i5 = 1; i5 < len; ++i5)
    if (payload[at + i5] !== expected[i5])
      return !1;
  return !0;
}
function decodeArgument() {
  let minor = payload[pos] & 31;
  if (minor < 24)
    return pos += 1, minor;
  switch (minor) {
    case 24:
      return end - pos < 2 && overflow(1), pos += 2, payload[pos - 1];
    case 25:
      return end - pos < 3 && overflow(2), pos += 3, dataView.getUint16(pos - 2);
    case 26:
      return end - pos < 5 && overflow(4), pos += 5, dataView.getUint32(pos - 4);
    case 27: {
      end - pos < 9 && overflow(8), pos += 9;
      let hi = dataView.getUint32(pos - 8);
      return hi < 2097152 ? hi * 4294967296 + dataView.getUint32(pos - 4) : dataView.getBigUint64(pos - 8);
    }
    default:
      throw new Error(`unexpected minor value ${minor}.`);
  }
}
function decodeCount() {
  let val = decodeArgument();
  return typeof val == "bigint" ? Number(val) : val;
}
function readUnsignedInt() {
  let val = decodeArgument();
  return castBigInt(val);
}
function readNegativeInt() {
  let val = decodeArgument();
  return typeof val == "bigint" ? BigInt(-1) - val : -1 - val;
}
function readByteString() {
  let length = decodeCount();
  end - pos < length && overflow(length);
  let start = pos;
  return pos += length, payload.subarray(start, start + length);
}
function readUtf8String() {
  let length = decodeCount();
  end - pos < length && overflow(length);
  let start = pos;
  return pos += length, length < 24 ? decodeUtf8Cached(start, length) : isBuffer ? payload.toString("utf-8", start, start + length) : textDecoder.decode(payload.subarray(start, start + length));
}
function decodeUtf8Cached(at, length) {
  let h5 = length;
  for (let i5 = 0; i5 < length; ++i5)
    h5 = h5 * 31 + payload[at + i5] | 0;
  let slot = h5 >>> 0 & STRING_CACHE_SIZE - 1, cached = stringCache[slot];
  if (cached !== void 0 && cached.length === length) {
    let match = !0;
    for (let i5 = 0; i5 < length; ++i5)
      if (cached.charCodeAt(i5) !== payload[at + i5]) {
        match = !1;
        break;
      }
    if (match)
      return stringCacheEpochs[slot] = cacheEpoch, cached;
  }
  let result = isBuffer ? payload.toString("utf-8", at, at + length) : textDecoder.decode(payload.subarray(at, at + length));
  return stringCacheEpochs[slot] !== cacheEpoch && (stringCache[slot] = result, stringCacheEpochs[slot] = cacheEpoch), result;
}
function readSpecial() {
  let p3 = pos, minor = payload[p3] & 31;
  switch (minor) {
    case 21:
      return pos = p3 + 1, !0;
    case 20:
      return pos = p3 + 1, !1;
    case 22:
      return pos = p3 + 1, null;
    case 23:
      return pos = p3 + 1, null;
    case 25:
      return end - p3 < 3 && overflow(2), pos = p3 + 3, bytesToFloat16(payload[p3 + 1], payload[p3 + 2]);
    case 26:
      return end - p3 < 5 && overflow(4), pos = p3 + 5, dataView.getFloat32(p3 + 1);
    case 27:
      return end - p3 < 9 && overflow(8), pos = p3 + 9, dataView.getFloat64(p3 + 1);
    default:
      throw new Error(`unexpected minor value ${minor} for major 7.`);
  }
}
function bytesToFloat16(a5, b5) {
  let sign = a5 >> 7, exponent = (a5 & 124) >> 2, fraction = (a5 & 3) << 8 | b5, scalar = sign === 0 ? 1 : -1;
  return exponent === 0 ? fraction === 0 ? 0 : scalar * (Math.pow(2, -14) * (fraction / 1024)) : exponent === 31 ? fraction === 0 ? scalar * (1 / 0) : NaN : scalar * (Math.pow(2, exponent - 15) * (1 + fraction / 1024));
}
function castBigInt(value) {
  if (typeof value == "number")
    return value;
  let num = Number(value);
  return Number.MIN_SAFE_INTEGER <= num && num <= Number.MAX_SAFE_INTEGER ? num : value;
}
function overflow(n3) {
  throw new Error(`CBOR: length ${n3} greater than remaining buffer length.`);
}
function transformObject(ns, value) {
  if (ns.isTimestampSchema()) {
    if (typeof value == "number")
      return _parseEpochTimestamp(value);
    if (typeof value == "object" && value !== null && value.tag === 1 && "value" in value)
      return _parseEpochTimestamp(value.value);
  }
  if (ns.isBlobSchema() || typeof value > "u" || typeof value == "boolean" || typeof value == "number" || typeof value == "string" || typeof value == "bigint" || typeof value == "symbol" || typeof value != "object" || value === null || "byteLength" in value || value instanceof Date || value instanceof NumericValue || ns.isDocumentSchema())
    return value;
  if (ns.isListSchema()) {
    let memberSchema = ns.getValueSchema(), out = [];
    for (let item of value)
      out.push(transformObject(memberSchema, item));
    return out;
  }
  let newObject = {};
  if (ns.isMapSchema()) {
    let targetSchema = ns.getValueSchema();
    for (let key in value)
      hasOwn(value, key) && (newObject[key] = transformObject(targetSchema, value[key]));
  } else if (ns.isStructSchema()) {
    let isUnion = ns.isUnionSchema(), keys;
    if (isUnion) {
      keys = /* @__PURE__ */ new Set();
      for (let k5 in value)
        hasOwn(value, k5) && k5 !== "__type" && keys.add(k5);
    }
    for (let [key, memberSchema] of ns.structIterator())
      isUnion && keys.delete(key), value[key] != null && (newObject[key] = transformObject(memberSchema, value[key]));
    if (isUnion && keys?.size === 1) {
      let newObjectEmpty = !0;
      for (let _ in newObject)
        if (hasOwn(newObject, _)) {
          newObjectEmpty = !1;
          break;
        }
      if (newObjectEmpty) {
        let k5 = keys.values().next().value;
        newObject.$unknown = [k5, value[k5]];
      }
    } else if (typeof value.__type == "string")
      for (let k5 in value)
        hasOwn(value, k5) && (k5 in newObject || (newObject[k5] = value[k5]));
  }
  return newObject;
}
var CborShapeDeserializer2, USE_BUFFER2, textDecoder, payload, isBuffer, dataView, pos, end, STRING_CACHE_SIZE, stringCache, stringCacheEpochs, cacheEpoch, init_CborShapeDeserializer2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/cbor/codec-v2/CborShapeDeserializer2.js"() {
    init_transport();
    init_protocols();
    init_schema();
    init_serde();
    init_CborShapeSerializer2();
    CborShapeDeserializer2 = class extends SerdeContext {
      read(schema, bytes) {
        return payload = bytes, isBuffer = USE_BUFFER2 && bytes instanceof Buffer, dataView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), pos = 0, end = bytes.length, cacheEpoch = cacheEpoch + 1 & 65535, readValue(NormalizedSchema.of(schema));
      }
      readValue(_schema, value) {
        return transformObject(NormalizedSchema.of(_schema), value);
      }
    }, USE_BUFFER2 = typeof Buffer < "u", textDecoder = new TextDecoder(), payload = new Uint8Array(0), isBuffer = !1, dataView = new DataView(new ArrayBuffer(0)), pos = 0, end = 0, STRING_CACHE_SIZE = 2048, stringCache = new Array(STRING_CACHE_SIZE), stringCacheEpochs = new Uint16Array(STRING_CACHE_SIZE), cacheEpoch = 0;
  }
});

// node_modules/@smithy/core/dist-es/submodules/cbor/CborCodec.js
var CborCodec, init_CborCodec = __esm({
  "node_modules/@smithy/core/dist-es/submodules/cbor/CborCodec.js"() {
    init_protocols();
    init_CborShapeSerializer2();
    init_CborShapeDeserializer2();
    CborCodec = class extends SerdeContext {
      createSerializer() {
        let serializer = new CborShapeSerializer2();
        return serializer.setSerdeContext(this.serdeContext), serializer;
      }
      createDeserializer() {
        let deserializer = new CborShapeDeserializer2();
        return deserializer.setSerdeContext(this.serdeContext), deserializer;
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/cbor/SmithyRpcV2CborProtocol.js
var SmithyRpcV2CborProtocol, init_SmithyRpcV2CborProtocol = __esm({
  "node_modules/@smithy/core/dist-es/submodules/cbor/SmithyRpcV2CborProtocol.js"() {
    init_protocols();
    init_schema();
    init_CborCodec();
    init_parseCborBody();
    SmithyRpcV2CborProtocol = class extends AbstractRpcV2Protocol {
      codec = new CborCodec();
      serializer = this.codec.createSerializer();
      deserializer = this.codec.createDeserializer();
      getShapeId() {
        return "smithy.protocols#rpcv2Cbor";
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return "rpc-v2-cbor";
      }
      applyEmptyBody(request) {
        request.body || (this.serializer.write(15, {}), request.body = this.serializer.flush()), request.body instanceof Uint8Array && (request.headers["content-length"] = String(request.body.byteLength));
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        let errorIdentifier = loadSmithyRpcV2CborErrorCode(response, dataObject) ?? "Unknown", preferredNamespaces = ["*"], { defaultNamespace } = this.options;
        preferredNamespaces.unshift(defaultNamespace);
        let [namespace, errorShapeName] = errorIdentifier.includes("#") ? errorIdentifier.split("#") : [void 0, errorIdentifier];
        namespace && preferredNamespaces.unshift(namespace);
        let errorMetadata = {
          $metadata: metadata,
          $fault: response.statusCode < 500 ? "client" : "server"
        }, preferredRegistries = [this.compositeErrorRegistry];
        namespace && preferredRegistries.push(TypeRegistry.for(namespace)), preferredRegistries.push(TypeRegistry.for(defaultNamespace));
        let [errorSchema, ErrorCtor, errorMode] = this.resolveError(errorShapeName, preferredNamespaces, preferredRegistries);
        if (errorMode === "native" || errorMode === "synthetic") {
          dataObject.Message && (dataObject.message = dataObject.Message);
          let error = errorMode === "synthetic" ? new ErrorCtor({ name: errorShapeName }) : new Error(errorShapeName);
          throw Object.assign(error, errorMetadata, dataObject);
        }
        let ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "Unknown", exception = new ErrorCtor({}), output = {};
        for (let [name, member] of ns.structIterator())
          output[name] = this.deserializer.readValue(member, dataObject[name]);
        throw Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message
        }, output);
      }
      getDefaultContentType() {
        return "application/cbor";
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/cbor/index.js
var init_cbor = __esm({
  "node_modules/@smithy/core/dist-es/submodules/cbor/index.js"() {
    init_parseCborBody();
    init_SmithyRpcV2CborProtocol();
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/ProtocolLib.js
var ProtocolLib, init_ProtocolLib = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/ProtocolLib.js"() {
    init_client();
    init_schema();
    ProtocolLib = class {
      queryCompat;
      errorRegistry;
      constructor(queryCompat = !1) {
        this.queryCompat = queryCompat;
      }
      resolveRestContentType(defaultContentType, inputSchema) {
        let members = inputSchema.getMemberSchemas(), httpPayloadMember = Object.values(members).find((m3) => !!m3.getMergedTraits().httpPayload);
        if (httpPayloadMember) {
          let mediaType = httpPayloadMember.getMergedTraits().mediaType;
          return mediaType || (httpPayloadMember.isStringSchema() ? "text/plain" : httpPayloadMember.isBlobSchema() ? "application/octet-stream" : defaultContentType);
        } else if (!inputSchema.isUnitSchema() && Object.values(members).find((m3) => {
          let { httpQuery, httpQueryParams, httpHeader, httpLabel, httpPrefixHeaders } = m3.getMergedTraits();
          return !httpQuery && !httpQueryParams && !httpHeader && !httpLabel && httpPrefixHeaders === void 0;
        }))
          return defaultContentType;
      }
      async getErrorSchemaOrThrowBaseException(errorIdentifier, defaultNamespace, response, dataObject, metadata, getErrorSchema) {
        let errorName = errorIdentifier;
        errorIdentifier.includes("#") && ([, errorName] = errorIdentifier.split("#"));
        let errorMetadata = {
          $metadata: metadata,
          $fault: response.statusCode < 500 ? "client" : "server"
        };
        if (!this.errorRegistry)
          throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
        try {
          return { errorSchema: getErrorSchema?.(this.errorRegistry, errorName) ?? this.errorRegistry.getSchema(errorIdentifier), errorMetadata };
        } catch {
          dataObject.message = dataObject.message ?? dataObject.Message ?? "UnknownError";
          let synthetic = this.errorRegistry, baseExceptionSchema = synthetic.getBaseException();
          if (baseExceptionSchema) {
            let ErrorCtor = synthetic.getErrorCtor(baseExceptionSchema) ?? Error;
            throw this.decorateServiceException(Object.assign(new ErrorCtor({ name: errorName }), errorMetadata), dataObject);
          }
          let d5 = dataObject, message = d5?.message ?? d5?.Message ?? d5?.Error?.Message ?? d5?.Error?.message;
          throw this.decorateServiceException(Object.assign(new Error(message), {
            name: errorName
          }, errorMetadata), dataObject);
        }
      }
      compose(composite, errorIdentifier, defaultNamespace) {
        let namespace = defaultNamespace;
        errorIdentifier.includes("#") && ([namespace] = errorIdentifier.split("#"));
        let staticRegistry = TypeRegistry.for(namespace), defaultSyntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + defaultNamespace);
        composite.copyFrom(staticRegistry), composite.copyFrom(defaultSyntheticRegistry), this.errorRegistry = composite;
      }
      decorateServiceException(exception, additions = {}) {
        if (this.queryCompat) {
          let msg = exception.Message ?? additions.Message, error = decorateServiceException(exception, additions);
          msg && (error.message = msg);
          let errorObj = error.Error ?? {};
          errorObj.Type = error.Error?.Type, errorObj.Code = error.Error?.Code, errorObj.Message = error.Error?.message ?? error.Error?.Message ?? msg, error.Error = errorObj;
          let reqId = error.$metadata.requestId;
          return reqId && (error.RequestId = reqId), error;
        }
        return decorateServiceException(exception, additions);
      }
      setQueryCompatError(output, response) {
        let queryErrorHeader = response.headers?.["x-amzn-query-error"];
        if (output !== void 0 && queryErrorHeader != null) {
          let [Code, Type] = queryErrorHeader.split(";"), keys = Object.keys(output), Error2 = {
            Code,
            Type
          };
          output.Code = Code, output.Type = Type;
          for (let i5 = 0; i5 < keys.length; i5++) {
            let k5 = keys[i5];
            Error2[k5 === "message" ? "Message" : k5] = output[k5];
          }
          delete Error2.__type, output.Error = Error2;
        }
      }
      queryCompatOutput(queryCompatErrorData, errorData) {
        queryCompatErrorData.Error && (errorData.Error = queryCompatErrorData.Error), queryCompatErrorData.Type && (errorData.Type = queryCompatErrorData.Type), queryCompatErrorData.Code && (errorData.Code = queryCompatErrorData.Code);
      }
      findQueryCompatibleError(registry, errorName) {
        try {
          return registry.getSchema(errorName);
        } catch {
          return registry.find((schema) => NormalizedSchema.of(schema).getMergedTraits().awsQueryError?.[0] === errorName);
        }
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/cbor/AwsSmithyRpcV2CborProtocol.js
var AwsSmithyRpcV2CborProtocol, init_AwsSmithyRpcV2CborProtocol = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/cbor/AwsSmithyRpcV2CborProtocol.js"() {
    init_cbor();
    init_schema();
    init_ProtocolLib();
    AwsSmithyRpcV2CborProtocol = class extends SmithyRpcV2CborProtocol {
      awsQueryCompatible;
      mixin;
      constructor({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5, awsQueryCompatible }) {
        super({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5 }), this.awsQueryCompatible = !!awsQueryCompatible, this.mixin = new ProtocolLib(this.awsQueryCompatible);
      }
      async serializeRequest(operationSchema, input, context) {
        let request = await super.serializeRequest(operationSchema, input, context);
        return this.awsQueryCompatible && (request.headers["x-amzn-query-mode"] = "true"), request;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        this.awsQueryCompatible && this.mixin.setQueryCompatError(dataObject, response);
        let errorName = (() => {
          let compatHeader = response.headers["x-amzn-query-error"];
          return compatHeader && this.awsQueryCompatible ? compatHeader.split(";")[0] : loadSmithyRpcV2CborErrorCode(response, dataObject) ?? "Unknown";
        })();
        this.mixin.compose(this.compositeErrorRegistry, errorName, this.options.defaultNamespace);
        let { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorName, this.options.defaultNamespace, response, dataObject, metadata, this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0), ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "UnknownError", ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error, exception = new ErrorCtor({}), output = {};
        for (let [name, member] of ns.structIterator())
          dataObject[name] != null && (output[name] = this.deserializer.readValue(member, dataObject[name]));
        throw this.awsQueryCompatible && this.mixin.queryCompatOutput(dataObject, output), this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message
        }, output), dataObject);
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsJsonRpcProtocol.js
var AwsJsonRpcProtocol, init_AwsJsonRpcProtocol = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsJsonRpcProtocol.js"() {
    init_protocols();
    init_schema();
    init_ProtocolLib();
    AwsJsonRpcProtocol = class extends RpcProtocol {
      serializer;
      deserializer;
      serviceTarget;
      codec;
      mixin;
      awsQueryCompatible;
      constructor({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5, serviceTarget, awsQueryCompatible, jsonCodec }) {
        super({
          defaultNamespace,
          errorTypeRegistries: errorTypeRegistries5
        }), this.serviceTarget = serviceTarget, this.codec = jsonCodec ?? new JsonCodec2({
          timestampFormat: {
            useTrait: !0,
            default: 7
          },
          jsonName: !1
        }), this.serializer = this.codec.createSerializer(), this.deserializer = this.codec.createDeserializer(), this.awsQueryCompatible = !!awsQueryCompatible, this.mixin = new ProtocolLib(this.awsQueryCompatible);
      }
      async serializeRequest(operationSchema, input, context) {
        let request = await super.serializeRequest(operationSchema, input, context);
        return request.path.endsWith("/") || (request.path += "/"), request.headers["content-type"] = `application/x-amz-json-${this.getJsonRpcVersion()}`, request.headers["x-amz-target"] = `${this.serviceTarget}.${operationSchema.name}`, this.awsQueryCompatible && (request.headers["x-amzn-query-mode"] = "true"), (deref(operationSchema.input) === "unit" || !request.body) && (request.body = "{}"), request;
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        let { awsQueryCompatible } = this;
        awsQueryCompatible && this.mixin.setQueryCompatError(dataObject, response);
        let errorIdentifier = loadJsonRpcErrorCode(response, dataObject, awsQueryCompatible) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        let { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata, awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0), ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "UnknownError", ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error, exception = new ErrorCtor({}), output = {}, errorDeserializer = this.codec.createDeserializer();
        for (let [name, member] of ns.structIterator())
          dataObject[name] != null && (output[name] = errorDeserializer.readObject(member, dataObject[name]));
        throw awsQueryCompatible && this.mixin.queryCompatOutput(dataObject, output), this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message
        }, output), dataObject);
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsJson1_0Protocol.js
var AwsJson1_0Protocol, init_AwsJson1_0Protocol = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsJson1_0Protocol.js"() {
    init_AwsJsonRpcProtocol();
    AwsJson1_0Protocol = class extends AwsJsonRpcProtocol {
      constructor({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5, serviceTarget, awsQueryCompatible, jsonCodec }) {
        super({
          defaultNamespace,
          errorTypeRegistries: errorTypeRegistries5,
          serviceTarget,
          awsQueryCompatible,
          jsonCodec
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_0";
      }
      getJsonRpcVersion() {
        return "1.0";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.0";
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsJson1_1Protocol.js
var AwsJson1_1Protocol, init_AwsJson1_1Protocol = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsJson1_1Protocol.js"() {
    init_AwsJsonRpcProtocol();
    AwsJson1_1Protocol = class extends AwsJsonRpcProtocol {
      constructor({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5, serviceTarget, awsQueryCompatible, jsonCodec }) {
        super({
          defaultNamespace,
          errorTypeRegistries: errorTypeRegistries5,
          serviceTarget,
          awsQueryCompatible,
          jsonCodec
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_1";
      }
      getJsonRpcVersion() {
        return "1.1";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.1";
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsRestJsonProtocol.js
var AwsRestJsonProtocol, init_AwsRestJsonProtocol = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsRestJsonProtocol.js"() {
    init_protocols();
    init_schema();
    init_ProtocolLib();
    AwsRestJsonProtocol = class extends HttpBindingProtocol {
      serializer;
      deserializer;
      codec;
      mixin = new ProtocolLib();
      constructor({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5, jsonCodec }) {
        super({
          defaultNamespace,
          errorTypeRegistries: errorTypeRegistries5
        });
        let settings = {
          timestampFormat: {
            useTrait: !0,
            default: 7
          },
          httpBindings: !0,
          jsonName: !0
        };
        this.codec = jsonCodec ?? new JsonCodec2(settings), this.serializer = new HttpInterceptingShapeSerializer(this.codec.createSerializer(), settings), this.deserializer = new HttpInterceptingShapeDeserializer(this.codec.createDeserializer(), settings);
      }
      getShapeId() {
        return "aws.protocols#restJson1";
      }
      getPayloadCodec() {
        return this.codec;
      }
      setSerdeContext(serdeContext) {
        this.codec.setSerdeContext(serdeContext), super.setSerdeContext(serdeContext);
      }
      async serializeRequest(operationSchema, input, context) {
        let request = await super.serializeRequest(operationSchema, input, context), inputSchema = NormalizedSchema.of(operationSchema.input);
        if (!request.headers["content-type"]) {
          let contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
          contentType && (request.headers["content-type"] = contentType);
        }
        return request.body == null && request.headers["content-type"] === this.getDefaultContentType() && (request.body = "{}"), request;
      }
      async deserializeResponse(operationSchema, context, response) {
        let output = await super.deserializeResponse(operationSchema, context, response), outputSchema = NormalizedSchema.of(operationSchema.output);
        for (let [name, member] of outputSchema.structIterator())
          member.getMemberTraits().httpPayload && !(name in output) && (output[name] = null);
        return output;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        let errorIdentifier = loadRestJsonErrorCode(response, dataObject) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        let { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata), ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "UnknownError", ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error, exception = new ErrorCtor({});
        await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
        let output = {}, errorDeserializer = this.codec.createDeserializer();
        for (let [name, member] of ns.structIterator()) {
          let target = member.getMergedTraits().jsonName ?? name;
          output[name] = errorDeserializer.readObject(member, dataObject[target]);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message
        }, output), dataObject);
      }
      getDefaultContentType() {
        return "application/json";
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsSmithyRpcV2JsonProtocol.js
var AwsSmithyRpcV2JsonProtocol, init_AwsSmithyRpcV2JsonProtocol = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsSmithyRpcV2JsonProtocol.js"() {
    init_protocols();
    init_schema();
    init_ProtocolLib();
    AwsSmithyRpcV2JsonProtocol = class extends SmithyRpcV2JsonProtocol {
      awsQueryCompatible;
      mixin;
      constructor({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5, awsQueryCompatible }) {
        super({ defaultNamespace, errorTypeRegistries: errorTypeRegistries5 }), this.awsQueryCompatible = !!awsQueryCompatible, this.mixin = new ProtocolLib(this.awsQueryCompatible);
      }
      async serializeRequest(operationSchema, input, context) {
        let request = await super.serializeRequest(operationSchema, input, context);
        return this.awsQueryCompatible && (request.headers["x-amzn-query-mode"] = "true"), request;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        this.awsQueryCompatible && this.mixin.setQueryCompatError(dataObject, response);
        let errorName = (() => {
          let compatHeader = response.headers["x-amzn-query-error"];
          return compatHeader && this.awsQueryCompatible ? compatHeader.split(";")[0] : loadSmithyRpcV2JsonErrorCode(response, dataObject) ?? "Unknown";
        })();
        this.mixin.compose(this.compositeErrorRegistry, errorName, this.options.defaultNamespace);
        let { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorName, this.options.defaultNamespace, response, dataObject, metadata, this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0), ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "UnknownError", ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error, exception = new ErrorCtor({}), output = {}, errorDeserializer = this.getPayloadCodec().createDeserializer();
        for (let [name, member] of ns.structIterator())
          dataObject[name] != null && (output[name] = errorDeserializer.readObject(member, dataObject[name]));
        throw this.awsQueryCompatible && this.mixin.queryCompatOutput(dataObject, output), this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message
        }, output), dataObject);
      }
    };
  }
});

// node_modules/@aws-sdk/xml-builder/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/xml-builder/dist-cjs/index.js"(exports) {
    var ATTR_ESCAPE_RE = /[&<>"]/g, ATTR_ESCAPE_MAP = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;"
    };
    function escapeAttribute(value) {
      return value.replace(ATTR_ESCAPE_RE, (ch) => ATTR_ESCAPE_MAP[ch]);
    }
    var ELEMENT_ESCAPE_RE = /[&"'<>\r\n\u0085\u2028]/g, ELEMENT_ESCAPE_MAP = {
      "&": "&amp;",
      '"': "&quot;",
      "'": "&apos;",
      "<": "&lt;",
      ">": "&gt;",
      "\r": "&#x0D;",
      "\n": "&#x0A;",
      "": "&#x85;",
      "\u2028": "&#x2028;"
    };
    function escapeElement(value) {
      return value.replace(ELEMENT_ESCAPE_RE, (ch) => ELEMENT_ESCAPE_MAP[ch]);
    }
    var XmlText2 = class {
      value;
      constructor(value) {
        this.value = value;
      }
      toString() {
        return escapeElement("" + this.value);
      }
    }, XmlNode2 = class _XmlNode {
      name;
      children;
      attributes = {};
      static of(name, childText, withName) {
        let node = new _XmlNode(name);
        return childText !== void 0 && node.addChildNode(new XmlText2(childText)), withName !== void 0 && node.withName(withName), node;
      }
      constructor(name, children = []) {
        this.name = name, this.children = children;
      }
      withName(name) {
        return this.name = name, this;
      }
      addAttribute(name, value) {
        return this.attributes[name] = value, this;
      }
      addChildNode(child) {
        return this.children.push(child), this;
      }
      removeAttribute(name) {
        return delete this.attributes[name], this;
      }
      n(name) {
        return this.name = name, this;
      }
      c(child) {
        return this.children.push(child), this;
      }
      a(name, value) {
        return value != null && (this.attributes[name] = value), this;
      }
      cc(input, field, withName = field) {
        if (input[field] != null) {
          let node = _XmlNode.of(field, input[field]).withName(withName);
          this.c(node);
        }
      }
      l(input, listName, memberName, valueProvider) {
        input[listName] != null && valueProvider().map((node) => {
          node.withName(memberName), this.c(node);
        });
      }
      lc(input, listName, memberName, valueProvider) {
        if (input[listName] != null) {
          let nodes5 = valueProvider(), containerNode = new _XmlNode(memberName);
          nodes5.map((node) => {
            containerNode.c(node);
          }), this.c(containerNode);
        }
      }
      toString() {
        let hasChildren = !!this.children.length, xmlText = `<${this.name}`, attributes = this.attributes;
        for (let attributeName of Object.keys(attributes)) {
          let attribute = attributes[attributeName];
          attribute != null && (xmlText += ` ${attributeName}="${escapeAttribute("" + attribute)}"`);
        }
        return xmlText += hasChildren ? `>${this.children.map((c5) => c5.toString()).join("")}</${this.name}>` : "/>";
      }
    };
    function writeKey3(obj) {
      Object.defineProperty(obj, "__proto__", { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
    }
    function parseXML3(xml) {
      return new AwsXmlParser(xml).parse();
    }
    var AwsXmlParser = class _AwsXmlParser {
      x;
      i = 0;
      z;
      constructor(x) {
        this.x = x, this.x = x.replace(/\r\n?/g, `
`), this.z = this.x.length;
      }
      parse() {
        let p3 = this, { z } = p3;
        for (; p3.i < z && (p3.trim(), !(p3.i >= z)); )
          if (p3.isNext("<?"))
            p3.readTo("?>"), p3.trim();
          else if (p3.isNext("<!--"))
            p3.readTo("-->"), p3.trim();
          else if (p3.isNext("<!DOCTYPE", !1))
            p3.skipDoctype(), p3.trim();
          else if (p3.x[p3.i] === "<") {
            let root5 = p3.parseTag();
            return { [root5.tag]: root5.value };
          } else
            throw new Error("@aws-sdk XML parse error: unexpected content.");
        throw new Error("@aws-sdk XML parse error: no root element.");
      }
      isNext(s2, caseSensitive = !0) {
        let p3 = this;
        return caseSensitive ? p3.x.startsWith(s2, p3.i) : p3.x.toLowerCase().startsWith(s2.toLowerCase(), p3.i);
      }
      readTo(stop) {
        let p3 = this, _i = p3.x.indexOf(stop, p3.i);
        if (_i === -1)
          throw new Error(`@aws-sdk XML parse error: expected "${stop}" not found.`);
        let result = p3.x.slice(p3.i, _i);
        return p3.i = _i + stop.length, result;
      }
      trim() {
        let p3 = this;
        for (; p3.i < p3.z && ` 	\r
`.includes(p3.x[p3.i]); )
          ++p3.i;
      }
      readAttrValue() {
        let p3 = this, quote = p3.x[p3.i];
        ++p3.i;
        let value = "";
        for (; p3.i < p3.z && p3.x[p3.i] !== quote; )
          value += p3.x[p3.i++];
        return ++p3.i, p3.decodeEntities(value);
      }
      parseTag() {
        let p3 = this;
        ++p3.i;
        let tag = "";
        for (; p3.i < p3.z && !` 	\r
>/`.includes(p3.x[p3.i]); )
          tag += p3.x[p3.i++];
        let hasAttrs = !1, attrs = {};
        for (; p3.i < p3.z && (p3.trim(), !">/".includes(p3.x[p3.i])); ) {
          let name = "";
          for (; p3.i < p3.z && !`= 	\r
>/?`.includes(p3.x[p3.i]); )
            name += p3.x[p3.i++];
          if (p3.trim(), p3.x[p3.i] !== "=")
            break;
          ++p3.i, p3.trim(), name === "__proto__" && writeKey3(attrs), attrs[name] = p3.readAttrValue(), hasAttrs = !0;
        }
        if (p3.i >= p3.z)
          throw new Error("@aws-sdk XML parse error: unexpected end of input.");
        if (p3.x[p3.i] === "/") {
          if (++p3.i, p3.i >= p3.z || p3.x[p3.i] !== ">")
            throw new Error("@aws-sdk XML parse error: expected > at the end of self-closing tag.");
          return ++p3.i, { tag, value: hasAttrs ? attrs : "" };
        }
        if (p3.x[p3.i] !== ">")
          throw new Error("@aws-sdk XML parse error: expected > at the end of opening tag.");
        ++p3.i;
        let textParts = [], childTags = [], hasElementChild = !1;
        for (; p3.i < p3.z && !p3.isNext("</"); )
          if (p3.x[p3.i] === "<")
            p3.isNext("<!--") ? p3.readTo("-->") : p3.isNext("<![CDATA[") ? (p3.i += 9, textParts.push(p3.readTo("]]>"))) : p3.isNext("<?") ? p3.readTo("?>") : (hasElementChild = !0, childTags.push(p3.parseTag()));
          else {
            let text = "";
            for (; p3.i < p3.z && p3.x[p3.i] !== "<"; )
              text += p3.x[p3.i++];
            textParts.push(p3.decodeEntities(text));
          }
        if (!p3.isNext("</"))
          throw new Error(`@aws-sdk XML parse error: missing closing tag </${tag}>.`);
        p3.i += 2;
        let closeTag = p3.readTo(">").trim();
        if (closeTag !== tag)
          throw new Error(`@aws-sdk XML parse error: mismatched tags <${tag}> and </${closeTag}>.`);
        if (!hasAttrs && textParts.length === 0 && !hasElementChild)
          return { tag, value: "" };
        if (!hasAttrs && !hasElementChild) {
          let text = textParts.length === 1 ? textParts[0] : textParts.join("");
          return text.trim() === "" && text.includes(`
`) ? { tag, value: "" } : { tag, value: text };
        }
        let obj = {};
        for (let text of textParts)
          text.trim() === "" && text.includes(`
`) || (obj["#text"] = "#text" in obj ? obj["#text"] + text : text);
        for (let child of childTags)
          child.tag === "__proto__" && writeKey3(obj), child.tag in obj ? Array.isArray(obj[child.tag]) ? obj[child.tag].push(child.value) : obj[child.tag] = [obj[child.tag], child.value] : obj[child.tag] = child.value;
        for (let [k5, v] of Object.entries(attrs))
          k5 === "__proto__" && writeKey3(obj), obj[k5] = v;
        return { tag, value: obj };
      }
      static ENTITIES = {
        amp: "&",
        lt: "<",
        gt: ">",
        quot: '"',
        apos: "'"
      };
      skipDoctype() {
        let p3 = this;
        p3.i += 9;
        let depth = 0;
        for (; p3.i < p3.z; ) {
          let c5 = p3.x[p3.i];
          if (c5 === "[")
            ++depth;
          else if (c5 === "]")
            --depth;
          else if (c5 === ">" && depth === 0) {
            ++p3.i;
            return;
          }
          ++p3.i;
        }
        throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.");
      }
      decodeEntities(s2) {
        return s2.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g, (_, hex, dec, named) => hex ? String.fromCharCode(parseInt(hex, 16)) : dec ? String.fromCharCode(parseInt(dec, 10)) : _AwsXmlParser.ENTITIES[named] ?? "");
      }
    };
    exports.XmlNode = XmlNode2;
    exports.XmlText = XmlText2;
    exports.parseXML = parseXML3;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/ConfigurableSerdeContext.js
var SerdeContextConfig2, init_ConfigurableSerdeContext2 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/ConfigurableSerdeContext.js"() {
    SerdeContextConfig2 = class {
      serdeContext;
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/UnionSerde.js
var UnionSerde2, init_UnionSerde2 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/UnionSerde.js"() {
    UnionSerde2 = class {
      from;
      to;
      keys;
      constructor(from, to) {
        this.from = from, this.to = to;
        let keys = Object.keys(this.from), set = new Set(keys);
        set.delete("__type"), this.keys = set;
      }
      mark(key) {
        this.keys.delete(key);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          let k5 = this.keys.values().next().value, v = this.from[k5];
          this.to.$unknown = [k5, v];
        }
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/writeKey.js
function writeKey2(obj) {
  Object.defineProperty(obj, "__proto__", { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var init_writeKey = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/writeKey.js"() {
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/XmlShapeDeserializer.js
var import_xml_builder, XmlShapeDeserializer, init_XmlShapeDeserializer = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/XmlShapeDeserializer.js"() {
    import_xml_builder = __toESM(require_dist_cjs4());
    init_client();
    init_protocols();
    init_schema();
    init_serde();
    init_ConfigurableSerdeContext2();
    init_UnionSerde2();
    init_writeKey();
    XmlShapeDeserializer = class extends SerdeContextConfig2 {
      settings;
      stringDeserializer;
      constructor(settings) {
        super(), this.settings = settings, this.stringDeserializer = new FromStringShapeDeserializer(settings);
      }
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext, this.stringDeserializer.setSerdeContext(serdeContext);
      }
      read(schema, bytes, key) {
        let ns = NormalizedSchema.of(schema), memberSchemas = ns.getMemberSchemas();
        if (ns.isStructSchema() && ns.isMemberSchema() && !!Object.values(memberSchemas).find((memberNs) => !!memberNs.getMemberTraits().eventPayload)) {
          let output = {}, memberName = Object.keys(memberSchemas)[0];
          return memberSchemas[memberName].isBlobSchema() ? output[memberName] = bytes : output[memberName] = this.read(memberSchemas[memberName], bytes), output;
        }
        let xmlString = (this.serdeContext?.utf8Encoder ?? toUtf8)(bytes), parsedObject = this.parseXml(xmlString);
        return this.readSchema(schema, key ? parsedObject[key] : parsedObject);
      }
      readSchema(_schema, value) {
        let ns = NormalizedSchema.of(_schema);
        if (ns.isUnitSchema())
          return;
        let traits = ns.getMergedTraits();
        if (ns.isListSchema() && !Array.isArray(value))
          return this.readSchema(ns, [value]);
        if (value == null)
          return value;
        if (typeof value == "object") {
          let flat = !!traits.xmlFlattened;
          if (ns.isListSchema()) {
            let listValue = ns.getValueSchema(), buffer2 = [], sourceKey = listValue.getMergedTraits().xmlName ?? "member", source = flat ? value : (value[0] ?? value)[sourceKey];
            if (source == null)
              return buffer2;
            let sourceArray = Array.isArray(source) ? source : [source];
            for (let v of sourceArray)
              buffer2.push(this.readSchema(listValue, v));
            return buffer2;
          }
          let buffer = {};
          if (ns.isMapSchema()) {
            let keyNs = ns.getKeySchema(), memberNs = ns.getValueSchema(), entries;
            flat ? entries = Array.isArray(value) ? value : [value] : entries = Array.isArray(value.entry) ? value.entry : [value.entry];
            let keyProperty = keyNs.getMergedTraits().xmlName ?? "key", valueProperty = memberNs.getMergedTraits().xmlName ?? "value";
            for (let entry of entries) {
              let key = entry[keyProperty], value2 = entry[valueProperty];
              key === "__proto__" && writeKey2(buffer), buffer[key] = this.readSchema(memberNs, value2);
            }
            return buffer;
          }
          if (ns.isStructSchema()) {
            let union = ns.isUnionSchema(), unionSerde;
            union && (unionSerde = new UnionSerde2(value, buffer));
            for (let [memberName, memberSchema] of ns.structIterator()) {
              let memberTraits = memberSchema.getMergedTraits(), xmlObjectKey = memberTraits.httpPayload ? memberTraits.xmlName ?? memberSchema.getName() : memberSchema.getMemberTraits().xmlName ?? memberName;
              union && unionSerde.mark(xmlObjectKey), value[xmlObjectKey] != null && (buffer[memberName] = this.readSchema(memberSchema, value[xmlObjectKey]));
            }
            return union && unionSerde.writeUnknown(), buffer;
          }
          if (ns.isDocumentSchema())
            return value;
          throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${ns.getName(!0)}`);
        }
        return ns.isListSchema() ? [] : ns.isMapSchema() || ns.isStructSchema() ? {} : this.stringDeserializer.read(ns, value);
      }
      parseXml(xml) {
        if (xml.length) {
          let parsedObj;
          try {
            parsedObj = (0, import_xml_builder.parseXML)(xml);
          } catch (e5) {
            throw e5 && typeof e5 == "object" && Object.defineProperty(e5, "$responseBodyText", {
              value: xml
            }), e5;
          }
          let textNodeName = "#text", key = Object.keys(parsedObj)[0], parsedObjToReturn = parsedObj[key];
          return parsedObjToReturn[textNodeName] && (parsedObjToReturn[key] = parsedObjToReturn[textNodeName], delete parsedObjToReturn[textNodeName]), getValueFromTextNode(parsedObjToReturn);
        }
        return {};
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/query/QueryShapeSerializer.js
var QueryShapeSerializer, init_QueryShapeSerializer = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/query/QueryShapeSerializer.js"() {
    init_protocols();
    init_schema();
    init_serde();
    init_serde();
    init_ConfigurableSerdeContext2();
    QueryShapeSerializer = class extends SerdeContextConfig2 {
      settings;
      buffer;
      constructor(settings) {
        super(), this.settings = settings;
      }
      write(schema, value, prefix = "") {
        this.buffer === void 0 && (this.buffer = "");
        let ns = NormalizedSchema.of(schema);
        if (prefix && !prefix.endsWith(".") && (prefix += "."), ns.isBlobSchema())
          (typeof value == "string" || value instanceof Uint8Array) && (this.writeKey(prefix), this.writeValue((this.serdeContext?.base64Encoder ?? toBase64)(value)));
        else if (ns.isBooleanSchema() || ns.isNumericSchema() || ns.isStringSchema())
          value != null ? (this.writeKey(prefix), this.writeValue(String(value))) : ns.isIdempotencyToken() && (this.writeKey(prefix), this.writeValue(generateIdempotencyToken()));
        else if (ns.isBigIntegerSchema())
          value != null && (this.writeKey(prefix), this.writeValue(String(value)));
        else if (ns.isBigDecimalSchema())
          value != null && (this.writeKey(prefix), this.writeValue(value instanceof NumericValue ? value.string : String(value)));
        else if (ns.isTimestampSchema()) {
          if (value instanceof Date)
            switch (this.writeKey(prefix), determineTimestampFormat(ns, this.settings)) {
              case 5:
                this.writeValue(value.toISOString().replace(".000Z", "Z"));
                break;
              case 6:
                this.writeValue(dateToUtcString(value));
                break;
              case 7:
                this.writeValue(String(value.getTime() / 1e3));
                break;
            }
        } else if (ns.isDocumentSchema())
          Array.isArray(value) ? this.write(79, value, prefix) : value instanceof Date ? this.write(4, value, prefix) : value instanceof Uint8Array ? this.write(21, value, prefix) : value && typeof value == "object" ? this.write(143, value, prefix) : (this.writeKey(prefix), this.writeValue(String(value)));
        else if (ns.isListSchema()) {
          if (Array.isArray(value))
            if (value.length === 0)
              this.settings.serializeEmptyLists && (this.writeKey(prefix), this.writeValue(""));
            else {
              let member = ns.getValueSchema(), flat = this.settings.flattenLists || ns.getMergedTraits().xmlFlattened, i5 = 1;
              for (let item of value) {
                if (item == null)
                  continue;
                let traits = member.getMergedTraits(), suffix = this.getKey("member", traits.xmlName, traits.ec2QueryName), key = flat ? `${prefix}${i5}` : `${prefix}${suffix}.${i5}`;
                this.write(member, item, key), ++i5;
              }
            }
        } else if (ns.isMapSchema()) {
          if (value && typeof value == "object") {
            let keySchema = ns.getKeySchema(), memberSchema = ns.getValueSchema(), flat = ns.getMergedTraits().xmlFlattened, i5 = 1;
            for (let k5 in value) {
              let v = value[k5];
              if (v == null)
                continue;
              let keyTraits = keySchema.getMergedTraits(), keySuffix = this.getKey("key", keyTraits.xmlName, keyTraits.ec2QueryName), key = flat ? `${prefix}${i5}.${keySuffix}` : `${prefix}entry.${i5}.${keySuffix}`, valTraits = memberSchema.getMergedTraits(), valueSuffix = this.getKey("value", valTraits.xmlName, valTraits.ec2QueryName), valueKey = flat ? `${prefix}${i5}.${valueSuffix}` : `${prefix}entry.${i5}.${valueSuffix}`;
              this.write(keySchema, k5, key), this.write(memberSchema, v, valueKey), ++i5;
            }
          }
        } else if (ns.isStructSchema()) {
          if (value && typeof value == "object") {
            let didWriteMember = !1;
            for (let [memberName, member] of ns.structIterator()) {
              if (value[memberName] == null && !member.isIdempotencyToken())
                continue;
              let traits = member.getMergedTraits(), suffix = this.getKey(memberName, traits.xmlName, traits.ec2QueryName, "struct"), key = `${prefix}${suffix}`;
              this.write(member, value[memberName], key), didWriteMember = !0;
            }
            if (!didWriteMember && ns.isUnionSchema()) {
              let { $unknown } = value;
              if (Array.isArray($unknown)) {
                let [k5, v] = $unknown, key = `${prefix}${k5}`;
                this.write(15, v, key);
              }
            }
          }
        } else if (!ns.isUnitSchema())
          throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${ns.getName(!0)}`);
      }
      flush() {
        if (this.buffer === void 0)
          throw new Error("@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");
        let str = this.buffer;
        return delete this.buffer, str;
      }
      getKey(memberName, xmlName, ec2QueryName, keySource) {
        let { ec2, capitalizeKeys } = this.settings;
        if (ec2 && ec2QueryName)
          return ec2QueryName;
        let key = xmlName ?? memberName;
        return capitalizeKeys && keySource === "struct" ? key[0].toUpperCase() + key.slice(1) : key;
      }
      writeKey(key) {
        key.endsWith(".") && (key = key.slice(0, key.length - 1)), this.buffer += `&${extendedEncodeURIComponent(key)}=`;
      }
      writeValue(value) {
        this.buffer += extendedEncodeURIComponent(value);
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/query/AwsQueryProtocol.js
var AwsQueryProtocol, init_AwsQueryProtocol = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/query/AwsQueryProtocol.js"() {
    init_protocols();
    init_schema();
    init_ProtocolLib();
    init_XmlShapeDeserializer();
    init_QueryShapeSerializer();
    AwsQueryProtocol = class extends RpcProtocol {
      options;
      serializer;
      deserializer;
      mixin = new ProtocolLib();
      constructor(options) {
        super({
          defaultNamespace: options.defaultNamespace,
          errorTypeRegistries: options.errorTypeRegistries
        }), this.options = options;
        let settings = {
          timestampFormat: {
            useTrait: !0,
            default: 5
          },
          httpBindings: !1,
          xmlNamespace: options.xmlNamespace,
          serviceNamespace: options.defaultNamespace,
          serializeEmptyLists: !0
        };
        this.serializer = new QueryShapeSerializer(settings), this.deserializer = new XmlShapeDeserializer(settings);
      }
      getShapeId() {
        return "aws.protocols#awsQuery";
      }
      setSerdeContext(serdeContext) {
        this.serializer.setSerdeContext(serdeContext), this.deserializer.setSerdeContext(serdeContext);
      }
      getPayloadCodec() {
        throw new Error("AWSQuery protocol has no payload codec.");
      }
      async serializeRequest(operationSchema, input, context) {
        let request = await super.serializeRequest(operationSchema, input, context);
        request.path.endsWith("/") || (request.path += "/"), request.headers["content-type"] = "application/x-www-form-urlencoded", (deref(operationSchema.input) === "unit" || !request.body) && (request.body = "");
        let action = operationSchema.name.split("#")[1] ?? operationSchema.name;
        return request.body = `Action=${action}&Version=${this.options.version}` + request.body, request.body.endsWith("&") && (request.body = request.body.slice(-1)), request;
      }
      async deserializeResponse(operationSchema, context, response) {
        let deserializer = this.deserializer, ns = NormalizedSchema.of(operationSchema.output), dataObject = {};
        if (response.statusCode >= 300) {
          let bytes2 = await collectBody(response.body, context);
          bytes2.byteLength > 0 && Object.assign(dataObject, await deserializer.read(15, bytes2)), await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
        }
        for (let header in response.headers) {
          let value = response.headers[header];
          delete response.headers[header], response.headers[header.toLowerCase()] = value;
        }
        let shortName = operationSchema.name.split("#")[1] ?? operationSchema.name, awsQueryResultKey = ns.isStructSchema() && this.useNestedResult() ? shortName + "Result" : void 0, bytes = await collectBody(response.body, context);
        return bytes.byteLength > 0 && Object.assign(dataObject, await deserializer.read(ns, bytes, awsQueryResultKey)), dataObject.$metadata = this.deserializeMetadata(response), dataObject;
      }
      useNestedResult() {
        return !0;
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        let errorIdentifier = this.loadQueryErrorCode(response, dataObject) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        let errorData = this.loadQueryError(dataObject) ?? {}, message = this.loadQueryErrorMessage(dataObject);
        errorData.message = message, errorData.Error = {
          Type: errorData.Type,
          Code: errorData.Code,
          Message: message
        };
        let { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, errorData, metadata, this.mixin.findQueryCompatibleError), ns = NormalizedSchema.of(errorSchema), ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error, exception = new ErrorCtor({}), output = {
          Type: errorData.Error.Type,
          Code: errorData.Error.Code,
          Error: errorData.Error
        };
        for (let [name, member] of ns.structIterator()) {
          let target = member.getMergedTraits().xmlName ?? name, value = errorData[target] ?? dataObject[target];
          output[name] = this.deserializer.readSchema(member, value);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message
        }, output), dataObject);
      }
      loadQueryErrorCode(output, data) {
        let code = (data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error)?.Code;
        if (code !== void 0)
          return code;
        if (output.statusCode == 404)
          return "NotFound";
      }
      loadQueryError(data) {
        return data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error;
      }
      loadQueryErrorMessage(data) {
        let errorData = this.loadQueryError(data);
        return errorData?.message ?? errorData?.Message ?? data.message ?? data.Message ?? "Unknown";
      }
      getDefaultContentType() {
        return "application/x-www-form-urlencoded";
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/query/AwsEc2QueryProtocol.js
var AwsEc2QueryProtocol, init_AwsEc2QueryProtocol = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/query/AwsEc2QueryProtocol.js"() {
    init_AwsQueryProtocol();
    AwsEc2QueryProtocol = class extends AwsQueryProtocol {
      options;
      constructor(options) {
        super(options), this.options = options;
        let ec2Settings = {
          capitalizeKeys: !0,
          flattenLists: !0,
          serializeEmptyLists: !1,
          ec2: !0
        };
        Object.assign(this.serializer.settings, ec2Settings);
      }
      getShapeId() {
        return "aws.protocols#ec2Query";
      }
      useNestedResult() {
        return !1;
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/common.js
var collectBodyString2, init_common2 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/common.js"() {
    init_protocols();
    init_serde();
    collectBodyString2 = (streamBody, context) => collectBody(streamBody, context).then((body) => (context?.utf8Encoder ?? toUtf8)(body));
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/parseXmlBody.js
var import_xml_builder2, parseXmlBody, parseXmlErrorBody, loadRestXmlErrorCode, init_parseXmlBody = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/parseXmlBody.js"() {
    import_xml_builder2 = __toESM(require_dist_cjs4());
    init_client();
    init_common2();
    parseXmlBody = (streamBody, context) => collectBodyString2(streamBody, context).then((encoded) => {
      if (encoded.length) {
        let parsedObj;
        try {
          parsedObj = (0, import_xml_builder2.parseXML)(encoded);
        } catch (e5) {
          throw e5 && typeof e5 == "object" && Object.defineProperty(e5, "$responseBodyText", {
            value: encoded
          }), e5;
        }
        let textNodeName = "#text", key = Object.keys(parsedObj)[0], parsedObjToReturn = parsedObj[key];
        return parsedObjToReturn[textNodeName] && (parsedObjToReturn[key] = parsedObjToReturn[textNodeName], delete parsedObjToReturn[textNodeName]), getValueFromTextNode(parsedObjToReturn);
      }
      return {};
    }), parseXmlErrorBody = async (errorBody, context) => {
      let value = await parseXmlBody(errorBody, context);
      return value.Error && (value.Error.message = value.Error.message ?? value.Error.Message), value;
    }, loadRestXmlErrorCode = (output, data) => {
      if (data?.Error?.Code !== void 0)
        return data.Error.Code;
      if (data?.Code !== void 0)
        return data.Code;
      if (output.statusCode == 404)
        return "NotFound";
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/XmlShapeSerializer.js
var import_xml_builder3, XmlShapeSerializer, init_XmlShapeSerializer = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/XmlShapeSerializer.js"() {
    import_xml_builder3 = __toESM(require_dist_cjs4());
    init_protocols();
    init_schema();
    init_serde();
    init_serde();
    init_ConfigurableSerdeContext2();
    XmlShapeSerializer = class extends SerdeContextConfig2 {
      settings;
      stringBuffer;
      byteBuffer;
      buffer;
      constructor(settings) {
        super(), this.settings = settings;
      }
      write(schema, value) {
        let ns = NormalizedSchema.of(schema);
        if (ns.isStringSchema() && typeof value == "string")
          this.stringBuffer = value;
        else if (ns.isBlobSchema())
          this.byteBuffer = "byteLength" in value ? value : (this.serdeContext?.base64Decoder ?? fromBase64)(value);
        else {
          this.buffer = this.writeStruct(ns, value, void 0);
          let traits = ns.getMergedTraits();
          traits.httpPayload && !traits.xmlName && this.buffer.withName(ns.getName());
        }
      }
      flush() {
        if (this.byteBuffer !== void 0) {
          let bytes = this.byteBuffer;
          return delete this.byteBuffer, bytes;
        }
        if (this.stringBuffer !== void 0) {
          let str = this.stringBuffer;
          return delete this.stringBuffer, str;
        }
        let buffer = this.buffer;
        return this.settings.xmlNamespace && (buffer?.attributes?.xmlns || buffer.addAttribute("xmlns", this.settings.xmlNamespace)), delete this.buffer, buffer.toString();
      }
      writeStruct(ns, value, parentXmlns) {
        let traits = ns.getMergedTraits(), name = ns.isMemberSchema() && !traits.httpPayload ? ns.getMemberTraits().xmlName ?? ns.getMemberName() : traits.xmlName ?? ns.getName();
        if (!name || !ns.isStructSchema())
          throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${ns.getName(!0)}.`);
        let structXmlNode = import_xml_builder3.XmlNode.of(name), [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
        for (let [memberName, memberSchema] of ns.structIterator()) {
          let val = value[memberName];
          if (val != null || memberSchema.isIdempotencyToken()) {
            if (memberSchema.getMergedTraits().xmlAttribute) {
              structXmlNode.addAttribute(memberSchema.getMergedTraits().xmlName ?? memberName, this.writeSimple(memberSchema, val));
              continue;
            }
            if (memberSchema.isListSchema())
              this.writeList(memberSchema, val, structXmlNode, xmlns);
            else if (memberSchema.isMapSchema())
              this.writeMap(memberSchema, val, structXmlNode, xmlns);
            else if (memberSchema.isStructSchema())
              structXmlNode.addChildNode(this.writeStruct(memberSchema, val, xmlns));
            else {
              let memberNode = import_xml_builder3.XmlNode.of(memberSchema.getMergedTraits().xmlName ?? memberSchema.getMemberName());
              this.writeSimpleInto(memberSchema, val, memberNode, xmlns), structXmlNode.addChildNode(memberNode);
            }
          }
        }
        let { $unknown } = value;
        if ($unknown && ns.isUnionSchema() && Array.isArray($unknown) && Object.keys(value).length === 1) {
          let [k5, v] = $unknown, node = import_xml_builder3.XmlNode.of(k5);
          if (typeof v != "string")
            if (value instanceof import_xml_builder3.XmlNode || value instanceof import_xml_builder3.XmlText)
              structXmlNode.addChildNode(value);
            else
              throw new Error("@aws-sdk - $unknown union member in XML requires value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.");
          this.writeSimpleInto(0, v, node, xmlns), structXmlNode.addChildNode(node);
        }
        return xmlns && structXmlNode.addAttribute(xmlnsAttr, xmlns), structXmlNode;
      }
      writeList(listMember, array, container, parentXmlns) {
        if (!listMember.isMemberSchema())
          throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${listMember.getName(!0)}`);
        let listTraits = listMember.getMergedTraits(), listValueSchema = listMember.getValueSchema(), listValueTraits = listValueSchema.getMergedTraits(), sparse = !!listValueTraits.sparse, flat = !!listTraits.xmlFlattened, [xmlnsAttr, xmlns] = this.getXmlnsAttribute(listMember, parentXmlns), writeItem = (container2, value) => {
          if (listValueSchema.isListSchema())
            this.writeList(listValueSchema, Array.isArray(value) ? value : [value], container2, xmlns);
          else if (listValueSchema.isMapSchema())
            this.writeMap(listValueSchema, value, container2, xmlns);
          else if (listValueSchema.isStructSchema()) {
            let struct = this.writeStruct(listValueSchema, value, xmlns);
            container2.addChildNode(struct.withName(flat ? listTraits.xmlName ?? listMember.getMemberName() : listValueTraits.xmlName ?? "member"));
          } else {
            let listItemNode = import_xml_builder3.XmlNode.of(flat ? listTraits.xmlName ?? listMember.getMemberName() : listValueTraits.xmlName ?? "member");
            this.writeSimpleInto(listValueSchema, value, listItemNode, xmlns), container2.addChildNode(listItemNode);
          }
        };
        if (flat)
          for (let value of array)
            (sparse || value != null) && writeItem(container, value);
        else {
          let listNode = import_xml_builder3.XmlNode.of(listTraits.xmlName ?? listMember.getMemberName());
          xmlns && listNode.addAttribute(xmlnsAttr, xmlns);
          for (let value of array)
            (sparse || value != null) && writeItem(listNode, value);
          container.addChildNode(listNode);
        }
      }
      writeMap(mapMember, map, container, parentXmlns, containerIsMap = !1) {
        if (!mapMember.isMemberSchema())
          throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${mapMember.getName(!0)}`);
        let mapTraits = mapMember.getMergedTraits(), mapKeySchema = mapMember.getKeySchema(), keyTag = mapKeySchema.getMergedTraits().xmlName ?? "key", mapValueSchema = mapMember.getValueSchema(), mapValueTraits = mapValueSchema.getMergedTraits(), valueTag = mapValueTraits.xmlName ?? "value", sparse = !!mapValueTraits.sparse, flat = !!mapTraits.xmlFlattened, [xmlnsAttr, xmlns] = this.getXmlnsAttribute(mapMember, parentXmlns), addKeyValue = (entry, key, val) => {
          let keyNode = import_xml_builder3.XmlNode.of(keyTag, key), [keyXmlnsAttr, keyXmlns] = this.getXmlnsAttribute(mapKeySchema, xmlns);
          keyXmlns && keyNode.addAttribute(keyXmlnsAttr, keyXmlns), entry.addChildNode(keyNode);
          let valueNode = import_xml_builder3.XmlNode.of(valueTag);
          mapValueSchema.isListSchema() ? this.writeList(mapValueSchema, val, valueNode, xmlns) : mapValueSchema.isMapSchema() ? this.writeMap(mapValueSchema, val, valueNode, xmlns, !0) : mapValueSchema.isStructSchema() ? valueNode = this.writeStruct(mapValueSchema, val, xmlns) : this.writeSimpleInto(mapValueSchema, val, valueNode, xmlns), entry.addChildNode(valueNode);
        };
        if (flat)
          for (let key in map) {
            let val = map[key];
            if (sparse || val != null) {
              let entry = import_xml_builder3.XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName());
              addKeyValue(entry, key, val), container.addChildNode(entry);
            }
          }
        else {
          let mapNode;
          containerIsMap || (mapNode = import_xml_builder3.XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName()), xmlns && mapNode.addAttribute(xmlnsAttr, xmlns), container.addChildNode(mapNode));
          for (let key in map) {
            let val = map[key];
            if (sparse || val != null) {
              let entry = import_xml_builder3.XmlNode.of("entry");
              addKeyValue(entry, key, val), (containerIsMap ? container : mapNode).addChildNode(entry);
            }
          }
        }
      }
      writeSimple(_schema, value) {
        if (value === null)
          throw new Error("@aws-sdk/core/protocols - (XML serializer) cannot write null value.");
        let ns = NormalizedSchema.of(_schema), nodeContents = null;
        if (value && typeof value == "object")
          if (ns.isBlobSchema())
            nodeContents = (this.serdeContext?.base64Encoder ?? toBase64)(value);
          else if (ns.isTimestampSchema() && value instanceof Date)
            switch (determineTimestampFormat(ns, this.settings)) {
              case 5:
                nodeContents = value.toISOString().replace(".000Z", "Z");
                break;
              case 6:
                nodeContents = dateToUtcString(value);
                break;
              case 7:
                nodeContents = String(value.getTime() / 1e3);
                break;
              default:
                console.warn("Missing timestamp format, using http date", value), nodeContents = dateToUtcString(value);
                break;
            }
          else {
            if (ns.isBigDecimalSchema() && value)
              return value instanceof NumericValue ? value.string : String(value);
            throw ns.isMapSchema() || ns.isListSchema() ? new Error("@aws-sdk/core/protocols - xml serializer, cannot call _write() on List/Map schema, call writeList or writeMap() instead.") : new Error(`@aws-sdk/core/protocols - xml serializer, unhandled schema type for object value and schema: ${ns.getName(!0)}`);
          }
        if ((ns.isBooleanSchema() || ns.isNumericSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) && (nodeContents = String(value)), ns.isStringSchema() && (value === void 0 && ns.isIdempotencyToken() ? nodeContents = generateIdempotencyToken() : nodeContents = String(value)), nodeContents === null)
          throw new Error(`Unhandled schema-value pair ${ns.getName(!0)}=${value}`);
        return nodeContents;
      }
      writeSimpleInto(_schema, value, into, parentXmlns) {
        let nodeContents = this.writeSimple(_schema, value), ns = NormalizedSchema.of(_schema), content = new import_xml_builder3.XmlText(nodeContents), [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
        xmlns && into.addAttribute(xmlnsAttr, xmlns), into.addChildNode(content);
      }
      getXmlnsAttribute(ns, parentXmlns) {
        let traits = ns.getMergedTraits(), [prefix, xmlns] = traits.xmlNamespace ?? [];
        return xmlns && xmlns !== parentXmlns ? [prefix ? `xmlns:${prefix}` : "xmlns", xmlns] : [void 0, void 0];
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/XmlCodec.js
var XmlCodec, init_XmlCodec = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/XmlCodec.js"() {
    init_ConfigurableSerdeContext2();
    init_XmlShapeDeserializer();
    init_XmlShapeSerializer();
    XmlCodec = class extends SerdeContextConfig2 {
      settings;
      constructor(settings) {
        super(), this.settings = settings;
      }
      createSerializer() {
        let serializer = new XmlShapeSerializer(this.settings);
        return serializer.setSerdeContext(this.serdeContext), serializer;
      }
      createDeserializer() {
        let deserializer = new XmlShapeDeserializer(this.settings);
        return deserializer.setSerdeContext(this.serdeContext), deserializer;
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/AwsRestXmlProtocol.js
var AwsRestXmlProtocol, init_AwsRestXmlProtocol = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/xml/AwsRestXmlProtocol.js"() {
    init_protocols();
    init_schema();
    init_ProtocolLib();
    init_parseXmlBody();
    init_XmlCodec();
    AwsRestXmlProtocol = class extends HttpBindingProtocol {
      codec;
      serializer;
      deserializer;
      mixin = new ProtocolLib();
      constructor(options) {
        super(options);
        let settings = {
          timestampFormat: {
            useTrait: !0,
            default: 5
          },
          httpBindings: !0,
          xmlNamespace: options.xmlNamespace,
          serviceNamespace: options.defaultNamespace
        };
        this.codec = new XmlCodec(settings), this.serializer = new HttpInterceptingShapeSerializer(this.codec.createSerializer(), settings), this.deserializer = new HttpInterceptingShapeDeserializer(this.codec.createDeserializer(), settings);
      }
      getPayloadCodec() {
        return this.codec;
      }
      getShapeId() {
        return "aws.protocols#restXml";
      }
      async serializeRequest(operationSchema, input, context) {
        let request = await super.serializeRequest(operationSchema, input, context), inputSchema = NormalizedSchema.of(operationSchema.input);
        if (!request.headers["content-type"]) {
          let contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
          contentType && (request.headers["content-type"] = contentType);
        }
        return typeof request.body == "string" && request.headers["content-type"] === this.getDefaultContentType() && !request.body.startsWith("<?xml ") && !this.hasUnstructuredPayloadBinding(inputSchema) && (request.body = '<?xml version="1.0" encoding="UTF-8"?>' + request.body), request;
      }
      async deserializeResponse(operationSchema, context, response) {
        return super.deserializeResponse(operationSchema, context, response);
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        let errorIdentifier = loadRestXmlErrorCode(response, dataObject) ?? "Unknown";
        if (this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace), dataObject.Error && typeof dataObject.Error == "object")
          for (let key of Object.keys(dataObject.Error))
            dataObject[key] = dataObject.Error[key], key.toLowerCase() === "message" && (dataObject.message = dataObject.Error[key]);
        dataObject.RequestId && !metadata.requestId && (metadata.requestId = dataObject.RequestId);
        let { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata), ns = NormalizedSchema.of(errorSchema), message = dataObject.Error?.message ?? dataObject.Error?.Message ?? dataObject.message ?? dataObject.Message ?? "UnknownError", ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error, exception = new ErrorCtor({});
        await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
        let output = {}, errorDeserializer = this.codec.createDeserializer();
        for (let [name, member] of ns.structIterator()) {
          let target = member.getMergedTraits().xmlName ?? name, value = dataObject.Error?.[target] ?? dataObject[target];
          output[name] = errorDeserializer.readSchema(member, value);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message
        }, output), dataObject);
      }
      getDefaultContentType() {
        return "application/xml";
      }
      hasUnstructuredPayloadBinding(ns) {
        for (let [, member] of ns.structIterator())
          if (member.getMergedTraits().httpPayload)
            return !(member.isStructSchema() || member.isMapSchema() || member.isListSchema());
        return !1;
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/awsExpectUnion.js
var awsExpectUnion, init_awsExpectUnion = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/awsExpectUnion.js"() {
    init_serde();
    awsExpectUnion = (value) => {
      if (value != null)
        return typeof value == "object" && "__type" in value && delete value.__type, expectUnion(value);
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/coercing-serializers.js
var _toStr, _toBool, _toNum, init_coercing_serializers = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/coercing-serializers.js"() {
    _toStr = (val) => {
      if (val == null)
        return val;
      if (typeof val == "number" || typeof val == "bigint") {
        let warning2 = new Error(`Received number ${val} where a string was expected.`);
        return warning2.name = "Warning", console.warn(warning2), String(val);
      }
      if (typeof val == "boolean") {
        let warning2 = new Error(`Received boolean ${val} where a string was expected.`);
        return warning2.name = "Warning", console.warn(warning2), String(val);
      }
      return val;
    }, _toBool = (val) => {
      if (val == null)
        return val;
      if (typeof val == "string") {
        let lowercase = val.toLowerCase();
        if (val !== "" && lowercase !== "false" && lowercase !== "true") {
          let warning2 = new Error(`Received string "${val}" where a boolean was expected.`);
          warning2.name = "Warning", console.warn(warning2);
        }
        return val !== "" && lowercase !== "false";
      }
      return val;
    }, _toNum = (val) => {
      if (val == null)
        return val;
      if (typeof val == "string") {
        let num = Number(val);
        if (num.toString() !== val) {
          let warning2 = new Error(`Received string "${val}" where a number was expected.`);
          return warning2.name = "Warning", console.warn(warning2), val;
        }
        return num;
      }
      return val;
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/protocols/index.js
var protocols_exports2 = {};
__export(protocols_exports2, {
  AwsEc2QueryProtocol: () => AwsEc2QueryProtocol,
  AwsJson1_0Protocol: () => AwsJson1_0Protocol,
  AwsJson1_1Protocol: () => AwsJson1_1Protocol,
  AwsJsonRpcProtocol: () => AwsJsonRpcProtocol,
  AwsQueryProtocol: () => AwsQueryProtocol,
  AwsRestJsonProtocol: () => AwsRestJsonProtocol,
  AwsRestXmlProtocol: () => AwsRestXmlProtocol,
  AwsSmithyRpcV2CborProtocol: () => AwsSmithyRpcV2CborProtocol,
  AwsSmithyRpcV2JsonProtocol: () => AwsSmithyRpcV2JsonProtocol,
  JsonCodec: () => JsonCodec,
  JsonCodec2: () => JsonCodec2,
  JsonShapeDeserializer: () => JsonShapeDeserializer,
  JsonShapeDeserializer2: () => JsonShapeDeserializer2,
  JsonShapeSerializer: () => JsonShapeSerializer,
  JsonShapeSerializer2: () => JsonShapeSerializer2,
  QueryShapeSerializer: () => QueryShapeSerializer,
  XmlCodec: () => XmlCodec,
  XmlShapeDeserializer: () => XmlShapeDeserializer,
  XmlShapeSerializer: () => XmlShapeSerializer,
  _toBool: () => _toBool,
  _toNum: () => _toNum,
  _toStr: () => _toStr,
  awsExpectUnion: () => awsExpectUnion,
  loadJsonRpcErrorCode: () => loadJsonRpcErrorCode,
  loadRestJsonErrorCode: () => loadRestJsonErrorCode,
  loadRestXmlErrorCode: () => loadRestXmlErrorCode,
  parseJsonBody: () => parseJsonBody,
  parseJsonErrorBody: () => parseJsonErrorBody,
  parseXmlBody: () => parseXmlBody,
  parseXmlErrorBody: () => parseXmlErrorBody
});
var init_protocols2 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/protocols/index.js"() {
    init_AwsSmithyRpcV2CborProtocol();
    init_AwsJson1_0Protocol();
    init_AwsJson1_1Protocol();
    init_AwsJsonRpcProtocol();
    init_AwsRestJsonProtocol();
    init_AwsSmithyRpcV2JsonProtocol();
    init_protocols();
    init_AwsEc2QueryProtocol();
    init_AwsQueryProtocol();
    init_QueryShapeSerializer();
    init_AwsRestXmlProtocol();
    init_XmlCodec();
    init_XmlShapeDeserializer();
    init_XmlShapeSerializer();
    init_parseXmlBody();
    init_awsExpectUnion();
    init_coercing_serializers();
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getDateHeader.js
var getDateHeader, getAgeHeader, init_getDateHeader = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getDateHeader.js"() {
    init_protocols();
    getDateHeader = (response) => HttpResponse.isInstance(response) ? response.headers?.date ?? response.headers?.Date : void 0, getAgeHeader = (response) => HttpResponse.isInstance(response) ? response.headers?.age ?? response.headers?.Age : void 0;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getSkewCorrectedDate.js
var getSkewCorrectedDate, init_getSkewCorrectedDate = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getSkewCorrectedDate.js"() {
    getSkewCorrectedDate = (systemClockOffset) => new Date(Date.now() + systemClockOffset);
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getUpdatedSystemClockOffset.js
var getUpdatedSystemClockOffset, init_getUpdatedSystemClockOffset = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getUpdatedSystemClockOffset.js"() {
    getUpdatedSystemClockOffset = (clockTime, currentSystemClockOffset, timeRequestSent, ageHeader) => {
      if (ageHeader !== void 0)
        return currentSystemClockOffset;
      let serverTime = Date.parse(clockTime);
      if (Number.isNaN(serverTime))
        return currentSystemClockOffset;
      let timeResponseReceived = Date.now();
      return timeRequestSent !== void 0 && timeResponseReceived - timeRequestSent > 9e5 ? currentSystemClockOffset : serverTime - timeResponseReceived;
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/index.js
var init_utils = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/index.js"() {
    init_getDateHeader();
    init_getSkewCorrectedDate();
    init_getUpdatedSystemClockOffset();
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4Signer.js
var import_types4, throwSigningPropertyError, hasEventStreamOutput, validateSigningProperties, AwsSdkSigV4Signer, AWSSDKSigV4Signer, init_AwsSdkSigV4Signer = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4Signer.js"() {
    init_protocols();
    import_types4 = __toESM(require_dist_cjs());
    init_utils();
    throwSigningPropertyError = (name, property) => {
      if (!property)
        throw new Error(`Property \`${name}\` is not resolved for AWS SDK SigV4Auth`);
      return property;
    }, hasEventStreamOutput = (signingProperties) => signingProperties.context?.[import_types4.SMITHY_CONTEXT_KEY]?.eventStream?.output === !0, validateSigningProperties = async (signingProperties) => {
      let context = throwSigningPropertyError("context", signingProperties.context), config = throwSigningPropertyError("config", signingProperties.config), authScheme = context.endpointV2?.properties?.authSchemes?.[0], signer = await throwSigningPropertyError("signer", config.signer)(authScheme), signingRegion = signingProperties?.signingRegion, signingRegionSet = signingProperties?.signingRegionSet, signingName = signingProperties?.signingName;
      return {
        config,
        signer,
        signingRegion,
        signingRegionSet,
        signingName
      };
    }, AwsSdkSigV4Signer = class {
      async sign(httpRequest, identity, signingProperties) {
        if (!HttpRequest.isInstance(httpRequest))
          throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
        let validatedProps = await validateSigningProperties(signingProperties), { config, signer } = validatedProps, { signingRegion, signingName } = validatedProps, handlerExecutionContext = signingProperties.context;
        if (handlerExecutionContext?.authSchemes?.length ?? !1) {
          let [first, second] = handlerExecutionContext.authSchemes;
          first?.name === "sigv4a" && second?.name === "sigv4" && (signingRegion = second?.signingRegion ?? signingRegion, signingName = second?.signingName ?? signingName);
        }
        let noSkewCorrection = await config.disableClockSkewCorrection?.() === !0;
        signingProperties._disableClockSkewCorrection = noSkewCorrection;
        let skipSkewSampling = noSkewCorrection || hasEventStreamOutput(signingProperties);
        return signingProperties._skipClockSkewSampling = skipSkewSampling, skipSkewSampling || (signingProperties._preRequestSystemClockOffset = config.systemClockOffset, signingProperties._requestSentAt = Date.now()), await signer.sign(httpRequest, {
          signingDate: noSkewCorrection ? /* @__PURE__ */ new Date() : getSkewCorrectedDate(config.systemClockOffset),
          signingRegion,
          signingService: signingName
        });
      }
      errorHandler(signingProperties) {
        return (error) => {
          let errorException = error;
          if (!signingProperties._skipClockSkewSampling && !signingProperties._disableClockSkewCorrection) {
            let serverTime = errorException.ServerTime ?? getDateHeader(errorException.$response);
            if (serverTime) {
              let config = throwSigningPropertyError("config", signingProperties.config), preRequestOffset = signingProperties._preRequestSystemClockOffset, timeRequestSent = signingProperties._requestSentAt, ageHeader = getAgeHeader(errorException.$response), newOffset = getUpdatedSystemClockOffset(serverTime, config.systemClockOffset, timeRequestSent, ageHeader);
              config.systemClockOffset = newOffset, Math.abs(newOffset) >= 24e4 && (newOffset !== preRequestOffset || preRequestOffset !== void 0 && preRequestOffset !== newOffset) && errorException.$metadata && (errorException.$metadata.clockSkewCorrected = !0);
            }
          }
          throw error;
        };
      }
      successHandler(httpResponse, signingProperties) {
        if (signingProperties._skipClockSkewSampling || signingProperties._disableClockSkewCorrection)
          return;
        let dateHeader = getDateHeader(httpResponse);
        if (dateHeader) {
          let config = throwSigningPropertyError("config", signingProperties.config), timeRequestSent = signingProperties._requestSentAt, ageHeader = getAgeHeader(httpResponse);
          config.systemClockOffset = getUpdatedSystemClockOffset(dateHeader, config.systemClockOffset, timeRequestSent, ageHeader);
        }
      }
    }, AWSSDKSigV4Signer = AwsSdkSigV4Signer;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4ASigner.js
var AwsSdkSigV4ASigner, init_AwsSdkSigV4ASigner = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4ASigner.js"() {
    init_protocols();
    init_utils();
    init_AwsSdkSigV4Signer();
    AwsSdkSigV4ASigner = class extends AwsSdkSigV4Signer {
      async sign(httpRequest, identity, signingProperties) {
        if (!HttpRequest.isInstance(httpRequest))
          throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
        let { config, signer, signingRegion, signingRegionSet, signingName } = await validateSigningProperties(signingProperties), multiRegionOverride = (await config.sigv4aSigningRegionSet?.() ?? signingRegionSet ?? [signingRegion]).join(","), noSkewCorrection = await config.disableClockSkewCorrection?.() === !0;
        return signingProperties._disableClockSkewCorrection = noSkewCorrection, noSkewCorrection || (signingProperties._preRequestSystemClockOffset = config.systemClockOffset, signingProperties._requestSentAt = Date.now()), await signer.sign(httpRequest, {
          signingDate: noSkewCorrection ? /* @__PURE__ */ new Date() : getSkewCorrectedDate(config.systemClockOffset),
          signingRegion: multiRegionOverride,
          signingService: signingName
        });
      }
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getArrayForCommaSeparatedString.js
var getArrayForCommaSeparatedString, init_getArrayForCommaSeparatedString = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getArrayForCommaSeparatedString.js"() {
    getArrayForCommaSeparatedString = (str) => typeof str == "string" && str.length > 0 ? str.split(",").map((item) => item.trim()) : [];
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getBearerTokenEnvKey.js
var getBearerTokenEnvKey, init_getBearerTokenEnvKey = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getBearerTokenEnvKey.js"() {
    getBearerTokenEnvKey = (signingName) => `AWS_BEARER_TOKEN_${signingName.replace(/[\s-]/g, "_").toUpperCase()}`;
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/NODE_AUTH_SCHEME_PREFERENCE_OPTIONS.js
var NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY, NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, init_NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/NODE_AUTH_SCHEME_PREFERENCE_OPTIONS.js"() {
    init_getArrayForCommaSeparatedString();
    init_getBearerTokenEnvKey();
    NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY = "AWS_AUTH_SCHEME_PREFERENCE", NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY = "auth_scheme_preference", NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = {
      environmentVariableSelector: (env2, options) => {
        if (options?.signingName && getBearerTokenEnvKey(options.signingName) in env2)
          return ["httpBearerAuth"];
        if (NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY in env2)
          return getArrayForCommaSeparatedString(env2[NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY]);
      },
      configFileSelector: (profile) => {
        if (NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY in profile)
          return getArrayForCommaSeparatedString(profile[NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY]);
      },
      default: []
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/resolveAwsSdkSigV4AConfig.js
var resolveAwsSdkSigV4AConfig, NODE_SIGV4A_CONFIG_OPTIONS, init_resolveAwsSdkSigV4AConfig = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/resolveAwsSdkSigV4AConfig.js"() {
    init_dist_es();
    init_config();
    resolveAwsSdkSigV4AConfig = (config) => (config.sigv4aSigningRegionSet = normalizeProvider2(config.sigv4aSigningRegionSet), config), NODE_SIGV4A_CONFIG_OPTIONS = {
      environmentVariableSelector(env2) {
        if (env2.AWS_SIGV4A_SIGNING_REGION_SET)
          return env2.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map((_) => _.trim());
        throw new ProviderError("AWS_SIGV4A_SIGNING_REGION_SET not set in env.", {
          tryNextLink: !0
        });
      },
      configFileSelector(profile) {
        if (profile.sigv4a_signing_region_set)
          return (profile.sigv4a_signing_region_set ?? "").split(",").map((_) => _.trim());
        throw new ProviderError("sigv4a_signing_region_set not set in profile.", {
          tryNextLink: !0
        });
      },
      default: void 0
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/resolveAwsSdkSigV4Config.js
function normalizeCredentialProvider(config, { credentials, credentialDefaultProvider }) {
  let credentialsProvider;
  return credentials ? credentials?.memoized ? credentialsProvider = credentials : credentialsProvider = memoizeIdentityProvider(credentials, isIdentityExpired, doesIdentityRequireRefresh) : credentialDefaultProvider ? credentialsProvider = normalizeProvider2(credentialDefaultProvider(Object.assign({}, config, {
    parentClientConfig: config
  }))) : credentialsProvider = async () => {
    throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.");
  }, credentialsProvider.memoized = !0, credentialsProvider;
}
function bindCallerConfig(config, credentialsProvider) {
  if (credentialsProvider.configBound)
    return credentialsProvider;
  let fn = async (options) => credentialsProvider({ ...options, callerClientConfig: config });
  return fn.memoized = credentialsProvider.memoized, fn.configBound = !0, fn;
}
var import_signature_v4, bindResolveAwsSdkSigV4Config, init_resolveAwsSdkSigV4Config = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/resolveAwsSdkSigV4Config.js"() {
    init_client2();
    init_dist_es();
    import_signature_v4 = __toESM(require_dist_cjs2()), bindResolveAwsSdkSigV4Config = (defaultDisableClockSkewCorrection) => (config) => {
      let inputCredentials = config.credentials, isUserSupplied = !!config.credentials, resolvedCredentials;
      Object.defineProperty(config, "credentials", {
        set(credentials) {
          credentials && credentials !== inputCredentials && credentials !== resolvedCredentials && (isUserSupplied = !0), inputCredentials = credentials;
          let memoizedProvider = normalizeCredentialProvider(config, {
            credentials: inputCredentials,
            credentialDefaultProvider: config.credentialDefaultProvider
          }), boundProvider = bindCallerConfig(config, memoizedProvider);
          if (isUserSupplied && !boundProvider.attributed) {
            let isCredentialObject = typeof inputCredentials == "object" && inputCredentials !== null;
            resolvedCredentials = async (options) => {
              let attributedCreds = await boundProvider(options);
              return isCredentialObject && (!attributedCreds.$source || Object.keys(attributedCreds.$source).length === 0) ? setCredentialFeature(attributedCreds, "CREDENTIALS_CODE", "e") : attributedCreds;
            }, resolvedCredentials.memoized = boundProvider.memoized, resolvedCredentials.configBound = boundProvider.configBound, resolvedCredentials.attributed = !0;
          } else
            resolvedCredentials = boundProvider;
        },
        get() {
          return resolvedCredentials;
        },
        enumerable: !0,
        configurable: !0
      }), config.credentials = inputCredentials;
      let { signingEscapePath = !0, systemClockOffset = config.systemClockOffset || 0, sha256 } = config, signer;
      return config.signer ? signer = normalizeProvider2(config.signer) : config.regionInfoProvider ? signer = () => normalizeProvider2(config.region)().then(async (region) => [
        await config.regionInfoProvider(region, {
          useFipsEndpoint: await config.useFipsEndpoint(),
          useDualstackEndpoint: await config.useDualstackEndpoint()
        }) || {},
        region
      ]).then(([regionInfo, region]) => {
        let { signingRegion, signingService } = regionInfo;
        config.signingRegion = config.signingRegion || signingRegion || region, config.signingName = config.signingName || signingService || config.serviceId;
        let params = {
          ...config,
          credentials: config.credentials,
          region: config.signingRegion,
          service: config.signingName,
          sha256,
          uriEscapePath: signingEscapePath
        }, SignerCtor = config.signerConstructor || import_signature_v4.SignatureV4;
        return new SignerCtor(params);
      }) : signer = async (authScheme) => {
        authScheme = Object.assign({}, {
          name: "sigv4",
          signingName: config.signingName || config.defaultSigningName,
          signingRegion: await normalizeProvider2(config.region)(),
          properties: {}
        }, authScheme);
        let signingRegion = authScheme.signingRegion, signingService = authScheme.signingName;
        config.signingRegion = config.signingRegion || signingRegion, config.signingName = config.signingName || signingService || config.serviceId;
        let params = {
          ...config,
          credentials: config.credentials,
          region: config.signingRegion,
          service: config.signingName,
          sha256,
          uriEscapePath: signingEscapePath
        }, SignerCtor = config.signerConstructor || import_signature_v4.SignatureV4;
        return new SignerCtor(params);
      }, Object.assign(config, {
        systemClockOffset,
        signingEscapePath,
        signer,
        disableClockSkewCorrection: normalizeProvider2(config.disableClockSkewCorrection ?? defaultDisableClockSkewCorrection)
      });
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/index.js
var init_aws_sdk = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/index.js"() {
    init_AwsSdkSigV4Signer();
    init_AwsSdkSigV4ASigner();
    init_NODE_AUTH_SCHEME_PREFERENCE_OPTIONS();
    init_resolveAwsSdkSigV4AConfig();
    init_resolveAwsSdkSigV4Config();
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/clock-skew-node-config.js
var ENV_DISABLE_CLOCK_SKEW_CORRECTION, CONFIG_DISABLE_CLOCK_SKEW_CORRECTION, NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS, init_clock_skew_node_config = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/clock-skew-node-config.js"() {
    init_config();
    ENV_DISABLE_CLOCK_SKEW_CORRECTION = "AWS_DISABLE_CLOCK_SKEW_CORRECTION", CONFIG_DISABLE_CLOCK_SKEW_CORRECTION = "disable_clock_skew_correction", NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS = {
      environmentVariableSelector: (env2) => booleanSelector(env2, ENV_DISABLE_CLOCK_SKEW_CORRECTION, SelectorType.ENV),
      configFileSelector: (profile) => booleanSelector(profile, CONFIG_DISABLE_CLOCK_SKEW_CORRECTION, SelectorType.CONFIG),
      default: !1
    };
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/clock-skew-defaults.js
var DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION, init_clock_skew_defaults = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/clock-skew-defaults.js"() {
    init_config();
    init_clock_skew_node_config();
    DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION = loadConfig(NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS);
  }
});

// node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/index.js
var httpAuthSchemes_exports = {};
__export(httpAuthSchemes_exports, {
  AWSSDKSigV4Signer: () => AWSSDKSigV4Signer,
  AwsSdkSigV4ASigner: () => AwsSdkSigV4ASigner,
  AwsSdkSigV4Signer: () => AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: () => NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  NODE_SIGV4A_CONFIG_OPTIONS: () => NODE_SIGV4A_CONFIG_OPTIONS,
  getBearerTokenEnvKey: () => getBearerTokenEnvKey,
  resolveAWSSDKSigV4Config: () => resolveAWSSDKSigV4Config,
  resolveAwsSdkSigV4AConfig: () => resolveAwsSdkSigV4AConfig,
  resolveAwsSdkSigV4Config: () => resolveAwsSdkSigV4Config,
  validateSigningProperties: () => validateSigningProperties
});
var resolveAwsSdkSigV4Config, resolveAWSSDKSigV4Config, init_httpAuthSchemes2 = __esm({
  "node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/index.js"() {
    init_aws_sdk();
    init_getBearerTokenEnvKey();
    init_aws_sdk();
    init_clock_skew_defaults();
    resolveAwsSdkSigV4Config = bindResolveAwsSdkSigV4Config(DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION), resolveAWSSDKSigV4Config = resolveAwsSdkSigV4Config;
  }
});

// node_modules/@smithy/node-http-handler/dist-cjs/index.js
var require_dist_cjs5 = __commonJS({
  "node_modules/@smithy/node-http-handler/dist-cjs/index.js"(exports) {
    var { hasOwn: hasOwn2 } = (init_serde(), __toCommonJS(serde_exports)), { streamCollector: streamCollector5 } = (init_serde(), __toCommonJS(serde_exports));
    exports.streamCollector = streamCollector5;
    var { buildQueryString: buildQueryString2, HttpResponse: HttpResponse2 } = (init_protocols(), __toCommonJS(protocols_exports)), node_https = require_node_https(), { Readable: Readable2 } = require_node_stream(), http2 = require_node_http2();
    function buildAbortError(abortSignal) {
      let reason = abortSignal && typeof abortSignal == "object" && "reason" in abortSignal ? abortSignal.reason : void 0;
      if (reason) {
        if (reason instanceof Error) {
          let abortError3 = new Error("Request aborted");
          return abortError3.name = "AbortError", abortError3.cause = reason, abortError3;
        }
        let abortError2 = new Error(String(reason));
        return abortError2.name = "AbortError", abortError2;
      }
      let abortError = new Error("Request aborted");
      return abortError.name = "AbortError", abortError;
    }
    var NODEJS_TIMEOUT_ERROR_CODES2 = ["ECONNRESET", "EPIPE", "ETIMEDOUT"], getTransformedHeaders = (headers) => {
      let transformedHeaders = {};
      for (let name in headers) {
        if (!hasOwn2(headers, name))
          continue;
        let headerValues = headers[name];
        transformedHeaders[name] = Array.isArray(headerValues) ? headerValues.join(",") : headerValues;
      }
      return transformedHeaders;
    }, timing = {
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (timeoutId) => clearTimeout(timeoutId)
    }, DEFER_EVENT_LISTENER_TIME$2 = 1e3, setConnectionTimeout = (request, reject, timeoutInMs = 0) => {
      if (!timeoutInMs)
        return -1;
      let registerTimeout = (offset) => {
        let timeoutId = timing.setTimeout(() => {
          request.destroy(), reject(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${timeoutInMs} ms.`), {
            name: "TimeoutError"
          }));
        }, timeoutInMs - offset), doWithSocket = (socket) => {
          socket?.connecting ? socket.on("connect", () => {
            timing.clearTimeout(timeoutId);
          }) : timing.clearTimeout(timeoutId);
        };
        request.socket ? doWithSocket(request.socket) : request.on("socket", doWithSocket);
      };
      return timeoutInMs < 2e3 ? (registerTimeout(0), 0) : timing.setTimeout(registerTimeout.bind(null, DEFER_EVENT_LISTENER_TIME$2), DEFER_EVENT_LISTENER_TIME$2);
    }, setRequestTimeout = (req, reject, timeoutInMs = 0, throwOnRequestTimeout, logger) => timeoutInMs ? timing.setTimeout(() => {
      let msg = `@smithy/node-http-handler - [${throwOnRequestTimeout ? "ERROR" : "WARN"}] a request has exceeded the configured ${timeoutInMs} ms requestTimeout.`;
      if (throwOnRequestTimeout) {
        let error = Object.assign(new Error(msg), {
          name: "TimeoutError",
          code: "ETIMEDOUT"
        });
        req.destroy(error), reject(error);
      } else
        msg += " Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.", logger?.warn?.(msg);
    }, timeoutInMs) : -1, DEFER_EVENT_LISTENER_TIME$1 = 3e3, setSocketKeepAlive = (request, { keepAlive, keepAliveMsecs }, deferTimeMs = DEFER_EVENT_LISTENER_TIME$1) => {
      if (keepAlive !== !0)
        return -1;
      let registerListener = () => {
        request.socket ? request.socket.setKeepAlive(keepAlive, keepAliveMsecs || 0) : request.on("socket", (socket) => {
          socket.setKeepAlive(keepAlive, keepAliveMsecs || 0);
        });
      };
      return deferTimeMs === 0 ? (registerListener(), 0) : timing.setTimeout(registerListener, deferTimeMs);
    }, resolveDefaultSocketTimeout = (config) => {
      let value = config?.defaultSocketTimeout;
      return typeof value == "number" && Number.isFinite(value) && value > 0 ? value : void 0;
    }, DEFER_EVENT_LISTENER_TIME = 3e3, setSocketTimeout = (request, reject, timeoutInMs = 0, isServiceDefault = !1) => {
      if (!Number.isFinite(timeoutInMs) || timeoutInMs <= 0)
        return;
      let response;
      request.once("response", (res) => response = res);
      let onTimeout = () => {
        if (response?.complete) {
          request.socket?.destroy();
          return;
        }
        let error = Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${timeoutInMs} ms of inactivity (${isServiceDefault ? "service default socket timeout" : "configured by client requestHandler"}).`), { name: "TimeoutError" });
        response?.destroy(error), request.destroy(), reject(error);
      }, registerTimeout = () => {
        let { socket } = request;
        socket ? socket.connecting ? socket.once("connect", registerTimeout) : (socket.setTimeout(timeoutInMs, onTimeout), request.on("close", () => socket.removeListener("timeout", onTimeout))) : request.once("socket", registerTimeout);
      };
      if (timeoutInMs < 6e3) {
        registerTimeout();
        return;
      }
      let deferralId = timing.setTimeout(registerTimeout, DEFER_EVENT_LISTENER_TIME);
      request.once("close", () => timing.clearTimeout(deferralId));
    }, MIN_WAIT_TIME = 6e3;
    async function writeRequestBody(httpRequest, request, maxContinueTimeoutMs = MIN_WAIT_TIME, externalAgent = !1) {
      let headers = request.headers, expect = headers ? headers.Expect || headers.expect : void 0, timeoutId = -1, sendBody = !0;
      !externalAgent && expect === "100-continue" && (sendBody = await Promise.race([
        new Promise((resolve) => {
          timeoutId = Number(timing.setTimeout(() => resolve(!0), Math.max(MIN_WAIT_TIME, maxContinueTimeoutMs)));
        }),
        new Promise((resolve) => {
          httpRequest.on("continue", () => {
            timing.clearTimeout(timeoutId), resolve(!0);
          }), httpRequest.on("response", () => {
            timing.clearTimeout(timeoutId), resolve(!1);
          }), httpRequest.on("error", () => {
            timing.clearTimeout(timeoutId), resolve(!1);
          });
        })
      ])), sendBody && writeBody(httpRequest, request.body);
    }
    function writeBody(httpRequest, body) {
      if (body instanceof Readable2) {
        body.pipe(httpRequest);
        return;
      }
      if (body) {
        let isBuffer2 = Buffer.isBuffer(body);
        if (isBuffer2 || typeof body == "string") {
          isBuffer2 && body.byteLength === 0 ? httpRequest.end() : httpRequest.end(body);
          return;
        }
        let uint8 = body;
        if (typeof uint8 == "object" && uint8.buffer && typeof uint8.byteOffset == "number" && typeof uint8.byteLength == "number") {
          httpRequest.end(Buffer.from(uint8.buffer, uint8.byteOffset, uint8.byteLength));
          return;
        }
        httpRequest.end(Buffer.from(body));
        return;
      }
      httpRequest.end();
    }
    var DEFAULT_REQUEST_TIMEOUT = 0, hAgent, hRequest, NodeHttpHandler = class _NodeHttpHandler {
      config;
      configProvider;
      socketWarningTimestamp = 0;
      externalAgent = !1;
      metadata = { handlerProtocol: "http/1.1" };
      static create(instanceOrOptions) {
        return typeof instanceOrOptions?.handle == "function" ? instanceOrOptions : new _NodeHttpHandler(instanceOrOptions);
      }
      static checkSocketUsage(agent, socketWarningTimestamp, logger = console) {
        let { sockets, requests, maxSockets } = agent;
        if (typeof maxSockets != "number" || maxSockets === 1 / 0 || Date.now() - 15e3 < socketWarningTimestamp)
          return socketWarningTimestamp;
        if (sockets && requests)
          for (let origin in sockets) {
            if (!hasOwn2(sockets, origin))
              continue;
            let socketsInUse = sockets[origin]?.length ?? 0, requestsEnqueued = requests[origin]?.length ?? 0;
            if (socketsInUse >= maxSockets && requestsEnqueued >= 2 * maxSockets)
              return logger?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${socketsInUse} and ${requestsEnqueued} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`), Date.now();
          }
        return socketWarningTimestamp;
      }
      constructor(options) {
        this.configProvider = new Promise((resolve, reject) => {
          typeof options == "function" ? options().then((_options) => {
            resolve(this.resolveDefaultConfig(_options));
          }).catch(reject) : resolve(this.resolveDefaultConfig(options));
        });
      }
      destroy() {
        this.config?.httpAgent?.destroy(), this.config?.httpsAgent?.destroy();
      }
      async handle(request, { abortSignal, requestTimeout } = {}) {
        this.config || (this.config = await this.configProvider);
        let config = this.config, logger = config.logger, isSSL = request.protocol === "https:";
        return !isSSL && !this.config.httpAgent && (this.config.httpAgent = await this.config.httpAgentProvider()), new Promise((_resolve, _reject) => {
          let writeRequestBodyPromise, socketWarningTimeoutId = -1, connectionTimeoutId = -1, requestTimeoutId = -1, keepAliveTimeoutId = -1, clearTimeouts = () => {
            timing.clearTimeout(socketWarningTimeoutId), timing.clearTimeout(connectionTimeoutId), timing.clearTimeout(requestTimeoutId), timing.clearTimeout(keepAliveTimeoutId);
          }, resolve = async (arg) => {
            await writeRequestBodyPromise, clearTimeouts(), _resolve(arg);
          }, reject = async (arg) => {
            await writeRequestBodyPromise, clearTimeouts(), _reject(arg);
          };
          if (abortSignal?.aborted) {
            let abortError = buildAbortError(abortSignal);
            reject(abortError);
            return;
          }
          let headers = request.headers, expectContinue = headers ? (headers.Expect ?? headers.expect) === "100-continue" : !1, agent = isSSL ? config.httpsAgent : config.httpAgent;
          expectContinue && !this.externalAgent && (agent = new (isSSL ? node_https.Agent : hAgent)({
            keepAlive: !1,
            maxSockets: 1 / 0
          })), socketWarningTimeoutId = timing.setTimeout(() => {
            this.socketWarningTimestamp = _NodeHttpHandler.checkSocketUsage(agent, this.socketWarningTimestamp, logger);
          }, config.socketAcquisitionWarningTimeout ?? (config.requestTimeout ?? 2e3) + (config.connectionTimeout ?? 1e3));
          let queryString = request.query ? buildQueryString2(request.query) : "", auth;
          if (request.username != null || request.password != null) {
            let username = request.username ?? "", password = request.password ?? "";
            auth = `${username}:${password}`;
          }
          let path = request.path;
          queryString && (path += `?${queryString}`), request.fragment && (path += `#${request.fragment}`);
          let hostname = request.hostname ?? "";
          hostname[0] === "[" && hostname.endsWith("]") ? hostname = request.hostname.slice(1, -1) : hostname = request.hostname;
          let nodeHttpsOptions = {
            headers: request.headers,
            host: hostname,
            method: request.method,
            path,
            port: request.port,
            agent,
            auth
          }, req = (isSSL ? node_https.request : hRequest)(nodeHttpsOptions, (res) => {
            let httpResponse = new HttpResponse2({
              statusCode: res.statusCode || -1,
              reason: res.statusMessage,
              headers: getTransformedHeaders(res.headers),
              body: res
            });
            resolve({ response: httpResponse });
          });
          if (req.on("error", (err) => {
            NODEJS_TIMEOUT_ERROR_CODES2.includes(err.code) ? reject(Object.assign(err, { name: "TimeoutError" })) : reject(err);
          }), abortSignal) {
            let onAbort = () => {
              req.destroy();
              let abortError = buildAbortError(abortSignal);
              reject(abortError);
            };
            if (typeof abortSignal.addEventListener == "function") {
              let signal = abortSignal;
              signal.addEventListener("abort", onAbort, { once: !0 }), req.once("close", () => signal.removeEventListener("abort", onAbort));
            } else
              abortSignal.onabort = onAbort;
          }
          let effectiveRequestTimeout = requestTimeout ?? config.requestTimeout;
          connectionTimeoutId = setConnectionTimeout(req, reject, config.connectionTimeout), requestTimeoutId = setRequestTimeout(req, reject, effectiveRequestTimeout, config.throwOnRequestTimeout, logger ?? console);
          let defaultSocketTimeout = config.socketTimeout === void 0 ? resolveDefaultSocketTimeout(config) : void 0;
          defaultSocketTimeout ? setSocketTimeout(req, reject, defaultSocketTimeout, !0) : setSocketTimeout(req, reject, config.socketTimeout);
          let httpAgent = nodeHttpsOptions.agent;
          typeof httpAgent == "object" && "keepAlive" in httpAgent && (keepAliveTimeoutId = setSocketKeepAlive(req, {
            keepAlive: httpAgent.keepAlive,
            keepAliveMsecs: httpAgent.keepAliveMsecs
          })), writeRequestBodyPromise = writeRequestBody(req, request, effectiveRequestTimeout, this.externalAgent).catch((e5) => (clearTimeouts(), _reject(e5)));
        });
      }
      updateHttpClientConfig(key, value) {
        this.config = void 0, this.configProvider = this.configProvider.then((config) => {
          switch (key) {
            case /* @__PURE__ */ Symbol.for("logger"):
              key = "logger", value = config.logger ?? value;
              break;
            case /* @__PURE__ */ Symbol.for("@smithy/defaultSocketTimeout"):
              key = "defaultSocketTimeout", value = resolveDefaultSocketTimeout(config) ?? value;
              break;
          }
          return {
            ...config,
            [key]: value
          };
        });
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
      resolveDefaultConfig(options) {
        let { requestTimeout, connectionTimeout, socketTimeout, socketAcquisitionWarningTimeout, httpAgent, httpsAgent, throwOnRequestTimeout, logger } = options || {}, keepAlive = !0, maxSockets = 50, httpAgentPromise;
        return {
          connectionTimeout,
          requestTimeout,
          socketTimeout,
          defaultSocketTimeout: resolveDefaultSocketTimeout(options),
          socketAcquisitionWarningTimeout,
          throwOnRequestTimeout,
          httpAgentProvider: () => httpAgentPromise ??= (async () => {
            let node_http = require_node_http(), { Agent, request } = node_http.default ?? node_http;
            return hRequest = request, hAgent = Agent, httpAgent instanceof hAgent || typeof httpAgent?.destroy == "function" ? (this.externalAgent = !0, httpAgent) : new hAgent({ keepAlive, maxSockets, ...httpAgent });
          })(),
          httpsAgent: httpsAgent instanceof node_https.Agent || typeof httpsAgent?.destroy == "function" ? (this.externalAgent = !0, httpsAgent) : new node_https.Agent({ keepAlive, maxSockets, ...httpsAgent }),
          logger
        };
      }
    }, ids = new Uint16Array(1), ClientHttp2SessionRef = class {
      id = ids[0]++;
      total = 0;
      max = 0;
      session;
      refs = 0;
      constructor(session) {
        session.unref(), this.session = session;
      }
      retain() {
        if (this.session.destroyed)
          throw new Error("@smithy/node-http-handler - cannot acquire reference to destroyed session.");
        this.refs += 1, this.total += 1, this.max = Math.max(this.refs, this.max), this.session.ref();
      }
      free() {
        if (!this.session.destroyed && (this.refs -= 1, this.refs === 0 && this.session.unref(), this.refs < 0))
          throw new Error("@smithy/node-http-handler - ClientHttp2Session refcount at zero, cannot decrement.");
      }
      deref() {
        return this.session;
      }
      close() {
        this.session.closed || this.session.close();
      }
      destroy() {
        this.refs = 0, this.session.destroyed || (this.session.setTimeout(0), this.session.destroy());
      }
      useCount() {
        return this.refs;
      }
    }, NodeHttp2ConnectionPool = class {
      sessions = [];
      maxConcurrency = 0;
      constructor(sessions) {
        this.sessions = (sessions ?? []).map((session) => new ClientHttp2SessionRef(session));
      }
      poll() {
        let cleanup = !1;
        for (let session of this.sessions) {
          if (session.deref().destroyed) {
            cleanup = !0;
            continue;
          }
          if (!this.maxConcurrency || session.useCount() < this.maxConcurrency)
            return session;
        }
        if (cleanup)
          for (let session of this.sessions)
            session.deref().destroyed && this.remove(session);
      }
      offerLast(ref) {
        this.sessions.push(ref);
      }
      remove(ref) {
        let ix = this.sessions.indexOf(ref);
        ix > -1 && this.sessions.splice(ix, 1);
      }
      [Symbol.iterator]() {
        return this.sessions[Symbol.iterator]();
      }
      setMaxConcurrency(maxConcurrency) {
        this.maxConcurrency = maxConcurrency;
      }
      destroy(ref) {
        this.remove(ref), ref.destroy();
      }
    }, NodeHttp2ConnectionManager = class {
      config;
      connectOptions;
      connectionPools = /* @__PURE__ */ new Map();
      constructor(config) {
        if (this.config = config, this.config.maxConcurrency && this.config.maxConcurrency <= 0)
          throw new RangeError("maxConcurrency must be greater than zero.");
      }
      lease(requestContext, connectionConfiguration) {
        let url = this.getUrlString(requestContext), pool = this.getPool(url);
        if (!this.config.disableConcurrency && !connectionConfiguration.isEventStream) {
          let available = pool.poll();
          if (available)
            return available.retain(), available;
        }
        let ref = new ClientHttp2SessionRef(this.connect(url)), session = ref.deref();
        this.config.maxConcurrency && session.settings({ maxConcurrentStreams: this.config.maxConcurrency }, (err) => {
          if (err)
            throw new Error("Fail to set maxConcurrentStreams to " + this.config.maxConcurrency + "when creating new session for " + requestContext.destination.toString());
        });
        let graceful = () => {
          this.removeFromPoolAndClose(url, ref);
        }, ensureDestroyed = () => {
          this.removeFromPoolAndCheckedDestroy(url, ref);
        };
        return session.on("goaway", graceful), session.on("error", ensureDestroyed), session.on("frameError", ensureDestroyed), session.on("close", ensureDestroyed), connectionConfiguration.requestTimeout && session.setTimeout(connectionConfiguration.requestTimeout, ensureDestroyed), pool.offerLast(ref), ref.retain(), ref;
      }
      release(_requestContext, ref) {
        ref.free();
      }
      createIsolatedSession(requestContext, connectionConfiguration) {
        let url = this.getUrlString(requestContext), ref = new ClientHttp2SessionRef(this.connect(url)), session = ref.deref();
        session.settings({ maxConcurrentStreams: 1 });
        let ensureDestroyed = () => {
          ref.destroy();
        };
        session.on("error", ensureDestroyed), session.on("frameError", ensureDestroyed), session.on("close", ensureDestroyed);
        let timeout = connectionConfiguration.requestTimeout ?? 3e5;
        return session.setTimeout(timeout, ensureDestroyed), ref.retain(), ref;
      }
      destroy() {
        for (let [url, connectionPool] of this.connectionPools) {
          for (let session of [...connectionPool])
            session.destroy();
          this.connectionPools.delete(url);
        }
      }
      setMaxConcurrentStreams(maxConcurrentStreams) {
        if (maxConcurrentStreams && maxConcurrentStreams <= 0)
          throw new RangeError("maxConcurrentStreams must be greater than zero.");
        this.config.maxConcurrency = maxConcurrentStreams;
        for (let pool of this.connectionPools.values())
          pool.setMaxConcurrency(maxConcurrentStreams);
      }
      setDisableConcurrentStreams(disableConcurrentStreams) {
        this.config.disableConcurrency = disableConcurrentStreams;
      }
      setNodeHttp2ConnectOptions(nodeHttp2ConnectOptions) {
        this.connectOptions = nodeHttp2ConnectOptions;
      }
      debug() {
        let pools = {};
        for (let [url, pool] of this.connectionPools) {
          let sessions = [];
          for (let ref of pool)
            sessions.push({
              id: ref.id,
              active: ref.useCount(),
              maxConcurrent: ref.max,
              totalRequests: ref.total
            });
          pools[url] = { sessions };
        }
        return pools;
      }
      removeFromPoolAndClose(authority, ref) {
        this.connectionPools.get(authority)?.remove(ref), ref.close();
      }
      removeFromPoolAndCheckedDestroy(authority, ref) {
        this.connectionPools.get(authority)?.remove(ref), ref.destroy();
      }
      getPool(url) {
        if (!this.connectionPools.has(url)) {
          let pool = new NodeHttp2ConnectionPool();
          this.config.maxConcurrency && pool.setMaxConcurrency(this.config.maxConcurrency), this.connectionPools.set(url, pool);
        }
        return this.connectionPools.get(url);
      }
      getUrlString(request) {
        return request.destination.toString();
      }
      connect(url) {
        return this.connectOptions === void 0 ? http2.connect(url) : http2.connect(url, this.connectOptions);
      }
    }, { constants } = http2, NodeHttp2Handler = class _NodeHttp2Handler {
      config;
      configProvider;
      metadata = { handlerProtocol: "h2" };
      connectionManager = new NodeHttp2ConnectionManager({});
      static create(instanceOrOptions) {
        return typeof instanceOrOptions?.handle == "function" ? instanceOrOptions : new _NodeHttp2Handler(instanceOrOptions);
      }
      constructor(options) {
        this.configProvider = new Promise((resolve, reject) => {
          typeof options == "function" ? options().then((opts) => {
            resolve(opts || {});
          }).catch(reject) : resolve(options || {});
        });
      }
      destroy() {
        this.connectionManager.destroy();
      }
      async handle(request, { abortSignal, requestTimeout, isEventStream } = {}) {
        if (!this.config) {
          let config = await this.configProvider;
          this.config = { ...config, defaultSocketTimeout: resolveDefaultSocketTimeout(config) };
          let { disableConcurrentStreams: disableConcurrentStreams2, maxConcurrentStreams, nodeHttp2ConnectOptions } = this.config;
          this.connectionManager.setDisableConcurrentStreams(disableConcurrentStreams2 ?? !1), maxConcurrentStreams && this.connectionManager.setMaxConcurrentStreams(maxConcurrentStreams), nodeHttp2ConnectOptions && this.connectionManager.setNodeHttp2ConnectOptions(nodeHttp2ConnectOptions);
        }
        let { requestTimeout: configRequestTimeout, disableConcurrentStreams, sessionTimeout } = this.config, useIsolatedSession = disableConcurrentStreams || isEventStream, effectiveRequestTimeout = requestTimeout ?? configRequestTimeout, defaultSocketTimeout = effectiveRequestTimeout === void 0 && sessionTimeout === void 0 ? this.config.defaultSocketTimeout : void 0;
        return new Promise((_resolve, _reject) => {
          let fulfilled = !1, writeRequestBodyPromise, resolve = async (arg) => {
            await writeRequestBodyPromise, _resolve(arg);
          }, reject = async (arg) => {
            await writeRequestBodyPromise, _reject(arg);
          };
          if (abortSignal?.aborted) {
            fulfilled = !0;
            let abortError = buildAbortError(abortSignal);
            reject(abortError);
            return;
          }
          let { hostname, method, port, protocol, query } = request, auth = "";
          if (request.username != null || request.password != null) {
            let username = request.username ?? "", password = request.password ?? "";
            auth = `${username}:${password}@`;
          }
          let authority = `${protocol}//${auth}${hostname}${port ? `:${port}` : ""}`, requestContext = { destination: new URL(authority) }, connectConfig = {
            requestTimeout: this.config?.sessionTimeout,
            isEventStream
          }, ref = useIsolatedSession ? this.connectionManager.createIsolatedSession(requestContext, connectConfig) : this.connectionManager.lease(requestContext, connectConfig), session = ref.deref(), rejectWithDestroy = (err) => {
            useIsolatedSession && ref.destroy(), fulfilled = !0, reject(err);
          }, queryString = query ? buildQueryString2(query) : "", path = request.path;
          queryString && (path += `?${queryString}`), request.fragment && (path += `#${request.fragment}`);
          let clientHttp2Stream = session.request({
            ...request.headers,
            [constants.HTTP2_HEADER_PATH]: path,
            [constants.HTTP2_HEADER_METHOD]: method
          });
          if (effectiveRequestTimeout ? clientHttp2Stream.setTimeout(effectiveRequestTimeout, () => {
            clientHttp2Stream.close();
            let timeoutError = new Error(`Stream timed out because of no activity for ${effectiveRequestTimeout} ms`);
            timeoutError.name = "TimeoutError", rejectWithDestroy(timeoutError);
          }) : defaultSocketTimeout && (clientHttp2Stream.setTimeout(defaultSocketTimeout, () => {
            let timeoutError = new Error(`Stream timed out because of no activity for ${defaultSocketTimeout} ms`);
            timeoutError.name = "TimeoutError", fulfilled = !0, reject(timeoutError), clientHttp2Stream.destroy(timeoutError), useIsolatedSession && ref.destroy();
          }), clientHttp2Stream.once("response", () => clientHttp2Stream.setTimeout(defaultSocketTimeout))), abortSignal) {
            let onAbort = () => {
              clientHttp2Stream.close();
              let abortError = buildAbortError(abortSignal);
              rejectWithDestroy(abortError);
            };
            if (typeof abortSignal.addEventListener == "function") {
              let signal = abortSignal;
              signal.addEventListener("abort", onAbort, { once: !0 }), clientHttp2Stream.once("close", () => signal.removeEventListener("abort", onAbort));
            } else
              abortSignal.onabort = onAbort;
          }
          clientHttp2Stream.on("frameError", (type, code, id) => {
            rejectWithDestroy(new Error(`Frame type id ${type} in stream id ${id} has failed with code ${code}.`));
          }), clientHttp2Stream.on("error", rejectWithDestroy), clientHttp2Stream.on("aborted", () => {
            rejectWithDestroy(new Error(`HTTP/2 stream is abnormally aborted in mid-communication with result code ${clientHttp2Stream.rstCode}.`));
          }), clientHttp2Stream.on("response", (headers) => {
            let httpResponse = new HttpResponse2({
              statusCode: headers[":status"] ?? -1,
              headers: getTransformedHeaders(headers),
              body: clientHttp2Stream
            });
            fulfilled = !0, resolve({ response: httpResponse }), useIsolatedSession && (session.close(), clientHttp2Stream.on("end", () => {
              ref.destroy();
            }));
          }), clientHttp2Stream.on("close", () => {
            if (useIsolatedSession ? ref.destroy() : this.connectionManager.release(requestContext, ref), !fulfilled) {
              let error = new Error("Unexpected error: http2 request did not get a response");
              session.destroyed && (error.name = "TimeoutError"), rejectWithDestroy(error);
            }
          }), writeRequestBodyPromise = writeRequestBody(clientHttp2Stream, request, effectiveRequestTimeout);
        });
      }
      updateHttpClientConfig(key, value) {
        this.config = void 0, this.configProvider = this.configProvider.then((config) => (key === /* @__PURE__ */ Symbol.for("@smithy/defaultSocketTimeout") && (key = "defaultSocketTimeout", value = resolveDefaultSocketTimeout(config) ?? value), {
          ...config,
          [key]: value
        }));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
    };
    exports.DEFAULT_REQUEST_TIMEOUT = DEFAULT_REQUEST_TIMEOUT;
    exports.NodeHttp2Handler = NodeHttp2Handler;
    exports.NodeHttpHandler = NodeHttpHandler;
  }
});

// node_modules/@aws-sdk/credential-provider-env/dist-cjs/index.js
var require_dist_cjs6 = __commonJS({
  "node_modules/@aws-sdk/credential-provider-env/dist-cjs/index.js"(exports) {
    var { setCredentialFeature: setCredentialFeature2 } = (init_client2(), __toCommonJS(client_exports2)), { CredentialsProviderError } = (init_config(), __toCommonJS(config_exports)), ENV_KEY = "AWS_ACCESS_KEY_ID", ENV_SECRET = "AWS_SECRET_ACCESS_KEY", ENV_SESSION = "AWS_SESSION_TOKEN", ENV_EXPIRATION = "AWS_CREDENTIAL_EXPIRATION", ENV_CREDENTIAL_SCOPE = "AWS_CREDENTIAL_SCOPE", ENV_ACCOUNT_ID = "AWS_ACCOUNT_ID", fromEnv = (init) => async () => {
      init?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
      let accessKeyId = process.env[ENV_KEY], secretAccessKey = process.env[ENV_SECRET], sessionToken = process.env[ENV_SESSION], expiry = process.env[ENV_EXPIRATION], credentialScope = process.env[ENV_CREDENTIAL_SCOPE], accountId = process.env[ENV_ACCOUNT_ID];
      if (accessKeyId && secretAccessKey) {
        let credentials = {
          accessKeyId,
          secretAccessKey,
          ...sessionToken && { sessionToken },
          ...expiry && { expiration: new Date(expiry) },
          ...credentialScope && { credentialScope },
          ...accountId && { accountId }
        };
        return setCredentialFeature2(credentials, "CREDENTIALS_ENV_VARS", "g"), credentials;
      }
      throw new CredentialsProviderError("Unable to find environment variable credentials.", { logger: init?.logger });
    };
    exports.ENV_ACCOUNT_ID = ENV_ACCOUNT_ID;
    exports.ENV_CREDENTIAL_SCOPE = ENV_CREDENTIAL_SCOPE;
    exports.ENV_EXPIRATION = ENV_EXPIRATION;
    exports.ENV_KEY = ENV_KEY;
    exports.ENV_SECRET = ENV_SECRET;
    exports.ENV_SESSION = ENV_SESSION;
    exports.fromEnv = fromEnv;
  }
});

// node_modules/@smithy/credential-provider-imds/dist-cjs/index.js
var require_dist_cjs7 = __commonJS({
  "node_modules/@smithy/credential-provider-imds/dist-cjs/index.js"(exports) {
    var { ProviderError: ProviderError2, CredentialsProviderError, loadConfig: loadConfig2 } = (init_config(), __toCommonJS(config_exports)), node_http = require_node_http(), { parseUrl: parseUrl2 } = (init_protocols(), __toCommonJS(protocols_exports)), isImdsCredentials = (arg) => !!arg && typeof arg == "object" && typeof arg.AccessKeyId == "string" && typeof arg.SecretAccessKey == "string" && typeof arg.Token == "string" && typeof arg.Expiration == "string", fromImdsCredentials = (creds) => ({
      accessKeyId: creds.AccessKeyId,
      secretAccessKey: creds.SecretAccessKey,
      sessionToken: creds.Token,
      expiration: new Date(creds.Expiration),
      ...creds.AccountId && { accountId: creds.AccountId }
    }), DEFAULT_TIMEOUT = 1e3, DEFAULT_MAX_RETRIES = 0, providerConfigFromInit = ({ maxRetries = DEFAULT_MAX_RETRIES, timeout = DEFAULT_TIMEOUT }) => ({ maxRetries, timeout });
    function httpRequest(options) {
      return new Promise((resolve, reject) => {
        let req = node_http.request({
          method: "GET",
          ...options,
          hostname: options.hostname?.replace(/^\[(.+)\]$/, "$1")
        });
        req.on("error", (err) => {
          reject(Object.assign(new ProviderError2("Unable to connect to instance metadata service"), err)), req.destroy();
        }), req.on("timeout", () => {
          reject(new ProviderError2("TimeoutError from instance metadata service")), req.destroy();
        }), req.on("response", (res) => {
          let { statusCode = 400 } = res;
          (statusCode < 200 || 300 <= statusCode) && (reject(Object.assign(new ProviderError2("Error response received from instance metadata service"), { statusCode })), req.destroy());
          let chunks = [];
          res.on("data", (chunk) => {
            chunks.push(chunk);
          }), res.on("end", () => {
            resolve(Buffer.concat(chunks)), req.destroy();
          });
        }), req.end();
      });
    }
    var retry = (toRetry, maxRetries) => {
      let promise = toRetry();
      for (let i5 = 0; i5 < maxRetries; i5++)
        promise = promise.catch(toRetry);
      return promise;
    }, ENV_CMDS_FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI", ENV_CMDS_RELATIVE_URI = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", ENV_CMDS_AUTH_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN", fromContainerMetadata = (init = {}) => {
      let { timeout, maxRetries } = providerConfigFromInit(init);
      return () => retry(async () => {
        let requestOptions = await getCmdsUri({ logger: init.logger }), credsResponse = JSON.parse(await requestFromEcsImds(timeout, requestOptions));
        if (!isImdsCredentials(credsResponse))
          throw new CredentialsProviderError("Invalid response received from instance metadata service.", {
            logger: init.logger
          });
        return fromImdsCredentials(credsResponse);
      }, maxRetries);
    }, requestFromEcsImds = async (timeout, options) => (process.env[ENV_CMDS_AUTH_TOKEN] && (options.headers = {
      ...options.headers,
      Authorization: process.env[ENV_CMDS_AUTH_TOKEN]
    }), (await httpRequest({
      ...options,
      timeout
    })).toString()), CMDS_IP = "169.254.170.2", GREENGRASS_HOSTS = /* @__PURE__ */ new Set(["localhost", "127.0.0.1"]), GREENGRASS_PROTOCOLS = /* @__PURE__ */ new Set(["http:", "https:"]), getCmdsUri = async ({ logger }) => {
      if (process.env[ENV_CMDS_RELATIVE_URI])
        return {
          hostname: CMDS_IP,
          path: process.env[ENV_CMDS_RELATIVE_URI]
        };
      if (process.env[ENV_CMDS_FULL_URI]) {
        let parsed;
        try {
          parsed = new URL(process.env[ENV_CMDS_FULL_URI]);
        } catch {
          throw new CredentialsProviderError(`${process.env[ENV_CMDS_FULL_URI]} is not a valid container metadata service URL`, { tryNextLink: !1, logger });
        }
        if (!parsed.hostname || !GREENGRASS_HOSTS.has(parsed.hostname))
          throw new CredentialsProviderError(`${parsed.hostname} is not a valid container metadata service hostname`, {
            tryNextLink: !1,
            logger
          });
        if (!parsed.protocol || !GREENGRASS_PROTOCOLS.has(parsed.protocol))
          throw new CredentialsProviderError(`${parsed.protocol} is not a valid container metadata service protocol`, {
            tryNextLink: !1,
            logger
          });
        return {
          protocol: parsed.protocol,
          hostname: parsed.hostname,
          path: parsed.pathname + parsed.search,
          port: parsed.port ? parseInt(parsed.port, 10) : void 0
        };
      }
      throw new CredentialsProviderError(`The container metadata credential provider cannot be used unless the ${ENV_CMDS_RELATIVE_URI} or ${ENV_CMDS_FULL_URI} environment variable is set`, {
        tryNextLink: !1,
        logger
      });
    }, InstanceMetadataV1FallbackError = class _InstanceMetadataV1FallbackError extends CredentialsProviderError {
      tryNextLink;
      name = "InstanceMetadataV1FallbackError";
      constructor(message, tryNextLink = !0) {
        super(message, tryNextLink), this.tryNextLink = tryNextLink, Object.setPrototypeOf(this, _InstanceMetadataV1FallbackError.prototype);
      }
    }, Endpoint;
    (function(Endpoint2) {
      Endpoint2.IPv4 = "http://169.254.169.254", Endpoint2.IPv6 = "http://[fd00:ec2::254]";
    })(Endpoint || (Endpoint = {}));
    var ENV_ENDPOINT_NAME = "AWS_EC2_METADATA_SERVICE_ENDPOINT", CONFIG_ENDPOINT_NAME = "ec2_metadata_service_endpoint", ENDPOINT_CONFIG_OPTIONS = {
      environmentVariableSelector: (env2) => env2[ENV_ENDPOINT_NAME],
      configFileSelector: (profile) => profile[CONFIG_ENDPOINT_NAME],
      default: void 0
    }, EndpointMode;
    (function(EndpointMode2) {
      EndpointMode2.IPv4 = "IPv4", EndpointMode2.IPv6 = "IPv6";
    })(EndpointMode || (EndpointMode = {}));
    var ENV_ENDPOINT_MODE_NAME = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", CONFIG_ENDPOINT_MODE_NAME = "ec2_metadata_service_endpoint_mode", ENDPOINT_MODE_CONFIG_OPTIONS = {
      environmentVariableSelector: (env2) => env2[ENV_ENDPOINT_MODE_NAME],
      configFileSelector: (profile) => profile[CONFIG_ENDPOINT_MODE_NAME],
      default: EndpointMode.IPv4
    }, getInstanceMetadataEndpoint = async () => parseUrl2(await getFromEndpointConfig() || await getFromEndpointModeConfig()), getFromEndpointConfig = async () => loadConfig2(ENDPOINT_CONFIG_OPTIONS)(), getFromEndpointModeConfig = async () => {
      let endpointMode = await loadConfig2(ENDPOINT_MODE_CONFIG_OPTIONS)();
      switch (endpointMode) {
        case EndpointMode.IPv4:
          return Endpoint.IPv4;
        case EndpointMode.IPv6:
          return Endpoint.IPv6;
        default:
          throw new Error(`Unsupported endpoint mode: ${endpointMode}. Select from ${Object.values(EndpointMode)}`);
      }
    }, STATIC_STABILITY_REFRESH_INTERVAL_SECONDS = 300, STATIC_STABILITY_REFRESH_INTERVAL_JITTER_WINDOW_SECONDS = 300, STATIC_STABILITY_DOC_URL = "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html", getExtendedInstanceMetadataCredentials = (credentials, logger) => {
      let refreshInterval = STATIC_STABILITY_REFRESH_INTERVAL_SECONDS + Math.floor(Math.random() * STATIC_STABILITY_REFRESH_INTERVAL_JITTER_WINDOW_SECONDS), newExpiration = new Date(Date.now() + refreshInterval * 1e3);
      logger.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(newExpiration)}.
For more information, please visit: ` + STATIC_STABILITY_DOC_URL);
      let originalExpiration = credentials.originalExpiration ?? credentials.expiration;
      return {
        ...credentials,
        ...originalExpiration ? { originalExpiration } : {},
        expiration: newExpiration
      };
    }, staticStabilityProvider = (provider, options = {}) => {
      let logger = options?.logger || console, pastCredentials;
      return async () => {
        let credentials;
        try {
          credentials = await provider(), credentials.expiration && credentials.expiration.getTime() < Date.now() && (credentials = getExtendedInstanceMetadataCredentials(credentials, logger));
        } catch (e5) {
          if (pastCredentials)
            logger.warn("Credential renew failed: ", e5), credentials = getExtendedInstanceMetadataCredentials(pastCredentials, logger);
          else
            throw e5;
        }
        return pastCredentials = credentials, credentials;
      };
    }, IMDS_PATH = "/latest/meta-data/iam/security-credentials/", IMDS_TOKEN_PATH = "/latest/api/token", AWS_EC2_METADATA_V1_DISABLED = "AWS_EC2_METADATA_V1_DISABLED", PROFILE_AWS_EC2_METADATA_V1_DISABLED = "ec2_metadata_v1_disabled", X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token", fromInstanceMetadata = (init = {}) => staticStabilityProvider(getInstanceMetadataProvider(init), { logger: init.logger }), getInstanceMetadataProvider = (init = {}) => {
      let disableFetchToken = !1, { logger, profile } = init, { timeout, maxRetries } = providerConfigFromInit(init), getCredentials = async (maxRetries2, options) => {
        if (disableFetchToken || options.headers?.[X_AWS_EC2_METADATA_TOKEN] == null) {
          let fallbackBlockedFromProfile = !1, fallbackBlockedFromProcessEnv = !1, configValue = await loadConfig2({
            environmentVariableSelector: (env2) => {
              let envValue = env2[AWS_EC2_METADATA_V1_DISABLED];
              if (fallbackBlockedFromProcessEnv = !!envValue && envValue !== "false", envValue === void 0)
                throw new CredentialsProviderError(`${AWS_EC2_METADATA_V1_DISABLED} not set in env, checking config file next.`, { logger: init.logger });
              return fallbackBlockedFromProcessEnv;
            },
            configFileSelector: (profile2) => {
              let profileValue = profile2[PROFILE_AWS_EC2_METADATA_V1_DISABLED];
              return fallbackBlockedFromProfile = !!profileValue && profileValue !== "false", fallbackBlockedFromProfile;
            },
            default: !1
          }, {
            profile
          })();
          if (init.ec2MetadataV1Disabled || configValue) {
            let causes = [];
            throw init.ec2MetadataV1Disabled && causes.push("credential provider initialization (runtime option ec2MetadataV1Disabled)"), fallbackBlockedFromProfile && causes.push(`config file profile (${PROFILE_AWS_EC2_METADATA_V1_DISABLED})`), fallbackBlockedFromProcessEnv && causes.push(`process environment variable (${AWS_EC2_METADATA_V1_DISABLED})`), new InstanceMetadataV1FallbackError(`AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${causes.join(", ")}].`);
          }
        }
        let imdsProfile = (await retry(async () => {
          let profile2;
          try {
            profile2 = await getProfile(options);
          } catch (err) {
            throw err.statusCode === 401 && (disableFetchToken = !1), err;
          }
          return profile2;
        }, maxRetries2)).trim();
        return retry(async () => {
          let creds;
          try {
            creds = await getCredentialsFromProfile(imdsProfile, options, init);
          } catch (err) {
            throw err.statusCode === 401 && (disableFetchToken = !1), err;
          }
          return creds;
        }, maxRetries2);
      };
      return async () => {
        let endpoint = await getInstanceMetadataEndpoint();
        if (disableFetchToken)
          return logger?.debug("AWS SDK Instance Metadata", "using v1 fallback (no token fetch)"), getCredentials(maxRetries, { ...endpoint, timeout });
        {
          let token;
          try {
            token = (await getMetadataToken({ ...endpoint, timeout })).toString();
          } catch (error) {
            if (error?.statusCode === 400)
              throw Object.assign(error, {
                message: "EC2 Metadata token request returned error"
              });
            return (error.message === "TimeoutError" || [403, 404, 405].includes(error.statusCode)) && (disableFetchToken = !0), logger?.debug("AWS SDK Instance Metadata", "using v1 fallback (initial)"), getCredentials(maxRetries, { ...endpoint, timeout });
          }
          return getCredentials(maxRetries, {
            ...endpoint,
            headers: {
              [X_AWS_EC2_METADATA_TOKEN]: token
            },
            timeout
          });
        }
      };
    }, getMetadataToken = async (options) => httpRequest({
      ...options,
      path: IMDS_TOKEN_PATH,
      method: "PUT",
      headers: {
        "x-aws-ec2-metadata-token-ttl-seconds": "21600"
      }
    }), getProfile = async (options) => (await httpRequest({ ...options, path: IMDS_PATH })).toString(), getCredentialsFromProfile = async (profile, options, init) => {
      let credentialsResponse = JSON.parse((await httpRequest({
        ...options,
        path: IMDS_PATH + profile
      })).toString());
      if (!isImdsCredentials(credentialsResponse))
        throw new CredentialsProviderError("Invalid response received from instance metadata service.", {
          logger: init.logger
        });
      return fromImdsCredentials(credentialsResponse);
    };
    exports.DEFAULT_MAX_RETRIES = DEFAULT_MAX_RETRIES;
    exports.DEFAULT_TIMEOUT = DEFAULT_TIMEOUT;
    exports.ENV_CMDS_AUTH_TOKEN = ENV_CMDS_AUTH_TOKEN;
    exports.ENV_CMDS_FULL_URI = ENV_CMDS_FULL_URI;
    exports.ENV_CMDS_RELATIVE_URI = ENV_CMDS_RELATIVE_URI;
    exports.Endpoint = Endpoint;
    exports.fromContainerMetadata = fromContainerMetadata;
    exports.fromInstanceMetadata = fromInstanceMetadata;
    exports.getInstanceMetadataEndpoint = getInstanceMetadataEndpoint;
    exports.httpRequest = httpRequest;
    exports.providerConfigFromInit = providerConfigFromInit;
  }
});

// node_modules/@aws-sdk/credential-provider-http/dist-cjs/index.js
var require_dist_cjs8 = __commonJS({
  "node_modules/@aws-sdk/credential-provider-http/dist-cjs/index.js"(exports) {
    var { setCredentialFeature: setCredentialFeature2 } = (init_client2(), __toCommonJS(client_exports2)), { CredentialsProviderError } = (init_config(), __toCommonJS(config_exports)), { NodeHttpHandler } = require_dist_cjs5(), fs = require_promises(), { HttpRequest: HttpRequest2 } = (init_protocols(), __toCommonJS(protocols_exports)), { sdkStreamMixin: sdkStreamMixin2, parseRfc3339DateTime } = (init_serde(), __toCommonJS(serde_exports)), ECS_CONTAINER_HOST = "169.254.170.2", EKS_CONTAINER_HOST_IPv4 = "169.254.170.23", EKS_CONTAINER_HOST_IPv6 = "[fd00:ec2::23]", checkUrl = (url, logger) => {
      if (url.protocol !== "https:" && !(url.hostname === ECS_CONTAINER_HOST || url.hostname === EKS_CONTAINER_HOST_IPv4 || url.hostname === EKS_CONTAINER_HOST_IPv6)) {
        if (url.hostname.includes("[")) {
          if (url.hostname === "[::1]" || url.hostname === "[0000:0000:0000:0000:0000:0000:0000:0001]")
            return;
        } else {
          if (url.hostname === "localhost")
            return;
          let ipComponents = url.hostname.split("."), inRange = (component) => {
            let num = parseInt(component, 10);
            return 0 <= num && num <= 255;
          };
          if (ipComponents[0] === "127" && inRange(ipComponents[1]) && inRange(ipComponents[2]) && inRange(ipComponents[3]) && ipComponents.length === 4)
            return;
        }
        throw new CredentialsProviderError(`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`, { logger });
      }
    };
    function createGetRequest(url) {
      return new HttpRequest2({
        protocol: url.protocol,
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query: Array.from(url.searchParams.entries()).reduce((acc, [k5, v]) => (acc[k5] = v, acc), {}),
        fragment: url.hash
      });
    }
    async function getCredentials(response, logger) {
      let str = await sdkStreamMixin2(response.body).transformToString();
      if (response.statusCode === 200) {
        let parsed = JSON.parse(str);
        if (typeof parsed.AccessKeyId != "string" || typeof parsed.SecretAccessKey != "string" || typeof parsed.Token != "string" || typeof parsed.Expiration != "string")
          throw new CredentialsProviderError("HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }", { logger });
        return {
          accessKeyId: parsed.AccessKeyId,
          secretAccessKey: parsed.SecretAccessKey,
          sessionToken: parsed.Token,
          expiration: parseRfc3339DateTime(parsed.Expiration)
        };
      }
      if (response.statusCode >= 400 && response.statusCode < 500) {
        let parsedBody = {};
        try {
          parsedBody = JSON.parse(str);
        } catch {
        }
        throw Object.assign(new CredentialsProviderError(`Server responded with status: ${response.statusCode}`, { logger }), {
          Code: parsedBody.Code,
          Message: parsedBody.Message
        });
      }
      throw new CredentialsProviderError(`Server responded with status: ${response.statusCode}`, { logger });
    }
    var retryWrapper = (toRetry, maxRetries, delayMs) => async () => {
      for (let i5 = 0; i5 < maxRetries; ++i5)
        try {
          return await toRetry();
        } catch {
          await new Promise((resolve) => setTimeout(resolve, delayMs));
        }
      return await toRetry();
    }, AWS_CONTAINER_CREDENTIALS_RELATIVE_URI = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", DEFAULT_LINK_LOCAL_HOST = "http://169.254.170.2", AWS_CONTAINER_CREDENTIALS_FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI", AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", AWS_CONTAINER_AUTHORIZATION_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN", fromHttp = (options = {}) => {
      options.logger?.debug("@aws-sdk/credential-provider-http - fromHttp");
      let host, relative = options.awsContainerCredentialsRelativeUri ?? process.env[AWS_CONTAINER_CREDENTIALS_RELATIVE_URI], full = options.awsContainerCredentialsFullUri ?? process.env[AWS_CONTAINER_CREDENTIALS_FULL_URI], token = options.awsContainerAuthorizationToken ?? process.env[AWS_CONTAINER_AUTHORIZATION_TOKEN], tokenFile = options.awsContainerAuthorizationTokenFile ?? process.env[AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE], warn = options.logger?.constructor?.name === "NoOpLogger" || !options.logger?.warn ? console.warn : options.logger.warn.bind(options.logger);
      if (relative && full && (warn("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri."), warn("awsContainerCredentialsRelativeUri will take precedence.")), token && tokenFile && (warn("@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile."), warn("awsContainerAuthorizationTokenFile will take precedence.")), relative)
        host = `${DEFAULT_LINK_LOCAL_HOST}${relative}`;
      else if (full)
        host = full;
      else
        throw new CredentialsProviderError(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`, { logger: options.logger });
      let url = new URL(host);
      checkUrl(url, options.logger);
      let requestHandler = NodeHttpHandler.create({ connectionTimeout: options.timeout ?? 1e3 }), requestTimeout = options.timeout ?? 1e3, provider = retryWrapper(async () => {
        let request = createGetRequest(url);
        tokenFile ? request.headers.Authorization = validateToken((await fs.readFile(tokenFile)).toString()) : token && (request.headers.Authorization = validateToken(token));
        try {
          let result = await requestHandler.handle(request, { requestTimeout });
          return getCredentials(result.response).then((creds) => setCredentialFeature2(creds, "CREDENTIALS_HTTP", "z"));
        } catch (e5) {
          throw new CredentialsProviderError(String(e5), { logger: options.logger });
        }
      }, options.maxRetries ?? 3, options.timeout ?? 1e3);
      return async () => {
        try {
          return await provider();
        } finally {
          requestHandler.destroy?.();
        }
      };
    }, validateToken = (token) => {
      if (token.includes(`\r
`))
        throw new CredentialsProviderError("Authorization token contains invalid \\r\\n sequence.");
      return token;
    };
    exports.fromHttp = fromHttp;
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/auth/httpAuthSchemeProvider.js
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "sso-oauth",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createSmithyApiNoAuthHttpAuthOption(authParameters) {
  return {
    schemeId: "smithy.api#noAuth"
  };
}
var defaultSSOOIDCHttpAuthSchemeParametersProvider, defaultSSOOIDCHttpAuthSchemeProvider, resolveHttpAuthSchemeConfig, init_httpAuthSchemeProvider = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/auth/httpAuthSchemeProvider.js"() {
    init_httpAuthSchemes2();
    init_client();
    defaultSSOOIDCHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    defaultSSOOIDCHttpAuthSchemeProvider = (authParameters) => {
      let options = [];
      return authParameters.operation === "CreateToken" ? options.push(createSmithyApiNoAuthHttpAuthOption(authParameters)) : options.push(createAwsAuthSigv4HttpAuthOption(authParameters)), options;
    }, resolveHttpAuthSchemeConfig = (config) => {
      let config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/endpoint/EndpointParameters.js
var resolveClientEndpointParameters, commonParams, init_EndpointParameters = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/endpoint/EndpointParameters.js"() {
    resolveClientEndpointParameters = (options) => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? !1,
      useFipsEndpoint: options.useFipsEndpoint ?? !1,
      defaultSigningName: "sso-oauth"
    }), commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/package.json
var package_default, init_package = __esm({
  "node_modules/@aws-sdk/nested-clients/package.json"() {
    package_default = {
      name: "@aws-sdk/nested-clients",
      version: "3.998.5",
      description: "Nested clients for AWS SDK packages.",
      homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/packages/nested-clients",
      license: "Apache-2.0",
      author: {
        name: "AWS SDK for JavaScript Team",
        url: "https://aws.amazon.com/sdk-for-javascript/"
      },
      repository: {
        type: "git",
        url: "https://github.com/aws/aws-sdk-js-v3.git",
        directory: "packages/nested-clients"
      },
      files: [
        "./cognito-identity.d.ts",
        "./cognito-identity.js",
        "./signin.d.ts",
        "./signin.js",
        "./sso-oidc.d.ts",
        "./sso-oidc.js",
        "./sso.d.ts",
        "./sso.js",
        "./sts.d.ts",
        "./sts.js",
        "dist-*/**"
      ],
      sideEffects: !1,
      main: "./dist-cjs/index.js",
      module: "./dist-es/index.js",
      browser: {
        "./dist-es/submodules/cognito-identity/runtimeConfig": "./dist-es/submodules/cognito-identity/runtimeConfig.browser",
        "./dist-es/submodules/signin/runtimeConfig": "./dist-es/submodules/signin/runtimeConfig.browser",
        "./dist-es/submodules/sso-oidc/runtimeConfig": "./dist-es/submodules/sso-oidc/runtimeConfig.browser",
        "./dist-es/submodules/sso/runtimeConfig": "./dist-es/submodules/sso/runtimeConfig.browser",
        "./dist-es/submodules/sts/runtimeConfig": "./dist-es/submodules/sts/runtimeConfig.browser"
      },
      types: "./dist-types/index.d.ts",
      typesVersions: {
        "<4.5": {
          "dist-types/*": [
            "dist-types/ts3.4/*"
          ],
          "*": [
            "dist-types/ts3.4/submodules/*/index.d.ts"
          ]
        }
      },
      "react-native": {},
      exports: {
        "./package.json": "./package.json",
        "./sso-oidc": {
          types: "./dist-types/submodules/sso-oidc/index.d.ts",
          module: "./dist-es/submodules/sso-oidc/index.js",
          node: "./dist-cjs/submodules/sso-oidc/index.js",
          import: "./dist-es/submodules/sso-oidc/index.js",
          require: "./dist-cjs/submodules/sso-oidc/index.js"
        },
        "./sts": {
          types: "./dist-types/submodules/sts/index.d.ts",
          module: "./dist-es/submodules/sts/index.js",
          node: "./dist-cjs/submodules/sts/index.js",
          import: "./dist-es/submodules/sts/index.js",
          require: "./dist-cjs/submodules/sts/index.js"
        },
        "./signin": {
          types: "./dist-types/submodules/signin/index.d.ts",
          module: "./dist-es/submodules/signin/index.js",
          node: "./dist-cjs/submodules/signin/index.js",
          import: "./dist-es/submodules/signin/index.js",
          require: "./dist-cjs/submodules/signin/index.js"
        },
        "./cognito-identity": {
          types: "./dist-types/submodules/cognito-identity/index.d.ts",
          module: "./dist-es/submodules/cognito-identity/index.js",
          node: "./dist-cjs/submodules/cognito-identity/index.js",
          import: "./dist-es/submodules/cognito-identity/index.js",
          require: "./dist-cjs/submodules/cognito-identity/index.js"
        },
        "./sso": {
          types: "./dist-types/submodules/sso/index.d.ts",
          module: "./dist-es/submodules/sso/index.js",
          node: "./dist-cjs/submodules/sso/index.js",
          import: "./dist-es/submodules/sso/index.js",
          require: "./dist-cjs/submodules/sso/index.js"
        }
      },
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        "build:cjs": "node ../../scripts/compilation/inline",
        "build:es": "premove dist-es && tsc -p tsconfig.es.json",
        "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
        "build:types": "premove dist-types && tsc -p tsconfig.types.json",
        "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
        clean: "premove dist-cjs dist-es dist-types",
        lint: "node ../../scripts/validation/submodules-linter.js",
        prebuild: "yarn lint",
        test: "yarn g:vitest run",
        "test:watch": "yarn g:vitest watch"
      },
      dependencies: {
        "@aws-sdk/core": "^3.981.2",
        "@aws-sdk/signature-v4-multi-region": "^3.996.52",
        "@aws-sdk/types": "^3.975.1",
        "@smithy/core": "^3.41.1",
        "@smithy/fetch-http-handler": "^5.8.1",
        "@smithy/node-http-handler": "^4.14.2",
        "@smithy/types": "^4.20.0",
        tslib: "^2.6.2"
      },
      devDependencies: {
        concurrently: "7.0.0",
        "downlevel-dts": "0.10.1",
        premove: "4.0.0",
        typescript: "~7.0.2"
      },
      engines: {
        node: ">=20.0.0"
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/endpoint/bdd.js
var k, a, b, c, d, e, f, g, h, i, j, _data, root, r, nodes, bdd, init_bdd = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/endpoint/bdd.js"() {
    init_endpoints();
    k = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }], _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://oidc.{Region}.amazonaws.com", i],
        ["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://oidc.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    }, root = 2, r = 1e8, nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      13,
      3,
      1,
      4,
      r + 12,
      2,
      5,
      r + 12,
      3,
      8,
      6,
      4,
      7,
      r + 11,
      5,
      r + 9,
      r + 10,
      4,
      11,
      9,
      6,
      10,
      r + 8,
      7,
      r + 6,
      r + 7,
      5,
      12,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      14,
      4,
      r + 2,
      r + 3
    ]), bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/endpoint/endpointResolver.js
var cache, defaultEndpointResolver, init_endpointResolver = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/endpoint/endpointResolver.js"() {
    init_client2();
    init_endpoints();
    init_bdd();
    cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    }), defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
      endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/models/SSOOIDCServiceException.js
var SSOOIDCServiceException, init_SSOOIDCServiceException = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/models/SSOOIDCServiceException.js"() {
    init_client();
    SSOOIDCServiceException = class _SSOOIDCServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _SSOOIDCServiceException.prototype);
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/models/errors.js
var AccessDeniedException, AuthorizationPendingException, ExpiredTokenException, InternalServerException, InvalidClientException, InvalidGrantException, InvalidRequestException, InvalidScopeException, SlowDownException, UnauthorizedClientException, UnsupportedGrantTypeException, init_errors = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/models/errors.js"() {
    init_SSOOIDCServiceException();
    AccessDeniedException = class _AccessDeniedException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      error;
      reason;
      error_description;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _AccessDeniedException.prototype), this.error = opts.error, this.reason = opts.reason, this.error_description = opts.error_description;
      }
    }, AuthorizationPendingException = class _AuthorizationPendingException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#AuthorizationPendingException";
      name = "AuthorizationPendingException";
      $fault = "client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "AuthorizationPendingException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _AuthorizationPendingException.prototype), this.error = opts.error, this.error_description = opts.error_description;
      }
    }, ExpiredTokenException = class _ExpiredTokenException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#ExpiredTokenException";
      name = "ExpiredTokenException";
      $fault = "client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "ExpiredTokenException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ExpiredTokenException.prototype), this.error = opts.error, this.error_description = opts.error_description;
      }
    }, InternalServerException = class _InternalServerException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#InternalServerException";
      name = "InternalServerException";
      $fault = "server";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        }), Object.setPrototypeOf(this, _InternalServerException.prototype), this.error = opts.error, this.error_description = opts.error_description;
      }
    }, InvalidClientException = class _InvalidClientException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#InvalidClientException";
      name = "InvalidClientException";
      $fault = "client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "InvalidClientException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidClientException.prototype), this.error = opts.error, this.error_description = opts.error_description;
      }
    }, InvalidGrantException = class _InvalidGrantException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#InvalidGrantException";
      name = "InvalidGrantException";
      $fault = "client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "InvalidGrantException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidGrantException.prototype), this.error = opts.error, this.error_description = opts.error_description;
      }
    }, InvalidRequestException = class _InvalidRequestException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#InvalidRequestException";
      name = "InvalidRequestException";
      $fault = "client";
      error;
      reason;
      error_description;
      constructor(opts) {
        super({
          name: "InvalidRequestException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidRequestException.prototype), this.error = opts.error, this.reason = opts.reason, this.error_description = opts.error_description;
      }
    }, InvalidScopeException = class _InvalidScopeException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#InvalidScopeException";
      name = "InvalidScopeException";
      $fault = "client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "InvalidScopeException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidScopeException.prototype), this.error = opts.error, this.error_description = opts.error_description;
      }
    }, SlowDownException = class _SlowDownException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#SlowDownException";
      name = "SlowDownException";
      $fault = "client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "SlowDownException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SlowDownException.prototype), this.error = opts.error, this.error_description = opts.error_description;
      }
    }, UnauthorizedClientException = class _UnauthorizedClientException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#UnauthorizedClientException";
      name = "UnauthorizedClientException";
      $fault = "client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "UnauthorizedClientException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _UnauthorizedClientException.prototype), this.error = opts.error, this.error_description = opts.error_description;
      }
    }, UnsupportedGrantTypeException = class _UnsupportedGrantTypeException extends SSOOIDCServiceException {
      static shapeId = "com.amazonaws.ssooidc#UnsupportedGrantTypeException";
      name = "UnsupportedGrantTypeException";
      $fault = "client";
      error;
      error_description;
      constructor(opts) {
        super({
          name: "UnsupportedGrantTypeException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _UnsupportedGrantTypeException.prototype), this.error = opts.error, this.error_description = opts.error_description;
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/schemas/schemas_0.js
var _ADE, _APE, _AT, _CS, _CT, _CTR, _CTRr, _CV, _ETE, _ICE, _IGE, _IRE, _ISE, _ISEn, _IT, _RT, _SDE, _UCE, _UGTE, _aT, _c, _cI, _cS, _cV, _co, _dC, _e, _eI, _ed, _gT, _h, _hE, _iT, _r, _rT, _rU, _s, _sc, _se, _tT, n0, _s_registry, SSOOIDCServiceException$, n0_registry, AccessDeniedException$, AuthorizationPendingException$, ExpiredTokenException$, InternalServerException$, InvalidClientException$, InvalidGrantException$, InvalidRequestException$, InvalidScopeException$, SlowDownException$, UnauthorizedClientException$, UnsupportedGrantTypeException$, errorTypeRegistries, AccessToken, ClientSecret, CodeVerifier, IdToken, RefreshToken, CreateTokenRequest$, CreateTokenResponse$, CreateToken$, init_schemas_0 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/schemas/schemas_0.js"() {
    init_schema();
    init_errors();
    init_SSOOIDCServiceException();
    _ADE = "AccessDeniedException", _APE = "AuthorizationPendingException", _AT = "AccessToken", _CS = "ClientSecret", _CT = "CreateToken", _CTR = "CreateTokenRequest", _CTRr = "CreateTokenResponse", _CV = "CodeVerifier", _ETE = "ExpiredTokenException", _ICE = "InvalidClientException", _IGE = "InvalidGrantException", _IRE = "InvalidRequestException", _ISE = "InternalServerException", _ISEn = "InvalidScopeException", _IT = "IdToken", _RT = "RefreshToken", _SDE = "SlowDownException", _UCE = "UnauthorizedClientException", _UGTE = "UnsupportedGrantTypeException", _aT = "accessToken", _c = "client", _cI = "clientId", _cS = "clientSecret", _cV = "codeVerifier", _co = "code", _dC = "deviceCode", _e = "error", _eI = "expiresIn", _ed = "error_description", _gT = "grantType", _h = "http", _hE = "httpError", _iT = "idToken", _r = "reason", _rT = "refreshToken", _rU = "redirectUri", _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc", _sc = "scope", _se = "server", _tT = "tokenType", n0 = "com.amazonaws.ssooidc", _s_registry = new TypeRegistry(_s), SSOOIDCServiceException$ = [-3, _s, "SSOOIDCServiceException", 0, [], []];
    _s_registry.registerError(SSOOIDCServiceException$, SSOOIDCServiceException);
    n0_registry = new TypeRegistry(n0), AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 400 },
      [_e, _r, _ed],
      [0, 0, 0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    AuthorizationPendingException$ = [
      -3,
      n0,
      _APE,
      { [_e]: _c, [_hE]: 400 },
      [_e, _ed],
      [0, 0]
    ];
    n0_registry.registerError(AuthorizationPendingException$, AuthorizationPendingException);
    ExpiredTokenException$ = [
      -3,
      n0,
      _ETE,
      { [_e]: _c, [_hE]: 400 },
      [_e, _ed],
      [0, 0]
    ];
    n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
    InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_e, _ed],
      [0, 0]
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    InvalidClientException$ = [
      -3,
      n0,
      _ICE,
      { [_e]: _c, [_hE]: 401 },
      [_e, _ed],
      [0, 0]
    ];
    n0_registry.registerError(InvalidClientException$, InvalidClientException);
    InvalidGrantException$ = [
      -3,
      n0,
      _IGE,
      { [_e]: _c, [_hE]: 400 },
      [_e, _ed],
      [0, 0]
    ];
    n0_registry.registerError(InvalidGrantException$, InvalidGrantException);
    InvalidRequestException$ = [
      -3,
      n0,
      _IRE,
      { [_e]: _c, [_hE]: 400 },
      [_e, _r, _ed],
      [0, 0, 0]
    ];
    n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
    InvalidScopeException$ = [
      -3,
      n0,
      _ISEn,
      { [_e]: _c, [_hE]: 400 },
      [_e, _ed],
      [0, 0]
    ];
    n0_registry.registerError(InvalidScopeException$, InvalidScopeException);
    SlowDownException$ = [
      -3,
      n0,
      _SDE,
      { [_e]: _c, [_hE]: 400 },
      [_e, _ed],
      [0, 0]
    ];
    n0_registry.registerError(SlowDownException$, SlowDownException);
    UnauthorizedClientException$ = [
      -3,
      n0,
      _UCE,
      { [_e]: _c, [_hE]: 400 },
      [_e, _ed],
      [0, 0]
    ];
    n0_registry.registerError(UnauthorizedClientException$, UnauthorizedClientException);
    UnsupportedGrantTypeException$ = [
      -3,
      n0,
      _UGTE,
      { [_e]: _c, [_hE]: 400 },
      [_e, _ed],
      [0, 0]
    ];
    n0_registry.registerError(UnsupportedGrantTypeException$, UnsupportedGrantTypeException);
    errorTypeRegistries = [
      _s_registry,
      n0_registry
    ], AccessToken = [0, n0, _AT, 8, 0], ClientSecret = [0, n0, _CS, 8, 0], CodeVerifier = [0, n0, _CV, 8, 0], IdToken = [0, n0, _IT, 8, 0], RefreshToken = [0, n0, _RT, 8, 0], CreateTokenRequest$ = [
      3,
      n0,
      _CTR,
      0,
      [_cI, _cS, _gT, _dC, _co, _rT, _sc, _rU, _cV],
      [0, [() => ClientSecret, 0], 0, 0, 0, [() => RefreshToken, 0], 64, 0, [() => CodeVerifier, 0]],
      3
    ], CreateTokenResponse$ = [
      3,
      n0,
      _CTRr,
      0,
      [_aT, _tT, _eI, _rT, _iT],
      [[() => AccessToken, 0], 0, 1, [() => RefreshToken, 0], [() => IdToken, 0]]
    ], CreateToken$ = [
      9,
      n0,
      _CT,
      { [_h]: ["POST", "/token", 200] },
      () => CreateTokenRequest$,
      () => CreateTokenResponse$
    ];
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/runtimeConfig.shared.js
var getRuntimeConfig, init_runtimeConfig_shared = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/runtimeConfig.shared.js"() {
    init_httpAuthSchemes2();
    init_protocols2();
    init_dist_es();
    init_checksum();
    init_client();
    init_protocols();
    init_serde();
    init_httpAuthSchemeProvider();
    init_endpointResolver();
    init_schemas_0();
    getRuntimeConfig = (config) => ({
      apiVersion: "2019-06-10",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSOOIDCHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
          signer: new AwsSdkSigV4Signer()
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new NoAuthSigner()
        }
      ],
      logger: config?.logger ?? new NoOpLogger(),
      protocol: config?.protocol ?? AwsRestJsonProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ssooidc",
        errorTypeRegistries,
        version: "2019-06-10",
        serviceTarget: "AWSSSOOIDCService"
      },
      serviceId: config?.serviceId ?? "SSO OIDC",
      sha256: config?.sha256 ?? Sha256Node,
      urlParser: config?.urlParser ?? parseUrl,
      utf8Decoder: config?.utf8Decoder ?? fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? toUtf8
    });
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/runtimeConfig.js
var import_node_http_handler, getRuntimeConfig2, init_runtimeConfig = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/runtimeConfig.js"() {
    init_package();
    init_client2();
    init_httpAuthSchemes2();
    init_client();
    init_config();
    init_retry();
    init_serde();
    import_node_http_handler = __toESM(require_dist_cjs5());
    init_runtimeConfig_shared();
    getRuntimeConfig2 = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      let defaultsMode = resolveDefaultsModeConfig(config), defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode), clientSharedValues = getRuntimeConfig(config);
      emitWarningIfUnsupportedVersion2(process.version);
      let loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: import_node_http_handler.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? import_node_http_handler.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration, resolveHttpAuthRuntimeConfig, init_httpAuthExtensionConfiguration = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/auth/httpAuthExtensionConfiguration.js"() {
    getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      let _httpAuthSchemes = runtimeConfig.httpAuthSchemes, _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider, _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          let index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          index === -1 ? _httpAuthSchemes.push(httpAuthScheme) : _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    }, resolveHttpAuthRuntimeConfig = (config) => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/runtimeExtensions.js
var resolveRuntimeExtensions, init_runtimeExtensions = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/runtimeExtensions.js"() {
    init_client2();
    init_client();
    init_protocols();
    init_httpAuthExtensionConfiguration();
    resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      let extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      return extensions.forEach((extension) => extension.configure(extensionConfiguration)), Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/SSOOIDCClient.js
var SSOOIDCClient, init_SSOOIDCClient = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/SSOOIDCClient.js"() {
    init_client2();
    init_dist_es();
    init_client();
    init_config();
    init_endpoints();
    init_protocols();
    init_retry();
    init_schema();
    init_httpAuthSchemeProvider();
    init_EndpointParameters();
    init_runtimeConfig();
    init_runtimeExtensions();
    SSOOIDCClient = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig2(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = _config_4, _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig(_config_6), _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultSSOOIDCHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/commandBuilder.js
var command, _ep0, _mw0, init_commandBuilder = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/commandBuilder.js"() {
    init_client();
    init_endpoints();
    init_EndpointParameters();
    command = makeBuilder(commonParams, "AWSSSOOIDCService", "SSOOIDCClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command2, cs, config, o3) => [];
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/commands/CreateTokenCommand.js
var CreateTokenCommand, init_CreateTokenCommand = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/commands/CreateTokenCommand.js"() {
    init_commandBuilder();
    init_schemas_0();
    CreateTokenCommand = class extends command(_ep0, _mw0, "CreateToken", CreateToken$) {
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/SSOOIDC.js
var commands, SSOOIDC, init_SSOOIDC = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/SSOOIDC.js"() {
    init_client();
    init_CreateTokenCommand();
    init_SSOOIDCClient();
    commands = {
      CreateTokenCommand
    }, SSOOIDC = class extends SSOOIDCClient {
    };
    createAggregatedClient(commands, SSOOIDC);
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/commands/index.js
var init_commands = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/commands/index.js"() {
    init_CreateTokenCommand();
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/models/enums.js
var AccessDeniedExceptionReason, InvalidRequestExceptionReason, init_enums = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/models/enums.js"() {
    AccessDeniedExceptionReason = {
      KMS_ACCESS_DENIED: "KMS_AccessDeniedException"
    }, InvalidRequestExceptionReason = {
      KMS_DISABLED_KEY: "KMS_DisabledException",
      KMS_INVALID_KEY_USAGE: "KMS_InvalidKeyUsageException",
      KMS_INVALID_STATE: "KMS_InvalidStateException",
      KMS_KEY_NOT_FOUND: "KMS_NotFoundException"
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/models/models_0.js
var init_models_0 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/models/models_0.js"() {
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/index.js
var sso_oidc_exports = {};
__export(sso_oidc_exports, {
  $Command: () => Command,
  AccessDeniedException: () => AccessDeniedException,
  AccessDeniedException$: () => AccessDeniedException$,
  AccessDeniedExceptionReason: () => AccessDeniedExceptionReason,
  AuthorizationPendingException: () => AuthorizationPendingException,
  AuthorizationPendingException$: () => AuthorizationPendingException$,
  CreateToken$: () => CreateToken$,
  CreateTokenCommand: () => CreateTokenCommand,
  CreateTokenRequest$: () => CreateTokenRequest$,
  CreateTokenResponse$: () => CreateTokenResponse$,
  ExpiredTokenException: () => ExpiredTokenException,
  ExpiredTokenException$: () => ExpiredTokenException$,
  InternalServerException: () => InternalServerException,
  InternalServerException$: () => InternalServerException$,
  InvalidClientException: () => InvalidClientException,
  InvalidClientException$: () => InvalidClientException$,
  InvalidGrantException: () => InvalidGrantException,
  InvalidGrantException$: () => InvalidGrantException$,
  InvalidRequestException: () => InvalidRequestException,
  InvalidRequestException$: () => InvalidRequestException$,
  InvalidRequestExceptionReason: () => InvalidRequestExceptionReason,
  InvalidScopeException: () => InvalidScopeException,
  InvalidScopeException$: () => InvalidScopeException$,
  SSOOIDC: () => SSOOIDC,
  SSOOIDCClient: () => SSOOIDCClient,
  SSOOIDCServiceException: () => SSOOIDCServiceException,
  SSOOIDCServiceException$: () => SSOOIDCServiceException$,
  SlowDownException: () => SlowDownException,
  SlowDownException$: () => SlowDownException$,
  UnauthorizedClientException: () => UnauthorizedClientException,
  UnauthorizedClientException$: () => UnauthorizedClientException$,
  UnsupportedGrantTypeException: () => UnsupportedGrantTypeException,
  UnsupportedGrantTypeException$: () => UnsupportedGrantTypeException$,
  __Client: () => Client,
  errorTypeRegistries: () => errorTypeRegistries
});
var init_sso_oidc = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso-oidc/index.js"() {
    init_SSOOIDCClient();
    init_SSOOIDC();
    init_commands();
    init_client();
    init_schemas_0();
    init_enums();
    init_errors();
    init_models_0();
    init_SSOOIDCServiceException();
  }
});

// node_modules/@aws-sdk/token-providers/dist-cjs/index.js
var require_dist_cjs9 = __commonJS({
  "node_modules/@aws-sdk/token-providers/dist-cjs/index.js"(exports) {
    var { setTokenFeature: setTokenFeature2 } = (init_client2(), __toCommonJS(client_exports2)), { getBearerTokenEnvKey: getBearerTokenEnvKey2 } = (init_httpAuthSchemes2(), __toCommonJS(httpAuthSchemes_exports)), { TokenProviderError, getSSOTokenFilepath, parseKnownFiles, getProfileName, loadSsoSessionData, getSSOTokenFromFile, memoize, chain } = (init_config(), __toCommonJS(config_exports)), { promises } = require_node_fs(), fromEnvSigningName = ({ logger, signingName } = {}) => async () => {
      if (logger?.debug?.("@aws-sdk/token-providers - fromEnvSigningName"), !signingName)
        throw new TokenProviderError("Please pass 'signingName' to compute environment variable key", { logger });
      let bearerTokenKey = getBearerTokenEnvKey2(signingName);
      if (!(bearerTokenKey in process.env))
        throw new TokenProviderError(`Token not present in '${bearerTokenKey}' environment variable`, { logger });
      let token = { token: process.env[bearerTokenKey] };
      return setTokenFeature2(token, "BEARER_SERVICE_ENV_VARS", "3"), token;
    }, EXPIRE_WINDOW_MS = 300 * 1e3, REFRESH_MESSAGE = "To refresh this SSO session run 'aws sso login' with the corresponding profile.", getSsoOidcClient = async (ssoRegion, init = {}, callerClientConfig) => {
      let { SSOOIDCClient: SSOOIDCClient2 } = (init_sso_oidc(), __toCommonJS(sso_oidc_exports)), coalesce = (prop) => init.clientConfig?.[prop] ?? init.parentClientConfig?.[prop] ?? callerClientConfig?.[prop];
      return new SSOOIDCClient2(Object.assign({}, init.clientConfig ?? {}, {
        region: ssoRegion ?? init.clientConfig?.region,
        logger: coalesce("logger"),
        userAgentAppId: coalesce("userAgentAppId")
      }));
    }, getNewSsoOidcToken = async (ssoToken, ssoRegion, init = {}, callerClientConfig) => {
      let { CreateTokenCommand: CreateTokenCommand2 } = (init_sso_oidc(), __toCommonJS(sso_oidc_exports));
      return (await getSsoOidcClient(ssoRegion, init, callerClientConfig)).send(new CreateTokenCommand2({
        clientId: ssoToken.clientId,
        clientSecret: ssoToken.clientSecret,
        refreshToken: ssoToken.refreshToken,
        grantType: "refresh_token"
      }));
    }, validateTokenExpiry = (token) => {
      if (token.expiration && token.expiration.getTime() < Date.now())
        throw new TokenProviderError(`Token is expired. ${REFRESH_MESSAGE}`, !1);
    }, validateTokenKey = (key, value, forRefresh = !1) => {
      if (typeof value > "u")
        throw new TokenProviderError(`Value not present for '${key}' in SSO Token${forRefresh ? ". Cannot refresh" : ""}. ${REFRESH_MESSAGE}`, !1);
    }, { writeFile } = promises, writeSSOTokenToFile = (id, ssoToken) => {
      let tokenFilepath = getSSOTokenFilepath(id), tokenString = JSON.stringify(ssoToken, null, 2);
      return writeFile(tokenFilepath, tokenString);
    }, lastRefreshAttemptTimes = /* @__PURE__ */ new Map(), inFlightRefreshes = /* @__PURE__ */ new Map(), fromSso = (init = {}) => async ({ callerClientConfig } = {}) => {
      init.logger?.debug("@aws-sdk/token-providers - fromSso");
      let profiles = await parseKnownFiles(init), profileName = getProfileName({
        profile: init.profile ?? callerClientConfig?.profile
      }), profile = profiles[profileName];
      if (profile) {
        if (!profile.sso_session)
          throw new TokenProviderError(`Profile '${profileName}' is missing required property 'sso_session'.`);
      } else throw new TokenProviderError(`Profile '${profileName}' could not be found in shared credentials file.`, !1);
      let ssoSessionName = profile.sso_session, inFlightRefresh = inFlightRefreshes.get(ssoSessionName);
      if (inFlightRefresh)
        return await inFlightRefresh;
      let ssoSession = (await loadSsoSessionData(init))[ssoSessionName];
      if (!ssoSession)
        throw new TokenProviderError(`Sso session '${ssoSessionName}' could not be found in shared credentials file.`, !1);
      for (let ssoSessionRequiredKey of ["sso_start_url", "sso_region"])
        if (!ssoSession[ssoSessionRequiredKey])
          throw new TokenProviderError(`Sso session '${ssoSessionName}' is missing required property '${ssoSessionRequiredKey}'.`, !1);
      ssoSession.sso_start_url;
      let ssoRegion = ssoSession.sso_region, ssoToken;
      try {
        ssoToken = await getSSOTokenFromFile(ssoSessionName);
      } catch {
        throw new TokenProviderError(`The SSO session token associated with profile=${profileName} was not found or is invalid. ${REFRESH_MESSAGE}`, !1);
      }
      validateTokenKey("accessToken", ssoToken.accessToken), validateTokenKey("expiresAt", ssoToken.expiresAt);
      let { accessToken, expiresAt } = ssoToken, existingToken = {
        token: accessToken,
        expiration: new Date(expiresAt)
      };
      if (existingToken.expiration.getTime() - Date.now() > EXPIRE_WINDOW_MS)
        return existingToken;
      let inFlightRefreshAfterReadingToken = inFlightRefreshes.get(ssoSessionName);
      if (inFlightRefreshAfterReadingToken)
        return await inFlightRefreshAfterReadingToken;
      let lastRefreshAttemptTime = lastRefreshAttemptTimes.get(ssoSessionName) ?? 0;
      if (Date.now() - lastRefreshAttemptTime < 30 * 1e3)
        return validateTokenExpiry(existingToken), existingToken;
      validateTokenKey("clientId", ssoToken.clientId, !0), validateTokenKey("clientSecret", ssoToken.clientSecret, !0), validateTokenKey("refreshToken", ssoToken.refreshToken, !0);
      let refresh = (async () => {
        try {
          lastRefreshAttemptTimes.set(ssoSessionName, Date.now());
          let newSsoOidcToken = await getNewSsoOidcToken(ssoToken, ssoRegion, init, callerClientConfig);
          validateTokenKey("accessToken", newSsoOidcToken.accessToken), validateTokenKey("expiresIn", newSsoOidcToken.expiresIn);
          let newTokenExpiration = new Date(Date.now() + newSsoOidcToken.expiresIn * 1e3);
          try {
            await writeSSOTokenToFile(ssoSessionName, {
              ...ssoToken,
              accessToken: newSsoOidcToken.accessToken,
              expiresAt: newTokenExpiration.toISOString(),
              refreshToken: newSsoOidcToken.refreshToken
            });
          } catch {
          }
          return {
            token: newSsoOidcToken.accessToken,
            expiration: newTokenExpiration
          };
        } catch {
          return validateTokenExpiry(existingToken), existingToken;
        }
      })();
      inFlightRefreshes.set(ssoSessionName, refresh);
      try {
        return await refresh;
      } finally {
        inFlightRefreshes.delete(ssoSessionName);
      }
    }, fromStatic = ({ token, logger }) => async () => {
      if (logger?.debug("@aws-sdk/token-providers - fromStatic"), !token || !token.token)
        throw new TokenProviderError("Please pass a valid token to fromStatic", !1);
      return token;
    }, nodeProvider = (init = {}) => memoize(chain(fromSso(init), async () => {
      throw new TokenProviderError("Could not load token from any providers", !1);
    }), (token) => token.expiration !== void 0 && token.expiration.getTime() - Date.now() < 3e5, (token) => token.expiration !== void 0);
    exports.fromEnvSigningName = fromEnvSigningName;
    exports.fromSso = fromSso;
    exports.fromStatic = fromStatic;
    exports.nodeProvider = nodeProvider;
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/auth/httpAuthSchemeProvider.js
function createAwsAuthSigv4HttpAuthOption2(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "awsssoportal",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createSmithyApiNoAuthHttpAuthOption2(authParameters) {
  return {
    schemeId: "smithy.api#noAuth"
  };
}
var defaultSSOHttpAuthSchemeParametersProvider, defaultSSOHttpAuthSchemeProvider, resolveHttpAuthSchemeConfig2, init_httpAuthSchemeProvider2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/auth/httpAuthSchemeProvider.js"() {
    init_httpAuthSchemes2();
    init_client();
    defaultSSOHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    defaultSSOHttpAuthSchemeProvider = (authParameters) => {
      let options = [];
      return authParameters.operation === "GetRoleCredentials" ? options.push(createSmithyApiNoAuthHttpAuthOption2(authParameters)) : options.push(createAwsAuthSigv4HttpAuthOption2(authParameters)), options;
    }, resolveHttpAuthSchemeConfig2 = (config) => {
      let config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/endpoint/EndpointParameters.js
var resolveClientEndpointParameters2, commonParams2, init_EndpointParameters2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/endpoint/EndpointParameters.js"() {
    resolveClientEndpointParameters2 = (options) => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? !1,
      useFipsEndpoint: options.useFipsEndpoint ?? !1,
      defaultSigningName: "awsssoportal"
    }), commonParams2 = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/endpoint/bdd.js
var k2, a2, b2, c2, d2, e2, f2, g2, h2, i2, j2, _data2, root2, r2, nodes2, bdd2, init_bdd2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/endpoint/bdd.js"() {
    init_endpoints();
    k2 = "ref", a2 = -1, b2 = !0, c2 = "isSet", d2 = "PartitionResult", e2 = "booleanEquals", f2 = "getAttr", g2 = { [k2]: "Endpoint" }, h2 = { [k2]: d2 }, i2 = {}, j2 = [{ [k2]: "Region" }], _data2 = {
      conditions: [
        [c2, [g2]],
        [c2, j2],
        ["aws.partition", j2, d2],
        [e2, [{ [k2]: "UseFIPS" }, b2]],
        [e2, [{ [k2]: "UseDualStack" }, b2]],
        [e2, [{ fn: f2, argv: [h2, "supportsDualStack"] }, b2]],
        [e2, [{ fn: f2, argv: [h2, "supportsFIPS"] }, b2]],
        ["stringEquals", [{ fn: f2, argv: [h2, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a2],
        [a2, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a2, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g2, i2],
        ["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i2],
        [a2, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://portal.sso.{Region}.amazonaws.com", i2],
        ["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}", i2],
        [a2, "FIPS is enabled but this partition does not support FIPS"],
        ["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}", i2],
        [a2, "DualStack is enabled but this partition does not support DualStack"],
        ["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}", i2],
        [a2, "Invalid Configuration: Missing Region"]
      ]
    }, root2 = 2, r2 = 1e8, nodes2 = new Int32Array([
      -1,
      1,
      -1,
      0,
      13,
      3,
      1,
      4,
      r2 + 12,
      2,
      5,
      r2 + 12,
      3,
      8,
      6,
      4,
      7,
      r2 + 11,
      5,
      r2 + 9,
      r2 + 10,
      4,
      11,
      9,
      6,
      10,
      r2 + 8,
      7,
      r2 + 6,
      r2 + 7,
      5,
      12,
      r2 + 5,
      6,
      r2 + 4,
      r2 + 5,
      3,
      r2 + 1,
      14,
      4,
      r2 + 2,
      r2 + 3
    ]), bdd2 = BinaryDecisionDiagram.from(nodes2, root2, _data2.conditions, _data2.results);
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/endpoint/endpointResolver.js
var cache2, defaultEndpointResolver2, init_endpointResolver2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/endpoint/endpointResolver.js"() {
    init_client2();
    init_endpoints();
    init_bdd2();
    cache2 = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    }), defaultEndpointResolver2 = (endpointParams, context = {}) => cache2.get(endpointParams, () => decideEndpoint(bdd2, {
      endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/models/SSOServiceException.js
var SSOServiceException, init_SSOServiceException = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/models/SSOServiceException.js"() {
    init_client();
    SSOServiceException = class _SSOServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _SSOServiceException.prototype);
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/models/errors.js
var InvalidRequestException2, ResourceNotFoundException, TooManyRequestsException, UnauthorizedException, init_errors2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/models/errors.js"() {
    init_SSOServiceException();
    InvalidRequestException2 = class _InvalidRequestException extends SSOServiceException {
      static shapeId = "com.amazonaws.sso#InvalidRequestException";
      name = "InvalidRequestException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidRequestException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidRequestException.prototype);
      }
    }, ResourceNotFoundException = class _ResourceNotFoundException extends SSOServiceException {
      static shapeId = "com.amazonaws.sso#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
      }
    }, TooManyRequestsException = class _TooManyRequestsException extends SSOServiceException {
      static shapeId = "com.amazonaws.sso#TooManyRequestsException";
      name = "TooManyRequestsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TooManyRequestsException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
      }
    }, UnauthorizedException = class _UnauthorizedException extends SSOServiceException {
      static shapeId = "com.amazonaws.sso#UnauthorizedException";
      name = "UnauthorizedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnauthorizedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _UnauthorizedException.prototype);
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/schemas/schemas_0.js
var _ATT, _GRC, _GRCR, _GRCRe, _IRE2, _RC, _RNFE, _SAKT, _STT, _TMRE, _UE, _aI, _aKI, _aT2, _ai, _c2, _e2, _ex, _h2, _hE2, _hH, _hQ, _m, _rC, _rN, _rn, _s2, _sAK, _sT, _xasbt, n02, _s_registry2, SSOServiceException$, n0_registry2, InvalidRequestException$2, ResourceNotFoundException$, TooManyRequestsException$, UnauthorizedException$, errorTypeRegistries2, AccessTokenType, SecretAccessKeyType, SessionTokenType, GetRoleCredentialsRequest$, GetRoleCredentialsResponse$, RoleCredentials$, GetRoleCredentials$, init_schemas_02 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/schemas/schemas_0.js"() {
    init_schema();
    init_errors2();
    init_SSOServiceException();
    _ATT = "AccessTokenType", _GRC = "GetRoleCredentials", _GRCR = "GetRoleCredentialsRequest", _GRCRe = "GetRoleCredentialsResponse", _IRE2 = "InvalidRequestException", _RC = "RoleCredentials", _RNFE = "ResourceNotFoundException", _SAKT = "SecretAccessKeyType", _STT = "SessionTokenType", _TMRE = "TooManyRequestsException", _UE = "UnauthorizedException", _aI = "accountId", _aKI = "accessKeyId", _aT2 = "accessToken", _ai = "account_id", _c2 = "client", _e2 = "error", _ex = "expiration", _h2 = "http", _hE2 = "httpError", _hH = "httpHeader", _hQ = "httpQuery", _m = "message", _rC = "roleCredentials", _rN = "roleName", _rn = "role_name", _s2 = "smithy.ts.sdk.synthetic.com.amazonaws.sso", _sAK = "secretAccessKey", _sT = "sessionToken", _xasbt = "x-amz-sso_bearer_token", n02 = "com.amazonaws.sso", _s_registry2 = new TypeRegistry(_s2), SSOServiceException$ = [-3, _s2, "SSOServiceException", 0, [], []];
    _s_registry2.registerError(SSOServiceException$, SSOServiceException);
    n0_registry2 = new TypeRegistry(n02), InvalidRequestException$2 = [
      -3,
      n02,
      _IRE2,
      { [_e2]: _c2, [_hE2]: 400 },
      [_m],
      [0]
    ];
    n0_registry2.registerError(InvalidRequestException$2, InvalidRequestException2);
    ResourceNotFoundException$ = [
      -3,
      n02,
      _RNFE,
      { [_e2]: _c2, [_hE2]: 404 },
      [_m],
      [0]
    ];
    n0_registry2.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    TooManyRequestsException$ = [
      -3,
      n02,
      _TMRE,
      { [_e2]: _c2, [_hE2]: 429 },
      [_m],
      [0]
    ];
    n0_registry2.registerError(TooManyRequestsException$, TooManyRequestsException);
    UnauthorizedException$ = [
      -3,
      n02,
      _UE,
      { [_e2]: _c2, [_hE2]: 401 },
      [_m],
      [0]
    ];
    n0_registry2.registerError(UnauthorizedException$, UnauthorizedException);
    errorTypeRegistries2 = [
      _s_registry2,
      n0_registry2
    ], AccessTokenType = [0, n02, _ATT, 8, 0], SecretAccessKeyType = [0, n02, _SAKT, 8, 0], SessionTokenType = [0, n02, _STT, 8, 0], GetRoleCredentialsRequest$ = [
      3,
      n02,
      _GRCR,
      0,
      [_rN, _aI, _aT2],
      [[0, { [_hQ]: _rn }], [0, { [_hQ]: _ai }], [() => AccessTokenType, { [_hH]: _xasbt }]],
      3
    ], GetRoleCredentialsResponse$ = [
      3,
      n02,
      _GRCRe,
      0,
      [_rC],
      [[() => RoleCredentials$, 0]]
    ], RoleCredentials$ = [
      3,
      n02,
      _RC,
      0,
      [_aKI, _sAK, _sT, _ex],
      [0, [() => SecretAccessKeyType, 0], [() => SessionTokenType, 0], 1]
    ], GetRoleCredentials$ = [
      9,
      n02,
      _GRC,
      { [_h2]: ["GET", "/federation/credentials", 200] },
      () => GetRoleCredentialsRequest$,
      () => GetRoleCredentialsResponse$
    ];
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/runtimeConfig.shared.js
var getRuntimeConfig3, init_runtimeConfig_shared2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/runtimeConfig.shared.js"() {
    init_httpAuthSchemes2();
    init_protocols2();
    init_dist_es();
    init_checksum();
    init_client();
    init_protocols();
    init_serde();
    init_httpAuthSchemeProvider2();
    init_endpointResolver2();
    init_schemas_02();
    getRuntimeConfig3 = (config) => ({
      apiVersion: "2019-06-10",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver2,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSOHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
          signer: new AwsSdkSigV4Signer()
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new NoAuthSigner()
        }
      ],
      logger: config?.logger ?? new NoOpLogger(),
      protocol: config?.protocol ?? AwsRestJsonProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sso",
        errorTypeRegistries: errorTypeRegistries2,
        version: "2019-06-10",
        serviceTarget: "SWBPortalService"
      },
      serviceId: config?.serviceId ?? "SSO",
      sha256: config?.sha256 ?? Sha256Node,
      urlParser: config?.urlParser ?? parseUrl,
      utf8Decoder: config?.utf8Decoder ?? fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? toUtf8
    });
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/runtimeConfig.js
var import_node_http_handler2, getRuntimeConfig4, init_runtimeConfig2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/runtimeConfig.js"() {
    init_package();
    init_client2();
    init_httpAuthSchemes2();
    init_client();
    init_config();
    init_retry();
    init_serde();
    import_node_http_handler2 = __toESM(require_dist_cjs5());
    init_runtimeConfig_shared2();
    getRuntimeConfig4 = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      let defaultsMode = resolveDefaultsModeConfig(config), defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode), clientSharedValues = getRuntimeConfig3(config);
      emitWarningIfUnsupportedVersion2(process.version);
      let loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: import_node_http_handler2.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? import_node_http_handler2.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration2, resolveHttpAuthRuntimeConfig2, init_httpAuthExtensionConfiguration2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/auth/httpAuthExtensionConfiguration.js"() {
    getHttpAuthExtensionConfiguration2 = (runtimeConfig) => {
      let _httpAuthSchemes = runtimeConfig.httpAuthSchemes, _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider, _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          let index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          index === -1 ? _httpAuthSchemes.push(httpAuthScheme) : _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    }, resolveHttpAuthRuntimeConfig2 = (config) => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/runtimeExtensions.js
var resolveRuntimeExtensions2, init_runtimeExtensions2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/runtimeExtensions.js"() {
    init_client2();
    init_client();
    init_protocols();
    init_httpAuthExtensionConfiguration2();
    resolveRuntimeExtensions2 = (runtimeConfig, extensions) => {
      let extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration2(runtimeConfig));
      return extensions.forEach((extension) => extension.configure(extensionConfiguration)), Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig2(extensionConfiguration));
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/SSOClient.js
var SSOClient, init_SSOClient = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/SSOClient.js"() {
    init_client2();
    init_dist_es();
    init_client();
    init_config();
    init_endpoints();
    init_protocols();
    init_retry();
    init_schema();
    init_httpAuthSchemeProvider2();
    init_EndpointParameters2();
    init_runtimeConfig2();
    init_runtimeExtensions2();
    SSOClient = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig4(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters2(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = _config_4, _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig2(_config_6), _config_8 = resolveRuntimeExtensions2(_config_7, configuration?.extensions || []);
        this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultSSOHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/commandBuilder.js
var command2, _ep02, _mw02, init_commandBuilder2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/commandBuilder.js"() {
    init_client();
    init_endpoints();
    init_EndpointParameters2();
    command2 = makeBuilder(commonParams2, "SWBPortalService", "SSOClient", getEndpointPlugin), _ep02 = {}, _mw02 = (Command2, cs, config, o3) => [];
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/commands/GetRoleCredentialsCommand.js
var GetRoleCredentialsCommand, init_GetRoleCredentialsCommand = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/commands/GetRoleCredentialsCommand.js"() {
    init_commandBuilder2();
    init_schemas_02();
    GetRoleCredentialsCommand = class extends command2(_ep02, _mw02, "GetRoleCredentials", GetRoleCredentials$) {
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/SSO.js
var commands2, SSO, init_SSO = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/SSO.js"() {
    init_client();
    init_GetRoleCredentialsCommand();
    init_SSOClient();
    commands2 = {
      GetRoleCredentialsCommand
    }, SSO = class extends SSOClient {
    };
    createAggregatedClient(commands2, SSO);
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/commands/index.js
var init_commands2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/commands/index.js"() {
    init_GetRoleCredentialsCommand();
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/models/models_0.js
var init_models_02 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/models/models_0.js"() {
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/index.js
var sso_exports = {};
__export(sso_exports, {
  $Command: () => Command,
  GetRoleCredentials$: () => GetRoleCredentials$,
  GetRoleCredentialsCommand: () => GetRoleCredentialsCommand,
  GetRoleCredentialsRequest$: () => GetRoleCredentialsRequest$,
  GetRoleCredentialsResponse$: () => GetRoleCredentialsResponse$,
  InvalidRequestException: () => InvalidRequestException2,
  InvalidRequestException$: () => InvalidRequestException$2,
  ResourceNotFoundException: () => ResourceNotFoundException,
  ResourceNotFoundException$: () => ResourceNotFoundException$,
  RoleCredentials$: () => RoleCredentials$,
  SSO: () => SSO,
  SSOClient: () => SSOClient,
  SSOServiceException: () => SSOServiceException,
  SSOServiceException$: () => SSOServiceException$,
  TooManyRequestsException: () => TooManyRequestsException,
  TooManyRequestsException$: () => TooManyRequestsException$,
  UnauthorizedException: () => UnauthorizedException,
  UnauthorizedException$: () => UnauthorizedException$,
  __Client: () => Client,
  errorTypeRegistries: () => errorTypeRegistries2
});
var init_sso = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sso/index.js"() {
    init_SSOClient();
    init_SSO();
    init_commands2();
    init_client();
    init_schemas_02();
    init_errors2();
    init_models_02();
    init_SSOServiceException();
  }
});

// node_modules/@aws-sdk/credential-provider-sso/dist-cjs/loadSso-BGYXHf8s.js
var require_loadSso_BGYXHf8s = __commonJS({
  "node_modules/@aws-sdk/credential-provider-sso/dist-cjs/loadSso-BGYXHf8s.js"(exports) {
    var { GetRoleCredentialsCommand: GetRoleCredentialsCommand2, SSOClient: SSOClient2 } = (init_sso(), __toCommonJS(sso_exports));
    exports.GetRoleCredentialsCommand = GetRoleCredentialsCommand2;
    exports.SSOClient = SSOClient2;
  }
});

// node_modules/@aws-sdk/credential-provider-sso/dist-cjs/index.js
var require_dist_cjs10 = __commonJS({
  "node_modules/@aws-sdk/credential-provider-sso/dist-cjs/index.js"(exports) {
    var { CredentialsProviderError, getSSOTokenFromFile, getProfileName, parseKnownFiles, loadSsoSessionData } = (init_config(), __toCommonJS(config_exports)), { setCredentialFeature: setCredentialFeature2 } = (init_client2(), __toCommonJS(client_exports2)), { fromSso } = require_dist_cjs9(), isSsoProfile = (arg) => arg && (typeof arg.sso_start_url == "string" || typeof arg.sso_account_id == "string" || typeof arg.sso_session == "string" || typeof arg.sso_region == "string" || typeof arg.sso_role_name == "string"), SHOULD_FAIL_CREDENTIAL_CHAIN = !1, resolveSSOCredentials = async ({ ssoStartUrl, ssoSession, ssoAccountId, ssoRegion, ssoRoleName, ssoClient, clientConfig, parentClientConfig, callerClientConfig, profile, filepath, configFilepath, ignoreCache, logger }) => {
      let token, refreshMessage = "To refresh this SSO session run aws sso login with the corresponding profile.";
      if (ssoSession)
        try {
          let _token = await fromSso({
            profile,
            filepath,
            configFilepath,
            ignoreCache,
            clientConfig,
            parentClientConfig,
            logger
          })({ callerClientConfig });
          token = {
            accessToken: _token.token,
            expiresAt: new Date(_token.expiration).toISOString()
          };
        } catch (e5) {
          throw new CredentialsProviderError(e5.message, {
            tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
            logger
          });
        }
      else
        try {
          token = await getSSOTokenFromFile(ssoStartUrl);
        } catch {
          throw new CredentialsProviderError(`The SSO session associated with this profile is invalid. ${refreshMessage}`, {
            tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
            logger
          });
        }
      if (new Date(token.expiresAt).getTime() - Date.now() <= 0)
        throw new CredentialsProviderError(`The SSO session associated with this profile has expired. ${refreshMessage}`, {
          tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
          logger
        });
      let { accessToken } = token, { SSOClient: SSOClient2, GetRoleCredentialsCommand: GetRoleCredentialsCommand2 } = require_loadSso_BGYXHf8s(), sso = ssoClient || new SSOClient2(Object.assign({}, clientConfig ?? {}, {
        logger: clientConfig?.logger ?? callerClientConfig?.logger ?? parentClientConfig?.logger,
        region: clientConfig?.region ?? ssoRegion,
        userAgentAppId: clientConfig?.userAgentAppId ?? callerClientConfig?.userAgentAppId ?? parentClientConfig?.userAgentAppId
      })), ssoResp;
      try {
        ssoResp = await sso.send(new GetRoleCredentialsCommand2({
          accountId: ssoAccountId,
          roleName: ssoRoleName,
          accessToken
        }));
      } catch (e5) {
        throw new CredentialsProviderError(e5, {
          tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
          logger
        });
      }
      let { roleCredentials: { accessKeyId, secretAccessKey, sessionToken, expiration, credentialScope, accountId } = {} } = ssoResp;
      if (!accessKeyId || !secretAccessKey || !sessionToken || !expiration)
        throw new CredentialsProviderError("SSO returns an invalid temporary credential.", {
          tryNextLink: SHOULD_FAIL_CREDENTIAL_CHAIN,
          logger
        });
      let credentials = {
        accessKeyId,
        secretAccessKey,
        sessionToken,
        expiration: new Date(expiration),
        ...credentialScope && { credentialScope },
        ...accountId && { accountId }
      };
      return ssoSession ? setCredentialFeature2(credentials, "CREDENTIALS_SSO", "s") : setCredentialFeature2(credentials, "CREDENTIALS_SSO_LEGACY", "u"), credentials;
    }, validateSsoProfile = (profile, logger) => {
      let { sso_start_url, sso_account_id, sso_region, sso_role_name } = profile;
      if (!sso_start_url || !sso_account_id || !sso_region || !sso_role_name)
        throw new CredentialsProviderError(`Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(profile).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`, { tryNextLink: !1, logger });
      return profile;
    }, fromSSO = (init = {}) => async ({ callerClientConfig } = {}) => {
      init.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");
      let { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init, { ssoClient } = init, profileName = getProfileName({
        profile: init.profile ?? callerClientConfig?.profile
      });
      if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
        let profile = (await parseKnownFiles(init))[profileName];
        if (!profile)
          throw new CredentialsProviderError(`Profile ${profileName} was not found.`, { logger: init.logger });
        if (!isSsoProfile(profile))
          throw new CredentialsProviderError(`Profile ${profileName} is not configured with SSO credentials.`, {
            logger: init.logger
          });
        if (profile?.sso_session) {
          let session = (await loadSsoSessionData(init))[profile.sso_session], conflictMsg = ` configurations in profile ${profileName} and sso-session ${profile.sso_session}`;
          if (ssoRegion && ssoRegion !== session.sso_region)
            throw new CredentialsProviderError("Conflicting SSO region" + conflictMsg, {
              tryNextLink: !1,
              logger: init.logger
            });
          if (ssoStartUrl && ssoStartUrl !== session.sso_start_url)
            throw new CredentialsProviderError("Conflicting SSO start_url" + conflictMsg, {
              tryNextLink: !1,
              logger: init.logger
            });
          profile.sso_region = session.sso_region, profile.sso_start_url = session.sso_start_url;
        }
        let { sso_start_url, sso_account_id, sso_region, sso_role_name, sso_session } = validateSsoProfile(profile, init.logger);
        return resolveSSOCredentials({
          ssoStartUrl: sso_start_url,
          ssoSession: sso_session,
          ssoAccountId: sso_account_id,
          ssoRegion: sso_region,
          ssoRoleName: sso_role_name,
          ssoClient,
          clientConfig: init.clientConfig,
          parentClientConfig: init.parentClientConfig,
          callerClientConfig: init.callerClientConfig,
          profile: profileName,
          filepath: init.filepath,
          configFilepath: init.configFilepath,
          ignoreCache: init.ignoreCache,
          logger: init.logger
        });
      } else {
        if (!ssoStartUrl || !ssoAccountId || !ssoRegion || !ssoRoleName)
          throw new CredentialsProviderError('Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"', { tryNextLink: !1, logger: init.logger });
        return resolveSSOCredentials({
          ssoStartUrl,
          ssoSession,
          ssoAccountId,
          ssoRegion,
          ssoRoleName,
          ssoClient,
          clientConfig: init.clientConfig,
          parentClientConfig: init.parentClientConfig,
          callerClientConfig: init.callerClientConfig,
          profile: profileName,
          filepath: init.filepath,
          configFilepath: init.configFilepath,
          ignoreCache: init.ignoreCache,
          logger: init.logger
        });
      }
    };
    exports.fromSSO = fromSSO;
    exports.isSsoProfile = isSsoProfile;
    exports.validateSsoProfile = validateSsoProfile;
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/endpoint/bdd.js
var q, a3, b3, c3, d3, e3, f3, g3, h3, i3, j3, k3, l, m, n, o, p, _data3, root3, r3, nodes3, bdd3, init_bdd3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/endpoint/bdd.js"() {
    init_endpoints();
    q = "ref", a3 = -1, b3 = !0, c3 = "isSet", d3 = "PartitionResult", e3 = "booleanEquals", f3 = "stringEquals", g3 = "getAttr", h3 = "us-east-1", i3 = "sigv4", j3 = "sts", k3 = "https://sts.{Region}.{PartitionResult#dnsSuffix}", l = { [q]: "Endpoint" }, m = { [q]: "Region" }, n = { [q]: d3 }, o = {}, p = [m], _data3 = {
      conditions: [
        [c3, [l]],
        [c3, p],
        ["aws.partition", p, d3],
        [e3, [{ [q]: "UseFIPS" }, b3]],
        [e3, [{ [q]: "UseDualStack" }, b3]],
        [f3, [m, "aws-global"]],
        [e3, [{ [q]: "UseGlobalEndpoint" }, b3]],
        [f3, [m, "eu-central-1"]],
        [e3, [{ fn: g3, argv: [n, "supportsDualStack"] }, b3]],
        [e3, [{ fn: g3, argv: [n, "supportsFIPS"] }, b3]],
        [f3, [m, "ap-south-1"]],
        [f3, [m, "eu-north-1"]],
        [f3, [m, "eu-west-1"]],
        [f3, [m, "eu-west-2"]],
        [f3, [m, "eu-west-3"]],
        [f3, [m, "sa-east-1"]],
        [f3, [m, h3]],
        [f3, [m, "us-east-2"]],
        [f3, [m, "us-west-2"]],
        [f3, [m, "us-west-1"]],
        [f3, [m, "ca-central-1"]],
        [f3, [m, "ap-southeast-1"]],
        [f3, [m, "ap-northeast-1"]],
        [f3, [m, "ap-southeast-2"]],
        [f3, [{ fn: g3, argv: [n, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a3],
        ["https://sts.amazonaws.com", { authSchemes: [{ name: i3, signingName: j3, signingRegion: h3 }] }],
        [k3, { authSchemes: [{ name: i3, signingName: j3, signingRegion: "{Region}" }] }],
        [a3, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a3, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [l, o],
        ["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a3, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://sts.{Region}.amazonaws.com", o],
        ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o],
        [a3, "FIPS is enabled but this partition does not support FIPS"],
        ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a3, "DualStack is enabled but this partition does not support DualStack"],
        [k3, o],
        [a3, "Invalid Configuration: Missing Region"]
      ]
    }, root3 = 2, r3 = 1e8, nodes3 = new Int32Array([
      -1,
      1,
      -1,
      0,
      30,
      3,
      1,
      4,
      r3 + 14,
      2,
      5,
      r3 + 14,
      3,
      25,
      6,
      4,
      24,
      7,
      5,
      r3 + 1,
      8,
      6,
      9,
      r3 + 13,
      7,
      r3 + 1,
      10,
      10,
      r3 + 1,
      11,
      11,
      r3 + 1,
      12,
      12,
      r3 + 1,
      13,
      13,
      r3 + 1,
      14,
      14,
      r3 + 1,
      15,
      15,
      r3 + 1,
      16,
      16,
      r3 + 1,
      17,
      17,
      r3 + 1,
      18,
      18,
      r3 + 1,
      19,
      19,
      r3 + 1,
      20,
      20,
      r3 + 1,
      21,
      21,
      r3 + 1,
      22,
      22,
      r3 + 1,
      23,
      23,
      r3 + 1,
      r3 + 2,
      8,
      r3 + 11,
      r3 + 12,
      4,
      28,
      26,
      9,
      27,
      r3 + 10,
      24,
      r3 + 8,
      r3 + 9,
      8,
      29,
      r3 + 7,
      9,
      r3 + 6,
      r3 + 7,
      3,
      r3 + 3,
      31,
      4,
      r3 + 4,
      r3 + 5
    ]), bdd3 = BinaryDecisionDiagram.from(nodes3, root3, _data3.conditions, _data3.results);
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/endpoint/endpointResolver.js
var cache3, defaultEndpointResolver3, init_endpointResolver3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/endpoint/endpointResolver.js"() {
    init_client2();
    init_endpoints();
    init_bdd3();
    cache3 = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS", "UseGlobalEndpoint"]
    }), defaultEndpointResolver3 = (endpointParams, context = {}) => cache3.get(endpointParams, () => decideEndpoint(bdd3, {
      endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/auth/httpAuthSchemeProvider.js
function createAwsAuthSigv4HttpAuthOption3(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "sts",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: {
      name: "sts",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createSmithyApiNoAuthHttpAuthOption3(authParameters) {
  return {
    schemeId: "smithy.api#noAuth"
  };
}
var import_signature_v4_multi_region, createEndpointRuleSetHttpAuthSchemeParametersProvider, _defaultSTSHttpAuthSchemeParametersProvider, defaultSTSHttpAuthSchemeParametersProvider, createEndpointRuleSetHttpAuthSchemeProvider, _defaultSTSHttpAuthSchemeProvider, defaultSTSHttpAuthSchemeProvider, resolveHttpAuthSchemeConfig3, init_httpAuthSchemeProvider3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/auth/httpAuthSchemeProvider.js"() {
    init_httpAuthSchemes2();
    import_signature_v4_multi_region = __toESM(require_dist_cjs3());
    init_client();
    init_endpoints();
    init_endpointResolver3();
    createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
      if (!input)
        throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
      let defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input), instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!instructionsFn)
        throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
      let endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
      return Object.assign(defaultParameters, endpointParameters);
    }, _defaultSTSHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    }), defaultSTSHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSTSHttpAuthSchemeParametersProvider);
    createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver5, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => (authParameters) => {
      let authSchemes = defaultEndpointResolver5(authParameters).properties?.authSchemes;
      if (!authSchemes)
        return defaultHttpAuthSchemeResolver(authParameters);
      let options = [];
      for (let scheme of authSchemes) {
        let { name: resolvedName, properties = {}, ...rest } = scheme, name = resolvedName.toLowerCase();
        resolvedName !== name && console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
        let schemeId;
        if (name === "sigv4a") {
          schemeId = "aws.auth#sigv4a";
          let sigv4Present = authSchemes.find((s2) => {
            let name2 = s2.name.toLowerCase();
            return name2 !== "sigv4a" && name2.startsWith("sigv4");
          });
          if (import_signature_v4_multi_region.SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present)
            continue;
        } else if (name.startsWith("sigv4"))
          schemeId = "aws.auth#sigv4";
        else
          throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
        let createOption = createHttpAuthOptionFunctions[schemeId];
        if (!createOption)
          throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
        let option = createOption(authParameters);
        option.schemeId = schemeId, option.signingProperties = { ...option.signingProperties || {}, ...rest, ...properties }, options.push(option);
      }
      return options;
    }, _defaultSTSHttpAuthSchemeProvider = (authParameters) => {
      let options = [];
      return authParameters.operation === "AssumeRoleWithWebIdentity" ? (options.push(createSmithyApiNoAuthHttpAuthOption3(authParameters)), options.push(createAwsAuthSigv4aHttpAuthOption(authParameters))) : (options.push(createAwsAuthSigv4HttpAuthOption3(authParameters)), options.push(createAwsAuthSigv4aHttpAuthOption(authParameters))), options;
    }, defaultSTSHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver3, _defaultSTSHttpAuthSchemeProvider, {
      "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption3,
      "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
      "smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption3
    }), resolveHttpAuthSchemeConfig3 = (config) => {
      let config_0 = resolveAwsSdkSigV4Config(config), config_1 = resolveAwsSdkSigV4AConfig(config_0);
      return Object.assign(config_1, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/endpoint/EndpointParameters.js
var resolveClientEndpointParameters3, commonParams3, init_EndpointParameters3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/endpoint/EndpointParameters.js"() {
    resolveClientEndpointParameters3 = (options) => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? !1,
      useFipsEndpoint: options.useFipsEndpoint ?? !1,
      useGlobalEndpoint: options.useGlobalEndpoint ?? !1,
      defaultSigningName: "sts"
    }), commonParams3 = {
      UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/models/STSServiceException.js
var STSServiceException, init_STSServiceException = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/models/STSServiceException.js"() {
    init_client();
    STSServiceException = class _STSServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _STSServiceException.prototype);
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/models/errors.js
var ExpiredTokenException2, InvalidContextAssertionException, MalformedPolicyDocumentException, PackedPolicyTooLargeException, RegionDisabledException, IDPRejectedClaimException, InvalidIdentityTokenException, IDPCommunicationErrorException, init_errors3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/models/errors.js"() {
    init_STSServiceException();
    ExpiredTokenException2 = class _ExpiredTokenException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#ExpiredTokenException";
      name = "ExpiredTokenException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExpiredTokenException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ExpiredTokenException.prototype);
      }
    }, InvalidContextAssertionException = class _InvalidContextAssertionException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#InvalidContextAssertionException";
      name = "InvalidContextAssertionException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidContextAssertionException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidContextAssertionException.prototype);
      }
    }, MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#MalformedPolicyDocumentException";
      name = "MalformedPolicyDocumentException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MalformedPolicyDocumentException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
      }
    }, PackedPolicyTooLargeException = class _PackedPolicyTooLargeException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#PackedPolicyTooLargeException";
      name = "PackedPolicyTooLargeException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PackedPolicyTooLargeException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _PackedPolicyTooLargeException.prototype);
      }
    }, RegionDisabledException = class _RegionDisabledException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#RegionDisabledException";
      name = "RegionDisabledException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RegionDisabledException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _RegionDisabledException.prototype);
      }
    }, IDPRejectedClaimException = class _IDPRejectedClaimException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
      name = "IDPRejectedClaimException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IDPRejectedClaimException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IDPRejectedClaimException.prototype);
      }
    }, InvalidIdentityTokenException = class _InvalidIdentityTokenException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#InvalidIdentityTokenException";
      name = "InvalidIdentityTokenException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidIdentityTokenException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidIdentityTokenException.prototype);
      }
    }, IDPCommunicationErrorException = class _IDPCommunicationErrorException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#IDPCommunicationErrorException";
      name = "IDPCommunicationErrorException";
      $fault = "client";
      $retryable = {};
      constructor(opts) {
        super({
          name: "IDPCommunicationErrorException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IDPCommunicationErrorException.prototype);
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/schemas/schemas_0.js
var _A, _AKI, _AR, _ARI, _ARR, _ARRs, _ARU, _ARWWI, _ARWWIR, _ARWWIRs, _Au, _C, _CA, _DS, _E, _EI, _ETE2, _FPA, _I, _ICAE, _IDPCEE, _IDPRCE, _IITE, _IP, _K, _MPDE, _MSTS, _OI, _P, _PA, _PAr, _PC, _PCLT, _PCr, _PDT, _PI, _PPS, _PPTLE, _Pr, _RA, _RDE, _RSN, _S, _SAK, _SFWIT, _SI, _SN, _ST, _STS, _STU, _STu, _T, _TC, _TCr, _TIPC, _TTK, _Ta, _V, _WIT, _a, _aKST, _aQE, _c3, _cTT, _e3, _hE3, _m2, _oIIT, _oIST, _oISTT, _pDLT, _s3, _tCIPMT, _tCVT, _tLT, n03, _s_registry3, STSServiceException$, n0_registry3, ExpiredTokenException$2, IDPCommunicationErrorException$, IDPRejectedClaimException$, InvalidContextAssertionException$, InvalidIdentityTokenException$, MalformedPolicyDocumentException$, PackedPolicyTooLargeException$, RegionDisabledException$, errorTypeRegistries3, accessKeySecretType, clientTokenType, originIdentityIssuerType, originIdentitySubjectType, originIdentitySubjectTypeType, transactionContextValueType, AssumedRoleUser$, AssumeRoleRequest$, AssumeRoleResponse$, AssumeRoleWithWebIdentityRequest$, AssumeRoleWithWebIdentityResponse$, Credentials$, OriginIdentity$, PolicyDescriptorType$, ProvidedContext$, Tag$, TransactionContext$, TrustedIdentityPropagationContext$, policyDescriptorListType, ProvidedContextsListType, tagListType, transactionContextIdentityProviderMapType, AssumeRole$, AssumeRoleWithWebIdentity$, init_schemas_03 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/schemas/schemas_0.js"() {
    init_schema();
    init_errors3();
    init_STSServiceException();
    _A = "Arn", _AKI = "AccessKeyId", _AR = "AssumeRole", _ARI = "AssumedRoleId", _ARR = "AssumeRoleRequest", _ARRs = "AssumeRoleResponse", _ARU = "AssumedRoleUser", _ARWWI = "AssumeRoleWithWebIdentity", _ARWWIR = "AssumeRoleWithWebIdentityRequest", _ARWWIRs = "AssumeRoleWithWebIdentityResponse", _Au = "Audience", _C = "Credentials", _CA = "ContextAssertion", _DS = "DurationSeconds", _E = "Expiration", _EI = "ExternalId", _ETE2 = "ExpiredTokenException", _FPA = "FederatedProviderArn", _I = "Issuer", _ICAE = "InvalidContextAssertionException", _IDPCEE = "IDPCommunicationErrorException", _IDPRCE = "IDPRejectedClaimException", _IITE = "InvalidIdentityTokenException", _IP = "IdentityProvider", _K = "Key", _MPDE = "MalformedPolicyDocumentException", _MSTS = "MinimumSessionTokenSize", _OI = "OriginIdentity", _P = "Policy", _PA = "PolicyArns", _PAr = "ProviderArn", _PC = "ProvidedContexts", _PCLT = "ProvidedContextsListType", _PCr = "ProvidedContext", _PDT = "PolicyDescriptorType", _PI = "ProviderId", _PPS = "PackedPolicySize", _PPTLE = "PackedPolicyTooLargeException", _Pr = "Provider", _RA = "RoleArn", _RDE = "RegionDisabledException", _RSN = "RoleSessionName", _S = "Subject", _SAK = "SecretAccessKey", _SFWIT = "SubjectFromWebIdentityToken", _SI = "SourceIdentity", _SN = "SerialNumber", _ST = "SessionToken", _STS = "SessionTokenSize", _STU = "SessionTokenUtilization", _STu = "SubjectType", _T = "Tags", _TC = "TokenCode", _TCr = "TransactionContext", _TIPC = "TrustedIdentityPropagationContext", _TTK = "TransitiveTagKeys", _Ta = "Tag", _V = "Value", _WIT = "WebIdentityToken", _a = "arn", _aKST = "accessKeySecretType", _aQE = "awsQueryError", _c3 = "client", _cTT = "clientTokenType", _e3 = "error", _hE3 = "httpError", _m2 = "message", _oIIT = "originIdentityIssuerType", _oIST = "originIdentitySubjectType", _oISTT = "originIdentitySubjectTypeType", _pDLT = "policyDescriptorListType", _s3 = "smithy.ts.sdk.synthetic.com.amazonaws.sts", _tCIPMT = "transactionContextIdentityProviderMapType", _tCVT = "transactionContextValueType", _tLT = "tagListType", n03 = "com.amazonaws.sts", _s_registry3 = new TypeRegistry(_s3), STSServiceException$ = [-3, _s3, "STSServiceException", 0, [], []];
    _s_registry3.registerError(STSServiceException$, STSServiceException);
    n0_registry3 = new TypeRegistry(n03), ExpiredTokenException$2 = [
      -3,
      n03,
      _ETE2,
      { [_aQE]: ["ExpiredTokenException", 400], [_e3]: _c3, [_hE3]: 400 },
      [_m2],
      [0]
    ];
    n0_registry3.registerError(ExpiredTokenException$2, ExpiredTokenException2);
    IDPCommunicationErrorException$ = [
      -3,
      n03,
      _IDPCEE,
      { [_aQE]: ["IDPCommunicationError", 400], [_e3]: _c3, [_hE3]: 400 },
      [_m2],
      [0]
    ];
    n0_registry3.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
    IDPRejectedClaimException$ = [
      -3,
      n03,
      _IDPRCE,
      { [_aQE]: ["IDPRejectedClaim", 403], [_e3]: _c3, [_hE3]: 403 },
      [_m2],
      [0]
    ];
    n0_registry3.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
    InvalidContextAssertionException$ = [
      -3,
      n03,
      _ICAE,
      { [_aQE]: ["InvalidContextAssertion", 400], [_e3]: _c3, [_hE3]: 400 },
      [_m2],
      [0]
    ];
    n0_registry3.registerError(InvalidContextAssertionException$, InvalidContextAssertionException);
    InvalidIdentityTokenException$ = [
      -3,
      n03,
      _IITE,
      { [_aQE]: ["InvalidIdentityToken", 400], [_e3]: _c3, [_hE3]: 400 },
      [_m2],
      [0]
    ];
    n0_registry3.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
    MalformedPolicyDocumentException$ = [
      -3,
      n03,
      _MPDE,
      { [_aQE]: ["MalformedPolicyDocument", 400], [_e3]: _c3, [_hE3]: 400 },
      [_m2],
      [0]
    ];
    n0_registry3.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    PackedPolicyTooLargeException$ = [
      -3,
      n03,
      _PPTLE,
      { [_aQE]: ["PackedPolicyTooLarge", 400], [_e3]: _c3, [_hE3]: 400 },
      [_m2],
      [0]
    ];
    n0_registry3.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
    RegionDisabledException$ = [
      -3,
      n03,
      _RDE,
      { [_aQE]: ["RegionDisabledException", 403], [_e3]: _c3, [_hE3]: 403 },
      [_m2],
      [0]
    ];
    n0_registry3.registerError(RegionDisabledException$, RegionDisabledException);
    errorTypeRegistries3 = [
      _s_registry3,
      n0_registry3
    ], accessKeySecretType = [0, n03, _aKST, 8, 0], clientTokenType = [0, n03, _cTT, 8, 0], originIdentityIssuerType = [0, n03, _oIIT, 8, 0], originIdentitySubjectType = [0, n03, _oIST, 8, 0], originIdentitySubjectTypeType = [0, n03, _oISTT, 8, 0], transactionContextValueType = [0, n03, _tCVT, 8, 0], AssumedRoleUser$ = [
      3,
      n03,
      _ARU,
      0,
      [_ARI, _A],
      [0, 0],
      2
    ], AssumeRoleRequest$ = [
      3,
      n03,
      _ARR,
      0,
      [_RA, _RSN, _PA, _P, _DS, _T, _TTK, _EI, _SN, _TC, _SI, _PC, _MSTS],
      [0, 0, () => policyDescriptorListType, 0, 1, () => tagListType, 64, 0, 0, 0, 0, () => ProvidedContextsListType, 1],
      2
    ], AssumeRoleResponse$ = [
      3,
      n03,
      _ARRs,
      0,
      [_C, _ARU, _PPS, _SI, _STU, _STS],
      [[() => Credentials$, 0], () => AssumedRoleUser$, 1, 0, 1, 1]
    ], AssumeRoleWithWebIdentityRequest$ = [
      3,
      n03,
      _ARWWIR,
      0,
      [_RA, _RSN, _WIT, _PI, _PA, _P, _DS, _MSTS],
      [0, 0, [() => clientTokenType, 0], 0, () => policyDescriptorListType, 0, 1, 1],
      3
    ], AssumeRoleWithWebIdentityResponse$ = [
      3,
      n03,
      _ARWWIRs,
      0,
      [_C, _SFWIT, _ARU, _PPS, _Pr, _Au, _SI, _STU, _STS, _TIPC],
      [[() => Credentials$, 0], 0, () => AssumedRoleUser$, 1, 0, 0, 0, 1, 1, [() => TrustedIdentityPropagationContext$, 0]]
    ], Credentials$ = [
      3,
      n03,
      _C,
      0,
      [_AKI, _SAK, _ST, _E],
      [0, [() => accessKeySecretType, 0], 0, 4],
      4
    ], OriginIdentity$ = [
      3,
      n03,
      _OI,
      0,
      [_S, _STu, _I, _FPA],
      [[() => originIdentitySubjectType, 0], [() => originIdentitySubjectTypeType, 0], [() => originIdentityIssuerType, 0], 0]
    ], PolicyDescriptorType$ = [
      3,
      n03,
      _PDT,
      0,
      [_a],
      [0]
    ], ProvidedContext$ = [
      3,
      n03,
      _PCr,
      0,
      [_PAr, _CA],
      [0, 0]
    ], Tag$ = [
      3,
      n03,
      _Ta,
      0,
      [_K, _V],
      [0, 0],
      2
    ], TransactionContext$ = [
      3,
      n03,
      _TCr,
      0,
      [_IP],
      [[() => transactionContextIdentityProviderMapType, 0]]
    ], TrustedIdentityPropagationContext$ = [
      3,
      n03,
      _TIPC,
      8,
      [_OI, _TCr],
      [[() => OriginIdentity$, 0], [() => TransactionContext$, 0]]
    ], policyDescriptorListType = [
      1,
      n03,
      _pDLT,
      0,
      () => PolicyDescriptorType$
    ], ProvidedContextsListType = [
      1,
      n03,
      _PCLT,
      0,
      () => ProvidedContext$
    ], tagListType = [
      1,
      n03,
      _tLT,
      0,
      () => Tag$
    ], transactionContextIdentityProviderMapType = [
      2,
      n03,
      _tCIPMT,
      0,
      [
        0,
        0
      ],
      [
        () => transactionContextValueType,
        0
      ]
    ], AssumeRole$ = [
      9,
      n03,
      _AR,
      0,
      () => AssumeRoleRequest$,
      () => AssumeRoleResponse$
    ], AssumeRoleWithWebIdentity$ = [
      9,
      n03,
      _ARWWI,
      0,
      () => AssumeRoleWithWebIdentityRequest$,
      () => AssumeRoleWithWebIdentityResponse$
    ];
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/runtimeConfig.shared.js
var import_signature_v4_multi_region2, getRuntimeConfig5, init_runtimeConfig_shared3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/runtimeConfig.shared.js"() {
    init_httpAuthSchemes2();
    init_protocols2();
    import_signature_v4_multi_region2 = __toESM(require_dist_cjs3());
    init_dist_es();
    init_checksum();
    init_client();
    init_protocols();
    init_serde();
    init_httpAuthSchemeProvider3();
    init_endpointResolver3();
    init_schemas_03();
    getRuntimeConfig5 = (config) => ({
      apiVersion: "2011-06-15",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver3,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
          signer: new AwsSdkSigV4Signer()
        },
        {
          schemeId: "aws.auth#sigv4a",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
          signer: new AwsSdkSigV4ASigner()
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new NoAuthSigner()
        }
      ],
      logger: config?.logger ?? new NoOpLogger(),
      protocol: config?.protocol ?? AwsQueryProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sts",
        errorTypeRegistries: errorTypeRegistries3,
        xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
        version: "2011-06-15",
        serviceTarget: "AWSSecurityTokenServiceV20110615"
      },
      serviceId: config?.serviceId ?? "STS",
      sha256: config?.sha256 ?? Sha256Node,
      signerConstructor: config?.signerConstructor ?? import_signature_v4_multi_region2.SignatureV4MultiRegion,
      urlParser: config?.urlParser ?? parseUrl,
      utf8Decoder: config?.utf8Decoder ?? fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? toUtf8
    });
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/runtimeConfig.js
var import_node_http_handler3, getRuntimeConfig6, init_runtimeConfig3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/runtimeConfig.js"() {
    init_package();
    init_client2();
    init_httpAuthSchemes2();
    init_dist_es();
    init_client();
    init_config();
    init_retry();
    init_serde();
    import_node_http_handler3 = __toESM(require_dist_cjs5());
    init_runtimeConfig_shared3();
    getRuntimeConfig6 = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      let defaultsMode = resolveDefaultsModeConfig(config), defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode), clientSharedValues = getRuntimeConfig5(config);
      emitWarningIfUnsupportedVersion2(process.version);
      let loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4") || (async (idProps) => await config.credentialDefaultProvider(idProps?.__config || {})()),
            signer: new AwsSdkSigV4Signer()
          },
          {
            schemeId: "aws.auth#sigv4a",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
            signer: new AwsSdkSigV4ASigner()
          },
          {
            schemeId: "smithy.api#noAuth",
            identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
            signer: new NoAuthSigner()
          }
        ],
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: import_node_http_handler3.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
        streamCollector: config?.streamCollector ?? import_node_http_handler3.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration3, resolveHttpAuthRuntimeConfig3, init_httpAuthExtensionConfiguration3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/auth/httpAuthExtensionConfiguration.js"() {
    getHttpAuthExtensionConfiguration3 = (runtimeConfig) => {
      let _httpAuthSchemes = runtimeConfig.httpAuthSchemes, _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider, _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          let index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          index === -1 ? _httpAuthSchemes.push(httpAuthScheme) : _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    }, resolveHttpAuthRuntimeConfig3 = (config) => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/runtimeExtensions.js
var resolveRuntimeExtensions3, init_runtimeExtensions3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/runtimeExtensions.js"() {
    init_client2();
    init_client();
    init_protocols();
    init_httpAuthExtensionConfiguration3();
    resolveRuntimeExtensions3 = (runtimeConfig, extensions) => {
      let extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration3(runtimeConfig));
      return extensions.forEach((extension) => extension.configure(extensionConfiguration)), Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig3(extensionConfiguration));
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/STSClient.js
var STSClient, init_STSClient = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/STSClient.js"() {
    init_client2();
    init_dist_es();
    init_client();
    init_config();
    init_endpoints();
    init_protocols();
    init_retry();
    init_schema();
    init_httpAuthSchemeProvider3();
    init_EndpointParameters3();
    init_runtimeConfig3();
    init_runtimeExtensions3();
    STSClient = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig6(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters3(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = _config_4, _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig3(_config_6), _config_8 = resolveRuntimeExtensions3(_config_7, configuration?.extensions || []);
        this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials,
            "aws.auth#sigv4a": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/commandBuilder.js
var command3, _ep03, _mw03, init_commandBuilder3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/commandBuilder.js"() {
    init_client();
    init_endpoints();
    init_EndpointParameters3();
    command3 = makeBuilder(commonParams3, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin), _ep03 = {}, _mw03 = (Command2, cs, config, o3) => [];
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/commands/AssumeRoleCommand.js
var AssumeRoleCommand, init_AssumeRoleCommand = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/commands/AssumeRoleCommand.js"() {
    init_commandBuilder3();
    init_schemas_03();
    AssumeRoleCommand = class extends command3(_ep03, _mw03, "AssumeRole", AssumeRole$) {
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/commands/AssumeRoleWithWebIdentityCommand.js
var AssumeRoleWithWebIdentityCommand, init_AssumeRoleWithWebIdentityCommand = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/commands/AssumeRoleWithWebIdentityCommand.js"() {
    init_commandBuilder3();
    init_schemas_03();
    AssumeRoleWithWebIdentityCommand = class extends command3(_ep03, _mw03, "AssumeRoleWithWebIdentity", AssumeRoleWithWebIdentity$) {
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/STS.js
var commands3, STS, init_STS = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/STS.js"() {
    init_client();
    init_AssumeRoleCommand();
    init_AssumeRoleWithWebIdentityCommand();
    init_STSClient();
    commands3 = {
      AssumeRoleCommand,
      AssumeRoleWithWebIdentityCommand
    }, STS = class extends STSClient {
    };
    createAggregatedClient(commands3, STS);
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/commands/index.js
var init_commands3 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/commands/index.js"() {
    init_AssumeRoleCommand();
    init_AssumeRoleWithWebIdentityCommand();
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/models/models_0.js
var init_models_03 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/models/models_0.js"() {
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/defaultStsRoleAssumers.js
var getAccountIdFromAssumedRoleUser, resolveRegion, getDefaultRoleAssumer, getDefaultRoleAssumerWithWebIdentity, isH2, init_defaultStsRoleAssumers = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/defaultStsRoleAssumers.js"() {
    init_client2();
    init_AssumeRoleCommand();
    init_AssumeRoleWithWebIdentityCommand();
    getAccountIdFromAssumedRoleUser = (assumedRoleUser) => {
      if (typeof assumedRoleUser?.Arn == "string") {
        let arnComponents = assumedRoleUser.Arn.split(":");
        if (arnComponents.length > 4 && arnComponents[4] !== "")
          return arnComponents[4];
      }
    }, resolveRegion = async (_region, _parentRegion, credentialProviderLogger, loaderConfig = {}) => {
      let region = typeof _region == "function" ? await _region() : _region, parentRegion = typeof _parentRegion == "function" ? await _parentRegion() : _parentRegion, stsDefaultRegion = "", resolvedRegion = region ?? parentRegion ?? (stsDefaultRegion = await stsRegionDefaultResolver(loaderConfig)());
      return credentialProviderLogger?.debug?.("@aws-sdk/client-sts::resolveRegion", "accepting first of:", `${region} (credential provider clientConfig)`, `${parentRegion} (contextual client)`, `${stsDefaultRegion} (STS default: AWS_REGION, profile region, or us-east-1)`), resolvedRegion;
    }, getDefaultRoleAssumer = (stsOptions, STSClient2) => {
      let stsClient, closureSourceCreds;
      return async (sourceCreds, params) => {
        if (closureSourceCreds = sourceCreds, !stsClient) {
          let { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions, resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
            logger,
            profile
          }), isCompatibleRequestHandler = !isH2(requestHandler);
          stsClient = new STSClient2({
            ...stsOptions,
            userAgentAppId,
            profile,
            credentialDefaultProvider: () => async () => closureSourceCreds,
            region: resolvedRegion,
            requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
            logger
          });
        }
        let { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey)
          throw new Error(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`);
        let accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser), credentials = {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
          ...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
          ...accountId && { accountId }
        };
        return setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE", "i"), credentials;
      };
    }, getDefaultRoleAssumerWithWebIdentity = (stsOptions, STSClient2) => {
      let stsClient;
      return async (params) => {
        if (!stsClient) {
          let { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions, resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
            logger,
            profile
          }), isCompatibleRequestHandler = !isH2(requestHandler);
          stsClient = new STSClient2({
            ...stsOptions,
            userAgentAppId,
            profile,
            region: resolvedRegion,
            requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
            logger
          });
        }
        let { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleWithWebIdentityCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey)
          throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${params.RoleArn}`);
        let accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser), credentials = {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
          ...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
          ...accountId && { accountId }
        };
        return accountId && setCredentialFeature(credentials, "RESOLVED_ACCOUNT_ID", "T"), setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k"), credentials;
      };
    }, isH2 = (requestHandler) => requestHandler?.metadata?.handlerProtocol === "h2";
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/defaultRoleAssumers.js
var getCustomizableStsClientCtor, getDefaultRoleAssumer2, getDefaultRoleAssumerWithWebIdentity2, decorateDefaultCredentialProvider, init_defaultRoleAssumers = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/defaultRoleAssumers.js"() {
    init_defaultStsRoleAssumers();
    init_STSClient();
    getCustomizableStsClientCtor = (baseCtor, customizations) => customizations ? class extends baseCtor {
      constructor(config) {
        super(config);
        for (let customization of customizations)
          this.middlewareStack.use(customization);
      }
    } : baseCtor, getDefaultRoleAssumer2 = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumer(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins)), getDefaultRoleAssumerWithWebIdentity2 = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumerWithWebIdentity(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins)), decorateDefaultCredentialProvider = (provider) => (input) => provider({
      roleAssumer: getDefaultRoleAssumer2(input),
      roleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity2(input),
      ...input
    });
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/index.js
var sts_exports = {};
__export(sts_exports, {
  $Command: () => Command,
  AssumeRole$: () => AssumeRole$,
  AssumeRoleCommand: () => AssumeRoleCommand,
  AssumeRoleRequest$: () => AssumeRoleRequest$,
  AssumeRoleResponse$: () => AssumeRoleResponse$,
  AssumeRoleWithWebIdentity$: () => AssumeRoleWithWebIdentity$,
  AssumeRoleWithWebIdentityCommand: () => AssumeRoleWithWebIdentityCommand,
  AssumeRoleWithWebIdentityRequest$: () => AssumeRoleWithWebIdentityRequest$,
  AssumeRoleWithWebIdentityResponse$: () => AssumeRoleWithWebIdentityResponse$,
  AssumedRoleUser$: () => AssumedRoleUser$,
  Credentials$: () => Credentials$,
  ExpiredTokenException: () => ExpiredTokenException2,
  ExpiredTokenException$: () => ExpiredTokenException$2,
  IDPCommunicationErrorException: () => IDPCommunicationErrorException,
  IDPCommunicationErrorException$: () => IDPCommunicationErrorException$,
  IDPRejectedClaimException: () => IDPRejectedClaimException,
  IDPRejectedClaimException$: () => IDPRejectedClaimException$,
  InvalidContextAssertionException: () => InvalidContextAssertionException,
  InvalidContextAssertionException$: () => InvalidContextAssertionException$,
  InvalidIdentityTokenException: () => InvalidIdentityTokenException,
  InvalidIdentityTokenException$: () => InvalidIdentityTokenException$,
  MalformedPolicyDocumentException: () => MalformedPolicyDocumentException,
  MalformedPolicyDocumentException$: () => MalformedPolicyDocumentException$,
  OriginIdentity$: () => OriginIdentity$,
  PackedPolicyTooLargeException: () => PackedPolicyTooLargeException,
  PackedPolicyTooLargeException$: () => PackedPolicyTooLargeException$,
  PolicyDescriptorType$: () => PolicyDescriptorType$,
  ProvidedContext$: () => ProvidedContext$,
  RegionDisabledException: () => RegionDisabledException,
  RegionDisabledException$: () => RegionDisabledException$,
  STS: () => STS,
  STSClient: () => STSClient,
  STSServiceException: () => STSServiceException,
  STSServiceException$: () => STSServiceException$,
  Tag$: () => Tag$,
  TransactionContext$: () => TransactionContext$,
  TrustedIdentityPropagationContext$: () => TrustedIdentityPropagationContext$,
  __Client: () => Client,
  decorateDefaultCredentialProvider: () => decorateDefaultCredentialProvider,
  errorTypeRegistries: () => errorTypeRegistries3,
  getDefaultRoleAssumer: () => getDefaultRoleAssumer2,
  getDefaultRoleAssumerWithWebIdentity: () => getDefaultRoleAssumerWithWebIdentity2
});
var init_sts = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/index.js"() {
    init_STSClient();
    init_STS();
    init_commands3();
    init_client();
    init_schemas_03();
    init_errors3();
    init_models_03();
    init_defaultRoleAssumers();
    init_STSServiceException();
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/auth/httpAuthSchemeProvider.js
function createAwsAuthSigv4HttpAuthOption4(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "signin",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createSmithyApiNoAuthHttpAuthOption4(authParameters) {
  return {
    schemeId: "smithy.api#noAuth"
  };
}
var defaultSigninHttpAuthSchemeParametersProvider, defaultSigninHttpAuthSchemeProvider, resolveHttpAuthSchemeConfig4, init_httpAuthSchemeProvider4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/auth/httpAuthSchemeProvider.js"() {
    init_httpAuthSchemes2();
    init_client();
    defaultSigninHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    defaultSigninHttpAuthSchemeProvider = (authParameters) => {
      let options = [];
      return authParameters.operation === "CreateOAuth2Token" ? options.push(createSmithyApiNoAuthHttpAuthOption4(authParameters)) : options.push(createAwsAuthSigv4HttpAuthOption4(authParameters)), options;
    }, resolveHttpAuthSchemeConfig4 = (config) => {
      let config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/endpoint/EndpointParameters.js
var resolveClientEndpointParameters4, commonParams4, init_EndpointParameters4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/endpoint/EndpointParameters.js"() {
    resolveClientEndpointParameters4 = (options) => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? !1,
      useFipsEndpoint: options.useFipsEndpoint ?? !1,
      defaultSigningName: "signin"
    }), commonParams4 = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/endpoint/bdd.js
var s, a4, b4, c4, d4, e4, f4, g4, h4, i4, j4, k4, l2, m2, n2, o2, p2, q2, _data4, root4, r4, nodes4, bdd4, init_bdd4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/endpoint/bdd.js"() {
    init_endpoints();
    s = "ref", a4 = -1, b4 = !1, c4 = !0, d4 = "isSet", e4 = "booleanEquals", f4 = "coalesce", g4 = "PartitionResult", h4 = "stringEquals", i4 = "getAttr", j4 = "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}", k4 = { [s]: "Endpoint" }, l2 = { fn: i4, argv: [{ [s]: g4 }, "name"] }, m2 = { [s]: "Region" }, n2 = { [s]: g4 }, o2 = { authSchemes: [{ name: "sigv4", signingName: "signin", signingRegion: "{Region}" }] }, p2 = {}, q2 = [m2], _data4 = {
      conditions: [
        [d4, q2],
        [e4, [{ fn: f4, argv: [{ [s]: "IsControlPlane" }, b4] }, c4]],
        [d4, [k4]],
        ["aws.partition", q2, g4],
        [e4, [{ [s]: "UseFIPS" }, c4]],
        [h4, [l2, "aws"]],
        [e4, [{ fn: f4, argv: [{ [s]: "IsOAuthEndpoint" }, b4] }, c4]],
        [e4, [{ [s]: "UseDualStack" }, c4]],
        [h4, [l2, "aws-cn"]],
        [h4, [m2, "us-gov-west-1"]],
        [h4, [l2, "aws-us-gov"]],
        [e4, [{ fn: i4, argv: [n2, "supportsFIPS"] }, c4]],
        [h4, [l2, "aws-iso"]],
        [h4, [l2, "aws-iso-b"]],
        [h4, [l2, "aws-iso-f"]],
        [h4, [l2, "aws-iso-e"]],
        [h4, [l2, "aws-eusc"]],
        [e4, [{ fn: i4, argv: [n2, "supportsDualStack"] }, c4]]
      ],
      results: [
        [a4],
        ["https://signin.{Region}.api.aws", o2],
        ["https://signin.{Region}.api.amazonwebservices.com.cn", o2],
        [j4, o2],
        [a4, "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation."],
        ["https://{Region}.oauth.signin.aws", o2],
        ["https://{Region}.signin.aws.amazon.com", p2],
        ["https://{Region}.signin.amazonaws.cn", p2],
        ["https://{Region}.signin.amazonaws-us-gov.com", p2],
        ["https://{Region}.signin.c2shome.ic.gov", p2],
        ["https://{Region}.signin.sc2shome.sgov.gov", p2],
        ["https://{Region}.signin.csphome.hci.ic.gov", p2],
        ["https://{Region}.signin.csphome.adc-e.uk", p2],
        ["https://{Region}.signin.amazonaws-eusc.eu", p2],
        ["https://signin-fips.amazonaws-us-gov.com", p2],
        ["https://{Region}.signin-fips.amazonaws-us-gov.com", p2],
        ["https://{Region}.signin.{PartitionResult#dnsSuffix}", p2],
        [a4, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a4, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [k4, p2],
        ["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", p2],
        [a4, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}", p2],
        [a4, "FIPS is enabled but this partition does not support FIPS"],
        [j4, p2],
        [a4, "DualStack is enabled but this partition does not support DualStack"],
        ["https://signin.{Region}.{PartitionResult#dnsSuffix}", p2],
        [a4, "Invalid Configuration: Missing Region"]
      ]
    }, root4 = 2, r4 = 1e8, nodes4 = new Int32Array([
      -1,
      1,
      -1,
      0,
      6,
      3,
      2,
      36,
      4,
      4,
      5,
      r4 + 27,
      6,
      r4 + 4,
      r4 + 27,
      1,
      29,
      7,
      2,
      36,
      8,
      3,
      9,
      31,
      4,
      22,
      10,
      5,
      19,
      11,
      7,
      21,
      12,
      8,
      r4 + 7,
      13,
      10,
      r4 + 8,
      14,
      12,
      r4 + 9,
      15,
      13,
      r4 + 10,
      16,
      14,
      r4 + 11,
      17,
      15,
      r4 + 12,
      18,
      16,
      r4 + 13,
      r4 + 16,
      6,
      r4 + 5,
      20,
      7,
      21,
      r4 + 6,
      17,
      r4 + 24,
      r4 + 25,
      6,
      r4 + 4,
      23,
      7,
      27,
      24,
      9,
      r4 + 14,
      25,
      10,
      r4 + 15,
      26,
      11,
      r4 + 22,
      r4 + 23,
      11,
      28,
      r4 + 21,
      17,
      r4 + 20,
      r4 + 21,
      2,
      35,
      30,
      3,
      39,
      31,
      4,
      32,
      r4 + 27,
      6,
      r4 + 4,
      33,
      7,
      r4 + 27,
      34,
      9,
      r4 + 14,
      r4 + 27,
      3,
      39,
      36,
      4,
      38,
      37,
      7,
      r4 + 18,
      r4 + 19,
      6,
      r4 + 4,
      r4 + 17,
      5,
      r4 + 1,
      40,
      8,
      r4 + 2,
      r4 + 3
    ]), bdd4 = BinaryDecisionDiagram.from(nodes4, root4, _data4.conditions, _data4.results);
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/endpoint/endpointResolver.js
var cache4, defaultEndpointResolver4, init_endpointResolver4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/endpoint/endpointResolver.js"() {
    init_client2();
    init_endpoints();
    init_bdd4();
    cache4 = new EndpointCache({
      size: 50,
      params: ["Endpoint", "IsControlPlane", "IsOAuthEndpoint", "Region", "UseDualStack", "UseFIPS"]
    }), defaultEndpointResolver4 = (endpointParams, context = {}) => cache4.get(endpointParams, () => decideEndpoint(bdd4, {
      endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/models/SigninServiceException.js
var SigninServiceException, init_SigninServiceException = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/models/SigninServiceException.js"() {
    init_client();
    SigninServiceException = class _SigninServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _SigninServiceException.prototype);
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/models/errors.js
var AccessDeniedException2, InternalServerException2, TooManyRequestsError, ValidationException, init_errors4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/models/errors.js"() {
    init_SigninServiceException();
    AccessDeniedException2 = class _AccessDeniedException extends SigninServiceException {
      static shapeId = "com.amazonaws.signin#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      error;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _AccessDeniedException.prototype), this.error = opts.error;
      }
    }, InternalServerException2 = class _InternalServerException extends SigninServiceException {
      static shapeId = "com.amazonaws.signin#InternalServerException";
      name = "InternalServerException";
      $fault = "server";
      error;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        }), Object.setPrototypeOf(this, _InternalServerException.prototype), this.error = opts.error;
      }
    }, TooManyRequestsError = class _TooManyRequestsError extends SigninServiceException {
      static shapeId = "com.amazonaws.signin#TooManyRequestsError";
      name = "TooManyRequestsError";
      $fault = "client";
      error;
      constructor(opts) {
        super({
          name: "TooManyRequestsError",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _TooManyRequestsError.prototype), this.error = opts.error;
      }
    }, ValidationException = class _ValidationException extends SigninServiceException {
      static shapeId = "com.amazonaws.signin#ValidationException";
      name = "ValidationException";
      $fault = "client";
      error;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ValidationException.prototype), this.error = opts.error;
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/schemas/schemas_0.js
var _ADE2, _AT2, _COAT, _COATR, _COATRB, _COATRBr, _COATRr, _COATWIAM, _COATWIAMR, _COATWIAMRr, _ISE2, _OAAT, _RT2, _TMRE2, _VE, _aKI2, _aT3, _at, _c4, _cI2, _cV2, _co2, _e4, _eI2, _ei, _gT2, _gt, _h3, _hE4, _iT2, _jN, _m3, _r2, _rT2, _rU2, _s4, _sAK2, _sT2, _se2, _tI, _tO, _tT2, _tt, n04, _s_registry4, SigninServiceException$, n0_registry4, AccessDeniedException$2, InternalServerException$2, TooManyRequestsError$, ValidationException$, errorTypeRegistries4, OAuthAccessToken, RefreshToken2, AccessToken$, CreateOAuth2TokenRequest$, CreateOAuth2TokenRequestBody$, CreateOAuth2TokenResponse$, CreateOAuth2TokenResponseBody$, CreateOAuth2TokenWithIAMRequest$, CreateOAuth2TokenWithIAMResponse$, CreateOAuth2Token$, CreateOAuth2TokenWithIAM$, init_schemas_04 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/schemas/schemas_0.js"() {
    init_schema();
    init_errors4();
    init_SigninServiceException();
    _ADE2 = "AccessDeniedException", _AT2 = "AccessToken", _COAT = "CreateOAuth2Token", _COATR = "CreateOAuth2TokenRequest", _COATRB = "CreateOAuth2TokenRequestBody", _COATRBr = "CreateOAuth2TokenResponseBody", _COATRr = "CreateOAuth2TokenResponse", _COATWIAM = "CreateOAuth2TokenWithIAM", _COATWIAMR = "CreateOAuth2TokenWithIAMRequest", _COATWIAMRr = "CreateOAuth2TokenWithIAMResponse", _ISE2 = "InternalServerException", _OAAT = "OAuthAccessToken", _RT2 = "RefreshToken", _TMRE2 = "TooManyRequestsError", _VE = "ValidationException", _aKI2 = "accessKeyId", _aT3 = "accessToken", _at = "access_token", _c4 = "client", _cI2 = "clientId", _cV2 = "codeVerifier", _co2 = "code", _e4 = "error", _eI2 = "expiresIn", _ei = "expires_in", _gT2 = "grantType", _gt = "grant_type", _h3 = "http", _hE4 = "httpError", _iT2 = "idToken", _jN = "jsonName", _m3 = "message", _r2 = "resource", _rT2 = "refreshToken", _rU2 = "redirectUri", _s4 = "smithy.ts.sdk.synthetic.com.amazonaws.signin", _sAK2 = "secretAccessKey", _sT2 = "sessionToken", _se2 = "server", _tI = "tokenInput", _tO = "tokenOutput", _tT2 = "tokenType", _tt = "token_type", n04 = "com.amazonaws.signin", _s_registry4 = new TypeRegistry(_s4), SigninServiceException$ = [-3, _s4, "SigninServiceException", 0, [], []];
    _s_registry4.registerError(SigninServiceException$, SigninServiceException);
    n0_registry4 = new TypeRegistry(n04), AccessDeniedException$2 = [
      -3,
      n04,
      _ADE2,
      { [_e4]: _c4 },
      [_e4, _m3],
      [0, 0],
      2
    ];
    n0_registry4.registerError(AccessDeniedException$2, AccessDeniedException2);
    InternalServerException$2 = [
      -3,
      n04,
      _ISE2,
      { [_e4]: _se2, [_hE4]: 500 },
      [_e4, _m3],
      [0, 0],
      2
    ];
    n0_registry4.registerError(InternalServerException$2, InternalServerException2);
    TooManyRequestsError$ = [
      -3,
      n04,
      _TMRE2,
      { [_e4]: _c4, [_hE4]: 429 },
      [_e4, _m3],
      [0, 0],
      2
    ];
    n0_registry4.registerError(TooManyRequestsError$, TooManyRequestsError);
    ValidationException$ = [
      -3,
      n04,
      _VE,
      { [_e4]: _c4, [_hE4]: 400 },
      [_e4, _m3],
      [0, 0],
      2
    ];
    n0_registry4.registerError(ValidationException$, ValidationException);
    errorTypeRegistries4 = [
      _s_registry4,
      n0_registry4
    ], OAuthAccessToken = [0, n04, _OAAT, 8, 0], RefreshToken2 = [0, n04, _RT2, 8, 0], AccessToken$ = [
      3,
      n04,
      _AT2,
      8,
      [_aKI2, _sAK2, _sT2],
      [[0, { [_jN]: _aKI2 }], [0, { [_jN]: _sAK2 }], [0, { [_jN]: _sT2 }]],
      3
    ], CreateOAuth2TokenRequest$ = [
      3,
      n04,
      _COATR,
      0,
      [_tI],
      [[() => CreateOAuth2TokenRequestBody$, 16]],
      1
    ], CreateOAuth2TokenRequestBody$ = [
      3,
      n04,
      _COATRB,
      0,
      [_cI2, _gT2, _co2, _rU2, _cV2, _rT2],
      [[0, { [_jN]: _cI2 }], [0, { [_jN]: _gT2 }], 0, [0, { [_jN]: _rU2 }], [0, { [_jN]: _cV2 }], [() => RefreshToken2, { [_jN]: _rT2 }]],
      2
    ], CreateOAuth2TokenResponse$ = [
      3,
      n04,
      _COATRr,
      0,
      [_tO],
      [[() => CreateOAuth2TokenResponseBody$, 16]],
      1
    ], CreateOAuth2TokenResponseBody$ = [
      3,
      n04,
      _COATRBr,
      0,
      [_aT3, _tT2, _eI2, _rT2, _iT2],
      [[() => AccessToken$, { [_jN]: _aT3 }], [0, { [_jN]: _tT2 }], [1, { [_jN]: _eI2 }], [() => RefreshToken2, { [_jN]: _rT2 }], [0, { [_jN]: _iT2 }]],
      4
    ], CreateOAuth2TokenWithIAMRequest$ = [
      3,
      n04,
      _COATWIAMR,
      0,
      [_gT2, _r2],
      [[0, { [_jN]: _gt }], 0],
      2
    ], CreateOAuth2TokenWithIAMResponse$ = [
      3,
      n04,
      _COATWIAMRr,
      0,
      [_aT3, _tT2, _eI2],
      [[() => OAuthAccessToken, { [_jN]: _at }], [0, { [_jN]: _tt }], [1, { [_jN]: _ei }]],
      3
    ], CreateOAuth2Token$ = [
      9,
      n04,
      _COAT,
      { [_h3]: ["POST", "/v1/token", 200] },
      () => CreateOAuth2TokenRequest$,
      () => CreateOAuth2TokenResponse$
    ], CreateOAuth2TokenWithIAM$ = [
      9,
      n04,
      _COATWIAM,
      { [_h3]: ["POST", "/v1/token?x-amz-client-auth-method=iam", 200] },
      () => CreateOAuth2TokenWithIAMRequest$,
      () => CreateOAuth2TokenWithIAMResponse$
    ];
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/runtimeConfig.shared.js
var getRuntimeConfig7, init_runtimeConfig_shared4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/runtimeConfig.shared.js"() {
    init_httpAuthSchemes2();
    init_protocols2();
    init_dist_es();
    init_checksum();
    init_client();
    init_protocols();
    init_serde();
    init_httpAuthSchemeProvider4();
    init_endpointResolver4();
    init_schemas_04();
    getRuntimeConfig7 = (config) => ({
      apiVersion: "2023-01-01",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver4,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSigninHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
          signer: new AwsSdkSigV4Signer()
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new NoAuthSigner()
        }
      ],
      logger: config?.logger ?? new NoOpLogger(),
      protocol: config?.protocol ?? AwsRestJsonProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.signin",
        errorTypeRegistries: errorTypeRegistries4,
        version: "2023-01-01",
        serviceTarget: "Signin"
      },
      serviceId: config?.serviceId ?? "Signin",
      sha256: config?.sha256 ?? Sha256Node,
      urlParser: config?.urlParser ?? parseUrl,
      utf8Decoder: config?.utf8Decoder ?? fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? toUtf8
    });
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/runtimeConfig.js
var import_node_http_handler4, getRuntimeConfig8, init_runtimeConfig4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/runtimeConfig.js"() {
    init_package();
    init_client2();
    init_httpAuthSchemes2();
    init_client();
    init_config();
    init_retry();
    init_serde();
    import_node_http_handler4 = __toESM(require_dist_cjs5());
    init_runtimeConfig_shared4();
    getRuntimeConfig8 = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      let defaultsMode = resolveDefaultsModeConfig(config), defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode), clientSharedValues = getRuntimeConfig7(config);
      emitWarningIfUnsupportedVersion2(process.version);
      let loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: import_node_http_handler4.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? import_node_http_handler4.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration4, resolveHttpAuthRuntimeConfig4, init_httpAuthExtensionConfiguration4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/auth/httpAuthExtensionConfiguration.js"() {
    getHttpAuthExtensionConfiguration4 = (runtimeConfig) => {
      let _httpAuthSchemes = runtimeConfig.httpAuthSchemes, _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider, _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          let index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          index === -1 ? _httpAuthSchemes.push(httpAuthScheme) : _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    }, resolveHttpAuthRuntimeConfig4 = (config) => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    });
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/runtimeExtensions.js
var resolveRuntimeExtensions4, init_runtimeExtensions4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/runtimeExtensions.js"() {
    init_client2();
    init_client();
    init_protocols();
    init_httpAuthExtensionConfiguration4();
    resolveRuntimeExtensions4 = (runtimeConfig, extensions) => {
      let extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration4(runtimeConfig));
      return extensions.forEach((extension) => extension.configure(extensionConfiguration)), Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig4(extensionConfiguration));
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/SigninClient.js
var SigninClient, init_SigninClient = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/SigninClient.js"() {
    init_client2();
    init_dist_es();
    init_client();
    init_config();
    init_endpoints();
    init_protocols();
    init_retry();
    init_schema();
    init_httpAuthSchemeProvider4();
    init_EndpointParameters4();
    init_runtimeConfig4();
    init_runtimeExtensions4();
    SigninClient = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig8(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters4(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = _config_4, _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig4(_config_6), _config_8 = resolveRuntimeExtensions4(_config_7, configuration?.extensions || []);
        this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultSigninHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/commandBuilder.js
var command4, _ep04, _ep1, _mw04, init_commandBuilder4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/commandBuilder.js"() {
    init_client();
    init_endpoints();
    init_EndpointParameters4();
    command4 = makeBuilder(commonParams4, "Signin", "SigninClient", getEndpointPlugin), _ep04 = {
      IsControlPlane: { type: "staticContextParams", value: !1 }
    }, _ep1 = {
      IsOAuthEndpoint: { type: "staticContextParams", value: !0 }
    }, _mw04 = (Command2, cs, config, o3) => [];
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/commands/CreateOAuth2TokenCommand.js
var CreateOAuth2TokenCommand, init_CreateOAuth2TokenCommand = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/commands/CreateOAuth2TokenCommand.js"() {
    init_commandBuilder4();
    init_schemas_04();
    CreateOAuth2TokenCommand = class extends command4(_ep04, _mw04, "CreateOAuth2Token", CreateOAuth2Token$) {
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/commands/CreateOAuth2TokenWithIAMCommand.js
var CreateOAuth2TokenWithIAMCommand, init_CreateOAuth2TokenWithIAMCommand = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/commands/CreateOAuth2TokenWithIAMCommand.js"() {
    init_commandBuilder4();
    init_schemas_04();
    CreateOAuth2TokenWithIAMCommand = class extends command4(_ep1, _mw04, "CreateOAuth2TokenWithIAM", CreateOAuth2TokenWithIAM$) {
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/Signin.js
var commands4, Signin, init_Signin = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/Signin.js"() {
    init_client();
    init_CreateOAuth2TokenCommand();
    init_CreateOAuth2TokenWithIAMCommand();
    init_SigninClient();
    commands4 = {
      CreateOAuth2TokenCommand,
      CreateOAuth2TokenWithIAMCommand
    }, Signin = class extends SigninClient {
    };
    createAggregatedClient(commands4, Signin);
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/commands/index.js
var init_commands4 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/commands/index.js"() {
    init_CreateOAuth2TokenCommand();
    init_CreateOAuth2TokenWithIAMCommand();
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/models/enums.js
var OAuth2ErrorCode, init_enums2 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/models/enums.js"() {
    OAuth2ErrorCode = {
      AUTHCODE_EXPIRED: "AUTHCODE_EXPIRED",
      CONFLICT: "CONFLICT",
      INSUFFICIENT_PERMISSIONS: "INSUFFICIENT_PERMISSIONS",
      INVALID_REQUEST: "INVALID_REQUEST",
      OAUTH_INVALID_CLIENT: "invalid_client",
      OAUTH_INVALID_GRANT: "invalid_grant",
      OAUTH_INVALID_REQUEST: "invalid_request",
      OAUTH_INVALID_SCOPE: "invalid_scope",
      OAUTH_INVALID_TARGET: "invalid_target",
      OAUTH_RATE_EXCEEDED: "rate_exceeded",
      OAUTH_SERVICE_UNAVAILABLE: "service_unavailable",
      OAUTH_UNSUPPORTED_GRANT_TYPE: "unsupported_grant_type",
      RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
      SERVER_ERROR: "server_error",
      SERVICE_QUOTA_EXCEEDED: "SERVICE_QUOTA_EXCEEDED",
      TOKEN_EXPIRED: "TOKEN_EXPIRED",
      USER_CREDENTIALS_CHANGED: "USER_CREDENTIALS_CHANGED"
    };
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/models/models_0.js
var init_models_04 = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/models/models_0.js"() {
  }
});

// node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/index.js
var signin_exports = {};
__export(signin_exports, {
  $Command: () => Command,
  AccessDeniedException: () => AccessDeniedException2,
  AccessDeniedException$: () => AccessDeniedException$2,
  AccessToken$: () => AccessToken$,
  CreateOAuth2Token$: () => CreateOAuth2Token$,
  CreateOAuth2TokenCommand: () => CreateOAuth2TokenCommand,
  CreateOAuth2TokenRequest$: () => CreateOAuth2TokenRequest$,
  CreateOAuth2TokenRequestBody$: () => CreateOAuth2TokenRequestBody$,
  CreateOAuth2TokenResponse$: () => CreateOAuth2TokenResponse$,
  CreateOAuth2TokenResponseBody$: () => CreateOAuth2TokenResponseBody$,
  CreateOAuth2TokenWithIAM$: () => CreateOAuth2TokenWithIAM$,
  CreateOAuth2TokenWithIAMCommand: () => CreateOAuth2TokenWithIAMCommand,
  CreateOAuth2TokenWithIAMRequest$: () => CreateOAuth2TokenWithIAMRequest$,
  CreateOAuth2TokenWithIAMResponse$: () => CreateOAuth2TokenWithIAMResponse$,
  InternalServerException: () => InternalServerException2,
  InternalServerException$: () => InternalServerException$2,
  OAuth2ErrorCode: () => OAuth2ErrorCode,
  Signin: () => Signin,
  SigninClient: () => SigninClient,
  SigninServiceException: () => SigninServiceException,
  SigninServiceException$: () => SigninServiceException$,
  TooManyRequestsError: () => TooManyRequestsError,
  TooManyRequestsError$: () => TooManyRequestsError$,
  ValidationException: () => ValidationException,
  ValidationException$: () => ValidationException$,
  __Client: () => Client,
  errorTypeRegistries: () => errorTypeRegistries4
});
var init_signin = __esm({
  "node_modules/@aws-sdk/nested-clients/dist-es/submodules/signin/index.js"() {
    init_SigninClient();
    init_Signin();
    init_commands4();
    init_client();
    init_schemas_04();
    init_enums2();
    init_errors4();
    init_models_04();
    init_SigninServiceException();
  }
});

// node_modules/@aws-sdk/credential-provider-login/dist-cjs/index.js
var require_dist_cjs11 = __commonJS({
  "node_modules/@aws-sdk/credential-provider-login/dist-cjs/index.js"(exports) {
    var { setCredentialFeature: setCredentialFeature2 } = (init_client2(), __toCommonJS(client_exports2)), { CredentialsProviderError, parseKnownFiles, getProfileName } = (init_config(), __toCommonJS(config_exports)), { HttpRequest: HttpRequest2 } = (init_protocols(), __toCommonJS(protocols_exports)), { createHash, createPrivateKey, createPublicKey, sign } = require_node_crypto(), { promises } = require_node_fs(), { homedir } = require_node_os(), { dirname, join } = require_node_path(), LoginCredentialsFetcher = class _LoginCredentialsFetcher {
      profileData;
      init;
      callerClientConfig;
      static REFRESH_THRESHOLD = 300 * 1e3;
      constructor(profileData, init, callerClientConfig) {
        this.profileData = profileData, this.init = init, this.callerClientConfig = callerClientConfig;
      }
      async loadCredentials() {
        let token = await this.loadToken();
        if (!token)
          throw new CredentialsProviderError(`Failed to load a token for session ${this.loginSession}, please re-authenticate using aws login`, { tryNextLink: !1, logger: this.logger });
        let accessToken = token.accessToken, now = Date.now();
        return new Date(accessToken.expiresAt).getTime() - now <= _LoginCredentialsFetcher.REFRESH_THRESHOLD ? this.refresh(token) : this.toCredentials(token.accessToken);
      }
      get logger() {
        return this.init?.logger;
      }
      get loginSession() {
        return this.profileData.login_session;
      }
      toCredentials(token) {
        return {
          accessKeyId: token.accessKeyId,
          secretAccessKey: token.secretAccessKey,
          sessionToken: token.sessionToken,
          accountId: token.accountId,
          expiration: new Date(token.expiresAt)
        };
      }
      async refresh(token) {
        let diskToken = await this.loadToken().catch(() => token), now = Date.now(), diskExpiry = new Date(diskToken.accessToken.expiresAt).getTime(), tokenExpiry = new Date(token.accessToken.expiresAt).getTime(), freshToken = diskExpiry <= now && tokenExpiry > now ? token : diskToken;
        if (new Date(freshToken.accessToken.expiresAt).getTime() - Date.now() > _LoginCredentialsFetcher.REFRESH_THRESHOLD)
          return this.toCredentials(freshToken.accessToken);
        let { SigninClient: SigninClient2, CreateOAuth2TokenCommand: CreateOAuth2TokenCommand2 } = (init_signin(), __toCommonJS(signin_exports)), { logger, userAgentAppId } = this.callerClientConfig ?? {}, requestHandler = ((requestHandler2) => requestHandler2?.metadata?.handlerProtocol === "h2")(this.callerClientConfig?.requestHandler) ? void 0 : this.callerClientConfig?.requestHandler, signInRegion = typeof freshToken.signInRegion == "string" && freshToken.signInRegion.length > 0 ? freshToken.signInRegion : void 0, region = signInRegion ?? this.profileData.region ?? await this.callerClientConfig?.region?.() ?? process.env.AWS_REGION, client = new SigninClient2({
          credentials: {
            accessKeyId: "",
            secretAccessKey: ""
          },
          region,
          requestHandler,
          logger,
          userAgentAppId,
          ...this.init?.clientConfig,
          ...signInRegion && { region: signInRegion }
        });
        this.createDPoPInterceptor(client.middlewareStack);
        let commandInput = {
          tokenInput: {
            clientId: freshToken.clientId,
            refreshToken: freshToken.refreshToken,
            grantType: "refresh_token"
          }
        };
        try {
          let response = await client.send(new CreateOAuth2TokenCommand2(commandInput)), { accessKeyId, secretAccessKey, sessionToken } = response.tokenOutput?.accessToken ?? {}, { refreshToken, expiresIn } = response.tokenOutput ?? {};
          if (!accessKeyId || !secretAccessKey || !sessionToken || !refreshToken)
            throw new CredentialsProviderError("Token refresh response missing required fields", {
              logger: this.logger,
              tryNextLink: !1
            });
          let expiresInMs = (expiresIn ?? 900) * 1e3, expiration = new Date(Date.now() + expiresInMs), updatedToken = {
            ...freshToken,
            accessToken: {
              ...freshToken.accessToken,
              accessKeyId,
              secretAccessKey,
              sessionToken,
              expiresAt: expiration.toISOString()
            },
            refreshToken
          };
          return await this.saveToken(updatedToken), this.toCredentials(updatedToken.accessToken);
        } catch (error) {
          if (error.name === "AccessDeniedException") {
            let errorType = error.error, message;
            switch (errorType) {
              case "TOKEN_EXPIRED":
                message = "Your session has expired. Please reauthenticate.";
                break;
              case "USER_CREDENTIALS_CHANGED":
                message = "Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password.";
                break;
              case "INSUFFICIENT_PERMISSIONS":
                message = "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";
                break;
              default:
                message = `Failed to refresh token: ${String(error)}. Please re-authenticate using \`aws login\``;
            }
            throw new CredentialsProviderError(message, {
              logger: this.logger,
              tryNextLink: !1
            });
          }
          if (new Date(freshToken.accessToken.expiresAt).getTime() > Date.now())
            return this.logger?.warn?.(`Failed to refresh token: ${String(error)}. Using existing token until expiry.`), this.toCredentials(freshToken.accessToken);
          throw new CredentialsProviderError(`Failed to refresh token: ${String(error)}. Please re-authenticate using aws login`, { logger: this.logger });
        }
      }
      async loadToken() {
        let tokenFilePath = this.getTokenFilePath();
        try {
          let tokenData = await promises.readFile(tokenFilePath, "utf8"), token = JSON.parse(tokenData), missingFields = ["accessToken", "clientId", "refreshToken", "dpopKey"].filter((k5) => !token[k5]);
          if (token.accessToken?.accountId || missingFields.push("accountId"), missingFields.length > 0)
            throw new CredentialsProviderError(`Token validation failed, missing fields: ${missingFields.join(", ")}`, {
              logger: this.logger,
              tryNextLink: !1
            });
          return token;
        } catch (error) {
          throw new CredentialsProviderError(`Failed to load token from ${tokenFilePath}: ${String(error)}`, {
            logger: this.logger,
            tryNextLink: !1
          });
        }
      }
      async saveToken(token) {
        let tokenFilePath = this.getTokenFilePath(), directory = dirname(tokenFilePath);
        try {
          await promises.mkdir(directory, { recursive: !0 });
        } catch {
        }
        await promises.writeFile(tokenFilePath, JSON.stringify(token, null, 2), "utf8");
      }
      getTokenFilePath() {
        let directory = process.env.AWS_LOGIN_CACHE_DIRECTORY ?? join(homedir(), ".aws", "login", "cache"), loginSessionBytes = Buffer.from(this.loginSession, "utf8"), loginSessionSha256 = createHash("sha256").update(loginSessionBytes).digest("hex");
        return join(directory, `${loginSessionSha256}.json`);
      }
      derToRawSignature(derSignature) {
        let offset = 2;
        if (derSignature[offset] !== 2)
          throw new Error("Invalid DER signature");
        offset++;
        let rLength = derSignature[offset++], r5 = derSignature.subarray(offset, offset + rLength);
        if (offset += rLength, derSignature[offset] !== 2)
          throw new Error("Invalid DER signature");
        offset++;
        let sLength = derSignature[offset++], s2 = derSignature.subarray(offset, offset + sLength);
        r5 = r5[0] === 0 ? r5.subarray(1) : r5, s2 = s2[0] === 0 ? s2.subarray(1) : s2;
        let rPadded = Buffer.concat([Buffer.alloc(32 - r5.length), r5]), sPadded = Buffer.concat([Buffer.alloc(32 - s2.length), s2]);
        return Buffer.concat([rPadded, sPadded]);
      }
      createDPoPInterceptor(middlewareStack) {
        middlewareStack.add((next) => async (args) => {
          if (HttpRequest2.isInstance(args.request)) {
            let request = args.request, actualEndpoint = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`, dpop = await this.generateDpop(request.method, actualEndpoint);
            request.headers = {
              ...request.headers,
              DPoP: dpop
            };
          }
          return next(args);
        }, {
          step: "finalizeRequest",
          name: "dpopInterceptor",
          override: !0
        });
      }
      async generateDpop(method = "POST", endpoint) {
        let token = await this.loadToken();
        try {
          let privateKey = createPrivateKey({
            key: token.dpopKey,
            format: "pem",
            type: "sec1"
          }), publicDer = createPublicKey(privateKey).export({ format: "der", type: "spki" }), pointStart = -1;
          for (let i5 = 0; i5 < publicDer.length; i5++)
            if (publicDer[i5] === 4) {
              pointStart = i5;
              break;
            }
          let x = publicDer.slice(pointStart + 1, pointStart + 33), y = publicDer.slice(pointStart + 33, pointStart + 65), header = {
            alg: "ES256",
            typ: "dpop+jwt",
            jwk: {
              kty: "EC",
              crv: "P-256",
              x: x.toString("base64url"),
              y: y.toString("base64url")
            }
          }, payload2 = {
            jti: crypto.randomUUID(),
            htm: method,
            htu: endpoint,
            iat: Math.floor(Date.now() / 1e3)
          }, headerB64 = Buffer.from(JSON.stringify(header)).toString("base64url"), payloadB64 = Buffer.from(JSON.stringify(payload2)).toString("base64url"), message = `${headerB64}.${payloadB64}`, asn1Signature = sign("sha256", Buffer.from(message), privateKey), signatureB64 = this.derToRawSignature(asn1Signature).toString("base64url");
          return `${message}.${signatureB64}`;
        } catch (error) {
          throw new CredentialsProviderError(`Failed to generate Dpop proof: ${error instanceof Error ? error.message : String(error)}`, { logger: this.logger, tryNextLink: !1 });
        }
      }
    }, fromLoginCredentials = (init) => async ({ callerClientConfig } = {}) => {
      init?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");
      let profiles = await parseKnownFiles(init || {}), profileName = getProfileName({
        profile: init?.profile ?? callerClientConfig?.profile
      }), profile = profiles[profileName];
      if (!profile?.login_session)
        throw new CredentialsProviderError(`Profile ${profileName} does not contain login_session.`, {
          tryNextLink: !0,
          logger: init?.logger
        });
      let credentials = await new LoginCredentialsFetcher(profile, init, callerClientConfig).loadCredentials();
      return setCredentialFeature2(credentials, "CREDENTIALS_LOGIN", "AD");
    };
    exports.fromLoginCredentials = fromLoginCredentials;
  }
});

// node_modules/@aws-sdk/credential-provider-process/dist-cjs/index.js
var require_dist_cjs12 = __commonJS({
  "node_modules/@aws-sdk/credential-provider-process/dist-cjs/index.js"(exports) {
    var { externalDataInterceptor, CredentialsProviderError, parseKnownFiles, getProfileName } = (init_config(), __toCommonJS(config_exports)), { exec } = require_node_child_process(), { promisify } = require_node_util(), { setCredentialFeature: setCredentialFeature2 } = (init_client2(), __toCommonJS(client_exports2)), getValidatedProcessCredentials = (profileName, data, profiles) => {
      if (data.Version !== 1)
        throw Error(`Profile ${profileName} credential_process did not return Version 1.`);
      if (data.AccessKeyId === void 0 || data.SecretAccessKey === void 0)
        throw Error(`Profile ${profileName} credential_process returned invalid credentials.`);
      if (data.Expiration) {
        let currentTime = /* @__PURE__ */ new Date();
        if (new Date(data.Expiration) < currentTime)
          throw Error(`Profile ${profileName} credential_process returned expired credentials.`);
      }
      let accountId = data.AccountId;
      !accountId && profiles?.[profileName]?.aws_account_id && (accountId = profiles[profileName].aws_account_id);
      let credentials = {
        accessKeyId: data.AccessKeyId,
        secretAccessKey: data.SecretAccessKey,
        ...data.SessionToken && { sessionToken: data.SessionToken },
        ...data.Expiration && { expiration: new Date(data.Expiration) },
        ...data.CredentialScope && { credentialScope: data.CredentialScope },
        ...accountId && { accountId }
      };
      return setCredentialFeature2(credentials, "CREDENTIALS_PROCESS", "w"), credentials;
    }, resolveProcessCredentials = async (profileName, profiles, logger) => {
      let profile = profiles[profileName];
      if (profiles[profileName]) {
        let credentialProcess = profile.credential_process;
        if (credentialProcess !== void 0) {
          let execPromise = promisify(externalDataInterceptor?.getTokenRecord?.().exec ?? exec);
          try {
            let { stdout } = await execPromise(credentialProcess), data;
            try {
              data = JSON.parse(stdout.trim());
            } catch {
              throw Error(`Profile ${profileName} credential_process returned invalid JSON.`);
            }
            return getValidatedProcessCredentials(profileName, data, profiles);
          } catch (error) {
            throw new CredentialsProviderError(error.message, { logger });
          }
        } else
          throw new CredentialsProviderError(`Profile ${profileName} did not contain credential_process.`, { logger });
      } else
        throw new CredentialsProviderError(`Profile ${profileName} could not be found in shared credentials file.`, {
          logger
        });
    }, fromProcess = (init = {}) => async ({ callerClientConfig } = {}) => {
      init.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");
      let profiles = await parseKnownFiles(init);
      return resolveProcessCredentials(getProfileName({
        profile: init.profile ?? callerClientConfig?.profile
      }), profiles, init.logger);
    };
    exports.fromProcess = fromProcess;
  }
});

// node_modules/@aws-sdk/credential-provider-web-identity/dist-cjs/index.js
var require_dist_cjs13 = __commonJS({
  "node_modules/@aws-sdk/credential-provider-web-identity/dist-cjs/index.js"(exports) {
    var { setCredentialFeature: setCredentialFeature2 } = (init_client2(), __toCommonJS(client_exports2)), { CredentialsProviderError, externalDataInterceptor } = (init_config(), __toCommonJS(config_exports)), { readFileSync } = require_node_fs(), fromWebToken = (init) => async (awsIdentityProperties) => {
      init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");
      let { roleArn, roleSessionName, webIdentityToken, providerId, policyArns, policy, durationSeconds } = init, { roleAssumerWithWebIdentity } = init;
      if (!roleAssumerWithWebIdentity) {
        let { getDefaultRoleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity3 } = (init_sts(), __toCommonJS(sts_exports));
        roleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity3({
          ...init.clientConfig,
          credentialProviderLogger: init.logger,
          parentClientConfig: {
            ...awsIdentityProperties?.callerClientConfig,
            ...init.parentClientConfig
          }
        }, init.clientPlugins);
      }
      return roleAssumerWithWebIdentity({
        RoleArn: roleArn,
        RoleSessionName: roleSessionName ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: webIdentityToken,
        ProviderId: providerId,
        PolicyArns: policyArns,
        Policy: policy,
        DurationSeconds: durationSeconds
      });
    }, ENV_TOKEN_FILE = "AWS_WEB_IDENTITY_TOKEN_FILE", ENV_ROLE_ARN = "AWS_ROLE_ARN", ENV_ROLE_SESSION_NAME = "AWS_ROLE_SESSION_NAME", fromTokenFile = (init = {}) => async (awsIdentityProperties) => {
      init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");
      let webIdentityTokenFile = init?.webIdentityTokenFile ?? process.env[ENV_TOKEN_FILE], roleArn = init?.roleArn ?? process.env[ENV_ROLE_ARN], roleSessionName = init?.roleSessionName ?? process.env[ENV_ROLE_SESSION_NAME];
      if (!webIdentityTokenFile || !roleArn)
        throw new CredentialsProviderError("Web identity configuration not specified", {
          logger: init.logger
        });
      let credentials = await fromWebToken({
        ...init,
        webIdentityToken: externalDataInterceptor?.getTokenRecord?.()[webIdentityTokenFile] ?? readFileSync(webIdentityTokenFile, { encoding: "ascii" }),
        roleArn,
        roleSessionName
      })(awsIdentityProperties);
      return webIdentityTokenFile === process.env[ENV_TOKEN_FILE] && setCredentialFeature2(credentials, "CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h"), credentials;
    };
    exports.fromTokenFile = fromTokenFile;
    exports.fromWebToken = fromWebToken;
  }
});

// node_modules/@aws-sdk/credential-provider-ini/dist-cjs/index.js
var require_dist_cjs14 = __commonJS({
  "node_modules/@aws-sdk/credential-provider-ini/dist-cjs/index.js"(exports) {
    var { CredentialsProviderError, chain, getProfileName, parseKnownFiles } = (init_config(), __toCommonJS(config_exports)), { setCredentialFeature: setCredentialFeature2 } = (init_client2(), __toCommonJS(client_exports2)), resolveCredentialSource = (credentialSource, profileName, logger) => {
      let sourceProvidersMap = {
        EcsContainer: async (options) => {
          let { fromHttp } = require_dist_cjs8(), { fromContainerMetadata } = require_dist_cjs7();
          return logger?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"), async () => chain(fromHttp(options ?? {}), fromContainerMetadata(options))().then(setNamedProvider);
        },
        Ec2InstanceMetadata: async (options) => {
          logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");
          let { fromInstanceMetadata } = require_dist_cjs7();
          return async () => fromInstanceMetadata(options)().then(setNamedProvider);
        },
        Environment: async (options) => {
          logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");
          let { fromEnv } = require_dist_cjs6();
          return async () => fromEnv(options)().then(setNamedProvider);
        }
      };
      if (credentialSource in sourceProvidersMap)
        return sourceProvidersMap[credentialSource];
      throw new CredentialsProviderError(`Unsupported credential source in profile ${profileName}. Got ${credentialSource}, expected EcsContainer or Ec2InstanceMetadata or Environment.`, { logger });
    }, setNamedProvider = (creds) => setCredentialFeature2(creds, "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p"), isAssumeRoleProfile = (arg, { profile = "default", logger } = {}) => !!arg && typeof arg == "object" && typeof arg.role_arn == "string" && ["undefined", "string"].indexOf(typeof arg.role_session_name) > -1 && ["undefined", "string"].indexOf(typeof arg.external_id) > -1 && ["undefined", "string"].indexOf(typeof arg.mfa_serial) > -1 && (isAssumeRoleWithSourceProfile(arg, { profile, logger }) || isCredentialSourceProfile(arg, { profile, logger })), isAssumeRoleWithSourceProfile = (arg, { profile, logger }) => {
      let withSourceProfile = typeof arg.source_profile == "string" && typeof arg.credential_source > "u";
      return withSourceProfile && logger?.debug?.(`    ${profile} isAssumeRoleWithSourceProfile source_profile=${arg.source_profile}`), withSourceProfile;
    }, isCredentialSourceProfile = (arg, { profile, logger }) => {
      let withProviderProfile = typeof arg.credential_source == "string" && typeof arg.source_profile > "u";
      return withProviderProfile && logger?.debug?.(`    ${profile} isCredentialSourceProfile credential_source=${arg.credential_source}`), withProviderProfile;
    }, resolveAssumeRoleCredentials = async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, resolveProfileData2) => {
      options.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");
      let profileData = profiles[profileName], { source_profile, region } = profileData;
      if (!options.roleAssumer) {
        let { getDefaultRoleAssumer: getDefaultRoleAssumer3 } = (init_sts(), __toCommonJS(sts_exports));
        options.roleAssumer = getDefaultRoleAssumer3({
          ...options.clientConfig,
          credentialProviderLogger: options.logger,
          parentClientConfig: {
            ...callerClientConfig,
            ...options?.parentClientConfig,
            region: region ?? options?.parentClientConfig?.region ?? callerClientConfig?.region
          }
        }, options.clientPlugins);
      }
      if (source_profile && source_profile in visitedProfiles)
        throw new CredentialsProviderError(`Detected a cycle attempting to resolve credentials for profile ${getProfileName(options)}. Profiles visited: ` + Object.keys(visitedProfiles).join(", "), { logger: options.logger });
      options.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${source_profile ? `source_profile=[${source_profile}]` : `profile=[${profileName}]`}`);
      let sourceCredsProvider = source_profile ? resolveProfileData2(source_profile, profiles, options, callerClientConfig, {
        ...visitedProfiles,
        [source_profile]: !0
      }, isCredentialSourceWithoutRoleArn(profiles[source_profile] ?? {})) : (await resolveCredentialSource(profileData.credential_source, profileName, options.logger)(options))();
      if (isCredentialSourceWithoutRoleArn(profileData))
        return sourceCredsProvider.then((creds) => setCredentialFeature2(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
      {
        let params = {
          RoleArn: profileData.role_arn,
          RoleSessionName: profileData.role_session_name || `aws-sdk-js-${Date.now()}`,
          ExternalId: profileData.external_id,
          DurationSeconds: parseInt(profileData.duration_seconds || "3600", 10)
        }, { mfa_serial } = profileData;
        if (mfa_serial) {
          if (!options.mfaCodeProvider)
            throw new CredentialsProviderError(`Profile ${profileName} requires multi-factor authentication, but no MFA code callback was provided.`, { logger: options.logger, tryNextLink: !1 });
          params.SerialNumber = mfa_serial, params.TokenCode = await options.mfaCodeProvider(mfa_serial);
        }
        let sourceCreds = await sourceCredsProvider;
        return options.roleAssumer(sourceCreds, params).then((creds) => setCredentialFeature2(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
      }
    }, isCredentialSourceWithoutRoleArn = (section) => !section.role_arn && !!section.credential_source, isLoginProfile = (data) => !!(data && data.login_session), resolveLoginCredentials = async (profileName, options, callerClientConfig) => {
      let { fromLoginCredentials } = require_dist_cjs11(), credentials = await fromLoginCredentials({
        ...options,
        profile: profileName
      })({ callerClientConfig });
      return setCredentialFeature2(credentials, "CREDENTIALS_PROFILE_LOGIN", "AC");
    }, isProcessProfile = (arg) => !!arg && typeof arg == "object" && typeof arg.credential_process == "string", resolveProcessCredentials = async (options, profile) => {
      let { fromProcess } = require_dist_cjs12(), credentials = await fromProcess({
        ...options,
        profile
      })();
      return setCredentialFeature2(credentials, "CREDENTIALS_PROFILE_PROCESS", "v");
    }, resolveSsoCredentials = async (profile, profileData, options = {}, callerClientConfig) => {
      let { fromSSO } = require_dist_cjs10();
      return fromSSO({
        profile,
        logger: options.logger,
        parentClientConfig: options.parentClientConfig,
        clientConfig: options.clientConfig
      })({
        callerClientConfig
      }).then((creds) => profileData.sso_session ? setCredentialFeature2(creds, "CREDENTIALS_PROFILE_SSO", "r") : setCredentialFeature2(creds, "CREDENTIALS_PROFILE_SSO_LEGACY", "t"));
    }, isSsoProfile = (arg) => arg && (typeof arg.sso_start_url == "string" || typeof arg.sso_account_id == "string" || typeof arg.sso_session == "string" || typeof arg.sso_region == "string" || typeof arg.sso_role_name == "string"), isStaticCredsProfile = (arg) => !!arg && typeof arg == "object" && typeof arg.aws_access_key_id == "string" && typeof arg.aws_secret_access_key == "string" && ["undefined", "string"].indexOf(typeof arg.aws_session_token) > -1 && ["undefined", "string"].indexOf(typeof arg.aws_account_id) > -1, resolveStaticCredentials = async (profile, options) => {
      options?.logger?.debug("@aws-sdk/credential-provider-ini - resolveStaticCredentials");
      let credentials = {
        accessKeyId: profile.aws_access_key_id,
        secretAccessKey: profile.aws_secret_access_key,
        sessionToken: profile.aws_session_token,
        ...profile.aws_credential_scope && { credentialScope: profile.aws_credential_scope },
        ...profile.aws_account_id && { accountId: profile.aws_account_id }
      };
      return setCredentialFeature2(credentials, "CREDENTIALS_PROFILE", "n");
    }, isWebIdentityProfile = (arg) => !!arg && typeof arg == "object" && typeof arg.web_identity_token_file == "string" && typeof arg.role_arn == "string" && ["undefined", "string"].indexOf(typeof arg.role_session_name) > -1, resolveWebIdentityCredentials = async (profile, options, callerClientConfig) => {
      let { fromTokenFile } = require_dist_cjs13(), credentials = await fromTokenFile({
        webIdentityTokenFile: profile.web_identity_token_file,
        roleArn: profile.role_arn,
        roleSessionName: profile.role_session_name,
        roleAssumerWithWebIdentity: options.roleAssumerWithWebIdentity,
        logger: options.logger,
        parentClientConfig: options.parentClientConfig
      })({
        callerClientConfig
      });
      return setCredentialFeature2(credentials, "CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q");
    }, resolveProfileData = async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, isAssumeRoleRecursiveCall = !1) => {
      let data = profiles[profileName];
      if (Object.keys(visitedProfiles).length > 0 && isStaticCredsProfile(data))
        return resolveStaticCredentials(data, options);
      if (isAssumeRoleRecursiveCall || isAssumeRoleProfile(data, { profile: profileName, logger: options.logger }))
        return resolveAssumeRoleCredentials(profileName, profiles, options, callerClientConfig, visitedProfiles, resolveProfileData);
      if (isStaticCredsProfile(data))
        return resolveStaticCredentials(data, options);
      if (isWebIdentityProfile(data))
        return resolveWebIdentityCredentials(data, options, callerClientConfig);
      if (isProcessProfile(data))
        return resolveProcessCredentials(options, profileName);
      if (isSsoProfile(data))
        return await resolveSsoCredentials(profileName, data, options, callerClientConfig);
      if (isLoginProfile(data))
        return resolveLoginCredentials(profileName, options, callerClientConfig);
      throw new CredentialsProviderError(`Could not resolve credentials using profile: [${profileName}] in configuration/credentials file(s).`, { logger: options.logger });
    }, fromIni = (init = {}) => async ({ callerClientConfig } = {}) => {
      init.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");
      let profiles = await parseKnownFiles(init);
      return resolveProfileData(getProfileName({
        profile: init.profile ?? callerClientConfig?.profile
      }), profiles, init, callerClientConfig);
    };
    exports.fromIni = fromIni;
  }
});

// node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var require_dist_cjs15 = __commonJS({
  "node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js"(exports) {
    var { ENV_KEY, ENV_SECRET, fromEnv } = require_dist_cjs6(), { chain, CredentialsProviderError, ENV_PROFILE } = (init_config(), __toCommonJS(config_exports)), ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED", remoteProvider = async (init) => {
      let { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = require_dist_cjs7();
      if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
        init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
        let { fromHttp } = require_dist_cjs8();
        return chain(fromHttp(init), fromContainerMetadata(init));
      }
      return process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false" ? async () => {
        throw new CredentialsProviderError("EC2 Instance Metadata Service access disabled", { logger: init.logger });
      } : (init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"), fromInstanceMetadata(init));
    };
    function memoizeChain(providers, treatAsExpired) {
      let chain2 = internalCreateChain(providers), activeLock, passiveLock, credentials, forceRefreshLock, provider = async (options) => {
        if (options?.forceRefresh)
          return forceRefreshLock || (forceRefreshLock = chain2(options).then((c5) => {
            credentials = c5;
          }).finally(() => {
            forceRefreshLock = void 0;
          })), await forceRefreshLock, credentials;
        if (credentials?.expiration && credentials?.expiration?.getTime() < Date.now() && (credentials = void 0), activeLock)
          await activeLock;
        else if (!credentials || treatAsExpired?.(credentials))
          if (credentials)
            passiveLock || (passiveLock = chain2(options).then((c5) => {
              credentials = c5;
            }).catch(() => {
            }).finally(() => {
              passiveLock = void 0;
            }));
          else
            return activeLock = chain2(options).then((c5) => {
              credentials = c5;
            }).finally(() => {
              activeLock = void 0;
            }), provider(options);
        return credentials;
      };
      return provider;
    }
    var internalCreateChain = (providers) => async (awsIdentityProperties) => {
      let lastProviderError;
      for (let provider of providers)
        try {
          return await provider(awsIdentityProperties);
        } catch (err) {
          if (lastProviderError = err, err?.tryNextLink)
            continue;
          throw err;
        }
      throw lastProviderError;
    }, multipleCredentialSourceWarningEmitted = !1, defaultProvider = (init = {}) => memoizeChain([
      async () => {
        if (init.profile ?? process.env[ENV_PROFILE])
          throw process.env[ENV_KEY] && process.env[ENV_SECRET] && (multipleCredentialSourceWarningEmitted || ((init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`), multipleCredentialSourceWarningEmitted = !0)), new CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
            logger: init.logger,
            tryNextLink: !0
          });
        return init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv"), fromEnv(init)();
      },
      async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
        let { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
        if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession)
          throw new CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", { logger: init.logger });
        let { fromSSO } = require_dist_cjs10();
        return fromSSO(init)(awsIdentityProperties);
      },
      async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
        let { fromIni } = require_dist_cjs14();
        return fromIni(init)(awsIdentityProperties);
      },
      async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
        let { fromProcess } = require_dist_cjs12();
        return fromProcess(init)(awsIdentityProperties);
      },
      async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
        let { fromTokenFile } = require_dist_cjs13();
        return fromTokenFile(init)(awsIdentityProperties);
      },
      async () => (init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider"), (await remoteProvider(init))()),
      async () => {
        throw new CredentialsProviderError("Could not load credentials from any providers", {
          tryNextLink: !1,
          logger: init.logger
        });
      }
    ], credentialsTreatedAsExpired), credentialsWillNeedRefresh = (credentials) => credentials?.expiration !== void 0, credentialsTreatedAsExpired = (credentials) => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;
    exports.credentialsTreatedAsExpired = credentialsTreatedAsExpired;
    exports.credentialsWillNeedRefresh = credentialsWillNeedRefresh;
    exports.defaultProvider = defaultProvider;
  }
});

export {
  setFeature2 as setFeature,
  buildQueryString,
  protocols_exports,
  init_protocols,
  httpSigningMiddlewareOptions,
  dist_es_exports,
  init_dist_es,
  isThrottlingError,
  isTransientError,
  retry_exports,
  init_retry,
  client_exports2 as client_exports,
  init_client2 as init_client,
  require_dist_cjs2 as require_dist_cjs,
  require_dist_cjs3 as require_dist_cjs2,
  AwsRestXmlProtocol,
  protocols_exports2,
  init_protocols2,
  httpAuthSchemes_exports,
  init_httpAuthSchemes2 as init_httpAuthSchemes,
  require_dist_cjs5 as require_dist_cjs3,
  require_dist_cjs15 as require_dist_cjs4
};
