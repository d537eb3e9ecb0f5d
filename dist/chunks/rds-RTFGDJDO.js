import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  AWS_CLIENT,
  AWS_ERRORS,
  awsRegion,
  init_util,
  util_exports
} from "./chunk-B76HAJ3P.js";
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
  require_dist_cjs,
  require_dist_cjs3 as require_dist_cjs2,
  require_dist_cjs4 as require_dist_cjs3,
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
  MAX_PAGES,
  cloudCall
} from "./chunk-XANLEI2V.js";
import "./chunk-YOQLGPVA.js";
import "./chunk-MGNG25PH.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-CSQLKDWK.js";
import {
  SourceError,
  finding
} from "./chunk-EDEOZ2BF.js";
import "./chunk-H4C6EQAC.js";
import {
  UNDECIDED_PREFIX
} from "./chunk-VSBUBHW6.js";
import "./chunk-YSQWLAFH.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-LZNI6XJR.js";
import "./chunk-CKBTBYET.js";
import "./chunk-3RSG6H7J.js";
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

// node_modules/@aws-sdk/middleware-sdk-rds/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/middleware-sdk-rds/dist-cjs/index.js"(exports) {
    var { formatUrl } = (init_util(), __toCommonJS(util_exports)), { toEndpointV1 } = (init_endpoints(), __toCommonJS(endpoints_exports)), { HttpRequest } = (init_protocols(), __toCommonJS(protocols_exports)), { SignatureV4 } = require_dist_cjs(), regARN = /arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?/, sourceIdToCommandKeyMap = {
      SourceDBSnapshotIdentifier: "CopyDBSnapshot",
      SourceDBInstanceIdentifier: "CreateDBInstanceReadReplica",
      ReplicationSourceIdentifier: "CreateDBCluster",
      SourceDBClusterSnapshotIdentifier: "CopyDBClusterSnapshot",
      SourceDBInstanceArn: "StartDBInstanceAutomatedBackupsReplication"
    }, version = "2014-10-31";
    function crossRegionPresignedUrlMiddleware(options) {
      return (next, context) => async (args) => {
        let { input } = args, region = await options.region(), sourceIdKey = Object.keys(sourceIdToCommandKeyMap).filter((sourceKeyId) => input.hasOwnProperty(sourceKeyId))[0];
        if (!sourceIdKey)
          return next(args);
        let command = sourceIdToCommandKeyMap[sourceIdKey];
        if (!input.PreSignedUrl && isARN(input[sourceIdKey]) && region !== getEndpointFromARN(input[sourceIdKey])) {
          let sourceRegion = getEndpointFromARN(input[sourceIdKey]), resolvedEndpoint;
          typeof options.endpoint == "function" ? resolvedEndpoint = await options.endpoint() : resolvedEndpoint = toEndpointV1(context.endpointV2), resolvedEndpoint.hostname = `rds.${sourceRegion}.amazonaws.com`;
          let request = new HttpRequest({
            ...resolvedEndpoint,
            protocol: "https",
            headers: {
              host: resolvedEndpoint.hostname
            },
            query: {
              Action: command,
              Version: version,
              KmsKeyId: input.KmsKeyId,
              DestinationRegion: region,
              [sourceIdKey]: input[sourceIdKey]
            }
          }), presignedRequest = await new SignatureV4({
            credentials: options.credentials,
            region: sourceRegion,
            service: "rds",
            sha256: options.sha256,
            uriEscapePath: options.signingEscapePath
          }).presign(request, {
            expiresIn: 3600
          });
          args = {
            ...args,
            input: {
              ...args.input,
              PreSignedUrl: formatUrl(presignedRequest)
            }
          };
        }
        return next(args);
      };
    }
    var crossRegionPresignedUrlMiddlewareOptions = {
      step: "serialize",
      tags: ["CROSS_REGION_PRESIGNED_URL"],
      name: "crossRegionPresignedUrlMiddleware",
      override: !0,
      relation: "after",
      toMiddleware: "endpointV2Middleware"
    }, getCrossRegionPresignedUrlPlugin = (config) => ({
      applyToStack: (clientStack) => {
        clientStack.addRelativeTo(crossRegionPresignedUrlMiddleware(config), crossRegionPresignedUrlMiddlewareOptions);
      }
    });
    function isARN(id) {
      return id ? regARN.test(id) : !1;
    }
    function getEndpointFromARN(arn) {
      let arnArr = arn.split(":");
      if (arnArr.length < 4)
        throw new Error(`Cannot infer endpoint from '${arn}'`);
      return arnArr[3];
    }
    exports.crossRegionPresignedUrlMiddleware = crossRegionPresignedUrlMiddleware;
    exports.crossRegionPresignedUrlMiddlewareOptions = crossRegionPresignedUrlMiddlewareOptions;
    exports.getCrossRegionPresignedUrlPlugin = getCrossRegionPresignedUrlPlugin;
  }
});

// node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var require_dist_cjs5 = __commonJS({
  "node_modules/@aws-sdk/client-rds/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2)), { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports)), { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports)), { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports)), { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports)), { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports)), { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports)), { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports)), { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports)), { defaultProvider } = require_dist_cjs3(), { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports)), { streamCollector, NodeHttpHandler } = require_dist_cjs2(), { AwsQueryProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2)), { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports)), { getCrossRegionPresignedUrlPlugin } = require_dist_cjs4(), defaultRDSHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "rds",
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
    var defaultRDSHttpAuthSchemeProvider = (authParameters) => {
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
      defaultSigningName: "rds"
    }), commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    }, version = "3.1168.0", packageInfo = {
      version
    }, k = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }], _data = {
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
        ["https://rds-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://rds.{Region}.amazonaws.com", i],
        ["https://rds-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://rds.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://rds.{Region}.{PartitionResult#dnsSuffix}", i],
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
    ]), bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results), cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    }), defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
      endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
    var RDSServiceException = class _RDSServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.rds#RDSServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _RDSServiceException.prototype);
      }
    }, DBClusterNotFoundFault = class _DBClusterNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterNotFoundFault";
      name = "DBClusterNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterNotFoundFault.prototype);
      }
    }, DBClusterRoleAlreadyExistsFault = class _DBClusterRoleAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterRoleAlreadyExistsFault";
      name = "DBClusterRoleAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterRoleAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterRoleAlreadyExistsFault.prototype);
      }
    }, DBClusterRoleQuotaExceededFault = class _DBClusterRoleQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterRoleQuotaExceededFault";
      name = "DBClusterRoleQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterRoleQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterRoleQuotaExceededFault.prototype);
      }
    }, InvalidDBClusterStateFault = class _InvalidDBClusterStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterStateFault";
      name = "InvalidDBClusterStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBClusterStateFault.prototype);
      }
    }, DBInstanceNotFoundFault = class _DBInstanceNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceNotFoundFault";
      name = "DBInstanceNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBInstanceNotFoundFault.prototype);
      }
    }, DBInstanceRoleAlreadyExistsFault = class _DBInstanceRoleAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceRoleAlreadyExistsFault";
      name = "DBInstanceRoleAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceRoleAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBInstanceRoleAlreadyExistsFault.prototype);
      }
    }, DBInstanceRoleQuotaExceededFault = class _DBInstanceRoleQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceRoleQuotaExceededFault";
      name = "DBInstanceRoleQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceRoleQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBInstanceRoleQuotaExceededFault.prototype);
      }
    }, InvalidDBInstanceStateFault = class _InvalidDBInstanceStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBInstanceStateFault";
      name = "InvalidDBInstanceStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBInstanceStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBInstanceStateFault.prototype);
      }
    }, SourceNotFoundFault = class _SourceNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SourceNotFoundFault";
      name = "SourceNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SourceNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SourceNotFoundFault.prototype);
      }
    }, SubscriptionNotFoundFault = class _SubscriptionNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SubscriptionNotFoundFault";
      name = "SubscriptionNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SubscriptionNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SubscriptionNotFoundFault.prototype);
      }
    }, BlueGreenDeploymentNotFoundFault = class _BlueGreenDeploymentNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#BlueGreenDeploymentNotFoundFault";
      name = "BlueGreenDeploymentNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BlueGreenDeploymentNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _BlueGreenDeploymentNotFoundFault.prototype);
      }
    }, DBCapacityReservationNotFoundFault = class _DBCapacityReservationNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBCapacityReservationNotFoundFault";
      name = "DBCapacityReservationNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBCapacityReservationNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBCapacityReservationNotFoundFault.prototype);
      }
    }, DBProxyEndpointNotFoundFault = class _DBProxyEndpointNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyEndpointNotFoundFault";
      name = "DBProxyEndpointNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyEndpointNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBProxyEndpointNotFoundFault.prototype);
      }
    }, DBProxyNotFoundFault = class _DBProxyNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyNotFoundFault";
      name = "DBProxyNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBProxyNotFoundFault.prototype);
      }
    }, DBProxyTargetGroupNotFoundFault = class _DBProxyTargetGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyTargetGroupNotFoundFault";
      name = "DBProxyTargetGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyTargetGroupNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBProxyTargetGroupNotFoundFault.prototype);
      }
    }, DBShardGroupNotFoundFault = class _DBShardGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBShardGroupNotFoundFault";
      name = "DBShardGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBShardGroupNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBShardGroupNotFoundFault.prototype);
      }
    }, DBSnapshotNotFoundFault = class _DBSnapshotNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSnapshotNotFoundFault";
      name = "DBSnapshotNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSnapshotNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSnapshotNotFoundFault.prototype);
      }
    }, DBSnapshotTenantDatabaseNotFoundFault = class _DBSnapshotTenantDatabaseNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSnapshotTenantDatabaseNotFoundFault";
      name = "DBSnapshotTenantDatabaseNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSnapshotTenantDatabaseNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSnapshotTenantDatabaseNotFoundFault.prototype);
      }
    }, IntegrationNotFoundFault = class _IntegrationNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IntegrationNotFoundFault";
      name = "IntegrationNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IntegrationNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IntegrationNotFoundFault.prototype);
      }
    }, InvalidDBClusterEndpointStateFault = class _InvalidDBClusterEndpointStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterEndpointStateFault";
      name = "InvalidDBClusterEndpointStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterEndpointStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBClusterEndpointStateFault.prototype);
      }
    }, TenantDatabaseNotFoundFault = class _TenantDatabaseNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#TenantDatabaseNotFoundFault";
      name = "TenantDatabaseNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TenantDatabaseNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _TenantDatabaseNotFoundFault.prototype);
      }
    }, ResourceNotFoundFault = class _ResourceNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ResourceNotFoundFault";
      name = "ResourceNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceNotFoundFault.prototype);
      }
    }, AuthorizationAlreadyExistsFault = class _AuthorizationAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#AuthorizationAlreadyExistsFault";
      name = "AuthorizationAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AuthorizationAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _AuthorizationAlreadyExistsFault.prototype);
      }
    }, AuthorizationQuotaExceededFault = class _AuthorizationQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#AuthorizationQuotaExceededFault";
      name = "AuthorizationQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AuthorizationQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _AuthorizationQuotaExceededFault.prototype);
      }
    }, DBSecurityGroupNotFoundFault = class _DBSecurityGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSecurityGroupNotFoundFault";
      name = "DBSecurityGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSecurityGroupNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSecurityGroupNotFoundFault.prototype);
      }
    }, InvalidDBSecurityGroupStateFault = class _InvalidDBSecurityGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSecurityGroupStateFault";
      name = "InvalidDBSecurityGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSecurityGroupStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBSecurityGroupStateFault.prototype);
      }
    }, InvalidDBCapacityReservationStateFault = class _InvalidDBCapacityReservationStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBCapacityReservationStateFault";
      name = "InvalidDBCapacityReservationStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBCapacityReservationStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBCapacityReservationStateFault.prototype);
      }
    }, ExportTaskNotFoundFault = class _ExportTaskNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ExportTaskNotFoundFault";
      name = "ExportTaskNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExportTaskNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ExportTaskNotFoundFault.prototype);
      }
    }, InvalidExportTaskStateFault = class _InvalidExportTaskStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidExportTaskStateFault";
      name = "InvalidExportTaskStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidExportTaskStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidExportTaskStateFault.prototype);
      }
    }, DBParameterGroupAlreadyExistsFault = class _DBParameterGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBParameterGroupAlreadyExistsFault";
      name = "DBParameterGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBParameterGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBParameterGroupAlreadyExistsFault.prototype);
      }
    }, DBParameterGroupNotFoundFault = class _DBParameterGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBParameterGroupNotFoundFault";
      name = "DBParameterGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBParameterGroupNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBParameterGroupNotFoundFault.prototype);
      }
    }, DBParameterGroupQuotaExceededFault = class _DBParameterGroupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBParameterGroupQuotaExceededFault";
      name = "DBParameterGroupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBParameterGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBParameterGroupQuotaExceededFault.prototype);
      }
    }, DBClusterSnapshotAlreadyExistsFault = class _DBClusterSnapshotAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterSnapshotAlreadyExistsFault";
      name = "DBClusterSnapshotAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterSnapshotAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterSnapshotAlreadyExistsFault.prototype);
      }
    }, DBClusterSnapshotNotFoundFault = class _DBClusterSnapshotNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterSnapshotNotFoundFault";
      name = "DBClusterSnapshotNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterSnapshotNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterSnapshotNotFoundFault.prototype);
      }
    }, InvalidDBClusterSnapshotStateFault = class _InvalidDBClusterSnapshotStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterSnapshotStateFault";
      name = "InvalidDBClusterSnapshotStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterSnapshotStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBClusterSnapshotStateFault.prototype);
      }
    }, KMSKeyNotAccessibleFault = class _KMSKeyNotAccessibleFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#KMSKeyNotAccessibleFault";
      name = "KMSKeyNotAccessibleFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "KMSKeyNotAccessibleFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _KMSKeyNotAccessibleFault.prototype);
      }
    }, SnapshotQuotaExceededFault = class _SnapshotQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SnapshotQuotaExceededFault";
      name = "SnapshotQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SnapshotQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SnapshotQuotaExceededFault.prototype);
      }
    }, CustomAvailabilityZoneNotFoundFault = class _CustomAvailabilityZoneNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CustomAvailabilityZoneNotFoundFault";
      name = "CustomAvailabilityZoneNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CustomAvailabilityZoneNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _CustomAvailabilityZoneNotFoundFault.prototype);
      }
    }, DBSnapshotAlreadyExistsFault = class _DBSnapshotAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSnapshotAlreadyExistsFault";
      name = "DBSnapshotAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSnapshotAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSnapshotAlreadyExistsFault.prototype);
      }
    }, InvalidDBSnapshotStateFault = class _InvalidDBSnapshotStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSnapshotStateFault";
      name = "InvalidDBSnapshotStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSnapshotStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBSnapshotStateFault.prototype);
      }
    }, OptionGroupAlreadyExistsFault = class _OptionGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#OptionGroupAlreadyExistsFault";
      name = "OptionGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OptionGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _OptionGroupAlreadyExistsFault.prototype);
      }
    }, OptionGroupNotFoundFault = class _OptionGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#OptionGroupNotFoundFault";
      name = "OptionGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OptionGroupNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _OptionGroupNotFoundFault.prototype);
      }
    }, OptionGroupQuotaExceededFault = class _OptionGroupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#OptionGroupQuotaExceededFault";
      name = "OptionGroupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OptionGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _OptionGroupQuotaExceededFault.prototype);
      }
    }, BlueGreenDeploymentAlreadyExistsFault = class _BlueGreenDeploymentAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#BlueGreenDeploymentAlreadyExistsFault";
      name = "BlueGreenDeploymentAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BlueGreenDeploymentAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _BlueGreenDeploymentAlreadyExistsFault.prototype);
      }
    }, DBClusterParameterGroupNotFoundFault = class _DBClusterParameterGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterParameterGroupNotFoundFault";
      name = "DBClusterParameterGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterParameterGroupNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterParameterGroupNotFoundFault.prototype);
      }
    }, DBClusterQuotaExceededFault = class _DBClusterQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterQuotaExceededFault";
      name = "DBClusterQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterQuotaExceededFault.prototype);
      }
    }, InstanceQuotaExceededFault = class _InstanceQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InstanceQuotaExceededFault";
      name = "InstanceQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InstanceQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InstanceQuotaExceededFault.prototype);
      }
    }, SourceClusterNotSupportedFault = class _SourceClusterNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SourceClusterNotSupportedFault";
      name = "SourceClusterNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SourceClusterNotSupportedFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SourceClusterNotSupportedFault.prototype);
      }
    }, SourceDatabaseNotSupportedFault = class _SourceDatabaseNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SourceDatabaseNotSupportedFault";
      name = "SourceDatabaseNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SourceDatabaseNotSupportedFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SourceDatabaseNotSupportedFault.prototype);
      }
    }, StorageQuotaExceededFault = class _StorageQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#StorageQuotaExceededFault";
      name = "StorageQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "StorageQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _StorageQuotaExceededFault.prototype);
      }
    }, CreateCustomDBEngineVersionFault = class _CreateCustomDBEngineVersionFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CreateCustomDBEngineVersionFault";
      name = "CreateCustomDBEngineVersionFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CreateCustomDBEngineVersionFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _CreateCustomDBEngineVersionFault.prototype);
      }
    }, CustomDBEngineVersionAlreadyExistsFault = class _CustomDBEngineVersionAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CustomDBEngineVersionAlreadyExistsFault";
      name = "CustomDBEngineVersionAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CustomDBEngineVersionAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _CustomDBEngineVersionAlreadyExistsFault.prototype);
      }
    }, CustomDBEngineVersionNotFoundFault = class _CustomDBEngineVersionNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CustomDBEngineVersionNotFoundFault";
      name = "CustomDBEngineVersionNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CustomDBEngineVersionNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _CustomDBEngineVersionNotFoundFault.prototype);
      }
    }, CustomDBEngineVersionQuotaExceededFault = class _CustomDBEngineVersionQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CustomDBEngineVersionQuotaExceededFault";
      name = "CustomDBEngineVersionQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CustomDBEngineVersionQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _CustomDBEngineVersionQuotaExceededFault.prototype);
      }
    }, Ec2ImagePropertiesNotSupportedFault = class _Ec2ImagePropertiesNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#Ec2ImagePropertiesNotSupportedFault";
      name = "Ec2ImagePropertiesNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "Ec2ImagePropertiesNotSupportedFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _Ec2ImagePropertiesNotSupportedFault.prototype);
      }
    }, InvalidCustomDBEngineVersionStateFault = class _InvalidCustomDBEngineVersionStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidCustomDBEngineVersionStateFault";
      name = "InvalidCustomDBEngineVersionStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidCustomDBEngineVersionStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidCustomDBEngineVersionStateFault.prototype);
      }
    }, DBCapacityReservationAlreadyExistsFault = class _DBCapacityReservationAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBCapacityReservationAlreadyExistsFault";
      name = "DBCapacityReservationAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBCapacityReservationAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBCapacityReservationAlreadyExistsFault.prototype);
      }
    }, DBCapacityReservationUnsupportedFault = class _DBCapacityReservationUnsupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBCapacityReservationUnsupportedFault";
      name = "DBCapacityReservationUnsupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBCapacityReservationUnsupportedFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBCapacityReservationUnsupportedFault.prototype);
      }
    }, InsufficientDBInstanceCapacityFault = class _InsufficientDBInstanceCapacityFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InsufficientDBInstanceCapacityFault";
      name = "InsufficientDBInstanceCapacityFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientDBInstanceCapacityFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InsufficientDBInstanceCapacityFault.prototype);
      }
    }, DBClusterAlreadyExistsFault = class _DBClusterAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterAlreadyExistsFault";
      name = "DBClusterAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterAlreadyExistsFault.prototype);
      }
    }, DBSubnetGroupDoesNotCoverEnoughAZs = class _DBSubnetGroupDoesNotCoverEnoughAZs extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupDoesNotCoverEnoughAZs";
      name = "DBSubnetGroupDoesNotCoverEnoughAZs";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupDoesNotCoverEnoughAZs",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSubnetGroupDoesNotCoverEnoughAZs.prototype);
      }
    }, DBSubnetGroupNotFoundFault = class _DBSubnetGroupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupNotFoundFault";
      name = "DBSubnetGroupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSubnetGroupNotFoundFault.prototype);
      }
    }, DomainNotFoundFault = class _DomainNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DomainNotFoundFault";
      name = "DomainNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DomainNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DomainNotFoundFault.prototype);
      }
    }, GlobalClusterNotFoundFault = class _GlobalClusterNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#GlobalClusterNotFoundFault";
      name = "GlobalClusterNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "GlobalClusterNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _GlobalClusterNotFoundFault.prototype);
      }
    }, InsufficientStorageClusterCapacityFault = class _InsufficientStorageClusterCapacityFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InsufficientStorageClusterCapacityFault";
      name = "InsufficientStorageClusterCapacityFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientStorageClusterCapacityFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InsufficientStorageClusterCapacityFault.prototype);
      }
    }, InvalidDBSubnetGroupFault = class _InvalidDBSubnetGroupFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSubnetGroupFault";
      name = "InvalidDBSubnetGroupFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSubnetGroupFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBSubnetGroupFault.prototype);
      }
    }, InvalidDBSubnetGroupStateFault = class _InvalidDBSubnetGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSubnetGroupStateFault";
      name = "InvalidDBSubnetGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSubnetGroupStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBSubnetGroupStateFault.prototype);
      }
    }, InvalidGlobalClusterStateFault = class _InvalidGlobalClusterStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidGlobalClusterStateFault";
      name = "InvalidGlobalClusterStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidGlobalClusterStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidGlobalClusterStateFault.prototype);
      }
    }, InvalidSubnet = class _InvalidSubnet extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidSubnet";
      name = "InvalidSubnet";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidSubnet",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidSubnet.prototype);
      }
    }, InvalidVPCNetworkStateFault = class _InvalidVPCNetworkStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidVPCNetworkStateFault";
      name = "InvalidVPCNetworkStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidVPCNetworkStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidVPCNetworkStateFault.prototype);
      }
    }, NetworkTypeNotSupported = class _NetworkTypeNotSupported extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#NetworkTypeNotSupported";
      name = "NetworkTypeNotSupported";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NetworkTypeNotSupported",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _NetworkTypeNotSupported.prototype);
      }
    }, StorageTypeNotSupportedFault = class _StorageTypeNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#StorageTypeNotSupportedFault";
      name = "StorageTypeNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "StorageTypeNotSupportedFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _StorageTypeNotSupportedFault.prototype);
      }
    }, VpcEncryptionControlViolationException = class _VpcEncryptionControlViolationException extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#VpcEncryptionControlViolationException";
      name = "VpcEncryptionControlViolationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "VpcEncryptionControlViolationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _VpcEncryptionControlViolationException.prototype);
      }
    }, DBClusterEndpointAlreadyExistsFault = class _DBClusterEndpointAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterEndpointAlreadyExistsFault";
      name = "DBClusterEndpointAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterEndpointAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterEndpointAlreadyExistsFault.prototype);
      }
    }, DBClusterEndpointQuotaExceededFault = class _DBClusterEndpointQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterEndpointQuotaExceededFault";
      name = "DBClusterEndpointQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterEndpointQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterEndpointQuotaExceededFault.prototype);
      }
    }, AuthorizationNotFoundFault = class _AuthorizationNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#AuthorizationNotFoundFault";
      name = "AuthorizationNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AuthorizationNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _AuthorizationNotFoundFault.prototype);
      }
    }, BackupPolicyNotFoundFault = class _BackupPolicyNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#BackupPolicyNotFoundFault";
      name = "BackupPolicyNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BackupPolicyNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _BackupPolicyNotFoundFault.prototype);
      }
    }, CertificateNotFoundFault = class _CertificateNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#CertificateNotFoundFault";
      name = "CertificateNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "CertificateNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _CertificateNotFoundFault.prototype);
      }
    }, DBInstanceAlreadyExistsFault = class _DBInstanceAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceAlreadyExistsFault";
      name = "DBInstanceAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBInstanceAlreadyExistsFault.prototype);
      }
    }, ProvisionedIopsNotAvailableInAZFault = class _ProvisionedIopsNotAvailableInAZFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ProvisionedIopsNotAvailableInAZFault";
      name = "ProvisionedIopsNotAvailableInAZFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ProvisionedIopsNotAvailableInAZFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ProvisionedIopsNotAvailableInAZFault.prototype);
      }
    }, TenantDatabaseQuotaExceededFault = class _TenantDatabaseQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#TenantDatabaseQuotaExceededFault";
      name = "TenantDatabaseQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TenantDatabaseQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _TenantDatabaseQuotaExceededFault.prototype);
      }
    }, DBSubnetGroupNotAllowedFault = class _DBSubnetGroupNotAllowedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupNotAllowedFault";
      name = "DBSubnetGroupNotAllowedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupNotAllowedFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSubnetGroupNotAllowedFault.prototype);
      }
    }, DBProxyAlreadyExistsFault = class _DBProxyAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyAlreadyExistsFault";
      name = "DBProxyAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBProxyAlreadyExistsFault.prototype);
      }
    }, DBProxyQuotaExceededFault = class _DBProxyQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyQuotaExceededFault";
      name = "DBProxyQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBProxyQuotaExceededFault.prototype);
      }
    }, DBProxyEndpointAlreadyExistsFault = class _DBProxyEndpointAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyEndpointAlreadyExistsFault";
      name = "DBProxyEndpointAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyEndpointAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBProxyEndpointAlreadyExistsFault.prototype);
      }
    }, DBProxyEndpointQuotaExceededFault = class _DBProxyEndpointQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyEndpointQuotaExceededFault";
      name = "DBProxyEndpointQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyEndpointQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBProxyEndpointQuotaExceededFault.prototype);
      }
    }, InvalidDBProxyStateFault = class _InvalidDBProxyStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBProxyStateFault";
      name = "InvalidDBProxyStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBProxyStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBProxyStateFault.prototype);
      }
    }, DBSecurityGroupAlreadyExistsFault = class _DBSecurityGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSecurityGroupAlreadyExistsFault";
      name = "DBSecurityGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSecurityGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSecurityGroupAlreadyExistsFault.prototype);
      }
    }, DBSecurityGroupNotSupportedFault = class _DBSecurityGroupNotSupportedFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSecurityGroupNotSupportedFault";
      name = "DBSecurityGroupNotSupportedFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSecurityGroupNotSupportedFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSecurityGroupNotSupportedFault.prototype);
      }
    }, DBSecurityGroupQuotaExceededFault = class _DBSecurityGroupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSecurityGroupQuotaExceededFault";
      name = "DBSecurityGroupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSecurityGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSecurityGroupQuotaExceededFault.prototype);
      }
    }, DBShardGroupAlreadyExistsFault = class _DBShardGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBShardGroupAlreadyExistsFault";
      name = "DBShardGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBShardGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBShardGroupAlreadyExistsFault.prototype);
      }
    }, MaxDBShardGroupLimitReached = class _MaxDBShardGroupLimitReached extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#MaxDBShardGroupLimitReached";
      name = "MaxDBShardGroupLimitReached";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MaxDBShardGroupLimitReached",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _MaxDBShardGroupLimitReached.prototype);
      }
    }, UnsupportedDBEngineVersionFault = class _UnsupportedDBEngineVersionFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#UnsupportedDBEngineVersionFault";
      name = "UnsupportedDBEngineVersionFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedDBEngineVersionFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _UnsupportedDBEngineVersionFault.prototype);
      }
    }, DBSubnetGroupAlreadyExistsFault = class _DBSubnetGroupAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupAlreadyExistsFault";
      name = "DBSubnetGroupAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSubnetGroupAlreadyExistsFault.prototype);
      }
    }, DBSubnetGroupQuotaExceededFault = class _DBSubnetGroupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetGroupQuotaExceededFault";
      name = "DBSubnetGroupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetGroupQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSubnetGroupQuotaExceededFault.prototype);
      }
    }, DBSubnetQuotaExceededFault = class _DBSubnetQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBSubnetQuotaExceededFault";
      name = "DBSubnetQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBSubnetQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBSubnetQuotaExceededFault.prototype);
      }
    }, EventSubscriptionQuotaExceededFault = class _EventSubscriptionQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#EventSubscriptionQuotaExceededFault";
      name = "EventSubscriptionQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "EventSubscriptionQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _EventSubscriptionQuotaExceededFault.prototype);
      }
    }, SNSInvalidTopicFault = class _SNSInvalidTopicFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SNSInvalidTopicFault";
      name = "SNSInvalidTopicFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SNSInvalidTopicFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SNSInvalidTopicFault.prototype);
      }
    }, SNSNoAuthorizationFault = class _SNSNoAuthorizationFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SNSNoAuthorizationFault";
      name = "SNSNoAuthorizationFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SNSNoAuthorizationFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SNSNoAuthorizationFault.prototype);
      }
    }, SNSTopicArnNotFoundFault = class _SNSTopicArnNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SNSTopicArnNotFoundFault";
      name = "SNSTopicArnNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SNSTopicArnNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SNSTopicArnNotFoundFault.prototype);
      }
    }, SubscriptionAlreadyExistFault = class _SubscriptionAlreadyExistFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SubscriptionAlreadyExistFault";
      name = "SubscriptionAlreadyExistFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SubscriptionAlreadyExistFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SubscriptionAlreadyExistFault.prototype);
      }
    }, SubscriptionCategoryNotFoundFault = class _SubscriptionCategoryNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SubscriptionCategoryNotFoundFault";
      name = "SubscriptionCategoryNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SubscriptionCategoryNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SubscriptionCategoryNotFoundFault.prototype);
      }
    }, GlobalClusterAlreadyExistsFault = class _GlobalClusterAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#GlobalClusterAlreadyExistsFault";
      name = "GlobalClusterAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "GlobalClusterAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _GlobalClusterAlreadyExistsFault.prototype);
      }
    }, GlobalClusterQuotaExceededFault = class _GlobalClusterQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#GlobalClusterQuotaExceededFault";
      name = "GlobalClusterQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "GlobalClusterQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _GlobalClusterQuotaExceededFault.prototype);
      }
    }, InvalidDBShardGroupStateFault = class _InvalidDBShardGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBShardGroupStateFault";
      name = "InvalidDBShardGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBShardGroupStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBShardGroupStateFault.prototype);
      }
    }, IntegrationAlreadyExistsFault = class _IntegrationAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IntegrationAlreadyExistsFault";
      name = "IntegrationAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IntegrationAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IntegrationAlreadyExistsFault.prototype);
      }
    }, IntegrationConflictOperationFault = class _IntegrationConflictOperationFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IntegrationConflictOperationFault";
      name = "IntegrationConflictOperationFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IntegrationConflictOperationFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IntegrationConflictOperationFault.prototype);
      }
    }, IntegrationQuotaExceededFault = class _IntegrationQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IntegrationQuotaExceededFault";
      name = "IntegrationQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IntegrationQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IntegrationQuotaExceededFault.prototype);
      }
    }, TenantDatabaseAlreadyExistsFault = class _TenantDatabaseAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#TenantDatabaseAlreadyExistsFault";
      name = "TenantDatabaseAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TenantDatabaseAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _TenantDatabaseAlreadyExistsFault.prototype);
      }
    }, InvalidBlueGreenDeploymentStateFault = class _InvalidBlueGreenDeploymentStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidBlueGreenDeploymentStateFault";
      name = "InvalidBlueGreenDeploymentStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidBlueGreenDeploymentStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidBlueGreenDeploymentStateFault.prototype);
      }
    }, DBClusterAutomatedBackupQuotaExceededFault = class _DBClusterAutomatedBackupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterAutomatedBackupQuotaExceededFault";
      name = "DBClusterAutomatedBackupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterAutomatedBackupQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterAutomatedBackupQuotaExceededFault.prototype);
      }
    }, DBClusterAutomatedBackupNotFoundFault = class _DBClusterAutomatedBackupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterAutomatedBackupNotFoundFault";
      name = "DBClusterAutomatedBackupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterAutomatedBackupNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterAutomatedBackupNotFoundFault.prototype);
      }
    }, InvalidDBClusterAutomatedBackupStateFault = class _InvalidDBClusterAutomatedBackupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterAutomatedBackupStateFault";
      name = "InvalidDBClusterAutomatedBackupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterAutomatedBackupStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBClusterAutomatedBackupStateFault.prototype);
      }
    }, DBClusterEndpointNotFoundFault = class _DBClusterEndpointNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterEndpointNotFoundFault";
      name = "DBClusterEndpointNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterEndpointNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterEndpointNotFoundFault.prototype);
      }
    }, InvalidDBParameterGroupStateFault = class _InvalidDBParameterGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBParameterGroupStateFault";
      name = "InvalidDBParameterGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBParameterGroupStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBParameterGroupStateFault.prototype);
      }
    }, DBInstanceAutomatedBackupQuotaExceededFault = class _DBInstanceAutomatedBackupQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceAutomatedBackupQuotaExceededFault";
      name = "DBInstanceAutomatedBackupQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceAutomatedBackupQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBInstanceAutomatedBackupQuotaExceededFault.prototype);
      }
    }, DBInstanceAutomatedBackupNotFoundFault = class _DBInstanceAutomatedBackupNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceAutomatedBackupNotFoundFault";
      name = "DBInstanceAutomatedBackupNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceAutomatedBackupNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBInstanceAutomatedBackupNotFoundFault.prototype);
      }
    }, InvalidDBInstanceAutomatedBackupStateFault = class _InvalidDBInstanceAutomatedBackupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBInstanceAutomatedBackupStateFault";
      name = "InvalidDBInstanceAutomatedBackupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBInstanceAutomatedBackupStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBInstanceAutomatedBackupStateFault.prototype);
      }
    }, InvalidDBProxyEndpointStateFault = class _InvalidDBProxyEndpointStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBProxyEndpointStateFault";
      name = "InvalidDBProxyEndpointStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBProxyEndpointStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBProxyEndpointStateFault.prototype);
      }
    }, InvalidDBSubnetStateFault = class _InvalidDBSubnetStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBSubnetStateFault";
      name = "InvalidDBSubnetStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBSubnetStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBSubnetStateFault.prototype);
      }
    }, InvalidEventSubscriptionStateFault = class _InvalidEventSubscriptionStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidEventSubscriptionStateFault";
      name = "InvalidEventSubscriptionStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidEventSubscriptionStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidEventSubscriptionStateFault.prototype);
      }
    }, InvalidIntegrationStateFault = class _InvalidIntegrationStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidIntegrationStateFault";
      name = "InvalidIntegrationStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidIntegrationStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidIntegrationStateFault.prototype);
      }
    }, InvalidOptionGroupStateFault = class _InvalidOptionGroupStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidOptionGroupStateFault";
      name = "InvalidOptionGroupStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidOptionGroupStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidOptionGroupStateFault.prototype);
      }
    }, DBProxyTargetNotFoundFault = class _DBProxyTargetNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyTargetNotFoundFault";
      name = "DBProxyTargetNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyTargetNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBProxyTargetNotFoundFault.prototype);
      }
    }, DBClusterBacktrackNotFoundFault = class _DBClusterBacktrackNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterBacktrackNotFoundFault";
      name = "DBClusterBacktrackNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterBacktrackNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterBacktrackNotFoundFault.prototype);
      }
    }, DBInstanceNotReadyFault = class _DBInstanceNotReadyFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceNotReadyFault";
      name = "DBInstanceNotReadyFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceNotReadyFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBInstanceNotReadyFault.prototype);
      }
    }, ReservedDBInstanceNotFoundFault = class _ReservedDBInstanceNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ReservedDBInstanceNotFoundFault";
      name = "ReservedDBInstanceNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReservedDBInstanceNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ReservedDBInstanceNotFoundFault.prototype);
      }
    }, ReservedDBInstancesOfferingNotFoundFault = class _ReservedDBInstancesOfferingNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ReservedDBInstancesOfferingNotFoundFault";
      name = "ReservedDBInstancesOfferingNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReservedDBInstancesOfferingNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ReservedDBInstancesOfferingNotFoundFault.prototype);
      }
    }, InvalidResourceStateFault = class _InvalidResourceStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidResourceStateFault";
      name = "InvalidResourceStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidResourceStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidResourceStateFault.prototype);
      }
    }, DBLogFileNotFoundFault = class _DBLogFileNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBLogFileNotFoundFault";
      name = "DBLogFileNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBLogFileNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBLogFileNotFoundFault.prototype);
      }
    }, InvalidDBClusterCapacityFault = class _InvalidDBClusterCapacityFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidDBClusterCapacityFault";
      name = "InvalidDBClusterCapacityFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidDBClusterCapacityFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidDBClusterCapacityFault.prototype);
      }
    }, StorageTypeNotAvailableFault = class _StorageTypeNotAvailableFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#StorageTypeNotAvailableFault";
      name = "StorageTypeNotAvailableFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "StorageTypeNotAvailableFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _StorageTypeNotAvailableFault.prototype);
      }
    }, SharedSnapshotQuotaExceededFault = class _SharedSnapshotQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SharedSnapshotQuotaExceededFault";
      name = "SharedSnapshotQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SharedSnapshotQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SharedSnapshotQuotaExceededFault.prototype);
      }
    }, DBUpgradeDependencyFailureFault = class _DBUpgradeDependencyFailureFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBUpgradeDependencyFailureFault";
      name = "DBUpgradeDependencyFailureFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBUpgradeDependencyFailureFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBUpgradeDependencyFailureFault.prototype);
      }
    }, SubnetAlreadyInUse = class _SubnetAlreadyInUse extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#SubnetAlreadyInUse";
      name = "SubnetAlreadyInUse";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SubnetAlreadyInUse",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SubnetAlreadyInUse.prototype);
      }
    }, ReservedDBInstanceAlreadyExistsFault = class _ReservedDBInstanceAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ReservedDBInstanceAlreadyExistsFault";
      name = "ReservedDBInstanceAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReservedDBInstanceAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ReservedDBInstanceAlreadyExistsFault.prototype);
      }
    }, ReservedDBInstanceQuotaExceededFault = class _ReservedDBInstanceQuotaExceededFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ReservedDBInstanceQuotaExceededFault";
      name = "ReservedDBInstanceQuotaExceededFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReservedDBInstanceQuotaExceededFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ReservedDBInstanceQuotaExceededFault.prototype);
      }
    }, DBProxyTargetAlreadyRegisteredFault = class _DBProxyTargetAlreadyRegisteredFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBProxyTargetAlreadyRegisteredFault";
      name = "DBProxyTargetAlreadyRegisteredFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBProxyTargetAlreadyRegisteredFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBProxyTargetAlreadyRegisteredFault.prototype);
      }
    }, InsufficientAvailableIPsInSubnetFault = class _InsufficientAvailableIPsInSubnetFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InsufficientAvailableIPsInSubnetFault";
      name = "InsufficientAvailableIPsInSubnetFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientAvailableIPsInSubnetFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InsufficientAvailableIPsInSubnetFault.prototype);
      }
    }, DBClusterRoleNotFoundFault = class _DBClusterRoleNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBClusterRoleNotFoundFault";
      name = "DBClusterRoleNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBClusterRoleNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBClusterRoleNotFoundFault.prototype);
      }
    }, DBInstanceRoleNotFoundFault = class _DBInstanceRoleNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#DBInstanceRoleNotFoundFault";
      name = "DBInstanceRoleNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DBInstanceRoleNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DBInstanceRoleNotFoundFault.prototype);
      }
    }, InvalidS3BucketFault = class _InvalidS3BucketFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidS3BucketFault";
      name = "InvalidS3BucketFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidS3BucketFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidS3BucketFault.prototype);
      }
    }, InsufficientDBClusterCapacityFault = class _InsufficientDBClusterCapacityFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InsufficientDBClusterCapacityFault";
      name = "InsufficientDBClusterCapacityFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientDBClusterCapacityFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InsufficientDBClusterCapacityFault.prototype);
      }
    }, InvalidRestoreFault = class _InvalidRestoreFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidRestoreFault";
      name = "InvalidRestoreFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidRestoreFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidRestoreFault.prototype);
      }
    }, PointInTimeRestoreNotEnabledFault = class _PointInTimeRestoreNotEnabledFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#PointInTimeRestoreNotEnabledFault";
      name = "PointInTimeRestoreNotEnabledFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PointInTimeRestoreNotEnabledFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _PointInTimeRestoreNotEnabledFault.prototype);
      }
    }, ExportTaskAlreadyExistsFault = class _ExportTaskAlreadyExistsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#ExportTaskAlreadyExistsFault";
      name = "ExportTaskAlreadyExistsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExportTaskAlreadyExistsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ExportTaskAlreadyExistsFault.prototype);
      }
    }, IamRoleMissingPermissionsFault = class _IamRoleMissingPermissionsFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IamRoleMissingPermissionsFault";
      name = "IamRoleMissingPermissionsFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IamRoleMissingPermissionsFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IamRoleMissingPermissionsFault.prototype);
      }
    }, IamRoleNotFoundFault = class _IamRoleNotFoundFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#IamRoleNotFoundFault";
      name = "IamRoleNotFoundFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IamRoleNotFoundFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IamRoleNotFoundFault.prototype);
      }
    }, InvalidExportOnlyFault = class _InvalidExportOnlyFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidExportOnlyFault";
      name = "InvalidExportOnlyFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidExportOnlyFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidExportOnlyFault.prototype);
      }
    }, InvalidExportSourceStateFault = class _InvalidExportSourceStateFault extends RDSServiceException {
      static shapeId = "com.amazonaws.rds#InvalidExportSourceStateFault";
      name = "InvalidExportSourceStateFault";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidExportSourceStateFault",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidExportSourceStateFault.prototype);
      }
    }, _A = "Auth", _AA = "ApplyAction", _AAAD = "AutoAppliedAfterDate", _AAEF = "AuthorizationAlreadyExistsFault", _AAM = "AccountAttributesMessage", _AASVO = "AvailableAdditionalStorageVolumesOption", _AASVOL = "AvailableAdditionalStorageVolumesOptionList", _AASVOv = "AvailableAdditionalStorageVolumesOptions", _ABRPA = "AwsBackupRecoveryPointArn", _AC = "AvailableCapacity", _ACPAZ = "AvailableCapacityPerAvailabilityZone", _ACPAZL = "AvailableCapacityPerAvailabilityZoneList", _ADBSGI = "AuthorizeDBSecurityGroupIngress", _ADBSGIM = "AuthorizeDBSecurityGroupIngressMessage", _ADBSGIR = "AuthorizeDBSecurityGroupIngressResult", _ADL = "AllowDataLoss", _ADP = "AdditionalDataPending", _AEC = "AdditionalEncryptionContext", _AEMC = "AllowEngineModeChange", _AI = "AdditionalInfo", _AIc = "ActionId", _AIp = "ApplyImmediately", _AM = "AutomationMode", _AMVU = "AutoMinorVersionUpgrade", _AMVUl = "AllowMajorVersionUpgrade", _AMp = "ApplyMethod", _AMpp = "ApplyModes", _AN = "AttributeName", _ANFF = "AuthorizationNotFoundFault", _AP = "AutoPause", _APF = "AvailableProcessorFeature", _APFL = "AvailableProcessorFeatureList", _APFv = "AvailableProcessorFeatures", _APMA = "ApplyPendingMaintenanceAction", _APMAM = "ApplyPendingMaintenanceActionMessage", _APMAR = "ApplyPendingMaintenanceActionResult", _APS = "AuditPolicyState", _AQ = "AccountQuotas", _AQEF = "AuthorizationQuotaExceededFault", _AQL = "AccountQuotaList", _AQN = "AccountQuotaName", _AQc = "AccountQuota", _AR = "AssociatedRoles", _ART = "AutomaticRestartTime", _ARTDBC = "AddRoleToDBCluster", _ARTDBCM = "AddRoleToDBClusterMessage", _ARTDBI = "AddRoleToDBInstance", _ARTDBIM = "AddRoleToDBInstanceMessage", _AS = "AllocatedStorage", _ASA = "AuthSecretArn", _ASENAFI = "ActivityStreamEngineNativeAuditFieldsIncluded", _ASITS = "AddSourceIdentifierToSubscription", _ASITSM = "AddSourceIdentifierToSubscriptionMessage", _ASITSR = "AddSourceIdentifierToSubscriptionResult", _ASKKI = "ActivityStreamKmsKeyId", _ASKSN = "ActivityStreamKinesisStreamName", _ASM = "ActivityStreamMode", _ASPS = "ActivityStreamPolicyStatus", _ASS = "ActivityStreamStatus", _ASV = "AdditionalStorageVolume", _ASVL = "AdditionalStorageVolumesList", _ASVO = "AdditionalStorageVolumeOutput", _ASVOL = "AdditionalStorageVolumesOutputList", _ASVd = "AdditionalStorageVolumes", _ASd = "AdditionalStorage", _ASu = "AuthScheme", _AT = "ApplyType", _ATTR = "AddTagsToResource", _ATTRM = "AddTagsToResourceMessage", _AU = "AutoUpgrade", _AV = "AllowedValues", _AVANVIM = "AllowsVpcAndNonVpcInstanceMemberships", _AVL = "AttributeValueList", _AVl = "AllowedValue", _AVt = "AttributeValues", _AVtt = "AttributeValue", _AZ = "AvailabilityZone", _AZG = "AvailabilityZoneGroup", _AZL = "AvailabilityZoneList", _AZv = "AvailabilityZones", _Ac = "Action", _Ad = "Address", _An = "Analysis", _Ar = "Arn", _BCCR = "BacktrackConsumedChangeRecords", _BDBC = "BacktrackDBCluster", _BDBCM = "BacktrackDBClusterMessage", _BF = "BacktrackedFrom", _BGD = "BlueGreenDeployment", _BGDAEF = "BlueGreenDeploymentAlreadyExistsFault", _BGDI = "BlueGreenDeploymentIdentifier", _BGDL = "BlueGreenDeploymentList", _BGDN = "BlueGreenDeploymentName", _BGDNFF = "BlueGreenDeploymentNotFoundFault", _BGDT = "BlueGreenDeploymentTask", _BGDTL = "BlueGreenDeploymentTaskList", _BGDl = "BlueGreenDeployments", _BI = "BacktrackIdentifier", _BPNFF = "BackupPolicyNotFoundFault", _BRCT = "BacktrackRequestCreationTime", _BRP = "BackupRetentionPeriod", _BT = "BacktrackTo", _BTa = "BackupTarget", _BW = "BacktrackWindow", _C = "Certificate", _CA = "CertificateArn", _CAC = "CrossAccountClone", _CACI = "CACertificateIdentifier", _CAD = "CurrentApplyDate", _CAI = "CAIdentifier", _CAIu = "CustomerAwsId", _CAL = "ContextAttributeList", _CAZNFF = "CustomAvailabilityZoneNotFoundFault", _CAo = "ContextAttribute", _CAon = "ContextAttributes", _CBGD = "CreateBlueGreenDeployment", _CBGDR = "CreateBlueGreenDeploymentRequest", _CBGDRr = "CreateBlueGreenDeploymentResponse", _CBT = "ConnectionBorrowTimeout", _CC = "CurrentCapacity", _CCA = "CopyableCrossAccount", _CCDBEV = "CreateCustomDBEngineVersion", _CCDBEVF = "CreateCustomDBEngineVersionFault", _CCDBEVM = "CreateCustomDBEngineVersionMessage", _CCPAZ = "CommittedCapacityPerAvailabilityZone", _CCR = "CopyableCrossRegion", _CCT = "ClusterCreateTime", _CCu = "CurrencyCode", _CD = "CertificateDetails", _CDBC = "CreateDBCluster", _CDBCE = "CreateDBClusterEndpoint", _CDBCEM = "CreateDBClusterEndpointMessage", _CDBCM = "CreateDBClusterMessage", _CDBCPG = "CopyDBClusterParameterGroup", _CDBCPGM = "CopyDBClusterParameterGroupMessage", _CDBCPGMr = "CreateDBClusterParameterGroupMessage", _CDBCPGR = "CopyDBClusterParameterGroupResult", _CDBCPGRr = "CreateDBClusterParameterGroupResult", _CDBCPGr = "CreateDBClusterParameterGroup", _CDBCR = "CreateDBClusterResult", _CDBCRR = "CancelDBCapacityReservationRequest", _CDBCRRa = "CancelDBCapacityReservationResponse", _CDBCRRr = "CreateDBCapacityReservationRequest", _CDBCRRre = "CreateDBCapacityReservationResponse", _CDBCRa = "CancelDBCapacityReservation", _CDBCRr = "CreateDBCapacityReservation", _CDBCS = "CopyDBClusterSnapshot", _CDBCSM = "CopyDBClusterSnapshotMessage", _CDBCSMr = "CreateDBClusterSnapshotMessage", _CDBCSR = "CopyDBClusterSnapshotResult", _CDBCSRr = "CreateDBClusterSnapshotResult", _CDBCSr = "CreateDBClusterSnapshot", _CDBEVAEF = "CustomDBEngineVersionAlreadyExistsFault", _CDBEVAMI = "CustomDBEngineVersionAMI", _CDBEVM = "CustomDBEngineVersionManifest", _CDBEVNFF = "CustomDBEngineVersionNotFoundFault", _CDBEVQEF = "CustomDBEngineVersionQuotaExceededFault", _CDBI = "CreateDBInstance", _CDBIM = "CreateDBInstanceMessage", _CDBIR = "CreateDBInstanceResult", _CDBIRR = "CreateDBInstanceReadReplica", _CDBIRRM = "CreateDBInstanceReadReplicaMessage", _CDBIRRR = "CreateDBInstanceReadReplicaResult", _CDBP = "CreateDBProxy", _CDBPE = "CreateDBProxyEndpoint", _CDBPER = "CreateDBProxyEndpointRequest", _CDBPERr = "CreateDBProxyEndpointResponse", _CDBPG = "CopyDBParameterGroup", _CDBPGM = "CopyDBParameterGroupMessage", _CDBPGMr = "CreateDBParameterGroupMessage", _CDBPGR = "CopyDBParameterGroupResult", _CDBPGRr = "CreateDBParameterGroupResult", _CDBPGr = "CreateDBParameterGroup", _CDBPR = "CreateDBProxyRequest", _CDBPRr = "CreateDBProxyResponse", _CDBS = "CopyDBSnapshot", _CDBSG = "CreateDBSecurityGroup", _CDBSGM = "CreateDBSecurityGroupMessage", _CDBSGMr = "CreateDBShardGroupMessage", _CDBSGMre = "CreateDBSubnetGroupMessage", _CDBSGR = "CreateDBSecurityGroupResult", _CDBSGRr = "CreateDBSubnetGroupResult", _CDBSGr = "CreateDBShardGroup", _CDBSGre = "CreateDBSubnetGroup", _CDBSM = "CopyDBSnapshotMessage", _CDBSMr = "CreateDBSnapshotMessage", _CDBSR = "CopyDBSnapshotResult", _CDBSRr = "CreateDBSnapshotResult", _CDBSr = "CreateDBSnapshot", _CDo = "CommitmentDuration", _CDr = "CreateDate", _CDre = "CreatedDate", _CE = "CustomEndpoints", _CED = "CommitmentEndDate", _CES = "CreateEventSubscription", _CESM = "CreateEventSubscriptionMessage", _CESR = "CreateEventSubscriptionResult", _CET = "CustomEndpointType", _CETM = "CancelExportTaskMessage", _CETa = "CancelExportTask", _CGC = "CreateGlobalCluster", _CGCM = "CreateGlobalClusterMessage", _CGCR = "CreateGlobalClusterResult", _CGI = "CloneGroupId", _CI = "CertificateIdentifier", _CIDRIP = "CIDRIP", _CIIP = "CustomIamInstanceProfile", _CIM = "CreateIntegrationMessage", _CIo = "CommitmentInfo", _CIr = "CreateIntegration", _CL = "CertificateList", _CLEC = "CloudwatchLogsExportConfiguration", _CM = "CertificateMessage", _CNFF = "CertificateNotFoundFault", _CO = "CustomerOverride", _COG = "CopyOptionGroup", _COGM = "CopyOptionGroupMessage", _COGMr = "CreateOptionGroupMessage", _COGR = "CopyOptionGroupResult", _COGRr = "CreateOptionGroupResult", _COGr = "CreateOptionGroup", _COIE = "CustomerOwnedIpEnabled", _COVT = "CustomerOverrideValidTill", _CPAT = "ClientPasswordAuthType", _CPAZ = "CapacityPerAvailabilityZone", _CPC = "ConnectionPoolConfiguration", _CPCI = "ConnectionPoolConfigurationInfo", _CPCo = "ConnectionPoolConfig", _CPMV = "ClusterPendingModifiedValues", _CR = "ComputeRedundancy", _CRR = "CertificateRotationRestart", _CS = "CharacterSet", _CSD = "CharacterSetDescription", _CSI = "CustSubscriptionId", _CSN = "CharacterSetName", _CST = "ClusterScalabilityType", _CT = "CreateTime", _CTD = "CreateTenantDatabase", _CTDM = "CreateTenantDatabaseMessage", _CTDR = "CreateTenantDatabaseResult", _CTTS = "CopyTagsToSnapshot", _CTe = "CertificateType", _CTo = "CopyTags", _CTop = "CopyTimestamp", _CTr = "CreatedTime", _Ca = "Capacity", _Cat = "Category", _Ce = "Certificates", _D = "Description", _DAA = "DescribeAccountAttributes", _DAAM = "DescribeAccountAttributesMessage", _DAB = "DeleteAutomatedBackups", _DAS = "DefaultAuthScheme", _DASA = "DomainAuthSecretArn", _DBC = "DBCluster", _DBCA = "DBClusterArn", _DBCAB = "DBClusterAutomatedBackup", _DBCABA = "DBClusterAutomatedBackupsArn", _DBCABL = "DBClusterAutomatedBackupList", _DBCABM = "DBClusterAutomatedBackupMessage", _DBCABNFF = "DBClusterAutomatedBackupNotFoundFault", _DBCABQEF = "DBClusterAutomatedBackupQuotaExceededFault", _DBCABl = "DBClusterAutomatedBackups", _DBCAEF = "DBClusterAlreadyExistsFault", _DBCAR = "DBClusterAssociatedRole", _DBCARl = "DBClusterAssociatedRoles", _DBCB = "DBClusterBacktrack", _DBCBL = "DBClusterBacktrackList", _DBCBM = "DBClusterBacktrackMessage", _DBCBNFF = "DBClusterBacktrackNotFoundFault", _DBCBl = "DBClusterBacktracks", _DBCCI = "DBClusterCapacityInfo", _DBCE = "DBClusterEndpoint", _DBCEA = "DBClusterEndpointArn", _DBCEAEF = "DBClusterEndpointAlreadyExistsFault", _DBCEI = "DBClusterEndpointIdentifier", _DBCEL = "DBClusterEndpointList", _DBCEM = "DBClusterEndpointMessage", _DBCENFF = "DBClusterEndpointNotFoundFault", _DBCEQEF = "DBClusterEndpointQuotaExceededFault", _DBCERI = "DBClusterEndpointResourceIdentifier", _DBCEl = "DBClusterEndpoints", _DBCI = "DBClusterIdentifier", _DBCIC = "DBClusterInstanceClass", _DBCIl = "DBClusterIdentifiers", _DBCL = "DBClusterList", _DBCM = "DBClusterMembers", _DBCML = "DBClusterMemberList", _DBCMl = "DBClusterMember", _DBCMlu = "DBClusterMessage", _DBCNFF = "DBClusterNotFoundFault", _DBCOG = "DBClusterOptionGroup", _DBCOGM = "DBClusterOptionGroupMemberships", _DBCOGN = "DBClusterOptionGroupName", _DBCOGS = "DBClusterOptionGroupStatus", _DBCPG = "DBClusterParameterGroup", _DBCPGA = "DBClusterParameterGroupArn", _DBCPGD = "DBClusterParameterGroupDetails", _DBCPGL = "DBClusterParameterGroupList", _DBCPGM = "DBClusterParameterGroupsMessage", _DBCPGN = "DBClusterParameterGroupName", _DBCPGNFF = "DBClusterParameterGroupNotFoundFault", _DBCPGNM = "DBClusterParameterGroupNameMessage", _DBCPGS = "DBClusterParameterGroupStatus", _DBCPGl = "DBClusterParameterGroups", _DBCQEF = "DBClusterQuotaExceededFault", _DBCR = "DBCapacityReservation", _DBCRA = "DBCapacityReservationArn", _DBCRAEF = "DBCapacityReservationAlreadyExistsFault", _DBCRAEFl = "DBClusterRoleAlreadyExistsFault", _DBCRCI = "DBCapacityReservationCommitmentInfo", _DBCRI = "DBCapacityReservationIdentifier", _DBCRL = "DBCapacityReservationList", _DBCRN = "DBCapacityReservationName", _DBCRNFF = "DBCapacityReservationNotFoundFault", _DBCRNFFl = "DBClusterRoleNotFoundFault", _DBCRQEF = "DBClusterRoleQuotaExceededFault", _DBCRUF = "DBCapacityReservationUnsupportedFault", _DBCRa = "DBCapacityReservations", _DBCRl = "DBClusterRole", _DBCRlu = "DBClusterRoles", _DBCS = "DBClusterSnapshot", _DBCSA = "DBClusterSnapshotArn", _DBCSAEF = "DBClusterSnapshotAlreadyExistsFault", _DBCSAL = "DBClusterSnapshotAttributeList", _DBCSAR = "DBClusterSnapshotAttributesResult", _DBCSAl = "DBClusterSnapshotAttribute", _DBCSAlu = "DBClusterSnapshotAttributes", _DBCSI = "DBClusterSnapshotIdentifier", _DBCSIL = "DBClusterStatusInfoList", _DBCSIl = "DBClusterStatusInfo", _DBCSL = "DBClusterSnapshotList", _DBCSM = "DBClusterSnapshotMessage", _DBCSNFF = "DBClusterSnapshotNotFoundFault", _DBCSl = "DBClusterSnapshots", _DBCl = "DBClusters", _DBED = "DBEngineDescription", _DBEMT = "DBEngineMediaType", _DBEV = "DBEngineVersion", _DBEVA = "DBEngineVersionArn", _DBEVD = "DBEngineVersionDescription", _DBEVL = "DBEngineVersionList", _DBEVM = "DBEngineVersionMessage", _DBEVn = "DBEngineVersions", _DBGD = "DeleteBlueGreenDeployment", _DBGDR = "DeleteBlueGreenDeploymentRequest", _DBGDRe = "DeleteBlueGreenDeploymentResponse", _DBGDRes = "DescribeBlueGreenDeploymentsRequest", _DBGDResc = "DescribeBlueGreenDeploymentsResponse", _DBGDe = "DescribeBlueGreenDeployments", _DBI = "DBInstance", _DBIA = "DBInstanceArn", _DBIAB = "DBInstanceAutomatedBackup", _DBIABA = "DBInstanceAutomatedBackupsArn", _DBIABL = "DBInstanceAutomatedBackupList", _DBIABM = "DBInstanceAutomatedBackupMessage", _DBIABNFF = "DBInstanceAutomatedBackupNotFoundFault", _DBIABQEF = "DBInstanceAutomatedBackupQuotaExceededFault", _DBIABR = "DBInstanceAutomatedBackupsReplications", _DBIABRL = "DBInstanceAutomatedBackupsReplicationList", _DBIABRn = "DBInstanceAutomatedBackupsReplication", _DBIABn = "DBInstanceAutomatedBackups", _DBIAEF = "DBInstanceAlreadyExistsFault", _DBIC = "DBInstanceClass", _DBICn = "DBInstanceCount", _DBII = "DBInstanceIdentifier", _DBIIn = "DBInstanceIdentifiers", _DBIL = "DBInstanceList", _DBIM = "DBInstanceMessage", _DBINFF = "DBInstanceNotFoundFault", _DBINRF = "DBInstanceNotReadyFault", _DBIPGN = "DBInstanceParameterGroupName", _DBIR = "DBInstanceRole", _DBIRAEF = "DBInstanceRoleAlreadyExistsFault", _DBIRNFF = "DBInstanceRoleNotFoundFault", _DBIRQEF = "DBInstanceRoleQuotaExceededFault", _DBIRn = "DBInstanceRoles", _DBIS = "DBInstanceStatus", _DBISI = "DBInstanceStatusInfo", _DBISIL = "DBInstanceStatusInfoList", _DBIn = "DBInstances", _DBLFNFF = "DBLogFileNotFoundFault", _DBMEV = "DBMajorEngineVersion", _DBMEVL = "DBMajorEngineVersionsList", _DBMEVa = "DBMajorEngineVersions", _DBN = "DBName", _DBP = "DBProxy", _DBPA = "DBProxyArn", _DBPAEF = "DBProxyAlreadyExistsFault", _DBPE = "DBProxyEndpoint", _DBPEA = "DBProxyEndpointArn", _DBPEAEF = "DBProxyEndpointAlreadyExistsFault", _DBPEL = "DBProxyEndpointList", _DBPEN = "DBProxyEndpointName", _DBPENFF = "DBProxyEndpointNotFoundFault", _DBPEQEF = "DBProxyEndpointQuotaExceededFault", _DBPEr = "DBProxyEndpoints", _DBPG = "DBParameterGroup", _DBPGA = "DBParameterGroupArn", _DBPGAEF = "DBParameterGroupAlreadyExistsFault", _DBPGD = "DBParameterGroupDetails", _DBPGF = "DBParameterGroupFamily", _DBPGL = "DBParameterGroupList", _DBPGM = "DBParameterGroupsMessage", _DBPGN = "DBParameterGroupName", _DBPGNFF = "DBParameterGroupNotFoundFault", _DBPGNM = "DBParameterGroupNameMessage", _DBPGQEF = "DBParameterGroupQuotaExceededFault", _DBPGS = "DBParameterGroupStatus", _DBPGSL = "DBParameterGroupStatusList", _DBPGa = "DBParameterGroups", _DBPL = "DBProxyList", _DBPN = "DBProxyName", _DBPNFF = "DBProxyNotFoundFault", _DBPNo = "DBPortNumber", _DBPQEF = "DBProxyQuotaExceededFault", _DBPT = "DBProxyTarget", _DBPTARF = "DBProxyTargetAlreadyRegisteredFault", _DBPTG = "DBProxyTargetGroup", _DBPTGNFF = "DBProxyTargetGroupNotFoundFault", _DBPTNFF = "DBProxyTargetNotFoundFault", _DBPTr = "DBProxyTargets", _DBPr = "DBProxies", _DBR = "DBRecommendation", _DBRL = "DBRecommendationList", _DBRM = "DBRecommendationMessage", _DBRMe = "DBRecommendationsMessage", _DBRe = "DBRecommendations", _DBS = "DBSnapshot", _DBSA = "DBSnapshotArn", _DBSAEF = "DBSnapshotAlreadyExistsFault", _DBSAL = "DBSnapshotAttributeList", _DBSAR = "DBSnapshotAttributesResult", _DBSAn = "DBSnapshotAttribute", _DBSAna = "DBSnapshotAttributes", _DBSG = "DBSecurityGroup", _DBSGA = "DBSecurityGroupArn", _DBSGAEF = "DBSecurityGroupAlreadyExistsFault", _DBSGAEFh = "DBShardGroupAlreadyExistsFault", _DBSGAEFu = "DBSubnetGroupAlreadyExistsFault", _DBSGAh = "DBShardGroupArn", _DBSGAu = "DBSubnetGroupArn", _DBSGD = "DBSecurityGroupDescription", _DBSGDNCEAZ = "DBSubnetGroupDoesNotCoverEnoughAZs", _DBSGDu = "DBSubnetGroupDescription", _DBSGI = "DBShardGroupIdentifier", _DBSGL = "DBShardGroupsList", _DBSGM = "DBSecurityGroupMembership", _DBSGML = "DBSecurityGroupMembershipList", _DBSGMe = "DBSecurityGroupMessage", _DBSGMec = "DBSecurityGroupMemberships", _DBSGMu = "DBSubnetGroupMessage", _DBSGN = "DBSecurityGroupName", _DBSGNAF = "DBSubnetGroupNotAllowedFault", _DBSGNFF = "DBSecurityGroupNotFoundFault", _DBSGNFFh = "DBShardGroupNotFoundFault", _DBSGNFFu = "DBSubnetGroupNotFoundFault", _DBSGNL = "DBSecurityGroupNameList", _DBSGNSF = "DBSecurityGroupNotSupportedFault", _DBSGNu = "DBSubnetGroupName", _DBSGQEF = "DBSecurityGroupQuotaExceededFault", _DBSGQEFu = "DBSubnetGroupQuotaExceededFault", _DBSGRI = "DBShardGroupResourceId", _DBSGe = "DBSecurityGroups", _DBSGh = "DBShardGroup", _DBSGha = "DBShardGroups", _DBSGu = "DBSubnetGroup", _DBSGub = "DBSubnetGroups", _DBSI = "DBSystemId", _DBSIn = "DBSnapshotIdentifier", _DBSL = "DBSnapshotList", _DBSM = "DBSnapshotMessage", _DBSNFF = "DBSnapshotNotFoundFault", _DBSQEF = "DBSubnetQuotaExceededFault", _DBSTD = "DBSnapshotTenantDatabase", _DBSTDARN = "DBSnapshotTenantDatabaseARN", _DBSTDL = "DBSnapshotTenantDatabasesList", _DBSTDM = "DBSnapshotTenantDatabasesMessage", _DBSTDNFF = "DBSnapshotTenantDatabaseNotFoundFault", _DBSTDn = "DBSnapshotTenantDatabases", _DBSn = "DBSnapshots", _DBUDFF = "DBUpgradeDependencyFailureFault", _DC = "DescribeCertificates", _DCDBEV = "DeleteCustomDBEngineVersion", _DCDBEVM = "DeleteCustomDBEngineVersionMessage", _DCFNL = "DefaultCertificateForNewLaunches", _DCI = "DbClusterIdentifier", _DCM = "DescribeCertificatesMessage", _DCRI = "DbClusterResourceId", _DCS = "DefaultCharacterSet", _DD = "DisableDomain", _DDBC = "DeleteDBCluster", _DDBCAB = "DeleteDBClusterAutomatedBackup", _DDBCABM = "DeleteDBClusterAutomatedBackupMessage", _DDBCABMe = "DescribeDBClusterAutomatedBackupsMessage", _DDBCABR = "DeleteDBClusterAutomatedBackupResult", _DDBCABe = "DescribeDBClusterAutomatedBackups", _DDBCB = "DescribeDBClusterBacktracks", _DDBCBM = "DescribeDBClusterBacktracksMessage", _DDBCE = "DeleteDBClusterEndpoint", _DDBCEM = "DeleteDBClusterEndpointMessage", _DDBCEMe = "DescribeDBClusterEndpointsMessage", _DDBCEe = "DescribeDBClusterEndpoints", _DDBCM = "DeleteDBClusterMessage", _DDBCMe = "DescribeDBClustersMessage", _DDBCP = "DescribeDBClusterParameters", _DDBCPG = "DeleteDBClusterParameterGroup", _DDBCPGM = "DeleteDBClusterParameterGroupMessage", _DDBCPGMe = "DescribeDBClusterParameterGroupsMessage", _DDBCPGe = "DescribeDBClusterParameterGroups", _DDBCPM = "DescribeDBClusterParametersMessage", _DDBCR = "DeleteDBClusterResult", _DDBCRR = "DescribeDBCapacityReservationsRequest", _DDBCRRe = "DescribeDBCapacityReservationsResponse", _DDBCRe = "DescribeDBCapacityReservations", _DDBCS = "DeleteDBClusterSnapshot", _DDBCSA = "DescribeDBClusterSnapshotAttributes", _DDBCSAM = "DescribeDBClusterSnapshotAttributesMessage", _DDBCSAR = "DescribeDBClusterSnapshotAttributesResult", _DDBCSM = "DeleteDBClusterSnapshotMessage", _DDBCSMe = "DescribeDBClusterSnapshotsMessage", _DDBCSR = "DeleteDBClusterSnapshotResult", _DDBCSe = "DescribeDBClusterSnapshots", _DDBCe = "DescribeDBClusters", _DDBEV = "DescribeDBEngineVersions", _DDBEVM = "DescribeDBEngineVersionsMessage", _DDBI = "DeleteDBInstance", _DDBIAB = "DeleteDBInstanceAutomatedBackup", _DDBIABM = "DeleteDBInstanceAutomatedBackupMessage", _DDBIABMe = "DescribeDBInstanceAutomatedBackupsMessage", _DDBIABR = "DeleteDBInstanceAutomatedBackupResult", _DDBIABe = "DescribeDBInstanceAutomatedBackups", _DDBIM = "DeleteDBInstanceMessage", _DDBIMe = "DescribeDBInstancesMessage", _DDBIR = "DeleteDBInstanceResult", _DDBIe = "DescribeDBInstances", _DDBLF = "DescribeDBLogFiles", _DDBLFD = "DescribeDBLogFilesDetails", _DDBLFL = "DescribeDBLogFilesList", _DDBLFM = "DescribeDBLogFilesMessage", _DDBLFP = "DownloadDBLogFilePortion", _DDBLFPD = "DownloadDBLogFilePortionDetails", _DDBLFPM = "DownloadDBLogFilePortionMessage", _DDBLFR = "DescribeDBLogFilesResponse", _DDBMEV = "DescribeDBMajorEngineVersions", _DDBMEVR = "DescribeDBMajorEngineVersionsRequest", _DDBMEVRe = "DescribeDBMajorEngineVersionsResponse", _DDBP = "DeleteDBProxy", _DDBPE = "DeleteDBProxyEndpoint", _DDBPER = "DeleteDBProxyEndpointRequest", _DDBPERe = "DeleteDBProxyEndpointResponse", _DDBPERes = "DescribeDBProxyEndpointsRequest", _DDBPEResc = "DescribeDBProxyEndpointsResponse", _DDBPEe = "DescribeDBProxyEndpoints", _DDBPG = "DeleteDBParameterGroup", _DDBPGM = "DeleteDBParameterGroupMessage", _DDBPGMe = "DescribeDBParameterGroupsMessage", _DDBPGe = "DescribeDBParameterGroups", _DDBPM = "DescribeDBParametersMessage", _DDBPR = "DeleteDBProxyRequest", _DDBPRe = "DeleteDBProxyResponse", _DDBPRes = "DescribeDBProxiesRequest", _DDBPResc = "DescribeDBProxiesResponse", _DDBPT = "DeregisterDBProxyTargets", _DDBPTG = "DescribeDBProxyTargetGroups", _DDBPTGR = "DescribeDBProxyTargetGroupsRequest", _DDBPTGRe = "DescribeDBProxyTargetGroupsResponse", _DDBPTR = "DeregisterDBProxyTargetsRequest", _DDBPTRe = "DeregisterDBProxyTargetsResponse", _DDBPTRes = "DescribeDBProxyTargetsRequest", _DDBPTResc = "DescribeDBProxyTargetsResponse", _DDBPTe = "DescribeDBProxyTargets", _DDBPe = "DescribeDBParameters", _DDBPes = "DescribeDBProxies", _DDBR = "DescribeDBRecommendations", _DDBRM = "DescribeDBRecommendationsMessage", _DDBS = "DeleteDBSnapshot", _DDBSA = "DescribeDBSnapshotAttributes", _DDBSAM = "DescribeDBSnapshotAttributesMessage", _DDBSAR = "DescribeDBSnapshotAttributesResult", _DDBSG = "DeleteDBSecurityGroup", _DDBSGM = "DeleteDBSecurityGroupMessage", _DDBSGMe = "DeleteDBShardGroupMessage", _DDBSGMel = "DeleteDBSubnetGroupMessage", _DDBSGMes = "DescribeDBSecurityGroupsMessage", _DDBSGMesc = "DescribeDBShardGroupsMessage", _DDBSGMescr = "DescribeDBSubnetGroupsMessage", _DDBSGR = "DescribeDBShardGroupsResponse", _DDBSGe = "DeleteDBShardGroup", _DDBSGel = "DeleteDBSubnetGroup", _DDBSGes = "DescribeDBSecurityGroups", _DDBSGesc = "DescribeDBShardGroups", _DDBSGescr = "DescribeDBSubnetGroups", _DDBSM = "DeleteDBSnapshotMessage", _DDBSMe = "DescribeDBSnapshotsMessage", _DDBSR = "DeleteDBSnapshotResult", _DDBSTD = "DescribeDBSnapshotTenantDatabases", _DDBSTDM = "DescribeDBSnapshotTenantDatabasesMessage", _DDBSe = "DescribeDBSnapshots", _DDI = "DomainDnsIps", _DE = "DescribeEvents", _DEC = "DescribeEventCategories", _DECM = "DescribeEventCategoriesMessage", _DEDCP = "DescribeEngineDefaultClusterParameters", _DEDCPM = "DescribeEngineDefaultClusterParametersMessage", _DEDCPR = "DescribeEngineDefaultClusterParametersResult", _DEDP = "DescribeEngineDefaultParameters", _DEDPM = "DescribeEngineDefaultParametersMessage", _DEDPR = "DescribeEngineDefaultParametersResult", _DEM = "DescribeEventsMessage", _DES = "DeleteEventSubscription", _DESM = "DeleteEventSubscriptionMessage", _DESMe = "DescribeEventSubscriptionsMessage", _DESR = "DeleteEventSubscriptionResult", _DESe = "DescribeEventSubscriptions", _DET = "DescribeExportTasks", _DETM = "DescribeExportTasksMessage", _DF = "DomainFqdn", _DFDBCR = "DetachFromDBCapacityReservation", _DFa = "DataFilter", _DGC = "DeleteGlobalCluster", _DGCM = "DeleteGlobalClusterMessage", _DGCMe = "DescribeGlobalClustersMessage", _DGCR = "DeleteGlobalClusterResult", _DGCe = "DescribeGlobalClusters", _DHE = "DisableHttpEndpoint", _DHER = "DisableHttpEndpointRequest", _DHERi = "DisableHttpEndpointResponse", _DI = "DnsIps", _DIAMRN = "DomainIAMRoleName", _DIF = "DatabaseInstallationFiles", _DIFSBN = "DatabaseInstallationFilesS3BucketName", _DIFSP = "DatabaseInstallationFilesS3Prefix", _DIM = "DatabaseInsightsMode", _DIMe = "DeleteIntegrationMessage", _DIMes = "DescribeIntegrationsMessage", _DIP = "DbInstancePort", _DIR = "DescribeIntegrationsResponse", _DIe = "DeleteIntegration", _DIes = "DescribeIntegrations", _DL = "DebugLogging", _DLL = "DocLinkList", _DLT = "DisableLogTypes", _DLV = "DedicatedLogVolume", _DLo = "DocLink", _DM = "DomainMemberships", _DML = "DomainMembershipList", _DMo = "DomainMembership", _DN = "DatabaseName", _DNFF = "DomainNotFoundFault", _DO = "DomainOu", _DODBIO = "DescribeOrderableDBInstanceOptions", _DODBIOM = "DescribeOrderableDBInstanceOptionsMessage", _DOG = "DeleteOptionGroup", _DOGM = "DeleteOptionGroupMessage", _DOGMe = "DescribeOptionGroupsMessage", _DOGO = "DescribeOptionGroupOptions", _DOGOM = "DescribeOptionGroupOptionsMessage", _DOGe = "DescribeOptionGroups", _DOe = "DefaultOnly", _DP = "DeletionProtection", _DPMA = "DescribePendingMaintenanceActions", _DPMAM = "DescribePendingMaintenanceActionsMessage", _DPe = "DefaultPort", _DR = "DoubleRange", _DRDBI = "DescribeReservedDBInstances", _DRDBIM = "DescribeReservedDBInstancesMessage", _DRDBIO = "DescribeReservedDBInstancesOfferings", _DRDBIOM = "DescribeReservedDBInstancesOfferingsMessage", _DRI = "DbiResourceId", _DRL = "DoubleRangeList", _DSR = "DescribeSourceRegions", _DSRM = "DescribeSourceRegionsMessage", _DSVPV = "DescribeServerlessV2PlatformVersions", _DSVPVM = "DescribeServerlessV2PlatformVersionsMessage", _DT = "DeleteTime", _DTD = "DeleteTenantDatabase", _DTDM = "DeleteTenantDatabaseMessage", _DTDMe = "DescribeTenantDatabasesMessage", _DTDR = "DeleteTenantDatabaseResult", _DTDe = "DescribeTenantDatabases", _DTa = "DataType", _DTe = "DeleteTarget", _DV = "DefaultValue", _DVDBIM = "DescribeValidDBInstanceModifications", _DVDBIMM = "DescribeValidDBInstanceModificationsMessage", _DVDBIMR = "DescribeValidDBInstanceModificationsResult", _Da = "Date", _De = "Detection", _Di = "Dimensions", _Do = "Domain", _Du = "Duration", _E = "Engine", _EBT = "EarliestBacktrackTime", _EC = "EventCategories", _ECL = "EventCategoriesList", _ECLE = "EnableCloudwatchLogsExports", _ECLEn = "EnabledCloudwatchLogsExports", _ECM = "EventCategoriesMap", _ECML = "EventCategoriesMapList", _ECMv = "EventCategoriesMessage", _ECOI = "EnableCustomerOwnedIp", _ECSG = "EC2SecurityGroups", _ECSGI = "EC2SecurityGroupId", _ECSGL = "EC2SecurityGroupList", _ECSGN = "EC2SecurityGroupName", _ECSGOI = "EC2SecurityGroupOwnerId", _ECSGe = "EC2SecurityGroup", _ECr = "ErrorCode", _ECv = "EventCategory", _ED = "EndDate", _EDT = "EndDateType", _EDn = "EngineDefaults", _EF = "EngineFamily", _EGWF = "EnableGlobalWriteForwarding", _EHE = "EnableHttpEndpoint", _EHER = "EnableHttpEndpointRequest", _EHERn = "EnableHttpEndpointResponse", _EIAG = "EnableInternetAccessGateway", _EIAMDA = "EnableIAMDatabaseAuthentication", _EIPNSF = "Ec2ImagePropertiesNotSupportedFault", _EL = "EventList", _ELD = "EnableLimitlessDatabase", _ELS = "EngineLifecycleSupport", _ELT = "EnableLogTypes", _ELTx = "ExportableLogTypes", _ELWF = "EnableLocalWriteForwarding", _EM = "ExcludedMembers", _EMRA = "EnhancedMonitoringResourceArn", _EMn = "EngineMode", _EMr = "ErrorMessage", _EMv = "EventsMessage", _EN = "EngineName", _ENAFI = "EngineNativeAuditFieldsIncluded", _ENT = "EndpointNetworkType", _EO = "ExportOnly", _EPI = "EnablePerformanceInsights", _ERT = "EarliestRestorableTime", _ES = "EventSubscription", _ESA = "EventSubscriptionArn", _ESL = "EventSubscriptionsList", _ESM = "EventSubscriptionsMessage", _ESQEF = "EventSubscriptionQuotaExceededFault", _ET = "EndpointType", _ETAEF = "ExportTaskAlreadyExistsFault", _ETI = "ExportTaskIdentifier", _ETL = "ExportTasksList", _ETM = "ExportTasksMessage", _ETNFF = "ExportTaskNotFoundFault", _ETa = "EarliestTime", _ETn = "EndTime", _ETx = "ExportTask", _ETxp = "ExportTasks", _EV = "EngineVersion", _EVPCN = "EnableVPCNetworking", _En = "Enabled", _Enc = "Encrypted", _End = "Endpoint", _Er = "Errors", _Ev = "Event", _Eve = "Events", _F = "Force", _FAD = "ForcedApplyDate", _FC = "FilenameContains", _FCa = "FailureCause", _FDBC = "FailoverDBCluster", _FDBCM = "FailoverDBClusterMessage", _FDBCR = "FailoverDBClusterResult", _FDBSI = "FinalDBSnapshotIdentifier", _FDCA = "FromDbClusterArn", _FF = "ForceFailover", _FGC = "FailoverGlobalCluster", _FGCM = "FailoverGlobalClusterMessage", _FGCR = "FailoverGlobalClusterResult", _FL = "FilterList", _FLW = "FileLastWritten", _FN = "FeatureName", _FP = "FixedPrice", _FQDN = "FQDN", _FR = "FailureReason", _FS = "FileSize", _FSSIB = "FullSnapshotSizeInBytes", _FSa = "FailoverState", _FVL = "FilterValueList", _Fi = "Filters", _Fil = "Filter", _Fr = "From", _G = "Group", _GB = "GroupBy", _GC = "GlobalCluster", _GCA = "GlobalClusterArn", _GCAEF = "GlobalClusterAlreadyExistsFault", _GCI = "GlobalClusterIdentifier", _GCL = "GlobalClusterList", _GCM = "GlobalClusterMembers", _GCML = "GlobalClusterMemberList", _GCMl = "GlobalClusterMember", _GCMlo = "GlobalClustersMessage", _GCNFF = "GlobalClusterNotFoundFault", _GCQEF = "GlobalClusterQuotaExceededFault", _GCRI = "GlobalClusterResourceId", _GCl = "GlobalClusters", _GWFR = "GlobalWriteForwardingRequested", _GWFS = "GlobalWriteForwardingStatus", _HEE = "HttpEndpointEnabled", _HZI = "HostedZoneId", _I = "Iops", _IA = "IncludeAll", _IAEF = "IntegrationAlreadyExistsFault", _IAGE = "InternetAccessGatewayEnabled", _IAIPISF = "InsufficientAvailableIPsInSubnetFault", _IAMA = "IAMAuth", _IAMDAE = "IAMDatabaseAuthenticationEnabled", _IAMRN = "IAMRoleName", _IAn = "IntegrationArn", _IBGDSF = "InvalidBlueGreenDeploymentStateFault", _IC = "IsCollection", _ICDBEVSF = "InvalidCustomDBEngineVersionStateFault", _ICOF = "IntegrationConflictOperationFault", _ICT = "IdleClientTimeout", _ICTn = "InstanceCreateTime", _ICW = "IsClusterWriter", _ID = "IsDefault", _IDBCABSF = "InvalidDBClusterAutomatedBackupStateFault", _IDBCCF = "InsufficientDBClusterCapacityFault", _IDBCCFn = "InvalidDBClusterCapacityFault", _IDBCESF = "InvalidDBClusterEndpointStateFault", _IDBCRSF = "InvalidDBCapacityReservationStateFault", _IDBCSF = "InvalidDBClusterStateFault", _IDBCSSF = "InvalidDBClusterSnapshotStateFault", _IDBIABSF = "InvalidDBInstanceAutomatedBackupStateFault", _IDBICF = "InsufficientDBInstanceCapacityFault", _IDBISF = "InvalidDBInstanceStateFault", _IDBPESF = "InvalidDBProxyEndpointStateFault", _IDBPGSF = "InvalidDBParameterGroupStateFault", _IDBPSF = "InvalidDBProxyStateFault", _IDBSGF = "InvalidDBSubnetGroupFault", _IDBSGSF = "InvalidDBSecurityGroupStateFault", _IDBSGSFn = "InvalidDBShardGroupStateFault", _IDBSGSFnv = "InvalidDBSubnetGroupStateFault", _IDBSSF = "InvalidDBSnapshotStateFault", _IDBSSFn = "InvalidDBSubnetStateFault", _IDLA = "IsDataLossAllowed", _IDs = "IssueDetails", _IE = "IntegrationError", _IEL = "IntegrationErrorList", _IEOF = "InvalidExportOnlyFault", _IESSF = "InvalidEventSubscriptionStateFault", _IESSFn = "InvalidExportSourceStateFault", _IETSF = "InvalidExportTaskStateFault", _IGCSF = "InvalidGlobalClusterStateFault", _II = "ImageId", _IISF = "InvalidIntegrationStateFault", _IIn = "IntegrationIdentifier", _IL = "IntegrationList", _IM = "IsModifiable", _IMVU = "IsMajorVersionUpgrade", _IN = "IntegrationName", _INFF = "IntegrationNotFoundFault", _IOGSF = "InvalidOptionGroupStateFault", _IOONAMT = "IOOptimizedNextAllowedModificationTime", _IOPS = "IOPS", _IP = "IncludePublic", _IPR = "IPRanges", _IPRL = "IPRangeList", _IPRa = "IPRange", _IQ = "InitQuery", _IQEF = "InstanceQuotaExceededFault", _IQEFn = "IntegrationQuotaExceededFault", _IR = "IsRequired", _IRA = "IamRoleArn", _IRF = "InvalidRestoreFault", _IRMPF = "IamRoleMissingPermissionsFault", _IRNFF = "IamRoleNotFoundFault", _IRSF = "InvalidResourceStateFault", _IS = "InvalidSubnet", _ISBF = "InvalidS3BucketFault", _ISCCF = "InsufficientStorageClusterCapacityFault", _ISCUA = "IsStorageConfigUpgradeAvailable", _ISI = "InterconnectSubnetId", _ISn = "IncludeShared", _ITSR = "IopsToStorageRatio", _IVPCNSF = "InvalidVPCNetworkStateFault", _IW = "IsWriter", _Im = "Image", _Imp = "Impact", _In = "Integrations", _Int = "Integration", _K = "Key", _KKI = "KmsKeyId", _KMSKI = "KMSKeyId", _KMSKNAF = "KMSKeyNotAccessibleFault", _KSN = "KinesisStreamName", _L = "Links", _LD = "LimitlessDatabase", _LE = "ListenerEndpoint", _LFD = "LogFileData", _LFN = "LogFileName", _LI = "LeaseId", _LM = "LicenseModel", _LRT = "LatestRestorableTime", _LSCS = "ListSupportedCharacterSets", _LSED = "LifecycleSupportEndDate", _LSN = "LifecycleSupportName", _LSSD = "LifecycleSupportStartDate", _LST = "ListSupportedTimezones", _LT = "LatestTime", _LTFR = "ListTagsForResource", _LTFRM = "ListTagsForResourceMessage", _LTTD = "LogTypesToDisable", _LTTE = "LogTypesToEnable", _LUA = "LastUpdatedAfter", _LUB = "LastUpdatedBefore", _LW = "LastWritten", _LWFS = "LocalWriteForwardingStatus", _Li = "Limit", _Lo = "Locale", _M = "Max", _MACU = "MaxACU", _MACUi = "MinACU", _MAS = "MaxAllocatedStorage", _MASR = "ModifyActivityStreamRequest", _MASRo = "ModifyActivityStreamResponse", _MASV = "ModifyAdditionalStorageVolume", _MASVL = "ModifyAdditionalStorageVolumesList", _MASo = "ModifyActivityStream", _MAZ = "MultiAZ", _MAZC = "MultiAZCapable", _MC = "MinCapacity", _MCDBCC = "ModifyCurrentDBClusterCapacity", _MCDBCCM = "ModifyCurrentDBClusterCapacityMessage", _MCDBEV = "ModifyCustomDBEngineVersion", _MCDBEVM = "ModifyCustomDBEngineVersionMessage", _MCM = "ModifyCertificatesMessage", _MCP = "MaxConnectionsPercent", _MCR = "ModifyCertificatesResult", _MCa = "MaxCapacity", _MCo = "ModifyCertificates", _MDBC = "ModifyDBCluster", _MDBCE = "ModifyDBClusterEndpoint", _MDBCEM = "ModifyDBClusterEndpointMessage", _MDBCM = "ModifyDBClusterMessage", _MDBCPG = "ModifyDBClusterParameterGroup", _MDBCPGM = "ModifyDBClusterParameterGroupMessage", _MDBCR = "ModifyDBClusterResult", _MDBCRR = "ModifyDBCapacityReservationRequest", _MDBCRRo = "ModifyDBCapacityReservationResponse", _MDBCRo = "ModifyDBCapacityReservation", _MDBCSA = "ModifyDBClusterSnapshotAttribute", _MDBCSAM = "ModifyDBClusterSnapshotAttributeMessage", _MDBCSAR = "ModifyDBClusterSnapshotAttributeResult", _MDBI = "ModifyDBInstance", _MDBIM = "ModifyDBInstanceMessage", _MDBIR = "ModifyDBInstanceResult", _MDBP = "ModifyDBProxy", _MDBPE = "ModifyDBProxyEndpoint", _MDBPER = "ModifyDBProxyEndpointRequest", _MDBPERo = "ModifyDBProxyEndpointResponse", _MDBPG = "ModifyDBParameterGroup", _MDBPGM = "ModifyDBParameterGroupMessage", _MDBPR = "ModifyDBProxyRequest", _MDBPRo = "ModifyDBProxyResponse", _MDBPTG = "ModifyDBProxyTargetGroup", _MDBPTGR = "ModifyDBProxyTargetGroupRequest", _MDBPTGRo = "ModifyDBProxyTargetGroupResponse", _MDBR = "ModifyDBRecommendation", _MDBRM = "ModifyDBRecommendationMessage", _MDBS = "ModifyDBSnapshot", _MDBSA = "ModifyDBSnapshotAttribute", _MDBSAM = "ModifyDBSnapshotAttributeMessage", _MDBSAR = "ModifyDBSnapshotAttributeResult", _MDBSG = "ModifyDBShardGroup", _MDBSGLR = "MaxDBShardGroupLimitReached", _MDBSGM = "ModifyDBShardGroupMessage", _MDBSGMo = "ModifyDBSubnetGroupMessage", _MDBSGR = "ModifyDBSubnetGroupResult", _MDBSGo = "ModifyDBSubnetGroup", _MDBSM = "ModifyDBSnapshotMessage", _MDBSR = "ModifyDBSnapshotResult", _MES = "ModifyEventSubscription", _MESM = "ModifyEventSubscriptionMessage", _MESR = "ModifyEventSubscriptionResult", _MEV = "MajorEngineVersion", _MEVPAV = "MinimumEngineVersionPerAllowedValue", _MEVPAVL = "MinimumEngineVersionPerAllowedValueList", _MEVi = "MinimumEngineVersion", _MGC = "ModifyGlobalCluster", _MGCM = "ModifyGlobalClusterMessage", _MGCR = "ModifyGlobalClusterResult", _MI = "MinIops", _MICP = "MaxIdleConnectionsPercent", _MIM = "ModifyIntegrationMessage", _MIPDI = "MinIopsPerDbInstance", _MIPDIa = "MaxIopsPerDbInstance", _MIPG = "MinIopsPerGib", _MIPGa = "MaxIopsPerGib", _MIa = "MaxIops", _MIo = "MonitoringInterval", _MIod = "ModifyIntegration", _ML = "MetricList", _MMUP = "ManageMasterUserPassword", _MOG = "ModifyOptionGroup", _MOGM = "ModifyOptionGroupMessage", _MOGR = "ModifyOptionGroupResult", _MQ = "MetricQuery", _MR = "MaxRecords", _MRA = "MonitoringRoleArn", _MRACU = "MinRequiredACU", _MRL = "MetricReferenceList", _MRMEV = "MinimumRequiredMinorEngineVersion", _MRe = "MetricReference", _MSS = "MinStorageSize", _MSSa = "MaxStorageSize", _MST = "MinStorageThroughput", _MSTPDI = "MinStorageThroughputPerDbInstance", _MSTPDIa = "MaxStorageThroughputPerDbInstance", _MSTPI = "MinStorageThroughputPerIops", _MSTPIa = "MaxStorageThroughputPerIops", _MSTa = "MaxStorageThroughput", _MT = "MultiTenant", _MTD = "ModifyTenantDatabase", _MTDM = "ModifyTenantDatabaseMessage", _MTDR = "ModifyTenantDatabaseResult", _MU = "MasterUsername", _MUAT = "MasterUserAuthenticationType", _MUP = "MasterUserPassword", _MUS = "MasterUserSecret", _MUSKKI = "MasterUserSecretKmsKeyId", _Ma = "Marker", _Man = "Manifest", _Me = "Message", _Met = "Metric", _Metr = "Metrics", _Mo = "Mode", _N = "Name", _NCSN = "NcharCharacterSetName", _NDBCI = "NewDBClusterIdentifier", _NDBII = "NewDBInstanceIdentifier", _NDBPEN = "NewDBProxyEndpointName", _NDBPN = "NewDBProxyName", _NGCI = "NewGlobalClusterIdentifier", _NN = "NewName", _NOL = "NumberOfLines", _NT = "NetworkType", _NTDBN = "NewTenantDBName", _NTNS = "NetworkTypeNotSupported", _No = "Normal", _O = "Option", _OC = "OptionConfiguration", _OCL = "OptionConfigurationList", _OCN = "OptionConflictName", _OCW = "OptionsConflictsWith", _OCu = "OutpostCapable", _OD = "OptionDescription", _ODBIO = "OrderableDBInstanceOption", _ODBIOL = "OrderableDBInstanceOptionsList", _ODBIOM = "OrderableDBInstanceOptionsMessage", _ODBIOr = "OrderableDBInstanceOptions", _ODO = "OptionsDependedOn", _OG = "OptionGroup", _OGA = "OptionGroupArn", _OGAEF = "OptionGroupAlreadyExistsFault", _OGD = "OptionGroupDescription", _OGL = "OptionGroupsList", _OGM = "OptionGroupMemberships", _OGML = "OptionGroupMembershipList", _OGMp = "OptionGroupMembership", _OGN = "OptionGroupName", _OGNFF = "OptionGroupNotFoundFault", _OGO = "OptionGroupOption", _OGOL = "OptionGroupOptionsList", _OGOM = "OptionGroupOptionsMessage", _OGOS = "OptionGroupOptionSettings", _OGOSL = "OptionGroupOptionSettingsList", _OGOSp = "OptionGroupOptionSetting", _OGOV = "OptionGroupOptionVersions", _OGOVL = "OptionGroupOptionVersionsList", _OGOp = "OptionGroupOptions", _OGQEF = "OptionGroupQuotaExceededFault", _OGp = "OptionGroups", _OI = "OwnerId", _OIS = "OptInStatus", _OIT = "OptInType", _OL = "OptionsList", _ON = "OptionName", _OS = "OptionSettings", _OSCL = "OptionSettingConfigurationList", _OSCT = "OriginalSnapshotCreateTime", _OSL = "OptionSettingsList", _OSS = "OperatorSensitiveString", _OSp = "OptionSetting", _OT = "OfferingType", _OTI = "OptionsToInclude", _OTR = "OptionsToRemove", _OU = "OU", _OV = "OptionVersion", _Op = "Options", _Ope = "Operation", _Ou = "Outpost", _P = "Port", _PA = "PubliclyAccessible", _PAS = "ParameterApplyStatus", _PBW = "PreferredBackupWindow", _PC = "PendingCapacity", _PCLE = "PendingCloudwatchLogsExports", _PD = "ProductDescription", _PF = "ProcessorFeatures", _PFL = "ProcessorFeatureList", _PFr = "ProcessorFeature", _PI = "ProvisionedIops", _PID = "PerformanceIssueDetails", _PIE = "PerformanceInsightsEnabled", _PIKMSKI = "PerformanceInsightsKMSKeyId", _PIMDG = "PerformanceInsightsMetricDimensionGroup", _PIMQ = "PerformanceInsightsMetricQuery", _PINAIAZF = "ProvisionedIopsNotAvailableInAZFault", _PIRP = "PerformanceInsightsRetentionPeriod", _PITRNEF = "PointInTimeRestoreNotEnabledFault", _PL = "ParametersList", _PMA = "PendingMaintenanceAction", _PMAD = "PendingMaintenanceActionDetails", _PMAM = "PendingMaintenanceActionsMessage", _PMAe = "PendingMaintenanceActions", _PMV = "PendingModifiedValues", _PMW = "PreferredMaintenanceWindow", _PN = "ParameterName", _PP = "PercentProgress", _PR = "PortRequired", _PRDBIO = "PurchaseReservedDBInstancesOffering", _PRDBIOM = "PurchaseReservedDBInstancesOfferingMessage", _PRDBIOR = "PurchaseReservedDBInstancesOfferingResult", _PRR = "PromoteReadReplica", _PRRDBC = "PromoteReadReplicaDBCluster", _PRRDBCM = "PromoteReadReplicaDBClusterMessage", _PRRDBCR = "PromoteReadReplicaDBClusterResult", _PRRM = "PromoteReadReplicaMessage", _PRRR = "PromoteReadReplicaResult", _PS = "PolicyStatus", _PSOSV = "PotentiallySensitiveOptionSettingValue", _PST = "ProvisionedStorageThroughput", _PSU = "PreSignedUrl", _PT = "PromotionTier", _PV = "ParameterValue", _Pa = "Parameters", _Par = "Parameter", _Pe = "Persistent", _Per = "Permanent", _R = "Region", _RA = "RoleArn", _RAL = "RecommendedActionList", _RAMEVU = "RequiresAutoMinorEngineVersionUpgrade", _RAP = "RecommendedActionParameter", _RAPL = "RecommendedActionParameterList", _RAPe = "ResetAllParameters", _RAU = "RecommendedActionUpdates", _RAUL = "RecommendedActionUpdateList", _RAUe = "RecommendedActionUpdate", _RAe = "ResourceArn", _RAec = "RecommendedActions", _RAeco = "RecommendedAction", _RC = "RecurringCharge", _RCA = "RecurringChargeAmount", _RCCC = "RdsCustomClusterConfiguration", _RCF = "RecurringChargeFrequency", _RCL = "RecurringChargeList", _RCO = "RemoveCustomerOverride", _RCPAZ = "ReservedCapacityPerAvailabilityZone", _RCe = "RecurringCharges", _RD = "ReferenceDetails", _RDBC = "RebootDBCluster", _RDBCFS = "RestoreDBClusterFromS3", _RDBCFSM = "RestoreDBClusterFromS3Message", _RDBCFSMe = "RestoreDBClusterFromSnapshotMessage", _RDBCFSR = "RestoreDBClusterFromS3Result", _RDBCFSRe = "RestoreDBClusterFromSnapshotResult", _RDBCFSe = "RestoreDBClusterFromSnapshot", _RDBCM = "RebootDBClusterMessage", _RDBCPG = "ResetDBClusterParameterGroup", _RDBCPGM = "ResetDBClusterParameterGroupMessage", _RDBCR = "RebootDBClusterResult", _RDBCTPIT = "RestoreDBClusterToPointInTime", _RDBCTPITM = "RestoreDBClusterToPointInTimeMessage", _RDBCTPITR = "RestoreDBClusterToPointInTimeResult", _RDBI = "ReservedDBInstance", _RDBIA = "ReservedDBInstanceArn", _RDBIAEF = "ReservedDBInstanceAlreadyExistsFault", _RDBIFDBS = "RestoreDBInstanceFromDBSnapshot", _RDBIFDBSM = "RestoreDBInstanceFromDBSnapshotMessage", _RDBIFDBSR = "RestoreDBInstanceFromDBSnapshotResult", _RDBIFS = "RestoreDBInstanceFromS3", _RDBIFSM = "RestoreDBInstanceFromS3Message", _RDBIFSR = "RestoreDBInstanceFromS3Result", _RDBII = "ReservedDBInstanceId", _RDBIL = "ReservedDBInstanceList", _RDBIM = "RebootDBInstanceMessage", _RDBIMe = "ReservedDBInstanceMessage", _RDBINFF = "ReservedDBInstanceNotFoundFault", _RDBIO = "ReservedDBInstancesOffering", _RDBIOI = "ReservedDBInstancesOfferingId", _RDBIOL = "ReservedDBInstancesOfferingList", _RDBIOM = "ReservedDBInstancesOfferingMessage", _RDBIONFF = "ReservedDBInstancesOfferingNotFoundFault", _RDBIOe = "ReservedDBInstancesOfferings", _RDBIQEF = "ReservedDBInstanceQuotaExceededFault", _RDBIR = "RebootDBInstanceResult", _RDBITPIT = "RestoreDBInstanceToPointInTime", _RDBITPITM = "RestoreDBInstanceToPointInTimeMessage", _RDBITPITR = "RestoreDBInstanceToPointInTimeResult", _RDBIe = "ReservedDBInstances", _RDBIeb = "RebootDBInstance", _RDBPG = "ResetDBParameterGroup", _RDBPGM = "ResetDBParameterGroupMessage", _RDBPT = "RegisterDBProxyTargets", _RDBPTR = "RegisterDBProxyTargetsRequest", _RDBPTRe = "RegisterDBProxyTargetsResponse", _RDBSG = "RebootDBShardGroup", _RDBSGI = "RevokeDBSecurityGroupIngress", _RDBSGIM = "RevokeDBSecurityGroupIngressMessage", _RDBSGIR = "RevokeDBSecurityGroupIngressResult", _RDBSGM = "RebootDBShardGroupMessage", _RE = "ReaderEndpoint", _RFAMM = "ResumeFullAutomationModeMinutes", _RFAMT = "ResumeFullAutomationModeTime", _RFGC = "RemoveFromGlobalCluster", _RFGCM = "RemoveFromGlobalClusterMessage", _RFGCR = "RemoveFromGlobalClusterResult", _RI = "ResourceIdentifier", _RIe = "RecommendationId", _RL = "RangeList", _RM = "ReplicaMode", _RMUP = "RotateMasterUserPassword", _RN = "ResourceName", _RNFF = "ResourceNotFoundFault", _RNe = "RegionName", _RPMA = "ResourcePendingMaintenanceActions", _RRC = "ReadReplicaCapable", _RRDBCI = "ReadReplicaDBClusterIdentifiers", _RRDBCIL = "ReadReplicaDBClusterIdentifierList", _RRDBCIe = "ReadReplicaDBClusterIdentifier", _RRDBII = "ReadReplicaDBInstanceIdentifiers", _RRDBIIL = "ReadReplicaDBInstanceIdentifierList", _RRDBIIe = "ReadReplicaDBInstanceIdentifier", _RRFDBC = "RemoveRoleFromDBCluster", _RRFDBCM = "RemoveRoleFromDBClusterMessage", _RRFDBI = "RemoveRoleFromDBInstance", _RRFDBIM = "RemoveRoleFromDBInstanceMessage", _RRI = "ReadReplicaIdentifiers", _RRIL = "ReadReplicaIdentifierList", _RRId = "RdsResourceId", _RRIe = "ReadReplicaIdentifier", _RRSDBCI = "ReadReplicaSourceDBClusterIdentifier", _RRSDBII = "ReadReplicaSourceDBInstanceIdentifier", _RSI = "ReplicationSourceIdentifier", _RSIFS = "RemoveSourceIdentifierFromSubscription", _RSIFSM = "RemoveSourceIdentifierFromSubscriptionMessage", _RSIFSR = "RemoveSourceIdentifierFromSubscriptionResult", _RT = "RestoreType", _RTFR = "RemoveTagsFromResource", _RTFRM = "RemoveTagsFromResourceMessage", _RTLS = "RequireTLS", _RTT = "RestoreToTime", _RTe = "RestoreTime", _RTes = "ResourceType", _RW = "RestoreWindow", _Ra = "Range", _Re = "Recommendation", _Rea = "Reason", _Read = "Readers", _Ref = "References", _Ro = "Role", _S = "Source", _SA = "SourceArn", _SAEF = "SubscriptionAlreadyExistFault", _SAI = "SourceAccountId", _SAIU = "SubnetAlreadyInUse", _SAS = "StartActivityStream", _SASM = "SupportedActivityStreamModes", _SASR = "StartActivityStreamRequest", _SASRt = "StartActivityStreamResponse", _SASRto = "StopActivityStreamRequest", _SASRtop = "StopActivityStreamResponse", _SASV = "SupportsAdditionalStorageVolumes", _SASt = "StopActivityStream", _SAZ = "SnapshotAvailabilityZone", _SAZe = "SecondaryAvailabilityZone", _SAZu = "SubnetAvailabilityZone", _SAe = "SecretArn", _SB = "SupportsBabelfish", _SBGD = "SwitchoverBlueGreenDeployment", _SBGDR = "SwitchoverBlueGreenDeploymentRequest", _SBGDRw = "SwitchoverBlueGreenDeploymentResponse", _SBN = "S3BucketName", _SBT = "SecondsBeforeTimeout", _SBu = "S3Bucket", _SC = "ScalingConfiguration", _SCACI = "SupportedCACertificateIdentifiers", _SCDEVI = "SourceCustomDbEngineVersionIdentifier", _SCI = "ScalingConfigurationInfo", _SCNFF = "SubscriptionCategoryNotFoundFault", _SCNSF = "SourceClusterNotSupportedFault", _SCRWR = "SupportsCertificateRotationWithoutRestart", _SCS = "SupportedCharacterSets", _SCSL = "SupportedCharacterSetsList", _SCT = "SnapshotCreateTime", _SCTu = "SubscriptionCreationTime", _SCu = "SupportsClusters", _SD = "SwitchoverDetails", _SDBC = "StartDBCluster", _SDBCI = "SourceDBClusterIdentifier", _SDBCM = "StartDBClusterMessage", _SDBCMt = "StopDBClusterMessage", _SDBCPGI = "SourceDBClusterParameterGroupIdentifier", _SDBCR = "StartDBClusterResult", _SDBCRt = "StopDBClusterResult", _SDBCSA = "SourceDBClusterSnapshotArn", _SDBCSI = "SourceDBClusterSnapshotIdentifier", _SDBCt = "StopDBCluster", _SDBI = "StartDBInstance", _SDBIA = "SourceDBInstanceArn", _SDBIABA = "SourceDBInstanceAutomatedBackupsArn", _SDBIABR = "SupportsDBInstanceAutomatedBackupsReplication", _SDBIABRM = "StartDBInstanceAutomatedBackupsReplicationMessage", _SDBIABRMt = "StopDBInstanceAutomatedBackupsReplicationMessage", _SDBIABRR = "StartDBInstanceAutomatedBackupsReplicationResult", _SDBIABRRt = "StopDBInstanceAutomatedBackupsReplicationResult", _SDBIABRt = "StartDBInstanceAutomatedBackupsReplication", _SDBIABRto = "StopDBInstanceAutomatedBackupsReplication", _SDBII = "SourceDBInstanceIdentifier", _SDBIM = "StartDBInstanceMessage", _SDBIMt = "StopDBInstanceMessage", _SDBIR = "StartDBInstanceResult", _SDBIRt = "StopDBInstanceResult", _SDBIt = "StopDBInstance", _SDBPGI = "SourceDBParameterGroupIdentifier", _SDBSI = "SourceDBSnapshotIdentifier", _SDCRI = "SourceDbClusterResourceId", _SDL = "SwitchoverDetailList", _SDLV = "SupportsDedicatedLogVolume", _SDNSF = "SourceDatabaseNotSupportedFault", _SDRI = "SourceDbiResourceId", _SDT = "SnapshotDatabaseTime", _SDe = "SettingDescription", _SDt = "StatusDetails", _SDta = "StartDate", _SDtat = "StatisticsDetails", _SDw = "SwitchoverDetail", _SE = "StorageEncrypted", _SEL = "SupportedEngineLifecycles", _SELL = "SupportedEngineLifecycleList", _SELu = "SupportedEngineLifecycle", _SEM = "SupportedEngineModes", _SEMu = "SupportsEnhancedMonitoring", _SET = "StorageEncryptionType", _SETM = "StartExportTaskMessage", _SETt = "StartExportTask", _SEV = "SourceEngineVersion", _SEo = "SourceEngine", _SFD = "SetForDelete", _SFN = "SupportedFeatureNames", _SFS = "SkipFinalSnapshot", _SG = "SecurityGroups", _SGC = "SwitchoverGlobalCluster", _SGCM = "SwitchoverGlobalClusterMessage", _SGCR = "SwitchoverGlobalClusterResult", _SGD = "SupportsGlobalDatabases", _SGS = "SubnetGroupStatus", _SHE = "SupportsHttpEndpoint", _SI = "SourceIdentifier", _SIAMDA = "SupportsIAMDatabaseAuthentication", _SIL = "SourceIdsList", _SILu = "SubnetIdentifierList", _SIRA = "S3IngestionRoleArn", _SIn = "SnapshotIdentifier", _SIo = "SourceIds", _SIou = "SourceId", _SIt = "StatusInfos", _SIu = "SupportsIops", _SIub = "SubnetIds", _SIubn = "SubnetIdentifier", _SIup = "SupportsIntegrations", _SKA = "SupportsKerberosAuthentication", _SL = "SubnetList", _SLD = "SupportsLimitlessDatabase", _SLETCL = "SupportsLogExportsToCloudwatchLogs", _SLWF = "SupportsLocalWriteForwarding", _SM = "StaticMembers", _SMo = "SourceMember", _SN = "SubscriptionName", _SNCS = "SupportedNcharCharacterSets", _SNFF = "SourceNotFoundFault", _SNFFu = "SubscriptionNotFoundFault", _SNSITF = "SNSInvalidTopicFault", _SNSNAF = "SNSNoAuthorizationFault", _SNSTANFF = "SNSTopicArnNotFoundFault", _SNT = "SupportedNetworkTypes", _SNe = "SettingName", _SO = "SubnetOutpost", _SOG = "SourceOptionGroup", _SOGI = "SourceOptionGroupIdentifier", _SOPP = "StorageOperationPercentProgress", _SOS = "StorageOperationStatus", _SOVD = "SupportsOptionVersionDowngrade", _SP = "S3Prefix", _SPF = "SessionPinningFilters", _SPI = "SupportsPerformanceInsights", _SPQ = "SupportsParallelQuery", _SQEF = "SnapshotQuotaExceededFault", _SQEFt = "StorageQuotaExceededFault", _SR = "SourceRegion", _SRD = "ScalarReferenceDetails", _SRL = "SourceRegionList", _SRM = "SourceRegionMessage", _SRR = "SupportsReadReplica", _SRRM = "SwitchoverReadReplicaMessage", _SRRR = "SwitchoverReadReplicaResult", _SRRw = "SwitchoverReadReplica", _SRo = "SourceRegions", _SS = "SensitiveString", _SSA = "SupportsStorageAutoscaling", _SSE = "SupportsStorageEncryption", _SSQEF = "SharedSnapshotQuotaExceededFault", _SST = "SupportsStorageThroughput", _SSe = "SecretStatus", _SSt = "StorageSize", _SSu = "SubnetStatus", _SSy = "SynchronizationStatus", _ST = "StorageThroughput", _STA = "SnsTopicArn", _STL = "SupportedTimezonesList", _STNAF = "StorageTypeNotAvailableFault", _STNSF = "StorageTypeNotSupportedFault", _STTIR = "StorageThroughputToIopsRatio", _STn = "SnapshotTarget", _STna = "SnapshotType", _STnap = "SnapshotTime", _STo = "SourceType", _STt = "StorageType", _STta = "StatusType", _STtar = "StartTime", _STu = "SupportedTimezones", _STw = "SwitchoverTimeout", _SUAP = "SecondsUntilAutoPause", _SVFS = "ServerlessV2FeaturesSupport", _SVPV = "ServerlessV2PlatformVersion", _SVPVD = "ServerlessV2PlatformVersionDescription", _SVPVI = "ServerlessV2PlatformVersionInfo", _SVPVL = "ServerlessV2PlatformVersionList", _SVPVM = "ServerlessV2PlatformVersionsMessage", _SVPVe = "ServerlessV2PlatformVersions", _SVS = "StorageVolumeStatus", _SVSC = "ServerlessV2ScalingConfiguration", _SVSCI = "ServerlessV2ScalingConfigurationInfo", _Se = "Severity", _Si = "Size", _St = "Status", _Sta = "State", _Ste = "Step", _Sto = "Storage", _Su = "Subnets", _Sub = "Subnet", _Sw = "Switchover", _T = "Tags", _TA = "TargetArn", _TAS = "TargetAllocatedStorage", _TAi = "TimeoutAction", _TCA = "TdeCredentialArn", _TCAZ = "TargetCustomAvailabilityZone", _TCI = "TrackedClusterId", _TCNT = "TargetConnectionNetworkType", _TCP = "TdeCredentialPassword", _TD = "TenantDatabase", _TDAEF = "TenantDatabaseAlreadyExistsFault", _TDARN = "TenantDatabaseARN", _TDBCPGD = "TargetDBClusterParameterGroupDescription", _TDBCPGI = "TargetDBClusterParameterGroupIdentifier", _TDBCPGN = "TargetDBClusterParameterGroupName", _TDBCSI = "TargetDBClusterSnapshotIdentifier", _TDBIC = "TargetDBInstanceClass", _TDBII = "TargetDBInstanceIdentifier", _TDBN = "TenantDBName", _TDBPGD = "TargetDBParameterGroupDescription", _TDBPGI = "TargetDBParameterGroupIdentifier", _TDBPGN = "TargetDBParameterGroupName", _TDBSI = "TargetDBSnapshotIdentifier", _TDCA = "ToDbClusterArn", _TDCI = "TargetDbClusterIdentifier", _TDCT = "TenantDatabaseCreateTime", _TDL = "TenantDatabasesList", _TDM = "TenantDatabasesMessage", _TDNFF = "TenantDatabaseNotFoundFault", _TDPMV = "TenantDatabasePendingModifiedValues", _TDQEF = "TenantDatabaseQuotaExceededFault", _TDRI = "TenantDatabaseResourceId", _TDe = "TenantDatabases", _TDy = "TypeDetection", _TEDIGB = "TotalExtractedDataInGB", _TET = "TaskEndTime", _TEV = "TargetEngineVersion", _TG = "TargetGroups", _TGA = "TargetGroupArn", _TGL = "TargetGroupList", _TGMDI = "TransitGatewayMulticastDomainId", _TGN = "TargetGroupName", _TH = "TargetHealth", _TI = "TargetIops", _TIy = "TypeId", _TK = "TagKeys", _TKKI = "TargetKmsKeyId", _TL = "TagList", _TLM = "TagListMessage", _TLa = "TargetList", _TM = "TargetMember", _TN = "TimezoneName", _TOGD = "TargetOptionGroupDescription", _TOGI = "TargetOptionGroupIdentifier", _TR = "TargetRole", _TRC = "TargetResourceConfigurations", _TRCL = "TargetResourceConfigurationList", _TRCa = "TargetResourceConfiguration", _TRy = "TypeRecommendation", _TS = "TagSpecifications", _TSL = "TagSpecificationList", _TST = "TargetStorageType", _TSTa = "TargetStorageThroughput", _TSTas = "TaskStartTime", _TSa = "TagSpecification", _Ta = "Target", _Tag = "Tag", _Tar = "Targets", _Tas = "Tasks", _Te = "Text", _Th = "Thumbprint", _Ti = "Timezone", _Tit = "Title", _To = "To", _Ty = "Type", _U = "Used", _UAC = "UserAuthConfig", _UACI = "UserAuthConfigInfo", _UACIL = "UserAuthConfigInfoList", _UACL = "UserAuthConfigList", _UAPLI = "UseAwsProvidedLatestImage", _UD = "UpdatedDate", _UDBEVF = "UnsupportedDBEngineVersionFault", _UDPF = "UseDefaultProcessorFeatures", _UETOPITU = "UseEarliestTimeOnPointInTimeUnavailable", _ULRT = "UseLatestRestorableTime", _UN = "UserName", _UP = "UsagePrice", _URO = "UpgradeRolloutOrder", _USC = "UpgradeStorageConfig", _UT = "UpdatedTime", _UTSC = "UpgradeTargetStorageConfig", _UTp = "UpgradeTarget", _Ur = "Url", _V = "Value", _VASO = "ValidAdditionalStorageOptions", _VDBIMM = "ValidDBInstanceModificationsMessage", _VECVE = "VpcEncryptionControlViolationException", _VF = "ValidFrom", _VI = "VpcId", _VN = "VolumeName", _VO = "VpcOnly", _VPCNE = "VPCNetworkingEnabled", _VPF = "ValidProcessorFeatures", _VSG = "VpcSecurityGroups", _VSGI = "VpcSecurityGroupIds", _VSGIL = "VpcSecurityGroupIdList", _VSGIp = "VpcSecurityGroupId", _VSGM = "VpcSecurityGroupMemberships", _VSGML = "VpcSecurityGroupMembershipList", _VSGMp = "VpcSecurityGroupMembership", _VSI = "VpcSubnetIds", _VSO = "ValidStorageOptions", _VSOL = "ValidStorageOptionsList", _VT = "ValidTill", _VTA = "ValuesToAdd", _VTR = "ValuesToRemove", _VUT = "ValidUpgradeTarget", _VUTL = "ValidUpgradeTargetList", _VVO = "ValidVolumeOptions", _VVOL = "ValidVolumeOptionsList", _Va = "Values", _Ve = "Version", _Vo = "Volumes", _Vp = "Vpc", _WEC = "WithExpressConfiguration", _WM = "WarningMessage", _aQE = "awsQueryError", _c = "client", _e = "error", _hE = "httpError", _i = "item", _m = "message", _s = "smithy.ts.sdk.synthetic.com.amazonaws.rds", _xN = "xmlName", n0 = "com.amazonaws.rds", _s_registry = new TypeRegistry(_s), RDSServiceException$ = [-3, _s, "RDSServiceException", 0, [], []];
    _s_registry.registerError(RDSServiceException$, RDSServiceException);
    var n0_registry = new TypeRegistry(n0), AuthorizationAlreadyExistsFault$ = [
      -3,
      n0,
      _AAEF,
      { [_aQE]: ["AuthorizationAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AuthorizationAlreadyExistsFault$, AuthorizationAlreadyExistsFault);
    var AuthorizationNotFoundFault$ = [
      -3,
      n0,
      _ANFF,
      { [_aQE]: ["AuthorizationNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AuthorizationNotFoundFault$, AuthorizationNotFoundFault);
    var AuthorizationQuotaExceededFault$ = [
      -3,
      n0,
      _AQEF,
      { [_aQE]: ["AuthorizationQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AuthorizationQuotaExceededFault$, AuthorizationQuotaExceededFault);
    var BackupPolicyNotFoundFault$ = [
      -3,
      n0,
      _BPNFF,
      { [_aQE]: ["BackupPolicyNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BackupPolicyNotFoundFault$, BackupPolicyNotFoundFault);
    var BlueGreenDeploymentAlreadyExistsFault$ = [
      -3,
      n0,
      _BGDAEF,
      { [_aQE]: ["BlueGreenDeploymentAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BlueGreenDeploymentAlreadyExistsFault$, BlueGreenDeploymentAlreadyExistsFault);
    var BlueGreenDeploymentNotFoundFault$ = [
      -3,
      n0,
      _BGDNFF,
      { [_aQE]: ["BlueGreenDeploymentNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BlueGreenDeploymentNotFoundFault$, BlueGreenDeploymentNotFoundFault);
    var CertificateNotFoundFault$ = [
      -3,
      n0,
      _CNFF,
      { [_aQE]: ["CertificateNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CertificateNotFoundFault$, CertificateNotFoundFault);
    var CreateCustomDBEngineVersionFault$ = [
      -3,
      n0,
      _CCDBEVF,
      { [_aQE]: ["CreateCustomDBEngineVersionFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CreateCustomDBEngineVersionFault$, CreateCustomDBEngineVersionFault);
    var CustomAvailabilityZoneNotFoundFault$ = [
      -3,
      n0,
      _CAZNFF,
      { [_aQE]: ["CustomAvailabilityZoneNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CustomAvailabilityZoneNotFoundFault$, CustomAvailabilityZoneNotFoundFault);
    var CustomDBEngineVersionAlreadyExistsFault$ = [
      -3,
      n0,
      _CDBEVAEF,
      { [_aQE]: ["CustomDBEngineVersionAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CustomDBEngineVersionAlreadyExistsFault$, CustomDBEngineVersionAlreadyExistsFault);
    var CustomDBEngineVersionNotFoundFault$ = [
      -3,
      n0,
      _CDBEVNFF,
      { [_aQE]: ["CustomDBEngineVersionNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CustomDBEngineVersionNotFoundFault$, CustomDBEngineVersionNotFoundFault);
    var CustomDBEngineVersionQuotaExceededFault$ = [
      -3,
      n0,
      _CDBEVQEF,
      { [_aQE]: ["CustomDBEngineVersionQuotaExceededFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(CustomDBEngineVersionQuotaExceededFault$, CustomDBEngineVersionQuotaExceededFault);
    var DBCapacityReservationAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCRAEF,
      { [_aQE]: ["DBCapacityReservationAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBCapacityReservationAlreadyExistsFault$, DBCapacityReservationAlreadyExistsFault);
    var DBCapacityReservationNotFoundFault$ = [
      -3,
      n0,
      _DBCRNFF,
      { [_aQE]: ["DBCapacityReservationNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBCapacityReservationNotFoundFault$, DBCapacityReservationNotFoundFault);
    var DBCapacityReservationUnsupportedFault$ = [
      -3,
      n0,
      _DBCRUF,
      { [_aQE]: ["DBCapacityReservationUnsupported", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBCapacityReservationUnsupportedFault$, DBCapacityReservationUnsupportedFault);
    var DBClusterAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCAEF,
      { [_aQE]: ["DBClusterAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterAlreadyExistsFault$, DBClusterAlreadyExistsFault);
    var DBClusterAutomatedBackupNotFoundFault$ = [
      -3,
      n0,
      _DBCABNFF,
      { [_aQE]: ["DBClusterAutomatedBackupNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterAutomatedBackupNotFoundFault$, DBClusterAutomatedBackupNotFoundFault);
    var DBClusterAutomatedBackupQuotaExceededFault$ = [
      -3,
      n0,
      _DBCABQEF,
      { [_aQE]: ["DBClusterAutomatedBackupQuotaExceededFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterAutomatedBackupQuotaExceededFault$, DBClusterAutomatedBackupQuotaExceededFault);
    var DBClusterBacktrackNotFoundFault$ = [
      -3,
      n0,
      _DBCBNFF,
      { [_aQE]: ["DBClusterBacktrackNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterBacktrackNotFoundFault$, DBClusterBacktrackNotFoundFault);
    var DBClusterEndpointAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCEAEF,
      { [_aQE]: ["DBClusterEndpointAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterEndpointAlreadyExistsFault$, DBClusterEndpointAlreadyExistsFault);
    var DBClusterEndpointNotFoundFault$ = [
      -3,
      n0,
      _DBCENFF,
      { [_aQE]: ["DBClusterEndpointNotFoundFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterEndpointNotFoundFault$, DBClusterEndpointNotFoundFault);
    var DBClusterEndpointQuotaExceededFault$ = [
      -3,
      n0,
      _DBCEQEF,
      { [_aQE]: ["DBClusterEndpointQuotaExceededFault", 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterEndpointQuotaExceededFault$, DBClusterEndpointQuotaExceededFault);
    var DBClusterNotFoundFault$ = [
      -3,
      n0,
      _DBCNFF,
      { [_aQE]: ["DBClusterNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterNotFoundFault$, DBClusterNotFoundFault);
    var DBClusterParameterGroupNotFoundFault$ = [
      -3,
      n0,
      _DBCPGNFF,
      { [_aQE]: ["DBClusterParameterGroupNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterParameterGroupNotFoundFault$, DBClusterParameterGroupNotFoundFault);
    var DBClusterQuotaExceededFault$ = [
      -3,
      n0,
      _DBCQEF,
      { [_aQE]: ["DBClusterQuotaExceededFault", 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterQuotaExceededFault$, DBClusterQuotaExceededFault);
    var DBClusterRoleAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCRAEFl,
      { [_aQE]: ["DBClusterRoleAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterRoleAlreadyExistsFault$, DBClusterRoleAlreadyExistsFault);
    var DBClusterRoleNotFoundFault$ = [
      -3,
      n0,
      _DBCRNFFl,
      { [_aQE]: ["DBClusterRoleNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterRoleNotFoundFault$, DBClusterRoleNotFoundFault);
    var DBClusterRoleQuotaExceededFault$ = [
      -3,
      n0,
      _DBCRQEF,
      { [_aQE]: ["DBClusterRoleQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterRoleQuotaExceededFault$, DBClusterRoleQuotaExceededFault);
    var DBClusterSnapshotAlreadyExistsFault$ = [
      -3,
      n0,
      _DBCSAEF,
      { [_aQE]: ["DBClusterSnapshotAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterSnapshotAlreadyExistsFault$, DBClusterSnapshotAlreadyExistsFault);
    var DBClusterSnapshotNotFoundFault$ = [
      -3,
      n0,
      _DBCSNFF,
      { [_aQE]: ["DBClusterSnapshotNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBClusterSnapshotNotFoundFault$, DBClusterSnapshotNotFoundFault);
    var DBInstanceAlreadyExistsFault$ = [
      -3,
      n0,
      _DBIAEF,
      { [_aQE]: ["DBInstanceAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceAlreadyExistsFault$, DBInstanceAlreadyExistsFault);
    var DBInstanceAutomatedBackupNotFoundFault$ = [
      -3,
      n0,
      _DBIABNFF,
      { [_aQE]: ["DBInstanceAutomatedBackupNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceAutomatedBackupNotFoundFault$, DBInstanceAutomatedBackupNotFoundFault);
    var DBInstanceAutomatedBackupQuotaExceededFault$ = [
      -3,
      n0,
      _DBIABQEF,
      { [_aQE]: ["DBInstanceAutomatedBackupQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceAutomatedBackupQuotaExceededFault$, DBInstanceAutomatedBackupQuotaExceededFault);
    var DBInstanceNotFoundFault$ = [
      -3,
      n0,
      _DBINFF,
      { [_aQE]: ["DBInstanceNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceNotFoundFault$, DBInstanceNotFoundFault);
    var DBInstanceNotReadyFault$ = [
      -3,
      n0,
      _DBINRF,
      { [_aQE]: ["DBInstanceNotReady", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceNotReadyFault$, DBInstanceNotReadyFault);
    var DBInstanceRoleAlreadyExistsFault$ = [
      -3,
      n0,
      _DBIRAEF,
      { [_aQE]: ["DBInstanceRoleAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceRoleAlreadyExistsFault$, DBInstanceRoleAlreadyExistsFault);
    var DBInstanceRoleNotFoundFault$ = [
      -3,
      n0,
      _DBIRNFF,
      { [_aQE]: ["DBInstanceRoleNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceRoleNotFoundFault$, DBInstanceRoleNotFoundFault);
    var DBInstanceRoleQuotaExceededFault$ = [
      -3,
      n0,
      _DBIRQEF,
      { [_aQE]: ["DBInstanceRoleQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBInstanceRoleQuotaExceededFault$, DBInstanceRoleQuotaExceededFault);
    var DBLogFileNotFoundFault$ = [
      -3,
      n0,
      _DBLFNFF,
      { [_aQE]: ["DBLogFileNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBLogFileNotFoundFault$, DBLogFileNotFoundFault);
    var DBParameterGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _DBPGAEF,
      { [_aQE]: ["DBParameterGroupAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBParameterGroupAlreadyExistsFault$, DBParameterGroupAlreadyExistsFault);
    var DBParameterGroupNotFoundFault$ = [
      -3,
      n0,
      _DBPGNFF,
      { [_aQE]: ["DBParameterGroupNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBParameterGroupNotFoundFault$, DBParameterGroupNotFoundFault);
    var DBParameterGroupQuotaExceededFault$ = [
      -3,
      n0,
      _DBPGQEF,
      { [_aQE]: ["DBParameterGroupQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBParameterGroupQuotaExceededFault$, DBParameterGroupQuotaExceededFault);
    var DBProxyAlreadyExistsFault$ = [
      -3,
      n0,
      _DBPAEF,
      { [_aQE]: ["DBProxyAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyAlreadyExistsFault$, DBProxyAlreadyExistsFault);
    var DBProxyEndpointAlreadyExistsFault$ = [
      -3,
      n0,
      _DBPEAEF,
      { [_aQE]: ["DBProxyEndpointAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyEndpointAlreadyExistsFault$, DBProxyEndpointAlreadyExistsFault);
    var DBProxyEndpointNotFoundFault$ = [
      -3,
      n0,
      _DBPENFF,
      { [_aQE]: ["DBProxyEndpointNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyEndpointNotFoundFault$, DBProxyEndpointNotFoundFault);
    var DBProxyEndpointQuotaExceededFault$ = [
      -3,
      n0,
      _DBPEQEF,
      { [_aQE]: ["DBProxyEndpointQuotaExceededFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyEndpointQuotaExceededFault$, DBProxyEndpointQuotaExceededFault);
    var DBProxyNotFoundFault$ = [
      -3,
      n0,
      _DBPNFF,
      { [_aQE]: ["DBProxyNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyNotFoundFault$, DBProxyNotFoundFault);
    var DBProxyQuotaExceededFault$ = [
      -3,
      n0,
      _DBPQEF,
      { [_aQE]: ["DBProxyQuotaExceededFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyQuotaExceededFault$, DBProxyQuotaExceededFault);
    var DBProxyTargetAlreadyRegisteredFault$ = [
      -3,
      n0,
      _DBPTARF,
      { [_aQE]: ["DBProxyTargetAlreadyRegisteredFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyTargetAlreadyRegisteredFault$, DBProxyTargetAlreadyRegisteredFault);
    var DBProxyTargetGroupNotFoundFault$ = [
      -3,
      n0,
      _DBPTGNFF,
      { [_aQE]: ["DBProxyTargetGroupNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyTargetGroupNotFoundFault$, DBProxyTargetGroupNotFoundFault);
    var DBProxyTargetNotFoundFault$ = [
      -3,
      n0,
      _DBPTNFF,
      { [_aQE]: ["DBProxyTargetNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBProxyTargetNotFoundFault$, DBProxyTargetNotFoundFault);
    var DBSecurityGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _DBSGAEF,
      { [_aQE]: ["DBSecurityGroupAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSecurityGroupAlreadyExistsFault$, DBSecurityGroupAlreadyExistsFault);
    var DBSecurityGroupNotFoundFault$ = [
      -3,
      n0,
      _DBSGNFF,
      { [_aQE]: ["DBSecurityGroupNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSecurityGroupNotFoundFault$, DBSecurityGroupNotFoundFault);
    var DBSecurityGroupNotSupportedFault$ = [
      -3,
      n0,
      _DBSGNSF,
      { [_aQE]: ["DBSecurityGroupNotSupported", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSecurityGroupNotSupportedFault$, DBSecurityGroupNotSupportedFault);
    var DBSecurityGroupQuotaExceededFault$ = [
      -3,
      n0,
      _DBSGQEF,
      { [_aQE]: ["QuotaExceeded.DBSecurityGroup", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSecurityGroupQuotaExceededFault$, DBSecurityGroupQuotaExceededFault);
    var DBShardGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _DBSGAEFh,
      { [_aQE]: ["DBShardGroupAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBShardGroupAlreadyExistsFault$, DBShardGroupAlreadyExistsFault);
    var DBShardGroupNotFoundFault$ = [
      -3,
      n0,
      _DBSGNFFh,
      { [_aQE]: ["DBShardGroupNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBShardGroupNotFoundFault$, DBShardGroupNotFoundFault);
    var DBSnapshotAlreadyExistsFault$ = [
      -3,
      n0,
      _DBSAEF,
      { [_aQE]: ["DBSnapshotAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSnapshotAlreadyExistsFault$, DBSnapshotAlreadyExistsFault);
    var DBSnapshotNotFoundFault$ = [
      -3,
      n0,
      _DBSNFF,
      { [_aQE]: ["DBSnapshotNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSnapshotNotFoundFault$, DBSnapshotNotFoundFault);
    var DBSnapshotTenantDatabaseNotFoundFault$ = [
      -3,
      n0,
      _DBSTDNFF,
      { [_aQE]: ["DBSnapshotTenantDatabaseNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSnapshotTenantDatabaseNotFoundFault$, DBSnapshotTenantDatabaseNotFoundFault);
    var DBSubnetGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _DBSGAEFu,
      { [_aQE]: ["DBSubnetGroupAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupAlreadyExistsFault$, DBSubnetGroupAlreadyExistsFault);
    var DBSubnetGroupDoesNotCoverEnoughAZs$ = [
      -3,
      n0,
      _DBSGDNCEAZ,
      { [_aQE]: ["DBSubnetGroupDoesNotCoverEnoughAZs", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupDoesNotCoverEnoughAZs$, DBSubnetGroupDoesNotCoverEnoughAZs);
    var DBSubnetGroupNotAllowedFault$ = [
      -3,
      n0,
      _DBSGNAF,
      { [_aQE]: ["DBSubnetGroupNotAllowedFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupNotAllowedFault$, DBSubnetGroupNotAllowedFault);
    var DBSubnetGroupNotFoundFault$ = [
      -3,
      n0,
      _DBSGNFFu,
      { [_aQE]: ["DBSubnetGroupNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupNotFoundFault$, DBSubnetGroupNotFoundFault);
    var DBSubnetGroupQuotaExceededFault$ = [
      -3,
      n0,
      _DBSGQEFu,
      { [_aQE]: ["DBSubnetGroupQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetGroupQuotaExceededFault$, DBSubnetGroupQuotaExceededFault);
    var DBSubnetQuotaExceededFault$ = [
      -3,
      n0,
      _DBSQEF,
      { [_aQE]: ["DBSubnetQuotaExceededFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBSubnetQuotaExceededFault$, DBSubnetQuotaExceededFault);
    var DBUpgradeDependencyFailureFault$ = [
      -3,
      n0,
      _DBUDFF,
      { [_aQE]: ["DBUpgradeDependencyFailure", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DBUpgradeDependencyFailureFault$, DBUpgradeDependencyFailureFault);
    var DomainNotFoundFault$ = [
      -3,
      n0,
      _DNFF,
      { [_aQE]: ["DomainNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DomainNotFoundFault$, DomainNotFoundFault);
    var Ec2ImagePropertiesNotSupportedFault$ = [
      -3,
      n0,
      _EIPNSF,
      { [_aQE]: ["Ec2ImagePropertiesNotSupportedFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(Ec2ImagePropertiesNotSupportedFault$, Ec2ImagePropertiesNotSupportedFault);
    var EventSubscriptionQuotaExceededFault$ = [
      -3,
      n0,
      _ESQEF,
      { [_aQE]: ["EventSubscriptionQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(EventSubscriptionQuotaExceededFault$, EventSubscriptionQuotaExceededFault);
    var ExportTaskAlreadyExistsFault$ = [
      -3,
      n0,
      _ETAEF,
      { [_aQE]: ["ExportTaskAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExportTaskAlreadyExistsFault$, ExportTaskAlreadyExistsFault);
    var ExportTaskNotFoundFault$ = [
      -3,
      n0,
      _ETNFF,
      { [_aQE]: ["ExportTaskNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExportTaskNotFoundFault$, ExportTaskNotFoundFault);
    var GlobalClusterAlreadyExistsFault$ = [
      -3,
      n0,
      _GCAEF,
      { [_aQE]: ["GlobalClusterAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(GlobalClusterAlreadyExistsFault$, GlobalClusterAlreadyExistsFault);
    var GlobalClusterNotFoundFault$ = [
      -3,
      n0,
      _GCNFF,
      { [_aQE]: ["GlobalClusterNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(GlobalClusterNotFoundFault$, GlobalClusterNotFoundFault);
    var GlobalClusterQuotaExceededFault$ = [
      -3,
      n0,
      _GCQEF,
      { [_aQE]: ["GlobalClusterQuotaExceededFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(GlobalClusterQuotaExceededFault$, GlobalClusterQuotaExceededFault);
    var IamRoleMissingPermissionsFault$ = [
      -3,
      n0,
      _IRMPF,
      { [_aQE]: ["IamRoleMissingPermissions", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IamRoleMissingPermissionsFault$, IamRoleMissingPermissionsFault);
    var IamRoleNotFoundFault$ = [
      -3,
      n0,
      _IRNFF,
      { [_aQE]: ["IamRoleNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IamRoleNotFoundFault$, IamRoleNotFoundFault);
    var InstanceQuotaExceededFault$ = [
      -3,
      n0,
      _IQEF,
      { [_aQE]: ["InstanceQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InstanceQuotaExceededFault$, InstanceQuotaExceededFault);
    var InsufficientAvailableIPsInSubnetFault$ = [
      -3,
      n0,
      _IAIPISF,
      { [_aQE]: ["InsufficientAvailableIPsInSubnetFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientAvailableIPsInSubnetFault$, InsufficientAvailableIPsInSubnetFault);
    var InsufficientDBClusterCapacityFault$ = [
      -3,
      n0,
      _IDBCCF,
      { [_aQE]: ["InsufficientDBClusterCapacityFault", 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientDBClusterCapacityFault$, InsufficientDBClusterCapacityFault);
    var InsufficientDBInstanceCapacityFault$ = [
      -3,
      n0,
      _IDBICF,
      { [_aQE]: ["InsufficientDBInstanceCapacity", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientDBInstanceCapacityFault$, InsufficientDBInstanceCapacityFault);
    var InsufficientStorageClusterCapacityFault$ = [
      -3,
      n0,
      _ISCCF,
      { [_aQE]: ["InsufficientStorageClusterCapacity", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientStorageClusterCapacityFault$, InsufficientStorageClusterCapacityFault);
    var IntegrationAlreadyExistsFault$ = [
      -3,
      n0,
      _IAEF,
      { [_aQE]: ["IntegrationAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IntegrationAlreadyExistsFault$, IntegrationAlreadyExistsFault);
    var IntegrationConflictOperationFault$ = [
      -3,
      n0,
      _ICOF,
      { [_aQE]: ["IntegrationConflictOperationFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IntegrationConflictOperationFault$, IntegrationConflictOperationFault);
    var IntegrationNotFoundFault$ = [
      -3,
      n0,
      _INFF,
      { [_aQE]: ["IntegrationNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IntegrationNotFoundFault$, IntegrationNotFoundFault);
    var IntegrationQuotaExceededFault$ = [
      -3,
      n0,
      _IQEFn,
      { [_aQE]: ["IntegrationQuotaExceededFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IntegrationQuotaExceededFault$, IntegrationQuotaExceededFault);
    var InvalidBlueGreenDeploymentStateFault$ = [
      -3,
      n0,
      _IBGDSF,
      { [_aQE]: ["InvalidBlueGreenDeploymentStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidBlueGreenDeploymentStateFault$, InvalidBlueGreenDeploymentStateFault);
    var InvalidCustomDBEngineVersionStateFault$ = [
      -3,
      n0,
      _ICDBEVSF,
      { [_aQE]: ["InvalidCustomDBEngineVersionStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidCustomDBEngineVersionStateFault$, InvalidCustomDBEngineVersionStateFault);
    var InvalidDBCapacityReservationStateFault$ = [
      -3,
      n0,
      _IDBCRSF,
      { [_aQE]: ["InvalidDBCapacityReservationState", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBCapacityReservationStateFault$, InvalidDBCapacityReservationStateFault);
    var InvalidDBClusterAutomatedBackupStateFault$ = [
      -3,
      n0,
      _IDBCABSF,
      { [_aQE]: ["InvalidDBClusterAutomatedBackupStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterAutomatedBackupStateFault$, InvalidDBClusterAutomatedBackupStateFault);
    var InvalidDBClusterCapacityFault$ = [
      -3,
      n0,
      _IDBCCFn,
      { [_aQE]: ["InvalidDBClusterCapacityFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterCapacityFault$, InvalidDBClusterCapacityFault);
    var InvalidDBClusterEndpointStateFault$ = [
      -3,
      n0,
      _IDBCESF,
      { [_aQE]: ["InvalidDBClusterEndpointStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterEndpointStateFault$, InvalidDBClusterEndpointStateFault);
    var InvalidDBClusterSnapshotStateFault$ = [
      -3,
      n0,
      _IDBCSSF,
      { [_aQE]: ["InvalidDBClusterSnapshotStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterSnapshotStateFault$, InvalidDBClusterSnapshotStateFault);
    var InvalidDBClusterStateFault$ = [
      -3,
      n0,
      _IDBCSF,
      { [_aQE]: ["InvalidDBClusterStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBClusterStateFault$, InvalidDBClusterStateFault);
    var InvalidDBInstanceAutomatedBackupStateFault$ = [
      -3,
      n0,
      _IDBIABSF,
      { [_aQE]: ["InvalidDBInstanceAutomatedBackupState", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBInstanceAutomatedBackupStateFault$, InvalidDBInstanceAutomatedBackupStateFault);
    var InvalidDBInstanceStateFault$ = [
      -3,
      n0,
      _IDBISF,
      { [_aQE]: ["InvalidDBInstanceState", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBInstanceStateFault$, InvalidDBInstanceStateFault);
    var InvalidDBParameterGroupStateFault$ = [
      -3,
      n0,
      _IDBPGSF,
      { [_aQE]: ["InvalidDBParameterGroupState", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBParameterGroupStateFault$, InvalidDBParameterGroupStateFault);
    var InvalidDBProxyEndpointStateFault$ = [
      -3,
      n0,
      _IDBPESF,
      { [_aQE]: ["InvalidDBProxyEndpointStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBProxyEndpointStateFault$, InvalidDBProxyEndpointStateFault);
    var InvalidDBProxyStateFault$ = [
      -3,
      n0,
      _IDBPSF,
      { [_aQE]: ["InvalidDBProxyStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBProxyStateFault$, InvalidDBProxyStateFault);
    var InvalidDBSecurityGroupStateFault$ = [
      -3,
      n0,
      _IDBSGSF,
      { [_aQE]: ["InvalidDBSecurityGroupState", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSecurityGroupStateFault$, InvalidDBSecurityGroupStateFault);
    var InvalidDBShardGroupStateFault$ = [
      -3,
      n0,
      _IDBSGSFn,
      { [_aQE]: ["InvalidDBShardGroupState", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBShardGroupStateFault$, InvalidDBShardGroupStateFault);
    var InvalidDBSnapshotStateFault$ = [
      -3,
      n0,
      _IDBSSF,
      { [_aQE]: ["InvalidDBSnapshotState", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSnapshotStateFault$, InvalidDBSnapshotStateFault);
    var InvalidDBSubnetGroupFault$ = [
      -3,
      n0,
      _IDBSGF,
      { [_aQE]: ["InvalidDBSubnetGroupFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSubnetGroupFault$, InvalidDBSubnetGroupFault);
    var InvalidDBSubnetGroupStateFault$ = [
      -3,
      n0,
      _IDBSGSFnv,
      { [_aQE]: ["InvalidDBSubnetGroupStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSubnetGroupStateFault$, InvalidDBSubnetGroupStateFault);
    var InvalidDBSubnetStateFault$ = [
      -3,
      n0,
      _IDBSSFn,
      { [_aQE]: ["InvalidDBSubnetStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidDBSubnetStateFault$, InvalidDBSubnetStateFault);
    var InvalidEventSubscriptionStateFault$ = [
      -3,
      n0,
      _IESSF,
      { [_aQE]: ["InvalidEventSubscriptionState", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidEventSubscriptionStateFault$, InvalidEventSubscriptionStateFault);
    var InvalidExportOnlyFault$ = [
      -3,
      n0,
      _IEOF,
      { [_aQE]: ["InvalidExportOnly", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidExportOnlyFault$, InvalidExportOnlyFault);
    var InvalidExportSourceStateFault$ = [
      -3,
      n0,
      _IESSFn,
      { [_aQE]: ["InvalidExportSourceState", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidExportSourceStateFault$, InvalidExportSourceStateFault);
    var InvalidExportTaskStateFault$ = [
      -3,
      n0,
      _IETSF,
      { [_aQE]: ["InvalidExportTaskStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidExportTaskStateFault$, InvalidExportTaskStateFault);
    var InvalidGlobalClusterStateFault$ = [
      -3,
      n0,
      _IGCSF,
      { [_aQE]: ["InvalidGlobalClusterStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidGlobalClusterStateFault$, InvalidGlobalClusterStateFault);
    var InvalidIntegrationStateFault$ = [
      -3,
      n0,
      _IISF,
      { [_aQE]: ["InvalidIntegrationStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidIntegrationStateFault$, InvalidIntegrationStateFault);
    var InvalidOptionGroupStateFault$ = [
      -3,
      n0,
      _IOGSF,
      { [_aQE]: ["InvalidOptionGroupStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidOptionGroupStateFault$, InvalidOptionGroupStateFault);
    var InvalidResourceStateFault$ = [
      -3,
      n0,
      _IRSF,
      { [_aQE]: ["InvalidResourceStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidResourceStateFault$, InvalidResourceStateFault);
    var InvalidRestoreFault$ = [
      -3,
      n0,
      _IRF,
      { [_aQE]: ["InvalidRestoreFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidRestoreFault$, InvalidRestoreFault);
    var InvalidS3BucketFault$ = [
      -3,
      n0,
      _ISBF,
      { [_aQE]: ["InvalidS3BucketFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidS3BucketFault$, InvalidS3BucketFault);
    var InvalidSubnet$ = [
      -3,
      n0,
      _IS,
      { [_aQE]: ["InvalidSubnet", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
    var InvalidVPCNetworkStateFault$ = [
      -3,
      n0,
      _IVPCNSF,
      { [_aQE]: ["InvalidVPCNetworkStateFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidVPCNetworkStateFault$, InvalidVPCNetworkStateFault);
    var KMSKeyNotAccessibleFault$ = [
      -3,
      n0,
      _KMSKNAF,
      { [_aQE]: ["KMSKeyNotAccessibleFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(KMSKeyNotAccessibleFault$, KMSKeyNotAccessibleFault);
    var MaxDBShardGroupLimitReached$ = [
      -3,
      n0,
      _MDBSGLR,
      { [_aQE]: ["MaxDBShardGroupLimitReached", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(MaxDBShardGroupLimitReached$, MaxDBShardGroupLimitReached);
    var NetworkTypeNotSupported$ = [
      -3,
      n0,
      _NTNS,
      { [_aQE]: ["NetworkTypeNotSupported", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(NetworkTypeNotSupported$, NetworkTypeNotSupported);
    var OptionGroupAlreadyExistsFault$ = [
      -3,
      n0,
      _OGAEF,
      { [_aQE]: ["OptionGroupAlreadyExistsFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OptionGroupAlreadyExistsFault$, OptionGroupAlreadyExistsFault);
    var OptionGroupNotFoundFault$ = [
      -3,
      n0,
      _OGNFF,
      { [_aQE]: ["OptionGroupNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OptionGroupNotFoundFault$, OptionGroupNotFoundFault);
    var OptionGroupQuotaExceededFault$ = [
      -3,
      n0,
      _OGQEF,
      { [_aQE]: ["OptionGroupQuotaExceededFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OptionGroupQuotaExceededFault$, OptionGroupQuotaExceededFault);
    var PointInTimeRestoreNotEnabledFault$ = [
      -3,
      n0,
      _PITRNEF,
      { [_aQE]: ["PointInTimeRestoreNotEnabled", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(PointInTimeRestoreNotEnabledFault$, PointInTimeRestoreNotEnabledFault);
    var ProvisionedIopsNotAvailableInAZFault$ = [
      -3,
      n0,
      _PINAIAZF,
      { [_aQE]: ["ProvisionedIopsNotAvailableInAZFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ProvisionedIopsNotAvailableInAZFault$, ProvisionedIopsNotAvailableInAZFault);
    var ReservedDBInstanceAlreadyExistsFault$ = [
      -3,
      n0,
      _RDBIAEF,
      { [_aQE]: ["ReservedDBInstanceAlreadyExists", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReservedDBInstanceAlreadyExistsFault$, ReservedDBInstanceAlreadyExistsFault);
    var ReservedDBInstanceNotFoundFault$ = [
      -3,
      n0,
      _RDBINFF,
      { [_aQE]: ["ReservedDBInstanceNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReservedDBInstanceNotFoundFault$, ReservedDBInstanceNotFoundFault);
    var ReservedDBInstanceQuotaExceededFault$ = [
      -3,
      n0,
      _RDBIQEF,
      { [_aQE]: ["ReservedDBInstanceQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReservedDBInstanceQuotaExceededFault$, ReservedDBInstanceQuotaExceededFault);
    var ReservedDBInstancesOfferingNotFoundFault$ = [
      -3,
      n0,
      _RDBIONFF,
      { [_aQE]: ["ReservedDBInstancesOfferingNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReservedDBInstancesOfferingNotFoundFault$, ReservedDBInstancesOfferingNotFoundFault);
    var ResourceNotFoundFault$ = [
      -3,
      n0,
      _RNFF,
      { [_aQE]: ["ResourceNotFoundFault", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundFault$, ResourceNotFoundFault);
    var SharedSnapshotQuotaExceededFault$ = [
      -3,
      n0,
      _SSQEF,
      { [_aQE]: ["SharedSnapshotQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SharedSnapshotQuotaExceededFault$, SharedSnapshotQuotaExceededFault);
    var SnapshotQuotaExceededFault$ = [
      -3,
      n0,
      _SQEF,
      { [_aQE]: ["SnapshotQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SnapshotQuotaExceededFault$, SnapshotQuotaExceededFault);
    var SNSInvalidTopicFault$ = [
      -3,
      n0,
      _SNSITF,
      { [_aQE]: ["SNSInvalidTopic", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SNSInvalidTopicFault$, SNSInvalidTopicFault);
    var SNSNoAuthorizationFault$ = [
      -3,
      n0,
      _SNSNAF,
      { [_aQE]: ["SNSNoAuthorization", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SNSNoAuthorizationFault$, SNSNoAuthorizationFault);
    var SNSTopicArnNotFoundFault$ = [
      -3,
      n0,
      _SNSTANFF,
      { [_aQE]: ["SNSTopicArnNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SNSTopicArnNotFoundFault$, SNSTopicArnNotFoundFault);
    var SourceClusterNotSupportedFault$ = [
      -3,
      n0,
      _SCNSF,
      { [_aQE]: ["SourceClusterNotSupportedFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SourceClusterNotSupportedFault$, SourceClusterNotSupportedFault);
    var SourceDatabaseNotSupportedFault$ = [
      -3,
      n0,
      _SDNSF,
      { [_aQE]: ["SourceDatabaseNotSupportedFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SourceDatabaseNotSupportedFault$, SourceDatabaseNotSupportedFault);
    var SourceNotFoundFault$ = [
      -3,
      n0,
      _SNFF,
      { [_aQE]: ["SourceNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SourceNotFoundFault$, SourceNotFoundFault);
    var StorageQuotaExceededFault$ = [
      -3,
      n0,
      _SQEFt,
      { [_aQE]: ["StorageQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(StorageQuotaExceededFault$, StorageQuotaExceededFault);
    var StorageTypeNotAvailableFault$ = [
      -3,
      n0,
      _STNAF,
      { [_aQE]: ["StorageTypeNotAvailableFault", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(StorageTypeNotAvailableFault$, StorageTypeNotAvailableFault);
    var StorageTypeNotSupportedFault$ = [
      -3,
      n0,
      _STNSF,
      { [_aQE]: ["StorageTypeNotSupported", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(StorageTypeNotSupportedFault$, StorageTypeNotSupportedFault);
    var SubnetAlreadyInUse$ = [
      -3,
      n0,
      _SAIU,
      { [_aQE]: ["SubnetAlreadyInUse", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SubnetAlreadyInUse$, SubnetAlreadyInUse);
    var SubscriptionAlreadyExistFault$ = [
      -3,
      n0,
      _SAEF,
      { [_aQE]: ["SubscriptionAlreadyExist", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SubscriptionAlreadyExistFault$, SubscriptionAlreadyExistFault);
    var SubscriptionCategoryNotFoundFault$ = [
      -3,
      n0,
      _SCNFF,
      { [_aQE]: ["SubscriptionCategoryNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SubscriptionCategoryNotFoundFault$, SubscriptionCategoryNotFoundFault);
    var SubscriptionNotFoundFault$ = [
      -3,
      n0,
      _SNFFu,
      { [_aQE]: ["SubscriptionNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SubscriptionNotFoundFault$, SubscriptionNotFoundFault);
    var TenantDatabaseAlreadyExistsFault$ = [
      -3,
      n0,
      _TDAEF,
      { [_aQE]: ["TenantDatabaseAlreadyExists", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TenantDatabaseAlreadyExistsFault$, TenantDatabaseAlreadyExistsFault);
    var TenantDatabaseNotFoundFault$ = [
      -3,
      n0,
      _TDNFF,
      { [_aQE]: ["TenantDatabaseNotFound", 404], [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TenantDatabaseNotFoundFault$, TenantDatabaseNotFoundFault);
    var TenantDatabaseQuotaExceededFault$ = [
      -3,
      n0,
      _TDQEF,
      { [_aQE]: ["TenantDatabaseQuotaExceeded", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TenantDatabaseQuotaExceededFault$, TenantDatabaseQuotaExceededFault);
    var UnsupportedDBEngineVersionFault$ = [
      -3,
      n0,
      _UDBEVF,
      { [_aQE]: ["UnsupportedDBEngineVersion", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedDBEngineVersionFault$, UnsupportedDBEngineVersionFault);
    var VpcEncryptionControlViolationException$ = [
      -3,
      n0,
      _VECVE,
      { [_aQE]: ["VpcEncryptionControlViolationException", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(VpcEncryptionControlViolationException$, VpcEncryptionControlViolationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ], OperatorSensitiveString = [0, n0, _OSS, 8, 0], PotentiallySensitiveOptionSettingValue = [0, n0, _PSOSV, 8, 0], SensitiveString = [0, n0, _SS, 8, 0], AccountAttributesMessage$ = [
      3,
      n0,
      _AAM,
      0,
      [_AQ],
      [[() => AccountQuotaList, 0]]
    ], AccountQuota$ = [
      3,
      n0,
      _AQc,
      0,
      [_AQN, _U, _M],
      [0, 1, 1]
    ], AdditionalStorageVolume$ = [
      3,
      n0,
      _ASV,
      0,
      [_VN, _AS, _IOPS, _MAS, _ST, _STt],
      [0, 1, 1, 1, 1, 0],
      1
    ], AdditionalStorageVolumeOutput$ = [
      3,
      n0,
      _ASVO,
      0,
      [_VN, _SVS, _SOS, _SOPP, _AS, _IOPS, _MAS, _ST, _STt],
      [0, 0, 0, 1, 1, 1, 1, 1, 0]
    ], AddRoleToDBClusterMessage$ = [
      3,
      n0,
      _ARTDBCM,
      0,
      [_DBCI, _RA, _FN],
      [0, 0, 0],
      2
    ], AddRoleToDBInstanceMessage$ = [
      3,
      n0,
      _ARTDBIM,
      0,
      [_DBII, _RA, _FN],
      [0, 0, 0],
      3
    ], AddSourceIdentifierToSubscriptionMessage$ = [
      3,
      n0,
      _ASITSM,
      0,
      [_SN, _SI],
      [0, 0],
      2
    ], AddSourceIdentifierToSubscriptionResult$ = [
      3,
      n0,
      _ASITSR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ], AddTagsToResourceMessage$ = [
      3,
      n0,
      _ATTRM,
      0,
      [_RN, _T],
      [0, [() => TagList, 0]],
      2
    ], ApplyPendingMaintenanceActionMessage$ = [
      3,
      n0,
      _APMAM,
      0,
      [_RI, _AA, _OIT],
      [0, 0, 0],
      3
    ], ApplyPendingMaintenanceActionResult$ = [
      3,
      n0,
      _APMAR,
      0,
      [_RPMA],
      [[() => ResourcePendingMaintenanceActions$, 0]]
    ], AuthorizeDBSecurityGroupIngressMessage$ = [
      3,
      n0,
      _ADBSGIM,
      0,
      [_DBSGN, _CIDRIP, _ECSGN, _ECSGI, _ECSGOI],
      [0, 0, 0, 0, 0],
      1
    ], AuthorizeDBSecurityGroupIngressResult$ = [
      3,
      n0,
      _ADBSGIR,
      0,
      [_DBSG],
      [[() => DBSecurityGroup$, 0]]
    ], AvailabilityZone$ = [
      3,
      n0,
      _AZ,
      0,
      [_N],
      [0]
    ], AvailableAdditionalStorageVolumesOption$ = [
      3,
      n0,
      _AASVO,
      0,
      [_SSA, _SST, _SIu, _STt, _MSS, _MSSa, _MI, _MIa, _MIPG, _MIPGa, _MST, _MSTa],
      [2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1]
    ], AvailableCapacityPerAvailabilityZone$ = [
      3,
      n0,
      _ACPAZ,
      0,
      [_AZ, _AC],
      [0, 1]
    ], AvailableProcessorFeature$ = [
      3,
      n0,
      _APF,
      0,
      [_N, _DV, _AV],
      [0, 0, 0]
    ], BacktrackDBClusterMessage$ = [
      3,
      n0,
      _BDBCM,
      0,
      [_DBCI, _BT, _F, _UETOPITU],
      [0, 4, 2, 2],
      2
    ], BlueGreenDeployment$ = [
      3,
      n0,
      _BGD,
      0,
      [_BGDI, _BGDN, _S, _Ta, _SD, _Tas, _St, _SDt, _CT, _DT, _TL],
      [0, 0, 0, 0, () => SwitchoverDetailList, () => BlueGreenDeploymentTaskList, 0, 0, 4, 4, [() => TagList, 0]]
    ], BlueGreenDeploymentTask$ = [
      3,
      n0,
      _BGDT,
      0,
      [_N, _St],
      [0, 0]
    ], CancelDBCapacityReservationRequest$ = [
      3,
      n0,
      _CDBCRR,
      0,
      [_DBCRI],
      [0],
      1
    ], CancelDBCapacityReservationResponse$ = [
      3,
      n0,
      _CDBCRRa,
      0,
      [_DBCR],
      [[() => DBCapacityReservation$, 0]]
    ], CancelExportTaskMessage$ = [
      3,
      n0,
      _CETM,
      0,
      [_ETI],
      [0],
      1
    ], Certificate$ = [
      3,
      n0,
      _C,
      0,
      [_CI, _CTe, _Th, _VF, _VT, _CA, _CO, _COVT],
      [0, 0, 0, 4, 4, 0, 2, 4]
    ], CertificateDetails$ = [
      3,
      n0,
      _CD,
      0,
      [_CAI, _VT],
      [0, 4]
    ], CertificateMessage$ = [
      3,
      n0,
      _CM,
      0,
      [_DCFNL, _Ce, _Ma],
      [0, [() => CertificateList, 0], 0]
    ], CharacterSet$ = [
      3,
      n0,
      _CS,
      0,
      [_CSN, _CSD],
      [0, 0]
    ], CloudwatchLogsExportConfiguration$ = [
      3,
      n0,
      _CLEC,
      0,
      [_ELT, _DLT],
      [64, 64]
    ], ClusterPendingModifiedValues$ = [
      3,
      n0,
      _CPMV,
      0,
      [_PCLE, _DBCI, _MUP, _IAMDAE, _EV, _BRP, _STt, _AS, _RCCC, _I, _CD],
      [() => PendingCloudwatchLogsExports$, 0, [() => SensitiveString, 0], 2, 0, 1, 0, 1, () => RdsCustomClusterConfiguration$, 1, () => CertificateDetails$]
    ], ConnectionPoolConfiguration$ = [
      3,
      n0,
      _CPC,
      0,
      [_MCP, _MICP, _CBT, _SPF, _IQ],
      [1, 1, 1, 64, [() => OperatorSensitiveString, 0]]
    ], ConnectionPoolConfigurationInfo$ = [
      3,
      n0,
      _CPCI,
      0,
      [_MCP, _MICP, _CBT, _SPF, _IQ],
      [1, 1, 1, 64, [() => OperatorSensitiveString, 0]]
    ], ContextAttribute$ = [
      3,
      n0,
      _CAo,
      0,
      [_K, _V],
      [0, 0]
    ], CopyDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _CDBCPGM,
      0,
      [_SDBCPGI, _TDBCPGI, _TDBCPGD, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ], CopyDBClusterParameterGroupResult$ = [
      3,
      n0,
      _CDBCPGR,
      0,
      [_DBCPG],
      [() => DBClusterParameterGroup$]
    ], CopyDBClusterSnapshotMessage$ = [
      3,
      n0,
      _CDBCSM,
      0,
      [_SDBCSI, _TDBCSI, _KKI, _PSU, _CTo, _T],
      [0, 0, 0, [() => SensitiveString, 0], 2, [() => TagList, 0]],
      2
    ], CopyDBClusterSnapshotResult$ = [
      3,
      n0,
      _CDBCSR,
      0,
      [_DBCS],
      [[() => DBClusterSnapshot$, 0]]
    ], CopyDBParameterGroupMessage$ = [
      3,
      n0,
      _CDBPGM,
      0,
      [_SDBPGI, _TDBPGI, _TDBPGD, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ], CopyDBParameterGroupResult$ = [
      3,
      n0,
      _CDBPGR,
      0,
      [_DBPG],
      [() => DBParameterGroup$]
    ], CopyDBSnapshotMessage$ = [
      3,
      n0,
      _CDBSM,
      0,
      [_SDBSI, _TDBSI, _KKI, _T, _CTo, _PSU, _OGN, _TCAZ, _STn, _COG, _SAZ, _TS],
      [0, 0, 0, [() => TagList, 0], 2, [() => SensitiveString, 0], 0, 0, 0, 2, 0, [() => TagSpecificationList, 0]],
      2
    ], CopyDBSnapshotResult$ = [
      3,
      n0,
      _CDBSR,
      0,
      [_DBS],
      [[() => DBSnapshot$, 0]]
    ], CopyOptionGroupMessage$ = [
      3,
      n0,
      _COGM,
      0,
      [_SOGI, _TOGI, _TOGD, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ], CopyOptionGroupResult$ = [
      3,
      n0,
      _COGR,
      0,
      [_OG],
      [[() => OptionGroup$, 0]]
    ], CreateBlueGreenDeploymentRequest$ = [
      3,
      n0,
      _CBGDR,
      0,
      [_BGDN, _S, _TEV, _TDBPGN, _TDBCPGN, _T, _TDBIC, _UTSC, _TI, _TST, _TAS, _TSTa, _TRC],
      [0, 0, 0, 0, 0, [() => TagList, 0], 0, 2, 1, 0, 1, 1, [() => TargetResourceConfigurationList, 0]],
      2
    ], CreateBlueGreenDeploymentResponse$ = [
      3,
      n0,
      _CBGDRr,
      0,
      [_BGD],
      [[() => BlueGreenDeployment$, 0]]
    ], CreateCustomDBEngineVersionMessage$ = [
      3,
      n0,
      _CCDBEVM,
      0,
      [_E, _EV, _DIFSBN, _DIFSP, _DIF, _II, _KMSKI, _SCDEVI, _UAPLI, _D, _Man, _T],
      [0, 0, 0, 0, 64, 0, 0, 0, 2, 0, 0, [() => TagList, 0]],
      2
    ], CreateDBCapacityReservationRequest$ = [
      3,
      n0,
      _CDBCRRr,
      0,
      [_DBCRN, _DBIC, _E, _CPAZ, _AZv, _ED, _SDta, _CDo, _LM, _T],
      [0, 0, 0, 1, [() => AvailabilityZones, 0], 4, 4, 1, 0, [() => TagList, 0]],
      5
    ], CreateDBCapacityReservationResponse$ = [
      3,
      n0,
      _CDBCRRre,
      0,
      [_DBCR],
      [[() => DBCapacityReservation$, 0]]
    ], CreateDBClusterEndpointMessage$ = [
      3,
      n0,
      _CDBCEM,
      0,
      [_DBCI, _DBCEI, _ET, _SM, _EM, _T],
      [0, 0, 0, 64, 64, [() => TagList, 0]],
      3
    ], CreateDBClusterMessage$ = [
      3,
      n0,
      _CDBCM,
      0,
      [_DBCI, _E, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MU, _MUP, _OGN, _PBW, _PMW, _RSI, _T, _SE, _KKI, _PSU, _EIAMDA, _BW, _ECLE, _EMn, _SC, _RCCC, _DBCIC, _AS, _STt, _I, _PA, _AMVU, _DP, _GCI, _EHE, _CTTS, _Do, _DIAMRN, _EGWF, _NT, _SVSC, _MIo, _MRA, _DIM, _EPI, _PIKMSKI, _PIRP, _ELD, _CST, _DBSI, _MMUP, _ELWF, _MUSKKI, _CACI, _ELS, _TS, _MUAT, _WEC, _AR],
      [0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, 0, [() => SensitiveString, 0], 0, 0, 0, 0, [() => TagList, 0], 2, 0, [() => SensitiveString, 0], 2, 1, 64, 0, () => ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 0, 1, 0, 1, 2, 2, 2, 0, 2, 2, 0, 0, 2, 0, () => ServerlessV2ScalingConfiguration$, 1, 0, 0, 2, 0, 1, 2, 0, 0, 2, 2, 0, 0, 0, [() => TagSpecificationList, 0], 0, 2, [() => DBClusterAssociatedRoles, 0]],
      2
    ], CreateDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _CDBCPGMr,
      0,
      [_DBCPGN, _DBPGF, _D, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ], CreateDBClusterParameterGroupResult$ = [
      3,
      n0,
      _CDBCPGRr,
      0,
      [_DBCPG],
      [() => DBClusterParameterGroup$]
    ], CreateDBClusterResult$ = [
      3,
      n0,
      _CDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], CreateDBClusterSnapshotMessage$ = [
      3,
      n0,
      _CDBCSMr,
      0,
      [_DBCSI, _DBCI, _T],
      [0, 0, [() => TagList, 0]],
      2
    ], CreateDBClusterSnapshotResult$ = [
      3,
      n0,
      _CDBCSRr,
      0,
      [_DBCS],
      [[() => DBClusterSnapshot$, 0]]
    ], CreateDBInstanceMessage$ = [
      3,
      n0,
      _CDBIM,
      0,
      [_DBII, _DBIC, _E, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _CSN, _NCSN, _PA, _T, _DBCI, _STt, _TCA, _TCP, _SE, _KKI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _MIo, _MRA, _DIAMRN, _PT, _Ti, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _DP, _MAS, _ECOI, _NT, _BTa, _CIIP, _DBSI, _CACI, _MMUP, _MUSKKI, _MT, _DLV, _ELS, _ASVd, _TS, _DBCRI, _MUAT],
      [0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 0, 0, 2, [() => TagList, 0], 0, 0, 0, [() => SensitiveString, 0], 2, 0, 0, 0, 0, 0, 64, 2, 1, 0, 0, 1, 0, 2, 0, 2, 0, 1, 64, [() => ProcessorFeatureList, 0], 2, 1, 2, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0, 0],
      3
    ], CreateDBInstanceReadReplicaMessage$ = [
      3,
      n0,
      _CDBIRRM,
      0,
      [_DBII, _SDBII, _DBIC, _AZ, _P, _MAZ, _AMVU, _I, _ST, _OGN, _DBPGN, _PA, _T, _DBSGNu, _VSGI, _STt, _CTTS, _MIo, _MRA, _KKI, _PSU, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _RM, _ECOI, _NT, _MAS, _BTa, _CIIP, _AS, _SDBCI, _DLV, _USC, _CACI, _ASVd, _TS, _DBCRI],
      [0, 0, 0, 0, 1, 2, 2, 1, 1, 0, 0, 2, [() => TagList, 0], 0, [() => VpcSecurityGroupIdList, 0], 0, 2, 1, 0, 0, [() => SensitiveString, 0], 2, 0, 2, 0, 1, 64, [() => ProcessorFeatureList, 0], 2, 2, 0, 0, 0, 0, 0, 64, 0, 2, 0, 1, 0, 0, 1, 0, 2, 2, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 0],
      1
    ], CreateDBInstanceReadReplicaResult$ = [
      3,
      n0,
      _CDBIRRR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], CreateDBInstanceResult$ = [
      3,
      n0,
      _CDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], CreateDBParameterGroupMessage$ = [
      3,
      n0,
      _CDBPGMr,
      0,
      [_DBPGN, _DBPGF, _D, _T],
      [0, 0, 0, [() => TagList, 0]],
      3
    ], CreateDBParameterGroupResult$ = [
      3,
      n0,
      _CDBPGRr,
      0,
      [_DBPG],
      [() => DBParameterGroup$]
    ], CreateDBProxyEndpointRequest$ = [
      3,
      n0,
      _CDBPER,
      0,
      [_DBPN, _DBPEN, _VSI, _VSGI, _TR, _T, _ENT],
      [0, 0, 64, 64, 0, [() => TagList, 0], 0],
      3
    ], CreateDBProxyEndpointResponse$ = [
      3,
      n0,
      _CDBPERr,
      0,
      [_DBPE],
      [() => DBProxyEndpoint$]
    ], CreateDBProxyRequest$ = [
      3,
      n0,
      _CDBPR,
      0,
      [_DBPN, _EF, _RA, _VSI, _DAS, _A, _VSGI, _RTLS, _ICT, _DL, _T, _ENT, _TCNT],
      [0, 0, 0, 64, 0, () => UserAuthConfigList, 64, 2, 1, 2, [() => TagList, 0], 0, 0],
      4
    ], CreateDBProxyResponse$ = [
      3,
      n0,
      _CDBPRr,
      0,
      [_DBP],
      [() => DBProxy$]
    ], CreateDBSecurityGroupMessage$ = [
      3,
      n0,
      _CDBSGM,
      0,
      [_DBSGN, _DBSGD, _T],
      [0, 0, [() => TagList, 0]],
      2
    ], CreateDBSecurityGroupResult$ = [
      3,
      n0,
      _CDBSGR,
      0,
      [_DBSG],
      [[() => DBSecurityGroup$, 0]]
    ], CreateDBShardGroupMessage$ = [
      3,
      n0,
      _CDBSGMr,
      0,
      [_DBSGI, _DBCI, _MACU, _CR, _MACUi, _PA, _T],
      [0, 0, 1, 1, 1, 2, [() => TagList, 0]],
      3
    ], CreateDBSnapshotMessage$ = [
      3,
      n0,
      _CDBSMr,
      0,
      [_DBSIn, _DBII, _T],
      [0, 0, [() => TagList, 0]],
      2
    ], CreateDBSnapshotResult$ = [
      3,
      n0,
      _CDBSRr,
      0,
      [_DBS],
      [[() => DBSnapshot$, 0]]
    ], CreateDBSubnetGroupMessage$ = [
      3,
      n0,
      _CDBSGMre,
      0,
      [_DBSGNu, _DBSGDu, _SIub, _T],
      [0, 0, [() => SubnetIdentifierList, 0], [() => TagList, 0]],
      3
    ], CreateDBSubnetGroupResult$ = [
      3,
      n0,
      _CDBSGRr,
      0,
      [_DBSGu],
      [[() => DBSubnetGroup$, 0]]
    ], CreateEventSubscriptionMessage$ = [
      3,
      n0,
      _CESM,
      0,
      [_SN, _STA, _STo, _EC, _SIo, _En, _T],
      [0, 0, 0, [() => EventCategoriesList, 0], [() => SourceIdsList, 0], 2, [() => TagList, 0]],
      2
    ], CreateEventSubscriptionResult$ = [
      3,
      n0,
      _CESR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ], CreateGlobalClusterMessage$ = [
      3,
      n0,
      _CGCM,
      0,
      [_GCI, _SDBCI, _E, _EV, _ELS, _DP, _DN, _SE, _T],
      [0, 0, 0, 0, 0, 2, 0, 2, [() => TagList, 0]],
      1
    ], CreateGlobalClusterResult$ = [
      3,
      n0,
      _CGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ], CreateIntegrationMessage$ = [
      3,
      n0,
      _CIM,
      0,
      [_SA, _TA, _IN, _KMSKI, _AEC, _T, _DFa, _D],
      [0, 0, 0, 0, 128, [() => TagList, 0], 0, 0],
      3
    ], CreateOptionGroupMessage$ = [
      3,
      n0,
      _COGMr,
      0,
      [_OGN, _EN, _MEV, _OGD, _T],
      [0, 0, 0, 0, [() => TagList, 0]],
      4
    ], CreateOptionGroupResult$ = [
      3,
      n0,
      _COGRr,
      0,
      [_OG],
      [[() => OptionGroup$, 0]]
    ], CreateTenantDatabaseMessage$ = [
      3,
      n0,
      _CTDM,
      0,
      [_DBII, _TDBN, _MU, _MUP, _CSN, _NCSN, _MMUP, _MUSKKI, _T],
      [0, 0, 0, [() => SensitiveString, 0], 0, 0, 2, 0, [() => TagList, 0]],
      3
    ], CreateTenantDatabaseResult$ = [
      3,
      n0,
      _CTDR,
      0,
      [_TD],
      [[() => TenantDatabase$, 0]]
    ], CustomDBEngineVersionAMI$ = [
      3,
      n0,
      _CDBEVAMI,
      0,
      [_II, _St],
      [0, 0]
    ], DBCapacityReservation$ = [
      3,
      n0,
      _DBCR,
      0,
      [_DBCRN, _DBIC, _E, _LM, _RCPAZ, _ACPAZL, _ED, _CDr, _SDta, _CIo, _Sta, _DBCRA, _DBCRI, _TL],
      [0, 0, 0, 0, 1, [() => AvailableCapacityPerAvailabilityZoneList, 0], 4, 4, 4, () => DBCapacityReservationCommitmentInfo$, 0, 0, 0, [() => TagList, 0]]
    ], DBCapacityReservationCommitmentInfo$ = [
      3,
      n0,
      _DBCRCI,
      0,
      [_CCPAZ, _CED],
      [1, 4]
    ], DBCluster$ = [
      3,
      n0,
      _DBC,
      0,
      [_AS, _AZv, _BRP, _CSN, _DN, _DBCI, _DBCPG, _DBSGu, _St, _PP, _ERT, _End, _RE, _CE, _MAZ, _E, _EV, _LRT, _P, _MU, _DBCOGM, _PBW, _PMW, _URO, _RSI, _RRI, _SIt, _DBCM, _VSG, _HZI, _SE, _SET, _KKI, _DCRI, _DBCA, _AR, _IAMDAE, _CGI, _CCT, _EBT, _BW, _BCCR, _ECLEn, _Ca, _PMV, _EMn, _SCI, _RCCC, _DBCIC, _STt, _I, _ST, _IOONAMT, _PA, _AMVU, _DP, _HEE, _ASM, _ASS, _ASKKI, _ASKSN, _CTTS, _CAC, _DM, _TL, _GCI, _GWFS, _GWFR, _NT, _ART, _SVSC, _SVPV, _MIo, _MRA, _DIM, _PIE, _PIKMSKI, _PIRP, _DBSI, _MUS, _LWFS, _ABRPA, _LD, _CST, _CD, _ELS, _VPCNE, _IAGE],
      [1, [() => AvailabilityZones, 0], 1, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 64, 2, 0, 0, 4, 1, 0, [() => DBClusterOptionGroupMemberships, 0], 0, 0, 0, 0, [() => ReadReplicaIdentifierList, 0], [() => DBClusterStatusInfoList, 0], [() => DBClusterMemberList, 0], [() => VpcSecurityGroupMembershipList, 0], 0, 2, 0, 0, 0, 0, [() => DBClusterRoles, 0], 2, 0, 4, 4, 1, 1, 64, 1, [() => ClusterPendingModifiedValues$, 0], 0, () => ScalingConfigurationInfo$, () => RdsCustomClusterConfiguration$, 0, 0, 1, 1, 4, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, [() => DomainMembershipList, 0], [() => TagList, 0], 0, 0, 2, 0, 4, () => ServerlessV2ScalingConfigurationInfo$, 0, 1, 0, 0, 2, 0, 1, 0, () => MasterUserSecret$, 0, 0, () => LimitlessDatabase$, 0, () => CertificateDetails$, 0, 2, 2]
    ], DBClusterAssociatedRole$ = [
      3,
      n0,
      _DBCAR,
      0,
      [_RA, _FN],
      [0, 0],
      1
    ], DBClusterAutomatedBackup$ = [
      3,
      n0,
      _DBCAB,
      0,
      [_E, _VI, _DBCABA, _DBCI, _RW, _MU, _DCRI, _R, _LM, _St, _IAMDAE, _CCT, _SE, _SET, _AS, _EV, _DBCA, _BRP, _PBW, _EMn, _AZv, _P, _KKI, _STt, _I, _ST, _ABRPA, _TL],
      [0, 0, 0, 0, () => RestoreWindow$, 0, 0, 0, 0, 0, 2, 4, 2, 0, 1, 0, 0, 1, 0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 1, 1, 0, [() => TagList, 0]]
    ], DBClusterAutomatedBackupMessage$ = [
      3,
      n0,
      _DBCABM,
      0,
      [_Ma, _DBCABl],
      [0, [() => DBClusterAutomatedBackupList, 0]]
    ], DBClusterBacktrack$ = [
      3,
      n0,
      _DBCB,
      0,
      [_DBCI, _BI, _BT, _BF, _BRCT, _St],
      [0, 0, 4, 4, 4, 0]
    ], DBClusterBacktrackMessage$ = [
      3,
      n0,
      _DBCBM,
      0,
      [_Ma, _DBCBl],
      [0, [() => DBClusterBacktrackList, 0]]
    ], DBClusterCapacityInfo$ = [
      3,
      n0,
      _DBCCI,
      0,
      [_DBCI, _PC, _CC, _SBT, _TAi],
      [0, 1, 1, 1, 0]
    ], DBClusterEndpoint$ = [
      3,
      n0,
      _DBCE,
      0,
      [_DBCEI, _DBCI, _DBCERI, _End, _St, _ET, _CET, _SM, _EM, _DBCEA],
      [0, 0, 0, 0, 0, 0, 0, 64, 64, 0]
    ], DBClusterEndpointMessage$ = [
      3,
      n0,
      _DBCEM,
      0,
      [_Ma, _DBCEl],
      [0, [() => DBClusterEndpointList, 0]]
    ], DBClusterMember$ = [
      3,
      n0,
      _DBCMl,
      0,
      [_DBII, _ICW, _DBCPGS, _PT],
      [0, 2, 0, 1]
    ], DBClusterMessage$ = [
      3,
      n0,
      _DBCMlu,
      0,
      [_Ma, _DBCl],
      [0, [() => DBClusterList, 0]]
    ], DBClusterOptionGroupStatus$ = [
      3,
      n0,
      _DBCOGS,
      0,
      [_DBCOGN, _St],
      [0, 0]
    ], DBClusterParameterGroup$ = [
      3,
      n0,
      _DBCPG,
      0,
      [_DBCPGN, _DBPGF, _D, _DBCPGA],
      [0, 0, 0, 0]
    ], DBClusterParameterGroupDetails$ = [
      3,
      n0,
      _DBCPGD,
      0,
      [_Pa, _Ma],
      [[() => ParametersList, 0], 0]
    ], DBClusterParameterGroupNameMessage$ = [
      3,
      n0,
      _DBCPGNM,
      0,
      [_DBCPGN],
      [0]
    ], DBClusterParameterGroupsMessage$ = [
      3,
      n0,
      _DBCPGM,
      0,
      [_Ma, _DBCPGl],
      [0, [() => DBClusterParameterGroupList, 0]]
    ], DBClusterRole$ = [
      3,
      n0,
      _DBCRl,
      0,
      [_RA, _St, _FN],
      [0, 0, 0]
    ], DBClusterSnapshot$ = [
      3,
      n0,
      _DBCS,
      0,
      [_AZv, _DBCSI, _DBCI, _SCT, _E, _EMn, _AS, _St, _P, _VI, _CCT, _MU, _EV, _LM, _STna, _PP, _SE, _SET, _BRP, _PBW, _KKI, _DBCSA, _SDBCSA, _IAMDAE, _TL, _STt, _ST, _DCRI, _DBSI],
      [[() => AvailabilityZones, 0], 0, 0, 4, 0, 0, 1, 0, 1, 0, 4, 0, 0, 0, 0, 1, 2, 0, 1, 0, 0, 0, 0, 2, [() => TagList, 0], 0, 1, 0, 0]
    ], DBClusterSnapshotAttribute$ = [
      3,
      n0,
      _DBCSAl,
      0,
      [_AN, _AVt],
      [0, [() => AttributeValueList, 0]]
    ], DBClusterSnapshotAttributesResult$ = [
      3,
      n0,
      _DBCSAR,
      0,
      [_DBCSI, _DBCSAlu],
      [0, [() => DBClusterSnapshotAttributeList, 0]]
    ], DBClusterSnapshotMessage$ = [
      3,
      n0,
      _DBCSM,
      0,
      [_Ma, _DBCSl],
      [0, [() => DBClusterSnapshotList, 0]]
    ], DBClusterStatusInfo$ = [
      3,
      n0,
      _DBCSIl,
      0,
      [_STta, _No, _St, _Me],
      [0, 2, 0, 0]
    ], DBEngineVersion$ = [
      3,
      n0,
      _DBEV,
      0,
      [_E, _MEV, _EV, _DIFSBN, _DIFSP, _DIF, _CDBEVM, _DBPGF, _DBED, _DBEVA, _DBEVD, _DCS, _FR, _Im, _DBEMT, _KMSKI, _CT, _SCS, _SNCS, _VUT, _STu, _ELTx, _SLETCL, _SRR, _SEM, _SFN, _St, _SPQ, _SGD, _TL, _SB, _SLD, _SCRWR, _SCACI, _SLWF, _SIup, _SVFS],
      [0, 0, 0, 0, 0, 64, 0, 0, 0, 0, 0, () => CharacterSet$, 0, () => CustomDBEngineVersionAMI$, 0, 0, 4, [() => SupportedCharacterSetsList, 0], [() => SupportedCharacterSetsList, 0], [() => ValidUpgradeTargetList, 0], [() => SupportedTimezonesList, 0], 64, 2, 2, 64, 64, 0, 2, 2, [() => TagList, 0], 2, 2, 2, 64, 2, 2, () => ServerlessV2FeaturesSupport$]
    ], DBEngineVersionMessage$ = [
      3,
      n0,
      _DBEVM,
      0,
      [_Ma, _DBEVn],
      [0, [() => DBEngineVersionList, 0]]
    ], DBInstance$ = [
      3,
      n0,
      _DBI,
      0,
      [_DBII, _DBIC, _E, _DBIS, _MU, _DBN, _End, _AS, _ICTn, _PBW, _BRP, _DBSGe, _VSG, _DBPGa, _AZ, _DBSGu, _PMW, _URO, _PMV, _LRT, _MAZ, _EV, _AMVU, _RRSDBII, _RRDBII, _RRDBCI, _RM, _LM, _I, _ST, _OGM, _CSN, _NCSN, _SAZe, _PA, _SIt, _STt, _SET, _TCA, _DIP, _DBCI, _SE, _KKI, _DRI, _CACI, _DM, _CTTS, _MIo, _EMRA, _MRA, _PT, _DBIA, _Ti, _IAMDAE, _DIM, _PIE, _PIKMSKI, _PIRP, _ECLEn, _PF, _DP, _AR, _LE, _MAS, _TL, _AM, _RFAMT, _COIE, _NT, _ASS, _ASKKI, _ASKSN, _ASM, _ASENAFI, _ABRPA, _DBIABR, _BTa, _ART, _CIIP, _ASPS, _CD, _DBSI, _MUS, _RRSDBCI, _PP, _MT, _DLV, _ISCUA, _ELS, _ASVd, _SVS, _SOS, _SOPP, _DBCRI],
      [0, 0, 0, 0, 0, 0, () => Endpoint$, 1, 4, 0, 1, [() => DBSecurityGroupMembershipList, 0], [() => VpcSecurityGroupMembershipList, 0], [() => DBParameterGroupStatusList, 0], 0, [() => DBSubnetGroup$, 0], 0, 0, [() => PendingModifiedValues$, 0], 4, 2, 0, 2, 0, [() => ReadReplicaDBInstanceIdentifierList, 0], [() => ReadReplicaDBClusterIdentifierList, 0], 0, 0, 1, 1, [() => OptionGroupMembershipList, 0], 0, 0, 0, 2, [() => DBInstanceStatusInfoList, 0], 0, 0, 0, 1, 0, 2, 0, 0, 0, [() => DomainMembershipList, 0], 2, 1, 0, 0, 1, 0, 0, 2, 0, 2, 0, 1, 64, [() => ProcessorFeatureList, 0], 2, [() => DBInstanceRoles, 0], () => Endpoint$, 1, [() => TagList, 0], 0, 4, 2, 0, 0, 0, 0, 0, 2, 0, [() => DBInstanceAutomatedBackupsReplicationList, 0], 0, 4, 0, 0, () => CertificateDetails$, 0, () => MasterUserSecret$, 0, 0, 2, 2, 2, 0, () => AdditionalStorageVolumesOutputList, 0, 0, 1, 0]
    ], DBInstanceAutomatedBackup$ = [
      3,
      n0,
      _DBIAB,
      0,
      [_DBIA, _DRI, _R, _DBII, _RW, _AS, _St, _P, _AZ, _VI, _ICTn, _MU, _E, _EV, _LM, _I, _ST, _OGN, _TCA, _Enc, _SET, _STt, _KKI, _Ti, _IAMDAE, _BRP, _PBW, _DBIABA, _DBIABR, _BTa, _MT, _ABRPA, _TL, _DLV, _ASVd],
      [0, 0, 0, 0, () => RestoreWindow$, 1, 0, 1, 0, 0, 4, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, 0, 0, 2, 1, 0, 0, [() => DBInstanceAutomatedBackupsReplicationList, 0], 0, 2, 0, [() => TagList, 0], 2, () => AdditionalStorageVolumesList]
    ], DBInstanceAutomatedBackupMessage$ = [
      3,
      n0,
      _DBIABM,
      0,
      [_Ma, _DBIABn],
      [0, [() => DBInstanceAutomatedBackupList, 0]]
    ], DBInstanceAutomatedBackupsReplication$ = [
      3,
      n0,
      _DBIABRn,
      0,
      [_DBIABA],
      [0]
    ], DBInstanceMessage$ = [
      3,
      n0,
      _DBIM,
      0,
      [_Ma, _DBIn],
      [0, [() => DBInstanceList, 0]]
    ], DBInstanceRole$ = [
      3,
      n0,
      _DBIR,
      0,
      [_RA, _FN, _St],
      [0, 0, 0]
    ], DBInstanceStatusInfo$ = [
      3,
      n0,
      _DBISI,
      0,
      [_STta, _No, _St, _Me],
      [0, 2, 0, 0]
    ], DBMajorEngineVersion$ = [
      3,
      n0,
      _DBMEV,
      0,
      [_E, _MEV, _SEL],
      [0, 0, [() => SupportedEngineLifecycleList, 0]]
    ], DBParameterGroup$ = [
      3,
      n0,
      _DBPG,
      0,
      [_DBPGN, _DBPGF, _D, _DBPGA],
      [0, 0, 0, 0]
    ], DBParameterGroupDetails$ = [
      3,
      n0,
      _DBPGD,
      0,
      [_Pa, _Ma],
      [[() => ParametersList, 0], 0]
    ], DBParameterGroupNameMessage$ = [
      3,
      n0,
      _DBPGNM,
      0,
      [_DBPGN],
      [0]
    ], DBParameterGroupsMessage$ = [
      3,
      n0,
      _DBPGM,
      0,
      [_Ma, _DBPGa],
      [0, [() => DBParameterGroupList, 0]]
    ], DBParameterGroupStatus$ = [
      3,
      n0,
      _DBPGS,
      0,
      [_DBPGN, _PAS],
      [0, 0]
    ], DBProxy$ = [
      3,
      n0,
      _DBP,
      0,
      [_DBPN, _DBPA, _St, _EF, _VI, _VSGI, _VSI, _DAS, _A, _RA, _End, _RTLS, _ICT, _DL, _CDre, _UD, _ENT, _TCNT],
      [0, 0, 0, 0, 0, 64, 64, 0, () => UserAuthConfigInfoList, 0, 0, 2, 1, 2, 4, 4, 0, 0]
    ], DBProxyEndpoint$ = [
      3,
      n0,
      _DBPE,
      0,
      [_DBPEN, _DBPEA, _DBPN, _St, _VI, _VSGI, _VSI, _End, _CDre, _TR, _ID, _ENT],
      [0, 0, 0, 0, 0, 64, 64, 0, 4, 0, 2, 0]
    ], DBProxyTarget$ = [
      3,
      n0,
      _DBPT,
      0,
      [_TA, _End, _TCI, _RRId, _P, _Ty, _Ro, _TH],
      [0, 0, 0, 0, 1, 0, 0, () => TargetHealth$]
    ], DBProxyTargetGroup$ = [
      3,
      n0,
      _DBPTG,
      0,
      [_DBPN, _TGN, _TGA, _ID, _St, _CPCo, _CDre, _UD],
      [0, 0, 0, 2, 0, [() => ConnectionPoolConfigurationInfo$, 0], 4, 4]
    ], DBRecommendation$ = [
      3,
      n0,
      _DBR,
      0,
      [_RIe, _TIy, _Se, _RAe, _St, _CTr, _UT, _De, _Re, _D, _Rea, _RAec, _Cat, _S, _TDy, _TRy, _Imp, _AI, _L, _IDs],
      [0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, () => RecommendedActionList, 0, 0, 0, 0, 0, 0, () => DocLinkList, () => IssueDetails$]
    ], DBRecommendationMessage$ = [
      3,
      n0,
      _DBRM,
      0,
      [_DBR],
      [() => DBRecommendation$]
    ], DBRecommendationsMessage$ = [
      3,
      n0,
      _DBRMe,
      0,
      [_DBRe, _Ma],
      [() => DBRecommendationList, 0]
    ], DBSecurityGroup$ = [
      3,
      n0,
      _DBSG,
      0,
      [_OI, _DBSGN, _DBSGD, _VI, _ECSG, _IPR, _DBSGA],
      [0, 0, 0, 0, [() => EC2SecurityGroupList, 0], [() => IPRangeList, 0], 0]
    ], DBSecurityGroupMembership$ = [
      3,
      n0,
      _DBSGM,
      0,
      [_DBSGN, _St],
      [0, 0]
    ], DBSecurityGroupMessage$ = [
      3,
      n0,
      _DBSGMe,
      0,
      [_Ma, _DBSGe],
      [0, [() => DBSecurityGroups, 0]]
    ], DBShardGroup$ = [
      3,
      n0,
      _DBSGh,
      0,
      [_DBSGRI, _DBSGI, _DBCI, _MACU, _MACUi, _CR, _St, _PA, _End, _DBSGAh, _TL],
      [0, 0, 0, 1, 1, 1, 0, 2, 0, 0, [() => TagList, 0]]
    ], DBSnapshot$ = [
      3,
      n0,
      _DBS,
      0,
      [_DBSIn, _DBII, _SCT, _E, _AS, _St, _P, _AZ, _VI, _ICTn, _MU, _EV, _LM, _STna, _I, _ST, _OGN, _PP, _SR, _SDBSI, _STt, _TCA, _Enc, _SET, _BRP, _PBW, _KKI, _DBSA, _Ti, _IAMDAE, _PF, _DRI, _TL, _STn, _OSCT, _SDT, _DBSI, _MT, _DLV, _ASVd, _SAZ, _FSSIB],
      [0, 0, 4, 0, 1, 0, 1, 0, 0, 4, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 2, [() => ProcessorFeatureList, 0], 0, [() => TagList, 0], 0, 4, 4, 0, 2, 2, () => AdditionalStorageVolumesList, 0, 1]
    ], DBSnapshotAttribute$ = [
      3,
      n0,
      _DBSAn,
      0,
      [_AN, _AVt],
      [0, [() => AttributeValueList, 0]]
    ], DBSnapshotAttributesResult$ = [
      3,
      n0,
      _DBSAR,
      0,
      [_DBSIn, _DBSAna],
      [0, [() => DBSnapshotAttributeList, 0]]
    ], DBSnapshotMessage$ = [
      3,
      n0,
      _DBSM,
      0,
      [_Ma, _DBSn],
      [0, [() => DBSnapshotList, 0]]
    ], DBSnapshotTenantDatabase$ = [
      3,
      n0,
      _DBSTD,
      0,
      [_DBSIn, _DBII, _DRI, _EN, _STna, _TDCT, _TDBN, _MU, _TDRI, _CSN, _DBSTDARN, _NCSN, _TL],
      [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, [() => TagList, 0]]
    ], DBSnapshotTenantDatabasesMessage$ = [
      3,
      n0,
      _DBSTDM,
      0,
      [_Ma, _DBSTDn],
      [0, [() => DBSnapshotTenantDatabasesList, 0]]
    ], DBSubnetGroup$ = [
      3,
      n0,
      _DBSGu,
      0,
      [_DBSGNu, _DBSGDu, _VI, _SGS, _Su, _DBSGAu, _SNT],
      [0, 0, 0, 0, [() => SubnetList, 0], 0, 64]
    ], DBSubnetGroupMessage$ = [
      3,
      n0,
      _DBSGMu,
      0,
      [_Ma, _DBSGub],
      [0, [() => DBSubnetGroups, 0]]
    ], DeleteBlueGreenDeploymentRequest$ = [
      3,
      n0,
      _DBGDR,
      0,
      [_BGDI, _DTe],
      [0, 2],
      1
    ], DeleteBlueGreenDeploymentResponse$ = [
      3,
      n0,
      _DBGDRe,
      0,
      [_BGD],
      [[() => BlueGreenDeployment$, 0]]
    ], DeleteCustomDBEngineVersionMessage$ = [
      3,
      n0,
      _DCDBEVM,
      0,
      [_E, _EV],
      [0, 0],
      2
    ], DeleteDBClusterAutomatedBackupMessage$ = [
      3,
      n0,
      _DDBCABM,
      0,
      [_DCRI],
      [0],
      1
    ], DeleteDBClusterAutomatedBackupResult$ = [
      3,
      n0,
      _DDBCABR,
      0,
      [_DBCAB],
      [[() => DBClusterAutomatedBackup$, 0]]
    ], DeleteDBClusterEndpointMessage$ = [
      3,
      n0,
      _DDBCEM,
      0,
      [_DBCEI],
      [0],
      1
    ], DeleteDBClusterMessage$ = [
      3,
      n0,
      _DDBCM,
      0,
      [_DBCI, _SFS, _FDBSI, _DAB],
      [0, 2, 0, 2],
      1
    ], DeleteDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _DDBCPGM,
      0,
      [_DBCPGN],
      [0],
      1
    ], DeleteDBClusterResult$ = [
      3,
      n0,
      _DDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], DeleteDBClusterSnapshotMessage$ = [
      3,
      n0,
      _DDBCSM,
      0,
      [_DBCSI],
      [0],
      1
    ], DeleteDBClusterSnapshotResult$ = [
      3,
      n0,
      _DDBCSR,
      0,
      [_DBCS],
      [[() => DBClusterSnapshot$, 0]]
    ], DeleteDBInstanceAutomatedBackupMessage$ = [
      3,
      n0,
      _DDBIABM,
      0,
      [_DRI, _DBIABA],
      [0, 0]
    ], DeleteDBInstanceAutomatedBackupResult$ = [
      3,
      n0,
      _DDBIABR,
      0,
      [_DBIAB],
      [[() => DBInstanceAutomatedBackup$, 0]]
    ], DeleteDBInstanceMessage$ = [
      3,
      n0,
      _DDBIM,
      0,
      [_DBII, _SFS, _FDBSI, _DAB],
      [0, 2, 0, 2],
      1
    ], DeleteDBInstanceResult$ = [
      3,
      n0,
      _DDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], DeleteDBParameterGroupMessage$ = [
      3,
      n0,
      _DDBPGM,
      0,
      [_DBPGN],
      [0],
      1
    ], DeleteDBProxyEndpointRequest$ = [
      3,
      n0,
      _DDBPER,
      0,
      [_DBPEN],
      [0],
      1
    ], DeleteDBProxyEndpointResponse$ = [
      3,
      n0,
      _DDBPERe,
      0,
      [_DBPE],
      [() => DBProxyEndpoint$]
    ], DeleteDBProxyRequest$ = [
      3,
      n0,
      _DDBPR,
      0,
      [_DBPN],
      [0],
      1
    ], DeleteDBProxyResponse$ = [
      3,
      n0,
      _DDBPRe,
      0,
      [_DBP],
      [() => DBProxy$]
    ], DeleteDBSecurityGroupMessage$ = [
      3,
      n0,
      _DDBSGM,
      0,
      [_DBSGN],
      [0],
      1
    ], DeleteDBShardGroupMessage$ = [
      3,
      n0,
      _DDBSGMe,
      0,
      [_DBSGI],
      [0],
      1
    ], DeleteDBSnapshotMessage$ = [
      3,
      n0,
      _DDBSM,
      0,
      [_DBSIn],
      [0],
      1
    ], DeleteDBSnapshotResult$ = [
      3,
      n0,
      _DDBSR,
      0,
      [_DBS],
      [[() => DBSnapshot$, 0]]
    ], DeleteDBSubnetGroupMessage$ = [
      3,
      n0,
      _DDBSGMel,
      0,
      [_DBSGNu],
      [0],
      1
    ], DeleteEventSubscriptionMessage$ = [
      3,
      n0,
      _DESM,
      0,
      [_SN],
      [0],
      1
    ], DeleteEventSubscriptionResult$ = [
      3,
      n0,
      _DESR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ], DeleteGlobalClusterMessage$ = [
      3,
      n0,
      _DGCM,
      0,
      [_GCI],
      [0],
      1
    ], DeleteGlobalClusterResult$ = [
      3,
      n0,
      _DGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ], DeleteIntegrationMessage$ = [
      3,
      n0,
      _DIMe,
      0,
      [_IIn],
      [0],
      1
    ], DeleteOptionGroupMessage$ = [
      3,
      n0,
      _DOGM,
      0,
      [_OGN],
      [0],
      1
    ], DeleteTenantDatabaseMessage$ = [
      3,
      n0,
      _DTDM,
      0,
      [_DBII, _TDBN, _SFS, _FDBSI],
      [0, 0, 2, 0],
      2
    ], DeleteTenantDatabaseResult$ = [
      3,
      n0,
      _DTDR,
      0,
      [_TD],
      [[() => TenantDatabase$, 0]]
    ], DeregisterDBProxyTargetsRequest$ = [
      3,
      n0,
      _DDBPTR,
      0,
      [_DBPN, _TGN, _DBIIn, _DBCIl],
      [0, 0, 64, 64],
      1
    ], DeregisterDBProxyTargetsResponse$ = [
      3,
      n0,
      _DDBPTRe,
      0,
      [],
      []
    ], DescribeAccountAttributesMessage$ = [
      3,
      n0,
      _DAAM,
      0,
      [],
      []
    ], DescribeBlueGreenDeploymentsRequest$ = [
      3,
      n0,
      _DBGDRes,
      0,
      [_BGDI, _Fi, _Ma, _MR],
      [0, [() => FilterList, 0], 0, 1]
    ], DescribeBlueGreenDeploymentsResponse$ = [
      3,
      n0,
      _DBGDResc,
      0,
      [_BGDl, _Ma],
      [[() => BlueGreenDeploymentList, 0], 0]
    ], DescribeCertificatesMessage$ = [
      3,
      n0,
      _DCM,
      0,
      [_CI, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ], DescribeDBCapacityReservationsRequest$ = [
      3,
      n0,
      _DDBCRR,
      0,
      [_DBCRI, _Ma, _MR, _Fi],
      [0, 0, 1, [() => FilterList, 0]]
    ], DescribeDBCapacityReservationsResponse$ = [
      3,
      n0,
      _DDBCRRe,
      0,
      [_DBCRa, _Ma],
      [[() => DBCapacityReservationList, 0], 0]
    ], DescribeDBClusterAutomatedBackupsMessage$ = [
      3,
      n0,
      _DDBCABMe,
      0,
      [_DCRI, _DBCI, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0]
    ], DescribeDBClusterBacktracksMessage$ = [
      3,
      n0,
      _DDBCBM,
      0,
      [_DBCI, _BI, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0],
      1
    ], DescribeDBClusterEndpointsMessage$ = [
      3,
      n0,
      _DDBCEMe,
      0,
      [_DBCI, _DBCEI, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0]
    ], DescribeDBClusterParameterGroupsMessage$ = [
      3,
      n0,
      _DDBCPGMe,
      0,
      [_DBCPGN, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ], DescribeDBClusterParametersMessage$ = [
      3,
      n0,
      _DDBCPM,
      0,
      [_DBCPGN, _S, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0],
      1
    ], DescribeDBClustersMessage$ = [
      3,
      n0,
      _DDBCMe,
      0,
      [_DBCI, _Fi, _MR, _Ma, _ISn],
      [0, [() => FilterList, 0], 1, 0, 2]
    ], DescribeDBClusterSnapshotAttributesMessage$ = [
      3,
      n0,
      _DDBCSAM,
      0,
      [_DBCSI],
      [0],
      1
    ], DescribeDBClusterSnapshotAttributesResult$ = [
      3,
      n0,
      _DDBCSAR,
      0,
      [_DBCSAR],
      [[() => DBClusterSnapshotAttributesResult$, 0]]
    ], DescribeDBClusterSnapshotsMessage$ = [
      3,
      n0,
      _DDBCSMe,
      0,
      [_DBCI, _DBCSI, _STna, _Fi, _MR, _Ma, _ISn, _IP, _DCRI],
      [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 0]
    ], DescribeDBEngineVersionsMessage$ = [
      3,
      n0,
      _DDBEVM,
      0,
      [_E, _EV, _DBPGF, _Fi, _MR, _Ma, _DOe, _LSCS, _LST, _IA],
      [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 2, 2]
    ], DescribeDBInstanceAutomatedBackupsMessage$ = [
      3,
      n0,
      _DDBIABMe,
      0,
      [_DRI, _DBII, _Fi, _MR, _Ma, _DBIABA],
      [0, 0, [() => FilterList, 0], 1, 0, 0]
    ], DescribeDBInstancesMessage$ = [
      3,
      n0,
      _DDBIMe,
      0,
      [_DBII, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ], DescribeDBLogFilesDetails$ = [
      3,
      n0,
      _DDBLFD,
      0,
      [_LFN, _LW, _Si],
      [0, 1, 1]
    ], DescribeDBLogFilesMessage$ = [
      3,
      n0,
      _DDBLFM,
      0,
      [_DBII, _FC, _FLW, _FS, _Fi, _MR, _Ma],
      [0, 0, 1, 1, [() => FilterList, 0], 1, 0],
      1
    ], DescribeDBLogFilesResponse$ = [
      3,
      n0,
      _DDBLFR,
      0,
      [_DDBLF, _Ma],
      [[() => DescribeDBLogFilesList, 0], 0]
    ], DescribeDBMajorEngineVersionsRequest$ = [
      3,
      n0,
      _DDBMEVR,
      0,
      [_E, _MEV, _Ma, _MR],
      [0, 0, 0, 1]
    ], DescribeDBMajorEngineVersionsResponse$ = [
      3,
      n0,
      _DDBMEVRe,
      0,
      [_DBMEVa, _Ma],
      [[() => DBMajorEngineVersionsList, 0], 0]
    ], DescribeDBParameterGroupsMessage$ = [
      3,
      n0,
      _DDBPGMe,
      0,
      [_DBPGN, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ], DescribeDBParametersMessage$ = [
      3,
      n0,
      _DDBPM,
      0,
      [_DBPGN, _S, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0],
      1
    ], DescribeDBProxiesRequest$ = [
      3,
      n0,
      _DDBPRes,
      0,
      [_DBPN, _Fi, _Ma, _MR],
      [0, [() => FilterList, 0], 0, 1]
    ], DescribeDBProxiesResponse$ = [
      3,
      n0,
      _DDBPResc,
      0,
      [_DBPr, _Ma],
      [() => DBProxyList, 0]
    ], DescribeDBProxyEndpointsRequest$ = [
      3,
      n0,
      _DDBPERes,
      0,
      [_DBPN, _DBPEN, _Fi, _Ma, _MR],
      [0, 0, [() => FilterList, 0], 0, 1]
    ], DescribeDBProxyEndpointsResponse$ = [
      3,
      n0,
      _DDBPEResc,
      0,
      [_DBPEr, _Ma],
      [() => DBProxyEndpointList, 0]
    ], DescribeDBProxyTargetGroupsRequest$ = [
      3,
      n0,
      _DDBPTGR,
      0,
      [_DBPN, _TGN, _Fi, _Ma, _MR],
      [0, 0, [() => FilterList, 0], 0, 1],
      1
    ], DescribeDBProxyTargetGroupsResponse$ = [
      3,
      n0,
      _DDBPTGRe,
      0,
      [_TG, _Ma],
      [[() => TargetGroupList, 0], 0]
    ], DescribeDBProxyTargetsRequest$ = [
      3,
      n0,
      _DDBPTRes,
      0,
      [_DBPN, _TGN, _Fi, _Ma, _MR],
      [0, 0, [() => FilterList, 0], 0, 1],
      1
    ], DescribeDBProxyTargetsResponse$ = [
      3,
      n0,
      _DDBPTResc,
      0,
      [_Tar, _Ma],
      [() => TargetList, 0]
    ], DescribeDBRecommendationsMessage$ = [
      3,
      n0,
      _DDBRM,
      0,
      [_LUA, _LUB, _Lo, _Fi, _MR, _Ma],
      [4, 4, 0, [() => FilterList, 0], 1, 0]
    ], DescribeDBSecurityGroupsMessage$ = [
      3,
      n0,
      _DDBSGMes,
      0,
      [_DBSGN, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ], DescribeDBShardGroupsMessage$ = [
      3,
      n0,
      _DDBSGMesc,
      0,
      [_DBSGI, _Fi, _Ma, _MR],
      [0, [() => FilterList, 0], 0, 1]
    ], DescribeDBShardGroupsResponse$ = [
      3,
      n0,
      _DDBSGR,
      0,
      [_DBSGha, _Ma],
      [[() => DBShardGroupsList, 0], 0]
    ], DescribeDBSnapshotAttributesMessage$ = [
      3,
      n0,
      _DDBSAM,
      0,
      [_DBSIn],
      [0],
      1
    ], DescribeDBSnapshotAttributesResult$ = [
      3,
      n0,
      _DDBSAR,
      0,
      [_DBSAR],
      [[() => DBSnapshotAttributesResult$, 0]]
    ], DescribeDBSnapshotsMessage$ = [
      3,
      n0,
      _DDBSMe,
      0,
      [_DBII, _DBSIn, _STna, _Fi, _MR, _Ma, _ISn, _IP, _DRI],
      [0, 0, 0, [() => FilterList, 0], 1, 0, 2, 2, 0]
    ], DescribeDBSnapshotTenantDatabasesMessage$ = [
      3,
      n0,
      _DDBSTDM,
      0,
      [_DBII, _DBSIn, _STna, _Fi, _MR, _Ma, _DRI],
      [0, 0, 0, [() => FilterList, 0], 1, 0, 0]
    ], DescribeDBSubnetGroupsMessage$ = [
      3,
      n0,
      _DDBSGMescr,
      0,
      [_DBSGNu, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ], DescribeEngineDefaultClusterParametersMessage$ = [
      3,
      n0,
      _DEDCPM,
      0,
      [_DBPGF, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0],
      1
    ], DescribeEngineDefaultClusterParametersResult$ = [
      3,
      n0,
      _DEDCPR,
      0,
      [_EDn],
      [[() => EngineDefaults$, 0]]
    ], DescribeEngineDefaultParametersMessage$ = [
      3,
      n0,
      _DEDPM,
      0,
      [_DBPGF, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0],
      1
    ], DescribeEngineDefaultParametersResult$ = [
      3,
      n0,
      _DEDPR,
      0,
      [_EDn],
      [[() => EngineDefaults$, 0]]
    ], DescribeEventCategoriesMessage$ = [
      3,
      n0,
      _DECM,
      0,
      [_STo, _Fi],
      [0, [() => FilterList, 0]]
    ], DescribeEventsMessage$ = [
      3,
      n0,
      _DEM,
      0,
      [_SI, _STo, _STtar, _ETn, _Du, _EC, _Fi, _MR, _Ma],
      [0, 0, 4, 4, 1, [() => EventCategoriesList, 0], [() => FilterList, 0], 1, 0]
    ], DescribeEventSubscriptionsMessage$ = [
      3,
      n0,
      _DESMe,
      0,
      [_SN, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ], DescribeExportTasksMessage$ = [
      3,
      n0,
      _DETM,
      0,
      [_ETI, _SA, _Fi, _Ma, _MR, _STo],
      [0, 0, [() => FilterList, 0], 0, 1, 0]
    ], DescribeGlobalClustersMessage$ = [
      3,
      n0,
      _DGCMe,
      0,
      [_GCI, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ], DescribeIntegrationsMessage$ = [
      3,
      n0,
      _DIMes,
      0,
      [_IIn, _Fi, _MR, _Ma],
      [0, [() => FilterList, 0], 1, 0]
    ], DescribeIntegrationsResponse$ = [
      3,
      n0,
      _DIR,
      0,
      [_Ma, _In],
      [0, [() => IntegrationList, 0]]
    ], DescribeOptionGroupOptionsMessage$ = [
      3,
      n0,
      _DOGOM,
      0,
      [_EN, _MEV, _Fi, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 1, 0],
      1
    ], DescribeOptionGroupsMessage$ = [
      3,
      n0,
      _DOGMe,
      0,
      [_OGN, _Fi, _Ma, _MR, _EN, _MEV],
      [0, [() => FilterList, 0], 0, 1, 0, 0]
    ], DescribeOrderableDBInstanceOptionsMessage$ = [
      3,
      n0,
      _DODBIOM,
      0,
      [_E, _EV, _DBIC, _LM, _AZG, _Vp, _Fi, _MR, _Ma],
      [0, 0, 0, 0, 0, 2, [() => FilterList, 0], 1, 0],
      1
    ], DescribePendingMaintenanceActionsMessage$ = [
      3,
      n0,
      _DPMAM,
      0,
      [_RI, _Fi, _Ma, _MR],
      [0, [() => FilterList, 0], 0, 1]
    ], DescribeReservedDBInstancesMessage$ = [
      3,
      n0,
      _DRDBIM,
      0,
      [_RDBII, _RDBIOI, _DBIC, _Du, _PD, _OT, _MAZ, _LI, _Fi, _MR, _Ma],
      [0, 0, 0, 0, 0, 0, 2, 0, [() => FilterList, 0], 1, 0]
    ], DescribeReservedDBInstancesOfferingsMessage$ = [
      3,
      n0,
      _DRDBIOM,
      0,
      [_RDBIOI, _DBIC, _Du, _PD, _OT, _MAZ, _Fi, _MR, _Ma],
      [0, 0, 0, 0, 0, 2, [() => FilterList, 0], 1, 0]
    ], DescribeServerlessV2PlatformVersionsMessage$ = [
      3,
      n0,
      _DSVPVM,
      0,
      [_SVPV, _E, _Fi, _DOe, _IA, _MR, _Ma],
      [0, 0, [() => FilterList, 0], 2, 2, 1, 0]
    ], DescribeSourceRegionsMessage$ = [
      3,
      n0,
      _DSRM,
      0,
      [_RNe, _MR, _Ma, _Fi],
      [0, 1, 0, [() => FilterList, 0]]
    ], DescribeTenantDatabasesMessage$ = [
      3,
      n0,
      _DTDMe,
      0,
      [_DBII, _TDBN, _Fi, _Ma, _MR],
      [0, 0, [() => FilterList, 0], 0, 1]
    ], DescribeValidDBInstanceModificationsMessage$ = [
      3,
      n0,
      _DVDBIMM,
      0,
      [_DBII],
      [0],
      1
    ], DescribeValidDBInstanceModificationsResult$ = [
      3,
      n0,
      _DVDBIMR,
      0,
      [_VDBIMM],
      [[() => ValidDBInstanceModificationsMessage$, 0]]
    ], DisableHttpEndpointRequest$ = [
      3,
      n0,
      _DHER,
      0,
      [_RAe],
      [0],
      1
    ], DisableHttpEndpointResponse$ = [
      3,
      n0,
      _DHERi,
      0,
      [_RAe, _HEE],
      [0, 2]
    ], DocLink$ = [
      3,
      n0,
      _DLo,
      0,
      [_Te, _Ur],
      [0, 0]
    ], DomainMembership$ = [
      3,
      n0,
      _DMo,
      0,
      [_Do, _St, _FQDN, _IAMRN, _OU, _ASA, _DI],
      [0, 0, 0, 0, 0, 0, 64]
    ], DoubleRange$ = [
      3,
      n0,
      _DR,
      0,
      [_Fr, _To],
      [1, 1]
    ], DownloadDBLogFilePortionDetails$ = [
      3,
      n0,
      _DDBLFPD,
      0,
      [_LFD, _Ma, _ADP],
      [[() => SensitiveString, 0], 0, 2]
    ], DownloadDBLogFilePortionMessage$ = [
      3,
      n0,
      _DDBLFPM,
      0,
      [_DBII, _LFN, _Ma, _NOL],
      [0, 0, 0, 1],
      2
    ], EC2SecurityGroup$ = [
      3,
      n0,
      _ECSGe,
      0,
      [_St, _ECSGN, _ECSGI, _ECSGOI],
      [0, 0, 0, 0]
    ], EnableHttpEndpointRequest$ = [
      3,
      n0,
      _EHER,
      0,
      [_RAe],
      [0],
      1
    ], EnableHttpEndpointResponse$ = [
      3,
      n0,
      _EHERn,
      0,
      [_RAe, _HEE],
      [0, 2]
    ], Endpoint$ = [
      3,
      n0,
      _End,
      0,
      [_Ad, _P, _HZI],
      [0, 1, 0]
    ], EngineDefaults$ = [
      3,
      n0,
      _EDn,
      0,
      [_DBPGF, _Ma, _Pa],
      [0, 0, [() => ParametersList, 0]]
    ], Event$ = [
      3,
      n0,
      _Ev,
      0,
      [_SI, _STo, _Me, _EC, _Da, _SA],
      [0, 0, 0, [() => EventCategoriesList, 0], 4, 0]
    ], EventCategoriesMap$ = [
      3,
      n0,
      _ECM,
      0,
      [_STo, _EC],
      [0, [() => EventCategoriesList, 0]]
    ], EventCategoriesMessage$ = [
      3,
      n0,
      _ECMv,
      0,
      [_ECML],
      [[() => EventCategoriesMapList, 0]]
    ], EventsMessage$ = [
      3,
      n0,
      _EMv,
      0,
      [_Ma, _Eve],
      [0, [() => EventList, 0]]
    ], EventSubscription$ = [
      3,
      n0,
      _ES,
      0,
      [_CAIu, _CSI, _STA, _St, _SCTu, _STo, _SIL, _ECL, _En, _ESA],
      [0, 0, 0, 0, 0, 0, [() => SourceIdsList, 0], [() => EventCategoriesList, 0], 2, 0]
    ], EventSubscriptionsMessage$ = [
      3,
      n0,
      _ESM,
      0,
      [_Ma, _ESL],
      [0, [() => EventSubscriptionsList, 0]]
    ], ExportTask$ = [
      3,
      n0,
      _ETx,
      0,
      [_ETI, _SA, _EO, _STnap, _TSTas, _TET, _SBu, _SP, _IRA, _KKI, _St, _PP, _TEDIGB, _FCa, _WM, _STo],
      [0, 0, 64, 4, 4, 4, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0]
    ], ExportTasksMessage$ = [
      3,
      n0,
      _ETM,
      0,
      [_Ma, _ETxp],
      [0, [() => ExportTasksList, 0]]
    ], FailoverDBClusterMessage$ = [
      3,
      n0,
      _FDBCM,
      0,
      [_DBCI, _TDBII],
      [0, 0],
      1
    ], FailoverDBClusterResult$ = [
      3,
      n0,
      _FDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], FailoverGlobalClusterMessage$ = [
      3,
      n0,
      _FGCM,
      0,
      [_GCI, _TDCI, _ADL, _Sw],
      [0, 0, 2, 2],
      2
    ], FailoverGlobalClusterResult$ = [
      3,
      n0,
      _FGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ], FailoverState$ = [
      3,
      n0,
      _FSa,
      0,
      [_St, _FDCA, _TDCA, _IDLA],
      [0, 0, 0, 2]
    ], Filter$ = [
      3,
      n0,
      _Fil,
      0,
      [_N, _Va],
      [0, [() => FilterValueList, 0]],
      2
    ], GlobalCluster$ = [
      3,
      n0,
      _GC,
      0,
      [_GCI, _GCRI, _GCA, _St, _E, _EV, _ELS, _DN, _SE, _SET, _DP, _GCM, _End, _FSa, _TL],
      [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, [() => GlobalClusterMemberList, 0], 0, () => FailoverState$, [() => TagList, 0]]
    ], GlobalClusterMember$ = [
      3,
      n0,
      _GCMl,
      0,
      [_DBCA, _Read, _IW, _GWFS, _SSy],
      [0, 64, 2, 0, 0]
    ], GlobalClustersMessage$ = [
      3,
      n0,
      _GCMlo,
      0,
      [_Ma, _GCl],
      [0, [() => GlobalClusterList, 0]]
    ], Integration$ = [
      3,
      n0,
      _Int,
      0,
      [_SA, _TA, _IN, _IAn, _KMSKI, _AEC, _St, _T, _DFa, _D, _CT, _Er],
      [0, 0, 0, 0, 0, 128, 0, [() => TagList, 0], 0, 0, 4, [() => IntegrationErrorList, 0]]
    ], IntegrationError$ = [
      3,
      n0,
      _IE,
      0,
      [_ECr, _EMr],
      [0, 0],
      1
    ], IPRange$ = [
      3,
      n0,
      _IPRa,
      0,
      [_St, _CIDRIP],
      [0, 0]
    ], IssueDetails$ = [
      3,
      n0,
      _IDs,
      0,
      [_PID],
      [() => PerformanceIssueDetails$]
    ], LimitlessDatabase$ = [
      3,
      n0,
      _LD,
      0,
      [_St, _MRACU],
      [0, 1]
    ], ListTagsForResourceMessage$ = [
      3,
      n0,
      _LTFRM,
      0,
      [_RN, _Fi],
      [0, [() => FilterList, 0]],
      1
    ], MasterUserSecret$ = [
      3,
      n0,
      _MUS,
      0,
      [_SAe, _SSe, _KKI],
      [0, 0, 0]
    ], Metric$ = [
      3,
      n0,
      _Met,
      0,
      [_N, _Ref, _SDtat, _MQ],
      [0, () => MetricReferenceList, 0, () => MetricQuery$]
    ], MetricQuery$ = [
      3,
      n0,
      _MQ,
      0,
      [_PIMQ],
      [() => PerformanceInsightsMetricQuery$]
    ], MetricReference$ = [
      3,
      n0,
      _MRe,
      0,
      [_N, _RD],
      [0, () => ReferenceDetails$]
    ], MinimumEngineVersionPerAllowedValue$ = [
      3,
      n0,
      _MEVPAV,
      0,
      [_AVl, _MEVi],
      [0, 0]
    ], ModifyActivityStreamRequest$ = [
      3,
      n0,
      _MASR,
      0,
      [_RAe, _APS],
      [0, 0]
    ], ModifyActivityStreamResponse$ = [
      3,
      n0,
      _MASRo,
      0,
      [_KKI, _KSN, _St, _Mo, _ENAFI, _PS],
      [0, 0, 0, 0, 2, 0]
    ], ModifyAdditionalStorageVolume$ = [
      3,
      n0,
      _MASV,
      0,
      [_VN, _AS, _IOPS, _MAS, _ST, _STt, _SFD],
      [0, 1, 1, 1, 1, 0, 2],
      1
    ], ModifyCertificatesMessage$ = [
      3,
      n0,
      _MCM,
      0,
      [_CI, _RCO],
      [0, 2]
    ], ModifyCertificatesResult$ = [
      3,
      n0,
      _MCR,
      0,
      [_C],
      [() => Certificate$]
    ], ModifyCurrentDBClusterCapacityMessage$ = [
      3,
      n0,
      _MCDBCCM,
      0,
      [_DBCI, _Ca, _SBT, _TAi],
      [0, 1, 1, 0],
      1
    ], ModifyCustomDBEngineVersionMessage$ = [
      3,
      n0,
      _MCDBEVM,
      0,
      [_E, _EV, _D, _St],
      [0, 0, 0, 0],
      2
    ], ModifyDBCapacityReservationRequest$ = [
      3,
      n0,
      _MDBCRR,
      0,
      [_DBCRI, _CPAZ, _EDT, _ED],
      [0, 1, 0, 4],
      1
    ], ModifyDBCapacityReservationResponse$ = [
      3,
      n0,
      _MDBCRRo,
      0,
      [_DBCR],
      [[() => DBCapacityReservation$, 0]]
    ], ModifyDBClusterEndpointMessage$ = [
      3,
      n0,
      _MDBCEM,
      0,
      [_DBCEI, _ET, _SM, _EM],
      [0, 0, 64, 64],
      1
    ], ModifyDBClusterMessage$ = [
      3,
      n0,
      _MDBCM,
      0,
      [_DBCI, _NDBCI, _AIp, _BRP, _DBCPGN, _VSGI, _P, _MUP, _OGN, _PBW, _PMW, _EIAMDA, _BW, _CLEC, _EV, _AMVUl, _DBIPGN, _Do, _DIAMRN, _SC, _DP, _EHE, _CTTS, _EGWF, _DBCIC, _AS, _STt, _I, _AMVU, _NT, _SVSC, _MIo, _MRA, _DIM, _EPI, _PIKMSKI, _PIRP, _MMUP, _RMUP, _ELWF, _MUSKKI, _EMn, _AEMC, _ABRPA, _ELD, _CACI, _MUAT, _ELS],
      [0, 0, 2, 1, 0, [() => VpcSecurityGroupIdList, 0], 1, [() => SensitiveString, 0], 0, 0, 0, 2, 1, () => CloudwatchLogsExportConfiguration$, 0, 2, 0, 0, 0, () => ScalingConfiguration$, 2, 2, 2, 2, 0, 1, 0, 1, 2, 0, () => ServerlessV2ScalingConfiguration$, 1, 0, 0, 2, 0, 1, 2, 2, 2, 0, 0, 2, 0, 2, 0, 0, 0],
      1
    ], ModifyDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _MDBCPGM,
      0,
      [_DBCPGN, _Pa],
      [0, [() => ParametersList, 0]],
      2
    ], ModifyDBClusterResult$ = [
      3,
      n0,
      _MDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], ModifyDBClusterSnapshotAttributeMessage$ = [
      3,
      n0,
      _MDBCSAM,
      0,
      [_DBCSI, _AN, _VTA, _VTR],
      [0, 0, [() => AttributeValueList, 0], [() => AttributeValueList, 0]],
      2
    ], ModifyDBClusterSnapshotAttributeResult$ = [
      3,
      n0,
      _MDBCSAR,
      0,
      [_DBCSAR],
      [[() => DBClusterSnapshotAttributesResult$, 0]]
    ], ModifyDBInstanceMessage$ = [
      3,
      n0,
      _MDBIM,
      0,
      [_DBII, _AS, _DBIC, _DBSGNu, _DBSGe, _VSGI, _AIp, _MUP, _DBPGN, _BRP, _PBW, _PMW, _MAZ, _EV, _AMVUl, _AMVU, _LM, _I, _ST, _OGN, _NDBII, _STt, _TCA, _TCP, _CACI, _Do, _DF, _DO, _DASA, _DDI, _DD, _CTTS, _MIo, _DBPNo, _PA, _MRA, _DIAMRN, _PT, _EIAMDA, _DIM, _EPI, _PIKMSKI, _PIRP, _CLEC, _PF, _UDPF, _DP, _MAS, _CRR, _RM, _AM, _RFAMM, _ECOI, _NT, _ABRPA, _MMUP, _RMUP, _MUSKKI, _MT, _DLV, _E, _ASVd, _DBCRI, _TS, _MUAT, _ELS],
      [0, 1, 0, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 2, [() => SensitiveString, 0], 0, 1, 0, 0, 2, 0, 2, 2, 0, 1, 1, 0, 0, 0, 0, [() => SensitiveString, 0], 0, 0, 0, 0, 0, 64, 2, 2, 1, 1, 2, 0, 0, 1, 2, 0, 2, 0, 1, () => CloudwatchLogsExportConfiguration$, [() => ProcessorFeatureList, 0], 2, 2, 1, 2, 0, 0, 1, 2, 0, 0, 2, 2, 0, 2, 2, 0, () => ModifyAdditionalStorageVolumesList, 0, [() => TagSpecificationList, 0], 0, 0],
      1
    ], ModifyDBInstanceResult$ = [
      3,
      n0,
      _MDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], ModifyDBParameterGroupMessage$ = [
      3,
      n0,
      _MDBPGM,
      0,
      [_DBPGN, _Pa],
      [0, [() => ParametersList, 0]],
      2
    ], ModifyDBProxyEndpointRequest$ = [
      3,
      n0,
      _MDBPER,
      0,
      [_DBPEN, _NDBPEN, _VSGI],
      [0, 0, 64],
      1
    ], ModifyDBProxyEndpointResponse$ = [
      3,
      n0,
      _MDBPERo,
      0,
      [_DBPE],
      [() => DBProxyEndpoint$]
    ], ModifyDBProxyRequest$ = [
      3,
      n0,
      _MDBPR,
      0,
      [_DBPN, _NDBPN, _DAS, _A, _RTLS, _ICT, _DL, _RA, _SG],
      [0, 0, 0, () => UserAuthConfigList, 2, 1, 2, 0, 64],
      1
    ], ModifyDBProxyResponse$ = [
      3,
      n0,
      _MDBPRo,
      0,
      [_DBP],
      [() => DBProxy$]
    ], ModifyDBProxyTargetGroupRequest$ = [
      3,
      n0,
      _MDBPTGR,
      0,
      [_TGN, _DBPN, _CPCo, _NN],
      [0, 0, [() => ConnectionPoolConfiguration$, 0], 0],
      2
    ], ModifyDBProxyTargetGroupResponse$ = [
      3,
      n0,
      _MDBPTGRo,
      0,
      [_DBPTG],
      [[() => DBProxyTargetGroup$, 0]]
    ], ModifyDBRecommendationMessage$ = [
      3,
      n0,
      _MDBRM,
      0,
      [_RIe, _Lo, _St, _RAU],
      [0, 0, 0, () => RecommendedActionUpdateList],
      1
    ], ModifyDBShardGroupMessage$ = [
      3,
      n0,
      _MDBSGM,
      0,
      [_DBSGI, _MACU, _MACUi, _CR],
      [0, 1, 1, 1],
      1
    ], ModifyDBSnapshotAttributeMessage$ = [
      3,
      n0,
      _MDBSAM,
      0,
      [_DBSIn, _AN, _VTA, _VTR],
      [0, 0, [() => AttributeValueList, 0], [() => AttributeValueList, 0]],
      2
    ], ModifyDBSnapshotAttributeResult$ = [
      3,
      n0,
      _MDBSAR,
      0,
      [_DBSAR],
      [[() => DBSnapshotAttributesResult$, 0]]
    ], ModifyDBSnapshotMessage$ = [
      3,
      n0,
      _MDBSM,
      0,
      [_DBSIn, _EV, _OGN],
      [0, 0, 0],
      1
    ], ModifyDBSnapshotResult$ = [
      3,
      n0,
      _MDBSR,
      0,
      [_DBS],
      [[() => DBSnapshot$, 0]]
    ], ModifyDBSubnetGroupMessage$ = [
      3,
      n0,
      _MDBSGMo,
      0,
      [_DBSGNu, _SIub, _DBSGDu],
      [0, [() => SubnetIdentifierList, 0], 0],
      2
    ], ModifyDBSubnetGroupResult$ = [
      3,
      n0,
      _MDBSGR,
      0,
      [_DBSGu],
      [[() => DBSubnetGroup$, 0]]
    ], ModifyEventSubscriptionMessage$ = [
      3,
      n0,
      _MESM,
      0,
      [_SN, _STA, _STo, _EC, _En],
      [0, 0, 0, [() => EventCategoriesList, 0], 2],
      1
    ], ModifyEventSubscriptionResult$ = [
      3,
      n0,
      _MESR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ], ModifyGlobalClusterMessage$ = [
      3,
      n0,
      _MGCM,
      0,
      [_GCI, _NGCI, _DP, _EV, _AMVUl],
      [0, 0, 2, 0, 2],
      1
    ], ModifyGlobalClusterResult$ = [
      3,
      n0,
      _MGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ], ModifyIntegrationMessage$ = [
      3,
      n0,
      _MIM,
      0,
      [_IIn, _IN, _DFa, _D],
      [0, 0, 0, 0],
      1
    ], ModifyOptionGroupMessage$ = [
      3,
      n0,
      _MOGM,
      0,
      [_OGN, _OTI, _OTR, _AIp],
      [0, [() => OptionConfigurationList, 0], 64, 2],
      1
    ], ModifyOptionGroupResult$ = [
      3,
      n0,
      _MOGR,
      0,
      [_OG],
      [[() => OptionGroup$, 0]]
    ], ModifyTenantDatabaseMessage$ = [
      3,
      n0,
      _MTDM,
      0,
      [_DBII, _TDBN, _MUP, _NTDBN, _MMUP, _RMUP, _MUSKKI],
      [0, 0, [() => SensitiveString, 0], 0, 2, 2, 0],
      2
    ], ModifyTenantDatabaseResult$ = [
      3,
      n0,
      _MTDR,
      0,
      [_TD],
      [[() => TenantDatabase$, 0]]
    ], Option$ = [
      3,
      n0,
      _O,
      0,
      [_ON, _OD, _Pe, _Per, _P, _OV, _OS, _DBSGMec, _VSGM],
      [0, 0, 2, 2, 1, 0, [() => OptionSettingConfigurationList, 0], [() => DBSecurityGroupMembershipList, 0], [() => VpcSecurityGroupMembershipList, 0]]
    ], OptionConfiguration$ = [
      3,
      n0,
      _OC,
      0,
      [_ON, _P, _OV, _DBSGMec, _VSGM, _OS],
      [0, 1, 0, [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], [() => OptionSettingsList, 0]],
      1
    ], OptionGroup$ = [
      3,
      n0,
      _OG,
      0,
      [_OGN, _OGD, _EN, _MEV, _Op, _AVANVIM, _VI, _OGA, _SOG, _SAI, _CTop, _SR],
      [0, 0, 0, 0, [() => OptionsList, 0], 2, 0, 0, 0, 0, 4, 0]
    ], OptionGroupMembership$ = [
      3,
      n0,
      _OGMp,
      0,
      [_OGN, _St],
      [0, 0]
    ], OptionGroupOption$ = [
      3,
      n0,
      _OGO,
      0,
      [_N, _D, _EN, _MEV, _MRMEV, _PR, _DPe, _ODO, _OCW, _Pe, _Per, _RAMEVU, _VO, _SOVD, _OGOS, _OGOV, _CCA, _CCR],
      [0, 0, 0, 0, 0, 2, 1, [() => OptionsDependedOn, 0], [() => OptionsConflictsWith, 0], 2, 2, 2, 2, 2, [() => OptionGroupOptionSettingsList, 0], [() => OptionGroupOptionVersionsList, 0], 2, 2]
    ], OptionGroupOptionSetting$ = [
      3,
      n0,
      _OGOSp,
      0,
      [_SNe, _SDe, _DV, _AT, _AV, _IM, _IR, _MEVPAV],
      [0, 0, 0, 0, 0, 2, 2, [() => MinimumEngineVersionPerAllowedValueList, 0]]
    ], OptionGroupOptionsMessage$ = [
      3,
      n0,
      _OGOM,
      0,
      [_OGOp, _Ma],
      [[() => OptionGroupOptionsList, 0], 0]
    ], OptionGroups$ = [
      3,
      n0,
      _OGp,
      0,
      [_OGL, _Ma],
      [[() => OptionGroupsList, 0], 0]
    ], OptionSetting$ = [
      3,
      n0,
      _OSp,
      0,
      [_N, _V, _DV, _D, _AT, _DTa, _AV, _IM, _IC],
      [0, [() => PotentiallySensitiveOptionSettingValue, 0], 0, 0, 0, 0, 0, 2, 2]
    ], OptionVersion$ = [
      3,
      n0,
      _OV,
      0,
      [_Ve, _ID],
      [0, 2]
    ], OrderableDBInstanceOption$ = [
      3,
      n0,
      _ODBIO,
      0,
      [_E, _EV, _DBIC, _LM, _AZG, _AZv, _MAZC, _RRC, _Vp, _SSE, _STt, _SIu, _SST, _SEMu, _SIAMDA, _SPI, _MSS, _MSSa, _MIPDI, _MIPDIa, _MIPG, _MIPGa, _MSTPDI, _MSTPDIa, _MSTPI, _MSTPIa, _APFv, _SEM, _SSA, _SKA, _OCu, _SASM, _SGD, _SNT, _SCu, _SDLV, _SASV, _SHE, _AASVOv],
      [0, 0, 0, 0, 0, [() => AvailabilityZoneList, 0], 2, 2, 2, 2, 0, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, [() => AvailableProcessorFeatureList, 0], 64, 2, 2, 2, 64, 2, 64, 2, 2, 2, 2, [() => AvailableAdditionalStorageVolumesOptionList, 0]]
    ], OrderableDBInstanceOptionsMessage$ = [
      3,
      n0,
      _ODBIOM,
      0,
      [_ODBIOr, _Ma],
      [[() => OrderableDBInstanceOptionsList, 0], 0]
    ], Outpost$ = [
      3,
      n0,
      _Ou,
      0,
      [_Ar],
      [0]
    ], Parameter$ = [
      3,
      n0,
      _Par,
      0,
      [_PN, _PV, _D, _S, _AT, _DTa, _AV, _IM, _MEVi, _AMp, _SEM],
      [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 64]
    ], PendingCloudwatchLogsExports$ = [
      3,
      n0,
      _PCLE,
      0,
      [_LTTE, _LTTD],
      [64, 64]
    ], PendingMaintenanceAction$ = [
      3,
      n0,
      _PMA,
      0,
      [_Ac, _AAAD, _FAD, _OIS, _CAD, _D],
      [0, 4, 4, 0, 4, 0]
    ], PendingMaintenanceActionsMessage$ = [
      3,
      n0,
      _PMAM,
      0,
      [_PMAe, _Ma],
      [[() => PendingMaintenanceActions, 0], 0]
    ], PendingModifiedValues$ = [
      3,
      n0,
      _PMV,
      0,
      [_DBIC, _AS, _MUP, _P, _BRP, _MAZ, _EV, _LM, _I, _ST, _DBII, _STt, _CACI, _DBSGNu, _PCLE, _PF, _AM, _RFAMT, _MT, _IAMDAE, _DLV, _E, _ASVd, _DBCRI],
      [0, 1, [() => SensitiveString, 0], 1, 1, 2, 0, 0, 1, 1, 0, 0, 0, 0, () => PendingCloudwatchLogsExports$, [() => ProcessorFeatureList, 0], 0, 4, 2, 2, 2, 0, () => AdditionalStorageVolumesList, 0]
    ], PerformanceInsightsMetricDimensionGroup$ = [
      3,
      n0,
      _PIMDG,
      0,
      [_Di, _G, _Li],
      [64, 0, 1]
    ], PerformanceInsightsMetricQuery$ = [
      3,
      n0,
      _PIMQ,
      0,
      [_GB, _Met],
      [() => PerformanceInsightsMetricDimensionGroup$, 0]
    ], PerformanceIssueDetails$ = [
      3,
      n0,
      _PID,
      0,
      [_STtar, _ETn, _Metr, _An],
      [4, 4, () => MetricList, 0]
    ], ProcessorFeature$ = [
      3,
      n0,
      _PFr,
      0,
      [_N, _V],
      [0, 0]
    ], PromoteReadReplicaDBClusterMessage$ = [
      3,
      n0,
      _PRRDBCM,
      0,
      [_DBCI],
      [0],
      1
    ], PromoteReadReplicaDBClusterResult$ = [
      3,
      n0,
      _PRRDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], PromoteReadReplicaMessage$ = [
      3,
      n0,
      _PRRM,
      0,
      [_DBII, _BRP, _PBW, _TS],
      [0, 1, 0, [() => TagSpecificationList, 0]],
      1
    ], PromoteReadReplicaResult$ = [
      3,
      n0,
      _PRRR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], PurchaseReservedDBInstancesOfferingMessage$ = [
      3,
      n0,
      _PRDBIOM,
      0,
      [_RDBIOI, _RDBII, _DBICn, _T],
      [0, 0, 1, [() => TagList, 0]],
      1
    ], PurchaseReservedDBInstancesOfferingResult$ = [
      3,
      n0,
      _PRDBIOR,
      0,
      [_RDBI],
      [[() => ReservedDBInstance$, 0]]
    ], Range$ = [
      3,
      n0,
      _Ra,
      0,
      [_Fr, _To, _Ste],
      [1, 1, 1]
    ], RdsCustomClusterConfiguration$ = [
      3,
      n0,
      _RCCC,
      0,
      [_ISI, _TGMDI, _RM],
      [0, 0, 0]
    ], RebootDBClusterMessage$ = [
      3,
      n0,
      _RDBCM,
      0,
      [_DBCI],
      [0],
      1
    ], RebootDBClusterResult$ = [
      3,
      n0,
      _RDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], RebootDBInstanceMessage$ = [
      3,
      n0,
      _RDBIM,
      0,
      [_DBII, _FF],
      [0, 2],
      1
    ], RebootDBInstanceResult$ = [
      3,
      n0,
      _RDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], RebootDBShardGroupMessage$ = [
      3,
      n0,
      _RDBSGM,
      0,
      [_DBSGI],
      [0],
      1
    ], RecommendedAction$ = [
      3,
      n0,
      _RAeco,
      0,
      [_AIc, _Tit, _D, _Ope, _Pa, _AMpp, _St, _IDs, _CAon],
      [0, 0, 0, 0, () => RecommendedActionParameterList, 64, 0, () => IssueDetails$, () => ContextAttributeList]
    ], RecommendedActionParameter$ = [
      3,
      n0,
      _RAP,
      0,
      [_K, _V],
      [0, 0]
    ], RecommendedActionUpdate$ = [
      3,
      n0,
      _RAUe,
      0,
      [_AIc, _St],
      [0, 0],
      2
    ], RecurringCharge$ = [
      3,
      n0,
      _RC,
      0,
      [_RCA, _RCF],
      [1, 0]
    ], ReferenceDetails$ = [
      3,
      n0,
      _RD,
      0,
      [_SRD],
      [() => ScalarReferenceDetails$]
    ], RegisterDBProxyTargetsRequest$ = [
      3,
      n0,
      _RDBPTR,
      0,
      [_DBPN, _TGN, _DBIIn, _DBCIl],
      [0, 0, 64, 64],
      1
    ], RegisterDBProxyTargetsResponse$ = [
      3,
      n0,
      _RDBPTRe,
      0,
      [_DBPTr],
      [() => TargetList]
    ], RemoveFromGlobalClusterMessage$ = [
      3,
      n0,
      _RFGCM,
      0,
      [_GCI, _DCI],
      [0, 0],
      2
    ], RemoveFromGlobalClusterResult$ = [
      3,
      n0,
      _RFGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ], RemoveRoleFromDBClusterMessage$ = [
      3,
      n0,
      _RRFDBCM,
      0,
      [_DBCI, _RA, _FN],
      [0, 0, 0],
      2
    ], RemoveRoleFromDBInstanceMessage$ = [
      3,
      n0,
      _RRFDBIM,
      0,
      [_DBII, _RA, _FN],
      [0, 0, 0],
      3
    ], RemoveSourceIdentifierFromSubscriptionMessage$ = [
      3,
      n0,
      _RSIFSM,
      0,
      [_SN, _SI],
      [0, 0],
      2
    ], RemoveSourceIdentifierFromSubscriptionResult$ = [
      3,
      n0,
      _RSIFSR,
      0,
      [_ES],
      [[() => EventSubscription$, 0]]
    ], RemoveTagsFromResourceMessage$ = [
      3,
      n0,
      _RTFRM,
      0,
      [_RN, _TK],
      [0, 64],
      2
    ], ReservedDBInstance$ = [
      3,
      n0,
      _RDBI,
      0,
      [_RDBII, _RDBIOI, _DBIC, _STtar, _Du, _FP, _UP, _CCu, _DBICn, _PD, _OT, _MAZ, _Sta, _RCe, _RDBIA, _LI],
      [0, 0, 0, 4, 1, 1, 1, 0, 1, 0, 0, 2, 0, [() => RecurringChargeList, 0], 0, 0]
    ], ReservedDBInstanceMessage$ = [
      3,
      n0,
      _RDBIMe,
      0,
      [_Ma, _RDBIe],
      [0, [() => ReservedDBInstanceList, 0]]
    ], ReservedDBInstancesOffering$ = [
      3,
      n0,
      _RDBIO,
      0,
      [_RDBIOI, _DBIC, _Du, _FP, _UP, _CCu, _PD, _OT, _MAZ, _RCe],
      [0, 0, 1, 1, 1, 0, 0, 0, 2, [() => RecurringChargeList, 0]]
    ], ReservedDBInstancesOfferingMessage$ = [
      3,
      n0,
      _RDBIOM,
      0,
      [_Ma, _RDBIOe],
      [0, [() => ReservedDBInstancesOfferingList, 0]]
    ], ResetDBClusterParameterGroupMessage$ = [
      3,
      n0,
      _RDBCPGM,
      0,
      [_DBCPGN, _RAPe, _Pa],
      [0, 2, [() => ParametersList, 0]],
      1
    ], ResetDBParameterGroupMessage$ = [
      3,
      n0,
      _RDBPGM,
      0,
      [_DBPGN, _RAPe, _Pa],
      [0, 2, [() => ParametersList, 0]],
      1
    ], ResourcePendingMaintenanceActions$ = [
      3,
      n0,
      _RPMA,
      0,
      [_RI, _PMAD],
      [0, [() => PendingMaintenanceActionDetails, 0]]
    ], RestoreDBClusterFromS3Message$ = [
      3,
      n0,
      _RDBCFSM,
      0,
      [_DBCI, _E, _MU, _SEo, _SEV, _SBN, _SIRA, _AZv, _BRP, _CSN, _DN, _DBCPGN, _VSGI, _DBSGNu, _EV, _P, _MUP, _OGN, _PBW, _PMW, _T, _SE, _KKI, _EIAMDA, _SP, _BW, _ECLE, _DP, _CTTS, _Do, _DIAMRN, _STt, _NT, _SVSC, _MMUP, _MUSKKI, _ELS, _TS, _AR],
      [0, 0, 0, 0, 0, 0, 0, [() => AvailabilityZones, 0], 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], 0, 0, 1, [() => SensitiveString, 0], 0, 0, 0, [() => TagList, 0], 2, 0, 2, 0, 1, 64, 2, 2, 0, 0, 0, 0, () => ServerlessV2ScalingConfiguration$, 2, 0, 0, [() => TagSpecificationList, 0], [() => DBClusterAssociatedRoles, 0]],
      7
    ], RestoreDBClusterFromS3Result$ = [
      3,
      n0,
      _RDBCFSR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], RestoreDBClusterFromSnapshotMessage$ = [
      3,
      n0,
      _RDBCFSMe,
      0,
      [_DBCI, _SIn, _E, _AZv, _EV, _P, _DBSGNu, _DN, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _EMn, _SC, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _I, _PA, _NT, _SVSC, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
      [0, 0, 0, [() => AvailabilityZones, 0], 0, 1, 0, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64, 0, () => ScalingConfiguration$, 0, 2, 2, 0, 0, 0, 0, 1, 2, 0, () => ServerlessV2ScalingConfiguration$, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]],
      3
    ], RestoreDBClusterFromSnapshotResult$ = [
      3,
      n0,
      _RDBCFSRe,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], RestoreDBClusterToPointInTimeMessage$ = [
      3,
      n0,
      _RDBCTPITM,
      0,
      [_DBCI, _RT, _SDBCI, _RTT, _ULRT, _P, _DBSGNu, _OGN, _VSGI, _T, _KKI, _EIAMDA, _BW, _ECLE, _DBCPGN, _DP, _CTTS, _Do, _DIAMRN, _DBCIC, _STt, _PA, _I, _NT, _SDCRI, _SVSC, _SC, _EMn, _RCCC, _MIo, _MRA, _EPI, _PIKMSKI, _PIRP, _BRP, _PBW, _ELS, _TS, _EVPCN, _EIAG, _AR],
      [0, 0, 0, 4, 2, 1, 0, 0, [() => VpcSecurityGroupIdList, 0], [() => TagList, 0], 0, 2, 1, 64, 0, 2, 2, 0, 0, 0, 0, 2, 1, 0, 0, () => ServerlessV2ScalingConfiguration$, () => ScalingConfiguration$, 0, () => RdsCustomClusterConfiguration$, 1, 0, 2, 0, 1, 1, 0, 0, [() => TagSpecificationList, 0], 2, 2, [() => DBClusterAssociatedRoles, 0]],
      1
    ], RestoreDBClusterToPointInTimeResult$ = [
      3,
      n0,
      _RDBCTPITR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], RestoreDBInstanceFromDBSnapshotMessage$ = [
      3,
      n0,
      _RDBIFDBSM,
      0,
      [_DBII, _DBSIn, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DF, _DO, _DASA, _DDI, _CTTS, _DIAMRN, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _ECOI, _NT, _BTa, _CIIP, _AS, _DBCSI, _BRP, _PBW, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
      [0, 0, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 64, 2, 0, 2, 64, [() => ProcessorFeatureList, 0], 2, 0, 2, 2, 0, 0, 0, 1, 0, 1, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0],
      1
    ], RestoreDBInstanceFromDBSnapshotResult$ = [
      3,
      n0,
      _RDBIFDBSR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], RestoreDBInstanceFromS3Message$ = [
      3,
      n0,
      _RDBIFSM,
      0,
      [_DBII, _DBIC, _E, _SEo, _SEV, _SBN, _SIRA, _DBN, _AS, _MU, _MUP, _DBSGe, _VSGI, _AZ, _DBSGNu, _PMW, _DBPGN, _BRP, _PBW, _P, _MAZ, _EV, _AMVU, _LM, _I, _ST, _OGN, _PA, _T, _STt, _SE, _KKI, _CTTS, _MIo, _MRA, _EIAMDA, _SP, _DIM, _EPI, _PIKMSKI, _PIRP, _ECLE, _PF, _UDPF, _DP, _MAS, _NT, _MMUP, _MUSKKI, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS],
      [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, [() => SensitiveString, 0], [() => DBSecurityGroupNameList, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 1, 0, 1, 2, 0, 2, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 2, 0, 2, 1, 0, 2, 0, 0, 2, 0, 1, 64, [() => ProcessorFeatureList, 0], 2, 2, 1, 0, 2, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0]],
      7
    ], RestoreDBInstanceFromS3Result$ = [
      3,
      n0,
      _RDBIFSR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], RestoreDBInstanceToPointInTimeMessage$ = [
      3,
      n0,
      _RDBITPITM,
      0,
      [_TDBII, _SDBII, _RTe, _ULRT, _DBIC, _P, _AZ, _DBSGNu, _MAZ, _PA, _AMVU, _LM, _DBN, _E, _I, _ST, _OGN, _CTTS, _T, _STt, _TCA, _TCP, _VSGI, _Do, _DIAMRN, _DF, _DO, _DASA, _DDI, _EIAMDA, _ECLE, _PF, _UDPF, _DBPGN, _DP, _SDRI, _MAS, _ECOI, _NT, _SDBIABA, _BTa, _CIIP, _AS, _BRP, _PBW, _DBCRI, _DLV, _CACI, _ELS, _ASVd, _TS, _MMUP, _MUSKKI],
      [0, 0, 4, 2, 0, 1, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 0, 2, [() => TagList, 0], 0, 0, [() => SensitiveString, 0], [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 0, 0, 64, 2, 64, [() => ProcessorFeatureList, 0], 2, 0, 2, 0, 1, 2, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, () => AdditionalStorageVolumesList, [() => TagSpecificationList, 0], 2, 0],
      1
    ], RestoreDBInstanceToPointInTimeResult$ = [
      3,
      n0,
      _RDBITPITR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], RestoreWindow$ = [
      3,
      n0,
      _RW,
      0,
      [_ETa, _LT],
      [4, 4]
    ], RevokeDBSecurityGroupIngressMessage$ = [
      3,
      n0,
      _RDBSGIM,
      0,
      [_DBSGN, _CIDRIP, _ECSGN, _ECSGI, _ECSGOI],
      [0, 0, 0, 0, 0],
      1
    ], RevokeDBSecurityGroupIngressResult$ = [
      3,
      n0,
      _RDBSGIR,
      0,
      [_DBSG],
      [[() => DBSecurityGroup$, 0]]
    ], ScalarReferenceDetails$ = [
      3,
      n0,
      _SRD,
      0,
      [_V],
      [1]
    ], ScalingConfiguration$ = [
      3,
      n0,
      _SC,
      0,
      [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
      [1, 1, 2, 1, 0, 1]
    ], ScalingConfigurationInfo$ = [
      3,
      n0,
      _SCI,
      0,
      [_MC, _MCa, _AP, _SUAP, _TAi, _SBT],
      [1, 1, 2, 1, 0, 1]
    ], ServerlessV2FeaturesSupport$ = [
      3,
      n0,
      _SVFS,
      0,
      [_MC, _MCa],
      [1, 1]
    ], ServerlessV2PlatformVersionInfo$ = [
      3,
      n0,
      _SVPVI,
      0,
      [_SVPV, _SVPVD, _E, _SVFS, _St, _ID],
      [0, 0, 0, () => ServerlessV2FeaturesSupport$, 0, 2]
    ], ServerlessV2PlatformVersionsMessage$ = [
      3,
      n0,
      _SVPVM,
      0,
      [_Ma, _SVPVe],
      [0, () => ServerlessV2PlatformVersionList]
    ], ServerlessV2ScalingConfiguration$ = [
      3,
      n0,
      _SVSC,
      0,
      [_MC, _MCa, _SUAP],
      [1, 1, 1]
    ], ServerlessV2ScalingConfigurationInfo$ = [
      3,
      n0,
      _SVSCI,
      0,
      [_MC, _MCa, _SUAP],
      [1, 1, 1]
    ], SourceRegion$ = [
      3,
      n0,
      _SR,
      0,
      [_RNe, _End, _St, _SDBIABR],
      [0, 0, 0, 2]
    ], SourceRegionMessage$ = [
      3,
      n0,
      _SRM,
      0,
      [_Ma, _SRo],
      [0, [() => SourceRegionList, 0]]
    ], StartActivityStreamRequest$ = [
      3,
      n0,
      _SASR,
      0,
      [_RAe, _Mo, _KKI, _AIp, _ENAFI],
      [0, 0, 0, 2, 2],
      3
    ], StartActivityStreamResponse$ = [
      3,
      n0,
      _SASRt,
      0,
      [_KKI, _KSN, _St, _Mo, _ENAFI, _AIp],
      [0, 0, 0, 0, 2, 2]
    ], StartDBClusterMessage$ = [
      3,
      n0,
      _SDBCM,
      0,
      [_DBCI],
      [0],
      1
    ], StartDBClusterResult$ = [
      3,
      n0,
      _SDBCR,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], StartDBInstanceAutomatedBackupsReplicationMessage$ = [
      3,
      n0,
      _SDBIABRM,
      0,
      [_SDBIA, _BRP, _KKI, _PSU, _T],
      [0, 1, 0, [() => SensitiveString, 0], [() => TagList, 0]],
      1
    ], StartDBInstanceAutomatedBackupsReplicationResult$ = [
      3,
      n0,
      _SDBIABRR,
      0,
      [_DBIAB],
      [[() => DBInstanceAutomatedBackup$, 0]]
    ], StartDBInstanceMessage$ = [
      3,
      n0,
      _SDBIM,
      0,
      [_DBII, _DBCRI],
      [0, 0],
      1
    ], StartDBInstanceResult$ = [
      3,
      n0,
      _SDBIR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], StartExportTaskMessage$ = [
      3,
      n0,
      _SETM,
      0,
      [_ETI, _SA, _SBN, _IRA, _KKI, _SP, _EO],
      [0, 0, 0, 0, 0, 0, 64],
      5
    ], StopActivityStreamRequest$ = [
      3,
      n0,
      _SASRto,
      0,
      [_RAe, _AIp],
      [0, 2],
      1
    ], StopActivityStreamResponse$ = [
      3,
      n0,
      _SASRtop,
      0,
      [_KKI, _KSN, _St],
      [0, 0, 0]
    ], StopDBClusterMessage$ = [
      3,
      n0,
      _SDBCMt,
      0,
      [_DBCI],
      [0],
      1
    ], StopDBClusterResult$ = [
      3,
      n0,
      _SDBCRt,
      0,
      [_DBC],
      [[() => DBCluster$, 0]]
    ], StopDBInstanceAutomatedBackupsReplicationMessage$ = [
      3,
      n0,
      _SDBIABRMt,
      0,
      [_SDBIA],
      [0],
      1
    ], StopDBInstanceAutomatedBackupsReplicationResult$ = [
      3,
      n0,
      _SDBIABRRt,
      0,
      [_DBIAB],
      [[() => DBInstanceAutomatedBackup$, 0]]
    ], StopDBInstanceMessage$ = [
      3,
      n0,
      _SDBIMt,
      0,
      [_DBII, _DBSIn, _DFDBCR],
      [0, 0, 2],
      1
    ], StopDBInstanceResult$ = [
      3,
      n0,
      _SDBIRt,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], Subnet$ = [
      3,
      n0,
      _Sub,
      0,
      [_SIubn, _SAZu, _SO, _SSu],
      [0, () => AvailabilityZone$, () => Outpost$, 0]
    ], SupportedEngineLifecycle$ = [
      3,
      n0,
      _SELu,
      0,
      [_LSN, _LSSD, _LSED],
      [0, 4, 4],
      3
    ], SwitchoverBlueGreenDeploymentRequest$ = [
      3,
      n0,
      _SBGDR,
      0,
      [_BGDI, _STw],
      [0, 1],
      1
    ], SwitchoverBlueGreenDeploymentResponse$ = [
      3,
      n0,
      _SBGDRw,
      0,
      [_BGD],
      [[() => BlueGreenDeployment$, 0]]
    ], SwitchoverDetail$ = [
      3,
      n0,
      _SDw,
      0,
      [_SMo, _TM, _St],
      [0, 0, 0]
    ], SwitchoverGlobalClusterMessage$ = [
      3,
      n0,
      _SGCM,
      0,
      [_GCI, _TDCI],
      [0, 0],
      2
    ], SwitchoverGlobalClusterResult$ = [
      3,
      n0,
      _SGCR,
      0,
      [_GC],
      [[() => GlobalCluster$, 0]]
    ], SwitchoverReadReplicaMessage$ = [
      3,
      n0,
      _SRRM,
      0,
      [_DBII],
      [0],
      1
    ], SwitchoverReadReplicaResult$ = [
      3,
      n0,
      _SRRR,
      0,
      [_DBI],
      [[() => DBInstance$, 0]]
    ], Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_K, _V],
      [0, 0]
    ], TagListMessage$ = [
      3,
      n0,
      _TLM,
      0,
      [_TL],
      [[() => TagList, 0]]
    ], TagSpecification$ = [
      3,
      n0,
      _TSa,
      0,
      [_RTes, _T],
      [0, [() => TagList, 0]]
    ], TargetHealth$ = [
      3,
      n0,
      _TH,
      0,
      [_Sta, _Rea, _D],
      [0, 0, 0]
    ], TargetResourceConfiguration$ = [
      3,
      n0,
      _TRCa,
      0,
      [_SA, _TKKI],
      [0, 0],
      1
    ], TenantDatabase$ = [
      3,
      n0,
      _TD,
      0,
      [_TDCT, _DBII, _TDBN, _St, _MU, _DRI, _TDRI, _TDARN, _CSN, _NCSN, _DP, _PMV, _MUS, _TL],
      [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, [() => TenantDatabasePendingModifiedValues$, 0], () => MasterUserSecret$, [() => TagList, 0]]
    ], TenantDatabasePendingModifiedValues$ = [
      3,
      n0,
      _TDPMV,
      0,
      [_MUP, _TDBN],
      [[() => SensitiveString, 0], 0]
    ], TenantDatabasesMessage$ = [
      3,
      n0,
      _TDM,
      0,
      [_Ma, _TDe],
      [0, [() => TenantDatabasesList, 0]]
    ], Timezone$ = [
      3,
      n0,
      _Ti,
      0,
      [_TN],
      [0]
    ], UpgradeTarget$ = [
      3,
      n0,
      _UTp,
      0,
      [_E, _EV, _D, _AU, _IMVU, _SEM, _SPQ, _SGD, _SB, _SLD, _SLWF, _SIup],
      [0, 0, 0, 2, 2, 64, 2, 2, 2, 2, 2, 2]
    ], UserAuthConfig$ = [
      3,
      n0,
      _UAC,
      0,
      [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
      [0, 0, 0, 0, 0, 0]
    ], UserAuthConfigInfo$ = [
      3,
      n0,
      _UACI,
      0,
      [_D, _UN, _ASu, _SAe, _IAMA, _CPAT],
      [0, 0, 0, 0, 0, 0]
    ], ValidAdditionalStorageOptions$ = [
      3,
      n0,
      _VASO,
      0,
      [_SASV, _Vo],
      [2, [() => ValidVolumeOptionsList, 0]]
    ], ValidDBInstanceModificationsMessage$ = [
      3,
      n0,
      _VDBIMM,
      0,
      [_Sto, _VPF, _SDLV, _ASd],
      [[() => ValidStorageOptionsList, 0], [() => AvailableProcessorFeatureList, 0], 2, [() => ValidAdditionalStorageOptions$, 0]]
    ], ValidStorageOptions$ = [
      3,
      n0,
      _VSO,
      0,
      [_STt, _SSt, _PI, _ITSR, _PST, _STTIR, _SSA],
      [0, [() => RangeList, 0], [() => RangeList, 0], [() => DoubleRangeList, 0], [() => RangeList, 0], [() => DoubleRangeList, 0], 2]
    ], ValidVolumeOptions$ = [
      3,
      n0,
      _VVO,
      0,
      [_VN, _Sto],
      [0, [() => ValidStorageOptionsList, 0]]
    ], VpcSecurityGroupMembership$ = [
      3,
      n0,
      _VSGMp,
      0,
      [_VSGIp, _St],
      [0, 0]
    ], __Unit = "unit", AccountQuotaList = [
      1,
      n0,
      _AQL,
      0,
      [
        () => AccountQuota$,
        { [_xN]: _AQc }
      ]
    ], AdditionalStorageVolumesList = [
      1,
      n0,
      _ASVL,
      0,
      () => AdditionalStorageVolume$
    ], AdditionalStorageVolumesOutputList = [
      1,
      n0,
      _ASVOL,
      0,
      () => AdditionalStorageVolumeOutput$
    ], AttributeValueList = [
      1,
      n0,
      _AVL,
      0,
      [
        0,
        { [_xN]: _AVtt }
      ]
    ], AvailabilityZoneList = [
      1,
      n0,
      _AZL,
      0,
      [
        () => AvailabilityZone$,
        { [_xN]: _AZ }
      ]
    ], AvailabilityZones = [
      1,
      n0,
      _AZv,
      0,
      [
        0,
        { [_xN]: _AZ }
      ]
    ], AvailableAdditionalStorageVolumesOptionList = [
      1,
      n0,
      _AASVOL,
      0,
      [
        () => AvailableAdditionalStorageVolumesOption$,
        { [_xN]: _AASVO }
      ]
    ], AvailableCapacityPerAvailabilityZoneList = [
      1,
      n0,
      _ACPAZL,
      0,
      [
        () => AvailableCapacityPerAvailabilityZone$,
        { [_xN]: _ACPAZ }
      ]
    ], AvailableProcessorFeatureList = [
      1,
      n0,
      _APFL,
      0,
      [
        () => AvailableProcessorFeature$,
        { [_xN]: _APF }
      ]
    ], BlueGreenDeploymentList = [
      1,
      n0,
      _BGDL,
      0,
      [
        () => BlueGreenDeployment$,
        0
      ]
    ], BlueGreenDeploymentTaskList = [
      1,
      n0,
      _BGDTL,
      0,
      () => BlueGreenDeploymentTask$
    ], CertificateList = [
      1,
      n0,
      _CL,
      0,
      [
        () => Certificate$,
        { [_xN]: _C }
      ]
    ], ContextAttributeList = [
      1,
      n0,
      _CAL,
      0,
      () => ContextAttribute$
    ], DBCapacityReservationList = [
      1,
      n0,
      _DBCRL,
      0,
      [
        () => DBCapacityReservation$,
        0
      ]
    ], DBClusterAssociatedRoles = [
      1,
      n0,
      _DBCARl,
      0,
      [
        () => DBClusterAssociatedRole$,
        { [_xN]: _DBCAR }
      ]
    ], DBClusterAutomatedBackupList = [
      1,
      n0,
      _DBCABL,
      0,
      [
        () => DBClusterAutomatedBackup$,
        { [_xN]: _DBCAB }
      ]
    ], DBClusterBacktrackList = [
      1,
      n0,
      _DBCBL,
      0,
      [
        () => DBClusterBacktrack$,
        { [_xN]: _DBCB }
      ]
    ], DBClusterEndpointList = [
      1,
      n0,
      _DBCEL,
      0,
      [
        () => DBClusterEndpoint$,
        { [_xN]: _DBCEL }
      ]
    ], DBClusterList = [
      1,
      n0,
      _DBCL,
      0,
      [
        () => DBCluster$,
        { [_xN]: _DBC }
      ]
    ], DBClusterMemberList = [
      1,
      n0,
      _DBCML,
      0,
      [
        () => DBClusterMember$,
        { [_xN]: _DBCMl }
      ]
    ], DBClusterOptionGroupMemberships = [
      1,
      n0,
      _DBCOGM,
      0,
      [
        () => DBClusterOptionGroupStatus$,
        { [_xN]: _DBCOG }
      ]
    ], DBClusterParameterGroupList = [
      1,
      n0,
      _DBCPGL,
      0,
      [
        () => DBClusterParameterGroup$,
        { [_xN]: _DBCPG }
      ]
    ], DBClusterRoles = [
      1,
      n0,
      _DBCRlu,
      0,
      [
        () => DBClusterRole$,
        { [_xN]: _DBCRl }
      ]
    ], DBClusterSnapshotAttributeList = [
      1,
      n0,
      _DBCSAL,
      0,
      [
        () => DBClusterSnapshotAttribute$,
        { [_xN]: _DBCSAl }
      ]
    ], DBClusterSnapshotList = [
      1,
      n0,
      _DBCSL,
      0,
      [
        () => DBClusterSnapshot$,
        { [_xN]: _DBCS }
      ]
    ], DBClusterStatusInfoList = [
      1,
      n0,
      _DBCSIL,
      0,
      [
        () => DBClusterStatusInfo$,
        { [_xN]: _DBCSIl }
      ]
    ], DBEngineVersionList = [
      1,
      n0,
      _DBEVL,
      0,
      [
        () => DBEngineVersion$,
        { [_xN]: _DBEV }
      ]
    ], DBInstanceAutomatedBackupList = [
      1,
      n0,
      _DBIABL,
      0,
      [
        () => DBInstanceAutomatedBackup$,
        { [_xN]: _DBIAB }
      ]
    ], DBInstanceAutomatedBackupsReplicationList = [
      1,
      n0,
      _DBIABRL,
      0,
      [
        () => DBInstanceAutomatedBackupsReplication$,
        { [_xN]: _DBIABRn }
      ]
    ], DBInstanceList = [
      1,
      n0,
      _DBIL,
      0,
      [
        () => DBInstance$,
        { [_xN]: _DBI }
      ]
    ], DBInstanceRoles = [
      1,
      n0,
      _DBIRn,
      0,
      [
        () => DBInstanceRole$,
        { [_xN]: _DBIR }
      ]
    ], DBInstanceStatusInfoList = [
      1,
      n0,
      _DBISIL,
      0,
      [
        () => DBInstanceStatusInfo$,
        { [_xN]: _DBISI }
      ]
    ], DBMajorEngineVersionsList = [
      1,
      n0,
      _DBMEVL,
      0,
      [
        () => DBMajorEngineVersion$,
        { [_xN]: _DBMEV }
      ]
    ], DBParameterGroupList = [
      1,
      n0,
      _DBPGL,
      0,
      [
        () => DBParameterGroup$,
        { [_xN]: _DBPG }
      ]
    ], DBParameterGroupStatusList = [
      1,
      n0,
      _DBPGSL,
      0,
      [
        () => DBParameterGroupStatus$,
        { [_xN]: _DBPG }
      ]
    ], DBProxyEndpointList = [
      1,
      n0,
      _DBPEL,
      0,
      () => DBProxyEndpoint$
    ], DBProxyList = [
      1,
      n0,
      _DBPL,
      0,
      () => DBProxy$
    ], DBRecommendationList = [
      1,
      n0,
      _DBRL,
      0,
      () => DBRecommendation$
    ], DBSecurityGroupMembershipList = [
      1,
      n0,
      _DBSGML,
      0,
      [
        () => DBSecurityGroupMembership$,
        { [_xN]: _DBSG }
      ]
    ], DBSecurityGroupNameList = [
      1,
      n0,
      _DBSGNL,
      0,
      [
        0,
        { [_xN]: _DBSGN }
      ]
    ], DBSecurityGroups = [
      1,
      n0,
      _DBSGe,
      0,
      [
        () => DBSecurityGroup$,
        { [_xN]: _DBSG }
      ]
    ], DBShardGroupsList = [
      1,
      n0,
      _DBSGL,
      0,
      [
        () => DBShardGroup$,
        { [_xN]: _DBSGh }
      ]
    ], DBSnapshotAttributeList = [
      1,
      n0,
      _DBSAL,
      0,
      [
        () => DBSnapshotAttribute$,
        { [_xN]: _DBSAn }
      ]
    ], DBSnapshotList = [
      1,
      n0,
      _DBSL,
      0,
      [
        () => DBSnapshot$,
        { [_xN]: _DBS }
      ]
    ], DBSnapshotTenantDatabasesList = [
      1,
      n0,
      _DBSTDL,
      0,
      [
        () => DBSnapshotTenantDatabase$,
        { [_xN]: _DBSTD }
      ]
    ], DBSubnetGroups = [
      1,
      n0,
      _DBSGub,
      0,
      [
        () => DBSubnetGroup$,
        { [_xN]: _DBSGu }
      ]
    ], DescribeDBLogFilesList = [
      1,
      n0,
      _DDBLFL,
      0,
      [
        () => DescribeDBLogFilesDetails$,
        { [_xN]: _DDBLFD }
      ]
    ], DocLinkList = [
      1,
      n0,
      _DLL,
      0,
      () => DocLink$
    ], DomainMembershipList = [
      1,
      n0,
      _DML,
      0,
      [
        () => DomainMembership$,
        { [_xN]: _DMo }
      ]
    ], DoubleRangeList = [
      1,
      n0,
      _DRL,
      0,
      [
        () => DoubleRange$,
        { [_xN]: _DR }
      ]
    ], EC2SecurityGroupList = [
      1,
      n0,
      _ECSGL,
      0,
      [
        () => EC2SecurityGroup$,
        { [_xN]: _ECSGe }
      ]
    ], EventCategoriesList = [
      1,
      n0,
      _ECL,
      0,
      [
        0,
        { [_xN]: _ECv }
      ]
    ], EventCategoriesMapList = [
      1,
      n0,
      _ECML,
      0,
      [
        () => EventCategoriesMap$,
        { [_xN]: _ECM }
      ]
    ], EventList = [
      1,
      n0,
      _EL,
      0,
      [
        () => Event$,
        { [_xN]: _Ev }
      ]
    ], EventSubscriptionsList = [
      1,
      n0,
      _ESL,
      0,
      [
        () => EventSubscription$,
        { [_xN]: _ES }
      ]
    ], ExportTasksList = [
      1,
      n0,
      _ETL,
      0,
      [
        () => ExportTask$,
        { [_xN]: _ETx }
      ]
    ], FilterList = [
      1,
      n0,
      _FL,
      0,
      [
        () => Filter$,
        { [_xN]: _Fil }
      ]
    ], FilterValueList = [
      1,
      n0,
      _FVL,
      0,
      [
        0,
        { [_xN]: _V }
      ]
    ], GlobalClusterList = [
      1,
      n0,
      _GCL,
      0,
      [
        () => GlobalCluster$,
        { [_xN]: _GCMl }
      ]
    ], GlobalClusterMemberList = [
      1,
      n0,
      _GCML,
      0,
      [
        () => GlobalClusterMember$,
        { [_xN]: _GCMl }
      ]
    ], IntegrationErrorList = [
      1,
      n0,
      _IEL,
      0,
      [
        () => IntegrationError$,
        { [_xN]: _IE }
      ]
    ], IntegrationList = [
      1,
      n0,
      _IL,
      0,
      [
        () => Integration$,
        { [_xN]: _Int }
      ]
    ], IPRangeList = [
      1,
      n0,
      _IPRL,
      0,
      [
        () => IPRange$,
        { [_xN]: _IPRa }
      ]
    ], MetricList = [
      1,
      n0,
      _ML,
      0,
      () => Metric$
    ], MetricReferenceList = [
      1,
      n0,
      _MRL,
      0,
      () => MetricReference$
    ], MinimumEngineVersionPerAllowedValueList = [
      1,
      n0,
      _MEVPAVL,
      0,
      [
        () => MinimumEngineVersionPerAllowedValue$,
        { [_xN]: _MEVPAV }
      ]
    ], ModifyAdditionalStorageVolumesList = [
      1,
      n0,
      _MASVL,
      0,
      () => ModifyAdditionalStorageVolume$
    ], OptionConfigurationList = [
      1,
      n0,
      _OCL,
      0,
      [
        () => OptionConfiguration$,
        { [_xN]: _OC }
      ]
    ], OptionGroupMembershipList = [
      1,
      n0,
      _OGML,
      0,
      [
        () => OptionGroupMembership$,
        { [_xN]: _OGMp }
      ]
    ], OptionGroupOptionSettingsList = [
      1,
      n0,
      _OGOSL,
      0,
      [
        () => OptionGroupOptionSetting$,
        { [_xN]: _OGOSp }
      ]
    ], OptionGroupOptionsList = [
      1,
      n0,
      _OGOL,
      0,
      [
        () => OptionGroupOption$,
        { [_xN]: _OGO }
      ]
    ], OptionGroupOptionVersionsList = [
      1,
      n0,
      _OGOVL,
      0,
      [
        () => OptionVersion$,
        { [_xN]: _OV }
      ]
    ], OptionGroupsList = [
      1,
      n0,
      _OGL,
      0,
      [
        () => OptionGroup$,
        { [_xN]: _OG }
      ]
    ], OptionsConflictsWith = [
      1,
      n0,
      _OCW,
      0,
      [
        0,
        { [_xN]: _OCN }
      ]
    ], OptionsDependedOn = [
      1,
      n0,
      _ODO,
      0,
      [
        0,
        { [_xN]: _ON }
      ]
    ], OptionSettingConfigurationList = [
      1,
      n0,
      _OSCL,
      0,
      [
        () => OptionSetting$,
        { [_xN]: _OSp }
      ]
    ], OptionSettingsList = [
      1,
      n0,
      _OSL,
      0,
      [
        () => OptionSetting$,
        { [_xN]: _OSp }
      ]
    ], OptionsList = [
      1,
      n0,
      _OL,
      0,
      [
        () => Option$,
        { [_xN]: _O }
      ]
    ], OrderableDBInstanceOptionsList = [
      1,
      n0,
      _ODBIOL,
      0,
      [
        () => OrderableDBInstanceOption$,
        { [_xN]: _ODBIO }
      ]
    ], ParametersList = [
      1,
      n0,
      _PL,
      0,
      [
        () => Parameter$,
        { [_xN]: _Par }
      ]
    ], PendingMaintenanceActionDetails = [
      1,
      n0,
      _PMAD,
      0,
      [
        () => PendingMaintenanceAction$,
        { [_xN]: _PMA }
      ]
    ], PendingMaintenanceActions = [
      1,
      n0,
      _PMAe,
      0,
      [
        () => ResourcePendingMaintenanceActions$,
        { [_xN]: _RPMA }
      ]
    ], ProcessorFeatureList = [
      1,
      n0,
      _PFL,
      0,
      [
        () => ProcessorFeature$,
        { [_xN]: _PFr }
      ]
    ], RangeList = [
      1,
      n0,
      _RL,
      0,
      [
        () => Range$,
        { [_xN]: _Ra }
      ]
    ], ReadReplicaDBClusterIdentifierList = [
      1,
      n0,
      _RRDBCIL,
      0,
      [
        0,
        { [_xN]: _RRDBCIe }
      ]
    ], ReadReplicaDBInstanceIdentifierList = [
      1,
      n0,
      _RRDBIIL,
      0,
      [
        0,
        { [_xN]: _RRDBIIe }
      ]
    ], ReadReplicaIdentifierList = [
      1,
      n0,
      _RRIL,
      0,
      [
        0,
        { [_xN]: _RRIe }
      ]
    ], RecommendedActionList = [
      1,
      n0,
      _RAL,
      0,
      () => RecommendedAction$
    ], RecommendedActionParameterList = [
      1,
      n0,
      _RAPL,
      0,
      () => RecommendedActionParameter$
    ], RecommendedActionUpdateList = [
      1,
      n0,
      _RAUL,
      0,
      () => RecommendedActionUpdate$
    ], RecurringChargeList = [
      1,
      n0,
      _RCL,
      0,
      [
        () => RecurringCharge$,
        { [_xN]: _RC }
      ]
    ], ReservedDBInstanceList = [
      1,
      n0,
      _RDBIL,
      0,
      [
        () => ReservedDBInstance$,
        { [_xN]: _RDBI }
      ]
    ], ReservedDBInstancesOfferingList = [
      1,
      n0,
      _RDBIOL,
      0,
      [
        () => ReservedDBInstancesOffering$,
        { [_xN]: _RDBIO }
      ]
    ], ServerlessV2PlatformVersionList = [
      1,
      n0,
      _SVPVL,
      0,
      () => ServerlessV2PlatformVersionInfo$
    ], SourceIdsList = [
      1,
      n0,
      _SIL,
      0,
      [
        0,
        { [_xN]: _SIou }
      ]
    ], SourceRegionList = [
      1,
      n0,
      _SRL,
      0,
      [
        () => SourceRegion$,
        { [_xN]: _SR }
      ]
    ], SubnetIdentifierList = [
      1,
      n0,
      _SILu,
      0,
      [
        0,
        { [_xN]: _SIubn }
      ]
    ], SubnetList = [
      1,
      n0,
      _SL,
      0,
      [
        () => Subnet$,
        { [_xN]: _Sub }
      ]
    ], SupportedCharacterSetsList = [
      1,
      n0,
      _SCSL,
      0,
      [
        () => CharacterSet$,
        { [_xN]: _CS }
      ]
    ], SupportedEngineLifecycleList = [
      1,
      n0,
      _SELL,
      0,
      [
        () => SupportedEngineLifecycle$,
        { [_xN]: _SELu }
      ]
    ], SupportedTimezonesList = [
      1,
      n0,
      _STL,
      0,
      [
        () => Timezone$,
        { [_xN]: _Ti }
      ]
    ], SwitchoverDetailList = [
      1,
      n0,
      _SDL,
      0,
      () => SwitchoverDetail$
    ], TagList = [
      1,
      n0,
      _TL,
      0,
      [
        () => Tag$,
        { [_xN]: _Tag }
      ]
    ], TagSpecificationList = [
      1,
      n0,
      _TSL,
      0,
      [
        () => TagSpecification$,
        { [_xN]: _i }
      ]
    ], TargetGroupList = [
      1,
      n0,
      _TGL,
      0,
      [
        () => DBProxyTargetGroup$,
        0
      ]
    ], TargetList = [
      1,
      n0,
      _TLa,
      0,
      () => DBProxyTarget$
    ], TargetResourceConfigurationList = [
      1,
      n0,
      _TRCL,
      0,
      [
        () => TargetResourceConfiguration$,
        { [_xN]: _TRCa }
      ]
    ], TenantDatabasesList = [
      1,
      n0,
      _TDL,
      0,
      [
        () => TenantDatabase$,
        { [_xN]: _TD }
      ]
    ], UserAuthConfigInfoList = [
      1,
      n0,
      _UACIL,
      0,
      () => UserAuthConfigInfo$
    ], UserAuthConfigList = [
      1,
      n0,
      _UACL,
      0,
      () => UserAuthConfig$
    ], ValidStorageOptionsList = [
      1,
      n0,
      _VSOL,
      0,
      [
        () => ValidStorageOptions$,
        { [_xN]: _VSO }
      ]
    ], ValidUpgradeTargetList = [
      1,
      n0,
      _VUTL,
      0,
      [
        () => UpgradeTarget$,
        { [_xN]: _UTp }
      ]
    ], ValidVolumeOptionsList = [
      1,
      n0,
      _VVOL,
      0,
      [
        () => ValidVolumeOptions$,
        0
      ]
    ], VpcSecurityGroupIdList = [
      1,
      n0,
      _VSGIL,
      0,
      [
        0,
        { [_xN]: _VSGIp }
      ]
    ], VpcSecurityGroupMembershipList = [
      1,
      n0,
      _VSGML,
      0,
      [
        () => VpcSecurityGroupMembership$,
        { [_xN]: _VSGMp }
      ]
    ], AddRoleToDBCluster$ = [
      9,
      n0,
      _ARTDBC,
      0,
      () => AddRoleToDBClusterMessage$,
      () => __Unit
    ], AddRoleToDBInstance$ = [
      9,
      n0,
      _ARTDBI,
      0,
      () => AddRoleToDBInstanceMessage$,
      () => __Unit
    ], AddSourceIdentifierToSubscription$ = [
      9,
      n0,
      _ASITS,
      0,
      () => AddSourceIdentifierToSubscriptionMessage$,
      () => AddSourceIdentifierToSubscriptionResult$
    ], AddTagsToResource$ = [
      9,
      n0,
      _ATTR,
      0,
      () => AddTagsToResourceMessage$,
      () => __Unit
    ], ApplyPendingMaintenanceAction$ = [
      9,
      n0,
      _APMA,
      0,
      () => ApplyPendingMaintenanceActionMessage$,
      () => ApplyPendingMaintenanceActionResult$
    ], AuthorizeDBSecurityGroupIngress$ = [
      9,
      n0,
      _ADBSGI,
      0,
      () => AuthorizeDBSecurityGroupIngressMessage$,
      () => AuthorizeDBSecurityGroupIngressResult$
    ], BacktrackDBCluster$ = [
      9,
      n0,
      _BDBC,
      0,
      () => BacktrackDBClusterMessage$,
      () => DBClusterBacktrack$
    ], CancelDBCapacityReservation$ = [
      9,
      n0,
      _CDBCRa,
      0,
      () => CancelDBCapacityReservationRequest$,
      () => CancelDBCapacityReservationResponse$
    ], CancelExportTask$ = [
      9,
      n0,
      _CETa,
      0,
      () => CancelExportTaskMessage$,
      () => ExportTask$
    ], CopyDBClusterParameterGroup$ = [
      9,
      n0,
      _CDBCPG,
      0,
      () => CopyDBClusterParameterGroupMessage$,
      () => CopyDBClusterParameterGroupResult$
    ], CopyDBClusterSnapshot$ = [
      9,
      n0,
      _CDBCS,
      0,
      () => CopyDBClusterSnapshotMessage$,
      () => CopyDBClusterSnapshotResult$
    ], CopyDBParameterGroup$ = [
      9,
      n0,
      _CDBPG,
      0,
      () => CopyDBParameterGroupMessage$,
      () => CopyDBParameterGroupResult$
    ], CopyDBSnapshot$ = [
      9,
      n0,
      _CDBS,
      0,
      () => CopyDBSnapshotMessage$,
      () => CopyDBSnapshotResult$
    ], CopyOptionGroup$ = [
      9,
      n0,
      _COG,
      0,
      () => CopyOptionGroupMessage$,
      () => CopyOptionGroupResult$
    ], CreateBlueGreenDeployment$ = [
      9,
      n0,
      _CBGD,
      0,
      () => CreateBlueGreenDeploymentRequest$,
      () => CreateBlueGreenDeploymentResponse$
    ], CreateCustomDBEngineVersion$ = [
      9,
      n0,
      _CCDBEV,
      0,
      () => CreateCustomDBEngineVersionMessage$,
      () => DBEngineVersion$
    ], CreateDBCapacityReservation$ = [
      9,
      n0,
      _CDBCRr,
      0,
      () => CreateDBCapacityReservationRequest$,
      () => CreateDBCapacityReservationResponse$
    ], CreateDBCluster$ = [
      9,
      n0,
      _CDBC,
      0,
      () => CreateDBClusterMessage$,
      () => CreateDBClusterResult$
    ], CreateDBClusterEndpoint$ = [
      9,
      n0,
      _CDBCE,
      0,
      () => CreateDBClusterEndpointMessage$,
      () => DBClusterEndpoint$
    ], CreateDBClusterParameterGroup$ = [
      9,
      n0,
      _CDBCPGr,
      0,
      () => CreateDBClusterParameterGroupMessage$,
      () => CreateDBClusterParameterGroupResult$
    ], CreateDBClusterSnapshot$ = [
      9,
      n0,
      _CDBCSr,
      0,
      () => CreateDBClusterSnapshotMessage$,
      () => CreateDBClusterSnapshotResult$
    ], CreateDBInstance$ = [
      9,
      n0,
      _CDBI,
      0,
      () => CreateDBInstanceMessage$,
      () => CreateDBInstanceResult$
    ], CreateDBInstanceReadReplica$ = [
      9,
      n0,
      _CDBIRR,
      0,
      () => CreateDBInstanceReadReplicaMessage$,
      () => CreateDBInstanceReadReplicaResult$
    ], CreateDBParameterGroup$ = [
      9,
      n0,
      _CDBPGr,
      0,
      () => CreateDBParameterGroupMessage$,
      () => CreateDBParameterGroupResult$
    ], CreateDBProxy$ = [
      9,
      n0,
      _CDBP,
      0,
      () => CreateDBProxyRequest$,
      () => CreateDBProxyResponse$
    ], CreateDBProxyEndpoint$ = [
      9,
      n0,
      _CDBPE,
      0,
      () => CreateDBProxyEndpointRequest$,
      () => CreateDBProxyEndpointResponse$
    ], CreateDBSecurityGroup$ = [
      9,
      n0,
      _CDBSG,
      0,
      () => CreateDBSecurityGroupMessage$,
      () => CreateDBSecurityGroupResult$
    ], CreateDBShardGroup$ = [
      9,
      n0,
      _CDBSGr,
      0,
      () => CreateDBShardGroupMessage$,
      () => DBShardGroup$
    ], CreateDBSnapshot$ = [
      9,
      n0,
      _CDBSr,
      0,
      () => CreateDBSnapshotMessage$,
      () => CreateDBSnapshotResult$
    ], CreateDBSubnetGroup$ = [
      9,
      n0,
      _CDBSGre,
      0,
      () => CreateDBSubnetGroupMessage$,
      () => CreateDBSubnetGroupResult$
    ], CreateEventSubscription$ = [
      9,
      n0,
      _CES,
      0,
      () => CreateEventSubscriptionMessage$,
      () => CreateEventSubscriptionResult$
    ], CreateGlobalCluster$ = [
      9,
      n0,
      _CGC,
      0,
      () => CreateGlobalClusterMessage$,
      () => CreateGlobalClusterResult$
    ], CreateIntegration$ = [
      9,
      n0,
      _CIr,
      0,
      () => CreateIntegrationMessage$,
      () => Integration$
    ], CreateOptionGroup$ = [
      9,
      n0,
      _COGr,
      0,
      () => CreateOptionGroupMessage$,
      () => CreateOptionGroupResult$
    ], CreateTenantDatabase$ = [
      9,
      n0,
      _CTD,
      0,
      () => CreateTenantDatabaseMessage$,
      () => CreateTenantDatabaseResult$
    ], DeleteBlueGreenDeployment$ = [
      9,
      n0,
      _DBGD,
      0,
      () => DeleteBlueGreenDeploymentRequest$,
      () => DeleteBlueGreenDeploymentResponse$
    ], DeleteCustomDBEngineVersion$ = [
      9,
      n0,
      _DCDBEV,
      0,
      () => DeleteCustomDBEngineVersionMessage$,
      () => DBEngineVersion$
    ], DeleteDBCluster$ = [
      9,
      n0,
      _DDBC,
      0,
      () => DeleteDBClusterMessage$,
      () => DeleteDBClusterResult$
    ], DeleteDBClusterAutomatedBackup$ = [
      9,
      n0,
      _DDBCAB,
      0,
      () => DeleteDBClusterAutomatedBackupMessage$,
      () => DeleteDBClusterAutomatedBackupResult$
    ], DeleteDBClusterEndpoint$ = [
      9,
      n0,
      _DDBCE,
      0,
      () => DeleteDBClusterEndpointMessage$,
      () => DBClusterEndpoint$
    ], DeleteDBClusterParameterGroup$ = [
      9,
      n0,
      _DDBCPG,
      0,
      () => DeleteDBClusterParameterGroupMessage$,
      () => __Unit
    ], DeleteDBClusterSnapshot$ = [
      9,
      n0,
      _DDBCS,
      0,
      () => DeleteDBClusterSnapshotMessage$,
      () => DeleteDBClusterSnapshotResult$
    ], DeleteDBInstance$ = [
      9,
      n0,
      _DDBI,
      0,
      () => DeleteDBInstanceMessage$,
      () => DeleteDBInstanceResult$
    ], DeleteDBInstanceAutomatedBackup$ = [
      9,
      n0,
      _DDBIAB,
      0,
      () => DeleteDBInstanceAutomatedBackupMessage$,
      () => DeleteDBInstanceAutomatedBackupResult$
    ], DeleteDBParameterGroup$ = [
      9,
      n0,
      _DDBPG,
      0,
      () => DeleteDBParameterGroupMessage$,
      () => __Unit
    ], DeleteDBProxy$ = [
      9,
      n0,
      _DDBP,
      0,
      () => DeleteDBProxyRequest$,
      () => DeleteDBProxyResponse$
    ], DeleteDBProxyEndpoint$ = [
      9,
      n0,
      _DDBPE,
      0,
      () => DeleteDBProxyEndpointRequest$,
      () => DeleteDBProxyEndpointResponse$
    ], DeleteDBSecurityGroup$ = [
      9,
      n0,
      _DDBSG,
      0,
      () => DeleteDBSecurityGroupMessage$,
      () => __Unit
    ], DeleteDBShardGroup$ = [
      9,
      n0,
      _DDBSGe,
      0,
      () => DeleteDBShardGroupMessage$,
      () => DBShardGroup$
    ], DeleteDBSnapshot$ = [
      9,
      n0,
      _DDBS,
      0,
      () => DeleteDBSnapshotMessage$,
      () => DeleteDBSnapshotResult$
    ], DeleteDBSubnetGroup$ = [
      9,
      n0,
      _DDBSGel,
      0,
      () => DeleteDBSubnetGroupMessage$,
      () => __Unit
    ], DeleteEventSubscription$ = [
      9,
      n0,
      _DES,
      0,
      () => DeleteEventSubscriptionMessage$,
      () => DeleteEventSubscriptionResult$
    ], DeleteGlobalCluster$ = [
      9,
      n0,
      _DGC,
      0,
      () => DeleteGlobalClusterMessage$,
      () => DeleteGlobalClusterResult$
    ], DeleteIntegration$ = [
      9,
      n0,
      _DIe,
      0,
      () => DeleteIntegrationMessage$,
      () => Integration$
    ], DeleteOptionGroup$ = [
      9,
      n0,
      _DOG,
      0,
      () => DeleteOptionGroupMessage$,
      () => __Unit
    ], DeleteTenantDatabase$ = [
      9,
      n0,
      _DTD,
      0,
      () => DeleteTenantDatabaseMessage$,
      () => DeleteTenantDatabaseResult$
    ], DeregisterDBProxyTargets$ = [
      9,
      n0,
      _DDBPT,
      0,
      () => DeregisterDBProxyTargetsRequest$,
      () => DeregisterDBProxyTargetsResponse$
    ], DescribeAccountAttributes$ = [
      9,
      n0,
      _DAA,
      0,
      () => DescribeAccountAttributesMessage$,
      () => AccountAttributesMessage$
    ], DescribeBlueGreenDeployments$ = [
      9,
      n0,
      _DBGDe,
      0,
      () => DescribeBlueGreenDeploymentsRequest$,
      () => DescribeBlueGreenDeploymentsResponse$
    ], DescribeCertificates$ = [
      9,
      n0,
      _DC,
      0,
      () => DescribeCertificatesMessage$,
      () => CertificateMessage$
    ], DescribeDBCapacityReservations$ = [
      9,
      n0,
      _DDBCRe,
      0,
      () => DescribeDBCapacityReservationsRequest$,
      () => DescribeDBCapacityReservationsResponse$
    ], DescribeDBClusterAutomatedBackups$ = [
      9,
      n0,
      _DDBCABe,
      0,
      () => DescribeDBClusterAutomatedBackupsMessage$,
      () => DBClusterAutomatedBackupMessage$
    ], DescribeDBClusterBacktracks$ = [
      9,
      n0,
      _DDBCB,
      0,
      () => DescribeDBClusterBacktracksMessage$,
      () => DBClusterBacktrackMessage$
    ], DescribeDBClusterEndpoints$ = [
      9,
      n0,
      _DDBCEe,
      0,
      () => DescribeDBClusterEndpointsMessage$,
      () => DBClusterEndpointMessage$
    ], DescribeDBClusterParameterGroups$ = [
      9,
      n0,
      _DDBCPGe,
      0,
      () => DescribeDBClusterParameterGroupsMessage$,
      () => DBClusterParameterGroupsMessage$
    ], DescribeDBClusterParameters$ = [
      9,
      n0,
      _DDBCP,
      0,
      () => DescribeDBClusterParametersMessage$,
      () => DBClusterParameterGroupDetails$
    ], DescribeDBClusters$ = [
      9,
      n0,
      _DDBCe,
      0,
      () => DescribeDBClustersMessage$,
      () => DBClusterMessage$
    ], DescribeDBClusterSnapshotAttributes$ = [
      9,
      n0,
      _DDBCSA,
      0,
      () => DescribeDBClusterSnapshotAttributesMessage$,
      () => DescribeDBClusterSnapshotAttributesResult$
    ], DescribeDBClusterSnapshots$ = [
      9,
      n0,
      _DDBCSe,
      0,
      () => DescribeDBClusterSnapshotsMessage$,
      () => DBClusterSnapshotMessage$
    ], DescribeDBEngineVersions$ = [
      9,
      n0,
      _DDBEV,
      0,
      () => DescribeDBEngineVersionsMessage$,
      () => DBEngineVersionMessage$
    ], DescribeDBInstanceAutomatedBackups$ = [
      9,
      n0,
      _DDBIABe,
      0,
      () => DescribeDBInstanceAutomatedBackupsMessage$,
      () => DBInstanceAutomatedBackupMessage$
    ], DescribeDBInstances$ = [
      9,
      n0,
      _DDBIe,
      0,
      () => DescribeDBInstancesMessage$,
      () => DBInstanceMessage$
    ], DescribeDBLogFiles$ = [
      9,
      n0,
      _DDBLF,
      0,
      () => DescribeDBLogFilesMessage$,
      () => DescribeDBLogFilesResponse$
    ], DescribeDBMajorEngineVersions$ = [
      9,
      n0,
      _DDBMEV,
      0,
      () => DescribeDBMajorEngineVersionsRequest$,
      () => DescribeDBMajorEngineVersionsResponse$
    ], DescribeDBParameterGroups$ = [
      9,
      n0,
      _DDBPGe,
      0,
      () => DescribeDBParameterGroupsMessage$,
      () => DBParameterGroupsMessage$
    ], DescribeDBParameters$ = [
      9,
      n0,
      _DDBPe,
      0,
      () => DescribeDBParametersMessage$,
      () => DBParameterGroupDetails$
    ], DescribeDBProxies$ = [
      9,
      n0,
      _DDBPes,
      0,
      () => DescribeDBProxiesRequest$,
      () => DescribeDBProxiesResponse$
    ], DescribeDBProxyEndpoints$ = [
      9,
      n0,
      _DDBPEe,
      0,
      () => DescribeDBProxyEndpointsRequest$,
      () => DescribeDBProxyEndpointsResponse$
    ], DescribeDBProxyTargetGroups$ = [
      9,
      n0,
      _DDBPTG,
      0,
      () => DescribeDBProxyTargetGroupsRequest$,
      () => DescribeDBProxyTargetGroupsResponse$
    ], DescribeDBProxyTargets$ = [
      9,
      n0,
      _DDBPTe,
      0,
      () => DescribeDBProxyTargetsRequest$,
      () => DescribeDBProxyTargetsResponse$
    ], DescribeDBRecommendations$ = [
      9,
      n0,
      _DDBR,
      0,
      () => DescribeDBRecommendationsMessage$,
      () => DBRecommendationsMessage$
    ], DescribeDBSecurityGroups$ = [
      9,
      n0,
      _DDBSGes,
      0,
      () => DescribeDBSecurityGroupsMessage$,
      () => DBSecurityGroupMessage$
    ], DescribeDBShardGroups$ = [
      9,
      n0,
      _DDBSGesc,
      0,
      () => DescribeDBShardGroupsMessage$,
      () => DescribeDBShardGroupsResponse$
    ], DescribeDBSnapshotAttributes$ = [
      9,
      n0,
      _DDBSA,
      0,
      () => DescribeDBSnapshotAttributesMessage$,
      () => DescribeDBSnapshotAttributesResult$
    ], DescribeDBSnapshots$ = [
      9,
      n0,
      _DDBSe,
      0,
      () => DescribeDBSnapshotsMessage$,
      () => DBSnapshotMessage$
    ], DescribeDBSnapshotTenantDatabases$ = [
      9,
      n0,
      _DDBSTD,
      0,
      () => DescribeDBSnapshotTenantDatabasesMessage$,
      () => DBSnapshotTenantDatabasesMessage$
    ], DescribeDBSubnetGroups$ = [
      9,
      n0,
      _DDBSGescr,
      0,
      () => DescribeDBSubnetGroupsMessage$,
      () => DBSubnetGroupMessage$
    ], DescribeEngineDefaultClusterParameters$ = [
      9,
      n0,
      _DEDCP,
      0,
      () => DescribeEngineDefaultClusterParametersMessage$,
      () => DescribeEngineDefaultClusterParametersResult$
    ], DescribeEngineDefaultParameters$ = [
      9,
      n0,
      _DEDP,
      0,
      () => DescribeEngineDefaultParametersMessage$,
      () => DescribeEngineDefaultParametersResult$
    ], DescribeEventCategories$ = [
      9,
      n0,
      _DEC,
      0,
      () => DescribeEventCategoriesMessage$,
      () => EventCategoriesMessage$
    ], DescribeEvents$ = [
      9,
      n0,
      _DE,
      0,
      () => DescribeEventsMessage$,
      () => EventsMessage$
    ], DescribeEventSubscriptions$ = [
      9,
      n0,
      _DESe,
      0,
      () => DescribeEventSubscriptionsMessage$,
      () => EventSubscriptionsMessage$
    ], DescribeExportTasks$ = [
      9,
      n0,
      _DET,
      0,
      () => DescribeExportTasksMessage$,
      () => ExportTasksMessage$
    ], DescribeGlobalClusters$ = [
      9,
      n0,
      _DGCe,
      0,
      () => DescribeGlobalClustersMessage$,
      () => GlobalClustersMessage$
    ], DescribeIntegrations$ = [
      9,
      n0,
      _DIes,
      0,
      () => DescribeIntegrationsMessage$,
      () => DescribeIntegrationsResponse$
    ], DescribeOptionGroupOptions$ = [
      9,
      n0,
      _DOGO,
      0,
      () => DescribeOptionGroupOptionsMessage$,
      () => OptionGroupOptionsMessage$
    ], DescribeOptionGroups$ = [
      9,
      n0,
      _DOGe,
      0,
      () => DescribeOptionGroupsMessage$,
      () => OptionGroups$
    ], DescribeOrderableDBInstanceOptions$ = [
      9,
      n0,
      _DODBIO,
      0,
      () => DescribeOrderableDBInstanceOptionsMessage$,
      () => OrderableDBInstanceOptionsMessage$
    ], DescribePendingMaintenanceActions$ = [
      9,
      n0,
      _DPMA,
      0,
      () => DescribePendingMaintenanceActionsMessage$,
      () => PendingMaintenanceActionsMessage$
    ], DescribeReservedDBInstances$ = [
      9,
      n0,
      _DRDBI,
      0,
      () => DescribeReservedDBInstancesMessage$,
      () => ReservedDBInstanceMessage$
    ], DescribeReservedDBInstancesOfferings$ = [
      9,
      n0,
      _DRDBIO,
      0,
      () => DescribeReservedDBInstancesOfferingsMessage$,
      () => ReservedDBInstancesOfferingMessage$
    ], DescribeServerlessV2PlatformVersions$ = [
      9,
      n0,
      _DSVPV,
      0,
      () => DescribeServerlessV2PlatformVersionsMessage$,
      () => ServerlessV2PlatformVersionsMessage$
    ], DescribeSourceRegions$ = [
      9,
      n0,
      _DSR,
      0,
      () => DescribeSourceRegionsMessage$,
      () => SourceRegionMessage$
    ], DescribeTenantDatabases$ = [
      9,
      n0,
      _DTDe,
      0,
      () => DescribeTenantDatabasesMessage$,
      () => TenantDatabasesMessage$
    ], DescribeValidDBInstanceModifications$ = [
      9,
      n0,
      _DVDBIM,
      0,
      () => DescribeValidDBInstanceModificationsMessage$,
      () => DescribeValidDBInstanceModificationsResult$
    ], DisableHttpEndpoint$ = [
      9,
      n0,
      _DHE,
      0,
      () => DisableHttpEndpointRequest$,
      () => DisableHttpEndpointResponse$
    ], DownloadDBLogFilePortion$ = [
      9,
      n0,
      _DDBLFP,
      0,
      () => DownloadDBLogFilePortionMessage$,
      () => DownloadDBLogFilePortionDetails$
    ], EnableHttpEndpoint$ = [
      9,
      n0,
      _EHE,
      0,
      () => EnableHttpEndpointRequest$,
      () => EnableHttpEndpointResponse$
    ], FailoverDBCluster$ = [
      9,
      n0,
      _FDBC,
      0,
      () => FailoverDBClusterMessage$,
      () => FailoverDBClusterResult$
    ], FailoverGlobalCluster$ = [
      9,
      n0,
      _FGC,
      0,
      () => FailoverGlobalClusterMessage$,
      () => FailoverGlobalClusterResult$
    ], ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceMessage$,
      () => TagListMessage$
    ], ModifyActivityStream$ = [
      9,
      n0,
      _MASo,
      0,
      () => ModifyActivityStreamRequest$,
      () => ModifyActivityStreamResponse$
    ], ModifyCertificates$ = [
      9,
      n0,
      _MCo,
      0,
      () => ModifyCertificatesMessage$,
      () => ModifyCertificatesResult$
    ], ModifyCurrentDBClusterCapacity$ = [
      9,
      n0,
      _MCDBCC,
      0,
      () => ModifyCurrentDBClusterCapacityMessage$,
      () => DBClusterCapacityInfo$
    ], ModifyCustomDBEngineVersion$ = [
      9,
      n0,
      _MCDBEV,
      0,
      () => ModifyCustomDBEngineVersionMessage$,
      () => DBEngineVersion$
    ], ModifyDBCapacityReservation$ = [
      9,
      n0,
      _MDBCRo,
      0,
      () => ModifyDBCapacityReservationRequest$,
      () => ModifyDBCapacityReservationResponse$
    ], ModifyDBCluster$ = [
      9,
      n0,
      _MDBC,
      0,
      () => ModifyDBClusterMessage$,
      () => ModifyDBClusterResult$
    ], ModifyDBClusterEndpoint$ = [
      9,
      n0,
      _MDBCE,
      0,
      () => ModifyDBClusterEndpointMessage$,
      () => DBClusterEndpoint$
    ], ModifyDBClusterParameterGroup$ = [
      9,
      n0,
      _MDBCPG,
      0,
      () => ModifyDBClusterParameterGroupMessage$,
      () => DBClusterParameterGroupNameMessage$
    ], ModifyDBClusterSnapshotAttribute$ = [
      9,
      n0,
      _MDBCSA,
      0,
      () => ModifyDBClusterSnapshotAttributeMessage$,
      () => ModifyDBClusterSnapshotAttributeResult$
    ], ModifyDBInstance$ = [
      9,
      n0,
      _MDBI,
      0,
      () => ModifyDBInstanceMessage$,
      () => ModifyDBInstanceResult$
    ], ModifyDBParameterGroup$ = [
      9,
      n0,
      _MDBPG,
      0,
      () => ModifyDBParameterGroupMessage$,
      () => DBParameterGroupNameMessage$
    ], ModifyDBProxy$ = [
      9,
      n0,
      _MDBP,
      0,
      () => ModifyDBProxyRequest$,
      () => ModifyDBProxyResponse$
    ], ModifyDBProxyEndpoint$ = [
      9,
      n0,
      _MDBPE,
      0,
      () => ModifyDBProxyEndpointRequest$,
      () => ModifyDBProxyEndpointResponse$
    ], ModifyDBProxyTargetGroup$ = [
      9,
      n0,
      _MDBPTG,
      0,
      () => ModifyDBProxyTargetGroupRequest$,
      () => ModifyDBProxyTargetGroupResponse$
    ], ModifyDBRecommendation$ = [
      9,
      n0,
      _MDBR,
      0,
      () => ModifyDBRecommendationMessage$,
      () => DBRecommendationMessage$
    ], ModifyDBShardGroup$ = [
      9,
      n0,
      _MDBSG,
      0,
      () => ModifyDBShardGroupMessage$,
      () => DBShardGroup$
    ], ModifyDBSnapshot$ = [
      9,
      n0,
      _MDBS,
      0,
      () => ModifyDBSnapshotMessage$,
      () => ModifyDBSnapshotResult$
    ], ModifyDBSnapshotAttribute$ = [
      9,
      n0,
      _MDBSA,
      0,
      () => ModifyDBSnapshotAttributeMessage$,
      () => ModifyDBSnapshotAttributeResult$
    ], ModifyDBSubnetGroup$ = [
      9,
      n0,
      _MDBSGo,
      0,
      () => ModifyDBSubnetGroupMessage$,
      () => ModifyDBSubnetGroupResult$
    ], ModifyEventSubscription$ = [
      9,
      n0,
      _MES,
      0,
      () => ModifyEventSubscriptionMessage$,
      () => ModifyEventSubscriptionResult$
    ], ModifyGlobalCluster$ = [
      9,
      n0,
      _MGC,
      0,
      () => ModifyGlobalClusterMessage$,
      () => ModifyGlobalClusterResult$
    ], ModifyIntegration$ = [
      9,
      n0,
      _MIod,
      0,
      () => ModifyIntegrationMessage$,
      () => Integration$
    ], ModifyOptionGroup$ = [
      9,
      n0,
      _MOG,
      0,
      () => ModifyOptionGroupMessage$,
      () => ModifyOptionGroupResult$
    ], ModifyTenantDatabase$ = [
      9,
      n0,
      _MTD,
      0,
      () => ModifyTenantDatabaseMessage$,
      () => ModifyTenantDatabaseResult$
    ], PromoteReadReplica$ = [
      9,
      n0,
      _PRR,
      0,
      () => PromoteReadReplicaMessage$,
      () => PromoteReadReplicaResult$
    ], PromoteReadReplicaDBCluster$ = [
      9,
      n0,
      _PRRDBC,
      0,
      () => PromoteReadReplicaDBClusterMessage$,
      () => PromoteReadReplicaDBClusterResult$
    ], PurchaseReservedDBInstancesOffering$ = [
      9,
      n0,
      _PRDBIO,
      0,
      () => PurchaseReservedDBInstancesOfferingMessage$,
      () => PurchaseReservedDBInstancesOfferingResult$
    ], RebootDBCluster$ = [
      9,
      n0,
      _RDBC,
      0,
      () => RebootDBClusterMessage$,
      () => RebootDBClusterResult$
    ], RebootDBInstance$ = [
      9,
      n0,
      _RDBIeb,
      0,
      () => RebootDBInstanceMessage$,
      () => RebootDBInstanceResult$
    ], RebootDBShardGroup$ = [
      9,
      n0,
      _RDBSG,
      0,
      () => RebootDBShardGroupMessage$,
      () => DBShardGroup$
    ], RegisterDBProxyTargets$ = [
      9,
      n0,
      _RDBPT,
      0,
      () => RegisterDBProxyTargetsRequest$,
      () => RegisterDBProxyTargetsResponse$
    ], RemoveFromGlobalCluster$ = [
      9,
      n0,
      _RFGC,
      0,
      () => RemoveFromGlobalClusterMessage$,
      () => RemoveFromGlobalClusterResult$
    ], RemoveRoleFromDBCluster$ = [
      9,
      n0,
      _RRFDBC,
      0,
      () => RemoveRoleFromDBClusterMessage$,
      () => __Unit
    ], RemoveRoleFromDBInstance$ = [
      9,
      n0,
      _RRFDBI,
      0,
      () => RemoveRoleFromDBInstanceMessage$,
      () => __Unit
    ], RemoveSourceIdentifierFromSubscription$ = [
      9,
      n0,
      _RSIFS,
      0,
      () => RemoveSourceIdentifierFromSubscriptionMessage$,
      () => RemoveSourceIdentifierFromSubscriptionResult$
    ], RemoveTagsFromResource$ = [
      9,
      n0,
      _RTFR,
      0,
      () => RemoveTagsFromResourceMessage$,
      () => __Unit
    ], ResetDBClusterParameterGroup$ = [
      9,
      n0,
      _RDBCPG,
      0,
      () => ResetDBClusterParameterGroupMessage$,
      () => DBClusterParameterGroupNameMessage$
    ], ResetDBParameterGroup$ = [
      9,
      n0,
      _RDBPG,
      0,
      () => ResetDBParameterGroupMessage$,
      () => DBParameterGroupNameMessage$
    ], RestoreDBClusterFromS3$ = [
      9,
      n0,
      _RDBCFS,
      0,
      () => RestoreDBClusterFromS3Message$,
      () => RestoreDBClusterFromS3Result$
    ], RestoreDBClusterFromSnapshot$ = [
      9,
      n0,
      _RDBCFSe,
      0,
      () => RestoreDBClusterFromSnapshotMessage$,
      () => RestoreDBClusterFromSnapshotResult$
    ], RestoreDBClusterToPointInTime$ = [
      9,
      n0,
      _RDBCTPIT,
      0,
      () => RestoreDBClusterToPointInTimeMessage$,
      () => RestoreDBClusterToPointInTimeResult$
    ], RestoreDBInstanceFromDBSnapshot$ = [
      9,
      n0,
      _RDBIFDBS,
      0,
      () => RestoreDBInstanceFromDBSnapshotMessage$,
      () => RestoreDBInstanceFromDBSnapshotResult$
    ], RestoreDBInstanceFromS3$ = [
      9,
      n0,
      _RDBIFS,
      0,
      () => RestoreDBInstanceFromS3Message$,
      () => RestoreDBInstanceFromS3Result$
    ], RestoreDBInstanceToPointInTime$ = [
      9,
      n0,
      _RDBITPIT,
      0,
      () => RestoreDBInstanceToPointInTimeMessage$,
      () => RestoreDBInstanceToPointInTimeResult$
    ], RevokeDBSecurityGroupIngress$ = [
      9,
      n0,
      _RDBSGI,
      0,
      () => RevokeDBSecurityGroupIngressMessage$,
      () => RevokeDBSecurityGroupIngressResult$
    ], StartActivityStream$ = [
      9,
      n0,
      _SAS,
      0,
      () => StartActivityStreamRequest$,
      () => StartActivityStreamResponse$
    ], StartDBCluster$ = [
      9,
      n0,
      _SDBC,
      0,
      () => StartDBClusterMessage$,
      () => StartDBClusterResult$
    ], StartDBInstance$ = [
      9,
      n0,
      _SDBI,
      0,
      () => StartDBInstanceMessage$,
      () => StartDBInstanceResult$
    ], StartDBInstanceAutomatedBackupsReplication$ = [
      9,
      n0,
      _SDBIABRt,
      0,
      () => StartDBInstanceAutomatedBackupsReplicationMessage$,
      () => StartDBInstanceAutomatedBackupsReplicationResult$
    ], StartExportTask$ = [
      9,
      n0,
      _SETt,
      0,
      () => StartExportTaskMessage$,
      () => ExportTask$
    ], StopActivityStream$ = [
      9,
      n0,
      _SASt,
      0,
      () => StopActivityStreamRequest$,
      () => StopActivityStreamResponse$
    ], StopDBCluster$ = [
      9,
      n0,
      _SDBCt,
      0,
      () => StopDBClusterMessage$,
      () => StopDBClusterResult$
    ], StopDBInstance$ = [
      9,
      n0,
      _SDBIt,
      0,
      () => StopDBInstanceMessage$,
      () => StopDBInstanceResult$
    ], StopDBInstanceAutomatedBackupsReplication$ = [
      9,
      n0,
      _SDBIABRto,
      0,
      () => StopDBInstanceAutomatedBackupsReplicationMessage$,
      () => StopDBInstanceAutomatedBackupsReplicationResult$
    ], SwitchoverBlueGreenDeployment$ = [
      9,
      n0,
      _SBGD,
      0,
      () => SwitchoverBlueGreenDeploymentRequest$,
      () => SwitchoverBlueGreenDeploymentResponse$
    ], SwitchoverGlobalCluster$ = [
      9,
      n0,
      _SGC,
      0,
      () => SwitchoverGlobalClusterMessage$,
      () => SwitchoverGlobalClusterResult$
    ], SwitchoverReadReplica$ = [
      9,
      n0,
      _SRRw,
      0,
      () => SwitchoverReadReplicaMessage$,
      () => SwitchoverReadReplicaResult$
    ], getRuntimeConfig$1 = (config) => ({
      apiVersion: "2014-10-31",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRDSHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
          signer: new AwsSdkSigV4Signer()
        }
      ],
      logger: config?.logger ?? new NoOpLogger(),
      protocol: config?.protocol ?? AwsQueryProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.rds",
        errorTypeRegistries,
        xmlNamespace: "http://rds.amazonaws.com/doc/2014-10-31/",
        version: "2014-10-31",
        serviceTarget: "AmazonRDSv19"
      },
      serviceId: config?.serviceId ?? "RDS",
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
    }, RDSClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = resolveHostHeaderConfig(_config_4), _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig(_config_6), _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultRDSHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }, command = makeBuilder(commonParams, "AmazonRDSv19", "RDSClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o) => [], _mw1 = (Command, cs, config, o) => [
      getCrossRegionPresignedUrlPlugin(config)
    ], AddRoleToDBClusterCommand = class extends command(_ep0, _mw0, "AddRoleToDBCluster", AddRoleToDBCluster$) {
    }, AddRoleToDBInstanceCommand = class extends command(_ep0, _mw0, "AddRoleToDBInstance", AddRoleToDBInstance$) {
    }, AddSourceIdentifierToSubscriptionCommand = class extends command(_ep0, _mw0, "AddSourceIdentifierToSubscription", AddSourceIdentifierToSubscription$) {
    }, AddTagsToResourceCommand = class extends command(_ep0, _mw0, "AddTagsToResource", AddTagsToResource$) {
    }, ApplyPendingMaintenanceActionCommand = class extends command(_ep0, _mw0, "ApplyPendingMaintenanceAction", ApplyPendingMaintenanceAction$) {
    }, AuthorizeDBSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "AuthorizeDBSecurityGroupIngress", AuthorizeDBSecurityGroupIngress$) {
    }, BacktrackDBClusterCommand = class extends command(_ep0, _mw0, "BacktrackDBCluster", BacktrackDBCluster$) {
    }, CancelDBCapacityReservationCommand = class extends command(_ep0, _mw0, "CancelDBCapacityReservation", CancelDBCapacityReservation$) {
    }, CancelExportTaskCommand = class extends command(_ep0, _mw0, "CancelExportTask", CancelExportTask$) {
    }, CopyDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "CopyDBClusterParameterGroup", CopyDBClusterParameterGroup$) {
    }, CopyDBClusterSnapshotCommand = class extends command(_ep0, _mw1, "CopyDBClusterSnapshot", CopyDBClusterSnapshot$) {
    }, CopyDBParameterGroupCommand = class extends command(_ep0, _mw0, "CopyDBParameterGroup", CopyDBParameterGroup$) {
    }, CopyDBSnapshotCommand = class extends command(_ep0, _mw1, "CopyDBSnapshot", CopyDBSnapshot$) {
    }, CopyOptionGroupCommand = class extends command(_ep0, _mw0, "CopyOptionGroup", CopyOptionGroup$) {
    }, CreateBlueGreenDeploymentCommand = class extends command(_ep0, _mw0, "CreateBlueGreenDeployment", CreateBlueGreenDeployment$) {
    }, CreateCustomDBEngineVersionCommand = class extends command(_ep0, _mw0, "CreateCustomDBEngineVersion", CreateCustomDBEngineVersion$) {
    }, CreateDBCapacityReservationCommand = class extends command(_ep0, _mw0, "CreateDBCapacityReservation", CreateDBCapacityReservation$) {
    }, CreateDBClusterCommand = class extends command(_ep0, _mw1, "CreateDBCluster", CreateDBCluster$) {
    }, CreateDBClusterEndpointCommand = class extends command(_ep0, _mw0, "CreateDBClusterEndpoint", CreateDBClusterEndpoint$) {
    }, CreateDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "CreateDBClusterParameterGroup", CreateDBClusterParameterGroup$) {
    }, CreateDBClusterSnapshotCommand = class extends command(_ep0, _mw0, "CreateDBClusterSnapshot", CreateDBClusterSnapshot$) {
    }, CreateDBInstanceCommand = class extends command(_ep0, _mw0, "CreateDBInstance", CreateDBInstance$) {
    }, CreateDBInstanceReadReplicaCommand = class extends command(_ep0, _mw1, "CreateDBInstanceReadReplica", CreateDBInstanceReadReplica$) {
    }, CreateDBParameterGroupCommand = class extends command(_ep0, _mw0, "CreateDBParameterGroup", CreateDBParameterGroup$) {
    }, CreateDBProxyCommand = class extends command(_ep0, _mw0, "CreateDBProxy", CreateDBProxy$) {
    }, CreateDBProxyEndpointCommand = class extends command(_ep0, _mw0, "CreateDBProxyEndpoint", CreateDBProxyEndpoint$) {
    }, CreateDBSecurityGroupCommand = class extends command(_ep0, _mw0, "CreateDBSecurityGroup", CreateDBSecurityGroup$) {
    }, CreateDBShardGroupCommand = class extends command(_ep0, _mw0, "CreateDBShardGroup", CreateDBShardGroup$) {
    }, CreateDBSnapshotCommand = class extends command(_ep0, _mw0, "CreateDBSnapshot", CreateDBSnapshot$) {
    }, CreateDBSubnetGroupCommand = class extends command(_ep0, _mw0, "CreateDBSubnetGroup", CreateDBSubnetGroup$) {
    }, CreateEventSubscriptionCommand = class extends command(_ep0, _mw0, "CreateEventSubscription", CreateEventSubscription$) {
    }, CreateGlobalClusterCommand = class extends command(_ep0, _mw0, "CreateGlobalCluster", CreateGlobalCluster$) {
    }, CreateIntegrationCommand = class extends command(_ep0, _mw0, "CreateIntegration", CreateIntegration$) {
    }, CreateOptionGroupCommand = class extends command(_ep0, _mw0, "CreateOptionGroup", CreateOptionGroup$) {
    }, CreateTenantDatabaseCommand = class extends command(_ep0, _mw0, "CreateTenantDatabase", CreateTenantDatabase$) {
    }, DeleteBlueGreenDeploymentCommand = class extends command(_ep0, _mw0, "DeleteBlueGreenDeployment", DeleteBlueGreenDeployment$) {
    }, DeleteCustomDBEngineVersionCommand = class extends command(_ep0, _mw0, "DeleteCustomDBEngineVersion", DeleteCustomDBEngineVersion$) {
    }, DeleteDBClusterAutomatedBackupCommand = class extends command(_ep0, _mw0, "DeleteDBClusterAutomatedBackup", DeleteDBClusterAutomatedBackup$) {
    }, DeleteDBClusterCommand = class extends command(_ep0, _mw0, "DeleteDBCluster", DeleteDBCluster$) {
    }, DeleteDBClusterEndpointCommand = class extends command(_ep0, _mw0, "DeleteDBClusterEndpoint", DeleteDBClusterEndpoint$) {
    }, DeleteDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "DeleteDBClusterParameterGroup", DeleteDBClusterParameterGroup$) {
    }, DeleteDBClusterSnapshotCommand = class extends command(_ep0, _mw0, "DeleteDBClusterSnapshot", DeleteDBClusterSnapshot$) {
    }, DeleteDBInstanceAutomatedBackupCommand = class extends command(_ep0, _mw0, "DeleteDBInstanceAutomatedBackup", DeleteDBInstanceAutomatedBackup$) {
    }, DeleteDBInstanceCommand = class extends command(_ep0, _mw0, "DeleteDBInstance", DeleteDBInstance$) {
    }, DeleteDBParameterGroupCommand = class extends command(_ep0, _mw0, "DeleteDBParameterGroup", DeleteDBParameterGroup$) {
    }, DeleteDBProxyCommand = class extends command(_ep0, _mw0, "DeleteDBProxy", DeleteDBProxy$) {
    }, DeleteDBProxyEndpointCommand = class extends command(_ep0, _mw0, "DeleteDBProxyEndpoint", DeleteDBProxyEndpoint$) {
    }, DeleteDBSecurityGroupCommand = class extends command(_ep0, _mw0, "DeleteDBSecurityGroup", DeleteDBSecurityGroup$) {
    }, DeleteDBShardGroupCommand = class extends command(_ep0, _mw0, "DeleteDBShardGroup", DeleteDBShardGroup$) {
    }, DeleteDBSnapshotCommand = class extends command(_ep0, _mw0, "DeleteDBSnapshot", DeleteDBSnapshot$) {
    }, DeleteDBSubnetGroupCommand = class extends command(_ep0, _mw0, "DeleteDBSubnetGroup", DeleteDBSubnetGroup$) {
    }, DeleteEventSubscriptionCommand = class extends command(_ep0, _mw0, "DeleteEventSubscription", DeleteEventSubscription$) {
    }, DeleteGlobalClusterCommand = class extends command(_ep0, _mw0, "DeleteGlobalCluster", DeleteGlobalCluster$) {
    }, DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
    }, DeleteOptionGroupCommand = class extends command(_ep0, _mw0, "DeleteOptionGroup", DeleteOptionGroup$) {
    }, DeleteTenantDatabaseCommand = class extends command(_ep0, _mw0, "DeleteTenantDatabase", DeleteTenantDatabase$) {
    }, DeregisterDBProxyTargetsCommand = class extends command(_ep0, _mw0, "DeregisterDBProxyTargets", DeregisterDBProxyTargets$) {
    }, DescribeAccountAttributesCommand = class extends command(_ep0, _mw0, "DescribeAccountAttributes", DescribeAccountAttributes$) {
    }, DescribeBlueGreenDeploymentsCommand = class extends command(_ep0, _mw0, "DescribeBlueGreenDeployments", DescribeBlueGreenDeployments$) {
    }, DescribeCertificatesCommand = class extends command(_ep0, _mw0, "DescribeCertificates", DescribeCertificates$) {
    }, DescribeDBCapacityReservationsCommand = class extends command(_ep0, _mw0, "DescribeDBCapacityReservations", DescribeDBCapacityReservations$) {
    }, DescribeDBClusterAutomatedBackupsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterAutomatedBackups", DescribeDBClusterAutomatedBackups$) {
    }, DescribeDBClusterBacktracksCommand = class extends command(_ep0, _mw0, "DescribeDBClusterBacktracks", DescribeDBClusterBacktracks$) {
    }, DescribeDBClusterEndpointsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterEndpoints", DescribeDBClusterEndpoints$) {
    }, DescribeDBClusterParameterGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBClusterParameterGroups", DescribeDBClusterParameterGroups$) {
    }, DescribeDBClusterParametersCommand = class extends command(_ep0, _mw0, "DescribeDBClusterParameters", DescribeDBClusterParameters$) {
    }, DescribeDBClustersCommand2 = class extends command(_ep0, _mw0, "DescribeDBClusters", DescribeDBClusters$) {
    }, DescribeDBClusterSnapshotAttributesCommand = class extends command(_ep0, _mw0, "DescribeDBClusterSnapshotAttributes", DescribeDBClusterSnapshotAttributes$) {
    }, DescribeDBClusterSnapshotsCommand2 = class extends command(_ep0, _mw0, "DescribeDBClusterSnapshots", DescribeDBClusterSnapshots$) {
    }, DescribeDBEngineVersionsCommand = class extends command(_ep0, _mw0, "DescribeDBEngineVersions", DescribeDBEngineVersions$) {
    }, DescribeDBInstanceAutomatedBackupsCommand = class extends command(_ep0, _mw0, "DescribeDBInstanceAutomatedBackups", DescribeDBInstanceAutomatedBackups$) {
    }, DescribeDBInstancesCommand2 = class extends command(_ep0, _mw0, "DescribeDBInstances", DescribeDBInstances$) {
    }, DescribeDBLogFilesCommand = class extends command(_ep0, _mw0, "DescribeDBLogFiles", DescribeDBLogFiles$) {
    }, DescribeDBMajorEngineVersionsCommand = class extends command(_ep0, _mw0, "DescribeDBMajorEngineVersions", DescribeDBMajorEngineVersions$) {
    }, DescribeDBParameterGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBParameterGroups", DescribeDBParameterGroups$) {
    }, DescribeDBParametersCommand = class extends command(_ep0, _mw0, "DescribeDBParameters", DescribeDBParameters$) {
    }, DescribeDBProxiesCommand = class extends command(_ep0, _mw0, "DescribeDBProxies", DescribeDBProxies$) {
    }, DescribeDBProxyEndpointsCommand = class extends command(_ep0, _mw0, "DescribeDBProxyEndpoints", DescribeDBProxyEndpoints$) {
    }, DescribeDBProxyTargetGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBProxyTargetGroups", DescribeDBProxyTargetGroups$) {
    }, DescribeDBProxyTargetsCommand = class extends command(_ep0, _mw0, "DescribeDBProxyTargets", DescribeDBProxyTargets$) {
    }, DescribeDBRecommendationsCommand = class extends command(_ep0, _mw0, "DescribeDBRecommendations", DescribeDBRecommendations$) {
    }, DescribeDBSecurityGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBSecurityGroups", DescribeDBSecurityGroups$) {
    }, DescribeDBShardGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBShardGroups", DescribeDBShardGroups$) {
    }, DescribeDBSnapshotAttributesCommand = class extends command(_ep0, _mw0, "DescribeDBSnapshotAttributes", DescribeDBSnapshotAttributes$) {
    }, DescribeDBSnapshotsCommand2 = class extends command(_ep0, _mw0, "DescribeDBSnapshots", DescribeDBSnapshots$) {
    }, DescribeDBSnapshotTenantDatabasesCommand = class extends command(_ep0, _mw0, "DescribeDBSnapshotTenantDatabases", DescribeDBSnapshotTenantDatabases$) {
    }, DescribeDBSubnetGroupsCommand = class extends command(_ep0, _mw0, "DescribeDBSubnetGroups", DescribeDBSubnetGroups$) {
    }, DescribeEngineDefaultClusterParametersCommand = class extends command(_ep0, _mw0, "DescribeEngineDefaultClusterParameters", DescribeEngineDefaultClusterParameters$) {
    }, DescribeEngineDefaultParametersCommand = class extends command(_ep0, _mw0, "DescribeEngineDefaultParameters", DescribeEngineDefaultParameters$) {
    }, DescribeEventCategoriesCommand = class extends command(_ep0, _mw0, "DescribeEventCategories", DescribeEventCategories$) {
    }, DescribeEventsCommand = class extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {
    }, DescribeEventSubscriptionsCommand = class extends command(_ep0, _mw0, "DescribeEventSubscriptions", DescribeEventSubscriptions$) {
    }, DescribeExportTasksCommand = class extends command(_ep0, _mw0, "DescribeExportTasks", DescribeExportTasks$) {
    }, DescribeGlobalClustersCommand = class extends command(_ep0, _mw0, "DescribeGlobalClusters", DescribeGlobalClusters$) {
    }, DescribeIntegrationsCommand = class extends command(_ep0, _mw0, "DescribeIntegrations", DescribeIntegrations$) {
    }, DescribeOptionGroupOptionsCommand = class extends command(_ep0, _mw0, "DescribeOptionGroupOptions", DescribeOptionGroupOptions$) {
    }, DescribeOptionGroupsCommand = class extends command(_ep0, _mw0, "DescribeOptionGroups", DescribeOptionGroups$) {
    }, DescribeOrderableDBInstanceOptionsCommand = class extends command(_ep0, _mw0, "DescribeOrderableDBInstanceOptions", DescribeOrderableDBInstanceOptions$) {
    }, DescribePendingMaintenanceActionsCommand = class extends command(_ep0, _mw0, "DescribePendingMaintenanceActions", DescribePendingMaintenanceActions$) {
    }, DescribeReservedDBInstancesCommand = class extends command(_ep0, _mw0, "DescribeReservedDBInstances", DescribeReservedDBInstances$) {
    }, DescribeReservedDBInstancesOfferingsCommand = class extends command(_ep0, _mw0, "DescribeReservedDBInstancesOfferings", DescribeReservedDBInstancesOfferings$) {
    }, DescribeServerlessV2PlatformVersionsCommand = class extends command(_ep0, _mw0, "DescribeServerlessV2PlatformVersions", DescribeServerlessV2PlatformVersions$) {
    }, DescribeSourceRegionsCommand = class extends command(_ep0, _mw0, "DescribeSourceRegions", DescribeSourceRegions$) {
    }, DescribeTenantDatabasesCommand = class extends command(_ep0, _mw0, "DescribeTenantDatabases", DescribeTenantDatabases$) {
    }, DescribeValidDBInstanceModificationsCommand = class extends command(_ep0, _mw0, "DescribeValidDBInstanceModifications", DescribeValidDBInstanceModifications$) {
    }, DisableHttpEndpointCommand = class extends command(_ep0, _mw0, "DisableHttpEndpoint", DisableHttpEndpoint$) {
    }, DownloadDBLogFilePortionCommand = class extends command(_ep0, _mw0, "DownloadDBLogFilePortion", DownloadDBLogFilePortion$) {
    }, EnableHttpEndpointCommand = class extends command(_ep0, _mw0, "EnableHttpEndpoint", EnableHttpEndpoint$) {
    }, FailoverDBClusterCommand = class extends command(_ep0, _mw0, "FailoverDBCluster", FailoverDBCluster$) {
    }, FailoverGlobalClusterCommand = class extends command(_ep0, _mw0, "FailoverGlobalCluster", FailoverGlobalCluster$) {
    }, ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    }, ModifyActivityStreamCommand = class extends command(_ep0, _mw0, "ModifyActivityStream", ModifyActivityStream$) {
    }, ModifyCertificatesCommand = class extends command(_ep0, _mw0, "ModifyCertificates", ModifyCertificates$) {
    }, ModifyCurrentDBClusterCapacityCommand = class extends command(_ep0, _mw0, "ModifyCurrentDBClusterCapacity", ModifyCurrentDBClusterCapacity$) {
    }, ModifyCustomDBEngineVersionCommand = class extends command(_ep0, _mw0, "ModifyCustomDBEngineVersion", ModifyCustomDBEngineVersion$) {
    }, ModifyDBCapacityReservationCommand = class extends command(_ep0, _mw0, "ModifyDBCapacityReservation", ModifyDBCapacityReservation$) {
    }, ModifyDBClusterCommand = class extends command(_ep0, _mw0, "ModifyDBCluster", ModifyDBCluster$) {
    }, ModifyDBClusterEndpointCommand = class extends command(_ep0, _mw0, "ModifyDBClusterEndpoint", ModifyDBClusterEndpoint$) {
    }, ModifyDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "ModifyDBClusterParameterGroup", ModifyDBClusterParameterGroup$) {
    }, ModifyDBClusterSnapshotAttributeCommand = class extends command(_ep0, _mw0, "ModifyDBClusterSnapshotAttribute", ModifyDBClusterSnapshotAttribute$) {
    }, ModifyDBInstanceCommand = class extends command(_ep0, _mw0, "ModifyDBInstance", ModifyDBInstance$) {
    }, ModifyDBParameterGroupCommand = class extends command(_ep0, _mw0, "ModifyDBParameterGroup", ModifyDBParameterGroup$) {
    }, ModifyDBProxyCommand = class extends command(_ep0, _mw0, "ModifyDBProxy", ModifyDBProxy$) {
    }, ModifyDBProxyEndpointCommand = class extends command(_ep0, _mw0, "ModifyDBProxyEndpoint", ModifyDBProxyEndpoint$) {
    }, ModifyDBProxyTargetGroupCommand = class extends command(_ep0, _mw0, "ModifyDBProxyTargetGroup", ModifyDBProxyTargetGroup$) {
    }, ModifyDBRecommendationCommand = class extends command(_ep0, _mw0, "ModifyDBRecommendation", ModifyDBRecommendation$) {
    }, ModifyDBShardGroupCommand = class extends command(_ep0, _mw0, "ModifyDBShardGroup", ModifyDBShardGroup$) {
    }, ModifyDBSnapshotAttributeCommand = class extends command(_ep0, _mw0, "ModifyDBSnapshotAttribute", ModifyDBSnapshotAttribute$) {
    }, ModifyDBSnapshotCommand = class extends command(_ep0, _mw0, "ModifyDBSnapshot", ModifyDBSnapshot$) {
    }, ModifyDBSubnetGroupCommand = class extends command(_ep0, _mw0, "ModifyDBSubnetGroup", ModifyDBSubnetGroup$) {
    }, ModifyEventSubscriptionCommand = class extends command(_ep0, _mw0, "ModifyEventSubscription", ModifyEventSubscription$) {
    }, ModifyGlobalClusterCommand = class extends command(_ep0, _mw0, "ModifyGlobalCluster", ModifyGlobalCluster$) {
    }, ModifyIntegrationCommand = class extends command(_ep0, _mw0, "ModifyIntegration", ModifyIntegration$) {
    }, ModifyOptionGroupCommand = class extends command(_ep0, _mw0, "ModifyOptionGroup", ModifyOptionGroup$) {
    }, ModifyTenantDatabaseCommand = class extends command(_ep0, _mw0, "ModifyTenantDatabase", ModifyTenantDatabase$) {
    }, PromoteReadReplicaCommand = class extends command(_ep0, _mw0, "PromoteReadReplica", PromoteReadReplica$) {
    }, PromoteReadReplicaDBClusterCommand = class extends command(_ep0, _mw0, "PromoteReadReplicaDBCluster", PromoteReadReplicaDBCluster$) {
    }, PurchaseReservedDBInstancesOfferingCommand = class extends command(_ep0, _mw0, "PurchaseReservedDBInstancesOffering", PurchaseReservedDBInstancesOffering$) {
    }, RebootDBClusterCommand = class extends command(_ep0, _mw0, "RebootDBCluster", RebootDBCluster$) {
    }, RebootDBInstanceCommand = class extends command(_ep0, _mw0, "RebootDBInstance", RebootDBInstance$) {
    }, RebootDBShardGroupCommand = class extends command(_ep0, _mw0, "RebootDBShardGroup", RebootDBShardGroup$) {
    }, RegisterDBProxyTargetsCommand = class extends command(_ep0, _mw0, "RegisterDBProxyTargets", RegisterDBProxyTargets$) {
    }, RemoveFromGlobalClusterCommand = class extends command(_ep0, _mw0, "RemoveFromGlobalCluster", RemoveFromGlobalCluster$) {
    }, RemoveRoleFromDBClusterCommand = class extends command(_ep0, _mw0, "RemoveRoleFromDBCluster", RemoveRoleFromDBCluster$) {
    }, RemoveRoleFromDBInstanceCommand = class extends command(_ep0, _mw0, "RemoveRoleFromDBInstance", RemoveRoleFromDBInstance$) {
    }, RemoveSourceIdentifierFromSubscriptionCommand = class extends command(_ep0, _mw0, "RemoveSourceIdentifierFromSubscription", RemoveSourceIdentifierFromSubscription$) {
    }, RemoveTagsFromResourceCommand = class extends command(_ep0, _mw0, "RemoveTagsFromResource", RemoveTagsFromResource$) {
    }, ResetDBClusterParameterGroupCommand = class extends command(_ep0, _mw0, "ResetDBClusterParameterGroup", ResetDBClusterParameterGroup$) {
    }, ResetDBParameterGroupCommand = class extends command(_ep0, _mw0, "ResetDBParameterGroup", ResetDBParameterGroup$) {
    }, RestoreDBClusterFromS3Command = class extends command(_ep0, _mw0, "RestoreDBClusterFromS3", RestoreDBClusterFromS3$) {
    }, RestoreDBClusterFromSnapshotCommand = class extends command(_ep0, _mw0, "RestoreDBClusterFromSnapshot", RestoreDBClusterFromSnapshot$) {
    }, RestoreDBClusterToPointInTimeCommand = class extends command(_ep0, _mw0, "RestoreDBClusterToPointInTime", RestoreDBClusterToPointInTime$) {
    }, RestoreDBInstanceFromDBSnapshotCommand = class extends command(_ep0, _mw0, "RestoreDBInstanceFromDBSnapshot", RestoreDBInstanceFromDBSnapshot$) {
    }, RestoreDBInstanceFromS3Command = class extends command(_ep0, _mw0, "RestoreDBInstanceFromS3", RestoreDBInstanceFromS3$) {
    }, RestoreDBInstanceToPointInTimeCommand = class extends command(_ep0, _mw0, "RestoreDBInstanceToPointInTime", RestoreDBInstanceToPointInTime$) {
    }, RevokeDBSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "RevokeDBSecurityGroupIngress", RevokeDBSecurityGroupIngress$) {
    }, StartActivityStreamCommand = class extends command(_ep0, _mw0, "StartActivityStream", StartActivityStream$) {
    }, StartDBClusterCommand = class extends command(_ep0, _mw0, "StartDBCluster", StartDBCluster$) {
    }, StartDBInstanceAutomatedBackupsReplicationCommand = class extends command(_ep0, _mw1, "StartDBInstanceAutomatedBackupsReplication", StartDBInstanceAutomatedBackupsReplication$) {
    }, StartDBInstanceCommand = class extends command(_ep0, _mw0, "StartDBInstance", StartDBInstance$) {
    }, StartExportTaskCommand = class extends command(_ep0, _mw0, "StartExportTask", StartExportTask$) {
    }, StopActivityStreamCommand = class extends command(_ep0, _mw0, "StopActivityStream", StopActivityStream$) {
    }, StopDBClusterCommand = class extends command(_ep0, _mw0, "StopDBCluster", StopDBCluster$) {
    }, StopDBInstanceAutomatedBackupsReplicationCommand = class extends command(_ep0, _mw0, "StopDBInstanceAutomatedBackupsReplication", StopDBInstanceAutomatedBackupsReplication$) {
    }, StopDBInstanceCommand = class extends command(_ep0, _mw0, "StopDBInstance", StopDBInstance$) {
    }, SwitchoverBlueGreenDeploymentCommand = class extends command(_ep0, _mw0, "SwitchoverBlueGreenDeployment", SwitchoverBlueGreenDeployment$) {
    }, SwitchoverGlobalClusterCommand = class extends command(_ep0, _mw0, "SwitchoverGlobalCluster", SwitchoverGlobalCluster$) {
    }, SwitchoverReadReplicaCommand = class extends command(_ep0, _mw0, "SwitchoverReadReplica", SwitchoverReadReplica$) {
    }, paginateDescribeBlueGreenDeployments = createPaginator(RDSClient2, DescribeBlueGreenDeploymentsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeCertificates = createPaginator(RDSClient2, DescribeCertificatesCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBCapacityReservations = createPaginator(RDSClient2, DescribeDBCapacityReservationsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBClusterAutomatedBackups = createPaginator(RDSClient2, DescribeDBClusterAutomatedBackupsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBClusterBacktracks = createPaginator(RDSClient2, DescribeDBClusterBacktracksCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBClusterEndpoints = createPaginator(RDSClient2, DescribeDBClusterEndpointsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBClusterParameterGroups = createPaginator(RDSClient2, DescribeDBClusterParameterGroupsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBClusterParameters = createPaginator(RDSClient2, DescribeDBClusterParametersCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBClusterSnapshots = createPaginator(RDSClient2, DescribeDBClusterSnapshotsCommand2, "Marker", "Marker", "MaxRecords"), paginateDescribeDBClusters = createPaginator(RDSClient2, DescribeDBClustersCommand2, "Marker", "Marker", "MaxRecords"), paginateDescribeDBEngineVersions = createPaginator(RDSClient2, DescribeDBEngineVersionsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBInstanceAutomatedBackups = createPaginator(RDSClient2, DescribeDBInstanceAutomatedBackupsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBInstances = createPaginator(RDSClient2, DescribeDBInstancesCommand2, "Marker", "Marker", "MaxRecords"), paginateDescribeDBLogFiles = createPaginator(RDSClient2, DescribeDBLogFilesCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBMajorEngineVersions = createPaginator(RDSClient2, DescribeDBMajorEngineVersionsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBParameterGroups = createPaginator(RDSClient2, DescribeDBParameterGroupsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBParameters = createPaginator(RDSClient2, DescribeDBParametersCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBProxies = createPaginator(RDSClient2, DescribeDBProxiesCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBProxyEndpoints = createPaginator(RDSClient2, DescribeDBProxyEndpointsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBProxyTargetGroups = createPaginator(RDSClient2, DescribeDBProxyTargetGroupsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBProxyTargets = createPaginator(RDSClient2, DescribeDBProxyTargetsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBRecommendations = createPaginator(RDSClient2, DescribeDBRecommendationsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBSecurityGroups = createPaginator(RDSClient2, DescribeDBSecurityGroupsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBSnapshots = createPaginator(RDSClient2, DescribeDBSnapshotsCommand2, "Marker", "Marker", "MaxRecords"), paginateDescribeDBSnapshotTenantDatabases = createPaginator(RDSClient2, DescribeDBSnapshotTenantDatabasesCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeDBSubnetGroups = createPaginator(RDSClient2, DescribeDBSubnetGroupsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeEngineDefaultClusterParameters = createPaginator(RDSClient2, DescribeEngineDefaultClusterParametersCommand, "Marker", "EngineDefaults.Marker", "MaxRecords"), paginateDescribeEngineDefaultParameters = createPaginator(RDSClient2, DescribeEngineDefaultParametersCommand, "Marker", "EngineDefaults.Marker", "MaxRecords"), paginateDescribeEvents = createPaginator(RDSClient2, DescribeEventsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeEventSubscriptions = createPaginator(RDSClient2, DescribeEventSubscriptionsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeExportTasks = createPaginator(RDSClient2, DescribeExportTasksCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeGlobalClusters = createPaginator(RDSClient2, DescribeGlobalClustersCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeIntegrations = createPaginator(RDSClient2, DescribeIntegrationsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeOptionGroupOptions = createPaginator(RDSClient2, DescribeOptionGroupOptionsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeOptionGroups = createPaginator(RDSClient2, DescribeOptionGroupsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeOrderableDBInstanceOptions = createPaginator(RDSClient2, DescribeOrderableDBInstanceOptionsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribePendingMaintenanceActions = createPaginator(RDSClient2, DescribePendingMaintenanceActionsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeReservedDBInstancesOfferings = createPaginator(RDSClient2, DescribeReservedDBInstancesOfferingsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeReservedDBInstances = createPaginator(RDSClient2, DescribeReservedDBInstancesCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeServerlessV2PlatformVersions = createPaginator(RDSClient2, DescribeServerlessV2PlatformVersionsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeSourceRegions = createPaginator(RDSClient2, DescribeSourceRegionsCommand, "Marker", "Marker", "MaxRecords"), paginateDescribeTenantDatabases = createPaginator(RDSClient2, DescribeTenantDatabasesCommand, "Marker", "Marker", "MaxRecords"), paginateDownloadDBLogFilePortion = createPaginator(RDSClient2, DownloadDBLogFilePortionCommand, "Marker", "Marker", "NumberOfLines"), checkState$9 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBClustersCommand2(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status), allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator())
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          if (allStringEq_5)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "deleted")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "deleting")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "failed")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-restore")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-parameters")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDBClusterAvailable = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$9), waitUntilDBClusterAvailable = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$9);
      return checkExceptions(result);
    }, checkState$8 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBClustersCommand2(input));
        reason = result;
        try {
          if (result.DBClusters.length == 0 == !0)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "creating")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "modifying")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "rebooting")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusters).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "resetting-master-credentials")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        if (reason = exception, exception.name === "DBClusterNotFoundFault")
          return { state: WaiterState.SUCCESS, reason };
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDBClusterDeleted = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$8), waitUntilDBClusterDeleted = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$8);
      return checkExceptions(result);
    }, checkState$7 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBClusterSnapshotsCommand2(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status), allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator())
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          if (allStringEq_5)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "deleted")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "deleting")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "failed")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-restore")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-parameters")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDBClusterSnapshotAvailable = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$7), waitUntilDBClusterSnapshotAvailable = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$7);
      return checkExceptions(result);
    }, checkState$6 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBClusterSnapshotsCommand2(input));
        reason = result;
        try {
          if (result.DBClusterSnapshots.length == 0 == !0)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "creating")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "modifying")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "rebooting")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBClusterSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "resetting-master-credentials")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        if (reason = exception, exception.name === "DBClusterSnapshotNotFoundFault")
          return { state: WaiterState.SUCCESS, reason };
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDBClusterSnapshotDeleted = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$6), waitUntilDBClusterSnapshotDeleted = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$6);
      return checkExceptions(result);
    }, checkState$5 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBInstancesCommand2(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus), allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator())
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          if (allStringEq_5)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "deleted")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "deleting")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "failed")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-restore")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-parameters")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDBInstanceAvailable = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$5), waitUntilDBInstanceAvailable = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$5);
      return checkExceptions(result);
    }, checkState$4 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBInstancesCommand2(input));
        reason = result;
        try {
          if (result.DBInstances.length == 0 == !0)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "creating")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "modifying")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "rebooting")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBInstances).map((element_2) => element_2.DBInstanceStatus);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "resetting-master-credentials")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        if (reason = exception, exception.name === "DBInstanceNotFoundFault")
          return { state: WaiterState.SUCCESS, reason };
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDBInstanceDeleted = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$4), waitUntilDBInstanceDeleted = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$4);
      return checkExceptions(result);
    }, checkState$3 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBSnapshotsCommand2(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status), allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator())
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          if (allStringEq_5)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "deleted")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "deleting")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "failed")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-restore")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-parameters")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDBSnapshotAvailable = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$3), waitUntilDBSnapshotAvailable = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$3);
      return checkExceptions(result);
    }, checkState$2 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeDBSnapshotsCommand2(input));
        reason = result;
        try {
          if (result.DBSnapshots.length == 0 == !0)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "creating")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "modifying")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "rebooting")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.DBSnapshots).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "resetting-master-credentials")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        if (reason = exception, exception.name === "DBSnapshotNotFoundFault")
          return { state: WaiterState.SUCCESS, reason };
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForDBSnapshotDeleted = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$2), waitUntilDBSnapshotDeleted = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$2);
      return checkExceptions(result);
    }, checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeTenantDatabasesCommand(input));
        reason = result;
        try {
          let returnComparator = () => [].concat(...result.TenantDatabases).map((element_2) => element_2.Status), allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator())
            allStringEq_5 = allStringEq_5 && element_4 == "available";
          if (allStringEq_5)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.TenantDatabases).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "deleted")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.TenantDatabases).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-parameters")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
        try {
          let returnComparator = () => [].concat(...result.TenantDatabases).map((element_2) => element_2.Status);
          for (let anyStringEq_4 of returnComparator())
            if (anyStringEq_4 == "incompatible-restore")
              return { state: WaiterState.FAILURE, reason };
        } catch {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForTenantDatabaseAvailable = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$1), waitUntilTenantDatabaseAvailable = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState$1);
      return checkExceptions(result);
    }, checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeTenantDatabasesCommand(input));
        reason = result;
        try {
          if (result.TenantDatabases.length == 0 == !0)
            return { state: WaiterState.SUCCESS, reason };
        } catch {
        }
      } catch (exception) {
        if (reason = exception, exception.name === "DBInstanceNotFoundFault")
          return { state: WaiterState.SUCCESS, reason };
      }
      return { state: WaiterState.RETRY, reason };
    }, waitForTenantDatabaseDeleted = async (params, input) => createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState), waitUntilTenantDatabaseDeleted = async (params, input) => {
      let result = await createWaiter({ ...{ minDelay: 30, maxDelay: 1800 }, ...params }, input, checkState);
      return checkExceptions(result);
    }, commands = {
      AddRoleToDBClusterCommand,
      AddRoleToDBInstanceCommand,
      AddSourceIdentifierToSubscriptionCommand,
      AddTagsToResourceCommand,
      ApplyPendingMaintenanceActionCommand,
      AuthorizeDBSecurityGroupIngressCommand,
      BacktrackDBClusterCommand,
      CancelDBCapacityReservationCommand,
      CancelExportTaskCommand,
      CopyDBClusterParameterGroupCommand,
      CopyDBClusterSnapshotCommand,
      CopyDBParameterGroupCommand,
      CopyDBSnapshotCommand,
      CopyOptionGroupCommand,
      CreateBlueGreenDeploymentCommand,
      CreateCustomDBEngineVersionCommand,
      CreateDBCapacityReservationCommand,
      CreateDBClusterCommand,
      CreateDBClusterEndpointCommand,
      CreateDBClusterParameterGroupCommand,
      CreateDBClusterSnapshotCommand,
      CreateDBInstanceCommand,
      CreateDBInstanceReadReplicaCommand,
      CreateDBParameterGroupCommand,
      CreateDBProxyCommand,
      CreateDBProxyEndpointCommand,
      CreateDBSecurityGroupCommand,
      CreateDBShardGroupCommand,
      CreateDBSnapshotCommand,
      CreateDBSubnetGroupCommand,
      CreateEventSubscriptionCommand,
      CreateGlobalClusterCommand,
      CreateIntegrationCommand,
      CreateOptionGroupCommand,
      CreateTenantDatabaseCommand,
      DeleteBlueGreenDeploymentCommand,
      DeleteCustomDBEngineVersionCommand,
      DeleteDBClusterCommand,
      DeleteDBClusterAutomatedBackupCommand,
      DeleteDBClusterEndpointCommand,
      DeleteDBClusterParameterGroupCommand,
      DeleteDBClusterSnapshotCommand,
      DeleteDBInstanceCommand,
      DeleteDBInstanceAutomatedBackupCommand,
      DeleteDBParameterGroupCommand,
      DeleteDBProxyCommand,
      DeleteDBProxyEndpointCommand,
      DeleteDBSecurityGroupCommand,
      DeleteDBShardGroupCommand,
      DeleteDBSnapshotCommand,
      DeleteDBSubnetGroupCommand,
      DeleteEventSubscriptionCommand,
      DeleteGlobalClusterCommand,
      DeleteIntegrationCommand,
      DeleteOptionGroupCommand,
      DeleteTenantDatabaseCommand,
      DeregisterDBProxyTargetsCommand,
      DescribeAccountAttributesCommand,
      DescribeBlueGreenDeploymentsCommand,
      DescribeCertificatesCommand,
      DescribeDBCapacityReservationsCommand,
      DescribeDBClusterAutomatedBackupsCommand,
      DescribeDBClusterBacktracksCommand,
      DescribeDBClusterEndpointsCommand,
      DescribeDBClusterParameterGroupsCommand,
      DescribeDBClusterParametersCommand,
      DescribeDBClustersCommand: DescribeDBClustersCommand2,
      DescribeDBClusterSnapshotAttributesCommand,
      DescribeDBClusterSnapshotsCommand: DescribeDBClusterSnapshotsCommand2,
      DescribeDBEngineVersionsCommand,
      DescribeDBInstanceAutomatedBackupsCommand,
      DescribeDBInstancesCommand: DescribeDBInstancesCommand2,
      DescribeDBLogFilesCommand,
      DescribeDBMajorEngineVersionsCommand,
      DescribeDBParameterGroupsCommand,
      DescribeDBParametersCommand,
      DescribeDBProxiesCommand,
      DescribeDBProxyEndpointsCommand,
      DescribeDBProxyTargetGroupsCommand,
      DescribeDBProxyTargetsCommand,
      DescribeDBRecommendationsCommand,
      DescribeDBSecurityGroupsCommand,
      DescribeDBShardGroupsCommand,
      DescribeDBSnapshotAttributesCommand,
      DescribeDBSnapshotsCommand: DescribeDBSnapshotsCommand2,
      DescribeDBSnapshotTenantDatabasesCommand,
      DescribeDBSubnetGroupsCommand,
      DescribeEngineDefaultClusterParametersCommand,
      DescribeEngineDefaultParametersCommand,
      DescribeEventCategoriesCommand,
      DescribeEventsCommand,
      DescribeEventSubscriptionsCommand,
      DescribeExportTasksCommand,
      DescribeGlobalClustersCommand,
      DescribeIntegrationsCommand,
      DescribeOptionGroupOptionsCommand,
      DescribeOptionGroupsCommand,
      DescribeOrderableDBInstanceOptionsCommand,
      DescribePendingMaintenanceActionsCommand,
      DescribeReservedDBInstancesCommand,
      DescribeReservedDBInstancesOfferingsCommand,
      DescribeServerlessV2PlatformVersionsCommand,
      DescribeSourceRegionsCommand,
      DescribeTenantDatabasesCommand,
      DescribeValidDBInstanceModificationsCommand,
      DisableHttpEndpointCommand,
      DownloadDBLogFilePortionCommand,
      EnableHttpEndpointCommand,
      FailoverDBClusterCommand,
      FailoverGlobalClusterCommand,
      ListTagsForResourceCommand,
      ModifyActivityStreamCommand,
      ModifyCertificatesCommand,
      ModifyCurrentDBClusterCapacityCommand,
      ModifyCustomDBEngineVersionCommand,
      ModifyDBCapacityReservationCommand,
      ModifyDBClusterCommand,
      ModifyDBClusterEndpointCommand,
      ModifyDBClusterParameterGroupCommand,
      ModifyDBClusterSnapshotAttributeCommand,
      ModifyDBInstanceCommand,
      ModifyDBParameterGroupCommand,
      ModifyDBProxyCommand,
      ModifyDBProxyEndpointCommand,
      ModifyDBProxyTargetGroupCommand,
      ModifyDBRecommendationCommand,
      ModifyDBShardGroupCommand,
      ModifyDBSnapshotCommand,
      ModifyDBSnapshotAttributeCommand,
      ModifyDBSubnetGroupCommand,
      ModifyEventSubscriptionCommand,
      ModifyGlobalClusterCommand,
      ModifyIntegrationCommand,
      ModifyOptionGroupCommand,
      ModifyTenantDatabaseCommand,
      PromoteReadReplicaCommand,
      PromoteReadReplicaDBClusterCommand,
      PurchaseReservedDBInstancesOfferingCommand,
      RebootDBClusterCommand,
      RebootDBInstanceCommand,
      RebootDBShardGroupCommand,
      RegisterDBProxyTargetsCommand,
      RemoveFromGlobalClusterCommand,
      RemoveRoleFromDBClusterCommand,
      RemoveRoleFromDBInstanceCommand,
      RemoveSourceIdentifierFromSubscriptionCommand,
      RemoveTagsFromResourceCommand,
      ResetDBClusterParameterGroupCommand,
      ResetDBParameterGroupCommand,
      RestoreDBClusterFromS3Command,
      RestoreDBClusterFromSnapshotCommand,
      RestoreDBClusterToPointInTimeCommand,
      RestoreDBInstanceFromDBSnapshotCommand,
      RestoreDBInstanceFromS3Command,
      RestoreDBInstanceToPointInTimeCommand,
      RevokeDBSecurityGroupIngressCommand,
      StartActivityStreamCommand,
      StartDBClusterCommand,
      StartDBInstanceCommand,
      StartDBInstanceAutomatedBackupsReplicationCommand,
      StartExportTaskCommand,
      StopActivityStreamCommand,
      StopDBClusterCommand,
      StopDBInstanceCommand,
      StopDBInstanceAutomatedBackupsReplicationCommand,
      SwitchoverBlueGreenDeploymentCommand,
      SwitchoverGlobalClusterCommand,
      SwitchoverReadReplicaCommand
    }, paginators = {
      paginateDescribeBlueGreenDeployments,
      paginateDescribeCertificates,
      paginateDescribeDBCapacityReservations,
      paginateDescribeDBClusterAutomatedBackups,
      paginateDescribeDBClusterBacktracks,
      paginateDescribeDBClusterEndpoints,
      paginateDescribeDBClusterParameterGroups,
      paginateDescribeDBClusterParameters,
      paginateDescribeDBClusters,
      paginateDescribeDBClusterSnapshots,
      paginateDescribeDBEngineVersions,
      paginateDescribeDBInstanceAutomatedBackups,
      paginateDescribeDBInstances,
      paginateDescribeDBLogFiles,
      paginateDescribeDBMajorEngineVersions,
      paginateDescribeDBParameterGroups,
      paginateDescribeDBParameters,
      paginateDescribeDBProxies,
      paginateDescribeDBProxyEndpoints,
      paginateDescribeDBProxyTargetGroups,
      paginateDescribeDBProxyTargets,
      paginateDescribeDBRecommendations,
      paginateDescribeDBSecurityGroups,
      paginateDescribeDBSnapshots,
      paginateDescribeDBSnapshotTenantDatabases,
      paginateDescribeDBSubnetGroups,
      paginateDescribeEngineDefaultClusterParameters,
      paginateDescribeEngineDefaultParameters,
      paginateDescribeEvents,
      paginateDescribeEventSubscriptions,
      paginateDescribeExportTasks,
      paginateDescribeGlobalClusters,
      paginateDescribeIntegrations,
      paginateDescribeOptionGroupOptions,
      paginateDescribeOptionGroups,
      paginateDescribeOrderableDBInstanceOptions,
      paginateDescribePendingMaintenanceActions,
      paginateDescribeReservedDBInstances,
      paginateDescribeReservedDBInstancesOfferings,
      paginateDescribeServerlessV2PlatformVersions,
      paginateDescribeSourceRegions,
      paginateDescribeTenantDatabases,
      paginateDownloadDBLogFilePortion
    }, waiters = {
      waitUntilDBClusterAvailable,
      waitUntilDBClusterDeleted,
      waitUntilDBClusterSnapshotAvailable,
      waitUntilDBClusterSnapshotDeleted,
      waitUntilDBInstanceAvailable,
      waitUntilDBInstanceDeleted,
      waitUntilDBSnapshotAvailable,
      waitUntilDBSnapshotDeleted,
      waitUntilTenantDatabaseAvailable,
      waitUntilTenantDatabaseDeleted
    }, RDS = class extends RDSClient2 {
    };
    createAggregatedClient(commands, RDS, { paginators, waiters });
    var ActivityStreamMode = {
      async: "async",
      sync: "sync"
    }, ActivityStreamPolicyStatus = {
      locked: "locked",
      locking_policy: "locking-policy",
      unlocked: "unlocked",
      unlocking_policy: "unlocking-policy"
    }, ActivityStreamStatus = {
      started: "started",
      starting: "starting",
      stopped: "stopped",
      stopping: "stopping"
    }, DBCapacityReservationState = {
      active: "active",
      assessing: "assessing",
      cancelled: "cancelled",
      delayed: "delayed",
      expired: "expired",
      failed: "failed",
      pending: "pending",
      scheduled: "scheduled",
      unsupported: "unsupported"
    }, ExportSourceType = {
      CLUSTER: "CLUSTER",
      SNAPSHOT: "SNAPSHOT"
    }, StorageEncryptionType = {
      CMK: "sse-kms",
      SSE: "sse-rds",
      UNENCRYPTED: "none"
    }, ClusterScalabilityType = {
      LIMITLESS: "limitless",
      STANDARD: "standard"
    }, DatabaseInsightsMode = {
      ADVANCED: "advanced",
      STANDARD: "standard"
    }, MasterUserAuthenticationType = {
      IAM_DB_AUTH: "iam-db-auth",
      PASSWORD: "password"
    }, ReplicaMode = {
      MOUNTED: "mounted",
      OPEN_READ_ONLY: "open-read-only"
    }, WriteForwardingStatus = {
      DISABLED: "disabled",
      DISABLING: "disabling",
      ENABLED: "enabled",
      ENABLING: "enabling",
      UNKNOWN: "unknown"
    }, LimitlessDatabaseStatus = {
      ACTIVE: "active",
      DISABLED: "disabled",
      DISABLING: "disabling",
      ENABLED: "enabled",
      ENABLING: "enabling",
      ERROR: "error",
      MODIFYING_MAX_CAPACITY: "modifying-max-capacity",
      NOT_IN_USE: "not-in-use"
    }, LocalWriteForwardingStatus = {
      DISABLED: "disabled",
      DISABLING: "disabling",
      ENABLED: "enabled",
      ENABLING: "enabling",
      REQUESTED: "requested"
    }, UpgradeRolloutOrder = {
      FIRST: "first",
      LAST: "last",
      SECOND: "second"
    }, AutomationMode = {
      ALL_PAUSED: "all-paused",
      FULL: "full"
    }, AuthScheme = {
      SECRETS: "SECRETS"
    }, ClientPasswordAuthType = {
      MYSQL_CACHING_SHA2_PASSWORD: "MYSQL_CACHING_SHA2_PASSWORD",
      MYSQL_NATIVE_PASSWORD: "MYSQL_NATIVE_PASSWORD",
      POSTGRES_MD5: "POSTGRES_MD5",
      POSTGRES_SCRAM_SHA_256: "POSTGRES_SCRAM_SHA_256",
      SQL_SERVER_AUTHENTICATION: "SQL_SERVER_AUTHENTICATION"
    }, IAMAuthMode = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED",
      REQUIRED: "REQUIRED"
    }, DefaultAuthScheme = {
      IAM_AUTH: "IAM_AUTH",
      NONE: "NONE"
    }, EndpointNetworkType = {
      DUAL: "DUAL",
      IPV4: "IPV4",
      IPV6: "IPV6"
    }, EngineFamily = {
      MYSQL: "MYSQL",
      POSTGRESQL: "POSTGRESQL",
      SQLSERVER: "SQLSERVER"
    }, TargetConnectionNetworkType = {
      IPV4: "IPV4",
      IPV6: "IPV6"
    }, DBProxyStatus = {
      AVAILABLE: "available",
      CREATING: "creating",
      DELETING: "deleting",
      INCOMPATIBLE_NETWORK: "incompatible-network",
      INSUFFICIENT_RESOURCE_LIMITS: "insufficient-resource-limits",
      MODIFYING: "modifying",
      REACTIVATING: "reactivating",
      SUSPENDED: "suspended",
      SUSPENDING: "suspending"
    }, DBProxyEndpointTargetRole = {
      READ_ONLY: "READ_ONLY",
      READ_WRITE: "READ_WRITE"
    }, DBProxyEndpointStatus = {
      AVAILABLE: "available",
      CREATING: "creating",
      DELETING: "deleting",
      INCOMPATIBLE_NETWORK: "incompatible-network",
      INSUFFICIENT_RESOURCE_LIMITS: "insufficient-resource-limits",
      MODIFYING: "modifying"
    }, FailoverStatus = {
      CANCELLING: "cancelling",
      FAILING_OVER: "failing-over",
      PENDING: "pending"
    }, GlobalClusterMemberSynchronizationStatus = {
      CONNECTED: "connected",
      PENDING_RESYNC: "pending-resync"
    }, IntegrationStatus = {
      ACTIVE: "active",
      CREATING: "creating",
      DELETING: "deleting",
      FAILED: "failed",
      MODIFYING: "modifying",
      NEEDS_ATTENTION: "needs_attention",
      SYNCING: "syncing"
    }, ApplyMethod = {
      immediate: "immediate",
      pending_reboot: "pending-reboot"
    }, LifecycleSupportName = {
      OPEN_SOURCE_RDS_EXTENDED_SUPPORT: "open-source-rds-extended-support",
      OPEN_SOURCE_RDS_STANDARD_SUPPORT: "open-source-rds-standard-support"
    }, TargetRole = {
      READ_ONLY: "READ_ONLY",
      READ_WRITE: "READ_WRITE",
      UNKNOWN: "UNKNOWN"
    }, TargetHealthReason = {
      AUTH_FAILURE: "AUTH_FAILURE",
      CONNECTION_FAILED: "CONNECTION_FAILED",
      INVALID_REPLICATION_STATE: "INVALID_REPLICATION_STATE",
      PENDING_PROXY_CAPACITY: "PENDING_PROXY_CAPACITY",
      PROMOTED: "PROMOTED",
      UNREACHABLE: "UNREACHABLE"
    }, TargetState = {
      available: "AVAILABLE",
      registering: "REGISTERING",
      unavailable: "UNAVAILABLE",
      unused: "UNUSED"
    }, TargetType = {
      RDS_INSTANCE: "RDS_INSTANCE",
      RDS_SERVERLESS_ENDPOINT: "RDS_SERVERLESS_ENDPOINT",
      TRACKED_CLUSTER: "TRACKED_CLUSTER"
    }, SourceType = {
      blue_green_deployment: "blue-green-deployment",
      custom_engine_version: "custom-engine-version",
      db_cluster: "db-cluster",
      db_cluster_snapshot: "db-cluster-snapshot",
      db_instance: "db-instance",
      db_parameter_group: "db-parameter-group",
      db_proxy: "db-proxy",
      db_security_group: "db-security-group",
      db_shard_group: "db-shard-group",
      db_snapshot: "db-snapshot",
      zero_etl: "zero-etl"
    }, AuditPolicyState = {
      LOCKED_POLICY: "locked",
      UNLOCKED_POLICY: "unlocked"
    }, CustomEngineVersionStatus = {
      available: "available",
      inactive: "inactive",
      inactive_except_restore: "inactive-except-restore"
    }, EndDateType = {
      limited: "limited",
      unlimited: "unlimited"
    };
    exports.AccountAttributesMessage$ = AccountAttributesMessage$;
    exports.AccountQuota$ = AccountQuota$;
    exports.ActivityStreamMode = ActivityStreamMode;
    exports.ActivityStreamPolicyStatus = ActivityStreamPolicyStatus;
    exports.ActivityStreamStatus = ActivityStreamStatus;
    exports.AddRoleToDBCluster$ = AddRoleToDBCluster$;
    exports.AddRoleToDBClusterCommand = AddRoleToDBClusterCommand;
    exports.AddRoleToDBClusterMessage$ = AddRoleToDBClusterMessage$;
    exports.AddRoleToDBInstance$ = AddRoleToDBInstance$;
    exports.AddRoleToDBInstanceCommand = AddRoleToDBInstanceCommand;
    exports.AddRoleToDBInstanceMessage$ = AddRoleToDBInstanceMessage$;
    exports.AddSourceIdentifierToSubscription$ = AddSourceIdentifierToSubscription$;
    exports.AddSourceIdentifierToSubscriptionCommand = AddSourceIdentifierToSubscriptionCommand;
    exports.AddSourceIdentifierToSubscriptionMessage$ = AddSourceIdentifierToSubscriptionMessage$;
    exports.AddSourceIdentifierToSubscriptionResult$ = AddSourceIdentifierToSubscriptionResult$;
    exports.AddTagsToResource$ = AddTagsToResource$;
    exports.AddTagsToResourceCommand = AddTagsToResourceCommand;
    exports.AddTagsToResourceMessage$ = AddTagsToResourceMessage$;
    exports.AdditionalStorageVolume$ = AdditionalStorageVolume$;
    exports.AdditionalStorageVolumeOutput$ = AdditionalStorageVolumeOutput$;
    exports.ApplyMethod = ApplyMethod;
    exports.ApplyPendingMaintenanceAction$ = ApplyPendingMaintenanceAction$;
    exports.ApplyPendingMaintenanceActionCommand = ApplyPendingMaintenanceActionCommand;
    exports.ApplyPendingMaintenanceActionMessage$ = ApplyPendingMaintenanceActionMessage$;
    exports.ApplyPendingMaintenanceActionResult$ = ApplyPendingMaintenanceActionResult$;
    exports.AuditPolicyState = AuditPolicyState;
    exports.AuthScheme = AuthScheme;
    exports.AuthorizationAlreadyExistsFault = AuthorizationAlreadyExistsFault;
    exports.AuthorizationAlreadyExistsFault$ = AuthorizationAlreadyExistsFault$;
    exports.AuthorizationNotFoundFault = AuthorizationNotFoundFault;
    exports.AuthorizationNotFoundFault$ = AuthorizationNotFoundFault$;
    exports.AuthorizationQuotaExceededFault = AuthorizationQuotaExceededFault;
    exports.AuthorizationQuotaExceededFault$ = AuthorizationQuotaExceededFault$;
    exports.AuthorizeDBSecurityGroupIngress$ = AuthorizeDBSecurityGroupIngress$;
    exports.AuthorizeDBSecurityGroupIngressCommand = AuthorizeDBSecurityGroupIngressCommand;
    exports.AuthorizeDBSecurityGroupIngressMessage$ = AuthorizeDBSecurityGroupIngressMessage$;
    exports.AuthorizeDBSecurityGroupIngressResult$ = AuthorizeDBSecurityGroupIngressResult$;
    exports.AutomationMode = AutomationMode;
    exports.AvailabilityZone$ = AvailabilityZone$;
    exports.AvailableAdditionalStorageVolumesOption$ = AvailableAdditionalStorageVolumesOption$;
    exports.AvailableCapacityPerAvailabilityZone$ = AvailableCapacityPerAvailabilityZone$;
    exports.AvailableProcessorFeature$ = AvailableProcessorFeature$;
    exports.BacktrackDBCluster$ = BacktrackDBCluster$;
    exports.BacktrackDBClusterCommand = BacktrackDBClusterCommand;
    exports.BacktrackDBClusterMessage$ = BacktrackDBClusterMessage$;
    exports.BackupPolicyNotFoundFault = BackupPolicyNotFoundFault;
    exports.BackupPolicyNotFoundFault$ = BackupPolicyNotFoundFault$;
    exports.BlueGreenDeployment$ = BlueGreenDeployment$;
    exports.BlueGreenDeploymentAlreadyExistsFault = BlueGreenDeploymentAlreadyExistsFault;
    exports.BlueGreenDeploymentAlreadyExistsFault$ = BlueGreenDeploymentAlreadyExistsFault$;
    exports.BlueGreenDeploymentNotFoundFault = BlueGreenDeploymentNotFoundFault;
    exports.BlueGreenDeploymentNotFoundFault$ = BlueGreenDeploymentNotFoundFault$;
    exports.BlueGreenDeploymentTask$ = BlueGreenDeploymentTask$;
    exports.CancelDBCapacityReservation$ = CancelDBCapacityReservation$;
    exports.CancelDBCapacityReservationCommand = CancelDBCapacityReservationCommand;
    exports.CancelDBCapacityReservationRequest$ = CancelDBCapacityReservationRequest$;
    exports.CancelDBCapacityReservationResponse$ = CancelDBCapacityReservationResponse$;
    exports.CancelExportTask$ = CancelExportTask$;
    exports.CancelExportTaskCommand = CancelExportTaskCommand;
    exports.CancelExportTaskMessage$ = CancelExportTaskMessage$;
    exports.Certificate$ = Certificate$;
    exports.CertificateDetails$ = CertificateDetails$;
    exports.CertificateMessage$ = CertificateMessage$;
    exports.CertificateNotFoundFault = CertificateNotFoundFault;
    exports.CertificateNotFoundFault$ = CertificateNotFoundFault$;
    exports.CharacterSet$ = CharacterSet$;
    exports.ClientPasswordAuthType = ClientPasswordAuthType;
    exports.CloudwatchLogsExportConfiguration$ = CloudwatchLogsExportConfiguration$;
    exports.ClusterPendingModifiedValues$ = ClusterPendingModifiedValues$;
    exports.ClusterScalabilityType = ClusterScalabilityType;
    exports.ConnectionPoolConfiguration$ = ConnectionPoolConfiguration$;
    exports.ConnectionPoolConfigurationInfo$ = ConnectionPoolConfigurationInfo$;
    exports.ContextAttribute$ = ContextAttribute$;
    exports.CopyDBClusterParameterGroup$ = CopyDBClusterParameterGroup$;
    exports.CopyDBClusterParameterGroupCommand = CopyDBClusterParameterGroupCommand;
    exports.CopyDBClusterParameterGroupMessage$ = CopyDBClusterParameterGroupMessage$;
    exports.CopyDBClusterParameterGroupResult$ = CopyDBClusterParameterGroupResult$;
    exports.CopyDBClusterSnapshot$ = CopyDBClusterSnapshot$;
    exports.CopyDBClusterSnapshotCommand = CopyDBClusterSnapshotCommand;
    exports.CopyDBClusterSnapshotMessage$ = CopyDBClusterSnapshotMessage$;
    exports.CopyDBClusterSnapshotResult$ = CopyDBClusterSnapshotResult$;
    exports.CopyDBParameterGroup$ = CopyDBParameterGroup$;
    exports.CopyDBParameterGroupCommand = CopyDBParameterGroupCommand;
    exports.CopyDBParameterGroupMessage$ = CopyDBParameterGroupMessage$;
    exports.CopyDBParameterGroupResult$ = CopyDBParameterGroupResult$;
    exports.CopyDBSnapshot$ = CopyDBSnapshot$;
    exports.CopyDBSnapshotCommand = CopyDBSnapshotCommand;
    exports.CopyDBSnapshotMessage$ = CopyDBSnapshotMessage$;
    exports.CopyDBSnapshotResult$ = CopyDBSnapshotResult$;
    exports.CopyOptionGroup$ = CopyOptionGroup$;
    exports.CopyOptionGroupCommand = CopyOptionGroupCommand;
    exports.CopyOptionGroupMessage$ = CopyOptionGroupMessage$;
    exports.CopyOptionGroupResult$ = CopyOptionGroupResult$;
    exports.CreateBlueGreenDeployment$ = CreateBlueGreenDeployment$;
    exports.CreateBlueGreenDeploymentCommand = CreateBlueGreenDeploymentCommand;
    exports.CreateBlueGreenDeploymentRequest$ = CreateBlueGreenDeploymentRequest$;
    exports.CreateBlueGreenDeploymentResponse$ = CreateBlueGreenDeploymentResponse$;
    exports.CreateCustomDBEngineVersion$ = CreateCustomDBEngineVersion$;
    exports.CreateCustomDBEngineVersionCommand = CreateCustomDBEngineVersionCommand;
    exports.CreateCustomDBEngineVersionFault = CreateCustomDBEngineVersionFault;
    exports.CreateCustomDBEngineVersionFault$ = CreateCustomDBEngineVersionFault$;
    exports.CreateCustomDBEngineVersionMessage$ = CreateCustomDBEngineVersionMessage$;
    exports.CreateDBCapacityReservation$ = CreateDBCapacityReservation$;
    exports.CreateDBCapacityReservationCommand = CreateDBCapacityReservationCommand;
    exports.CreateDBCapacityReservationRequest$ = CreateDBCapacityReservationRequest$;
    exports.CreateDBCapacityReservationResponse$ = CreateDBCapacityReservationResponse$;
    exports.CreateDBCluster$ = CreateDBCluster$;
    exports.CreateDBClusterCommand = CreateDBClusterCommand;
    exports.CreateDBClusterEndpoint$ = CreateDBClusterEndpoint$;
    exports.CreateDBClusterEndpointCommand = CreateDBClusterEndpointCommand;
    exports.CreateDBClusterEndpointMessage$ = CreateDBClusterEndpointMessage$;
    exports.CreateDBClusterMessage$ = CreateDBClusterMessage$;
    exports.CreateDBClusterParameterGroup$ = CreateDBClusterParameterGroup$;
    exports.CreateDBClusterParameterGroupCommand = CreateDBClusterParameterGroupCommand;
    exports.CreateDBClusterParameterGroupMessage$ = CreateDBClusterParameterGroupMessage$;
    exports.CreateDBClusterParameterGroupResult$ = CreateDBClusterParameterGroupResult$;
    exports.CreateDBClusterResult$ = CreateDBClusterResult$;
    exports.CreateDBClusterSnapshot$ = CreateDBClusterSnapshot$;
    exports.CreateDBClusterSnapshotCommand = CreateDBClusterSnapshotCommand;
    exports.CreateDBClusterSnapshotMessage$ = CreateDBClusterSnapshotMessage$;
    exports.CreateDBClusterSnapshotResult$ = CreateDBClusterSnapshotResult$;
    exports.CreateDBInstance$ = CreateDBInstance$;
    exports.CreateDBInstanceCommand = CreateDBInstanceCommand;
    exports.CreateDBInstanceMessage$ = CreateDBInstanceMessage$;
    exports.CreateDBInstanceReadReplica$ = CreateDBInstanceReadReplica$;
    exports.CreateDBInstanceReadReplicaCommand = CreateDBInstanceReadReplicaCommand;
    exports.CreateDBInstanceReadReplicaMessage$ = CreateDBInstanceReadReplicaMessage$;
    exports.CreateDBInstanceReadReplicaResult$ = CreateDBInstanceReadReplicaResult$;
    exports.CreateDBInstanceResult$ = CreateDBInstanceResult$;
    exports.CreateDBParameterGroup$ = CreateDBParameterGroup$;
    exports.CreateDBParameterGroupCommand = CreateDBParameterGroupCommand;
    exports.CreateDBParameterGroupMessage$ = CreateDBParameterGroupMessage$;
    exports.CreateDBParameterGroupResult$ = CreateDBParameterGroupResult$;
    exports.CreateDBProxy$ = CreateDBProxy$;
    exports.CreateDBProxyCommand = CreateDBProxyCommand;
    exports.CreateDBProxyEndpoint$ = CreateDBProxyEndpoint$;
    exports.CreateDBProxyEndpointCommand = CreateDBProxyEndpointCommand;
    exports.CreateDBProxyEndpointRequest$ = CreateDBProxyEndpointRequest$;
    exports.CreateDBProxyEndpointResponse$ = CreateDBProxyEndpointResponse$;
    exports.CreateDBProxyRequest$ = CreateDBProxyRequest$;
    exports.CreateDBProxyResponse$ = CreateDBProxyResponse$;
    exports.CreateDBSecurityGroup$ = CreateDBSecurityGroup$;
    exports.CreateDBSecurityGroupCommand = CreateDBSecurityGroupCommand;
    exports.CreateDBSecurityGroupMessage$ = CreateDBSecurityGroupMessage$;
    exports.CreateDBSecurityGroupResult$ = CreateDBSecurityGroupResult$;
    exports.CreateDBShardGroup$ = CreateDBShardGroup$;
    exports.CreateDBShardGroupCommand = CreateDBShardGroupCommand;
    exports.CreateDBShardGroupMessage$ = CreateDBShardGroupMessage$;
    exports.CreateDBSnapshot$ = CreateDBSnapshot$;
    exports.CreateDBSnapshotCommand = CreateDBSnapshotCommand;
    exports.CreateDBSnapshotMessage$ = CreateDBSnapshotMessage$;
    exports.CreateDBSnapshotResult$ = CreateDBSnapshotResult$;
    exports.CreateDBSubnetGroup$ = CreateDBSubnetGroup$;
    exports.CreateDBSubnetGroupCommand = CreateDBSubnetGroupCommand;
    exports.CreateDBSubnetGroupMessage$ = CreateDBSubnetGroupMessage$;
    exports.CreateDBSubnetGroupResult$ = CreateDBSubnetGroupResult$;
    exports.CreateEventSubscription$ = CreateEventSubscription$;
    exports.CreateEventSubscriptionCommand = CreateEventSubscriptionCommand;
    exports.CreateEventSubscriptionMessage$ = CreateEventSubscriptionMessage$;
    exports.CreateEventSubscriptionResult$ = CreateEventSubscriptionResult$;
    exports.CreateGlobalCluster$ = CreateGlobalCluster$;
    exports.CreateGlobalClusterCommand = CreateGlobalClusterCommand;
    exports.CreateGlobalClusterMessage$ = CreateGlobalClusterMessage$;
    exports.CreateGlobalClusterResult$ = CreateGlobalClusterResult$;
    exports.CreateIntegration$ = CreateIntegration$;
    exports.CreateIntegrationCommand = CreateIntegrationCommand;
    exports.CreateIntegrationMessage$ = CreateIntegrationMessage$;
    exports.CreateOptionGroup$ = CreateOptionGroup$;
    exports.CreateOptionGroupCommand = CreateOptionGroupCommand;
    exports.CreateOptionGroupMessage$ = CreateOptionGroupMessage$;
    exports.CreateOptionGroupResult$ = CreateOptionGroupResult$;
    exports.CreateTenantDatabase$ = CreateTenantDatabase$;
    exports.CreateTenantDatabaseCommand = CreateTenantDatabaseCommand;
    exports.CreateTenantDatabaseMessage$ = CreateTenantDatabaseMessage$;
    exports.CreateTenantDatabaseResult$ = CreateTenantDatabaseResult$;
    exports.CustomAvailabilityZoneNotFoundFault = CustomAvailabilityZoneNotFoundFault;
    exports.CustomAvailabilityZoneNotFoundFault$ = CustomAvailabilityZoneNotFoundFault$;
    exports.CustomDBEngineVersionAMI$ = CustomDBEngineVersionAMI$;
    exports.CustomDBEngineVersionAlreadyExistsFault = CustomDBEngineVersionAlreadyExistsFault;
    exports.CustomDBEngineVersionAlreadyExistsFault$ = CustomDBEngineVersionAlreadyExistsFault$;
    exports.CustomDBEngineVersionNotFoundFault = CustomDBEngineVersionNotFoundFault;
    exports.CustomDBEngineVersionNotFoundFault$ = CustomDBEngineVersionNotFoundFault$;
    exports.CustomDBEngineVersionQuotaExceededFault = CustomDBEngineVersionQuotaExceededFault;
    exports.CustomDBEngineVersionQuotaExceededFault$ = CustomDBEngineVersionQuotaExceededFault$;
    exports.CustomEngineVersionStatus = CustomEngineVersionStatus;
    exports.DBCapacityReservation$ = DBCapacityReservation$;
    exports.DBCapacityReservationAlreadyExistsFault = DBCapacityReservationAlreadyExistsFault;
    exports.DBCapacityReservationAlreadyExistsFault$ = DBCapacityReservationAlreadyExistsFault$;
    exports.DBCapacityReservationCommitmentInfo$ = DBCapacityReservationCommitmentInfo$;
    exports.DBCapacityReservationNotFoundFault = DBCapacityReservationNotFoundFault;
    exports.DBCapacityReservationNotFoundFault$ = DBCapacityReservationNotFoundFault$;
    exports.DBCapacityReservationState = DBCapacityReservationState;
    exports.DBCapacityReservationUnsupportedFault = DBCapacityReservationUnsupportedFault;
    exports.DBCapacityReservationUnsupportedFault$ = DBCapacityReservationUnsupportedFault$;
    exports.DBCluster$ = DBCluster$;
    exports.DBClusterAlreadyExistsFault = DBClusterAlreadyExistsFault;
    exports.DBClusterAlreadyExistsFault$ = DBClusterAlreadyExistsFault$;
    exports.DBClusterAssociatedRole$ = DBClusterAssociatedRole$;
    exports.DBClusterAutomatedBackup$ = DBClusterAutomatedBackup$;
    exports.DBClusterAutomatedBackupMessage$ = DBClusterAutomatedBackupMessage$;
    exports.DBClusterAutomatedBackupNotFoundFault = DBClusterAutomatedBackupNotFoundFault;
    exports.DBClusterAutomatedBackupNotFoundFault$ = DBClusterAutomatedBackupNotFoundFault$;
    exports.DBClusterAutomatedBackupQuotaExceededFault = DBClusterAutomatedBackupQuotaExceededFault;
    exports.DBClusterAutomatedBackupQuotaExceededFault$ = DBClusterAutomatedBackupQuotaExceededFault$;
    exports.DBClusterBacktrack$ = DBClusterBacktrack$;
    exports.DBClusterBacktrackMessage$ = DBClusterBacktrackMessage$;
    exports.DBClusterBacktrackNotFoundFault = DBClusterBacktrackNotFoundFault;
    exports.DBClusterBacktrackNotFoundFault$ = DBClusterBacktrackNotFoundFault$;
    exports.DBClusterCapacityInfo$ = DBClusterCapacityInfo$;
    exports.DBClusterEndpoint$ = DBClusterEndpoint$;
    exports.DBClusterEndpointAlreadyExistsFault = DBClusterEndpointAlreadyExistsFault;
    exports.DBClusterEndpointAlreadyExistsFault$ = DBClusterEndpointAlreadyExistsFault$;
    exports.DBClusterEndpointMessage$ = DBClusterEndpointMessage$;
    exports.DBClusterEndpointNotFoundFault = DBClusterEndpointNotFoundFault;
    exports.DBClusterEndpointNotFoundFault$ = DBClusterEndpointNotFoundFault$;
    exports.DBClusterEndpointQuotaExceededFault = DBClusterEndpointQuotaExceededFault;
    exports.DBClusterEndpointQuotaExceededFault$ = DBClusterEndpointQuotaExceededFault$;
    exports.DBClusterMember$ = DBClusterMember$;
    exports.DBClusterMessage$ = DBClusterMessage$;
    exports.DBClusterNotFoundFault = DBClusterNotFoundFault;
    exports.DBClusterNotFoundFault$ = DBClusterNotFoundFault$;
    exports.DBClusterOptionGroupStatus$ = DBClusterOptionGroupStatus$;
    exports.DBClusterParameterGroup$ = DBClusterParameterGroup$;
    exports.DBClusterParameterGroupDetails$ = DBClusterParameterGroupDetails$;
    exports.DBClusterParameterGroupNameMessage$ = DBClusterParameterGroupNameMessage$;
    exports.DBClusterParameterGroupNotFoundFault = DBClusterParameterGroupNotFoundFault;
    exports.DBClusterParameterGroupNotFoundFault$ = DBClusterParameterGroupNotFoundFault$;
    exports.DBClusterParameterGroupsMessage$ = DBClusterParameterGroupsMessage$;
    exports.DBClusterQuotaExceededFault = DBClusterQuotaExceededFault;
    exports.DBClusterQuotaExceededFault$ = DBClusterQuotaExceededFault$;
    exports.DBClusterRole$ = DBClusterRole$;
    exports.DBClusterRoleAlreadyExistsFault = DBClusterRoleAlreadyExistsFault;
    exports.DBClusterRoleAlreadyExistsFault$ = DBClusterRoleAlreadyExistsFault$;
    exports.DBClusterRoleNotFoundFault = DBClusterRoleNotFoundFault;
    exports.DBClusterRoleNotFoundFault$ = DBClusterRoleNotFoundFault$;
    exports.DBClusterRoleQuotaExceededFault = DBClusterRoleQuotaExceededFault;
    exports.DBClusterRoleQuotaExceededFault$ = DBClusterRoleQuotaExceededFault$;
    exports.DBClusterSnapshot$ = DBClusterSnapshot$;
    exports.DBClusterSnapshotAlreadyExistsFault = DBClusterSnapshotAlreadyExistsFault;
    exports.DBClusterSnapshotAlreadyExistsFault$ = DBClusterSnapshotAlreadyExistsFault$;
    exports.DBClusterSnapshotAttribute$ = DBClusterSnapshotAttribute$;
    exports.DBClusterSnapshotAttributesResult$ = DBClusterSnapshotAttributesResult$;
    exports.DBClusterSnapshotMessage$ = DBClusterSnapshotMessage$;
    exports.DBClusterSnapshotNotFoundFault = DBClusterSnapshotNotFoundFault;
    exports.DBClusterSnapshotNotFoundFault$ = DBClusterSnapshotNotFoundFault$;
    exports.DBClusterStatusInfo$ = DBClusterStatusInfo$;
    exports.DBEngineVersion$ = DBEngineVersion$;
    exports.DBEngineVersionMessage$ = DBEngineVersionMessage$;
    exports.DBInstance$ = DBInstance$;
    exports.DBInstanceAlreadyExistsFault = DBInstanceAlreadyExistsFault;
    exports.DBInstanceAlreadyExistsFault$ = DBInstanceAlreadyExistsFault$;
    exports.DBInstanceAutomatedBackup$ = DBInstanceAutomatedBackup$;
    exports.DBInstanceAutomatedBackupMessage$ = DBInstanceAutomatedBackupMessage$;
    exports.DBInstanceAutomatedBackupNotFoundFault = DBInstanceAutomatedBackupNotFoundFault;
    exports.DBInstanceAutomatedBackupNotFoundFault$ = DBInstanceAutomatedBackupNotFoundFault$;
    exports.DBInstanceAutomatedBackupQuotaExceededFault = DBInstanceAutomatedBackupQuotaExceededFault;
    exports.DBInstanceAutomatedBackupQuotaExceededFault$ = DBInstanceAutomatedBackupQuotaExceededFault$;
    exports.DBInstanceAutomatedBackupsReplication$ = DBInstanceAutomatedBackupsReplication$;
    exports.DBInstanceMessage$ = DBInstanceMessage$;
    exports.DBInstanceNotFoundFault = DBInstanceNotFoundFault;
    exports.DBInstanceNotFoundFault$ = DBInstanceNotFoundFault$;
    exports.DBInstanceNotReadyFault = DBInstanceNotReadyFault;
    exports.DBInstanceNotReadyFault$ = DBInstanceNotReadyFault$;
    exports.DBInstanceRole$ = DBInstanceRole$;
    exports.DBInstanceRoleAlreadyExistsFault = DBInstanceRoleAlreadyExistsFault;
    exports.DBInstanceRoleAlreadyExistsFault$ = DBInstanceRoleAlreadyExistsFault$;
    exports.DBInstanceRoleNotFoundFault = DBInstanceRoleNotFoundFault;
    exports.DBInstanceRoleNotFoundFault$ = DBInstanceRoleNotFoundFault$;
    exports.DBInstanceRoleQuotaExceededFault = DBInstanceRoleQuotaExceededFault;
    exports.DBInstanceRoleQuotaExceededFault$ = DBInstanceRoleQuotaExceededFault$;
    exports.DBInstanceStatusInfo$ = DBInstanceStatusInfo$;
    exports.DBLogFileNotFoundFault = DBLogFileNotFoundFault;
    exports.DBLogFileNotFoundFault$ = DBLogFileNotFoundFault$;
    exports.DBMajorEngineVersion$ = DBMajorEngineVersion$;
    exports.DBParameterGroup$ = DBParameterGroup$;
    exports.DBParameterGroupAlreadyExistsFault = DBParameterGroupAlreadyExistsFault;
    exports.DBParameterGroupAlreadyExistsFault$ = DBParameterGroupAlreadyExistsFault$;
    exports.DBParameterGroupDetails$ = DBParameterGroupDetails$;
    exports.DBParameterGroupNameMessage$ = DBParameterGroupNameMessage$;
    exports.DBParameterGroupNotFoundFault = DBParameterGroupNotFoundFault;
    exports.DBParameterGroupNotFoundFault$ = DBParameterGroupNotFoundFault$;
    exports.DBParameterGroupQuotaExceededFault = DBParameterGroupQuotaExceededFault;
    exports.DBParameterGroupQuotaExceededFault$ = DBParameterGroupQuotaExceededFault$;
    exports.DBParameterGroupStatus$ = DBParameterGroupStatus$;
    exports.DBParameterGroupsMessage$ = DBParameterGroupsMessage$;
    exports.DBProxy$ = DBProxy$;
    exports.DBProxyAlreadyExistsFault = DBProxyAlreadyExistsFault;
    exports.DBProxyAlreadyExistsFault$ = DBProxyAlreadyExistsFault$;
    exports.DBProxyEndpoint$ = DBProxyEndpoint$;
    exports.DBProxyEndpointAlreadyExistsFault = DBProxyEndpointAlreadyExistsFault;
    exports.DBProxyEndpointAlreadyExistsFault$ = DBProxyEndpointAlreadyExistsFault$;
    exports.DBProxyEndpointNotFoundFault = DBProxyEndpointNotFoundFault;
    exports.DBProxyEndpointNotFoundFault$ = DBProxyEndpointNotFoundFault$;
    exports.DBProxyEndpointQuotaExceededFault = DBProxyEndpointQuotaExceededFault;
    exports.DBProxyEndpointQuotaExceededFault$ = DBProxyEndpointQuotaExceededFault$;
    exports.DBProxyEndpointStatus = DBProxyEndpointStatus;
    exports.DBProxyEndpointTargetRole = DBProxyEndpointTargetRole;
    exports.DBProxyNotFoundFault = DBProxyNotFoundFault;
    exports.DBProxyNotFoundFault$ = DBProxyNotFoundFault$;
    exports.DBProxyQuotaExceededFault = DBProxyQuotaExceededFault;
    exports.DBProxyQuotaExceededFault$ = DBProxyQuotaExceededFault$;
    exports.DBProxyStatus = DBProxyStatus;
    exports.DBProxyTarget$ = DBProxyTarget$;
    exports.DBProxyTargetAlreadyRegisteredFault = DBProxyTargetAlreadyRegisteredFault;
    exports.DBProxyTargetAlreadyRegisteredFault$ = DBProxyTargetAlreadyRegisteredFault$;
    exports.DBProxyTargetGroup$ = DBProxyTargetGroup$;
    exports.DBProxyTargetGroupNotFoundFault = DBProxyTargetGroupNotFoundFault;
    exports.DBProxyTargetGroupNotFoundFault$ = DBProxyTargetGroupNotFoundFault$;
    exports.DBProxyTargetNotFoundFault = DBProxyTargetNotFoundFault;
    exports.DBProxyTargetNotFoundFault$ = DBProxyTargetNotFoundFault$;
    exports.DBRecommendation$ = DBRecommendation$;
    exports.DBRecommendationMessage$ = DBRecommendationMessage$;
    exports.DBRecommendationsMessage$ = DBRecommendationsMessage$;
    exports.DBSecurityGroup$ = DBSecurityGroup$;
    exports.DBSecurityGroupAlreadyExistsFault = DBSecurityGroupAlreadyExistsFault;
    exports.DBSecurityGroupAlreadyExistsFault$ = DBSecurityGroupAlreadyExistsFault$;
    exports.DBSecurityGroupMembership$ = DBSecurityGroupMembership$;
    exports.DBSecurityGroupMessage$ = DBSecurityGroupMessage$;
    exports.DBSecurityGroupNotFoundFault = DBSecurityGroupNotFoundFault;
    exports.DBSecurityGroupNotFoundFault$ = DBSecurityGroupNotFoundFault$;
    exports.DBSecurityGroupNotSupportedFault = DBSecurityGroupNotSupportedFault;
    exports.DBSecurityGroupNotSupportedFault$ = DBSecurityGroupNotSupportedFault$;
    exports.DBSecurityGroupQuotaExceededFault = DBSecurityGroupQuotaExceededFault;
    exports.DBSecurityGroupQuotaExceededFault$ = DBSecurityGroupQuotaExceededFault$;
    exports.DBShardGroup$ = DBShardGroup$;
    exports.DBShardGroupAlreadyExistsFault = DBShardGroupAlreadyExistsFault;
    exports.DBShardGroupAlreadyExistsFault$ = DBShardGroupAlreadyExistsFault$;
    exports.DBShardGroupNotFoundFault = DBShardGroupNotFoundFault;
    exports.DBShardGroupNotFoundFault$ = DBShardGroupNotFoundFault$;
    exports.DBSnapshot$ = DBSnapshot$;
    exports.DBSnapshotAlreadyExistsFault = DBSnapshotAlreadyExistsFault;
    exports.DBSnapshotAlreadyExistsFault$ = DBSnapshotAlreadyExistsFault$;
    exports.DBSnapshotAttribute$ = DBSnapshotAttribute$;
    exports.DBSnapshotAttributesResult$ = DBSnapshotAttributesResult$;
    exports.DBSnapshotMessage$ = DBSnapshotMessage$;
    exports.DBSnapshotNotFoundFault = DBSnapshotNotFoundFault;
    exports.DBSnapshotNotFoundFault$ = DBSnapshotNotFoundFault$;
    exports.DBSnapshotTenantDatabase$ = DBSnapshotTenantDatabase$;
    exports.DBSnapshotTenantDatabaseNotFoundFault = DBSnapshotTenantDatabaseNotFoundFault;
    exports.DBSnapshotTenantDatabaseNotFoundFault$ = DBSnapshotTenantDatabaseNotFoundFault$;
    exports.DBSnapshotTenantDatabasesMessage$ = DBSnapshotTenantDatabasesMessage$;
    exports.DBSubnetGroup$ = DBSubnetGroup$;
    exports.DBSubnetGroupAlreadyExistsFault = DBSubnetGroupAlreadyExistsFault;
    exports.DBSubnetGroupAlreadyExistsFault$ = DBSubnetGroupAlreadyExistsFault$;
    exports.DBSubnetGroupDoesNotCoverEnoughAZs = DBSubnetGroupDoesNotCoverEnoughAZs;
    exports.DBSubnetGroupDoesNotCoverEnoughAZs$ = DBSubnetGroupDoesNotCoverEnoughAZs$;
    exports.DBSubnetGroupMessage$ = DBSubnetGroupMessage$;
    exports.DBSubnetGroupNotAllowedFault = DBSubnetGroupNotAllowedFault;
    exports.DBSubnetGroupNotAllowedFault$ = DBSubnetGroupNotAllowedFault$;
    exports.DBSubnetGroupNotFoundFault = DBSubnetGroupNotFoundFault;
    exports.DBSubnetGroupNotFoundFault$ = DBSubnetGroupNotFoundFault$;
    exports.DBSubnetGroupQuotaExceededFault = DBSubnetGroupQuotaExceededFault;
    exports.DBSubnetGroupQuotaExceededFault$ = DBSubnetGroupQuotaExceededFault$;
    exports.DBSubnetQuotaExceededFault = DBSubnetQuotaExceededFault;
    exports.DBSubnetQuotaExceededFault$ = DBSubnetQuotaExceededFault$;
    exports.DBUpgradeDependencyFailureFault = DBUpgradeDependencyFailureFault;
    exports.DBUpgradeDependencyFailureFault$ = DBUpgradeDependencyFailureFault$;
    exports.DatabaseInsightsMode = DatabaseInsightsMode;
    exports.DefaultAuthScheme = DefaultAuthScheme;
    exports.DeleteBlueGreenDeployment$ = DeleteBlueGreenDeployment$;
    exports.DeleteBlueGreenDeploymentCommand = DeleteBlueGreenDeploymentCommand;
    exports.DeleteBlueGreenDeploymentRequest$ = DeleteBlueGreenDeploymentRequest$;
    exports.DeleteBlueGreenDeploymentResponse$ = DeleteBlueGreenDeploymentResponse$;
    exports.DeleteCustomDBEngineVersion$ = DeleteCustomDBEngineVersion$;
    exports.DeleteCustomDBEngineVersionCommand = DeleteCustomDBEngineVersionCommand;
    exports.DeleteCustomDBEngineVersionMessage$ = DeleteCustomDBEngineVersionMessage$;
    exports.DeleteDBCluster$ = DeleteDBCluster$;
    exports.DeleteDBClusterAutomatedBackup$ = DeleteDBClusterAutomatedBackup$;
    exports.DeleteDBClusterAutomatedBackupCommand = DeleteDBClusterAutomatedBackupCommand;
    exports.DeleteDBClusterAutomatedBackupMessage$ = DeleteDBClusterAutomatedBackupMessage$;
    exports.DeleteDBClusterAutomatedBackupResult$ = DeleteDBClusterAutomatedBackupResult$;
    exports.DeleteDBClusterCommand = DeleteDBClusterCommand;
    exports.DeleteDBClusterEndpoint$ = DeleteDBClusterEndpoint$;
    exports.DeleteDBClusterEndpointCommand = DeleteDBClusterEndpointCommand;
    exports.DeleteDBClusterEndpointMessage$ = DeleteDBClusterEndpointMessage$;
    exports.DeleteDBClusterMessage$ = DeleteDBClusterMessage$;
    exports.DeleteDBClusterParameterGroup$ = DeleteDBClusterParameterGroup$;
    exports.DeleteDBClusterParameterGroupCommand = DeleteDBClusterParameterGroupCommand;
    exports.DeleteDBClusterParameterGroupMessage$ = DeleteDBClusterParameterGroupMessage$;
    exports.DeleteDBClusterResult$ = DeleteDBClusterResult$;
    exports.DeleteDBClusterSnapshot$ = DeleteDBClusterSnapshot$;
    exports.DeleteDBClusterSnapshotCommand = DeleteDBClusterSnapshotCommand;
    exports.DeleteDBClusterSnapshotMessage$ = DeleteDBClusterSnapshotMessage$;
    exports.DeleteDBClusterSnapshotResult$ = DeleteDBClusterSnapshotResult$;
    exports.DeleteDBInstance$ = DeleteDBInstance$;
    exports.DeleteDBInstanceAutomatedBackup$ = DeleteDBInstanceAutomatedBackup$;
    exports.DeleteDBInstanceAutomatedBackupCommand = DeleteDBInstanceAutomatedBackupCommand;
    exports.DeleteDBInstanceAutomatedBackupMessage$ = DeleteDBInstanceAutomatedBackupMessage$;
    exports.DeleteDBInstanceAutomatedBackupResult$ = DeleteDBInstanceAutomatedBackupResult$;
    exports.DeleteDBInstanceCommand = DeleteDBInstanceCommand;
    exports.DeleteDBInstanceMessage$ = DeleteDBInstanceMessage$;
    exports.DeleteDBInstanceResult$ = DeleteDBInstanceResult$;
    exports.DeleteDBParameterGroup$ = DeleteDBParameterGroup$;
    exports.DeleteDBParameterGroupCommand = DeleteDBParameterGroupCommand;
    exports.DeleteDBParameterGroupMessage$ = DeleteDBParameterGroupMessage$;
    exports.DeleteDBProxy$ = DeleteDBProxy$;
    exports.DeleteDBProxyCommand = DeleteDBProxyCommand;
    exports.DeleteDBProxyEndpoint$ = DeleteDBProxyEndpoint$;
    exports.DeleteDBProxyEndpointCommand = DeleteDBProxyEndpointCommand;
    exports.DeleteDBProxyEndpointRequest$ = DeleteDBProxyEndpointRequest$;
    exports.DeleteDBProxyEndpointResponse$ = DeleteDBProxyEndpointResponse$;
    exports.DeleteDBProxyRequest$ = DeleteDBProxyRequest$;
    exports.DeleteDBProxyResponse$ = DeleteDBProxyResponse$;
    exports.DeleteDBSecurityGroup$ = DeleteDBSecurityGroup$;
    exports.DeleteDBSecurityGroupCommand = DeleteDBSecurityGroupCommand;
    exports.DeleteDBSecurityGroupMessage$ = DeleteDBSecurityGroupMessage$;
    exports.DeleteDBShardGroup$ = DeleteDBShardGroup$;
    exports.DeleteDBShardGroupCommand = DeleteDBShardGroupCommand;
    exports.DeleteDBShardGroupMessage$ = DeleteDBShardGroupMessage$;
    exports.DeleteDBSnapshot$ = DeleteDBSnapshot$;
    exports.DeleteDBSnapshotCommand = DeleteDBSnapshotCommand;
    exports.DeleteDBSnapshotMessage$ = DeleteDBSnapshotMessage$;
    exports.DeleteDBSnapshotResult$ = DeleteDBSnapshotResult$;
    exports.DeleteDBSubnetGroup$ = DeleteDBSubnetGroup$;
    exports.DeleteDBSubnetGroupCommand = DeleteDBSubnetGroupCommand;
    exports.DeleteDBSubnetGroupMessage$ = DeleteDBSubnetGroupMessage$;
    exports.DeleteEventSubscription$ = DeleteEventSubscription$;
    exports.DeleteEventSubscriptionCommand = DeleteEventSubscriptionCommand;
    exports.DeleteEventSubscriptionMessage$ = DeleteEventSubscriptionMessage$;
    exports.DeleteEventSubscriptionResult$ = DeleteEventSubscriptionResult$;
    exports.DeleteGlobalCluster$ = DeleteGlobalCluster$;
    exports.DeleteGlobalClusterCommand = DeleteGlobalClusterCommand;
    exports.DeleteGlobalClusterMessage$ = DeleteGlobalClusterMessage$;
    exports.DeleteGlobalClusterResult$ = DeleteGlobalClusterResult$;
    exports.DeleteIntegration$ = DeleteIntegration$;
    exports.DeleteIntegrationCommand = DeleteIntegrationCommand;
    exports.DeleteIntegrationMessage$ = DeleteIntegrationMessage$;
    exports.DeleteOptionGroup$ = DeleteOptionGroup$;
    exports.DeleteOptionGroupCommand = DeleteOptionGroupCommand;
    exports.DeleteOptionGroupMessage$ = DeleteOptionGroupMessage$;
    exports.DeleteTenantDatabase$ = DeleteTenantDatabase$;
    exports.DeleteTenantDatabaseCommand = DeleteTenantDatabaseCommand;
    exports.DeleteTenantDatabaseMessage$ = DeleteTenantDatabaseMessage$;
    exports.DeleteTenantDatabaseResult$ = DeleteTenantDatabaseResult$;
    exports.DeregisterDBProxyTargets$ = DeregisterDBProxyTargets$;
    exports.DeregisterDBProxyTargetsCommand = DeregisterDBProxyTargetsCommand;
    exports.DeregisterDBProxyTargetsRequest$ = DeregisterDBProxyTargetsRequest$;
    exports.DeregisterDBProxyTargetsResponse$ = DeregisterDBProxyTargetsResponse$;
    exports.DescribeAccountAttributes$ = DescribeAccountAttributes$;
    exports.DescribeAccountAttributesCommand = DescribeAccountAttributesCommand;
    exports.DescribeAccountAttributesMessage$ = DescribeAccountAttributesMessage$;
    exports.DescribeBlueGreenDeployments$ = DescribeBlueGreenDeployments$;
    exports.DescribeBlueGreenDeploymentsCommand = DescribeBlueGreenDeploymentsCommand;
    exports.DescribeBlueGreenDeploymentsRequest$ = DescribeBlueGreenDeploymentsRequest$;
    exports.DescribeBlueGreenDeploymentsResponse$ = DescribeBlueGreenDeploymentsResponse$;
    exports.DescribeCertificates$ = DescribeCertificates$;
    exports.DescribeCertificatesCommand = DescribeCertificatesCommand;
    exports.DescribeCertificatesMessage$ = DescribeCertificatesMessage$;
    exports.DescribeDBCapacityReservations$ = DescribeDBCapacityReservations$;
    exports.DescribeDBCapacityReservationsCommand = DescribeDBCapacityReservationsCommand;
    exports.DescribeDBCapacityReservationsRequest$ = DescribeDBCapacityReservationsRequest$;
    exports.DescribeDBCapacityReservationsResponse$ = DescribeDBCapacityReservationsResponse$;
    exports.DescribeDBClusterAutomatedBackups$ = DescribeDBClusterAutomatedBackups$;
    exports.DescribeDBClusterAutomatedBackupsCommand = DescribeDBClusterAutomatedBackupsCommand;
    exports.DescribeDBClusterAutomatedBackupsMessage$ = DescribeDBClusterAutomatedBackupsMessage$;
    exports.DescribeDBClusterBacktracks$ = DescribeDBClusterBacktracks$;
    exports.DescribeDBClusterBacktracksCommand = DescribeDBClusterBacktracksCommand;
    exports.DescribeDBClusterBacktracksMessage$ = DescribeDBClusterBacktracksMessage$;
    exports.DescribeDBClusterEndpoints$ = DescribeDBClusterEndpoints$;
    exports.DescribeDBClusterEndpointsCommand = DescribeDBClusterEndpointsCommand;
    exports.DescribeDBClusterEndpointsMessage$ = DescribeDBClusterEndpointsMessage$;
    exports.DescribeDBClusterParameterGroups$ = DescribeDBClusterParameterGroups$;
    exports.DescribeDBClusterParameterGroupsCommand = DescribeDBClusterParameterGroupsCommand;
    exports.DescribeDBClusterParameterGroupsMessage$ = DescribeDBClusterParameterGroupsMessage$;
    exports.DescribeDBClusterParameters$ = DescribeDBClusterParameters$;
    exports.DescribeDBClusterParametersCommand = DescribeDBClusterParametersCommand;
    exports.DescribeDBClusterParametersMessage$ = DescribeDBClusterParametersMessage$;
    exports.DescribeDBClusterSnapshotAttributes$ = DescribeDBClusterSnapshotAttributes$;
    exports.DescribeDBClusterSnapshotAttributesCommand = DescribeDBClusterSnapshotAttributesCommand;
    exports.DescribeDBClusterSnapshotAttributesMessage$ = DescribeDBClusterSnapshotAttributesMessage$;
    exports.DescribeDBClusterSnapshotAttributesResult$ = DescribeDBClusterSnapshotAttributesResult$;
    exports.DescribeDBClusterSnapshots$ = DescribeDBClusterSnapshots$;
    exports.DescribeDBClusterSnapshotsCommand = DescribeDBClusterSnapshotsCommand2;
    exports.DescribeDBClusterSnapshotsMessage$ = DescribeDBClusterSnapshotsMessage$;
    exports.DescribeDBClusters$ = DescribeDBClusters$;
    exports.DescribeDBClustersCommand = DescribeDBClustersCommand2;
    exports.DescribeDBClustersMessage$ = DescribeDBClustersMessage$;
    exports.DescribeDBEngineVersions$ = DescribeDBEngineVersions$;
    exports.DescribeDBEngineVersionsCommand = DescribeDBEngineVersionsCommand;
    exports.DescribeDBEngineVersionsMessage$ = DescribeDBEngineVersionsMessage$;
    exports.DescribeDBInstanceAutomatedBackups$ = DescribeDBInstanceAutomatedBackups$;
    exports.DescribeDBInstanceAutomatedBackupsCommand = DescribeDBInstanceAutomatedBackupsCommand;
    exports.DescribeDBInstanceAutomatedBackupsMessage$ = DescribeDBInstanceAutomatedBackupsMessage$;
    exports.DescribeDBInstances$ = DescribeDBInstances$;
    exports.DescribeDBInstancesCommand = DescribeDBInstancesCommand2;
    exports.DescribeDBInstancesMessage$ = DescribeDBInstancesMessage$;
    exports.DescribeDBLogFiles$ = DescribeDBLogFiles$;
    exports.DescribeDBLogFilesCommand = DescribeDBLogFilesCommand;
    exports.DescribeDBLogFilesDetails$ = DescribeDBLogFilesDetails$;
    exports.DescribeDBLogFilesMessage$ = DescribeDBLogFilesMessage$;
    exports.DescribeDBLogFilesResponse$ = DescribeDBLogFilesResponse$;
    exports.DescribeDBMajorEngineVersions$ = DescribeDBMajorEngineVersions$;
    exports.DescribeDBMajorEngineVersionsCommand = DescribeDBMajorEngineVersionsCommand;
    exports.DescribeDBMajorEngineVersionsRequest$ = DescribeDBMajorEngineVersionsRequest$;
    exports.DescribeDBMajorEngineVersionsResponse$ = DescribeDBMajorEngineVersionsResponse$;
    exports.DescribeDBParameterGroups$ = DescribeDBParameterGroups$;
    exports.DescribeDBParameterGroupsCommand = DescribeDBParameterGroupsCommand;
    exports.DescribeDBParameterGroupsMessage$ = DescribeDBParameterGroupsMessage$;
    exports.DescribeDBParameters$ = DescribeDBParameters$;
    exports.DescribeDBParametersCommand = DescribeDBParametersCommand;
    exports.DescribeDBParametersMessage$ = DescribeDBParametersMessage$;
    exports.DescribeDBProxies$ = DescribeDBProxies$;
    exports.DescribeDBProxiesCommand = DescribeDBProxiesCommand;
    exports.DescribeDBProxiesRequest$ = DescribeDBProxiesRequest$;
    exports.DescribeDBProxiesResponse$ = DescribeDBProxiesResponse$;
    exports.DescribeDBProxyEndpoints$ = DescribeDBProxyEndpoints$;
    exports.DescribeDBProxyEndpointsCommand = DescribeDBProxyEndpointsCommand;
    exports.DescribeDBProxyEndpointsRequest$ = DescribeDBProxyEndpointsRequest$;
    exports.DescribeDBProxyEndpointsResponse$ = DescribeDBProxyEndpointsResponse$;
    exports.DescribeDBProxyTargetGroups$ = DescribeDBProxyTargetGroups$;
    exports.DescribeDBProxyTargetGroupsCommand = DescribeDBProxyTargetGroupsCommand;
    exports.DescribeDBProxyTargetGroupsRequest$ = DescribeDBProxyTargetGroupsRequest$;
    exports.DescribeDBProxyTargetGroupsResponse$ = DescribeDBProxyTargetGroupsResponse$;
    exports.DescribeDBProxyTargets$ = DescribeDBProxyTargets$;
    exports.DescribeDBProxyTargetsCommand = DescribeDBProxyTargetsCommand;
    exports.DescribeDBProxyTargetsRequest$ = DescribeDBProxyTargetsRequest$;
    exports.DescribeDBProxyTargetsResponse$ = DescribeDBProxyTargetsResponse$;
    exports.DescribeDBRecommendations$ = DescribeDBRecommendations$;
    exports.DescribeDBRecommendationsCommand = DescribeDBRecommendationsCommand;
    exports.DescribeDBRecommendationsMessage$ = DescribeDBRecommendationsMessage$;
    exports.DescribeDBSecurityGroups$ = DescribeDBSecurityGroups$;
    exports.DescribeDBSecurityGroupsCommand = DescribeDBSecurityGroupsCommand;
    exports.DescribeDBSecurityGroupsMessage$ = DescribeDBSecurityGroupsMessage$;
    exports.DescribeDBShardGroups$ = DescribeDBShardGroups$;
    exports.DescribeDBShardGroupsCommand = DescribeDBShardGroupsCommand;
    exports.DescribeDBShardGroupsMessage$ = DescribeDBShardGroupsMessage$;
    exports.DescribeDBShardGroupsResponse$ = DescribeDBShardGroupsResponse$;
    exports.DescribeDBSnapshotAttributes$ = DescribeDBSnapshotAttributes$;
    exports.DescribeDBSnapshotAttributesCommand = DescribeDBSnapshotAttributesCommand;
    exports.DescribeDBSnapshotAttributesMessage$ = DescribeDBSnapshotAttributesMessage$;
    exports.DescribeDBSnapshotAttributesResult$ = DescribeDBSnapshotAttributesResult$;
    exports.DescribeDBSnapshotTenantDatabases$ = DescribeDBSnapshotTenantDatabases$;
    exports.DescribeDBSnapshotTenantDatabasesCommand = DescribeDBSnapshotTenantDatabasesCommand;
    exports.DescribeDBSnapshotTenantDatabasesMessage$ = DescribeDBSnapshotTenantDatabasesMessage$;
    exports.DescribeDBSnapshots$ = DescribeDBSnapshots$;
    exports.DescribeDBSnapshotsCommand = DescribeDBSnapshotsCommand2;
    exports.DescribeDBSnapshotsMessage$ = DescribeDBSnapshotsMessage$;
    exports.DescribeDBSubnetGroups$ = DescribeDBSubnetGroups$;
    exports.DescribeDBSubnetGroupsCommand = DescribeDBSubnetGroupsCommand;
    exports.DescribeDBSubnetGroupsMessage$ = DescribeDBSubnetGroupsMessage$;
    exports.DescribeEngineDefaultClusterParameters$ = DescribeEngineDefaultClusterParameters$;
    exports.DescribeEngineDefaultClusterParametersCommand = DescribeEngineDefaultClusterParametersCommand;
    exports.DescribeEngineDefaultClusterParametersMessage$ = DescribeEngineDefaultClusterParametersMessage$;
    exports.DescribeEngineDefaultClusterParametersResult$ = DescribeEngineDefaultClusterParametersResult$;
    exports.DescribeEngineDefaultParameters$ = DescribeEngineDefaultParameters$;
    exports.DescribeEngineDefaultParametersCommand = DescribeEngineDefaultParametersCommand;
    exports.DescribeEngineDefaultParametersMessage$ = DescribeEngineDefaultParametersMessage$;
    exports.DescribeEngineDefaultParametersResult$ = DescribeEngineDefaultParametersResult$;
    exports.DescribeEventCategories$ = DescribeEventCategories$;
    exports.DescribeEventCategoriesCommand = DescribeEventCategoriesCommand;
    exports.DescribeEventCategoriesMessage$ = DescribeEventCategoriesMessage$;
    exports.DescribeEventSubscriptions$ = DescribeEventSubscriptions$;
    exports.DescribeEventSubscriptionsCommand = DescribeEventSubscriptionsCommand;
    exports.DescribeEventSubscriptionsMessage$ = DescribeEventSubscriptionsMessage$;
    exports.DescribeEvents$ = DescribeEvents$;
    exports.DescribeEventsCommand = DescribeEventsCommand;
    exports.DescribeEventsMessage$ = DescribeEventsMessage$;
    exports.DescribeExportTasks$ = DescribeExportTasks$;
    exports.DescribeExportTasksCommand = DescribeExportTasksCommand;
    exports.DescribeExportTasksMessage$ = DescribeExportTasksMessage$;
    exports.DescribeGlobalClusters$ = DescribeGlobalClusters$;
    exports.DescribeGlobalClustersCommand = DescribeGlobalClustersCommand;
    exports.DescribeGlobalClustersMessage$ = DescribeGlobalClustersMessage$;
    exports.DescribeIntegrations$ = DescribeIntegrations$;
    exports.DescribeIntegrationsCommand = DescribeIntegrationsCommand;
    exports.DescribeIntegrationsMessage$ = DescribeIntegrationsMessage$;
    exports.DescribeIntegrationsResponse$ = DescribeIntegrationsResponse$;
    exports.DescribeOptionGroupOptions$ = DescribeOptionGroupOptions$;
    exports.DescribeOptionGroupOptionsCommand = DescribeOptionGroupOptionsCommand;
    exports.DescribeOptionGroupOptionsMessage$ = DescribeOptionGroupOptionsMessage$;
    exports.DescribeOptionGroups$ = DescribeOptionGroups$;
    exports.DescribeOptionGroupsCommand = DescribeOptionGroupsCommand;
    exports.DescribeOptionGroupsMessage$ = DescribeOptionGroupsMessage$;
    exports.DescribeOrderableDBInstanceOptions$ = DescribeOrderableDBInstanceOptions$;
    exports.DescribeOrderableDBInstanceOptionsCommand = DescribeOrderableDBInstanceOptionsCommand;
    exports.DescribeOrderableDBInstanceOptionsMessage$ = DescribeOrderableDBInstanceOptionsMessage$;
    exports.DescribePendingMaintenanceActions$ = DescribePendingMaintenanceActions$;
    exports.DescribePendingMaintenanceActionsCommand = DescribePendingMaintenanceActionsCommand;
    exports.DescribePendingMaintenanceActionsMessage$ = DescribePendingMaintenanceActionsMessage$;
    exports.DescribeReservedDBInstances$ = DescribeReservedDBInstances$;
    exports.DescribeReservedDBInstancesCommand = DescribeReservedDBInstancesCommand;
    exports.DescribeReservedDBInstancesMessage$ = DescribeReservedDBInstancesMessage$;
    exports.DescribeReservedDBInstancesOfferings$ = DescribeReservedDBInstancesOfferings$;
    exports.DescribeReservedDBInstancesOfferingsCommand = DescribeReservedDBInstancesOfferingsCommand;
    exports.DescribeReservedDBInstancesOfferingsMessage$ = DescribeReservedDBInstancesOfferingsMessage$;
    exports.DescribeServerlessV2PlatformVersions$ = DescribeServerlessV2PlatformVersions$;
    exports.DescribeServerlessV2PlatformVersionsCommand = DescribeServerlessV2PlatformVersionsCommand;
    exports.DescribeServerlessV2PlatformVersionsMessage$ = DescribeServerlessV2PlatformVersionsMessage$;
    exports.DescribeSourceRegions$ = DescribeSourceRegions$;
    exports.DescribeSourceRegionsCommand = DescribeSourceRegionsCommand;
    exports.DescribeSourceRegionsMessage$ = DescribeSourceRegionsMessage$;
    exports.DescribeTenantDatabases$ = DescribeTenantDatabases$;
    exports.DescribeTenantDatabasesCommand = DescribeTenantDatabasesCommand;
    exports.DescribeTenantDatabasesMessage$ = DescribeTenantDatabasesMessage$;
    exports.DescribeValidDBInstanceModifications$ = DescribeValidDBInstanceModifications$;
    exports.DescribeValidDBInstanceModificationsCommand = DescribeValidDBInstanceModificationsCommand;
    exports.DescribeValidDBInstanceModificationsMessage$ = DescribeValidDBInstanceModificationsMessage$;
    exports.DescribeValidDBInstanceModificationsResult$ = DescribeValidDBInstanceModificationsResult$;
    exports.DisableHttpEndpoint$ = DisableHttpEndpoint$;
    exports.DisableHttpEndpointCommand = DisableHttpEndpointCommand;
    exports.DisableHttpEndpointRequest$ = DisableHttpEndpointRequest$;
    exports.DisableHttpEndpointResponse$ = DisableHttpEndpointResponse$;
    exports.DocLink$ = DocLink$;
    exports.DomainMembership$ = DomainMembership$;
    exports.DomainNotFoundFault = DomainNotFoundFault;
    exports.DomainNotFoundFault$ = DomainNotFoundFault$;
    exports.DoubleRange$ = DoubleRange$;
    exports.DownloadDBLogFilePortion$ = DownloadDBLogFilePortion$;
    exports.DownloadDBLogFilePortionCommand = DownloadDBLogFilePortionCommand;
    exports.DownloadDBLogFilePortionDetails$ = DownloadDBLogFilePortionDetails$;
    exports.DownloadDBLogFilePortionMessage$ = DownloadDBLogFilePortionMessage$;
    exports.EC2SecurityGroup$ = EC2SecurityGroup$;
    exports.Ec2ImagePropertiesNotSupportedFault = Ec2ImagePropertiesNotSupportedFault;
    exports.Ec2ImagePropertiesNotSupportedFault$ = Ec2ImagePropertiesNotSupportedFault$;
    exports.EnableHttpEndpoint$ = EnableHttpEndpoint$;
    exports.EnableHttpEndpointCommand = EnableHttpEndpointCommand;
    exports.EnableHttpEndpointRequest$ = EnableHttpEndpointRequest$;
    exports.EnableHttpEndpointResponse$ = EnableHttpEndpointResponse$;
    exports.EndDateType = EndDateType;
    exports.Endpoint$ = Endpoint$;
    exports.EndpointNetworkType = EndpointNetworkType;
    exports.EngineDefaults$ = EngineDefaults$;
    exports.EngineFamily = EngineFamily;
    exports.Event$ = Event$;
    exports.EventCategoriesMap$ = EventCategoriesMap$;
    exports.EventCategoriesMessage$ = EventCategoriesMessage$;
    exports.EventSubscription$ = EventSubscription$;
    exports.EventSubscriptionQuotaExceededFault = EventSubscriptionQuotaExceededFault;
    exports.EventSubscriptionQuotaExceededFault$ = EventSubscriptionQuotaExceededFault$;
    exports.EventSubscriptionsMessage$ = EventSubscriptionsMessage$;
    exports.EventsMessage$ = EventsMessage$;
    exports.ExportSourceType = ExportSourceType;
    exports.ExportTask$ = ExportTask$;
    exports.ExportTaskAlreadyExistsFault = ExportTaskAlreadyExistsFault;
    exports.ExportTaskAlreadyExistsFault$ = ExportTaskAlreadyExistsFault$;
    exports.ExportTaskNotFoundFault = ExportTaskNotFoundFault;
    exports.ExportTaskNotFoundFault$ = ExportTaskNotFoundFault$;
    exports.ExportTasksMessage$ = ExportTasksMessage$;
    exports.FailoverDBCluster$ = FailoverDBCluster$;
    exports.FailoverDBClusterCommand = FailoverDBClusterCommand;
    exports.FailoverDBClusterMessage$ = FailoverDBClusterMessage$;
    exports.FailoverDBClusterResult$ = FailoverDBClusterResult$;
    exports.FailoverGlobalCluster$ = FailoverGlobalCluster$;
    exports.FailoverGlobalClusterCommand = FailoverGlobalClusterCommand;
    exports.FailoverGlobalClusterMessage$ = FailoverGlobalClusterMessage$;
    exports.FailoverGlobalClusterResult$ = FailoverGlobalClusterResult$;
    exports.FailoverState$ = FailoverState$;
    exports.FailoverStatus = FailoverStatus;
    exports.Filter$ = Filter$;
    exports.GlobalCluster$ = GlobalCluster$;
    exports.GlobalClusterAlreadyExistsFault = GlobalClusterAlreadyExistsFault;
    exports.GlobalClusterAlreadyExistsFault$ = GlobalClusterAlreadyExistsFault$;
    exports.GlobalClusterMember$ = GlobalClusterMember$;
    exports.GlobalClusterMemberSynchronizationStatus = GlobalClusterMemberSynchronizationStatus;
    exports.GlobalClusterNotFoundFault = GlobalClusterNotFoundFault;
    exports.GlobalClusterNotFoundFault$ = GlobalClusterNotFoundFault$;
    exports.GlobalClusterQuotaExceededFault = GlobalClusterQuotaExceededFault;
    exports.GlobalClusterQuotaExceededFault$ = GlobalClusterQuotaExceededFault$;
    exports.GlobalClustersMessage$ = GlobalClustersMessage$;
    exports.IAMAuthMode = IAMAuthMode;
    exports.IPRange$ = IPRange$;
    exports.IamRoleMissingPermissionsFault = IamRoleMissingPermissionsFault;
    exports.IamRoleMissingPermissionsFault$ = IamRoleMissingPermissionsFault$;
    exports.IamRoleNotFoundFault = IamRoleNotFoundFault;
    exports.IamRoleNotFoundFault$ = IamRoleNotFoundFault$;
    exports.InstanceQuotaExceededFault = InstanceQuotaExceededFault;
    exports.InstanceQuotaExceededFault$ = InstanceQuotaExceededFault$;
    exports.InsufficientAvailableIPsInSubnetFault = InsufficientAvailableIPsInSubnetFault;
    exports.InsufficientAvailableIPsInSubnetFault$ = InsufficientAvailableIPsInSubnetFault$;
    exports.InsufficientDBClusterCapacityFault = InsufficientDBClusterCapacityFault;
    exports.InsufficientDBClusterCapacityFault$ = InsufficientDBClusterCapacityFault$;
    exports.InsufficientDBInstanceCapacityFault = InsufficientDBInstanceCapacityFault;
    exports.InsufficientDBInstanceCapacityFault$ = InsufficientDBInstanceCapacityFault$;
    exports.InsufficientStorageClusterCapacityFault = InsufficientStorageClusterCapacityFault;
    exports.InsufficientStorageClusterCapacityFault$ = InsufficientStorageClusterCapacityFault$;
    exports.Integration$ = Integration$;
    exports.IntegrationAlreadyExistsFault = IntegrationAlreadyExistsFault;
    exports.IntegrationAlreadyExistsFault$ = IntegrationAlreadyExistsFault$;
    exports.IntegrationConflictOperationFault = IntegrationConflictOperationFault;
    exports.IntegrationConflictOperationFault$ = IntegrationConflictOperationFault$;
    exports.IntegrationError$ = IntegrationError$;
    exports.IntegrationNotFoundFault = IntegrationNotFoundFault;
    exports.IntegrationNotFoundFault$ = IntegrationNotFoundFault$;
    exports.IntegrationQuotaExceededFault = IntegrationQuotaExceededFault;
    exports.IntegrationQuotaExceededFault$ = IntegrationQuotaExceededFault$;
    exports.IntegrationStatus = IntegrationStatus;
    exports.InvalidBlueGreenDeploymentStateFault = InvalidBlueGreenDeploymentStateFault;
    exports.InvalidBlueGreenDeploymentStateFault$ = InvalidBlueGreenDeploymentStateFault$;
    exports.InvalidCustomDBEngineVersionStateFault = InvalidCustomDBEngineVersionStateFault;
    exports.InvalidCustomDBEngineVersionStateFault$ = InvalidCustomDBEngineVersionStateFault$;
    exports.InvalidDBCapacityReservationStateFault = InvalidDBCapacityReservationStateFault;
    exports.InvalidDBCapacityReservationStateFault$ = InvalidDBCapacityReservationStateFault$;
    exports.InvalidDBClusterAutomatedBackupStateFault = InvalidDBClusterAutomatedBackupStateFault;
    exports.InvalidDBClusterAutomatedBackupStateFault$ = InvalidDBClusterAutomatedBackupStateFault$;
    exports.InvalidDBClusterCapacityFault = InvalidDBClusterCapacityFault;
    exports.InvalidDBClusterCapacityFault$ = InvalidDBClusterCapacityFault$;
    exports.InvalidDBClusterEndpointStateFault = InvalidDBClusterEndpointStateFault;
    exports.InvalidDBClusterEndpointStateFault$ = InvalidDBClusterEndpointStateFault$;
    exports.InvalidDBClusterSnapshotStateFault = InvalidDBClusterSnapshotStateFault;
    exports.InvalidDBClusterSnapshotStateFault$ = InvalidDBClusterSnapshotStateFault$;
    exports.InvalidDBClusterStateFault = InvalidDBClusterStateFault;
    exports.InvalidDBClusterStateFault$ = InvalidDBClusterStateFault$;
    exports.InvalidDBInstanceAutomatedBackupStateFault = InvalidDBInstanceAutomatedBackupStateFault;
    exports.InvalidDBInstanceAutomatedBackupStateFault$ = InvalidDBInstanceAutomatedBackupStateFault$;
    exports.InvalidDBInstanceStateFault = InvalidDBInstanceStateFault;
    exports.InvalidDBInstanceStateFault$ = InvalidDBInstanceStateFault$;
    exports.InvalidDBParameterGroupStateFault = InvalidDBParameterGroupStateFault;
    exports.InvalidDBParameterGroupStateFault$ = InvalidDBParameterGroupStateFault$;
    exports.InvalidDBProxyEndpointStateFault = InvalidDBProxyEndpointStateFault;
    exports.InvalidDBProxyEndpointStateFault$ = InvalidDBProxyEndpointStateFault$;
    exports.InvalidDBProxyStateFault = InvalidDBProxyStateFault;
    exports.InvalidDBProxyStateFault$ = InvalidDBProxyStateFault$;
    exports.InvalidDBSecurityGroupStateFault = InvalidDBSecurityGroupStateFault;
    exports.InvalidDBSecurityGroupStateFault$ = InvalidDBSecurityGroupStateFault$;
    exports.InvalidDBShardGroupStateFault = InvalidDBShardGroupStateFault;
    exports.InvalidDBShardGroupStateFault$ = InvalidDBShardGroupStateFault$;
    exports.InvalidDBSnapshotStateFault = InvalidDBSnapshotStateFault;
    exports.InvalidDBSnapshotStateFault$ = InvalidDBSnapshotStateFault$;
    exports.InvalidDBSubnetGroupFault = InvalidDBSubnetGroupFault;
    exports.InvalidDBSubnetGroupFault$ = InvalidDBSubnetGroupFault$;
    exports.InvalidDBSubnetGroupStateFault = InvalidDBSubnetGroupStateFault;
    exports.InvalidDBSubnetGroupStateFault$ = InvalidDBSubnetGroupStateFault$;
    exports.InvalidDBSubnetStateFault = InvalidDBSubnetStateFault;
    exports.InvalidDBSubnetStateFault$ = InvalidDBSubnetStateFault$;
    exports.InvalidEventSubscriptionStateFault = InvalidEventSubscriptionStateFault;
    exports.InvalidEventSubscriptionStateFault$ = InvalidEventSubscriptionStateFault$;
    exports.InvalidExportOnlyFault = InvalidExportOnlyFault;
    exports.InvalidExportOnlyFault$ = InvalidExportOnlyFault$;
    exports.InvalidExportSourceStateFault = InvalidExportSourceStateFault;
    exports.InvalidExportSourceStateFault$ = InvalidExportSourceStateFault$;
    exports.InvalidExportTaskStateFault = InvalidExportTaskStateFault;
    exports.InvalidExportTaskStateFault$ = InvalidExportTaskStateFault$;
    exports.InvalidGlobalClusterStateFault = InvalidGlobalClusterStateFault;
    exports.InvalidGlobalClusterStateFault$ = InvalidGlobalClusterStateFault$;
    exports.InvalidIntegrationStateFault = InvalidIntegrationStateFault;
    exports.InvalidIntegrationStateFault$ = InvalidIntegrationStateFault$;
    exports.InvalidOptionGroupStateFault = InvalidOptionGroupStateFault;
    exports.InvalidOptionGroupStateFault$ = InvalidOptionGroupStateFault$;
    exports.InvalidResourceStateFault = InvalidResourceStateFault;
    exports.InvalidResourceStateFault$ = InvalidResourceStateFault$;
    exports.InvalidRestoreFault = InvalidRestoreFault;
    exports.InvalidRestoreFault$ = InvalidRestoreFault$;
    exports.InvalidS3BucketFault = InvalidS3BucketFault;
    exports.InvalidS3BucketFault$ = InvalidS3BucketFault$;
    exports.InvalidSubnet = InvalidSubnet;
    exports.InvalidSubnet$ = InvalidSubnet$;
    exports.InvalidVPCNetworkStateFault = InvalidVPCNetworkStateFault;
    exports.InvalidVPCNetworkStateFault$ = InvalidVPCNetworkStateFault$;
    exports.IssueDetails$ = IssueDetails$;
    exports.KMSKeyNotAccessibleFault = KMSKeyNotAccessibleFault;
    exports.KMSKeyNotAccessibleFault$ = KMSKeyNotAccessibleFault$;
    exports.LifecycleSupportName = LifecycleSupportName;
    exports.LimitlessDatabase$ = LimitlessDatabase$;
    exports.LimitlessDatabaseStatus = LimitlessDatabaseStatus;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceMessage$ = ListTagsForResourceMessage$;
    exports.LocalWriteForwardingStatus = LocalWriteForwardingStatus;
    exports.MasterUserAuthenticationType = MasterUserAuthenticationType;
    exports.MasterUserSecret$ = MasterUserSecret$;
    exports.MaxDBShardGroupLimitReached = MaxDBShardGroupLimitReached;
    exports.MaxDBShardGroupLimitReached$ = MaxDBShardGroupLimitReached$;
    exports.Metric$ = Metric$;
    exports.MetricQuery$ = MetricQuery$;
    exports.MetricReference$ = MetricReference$;
    exports.MinimumEngineVersionPerAllowedValue$ = MinimumEngineVersionPerAllowedValue$;
    exports.ModifyActivityStream$ = ModifyActivityStream$;
    exports.ModifyActivityStreamCommand = ModifyActivityStreamCommand;
    exports.ModifyActivityStreamRequest$ = ModifyActivityStreamRequest$;
    exports.ModifyActivityStreamResponse$ = ModifyActivityStreamResponse$;
    exports.ModifyAdditionalStorageVolume$ = ModifyAdditionalStorageVolume$;
    exports.ModifyCertificates$ = ModifyCertificates$;
    exports.ModifyCertificatesCommand = ModifyCertificatesCommand;
    exports.ModifyCertificatesMessage$ = ModifyCertificatesMessage$;
    exports.ModifyCertificatesResult$ = ModifyCertificatesResult$;
    exports.ModifyCurrentDBClusterCapacity$ = ModifyCurrentDBClusterCapacity$;
    exports.ModifyCurrentDBClusterCapacityCommand = ModifyCurrentDBClusterCapacityCommand;
    exports.ModifyCurrentDBClusterCapacityMessage$ = ModifyCurrentDBClusterCapacityMessage$;
    exports.ModifyCustomDBEngineVersion$ = ModifyCustomDBEngineVersion$;
    exports.ModifyCustomDBEngineVersionCommand = ModifyCustomDBEngineVersionCommand;
    exports.ModifyCustomDBEngineVersionMessage$ = ModifyCustomDBEngineVersionMessage$;
    exports.ModifyDBCapacityReservation$ = ModifyDBCapacityReservation$;
    exports.ModifyDBCapacityReservationCommand = ModifyDBCapacityReservationCommand;
    exports.ModifyDBCapacityReservationRequest$ = ModifyDBCapacityReservationRequest$;
    exports.ModifyDBCapacityReservationResponse$ = ModifyDBCapacityReservationResponse$;
    exports.ModifyDBCluster$ = ModifyDBCluster$;
    exports.ModifyDBClusterCommand = ModifyDBClusterCommand;
    exports.ModifyDBClusterEndpoint$ = ModifyDBClusterEndpoint$;
    exports.ModifyDBClusterEndpointCommand = ModifyDBClusterEndpointCommand;
    exports.ModifyDBClusterEndpointMessage$ = ModifyDBClusterEndpointMessage$;
    exports.ModifyDBClusterMessage$ = ModifyDBClusterMessage$;
    exports.ModifyDBClusterParameterGroup$ = ModifyDBClusterParameterGroup$;
    exports.ModifyDBClusterParameterGroupCommand = ModifyDBClusterParameterGroupCommand;
    exports.ModifyDBClusterParameterGroupMessage$ = ModifyDBClusterParameterGroupMessage$;
    exports.ModifyDBClusterResult$ = ModifyDBClusterResult$;
    exports.ModifyDBClusterSnapshotAttribute$ = ModifyDBClusterSnapshotAttribute$;
    exports.ModifyDBClusterSnapshotAttributeCommand = ModifyDBClusterSnapshotAttributeCommand;
    exports.ModifyDBClusterSnapshotAttributeMessage$ = ModifyDBClusterSnapshotAttributeMessage$;
    exports.ModifyDBClusterSnapshotAttributeResult$ = ModifyDBClusterSnapshotAttributeResult$;
    exports.ModifyDBInstance$ = ModifyDBInstance$;
    exports.ModifyDBInstanceCommand = ModifyDBInstanceCommand;
    exports.ModifyDBInstanceMessage$ = ModifyDBInstanceMessage$;
    exports.ModifyDBInstanceResult$ = ModifyDBInstanceResult$;
    exports.ModifyDBParameterGroup$ = ModifyDBParameterGroup$;
    exports.ModifyDBParameterGroupCommand = ModifyDBParameterGroupCommand;
    exports.ModifyDBParameterGroupMessage$ = ModifyDBParameterGroupMessage$;
    exports.ModifyDBProxy$ = ModifyDBProxy$;
    exports.ModifyDBProxyCommand = ModifyDBProxyCommand;
    exports.ModifyDBProxyEndpoint$ = ModifyDBProxyEndpoint$;
    exports.ModifyDBProxyEndpointCommand = ModifyDBProxyEndpointCommand;
    exports.ModifyDBProxyEndpointRequest$ = ModifyDBProxyEndpointRequest$;
    exports.ModifyDBProxyEndpointResponse$ = ModifyDBProxyEndpointResponse$;
    exports.ModifyDBProxyRequest$ = ModifyDBProxyRequest$;
    exports.ModifyDBProxyResponse$ = ModifyDBProxyResponse$;
    exports.ModifyDBProxyTargetGroup$ = ModifyDBProxyTargetGroup$;
    exports.ModifyDBProxyTargetGroupCommand = ModifyDBProxyTargetGroupCommand;
    exports.ModifyDBProxyTargetGroupRequest$ = ModifyDBProxyTargetGroupRequest$;
    exports.ModifyDBProxyTargetGroupResponse$ = ModifyDBProxyTargetGroupResponse$;
    exports.ModifyDBRecommendation$ = ModifyDBRecommendation$;
    exports.ModifyDBRecommendationCommand = ModifyDBRecommendationCommand;
    exports.ModifyDBRecommendationMessage$ = ModifyDBRecommendationMessage$;
    exports.ModifyDBShardGroup$ = ModifyDBShardGroup$;
    exports.ModifyDBShardGroupCommand = ModifyDBShardGroupCommand;
    exports.ModifyDBShardGroupMessage$ = ModifyDBShardGroupMessage$;
    exports.ModifyDBSnapshot$ = ModifyDBSnapshot$;
    exports.ModifyDBSnapshotAttribute$ = ModifyDBSnapshotAttribute$;
    exports.ModifyDBSnapshotAttributeCommand = ModifyDBSnapshotAttributeCommand;
    exports.ModifyDBSnapshotAttributeMessage$ = ModifyDBSnapshotAttributeMessage$;
    exports.ModifyDBSnapshotAttributeResult$ = ModifyDBSnapshotAttributeResult$;
    exports.ModifyDBSnapshotCommand = ModifyDBSnapshotCommand;
    exports.ModifyDBSnapshotMessage$ = ModifyDBSnapshotMessage$;
    exports.ModifyDBSnapshotResult$ = ModifyDBSnapshotResult$;
    exports.ModifyDBSubnetGroup$ = ModifyDBSubnetGroup$;
    exports.ModifyDBSubnetGroupCommand = ModifyDBSubnetGroupCommand;
    exports.ModifyDBSubnetGroupMessage$ = ModifyDBSubnetGroupMessage$;
    exports.ModifyDBSubnetGroupResult$ = ModifyDBSubnetGroupResult$;
    exports.ModifyEventSubscription$ = ModifyEventSubscription$;
    exports.ModifyEventSubscriptionCommand = ModifyEventSubscriptionCommand;
    exports.ModifyEventSubscriptionMessage$ = ModifyEventSubscriptionMessage$;
    exports.ModifyEventSubscriptionResult$ = ModifyEventSubscriptionResult$;
    exports.ModifyGlobalCluster$ = ModifyGlobalCluster$;
    exports.ModifyGlobalClusterCommand = ModifyGlobalClusterCommand;
    exports.ModifyGlobalClusterMessage$ = ModifyGlobalClusterMessage$;
    exports.ModifyGlobalClusterResult$ = ModifyGlobalClusterResult$;
    exports.ModifyIntegration$ = ModifyIntegration$;
    exports.ModifyIntegrationCommand = ModifyIntegrationCommand;
    exports.ModifyIntegrationMessage$ = ModifyIntegrationMessage$;
    exports.ModifyOptionGroup$ = ModifyOptionGroup$;
    exports.ModifyOptionGroupCommand = ModifyOptionGroupCommand;
    exports.ModifyOptionGroupMessage$ = ModifyOptionGroupMessage$;
    exports.ModifyOptionGroupResult$ = ModifyOptionGroupResult$;
    exports.ModifyTenantDatabase$ = ModifyTenantDatabase$;
    exports.ModifyTenantDatabaseCommand = ModifyTenantDatabaseCommand;
    exports.ModifyTenantDatabaseMessage$ = ModifyTenantDatabaseMessage$;
    exports.ModifyTenantDatabaseResult$ = ModifyTenantDatabaseResult$;
    exports.NetworkTypeNotSupported = NetworkTypeNotSupported;
    exports.NetworkTypeNotSupported$ = NetworkTypeNotSupported$;
    exports.Option$ = Option$;
    exports.OptionConfiguration$ = OptionConfiguration$;
    exports.OptionGroup$ = OptionGroup$;
    exports.OptionGroupAlreadyExistsFault = OptionGroupAlreadyExistsFault;
    exports.OptionGroupAlreadyExistsFault$ = OptionGroupAlreadyExistsFault$;
    exports.OptionGroupMembership$ = OptionGroupMembership$;
    exports.OptionGroupNotFoundFault = OptionGroupNotFoundFault;
    exports.OptionGroupNotFoundFault$ = OptionGroupNotFoundFault$;
    exports.OptionGroupOption$ = OptionGroupOption$;
    exports.OptionGroupOptionSetting$ = OptionGroupOptionSetting$;
    exports.OptionGroupOptionsMessage$ = OptionGroupOptionsMessage$;
    exports.OptionGroupQuotaExceededFault = OptionGroupQuotaExceededFault;
    exports.OptionGroupQuotaExceededFault$ = OptionGroupQuotaExceededFault$;
    exports.OptionGroups$ = OptionGroups$;
    exports.OptionSetting$ = OptionSetting$;
    exports.OptionVersion$ = OptionVersion$;
    exports.OrderableDBInstanceOption$ = OrderableDBInstanceOption$;
    exports.OrderableDBInstanceOptionsMessage$ = OrderableDBInstanceOptionsMessage$;
    exports.Outpost$ = Outpost$;
    exports.Parameter$ = Parameter$;
    exports.PendingCloudwatchLogsExports$ = PendingCloudwatchLogsExports$;
    exports.PendingMaintenanceAction$ = PendingMaintenanceAction$;
    exports.PendingMaintenanceActionsMessage$ = PendingMaintenanceActionsMessage$;
    exports.PendingModifiedValues$ = PendingModifiedValues$;
    exports.PerformanceInsightsMetricDimensionGroup$ = PerformanceInsightsMetricDimensionGroup$;
    exports.PerformanceInsightsMetricQuery$ = PerformanceInsightsMetricQuery$;
    exports.PerformanceIssueDetails$ = PerformanceIssueDetails$;
    exports.PointInTimeRestoreNotEnabledFault = PointInTimeRestoreNotEnabledFault;
    exports.PointInTimeRestoreNotEnabledFault$ = PointInTimeRestoreNotEnabledFault$;
    exports.ProcessorFeature$ = ProcessorFeature$;
    exports.PromoteReadReplica$ = PromoteReadReplica$;
    exports.PromoteReadReplicaCommand = PromoteReadReplicaCommand;
    exports.PromoteReadReplicaDBCluster$ = PromoteReadReplicaDBCluster$;
    exports.PromoteReadReplicaDBClusterCommand = PromoteReadReplicaDBClusterCommand;
    exports.PromoteReadReplicaDBClusterMessage$ = PromoteReadReplicaDBClusterMessage$;
    exports.PromoteReadReplicaDBClusterResult$ = PromoteReadReplicaDBClusterResult$;
    exports.PromoteReadReplicaMessage$ = PromoteReadReplicaMessage$;
    exports.PromoteReadReplicaResult$ = PromoteReadReplicaResult$;
    exports.ProvisionedIopsNotAvailableInAZFault = ProvisionedIopsNotAvailableInAZFault;
    exports.ProvisionedIopsNotAvailableInAZFault$ = ProvisionedIopsNotAvailableInAZFault$;
    exports.PurchaseReservedDBInstancesOffering$ = PurchaseReservedDBInstancesOffering$;
    exports.PurchaseReservedDBInstancesOfferingCommand = PurchaseReservedDBInstancesOfferingCommand;
    exports.PurchaseReservedDBInstancesOfferingMessage$ = PurchaseReservedDBInstancesOfferingMessage$;
    exports.PurchaseReservedDBInstancesOfferingResult$ = PurchaseReservedDBInstancesOfferingResult$;
    exports.RDS = RDS;
    exports.RDSClient = RDSClient2;
    exports.RDSServiceException = RDSServiceException;
    exports.RDSServiceException$ = RDSServiceException$;
    exports.Range$ = Range$;
    exports.RdsCustomClusterConfiguration$ = RdsCustomClusterConfiguration$;
    exports.RebootDBCluster$ = RebootDBCluster$;
    exports.RebootDBClusterCommand = RebootDBClusterCommand;
    exports.RebootDBClusterMessage$ = RebootDBClusterMessage$;
    exports.RebootDBClusterResult$ = RebootDBClusterResult$;
    exports.RebootDBInstance$ = RebootDBInstance$;
    exports.RebootDBInstanceCommand = RebootDBInstanceCommand;
    exports.RebootDBInstanceMessage$ = RebootDBInstanceMessage$;
    exports.RebootDBInstanceResult$ = RebootDBInstanceResult$;
    exports.RebootDBShardGroup$ = RebootDBShardGroup$;
    exports.RebootDBShardGroupCommand = RebootDBShardGroupCommand;
    exports.RebootDBShardGroupMessage$ = RebootDBShardGroupMessage$;
    exports.RecommendedAction$ = RecommendedAction$;
    exports.RecommendedActionParameter$ = RecommendedActionParameter$;
    exports.RecommendedActionUpdate$ = RecommendedActionUpdate$;
    exports.RecurringCharge$ = RecurringCharge$;
    exports.ReferenceDetails$ = ReferenceDetails$;
    exports.RegisterDBProxyTargets$ = RegisterDBProxyTargets$;
    exports.RegisterDBProxyTargetsCommand = RegisterDBProxyTargetsCommand;
    exports.RegisterDBProxyTargetsRequest$ = RegisterDBProxyTargetsRequest$;
    exports.RegisterDBProxyTargetsResponse$ = RegisterDBProxyTargetsResponse$;
    exports.RemoveFromGlobalCluster$ = RemoveFromGlobalCluster$;
    exports.RemoveFromGlobalClusterCommand = RemoveFromGlobalClusterCommand;
    exports.RemoveFromGlobalClusterMessage$ = RemoveFromGlobalClusterMessage$;
    exports.RemoveFromGlobalClusterResult$ = RemoveFromGlobalClusterResult$;
    exports.RemoveRoleFromDBCluster$ = RemoveRoleFromDBCluster$;
    exports.RemoveRoleFromDBClusterCommand = RemoveRoleFromDBClusterCommand;
    exports.RemoveRoleFromDBClusterMessage$ = RemoveRoleFromDBClusterMessage$;
    exports.RemoveRoleFromDBInstance$ = RemoveRoleFromDBInstance$;
    exports.RemoveRoleFromDBInstanceCommand = RemoveRoleFromDBInstanceCommand;
    exports.RemoveRoleFromDBInstanceMessage$ = RemoveRoleFromDBInstanceMessage$;
    exports.RemoveSourceIdentifierFromSubscription$ = RemoveSourceIdentifierFromSubscription$;
    exports.RemoveSourceIdentifierFromSubscriptionCommand = RemoveSourceIdentifierFromSubscriptionCommand;
    exports.RemoveSourceIdentifierFromSubscriptionMessage$ = RemoveSourceIdentifierFromSubscriptionMessage$;
    exports.RemoveSourceIdentifierFromSubscriptionResult$ = RemoveSourceIdentifierFromSubscriptionResult$;
    exports.RemoveTagsFromResource$ = RemoveTagsFromResource$;
    exports.RemoveTagsFromResourceCommand = RemoveTagsFromResourceCommand;
    exports.RemoveTagsFromResourceMessage$ = RemoveTagsFromResourceMessage$;
    exports.ReplicaMode = ReplicaMode;
    exports.ReservedDBInstance$ = ReservedDBInstance$;
    exports.ReservedDBInstanceAlreadyExistsFault = ReservedDBInstanceAlreadyExistsFault;
    exports.ReservedDBInstanceAlreadyExistsFault$ = ReservedDBInstanceAlreadyExistsFault$;
    exports.ReservedDBInstanceMessage$ = ReservedDBInstanceMessage$;
    exports.ReservedDBInstanceNotFoundFault = ReservedDBInstanceNotFoundFault;
    exports.ReservedDBInstanceNotFoundFault$ = ReservedDBInstanceNotFoundFault$;
    exports.ReservedDBInstanceQuotaExceededFault = ReservedDBInstanceQuotaExceededFault;
    exports.ReservedDBInstanceQuotaExceededFault$ = ReservedDBInstanceQuotaExceededFault$;
    exports.ReservedDBInstancesOffering$ = ReservedDBInstancesOffering$;
    exports.ReservedDBInstancesOfferingMessage$ = ReservedDBInstancesOfferingMessage$;
    exports.ReservedDBInstancesOfferingNotFoundFault = ReservedDBInstancesOfferingNotFoundFault;
    exports.ReservedDBInstancesOfferingNotFoundFault$ = ReservedDBInstancesOfferingNotFoundFault$;
    exports.ResetDBClusterParameterGroup$ = ResetDBClusterParameterGroup$;
    exports.ResetDBClusterParameterGroupCommand = ResetDBClusterParameterGroupCommand;
    exports.ResetDBClusterParameterGroupMessage$ = ResetDBClusterParameterGroupMessage$;
    exports.ResetDBParameterGroup$ = ResetDBParameterGroup$;
    exports.ResetDBParameterGroupCommand = ResetDBParameterGroupCommand;
    exports.ResetDBParameterGroupMessage$ = ResetDBParameterGroupMessage$;
    exports.ResourceNotFoundFault = ResourceNotFoundFault;
    exports.ResourceNotFoundFault$ = ResourceNotFoundFault$;
    exports.ResourcePendingMaintenanceActions$ = ResourcePendingMaintenanceActions$;
    exports.RestoreDBClusterFromS3$ = RestoreDBClusterFromS3$;
    exports.RestoreDBClusterFromS3Command = RestoreDBClusterFromS3Command;
    exports.RestoreDBClusterFromS3Message$ = RestoreDBClusterFromS3Message$;
    exports.RestoreDBClusterFromS3Result$ = RestoreDBClusterFromS3Result$;
    exports.RestoreDBClusterFromSnapshot$ = RestoreDBClusterFromSnapshot$;
    exports.RestoreDBClusterFromSnapshotCommand = RestoreDBClusterFromSnapshotCommand;
    exports.RestoreDBClusterFromSnapshotMessage$ = RestoreDBClusterFromSnapshotMessage$;
    exports.RestoreDBClusterFromSnapshotResult$ = RestoreDBClusterFromSnapshotResult$;
    exports.RestoreDBClusterToPointInTime$ = RestoreDBClusterToPointInTime$;
    exports.RestoreDBClusterToPointInTimeCommand = RestoreDBClusterToPointInTimeCommand;
    exports.RestoreDBClusterToPointInTimeMessage$ = RestoreDBClusterToPointInTimeMessage$;
    exports.RestoreDBClusterToPointInTimeResult$ = RestoreDBClusterToPointInTimeResult$;
    exports.RestoreDBInstanceFromDBSnapshot$ = RestoreDBInstanceFromDBSnapshot$;
    exports.RestoreDBInstanceFromDBSnapshotCommand = RestoreDBInstanceFromDBSnapshotCommand;
    exports.RestoreDBInstanceFromDBSnapshotMessage$ = RestoreDBInstanceFromDBSnapshotMessage$;
    exports.RestoreDBInstanceFromDBSnapshotResult$ = RestoreDBInstanceFromDBSnapshotResult$;
    exports.RestoreDBInstanceFromS3$ = RestoreDBInstanceFromS3$;
    exports.RestoreDBInstanceFromS3Command = RestoreDBInstanceFromS3Command;
    exports.RestoreDBInstanceFromS3Message$ = RestoreDBInstanceFromS3Message$;
    exports.RestoreDBInstanceFromS3Result$ = RestoreDBInstanceFromS3Result$;
    exports.RestoreDBInstanceToPointInTime$ = RestoreDBInstanceToPointInTime$;
    exports.RestoreDBInstanceToPointInTimeCommand = RestoreDBInstanceToPointInTimeCommand;
    exports.RestoreDBInstanceToPointInTimeMessage$ = RestoreDBInstanceToPointInTimeMessage$;
    exports.RestoreDBInstanceToPointInTimeResult$ = RestoreDBInstanceToPointInTimeResult$;
    exports.RestoreWindow$ = RestoreWindow$;
    exports.RevokeDBSecurityGroupIngress$ = RevokeDBSecurityGroupIngress$;
    exports.RevokeDBSecurityGroupIngressCommand = RevokeDBSecurityGroupIngressCommand;
    exports.RevokeDBSecurityGroupIngressMessage$ = RevokeDBSecurityGroupIngressMessage$;
    exports.RevokeDBSecurityGroupIngressResult$ = RevokeDBSecurityGroupIngressResult$;
    exports.SNSInvalidTopicFault = SNSInvalidTopicFault;
    exports.SNSInvalidTopicFault$ = SNSInvalidTopicFault$;
    exports.SNSNoAuthorizationFault = SNSNoAuthorizationFault;
    exports.SNSNoAuthorizationFault$ = SNSNoAuthorizationFault$;
    exports.SNSTopicArnNotFoundFault = SNSTopicArnNotFoundFault;
    exports.SNSTopicArnNotFoundFault$ = SNSTopicArnNotFoundFault$;
    exports.ScalarReferenceDetails$ = ScalarReferenceDetails$;
    exports.ScalingConfiguration$ = ScalingConfiguration$;
    exports.ScalingConfigurationInfo$ = ScalingConfigurationInfo$;
    exports.ServerlessV2FeaturesSupport$ = ServerlessV2FeaturesSupport$;
    exports.ServerlessV2PlatformVersionInfo$ = ServerlessV2PlatformVersionInfo$;
    exports.ServerlessV2PlatformVersionsMessage$ = ServerlessV2PlatformVersionsMessage$;
    exports.ServerlessV2ScalingConfiguration$ = ServerlessV2ScalingConfiguration$;
    exports.ServerlessV2ScalingConfigurationInfo$ = ServerlessV2ScalingConfigurationInfo$;
    exports.SharedSnapshotQuotaExceededFault = SharedSnapshotQuotaExceededFault;
    exports.SharedSnapshotQuotaExceededFault$ = SharedSnapshotQuotaExceededFault$;
    exports.SnapshotQuotaExceededFault = SnapshotQuotaExceededFault;
    exports.SnapshotQuotaExceededFault$ = SnapshotQuotaExceededFault$;
    exports.SourceClusterNotSupportedFault = SourceClusterNotSupportedFault;
    exports.SourceClusterNotSupportedFault$ = SourceClusterNotSupportedFault$;
    exports.SourceDatabaseNotSupportedFault = SourceDatabaseNotSupportedFault;
    exports.SourceDatabaseNotSupportedFault$ = SourceDatabaseNotSupportedFault$;
    exports.SourceNotFoundFault = SourceNotFoundFault;
    exports.SourceNotFoundFault$ = SourceNotFoundFault$;
    exports.SourceRegion$ = SourceRegion$;
    exports.SourceRegionMessage$ = SourceRegionMessage$;
    exports.SourceType = SourceType;
    exports.StartActivityStream$ = StartActivityStream$;
    exports.StartActivityStreamCommand = StartActivityStreamCommand;
    exports.StartActivityStreamRequest$ = StartActivityStreamRequest$;
    exports.StartActivityStreamResponse$ = StartActivityStreamResponse$;
    exports.StartDBCluster$ = StartDBCluster$;
    exports.StartDBClusterCommand = StartDBClusterCommand;
    exports.StartDBClusterMessage$ = StartDBClusterMessage$;
    exports.StartDBClusterResult$ = StartDBClusterResult$;
    exports.StartDBInstance$ = StartDBInstance$;
    exports.StartDBInstanceAutomatedBackupsReplication$ = StartDBInstanceAutomatedBackupsReplication$;
    exports.StartDBInstanceAutomatedBackupsReplicationCommand = StartDBInstanceAutomatedBackupsReplicationCommand;
    exports.StartDBInstanceAutomatedBackupsReplicationMessage$ = StartDBInstanceAutomatedBackupsReplicationMessage$;
    exports.StartDBInstanceAutomatedBackupsReplicationResult$ = StartDBInstanceAutomatedBackupsReplicationResult$;
    exports.StartDBInstanceCommand = StartDBInstanceCommand;
    exports.StartDBInstanceMessage$ = StartDBInstanceMessage$;
    exports.StartDBInstanceResult$ = StartDBInstanceResult$;
    exports.StartExportTask$ = StartExportTask$;
    exports.StartExportTaskCommand = StartExportTaskCommand;
    exports.StartExportTaskMessage$ = StartExportTaskMessage$;
    exports.StopActivityStream$ = StopActivityStream$;
    exports.StopActivityStreamCommand = StopActivityStreamCommand;
    exports.StopActivityStreamRequest$ = StopActivityStreamRequest$;
    exports.StopActivityStreamResponse$ = StopActivityStreamResponse$;
    exports.StopDBCluster$ = StopDBCluster$;
    exports.StopDBClusterCommand = StopDBClusterCommand;
    exports.StopDBClusterMessage$ = StopDBClusterMessage$;
    exports.StopDBClusterResult$ = StopDBClusterResult$;
    exports.StopDBInstance$ = StopDBInstance$;
    exports.StopDBInstanceAutomatedBackupsReplication$ = StopDBInstanceAutomatedBackupsReplication$;
    exports.StopDBInstanceAutomatedBackupsReplicationCommand = StopDBInstanceAutomatedBackupsReplicationCommand;
    exports.StopDBInstanceAutomatedBackupsReplicationMessage$ = StopDBInstanceAutomatedBackupsReplicationMessage$;
    exports.StopDBInstanceAutomatedBackupsReplicationResult$ = StopDBInstanceAutomatedBackupsReplicationResult$;
    exports.StopDBInstanceCommand = StopDBInstanceCommand;
    exports.StopDBInstanceMessage$ = StopDBInstanceMessage$;
    exports.StopDBInstanceResult$ = StopDBInstanceResult$;
    exports.StorageEncryptionType = StorageEncryptionType;
    exports.StorageQuotaExceededFault = StorageQuotaExceededFault;
    exports.StorageQuotaExceededFault$ = StorageQuotaExceededFault$;
    exports.StorageTypeNotAvailableFault = StorageTypeNotAvailableFault;
    exports.StorageTypeNotAvailableFault$ = StorageTypeNotAvailableFault$;
    exports.StorageTypeNotSupportedFault = StorageTypeNotSupportedFault;
    exports.StorageTypeNotSupportedFault$ = StorageTypeNotSupportedFault$;
    exports.Subnet$ = Subnet$;
    exports.SubnetAlreadyInUse = SubnetAlreadyInUse;
    exports.SubnetAlreadyInUse$ = SubnetAlreadyInUse$;
    exports.SubscriptionAlreadyExistFault = SubscriptionAlreadyExistFault;
    exports.SubscriptionAlreadyExistFault$ = SubscriptionAlreadyExistFault$;
    exports.SubscriptionCategoryNotFoundFault = SubscriptionCategoryNotFoundFault;
    exports.SubscriptionCategoryNotFoundFault$ = SubscriptionCategoryNotFoundFault$;
    exports.SubscriptionNotFoundFault = SubscriptionNotFoundFault;
    exports.SubscriptionNotFoundFault$ = SubscriptionNotFoundFault$;
    exports.SupportedEngineLifecycle$ = SupportedEngineLifecycle$;
    exports.SwitchoverBlueGreenDeployment$ = SwitchoverBlueGreenDeployment$;
    exports.SwitchoverBlueGreenDeploymentCommand = SwitchoverBlueGreenDeploymentCommand;
    exports.SwitchoverBlueGreenDeploymentRequest$ = SwitchoverBlueGreenDeploymentRequest$;
    exports.SwitchoverBlueGreenDeploymentResponse$ = SwitchoverBlueGreenDeploymentResponse$;
    exports.SwitchoverDetail$ = SwitchoverDetail$;
    exports.SwitchoverGlobalCluster$ = SwitchoverGlobalCluster$;
    exports.SwitchoverGlobalClusterCommand = SwitchoverGlobalClusterCommand;
    exports.SwitchoverGlobalClusterMessage$ = SwitchoverGlobalClusterMessage$;
    exports.SwitchoverGlobalClusterResult$ = SwitchoverGlobalClusterResult$;
    exports.SwitchoverReadReplica$ = SwitchoverReadReplica$;
    exports.SwitchoverReadReplicaCommand = SwitchoverReadReplicaCommand;
    exports.SwitchoverReadReplicaMessage$ = SwitchoverReadReplicaMessage$;
    exports.SwitchoverReadReplicaResult$ = SwitchoverReadReplicaResult$;
    exports.Tag$ = Tag$;
    exports.TagListMessage$ = TagListMessage$;
    exports.TagSpecification$ = TagSpecification$;
    exports.TargetConnectionNetworkType = TargetConnectionNetworkType;
    exports.TargetHealth$ = TargetHealth$;
    exports.TargetHealthReason = TargetHealthReason;
    exports.TargetResourceConfiguration$ = TargetResourceConfiguration$;
    exports.TargetRole = TargetRole;
    exports.TargetState = TargetState;
    exports.TargetType = TargetType;
    exports.TenantDatabase$ = TenantDatabase$;
    exports.TenantDatabaseAlreadyExistsFault = TenantDatabaseAlreadyExistsFault;
    exports.TenantDatabaseAlreadyExistsFault$ = TenantDatabaseAlreadyExistsFault$;
    exports.TenantDatabaseNotFoundFault = TenantDatabaseNotFoundFault;
    exports.TenantDatabaseNotFoundFault$ = TenantDatabaseNotFoundFault$;
    exports.TenantDatabasePendingModifiedValues$ = TenantDatabasePendingModifiedValues$;
    exports.TenantDatabaseQuotaExceededFault = TenantDatabaseQuotaExceededFault;
    exports.TenantDatabaseQuotaExceededFault$ = TenantDatabaseQuotaExceededFault$;
    exports.TenantDatabasesMessage$ = TenantDatabasesMessage$;
    exports.Timezone$ = Timezone$;
    exports.UnsupportedDBEngineVersionFault = UnsupportedDBEngineVersionFault;
    exports.UnsupportedDBEngineVersionFault$ = UnsupportedDBEngineVersionFault$;
    exports.UpgradeRolloutOrder = UpgradeRolloutOrder;
    exports.UpgradeTarget$ = UpgradeTarget$;
    exports.UserAuthConfig$ = UserAuthConfig$;
    exports.UserAuthConfigInfo$ = UserAuthConfigInfo$;
    exports.ValidAdditionalStorageOptions$ = ValidAdditionalStorageOptions$;
    exports.ValidDBInstanceModificationsMessage$ = ValidDBInstanceModificationsMessage$;
    exports.ValidStorageOptions$ = ValidStorageOptions$;
    exports.ValidVolumeOptions$ = ValidVolumeOptions$;
    exports.VpcEncryptionControlViolationException = VpcEncryptionControlViolationException;
    exports.VpcEncryptionControlViolationException$ = VpcEncryptionControlViolationException$;
    exports.VpcSecurityGroupMembership$ = VpcSecurityGroupMembership$;
    exports.WriteForwardingStatus = WriteForwardingStatus;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeBlueGreenDeployments = paginateDescribeBlueGreenDeployments;
    exports.paginateDescribeCertificates = paginateDescribeCertificates;
    exports.paginateDescribeDBCapacityReservations = paginateDescribeDBCapacityReservations;
    exports.paginateDescribeDBClusterAutomatedBackups = paginateDescribeDBClusterAutomatedBackups;
    exports.paginateDescribeDBClusterBacktracks = paginateDescribeDBClusterBacktracks;
    exports.paginateDescribeDBClusterEndpoints = paginateDescribeDBClusterEndpoints;
    exports.paginateDescribeDBClusterParameterGroups = paginateDescribeDBClusterParameterGroups;
    exports.paginateDescribeDBClusterParameters = paginateDescribeDBClusterParameters;
    exports.paginateDescribeDBClusterSnapshots = paginateDescribeDBClusterSnapshots;
    exports.paginateDescribeDBClusters = paginateDescribeDBClusters;
    exports.paginateDescribeDBEngineVersions = paginateDescribeDBEngineVersions;
    exports.paginateDescribeDBInstanceAutomatedBackups = paginateDescribeDBInstanceAutomatedBackups;
    exports.paginateDescribeDBInstances = paginateDescribeDBInstances;
    exports.paginateDescribeDBLogFiles = paginateDescribeDBLogFiles;
    exports.paginateDescribeDBMajorEngineVersions = paginateDescribeDBMajorEngineVersions;
    exports.paginateDescribeDBParameterGroups = paginateDescribeDBParameterGroups;
    exports.paginateDescribeDBParameters = paginateDescribeDBParameters;
    exports.paginateDescribeDBProxies = paginateDescribeDBProxies;
    exports.paginateDescribeDBProxyEndpoints = paginateDescribeDBProxyEndpoints;
    exports.paginateDescribeDBProxyTargetGroups = paginateDescribeDBProxyTargetGroups;
    exports.paginateDescribeDBProxyTargets = paginateDescribeDBProxyTargets;
    exports.paginateDescribeDBRecommendations = paginateDescribeDBRecommendations;
    exports.paginateDescribeDBSecurityGroups = paginateDescribeDBSecurityGroups;
    exports.paginateDescribeDBSnapshotTenantDatabases = paginateDescribeDBSnapshotTenantDatabases;
    exports.paginateDescribeDBSnapshots = paginateDescribeDBSnapshots;
    exports.paginateDescribeDBSubnetGroups = paginateDescribeDBSubnetGroups;
    exports.paginateDescribeEngineDefaultClusterParameters = paginateDescribeEngineDefaultClusterParameters;
    exports.paginateDescribeEngineDefaultParameters = paginateDescribeEngineDefaultParameters;
    exports.paginateDescribeEventSubscriptions = paginateDescribeEventSubscriptions;
    exports.paginateDescribeEvents = paginateDescribeEvents;
    exports.paginateDescribeExportTasks = paginateDescribeExportTasks;
    exports.paginateDescribeGlobalClusters = paginateDescribeGlobalClusters;
    exports.paginateDescribeIntegrations = paginateDescribeIntegrations;
    exports.paginateDescribeOptionGroupOptions = paginateDescribeOptionGroupOptions;
    exports.paginateDescribeOptionGroups = paginateDescribeOptionGroups;
    exports.paginateDescribeOrderableDBInstanceOptions = paginateDescribeOrderableDBInstanceOptions;
    exports.paginateDescribePendingMaintenanceActions = paginateDescribePendingMaintenanceActions;
    exports.paginateDescribeReservedDBInstances = paginateDescribeReservedDBInstances;
    exports.paginateDescribeReservedDBInstancesOfferings = paginateDescribeReservedDBInstancesOfferings;
    exports.paginateDescribeServerlessV2PlatformVersions = paginateDescribeServerlessV2PlatformVersions;
    exports.paginateDescribeSourceRegions = paginateDescribeSourceRegions;
    exports.paginateDescribeTenantDatabases = paginateDescribeTenantDatabases;
    exports.paginateDownloadDBLogFilePortion = paginateDownloadDBLogFilePortion;
    exports.waitForDBClusterAvailable = waitForDBClusterAvailable;
    exports.waitForDBClusterDeleted = waitForDBClusterDeleted;
    exports.waitForDBClusterSnapshotAvailable = waitForDBClusterSnapshotAvailable;
    exports.waitForDBClusterSnapshotDeleted = waitForDBClusterSnapshotDeleted;
    exports.waitForDBInstanceAvailable = waitForDBInstanceAvailable;
    exports.waitForDBInstanceDeleted = waitForDBInstanceDeleted;
    exports.waitForDBSnapshotAvailable = waitForDBSnapshotAvailable;
    exports.waitForDBSnapshotDeleted = waitForDBSnapshotDeleted;
    exports.waitForTenantDatabaseAvailable = waitForTenantDatabaseAvailable;
    exports.waitForTenantDatabaseDeleted = waitForTenantDatabaseDeleted;
    exports.waitUntilDBClusterAvailable = waitUntilDBClusterAvailable;
    exports.waitUntilDBClusterDeleted = waitUntilDBClusterDeleted;
    exports.waitUntilDBClusterSnapshotAvailable = waitUntilDBClusterSnapshotAvailable;
    exports.waitUntilDBClusterSnapshotDeleted = waitUntilDBClusterSnapshotDeleted;
    exports.waitUntilDBInstanceAvailable = waitUntilDBInstanceAvailable;
    exports.waitUntilDBInstanceDeleted = waitUntilDBInstanceDeleted;
    exports.waitUntilDBSnapshotAvailable = waitUntilDBSnapshotAvailable;
    exports.waitUntilDBSnapshotDeleted = waitUntilDBSnapshotDeleted;
    exports.waitUntilTenantDatabaseAvailable = waitUntilTenantDatabaseAvailable;
    exports.waitUntilTenantDatabaseDeleted = waitUntilTenantDatabaseDeleted;
  }
});

// packages/backups/src/sources/rds.ts
var import_client_rds = __toESM(require_dist_cjs5(), 1);
function retentionFindings(facts, where, maxLagMs, now) {
  if (!facts.BackupRetentionPeriod) return [finding("AUTOMATED_BACKUPS_OFF", `automated backups are off on ${where} (BackupRetentionPeriod is 0): no daily snapshots and no point-in-time recovery`)];
  let latest = facts.LatestRestorableTime;
  if (!latest) return [finding("RESTORE_LAG", `${where} reports no LatestRestorableTime: point-in-time recovery cannot be relied on`)];
  let lag = now.getTime() - latest.getTime();
  return lag <= maxLagMs ? [] : [finding("RESTORE_LAG", `the latest restorable time of ${where} is ${latest.toISOString()}, ${formatDuration(lag)} ago; at most ${formatDuration(maxLagMs)} is expected (transaction logs are not reaching the backups)`)];
}
function snapshotEntries(snapshots, where) {
  return snapshots.filter((s) => s.status === "available" && (s.original ?? s.created)).map((s) => ({ name: `${s.id ?? "?"} (${s.type ?? "snapshot"})`, path: `${where}#${s.id ?? ""}`, directory: !1, size: 0, time: s.original ?? s.created })).sort((a, b) => b.time.getTime() - a.time.getTime());
}
var NOT_FOUND = /* @__PURE__ */ new Set(["DBInstanceNotFound", "DBInstanceNotFoundFault", "DBClusterNotFoundFault", "DBClusterNotFound"]), notFound = (where) => (e) => {
  throw e instanceof Error && NOT_FOUND.has(e.name) ? new SourceError(finding("NO_BACKUPS", `${where} does not exist (${e.message})`)) : e;
};
function rdsSource(kind, id, budget, options) {
  let client = new import_client_rds.RDSClient({ ...AWS_CLIENT, region: awsRegion() ?? "" }), where = `${kind}:${id}`, shape = AWS_ERRORS, send = (name, attempt) => cloudCall({ name: `RDS ${name}`, permission: `rds:${name}`, on: where, attempt: (signal) => attempt(signal).catch(notFound(where)) }, shape, budget);
  async function snapshots(fetch, name) {
    let all = [], marker;
    for (let page = 1; ; page++) {
      let out = await send(name, (signal) => fetch(marker, signal));
      if (all.push(...out.items), marker = out.marker, !marker) return all;
      if (page >= MAX_PAGES) throw new SourceError(finding("CHECK_ERROR", `${UNDECIDED_PREFIX}${name} on ${where} still had more pages after ${MAX_PAGES}: stopped at the bound`));
    }
  }
  return {
    hashable: !1,
    async list(now) {
      let facts, found;
      if (kind === "rds" ? (facts = (await send("DescribeDBInstances", (abortSignal) => client.send(new import_client_rds.DescribeDBInstancesCommand({ DBInstanceIdentifier: id }), { abortSignal }))).DBInstances?.[0], found = await snapshots(async (Marker, abortSignal) => {
        let page = await client.send(new import_client_rds.DescribeDBSnapshotsCommand({ DBInstanceIdentifier: id, MaxRecords: 100, ...Marker ? { Marker } : {} }), { abortSignal });
        return { items: (page.DBSnapshots ?? []).map((s) => ({ id: s.DBSnapshotIdentifier, type: s.SnapshotType, status: s.Status, created: s.SnapshotCreateTime, original: s.OriginalSnapshotCreateTime })), marker: page.Marker };
      }, "DescribeDBSnapshots")) : (facts = (await send("DescribeDBClusters", (abortSignal) => client.send(new import_client_rds.DescribeDBClustersCommand({ DBClusterIdentifier: id }), { abortSignal }))).DBClusters?.[0], found = await snapshots(async (Marker, abortSignal) => {
        let page = await client.send(new import_client_rds.DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: id, MaxRecords: 100, ...Marker ? { Marker } : {} }), { abortSignal });
        return { items: (page.DBClusterSnapshots ?? []).map((s) => ({ id: s.DBClusterSnapshotIdentifier, type: s.SnapshotType, status: s.Status, created: s.SnapshotCreateTime })), marker: page.Marker };
      }, "DescribeDBClusterSnapshots")), !facts) throw new SourceError(finding("NO_BACKUPS", `${where} does not exist (the answer lists no ${kind === "rds" ? "instance" : "cluster"})`));
      let findings = retentionFindings(facts, where, options.maxRestoreLagMs, now), restorable = facts.BackupRetentionPeriod && facts.LatestRestorableTime && findings.length === 0 ? { restorePoint: facts.LatestRestorableTime } : {};
      return { entries: snapshotEntries(found, where), findings, ...restorable };
    }
  };
}
export {
  rdsSource,
  retentionFindings,
  snapshotEntries
};
