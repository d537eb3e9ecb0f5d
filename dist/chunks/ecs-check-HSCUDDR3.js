import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-GSMVHUU6.js";
import {
  CONNECT_TIMEOUT_MS,
  SDK_MAX_ATTEMPTS,
  isTransient
} from "./chunk-G4ULEBZX.js";
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs3 as require_dist_cjs,
  require_dist_cjs4 as require_dist_cjs2,
  retry_exports
} from "./chunk-TGPQD75Y.js";
import "./chunk-2GPSWFVH.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-KKXO3SMY.js";
import {
  call
} from "./chunk-YOQLGPVA.js";
import "./chunk-MGNG25PH.js";
import {
  ecsStatusId
} from "./chunk-KHBSSHVA.js";
import {
  messageKey,
  toResult,
  undecided
} from "./chunk-USBCIY3B.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-CSQLKDWK.js";
import {
  systemClock,
  withoutUndecidedPrefix
} from "./chunk-VSBUBHW6.js";
import {
  UsageError,
  errorMessage
} from "./chunk-YSQWLAFH.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-LZNI6XJR.js";
import {
  require_node_util
} from "./chunk-CKBTBYET.js";
import {
  require_node_zlib
} from "./chunk-3RSG6H7J.js";
import "./chunk-BDZWO5TC.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-EPIBC7KB.js";
import {
  formatDuration
} from "./chunk-ZC7J5IS5.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-KBV2H3VL.js";

// node_modules/@smithy/middleware-compression/dist-cjs/compressStream.js
var require_compressStream = __commonJS({
  "node_modules/@smithy/middleware-compression/dist-cjs/compressStream.js"(exports) {
    var { createGzip } = require_node_zlib();
    exports.compressStream = async (body) => body.pipe(createGzip());
  }
});

// node_modules/@smithy/middleware-compression/dist-cjs/compressString.js
var require_compressString = __commonJS({
  "node_modules/@smithy/middleware-compression/dist-cjs/compressString.js"(exports) {
    var { promisify } = require_node_util(), { gzip } = require_node_zlib(), { toUint8Array } = (init_serde(), __toCommonJS(serde_exports)), gzipAsync = promisify(gzip);
    exports.compressString = async (body) => {
      try {
        let compressedBuffer = await gzipAsync(toUint8Array(body || ""));
        return toUint8Array(compressedBuffer);
      } catch (err) {
        throw new Error("Failure during compression: " + err.message);
      }
    };
  }
});

// node_modules/@smithy/middleware-compression/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@smithy/middleware-compression/dist-cjs/index.js"(exports) {
    var { booleanSelector, SelectorType, numberSelector } = (init_config(), __toCommonJS(config_exports)), { setFeature } = (init_dist_es(), __toCommonJS(dist_es_exports)), { HttpRequest } = (init_protocols(), __toCommonJS(protocols_exports)), { compressStream } = require_compressStream(), { compressString } = require_compressString(), { isArrayBuffer } = (init_serde(), __toCommonJS(serde_exports)), { normalizeProvider } = (init_client(), __toCommonJS(client_exports)), NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = "AWS_DISABLE_REQUEST_COMPRESSION", NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = "disable_request_compression", DEFAULT_DISABLE_REQUEST_COMPRESSION = !1, NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = {
      environmentVariableSelector: (env) => booleanSelector(env, NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME, SelectorType.ENV),
      configFileSelector: (profile) => booleanSelector(profile, NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME, SelectorType.CONFIG),
      default: DEFAULT_DISABLE_REQUEST_COMPRESSION
    }, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = "request_min_compression_size_bytes", DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = 10240, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = {
      environmentVariableSelector: (env) => numberSelector(env, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME, SelectorType.ENV),
      configFileSelector: (profile) => numberSelector(profile, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME, SelectorType.CONFIG),
      default: DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES
    }, CompressionAlgorithm;
    (function(CompressionAlgorithm2) {
      CompressionAlgorithm2.GZIP = "gzip";
    })(CompressionAlgorithm || (CompressionAlgorithm = {}));
    var CLIENT_SUPPORTED_ALGORITHMS = [CompressionAlgorithm.GZIP], isStreaming = (body) => body !== void 0 && typeof body != "string" && !ArrayBuffer.isView(body) && !isArrayBuffer(body), compressionMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
      if (!HttpRequest.isInstance(args.request) || await config.disableRequestCompression())
        return next(args);
      let { request } = args, { body, headers } = request, { encodings, streamRequiresLength } = middlewareConfig, updatedBody = body, updatedHeaders = headers;
      for (let algorithm of encodings)
        if (CLIENT_SUPPORTED_ALGORITHMS.includes(algorithm)) {
          let isRequestCompressed = !1;
          if (isStreaming(body))
            if (!streamRequiresLength)
              updatedBody = await compressStream(body), isRequestCompressed = !0;
            else
              throw new Error("Compression is not supported for streaming blobs that require a length.");
          else {
            let bodyLength = config.bodyLengthChecker(body), requestMinCompressionSizeBytes = await config.requestMinCompressionSizeBytes();
            bodyLength && bodyLength >= requestMinCompressionSizeBytes && (updatedBody = await compressString(body), isRequestCompressed = !0);
          }
          if (isRequestCompressed) {
            headers["content-encoding"] ? updatedHeaders = {
              ...headers,
              "content-encoding": `${headers["content-encoding"]}, ${algorithm}`
            } : updatedHeaders = { ...headers, "content-encoding": algorithm }, updatedHeaders["content-encoding"].includes("gzip") && setFeature(context, "GZIP_REQUEST_COMPRESSION", "L");
            break;
          }
        }
      return next({
        ...args,
        request: {
          ...request,
          body: updatedBody,
          headers: updatedHeaders
        }
      });
    }, compressionMiddlewareOptions = {
      name: "compressionMiddleware",
      step: "build",
      tags: ["REQUEST_BODY_COMPRESSION", "GZIP"],
      override: !0,
      priority: "high"
    }, getCompressionPlugin = (config, middlewareConfig) => ({
      applyToStack: (clientStack) => {
        clientStack.add(compressionMiddleware(config, middlewareConfig), compressionMiddlewareOptions);
      }
    }), resolveCompressionConfig = (input) => {
      let { disableRequestCompression, requestMinCompressionSizeBytes: _requestMinCompressionSizeBytes } = input;
      return Object.assign(input, {
        disableRequestCompression: normalizeProvider(disableRequestCompression),
        requestMinCompressionSizeBytes: async () => {
          let requestMinCompressionSizeBytes = await normalizeProvider(_requestMinCompressionSizeBytes)();
          if (requestMinCompressionSizeBytes < 0 || requestMinCompressionSizeBytes > 10485760)
            throw new RangeError(`The value for requestMinCompressionSizeBytes must be between 0 and 10485760 inclusive. The provided value ${requestMinCompressionSizeBytes} is outside this range."`);
          return requestMinCompressionSizeBytes;
        }
      });
    };
    exports.DEFAULT_DISABLE_REQUEST_COMPRESSION = DEFAULT_DISABLE_REQUEST_COMPRESSION;
    exports.DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES;
    exports.NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS;
    exports.NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME;
    exports.NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME;
    exports.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS;
    exports.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME;
    exports.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME;
    exports.compressionMiddleware = compressionMiddleware;
    exports.compressionMiddlewareOptions = compressionMiddlewareOptions;
    exports.getCompressionPlugin = getCompressionPlugin;
    exports.resolveCompressionConfig = resolveCompressionConfig;
  }
});

// node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var require_dist_cjs5 = __commonJS({
  "node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2)), { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports)), { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports)), { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports)), { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports)), { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports)), { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports)), { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports)), { NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, resolveCompressionConfig, getCompressionPlugin } = require_dist_cjs4(), { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports)), { defaultProvider } = require_dist_cjs2(), { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports)), { streamCollector, NodeHttpHandler } = require_dist_cjs(), { AwsJson1_0Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2)), { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports)), defaultCloudWatchHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "monitoring",
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
    var defaultCloudWatchHttpAuthSchemeProvider = (authParameters) => {
      let options = [];
      switch (authParameters.operation) {
        default:
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    }, resolveHttpAuthSchemeConfig = (config) => {
      let config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    }, resolveClientEndpointParameters = (options) => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? !1,
      useFipsEndpoint: options.useFipsEndpoint ?? !1,
      defaultSigningName: "monitoring"
    }), commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    }, version = "3.1163.0", packageInfo = {
      version
    }, k = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }], _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://monitoring.{Region}.{PartitionResult#dnsSuffix}", i],
        ["https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        ["https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        [a, "Invalid Configuration: Missing Region"]
      ]
    }, root = 2, r = 1e8, nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      14,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 4,
      7,
      r + 5,
      r + 10,
      4,
      11,
      9,
      5,
      r + 4,
      10,
      6,
      r + 8,
      r + 9,
      5,
      r + 5,
      12,
      6,
      13,
      r + 7,
      7,
      r + 6,
      r + 7,
      3,
      r + 1,
      15,
      4,
      r + 2,
      r + 3
    ]), bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results), cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    }), defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
      endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
    var CloudWatchServiceException = class _CloudWatchServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch#CloudWatchServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _CloudWatchServiceException.prototype);
      }
    }, ConflictException = class _ConflictException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#ConflictException";
      name = "ConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ConflictException.prototype), this.Message = opts.Message;
      }
    }, KmsAccessDeniedException = class _KmsAccessDeniedException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#KmsAccessDeniedException";
      name = "KmsAccessDeniedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KmsAccessDeniedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _KmsAccessDeniedException.prototype), this.Message = opts.Message;
      }
    }, KmsKeyDisabledException = class _KmsKeyDisabledException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#KmsKeyDisabledException";
      name = "KmsKeyDisabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KmsKeyDisabledException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _KmsKeyDisabledException.prototype), this.Message = opts.Message;
      }
    }, KmsKeyNotFoundException = class _KmsKeyNotFoundException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#KmsKeyNotFoundException";
      name = "KmsKeyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KmsKeyNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _KmsKeyNotFoundException.prototype), this.Message = opts.Message;
      }
    }, ResourceNotFoundException = class _ResourceNotFoundException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      ResourceType;
      ResourceId;
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceNotFoundException.prototype), this.ResourceType = opts.ResourceType, this.ResourceId = opts.ResourceId, this.Message = opts.Message;
      }
    }, ConcurrentModificationException = class _ConcurrentModificationException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#ConcurrentModificationException";
      name = "ConcurrentModificationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ConcurrentModificationException.prototype), this.Message = opts.Message;
      }
    }, DashboardInvalidInputError = class _DashboardInvalidInputError extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#DashboardInvalidInputError";
      name = "DashboardInvalidInputError";
      $fault = "client";
      dashboardValidationMessages;
      constructor(opts) {
        super({
          name: "DashboardInvalidInputError",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DashboardInvalidInputError.prototype), this.dashboardValidationMessages = opts.dashboardValidationMessages;
      }
    }, DashboardNotFoundError = class _DashboardNotFoundError extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#DashboardNotFoundError";
      name = "DashboardNotFoundError";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DashboardNotFoundError",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DashboardNotFoundError.prototype);
      }
    }, ResourceConflict = class _ResourceConflict extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#ResourceConflict";
      name = "ResourceConflict";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceConflict",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceConflict.prototype);
      }
    }, ResourceNotFound = class _ResourceNotFound extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#ResourceNotFound";
      name = "ResourceNotFound";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFound",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceNotFound.prototype);
      }
    }, InternalServiceFault = class _InternalServiceFault extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#InternalServiceFault";
      name = "InternalServiceFault";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceFault",
          $fault: "server",
          ...opts
        }), Object.setPrototypeOf(this, _InternalServiceFault.prototype), this.Message = opts.Message;
      }
    }, InvalidParameterCombinationException = class _InvalidParameterCombinationException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#InvalidParameterCombinationException";
      name = "InvalidParameterCombinationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidParameterCombinationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidParameterCombinationException.prototype);
      }
    }, InvalidParameterValueException = class _InvalidParameterValueException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#InvalidParameterValueException";
      name = "InvalidParameterValueException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidParameterValueException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
      }
    }, MissingRequiredParameterException = class _MissingRequiredParameterException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#MissingRequiredParameterException";
      name = "MissingRequiredParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MissingRequiredParameterException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _MissingRequiredParameterException.prototype);
      }
    }, InvalidNextToken = class _InvalidNextToken extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#InvalidNextToken";
      name = "InvalidNextToken";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidNextToken",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidNextToken.prototype);
      }
    }, LimitExceededException = class _LimitExceededException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _LimitExceededException.prototype), this.Message = opts.Message;
      }
    }, LimitExceededFault = class _LimitExceededFault extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#LimitExceededFault";
      name = "LimitExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LimitExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _LimitExceededFault.prototype);
      }
    }, InvalidFormatFault = class _InvalidFormatFault extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#InvalidFormatFault";
      name = "InvalidFormatFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidFormatFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidFormatFault.prototype);
      }
    }, ValidationException = class _ValidationException extends CloudWatchServiceException {
      static shapeId = "com.amazonaws.cloudwatch#ValidationException";
      name = "ValidationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ValidationException.prototype);
      }
    }, _A = "Average", _AA = "AlarmActions", _AAV = "ApproximateAggregateValue", _AAl = "AlarmArn", _AC = "ActionConfiguration", _ACA = "AlarmContributorAttributes", _ACI = "AlarmContributorId", _ACUT = "AlarmConfigurationUpdatedTimestamp", _ACl = "AlarmContributor", _ACla = "AlarmContributors", _AD = "AnomalyDetector", _ADC = "AnomalyDetectorConfiguration", _ADETR = "AnomalyDetectorExcludedTimeRanges", _ADI = "AnomalyDetectorId", _ADIn = "AnomalyDetectorIds", _ADKK = "AssociateDatasetKmsKey", _ADKKI = "AssociateDatasetKmsKeyInput", _ADKKO = "AssociateDatasetKmsKeyOutput", _ADT = "AnomalyDetectorTypes", _ADl = "AlarmDescription", _ADn = "AnomalyDetectors", _AE = "ActionsEnabled", _AEg = "AggregationExpression", _AHI = "AlarmHistoryItem", _AHIl = "AlarmHistoryItems", _AI = "AccountId", _ALLC = "ActionLogLineCount", _ALLRA = "ActionLogLineRoleArn", _AMRA = "AlarmMuteRuleArn", _AMRN = "AlarmMuteRuleName", _AMRS = "AlarmMuteRuleSummary", _AMRSl = "AlarmMuteRuleSummaries", _AN = "AlarmName", _ANP = "AlarmNamePrefix", _ANl = "AlarmNames", _AOTL = "ApplyOnTransformedLogs", _AP = "ActionPrefix", _APQLC = "AlarmPromQLCriteria", _AR = "AlarmRule", _AS = "AdaptationSpeed", _ASB = "ActionsSuppressedBy", _ASEP = "ActionsSuppressorExtensionPeriod", _ASR = "ActionsSuppressedReason", _ASWP = "ActionsSuppressorWaitPeriod", _ASc = "ActionsSuppressor", _ASd = "AdditionalStatistics", _ASg = "AggregationStatistic", _AT = "AlarmType", _ATP = "AlarmTagsPropagation", _ATl = "AlarmTypes", _AUC = "ApproximateUniqueCount", _AV = "AggregateValue", _AVp = "ApproximateValue", _Ar = "Arn", _At = "Attributes", _BF = "BatchFailures", _C = "Configuration", _CA = "ContributorAttributes", _CAo = "CompositeAlarm", _CAom = "CompositeAlarms", _CAr = "CreatedAt", _CD = "CreationDate", _CE = "ConflictException", _CI = "ContributorId", _CME = "ConcurrentModificationException", _CO = "ComparisonOperator", _COAN = "ChildrenOfAlarmName", _CRMC = "CreateResourceMetricsConfiguration", _CRMCI = "CreateResourceMetricsConfigurationInput", _CRMCO = "CreateResourceMetricsConfigurationOutput", _Co = "Contributors", _Cod = "Code", _Cou = "Counts", _D = "Dimensions", _DA = "DashboardArn", _DAA = "DisableAlarmActions", _DAAI = "DisableAlarmActionsInput", _DAC = "DescribeAlarmContributors", _DACI = "DescribeAlarmContributorsInput", _DACO = "DescribeAlarmContributorsOutput", _DAD = "DeleteAnomalyDetector", _DADI = "DeleteAnomalyDetectorInput", _DADIe = "DescribeAnomalyDetectorsInput", _DADO = "DeleteAnomalyDetectorOutput", _DADOe = "DescribeAnomalyDetectorsOutput", _DADe = "DescribeAnomalyDetectors", _DAFM = "DescribeAlarmsForMetric", _DAFMI = "DescribeAlarmsForMetricInput", _DAFMO = "DescribeAlarmsForMetricOutput", _DAH = "DescribeAlarmHistory", _DAHI = "DescribeAlarmHistoryInput", _DAHO = "DescribeAlarmHistoryOutput", _DAI = "DeleteAlarmsInput", _DAIe = "DescribeAlarmsInput", _DAMR = "DeleteAlarmMuteRule", _DAMRI = "DeleteAlarmMuteRuleInput", _DAO = "DescribeAlarmsOutput", _DAe = "DeleteAlarms", _DAes = "DescribeAlarms", _DB = "DashboardBody", _DD = "DeleteDashboards", _DDI = "DeleteDashboardsInput", _DDKK = "DisassociateDatasetKmsKey", _DDKKI = "DisassociateDatasetKmsKeyInput", _DDKKO = "DisassociateDatasetKmsKeyOutput", _DDO = "DeleteDashboardsOutput", _DE = "DashboardEntry", _DEa = "DashboardEntries", _DF = "DimensionFilter", _DFi = "DimensionFilters", _DI = "DatasetIdentifier", _DIIE = "DashboardInvalidInputError", _DIR = "DeleteInsightRules", _DIRI = "DeleteInsightRulesInput", _DIRIe = "DescribeInsightRulesInput", _DIRIi = "DisableInsightRulesInput", _DIRO = "DeleteInsightRulesOutput", _DIROe = "DescribeInsightRulesOutput", _DIROi = "DisableInsightRulesOutput", _DIRe = "DescribeInsightRules", _DIRi = "DisableInsightRules", _DIa = "DatasetId", _DMS = "DeleteMetricStream", _DMSI = "DeleteMetricStreamInput", _DMSO = "DeleteMetricStreamOutput", _DN = "DashboardName", _DNFE = "DashboardNotFoundError", _DNP = "DashboardNamePrefix", _DNa = "DashboardNames", _DP = "DataPath", _DRMC = "DeleteResourceMetricsConfiguration", _DRMCI = "DeleteResourceMetricsConfigurationInput", _DRMCO = "DeleteResourceMetricsConfigurationOutput", _DTA = "DatapointsToAlarm", _DVM = "DashboardValidationMessage", _DVMa = "DashboardValidationMessages", _Da = "Datapoint", _Dat = "Datapoints", _De = "Description", _Def = "Definition", _Di = "Dimension", _Du = "Duration", _E = "Enabled", _EAA = "EnableAlarmActions", _EAAI = "EnableAlarmActionsInput", _EC = "EvaluationCriteria", _ED = "ExpireDate", _EDn = "EndDate", _EF = "ExcludeFilters", _EI = "EvaluationInterval", _EIR = "EnableInsightRules", _EIRI = "EnableInsightRulesInput", _EIRO = "EnableInsightRulesOutput", _ELSCP = "EvaluateLowSampleCountPercentile", _EMD = "EntityMetricData", _EMDL = "EntityMetricDataList", _EP = "EvaluationPeriods", _ES = "ExtendedStatistics", _ESv = "EvaluationState", _ESx = "ExtendedStatistic", _ET = "EndTime", _ETK = "ExcludedTagKeys", _ETO = "EndTimeOffset", _ETR = "ExcludedTimeRanges", _ETx = "ExceptionType", _EW = "EvaluationWindow", _En = "Entity", _Ent = "Entries", _Ex = "Expression", _F = "Failures", _FA = "FirehoseArn", _FC = "FailureCode", _FD = "FailureDescription", _FR = "FailureResource", _GAMR = "GetAlarmMuteRule", _GAMRI = "GetAlarmMuteRuleInput", _GAMRO = "GetAlarmMuteRuleOutput", _GD = "GetDashboard", _GDI = "GetDashboardInput", _GDIe = "GetDatasetInput", _GDO = "GetDashboardOutput", _GDOe = "GetDatasetOutput", _GDe = "GetDataset", _GIRR = "GetInsightRuleReport", _GIRRI = "GetInsightRuleReportInput", _GIRRO = "GetInsightRuleReportOutput", _GMD = "GetMetricData", _GMDI = "GetMetricDataInput", _GMDO = "GetMetricDataOutput", _GMS = "GetMetricStatistics", _GMSI = "GetMetricStatisticsInput", _GMSIe = "GetMetricStreamInput", _GMSO = "GetMetricStatisticsOutput", _GMSOe = "GetMetricStreamOutput", _GMSe = "GetMetricStream", _GMWI = "GetMetricWidgetImage", _GMWII = "GetMetricWidgetImageInput", _GMWIO = "GetMetricWidgetImageOutput", _GOTE = "GetOTelEnrichment", _GOTEI = "GetOTelEnrichmentInput", _GOTEO = "GetOTelEnrichmentOutput", _GRMC = "GetResourceMetricsConfiguration", _GRMCI = "GetResourceMetricsConfigurationInput", _GRMCO = "GetResourceMetricsConfigurationOutput", _HD = "HistoryData", _HIT = "HistoryItemType", _HS = "HistorySummary", _I = "Id", _IDA = "InsufficientDataActions", _IF = "IncludeFilters", _IFF = "InvalidFormatFault", _ILA = "IncludeLinkedAccounts", _ILAM = "IncludeLinkedAccountsMetrics", _IM = "IncludeMetrics", _INT = "InvalidNextToken", _IPCE = "InvalidParameterCombinationException", _IPVE = "InvalidParameterValueException", _IR = "InsightRules", _IRC = "InsightRuleContributor", _IRCD = "InsightRuleContributorDatapoint", _IRCDn = "InsightRuleContributorDatapoints", _IRCn = "InsightRuleContributors", _IRMD = "InsightRuleMetricDatapoint", _IRMDn = "InsightRuleMetricDatapoints", _IRn = "InsightRule", _ISF = "InternalServiceFault", _ITK = "IncludedTagKeys", _K = "Keys", _KA = "KeyAttributes", _KADE = "KmsAccessDeniedException", _KKA = "KmsKeyArn", _KKDE = "KmsKeyDisabledException", _KKNFE = "KmsKeyNotFoundException", _KL = "KeyLabels", _Ke = "Key", _L = "Label", _LA = "LogAlarms", _LAMR = "ListAlarmMuteRules", _LAMRI = "ListAlarmMuteRulesInput", _LAMRO = "ListAlarmMuteRulesOutput", _LAo = "LogAlarm", _LD = "ListDashboards", _LDI = "ListDashboardsInput", _LDO = "ListDashboardsOutput", _LEE = "LimitExceededException", _LEF = "LimitExceededFault", _LGI = "LogGroupIdentifiers", _LM = "LastModified", _LMI = "ListMetricsInput", _LMIR = "ListManagedInsightRules", _LMIRI = "ListManagedInsightRulesInput", _LMIRO = "ListManagedInsightRulesOutput", _LMO = "ListMetricsOutput", _LMS = "ListMetricStreams", _LMSI = "ListMetricStreamsInput", _LMSO = "ListMetricStreamsOutput", _LMi = "ListMetrics", _LO = "LabelOptions", _LTFR = "ListTagsForResource", _LTFRI = "ListTagsForResourceInput", _LTFRO = "ListTagsForResourceOutput", _LUD = "LastUpdateDate", _LUT = "LastUpdatedTimestamp", _M = "Message", _MA = "MetricAlarms", _MAe = "MetricAlarm", _MC = "MetricCharacteristics", _MCC = "MaxContributorCount", _MCV = "MaxContributorValue", _MD = "MetricData", _MDQ = "MetricDataQueries", _MDQe = "MetricDataQuery", _MDR = "MetricDataResults", _MDRM = "MetricDataResultMessages", _MDRe = "MetricDataResult", _MDa = "MaxDatapoints", _MDe = "MetricDatapoints", _MDes = "MessageData", _MDet = "MetricDatum", _MMAD = "MetricMathAnomalyDetector", _MN = "MetricName", _MNe = "MetricNames", _MR = "MaxRecords", _MRD = "ManagedRuleDescription", _MRDa = "ManagedRuleDescriptions", _MRPE = "MissingRequiredParameterException", _MRS = "ManagedRuleState", _MRa = "MaxResults", _MRan = "ManagedRule", _MRana = "ManagedRules", _MS = "MetricSelections", _MSE = "MetricStreamEntry", _MSEe = "MetricStreamEntries", _MSF = "MetricStreamFilter", _MSFe = "MetricStreamFilters", _MSSC = "MetricStreamStatisticsConfiguration", _MSSCe = "MetricStreamStatisticsConfigurations", _MSSIM = "MetricStreamStatisticsIncludeMetrics", _MSSM = "MetricStreamStatisticsMetric", _MSe = "MetricStat", _MT = "MuteType", _MTe = "MetricTimezone", _MTu = "MuteTargets", _MW = "MetricWidget", _MWI = "MetricWidgetImage", _Ma = "Maximum", _Me = "Metrics", _Mes = "Messages", _Met = "Metric", _Mi = "Minimum", _N = "Namespace", _NT = "NextToken", _Na = "Name", _Nam = "Names", _OA = "OwningAccount", _OAw = "OwningAccounts", _OB = "OrderBy", _OF = "OutputFormat", _OFS = "OutlierFilteringStrength", _OKA = "OKActions", _OSEAWUPE = "OnlyStartEvaluatingAfterWarmUpPeriodEnds", _OTEMS = "OTelEnrichmentMetricSelector", _OTEMSL = "OTelEnrichmentMetricSelectorList", _P = "Period", _PAD = "PutAnomalyDetector", _PADI = "PutAnomalyDetectorInput", _PADO = "PutAnomalyDetectorOutput", _PAMR = "PutAlarmMuteRule", _PAMRI = "PutAlarmMuteRuleInput", _PCA = "PutCompositeAlarm", _PCAI = "PutCompositeAlarmInput", _PD = "PutDashboard", _PDI = "PutDashboardInput", _PDO = "PutDashboardOutput", _PF = "PartialFailure", _PIR = "PutInsightRule", _PIRI = "PutInsightRuleInput", _PIRO = "PutInsightRuleOutput", _PLA = "PutLogAlarm", _PLAI = "PutLogAlarmInput", _PMA = "PutMetricAlarm", _PMAI = "PutMetricAlarmInput", _PMD = "PutMetricData", _PMDI = "PutMetricDataInput", _PMIR = "PutManagedInsightRules", _PMIRI = "PutManagedInsightRulesInput", _PMIRO = "PutManagedInsightRulesOutput", _PMS = "PutMetricStream", _PMSI = "PutMetricStreamInput", _PMSO = "PutMetricStreamOutput", _POAN = "ParentsOfAlarmName", _PP = "PendingPeriod", _PQLC = "PromQLCriteria", _PS = "PeriodicSpikes", _Q = "Query", _QARN = "QueryARN", _QRTA = "QueryResultsToAlarm", _QRTE = "QueryResultsToEvaluate", _QS = "QueryString", _R = "Rule", _RA = "ResourceArn", _RARN = "ResourceARN", _RAe = "RecentlyActive", _RAo = "RoleArn", _RC = "ResourceConflict", _RD = "ReturnData", _RDu = "RuleDefinition", _RI = "ResourceId", _RMC = "ResourceMetricsConfiguration", _RMS = "ResourceMetricSelection", _RMSL = "ResourceMetricSelectionList", _RN = "RuleNames", _RNF = "ResourceNotFound", _RNFE = "ResourceNotFoundException", _RNu = "RuleName", _RP = "RecoveryPeriod", _RS = "RuleState", _RT = "ResourceType", _Ra = "Range", _S = "Status", _SAS = "SetAlarmState", _SASI = "SetAlarmStateInput", _SB = "ScanBy", _SC = "SampleCount", _SCc = "ScheduleConfiguration", _SCt = "StatisticsConfigurations", _SCta = "StatusCode", _SD = "StartDate", _SE = "ScheduleExpression", _SEV = "StrictEntityValidation", _SMAD = "SingleMetricAnomalyDetector", _SMS = "StartMetricStreams", _SMSI = "StartMetricStreamsInput", _SMSIt = "StopMetricStreamsInput", _SMSO = "StartMetricStreamsOutput", _SMSOt = "StopMetricStreamsOutput", _SMSt = "StopMetricStreams", _SOTE = "StartOTelEnrichment", _SOTEI = "StartOTelEnrichmentInput", _SOTEIt = "StopOTelEnrichmentInput", _SOTEO = "StartOTelEnrichmentOutput", _SOTEOt = "StopOTelEnrichmentOutput", _SOTEt = "StopOTelEnrichment", _SQC = "ScheduledQueryConfiguration", _SQRARN = "ScheduledQueryRoleARN", _SR = "StateReason", _SRD = "StateReasonData", _SRt = "StorageResolution", _SS = "StatisticSet", _ST = "StartTime", _STO = "StartTimeOffset", _STT = "StateTransitionedTimestamp", _SUT = "StateUpdatedTimestamp", _SV = "StateValue", _SVt = "StatisticValues", _SW = "SlidingWindow", _Sc = "Schema", _Sch = "Schedule", _Si = "Size", _St = "Stat", _Sta = "Statistic", _Stat = "Statistics", _State = "State", _Statu = "Statuses", _Su = "Sum", _T = "Timestamp", _TK = "TagKeys", _TL = "TagList", _TMD = "TreatMissingData", _TMI = "ThresholdMetricId", _TN = "TemplateName", _TR = "TagResource", _TRI = "TagResourceInput", _TRO = "TagResourceOutput", _Ta = "Tags", _Tag = "Tag", _Th = "Threshold", _Ti = "Timezone", _Tim = "Timestamps", _U = "Unit", _UA = "UpdatedAt", _UC = "UniqueContributors", _UOTE = "UpdateOTelEnrichment", _UOTEI = "UpdateOTelEnrichmentInput", _UOTEO = "UpdateOTelEnrichmentOutput", _UR = "UntagResource", _URI = "UntagResourceInput", _URMC = "UpdateResourceMetricsConfiguration", _URMCI = "UpdateResourceMetricsConfigurationInput", _URMCO = "UpdateResourceMetricsConfigurationOutput", _URO = "UntagResourceOutput", _V = "Value", _VE = "ValidationException", _Va = "Values", _WCW = "WallClockWindow", _WUC = "WarmUpConfiguration", _WUPDIM = "WarmUpPeriodDurationInMinutes", _aQE = "awsQueryError", _c = "client", _dVM = "dashboardValidationMessages", _e = "error", _hE = "httpError", _m = "message", _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch", _se = "server", n0 = "com.amazonaws.cloudwatch", _s_registry = new TypeRegistry(_s), CloudWatchServiceException$ = [-3, _s, "CloudWatchServiceException", 0, [], []];
    _s_registry.registerError(CloudWatchServiceException$, CloudWatchServiceException);
    var n0_registry = new TypeRegistry(n0), ConcurrentModificationException$ = [
      -3,
      n0,
      _CME,
      { [_aQE]: ["ConcurrentModificationException", 429], [_e]: _c, [_hE]: 429 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var DashboardInvalidInputError$ = [
      -3,
      n0,
      _DIIE,
      { [_aQE]: ["InvalidParameterInput", 400], [_e]: _c, [_hE]: 400 },
      [_m, _dVM],
      [0, () => DashboardValidationMessages]
    ];
    n0_registry.registerError(DashboardInvalidInputError$, DashboardInvalidInputError);
    var DashboardNotFoundError$ = [
      -3,
      n0,
      _DNFE,
      { [_aQE]: ["ResourceNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DashboardNotFoundError$, DashboardNotFoundError);
    var InternalServiceFault$ = [
      -3,
      n0,
      _ISF,
      { [_aQE]: ["InternalServiceError", 500], [_e]: _se, [_hE]: 500 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServiceFault$, InternalServiceFault);
    var InvalidFormatFault$ = [
      -3,
      n0,
      _IFF,
      { [_aQE]: ["InvalidFormat", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidFormatFault$, InvalidFormatFault);
    var InvalidNextToken$ = [
      -3,
      n0,
      _INT,
      { [_aQE]: ["InvalidNextToken", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
    var InvalidParameterCombinationException$ = [
      -3,
      n0,
      _IPCE,
      { [_aQE]: ["InvalidParameterCombination", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
    var InvalidParameterValueException$ = [
      -3,
      n0,
      _IPVE,
      { [_aQE]: ["InvalidParameterValue", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
    var KmsAccessDeniedException$ = [
      -3,
      n0,
      _KADE,
      { [_e]: _c },
      [_M],
      [0],
      1
    ];
    n0_registry.registerError(KmsAccessDeniedException$, KmsAccessDeniedException);
    var KmsKeyDisabledException$ = [
      -3,
      n0,
      _KKDE,
      { [_e]: _c },
      [_M],
      [0],
      1
    ];
    n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
    var KmsKeyNotFoundException$ = [
      -3,
      n0,
      _KKNFE,
      { [_e]: _c },
      [_M],
      [0],
      1
    ];
    n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_aQE]: ["LimitExceededException", 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var LimitExceededFault$ = [
      -3,
      n0,
      _LEF,
      { [_aQE]: ["LimitExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
    var MissingRequiredParameterException$ = [
      -3,
      n0,
      _MRPE,
      { [_aQE]: ["MissingParameter", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(MissingRequiredParameterException$, MissingRequiredParameterException);
    var ResourceConflict$ = [
      -3,
      n0,
      _RC,
      { [_aQE]: ["ResourceConflict", 409], [_e]: _c, [_hE]: 409 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceConflict$, ResourceConflict);
    var ResourceNotFound$ = [
      -3,
      n0,
      _RNF,
      { [_aQE]: ["ResourceNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_aQE]: ["ResourceNotFoundException", 404], [_e]: _c, [_hE]: 404 },
      [_RT, _RI, _M],
      [0, 0, 0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_aQE]: ["ValidationError", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ], ActionConfiguration$ = [
      3,
      n0,
      _AC,
      0,
      [_ATP],
      [() => AlarmTagsPropagation$]
    ], AlarmContributor$ = [
      3,
      n0,
      _ACl,
      0,
      [_CI, _CA, _SR, _STT],
      [0, 128, 0, 4],
      3
    ], AlarmHistoryItem$ = [
      3,
      n0,
      _AHI,
      0,
      [_AN, _ACI, _AT, _T, _HIT, _HS, _HD, _ACA],
      [0, 0, 0, 4, 0, 0, 0, 128]
    ], AlarmMuteRuleSummary$ = [
      3,
      n0,
      _AMRS,
      0,
      [_AMRA, _ED, _S, _MT, _LUT],
      [0, 4, 0, 0, 4]
    ], AlarmPromQLCriteria$ = [
      3,
      n0,
      _APQLC,
      0,
      [_Q, _PP, _RP],
      [0, 1, 1],
      1
    ], AlarmTagsPropagation$ = [
      3,
      n0,
      _ATP,
      0,
      [_E, _ITK, _ETK],
      [2, 64, 64],
      1
    ], AnomalyDetector$ = [
      3,
      n0,
      _AD,
      0,
      [_ADI, _N, _MN, _D, _St, _C, _SV, _MC, _SMAD, _MMAD],
      [0, 0, 0, () => Dimensions, 0, () => AnomalyDetectorConfiguration$, 0, () => MetricCharacteristics$, () => SingleMetricAnomalyDetector$, () => MetricMathAnomalyDetector$]
    ], AnomalyDetectorConfiguration$ = [
      3,
      n0,
      _ADC,
      0,
      [_ETR, _MTe, _AS, _OFS],
      [() => AnomalyDetectorExcludedTimeRanges, 0, 0, 0]
    ], AssociateDatasetKmsKeyInput$ = [
      3,
      n0,
      _ADKKI,
      0,
      [_DI, _KKA],
      [0, 0],
      2
    ], AssociateDatasetKmsKeyOutput$ = [
      3,
      n0,
      _ADKKO,
      0,
      [],
      []
    ], CompositeAlarm$ = [
      3,
      n0,
      _CAo,
      0,
      [_AE, _AA, _AAl, _ACUT, _ADl, _AN, _AR, _IDA, _OKA, _SR, _SRD, _SUT, _SV, _STT, _ASB, _ASR, _ASc, _ASWP, _ASEP, _AC],
      [2, 64, 0, 4, 0, 0, 0, 64, 64, 0, 0, 4, 0, 4, 0, 0, 0, 1, 1, () => ActionConfiguration$]
    ], CreateResourceMetricsConfigurationInput$ = [
      3,
      n0,
      _CRMCI,
      0,
      [_RA, _MS],
      [0, () => ResourceMetricSelectionList],
      1
    ], CreateResourceMetricsConfigurationOutput$ = [
      3,
      n0,
      _CRMCO,
      0,
      [_RMC],
      [() => ResourceMetricsConfiguration$],
      1
    ], DashboardEntry$ = [
      3,
      n0,
      _DE,
      0,
      [_DN, _DA, _LM, _Si],
      [0, 0, 4, 1]
    ], DashboardValidationMessage$ = [
      3,
      n0,
      _DVM,
      0,
      [_DP, _M],
      [0, 0]
    ], Datapoint$ = [
      3,
      n0,
      _Da,
      0,
      [_T, _SC, _A, _Su, _Mi, _Ma, _U, _ES],
      [4, 1, 1, 1, 1, 1, 0, 129]
    ], DeleteAlarmMuteRuleInput$ = [
      3,
      n0,
      _DAMRI,
      0,
      [_AMRN],
      [0],
      1
    ], DeleteAlarmsInput$ = [
      3,
      n0,
      _DAI,
      0,
      [_ANl],
      [64],
      1
    ], DeleteAnomalyDetectorInput$ = [
      3,
      n0,
      _DADI,
      0,
      [_ADI, _N, _MN, _D, _St, _SMAD, _MMAD],
      [0, 0, 0, () => Dimensions, 0, () => SingleMetricAnomalyDetector$, () => MetricMathAnomalyDetector$]
    ], DeleteAnomalyDetectorOutput$ = [
      3,
      n0,
      _DADO,
      0,
      [],
      []
    ], DeleteDashboardsInput$ = [
      3,
      n0,
      _DDI,
      0,
      [_DNa],
      [64],
      1
    ], DeleteDashboardsOutput$ = [
      3,
      n0,
      _DDO,
      0,
      [],
      []
    ], DeleteInsightRulesInput$ = [
      3,
      n0,
      _DIRI,
      0,
      [_RN],
      [64],
      1
    ], DeleteInsightRulesOutput$ = [
      3,
      n0,
      _DIRO,
      0,
      [_F],
      [() => BatchFailures]
    ], DeleteMetricStreamInput$ = [
      3,
      n0,
      _DMSI,
      0,
      [_Na],
      [0],
      1
    ], DeleteMetricStreamOutput$ = [
      3,
      n0,
      _DMSO,
      0,
      [],
      []
    ], DeleteResourceMetricsConfigurationInput$ = [
      3,
      n0,
      _DRMCI,
      0,
      [_RA],
      [0],
      1
    ], DeleteResourceMetricsConfigurationOutput$ = [
      3,
      n0,
      _DRMCO,
      0,
      [],
      []
    ], DescribeAlarmContributorsInput$ = [
      3,
      n0,
      _DACI,
      0,
      [_AN, _NT],
      [0, 0],
      1
    ], DescribeAlarmContributorsOutput$ = [
      3,
      n0,
      _DACO,
      0,
      [_ACla, _NT],
      [() => AlarmContributors, 0],
      1
    ], DescribeAlarmHistoryInput$ = [
      3,
      n0,
      _DAHI,
      0,
      [_AN, _ACI, _ATl, _HIT, _SD, _EDn, _MR, _NT, _SB],
      [0, 0, 64, 0, 4, 4, 1, 0, 0]
    ], DescribeAlarmHistoryOutput$ = [
      3,
      n0,
      _DAHO,
      0,
      [_AHIl, _NT],
      [() => AlarmHistoryItems, 0]
    ], DescribeAlarmsForMetricInput$ = [
      3,
      n0,
      _DAFMI,
      0,
      [_MN, _N, _Sta, _ESx, _D, _P, _U],
      [0, 0, 0, 0, () => Dimensions, 1, 0],
      2
    ], DescribeAlarmsForMetricOutput$ = [
      3,
      n0,
      _DAFMO,
      0,
      [_MA],
      [() => MetricAlarms]
    ], DescribeAlarmsInput$ = [
      3,
      n0,
      _DAIe,
      0,
      [_ANl, _ANP, _ATl, _COAN, _POAN, _SV, _AP, _MR, _NT],
      [64, 0, 64, 0, 0, 0, 0, 1, 0]
    ], DescribeAlarmsOutput$ = [
      3,
      n0,
      _DAO,
      0,
      [_CAom, _MA, _LA, _NT],
      [() => CompositeAlarms, () => MetricAlarms, () => LogAlarms, 0]
    ], DescribeAnomalyDetectorsInput$ = [
      3,
      n0,
      _DADIe,
      0,
      [_ADIn, _NT, _MRa, _N, _MN, _D, _ADT],
      [64, 0, 1, 0, 0, () => Dimensions, 64]
    ], DescribeAnomalyDetectorsOutput$ = [
      3,
      n0,
      _DADOe,
      0,
      [_ADn, _NT],
      [() => AnomalyDetectors, 0]
    ], DescribeInsightRulesInput$ = [
      3,
      n0,
      _DIRIe,
      0,
      [_NT, _MRa],
      [0, 1]
    ], DescribeInsightRulesOutput$ = [
      3,
      n0,
      _DIROe,
      0,
      [_NT, _IR],
      [0, () => InsightRules]
    ], Dimension$ = [
      3,
      n0,
      _Di,
      0,
      [_Na, _V],
      [0, 0],
      2
    ], DimensionFilter$ = [
      3,
      n0,
      _DF,
      0,
      [_Na, _V],
      [0, 0],
      1
    ], DisableAlarmActionsInput$ = [
      3,
      n0,
      _DAAI,
      0,
      [_ANl],
      [64],
      1
    ], DisableInsightRulesInput$ = [
      3,
      n0,
      _DIRIi,
      0,
      [_RN],
      [64],
      1
    ], DisableInsightRulesOutput$ = [
      3,
      n0,
      _DIROi,
      0,
      [_F],
      [() => BatchFailures]
    ], DisassociateDatasetKmsKeyInput$ = [
      3,
      n0,
      _DDKKI,
      0,
      [_DI],
      [0],
      1
    ], DisassociateDatasetKmsKeyOutput$ = [
      3,
      n0,
      _DDKKO,
      0,
      [],
      []
    ], EnableAlarmActionsInput$ = [
      3,
      n0,
      _EAAI,
      0,
      [_ANl],
      [64],
      1
    ], EnableInsightRulesInput$ = [
      3,
      n0,
      _EIRI,
      0,
      [_RN],
      [64],
      1
    ], EnableInsightRulesOutput$ = [
      3,
      n0,
      _EIRO,
      0,
      [_F],
      [() => BatchFailures]
    ], Entity$ = [
      3,
      n0,
      _En,
      0,
      [_KA, _At],
      [128, 128]
    ], EntityMetricData$ = [
      3,
      n0,
      _EMD,
      0,
      [_En, _MD],
      [() => Entity$, () => MetricData]
    ], GetAlarmMuteRuleInput$ = [
      3,
      n0,
      _GAMRI,
      0,
      [_AMRN],
      [0],
      1
    ], GetAlarmMuteRuleOutput$ = [
      3,
      n0,
      _GAMRO,
      0,
      [_Na, _AMRA, _De, _R, _MTu, _SD, _ED, _S, _LUT, _MT],
      [0, 0, 0, () => Rule$, () => MuteTargets$, 4, 4, 0, 4, 0]
    ], GetDashboardInput$ = [
      3,
      n0,
      _GDI,
      0,
      [_DN],
      [0],
      1
    ], GetDashboardOutput$ = [
      3,
      n0,
      _GDO,
      0,
      [_DA, _DB, _DN],
      [0, 0, 0]
    ], GetDatasetInput$ = [
      3,
      n0,
      _GDIe,
      0,
      [_DI],
      [0],
      1
    ], GetDatasetOutput$ = [
      3,
      n0,
      _GDOe,
      0,
      [_DIa, _Ar, _KKA],
      [0, 0, 0],
      2
    ], GetInsightRuleReportInput$ = [
      3,
      n0,
      _GIRRI,
      0,
      [_RNu, _ST, _ET, _P, _MCC, _Me, _OB],
      [0, 4, 4, 1, 1, 64, 0],
      4
    ], GetInsightRuleReportOutput$ = [
      3,
      n0,
      _GIRRO,
      0,
      [_KL, _ASg, _AV, _AUC, _Co, _MDe],
      [64, 0, 1, 1, () => InsightRuleContributors, () => InsightRuleMetricDatapoints]
    ], GetMetricDataInput$ = [
      3,
      n0,
      _GMDI,
      0,
      [_MDQ, _ST, _ET, _NT, _SB, _MDa, _LO],
      [() => MetricDataQueries, 4, 4, 0, 0, 1, () => LabelOptions$],
      3
    ], GetMetricDataOutput$ = [
      3,
      n0,
      _GMDO,
      0,
      [_MDR, _NT, _Mes],
      [() => MetricDataResults, 0, () => MetricDataResultMessages]
    ], GetMetricStatisticsInput$ = [
      3,
      n0,
      _GMSI,
      0,
      [_N, _MN, _ST, _ET, _P, _D, _Stat, _ES, _U],
      [0, 0, 4, 4, 1, () => Dimensions, 64, 64, 0],
      5
    ], GetMetricStatisticsOutput$ = [
      3,
      n0,
      _GMSO,
      0,
      [_L, _Dat],
      [0, () => Datapoints]
    ], GetMetricStreamInput$ = [
      3,
      n0,
      _GMSIe,
      0,
      [_Na],
      [0],
      1
    ], GetMetricStreamOutput$ = [
      3,
      n0,
      _GMSOe,
      0,
      [_Ar, _Na, _IF, _EF, _FA, _RAo, _State, _CD, _LUD, _OF, _SCt, _ILAM],
      [0, 0, () => MetricStreamFilters, () => MetricStreamFilters, 0, 0, 0, 4, 4, 0, () => MetricStreamStatisticsConfigurations, 2]
    ], GetMetricWidgetImageInput$ = [
      3,
      n0,
      _GMWII,
      0,
      [_MW, _OF],
      [0, 0],
      1
    ], GetMetricWidgetImageOutput$ = [
      3,
      n0,
      _GMWIO,
      0,
      [_MWI],
      [21]
    ], GetOTelEnrichmentInput$ = [
      3,
      n0,
      _GOTEI,
      0,
      [],
      []
    ], GetOTelEnrichmentOutput$ = [
      3,
      n0,
      _GOTEO,
      0,
      [_S, _IF, _EF, _CAr, _UA],
      [0, () => OTelEnrichmentMetricSelectorList, () => OTelEnrichmentMetricSelectorList, 4, 4],
      1
    ], GetResourceMetricsConfigurationInput$ = [
      3,
      n0,
      _GRMCI,
      0,
      [_RA],
      [0],
      1
    ], GetResourceMetricsConfigurationOutput$ = [
      3,
      n0,
      _GRMCO,
      0,
      [_RMC],
      [() => ResourceMetricsConfiguration$],
      1
    ], InsightRule$ = [
      3,
      n0,
      _IRn,
      0,
      [_Na, _State, _Sc, _Def, _MRan, _AOTL],
      [0, 0, 0, 0, 2, 2],
      4
    ], InsightRuleContributor$ = [
      3,
      n0,
      _IRC,
      0,
      [_K, _AAV, _Dat],
      [64, 1, () => InsightRuleContributorDatapoints],
      3
    ], InsightRuleContributorDatapoint$ = [
      3,
      n0,
      _IRCD,
      0,
      [_T, _AVp],
      [4, 1],
      2
    ], InsightRuleMetricDatapoint$ = [
      3,
      n0,
      _IRMD,
      0,
      [_T, _UC, _MCV, _SC, _A, _Su, _Mi, _Ma],
      [4, 1, 1, 1, 1, 1, 1, 1],
      1
    ], LabelOptions$ = [
      3,
      n0,
      _LO,
      0,
      [_Ti],
      [0]
    ], ListAlarmMuteRulesInput$ = [
      3,
      n0,
      _LAMRI,
      0,
      [_AN, _Statu, _MR, _NT],
      [0, 64, 1, 0]
    ], ListAlarmMuteRulesOutput$ = [
      3,
      n0,
      _LAMRO,
      0,
      [_AMRSl, _NT],
      [() => AlarmMuteRuleSummaries, 0]
    ], ListDashboardsInput$ = [
      3,
      n0,
      _LDI,
      0,
      [_DNP, _NT],
      [0, 0]
    ], ListDashboardsOutput$ = [
      3,
      n0,
      _LDO,
      0,
      [_DEa, _NT],
      [() => DashboardEntries, 0]
    ], ListManagedInsightRulesInput$ = [
      3,
      n0,
      _LMIRI,
      0,
      [_RARN, _NT, _MRa],
      [0, 0, 1],
      1
    ], ListManagedInsightRulesOutput$ = [
      3,
      n0,
      _LMIRO,
      0,
      [_MRana, _NT],
      [() => ManagedRuleDescriptions, 0]
    ], ListMetricsInput$ = [
      3,
      n0,
      _LMI,
      0,
      [_N, _MN, _D, _NT, _RAe, _ILA, _OA],
      [0, 0, () => DimensionFilters, 0, 0, 2, 0]
    ], ListMetricsOutput$ = [
      3,
      n0,
      _LMO,
      0,
      [_Me, _NT, _OAw],
      [() => Metrics, 0, 64]
    ], ListMetricStreamsInput$ = [
      3,
      n0,
      _LMSI,
      0,
      [_NT, _MRa],
      [0, 1]
    ], ListMetricStreamsOutput$ = [
      3,
      n0,
      _LMSO,
      0,
      [_NT, _Ent],
      [0, () => MetricStreamEntries]
    ], ListTagsForResourceInput$ = [
      3,
      n0,
      _LTFRI,
      0,
      [_RARN],
      [0],
      1
    ], ListTagsForResourceOutput$ = [
      3,
      n0,
      _LTFRO,
      0,
      [_Ta],
      [() => TagList]
    ], LogAlarm$ = [
      3,
      n0,
      _LAo,
      0,
      [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _SQC, _QRTE, _QRTA, _Th, _CO, _TMD, _STT, _ESv, _ALLC, _ALLRA, _WUC, _AC],
      [0, 0, 0, 4, 2, 64, 64, 64, 0, 0, 0, 4, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 4, 0, 1, 0, () => WarmUpConfiguration$, () => ActionConfiguration$]
    ], ManagedRule$ = [
      3,
      n0,
      _MRan,
      0,
      [_TN, _RARN, _Ta],
      [0, 0, () => TagList],
      2
    ], ManagedRuleDescription$ = [
      3,
      n0,
      _MRD,
      0,
      [_TN, _RARN, _RS],
      [0, 0, () => ManagedRuleState$]
    ], ManagedRuleState$ = [
      3,
      n0,
      _MRS,
      0,
      [_RNu, _State],
      [0, 0],
      2
    ], MessageData$ = [
      3,
      n0,
      _MDes,
      0,
      [_Cod, _V],
      [0, 0]
    ], Metric$ = [
      3,
      n0,
      _Met,
      0,
      [_N, _MN, _D],
      [0, 0, () => Dimensions]
    ], MetricAlarm$ = [
      3,
      n0,
      _MAe,
      0,
      [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _TMI, _ESv, _STT, _EW, _WUC, _EC, _EI, _AC],
      [0, 0, 0, 4, 2, 64, 64, 64, 0, 0, 0, 4, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, 0, 0, 4, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1, () => ActionConfiguration$]
    ], MetricCharacteristics$ = [
      3,
      n0,
      _MC,
      0,
      [_PS],
      [2]
    ], MetricDataQuery$ = [
      3,
      n0,
      _MDQe,
      0,
      [_I, _MSe, _Ex, _L, _RD, _P, _AI],
      [0, () => MetricStat$, 0, 0, 2, 1, 0],
      1
    ], MetricDataResult$ = [
      3,
      n0,
      _MDRe,
      0,
      [_I, _L, _Tim, _Va, _SCta, _Mes],
      [0, 0, 68, 65, 0, () => MetricDataResultMessages]
    ], MetricDatum$ = [
      3,
      n0,
      _MDet,
      0,
      [_MN, _D, _T, _V, _SVt, _Va, _Cou, _U, _SRt],
      [0, () => Dimensions, 4, 1, () => StatisticSet$, 65, 65, 0, 1],
      1
    ], MetricMathAnomalyDetector$ = [
      3,
      n0,
      _MMAD,
      0,
      [_MDQ],
      [() => MetricDataQueries]
    ], MetricStat$ = [
      3,
      n0,
      _MSe,
      0,
      [_Met, _P, _St, _U],
      [() => Metric$, 1, 0, 0],
      3
    ], MetricStreamEntry$ = [
      3,
      n0,
      _MSE,
      0,
      [_Ar, _CD, _LUD, _Na, _FA, _State, _OF],
      [0, 4, 4, 0, 0, 0, 0]
    ], MetricStreamFilter$ = [
      3,
      n0,
      _MSF,
      0,
      [_N, _MNe],
      [0, 64]
    ], MetricStreamStatisticsConfiguration$ = [
      3,
      n0,
      _MSSC,
      0,
      [_IM, _ASd],
      [() => MetricStreamStatisticsIncludeMetrics, 64],
      2
    ], MetricStreamStatisticsMetric$ = [
      3,
      n0,
      _MSSM,
      0,
      [_N, _MN],
      [0, 0],
      2
    ], MuteTargets$ = [
      3,
      n0,
      _MTu,
      0,
      [_ANl],
      [64],
      1
    ], OTelEnrichmentMetricSelector$ = [
      3,
      n0,
      _OTEMS,
      0,
      [_N, _MNe],
      [0, 64],
      1
    ], PartialFailure$ = [
      3,
      n0,
      _PF,
      0,
      [_FR, _ETx, _FC, _FD],
      [0, 0, 0, 0]
    ], PutAlarmMuteRuleInput$ = [
      3,
      n0,
      _PAMRI,
      0,
      [_Na, _R, _De, _MTu, _Ta, _SD, _ED],
      [0, () => Rule$, 0, () => MuteTargets$, () => TagList, 4, 4],
      2
    ], PutAnomalyDetectorInput$ = [
      3,
      n0,
      _PADI,
      0,
      [_N, _MN, _D, _St, _C, _MC, _SMAD, _MMAD],
      [0, 0, () => Dimensions, 0, () => AnomalyDetectorConfiguration$, () => MetricCharacteristics$, () => SingleMetricAnomalyDetector$, () => MetricMathAnomalyDetector$]
    ], PutAnomalyDetectorOutput$ = [
      3,
      n0,
      _PADO,
      0,
      [_ADI],
      [0]
    ], PutCompositeAlarmInput$ = [
      3,
      n0,
      _PCAI,
      0,
      [_AN, _AR, _AE, _AA, _ADl, _IDA, _OKA, _Ta, _ASc, _ASWP, _ASEP, _AC],
      [0, 0, 2, 64, 0, 64, 64, () => TagList, 0, 1, 1, () => ActionConfiguration$],
      2
    ], PutDashboardInput$ = [
      3,
      n0,
      _PDI,
      0,
      [_DN, _DB, _Ta],
      [0, 0, () => TagList],
      2
    ], PutDashboardOutput$ = [
      3,
      n0,
      _PDO,
      0,
      [_DVMa],
      [() => DashboardValidationMessages]
    ], PutInsightRuleInput$ = [
      3,
      n0,
      _PIRI,
      0,
      [_RNu, _RDu, _RS, _Ta, _AOTL],
      [0, 0, 0, () => TagList, 2],
      2
    ], PutInsightRuleOutput$ = [
      3,
      n0,
      _PIRO,
      0,
      [],
      []
    ], PutLogAlarmInput$ = [
      3,
      n0,
      _PLAI,
      0,
      [_AN, _SQC, _QRTE, _QRTA, _Th, _CO, _ADl, _ALLC, _ALLRA, _AE, _OKA, _AA, _IDA, _TMD, _Ta, _WUC, _AC],
      [0, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 1, 0, 2, 64, 64, 64, 0, () => TagList, () => WarmUpConfiguration$, () => ActionConfiguration$],
      6
    ], PutManagedInsightRulesInput$ = [
      3,
      n0,
      _PMIRI,
      0,
      [_MRana],
      [() => ManagedRules],
      1
    ], PutManagedInsightRulesOutput$ = [
      3,
      n0,
      _PMIRO,
      0,
      [_F],
      [() => BatchFailures]
    ], PutMetricAlarmInput$ = [
      3,
      n0,
      _PMAI,
      0,
      [_AN, _ADl, _AE, _OKA, _AA, _IDA, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _Ta, _TMI, _EW, _WUC, _EC, _EI, _AC],
      [0, 0, 2, 64, 64, 64, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, () => TagList, 0, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1, () => ActionConfiguration$],
      1
    ], PutMetricDataInput$ = [
      3,
      n0,
      _PMDI,
      0,
      [_N, _MD, _EMD, _SEV],
      [0, () => MetricData, () => EntityMetricDataList, 2],
      1
    ], PutMetricStreamInput$ = [
      3,
      n0,
      _PMSI,
      0,
      [_Na, _FA, _RAo, _OF, _IF, _EF, _Ta, _SCt, _ILAM],
      [0, 0, 0, 0, () => MetricStreamFilters, () => MetricStreamFilters, () => TagList, () => MetricStreamStatisticsConfigurations, 2],
      4
    ], PutMetricStreamOutput$ = [
      3,
      n0,
      _PMSO,
      0,
      [_Ar],
      [0]
    ], Range$ = [
      3,
      n0,
      _Ra,
      0,
      [_ST, _ET],
      [4, 4],
      2
    ], ResourceMetricsConfiguration$ = [
      3,
      n0,
      _RMC,
      0,
      [_RA, _CAr, _UA, _MS],
      [0, 4, 4, () => ResourceMetricSelectionList],
      3
    ], ResourceMetricSelection$ = [
      3,
      n0,
      _RMS,
      0,
      [_IM],
      [64],
      1
    ], Rule$ = [
      3,
      n0,
      _R,
      0,
      [_Sch],
      [() => Schedule$],
      1
    ], Schedule$ = [
      3,
      n0,
      _Sch,
      0,
      [_Ex, _Du, _Ti],
      [0, 0, 0],
      2
    ], ScheduleConfiguration$ = [
      3,
      n0,
      _SCc,
      0,
      [_SE, _STO, _ETO],
      [0, 1, 1],
      2
    ], ScheduledQueryConfiguration$ = [
      3,
      n0,
      _SQC,
      0,
      [_QS, _SQRARN, _SCc, _AEg, _LGI, _QARN, _Ta],
      [0, 0, () => ScheduleConfiguration$, 0, 64, 0, () => TagList],
      4
    ], SetAlarmStateInput$ = [
      3,
      n0,
      _SASI,
      0,
      [_AN, _SV, _SR, _SRD],
      [0, 0, 0, 0],
      3
    ], SingleMetricAnomalyDetector$ = [
      3,
      n0,
      _SMAD,
      0,
      [_AI, _N, _MN, _D, _St],
      [0, 0, 0, () => Dimensions, 0]
    ], SlidingWindow$ = [
      3,
      n0,
      _SW,
      0,
      [],
      []
    ], StartMetricStreamsInput$ = [
      3,
      n0,
      _SMSI,
      0,
      [_Nam],
      [64],
      1
    ], StartMetricStreamsOutput$ = [
      3,
      n0,
      _SMSO,
      0,
      [],
      []
    ], StartOTelEnrichmentInput$ = [
      3,
      n0,
      _SOTEI,
      0,
      [_IF, _EF],
      [() => OTelEnrichmentMetricSelectorList, () => OTelEnrichmentMetricSelectorList]
    ], StartOTelEnrichmentOutput$ = [
      3,
      n0,
      _SOTEO,
      0,
      [_IF, _EF, _CAr, _UA],
      [() => OTelEnrichmentMetricSelectorList, () => OTelEnrichmentMetricSelectorList, 4, 4]
    ], StatisticSet$ = [
      3,
      n0,
      _SS,
      0,
      [_SC, _Su, _Mi, _Ma],
      [1, 1, 1, 1],
      4
    ], StopMetricStreamsInput$ = [
      3,
      n0,
      _SMSIt,
      0,
      [_Nam],
      [64],
      1
    ], StopMetricStreamsOutput$ = [
      3,
      n0,
      _SMSOt,
      0,
      [],
      []
    ], StopOTelEnrichmentInput$ = [
      3,
      n0,
      _SOTEIt,
      0,
      [],
      []
    ], StopOTelEnrichmentOutput$ = [
      3,
      n0,
      _SOTEOt,
      0,
      [],
      []
    ], Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_Ke, _V],
      [0, 0],
      2
    ], TagResourceInput$ = [
      3,
      n0,
      _TRI,
      0,
      [_RARN, _Ta],
      [0, () => TagList],
      2
    ], TagResourceOutput$ = [
      3,
      n0,
      _TRO,
      0,
      [],
      []
    ], UntagResourceInput$ = [
      3,
      n0,
      _URI,
      0,
      [_RARN, _TK],
      [0, 64],
      2
    ], UntagResourceOutput$ = [
      3,
      n0,
      _URO,
      0,
      [],
      []
    ], UpdateOTelEnrichmentInput$ = [
      3,
      n0,
      _UOTEI,
      0,
      [_IF, _EF],
      [() => OTelEnrichmentMetricSelectorList, () => OTelEnrichmentMetricSelectorList]
    ], UpdateOTelEnrichmentOutput$ = [
      3,
      n0,
      _UOTEO,
      0,
      [_IF, _EF, _CAr, _UA],
      [() => OTelEnrichmentMetricSelectorList, () => OTelEnrichmentMetricSelectorList, 4, 4]
    ], UpdateResourceMetricsConfigurationInput$ = [
      3,
      n0,
      _URMCI,
      0,
      [_RA, _MS],
      [0, () => ResourceMetricSelectionList],
      1
    ], UpdateResourceMetricsConfigurationOutput$ = [
      3,
      n0,
      _URMCO,
      0,
      [_RMC],
      [() => ResourceMetricsConfiguration$],
      1
    ], WallClockWindow$ = [
      3,
      n0,
      _WCW,
      0,
      [_Ti],
      [0]
    ], WarmUpConfiguration$ = [
      3,
      n0,
      _WUC,
      0,
      [_WUPDIM, _OSEAWUPE],
      [1, 2],
      1
    ], __Unit = "unit", AlarmContributors = [
      1,
      n0,
      _ACla,
      0,
      () => AlarmContributor$
    ], AlarmHistoryItems = [
      1,
      n0,
      _AHIl,
      0,
      () => AlarmHistoryItem$
    ], AlarmMuteRuleSummaries = [
      1,
      n0,
      _AMRSl,
      0,
      () => AlarmMuteRuleSummary$
    ], AnomalyDetectorExcludedTimeRanges = [
      1,
      n0,
      _ADETR,
      0,
      () => Range$
    ], AnomalyDetectors = [
      1,
      n0,
      _ADn,
      0,
      () => AnomalyDetector$
    ], BatchFailures = [
      1,
      n0,
      _BF,
      0,
      () => PartialFailure$
    ], CompositeAlarms = [
      1,
      n0,
      _CAom,
      0,
      () => CompositeAlarm$
    ], DashboardEntries = [
      1,
      n0,
      _DEa,
      0,
      () => DashboardEntry$
    ], DashboardValidationMessages = [
      1,
      n0,
      _DVMa,
      0,
      () => DashboardValidationMessage$
    ], Datapoints = [
      1,
      n0,
      _Dat,
      0,
      () => Datapoint$
    ], DimensionFilters = [
      1,
      n0,
      _DFi,
      0,
      () => DimensionFilter$
    ], Dimensions = [
      1,
      n0,
      _D,
      0,
      () => Dimension$
    ], EntityMetricDataList = [
      1,
      n0,
      _EMDL,
      0,
      () => EntityMetricData$
    ], InsightRuleContributorDatapoints = [
      1,
      n0,
      _IRCDn,
      0,
      () => InsightRuleContributorDatapoint$
    ], InsightRuleContributors = [
      1,
      n0,
      _IRCn,
      0,
      () => InsightRuleContributor$
    ], InsightRuleMetricDatapoints = [
      1,
      n0,
      _IRMDn,
      0,
      () => InsightRuleMetricDatapoint$
    ], InsightRules = [
      1,
      n0,
      _IR,
      0,
      () => InsightRule$
    ], LogAlarms = [
      1,
      n0,
      _LA,
      0,
      () => LogAlarm$
    ], ManagedRuleDescriptions = [
      1,
      n0,
      _MRDa,
      0,
      () => ManagedRuleDescription$
    ], ManagedRules = [
      1,
      n0,
      _MRana,
      0,
      () => ManagedRule$
    ], MetricAlarms = [
      1,
      n0,
      _MA,
      0,
      () => MetricAlarm$
    ], MetricData = [
      1,
      n0,
      _MD,
      0,
      () => MetricDatum$
    ], MetricDataQueries = [
      1,
      n0,
      _MDQ,
      0,
      () => MetricDataQuery$
    ], MetricDataResultMessages = [
      1,
      n0,
      _MDRM,
      0,
      () => MessageData$
    ], MetricDataResults = [
      1,
      n0,
      _MDR,
      0,
      () => MetricDataResult$
    ], Metrics = [
      1,
      n0,
      _Me,
      0,
      () => Metric$
    ], MetricStreamEntries = [
      1,
      n0,
      _MSEe,
      0,
      () => MetricStreamEntry$
    ], MetricStreamFilters = [
      1,
      n0,
      _MSFe,
      0,
      () => MetricStreamFilter$
    ], MetricStreamStatisticsConfigurations = [
      1,
      n0,
      _MSSCe,
      0,
      () => MetricStreamStatisticsConfiguration$
    ], MetricStreamStatisticsIncludeMetrics = [
      1,
      n0,
      _MSSIM,
      0,
      () => MetricStreamStatisticsMetric$
    ], OTelEnrichmentMetricSelectorList = [
      1,
      n0,
      _OTEMSL,
      0,
      () => OTelEnrichmentMetricSelector$
    ], ResourceMetricSelectionList = [
      1,
      n0,
      _RMSL,
      0,
      () => ResourceMetricSelection$
    ], TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ], EvaluationCriteria$ = [
      4,
      n0,
      _EC,
      0,
      [_PQLC],
      [() => AlarmPromQLCriteria$]
    ], EvaluationWindow$ = [
      4,
      n0,
      _EW,
      0,
      [_WCW, _SW],
      [() => WallClockWindow$, () => SlidingWindow$]
    ], AssociateDatasetKmsKey$ = [
      9,
      n0,
      _ADKK,
      0,
      () => AssociateDatasetKmsKeyInput$,
      () => AssociateDatasetKmsKeyOutput$
    ], CreateResourceMetricsConfiguration$ = [
      9,
      n0,
      _CRMC,
      0,
      () => CreateResourceMetricsConfigurationInput$,
      () => CreateResourceMetricsConfigurationOutput$
    ], DeleteAlarmMuteRule$ = [
      9,
      n0,
      _DAMR,
      0,
      () => DeleteAlarmMuteRuleInput$,
      () => __Unit
    ], DeleteAlarms$ = [
      9,
      n0,
      _DAe,
      0,
      () => DeleteAlarmsInput$,
      () => __Unit
    ], DeleteAnomalyDetector$ = [
      9,
      n0,
      _DAD,
      0,
      () => DeleteAnomalyDetectorInput$,
      () => DeleteAnomalyDetectorOutput$
    ], DeleteDashboards$ = [
      9,
      n0,
      _DD,
      0,
      () => DeleteDashboardsInput$,
      () => DeleteDashboardsOutput$
    ], DeleteInsightRules$ = [
      9,
      n0,
      _DIR,
      0,
      () => DeleteInsightRulesInput$,
      () => DeleteInsightRulesOutput$
    ], DeleteMetricStream$ = [
      9,
      n0,
      _DMS,
      0,
      () => DeleteMetricStreamInput$,
      () => DeleteMetricStreamOutput$
    ], DeleteResourceMetricsConfiguration$ = [
      9,
      n0,
      _DRMC,
      0,
      () => DeleteResourceMetricsConfigurationInput$,
      () => DeleteResourceMetricsConfigurationOutput$
    ], DescribeAlarmContributors$ = [
      9,
      n0,
      _DAC,
      0,
      () => DescribeAlarmContributorsInput$,
      () => DescribeAlarmContributorsOutput$
    ], DescribeAlarmHistory$ = [
      9,
      n0,
      _DAH,
      0,
      () => DescribeAlarmHistoryInput$,
      () => DescribeAlarmHistoryOutput$
    ], DescribeAlarms$ = [
      9,
      n0,
      _DAes,
      0,
      () => DescribeAlarmsInput$,
      () => DescribeAlarmsOutput$
    ], DescribeAlarmsForMetric$ = [
      9,
      n0,
      _DAFM,
      0,
      () => DescribeAlarmsForMetricInput$,
      () => DescribeAlarmsForMetricOutput$
    ], DescribeAnomalyDetectors$ = [
      9,
      n0,
      _DADe,
      0,
      () => DescribeAnomalyDetectorsInput$,
      () => DescribeAnomalyDetectorsOutput$
    ], DescribeInsightRules$ = [
      9,
      n0,
      _DIRe,
      0,
      () => DescribeInsightRulesInput$,
      () => DescribeInsightRulesOutput$
    ], DisableAlarmActions$ = [
      9,
      n0,
      _DAA,
      0,
      () => DisableAlarmActionsInput$,
      () => __Unit
    ], DisableInsightRules$ = [
      9,
      n0,
      _DIRi,
      0,
      () => DisableInsightRulesInput$,
      () => DisableInsightRulesOutput$
    ], DisassociateDatasetKmsKey$ = [
      9,
      n0,
      _DDKK,
      2,
      () => DisassociateDatasetKmsKeyInput$,
      () => DisassociateDatasetKmsKeyOutput$
    ], EnableAlarmActions$ = [
      9,
      n0,
      _EAA,
      0,
      () => EnableAlarmActionsInput$,
      () => __Unit
    ], EnableInsightRules$ = [
      9,
      n0,
      _EIR,
      0,
      () => EnableInsightRulesInput$,
      () => EnableInsightRulesOutput$
    ], GetAlarmMuteRule$ = [
      9,
      n0,
      _GAMR,
      0,
      () => GetAlarmMuteRuleInput$,
      () => GetAlarmMuteRuleOutput$
    ], GetDashboard$ = [
      9,
      n0,
      _GD,
      0,
      () => GetDashboardInput$,
      () => GetDashboardOutput$
    ], GetDataset$ = [
      9,
      n0,
      _GDe,
      0,
      () => GetDatasetInput$,
      () => GetDatasetOutput$
    ], GetInsightRuleReport$ = [
      9,
      n0,
      _GIRR,
      0,
      () => GetInsightRuleReportInput$,
      () => GetInsightRuleReportOutput$
    ], GetMetricData$ = [
      9,
      n0,
      _GMD,
      0,
      () => GetMetricDataInput$,
      () => GetMetricDataOutput$
    ], GetMetricStatistics$ = [
      9,
      n0,
      _GMS,
      0,
      () => GetMetricStatisticsInput$,
      () => GetMetricStatisticsOutput$
    ], GetMetricStream$ = [
      9,
      n0,
      _GMSe,
      0,
      () => GetMetricStreamInput$,
      () => GetMetricStreamOutput$
    ], GetMetricWidgetImage$ = [
      9,
      n0,
      _GMWI,
      0,
      () => GetMetricWidgetImageInput$,
      () => GetMetricWidgetImageOutput$
    ], GetOTelEnrichment$ = [
      9,
      n0,
      _GOTE,
      0,
      () => GetOTelEnrichmentInput$,
      () => GetOTelEnrichmentOutput$
    ], GetResourceMetricsConfiguration$ = [
      9,
      n0,
      _GRMC,
      0,
      () => GetResourceMetricsConfigurationInput$,
      () => GetResourceMetricsConfigurationOutput$
    ], ListAlarmMuteRules$ = [
      9,
      n0,
      _LAMR,
      0,
      () => ListAlarmMuteRulesInput$,
      () => ListAlarmMuteRulesOutput$
    ], ListDashboards$ = [
      9,
      n0,
      _LD,
      0,
      () => ListDashboardsInput$,
      () => ListDashboardsOutput$
    ], ListManagedInsightRules$ = [
      9,
      n0,
      _LMIR,
      0,
      () => ListManagedInsightRulesInput$,
      () => ListManagedInsightRulesOutput$
    ], ListMetrics$ = [
      9,
      n0,
      _LMi,
      0,
      () => ListMetricsInput$,
      () => ListMetricsOutput$
    ], ListMetricStreams$ = [
      9,
      n0,
      _LMS,
      0,
      () => ListMetricStreamsInput$,
      () => ListMetricStreamsOutput$
    ], ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceInput$,
      () => ListTagsForResourceOutput$
    ], PutAlarmMuteRule$ = [
      9,
      n0,
      _PAMR,
      0,
      () => PutAlarmMuteRuleInput$,
      () => __Unit
    ], PutAnomalyDetector$ = [
      9,
      n0,
      _PAD,
      0,
      () => PutAnomalyDetectorInput$,
      () => PutAnomalyDetectorOutput$
    ], PutCompositeAlarm$ = [
      9,
      n0,
      _PCA,
      0,
      () => PutCompositeAlarmInput$,
      () => __Unit
    ], PutDashboard$ = [
      9,
      n0,
      _PD,
      0,
      () => PutDashboardInput$,
      () => PutDashboardOutput$
    ], PutInsightRule$ = [
      9,
      n0,
      _PIR,
      0,
      () => PutInsightRuleInput$,
      () => PutInsightRuleOutput$
    ], PutLogAlarm$ = [
      9,
      n0,
      _PLA,
      0,
      () => PutLogAlarmInput$,
      () => __Unit
    ], PutManagedInsightRules$ = [
      9,
      n0,
      _PMIR,
      0,
      () => PutManagedInsightRulesInput$,
      () => PutManagedInsightRulesOutput$
    ], PutMetricAlarm$ = [
      9,
      n0,
      _PMA,
      0,
      () => PutMetricAlarmInput$,
      () => __Unit
    ], PutMetricData$ = [
      9,
      n0,
      _PMD,
      0,
      () => PutMetricDataInput$,
      () => __Unit
    ], PutMetricStream$ = [
      9,
      n0,
      _PMS,
      0,
      () => PutMetricStreamInput$,
      () => PutMetricStreamOutput$
    ], SetAlarmState$ = [
      9,
      n0,
      _SAS,
      0,
      () => SetAlarmStateInput$,
      () => __Unit
    ], StartMetricStreams$ = [
      9,
      n0,
      _SMS,
      0,
      () => StartMetricStreamsInput$,
      () => StartMetricStreamsOutput$
    ], StartOTelEnrichment$ = [
      9,
      n0,
      _SOTE,
      0,
      () => StartOTelEnrichmentInput$,
      () => StartOTelEnrichmentOutput$
    ], StopMetricStreams$ = [
      9,
      n0,
      _SMSt,
      0,
      () => StopMetricStreamsInput$,
      () => StopMetricStreamsOutput$
    ], StopOTelEnrichment$ = [
      9,
      n0,
      _SOTEt,
      0,
      () => StopOTelEnrichmentInput$,
      () => StopOTelEnrichmentOutput$
    ], TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceInput$,
      () => TagResourceOutput$
    ], UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceInput$,
      () => UntagResourceOutput$
    ], UpdateOTelEnrichment$ = [
      9,
      n0,
      _UOTE,
      0,
      () => UpdateOTelEnrichmentInput$,
      () => UpdateOTelEnrichmentOutput$
    ], UpdateResourceMetricsConfiguration$ = [
      9,
      n0,
      _URMC,
      0,
      () => UpdateResourceMetricsConfigurationInput$,
      () => UpdateResourceMetricsConfigurationOutput$
    ], getRuntimeConfig$1 = (config) => ({
      apiVersion: "2010-08-01",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
          signer: new AwsSdkSigV4Signer()
        }
      ],
      logger: config?.logger ?? new NoOpLogger(),
      protocol: config?.protocol ?? AwsJson1_0Protocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.cloudwatch",
        errorTypeRegistries,
        xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
        version: "2010-08-01",
        serviceTarget: "GraniteServiceVersion20100801",
        awsQueryCompatible: !0
      },
      serviceId: config?.serviceId ?? "CloudWatch",
      sha256: config?.sha256 ?? Sha256,
      urlParser: config?.urlParser ?? parseUrl,
      utf8Decoder: config?.utf8Decoder ?? fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? toUtf8
    }), getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      let defaultsMode = resolveDefaultsModeConfig(config), defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode), clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
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
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        disableRequestCompression: config?.disableRequestCompression ?? loadConfig(NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, config),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        requestMinCompressionSizeBytes: config?.requestMinCompressionSizeBytes ?? loadConfig(NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, config),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    }, getHttpAuthExtensionConfiguration = (runtimeConfig) => {
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
    }), resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      let extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      return extensions.forEach((extension) => extension.configure(extensionConfiguration)), Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    }, CloudWatchClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = resolveHostHeaderConfig(_config_4), _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig(_config_6), _config_8 = resolveCompressionConfig(_config_7), _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
        this.config = _config_9, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultCloudWatchHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }, command = makeBuilder(commonParams, "GraniteServiceVersion20100801", "CloudWatchClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o) => [], _mw1 = (Command, cs, config, o) => [
      getCompressionPlugin(config, {
        encodings: ["gzip"]
      })
    ], AssociateDatasetKmsKeyCommand = class extends command(_ep0, _mw0, "AssociateDatasetKmsKey", AssociateDatasetKmsKey$) {
    }, CreateResourceMetricsConfigurationCommand = class extends command(_ep0, _mw0, "CreateResourceMetricsConfiguration", CreateResourceMetricsConfiguration$) {
    }, DeleteAlarmMuteRuleCommand = class extends command(_ep0, _mw0, "DeleteAlarmMuteRule", DeleteAlarmMuteRule$) {
    }, DeleteAlarmsCommand = class extends command(_ep0, _mw0, "DeleteAlarms", DeleteAlarms$) {
    }, DeleteAnomalyDetectorCommand = class extends command(_ep0, _mw0, "DeleteAnomalyDetector", DeleteAnomalyDetector$) {
    }, DeleteDashboardsCommand = class extends command(_ep0, _mw0, "DeleteDashboards", DeleteDashboards$) {
    }, DeleteInsightRulesCommand = class extends command(_ep0, _mw0, "DeleteInsightRules", DeleteInsightRules$) {
    }, DeleteMetricStreamCommand = class extends command(_ep0, _mw0, "DeleteMetricStream", DeleteMetricStream$) {
    }, DeleteResourceMetricsConfigurationCommand = class extends command(_ep0, _mw0, "DeleteResourceMetricsConfiguration", DeleteResourceMetricsConfiguration$) {
    }, DescribeAlarmContributorsCommand = class extends command(_ep0, _mw0, "DescribeAlarmContributors", DescribeAlarmContributors$) {
    }, DescribeAlarmHistoryCommand = class extends command(_ep0, _mw0, "DescribeAlarmHistory", DescribeAlarmHistory$) {
    }, DescribeAlarmsCommand = class extends command(_ep0, _mw0, "DescribeAlarms", DescribeAlarms$) {
    }, DescribeAlarmsForMetricCommand = class extends command(_ep0, _mw0, "DescribeAlarmsForMetric", DescribeAlarmsForMetric$) {
    }, DescribeAnomalyDetectorsCommand = class extends command(_ep0, _mw0, "DescribeAnomalyDetectors", DescribeAnomalyDetectors$) {
    }, DescribeInsightRulesCommand = class extends command(_ep0, _mw0, "DescribeInsightRules", DescribeInsightRules$) {
    }, DisableAlarmActionsCommand = class extends command(_ep0, _mw0, "DisableAlarmActions", DisableAlarmActions$) {
    }, DisableInsightRulesCommand = class extends command(_ep0, _mw0, "DisableInsightRules", DisableInsightRules$) {
    }, DisassociateDatasetKmsKeyCommand = class extends command(_ep0, _mw0, "DisassociateDatasetKmsKey", DisassociateDatasetKmsKey$) {
    }, EnableAlarmActionsCommand = class extends command(_ep0, _mw0, "EnableAlarmActions", EnableAlarmActions$) {
    }, EnableInsightRulesCommand = class extends command(_ep0, _mw0, "EnableInsightRules", EnableInsightRules$) {
    }, GetAlarmMuteRuleCommand = class extends command(_ep0, _mw0, "GetAlarmMuteRule", GetAlarmMuteRule$) {
    }, GetDashboardCommand = class extends command(_ep0, _mw0, "GetDashboard", GetDashboard$) {
    }, GetDatasetCommand = class extends command(_ep0, _mw0, "GetDataset", GetDataset$) {
    }, GetInsightRuleReportCommand = class extends command(_ep0, _mw0, "GetInsightRuleReport", GetInsightRuleReport$) {
    }, GetMetricDataCommand2 = class extends command(_ep0, _mw0, "GetMetricData", GetMetricData$) {
    }, GetMetricStatisticsCommand = class extends command(_ep0, _mw0, "GetMetricStatistics", GetMetricStatistics$) {
    }, GetMetricStreamCommand = class extends command(_ep0, _mw0, "GetMetricStream", GetMetricStream$) {
    }, GetMetricWidgetImageCommand = class extends command(_ep0, _mw0, "GetMetricWidgetImage", GetMetricWidgetImage$) {
    }, GetOTelEnrichmentCommand = class extends command(_ep0, _mw0, "GetOTelEnrichment", GetOTelEnrichment$) {
    }, GetResourceMetricsConfigurationCommand = class extends command(_ep0, _mw0, "GetResourceMetricsConfiguration", GetResourceMetricsConfiguration$) {
    }, ListAlarmMuteRulesCommand = class extends command(_ep0, _mw0, "ListAlarmMuteRules", ListAlarmMuteRules$) {
    }, ListDashboardsCommand = class extends command(_ep0, _mw0, "ListDashboards", ListDashboards$) {
    }, ListManagedInsightRulesCommand = class extends command(_ep0, _mw0, "ListManagedInsightRules", ListManagedInsightRules$) {
    }, ListMetricsCommand = class extends command(_ep0, _mw0, "ListMetrics", ListMetrics$) {
    }, ListMetricStreamsCommand = class extends command(_ep0, _mw0, "ListMetricStreams", ListMetricStreams$) {
    }, ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    }, PutAlarmMuteRuleCommand = class extends command(_ep0, _mw0, "PutAlarmMuteRule", PutAlarmMuteRule$) {
    }, PutAnomalyDetectorCommand = class extends command(_ep0, _mw0, "PutAnomalyDetector", PutAnomalyDetector$) {
    }, PutCompositeAlarmCommand = class extends command(_ep0, _mw0, "PutCompositeAlarm", PutCompositeAlarm$) {
    }, PutDashboardCommand = class extends command(_ep0, _mw0, "PutDashboard", PutDashboard$) {
    }, PutInsightRuleCommand = class extends command(_ep0, _mw0, "PutInsightRule", PutInsightRule$) {
    }, PutLogAlarmCommand = class extends command(_ep0, _mw0, "PutLogAlarm", PutLogAlarm$) {
    }, PutManagedInsightRulesCommand = class extends command(_ep0, _mw0, "PutManagedInsightRules", PutManagedInsightRules$) {
    }, PutMetricAlarmCommand = class extends command(_ep0, _mw0, "PutMetricAlarm", PutMetricAlarm$) {
    }, PutMetricDataCommand = class extends command(_ep0, _mw1, "PutMetricData", PutMetricData$) {
    }, PutMetricStreamCommand = class extends command(_ep0, _mw0, "PutMetricStream", PutMetricStream$) {
    }, SetAlarmStateCommand = class extends command(_ep0, _mw0, "SetAlarmState", SetAlarmState$) {
    }, StartMetricStreamsCommand = class extends command(_ep0, _mw0, "StartMetricStreams", StartMetricStreams$) {
    }, StartOTelEnrichmentCommand = class extends command(_ep0, _mw0, "StartOTelEnrichment", StartOTelEnrichment$) {
    }, StopMetricStreamsCommand = class extends command(_ep0, _mw0, "StopMetricStreams", StopMetricStreams$) {
    }, StopOTelEnrichmentCommand = class extends command(_ep0, _mw0, "StopOTelEnrichment", StopOTelEnrichment$) {
    }, TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    }, UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    }, UpdateOTelEnrichmentCommand = class extends command(_ep0, _mw0, "UpdateOTelEnrichment", UpdateOTelEnrichment$) {
    }, UpdateResourceMetricsConfigurationCommand = class extends command(_ep0, _mw0, "UpdateResourceMetricsConfiguration", UpdateResourceMetricsConfiguration$) {
    }, paginateDescribeAlarmHistory = createPaginator(CloudWatchClient2, DescribeAlarmHistoryCommand, "NextToken", "NextToken", "MaxRecords"), paginateDescribeAlarms = createPaginator(CloudWatchClient2, DescribeAlarmsCommand, "NextToken", "NextToken", "MaxRecords"), paginateDescribeAnomalyDetectors = createPaginator(CloudWatchClient2, DescribeAnomalyDetectorsCommand, "NextToken", "NextToken", "MaxResults"), paginateDescribeInsightRules = createPaginator(CloudWatchClient2, DescribeInsightRulesCommand, "NextToken", "NextToken", "MaxResults"), paginateGetMetricData = createPaginator(CloudWatchClient2, GetMetricDataCommand2, "NextToken", "NextToken", "MaxDatapoints"), paginateListAlarmMuteRules = createPaginator(CloudWatchClient2, ListAlarmMuteRulesCommand, "NextToken", "NextToken", "MaxRecords"), paginateListDashboards = createPaginator(CloudWatchClient2, ListDashboardsCommand, "NextToken", "NextToken", ""), paginateListManagedInsightRules = createPaginator(CloudWatchClient2, ListManagedInsightRulesCommand, "NextToken", "NextToken", "MaxResults"), paginateListMetrics = createPaginator(CloudWatchClient2, ListMetricsCommand, "NextToken", "NextToken", ""), paginateListMetricStreams = createPaginator(CloudWatchClient2, ListMetricStreamsCommand, "NextToken", "NextToken", "MaxResults"), checkState$3 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeAlarmsCommand(input));
        reason = result;
        try {
          if ([].concat(...result.MetricAlarms).length > 0 == !0)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForAlarmExists = async (params, input) => createWaiter({ ...{ minDelay: 5, maxDelay: 120 }, ...params }, input, checkState$3), waitUntilAlarmExists = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 5, maxDelay: 120 }, ...params }, input, checkState$3);
      return checkExceptions(result);
    }, checkState$2 = async (client, input) => {
      let reason;
      try {
        return reason = await client.send(new GetAlarmMuteRuleCommand(input)), { state: WaiterState.SUCCESS, reason };
      } catch (exception) {
        if (reason = exception, exception.name === "ResourceNotFoundException")
          return { state: WaiterState.RETRY, reason };
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForAlarmMuteRuleExists = async (params, input) => createWaiter({ ...{ minDelay: 5, maxDelay: 120 }, ...params }, input, checkState$2), waitUntilAlarmMuteRuleExists = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 5, maxDelay: 120 }, ...params }, input, checkState$2);
      return checkExceptions(result);
    }, checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeAlarmsCommand(input));
        reason = result;
        try {
          if ([].concat(...result.CompositeAlarms).length > 0 == !0)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForCompositeAlarmExists = async (params, input) => createWaiter({ ...{ minDelay: 5, maxDelay: 120 }, ...params }, input, checkState$1), waitUntilCompositeAlarmExists = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 5, maxDelay: 120 }, ...params }, input, checkState$1);
      return checkExceptions(result);
    }, checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeAlarmsCommand(input));
        reason = result;
        try {
          if ([].concat(...result.LogAlarms).length > 0 == !0)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForLogAlarmExists = async (params, input) => createWaiter({ ...{ minDelay: 5, maxDelay: 120 }, ...params }, input, checkState), waitUntilLogAlarmExists = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 5, maxDelay: 120 }, ...params }, input, checkState);
      return checkExceptions(result);
    }, commands = {
      AssociateDatasetKmsKeyCommand,
      CreateResourceMetricsConfigurationCommand,
      DeleteAlarmMuteRuleCommand,
      DeleteAlarmsCommand,
      DeleteAnomalyDetectorCommand,
      DeleteDashboardsCommand,
      DeleteInsightRulesCommand,
      DeleteMetricStreamCommand,
      DeleteResourceMetricsConfigurationCommand,
      DescribeAlarmContributorsCommand,
      DescribeAlarmHistoryCommand,
      DescribeAlarmsCommand,
      DescribeAlarmsForMetricCommand,
      DescribeAnomalyDetectorsCommand,
      DescribeInsightRulesCommand,
      DisableAlarmActionsCommand,
      DisableInsightRulesCommand,
      DisassociateDatasetKmsKeyCommand,
      EnableAlarmActionsCommand,
      EnableInsightRulesCommand,
      GetAlarmMuteRuleCommand,
      GetDashboardCommand,
      GetDatasetCommand,
      GetInsightRuleReportCommand,
      GetMetricDataCommand: GetMetricDataCommand2,
      GetMetricStatisticsCommand,
      GetMetricStreamCommand,
      GetMetricWidgetImageCommand,
      GetOTelEnrichmentCommand,
      GetResourceMetricsConfigurationCommand,
      ListAlarmMuteRulesCommand,
      ListDashboardsCommand,
      ListManagedInsightRulesCommand,
      ListMetricsCommand,
      ListMetricStreamsCommand,
      ListTagsForResourceCommand,
      PutAlarmMuteRuleCommand,
      PutAnomalyDetectorCommand,
      PutCompositeAlarmCommand,
      PutDashboardCommand,
      PutInsightRuleCommand,
      PutLogAlarmCommand,
      PutManagedInsightRulesCommand,
      PutMetricAlarmCommand,
      PutMetricDataCommand,
      PutMetricStreamCommand,
      SetAlarmStateCommand,
      StartMetricStreamsCommand,
      StartOTelEnrichmentCommand,
      StopMetricStreamsCommand,
      StopOTelEnrichmentCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateOTelEnrichmentCommand,
      UpdateResourceMetricsConfigurationCommand
    }, paginators = {
      paginateDescribeAlarmHistory,
      paginateDescribeAlarms,
      paginateDescribeAnomalyDetectors,
      paginateDescribeInsightRules,
      paginateGetMetricData,
      paginateListAlarmMuteRules,
      paginateListDashboards,
      paginateListManagedInsightRules,
      paginateListMetrics,
      paginateListMetricStreams
    }, waiters = {
      waitUntilAlarmExists,
      waitUntilCompositeAlarmExists,
      waitUntilLogAlarmExists,
      waitUntilAlarmMuteRuleExists
    }, CloudWatch = class extends CloudWatchClient2 {
    };
    createAggregatedClient(commands, CloudWatch, { paginators, waiters });
    var ActionsSuppressedBy = {
      Alarm: "Alarm",
      ExtensionPeriod: "ExtensionPeriod",
      WaitPeriod: "WaitPeriod"
    }, AlarmType = {
      CompositeAlarm: "CompositeAlarm",
      LogAlarm: "LogAlarm",
      MetricAlarm: "MetricAlarm"
    }, HistoryItemType = {
      Action: "Action",
      AlarmContributorAction: "AlarmContributorAction",
      AlarmContributorStateUpdate: "AlarmContributorStateUpdate",
      ConfigurationUpdate: "ConfigurationUpdate",
      StateUpdate: "StateUpdate"
    }, AlarmMuteRuleStatus = {
      ACTIVE: "ACTIVE",
      EXPIRED: "EXPIRED",
      SCHEDULED: "SCHEDULED"
    }, AnomalyDetectorAdaptationSpeed = {
      FAST: "FAST",
      NORMAL: "NORMAL",
      SLOW: "SLOW"
    }, AnomalyDetectorOutlierFilteringStrength = {
      MINIMAL: "MINIMAL",
      MODERATE: "MODERATE",
      STRICT: "STRICT"
    }, StandardUnit = {
      Bits: "Bits",
      Bits_Second: "Bits/Second",
      Bytes: "Bytes",
      Bytes_Second: "Bytes/Second",
      Count: "Count",
      Count_Second: "Count/Second",
      Gigabits: "Gigabits",
      Gigabits_Second: "Gigabits/Second",
      Gigabytes: "Gigabytes",
      Gigabytes_Second: "Gigabytes/Second",
      Kilobits: "Kilobits",
      Kilobits_Second: "Kilobits/Second",
      Kilobytes: "Kilobytes",
      Kilobytes_Second: "Kilobytes/Second",
      Megabits: "Megabits",
      Megabits_Second: "Megabits/Second",
      Megabytes: "Megabytes",
      Megabytes_Second: "Megabytes/Second",
      Microseconds: "Microseconds",
      Milliseconds: "Milliseconds",
      None: "None",
      Percent: "Percent",
      Seconds: "Seconds",
      Terabits: "Terabits",
      Terabits_Second: "Terabits/Second",
      Terabytes: "Terabytes",
      Terabytes_Second: "Terabytes/Second"
    }, AnomalyDetectorStateValue = {
      PENDING_TRAINING: "PENDING_TRAINING",
      TRAINED: "TRAINED",
      TRAINED_INSUFFICIENT_DATA: "TRAINED_INSUFFICIENT_DATA"
    }, AnomalyDetectorType = {
      METRIC_MATH: "METRIC_MATH",
      SINGLE_METRIC: "SINGLE_METRIC"
    }, ComparisonOperator = {
      GreaterThanOrEqualToThreshold: "GreaterThanOrEqualToThreshold",
      GreaterThanThreshold: "GreaterThanThreshold",
      GreaterThanUpperThreshold: "GreaterThanUpperThreshold",
      LessThanLowerOrGreaterThanUpperThreshold: "LessThanLowerOrGreaterThanUpperThreshold",
      LessThanLowerThreshold: "LessThanLowerThreshold",
      LessThanOrEqualToThreshold: "LessThanOrEqualToThreshold",
      LessThanThreshold: "LessThanThreshold"
    }, StateValue = {
      ALARM: "ALARM",
      INSUFFICIENT_DATA: "INSUFFICIENT_DATA",
      OK: "OK"
    }, ScanBy = {
      TIMESTAMP_ASCENDING: "TimestampAscending",
      TIMESTAMP_DESCENDING: "TimestampDescending"
    }, EvaluationState = {
      EVALUATION_ERROR: "EVALUATION_ERROR",
      EVALUATION_FAILURE: "EVALUATION_FAILURE",
      PARTIAL_DATA: "PARTIAL_DATA"
    }, Statistic = {
      Average: "Average",
      Maximum: "Maximum",
      Minimum: "Minimum",
      SampleCount: "SampleCount",
      Sum: "Sum"
    }, StatusCode = {
      COMPLETE: "Complete",
      FORBIDDEN: "Forbidden",
      INTERNAL_ERROR: "InternalError",
      PARTIAL_DATA: "PartialData"
    }, MetricStreamOutputFormat = {
      JSON: "json",
      OPEN_TELEMETRY_0_7: "opentelemetry0.7",
      OPEN_TELEMETRY_1_0: "opentelemetry1.0"
    }, OTelEnrichmentStatus = {
      RUNNING: "Running",
      STOPPED: "Stopped"
    }, RecentlyActive = {
      PT3H: "PT3H"
    };
    exports.ActionConfiguration$ = ActionConfiguration$;
    exports.ActionsSuppressedBy = ActionsSuppressedBy;
    exports.AlarmContributor$ = AlarmContributor$;
    exports.AlarmHistoryItem$ = AlarmHistoryItem$;
    exports.AlarmMuteRuleStatus = AlarmMuteRuleStatus;
    exports.AlarmMuteRuleSummary$ = AlarmMuteRuleSummary$;
    exports.AlarmPromQLCriteria$ = AlarmPromQLCriteria$;
    exports.AlarmTagsPropagation$ = AlarmTagsPropagation$;
    exports.AlarmType = AlarmType;
    exports.AnomalyDetector$ = AnomalyDetector$;
    exports.AnomalyDetectorAdaptationSpeed = AnomalyDetectorAdaptationSpeed;
    exports.AnomalyDetectorConfiguration$ = AnomalyDetectorConfiguration$;
    exports.AnomalyDetectorOutlierFilteringStrength = AnomalyDetectorOutlierFilteringStrength;
    exports.AnomalyDetectorStateValue = AnomalyDetectorStateValue;
    exports.AnomalyDetectorType = AnomalyDetectorType;
    exports.AssociateDatasetKmsKey$ = AssociateDatasetKmsKey$;
    exports.AssociateDatasetKmsKeyCommand = AssociateDatasetKmsKeyCommand;
    exports.AssociateDatasetKmsKeyInput$ = AssociateDatasetKmsKeyInput$;
    exports.AssociateDatasetKmsKeyOutput$ = AssociateDatasetKmsKeyOutput$;
    exports.CloudWatch = CloudWatch;
    exports.CloudWatchClient = CloudWatchClient2;
    exports.CloudWatchServiceException = CloudWatchServiceException;
    exports.CloudWatchServiceException$ = CloudWatchServiceException$;
    exports.ComparisonOperator = ComparisonOperator;
    exports.CompositeAlarm$ = CompositeAlarm$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.CreateResourceMetricsConfiguration$ = CreateResourceMetricsConfiguration$;
    exports.CreateResourceMetricsConfigurationCommand = CreateResourceMetricsConfigurationCommand;
    exports.CreateResourceMetricsConfigurationInput$ = CreateResourceMetricsConfigurationInput$;
    exports.CreateResourceMetricsConfigurationOutput$ = CreateResourceMetricsConfigurationOutput$;
    exports.DashboardEntry$ = DashboardEntry$;
    exports.DashboardInvalidInputError = DashboardInvalidInputError;
    exports.DashboardInvalidInputError$ = DashboardInvalidInputError$;
    exports.DashboardNotFoundError = DashboardNotFoundError;
    exports.DashboardNotFoundError$ = DashboardNotFoundError$;
    exports.DashboardValidationMessage$ = DashboardValidationMessage$;
    exports.Datapoint$ = Datapoint$;
    exports.DeleteAlarmMuteRule$ = DeleteAlarmMuteRule$;
    exports.DeleteAlarmMuteRuleCommand = DeleteAlarmMuteRuleCommand;
    exports.DeleteAlarmMuteRuleInput$ = DeleteAlarmMuteRuleInput$;
    exports.DeleteAlarms$ = DeleteAlarms$;
    exports.DeleteAlarmsCommand = DeleteAlarmsCommand;
    exports.DeleteAlarmsInput$ = DeleteAlarmsInput$;
    exports.DeleteAnomalyDetector$ = DeleteAnomalyDetector$;
    exports.DeleteAnomalyDetectorCommand = DeleteAnomalyDetectorCommand;
    exports.DeleteAnomalyDetectorInput$ = DeleteAnomalyDetectorInput$;
    exports.DeleteAnomalyDetectorOutput$ = DeleteAnomalyDetectorOutput$;
    exports.DeleteDashboards$ = DeleteDashboards$;
    exports.DeleteDashboardsCommand = DeleteDashboardsCommand;
    exports.DeleteDashboardsInput$ = DeleteDashboardsInput$;
    exports.DeleteDashboardsOutput$ = DeleteDashboardsOutput$;
    exports.DeleteInsightRules$ = DeleteInsightRules$;
    exports.DeleteInsightRulesCommand = DeleteInsightRulesCommand;
    exports.DeleteInsightRulesInput$ = DeleteInsightRulesInput$;
    exports.DeleteInsightRulesOutput$ = DeleteInsightRulesOutput$;
    exports.DeleteMetricStream$ = DeleteMetricStream$;
    exports.DeleteMetricStreamCommand = DeleteMetricStreamCommand;
    exports.DeleteMetricStreamInput$ = DeleteMetricStreamInput$;
    exports.DeleteMetricStreamOutput$ = DeleteMetricStreamOutput$;
    exports.DeleteResourceMetricsConfiguration$ = DeleteResourceMetricsConfiguration$;
    exports.DeleteResourceMetricsConfigurationCommand = DeleteResourceMetricsConfigurationCommand;
    exports.DeleteResourceMetricsConfigurationInput$ = DeleteResourceMetricsConfigurationInput$;
    exports.DeleteResourceMetricsConfigurationOutput$ = DeleteResourceMetricsConfigurationOutput$;
    exports.DescribeAlarmContributors$ = DescribeAlarmContributors$;
    exports.DescribeAlarmContributorsCommand = DescribeAlarmContributorsCommand;
    exports.DescribeAlarmContributorsInput$ = DescribeAlarmContributorsInput$;
    exports.DescribeAlarmContributorsOutput$ = DescribeAlarmContributorsOutput$;
    exports.DescribeAlarmHistory$ = DescribeAlarmHistory$;
    exports.DescribeAlarmHistoryCommand = DescribeAlarmHistoryCommand;
    exports.DescribeAlarmHistoryInput$ = DescribeAlarmHistoryInput$;
    exports.DescribeAlarmHistoryOutput$ = DescribeAlarmHistoryOutput$;
    exports.DescribeAlarms$ = DescribeAlarms$;
    exports.DescribeAlarmsCommand = DescribeAlarmsCommand;
    exports.DescribeAlarmsForMetric$ = DescribeAlarmsForMetric$;
    exports.DescribeAlarmsForMetricCommand = DescribeAlarmsForMetricCommand;
    exports.DescribeAlarmsForMetricInput$ = DescribeAlarmsForMetricInput$;
    exports.DescribeAlarmsForMetricOutput$ = DescribeAlarmsForMetricOutput$;
    exports.DescribeAlarmsInput$ = DescribeAlarmsInput$;
    exports.DescribeAlarmsOutput$ = DescribeAlarmsOutput$;
    exports.DescribeAnomalyDetectors$ = DescribeAnomalyDetectors$;
    exports.DescribeAnomalyDetectorsCommand = DescribeAnomalyDetectorsCommand;
    exports.DescribeAnomalyDetectorsInput$ = DescribeAnomalyDetectorsInput$;
    exports.DescribeAnomalyDetectorsOutput$ = DescribeAnomalyDetectorsOutput$;
    exports.DescribeInsightRules$ = DescribeInsightRules$;
    exports.DescribeInsightRulesCommand = DescribeInsightRulesCommand;
    exports.DescribeInsightRulesInput$ = DescribeInsightRulesInput$;
    exports.DescribeInsightRulesOutput$ = DescribeInsightRulesOutput$;
    exports.Dimension$ = Dimension$;
    exports.DimensionFilter$ = DimensionFilter$;
    exports.DisableAlarmActions$ = DisableAlarmActions$;
    exports.DisableAlarmActionsCommand = DisableAlarmActionsCommand;
    exports.DisableAlarmActionsInput$ = DisableAlarmActionsInput$;
    exports.DisableInsightRules$ = DisableInsightRules$;
    exports.DisableInsightRulesCommand = DisableInsightRulesCommand;
    exports.DisableInsightRulesInput$ = DisableInsightRulesInput$;
    exports.DisableInsightRulesOutput$ = DisableInsightRulesOutput$;
    exports.DisassociateDatasetKmsKey$ = DisassociateDatasetKmsKey$;
    exports.DisassociateDatasetKmsKeyCommand = DisassociateDatasetKmsKeyCommand;
    exports.DisassociateDatasetKmsKeyInput$ = DisassociateDatasetKmsKeyInput$;
    exports.DisassociateDatasetKmsKeyOutput$ = DisassociateDatasetKmsKeyOutput$;
    exports.EnableAlarmActions$ = EnableAlarmActions$;
    exports.EnableAlarmActionsCommand = EnableAlarmActionsCommand;
    exports.EnableAlarmActionsInput$ = EnableAlarmActionsInput$;
    exports.EnableInsightRules$ = EnableInsightRules$;
    exports.EnableInsightRulesCommand = EnableInsightRulesCommand;
    exports.EnableInsightRulesInput$ = EnableInsightRulesInput$;
    exports.EnableInsightRulesOutput$ = EnableInsightRulesOutput$;
    exports.Entity$ = Entity$;
    exports.EntityMetricData$ = EntityMetricData$;
    exports.EvaluationCriteria$ = EvaluationCriteria$;
    exports.EvaluationState = EvaluationState;
    exports.EvaluationWindow$ = EvaluationWindow$;
    exports.GetAlarmMuteRule$ = GetAlarmMuteRule$;
    exports.GetAlarmMuteRuleCommand = GetAlarmMuteRuleCommand;
    exports.GetAlarmMuteRuleInput$ = GetAlarmMuteRuleInput$;
    exports.GetAlarmMuteRuleOutput$ = GetAlarmMuteRuleOutput$;
    exports.GetDashboard$ = GetDashboard$;
    exports.GetDashboardCommand = GetDashboardCommand;
    exports.GetDashboardInput$ = GetDashboardInput$;
    exports.GetDashboardOutput$ = GetDashboardOutput$;
    exports.GetDataset$ = GetDataset$;
    exports.GetDatasetCommand = GetDatasetCommand;
    exports.GetDatasetInput$ = GetDatasetInput$;
    exports.GetDatasetOutput$ = GetDatasetOutput$;
    exports.GetInsightRuleReport$ = GetInsightRuleReport$;
    exports.GetInsightRuleReportCommand = GetInsightRuleReportCommand;
    exports.GetInsightRuleReportInput$ = GetInsightRuleReportInput$;
    exports.GetInsightRuleReportOutput$ = GetInsightRuleReportOutput$;
    exports.GetMetricData$ = GetMetricData$;
    exports.GetMetricDataCommand = GetMetricDataCommand2;
    exports.GetMetricDataInput$ = GetMetricDataInput$;
    exports.GetMetricDataOutput$ = GetMetricDataOutput$;
    exports.GetMetricStatistics$ = GetMetricStatistics$;
    exports.GetMetricStatisticsCommand = GetMetricStatisticsCommand;
    exports.GetMetricStatisticsInput$ = GetMetricStatisticsInput$;
    exports.GetMetricStatisticsOutput$ = GetMetricStatisticsOutput$;
    exports.GetMetricStream$ = GetMetricStream$;
    exports.GetMetricStreamCommand = GetMetricStreamCommand;
    exports.GetMetricStreamInput$ = GetMetricStreamInput$;
    exports.GetMetricStreamOutput$ = GetMetricStreamOutput$;
    exports.GetMetricWidgetImage$ = GetMetricWidgetImage$;
    exports.GetMetricWidgetImageCommand = GetMetricWidgetImageCommand;
    exports.GetMetricWidgetImageInput$ = GetMetricWidgetImageInput$;
    exports.GetMetricWidgetImageOutput$ = GetMetricWidgetImageOutput$;
    exports.GetOTelEnrichment$ = GetOTelEnrichment$;
    exports.GetOTelEnrichmentCommand = GetOTelEnrichmentCommand;
    exports.GetOTelEnrichmentInput$ = GetOTelEnrichmentInput$;
    exports.GetOTelEnrichmentOutput$ = GetOTelEnrichmentOutput$;
    exports.GetResourceMetricsConfiguration$ = GetResourceMetricsConfiguration$;
    exports.GetResourceMetricsConfigurationCommand = GetResourceMetricsConfigurationCommand;
    exports.GetResourceMetricsConfigurationInput$ = GetResourceMetricsConfigurationInput$;
    exports.GetResourceMetricsConfigurationOutput$ = GetResourceMetricsConfigurationOutput$;
    exports.HistoryItemType = HistoryItemType;
    exports.InsightRule$ = InsightRule$;
    exports.InsightRuleContributor$ = InsightRuleContributor$;
    exports.InsightRuleContributorDatapoint$ = InsightRuleContributorDatapoint$;
    exports.InsightRuleMetricDatapoint$ = InsightRuleMetricDatapoint$;
    exports.InternalServiceFault = InternalServiceFault;
    exports.InternalServiceFault$ = InternalServiceFault$;
    exports.InvalidFormatFault = InvalidFormatFault;
    exports.InvalidFormatFault$ = InvalidFormatFault$;
    exports.InvalidNextToken = InvalidNextToken;
    exports.InvalidNextToken$ = InvalidNextToken$;
    exports.InvalidParameterCombinationException = InvalidParameterCombinationException;
    exports.InvalidParameterCombinationException$ = InvalidParameterCombinationException$;
    exports.InvalidParameterValueException = InvalidParameterValueException;
    exports.InvalidParameterValueException$ = InvalidParameterValueException$;
    exports.KmsAccessDeniedException = KmsAccessDeniedException;
    exports.KmsAccessDeniedException$ = KmsAccessDeniedException$;
    exports.KmsKeyDisabledException = KmsKeyDisabledException;
    exports.KmsKeyDisabledException$ = KmsKeyDisabledException$;
    exports.KmsKeyNotFoundException = KmsKeyNotFoundException;
    exports.KmsKeyNotFoundException$ = KmsKeyNotFoundException$;
    exports.LabelOptions$ = LabelOptions$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.LimitExceededFault = LimitExceededFault;
    exports.LimitExceededFault$ = LimitExceededFault$;
    exports.ListAlarmMuteRules$ = ListAlarmMuteRules$;
    exports.ListAlarmMuteRulesCommand = ListAlarmMuteRulesCommand;
    exports.ListAlarmMuteRulesInput$ = ListAlarmMuteRulesInput$;
    exports.ListAlarmMuteRulesOutput$ = ListAlarmMuteRulesOutput$;
    exports.ListDashboards$ = ListDashboards$;
    exports.ListDashboardsCommand = ListDashboardsCommand;
    exports.ListDashboardsInput$ = ListDashboardsInput$;
    exports.ListDashboardsOutput$ = ListDashboardsOutput$;
    exports.ListManagedInsightRules$ = ListManagedInsightRules$;
    exports.ListManagedInsightRulesCommand = ListManagedInsightRulesCommand;
    exports.ListManagedInsightRulesInput$ = ListManagedInsightRulesInput$;
    exports.ListManagedInsightRulesOutput$ = ListManagedInsightRulesOutput$;
    exports.ListMetricStreams$ = ListMetricStreams$;
    exports.ListMetricStreamsCommand = ListMetricStreamsCommand;
    exports.ListMetricStreamsInput$ = ListMetricStreamsInput$;
    exports.ListMetricStreamsOutput$ = ListMetricStreamsOutput$;
    exports.ListMetrics$ = ListMetrics$;
    exports.ListMetricsCommand = ListMetricsCommand;
    exports.ListMetricsInput$ = ListMetricsInput$;
    exports.ListMetricsOutput$ = ListMetricsOutput$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceInput$ = ListTagsForResourceInput$;
    exports.ListTagsForResourceOutput$ = ListTagsForResourceOutput$;
    exports.LogAlarm$ = LogAlarm$;
    exports.ManagedRule$ = ManagedRule$;
    exports.ManagedRuleDescription$ = ManagedRuleDescription$;
    exports.ManagedRuleState$ = ManagedRuleState$;
    exports.MessageData$ = MessageData$;
    exports.Metric$ = Metric$;
    exports.MetricAlarm$ = MetricAlarm$;
    exports.MetricCharacteristics$ = MetricCharacteristics$;
    exports.MetricDataQuery$ = MetricDataQuery$;
    exports.MetricDataResult$ = MetricDataResult$;
    exports.MetricDatum$ = MetricDatum$;
    exports.MetricMathAnomalyDetector$ = MetricMathAnomalyDetector$;
    exports.MetricStat$ = MetricStat$;
    exports.MetricStreamEntry$ = MetricStreamEntry$;
    exports.MetricStreamFilter$ = MetricStreamFilter$;
    exports.MetricStreamOutputFormat = MetricStreamOutputFormat;
    exports.MetricStreamStatisticsConfiguration$ = MetricStreamStatisticsConfiguration$;
    exports.MetricStreamStatisticsMetric$ = MetricStreamStatisticsMetric$;
    exports.MissingRequiredParameterException = MissingRequiredParameterException;
    exports.MissingRequiredParameterException$ = MissingRequiredParameterException$;
    exports.MuteTargets$ = MuteTargets$;
    exports.OTelEnrichmentMetricSelector$ = OTelEnrichmentMetricSelector$;
    exports.OTelEnrichmentStatus = OTelEnrichmentStatus;
    exports.PartialFailure$ = PartialFailure$;
    exports.PutAlarmMuteRule$ = PutAlarmMuteRule$;
    exports.PutAlarmMuteRuleCommand = PutAlarmMuteRuleCommand;
    exports.PutAlarmMuteRuleInput$ = PutAlarmMuteRuleInput$;
    exports.PutAnomalyDetector$ = PutAnomalyDetector$;
    exports.PutAnomalyDetectorCommand = PutAnomalyDetectorCommand;
    exports.PutAnomalyDetectorInput$ = PutAnomalyDetectorInput$;
    exports.PutAnomalyDetectorOutput$ = PutAnomalyDetectorOutput$;
    exports.PutCompositeAlarm$ = PutCompositeAlarm$;
    exports.PutCompositeAlarmCommand = PutCompositeAlarmCommand;
    exports.PutCompositeAlarmInput$ = PutCompositeAlarmInput$;
    exports.PutDashboard$ = PutDashboard$;
    exports.PutDashboardCommand = PutDashboardCommand;
    exports.PutDashboardInput$ = PutDashboardInput$;
    exports.PutDashboardOutput$ = PutDashboardOutput$;
    exports.PutInsightRule$ = PutInsightRule$;
    exports.PutInsightRuleCommand = PutInsightRuleCommand;
    exports.PutInsightRuleInput$ = PutInsightRuleInput$;
    exports.PutInsightRuleOutput$ = PutInsightRuleOutput$;
    exports.PutLogAlarm$ = PutLogAlarm$;
    exports.PutLogAlarmCommand = PutLogAlarmCommand;
    exports.PutLogAlarmInput$ = PutLogAlarmInput$;
    exports.PutManagedInsightRules$ = PutManagedInsightRules$;
    exports.PutManagedInsightRulesCommand = PutManagedInsightRulesCommand;
    exports.PutManagedInsightRulesInput$ = PutManagedInsightRulesInput$;
    exports.PutManagedInsightRulesOutput$ = PutManagedInsightRulesOutput$;
    exports.PutMetricAlarm$ = PutMetricAlarm$;
    exports.PutMetricAlarmCommand = PutMetricAlarmCommand;
    exports.PutMetricAlarmInput$ = PutMetricAlarmInput$;
    exports.PutMetricData$ = PutMetricData$;
    exports.PutMetricDataCommand = PutMetricDataCommand;
    exports.PutMetricDataInput$ = PutMetricDataInput$;
    exports.PutMetricStream$ = PutMetricStream$;
    exports.PutMetricStreamCommand = PutMetricStreamCommand;
    exports.PutMetricStreamInput$ = PutMetricStreamInput$;
    exports.PutMetricStreamOutput$ = PutMetricStreamOutput$;
    exports.Range$ = Range$;
    exports.RecentlyActive = RecentlyActive;
    exports.ResourceConflict = ResourceConflict;
    exports.ResourceConflict$ = ResourceConflict$;
    exports.ResourceMetricSelection$ = ResourceMetricSelection$;
    exports.ResourceMetricsConfiguration$ = ResourceMetricsConfiguration$;
    exports.ResourceNotFound = ResourceNotFound;
    exports.ResourceNotFound$ = ResourceNotFound$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.Rule$ = Rule$;
    exports.ScanBy = ScanBy;
    exports.Schedule$ = Schedule$;
    exports.ScheduleConfiguration$ = ScheduleConfiguration$;
    exports.ScheduledQueryConfiguration$ = ScheduledQueryConfiguration$;
    exports.SetAlarmState$ = SetAlarmState$;
    exports.SetAlarmStateCommand = SetAlarmStateCommand;
    exports.SetAlarmStateInput$ = SetAlarmStateInput$;
    exports.SingleMetricAnomalyDetector$ = SingleMetricAnomalyDetector$;
    exports.SlidingWindow$ = SlidingWindow$;
    exports.StandardUnit = StandardUnit;
    exports.StartMetricStreams$ = StartMetricStreams$;
    exports.StartMetricStreamsCommand = StartMetricStreamsCommand;
    exports.StartMetricStreamsInput$ = StartMetricStreamsInput$;
    exports.StartMetricStreamsOutput$ = StartMetricStreamsOutput$;
    exports.StartOTelEnrichment$ = StartOTelEnrichment$;
    exports.StartOTelEnrichmentCommand = StartOTelEnrichmentCommand;
    exports.StartOTelEnrichmentInput$ = StartOTelEnrichmentInput$;
    exports.StartOTelEnrichmentOutput$ = StartOTelEnrichmentOutput$;
    exports.StateValue = StateValue;
    exports.Statistic = Statistic;
    exports.StatisticSet$ = StatisticSet$;
    exports.StatusCode = StatusCode;
    exports.StopMetricStreams$ = StopMetricStreams$;
    exports.StopMetricStreamsCommand = StopMetricStreamsCommand;
    exports.StopMetricStreamsInput$ = StopMetricStreamsInput$;
    exports.StopMetricStreamsOutput$ = StopMetricStreamsOutput$;
    exports.StopOTelEnrichment$ = StopOTelEnrichment$;
    exports.StopOTelEnrichmentCommand = StopOTelEnrichmentCommand;
    exports.StopOTelEnrichmentInput$ = StopOTelEnrichmentInput$;
    exports.StopOTelEnrichmentOutput$ = StopOTelEnrichmentOutput$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceInput$ = TagResourceInput$;
    exports.TagResourceOutput$ = TagResourceOutput$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceInput$ = UntagResourceInput$;
    exports.UntagResourceOutput$ = UntagResourceOutput$;
    exports.UpdateOTelEnrichment$ = UpdateOTelEnrichment$;
    exports.UpdateOTelEnrichmentCommand = UpdateOTelEnrichmentCommand;
    exports.UpdateOTelEnrichmentInput$ = UpdateOTelEnrichmentInput$;
    exports.UpdateOTelEnrichmentOutput$ = UpdateOTelEnrichmentOutput$;
    exports.UpdateResourceMetricsConfiguration$ = UpdateResourceMetricsConfiguration$;
    exports.UpdateResourceMetricsConfigurationCommand = UpdateResourceMetricsConfigurationCommand;
    exports.UpdateResourceMetricsConfigurationInput$ = UpdateResourceMetricsConfigurationInput$;
    exports.UpdateResourceMetricsConfigurationOutput$ = UpdateResourceMetricsConfigurationOutput$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.WallClockWindow$ = WallClockWindow$;
    exports.WarmUpConfiguration$ = WarmUpConfiguration$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeAlarmHistory = paginateDescribeAlarmHistory;
    exports.paginateDescribeAlarms = paginateDescribeAlarms;
    exports.paginateDescribeAnomalyDetectors = paginateDescribeAnomalyDetectors;
    exports.paginateDescribeInsightRules = paginateDescribeInsightRules;
    exports.paginateGetMetricData = paginateGetMetricData;
    exports.paginateListAlarmMuteRules = paginateListAlarmMuteRules;
    exports.paginateListDashboards = paginateListDashboards;
    exports.paginateListManagedInsightRules = paginateListManagedInsightRules;
    exports.paginateListMetricStreams = paginateListMetricStreams;
    exports.paginateListMetrics = paginateListMetrics;
    exports.waitForAlarmExists = waitForAlarmExists;
    exports.waitForAlarmMuteRuleExists = waitForAlarmMuteRuleExists;
    exports.waitForCompositeAlarmExists = waitForCompositeAlarmExists;
    exports.waitForLogAlarmExists = waitForLogAlarmExists;
    exports.waitUntilAlarmExists = waitUntilAlarmExists;
    exports.waitUntilAlarmMuteRuleExists = waitUntilAlarmMuteRuleExists;
    exports.waitUntilCompositeAlarmExists = waitUntilCompositeAlarmExists;
    exports.waitUntilLogAlarmExists = waitUntilLogAlarmExists;
  }
});

// packages/status/src/ecs/logs-check.ts
var import_client_cloudwatch_logs = __toESM(require_dist_cjs3(), 1);
var MAX_PAGES = 20, TOP = 5;
function logGroupsOf(taskDefinition, region) {
  let groups = /* @__PURE__ */ new Map();
  for (let c of taskDefinition.containerDefinitions ?? []) {
    let log = c.logConfiguration, group = log?.options?.["awslogs-group"];
    log?.logDriver === "awslogs" && group && groups.set(group, log.options?.["awslogs-region"] ?? region);
  }
  return [...groups].map(([group, r]) => ({ group, region: r }));
}
var shellQuote = (s) => `'${s.replace(/'/g, "'\\''")}'`;
async function checkLogGroup(q, now = Date.now(), notify) {
  let client = new import_client_cloudwatch_logs.CloudWatchLogsClient({ region: q.region, maxAttempts: SDK_MAX_ATTEMPTS, requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS } }), groups = /* @__PURE__ */ new Map(), [count, pages] = [0, 0], nextToken;
  try {
    do {
      let token = nextToken, { value } = await call(
        {
          name: "CloudWatch Logs FilterLogEvents",
          attempt: (abortSignal) => client.send(new import_client_cloudwatch_logs.FilterLogEventsCommand({ logGroupName: q.group, filterPattern: q.filter, startTime: now - q.windowMs, endTime: now, ...token ? { nextToken: token } : {} }), { abortSignal }),
          transient: isTransient,
          describe: (e) => `CloudWatch Logs FilterLogEvents: ${errorMessage(e)}`
        },
        { clock: systemClock, deadline: q.deadline, ...notify ? { notify } : {} }
      );
      for (let e of value.events ?? []) {
        count++;
        let key = messageKey(e.message ?? "");
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
      nextToken = value.nextToken, pages++;
    } while (nextToken && pages < MAX_PAGES);
  } catch (error) {
    return error.name === "AccessDeniedException" ? undecided(`the job's AWS role lacks the permission logs:FilterLogEvents on ${q.group} (${errorMessage(error)})`, { permission: "logs:FilterLogEvents", "log group": q.group }) : undecided(`CloudWatch Logs FilterLogEvents on ${q.group}: ${errorMessage(error)}`, { "log group": q.group });
  } finally {
    client.destroy();
  }
  let truncated = nextToken !== void 0, window = formatDuration(q.windowMs), top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, TOP), counted = `${truncated ? "at least " : ""}${count} error line(s) in ${q.group} in the last ${window}`, evidence = {
    "log group": q.group,
    region: q.region,
    "filter pattern": q.filter,
    window,
    "error lines": count,
    "max errors": q.maxErrors,
    truncated,
    "top messages": top.map(([m, n]) => `${n}× ${m}`).join(`
`) || null,
    "see all": `aws logs tail ${q.group} --since ${Math.ceil(q.windowMs / 6e4)}m --filter-pattern ${shellQuote(q.filter)} --region ${q.region}`
  };
  return count > q.maxErrors ? { outcome: "fail", severity: "P3", summary: `${counted}, over ${q.maxErrors}; most common: ${top[0]?.[0] ?? ""}`, evidence } : { outcome: "pass", summary: `${counted} (at most ${q.maxErrors})`, evidence };
}

// packages/status/src/ecs/metrics-check.ts
var import_client_cloudwatch = __toESM(require_dist_cjs5(), 1);
var MAX_PAGES2 = 10, PERIOD_S = 300, METRICS = [
  { id: "cpu", name: "CPUUtilization", what: "CPU" },
  { id: "memory", name: "MemoryUtilization", what: "memory" }
];
function albQueries(targetGroup, windowMs) {
  let period = Math.max(60, Math.ceil(windowMs / 6e4) * 60), search = (metric, stat) => `SEARCH('{AWS/ApplicationELB,LoadBalancer,TargetGroup} TargetGroup="${targetGroup}" MetricName="${metric}"', '${stat}', ${period})`;
  return [
    { Id: "alb5xx", Expression: search("HTTPCode_Target_5XX_Count", "Sum") },
    { Id: "albrequests", Expression: search("RequestCount", "Sum") },
    { Id: "albp95", Expression: search("TargetResponseTime", "p95") }
  ];
}
var sum = (r) => (r?.Values ?? []).reduce((a, b) => a + b, 0), pct = (rate) => `${(rate * 100).toFixed(2).replace(/\.?0+$/, "")}%`;
function albErrorVerdict(errors, requests, maxRate, window) {
  let [e, n] = [sum(errors), sum(requests)], evidence = { "5xx": e, requests: n, "5xx rate": n === 0 ? null : Math.round(e / n * 1e6) / 1e6, "max error rate": maxRate };
  if (n === 0) return { outcome: "warn", severity: "P4", summary: `no requests reached the target group in the last ${window} (no RequestCount data points)`, evidence };
  let rate = e / n;
  return rate > maxRate ? { outcome: "fail", severity: "P3", summary: `5xx rate ${pct(rate)} (${e} of ${n}) in the last ${window}, over ${pct(maxRate)}`, evidence } : { outcome: "pass", summary: `5xx rate ${pct(rate)} (${e} of ${n}) in the last ${window} (at most ${pct(maxRate)})`, evidence };
}
function albLatencyVerdict(p95, maxP95Ms, window) {
  let values = p95?.Values ?? [];
  if (values.length === 0) return { outcome: "warn", severity: "P4", summary: `no TargetResponseTime data points in the last ${window}`, evidence: { "p95 ms": null, "max p95 ms": maxP95Ms } };
  let ms2 = Math.round(Math.max(...values) * 1e3), evidence = { "p95 ms": ms2, "max p95 ms": maxP95Ms };
  return ms2 > maxP95Ms ? { outcome: "fail", severity: "P3", summary: `p95 response time ${formatDuration(ms2)} in the last ${window}, over ${formatDuration(maxP95Ms)}`, evidence } : { outcome: "pass", summary: `p95 response time ${formatDuration(ms2)} in the last ${window} (at most ${formatDuration(maxP95Ms)})`, evidence };
}
function metricVerdict(what, result, limit, window) {
  let values = result?.Values ?? [], times = result?.Timestamps ?? [];
  if (values.length === 0)
    return { outcome: "warn", severity: "P4", summary: `no ${what} data points in the last ${window}: is the service running, and Container Insights or the ECS metrics on?`, evidence: { "data points": 0, limit } };
  let i = values.reduce((best, v, j) => v > (values[best] ?? -1 / 0) ? j : best, 0), max = Math.round((values[i] ?? 0) * 10) / 10, average = Math.round(values.reduce((a, b) => a + b, 0) / values.length * 10) / 10, evidence = { "max %": max, "average %": average, "limit %": limit, "data points": values.length, "max at": times[i]?.toISOString() ?? null };
  return max > limit ? { outcome: "fail", severity: "P3", summary: `${what} reached ${max}% (5-minute average) in the last ${window}, over ${limit}%; average ${average}%`, evidence } : { outcome: "pass", summary: `${what} at most ${max}% in the last ${window} (limit ${limit}%), average ${average}%`, evidence };
}
async function checkServiceMetrics(q, now = Date.now(), notify) {
  let client = new import_client_cloudwatch.CloudWatchClient({ region: q.region, maxAttempts: SDK_MAX_ATTEMPTS, requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS } }), window = formatDuration(q.windowMs), collected = /* @__PURE__ */ new Map();
  try {
    let nextToken, pages = 0;
    do {
      let token = nextToken, { value } = await call(
        {
          name: "CloudWatch GetMetricData",
          attempt: (abortSignal) => client.send(
            new import_client_cloudwatch.GetMetricDataCommand({
              StartTime: new Date(now - q.windowMs),
              EndTime: new Date(now),
              MetricDataQueries: [
                ...METRICS.map((m) => ({
                  Id: m.id,
                  MetricStat: {
                    Metric: { Namespace: "AWS/ECS", MetricName: m.name, Dimensions: [{ Name: "ClusterName", Value: q.cluster }, { Name: "ServiceName", Value: q.service }] },
                    Period: PERIOD_S,
                    Stat: "Average"
                  }
                })),
                ...q.targetGroup ? albQueries(q.targetGroup, q.windowMs) : []
              ],
              ...token ? { NextToken: token } : {}
            }),
            { abortSignal }
          ),
          transient: isTransient,
          describe: (e) => `CloudWatch GetMetricData: ${errorMessage(e)}`
        },
        { clock: systemClock, deadline: q.deadline, ...notify ? { notify } : {} }
      );
      for (let r of value.MetricDataResults ?? []) {
        let seen = collected.get(r.Id ?? "");
        collected.set(r.Id ?? "", seen ? { ...seen, Values: [...seen.Values ?? [], ...r.Values ?? []], Timestamps: [...seen.Timestamps ?? [], ...r.Timestamps ?? []] } : r);
      }
      nextToken = value.NextToken, pages++;
    } while (nextToken && pages < MAX_PAGES2);
  } catch (error) {
    let name = error.name ?? "", verdict = /^AccessDenied/.test(name) ? undecided(`the job's AWS role lacks the permission cloudwatch:GetMetricData (${errorMessage(error)})`, { permission: "cloudwatch:GetMetricData" }) : undecided(`CloudWatch GetMetricData: ${errorMessage(error)}`);
    return { cpu: verdict, memory: verdict, ...q.targetGroup ? { "alb-5xx": verdict, "alb-p95": verdict } : {} };
  } finally {
    client.destroy();
  }
  return {
    cpu: metricVerdict("CPU", collected.get("cpu"), q.maxCpu, window),
    memory: metricVerdict("memory", collected.get("memory"), q.maxMemory, window),
    ...q.targetGroup ? {
      "alb-5xx": albErrorVerdict(collected.get("alb5xx"), collected.get("albrequests"), q.maxErrorRate, window),
      "alb-p95": albLatencyVerdict(collected.get("albp95"), q.maxP95Ms, window)
    } : {}
  };
}

// packages/status/src/ecs/service-status.ts
var TROUBLE_EVENT = /unable to (place|consistently start)|is unhealthy in|failed (container |ELB )?health checks|health checks? failed|has stopped \d+ running tasks?|failed to (launch|start)|deployment failed|rolling back|CannotPullContainerError|ResourceInitializationError/i, MAX_EVENTS = 5, ms = (date) => date ? date.getTime() : void 0;
function inProgress(deployments) {
  return deployments.some((d) => d.rolloutState !== void 0) ? deployments.find((d) => d.rolloutState === "IN_PROGRESS") : deployments.length > 1 ? deployments.find((d) => d.status === "PRIMARY") : void 0;
}
function serviceVerdict(service, limits, now) {
  let desired = service.desiredCount ?? 0, running = service.runningCount ?? 0, deployments = service.deployments ?? [], rollout = inProgress(deployments), rolloutAge = rollout ? now - (ms(rollout.createdAt) ?? now) : 0, stuck = rollout !== void 0 && rolloutAge > limits.maxRolloutMs, failed = deployments.find((d) => d.status === "PRIMARY" && d.rolloutState === "FAILED"), since = now - limits.windowMs, troubling = (service.events ?? []).filter((e) => (ms(e.createdAt) ?? 0) >= since && TROUBLE_EVENT.test(String(e.message ?? ""))), findings = [];
  if (service.status !== "ACTIVE" && findings.push({ severity: "P1", outcome: "fail", message: `the service is ${service.status ?? "in no status"}, not ACTIVE` }), desired > 0 && running === 0) findings.push({ severity: "P1", outcome: "fail", message: `no task running of ${desired} desired` });
  else if (running < desired) {
    let message = `${running} of ${desired} desired tasks running`;
    findings.push(rollout && !stuck ? { severity: "P4", outcome: "warn", message: `${message} while a rollout is under way` } : { severity: "P2", outcome: "fail", message });
  }
  stuck && findings.push({ severity: "P2", outcome: "fail", message: `deployment ${rollout.id} has been IN_PROGRESS for ${formatDuration(rolloutAge)}, longer than ${formatDuration(limits.maxRolloutMs)}` }), failed && findings.push({ severity: "P2", outcome: "fail", message: `deployment ${failed.id} FAILED: ${failed.rolloutStateReason ?? "no reason given"}` }), troubling.length > 0 && findings.push({ severity: "P3", outcome: "fail", message: `${troubling.length} troubling service event(s) in the last ${formatDuration(limits.windowMs)}, the latest: ${String(troubling[0]?.message ?? "")}` }), desired === 0 && findings.length === 0 && findings.push({ severity: "P4", outcome: "warn", message: "the service is scaled to 0 tasks" });
  let evidence = {
    status: service.status ?? null,
    desired,
    running,
    pending: service.pendingCount ?? 0,
    deployments: deployments.map((d) => `${d.status} ${d.taskDefinition?.split("/").pop() ?? "?"} ${d.runningCount ?? 0}/${d.desiredCount ?? 0}${d.rolloutState ? ` ${d.rolloutState}` : ""}`).join("; "),
    "rollout age": rollout ? formatDuration(rolloutAge) : null,
    events: troubling.slice(0, MAX_EVENTS).map((e) => `${e.createdAt?.toISOString() ?? ""} ${String(e.message ?? "")}`).join(`
`) || null
  }, order = { P1: 1, P2: 2, P3: 3, P4: 4 }, [worst] = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  if (!worst) {
    let state = rollout ? `a rollout under way for ${formatDuration(rolloutAge)}` : "steady";
    return { outcome: "pass", summary: `ACTIVE, ${running} of ${desired} tasks running, ${state}`, evidence };
  }
  return { outcome: findings.some((f) => f.outcome === "fail") ? "fail" : "warn", severity: worst.severity, summary: findings.map((f) => f.message).join("; "), evidence };
}

// packages/status/src/ecs/steps.ts
function ecsSteps({ cluster, service, region }, locale, decided = !0) {
  let at = `--cluster ${cluster} --region ${region}`, steps = {
    en: [
      `Look at the service and its latest events: \`aws ecs describe-services ${at} --services ${service} --query 'services[0].events[:10]'\`.`,
      `Why tasks stopped: \`aws ecs list-tasks ${at} --service-name ${service} --desired-status STOPPED\`, then \`aws ecs describe-tasks ${at} --tasks <arn> --query 'tasks[].stoppedReason'\`.`,
      `Read the logs: \`aws logs tail /ecs/${service} --since 1h --region ${region}\`.`,
      `Restart the tasks: \`aws ecs update-service ${at} --service ${service} --force-new-deployment\`; if a deploy just happened, run the rollback workflow instead.`
    ],
    ja: [
      `サービスと最新イベントを確認: \`aws ecs describe-services ${at} --services ${service} --query 'services[0].events[:10]'\``,
      `停止したタスクの理由: \`aws ecs list-tasks ${at} --service-name ${service} --desired-status STOPPED\`、\`aws ecs describe-tasks ${at} --tasks <arn> --query 'tasks[].stoppedReason'\``,
      `ログ確認: \`aws logs tail /ecs/${service} --since 1h --region ${region}\``,
      `タスクの再起動: \`aws ecs update-service ${at} --service ${service} --force-new-deployment\`。直前にデプロイした場合はロールバックワークフローを実行`
    ]
  }[locale].map((s, i) => `${i + 1}. ${s}`), undecided2 = {
    en: "The check could not decide (see the reason): grant the permission it names to the role of the job (docs/aws-setup.md), so the service is not watched blind.",
    ja: "チェックが判定できませんでした（理由を参照）。ジョブのロールに、名前の挙がった権限を付与してください（docs/aws-setup.md）。"
  }[locale];
  return (decided ? steps : [undecided2, ...steps]).join(`
`);
}

// packages/status/src/ecs/ecs-check.ts
var CALLS_DEADLINE_MS = 6e4;
function failedCall(error) {
  let code = error.code;
  return code === "AccessDeniedException" || code === "AccessDenied" ? undecided(`the job's AWS role lacks the permission ecs:DescribeServices (${errorMessage(error)})`, { permission: "ecs:DescribeServices" }) : undecided(error instanceof UsageError ? `${error.message}` : errorMessage(error));
}
async function describe(targets, ecs) {
  let [first] = targets, { NotFoundError } = await import("./client-WQ744ZXH.js"), answer = (services, name) => {
    let service = services.find((s) => s.serviceName === name);
    return service ? { service } : { verdict: { outcome: "fail", severity: "P1", summary: `service ${name} not found in cluster ${first.cluster} (${first.region})`, evidence: {} } };
  };
  try {
    let services = await ecs.describeServices(first.cluster, targets.map((t) => t.service));
    return targets.map((t) => answer(services, t.service));
  } catch (error) {
    return error instanceof NotFoundError ? Promise.all(
      targets.map(async (t) => {
        try {
          return { service: await ecs.describeService(t.cluster, t.service) };
        } catch (e) {
          return e instanceof NotFoundError ? { verdict: { outcome: "fail", severity: "P1", summary: e.message, evidence: {} } } : { verdict: failedCall(e) };
        }
      })
    ) : targets.map(() => ({ verdict: failedCall(error) }));
  }
}
async function logsResults(t, answer, ecs, clock, notify) {
  let logs = t.logs;
  if (!logs) return [];
  let none = (verdict) => [{ what: "logs", target: `logs ${t.service}`, verdict }], read = (groups2) => Promise.all(
    groups2.map(async (g) => ({
      what: `logs:${g.group}`,
      target: `logs ${g.group}`,
      verdict: await checkLogGroup({ ...g, filter: logs.filter, windowMs: t.limits.windowMs, maxErrors: logs.maxErrors, deadline: clock.now() + CALLS_DEADLINE_MS }, Date.now(), notify)
    }))
  );
  if (logs.logGroup) return read([{ group: logs.logGroup, region: t.region }]);
  if (!("service" in answer)) return none(undecided(`the service could not be read: ${withoutUndecidedPrefix(answer.verdict.summary)}`));
  let taskDefinition;
  try {
    taskDefinition = (await ecs.describeTaskDefinition(answer.service.taskDefinition ?? "")).taskDefinition;
  } catch (error) {
    let denied = error.code === "AccessDeniedException";
    return none(denied ? undecided(`the job's AWS role lacks the permission ecs:DescribeTaskDefinition (${errorMessage(error)})`, { permission: "ecs:DescribeTaskDefinition" }) : failedCall(error));
  }
  let groups = logGroupsOf(taskDefinition, t.region);
  return groups.length === 0 ? none(undecided(`no container of ${taskDefinition.family}:${taskDefinition.revision} logs with the awslogs driver: there is no log group to read (name one with log-group)`)) : read(groups);
}
async function checkEcsStatus(targets, onResult, notify, clock = systemClock) {
  let groups = /* @__PURE__ */ new Map();
  for (let t of targets) groups.set(`${t.region}/${t.cluster}`, [...groups.get(`${t.region}/${t.cluster}`) ?? [], t]);
  let results = [], { EcsClients } = await import("./client-WQ744ZXH.js"), clients = new EcsClients(clock), emit = (t, what, target, verdict, startedAt, started) => {
    let result = toResult(
      {
        id: `${ecsStatusId(t)}${what === "ecs" ? "" : `/${what}`}`,
        subject: t.key,
        target,
        ...t.severity ? { severity: t.severity } : {},
        runbook: t.runbook ?? ecsSteps(t, t.locale, verdict.outcome !== "undecided")
      },
      { ...verdict, evidence: { cluster: t.cluster, service: t.service, region: t.region, ...verdict.evidence } },
      startedAt,
      Math.round(performance.now() - started)
    );
    results.push(result), onResult(result);
  };
  for (let group of groups.values()) {
    let startedAt = /* @__PURE__ */ new Date(), started = performance.now(), ecs = clients.for(group[0].region).within(clock.now() + CALLS_DEADLINE_MS, notify), answers = await describe(group, ecs).catch((error) => group.map(() => ({ verdict: failedCall(error) })));
    for (let [i, t] of group.entries()) {
      let answer = answers[i] ?? { verdict: undecided("no answer") };
      t.status && emit(t, "ecs", `ecs ${t.cluster}/${t.service}`, "service" in answer ? serviceVerdict(answer.service, t.limits, Date.now()) : answer.verdict, startedAt, started);
      let logStarted = performance.now(), logs = await logsResults(t, answer, ecs, clock, notify).catch((error) => [{ what: "logs", target: `logs ${t.service}`, verdict: undecided(`the check failed unexpectedly: ${errorMessage(error)}`) }]);
      for (let l of logs) emit(t, l.what, l.target, l.verdict, /* @__PURE__ */ new Date(), logStarted);
      if (t.metrics) {
        let metricsStarted = performance.now(), targetGroup = "service" in answer ? answer.service.loadBalancers?.find((l) => l.targetGroupArn)?.targetGroupArn?.split(":").pop() : void 0, q = { cluster: t.cluster, service: t.service, region: t.region, windowMs: t.limits.windowMs, ...t.metrics, ...targetGroup ? { targetGroup } : {}, deadline: clock.now() + CALLS_DEADLINE_MS }, verdicts = await checkServiceMetrics(q, Date.now(), notify).catch((error) => {
          let v = undecided(`the check failed unexpectedly: ${errorMessage(error)}`);
          return { cpu: v, memory: v };
        });
        emit(t, "metrics:cpu", `cpu ${t.cluster}/${t.service}`, verdicts.cpu, /* @__PURE__ */ new Date(), metricsStarted), emit(t, "metrics:memory", `memory ${t.cluster}/${t.service}`, verdicts.memory, /* @__PURE__ */ new Date(), metricsStarted), verdicts["alb-5xx"] && emit(t, "metrics:alb-5xx", `5xx ${targetGroup}`, verdicts["alb-5xx"], /* @__PURE__ */ new Date(), metricsStarted), verdicts["alb-p95"] && emit(t, "metrics:alb-p95", `p95 ${targetGroup}`, verdicts["alb-p95"], /* @__PURE__ */ new Date(), metricsStarted);
      }
    }
  }
  return results;
}
export {
  checkEcsStatus,
  failedCall
};
