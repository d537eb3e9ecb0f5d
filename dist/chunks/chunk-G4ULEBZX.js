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
  isThrottlingError,
  isTransientError,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs3 as require_dist_cjs,
  require_dist_cjs4 as require_dist_cjs2,
  retry_exports
} from "./chunk-TGPQD75Y.js";
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
  CallLog,
  CallTimeoutError,
  call
} from "./chunk-YOQLGPVA.js";
import {
  parseRetryAfter,
  systemClock
} from "./chunk-VSBUBHW6.js";
import {
  UsageError,
  errorMessage
} from "./chunk-YSQWLAFH.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-KBV2H3VL.js";

// node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-ecs/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2)), { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports)), { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports)), { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports)), { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports)), { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports)), { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports)), { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports)), { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports)), { defaultProvider } = require_dist_cjs2(), { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports)), { streamCollector, NodeHttpHandler } = require_dist_cjs(), { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2)), { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports)), defaultECSHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "ecs",
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
    var defaultECSHttpAuthSchemeProvider = (authParameters) => {
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
      defaultSigningName: "ecs"
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
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://ecs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://ecs-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://ecs.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://ecs.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    }, root = 2, r = 1e8, nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
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
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
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
    var ECSServiceException = class _ECSServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ecs#ECSServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _ECSServiceException.prototype);
      }
    }, AccessDeniedException = class _AccessDeniedException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _AccessDeniedException.prototype);
      }
    }, ClientException = class _ClientException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ClientException";
      name = "ClientException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ClientException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ClientException.prototype);
      }
    }, ClusterNotFoundException = class _ClusterNotFoundException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ClusterNotFoundException";
      name = "ClusterNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ClusterNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ClusterNotFoundException.prototype);
      }
    }, InvalidParameterException = class _InvalidParameterException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#InvalidParameterException";
      name = "InvalidParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidParameterException.prototype);
      }
    }, LimitExceededException = class _LimitExceededException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _LimitExceededException.prototype);
      }
    }, ServerException = class _ServerException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ServerException";
      name = "ServerException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "ServerException",
          $fault: "server",
          ...opts
        }), Object.setPrototypeOf(this, _ServerException.prototype);
      }
    }, UnsupportedFeatureException = class _UnsupportedFeatureException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#UnsupportedFeatureException";
      name = "UnsupportedFeatureException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedFeatureException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _UnsupportedFeatureException.prototype);
      }
    }, UpdateInProgressException = class _UpdateInProgressException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#UpdateInProgressException";
      name = "UpdateInProgressException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UpdateInProgressException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _UpdateInProgressException.prototype);
      }
    }, NamespaceNotFoundException = class _NamespaceNotFoundException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#NamespaceNotFoundException";
      name = "NamespaceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NamespaceNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _NamespaceNotFoundException.prototype);
      }
    }, ClusterContainsCapacityProviderException = class _ClusterContainsCapacityProviderException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ClusterContainsCapacityProviderException";
      name = "ClusterContainsCapacityProviderException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ClusterContainsCapacityProviderException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ClusterContainsCapacityProviderException.prototype);
      }
    }, ClusterContainsContainerInstancesException = class _ClusterContainsContainerInstancesException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ClusterContainsContainerInstancesException";
      name = "ClusterContainsContainerInstancesException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ClusterContainsContainerInstancesException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ClusterContainsContainerInstancesException.prototype);
      }
    }, ClusterContainsServicesException = class _ClusterContainsServicesException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ClusterContainsServicesException";
      name = "ClusterContainsServicesException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ClusterContainsServicesException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ClusterContainsServicesException.prototype);
      }
    }, ClusterContainsTasksException = class _ClusterContainsTasksException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ClusterContainsTasksException";
      name = "ClusterContainsTasksException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ClusterContainsTasksException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ClusterContainsTasksException.prototype);
      }
    }, TargetNotConnectedException = class _TargetNotConnectedException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#TargetNotConnectedException";
      name = "TargetNotConnectedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TargetNotConnectedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _TargetNotConnectedException.prototype);
      }
    }, ResourceInUseException = class _ResourceInUseException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ResourceInUseException";
      name = "ResourceInUseException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceInUseException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceInUseException.prototype);
      }
    }, TargetNotFoundException = class _TargetNotFoundException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#TargetNotFoundException";
      name = "TargetNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TargetNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _TargetNotFoundException.prototype);
      }
    }, ServiceNotFoundException = class _ServiceNotFoundException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ServiceNotFoundException";
      name = "ServiceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ServiceNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ServiceNotFoundException.prototype);
      }
    }, AttributeLimitExceededException = class _AttributeLimitExceededException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#AttributeLimitExceededException";
      name = "AttributeLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AttributeLimitExceededException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _AttributeLimitExceededException.prototype);
      }
    }, MissingVersionException = class _MissingVersionException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#MissingVersionException";
      name = "MissingVersionException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MissingVersionException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _MissingVersionException.prototype);
      }
    }, NoUpdateAvailableException = class _NoUpdateAvailableException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#NoUpdateAvailableException";
      name = "NoUpdateAvailableException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NoUpdateAvailableException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _NoUpdateAvailableException.prototype);
      }
    }, ServiceDeploymentNotFoundException = class _ServiceDeploymentNotFoundException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ServiceDeploymentNotFoundException";
      name = "ServiceDeploymentNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ServiceDeploymentNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ServiceDeploymentNotFoundException.prototype);
      }
    }, PlatformUnknownException = class _PlatformUnknownException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#PlatformUnknownException";
      name = "PlatformUnknownException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PlatformUnknownException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _PlatformUnknownException.prototype);
      }
    }, DaemonNotActiveException = class _DaemonNotActiveException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#DaemonNotActiveException";
      name = "DaemonNotActiveException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DaemonNotActiveException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DaemonNotActiveException.prototype);
      }
    }, DaemonNotFoundException = class _DaemonNotFoundException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#DaemonNotFoundException";
      name = "DaemonNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DaemonNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DaemonNotFoundException.prototype);
      }
    }, GatewayNotFoundException = class _GatewayNotFoundException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#GatewayNotFoundException";
      name = "GatewayNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "GatewayNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _GatewayNotFoundException.prototype);
      }
    }, ResourceNotFoundException = class _ResourceNotFoundException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
      }
    }, PlatformTaskDefinitionIncompatibilityException = class _PlatformTaskDefinitionIncompatibilityException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#PlatformTaskDefinitionIncompatibilityException";
      name = "PlatformTaskDefinitionIncompatibilityException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PlatformTaskDefinitionIncompatibilityException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _PlatformTaskDefinitionIncompatibilityException.prototype);
      }
    }, ServiceNotActiveException = class _ServiceNotActiveException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ServiceNotActiveException";
      name = "ServiceNotActiveException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ServiceNotActiveException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ServiceNotActiveException.prototype);
      }
    }, ConflictException = class _ConflictException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#ConflictException";
      name = "ConflictException";
      $fault = "client";
      resourceIds;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ConflictException.prototype), this.resourceIds = opts.resourceIds;
      }
    }, TaskSetNotFoundException = class _TaskSetNotFoundException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#TaskSetNotFoundException";
      name = "TaskSetNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TaskSetNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _TaskSetNotFoundException.prototype);
      }
    }, BlockedException = class _BlockedException extends ECSServiceException {
      static shapeId = "com.amazonaws.ecs#BlockedException";
      name = "BlockedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BlockedException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _BlockedException.prototype);
      }
    }, _A = "Attachment", _AC = "AdvancedConfiguration", _ACR = "AcceleratorCountRequest", _AD = "AttachmentDetails", _ADE = "AccessDeniedException", _AGWC = "AssociateGatewayWithCluster", _AGWCR = "AssociateGatewayWithClusterRequest", _AGWCRs = "AssociateGatewayWithClusterResponse", _AIT = "AllowedInstanceType", _AITS = "AllowedInstanceTypeSet", _ALEE = "AttributeLimitExceededException", _AM = "AcceleratorManufacturer", _AMS = "AcceleratorManufacturerSet", _AN = "AcceleratorName", _ANS = "AcceleratorNameSet", _ARC = "AutoRepairConfiguration", _ASC = "AttachmentStateChange", _ASCt = "AttachmentStateChanges", _ASGP = "AutoScalingGroupProvider", _ASGPU = "AutoScalingGroupProviderUpdate", _AT = "AcceleratorType", _ATMMBR = "AcceleratorTotalMemoryMiBRequest", _ATS = "AcceleratorTypeSet", _AVC = "AwsVpcConfiguration", _At = "Attribute", _Att = "Attachments", _Attr = "Attributes", _BE = "BlockedException", _BEBMR = "BaselineEbsBandwidthMbpsRequest", _C = "Cluster", _CA = "CreatedAt", _CC = "CanaryConfiguration", _CCCIE = "ClusterContainsContainerInstancesException", _CCCPE = "ClusterContainsCapacityProviderException", _CCP = "CreateCapacityProvider", _CCPR = "CreateCapacityProviderRequest", _CCPRr = "CreateCapacityProviderResponse", _CCR = "CreateClusterRequest", _CCRr = "CreateClusterResponse", _CCSE = "ClusterContainsServicesException", _CCTE = "ClusterContainsTasksException", _CCl = "ClusterConfiguration", _CCr = "CreateCluster", _CD = "ContainerDefinition", _CDR = "CreateDaemonRequest", _CDRr = "CreateDaemonResponse", _CDo = "ContainerDependency", _CDon = "ContainerDefinitions", _CDont = "ContainerDependencies", _CDr = "CreateDaemon", _CE = "ClientException", _CEGS = "CreateExpressGatewayService", _CEGSR = "CreateExpressGatewayServiceRequest", _CEGSRr = "CreateExpressGatewayServiceResponse", _CEo = "ConflictException", _CG = "CreateGateway", _CGR = "CreateGatewayRequest", _CGRr = "CreateGatewayResponse", _CI = "ContainerImage", _CIHS = "ContainerInstanceHealthStatus", _CIo = "ContainerInstance", _CIon = "ContainerImages", _CIont = "ContainerInstances", _CM = "CpuManufacturer", _CMIPC = "CreateManagedInstancesProviderConfiguration", _CMS = "CpuManufacturerSet", _CNFE = "ClusterNotFoundException", _CO = "ContainerOverride", _COo = "ContainerOverrides", _CP = "CapacityProvider", _CPS = "CapacityProviderStrategy", _CPSI = "CapacityProviderStrategyItem", _CPa = "CapacityProviders", _CRP = "ContainerRestartPolicy", _CRR = "CapacityReservationRequest", _CS = "ClusterSetting", _CSC = "ContainerStateChange", _CSCD = "ClusterServiceConnectDefaults", _CSCDR = "ClusterServiceConnectDefaultsRequest", _CSCo = "ContainerStateChanges", _CSD = "ContinueServiceDeployment", _CSDR = "ContinueServiceDeploymentRequest", _CSDRo = "ContinueServiceDeploymentResponse", _CSR = "CreateServiceRequest", _CSRr = "CreateServiceResponse", _CSl = "ClusterSettings", _CSr = "CreateService", _CTS = "CreateTaskSet", _CTSR = "CreateTaskSetRequest", _CTSRr = "CreateTaskSetResponse", _Cl = "Clusters", _Co = "Container", _Con = "Containers", _D = "Deployment", _DA = "DeploymentAlarms", _DAC = "DaemonAlarmConfiguration", _DAR = "DeleteAttributesRequest", _DARe = "DeleteAttributesResponse", _DAS = "DeleteAccountSetting", _DASR = "DeleteAccountSettingRequest", _DASRe = "DeleteAccountSettingResponse", _DAe = "DeleteAttributes", _DC = "DeploymentConfiguration", _DCB = "DaemonCircuitBreaker", _DCBe = "DeploymentCircuitBreaker", _DCD = "DaemonContainerDefinition", _DCDL = "DaemonContainerDefinitionList", _DCI = "DaemonContainerImage", _DCIR = "DeregisterContainerInstanceRequest", _DCIRe = "DeregisterContainerInstanceResponse", _DCIRes = "DescribeContainerInstancesRequest", _DCIResc = "DescribeContainerInstancesResponse", _DCIa = "DaemonContainerImages", _DCIe = "DeregisterContainerInstance", _DCIes = "DescribeContainerInstances", _DCP = "DaemonCapacityProvider", _DCPL = "DaemonCapacityProviderList", _DCPR = "DeleteCapacityProviderRequest", _DCPRe = "DeleteCapacityProviderResponse", _DCPRes = "DescribeCapacityProvidersRequest", _DCPResc = "DescribeCapacityProvidersResponse", _DCPe = "DeleteCapacityProvider", _DCPes = "DescribeCapacityProviders", _DCR = "DeleteClusterRequest", _DCRe = "DeleteClusterResponse", _DCRes = "DescribeClustersRequest", _DCResc = "DescribeClustersResponse", _DCe = "DeploymentController", _DCel = "DeleteCluster", _DCes = "DescribeClusters", _DD = "DaemonDeployment", _DDA = "DaemonDeploymentAlarms", _DDC = "DaemonDeploymentConfiguration", _DDCP = "DaemonDeploymentCapacityProvider", _DDCPL = "DaemonDeploymentCapacityProviderList", _DDD = "DescribeDaemonDeployments", _DDDR = "DescribeDaemonDeploymentsRequest", _DDDRe = "DescribeDaemonDeploymentsResponse", _DDL = "DaemonDeploymentList", _DDR = "DeleteDaemonRequest", _DDRD = "DaemonDeploymentRevisionDetail", _DDRDL = "DaemonDeploymentRevisionDetailList", _DDRR = "DescribeDaemonRevisionsRequest", _DDRRe = "DescribeDaemonRevisionsResponse", _DDRe = "DeleteDaemonResponse", _DDRes = "DescribeDaemonRequest", _DDResc = "DescribeDaemonResponse", _DDRescr = "DescribeDaemonRevisions", _DDS = "DaemonDeploymentSummary", _DDSL = "DaemonDeploymentSummaryList", _DDTD = "DeleteDaemonTaskDefinition", _DDTDR = "DeleteDaemonTaskDefinitionRequest", _DDTDRe = "DeleteDaemonTaskDefinitionResponse", _DDTDRes = "DescribeDaemonTaskDefinitionRequest", _DDTDResc = "DescribeDaemonTaskDefinitionResponse", _DDTDe = "DescribeDaemonTaskDefinition", _DDa = "DaemonDetail", _DDe = "DeleteDaemon", _DDes = "DescribeDaemon", _DEGS = "DeleteExpressGatewayService", _DEGSR = "DeleteExpressGatewayServiceRequest", _DEGSRe = "DeleteExpressGatewayServiceResponse", _DEGSRes = "DescribeExpressGatewayServiceRequest", _DEGSResc = "DescribeExpressGatewayServiceResponse", _DEGSe = "DescribeExpressGatewayService", _DES = "DeploymentEphemeralStorage", _DESC = "DeploymentEarlySuccessCriteria", _DG = "DeleteGateway", _DGAC = "DescribeGatewayAlbConfiguration", _DGC = "DescribeGatewayConfiguration", _DGFC = "DisassociateGatewayFromCluster", _DGFCR = "DisassociateGatewayFromClusterRequest", _DGFCRi = "DisassociateGatewayFromClusterResponse", _DGR = "DeleteGatewayRequest", _DGRR = "DescribeGatewayResourcesRequest", _DGRRe = "DescribeGatewayResourcesResponse", _DGRRes = "DescribeGatewayRouteRequest", _DGRResc = "DescribeGatewayRouteResponse", _DGRe = "DeleteGatewayResponse", _DGRes = "DescribeGatewayRequest", _DGResc = "DescribeGatewayResponse", _DGRescr = "DescribeGatewayResources", _DGRescri = "DescribeGatewayRoute", _DGe = "DescribeGateway", _DL = "DevicesList", _DLH = "DeploymentLifecycleHook", _DLHD = "DeploymentLifecycleHookDetail", _DLHDL = "DeploymentLifecycleHookDetailList", _DLHL = "DeploymentLifecycleHookList", _DLHTC = "DeploymentLifecycleHookTimeoutConfiguration", _DLP = "DaemonLinuxParameters", _DNAE = "DaemonNotActiveException", _DNFE = "DaemonNotFoundException", _DPE = "DiscoverPollEndpoint", _DPER = "DiscoverPollEndpointRequest", _DPERi = "DiscoverPollEndpointResponse", _DR = "DaemonRevision", _DRD = "DaemonRevisionDetail", _DRDL = "DaemonRevisionDetailList", _DRa = "DaemonRollback", _DRae = "DaemonRevisions", _DS = "DaemonSummary", _DSD = "DescribeServiceDeployments", _DSDR = "DescribeServiceDeploymentsRequest", _DSDRe = "DescribeServiceDeploymentsResponse", _DSL = "DaemonSummariesList", _DSR = "DeleteServiceRequest", _DSRR = "DescribeServiceRevisionsRequest", _DSRRe = "DescribeServiceRevisionsResponse", _DSRe = "DeleteServiceResponse", _DSRes = "DescribeServicesRequest", _DSResc = "DescribeServicesResponse", _DSRescr = "DescribeServiceRevisions", _DSe = "DeleteService", _DSes = "DescribeServices", _DT = "DescribeTasks", _DTD = "DaemonTaskDefinition", _DTDR = "DeleteTaskDefinitionsRequest", _DTDRe = "DeleteTaskDefinitionsResponse", _DTDRer = "DeregisterTaskDefinitionRequest", _DTDRere = "DeregisterTaskDefinitionResponse", _DTDRes = "DescribeTaskDefinitionRequest", _DTDResc = "DescribeTaskDefinitionResponse", _DTDS = "DaemonTaskDefinitionSummary", _DTDSa = "DaemonTaskDefinitionSummaries", _DTDe = "DeleteTaskDefinitions", _DTDer = "DeregisterTaskDefinition", _DTDes = "DescribeTaskDefinition", _DTR = "DescribeTasksRequest", _DTRe = "DescribeTasksResponse", _DTS = "DeleteTaskSet", _DTSR = "DeleteTaskSetRequest", _DTSRe = "DeleteTaskSetResponse", _DTSRes = "DescribeTaskSetsRequest", _DTSResc = "DescribeTaskSetsResponse", _DTSe = "DescribeTaskSets", _DV = "DaemonVolume", _DVC = "DockerVolumeConfiguration", _DVL = "DaemonVolumeList", _De = "Device", _Dep = "Deployments", _EBSTS = "EBSTagSpecification", _EBSTSa = "EBSTagSpecifications", _EC = "ExecuteCommand", _ECC = "ExecuteCommandConfiguration", _ECLC = "ExecuteCommandLogConfiguration", _ECR = "ExecuteCommandRequest", _ECRx = "ExecuteCommandResponse", _ECSEGS = "ECSExpressGatewayService", _ECSMR = "ECSManagedResources", _EF = "EnvironmentFile", _EFSAC = "EFSAuthorizationConfig", _EFSVC = "EFSVolumeConfiguration", _EFn = "EnvironmentFiles", _EGC = "ExpressGatewayContainer", _EGR = "ElbGatewayResources", _EGRC = "ExpressGatewayRepositoryCredentials", _EGRL = "ElbGatewayResourcesList", _EGSALC = "ExpressGatewayServiceAwsLogsConfiguration", _EGSC = "ExpressGatewayServiceConfiguration", _EGSCx = "ExpressGatewayServiceConfigurations", _EGSNC = "ExpressGatewayServiceNetworkConfiguration", _EGSS = "ExpressGatewayServiceStatus", _EGST = "ExpressGatewayScalingTarget", _EIT = "ExcludedInstanceType", _EITS = "ExcludedInstanceTypeSet", _ES = "EphemeralStorage", _EV = "EnvironmentVariables", _F = "Failure", _FC = "FirelensConfiguration", _FSWFSAC = "FSxWindowsFileServerAuthorizationConfig", _FSWFSVC = "FSxWindowsFileServerVolumeConfiguration", _Fa = "Failures", _G = "Gateway", _GATTR = "GatewayAlbTestTrafficRules", _GC = "GatewayConnection", _GCAR = "GatewayConnectionAlbResources", _GCARL = "GatewayConnectionAlbResourcesList", _GCAS = "GatewayClusterAssociationSummary", _GCASL = "GatewayClusterAssociationSummaryList", _GCF = "GatewayConnectorFilters", _GCHC = "GatewayConnectorHealthCheck", _GCHCM = "GatewayConnectorHealthCheckMatcher", _GCL = "GatewayConnectionList", _GCLa = "GatewayConnectorList", _GCR = "GatewayConnectionResources", _GCa = "GatewayConnector", _GCat = "GatewayConfiguration", _GD = "GpuDevice", _GDp = "GpuDevices", _GEALC = "GatewayElbAccessLogConfiguration", _GEALD = "GatewayElbAccessLogDestination", _GEALSD = "GatewayElbAccessLogS3Destination", _GENC = "GatewayElbNetworkConfiguration", _GIR = "GatewayInfrastructureResources", _GNFE = "GatewayNotFoundException", _GOE = "GatewayOperationError", _GOEL = "GatewayOperationErrorList", _GR = "GatewayResources", _GRAR = "GatewayRouteAlbResources", _GRARL = "GatewayRouteAlbResourcesList", _GRF = "GatewayResourceFailure", _GRFL = "GatewayResourceFailureList", _GRLBSG = "GatewayRouteLoadBalancerSecurityGroup", _GRLBSGL = "GatewayRouteLoadBalancerSecurityGroupList", _GRR = "GatewayRouteResources", _GRS = "GatewayRouteSummary", _GRSL = "GatewayRouteSummaryList", _GRa = "GatewayRoute", _GS = "GatewaySummary", _GSL = "GatewaySummaryList", _GTP = "GetTaskProtection", _GTPR = "GetTaskProtectionRequest", _GTPRe = "GetTaskProtectionResponse", _GTTH = "GatewayTestTrafficHeader", _HC = "HealthCheck", _HE = "HostEntry", _HEL = "HostEntryList", _HSAC = "HostSharedAlbConfiguration", _HVP = "HostVolumeProperties", _IA = "InferenceAccelerator", _IAO = "InferenceAcceleratorOverride", _IAOn = "InferenceAcceleratorOverrides", _IAn = "InferenceAccelerators", _IG = "InstanceGeneration", _IGS = "InstanceGenerationSet", _IHCR = "InstanceHealthCheckResult", _IHCRL = "InstanceHealthCheckResultList", _ILT = "InstanceLaunchTemplate", _ILTU = "InstanceLaunchTemplateUpdate", _IO = "InfrastructureOptimization", _IPE = "InvalidParameterException", _IPS = "IngressPathSummary", _IPSn = "IngressPathSummaries", _IRR = "InstanceRequirementsRequest", _KC = "KernelCapabilities", _KVP = "KeyValuePair", _LA = "ListAttributes", _LAR = "ListAttributesRequest", _LARi = "ListAttributesResponse", _LAS = "ListAccountSettings", _LASR = "ListAccountSettingsRequest", _LASRi = "ListAccountSettingsResponse", _LB = "LoadBalancer", _LBo = "LoadBalancers", _LC = "LinearConfiguration", _LCI = "ListContainerInstances", _LCIR = "ListContainerInstancesRequest", _LCIRi = "ListContainerInstancesResponse", _LCR = "ListClustersRequest", _LCRi = "ListClustersResponse", _LCi = "ListClusters", _LCo = "LogConfiguration", _LD = "ListDaemons", _LDD = "ListDaemonDeployments", _LDDR = "ListDaemonDeploymentsRequest", _LDDRi = "ListDaemonDeploymentsResponse", _LDR = "ListDaemonsRequest", _LDRi = "ListDaemonsResponse", _LDTD = "ListDaemonTaskDefinitions", _LDTDR = "ListDaemonTaskDefinitionsRequest", _LDTDRi = "ListDaemonTaskDefinitionsResponse", _LDVC = "LogDriverVolumeConfiguration", _LEE = "LimitExceededException", _LG = "ListGateways", _LGCA = "ListGatewayClusterAssociations", _LGCAR = "ListGatewayClusterAssociationsRequest", _LGCARi = "ListGatewayClusterAssociationsResponse", _LGR = "ListGatewaysRequest", _LGRR = "ListGatewayRoutesRequest", _LGRRi = "ListGatewayRoutesResponse", _LGRi = "ListGatewaysResponse", _LGRis = "ListGatewayRoutes", _LP = "LinuxParameters", _LS = "ListServices", _LSBN = "ListServicesByNamespace", _LSBNR = "ListServicesByNamespaceRequest", _LSBNRi = "ListServicesByNamespaceResponse", _LSD = "ListServiceDeployments", _LSDR = "ListServiceDeploymentsRequest", _LSDRi = "ListServiceDeploymentsResponse", _LSR = "ListServicesRequest", _LSRi = "ListServicesResponse", _LST = "LocalStorageType", _LSTS = "LocalStorageTypeSet", _LT = "ListTasks", _LTD = "ListTaskDefinitions", _LTDF = "ListTaskDefinitionFamilies", _LTDFR = "ListTaskDefinitionFamiliesRequest", _LTDFRi = "ListTaskDefinitionFamiliesResponse", _LTDR = "ListTaskDefinitionsRequest", _LTDRi = "ListTaskDefinitionsResponse", _LTFR = "ListTagsForResource", _LTFRR = "ListTagsForResourceRequest", _LTFRRi = "ListTagsForResourceResponse", _LTR = "ListTasksRequest", _LTRi = "ListTasksResponse", _MA = "ManagedAgent", _MAASP = "ManagedApplicationAutoScalingPolicy", _MAASPa = "ManagedApplicationAutoScalingPolicies", _MAS = "ManagedAutoScaling", _MASC = "ManagedAgentStateChange", _MASCa = "ManagedAgentStateChanges", _MAa = "ManagedAgents", _MC = "ManagedCertificate", _MCL = "MetricConfigurationList", _MCe = "MetricConfiguration", _MCo = "MonitoringConfiguration", _MGBPVCR = "MemoryGiBPerVCpuRequest", _MILSC = "ManagedInstancesLocalStorageConfiguration", _MINC = "ManagedInstancesNetworkConfiguration", _MIP = "ManagedIngressPath", _MIPa = "ManagedInstancesProvider", _MIPan = "ManagedIngressPaths", _MISC = "ManagedInstancesStorageConfiguration", _ML = "ManagedListener", _MLB = "ManagedLoadBalancer", _MLG = "ManagedLogGroup", _MLGa = "ManagedLogGroups", _MLR = "ManagedListenerRule", _MMA = "ManagedMetricAlarm", _MMAa = "ManagedMetricAlarms", _MMBR = "MemoryMiBRequest", _MP = "MountPoint", _MPL = "MountPointList", _MS = "ManagedScaling", _MSC = "ManagedStorageConfiguration", _MSG = "ManagedSecurityGroup", _MSGa = "ManagedSecurityGroups", _MST = "ManagedScalableTarget", _MTG = "ManagedTargetGroup", _MTGa = "ManagedTargetGroups", _MVE = "MissingVersionException", _NB = "NetworkBinding", _NBGR = "NetworkBandwidthGbpsRequest", _NBe = "NetworkBindings", _NC = "NetworkConfiguration", _NI = "NetworkInterface", _NICR = "NetworkInterfaceCountRequest", _NIe = "NetworkInterfaces", _NMA = "NvidiaMpsAllocation", _NNFE = "NamespaceNotFoundException", _NUAE = "NoUpdateAvailableException", _PA = "PutAttributes", _PAR = "PutAttributesRequest", _PARu = "PutAttributesResponse", _PAS = "PutAccountSetting", _PASD = "PutAccountSettingDefault", _PASDR = "PutAccountSettingDefaultRequest", _PASDRu = "PutAccountSettingDefaultResponse", _PASR = "PutAccountSettingRequest", _PASRu = "PutAccountSettingResponse", _PC = "PlacementConstraint", _PCCP = "PutClusterCapacityProviders", _PCCPR = "PutClusterCapacityProvidersRequest", _PCCPRu = "PutClusterCapacityProvidersResponse", _PCP = "ProxyConfigurationProperties", _PCl = "PlacementConstraints", _PCr = "ProxyConfiguration", _PD = "PlatformDevice", _PDl = "PlatformDevices", _PM = "PortMapping", _PML = "PortMappingList", _PS = "PlacementStrategy", _PSl = "PlacementStrategies", _PT = "ProtectedTask", _PTDIE = "PlatformTaskDefinitionIncompatibilityException", _PTr = "ProtectedTasks", _PUE = "PlatformUnknownException", _R = "Resource", _RA = "RequiresAttributes", _RC = "RepositoryCredentials", _RCI = "RegisterContainerInstance", _RCIR = "RegisterContainerInstanceRequest", _RCIRe = "RegisterContainerInstanceResponse", _RCe = "ResolvedConfiguration", _RDTD = "RegisterDaemonTaskDefinition", _RDTDR = "RegisterDaemonTaskDefinitionRequest", _RDTDRe = "RegisterDaemonTaskDefinitionResponse", _RIUE = "ResourceInUseException", _RNFE = "ResourceNotFoundException", _RP = "RuntimePlatform", _RPO = "RuntimePlatformOverride", _RR = "ResourceRequirement", _RRe = "ResourceRequirements", _RT = "RunTask", _RTD = "RegisterTaskDefinition", _RTDR = "RegisterTaskDefinitionRequest", _RTDRe = "RegisterTaskDefinitionResponse", _RTR = "RunTaskRequest", _RTRu = "RunTaskResponse", _Re = "Resources", _Ro = "Rollback", _S = "Scale", _SASC = "SubmitAttachmentStateChanges", _SASCR = "SubmitAttachmentStateChangesRequest", _SASCRu = "SubmitAttachmentStateChangesResponse", _SC = "SystemControl", _SCALC = "ServiceConnectAccessLogConfiguration", _SCC = "ServiceConnectConfiguration", _SCCA = "ServiceConnectClientAlias", _SCCAL = "ServiceConnectClientAliasList", _SCCC = "ServiceConnectContainerConfigurations", _SCCCe = "ServiceConnectContainerConfiguration", _SCRS = "ServiceCurrentRevisionSummary", _SCRSL = "ServiceCurrentRevisionSummaryList", _SCS = "ServiceConnectService", _SCSC = "SubmitContainerStateChange", _SCSCR = "SubmitContainerStateChangeRequest", _SCSCRu = "SubmitContainerStateChangeResponse", _SCSL = "ServiceConnectServiceList", _SCSR = "ServiceConnectServiceResource", _SCSRL = "ServiceConnectServiceResourceList", _SCTC = "ServiceConnectTlsConfiguration", _SCTCA = "ServiceConnectTlsCertificateAuthority", _SCTTHMR = "ServiceConnectTestTrafficHeaderMatchRules", _SCTTHR = "ServiceConnectTestTrafficHeaderRules", _SCTTR = "ServiceConnectTestTrafficRules", _SCy = "SystemControls", _SD = "ServiceDeployment", _SDA = "ServiceDeploymentAlarms", _SDB = "ServiceDeploymentBrief", _SDBe = "ServiceDeploymentsBrief", _SDCB = "ServiceDeploymentCircuitBreaker", _SDNFE = "ServiceDeploymentNotFoundException", _SDe = "ServiceDeployments", _SE = "ServerException", _SEe = "ServiceEvent", _SEer = "ServiceEvents", _SFVC = "S3FilesVolumeConfiguration", _SL = "SecretList", _SMEBSVC = "ServiceManagedEBSVolumeConfiguration", _SNAE = "ServiceNotActiveException", _SNFE = "ServiceNotFoundException", _SR = "ServiceRegistry", _SRLB = "ServiceRevisionLoadBalancer", _SRLBe = "ServiceRevisionLoadBalancers", _SRO = "ServiceRevisionOverrides", _SRS = "ServiceRevisionSummary", _SRSL = "ServiceRevisionsSummaryList", _SRVLC = "ServiceRevisionVpcLatticeConfiguration", _SRVLCe = "ServiceRevisionVpcLatticeConfigurations", _SRe = "ServiceRevision", _SRer = "ServiceRegistries", _SRerv = "ServiceRevisions", _SS = "SensitiveString", _SSD = "StopServiceDeployment", _SSDR = "StopServiceDeploymentRequest", _SSDRt = "StopServiceDeploymentResponse", _SSh = "SharingStrategy", _ST = "StartTask", _STR = "StartTaskRequest", _STRt = "StartTaskResponse", _STRto = "StopTaskRequest", _STRtop = "StopTaskResponse", _STSC = "SubmitTaskStateChange", _STSCR = "SubmitTaskStateChangeRequest", _STSCRu = "SubmitTaskStateChangeResponse", _STt = "StopTask", _SVC = "ServiceVolumeConfiguration", _SVCe = "ServiceVolumeConfigurations", _Se = "Secret", _Ser = "Service", _Serv = "Services", _Ses = "Session", _Set = "Setting", _Sett = "Settings", _St = "Statistics", _T = "Tag", _TC = "ThresholdConfiguration", _TCi = "TimeoutConfiguration", _TD = "TaskDefinition", _TDL = "TaskDefinitionList", _TDPC = "TaskDefinitionPlacementConstraint", _TDPCa = "TaskDefinitionPlacementConstraints", _TES = "TaskEphemeralStorage", _TL = "TmpfsList", _TLSGBR = "TotalLocalStorageGBRequest", _TMEBSVC = "TaskManagedEBSVolumeConfiguration", _TMEBSVTP = "TaskManagedEBSVolumeTerminationPolicy", _TNCE = "TargetNotConnectedException", _TNFE = "TargetNotFoundException", _TO = "TaskOverride", _TR = "TagResource", _TRR = "TagResourceRequest", _TRRa = "TagResourceResponse", _TS = "TaskSet", _TSNFE = "TaskSetNotFoundException", _TSa = "TaskSets", _TVC = "TaskVolumeConfiguration", _TVCa = "TaskVolumeConfigurations", _Ta = "Task", _Tag = "Tags", _Tas = "Tasks", _Tm = "Tmpfs", _U = "Ulimit", _UC = "UpdateCluster", _UCA = "UpdateContainerAgent", _UCAR = "UpdateContainerAgentRequest", _UCARp = "UpdateContainerAgentResponse", _UCIS = "UpdateContainerInstancesState", _UCISR = "UpdateContainerInstancesStateRequest", _UCISRp = "UpdateContainerInstancesStateResponse", _UCP = "UpdateCapacityProvider", _UCPR = "UpdateCapacityProviderRequest", _UCPRp = "UpdateCapacityProviderResponse", _UCR = "UpdateClusterRequest", _UCRp = "UpdateClusterResponse", _UCS = "UpdateClusterSettings", _UCSR = "UpdateClusterSettingsRequest", _UCSRp = "UpdateClusterSettingsResponse", _UD = "UpdateDaemon", _UDR = "UpdateDaemonRequest", _UDRp = "UpdateDaemonResponse", _UEGS = "UpdatedExpressGatewayService", _UEGSR = "UpdateExpressGatewayServiceRequest", _UEGSRp = "UpdateExpressGatewayServiceResponse", _UEGSp = "UpdateExpressGatewayService", _UFE = "UnsupportedFeatureException", _UG = "UpdateGateway", _UGAC = "UpdateGatewayAlbConfiguration", _UGC = "UpdateGatewayConfiguration", _UGNC = "UpdateGatewayNetworkConfiguration", _UGR = "UpdateGatewayRequest", _UGRp = "UpdateGatewayResponse", _UIPE = "UpdateInProgressException", _UL = "UlimitList", _UMIPC = "UpdateManagedInstancesProviderConfiguration", _UR = "UntagResource", _URR = "UntagResourceRequest", _URRn = "UntagResourceResponse", _US = "UpdateService", _USPTS = "UpdateServicePrimaryTaskSet", _USPTSR = "UpdateServicePrimaryTaskSetRequest", _USPTSRp = "UpdateServicePrimaryTaskSetResponse", _USR = "UpdateServiceRequest", _USRp = "UpdateServiceResponse", _UTP = "UpdateTaskProtection", _UTPR = "UpdateTaskProtectionRequest", _UTPRp = "UpdateTaskProtectionResponse", _UTS = "UpdateTaskSet", _UTSR = "UpdateTaskSetRequest", _UTSRp = "UpdateTaskSetResponse", _V = "Volume", _VCCRR = "VCpuCountRangeRequest", _VF = "VolumeFrom", _VFL = "VolumeFromList", _VI = "VersionInfo", _VL = "VolumeList", _VLAC = "VpcLatticeAdvancedConfiguration", _VLC = "VpcLatticeConfiguration", _VLCp = "VpcLatticeConfigurations", _a = "attachments", _aA = "attachmentArn", _aASP = "applicationAutoScalingPolicies", _aC = "agentConnected", _aCA = "acmCertificateArn", _aCc = "activeConfigurations", _aCcc = "acceleratorCount", _aCd = "advancedConfiguration", _aCu = "authorizationConfig", _aCw = "awsvpcConfiguration", _aH = "agentHash", _aI = "attachmentId", _aIT = "allowedInstanceTypes", _aL = "accessLogs", _aLC = "awsLogsConfiguration", _aLCc = "accessLogConfiguration", _aM = "acceleratorManufacturers", _aN = "alarmNames", _aNc = "acceleratorNames", _aNt = "attributeName", _aP = "appProtocol", _aPA = "accessPointArn", _aPAA = "awsPcaAuthorityArn", _aPI = "assignPublicIp", _aPIc = "accessPointId", _aRC = "autoRepairConfiguration", _aS = "actionsStatus", _aSC = "activeServicesCount", _aSGA = "autoScalingGroupArn", _aSGP = "autoScalingGroupProvider", _aSM = "autoScalingMetric", _aSTV = "autoScalingTargetValue", _aSt = "attachmentsStatus", _aSu = "autoScaling", _aT = "accessType", _aTGA = "alternateTargetGroupArn", _aTMMB = "acceleratorTotalMemoryMiB", _aTc = "accessTypes", _aTcc = "acceleratorTypes", _aUS = "agentUpdateStatus", _aV = "attributeValue", _aVg = "agentVersion", _aZ = "availabilityZone", _aZR = "availabilityZoneRebalancing", _ac = "action", _ack = "acknowledgment", _ad = "add", _af = "after", _al = "alarms", _ar = "arn", _at = "attributes", _au = "autoprovision", _b = "base", _bEBM = "baselineEbsBandwidthMbps", _bIP = "bindIP", _bM = "bareMetal", _bP = "burstablePerformance", _bTIM = "bakeTimeInMinutes", _be = "before", _bu = "bucket", _c = "client", _cA = "clusterArn", _cAC = "currentAlbCount", _cAL = "configuredAtLaunch", _cAl = "clusterArns", _cAli = "clientAliases", _cAo = "containerArn", _cAon = "connectivityAt", _cAp = "cpuArchitecture", _cAr = "createdAt", _cB = "circuitBreaker", _cBTIM = "canaryBakeTimeInMinutes", _cBr = "createdBy", _cC = "canaryConfiguration", _cCo = "containerCount", _cCon = "containerConfigurations", _cD = "containerDefinitions", _cDC = "computedDesiredCount", _cDu = "currentDeployment", _cI = "containerImages", _cIA = "containerInstanceArn", _cIAo = "containerInstanceArns", _cIo = "containerInstance", _cIon = "containerInstances", _cM = "cpuManufacturers", _cN = "clusterName", _cNo = "containerName", _cO = "containerOverrides", _cOT = "capacityOptionType", _cP = "canaryPercent", _cPA = "capacityProviderArn", _cPAa = "capacityProviderArns", _cPN = "capacityProviderName", _cPR = "containerPortRange", _cPS = "capacityProviderStrategy", _cPa = "capacityProvider", _cPap = "capacityProviders", _cPo = "containerPath", _cPon = "containerPort", _cPr = "credentialsParameter", _cR = "currentRevisions", _cRa = "capacityReservations", _cS = "credentialSpecs", _cSD = "currentServiceDeployment", _cSR = "currentServiceRevisions", _cT = "clientToken", _cWEE = "cloudWatchEncryptionEnabled", _cWLGN = "cloudWatchLogGroupName", _ca = "capabilities", _ce = "certificate", _cl = "cluster", _clu = "clusters", _co = "configuration", _cod = "code", _com = "command", _comp = "compatibilities", _con = "condition", _conn = "connectivity", _cont = "container", _conta = "containers", _cou = "count", _cp = "cpu", _cr = "critical", _d = "details", _dA = "daemonArn", _dAe = "deploymentArn", _dAer = "deregisteredAt", _dAi = "discoveryArn", _dC = "deploymentConfiguration", _dCB = "deploymentCircuitBreaker", _dCPS = "defaultCapacityProviderStrategy", _dCe = "desiredCount", _dCep = "deploymentController", _dD = "daemonDeployments", _dDA = "daemonDeploymentArn", _dDAa = "daemonDeploymentArns", _dIC = "drainingInstanceCount", _dL = "dockerLabels", _dN = "disableNetworking", _dNa = "daemonName", _dNe = "deviceName", _dNi = "discoveryName", _dNn = "dnsName", _dNo = "domainName", _dO = "dependsOn", _dOT = "deleteOnTermination", _dOr = "driverOpts", _dP = "deletionProtection", _dPr = "drainPercent", _dR = "daemonRevisions", _dRA = "daemonRevisionArn", _dRAa = "daemonRevisionArns", _dRAe = "deleteRequestedAt", _dS = "dnsServers", _dSD = "dnsSearchDomains", _dSL = "daemonSummariesList", _dSO = "dockerSecurityOptions", _dSe = "desiredStatus", _dT = "deviceType", _dTD = "daemonTaskDefinition", _dTDA = "daemonTaskDefinitionArn", _dTDa = "daemonTaskDefinitions", _dV = "doubleValue", _dVC = "dockerVolumeConfiguration", _dVo = "dockerVersion", _da = "daemon", _de = "devices", _dep = "deployments", _des = "destination", _det = "detail", _do = "domain", _dr = "driver", _dro = "drop", _e = "error", _eA = "expiresAt", _eC = "exitCode", _eCC = "executeCommandConfiguration", _eD = "expirationDate", _eEC = "enableExecuteCommand", _eECSMT = "enableECSManagedTags", _eF = "environmentFiles", _eFI = "enableFaultInjection", _eH = "extraHosts", _eI = "externalId", _eII = "ec2InstanceId", _eIM = "expiresInMinutes", _eIPA = "ec2InstanceProfileArn", _eIT = "excludedInstanceTypes", _eMR = "ecsManagedResources", _eP = "entryPoint", _eRA = "executionRoleArn", _eS = "effectiveSettings", _eSA = "executionStoppedAt", _eSC = "earlySuccessCriteria", _eSp = "ephemeralStorage", _eVC = "efsVolumeConfiguration", _en = "environment", _ena = "enabled", _enab = "enable", _enc = "encrypted", _end = "endpoint", _er = "errors", _es = "essential", _ev = "events", _ex = "expression", _exa = "exact", _f = "family", _fA = "finishedAt", _fC = "firelensConfiguration", _fCa = "failureCount", _fE = "fipsEnabled", _fES = "fargateEphemeralStorage", _fESKKI = "fargateEphemeralStorageKmsKeyId", _fND = "forceNewDeployment", _fP = "familyPrefix", _fSA = "fileSystemArn", _fSI = "fileSystemId", _fT = "failedTasks", _fTi = "filesystemType", _fWFSVC = "fsxWindowsFileServerVolumeConfiguration", _fa = "failures", _fam = "families", _fi = "filters", _fie = "field", _fil = "filter", _fo = "force", _for = "format", _g = "gateway", _gA = "gatewayArn", _gC = "gatewayConnectors", _gCA = "gatewayClusterAssociations", _gCa = "gatewayConnections", _gCr = "grpcCode", _gD = "gpuDevices", _gDE = "guardDutyEnabled", _gI = "gpuIds", _gIp = "gpuId", _gR = "gatewayResources", _gRA = "gatewayRouteArn", _gRAa = "gatewayRouteArns", _gRa = "gatewayRoute", _gRat = "gatewayRoutes", _gSS = "gpuSharingStrategy", _ga = "gateways", _gr = "group", _h = "hostname", _hC = "healthCheck", _hCGPS = "healthCheckGracePeriodSeconds", _hCIS = "healthCheckIntervalSeconds", _hCP = "healthCheckPath", _hCPe = "healthCheckProtocol", _hCPea = "healthCheckPort", _hCTS = "healthCheckTimeoutSeconds", _hCt = "httpCode", _hD = "hookDetails", _hDt = "httpDesync", _hE = "httpError", _hI = "hookId", _hL = "hardLimit", _hP = "healthyPercent", _hPR = "hostPortRange", _hPo = "hostPath", _hPos = "hostPort", _hS = "healthStatus", _hSA = "hostSharedAlb", _hTA = "hookTargetArn", _hTC = "healthyThresholdCount", _he = "header", _ho = "host", _i = "id", _iA = "ipAddress", _iAO = "inferenceAcceleratorOverrides", _iAT = "ipAddressType", _iAn = "inferenceAccelerators", _iAp = "ipv6Address", _iCA = "issuerCertificateAuthority", _iD = "imageDigest", _iEC = "ignoredExitCodes", _iG = "instanceGenerations", _iID = "instanceIdentityDocument", _iIDS = "instanceIdentityDocumentSignature", _iLT = "instanceLaunchTemplate", _iM = "ipcMode", _iMTP = "instanceMetadataTagsPropagation", _iO = "infrastructureOptimization", _iP = "ingressPaths", _iPE = "initProcessEnabled", _iPO = "ingressPortOverride", _iQP = "includeQueryParameters", _iR = "instanceRequirements", _iRA = "infrastructureRoleArn", _iSG = "inboundSecurityGroup", _iTS = "idleTimeoutSeconds", _iV = "integerValue", _iWP = "instanceWarmupPeriod", _ia = "iam", _im = "image", _in = "interactive", _inc = "include", _int = "interval", _io = "iops", _it = "item", _k = "key", _kK = "kmsKey", _kKI = "kmsKeyId", _l = "links", _lA = "listenerArn", _lB = "loadBalancers", _lBA = "loadBalancerArn", _lBN = "loadBalancerName", _lBSG = "loadBalancerSecurityGroups", _lBSGA = "loadBalancerSecurityGroupArns", _lBo = "loadBalancer", _lC = "logConfiguration", _lCi = "linearConfiguration", _lD = "logDriver", _lDVC = "logDriverVolumeConfiguration", _lG = "logGroups", _lGN = "logGroupName", _lGo = "logGroup", _lH = "lifecycleHooks", _lHD = "lifecycleHookDetails", _lL = "logLevel", _lP = "linuxParameters", _lRA = "listenerRuleArn", _lS = "lastStatus", _lSA = "lastStartedAt", _lSC = "lastStatusChange", _lSCo = "localStorageConfiguration", _lSP = "logStreamPrefix", _lST = "localStorageTypes", _lSi = "lifecycleStages", _lSif = "lifecycleStage", _lSo = "localStorage", _lT = "launchType", _lU = "lastUpdated", _lV = "longValue", _la = "labels", _li = "listener", _lo = "logging", _m = "message", _mA = "managedAgents", _mAC = "maxAlbCount", _mAN = "managedAgentName", _mAe = "metricAlarms", _mC = "minCapacity", _mCP = "maxComputePercent", _mCa = "maxCapacity", _mCe = "metricConfigurations", _mD = "managedDraining", _mEBSV = "managedEBSVolume", _mGBPVC = "memoryGiBPerVCpu", _mHP = "minimumHealthyPercent", _mIP = "managedInstancesProvider", _mMB = "memoryMiB", _mN = "metricNames", _mO = "mountOptions", _mP = "mountPoints", _mPa = "maximumPercent", _mR = "memoryReservation", _mRa = "maxResults", _mS = "managedScaling", _mSC = "managedStorageConfiguration", _mSPAPOOODP = "maxSpotPriceAsPercentageOfOptimalOnDemandPrice", _mSSS = "minimumScalingStepSize", _mSSSa = "maximumScalingStepSize", _mSa = "maxSwap", _mTC = "minTaskCount", _mTCa = "maxTaskCount", _mTP = "managedTerminationProtection", _ma = "max", _mat = "matcher", _me = "memory", _met = "metric", _mi = "min", _mo = "monitoring", _n = "name", _nB = "networkBindings", _nBG = "networkBandwidthGbps", _nC = "networkConfiguration", _nDI = "neuronDeviceIds", _nI = "networkInterfaces", _nIC = "networkInterfaceCount", _nM = "networkMode", _nMv = "nvidiaMps", _nT = "nextToken", _na = "namespace", _nam = "names", _o = "options", _oDMPPOLP = "onDemandMaxPricePercentageOverLowestPrice", _oS = "overallStatus", _oSF = "operatingSystemFamily", _op = "operation", _ov = "overrides", _p = "privileged", _pA = "principalArn", _pC = "primaryContainer", _pCe = "pendingCount", _pCl = "placementConstraints", _pCr = "proxyConfiguration", _pD = "platformDevices", _pE = "protectionEnabled", _pF = "platformFamily", _pIA = "privateIpv4Address", _pLR = "productionListenerRule", _pM = "portMappings", _pMi = "pidMode", _pN = "portName", _pRTS = "perRequestTimeoutSeconds", _pS = "placementStrategy", _pSA = "pullStartedAt", _pSAu = "pullStoppedAt", _pT = "pseudoTerminal", _pTC = "pendingTasksCount", _pTCe = "pendingTaskCount", _pTS = "primaryTaskSet", _pTo = "policyType", _pTr = "propagateTags", _pTro = "protectedTasks", _pV = "platformVersion", _pe = "permissions", _po = "port", _pr = "protocol", _pre = "prefix", _pro = "properties", _r = "reason", _rA = "roleArn", _rAP = "restartAttemptPeriod", _rAe = "registeredAt", _rAeg = "registryArn", _rAeq = "requiresAttributes", _rAes = "resourceArn", _rAu = "ruleArns", _rB = "registeredBy", _rC = "repositoryCredentials", _rCIC = "registeredContainerInstancesCount", _rCP = "rollbackCapacityProviders", _rCe = "requiresCompatibilities", _rCes = "resolvedConfiguration", _rCu = "runningCount", _rD = "rootDirectory", _rGA = "reservationGroupArn", _rHS = "requireHibernateSupport", _rI = "resourceIds", _rIC = "runningInstanceCount", _rIe = "referenceId", _rIu = "runtimeId", _rMIMB = "remainingMemoryInMiB", _rMT = "resourceManagementType", _rO = "readOnly", _rOHT = "resetOnHealthyTask", _rP = "reservationPreference", _rPTW = "requestedProductionTrafficWeight", _rPe = "restartPolicy", _rPu = "runtimePlatform", _rR = "resourceRequirements", _rRF = "readonlyRootFilesystem", _rRe = "remainingResources", _rReg = "registeredResources", _rS = "rolloutState", _rSR = "rolloutStateReason", _rSe = "resolutionSeconds", _rT = "resourceType", _rTC = "runningTasksCount", _rTCe = "requestedTaskCount", _rTCu = "runningTaskCount", _rTDRA = "rollbackTargetDaemonRevisionArn", _rTTW = "requestedTestTrafficWeight", _re = "revision", _res = "resources", _ret = "retries", _ro = "role", _rol = "rollback", _ru = "rule", _s = "smithy.ts.sdk.synthetic.com.amazonaws.ecs", _sA = "startedAt", _sAe = "serviceArn", _sAer = "serviceArns", _sAt = "stoppedAt", _sAto = "stoppingAt", _sB = "startedBy", _sBN = "s3BucketName", _sBTIM = "stepBakeTimeInMinutes", _sC = "systemControls", _sCC = "serviceConnectConfiguration", _sCD = "serviceConnectDefaults", _sCE = "serviceConnectEndpoint", _sCPN = "serviceContainerPortName", _sCR = "serviceConnectResources", _sCo = "sourceContainer", _sCt = "statusCode", _sCto = "storageConfiguration", _sCtop = "stopCode", _sD = "serviceDeployments", _sDA = "serviceDeploymentArn", _sDAe = "serviceDeploymentArns", _sDR = "sourceDaemonRevisions", _sEE = "s3EncryptionEnabled", _sG = "securityGroups", _sGI = "securityGroupIds", _sGe = "securityGroup", _sI = "subnetIds", _sIA = "scaleInAfter", _sIGB = "sizeInGiB", _sIe = "sessionId", _sIn = "snapshotId", _sKP = "s3KeyPrefix", _sL = "softLimit", _sM = "sharingMode", _sMPPOLP = "spotMaxPricePercentageOverLowestPrice", _sMS = "sharedMemorySize", _sN = "serviceName", _sO = "secretOptions", _sP = "startPeriod", _sPo = "sourcePath", _sPt = "stepPercent", _sR = "statusReason", _sRA = "serviceRevisionArns", _sRAe = "serviceRevisionArn", _sRe = "serviceRegistries", _sRer = "serviceRevisions", _sRt = "stoppedReason", _sS = "schedulingStrategy", _sSA = "stabilityStatusAt", _sSG = "serviceSecurityGroups", _sSGA = "serviceSecurityGroupArn", _sSGB = "storageSizeGiB", _sSR = "sourceServiceRevisions", _sSRC = "sourceServiceRevisionCleanup", _sSV = "stringSetValue", _sSh = "sharingStrategy", _sSt = "stabilityStatus", _sT = "startTimeout", _sTc = "scalingTarget", _sTca = "scalableTarget", _sTt = "stopTimeout", _sTto = "stopType", _sU = "serviceUrl", _sUt = "streamUrl", _sV = "sourceVolume", _sVC = "s3filesVolumeConfiguration", _s_ = "s3", _sc = "scale", _sch = "scheme", _sco = "scope", _se = "server", _sec = "secrets", _ser = "service", _serv = "services", _ses = "session", _set = "settings", _sett = "setting", _si = "size", _so = "sort", _st = "status", _sta = "statistics", _str = "strategy", _su = "subnets", _sw = "swappiness", _t = "type", _tA = "taskArn", _tAN = "triggeredAlarmNames", _tAa = "targetArn", _tAas = "taskArns", _tAi = "timeoutAction", _tC = "thresholdConfiguration", _tCa = "targetCapacity", _tCar = "targetConfiguration", _tCi = "timeoutConfiguration", _tD = "taskDefinition", _tDA = "taskDefinitionArn", _tDAa = "taskDefinitionArns", _tDIC = "totalDrainingInstanceCount", _tDR = "targetDaemonRevision", _tDRA = "targetDaemonRevisionArn", _tDa = "taskDefinitions", _tE = "telemetryEndpoint", _tEP = "transitEncryptionPort", _tEr = "transitEncryption", _tG = "targetGroups", _tGA = "targetGroupArn", _tI = "targetId", _tIM = "timeoutInMinutes", _tK = "tagKeys", _tLR = "testListenerRule", _tLRA = "testListenerRuleArn", _tLRAe = "testListenerRuleArns", _tLSGB = "totalLocalStorageGB", _tMIMB = "totalMemoryInMiB", _tP = "terminationPolicy", _tR = "totalResources", _tRA = "taskRoleArn", _tRC = "totalRunningCount", _tRIC = "totalRunningInstanceCount", _tS = "taskSet", _tSA = "taskSetArn", _tSR = "targetServiceRevision", _tSRA = "targetServiceRevisionArn", _tSa = "taskSets", _tSag = "tagSpecifications", _tT = "targetType", _tTR = "testTrafficRules", _tV = "targetValue", _tVo = "tokenValue", _tWDC = "totalWithoutDaemonCount", _tWDIC = "totalWithoutDaemonInstanceCount", _ta = "tags", _tas = "tasks", _task = "task", _th = "threshold", _thr = "throughput", _ti = "timeout", _tl = "tls", _tm = "tmpfs", _u = "user", _uA = "updatedAt", _uLS = "useLocalStorage", _uS = "updateStatus", _uSR = "updateStatusReason", _uTC = "unhealthyThresholdCount", _ul = "ulimits", _un = "unit", _v = "value", _vC = "versionConsistency", _vCC = "vCpuCount", _vCo = "volumeConfigurations", _vF = "volumesFrom", _vFa = "valueFrom", _vI = "versionInfo", _vIR = "volumeInitializationRate", _vLC = "vpcLatticeConfigurations", _vT = "volumeType", _va = "values", _ve = "version", _vo = "volumes", _w = "weight", _wACLA = "webACLArn", _wD = "workingDirectory", _wDC = "withoutDaemonCount", _wDIC = "withoutDaemonInstanceCount", _xN = "xmlName", n0 = "com.amazonaws.ecs", _s_registry = new TypeRegistry(_s), ECSServiceException$ = [-3, _s, "ECSServiceException", 0, [], []];
    _s_registry.registerError(ECSServiceException$, ECSServiceException);
    var n0_registry = new TypeRegistry(n0), AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AttributeLimitExceededException$ = [
      -3,
      n0,
      _ALEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(AttributeLimitExceededException$, AttributeLimitExceededException);
    var BlockedException$ = [
      -3,
      n0,
      _BE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(BlockedException$, BlockedException);
    var ClientException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ClientException$, ClientException);
    var ClusterContainsCapacityProviderException$ = [
      -3,
      n0,
      _CCCPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ClusterContainsCapacityProviderException$, ClusterContainsCapacityProviderException);
    var ClusterContainsContainerInstancesException$ = [
      -3,
      n0,
      _CCCIE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ClusterContainsContainerInstancesException$, ClusterContainsContainerInstancesException);
    var ClusterContainsServicesException$ = [
      -3,
      n0,
      _CCSE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ClusterContainsServicesException$, ClusterContainsServicesException);
    var ClusterContainsTasksException$ = [
      -3,
      n0,
      _CCTE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ClusterContainsTasksException$, ClusterContainsTasksException);
    var ClusterNotFoundException$ = [
      -3,
      n0,
      _CNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ClusterNotFoundException$, ClusterNotFoundException);
    var ConflictException$ = [
      -3,
      n0,
      _CEo,
      { [_e]: _c },
      [_rI, _m],
      [64, 0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var DaemonNotActiveException$ = [
      -3,
      n0,
      _DNAE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(DaemonNotActiveException$, DaemonNotActiveException);
    var DaemonNotFoundException$ = [
      -3,
      n0,
      _DNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(DaemonNotFoundException$, DaemonNotFoundException);
    var GatewayNotFoundException$ = [
      -3,
      n0,
      _GNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(GatewayNotFoundException$, GatewayNotFoundException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var MissingVersionException$ = [
      -3,
      n0,
      _MVE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(MissingVersionException$, MissingVersionException);
    var NamespaceNotFoundException$ = [
      -3,
      n0,
      _NNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NamespaceNotFoundException$, NamespaceNotFoundException);
    var NoUpdateAvailableException$ = [
      -3,
      n0,
      _NUAE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(NoUpdateAvailableException$, NoUpdateAvailableException);
    var PlatformTaskDefinitionIncompatibilityException$ = [
      -3,
      n0,
      _PTDIE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(PlatformTaskDefinitionIncompatibilityException$, PlatformTaskDefinitionIncompatibilityException);
    var PlatformUnknownException$ = [
      -3,
      n0,
      _PUE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(PlatformUnknownException$, PlatformUnknownException);
    var ResourceInUseException$ = [
      -3,
      n0,
      _RIUE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ServerException$ = [
      -3,
      n0,
      _SE,
      { [_e]: _se },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServerException$, ServerException);
    var ServiceDeploymentNotFoundException$ = [
      -3,
      n0,
      _SDNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServiceDeploymentNotFoundException$, ServiceDeploymentNotFoundException);
    var ServiceNotActiveException$ = [
      -3,
      n0,
      _SNAE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServiceNotActiveException$, ServiceNotActiveException);
    var ServiceNotFoundException$ = [
      -3,
      n0,
      _SNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServiceNotFoundException$, ServiceNotFoundException);
    var TargetNotConnectedException$ = [
      -3,
      n0,
      _TNCE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TargetNotConnectedException$, TargetNotConnectedException);
    var TargetNotFoundException$ = [
      -3,
      n0,
      _TNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TargetNotFoundException$, TargetNotFoundException);
    var TaskSetNotFoundException$ = [
      -3,
      n0,
      _TSNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TaskSetNotFoundException$, TaskSetNotFoundException);
    var UnsupportedFeatureException$ = [
      -3,
      n0,
      _UFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedFeatureException$, UnsupportedFeatureException);
    var UpdateInProgressException$ = [
      -3,
      n0,
      _UIPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UpdateInProgressException$, UpdateInProgressException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ], SensitiveString = [0, n0, _SS, 8, 0], AcceleratorCountRequest$ = [
      3,
      n0,
      _ACR,
      0,
      [_mi, _ma],
      [1, 1]
    ], AcceleratorTotalMemoryMiBRequest$ = [
      3,
      n0,
      _ATMMBR,
      0,
      [_mi, _ma],
      [1, 1]
    ], AdvancedConfiguration$ = [
      3,
      n0,
      _AC,
      0,
      [_aTGA, _pLR, _tLR, _rA],
      [0, 0, 0, 0]
    ], AssociateGatewayWithClusterRequest$ = [
      3,
      n0,
      _AGWCR,
      0,
      [_g, _cl],
      [0, 0],
      2
    ], AssociateGatewayWithClusterResponse$ = [
      3,
      n0,
      _AGWCRs,
      0,
      [_gA, _cA, _st],
      [0, 0, 0]
    ], Attachment$ = [
      3,
      n0,
      _A,
      0,
      [_i, _t, _st, _d],
      [0, 0, 0, () => AttachmentDetails]
    ], AttachmentStateChange$ = [
      3,
      n0,
      _ASC,
      0,
      [_aA, _st],
      [0, 0],
      2
    ], Attribute$ = [
      3,
      n0,
      _At,
      0,
      [_n, _v, _tT, _tI],
      [0, 0, 0, 0],
      1
    ], AutoRepairConfiguration$ = [
      3,
      n0,
      _ARC,
      0,
      [_aS],
      [0]
    ], AutoScalingGroupProvider$ = [
      3,
      n0,
      _ASGP,
      0,
      [_aSGA, _mS, _mTP, _mD],
      [0, () => ManagedScaling$, 0, 0],
      1
    ], AutoScalingGroupProviderUpdate$ = [
      3,
      n0,
      _ASGPU,
      0,
      [_mS, _mTP, _mD],
      [() => ManagedScaling$, 0, 0]
    ], AwsVpcConfiguration$ = [
      3,
      n0,
      _AVC,
      0,
      [_su, _sG, _aPI],
      [64, 64, 0],
      1
    ], BaselineEbsBandwidthMbpsRequest$ = [
      3,
      n0,
      _BEBMR,
      0,
      [_mi, _ma],
      [1, 1]
    ], CanaryConfiguration$ = [
      3,
      n0,
      _CC,
      0,
      [_cP, _cBTIM],
      [1, 1]
    ], CapacityProvider$ = [
      3,
      n0,
      _CP,
      0,
      [_cPA, _n, _cl, _st, _aSGP, _mIP, _uS, _uSR, _ta, _t],
      [0, 0, 0, 0, () => AutoScalingGroupProvider$, [() => ManagedInstancesProvider$, 0], 0, 0, () => Tags, 0]
    ], CapacityProviderStrategyItem$ = [
      3,
      n0,
      _CPSI,
      0,
      [_cPa, _w, _b],
      [0, 1, 1],
      1
    ], CapacityReservationRequest$ = [
      3,
      n0,
      _CRR,
      0,
      [_rGA, _rP],
      [0, 0]
    ], Cluster$ = [
      3,
      n0,
      _C,
      0,
      [_cA, _cN, _co, _st, _rCIC, _rTC, _pTC, _aSC, _sta, _ta, _set, _cPap, _dCPS, _a, _aSt, _sCD],
      [0, 0, () => ClusterConfiguration$, 0, 1, 1, 1, 1, () => Statistics, () => Tags, () => ClusterSettings, 64, () => CapacityProviderStrategy, () => Attachments, 0, () => ClusterServiceConnectDefaults$]
    ], ClusterConfiguration$ = [
      3,
      n0,
      _CCl,
      0,
      [_eCC, _mSC],
      [() => ExecuteCommandConfiguration$, () => ManagedStorageConfiguration$]
    ], ClusterServiceConnectDefaults$ = [
      3,
      n0,
      _CSCD,
      0,
      [_na],
      [0]
    ], ClusterServiceConnectDefaultsRequest$ = [
      3,
      n0,
      _CSCDR,
      0,
      [_na],
      [0],
      1
    ], ClusterSetting$ = [
      3,
      n0,
      _CS,
      0,
      [_n, _v],
      [0, 0]
    ], Container$ = [
      3,
      n0,
      _Co,
      0,
      [_cAo, _tA, _n, _im, _iD, _rIu, _lS, _eC, _r, _nB, _nI, _hS, _mA, _cp, _me, _mR, _gI, _nDI, _gSS],
      [0, 0, 0, 0, 0, 0, 0, 1, 0, () => NetworkBindings, () => NetworkInterfaces, 0, () => ManagedAgents, 0, 0, 0, 64, 64, () => SharingStrategy$]
    ], ContainerDefinition$ = [
      3,
      n0,
      _CD,
      0,
      [_n, _im, _rC, _cp, _me, _mR, _l, _pM, _es, _rPe, _eP, _com, _en, _eF, _mP, _vF, _lP, _sec, _dO, _sT, _sTt, _vC, _h, _u, _wD, _dN, _p, _rRF, _dS, _dSD, _eH, _dSO, _in, _pT, _dL, _ul, _lC, _hC, _sC, _rR, _fC, _cS],
      [0, 0, [() => RepositoryCredentials$, 0], 1, 1, 1, 64, () => PortMappingList, 2, () => ContainerRestartPolicy$, 64, 64, [() => EnvironmentVariables, 0], () => EnvironmentFiles, () => MountPointList, () => VolumeFromList, () => LinuxParameters$, () => SecretList, () => ContainerDependencies, 1, 1, 0, 0, 0, 0, 2, 2, 2, 64, 64, () => HostEntryList, 64, 2, 2, 128, () => UlimitList, () => LogConfiguration$, () => HealthCheck$, () => SystemControls, () => ResourceRequirements, () => FirelensConfiguration$, 64]
    ], ContainerDependency$ = [
      3,
      n0,
      _CDo,
      0,
      [_cNo, _con],
      [0, 0],
      2
    ], ContainerImage$ = [
      3,
      n0,
      _CI,
      0,
      [_cNo, _iD, _im],
      [0, 0, 0]
    ], ContainerInstance$ = [
      3,
      n0,
      _CIo,
      0,
      [_cIA, _eII, _cPN, _ve, _vI, _rRe, _rReg, _st, _sR, _aC, _rTC, _pTC, _aUS, _at, _rAe, _a, _ta, _hS, _gD],
      [0, 0, 0, 1, () => VersionInfo$, () => Resources, () => Resources, 0, 0, 2, 1, 1, 0, () => Attributes, 4, () => Attachments, () => Tags, () => ContainerInstanceHealthStatus$, () => GpuDevices]
    ], ContainerInstanceHealthStatus$ = [
      3,
      n0,
      _CIHS,
      0,
      [_oS, _d],
      [0, () => InstanceHealthCheckResultList]
    ], ContainerOverride$ = [
      3,
      n0,
      _CO,
      0,
      [_n, _com, _en, _eF, _cp, _me, _mR, _rR],
      [0, 64, [() => EnvironmentVariables, 0], () => EnvironmentFiles, 1, 1, 1, () => ResourceRequirements]
    ], ContainerRestartPolicy$ = [
      3,
      n0,
      _CRP,
      0,
      [_ena, _iEC, _rAP],
      [2, 65, 1],
      1
    ], ContainerStateChange$ = [
      3,
      n0,
      _CSC,
      0,
      [_cNo, _iD, _rIu, _eC, _nB, _r, _st],
      [0, 0, 0, 1, () => NetworkBindings, 0, 0]
    ], ContinueServiceDeploymentRequest$ = [
      3,
      n0,
      _CSDR,
      0,
      [_sDA, _hI, _ac],
      [0, 0, 0],
      2
    ], ContinueServiceDeploymentResponse$ = [
      3,
      n0,
      _CSDRo,
      0,
      [_sDA],
      [0]
    ], CreateCapacityProviderRequest$ = [
      3,
      n0,
      _CCPR,
      0,
      [_n, _cl, _aSGP, _mIP, _ta],
      [0, 0, () => AutoScalingGroupProvider$, [() => CreateManagedInstancesProviderConfiguration$, 0], () => Tags],
      1
    ], CreateCapacityProviderResponse$ = [
      3,
      n0,
      _CCPRr,
      0,
      [_cPa],
      [[() => CapacityProvider$, 0]]
    ], CreateClusterRequest$ = [
      3,
      n0,
      _CCR,
      0,
      [_cN, _ta, _set, _co, _cPap, _dCPS, _sCD],
      [0, () => Tags, () => ClusterSettings, () => ClusterConfiguration$, 64, () => CapacityProviderStrategy, () => ClusterServiceConnectDefaultsRequest$]
    ], CreateClusterResponse$ = [
      3,
      n0,
      _CCRr,
      0,
      [_cl],
      [() => Cluster$]
    ], CreateDaemonRequest$ = [
      3,
      n0,
      _CDR,
      0,
      [_dNa, _dTDA, _cPAa, _cA, _dC, _ta, _pTr, _eECSMT, _eEC, _cT, _cr],
      [0, 0, 64, 0, () => DaemonDeploymentConfiguration$, () => Tags, 0, 2, 2, 0, 2],
      3
    ], CreateDaemonResponse$ = [
      3,
      n0,
      _CDRr,
      0,
      [_dA, _st, _cAr, _dAe],
      [0, 0, 4, 0]
    ], CreatedAt$ = [
      3,
      n0,
      _CA,
      0,
      [_be, _af],
      [4, 4]
    ], CreateExpressGatewayServiceRequest$ = [
      3,
      n0,
      _CEGSR,
      0,
      [_iRA, _eRA, _sN, _cl, _hCP, _pC, _tRA, _nC, _cp, _me, _cAp, _sTc, _ta, _tDA],
      [0, 0, 0, 0, 0, [() => ExpressGatewayContainer$, 0], 0, () => ExpressGatewayServiceNetworkConfiguration$, 0, 0, 0, () => ExpressGatewayScalingTarget$, () => Tags, 0],
      1
    ], CreateExpressGatewayServiceResponse$ = [
      3,
      n0,
      _CEGSRr,
      0,
      [_ser],
      [[() => ECSExpressGatewayService$, 0]]
    ], CreateGatewayRequest$ = [
      3,
      n0,
      _CGR,
      0,
      [_n, _iRA, _co, _cT, _dP, _ta, _pTr],
      [0, 0, () => GatewayConfiguration$, [0, 4], 2, () => Tags, 0],
      3
    ], CreateGatewayResponse$ = [
      3,
      n0,
      _CGRr,
      0,
      [_gA, _n, _st],
      [0, 0, 0]
    ], CreateManagedInstancesProviderConfiguration$ = [
      3,
      n0,
      _CMIPC,
      0,
      [_iRA, _iLT, _pTr, _iO, _aRC],
      [0, [() => InstanceLaunchTemplate$, 0], 0, () => InfrastructureOptimization$, () => AutoRepairConfiguration$],
      2
    ], CreateServiceRequest$ = [
      3,
      n0,
      _CSR,
      0,
      [_sN, _cl, _tD, _aZR, _lB, _sRe, _dCe, _cT, _lT, _cPS, _pV, _ro, _dC, _pCl, _pS, _nC, _hCGPS, _sS, _dCep, _ta, _eECSMT, _pTr, _eEC, _sCC, _vCo, _vLC, _gC, _mo],
      [0, 0, 0, 0, () => LoadBalancers, () => ServiceRegistries, 1, 0, 0, () => CapacityProviderStrategy, 0, 0, () => DeploymentConfiguration$, () => PlacementConstraints, () => PlacementStrategies, () => NetworkConfiguration$, 1, 0, () => DeploymentController$, () => Tags, 2, 0, 2, () => ServiceConnectConfiguration$, () => ServiceVolumeConfigurations, () => VpcLatticeConfigurations, () => GatewayConnectorList, () => MonitoringConfiguration$],
      1
    ], CreateServiceResponse$ = [
      3,
      n0,
      _CSRr,
      0,
      [_ser],
      [() => Service$]
    ], CreateTaskSetRequest$ = [
      3,
      n0,
      _CTSR,
      0,
      [_ser, _cl, _tD, _eI, _nC, _lB, _sRe, _lT, _cPS, _pV, _sc, _cT, _ta],
      [0, 0, 0, 0, () => NetworkConfiguration$, () => LoadBalancers, () => ServiceRegistries, 0, () => CapacityProviderStrategy, 0, () => Scale$, 0, () => Tags],
      3
    ], CreateTaskSetResponse$ = [
      3,
      n0,
      _CTSRr,
      0,
      [_tS],
      [() => TaskSet$]
    ], DaemonAlarmConfiguration$ = [
      3,
      n0,
      _DAC,
      0,
      [_aN, _enab],
      [64, 2]
    ], DaemonCapacityProvider$ = [
      3,
      n0,
      _DCP,
      0,
      [_ar, _rCu, _wDC],
      [0, 1, 1]
    ], DaemonCircuitBreaker$ = [
      3,
      n0,
      _DCB,
      0,
      [_fCa, _st, _th],
      [1, 0, 1]
    ], DaemonContainerDefinition$ = [
      3,
      n0,
      _DCD,
      0,
      [_im, _n, _me, _mR, _rC, _hC, _cp, _es, _eP, _com, _wD, _eF, _en, _sec, _rRF, _mP, _lC, _fC, _p, _u, _ul, _lP, _dO, _sT, _sTt, _sC, _in, _pT, _rPe],
      [0, 0, 1, 1, [() => RepositoryCredentials$, 0], () => HealthCheck$, 1, 2, 64, 64, 0, () => EnvironmentFiles, [() => EnvironmentVariables, 0], () => SecretList, 2, () => MountPointList, () => LogConfiguration$, () => FirelensConfiguration$, 2, 0, () => UlimitList, () => DaemonLinuxParameters$, () => ContainerDependencies, 1, 1, () => SystemControls, 2, 2, () => ContainerRestartPolicy$],
      1
    ], DaemonContainerImage$ = [
      3,
      n0,
      _DCI,
      0,
      [_cNo, _iD, _im],
      [0, 0, 0]
    ], DaemonDeployment$ = [
      3,
      n0,
      _DD,
      0,
      [_dDA, _cA, _st, _sR, _tDR, _sDR, _cB, _al, _rol, _dC, _cAr, _sA, _sAt, _fA],
      [0, 0, 0, 0, () => DaemonDeploymentRevisionDetail$, () => DaemonDeploymentRevisionDetailList, () => DaemonCircuitBreaker$, () => DaemonDeploymentAlarms$, () => DaemonRollback$, () => DaemonDeploymentConfiguration$, 4, 4, 4, 4]
    ], DaemonDeploymentAlarms$ = [
      3,
      n0,
      _DDA,
      0,
      [_st, _aN, _tAN],
      [0, 64, 64]
    ], DaemonDeploymentCapacityProvider$ = [
      3,
      n0,
      _DDCP,
      0,
      [_ar, _rIC, _wDIC, _dIC],
      [0, 1, 1, 1]
    ], DaemonDeploymentConfiguration$ = [
      3,
      n0,
      _DDC,
      0,
      [_dPr, _al, _bTIM],
      [1, () => DaemonAlarmConfiguration$, 1]
    ], DaemonDeploymentRevisionDetail$ = [
      3,
      n0,
      _DDRD,
      0,
      [_ar, _cPap, _tRIC, _tWDIC, _tDIC],
      [0, () => DaemonDeploymentCapacityProviderList, 1, 1, 1]
    ], DaemonDeploymentSummary$ = [
      3,
      n0,
      _DDS,
      0,
      [_dDA, _dA, _cA, _st, _sR, _tDRA, _cAr, _sA, _sAt, _fA],
      [0, 0, 0, 0, 0, 0, 4, 4, 4, 4]
    ], DaemonDetail$ = [
      3,
      n0,
      _DDa,
      0,
      [_dA, _cA, _st, _cR, _dAe, _cAr, _uA],
      [0, 0, 0, () => DaemonRevisionDetailList, 0, 4, 4]
    ], DaemonLinuxParameters$ = [
      3,
      n0,
      _DLP,
      0,
      [_ca, _de, _iPE, _tm],
      [() => KernelCapabilities$, () => DevicesList, 2, () => TmpfsList]
    ], DaemonRevision$ = [
      3,
      n0,
      _DR,
      0,
      [_dRA, _cA, _dA, _dTDA, _cAr, _cI, _pTr, _eECSMT, _eEC, _cr],
      [0, 0, 0, 0, 4, () => DaemonContainerImages, 0, 2, 2, 2]
    ], DaemonRevisionDetail$ = [
      3,
      n0,
      _DRD,
      0,
      [_ar, _cPap, _tRC, _tWDC],
      [0, () => DaemonCapacityProviderList, 1, 1]
    ], DaemonRollback$ = [
      3,
      n0,
      _DRa,
      0,
      [_r, _sA, _rTDRA, _rCP],
      [0, 4, 0, 64]
    ], DaemonSummary$ = [
      3,
      n0,
      _DS,
      0,
      [_dA, _st, _cAr, _uA],
      [0, 0, 4, 4]
    ], DaemonTaskDefinition$ = [
      3,
      n0,
      _DTD,
      0,
      [_dTDA, _f, _re, _tRA, _eRA, _cD, _vo, _cp, _me, _st, _rAe, _dRAe, _rB, _pMi, _iM],
      [0, 0, 1, 0, 0, [() => DaemonContainerDefinitionList, 0], () => DaemonVolumeList, 0, 0, 0, 4, 4, 0, 0, 0]
    ], DaemonTaskDefinitionSummary$ = [
      3,
      n0,
      _DTDS,
      0,
      [_ar, _rAe, _rB, _dRAe, _st],
      [0, 4, 0, 4, 0]
    ], DaemonVolume$ = [
      3,
      n0,
      _DV,
      0,
      [_n, _ho, _lDVC],
      [0, () => HostVolumeProperties$, () => LogDriverVolumeConfiguration$]
    ], DeleteAccountSettingRequest$ = [
      3,
      n0,
      _DASR,
      0,
      [_n, _pA],
      [0, 0],
      1
    ], DeleteAccountSettingResponse$ = [
      3,
      n0,
      _DASRe,
      0,
      [_sett],
      [() => Setting$]
    ], DeleteAttributesRequest$ = [
      3,
      n0,
      _DAR,
      0,
      [_at, _cl],
      [() => Attributes, 0],
      1
    ], DeleteAttributesResponse$ = [
      3,
      n0,
      _DARe,
      0,
      [_at],
      [() => Attributes]
    ], DeleteCapacityProviderRequest$ = [
      3,
      n0,
      _DCPR,
      0,
      [_cPa, _cl],
      [0, 0],
      1
    ], DeleteCapacityProviderResponse$ = [
      3,
      n0,
      _DCPRe,
      0,
      [_cPa],
      [[() => CapacityProvider$, 0]]
    ], DeleteClusterRequest$ = [
      3,
      n0,
      _DCR,
      0,
      [_cl],
      [0],
      1
    ], DeleteClusterResponse$ = [
      3,
      n0,
      _DCRe,
      0,
      [_cl],
      [() => Cluster$]
    ], DeleteDaemonRequest$ = [
      3,
      n0,
      _DDR,
      0,
      [_dA],
      [0],
      1
    ], DeleteDaemonResponse$ = [
      3,
      n0,
      _DDRe,
      0,
      [_dA, _st, _cAr, _uA, _dAe],
      [0, 0, 4, 4, 0]
    ], DeleteDaemonTaskDefinitionRequest$ = [
      3,
      n0,
      _DDTDR,
      0,
      [_dTD],
      [0],
      1
    ], DeleteDaemonTaskDefinitionResponse$ = [
      3,
      n0,
      _DDTDRe,
      0,
      [_dTDA],
      [0]
    ], DeleteExpressGatewayServiceRequest$ = [
      3,
      n0,
      _DEGSR,
      0,
      [_sAe],
      [0],
      1
    ], DeleteExpressGatewayServiceResponse$ = [
      3,
      n0,
      _DEGSRe,
      0,
      [_ser],
      [[() => ECSExpressGatewayService$, 0]]
    ], DeleteGatewayRequest$ = [
      3,
      n0,
      _DGR,
      0,
      [_g],
      [0],
      1
    ], DeleteGatewayResponse$ = [
      3,
      n0,
      _DGRe,
      0,
      [_gA, _n, _st],
      [0, 0, 0]
    ], DeleteServiceRequest$ = [
      3,
      n0,
      _DSR,
      0,
      [_ser, _cl, _fo],
      [0, 0, 2],
      1
    ], DeleteServiceResponse$ = [
      3,
      n0,
      _DSRe,
      0,
      [_ser],
      [() => Service$]
    ], DeleteTaskDefinitionsRequest$ = [
      3,
      n0,
      _DTDR,
      0,
      [_tDa],
      [64],
      1
    ], DeleteTaskDefinitionsResponse$ = [
      3,
      n0,
      _DTDRe,
      0,
      [_tDa, _fa],
      [[() => TaskDefinitionList, 0], () => Failures]
    ], DeleteTaskSetRequest$ = [
      3,
      n0,
      _DTSR,
      0,
      [_cl, _ser, _tS, _fo],
      [0, 0, 0, 2],
      3
    ], DeleteTaskSetResponse$ = [
      3,
      n0,
      _DTSRe,
      0,
      [_tS],
      [() => TaskSet$]
    ], Deployment$ = [
      3,
      n0,
      _D,
      0,
      [_i, _st, _tD, _dCe, _pCe, _rCu, _fT, _cAr, _uA, _cPS, _lT, _pV, _pF, _nC, _rS, _rSR, _sCC, _sCR, _vCo, _fES, _vLC],
      [0, 0, 0, 1, 1, 1, 1, 4, 4, () => CapacityProviderStrategy, 0, 0, 0, () => NetworkConfiguration$, 0, 0, () => ServiceConnectConfiguration$, () => ServiceConnectServiceResourceList, () => ServiceVolumeConfigurations, () => DeploymentEphemeralStorage$, () => VpcLatticeConfigurations]
    ], DeploymentAlarms$ = [
      3,
      n0,
      _DA,
      0,
      [_aN, _rol, _enab],
      [64, 2, 2],
      3
    ], DeploymentCircuitBreaker$ = [
      3,
      n0,
      _DCBe,
      0,
      [_enab, _rol, _rOHT, _tC],
      [2, 2, 2, () => ThresholdConfiguration$],
      2
    ], DeploymentConfiguration$ = [
      3,
      n0,
      _DC,
      0,
      [_dCB, _mPa, _mHP, _al, _str, _bTIM, _lH, _lCi, _cC, _eSC],
      [() => DeploymentCircuitBreaker$, 1, 1, () => DeploymentAlarms$, 0, 1, () => DeploymentLifecycleHookList, () => LinearConfiguration$, () => CanaryConfiguration$, () => DeploymentEarlySuccessCriteria$]
    ], DeploymentController$ = [
      3,
      n0,
      _DCe,
      0,
      [_t],
      [0],
      1
    ], DeploymentEarlySuccessCriteria$ = [
      3,
      n0,
      _DESC,
      0,
      [_enab, _hP, _sSRC],
      [2, 1, 0],
      1
    ], DeploymentEphemeralStorage$ = [
      3,
      n0,
      _DES,
      0,
      [_kKI],
      [0]
    ], DeploymentLifecycleHook$ = [
      3,
      n0,
      _DLH,
      0,
      [_tT, _hTA, _rA, _lSi, _hD, _tCi],
      [0, 0, 0, 64, 15, () => DeploymentLifecycleHookTimeoutConfiguration$]
    ], DeploymentLifecycleHookDetail$ = [
      3,
      n0,
      _DLHD,
      0,
      [_hI, _tT, _tAa, _st, _eA, _tAi],
      [0, 0, 0, 0, 4, 0]
    ], DeploymentLifecycleHookTimeoutConfiguration$ = [
      3,
      n0,
      _DLHTC,
      0,
      [_tIM, _ac],
      [1, 0]
    ], DeregisterContainerInstanceRequest$ = [
      3,
      n0,
      _DCIR,
      0,
      [_cIo, _cl, _fo],
      [0, 0, 2],
      1
    ], DeregisterContainerInstanceResponse$ = [
      3,
      n0,
      _DCIRe,
      0,
      [_cIo],
      [() => ContainerInstance$]
    ], DeregisterTaskDefinitionRequest$ = [
      3,
      n0,
      _DTDRer,
      0,
      [_tD],
      [0],
      1
    ], DeregisterTaskDefinitionResponse$ = [
      3,
      n0,
      _DTDRere,
      0,
      [_tD],
      [[() => TaskDefinition$, 0]]
    ], DescribeCapacityProvidersRequest$ = [
      3,
      n0,
      _DCPRes,
      0,
      [_cPap, _cl, _inc, _mRa, _nT],
      [64, 0, 64, 1, 0]
    ], DescribeCapacityProvidersResponse$ = [
      3,
      n0,
      _DCPResc,
      0,
      [_cPap, _fa, _nT],
      [[() => CapacityProviders, 0], () => Failures, 0]
    ], DescribeClustersRequest$ = [
      3,
      n0,
      _DCRes,
      0,
      [_clu, _inc],
      [64, 64]
    ], DescribeClustersResponse$ = [
      3,
      n0,
      _DCResc,
      0,
      [_clu, _fa],
      [() => Clusters, () => Failures]
    ], DescribeContainerInstancesRequest$ = [
      3,
      n0,
      _DCIRes,
      0,
      [_cIon, _cl, _inc],
      [64, 0, 64],
      1
    ], DescribeContainerInstancesResponse$ = [
      3,
      n0,
      _DCIResc,
      0,
      [_cIon, _fa],
      [() => ContainerInstances, () => Failures]
    ], DescribeDaemonDeploymentsRequest$ = [
      3,
      n0,
      _DDDR,
      0,
      [_dDAa],
      [64],
      1
    ], DescribeDaemonDeploymentsResponse$ = [
      3,
      n0,
      _DDDRe,
      0,
      [_fa, _dD],
      [() => Failures, () => DaemonDeploymentList]
    ], DescribeDaemonRequest$ = [
      3,
      n0,
      _DDRes,
      0,
      [_dA],
      [0],
      1
    ], DescribeDaemonResponse$ = [
      3,
      n0,
      _DDResc,
      0,
      [_da],
      [() => DaemonDetail$]
    ], DescribeDaemonRevisionsRequest$ = [
      3,
      n0,
      _DDRR,
      0,
      [_dRAa],
      [64],
      1
    ], DescribeDaemonRevisionsResponse$ = [
      3,
      n0,
      _DDRRe,
      0,
      [_dR, _fa],
      [() => DaemonRevisions, () => Failures]
    ], DescribeDaemonTaskDefinitionRequest$ = [
      3,
      n0,
      _DDTDRes,
      0,
      [_dTD],
      [0],
      1
    ], DescribeDaemonTaskDefinitionResponse$ = [
      3,
      n0,
      _DDTDResc,
      0,
      [_dTD],
      [[() => DaemonTaskDefinition$, 0]]
    ], DescribeExpressGatewayServiceRequest$ = [
      3,
      n0,
      _DEGSRes,
      0,
      [_sAe, _inc],
      [0, 64],
      1
    ], DescribeExpressGatewayServiceResponse$ = [
      3,
      n0,
      _DEGSResc,
      0,
      [_ser],
      [[() => ECSExpressGatewayService$, 0]]
    ], DescribeGatewayAlbConfiguration$ = [
      3,
      n0,
      _DGAC,
      0,
      [_nC, _sch, _aL, _wACLA, _po, _pr, _mAC, _cAC, _hDt, _tTR],
      [() => GatewayElbNetworkConfiguration$, 0, () => GatewayElbAccessLogConfiguration$, 0, 1, 0, 1, 1, 0, () => GatewayAlbTestTrafficRules$]
    ], DescribeGatewayRequest$ = [
      3,
      n0,
      _DGRes,
      0,
      [_g],
      [0],
      1
    ], DescribeGatewayResourcesRequest$ = [
      3,
      n0,
      _DGRR,
      0,
      [_g, _mRa, _nT],
      [0, 1, 0],
      1
    ], DescribeGatewayResourcesResponse$ = [
      3,
      n0,
      _DGRRe,
      0,
      [_gR, _nT],
      [() => GatewayResources$, 0]
    ], DescribeGatewayResponse$ = [
      3,
      n0,
      _DGResc,
      0,
      [_g],
      [() => Gateway$]
    ], DescribeGatewayRouteRequest$ = [
      3,
      n0,
      _DGRRes,
      0,
      [_gRA],
      [0],
      1
    ], DescribeGatewayRouteResponse$ = [
      3,
      n0,
      _DGRResc,
      0,
      [_gRa],
      [() => GatewayRoute$]
    ], DescribeServiceDeploymentsRequest$ = [
      3,
      n0,
      _DSDR,
      0,
      [_sDAe],
      [64],
      1
    ], DescribeServiceDeploymentsResponse$ = [
      3,
      n0,
      _DSDRe,
      0,
      [_sD, _fa],
      [() => ServiceDeployments, () => Failures]
    ], DescribeServiceRevisionsRequest$ = [
      3,
      n0,
      _DSRR,
      0,
      [_sRA],
      [64],
      1
    ], DescribeServiceRevisionsResponse$ = [
      3,
      n0,
      _DSRRe,
      0,
      [_sRer, _fa],
      [() => ServiceRevisions, () => Failures]
    ], DescribeServicesRequest$ = [
      3,
      n0,
      _DSRes,
      0,
      [_serv, _cl, _inc],
      [64, 0, 64],
      1
    ], DescribeServicesResponse$ = [
      3,
      n0,
      _DSResc,
      0,
      [_serv, _fa],
      [() => Services, () => Failures]
    ], DescribeTaskDefinitionRequest$ = [
      3,
      n0,
      _DTDRes,
      0,
      [_tD, _inc],
      [0, 64],
      1
    ], DescribeTaskDefinitionResponse$ = [
      3,
      n0,
      _DTDResc,
      0,
      [_tD, _ta],
      [[() => TaskDefinition$, 0], () => Tags]
    ], DescribeTaskSetsRequest$ = [
      3,
      n0,
      _DTSRes,
      0,
      [_cl, _ser, _tSa, _inc],
      [0, 0, 64, 64],
      2
    ], DescribeTaskSetsResponse$ = [
      3,
      n0,
      _DTSResc,
      0,
      [_tSa, _fa],
      [() => TaskSets, () => Failures]
    ], DescribeTasksRequest$ = [
      3,
      n0,
      _DTR,
      0,
      [_tas, _cl, _inc],
      [64, 0, 64],
      1
    ], DescribeTasksResponse$ = [
      3,
      n0,
      _DTRe,
      0,
      [_tas, _fa],
      [[() => Tasks, 0], () => Failures]
    ], Device$ = [
      3,
      n0,
      _De,
      0,
      [_hPo, _cPo, _pe],
      [0, 0, 64],
      1
    ], DisassociateGatewayFromClusterRequest$ = [
      3,
      n0,
      _DGFCR,
      0,
      [_g, _cl],
      [0, 0],
      2
    ], DisassociateGatewayFromClusterResponse$ = [
      3,
      n0,
      _DGFCRi,
      0,
      [_gA, _cA, _st],
      [0, 0, 0]
    ], DiscoverPollEndpointRequest$ = [
      3,
      n0,
      _DPER,
      0,
      [_cIo, _cl],
      [0, 0]
    ], DiscoverPollEndpointResponse$ = [
      3,
      n0,
      _DPERi,
      0,
      [_end, _tE, _sCE],
      [0, 0, 0]
    ], DockerVolumeConfiguration$ = [
      3,
      n0,
      _DVC,
      0,
      [_sco, _au, _dr, _dOr, _la],
      [0, 2, 0, 128, 128]
    ], EBSTagSpecification$ = [
      3,
      n0,
      _EBSTS,
      0,
      [_rT, _ta, _pTr],
      [0, () => Tags, 0],
      1
    ], ECSExpressGatewayService$ = [
      3,
      n0,
      _ECSEGS,
      0,
      [_cl, _sN, _sAe, _iRA, _st, _cDu, _aCc, _ta, _cAr, _uA],
      [0, 0, 0, 0, () => ExpressGatewayServiceStatus$, 0, [() => ExpressGatewayServiceConfigurations, 0], () => Tags, 4, 4]
    ], ECSManagedResources$ = [
      3,
      n0,
      _ECSMR,
      0,
      [_iP, _aSu, _mAe, _sSG, _lG, _gCa],
      [() => ManagedIngressPaths, () => ManagedAutoScaling$, () => ManagedMetricAlarms, () => ManagedSecurityGroups, () => ManagedLogGroups, () => GatewayConnectionList]
    ], EFSAuthorizationConfig$ = [
      3,
      n0,
      _EFSAC,
      0,
      [_aPIc, _ia],
      [0, 0]
    ], EFSVolumeConfiguration$ = [
      3,
      n0,
      _EFSVC,
      0,
      [_fSI, _rD, _tEr, _tEP, _aCu],
      [0, 0, 0, 1, () => EFSAuthorizationConfig$],
      1
    ], ElbGatewayResources$ = [
      3,
      n0,
      _EGR,
      0,
      [_lBA, _lA, _sGe, _gRAa],
      [0, 0, 0, 64]
    ], EnvironmentFile$ = [
      3,
      n0,
      _EF,
      0,
      [_v, _t],
      [0, 0],
      2
    ], EphemeralStorage$ = [
      3,
      n0,
      _ES,
      0,
      [_sIGB],
      [1],
      1
    ], ExecuteCommandConfiguration$ = [
      3,
      n0,
      _ECC,
      0,
      [_kKI, _lo, _lC],
      [0, 0, () => ExecuteCommandLogConfiguration$]
    ], ExecuteCommandLogConfiguration$ = [
      3,
      n0,
      _ECLC,
      0,
      [_cWLGN, _cWEE, _sBN, _sEE, _sKP],
      [0, 2, 0, 2, 0]
    ], ExecuteCommandRequest$ = [
      3,
      n0,
      _ECR,
      0,
      [_com, _in, _task, _cl, _cont],
      [0, 2, 0, 0, 0],
      3
    ], ExecuteCommandResponse$ = [
      3,
      n0,
      _ECRx,
      0,
      [_cA, _cAo, _cNo, _in, _ses, _tA],
      [0, 0, 0, 2, [() => Session$, 0], 0]
    ], ExpressGatewayContainer$ = [
      3,
      n0,
      _EGC,
      0,
      [_im, _cPon, _aLC, _rC, _com, _en, _sec],
      [0, 1, () => ExpressGatewayServiceAwsLogsConfiguration$, () => ExpressGatewayRepositoryCredentials$, 64, [() => EnvironmentVariables, 0], () => SecretList],
      1
    ], ExpressGatewayRepositoryCredentials$ = [
      3,
      n0,
      _EGRC,
      0,
      [_cPr],
      [0]
    ], ExpressGatewayScalingTarget$ = [
      3,
      n0,
      _EGST,
      0,
      [_mTC, _mTCa, _aSM, _aSTV],
      [1, 1, 0, 1]
    ], ExpressGatewayServiceAwsLogsConfiguration$ = [
      3,
      n0,
      _EGSALC,
      0,
      [_lGo, _lSP],
      [0, 0],
      2
    ], ExpressGatewayServiceConfiguration$ = [
      3,
      n0,
      _EGSC,
      0,
      [_sRAe, _eRA, _tRA, _tDA, _cp, _me, _cAp, _nC, _hCP, _pC, _sTc, _iP, _cAr],
      [0, 0, 0, 0, 0, 0, 0, () => ExpressGatewayServiceNetworkConfiguration$, 0, [() => ExpressGatewayContainer$, 0], () => ExpressGatewayScalingTarget$, () => IngressPathSummaries, 4]
    ], ExpressGatewayServiceNetworkConfiguration$ = [
      3,
      n0,
      _EGSNC,
      0,
      [_sG, _su],
      [64, 64]
    ], ExpressGatewayServiceStatus$ = [
      3,
      n0,
      _EGSS,
      0,
      [_sCt, _sR],
      [0, 0]
    ], Failure$ = [
      3,
      n0,
      _F,
      0,
      [_ar, _r, _det],
      [0, 0, 0]
    ], FirelensConfiguration$ = [
      3,
      n0,
      _FC,
      0,
      [_t, _o],
      [0, 128],
      1
    ], FSxWindowsFileServerAuthorizationConfig$ = [
      3,
      n0,
      _FSWFSAC,
      0,
      [_cPr, _do],
      [0, 0],
      2
    ], FSxWindowsFileServerVolumeConfiguration$ = [
      3,
      n0,
      _FSWFSVC,
      0,
      [_fSI, _rD, _aCu],
      [0, 0, () => FSxWindowsFileServerAuthorizationConfig$],
      3
    ], Gateway$ = [
      3,
      n0,
      _G,
      0,
      [_gA, _n, _st, _sR, _fa, _iRA, _dP, _co, _aT, _pTr, _ta, _cAr, _uA],
      [0, 0, 0, 0, () => GatewayResourceFailureList, 0, 2, () => DescribeGatewayConfiguration$, 0, 0, () => Tags, 4, 4]
    ], GatewayAlbTestTrafficRules$ = [
      3,
      n0,
      _GATTR,
      0,
      [_he],
      [() => GatewayTestTrafficHeader$]
    ], GatewayClusterAssociationSummary$ = [
      3,
      n0,
      _GCAS,
      0,
      [_gA, _cA, _st],
      [0, 0, 0]
    ], GatewayConnection$ = [
      3,
      n0,
      _GC,
      0,
      [_gA, _gRA, _pN, _sU, _aT, _st, _res],
      [0, 0, 0, 0, 0, 0, () => GatewayConnectionResources$]
    ], GatewayConnectionAlbResources$ = [
      3,
      n0,
      _GCAR,
      0,
      [_aCA, _lBA, _lBSGA, _lA, _lRA, _tLRA, _tGA, _aTGA],
      [0, 0, 64, 0, 0, 0, 0, 0]
    ], GatewayConnector$ = [
      3,
      n0,
      _GCa,
      0,
      [_pN, _hC, _fi],
      [0, () => GatewayConnectorHealthCheck$, () => GatewayConnectorFilters$],
      1
    ], GatewayConnectorFilters$ = [
      3,
      n0,
      _GCF,
      0,
      [_aTc],
      [64]
    ], GatewayConnectorHealthCheck$ = [
      3,
      n0,
      _GCHC,
      0,
      [_hCPe, _hCPea, _hCP, _hCTS, _hCIS, _hTC, _uTC, _mat],
      [0, 1, 0, 1, 1, 1, 1, () => GatewayConnectorHealthCheckMatcher$]
    ], GatewayConnectorHealthCheckMatcher$ = [
      3,
      n0,
      _GCHCM,
      0,
      [_hCt, _gCr],
      [0, 0]
    ], GatewayElbAccessLogConfiguration$ = [
      3,
      n0,
      _GEALC,
      0,
      [_des],
      [() => GatewayElbAccessLogDestination$]
    ], GatewayElbAccessLogS3Destination$ = [
      3,
      n0,
      _GEALSD,
      0,
      [_bu, _pre],
      [0, 0],
      1
    ], GatewayElbNetworkConfiguration$ = [
      3,
      n0,
      _GENC,
      0,
      [_iSG, _su, _iAT],
      [0, 64, 0]
    ], GatewayOperationError$ = [
      3,
      n0,
      _GOE,
      0,
      [_op, _cod, _m],
      [0, 0, 0]
    ], GatewayResourceFailure$ = [
      3,
      n0,
      _GRF,
      0,
      [_ar, _er],
      [0, () => GatewayOperationErrorList]
    ], GatewayResources$ = [
      3,
      n0,
      _GR,
      0,
      [_gA, _res],
      [0, () => GatewayInfrastructureResources$]
    ], GatewayRoute$ = [
      3,
      n0,
      _GRa,
      0,
      [_gRA, _sAe, _sCPN, _st, _sU, _res],
      [0, 0, 0, 0, 0, () => GatewayRouteResources$]
    ], GatewayRouteAlbResources$ = [
      3,
      n0,
      _GRAR,
      0,
      [_aCA, _lBA, _lA, _lRA, _tLRAe, _lBSG, _sSGA],
      [0, 0, 0, 0, 64, () => GatewayRouteLoadBalancerSecurityGroupList, 0]
    ], GatewayRouteLoadBalancerSecurityGroup$ = [
      3,
      n0,
      _GRLBSG,
      0,
      [_ar, _rAu],
      [0, 64]
    ], GatewayRouteSummary$ = [
      3,
      n0,
      _GRS,
      0,
      [_gRA, _gA, _cA, _sAe, _sCPN, _st],
      [0, 0, 0, 0, 0, 0]
    ], GatewaySummary$ = [
      3,
      n0,
      _GS,
      0,
      [_gA, _n, _st, _cAr],
      [0, 0, 0, 4]
    ], GatewayTestTrafficHeader$ = [
      3,
      n0,
      _GTTH,
      0,
      [_n, _va],
      [0, 64],
      2
    ], GetTaskProtectionRequest$ = [
      3,
      n0,
      _GTPR,
      0,
      [_cl, _tas],
      [0, 64],
      1
    ], GetTaskProtectionResponse$ = [
      3,
      n0,
      _GTPRe,
      0,
      [_pTro, _fa],
      [() => ProtectedTasks, () => Failures]
    ], GpuDevice$ = [
      3,
      n0,
      _GD,
      0,
      [_gIp, _sM, _tMIMB, _rMIMB, _cCo],
      [0, 0, 1, 1, 1]
    ], HealthCheck$ = [
      3,
      n0,
      _HC,
      0,
      [_com, _int, _ti, _ret, _sP],
      [64, 1, 1, 1, 1],
      1
    ], HostEntry$ = [
      3,
      n0,
      _HE,
      0,
      [_h, _iA],
      [0, 0],
      2
    ], HostSharedAlbConfiguration$ = [
      3,
      n0,
      _HSAC,
      0,
      [_nC, _sch, _wACLA, _aL, _po, _pr, _mAC, _hDt, _tTR],
      [() => GatewayElbNetworkConfiguration$, 0, 0, () => GatewayElbAccessLogConfiguration$, 1, 0, 1, 0, () => GatewayAlbTestTrafficRules$]
    ], HostVolumeProperties$ = [
      3,
      n0,
      _HVP,
      0,
      [_sPo],
      [0]
    ], InferenceAccelerator$ = [
      3,
      n0,
      _IA,
      0,
      [_dNe, _dT],
      [0, 0],
      2
    ], InferenceAcceleratorOverride$ = [
      3,
      n0,
      _IAO,
      0,
      [_dNe, _dT],
      [0, 0]
    ], InfrastructureOptimization$ = [
      3,
      n0,
      _IO,
      0,
      [_sIA],
      [1]
    ], IngressPathSummary$ = [
      3,
      n0,
      _IPS,
      0,
      [_aT, _end],
      [0, 0],
      2
    ], InstanceHealthCheckResult$ = [
      3,
      n0,
      _IHCR,
      0,
      [_t, _st, _sR, _lU, _lSC],
      [0, 0, 0, 4, 4]
    ], InstanceLaunchTemplate$ = [
      3,
      n0,
      _ILT,
      0,
      [_eIPA, _nC, _sCto, _lSCo, _mo, _cOT, _iMTP, _iR, _fE, _cRa],
      [0, () => ManagedInstancesNetworkConfiguration$, () => ManagedInstancesStorageConfiguration$, () => ManagedInstancesLocalStorageConfiguration$, 0, 0, 2, [() => InstanceRequirementsRequest$, 0], 2, () => CapacityReservationRequest$],
      2
    ], InstanceLaunchTemplateUpdate$ = [
      3,
      n0,
      _ILTU,
      0,
      [_eIPA, _nC, _sCto, _iMTP, _lSCo, _mo, _iR, _cRa],
      [0, () => ManagedInstancesNetworkConfiguration$, () => ManagedInstancesStorageConfiguration$, 2, () => ManagedInstancesLocalStorageConfiguration$, 0, [() => InstanceRequirementsRequest$, 0], () => CapacityReservationRequest$]
    ], InstanceRequirementsRequest$ = [
      3,
      n0,
      _IRR,
      0,
      [_vCC, _mMB, _cM, _mGBPVC, _eIT, _iG, _sMPPOLP, _oDMPPOLP, _bM, _bP, _rHS, _nIC, _lSo, _lST, _tLSGB, _bEBM, _aTcc, _aCcc, _aM, _aNc, _aTMMB, _nBG, _aIT, _mSPAPOOODP],
      [() => VCpuCountRangeRequest$, () => MemoryMiBRequest$, [() => CpuManufacturerSet, { [_xN]: _CM }], () => MemoryGiBPerVCpuRequest$, [() => ExcludedInstanceTypeSet, { [_xN]: _EIT }], [() => InstanceGenerationSet, { [_xN]: _IG }], 1, 1, 0, 0, 2, () => NetworkInterfaceCountRequest$, 0, [() => LocalStorageTypeSet, { [_xN]: _LST }], () => TotalLocalStorageGBRequest$, () => BaselineEbsBandwidthMbpsRequest$, [() => AcceleratorTypeSet, { [_xN]: _AT }], () => AcceleratorCountRequest$, [() => AcceleratorManufacturerSet, { [_xN]: _AM }], [() => AcceleratorNameSet, { [_xN]: _AN }], () => AcceleratorTotalMemoryMiBRequest$, () => NetworkBandwidthGbpsRequest$, [() => AllowedInstanceTypeSet, { [_xN]: _AIT }], 1],
      2
    ], KernelCapabilities$ = [
      3,
      n0,
      _KC,
      0,
      [_ad, _dro],
      [64, 64]
    ], KeyValuePair$ = [
      3,
      n0,
      _KVP,
      0,
      [_n, _v],
      [0, 0]
    ], LinearConfiguration$ = [
      3,
      n0,
      _LC,
      0,
      [_sPt, _sBTIM],
      [1, 1]
    ], LinuxParameters$ = [
      3,
      n0,
      _LP,
      0,
      [_ca, _de, _iPE, _sMS, _tm, _mSa, _sw],
      [() => KernelCapabilities$, () => DevicesList, 2, 1, () => TmpfsList, 1, 1]
    ], ListAccountSettingsRequest$ = [
      3,
      n0,
      _LASR,
      0,
      [_n, _v, _pA, _eS, _nT, _mRa],
      [0, 0, 0, 2, 0, 1]
    ], ListAccountSettingsResponse$ = [
      3,
      n0,
      _LASRi,
      0,
      [_set, _nT],
      [() => Settings, 0]
    ], ListAttributesRequest$ = [
      3,
      n0,
      _LAR,
      0,
      [_tT, _cl, _aNt, _aV, _nT, _mRa],
      [0, 0, 0, 0, 0, 1],
      1
    ], ListAttributesResponse$ = [
      3,
      n0,
      _LARi,
      0,
      [_at, _nT],
      [() => Attributes, 0]
    ], ListClustersRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_nT, _mRa],
      [0, 1]
    ], ListClustersResponse$ = [
      3,
      n0,
      _LCRi,
      0,
      [_cAl, _nT],
      [64, 0]
    ], ListContainerInstancesRequest$ = [
      3,
      n0,
      _LCIR,
      0,
      [_cl, _fil, _nT, _mRa, _st],
      [0, 0, 0, 1, 0]
    ], ListContainerInstancesResponse$ = [
      3,
      n0,
      _LCIRi,
      0,
      [_cIAo, _nT],
      [64, 0]
    ], ListDaemonDeploymentsRequest$ = [
      3,
      n0,
      _LDDR,
      0,
      [_dA, _st, _cAr, _mRa, _nT],
      [0, 64, () => CreatedAt$, 1, 0],
      1
    ], ListDaemonDeploymentsResponse$ = [
      3,
      n0,
      _LDDRi,
      0,
      [_nT, _dD],
      [0, () => DaemonDeploymentSummaryList]
    ], ListDaemonsRequest$ = [
      3,
      n0,
      _LDR,
      0,
      [_cA, _cPAa, _mRa, _nT],
      [0, 64, 1, 0]
    ], ListDaemonsResponse$ = [
      3,
      n0,
      _LDRi,
      0,
      [_dSL, _nT],
      [() => DaemonSummariesList, 0]
    ], ListDaemonTaskDefinitionsRequest$ = [
      3,
      n0,
      _LDTDR,
      0,
      [_fP, _f, _re, _st, _so, _nT, _mRa],
      [0, 0, 0, 0, 0, 0, 1]
    ], ListDaemonTaskDefinitionsResponse$ = [
      3,
      n0,
      _LDTDRi,
      0,
      [_dTDa, _nT],
      [() => DaemonTaskDefinitionSummaries, 0]
    ], ListGatewayClusterAssociationsRequest$ = [
      3,
      n0,
      _LGCAR,
      0,
      [_g, _cl, _st, _mRa, _nT],
      [0, 0, 64, 1, 0]
    ], ListGatewayClusterAssociationsResponse$ = [
      3,
      n0,
      _LGCARi,
      0,
      [_gCA, _nT],
      [() => GatewayClusterAssociationSummaryList, 0]
    ], ListGatewayRoutesRequest$ = [
      3,
      n0,
      _LGRR,
      0,
      [_g, _cl, _ser, _sCPN, _st, _mRa, _nT],
      [0, 0, 0, 0, 64, 1, 0]
    ], ListGatewayRoutesResponse$ = [
      3,
      n0,
      _LGRRi,
      0,
      [_gRat, _nT],
      [() => GatewayRouteSummaryList, 0]
    ], ListGatewaysRequest$ = [
      3,
      n0,
      _LGR,
      0,
      [_nam, _st, _mRa, _nT],
      [64, 64, 1, 0]
    ], ListGatewaysResponse$ = [
      3,
      n0,
      _LGRi,
      0,
      [_ga, _nT],
      [() => GatewaySummaryList, 0]
    ], ListServiceDeploymentsRequest$ = [
      3,
      n0,
      _LSDR,
      0,
      [_ser, _cl, _st, _cAr, _nT, _mRa],
      [0, 0, 64, () => CreatedAt$, 0, 1],
      1
    ], ListServiceDeploymentsResponse$ = [
      3,
      n0,
      _LSDRi,
      0,
      [_sD, _nT],
      [() => ServiceDeploymentsBrief, 0]
    ], ListServicesByNamespaceRequest$ = [
      3,
      n0,
      _LSBNR,
      0,
      [_na, _nT, _mRa],
      [0, 0, 1],
      1
    ], ListServicesByNamespaceResponse$ = [
      3,
      n0,
      _LSBNRi,
      0,
      [_sAer, _nT],
      [64, 0]
    ], ListServicesRequest$ = [
      3,
      n0,
      _LSR,
      0,
      [_cl, _nT, _mRa, _lT, _sS, _rMT],
      [0, 0, 1, 0, 0, 0]
    ], ListServicesResponse$ = [
      3,
      n0,
      _LSRi,
      0,
      [_sAer, _nT],
      [64, 0]
    ], ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rAes],
      [0],
      1
    ], ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_ta],
      [() => Tags]
    ], ListTaskDefinitionFamiliesRequest$ = [
      3,
      n0,
      _LTDFR,
      0,
      [_fP, _st, _nT, _mRa],
      [0, 0, 0, 1]
    ], ListTaskDefinitionFamiliesResponse$ = [
      3,
      n0,
      _LTDFRi,
      0,
      [_fam, _nT],
      [64, 0]
    ], ListTaskDefinitionsRequest$ = [
      3,
      n0,
      _LTDR,
      0,
      [_fP, _st, _so, _nT, _mRa],
      [0, 0, 0, 0, 1]
    ], ListTaskDefinitionsResponse$ = [
      3,
      n0,
      _LTDRi,
      0,
      [_tDAa, _nT],
      [64, 0]
    ], ListTasksRequest$ = [
      3,
      n0,
      _LTR,
      0,
      [_cl, _cIo, _f, _nT, _mRa, _sB, _sN, _dSe, _lT, _dNa],
      [0, 0, 0, 0, 1, 0, 0, 0, 0, 0]
    ], ListTasksResponse$ = [
      3,
      n0,
      _LTRi,
      0,
      [_tAas, _nT],
      [64, 0]
    ], LoadBalancer$ = [
      3,
      n0,
      _LB,
      0,
      [_tGA, _lBN, _cNo, _cPon, _aCd],
      [0, 0, 0, 1, () => AdvancedConfiguration$]
    ], LogConfiguration$ = [
      3,
      n0,
      _LCo,
      0,
      [_lD, _o, _sO],
      [0, 128, () => SecretList],
      1
    ], LogDriverVolumeConfiguration$ = [
      3,
      n0,
      _LDVC,
      0,
      [_dr],
      [0],
      1
    ], ManagedAgent$ = [
      3,
      n0,
      _MA,
      0,
      [_lSA, _n, _r, _lS],
      [4, 0, 0, 0]
    ], ManagedAgentStateChange$ = [
      3,
      n0,
      _MASC,
      0,
      [_cNo, _mAN, _st, _r],
      [0, 0, 0, 0],
      3
    ], ManagedApplicationAutoScalingPolicy$ = [
      3,
      n0,
      _MAASP,
      0,
      [_st, _uA, _pTo, _tV, _met, _ar, _sR],
      [0, 4, 0, 1, 0, 0, 0],
      5
    ], ManagedAutoScaling$ = [
      3,
      n0,
      _MAS,
      0,
      [_sTca, _aASP],
      [() => ManagedScalableTarget$, () => ManagedApplicationAutoScalingPolicies]
    ], ManagedCertificate$ = [
      3,
      n0,
      _MC,
      0,
      [_st, _uA, _dNo, _ar, _sR],
      [0, 4, 0, 0, 0],
      3
    ], ManagedIngressPath$ = [
      3,
      n0,
      _MIP,
      0,
      [_aT, _end, _lBo, _lBSG, _ce, _li, _ru, _tG],
      [0, 0, () => ManagedLoadBalancer$, () => ManagedSecurityGroups, () => ManagedCertificate$, () => ManagedListener$, () => ManagedListenerRule$, () => ManagedTargetGroups],
      2
    ], ManagedInstancesLocalStorageConfiguration$ = [
      3,
      n0,
      _MILSC,
      0,
      [_uLS],
      [2]
    ], ManagedInstancesNetworkConfiguration$ = [
      3,
      n0,
      _MINC,
      0,
      [_su, _sG],
      [64, 64]
    ], ManagedInstancesProvider$ = [
      3,
      n0,
      _MIPa,
      0,
      [_iRA, _iLT, _pTr, _iO, _aRC],
      [0, [() => InstanceLaunchTemplate$, 0], 0, () => InfrastructureOptimization$, () => AutoRepairConfiguration$]
    ], ManagedInstancesStorageConfiguration$ = [
      3,
      n0,
      _MISC,
      0,
      [_sSGB],
      [1]
    ], ManagedListener$ = [
      3,
      n0,
      _ML,
      0,
      [_st, _uA, _ar, _sR],
      [0, 4, 0, 0],
      2
    ], ManagedListenerRule$ = [
      3,
      n0,
      _MLR,
      0,
      [_st, _uA, _ar, _sR],
      [0, 4, 0, 0],
      2
    ], ManagedLoadBalancer$ = [
      3,
      n0,
      _MLB,
      0,
      [_st, _uA, _sch, _ar, _sR, _sI, _sGI],
      [0, 4, 0, 0, 0, 64, 64],
      3
    ], ManagedLogGroup$ = [
      3,
      n0,
      _MLG,
      0,
      [_st, _uA, _lGN, _ar, _sR],
      [0, 4, 0, 0, 0],
      3
    ], ManagedMetricAlarm$ = [
      3,
      n0,
      _MMA,
      0,
      [_st, _uA, _ar, _sR],
      [0, 4, 0, 0],
      2
    ], ManagedScalableTarget$ = [
      3,
      n0,
      _MST,
      0,
      [_st, _uA, _mC, _mCa, _ar, _sR],
      [0, 4, 1, 1, 0, 0],
      4
    ], ManagedScaling$ = [
      3,
      n0,
      _MS,
      0,
      [_st, _tCa, _mSSS, _mSSSa, _iWP],
      [0, 1, 1, 1, 1]
    ], ManagedSecurityGroup$ = [
      3,
      n0,
      _MSG,
      0,
      [_st, _uA, _ar, _sR],
      [0, 4, 0, 0],
      2
    ], ManagedStorageConfiguration$ = [
      3,
      n0,
      _MSC,
      0,
      [_kKI, _fESKKI],
      [0, 0]
    ], ManagedTargetGroup$ = [
      3,
      n0,
      _MTG,
      0,
      [_st, _uA, _hCP, _hCPea, _po, _ar, _sR],
      [0, 4, 0, 1, 1, 0, 0],
      5
    ], MemoryGiBPerVCpuRequest$ = [
      3,
      n0,
      _MGBPVCR,
      0,
      [_mi, _ma],
      [1, 1]
    ], MemoryMiBRequest$ = [
      3,
      n0,
      _MMBR,
      0,
      [_mi, _ma],
      [1, 1],
      1
    ], MetricConfiguration$ = [
      3,
      n0,
      _MCe,
      0,
      [_mN, _rSe],
      [64, 1],
      2
    ], MonitoringConfiguration$ = [
      3,
      n0,
      _MCo,
      0,
      [_mCe],
      [() => MetricConfigurationList]
    ], MountPoint$ = [
      3,
      n0,
      _MP,
      0,
      [_sV, _cPo, _rO],
      [0, 0, 2]
    ], NetworkBandwidthGbpsRequest$ = [
      3,
      n0,
      _NBGR,
      0,
      [_mi, _ma],
      [1, 1]
    ], NetworkBinding$ = [
      3,
      n0,
      _NB,
      0,
      [_bIP, _cPon, _hPos, _pr, _cPR, _hPR],
      [0, 1, 1, 0, 0, 0]
    ], NetworkConfiguration$ = [
      3,
      n0,
      _NC,
      0,
      [_aCw],
      [() => AwsVpcConfiguration$]
    ], NetworkInterface$ = [
      3,
      n0,
      _NI,
      0,
      [_aI, _pIA, _iAp],
      [0, 0, 0]
    ], NetworkInterfaceCountRequest$ = [
      3,
      n0,
      _NICR,
      0,
      [_mi, _ma],
      [1, 1]
    ], NvidiaMpsAllocation$ = [
      3,
      n0,
      _NMA,
      0,
      [_me, _mCP],
      [1, 1],
      1
    ], PlacementConstraint$ = [
      3,
      n0,
      _PC,
      0,
      [_t, _ex],
      [0, 0]
    ], PlacementStrategy$ = [
      3,
      n0,
      _PS,
      0,
      [_t, _fie],
      [0, 0]
    ], PlatformDevice$ = [
      3,
      n0,
      _PD,
      0,
      [_i, _t],
      [0, 0],
      2
    ], PortMapping$ = [
      3,
      n0,
      _PM,
      0,
      [_cPon, _hPos, _pr, _n, _aP, _cPR],
      [1, 1, 0, 0, 0, 0]
    ], ProtectedTask$ = [
      3,
      n0,
      _PT,
      0,
      [_tA, _pE, _eD],
      [0, 2, 4]
    ], ProxyConfiguration$ = [
      3,
      n0,
      _PCr,
      0,
      [_cNo, _t, _pro],
      [0, 0, () => ProxyConfigurationProperties],
      1
    ], PutAccountSettingDefaultRequest$ = [
      3,
      n0,
      _PASDR,
      0,
      [_n, _v],
      [0, 0],
      2
    ], PutAccountSettingDefaultResponse$ = [
      3,
      n0,
      _PASDRu,
      0,
      [_sett],
      [() => Setting$]
    ], PutAccountSettingRequest$ = [
      3,
      n0,
      _PASR,
      0,
      [_n, _v, _pA],
      [0, 0, 0],
      2
    ], PutAccountSettingResponse$ = [
      3,
      n0,
      _PASRu,
      0,
      [_sett],
      [() => Setting$]
    ], PutAttributesRequest$ = [
      3,
      n0,
      _PAR,
      0,
      [_at, _cl],
      [() => Attributes, 0],
      1
    ], PutAttributesResponse$ = [
      3,
      n0,
      _PARu,
      0,
      [_at],
      [() => Attributes]
    ], PutClusterCapacityProvidersRequest$ = [
      3,
      n0,
      _PCCPR,
      0,
      [_cl, _cPap, _dCPS],
      [0, 64, () => CapacityProviderStrategy],
      3
    ], PutClusterCapacityProvidersResponse$ = [
      3,
      n0,
      _PCCPRu,
      0,
      [_cl],
      [() => Cluster$]
    ], RegisterContainerInstanceRequest$ = [
      3,
      n0,
      _RCIR,
      0,
      [_cl, _iID, _iIDS, _tR, _vI, _cIA, _at, _pD, _ta],
      [0, 0, 0, () => Resources, () => VersionInfo$, 0, () => Attributes, () => PlatformDevices, () => Tags]
    ], RegisterContainerInstanceResponse$ = [
      3,
      n0,
      _RCIRe,
      0,
      [_cIo],
      [() => ContainerInstance$]
    ], RegisterDaemonTaskDefinitionRequest$ = [
      3,
      n0,
      _RDTDR,
      0,
      [_f, _cD, _tRA, _eRA, _cp, _me, _vo, _ta, _pMi, _iM],
      [0, [() => DaemonContainerDefinitionList, 0], 0, 0, 0, 0, () => DaemonVolumeList, () => Tags, 0, 0],
      2
    ], RegisterDaemonTaskDefinitionResponse$ = [
      3,
      n0,
      _RDTDRe,
      0,
      [_dTDA],
      [0]
    ], RegisterTaskDefinitionRequest$ = [
      3,
      n0,
      _RTDR,
      0,
      [_f, _cD, _tRA, _eRA, _nM, _vo, _pCl, _rCe, _cp, _me, _ta, _pMi, _iM, _pCr, _iAn, _eSp, _rPu, _eFI],
      [0, [() => ContainerDefinitions, 0], 0, 0, 0, () => VolumeList, () => TaskDefinitionPlacementConstraints, 64, 0, 0, () => Tags, 0, 0, () => ProxyConfiguration$, () => InferenceAccelerators, () => EphemeralStorage$, () => RuntimePlatform$, 2],
      2
    ], RegisterTaskDefinitionResponse$ = [
      3,
      n0,
      _RTDRe,
      0,
      [_tD, _ta],
      [[() => TaskDefinition$, 0], () => Tags]
    ], RepositoryCredentials$ = [
      3,
      n0,
      _RC,
      8,
      [_cPr],
      [0],
      1
    ], ResolvedConfiguration$ = [
      3,
      n0,
      _RCe,
      0,
      [_lB, _vLC],
      [() => ServiceRevisionLoadBalancers, () => ServiceRevisionVpcLatticeConfigurations]
    ], Resource$ = [
      3,
      n0,
      _R,
      0,
      [_n, _t, _dV, _lV, _iV, _sSV],
      [0, 0, 1, 1, 1, 64]
    ], ResourceRequirement$ = [
      3,
      n0,
      _RR,
      0,
      [_t, _v, _sSh],
      [0, 0, () => SharingStrategy$],
      1
    ], Rollback$ = [
      3,
      n0,
      _Ro,
      0,
      [_r, _sA, _sRAe],
      [0, 4, 0]
    ], RunTaskRequest$ = [
      3,
      n0,
      _RTR,
      0,
      [_tD, _cPS, _cl, _cou, _eECSMT, _eEC, _gr, _lT, _nC, _ov, _pCl, _pS, _pV, _pTr, _rIe, _sB, _ta, _cT, _vCo],
      [0, () => CapacityProviderStrategy, 0, 1, 2, 2, 0, 0, () => NetworkConfiguration$, [() => TaskOverride$, 0], () => PlacementConstraints, () => PlacementStrategies, 0, 0, 0, 0, () => Tags, [0, 4], () => TaskVolumeConfigurations],
      1
    ], RunTaskResponse$ = [
      3,
      n0,
      _RTRu,
      0,
      [_tas, _fa],
      [[() => Tasks, 0], () => Failures]
    ], RuntimePlatform$ = [
      3,
      n0,
      _RP,
      0,
      [_cAp, _oSF],
      [0, 0]
    ], RuntimePlatformOverride$ = [
      3,
      n0,
      _RPO,
      0,
      [_cAp],
      [0]
    ], S3FilesVolumeConfiguration$ = [
      3,
      n0,
      _SFVC,
      0,
      [_fSA, _rD, _tEP, _aPA],
      [0, 0, 1, 0],
      1
    ], Scale$ = [
      3,
      n0,
      _S,
      0,
      [_v, _un],
      [1, 0]
    ], Secret$ = [
      3,
      n0,
      _Se,
      0,
      [_n, _vFa],
      [0, 0],
      2
    ], Service$ = [
      3,
      n0,
      _Ser,
      0,
      [_sAe, _sN, _cA, _lB, _sRe, _st, _dCe, _rCu, _pCe, _lT, _cPS, _pV, _pF, _tD, _dC, _tSa, _dep, _rA, _ev, _cAr, _cSD, _cSR, _pCl, _pS, _nC, _hCGPS, _sS, _dCep, _ta, _cBr, _eECSMT, _pTr, _eEC, _aZR, _rMT],
      [0, 0, 0, () => LoadBalancers, () => ServiceRegistries, 0, 1, 1, 1, 0, () => CapacityProviderStrategy, 0, 0, 0, () => DeploymentConfiguration$, () => TaskSets, () => Deployments, 0, () => ServiceEvents, 4, 0, () => ServiceCurrentRevisionSummaryList, () => PlacementConstraints, () => PlacementStrategies, () => NetworkConfiguration$, 1, 0, () => DeploymentController$, () => Tags, 0, 2, 0, 2, 0, 0]
    ], ServiceConnectAccessLogConfiguration$ = [
      3,
      n0,
      _SCALC,
      0,
      [_for, _iQP],
      [0, 0],
      1
    ], ServiceConnectClientAlias$ = [
      3,
      n0,
      _SCCA,
      0,
      [_po, _dNn, _tTR],
      [1, 0, () => ServiceConnectTestTrafficRules$],
      1
    ], ServiceConnectConfiguration$ = [
      3,
      n0,
      _SCC,
      0,
      [_ena, _na, _serv, _lC, _aLCc, _cCon],
      [2, 0, () => ServiceConnectServiceList, () => LogConfiguration$, () => ServiceConnectAccessLogConfiguration$, () => ServiceConnectContainerConfigurations],
      1
    ], ServiceConnectService$ = [
      3,
      n0,
      _SCS,
      0,
      [_pN, _dNi, _cAli, _iPO, _ti, _tl],
      [0, 0, () => ServiceConnectClientAliasList, 1, () => TimeoutConfiguration$, () => ServiceConnectTlsConfiguration$],
      1
    ], ServiceConnectServiceResource$ = [
      3,
      n0,
      _SCSR,
      0,
      [_dNi, _dAi],
      [0, 0]
    ], ServiceConnectTestTrafficHeaderMatchRules$ = [
      3,
      n0,
      _SCTTHMR,
      0,
      [_exa],
      [0],
      1
    ], ServiceConnectTestTrafficHeaderRules$ = [
      3,
      n0,
      _SCTTHR,
      0,
      [_n, _v],
      [0, () => ServiceConnectTestTrafficHeaderMatchRules$],
      1
    ], ServiceConnectTestTrafficRules$ = [
      3,
      n0,
      _SCTTR,
      0,
      [_he],
      [() => ServiceConnectTestTrafficHeaderRules$],
      1
    ], ServiceConnectTlsCertificateAuthority$ = [
      3,
      n0,
      _SCTCA,
      0,
      [_aPAA],
      [0]
    ], ServiceConnectTlsConfiguration$ = [
      3,
      n0,
      _SCTC,
      0,
      [_iCA, _kK, _rA],
      [() => ServiceConnectTlsCertificateAuthority$, 0, 0],
      1
    ], ServiceCurrentRevisionSummary$ = [
      3,
      n0,
      _SCRS,
      0,
      [_ar, _rTCe, _rTCu, _pTCe],
      [0, 1, 1, 1]
    ], ServiceDeployment$ = [
      3,
      n0,
      _SD,
      0,
      [_sDA, _sAe, _cA, _cAr, _sA, _fA, _sAt, _uA, _sSR, _tSR, _st, _sR, _lSif, _lHD, _dC, _rol, _dCB, _al],
      [0, 0, 0, 4, 4, 4, 4, 4, () => ServiceRevisionsSummaryList, () => ServiceRevisionSummary$, 0, 0, 0, () => DeploymentLifecycleHookDetailList, () => DeploymentConfiguration$, () => Rollback$, () => ServiceDeploymentCircuitBreaker$, () => ServiceDeploymentAlarms$]
    ], ServiceDeploymentAlarms$ = [
      3,
      n0,
      _SDA,
      0,
      [_st, _aN, _tAN],
      [0, 64, 64]
    ], ServiceDeploymentBrief$ = [
      3,
      n0,
      _SDB,
      0,
      [_sDA, _sAe, _cA, _sA, _cAr, _fA, _tSRA, _st, _sR],
      [0, 0, 0, 4, 4, 4, 0, 0, 0]
    ], ServiceDeploymentCircuitBreaker$ = [
      3,
      n0,
      _SDCB,
      0,
      [_st, _fCa, _th],
      [0, 1, 1]
    ], ServiceEvent$ = [
      3,
      n0,
      _SEe,
      0,
      [_i, _cAr, _m],
      [0, 4, 0]
    ], ServiceManagedEBSVolumeConfiguration$ = [
      3,
      n0,
      _SMEBSVC,
      0,
      [_rA, _enc, _kKI, _vT, _sIGB, _sIn, _vIR, _io, _thr, _tSag, _fTi],
      [0, 2, 0, 0, 1, 0, 1, 1, 1, () => EBSTagSpecifications, 0],
      1
    ], ServiceRegistry$ = [
      3,
      n0,
      _SR,
      0,
      [_rAeg, _po, _cNo, _cPon],
      [0, 1, 0, 1]
    ], ServiceRevision$ = [
      3,
      n0,
      _SRe,
      0,
      [_sRAe, _sAe, _cA, _tD, _cPS, _lT, _pV, _pF, _lB, _sRe, _nC, _cI, _gDE, _sCC, _vCo, _fES, _cAr, _vLC, _rCes, _eMR, _ov, _gC, _mo],
      [0, 0, 0, 0, () => CapacityProviderStrategy, 0, 0, 0, () => LoadBalancers, () => ServiceRegistries, () => NetworkConfiguration$, () => ContainerImages, 2, () => ServiceConnectConfiguration$, () => ServiceVolumeConfigurations, () => DeploymentEphemeralStorage$, 4, () => VpcLatticeConfigurations, () => ResolvedConfiguration$, () => ECSManagedResources$, () => ServiceRevisionOverrides$, () => GatewayConnectorList, () => MonitoringConfiguration$]
    ], ServiceRevisionLoadBalancer$ = [
      3,
      n0,
      _SRLB,
      0,
      [_tGA, _pLR],
      [0, 0]
    ], ServiceRevisionOverrides$ = [
      3,
      n0,
      _SRO,
      0,
      [_rPu],
      [() => RuntimePlatformOverride$]
    ], ServiceRevisionSummary$ = [
      3,
      n0,
      _SRS,
      0,
      [_ar, _rTCe, _rTCu, _pTCe, _rTTW, _rPTW],
      [0, 1, 1, 1, 1, 1]
    ], ServiceRevisionVpcLatticeConfiguration$ = [
      3,
      n0,
      _SRVLC,
      0,
      [_tGA, _pLR],
      [0, 0]
    ], ServiceVolumeConfiguration$ = [
      3,
      n0,
      _SVC,
      0,
      [_n, _mEBSV],
      [0, () => ServiceManagedEBSVolumeConfiguration$],
      1
    ], Session$ = [
      3,
      n0,
      _Ses,
      0,
      [_sIe, _sUt, _tVo],
      [0, 0, [() => SensitiveString, 0]]
    ], Setting$ = [
      3,
      n0,
      _Set,
      0,
      [_n, _v, _pA, _t],
      [0, 0, 0, 0]
    ], StartTaskRequest$ = [
      3,
      n0,
      _STR,
      0,
      [_cIon, _tD, _cl, _eECSMT, _eEC, _gr, _nC, _ov, _pTr, _rIe, _sB, _ta, _vCo],
      [64, 0, 0, 2, 2, 0, () => NetworkConfiguration$, [() => TaskOverride$, 0], 0, 0, 0, () => Tags, () => TaskVolumeConfigurations],
      2
    ], StartTaskResponse$ = [
      3,
      n0,
      _STRt,
      0,
      [_tas, _fa],
      [[() => Tasks, 0], () => Failures]
    ], StopServiceDeploymentRequest$ = [
      3,
      n0,
      _SSDR,
      0,
      [_sDA, _sTto],
      [0, 0],
      1
    ], StopServiceDeploymentResponse$ = [
      3,
      n0,
      _SSDRt,
      0,
      [_sDA],
      [0]
    ], StopTaskRequest$ = [
      3,
      n0,
      _STRto,
      0,
      [_task, _cl, _r],
      [0, 0, 0],
      1
    ], StopTaskResponse$ = [
      3,
      n0,
      _STRtop,
      0,
      [_task],
      [[() => Task$, 0]]
    ], SubmitAttachmentStateChangesRequest$ = [
      3,
      n0,
      _SASCR,
      0,
      [_a, _cl],
      [() => AttachmentStateChanges, 0],
      1
    ], SubmitAttachmentStateChangesResponse$ = [
      3,
      n0,
      _SASCRu,
      0,
      [_ack],
      [0]
    ], SubmitContainerStateChangeRequest$ = [
      3,
      n0,
      _SCSCR,
      0,
      [_cl, _task, _cNo, _rIu, _st, _eC, _r, _nB],
      [0, 0, 0, 0, 0, 1, 0, () => NetworkBindings]
    ], SubmitContainerStateChangeResponse$ = [
      3,
      n0,
      _SCSCRu,
      0,
      [_ack],
      [0]
    ], SubmitTaskStateChangeRequest$ = [
      3,
      n0,
      _STSCR,
      0,
      [_cl, _task, _st, _r, _conta, _a, _mA, _pSA, _pSAu, _eSA],
      [0, 0, 0, 0, () => ContainerStateChanges, () => AttachmentStateChanges, () => ManagedAgentStateChanges, 4, 4, 4]
    ], SubmitTaskStateChangeResponse$ = [
      3,
      n0,
      _STSCRu,
      0,
      [_ack],
      [0]
    ], SystemControl$ = [
      3,
      n0,
      _SC,
      0,
      [_na, _v],
      [0, 0]
    ], Tag$ = [
      3,
      n0,
      _T,
      0,
      [_k, _v],
      [0, 0]
    ], TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_rAes, _ta],
      [0, () => Tags],
      2
    ], TagResourceResponse$ = [
      3,
      n0,
      _TRRa,
      0,
      [],
      []
    ], Task$ = [
      3,
      n0,
      _Ta,
      0,
      [_a, _at, _aZ, _cPN, _cA, _conn, _cAon, _cIA, _conta, _cp, _cAr, _dSe, _eEC, _eSA, _gr, _hS, _iAn, _lS, _lT, _me, _ov, _pV, _pF, _pSA, _pSAu, _sA, _sB, _sCtop, _sAt, _sRt, _sAto, _ta, _tA, _tDA, _ve, _eSp, _fES],
      [() => Attachments, () => Attributes, 0, 0, 0, 0, 4, 0, () => Containers, 0, 4, 0, 2, 4, 0, 0, () => InferenceAccelerators, 0, 0, 0, [() => TaskOverride$, 0], 0, 0, 4, 4, 4, 0, 0, 4, 0, 4, () => Tags, 0, 0, 1, () => EphemeralStorage$, () => TaskEphemeralStorage$]
    ], TaskDefinition$ = [
      3,
      n0,
      _TD,
      0,
      [_tDA, _cD, _f, _tRA, _eRA, _nM, _re, _vo, _st, _rAeq, _pCl, _comp, _rPu, _rCe, _cp, _me, _iAn, _pMi, _iM, _pCr, _rAe, _dAer, _dRAe, _rB, _eSp, _eFI],
      [0, [() => ContainerDefinitions, 0], 0, 0, 0, 0, 1, () => VolumeList, 0, () => RequiresAttributes, () => TaskDefinitionPlacementConstraints, 64, () => RuntimePlatform$, 64, 0, 0, () => InferenceAccelerators, 0, 0, () => ProxyConfiguration$, 4, 4, 4, 0, () => EphemeralStorage$, 2]
    ], TaskDefinitionPlacementConstraint$ = [
      3,
      n0,
      _TDPC,
      0,
      [_t, _ex],
      [0, 0]
    ], TaskEphemeralStorage$ = [
      3,
      n0,
      _TES,
      0,
      [_sIGB, _kKI],
      [1, 0]
    ], TaskManagedEBSVolumeConfiguration$ = [
      3,
      n0,
      _TMEBSVC,
      0,
      [_rA, _enc, _kKI, _vT, _sIGB, _sIn, _vIR, _io, _thr, _tSag, _tP, _fTi],
      [0, 2, 0, 0, 1, 0, 1, 1, 1, () => EBSTagSpecifications, () => TaskManagedEBSVolumeTerminationPolicy$, 0],
      1
    ], TaskManagedEBSVolumeTerminationPolicy$ = [
      3,
      n0,
      _TMEBSVTP,
      0,
      [_dOT],
      [2],
      1
    ], TaskOverride$ = [
      3,
      n0,
      _TO,
      0,
      [_cO, _cp, _iAO, _eRA, _me, _tRA, _eSp],
      [[() => ContainerOverrides, 0], 0, () => InferenceAcceleratorOverrides, 0, 0, 0, () => EphemeralStorage$]
    ], TaskSet$ = [
      3,
      n0,
      _TS,
      0,
      [_i, _tSA, _sAe, _cA, _sB, _eI, _st, _tD, _cDC, _pCe, _rCu, _cAr, _uA, _lT, _cPS, _pV, _pF, _nC, _lB, _sRe, _sc, _sSt, _sSA, _ta, _fES],
      [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 4, 4, 0, () => CapacityProviderStrategy, 0, 0, () => NetworkConfiguration$, () => LoadBalancers, () => ServiceRegistries, () => Scale$, 0, 4, () => Tags, () => DeploymentEphemeralStorage$]
    ], TaskVolumeConfiguration$ = [
      3,
      n0,
      _TVC,
      0,
      [_n, _mEBSV],
      [0, () => TaskManagedEBSVolumeConfiguration$],
      1
    ], ThresholdConfiguration$ = [
      3,
      n0,
      _TC,
      0,
      [_t, _v],
      [0, 1],
      2
    ], TimeoutConfiguration$ = [
      3,
      n0,
      _TCi,
      0,
      [_iTS, _pRTS],
      [1, 1]
    ], Tmpfs$ = [
      3,
      n0,
      _Tm,
      0,
      [_cPo, _si, _mO],
      [0, 1, 64],
      2
    ], TotalLocalStorageGBRequest$ = [
      3,
      n0,
      _TLSGBR,
      0,
      [_mi, _ma],
      [1, 1]
    ], Ulimit$ = [
      3,
      n0,
      _U,
      0,
      [_n, _sL, _hL],
      [0, 1, 1],
      3
    ], UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_rAes, _tK],
      [0, 64],
      2
    ], UntagResourceResponse$ = [
      3,
      n0,
      _URRn,
      0,
      [],
      []
    ], UpdateCapacityProviderRequest$ = [
      3,
      n0,
      _UCPR,
      0,
      [_n, _cl, _aSGP, _mIP],
      [0, 0, () => AutoScalingGroupProviderUpdate$, [() => UpdateManagedInstancesProviderConfiguration$, 0]],
      1
    ], UpdateCapacityProviderResponse$ = [
      3,
      n0,
      _UCPRp,
      0,
      [_cPa],
      [[() => CapacityProvider$, 0]]
    ], UpdateClusterRequest$ = [
      3,
      n0,
      _UCR,
      0,
      [_cl, _set, _co, _sCD],
      [0, () => ClusterSettings, () => ClusterConfiguration$, () => ClusterServiceConnectDefaultsRequest$],
      1
    ], UpdateClusterResponse$ = [
      3,
      n0,
      _UCRp,
      0,
      [_cl],
      [() => Cluster$]
    ], UpdateClusterSettingsRequest$ = [
      3,
      n0,
      _UCSR,
      0,
      [_cl, _set],
      [0, () => ClusterSettings],
      2
    ], UpdateClusterSettingsResponse$ = [
      3,
      n0,
      _UCSRp,
      0,
      [_cl],
      [() => Cluster$]
    ], UpdateContainerAgentRequest$ = [
      3,
      n0,
      _UCAR,
      0,
      [_cIo, _cl],
      [0, 0],
      1
    ], UpdateContainerAgentResponse$ = [
      3,
      n0,
      _UCARp,
      0,
      [_cIo],
      [() => ContainerInstance$]
    ], UpdateContainerInstancesStateRequest$ = [
      3,
      n0,
      _UCISR,
      0,
      [_cIon, _st, _cl],
      [64, 0, 0],
      2
    ], UpdateContainerInstancesStateResponse$ = [
      3,
      n0,
      _UCISRp,
      0,
      [_cIon, _fa],
      [() => ContainerInstances, () => Failures]
    ], UpdateDaemonRequest$ = [
      3,
      n0,
      _UDR,
      0,
      [_dA, _dTDA, _cPAa, _dC, _pTr, _eECSMT, _eEC, _cr],
      [0, 0, 64, () => DaemonDeploymentConfiguration$, 0, 2, 2, 2],
      3
    ], UpdateDaemonResponse$ = [
      3,
      n0,
      _UDRp,
      0,
      [_dA, _st, _cAr, _uA, _dAe],
      [0, 0, 4, 4, 0]
    ], UpdatedExpressGatewayService$ = [
      3,
      n0,
      _UEGS,
      0,
      [_sAe, _cl, _sN, _st, _tCar, _cAr, _uA],
      [0, 0, 0, () => ExpressGatewayServiceStatus$, [() => ExpressGatewayServiceConfiguration$, 0], 4, 4]
    ], UpdateExpressGatewayServiceRequest$ = [
      3,
      n0,
      _UEGSR,
      0,
      [_sAe, _eRA, _hCP, _pC, _tRA, _nC, _cp, _me, _cAp, _sTc, _tDA],
      [0, 0, 0, [() => ExpressGatewayContainer$, 0], 0, () => ExpressGatewayServiceNetworkConfiguration$, 0, 0, 0, () => ExpressGatewayScalingTarget$, 0],
      1
    ], UpdateExpressGatewayServiceResponse$ = [
      3,
      n0,
      _UEGSRp,
      0,
      [_ser],
      [[() => UpdatedExpressGatewayService$, 0]]
    ], UpdateGatewayAlbConfiguration$ = [
      3,
      n0,
      _UGAC,
      0,
      [_nC, _mAC, _wACLA, _aL, _hDt, _tTR],
      [() => UpdateGatewayNetworkConfiguration$, 1, 0, () => GatewayElbAccessLogConfiguration$, 0, () => GatewayAlbTestTrafficRules$]
    ], UpdateGatewayNetworkConfiguration$ = [
      3,
      n0,
      _UGNC,
      0,
      [_iSG],
      [0]
    ], UpdateGatewayRequest$ = [
      3,
      n0,
      _UGR,
      0,
      [_g, _iRA, _dP, _co, _pTr],
      [0, 0, 2, () => UpdateGatewayConfiguration$, 0],
      1
    ], UpdateGatewayResponse$ = [
      3,
      n0,
      _UGRp,
      0,
      [_gA, _n, _st],
      [0, 0, 0]
    ], UpdateManagedInstancesProviderConfiguration$ = [
      3,
      n0,
      _UMIPC,
      0,
      [_iRA, _iLT, _pTr, _iO, _aRC],
      [0, [() => InstanceLaunchTemplateUpdate$, 0], 0, () => InfrastructureOptimization$, () => AutoRepairConfiguration$],
      2
    ], UpdateServicePrimaryTaskSetRequest$ = [
      3,
      n0,
      _USPTSR,
      0,
      [_cl, _ser, _pTS],
      [0, 0, 0],
      3
    ], UpdateServicePrimaryTaskSetResponse$ = [
      3,
      n0,
      _USPTSRp,
      0,
      [_tS],
      [() => TaskSet$]
    ], UpdateServiceRequest$ = [
      3,
      n0,
      _USR,
      0,
      [_ser, _cl, _dCe, _tD, _cPS, _dC, _aZR, _nC, _pCl, _pS, _pV, _fND, _hCGPS, _dCep, _eEC, _eECSMT, _lB, _pTr, _sRe, _sCC, _vCo, _vLC, _gC, _mo],
      [0, 0, 1, 0, () => CapacityProviderStrategy, () => DeploymentConfiguration$, 0, () => NetworkConfiguration$, () => PlacementConstraints, () => PlacementStrategies, 0, 2, 1, () => DeploymentController$, 2, 2, () => LoadBalancers, 0, () => ServiceRegistries, () => ServiceConnectConfiguration$, () => ServiceVolumeConfigurations, () => VpcLatticeConfigurations, () => GatewayConnectorList, () => MonitoringConfiguration$],
      1
    ], UpdateServiceResponse$ = [
      3,
      n0,
      _USRp,
      0,
      [_ser],
      [() => Service$]
    ], UpdateTaskProtectionRequest$ = [
      3,
      n0,
      _UTPR,
      0,
      [_cl, _tas, _pE, _eIM],
      [0, 64, 2, 1],
      3
    ], UpdateTaskProtectionResponse$ = [
      3,
      n0,
      _UTPRp,
      0,
      [_pTro, _fa],
      [() => ProtectedTasks, () => Failures]
    ], UpdateTaskSetRequest$ = [
      3,
      n0,
      _UTSR,
      0,
      [_cl, _ser, _tS, _sc],
      [0, 0, 0, () => Scale$],
      4
    ], UpdateTaskSetResponse$ = [
      3,
      n0,
      _UTSRp,
      0,
      [_tS],
      [() => TaskSet$]
    ], VCpuCountRangeRequest$ = [
      3,
      n0,
      _VCCRR,
      0,
      [_mi, _ma],
      [1, 1],
      1
    ], VersionInfo$ = [
      3,
      n0,
      _VI,
      0,
      [_aVg, _aH, _dVo],
      [0, 0, 0]
    ], Volume$ = [
      3,
      n0,
      _V,
      0,
      [_n, _ho, _dVC, _eVC, _sVC, _fWFSVC, _cAL],
      [0, () => HostVolumeProperties$, () => DockerVolumeConfiguration$, () => EFSVolumeConfiguration$, () => S3FilesVolumeConfiguration$, () => FSxWindowsFileServerVolumeConfiguration$, 2]
    ], VolumeFrom$ = [
      3,
      n0,
      _VF,
      0,
      [_sCo, _rO],
      [0, 2]
    ], VpcLatticeAdvancedConfiguration$ = [
      3,
      n0,
      _VLAC,
      0,
      [_aTGA, _pLR, _tLR],
      [0, 0, 0]
    ], VpcLatticeConfiguration$ = [
      3,
      n0,
      _VLC,
      0,
      [_rA, _tGA, _pN, _aCd],
      [0, 0, 0, () => VpcLatticeAdvancedConfiguration$],
      3
    ], AcceleratorManufacturerSet = [
      1,
      n0,
      _AMS,
      0,
      [
        0,
        { [_xN]: _it }
      ]
    ], AcceleratorNameSet = [
      1,
      n0,
      _ANS,
      0,
      [
        0,
        { [_xN]: _it }
      ]
    ], AcceleratorTypeSet = [
      1,
      n0,
      _ATS,
      0,
      [
        0,
        { [_xN]: _it }
      ]
    ], AllowedInstanceTypeSet = [
      1,
      n0,
      _AITS,
      0,
      [
        0,
        { [_xN]: _it }
      ]
    ], AttachmentDetails = [
      1,
      n0,
      _AD,
      0,
      () => KeyValuePair$
    ], Attachments = [
      1,
      n0,
      _Att,
      0,
      () => Attachment$
    ], AttachmentStateChanges = [
      1,
      n0,
      _ASCt,
      0,
      () => AttachmentStateChange$
    ], Attributes = [
      1,
      n0,
      _Attr,
      0,
      () => Attribute$
    ], CapacityProviders = [
      1,
      n0,
      _CPa,
      0,
      [
        () => CapacityProvider$,
        0
      ]
    ], CapacityProviderStrategy = [
      1,
      n0,
      _CPS,
      0,
      () => CapacityProviderStrategyItem$
    ], Clusters = [
      1,
      n0,
      _Cl,
      0,
      () => Cluster$
    ], ClusterSettings = [
      1,
      n0,
      _CSl,
      0,
      () => ClusterSetting$
    ], ContainerDefinitions = [
      1,
      n0,
      _CDon,
      0,
      [
        () => ContainerDefinition$,
        0
      ]
    ], ContainerDependencies = [
      1,
      n0,
      _CDont,
      0,
      () => ContainerDependency$
    ], ContainerImages = [
      1,
      n0,
      _CIon,
      0,
      () => ContainerImage$
    ], ContainerInstances = [
      1,
      n0,
      _CIont,
      0,
      () => ContainerInstance$
    ], ContainerOverrides = [
      1,
      n0,
      _COo,
      0,
      [
        () => ContainerOverride$,
        0
      ]
    ], Containers = [
      1,
      n0,
      _Con,
      0,
      () => Container$
    ], ContainerStateChanges = [
      1,
      n0,
      _CSCo,
      0,
      () => ContainerStateChange$
    ], CpuManufacturerSet = [
      1,
      n0,
      _CMS,
      0,
      [
        0,
        { [_xN]: _it }
      ]
    ], DaemonCapacityProviderList = [
      1,
      n0,
      _DCPL,
      0,
      () => DaemonCapacityProvider$
    ], DaemonContainerDefinitionList = [
      1,
      n0,
      _DCDL,
      0,
      [
        () => DaemonContainerDefinition$,
        0
      ]
    ], DaemonContainerImages = [
      1,
      n0,
      _DCIa,
      0,
      () => DaemonContainerImage$
    ], DaemonDeploymentCapacityProviderList = [
      1,
      n0,
      _DDCPL,
      0,
      () => DaemonDeploymentCapacityProvider$
    ], DaemonDeploymentList = [
      1,
      n0,
      _DDL,
      0,
      () => DaemonDeployment$
    ], DaemonDeploymentRevisionDetailList = [
      1,
      n0,
      _DDRDL,
      0,
      () => DaemonDeploymentRevisionDetail$
    ], DaemonDeploymentSummaryList = [
      1,
      n0,
      _DDSL,
      0,
      () => DaemonDeploymentSummary$
    ], DaemonRevisionDetailList = [
      1,
      n0,
      _DRDL,
      0,
      () => DaemonRevisionDetail$
    ], DaemonRevisions = [
      1,
      n0,
      _DRae,
      0,
      () => DaemonRevision$
    ], DaemonSummariesList = [
      1,
      n0,
      _DSL,
      0,
      () => DaemonSummary$
    ], DaemonTaskDefinitionSummaries = [
      1,
      n0,
      _DTDSa,
      0,
      () => DaemonTaskDefinitionSummary$
    ], DaemonVolumeList = [
      1,
      n0,
      _DVL,
      0,
      () => DaemonVolume$
    ], DeploymentLifecycleHookDetailList = [
      1,
      n0,
      _DLHDL,
      0,
      () => DeploymentLifecycleHookDetail$
    ], DeploymentLifecycleHookList = [
      1,
      n0,
      _DLHL,
      0,
      () => DeploymentLifecycleHook$
    ], Deployments = [
      1,
      n0,
      _Dep,
      0,
      () => Deployment$
    ], DevicesList = [
      1,
      n0,
      _DL,
      0,
      () => Device$
    ], EBSTagSpecifications = [
      1,
      n0,
      _EBSTSa,
      0,
      () => EBSTagSpecification$
    ], ElbGatewayResourcesList = [
      1,
      n0,
      _EGRL,
      0,
      () => ElbGatewayResources$
    ], EnvironmentFiles = [
      1,
      n0,
      _EFn,
      0,
      () => EnvironmentFile$
    ], EnvironmentVariables = [
      1,
      n0,
      _EV,
      8,
      () => KeyValuePair$
    ], ExcludedInstanceTypeSet = [
      1,
      n0,
      _EITS,
      0,
      [
        0,
        { [_xN]: _it }
      ]
    ], ExpressGatewayServiceConfigurations = [
      1,
      n0,
      _EGSCx,
      0,
      [
        () => ExpressGatewayServiceConfiguration$,
        0
      ]
    ], Failures = [
      1,
      n0,
      _Fa,
      0,
      () => Failure$
    ], GatewayClusterAssociationSummaryList = [
      1,
      n0,
      _GCASL,
      0,
      () => GatewayClusterAssociationSummary$
    ], GatewayConnectionAlbResourcesList = [
      1,
      n0,
      _GCARL,
      0,
      () => GatewayConnectionAlbResources$
    ], GatewayConnectionList = [
      1,
      n0,
      _GCL,
      0,
      () => GatewayConnection$
    ], GatewayConnectorList = [
      1,
      n0,
      _GCLa,
      0,
      () => GatewayConnector$
    ], GatewayOperationErrorList = [
      1,
      n0,
      _GOEL,
      0,
      () => GatewayOperationError$
    ], GatewayResourceFailureList = [
      1,
      n0,
      _GRFL,
      0,
      () => GatewayResourceFailure$
    ], GatewayRouteAlbResourcesList = [
      1,
      n0,
      _GRARL,
      0,
      () => GatewayRouteAlbResources$
    ], GatewayRouteLoadBalancerSecurityGroupList = [
      1,
      n0,
      _GRLBSGL,
      0,
      () => GatewayRouteLoadBalancerSecurityGroup$
    ], GatewayRouteSummaryList = [
      1,
      n0,
      _GRSL,
      0,
      () => GatewayRouteSummary$
    ], GatewaySummaryList = [
      1,
      n0,
      _GSL,
      0,
      () => GatewaySummary$
    ], GpuDevices = [
      1,
      n0,
      _GDp,
      0,
      () => GpuDevice$
    ], HostEntryList = [
      1,
      n0,
      _HEL,
      0,
      () => HostEntry$
    ], InferenceAcceleratorOverrides = [
      1,
      n0,
      _IAOn,
      0,
      () => InferenceAcceleratorOverride$
    ], InferenceAccelerators = [
      1,
      n0,
      _IAn,
      0,
      () => InferenceAccelerator$
    ], IngressPathSummaries = [
      1,
      n0,
      _IPSn,
      0,
      () => IngressPathSummary$
    ], InstanceGenerationSet = [
      1,
      n0,
      _IGS,
      0,
      [
        0,
        { [_xN]: _it }
      ]
    ], InstanceHealthCheckResultList = [
      1,
      n0,
      _IHCRL,
      0,
      () => InstanceHealthCheckResult$
    ], LoadBalancers = [
      1,
      n0,
      _LBo,
      0,
      () => LoadBalancer$
    ], LocalStorageTypeSet = [
      1,
      n0,
      _LSTS,
      0,
      [
        0,
        { [_xN]: _it }
      ]
    ], ManagedAgents = [
      1,
      n0,
      _MAa,
      0,
      () => ManagedAgent$
    ], ManagedAgentStateChanges = [
      1,
      n0,
      _MASCa,
      0,
      () => ManagedAgentStateChange$
    ], ManagedApplicationAutoScalingPolicies = [
      1,
      n0,
      _MAASPa,
      0,
      () => ManagedApplicationAutoScalingPolicy$
    ], ManagedIngressPaths = [
      1,
      n0,
      _MIPan,
      0,
      () => ManagedIngressPath$
    ], ManagedLogGroups = [
      1,
      n0,
      _MLGa,
      0,
      () => ManagedLogGroup$
    ], ManagedMetricAlarms = [
      1,
      n0,
      _MMAa,
      0,
      () => ManagedMetricAlarm$
    ], ManagedSecurityGroups = [
      1,
      n0,
      _MSGa,
      0,
      () => ManagedSecurityGroup$
    ], ManagedTargetGroups = [
      1,
      n0,
      _MTGa,
      0,
      () => ManagedTargetGroup$
    ], MetricConfigurationList = [
      1,
      n0,
      _MCL,
      0,
      () => MetricConfiguration$
    ], MountPointList = [
      1,
      n0,
      _MPL,
      0,
      () => MountPoint$
    ], NetworkBindings = [
      1,
      n0,
      _NBe,
      0,
      () => NetworkBinding$
    ], NetworkInterfaces = [
      1,
      n0,
      _NIe,
      0,
      () => NetworkInterface$
    ], PlacementConstraints = [
      1,
      n0,
      _PCl,
      0,
      () => PlacementConstraint$
    ], PlacementStrategies = [
      1,
      n0,
      _PSl,
      0,
      () => PlacementStrategy$
    ], PlatformDevices = [
      1,
      n0,
      _PDl,
      0,
      () => PlatformDevice$
    ], PortMappingList = [
      1,
      n0,
      _PML,
      0,
      () => PortMapping$
    ], ProtectedTasks = [
      1,
      n0,
      _PTr,
      0,
      () => ProtectedTask$
    ], ProxyConfigurationProperties = [
      1,
      n0,
      _PCP,
      0,
      () => KeyValuePair$
    ], RequiresAttributes = [
      1,
      n0,
      _RA,
      0,
      () => Attribute$
    ], ResourceRequirements = [
      1,
      n0,
      _RRe,
      0,
      () => ResourceRequirement$
    ], Resources = [
      1,
      n0,
      _Re,
      0,
      () => Resource$
    ], SecretList = [
      1,
      n0,
      _SL,
      0,
      () => Secret$
    ], ServiceConnectClientAliasList = [
      1,
      n0,
      _SCCAL,
      0,
      () => ServiceConnectClientAlias$
    ], ServiceConnectContainerConfigurations = [
      1,
      n0,
      _SCCC,
      0,
      () => ServiceConnectContainerConfiguration$
    ], ServiceConnectServiceList = [
      1,
      n0,
      _SCSL,
      0,
      () => ServiceConnectService$
    ], ServiceConnectServiceResourceList = [
      1,
      n0,
      _SCSRL,
      0,
      () => ServiceConnectServiceResource$
    ], ServiceCurrentRevisionSummaryList = [
      1,
      n0,
      _SCRSL,
      0,
      () => ServiceCurrentRevisionSummary$
    ], ServiceDeployments = [
      1,
      n0,
      _SDe,
      0,
      () => ServiceDeployment$
    ], ServiceDeploymentsBrief = [
      1,
      n0,
      _SDBe,
      0,
      () => ServiceDeploymentBrief$
    ], ServiceEvents = [
      1,
      n0,
      _SEer,
      0,
      () => ServiceEvent$
    ], ServiceRegistries = [
      1,
      n0,
      _SRer,
      0,
      () => ServiceRegistry$
    ], ServiceRevisionLoadBalancers = [
      1,
      n0,
      _SRLBe,
      0,
      () => ServiceRevisionLoadBalancer$
    ], ServiceRevisions = [
      1,
      n0,
      _SRerv,
      0,
      () => ServiceRevision$
    ], ServiceRevisionsSummaryList = [
      1,
      n0,
      _SRSL,
      0,
      () => ServiceRevisionSummary$
    ], ServiceRevisionVpcLatticeConfigurations = [
      1,
      n0,
      _SRVLCe,
      0,
      () => ServiceRevisionVpcLatticeConfiguration$
    ], Services = [
      1,
      n0,
      _Serv,
      0,
      () => Service$
    ], ServiceVolumeConfigurations = [
      1,
      n0,
      _SVCe,
      0,
      () => ServiceVolumeConfiguration$
    ], Settings = [
      1,
      n0,
      _Sett,
      0,
      () => Setting$
    ], Statistics = [
      1,
      n0,
      _St,
      0,
      () => KeyValuePair$
    ], SystemControls = [
      1,
      n0,
      _SCy,
      0,
      () => SystemControl$
    ], Tags = [
      1,
      n0,
      _Tag,
      0,
      () => Tag$
    ], TaskDefinitionList = [
      1,
      n0,
      _TDL,
      0,
      [
        () => TaskDefinition$,
        0
      ]
    ], TaskDefinitionPlacementConstraints = [
      1,
      n0,
      _TDPCa,
      0,
      () => TaskDefinitionPlacementConstraint$
    ], Tasks = [
      1,
      n0,
      _Tas,
      0,
      [
        () => Task$,
        0
      ]
    ], TaskSets = [
      1,
      n0,
      _TSa,
      0,
      () => TaskSet$
    ], TaskVolumeConfigurations = [
      1,
      n0,
      _TVCa,
      0,
      () => TaskVolumeConfiguration$
    ], TmpfsList = [
      1,
      n0,
      _TL,
      0,
      () => Tmpfs$
    ], UlimitList = [
      1,
      n0,
      _UL,
      0,
      () => Ulimit$
    ], VolumeFromList = [
      1,
      n0,
      _VFL,
      0,
      () => VolumeFrom$
    ], VolumeList = [
      1,
      n0,
      _VL,
      0,
      () => Volume$
    ], VpcLatticeConfigurations = [
      1,
      n0,
      _VLCp,
      0,
      () => VpcLatticeConfiguration$
    ], DescribeGatewayConfiguration$ = [
      4,
      n0,
      _DGC,
      0,
      [_hSA],
      [() => DescribeGatewayAlbConfiguration$]
    ], GatewayConfiguration$ = [
      4,
      n0,
      _GCat,
      0,
      [_hSA],
      [() => HostSharedAlbConfiguration$]
    ], GatewayConnectionResources$ = [
      4,
      n0,
      _GCR,
      0,
      [_hSA],
      [() => GatewayConnectionAlbResourcesList]
    ], GatewayElbAccessLogDestination$ = [
      4,
      n0,
      _GEALD,
      0,
      [_s_],
      [() => GatewayElbAccessLogS3Destination$]
    ], GatewayInfrastructureResources$ = [
      4,
      n0,
      _GIR,
      0,
      [_hSA],
      [() => ElbGatewayResourcesList]
    ], GatewayRouteResources$ = [
      4,
      n0,
      _GRR,
      0,
      [_hSA],
      [() => GatewayRouteAlbResourcesList]
    ], ServiceConnectContainerConfiguration$ = [
      4,
      n0,
      _SCCCe,
      0,
      [_lL],
      [0]
    ], SharingStrategy$ = [
      4,
      n0,
      _SSh,
      0,
      [_nMv],
      [() => NvidiaMpsAllocation$]
    ], UpdateGatewayConfiguration$ = [
      4,
      n0,
      _UGC,
      0,
      [_hSA],
      [() => UpdateGatewayAlbConfiguration$]
    ], AssociateGatewayWithCluster$ = [
      9,
      n0,
      _AGWC,
      0,
      () => AssociateGatewayWithClusterRequest$,
      () => AssociateGatewayWithClusterResponse$
    ], ContinueServiceDeployment$ = [
      9,
      n0,
      _CSD,
      0,
      () => ContinueServiceDeploymentRequest$,
      () => ContinueServiceDeploymentResponse$
    ], CreateCapacityProvider$ = [
      9,
      n0,
      _CCP,
      2,
      () => CreateCapacityProviderRequest$,
      () => CreateCapacityProviderResponse$
    ], CreateCluster$ = [
      9,
      n0,
      _CCr,
      0,
      () => CreateClusterRequest$,
      () => CreateClusterResponse$
    ], CreateDaemon$ = [
      9,
      n0,
      _CDr,
      0,
      () => CreateDaemonRequest$,
      () => CreateDaemonResponse$
    ], CreateExpressGatewayService$ = [
      9,
      n0,
      _CEGS,
      0,
      () => CreateExpressGatewayServiceRequest$,
      () => CreateExpressGatewayServiceResponse$
    ], CreateGateway$ = [
      9,
      n0,
      _CG,
      0,
      () => CreateGatewayRequest$,
      () => CreateGatewayResponse$
    ], CreateService$ = [
      9,
      n0,
      _CSr,
      0,
      () => CreateServiceRequest$,
      () => CreateServiceResponse$
    ], CreateTaskSet$ = [
      9,
      n0,
      _CTS,
      0,
      () => CreateTaskSetRequest$,
      () => CreateTaskSetResponse$
    ], DeleteAccountSetting$ = [
      9,
      n0,
      _DAS,
      0,
      () => DeleteAccountSettingRequest$,
      () => DeleteAccountSettingResponse$
    ], DeleteAttributes$ = [
      9,
      n0,
      _DAe,
      0,
      () => DeleteAttributesRequest$,
      () => DeleteAttributesResponse$
    ], DeleteCapacityProvider$ = [
      9,
      n0,
      _DCPe,
      2,
      () => DeleteCapacityProviderRequest$,
      () => DeleteCapacityProviderResponse$
    ], DeleteCluster$ = [
      9,
      n0,
      _DCel,
      2,
      () => DeleteClusterRequest$,
      () => DeleteClusterResponse$
    ], DeleteDaemon$ = [
      9,
      n0,
      _DDe,
      2,
      () => DeleteDaemonRequest$,
      () => DeleteDaemonResponse$
    ], DeleteDaemonTaskDefinition$ = [
      9,
      n0,
      _DDTD,
      0,
      () => DeleteDaemonTaskDefinitionRequest$,
      () => DeleteDaemonTaskDefinitionResponse$
    ], DeleteExpressGatewayService$ = [
      9,
      n0,
      _DEGS,
      0,
      () => DeleteExpressGatewayServiceRequest$,
      () => DeleteExpressGatewayServiceResponse$
    ], DeleteGateway$ = [
      9,
      n0,
      _DG,
      0,
      () => DeleteGatewayRequest$,
      () => DeleteGatewayResponse$
    ], DeleteService$ = [
      9,
      n0,
      _DSe,
      2,
      () => DeleteServiceRequest$,
      () => DeleteServiceResponse$
    ], DeleteTaskDefinitions$ = [
      9,
      n0,
      _DTDe,
      0,
      () => DeleteTaskDefinitionsRequest$,
      () => DeleteTaskDefinitionsResponse$
    ], DeleteTaskSet$ = [
      9,
      n0,
      _DTS,
      2,
      () => DeleteTaskSetRequest$,
      () => DeleteTaskSetResponse$
    ], DeregisterContainerInstance$ = [
      9,
      n0,
      _DCIe,
      0,
      () => DeregisterContainerInstanceRequest$,
      () => DeregisterContainerInstanceResponse$
    ], DeregisterTaskDefinition$ = [
      9,
      n0,
      _DTDer,
      0,
      () => DeregisterTaskDefinitionRequest$,
      () => DeregisterTaskDefinitionResponse$
    ], DescribeCapacityProviders$ = [
      9,
      n0,
      _DCPes,
      0,
      () => DescribeCapacityProvidersRequest$,
      () => DescribeCapacityProvidersResponse$
    ], DescribeClusters$ = [
      9,
      n0,
      _DCes,
      0,
      () => DescribeClustersRequest$,
      () => DescribeClustersResponse$
    ], DescribeContainerInstances$ = [
      9,
      n0,
      _DCIes,
      0,
      () => DescribeContainerInstancesRequest$,
      () => DescribeContainerInstancesResponse$
    ], DescribeDaemon$ = [
      9,
      n0,
      _DDes,
      0,
      () => DescribeDaemonRequest$,
      () => DescribeDaemonResponse$
    ], DescribeDaemonDeployments$ = [
      9,
      n0,
      _DDD,
      0,
      () => DescribeDaemonDeploymentsRequest$,
      () => DescribeDaemonDeploymentsResponse$
    ], DescribeDaemonRevisions$ = [
      9,
      n0,
      _DDRescr,
      0,
      () => DescribeDaemonRevisionsRequest$,
      () => DescribeDaemonRevisionsResponse$
    ], DescribeDaemonTaskDefinition$ = [
      9,
      n0,
      _DDTDe,
      0,
      () => DescribeDaemonTaskDefinitionRequest$,
      () => DescribeDaemonTaskDefinitionResponse$
    ], DescribeExpressGatewayService$ = [
      9,
      n0,
      _DEGSe,
      0,
      () => DescribeExpressGatewayServiceRequest$,
      () => DescribeExpressGatewayServiceResponse$
    ], DescribeGateway$ = [
      9,
      n0,
      _DGe,
      0,
      () => DescribeGatewayRequest$,
      () => DescribeGatewayResponse$
    ], DescribeGatewayResources$ = [
      9,
      n0,
      _DGRescr,
      0,
      () => DescribeGatewayResourcesRequest$,
      () => DescribeGatewayResourcesResponse$
    ], DescribeGatewayRoute$ = [
      9,
      n0,
      _DGRescri,
      0,
      () => DescribeGatewayRouteRequest$,
      () => DescribeGatewayRouteResponse$
    ], DescribeServiceDeployments$ = [
      9,
      n0,
      _DSD,
      0,
      () => DescribeServiceDeploymentsRequest$,
      () => DescribeServiceDeploymentsResponse$
    ], DescribeServiceRevisions$ = [
      9,
      n0,
      _DSRescr,
      0,
      () => DescribeServiceRevisionsRequest$,
      () => DescribeServiceRevisionsResponse$
    ], DescribeServices$ = [
      9,
      n0,
      _DSes,
      0,
      () => DescribeServicesRequest$,
      () => DescribeServicesResponse$
    ], DescribeTaskDefinition$ = [
      9,
      n0,
      _DTDes,
      0,
      () => DescribeTaskDefinitionRequest$,
      () => DescribeTaskDefinitionResponse$
    ], DescribeTasks$ = [
      9,
      n0,
      _DT,
      0,
      () => DescribeTasksRequest$,
      () => DescribeTasksResponse$
    ], DescribeTaskSets$ = [
      9,
      n0,
      _DTSe,
      0,
      () => DescribeTaskSetsRequest$,
      () => DescribeTaskSetsResponse$
    ], DisassociateGatewayFromCluster$ = [
      9,
      n0,
      _DGFC,
      0,
      () => DisassociateGatewayFromClusterRequest$,
      () => DisassociateGatewayFromClusterResponse$
    ], DiscoverPollEndpoint$ = [
      9,
      n0,
      _DPE,
      0,
      () => DiscoverPollEndpointRequest$,
      () => DiscoverPollEndpointResponse$
    ], ExecuteCommand$ = [
      9,
      n0,
      _EC,
      0,
      () => ExecuteCommandRequest$,
      () => ExecuteCommandResponse$
    ], GetTaskProtection$ = [
      9,
      n0,
      _GTP,
      0,
      () => GetTaskProtectionRequest$,
      () => GetTaskProtectionResponse$
    ], ListAccountSettings$ = [
      9,
      n0,
      _LAS,
      0,
      () => ListAccountSettingsRequest$,
      () => ListAccountSettingsResponse$
    ], ListAttributes$ = [
      9,
      n0,
      _LA,
      0,
      () => ListAttributesRequest$,
      () => ListAttributesResponse$
    ], ListClusters$ = [
      9,
      n0,
      _LCi,
      0,
      () => ListClustersRequest$,
      () => ListClustersResponse$
    ], ListContainerInstances$ = [
      9,
      n0,
      _LCI,
      0,
      () => ListContainerInstancesRequest$,
      () => ListContainerInstancesResponse$
    ], ListDaemonDeployments$ = [
      9,
      n0,
      _LDD,
      0,
      () => ListDaemonDeploymentsRequest$,
      () => ListDaemonDeploymentsResponse$
    ], ListDaemons$ = [
      9,
      n0,
      _LD,
      0,
      () => ListDaemonsRequest$,
      () => ListDaemonsResponse$
    ], ListDaemonTaskDefinitions$ = [
      9,
      n0,
      _LDTD,
      0,
      () => ListDaemonTaskDefinitionsRequest$,
      () => ListDaemonTaskDefinitionsResponse$
    ], ListGatewayClusterAssociations$ = [
      9,
      n0,
      _LGCA,
      0,
      () => ListGatewayClusterAssociationsRequest$,
      () => ListGatewayClusterAssociationsResponse$
    ], ListGatewayRoutes$ = [
      9,
      n0,
      _LGRis,
      0,
      () => ListGatewayRoutesRequest$,
      () => ListGatewayRoutesResponse$
    ], ListGateways$ = [
      9,
      n0,
      _LG,
      0,
      () => ListGatewaysRequest$,
      () => ListGatewaysResponse$
    ], ListServiceDeployments$ = [
      9,
      n0,
      _LSD,
      0,
      () => ListServiceDeploymentsRequest$,
      () => ListServiceDeploymentsResponse$
    ], ListServices$ = [
      9,
      n0,
      _LS,
      0,
      () => ListServicesRequest$,
      () => ListServicesResponse$
    ], ListServicesByNamespace$ = [
      9,
      n0,
      _LSBN,
      0,
      () => ListServicesByNamespaceRequest$,
      () => ListServicesByNamespaceResponse$
    ], ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ], ListTaskDefinitionFamilies$ = [
      9,
      n0,
      _LTDF,
      0,
      () => ListTaskDefinitionFamiliesRequest$,
      () => ListTaskDefinitionFamiliesResponse$
    ], ListTaskDefinitions$ = [
      9,
      n0,
      _LTD,
      0,
      () => ListTaskDefinitionsRequest$,
      () => ListTaskDefinitionsResponse$
    ], ListTasks$ = [
      9,
      n0,
      _LT,
      0,
      () => ListTasksRequest$,
      () => ListTasksResponse$
    ], PutAccountSetting$ = [
      9,
      n0,
      _PAS,
      0,
      () => PutAccountSettingRequest$,
      () => PutAccountSettingResponse$
    ], PutAccountSettingDefault$ = [
      9,
      n0,
      _PASD,
      0,
      () => PutAccountSettingDefaultRequest$,
      () => PutAccountSettingDefaultResponse$
    ], PutAttributes$ = [
      9,
      n0,
      _PA,
      0,
      () => PutAttributesRequest$,
      () => PutAttributesResponse$
    ], PutClusterCapacityProviders$ = [
      9,
      n0,
      _PCCP,
      0,
      () => PutClusterCapacityProvidersRequest$,
      () => PutClusterCapacityProvidersResponse$
    ], RegisterContainerInstance$ = [
      9,
      n0,
      _RCI,
      0,
      () => RegisterContainerInstanceRequest$,
      () => RegisterContainerInstanceResponse$
    ], RegisterDaemonTaskDefinition$ = [
      9,
      n0,
      _RDTD,
      0,
      () => RegisterDaemonTaskDefinitionRequest$,
      () => RegisterDaemonTaskDefinitionResponse$
    ], RegisterTaskDefinition$ = [
      9,
      n0,
      _RTD,
      0,
      () => RegisterTaskDefinitionRequest$,
      () => RegisterTaskDefinitionResponse$
    ], RunTask$ = [
      9,
      n0,
      _RT,
      0,
      () => RunTaskRequest$,
      () => RunTaskResponse$
    ], StartTask$ = [
      9,
      n0,
      _ST,
      0,
      () => StartTaskRequest$,
      () => StartTaskResponse$
    ], StopServiceDeployment$ = [
      9,
      n0,
      _SSD,
      0,
      () => StopServiceDeploymentRequest$,
      () => StopServiceDeploymentResponse$
    ], StopTask$ = [
      9,
      n0,
      _STt,
      0,
      () => StopTaskRequest$,
      () => StopTaskResponse$
    ], SubmitAttachmentStateChanges$ = [
      9,
      n0,
      _SASC,
      0,
      () => SubmitAttachmentStateChangesRequest$,
      () => SubmitAttachmentStateChangesResponse$
    ], SubmitContainerStateChange$ = [
      9,
      n0,
      _SCSC,
      0,
      () => SubmitContainerStateChangeRequest$,
      () => SubmitContainerStateChangeResponse$
    ], SubmitTaskStateChange$ = [
      9,
      n0,
      _STSC,
      0,
      () => SubmitTaskStateChangeRequest$,
      () => SubmitTaskStateChangeResponse$
    ], TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => TagResourceResponse$
    ], UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => UntagResourceResponse$
    ], UpdateCapacityProvider$ = [
      9,
      n0,
      _UCP,
      0,
      () => UpdateCapacityProviderRequest$,
      () => UpdateCapacityProviderResponse$
    ], UpdateCluster$ = [
      9,
      n0,
      _UC,
      0,
      () => UpdateClusterRequest$,
      () => UpdateClusterResponse$
    ], UpdateClusterSettings$ = [
      9,
      n0,
      _UCS,
      0,
      () => UpdateClusterSettingsRequest$,
      () => UpdateClusterSettingsResponse$
    ], UpdateContainerAgent$ = [
      9,
      n0,
      _UCA,
      0,
      () => UpdateContainerAgentRequest$,
      () => UpdateContainerAgentResponse$
    ], UpdateContainerInstancesState$ = [
      9,
      n0,
      _UCIS,
      0,
      () => UpdateContainerInstancesStateRequest$,
      () => UpdateContainerInstancesStateResponse$
    ], UpdateDaemon$ = [
      9,
      n0,
      _UD,
      0,
      () => UpdateDaemonRequest$,
      () => UpdateDaemonResponse$
    ], UpdateExpressGatewayService$ = [
      9,
      n0,
      _UEGSp,
      0,
      () => UpdateExpressGatewayServiceRequest$,
      () => UpdateExpressGatewayServiceResponse$
    ], UpdateGateway$ = [
      9,
      n0,
      _UG,
      0,
      () => UpdateGatewayRequest$,
      () => UpdateGatewayResponse$
    ], UpdateService$ = [
      9,
      n0,
      _US,
      0,
      () => UpdateServiceRequest$,
      () => UpdateServiceResponse$
    ], UpdateServicePrimaryTaskSet$ = [
      9,
      n0,
      _USPTS,
      0,
      () => UpdateServicePrimaryTaskSetRequest$,
      () => UpdateServicePrimaryTaskSetResponse$
    ], UpdateTaskProtection$ = [
      9,
      n0,
      _UTP,
      0,
      () => UpdateTaskProtectionRequest$,
      () => UpdateTaskProtectionResponse$
    ], UpdateTaskSet$ = [
      9,
      n0,
      _UTS,
      0,
      () => UpdateTaskSetRequest$,
      () => UpdateTaskSetResponse$
    ], getRuntimeConfig$1 = (config) => ({
      apiVersion: "2014-11-13",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultECSHttpAuthSchemeProvider,
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
        defaultNamespace: "com.amazonaws.ecs",
        errorTypeRegistries,
        xmlNamespace: "http://ecs.amazonaws.com/doc/2014-11-13/",
        version: "2014-11-13",
        serviceTarget: "AmazonEC2ContainerServiceV20141113"
      },
      serviceId: config?.serviceId ?? "ECS",
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
    }, ECSClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = resolveHostHeaderConfig(_config_4), _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig(_config_6), _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultECSHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }, command = makeBuilder(commonParams, "AmazonEC2ContainerServiceV20141113", "ECSClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o) => [], AssociateGatewayWithClusterCommand = class extends command(_ep0, _mw0, "AssociateGatewayWithCluster", AssociateGatewayWithCluster$) {
    }, ContinueServiceDeploymentCommand = class extends command(_ep0, _mw0, "ContinueServiceDeployment", ContinueServiceDeployment$) {
    }, CreateCapacityProviderCommand = class extends command(_ep0, _mw0, "CreateCapacityProvider", CreateCapacityProvider$) {
    }, CreateClusterCommand = class extends command(_ep0, _mw0, "CreateCluster", CreateCluster$) {
    }, CreateDaemonCommand = class extends command(_ep0, _mw0, "CreateDaemon", CreateDaemon$) {
    }, CreateExpressGatewayServiceCommand = class extends command(_ep0, _mw0, "CreateExpressGatewayService", CreateExpressGatewayService$) {
    }, CreateGatewayCommand = class extends command(_ep0, _mw0, "CreateGateway", CreateGateway$) {
    }, CreateServiceCommand = class extends command(_ep0, _mw0, "CreateService", CreateService$) {
    }, CreateTaskSetCommand = class extends command(_ep0, _mw0, "CreateTaskSet", CreateTaskSet$) {
    }, DeleteAccountSettingCommand = class extends command(_ep0, _mw0, "DeleteAccountSetting", DeleteAccountSetting$) {
    }, DeleteAttributesCommand = class extends command(_ep0, _mw0, "DeleteAttributes", DeleteAttributes$) {
    }, DeleteCapacityProviderCommand = class extends command(_ep0, _mw0, "DeleteCapacityProvider", DeleteCapacityProvider$) {
    }, DeleteClusterCommand = class extends command(_ep0, _mw0, "DeleteCluster", DeleteCluster$) {
    }, DeleteDaemonCommand = class extends command(_ep0, _mw0, "DeleteDaemon", DeleteDaemon$) {
    }, DeleteDaemonTaskDefinitionCommand = class extends command(_ep0, _mw0, "DeleteDaemonTaskDefinition", DeleteDaemonTaskDefinition$) {
    }, DeleteExpressGatewayServiceCommand = class extends command(_ep0, _mw0, "DeleteExpressGatewayService", DeleteExpressGatewayService$) {
    }, DeleteGatewayCommand = class extends command(_ep0, _mw0, "DeleteGateway", DeleteGateway$) {
    }, DeleteServiceCommand = class extends command(_ep0, _mw0, "DeleteService", DeleteService$) {
    }, DeleteTaskDefinitionsCommand = class extends command(_ep0, _mw0, "DeleteTaskDefinitions", DeleteTaskDefinitions$) {
    }, DeleteTaskSetCommand = class extends command(_ep0, _mw0, "DeleteTaskSet", DeleteTaskSet$) {
    }, DeregisterContainerInstanceCommand = class extends command(_ep0, _mw0, "DeregisterContainerInstance", DeregisterContainerInstance$) {
    }, DeregisterTaskDefinitionCommand2 = class extends command(_ep0, _mw0, "DeregisterTaskDefinition", DeregisterTaskDefinition$) {
    }, DescribeCapacityProvidersCommand = class extends command(_ep0, _mw0, "DescribeCapacityProviders", DescribeCapacityProviders$) {
    }, DescribeClustersCommand = class extends command(_ep0, _mw0, "DescribeClusters", DescribeClusters$) {
    }, DescribeContainerInstancesCommand = class extends command(_ep0, _mw0, "DescribeContainerInstances", DescribeContainerInstances$) {
    }, DescribeDaemonCommand = class extends command(_ep0, _mw0, "DescribeDaemon", DescribeDaemon$) {
    }, DescribeDaemonDeploymentsCommand = class extends command(_ep0, _mw0, "DescribeDaemonDeployments", DescribeDaemonDeployments$) {
    }, DescribeDaemonRevisionsCommand = class extends command(_ep0, _mw0, "DescribeDaemonRevisions", DescribeDaemonRevisions$) {
    }, DescribeDaemonTaskDefinitionCommand = class extends command(_ep0, _mw0, "DescribeDaemonTaskDefinition", DescribeDaemonTaskDefinition$) {
    }, DescribeExpressGatewayServiceCommand = class extends command(_ep0, _mw0, "DescribeExpressGatewayService", DescribeExpressGatewayService$) {
    }, DescribeGatewayCommand = class extends command(_ep0, _mw0, "DescribeGateway", DescribeGateway$) {
    }, DescribeGatewayResourcesCommand = class extends command(_ep0, _mw0, "DescribeGatewayResources", DescribeGatewayResources$) {
    }, DescribeGatewayRouteCommand = class extends command(_ep0, _mw0, "DescribeGatewayRoute", DescribeGatewayRoute$) {
    }, DescribeServiceDeploymentsCommand = class extends command(_ep0, _mw0, "DescribeServiceDeployments", DescribeServiceDeployments$) {
    }, DescribeServiceRevisionsCommand = class extends command(_ep0, _mw0, "DescribeServiceRevisions", DescribeServiceRevisions$) {
    }, DescribeServicesCommand2 = class extends command(_ep0, _mw0, "DescribeServices", DescribeServices$) {
    }, DescribeTaskDefinitionCommand2 = class extends command(_ep0, _mw0, "DescribeTaskDefinition", DescribeTaskDefinition$) {
    }, DescribeTasksCommand2 = class extends command(_ep0, _mw0, "DescribeTasks", DescribeTasks$) {
    }, DescribeTaskSetsCommand = class extends command(_ep0, _mw0, "DescribeTaskSets", DescribeTaskSets$) {
    }, DisassociateGatewayFromClusterCommand = class extends command(_ep0, _mw0, "DisassociateGatewayFromCluster", DisassociateGatewayFromCluster$) {
    }, DiscoverPollEndpointCommand = class extends command(_ep0, _mw0, "DiscoverPollEndpoint", DiscoverPollEndpoint$) {
    }, ExecuteCommandCommand = class extends command(_ep0, _mw0, "ExecuteCommand", ExecuteCommand$) {
    }, GetTaskProtectionCommand = class extends command(_ep0, _mw0, "GetTaskProtection", GetTaskProtection$) {
    }, ListAccountSettingsCommand = class extends command(_ep0, _mw0, "ListAccountSettings", ListAccountSettings$) {
    }, ListAttributesCommand = class extends command(_ep0, _mw0, "ListAttributes", ListAttributes$) {
    }, ListClustersCommand = class extends command(_ep0, _mw0, "ListClusters", ListClusters$) {
    }, ListContainerInstancesCommand = class extends command(_ep0, _mw0, "ListContainerInstances", ListContainerInstances$) {
    }, ListDaemonDeploymentsCommand = class extends command(_ep0, _mw0, "ListDaemonDeployments", ListDaemonDeployments$) {
    }, ListDaemonsCommand = class extends command(_ep0, _mw0, "ListDaemons", ListDaemons$) {
    }, ListDaemonTaskDefinitionsCommand = class extends command(_ep0, _mw0, "ListDaemonTaskDefinitions", ListDaemonTaskDefinitions$) {
    }, ListGatewayClusterAssociationsCommand = class extends command(_ep0, _mw0, "ListGatewayClusterAssociations", ListGatewayClusterAssociations$) {
    }, ListGatewayRoutesCommand = class extends command(_ep0, _mw0, "ListGatewayRoutes", ListGatewayRoutes$) {
    }, ListGatewaysCommand = class extends command(_ep0, _mw0, "ListGateways", ListGateways$) {
    }, ListServiceDeploymentsCommand = class extends command(_ep0, _mw0, "ListServiceDeployments", ListServiceDeployments$) {
    }, ListServicesByNamespaceCommand = class extends command(_ep0, _mw0, "ListServicesByNamespace", ListServicesByNamespace$) {
    }, ListServicesCommand = class extends command(_ep0, _mw0, "ListServices", ListServices$) {
    }, ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    }, ListTaskDefinitionFamiliesCommand = class extends command(_ep0, _mw0, "ListTaskDefinitionFamilies", ListTaskDefinitionFamilies$) {
    }, ListTaskDefinitionsCommand2 = class extends command(_ep0, _mw0, "ListTaskDefinitions", ListTaskDefinitions$) {
    }, ListTasksCommand2 = class extends command(_ep0, _mw0, "ListTasks", ListTasks$) {
    }, PutAccountSettingCommand = class extends command(_ep0, _mw0, "PutAccountSetting", PutAccountSetting$) {
    }, PutAccountSettingDefaultCommand = class extends command(_ep0, _mw0, "PutAccountSettingDefault", PutAccountSettingDefault$) {
    }, PutAttributesCommand = class extends command(_ep0, _mw0, "PutAttributes", PutAttributes$) {
    }, PutClusterCapacityProvidersCommand = class extends command(_ep0, _mw0, "PutClusterCapacityProviders", PutClusterCapacityProviders$) {
    }, RegisterContainerInstanceCommand = class extends command(_ep0, _mw0, "RegisterContainerInstance", RegisterContainerInstance$) {
    }, RegisterDaemonTaskDefinitionCommand = class extends command(_ep0, _mw0, "RegisterDaemonTaskDefinition", RegisterDaemonTaskDefinition$) {
    }, RegisterTaskDefinitionCommand2 = class extends command(_ep0, _mw0, "RegisterTaskDefinition", RegisterTaskDefinition$) {
    }, RunTaskCommand2 = class extends command(_ep0, _mw0, "RunTask", RunTask$) {
    }, StartTaskCommand = class extends command(_ep0, _mw0, "StartTask", StartTask$) {
    }, StopServiceDeploymentCommand = class extends command(_ep0, _mw0, "StopServiceDeployment", StopServiceDeployment$) {
    }, StopTaskCommand2 = class extends command(_ep0, _mw0, "StopTask", StopTask$) {
    }, SubmitAttachmentStateChangesCommand = class extends command(_ep0, _mw0, "SubmitAttachmentStateChanges", SubmitAttachmentStateChanges$) {
    }, SubmitContainerStateChangeCommand = class extends command(_ep0, _mw0, "SubmitContainerStateChange", SubmitContainerStateChange$) {
    }, SubmitTaskStateChangeCommand = class extends command(_ep0, _mw0, "SubmitTaskStateChange", SubmitTaskStateChange$) {
    }, TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    }, UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    }, UpdateCapacityProviderCommand = class extends command(_ep0, _mw0, "UpdateCapacityProvider", UpdateCapacityProvider$) {
    }, UpdateClusterCommand = class extends command(_ep0, _mw0, "UpdateCluster", UpdateCluster$) {
    }, UpdateClusterSettingsCommand = class extends command(_ep0, _mw0, "UpdateClusterSettings", UpdateClusterSettings$) {
    }, UpdateContainerAgentCommand = class extends command(_ep0, _mw0, "UpdateContainerAgent", UpdateContainerAgent$) {
    }, UpdateContainerInstancesStateCommand = class extends command(_ep0, _mw0, "UpdateContainerInstancesState", UpdateContainerInstancesState$) {
    }, UpdateDaemonCommand = class extends command(_ep0, _mw0, "UpdateDaemon", UpdateDaemon$) {
    }, UpdateExpressGatewayServiceCommand = class extends command(_ep0, _mw0, "UpdateExpressGatewayService", UpdateExpressGatewayService$) {
    }, UpdateGatewayCommand = class extends command(_ep0, _mw0, "UpdateGateway", UpdateGateway$) {
    }, UpdateServiceCommand2 = class extends command(_ep0, _mw0, "UpdateService", UpdateService$) {
    }, UpdateServicePrimaryTaskSetCommand = class extends command(_ep0, _mw0, "UpdateServicePrimaryTaskSet", UpdateServicePrimaryTaskSet$) {
    }, UpdateTaskProtectionCommand = class extends command(_ep0, _mw0, "UpdateTaskProtection", UpdateTaskProtection$) {
    }, UpdateTaskSetCommand = class extends command(_ep0, _mw0, "UpdateTaskSet", UpdateTaskSet$) {
    }, paginateListAccountSettings = createPaginator(ECSClient2, ListAccountSettingsCommand, "nextToken", "nextToken", "maxResults"), paginateListAttributes = createPaginator(ECSClient2, ListAttributesCommand, "nextToken", "nextToken", "maxResults"), paginateListClusters = createPaginator(ECSClient2, ListClustersCommand, "nextToken", "nextToken", "maxResults"), paginateListContainerInstances = createPaginator(ECSClient2, ListContainerInstancesCommand, "nextToken", "nextToken", "maxResults"), paginateListGatewayClusterAssociations = createPaginator(ECSClient2, ListGatewayClusterAssociationsCommand, "nextToken", "nextToken", "maxResults"), paginateListGatewayRoutes = createPaginator(ECSClient2, ListGatewayRoutesCommand, "nextToken", "nextToken", "maxResults"), paginateListGateways = createPaginator(ECSClient2, ListGatewaysCommand, "nextToken", "nextToken", "maxResults"), paginateListServicesByNamespace = createPaginator(ECSClient2, ListServicesByNamespaceCommand, "nextToken", "nextToken", "maxResults"), paginateListServices = createPaginator(ECSClient2, ListServicesCommand, "nextToken", "nextToken", "maxResults"), paginateListTaskDefinitionFamilies = createPaginator(ECSClient2, ListTaskDefinitionFamiliesCommand, "nextToken", "nextToken", "maxResults"), paginateListTaskDefinitions = createPaginator(ECSClient2, ListTaskDefinitionsCommand2, "nextToken", "nextToken", "maxResults"), paginateListTasks = createPaginator(ECSClient2, ListTasksCommand2, "nextToken", "nextToken", "maxResults"), checkState$8 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDaemonCommand(input));
        reason = result;
        try {
          if (result.daemon.status === "ACTIVE")
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          if (result.daemon.status === "DELETE_IN_PROGRESS")
            return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDaemonActive = async (params, input) => createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$8), waitUntilDaemonActive = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$8);
      return checkExceptions(result);
    }, checkState$7 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDaemonDeploymentsCommand(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.daemonDeployments).map((element_2) => element_2.status), allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator())
            allStringEq_5 = allStringEq_5 && element_4 == "STOPPED";
          if (allStringEq_5)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.failures).map((element_2) => element_2.reason);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "MISSING")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDaemonDeploymentStopped = async (params, input) => createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$7), waitUntilDaemonDeploymentStopped = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$7);
      return checkExceptions(result);
    }, checkState$6 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDaemonDeploymentsCommand(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.daemonDeployments).map((element_2) => element_2.status), allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator())
            allStringEq_5 = allStringEq_5 && element_4 == "SUCCESSFUL";
          if (allStringEq_5)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.daemonDeployments).map((element_2) => element_2.status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "STOPPED")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.daemonDeployments).map((element_2) => element_2.status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "ROLLBACK_FAILED")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.daemonDeployments).map((element_2) => element_2.status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "ROLLBACK_SUCCESSFUL")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.failures).map((element_2) => element_2.reason);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "MISSING")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDaemonDeploymentSuccessful = async (params, input) => createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$6), waitUntilDaemonDeploymentSuccessful = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$6);
      return checkExceptions(result);
    }, checkState$5 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDaemonTaskDefinitionCommand(input));
        reason = result;
        try {
          if (result.daemonTaskDefinition.status === "ACTIVE")
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          if (result.daemonTaskDefinition.status === "DELETE_IN_PROGRESS")
            return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          if (result.daemonTaskDefinition.status === "DELETED")
            return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDaemonTaskDefinitionActive = async (params, input) => createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$5), waitUntilDaemonTaskDefinitionActive = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$5);
      return checkExceptions(result);
    }, checkState$4 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDaemonTaskDefinitionCommand(input));
        reason = result;
        try {
          if (result.daemonTaskDefinition.status === "DELETED")
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDaemonTaskDefinitionDeleted = async (params, input) => createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$4), waitUntilDaemonTaskDefinitionDeleted = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 15, maxDelay: 120 }, ...params }, input, checkState$4);
      return checkExceptions(result);
    }, checkState$3 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeServicesCommand2(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.failures).map((element_2) => element_2.reason);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "MISSING")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.services).map((element_2) => element_2.status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "INACTIVE")
              return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForServicesInactive = async (params, input) => createWaiter({ ...{ minDelay: 15, maxDelay: 600 }, ...params }, input, checkState$3), waitUntilServicesInactive = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 15, maxDelay: 600 }, ...params }, input, checkState$3);
      return checkExceptions(result);
    }, checkState$2 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeServicesCommand2(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.failures).map((element_2) => element_2.reason);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "MISSING")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.services).map((element_2) => element_2.status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "DRAINING")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.services).map((element_2) => element_2.status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "INACTIVE")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          if (result.services.filter((element_1) => !(element_1.deployments.length == 1 && element_1.runningCount == element_1.desiredCount)).length == 0 == !0)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForServicesStable = async (params, input) => createWaiter({ ...{ minDelay: 15, maxDelay: 600 }, ...params }, input, checkState$2), waitUntilServicesStable = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 15, maxDelay: 600 }, ...params }, input, checkState$2);
      return checkExceptions(result);
    }, checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeTasksCommand2(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.tasks).map((element_2) => element_2.lastStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "STOPPED")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.failures).map((element_2) => element_2.reason);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "MISSING")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.tasks).map((element_2) => element_2.lastStatus), allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator())
            allStringEq_5 = allStringEq_5 && element_4 == "RUNNING";
          if (allStringEq_5)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForTasksRunning = async (params, input) => createWaiter({ ...{ minDelay: 6, maxDelay: 600 }, ...params }, input, checkState$1), waitUntilTasksRunning = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 6, maxDelay: 600 }, ...params }, input, checkState$1);
      return checkExceptions(result);
    }, checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeTasksCommand2(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.tasks).map((element_2) => element_2.lastStatus), allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator())
            allStringEq_5 = allStringEq_5 && element_4 == "STOPPED";
          if (allStringEq_5)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForTasksStopped = async (params, input) => createWaiter({ ...{ minDelay: 6, maxDelay: 600 }, ...params }, input, checkState), waitUntilTasksStopped = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 6, maxDelay: 600 }, ...params }, input, checkState);
      return checkExceptions(result);
    }, commands = {
      AssociateGatewayWithClusterCommand,
      ContinueServiceDeploymentCommand,
      CreateCapacityProviderCommand,
      CreateClusterCommand,
      CreateDaemonCommand,
      CreateExpressGatewayServiceCommand,
      CreateGatewayCommand,
      CreateServiceCommand,
      CreateTaskSetCommand,
      DeleteAccountSettingCommand,
      DeleteAttributesCommand,
      DeleteCapacityProviderCommand,
      DeleteClusterCommand,
      DeleteDaemonCommand,
      DeleteDaemonTaskDefinitionCommand,
      DeleteExpressGatewayServiceCommand,
      DeleteGatewayCommand,
      DeleteServiceCommand,
      DeleteTaskDefinitionsCommand,
      DeleteTaskSetCommand,
      DeregisterContainerInstanceCommand,
      DeregisterTaskDefinitionCommand: DeregisterTaskDefinitionCommand2,
      DescribeCapacityProvidersCommand,
      DescribeClustersCommand,
      DescribeContainerInstancesCommand,
      DescribeDaemonCommand,
      DescribeDaemonDeploymentsCommand,
      DescribeDaemonRevisionsCommand,
      DescribeDaemonTaskDefinitionCommand,
      DescribeExpressGatewayServiceCommand,
      DescribeGatewayCommand,
      DescribeGatewayResourcesCommand,
      DescribeGatewayRouteCommand,
      DescribeServiceDeploymentsCommand,
      DescribeServiceRevisionsCommand,
      DescribeServicesCommand: DescribeServicesCommand2,
      DescribeTaskDefinitionCommand: DescribeTaskDefinitionCommand2,
      DescribeTasksCommand: DescribeTasksCommand2,
      DescribeTaskSetsCommand,
      DisassociateGatewayFromClusterCommand,
      DiscoverPollEndpointCommand,
      ExecuteCommandCommand,
      GetTaskProtectionCommand,
      ListAccountSettingsCommand,
      ListAttributesCommand,
      ListClustersCommand,
      ListContainerInstancesCommand,
      ListDaemonDeploymentsCommand,
      ListDaemonsCommand,
      ListDaemonTaskDefinitionsCommand,
      ListGatewayClusterAssociationsCommand,
      ListGatewayRoutesCommand,
      ListGatewaysCommand,
      ListServiceDeploymentsCommand,
      ListServicesCommand,
      ListServicesByNamespaceCommand,
      ListTagsForResourceCommand,
      ListTaskDefinitionFamiliesCommand,
      ListTaskDefinitionsCommand: ListTaskDefinitionsCommand2,
      ListTasksCommand: ListTasksCommand2,
      PutAccountSettingCommand,
      PutAccountSettingDefaultCommand,
      PutAttributesCommand,
      PutClusterCapacityProvidersCommand,
      RegisterContainerInstanceCommand,
      RegisterDaemonTaskDefinitionCommand,
      RegisterTaskDefinitionCommand: RegisterTaskDefinitionCommand2,
      RunTaskCommand: RunTaskCommand2,
      StartTaskCommand,
      StopServiceDeploymentCommand,
      StopTaskCommand: StopTaskCommand2,
      SubmitAttachmentStateChangesCommand,
      SubmitContainerStateChangeCommand,
      SubmitTaskStateChangeCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateCapacityProviderCommand,
      UpdateClusterCommand,
      UpdateClusterSettingsCommand,
      UpdateContainerAgentCommand,
      UpdateContainerInstancesStateCommand,
      UpdateDaemonCommand,
      UpdateExpressGatewayServiceCommand,
      UpdateGatewayCommand,
      UpdateServiceCommand: UpdateServiceCommand2,
      UpdateServicePrimaryTaskSetCommand,
      UpdateTaskProtectionCommand,
      UpdateTaskSetCommand
    }, paginators = {
      paginateListAccountSettings,
      paginateListAttributes,
      paginateListClusters,
      paginateListContainerInstances,
      paginateListGatewayClusterAssociations,
      paginateListGatewayRoutes,
      paginateListGateways,
      paginateListServices,
      paginateListServicesByNamespace,
      paginateListTaskDefinitionFamilies,
      paginateListTaskDefinitions,
      paginateListTasks
    }, waiters = {
      waitUntilDaemonActive,
      waitUntilDaemonDeploymentSuccessful,
      waitUntilDaemonDeploymentStopped,
      waitUntilDaemonTaskDefinitionActive,
      waitUntilDaemonTaskDefinitionDeleted,
      waitUntilServicesInactive,
      waitUntilServicesStable,
      waitUntilTasksRunning,
      waitUntilTasksStopped
    }, ECS = class extends ECSClient2 {
    };
    createAggregatedClient(commands, ECS, { paginators, waiters });
    var AcceleratorManufacturer = {
      AMAZON_WEB_SERVICES: "amazon-web-services",
      AMD: "amd",
      HABANA: "habana",
      NVIDIA: "nvidia",
      XILINX: "xilinx"
    }, AcceleratorName = {
      A100: "a100",
      A10G: "a10g",
      H100: "h100",
      INFERENTIA: "inferentia",
      K520: "k520",
      K80: "k80",
      M60: "m60",
      RADEON_PRO_V520: "radeon-pro-v520",
      T4: "t4",
      T4G: "t4g",
      V100: "v100",
      VU9P: "vu9p"
    }, AcceleratorType = {
      FPGA: "fpga",
      GPU: "gpu",
      INFERENCE: "inference"
    }, AccessType = {
      PRIVATE: "PRIVATE",
      PUBLIC: "PUBLIC"
    }, AgentUpdateStatus = {
      FAILED: "FAILED",
      PENDING: "PENDING",
      STAGED: "STAGED",
      STAGING: "STAGING",
      UPDATED: "UPDATED",
      UPDATING: "UPDATING"
    }, ManagedDraining = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, ManagedScalingStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, ManagedTerminationProtection = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, AutoRepairActionsStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, CapacityOptionType = {
      ON_DEMAND: "ON_DEMAND",
      RESERVED: "RESERVED",
      SPOT: "SPOT"
    }, CapacityReservationPreference = {
      RESERVATIONS_EXCLUDED: "RESERVATIONS_EXCLUDED",
      RESERVATIONS_FIRST: "RESERVATIONS_FIRST",
      RESERVATIONS_ONLY: "RESERVATIONS_ONLY"
    }, BareMetal = {
      EXCLUDED: "excluded",
      INCLUDED: "included",
      REQUIRED: "required"
    }, BurstablePerformance = {
      EXCLUDED: "excluded",
      INCLUDED: "included",
      REQUIRED: "required"
    }, CpuManufacturer = {
      AMAZON_WEB_SERVICES: "amazon-web-services",
      AMD: "amd",
      INTEL: "intel"
    }, InstanceGeneration = {
      CURRENT: "current",
      PREVIOUS: "previous"
    }, LocalStorage = {
      EXCLUDED: "excluded",
      INCLUDED: "included",
      REQUIRED: "required"
    }, LocalStorageType = {
      HDD: "hdd",
      SSD: "ssd"
    }, ManagedInstancesMonitoringOptions = {
      BASIC: "BASIC",
      DETAILED: "DETAILED"
    }, PropagateMITags = {
      CAPACITY_PROVIDER: "CAPACITY_PROVIDER",
      NONE: "NONE"
    }, CapacityProviderStatus = {
      ACTIVE: "ACTIVE",
      DEPROVISIONING: "DEPROVISIONING",
      INACTIVE: "INACTIVE",
      PROVISIONING: "PROVISIONING"
    }, CapacityProviderType = {
      EC2_AUTOSCALING: "EC2_AUTOSCALING",
      FARGATE: "FARGATE",
      FARGATE_SPOT: "FARGATE_SPOT",
      MANAGED_INSTANCES: "MANAGED_INSTANCES"
    }, CapacityProviderUpdateStatus = {
      CREATE_COMPLETE: "CREATE_COMPLETE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      DELETE_COMPLETE: "DELETE_COMPLETE",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      UPDATE_COMPLETE: "UPDATE_COMPLETE",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS"
    }, CapacityProviderField = {
      TAGS: "TAGS"
    }, ExecuteCommandLogging = {
      DEFAULT: "DEFAULT",
      NONE: "NONE",
      OVERRIDE: "OVERRIDE"
    }, ClusterSettingName = {
      CONTAINER_INSIGHTS: "containerInsights"
    }, TargetType = {
      CONTAINER_INSTANCE: "container-instance"
    }, GpuSharingMode = {
      DEDICATED: "DEDICATED",
      IDLE: "IDLE",
      NVIDIA_MPS: "NVIDIA_MPS"
    }, InstanceHealthCheckState = {
      IMPAIRED: "IMPAIRED",
      INITIALIZING: "INITIALIZING",
      INSUFFICIENT_DATA: "INSUFFICIENT_DATA",
      OK: "OK"
    }, InstanceHealthCheckType = {
      ACCELERATED_COMPUTE: "ACCELERATED_COMPUTE",
      AGENT_CONNECTIVITY: "AGENT_CONNECTIVITY",
      CONTAINER_RUNTIME: "CONTAINER_RUNTIME",
      DAEMON: "DAEMON"
    }, ClusterField = {
      ATTACHMENTS: "ATTACHMENTS",
      CONFIGURATIONS: "CONFIGURATIONS",
      SETTINGS: "SETTINGS",
      STATISTICS: "STATISTICS",
      TAGS: "TAGS"
    }, ContainerInstanceStatus = {
      ACTIVE: "ACTIVE",
      DEREGISTERING: "DEREGISTERING",
      DRAINING: "DRAINING",
      REGISTERING: "REGISTERING",
      REGISTRATION_FAILED: "REGISTRATION_FAILED"
    }, TransportProtocol = {
      TCP: "tcp",
      UDP: "udp"
    }, ManagedAgentName = {
      ExecuteCommandAgent: "ExecuteCommandAgent"
    }, ContainerInstanceField = {
      CONTAINER_INSTANCE_HEALTH: "CONTAINER_INSTANCE_HEALTH",
      TAGS: "TAGS"
    }, DesiredStatus = {
      PENDING: "PENDING",
      RUNNING: "RUNNING",
      STOPPED: "STOPPED"
    }, LaunchType = {
      EC2: "EC2",
      EXTERNAL: "EXTERNAL",
      FARGATE: "FARGATE",
      MANAGED_INSTANCES: "MANAGED_INSTANCES"
    }, PlatformDeviceType = {
      GPU: "GPU",
      NEURON_DEVICE: "NEURON_DEVICE"
    }, DeploymentLifecycleHookAction = {
      CONTINUE: "CONTINUE",
      ROLLBACK: "ROLLBACK"
    }, DaemonDeploymentRollbackMonitorsStatus = {
      DISABLED: "DISABLED",
      MONITORING: "MONITORING",
      MONITORING_COMPLETE: "MONITORING_COMPLETE",
      TRIGGERED: "TRIGGERED"
    }, DaemonDeploymentStatus = {
      IN_PROGRESS: "IN_PROGRESS",
      PENDING: "PENDING",
      ROLLBACK_FAILED: "ROLLBACK_FAILED",
      ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
      ROLLBACK_SUCCESSFUL: "ROLLBACK_SUCCESSFUL",
      STOPPED: "STOPPED",
      STOP_REQUESTED: "STOP_REQUESTED",
      SUCCESSFUL: "SUCCESSFUL"
    }, DaemonPropagateTags = {
      DAEMON: "DAEMON",
      NONE: "NONE"
    }, DaemonStatus = {
      ACTIVE: "ACTIVE",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS"
    }, ContainerCondition = {
      COMPLETE: "COMPLETE",
      HEALTHY: "HEALTHY",
      START: "START",
      SUCCESS: "SUCCESS"
    }, EnvironmentFileType = {
      S3: "s3"
    }, FirelensConfigurationType = {
      FLUENTBIT: "fluentbit",
      FLUENTD: "fluentd"
    }, DeviceCgroupPermission = {
      MKNOD: "mknod",
      READ: "read",
      WRITE: "write"
    }, LogDriver = {
      AWSFIRELENS: "awsfirelens",
      AWSLOGS: "awslogs",
      FLUENTD: "fluentd",
      GELF: "gelf",
      JOURNALD: "journald",
      JSON_FILE: "json-file",
      SPLUNK: "splunk",
      SYSLOG: "syslog"
    }, UlimitName = {
      CORE: "core",
      CPU: "cpu",
      DATA: "data",
      FSIZE: "fsize",
      LOCKS: "locks",
      MEMLOCK: "memlock",
      MSGQUEUE: "msgqueue",
      NICE: "nice",
      NOFILE: "nofile",
      NPROC: "nproc",
      RSS: "rss",
      RTPRIO: "rtprio",
      RTTIME: "rttime",
      SIGPENDING: "sigpending",
      STACK: "stack"
    }, DaemonIpcMode = {
      NONE: "none",
      SHARED: "shared"
    }, DaemonPidMode = {
      NONE: "none",
      SHARED: "shared"
    }, DaemonTaskDefinitionStatus = {
      ACTIVE: "ACTIVE",
      DELETED: "DELETED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS"
    }, DaemonTaskDefinitionRevisionFilter = {
      LAST_REGISTERED: "LAST_REGISTERED"
    }, SortOrder = {
      ASC: "ASC",
      DESC: "DESC"
    }, DaemonTaskDefinitionStatusFilter = {
      ACTIVE: "ACTIVE",
      ALL: "ALL",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS"
    }, SettingName = {
      AWSVPC_TRUNKING: "awsvpcTrunking",
      CONTAINER_INSIGHTS: "containerInsights",
      CONTAINER_INSTANCE_LONG_ARN_FORMAT: "containerInstanceLongArnFormat",
      DEFAULT_LOG_DRIVER_MODE: "defaultLogDriverMode",
      FARGATE_EVENT_WINDOWS: "fargateEventWindows",
      FARGATE_FIPS_MODE: "fargateFIPSMode",
      FARGATE_TASK_RETIREMENT_WAIT_PERIOD: "fargateTaskRetirementWaitPeriod",
      GUARD_DUTY_ACTIVATE: "guardDutyActivate",
      SERVICE_LONG_ARN_FORMAT: "serviceLongArnFormat",
      TAG_RESOURCE_AUTHORIZATION: "tagResourceAuthorization",
      TASK_LONG_ARN_FORMAT: "taskLongArnFormat"
    }, SettingType = {
      AWS_MANAGED: "aws_managed",
      USER: "user"
    }, Compatibility = {
      EC2: "EC2",
      EXTERNAL: "EXTERNAL",
      FARGATE: "FARGATE",
      MANAGED_INSTANCES: "MANAGED_INSTANCES"
    }, ApplicationProtocol = {
      GRPC: "grpc",
      HTTP: "http",
      HTTP2: "http2"
    }, ResourceType = {
      GPU: "GPU",
      INFERENCE_ACCELERATOR: "InferenceAccelerator",
      NEURON_DEVICE: "NeuronDevice"
    }, VersionConsistency = {
      DISABLED: "disabled",
      ENABLED: "enabled"
    }, IpcMode = {
      HOST: "host",
      NONE: "none",
      TASK: "task"
    }, NetworkMode = {
      AWSVPC: "awsvpc",
      BRIDGE: "bridge",
      HOST: "host",
      NONE: "none"
    }, PidMode = {
      HOST: "host",
      TASK: "task"
    }, TaskDefinitionPlacementConstraintType = {
      MEMBER_OF: "memberOf"
    }, ProxyConfigurationType = {
      APPMESH: "APPMESH"
    }, CPUArchitecture = {
      ARM64: "ARM64",
      X86_64: "X86_64"
    }, OSFamily = {
      LINUX: "LINUX",
      WINDOWS_SERVER_2004_CORE: "WINDOWS_SERVER_2004_CORE",
      WINDOWS_SERVER_2016_FULL: "WINDOWS_SERVER_2016_FULL",
      WINDOWS_SERVER_2019_CORE: "WINDOWS_SERVER_2019_CORE",
      WINDOWS_SERVER_2019_FULL: "WINDOWS_SERVER_2019_FULL",
      WINDOWS_SERVER_2022_CORE: "WINDOWS_SERVER_2022_CORE",
      WINDOWS_SERVER_2022_FULL: "WINDOWS_SERVER_2022_FULL",
      WINDOWS_SERVER_2025_CORE: "WINDOWS_SERVER_2025_CORE",
      WINDOWS_SERVER_2025_FULL: "WINDOWS_SERVER_2025_FULL",
      WINDOWS_SERVER_20H2_CORE: "WINDOWS_SERVER_20H2_CORE"
    }, TaskDefinitionStatus = {
      ACTIVE: "ACTIVE",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      INACTIVE: "INACTIVE"
    }, Scope = {
      SHARED: "shared",
      TASK: "task"
    }, EFSAuthorizationConfigIAM = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, EFSTransitEncryption = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, TaskDefinitionField = {
      TAGS: "TAGS"
    }, GatewayClusterAssociationStatus = {
      ACTIVE: "ACTIVE",
      DISASSOCIATING: "DISASSOCIATING",
      INACTIVE: "INACTIVE"
    }, GatewayAlbDesyncMitigationMode = {
      DEFENSIVE: "defensive",
      MONITOR: "monitor",
      STRICTEST: "strictest"
    }, GatewayElbIpAddressType = {
      DUALSTACK: "dualstack",
      DUALSTACK_WITHOUT_PUBLIC_IPV4: "dualstack-without-public-ipv4",
      IPV4: "ipv4"
    }, GatewayAlbProtocol = {
      HTTP: "HTTP",
      HTTPS: "HTTPS"
    }, GatewayElbScheme = {
      INTERNAL: "internal",
      INTERNET_FACING: "internet-facing"
    }, PropagateGatewayTags = {
      GATEWAY: "GATEWAY",
      NONE: "NONE"
    }, GatewayStatus = {
      ACTIVE: "ACTIVE",
      DELETED: "DELETED",
      UPDATE_COMPLETE: "UPDATE_COMPLETE",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS"
    }, GatewayRouteStatus = {
      ACTIVE: "ACTIVE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS"
    }, TaskDefinitionFamilyStatus = {
      ACTIVE: "ACTIVE",
      ALL: "ALL",
      INACTIVE: "INACTIVE"
    }, ServiceDeploymentRollbackMonitorsStatus = {
      DISABLED: "DISABLED",
      MONITORING: "MONITORING",
      MONITORING_COMPLETE: "MONITORING_COMPLETE",
      TRIGGERED: "TRIGGERED"
    }, ThresholdType = {
      BOUNDED_PERCENT: "BOUNDED_PERCENT",
      COUNT: "COUNT",
      UNBOUNDED_PERCENT: "UNBOUNDED_PERCENT"
    }, ServiceRevisionCleanup = {
      BLOCKING: "BLOCKING",
      DEFERRED: "DEFERRED"
    }, DeploymentLifecycleHookStage = {
      POST_PRODUCTION_TRAFFIC_SHIFT: "POST_PRODUCTION_TRAFFIC_SHIFT",
      POST_SCALE_UP: "POST_SCALE_UP",
      POST_TEST_TRAFFIC_SHIFT: "POST_TEST_TRAFFIC_SHIFT",
      PRE_PRODUCTION_TRAFFIC_SHIFT: "PRE_PRODUCTION_TRAFFIC_SHIFT",
      PRE_SCALE_UP: "PRE_SCALE_UP",
      PRODUCTION_TRAFFIC_SHIFT: "PRODUCTION_TRAFFIC_SHIFT",
      RECONCILE_SERVICE: "RECONCILE_SERVICE",
      TEST_TRAFFIC_SHIFT: "TEST_TRAFFIC_SHIFT"
    }, DeploymentLifecycleHookTargetType = {
      AWS_LAMBDA: "AWS_LAMBDA",
      PAUSE: "PAUSE"
    }, DeploymentStrategy = {
      BLUE_GREEN: "BLUE_GREEN",
      CANARY: "CANARY",
      LINEAR: "LINEAR",
      ROLLING: "ROLLING"
    }, DeploymentLifecycleHookStatus = {
      AWAITING_ACTION: "AWAITING_ACTION",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED",
      TIMED_OUT: "TIMED_OUT"
    }, ServiceDeploymentLifecycleStage = {
      BAKE_TIME: "BAKE_TIME",
      CLEAN_UP: "CLEAN_UP",
      POST_PRODUCTION_TRAFFIC_SHIFT: "POST_PRODUCTION_TRAFFIC_SHIFT",
      POST_SCALE_UP: "POST_SCALE_UP",
      POST_TEST_TRAFFIC_SHIFT: "POST_TEST_TRAFFIC_SHIFT",
      PRE_SCALE_UP: "PRE_SCALE_UP",
      PRODUCTION_TRAFFIC_SHIFT: "PRODUCTION_TRAFFIC_SHIFT",
      RECONCILE_SERVICE: "RECONCILE_SERVICE",
      SCALE_UP: "SCALE_UP",
      TEST_TRAFFIC_SHIFT: "TEST_TRAFFIC_SHIFT"
    }, ServiceDeploymentStatus = {
      IN_PROGRESS: "IN_PROGRESS",
      PENDING: "PENDING",
      ROLLBACK_FAILED: "ROLLBACK_FAILED",
      ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
      ROLLBACK_REQUESTED: "ROLLBACK_REQUESTED",
      ROLLBACK_SUCCESSFUL: "ROLLBACK_SUCCESSFUL",
      STOPPED: "STOPPED",
      STOP_REQUESTED: "STOP_REQUESTED",
      SUCCESSFUL: "SUCCESSFUL"
    }, ExpressCpuArchitecture = {
      ARM64: "ARM64",
      X86_64: "X86_64"
    }, ExpressGatewayServiceScalingMetric = {
      AverageCPUUtilization: "AVERAGE_CPU",
      AverageMemoryUtilization: "AVERAGE_MEMORY",
      RequestCountPerTarget: "REQUEST_COUNT_PER_TARGET"
    }, ExpressGatewayServiceStatusCode = {
      ACTIVE: "ACTIVE",
      DRAINING: "DRAINING",
      INACTIVE: "INACTIVE"
    }, AvailabilityZoneRebalancing = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, DeploymentControllerType = {
      CODE_DEPLOY: "CODE_DEPLOY",
      ECS: "ECS",
      EXTERNAL: "EXTERNAL"
    }, GatewayConnectorHealthCheckProtocol = {
      HTTP: "HTTP",
      HTTPS: "HTTPS"
    }, AssignPublicIp = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, PlacementConstraintType = {
      DISTINCT_INSTANCE: "distinctInstance",
      MEMBER_OF: "memberOf"
    }, PlacementStrategyType = {
      BINPACK: "binpack",
      RANDOM: "random",
      SPREAD: "spread"
    }, PropagateTags = {
      NONE: "NONE",
      SERVICE: "SERVICE",
      TASK_DEFINITION: "TASK_DEFINITION"
    }, SchedulingStrategy = {
      DAEMON: "DAEMON",
      REPLICA: "REPLICA"
    }, ServiceConnectAccessLoggingFormat = {
      JSON: "JSON",
      TEXT: "TEXT"
    }, ServiceConnectIncludeQueryParameters = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    }, ServiceConnectContainerLogLevel = {
      DEBUG: "debug",
      INFO: "info"
    }, TaskFilesystemType = {
      EXT3: "ext3",
      EXT4: "ext4",
      NTFS: "ntfs",
      XFS: "xfs"
    }, EBSResourceType = {
      VOLUME: "volume"
    }, DeploymentRolloutState = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    }, ResourceManagementType = {
      CUSTOMER: "CUSTOMER",
      ECS: "ECS"
    }, ScaleUnit = {
      PERCENT: "PERCENT"
    }, StabilityStatus = {
      STABILIZING: "STABILIZING",
      STEADY_STATE: "STEADY_STATE"
    }, ExpressGatewayServiceInclude = {
      TAGS: "TAGS"
    }, ServiceField = {
      TAGS: "TAGS"
    }, StopServiceDeploymentStopType = {
      ABORT: "ABORT",
      ROLLBACK: "ROLLBACK"
    }, ManagedResourceStatus = {
      ACTIVE: "ACTIVE",
      DELETED: "DELETED",
      DEPROVISIONING: "DEPROVISIONING",
      FAILED: "FAILED",
      PROVISIONING: "PROVISIONING"
    }, TaskField = {
      TAGS: "TAGS"
    }, Connectivity = {
      CONNECTED: "CONNECTED",
      DISCONNECTED: "DISCONNECTED"
    }, HealthStatus = {
      HEALTHY: "HEALTHY",
      UNHEALTHY: "UNHEALTHY",
      UNKNOWN: "UNKNOWN"
    }, TaskStopCode = {
      ESSENTIAL_CONTAINER_EXITED: "EssentialContainerExited",
      INFRASTRUCTURE_HEALTH: "InfrastructureHealth",
      SERVICE_SCHEDULER_INITIATED: "ServiceSchedulerInitiated",
      SPOT_INTERRUPTION: "SpotInterruption",
      TASK_FAILED_TO_START: "TaskFailedToStart",
      TERMINATION_NOTICE: "TerminationNotice",
      USER_INITIATED: "UserInitiated"
    }, TaskSetField = {
      TAGS: "TAGS"
    };
    exports.AcceleratorCountRequest$ = AcceleratorCountRequest$;
    exports.AcceleratorManufacturer = AcceleratorManufacturer;
    exports.AcceleratorName = AcceleratorName;
    exports.AcceleratorTotalMemoryMiBRequest$ = AcceleratorTotalMemoryMiBRequest$;
    exports.AcceleratorType = AcceleratorType;
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccessType = AccessType;
    exports.AdvancedConfiguration$ = AdvancedConfiguration$;
    exports.AgentUpdateStatus = AgentUpdateStatus;
    exports.ApplicationProtocol = ApplicationProtocol;
    exports.AssignPublicIp = AssignPublicIp;
    exports.AssociateGatewayWithCluster$ = AssociateGatewayWithCluster$;
    exports.AssociateGatewayWithClusterCommand = AssociateGatewayWithClusterCommand;
    exports.AssociateGatewayWithClusterRequest$ = AssociateGatewayWithClusterRequest$;
    exports.AssociateGatewayWithClusterResponse$ = AssociateGatewayWithClusterResponse$;
    exports.Attachment$ = Attachment$;
    exports.AttachmentStateChange$ = AttachmentStateChange$;
    exports.Attribute$ = Attribute$;
    exports.AttributeLimitExceededException = AttributeLimitExceededException;
    exports.AttributeLimitExceededException$ = AttributeLimitExceededException$;
    exports.AutoRepairActionsStatus = AutoRepairActionsStatus;
    exports.AutoRepairConfiguration$ = AutoRepairConfiguration$;
    exports.AutoScalingGroupProvider$ = AutoScalingGroupProvider$;
    exports.AutoScalingGroupProviderUpdate$ = AutoScalingGroupProviderUpdate$;
    exports.AvailabilityZoneRebalancing = AvailabilityZoneRebalancing;
    exports.AwsVpcConfiguration$ = AwsVpcConfiguration$;
    exports.BareMetal = BareMetal;
    exports.BaselineEbsBandwidthMbpsRequest$ = BaselineEbsBandwidthMbpsRequest$;
    exports.BlockedException = BlockedException;
    exports.BlockedException$ = BlockedException$;
    exports.BurstablePerformance = BurstablePerformance;
    exports.CPUArchitecture = CPUArchitecture;
    exports.CanaryConfiguration$ = CanaryConfiguration$;
    exports.CapacityOptionType = CapacityOptionType;
    exports.CapacityProvider$ = CapacityProvider$;
    exports.CapacityProviderField = CapacityProviderField;
    exports.CapacityProviderStatus = CapacityProviderStatus;
    exports.CapacityProviderStrategyItem$ = CapacityProviderStrategyItem$;
    exports.CapacityProviderType = CapacityProviderType;
    exports.CapacityProviderUpdateStatus = CapacityProviderUpdateStatus;
    exports.CapacityReservationPreference = CapacityReservationPreference;
    exports.CapacityReservationRequest$ = CapacityReservationRequest$;
    exports.ClientException = ClientException;
    exports.ClientException$ = ClientException$;
    exports.Cluster$ = Cluster$;
    exports.ClusterConfiguration$ = ClusterConfiguration$;
    exports.ClusterContainsCapacityProviderException = ClusterContainsCapacityProviderException;
    exports.ClusterContainsCapacityProviderException$ = ClusterContainsCapacityProviderException$;
    exports.ClusterContainsContainerInstancesException = ClusterContainsContainerInstancesException;
    exports.ClusterContainsContainerInstancesException$ = ClusterContainsContainerInstancesException$;
    exports.ClusterContainsServicesException = ClusterContainsServicesException;
    exports.ClusterContainsServicesException$ = ClusterContainsServicesException$;
    exports.ClusterContainsTasksException = ClusterContainsTasksException;
    exports.ClusterContainsTasksException$ = ClusterContainsTasksException$;
    exports.ClusterField = ClusterField;
    exports.ClusterNotFoundException = ClusterNotFoundException;
    exports.ClusterNotFoundException$ = ClusterNotFoundException$;
    exports.ClusterServiceConnectDefaults$ = ClusterServiceConnectDefaults$;
    exports.ClusterServiceConnectDefaultsRequest$ = ClusterServiceConnectDefaultsRequest$;
    exports.ClusterSetting$ = ClusterSetting$;
    exports.ClusterSettingName = ClusterSettingName;
    exports.Compatibility = Compatibility;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.Connectivity = Connectivity;
    exports.Container$ = Container$;
    exports.ContainerCondition = ContainerCondition;
    exports.ContainerDefinition$ = ContainerDefinition$;
    exports.ContainerDependency$ = ContainerDependency$;
    exports.ContainerImage$ = ContainerImage$;
    exports.ContainerInstance$ = ContainerInstance$;
    exports.ContainerInstanceField = ContainerInstanceField;
    exports.ContainerInstanceHealthStatus$ = ContainerInstanceHealthStatus$;
    exports.ContainerInstanceStatus = ContainerInstanceStatus;
    exports.ContainerOverride$ = ContainerOverride$;
    exports.ContainerRestartPolicy$ = ContainerRestartPolicy$;
    exports.ContainerStateChange$ = ContainerStateChange$;
    exports.ContinueServiceDeployment$ = ContinueServiceDeployment$;
    exports.ContinueServiceDeploymentCommand = ContinueServiceDeploymentCommand;
    exports.ContinueServiceDeploymentRequest$ = ContinueServiceDeploymentRequest$;
    exports.ContinueServiceDeploymentResponse$ = ContinueServiceDeploymentResponse$;
    exports.CpuManufacturer = CpuManufacturer;
    exports.CreateCapacityProvider$ = CreateCapacityProvider$;
    exports.CreateCapacityProviderCommand = CreateCapacityProviderCommand;
    exports.CreateCapacityProviderRequest$ = CreateCapacityProviderRequest$;
    exports.CreateCapacityProviderResponse$ = CreateCapacityProviderResponse$;
    exports.CreateCluster$ = CreateCluster$;
    exports.CreateClusterCommand = CreateClusterCommand;
    exports.CreateClusterRequest$ = CreateClusterRequest$;
    exports.CreateClusterResponse$ = CreateClusterResponse$;
    exports.CreateDaemon$ = CreateDaemon$;
    exports.CreateDaemonCommand = CreateDaemonCommand;
    exports.CreateDaemonRequest$ = CreateDaemonRequest$;
    exports.CreateDaemonResponse$ = CreateDaemonResponse$;
    exports.CreateExpressGatewayService$ = CreateExpressGatewayService$;
    exports.CreateExpressGatewayServiceCommand = CreateExpressGatewayServiceCommand;
    exports.CreateExpressGatewayServiceRequest$ = CreateExpressGatewayServiceRequest$;
    exports.CreateExpressGatewayServiceResponse$ = CreateExpressGatewayServiceResponse$;
    exports.CreateGateway$ = CreateGateway$;
    exports.CreateGatewayCommand = CreateGatewayCommand;
    exports.CreateGatewayRequest$ = CreateGatewayRequest$;
    exports.CreateGatewayResponse$ = CreateGatewayResponse$;
    exports.CreateManagedInstancesProviderConfiguration$ = CreateManagedInstancesProviderConfiguration$;
    exports.CreateService$ = CreateService$;
    exports.CreateServiceCommand = CreateServiceCommand;
    exports.CreateServiceRequest$ = CreateServiceRequest$;
    exports.CreateServiceResponse$ = CreateServiceResponse$;
    exports.CreateTaskSet$ = CreateTaskSet$;
    exports.CreateTaskSetCommand = CreateTaskSetCommand;
    exports.CreateTaskSetRequest$ = CreateTaskSetRequest$;
    exports.CreateTaskSetResponse$ = CreateTaskSetResponse$;
    exports.CreatedAt$ = CreatedAt$;
    exports.DaemonAlarmConfiguration$ = DaemonAlarmConfiguration$;
    exports.DaemonCapacityProvider$ = DaemonCapacityProvider$;
    exports.DaemonCircuitBreaker$ = DaemonCircuitBreaker$;
    exports.DaemonContainerDefinition$ = DaemonContainerDefinition$;
    exports.DaemonContainerImage$ = DaemonContainerImage$;
    exports.DaemonDeployment$ = DaemonDeployment$;
    exports.DaemonDeploymentAlarms$ = DaemonDeploymentAlarms$;
    exports.DaemonDeploymentCapacityProvider$ = DaemonDeploymentCapacityProvider$;
    exports.DaemonDeploymentConfiguration$ = DaemonDeploymentConfiguration$;
    exports.DaemonDeploymentRevisionDetail$ = DaemonDeploymentRevisionDetail$;
    exports.DaemonDeploymentRollbackMonitorsStatus = DaemonDeploymentRollbackMonitorsStatus;
    exports.DaemonDeploymentStatus = DaemonDeploymentStatus;
    exports.DaemonDeploymentSummary$ = DaemonDeploymentSummary$;
    exports.DaemonDetail$ = DaemonDetail$;
    exports.DaemonIpcMode = DaemonIpcMode;
    exports.DaemonLinuxParameters$ = DaemonLinuxParameters$;
    exports.DaemonNotActiveException = DaemonNotActiveException;
    exports.DaemonNotActiveException$ = DaemonNotActiveException$;
    exports.DaemonNotFoundException = DaemonNotFoundException;
    exports.DaemonNotFoundException$ = DaemonNotFoundException$;
    exports.DaemonPidMode = DaemonPidMode;
    exports.DaemonPropagateTags = DaemonPropagateTags;
    exports.DaemonRevision$ = DaemonRevision$;
    exports.DaemonRevisionDetail$ = DaemonRevisionDetail$;
    exports.DaemonRollback$ = DaemonRollback$;
    exports.DaemonStatus = DaemonStatus;
    exports.DaemonSummary$ = DaemonSummary$;
    exports.DaemonTaskDefinition$ = DaemonTaskDefinition$;
    exports.DaemonTaskDefinitionRevisionFilter = DaemonTaskDefinitionRevisionFilter;
    exports.DaemonTaskDefinitionStatus = DaemonTaskDefinitionStatus;
    exports.DaemonTaskDefinitionStatusFilter = DaemonTaskDefinitionStatusFilter;
    exports.DaemonTaskDefinitionSummary$ = DaemonTaskDefinitionSummary$;
    exports.DaemonVolume$ = DaemonVolume$;
    exports.DeleteAccountSetting$ = DeleteAccountSetting$;
    exports.DeleteAccountSettingCommand = DeleteAccountSettingCommand;
    exports.DeleteAccountSettingRequest$ = DeleteAccountSettingRequest$;
    exports.DeleteAccountSettingResponse$ = DeleteAccountSettingResponse$;
    exports.DeleteAttributes$ = DeleteAttributes$;
    exports.DeleteAttributesCommand = DeleteAttributesCommand;
    exports.DeleteAttributesRequest$ = DeleteAttributesRequest$;
    exports.DeleteAttributesResponse$ = DeleteAttributesResponse$;
    exports.DeleteCapacityProvider$ = DeleteCapacityProvider$;
    exports.DeleteCapacityProviderCommand = DeleteCapacityProviderCommand;
    exports.DeleteCapacityProviderRequest$ = DeleteCapacityProviderRequest$;
    exports.DeleteCapacityProviderResponse$ = DeleteCapacityProviderResponse$;
    exports.DeleteCluster$ = DeleteCluster$;
    exports.DeleteClusterCommand = DeleteClusterCommand;
    exports.DeleteClusterRequest$ = DeleteClusterRequest$;
    exports.DeleteClusterResponse$ = DeleteClusterResponse$;
    exports.DeleteDaemon$ = DeleteDaemon$;
    exports.DeleteDaemonCommand = DeleteDaemonCommand;
    exports.DeleteDaemonRequest$ = DeleteDaemonRequest$;
    exports.DeleteDaemonResponse$ = DeleteDaemonResponse$;
    exports.DeleteDaemonTaskDefinition$ = DeleteDaemonTaskDefinition$;
    exports.DeleteDaemonTaskDefinitionCommand = DeleteDaemonTaskDefinitionCommand;
    exports.DeleteDaemonTaskDefinitionRequest$ = DeleteDaemonTaskDefinitionRequest$;
    exports.DeleteDaemonTaskDefinitionResponse$ = DeleteDaemonTaskDefinitionResponse$;
    exports.DeleteExpressGatewayService$ = DeleteExpressGatewayService$;
    exports.DeleteExpressGatewayServiceCommand = DeleteExpressGatewayServiceCommand;
    exports.DeleteExpressGatewayServiceRequest$ = DeleteExpressGatewayServiceRequest$;
    exports.DeleteExpressGatewayServiceResponse$ = DeleteExpressGatewayServiceResponse$;
    exports.DeleteGateway$ = DeleteGateway$;
    exports.DeleteGatewayCommand = DeleteGatewayCommand;
    exports.DeleteGatewayRequest$ = DeleteGatewayRequest$;
    exports.DeleteGatewayResponse$ = DeleteGatewayResponse$;
    exports.DeleteService$ = DeleteService$;
    exports.DeleteServiceCommand = DeleteServiceCommand;
    exports.DeleteServiceRequest$ = DeleteServiceRequest$;
    exports.DeleteServiceResponse$ = DeleteServiceResponse$;
    exports.DeleteTaskDefinitions$ = DeleteTaskDefinitions$;
    exports.DeleteTaskDefinitionsCommand = DeleteTaskDefinitionsCommand;
    exports.DeleteTaskDefinitionsRequest$ = DeleteTaskDefinitionsRequest$;
    exports.DeleteTaskDefinitionsResponse$ = DeleteTaskDefinitionsResponse$;
    exports.DeleteTaskSet$ = DeleteTaskSet$;
    exports.DeleteTaskSetCommand = DeleteTaskSetCommand;
    exports.DeleteTaskSetRequest$ = DeleteTaskSetRequest$;
    exports.DeleteTaskSetResponse$ = DeleteTaskSetResponse$;
    exports.Deployment$ = Deployment$;
    exports.DeploymentAlarms$ = DeploymentAlarms$;
    exports.DeploymentCircuitBreaker$ = DeploymentCircuitBreaker$;
    exports.DeploymentConfiguration$ = DeploymentConfiguration$;
    exports.DeploymentController$ = DeploymentController$;
    exports.DeploymentControllerType = DeploymentControllerType;
    exports.DeploymentEarlySuccessCriteria$ = DeploymentEarlySuccessCriteria$;
    exports.DeploymentEphemeralStorage$ = DeploymentEphemeralStorage$;
    exports.DeploymentLifecycleHook$ = DeploymentLifecycleHook$;
    exports.DeploymentLifecycleHookAction = DeploymentLifecycleHookAction;
    exports.DeploymentLifecycleHookDetail$ = DeploymentLifecycleHookDetail$;
    exports.DeploymentLifecycleHookStage = DeploymentLifecycleHookStage;
    exports.DeploymentLifecycleHookStatus = DeploymentLifecycleHookStatus;
    exports.DeploymentLifecycleHookTargetType = DeploymentLifecycleHookTargetType;
    exports.DeploymentLifecycleHookTimeoutConfiguration$ = DeploymentLifecycleHookTimeoutConfiguration$;
    exports.DeploymentRolloutState = DeploymentRolloutState;
    exports.DeploymentStrategy = DeploymentStrategy;
    exports.DeregisterContainerInstance$ = DeregisterContainerInstance$;
    exports.DeregisterContainerInstanceCommand = DeregisterContainerInstanceCommand;
    exports.DeregisterContainerInstanceRequest$ = DeregisterContainerInstanceRequest$;
    exports.DeregisterContainerInstanceResponse$ = DeregisterContainerInstanceResponse$;
    exports.DeregisterTaskDefinition$ = DeregisterTaskDefinition$;
    exports.DeregisterTaskDefinitionCommand = DeregisterTaskDefinitionCommand2;
    exports.DeregisterTaskDefinitionRequest$ = DeregisterTaskDefinitionRequest$;
    exports.DeregisterTaskDefinitionResponse$ = DeregisterTaskDefinitionResponse$;
    exports.DescribeCapacityProviders$ = DescribeCapacityProviders$;
    exports.DescribeCapacityProvidersCommand = DescribeCapacityProvidersCommand;
    exports.DescribeCapacityProvidersRequest$ = DescribeCapacityProvidersRequest$;
    exports.DescribeCapacityProvidersResponse$ = DescribeCapacityProvidersResponse$;
    exports.DescribeClusters$ = DescribeClusters$;
    exports.DescribeClustersCommand = DescribeClustersCommand;
    exports.DescribeClustersRequest$ = DescribeClustersRequest$;
    exports.DescribeClustersResponse$ = DescribeClustersResponse$;
    exports.DescribeContainerInstances$ = DescribeContainerInstances$;
    exports.DescribeContainerInstancesCommand = DescribeContainerInstancesCommand;
    exports.DescribeContainerInstancesRequest$ = DescribeContainerInstancesRequest$;
    exports.DescribeContainerInstancesResponse$ = DescribeContainerInstancesResponse$;
    exports.DescribeDaemon$ = DescribeDaemon$;
    exports.DescribeDaemonCommand = DescribeDaemonCommand;
    exports.DescribeDaemonDeployments$ = DescribeDaemonDeployments$;
    exports.DescribeDaemonDeploymentsCommand = DescribeDaemonDeploymentsCommand;
    exports.DescribeDaemonDeploymentsRequest$ = DescribeDaemonDeploymentsRequest$;
    exports.DescribeDaemonDeploymentsResponse$ = DescribeDaemonDeploymentsResponse$;
    exports.DescribeDaemonRequest$ = DescribeDaemonRequest$;
    exports.DescribeDaemonResponse$ = DescribeDaemonResponse$;
    exports.DescribeDaemonRevisions$ = DescribeDaemonRevisions$;
    exports.DescribeDaemonRevisionsCommand = DescribeDaemonRevisionsCommand;
    exports.DescribeDaemonRevisionsRequest$ = DescribeDaemonRevisionsRequest$;
    exports.DescribeDaemonRevisionsResponse$ = DescribeDaemonRevisionsResponse$;
    exports.DescribeDaemonTaskDefinition$ = DescribeDaemonTaskDefinition$;
    exports.DescribeDaemonTaskDefinitionCommand = DescribeDaemonTaskDefinitionCommand;
    exports.DescribeDaemonTaskDefinitionRequest$ = DescribeDaemonTaskDefinitionRequest$;
    exports.DescribeDaemonTaskDefinitionResponse$ = DescribeDaemonTaskDefinitionResponse$;
    exports.DescribeExpressGatewayService$ = DescribeExpressGatewayService$;
    exports.DescribeExpressGatewayServiceCommand = DescribeExpressGatewayServiceCommand;
    exports.DescribeExpressGatewayServiceRequest$ = DescribeExpressGatewayServiceRequest$;
    exports.DescribeExpressGatewayServiceResponse$ = DescribeExpressGatewayServiceResponse$;
    exports.DescribeGateway$ = DescribeGateway$;
    exports.DescribeGatewayAlbConfiguration$ = DescribeGatewayAlbConfiguration$;
    exports.DescribeGatewayCommand = DescribeGatewayCommand;
    exports.DescribeGatewayConfiguration$ = DescribeGatewayConfiguration$;
    exports.DescribeGatewayRequest$ = DescribeGatewayRequest$;
    exports.DescribeGatewayResources$ = DescribeGatewayResources$;
    exports.DescribeGatewayResourcesCommand = DescribeGatewayResourcesCommand;
    exports.DescribeGatewayResourcesRequest$ = DescribeGatewayResourcesRequest$;
    exports.DescribeGatewayResourcesResponse$ = DescribeGatewayResourcesResponse$;
    exports.DescribeGatewayResponse$ = DescribeGatewayResponse$;
    exports.DescribeGatewayRoute$ = DescribeGatewayRoute$;
    exports.DescribeGatewayRouteCommand = DescribeGatewayRouteCommand;
    exports.DescribeGatewayRouteRequest$ = DescribeGatewayRouteRequest$;
    exports.DescribeGatewayRouteResponse$ = DescribeGatewayRouteResponse$;
    exports.DescribeServiceDeployments$ = DescribeServiceDeployments$;
    exports.DescribeServiceDeploymentsCommand = DescribeServiceDeploymentsCommand;
    exports.DescribeServiceDeploymentsRequest$ = DescribeServiceDeploymentsRequest$;
    exports.DescribeServiceDeploymentsResponse$ = DescribeServiceDeploymentsResponse$;
    exports.DescribeServiceRevisions$ = DescribeServiceRevisions$;
    exports.DescribeServiceRevisionsCommand = DescribeServiceRevisionsCommand;
    exports.DescribeServiceRevisionsRequest$ = DescribeServiceRevisionsRequest$;
    exports.DescribeServiceRevisionsResponse$ = DescribeServiceRevisionsResponse$;
    exports.DescribeServices$ = DescribeServices$;
    exports.DescribeServicesCommand = DescribeServicesCommand2;
    exports.DescribeServicesRequest$ = DescribeServicesRequest$;
    exports.DescribeServicesResponse$ = DescribeServicesResponse$;
    exports.DescribeTaskDefinition$ = DescribeTaskDefinition$;
    exports.DescribeTaskDefinitionCommand = DescribeTaskDefinitionCommand2;
    exports.DescribeTaskDefinitionRequest$ = DescribeTaskDefinitionRequest$;
    exports.DescribeTaskDefinitionResponse$ = DescribeTaskDefinitionResponse$;
    exports.DescribeTaskSets$ = DescribeTaskSets$;
    exports.DescribeTaskSetsCommand = DescribeTaskSetsCommand;
    exports.DescribeTaskSetsRequest$ = DescribeTaskSetsRequest$;
    exports.DescribeTaskSetsResponse$ = DescribeTaskSetsResponse$;
    exports.DescribeTasks$ = DescribeTasks$;
    exports.DescribeTasksCommand = DescribeTasksCommand2;
    exports.DescribeTasksRequest$ = DescribeTasksRequest$;
    exports.DescribeTasksResponse$ = DescribeTasksResponse$;
    exports.DesiredStatus = DesiredStatus;
    exports.Device$ = Device$;
    exports.DeviceCgroupPermission = DeviceCgroupPermission;
    exports.DisassociateGatewayFromCluster$ = DisassociateGatewayFromCluster$;
    exports.DisassociateGatewayFromClusterCommand = DisassociateGatewayFromClusterCommand;
    exports.DisassociateGatewayFromClusterRequest$ = DisassociateGatewayFromClusterRequest$;
    exports.DisassociateGatewayFromClusterResponse$ = DisassociateGatewayFromClusterResponse$;
    exports.DiscoverPollEndpoint$ = DiscoverPollEndpoint$;
    exports.DiscoverPollEndpointCommand = DiscoverPollEndpointCommand;
    exports.DiscoverPollEndpointRequest$ = DiscoverPollEndpointRequest$;
    exports.DiscoverPollEndpointResponse$ = DiscoverPollEndpointResponse$;
    exports.DockerVolumeConfiguration$ = DockerVolumeConfiguration$;
    exports.EBSResourceType = EBSResourceType;
    exports.EBSTagSpecification$ = EBSTagSpecification$;
    exports.ECS = ECS;
    exports.ECSClient = ECSClient2;
    exports.ECSExpressGatewayService$ = ECSExpressGatewayService$;
    exports.ECSManagedResources$ = ECSManagedResources$;
    exports.ECSServiceException = ECSServiceException;
    exports.ECSServiceException$ = ECSServiceException$;
    exports.EFSAuthorizationConfig$ = EFSAuthorizationConfig$;
    exports.EFSAuthorizationConfigIAM = EFSAuthorizationConfigIAM;
    exports.EFSTransitEncryption = EFSTransitEncryption;
    exports.EFSVolumeConfiguration$ = EFSVolumeConfiguration$;
    exports.ElbGatewayResources$ = ElbGatewayResources$;
    exports.EnvironmentFile$ = EnvironmentFile$;
    exports.EnvironmentFileType = EnvironmentFileType;
    exports.EphemeralStorage$ = EphemeralStorage$;
    exports.ExecuteCommand$ = ExecuteCommand$;
    exports.ExecuteCommandCommand = ExecuteCommandCommand;
    exports.ExecuteCommandConfiguration$ = ExecuteCommandConfiguration$;
    exports.ExecuteCommandLogConfiguration$ = ExecuteCommandLogConfiguration$;
    exports.ExecuteCommandLogging = ExecuteCommandLogging;
    exports.ExecuteCommandRequest$ = ExecuteCommandRequest$;
    exports.ExecuteCommandResponse$ = ExecuteCommandResponse$;
    exports.ExpressCpuArchitecture = ExpressCpuArchitecture;
    exports.ExpressGatewayContainer$ = ExpressGatewayContainer$;
    exports.ExpressGatewayRepositoryCredentials$ = ExpressGatewayRepositoryCredentials$;
    exports.ExpressGatewayScalingTarget$ = ExpressGatewayScalingTarget$;
    exports.ExpressGatewayServiceAwsLogsConfiguration$ = ExpressGatewayServiceAwsLogsConfiguration$;
    exports.ExpressGatewayServiceConfiguration$ = ExpressGatewayServiceConfiguration$;
    exports.ExpressGatewayServiceInclude = ExpressGatewayServiceInclude;
    exports.ExpressGatewayServiceNetworkConfiguration$ = ExpressGatewayServiceNetworkConfiguration$;
    exports.ExpressGatewayServiceScalingMetric = ExpressGatewayServiceScalingMetric;
    exports.ExpressGatewayServiceStatus$ = ExpressGatewayServiceStatus$;
    exports.ExpressGatewayServiceStatusCode = ExpressGatewayServiceStatusCode;
    exports.FSxWindowsFileServerAuthorizationConfig$ = FSxWindowsFileServerAuthorizationConfig$;
    exports.FSxWindowsFileServerVolumeConfiguration$ = FSxWindowsFileServerVolumeConfiguration$;
    exports.Failure$ = Failure$;
    exports.FirelensConfiguration$ = FirelensConfiguration$;
    exports.FirelensConfigurationType = FirelensConfigurationType;
    exports.Gateway$ = Gateway$;
    exports.GatewayAlbDesyncMitigationMode = GatewayAlbDesyncMitigationMode;
    exports.GatewayAlbProtocol = GatewayAlbProtocol;
    exports.GatewayAlbTestTrafficRules$ = GatewayAlbTestTrafficRules$;
    exports.GatewayClusterAssociationStatus = GatewayClusterAssociationStatus;
    exports.GatewayClusterAssociationSummary$ = GatewayClusterAssociationSummary$;
    exports.GatewayConfiguration$ = GatewayConfiguration$;
    exports.GatewayConnection$ = GatewayConnection$;
    exports.GatewayConnectionAlbResources$ = GatewayConnectionAlbResources$;
    exports.GatewayConnectionResources$ = GatewayConnectionResources$;
    exports.GatewayConnector$ = GatewayConnector$;
    exports.GatewayConnectorFilters$ = GatewayConnectorFilters$;
    exports.GatewayConnectorHealthCheck$ = GatewayConnectorHealthCheck$;
    exports.GatewayConnectorHealthCheckMatcher$ = GatewayConnectorHealthCheckMatcher$;
    exports.GatewayConnectorHealthCheckProtocol = GatewayConnectorHealthCheckProtocol;
    exports.GatewayElbAccessLogConfiguration$ = GatewayElbAccessLogConfiguration$;
    exports.GatewayElbAccessLogDestination$ = GatewayElbAccessLogDestination$;
    exports.GatewayElbAccessLogS3Destination$ = GatewayElbAccessLogS3Destination$;
    exports.GatewayElbIpAddressType = GatewayElbIpAddressType;
    exports.GatewayElbNetworkConfiguration$ = GatewayElbNetworkConfiguration$;
    exports.GatewayElbScheme = GatewayElbScheme;
    exports.GatewayInfrastructureResources$ = GatewayInfrastructureResources$;
    exports.GatewayNotFoundException = GatewayNotFoundException;
    exports.GatewayNotFoundException$ = GatewayNotFoundException$;
    exports.GatewayOperationError$ = GatewayOperationError$;
    exports.GatewayResourceFailure$ = GatewayResourceFailure$;
    exports.GatewayResources$ = GatewayResources$;
    exports.GatewayRoute$ = GatewayRoute$;
    exports.GatewayRouteAlbResources$ = GatewayRouteAlbResources$;
    exports.GatewayRouteLoadBalancerSecurityGroup$ = GatewayRouteLoadBalancerSecurityGroup$;
    exports.GatewayRouteResources$ = GatewayRouteResources$;
    exports.GatewayRouteStatus = GatewayRouteStatus;
    exports.GatewayRouteSummary$ = GatewayRouteSummary$;
    exports.GatewayStatus = GatewayStatus;
    exports.GatewaySummary$ = GatewaySummary$;
    exports.GatewayTestTrafficHeader$ = GatewayTestTrafficHeader$;
    exports.GetTaskProtection$ = GetTaskProtection$;
    exports.GetTaskProtectionCommand = GetTaskProtectionCommand;
    exports.GetTaskProtectionRequest$ = GetTaskProtectionRequest$;
    exports.GetTaskProtectionResponse$ = GetTaskProtectionResponse$;
    exports.GpuDevice$ = GpuDevice$;
    exports.GpuSharingMode = GpuSharingMode;
    exports.HealthCheck$ = HealthCheck$;
    exports.HealthStatus = HealthStatus;
    exports.HostEntry$ = HostEntry$;
    exports.HostSharedAlbConfiguration$ = HostSharedAlbConfiguration$;
    exports.HostVolumeProperties$ = HostVolumeProperties$;
    exports.InferenceAccelerator$ = InferenceAccelerator$;
    exports.InferenceAcceleratorOverride$ = InferenceAcceleratorOverride$;
    exports.InfrastructureOptimization$ = InfrastructureOptimization$;
    exports.IngressPathSummary$ = IngressPathSummary$;
    exports.InstanceGeneration = InstanceGeneration;
    exports.InstanceHealthCheckResult$ = InstanceHealthCheckResult$;
    exports.InstanceHealthCheckState = InstanceHealthCheckState;
    exports.InstanceHealthCheckType = InstanceHealthCheckType;
    exports.InstanceLaunchTemplate$ = InstanceLaunchTemplate$;
    exports.InstanceLaunchTemplateUpdate$ = InstanceLaunchTemplateUpdate$;
    exports.InstanceRequirementsRequest$ = InstanceRequirementsRequest$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.IpcMode = IpcMode;
    exports.KernelCapabilities$ = KernelCapabilities$;
    exports.KeyValuePair$ = KeyValuePair$;
    exports.LaunchType = LaunchType;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.LinearConfiguration$ = LinearConfiguration$;
    exports.LinuxParameters$ = LinuxParameters$;
    exports.ListAccountSettings$ = ListAccountSettings$;
    exports.ListAccountSettingsCommand = ListAccountSettingsCommand;
    exports.ListAccountSettingsRequest$ = ListAccountSettingsRequest$;
    exports.ListAccountSettingsResponse$ = ListAccountSettingsResponse$;
    exports.ListAttributes$ = ListAttributes$;
    exports.ListAttributesCommand = ListAttributesCommand;
    exports.ListAttributesRequest$ = ListAttributesRequest$;
    exports.ListAttributesResponse$ = ListAttributesResponse$;
    exports.ListClusters$ = ListClusters$;
    exports.ListClustersCommand = ListClustersCommand;
    exports.ListClustersRequest$ = ListClustersRequest$;
    exports.ListClustersResponse$ = ListClustersResponse$;
    exports.ListContainerInstances$ = ListContainerInstances$;
    exports.ListContainerInstancesCommand = ListContainerInstancesCommand;
    exports.ListContainerInstancesRequest$ = ListContainerInstancesRequest$;
    exports.ListContainerInstancesResponse$ = ListContainerInstancesResponse$;
    exports.ListDaemonDeployments$ = ListDaemonDeployments$;
    exports.ListDaemonDeploymentsCommand = ListDaemonDeploymentsCommand;
    exports.ListDaemonDeploymentsRequest$ = ListDaemonDeploymentsRequest$;
    exports.ListDaemonDeploymentsResponse$ = ListDaemonDeploymentsResponse$;
    exports.ListDaemonTaskDefinitions$ = ListDaemonTaskDefinitions$;
    exports.ListDaemonTaskDefinitionsCommand = ListDaemonTaskDefinitionsCommand;
    exports.ListDaemonTaskDefinitionsRequest$ = ListDaemonTaskDefinitionsRequest$;
    exports.ListDaemonTaskDefinitionsResponse$ = ListDaemonTaskDefinitionsResponse$;
    exports.ListDaemons$ = ListDaemons$;
    exports.ListDaemonsCommand = ListDaemonsCommand;
    exports.ListDaemonsRequest$ = ListDaemonsRequest$;
    exports.ListDaemonsResponse$ = ListDaemonsResponse$;
    exports.ListGatewayClusterAssociations$ = ListGatewayClusterAssociations$;
    exports.ListGatewayClusterAssociationsCommand = ListGatewayClusterAssociationsCommand;
    exports.ListGatewayClusterAssociationsRequest$ = ListGatewayClusterAssociationsRequest$;
    exports.ListGatewayClusterAssociationsResponse$ = ListGatewayClusterAssociationsResponse$;
    exports.ListGatewayRoutes$ = ListGatewayRoutes$;
    exports.ListGatewayRoutesCommand = ListGatewayRoutesCommand;
    exports.ListGatewayRoutesRequest$ = ListGatewayRoutesRequest$;
    exports.ListGatewayRoutesResponse$ = ListGatewayRoutesResponse$;
    exports.ListGateways$ = ListGateways$;
    exports.ListGatewaysCommand = ListGatewaysCommand;
    exports.ListGatewaysRequest$ = ListGatewaysRequest$;
    exports.ListGatewaysResponse$ = ListGatewaysResponse$;
    exports.ListServiceDeployments$ = ListServiceDeployments$;
    exports.ListServiceDeploymentsCommand = ListServiceDeploymentsCommand;
    exports.ListServiceDeploymentsRequest$ = ListServiceDeploymentsRequest$;
    exports.ListServiceDeploymentsResponse$ = ListServiceDeploymentsResponse$;
    exports.ListServices$ = ListServices$;
    exports.ListServicesByNamespace$ = ListServicesByNamespace$;
    exports.ListServicesByNamespaceCommand = ListServicesByNamespaceCommand;
    exports.ListServicesByNamespaceRequest$ = ListServicesByNamespaceRequest$;
    exports.ListServicesByNamespaceResponse$ = ListServicesByNamespaceResponse$;
    exports.ListServicesCommand = ListServicesCommand;
    exports.ListServicesRequest$ = ListServicesRequest$;
    exports.ListServicesResponse$ = ListServicesResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTaskDefinitionFamilies$ = ListTaskDefinitionFamilies$;
    exports.ListTaskDefinitionFamiliesCommand = ListTaskDefinitionFamiliesCommand;
    exports.ListTaskDefinitionFamiliesRequest$ = ListTaskDefinitionFamiliesRequest$;
    exports.ListTaskDefinitionFamiliesResponse$ = ListTaskDefinitionFamiliesResponse$;
    exports.ListTaskDefinitions$ = ListTaskDefinitions$;
    exports.ListTaskDefinitionsCommand = ListTaskDefinitionsCommand2;
    exports.ListTaskDefinitionsRequest$ = ListTaskDefinitionsRequest$;
    exports.ListTaskDefinitionsResponse$ = ListTaskDefinitionsResponse$;
    exports.ListTasks$ = ListTasks$;
    exports.ListTasksCommand = ListTasksCommand2;
    exports.ListTasksRequest$ = ListTasksRequest$;
    exports.ListTasksResponse$ = ListTasksResponse$;
    exports.LoadBalancer$ = LoadBalancer$;
    exports.LocalStorage = LocalStorage;
    exports.LocalStorageType = LocalStorageType;
    exports.LogConfiguration$ = LogConfiguration$;
    exports.LogDriver = LogDriver;
    exports.LogDriverVolumeConfiguration$ = LogDriverVolumeConfiguration$;
    exports.ManagedAgent$ = ManagedAgent$;
    exports.ManagedAgentName = ManagedAgentName;
    exports.ManagedAgentStateChange$ = ManagedAgentStateChange$;
    exports.ManagedApplicationAutoScalingPolicy$ = ManagedApplicationAutoScalingPolicy$;
    exports.ManagedAutoScaling$ = ManagedAutoScaling$;
    exports.ManagedCertificate$ = ManagedCertificate$;
    exports.ManagedDraining = ManagedDraining;
    exports.ManagedIngressPath$ = ManagedIngressPath$;
    exports.ManagedInstancesLocalStorageConfiguration$ = ManagedInstancesLocalStorageConfiguration$;
    exports.ManagedInstancesMonitoringOptions = ManagedInstancesMonitoringOptions;
    exports.ManagedInstancesNetworkConfiguration$ = ManagedInstancesNetworkConfiguration$;
    exports.ManagedInstancesProvider$ = ManagedInstancesProvider$;
    exports.ManagedInstancesStorageConfiguration$ = ManagedInstancesStorageConfiguration$;
    exports.ManagedListener$ = ManagedListener$;
    exports.ManagedListenerRule$ = ManagedListenerRule$;
    exports.ManagedLoadBalancer$ = ManagedLoadBalancer$;
    exports.ManagedLogGroup$ = ManagedLogGroup$;
    exports.ManagedMetricAlarm$ = ManagedMetricAlarm$;
    exports.ManagedResourceStatus = ManagedResourceStatus;
    exports.ManagedScalableTarget$ = ManagedScalableTarget$;
    exports.ManagedScaling$ = ManagedScaling$;
    exports.ManagedScalingStatus = ManagedScalingStatus;
    exports.ManagedSecurityGroup$ = ManagedSecurityGroup$;
    exports.ManagedStorageConfiguration$ = ManagedStorageConfiguration$;
    exports.ManagedTargetGroup$ = ManagedTargetGroup$;
    exports.ManagedTerminationProtection = ManagedTerminationProtection;
    exports.MemoryGiBPerVCpuRequest$ = MemoryGiBPerVCpuRequest$;
    exports.MemoryMiBRequest$ = MemoryMiBRequest$;
    exports.MetricConfiguration$ = MetricConfiguration$;
    exports.MissingVersionException = MissingVersionException;
    exports.MissingVersionException$ = MissingVersionException$;
    exports.MonitoringConfiguration$ = MonitoringConfiguration$;
    exports.MountPoint$ = MountPoint$;
    exports.NamespaceNotFoundException = NamespaceNotFoundException;
    exports.NamespaceNotFoundException$ = NamespaceNotFoundException$;
    exports.NetworkBandwidthGbpsRequest$ = NetworkBandwidthGbpsRequest$;
    exports.NetworkBinding$ = NetworkBinding$;
    exports.NetworkConfiguration$ = NetworkConfiguration$;
    exports.NetworkInterface$ = NetworkInterface$;
    exports.NetworkInterfaceCountRequest$ = NetworkInterfaceCountRequest$;
    exports.NetworkMode = NetworkMode;
    exports.NoUpdateAvailableException = NoUpdateAvailableException;
    exports.NoUpdateAvailableException$ = NoUpdateAvailableException$;
    exports.NvidiaMpsAllocation$ = NvidiaMpsAllocation$;
    exports.OSFamily = OSFamily;
    exports.PidMode = PidMode;
    exports.PlacementConstraint$ = PlacementConstraint$;
    exports.PlacementConstraintType = PlacementConstraintType;
    exports.PlacementStrategy$ = PlacementStrategy$;
    exports.PlacementStrategyType = PlacementStrategyType;
    exports.PlatformDevice$ = PlatformDevice$;
    exports.PlatformDeviceType = PlatformDeviceType;
    exports.PlatformTaskDefinitionIncompatibilityException = PlatformTaskDefinitionIncompatibilityException;
    exports.PlatformTaskDefinitionIncompatibilityException$ = PlatformTaskDefinitionIncompatibilityException$;
    exports.PlatformUnknownException = PlatformUnknownException;
    exports.PlatformUnknownException$ = PlatformUnknownException$;
    exports.PortMapping$ = PortMapping$;
    exports.PropagateGatewayTags = PropagateGatewayTags;
    exports.PropagateMITags = PropagateMITags;
    exports.PropagateTags = PropagateTags;
    exports.ProtectedTask$ = ProtectedTask$;
    exports.ProxyConfiguration$ = ProxyConfiguration$;
    exports.ProxyConfigurationType = ProxyConfigurationType;
    exports.PutAccountSetting$ = PutAccountSetting$;
    exports.PutAccountSettingCommand = PutAccountSettingCommand;
    exports.PutAccountSettingDefault$ = PutAccountSettingDefault$;
    exports.PutAccountSettingDefaultCommand = PutAccountSettingDefaultCommand;
    exports.PutAccountSettingDefaultRequest$ = PutAccountSettingDefaultRequest$;
    exports.PutAccountSettingDefaultResponse$ = PutAccountSettingDefaultResponse$;
    exports.PutAccountSettingRequest$ = PutAccountSettingRequest$;
    exports.PutAccountSettingResponse$ = PutAccountSettingResponse$;
    exports.PutAttributes$ = PutAttributes$;
    exports.PutAttributesCommand = PutAttributesCommand;
    exports.PutAttributesRequest$ = PutAttributesRequest$;
    exports.PutAttributesResponse$ = PutAttributesResponse$;
    exports.PutClusterCapacityProviders$ = PutClusterCapacityProviders$;
    exports.PutClusterCapacityProvidersCommand = PutClusterCapacityProvidersCommand;
    exports.PutClusterCapacityProvidersRequest$ = PutClusterCapacityProvidersRequest$;
    exports.PutClusterCapacityProvidersResponse$ = PutClusterCapacityProvidersResponse$;
    exports.RegisterContainerInstance$ = RegisterContainerInstance$;
    exports.RegisterContainerInstanceCommand = RegisterContainerInstanceCommand;
    exports.RegisterContainerInstanceRequest$ = RegisterContainerInstanceRequest$;
    exports.RegisterContainerInstanceResponse$ = RegisterContainerInstanceResponse$;
    exports.RegisterDaemonTaskDefinition$ = RegisterDaemonTaskDefinition$;
    exports.RegisterDaemonTaskDefinitionCommand = RegisterDaemonTaskDefinitionCommand;
    exports.RegisterDaemonTaskDefinitionRequest$ = RegisterDaemonTaskDefinitionRequest$;
    exports.RegisterDaemonTaskDefinitionResponse$ = RegisterDaemonTaskDefinitionResponse$;
    exports.RegisterTaskDefinition$ = RegisterTaskDefinition$;
    exports.RegisterTaskDefinitionCommand = RegisterTaskDefinitionCommand2;
    exports.RegisterTaskDefinitionRequest$ = RegisterTaskDefinitionRequest$;
    exports.RegisterTaskDefinitionResponse$ = RegisterTaskDefinitionResponse$;
    exports.RepositoryCredentials$ = RepositoryCredentials$;
    exports.ResolvedConfiguration$ = ResolvedConfiguration$;
    exports.Resource$ = Resource$;
    exports.ResourceInUseException = ResourceInUseException;
    exports.ResourceInUseException$ = ResourceInUseException$;
    exports.ResourceManagementType = ResourceManagementType;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourceRequirement$ = ResourceRequirement$;
    exports.ResourceType = ResourceType;
    exports.Rollback$ = Rollback$;
    exports.RunTask$ = RunTask$;
    exports.RunTaskCommand = RunTaskCommand2;
    exports.RunTaskRequest$ = RunTaskRequest$;
    exports.RunTaskResponse$ = RunTaskResponse$;
    exports.RuntimePlatform$ = RuntimePlatform$;
    exports.RuntimePlatformOverride$ = RuntimePlatformOverride$;
    exports.S3FilesVolumeConfiguration$ = S3FilesVolumeConfiguration$;
    exports.Scale$ = Scale$;
    exports.ScaleUnit = ScaleUnit;
    exports.SchedulingStrategy = SchedulingStrategy;
    exports.Scope = Scope;
    exports.Secret$ = Secret$;
    exports.ServerException = ServerException;
    exports.ServerException$ = ServerException$;
    exports.Service$ = Service$;
    exports.ServiceConnectAccessLogConfiguration$ = ServiceConnectAccessLogConfiguration$;
    exports.ServiceConnectAccessLoggingFormat = ServiceConnectAccessLoggingFormat;
    exports.ServiceConnectClientAlias$ = ServiceConnectClientAlias$;
    exports.ServiceConnectConfiguration$ = ServiceConnectConfiguration$;
    exports.ServiceConnectContainerConfiguration$ = ServiceConnectContainerConfiguration$;
    exports.ServiceConnectContainerLogLevel = ServiceConnectContainerLogLevel;
    exports.ServiceConnectIncludeQueryParameters = ServiceConnectIncludeQueryParameters;
    exports.ServiceConnectService$ = ServiceConnectService$;
    exports.ServiceConnectServiceResource$ = ServiceConnectServiceResource$;
    exports.ServiceConnectTestTrafficHeaderMatchRules$ = ServiceConnectTestTrafficHeaderMatchRules$;
    exports.ServiceConnectTestTrafficHeaderRules$ = ServiceConnectTestTrafficHeaderRules$;
    exports.ServiceConnectTestTrafficRules$ = ServiceConnectTestTrafficRules$;
    exports.ServiceConnectTlsCertificateAuthority$ = ServiceConnectTlsCertificateAuthority$;
    exports.ServiceConnectTlsConfiguration$ = ServiceConnectTlsConfiguration$;
    exports.ServiceCurrentRevisionSummary$ = ServiceCurrentRevisionSummary$;
    exports.ServiceDeployment$ = ServiceDeployment$;
    exports.ServiceDeploymentAlarms$ = ServiceDeploymentAlarms$;
    exports.ServiceDeploymentBrief$ = ServiceDeploymentBrief$;
    exports.ServiceDeploymentCircuitBreaker$ = ServiceDeploymentCircuitBreaker$;
    exports.ServiceDeploymentLifecycleStage = ServiceDeploymentLifecycleStage;
    exports.ServiceDeploymentNotFoundException = ServiceDeploymentNotFoundException;
    exports.ServiceDeploymentNotFoundException$ = ServiceDeploymentNotFoundException$;
    exports.ServiceDeploymentRollbackMonitorsStatus = ServiceDeploymentRollbackMonitorsStatus;
    exports.ServiceDeploymentStatus = ServiceDeploymentStatus;
    exports.ServiceEvent$ = ServiceEvent$;
    exports.ServiceField = ServiceField;
    exports.ServiceManagedEBSVolumeConfiguration$ = ServiceManagedEBSVolumeConfiguration$;
    exports.ServiceNotActiveException = ServiceNotActiveException;
    exports.ServiceNotActiveException$ = ServiceNotActiveException$;
    exports.ServiceNotFoundException = ServiceNotFoundException;
    exports.ServiceNotFoundException$ = ServiceNotFoundException$;
    exports.ServiceRegistry$ = ServiceRegistry$;
    exports.ServiceRevision$ = ServiceRevision$;
    exports.ServiceRevisionCleanup = ServiceRevisionCleanup;
    exports.ServiceRevisionLoadBalancer$ = ServiceRevisionLoadBalancer$;
    exports.ServiceRevisionOverrides$ = ServiceRevisionOverrides$;
    exports.ServiceRevisionSummary$ = ServiceRevisionSummary$;
    exports.ServiceRevisionVpcLatticeConfiguration$ = ServiceRevisionVpcLatticeConfiguration$;
    exports.ServiceVolumeConfiguration$ = ServiceVolumeConfiguration$;
    exports.Session$ = Session$;
    exports.Setting$ = Setting$;
    exports.SettingName = SettingName;
    exports.SettingType = SettingType;
    exports.SharingStrategy$ = SharingStrategy$;
    exports.SortOrder = SortOrder;
    exports.StabilityStatus = StabilityStatus;
    exports.StartTask$ = StartTask$;
    exports.StartTaskCommand = StartTaskCommand;
    exports.StartTaskRequest$ = StartTaskRequest$;
    exports.StartTaskResponse$ = StartTaskResponse$;
    exports.StopServiceDeployment$ = StopServiceDeployment$;
    exports.StopServiceDeploymentCommand = StopServiceDeploymentCommand;
    exports.StopServiceDeploymentRequest$ = StopServiceDeploymentRequest$;
    exports.StopServiceDeploymentResponse$ = StopServiceDeploymentResponse$;
    exports.StopServiceDeploymentStopType = StopServiceDeploymentStopType;
    exports.StopTask$ = StopTask$;
    exports.StopTaskCommand = StopTaskCommand2;
    exports.StopTaskRequest$ = StopTaskRequest$;
    exports.StopTaskResponse$ = StopTaskResponse$;
    exports.SubmitAttachmentStateChanges$ = SubmitAttachmentStateChanges$;
    exports.SubmitAttachmentStateChangesCommand = SubmitAttachmentStateChangesCommand;
    exports.SubmitAttachmentStateChangesRequest$ = SubmitAttachmentStateChangesRequest$;
    exports.SubmitAttachmentStateChangesResponse$ = SubmitAttachmentStateChangesResponse$;
    exports.SubmitContainerStateChange$ = SubmitContainerStateChange$;
    exports.SubmitContainerStateChangeCommand = SubmitContainerStateChangeCommand;
    exports.SubmitContainerStateChangeRequest$ = SubmitContainerStateChangeRequest$;
    exports.SubmitContainerStateChangeResponse$ = SubmitContainerStateChangeResponse$;
    exports.SubmitTaskStateChange$ = SubmitTaskStateChange$;
    exports.SubmitTaskStateChangeCommand = SubmitTaskStateChangeCommand;
    exports.SubmitTaskStateChangeRequest$ = SubmitTaskStateChangeRequest$;
    exports.SubmitTaskStateChangeResponse$ = SubmitTaskStateChangeResponse$;
    exports.SystemControl$ = SystemControl$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.TargetNotConnectedException = TargetNotConnectedException;
    exports.TargetNotConnectedException$ = TargetNotConnectedException$;
    exports.TargetNotFoundException = TargetNotFoundException;
    exports.TargetNotFoundException$ = TargetNotFoundException$;
    exports.TargetType = TargetType;
    exports.Task$ = Task$;
    exports.TaskDefinition$ = TaskDefinition$;
    exports.TaskDefinitionFamilyStatus = TaskDefinitionFamilyStatus;
    exports.TaskDefinitionField = TaskDefinitionField;
    exports.TaskDefinitionPlacementConstraint$ = TaskDefinitionPlacementConstraint$;
    exports.TaskDefinitionPlacementConstraintType = TaskDefinitionPlacementConstraintType;
    exports.TaskDefinitionStatus = TaskDefinitionStatus;
    exports.TaskEphemeralStorage$ = TaskEphemeralStorage$;
    exports.TaskField = TaskField;
    exports.TaskFilesystemType = TaskFilesystemType;
    exports.TaskManagedEBSVolumeConfiguration$ = TaskManagedEBSVolumeConfiguration$;
    exports.TaskManagedEBSVolumeTerminationPolicy$ = TaskManagedEBSVolumeTerminationPolicy$;
    exports.TaskOverride$ = TaskOverride$;
    exports.TaskSet$ = TaskSet$;
    exports.TaskSetField = TaskSetField;
    exports.TaskSetNotFoundException = TaskSetNotFoundException;
    exports.TaskSetNotFoundException$ = TaskSetNotFoundException$;
    exports.TaskStopCode = TaskStopCode;
    exports.TaskVolumeConfiguration$ = TaskVolumeConfiguration$;
    exports.ThresholdConfiguration$ = ThresholdConfiguration$;
    exports.ThresholdType = ThresholdType;
    exports.TimeoutConfiguration$ = TimeoutConfiguration$;
    exports.Tmpfs$ = Tmpfs$;
    exports.TotalLocalStorageGBRequest$ = TotalLocalStorageGBRequest$;
    exports.TransportProtocol = TransportProtocol;
    exports.Ulimit$ = Ulimit$;
    exports.UlimitName = UlimitName;
    exports.UnsupportedFeatureException = UnsupportedFeatureException;
    exports.UnsupportedFeatureException$ = UnsupportedFeatureException$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UpdateCapacityProvider$ = UpdateCapacityProvider$;
    exports.UpdateCapacityProviderCommand = UpdateCapacityProviderCommand;
    exports.UpdateCapacityProviderRequest$ = UpdateCapacityProviderRequest$;
    exports.UpdateCapacityProviderResponse$ = UpdateCapacityProviderResponse$;
    exports.UpdateCluster$ = UpdateCluster$;
    exports.UpdateClusterCommand = UpdateClusterCommand;
    exports.UpdateClusterRequest$ = UpdateClusterRequest$;
    exports.UpdateClusterResponse$ = UpdateClusterResponse$;
    exports.UpdateClusterSettings$ = UpdateClusterSettings$;
    exports.UpdateClusterSettingsCommand = UpdateClusterSettingsCommand;
    exports.UpdateClusterSettingsRequest$ = UpdateClusterSettingsRequest$;
    exports.UpdateClusterSettingsResponse$ = UpdateClusterSettingsResponse$;
    exports.UpdateContainerAgent$ = UpdateContainerAgent$;
    exports.UpdateContainerAgentCommand = UpdateContainerAgentCommand;
    exports.UpdateContainerAgentRequest$ = UpdateContainerAgentRequest$;
    exports.UpdateContainerAgentResponse$ = UpdateContainerAgentResponse$;
    exports.UpdateContainerInstancesState$ = UpdateContainerInstancesState$;
    exports.UpdateContainerInstancesStateCommand = UpdateContainerInstancesStateCommand;
    exports.UpdateContainerInstancesStateRequest$ = UpdateContainerInstancesStateRequest$;
    exports.UpdateContainerInstancesStateResponse$ = UpdateContainerInstancesStateResponse$;
    exports.UpdateDaemon$ = UpdateDaemon$;
    exports.UpdateDaemonCommand = UpdateDaemonCommand;
    exports.UpdateDaemonRequest$ = UpdateDaemonRequest$;
    exports.UpdateDaemonResponse$ = UpdateDaemonResponse$;
    exports.UpdateExpressGatewayService$ = UpdateExpressGatewayService$;
    exports.UpdateExpressGatewayServiceCommand = UpdateExpressGatewayServiceCommand;
    exports.UpdateExpressGatewayServiceRequest$ = UpdateExpressGatewayServiceRequest$;
    exports.UpdateExpressGatewayServiceResponse$ = UpdateExpressGatewayServiceResponse$;
    exports.UpdateGateway$ = UpdateGateway$;
    exports.UpdateGatewayAlbConfiguration$ = UpdateGatewayAlbConfiguration$;
    exports.UpdateGatewayCommand = UpdateGatewayCommand;
    exports.UpdateGatewayConfiguration$ = UpdateGatewayConfiguration$;
    exports.UpdateGatewayNetworkConfiguration$ = UpdateGatewayNetworkConfiguration$;
    exports.UpdateGatewayRequest$ = UpdateGatewayRequest$;
    exports.UpdateGatewayResponse$ = UpdateGatewayResponse$;
    exports.UpdateInProgressException = UpdateInProgressException;
    exports.UpdateInProgressException$ = UpdateInProgressException$;
    exports.UpdateManagedInstancesProviderConfiguration$ = UpdateManagedInstancesProviderConfiguration$;
    exports.UpdateService$ = UpdateService$;
    exports.UpdateServiceCommand = UpdateServiceCommand2;
    exports.UpdateServicePrimaryTaskSet$ = UpdateServicePrimaryTaskSet$;
    exports.UpdateServicePrimaryTaskSetCommand = UpdateServicePrimaryTaskSetCommand;
    exports.UpdateServicePrimaryTaskSetRequest$ = UpdateServicePrimaryTaskSetRequest$;
    exports.UpdateServicePrimaryTaskSetResponse$ = UpdateServicePrimaryTaskSetResponse$;
    exports.UpdateServiceRequest$ = UpdateServiceRequest$;
    exports.UpdateServiceResponse$ = UpdateServiceResponse$;
    exports.UpdateTaskProtection$ = UpdateTaskProtection$;
    exports.UpdateTaskProtectionCommand = UpdateTaskProtectionCommand;
    exports.UpdateTaskProtectionRequest$ = UpdateTaskProtectionRequest$;
    exports.UpdateTaskProtectionResponse$ = UpdateTaskProtectionResponse$;
    exports.UpdateTaskSet$ = UpdateTaskSet$;
    exports.UpdateTaskSetCommand = UpdateTaskSetCommand;
    exports.UpdateTaskSetRequest$ = UpdateTaskSetRequest$;
    exports.UpdateTaskSetResponse$ = UpdateTaskSetResponse$;
    exports.UpdatedExpressGatewayService$ = UpdatedExpressGatewayService$;
    exports.VCpuCountRangeRequest$ = VCpuCountRangeRequest$;
    exports.VersionConsistency = VersionConsistency;
    exports.VersionInfo$ = VersionInfo$;
    exports.Volume$ = Volume$;
    exports.VolumeFrom$ = VolumeFrom$;
    exports.VpcLatticeAdvancedConfiguration$ = VpcLatticeAdvancedConfiguration$;
    exports.VpcLatticeConfiguration$ = VpcLatticeConfiguration$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListAccountSettings = paginateListAccountSettings;
    exports.paginateListAttributes = paginateListAttributes;
    exports.paginateListClusters = paginateListClusters;
    exports.paginateListContainerInstances = paginateListContainerInstances;
    exports.paginateListGatewayClusterAssociations = paginateListGatewayClusterAssociations;
    exports.paginateListGatewayRoutes = paginateListGatewayRoutes;
    exports.paginateListGateways = paginateListGateways;
    exports.paginateListServices = paginateListServices;
    exports.paginateListServicesByNamespace = paginateListServicesByNamespace;
    exports.paginateListTaskDefinitionFamilies = paginateListTaskDefinitionFamilies;
    exports.paginateListTaskDefinitions = paginateListTaskDefinitions;
    exports.paginateListTasks = paginateListTasks;
    exports.waitForDaemonActive = waitForDaemonActive;
    exports.waitForDaemonDeploymentStopped = waitForDaemonDeploymentStopped;
    exports.waitForDaemonDeploymentSuccessful = waitForDaemonDeploymentSuccessful;
    exports.waitForDaemonTaskDefinitionActive = waitForDaemonTaskDefinitionActive;
    exports.waitForDaemonTaskDefinitionDeleted = waitForDaemonTaskDefinitionDeleted;
    exports.waitForServicesInactive = waitForServicesInactive;
    exports.waitForServicesStable = waitForServicesStable;
    exports.waitForTasksRunning = waitForTasksRunning;
    exports.waitForTasksStopped = waitForTasksStopped;
    exports.waitUntilDaemonActive = waitUntilDaemonActive;
    exports.waitUntilDaemonDeploymentStopped = waitUntilDaemonDeploymentStopped;
    exports.waitUntilDaemonDeploymentSuccessful = waitUntilDaemonDeploymentSuccessful;
    exports.waitUntilDaemonTaskDefinitionActive = waitUntilDaemonTaskDefinitionActive;
    exports.waitUntilDaemonTaskDefinitionDeleted = waitUntilDaemonTaskDefinitionDeleted;
    exports.waitUntilServicesInactive = waitUntilServicesInactive;
    exports.waitUntilServicesStable = waitUntilServicesStable;
    exports.waitUntilTasksRunning = waitUntilTasksRunning;
    exports.waitUntilTasksStopped = waitUntilTasksStopped;
  }
});

// packages/platforms/src/ecs/client.ts
var import_client_ecs = __toESM(require_dist_cjs3(), 1);
init_retry();
var CONNECT_TIMEOUT_MS = 5e3, SDK_MAX_ATTEMPTS = 1, MAX_PAGES = 100, EcsError = class extends Error {
  constructor(operation, code, message, transient = !1) {
    super(`ECS ${operation}: ${code === "Error" ? "" : `${code}: `}${message}`);
    this.operation = operation;
    this.code = code;
    this.transient = transient;
    this.name = "EcsError";
  }
  operation;
  code;
  transient;
}, NotFoundError = class extends Error {
};
function isTransient(error) {
  return error instanceof Error ? isThrottlingError(error) || isTransientError(error) || error.$retryable !== void 0 : !1;
}
var isThrottled = (error) => error instanceof Error && isThrottlingError(error);
function retryAfterOf(error) {
  let headers = error.$response?.headers ?? {};
  return parseRetryAfter(headers["retry-after"] ?? headers["Retry-After"]);
}
function ecsError(operation, error) {
  return error instanceof CallTimeoutError ? new EcsError(operation, "TimeoutError", error.message.replace(/^ECS \w+: /, ""), !0) : new EcsError(operation, error.name ?? "Error", errorMessage(error), isTransient(error));
}
var MISSING_CREDENTIALS = "no AWS credentials were found (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a web identity token, a profile or an instance role); add an aws-actions/configure-aws-credentials step with role-to-assume before this one (OIDC: the job needs permissions: id-token: write)", Ecs = class _Ecs {
  constructor(region, log, policy = { clock: systemClock }, client = new import_client_ecs.ECSClient({ region, maxAttempts: SDK_MAX_ATTEMPTS, requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS } })) {
    this.region = region;
    this.log = log;
    this.policy = policy;
    this.client = client;
  }
  region;
  log;
  policy;
  client;
  /** The same client, its calls retried until `deadline` (on the policy's clock) and no longer; retries are told to `notify`. */
  within(deadline, notify) {
    return new _Ecs(this.region, this.log, { ...this.policy, deadline, ...notify ? { notify } : {} }, this.client);
  }
  /**
   * One call through `call`. `transient` decides what is retried: by default whatever another
   * attempt can help; a call that must not be carried out twice passes `isThrottled`.
   */
  async send(operation, attempt, transient = isTransient) {
    try {
      let { value, attempts } = await call({ name: `ECS ${operation}`, attempt, transient, retryAfterMs: retryAfterOf, describe: (e) => ecsError(operation, e).message }, this.policy);
      return this.log.count(operation, attempts), value;
    } catch (error) {
      throw this.log.count(operation, error.attempts), error.name === "CredentialsProviderError" ? new UsageError("AWS credentials", MISSING_CREDENTIALS) : ecsError(operation, error);
    }
  }
  /** Every page of a listing, at most MAX_PAGES of them; more is an error naming the call and the bound. */
  async pages(operation, fetch, limit = Number.POSITIVE_INFINITY) {
    let items = [], nextToken;
    for (let page = 1; ; page++) {
      let out = await fetch(nextToken);
      if (items.push(...out.items ?? []), nextToken = out.nextToken, !nextToken || items.length >= limit) return items;
      if (page >= MAX_PAGES) throw new EcsError(operation, "Error", `still a nextToken after ${MAX_PAGES} pages (${items.length} items): stopped at the bound of ${MAX_PAGES} pages`);
    }
  }
  /** Services by name in one cluster (10 per call); a missing one throws NotFoundError. */
  async describeServices(cluster, names) {
    let services = [];
    for (let i = 0; i < names.length; i += 10) {
      let batch = names.slice(i, i + 10), out = await this.send("DescribeServices", (abortSignal) => this.client.send(new import_client_ecs.DescribeServicesCommand({ cluster, services: batch }), { abortSignal })), missing = out.failures?.[0];
      if (missing) throw new NotFoundError(`service ${missing.arn?.split("/").pop() ?? "?"} ${missing.reason === "MISSING" ? "not found" : missing.reason} in cluster ${cluster} (${this.region})`);
      services.push(...out.services ?? []);
    }
    return services;
  }
  async describeService(cluster, name) {
    let [service] = await this.describeServices(cluster, [name]);
    if (!service) throw new NotFoundError(`service ${name} not found in cluster ${cluster} (${this.region})`);
    return service;
  }
  async describeTaskDefinition(taskDefinition) {
    let out = await this.send("DescribeTaskDefinition", (abortSignal) => this.client.send(new import_client_ecs.DescribeTaskDefinitionCommand({ taskDefinition, include: ["TAGS"] }), { abortSignal }));
    if (!out.taskDefinition) throw new EcsError("DescribeTaskDefinition", "Error", `no task definition ${taskDefinition}`);
    return { taskDefinition: out.taskDefinition, tags: out.tags ?? [] };
  }
  async registerTaskDefinition(input) {
    let out = await this.send("RegisterTaskDefinition", (abortSignal) => this.client.send(new import_client_ecs.RegisterTaskDefinitionCommand(input), { abortSignal }));
    if (!out.taskDefinition?.taskDefinitionArn) throw new EcsError("RegisterTaskDefinition", "Error", "no task definition in the answer");
    return out.taskDefinition;
  }
  async updateService(input) {
    let out = await this.send("UpdateService", (abortSignal) => this.client.send(new import_client_ecs.UpdateServiceCommand(input), { abortSignal }));
    if (!out.service) throw new EcsError("UpdateService", "Error", "no service in the answer");
    return out.service;
  }
  /** ACTIVE revisions of a family, newest first, every page. */
  listActiveRevisions(family) {
    return this.pages("ListTaskDefinitions", async (nextToken) => {
      let out = await this.send(
        "ListTaskDefinitions",
        (abortSignal) => this.client.send(new import_client_ecs.ListTaskDefinitionsCommand({ familyPrefix: family, status: "ACTIVE", sort: "DESC", maxResults: 100, ...nextToken ? { nextToken } : {} }), { abortSignal })
      );
      return { items: out.taskDefinitionArns ?? [], nextToken: out.nextToken };
    });
  }
  async deregisterTaskDefinition(arn) {
    await this.send("DeregisterTaskDefinition", (abortSignal) => this.client.send(new import_client_ecs.DeregisterTaskDefinitionCommand({ taskDefinition: arn }), { abortSignal }));
  }
  async runTask(input) {
    let out = await this.send("RunTask", (abortSignal) => this.client.send(new import_client_ecs.RunTaskCommand(input), { abortSignal }), isThrottled), failure = out.failures?.[0], task = out.tasks?.[0];
    if (failure || !task?.taskArn) throw new EcsError("RunTask", "Failure", `${failure?.reason ?? "no task started"}${failure?.detail ? ` (${failure.detail})` : ""}`);
    return task;
  }
  async stopTask(cluster, task, reason) {
    await this.send("StopTask", (abortSignal) => this.client.send(new import_client_ecs.StopTaskCommand({ cluster, task, reason }), { abortSignal }));
  }
  async describeTasks(cluster, arns) {
    let tasks = [];
    for (let i = 0; i < arns.length; i += 100) {
      let batch = arns.slice(i, i + 100), out = await this.send("DescribeTasks", (abortSignal) => this.client.send(new import_client_ecs.DescribeTasksCommand({ cluster, tasks: batch }), { abortSignal }));
      tasks.push(...out.tasks ?? []);
    }
    return tasks;
  }
  /** Task ARNs by filter, every page (`limit` caps how many are gathered). */
  listTasks(filter, limit = 1e3) {
    return this.pages(
      "ListTasks",
      async (nextToken) => {
        let out = await this.send("ListTasks", (abortSignal) => this.client.send(new import_client_ecs.ListTasksCommand({ ...filter, maxResults: 100, ...nextToken ? { nextToken } : {} }), { abortSignal }));
        return { items: out.taskArns ?? [], nextToken: out.nextToken };
      },
      limit
    );
  }
}, EcsClients = class {
  constructor(clock = systemClock, backoff) {
    this.clock = clock;
    this.backoff = backoff;
  }
  clock;
  backoff;
  log = new CallLog();
  clients = /* @__PURE__ */ new Map();
  for(region) {
    let client = this.clients.get(region);
    return client || this.clients.set(region, client = new Ecs(region, this.log, { clock: this.clock, ...this.backoff ? { backoff: this.backoff } : {} })), client;
  }
};

export {
  CONNECT_TIMEOUT_MS,
  SDK_MAX_ATTEMPTS,
  EcsError,
  NotFoundError,
  isTransient,
  Ecs,
  EcsClients
};
