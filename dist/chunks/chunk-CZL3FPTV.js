import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_base64_js,
  require_ecdsa_sig_formatter,
  require_extend,
  require_json_bigint,
  require_jws
} from "./chunk-3722WUKF.js";
import {
  __commonJS,
  __require
} from "./chunk-KBV2H3VL.js";

// node_modules/gaxios/package.json
var require_package = __commonJS({
  "node_modules/gaxios/package.json"(exports, module) {
    module.exports = {
      name: "gaxios",
      version: "8.3.3",
      description: "A simple common HTTP client specifically for Google APIs and services.",
      main: "build/cjs/src/index.js",
      types: "build/cjs/src/index.d.ts",
      files: [
        "build/cjs/src",
        "build/esm/src",
        "build/esm/package.json",
        "!build/**/*.map"
      ],
      exports: {
        ".": {
          import: {
            types: "./build/esm/src/index.d.ts",
            default: "./build/esm/src/index.js"
          },
          require: {
            types: "./build/cjs/src/index.d.ts",
            default: "./build/cjs/src/index.js"
          }
        },
        "./build/src/common": {
          import: "./build/esm/src/common.js",
          require: "./build/cjs/src/common.js"
        },
        "./package.json": "./package.json"
      },
      repository: {
        type: "git",
        directory: "core/packages/gaxios",
        url: "https://github.com/googleapis/google-cloud-node.git"
      },
      keywords: [
        "google"
      ],
      engines: {
        node: ">=22"
      },
      author: "Google, LLC",
      license: "Apache-2.0",
      devDependencies: {
        "@babel/plugin-proposal-private-methods": "^7.18.6",
        "@types/cors": "^2.8.6",
        "@types/express": "^5.0.0",
        "@types/extend": "^3.0.1",
        "@types/mocha": "^10.0.10",
        "@types/multiparty": "4.2.1",
        "@types/mv": "^2.1.0",
        "@types/ncp": "^2.0.8",
        "@types/node": "^24.0.0",
        "@types/sinon": "^21.0.0",
        "@types/tmp": "^0.2.6",
        assert: "^2.0.0",
        browserify: "^17.0.0",
        c8: "^10.1.3",
        cors: "^2.8.5",
        express: "^5.0.0",
        gts: "^6.0.2",
        "is-docker": "^3.0.0",
        jsdoc: "^4.0.4",
        "jsdoc-fresh": "^6.1.0",
        "jsdoc-region-tag": "^5.1.0",
        karma: "^6.0.0",
        "karma-chrome-launcher": "^3.0.0",
        "karma-coverage": "^2.0.0",
        "karma-firefox-launcher": "^2.0.0",
        "karma-mocha": "^2.0.0",
        "karma-remap-coverage": "^0.1.5",
        "karma-sourcemap-loader": "^0.4.0",
        "karma-webpack": "^5.0.0",
        mocha: "^11.1.0",
        multiparty: "^4.2.1",
        mv: "^2.1.1",
        ncp: "^2.0.0",
        nock: "14.0.5",
        "null-loader": "^4.0.1",
        "pack-n-play": "^5.3.0",
        puppeteer: "^24.0.0",
        sinon: "21.0.3",
        "stream-browserify": "^3.0.0",
        tmp: "0.2.7",
        "ts-loader": "^9.5.2",
        typescript: "5.8.3",
        "undici-types": "^7.24.1",
        webpack: "^5.97.1",
        "webpack-cli": "^6.0.1"
      },
      dependencies: {
        extend: "^3.0.2",
        "https-proxy-agent": "^7.0.1",
        "node-fetch": "^3.3.2"
      },
      homepage: "https://github.com/googleapis/google-cloud-node/tree/main/core/packages/gaxios",
      scripts: {
        lint: "gts check --no-inline-config",
        test: "node ../../../bin/run-test.cjs build/esm/test",
        "presystem-test": "npm run compile",
        "system-test": "mocha build/esm/system-test --timeout 80000",
        compile: "tsc -b ./tsconfig.json ./tsconfig.cjs.json && node utils/enable-esm.mjs",
        fix: "gts fix",
        pretest: "npm run compile",
        webpack: "webpack",
        "prebrowser-test": "npm run compile",
        "browser-test": "node build/browser-test/browser-test-runner.js",
        docs: "jsdoc -c .jsdoc.js",
        "samples-test": "cd samples/ && npm link ../ && npm test && cd ../",
        prelint: "cd samples; npm link ../; npm install",
        clean: "gts clean"
      }
    };
  }
});

// node_modules/gaxios/build/cjs/src/util.cjs
var require_util = __commonJS({
  "node_modules/gaxios/build/cjs/src/util.cjs"(exports, module) {
    "use strict";
    var pkg = require_package();
    module.exports = { pkg };
  }
});

// node_modules/gaxios/build/cjs/src/common.js
var require_common = __commonJS({
  "node_modules/gaxios/build/cjs/src/common.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.GaxiosError = exports.GAXIOS_ERROR_SYMBOL = void 0;
    exports.defaultErrorRedactor = defaultErrorRedactor;
    var extend_1 = __importDefault(require_extend()), util_cjs_1 = __importDefault(require_util()), pkg = util_cjs_1.default.pkg;
    exports.GAXIOS_ERROR_SYMBOL = /* @__PURE__ */ Symbol.for(`${pkg.name}-gaxios-error`);
    var GaxiosError = class _GaxiosError extends Error {
      config;
      response;
      /**
       * An error code.
       * Can be a system error code, DOMException error name, or any error's 'code' property where it is a `string`.
       *
       * It is only a `number` when the cause is sourced from an API-level error (AIP-193).
       *
       * @see {@link https://nodejs.org/api/errors.html#errorcode error.code}
       * @see {@link https://developer.mozilla.org/en-US/docs/Web/API/DOMException#error_names DOMException#error_names}
       * @see {@link https://google.aip.dev/193#http11json-representation AIP-193}
       *
       * @example
       * 'ECONNRESET'
       *
       * @example
       * 'TimeoutError'
       *
       * @example
       * 500
       */
      code;
      /**
       * An HTTP Status code.
       * @see {@link https://developer.mozilla.org/en-US/docs/Web/API/Response/status Response#status}
       *
       * @example
       * 500
       */
      status;
      /**
       * @deprecated use {@link GaxiosError.cause} instead.
       *
       * @see {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Error/cause Error#cause}
       *
       * @privateRemarks
       *
       * We will want to remove this property later as the modern `cause` property is better suited
       * for displaying and relaying nested errors. Keeping this here makes the resulting
       * error log larger than it needs to be.
       *
       */
      error;
      /**
       * Support `instanceof` operator for `GaxiosError` across builds/duplicated files.
       *
       * @see {@link GAXIOS_ERROR_SYMBOL}
       * @see {@link GaxiosError[Symbol.hasInstance]}
       * @see {@link https://github.com/microsoft/TypeScript/issues/13965#issuecomment-278570200}
       * @see {@link https://stackoverflow.com/questions/46618852/require-and-instanceof}
       * @see {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Function/@@hasInstance#reverting_to_default_instanceof_behavior}
       */
      [exports.GAXIOS_ERROR_SYMBOL] = pkg.version;
      /**
       * Support `instanceof` operator for `GaxiosError` across builds/duplicated files.
       *
       * @see {@link GAXIOS_ERROR_SYMBOL}
       * @see {@link GaxiosError[GAXIOS_ERROR_SYMBOL]}
       */
      static [Symbol.hasInstance](instance) {
        return instance && typeof instance == "object" && exports.GAXIOS_ERROR_SYMBOL in instance && instance[exports.GAXIOS_ERROR_SYMBOL] === pkg.version ? !0 : Function.prototype[Symbol.hasInstance].call(_GaxiosError, instance);
      }
      constructor(message, config, response, cause) {
        if (super(message, { cause }), this.config = config, this.response = response, this.error = cause instanceof Error ? cause : void 0, this.config = (0, extend_1.default)(!0, {}, config), this.response && (this.response.config = (0, extend_1.default)(!0, {}, this.response.config)), this.response) {
          try {
            this.response.data = translateData(
              this.config.responseType,
              // workaround for `node-fetch`'s `.data` deprecation...
              this.response?.bodyUsed ? this.response?.data : void 0
            );
          } catch {
          }
          this.status = this.response.status;
        }
        cause instanceof DOMException ? this.code = cause.name : cause && typeof cause == "object" && "code" in cause && (typeof cause.code == "string" || typeof cause.code == "number") && (this.code = cause.code);
      }
      /**
       * An AIP-193 conforming error extractor.
       *
       * @see {@link https://google.aip.dev/193#http11json-representation AIP-193}
       *
       * @internal
       * @expiremental
       *
       * @param res the response object
       * @returns the extracted error information
       */
      static extractAPIErrorFromResponse(res, defaultErrorMessage = "The request failed") {
        let message = defaultErrorMessage;
        if (typeof res.data == "string" && (message = res.data), res.data && typeof res.data == "object" && "error" in res.data && res.data.error && !res.ok) {
          if (typeof res.data.error == "string")
            return {
              message: res.data.error,
              code: res.status,
              status: res.statusText
            };
          if (typeof res.data.error == "object") {
            message = "message" in res.data.error && typeof res.data.error.message == "string" ? res.data.error.message : message;
            let status = "status" in res.data.error && typeof res.data.error.status == "string" ? res.data.error.status : res.statusText, code = "code" in res.data.error && typeof res.data.error.code == "number" ? res.data.error.code : res.status;
            if ("errors" in res.data.error && Array.isArray(res.data.error.errors)) {
              let errorMessages = [];
              for (let e of res.data.error.errors)
                typeof e == "object" && "message" in e && typeof e.message == "string" && errorMessages.push(e.message);
              return Object.assign({
                message: errorMessages.join(`
`) || message,
                code,
                status
              }, res.data.error);
            }
            return Object.assign({
              message,
              code,
              status
            }, res.data.error);
          }
        }
        return {
          message,
          code: res.status,
          status: res.statusText
        };
      }
    };
    exports.GaxiosError = GaxiosError;
    function translateData(responseType, data) {
      switch (responseType) {
        case "stream":
          return data;
        case "json":
          return JSON.parse(JSON.stringify(data));
        case "arraybuffer":
          return JSON.parse(Buffer.from(data).toString("utf8"));
        case "blob":
          return JSON.parse(data.text());
        default:
          return data;
      }
    }
    function defaultErrorRedactor(data) {
      let REDACT = "<<REDACTED> - See `errorRedactor` option in `gaxios` for configuration>.";
      function redactHeaders(headers) {
        headers && headers.forEach((_, key) => {
          (/^authentication$/i.test(key) || /^authorization$/i.test(key) || /secret/i.test(key)) && headers.set(key, REDACT);
        });
      }
      function redactString(obj, key) {
        if (typeof obj == "object" && obj !== null && typeof obj[key] == "string") {
          let text = obj[key];
          (/grant_type=/i.test(text) || /assertion=/i.test(text) || /secret/i.test(text)) && (obj[key] = REDACT);
        }
      }
      function redactObject(obj) {
        !obj || typeof obj != "object" || (obj instanceof FormData || obj instanceof URLSearchParams || // support `node-fetch` FormData/URLSearchParams
        "forEach" in obj && "set" in obj ? obj.forEach((_, key) => {
          (["grant_type", "assertion"].includes(key) || /secret/.test(key)) && obj.set(key, REDACT);
        }) : ("grant_type" in obj && (obj.grant_type = REDACT), "assertion" in obj && (obj.assertion = REDACT), "client_secret" in obj && (obj.client_secret = REDACT)));
      }
      return data.config && (redactHeaders(data.config.headers), redactString(data.config, "data"), redactObject(data.config.data), redactString(data.config, "body"), redactObject(data.config.body), data.config.url.searchParams.has("token") && data.config.url.searchParams.set("token", REDACT), data.config.url.searchParams.has("client_secret") && data.config.url.searchParams.set("client_secret", REDACT)), data.response && (defaultErrorRedactor({ config: data.response.config }), redactHeaders(data.response.headers), data.response.bodyUsed && (redactString(data.response, "data"), redactObject(data.response.data))), data;
    }
  }
});

// node_modules/gaxios/build/cjs/src/retry.js
var require_retry = __commonJS({
  "node_modules/gaxios/build/cjs/src/retry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getRetryConfig = getRetryConfig;
    async function getRetryConfig(err) {
      let config = getConfig(err);
      if (!err || !err.config || !config && !err.config.retry)
        return { shouldRetry: !1 };
      config = config || {}, config.currentRetryAttempt = config.currentRetryAttempt || 0, config.retry = config.retry === void 0 || config.retry === null ? 3 : config.retry, config.httpMethodsToRetry = config.httpMethodsToRetry || [
        "GET",
        "HEAD",
        "PUT",
        "OPTIONS",
        "DELETE"
      ], config.noResponseRetries = config.noResponseRetries === void 0 || config.noResponseRetries === null ? 2 : config.noResponseRetries, config.retryDelayMultiplier = config.retryDelayMultiplier ? config.retryDelayMultiplier : 2, config.timeOfFirstRequest = config.timeOfFirstRequest ? config.timeOfFirstRequest : Date.now(), config.totalTimeout = config.totalTimeout ? config.totalTimeout : Number.MAX_SAFE_INTEGER, config.maxRetryDelay = config.maxRetryDelay ? config.maxRetryDelay : Number.MAX_SAFE_INTEGER;
      let retryRanges = [
        // https://en.wikipedia.org/wiki/List_of_HTTP_status_codes
        // 1xx - Retry (Informational, request still processing)
        // 2xx - Do not retry (Success)
        // 3xx - Do not retry (Redirect)
        // 4xx - Do not retry (Client errors)
        // 408 - Retry ("Request Timeout")
        // 429 - Retry ("Too Many Requests")
        // 5xx - Retry (Server errors)
        [100, 199],
        [408, 408],
        [429, 429],
        [500, 599]
      ];
      if (config.statusCodesToRetry = config.statusCodesToRetry || retryRanges, err.config.retryConfig = config, !await (config.shouldRetry || shouldRetryRequest)(err))
        return { shouldRetry: !1, config: err.config };
      let delay = getNextRetryDelay(config);
      err.config.retryConfig.currentRetryAttempt += 1;
      let backoff = config.retryBackoff ? config.retryBackoff(err, delay) : new Promise((resolve) => {
        setTimeout(resolve, delay);
      });
      return config.onRetryAttempt && await config.onRetryAttempt(err), await backoff, { shouldRetry: !0, config: err.config };
    }
    function shouldRetryRequest(err) {
      let config = getConfig(err), isTimeoutError = err.code === "TimeoutError" || err.config?.signal?.reason?.name === "TimeoutError";
      if (err.config?.signal?.aborted && !isTimeoutError || err.code === "AbortError" && !isTimeoutError || !config || config.retry === 0 || !err.response && (config.currentRetryAttempt || 0) >= config.noResponseRetries || !config.httpMethodsToRetry || !config.httpMethodsToRetry.includes(err.config.method?.toUpperCase() || "GET"))
        return !1;
      if (err.response && err.response.status) {
        let isInRange = !1;
        for (let [min, max] of config.statusCodesToRetry) {
          let status = err.response.status;
          if (status >= min && status <= max) {
            isInRange = !0;
            break;
          }
        }
        if (!isInRange)
          return !1;
      }
      return config.currentRetryAttempt = config.currentRetryAttempt || 0, !(config.currentRetryAttempt >= config.retry);
    }
    function getConfig(err) {
      if (err && err.config && err.config.retryConfig)
        return err.config.retryConfig;
    }
    function getNextRetryDelay(config) {
      let calculatedDelay = (config.currentRetryAttempt ? 0 : config.retryDelay ?? 100) + (Math.pow(config.retryDelayMultiplier, config.currentRetryAttempt) - 1) / 2 * 1e3, maxAllowableDelay = config.totalTimeout - (Date.now() - config.timeOfFirstRequest);
      return Math.min(calculatedDelay, maxAllowableDelay, config.maxRetryDelay);
    }
  }
});

// node_modules/gaxios/build/cjs/src/interceptor.js
var require_interceptor = __commonJS({
  "node_modules/gaxios/build/cjs/src/interceptor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.GaxiosInterceptorManager = void 0;
    var GaxiosInterceptorManager = class extends Set {
    };
    exports.GaxiosInterceptorManager = GaxiosInterceptorManager;
  }
});

// node_modules/gaxios/build/cjs/src/gaxios.js
var require_gaxios = __commonJS({
  "node_modules/gaxios/build/cjs/src/gaxios.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    }, _a;
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Gaxios = void 0;
    var extend_1 = __importDefault(require_extend()), https_1 = __require("https"), common_js_1 = require_common(), retry_js_1 = require_retry(), stream_1 = __require("stream"), interceptor_js_1 = require_interceptor(), randomUUID = async () => globalThis.crypto?.randomUUID() || (await import("crypto")).randomUUID(), HTTP_STATUS_NO_CONTENT = 204, Gaxios = class {
      agentCache = /* @__PURE__ */ new Map();
      /**
       * Default HTTP options that will be used for every HTTP request.
       */
      defaults;
      /**
       * Interceptors
       */
      interceptors;
      /**
       * The Gaxios class is responsible for making HTTP requests.
       * @param defaults The default set of options to be used for this instance.
       */
      constructor(defaults) {
        this.defaults = defaults || {}, this.interceptors = {
          request: new interceptor_js_1.GaxiosInterceptorManager(),
          response: new interceptor_js_1.GaxiosInterceptorManager()
        };
      }
      /**
       * A {@link fetch `fetch`} compliant API for {@link Gaxios}.
       *
       * @remarks
       *
       * This is useful as a drop-in replacement for `fetch` API usage.
       *
       * @example
       *
       * ```ts
       * const gaxios = new Gaxios();
       * const myFetch: GaxiosOptions['fetchImplementation'] = (...args) => gaxios.fetch(...args);
       * await myFetch('https://example.com');
       * ```
       *
       * @param args `fetch` API or `Gaxios#request` parameters
       * @returns the {@link Response} with Gaxios-added properties
       */
      fetch(...args) {
        let input = args[0], init = args[1], url, headers = new Headers();
        return typeof input == "string" ? url = new URL(input) : input instanceof URL ? url = input : input && input.url && (url = new URL(input.url)), input && typeof input == "object" && "headers" in input && _a.mergeHeaders(headers, input.headers), init && _a.mergeHeaders(headers, new Headers(init.headers)), typeof input == "object" && !(input instanceof URL) ? this.request({ ...init, ...input, headers, url }) : this.request({ ...init, headers, url });
      }
      /**
       * Perform an HTTP request with the given options.
       * @param opts Set of HTTP options that will be used for this HTTP request.
       */
      async request(opts = {}) {
        let prepared = await this.#prepareRequest(opts);
        return prepared = await this.#applyRequestInterceptors(prepared), this.#applyResponseInterceptors(this._request(prepared));
      }
      async _defaultAdapter(config) {
        let fetchImpl = config.fetchImplementation || this.defaults.fetchImplementation || await _a.#getFetch(), preparedOpts = { ...config };
        delete preparedOpts.data;
        let res = await fetchImpl(config.url, preparedOpts), data = await this.getResponseData(config, res);
        return Object.getOwnPropertyDescriptor(res, "data")?.configurable || Object.defineProperties(res, {
          data: {
            configurable: !0,
            writable: !0,
            enumerable: !0,
            value: data
          }
        }), Object.assign(res, { config, data });
      }
      /**
       * Internal, retryable version of the `request` method.
       * @param opts Set of HTTP options that will be used for this HTTP request.
       */
      async _request(opts) {
        try {
          let translatedResponse;
          if (opts.adapter ? translatedResponse = await opts.adapter(opts, this._defaultAdapter.bind(this)) : translatedResponse = await this._defaultAdapter(opts), !opts.validateStatus(translatedResponse.status)) {
            if (opts.responseType === "stream") {
              let response = [];
              for await (let chunk of translatedResponse.data)
                response.push(chunk);
              translatedResponse.data = Buffer.concat(response.map((c) => typeof c == "string" ? Buffer.from(c) : c)).toString("utf8");
            }
            let errorInfo = common_js_1.GaxiosError.extractAPIErrorFromResponse(translatedResponse, `Request failed with status code ${translatedResponse.status}`);
            throw new common_js_1.GaxiosError(errorInfo?.message, opts, translatedResponse, errorInfo);
          }
          return translatedResponse;
        } catch (e) {
          let err;
          e instanceof common_js_1.GaxiosError ? err = e : e instanceof Error ? err = new common_js_1.GaxiosError(e.message, opts, void 0, e) : opts.signal?.aborted ? (err = new common_js_1.GaxiosError(`The operation was aborted: ${e}`, opts, void 0, e), err.code = "AbortError") : err = new common_js_1.GaxiosError("Unexpected Gaxios Error", opts, void 0, e), !err.response && opts.signal?.aborted && opts.signal.reason?.name === "TimeoutError" ? (err.code = "TimeoutError", /timeout|timed out/i.test(err.message) || (err.message = "The operation was aborted due to timeout")) : !err.response && opts.signal?.aborted && err.code !== "TimeoutError" && (err.code ||= "AbortError");
          let { shouldRetry, config } = await (0, retry_js_1.getRetryConfig)(err);
          if (shouldRetry && config)
            return err.config.retryConfig.currentRetryAttempt = config.retryConfig.currentRetryAttempt, opts.retryConfig = err.config?.retryConfig, typeof err.config?.timeout == "number" && (opts.timeout = err.config.timeout), this.#appendTimeoutToSignal(opts), this._request(opts);
          throw opts.errorRedactor && opts.errorRedactor(err), err;
        }
      }
      async getResponseData(opts, res) {
        if (res.status === HTTP_STATUS_NO_CONTENT)
          return "";
        if (opts.maxContentLength && res.headers.has("content-length") && opts.maxContentLength < Number.parseInt(res.headers?.get("content-length") || ""))
          throw new common_js_1.GaxiosError("Response's `Content-Length` is over the limit.", opts, Object.assign(res, { config: opts }));
        switch (opts.responseType) {
          case "stream":
            return res.body;
          case "json": {
            let data = await res.text();
            try {
              return JSON.parse(data);
            } catch {
              return data;
            }
          }
          case "arraybuffer":
            return res.arrayBuffer();
          case "blob":
            return res.blob();
          case "text":
            return res.text();
          default:
            return this.getResponseDataFromContentType(res);
        }
      }
      #urlMayUseProxy(url, noProxy = []) {
        let candidate = new URL(url), noProxyList = [...noProxy], noProxyEnvList = (process.env.NO_PROXY ?? process.env.no_proxy)?.split(",") || [];
        for (let rule of noProxyEnvList)
          noProxyList.push(rule.trim());
        for (let rule of noProxyList)
          if (rule instanceof RegExp) {
            if (rule.test(candidate.toString()))
              return !1;
          } else if (rule instanceof URL) {
            if (rule.origin === candidate.origin)
              return !1;
          } else if (rule.startsWith("*.") || rule.startsWith(".")) {
            let cleanedRule = rule.replace(/^\*\./, ".");
            if (candidate.hostname.endsWith(cleanedRule))
              return !1;
          } else if (rule === candidate.origin || rule === candidate.hostname || rule === candidate.href)
            return !1;
        return !0;
      }
      /**
       * Applies the request interceptors. The request interceptors are applied after the
       * call to prepareRequest is completed.
       *
       * @param {GaxiosOptionsPrepared} options The current set of options.
       *
       * @returns {Promise<GaxiosOptionsPrepared>} Promise that resolves to the set of options or response after interceptors are applied.
       */
      async #applyRequestInterceptors(options) {
        let promiseChain = Promise.resolve(options);
        for (let interceptor of this.interceptors.request.values())
          interceptor && (promiseChain = promiseChain.then(interceptor.resolved, interceptor.rejected));
        return promiseChain;
      }
      /**
       * Applies the response interceptors. The response interceptors are applied after the
       * call to request is made.
       *
       * @param {GaxiosOptionsPrepared} options The current set of options.
       *
       * @returns {Promise<GaxiosOptionsPrepared>} Promise that resolves to the set of options or response after interceptors are applied.
       */
      async #applyResponseInterceptors(response) {
        let promiseChain = Promise.resolve(response);
        for (let interceptor of this.interceptors.response.values())
          interceptor && (promiseChain = promiseChain.then(interceptor.resolved, interceptor.rejected));
        return promiseChain;
      }
      /**
       * Validates the options, merges them with defaults, and prepare request.
       *
       * @param options The original options passed from the client.
       * @returns Prepared options, ready to make a request
       */
      async #prepareRequest(options) {
        let preparedHeaders = new Headers(this.defaults.headers);
        _a.mergeHeaders(preparedHeaders, options.headers);
        let opts = (0, extend_1.default)(!0, {}, this.defaults, options);
        if (!opts.url)
          throw new Error("URL is required.");
        if (opts.baseURL && (opts.url = new URL(opts.url, opts.baseURL)), opts.url = new URL(opts.url), opts.params)
          if (opts.paramsSerializer) {
            let additionalQueryParams = opts.paramsSerializer(opts.params);
            additionalQueryParams.startsWith("?") && (additionalQueryParams = additionalQueryParams.slice(1));
            let prefix = opts.url.toString().includes("?") ? "&" : "?";
            opts.url = opts.url + prefix + additionalQueryParams;
          } else {
            let url = opts.url instanceof URL ? opts.url : new URL(opts.url);
            for (let [key, value] of new URLSearchParams(opts.params))
              url.searchParams.append(key, value);
            opts.url = url;
          }
        typeof options.maxContentLength == "number" && (opts.size = options.maxContentLength), typeof options.maxRedirects == "number" && (opts.follow = options.maxRedirects);
        let shouldDirectlyPassData = typeof opts.data == "string" || opts.data instanceof ArrayBuffer || opts.data instanceof Blob || // Node 18 does not have a global `File` object
        globalThis.File && opts.data instanceof File || opts.data instanceof FormData || opts.data instanceof stream_1.Readable || opts.data instanceof ReadableStream || opts.data instanceof String || opts.data instanceof URLSearchParams || ArrayBuffer.isView(opts.data) || // `Buffer` (Node.js), `DataView`, `TypedArray`
        /**
         * @deprecated `node-fetch` or another third-party's request types
         */
        ["Blob", "File", "FormData"].includes(opts.data?.constructor?.name || "");
        if (opts.multipart?.length) {
          let boundary = await randomUUID();
          preparedHeaders.set("content-type", `multipart/related; boundary=${boundary}`), opts.body = stream_1.Readable.from(this.getMultipartRequest(opts.multipart, boundary));
        } else shouldDirectlyPassData ? opts.body = opts.data : typeof opts.data == "object" ? preparedHeaders.get("Content-Type") === "application/x-www-form-urlencoded" ? opts.body = opts.paramsSerializer ? opts.paramsSerializer(opts.data) : new URLSearchParams(opts.data) : (preparedHeaders.has("content-type") || preparedHeaders.set("content-type", "application/json"), opts.body = JSON.stringify(opts.data)) : opts.data && (opts.body = opts.data);
        opts.validateStatus = opts.validateStatus || this.validateStatus, opts.responseType = opts.responseType || "unknown", !preparedHeaders.has("accept") && opts.responseType === "json" && preparedHeaders.set("accept", "application/json");
        let proxy = opts.proxy || process?.env?.HTTPS_PROXY || process?.env?.https_proxy || process?.env?.HTTP_PROXY || process?.env?.http_proxy;
        if (!opts.agent)
          if (proxy && this.#urlMayUseProxy(opts.url, opts.noProxy)) {
            let HttpsProxyAgent = await _a.#getProxyAgent();
            this.agentCache.has(proxy) ? opts.agent = this.agentCache.get(proxy) : (opts.agent = new HttpsProxyAgent(proxy, {
              cert: opts.cert,
              key: opts.key
            }), this.agentCache.set(proxy, opts.agent));
          } else opts.cert && opts.key && (this.agentCache.has(opts.key) ? opts.agent = this.agentCache.get(opts.key) : (opts.agent = new https_1.Agent({
            cert: opts.cert,
            key: opts.key
          }), this.agentCache.set(opts.key, opts.agent)));
        return typeof opts.errorRedactor != "function" && opts.errorRedactor !== !1 && (opts.errorRedactor = common_js_1.defaultErrorRedactor), opts.body && !("duplex" in opts) && (opts.duplex = "half"), this.#appendTimeoutToSignal(opts), Object.assign(opts, {
          headers: preparedHeaders,
          url: opts.url instanceof URL ? opts.url : new URL(opts.url)
        });
      }
      #callerSignals = /* @__PURE__ */ new WeakMap();
      #appendTimeoutToSignal(opts) {
        if (opts.timeout) {
          this.#callerSignals.has(opts) || this.#callerSignals.set(opts, opts.signal ?? void 0);
          let callerSignal = this.#callerSignals.get(opts), timeoutSignal = AbortSignal.timeout(opts.timeout);
          callerSignal ? opts.signal = AbortSignal.any([callerSignal, timeoutSignal]) : opts.signal = timeoutSignal;
        }
      }
      /**
       * By default, throw for any non-2xx status code
       * @param status status code from the HTTP response
       */
      validateStatus(status) {
        return status >= 200 && status < 300;
      }
      /**
       * Attempts to parse a response by looking at the Content-Type header.
       * @param {Response} response the HTTP response.
       * @returns a promise that resolves to the response data.
       */
      async getResponseDataFromContentType(response) {
        let contentType = response.headers.get("Content-Type");
        if (contentType === null)
          return response.text();
        if (contentType = contentType.toLowerCase(), contentType.includes("application/json")) {
          let data = await response.text();
          try {
            data = JSON.parse(data);
          } catch {
          }
          return data;
        } else return contentType.match(/^text\//) ? response.text() : response.blob();
      }
      /**
       * Creates an async generator that yields the pieces of a multipart/related request body.
       * This implementation follows the spec: https://www.ietf.org/rfc/rfc2387.txt. However, recursive
       * multipart/related requests are not currently supported.
       *
       * @param {GaxiosMultipartOptions[]} multipartOptions the pieces to turn into a multipart/related body.
       * @param {string} boundary the boundary string to be placed between each part.
       */
      async *getMultipartRequest(multipartOptions, boundary) {
        let finale = `--${boundary}--`;
        for (let currentPart of multipartOptions) {
          let partContentType = currentPart.headers.get("Content-Type") || "application/octet-stream";
          yield `--${boundary}\r
Content-Type: ${partContentType}\r
\r
`, typeof currentPart.content == "string" ? yield currentPart.content : yield* currentPart.content, yield `\r
`;
        }
        yield finale;
      }
      /**
       * A cache for the lazily-loaded proxy agent.
       *
       * Should use {@link Gaxios[#getProxyAgent]} to retrieve.
       */
      // using `import` to dynamically import the types here
      static #proxyAgent;
      /**
       * A cache for the lazily-loaded fetch library.
       *
       * Should use {@link Gaxios[#getFetch]} to retrieve.
       */
      //
      static #fetch;
      static #bunFetch;
      /**
       * Imports, caches, and returns a proxy agent - if not already imported
       *
       * @returns A proxy agent
       */
      static async #getProxyAgent() {
        return this.#proxyAgent ||= (await import("./dist-CT4RRTDI.js")).HttpsProxyAgent, this.#proxyAgent;
      }
      static #createBunFetch() {
        return async (input, init) => {
          let rawInit = init ? { ...init } : void 0;
          if (rawInit) {
            let proxyAgent = rawInit.agent;
            proxyAgent?.proxy ? rawInit.proxy = proxyAgent.proxy.toString() : delete rawInit.proxy;
            let cert = rawInit.cert ?? proxyAgent?.connectOpts?.cert, key = rawInit.key ?? proxyAgent?.connectOpts?.key;
            cert && key && (rawInit.tls = {
              ...rawInit.tls,
              cert,
              key
            });
          }
          let fetchInit = rawInit;
          if (fetchInit?.body && typeof fetchInit.body == "object" && typeof fetchInit.body.pipe == "function" && typeof stream_1.Readable.toWeb == "function" && (typeof ReadableStream > "u" || !(fetchInit.body instanceof ReadableStream))) {
            let stream;
            if (fetchInit.body instanceof stream_1.Readable && !fetchInit.body.readableObjectMode)
              stream = fetchInit.body;
            else {
              let passThrough = new stream_1.PassThrough(), src = fetchInit.body;
              (0, stream_1.pipeline)(src, passThrough, () => {
              }), stream = passThrough;
            }
            fetchInit = {
              ...fetchInit,
              body: stream_1.Readable.toWeb(stream)
            };
          }
          let res;
          try {
            res = await globalThis.fetch(input, fetchInit);
          } catch (err) {
            let errorObj = err;
            throw errorObj?.code === "ConnectionRefused" || errorObj?.code === "FailedToOpenSocket" ? errorObj.code = "ECONNREFUSED" : (errorObj?.code === "ConnectionReset" || errorObj?.code === "ConnectionClosed") && (errorObj.code = "ECONNRESET"), !(err instanceof Error) && err && typeof err == "object" && !init?.signal?.aborted ? Object.assign(new Error(errorObj.message || errorObj.code || "Error"), err) : err;
          }
          let maxSize = rawInit?.size ?? rawInit?.maxContentLength ?? 0;
          if (res?.body && typeof stream_1.Readable.fromWeb == "function" && !(res.body instanceof stream_1.Readable)) {
            let nodeStream, rawBody = res.body, origText = res.text.bind(res), origJson = res.json.bind(res), origArrayBuffer = res.arrayBuffer.bind(res), origBlob = res.blob.bind(res), readBuffer = async () => {
              nodeStream ||= stream_1.Readable.fromWeb(rawBody);
              let chunks = [], totalBytes = 0;
              for await (let chunk of nodeStream) {
                let bytes = chunk;
                if (totalBytes += bytes.byteLength, maxSize > 0 && totalBytes > maxSize)
                  throw Object.assign(new Error(`content size at ${String(input?.url ?? input)} over limit: ${maxSize}`), { type: "max-size" });
                chunks.push(bytes);
              }
              return Buffer.concat(chunks, totalBytes);
            };
            Object.defineProperty(res, "body", {
              get() {
                return nodeStream ||= stream_1.Readable.fromWeb(rawBody), nodeStream;
              },
              configurable: !0,
              enumerable: !0
            }), res.text = async () => !nodeStream && maxSize <= 0 ? origText() : (await readBuffer()).toString("utf8"), res.json = async () => !nodeStream && maxSize <= 0 ? origJson() : JSON.parse(await res.text()), res.arrayBuffer = async () => {
              if (!nodeStream && maxSize <= 0)
                return origArrayBuffer();
              let buf = await readBuffer();
              return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
            }, res.blob = async () => {
              if (!nodeStream && maxSize <= 0)
                return origBlob();
              let buf = await readBuffer(), contentType = res.headers?.get?.("content-type") ?? "";
              return new Blob([buf], contentType ? { type: contentType } : void 0);
            };
          }
          return res;
        };
      }
      static async #getFetch() {
        return typeof window < "u" && !!window ? (this.#fetch ||= window.fetch, this.#fetch) : "Bun" in globalThis && typeof globalThis.fetch == "function" ? (this.#bunFetch ||= this.#createBunFetch(), this.#bunFetch) : (this.#fetch ||= (await import("./src-UWW7WSYB.js")).default, this.#fetch);
      }
      /**
       * Merges headers.
       * If the base headers do not exist a new `Headers` object will be returned.
       *
       * @remarks
       *
       * Using this utility can be helpful when the headers are not known to exist:
       * - if they exist as `Headers`, that instance will be used
       *   - it improves performance and allows users to use their existing references to their `Headers`
       * - if they exist in another form (`HeadersInit`), they will be used to create a new `Headers` object
       * - if the base headers do not exist a new `Headers` object will be created
       *
       * @param base headers to append/overwrite to
       * @param append headers to append/overwrite with
       * @returns the base headers instance with merged `Headers`
       */
      static mergeHeaders(base, ...append) {
        base = base instanceof Headers ? base : new Headers(base);
        for (let headers of append)
          (headers instanceof Headers ? headers : new Headers(headers)).forEach((value, key) => {
            key === "set-cookie" ? base.append(key, value) : base.set(key, value);
          });
        return base;
      }
    };
    exports.Gaxios = Gaxios;
    _a = Gaxios;
  }
});

// node_modules/gaxios/build/cjs/src/index.js
var require_src = __commonJS({
  "node_modules/gaxios/build/cjs/src/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.instance = exports.Gaxios = exports.GaxiosError = void 0;
    exports.request = request;
    var gaxios_js_1 = require_gaxios();
    Object.defineProperty(exports, "Gaxios", { enumerable: !0, get: function() {
      return gaxios_js_1.Gaxios;
    } });
    var common_js_1 = require_common();
    Object.defineProperty(exports, "GaxiosError", { enumerable: !0, get: function() {
      return common_js_1.GaxiosError;
    } });
    __exportStar(require_interceptor(), exports);
    exports.instance = new gaxios_js_1.Gaxios();
    async function request(opts) {
      return exports.instance.request(opts);
    }
  }
});

// node_modules/gcp-metadata/build/src/gcp-residency.js
var require_gcp_residency = __commonJS({
  "node_modules/gcp-metadata/build/src/gcp-residency.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.GCE_LINUX_BIOS_PATHS = void 0;
    exports.isGoogleCloudServerless = isGoogleCloudServerless;
    exports.isGoogleComputeEngineLinux = isGoogleComputeEngineLinux;
    exports.isGoogleComputeEngineMACAddress = isGoogleComputeEngineMACAddress;
    exports.isGoogleComputeEngine = isGoogleComputeEngine;
    exports.detectGCPResidency = detectGCPResidency;
    var fs_1 = __require("fs"), os_1 = __require("os");
    exports.GCE_LINUX_BIOS_PATHS = {
      BIOS_DATE: "/sys/class/dmi/id/bios_date",
      BIOS_VENDOR: "/sys/class/dmi/id/bios_vendor"
    };
    var GCE_MAC_ADDRESS_REGEX = /^42:01/, SERVERLESS_ENV_VARS = [
      "CLOUD_RUN_JOB",
      "FUNCTION_NAME",
      "K_SERVICE",
      "CLOUD_RUN_WORKER_POOL"
    ];
    function isGoogleCloudServerless() {
      return SERVERLESS_ENV_VARS.some((key) => !!process.env[key]);
    }
    function isGoogleComputeEngineLinux() {
      if ((0, os_1.platform)() !== "linux")
        return !1;
      try {
        (0, fs_1.statSync)(exports.GCE_LINUX_BIOS_PATHS.BIOS_DATE);
        let biosVendor = (0, fs_1.readFileSync)(exports.GCE_LINUX_BIOS_PATHS.BIOS_VENDOR, "utf8");
        return /Google/.test(biosVendor);
      } catch {
        return !1;
      }
    }
    function isGoogleComputeEngineMACAddress() {
      let interfaces = (0, os_1.networkInterfaces)();
      for (let item of Object.values(interfaces))
        if (item) {
          for (let { mac } of item)
            if (GCE_MAC_ADDRESS_REGEX.test(mac))
              return !0;
        }
      return !1;
    }
    function isGoogleComputeEngine() {
      return isGoogleComputeEngineLinux() || isGoogleComputeEngineMACAddress();
    }
    function detectGCPResidency() {
      return isGoogleCloudServerless() || isGoogleComputeEngine();
    }
  }
});

// node_modules/google-logging-utils/build/src/colours.js
var require_colours = __commonJS({
  "node_modules/google-logging-utils/build/src/colours.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Colours = void 0;
    var Colours = class _Colours {
      static enabled = !1;
      static reset = "";
      static bright = "";
      static dim = "";
      static red = "";
      static green = "";
      static yellow = "";
      static blue = "";
      static magenta = "";
      static cyan = "";
      static white = "";
      static grey = "";
      /**
       * @param stream The stream (e.g. process.stderr)
       * @returns true if the stream should have colourization enabled
       */
      static isEnabled(stream) {
        return stream && // May happen in browsers.
        stream.isTTY && (typeof stream.getColorDepth == "function" ? stream.getColorDepth() > 2 : !0);
      }
      static refresh() {
        _Colours.enabled = _Colours.isEnabled(process?.stderr), this.enabled ? (_Colours.reset = "\x1B[0m", _Colours.bright = "\x1B[1m", _Colours.dim = "\x1B[2m", _Colours.red = "\x1B[31m", _Colours.green = "\x1B[32m", _Colours.yellow = "\x1B[33m", _Colours.blue = "\x1B[34m", _Colours.magenta = "\x1B[35m", _Colours.cyan = "\x1B[36m", _Colours.white = "\x1B[37m", _Colours.grey = "\x1B[90m") : (_Colours.reset = "", _Colours.bright = "", _Colours.dim = "", _Colours.red = "", _Colours.green = "", _Colours.yellow = "", _Colours.blue = "", _Colours.magenta = "", _Colours.cyan = "", _Colours.white = "", _Colours.grey = "");
      }
    };
    exports.Colours = Colours;
    Colours.refresh();
  }
});

// node_modules/google-logging-utils/build/src/types.js
var require_types = __commonJS({
  "node_modules/google-logging-utils/build/src/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.LogSeverity = void 0;
    var LogSeverity;
    (function(LogSeverity2) {
      LogSeverity2.DEFAULT = "DEFAULT", LogSeverity2.DEBUG = "DEBUG", LogSeverity2.INFO = "INFO", LogSeverity2.WARNING = "WARNING", LogSeverity2.ERROR = "ERROR";
    })(LogSeverity || (exports.LogSeverity = LogSeverity = {}));
  }
});

// node_modules/google-logging-utils/build/src/logging-utils.js
var require_logging_utils = __commonJS({
  "node_modules/google-logging-utils/build/src/logging-utils.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod, k[i]);
        return __setModuleDefault(result, mod), result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.env = exports.DebugLogBackendBase = exports.placeholder = exports.AdhocDebugLogger = void 0;
    exports.getNodeBackend = getNodeBackend;
    exports.getDebugBackend = getDebugBackend;
    exports.getStructuredBackend = getStructuredBackend;
    exports.setBackend = setBackend;
    exports.log = log;
    var events_1 = __require("events"), process2 = __importStar(__require("process")), util = __importStar(__require("util")), colours_1 = require_colours(), types_1 = require_types(), AdhocDebugLogger = class extends events_1.EventEmitter {
      // Our namespace (system/subsystem/etc)
      namespace;
      // The function we'll call with new log lines.
      // Should be built in Node util stuff, or the "debug" package, or whatever.
      upstream;
      // Self-referential function wrapper that calls invoke() on us.
      func;
      /**
       * @param upstream The backend will pass a function that will be
       * called whenever our logger function is invoked.
       */
      constructor(namespace, upstream) {
        super(), this.namespace = namespace, this.upstream = upstream, this.func = Object.assign(this.invoke.bind(this), {
          // Also add an instance pointer back to us.
          instance: this,
          // And pull over the EventEmitter functionality.
          on: (event, listener) => this.on(event, listener)
        }), this.func.debug = (...args) => this.invokeSeverity(types_1.LogSeverity.DEBUG, ...args), this.func.info = (...args) => this.invokeSeverity(types_1.LogSeverity.INFO, ...args), this.func.warn = (...args) => this.invokeSeverity(types_1.LogSeverity.WARNING, ...args), this.func.error = (...args) => this.invokeSeverity(types_1.LogSeverity.ERROR, ...args), this.func.sublog = (namespace2) => log(namespace2, this.func);
      }
      invoke(fields, ...args) {
        if (this.upstream)
          try {
            this.upstream(fields, ...args);
          } catch {
          }
        try {
          this.emit("log", fields, args);
        } catch {
        }
      }
      invokeSeverity(severity, ...args) {
        this.invoke({ severity }, ...args);
      }
    };
    exports.AdhocDebugLogger = AdhocDebugLogger;
    exports.placeholder = new AdhocDebugLogger("", () => {
    }).func;
    var DebugLogBackendBase = class {
      cached = /* @__PURE__ */ new Map();
      filters = [];
      filtersSet = !1;
      constructor() {
        let nodeFlag = process2.env[exports.env.nodeEnables] ?? "*";
        (nodeFlag === "all" || nodeFlag === "true") && (nodeFlag = "*"), this.filters = nodeFlag.split(",");
      }
      log(namespace, fields, ...args) {
        try {
          this.filtersSet || (this.setFilters(), this.filtersSet = !0);
          let logger = this.cached.get(namespace);
          logger || (logger = this.makeLogger(namespace), this.cached.set(namespace, logger)), logger(fields, ...args);
        } catch (e) {
          console.error(e);
        }
      }
    };
    exports.DebugLogBackendBase = DebugLogBackendBase;
    var NodeBackend = class extends DebugLogBackendBase {
      // Default to allowing all systems, since we gate earlier based on whether the
      // variable is empty.
      enabledRegexp = /.*/g;
      isEnabled(namespace) {
        return this.enabledRegexp.test(namespace);
      }
      makeLogger(namespace) {
        return this.enabledRegexp.test(namespace) ? (fields, ...args) => {
          let nscolour = `${colours_1.Colours.green}${namespace}${colours_1.Colours.reset}`, pid = `${colours_1.Colours.yellow}${process2.pid}${colours_1.Colours.reset}`, level;
          switch (fields.severity) {
            case types_1.LogSeverity.ERROR:
              level = `${colours_1.Colours.red}${fields.severity}${colours_1.Colours.reset}`;
              break;
            case types_1.LogSeverity.INFO:
              level = `${colours_1.Colours.magenta}${fields.severity}${colours_1.Colours.reset}`;
              break;
            case types_1.LogSeverity.WARNING:
              level = `${colours_1.Colours.yellow}${fields.severity}${colours_1.Colours.reset}`;
              break;
            default:
              level = fields.severity ?? types_1.LogSeverity.DEFAULT;
              break;
          }
          let msg = util.formatWithOptions({ colors: colours_1.Colours.enabled }, ...args), filteredFields = Object.assign({}, fields);
          delete filteredFields.severity;
          let fieldsJson = Object.getOwnPropertyNames(filteredFields).length ? JSON.stringify(filteredFields) : "", fieldsColour = fieldsJson ? `${colours_1.Colours.grey}${fieldsJson}${colours_1.Colours.reset}` : "";
          console.error("%s [%s|%s] %s%s", pid, nscolour, level, msg, fieldsJson ? ` ${fieldsColour}` : "");
        } : () => {
        };
      }
      // Regexp patterns below are from here:
      // https://github.com/nodejs/node/blob/c0aebed4b3395bd65d54b18d1fd00f071002ac20/lib/internal/util/debuglog.js#L36
      setFilters() {
        let regexp = this.filters.join(",").replace(/[|\\{}()[\]^$+?.]/g, "\\$&").replace(/\*/g, ".*").replace(/,/g, "$|^");
        this.enabledRegexp = new RegExp(`^${regexp}$`, "i");
      }
    };
    function getNodeBackend() {
      return new NodeBackend();
    }
    var DebugBackend = class extends DebugLogBackendBase {
      debugPkg;
      constructor(pkg) {
        super(), this.debugPkg = pkg;
      }
      makeLogger(namespace) {
        let debugLogger = this.debugPkg(namespace);
        return (fields, ...args) => {
          debugLogger(args[0], ...args.slice(1));
        };
      }
      setFilters() {
        let existingFilters = process2.env.NODE_DEBUG ?? "";
        process2.env.NODE_DEBUG = `${existingFilters}${existingFilters ? "," : ""}${this.filters.join(",")}`;
      }
    };
    function getDebugBackend(debugPkg) {
      return new DebugBackend(debugPkg);
    }
    var StructuredBackend = class extends DebugLogBackendBase {
      upstream;
      constructor(upstream) {
        super(), this.upstream = upstream ?? void 0;
      }
      makeLogger(namespace) {
        let debugLogger = this.upstream?.makeLogger(namespace);
        return (fields, ...args) => {
          let severity = fields.severity ?? types_1.LogSeverity.INFO, json = Object.assign({
            severity,
            message: util.format(...args)
          }, fields), jsonString = JSON.stringify(json);
          debugLogger ? debugLogger(fields, jsonString) : console.log("%s", jsonString);
        };
      }
      setFilters() {
        this.upstream?.setFilters();
      }
    };
    function getStructuredBackend(upstream) {
      return new StructuredBackend(upstream);
    }
    exports.env = {
      /**
       * Filter wildcards specific to the Node syntax, and similar to the built-in
       * utils.debuglog() environment variable. If missing, disables logging.
       */
      nodeEnables: "GOOGLE_SDK_NODE_LOGGING"
    };
    var loggerCache = /* @__PURE__ */ new Map(), cachedBackend;
    function setBackend(backend) {
      cachedBackend = backend, loggerCache.clear();
    }
    function log(namespace, parent) {
      if (!cachedBackend && !process2.env[exports.env.nodeEnables] || !namespace)
        return exports.placeholder;
      parent && (namespace = `${parent.instance.namespace}:${namespace}`);
      let existing = loggerCache.get(namespace);
      if (existing)
        return existing.func;
      if (cachedBackend === null)
        return exports.placeholder;
      cachedBackend === void 0 && (cachedBackend = getNodeBackend());
      let logger = (() => {
        let previousBackend;
        return new AdhocDebugLogger(namespace, (fields, ...args) => {
          if (previousBackend !== cachedBackend) {
            if (cachedBackend === null)
              return;
            cachedBackend === void 0 && (cachedBackend = getNodeBackend()), previousBackend = cachedBackend;
          }
          cachedBackend?.log(namespace, fields, ...args);
        });
      })();
      return loggerCache.set(namespace, logger), logger.func;
    }
  }
});

// node_modules/google-logging-utils/build/src/index.js
var require_src2 = __commonJS({
  "node_modules/google-logging-utils/build/src/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.LogSeverity = void 0;
    __exportStar(require_logging_utils(), exports);
    var types_1 = require_types();
    Object.defineProperty(exports, "LogSeverity", { enumerable: !0, get: function() {
      return types_1.LogSeverity;
    } });
  }
});

// node_modules/gcp-metadata/build/src/index.js
var require_src3 = __commonJS({
  "node_modules/gcp-metadata/build/src/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod, k[i]);
        return __setModuleDefault(result, mod), result;
      };
    })(), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.gcpResidencyCache = exports.METADATA_SERVER_DETECTION = exports.HEADERS = exports.HEADER_VALUE = exports.HEADER_NAME = exports.SECONDARY_HOST_ADDRESS = exports.HOST_ADDRESS = exports.BASE_PATH = void 0;
    exports.instance = instance;
    exports.project = project;
    exports.universe = universe;
    exports.bulk = bulk;
    exports.isAvailable = isAvailable;
    exports.resetIsAvailableCache = resetIsAvailableCache;
    exports.getGCPResidency = getGCPResidency;
    exports.setGCPResidency = setGCPResidency;
    exports.requestTimeout = requestTimeout;
    var gaxios_1 = require_src(), jsonBigint = require_json_bigint(), gcp_residency_1 = require_gcp_residency(), logger = __importStar(require_src2());
    exports.BASE_PATH = "/computeMetadata/v1";
    exports.HOST_ADDRESS = "http://169.254.169.254";
    exports.SECONDARY_HOST_ADDRESS = "http://metadata.google.internal.";
    exports.HEADER_NAME = "Metadata-Flavor";
    exports.HEADER_VALUE = "Google";
    exports.HEADERS = Object.freeze({ [exports.HEADER_NAME]: exports.HEADER_VALUE });
    var log = logger.log("gcp-metadata");
    exports.METADATA_SERVER_DETECTION = Object.freeze({
      "assume-present": "don't try to ping the metadata server, but assume it's present",
      none: "don't try to ping the metadata server, but don't try to use it either",
      "bios-only": "treat the result of a BIOS probe as canonical (don't fall back to pinging)",
      "ping-only": "skip the BIOS probe, and go straight to pinging"
    });
    function getBaseUrl(baseUrl) {
      return baseUrl || (baseUrl = process.env.GCE_METADATA_IP || process.env.GCE_METADATA_HOST || exports.HOST_ADDRESS), /^https?:\/\//.test(baseUrl) || (baseUrl = `http://${baseUrl}`), new URL(exports.BASE_PATH, baseUrl).href;
    }
    function validate(options) {
      Object.keys(options).forEach((key) => {
        switch (key) {
          case "params":
          case "property":
          case "headers":
            break;
          case "qs":
            throw new Error("'qs' is not a valid configuration option. Please use 'params' instead.");
          default:
            throw new Error(`'${key}' is not a valid configuration option.`);
        }
      });
    }
    async function metadataAccessor(type, options = {}, noResponseRetries = 3, fastFail = !1) {
      let headers = new Headers(exports.HEADERS), metadataKey = "", params = {};
      if (typeof type == "object") {
        let metadataAccessor2 = type;
        new Headers(metadataAccessor2.headers).forEach((value, key) => headers.set(key, value)), metadataKey = metadataAccessor2.metadataKey, params = metadataAccessor2.params || params, noResponseRetries = metadataAccessor2.noResponseRetries || noResponseRetries, fastFail = metadataAccessor2.fastFail || fastFail;
      } else
        metadataKey = type;
      typeof options == "string" ? metadataKey += `/${options}` : (validate(options), options.property && (metadataKey += `/${options.property}`), new Headers(options.headers).forEach((value, key) => headers.set(key, value)), params = options.params || params);
      let requestMethod = fastFail ? fastFailMetadataRequest : gaxios_1.request, req = {
        url: `${getBaseUrl()}/${metadataKey}`,
        headers,
        retryConfig: { noResponseRetries },
        params,
        responseType: "text",
        timeout: requestTimeout()
      };
      log.debug("instance request %j", req);
      let res = await requestMethod(req);
      log.debug("instance metadata is %s", res.data);
      let metadataFlavor = res.headers.get(exports.HEADER_NAME);
      if (metadataFlavor !== exports.HEADER_VALUE)
        throw new RangeError(`Invalid response from metadata service: incorrect ${exports.HEADER_NAME} header. Expected '${exports.HEADER_VALUE}', got ${metadataFlavor ? `'${metadataFlavor}'` : "no header"}`);
      if (typeof res.data == "string")
        try {
          return jsonBigint.parse(res.data);
        } catch {
        }
      return res.data;
    }
    async function fastFailMetadataRequest(options) {
      let secondaryOptions = {
        ...options,
        url: options.url?.toString().replace(getBaseUrl(), getBaseUrl(exports.SECONDARY_HOST_ADDRESS))
      }, r1 = (0, gaxios_1.request)(options), r2 = (0, gaxios_1.request)(secondaryOptions);
      try {
        return await Promise.any([r1, r2]);
      } catch (err) {
        throw err instanceof AggregateError && !err.message && (err.message = "All promises were rejected"), err;
      }
    }
    function instance(options) {
      return metadataAccessor("instance", options);
    }
    function project(options) {
      return metadataAccessor("project", options);
    }
    function universe(options) {
      return metadataAccessor("universe", options);
    }
    async function bulk(properties) {
      let r = {};
      return await Promise.all(properties.map((item) => (async () => {
        let res = await metadataAccessor(item), key = item.metadataKey;
        r[key] = res;
      })())), r;
    }
    function detectGCPAvailableRetries() {
      return process.env.DETECT_GCP_RETRIES ? Number(process.env.DETECT_GCP_RETRIES) : 0;
    }
    var cachedIsAvailableResponse, EXPECTED_NETWORK_ERROR_CODES = /* @__PURE__ */ new Set([
      "EHOSTDOWN",
      "EHOSTUNREACH",
      "ENETUNREACH",
      "ENOENT",
      "ENOTFOUND",
      "ECONNREFUSED",
      "ConnectionRefused",
      "FailedToOpenSocket"
    ]), TIMEOUT_NAMES_AND_CODES = /* @__PURE__ */ new Set([
      "AbortError",
      "TimeoutError"
    ]), TIMEOUT_TYPES = /* @__PURE__ */ new Set([
      "aborted",
      "request-timeout"
    ]), MAX_ERROR_DEPTH = 20;
    function isErrorWithDetails(val) {
      return typeof val == "object" && val !== null;
    }
    function getErrorCodes(err, visited = /* @__PURE__ */ new Set(), depth = 0) {
      if (!isErrorWithDetails(err) || visited.has(err) || depth > MAX_ERROR_DEPTH)
        return ["UNKNOWN"];
      if (visited.add(err), err.name === "AggregateError" && Array.isArray(err.errors))
        return err.errors.length === 0 ? ["UNKNOWN"] : err.errors.flatMap((subErr) => getErrorCodes(subErr, visited, depth + 1));
      if (err.name !== void 0 && TIMEOUT_NAMES_AND_CODES.has(err.name) || err.code !== void 0 && TIMEOUT_NAMES_AND_CODES.has(err.code) || err.type !== void 0 && TIMEOUT_TYPES.has(err.type))
        return ["ETIMEDOUT"];
      if ((typeof err.code == "string" || typeof err.code == "number") && err.code !== "")
        return [String(err.code)];
      let nested = err.cause ?? err.error;
      return nested !== void 0 ? getErrorCodes(nested, visited, depth + 1) : ["UNKNOWN"];
    }
    async function isAvailable() {
      if (process.env.METADATA_SERVER_DETECTION) {
        let value = process.env.METADATA_SERVER_DETECTION.trim().toLocaleLowerCase();
        if (!(value in exports.METADATA_SERVER_DETECTION))
          throw new RangeError(`Unknown \`METADATA_SERVER_DETECTION\` env variable. Got \`${value}\`, but it should be \`${Object.keys(exports.METADATA_SERVER_DETECTION).join("`, `")}\`, or unset`);
        switch (value) {
          case "assume-present":
            return !0;
          case "none":
            return !1;
          case "bios-only":
            return getGCPResidency();
          case "ping-only":
        }
      }
      try {
        return cachedIsAvailableResponse === void 0 && (cachedIsAvailableResponse = (async () => {
          try {
            return await metadataAccessor(
              "instance",
              void 0,
              detectGCPAvailableRetries(),
              // If the default HOST_ADDRESS has been overridden, we should not
              // make an effort to try SECONDARY_HOST_ADDRESS (as we are likely in
              // a non-GCP environment):
              !(process.env.GCE_METADATA_IP || process.env.GCE_METADATA_HOST)
            ), !0;
          } catch (e) {
            if (process.env.DEBUG_AUTH && console.info(e), !isErrorWithDetails(e))
              return process.emitWarning(`received unexpected error = ${String(e)} code = UNKNOWN`, "MetadataLookupWarning"), !1;
            if (e.type === "request-timeout" || e.response?.status === 404)
              return !1;
            let codes = getErrorCodes(e);
            if (!(codes.length > 0 && codes.every((code) => EXPECTED_NETWORK_ERROR_CODES.has(code)))) {
              let code = [...new Set(codes)].join(", ");
              process.emitWarning(`received unexpected error = ${e.message} code = ${code}`, "MetadataLookupWarning");
            }
            return !1;
          }
        })()), await cachedIsAvailableResponse;
      } catch {
        return !1;
      }
    }
    function resetIsAvailableCache() {
      cachedIsAvailableResponse = void 0;
    }
    exports.gcpResidencyCache = null;
    function getGCPResidency() {
      return exports.gcpResidencyCache === null && setGCPResidency(), exports.gcpResidencyCache;
    }
    function setGCPResidency(value = null) {
      exports.gcpResidencyCache = value !== null ? value : (0, gcp_residency_1.detectGCPResidency)();
    }
    function requestTimeout() {
      return getGCPResidency() ? 0 : 3e3;
    }
    __exportStar(require_gcp_residency(), exports);
  }
});

// node_modules/google-auth-library/build/src/crypto/shared.js
var require_shared = __commonJS({
  "node_modules/google-auth-library/build/src/crypto/shared.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.fromArrayBufferToHex = fromArrayBufferToHex;
    function fromArrayBufferToHex(arrayBuffer) {
      return Array.from(new Uint8Array(arrayBuffer)).map((byte) => byte.toString(16).padStart(2, "0")).join("");
    }
  }
});

// node_modules/google-auth-library/build/src/crypto/browser/crypto.js
var require_crypto = __commonJS({
  "node_modules/google-auth-library/build/src/crypto/browser/crypto.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.BrowserCrypto = void 0;
    var base64js = require_base64_js(), shared_1 = require_shared(), BrowserCrypto = class _BrowserCrypto {
      constructor() {
        if (typeof window > "u" || window.crypto === void 0 || window.crypto.subtle === void 0)
          throw new Error("SubtleCrypto not found. Make sure it's an https:// website.");
      }
      async sha256DigestBase64(str) {
        let inputBuffer = new TextEncoder().encode(str), outputBuffer = await window.crypto.subtle.digest("SHA-256", inputBuffer);
        return base64js.fromByteArray(new Uint8Array(outputBuffer));
      }
      randomBytesBase64(count) {
        let array = new Uint8Array(count);
        return window.crypto.getRandomValues(array), base64js.fromByteArray(array);
      }
      static padBase64(base64) {
        for (; base64.length % 4 !== 0; )
          base64 += "=";
        return base64;
      }
      async verify(pubkey, data, signature) {
        let algo = {
          name: "RSASSA-PKCS1-v1_5",
          hash: { name: "SHA-256" }
        }, dataArray = new TextEncoder().encode(data), signatureArray = base64js.toByteArray(_BrowserCrypto.padBase64(signature)), cryptoKey = await window.crypto.subtle.importKey("jwk", pubkey, algo, !0, ["verify"]);
        return await window.crypto.subtle.verify(algo, cryptoKey, Buffer.from(signatureArray), dataArray);
      }
      async sign(privateKey, data) {
        let algo = {
          name: "RSASSA-PKCS1-v1_5",
          hash: { name: "SHA-256" }
        }, dataArray = new TextEncoder().encode(data), cryptoKey = await window.crypto.subtle.importKey("jwk", privateKey, algo, !0, ["sign"]), result = await window.crypto.subtle.sign(algo, cryptoKey, dataArray);
        return base64js.fromByteArray(new Uint8Array(result));
      }
      decodeBase64StringUtf8(base64) {
        let uint8array = base64js.toByteArray(_BrowserCrypto.padBase64(base64));
        return new TextDecoder().decode(uint8array);
      }
      encodeBase64StringUtf8(text) {
        let uint8array = new TextEncoder().encode(text);
        return base64js.fromByteArray(uint8array);
      }
      /**
       * Computes the SHA-256 hash of the provided string.
       * @param str The plain text string to hash.
       * @return A promise that resolves with the SHA-256 hash of the provided
       *   string in hexadecimal encoding.
       */
      async sha256DigestHex(str) {
        let inputBuffer = new TextEncoder().encode(str), outputBuffer = await window.crypto.subtle.digest("SHA-256", inputBuffer);
        return (0, shared_1.fromArrayBufferToHex)(outputBuffer);
      }
      /**
       * Computes the HMAC hash of a message using the provided crypto key and the
       * SHA-256 algorithm.
       * @param key The secret crypto key in utf-8 or ArrayBuffer format.
       * @param msg The plain text message.
       * @return A promise that resolves with the HMAC-SHA256 hash in ArrayBuffer
       *   format.
       */
      async signWithHmacSha256(key, msg) {
        let rawKey = typeof key == "string" ? key : String.fromCharCode(...new Uint16Array(key)), enc = new TextEncoder(), cryptoKey = await window.crypto.subtle.importKey("raw", enc.encode(rawKey), {
          name: "HMAC",
          hash: {
            name: "SHA-256"
          }
        }, !1, ["sign"]);
        return window.crypto.subtle.sign("HMAC", cryptoKey, enc.encode(msg));
      }
    };
    exports.BrowserCrypto = BrowserCrypto;
  }
});

// node_modules/google-auth-library/build/src/crypto/node/crypto.js
var require_crypto2 = __commonJS({
  "node_modules/google-auth-library/build/src/crypto/node/crypto.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.NodeCrypto = void 0;
    var crypto = __require("crypto"), NodeCrypto = class {
      async sha256DigestBase64(str) {
        return crypto.createHash("sha256").update(str).digest("base64");
      }
      randomBytesBase64(count) {
        return crypto.randomBytes(count).toString("base64");
      }
      async verify(pubkey, data, signature) {
        let verifier = crypto.createVerify("RSA-SHA256");
        return verifier.update(data), verifier.end(), verifier.verify(pubkey, signature, "base64");
      }
      async sign(privateKey, data) {
        let signer = crypto.createSign("RSA-SHA256");
        return signer.update(data), signer.end(), signer.sign(privateKey, "base64");
      }
      decodeBase64StringUtf8(base64) {
        return Buffer.from(base64, "base64").toString("utf-8");
      }
      encodeBase64StringUtf8(text) {
        return Buffer.from(text, "utf-8").toString("base64");
      }
      /**
       * Computes the SHA-256 hash of the provided string.
       * @param str The plain text string to hash.
       * @return A promise that resolves with the SHA-256 hash of the provided
       *   string in hexadecimal encoding.
       */
      async sha256DigestHex(str) {
        return crypto.createHash("sha256").update(str).digest("hex");
      }
      /**
       * Computes the HMAC hash of a message using the provided crypto key and the
       * SHA-256 algorithm.
       * @param key The secret crypto key in utf-8 or ArrayBuffer format.
       * @param msg The plain text message.
       * @return A promise that resolves with the HMAC-SHA256 hash in ArrayBuffer
       *   format.
       */
      async signWithHmacSha256(key, msg) {
        let cryptoKey = typeof key == "string" ? key : toBuffer(key);
        return toArrayBuffer(crypto.createHmac("sha256", cryptoKey).update(msg).digest());
      }
    };
    exports.NodeCrypto = NodeCrypto;
    function toArrayBuffer(buffer) {
      let ab = new ArrayBuffer(buffer.length), view = new Uint8Array(ab);
      for (let i = 0; i < buffer.length; ++i)
        view[i] = buffer[i];
      return ab;
    }
    function toBuffer(arrayBuffer) {
      return Buffer.from(arrayBuffer);
    }
  }
});

// node_modules/google-auth-library/build/src/crypto/crypto.js
var require_crypto3 = __commonJS({
  "node_modules/google-auth-library/build/src/crypto/crypto.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.createCrypto = createCrypto;
    exports.hasBrowserCrypto = hasBrowserCrypto;
    var crypto_1 = require_crypto(), crypto_2 = require_crypto2();
    __exportStar(require_shared(), exports);
    function createCrypto() {
      return hasBrowserCrypto() ? new crypto_1.BrowserCrypto() : new crypto_2.NodeCrypto();
    }
    function hasBrowserCrypto() {
      return typeof window < "u" && typeof window.crypto < "u" && typeof window.crypto.subtle < "u";
    }
  }
});

// node_modules/google-auth-library/build/src/util.js
var require_util2 = __commonJS({
  "node_modules/google-auth-library/build/src/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.LRUCache = void 0;
    exports.snakeToCamel = snakeToCamel;
    exports.originalOrCamelOptions = originalOrCamelOptions;
    exports.removeUndefinedValuesInObject = removeUndefinedValuesInObject;
    exports.isValidFile = isValidFile;
    exports.getWellKnownCertificateConfigFileLocation = getWellKnownCertificateConfigFileLocation;
    exports.isAdcWarningSuppressed = isAdcWarningSuppressed;
    exports.suppressAdcWarning = suppressAdcWarning;
    exports.isFromJsonWarningSuppressed = isFromJsonWarningSuppressed;
    exports.suppressFromJsonWarning = suppressFromJsonWarning;
    var fs = __require("fs"), os = __require("os"), path = __require("path"), WELL_KNOWN_CERTIFICATE_CONFIG_FILE = "certificate_config.json", CLOUDSDK_CONFIG_DIRECTORY = "gcloud";
    function snakeToCamel(str) {
      return str.replace(/([_][^_])/g, (match) => match.slice(1).toUpperCase());
    }
    function originalOrCamelOptions(obj) {
      function get(key) {
        let o = obj || {};
        return o[key] ?? o[snakeToCamel(key)];
      }
      return { get };
    }
    var LRUCache = class {
      capacity;
      /**
       * Maps are in order. Thus, the older item is the first item.
       *
       * {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map}
       */
      #cache = /* @__PURE__ */ new Map();
      maxAge;
      constructor(options) {
        this.capacity = options.capacity, this.maxAge = options.maxAge;
      }
      /**
       * Moves the key to the end of the cache.
       *
       * @param key the key to move
       * @param value the value of the key
       */
      #moveToEnd(key, value) {
        this.#cache.delete(key), this.#cache.set(key, {
          value,
          lastAccessed: Date.now()
        });
      }
      /**
       * Add an item to the cache.
       *
       * @param key the key to upsert
       * @param value the value of the key
       */
      set(key, value) {
        this.#moveToEnd(key, value), this.#evict();
      }
      /**
       * Get an item from the cache.
       *
       * @param key the key to retrieve
       */
      get(key) {
        let item = this.#cache.get(key);
        if (item)
          return this.#moveToEnd(key, item.value), this.#evict(), item.value;
      }
      /**
       * Maintain the cache based on capacity and TTL.
       */
      #evict() {
        let cutoffDate = this.maxAge ? Date.now() - this.maxAge : 0, oldestItem = this.#cache.entries().next();
        for (; !oldestItem.done && (this.#cache.size > this.capacity || // too many
        oldestItem.value[1].lastAccessed < cutoffDate); )
          this.#cache.delete(oldestItem.value[0]), oldestItem = this.#cache.entries().next();
      }
    };
    exports.LRUCache = LRUCache;
    function removeUndefinedValuesInObject(object) {
      return Object.entries(object).forEach(([key, value]) => {
        (value === void 0 || value === "undefined") && delete object[key];
      }), object;
    }
    async function isValidFile(filePath) {
      try {
        return (await fs.promises.lstat(filePath)).isFile();
      } catch {
        return !1;
      }
    }
    function getWellKnownCertificateConfigFileLocation() {
      let configDir = process.env.CLOUDSDK_CONFIG || (_isWindows() ? path.join(process.env.APPDATA || "", CLOUDSDK_CONFIG_DIRECTORY) : path.join(process.env.HOME || "", ".config", CLOUDSDK_CONFIG_DIRECTORY));
      return path.join(configDir, WELL_KNOWN_CERTIFICATE_CONFIG_FILE);
    }
    function _isWindows() {
      return os.platform().startsWith("win");
    }
    var adcWarningSuppressionDepth = 0, fromJsonWarningSuppressionDepth = 0;
    function isAdcWarningSuppressed() {
      return adcWarningSuppressionDepth > 0;
    }
    function suppressAdcWarning(fn) {
      adcWarningSuppressionDepth++;
      try {
        return fn();
      } finally {
        adcWarningSuppressionDepth--;
      }
    }
    function isFromJsonWarningSuppressed() {
      return adcWarningSuppressionDepth > 0 || fromJsonWarningSuppressionDepth > 0;
    }
    function suppressFromJsonWarning(fn) {
      fromJsonWarningSuppressionDepth++;
      try {
        return fn();
      } finally {
        fromJsonWarningSuppressionDepth--;
      }
    }
  }
});

// node_modules/google-auth-library/package.json
var require_package2 = __commonJS({
  "node_modules/google-auth-library/package.json"(exports, module) {
    module.exports = {
      name: "google-auth-library",
      version: "11.3.4",
      author: "Google Inc.",
      description: "Google APIs Authentication Client Library for Node.js",
      engines: {
        node: ">=22"
      },
      main: "./build/src/index.js",
      types: "./build/src/index.d.ts",
      repository: {
        type: "git",
        directory: "core/packages/google-auth-library-nodejs",
        url: "https://github.com/googleapis/google-cloud-node.git"
      },
      keywords: [
        "google",
        "api",
        "google apis",
        "client",
        "client library"
      ],
      dependencies: {
        "base64-js": "^1.3.0",
        "ecdsa-sig-formatter": "^1.0.11",
        gaxios: "^8.3.1",
        "gcp-metadata": "^9.2.1",
        "google-logging-utils": "^2.1.0",
        jws: "^4.0.0"
      },
      devDependencies: {
        "@types/base64-js": "^1.2.5",
        "@types/jws": "^3.1.0",
        "@types/mocha": "^10.0.10",
        "@types/mv": "^2.1.0",
        "@types/ncp": "^2.0.8",
        "@types/node": "^24.0.0",
        "@types/sinon": "^21.0.0",
        "assert-rejects": "^1.0.0",
        c8: "^10.1.3",
        codecov: "^3.8.3",
        gts: "^6.0.2",
        "is-docker": "^3.0.0",
        jsdoc: "^4.0.4",
        "jsdoc-fresh": "^6.1.0",
        "jsdoc-region-tag": "^5.1.0",
        karma: "^6.0.0",
        "karma-chrome-launcher": "^3.0.0",
        "karma-coverage": "^2.0.0",
        "karma-firefox-launcher": "^2.0.0",
        "karma-mocha": "^2.0.0",
        "karma-sourcemap-loader": "^0.4.0",
        "karma-webpack": "^5.0.0",
        mocha: "^11.1.0",
        mv: "^2.1.1",
        ncp: "^2.0.0",
        nock: "^14.0.5",
        "null-loader": "^4.0.1",
        puppeteer: "^24.0.0",
        sinon: "21.0.3",
        "ts-loader": "^9.5.2",
        typescript: "5.8.3",
        webpack: "^5.97.1",
        "webpack-cli": "^6.0.1"
      },
      files: [
        "build/src",
        "!build/src/**/*.map"
      ],
      license: "Apache-2.0",
      homepage: "https://github.com/googleapis/google-cloud-node/tree/main/core/packages/google-auth-library-nodejs",
      scripts: {
        test: "node ../../../bin/run-test.cjs build/test",
        clean: "gts clean",
        lint: "gts check --no-inline-config",
        compile: "tsc -p .",
        fix: "gts fix",
        pretest: "pnpm run compile --sourceMap",
        docs: "jsdoc -c .jsdoc.js",
        "samples-setup": "cd samples/ && pnpm link ../ && pnpm run setup && cd ../",
        "samples-test": "cd samples/ && pnpm link ../ && pnpm test && cd ../",
        "system-test": "mocha build/system-test --timeout 60000",
        "presystem-test": "pnpm run compile --sourceMap",
        webpack: "webpack",
        "browser-test": "karma start",
        prelint: "cd samples; pnpm link ../; pnpm install"
      }
    };
  }
});

// node_modules/google-auth-library/build/src/shared.cjs
var require_shared2 = __commonJS({
  "node_modules/google-auth-library/build/src/shared.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.USER_AGENT = exports.PRODUCT_NAME = exports.pkg = void 0;
    var pkg = require_package2();
    exports.pkg = pkg;
    var PRODUCT_NAME = "google-api-nodejs-client";
    exports.PRODUCT_NAME = PRODUCT_NAME;
    var USER_AGENT = `${PRODUCT_NAME}/${pkg.version}`;
    exports.USER_AGENT = USER_AGENT;
  }
});

// node_modules/google-auth-library/build/src/auth/authclient.js
var require_authclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/authclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.AuthClient = exports.DEFAULT_EAGER_REFRESH_THRESHOLD_MILLIS = exports.DEFAULT_UNIVERSE = void 0;
    var events_1 = __require("events"), gaxios_1 = require_src(), util_1 = require_util2(), google_logging_utils_1 = require_src2(), shared_cjs_1 = require_shared2();
    exports.DEFAULT_UNIVERSE = "googleapis.com";
    exports.DEFAULT_EAGER_REFRESH_THRESHOLD_MILLIS = 300 * 1e3;
    var AuthClient = class _AuthClient extends events_1.EventEmitter {
      apiKey;
      projectId;
      /**
       * The quota project ID. The quota project can be used by client libraries for the billing purpose.
       * See {@link https://cloud.google.com/docs/quota Working with quotas}
       */
      quotaProjectId;
      /**
       * The {@link Gaxios `Gaxios`} instance used for making requests.
       */
      transporter;
      credentials = {};
      eagerRefreshThresholdMillis = exports.DEFAULT_EAGER_REFRESH_THRESHOLD_MILLIS;
      forceRefreshOnFailure = !1;
      universeDomain = exports.DEFAULT_UNIVERSE;
      /**
       * Symbols that can be added to GaxiosOptions to specify the method name that is
       * making an RPC call, for logging purposes, as well as a string ID that can be
       * used to correlate calls and responses.
       */
      static RequestMethodNameSymbol = /* @__PURE__ */ Symbol("request method name");
      static RequestLogIdSymbol = /* @__PURE__ */ Symbol("request log id");
      constructor(opts = {}) {
        super();
        let options = (0, util_1.originalOrCamelOptions)(opts);
        this.apiKey = opts.apiKey, this.projectId = options.get("project_id") ?? null, this.quotaProjectId = options.get("quota_project_id"), this.credentials = options.get("credentials") ?? {}, this.universeDomain = options.get("universe_domain") ?? exports.DEFAULT_UNIVERSE, this.transporter = opts.transporter ?? new gaxios_1.Gaxios(opts.transporterOptions), options.get("useAuthRequestParameters") !== !1 && (this.transporter.interceptors.request.add(_AuthClient.DEFAULT_REQUEST_INTERCEPTOR), this.transporter.interceptors.response.add(_AuthClient.DEFAULT_RESPONSE_INTERCEPTOR)), opts.eagerRefreshThresholdMillis && (this.eagerRefreshThresholdMillis = opts.eagerRefreshThresholdMillis), this.forceRefreshOnFailure = opts.forceRefreshOnFailure ?? !1;
      }
      /**
       * A {@link fetch `fetch`} compliant API for {@link AuthClient}.
       *
       * @see {@link AuthClient.request} for the classic method.
       *
       * @remarks
       *
       * This is useful as a drop-in replacement for `fetch` API usage.
       *
       * @example
       *
       * ```ts
       * const authClient = new AuthClient();
       * const fetchWithAuthClient: typeof fetch = (...args) => authClient.fetch(...args);
       * await fetchWithAuthClient('https://example.com');
       * ```
       *
       * @param args `fetch` API or {@link Gaxios.fetch `Gaxios#fetch`} parameters
       * @returns the {@link GaxiosResponse} with Gaxios-added properties
       */
      fetch(...args) {
        let input = args[0], init = args[1], url, headers = new Headers();
        return typeof input == "string" ? url = new URL(input) : input instanceof URL ? url = input : input && input.url && (url = new URL(input.url)), input && typeof input == "object" && "headers" in input && gaxios_1.Gaxios.mergeHeaders(headers, input.headers), init && gaxios_1.Gaxios.mergeHeaders(headers, new Headers(init.headers)), typeof input == "object" && !(input instanceof URL) ? this.request({ ...init, ...input, headers, url }) : this.request({ ...init, headers, url });
      }
      /**
       * Sets the auth credentials.
       */
      setCredentials(credentials) {
        this.credentials = credentials;
      }
      /**
       * Append additional headers, e.g., x-goog-user-project, shared across the
       * classes inheriting AuthClient. This method should be used by any method
       * that overrides getRequestMetadataAsync(), which is a shared helper for
       * setting request information in both gRPC and HTTP API calls.
       *
       * @param headers object to append additional headers to.
       */
      addSharedMetadataHeaders(headers) {
        return !headers.has("x-goog-user-project") && // don't override a value the user sets.
        this.quotaProjectId && headers.set("x-goog-user-project", this.quotaProjectId), headers;
      }
      /**
       * Adds the `x-goog-user-project` and `authorization` headers to the target Headers
       * object, if they exist on the source.
       *
       * @param target the headers to target
       * @param source the headers to source from
       * @returns the target headers
       */
      addUserProjectAndAuthHeaders(target, source) {
        let xGoogUserProject = source.get("x-goog-user-project"), authorizationHeader = source.get("authorization");
        return xGoogUserProject && target.set("x-goog-user-project", xGoogUserProject), authorizationHeader && target.set("authorization", authorizationHeader), target;
      }
      static log = (0, google_logging_utils_1.log)("auth");
      static DEFAULT_REQUEST_INTERCEPTOR = {
        resolved: async (config) => {
          if (!config.headers.has("x-goog-api-client")) {
            let nodeVersion = process.version.replace(/^v/, "");
            config.headers.set("x-goog-api-client", `gl-node/${nodeVersion}`);
          }
          let userAgent = config.headers.get("User-Agent");
          userAgent ? userAgent.includes(`${shared_cjs_1.PRODUCT_NAME}/`) || config.headers.set("User-Agent", `${userAgent} ${shared_cjs_1.USER_AGENT}`) : config.headers.set("User-Agent", shared_cjs_1.USER_AGENT);
          try {
            let symbols = config, methodName = symbols[_AuthClient.RequestMethodNameSymbol], logId = `${Math.floor(Math.random() * 1e3)}`;
            symbols[_AuthClient.RequestLogIdSymbol] = logId;
            let logObject = {
              url: config.url,
              headers: config.headers
            };
            methodName ? _AuthClient.log.debug("%s [%s] request %j", methodName, logId, logObject) : _AuthClient.log.debug("[%s] request %j", logId, logObject);
          } catch {
          }
          return config;
        }
      };
      static DEFAULT_RESPONSE_INTERCEPTOR = {
        resolved: async (response) => {
          try {
            let symbols = response.config, methodName = symbols[_AuthClient.RequestMethodNameSymbol], logId = symbols[_AuthClient.RequestLogIdSymbol];
            methodName ? _AuthClient.log.debug("%s [%s] response %j", methodName, logId, response.data) : _AuthClient.log.debug("[%s] response %j", logId, response.data);
          } catch {
          }
          return response;
        },
        rejected: async (error) => {
          try {
            let symbols = error.config, methodName = symbols[_AuthClient.RequestMethodNameSymbol], logId = symbols[_AuthClient.RequestLogIdSymbol];
            methodName ? _AuthClient.log.debug("%s [%s] error %j", methodName, logId, error.response?.data) : _AuthClient.log.debug("[%s] error %j", logId, error.response?.data);
          } catch {
          }
          throw error;
        }
      };
      /**
       * Sets the method name that is making a Gaxios request, so that logging may tag
       * log lines with the operation.
       * @param config A Gaxios request config
       * @param methodName The method name making the call
       */
      static setMethodName(config, methodName) {
        try {
          let symbols = config;
          symbols[_AuthClient.RequestMethodNameSymbol] = methodName;
        } catch {
        }
      }
      /**
       * Retry config for Auth-related requests.
       *
       * @remarks
       *
       * This is not a part of the default {@link AuthClient.transporter transporter/gaxios}
       * config as some downstream APIs would prefer if customers explicitly enable retries,
       * such as GCS.
       */
      static get RETRY_CONFIG() {
        return {
          retry: !0,
          retryConfig: {
            httpMethodsToRetry: ["GET", "PUT", "POST", "HEAD", "OPTIONS", "DELETE"]
          }
        };
      }
    };
    exports.AuthClient = AuthClient;
  }
});

// node_modules/google-auth-library/build/src/auth/loginticket.js
var require_loginticket = __commonJS({
  "node_modules/google-auth-library/build/src/auth/loginticket.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.LoginTicket = void 0;
    var LoginTicket = class {
      envelope;
      payload;
      /**
       * Create a simple class to extract user ID from an ID Token
       *
       * @param {string} env Envelope of the jwt
       * @param {TokenPayload} pay Payload of the jwt
       * @constructor
       */
      constructor(env, pay) {
        this.envelope = env, this.payload = pay;
      }
      getEnvelope() {
        return this.envelope;
      }
      getPayload() {
        return this.payload;
      }
      /**
       * Create a simple class to extract user ID from an ID Token
       *
       * @return The user ID
       */
      getUserId() {
        let payload = this.getPayload();
        return payload && payload.sub ? payload.sub : null;
      }
      /**
       * Returns attributes from the login ticket.  This can contain
       * various information about the user session.
       *
       * @return The envelope and payload
       */
      getAttributes() {
        return { envelope: this.getEnvelope(), payload: this.getPayload() };
      }
    };
    exports.LoginTicket = LoginTicket;
  }
});

// node_modules/google-auth-library/build/src/auth/oauth2client.js
var require_oauth2client = __commonJS({
  "node_modules/google-auth-library/build/src/auth/oauth2client.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.OAuth2Client = exports.ClientAuthentication = exports.CertificateFormat = exports.CodeChallengeMethod = void 0;
    var gaxios_1 = require_src(), querystring = __require("querystring"), stream = __require("stream"), formatEcdsa = require_ecdsa_sig_formatter(), util_1 = require_util2(), crypto_1 = require_crypto3(), authclient_1 = require_authclient(), loginticket_1 = require_loginticket(), CodeChallengeMethod;
    (function(CodeChallengeMethod2) {
      CodeChallengeMethod2.Plain = "plain", CodeChallengeMethod2.S256 = "S256";
    })(CodeChallengeMethod || (exports.CodeChallengeMethod = CodeChallengeMethod = {}));
    var CertificateFormat;
    (function(CertificateFormat2) {
      CertificateFormat2.PEM = "PEM", CertificateFormat2.JWK = "JWK";
    })(CertificateFormat || (exports.CertificateFormat = CertificateFormat = {}));
    var ClientAuthentication;
    (function(ClientAuthentication2) {
      ClientAuthentication2.ClientSecretPost = "ClientSecretPost", ClientAuthentication2.ClientSecretBasic = "ClientSecretBasic", ClientAuthentication2.None = "None";
    })(ClientAuthentication || (exports.ClientAuthentication = ClientAuthentication = {}));
    var OAuth2Client = class _OAuth2Client extends authclient_1.AuthClient {
      redirectUri;
      certificateCache = {};
      certificateExpiry = null;
      certificateCacheFormat = CertificateFormat.PEM;
      refreshTokenPromises = /* @__PURE__ */ new Map();
      endpoints;
      issuers;
      clientAuthentication;
      // TODO: refactor tests to make this private
      _clientId;
      // TODO: refactor tests to make this private
      _clientSecret;
      refreshHandler;
      /**
       * An OAuth2 Client for Google APIs.
       *
       * @param options The OAuth2 Client Options. Passing an `clientId` directly is **@DEPRECATED**.
       * @param clientSecret **@DEPRECATED**. Provide a {@link OAuth2ClientOptions `OAuth2ClientOptions`} object in the first parameter instead.
       * @param redirectUri **@DEPRECATED**. Provide a {@link OAuth2ClientOptions `OAuth2ClientOptions`} object in the first parameter instead.
       */
      constructor(options = {}, clientSecret, redirectUri) {
        super(typeof options == "object" ? options : {}), typeof options != "object" && (options = {
          clientId: options,
          clientSecret,
          redirectUri
        }), this._clientId = options.clientId || options.client_id, this._clientSecret = options.clientSecret || options.client_secret, this.redirectUri = options.redirectUri || options.redirect_uris?.[0], this.endpoints = {
          tokenInfoUrl: "https://oauth2.googleapis.com/tokeninfo",
          oauth2AuthBaseUrl: "https://accounts.google.com/o/oauth2/v2/auth",
          oauth2TokenUrl: "https://oauth2.googleapis.com/token",
          oauth2RevokeUrl: "https://oauth2.googleapis.com/revoke",
          oauth2FederatedSignonPemCertsUrl: "https://www.googleapis.com/oauth2/v1/certs",
          oauth2FederatedSignonJwkCertsUrl: "https://www.googleapis.com/oauth2/v3/certs",
          oauth2IapPublicKeyUrl: "https://www.gstatic.com/iap/verify/public_key",
          ...options.endpoints
        }, this.clientAuthentication = options.clientAuthentication || ClientAuthentication.ClientSecretPost, this.issuers = options.issuers || [
          "accounts.google.com",
          "https://accounts.google.com",
          this.universeDomain
        ];
      }
      /**
       * @deprecated use instance's {@link OAuth2Client.endpoints}
       */
      static GOOGLE_TOKEN_INFO_URL = "https://oauth2.googleapis.com/tokeninfo";
      /**
       * Clock skew - five minutes in seconds
       */
      static CLOCK_SKEW_SECS_ = 300;
      /**
       * The default max Token Lifetime is one day in seconds
       */
      static DEFAULT_MAX_TOKEN_LIFETIME_SECS_ = 86400;
      /**
       * Generates URL for consent page landing.
       * @param opts Options.
       * @return URL to consent page.
       */
      generateAuthUrl(opts = {}) {
        if (opts.code_challenge_method && !opts.code_challenge)
          throw new Error("If a code_challenge_method is provided, code_challenge must be included.");
        return opts.response_type = opts.response_type || "code", opts.client_id = opts.client_id || this._clientId, opts.redirect_uri = opts.redirect_uri || this.redirectUri, Array.isArray(opts.scope) && (opts.scope = opts.scope.join(" ")), this.endpoints.oauth2AuthBaseUrl.toString() + "?" + querystring.stringify(opts);
      }
      generateCodeVerifier() {
        throw new Error("generateCodeVerifier is removed, please use generateCodeVerifierAsync instead.");
      }
      /**
       * Convenience method to automatically generate a code_verifier, and its
       * resulting SHA256. If used, this must be paired with a S256
       * code_challenge_method.
       *
       * For a full example see:
       * https://github.com/googleapis/google-auth-library-nodejs/blob/main/samples/oauth2-codeVerifier.js
       */
      async generateCodeVerifierAsync() {
        let crypto = (0, crypto_1.createCrypto)(), codeVerifier = crypto.randomBytesBase64(96).replace(/\+/g, "~").replace(/=/g, "_").replace(/\//g, "-"), codeChallenge = (await crypto.sha256DigestBase64(codeVerifier)).split("=")[0].replace(/\+/g, "-").replace(/\//g, "_");
        return { codeVerifier, codeChallenge };
      }
      getToken(codeOrOptions, callback) {
        let options = typeof codeOrOptions == "string" ? { code: codeOrOptions } : codeOrOptions;
        if (callback)
          this.getTokenAsync(options).then((r) => callback(null, r.tokens, r.res), (e) => callback(e, null, e.response));
        else
          return this.getTokenAsync(options);
      }
      async getTokenAsync(options) {
        let url = this.endpoints.oauth2TokenUrl.toString(), headers = new Headers(), values = {
          client_id: options.client_id || this._clientId,
          code_verifier: options.codeVerifier,
          code: options.code,
          grant_type: "authorization_code",
          redirect_uri: options.redirect_uri || this.redirectUri
        };
        if (this.clientAuthentication === ClientAuthentication.ClientSecretBasic) {
          let basic = Buffer.from(`${this._clientId}:${this._clientSecret}`);
          headers.set("authorization", `Basic ${basic.toString("base64")}`);
        }
        this.clientAuthentication === ClientAuthentication.ClientSecretPost && (values.client_secret = this._clientSecret);
        let opts = {
          ..._OAuth2Client.RETRY_CONFIG,
          method: "POST",
          url,
          data: new URLSearchParams((0, util_1.removeUndefinedValuesInObject)(values)),
          headers
        };
        authclient_1.AuthClient.setMethodName(opts, "getTokenAsync");
        let res = await this.transporter.request(opts), tokens = res.data;
        return res.data && res.data.expires_in && (tokens.expiry_date = (/* @__PURE__ */ new Date()).getTime() + res.data.expires_in * 1e3, delete tokens.expires_in), this.emit("tokens", tokens), { tokens, res };
      }
      /**
       * Refreshes the access token.
       * @param refresh_token Existing refresh token.
       * @private
       */
      async refreshToken(refreshToken) {
        if (!refreshToken)
          return this.refreshTokenNoCache(refreshToken);
        if (this.refreshTokenPromises.has(refreshToken))
          return this.refreshTokenPromises.get(refreshToken);
        let p = this.refreshTokenNoCache(refreshToken).then((r) => (this.refreshTokenPromises.delete(refreshToken), r), (e) => {
          throw this.refreshTokenPromises.delete(refreshToken), e;
        });
        return this.refreshTokenPromises.set(refreshToken, p), p;
      }
      async refreshTokenNoCache(refreshToken) {
        if (!refreshToken)
          throw new Error("No refresh token is set.");
        let url = this.endpoints.oauth2TokenUrl.toString(), data = {
          refresh_token: refreshToken,
          client_id: this._clientId,
          client_secret: this._clientSecret,
          grant_type: "refresh_token"
        }, res;
        try {
          let opts = {
            ..._OAuth2Client.RETRY_CONFIG,
            method: "POST",
            url,
            data: new URLSearchParams((0, util_1.removeUndefinedValuesInObject)(data))
          };
          authclient_1.AuthClient.setMethodName(opts, "refreshTokenNoCache"), res = await this.transporter.request(opts);
        } catch (e) {
          throw e instanceof gaxios_1.GaxiosError && e.message === "invalid_grant" && e.response?.data && /ReAuth/i.test(e.response.data.error_description) && (e.message = JSON.stringify(e.response.data)), e;
        }
        let tokens = res.data;
        return res.data && res.data.expires_in && (tokens.expiry_date = (/* @__PURE__ */ new Date()).getTime() + res.data.expires_in * 1e3, delete tokens.expires_in), this.emit("tokens", tokens), { tokens, res };
      }
      refreshAccessToken(callback) {
        if (callback)
          this.refreshAccessTokenAsync().then((r) => callback(null, r.credentials, r.res), callback);
        else
          return this.refreshAccessTokenAsync();
      }
      async refreshAccessTokenAsync() {
        let r = await this.refreshToken(this.credentials.refresh_token), tokens = r.tokens;
        return tokens.refresh_token = this.credentials.refresh_token, this.credentials = tokens, { credentials: this.credentials, res: r.res };
      }
      getAccessToken(callback) {
        if (callback)
          this.getAccessTokenAsync().then((r) => callback(null, r.token, r.res), callback);
        else
          return this.getAccessTokenAsync();
      }
      async getAccessTokenAsync() {
        if (!this.credentials.access_token || this.isTokenExpiring()) {
          if (!this.credentials.refresh_token)
            if (this.refreshHandler) {
              let refreshedAccessToken = await this.processAndValidateRefreshHandler();
              if (refreshedAccessToken?.access_token)
                return this.setCredentials(refreshedAccessToken), { token: this.credentials.access_token };
            } else
              throw new Error("No refresh token or refresh handler callback is set.");
          let r = await this.refreshAccessTokenAsync();
          if (!r.credentials || r.credentials && !r.credentials.access_token)
            throw new Error("Could not refresh access token.");
          return { token: r.credentials.access_token, res: r.res };
        } else
          return { token: this.credentials.access_token };
      }
      /**
       * The main authentication interface.  It takes an optional url which when
       * present is the endpoint being accessed, and returns a Promise which
       * resolves with authorization header fields.
       *
       * In OAuth2Client, the result has the form:
       * { authorization: 'Bearer <access_token_value>' }
       */
      async getRequestHeaders(url) {
        return (await this.getRequestMetadataAsync(url)).headers;
      }
      async getRequestMetadataAsync(url) {
        let thisCreds = this.credentials;
        if (!thisCreds.access_token && !thisCreds.refresh_token && !this.apiKey && !this.refreshHandler)
          throw new Error("No access, refresh token, API key or refresh handler callback is set.");
        if (thisCreds.access_token && !this.isTokenExpiring()) {
          thisCreds.token_type = thisCreds.token_type || "Bearer";
          let headers2 = new Headers({
            authorization: thisCreds.token_type + " " + thisCreds.access_token
          });
          return { headers: this.addSharedMetadataHeaders(headers2) };
        }
        if (this.refreshHandler) {
          let refreshedAccessToken = await this.processAndValidateRefreshHandler();
          if (refreshedAccessToken?.access_token) {
            this.setCredentials(refreshedAccessToken);
            let headers2 = new Headers({
              authorization: "Bearer " + this.credentials.access_token
            });
            return { headers: this.addSharedMetadataHeaders(headers2) };
          }
        }
        if (this.apiKey)
          return { headers: new Headers({ "X-Goog-Api-Key": this.apiKey }) };
        let r = null, tokens = null;
        try {
          r = await this.refreshToken(thisCreds.refresh_token), tokens = r.tokens;
        } catch (err) {
          let e = err;
          throw e.response && (e.response.status === 403 || e.response.status === 404) && (e.message = `Could not refresh access token: ${e.message}`), e;
        }
        let credentials = this.credentials;
        credentials.token_type = credentials.token_type || "Bearer", tokens.refresh_token = credentials.refresh_token, this.credentials = tokens;
        let headers = new Headers({
          authorization: credentials.token_type + " " + tokens.access_token
        });
        return { headers: this.addSharedMetadataHeaders(headers), res: r.res };
      }
      /**
       * Generates an URL to revoke the given token.
       * @param token The existing token to be revoked.
       *
       * @deprecated use instance method {@link OAuth2Client.getRevokeTokenURL}
       */
      static getRevokeTokenUrl(token) {
        return new _OAuth2Client().getRevokeTokenURL(token).toString();
      }
      /**
       * Generates a URL to revoke the given token.
       *
       * @param token The existing token to be revoked.
       */
      getRevokeTokenURL(token) {
        let url = new URL(this.endpoints.oauth2RevokeUrl);
        return url.searchParams.append("token", token), url;
      }
      revokeToken(token, callback) {
        let opts = {
          ..._OAuth2Client.RETRY_CONFIG,
          url: this.getRevokeTokenURL(token).toString(),
          method: "POST"
        };
        if (authclient_1.AuthClient.setMethodName(opts, "revokeToken"), callback)
          this.transporter.request(opts).then((r) => callback(null, r), callback);
        else
          return this.transporter.request(opts);
      }
      revokeCredentials(callback) {
        if (callback)
          this.revokeCredentialsAsync().then((res) => callback(null, res), callback);
        else
          return this.revokeCredentialsAsync();
      }
      async revokeCredentialsAsync() {
        let token = this.credentials.access_token;
        if (this.credentials = {}, token)
          return this.revokeToken(token);
        throw new Error("No access token to revoke.");
      }
      request(opts, callback) {
        if (callback)
          this.requestAsync(opts).then((r) => callback(null, r), (e) => callback(e, e.response));
        else
          return this.requestAsync(opts);
      }
      async requestAsync(opts, reAuthRetried = !1) {
        try {
          let r = await this.getRequestMetadataAsync();
          return opts.headers = gaxios_1.Gaxios.mergeHeaders(opts.headers), this.addUserProjectAndAuthHeaders(opts.headers, r.headers), this.apiKey && opts.headers.set("X-Goog-Api-Key", this.apiKey), await this.transporter.request(opts);
        } catch (e) {
          let res = e.response;
          if (res) {
            let statusCode = res.status, mayRequireRefresh = this.credentials && this.credentials.access_token && this.credentials.refresh_token && (!this.credentials.expiry_date || this.forceRefreshOnFailure), mayRequireRefreshWithNoRefreshToken = this.credentials && this.credentials.access_token && !this.credentials.refresh_token && (!this.credentials.expiry_date || this.forceRefreshOnFailure) && this.refreshHandler, isReadableStream = res.config.data instanceof stream.Readable, isAuthErr = statusCode === 401 || statusCode === 403;
            if (!reAuthRetried && isAuthErr && !isReadableStream && mayRequireRefresh)
              return await this.refreshAccessTokenAsync(), this.requestAsync(opts, !0);
            if (!reAuthRetried && isAuthErr && !isReadableStream && mayRequireRefreshWithNoRefreshToken) {
              let refreshedAccessToken = await this.processAndValidateRefreshHandler();
              return refreshedAccessToken?.access_token && this.setCredentials(refreshedAccessToken), this.requestAsync(opts, !0);
            }
          }
          throw e;
        }
      }
      verifyIdToken(options, callback) {
        if (callback && typeof callback != "function")
          throw new Error("This method accepts an options object as the first parameter, which includes the idToken, audience, and maxExpiry.");
        if (callback)
          this.verifyIdTokenAsync(options).then((r) => callback(null, r), callback);
        else
          return this.verifyIdTokenAsync(options);
      }
      async verifyIdTokenAsync(options) {
        if (!options.idToken)
          throw new Error("The verifyIdToken method requires an ID Token");
        let response = await this.getFederatedSignonCertsAsync();
        return await this.verifySignedJwtWithCertsAsync(options.idToken, response.certs, options.audience, this.issuers, options.maxExpiry);
      }
      /**
       * Obtains information about the provisioned access token.  Especially useful
       * if you want to check the scopes that were provisioned to a given token.
       *
       * @param accessToken Required.  The Access Token for which you want to get
       * user info.
       */
      async getTokenInfo(accessToken) {
        let { data } = await this.transporter.request({
          ..._OAuth2Client.RETRY_CONFIG,
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded;charset=UTF-8",
            authorization: `Bearer ${accessToken}`
          },
          url: this.endpoints.tokenInfoUrl.toString()
        }), info = Object.assign({
          expiry_date: (/* @__PURE__ */ new Date()).getTime() + data.expires_in * 1e3,
          scopes: data.scope.split(" ")
        }, data);
        return delete info.expires_in, delete info.scope, info;
      }
      getFederatedSignonCerts(callback) {
        if (callback)
          this.getFederatedSignonCertsAsync().then((r) => callback(null, r.certs, r.res), callback);
        else
          return this.getFederatedSignonCertsAsync();
      }
      async getFederatedSignonCertsAsync() {
        let nowTime = (/* @__PURE__ */ new Date()).getTime(), format = (0, crypto_1.hasBrowserCrypto)() ? CertificateFormat.JWK : CertificateFormat.PEM;
        if (this.certificateExpiry && nowTime < this.certificateExpiry.getTime() && this.certificateCacheFormat === format)
          return { certs: this.certificateCache, format };
        let res, url;
        switch (format) {
          case CertificateFormat.PEM:
            url = this.endpoints.oauth2FederatedSignonPemCertsUrl.toString();
            break;
          case CertificateFormat.JWK:
            url = this.endpoints.oauth2FederatedSignonJwkCertsUrl.toString();
            break;
          default:
            throw new Error(`Unsupported certificate format ${format}`);
        }
        try {
          let opts = {
            ..._OAuth2Client.RETRY_CONFIG,
            url
          };
          authclient_1.AuthClient.setMethodName(opts, "getFederatedSignonCertsAsync"), res = await this.transporter.request(opts);
        } catch (e) {
          throw e instanceof Error && (e.message = `Failed to retrieve verification certificates: ${e.message}`), e;
        }
        let cacheControl = res?.headers.get("cache-control"), cacheAge = -1;
        if (cacheControl) {
          let maxAge = /max-age=(?<maxAge>[0-9]+)/.exec(cacheControl)?.groups?.maxAge;
          maxAge && (cacheAge = Number(maxAge) * 1e3);
        }
        let certificates = {};
        switch (format) {
          case CertificateFormat.PEM:
            certificates = res.data;
            break;
          case CertificateFormat.JWK:
            for (let key of res.data.keys)
              certificates[key.kid] = key;
            break;
          default:
            throw new Error(`Unsupported certificate format ${format}`);
        }
        let now = /* @__PURE__ */ new Date();
        return this.certificateExpiry = cacheAge === -1 ? null : new Date(now.getTime() + cacheAge), this.certificateCache = certificates, this.certificateCacheFormat = format, { certs: certificates, format, res };
      }
      getIapPublicKeys(callback) {
        if (callback)
          this.getIapPublicKeysAsync().then((r) => callback(null, r.pubkeys, r.res), callback);
        else
          return this.getIapPublicKeysAsync();
      }
      async getIapPublicKeysAsync() {
        let res, url = this.endpoints.oauth2IapPublicKeyUrl.toString();
        try {
          let opts = {
            ..._OAuth2Client.RETRY_CONFIG,
            url
          };
          authclient_1.AuthClient.setMethodName(opts, "getIapPublicKeysAsync"), res = await this.transporter.request(opts);
        } catch (e) {
          throw e instanceof Error && (e.message = `Failed to retrieve verification certificates: ${e.message}`), e;
        }
        return { pubkeys: res.data, res };
      }
      verifySignedJwtWithCerts() {
        throw new Error("verifySignedJwtWithCerts is removed, please use verifySignedJwtWithCertsAsync instead.");
      }
      /**
       * Verify the id token is signed with the correct certificate
       * and is from the correct audience.
       * @param jwt The jwt to verify (The ID Token in this case).
       * @param certs The array of certs to test the jwt against.
       * @param requiredAudience The audience to test the jwt against.
       * @param issuers The allowed issuers of the jwt (Optional).
       * @param maxExpiry The max expiry the certificate can be (Optional).
       * @return Returns a promise resolving to LoginTicket on verification.
       */
      async verifySignedJwtWithCertsAsync(jwt, certs, requiredAudience, issuers, maxExpiry) {
        let crypto = (0, crypto_1.createCrypto)();
        maxExpiry || (maxExpiry = _OAuth2Client.DEFAULT_MAX_TOKEN_LIFETIME_SECS_);
        let segments = jwt.split(".");
        if (segments.length !== 3)
          throw new Error("Wrong number of segments in token: " + jwt);
        let signed = segments[0] + "." + segments[1], signature = segments[2], envelope, payload;
        try {
          envelope = JSON.parse(crypto.decodeBase64StringUtf8(segments[0]));
        } catch (err) {
          throw err instanceof Error && (err.message = `Can't parse token envelope: ${segments[0]}': ${err.message}`), err;
        }
        if (!envelope)
          throw new Error("Can't parse token envelope: " + segments[0]);
        try {
          payload = JSON.parse(crypto.decodeBase64StringUtf8(segments[1]));
        } catch (err) {
          throw err instanceof Error && (err.message = `Can't parse token payload '${segments[0]}`), err;
        }
        if (!payload)
          throw new Error("Can't parse token payload: " + segments[1]);
        if (!Object.prototype.hasOwnProperty.call(certs, envelope.kid))
          throw new Error("No pem found for envelope: " + JSON.stringify(envelope));
        let cert = certs[envelope.kid];
        if (envelope.alg === "ES256" && (signature = formatEcdsa.joseToDer(signature, "ES256").toString("base64")), !await crypto.verify(cert, signed, signature))
          throw new Error("Invalid token signature: " + jwt);
        if (!payload.iat)
          throw new Error("No issue time in token: " + JSON.stringify(payload));
        if (!payload.exp)
          throw new Error("No expiration time in token: " + JSON.stringify(payload));
        let iat = Number(payload.iat);
        if (isNaN(iat))
          throw new Error("iat field using invalid format");
        let exp = Number(payload.exp);
        if (isNaN(exp))
          throw new Error("exp field using invalid format");
        let now = (/* @__PURE__ */ new Date()).getTime() / 1e3;
        if (exp >= now + maxExpiry)
          throw new Error("Expiration time too far in future: " + JSON.stringify(payload));
        let earliest = iat - _OAuth2Client.CLOCK_SKEW_SECS_, latest = exp + _OAuth2Client.CLOCK_SKEW_SECS_;
        if (now < earliest)
          throw new Error("Token used too early, " + now + " < " + earliest + ": " + JSON.stringify(payload));
        if (now > latest)
          throw new Error("Token used too late, " + now + " > " + latest + ": " + JSON.stringify(payload));
        if (issuers && issuers.indexOf(payload.iss) < 0)
          throw new Error("Invalid issuer, expected one of [" + issuers + "], but got " + payload.iss);
        if (typeof requiredAudience < "u" && requiredAudience !== null) {
          let aud = payload.aud, audVerified = !1;
          if (requiredAudience.constructor === Array ? audVerified = requiredAudience.indexOf(aud) > -1 : audVerified = aud === requiredAudience, !audVerified)
            throw new Error("Wrong recipient, payload audience != requiredAudience");
        }
        return new loginticket_1.LoginTicket(envelope, payload);
      }
      /**
       * Returns a promise that resolves with AccessTokenResponse type if
       * refreshHandler is defined.
       * If not, nothing is returned.
       */
      async processAndValidateRefreshHandler() {
        if (this.refreshHandler) {
          let accessTokenResponse = await this.refreshHandler();
          if (!accessTokenResponse.access_token)
            throw new Error("No access token is returned by the refreshHandler callback.");
          return accessTokenResponse;
        }
      }
      /**
       * Returns true if a token is expired or will expire within
       * eagerRefreshThresholdMillismilliseconds.
       * If there is no expiry time, assumes the token is not expired or expiring.
       */
      isTokenExpiring() {
        let expiryDate = this.credentials.expiry_date;
        return expiryDate ? expiryDate <= (/* @__PURE__ */ new Date()).getTime() + this.eagerRefreshThresholdMillis : !1;
      }
    };
    exports.OAuth2Client = OAuth2Client;
  }
});

// node_modules/google-auth-library/build/src/auth/computeclient.js
var require_computeclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/computeclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Compute = void 0;
    var gaxios_1 = require_src(), gcpMetadata = require_src3(), oauth2client_1 = require_oauth2client(), Compute = class extends oauth2client_1.OAuth2Client {
      serviceAccountEmail;
      scopes;
      /**
       * Google Compute Engine service account credentials.
       *
       * Retrieve access token from the metadata server.
       * See: https://cloud.google.com/compute/docs/access/authenticate-workloads#applications
       */
      constructor(options = {}) {
        super(options), this.credentials = { expiry_date: 1, refresh_token: "compute-placeholder" }, this.serviceAccountEmail = options.serviceAccountEmail || "default", this.scopes = Array.isArray(options.scopes) ? options.scopes : options.scopes ? [options.scopes] : [];
      }
      /**
       * Refreshes the access token.
       * @param refreshToken Unused parameter
       */
      async refreshTokenNoCache() {
        let tokenPath = `service-accounts/${this.serviceAccountEmail}/token`, data;
        try {
          let instanceOptions = {
            property: tokenPath
          };
          this.scopes.length > 0 && (instanceOptions.params = {
            scopes: this.scopes.join(",")
          }), data = await gcpMetadata.instance(instanceOptions);
        } catch (e) {
          throw e instanceof gaxios_1.GaxiosError && (e.message = `Could not refresh access token: ${e.message}`, this.wrapError(e)), e;
        }
        let tokens = data;
        return data && data.expires_in && (tokens.expiry_date = (/* @__PURE__ */ new Date()).getTime() + data.expires_in * 1e3, delete tokens.expires_in), this.emit("tokens", tokens), { tokens, res: null };
      }
      /**
       * Fetches an ID token.
       * @param targetAudience the audience for the fetched ID token.
       */
      async fetchIdToken(targetAudience) {
        let idTokenPath = `service-accounts/${this.serviceAccountEmail}/identity?format=full&audience=${targetAudience}`, idToken;
        try {
          let instanceOptions = {
            property: idTokenPath
          };
          idToken = await gcpMetadata.instance(instanceOptions);
        } catch (e) {
          throw e instanceof Error && (e.message = `Could not fetch ID token: ${e.message}`), e;
        }
        return idToken;
      }
      wrapError(e) {
        let res = e.response;
        res && res.status && (e.status = res.status, res.status === 403 ? e.message = "A Forbidden error was returned while attempting to retrieve an access token for the Compute Engine built-in service account. This may be because the Compute Engine instance does not have the correct permission scopes specified: " + e.message : res.status === 404 && (e.message = "A Not Found error was returned while attempting to retrieve an accesstoken for the Compute Engine built-in service account. This may be because the Compute Engine instance does not have any permission scopes specified: " + e.message));
      }
    };
    exports.Compute = Compute;
  }
});

// node_modules/google-auth-library/build/src/auth/idtokenclient.js
var require_idtokenclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/idtokenclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.IdTokenClient = void 0;
    var oauth2client_1 = require_oauth2client(), IdTokenClient = class extends oauth2client_1.OAuth2Client {
      targetAudience;
      idTokenProvider;
      /**
       * Google ID Token client
       *
       * Retrieve ID token from the metadata server.
       * See: https://cloud.google.com/docs/authentication/get-id-token#metadata-server
       */
      constructor(options) {
        super(options), this.targetAudience = options.targetAudience, this.idTokenProvider = options.idTokenProvider;
      }
      async getRequestMetadataAsync() {
        if (!this.credentials.id_token || !this.credentials.expiry_date || this.isTokenExpiring()) {
          let idToken = await this.idTokenProvider.fetchIdToken(this.targetAudience);
          this.credentials = {
            id_token: idToken,
            expiry_date: this.getIdTokenExpiryDate(idToken)
          };
        }
        return { headers: new Headers({
          authorization: "Bearer " + this.credentials.id_token
        }) };
      }
      getIdTokenExpiryDate(idToken) {
        let payloadB64 = idToken.split(".")[1];
        if (payloadB64)
          return JSON.parse(Buffer.from(payloadB64, "base64").toString("ascii")).exp * 1e3;
      }
    };
    exports.IdTokenClient = IdTokenClient;
  }
});

// node_modules/google-auth-library/build/src/auth/envDetect.js
var require_envDetect = __commonJS({
  "node_modules/google-auth-library/build/src/auth/envDetect.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.GCPEnv = void 0;
    exports.clear = clear;
    exports.getEnv = getEnv;
    var gcpMetadata = require_src3(), GCPEnv;
    (function(GCPEnv2) {
      GCPEnv2.APP_ENGINE = "APP_ENGINE", GCPEnv2.KUBERNETES_ENGINE = "KUBERNETES_ENGINE", GCPEnv2.CLOUD_FUNCTIONS = "CLOUD_FUNCTIONS", GCPEnv2.COMPUTE_ENGINE = "COMPUTE_ENGINE", GCPEnv2.CLOUD_RUN = "CLOUD_RUN", GCPEnv2.CLOUD_RUN_JOBS = "CLOUD_RUN_JOBS", GCPEnv2.NONE = "NONE";
    })(GCPEnv || (exports.GCPEnv = GCPEnv = {}));
    var envPromise;
    function clear() {
      envPromise = void 0;
    }
    async function getEnv() {
      return envPromise || (envPromise = getEnvMemoized(), envPromise);
    }
    async function getEnvMemoized() {
      let env = GCPEnv.NONE;
      return isAppEngine() ? env = GCPEnv.APP_ENGINE : isCloudFunction() ? env = GCPEnv.CLOUD_FUNCTIONS : await isComputeEngine() ? await isKubernetesEngine() ? env = GCPEnv.KUBERNETES_ENGINE : isCloudRun() ? env = GCPEnv.CLOUD_RUN : isCloudRunJob() ? env = GCPEnv.CLOUD_RUN_JOBS : env = GCPEnv.COMPUTE_ENGINE : env = GCPEnv.NONE, env;
    }
    function isAppEngine() {
      return !!(process.env.GAE_SERVICE || process.env.GAE_MODULE_NAME);
    }
    function isCloudFunction() {
      return !!(process.env.FUNCTION_NAME || process.env.FUNCTION_TARGET);
    }
    function isCloudRun() {
      return !!process.env.K_CONFIGURATION;
    }
    function isCloudRunJob() {
      return !!process.env.CLOUD_RUN_JOB;
    }
    async function isKubernetesEngine() {
      try {
        return await gcpMetadata.instance("attributes/cluster-name"), !0;
      } catch {
        return !1;
      }
    }
    async function isComputeEngine() {
      return gcpMetadata.isAvailable();
    }
  }
});

// node_modules/google-auth-library/build/src/gtoken/jwsSign.js
var require_jwsSign = __commonJS({
  "node_modules/google-auth-library/build/src/gtoken/jwsSign.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.buildPayloadForJwsSign = buildPayloadForJwsSign;
    exports.getJwsSign = getJwsSign;
    var jws_1 = require_jws(), ALG_RS256 = "RS256", GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token";
    function buildPayloadForJwsSign(tokenOptions) {
      let iat = Math.floor((/* @__PURE__ */ new Date()).getTime() / 1e3);
      return {
        iss: tokenOptions.iss,
        scope: tokenOptions.scope,
        aud: GOOGLE_TOKEN_URL,
        exp: iat + 3600,
        iat,
        sub: tokenOptions.sub,
        ...tokenOptions.additionalClaims
      };
    }
    function getJwsSign(tokenOptions) {
      let payload = buildPayloadForJwsSign(tokenOptions);
      return (0, jws_1.sign)({
        header: { alg: ALG_RS256 },
        payload,
        secret: tokenOptions.key
      });
    }
  }
});

// node_modules/google-auth-library/build/src/gtoken/getToken.js
var require_getToken = __commonJS({
  "node_modules/google-auth-library/build/src/gtoken/getToken.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getToken = getToken;
    var jwsSign_1 = require_jwsSign(), GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token", GOOGLE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer", generateRequestOptions = (tokenOptions) => ({
      method: "POST",
      url: GOOGLE_TOKEN_URL,
      data: new URLSearchParams({
        grant_type: GOOGLE_GRANT_TYPE,
        // Grant type for JWT
        assertion: (0, jwsSign_1.getJwsSign)(tokenOptions)
      }),
      responseType: "json",
      retryConfig: {
        httpMethodsToRetry: ["POST"]
      }
    });
    async function getToken(tokenOptions) {
      if (!tokenOptions.transporter)
        throw new Error("No transporter set.");
      try {
        let gaxiosOptions = generateRequestOptions(tokenOptions);
        return (await tokenOptions.transporter.request(gaxiosOptions)).data;
      } catch (e) {
        let err = e, errorData = err.response?.data;
        throw errorData?.error && (err.message = `${errorData.error}: ${errorData.error_description}`), err;
      }
    }
  }
});

// node_modules/google-auth-library/build/src/gtoken/errorWithCode.js
var require_errorWithCode = __commonJS({
  "node_modules/google-auth-library/build/src/gtoken/errorWithCode.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ErrorWithCode = void 0;
    var ErrorWithCode = class extends Error {
      code;
      constructor(message, code) {
        super(message), this.code = code;
      }
    };
    exports.ErrorWithCode = ErrorWithCode;
  }
});

// node_modules/google-auth-library/build/src/gtoken/getCredentials.js
var require_getCredentials = __commonJS({
  "node_modules/google-auth-library/build/src/gtoken/getCredentials.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getCredentials = getCredentials;
    var path = __require("path"), fs = __require("fs"), util_1 = __require("util"), errorWithCode_1 = require_errorWithCode(), readFile = fs.readFile ? (0, util_1.promisify)(fs.readFile) : async () => {
      throw new errorWithCode_1.ErrorWithCode("use key rather than keyFile.", "MISSING_CREDENTIALS");
    }, ExtensionFiles;
    (function(ExtensionFiles2) {
      ExtensionFiles2.JSON = ".json", ExtensionFiles2.DER = ".der", ExtensionFiles2.CRT = ".crt", ExtensionFiles2.PEM = ".pem", ExtensionFiles2.P12 = ".p12", ExtensionFiles2.PFX = ".pfx";
    })(ExtensionFiles || (ExtensionFiles = {}));
    var JsonCredentialsProvider = class {
      keyFilePath;
      constructor(keyFilePath) {
        this.keyFilePath = keyFilePath;
      }
      /**
       * Reads a JSON key file and extracts the private key and client email.
       * @returns A promise that resolves with the credentials.
       */
      async getCredentials() {
        let key = await readFile(this.keyFilePath, "utf8"), body;
        try {
          body = JSON.parse(key);
        } catch (error) {
          let err = error;
          throw new Error(`Invalid JSON key file: ${err.message}`);
        }
        let privateKey = body.private_key, clientEmail = body.client_email;
        if (!privateKey || !clientEmail)
          throw new errorWithCode_1.ErrorWithCode("private_key and client_email are required.", "MISSING_CREDENTIALS");
        return { privateKey, clientEmail };
      }
    }, PemCredentialsProvider = class {
      keyFilePath;
      constructor(keyFilePath) {
        this.keyFilePath = keyFilePath;
      }
      /**
       * Reads a PEM-like key file.
       * @returns A promise that resolves with the private key.
       */
      async getCredentials() {
        return { privateKey: await readFile(this.keyFilePath, "utf8") };
      }
    }, P12CredentialsProvider = class {
      /**
       * Throws an error as P12/PFX certificates are not supported.
       * @returns A promise that rejects with an error.
       */
      async getCredentials() {
        throw new errorWithCode_1.ErrorWithCode("*.p12 certificates are not supported after v6.1.2. Consider utilizing *.json format or converting *.p12 to *.pem using the OpenSSL CLI.", "UNKNOWN_CERTIFICATE_TYPE");
      }
    }, CredentialsProviderFactory = class {
      /**
       * Creates a credential provider based on the key file extension.
       * @param keyFilePath The path to the key file.
       * @returns An instance of a class that implements ICredentialsProvider.
       */
      static create(keyFilePath) {
        switch (path.extname(keyFilePath)) {
          case ExtensionFiles.JSON:
            return new JsonCredentialsProvider(keyFilePath);
          case ExtensionFiles.DER:
          case ExtensionFiles.CRT:
          case ExtensionFiles.PEM:
            return new PemCredentialsProvider(keyFilePath);
          case ExtensionFiles.P12:
          case ExtensionFiles.PFX:
            return new P12CredentialsProvider();
          default:
            throw new errorWithCode_1.ErrorWithCode("Unknown certificate type. Type is determined based on file extension. Current supported extensions are *.json, and *.pem.", "UNKNOWN_CERTIFICATE_TYPE");
        }
      }
    };
    async function getCredentials(keyFilePath) {
      return CredentialsProviderFactory.create(keyFilePath).getCredentials();
    }
  }
});

// node_modules/google-auth-library/build/src/gtoken/tokenHandler.js
var require_tokenHandler = __commonJS({
  "node_modules/google-auth-library/build/src/gtoken/tokenHandler.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.TokenHandler = void 0;
    var getToken_1 = require_getToken(), getCredentials_1 = require_getCredentials(), TokenHandler = class {
      /** The cached access token. */
      token;
      /** The expiration time of the cached access token. */
      tokenExpiresAt;
      /** A promise for an in-flight token request. */
      inFlightRequest;
      tokenOptions;
      /**
       * Creates an instance of TokenHandler.
       * @param tokenOptions The options for fetching tokens.
       * @param transporter The transporter to use for making requests.
       */
      constructor(tokenOptions) {
        this.tokenOptions = tokenOptions;
      }
      /**
       * Processes the credentials, loading them from a key file if necessary.
       * This method is called before any token request.
       */
      async processCredentials() {
        if (!this.tokenOptions.key && !this.tokenOptions.keyFile)
          throw new Error("No key or keyFile set.");
        if (!this.tokenOptions.key && this.tokenOptions.keyFile) {
          let credentials = await (0, getCredentials_1.getCredentials)(this.tokenOptions.keyFile);
          this.tokenOptions.key = credentials.privateKey, this.tokenOptions.email = credentials.clientEmail, this.tokenOptions.iss = this.tokenOptions.iss || credentials.clientEmail;
        }
      }
      /**
       * Checks if the cached token is expired or close to expiring.
       * @returns True if the token is expiring, false otherwise.
       */
      isTokenExpiring() {
        if (!this.token || !this.tokenExpiresAt)
          return !0;
        let now = (/* @__PURE__ */ new Date()).getTime(), eagerRefreshThresholdMillis = this.tokenOptions.eagerRefreshThresholdMillis ?? 0;
        return this.tokenExpiresAt <= now + eagerRefreshThresholdMillis;
      }
      /**
       * Returns whether the token has completely expired.
       *
       * @returns true if the token has expired, false otherwise.
       */
      hasExpired() {
        return this.token && this.tokenExpiresAt ? (/* @__PURE__ */ new Date()).getTime() >= this.tokenExpiresAt : !0;
      }
      /**
       * Fetches an access token, using a cached one if available and not expired.
       * @param forceRefresh If true, forces a new token to be fetched.
       * @returns A promise that resolves with the token data.
       */
      async getToken(forceRefresh) {
        if (await this.processCredentials(), this.inFlightRequest && !forceRefresh)
          return this.inFlightRequest;
        if (this.token && !this.isTokenExpiring() && !forceRefresh)
          return this.token;
        try {
          this.inFlightRequest = (0, getToken_1.getToken)(this.tokenOptions);
          let token = await this.inFlightRequest;
          return this.token = token, this.tokenExpiresAt = (/* @__PURE__ */ new Date()).getTime() + (token.expires_in ?? 0) * 1e3, token;
        } finally {
          this.inFlightRequest = void 0;
        }
      }
    };
    exports.TokenHandler = TokenHandler;
  }
});

// node_modules/google-auth-library/build/src/gtoken/revokeToken.js
var require_revokeToken = __commonJS({
  "node_modules/google-auth-library/build/src/gtoken/revokeToken.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.revokeToken = revokeToken;
    var GOOGLE_REVOKE_TOKEN_URL = "https://oauth2.googleapis.com/revoke?token=", DEFAULT_RETRY_VALUE = !0;
    async function revokeToken(accessToken, transporter) {
      let url = GOOGLE_REVOKE_TOKEN_URL + accessToken;
      return await transporter.request({
        url,
        retry: DEFAULT_RETRY_VALUE
      });
    }
  }
});

// node_modules/google-auth-library/build/src/gtoken/googleToken.js
var require_googleToken = __commonJS({
  "node_modules/google-auth-library/build/src/gtoken/googleToken.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.GoogleToken = void 0;
    var gaxios_1 = require_src(), tokenHandler_1 = require_tokenHandler(), revokeToken_1 = require_revokeToken(), GoogleToken = class {
      /** The configuration options for this token instance. */
      tokenOptions;
      /** The handler for token fetching and caching logic. */
      tokenHandler;
      /**
       * Create a GoogleToken.
       *
       * @param options  Configuration object.
       */
      constructor(options) {
        this.tokenOptions = options || {}, this.tokenOptions.transporter = this.tokenOptions.transporter || {
          request: (opts) => (0, gaxios_1.request)(opts)
        }, this.tokenOptions.iss || (this.tokenOptions.iss = this.tokenOptions.email), typeof this.tokenOptions.scope == "object" && (this.tokenOptions.scope = this.tokenOptions.scope.join(" ")), this.tokenHandler = new tokenHandler_1.TokenHandler(this.tokenOptions);
      }
      get expiresAt() {
        return this.tokenHandler.tokenExpiresAt;
      }
      /**
       * The most recent access token obtained by this client.
       */
      get accessToken() {
        return this.tokenHandler.token?.access_token;
      }
      /**
       * The most recent ID token obtained by this client.
       */
      get idToken() {
        return this.tokenHandler.token?.id_token;
      }
      /**
       * The token type of the most recent access token.
       */
      get tokenType() {
        return this.tokenHandler.token?.token_type;
      }
      /**
       * The refresh token for the current credentials.
       */
      get refreshToken() {
        return this.tokenHandler.token?.refresh_token;
      }
      /**
       * A boolean indicating if the current token has expired.
       */
      hasExpired() {
        return this.tokenHandler.hasExpired();
      }
      /**
       * A boolean indicating if the current token is expiring soon,
       * based on the `eagerRefreshThresholdMillis` option.
       */
      isTokenExpiring() {
        return this.tokenHandler.isTokenExpiring();
      }
      getToken(callbackOrOptions, opts = { forceRefresh: !1 }) {
        let callback;
        typeof callbackOrOptions == "function" ? callback = callbackOrOptions : typeof callbackOrOptions == "object" && (opts = callbackOrOptions);
        let promise = this.tokenHandler.getToken(opts.forceRefresh ?? !1);
        return callback && promise.then((token) => callback(null, token), callback), promise;
      }
      revokeToken(callback) {
        if (!this.accessToken)
          return Promise.reject(new Error("No token to revoke."));
        let promise = (0, revokeToken_1.revokeToken)(this.accessToken, this.tokenOptions.transporter);
        callback && promise.then(() => callback(), callback), this.tokenHandler = new tokenHandler_1.TokenHandler(this.tokenOptions);
      }
      /**
       * Returns the configuration options for this token instance.
       */
      get googleTokenOptions() {
        return this.tokenOptions;
      }
    };
    exports.GoogleToken = GoogleToken;
  }
});

// node_modules/google-auth-library/build/src/auth/jwtaccess.js
var require_jwtaccess = __commonJS({
  "node_modules/google-auth-library/build/src/auth/jwtaccess.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.JWTAccess = void 0;
    var jws = require_jws(), util_1 = require_util2(), DEFAULT_HEADER = {
      alg: "RS256",
      typ: "JWT"
    }, JWTAccess = class _JWTAccess {
      email;
      key;
      keyId;
      projectId;
      eagerRefreshThresholdMillis;
      cache = new util_1.LRUCache({
        capacity: 500,
        maxAge: 3600 * 1e3
      });
      /**
       * JWTAccess service account credentials.
       *
       * Create a new access token by using the credential to create a new JWT token
       * that's recognized as the access token.
       *
       * @param email the service account email address.
       * @param key the private key that will be used to sign the token.
       * @param keyId the ID of the private key used to sign the token.
       */
      constructor(email, key, keyId, eagerRefreshThresholdMillis) {
        this.email = email, this.key = key, this.keyId = keyId, this.eagerRefreshThresholdMillis = eagerRefreshThresholdMillis ?? 300 * 1e3;
      }
      /**
       * Ensures that we're caching a key appropriately, giving precedence to scopes vs. url
       *
       * @param url The URI being authorized.
       * @param scopes The scope or scopes being authorized
       * @returns A string that returns the cached key.
       */
      getCachedKey(url, scopes) {
        let cacheKey = url;
        if (scopes && Array.isArray(scopes) && scopes.length ? cacheKey = url ? `${url}_${scopes.join("_")}` : `${scopes.join("_")}` : typeof scopes == "string" && (cacheKey = url ? `${url}_${scopes}` : scopes), !cacheKey)
          throw Error("Scopes or url must be provided");
        return cacheKey;
      }
      /**
       * Get a non-expired access token, after refreshing if necessary.
       *
       * @param url The URI being authorized.
       * @param additionalClaims An object with a set of additional claims to
       * include in the payload.
       * @returns An object that includes the authorization header.
       */
      getRequestHeaders(url, additionalClaims, scopes) {
        let key = this.getCachedKey(url, scopes), cachedToken = this.cache.get(key), now = Date.now();
        if (cachedToken && cachedToken.expiration - now > this.eagerRefreshThresholdMillis)
          return new Headers(cachedToken.headers);
        let iat = Math.floor(Date.now() / 1e3), exp = _JWTAccess.getExpirationTime(iat), defaultClaims;
        if (Array.isArray(scopes) && (scopes = scopes.join(" ")), scopes ? defaultClaims = {
          iss: this.email,
          sub: this.email,
          scope: scopes,
          exp,
          iat
        } : defaultClaims = {
          iss: this.email,
          sub: this.email,
          aud: url,
          exp,
          iat
        }, additionalClaims) {
          for (let claim in defaultClaims)
            if (additionalClaims[claim])
              throw new Error(`The '${claim}' property is not allowed when passing additionalClaims. This claim is included in the JWT by default.`);
        }
        let header = this.keyId ? { ...DEFAULT_HEADER, kid: this.keyId } : DEFAULT_HEADER, payload = Object.assign(defaultClaims, additionalClaims), signedJWT = jws.sign({ header, payload, secret: this.key }), headers = new Headers({ authorization: `Bearer ${signedJWT}` });
        return this.cache.set(key, {
          expiration: exp * 1e3,
          headers
        }), headers;
      }
      /**
       * Returns an expiration time for the JWT token.
       *
       * @param iat The issued at time for the JWT.
       * @returns An expiration time for the JWT.
       */
      static getExpirationTime(iat) {
        return iat + 3600;
      }
      /**
       * Create a JWTAccess credentials instance using the given input options.
       * @param json The input object.
       */
      fromJSON(json) {
        if (!json)
          throw new Error("Must pass in a JSON object containing the service account auth settings.");
        if (!json.client_email)
          throw new Error("The incoming JSON object does not contain a client_email field");
        if (!json.private_key)
          throw new Error("The incoming JSON object does not contain a private_key field");
        this.email = json.client_email, this.key = json.private_key, this.keyId = json.private_key_id, this.projectId = json.project_id;
      }
      fromStream(inputStream, callback) {
        if (callback)
          this.fromStreamAsync(inputStream).then(() => callback(), callback);
        else
          return this.fromStreamAsync(inputStream);
      }
      fromStreamAsync(inputStream) {
        return new Promise((resolve, reject) => {
          inputStream || reject(new Error("Must pass in a stream containing the service account auth settings."));
          let s = "";
          inputStream.setEncoding("utf8").on("data", (chunk) => s += chunk).on("error", reject).on("end", () => {
            try {
              let data = JSON.parse(s);
              this.fromJSON(data), resolve();
            } catch (err) {
              reject(err);
            }
          });
        });
      }
    };
    exports.JWTAccess = JWTAccess;
  }
});

// node_modules/google-auth-library/build/src/auth/jwtclient.js
var require_jwtclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/jwtclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.JWT = void 0;
    var googleToken_1 = require_googleToken(), getCredentials_1 = require_getCredentials(), jwtaccess_1 = require_jwtaccess(), oauth2client_1 = require_oauth2client(), authclient_1 = require_authclient(), JWT = class _JWT extends oauth2client_1.OAuth2Client {
      email;
      keyFile;
      key;
      keyId;
      defaultScopes;
      scopes;
      scope;
      subject;
      gtoken;
      additionalClaims;
      useJWTAccessWithScope;
      defaultServicePath;
      access;
      /**
       * JWT service account credentials.
       *
       * Retrieve access token using gtoken.
       *
       * @param options the
       */
      constructor(options = {}) {
        super(options), this.email = options.email, this.keyFile = options.keyFile, this.key = options.key, this.keyId = options.keyId, this.scopes = options.scopes, this.subject = options.subject, this.additionalClaims = options.additionalClaims, this.credentials = { refresh_token: "jwt-placeholder", expiry_date: 1 };
      }
      /**
       * Creates a copy of the credential with the specified scopes.
       * @param scopes List of requested scopes or a single scope.
       * @return The cloned instance.
       */
      createScoped(scopes) {
        let jwt = new _JWT(this);
        return jwt.scopes = scopes, jwt;
      }
      /**
       * Obtains the metadata to be sent with the request.
       *
       * @param url the URI being authorized.
       */
      async getRequestMetadataAsync(url) {
        url = this.defaultServicePath ? `https://${this.defaultServicePath}/` : url;
        let useSelfSignedJWT = !this.hasUserScopes() && url || this.useJWTAccessWithScope && this.hasAnyScopes() || this.universeDomain !== authclient_1.DEFAULT_UNIVERSE;
        if (this.subject && this.universeDomain !== authclient_1.DEFAULT_UNIVERSE)
          throw new RangeError(`Service Account user is configured for the credential. Domain-wide delegation is not supported in universes other than ${authclient_1.DEFAULT_UNIVERSE}`);
        if (!this.apiKey && useSelfSignedJWT)
          if (this.additionalClaims && this.additionalClaims.target_audience) {
            let { tokens } = await this.refreshToken();
            return {
              headers: this.addSharedMetadataHeaders(new Headers({
                authorization: `Bearer ${tokens.id_token}`
              }))
            };
          } else {
            this.access || (this.access = new jwtaccess_1.JWTAccess(this.email, this.key, this.keyId, this.eagerRefreshThresholdMillis));
            let scopes;
            this.hasUserScopes() ? scopes = this.scopes : url || (scopes = this.defaultScopes);
            let useScopes = this.useJWTAccessWithScope || this.universeDomain !== authclient_1.DEFAULT_UNIVERSE, headers = await this.access.getRequestHeaders(
              url ?? void 0,
              this.additionalClaims,
              // Scopes take precedent over audience for signing,
              // so we only provide them if `useJWTAccessWithScope` is on or
              // if we are in a non-default universe
              useScopes ? scopes : void 0
            );
            return { headers: this.addSharedMetadataHeaders(headers) };
          }
        else return this.hasAnyScopes() || this.apiKey ? super.getRequestMetadataAsync(url) : { headers: new Headers() };
      }
      /**
       * Fetches an ID token.
       * @param targetAudience the audience for the fetched ID token.
       */
      async fetchIdToken(targetAudience) {
        let gtoken = new googleToken_1.GoogleToken({
          iss: this.email,
          sub: this.subject,
          scope: this.scopes || this.defaultScopes,
          keyFile: this.keyFile,
          key: this.key,
          additionalClaims: { target_audience: targetAudience },
          transporter: this.transporter
        });
        if (await gtoken.getToken({
          forceRefresh: !0
        }), !gtoken.idToken)
          throw new Error("Unknown error: Failed to fetch ID token");
        return gtoken.idToken;
      }
      /**
       * Determine if there are currently scopes available.
       */
      hasUserScopes() {
        return this.scopes ? this.scopes.length > 0 : !1;
      }
      /**
       * Are there any default or user scopes defined.
       */
      hasAnyScopes() {
        return !!(this.scopes && this.scopes.length > 0 || this.defaultScopes && this.defaultScopes.length > 0);
      }
      authorize(callback) {
        if (callback)
          this.authorizeAsync().then((r) => callback(null, r), callback);
        else
          return this.authorizeAsync();
      }
      async authorizeAsync() {
        let result = await this.refreshToken();
        if (!result)
          throw new Error("No result returned");
        return this.credentials = result.tokens, this.credentials.refresh_token = "jwt-placeholder", this.key = this.gtoken.googleTokenOptions?.key, this.email = this.gtoken.googleTokenOptions?.iss, result.tokens;
      }
      /**
       * Refreshes the access token.
       * @param refreshToken ignored
       * @private
       */
      async refreshTokenNoCache() {
        let gtoken = this.createGToken(), tokens = {
          access_token: (await gtoken.getToken({
            forceRefresh: this.isTokenExpiring()
          })).access_token,
          token_type: "Bearer",
          expiry_date: gtoken.expiresAt,
          id_token: gtoken.idToken
        };
        return this.emit("tokens", tokens), { res: null, tokens };
      }
      /**
       * Create a gToken if it doesn't already exist.
       */
      createGToken() {
        return this.gtoken || (this.gtoken = new googleToken_1.GoogleToken({
          iss: this.email,
          sub: this.subject,
          scope: this.scopes || this.defaultScopes,
          keyFile: this.keyFile,
          key: this.key,
          additionalClaims: this.additionalClaims,
          transporter: this.transporter
        })), this.gtoken;
      }
      /**
       * Create a JWT credentials instance using the given input options.
       * @param json The input object.
       *
       * @remarks
       *
       * **Important**: If you accept a credential configuration (credential JSON/File/Stream) from an external source for authentication to Google Cloud, you must validate it before providing it to any Google API or library. Providing an unvalidated credential configuration to Google APIs can compromise the security of your systems and data. For more information, refer to {@link https://cloud.google.com/docs/authentication/external/externally-sourced-credentials Validate credential configurations from external sources}.
       */
      fromJSON(json) {
        if (!json)
          throw new Error("Must pass in a JSON object containing the service account auth settings.");
        if (!json.client_email)
          throw new Error("The incoming JSON object does not contain a client_email field");
        if (!json.private_key)
          throw new Error("The incoming JSON object does not contain a private_key field");
        this.email = json.client_email, this.key = json.private_key, this.keyId = json.private_key_id, this.projectId = json.project_id, this.quotaProjectId = json.quota_project_id, this.universeDomain = json.universe_domain || this.universeDomain;
      }
      fromStream(inputStream, callback) {
        if (callback)
          this.fromStreamAsync(inputStream).then(() => callback(), callback);
        else
          return this.fromStreamAsync(inputStream);
      }
      fromStreamAsync(inputStream) {
        return new Promise((resolve, reject) => {
          if (!inputStream)
            throw new Error("Must pass in a stream containing the service account auth settings.");
          let s = "";
          inputStream.setEncoding("utf8").on("error", reject).on("data", (chunk) => s += chunk).on("end", () => {
            try {
              let data = JSON.parse(s);
              this.fromJSON(data), resolve();
            } catch (e) {
              reject(e);
            }
          });
        });
      }
      /**
       * Creates a JWT credentials instance using an API Key for authentication.
       * @param apiKey The API Key in string form.
       */
      fromAPIKey(apiKey) {
        if (typeof apiKey != "string")
          throw new Error("Must provide an API Key string.");
        this.apiKey = apiKey;
      }
      /**
       * Using the key or keyFile on the JWT client, obtain an object that contains
       * the key and the client email.
       */
      async getCredentials() {
        if (this.key)
          return { private_key: this.key, client_email: this.email };
        if (this.keyFile) {
          let gtoken = this.createGToken(), creds = await (0, getCredentials_1.getCredentials)(this.keyFile);
          return { private_key: creds.privateKey, client_email: creds.clientEmail };
        }
        throw new Error("A key or a keyFile must be provided to getCredentials.");
      }
    };
    exports.JWT = JWT;
  }
});

// node_modules/google-auth-library/build/src/auth/refreshclient.js
var require_refreshclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/refreshclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.UserRefreshClient = exports.USER_REFRESH_ACCOUNT_TYPE = void 0;
    var oauth2client_1 = require_oauth2client(), authclient_1 = require_authclient();
    exports.USER_REFRESH_ACCOUNT_TYPE = "authorized_user";
    var UserRefreshClient = class _UserRefreshClient extends oauth2client_1.OAuth2Client {
      // TODO: refactor tests to make this private
      // In a future gts release, the _propertyName rule will be lifted.
      // This is also a hard one because `this.refreshToken` is a function.
      _refreshToken;
      /**
       * The User Refresh Token client.
       *
       * @param optionsOrClientId The User Refresh Token client options. Passing an `clientId` directly is **@DEPRECATED**.
       * @param clientSecret **@DEPRECATED**. Provide a {@link UserRefreshClientOptions `UserRefreshClientOptions`} object in the first parameter instead.
       * @param refreshToken **@DEPRECATED**. Provide a {@link UserRefreshClientOptions `UserRefreshClientOptions`} object in the first parameter instead.
       * @param eagerRefreshThresholdMillis **@DEPRECATED**. Provide a {@link UserRefreshClientOptions `UserRefreshClientOptions`} object in the first parameter instead.
       * @param forceRefreshOnFailure **@DEPRECATED**. Provide a {@link UserRefreshClientOptions `UserRefreshClientOptions`} object in the first parameter instead.
       */
      constructor(optionsOrClientId, clientSecret, refreshToken, eagerRefreshThresholdMillis, forceRefreshOnFailure) {
        let opts = optionsOrClientId && typeof optionsOrClientId == "object" ? optionsOrClientId : {
          clientId: optionsOrClientId,
          clientSecret,
          refreshToken,
          eagerRefreshThresholdMillis,
          forceRefreshOnFailure
        };
        super(opts), this._refreshToken = opts.refreshToken, this.credentials.refresh_token = opts.refreshToken;
      }
      /**
       * Refreshes the access token.
       * @param refreshToken An ignored refreshToken..
       * @param callback Optional callback.
       */
      async refreshTokenNoCache() {
        return super.refreshTokenNoCache(this._refreshToken);
      }
      async fetchIdToken(targetAudience) {
        let opts = {
          ..._UserRefreshClient.RETRY_CONFIG,
          url: this.endpoints.oauth2TokenUrl,
          method: "POST",
          data: new URLSearchParams({
            client_id: this._clientId,
            client_secret: this._clientSecret,
            grant_type: "refresh_token",
            refresh_token: this._refreshToken,
            target_audience: targetAudience
          }),
          responseType: "json"
        };
        return authclient_1.AuthClient.setMethodName(opts, "fetchIdToken"), (await this.transporter.request(opts)).data.id_token;
      }
      /**
       * Create a UserRefreshClient credentials instance using the given input
       * options.
       * @param json The input object.
       */
      fromJSON(json) {
        if (!json)
          throw new Error("Must pass in a JSON object containing the user refresh token");
        if (json.type !== "authorized_user")
          throw new Error('The incoming JSON object does not have the "authorized_user" type');
        if (!json.client_id)
          throw new Error("The incoming JSON object does not contain a client_id field");
        if (!json.client_secret)
          throw new Error("The incoming JSON object does not contain a client_secret field");
        if (!json.refresh_token)
          throw new Error("The incoming JSON object does not contain a refresh_token field");
        this._clientId = json.client_id, this._clientSecret = json.client_secret, this._refreshToken = json.refresh_token, this.credentials.refresh_token = json.refresh_token, this.quotaProjectId = json.quota_project_id, this.universeDomain = json.universe_domain || this.universeDomain;
      }
      fromStream(inputStream, callback) {
        if (callback)
          this.fromStreamAsync(inputStream).then(() => callback(), callback);
        else
          return this.fromStreamAsync(inputStream);
      }
      async fromStreamAsync(inputStream) {
        return new Promise((resolve, reject) => {
          if (!inputStream)
            return reject(new Error("Must pass in a stream containing the user refresh token."));
          let s = "";
          inputStream.setEncoding("utf8").on("error", reject).on("data", (chunk) => s += chunk).on("end", () => {
            try {
              let data = JSON.parse(s);
              return this.fromJSON(data), resolve();
            } catch (err) {
              return reject(err);
            }
          });
        });
      }
      /**
       * Create a UserRefreshClient credentials instance using the given input
       * options.
       * @param json The input object.
       */
      static fromJSON(json) {
        let client = new _UserRefreshClient();
        return client.fromJSON(json), client;
      }
    };
    exports.UserRefreshClient = UserRefreshClient;
  }
});

// node_modules/google-auth-library/build/src/auth/impersonated.js
var require_impersonated = __commonJS({
  "node_modules/google-auth-library/build/src/auth/impersonated.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Impersonated = exports.IMPERSONATED_ACCOUNT_TYPE = void 0;
    var oauth2client_1 = require_oauth2client(), gaxios_1 = require_src(), util_1 = require_util2();
    exports.IMPERSONATED_ACCOUNT_TYPE = "impersonated_service_account";
    var Impersonated = class _Impersonated extends oauth2client_1.OAuth2Client {
      sourceClient;
      targetPrincipal;
      targetScopes;
      delegates;
      lifetime;
      endpoint;
      /**
       * Impersonated service account credentials.
       *
       * Create a new access token by impersonating another service account.
       *
       * Impersonated Credentials allowing credentials issued to a user or
       * service account to impersonate another. The source project using
       * Impersonated Credentials must enable the "IAMCredentials" API.
       * Also, the target service account must grant the orginating principal
       * the "Service Account Token Creator" IAM role.
       *
       * **IMPORTANT**: This method does not validate the credential configuration.
       * A security risk occurs when a credential configuration configured with
       * malicious URLs is used. When the credential configuration is accepted from
       * an untrusted source, you should validate it before using it with this
       * method. For more details, see
       * https://cloud.google.com/docs/authentication/external/externally-sourced-credentials.
       *
       * @param {object} options - The configuration object.
       * @param {object} [options.sourceClient] the source credential used as to
       * acquire the impersonated credentials.
       * @param {string} [options.targetPrincipal] the service account to
       * impersonate.
       * @param {string[]} [options.delegates] the chained list of delegates
       * required to grant the final access_token. If set, the sequence of
       * identities must have "Service Account Token Creator" capability granted to
       * the preceding identity. For example, if set to [serviceAccountB,
       * serviceAccountC], the sourceCredential must have the Token Creator role on
       * serviceAccountB. serviceAccountB must have the Token Creator on
       * serviceAccountC. Finally, C must have Token Creator on target_principal.
       * If left unset, sourceCredential must have that role on targetPrincipal.
       * @param {string[]} [options.targetScopes] scopes to request during the
       * authorization grant.
       * @param {number} [options.lifetime] number of seconds the delegated
       * credential should be valid for up to 3600 seconds by default, or 43,200
       * seconds by extending the token's lifetime, see:
       * https://cloud.google.com/iam/docs/creating-short-lived-service-account-credentials#sa-credentials-oauth
       * @param {string} [options.endpoint] api endpoint override.
       */
      constructor(options = {}) {
        if (super(options), (0, util_1.isAdcWarningSuppressed)() || console.warn("The `Impersonated` constructor does not validate the credential configuration. A security risk occurs when a credential configuration configured with malicious URLs is used. When the credential configuration is accepted from an untrusted source, you should validate it before using it with this method. For more details, see https://cloud.google.com/docs/authentication/external/externally-sourced-credentials."), this.credentials = {
          expiry_date: 1,
          refresh_token: "impersonated-placeholder"
        }, this.sourceClient = options.sourceClient ?? new oauth2client_1.OAuth2Client(), this.targetPrincipal = options.targetPrincipal ?? "", this.delegates = options.delegates ?? [], this.targetScopes = options.targetScopes ?? [], this.lifetime = options.lifetime ?? 3600, !!!(0, util_1.originalOrCamelOptions)(options).get("universe_domain"))
          this.universeDomain = this.sourceClient.universeDomain;
        else if (this.sourceClient.universeDomain !== this.universeDomain)
          throw new RangeError(`Universe domain ${this.sourceClient.universeDomain} in source credentials does not match ${this.universeDomain} universe domain set for impersonated credentials.`);
        this.endpoint = options.endpoint ?? `https://iamcredentials.${this.universeDomain}`;
      }
      /**
       * Signs some bytes.
       *
       * {@link https://cloud.google.com/iam/docs/reference/credentials/rest/v1/projects.serviceAccounts/signBlob Reference Documentation}
       * @param blobToSign String to sign.
       *
       * @returns A {@link SignBlobResponse} denoting the keyID and signedBlob in base64 string
       */
      async sign(blobToSign) {
        await this.sourceClient.getAccessToken();
        let name = `projects/-/serviceAccounts/${this.targetPrincipal}`, u = `${this.endpoint}/v1/${name}:signBlob`, body = {
          delegates: this.delegates,
          payload: Buffer.from(blobToSign).toString("base64")
        };
        return (await this.sourceClient.request({
          ..._Impersonated.RETRY_CONFIG,
          url: u,
          data: body,
          method: "POST"
        })).data;
      }
      /** The service account email to be impersonated. */
      getTargetPrincipal() {
        return this.targetPrincipal;
      }
      /**
       * Refreshes the access token.
       */
      async refreshToken() {
        try {
          await this.sourceClient.getAccessToken();
          let name = "projects/-/serviceAccounts/" + this.targetPrincipal, u = `${this.endpoint}/v1/${name}:generateAccessToken`, body = {
            delegates: this.delegates,
            scope: this.targetScopes,
            lifetime: this.lifetime + "s"
          }, res = await this.sourceClient.request({
            ..._Impersonated.RETRY_CONFIG,
            url: u,
            data: body,
            method: "POST"
          }), tokenResponse = res.data;
          return this.credentials.access_token = tokenResponse.accessToken, this.credentials.expiry_date = Date.parse(tokenResponse.expireTime), {
            tokens: this.credentials,
            res
          };
        } catch (error) {
          if (!(error instanceof Error))
            throw error;
          let status = 0, message = "";
          throw error instanceof gaxios_1.GaxiosError && (status = error?.response?.data?.error?.status, message = error?.response?.data?.error?.message), status && message ? (error.message = `${status}: unable to impersonate: ${message}`, error) : (error.message = `unable to impersonate: ${error}`, error);
        }
      }
      /**
       * Generates an OpenID Connect ID token for a service account.
       *
       * {@link https://cloud.google.com/iam/docs/reference/credentials/rest/v1/projects.serviceAccounts/generateIdToken Reference Documentation}
       *
       * @param targetAudience the audience for the fetched ID token.
       * @param options the for the request
       * @return an OpenID Connect ID token
       */
      async fetchIdToken(targetAudience, options) {
        await this.sourceClient.getAccessToken();
        let name = `projects/-/serviceAccounts/${this.targetPrincipal}`, u = `${this.endpoint}/v1/${name}:generateIdToken`, body = {
          delegates: this.delegates,
          audience: targetAudience,
          includeEmail: options?.includeEmail ?? !0,
          useEmailAzp: options?.includeEmail ?? !0
        };
        return (await this.sourceClient.request({
          ..._Impersonated.RETRY_CONFIG,
          url: u,
          data: body,
          method: "POST"
        })).data.token;
      }
    };
    exports.Impersonated = Impersonated;
  }
});

// node_modules/google-auth-library/build/src/auth/oauth2common.js
var require_oauth2common = __commonJS({
  "node_modules/google-auth-library/build/src/auth/oauth2common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.OAuthClientAuthHandler = void 0;
    exports.getErrorFromOAuthErrorResponse = getErrorFromOAuthErrorResponse;
    var gaxios_1 = require_src(), crypto_1 = require_crypto3(), METHODS_SUPPORTING_REQUEST_BODY = ["PUT", "POST", "PATCH"], OAuthClientAuthHandler = class {
      #crypto = (0, crypto_1.createCrypto)();
      #clientAuthentication;
      transporter;
      /**
       * Instantiates an OAuth client authentication handler.
       * @param options The OAuth Client Auth Handler instance options. Passing an `ClientAuthentication` directly is **@DEPRECATED**.
       */
      constructor(options) {
        options && "clientId" in options ? (this.#clientAuthentication = options, this.transporter = new gaxios_1.Gaxios()) : (this.#clientAuthentication = options?.clientAuthentication, this.transporter = options?.transporter || new gaxios_1.Gaxios());
      }
      /**
       * Applies client authentication on the OAuth request's headers or POST
       * body but does not process the request.
       * @param opts The GaxiosOptions whose headers or data are to be modified
       *   depending on the client authentication mechanism to be used.
       * @param bearerToken The optional bearer token to use for authentication.
       *   When this is used, no client authentication credentials are needed.
       */
      applyClientAuthenticationOptions(opts, bearerToken) {
        opts.headers = gaxios_1.Gaxios.mergeHeaders(opts.headers), this.injectAuthenticatedHeaders(opts, bearerToken), bearerToken || this.injectAuthenticatedRequestBody(opts);
      }
      /**
       * Applies client authentication on the request's header if either
       * basic authentication or bearer token authentication is selected.
       *
       * @param opts The GaxiosOptions whose headers or data are to be modified
       *   depending on the client authentication mechanism to be used.
       * @param bearerToken The optional bearer token to use for authentication.
       *   When this is used, no client authentication credentials are needed.
       */
      injectAuthenticatedHeaders(opts, bearerToken) {
        if (bearerToken)
          opts.headers = gaxios_1.Gaxios.mergeHeaders(opts.headers, {
            authorization: `Bearer ${bearerToken}`
          });
        else if (this.#clientAuthentication?.confidentialClientType === "basic") {
          opts.headers = gaxios_1.Gaxios.mergeHeaders(opts.headers);
          let clientId = this.#clientAuthentication.clientId, clientSecret = this.#clientAuthentication.clientSecret || "", base64EncodedCreds = this.#crypto.encodeBase64StringUtf8(`${clientId}:${clientSecret}`);
          gaxios_1.Gaxios.mergeHeaders(opts.headers, {
            authorization: `Basic ${base64EncodedCreds}`
          });
        }
      }
      /**
       * Applies client authentication on the request's body if request-body
       * client authentication is selected.
       *
       * @param opts The GaxiosOptions whose headers or data are to be modified
       *   depending on the client authentication mechanism to be used.
       */
      injectAuthenticatedRequestBody(opts) {
        if (this.#clientAuthentication?.confidentialClientType === "request-body") {
          let method = (opts.method || "GET").toUpperCase();
          if (!METHODS_SUPPORTING_REQUEST_BODY.includes(method))
            throw new Error(`${method} HTTP method does not support ${this.#clientAuthentication.confidentialClientType} client authentication`);
          let contentType = new Headers(opts.headers).get("content-type");
          if (contentType?.startsWith("application/x-www-form-urlencoded") || opts.data instanceof URLSearchParams) {
            let data = new URLSearchParams(opts.data ?? "");
            data.append("client_id", this.#clientAuthentication.clientId), data.append("client_secret", this.#clientAuthentication.clientSecret || ""), opts.data = data;
          } else if (contentType?.startsWith("application/json"))
            opts.data = opts.data || {}, Object.assign(opts.data, {
              client_id: this.#clientAuthentication.clientId,
              client_secret: this.#clientAuthentication.clientSecret || ""
            });
          else
            throw new Error(`${contentType} content-types are not supported with ${this.#clientAuthentication.confidentialClientType} client authentication`);
        }
      }
      /**
       * Retry config for Auth-related requests.
       *
       * @remarks
       *
       * This is not a part of the default {@link AuthClient.transporter transporter/gaxios}
       * config as some downstream APIs would prefer if customers explicitly enable retries,
       * such as GCS.
       */
      static get RETRY_CONFIG() {
        return {
          retry: !0,
          retryConfig: {
            httpMethodsToRetry: ["GET", "PUT", "POST", "HEAD", "OPTIONS", "DELETE"]
          }
        };
      }
    };
    exports.OAuthClientAuthHandler = OAuthClientAuthHandler;
    function getErrorFromOAuthErrorResponse(resp, err) {
      let errorCode = resp.error, errorDescription = resp.error_description, errorUri = resp.error_uri, message = `Error code ${errorCode}`;
      typeof errorDescription < "u" && (message += `: ${errorDescription}`), typeof errorUri < "u" && (message += ` - ${errorUri}`);
      let newError = new Error(message);
      if (err) {
        let keys = Object.keys(err);
        err.stack && keys.push("stack"), keys.forEach((key) => {
          key !== "message" && Object.defineProperty(newError, key, {
            value: err[key],
            writable: !1,
            enumerable: !0
          });
        });
      }
      return newError;
    }
  }
});

// node_modules/google-auth-library/build/src/auth/stscredentials.js
var require_stscredentials = __commonJS({
  "node_modules/google-auth-library/build/src/auth/stscredentials.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.StsCredentials = void 0;
    var gaxios_1 = require_src(), authclient_1 = require_authclient(), oauth2common_1 = require_oauth2common(), util_1 = require_util2(), StsCredentials = class _StsCredentials extends oauth2common_1.OAuthClientAuthHandler {
      #tokenExchangeEndpoint;
      /**
       * Initializes an STS credentials instance.
       *
       * @param options The STS credentials instance options. Passing an `tokenExchangeEndpoint` directly is **@DEPRECATED**.
       * @param clientAuthentication **@DEPRECATED**. Provide a {@link StsCredentialsConstructionOptions `StsCredentialsConstructionOptions`} object in the first parameter instead.
       */
      constructor(options = {
        tokenExchangeEndpoint: ""
      }, clientAuthentication) {
        (typeof options != "object" || options instanceof URL) && (options = {
          tokenExchangeEndpoint: options,
          clientAuthentication
        }), super(options), this.#tokenExchangeEndpoint = options.tokenExchangeEndpoint;
      }
      /**
       * Exchanges the provided token for another type of token based on the
       * rfc8693 spec.
       * @param stsCredentialsOptions The token exchange options used to populate
       *   the token exchange request.
       * @param additionalHeaders Optional additional headers to pass along the
       *   request.
       * @param options Optional additional GCP-specific non-spec defined options
       *   to send with the request.
       *   Example: `&options=${encodeUriComponent(JSON.stringified(options))}`
       * @return A promise that resolves with the token exchange response containing
       *   the requested token and its expiration time.
       */
      async exchangeToken(stsCredentialsOptions, headers, options) {
        let values = {
          grant_type: stsCredentialsOptions.grantType,
          resource: stsCredentialsOptions.resource,
          audience: stsCredentialsOptions.audience,
          scope: stsCredentialsOptions.scope?.join(" "),
          requested_token_type: stsCredentialsOptions.requestedTokenType,
          subject_token: stsCredentialsOptions.subjectToken,
          subject_token_type: stsCredentialsOptions.subjectTokenType,
          actor_token: stsCredentialsOptions.actingParty?.actorToken,
          actor_token_type: stsCredentialsOptions.actingParty?.actorTokenType,
          // Non-standard GCP-specific options.
          options: options && JSON.stringify(options)
        }, opts = {
          ..._StsCredentials.RETRY_CONFIG,
          url: this.#tokenExchangeEndpoint.toString(),
          method: "POST",
          headers,
          data: new URLSearchParams((0, util_1.removeUndefinedValuesInObject)(values)),
          responseType: "json"
        };
        authclient_1.AuthClient.setMethodName(opts, "exchangeToken"), this.applyClientAuthenticationOptions(opts);
        try {
          let response = await this.transporter.request(opts), stsSuccessfulResponse = response.data;
          return stsSuccessfulResponse.res = response, stsSuccessfulResponse;
        } catch (error) {
          throw error instanceof gaxios_1.GaxiosError && error.response ? (0, oauth2common_1.getErrorFromOAuthErrorResponse)(
            error.response.data,
            // Preserve other fields from the original error.
            error
          ) : error;
        }
      }
    };
    exports.StsCredentials = StsCredentials;
  }
});

// node_modules/google-auth-library/build/src/auth/baseexternalclient.js
var require_baseexternalclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/baseexternalclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.BaseExternalAccountClient = exports.CLOUD_RESOURCE_MANAGER = exports.EXTERNAL_ACCOUNT_TYPE = exports.EXPIRATION_TIME_OFFSET = void 0;
    var gaxios_1 = require_src(), stream = __require("stream"), authclient_1 = require_authclient(), sts = require_stscredentials(), util_1 = require_util2(), shared_cjs_1 = require_shared2(), STS_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange", STS_REQUEST_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token", DEFAULT_OAUTH_SCOPE = "https://www.googleapis.com/auth/cloud-platform", DEFAULT_TOKEN_LIFESPAN = 3600;
    exports.EXPIRATION_TIME_OFFSET = 300 * 1e3;
    exports.EXTERNAL_ACCOUNT_TYPE = "external_account";
    exports.CLOUD_RESOURCE_MANAGER = "https://cloudresourcemanager.googleapis.com/v1/projects/";
    var WORKFORCE_AUDIENCE_PATTERN = "//iam\\.googleapis\\.com/locations/[^/]+/workforcePools/[^/]+/providers/.+", DEFAULT_TOKEN_URL = "https://sts.{universeDomain}/v1/token", BaseExternalAccountClient = class _BaseExternalAccountClient extends authclient_1.AuthClient {
      /**
       * OAuth scopes for the GCP access token to use. When not provided,
       * the default https://www.googleapis.com/auth/cloud-platform is
       * used.
       */
      scopes;
      projectNumber;
      audience;
      subjectTokenType;
      stsCredential;
      clientAuth;
      credentialSourceType;
      cachedAccessToken;
      serviceAccountImpersonationUrl;
      serviceAccountImpersonationLifetime;
      workforcePoolUserProject;
      configLifetimeRequested;
      tokenUrl;
      /**
       * @example
       * ```ts
       * new URL('https://cloudresourcemanager.googleapis.com/v1/projects/');
       * ```
       */
      cloudResourceManagerURL;
      supplierContext;
      /**
       * A pending access token request. Used for concurrent calls.
       */
      #pendingAccessToken = null;
      /**
       * Instantiate a BaseExternalAccountClient instance using the provided JSON
       * object loaded from an external account credentials file.
       * @param options The external account options object typically loaded
       *   from the external account JSON credential file. The camelCased options
       *   are aliases for the snake_cased options.
       */
      constructor(options) {
        super(options);
        let opts = (0, util_1.originalOrCamelOptions)(options), type = opts.get("type");
        if (type && type !== exports.EXTERNAL_ACCOUNT_TYPE)
          throw new Error(`Expected "${exports.EXTERNAL_ACCOUNT_TYPE}" type but received "${options.type}"`);
        let clientId = opts.get("client_id"), clientSecret = opts.get("client_secret");
        this.tokenUrl = opts.get("token_url") ?? DEFAULT_TOKEN_URL.replace("{universeDomain}", this.universeDomain);
        let subjectTokenType = opts.get("subject_token_type"), workforcePoolUserProject = opts.get("workforce_pool_user_project"), serviceAccountImpersonationUrl = opts.get("service_account_impersonation_url"), serviceAccountImpersonation = opts.get("service_account_impersonation"), serviceAccountImpersonationLifetime = (0, util_1.originalOrCamelOptions)(serviceAccountImpersonation).get("token_lifetime_seconds");
        this.cloudResourceManagerURL = new URL(opts.get("cloud_resource_manager_url") || `https://cloudresourcemanager.${this.universeDomain}/v1/projects/`), clientId && (this.clientAuth = {
          confidentialClientType: "basic",
          clientId,
          clientSecret
        }), this.stsCredential = new sts.StsCredentials({
          tokenExchangeEndpoint: this.tokenUrl,
          clientAuthentication: this.clientAuth
        }), this.scopes = opts.get("scopes") || [DEFAULT_OAUTH_SCOPE], this.cachedAccessToken = null, this.audience = opts.get("audience"), this.subjectTokenType = subjectTokenType, this.workforcePoolUserProject = workforcePoolUserProject;
        let workforceAudiencePattern = new RegExp(WORKFORCE_AUDIENCE_PATTERN);
        if (this.workforcePoolUserProject && !this.audience.match(workforceAudiencePattern))
          throw new Error("workforcePoolUserProject should not be set for non-workforce pool credentials.");
        this.serviceAccountImpersonationUrl = serviceAccountImpersonationUrl, this.serviceAccountImpersonationLifetime = serviceAccountImpersonationLifetime, this.serviceAccountImpersonationLifetime ? this.configLifetimeRequested = !0 : (this.configLifetimeRequested = !1, this.serviceAccountImpersonationLifetime = DEFAULT_TOKEN_LIFESPAN), this.projectNumber = this.getProjectNumber(this.audience), this.supplierContext = {
          audience: this.audience,
          subjectTokenType: this.subjectTokenType,
          transporter: this.transporter
        };
      }
      /** The service account email to be impersonated, if available. */
      getServiceAccountEmail() {
        if (this.serviceAccountImpersonationUrl) {
          if (this.serviceAccountImpersonationUrl.length > 256)
            throw new RangeError(`URL is too long: ${this.serviceAccountImpersonationUrl}`);
          return /serviceAccounts\/(?<email>[^:]+):generateAccessToken$/.exec(this.serviceAccountImpersonationUrl)?.groups?.email || null;
        }
        return null;
      }
      /**
       * Provides a mechanism to inject GCP access tokens directly.
       * When the provided credential expires, a new credential, using the
       * external account options, is retrieved.
       * @param credentials The Credentials object to set on the current client.
       */
      setCredentials(credentials) {
        super.setCredentials(credentials), this.cachedAccessToken = credentials;
      }
      /**
       * @return A promise that resolves with the current GCP access token
       *   response. If the current credential is expired, a new one is retrieved.
       */
      async getAccessToken() {
        return (!this.cachedAccessToken || this.isExpired(this.cachedAccessToken)) && await this.refreshAccessTokenAsync(), {
          token: this.cachedAccessToken.access_token,
          res: this.cachedAccessToken.res
        };
      }
      /**
       * The main authentication interface. It takes an optional url which when
       * present is the endpoint being accessed, and returns a Promise which
       * resolves with authorization header fields.
       *
       * The result has the form:
       * { authorization: 'Bearer <access_token_value>' }
       */
      async getRequestHeaders() {
        let accessTokenResponse = await this.getAccessToken(), headers = new Headers({
          authorization: `Bearer ${accessTokenResponse.token}`
        });
        return this.addSharedMetadataHeaders(headers);
      }
      request(opts, callback) {
        if (callback)
          this.requestAsync(opts).then((r) => callback(null, r), (e) => callback(e, e.response));
        else
          return this.requestAsync(opts);
      }
      /**
       * @return A promise that resolves with the project ID corresponding to the
       *   current workload identity pool or current workforce pool if
       *   determinable. For workforce pool credential, it returns the project ID
       *   corresponding to the workforcePoolUserProject.
       *   This is introduced to match the current pattern of using the Auth
       *   library:
       *   const projectId = await auth.getProjectId();
       *   const url = `https://dns.googleapis.com/dns/v1/projects/${projectId}`;
       *   const res = await client.request({ url });
       *   The resource may not have permission
       *   (resourcemanager.projects.get) to call this API or the required
       *   scopes may not be selected:
       *   https://cloud.google.com/resource-manager/reference/rest/v1/projects/get#authorization-scopes
       */
      async getProjectId() {
        let projectNumber = this.projectNumber || this.workforcePoolUserProject;
        if (this.projectId)
          return this.projectId;
        if (projectNumber) {
          let headers = await this.getRequestHeaders(), opts = {
            ..._BaseExternalAccountClient.RETRY_CONFIG,
            headers,
            url: `${this.cloudResourceManagerURL.toString()}${projectNumber}`,
            responseType: "json"
          };
          authclient_1.AuthClient.setMethodName(opts, "getProjectId");
          let response = await this.transporter.request(opts);
          return this.projectId = response.data.projectId, this.projectId;
        }
        return null;
      }
      /**
       * Authenticates the provided HTTP request, processes it and resolves with the
       * returned response.
       * @param opts The HTTP request options.
       * @param reAuthRetried Whether the current attempt is a retry after a failed attempt due to an auth failure.
       * @return A promise that resolves with the successful response.
       */
      async requestAsync(opts, reAuthRetried = !1) {
        let response;
        try {
          let requestHeaders = await this.getRequestHeaders();
          opts.headers = gaxios_1.Gaxios.mergeHeaders(opts.headers), this.addUserProjectAndAuthHeaders(opts.headers, requestHeaders), response = await this.transporter.request(opts);
        } catch (e) {
          let res = e.response;
          if (res) {
            let statusCode = res.status, isReadableStream = res.config.data instanceof stream.Readable;
            if (!reAuthRetried && (statusCode === 401 || statusCode === 403) && !isReadableStream && this.forceRefreshOnFailure)
              return await this.refreshAccessTokenAsync(), await this.requestAsync(opts, !0);
          }
          throw e;
        }
        return response;
      }
      /**
       * Forces token refresh, even if unexpired tokens are currently cached.
       * External credentials are exchanged for GCP access tokens via the token
       * exchange endpoint and other settings provided in the client options
       * object.
       * If the service_account_impersonation_url is provided, an additional
       * step to exchange the external account GCP access token for a service
       * account impersonated token is performed.
       * @return A promise that resolves with the fresh GCP access tokens.
       */
      async refreshAccessTokenAsync() {
        this.#pendingAccessToken = this.#pendingAccessToken || this.#internalRefreshAccessTokenAsync();
        try {
          return await this.#pendingAccessToken;
        } finally {
          this.#pendingAccessToken = null;
        }
      }
      async #internalRefreshAccessTokenAsync() {
        let subjectToken = await this.retrieveSubjectToken(), stsCredentialsOptions = {
          grantType: STS_GRANT_TYPE,
          audience: this.audience,
          requestedTokenType: STS_REQUEST_TOKEN_TYPE,
          subjectToken,
          subjectTokenType: this.subjectTokenType,
          // generateAccessToken requires the provided access token to have
          // scopes:
          // https://www.googleapis.com/auth/iam or
          // https://www.googleapis.com/auth/cloud-platform
          // The new service account access token scopes will match the user
          // provided ones.
          scope: this.serviceAccountImpersonationUrl ? [DEFAULT_OAUTH_SCOPE] : this.getScopesArray()
        }, additionalOptions = !this.clientAuth && this.workforcePoolUserProject ? { userProject: this.workforcePoolUserProject } : void 0, additionalHeaders = new Headers({
          "x-goog-api-client": this.getMetricsHeaderValue()
        }), stsResponse = await this.stsCredential.exchangeToken(stsCredentialsOptions, additionalHeaders, additionalOptions);
        return this.serviceAccountImpersonationUrl ? this.cachedAccessToken = await this.getImpersonatedAccessToken(stsResponse.access_token) : stsResponse.expires_in ? this.cachedAccessToken = {
          access_token: stsResponse.access_token,
          expiry_date: (/* @__PURE__ */ new Date()).getTime() + stsResponse.expires_in * 1e3,
          res: stsResponse.res
        } : this.cachedAccessToken = {
          access_token: stsResponse.access_token,
          res: stsResponse.res
        }, this.credentials = {}, Object.assign(this.credentials, this.cachedAccessToken), delete this.credentials.res, this.emit("tokens", {
          refresh_token: null,
          expiry_date: this.cachedAccessToken.expiry_date,
          access_token: this.cachedAccessToken.access_token,
          token_type: "Bearer",
          id_token: null
        }), this.cachedAccessToken;
      }
      /**
       * Returns the workload identity pool project number if it is determinable
       * from the audience resource name.
       * @param audience The STS audience used to determine the project number.
       * @return The project number associated with the workload identity pool, if
       *   this can be determined from the STS audience field. Otherwise, null is
       *   returned.
       */
      getProjectNumber(audience) {
        let match = audience.match(/\/projects\/([^/]+)/);
        return match ? match[1] : null;
      }
      /**
       * Exchanges an external account GCP access token for a service
       * account impersonated access token using iamcredentials
       * GenerateAccessToken API.
       * @param token The access token to exchange for a service account access
       *   token.
       * @return A promise that resolves with the service account impersonated
       *   credentials response.
       */
      async getImpersonatedAccessToken(token) {
        let opts = {
          ..._BaseExternalAccountClient.RETRY_CONFIG,
          url: this.serviceAccountImpersonationUrl,
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${token}`
          },
          data: {
            scope: this.getScopesArray(),
            lifetime: this.serviceAccountImpersonationLifetime + "s"
          },
          responseType: "json"
        };
        authclient_1.AuthClient.setMethodName(opts, "getImpersonatedAccessToken");
        let response = await this.transporter.request(opts), successResponse = response.data;
        return {
          access_token: successResponse.accessToken,
          // Convert from ISO format to timestamp.
          expiry_date: new Date(successResponse.expireTime).getTime(),
          res: response
        };
      }
      /**
       * Returns whether the provided credentials are expired or not.
       * If there is no expiry time, assumes the token is not expired or expiring.
       * @param accessToken The credentials to check for expiration.
       * @return Whether the credentials are expired or not.
       */
      isExpired(accessToken) {
        let now = (/* @__PURE__ */ new Date()).getTime();
        return accessToken.expiry_date ? now >= accessToken.expiry_date - this.eagerRefreshThresholdMillis : !1;
      }
      /**
       * @return The list of scopes for the requested GCP access token.
       */
      getScopesArray() {
        return typeof this.scopes == "string" ? [this.scopes] : this.scopes || [DEFAULT_OAUTH_SCOPE];
      }
      getMetricsHeaderValue() {
        let nodeVersion = process.version.replace(/^v/, ""), saImpersonation = this.serviceAccountImpersonationUrl !== void 0, credentialSourceType = this.credentialSourceType ? this.credentialSourceType : "unknown";
        return `gl-node/${nodeVersion} auth/${shared_cjs_1.pkg.version} google-byoid-sdk source/${credentialSourceType} sa-impersonation/${saImpersonation} config-lifetime/${this.configLifetimeRequested}`;
      }
      getTokenUrl() {
        return this.tokenUrl;
      }
    };
    exports.BaseExternalAccountClient = BaseExternalAccountClient;
  }
});

// node_modules/google-auth-library/build/src/auth/filesubjecttokensupplier.js
var require_filesubjecttokensupplier = __commonJS({
  "node_modules/google-auth-library/build/src/auth/filesubjecttokensupplier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.FileSubjectTokenSupplier = void 0;
    var util_1 = __require("util"), fs = __require("fs"), readFile = (0, util_1.promisify)(fs.readFile ?? (() => {
    })), realpath = (0, util_1.promisify)(fs.realpath ?? (() => {
    })), lstat = (0, util_1.promisify)(fs.lstat ?? (() => {
    })), FileSubjectTokenSupplier = class {
      filePath;
      formatType;
      subjectTokenFieldName;
      /**
       * Instantiates a new file based subject token supplier.
       * @param opts The file subject token supplier options to build the supplier
       *   with.
       */
      constructor(opts) {
        this.filePath = opts.filePath, this.formatType = opts.formatType, this.subjectTokenFieldName = opts.subjectTokenFieldName;
      }
      /**
       * Returns the subject token stored at the file specified in the constructor.
       * @param context {@link ExternalAccountSupplierContext} from the calling
       *   {@link IdentityPoolClient}, contains the requested audience and subject
       *   token type for the external account identity. Not used.
       */
      async getSubjectToken() {
        let parsedFilePath = this.filePath;
        try {
          if (parsedFilePath = await realpath(parsedFilePath), !(await lstat(parsedFilePath)).isFile())
            throw new Error();
        } catch (err) {
          throw err instanceof Error && (err.message = `The file at ${parsedFilePath} does not exist, or it is not a file. ${err.message}`), err;
        }
        let subjectToken, rawText = await readFile(parsedFilePath, { encoding: "utf8" });
        if (this.formatType === "text" ? subjectToken = rawText : this.formatType === "json" && this.subjectTokenFieldName && (subjectToken = JSON.parse(rawText)[this.subjectTokenFieldName]), !subjectToken)
          throw new Error("Unable to parse the subject_token from the credential_source file");
        return subjectToken;
      }
    };
    exports.FileSubjectTokenSupplier = FileSubjectTokenSupplier;
  }
});

// node_modules/google-auth-library/build/src/auth/urlsubjecttokensupplier.js
var require_urlsubjecttokensupplier = __commonJS({
  "node_modules/google-auth-library/build/src/auth/urlsubjecttokensupplier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.UrlSubjectTokenSupplier = void 0;
    var authclient_1 = require_authclient(), UrlSubjectTokenSupplier = class {
      url;
      headers;
      formatType;
      subjectTokenFieldName;
      additionalGaxiosOptions;
      /**
       * Instantiates a URL subject token supplier.
       * @param opts The URL subject token supplier options to build the supplier with.
       */
      constructor(opts) {
        this.url = opts.url, this.formatType = opts.formatType, this.subjectTokenFieldName = opts.subjectTokenFieldName, this.headers = opts.headers, this.additionalGaxiosOptions = opts.additionalGaxiosOptions;
      }
      /**
       * Sends a GET request to the URL provided in the constructor and resolves
       * with the returned external subject token.
       * @param context {@link ExternalAccountSupplierContext} from the calling
       *   {@link IdentityPoolClient}, contains the requested audience and subject
       *   token type for the external account identity. Not used.
       */
      async getSubjectToken(context) {
        let opts = {
          ...this.additionalGaxiosOptions,
          url: this.url,
          method: "GET",
          headers: this.headers,
          responseType: this.formatType
        };
        authclient_1.AuthClient.setMethodName(opts, "getSubjectToken");
        let subjectToken;
        if (this.formatType === "text" ? subjectToken = (await context.transporter.request(opts)).data : this.formatType === "json" && this.subjectTokenFieldName && (subjectToken = (await context.transporter.request(opts)).data[this.subjectTokenFieldName]), !subjectToken)
          throw new Error("Unable to parse the subject_token from the credential_source URL");
        return subjectToken;
      }
    };
    exports.UrlSubjectTokenSupplier = UrlSubjectTokenSupplier;
  }
});

// node_modules/google-auth-library/build/src/auth/certificatesubjecttokensupplier.js
var require_certificatesubjecttokensupplier = __commonJS({
  "node_modules/google-auth-library/build/src/auth/certificatesubjecttokensupplier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.CertificateSubjectTokenSupplier = exports.InvalidConfigurationError = exports.CertificateSourceUnavailableError = exports.CERTIFICATE_CONFIGURATION_ENV_VARIABLE = void 0;
    var util_1 = require_util2(), fs = __require("fs"), crypto_1 = __require("crypto"), https = __require("https");
    exports.CERTIFICATE_CONFIGURATION_ENV_VARIABLE = "GOOGLE_API_CERTIFICATE_CONFIG";
    var CertificateSourceUnavailableError = class extends Error {
      constructor(message) {
        super(message), this.name = "CertificateSourceUnavailableError";
      }
    };
    exports.CertificateSourceUnavailableError = CertificateSourceUnavailableError;
    var InvalidConfigurationError = class extends Error {
      constructor(message) {
        super(message), this.name = "InvalidConfigurationError";
      }
    };
    exports.InvalidConfigurationError = InvalidConfigurationError;
    var CertificateSubjectTokenSupplier = class {
      certificateConfigPath;
      trustChainPath;
      cert;
      key;
      /**
       * Initializes a new instance of the CertificateSubjectTokenSupplier.
       * @param opts The configuration options for the supplier.
       */
      constructor(opts) {
        if (!opts.useDefaultCertificateConfig && !opts.certificateConfigLocation)
          throw new InvalidConfigurationError("Either `useDefaultCertificateConfig` must be true or a `certificateConfigLocation` must be provided.");
        if (opts.useDefaultCertificateConfig && opts.certificateConfigLocation)
          throw new InvalidConfigurationError("Both `useDefaultCertificateConfig` and `certificateConfigLocation` cannot be provided.");
        this.trustChainPath = opts.trustChainPath, this.certificateConfigPath = opts.certificateConfigLocation ?? "";
      }
      /**
       * Creates an HTTPS agent configured with the client certificate and private key for mTLS.
       * @returns An mTLS-configured https.Agent.
       */
      async createMtlsHttpsAgent() {
        if (!this.key || !this.cert)
          throw new InvalidConfigurationError("Cannot create mTLS Agent with missing certificate or key");
        return new https.Agent({ key: this.key, cert: this.cert });
      }
      /**
       * Constructs the subject token, which is the base64-encoded certificate chain.
       * @returns A promise that resolves with the subject token.
       */
      async getSubjectToken() {
        this.certificateConfigPath = await this.#resolveCertificateConfigFilePath();
        let { certPath, keyPath } = await this.#getCertAndKeyPaths();
        return { cert: this.cert, key: this.key } = await this.#getKeyAndCert(certPath, keyPath), await this.#processChainFromPaths(this.cert);
      }
      /**
       * Resolves the absolute path to the certificate configuration file
       * by checking the "certificate_config_location" provided in the ADC file,
       * or the "GOOGLE_API_CERTIFICATE_CONFIG" environment variable
       * or in the default gcloud path.
       * @param overridePath An optional path to check first.
       * @returns The resolved file path.
       */
      async #resolveCertificateConfigFilePath() {
        let overridePath = this.certificateConfigPath;
        if (overridePath) {
          if (await (0, util_1.isValidFile)(overridePath))
            return overridePath;
          throw new CertificateSourceUnavailableError(`Provided certificate config path is invalid: ${overridePath}`);
        }
        let envPath = process.env[exports.CERTIFICATE_CONFIGURATION_ENV_VARIABLE];
        if (envPath) {
          if (await (0, util_1.isValidFile)(envPath))
            return envPath;
          throw new CertificateSourceUnavailableError(`Path from environment variable "${exports.CERTIFICATE_CONFIGURATION_ENV_VARIABLE}" is invalid: ${envPath}`);
        }
        let wellKnownPath = (0, util_1.getWellKnownCertificateConfigFileLocation)();
        if (await (0, util_1.isValidFile)(wellKnownPath))
          return wellKnownPath;
        throw new CertificateSourceUnavailableError(`Could not find certificate configuration file. Searched override path, the "${exports.CERTIFICATE_CONFIGURATION_ENV_VARIABLE}" env var, and the gcloud path (${wellKnownPath}).`);
      }
      /**
       * Reads and parses the certificate config JSON file to extract the certificate and key paths.
       * @returns An object containing the certificate and key paths.
       */
      async #getCertAndKeyPaths() {
        let configPath = this.certificateConfigPath, fileContents;
        try {
          fileContents = await fs.promises.readFile(configPath, "utf8");
        } catch {
          throw new CertificateSourceUnavailableError(`Failed to read certificate config file at: ${configPath}`);
        }
        try {
          let config = JSON.parse(fileContents), certPath = config?.cert_configs?.workload?.cert_path, keyPath = config?.cert_configs?.workload?.key_path;
          if (!certPath || !keyPath)
            throw new InvalidConfigurationError(`Certificate config file (${configPath}) is missing required "cert_path" or "key_path" in the workload config.`);
          return { certPath, keyPath };
        } catch (e) {
          throw e instanceof InvalidConfigurationError ? e : new InvalidConfigurationError(`Failed to parse certificate config from ${configPath}: ${e.message}`);
        }
      }
      /**
       * Reads and parses the cert and key files get their content and check valid format.
       * @returns An object containing the cert content and key content in buffer format.
       */
      async #getKeyAndCert(certPath, keyPath) {
        let cert, key;
        try {
          cert = await fs.promises.readFile(certPath), new crypto_1.X509Certificate(cert);
        } catch (err) {
          let message = err instanceof Error ? err.message : String(err);
          throw new CertificateSourceUnavailableError(`Failed to read certificate file at ${certPath}: ${message}`);
        }
        try {
          key = await fs.promises.readFile(keyPath), (0, crypto_1.createPrivateKey)(key);
        } catch (err) {
          let message = err instanceof Error ? err.message : String(err);
          throw new CertificateSourceUnavailableError(`Failed to read private key file at ${keyPath}: ${message}`);
        }
        return { cert, key };
      }
      /**
       * Reads the leaf certificate and trust chain, combines them,
       * and returns a JSON array of base64-encoded certificates.
       * @returns A stringified JSON array of the certificate chain.
       */
      async #processChainFromPaths(leafCertBuffer) {
        let leafCert = new crypto_1.X509Certificate(leafCertBuffer);
        if (!this.trustChainPath)
          return JSON.stringify([leafCert.raw.toString("base64")]);
        try {
          let chainCerts = ((await fs.promises.readFile(this.trustChainPath, "utf8")).match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? []).map((pem, index) => {
            try {
              return new crypto_1.X509Certificate(pem);
            } catch (err) {
              let message = err instanceof Error ? err.message : String(err);
              throw new InvalidConfigurationError(`Failed to parse certificate at index ${index} in trust chain file ${this.trustChainPath}: ${message}`);
            }
          }), leafIndex = chainCerts.findIndex((chainCert) => leafCert.raw.equals(chainCert.raw)), finalChain;
          if (leafIndex === -1)
            finalChain = [leafCert, ...chainCerts];
          else if (leafIndex === 0)
            finalChain = chainCerts;
          else
            throw new InvalidConfigurationError(`Leaf certificate exists in the trust chain but is not the first entry (found at index ${leafIndex}).`);
          return JSON.stringify(finalChain.map((cert) => cert.raw.toString("base64")));
        } catch (err) {
          if (err instanceof InvalidConfigurationError)
            throw err;
          let message = err instanceof Error ? err.message : String(err);
          throw new CertificateSourceUnavailableError(`Failed to process certificate chain from ${this.trustChainPath}: ${message}`);
        }
      }
    };
    exports.CertificateSubjectTokenSupplier = CertificateSubjectTokenSupplier;
  }
});

// node_modules/google-auth-library/build/src/auth/identitypoolclient.js
var require_identitypoolclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/identitypoolclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.IdentityPoolClient = void 0;
    var baseexternalclient_1 = require_baseexternalclient(), util_1 = require_util2(), filesubjecttokensupplier_1 = require_filesubjecttokensupplier(), urlsubjecttokensupplier_1 = require_urlsubjecttokensupplier(), certificatesubjecttokensupplier_1 = require_certificatesubjecttokensupplier(), stscredentials_1 = require_stscredentials(), gaxios_1 = require_src(), IdentityPoolClient = class _IdentityPoolClient extends baseexternalclient_1.BaseExternalAccountClient {
      subjectTokenSupplier;
      /**
       * Instantiate an IdentityPoolClient instance using the provided JSON
       * object loaded from an external account credentials file.
       * An error is thrown if the credential is not a valid file-sourced or
       * url-sourced credential or a workforce pool user project is provided
       * with a non workforce audience.
       * @param options The external account options object typically loaded
       *   from the external account JSON credential file. The camelCased options
       *   are aliases for the snake_cased options.
       */
      constructor(options) {
        super(options);
        let opts = (0, util_1.originalOrCamelOptions)(options), credentialSource = opts.get("credential_source"), subjectTokenSupplier = opts.get("subject_token_supplier");
        if (!credentialSource && !subjectTokenSupplier)
          throw new Error("A credential source or subject token supplier must be specified.");
        if (credentialSource && subjectTokenSupplier)
          throw new Error("Only one of credential source or subject token supplier can be specified.");
        if (subjectTokenSupplier)
          this.subjectTokenSupplier = subjectTokenSupplier, this.credentialSourceType = "programmatic";
        else {
          let credentialSourceOpts = (0, util_1.originalOrCamelOptions)(credentialSource), formatOpts = (0, util_1.originalOrCamelOptions)(credentialSourceOpts.get("format")), formatType = formatOpts.get("type") || "text", formatSubjectTokenFieldName = formatOpts.get("subject_token_field_name");
          if (formatType !== "json" && formatType !== "text")
            throw new Error(`Invalid credential_source format "${formatType}"`);
          if (formatType === "json" && !formatSubjectTokenFieldName)
            throw new Error("Missing subject_token_field_name for JSON credential_source format");
          let file = credentialSourceOpts.get("file"), url = credentialSourceOpts.get("url"), certificate = credentialSourceOpts.get("certificate"), headers = credentialSourceOpts.get("headers");
          if (file && url || url && certificate || file && certificate)
            throw new Error('No valid Identity Pool "credential_source" provided, must be either file, url, or certificate.');
          if (file)
            this.credentialSourceType = "file", this.subjectTokenSupplier = new filesubjecttokensupplier_1.FileSubjectTokenSupplier({
              filePath: file,
              formatType,
              subjectTokenFieldName: formatSubjectTokenFieldName
            });
          else if (url)
            this.credentialSourceType = "url", this.subjectTokenSupplier = new urlsubjecttokensupplier_1.UrlSubjectTokenSupplier({
              url,
              formatType,
              subjectTokenFieldName: formatSubjectTokenFieldName,
              headers,
              additionalGaxiosOptions: _IdentityPoolClient.RETRY_CONFIG
            });
          else if (certificate) {
            this.credentialSourceType = "certificate";
            let certificateSubjecttokensupplier = new certificatesubjecttokensupplier_1.CertificateSubjectTokenSupplier({
              useDefaultCertificateConfig: certificate.use_default_certificate_config,
              certificateConfigLocation: certificate.certificate_config_location,
              trustChainPath: certificate.trust_chain_path
            });
            this.subjectTokenSupplier = certificateSubjecttokensupplier;
          } else
            throw new Error('No valid Identity Pool "credential_source" provided, must be either file, url, or certificate.');
        }
      }
      /**
       * Triggered when a external subject token is needed to be exchanged for a GCP
       * access token via GCP STS endpoint. Gets a subject token by calling
       * the configured {@link SubjectTokenSupplier}
       * @return A promise that resolves with the external subject token.
       */
      async retrieveSubjectToken() {
        let subjectToken = await this.subjectTokenSupplier.getSubjectToken(this.supplierContext);
        if (this.subjectTokenSupplier instanceof certificatesubjecttokensupplier_1.CertificateSubjectTokenSupplier) {
          let mtlsAgent = await this.subjectTokenSupplier.createMtlsHttpsAgent();
          this.stsCredential = new stscredentials_1.StsCredentials({
            tokenExchangeEndpoint: this.getTokenUrl(),
            clientAuthentication: this.clientAuth,
            transporter: new gaxios_1.Gaxios({ agent: mtlsAgent })
          }), this.transporter = new gaxios_1.Gaxios({
            ...this.transporter.defaults || {},
            agent: mtlsAgent
          });
        }
        return subjectToken;
      }
    };
    exports.IdentityPoolClient = IdentityPoolClient;
  }
});

// node_modules/google-auth-library/build/src/auth/awsrequestsigner.js
var require_awsrequestsigner = __commonJS({
  "node_modules/google-auth-library/build/src/auth/awsrequestsigner.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.AwsRequestSigner = void 0;
    var gaxios_1 = require_src(), crypto_1 = require_crypto3(), AWS_ALGORITHM = "AWS4-HMAC-SHA256", AWS_REQUEST_TYPE = "aws4_request", AwsRequestSigner = class {
      getCredentials;
      region;
      crypto;
      /**
       * Instantiates an AWS API request signer used to send authenticated signed
       * requests to AWS APIs based on the AWS Signature Version 4 signing process.
       * This also provides a mechanism to generate the signed request without
       * sending it.
       * @param getCredentials A mechanism to retrieve AWS security credentials
       *   when needed.
       * @param region The AWS region to use.
       */
      constructor(getCredentials, region) {
        this.getCredentials = getCredentials, this.region = region, this.crypto = (0, crypto_1.createCrypto)();
      }
      /**
       * Generates the signed request for the provided HTTP request for calling
       * an AWS API. This follows the steps described at:
       * https://docs.aws.amazon.com/general/latest/gr/sigv4_signing.html
       * @param amzOptions The AWS request options that need to be signed.
       * @return A promise that resolves with the GaxiosOptions containing the
       *   signed HTTP request parameters.
       */
      async getRequestOptions(amzOptions) {
        if (!amzOptions.url)
          throw new RangeError('"url" is required in "amzOptions"');
        let requestPayloadData = typeof amzOptions.data == "object" ? JSON.stringify(amzOptions.data) : amzOptions.data, url = amzOptions.url, method = amzOptions.method || "GET", requestPayload = amzOptions.body || requestPayloadData, additionalAmzHeaders = amzOptions.headers, awsSecurityCredentials = await this.getCredentials(), uri = new URL(url);
        if (typeof requestPayload != "string" && requestPayload !== void 0)
          throw new TypeError(`'requestPayload' is expected to be a string if provided. Got: ${requestPayload}`);
        let headerMap = await generateAuthenticationHeaderMap({
          crypto: this.crypto,
          host: uri.host,
          canonicalUri: uri.pathname,
          canonicalQuerystring: uri.search.slice(1),
          method,
          region: this.region,
          securityCredentials: awsSecurityCredentials,
          requestPayload,
          additionalAmzHeaders
        }), headers = gaxios_1.Gaxios.mergeHeaders(
          // Add x-amz-date if available.
          headerMap.amzDate ? { "x-amz-date": headerMap.amzDate } : {},
          {
            authorization: headerMap.authorizationHeader,
            host: uri.host
          },
          additionalAmzHeaders || {}
        );
        awsSecurityCredentials.token && gaxios_1.Gaxios.mergeHeaders(headers, {
          "x-amz-security-token": awsSecurityCredentials.token
        });
        let awsSignedReq = {
          url,
          method,
          headers
        };
        return requestPayload !== void 0 && (awsSignedReq.body = requestPayload), awsSignedReq;
      }
    };
    exports.AwsRequestSigner = AwsRequestSigner;
    async function sign(crypto, key, msg) {
      return await crypto.signWithHmacSha256(key, msg);
    }
    async function getSigningKey(crypto, key, dateStamp, region, serviceName) {
      let kDate = await sign(crypto, `AWS4${key}`, dateStamp), kRegion = await sign(crypto, kDate, region), kService = await sign(crypto, kRegion, serviceName);
      return await sign(crypto, kService, "aws4_request");
    }
    async function generateAuthenticationHeaderMap(options) {
      let additionalAmzHeaders = gaxios_1.Gaxios.mergeHeaders(options.additionalAmzHeaders), requestPayload = options.requestPayload || "", serviceName = options.host.split(".")[0].replace(/-fips$/, ""), now = /* @__PURE__ */ new Date(), amzDate = now.toISOString().replace(/[-:]/g, "").replace(/\.[0-9]+/, ""), dateStamp = now.toISOString().replace(/[-]/g, "").replace(/T.*/, "");
      options.securityCredentials.token && additionalAmzHeaders.set("x-amz-security-token", options.securityCredentials.token);
      let amzHeaders = gaxios_1.Gaxios.mergeHeaders(
        {
          host: options.host
        },
        // Previously the date was not fixed with x-amz- and could be provided manually.
        // https://github.com/boto/botocore/blob/879f8440a4e9ace5d3cf145ce8b3d5e5ffb892ef/tests/unit/auth/aws4_testsuite/get-header-value-trim.req
        additionalAmzHeaders.has("date") ? {} : { "x-amz-date": amzDate },
        additionalAmzHeaders
      ), canonicalHeaders = "", signedHeadersList = [
        ...amzHeaders.keys()
      ].sort();
      signedHeadersList.forEach((key) => {
        canonicalHeaders += `${key}:${amzHeaders.get(key)}
`;
      });
      let signedHeaders = signedHeadersList.join(";"), payloadHash = await options.crypto.sha256DigestHex(requestPayload), canonicalRequest = `${options.method.toUpperCase()}
${options.canonicalUri}
${options.canonicalQuerystring}
${canonicalHeaders}
${signedHeaders}
${payloadHash}`, credentialScope = `${dateStamp}/${options.region}/${serviceName}/${AWS_REQUEST_TYPE}`, stringToSign = `${AWS_ALGORITHM}
${amzDate}
${credentialScope}
` + await options.crypto.sha256DigestHex(canonicalRequest), signingKey = await getSigningKey(options.crypto, options.securityCredentials.secretAccessKey, dateStamp, options.region, serviceName), signature = await sign(options.crypto, signingKey, stringToSign), authorizationHeader = `${AWS_ALGORITHM} Credential=${options.securityCredentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${(0, crypto_1.fromArrayBufferToHex)(signature)}`;
      return {
        // Do not return x-amz-date if date is available.
        amzDate: additionalAmzHeaders.has("date") ? void 0 : amzDate,
        authorizationHeader,
        canonicalQuerystring: options.canonicalQuerystring
      };
    }
  }
});

// node_modules/google-auth-library/build/src/auth/defaultawssecuritycredentialssupplier.js
var require_defaultawssecuritycredentialssupplier = __commonJS({
  "node_modules/google-auth-library/build/src/auth/defaultawssecuritycredentialssupplier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DefaultAwsSecurityCredentialsSupplier = void 0;
    var authclient_1 = require_authclient(), DefaultAwsSecurityCredentialsSupplier = class {
      regionUrl;
      securityCredentialsUrl;
      imdsV2SessionTokenUrl;
      additionalGaxiosOptions;
      /**
       * Instantiates a new DefaultAwsSecurityCredentialsSupplier using information
       * from the credential_source stored in the ADC file.
       * @param opts The default aws security credentials supplier options object to
       *   build the supplier with.
       */
      constructor(opts) {
        this.regionUrl = opts.regionUrl, this.securityCredentialsUrl = opts.securityCredentialsUrl, this.imdsV2SessionTokenUrl = opts.imdsV2SessionTokenUrl, this.additionalGaxiosOptions = opts.additionalGaxiosOptions;
      }
      /**
       * Returns the active AWS region. This first checks to see if the region
       * is available as an environment variable. If it is not, then the supplier
       * will call the region URL.
       * @param context {@link ExternalAccountSupplierContext} from the calling
       *   {@link AwsClient}, contains the requested audience and subject token type
       *   for the external account identity.
       * @return A promise that resolves with the AWS region string.
       */
      async getAwsRegion(context) {
        if (this.#regionFromEnv)
          return this.#regionFromEnv;
        let metadataHeaders = new Headers();
        if (!this.#regionFromEnv && this.imdsV2SessionTokenUrl && metadataHeaders.set("x-aws-ec2-metadata-token", await this.#getImdsV2SessionToken(context.transporter)), !this.regionUrl)
          throw new RangeError('Unable to determine AWS region due to missing "options.credential_source.region_url"');
        let opts = {
          ...this.additionalGaxiosOptions,
          url: this.regionUrl,
          method: "GET",
          responseType: "text",
          headers: metadataHeaders
        };
        authclient_1.AuthClient.setMethodName(opts, "getAwsRegion");
        let response = await context.transporter.request(opts);
        return response.data.substr(0, response.data.length - 1);
      }
      /**
       * Returns AWS security credentials. This first checks to see if the credentials
       * is available as environment variables. If it is not, then the supplier
       * will call the security credentials URL.
       * @param context {@link ExternalAccountSupplierContext} from the calling
       *   {@link AwsClient}, contains the requested audience and subject token type
       *   for the external account identity.
       * @return A promise that resolves with the AWS security credentials.
       */
      async getAwsSecurityCredentials(context) {
        if (this.#securityCredentialsFromEnv)
          return this.#securityCredentialsFromEnv;
        let metadataHeaders = new Headers();
        this.imdsV2SessionTokenUrl && metadataHeaders.set("x-aws-ec2-metadata-token", await this.#getImdsV2SessionToken(context.transporter));
        let roleName = await this.#getAwsRoleName(metadataHeaders, context.transporter), awsCreds = await this.#retrieveAwsSecurityCredentials(roleName, metadataHeaders, context.transporter);
        return {
          accessKeyId: awsCreds.AccessKeyId,
          secretAccessKey: awsCreds.SecretAccessKey,
          token: awsCreds.Token
        };
      }
      /**
       * @param transporter The transporter to use for requests.
       * @return A promise that resolves with the IMDSv2 Session Token.
       */
      async #getImdsV2SessionToken(transporter) {
        let opts = {
          ...this.additionalGaxiosOptions,
          url: this.imdsV2SessionTokenUrl,
          method: "PUT",
          responseType: "text",
          headers: { "x-aws-ec2-metadata-token-ttl-seconds": "300" }
        };
        return authclient_1.AuthClient.setMethodName(opts, "#getImdsV2SessionToken"), (await transporter.request(opts)).data;
      }
      /**
       * @param headers The headers to be used in the metadata request.
       * @param transporter The transporter to use for requests.
       * @return A promise that resolves with the assigned role to the current
       *   AWS VM. This is needed for calling the security-credentials endpoint.
       */
      async #getAwsRoleName(headers, transporter) {
        if (!this.securityCredentialsUrl)
          throw new Error('Unable to determine AWS role name due to missing "options.credential_source.url"');
        let opts = {
          ...this.additionalGaxiosOptions,
          url: this.securityCredentialsUrl,
          method: "GET",
          responseType: "text",
          headers
        };
        return authclient_1.AuthClient.setMethodName(opts, "#getAwsRoleName"), (await transporter.request(opts)).data;
      }
      /**
       * Retrieves the temporary AWS credentials by calling the security-credentials
       * endpoint as specified in the `credential_source` object.
       * @param roleName The role attached to the current VM.
       * @param headers The headers to be used in the metadata request.
       * @param transporter The transporter to use for requests.
       * @return A promise that resolves with the temporary AWS credentials
       *   needed for creating the GetCallerIdentity signed request.
       */
      async #retrieveAwsSecurityCredentials(roleName, headers, transporter) {
        let opts = {
          ...this.additionalGaxiosOptions,
          url: `${this.securityCredentialsUrl}/${roleName}`,
          headers,
          responseType: "json"
        };
        return authclient_1.AuthClient.setMethodName(opts, "#retrieveAwsSecurityCredentials"), (await transporter.request(opts)).data;
      }
      get #regionFromEnv() {
        return process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || null;
      }
      get #securityCredentialsFromEnv() {
        return process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY ? {
          accessKeyId: process.env.AWS_ACCESS_KEY_ID,
          secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
          token: process.env.AWS_SESSION_TOKEN
        } : null;
      }
    };
    exports.DefaultAwsSecurityCredentialsSupplier = DefaultAwsSecurityCredentialsSupplier;
  }
});

// node_modules/google-auth-library/build/src/auth/awsclient.js
var require_awsclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/awsclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.AwsClient = void 0;
    var awsrequestsigner_1 = require_awsrequestsigner(), baseexternalclient_1 = require_baseexternalclient(), defaultawssecuritycredentialssupplier_1 = require_defaultawssecuritycredentialssupplier(), util_1 = require_util2(), gaxios_1 = require_src(), AwsClient = class _AwsClient extends baseexternalclient_1.BaseExternalAccountClient {
      environmentId;
      awsSecurityCredentialsSupplier;
      regionalCredVerificationUrl;
      awsRequestSigner;
      region;
      static #DEFAULT_AWS_REGIONAL_CREDENTIAL_VERIFICATION_URL = "https://sts.{region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15";
      /**
       * @deprecated AWS client no validates the EC2 metadata address.
       **/
      static AWS_EC2_METADATA_IPV4_ADDRESS = "169.254.169.254";
      /**
       * @deprecated AWS client no validates the EC2 metadata address.
       **/
      static AWS_EC2_METADATA_IPV6_ADDRESS = "fd00:ec2::254";
      /**
       * Instantiates an AwsClient instance using the provided JSON
       * object loaded from an external account credentials file.
       * An error is thrown if the credential is not a valid AWS credential.
       * @param options The external account options object typically loaded
       *   from the external account JSON credential file.
       */
      constructor(options) {
        super(options);
        let opts = (0, util_1.originalOrCamelOptions)(options), credentialSource = opts.get("credential_source"), awsSecurityCredentialsSupplier = opts.get("aws_security_credentials_supplier");
        if (!credentialSource && !awsSecurityCredentialsSupplier)
          throw new Error("A credential source or AWS security credentials supplier must be specified.");
        if (credentialSource && awsSecurityCredentialsSupplier)
          throw new Error("Only one of credential source or AWS security credentials supplier can be specified.");
        if (awsSecurityCredentialsSupplier)
          this.awsSecurityCredentialsSupplier = awsSecurityCredentialsSupplier, this.regionalCredVerificationUrl = _AwsClient.#DEFAULT_AWS_REGIONAL_CREDENTIAL_VERIFICATION_URL, this.credentialSourceType = "programmatic";
        else {
          let credentialSourceOpts = (0, util_1.originalOrCamelOptions)(credentialSource);
          this.environmentId = credentialSourceOpts.get("environment_id");
          let regionUrl = credentialSourceOpts.get("region_url"), securityCredentialsUrl = credentialSourceOpts.get("url"), imdsV2SessionTokenUrl = credentialSourceOpts.get("imdsv2_session_token_url");
          this.awsSecurityCredentialsSupplier = new defaultawssecuritycredentialssupplier_1.DefaultAwsSecurityCredentialsSupplier({
            regionUrl,
            securityCredentialsUrl,
            imdsV2SessionTokenUrl
          }), this.regionalCredVerificationUrl = credentialSourceOpts.get("regional_cred_verification_url"), this.credentialSourceType = "aws", this.validateEnvironmentId();
        }
        this.awsRequestSigner = null, this.region = "";
      }
      validateEnvironmentId() {
        let match = this.environmentId?.match(/^(aws)(\d+)$/);
        if (!match || !this.regionalCredVerificationUrl)
          throw new Error('No valid AWS "credential_source" provided');
        if (parseInt(match[2], 10) !== 1)
          throw new Error(`aws version "${match[2]}" is not supported in the current build.`);
      }
      /**
       * Triggered when an external subject token is needed to be exchanged for a
       * GCP access token via GCP STS endpoint. This will call the
       * {@link AwsSecurityCredentialsSupplier} to retrieve an AWS region and AWS
       * Security Credentials, then use them to create a signed AWS STS request that
       * can be exchanged for a GCP access token.
       * @return A promise that resolves with the external subject token.
       */
      async retrieveSubjectToken() {
        this.awsRequestSigner || (this.region = await this.awsSecurityCredentialsSupplier.getAwsRegion(this.supplierContext), this.awsRequestSigner = new awsrequestsigner_1.AwsRequestSigner(async () => this.awsSecurityCredentialsSupplier.getAwsSecurityCredentials(this.supplierContext), this.region));
        let options = await this.awsRequestSigner.getRequestOptions({
          ..._AwsClient.RETRY_CONFIG,
          url: this.regionalCredVerificationUrl.replace("{region}", this.region),
          method: "POST"
        }), reformattedHeader = [];
        return gaxios_1.Gaxios.mergeHeaders({
          // The full, canonical resource name of the workload identity pool
          // provider, with or without the HTTPS prefix.
          // Including this header as part of the signature is recommended to
          // ensure data integrity.
          "x-goog-cloud-target-resource": this.audience
        }, options.headers).forEach((value, key) => reformattedHeader.push({ key, value })), encodeURIComponent(JSON.stringify({
          url: options.url,
          method: options.method,
          headers: reformattedHeader
        }));
      }
    };
    exports.AwsClient = AwsClient;
  }
});

// node_modules/google-auth-library/build/src/auth/executable-response.js
var require_executable_response = __commonJS({
  "node_modules/google-auth-library/build/src/auth/executable-response.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.InvalidSubjectTokenError = exports.InvalidMessageFieldError = exports.InvalidCodeFieldError = exports.InvalidTokenTypeFieldError = exports.InvalidExpirationTimeFieldError = exports.InvalidSuccessFieldError = exports.InvalidVersionFieldError = exports.ExecutableResponseError = exports.ExecutableResponse = void 0;
    var SAML_SUBJECT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:saml2", OIDC_SUBJECT_TOKEN_TYPE1 = "urn:ietf:params:oauth:token-type:id_token", OIDC_SUBJECT_TOKEN_TYPE2 = "urn:ietf:params:oauth:token-type:jwt", ExecutableResponse = class {
      /**
       * The version of the Executable response. Only version 1 is currently supported.
       */
      version;
      /**
       * Whether the executable ran successfully.
       */
      success;
      /**
       * The epoch time for expiration of the token in seconds.
       */
      expirationTime;
      /**
       * The type of subject token in the response, currently supported values are:
       * urn:ietf:params:oauth:token-type:saml2
       * urn:ietf:params:oauth:token-type:id_token
       * urn:ietf:params:oauth:token-type:jwt
       */
      tokenType;
      /**
       * The error code from the executable.
       */
      errorCode;
      /**
       * The error message from the executable.
       */
      errorMessage;
      /**
       * The subject token from the executable, format depends on tokenType.
       */
      subjectToken;
      /**
       * Instantiates an ExecutableResponse instance using the provided JSON object
       * from the output of the executable.
       * @param responseJson Response from a 3rd party executable, loaded from a
       * run of the executable or a cached output file.
       */
      constructor(responseJson) {
        if (!responseJson.version)
          throw new InvalidVersionFieldError("Executable response must contain a 'version' field.");
        if (responseJson.success === void 0)
          throw new InvalidSuccessFieldError("Executable response must contain a 'success' field.");
        if (this.version = responseJson.version, this.success = responseJson.success, this.success) {
          if (this.expirationTime = responseJson.expiration_time, this.tokenType = responseJson.token_type, this.tokenType !== SAML_SUBJECT_TOKEN_TYPE && this.tokenType !== OIDC_SUBJECT_TOKEN_TYPE1 && this.tokenType !== OIDC_SUBJECT_TOKEN_TYPE2)
            throw new InvalidTokenTypeFieldError(`Executable response must contain a 'token_type' field when successful and it must be one of ${OIDC_SUBJECT_TOKEN_TYPE1}, ${OIDC_SUBJECT_TOKEN_TYPE2}, or ${SAML_SUBJECT_TOKEN_TYPE}.`);
          if (this.tokenType === SAML_SUBJECT_TOKEN_TYPE) {
            if (!responseJson.saml_response)
              throw new InvalidSubjectTokenError(`Executable response must contain a 'saml_response' field when token_type=${SAML_SUBJECT_TOKEN_TYPE}.`);
            this.subjectToken = responseJson.saml_response;
          } else {
            if (!responseJson.id_token)
              throw new InvalidSubjectTokenError(`Executable response must contain a 'id_token' field when token_type=${OIDC_SUBJECT_TOKEN_TYPE1} or ${OIDC_SUBJECT_TOKEN_TYPE2}.`);
            this.subjectToken = responseJson.id_token;
          }
        } else {
          if (!responseJson.code)
            throw new InvalidCodeFieldError("Executable response must contain a 'code' field when unsuccessful.");
          if (!responseJson.message)
            throw new InvalidMessageFieldError("Executable response must contain a 'message' field when unsuccessful.");
          this.errorCode = responseJson.code, this.errorMessage = responseJson.message;
        }
      }
      /**
       * @return A boolean representing if the response has a valid token. Returns
       * true when the response was successful and the token is not expired.
       */
      isValid() {
        return !this.isExpired() && this.success;
      }
      /**
       * @return A boolean representing if the response is expired. Returns true if the
       * provided timeout has passed.
       */
      isExpired() {
        return this.expirationTime !== void 0 && this.expirationTime < Math.round(Date.now() / 1e3);
      }
    };
    exports.ExecutableResponse = ExecutableResponse;
    var ExecutableResponseError = class extends Error {
      constructor(message) {
        super(message), Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    exports.ExecutableResponseError = ExecutableResponseError;
    var InvalidVersionFieldError = class extends ExecutableResponseError {
    };
    exports.InvalidVersionFieldError = InvalidVersionFieldError;
    var InvalidSuccessFieldError = class extends ExecutableResponseError {
    };
    exports.InvalidSuccessFieldError = InvalidSuccessFieldError;
    var InvalidExpirationTimeFieldError = class extends ExecutableResponseError {
    };
    exports.InvalidExpirationTimeFieldError = InvalidExpirationTimeFieldError;
    var InvalidTokenTypeFieldError = class extends ExecutableResponseError {
    };
    exports.InvalidTokenTypeFieldError = InvalidTokenTypeFieldError;
    var InvalidCodeFieldError = class extends ExecutableResponseError {
    };
    exports.InvalidCodeFieldError = InvalidCodeFieldError;
    var InvalidMessageFieldError = class extends ExecutableResponseError {
    };
    exports.InvalidMessageFieldError = InvalidMessageFieldError;
    var InvalidSubjectTokenError = class extends ExecutableResponseError {
    };
    exports.InvalidSubjectTokenError = InvalidSubjectTokenError;
  }
});

// node_modules/google-auth-library/build/src/auth/pluggable-auth-handler.js
var require_pluggable_auth_handler = __commonJS({
  "node_modules/google-auth-library/build/src/auth/pluggable-auth-handler.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.PluggableAuthHandler = exports.ExecutableError = void 0;
    var executable_response_1 = require_executable_response(), childProcess = __require("child_process"), fs = __require("fs"), ExecutableError = class extends Error {
      /**
       * The exit code returned by the executable.
       */
      code;
      constructor(message, code) {
        super(`The executable failed with exit code: ${code} and error message: ${message}.`), this.code = code, Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    exports.ExecutableError = ExecutableError;
    var PluggableAuthHandler = class _PluggableAuthHandler {
      commandComponents;
      timeoutMillis;
      outputFile;
      /**
       * Instantiates a PluggableAuthHandler instance using the provided
       * PluggableAuthHandlerOptions object.
       */
      constructor(options) {
        if (!options.command)
          throw new Error("No command provided.");
        if (this.commandComponents = _PluggableAuthHandler.parseCommand(options.command), this.timeoutMillis = options.timeoutMillis, !this.timeoutMillis)
          throw new Error("No timeoutMillis provided.");
        this.outputFile = options.outputFile;
      }
      /**
       * Calls user provided executable to get a 3rd party subject token and
       * returns the response.
       * @param envMap a Map of additional Environment Variables required for
       *   the executable.
       * @return A promise that resolves with the executable response.
       */
      retrieveResponseFromExecutable(envMap) {
        return new Promise((resolve, reject) => {
          let child = childProcess.spawn(this.commandComponents[0], this.commandComponents.slice(1), {
            env: { ...process.env, ...Object.fromEntries(envMap) }
          }), output = "";
          child.stdout.on("data", (data) => {
            output += data;
          }), child.stderr.on("data", (err) => {
            output += err;
          });
          let timeout = setTimeout(() => (child.removeAllListeners(), child.kill(), reject(new Error("The executable failed to finish within the timeout specified."))), this.timeoutMillis);
          child.on("close", (code) => {
            if (clearTimeout(timeout), code === 0)
              try {
                let responseJson = JSON.parse(output), response = new executable_response_1.ExecutableResponse(responseJson);
                return resolve(response);
              } catch (error) {
                return error instanceof executable_response_1.ExecutableResponseError ? reject(error) : reject(new executable_response_1.ExecutableResponseError(`The executable returned an invalid response: ${output}`));
              }
            else
              return reject(new ExecutableError(output, code.toString()));
          });
        });
      }
      /**
       * Checks user provided output file for response from previous run of
       * executable and return the response if it exists, is formatted correctly, and is not expired.
       */
      async retrieveCachedResponse() {
        if (!this.outputFile || this.outputFile.length === 0)
          return;
        let filePath;
        try {
          filePath = await fs.promises.realpath(this.outputFile);
        } catch {
          return;
        }
        if (!(await fs.promises.lstat(filePath)).isFile())
          return;
        let responseString = await fs.promises.readFile(filePath, {
          encoding: "utf8"
        });
        if (responseString !== "")
          try {
            let responseJson = JSON.parse(responseString);
            return new executable_response_1.ExecutableResponse(responseJson).isValid() ? new executable_response_1.ExecutableResponse(responseJson) : void 0;
          } catch (error) {
            throw error instanceof executable_response_1.ExecutableResponseError ? error : new executable_response_1.ExecutableResponseError(`The output file contained an invalid response: ${responseString}`);
          }
      }
      /**
       * Parses given command string into component array, splitting on spaces unless
       * spaces are between quotation marks.
       */
      static parseCommand(command) {
        let components = command.match(/(?:[^\s"]+|"[^"]*")+/g);
        if (!components)
          throw new Error(`Provided command: "${command}" could not be parsed.`);
        for (let i = 0; i < components.length; i++)
          components[i][0] === '"' && components[i].slice(-1) === '"' && (components[i] = components[i].slice(1, -1));
        return components;
      }
    };
    exports.PluggableAuthHandler = PluggableAuthHandler;
  }
});

// node_modules/google-auth-library/build/src/auth/pluggable-auth-client.js
var require_pluggable_auth_client = __commonJS({
  "node_modules/google-auth-library/build/src/auth/pluggable-auth-client.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.PluggableAuthClient = exports.ExecutableError = void 0;
    var baseexternalclient_1 = require_baseexternalclient(), executable_response_1 = require_executable_response(), pluggable_auth_handler_1 = require_pluggable_auth_handler(), pluggable_auth_handler_2 = require_pluggable_auth_handler();
    Object.defineProperty(exports, "ExecutableError", { enumerable: !0, get: function() {
      return pluggable_auth_handler_2.ExecutableError;
    } });
    var DEFAULT_EXECUTABLE_TIMEOUT_MILLIS = 30 * 1e3, MINIMUM_EXECUTABLE_TIMEOUT_MILLIS = 5 * 1e3, MAXIMUM_EXECUTABLE_TIMEOUT_MILLIS = 120 * 1e3, GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES = "GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES", MAXIMUM_EXECUTABLE_VERSION = 1, PluggableAuthClient = class extends baseexternalclient_1.BaseExternalAccountClient {
      /**
       * The command used to retrieve the third party token.
       */
      command;
      /**
       * The timeout in milliseconds for running executable,
       * set to default if none provided.
       */
      timeoutMillis;
      /**
       * The path to file to check for cached executable response.
       */
      outputFile;
      /**
       * Executable and output file handler.
       */
      handler;
      /**
       * Instantiates a PluggableAuthClient instance using the provided JSON
       * object loaded from an external account credentials file.
       * An error is thrown if the credential is not a valid pluggable auth credential.
       * @param options The external account options object typically loaded from
       *   the external account JSON credential file.
       */
      constructor(options) {
        if (super(options), !options.credential_source.executable)
          throw new Error('No valid Pluggable Auth "credential_source" provided.');
        if (this.command = options.credential_source.executable.command, !this.command)
          throw new Error('No valid Pluggable Auth "credential_source" provided.');
        if (options.credential_source.executable.timeout_millis === void 0)
          this.timeoutMillis = DEFAULT_EXECUTABLE_TIMEOUT_MILLIS;
        else if (this.timeoutMillis = options.credential_source.executable.timeout_millis, this.timeoutMillis < MINIMUM_EXECUTABLE_TIMEOUT_MILLIS || this.timeoutMillis > MAXIMUM_EXECUTABLE_TIMEOUT_MILLIS)
          throw new Error(`Timeout must be between ${MINIMUM_EXECUTABLE_TIMEOUT_MILLIS} and ${MAXIMUM_EXECUTABLE_TIMEOUT_MILLIS} milliseconds.`);
        this.outputFile = options.credential_source.executable.output_file, this.handler = new pluggable_auth_handler_1.PluggableAuthHandler({
          command: this.command,
          timeoutMillis: this.timeoutMillis,
          outputFile: this.outputFile
        }), this.credentialSourceType = "executable";
      }
      /**
       * Triggered when an external subject token is needed to be exchanged for a
       * GCP access token via GCP STS endpoint.
       * This uses the `options.credential_source` object to figure out how
       * to retrieve the token using the current environment. In this case,
       * this calls a user provided executable which returns the subject token.
       * The logic is summarized as:
       * 1. Validated that the executable is allowed to run. The
       *    GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES environment must be set to
       *    1 for security reasons.
       * 2. If an output file is specified by the user, check the file location
       *    for a response. If the file exists and contains a valid response,
       *    return the subject token from the file.
       * 3. Call the provided executable and return response.
       * @return A promise that resolves with the external subject token.
       */
      async retrieveSubjectToken() {
        if (process.env[GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES] !== "1")
          throw new Error("Pluggable Auth executables need to be explicitly allowed to run by setting the GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES environment Variable to 1.");
        let executableResponse;
        if (this.outputFile && (executableResponse = await this.handler.retrieveCachedResponse()), !executableResponse) {
          let envMap = /* @__PURE__ */ new Map();
          envMap.set("GOOGLE_EXTERNAL_ACCOUNT_AUDIENCE", this.audience), envMap.set("GOOGLE_EXTERNAL_ACCOUNT_TOKEN_TYPE", this.subjectTokenType), envMap.set("GOOGLE_EXTERNAL_ACCOUNT_INTERACTIVE", "0"), this.outputFile && envMap.set("GOOGLE_EXTERNAL_ACCOUNT_OUTPUT_FILE", this.outputFile);
          let serviceAccountEmail = this.getServiceAccountEmail();
          serviceAccountEmail && envMap.set("GOOGLE_EXTERNAL_ACCOUNT_IMPERSONATED_EMAIL", serviceAccountEmail), executableResponse = await this.handler.retrieveResponseFromExecutable(envMap);
        }
        if (executableResponse.version > MAXIMUM_EXECUTABLE_VERSION)
          throw new Error(`Version of executable is not currently supported, maximum supported version is ${MAXIMUM_EXECUTABLE_VERSION}.`);
        if (!executableResponse.success)
          throw new pluggable_auth_handler_1.ExecutableError(executableResponse.errorMessage, executableResponse.errorCode);
        if (this.outputFile && !executableResponse.expirationTime)
          throw new executable_response_1.InvalidExpirationTimeFieldError("The executable response must contain the `expiration_time` field for successful responses when an output_file has been specified in the configuration.");
        if (executableResponse.isExpired())
          throw new Error("Executable response is expired.");
        return executableResponse.subjectToken;
      }
    };
    exports.PluggableAuthClient = PluggableAuthClient;
  }
});

// node_modules/google-auth-library/build/src/auth/externalclient.js
var require_externalclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/externalclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ExternalAccountClient = void 0;
    var baseexternalclient_1 = require_baseexternalclient(), identitypoolclient_1 = require_identitypoolclient(), awsclient_1 = require_awsclient(), pluggable_auth_client_1 = require_pluggable_auth_client(), util_1 = require_util2(), ExternalAccountClient = class {
      constructor() {
        throw new Error("ExternalAccountClients should be initialized via: ExternalAccountClient.fromJSON(), directly via explicit constructors, eg. new AwsClient(options), new IdentityPoolClient(options), newPluggableAuthClientOptions, or via new GoogleAuth(options).getClient()");
      }
      /**
       * This static method will instantiate the
       * corresponding type of external account credential depending on the
       * underlying credential source.
       *
       * **IMPORTANT**: This method does not validate the credential configuration.
       * A security risk occurs when a credential configuration configured with
       * malicious URLs is used. When the credential configuration is accepted from
       * an untrusted source, you should validate it before using it with this
       * method. For more details, see
       * https://cloud.google.com/docs/authentication/external/externally-sourced-credentials.
       *
       * @param options The external account options object typically loaded
       *   from the external account JSON credential file.
       * @return A BaseExternalAccountClient instance or null if the options
       *   provided do not correspond to an external account credential.
       */
      static fromJSON(options) {
        return (0, util_1.isAdcWarningSuppressed)() || console.warn("The `fromJSON` method does not validate the credential configuration. A security risk occurs when a credential configuration configured with malicious URLs is used. When the credential configuration is accepted from an untrusted source, you should validate it before using it with this method. For more details, see https://cloud.google.com/docs/authentication/external/externally-sourced-credentials."), options && options.type === baseexternalclient_1.EXTERNAL_ACCOUNT_TYPE ? options.credential_source?.environment_id ? new awsclient_1.AwsClient(options) : options.credential_source?.executable ? new pluggable_auth_client_1.PluggableAuthClient(options) : new identitypoolclient_1.IdentityPoolClient(options) : null;
      }
    };
    exports.ExternalAccountClient = ExternalAccountClient;
  }
});

// node_modules/google-auth-library/build/src/auth/externalAccountAuthorizedUserClient.js
var require_externalAccountAuthorizedUserClient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/externalAccountAuthorizedUserClient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ExternalAccountAuthorizedUserClient = exports.EXTERNAL_ACCOUNT_AUTHORIZED_USER_TYPE = void 0;
    var authclient_1 = require_authclient(), oauth2common_1 = require_oauth2common(), gaxios_1 = require_src(), stream = __require("stream"), baseexternalclient_1 = require_baseexternalclient();
    exports.EXTERNAL_ACCOUNT_AUTHORIZED_USER_TYPE = "external_account_authorized_user";
    var DEFAULT_TOKEN_URL = "https://sts.{universeDomain}/v1/oauthtoken", ExternalAccountAuthorizedUserHandler = class _ExternalAccountAuthorizedUserHandler extends oauth2common_1.OAuthClientAuthHandler {
      #tokenRefreshEndpoint;
      /**
       * Initializes an ExternalAccountAuthorizedUserHandler instance.
       * @param url The URL of the token refresh endpoint.
       * @param transporter The transporter to use for the refresh request.
       * @param clientAuthentication The client authentication credentials to use
       *   for the refresh request.
       */
      constructor(options) {
        super(options), this.#tokenRefreshEndpoint = options.tokenRefreshEndpoint;
      }
      /**
       * Requests a new access token from the token_url endpoint using the provided
       *   refresh token.
       * @param refreshToken The refresh token to use to generate a new access token.
       * @param additionalHeaders Optional additional headers to pass along the
       *   request.
       * @return A promise that resolves with the token refresh response containing
       *   the requested access token and its expiration time.
       */
      async refreshToken(refreshToken, headers) {
        let opts = {
          ..._ExternalAccountAuthorizedUserHandler.RETRY_CONFIG,
          url: this.#tokenRefreshEndpoint,
          method: "POST",
          headers,
          data: new URLSearchParams({
            grant_type: "refresh_token",
            refresh_token: refreshToken
          }),
          responseType: "json"
        };
        authclient_1.AuthClient.setMethodName(opts, "refreshToken"), this.applyClientAuthenticationOptions(opts);
        try {
          let response = await this.transporter.request(opts), tokenRefreshResponse = response.data;
          return tokenRefreshResponse.res = response, tokenRefreshResponse;
        } catch (error) {
          throw error instanceof gaxios_1.GaxiosError && error.response ? (0, oauth2common_1.getErrorFromOAuthErrorResponse)(
            error.response.data,
            // Preserve other fields from the original error.
            error
          ) : error;
        }
      }
    }, ExternalAccountAuthorizedUserClient = class extends authclient_1.AuthClient {
      cachedAccessToken;
      externalAccountAuthorizedUserHandler;
      refreshToken;
      /**
       * Instantiates an ExternalAccountAuthorizedUserClient instances using the
       * provided JSON object loaded from a credentials files.
       * An error is throws if the credential is not valid.
       * @param options The external account authorized user option object typically
       *   from the external accoutn authorized user JSON credential file.
       */
      constructor(options) {
        super(options), options.universe_domain && (this.universeDomain = options.universe_domain), this.refreshToken = options.refresh_token;
        let clientAuthentication = {
          confidentialClientType: "basic",
          clientId: options.client_id,
          clientSecret: options.client_secret
        };
        this.externalAccountAuthorizedUserHandler = new ExternalAccountAuthorizedUserHandler({
          tokenRefreshEndpoint: options.token_url ?? DEFAULT_TOKEN_URL.replace("{universeDomain}", this.universeDomain),
          transporter: this.transporter,
          clientAuthentication
        }), this.cachedAccessToken = null, this.quotaProjectId = options.quota_project_id, typeof options?.eagerRefreshThresholdMillis != "number" ? this.eagerRefreshThresholdMillis = baseexternalclient_1.EXPIRATION_TIME_OFFSET : this.eagerRefreshThresholdMillis = options.eagerRefreshThresholdMillis, this.forceRefreshOnFailure = !!options?.forceRefreshOnFailure;
      }
      async getAccessToken() {
        return (!this.cachedAccessToken || this.isExpired(this.cachedAccessToken)) && await this.refreshAccessTokenAsync(), {
          token: this.cachedAccessToken.access_token,
          res: this.cachedAccessToken.res
        };
      }
      async getRequestHeaders() {
        let accessTokenResponse = await this.getAccessToken(), headers = new Headers({
          authorization: `Bearer ${accessTokenResponse.token}`
        });
        return this.addSharedMetadataHeaders(headers);
      }
      request(opts, callback) {
        if (callback)
          this.requestAsync(opts).then((r) => callback(null, r), (e) => callback(e, e.response));
        else
          return this.requestAsync(opts);
      }
      /**
       * Authenticates the provided HTTP request, processes it and resolves with the
       * returned response.
       * @param opts The HTTP request options.
       * @param reAuthRetried Whether the current attempt is a retry after a failed attempt due to an auth failure.
       * @return A promise that resolves with the successful response.
       */
      async requestAsync(opts, reAuthRetried = !1) {
        let response;
        try {
          let requestHeaders = await this.getRequestHeaders();
          opts.headers = gaxios_1.Gaxios.mergeHeaders(opts.headers), this.addUserProjectAndAuthHeaders(opts.headers, requestHeaders), response = await this.transporter.request(opts);
        } catch (e) {
          let res = e.response;
          if (res) {
            let statusCode = res.status, isReadableStream = res.config.data instanceof stream.Readable;
            if (!reAuthRetried && (statusCode === 401 || statusCode === 403) && !isReadableStream && this.forceRefreshOnFailure)
              return await this.refreshAccessTokenAsync(), await this.requestAsync(opts, !0);
          }
          throw e;
        }
        return response;
      }
      /**
       * Forces token refresh, even if unexpired tokens are currently cached.
       * @return A promise that resolves with the refreshed credential.
       */
      async refreshAccessTokenAsync() {
        let refreshResponse = await this.externalAccountAuthorizedUserHandler.refreshToken(this.refreshToken);
        return this.cachedAccessToken = {
          access_token: refreshResponse.access_token,
          expiry_date: (/* @__PURE__ */ new Date()).getTime() + refreshResponse.expires_in * 1e3,
          res: refreshResponse.res
        }, refreshResponse.refresh_token !== void 0 && (this.refreshToken = refreshResponse.refresh_token), this.cachedAccessToken;
      }
      /**
       * Returns whether the provided credentials are expired or not.
       * If there is no expiry time, assumes the token is not expired or expiring.
       * @param credentials The credentials to check for expiration.
       * @return Whether the credentials are expired or not.
       */
      isExpired(credentials) {
        let now = (/* @__PURE__ */ new Date()).getTime();
        return credentials.expiry_date ? now >= credentials.expiry_date - this.eagerRefreshThresholdMillis : !1;
      }
    };
    exports.ExternalAccountAuthorizedUserClient = ExternalAccountAuthorizedUserClient;
  }
});

// node_modules/google-auth-library/build/src/auth/gdchclient.js
var require_gdchclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/gdchclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.GdchClient = exports.GDCH_SERVICE_ACCOUNT_TYPE = void 0;
    var crypto = __require("crypto"), fs = __require("fs"), https = __require("https"), oauth2client_1 = require_oauth2client(), DEFAULT_LIFETIME_IN_SECONDS = 3600;
    exports.GDCH_SERVICE_ACCOUNT_TYPE = "gdch_service_account";
    var GdchClient = class _GdchClient extends oauth2client_1.OAuth2Client {
      projectId;
      privateKeyId;
      privateKey;
      serviceIdentityName;
      tokenServerUri;
      caCertPath;
      apiAudience;
      lifetime;
      gdchOptions;
      caAgentPromise;
      cachedCaCertPath;
      lastCaCertReadTime = 0;
      CA_CERT_TTL_MS = 300 * 1e3;
      constructor(options = {}) {
        super(options), this.gdchOptions = options, this.projectId = options.projectId || void 0, this.privateKeyId = options.privateKeyId, this.privateKey = options.privateKey, this.serviceIdentityName = options.serviceIdentityName, this.tokenServerUri = options.tokenServerUri, this.caCertPath = options.caCertPath, this.apiAudience = options.apiAudience, this.lifetime = options.lifetime || DEFAULT_LIFETIME_IN_SECONDS, this.credentials = { refresh_token: "gdch-placeholder", expiry_date: 1 };
      }
      createWithGdchAudience(apiAudience) {
        if (!apiAudience)
          throw new Error("Audience cannot be null or empty for GDCH service account credentials.");
        return new _GdchClient({
          ...this.gdchOptions,
          projectId: this.projectId,
          privateKeyId: this.privateKeyId,
          privateKey: this.privateKey,
          serviceIdentityName: this.serviceIdentityName,
          tokenServerUri: this.tokenServerUri,
          caCertPath: this.caCertPath,
          lifetime: this.lifetime,
          apiAudience
        });
      }
      fromJSON(json) {
        if (!json)
          throw new Error("Must pass in a JSON object containing the GDCH credentials settings.");
        if (json.type !== exports.GDCH_SERVICE_ACCOUNT_TYPE)
          throw new Error(`The incoming JSON object does not have the "${exports.GDCH_SERVICE_ACCOUNT_TYPE}" type`);
        if (json.format_version !== "1")
          throw new Error("Only format version 1 is supported.");
        if (!json.project)
          throw new Error("The incoming JSON object does not contain a project field");
        if (!json.private_key_id)
          throw new Error("The incoming JSON object does not contain a private_key_id field");
        if (!json.private_key)
          throw new Error("The incoming JSON object does not contain a private_key field");
        if (!json.name)
          throw new Error("The incoming JSON object does not contain a name field");
        if (!json.token_uri)
          throw new Error("The incoming JSON object does not contain a token_uri field");
        this.projectId = json.project, this.privateKeyId = json.private_key_id, this.privateKey = json.private_key, this.serviceIdentityName = json.name, this.tokenServerUri = json.token_uri, this.caCertPath = json.ca_cert_path, this.gdchOptions = {
          ...this.gdchOptions,
          projectId: json.project,
          privateKeyId: json.private_key_id,
          privateKey: json.private_key,
          serviceIdentityName: json.name,
          tokenServerUri: json.token_uri,
          caCertPath: json.ca_cert_path
        };
      }
      async refreshTokenNoCache() {
        if (!this.apiAudience)
          throw new Error("Audience cannot be null or empty for GDCH service account credentials. Specify the audience by calling createWithGdchAudience.");
        if (!this.privateKey)
          throw new Error("Private key is not configured for GDCH credentials.");
        if (!this.privateKeyId)
          throw new Error("Private key ID is not configured for GDCH credentials.");
        if (!this.projectId)
          throw new Error("Project is not configured for GDCH credentials.");
        if (!this.serviceIdentityName)
          throw new Error("Service identity name is not configured for GDCH credentials.");
        if (!this.tokenServerUri)
          throw new Error("Token server URI is not configured for GDCH credentials.");
        let assertion = this.createAssertion(), data = {
          audience: this.apiAudience,
          grant_type: "urn:ietf:params:oauth:token-type:token-exchange",
          requested_token_type: "urn:ietf:params:oauth:token-type:access_token",
          subject_token: assertion,
          subject_token_type: "urn:k8s:params:oauth:token-type:serviceaccount"
        }, requestOpts = {
          url: this.tokenServerUri,
          method: "POST",
          headers: {
            "Content-Type": "application/json"
          },
          data,
          responseType: "json",
          timeout: 1e4,
          retry: !0,
          retryConfig: {
            httpMethodsToRetry: ["POST"],
            statusCodesToRetry: [[500, 599]],
            noResponseRetries: 3
          }
        };
        this.caCertPath && (requestOpts.agent = await this.getCaAgent());
        try {
          let res = await this.transporter.request(requestOpts), tokenResponse = res.data;
          if (!tokenResponse.access_token)
            throw new Error("Token response did not contain an access_token.");
          if (!tokenResponse.expires_in)
            throw new Error("Token response did not contain an expires_in field.");
          let tokens = {
            access_token: tokenResponse.access_token,
            token_type: "STS-Bearer",
            expiry_date: Date.now() + tokenResponse.expires_in * 1e3
          };
          return this.emit("tokens", tokens), { res, tokens };
        } catch (e) {
          if (e && e.config && e.config.data)
            try {
              if (typeof e.config.data == "string") {
                let parsedData = JSON.parse(e.config.data);
                parsedData.subject_token && (parsedData.subject_token = "***REDACTED***", e.config.data = JSON.stringify(parsedData));
              } else typeof e.config.data == "object" && e.config.data.subject_token && (e.config.data.subject_token = "***REDACTED***");
            } catch {
            }
          throw e instanceof Error && (e.message = `Error getting access token for GDCH service account: ${e.message}, iss: ${this.serviceIdentityName}`), e;
        }
      }
      createAssertion() {
        let header = {
          alg: "ES256",
          typ: "JWT",
          kid: this.privateKeyId
        }, issSub = `system:serviceaccount:${this.projectId}:${this.serviceIdentityName}`, currentTime = Math.floor(Date.now() / 1e3), payload = {
          iss: issSub,
          sub: issSub,
          iat: currentTime,
          exp: currentTime + this.lifetime,
          aud: this.tokenServerUri
        }, encodedHeader = this.base64UrlEncode(JSON.stringify(header)), encodedPayload = this.base64UrlEncode(JSON.stringify(payload)), signingInput = `${encodedHeader}.${encodedPayload}`, signature = crypto.sign("sha256", Buffer.from(signingInput), {
          key: this.privateKey,
          dsaEncoding: "ieee-p1363"
        }), encodedSignature = this.base64UrlEncode(signature);
        return `${signingInput}.${encodedSignature}`;
      }
      async requestAsync(opts, retry = !1) {
        if (this.caCertPath && !opts.agent) {
          let url = (opts.url || "").toString();
          !url.includes("googleapis.com") && !url.includes("google.com") && (opts.agent = await this.getCaAgent());
        }
        return super.requestAsync(opts, retry);
      }
      getCaAgent() {
        if (!this.caCertPath) {
          this.caAgentPromise = void 0, this.cachedCaCertPath = void 0, this.lastCaCertReadTime = 0;
          return;
        }
        let now = Date.now(), isCacheExpired = now - this.lastCaCertReadTime > this.CA_CERT_TTL_MS;
        if (this.caAgentPromise && this.caCertPath === this.cachedCaCertPath && !isCacheExpired)
          return this.caAgentPromise;
        this.cachedCaCertPath = this.caCertPath, this.lastCaCertReadTime = now;
        let currentPath = this.caCertPath;
        return this.caAgentPromise = (async () => {
          try {
            let ca = await fs.promises.readFile(currentPath);
            return new https.Agent({ ca });
          } catch (err) {
            throw this.cachedCaCertPath === currentPath && (this.caAgentPromise = void 0, this.cachedCaCertPath = void 0, this.lastCaCertReadTime = 0), err instanceof Error && (err.message = `Error reading certificate file from CA cert path, value '${currentPath}': ${err.message}`), err;
          }
        })(), this.caAgentPromise;
      }
      toJSON() {
        return {
          ...this,
          privateKey: this.privateKey ? "***REDACTED***" : void 0,
          _clientSecret: this._clientSecret ? "***REDACTED***" : void 0,
          apiKey: this.apiKey ? "***REDACTED***" : void 0,
          gdchOptions: this.gdchOptions ? {
            ...this.gdchOptions,
            privateKey: this.gdchOptions.privateKey ? "***REDACTED***" : void 0,
            clientSecret: this.gdchOptions.clientSecret ? "***REDACTED***" : void 0,
            client_secret: this.gdchOptions.client_secret ? "***REDACTED***" : void 0,
            apiKey: this.gdchOptions.apiKey ? "***REDACTED***" : void 0,
            credentials: this.gdchOptions.credentials ? {
              ...this.gdchOptions.credentials,
              access_token: this.gdchOptions.credentials.access_token ? "***REDACTED***" : void 0,
              refresh_token: this.gdchOptions.credentials.refresh_token ? "***REDACTED***" : void 0
            } : void 0
          } : void 0,
          credentials: {
            ...this.credentials,
            access_token: this.credentials?.access_token ? "***REDACTED***" : void 0,
            refresh_token: this.credentials?.refresh_token ? "***REDACTED***" : void 0
          }
        };
      }
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        return this.toJSON();
      }
      base64UrlEncode(str) {
        return (typeof str == "string" ? Buffer.from(str) : str).toString("base64url");
      }
    };
    exports.GdchClient = GdchClient;
  }
});

// node_modules/google-auth-library/build/src/auth/googleauth.js
var require_googleauth = __commonJS({
  "node_modules/google-auth-library/build/src/auth/googleauth.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.GoogleAuth = exports.GoogleAuthExceptionMessages = void 0;
    var child_process_1 = __require("child_process"), fs = __require("fs"), gaxios_1 = require_src(), gcpMetadata = require_src3(), os = __require("os"), path = __require("path"), crypto_1 = require_crypto3(), computeclient_1 = require_computeclient(), idtokenclient_1 = require_idtokenclient(), envDetect_1 = require_envDetect(), jwtclient_1 = require_jwtclient(), refreshclient_1 = require_refreshclient(), impersonated_1 = require_impersonated(), externalclient_1 = require_externalclient(), baseexternalclient_1 = require_baseexternalclient(), authclient_1 = require_authclient(), externalAccountAuthorizedUserClient_1 = require_externalAccountAuthorizedUserClient(), gdchclient_1 = require_gdchclient(), util_1 = require_util2();
    exports.GoogleAuthExceptionMessages = {
      API_KEY_WITH_CREDENTIALS: "API Keys and Credentials are mutually exclusive authentication methods and cannot be used together.",
      NO_PROJECT_ID_FOUND: `Unable to detect a Project Id in the current environment. 
To learn more about authentication and Google APIs, visit: 
https://cloud.google.com/docs/authentication/getting-started`,
      NO_CREDENTIALS_FOUND: `Unable to find credentials in current environment. 
To learn more about authentication and Google APIs, visit: 
https://cloud.google.com/docs/authentication/getting-started`,
      NO_ADC_FOUND: "Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.",
      NO_UNIVERSE_DOMAIN_FOUND: `Unable to detect a Universe Domain in the current environment.
To learn more about Universe Domain retrieval, visit: 
https://cloud.google.com/compute/docs/metadata/predefined-metadata-keys`
    };
    var GoogleAuth = class {
      /**
       * Caches a value indicating whether the auth layer is running on Google
       * Compute Engine.
       * @private
       */
      checkIsGCE = void 0;
      useJWTAccessWithScope;
      defaultServicePath;
      // Note:  this properly is only public to satisfy unit tests.
      // https://github.com/Microsoft/TypeScript/issues/5228
      get isGCE() {
        return this.checkIsGCE;
      }
      _findProjectIdPromise;
      _cachedProjectId;
      // To save the contents of the JSON credential file
      jsonContent = null;
      apiKey;
      cachedCredential = null;
      /**
       * A pending {@link AuthClient}. Used for concurrent {@link GoogleAuth.getClient} calls.
       */
      #pendingAuthClient = null;
      /**
       * Scopes populated by the client library by default. We differentiate between
       * these and user defined scopes when deciding whether to use a self-signed JWT.
       */
      defaultScopes;
      keyFilename;
      scopes;
      clientOptions = {};
      /**
       * Configuration is resolved in the following order of precedence:
       * - {@link GoogleAuthOptions.credentials `credentials`}
       * - {@link GoogleAuthOptions.keyFilename `keyFilename`}
       * - {@link GoogleAuthOptions.keyFile `keyFile`}
       *
       * {@link GoogleAuthOptions.clientOptions `clientOptions`} are passed to the
       * {@link AuthClient `AuthClient`s}.
       *
       * @param opts
       */
      constructor(opts = {}) {
        if (this._cachedProjectId = opts.projectId || null, this.cachedCredential = opts.authClient || null, this.keyFilename = opts.keyFilename || opts.keyFile, this.keyFilename && console.warn("The `keyFilename` option is deprecated. Please use the `auth` object constructor instead. For more details, see https://cloud.google.com/docs/authentication/external/externally-sourced-credentials."), this.scopes = opts.scopes, this.clientOptions = opts.clientOptions || {}, this.jsonContent = opts.credentials || null, this.jsonContent && console.warn("The `credentials` option is deprecated. Please use the `auth` object constructor instead. For more details, see https://cloud.google.com/docs/authentication/external/externally-sourced-credentials."), this.apiKey = opts.apiKey || this.clientOptions.apiKey || null, this.apiKey && (this.jsonContent || this.clientOptions.credentials))
          throw new RangeError(exports.GoogleAuthExceptionMessages.API_KEY_WITH_CREDENTIALS);
        opts.universeDomain && (this.clientOptions.universeDomain = opts.universeDomain);
      }
      // GAPIC client libraries should always use self-signed JWTs. The following
      // variables are set on the JWT client in order to indicate the type of library,
      // and sign the JWT with the correct audience and scopes (if not supplied).
      setGapicJWTValues(client) {
        client.defaultServicePath ??= this.defaultServicePath, client.useJWTAccessWithScope ??= this.useJWTAccessWithScope, client.defaultScopes ??= this.defaultScopes;
      }
      getProjectId(callback) {
        if (callback)
          this.getProjectIdAsync().then((r) => callback(null, r), callback);
        else
          return this.getProjectIdAsync();
      }
      /**
       * A temporary method for internal `getProjectId` usages where `null` is
       * acceptable. In a future major release, `getProjectId` should return `null`
       * (as the `Promise<string | null>` base signature describes) and this private
       * method should be removed.
       *
       * @returns Promise that resolves with project id (or `null`)
       */
      async getProjectIdOptional() {
        try {
          return await this.getProjectId();
        } catch (e) {
          if (e instanceof Error && e.message === exports.GoogleAuthExceptionMessages.NO_PROJECT_ID_FOUND)
            return null;
          throw e;
        }
      }
      /**
       * A private method for finding and caching a projectId.
       *
       * Supports environments in order of precedence:
       * - GCLOUD_PROJECT or GOOGLE_CLOUD_PROJECT environment variable
       * - GOOGLE_APPLICATION_CREDENTIALS JSON file
       * - Cloud SDK: `gcloud config config-helper --format json`
       * - GCE project ID from metadata server
       *
       * @returns projectId
       */
      async findAndCacheProjectId() {
        let projectId = null;
        if (projectId ||= await this.getProductionProjectId(), projectId ||= await this.getFileProjectId(), projectId ||= await this.getDefaultServiceProjectId(), projectId ||= await this.getGCEProjectId(), projectId ||= await this.getExternalAccountClientProjectId(), projectId)
          return this._cachedProjectId = projectId, projectId;
        throw new Error(exports.GoogleAuthExceptionMessages.NO_PROJECT_ID_FOUND);
      }
      async getProjectIdAsync() {
        return this._cachedProjectId ? this._cachedProjectId : (this._findProjectIdPromise || (this._findProjectIdPromise = this.findAndCacheProjectId()), this._findProjectIdPromise);
      }
      /**
       * Retrieves a universe domain from the metadata server via
       * {@link gcpMetadata.universe}.
       *
       * @returns a universe domain
       */
      async getUniverseDomainFromMetadataServer() {
        let universeDomain;
        try {
          universeDomain = await gcpMetadata.universe("universe-domain"), universeDomain ||= authclient_1.DEFAULT_UNIVERSE;
        } catch (e) {
          if (e && e?.response?.status === 404)
            universeDomain = authclient_1.DEFAULT_UNIVERSE;
          else
            throw e;
        }
        return universeDomain;
      }
      /**
       * Retrieves, caches, and returns the universe domain in the following order
       * of precedence:
       * - The universe domain in {@link GoogleAuth.clientOptions}
       * - An existing or ADC {@link AuthClient}'s universe domain
       * - {@link gcpMetadata.universe}, if {@link Compute} client
       *
       * @returns The universe domain
       */
      async getUniverseDomain() {
        let universeDomain = (0, util_1.originalOrCamelOptions)(this.clientOptions).get("universe_domain");
        try {
          universeDomain ??= (await this.getClient()).universeDomain;
        } catch {
          universeDomain ??= authclient_1.DEFAULT_UNIVERSE;
        }
        return universeDomain;
      }
      /**
       * @returns Any scopes (user-specified or default scopes specified by the
       *   client library) that need to be set on the current Auth client.
       */
      getAnyScopes() {
        return this.scopes || this.defaultScopes;
      }
      getApplicationDefault(optionsOrCallback = {}, callback) {
        let options;
        if (typeof optionsOrCallback == "function" ? callback = optionsOrCallback : options = optionsOrCallback, callback)
          this.getApplicationDefaultAsync(options).then((r) => callback(null, r.credential, r.projectId), callback);
        else
          return this.getApplicationDefaultAsync(options);
      }
      async getApplicationDefaultAsync(options = {}) {
        if (this.cachedCredential)
          return await this.#prepareAndCacheClient(this.cachedCredential, null);
        let credential;
        if (credential = await this._tryGetApplicationCredentialsFromEnvironmentVariable(options), credential)
          return credential instanceof jwtclient_1.JWT ? credential.scopes = this.scopes : credential instanceof baseexternalclient_1.BaseExternalAccountClient && (credential.scopes = this.getAnyScopes()), await this.#prepareAndCacheClient(credential);
        if (credential = await this._tryGetApplicationCredentialsFromWellKnownFile(options), credential)
          return credential instanceof jwtclient_1.JWT ? credential.scopes = this.scopes : credential instanceof baseexternalclient_1.BaseExternalAccountClient && (credential.scopes = this.getAnyScopes()), await this.#prepareAndCacheClient(credential);
        if (await this._checkIsGCE())
          return options.scopes = this.getAnyScopes(), await this.#prepareAndCacheClient(new computeclient_1.Compute(options));
        throw new Error(exports.GoogleAuthExceptionMessages.NO_ADC_FOUND);
      }
      async #prepareAndCacheClient(credential, quotaProjectIdOverride = process.env.GOOGLE_CLOUD_QUOTA_PROJECT || null) {
        let projectId = await this.getProjectIdOptional();
        return quotaProjectIdOverride && (credential.quotaProjectId = quotaProjectIdOverride), this.cachedCredential = credential, { credential, projectId };
      }
      /**
       * Determines whether the auth layer is running on Google Compute Engine.
       * Checks for GCP Residency, then fallback to checking if metadata server
       * is available.
       *
       * @returns A promise that resolves with the boolean.
       * @api private
       */
      async _checkIsGCE() {
        return this.checkIsGCE === void 0 && (this.checkIsGCE = gcpMetadata.getGCPResidency() || await gcpMetadata.isAvailable()), this.checkIsGCE;
      }
      /**
       * Attempts to load default credentials from the environment variable path..
       * @returns Promise that resolves with the OAuth2Client or null.
       * @api private
       */
      async _tryGetApplicationCredentialsFromEnvironmentVariable(options) {
        let credentialsPath = process.env.GOOGLE_APPLICATION_CREDENTIALS || process.env.google_application_credentials;
        if (!credentialsPath || credentialsPath.length === 0)
          return null;
        try {
          return await this._getApplicationCredentialsFromFilePath(credentialsPath, options);
        } catch (e) {
          throw e instanceof Error && (e.message = `Unable to read the credential file specified by the GOOGLE_APPLICATION_CREDENTIALS environment variable: ${e.message}`), e;
        }
      }
      /**
       * Attempts to load default credentials from a well-known file location
       * @return Promise that resolves with the OAuth2Client or null.
       * @api private
       */
      async _tryGetApplicationCredentialsFromWellKnownFile(options) {
        let configDir = process.env.CLOUDSDK_CONFIG;
        if (!configDir)
          if (this._isWindows())
            process.env.APPDATA && (configDir = path.join(process.env.APPDATA, "gcloud"));
          else {
            let home = process.env.HOME;
            home && (configDir = path.join(home, ".config", "gcloud"));
          }
        if (!configDir)
          return null;
        let location = path.join(configDir, "application_default_credentials.json");
        return fs.existsSync(location) ? await this._getApplicationCredentialsFromFilePath(location, options) : null;
      }
      /**
       * Attempts to load default credentials from a file at the given path..
       * @param filePath The path to the file to read.
       * @returns Promise that resolves with the OAuth2Client
       * @api private
       */
      async _getApplicationCredentialsFromFilePath(filePath, options = {}) {
        if (!filePath || filePath.length === 0)
          throw new Error("The file path is invalid.");
        try {
          if (filePath = fs.realpathSync(filePath), !fs.lstatSync(filePath).isFile())
            throw new Error();
        } catch (err) {
          throw err instanceof Error && (err.message = `The file at ${filePath} does not exist, or it is not a file. ${err.message}`), err;
        }
        let readStream = fs.createReadStream(filePath);
        return (0, util_1.suppressAdcWarning)(() => this.fromStream(readStream, options));
      }
      /**
       * Create a credentials instance using a given impersonated input options.
       * @param json The impersonated input object.
       * @returns JWT or UserRefresh Client with data
       */
      fromImpersonatedJSON(json) {
        if (!json)
          throw new Error("Must pass in a JSON object containing an  impersonated refresh token");
        if (json.type !== impersonated_1.IMPERSONATED_ACCOUNT_TYPE)
          throw new Error(`The incoming JSON object does not have the "${impersonated_1.IMPERSONATED_ACCOUNT_TYPE}" type`);
        if (!json.source_credentials)
          throw new Error("The incoming JSON object does not contain a source_credentials field");
        if (!json.service_account_impersonation_url)
          throw new Error("The incoming JSON object does not contain a service_account_impersonation_url field");
        let sourceClient = (0, util_1.suppressFromJsonWarning)(() => this.fromJSON(json.source_credentials));
        if (json.service_account_impersonation_url?.length > 256)
          throw new RangeError(`Target principal is too long: ${json.service_account_impersonation_url}`);
        let targetPrincipal = /(?<target>[^/]+):(generateAccessToken|generateIdToken)$/.exec(json.service_account_impersonation_url)?.groups?.target;
        if (!targetPrincipal)
          throw new RangeError(`Cannot extract target principal from ${json.service_account_impersonation_url}`);
        let targetScopes = (this.scopes || json.scopes || this.defaultScopes) ?? [];
        return new impersonated_1.Impersonated({
          ...json,
          sourceClient,
          targetPrincipal,
          targetScopes: Array.isArray(targetScopes) ? targetScopes : [targetScopes]
        });
      }
      /**
       * Create a credentials instance using the given input options.
       * This client is not cached.
       *
       * **Important**: If you accept a credential configuration (credential JSON/File/Stream) from an external source for authentication to Google Cloud, you must validate it before providing it to any Google API or library. Providing an unvalidated credential configuration to Google APIs can compromise the security of your systems and data. For more information, refer to {@link https://cloud.google.com/docs/authentication/external/externally-sourced-credentials Validate credential configurations from external sources}.
       *
       * @deprecated This method is being deprecated because of a potential security risk.
       *
       * This method does not validate the credential configuration. The security
       * risk occurs when a credential configuration is accepted from a source that
       * is not under your control and used without validation on your side.
       *
       * If you know that you will be loading credential configurations of a
       * specific type, it is recommended to use a credential-type-specific
       * constructor. This will ensure that an unexpected credential type with
       * potential for malicious intent is not loaded unintentionally. You might
       * still have to do validation for certain credential types. Please follow
       * the recommendation for that method. For example, if you want to load only
       * service accounts, you can use the `JWT` constructor:
       * ```
       * const {JWT} = require('google-auth-library');
       * const keys = require('/path/to/key.json');
       * const client = new JWT({
       *   email: keys.client_email,
       *   key: keys.private_key,
       *   scopes: ['https://www.googleapis.com/auth/cloud-platform'],
       * });
       * ```
       *
       * If you are loading your credential configuration from an untrusted source and have
       * not mitigated the risks (e.g. by validating the configuration yourself), make
       * these changes as soon as possible to prevent security risks to your environment.
       *
       * Regardless of the method used, it is always your responsibility to validate
       * configurations received from external sources.
       *
       * For more details, see https://cloud.google.com/docs/authentication/external/externally-sourced-credentials.
       *
       * @param json The input object.
       * @param options The JWT or UserRefresh options for the client
       * @returns JWT or UserRefresh Client with data
       */
      fromJSON(json, options = {}) {
        let client;
        (0, util_1.isFromJsonWarningSuppressed)() || console.warn("The `fromJSON` method is deprecated. Please use the `JWT` constructor instead. For more details, see https://cloud.google.com/docs/authentication/external/externally-sourced-credentials.");
        let preferredUniverseDomain = (0, util_1.originalOrCamelOptions)(options).get("universe_domain");
        return json.type === refreshclient_1.USER_REFRESH_ACCOUNT_TYPE ? (client = new refreshclient_1.UserRefreshClient(options), client.fromJSON(json)) : json.type === impersonated_1.IMPERSONATED_ACCOUNT_TYPE ? client = this.fromImpersonatedJSON(json) : json.type === baseexternalclient_1.EXTERNAL_ACCOUNT_TYPE ? (client = externalclient_1.ExternalAccountClient.fromJSON({
          ...json,
          ...options
        }), client.scopes = this.getAnyScopes()) : json.type === externalAccountAuthorizedUserClient_1.EXTERNAL_ACCOUNT_AUTHORIZED_USER_TYPE ? client = new externalAccountAuthorizedUserClient_1.ExternalAccountAuthorizedUserClient({
          ...json,
          ...options
        }) : json.type === gdchclient_1.GDCH_SERVICE_ACCOUNT_TYPE ? (client = new gdchclient_1.GdchClient(options), client.fromJSON(json)) : (options.scopes = this.scopes, client = new jwtclient_1.JWT(options), this.setGapicJWTValues(client), client.fromJSON(json)), preferredUniverseDomain && (client.universeDomain = preferredUniverseDomain), client;
      }
      /**
       * Return a JWT or UserRefreshClient from JavaScript object, caching both the
       * object used to instantiate and the client.
       * @param json The input object.
       * @param options The JWT or UserRefresh options for the client
       * @returns JWT or UserRefresh Client with data
       */
      _cacheClientFromJSON(json, options) {
        let client = (0, util_1.suppressFromJsonWarning)(() => this.fromJSON(json, options));
        return this.jsonContent = json, this.cachedCredential = client, client;
      }
      fromStream(inputStream, optionsOrCallback = {}, callback) {
        let isADC = (0, util_1.isAdcWarningSuppressed)();
        isADC || console.warn("The `fromStream` method is deprecated. Please use the `JWT` constructor with a parsed stream instead. For more details, see https://cloud.google.com/docs/authentication/external/externally-sourced-credentials.");
        let options = {};
        if (typeof optionsOrCallback == "function" ? callback = optionsOrCallback : options = optionsOrCallback, callback)
          this.fromStreamAsync(inputStream, options, isADC).then((r) => callback(null, r), callback);
        else
          return this.fromStreamAsync(inputStream, options, isADC);
      }
      fromStreamAsync(inputStream, options, isADC = !1) {
        return new Promise((resolve, reject) => {
          if (!inputStream)
            throw new Error("Must pass in a stream containing the Google auth settings.");
          let chunks = [];
          inputStream.setEncoding("utf8").on("error", reject).on("data", (chunk) => chunks.push(chunk)).on("end", () => {
            try {
              try {
                let data = JSON.parse(chunks.join("")), r = isADC ? (0, util_1.suppressAdcWarning)(() => this._cacheClientFromJSON(data, options)) : this._cacheClientFromJSON(data, options);
                return resolve(r);
              } catch (err) {
                if (!this.keyFilename)
                  throw err;
                let client = new jwtclient_1.JWT({
                  ...this.clientOptions,
                  keyFile: this.keyFilename
                });
                return this.cachedCredential = client, this.setGapicJWTValues(client), resolve(client);
              }
            } catch (err) {
              return reject(err);
            }
          });
        });
      }
      /**
       * Create a credentials instance using the given API key string.
       * The created client is not cached. In order to create and cache it use the {@link GoogleAuth.getClient `getClient`} method after first providing an {@link GoogleAuth.apiKey `apiKey`}.
       *
       * @param apiKey The API key string
       * @param options An optional options object.
       * @returns A JWT loaded from the key
       */
      fromAPIKey(apiKey, options = {}) {
        return new jwtclient_1.JWT({ ...options, apiKey });
      }
      /**
       * Determines whether the current operating system is Windows.
       * @api private
       */
      _isWindows() {
        let sys = os.platform();
        return !!(sys && sys.length >= 3 && sys.substring(0, 3).toLowerCase() === "win");
      }
      /**
       * Run the Google Cloud SDK command that prints the default project ID
       */
      async getDefaultServiceProjectId() {
        return new Promise((resolve) => {
          (0, child_process_1.exec)("gcloud config config-helper --format json", (err, stdout) => {
            if (!err && stdout)
              try {
                let projectId = JSON.parse(stdout).configuration.properties.core.project;
                resolve(projectId);
                return;
              } catch {
              }
            resolve(null);
          });
        });
      }
      /**
       * Loads the project id from environment variables.
       * @api private
       */
      getProductionProjectId() {
        return process.env.GCLOUD_PROJECT || process.env.GOOGLE_CLOUD_PROJECT || process.env.gcloud_project || process.env.google_cloud_project;
      }
      /**
       * Loads the project id from the GOOGLE_APPLICATION_CREDENTIALS json file.
       * @api private
       */
      async getFileProjectId() {
        if (this.cachedCredential)
          return this.cachedCredential.projectId;
        if (this.keyFilename) {
          let creds = await this.getClient();
          if (creds && creds.projectId)
            return creds.projectId;
        }
        let r = await this._tryGetApplicationCredentialsFromEnvironmentVariable();
        return r ? r.projectId : null;
      }
      /**
       * Gets the project ID from external account client if available.
       */
      async getExternalAccountClientProjectId() {
        return !this.jsonContent || this.jsonContent.type !== baseexternalclient_1.EXTERNAL_ACCOUNT_TYPE ? null : await (await this.getClient()).getProjectId();
      }
      /**
       * Gets the Compute Engine project ID if it can be inferred.
       */
      async getGCEProjectId() {
        try {
          return await gcpMetadata.project("project-id");
        } catch {
          return null;
        }
      }
      getCredentials(callback) {
        if (callback)
          this.getCredentialsAsync().then((r) => callback(null, r), callback);
        else
          return this.getCredentialsAsync();
      }
      async getCredentialsAsync() {
        let client = await this.getClient();
        if (client instanceof impersonated_1.Impersonated)
          return { client_email: client.getTargetPrincipal() };
        if (client instanceof baseexternalclient_1.BaseExternalAccountClient) {
          let serviceAccountEmail = client.getServiceAccountEmail();
          if (serviceAccountEmail)
            return {
              client_email: serviceAccountEmail,
              universe_domain: client.universeDomain
            };
        }
        if (this.jsonContent)
          return {
            client_email: this.jsonContent.client_email,
            private_key: this.jsonContent.private_key,
            universe_domain: this.jsonContent.universe_domain
          };
        if (await this._checkIsGCE()) {
          let [client_email, universe_domain] = await Promise.all([
            gcpMetadata.instance("service-accounts/default/email"),
            this.getUniverseDomain()
          ]);
          return { client_email, universe_domain };
        }
        throw new Error(exports.GoogleAuthExceptionMessages.NO_CREDENTIALS_FOUND);
      }
      /**
       * Automatically obtain an {@link AuthClient `AuthClient`} based on the
       * provided configuration. If no options were passed, use Application
       * Default Credentials.
       */
      async getClient() {
        if (this.cachedCredential)
          return this.cachedCredential instanceof jwtclient_1.JWT && this.setGapicJWTValues(this.cachedCredential), this.cachedCredential;
        this.#pendingAuthClient = this.#pendingAuthClient || this.#determineClient();
        try {
          let client = await this.#pendingAuthClient;
          if (client instanceof jwtclient_1.JWT && this.setGapicJWTValues(client), client instanceof gdchclient_1.GdchClient && !client.apiAudience) {
            let opts = this.clientOptions, endpoint = opts.apiEndpoint || opts.servicePath;
            if (endpoint) {
              let formattedAudience = `${endpoint.startsWith("http") ? "" : "https://"}${endpoint}`.replace(/\/+$/, ""), newClient = client.createWithGdchAudience(formattedAudience);
              return this.cachedCredential = newClient, newClient;
            }
          }
          return client;
        } finally {
          this.#pendingAuthClient = null;
        }
      }
      async #determineClient() {
        if (this.jsonContent)
          return this._cacheClientFromJSON(this.jsonContent, this.clientOptions);
        if (this.keyFilename) {
          let filePath = path.resolve(this.keyFilename), stream = fs.createReadStream(filePath);
          return await this.fromStreamAsync(stream, this.clientOptions);
        } else if (this.apiKey) {
          let client = await this.fromAPIKey(this.apiKey, this.clientOptions);
          client.scopes = this.scopes;
          let { credential } = await this.#prepareAndCacheClient(client);
          return credential;
        } else {
          let { credential } = await this.getApplicationDefaultAsync(this.clientOptions);
          return credential;
        }
      }
      /**
       * Creates a client which will fetch an ID token for authorization.
       * @param targetAudience the audience for the fetched ID token.
       * @returns IdTokenClient for making HTTP calls authenticated with ID tokens.
       */
      async getIdTokenClient(targetAudience) {
        let client = await this.getClient();
        if (!("fetchIdToken" in client))
          throw new Error("Cannot fetch ID token in this environment, use GCE or set the GOOGLE_APPLICATION_CREDENTIALS environment variable to a service account credentials JSON file.");
        return new idtokenclient_1.IdTokenClient({ targetAudience, idTokenProvider: client });
      }
      /**
       * Automatically obtain application default credentials, and return
       * an access token for making requests.
       */
      async getAccessToken() {
        return (await (await this.getClient()).getAccessToken()).token;
      }
      /**
       * Obtain the HTTP headers that will provide authorization for a given
       * request.
       */
      async getRequestHeaders(url) {
        return (await this.getClient()).getRequestHeaders(url);
      }
      /**
       * Obtain credentials for a request, then attach the appropriate headers to
       * the request options.
       * @param opts Axios or Request options on which to attach the headers
       */
      async authorizeRequest(opts = {}) {
        let url = opts.url, headers = await (await this.getClient()).getRequestHeaders(url);
        return opts.headers = gaxios_1.Gaxios.mergeHeaders(opts.headers, headers), opts;
      }
      /**
       * A {@link fetch `fetch`} compliant API for {@link GoogleAuth}.
       *
       * @see {@link GoogleAuth.request} for the classic method.
       *
       * @remarks
       *
       * This is useful as a drop-in replacement for `fetch` API usage.
       *
       * @example
       *
       * ```ts
       * const auth = new GoogleAuth();
       * const fetchWithAuth: typeof fetch = (...args) => auth.fetch(...args);
       * await fetchWithAuth('https://example.com');
       * ```
       *
       * @param args `fetch` API or {@link Gaxios.fetch `Gaxios#fetch`} parameters
       * @returns the {@link GaxiosResponse} with Gaxios-added properties
       */
      async fetch(...args) {
        return (await this.getClient()).fetch(...args);
      }
      /**
       * Automatically obtain application default credentials, and make an
       * HTTP request using the given options.
       *
       * @see {@link GoogleAuth.fetch} for the modern method.
       *
       * @param opts Axios request options for the HTTP request.
       */
      async request(opts) {
        return (await this.getClient()).request(opts);
      }
      /**
       * Determine the compute environment in which the code is running.
       */
      getEnv() {
        return (0, envDetect_1.getEnv)();
      }
      /**
       * Sign the given data with the current private key, or go out
       * to the IAM API to sign it.
       * @param data The data to be signed.
       * @param endpoint A custom endpoint to use.
       *
       * @example
       * ```
       * sign('data', 'https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/');
       * ```
       */
      async sign(data, endpoint) {
        let client = await this.getClient(), universe = await this.getUniverseDomain();
        if (endpoint = endpoint || `https://iamcredentials.${universe}/v1/projects/-/serviceAccounts/`, client instanceof impersonated_1.Impersonated)
          return (await client.sign(data)).signedBlob;
        let crypto = (0, crypto_1.createCrypto)();
        if (client instanceof jwtclient_1.JWT && client.key)
          return await crypto.sign(client.key, data);
        let creds = await this.getCredentials();
        if (!creds.client_email)
          throw new Error("Cannot sign data without `client_email`.");
        return this.signBlob(crypto, creds.client_email, data, endpoint);
      }
      async signBlob(crypto, emailOrUniqueId, data, endpoint) {
        let url = new URL(endpoint + `${emailOrUniqueId}:signBlob`);
        return (await this.request({
          method: "POST",
          url: url.href,
          data: {
            payload: crypto.encodeBase64StringUtf8(data)
          },
          retry: !0,
          retryConfig: {
            httpMethodsToRetry: ["POST"]
          }
        })).data.signedBlob;
      }
    };
    exports.GoogleAuth = GoogleAuth;
  }
});

// node_modules/google-auth-library/build/src/auth/iam.js
var require_iam = __commonJS({
  "node_modules/google-auth-library/build/src/auth/iam.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.IAMAuth = void 0;
    var IAMAuth = class {
      selector;
      token;
      /**
       * IAM credentials.
       *
       * @param selector the iam authority selector
       * @param token the token
       * @constructor
       */
      constructor(selector, token) {
        this.selector = selector, this.token = token, this.selector = selector, this.token = token;
      }
      /**
       * Acquire the HTTP headers required to make an authenticated request.
       */
      getRequestHeaders() {
        return {
          "x-goog-iam-authority-selector": this.selector,
          "x-goog-iam-authorization-token": this.token
        };
      }
    };
    exports.IAMAuth = IAMAuth;
  }
});

// node_modules/google-auth-library/build/src/auth/downscopedclient.js
var require_downscopedclient = __commonJS({
  "node_modules/google-auth-library/build/src/auth/downscopedclient.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DownscopedClient = exports.EXPIRATION_TIME_OFFSET = exports.MAX_ACCESS_BOUNDARY_RULES_COUNT = void 0;
    var gaxios_1 = require_src(), stream = __require("stream"), authclient_1 = require_authclient(), sts = require_stscredentials(), STS_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange", STS_REQUEST_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token", STS_SUBJECT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";
    exports.MAX_ACCESS_BOUNDARY_RULES_COUNT = 10;
    exports.EXPIRATION_TIME_OFFSET = 300 * 1e3;
    var DownscopedClient = class extends authclient_1.AuthClient {
      authClient;
      credentialAccessBoundary;
      cachedDownscopedAccessToken;
      stsCredential;
      /**
       * Instantiates a downscoped client object using the provided source
       * AuthClient and credential access boundary rules.
       * To downscope permissions of a source AuthClient, a Credential Access
       * Boundary that specifies which resources the new credential can access, as
       * well as an upper bound on the permissions that are available on each
       * resource, has to be defined. A downscoped client can then be instantiated
       * using the source AuthClient and the Credential Access Boundary.
       * @param options the {@link DownscopedClientOptions `DownscopedClientOptions`} to use. Passing an `AuthClient` directly is **@DEPRECATED**.
       * @param credentialAccessBoundary **@DEPRECATED**. Provide a {@link DownscopedClientOptions `DownscopedClientOptions`} object in the first parameter instead.
       */
      constructor(options, credentialAccessBoundary = {
        accessBoundary: {
          accessBoundaryRules: []
        }
      }) {
        if (super(options instanceof authclient_1.AuthClient ? {} : options), options instanceof authclient_1.AuthClient ? (this.authClient = options, this.credentialAccessBoundary = credentialAccessBoundary) : (this.authClient = options.authClient, this.credentialAccessBoundary = options.credentialAccessBoundary), this.credentialAccessBoundary.accessBoundary.accessBoundaryRules.length === 0)
          throw new Error("At least one access boundary rule needs to be defined.");
        if (this.credentialAccessBoundary.accessBoundary.accessBoundaryRules.length > exports.MAX_ACCESS_BOUNDARY_RULES_COUNT)
          throw new Error(`The provided access boundary has more than ${exports.MAX_ACCESS_BOUNDARY_RULES_COUNT} access boundary rules.`);
        for (let rule of this.credentialAccessBoundary.accessBoundary.accessBoundaryRules)
          if (rule.availablePermissions.length === 0)
            throw new Error("At least one permission should be defined in access boundary rules.");
        this.stsCredential = new sts.StsCredentials({
          tokenExchangeEndpoint: `https://sts.${this.universeDomain}/v1/token`
        }), this.cachedDownscopedAccessToken = null;
      }
      /**
       * Provides a mechanism to inject Downscoped access tokens directly.
       * The expiry_date field is required to facilitate determination of the token
       * expiration which would make it easier for the token consumer to handle.
       * @param credentials The Credentials object to set on the current client.
       */
      setCredentials(credentials) {
        if (!credentials.expiry_date)
          throw new Error("The access token expiry_date field is missing in the provided credentials.");
        super.setCredentials(credentials), this.cachedDownscopedAccessToken = credentials;
      }
      async getAccessToken() {
        return (!this.cachedDownscopedAccessToken || this.isExpired(this.cachedDownscopedAccessToken)) && await this.refreshAccessTokenAsync(), {
          token: this.cachedDownscopedAccessToken.access_token,
          expirationTime: this.cachedDownscopedAccessToken.expiry_date,
          res: this.cachedDownscopedAccessToken.res
        };
      }
      /**
       * The main authentication interface. It takes an optional url which when
       * present is the endpoint being accessed, and returns a Promise which
       * resolves with authorization header fields.
       *
       * The result has the form:
       * { authorization: 'Bearer <access_token_value>' }
       */
      async getRequestHeaders() {
        let accessTokenResponse = await this.getAccessToken(), headers = new Headers({
          authorization: `Bearer ${accessTokenResponse.token}`
        });
        return this.addSharedMetadataHeaders(headers);
      }
      request(opts, callback) {
        if (callback)
          this.requestAsync(opts).then((r) => callback(null, r), (e) => callback(e, e.response));
        else
          return this.requestAsync(opts);
      }
      /**
       * Authenticates the provided HTTP request, processes it and resolves with the
       * returned response.
       * @param opts The HTTP request options.
       * @param reAuthRetried Whether the current attempt is a retry after a failed attempt due to an auth failure
       * @return A promise that resolves with the successful response.
       */
      async requestAsync(opts, reAuthRetried = !1) {
        let response;
        try {
          let requestHeaders = await this.getRequestHeaders();
          opts.headers = gaxios_1.Gaxios.mergeHeaders(opts.headers), this.addUserProjectAndAuthHeaders(opts.headers, requestHeaders), response = await this.transporter.request(opts);
        } catch (e) {
          let res = e.response;
          if (res) {
            let statusCode = res.status, isReadableStream = res.config.data instanceof stream.Readable;
            if (!reAuthRetried && (statusCode === 401 || statusCode === 403) && !isReadableStream && this.forceRefreshOnFailure)
              return await this.refreshAccessTokenAsync(), await this.requestAsync(opts, !0);
          }
          throw e;
        }
        return response;
      }
      /**
       * Forces token refresh, even if unexpired tokens are currently cached.
       * GCP access tokens are retrieved from authclient object/source credential.
       * Then GCP access tokens are exchanged for downscoped access tokens via the
       * token exchange endpoint.
       * @return A promise that resolves with the fresh downscoped access token.
       */
      async refreshAccessTokenAsync() {
        let subjectToken = (await this.authClient.getAccessToken()).token, stsCredentialsOptions = {
          grantType: STS_GRANT_TYPE,
          requestedTokenType: STS_REQUEST_TOKEN_TYPE,
          subjectToken,
          subjectTokenType: STS_SUBJECT_TOKEN_TYPE
        }, stsResponse = await this.stsCredential.exchangeToken(stsCredentialsOptions, void 0, this.credentialAccessBoundary), sourceCredExpireDate = this.authClient.credentials?.expiry_date || null, expiryDate = stsResponse.expires_in ? (/* @__PURE__ */ new Date()).getTime() + stsResponse.expires_in * 1e3 : sourceCredExpireDate;
        return this.cachedDownscopedAccessToken = {
          access_token: stsResponse.access_token,
          expiry_date: expiryDate,
          res: stsResponse.res
        }, this.credentials = {}, Object.assign(this.credentials, this.cachedDownscopedAccessToken), delete this.credentials.res, this.emit("tokens", {
          refresh_token: null,
          expiry_date: this.cachedDownscopedAccessToken.expiry_date,
          access_token: this.cachedDownscopedAccessToken.access_token,
          token_type: "Bearer",
          id_token: null
        }), this.cachedDownscopedAccessToken;
      }
      /**
       * Returns whether the provided credentials are expired or not.
       * If there is no expiry time, assumes the token is not expired or expiring.
       * @param downscopedAccessToken The credentials to check for expiration.
       * @return Whether the credentials are expired or not.
       */
      isExpired(downscopedAccessToken) {
        let now = (/* @__PURE__ */ new Date()).getTime();
        return downscopedAccessToken.expiry_date ? now >= downscopedAccessToken.expiry_date - this.eagerRefreshThresholdMillis : !1;
      }
    };
    exports.DownscopedClient = DownscopedClient;
  }
});

// node_modules/google-auth-library/build/src/auth/passthrough.js
var require_passthrough = __commonJS({
  "node_modules/google-auth-library/build/src/auth/passthrough.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.PassThroughClient = void 0;
    var authclient_1 = require_authclient(), PassThroughClient = class extends authclient_1.AuthClient {
      /**
       * Creates a request without any authentication headers or checks.
       *
       * @remarks
       *
       * In testing environments it may be useful to change the provided
       * {@link AuthClient.transporter} for any desired request overrides/handling.
       *
       * @param opts
       * @returns The response of the request.
       */
      async request(opts) {
        return this.transporter.request(opts);
      }
      /**
       * A required method of the base class.
       * Always will return an empty object.
       *
       * @returns {}
       */
      async getAccessToken() {
        return {};
      }
      /**
       * A required method of the base class.
       * Always will return an empty object.
       *
       * @returns {}
       */
      async getRequestHeaders() {
        return new Headers();
      }
    };
    exports.PassThroughClient = PassThroughClient;
  }
});

// node_modules/google-auth-library/build/src/index.js
var require_src4 = __commonJS({
  "node_modules/google-auth-library/build/src/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.GoogleAuth = exports.auth = exports.GDCH_SERVICE_ACCOUNT_TYPE = exports.GdchClient = exports.PassThroughClient = exports.ExternalAccountAuthorizedUserClient = exports.EXTERNAL_ACCOUNT_AUTHORIZED_USER_TYPE = exports.ExecutableError = exports.PluggableAuthClient = exports.DownscopedClient = exports.BaseExternalAccountClient = exports.ExternalAccountClient = exports.IdentityPoolClient = exports.AwsRequestSigner = exports.AwsClient = exports.UserRefreshClient = exports.LoginTicket = exports.ClientAuthentication = exports.OAuth2Client = exports.CodeChallengeMethod = exports.Impersonated = exports.JWT = exports.JWTAccess = exports.IdTokenClient = exports.IAMAuth = exports.GCPEnv = exports.Compute = exports.DEFAULT_UNIVERSE = exports.AuthClient = exports.gaxios = exports.gcpMetadata = void 0;
    var googleauth_1 = require_googleauth();
    Object.defineProperty(exports, "GoogleAuth", { enumerable: !0, get: function() {
      return googleauth_1.GoogleAuth;
    } });
    exports.gcpMetadata = require_src3();
    exports.gaxios = require_src();
    var authclient_1 = require_authclient();
    Object.defineProperty(exports, "AuthClient", { enumerable: !0, get: function() {
      return authclient_1.AuthClient;
    } });
    Object.defineProperty(exports, "DEFAULT_UNIVERSE", { enumerable: !0, get: function() {
      return authclient_1.DEFAULT_UNIVERSE;
    } });
    var computeclient_1 = require_computeclient();
    Object.defineProperty(exports, "Compute", { enumerable: !0, get: function() {
      return computeclient_1.Compute;
    } });
    var envDetect_1 = require_envDetect();
    Object.defineProperty(exports, "GCPEnv", { enumerable: !0, get: function() {
      return envDetect_1.GCPEnv;
    } });
    var iam_1 = require_iam();
    Object.defineProperty(exports, "IAMAuth", { enumerable: !0, get: function() {
      return iam_1.IAMAuth;
    } });
    var idtokenclient_1 = require_idtokenclient();
    Object.defineProperty(exports, "IdTokenClient", { enumerable: !0, get: function() {
      return idtokenclient_1.IdTokenClient;
    } });
    var jwtaccess_1 = require_jwtaccess();
    Object.defineProperty(exports, "JWTAccess", { enumerable: !0, get: function() {
      return jwtaccess_1.JWTAccess;
    } });
    var jwtclient_1 = require_jwtclient();
    Object.defineProperty(exports, "JWT", { enumerable: !0, get: function() {
      return jwtclient_1.JWT;
    } });
    var impersonated_1 = require_impersonated();
    Object.defineProperty(exports, "Impersonated", { enumerable: !0, get: function() {
      return impersonated_1.Impersonated;
    } });
    var oauth2client_1 = require_oauth2client();
    Object.defineProperty(exports, "CodeChallengeMethod", { enumerable: !0, get: function() {
      return oauth2client_1.CodeChallengeMethod;
    } });
    Object.defineProperty(exports, "OAuth2Client", { enumerable: !0, get: function() {
      return oauth2client_1.OAuth2Client;
    } });
    Object.defineProperty(exports, "ClientAuthentication", { enumerable: !0, get: function() {
      return oauth2client_1.ClientAuthentication;
    } });
    var loginticket_1 = require_loginticket();
    Object.defineProperty(exports, "LoginTicket", { enumerable: !0, get: function() {
      return loginticket_1.LoginTicket;
    } });
    var refreshclient_1 = require_refreshclient();
    Object.defineProperty(exports, "UserRefreshClient", { enumerable: !0, get: function() {
      return refreshclient_1.UserRefreshClient;
    } });
    var awsclient_1 = require_awsclient();
    Object.defineProperty(exports, "AwsClient", { enumerable: !0, get: function() {
      return awsclient_1.AwsClient;
    } });
    var awsrequestsigner_1 = require_awsrequestsigner();
    Object.defineProperty(exports, "AwsRequestSigner", { enumerable: !0, get: function() {
      return awsrequestsigner_1.AwsRequestSigner;
    } });
    var identitypoolclient_1 = require_identitypoolclient();
    Object.defineProperty(exports, "IdentityPoolClient", { enumerable: !0, get: function() {
      return identitypoolclient_1.IdentityPoolClient;
    } });
    var externalclient_1 = require_externalclient();
    Object.defineProperty(exports, "ExternalAccountClient", { enumerable: !0, get: function() {
      return externalclient_1.ExternalAccountClient;
    } });
    var baseexternalclient_1 = require_baseexternalclient();
    Object.defineProperty(exports, "BaseExternalAccountClient", { enumerable: !0, get: function() {
      return baseexternalclient_1.BaseExternalAccountClient;
    } });
    var downscopedclient_1 = require_downscopedclient();
    Object.defineProperty(exports, "DownscopedClient", { enumerable: !0, get: function() {
      return downscopedclient_1.DownscopedClient;
    } });
    var pluggable_auth_client_1 = require_pluggable_auth_client();
    Object.defineProperty(exports, "PluggableAuthClient", { enumerable: !0, get: function() {
      return pluggable_auth_client_1.PluggableAuthClient;
    } });
    Object.defineProperty(exports, "ExecutableError", { enumerable: !0, get: function() {
      return pluggable_auth_client_1.ExecutableError;
    } });
    var externalAccountAuthorizedUserClient_1 = require_externalAccountAuthorizedUserClient();
    Object.defineProperty(exports, "EXTERNAL_ACCOUNT_AUTHORIZED_USER_TYPE", { enumerable: !0, get: function() {
      return externalAccountAuthorizedUserClient_1.EXTERNAL_ACCOUNT_AUTHORIZED_USER_TYPE;
    } });
    Object.defineProperty(exports, "ExternalAccountAuthorizedUserClient", { enumerable: !0, get: function() {
      return externalAccountAuthorizedUserClient_1.ExternalAccountAuthorizedUserClient;
    } });
    var passthrough_1 = require_passthrough();
    Object.defineProperty(exports, "PassThroughClient", { enumerable: !0, get: function() {
      return passthrough_1.PassThroughClient;
    } });
    var gdchclient_1 = require_gdchclient();
    Object.defineProperty(exports, "GdchClient", { enumerable: !0, get: function() {
      return gdchclient_1.GdchClient;
    } });
    Object.defineProperty(exports, "GDCH_SERVICE_ACCOUNT_TYPE", { enumerable: !0, get: function() {
      return gdchclient_1.GDCH_SERVICE_ACCOUNT_TYPE;
    } });
    __exportStar(require_googleToken(), exports);
    var auth = new googleauth_1.GoogleAuth();
    exports.auth = auth;
  }
});

export {
  require_src,
  require_src2,
  require_src4 as require_src3
};
