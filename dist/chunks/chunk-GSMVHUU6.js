import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
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
import {
  event_streams_exports,
  init_event_streams
} from "./chunk-2GPSWFVH.js";
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
  __commonJS,
  __toCommonJS
} from "./chunk-KBV2H3VL.js";

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2)), { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports)), { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports)), { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports)), { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports)), { eventStreamSerdeProvider, resolveEventStreamSerdeConfig } = (init_event_streams(), __toCommonJS(event_streams_exports)), { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports)), { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports)), { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports)), { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports)), { defaultProvider } = require_dist_cjs2(), { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports)), { streamCollector, NodeHttpHandler } = require_dist_cjs(), { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2)), { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports)), defaultCloudWatchLogsHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "logs",
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
    var defaultCloudWatchLogsHttpAuthSchemeProvider = (authParameters) => {
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
      defaultSigningName: "logs"
    }), commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    }, version = "3.1163.0", packageInfo = {
      version
    }, m = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = { [m]: "Endpoint" }, i = { [m]: d }, j = { [m]: "Region" }, k = {}, l = [j], _data = {
      conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "us-gov-east-1"]],
        [g, [j, "us-gov-west-1"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://logs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://logs.us-gov-east-1.amazonaws.com", k],
        ["https://logs.us-gov-west-1.amazonaws.com", k],
        ["https://logs-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://logs.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://logs.{Region}.{PartitionResult#dnsSuffix}", k],
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
      r + 13,
      2,
      5,
      r + 13,
      3,
      8,
      6,
      4,
      7,
      r + 12,
      5,
      r + 10,
      r + 11,
      4,
      12,
      9,
      6,
      10,
      r + 9,
      7,
      r + 6,
      11,
      8,
      r + 7,
      r + 8,
      5,
      13,
      r + 5,
      6,
      r + 4,
      r + 5,
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
    var CloudWatchLogsServiceException = class _CloudWatchLogsServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs#CloudWatchLogsServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _CloudWatchLogsServiceException.prototype);
      }
    }, AccessDeniedException = class _AccessDeniedException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _AccessDeniedException.prototype);
      }
    }, InvalidParameterException = class _InvalidParameterException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InvalidParameterException";
      name = "InvalidParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidParameterException.prototype);
      }
    }, OperationAbortedException = class _OperationAbortedException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#OperationAbortedException";
      name = "OperationAbortedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OperationAbortedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _OperationAbortedException.prototype);
      }
    }, ResourceNotFoundException = class _ResourceNotFoundException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
      }
    }, ServiceUnavailableException = class _ServiceUnavailableException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ServiceUnavailableException";
      name = "ServiceUnavailableException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "ServiceUnavailableException",
          $fault: "server",
          ...opts
        }), Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
      }
    }, InternalServerException = class _InternalServerException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InternalServerException";
      name = "InternalServerException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        }), Object.setPrototypeOf(this, _InternalServerException.prototype);
      }
    }, ThrottlingException = class _ThrottlingException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ThrottlingException";
      name = "ThrottlingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ThrottlingException.prototype);
      }
    }, ValidationException = class _ValidationException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ValidationException";
      name = "ValidationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ValidationException.prototype);
      }
    }, InvalidOperationException = class _InvalidOperationException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InvalidOperationException";
      name = "InvalidOperationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidOperationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidOperationException.prototype);
      }
    }, ConflictException = class _ConflictException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ConflictException";
      name = "ConflictException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ConflictException.prototype);
      }
    }, ServiceQuotaExceededException = class _ServiceQuotaExceededException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ServiceQuotaExceededException";
      name = "ServiceQuotaExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
      }
    }, LimitExceededException = class _LimitExceededException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _LimitExceededException.prototype);
      }
    }, ResourceAlreadyExistsException = class _ResourceAlreadyExistsException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#ResourceAlreadyExistsException";
      name = "ResourceAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceAlreadyExistsException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceAlreadyExistsException.prototype);
      }
    }, DataAlreadyAcceptedException = class _DataAlreadyAcceptedException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#DataAlreadyAcceptedException";
      name = "DataAlreadyAcceptedException";
      $fault = "client";
      expectedSequenceToken;
      constructor(opts) {
        super({
          name: "DataAlreadyAcceptedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DataAlreadyAcceptedException.prototype), this.expectedSequenceToken = opts.expectedSequenceToken;
      }
    }, InternalStreamingException = class _InternalStreamingException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InternalStreamingException";
      name = "InternalStreamingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InternalStreamingException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InternalStreamingException.prototype);
      }
    }, InvalidSequenceTokenException = class _InvalidSequenceTokenException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#InvalidSequenceTokenException";
      name = "InvalidSequenceTokenException";
      $fault = "client";
      expectedSequenceToken;
      constructor(opts) {
        super({
          name: "InvalidSequenceTokenException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidSequenceTokenException.prototype), this.expectedSequenceToken = opts.expectedSequenceToken;
      }
    }, UnrecognizedClientException = class _UnrecognizedClientException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#UnrecognizedClientException";
      name = "UnrecognizedClientException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnrecognizedClientException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _UnrecognizedClientException.prototype);
      }
    }, SessionStreamingException = class _SessionStreamingException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#SessionStreamingException";
      name = "SessionStreamingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SessionStreamingException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SessionStreamingException.prototype);
      }
    }, SessionTimeoutException = class _SessionTimeoutException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#SessionTimeoutException";
      name = "SessionTimeoutException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SessionTimeoutException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SessionTimeoutException.prototype);
      }
    }, MalformedQueryException = class _MalformedQueryException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#MalformedQueryException";
      name = "MalformedQueryException";
      $fault = "client";
      queryCompileError;
      constructor(opts) {
        super({
          name: "MalformedQueryException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _MalformedQueryException.prototype), this.queryCompileError = opts.queryCompileError;
      }
    }, TooManyTagsException = class _TooManyTagsException extends CloudWatchLogsServiceException {
      static shapeId = "com.amazonaws.cloudwatchlogs#TooManyTagsException";
      name = "TooManyTagsException";
      $fault = "client";
      resourceName;
      constructor(opts) {
        super({
          name: "TooManyTagsException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _TooManyTagsException.prototype), this.resourceName = opts.resourceName;
      }
    }, _A = "Anomaly", _AD = "AnomalyDetector", _ADE = "AccessDeniedException", _ADn = "AnomalyDetectors", _AF = "AllowedFields", _AK = "AddKeys", _AKE = "AddKeyEntry", _AKEd = "AddKeyEntries", _AKK = "AssociateKmsKey", _AKKR = "AssociateKmsKeyRequest", _ALGS = "AggregateLogGroupSummary", _ALGSg = "AggregateLogGroupSummaries", _AP = "AccountPolicy", _APc = "AccountPolicies", _ASTSTI = "AssociateSourceToS3TableIntegration", _ASTSTIR = "AssociateSourceToS3TableIntegrationRequest", _ASTSTIRs = "AssociateSourceToS3TableIntegrationResponse", _An = "Anomalies", _CD = "CreateDelivery", _CDR = "CreateDeliveryRequest", _CDRr = "CreateDeliveryResponse", _CE = "ConflictException", _CET = "CancelExportTask", _CETR = "CancelExportTaskRequest", _CETRr = "CreateExportTaskRequest", _CETRre = "CreateExportTaskResponse", _CETr = "CreateExportTask", _CIT = "CancelImportTask", _CITR = "CancelImportTaskRequest", _CITRa = "CancelImportTaskResponse", _CITRr = "CreateImportTaskRequest", _CITRre = "CreateImportTaskResponse", _CITr = "CreateImportTask", _CLAD = "CreateLogAnomalyDetector", _CLADR = "CreateLogAnomalyDetectorRequest", _CLADRr = "CreateLogAnomalyDetectorResponse", _CLG = "CreateLogGroup", _CLGR = "CreateLogGroupRequest", _CLS = "CreateLogStream", _CLSR = "CreateLogStreamRequest", _CLT = "CreateLookupTable", _CLTR = "CreateLookupTableRequest", _CLTRr = "CreateLookupTableResponse", _CSQ = "CreateScheduledQuery", _CSQR = "CreateScheduledQueryRequest", _CSQRr = "CreateScheduledQueryResponse", _CSV = "CSV", _CT = "ConfigurationTemplate", _CTDCV = "ConfigurationTemplateDeliveryConfigValues", _CTo = "ConfigurationTemplates", _CV = "CopyValue", _CVE = "CopyValueEntry", _CVEo = "CopyValueEntries", _D = "Delivery", _DAAE = "DataAlreadyAcceptedException", _DAP = "DeleteAccountPolicy", _DAPR = "DeleteAccountPolicyRequest", _DAPRe = "DeleteAccountPolicyResponse", _DAPRes = "DescribeAccountPoliciesRequest", _DAPResc = "DescribeAccountPoliciesResponse", _DAPe = "DescribeAccountPolicies", _DC = "DestinationConfiguration", _DCT = "DescribeConfigurationTemplates", _DCTR = "DescribeConfigurationTemplatesRequest", _DCTRe = "DescribeConfigurationTemplatesResponse", _DD = "DeliveryDestination", _DDC = "DeliveryDestinationConfiguration", _DDD = "DeleteDeliveryDestination", _DDDP = "DeleteDeliveryDestinationPolicy", _DDDPR = "DeleteDeliveryDestinationPolicyRequest", _DDDR = "DeleteDeliveryDestinationRequest", _DDDRe = "DescribeDeliveryDestinationsRequest", _DDDRes = "DescribeDeliveryDestinationsResponse", _DDDe = "DescribeDeliveryDestinations", _DDPP = "DeleteDataProtectionPolicy", _DDPPR = "DeleteDataProtectionPolicyRequest", _DDR = "DeleteDeliveryRequest", _DDRe = "DeleteDestinationRequest", _DDRes = "DescribeDeliveriesRequest", _DDResc = "DescribeDeliveriesResponse", _DDRescr = "DescribeDestinationsRequest", _DDRescri = "DescribeDestinationsResponse", _DDS = "DeleteDeliverySource", _DDSR = "DeleteDeliverySourceRequest", _DDSRe = "DescribeDeliverySourcesRequest", _DDSRes = "DescribeDeliverySourcesResponse", _DDSe = "DescribeDeliverySources", _DDe = "DeliveryDestinations", _DDel = "DeleteDelivery", _DDele = "DeleteDestination", _DDes = "DescribeDeliveries", _DDesc = "DescribeDestinations", _DET = "DescribeExportTasks", _DETR = "DescribeExportTasksRequest", _DETRe = "DescribeExportTasksResponse", _DFI = "DescribeFieldIndexes", _DFIR = "DescribeFieldIndexesRequest", _DFIRe = "DescribeFieldIndexesResponse", _DI = "DeleteIntegration", _DIP = "DeleteIndexPolicy", _DIPR = "DeleteIndexPolicyRequest", _DIPRe = "DeleteIndexPolicyResponse", _DIPRes = "DescribeIndexPoliciesRequest", _DIPResc = "DescribeIndexPoliciesResponse", _DIPe = "DescribeIndexPolicies", _DIR = "DeleteIntegrationRequest", _DIRe = "DeleteIntegrationResponse", _DIT = "DescribeImportTasks", _DITB = "DescribeImportTaskBatches", _DITBR = "DescribeImportTaskBatchesRequest", _DITBRe = "DescribeImportTaskBatchesResponse", _DITR = "DescribeImportTasksRequest", _DITRe = "DescribeImportTasksResponse", _DK = "DeleteKeys", _DKK = "DisassociateKmsKey", _DKKR = "DisassociateKmsKeyRequest", _DLAD = "DeleteLogAnomalyDetector", _DLADR = "DeleteLogAnomalyDetectorRequest", _DLG = "DeleteLogGroup", _DLGR = "DeleteLogGroupRequest", _DLGRe = "DescribeLogGroupsRequest", _DLGRes = "DescribeLogGroupsResponse", _DLGe = "DescribeLogGroups", _DLS = "DeleteLogStream", _DLSR = "DeleteLogStreamRequest", _DLSRe = "DescribeLogStreamsRequest", _DLSRes = "DescribeLogStreamsResponse", _DLSe = "DescribeLogStreams", _DLT = "DeleteLookupTable", _DLTR = "DeleteLookupTableRequest", _DLTRe = "DescribeLookupTablesRequest", _DLTRes = "DescribeLookupTablesResponse", _DLTe = "DescribeLookupTables", _DMF = "DeleteMetricFilter", _DMFR = "DeleteMetricFilterRequest", _DMFRe = "DescribeMetricFiltersRequest", _DMFRes = "DescribeMetricFiltersResponse", _DMFe = "DescribeMetricFilters", _DNP = "DestinationNamePrefix", _DQ = "DescribeQueries", _DQD = "DeleteQueryDefinition", _DQDR = "DeleteQueryDefinitionRequest", _DQDRe = "DeleteQueryDefinitionResponse", _DQDRes = "DescribeQueryDefinitionsRequest", _DQDResc = "DescribeQueryDefinitionsResponse", _DQDe = "DescribeQueryDefinitions", _DQR = "DescribeQueriesRequest", _DQRe = "DescribeQueriesResponse", _DRP = "DeleteResourcePolicy", _DRPR = "DeleteResourcePolicyRequest", _DRPRe = "DeleteRetentionPolicyRequest", _DRPRes = "DescribeResourcePoliciesRequest", _DRPResc = "DescribeResourcePoliciesResponse", _DRPe = "DeleteRetentionPolicy", _DRPes = "DescribeResourcePolicies", _DRR = "DryRunResult", _DS = "DataSource", _DSC = "DeleteSyslogConfiguration", _DSCR = "DeleteSyslogConfigurationRequest", _DSCS = "DeliverySourceConfigurationSchema", _DSCSe = "DeliverySourceConfigurationSchemas", _DSF = "DataSourceFilter", _DSFR = "DeleteSubscriptionFilterRequest", _DSFRe = "DescribeSubscriptionFiltersRequest", _DSFRes = "DescribeSubscriptionFiltersResponse", _DSFSTI = "DisassociateSourceFromS3TableIntegration", _DSFSTIR = "DisassociateSourceFromS3TableIntegrationRequest", _DSFSTIRi = "DisassociateSourceFromS3TableIntegrationResponse", _DSFa = "DataSourceFilters", _DSFe = "DeleteSubscriptionFilter", _DSFes = "DescribeSubscriptionFilters", _DSQ = "DeleteScheduledQuery", _DSQR = "DeleteScheduledQueryRequest", _DSQRe = "DeleteScheduledQueryResponse", _DSe = "DeliverySource", _DSel = "DeliverySources", _DT = "DeleteTransformer", _DTC = "DateTimeConverter", _DTR = "DeleteTransformerRequest", _De = "Destination", _Del = "Deliveries", _Des = "Destinations", _E = "Entity", _ET = "ExportTask", _ETEI = "ExportTaskExecutionInfo", _ETS = "ExportTaskStatus", _ETx = "ExportTasks", _FD = "FieldsData", _FI = "FieldIndex", _FIi = "FieldIndexes", _FLE = "FilteredLogEvent", _FLER = "FilterLogEventsRequest", _FLERi = "FilterLogEventsResponse", _FLEi = "FilteredLogEvents", _FLEil = "FilterLogEvents", _G = "Grok", _GD = "GetDelivery", _GDD = "GetDeliveryDestination", _GDDP = "GetDeliveryDestinationPolicy", _GDDPR = "GetDeliveryDestinationPolicyRequest", _GDDPRe = "GetDeliveryDestinationPolicyResponse", _GDDR = "GetDeliveryDestinationRequest", _GDDRe = "GetDeliveryDestinationResponse", _GDPP = "GetDataProtectionPolicy", _GDPPR = "GetDataProtectionPolicyRequest", _GDPPRe = "GetDataProtectionPolicyResponse", _GDR = "GetDeliveryRequest", _GDRe = "GetDeliveryResponse", _GDS = "GetDeliverySource", _GDSR = "GetDeliverySourceRequest", _GDSRe = "GetDeliverySourceResponse", _GI = "GroupingIdentifier", _GIR = "GetIntegrationRequest", _GIRe = "GetIntegrationResponse", _GIe = "GetIntegration", _GIr = "GroupingIdentifiers", _GLAD = "GetLogAnomalyDetector", _GLADR = "GetLogAnomalyDetectorRequest", _GLADRe = "GetLogAnomalyDetectorResponse", _GLE = "GetLogEvents", _GLER = "GetLogEventsRequest", _GLERe = "GetLogEventsResponse", _GLF = "GetLogFields", _GLFR = "GetLogFieldsRequest", _GLFRe = "GetLogFieldsResponse", _GLGF = "GetLogGroupFields", _GLGFR = "GetLogGroupFieldsRequest", _GLGFRe = "GetLogGroupFieldsResponse", _GLO = "GetLogObject", _GLOR = "GetLogObjectRequest", _GLORS = "GetLogObjectResponseStream", _GLORe = "GetLogObjectResponse", _GLR = "GetLogRecord", _GLRR = "GetLogRecordRequest", _GLRRe = "GetLogRecordResponse", _GLT = "GetLookupTable", _GLTR = "GetLookupTableRequest", _GLTRe = "GetLookupTableResponse", _GQR = "GetQueryResults", _GQRR = "GetQueryResultsRequest", _GQRRe = "GetQueryResultsResponse", _GSQ = "GetScheduledQuery", _GSQH = "GetScheduledQueryHistory", _GSQHR = "GetScheduledQueryHistoryRequest", _GSQHRe = "GetScheduledQueryHistoryResponse", _GSQR = "GetScheduledQueryRequest", _GSQRe = "GetScheduledQueryResponse", _GSTP = "GetStorageTierPolicy", _GSTPR = "GetStorageTierPolicyRequest", _GSTPRe = "GetStorageTierPolicyResponse", _GT = "GetTransformer", _GTR = "GetTransformerRequest", _GTRe = "GetTransformerResponse", _I = "Import", _IB = "ImportBatch", _IBL = "ImportBatchList", _ID = "IntegrationDetails", _IF = "ImportFilter", _IL = "ImportList", _ILE = "InputLogEvent", _ILEn = "InputLogEvents", _IOE = "InvalidOperationException", _IP = "IndexPolicy", _IPE = "InvalidParameterException", _IPn = "IndexPolicies", _IS = "ImportStatistics", _ISE = "InternalServerException", _ISEn = "InternalStreamingException", _ISTE = "InvalidSequenceTokenException", _ISn = "IntegrationSummary", _ISnt = "IntegrationSummaries", _LA = "ListAnomalies", _LALGS = "ListAggregateLogGroupSummaries", _LALGSR = "ListAggregateLogGroupSummariesRequest", _LALGSRi = "ListAggregateLogGroupSummariesResponse", _LAR = "ListAnomaliesRequest", _LARi = "ListAnomaliesResponse", _LCS = "LowerCaseString", _LE = "LogEvent", _LEE = "LimitExceededException", _LFL = "LogFieldsList", _LFLI = "LogFieldsListItem", _LFT = "LogFieldType", _LG = "LogGroup", _LGF = "LogGroupField", _LGFL = "LogGroupFieldList", _LGI = "LogGroupImpact", _LGIo = "LogGroupImpacts", _LGS = "LogGroupSummary", _LGSo = "LogGroupSummaries", _LGo = "LogGroups", _LI = "ListIntegrations", _LIR = "ListIntegrationsRequest", _LIRi = "ListIntegrationsResponse", _LLAD = "ListLogAnomalyDetectors", _LLADR = "ListLogAnomalyDetectorsRequest", _LLADRi = "ListLogAnomalyDetectorsResponse", _LLG = "ListLogGroups", _LLGFQ = "ListLogGroupsForQuery", _LLGFQR = "ListLogGroupsForQueryRequest", _LLGFQRi = "ListLogGroupsForQueryResponse", _LLGR = "ListLogGroupsRequest", _LLGRi = "ListLogGroupsResponse", _LS = "LogStream", _LSC = "ListSyslogConfigurations", _LSCR = "ListSyslogConfigurationsRequest", _LSCRi = "ListSyslogConfigurationsResponse", _LSFSTI = "ListSourcesForS3TableIntegration", _LSFSTIR = "ListSourcesForS3TableIntegrationRequest", _LSFSTIRi = "ListSourcesForS3TableIntegrationResponse", _LSQ = "ListScheduledQueries", _LSQR = "ListScheduledQueriesRequest", _LSQRi = "ListScheduledQueriesResponse", _LSo = "LogSamples", _LSog = "LogStreams", _LT = "LookupTable", _LTC = "LookupTableConfiguration", _LTFR = "ListTagsForResource", _LTFRR = "ListTagsForResourceRequest", _LTFRRi = "ListTagsForResourceResponse", _LTLG = "ListTagsLogGroup", _LTLGR = "ListTagsLogGroupRequest", _LTLGRi = "ListTagsLogGroupResponse", _LTM = "ListToMap", _LTSLE = "LiveTailSessionLogEvent", _LTSM = "LiveTailSessionMetadata", _LTSR = "LiveTailSessionResults", _LTSS = "LiveTailSessionStart", _LTSU = "LiveTailSessionUpdate", _LTo = "LookupTables", _MF = "MetricFilter", _MFM = "MetricFilterMatches", _MFMR = "MetricFilterMatchRecord", _MFe = "MetricFilters", _MK = "MoveKeys", _MKE = "MoveKeyEntry", _MKEo = "MoveKeyEntries", _MQE = "MalformedQueryException", _MT = "MetricTransformation", _MTe = "MetricTransformations", _OAE = "OperationAbortedException", _OLE = "OutputLogEvent", _OLEu = "OutputLogEvents", _OSA = "OpenSearchApplication", _OSC = "OpenSearchCollection", _OSDAP = "OpenSearchDataAccessPolicy", _OSDS = "OpenSearchDataSource", _OSEP = "OpenSearchEncryptionPolicy", _OSID = "OpenSearchIntegrationDetails", _OSLP = "OpenSearchLifecyclePolicy", _OSNP = "OpenSearchNetworkPolicy", _OSRC = "OpenSearchResourceConfig", _OSRS = "OpenSearchResourceStatus", _OSW = "OpenSearchWorkspace", _P = "Policy", _PAP = "PutAccountPolicy", _PAPR = "PutAccountPolicyRequest", _PAPRu = "PutAccountPolicyResponse", _PBTA = "PutBearerTokenAuthentication", _PBTAR = "PutBearerTokenAuthenticationRequest", _PC = "ParseCloudfront", _PD = "PutDestination", _PDD = "PutDeliveryDestination", _PDDP = "PutDeliveryDestinationPolicy", _PDDPR = "PutDeliveryDestinationPolicyRequest", _PDDPRu = "PutDeliveryDestinationPolicyResponse", _PDDR = "PutDeliveryDestinationRequest", _PDDRu = "PutDeliveryDestinationResponse", _PDP = "PutDestinationPolicy", _PDPP = "PutDataProtectionPolicy", _PDPPR = "PutDataProtectionPolicyRequest", _PDPPRu = "PutDataProtectionPolicyResponse", _PDPR = "PutDestinationPolicyRequest", _PDR = "PutDestinationRequest", _PDRu = "PutDestinationResponse", _PDS = "PutDeliverySource", _PDSR = "PutDeliverySourceRequest", _PDSRu = "PutDeliverySourceResponse", _PI = "PutIntegration", _PIP = "PutIndexPolicy", _PIPR = "PutIndexPolicyRequest", _PIPRu = "PutIndexPolicyResponse", _PIR = "PutIntegrationRequest", _PIRu = "PutIntegrationResponse", _PJSON = "ParseJSON", _PKV = "ParseKeyValue", _PLE = "PutLogEvents", _PLER = "PutLogEventsRequest", _PLERu = "PutLogEventsResponse", _PLGDP = "PutLogGroupDeletionProtection", _PLGDPR = "PutLogGroupDeletionProtectionRequest", _PMF = "PutMetricFilter", _PMFR = "PutMetricFilterRequest", _PP = "ParsePostgres", _PQD = "PutQueryDefinition", _PQDR = "PutQueryDefinitionRequest", _PQDRu = "PutQueryDefinitionResponse", _PR = "ParseRoute53", _PRP = "PutResourcePolicy", _PRPR = "PutResourcePolicyRequest", _PRPRu = "PutResourcePolicyResponse", _PRPRut = "PutRetentionPolicyRequest", _PRPu = "PutRetentionPolicy", _PSC = "PutSyslogConfiguration", _PSCR = "PutSyslogConfigurationRequest", _PSF = "PutSubscriptionFilter", _PSFR = "PutSubscriptionFilterRequest", _PSTP = "PutStorageTierPolicy", _PSTPR = "PutStorageTierPolicyRequest", _PSTPRu = "PutStorageTierPolicyResponse", _PT = "PatternToken", _PTOCSF = "ParseToOCSF", _PTR = "PutTransformerRequest", _PTa = "PatternTokens", _PTu = "PutTransformer", _PVPC = "ParseVPC", _PWAF = "ParseWAF", _Pr = "Processor", _Pro = "Processors", _QCE = "QueryCompileError", _QCEL = "QueryCompileErrorLocation", _QD = "QueryDefinition", _QDL = "QueryDefinitionList", _QI = "QueryInfo", _QIL = "QueryInfoList", _QP = "QueryParameter", _QPL = "QueryParameterList", _QR = "QueryResults", _QS = "QueryStatistics", _RAEE = "ResourceAlreadyExistsException", _RC = "ResourceConfig", _REI = "RejectedEntityInfo", _RF = "RecordField", _RFe = "ResultField", _RK = "RenameKeys", _RKE = "RenameKeyEntry", _RKEe = "RenameKeyEntries", _RLEI = "RejectedLogEventsInfo", _RNFE = "ResourceNotFoundException", _RP = "ResourcePolicy", _RPe = "ResourcePolicies", _RR = "ResultRows", _SC = "S3Configuration", _SCy = "SyslogConfiguration", _SCys = "SyslogConfigurations", _SDC = "S3DeliveryConfiguration", _SF = "SubscriptionFilter", _SFu = "SubscriptionFilters", _SLS = "SearchedLogStream", _SLSe = "SearchedLogStreams", _SLT = "StartLiveTail", _SLTR = "StartLiveTailRequest", _SLTRS = "StartLiveTailResponseStream", _SLTRt = "StartLiveTailResponse", _SP = "SuppressionPeriod", _SQ = "StartQuery", _SQD = "ScheduledQueryDestination", _SQDL = "ScheduledQueryDestinationList", _SQEE = "ServiceQuotaExceededException", _SQR = "StartQueryRequest", _SQRt = "StartQueryResponse", _SQRto = "StopQueryRequest", _SQRtop = "StopQueryResponse", _SQS = "ScheduledQuerySummary", _SQSL = "ScheduledQuerySummaryList", _SQt = "StopQuery", _SS = "SplitString", _SSE = "SessionStreamingException", _SSEp = "SplitStringEntry", _SSEpl = "SplitStringEntries", _SSEu = "SubstituteStringEntry", _SSEub = "SubstituteStringEntries", _SSu = "SubstituteString", _STE = "SessionTimeoutException", _STI = "S3TablesIntegration", _STIS = "S3TableIntegrationSource", _STISa = "S3TableIntegrationSources", _SUE = "ServiceUnavailableException", _TC = "TypeConverter", _TCE = "TypeConverterEntry", _TCEy = "TypeConverterEntries", _TE = "ThrottlingException", _TF = "TagFilter", _TFa = "TagFilters", _THR = "TriggerHistoryRecord", _THRL = "TriggerHistoryRecordList", _TL = "TransformedLogs", _TLG = "TagLogGroup", _TLGR = "TagLogGroupRequest", _TLR = "TransformedLogRecord", _TMF = "TestMetricFilter", _TMFR = "TestMetricFilterRequest", _TMFRe = "TestMetricFilterResponse", _TMTE = "TooManyTagsException", _TR = "TagResource", _TRR = "TagResourceRequest", _TS = "TrimString", _TT = "TestTransformer", _TTR = "TestTransformerRequest", _TTRe = "TestTransformerResponse", _UA = "UpdateAnomaly", _UAR = "UpdateAnomalyRequest", _UCE = "UnrecognizedClientException", _UCS = "UpperCaseString", _UDC = "UpdateDeliveryConfiguration", _UDCR = "UpdateDeliveryConfigurationRequest", _UDCRp = "UpdateDeliveryConfigurationResponse", _ULAD = "UpdateLogAnomalyDetector", _ULADR = "UpdateLogAnomalyDetectorRequest", _ULG = "UntagLogGroup", _ULGR = "UntagLogGroupRequest", _ULT = "UpdateLookupTable", _ULTR = "UpdateLookupTableRequest", _ULTRp = "UpdateLookupTableResponse", _UR = "UntagResource", _URR = "UntagResourceRequest", _USQ = "UpdateScheduledQuery", _USQR = "UpdateScheduledQueryRequest", _USQRp = "UpdateScheduledQueryResponse", _VE = "ValidationException", _a = "active", _aA = "applicationArn", _aAFAVLDFR = "allowedActionForAllowVendedLogsDeliveryForResource", _aD = "anomalyDetectors", _aDA = "anomalyDetectorArn", _aDS = "anomalyDetectorStatus", _aE = "applicationEndpoint", _aF = "allowedFields", _aFD = "allowedFieldDelimiters", _aI = "accountId", _aIc = "accountIdentifiers", _aIn = "anomalyId", _aIp = "applicationId", _aK = "addKeys", _aLGS = "aggregateLogGroupSummaries", _aOF = "allowedOutputFormats", _aOTL = "applyOnTransformedLogs", _aP = "accountPolicies", _aPc = "accessPolicy", _aPcc = "accountPolicy", _aSPF = "allowedSuffixPathFields", _aVT = "anomalyVisibilityTime", _an = "anomalies", _ap = "application", _ar = "arn", _at = "attributes", _b = "baseline", _bI = "batchId", _bIS = "batchImportStatus", _bIy = "bytesImported", _bS = "bytesScanned", _bTAE = "bearerTokenAuthenticationEnabled", _c = "client", _cA = "createdAt", _cAo = "collectionArn", _cE = "collectionEndpoint", _cR = "currentRetention", _cT = "creationTime", _cTS = "creationTimeStamp", _cTSr = "createdTimeStamp", _cTl = "clientToken", _cTo = "configurationTemplates", _cTom = "completionTime", _cTr = "createTime", _cV = "copyValue", _co = "columns", _cod = "code", _col = "collection", _cs = "csv", _d = "description", _dA = "destinationArn", _dC = "destinationConfiguration", _dD = "deliveryDestinations", _dDA = "deliveryDestinationArn", _dDC = "deliveryDestinationConfiguration", _dDCV = "defaultDeliveryConfigValues", _dDN = "deliveryDestinationName", _dDP = "deliveryDestinationPolicy", _dDT = "deliveryDestinationType", _dDTe = "deliveryDestinationTypes", _dDe = "deliveryDestination", _dI = "destinationIdentifier", _dK = "deleteKeys", _dN = "detectorName", _dNa = "datasourceName", _dNe = "destinationName", _dP = "destinationPrefix", _dPE = "deletionProtectionEnabled", _dPS = "dataProtectionStatus", _dR = "dryRun", _dRA = "destinationResourceArn", _dRLGC = "decreasedRetentionLogGroupCount", _dRR = "dryRunResult", _dS = "dataSource", _dSC = "deliverySourceConfiguration", _dSN = "deliverySourceName", _dSNa = "dataSourceName", _dSNe = "deliverySourceNames", _dSRA = "dataSourceRoleArn", _dST = "dataSourceType", _dSa = "dataSources", _dSe = "deliverySources", _dSel = "deliverySource", _dT = "datasourceType", _dTC = "dateTimeConverter", _dTP = "dynamicTokenPosition", _dTe = "destinationType", _dV = "defaultValue", _dVP = "dashboardViewerPrincipals", _da = "data", _de = "delivery", _del = "delimiter", _deli = "deliveries", _des = "destination", _desc = "descending", _dest = "destinations", _di = "dimensions", _dis = "distribution", _e = "error", _eBS = "estimatedBytesSkipped", _eCO = "endCharOffset", _eET = "endEventTime", _eF = "evaluationFrequency", _eHCP = "enableHiveCompatiblePath", _eI = "executionInfo", _eIv = "eventId", _eK = "encryptionKey", _eLEEI = "expiredLogEventEndIndex", _eM = "errorMessage", _eMv = "eventMessage", _eN = "eventNumber", _eP = "encryptionPolicy", _eRA = "executionRoleArn", _eRI = "expectedRevisionId", _eRS = "estimatedRecordsSkipped", _eS = "executionStatuses", _eSF = "emitSystemFields", _eSFD = "emitSystemFieldDimensions", _eST = "expectedSequenceToken", _eSv = "eventSource", _eSx = "executionStatus", _eT = "exportTasks", _eTO = "endTimeOffset", _eTn = "endTime", _eTr = "errorType", _eV = "extractedValues", _el = "element", _en = "entries", _ena = "enabled", _end = "endpoint", _ent = "entity", _enu = "enumerations", _ev = "events", _f = "from", _fAC = "failedAnalysisCount", _fD = "fieldDelimiter", _fE = "flattenedElement", _fET = "firstEventTime", _fETi = "firstEventTimestamp", _fI = "fieldIndexes", _fIN = "fieldIndexName", _fINi = "fieldIndexNames", _fLGA = "filterLogGroupArn", _fN = "filterName", _fNP = "filterNamePrefix", _fP = "filterPattern", _fS = "firstSeen", _fSC = "fieldSelectionCriteria", _fSi = "fieldStream", _fU = "forceUpdate", _fi = "fields", _fie = "field", _fl = "flatten", _fo = "force", _g = "grok", _gB = "groupBy", _gI = "groupingIdentifiers", _h = "histogram", _hE = "httpError", _i = "identifier", _iA = "integrationArn", _iB = "importBatches", _iC = "indexCategories", _iCn = "indexCategory", _iD = "integrationDetails", _iDA = "importDestinationArn", _iDs = "isDynamic", _iF = "importFilter", _iI = "importId", _iLA = "includeLinkedAccounts", _iN = "integrationName", _iNP = "integrationNamePrefix", _iP = "indexPolicies", _iPLS = "isPatternLevelSuppression", _iPn = "inheritedProperties", _iPnd = "indexPolicy", _iRA = "importRoleArn", _iRLGC = "increasedRetentionLogGroupCount", _iS = "importStatistics", _iSA = "importSourceArn", _iSm = "importStatus", _iSn = "integrationStatus", _iSnt = "integrationSummaries", _iT = "ingestionTime", _iTN = "inferredTokenName", _iTn = "integrationType", _id = "id", _im = "imports", _in = "interleaved", _k = "key", _kA = "keyAttributes", _kKA = "kmsKeyArn", _kKI = "kmsKeyId", _kN = "keyName", _kP = "keyPrefix", _kVD = "keyValueDelimiter", _l = "locale", _lCS = "lowerCaseString", _lE = "logEvents", _lEFP = "logEventFilterPattern", _lEM = "logEventMessages", _lES = "lastExecutionStatus", _lET = "lastEventTime", _lETa = "lastEventTimestamp", _lF = "logFields", _lFN = "logFieldName", _lFT = "logFieldType", _lG = "logGroups", _lGA = "logGroupArn", _lGAL = "logGroupArnList", _lGC = "logGroupCount", _lGCo = "logGroupClass", _lGF = "logGroupFields", _lGI = "logGroupIdentifiers", _lGIo = "logGroupIdentifier", _lGN = "logGroupName", _lGNP = "logGroupNamePrefix", _lGNPo = "logGroupNamePattern", _lGNo = "logGroupNames", _lGS = "logGroupsScanned", _lGT = "logGroupTags", _lIT = "lastIngestionTime", _lM = "lastModified", _lMT = "lastModifiedTime", _lMTS = "lastModifiedTimeStamp", _lOP = "logObjectPointer", _lP = "lifecyclePolicy", _lR = "logRecord", _lRP = "logRecordPointer", _lS = "lastSeen", _lSN = "logStreamName", _lSNP = "logStreamNamePrefix", _lSNPo = "logStreamNamePrefixes", _lSNo = "logStreamNames", _lST = "lastScanTime", _lSo = "logSamples", _lSog = "logStreams", _lT = "logType", _lTA = "lookupTableArn", _lTC = "lookupTableConfiguration", _lTM = "listToMap", _lTN = "lookupTableName", _lTNP = "lookupTableNamePrefix", _lTT = "lastTriggeredTime", _lTo = "logTypes", _lToo = "lookupTables", _lUT = "lastUpdatedTime", _lUTa = "lastUpdateTime", _li = "limit", _lo = "location", _m = "message", _mF = "metricFilters", _mFC = "metricFilterCount", _mI = "maxItems", _mK = "moveKeys", _mN = "metricName", _mNe = "metricNamespace", _mP = "matchPatterns", _mR = "maxResults", _mT = "metricTransformations", _mV = "minValue", _mVa = "maxValue", _mVap = "mappingVersion", _mVe = "metricValue", _ma = "match", _man = "mandatory", _mat = "matches", _n = "name", _nBT = "nextBackwardToken", _nFT = "nextForwardToken", _nMV = "nonMatchValue", _nP = "networkPolicy", _nST = "nextSequenceToken", _nT = "nextToken", _na = "names", _oAI = "ownerAccountId", _oB = "orderBy", _oF = "outputFormat", _oIE = "overwriteIfExists", _oSID = "openSearchIntegrationDetails", _oSRC = "openSearchResourceConfig", _oV = "ocsfVersion", _p = "priority", _pC = "parseCloudfront", _pD = "policyDocument", _pI = "patternId", _pIr = "processedIdentifier", _pJSON = "parseJSON", _pKV = "parseKeyValue", _pN = "policyName", _pP = "parsePostgres", _pR = "patternRegex", _pRa = "parseRoute53", _pRr = "proposedRetention", _pS = "patternString", _pSI = "parentSourceIdentifier", _pSo = "policyScope", _pT = "policyType", _pTOCSF = "parseToOCSF", _pTa = "patternTokens", _pVPC = "parseVPC", _pWAF = "parseWAF", _pa = "parameters", _pe = "percent", _po = "policy", _q = "queries", _qC = "quoteCharacter", _qCE = "queryCompileError", _qD = "queryDefinitions", _qDI = "queryDefinitionId", _qDNP = "queryDefinitionNamePrefix", _qDu = "queryDuration", _qI = "queryId", _qL = "queryLanguage", _qS = "queryString", _r = "results", _rA = "resourceArn", _rAe = "resourceArns", _rAo = "roleArn", _rC = "recordsCount", _rCe = "resourceConfig", _rCes = "resultCount", _rD = "retentionDays", _rEI = "rejectedEntityInfo", _rF = "recordFields", _rI = "resourceIdentifier", _rID = "retentionInDays", _rIe = "requestId", _rIev = "revisionId", _rK = "renameKeys", _rLEI = "rejectedLogEventsInfo", _rM = "recordsMatched", _rN = "resourceName", _rP = "resourcePolicies", _rPN = "retentionPolicyName", _rPe = "resourcePolicy", _rS = "recordsScanned", _rSe = "responseStream", _rT = "resourceType", _rTe = "resourceTypes", _rTen = "renameTo", _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs", _sB = "sizeBytes", _sBt = "storedBytes", _sC = "selectionCriteria", _sCO = "startCharOffset", _sCe = "searchedCompletely", _sCo = "s3Configuration", _sCt = "statusCode", _sCy = "syslogConfigurations", _sD = "suppressedDate", _sDC = "s3DeliveryConfiguration", _sE = "scheduleExpression", _sET = "scheduleEndTime", _sETt = "startEventTime", _sF = "subscriptionFilters", _sFH = "startFromHead", _sI = "sessionId", _sLS = "searchedLogStreams", _sM = "sessionMetadata", _sMt = "statusMessage", _sP = "suffixPath", _sPu = "suppressionPeriod", _sQ = "scheduledQueries", _sQA = "scheduledQueryArn", _sR = "statusReason", _sRe = "sessionResults", _sS = "suppressionState", _sST = "scheduleStartTime", _sSe = "sessionStart", _sSp = "splitString", _sSu = "substituteString", _sT = "sourceTimezone", _sTI = "s3TablesIntegration", _sTO = "startTimeOffset", _sTc = "scheduleType", _sTe = "sequenceToken", _sTo = "sourceType", _sTt = "startTime", _sTto = "storageTier", _sTu = "suppressionType", _sU = "suppressedUntil", _sUe = "sessionUpdate", _sUu = "suppressionUnit", _sV = "supportedValues", _sa = "sampled", _sc = "scope", _se = "server", _ser = "service", _so = "source", _sou = "sources", _st = "state", _sta = "status", _stat = "statistics", _str = "streaming", _su = "suppressed", _suc = "success", _t = "target", _tA = "targetArn", _tB = "tableBody", _tC = "transformerConfig", _tCy = "typeConverter", _tEM = "transformedEventMessage", _tF = "targetFormat", _tFa = "tableFields", _tH = "triggerHistory", _tI = "taskId", _tK = "tagKeys", _tL = "transformedLogs", _tLGI = "topLogGroupsImpacted", _tMLG = "totalMatchedLogGroups", _tN = "taskName", _tNLESI = "tooNewLogEventStartIndex", _tNa = "tableName", _tOLEEI = "tooOldLogEventEndIndex", _tS = "tokenString", _tSr = "trimString", _tT = "targetTimezone", _tTr = "triggeredTimestamp", _ta = "tags", _ti = "timezone", _tim = "timestamp", _time = "time", _to = "to", _ty = "type", _u = "unmask", _uCS = "upperCaseString", _uI = "userIdentity", _uRLGC = "unchangedRetentionLogGroupCount", _uST = "uploadSequenceToken", _un = "unit", _v = "value", _vEI = "vpcEndpointId", _vK = "valueKey", _vT = "valueType", _va = "values", _w = "workspace", _wI = "workspaceId", _wK = "withKeys", n0 = "com.amazonaws.cloudwatchlogs", _s_registry = new TypeRegistry(_s), CloudWatchLogsServiceException$ = [-3, _s, "CloudWatchLogsServiceException", 0, [], []];
    _s_registry.registerError(CloudWatchLogsServiceException$, CloudWatchLogsServiceException);
    var n0_registry = new TypeRegistry(n0), AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var DataAlreadyAcceptedException$ = [
      -3,
      n0,
      _DAAE,
      { [_e]: _c },
      [_eST, _m],
      [0, 0]
    ];
    n0_registry.registerError(DataAlreadyAcceptedException$, DataAlreadyAcceptedException);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var InternalStreamingException$ = [
      -3,
      n0,
      _ISEn,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InternalStreamingException$, InternalStreamingException);
    var InvalidOperationException$ = [
      -3,
      n0,
      _IOE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var InvalidSequenceTokenException$ = [
      -3,
      n0,
      _ISTE,
      { [_e]: _c },
      [_eST, _m],
      [0, 0]
    ];
    n0_registry.registerError(InvalidSequenceTokenException$, InvalidSequenceTokenException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var MalformedQueryException$ = [
      -3,
      n0,
      _MQE,
      { [_e]: _c },
      [_qCE, _m],
      [() => QueryCompileError$, 0]
    ];
    n0_registry.registerError(MalformedQueryException$, MalformedQueryException);
    var OperationAbortedException$ = [
      -3,
      n0,
      _OAE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OperationAbortedException$, OperationAbortedException);
    var ResourceAlreadyExistsException$ = [
      -3,
      n0,
      _RAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ServiceQuotaExceededException$ = [
      -3,
      n0,
      _SQEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ServiceUnavailableException$ = [
      -3,
      n0,
      _SUE,
      { [_e]: _se },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
    var SessionStreamingException$ = [
      -3,
      n0,
      _SSE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(SessionStreamingException$, SessionStreamingException);
    var SessionTimeoutException$ = [
      -3,
      n0,
      _STE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(SessionTimeoutException$, SessionTimeoutException);
    var ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var TooManyTagsException$ = [
      -3,
      n0,
      _TMTE,
      { [_e]: _c, [_hE]: 400 },
      [_m, _rN],
      [0, 0]
    ];
    n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
    var UnrecognizedClientException$ = [
      -3,
      n0,
      _UCE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnrecognizedClientException$, UnrecognizedClientException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ], AccountPolicy$ = [
      3,
      n0,
      _AP,
      0,
      [_pN, _pD, _lUT, _pT, _sc, _sC, _aI],
      [0, 0, 1, 0, 0, 0, 0]
    ], AddKeyEntry$ = [
      3,
      n0,
      _AKE,
      0,
      [_k, _v, _oIE],
      [0, 0, 2],
      2
    ], AddKeys$ = [
      3,
      n0,
      _AK,
      0,
      [_en],
      [() => AddKeyEntries],
      1
    ], AggregateLogGroupSummary$ = [
      3,
      n0,
      _ALGS,
      0,
      [_lGC, _gI],
      [1, () => GroupingIdentifiers]
    ], Anomaly$ = [
      3,
      n0,
      _A,
      0,
      [_aIn, _pI, _aDA, _pS, _fS, _lS, _d, _a, _st, _h, _lSo, _pTa, _lGAL, _pR, _p, _su, _sD, _sU, _iPLS],
      [0, 0, 0, 0, 1, 1, 0, 2, 0, 129, () => LogSamples, () => PatternTokens, 64, 0, 0, 2, 1, 1, 2],
      13
    ], AnomalyDetector$ = [
      3,
      n0,
      _AD,
      0,
      [_aDA, _dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
      [0, 0, 64, 0, 0, 0, 0, 1, 1, 1]
    ], AssociateKmsKeyRequest$ = [
      3,
      n0,
      _AKKR,
      0,
      [_kKI, _lGN, _rI],
      [0, 0, 0],
      1
    ], AssociateSourceToS3TableIntegrationRequest$ = [
      3,
      n0,
      _ASTSTIR,
      0,
      [_iA, _dS],
      [0, () => DataSource$],
      2
    ], AssociateSourceToS3TableIntegrationResponse$ = [
      3,
      n0,
      _ASTSTIRs,
      0,
      [_i],
      [0]
    ], CancelExportTaskRequest$ = [
      3,
      n0,
      _CETR,
      0,
      [_tI],
      [0],
      1
    ], CancelImportTaskRequest$ = [
      3,
      n0,
      _CITR,
      0,
      [_iI],
      [0],
      1
    ], CancelImportTaskResponse$ = [
      3,
      n0,
      _CITRa,
      0,
      [_iI, _iS, _iSm, _cT, _lUT],
      [0, () => ImportStatistics$, 0, 1, 1]
    ], ConfigurationTemplate$ = [
      3,
      n0,
      _CT,
      0,
      [_ser, _lT, _rT, _dDT, _dDCV, _aF, _aOF, _aAFAVLDFR, _aFD, _aSPF, _dSC, _sTI],
      [0, 0, 0, 0, () => ConfigurationTemplateDeliveryConfigValues$, () => AllowedFields, 64, 0, 64, 64, () => DeliverySourceConfigurationSchemas, () => S3TablesIntegration$]
    ], ConfigurationTemplateDeliveryConfigValues$ = [
      3,
      n0,
      _CTDCV,
      0,
      [_rF, _fD, _sDC],
      [64, 0, () => S3DeliveryConfiguration$]
    ], CopyValue$ = [
      3,
      n0,
      _CV,
      0,
      [_en],
      [() => CopyValueEntries],
      1
    ], CopyValueEntry$ = [
      3,
      n0,
      _CVE,
      0,
      [_so, _t, _oIE],
      [0, 0, 2],
      2
    ], CreateDeliveryRequest$ = [
      3,
      n0,
      _CDR,
      0,
      [_dSN, _dDA, _rF, _fD, _sDC, _ta],
      [0, 0, 64, 0, () => S3DeliveryConfiguration$, 128],
      2
    ], CreateDeliveryResponse$ = [
      3,
      n0,
      _CDRr,
      0,
      [_de],
      [() => Delivery$]
    ], CreateExportTaskRequest$ = [
      3,
      n0,
      _CETRr,
      0,
      [_lGN, _f, _to, _des, _tN, _lSNP, _dP],
      [0, 1, 1, 0, 0, 0, 0],
      4
    ], CreateExportTaskResponse$ = [
      3,
      n0,
      _CETRre,
      0,
      [_tI],
      [0]
    ], CreateImportTaskRequest$ = [
      3,
      n0,
      _CITRr,
      0,
      [_iSA, _iRA, _iF],
      [0, 0, () => ImportFilter$],
      2
    ], CreateImportTaskResponse$ = [
      3,
      n0,
      _CITRre,
      0,
      [_iI, _iDA, _cT],
      [0, 0, 1]
    ], CreateLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _CLADR,
      0,
      [_lGAL, _dN, _eF, _fP, _kKI, _aVT, _ta],
      [64, 0, 0, 0, 0, 1, 128],
      1
    ], CreateLogAnomalyDetectorResponse$ = [
      3,
      n0,
      _CLADRr,
      0,
      [_aDA],
      [0]
    ], CreateLogGroupRequest$ = [
      3,
      n0,
      _CLGR,
      0,
      [_lGN, _kKI, _ta, _lGCo, _dPE],
      [0, 0, 128, 0, 2],
      1
    ], CreateLogStreamRequest$ = [
      3,
      n0,
      _CLSR,
      0,
      [_lGN, _lSN],
      [0, 0],
      2
    ], CreateLookupTableRequest$ = [
      3,
      n0,
      _CLTR,
      0,
      [_lTN, _d, _tB, _qI, _kKI, _ta],
      [0, 0, 0, 0, 0, 128],
      1
    ], CreateLookupTableResponse$ = [
      3,
      n0,
      _CLTRr,
      0,
      [_lTA, _cA],
      [0, 1]
    ], CreateScheduledQueryRequest$ = [
      3,
      n0,
      _CSQR,
      0,
      [_n, _qL, _qS, _sE, _eRA, _d, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st, _ta],
      [0, 0, 0, 0, 0, 0, 64, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0, 128],
      5
    ], CreateScheduledQueryResponse$ = [
      3,
      n0,
      _CSQRr,
      0,
      [_sQA, _st],
      [0, 0]
    ], CSV$ = [
      3,
      n0,
      _CSV,
      0,
      [_qC, _del, _co, _so, _des],
      [0, 0, 64, 0, 0]
    ], DataSource$ = [
      3,
      n0,
      _DS,
      0,
      [_n, _ty],
      [0, 0],
      1
    ], DataSourceFilter$ = [
      3,
      n0,
      _DSF,
      0,
      [_n, _ty],
      [0, 0],
      1
    ], DateTimeConverter$ = [
      3,
      n0,
      _DTC,
      0,
      [_so, _t, _mP, _tF, _sT, _tT, _l],
      [0, 0, 64, 0, 0, 0, 0],
      3
    ], DeleteAccountPolicyRequest$ = [
      3,
      n0,
      _DAPR,
      0,
      [_pN, _pT, _dR],
      [0, 0, 2],
      2
    ], DeleteAccountPolicyResponse$ = [
      3,
      n0,
      _DAPRe,
      0,
      [_dRR],
      [() => DryRunResult$]
    ], DeleteDataProtectionPolicyRequest$ = [
      3,
      n0,
      _DDPPR,
      0,
      [_lGIo],
      [0],
      1
    ], DeleteDeliveryDestinationPolicyRequest$ = [
      3,
      n0,
      _DDDPR,
      0,
      [_dDN],
      [0],
      1
    ], DeleteDeliveryDestinationRequest$ = [
      3,
      n0,
      _DDDR,
      0,
      [_n],
      [0],
      1
    ], DeleteDeliveryRequest$ = [
      3,
      n0,
      _DDR,
      0,
      [_id],
      [0],
      1
    ], DeleteDeliverySourceRequest$ = [
      3,
      n0,
      _DDSR,
      0,
      [_n],
      [0],
      1
    ], DeleteDestinationRequest$ = [
      3,
      n0,
      _DDRe,
      0,
      [_dNe],
      [0],
      1
    ], DeleteIndexPolicyRequest$ = [
      3,
      n0,
      _DIPR,
      0,
      [_lGIo],
      [0],
      1
    ], DeleteIndexPolicyResponse$ = [
      3,
      n0,
      _DIPRe,
      0,
      [],
      []
    ], DeleteIntegrationRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_iN, _fo],
      [0, 2],
      1
    ], DeleteIntegrationResponse$ = [
      3,
      n0,
      _DIRe,
      0,
      [],
      []
    ], DeleteKeys$ = [
      3,
      n0,
      _DK,
      0,
      [_wK],
      [64],
      1
    ], DeleteLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _DLADR,
      0,
      [_aDA],
      [0],
      1
    ], DeleteLogGroupRequest$ = [
      3,
      n0,
      _DLGR,
      0,
      [_lGN],
      [0],
      1
    ], DeleteLogStreamRequest$ = [
      3,
      n0,
      _DLSR,
      0,
      [_lGN, _lSN],
      [0, 0],
      2
    ], DeleteLookupTableRequest$ = [
      3,
      n0,
      _DLTR,
      0,
      [_lTA],
      [0],
      1
    ], DeleteMetricFilterRequest$ = [
      3,
      n0,
      _DMFR,
      0,
      [_lGN, _fN],
      [0, 0],
      2
    ], DeleteQueryDefinitionRequest$ = [
      3,
      n0,
      _DQDR,
      0,
      [_qDI],
      [0],
      1
    ], DeleteQueryDefinitionResponse$ = [
      3,
      n0,
      _DQDRe,
      0,
      [_suc],
      [2]
    ], DeleteResourcePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_pN, _rA, _eRI],
      [0, 0, 0]
    ], DeleteRetentionPolicyRequest$ = [
      3,
      n0,
      _DRPRe,
      0,
      [_lGN],
      [0],
      1
    ], DeleteScheduledQueryRequest$ = [
      3,
      n0,
      _DSQR,
      0,
      [_i],
      [0],
      1
    ], DeleteScheduledQueryResponse$ = [
      3,
      n0,
      _DSQRe,
      0,
      [],
      []
    ], DeleteSubscriptionFilterRequest$ = [
      3,
      n0,
      _DSFR,
      0,
      [_lGN, _fN],
      [0, 0],
      2
    ], DeleteSyslogConfigurationRequest$ = [
      3,
      n0,
      _DSCR,
      0,
      [_lGIo, _vEI],
      [0, 0],
      1
    ], DeleteTransformerRequest$ = [
      3,
      n0,
      _DTR,
      0,
      [_lGIo],
      [0],
      1
    ], Delivery$ = [
      3,
      n0,
      _D,
      0,
      [_id, _ar, _dSN, _dDA, _dDT, _rF, _fD, _sDC, _ta],
      [0, 0, 0, 0, 0, 64, 0, () => S3DeliveryConfiguration$, 128]
    ], DeliveryDestination$ = [
      3,
      n0,
      _DD,
      0,
      [_n, _ar, _dDT, _oF, _dDC, _rAo, _ta],
      [0, 0, 0, 0, () => DeliveryDestinationConfiguration$, 0, 128]
    ], DeliveryDestinationConfiguration$ = [
      3,
      n0,
      _DDC,
      0,
      [_dRA],
      [0],
      1
    ], DeliverySource$ = [
      3,
      n0,
      _DSe,
      0,
      [_n, _ar, _rAe, _ser, _lT, _ta, _dSC, _sta, _sR],
      [0, 0, 64, 0, 0, 128, 128, 0, 0]
    ], DeliverySourceConfigurationSchema$ = [
      3,
      n0,
      _DSCS,
      0,
      [_kN, _vT, _dV, _sV, _mV, _mVa],
      [0, 0, 0, 64, 1, 1],
      3
    ], DescribeAccountPoliciesRequest$ = [
      3,
      n0,
      _DAPRes,
      0,
      [_pT, _pN, _aIc, _nT],
      [0, 0, 64, 0],
      1
    ], DescribeAccountPoliciesResponse$ = [
      3,
      n0,
      _DAPResc,
      0,
      [_aP, _nT],
      [() => AccountPolicies, 0]
    ], DescribeConfigurationTemplatesRequest$ = [
      3,
      n0,
      _DCTR,
      0,
      [_ser, _lTo, _rTe, _dDTe, _nT, _li],
      [0, 64, 64, 64, 0, 1]
    ], DescribeConfigurationTemplatesResponse$ = [
      3,
      n0,
      _DCTRe,
      0,
      [_cTo, _nT],
      [() => ConfigurationTemplates, 0]
    ], DescribeDeliveriesRequest$ = [
      3,
      n0,
      _DDRes,
      0,
      [_nT, _li, _dSNe],
      [0, 1, 64]
    ], DescribeDeliveriesResponse$ = [
      3,
      n0,
      _DDResc,
      0,
      [_deli, _nT],
      [() => Deliveries, 0]
    ], DescribeDeliveryDestinationsRequest$ = [
      3,
      n0,
      _DDDRe,
      0,
      [_nT, _li, _na],
      [0, 1, 64]
    ], DescribeDeliveryDestinationsResponse$ = [
      3,
      n0,
      _DDDRes,
      0,
      [_dD, _nT],
      [() => DeliveryDestinations, 0]
    ], DescribeDeliverySourcesRequest$ = [
      3,
      n0,
      _DDSRe,
      0,
      [_nT, _li, _rAe],
      [0, 1, 64]
    ], DescribeDeliverySourcesResponse$ = [
      3,
      n0,
      _DDSRes,
      0,
      [_dSe, _nT],
      [() => DeliverySources, 0]
    ], DescribeDestinationsRequest$ = [
      3,
      n0,
      _DDRescr,
      0,
      [_DNP, _nT, _li],
      [0, 0, 1]
    ], DescribeDestinationsResponse$ = [
      3,
      n0,
      _DDRescri,
      0,
      [_dest, _nT],
      [() => Destinations, 0]
    ], DescribeExportTasksRequest$ = [
      3,
      n0,
      _DETR,
      0,
      [_tI, _sCt, _nT, _li],
      [0, 0, 0, 1]
    ], DescribeExportTasksResponse$ = [
      3,
      n0,
      _DETRe,
      0,
      [_eT, _nT],
      [() => ExportTasks, 0]
    ], DescribeFieldIndexesRequest$ = [
      3,
      n0,
      _DFIR,
      0,
      [_lGI, _iC, _nT],
      [64, 64, 0],
      1
    ], DescribeFieldIndexesResponse$ = [
      3,
      n0,
      _DFIRe,
      0,
      [_fI, _nT],
      [() => FieldIndexes, 0]
    ], DescribeImportTaskBatchesRequest$ = [
      3,
      n0,
      _DITBR,
      0,
      [_iI, _bIS, _li, _nT],
      [0, 64, 1, 0],
      1
    ], DescribeImportTaskBatchesResponse$ = [
      3,
      n0,
      _DITBRe,
      0,
      [_iSA, _iI, _iB, _nT],
      [0, 0, () => ImportBatchList, 0]
    ], DescribeImportTasksRequest$ = [
      3,
      n0,
      _DITR,
      0,
      [_iI, _iSm, _iSA, _li, _nT],
      [0, 0, 0, 1, 0]
    ], DescribeImportTasksResponse$ = [
      3,
      n0,
      _DITRe,
      0,
      [_im, _nT],
      [() => ImportList, 0]
    ], DescribeIndexPoliciesRequest$ = [
      3,
      n0,
      _DIPRes,
      0,
      [_lGI, _nT],
      [64, 0],
      1
    ], DescribeIndexPoliciesResponse$ = [
      3,
      n0,
      _DIPResc,
      0,
      [_iP, _nT],
      [() => IndexPolicies, 0]
    ], DescribeLogGroupsRequest$ = [
      3,
      n0,
      _DLGRe,
      0,
      [_aIc, _lGNP, _lGNPo, _nT, _li, _iLA, _lGCo, _lGI],
      [64, 0, 0, 0, 1, 2, 0, 64]
    ], DescribeLogGroupsResponse$ = [
      3,
      n0,
      _DLGRes,
      0,
      [_lG, _nT],
      [() => LogGroups, 0]
    ], DescribeLogStreamsRequest$ = [
      3,
      n0,
      _DLSRe,
      0,
      [_lGN, _lGIo, _lSNP, _oB, _desc, _nT, _li],
      [0, 0, 0, 0, 2, 0, 1]
    ], DescribeLogStreamsResponse$ = [
      3,
      n0,
      _DLSRes,
      0,
      [_lSog, _nT],
      [() => LogStreams, 0]
    ], DescribeLookupTablesRequest$ = [
      3,
      n0,
      _DLTRe,
      0,
      [_lTNP, _mR, _nT],
      [0, 1, 0]
    ], DescribeLookupTablesResponse$ = [
      3,
      n0,
      _DLTRes,
      0,
      [_lToo, _nT],
      [() => LookupTables, 0]
    ], DescribeMetricFiltersRequest$ = [
      3,
      n0,
      _DMFRe,
      0,
      [_lGN, _fNP, _nT, _li, _mN, _mNe],
      [0, 0, 0, 1, 0, 0]
    ], DescribeMetricFiltersResponse$ = [
      3,
      n0,
      _DMFRes,
      0,
      [_mF, _nT],
      [() => MetricFilters, 0]
    ], DescribeQueriesRequest$ = [
      3,
      n0,
      _DQR,
      0,
      [_lGN, _sta, _mR, _nT, _qL],
      [0, 0, 1, 0, 0]
    ], DescribeQueriesResponse$ = [
      3,
      n0,
      _DQRe,
      0,
      [_q, _nT],
      [() => QueryInfoList, 0]
    ], DescribeQueryDefinitionsRequest$ = [
      3,
      n0,
      _DQDRes,
      0,
      [_qL, _qDNP, _mR, _nT],
      [0, 0, 1, 0]
    ], DescribeQueryDefinitionsResponse$ = [
      3,
      n0,
      _DQDResc,
      0,
      [_qD, _nT],
      [() => QueryDefinitionList, 0]
    ], DescribeResourcePoliciesRequest$ = [
      3,
      n0,
      _DRPRes,
      0,
      [_nT, _li, _rA, _pSo],
      [0, 1, 0, 0]
    ], DescribeResourcePoliciesResponse$ = [
      3,
      n0,
      _DRPResc,
      0,
      [_rP, _nT],
      [() => ResourcePolicies, 0]
    ], DescribeSubscriptionFiltersRequest$ = [
      3,
      n0,
      _DSFRe,
      0,
      [_lGN, _fNP, _nT, _li],
      [0, 0, 0, 1],
      1
    ], DescribeSubscriptionFiltersResponse$ = [
      3,
      n0,
      _DSFRes,
      0,
      [_sF, _nT],
      [() => SubscriptionFilters, 0]
    ], Destination$ = [
      3,
      n0,
      _De,
      0,
      [_dNe, _tA, _rAo, _aPc, _ar, _cT],
      [0, 0, 0, 0, 0, 1]
    ], DestinationConfiguration$ = [
      3,
      n0,
      _DC,
      0,
      [_sCo, _lTC],
      [() => S3Configuration$, () => LookupTableConfiguration$]
    ], DisassociateKmsKeyRequest$ = [
      3,
      n0,
      _DKKR,
      0,
      [_lGN, _rI],
      [0, 0]
    ], DisassociateSourceFromS3TableIntegrationRequest$ = [
      3,
      n0,
      _DSFSTIR,
      0,
      [_i],
      [0],
      1
    ], DisassociateSourceFromS3TableIntegrationResponse$ = [
      3,
      n0,
      _DSFSTIRi,
      0,
      [_i],
      [0]
    ], DryRunResult$ = [
      3,
      n0,
      _DRR,
      0,
      [_tMLG, _iRLGC, _dRLGC, _uRLGC, _fAC, _tLGI],
      [1, 1, 1, 1, 1, () => LogGroupImpacts]
    ], Entity$ = [
      3,
      n0,
      _E,
      0,
      [_kA, _at],
      [128, 128]
    ], ExportTask$ = [
      3,
      n0,
      _ET,
      0,
      [_tI, _tN, _lGN, _f, _to, _des, _dP, _sta, _eI],
      [0, 0, 0, 1, 1, 0, 0, () => ExportTaskStatus$, () => ExportTaskExecutionInfo$]
    ], ExportTaskExecutionInfo$ = [
      3,
      n0,
      _ETEI,
      0,
      [_cT, _cTom],
      [1, 1]
    ], ExportTaskStatus$ = [
      3,
      n0,
      _ETS,
      0,
      [_cod, _m],
      [0, 0]
    ], FieldIndex$ = [
      3,
      n0,
      _FI,
      0,
      [_lGIo, _fIN, _lST, _fET, _lET, _ty, _iCn],
      [0, 0, 1, 1, 1, 0, 0]
    ], FieldsData$ = [
      3,
      n0,
      _FD,
      0,
      [_da],
      [21]
    ], FilteredLogEvent$ = [
      3,
      n0,
      _FLE,
      0,
      [_lSN, _tim, _m, _iT, _eIv],
      [0, 1, 0, 1, 0]
    ], FilterLogEventsRequest$ = [
      3,
      n0,
      _FLER,
      0,
      [_lGN, _lGIo, _lSNo, _lSNP, _sTt, _eTn, _fP, _nT, _li, _sFH, _in, _u],
      [0, 0, 64, 0, 1, 1, 0, 0, 1, 2, 2, 2]
    ], FilterLogEventsResponse$ = [
      3,
      n0,
      _FLERi,
      0,
      [_ev, _sLS, _nT],
      [() => FilteredLogEvents, () => SearchedLogStreams, 0]
    ], GetDataProtectionPolicyRequest$ = [
      3,
      n0,
      _GDPPR,
      0,
      [_lGIo],
      [0],
      1
    ], GetDataProtectionPolicyResponse$ = [
      3,
      n0,
      _GDPPRe,
      0,
      [_lGIo, _pD, _lUT],
      [0, 0, 1]
    ], GetDeliveryDestinationPolicyRequest$ = [
      3,
      n0,
      _GDDPR,
      0,
      [_dDN],
      [0],
      1
    ], GetDeliveryDestinationPolicyResponse$ = [
      3,
      n0,
      _GDDPRe,
      0,
      [_po],
      [() => Policy$]
    ], GetDeliveryDestinationRequest$ = [
      3,
      n0,
      _GDDR,
      0,
      [_n],
      [0],
      1
    ], GetDeliveryDestinationResponse$ = [
      3,
      n0,
      _GDDRe,
      0,
      [_dDe],
      [() => DeliveryDestination$]
    ], GetDeliveryRequest$ = [
      3,
      n0,
      _GDR,
      0,
      [_id],
      [0],
      1
    ], GetDeliveryResponse$ = [
      3,
      n0,
      _GDRe,
      0,
      [_de],
      [() => Delivery$]
    ], GetDeliverySourceRequest$ = [
      3,
      n0,
      _GDSR,
      0,
      [_n],
      [0],
      1
    ], GetDeliverySourceResponse$ = [
      3,
      n0,
      _GDSRe,
      0,
      [_dSel],
      [() => DeliverySource$]
    ], GetIntegrationRequest$ = [
      3,
      n0,
      _GIR,
      0,
      [_iN],
      [0],
      1
    ], GetIntegrationResponse$ = [
      3,
      n0,
      _GIRe,
      0,
      [_iN, _iTn, _iSn, _iD],
      [0, 0, 0, () => IntegrationDetails$]
    ], GetLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _GLADR,
      0,
      [_aDA],
      [0],
      1
    ], GetLogAnomalyDetectorResponse$ = [
      3,
      n0,
      _GLADRe,
      0,
      [_dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
      [0, 64, 0, 0, 0, 0, 1, 1, 1]
    ], GetLogEventsRequest$ = [
      3,
      n0,
      _GLER,
      0,
      [_lSN, _lGN, _lGIo, _sTt, _eTn, _nT, _li, _sFH, _u],
      [0, 0, 0, 1, 1, 0, 1, 2, 2],
      1
    ], GetLogEventsResponse$ = [
      3,
      n0,
      _GLERe,
      0,
      [_ev, _nFT, _nBT],
      [() => OutputLogEvents, 0, 0]
    ], GetLogFieldsRequest$ = [
      3,
      n0,
      _GLFR,
      0,
      [_dSNa, _dST],
      [0, 0],
      2
    ], GetLogFieldsResponse$ = [
      3,
      n0,
      _GLFRe,
      0,
      [_lF],
      [() => LogFieldsList]
    ], GetLogGroupFieldsRequest$ = [
      3,
      n0,
      _GLGFR,
      0,
      [_lGN, _time, _lGIo],
      [0, 1, 0]
    ], GetLogGroupFieldsResponse$ = [
      3,
      n0,
      _GLGFRe,
      0,
      [_lGF],
      [() => LogGroupFieldList]
    ], GetLogObjectRequest$ = [
      3,
      n0,
      _GLOR,
      0,
      [_lOP, _u],
      [0, 2],
      1
    ], GetLogObjectResponse$ = [
      3,
      n0,
      _GLORe,
      0,
      [_fSi],
      [[() => GetLogObjectResponseStream$, 0]]
    ], GetLogRecordRequest$ = [
      3,
      n0,
      _GLRR,
      0,
      [_lRP, _u],
      [0, 2],
      1
    ], GetLogRecordResponse$ = [
      3,
      n0,
      _GLRRe,
      0,
      [_lR],
      [128]
    ], GetLookupTableRequest$ = [
      3,
      n0,
      _GLTR,
      0,
      [_lTA],
      [0],
      1
    ], GetLookupTableResponse$ = [
      3,
      n0,
      _GLTRe,
      0,
      [_lTA, _lTN, _d, _tB, _sB, _lUT, _kKI],
      [0, 0, 0, 0, 1, 1, 0]
    ], GetQueryResultsRequest$ = [
      3,
      n0,
      _GQRR,
      0,
      [_qI, _nT, _mI],
      [0, 0, 1],
      1
    ], GetQueryResultsResponse$ = [
      3,
      n0,
      _GQRRe,
      0,
      [_qL, _r, _stat, _sta, _eK, _nT],
      [0, () => QueryResults, () => QueryStatistics$, 0, 0, 0]
    ], GetScheduledQueryHistoryRequest$ = [
      3,
      n0,
      _GSQHR,
      0,
      [_i, _sTt, _eTn, _eS, _mR, _nT],
      [0, 1, 1, 64, 1, 0],
      3
    ], GetScheduledQueryHistoryResponse$ = [
      3,
      n0,
      _GSQHRe,
      0,
      [_n, _sQA, _tH, _nT],
      [0, 0, () => TriggerHistoryRecordList, 0]
    ], GetScheduledQueryRequest$ = [
      3,
      n0,
      _GSQR,
      0,
      [_i],
      [0],
      1
    ], GetScheduledQueryResponse$ = [
      3,
      n0,
      _GSQRe,
      0,
      [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
      [0, 0, 0, 0, 0, 64, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
    ], GetStorageTierPolicyRequest$ = [
      3,
      n0,
      _GSTPR,
      0,
      [],
      []
    ], GetStorageTierPolicyResponse$ = [
      3,
      n0,
      _GSTPRe,
      0,
      [_sTto, _lUT],
      [0, 1]
    ], GetTransformerRequest$ = [
      3,
      n0,
      _GTR,
      0,
      [_lGIo],
      [0],
      1
    ], GetTransformerResponse$ = [
      3,
      n0,
      _GTRe,
      0,
      [_lGIo, _cT, _lMT, _tC],
      [0, 1, 1, () => Processors]
    ], Grok$ = [
      3,
      n0,
      _G,
      0,
      [_ma, _so],
      [0, 0],
      1
    ], GroupingIdentifier$ = [
      3,
      n0,
      _GI,
      0,
      [_k, _v],
      [0, 0]
    ], Import$ = [
      3,
      n0,
      _I,
      0,
      [_iI, _iSA, _iSm, _iDA, _iS, _iF, _cT, _lUT, _eM],
      [0, 0, 0, 0, () => ImportStatistics$, () => ImportFilter$, 1, 1, 0]
    ], ImportBatch$ = [
      3,
      n0,
      _IB,
      0,
      [_bI, _sta, _eM],
      [0, 0, 0],
      2
    ], ImportFilter$ = [
      3,
      n0,
      _IF,
      0,
      [_sETt, _eET],
      [1, 1]
    ], ImportStatistics$ = [
      3,
      n0,
      _IS,
      0,
      [_bIy],
      [1]
    ], IndexPolicy$ = [
      3,
      n0,
      _IP,
      0,
      [_lGIo, _lUTa, _pD, _pN, _so],
      [0, 1, 0, 0, 0]
    ], InputLogEvent$ = [
      3,
      n0,
      _ILE,
      0,
      [_tim, _m],
      [1, 0],
      2
    ], IntegrationSummary$ = [
      3,
      n0,
      _ISn,
      0,
      [_iN, _iTn, _iSn],
      [0, 0, 0]
    ], ListAggregateLogGroupSummariesRequest$ = [
      3,
      n0,
      _LALGSR,
      0,
      [_gB, _aIc, _iLA, _lGCo, _lGNPo, _dSa, _nT, _li],
      [0, 64, 2, 0, 0, () => DataSourceFilters, 0, 1],
      1
    ], ListAggregateLogGroupSummariesResponse$ = [
      3,
      n0,
      _LALGSRi,
      0,
      [_aLGS, _nT],
      [() => AggregateLogGroupSummaries, 0]
    ], ListAnomaliesRequest$ = [
      3,
      n0,
      _LAR,
      0,
      [_aDA, _sS, _li, _nT],
      [0, 0, 1, 0]
    ], ListAnomaliesResponse$ = [
      3,
      n0,
      _LARi,
      0,
      [_an, _nT],
      [() => Anomalies, 0]
    ], ListIntegrationsRequest$ = [
      3,
      n0,
      _LIR,
      0,
      [_iNP, _iTn, _iSn],
      [0, 0, 0]
    ], ListIntegrationsResponse$ = [
      3,
      n0,
      _LIRi,
      0,
      [_iSnt],
      [() => IntegrationSummaries]
    ], ListLogAnomalyDetectorsRequest$ = [
      3,
      n0,
      _LLADR,
      0,
      [_fLGA, _li, _nT],
      [0, 1, 0]
    ], ListLogAnomalyDetectorsResponse$ = [
      3,
      n0,
      _LLADRi,
      0,
      [_aD, _nT],
      [() => AnomalyDetectors, 0]
    ], ListLogGroupsForQueryRequest$ = [
      3,
      n0,
      _LLGFQR,
      0,
      [_qI, _nT, _mR],
      [0, 0, 1],
      1
    ], ListLogGroupsForQueryResponse$ = [
      3,
      n0,
      _LLGFQRi,
      0,
      [_lGI, _nT],
      [64, 0]
    ], ListLogGroupsRequest$ = [
      3,
      n0,
      _LLGR,
      0,
      [_lGNPo, _lGCo, _iLA, _aIc, _nT, _li, _dSa, _fINi, _lGT],
      [0, 0, 2, 64, 0, 1, () => DataSourceFilters, 64, () => TagFilters]
    ], ListLogGroupsResponse$ = [
      3,
      n0,
      _LLGRi,
      0,
      [_lG, _nT],
      [() => LogGroupSummaries, 0]
    ], ListScheduledQueriesRequest$ = [
      3,
      n0,
      _LSQR,
      0,
      [_mR, _nT, _st, _sTc],
      [1, 0, 0, 0]
    ], ListScheduledQueriesResponse$ = [
      3,
      n0,
      _LSQRi,
      0,
      [_nT, _sQ],
      [0, () => ScheduledQuerySummaryList]
    ], ListSourcesForS3TableIntegrationRequest$ = [
      3,
      n0,
      _LSFSTIR,
      0,
      [_iA, _mR, _nT],
      [0, 1, 0],
      1
    ], ListSourcesForS3TableIntegrationResponse$ = [
      3,
      n0,
      _LSFSTIRi,
      0,
      [_sou, _nT],
      [() => S3TableIntegrationSources, 0]
    ], ListSyslogConfigurationsRequest$ = [
      3,
      n0,
      _LSCR,
      0,
      [_lGIo, _vEI, _nT, _mR],
      [0, 0, 0, 1]
    ], ListSyslogConfigurationsResponse$ = [
      3,
      n0,
      _LSCRi,
      0,
      [_sCy, _nT],
      [() => SyslogConfigurations, 0]
    ], ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rA],
      [0],
      1
    ], ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_ta],
      [128]
    ], ListTagsLogGroupRequest$ = [
      3,
      n0,
      _LTLGR,
      0,
      [_lGN],
      [0],
      1
    ], ListTagsLogGroupResponse$ = [
      3,
      n0,
      _LTLGRi,
      0,
      [_ta],
      [128]
    ], ListToMap$ = [
      3,
      n0,
      _LTM,
      0,
      [_so, _k, _vK, _t, _fl, _fE],
      [0, 0, 0, 0, 2, 0],
      2
    ], LiveTailSessionLogEvent$ = [
      3,
      n0,
      _LTSLE,
      0,
      [_lSN, _lGIo, _m, _tim, _iT],
      [0, 0, 0, 1, 1]
    ], LiveTailSessionMetadata$ = [
      3,
      n0,
      _LTSM,
      0,
      [_sa],
      [2]
    ], LiveTailSessionStart$ = [
      3,
      n0,
      _LTSS,
      0,
      [_rIe, _sI, _lGI, _lSNo, _lSNPo, _lEFP],
      [0, 0, 64, 64, 64, 0]
    ], LiveTailSessionUpdate$ = [
      3,
      n0,
      _LTSU,
      0,
      [_sM, _sRe],
      [() => LiveTailSessionMetadata$, () => LiveTailSessionResults]
    ], LogEvent$ = [
      3,
      n0,
      _LE,
      0,
      [_tim, _m],
      [1, 0]
    ], LogFieldsListItem$ = [
      3,
      n0,
      _LFLI,
      0,
      [_lFN, _lFT],
      [0, () => LogFieldType$]
    ], LogFieldType$ = [
      3,
      n0,
      _LFT,
      0,
      [_ty, _el, _fi],
      [0, () => LogFieldType$, () => LogFieldsList]
    ], LogGroup$ = [
      3,
      n0,
      _LG,
      0,
      [_lGN, _cT, _rID, _mFC, _ar, _sBt, _kKI, _dPS, _iPn, _lGCo, _lGA, _dPE, _bTAE, _rPN],
      [0, 1, 1, 1, 0, 1, 0, 0, 64, 0, 0, 2, 2, 0]
    ], LogGroupField$ = [
      3,
      n0,
      _LGF,
      0,
      [_n, _pe],
      [0, 1]
    ], LogGroupImpact$ = [
      3,
      n0,
      _LGI,
      0,
      [_lGN, _cR, _pRr, _sBt],
      [0, 0, 0, 1]
    ], LogGroupSummary$ = [
      3,
      n0,
      _LGS,
      0,
      [_lGN, _lGA, _lGCo],
      [0, 0, 0]
    ], LogStream$ = [
      3,
      n0,
      _LS,
      0,
      [_lSN, _cT, _fETi, _lETa, _lIT, _uST, _ar, _sBt],
      [0, 1, 1, 1, 1, 0, 0, 1]
    ], LookupTable$ = [
      3,
      n0,
      _LT,
      0,
      [_lTA, _lTN, _d, _tFa, _rC, _sB, _lUT, _kKI],
      [0, 0, 0, 64, 1, 1, 1, 0]
    ], LookupTableConfiguration$ = [
      3,
      n0,
      _LTC,
      0,
      [_tNa, _rAo, _d, _kKI, _ta],
      [0, 0, 0, 0, 128],
      2
    ], LowerCaseString$ = [
      3,
      n0,
      _LCS,
      0,
      [_wK],
      [64],
      1
    ], MetricFilter$ = [
      3,
      n0,
      _MF,
      0,
      [_fN, _fP, _mT, _cT, _lGN, _aOTL, _fSC, _eSFD],
      [0, 0, () => MetricTransformations, 1, 0, 2, 0, 64]
    ], MetricFilterMatchRecord$ = [
      3,
      n0,
      _MFMR,
      0,
      [_eN, _eMv, _eV],
      [1, 0, 128]
    ], MetricTransformation$ = [
      3,
      n0,
      _MT,
      0,
      [_mN, _mNe, _mVe, _dV, _di, _un],
      [0, 0, 0, 1, 128, 0],
      3
    ], MoveKeyEntry$ = [
      3,
      n0,
      _MKE,
      0,
      [_so, _t, _oIE],
      [0, 0, 2],
      2
    ], MoveKeys$ = [
      3,
      n0,
      _MK,
      0,
      [_en],
      [() => MoveKeyEntries],
      1
    ], OpenSearchApplication$ = [
      3,
      n0,
      _OSA,
      0,
      [_aE, _aA, _aIp, _sta],
      [0, 0, 0, () => OpenSearchResourceStatus$]
    ], OpenSearchCollection$ = [
      3,
      n0,
      _OSC,
      0,
      [_cE, _cAo, _sta],
      [0, 0, () => OpenSearchResourceStatus$]
    ], OpenSearchDataAccessPolicy$ = [
      3,
      n0,
      _OSDAP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ], OpenSearchDataSource$ = [
      3,
      n0,
      _OSDS,
      0,
      [_dSNa, _sta],
      [0, () => OpenSearchResourceStatus$]
    ], OpenSearchEncryptionPolicy$ = [
      3,
      n0,
      _OSEP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ], OpenSearchIntegrationDetails$ = [
      3,
      n0,
      _OSID,
      0,
      [_dS, _ap, _col, _w, _eP, _nP, _aPc, _lP],
      [() => OpenSearchDataSource$, () => OpenSearchApplication$, () => OpenSearchCollection$, () => OpenSearchWorkspace$, () => OpenSearchEncryptionPolicy$, () => OpenSearchNetworkPolicy$, () => OpenSearchDataAccessPolicy$, () => OpenSearchLifecyclePolicy$]
    ], OpenSearchLifecyclePolicy$ = [
      3,
      n0,
      _OSLP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ], OpenSearchNetworkPolicy$ = [
      3,
      n0,
      _OSNP,
      0,
      [_pN, _sta],
      [0, () => OpenSearchResourceStatus$]
    ], OpenSearchResourceConfig$ = [
      3,
      n0,
      _OSRC,
      0,
      [_dSRA, _dVP, _rD, _kKA, _aA],
      [0, 64, 1, 0, 0],
      3
    ], OpenSearchResourceStatus$ = [
      3,
      n0,
      _OSRS,
      0,
      [_sta, _sMt],
      [0, 0]
    ], OpenSearchWorkspace$ = [
      3,
      n0,
      _OSW,
      0,
      [_wI, _sta],
      [0, () => OpenSearchResourceStatus$]
    ], OutputLogEvent$ = [
      3,
      n0,
      _OLE,
      0,
      [_tim, _m, _iT],
      [1, 0, 1]
    ], ParseCloudfront$ = [
      3,
      n0,
      _PC,
      0,
      [_so],
      [0]
    ], ParseJSON$ = [
      3,
      n0,
      _PJSON,
      0,
      [_so, _des],
      [0, 0]
    ], ParseKeyValue$ = [
      3,
      n0,
      _PKV,
      0,
      [_so, _des, _fD, _kVD, _kP, _nMV, _oIE],
      [0, 0, 0, 0, 0, 0, 2]
    ], ParsePostgres$ = [
      3,
      n0,
      _PP,
      0,
      [_so],
      [0]
    ], ParseRoute53$ = [
      3,
      n0,
      _PR,
      0,
      [_so],
      [0]
    ], ParseToOCSF$ = [
      3,
      n0,
      _PTOCSF,
      0,
      [_eSv, _oV, _so, _mVap],
      [0, 0, 0, 0],
      2
    ], ParseVPC$ = [
      3,
      n0,
      _PVPC,
      0,
      [_so],
      [0]
    ], ParseWAF$ = [
      3,
      n0,
      _PWAF,
      0,
      [_so],
      [0]
    ], PatternToken$ = [
      3,
      n0,
      _PT,
      0,
      [_dTP, _iDs, _tS, _enu, _iTN],
      [1, 2, 0, 129, 0]
    ], Policy$ = [
      3,
      n0,
      _P,
      0,
      [_dDP],
      [0]
    ], Processor$ = [
      3,
      n0,
      _Pr,
      0,
      [_aK, _cV, _cs, _dTC, _dK, _g, _lTM, _lCS, _mK, _pC, _pJSON, _pKV, _pRa, _pTOCSF, _pP, _pVPC, _pWAF, _rK, _sSp, _sSu, _tSr, _tCy, _uCS],
      [() => AddKeys$, () => CopyValue$, () => CSV$, () => DateTimeConverter$, () => DeleteKeys$, () => Grok$, () => ListToMap$, () => LowerCaseString$, () => MoveKeys$, () => ParseCloudfront$, () => ParseJSON$, () => ParseKeyValue$, () => ParseRoute53$, () => ParseToOCSF$, () => ParsePostgres$, () => ParseVPC$, () => ParseWAF$, () => RenameKeys$, () => SplitString$, () => SubstituteString$, () => TrimString$, () => TypeConverter$, () => UpperCaseString$]
    ], PutAccountPolicyRequest$ = [
      3,
      n0,
      _PAPR,
      0,
      [_pN, _pD, _pT, _sc, _sC, _dR],
      [0, 0, 0, 0, 0, 2],
      3
    ], PutAccountPolicyResponse$ = [
      3,
      n0,
      _PAPRu,
      0,
      [_aPcc, _dRR],
      [() => AccountPolicy$, () => DryRunResult$]
    ], PutBearerTokenAuthenticationRequest$ = [
      3,
      n0,
      _PBTAR,
      0,
      [_lGIo, _bTAE],
      [0, 2],
      2
    ], PutDataProtectionPolicyRequest$ = [
      3,
      n0,
      _PDPPR,
      0,
      [_lGIo, _pD],
      [0, 0],
      2
    ], PutDataProtectionPolicyResponse$ = [
      3,
      n0,
      _PDPPRu,
      0,
      [_lGIo, _pD, _lUT],
      [0, 0, 1]
    ], PutDeliveryDestinationPolicyRequest$ = [
      3,
      n0,
      _PDDPR,
      0,
      [_dDN, _dDP],
      [0, 0],
      2
    ], PutDeliveryDestinationPolicyResponse$ = [
      3,
      n0,
      _PDDPRu,
      0,
      [_po],
      [() => Policy$]
    ], PutDeliveryDestinationRequest$ = [
      3,
      n0,
      _PDDR,
      0,
      [_n, _oF, _dDC, _dDT, _rAo, _ta],
      [0, 0, () => DeliveryDestinationConfiguration$, 0, 0, 128],
      1
    ], PutDeliveryDestinationResponse$ = [
      3,
      n0,
      _PDDRu,
      0,
      [_dDe],
      [() => DeliveryDestination$]
    ], PutDeliverySourceRequest$ = [
      3,
      n0,
      _PDSR,
      0,
      [_n, _rA, _lT, _ta, _dSC],
      [0, 0, 0, 128, 128],
      3
    ], PutDeliverySourceResponse$ = [
      3,
      n0,
      _PDSRu,
      0,
      [_dSel],
      [() => DeliverySource$]
    ], PutDestinationPolicyRequest$ = [
      3,
      n0,
      _PDPR,
      0,
      [_dNe, _aPc, _fU],
      [0, 0, 2],
      2
    ], PutDestinationRequest$ = [
      3,
      n0,
      _PDR,
      0,
      [_dNe, _tA, _rAo, _ta],
      [0, 0, 0, 128],
      3
    ], PutDestinationResponse$ = [
      3,
      n0,
      _PDRu,
      0,
      [_des],
      [() => Destination$]
    ], PutIndexPolicyRequest$ = [
      3,
      n0,
      _PIPR,
      0,
      [_lGIo, _pD],
      [0, 0],
      2
    ], PutIndexPolicyResponse$ = [
      3,
      n0,
      _PIPRu,
      0,
      [_iPnd],
      [() => IndexPolicy$]
    ], PutIntegrationRequest$ = [
      3,
      n0,
      _PIR,
      0,
      [_iN, _rCe, _iTn],
      [0, () => ResourceConfig$, 0],
      3
    ], PutIntegrationResponse$ = [
      3,
      n0,
      _PIRu,
      0,
      [_iN, _iSn],
      [0, 0]
    ], PutLogEventsRequest$ = [
      3,
      n0,
      _PLER,
      0,
      [_lGN, _lSN, _lE, _sTe, _ent],
      [0, 0, () => InputLogEvents, 0, () => Entity$],
      3
    ], PutLogEventsResponse$ = [
      3,
      n0,
      _PLERu,
      0,
      [_nST, _rLEI, _rEI],
      [0, () => RejectedLogEventsInfo$, () => RejectedEntityInfo$]
    ], PutLogGroupDeletionProtectionRequest$ = [
      3,
      n0,
      _PLGDPR,
      0,
      [_lGIo, _dPE],
      [0, 2],
      2
    ], PutMetricFilterRequest$ = [
      3,
      n0,
      _PMFR,
      0,
      [_lGN, _fN, _fP, _mT, _aOTL, _fSC, _eSFD],
      [0, 0, 0, () => MetricTransformations, 2, 0, 64],
      4
    ], PutQueryDefinitionRequest$ = [
      3,
      n0,
      _PQDR,
      0,
      [_n, _qS, _qL, _qDI, _lGNo, _cTl, _pa],
      [0, 0, 0, 0, 64, [0, 4], () => QueryParameterList],
      2
    ], PutQueryDefinitionResponse$ = [
      3,
      n0,
      _PQDRu,
      0,
      [_qDI],
      [0]
    ], PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_pN, _pD, _rA, _eRI],
      [0, 0, 0, 0]
    ], PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_rPe, _rIev],
      [() => ResourcePolicy$, 0]
    ], PutRetentionPolicyRequest$ = [
      3,
      n0,
      _PRPRut,
      0,
      [_lGN, _rID],
      [0, 1],
      2
    ], PutStorageTierPolicyRequest$ = [
      3,
      n0,
      _PSTPR,
      0,
      [_sTto],
      [0],
      1
    ], PutStorageTierPolicyResponse$ = [
      3,
      n0,
      _PSTPRu,
      0,
      [_sTto, _lUT],
      [0, 1]
    ], PutSubscriptionFilterRequest$ = [
      3,
      n0,
      _PSFR,
      0,
      [_lGN, _fN, _fP, _dA, _rAo, _dis, _aOTL, _fSC, _eSF],
      [0, 0, 0, 0, 0, 0, 2, 0, 64],
      4
    ], PutSyslogConfigurationRequest$ = [
      3,
      n0,
      _PSCR,
      0,
      [_lGIo, _vEI],
      [0, 0],
      1
    ], PutTransformerRequest$ = [
      3,
      n0,
      _PTR,
      0,
      [_lGIo, _tC],
      [0, () => Processors],
      2
    ], QueryCompileError$ = [
      3,
      n0,
      _QCE,
      0,
      [_lo, _m],
      [() => QueryCompileErrorLocation$, 0]
    ], QueryCompileErrorLocation$ = [
      3,
      n0,
      _QCEL,
      0,
      [_sCO, _eCO],
      [1, 1]
    ], QueryDefinition$ = [
      3,
      n0,
      _QD,
      0,
      [_qL, _qDI, _n, _qS, _lM, _lGNo, _pa],
      [0, 0, 0, 0, 1, 64, () => QueryParameterList]
    ], QueryInfo$ = [
      3,
      n0,
      _QI,
      0,
      [_qL, _qI, _qS, _sta, _cTr, _lGN, _qDu, _bS, _uI],
      [0, 0, 0, 0, 1, 0, 1, 1, 0]
    ], QueryParameter$ = [
      3,
      n0,
      _QP,
      0,
      [_n, _dV, _d],
      [0, 0, 0],
      1
    ], QueryStatistics$ = [
      3,
      n0,
      _QS,
      0,
      [_rM, _rS, _eRS, _bS, _eBS, _lGS, _rCes],
      [1, 1, 1, 1, 1, 1, 1]
    ], RecordField$ = [
      3,
      n0,
      _RF,
      0,
      [_n, _man],
      [0, 2]
    ], RejectedEntityInfo$ = [
      3,
      n0,
      _REI,
      0,
      [_eTr],
      [0],
      1
    ], RejectedLogEventsInfo$ = [
      3,
      n0,
      _RLEI,
      0,
      [_tNLESI, _tOLEEI, _eLEEI],
      [1, 1, 1]
    ], RenameKeyEntry$ = [
      3,
      n0,
      _RKE,
      0,
      [_k, _rTen, _oIE],
      [0, 0, 2],
      2
    ], RenameKeys$ = [
      3,
      n0,
      _RK,
      0,
      [_en],
      [() => RenameKeyEntries],
      1
    ], ResourcePolicy$ = [
      3,
      n0,
      _RP,
      0,
      [_pN, _pD, _lUT, _pSo, _rA, _rIev],
      [0, 0, 1, 0, 0, 0]
    ], ResultField$ = [
      3,
      n0,
      _RFe,
      0,
      [_fie, _v],
      [0, 0]
    ], S3Configuration$ = [
      3,
      n0,
      _SC,
      0,
      [_dI, _rAo, _oAI, _kKI],
      [0, 0, 0, 0],
      2
    ], S3DeliveryConfiguration$ = [
      3,
      n0,
      _SDC,
      0,
      [_sP, _eHCP],
      [0, 2]
    ], S3TableIntegrationSource$ = [
      3,
      n0,
      _STIS,
      0,
      [_i, _dS, _sta, _sR, _cTSr, _pSI],
      [0, () => DataSource$, 0, 0, 1, 0]
    ], S3TablesIntegration$ = [
      3,
      n0,
      _STI,
      0,
      [_dNa, _dT],
      [0, 0]
    ], ScheduledQueryDestination$ = [
      3,
      n0,
      _SQD,
      0,
      [_dTe, _dI, _sta, _pIr, _eM],
      [0, 0, 0, 0, 0]
    ], ScheduledQuerySummary$ = [
      3,
      n0,
      _SQS,
      0,
      [_sQA, _n, _st, _sTc, _lTT, _lES, _sE, _ti, _dC, _cT, _lUT],
      [0, 0, 0, 0, 1, 0, 0, 0, () => DestinationConfiguration$, 1, 1]
    ], SearchedLogStream$ = [
      3,
      n0,
      _SLS,
      0,
      [_lSN, _sCe],
      [0, 2]
    ], SplitString$ = [
      3,
      n0,
      _SS,
      0,
      [_en],
      [() => SplitStringEntries],
      1
    ], SplitStringEntry$ = [
      3,
      n0,
      _SSEp,
      0,
      [_so, _del],
      [0, 0],
      2
    ], StartLiveTailRequest$ = [
      3,
      n0,
      _SLTR,
      0,
      [_lGI, _lSNo, _lSNPo, _lEFP],
      [64, 64, 64, 0],
      1
    ], StartLiveTailResponse$ = [
      3,
      n0,
      _SLTRt,
      0,
      [_rSe],
      [[() => StartLiveTailResponseStream$, 0]]
    ], StartQueryRequest$ = [
      3,
      n0,
      _SQR,
      0,
      [_sTt, _eTn, _qS, _qL, _lGN, _lGNo, _lGI, _li],
      [1, 1, 0, 0, 0, 64, 64, 1],
      3
    ], StartQueryResponse$ = [
      3,
      n0,
      _SQRt,
      0,
      [_qI],
      [0]
    ], StopQueryRequest$ = [
      3,
      n0,
      _SQRto,
      0,
      [_qI],
      [0],
      1
    ], StopQueryResponse$ = [
      3,
      n0,
      _SQRtop,
      0,
      [_suc],
      [2]
    ], SubscriptionFilter$ = [
      3,
      n0,
      _SF,
      0,
      [_fN, _lGN, _fP, _dA, _rAo, _dis, _aOTL, _cT, _fSC, _eSF],
      [0, 0, 0, 0, 0, 0, 2, 1, 0, 64]
    ], SubstituteString$ = [
      3,
      n0,
      _SSu,
      0,
      [_en],
      [() => SubstituteStringEntries],
      1
    ], SubstituteStringEntry$ = [
      3,
      n0,
      _SSEu,
      0,
      [_so, _f, _to],
      [0, 0, 0],
      3
    ], SuppressionPeriod$ = [
      3,
      n0,
      _SP,
      0,
      [_v, _sUu],
      [1, 0]
    ], SyslogConfiguration$ = [
      3,
      n0,
      _SCy,
      0,
      [_lGA, _sTo, _vEI, _cA],
      [0, 0, 0, 1]
    ], TagFilter$ = [
      3,
      n0,
      _TF,
      0,
      [_k, _va],
      [0, 64],
      1
    ], TagLogGroupRequest$ = [
      3,
      n0,
      _TLGR,
      0,
      [_lGN, _ta],
      [0, 128],
      2
    ], TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_rA, _ta],
      [0, 128],
      2
    ], TestMetricFilterRequest$ = [
      3,
      n0,
      _TMFR,
      0,
      [_fP, _lEM],
      [0, 64],
      2
    ], TestMetricFilterResponse$ = [
      3,
      n0,
      _TMFRe,
      0,
      [_mat],
      [() => MetricFilterMatches]
    ], TestTransformerRequest$ = [
      3,
      n0,
      _TTR,
      0,
      [_tC, _lEM],
      [() => Processors, 64],
      2
    ], TestTransformerResponse$ = [
      3,
      n0,
      _TTRe,
      0,
      [_tL],
      [() => TransformedLogs]
    ], TransformedLogRecord$ = [
      3,
      n0,
      _TLR,
      0,
      [_eN, _eMv, _tEM],
      [1, 0, 0]
    ], TriggerHistoryRecord$ = [
      3,
      n0,
      _THR,
      0,
      [_qI, _eSx, _tTr, _eM, _dest],
      [0, 0, 1, 0, () => ScheduledQueryDestinationList]
    ], TrimString$ = [
      3,
      n0,
      _TS,
      0,
      [_wK],
      [64],
      1
    ], TypeConverter$ = [
      3,
      n0,
      _TC,
      0,
      [_en],
      [() => TypeConverterEntries],
      1
    ], TypeConverterEntry$ = [
      3,
      n0,
      _TCE,
      0,
      [_k, _ty],
      [0, 0],
      2
    ], UntagLogGroupRequest$ = [
      3,
      n0,
      _ULGR,
      0,
      [_lGN, _ta],
      [0, 64],
      2
    ], UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_rA, _tK],
      [0, 64],
      2
    ], UpdateAnomalyRequest$ = [
      3,
      n0,
      _UAR,
      0,
      [_aDA, _aIn, _pI, _sTu, _sPu, _b],
      [0, 0, 0, 0, () => SuppressionPeriod$, 2],
      1
    ], UpdateDeliveryConfigurationRequest$ = [
      3,
      n0,
      _UDCR,
      0,
      [_id, _rF, _fD, _sDC],
      [0, 64, 0, () => S3DeliveryConfiguration$],
      1
    ], UpdateDeliveryConfigurationResponse$ = [
      3,
      n0,
      _UDCRp,
      0,
      [],
      []
    ], UpdateLogAnomalyDetectorRequest$ = [
      3,
      n0,
      _ULADR,
      0,
      [_aDA, _ena, _eF, _fP, _aVT],
      [0, 2, 0, 0, 1],
      2
    ], UpdateLookupTableRequest$ = [
      3,
      n0,
      _ULTR,
      0,
      [_lTA, _d, _tB, _qI, _kKI],
      [0, 0, 0, 0, 0],
      1
    ], UpdateLookupTableResponse$ = [
      3,
      n0,
      _ULTRp,
      0,
      [_lTA, _lUT],
      [0, 1]
    ], UpdateScheduledQueryRequest$ = [
      3,
      n0,
      _USQR,
      0,
      [_i, _qL, _qS, _sE, _eRA, _d, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st],
      [0, 0, 0, 0, 0, 0, 64, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0],
      5
    ], UpdateScheduledQueryResponse$ = [
      3,
      n0,
      _USQRp,
      0,
      [_sQA, _n, _d, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
      [0, 0, 0, 0, 0, 64, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
    ], UpperCaseString$ = [
      3,
      n0,
      _UCS,
      0,
      [_wK],
      [64],
      1
    ], __Unit = "unit", AccountPolicies = [
      1,
      n0,
      _APc,
      0,
      () => AccountPolicy$
    ], AddKeyEntries = [
      1,
      n0,
      _AKEd,
      0,
      () => AddKeyEntry$
    ], AggregateLogGroupSummaries = [
      1,
      n0,
      _ALGSg,
      0,
      () => AggregateLogGroupSummary$
    ], AllowedFields = [
      1,
      n0,
      _AF,
      0,
      () => RecordField$
    ], Anomalies = [
      1,
      n0,
      _An,
      0,
      () => Anomaly$
    ], AnomalyDetectors = [
      1,
      n0,
      _ADn,
      0,
      () => AnomalyDetector$
    ], ConfigurationTemplates = [
      1,
      n0,
      _CTo,
      0,
      () => ConfigurationTemplate$
    ], CopyValueEntries = [
      1,
      n0,
      _CVEo,
      0,
      () => CopyValueEntry$
    ], DataSourceFilters = [
      1,
      n0,
      _DSFa,
      0,
      () => DataSourceFilter$
    ], Deliveries = [
      1,
      n0,
      _Del,
      0,
      () => Delivery$
    ], DeliveryDestinations = [
      1,
      n0,
      _DDe,
      0,
      () => DeliveryDestination$
    ], DeliverySourceConfigurationSchemas = [
      1,
      n0,
      _DSCSe,
      0,
      () => DeliverySourceConfigurationSchema$
    ], DeliverySources = [
      1,
      n0,
      _DSel,
      0,
      () => DeliverySource$
    ], Destinations = [
      1,
      n0,
      _Des,
      0,
      () => Destination$
    ], ExportTasks = [
      1,
      n0,
      _ETx,
      0,
      () => ExportTask$
    ], FieldIndexes = [
      1,
      n0,
      _FIi,
      0,
      () => FieldIndex$
    ], FilteredLogEvents = [
      1,
      n0,
      _FLEi,
      0,
      () => FilteredLogEvent$
    ], GroupingIdentifiers = [
      1,
      n0,
      _GIr,
      0,
      () => GroupingIdentifier$
    ], ImportBatchList = [
      1,
      n0,
      _IBL,
      0,
      () => ImportBatch$
    ], ImportList = [
      1,
      n0,
      _IL,
      0,
      () => Import$
    ], IndexPolicies = [
      1,
      n0,
      _IPn,
      0,
      () => IndexPolicy$
    ], InputLogEvents = [
      1,
      n0,
      _ILEn,
      0,
      () => InputLogEvent$
    ], IntegrationSummaries = [
      1,
      n0,
      _ISnt,
      0,
      () => IntegrationSummary$
    ], LiveTailSessionResults = [
      1,
      n0,
      _LTSR,
      0,
      () => LiveTailSessionLogEvent$
    ], LogFieldsList = [
      1,
      n0,
      _LFL,
      0,
      () => LogFieldsListItem$
    ], LogGroupFieldList = [
      1,
      n0,
      _LGFL,
      0,
      () => LogGroupField$
    ], LogGroupImpacts = [
      1,
      n0,
      _LGIo,
      0,
      () => LogGroupImpact$
    ], LogGroups = [
      1,
      n0,
      _LGo,
      0,
      () => LogGroup$
    ], LogGroupSummaries = [
      1,
      n0,
      _LGSo,
      0,
      () => LogGroupSummary$
    ], LogSamples = [
      1,
      n0,
      _LSo,
      0,
      () => LogEvent$
    ], LogStreams = [
      1,
      n0,
      _LSog,
      0,
      () => LogStream$
    ], LookupTables = [
      1,
      n0,
      _LTo,
      0,
      () => LookupTable$
    ], MetricFilterMatches = [
      1,
      n0,
      _MFM,
      0,
      () => MetricFilterMatchRecord$
    ], MetricFilters = [
      1,
      n0,
      _MFe,
      0,
      () => MetricFilter$
    ], MetricTransformations = [
      1,
      n0,
      _MTe,
      0,
      () => MetricTransformation$
    ], MoveKeyEntries = [
      1,
      n0,
      _MKEo,
      0,
      () => MoveKeyEntry$
    ], OutputLogEvents = [
      1,
      n0,
      _OLEu,
      0,
      () => OutputLogEvent$
    ], PatternTokens = [
      1,
      n0,
      _PTa,
      0,
      () => PatternToken$
    ], Processors = [
      1,
      n0,
      _Pro,
      0,
      () => Processor$
    ], QueryDefinitionList = [
      1,
      n0,
      _QDL,
      0,
      () => QueryDefinition$
    ], QueryInfoList = [
      1,
      n0,
      _QIL,
      0,
      () => QueryInfo$
    ], QueryParameterList = [
      1,
      n0,
      _QPL,
      0,
      () => QueryParameter$
    ], QueryResults = [
      1,
      n0,
      _QR,
      0,
      () => ResultRows
    ], RenameKeyEntries = [
      1,
      n0,
      _RKEe,
      0,
      () => RenameKeyEntry$
    ], ResourcePolicies = [
      1,
      n0,
      _RPe,
      0,
      () => ResourcePolicy$
    ], ResultRows = [
      1,
      n0,
      _RR,
      0,
      () => ResultField$
    ], S3TableIntegrationSources = [
      1,
      n0,
      _STISa,
      0,
      () => S3TableIntegrationSource$
    ], ScheduledQueryDestinationList = [
      1,
      n0,
      _SQDL,
      0,
      () => ScheduledQueryDestination$
    ], ScheduledQuerySummaryList = [
      1,
      n0,
      _SQSL,
      0,
      () => ScheduledQuerySummary$
    ], SearchedLogStreams = [
      1,
      n0,
      _SLSe,
      0,
      () => SearchedLogStream$
    ], SplitStringEntries = [
      1,
      n0,
      _SSEpl,
      0,
      () => SplitStringEntry$
    ], SubscriptionFilters = [
      1,
      n0,
      _SFu,
      0,
      () => SubscriptionFilter$
    ], SubstituteStringEntries = [
      1,
      n0,
      _SSEub,
      0,
      () => SubstituteStringEntry$
    ], SyslogConfigurations = [
      1,
      n0,
      _SCys,
      0,
      () => SyslogConfiguration$
    ], TagFilters = [
      1,
      n0,
      _TFa,
      0,
      () => TagFilter$
    ], TransformedLogs = [
      1,
      n0,
      _TL,
      0,
      () => TransformedLogRecord$
    ], TriggerHistoryRecordList = [
      1,
      n0,
      _THRL,
      0,
      () => TriggerHistoryRecord$
    ], TypeConverterEntries = [
      1,
      n0,
      _TCEy,
      0,
      () => TypeConverterEntry$
    ], GetLogObjectResponseStream$ = [
      4,
      n0,
      _GLORS,
      { [_str]: 1 },
      [_fi, _ISEn],
      [() => FieldsData$, [() => InternalStreamingException$, 0]]
    ], IntegrationDetails$ = [
      4,
      n0,
      _ID,
      0,
      [_oSID],
      [() => OpenSearchIntegrationDetails$]
    ], ResourceConfig$ = [
      4,
      n0,
      _RC,
      0,
      [_oSRC],
      [() => OpenSearchResourceConfig$]
    ], StartLiveTailResponseStream$ = [
      4,
      n0,
      _SLTRS,
      { [_str]: 1 },
      [_sSe, _sUe, _STE, _SSE],
      [() => LiveTailSessionStart$, () => LiveTailSessionUpdate$, [() => SessionTimeoutException$, 0], [() => SessionStreamingException$, 0]]
    ], AssociateKmsKey$ = [
      9,
      n0,
      _AKK,
      0,
      () => AssociateKmsKeyRequest$,
      () => __Unit
    ], AssociateSourceToS3TableIntegration$ = [
      9,
      n0,
      _ASTSTI,
      0,
      () => AssociateSourceToS3TableIntegrationRequest$,
      () => AssociateSourceToS3TableIntegrationResponse$
    ], CancelExportTask$ = [
      9,
      n0,
      _CET,
      0,
      () => CancelExportTaskRequest$,
      () => __Unit
    ], CancelImportTask$ = [
      9,
      n0,
      _CIT,
      0,
      () => CancelImportTaskRequest$,
      () => CancelImportTaskResponse$
    ], CreateDelivery$ = [
      9,
      n0,
      _CD,
      0,
      () => CreateDeliveryRequest$,
      () => CreateDeliveryResponse$
    ], CreateExportTask$ = [
      9,
      n0,
      _CETr,
      0,
      () => CreateExportTaskRequest$,
      () => CreateExportTaskResponse$
    ], CreateImportTask$ = [
      9,
      n0,
      _CITr,
      0,
      () => CreateImportTaskRequest$,
      () => CreateImportTaskResponse$
    ], CreateLogAnomalyDetector$ = [
      9,
      n0,
      _CLAD,
      0,
      () => CreateLogAnomalyDetectorRequest$,
      () => CreateLogAnomalyDetectorResponse$
    ], CreateLogGroup$ = [
      9,
      n0,
      _CLG,
      0,
      () => CreateLogGroupRequest$,
      () => __Unit
    ], CreateLogStream$ = [
      9,
      n0,
      _CLS,
      0,
      () => CreateLogStreamRequest$,
      () => __Unit
    ], CreateLookupTable$ = [
      9,
      n0,
      _CLT,
      0,
      () => CreateLookupTableRequest$,
      () => CreateLookupTableResponse$
    ], CreateScheduledQuery$ = [
      9,
      n0,
      _CSQ,
      0,
      () => CreateScheduledQueryRequest$,
      () => CreateScheduledQueryResponse$
    ], DeleteAccountPolicy$ = [
      9,
      n0,
      _DAP,
      0,
      () => DeleteAccountPolicyRequest$,
      () => DeleteAccountPolicyResponse$
    ], DeleteDataProtectionPolicy$ = [
      9,
      n0,
      _DDPP,
      0,
      () => DeleteDataProtectionPolicyRequest$,
      () => __Unit
    ], DeleteDelivery$ = [
      9,
      n0,
      _DDel,
      0,
      () => DeleteDeliveryRequest$,
      () => __Unit
    ], DeleteDeliveryDestination$ = [
      9,
      n0,
      _DDD,
      0,
      () => DeleteDeliveryDestinationRequest$,
      () => __Unit
    ], DeleteDeliveryDestinationPolicy$ = [
      9,
      n0,
      _DDDP,
      0,
      () => DeleteDeliveryDestinationPolicyRequest$,
      () => __Unit
    ], DeleteDeliverySource$ = [
      9,
      n0,
      _DDS,
      0,
      () => DeleteDeliverySourceRequest$,
      () => __Unit
    ], DeleteDestination$ = [
      9,
      n0,
      _DDele,
      0,
      () => DeleteDestinationRequest$,
      () => __Unit
    ], DeleteIndexPolicy$ = [
      9,
      n0,
      _DIP,
      0,
      () => DeleteIndexPolicyRequest$,
      () => DeleteIndexPolicyResponse$
    ], DeleteIntegration$ = [
      9,
      n0,
      _DI,
      0,
      () => DeleteIntegrationRequest$,
      () => DeleteIntegrationResponse$
    ], DeleteLogAnomalyDetector$ = [
      9,
      n0,
      _DLAD,
      0,
      () => DeleteLogAnomalyDetectorRequest$,
      () => __Unit
    ], DeleteLogGroup$ = [
      9,
      n0,
      _DLG,
      0,
      () => DeleteLogGroupRequest$,
      () => __Unit
    ], DeleteLogStream$ = [
      9,
      n0,
      _DLS,
      0,
      () => DeleteLogStreamRequest$,
      () => __Unit
    ], DeleteLookupTable$ = [
      9,
      n0,
      _DLT,
      0,
      () => DeleteLookupTableRequest$,
      () => __Unit
    ], DeleteMetricFilter$ = [
      9,
      n0,
      _DMF,
      0,
      () => DeleteMetricFilterRequest$,
      () => __Unit
    ], DeleteQueryDefinition$ = [
      9,
      n0,
      _DQD,
      0,
      () => DeleteQueryDefinitionRequest$,
      () => DeleteQueryDefinitionResponse$
    ], DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteResourcePolicyRequest$,
      () => __Unit
    ], DeleteRetentionPolicy$ = [
      9,
      n0,
      _DRPe,
      0,
      () => DeleteRetentionPolicyRequest$,
      () => __Unit
    ], DeleteScheduledQuery$ = [
      9,
      n0,
      _DSQ,
      0,
      () => DeleteScheduledQueryRequest$,
      () => DeleteScheduledQueryResponse$
    ], DeleteSubscriptionFilter$ = [
      9,
      n0,
      _DSFe,
      0,
      () => DeleteSubscriptionFilterRequest$,
      () => __Unit
    ], DeleteSyslogConfiguration$ = [
      9,
      n0,
      _DSC,
      0,
      () => DeleteSyslogConfigurationRequest$,
      () => __Unit
    ], DeleteTransformer$ = [
      9,
      n0,
      _DT,
      0,
      () => DeleteTransformerRequest$,
      () => __Unit
    ], DescribeAccountPolicies$ = [
      9,
      n0,
      _DAPe,
      0,
      () => DescribeAccountPoliciesRequest$,
      () => DescribeAccountPoliciesResponse$
    ], DescribeConfigurationTemplates$ = [
      9,
      n0,
      _DCT,
      0,
      () => DescribeConfigurationTemplatesRequest$,
      () => DescribeConfigurationTemplatesResponse$
    ], DescribeDeliveries$ = [
      9,
      n0,
      _DDes,
      0,
      () => DescribeDeliveriesRequest$,
      () => DescribeDeliveriesResponse$
    ], DescribeDeliveryDestinations$ = [
      9,
      n0,
      _DDDe,
      0,
      () => DescribeDeliveryDestinationsRequest$,
      () => DescribeDeliveryDestinationsResponse$
    ], DescribeDeliverySources$ = [
      9,
      n0,
      _DDSe,
      0,
      () => DescribeDeliverySourcesRequest$,
      () => DescribeDeliverySourcesResponse$
    ], DescribeDestinations$ = [
      9,
      n0,
      _DDesc,
      0,
      () => DescribeDestinationsRequest$,
      () => DescribeDestinationsResponse$
    ], DescribeExportTasks$ = [
      9,
      n0,
      _DET,
      0,
      () => DescribeExportTasksRequest$,
      () => DescribeExportTasksResponse$
    ], DescribeFieldIndexes$ = [
      9,
      n0,
      _DFI,
      0,
      () => DescribeFieldIndexesRequest$,
      () => DescribeFieldIndexesResponse$
    ], DescribeImportTaskBatches$ = [
      9,
      n0,
      _DITB,
      0,
      () => DescribeImportTaskBatchesRequest$,
      () => DescribeImportTaskBatchesResponse$
    ], DescribeImportTasks$ = [
      9,
      n0,
      _DIT,
      0,
      () => DescribeImportTasksRequest$,
      () => DescribeImportTasksResponse$
    ], DescribeIndexPolicies$ = [
      9,
      n0,
      _DIPe,
      0,
      () => DescribeIndexPoliciesRequest$,
      () => DescribeIndexPoliciesResponse$
    ], DescribeLogGroups$ = [
      9,
      n0,
      _DLGe,
      0,
      () => DescribeLogGroupsRequest$,
      () => DescribeLogGroupsResponse$
    ], DescribeLogStreams$ = [
      9,
      n0,
      _DLSe,
      0,
      () => DescribeLogStreamsRequest$,
      () => DescribeLogStreamsResponse$
    ], DescribeLookupTables$ = [
      9,
      n0,
      _DLTe,
      0,
      () => DescribeLookupTablesRequest$,
      () => DescribeLookupTablesResponse$
    ], DescribeMetricFilters$ = [
      9,
      n0,
      _DMFe,
      0,
      () => DescribeMetricFiltersRequest$,
      () => DescribeMetricFiltersResponse$
    ], DescribeQueries$ = [
      9,
      n0,
      _DQ,
      0,
      () => DescribeQueriesRequest$,
      () => DescribeQueriesResponse$
    ], DescribeQueryDefinitions$ = [
      9,
      n0,
      _DQDe,
      0,
      () => DescribeQueryDefinitionsRequest$,
      () => DescribeQueryDefinitionsResponse$
    ], DescribeResourcePolicies$ = [
      9,
      n0,
      _DRPes,
      0,
      () => DescribeResourcePoliciesRequest$,
      () => DescribeResourcePoliciesResponse$
    ], DescribeSubscriptionFilters$ = [
      9,
      n0,
      _DSFes,
      0,
      () => DescribeSubscriptionFiltersRequest$,
      () => DescribeSubscriptionFiltersResponse$
    ], DisassociateKmsKey$ = [
      9,
      n0,
      _DKK,
      0,
      () => DisassociateKmsKeyRequest$,
      () => __Unit
    ], DisassociateSourceFromS3TableIntegration$ = [
      9,
      n0,
      _DSFSTI,
      0,
      () => DisassociateSourceFromS3TableIntegrationRequest$,
      () => DisassociateSourceFromS3TableIntegrationResponse$
    ], FilterLogEvents$ = [
      9,
      n0,
      _FLEil,
      0,
      () => FilterLogEventsRequest$,
      () => FilterLogEventsResponse$
    ], GetDataProtectionPolicy$ = [
      9,
      n0,
      _GDPP,
      0,
      () => GetDataProtectionPolicyRequest$,
      () => GetDataProtectionPolicyResponse$
    ], GetDelivery$ = [
      9,
      n0,
      _GD,
      0,
      () => GetDeliveryRequest$,
      () => GetDeliveryResponse$
    ], GetDeliveryDestination$ = [
      9,
      n0,
      _GDD,
      0,
      () => GetDeliveryDestinationRequest$,
      () => GetDeliveryDestinationResponse$
    ], GetDeliveryDestinationPolicy$ = [
      9,
      n0,
      _GDDP,
      0,
      () => GetDeliveryDestinationPolicyRequest$,
      () => GetDeliveryDestinationPolicyResponse$
    ], GetDeliverySource$ = [
      9,
      n0,
      _GDS,
      0,
      () => GetDeliverySourceRequest$,
      () => GetDeliverySourceResponse$
    ], GetIntegration$ = [
      9,
      n0,
      _GIe,
      0,
      () => GetIntegrationRequest$,
      () => GetIntegrationResponse$
    ], GetLogAnomalyDetector$ = [
      9,
      n0,
      _GLAD,
      0,
      () => GetLogAnomalyDetectorRequest$,
      () => GetLogAnomalyDetectorResponse$
    ], GetLogEvents$ = [
      9,
      n0,
      _GLE,
      0,
      () => GetLogEventsRequest$,
      () => GetLogEventsResponse$
    ], GetLogFields$ = [
      9,
      n0,
      _GLF,
      0,
      () => GetLogFieldsRequest$,
      () => GetLogFieldsResponse$
    ], GetLogGroupFields$ = [
      9,
      n0,
      _GLGF,
      0,
      () => GetLogGroupFieldsRequest$,
      () => GetLogGroupFieldsResponse$
    ], GetLogObject$ = [
      9,
      n0,
      _GLO,
      { [_end]: ["stream-"] },
      () => GetLogObjectRequest$,
      () => GetLogObjectResponse$
    ], GetLogRecord$ = [
      9,
      n0,
      _GLR,
      0,
      () => GetLogRecordRequest$,
      () => GetLogRecordResponse$
    ], GetLookupTable$ = [
      9,
      n0,
      _GLT,
      0,
      () => GetLookupTableRequest$,
      () => GetLookupTableResponse$
    ], GetQueryResults$ = [
      9,
      n0,
      _GQR,
      0,
      () => GetQueryResultsRequest$,
      () => GetQueryResultsResponse$
    ], GetScheduledQuery$ = [
      9,
      n0,
      _GSQ,
      0,
      () => GetScheduledQueryRequest$,
      () => GetScheduledQueryResponse$
    ], GetScheduledQueryHistory$ = [
      9,
      n0,
      _GSQH,
      0,
      () => GetScheduledQueryHistoryRequest$,
      () => GetScheduledQueryHistoryResponse$
    ], GetStorageTierPolicy$ = [
      9,
      n0,
      _GSTP,
      0,
      () => GetStorageTierPolicyRequest$,
      () => GetStorageTierPolicyResponse$
    ], GetTransformer$ = [
      9,
      n0,
      _GT,
      0,
      () => GetTransformerRequest$,
      () => GetTransformerResponse$
    ], ListAggregateLogGroupSummaries$ = [
      9,
      n0,
      _LALGS,
      0,
      () => ListAggregateLogGroupSummariesRequest$,
      () => ListAggregateLogGroupSummariesResponse$
    ], ListAnomalies$ = [
      9,
      n0,
      _LA,
      0,
      () => ListAnomaliesRequest$,
      () => ListAnomaliesResponse$
    ], ListIntegrations$ = [
      9,
      n0,
      _LI,
      0,
      () => ListIntegrationsRequest$,
      () => ListIntegrationsResponse$
    ], ListLogAnomalyDetectors$ = [
      9,
      n0,
      _LLAD,
      0,
      () => ListLogAnomalyDetectorsRequest$,
      () => ListLogAnomalyDetectorsResponse$
    ], ListLogGroups$ = [
      9,
      n0,
      _LLG,
      0,
      () => ListLogGroupsRequest$,
      () => ListLogGroupsResponse$
    ], ListLogGroupsForQuery$ = [
      9,
      n0,
      _LLGFQ,
      0,
      () => ListLogGroupsForQueryRequest$,
      () => ListLogGroupsForQueryResponse$
    ], ListScheduledQueries$ = [
      9,
      n0,
      _LSQ,
      0,
      () => ListScheduledQueriesRequest$,
      () => ListScheduledQueriesResponse$
    ], ListSourcesForS3TableIntegration$ = [
      9,
      n0,
      _LSFSTI,
      0,
      () => ListSourcesForS3TableIntegrationRequest$,
      () => ListSourcesForS3TableIntegrationResponse$
    ], ListSyslogConfigurations$ = [
      9,
      n0,
      _LSC,
      0,
      () => ListSyslogConfigurationsRequest$,
      () => ListSyslogConfigurationsResponse$
    ], ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ], ListTagsLogGroup$ = [
      9,
      n0,
      _LTLG,
      0,
      () => ListTagsLogGroupRequest$,
      () => ListTagsLogGroupResponse$
    ], PutAccountPolicy$ = [
      9,
      n0,
      _PAP,
      0,
      () => PutAccountPolicyRequest$,
      () => PutAccountPolicyResponse$
    ], PutBearerTokenAuthentication$ = [
      9,
      n0,
      _PBTA,
      0,
      () => PutBearerTokenAuthenticationRequest$,
      () => __Unit
    ], PutDataProtectionPolicy$ = [
      9,
      n0,
      _PDPP,
      0,
      () => PutDataProtectionPolicyRequest$,
      () => PutDataProtectionPolicyResponse$
    ], PutDeliveryDestination$ = [
      9,
      n0,
      _PDD,
      0,
      () => PutDeliveryDestinationRequest$,
      () => PutDeliveryDestinationResponse$
    ], PutDeliveryDestinationPolicy$ = [
      9,
      n0,
      _PDDP,
      0,
      () => PutDeliveryDestinationPolicyRequest$,
      () => PutDeliveryDestinationPolicyResponse$
    ], PutDeliverySource$ = [
      9,
      n0,
      _PDS,
      0,
      () => PutDeliverySourceRequest$,
      () => PutDeliverySourceResponse$
    ], PutDestination$ = [
      9,
      n0,
      _PD,
      0,
      () => PutDestinationRequest$,
      () => PutDestinationResponse$
    ], PutDestinationPolicy$ = [
      9,
      n0,
      _PDP,
      0,
      () => PutDestinationPolicyRequest$,
      () => __Unit
    ], PutIndexPolicy$ = [
      9,
      n0,
      _PIP,
      0,
      () => PutIndexPolicyRequest$,
      () => PutIndexPolicyResponse$
    ], PutIntegration$ = [
      9,
      n0,
      _PI,
      0,
      () => PutIntegrationRequest$,
      () => PutIntegrationResponse$
    ], PutLogEvents$ = [
      9,
      n0,
      _PLE,
      0,
      () => PutLogEventsRequest$,
      () => PutLogEventsResponse$
    ], PutLogGroupDeletionProtection$ = [
      9,
      n0,
      _PLGDP,
      0,
      () => PutLogGroupDeletionProtectionRequest$,
      () => __Unit
    ], PutMetricFilter$ = [
      9,
      n0,
      _PMF,
      0,
      () => PutMetricFilterRequest$,
      () => __Unit
    ], PutQueryDefinition$ = [
      9,
      n0,
      _PQD,
      0,
      () => PutQueryDefinitionRequest$,
      () => PutQueryDefinitionResponse$
    ], PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ], PutRetentionPolicy$ = [
      9,
      n0,
      _PRPu,
      0,
      () => PutRetentionPolicyRequest$,
      () => __Unit
    ], PutStorageTierPolicy$ = [
      9,
      n0,
      _PSTP,
      0,
      () => PutStorageTierPolicyRequest$,
      () => PutStorageTierPolicyResponse$
    ], PutSubscriptionFilter$ = [
      9,
      n0,
      _PSF,
      0,
      () => PutSubscriptionFilterRequest$,
      () => __Unit
    ], PutSyslogConfiguration$ = [
      9,
      n0,
      _PSC,
      0,
      () => PutSyslogConfigurationRequest$,
      () => __Unit
    ], PutTransformer$ = [
      9,
      n0,
      _PTu,
      0,
      () => PutTransformerRequest$,
      () => __Unit
    ], StartLiveTail$ = [
      9,
      n0,
      _SLT,
      { [_end]: ["stream-"] },
      () => StartLiveTailRequest$,
      () => StartLiveTailResponse$
    ], StartQuery$ = [
      9,
      n0,
      _SQ,
      0,
      () => StartQueryRequest$,
      () => StartQueryResponse$
    ], StopQuery$ = [
      9,
      n0,
      _SQt,
      0,
      () => StopQueryRequest$,
      () => StopQueryResponse$
    ], TagLogGroup$ = [
      9,
      n0,
      _TLG,
      0,
      () => TagLogGroupRequest$,
      () => __Unit
    ], TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => __Unit
    ], TestMetricFilter$ = [
      9,
      n0,
      _TMF,
      0,
      () => TestMetricFilterRequest$,
      () => TestMetricFilterResponse$
    ], TestTransformer$ = [
      9,
      n0,
      _TT,
      0,
      () => TestTransformerRequest$,
      () => TestTransformerResponse$
    ], UntagLogGroup$ = [
      9,
      n0,
      _ULG,
      0,
      () => UntagLogGroupRequest$,
      () => __Unit
    ], UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => __Unit
    ], UpdateAnomaly$ = [
      9,
      n0,
      _UA,
      0,
      () => UpdateAnomalyRequest$,
      () => __Unit
    ], UpdateDeliveryConfiguration$ = [
      9,
      n0,
      _UDC,
      0,
      () => UpdateDeliveryConfigurationRequest$,
      () => UpdateDeliveryConfigurationResponse$
    ], UpdateLogAnomalyDetector$ = [
      9,
      n0,
      _ULAD,
      0,
      () => UpdateLogAnomalyDetectorRequest$,
      () => __Unit
    ], UpdateLookupTable$ = [
      9,
      n0,
      _ULT,
      0,
      () => UpdateLookupTableRequest$,
      () => UpdateLookupTableResponse$
    ], UpdateScheduledQuery$ = [
      9,
      n0,
      _USQ,
      0,
      () => UpdateScheduledQueryRequest$,
      () => UpdateScheduledQueryResponse$
    ], getRuntimeConfig$1 = (config) => ({
      apiVersion: "2014-03-28",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchLogsHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
          signer: new AwsSdkSigV4Signer()
        }
      ],
      logger: config?.logger ?? new NoOpLogger(),
      protocol: config?.protocol ?? AwsJson1_1Protocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.cloudwatchlogs",
        errorTypeRegistries,
        xmlNamespace: "http://monitoring.amazonaws.com/doc/2014-03-28/",
        version: "2014-03-28",
        serviceTarget: "Logs_20140328"
      },
      serviceId: config?.serviceId ?? "CloudWatch Logs",
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
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
    }, CloudWatchLogsClient = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = resolveHostHeaderConfig(_config_4), _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveEventStreamSerdeConfig(_config_6), _config_8 = resolveHttpAuthSchemeConfig(_config_7), _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
        this.config = _config_9, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultCloudWatchLogsHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }, command = makeBuilder(commonParams, "Logs_20140328", "CloudWatchLogsClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o) => [], AssociateKmsKeyCommand = class extends command(_ep0, _mw0, "AssociateKmsKey", AssociateKmsKey$) {
    }, AssociateSourceToS3TableIntegrationCommand = class extends command(_ep0, _mw0, "AssociateSourceToS3TableIntegration", AssociateSourceToS3TableIntegration$) {
    }, CancelExportTaskCommand = class extends command(_ep0, _mw0, "CancelExportTask", CancelExportTask$) {
    }, CancelImportTaskCommand = class extends command(_ep0, _mw0, "CancelImportTask", CancelImportTask$) {
    }, CreateDeliveryCommand = class extends command(_ep0, _mw0, "CreateDelivery", CreateDelivery$) {
    }, CreateExportTaskCommand = class extends command(_ep0, _mw0, "CreateExportTask", CreateExportTask$) {
    }, CreateImportTaskCommand = class extends command(_ep0, _mw0, "CreateImportTask", CreateImportTask$) {
    }, CreateLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "CreateLogAnomalyDetector", CreateLogAnomalyDetector$) {
    }, CreateLogGroupCommand = class extends command(_ep0, _mw0, "CreateLogGroup", CreateLogGroup$) {
    }, CreateLogStreamCommand = class extends command(_ep0, _mw0, "CreateLogStream", CreateLogStream$) {
    }, CreateLookupTableCommand = class extends command(_ep0, _mw0, "CreateLookupTable", CreateLookupTable$) {
    }, CreateScheduledQueryCommand = class extends command(_ep0, _mw0, "CreateScheduledQuery", CreateScheduledQuery$) {
    }, DeleteAccountPolicyCommand = class extends command(_ep0, _mw0, "DeleteAccountPolicy", DeleteAccountPolicy$) {
    }, DeleteDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "DeleteDataProtectionPolicy", DeleteDataProtectionPolicy$) {
    }, DeleteDeliveryCommand = class extends command(_ep0, _mw0, "DeleteDelivery", DeleteDelivery$) {
    }, DeleteDeliveryDestinationCommand = class extends command(_ep0, _mw0, "DeleteDeliveryDestination", DeleteDeliveryDestination$) {
    }, DeleteDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "DeleteDeliveryDestinationPolicy", DeleteDeliveryDestinationPolicy$) {
    }, DeleteDeliverySourceCommand = class extends command(_ep0, _mw0, "DeleteDeliverySource", DeleteDeliverySource$) {
    }, DeleteDestinationCommand = class extends command(_ep0, _mw0, "DeleteDestination", DeleteDestination$) {
    }, DeleteIndexPolicyCommand = class extends command(_ep0, _mw0, "DeleteIndexPolicy", DeleteIndexPolicy$) {
    }, DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
    }, DeleteLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "DeleteLogAnomalyDetector", DeleteLogAnomalyDetector$) {
    }, DeleteLogGroupCommand = class extends command(_ep0, _mw0, "DeleteLogGroup", DeleteLogGroup$) {
    }, DeleteLogStreamCommand = class extends command(_ep0, _mw0, "DeleteLogStream", DeleteLogStream$) {
    }, DeleteLookupTableCommand = class extends command(_ep0, _mw0, "DeleteLookupTable", DeleteLookupTable$) {
    }, DeleteMetricFilterCommand = class extends command(_ep0, _mw0, "DeleteMetricFilter", DeleteMetricFilter$) {
    }, DeleteQueryDefinitionCommand = class extends command(_ep0, _mw0, "DeleteQueryDefinition", DeleteQueryDefinition$) {
    }, DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    }, DeleteRetentionPolicyCommand = class extends command(_ep0, _mw0, "DeleteRetentionPolicy", DeleteRetentionPolicy$) {
    }, DeleteScheduledQueryCommand = class extends command(_ep0, _mw0, "DeleteScheduledQuery", DeleteScheduledQuery$) {
    }, DeleteSubscriptionFilterCommand = class extends command(_ep0, _mw0, "DeleteSubscriptionFilter", DeleteSubscriptionFilter$) {
    }, DeleteSyslogConfigurationCommand = class extends command(_ep0, _mw0, "DeleteSyslogConfiguration", DeleteSyslogConfiguration$) {
    }, DeleteTransformerCommand = class extends command(_ep0, _mw0, "DeleteTransformer", DeleteTransformer$) {
    }, DescribeAccountPoliciesCommand = class extends command(_ep0, _mw0, "DescribeAccountPolicies", DescribeAccountPolicies$) {
    }, DescribeConfigurationTemplatesCommand = class extends command(_ep0, _mw0, "DescribeConfigurationTemplates", DescribeConfigurationTemplates$) {
    }, DescribeDeliveriesCommand = class extends command(_ep0, _mw0, "DescribeDeliveries", DescribeDeliveries$) {
    }, DescribeDeliveryDestinationsCommand = class extends command(_ep0, _mw0, "DescribeDeliveryDestinations", DescribeDeliveryDestinations$) {
    }, DescribeDeliverySourcesCommand = class extends command(_ep0, _mw0, "DescribeDeliverySources", DescribeDeliverySources$) {
    }, DescribeDestinationsCommand = class extends command(_ep0, _mw0, "DescribeDestinations", DescribeDestinations$) {
    }, DescribeExportTasksCommand = class extends command(_ep0, _mw0, "DescribeExportTasks", DescribeExportTasks$) {
    }, DescribeFieldIndexesCommand = class extends command(_ep0, _mw0, "DescribeFieldIndexes", DescribeFieldIndexes$) {
    }, DescribeImportTaskBatchesCommand = class extends command(_ep0, _mw0, "DescribeImportTaskBatches", DescribeImportTaskBatches$) {
    }, DescribeImportTasksCommand = class extends command(_ep0, _mw0, "DescribeImportTasks", DescribeImportTasks$) {
    }, DescribeIndexPoliciesCommand = class extends command(_ep0, _mw0, "DescribeIndexPolicies", DescribeIndexPolicies$) {
    }, DescribeLogGroupsCommand = class extends command(_ep0, _mw0, "DescribeLogGroups", DescribeLogGroups$) {
    }, DescribeLogStreamsCommand = class extends command(_ep0, _mw0, "DescribeLogStreams", DescribeLogStreams$) {
    }, DescribeLookupTablesCommand = class extends command(_ep0, _mw0, "DescribeLookupTables", DescribeLookupTables$) {
    }, DescribeMetricFiltersCommand = class extends command(_ep0, _mw0, "DescribeMetricFilters", DescribeMetricFilters$) {
    }, DescribeQueriesCommand = class extends command(_ep0, _mw0, "DescribeQueries", DescribeQueries$) {
    }, DescribeQueryDefinitionsCommand = class extends command(_ep0, _mw0, "DescribeQueryDefinitions", DescribeQueryDefinitions$) {
    }, DescribeResourcePoliciesCommand = class extends command(_ep0, _mw0, "DescribeResourcePolicies", DescribeResourcePolicies$) {
    }, DescribeSubscriptionFiltersCommand = class extends command(_ep0, _mw0, "DescribeSubscriptionFilters", DescribeSubscriptionFilters$) {
    }, DisassociateKmsKeyCommand = class extends command(_ep0, _mw0, "DisassociateKmsKey", DisassociateKmsKey$) {
    }, DisassociateSourceFromS3TableIntegrationCommand = class extends command(_ep0, _mw0, "DisassociateSourceFromS3TableIntegration", DisassociateSourceFromS3TableIntegration$) {
    }, FilterLogEventsCommand = class extends command(_ep0, _mw0, "FilterLogEvents", FilterLogEvents$) {
    }, GetDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$) {
    }, GetDeliveryCommand = class extends command(_ep0, _mw0, "GetDelivery", GetDelivery$) {
    }, GetDeliveryDestinationCommand = class extends command(_ep0, _mw0, "GetDeliveryDestination", GetDeliveryDestination$) {
    }, GetDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "GetDeliveryDestinationPolicy", GetDeliveryDestinationPolicy$) {
    }, GetDeliverySourceCommand = class extends command(_ep0, _mw0, "GetDeliverySource", GetDeliverySource$) {
    }, GetIntegrationCommand = class extends command(_ep0, _mw0, "GetIntegration", GetIntegration$) {
    }, GetLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "GetLogAnomalyDetector", GetLogAnomalyDetector$) {
    }, GetLogEventsCommand = class extends command(_ep0, _mw0, "GetLogEvents", GetLogEvents$) {
    }, GetLogFieldsCommand = class extends command(_ep0, _mw0, "GetLogFields", GetLogFields$) {
    }, GetLogGroupFieldsCommand = class extends command(_ep0, _mw0, "GetLogGroupFields", GetLogGroupFields$) {
    }, GetLogObjectCommand = class extends command(_ep0, _mw0, "GetLogObject", GetLogObject$) {
    }, GetLogRecordCommand = class extends command(_ep0, _mw0, "GetLogRecord", GetLogRecord$) {
    }, GetLookupTableCommand = class extends command(_ep0, _mw0, "GetLookupTable", GetLookupTable$) {
    }, GetQueryResultsCommand = class extends command(_ep0, _mw0, "GetQueryResults", GetQueryResults$) {
    }, GetScheduledQueryCommand = class extends command(_ep0, _mw0, "GetScheduledQuery", GetScheduledQuery$) {
    }, GetScheduledQueryHistoryCommand = class extends command(_ep0, _mw0, "GetScheduledQueryHistory", GetScheduledQueryHistory$) {
    }, GetStorageTierPolicyCommand = class extends command(_ep0, _mw0, "GetStorageTierPolicy", GetStorageTierPolicy$) {
    }, GetTransformerCommand = class extends command(_ep0, _mw0, "GetTransformer", GetTransformer$) {
    }, ListAggregateLogGroupSummariesCommand = class extends command(_ep0, _mw0, "ListAggregateLogGroupSummaries", ListAggregateLogGroupSummaries$) {
    }, ListAnomaliesCommand = class extends command(_ep0, _mw0, "ListAnomalies", ListAnomalies$) {
    }, ListIntegrationsCommand = class extends command(_ep0, _mw0, "ListIntegrations", ListIntegrations$) {
    }, ListLogAnomalyDetectorsCommand = class extends command(_ep0, _mw0, "ListLogAnomalyDetectors", ListLogAnomalyDetectors$) {
    }, ListLogGroupsCommand = class extends command(_ep0, _mw0, "ListLogGroups", ListLogGroups$) {
    }, ListLogGroupsForQueryCommand = class extends command(_ep0, _mw0, "ListLogGroupsForQuery", ListLogGroupsForQuery$) {
    }, ListScheduledQueriesCommand = class extends command(_ep0, _mw0, "ListScheduledQueries", ListScheduledQueries$) {
    }, ListSourcesForS3TableIntegrationCommand = class extends command(_ep0, _mw0, "ListSourcesForS3TableIntegration", ListSourcesForS3TableIntegration$) {
    }, ListSyslogConfigurationsCommand = class extends command(_ep0, _mw0, "ListSyslogConfigurations", ListSyslogConfigurations$) {
    }, ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    }, ListTagsLogGroupCommand = class extends command(_ep0, _mw0, "ListTagsLogGroup", ListTagsLogGroup$) {
    }, PutAccountPolicyCommand = class extends command(_ep0, _mw0, "PutAccountPolicy", PutAccountPolicy$) {
    }, PutBearerTokenAuthenticationCommand = class extends command(_ep0, _mw0, "PutBearerTokenAuthentication", PutBearerTokenAuthentication$) {
    }, PutDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$) {
    }, PutDeliveryDestinationCommand = class extends command(_ep0, _mw0, "PutDeliveryDestination", PutDeliveryDestination$) {
    }, PutDeliveryDestinationPolicyCommand = class extends command(_ep0, _mw0, "PutDeliveryDestinationPolicy", PutDeliveryDestinationPolicy$) {
    }, PutDeliverySourceCommand = class extends command(_ep0, _mw0, "PutDeliverySource", PutDeliverySource$) {
    }, PutDestinationCommand = class extends command(_ep0, _mw0, "PutDestination", PutDestination$) {
    }, PutDestinationPolicyCommand = class extends command(_ep0, _mw0, "PutDestinationPolicy", PutDestinationPolicy$) {
    }, PutIndexPolicyCommand = class extends command(_ep0, _mw0, "PutIndexPolicy", PutIndexPolicy$) {
    }, PutIntegrationCommand = class extends command(_ep0, _mw0, "PutIntegration", PutIntegration$) {
    }, PutLogEventsCommand = class extends command(_ep0, _mw0, "PutLogEvents", PutLogEvents$) {
    }, PutLogGroupDeletionProtectionCommand = class extends command(_ep0, _mw0, "PutLogGroupDeletionProtection", PutLogGroupDeletionProtection$) {
    }, PutMetricFilterCommand = class extends command(_ep0, _mw0, "PutMetricFilter", PutMetricFilter$) {
    }, PutQueryDefinitionCommand = class extends command(_ep0, _mw0, "PutQueryDefinition", PutQueryDefinition$) {
    }, PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    }, PutRetentionPolicyCommand = class extends command(_ep0, _mw0, "PutRetentionPolicy", PutRetentionPolicy$) {
    }, PutStorageTierPolicyCommand = class extends command(_ep0, _mw0, "PutStorageTierPolicy", PutStorageTierPolicy$) {
    }, PutSubscriptionFilterCommand = class extends command(_ep0, _mw0, "PutSubscriptionFilter", PutSubscriptionFilter$) {
    }, PutSyslogConfigurationCommand = class extends command(_ep0, _mw0, "PutSyslogConfiguration", PutSyslogConfiguration$) {
    }, PutTransformerCommand = class extends command(_ep0, _mw0, "PutTransformer", PutTransformer$) {
    }, StartLiveTailCommand = class extends command(_ep0, _mw0, "StartLiveTail", StartLiveTail$) {
    }, StartQueryCommand = class extends command(_ep0, _mw0, "StartQuery", StartQuery$) {
    }, StopQueryCommand = class extends command(_ep0, _mw0, "StopQuery", StopQuery$) {
    }, TagLogGroupCommand = class extends command(_ep0, _mw0, "TagLogGroup", TagLogGroup$) {
    }, TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    }, TestMetricFilterCommand = class extends command(_ep0, _mw0, "TestMetricFilter", TestMetricFilter$) {
    }, TestTransformerCommand = class extends command(_ep0, _mw0, "TestTransformer", TestTransformer$) {
    }, UntagLogGroupCommand = class extends command(_ep0, _mw0, "UntagLogGroup", UntagLogGroup$) {
    }, UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    }, UpdateAnomalyCommand = class extends command(_ep0, _mw0, "UpdateAnomaly", UpdateAnomaly$) {
    }, UpdateDeliveryConfigurationCommand = class extends command(_ep0, _mw0, "UpdateDeliveryConfiguration", UpdateDeliveryConfiguration$) {
    }, UpdateLogAnomalyDetectorCommand = class extends command(_ep0, _mw0, "UpdateLogAnomalyDetector", UpdateLogAnomalyDetector$) {
    }, UpdateLookupTableCommand = class extends command(_ep0, _mw0, "UpdateLookupTable", UpdateLookupTable$) {
    }, UpdateScheduledQueryCommand = class extends command(_ep0, _mw0, "UpdateScheduledQuery", UpdateScheduledQuery$) {
    }, paginateDescribeConfigurationTemplates = createPaginator(CloudWatchLogsClient, DescribeConfigurationTemplatesCommand, "nextToken", "nextToken", "limit"), paginateDescribeDeliveries = createPaginator(CloudWatchLogsClient, DescribeDeliveriesCommand, "nextToken", "nextToken", "limit"), paginateDescribeDeliveryDestinations = createPaginator(CloudWatchLogsClient, DescribeDeliveryDestinationsCommand, "nextToken", "nextToken", "limit"), paginateDescribeDeliverySources = createPaginator(CloudWatchLogsClient, DescribeDeliverySourcesCommand, "nextToken", "nextToken", "limit"), paginateDescribeDestinations = createPaginator(CloudWatchLogsClient, DescribeDestinationsCommand, "nextToken", "nextToken", "limit"), paginateDescribeLogGroups = createPaginator(CloudWatchLogsClient, DescribeLogGroupsCommand, "nextToken", "nextToken", "limit"), paginateDescribeLogStreams = createPaginator(CloudWatchLogsClient, DescribeLogStreamsCommand, "nextToken", "nextToken", "limit"), paginateDescribeMetricFilters = createPaginator(CloudWatchLogsClient, DescribeMetricFiltersCommand, "nextToken", "nextToken", "limit"), paginateDescribeSubscriptionFilters = createPaginator(CloudWatchLogsClient, DescribeSubscriptionFiltersCommand, "nextToken", "nextToken", "limit"), paginateFilterLogEvents = createPaginator(CloudWatchLogsClient, FilterLogEventsCommand, "nextToken", "nextToken", "limit"), paginateGetLogEvents = createPaginator(CloudWatchLogsClient, GetLogEventsCommand, "nextToken", "nextForwardToken", "limit"), paginateGetScheduledQueryHistory = createPaginator(CloudWatchLogsClient, GetScheduledQueryHistoryCommand, "nextToken", "nextToken", "maxResults"), paginateListAggregateLogGroupSummaries = createPaginator(CloudWatchLogsClient, ListAggregateLogGroupSummariesCommand, "nextToken", "nextToken", "limit"), paginateListAnomalies = createPaginator(CloudWatchLogsClient, ListAnomaliesCommand, "nextToken", "nextToken", "limit"), paginateListLogAnomalyDetectors = createPaginator(CloudWatchLogsClient, ListLogAnomalyDetectorsCommand, "nextToken", "nextToken", "limit"), paginateListLogGroupsForQuery = createPaginator(CloudWatchLogsClient, ListLogGroupsForQueryCommand, "nextToken", "nextToken", "maxResults"), paginateListScheduledQueries = createPaginator(CloudWatchLogsClient, ListScheduledQueriesCommand, "nextToken", "nextToken", "maxResults"), paginateListSourcesForS3TableIntegration = createPaginator(CloudWatchLogsClient, ListSourcesForS3TableIntegrationCommand, "nextToken", "nextToken", "maxResults"), commands = {
      AssociateKmsKeyCommand,
      AssociateSourceToS3TableIntegrationCommand,
      CancelExportTaskCommand,
      CancelImportTaskCommand,
      CreateDeliveryCommand,
      CreateExportTaskCommand,
      CreateImportTaskCommand,
      CreateLogAnomalyDetectorCommand,
      CreateLogGroupCommand,
      CreateLogStreamCommand,
      CreateLookupTableCommand,
      CreateScheduledQueryCommand,
      DeleteAccountPolicyCommand,
      DeleteDataProtectionPolicyCommand,
      DeleteDeliveryCommand,
      DeleteDeliveryDestinationCommand,
      DeleteDeliveryDestinationPolicyCommand,
      DeleteDeliverySourceCommand,
      DeleteDestinationCommand,
      DeleteIndexPolicyCommand,
      DeleteIntegrationCommand,
      DeleteLogAnomalyDetectorCommand,
      DeleteLogGroupCommand,
      DeleteLogStreamCommand,
      DeleteLookupTableCommand,
      DeleteMetricFilterCommand,
      DeleteQueryDefinitionCommand,
      DeleteResourcePolicyCommand,
      DeleteRetentionPolicyCommand,
      DeleteScheduledQueryCommand,
      DeleteSubscriptionFilterCommand,
      DeleteSyslogConfigurationCommand,
      DeleteTransformerCommand,
      DescribeAccountPoliciesCommand,
      DescribeConfigurationTemplatesCommand,
      DescribeDeliveriesCommand,
      DescribeDeliveryDestinationsCommand,
      DescribeDeliverySourcesCommand,
      DescribeDestinationsCommand,
      DescribeExportTasksCommand,
      DescribeFieldIndexesCommand,
      DescribeImportTaskBatchesCommand,
      DescribeImportTasksCommand,
      DescribeIndexPoliciesCommand,
      DescribeLogGroupsCommand,
      DescribeLogStreamsCommand,
      DescribeLookupTablesCommand,
      DescribeMetricFiltersCommand,
      DescribeQueriesCommand,
      DescribeQueryDefinitionsCommand,
      DescribeResourcePoliciesCommand,
      DescribeSubscriptionFiltersCommand,
      DisassociateKmsKeyCommand,
      DisassociateSourceFromS3TableIntegrationCommand,
      FilterLogEventsCommand,
      GetDataProtectionPolicyCommand,
      GetDeliveryCommand,
      GetDeliveryDestinationCommand,
      GetDeliveryDestinationPolicyCommand,
      GetDeliverySourceCommand,
      GetIntegrationCommand,
      GetLogAnomalyDetectorCommand,
      GetLogEventsCommand,
      GetLogFieldsCommand,
      GetLogGroupFieldsCommand,
      GetLogObjectCommand,
      GetLogRecordCommand,
      GetLookupTableCommand,
      GetQueryResultsCommand,
      GetScheduledQueryCommand,
      GetScheduledQueryHistoryCommand,
      GetStorageTierPolicyCommand,
      GetTransformerCommand,
      ListAggregateLogGroupSummariesCommand,
      ListAnomaliesCommand,
      ListIntegrationsCommand,
      ListLogAnomalyDetectorsCommand,
      ListLogGroupsCommand,
      ListLogGroupsForQueryCommand,
      ListScheduledQueriesCommand,
      ListSourcesForS3TableIntegrationCommand,
      ListSyslogConfigurationsCommand,
      ListTagsForResourceCommand,
      ListTagsLogGroupCommand,
      PutAccountPolicyCommand,
      PutBearerTokenAuthenticationCommand,
      PutDataProtectionPolicyCommand,
      PutDeliveryDestinationCommand,
      PutDeliveryDestinationPolicyCommand,
      PutDeliverySourceCommand,
      PutDestinationCommand,
      PutDestinationPolicyCommand,
      PutIndexPolicyCommand,
      PutIntegrationCommand,
      PutLogEventsCommand,
      PutLogGroupDeletionProtectionCommand,
      PutMetricFilterCommand,
      PutQueryDefinitionCommand,
      PutResourcePolicyCommand,
      PutRetentionPolicyCommand,
      PutStorageTierPolicyCommand,
      PutSubscriptionFilterCommand,
      PutSyslogConfigurationCommand,
      PutTransformerCommand,
      StartLiveTailCommand,
      StartQueryCommand,
      StopQueryCommand,
      TagLogGroupCommand,
      TagResourceCommand,
      TestMetricFilterCommand,
      TestTransformerCommand,
      UntagLogGroupCommand,
      UntagResourceCommand,
      UpdateAnomalyCommand,
      UpdateDeliveryConfigurationCommand,
      UpdateLogAnomalyDetectorCommand,
      UpdateLookupTableCommand,
      UpdateScheduledQueryCommand
    }, paginators = {
      paginateDescribeConfigurationTemplates,
      paginateDescribeDeliveries,
      paginateDescribeDeliveryDestinations,
      paginateDescribeDeliverySources,
      paginateDescribeDestinations,
      paginateDescribeLogGroups,
      paginateDescribeLogStreams,
      paginateDescribeMetricFilters,
      paginateDescribeSubscriptionFilters,
      paginateFilterLogEvents,
      paginateGetLogEvents,
      paginateGetScheduledQueryHistory,
      paginateListAggregateLogGroupSummaries,
      paginateListAnomalies,
      paginateListLogAnomalyDetectors,
      paginateListLogGroupsForQuery,
      paginateListScheduledQueries,
      paginateListSourcesForS3TableIntegration
    }, CloudWatchLogs = class extends CloudWatchLogsClient {
    };
    createAggregatedClient(commands, CloudWatchLogs, { paginators });
    var PolicyType = {
      DATA_PROTECTION_POLICY: "DATA_PROTECTION_POLICY",
      FIELD_INDEX_POLICY: "FIELD_INDEX_POLICY",
      METRIC_EXTRACTION_POLICY: "METRIC_EXTRACTION_POLICY",
      RETENTION_POLICY: "RETENTION_POLICY",
      SUBSCRIPTION_FILTER_POLICY: "SUBSCRIPTION_FILTER_POLICY",
      TRANSFORMER_POLICY: "TRANSFORMER_POLICY"
    }, Scope = {
      ALL: "ALL"
    }, ActionStatus = {
      CLIENT_ERROR: "CLIENT_ERROR",
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    }, State = {
      Active: "Active",
      Baseline: "Baseline",
      Suppressed: "Suppressed"
    }, AnomalyDetectorStatus = {
      ANALYZING: "ANALYZING",
      DELETED: "DELETED",
      FAILED: "FAILED",
      INITIALIZING: "INITIALIZING",
      PAUSED: "PAUSED",
      TRAINING: "TRAINING"
    }, EvaluationFrequency = {
      FIFTEEN_MIN: "FIFTEEN_MIN",
      FIVE_MIN: "FIVE_MIN",
      ONE_HOUR: "ONE_HOUR",
      ONE_MIN: "ONE_MIN",
      TEN_MIN: "TEN_MIN",
      THIRTY_MIN: "THIRTY_MIN"
    }, ImportStatus = {
      CANCELLED: "CANCELLED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    }, OutputFormat = {
      JSON: "json",
      PARQUET: "parquet",
      PLAIN: "plain",
      RAW: "raw",
      W3C: "w3c"
    }, DeliveryDestinationType = {
      CWL: "CWL",
      FH: "FH",
      S3: "S3",
      XRAY: "XRAY"
    }, DeliverySourceConfigurationSchemaValueType = {
      BOOLEAN: "boolean",
      DOUBLE: "double",
      INT: "int",
      LONG: "long",
      STRING: "string"
    }, LogGroupClass = {
      DELIVERY: "DELIVERY",
      ESSENTIALS: "ESSENTIALS",
      INFREQUENT_ACCESS: "INFREQUENT_ACCESS",
      STANDARD: "STANDARD"
    }, QueryLanguage = {
      CWLI: "CWLI",
      PPL: "PPL",
      SQL: "SQL"
    }, ScheduledQueryState = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, DataProtectionStatus = {
      ACTIVATED: "ACTIVATED",
      ARCHIVED: "ARCHIVED",
      DELETED: "DELETED",
      DISABLED: "DISABLED"
    }, DeliverySourceStatus = {
      ACTIVE: "ACTIVE",
      INACTIVE: "INACTIVE"
    }, DeliverySourceStatusReason = {
      RESOURCE_DELETED: "RESOURCE_DELETED"
    }, ExportTaskStatusCode = {
      CANCELLED: "CANCELLED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      PENDING: "PENDING",
      PENDING_CANCEL: "PENDING_CANCEL",
      RUNNING: "RUNNING"
    }, IndexCategory = {
      AUTO: "AUTO",
      CUSTOM: "CUSTOM",
      DEFAULT: "DEFAULT",
      INACTIVE: "INACTIVE"
    }, IndexType = {
      FACET: "FACET",
      FIELD_INDEX: "FIELD_INDEX"
    }, IndexSource = {
      ACCOUNT: "ACCOUNT",
      LOG_GROUP: "LOG_GROUP"
    }, InheritedProperty = {
      ACCOUNT_DATA_PROTECTION: "ACCOUNT_DATA_PROTECTION"
    }, OrderBy = {
      LastEventTime: "LastEventTime",
      LogStreamName: "LogStreamName"
    }, StandardUnit = {
      Bits: "Bits",
      BitsSecond: "Bits/Second",
      Bytes: "Bytes",
      BytesSecond: "Bytes/Second",
      Count: "Count",
      CountSecond: "Count/Second",
      Gigabits: "Gigabits",
      GigabitsSecond: "Gigabits/Second",
      Gigabytes: "Gigabytes",
      GigabytesSecond: "Gigabytes/Second",
      Kilobits: "Kilobits",
      KilobitsSecond: "Kilobits/Second",
      Kilobytes: "Kilobytes",
      KilobytesSecond: "Kilobytes/Second",
      Megabits: "Megabits",
      MegabitsSecond: "Megabits/Second",
      Megabytes: "Megabytes",
      MegabytesSecond: "Megabytes/Second",
      Microseconds: "Microseconds",
      Milliseconds: "Milliseconds",
      None: "None",
      Percent: "Percent",
      Seconds: "Seconds",
      Terabits: "Terabits",
      TerabitsSecond: "Terabits/Second",
      Terabytes: "Terabytes",
      TerabytesSecond: "Terabytes/Second"
    }, QueryStatus = {
      Cancelled: "Cancelled",
      Complete: "Complete",
      Failed: "Failed",
      Running: "Running",
      Scheduled: "Scheduled",
      Timeout: "Timeout",
      Unknown: "Unknown"
    }, PolicyScope = {
      ACCOUNT: "ACCOUNT",
      RESOURCE: "RESOURCE"
    }, Distribution = {
      ByLogStream: "ByLogStream",
      Random: "Random"
    }, EntityRejectionErrorType = {
      ENTITY_SIZE_TOO_LARGE: "EntitySizeTooLarge",
      INVALID_ATTRIBUTES: "InvalidAttributes",
      INVALID_ENTITY: "InvalidEntity",
      INVALID_KEY_ATTRIBUTE: "InvalidKeyAttributes",
      INVALID_TYPE_VALUE: "InvalidTypeValue",
      MISSING_REQUIRED_FIELDS: "MissingRequiredFields",
      UNSUPPORTED_LOG_GROUP_TYPE: "UnsupportedLogGroupType"
    }, EventSource = {
      AWSWAF: "AWSWAF",
      CLOUD_TRAIL: "CloudTrail",
      EKS_AUDIT: "EKSAudit",
      ROUTE53_RESOLVER: "Route53Resolver",
      VPC_FLOW: "VPCFlow"
    }, ExecutionStatus = {
      Complete: "Complete",
      Failed: "Failed",
      InvalidQuery: "InvalidQuery",
      Running: "Running",
      Timeout: "Timeout"
    }, FlattenedElement = {
      FIRST: "first",
      LAST: "last"
    }, OpenSearchResourceStatusType = {
      ACTIVE: "ACTIVE",
      ERROR: "ERROR",
      NOT_FOUND: "NOT_FOUND"
    }, IntegrationStatus = {
      ACTIVE: "ACTIVE",
      FAILED: "FAILED",
      PROVISIONING: "PROVISIONING"
    }, IntegrationType = {
      OPENSEARCH: "OPENSEARCH"
    }, ScheduleType = {
      AWS_MANAGED: "AWS_MANAGED",
      CUSTOMER_MANAGED: "CUSTOMER_MANAGED"
    }, ScheduledQueryDestinationType = {
      LOOKUP_TABLE: "LOOKUP_TABLE",
      S3: "S3"
    }, StorageTier = {
      INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
      STANDARD: "STANDARD"
    }, OCSFVersion = {
      V1_1: "V1.1",
      V1_5: "V1.5"
    }, Type = {
      BOOLEAN: "boolean",
      DOUBLE: "double",
      INTEGER: "integer",
      STRING: "string"
    }, ListAggregateLogGroupSummariesGroupBy = {
      DATA_SOURCE_NAME_AND_TYPE: "DATA_SOURCE_NAME_AND_TYPE",
      DATA_SOURCE_NAME_TYPE_AND_FORMAT: "DATA_SOURCE_NAME_TYPE_AND_FORMAT"
    }, SuppressionState = {
      SUPPRESSED: "SUPPRESSED",
      UNSUPPRESSED: "UNSUPPRESSED"
    }, S3TableIntegrationSourceStatus = {
      ACTIVE: "ACTIVE",
      DATA_SOURCE_DELETE_IN_PROGRESS: "DATA_SOURCE_DELETE_IN_PROGRESS",
      FAILED: "FAILED",
      UNHEALTHY: "UNHEALTHY"
    }, SyslogSourceType = {
      VPCE: "VPCE"
    }, SuppressionUnit = {
      HOURS: "HOURS",
      MINUTES: "MINUTES",
      SECONDS: "SECONDS"
    }, SuppressionType = {
      INFINITE: "INFINITE",
      LIMITED: "LIMITED"
    };
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccountPolicy$ = AccountPolicy$;
    exports.ActionStatus = ActionStatus;
    exports.AddKeyEntry$ = AddKeyEntry$;
    exports.AddKeys$ = AddKeys$;
    exports.AggregateLogGroupSummary$ = AggregateLogGroupSummary$;
    exports.Anomaly$ = Anomaly$;
    exports.AnomalyDetector$ = AnomalyDetector$;
    exports.AnomalyDetectorStatus = AnomalyDetectorStatus;
    exports.AssociateKmsKey$ = AssociateKmsKey$;
    exports.AssociateKmsKeyCommand = AssociateKmsKeyCommand;
    exports.AssociateKmsKeyRequest$ = AssociateKmsKeyRequest$;
    exports.AssociateSourceToS3TableIntegration$ = AssociateSourceToS3TableIntegration$;
    exports.AssociateSourceToS3TableIntegrationCommand = AssociateSourceToS3TableIntegrationCommand;
    exports.AssociateSourceToS3TableIntegrationRequest$ = AssociateSourceToS3TableIntegrationRequest$;
    exports.AssociateSourceToS3TableIntegrationResponse$ = AssociateSourceToS3TableIntegrationResponse$;
    exports.CSV$ = CSV$;
    exports.CancelExportTask$ = CancelExportTask$;
    exports.CancelExportTaskCommand = CancelExportTaskCommand;
    exports.CancelExportTaskRequest$ = CancelExportTaskRequest$;
    exports.CancelImportTask$ = CancelImportTask$;
    exports.CancelImportTaskCommand = CancelImportTaskCommand;
    exports.CancelImportTaskRequest$ = CancelImportTaskRequest$;
    exports.CancelImportTaskResponse$ = CancelImportTaskResponse$;
    exports.CloudWatchLogs = CloudWatchLogs;
    exports.CloudWatchLogsClient = CloudWatchLogsClient;
    exports.CloudWatchLogsServiceException = CloudWatchLogsServiceException;
    exports.CloudWatchLogsServiceException$ = CloudWatchLogsServiceException$;
    exports.ConfigurationTemplate$ = ConfigurationTemplate$;
    exports.ConfigurationTemplateDeliveryConfigValues$ = ConfigurationTemplateDeliveryConfigValues$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.CopyValue$ = CopyValue$;
    exports.CopyValueEntry$ = CopyValueEntry$;
    exports.CreateDelivery$ = CreateDelivery$;
    exports.CreateDeliveryCommand = CreateDeliveryCommand;
    exports.CreateDeliveryRequest$ = CreateDeliveryRequest$;
    exports.CreateDeliveryResponse$ = CreateDeliveryResponse$;
    exports.CreateExportTask$ = CreateExportTask$;
    exports.CreateExportTaskCommand = CreateExportTaskCommand;
    exports.CreateExportTaskRequest$ = CreateExportTaskRequest$;
    exports.CreateExportTaskResponse$ = CreateExportTaskResponse$;
    exports.CreateImportTask$ = CreateImportTask$;
    exports.CreateImportTaskCommand = CreateImportTaskCommand;
    exports.CreateImportTaskRequest$ = CreateImportTaskRequest$;
    exports.CreateImportTaskResponse$ = CreateImportTaskResponse$;
    exports.CreateLogAnomalyDetector$ = CreateLogAnomalyDetector$;
    exports.CreateLogAnomalyDetectorCommand = CreateLogAnomalyDetectorCommand;
    exports.CreateLogAnomalyDetectorRequest$ = CreateLogAnomalyDetectorRequest$;
    exports.CreateLogAnomalyDetectorResponse$ = CreateLogAnomalyDetectorResponse$;
    exports.CreateLogGroup$ = CreateLogGroup$;
    exports.CreateLogGroupCommand = CreateLogGroupCommand;
    exports.CreateLogGroupRequest$ = CreateLogGroupRequest$;
    exports.CreateLogStream$ = CreateLogStream$;
    exports.CreateLogStreamCommand = CreateLogStreamCommand;
    exports.CreateLogStreamRequest$ = CreateLogStreamRequest$;
    exports.CreateLookupTable$ = CreateLookupTable$;
    exports.CreateLookupTableCommand = CreateLookupTableCommand;
    exports.CreateLookupTableRequest$ = CreateLookupTableRequest$;
    exports.CreateLookupTableResponse$ = CreateLookupTableResponse$;
    exports.CreateScheduledQuery$ = CreateScheduledQuery$;
    exports.CreateScheduledQueryCommand = CreateScheduledQueryCommand;
    exports.CreateScheduledQueryRequest$ = CreateScheduledQueryRequest$;
    exports.CreateScheduledQueryResponse$ = CreateScheduledQueryResponse$;
    exports.DataAlreadyAcceptedException = DataAlreadyAcceptedException;
    exports.DataAlreadyAcceptedException$ = DataAlreadyAcceptedException$;
    exports.DataProtectionStatus = DataProtectionStatus;
    exports.DataSource$ = DataSource$;
    exports.DataSourceFilter$ = DataSourceFilter$;
    exports.DateTimeConverter$ = DateTimeConverter$;
    exports.DeleteAccountPolicy$ = DeleteAccountPolicy$;
    exports.DeleteAccountPolicyCommand = DeleteAccountPolicyCommand;
    exports.DeleteAccountPolicyRequest$ = DeleteAccountPolicyRequest$;
    exports.DeleteAccountPolicyResponse$ = DeleteAccountPolicyResponse$;
    exports.DeleteDataProtectionPolicy$ = DeleteDataProtectionPolicy$;
    exports.DeleteDataProtectionPolicyCommand = DeleteDataProtectionPolicyCommand;
    exports.DeleteDataProtectionPolicyRequest$ = DeleteDataProtectionPolicyRequest$;
    exports.DeleteDelivery$ = DeleteDelivery$;
    exports.DeleteDeliveryCommand = DeleteDeliveryCommand;
    exports.DeleteDeliveryDestination$ = DeleteDeliveryDestination$;
    exports.DeleteDeliveryDestinationCommand = DeleteDeliveryDestinationCommand;
    exports.DeleteDeliveryDestinationPolicy$ = DeleteDeliveryDestinationPolicy$;
    exports.DeleteDeliveryDestinationPolicyCommand = DeleteDeliveryDestinationPolicyCommand;
    exports.DeleteDeliveryDestinationPolicyRequest$ = DeleteDeliveryDestinationPolicyRequest$;
    exports.DeleteDeliveryDestinationRequest$ = DeleteDeliveryDestinationRequest$;
    exports.DeleteDeliveryRequest$ = DeleteDeliveryRequest$;
    exports.DeleteDeliverySource$ = DeleteDeliverySource$;
    exports.DeleteDeliverySourceCommand = DeleteDeliverySourceCommand;
    exports.DeleteDeliverySourceRequest$ = DeleteDeliverySourceRequest$;
    exports.DeleteDestination$ = DeleteDestination$;
    exports.DeleteDestinationCommand = DeleteDestinationCommand;
    exports.DeleteDestinationRequest$ = DeleteDestinationRequest$;
    exports.DeleteIndexPolicy$ = DeleteIndexPolicy$;
    exports.DeleteIndexPolicyCommand = DeleteIndexPolicyCommand;
    exports.DeleteIndexPolicyRequest$ = DeleteIndexPolicyRequest$;
    exports.DeleteIndexPolicyResponse$ = DeleteIndexPolicyResponse$;
    exports.DeleteIntegration$ = DeleteIntegration$;
    exports.DeleteIntegrationCommand = DeleteIntegrationCommand;
    exports.DeleteIntegrationRequest$ = DeleteIntegrationRequest$;
    exports.DeleteIntegrationResponse$ = DeleteIntegrationResponse$;
    exports.DeleteKeys$ = DeleteKeys$;
    exports.DeleteLogAnomalyDetector$ = DeleteLogAnomalyDetector$;
    exports.DeleteLogAnomalyDetectorCommand = DeleteLogAnomalyDetectorCommand;
    exports.DeleteLogAnomalyDetectorRequest$ = DeleteLogAnomalyDetectorRequest$;
    exports.DeleteLogGroup$ = DeleteLogGroup$;
    exports.DeleteLogGroupCommand = DeleteLogGroupCommand;
    exports.DeleteLogGroupRequest$ = DeleteLogGroupRequest$;
    exports.DeleteLogStream$ = DeleteLogStream$;
    exports.DeleteLogStreamCommand = DeleteLogStreamCommand;
    exports.DeleteLogStreamRequest$ = DeleteLogStreamRequest$;
    exports.DeleteLookupTable$ = DeleteLookupTable$;
    exports.DeleteLookupTableCommand = DeleteLookupTableCommand;
    exports.DeleteLookupTableRequest$ = DeleteLookupTableRequest$;
    exports.DeleteMetricFilter$ = DeleteMetricFilter$;
    exports.DeleteMetricFilterCommand = DeleteMetricFilterCommand;
    exports.DeleteMetricFilterRequest$ = DeleteMetricFilterRequest$;
    exports.DeleteQueryDefinition$ = DeleteQueryDefinition$;
    exports.DeleteQueryDefinitionCommand = DeleteQueryDefinitionCommand;
    exports.DeleteQueryDefinitionRequest$ = DeleteQueryDefinitionRequest$;
    exports.DeleteQueryDefinitionResponse$ = DeleteQueryDefinitionResponse$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteRetentionPolicy$ = DeleteRetentionPolicy$;
    exports.DeleteRetentionPolicyCommand = DeleteRetentionPolicyCommand;
    exports.DeleteRetentionPolicyRequest$ = DeleteRetentionPolicyRequest$;
    exports.DeleteScheduledQuery$ = DeleteScheduledQuery$;
    exports.DeleteScheduledQueryCommand = DeleteScheduledQueryCommand;
    exports.DeleteScheduledQueryRequest$ = DeleteScheduledQueryRequest$;
    exports.DeleteScheduledQueryResponse$ = DeleteScheduledQueryResponse$;
    exports.DeleteSubscriptionFilter$ = DeleteSubscriptionFilter$;
    exports.DeleteSubscriptionFilterCommand = DeleteSubscriptionFilterCommand;
    exports.DeleteSubscriptionFilterRequest$ = DeleteSubscriptionFilterRequest$;
    exports.DeleteSyslogConfiguration$ = DeleteSyslogConfiguration$;
    exports.DeleteSyslogConfigurationCommand = DeleteSyslogConfigurationCommand;
    exports.DeleteSyslogConfigurationRequest$ = DeleteSyslogConfigurationRequest$;
    exports.DeleteTransformer$ = DeleteTransformer$;
    exports.DeleteTransformerCommand = DeleteTransformerCommand;
    exports.DeleteTransformerRequest$ = DeleteTransformerRequest$;
    exports.Delivery$ = Delivery$;
    exports.DeliveryDestination$ = DeliveryDestination$;
    exports.DeliveryDestinationConfiguration$ = DeliveryDestinationConfiguration$;
    exports.DeliveryDestinationType = DeliveryDestinationType;
    exports.DeliverySource$ = DeliverySource$;
    exports.DeliverySourceConfigurationSchema$ = DeliverySourceConfigurationSchema$;
    exports.DeliverySourceConfigurationSchemaValueType = DeliverySourceConfigurationSchemaValueType;
    exports.DeliverySourceStatus = DeliverySourceStatus;
    exports.DeliverySourceStatusReason = DeliverySourceStatusReason;
    exports.DescribeAccountPolicies$ = DescribeAccountPolicies$;
    exports.DescribeAccountPoliciesCommand = DescribeAccountPoliciesCommand;
    exports.DescribeAccountPoliciesRequest$ = DescribeAccountPoliciesRequest$;
    exports.DescribeAccountPoliciesResponse$ = DescribeAccountPoliciesResponse$;
    exports.DescribeConfigurationTemplates$ = DescribeConfigurationTemplates$;
    exports.DescribeConfigurationTemplatesCommand = DescribeConfigurationTemplatesCommand;
    exports.DescribeConfigurationTemplatesRequest$ = DescribeConfigurationTemplatesRequest$;
    exports.DescribeConfigurationTemplatesResponse$ = DescribeConfigurationTemplatesResponse$;
    exports.DescribeDeliveries$ = DescribeDeliveries$;
    exports.DescribeDeliveriesCommand = DescribeDeliveriesCommand;
    exports.DescribeDeliveriesRequest$ = DescribeDeliveriesRequest$;
    exports.DescribeDeliveriesResponse$ = DescribeDeliveriesResponse$;
    exports.DescribeDeliveryDestinations$ = DescribeDeliveryDestinations$;
    exports.DescribeDeliveryDestinationsCommand = DescribeDeliveryDestinationsCommand;
    exports.DescribeDeliveryDestinationsRequest$ = DescribeDeliveryDestinationsRequest$;
    exports.DescribeDeliveryDestinationsResponse$ = DescribeDeliveryDestinationsResponse$;
    exports.DescribeDeliverySources$ = DescribeDeliverySources$;
    exports.DescribeDeliverySourcesCommand = DescribeDeliverySourcesCommand;
    exports.DescribeDeliverySourcesRequest$ = DescribeDeliverySourcesRequest$;
    exports.DescribeDeliverySourcesResponse$ = DescribeDeliverySourcesResponse$;
    exports.DescribeDestinations$ = DescribeDestinations$;
    exports.DescribeDestinationsCommand = DescribeDestinationsCommand;
    exports.DescribeDestinationsRequest$ = DescribeDestinationsRequest$;
    exports.DescribeDestinationsResponse$ = DescribeDestinationsResponse$;
    exports.DescribeExportTasks$ = DescribeExportTasks$;
    exports.DescribeExportTasksCommand = DescribeExportTasksCommand;
    exports.DescribeExportTasksRequest$ = DescribeExportTasksRequest$;
    exports.DescribeExportTasksResponse$ = DescribeExportTasksResponse$;
    exports.DescribeFieldIndexes$ = DescribeFieldIndexes$;
    exports.DescribeFieldIndexesCommand = DescribeFieldIndexesCommand;
    exports.DescribeFieldIndexesRequest$ = DescribeFieldIndexesRequest$;
    exports.DescribeFieldIndexesResponse$ = DescribeFieldIndexesResponse$;
    exports.DescribeImportTaskBatches$ = DescribeImportTaskBatches$;
    exports.DescribeImportTaskBatchesCommand = DescribeImportTaskBatchesCommand;
    exports.DescribeImportTaskBatchesRequest$ = DescribeImportTaskBatchesRequest$;
    exports.DescribeImportTaskBatchesResponse$ = DescribeImportTaskBatchesResponse$;
    exports.DescribeImportTasks$ = DescribeImportTasks$;
    exports.DescribeImportTasksCommand = DescribeImportTasksCommand;
    exports.DescribeImportTasksRequest$ = DescribeImportTasksRequest$;
    exports.DescribeImportTasksResponse$ = DescribeImportTasksResponse$;
    exports.DescribeIndexPolicies$ = DescribeIndexPolicies$;
    exports.DescribeIndexPoliciesCommand = DescribeIndexPoliciesCommand;
    exports.DescribeIndexPoliciesRequest$ = DescribeIndexPoliciesRequest$;
    exports.DescribeIndexPoliciesResponse$ = DescribeIndexPoliciesResponse$;
    exports.DescribeLogGroups$ = DescribeLogGroups$;
    exports.DescribeLogGroupsCommand = DescribeLogGroupsCommand;
    exports.DescribeLogGroupsRequest$ = DescribeLogGroupsRequest$;
    exports.DescribeLogGroupsResponse$ = DescribeLogGroupsResponse$;
    exports.DescribeLogStreams$ = DescribeLogStreams$;
    exports.DescribeLogStreamsCommand = DescribeLogStreamsCommand;
    exports.DescribeLogStreamsRequest$ = DescribeLogStreamsRequest$;
    exports.DescribeLogStreamsResponse$ = DescribeLogStreamsResponse$;
    exports.DescribeLookupTables$ = DescribeLookupTables$;
    exports.DescribeLookupTablesCommand = DescribeLookupTablesCommand;
    exports.DescribeLookupTablesRequest$ = DescribeLookupTablesRequest$;
    exports.DescribeLookupTablesResponse$ = DescribeLookupTablesResponse$;
    exports.DescribeMetricFilters$ = DescribeMetricFilters$;
    exports.DescribeMetricFiltersCommand = DescribeMetricFiltersCommand;
    exports.DescribeMetricFiltersRequest$ = DescribeMetricFiltersRequest$;
    exports.DescribeMetricFiltersResponse$ = DescribeMetricFiltersResponse$;
    exports.DescribeQueries$ = DescribeQueries$;
    exports.DescribeQueriesCommand = DescribeQueriesCommand;
    exports.DescribeQueriesRequest$ = DescribeQueriesRequest$;
    exports.DescribeQueriesResponse$ = DescribeQueriesResponse$;
    exports.DescribeQueryDefinitions$ = DescribeQueryDefinitions$;
    exports.DescribeQueryDefinitionsCommand = DescribeQueryDefinitionsCommand;
    exports.DescribeQueryDefinitionsRequest$ = DescribeQueryDefinitionsRequest$;
    exports.DescribeQueryDefinitionsResponse$ = DescribeQueryDefinitionsResponse$;
    exports.DescribeResourcePolicies$ = DescribeResourcePolicies$;
    exports.DescribeResourcePoliciesCommand = DescribeResourcePoliciesCommand;
    exports.DescribeResourcePoliciesRequest$ = DescribeResourcePoliciesRequest$;
    exports.DescribeResourcePoliciesResponse$ = DescribeResourcePoliciesResponse$;
    exports.DescribeSubscriptionFilters$ = DescribeSubscriptionFilters$;
    exports.DescribeSubscriptionFiltersCommand = DescribeSubscriptionFiltersCommand;
    exports.DescribeSubscriptionFiltersRequest$ = DescribeSubscriptionFiltersRequest$;
    exports.DescribeSubscriptionFiltersResponse$ = DescribeSubscriptionFiltersResponse$;
    exports.Destination$ = Destination$;
    exports.DestinationConfiguration$ = DestinationConfiguration$;
    exports.DisassociateKmsKey$ = DisassociateKmsKey$;
    exports.DisassociateKmsKeyCommand = DisassociateKmsKeyCommand;
    exports.DisassociateKmsKeyRequest$ = DisassociateKmsKeyRequest$;
    exports.DisassociateSourceFromS3TableIntegration$ = DisassociateSourceFromS3TableIntegration$;
    exports.DisassociateSourceFromS3TableIntegrationCommand = DisassociateSourceFromS3TableIntegrationCommand;
    exports.DisassociateSourceFromS3TableIntegrationRequest$ = DisassociateSourceFromS3TableIntegrationRequest$;
    exports.DisassociateSourceFromS3TableIntegrationResponse$ = DisassociateSourceFromS3TableIntegrationResponse$;
    exports.Distribution = Distribution;
    exports.DryRunResult$ = DryRunResult$;
    exports.Entity$ = Entity$;
    exports.EntityRejectionErrorType = EntityRejectionErrorType;
    exports.EvaluationFrequency = EvaluationFrequency;
    exports.EventSource = EventSource;
    exports.ExecutionStatus = ExecutionStatus;
    exports.ExportTask$ = ExportTask$;
    exports.ExportTaskExecutionInfo$ = ExportTaskExecutionInfo$;
    exports.ExportTaskStatus$ = ExportTaskStatus$;
    exports.ExportTaskStatusCode = ExportTaskStatusCode;
    exports.FieldIndex$ = FieldIndex$;
    exports.FieldsData$ = FieldsData$;
    exports.FilterLogEvents$ = FilterLogEvents$;
    exports.FilterLogEventsCommand = FilterLogEventsCommand;
    exports.FilterLogEventsRequest$ = FilterLogEventsRequest$;
    exports.FilterLogEventsResponse$ = FilterLogEventsResponse$;
    exports.FilteredLogEvent$ = FilteredLogEvent$;
    exports.FlattenedElement = FlattenedElement;
    exports.GetDataProtectionPolicy$ = GetDataProtectionPolicy$;
    exports.GetDataProtectionPolicyCommand = GetDataProtectionPolicyCommand;
    exports.GetDataProtectionPolicyRequest$ = GetDataProtectionPolicyRequest$;
    exports.GetDataProtectionPolicyResponse$ = GetDataProtectionPolicyResponse$;
    exports.GetDelivery$ = GetDelivery$;
    exports.GetDeliveryCommand = GetDeliveryCommand;
    exports.GetDeliveryDestination$ = GetDeliveryDestination$;
    exports.GetDeliveryDestinationCommand = GetDeliveryDestinationCommand;
    exports.GetDeliveryDestinationPolicy$ = GetDeliveryDestinationPolicy$;
    exports.GetDeliveryDestinationPolicyCommand = GetDeliveryDestinationPolicyCommand;
    exports.GetDeliveryDestinationPolicyRequest$ = GetDeliveryDestinationPolicyRequest$;
    exports.GetDeliveryDestinationPolicyResponse$ = GetDeliveryDestinationPolicyResponse$;
    exports.GetDeliveryDestinationRequest$ = GetDeliveryDestinationRequest$;
    exports.GetDeliveryDestinationResponse$ = GetDeliveryDestinationResponse$;
    exports.GetDeliveryRequest$ = GetDeliveryRequest$;
    exports.GetDeliveryResponse$ = GetDeliveryResponse$;
    exports.GetDeliverySource$ = GetDeliverySource$;
    exports.GetDeliverySourceCommand = GetDeliverySourceCommand;
    exports.GetDeliverySourceRequest$ = GetDeliverySourceRequest$;
    exports.GetDeliverySourceResponse$ = GetDeliverySourceResponse$;
    exports.GetIntegration$ = GetIntegration$;
    exports.GetIntegrationCommand = GetIntegrationCommand;
    exports.GetIntegrationRequest$ = GetIntegrationRequest$;
    exports.GetIntegrationResponse$ = GetIntegrationResponse$;
    exports.GetLogAnomalyDetector$ = GetLogAnomalyDetector$;
    exports.GetLogAnomalyDetectorCommand = GetLogAnomalyDetectorCommand;
    exports.GetLogAnomalyDetectorRequest$ = GetLogAnomalyDetectorRequest$;
    exports.GetLogAnomalyDetectorResponse$ = GetLogAnomalyDetectorResponse$;
    exports.GetLogEvents$ = GetLogEvents$;
    exports.GetLogEventsCommand = GetLogEventsCommand;
    exports.GetLogEventsRequest$ = GetLogEventsRequest$;
    exports.GetLogEventsResponse$ = GetLogEventsResponse$;
    exports.GetLogFields$ = GetLogFields$;
    exports.GetLogFieldsCommand = GetLogFieldsCommand;
    exports.GetLogFieldsRequest$ = GetLogFieldsRequest$;
    exports.GetLogFieldsResponse$ = GetLogFieldsResponse$;
    exports.GetLogGroupFields$ = GetLogGroupFields$;
    exports.GetLogGroupFieldsCommand = GetLogGroupFieldsCommand;
    exports.GetLogGroupFieldsRequest$ = GetLogGroupFieldsRequest$;
    exports.GetLogGroupFieldsResponse$ = GetLogGroupFieldsResponse$;
    exports.GetLogObject$ = GetLogObject$;
    exports.GetLogObjectCommand = GetLogObjectCommand;
    exports.GetLogObjectRequest$ = GetLogObjectRequest$;
    exports.GetLogObjectResponse$ = GetLogObjectResponse$;
    exports.GetLogObjectResponseStream$ = GetLogObjectResponseStream$;
    exports.GetLogRecord$ = GetLogRecord$;
    exports.GetLogRecordCommand = GetLogRecordCommand;
    exports.GetLogRecordRequest$ = GetLogRecordRequest$;
    exports.GetLogRecordResponse$ = GetLogRecordResponse$;
    exports.GetLookupTable$ = GetLookupTable$;
    exports.GetLookupTableCommand = GetLookupTableCommand;
    exports.GetLookupTableRequest$ = GetLookupTableRequest$;
    exports.GetLookupTableResponse$ = GetLookupTableResponse$;
    exports.GetQueryResults$ = GetQueryResults$;
    exports.GetQueryResultsCommand = GetQueryResultsCommand;
    exports.GetQueryResultsRequest$ = GetQueryResultsRequest$;
    exports.GetQueryResultsResponse$ = GetQueryResultsResponse$;
    exports.GetScheduledQuery$ = GetScheduledQuery$;
    exports.GetScheduledQueryCommand = GetScheduledQueryCommand;
    exports.GetScheduledQueryHistory$ = GetScheduledQueryHistory$;
    exports.GetScheduledQueryHistoryCommand = GetScheduledQueryHistoryCommand;
    exports.GetScheduledQueryHistoryRequest$ = GetScheduledQueryHistoryRequest$;
    exports.GetScheduledQueryHistoryResponse$ = GetScheduledQueryHistoryResponse$;
    exports.GetScheduledQueryRequest$ = GetScheduledQueryRequest$;
    exports.GetScheduledQueryResponse$ = GetScheduledQueryResponse$;
    exports.GetStorageTierPolicy$ = GetStorageTierPolicy$;
    exports.GetStorageTierPolicyCommand = GetStorageTierPolicyCommand;
    exports.GetStorageTierPolicyRequest$ = GetStorageTierPolicyRequest$;
    exports.GetStorageTierPolicyResponse$ = GetStorageTierPolicyResponse$;
    exports.GetTransformer$ = GetTransformer$;
    exports.GetTransformerCommand = GetTransformerCommand;
    exports.GetTransformerRequest$ = GetTransformerRequest$;
    exports.GetTransformerResponse$ = GetTransformerResponse$;
    exports.Grok$ = Grok$;
    exports.GroupingIdentifier$ = GroupingIdentifier$;
    exports.Import$ = Import$;
    exports.ImportBatch$ = ImportBatch$;
    exports.ImportFilter$ = ImportFilter$;
    exports.ImportStatistics$ = ImportStatistics$;
    exports.ImportStatus = ImportStatus;
    exports.IndexCategory = IndexCategory;
    exports.IndexPolicy$ = IndexPolicy$;
    exports.IndexSource = IndexSource;
    exports.IndexType = IndexType;
    exports.InheritedProperty = InheritedProperty;
    exports.InputLogEvent$ = InputLogEvent$;
    exports.IntegrationDetails$ = IntegrationDetails$;
    exports.IntegrationStatus = IntegrationStatus;
    exports.IntegrationSummary$ = IntegrationSummary$;
    exports.IntegrationType = IntegrationType;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.InternalStreamingException = InternalStreamingException;
    exports.InternalStreamingException$ = InternalStreamingException$;
    exports.InvalidOperationException = InvalidOperationException;
    exports.InvalidOperationException$ = InvalidOperationException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.InvalidSequenceTokenException = InvalidSequenceTokenException;
    exports.InvalidSequenceTokenException$ = InvalidSequenceTokenException$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListAggregateLogGroupSummaries$ = ListAggregateLogGroupSummaries$;
    exports.ListAggregateLogGroupSummariesCommand = ListAggregateLogGroupSummariesCommand;
    exports.ListAggregateLogGroupSummariesGroupBy = ListAggregateLogGroupSummariesGroupBy;
    exports.ListAggregateLogGroupSummariesRequest$ = ListAggregateLogGroupSummariesRequest$;
    exports.ListAggregateLogGroupSummariesResponse$ = ListAggregateLogGroupSummariesResponse$;
    exports.ListAnomalies$ = ListAnomalies$;
    exports.ListAnomaliesCommand = ListAnomaliesCommand;
    exports.ListAnomaliesRequest$ = ListAnomaliesRequest$;
    exports.ListAnomaliesResponse$ = ListAnomaliesResponse$;
    exports.ListIntegrations$ = ListIntegrations$;
    exports.ListIntegrationsCommand = ListIntegrationsCommand;
    exports.ListIntegrationsRequest$ = ListIntegrationsRequest$;
    exports.ListIntegrationsResponse$ = ListIntegrationsResponse$;
    exports.ListLogAnomalyDetectors$ = ListLogAnomalyDetectors$;
    exports.ListLogAnomalyDetectorsCommand = ListLogAnomalyDetectorsCommand;
    exports.ListLogAnomalyDetectorsRequest$ = ListLogAnomalyDetectorsRequest$;
    exports.ListLogAnomalyDetectorsResponse$ = ListLogAnomalyDetectorsResponse$;
    exports.ListLogGroups$ = ListLogGroups$;
    exports.ListLogGroupsCommand = ListLogGroupsCommand;
    exports.ListLogGroupsForQuery$ = ListLogGroupsForQuery$;
    exports.ListLogGroupsForQueryCommand = ListLogGroupsForQueryCommand;
    exports.ListLogGroupsForQueryRequest$ = ListLogGroupsForQueryRequest$;
    exports.ListLogGroupsForQueryResponse$ = ListLogGroupsForQueryResponse$;
    exports.ListLogGroupsRequest$ = ListLogGroupsRequest$;
    exports.ListLogGroupsResponse$ = ListLogGroupsResponse$;
    exports.ListScheduledQueries$ = ListScheduledQueries$;
    exports.ListScheduledQueriesCommand = ListScheduledQueriesCommand;
    exports.ListScheduledQueriesRequest$ = ListScheduledQueriesRequest$;
    exports.ListScheduledQueriesResponse$ = ListScheduledQueriesResponse$;
    exports.ListSourcesForS3TableIntegration$ = ListSourcesForS3TableIntegration$;
    exports.ListSourcesForS3TableIntegrationCommand = ListSourcesForS3TableIntegrationCommand;
    exports.ListSourcesForS3TableIntegrationRequest$ = ListSourcesForS3TableIntegrationRequest$;
    exports.ListSourcesForS3TableIntegrationResponse$ = ListSourcesForS3TableIntegrationResponse$;
    exports.ListSyslogConfigurations$ = ListSyslogConfigurations$;
    exports.ListSyslogConfigurationsCommand = ListSyslogConfigurationsCommand;
    exports.ListSyslogConfigurationsRequest$ = ListSyslogConfigurationsRequest$;
    exports.ListSyslogConfigurationsResponse$ = ListSyslogConfigurationsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTagsLogGroup$ = ListTagsLogGroup$;
    exports.ListTagsLogGroupCommand = ListTagsLogGroupCommand;
    exports.ListTagsLogGroupRequest$ = ListTagsLogGroupRequest$;
    exports.ListTagsLogGroupResponse$ = ListTagsLogGroupResponse$;
    exports.ListToMap$ = ListToMap$;
    exports.LiveTailSessionLogEvent$ = LiveTailSessionLogEvent$;
    exports.LiveTailSessionMetadata$ = LiveTailSessionMetadata$;
    exports.LiveTailSessionStart$ = LiveTailSessionStart$;
    exports.LiveTailSessionUpdate$ = LiveTailSessionUpdate$;
    exports.LogEvent$ = LogEvent$;
    exports.LogFieldType$ = LogFieldType$;
    exports.LogFieldsListItem$ = LogFieldsListItem$;
    exports.LogGroup$ = LogGroup$;
    exports.LogGroupClass = LogGroupClass;
    exports.LogGroupField$ = LogGroupField$;
    exports.LogGroupImpact$ = LogGroupImpact$;
    exports.LogGroupSummary$ = LogGroupSummary$;
    exports.LogStream$ = LogStream$;
    exports.LookupTable$ = LookupTable$;
    exports.LookupTableConfiguration$ = LookupTableConfiguration$;
    exports.LowerCaseString$ = LowerCaseString$;
    exports.MalformedQueryException = MalformedQueryException;
    exports.MalformedQueryException$ = MalformedQueryException$;
    exports.MetricFilter$ = MetricFilter$;
    exports.MetricFilterMatchRecord$ = MetricFilterMatchRecord$;
    exports.MetricTransformation$ = MetricTransformation$;
    exports.MoveKeyEntry$ = MoveKeyEntry$;
    exports.MoveKeys$ = MoveKeys$;
    exports.OCSFVersion = OCSFVersion;
    exports.OpenSearchApplication$ = OpenSearchApplication$;
    exports.OpenSearchCollection$ = OpenSearchCollection$;
    exports.OpenSearchDataAccessPolicy$ = OpenSearchDataAccessPolicy$;
    exports.OpenSearchDataSource$ = OpenSearchDataSource$;
    exports.OpenSearchEncryptionPolicy$ = OpenSearchEncryptionPolicy$;
    exports.OpenSearchIntegrationDetails$ = OpenSearchIntegrationDetails$;
    exports.OpenSearchLifecyclePolicy$ = OpenSearchLifecyclePolicy$;
    exports.OpenSearchNetworkPolicy$ = OpenSearchNetworkPolicy$;
    exports.OpenSearchResourceConfig$ = OpenSearchResourceConfig$;
    exports.OpenSearchResourceStatus$ = OpenSearchResourceStatus$;
    exports.OpenSearchResourceStatusType = OpenSearchResourceStatusType;
    exports.OpenSearchWorkspace$ = OpenSearchWorkspace$;
    exports.OperationAbortedException = OperationAbortedException;
    exports.OperationAbortedException$ = OperationAbortedException$;
    exports.OrderBy = OrderBy;
    exports.OutputFormat = OutputFormat;
    exports.OutputLogEvent$ = OutputLogEvent$;
    exports.ParseCloudfront$ = ParseCloudfront$;
    exports.ParseJSON$ = ParseJSON$;
    exports.ParseKeyValue$ = ParseKeyValue$;
    exports.ParsePostgres$ = ParsePostgres$;
    exports.ParseRoute53$ = ParseRoute53$;
    exports.ParseToOCSF$ = ParseToOCSF$;
    exports.ParseVPC$ = ParseVPC$;
    exports.ParseWAF$ = ParseWAF$;
    exports.PatternToken$ = PatternToken$;
    exports.Policy$ = Policy$;
    exports.PolicyScope = PolicyScope;
    exports.PolicyType = PolicyType;
    exports.Processor$ = Processor$;
    exports.PutAccountPolicy$ = PutAccountPolicy$;
    exports.PutAccountPolicyCommand = PutAccountPolicyCommand;
    exports.PutAccountPolicyRequest$ = PutAccountPolicyRequest$;
    exports.PutAccountPolicyResponse$ = PutAccountPolicyResponse$;
    exports.PutBearerTokenAuthentication$ = PutBearerTokenAuthentication$;
    exports.PutBearerTokenAuthenticationCommand = PutBearerTokenAuthenticationCommand;
    exports.PutBearerTokenAuthenticationRequest$ = PutBearerTokenAuthenticationRequest$;
    exports.PutDataProtectionPolicy$ = PutDataProtectionPolicy$;
    exports.PutDataProtectionPolicyCommand = PutDataProtectionPolicyCommand;
    exports.PutDataProtectionPolicyRequest$ = PutDataProtectionPolicyRequest$;
    exports.PutDataProtectionPolicyResponse$ = PutDataProtectionPolicyResponse$;
    exports.PutDeliveryDestination$ = PutDeliveryDestination$;
    exports.PutDeliveryDestinationCommand = PutDeliveryDestinationCommand;
    exports.PutDeliveryDestinationPolicy$ = PutDeliveryDestinationPolicy$;
    exports.PutDeliveryDestinationPolicyCommand = PutDeliveryDestinationPolicyCommand;
    exports.PutDeliveryDestinationPolicyRequest$ = PutDeliveryDestinationPolicyRequest$;
    exports.PutDeliveryDestinationPolicyResponse$ = PutDeliveryDestinationPolicyResponse$;
    exports.PutDeliveryDestinationRequest$ = PutDeliveryDestinationRequest$;
    exports.PutDeliveryDestinationResponse$ = PutDeliveryDestinationResponse$;
    exports.PutDeliverySource$ = PutDeliverySource$;
    exports.PutDeliverySourceCommand = PutDeliverySourceCommand;
    exports.PutDeliverySourceRequest$ = PutDeliverySourceRequest$;
    exports.PutDeliverySourceResponse$ = PutDeliverySourceResponse$;
    exports.PutDestination$ = PutDestination$;
    exports.PutDestinationCommand = PutDestinationCommand;
    exports.PutDestinationPolicy$ = PutDestinationPolicy$;
    exports.PutDestinationPolicyCommand = PutDestinationPolicyCommand;
    exports.PutDestinationPolicyRequest$ = PutDestinationPolicyRequest$;
    exports.PutDestinationRequest$ = PutDestinationRequest$;
    exports.PutDestinationResponse$ = PutDestinationResponse$;
    exports.PutIndexPolicy$ = PutIndexPolicy$;
    exports.PutIndexPolicyCommand = PutIndexPolicyCommand;
    exports.PutIndexPolicyRequest$ = PutIndexPolicyRequest$;
    exports.PutIndexPolicyResponse$ = PutIndexPolicyResponse$;
    exports.PutIntegration$ = PutIntegration$;
    exports.PutIntegrationCommand = PutIntegrationCommand;
    exports.PutIntegrationRequest$ = PutIntegrationRequest$;
    exports.PutIntegrationResponse$ = PutIntegrationResponse$;
    exports.PutLogEvents$ = PutLogEvents$;
    exports.PutLogEventsCommand = PutLogEventsCommand;
    exports.PutLogEventsRequest$ = PutLogEventsRequest$;
    exports.PutLogEventsResponse$ = PutLogEventsResponse$;
    exports.PutLogGroupDeletionProtection$ = PutLogGroupDeletionProtection$;
    exports.PutLogGroupDeletionProtectionCommand = PutLogGroupDeletionProtectionCommand;
    exports.PutLogGroupDeletionProtectionRequest$ = PutLogGroupDeletionProtectionRequest$;
    exports.PutMetricFilter$ = PutMetricFilter$;
    exports.PutMetricFilterCommand = PutMetricFilterCommand;
    exports.PutMetricFilterRequest$ = PutMetricFilterRequest$;
    exports.PutQueryDefinition$ = PutQueryDefinition$;
    exports.PutQueryDefinitionCommand = PutQueryDefinitionCommand;
    exports.PutQueryDefinitionRequest$ = PutQueryDefinitionRequest$;
    exports.PutQueryDefinitionResponse$ = PutQueryDefinitionResponse$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.PutRetentionPolicy$ = PutRetentionPolicy$;
    exports.PutRetentionPolicyCommand = PutRetentionPolicyCommand;
    exports.PutRetentionPolicyRequest$ = PutRetentionPolicyRequest$;
    exports.PutStorageTierPolicy$ = PutStorageTierPolicy$;
    exports.PutStorageTierPolicyCommand = PutStorageTierPolicyCommand;
    exports.PutStorageTierPolicyRequest$ = PutStorageTierPolicyRequest$;
    exports.PutStorageTierPolicyResponse$ = PutStorageTierPolicyResponse$;
    exports.PutSubscriptionFilter$ = PutSubscriptionFilter$;
    exports.PutSubscriptionFilterCommand = PutSubscriptionFilterCommand;
    exports.PutSubscriptionFilterRequest$ = PutSubscriptionFilterRequest$;
    exports.PutSyslogConfiguration$ = PutSyslogConfiguration$;
    exports.PutSyslogConfigurationCommand = PutSyslogConfigurationCommand;
    exports.PutSyslogConfigurationRequest$ = PutSyslogConfigurationRequest$;
    exports.PutTransformer$ = PutTransformer$;
    exports.PutTransformerCommand = PutTransformerCommand;
    exports.PutTransformerRequest$ = PutTransformerRequest$;
    exports.QueryCompileError$ = QueryCompileError$;
    exports.QueryCompileErrorLocation$ = QueryCompileErrorLocation$;
    exports.QueryDefinition$ = QueryDefinition$;
    exports.QueryInfo$ = QueryInfo$;
    exports.QueryLanguage = QueryLanguage;
    exports.QueryParameter$ = QueryParameter$;
    exports.QueryStatistics$ = QueryStatistics$;
    exports.QueryStatus = QueryStatus;
    exports.RecordField$ = RecordField$;
    exports.RejectedEntityInfo$ = RejectedEntityInfo$;
    exports.RejectedLogEventsInfo$ = RejectedLogEventsInfo$;
    exports.RenameKeyEntry$ = RenameKeyEntry$;
    exports.RenameKeys$ = RenameKeys$;
    exports.ResourceAlreadyExistsException = ResourceAlreadyExistsException;
    exports.ResourceAlreadyExistsException$ = ResourceAlreadyExistsException$;
    exports.ResourceConfig$ = ResourceConfig$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourcePolicy$ = ResourcePolicy$;
    exports.ResultField$ = ResultField$;
    exports.S3Configuration$ = S3Configuration$;
    exports.S3DeliveryConfiguration$ = S3DeliveryConfiguration$;
    exports.S3TableIntegrationSource$ = S3TableIntegrationSource$;
    exports.S3TableIntegrationSourceStatus = S3TableIntegrationSourceStatus;
    exports.S3TablesIntegration$ = S3TablesIntegration$;
    exports.ScheduleType = ScheduleType;
    exports.ScheduledQueryDestination$ = ScheduledQueryDestination$;
    exports.ScheduledQueryDestinationType = ScheduledQueryDestinationType;
    exports.ScheduledQueryState = ScheduledQueryState;
    exports.ScheduledQuerySummary$ = ScheduledQuerySummary$;
    exports.Scope = Scope;
    exports.SearchedLogStream$ = SearchedLogStream$;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.ServiceUnavailableException = ServiceUnavailableException;
    exports.ServiceUnavailableException$ = ServiceUnavailableException$;
    exports.SessionStreamingException = SessionStreamingException;
    exports.SessionStreamingException$ = SessionStreamingException$;
    exports.SessionTimeoutException = SessionTimeoutException;
    exports.SessionTimeoutException$ = SessionTimeoutException$;
    exports.SplitString$ = SplitString$;
    exports.SplitStringEntry$ = SplitStringEntry$;
    exports.StandardUnit = StandardUnit;
    exports.StartLiveTail$ = StartLiveTail$;
    exports.StartLiveTailCommand = StartLiveTailCommand;
    exports.StartLiveTailRequest$ = StartLiveTailRequest$;
    exports.StartLiveTailResponse$ = StartLiveTailResponse$;
    exports.StartLiveTailResponseStream$ = StartLiveTailResponseStream$;
    exports.StartQuery$ = StartQuery$;
    exports.StartQueryCommand = StartQueryCommand;
    exports.StartQueryRequest$ = StartQueryRequest$;
    exports.StartQueryResponse$ = StartQueryResponse$;
    exports.State = State;
    exports.StopQuery$ = StopQuery$;
    exports.StopQueryCommand = StopQueryCommand;
    exports.StopQueryRequest$ = StopQueryRequest$;
    exports.StopQueryResponse$ = StopQueryResponse$;
    exports.StorageTier = StorageTier;
    exports.SubscriptionFilter$ = SubscriptionFilter$;
    exports.SubstituteString$ = SubstituteString$;
    exports.SubstituteStringEntry$ = SubstituteStringEntry$;
    exports.SuppressionPeriod$ = SuppressionPeriod$;
    exports.SuppressionState = SuppressionState;
    exports.SuppressionType = SuppressionType;
    exports.SuppressionUnit = SuppressionUnit;
    exports.SyslogConfiguration$ = SyslogConfiguration$;
    exports.SyslogSourceType = SyslogSourceType;
    exports.TagFilter$ = TagFilter$;
    exports.TagLogGroup$ = TagLogGroup$;
    exports.TagLogGroupCommand = TagLogGroupCommand;
    exports.TagLogGroupRequest$ = TagLogGroupRequest$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TestMetricFilter$ = TestMetricFilter$;
    exports.TestMetricFilterCommand = TestMetricFilterCommand;
    exports.TestMetricFilterRequest$ = TestMetricFilterRequest$;
    exports.TestMetricFilterResponse$ = TestMetricFilterResponse$;
    exports.TestTransformer$ = TestTransformer$;
    exports.TestTransformerCommand = TestTransformerCommand;
    exports.TestTransformerRequest$ = TestTransformerRequest$;
    exports.TestTransformerResponse$ = TestTransformerResponse$;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.TooManyTagsException = TooManyTagsException;
    exports.TooManyTagsException$ = TooManyTagsException$;
    exports.TransformedLogRecord$ = TransformedLogRecord$;
    exports.TriggerHistoryRecord$ = TriggerHistoryRecord$;
    exports.TrimString$ = TrimString$;
    exports.Type = Type;
    exports.TypeConverter$ = TypeConverter$;
    exports.TypeConverterEntry$ = TypeConverterEntry$;
    exports.UnrecognizedClientException = UnrecognizedClientException;
    exports.UnrecognizedClientException$ = UnrecognizedClientException$;
    exports.UntagLogGroup$ = UntagLogGroup$;
    exports.UntagLogGroupCommand = UntagLogGroupCommand;
    exports.UntagLogGroupRequest$ = UntagLogGroupRequest$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UpdateAnomaly$ = UpdateAnomaly$;
    exports.UpdateAnomalyCommand = UpdateAnomalyCommand;
    exports.UpdateAnomalyRequest$ = UpdateAnomalyRequest$;
    exports.UpdateDeliveryConfiguration$ = UpdateDeliveryConfiguration$;
    exports.UpdateDeliveryConfigurationCommand = UpdateDeliveryConfigurationCommand;
    exports.UpdateDeliveryConfigurationRequest$ = UpdateDeliveryConfigurationRequest$;
    exports.UpdateDeliveryConfigurationResponse$ = UpdateDeliveryConfigurationResponse$;
    exports.UpdateLogAnomalyDetector$ = UpdateLogAnomalyDetector$;
    exports.UpdateLogAnomalyDetectorCommand = UpdateLogAnomalyDetectorCommand;
    exports.UpdateLogAnomalyDetectorRequest$ = UpdateLogAnomalyDetectorRequest$;
    exports.UpdateLookupTable$ = UpdateLookupTable$;
    exports.UpdateLookupTableCommand = UpdateLookupTableCommand;
    exports.UpdateLookupTableRequest$ = UpdateLookupTableRequest$;
    exports.UpdateLookupTableResponse$ = UpdateLookupTableResponse$;
    exports.UpdateScheduledQuery$ = UpdateScheduledQuery$;
    exports.UpdateScheduledQueryCommand = UpdateScheduledQueryCommand;
    exports.UpdateScheduledQueryRequest$ = UpdateScheduledQueryRequest$;
    exports.UpdateScheduledQueryResponse$ = UpdateScheduledQueryResponse$;
    exports.UpperCaseString$ = UpperCaseString$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeConfigurationTemplates = paginateDescribeConfigurationTemplates;
    exports.paginateDescribeDeliveries = paginateDescribeDeliveries;
    exports.paginateDescribeDeliveryDestinations = paginateDescribeDeliveryDestinations;
    exports.paginateDescribeDeliverySources = paginateDescribeDeliverySources;
    exports.paginateDescribeDestinations = paginateDescribeDestinations;
    exports.paginateDescribeLogGroups = paginateDescribeLogGroups;
    exports.paginateDescribeLogStreams = paginateDescribeLogStreams;
    exports.paginateDescribeMetricFilters = paginateDescribeMetricFilters;
    exports.paginateDescribeSubscriptionFilters = paginateDescribeSubscriptionFilters;
    exports.paginateFilterLogEvents = paginateFilterLogEvents;
    exports.paginateGetLogEvents = paginateGetLogEvents;
    exports.paginateGetScheduledQueryHistory = paginateGetScheduledQueryHistory;
    exports.paginateListAggregateLogGroupSummaries = paginateListAggregateLogGroupSummaries;
    exports.paginateListAnomalies = paginateListAnomalies;
    exports.paginateListLogAnomalyDetectors = paginateListLogAnomalyDetectors;
    exports.paginateListLogGroupsForQuery = paginateListLogGroupsForQuery;
    exports.paginateListScheduledQueries = paginateListScheduledQueries;
    exports.paginateListSourcesForS3TableIntegration = paginateListSourcesForS3TableIntegration;
  }
});

export {
  require_dist_cjs3 as require_dist_cjs
};
