import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_src,
  require_src3 as require_src2
} from "./chunk-CZL3FPTV.js";
import {
  GOOGLE_ERRORS
} from "./chunk-655BO343.js";
import {
  require_extend
} from "./chunk-3722WUKF.js";
import {
  MAX_PAGES,
  cloudCall,
  idleLimitMs
} from "./chunk-XANLEI2V.js";
import "./chunk-YOQLGPVA.js";
import "./chunk-WKOUA7B3.js";
import "./chunk-MGNG25PH.js";
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
import "./chunk-ET3XIBHL.js";
import "./chunk-CKBTBYET.js";
import "./chunk-BDZWO5TC.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-ZC7J5IS5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-KBV2H3VL.js";

// node_modules/googleapis-common/build/src/apiIndex.js
var require_apiIndex = __commonJS({
  "node_modules/googleapis-common/build/src/apiIndex.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getAPI = getAPI;
    function getAPI(api, options, versions, context) {
      let version;
      if (typeof options == "string")
        version = options, options = {};
      else if (typeof options == "object")
        version = options.version, delete options.version;
      else
        throw new Error("Argument error: Accepts only string or object");
      try {
        let ctr = versions[version], ep = new ctr(options, context);
        return Object.freeze(ep);
      } catch (e) {
        throw new Error(`Unable to load endpoint ${api}("${version}"): ${e.message}`);
      }
    }
  }
});

// node_modules/es-errors/type.js
var require_type = __commonJS({
  "node_modules/es-errors/type.js"(exports, module) {
    "use strict";
    module.exports = TypeError;
  }
});

// node_modules/object-inspect/util.inspect.js
var require_util_inspect = __commonJS({
  "node_modules/object-inspect/util.inspect.js"(exports, module) {
    module.exports = __require("util").inspect;
  }
});

// node_modules/object-inspect/stringWidthRanges.js
var require_stringWidthRanges = __commonJS({
  "node_modules/object-inspect/stringWidthRanges.js"(exports, module) {
    var $join = Array.prototype.join;
    module.exports = $join.call([
      "00.v,02n.w,0gw.33,07n.6,07b.18,01.0,01.1,01.1,01.0,01k.5,0a.a,01.0,01a.k,0g.0,02t.7,01.5,02.1,01.3,",
      "0x.0,01.0,0u.q,02j.a,01m.8,09.0,0o.3,01.8,01.2,01.4,017.2,01g.1,05.8,016.1k,01j.0,01.0,04.7,04.0,",
      "03.6,0a.1,0t.0,01m.0,04.3,08.0,0k.1,0q.0,02.1,01l.0,04.1,04.1,02.2,03.0,0u.1,03.0,0b.1,01l.0,04.4,",
      "01.1,04.0,0k.1,0m.5,01.0,01m.0,02.0,01.3,08.0,07.1,0b.1,0u.0,01p.0,0c.0,01e.0,03.0,01j.0,01.2,05.2,",
      "01.3,07.1,0b.1,0t.0,01m.0,02.0,06.0,05.1,0k.1,0s.1,01l.1,04.3,08.0,0k.1,0t.0,020.0,07.2,01.0,02i.0,",
      "02.6,0c.7,02q.0,02.8,0b.6,021.1,0r.0,01.0,01.0,01j.d,01.4,01.1,05.a,01.z,09.0,02u.3,01.5,01.1,02.1,",
      "0p.1,04.2,0g.3,0d.0,02.1,06.0,0f.0,22q.2n,0e5.2,0qa.2,0t.1,0u.1,0u.1,01s.1,01.6,08.0,02.a,09.0,",
      "019.4,039.1,0y.0,03a.2,04.1,09.0,06.2,063.1,02.0,01m.0,01.6,01.0,01.0,02.7,06.9,02.0,01c.19,02.b,",
      "0k.3,01c.0,01.4,01.0,05.0,014.8,0c.1,0w.3,02.1,01.2,01k.0,01.1,03.0,01.2,01m.7,02.1,048.2,01.c,01.6,",
      "04.0,06.0,03.1,05i.1r,0ej.4,0q.4,01d.4,01.9,02o.w,2fd.1,2d.1,25a.3,23.0,22.0,2eh.1,2l.1,2q.7,2g.b,",
      "217.0,2a.5,23.0,2d.0,28.1,2h.1,25.1,28.0,25.0,2l.0,27.1,21.0,24.0,22.0,27.0,24.1,2s.0,2z.0,21.0,",
      "24.2,21.0,21p.2,2o.0,2e.0,2nv.1,21f.0,24.0,0bd.2,03x.0,02o.v,23k.p,21.2g,2c.5x,2q.26,22.2d,22.2u,",
      "25.16,21.2l,21.2d,29.1b,21.13,28.mkc,23.1i,0bs.3,01.9,0w.1,028.1,07k.0,03.0,04.0,0p.1,05.0,047.1,",
      "0q.h,0d.0,012.7,0p.a,2e.s,03.2,01c.0,02.3,02.1,013.0,01v.5,02.1,02.1,0c.0,08.0,01b.0,01f.0,01.2,",
      "02.1,05.1,01.0,016.1,08.0,06m.0,02.0,04.0,2i.8mb,26l8.e7,0u.0,0kh.f,20.9,06.f,20.y,21.i,21.3,043.0,",
      "21.2n,23j.6,0i.2,0e9.0,06a.0,045.4,01ae.2,01.1,05.3,014.2,04.0,04l.1,0fx.3,01t.4,08t.1,025.5,01y.a,",
      "01d.3,03f.0,01i.e,015.0,02.1,0a.2,01d.3,02.1,02.0,04.0,0a.0,01e.2,010.4,01.7,01q.0,0c.1,01g.8,0a.3,",
      "02.0,02n.2,02.0,01.1,06.0,02.0,04d.0,03.7,0l.1,01l.1,03.0,011.6,03.4,01y.5,0d.0,01.0,01.0,0e.1,",
      "02d.7,02.2,01.0,0n.0,02c.5,01.0,04.1,01.1,06m.3,06.1,01.1,0r.1,02d.7,02.0,01.1,02y.0,01.0,02.5,01.0,",
      "02t.0,01.0,02.3,01.4,077.8,01.1,074.1,01.0,04.0,040.3,02.1,04.0,0w.9,014.5,02.3,08.0,09.5,02.2,",
      "01a.c,01.1,05i.0,01.2,01.0,05l.6,01.5,01.0,02a.l,02.6,01.1,01.1,03e.5,03.0,01.1,01.6,01.0,020.1,",
      "03.0,01.0,09n.1,0b.1,01g.4,05.0,01.0,0n.0,0445.g,06.e,08ug.b,03.2,01xc.4,01n.6,0t4.0,01r.3,225.4,",
      "2b.6,29.5p1,215.v,22p.36,26pp.3,21.6,21.1,21.82,2f.0,2t.2,22.0,2e.3,28.az,01wh.1,01.3,03mk.19,02.m,",
      "2ev.1,30.4,02.2,09.f,02.6,0u.3,2d.1,30.3,03l.2,257.2e,29.m,01ah.1i,04.1d,08.0,0e.0,0m.4,01.e,011s.6,",
      "01.g,02.6,01.1,01.4,02s.0,04g.6,0af.0,01p.3,0e4.3,072.1,06r.0,02.0,07.1,05.0,0d6.6,031.6,21bt.0,",
      "25m.0,25a.0,22.9,223.s,2d.17,24.8,27.1,2e.5,24a.w,2c.8,21.1x,21.l,2c.16,24.4,2c.g,23.0,23.1y,21.0,",
      "21.56,22.1q,2d.3,21.n,2i.0,2q.1,2d.0,22e.2c,21c.1x,26.0,23.2,22.3,23.3,2b.1,27.8,26b.b,24.0,27v.1a,",
      "21.9,21.54,234.c,23.a,23.1k,21.0,24.f,22.b,24.9,2zr.1ekd,22.1ekd,0e1oj.0,0u.2n,03k.6n"
    ], "");
  }
});

// node_modules/object-inspect/stringWidth.js
var require_stringWidth = __commonJS({
  "node_modules/object-inspect/stringWidth.js"(exports, module) {
    var $charCodeAt = String.prototype.charCodeAt, $indexOf = String.prototype.indexOf, $normalize = String.prototype.normalize, $slice = String.prototype.slice, $split = String.prototype.split, $floor = Math.floor, $parseInt = parseInt, ranges = require_stringWidthRanges(), starts = [], ends = [], widths = [], tokens = $split.call(ranges, ","), previousEnd = -1;
    for (t = 0; t < tokens.length; t++)
      dot = $indexOf.call(tokens[t], "."), starts[t] = previousEnd + 1 + $parseInt($slice.call(tokens[t], 1, dot), 36), previousEnd = starts[t] + $parseInt($slice.call(tokens[t], dot + 1), 36), ends[t] = previousEnd, widths[t] = Number($slice.call(tokens[t], 0, 1));
    var dot, t;
    function codePointWidth(code) {
      for (var low = 0, high = starts.length - 1; low <= high; ) {
        var mid = $floor((low + high) / 2);
        if (code < starts[mid])
          high = mid - 1;
        else if (code > ends[mid])
          low = mid + 1;
        else
          return widths[mid];
      }
      return 1;
    }
    function unicodeWidth(str) {
      for (var width = 0, i = 0; i < str.length; i++) {
        var code = $charCodeAt.call(str, i);
        if (code >= 55296 && code <= 56319 && i + 1 < str.length) {
          var next = $charCodeAt.call(str, i + 1);
          next >= 56320 && next <= 57343 && (code = (code - 55296) * 1024 + (next - 56320) + 65536, i += 1);
        }
        width += codePointWidth(code);
      }
      return width;
    }
    module.exports = function(str) {
      for (var width = 0, i = 0; i < str.length; i++) {
        var code = $charCodeAt.call(str, i);
        if (code >= 127) {
          var rest = $slice.call(str, i);
          return width + unicodeWidth($normalize ? $normalize.call(rest, "NFC") : rest);
        }
        width += code >= 32 ? 1 : 0;
      }
      return width;
    };
  }
});

// node_modules/object-inspect/index.js
var require_object_inspect = __commonJS({
  "node_modules/object-inspect/index.js"(exports, module) {
    var hasMap = typeof Map == "function" && Map.prototype, mapSizeDescriptor = Object.getOwnPropertyDescriptor && hasMap ? Object.getOwnPropertyDescriptor(Map.prototype, "size") : null, mapSize = hasMap && mapSizeDescriptor && typeof mapSizeDescriptor.get == "function" ? mapSizeDescriptor.get : null, mapForEach = hasMap && Map.prototype.forEach, mapEntries = hasMap && Map.prototype.entries, hasSet = typeof Set == "function" && Set.prototype, setSizeDescriptor = Object.getOwnPropertyDescriptor && hasSet ? Object.getOwnPropertyDescriptor(Set.prototype, "size") : null, setSize = hasSet && setSizeDescriptor && typeof setSizeDescriptor.get == "function" ? setSizeDescriptor.get : null, setForEach = hasSet && Set.prototype.forEach, setValues = hasSet && Set.prototype.values, hasWeakMap = typeof WeakMap == "function" && WeakMap.prototype, weakMapHas = hasWeakMap ? WeakMap.prototype.has : null, hasWeakSet = typeof WeakSet == "function" && WeakSet.prototype, weakSetHas = hasWeakSet ? WeakSet.prototype.has : null, hasWeakRef = typeof WeakRef == "function" && WeakRef.prototype, weakRefDeref = hasWeakRef ? WeakRef.prototype.deref : null, booleanValueOf = Boolean.prototype.valueOf, objectToString = Object.prototype.toString, functionToString = Function.prototype.toString, $match = String.prototype.match, $slice = String.prototype.slice, $replace = String.prototype.replace, $toUpperCase = String.prototype.toUpperCase, $toLowerCase = String.prototype.toLowerCase, $test = RegExp.prototype.test, $concat = Array.prototype.concat, $join = Array.prototype.join, $arrSlice = Array.prototype.slice, $floor = Math.floor, $max = Math.max, $min = Math.min, $round = Math.round, $sqrt = Math.sqrt, bigIntValueOf = typeof BigInt == "function" ? BigInt.prototype.valueOf : null, gOPS = Object.getOwnPropertySymbols, symToString = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? Symbol.prototype.toString : null, hasShammedSymbols = typeof Symbol == "function" && typeof Symbol.iterator == "object", toStringTag = typeof Symbol == "function" && Symbol.toStringTag && (hasShammedSymbols ? typeof Symbol.toStringTag == "object" : typeof Symbol.toStringTag == "symbol") ? Symbol.toStringTag : null, isEnumerable = Object.prototype.propertyIsEnumerable, gPO = (typeof Reflect == "function" ? Reflect.getPrototypeOf : Object.getPrototypeOf) || ([].__proto__ === Array.prototype ? function(O) {
      return O.__proto__;
    } : null), mapIteratorNext = mapEntries && gPO ? gPO(mapEntries.call(/* @__PURE__ */ new Map())).next : null, setIteratorNext = setValues && gPO ? gPO(setValues.call(/* @__PURE__ */ new Set())).next : null, typedArrayProto = typeof Uint8Array == "function" && gPO ? gPO(Uint8Array.prototype) : null, typedArrayTag = typedArrayProto && toStringTag ? getterOf(typedArrayProto, toStringTag) : null, typedArrayLength = typedArrayProto ? getterOf(typedArrayProto, "length") : null, typedArrayToString = /^\[object (?:Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float16|Float32|Float64|BigInt64|BigUint64)Array\]$/, typedArrayLengths = { __proto__: null };
    if (!typedArrayLength)
      for (TypedArrays = [
        typeof Int8Array == "function" && Int8Array,
        typeof Uint8Array == "function" && Uint8Array,
        typeof Uint8ClampedArray == "function" && Uint8ClampedArray,
        typeof Int16Array == "function" && Int16Array,
        typeof Uint16Array == "function" && Uint16Array,
        typeof Int32Array == "function" && Int32Array,
        typeof Uint32Array == "function" && Uint32Array,
        typeof Float32Array == "function" && Float32Array,
        typeof Float64Array == "function" && Float64Array
      ], ta = 0; ta < TypedArrays.length; ta++)
        TypedArray = TypedArrays[ta], lengthGetter = TypedArray && getterOf(TypedArray.prototype, "length"), lengthGetter && (typedArrayLengths[toStr(new TypedArray(0))] = lengthGetter);
    var TypedArrays, TypedArray, lengthGetter, ta;
    function addNumericSeparator(num, str) {
      if (num === 1 / 0 || num === -1 / 0 || num !== num || num && num > -1e3 && num < 1e3 || $test.call(/e/, str))
        return str;
      var sepRegex = /[0-9](?=(?:[0-9]{3})+(?![0-9]))/g;
      if (typeof num == "number") {
        var int = num < 0 ? -$floor(-num) : $floor(num);
        if (int !== num) {
          var intStr = String(int), dec = $slice.call(str, intStr.length + 1);
          return $replace.call(intStr, sepRegex, "$&_") + "." + $replace.call($replace.call(dec, /([0-9]{3})/g, "$&_"), /_$/, "");
        }
      }
      return $replace.call(str, sepRegex, "$&_");
    }
    var utilInspect = require_util_inspect(), getStringWidth = require_stringWidth(), inspectCustom = utilInspect.custom, inspectSymbol = isSymbol(inspectCustom) ? inspectCustom : null, quotes = {
      __proto__: null,
      double: '"',
      single: "'"
    }, quoteREs = {
      __proto__: null,
      double: /(["\\])/g,
      single: /(['\\])/g
    };
    module.exports = function inspect_(obj, options, depth, seen, breakState) {
      var opts = options || {};
      if (has(opts, "quoteStyle") && !has(quotes, opts.quoteStyle))
        throw new TypeError('option "quoteStyle" must be "single" or "double"');
      if (has(opts, "maxStringLength") && (typeof opts.maxStringLength == "number" ? opts.maxStringLength < 0 && opts.maxStringLength !== 1 / 0 : opts.maxStringLength !== null))
        throw new TypeError('option "maxStringLength", if provided, must be a non-negative integer, Infinity, or `null`');
      if (has(opts, "maxCollectionLength") && opts.maxCollectionLength !== null && opts.maxCollectionLength !== 1 / 0 && !(typeof opts.maxCollectionLength == "number" && opts.maxCollectionLength >= 0 && $floor(opts.maxCollectionLength) === opts.maxCollectionLength))
        throw new TypeError('option "maxCollectionLength", if provided, must be a non-negative integer, Infinity, or `null`');
      var maxCollectionLength = typeof opts.maxCollectionLength == "number" ? opts.maxCollectionLength : 1 / 0, customInspect = has(opts, "customInspect") ? opts.customInspect : !0;
      if (typeof customInspect != "boolean" && customInspect !== "symbol")
        throw new TypeError("option \"customInspect\", if provided, must be `true`, `false`, or `'symbol'`");
      if (has(opts, "indent") && opts.indent !== null && opts.indent !== "	" && !(parseInt(opts.indent, 10) === opts.indent && opts.indent > 0))
        throw new TypeError('option "indent" must be "\\t", an integer > 0, or `null`');
      if (has(opts, "numericSeparator") && typeof opts.numericSeparator != "boolean")
        throw new TypeError('option "numericSeparator", if provided, must be `true` or `false`');
      var numericSeparator = opts.numericSeparator;
      if (has(opts, "multilineStrings") && typeof opts.multilineStrings != "boolean")
        throw new TypeError('option "multilineStrings", if provided, must be `true` or `false`');
      var hasBreakLength = has(opts, "breakLength");
      if (hasBreakLength && opts.breakLength !== 1 / 0 && (typeof opts.breakLength != "number" || opts.breakLength < 0 || parseInt(opts.breakLength, 10) !== opts.breakLength))
        throw new TypeError('option "breakLength", if provided, must be a non-negative integer or `Infinity`');
      if (typeof obj > "u")
        return "undefined";
      if (obj === null)
        return "null";
      if (typeof obj == "boolean")
        return obj ? "true" : "false";
      if (typeof obj == "string")
        return inspectString(obj, opts);
      if (typeof obj == "number") {
        if (obj === 0)
          return 1 / 0 / obj > 0 ? "0" : "-0";
        var str = String(obj);
        return numericSeparator ? addNumericSeparator(obj, str) : str;
      }
      if (typeof obj == "bigint") {
        var bigIntStr = String(obj) + "n";
        return numericSeparator ? addNumericSeparator(obj, bigIntStr) : bigIntStr;
      }
      var maxDepth = typeof opts.depth > "u" ? 5 : opts.depth;
      if (typeof depth > "u" && (depth = 0), depth >= maxDepth && maxDepth > 0 && typeof obj == "object")
        return isArray(obj) ? "[Array]" : "[Object]";
      var indent = getIndent(hasBreakLength && (typeof opts.indent > "u" || opts.indent === null) ? { indent: 2 } : opts, depth), layout = hasBreakLength ? {
        breakLength: opts.breakLength,
        depth,
        indent,
        maxCollectionLength,
        state: breakState || { currentDepth: depth }
      } : null;
      if (typeof seen > "u")
        seen = [];
      else if (indexOf(seen, obj) >= 0)
        return "[Circular]";
      function inspect(value, from, noIndent) {
        var nextSeen = seen;
        if (from && (nextSeen = $arrSlice.call(seen), nextSeen.push(from)), noIndent && !layout) {
          var newOpts = {
            depth: opts.depth
          };
          return has(opts, "quoteStyle") && (newOpts.quoteStyle = opts.quoteStyle), has(opts, "maxCollectionLength") && (newOpts.maxCollectionLength = opts.maxCollectionLength), inspect_(value, newOpts, depth + 1, nextSeen);
        }
        return inspect_(value, opts, depth + 1, nextSeen, layout ? layout.state : breakState);
      }
      function enter() {
        if (layout) {
          var previousDepth = layout.state.currentDepth;
          return layout.state.currentDepth = depth, previousDepth;
        }
        return null;
      }
      function leaveIfEmpty(entries, previousDepth) {
        layout && entries.length === 0 && (layout.state.currentDepth = previousDepth);
      }
      if (typeof obj == "function" && !isRegExp(obj)) {
        var name = nameOf(obj), fnDepth = enter(), keys = arrObjKeys(obj, inspect);
        return leaveIfEmpty(keys, fnDepth), layout && keys.length > 0 ? breakLines(keys, bracesOf("{", "}", "[Function" + (name ? ": " + name : " (anonymous)") + "]", " "), layout) : "[Function" + (name ? ": " + name : " (anonymous)") + "]" + (keys.length > 0 ? " { " + $join.call(keys, ", ") + " }" : "");
      }
      if (isSymbol(obj)) {
        var symString = hasShammedSymbols ? $replace.call(String(obj), /^(Symbol\(.*\))_[^)]*$/, "$1") : symToString.call(obj);
        return typeof obj == "object" && !hasShammedSymbols ? markBoxed(symString) : symString;
      }
      if (isElement(obj)) {
        for (var s = "<" + $toLowerCase.call(String(obj.nodeName)), attrs = obj.attributes || [], i = 0; i < attrs.length; i++)
          s += " " + attrs[i].name + "=" + wrapQuotes(quote(attrs[i].value), "double", opts);
        return s += ">", obj.childNodes && obj.childNodes.length && (s += "..."), s += "</" + $toLowerCase.call(String(obj.nodeName)) + ">", s;
      }
      if (isArray(obj)) {
        if (obj.length === 0)
          return "[]";
        enter();
        var xs = arrObjKeys(obj, inspect, maxCollectionLength);
        return layout ? breakLines(xs, bracesOf("[", "]", "", " "), layout, obj) : indent && !singleLineValues(xs) ? "[" + indentedJoin(xs, indent) + "]" : "[ " + $join.call(xs, ", ") + " ]";
      }
      if (isError(obj)) {
        var errorDepth = enter(), parts = arrObjKeys(obj, inspect);
        return !("cause" in Error.prototype) && "cause" in obj && !isEnumerable.call(obj, "cause") && (parts = $concat.call(["[cause]: " + inspect(obj.cause)], parts)), leaveIfEmpty(parts, errorDepth), parts.length === 0 ? "[" + String(obj) + "]" : layout ? breakLines(parts, bracesOf("{ [" + String(obj) + "]", "}", "", " "), layout) : "{ [" + String(obj) + "] " + $join.call(parts, ", ") + " }";
      }
      if (typeof obj == "object" && customInspect) {
        if (inspectSymbol && typeof obj[inspectSymbol] == "function" && utilInspect)
          return utilInspect(obj, { depth: maxDepth - depth });
        if (customInspect !== "symbol" && typeof obj.inspect == "function")
          return obj.inspect();
      }
      if (isMap(obj)) {
        var mapParts = [], mapDepth = enter();
        if (mapIteratorNext && maxCollectionLength < mapSize.call(obj))
          for (var mapIterator = mapEntries.call(obj), mapStep; mapParts.length < maxCollectionLength && !(mapStep = mapIteratorNext.call(mapIterator)).done; )
            mapParts.push(inspect(mapStep.value[0], obj, !0) + " => " + inspect(mapStep.value[1], obj));
        else mapForEach && mapForEach.call(obj, function(value, key) {
          mapParts.length < maxCollectionLength && mapParts.push(inspect(key, obj, !0) + " => " + inspect(value, obj));
        });
        var mapLength = mapSize.call(obj);
        return maxCollectionLength !== 1 / 0 && mapLength > mapParts.length && mapParts.push(moreItems(mapLength - mapParts.length)), leaveIfEmpty(mapParts, mapDepth), layout ? breakLines(mapParts, bracesOf("Map (" + mapLength + ") {", "}", "", ""), layout) : collectionOf("Map", mapLength, mapParts, indent);
      }
      if (isSet(obj)) {
        var setParts = [], setDepth = enter();
        if (setIteratorNext && maxCollectionLength < setSize.call(obj))
          for (var setIterator = setValues.call(obj), setStep; setParts.length < maxCollectionLength && !(setStep = setIteratorNext.call(setIterator)).done; )
            setParts.push(inspect(setStep.value, obj));
        else setForEach && setForEach.call(obj, function(value) {
          setParts.length < maxCollectionLength && setParts.push(inspect(value, obj));
        });
        var setLength = setSize.call(obj);
        return maxCollectionLength !== 1 / 0 && setLength > setParts.length && setParts.push(moreItems(setLength - setParts.length)), leaveIfEmpty(setParts, setDepth), layout ? breakLines(setParts, bracesOf("Set (" + setLength + ") {", "}", "", ""), layout) : collectionOf("Set", setLength, setParts, indent);
      }
      if (isWeakMap(obj))
        return weakCollectionOf("WeakMap");
      if (isWeakSet(obj))
        return weakCollectionOf("WeakSet");
      if (isWeakRef(obj))
        return weakCollectionOf("WeakRef");
      if (isNumber(obj))
        return markBoxed(inspect(Number(obj)));
      if (isBigInt(obj))
        return markBoxed(inspect(bigIntValueOf.call(obj)));
      if (isBoolean(obj))
        return markBoxed(booleanValueOf.call(obj));
      if (isString(obj))
        return markBoxed(inspect(String(obj)));
      if (typeof window < "u" && obj === window)
        return "{ [object Window] }";
      if (typeof globalThis < "u" && obj === globalThis || typeof global < "u" && obj === global)
        return "{ [object globalThis] }";
      if (!isDate(obj) && !isRegExp(obj)) {
        var objectDepth = enter(), ys = arrObjKeys(obj, inspect, maxCollectionLength);
        leaveIfEmpty(ys, objectDepth);
        var isPlainObject = gPO ? gPO(obj) === Object.prototype : obj instanceof Object || obj.constructor === Object, protoTag = (gPO ? gPO(obj) === null : !(obj instanceof Object)) ? "null prototype" : "", stringTag = !isPlainObject && toStringTag && Object(obj) === obj && toStringTag in obj ? $slice.call(toStr(obj), 8, -1) : protoTag ? "Object" : "", constructorTag = isPlainObject || typeof obj.constructor != "function" ? "" : obj.constructor.name ? obj.constructor.name + " " : "", tag = constructorTag + (stringTag || protoTag ? "[" + $join.call($concat.call([], stringTag || [], protoTag || []), ": ") + "] " : "");
        return ys.length === 0 ? tag + "{}" : layout ? breakLines(ys, bracesOf(tag + "{", "}", "", " "), layout) : indent ? tag + "{" + indentedJoin(ys, indent) + "}" : tag + "{ " + $join.call(ys, ", ") + " }";
      }
      return String(obj);
    };
    function wrapQuotes(s, defaultStyle, opts) {
      var style = opts.quoteStyle || defaultStyle, quoteChar = quotes[style];
      return quoteChar + s + quoteChar;
    }
    function quote(s) {
      return $replace.call(String(s), /"/g, "&quot;");
    }
    function canTrustToString(obj) {
      return !toStringTag || !(typeof obj == "object" && (toStringTag in obj || typeof obj[toStringTag] < "u"));
    }
    function isArray(obj) {
      return toStr(obj) === "[object Array]" && canTrustToString(obj);
    }
    function isDate(obj) {
      return toStr(obj) === "[object Date]" && canTrustToString(obj);
    }
    function isRegExp(obj) {
      return toStr(obj) === "[object RegExp]" && canTrustToString(obj);
    }
    function isError(obj) {
      return toStr(obj) === "[object Error]" && canTrustToString(obj);
    }
    function isString(obj) {
      return toStr(obj) === "[object String]" && canTrustToString(obj);
    }
    function isNumber(obj) {
      return toStr(obj) === "[object Number]" && canTrustToString(obj);
    }
    function isBoolean(obj) {
      return toStr(obj) === "[object Boolean]" && canTrustToString(obj);
    }
    function isSymbol(obj) {
      if (hasShammedSymbols)
        return obj && typeof obj == "object" && obj instanceof Symbol;
      if (typeof obj == "symbol")
        return !0;
      if (!obj || typeof obj != "object" || !symToString)
        return !1;
      try {
        return symToString.call(obj), !0;
      } catch {
      }
      return !1;
    }
    function isBigInt(obj) {
      if (!obj || typeof obj != "object" || !bigIntValueOf)
        return !1;
      try {
        return bigIntValueOf.call(obj), !0;
      } catch {
      }
      return !1;
    }
    var hasOwn = Object.prototype.hasOwnProperty || function(key) {
      return key in this;
    };
    function has(obj, key) {
      return hasOwn.call(obj, key);
    }
    function toStr(obj) {
      return objectToString.call(obj);
    }
    function isTypedArray(obj) {
      return typedArrayTag ? !!typedArrayTag.call(obj) : !toStringTag && $test.call(typedArrayToString, toStr(obj));
    }
    function getTypedArrayLength(obj) {
      if (typedArrayLength)
        return typedArrayLength.call(obj);
      var getter = typedArrayLengths[toStr(obj)];
      return getter ? getter.call(obj) : obj.length;
    }
    function getterOf(obj, key) {
      var descriptor = Object.getOwnPropertyDescriptor ? Object.getOwnPropertyDescriptor(obj, key) : null;
      return descriptor && typeof descriptor.get == "function" ? descriptor.get : null;
    }
    function moreItems(count) {
      return "... " + count + " more item" + (count > 1 ? "s" : "");
    }
    function nameOf(f) {
      if (f.name)
        return f.name;
      var m = $match.call(functionToString.call(f), /^function\s*([\w$]+)/);
      return m ? m[1] : null;
    }
    function indexOf(xs, x) {
      if (xs.indexOf)
        return xs.indexOf(x);
      for (var i = 0, l = xs.length; i < l; i++)
        if (xs[i] === x)
          return i;
      return -1;
    }
    function isMap(x) {
      if (!mapSize || !x || typeof x != "object")
        return !1;
      try {
        mapSize.call(x);
        try {
          setSize.call(x);
        } catch {
          return !0;
        }
        return x instanceof Map;
      } catch {
      }
      return !1;
    }
    function isWeakMap(x) {
      if (!weakMapHas || !x || typeof x != "object")
        return !1;
      try {
        weakMapHas.call(x, weakMapHas);
        try {
          weakSetHas.call(x, weakSetHas);
        } catch {
          return !0;
        }
        return x instanceof WeakMap;
      } catch {
      }
      return !1;
    }
    function isWeakRef(x) {
      if (!weakRefDeref || !x || typeof x != "object")
        return !1;
      try {
        return weakRefDeref.call(x), !0;
      } catch {
      }
      return !1;
    }
    function isSet(x) {
      if (!setSize || !x || typeof x != "object")
        return !1;
      try {
        setSize.call(x);
        try {
          mapSize.call(x);
        } catch {
          return !0;
        }
        return x instanceof Set;
      } catch {
      }
      return !1;
    }
    function isWeakSet(x) {
      if (!weakSetHas || !x || typeof x != "object")
        return !1;
      try {
        weakSetHas.call(x, weakSetHas);
        try {
          weakMapHas.call(x, weakMapHas);
        } catch {
          return !0;
        }
        return x instanceof WeakSet;
      } catch {
      }
      return !1;
    }
    function isElement(x) {
      return !x || typeof x != "object" ? !1 : typeof HTMLElement < "u" && x instanceof HTMLElement ? !0 : typeof x.nodeName == "string" && typeof x.getAttribute == "function";
    }
    function inspectString(str, opts) {
      if (str.length > opts.maxStringLength) {
        var remaining = str.length - opts.maxStringLength, trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
        return inspectString($slice.call(str, 0, opts.maxStringLength), opts) + trailer;
      }
      var quoteRE = quoteREs[opts.quoteStyle || "single"];
      quoteRE.lastIndex = 0;
      var s = $replace.call($replace.call(str, quoteRE, "\\$1"), opts.multilineStrings ? /[\x00-\x09\x0b-\x1f]/g : /[\x00-\x1f]/g, lowbyte);
      return wrapQuotes(s, "single", opts);
    }
    function lowbyte(c) {
      var n = c.charCodeAt(0), x = {
        8: "b",
        9: "t",
        10: "n",
        12: "f",
        13: "r"
      }[n];
      return x ? "\\" + x : "\\x" + (n < 16 ? "0" : "") + $toUpperCase.call(n.toString(16));
    }
    function markBoxed(str) {
      return "Object(" + str + ")";
    }
    function weakCollectionOf(type) {
      return type + " { ? }";
    }
    function collectionOf(type, size, entries, indent) {
      var joinedEntries = indent ? indentedJoin(entries, indent) : $join.call(entries, ", ");
      return type + " (" + size + ") {" + joinedEntries + "}";
    }
    function isBelowBreakLength(entries, start, breakLength) {
      if (breakLength === 1 / 0)
        return singleLineValues(entries);
      var totalLength = entries.length + start;
      if (totalLength + entries.length > breakLength)
        return !1;
      for (var i = 0; i < entries.length; i++)
        if (totalLength += entries[i].length, totalLength > breakLength)
          return !1;
      return !0;
    }
    function padTo(str, width, atStart) {
      var fill = width > str.length ? $join.call(Array(width - str.length + 1), " ") : "";
      return atStart ? fill + str : str + fill;
    }
    function groupArrayElements(entries, layout, value) {
      var separatorSpace = 2, totalLength = 0, maxLength = 0, outputLength = entries.length;
      layout.maxCollectionLength < entries.length && (outputLength -= 1);
      for (var dataLen = [], i = 0; i < outputLength; i++)
        dataLen[i] = getStringWidth(entries[i]), totalLength += dataLen[i] + separatorSpace, maxLength < dataLen[i] && (maxLength = dataLen[i]);
      var actualMax = maxLength + separatorSpace, indentationLvl = layout.indent.prev.length;
      if (actualMax * 3 + indentationLvl >= layout.breakLength || totalLength / actualMax <= 5 && maxLength > 6)
        return entries;
      var averageBias = $sqrt(actualMax - totalLength / entries.length), biasedMax = $max(actualMax - 3 - averageBias, 1), columns = $min(
        $round($sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        $floor((layout.breakLength - indentationLvl) / actualMax),
        12,
        // `compact` * 4
        15
      );
      if (columns <= 1)
        return entries;
      for (var maxLineLength = [], c = 0; c < columns; c++) {
        for (var lineMaxLength = 0, j = c; j < entries.length; j += columns)
          dataLen[j] > lineMaxLength && (lineMaxLength = dataLen[j]);
        maxLineLength[c] = lineMaxLength + separatorSpace;
      }
      for (var numeric = !0, k = 0; k < entries.length && numeric; k++)
        numeric = typeof value[k] == "number" || typeof value[k] == "bigint";
      for (var grouped = [], row = 0; row < outputLength; row += columns) {
        for (var max = $min(row + columns, outputLength), str = "", col = row; col < max - 1; col++)
          str += padTo(entries[col] + ", ", maxLineLength[col - row] + (entries[col].length - dataLen[col]), numeric);
        var lastPadding = maxLineLength[col - row] + (entries[col].length - dataLen[col]) - separatorSpace;
        str += numeric ? padTo(entries[col], lastPadding, !0) : entries[col], grouped.push(str);
      }
      return outputLength < entries.length && grouped.push(entries[outputLength]), grouped;
    }
    function bracesOf(opening, closing, base, padding) {
      return [
        opening,
        closing,
        base,
        padding
      ];
    }
    function breakLines(entries, braces, layout, arrayValue) {
      var output = arrayValue && entries.length > 6 ? groupArrayElements(entries, layout, arrayValue) : entries, base = braces[2] ? braces[2] + " " : "";
      if (layout.state.currentDepth - layout.depth < 3 && output.length === entries.length) {
        var start = output.length + layout.indent.prev.length + braces[0].length + braces[2].length + 10;
        if (isBelowBreakLength(output, start, layout.breakLength)) {
          var joined = $join.call(output, ", ");
          if (indexOf(joined, `
`) < 0)
            return base + braces[0] + braces[3] + joined + braces[3] + braces[1];
        }
      }
      return base + braces[0] + indentedJoin(output, layout.indent) + braces[1];
    }
    function singleLineValues(xs) {
      for (var i = 0; i < xs.length; i++)
        if (indexOf(xs[i], `
`) >= 0)
          return !1;
      return !0;
    }
    function getIndent(opts, depth) {
      var baseIndent;
      if (opts.indent === "	")
        baseIndent = "	";
      else if (typeof opts.indent == "number" && opts.indent > 0)
        baseIndent = $join.call(Array(opts.indent + 1), " ");
      else
        return null;
      return {
        base: baseIndent,
        prev: $join.call(Array(depth + 1), baseIndent)
      };
    }
    function indentedJoin(xs, indent) {
      if (xs.length === 0)
        return "";
      var lineJoiner = `
` + indent.prev + indent.base;
      return lineJoiner + $join.call(xs, "," + lineJoiner) + `
` + indent.prev;
    }
    function arrObjKeys(obj, inspect, maxLength) {
      var isArr = isArray(obj), limit = typeof maxLength == "number" ? maxLength : 1 / 0, typedLength = !isArr && limit !== 1 / 0 && isTypedArray(obj) ? getTypedArrayLength(obj) : null;
      (typeof typedLength != "number" || typedLength <= limit) && (typedLength = null);
      var xs = [];
      if (isArr) {
        xs.length = obj.length < limit ? obj.length : limit;
        for (var i = 0; i < obj.length && i < limit; i++)
          xs[i] = has(obj, i) ? inspect(obj[i], obj) : "";
        obj.length > limit && xs.push(moreItems(obj.length - limit));
      } else if (typedLength !== null) {
        for (var t = 0; t < limit; t++)
          xs.push(t + ": " + inspect(obj[t], obj));
        xs.push(moreItems(typedLength - limit));
      }
      var syms = typeof gOPS == "function" ? gOPS(obj) : [], symMap;
      if (hasShammedSymbols) {
        symMap = {};
        for (var k = 0; k < syms.length; k++)
          symMap["$" + syms[k]] = syms[k];
      }
      for (var key in obj)
        has(obj, key) && (isArr && String(Number(key)) === key && key < obj.length || typedLength !== null && String(Number(key)) === key && key < typedLength || hasShammedSymbols && symMap["$" + key] instanceof Symbol || ($test.call(/[^\w$]/, key) ? xs.push(inspect(key, obj) + ": " + inspect(obj[key], obj)) : xs.push(key + ": " + inspect(obj[key], obj))));
      if (typeof gOPS == "function")
        for (var j = 0; j < syms.length; j++)
          isEnumerable.call(obj, syms[j]) && xs.push("[" + inspect(syms[j]) + "]: " + inspect(obj[syms[j]], obj));
      return xs;
    }
  }
});

// node_modules/side-channel-list/index.js
var require_side_channel_list = __commonJS({
  "node_modules/side-channel-list/index.js"(exports, module) {
    "use strict";
    var inspect = require_object_inspect(), $TypeError = require_type(), listGetNode = function(list, key, isDelete) {
      for (var prev = list, curr; (curr = prev.next) != null; prev = curr)
        if (curr.key === key)
          return prev.next = curr.next, isDelete || (curr.next = /** @type {NonNullable<typeof list.next>} */
          list.next, list.next = curr), curr;
    }, listGet = function(objects, key) {
      if (objects) {
        var node = listGetNode(objects, key);
        return node && node.value;
      }
    }, listSet = function(objects, key, value) {
      var node = listGetNode(objects, key);
      node ? node.value = value : objects.next = /** @type {import('./list.d.ts').ListNode<typeof value, typeof key>} */
      {
        // eslint-disable-line no-param-reassign, no-extra-parens
        key,
        next: objects.next,
        value
      };
    }, listHas = function(objects, key) {
      return objects ? !!listGetNode(objects, key) : !1;
    }, listDelete = function(objects, key) {
      if (objects)
        return listGetNode(objects, key, !0);
    };
    module.exports = function() {
      var $o, channel = {
        assert: function(key) {
          if (!channel.has(key))
            throw new $TypeError("Side channel does not contain " + inspect(key));
        },
        delete: function(key) {
          var deletedNode = listDelete($o, key);
          return deletedNode && $o && !$o.next && ($o = void 0), !!deletedNode;
        },
        get: function(key) {
          return listGet($o, key);
        },
        has: function(key) {
          return listHas($o, key);
        },
        set: function(key, value) {
          $o || ($o = {
            next: void 0
          }), listSet(
            /** @type {NonNullable<typeof $o>} */
            $o,
            key,
            value
          );
        }
      };
      return channel;
    };
  }
});

// node_modules/es-object-atoms/index.js
var require_es_object_atoms = __commonJS({
  "node_modules/es-object-atoms/index.js"(exports, module) {
    "use strict";
    module.exports = Object;
  }
});

// node_modules/es-errors/index.js
var require_es_errors = __commonJS({
  "node_modules/es-errors/index.js"(exports, module) {
    "use strict";
    module.exports = Error;
  }
});

// node_modules/es-errors/eval.js
var require_eval = __commonJS({
  "node_modules/es-errors/eval.js"(exports, module) {
    "use strict";
    module.exports = EvalError;
  }
});

// node_modules/es-errors/range.js
var require_range = __commonJS({
  "node_modules/es-errors/range.js"(exports, module) {
    "use strict";
    module.exports = RangeError;
  }
});

// node_modules/es-errors/ref.js
var require_ref = __commonJS({
  "node_modules/es-errors/ref.js"(exports, module) {
    "use strict";
    module.exports = ReferenceError;
  }
});

// node_modules/es-errors/syntax.js
var require_syntax = __commonJS({
  "node_modules/es-errors/syntax.js"(exports, module) {
    "use strict";
    module.exports = SyntaxError;
  }
});

// node_modules/es-errors/uri.js
var require_uri = __commonJS({
  "node_modules/es-errors/uri.js"(exports, module) {
    "use strict";
    module.exports = URIError;
  }
});

// node_modules/math-intrinsics/abs.js
var require_abs = __commonJS({
  "node_modules/math-intrinsics/abs.js"(exports, module) {
    "use strict";
    module.exports = Math.abs;
  }
});

// node_modules/math-intrinsics/floor.js
var require_floor = __commonJS({
  "node_modules/math-intrinsics/floor.js"(exports, module) {
    "use strict";
    module.exports = Math.floor;
  }
});

// node_modules/math-intrinsics/max.js
var require_max = __commonJS({
  "node_modules/math-intrinsics/max.js"(exports, module) {
    "use strict";
    module.exports = Math.max;
  }
});

// node_modules/math-intrinsics/min.js
var require_min = __commonJS({
  "node_modules/math-intrinsics/min.js"(exports, module) {
    "use strict";
    module.exports = Math.min;
  }
});

// node_modules/math-intrinsics/pow.js
var require_pow = __commonJS({
  "node_modules/math-intrinsics/pow.js"(exports, module) {
    "use strict";
    module.exports = Math.pow;
  }
});

// node_modules/math-intrinsics/round.js
var require_round = __commonJS({
  "node_modules/math-intrinsics/round.js"(exports, module) {
    "use strict";
    module.exports = Math.round;
  }
});

// node_modules/math-intrinsics/isNaN.js
var require_isNaN = __commonJS({
  "node_modules/math-intrinsics/isNaN.js"(exports, module) {
    "use strict";
    module.exports = Number.isNaN || function(a) {
      return a !== a;
    };
  }
});

// node_modules/math-intrinsics/sign.js
var require_sign = __commonJS({
  "node_modules/math-intrinsics/sign.js"(exports, module) {
    "use strict";
    var $isNaN = require_isNaN();
    module.exports = function(number) {
      return $isNaN(number) || number === 0 ? number : number < 0 ? -1 : 1;
    };
  }
});

// node_modules/gopd/gOPD.js
var require_gOPD = __commonJS({
  "node_modules/gopd/gOPD.js"(exports, module) {
    "use strict";
    module.exports = Object.getOwnPropertyDescriptor;
  }
});

// node_modules/gopd/index.js
var require_gopd = __commonJS({
  "node_modules/gopd/index.js"(exports, module) {
    "use strict";
    var $gOPD = require_gOPD();
    if ($gOPD)
      try {
        $gOPD([], "length");
      } catch {
        $gOPD = null;
      }
    module.exports = $gOPD;
  }
});

// node_modules/es-define-property/index.js
var require_es_define_property = __commonJS({
  "node_modules/es-define-property/index.js"(exports, module) {
    "use strict";
    var $defineProperty = Object.defineProperty || !1;
    if ($defineProperty)
      try {
        $defineProperty({}, "a", { value: 1 });
      } catch {
        $defineProperty = !1;
      }
    module.exports = $defineProperty;
  }
});

// node_modules/has-symbols/shams.js
var require_shams = __commonJS({
  "node_modules/has-symbols/shams.js"(exports, module) {
    "use strict";
    module.exports = function() {
      if (typeof Symbol != "function" || typeof Object.getOwnPropertySymbols != "function")
        return !1;
      if (typeof Symbol.iterator == "symbol")
        return !0;
      var obj = {}, sym = /* @__PURE__ */ Symbol("test"), symObj = Object(sym);
      if (typeof sym == "string" || Object.prototype.toString.call(sym) !== "[object Symbol]" || Object.prototype.toString.call(symObj) !== "[object Symbol]")
        return !1;
      var symVal = 42;
      obj[sym] = symVal;
      for (var _ in obj)
        return !1;
      if (typeof Object.keys == "function" && Object.keys(obj).length !== 0 || typeof Object.getOwnPropertyNames == "function" && Object.getOwnPropertyNames(obj).length !== 0)
        return !1;
      var syms = Object.getOwnPropertySymbols(obj);
      if (syms.length !== 1 || syms[0] !== sym || !Object.prototype.propertyIsEnumerable.call(obj, sym))
        return !1;
      if (typeof Object.getOwnPropertyDescriptor == "function") {
        var descriptor = (
          /** @type {PropertyDescriptor} */
          Object.getOwnPropertyDescriptor(obj, sym)
        );
        if (descriptor.value !== symVal || descriptor.enumerable !== !0)
          return !1;
      }
      return !0;
    };
  }
});

// node_modules/has-symbols/index.js
var require_has_symbols = __commonJS({
  "node_modules/has-symbols/index.js"(exports, module) {
    "use strict";
    var origSymbol = typeof Symbol < "u" && Symbol, hasSymbolSham = require_shams();
    module.exports = function() {
      return typeof origSymbol != "function" || typeof Symbol != "function" || typeof origSymbol("foo") != "symbol" || typeof /* @__PURE__ */ Symbol("bar") != "symbol" ? !1 : hasSymbolSham();
    };
  }
});

// node_modules/get-proto/Reflect.getPrototypeOf.js
var require_Reflect_getPrototypeOf = __commonJS({
  "node_modules/get-proto/Reflect.getPrototypeOf.js"(exports, module) {
    "use strict";
    module.exports = typeof Reflect < "u" && Reflect.getPrototypeOf || null;
  }
});

// node_modules/get-proto/Object.getPrototypeOf.js
var require_Object_getPrototypeOf = __commonJS({
  "node_modules/get-proto/Object.getPrototypeOf.js"(exports, module) {
    "use strict";
    var $Object = require_es_object_atoms();
    module.exports = $Object.getPrototypeOf || null;
  }
});

// node_modules/function-bind/implementation.js
var require_implementation = __commonJS({
  "node_modules/function-bind/implementation.js"(exports, module) {
    "use strict";
    var ERROR_MESSAGE = "Function.prototype.bind called on incompatible ", toStr = Object.prototype.toString, max = Math.max, funcType = "[object Function]", concatty = function(a, b) {
      for (var arr = [], i = 0; i < a.length; i += 1)
        arr[i] = a[i];
      for (var j = 0; j < b.length; j += 1)
        arr[j + a.length] = b[j];
      return arr;
    }, slicy = function(arrLike, offset) {
      for (var arr = [], i = offset || 0, j = 0; i < arrLike.length; i += 1, j += 1)
        arr[j] = arrLike[i];
      return arr;
    }, joiny = function(arr, joiner) {
      for (var str = "", i = 0; i < arr.length; i += 1)
        str += arr[i], i + 1 < arr.length && (str += joiner);
      return str;
    };
    module.exports = function(that) {
      var target = this;
      if (typeof target != "function" || toStr.apply(target) !== funcType)
        throw new TypeError(ERROR_MESSAGE + target);
      for (var args = slicy(arguments, 1), bound, binder = function() {
        if (this instanceof bound) {
          var result = target.apply(
            this,
            concatty(args, arguments)
          );
          return Object(result) === result ? result : this;
        }
        return target.apply(
          that,
          concatty(args, arguments)
        );
      }, boundLength = max(0, target.length - args.length), boundArgs = [], i = 0; i < boundLength; i++)
        boundArgs[i] = "$" + i;
      if (bound = Function("binder", "return function (" + joiny(boundArgs, ",") + "){ return binder.apply(this,arguments); }")(binder), target.prototype) {
        var Empty = function() {
        };
        Empty.prototype = target.prototype, bound.prototype = new Empty(), Empty.prototype = null;
      }
      return bound;
    };
  }
});

// node_modules/function-bind/index.js
var require_function_bind = __commonJS({
  "node_modules/function-bind/index.js"(exports, module) {
    "use strict";
    var implementation = require_implementation();
    module.exports = Function.prototype.bind || implementation;
  }
});

// node_modules/call-bind-apply-helpers/functionCall.js
var require_functionCall = __commonJS({
  "node_modules/call-bind-apply-helpers/functionCall.js"(exports, module) {
    "use strict";
    module.exports = Function.prototype.call;
  }
});

// node_modules/call-bind-apply-helpers/functionApply.js
var require_functionApply = __commonJS({
  "node_modules/call-bind-apply-helpers/functionApply.js"(exports, module) {
    "use strict";
    module.exports = Function.prototype.apply;
  }
});

// node_modules/call-bind-apply-helpers/reflectApply.js
var require_reflectApply = __commonJS({
  "node_modules/call-bind-apply-helpers/reflectApply.js"(exports, module) {
    "use strict";
    module.exports = typeof Reflect < "u" && Reflect && Reflect.apply;
  }
});

// node_modules/call-bind-apply-helpers/actualApply.js
var require_actualApply = __commonJS({
  "node_modules/call-bind-apply-helpers/actualApply.js"(exports, module) {
    "use strict";
    var bind = require_function_bind(), $apply = require_functionApply(), $call = require_functionCall(), $reflectApply = require_reflectApply();
    module.exports = $reflectApply || bind.call($call, $apply);
  }
});

// node_modules/call-bind-apply-helpers/index.js
var require_call_bind_apply_helpers = __commonJS({
  "node_modules/call-bind-apply-helpers/index.js"(exports, module) {
    "use strict";
    var bind = require_function_bind(), $TypeError = require_type(), $call = require_functionCall(), $actualApply = require_actualApply();
    module.exports = function(args) {
      if (args.length < 1 || typeof args[0] != "function")
        throw new $TypeError("a function is required");
      return $actualApply(bind, $call, args);
    };
  }
});

// node_modules/dunder-proto/get.js
var require_get = __commonJS({
  "node_modules/dunder-proto/get.js"(exports, module) {
    "use strict";
    var callBind = require_call_bind_apply_helpers(), gOPD = require_gopd(), hasProtoAccessor;
    try {
      hasProtoAccessor = /** @type {{ __proto__?: typeof Array.prototype }} */
      [].__proto__ === Array.prototype;
    } catch (e) {
      if (!e || typeof e != "object" || !("code" in e) || e.code !== "ERR_PROTO_ACCESS")
        throw e;
    }
    var desc = !!hasProtoAccessor && gOPD && gOPD(
      Object.prototype,
      /** @type {keyof typeof Object.prototype} */
      "__proto__"
    ), $Object = Object, $getPrototypeOf = $Object.getPrototypeOf;
    module.exports = desc && typeof desc.get == "function" ? callBind([desc.get]) : typeof $getPrototypeOf == "function" ? (
      /** @type {import('./get')} */
      function(value) {
        return $getPrototypeOf(value == null ? value : $Object(value));
      }
    ) : !1;
  }
});

// node_modules/get-proto/index.js
var require_get_proto = __commonJS({
  "node_modules/get-proto/index.js"(exports, module) {
    "use strict";
    var reflectGetProto = require_Reflect_getPrototypeOf(), originalGetProto = require_Object_getPrototypeOf(), getDunderProto = require_get();
    module.exports = reflectGetProto ? function(O) {
      return reflectGetProto(O);
    } : originalGetProto ? function(O) {
      if (!O || typeof O != "object" && typeof O != "function")
        throw new TypeError("getProto: not an object");
      return originalGetProto(O);
    } : getDunderProto ? function(O) {
      return getDunderProto(O);
    } : null;
  }
});

// node_modules/async-function/index.js
var require_async_function = __commonJS({
  "node_modules/async-function/index.js"(exports, module) {
    "use strict";
    var cached = (
      /** @type {import('.').AsyncFunctionConstructor} */
      async function() {
      }.constructor
    );
    module.exports = () => cached;
  }
});

// node_modules/generator-function/index.js
var require_generator_function = __commonJS({
  "node_modules/generator-function/index.js"(exports, module) {
    "use strict";
    var cached = (
      /** @type {GeneratorFunctionConstructor} */
      function* () {
      }.constructor
    );
    module.exports = () => cached;
  }
});

// node_modules/async-generator-function/index.js
var require_async_generator_function = __commonJS({
  "node_modules/async-generator-function/index.js"(exports, module) {
    "use strict";
    var cached = (
      /** @type {import('.').AsyncGeneratorFunctionConstructor} */
      async function* () {
      }.constructor
    );
    module.exports = () => cached;
  }
});

// node_modules/hasown/index.js
var require_hasown = __commonJS({
  "node_modules/hasown/index.js"(exports, module) {
    "use strict";
    var call = Function.prototype.call, $hasOwn = Object.prototype.hasOwnProperty, bind = require_function_bind();
    module.exports = bind.call(call, $hasOwn);
  }
});

// node_modules/get-intrinsic/index.js
var require_get_intrinsic = __commonJS({
  "node_modules/get-intrinsic/index.js"(exports, module) {
    "use strict";
    var undefined2, $Object = require_es_object_atoms(), $Error = require_es_errors(), $EvalError = require_eval(), $RangeError = require_range(), $ReferenceError = require_ref(), $SyntaxError = require_syntax(), $TypeError = require_type(), $URIError = require_uri(), abs = require_abs(), floor = require_floor(), max = require_max(), min = require_min(), pow = require_pow(), round = require_round(), sign = require_sign(), $gOPD = require_gopd(), $defineProperty = require_es_define_property(), throwTypeError = function() {
      throw new $TypeError();
    }, ThrowTypeError = $gOPD ? (function() {
      try {
        return arguments.callee, throwTypeError;
      } catch {
        try {
          return $gOPD(arguments, "callee").get;
        } catch {
          return throwTypeError;
        }
      }
    })() : throwTypeError, hasSymbols = require_has_symbols()(), getProto = require_get_proto(), $ObjectGPO = require_Object_getPrototypeOf(), $ReflectGPO = require_Reflect_getPrototypeOf(), $apply = require_functionApply(), $call = require_functionCall(), needsEval = {}, TypedArray = typeof Uint8Array > "u" || !getProto ? undefined2 : getProto(Uint8Array), INTRINSICS = {
      __proto__: null,
      "%AggregateError%": typeof AggregateError > "u" ? undefined2 : AggregateError,
      "%Array%": Array,
      "%ArrayBuffer%": typeof ArrayBuffer > "u" ? undefined2 : ArrayBuffer,
      "%ArrayIteratorPrototype%": hasSymbols && getProto ? getProto([][Symbol.iterator]()) : undefined2,
      "%AsyncFromSyncIteratorPrototype%": undefined2,
      "%AsyncFunction%": needsEval,
      "%AsyncGenerator%": needsEval,
      "%AsyncGeneratorFunction%": needsEval,
      "%AsyncIteratorPrototype%": needsEval,
      "%Atomics%": typeof Atomics > "u" ? undefined2 : Atomics,
      "%BigInt%": typeof BigInt > "u" ? undefined2 : BigInt,
      "%BigInt64Array%": typeof BigInt64Array > "u" ? undefined2 : BigInt64Array,
      "%BigUint64Array%": typeof BigUint64Array > "u" ? undefined2 : BigUint64Array,
      "%Boolean%": Boolean,
      "%DataView%": typeof DataView > "u" ? undefined2 : DataView,
      "%Date%": Date,
      "%decodeURI%": decodeURI,
      "%decodeURIComponent%": decodeURIComponent,
      "%encodeURI%": encodeURI,
      "%encodeURIComponent%": encodeURIComponent,
      "%Error%": $Error,
      "%eval%": eval,
      // eslint-disable-line no-eval
      "%EvalError%": $EvalError,
      "%Float16Array%": typeof Float16Array > "u" ? undefined2 : Float16Array,
      "%Float32Array%": typeof Float32Array > "u" ? undefined2 : Float32Array,
      "%Float64Array%": typeof Float64Array > "u" ? undefined2 : Float64Array,
      "%FinalizationRegistry%": typeof FinalizationRegistry > "u" ? undefined2 : FinalizationRegistry,
      "%Function%": Function,
      "%GeneratorFunction%": needsEval,
      "%Int8Array%": typeof Int8Array > "u" ? undefined2 : Int8Array,
      "%Int16Array%": typeof Int16Array > "u" ? undefined2 : Int16Array,
      "%Int32Array%": typeof Int32Array > "u" ? undefined2 : Int32Array,
      "%isFinite%": isFinite,
      "%isNaN%": isNaN,
      "%IteratorPrototype%": hasSymbols && getProto ? getProto(getProto([][Symbol.iterator]())) : undefined2,
      "%JSON%": typeof JSON == "object" ? JSON : undefined2,
      "%Map%": typeof Map > "u" ? undefined2 : Map,
      "%MapIteratorPrototype%": typeof Map > "u" || !hasSymbols || !getProto ? undefined2 : getProto((/* @__PURE__ */ new Map())[Symbol.iterator]()),
      "%Math%": Math,
      "%Number%": Number,
      "%Object%": $Object,
      "%Object.getOwnPropertyDescriptor%": $gOPD,
      "%parseFloat%": parseFloat,
      "%parseInt%": parseInt,
      "%Promise%": typeof Promise > "u" ? undefined2 : Promise,
      "%Proxy%": typeof Proxy > "u" ? undefined2 : Proxy,
      "%RangeError%": $RangeError,
      "%ReferenceError%": $ReferenceError,
      "%Reflect%": typeof Reflect > "u" ? undefined2 : Reflect,
      "%RegExp%": RegExp,
      "%Set%": typeof Set > "u" ? undefined2 : Set,
      "%SetIteratorPrototype%": typeof Set > "u" || !hasSymbols || !getProto ? undefined2 : getProto((/* @__PURE__ */ new Set())[Symbol.iterator]()),
      "%SharedArrayBuffer%": typeof SharedArrayBuffer > "u" ? undefined2 : SharedArrayBuffer,
      "%String%": String,
      "%StringIteratorPrototype%": hasSymbols && getProto ? getProto(""[Symbol.iterator]()) : undefined2,
      "%Symbol%": hasSymbols ? Symbol : undefined2,
      "%SyntaxError%": $SyntaxError,
      "%ThrowTypeError%": ThrowTypeError,
      "%TypedArray%": TypedArray,
      "%TypeError%": $TypeError,
      "%Uint8Array%": typeof Uint8Array > "u" ? undefined2 : Uint8Array,
      "%Uint8ClampedArray%": typeof Uint8ClampedArray > "u" ? undefined2 : Uint8ClampedArray,
      "%Uint16Array%": typeof Uint16Array > "u" ? undefined2 : Uint16Array,
      "%Uint32Array%": typeof Uint32Array > "u" ? undefined2 : Uint32Array,
      "%URIError%": $URIError,
      "%WeakMap%": typeof WeakMap > "u" ? undefined2 : WeakMap,
      "%WeakRef%": typeof WeakRef > "u" ? undefined2 : WeakRef,
      "%WeakSet%": typeof WeakSet > "u" ? undefined2 : WeakSet,
      "%Function.prototype.call%": $call,
      "%Function.prototype.apply%": $apply,
      "%Object.defineProperty%": $defineProperty,
      "%Object.getPrototypeOf%": $ObjectGPO,
      "%Math.abs%": abs,
      "%Math.floor%": floor,
      "%Math.max%": max,
      "%Math.min%": min,
      "%Math.pow%": pow,
      "%Math.round%": round,
      "%Math.sign%": sign,
      "%Reflect.getPrototypeOf%": $ReflectGPO
    };
    if (getProto)
      try {
        null.error;
      } catch (e) {
        errorProto = getProto(getProto(e)), INTRINSICS["%Error.prototype%"] = errorProto;
      }
    var errorProto, getAsyncFunction = require_async_function(), getGeneratorFunction = require_generator_function(), getAsyncGeneratorFunction = require_async_generator_function(), doEval = function doEval2(name) {
      var value;
      if (name === "%AsyncFunction%")
        value = getAsyncFunction() || void 0;
      else if (name === "%GeneratorFunction%")
        value = getGeneratorFunction() || void 0;
      else if (name === "%AsyncGeneratorFunction%")
        value = getAsyncGeneratorFunction() || void 0;
      else if (name === "%AsyncGenerator%") {
        var fn = doEval2("%AsyncGeneratorFunction%");
        fn && (value = fn.prototype);
      } else if (name === "%AsyncIteratorPrototype%") {
        var gen = doEval2("%AsyncGenerator%");
        gen && getProto && (value = getProto(gen.prototype));
      }
      return INTRINSICS[name] = value, value;
    }, LEGACY_ALIASES = {
      __proto__: null,
      "%ArrayBufferPrototype%": ["ArrayBuffer", "prototype"],
      "%ArrayPrototype%": ["Array", "prototype"],
      "%ArrayProto_entries%": ["Array", "prototype", "entries"],
      "%ArrayProto_forEach%": ["Array", "prototype", "forEach"],
      "%ArrayProto_keys%": ["Array", "prototype", "keys"],
      "%ArrayProto_values%": ["Array", "prototype", "values"],
      "%AsyncFunctionPrototype%": ["AsyncFunction", "prototype"],
      "%AsyncGenerator%": ["AsyncGeneratorFunction", "prototype"],
      "%AsyncGeneratorPrototype%": ["AsyncGeneratorFunction", "prototype", "prototype"],
      "%BooleanPrototype%": ["Boolean", "prototype"],
      "%DataViewPrototype%": ["DataView", "prototype"],
      "%DatePrototype%": ["Date", "prototype"],
      "%ErrorPrototype%": ["Error", "prototype"],
      "%EvalErrorPrototype%": ["EvalError", "prototype"],
      "%Float32ArrayPrototype%": ["Float32Array", "prototype"],
      "%Float64ArrayPrototype%": ["Float64Array", "prototype"],
      "%FunctionPrototype%": ["Function", "prototype"],
      "%Generator%": ["GeneratorFunction", "prototype"],
      "%GeneratorPrototype%": ["GeneratorFunction", "prototype", "prototype"],
      "%Int8ArrayPrototype%": ["Int8Array", "prototype"],
      "%Int16ArrayPrototype%": ["Int16Array", "prototype"],
      "%Int32ArrayPrototype%": ["Int32Array", "prototype"],
      "%JSONParse%": ["JSON", "parse"],
      "%JSONStringify%": ["JSON", "stringify"],
      "%MapPrototype%": ["Map", "prototype"],
      "%NumberPrototype%": ["Number", "prototype"],
      "%ObjectPrototype%": ["Object", "prototype"],
      "%ObjProto_toString%": ["Object", "prototype", "toString"],
      "%ObjProto_valueOf%": ["Object", "prototype", "valueOf"],
      "%PromisePrototype%": ["Promise", "prototype"],
      "%PromiseProto_then%": ["Promise", "prototype", "then"],
      "%Promise_all%": ["Promise", "all"],
      "%Promise_reject%": ["Promise", "reject"],
      "%Promise_resolve%": ["Promise", "resolve"],
      "%RangeErrorPrototype%": ["RangeError", "prototype"],
      "%ReferenceErrorPrototype%": ["ReferenceError", "prototype"],
      "%RegExpPrototype%": ["RegExp", "prototype"],
      "%SetPrototype%": ["Set", "prototype"],
      "%SharedArrayBufferPrototype%": ["SharedArrayBuffer", "prototype"],
      "%StringPrototype%": ["String", "prototype"],
      "%SymbolPrototype%": ["Symbol", "prototype"],
      "%SyntaxErrorPrototype%": ["SyntaxError", "prototype"],
      "%TypedArrayPrototype%": ["TypedArray", "prototype"],
      "%TypeErrorPrototype%": ["TypeError", "prototype"],
      "%Uint8ArrayPrototype%": ["Uint8Array", "prototype"],
      "%Uint8ClampedArrayPrototype%": ["Uint8ClampedArray", "prototype"],
      "%Uint16ArrayPrototype%": ["Uint16Array", "prototype"],
      "%Uint32ArrayPrototype%": ["Uint32Array", "prototype"],
      "%URIErrorPrototype%": ["URIError", "prototype"],
      "%WeakMapPrototype%": ["WeakMap", "prototype"],
      "%WeakSetPrototype%": ["WeakSet", "prototype"]
    }, bind = require_function_bind(), hasOwn = require_hasown(), $concat = bind.call($call, Array.prototype.concat), $spliceApply = bind.call($apply, Array.prototype.splice), $replace = bind.call($call, String.prototype.replace), $strSlice = bind.call($call, String.prototype.slice), $exec = bind.call($call, RegExp.prototype.exec), rePropName = /[^%.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|%$))/g, reEscapeChar = /\\(\\)?/g, stringToPath = function(string) {
      var first = $strSlice(string, 0, 1), last = $strSlice(string, -1);
      if (first === "%" && last !== "%")
        throw new $SyntaxError("invalid intrinsic syntax, expected closing `%`");
      if (last === "%" && first !== "%")
        throw new $SyntaxError("invalid intrinsic syntax, expected opening `%`");
      var result = [];
      return $replace(string, rePropName, function(match, number, quote, subString) {
        result[result.length] = quote ? $replace(subString, reEscapeChar, "$1") : number || match;
      }), result;
    }, getBaseIntrinsic = function(name, allowMissing) {
      var intrinsicName = name, alias;
      if (hasOwn(LEGACY_ALIASES, intrinsicName) && (alias = LEGACY_ALIASES[intrinsicName], intrinsicName = "%" + alias[0] + "%"), hasOwn(INTRINSICS, intrinsicName)) {
        var value = INTRINSICS[intrinsicName];
        if (value === needsEval && (value = doEval(intrinsicName)), typeof value > "u" && !allowMissing)
          throw new $TypeError("intrinsic " + name + " exists, but is not available. Please file an issue!");
        return {
          alias,
          name: intrinsicName,
          value
        };
      }
      throw new $SyntaxError("intrinsic " + name + " does not exist!");
    };
    module.exports = function(name, allowMissing) {
      if (typeof name != "string" || name.length === 0)
        throw new $TypeError("intrinsic name must be a non-empty string");
      if (arguments.length > 1 && typeof allowMissing != "boolean")
        throw new $TypeError('"allowMissing" argument must be a boolean');
      if ($exec(/^%?[^%]*%?$/, name) === null)
        throw new $SyntaxError("`%` may not be present anywhere but at the beginning and end of the intrinsic name");
      var parts = stringToPath(name), intrinsicBaseName = parts.length > 0 ? parts[0] : "", intrinsic = getBaseIntrinsic("%" + intrinsicBaseName + "%", allowMissing), intrinsicRealName = intrinsic.name, value = intrinsic.value, skipFurtherCaching = !1, alias = intrinsic.alias;
      alias && (intrinsicBaseName = alias[0], $spliceApply(parts, $concat([0, 1], alias)));
      for (var i = 1, isOwn = !0; i < parts.length; i += 1) {
        var part = parts[i], first = $strSlice(part, 0, 1), last = $strSlice(part, -1);
        if ((first === '"' || first === "'" || first === "`" || last === '"' || last === "'" || last === "`") && first !== last)
          throw new $SyntaxError("property names with quotes must have matching quotes");
        if ((part === "constructor" || !isOwn) && (skipFurtherCaching = !0), intrinsicBaseName += "." + part, intrinsicRealName = "%" + intrinsicBaseName + "%", hasOwn(INTRINSICS, intrinsicRealName))
          value = INTRINSICS[intrinsicRealName];
        else if (value != null) {
          if (!(part in value)) {
            if (!allowMissing)
              throw new $TypeError("base intrinsic for " + name + " exists, but the property is not available.");
            return;
          }
          if ($gOPD && i + 1 >= parts.length) {
            var desc = $gOPD(value, part);
            isOwn = !!desc, isOwn && "get" in desc && !("originalValue" in desc.get) ? value = desc.get : value = value[part];
          } else
            isOwn = hasOwn(value, part), value = value[part];
          isOwn && !skipFurtherCaching && (INTRINSICS[intrinsicRealName] = value);
        }
      }
      return value;
    };
  }
});

// node_modules/call-bound/index.js
var require_call_bound = __commonJS({
  "node_modules/call-bound/index.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic(), callBindBasic = require_call_bind_apply_helpers(), $indexOf = callBindBasic([GetIntrinsic("%String.prototype.indexOf%")]);
    module.exports = function(name, allowMissing) {
      var intrinsic = (
        /** @type {(this: unknown, ...args: unknown[]) => unknown} */
        GetIntrinsic(name, !!allowMissing)
      );
      return typeof intrinsic == "function" && $indexOf(name, ".prototype.") > -1 ? callBindBasic(
        /** @type {const} */
        [intrinsic]
      ) : intrinsic;
    };
  }
});

// node_modules/side-channel-map/index.js
var require_side_channel_map = __commonJS({
  "node_modules/side-channel-map/index.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic(), callBound = require_call_bound(), inspect = require_object_inspect(), $TypeError = require_type(), $Map = GetIntrinsic("%Map%", !0), $mapGet = callBound("Map.prototype.get", !0), $mapSet = callBound("Map.prototype.set", !0), $mapHas = callBound("Map.prototype.has", !0), $mapDelete = callBound("Map.prototype.delete", !0), $mapSize = callBound("Map.prototype.size", !0);
    module.exports = !!$Map && /** @type {Exclude<import('.'), false>} */
    function() {
      var $m, channel = {
        assert: function(key) {
          if (!channel.has(key))
            throw new $TypeError("Side channel does not contain " + inspect(key));
        },
        delete: function(key) {
          if ($m) {
            var result = $mapDelete($m, key);
            return $mapSize($m) === 0 && ($m = void 0), result;
          }
          return !1;
        },
        get: function(key) {
          if ($m)
            return $mapGet($m, key);
        },
        has: function(key) {
          return $m ? $mapHas($m, key) : !1;
        },
        set: function(key, value) {
          $m || ($m = new $Map()), $mapSet($m, key, value);
        }
      };
      return channel;
    };
  }
});

// node_modules/side-channel-weakmap/index.js
var require_side_channel_weakmap = __commonJS({
  "node_modules/side-channel-weakmap/index.js"(exports, module) {
    "use strict";
    var GetIntrinsic = require_get_intrinsic(), callBound = require_call_bound(), inspect = require_object_inspect(), getSideChannelMap = require_side_channel_map(), $TypeError = require_type(), $WeakMap = GetIntrinsic("%WeakMap%", !0), $weakMapGet = callBound("WeakMap.prototype.get", !0), $weakMapSet = callBound("WeakMap.prototype.set", !0), $weakMapHas = callBound("WeakMap.prototype.has", !0), $weakMapDelete = callBound("WeakMap.prototype.delete", !0);
    module.exports = $WeakMap ? (
      /** @type {Exclude<import('.'), false>} */
      function() {
        var $wm, $m, channel = {
          assert: function(key) {
            if (!channel.has(key))
              throw new $TypeError("Side channel does not contain " + inspect(key));
          },
          delete: function(key) {
            if ($WeakMap && key && (typeof key == "object" || typeof key == "function")) {
              if ($wm)
                return $weakMapDelete($wm, key);
            } else if (getSideChannelMap && $m)
              return $m.delete(key);
            return !1;
          },
          get: function(key) {
            return $WeakMap && key && (typeof key == "object" || typeof key == "function") && $wm ? $weakMapGet($wm, key) : $m && $m.get(key);
          },
          has: function(key) {
            return $WeakMap && key && (typeof key == "object" || typeof key == "function") && $wm ? $weakMapHas($wm, key) : !!$m && $m.has(key);
          },
          set: function(key, value) {
            $WeakMap && key && (typeof key == "object" || typeof key == "function") ? ($wm || ($wm = new $WeakMap()), $weakMapSet($wm, key, value)) : getSideChannelMap && ($m || ($m = getSideChannelMap()), $m.set(key, value));
          }
        };
        return channel;
      }
    ) : getSideChannelMap;
  }
});

// node_modules/side-channel/index.js
var require_side_channel = __commonJS({
  "node_modules/side-channel/index.js"(exports, module) {
    "use strict";
    var $TypeError = require_type(), inspect = require_object_inspect(), getSideChannelList = require_side_channel_list(), getSideChannelMap = require_side_channel_map(), getSideChannelWeakMap = require_side_channel_weakmap(), makeChannel = getSideChannelWeakMap || getSideChannelMap || getSideChannelList;
    module.exports = function() {
      var $channelData, channel = {
        assert: function(key) {
          if (!channel.has(key)) {
            var keyDesc = key && Object(key) === key ? "the given object key" : inspect(key);
            throw new $TypeError("Side channel does not contain " + keyDesc);
          }
        },
        delete: function(key) {
          return !!$channelData && $channelData.delete(key);
        },
        get: function(key) {
          return $channelData && $channelData.get(key);
        },
        has: function(key) {
          return !!$channelData && $channelData.has(key);
        },
        set: function(key, value) {
          $channelData || ($channelData = makeChannel()), $channelData.set(key, value);
        }
      };
      return channel;
    };
  }
});

// node_modules/qs/lib/formats.js
var require_formats = __commonJS({
  "node_modules/qs/lib/formats.js"(exports, module) {
    "use strict";
    var replace = String.prototype.replace, percentTwenties = /%20/g, Format = {
      RFC1738: "RFC1738",
      RFC3986: "RFC3986",
      WHATWG: "WHATWG"
    };
    module.exports = {
      default: Format.RFC3986,
      formatters: {
        RFC1738: function(value) {
          return replace.call(value, percentTwenties, "+");
        },
        RFC3986: function(value) {
          return String(value);
        },
        WHATWG: function(value) {
          return replace.call(value, percentTwenties, "+");
        }
      },
      RFC1738: Format.RFC1738,
      RFC3986: Format.RFC3986,
      WHATWG: Format.WHATWG
    };
  }
});

// node_modules/qs/lib/utils.js
var require_utils = __commonJS({
  "node_modules/qs/lib/utils.js"(exports, module) {
    "use strict";
    var formats = require_formats(), getSideChannel = require_side_channel(), defineProperty = require_es_define_property(), has = Object.prototype.hasOwnProperty, isArray = Array.isArray, overflowChannel = getSideChannel(), markOverflow = function(obj, maxIndex) {
      return overflowChannel.set(obj, maxIndex), obj;
    }, isOverflow = function(obj) {
      return overflowChannel.has(obj);
    }, getMaxIndex = function(obj) {
      return overflowChannel.get(obj);
    }, setMaxIndex = function(obj, maxIndex) {
      overflowChannel.set(obj, maxIndex);
    }, conflictChannel = getSideChannel(), markConflict = function(obj, maxIndex) {
      return conflictChannel.set(obj, maxIndex), obj;
    }, isConflict = function(obj) {
      return conflictChannel.has(obj);
    }, getConflictIndex = function(obj) {
      return conflictChannel.get(obj);
    }, hexTable = (function() {
      for (var array = [], i = 0; i < 256; ++i)
        array[array.length] = "%" + ((i < 16 ? "0" : "") + i.toString(16)).toUpperCase();
      return array;
    })(), compactQueue = function(queue) {
      for (; queue.length > 1; ) {
        var item = queue.pop(), obj = item.obj[item.prop];
        if (isArray(obj)) {
          for (var compacted = [], j = 0; j < obj.length; ++j)
            typeof obj[j] < "u" && (compacted[compacted.length] = obj[j]);
          item.obj[item.prop] = compacted;
        }
      }
    }, arrayToObject = function(source, options) {
      for (var obj = options && options.plainObjects ? { __proto__: null } : {}, i = 0; i < source.length; ++i)
        typeof source[i] < "u" && (obj[i] = source[i]);
      return obj;
    }, setProperty = function(obj, key, value) {
      key === "__proto__" && defineProperty ? defineProperty(obj, key, {
        configurable: !0,
        enumerable: !0,
        value,
        writable: !0
      }) : obj[key] = value;
    }, maxNumericIndex = function(obj, min) {
      for (var max = min, keys = Object.keys(obj), i = 0; i < keys.length; ++i) {
        var num = parseInt(keys[i], 10);
        String(num) === keys[i] && num > max && (max = num);
      }
      return max;
    }, countElements = function(arr) {
      for (var count = 0, i = 0; i < arr.length; ++i)
        has.call(arr, i) && (count += 1);
      return count;
    }, limitedPair = function(first, second, options) {
      var pair = [first, second];
      if (options && typeof options.arrayLimit == "number" && pair.length > options.arrayLimit) {
        if (options.throwOnLimitExceeded)
          throw new RangeError("Array limit exceeded. Only " + options.arrayLimit + " element" + (options.arrayLimit === 1 ? "" : "s") + " allowed in an array.");
        return markOverflow(arrayToObject(pair, options), 1);
      }
      return pair;
    }, merge = function merge2(target, source, options) {
      if (!source)
        return target;
      if (typeof source != "object" && typeof source != "function") {
        if (isArray(target)) {
          var nextIndex = target.length;
          if (options && typeof options.arrayLimit == "number" && countElements(target) >= options.arrayLimit) {
            if (options.throwOnLimitExceeded)
              throw new RangeError("Array limit exceeded. Only " + options.arrayLimit + " element" + (options.arrayLimit === 1 ? "" : "s") + " allowed in an array.");
            return markOverflow(arrayToObject(target.concat(source), options), nextIndex);
          }
          target[nextIndex] = source;
        } else if (target && typeof target == "object")
          if (isOverflow(target)) {
            var newIndex = getMaxIndex(target) + 1;
            target[newIndex] = source, setMaxIndex(target, newIndex);
          } else if (options && options.strictMerge && isConflict(target)) {
            var nextConflict = getConflictIndex(target) + 1;
            if (options.throwOnLimitExceeded && typeof options.arrayLimit == "number" && nextConflict >= options.arrayLimit)
              throw new RangeError("Array limit exceeded. Only " + options.arrayLimit + " element" + (options.arrayLimit === 1 ? "" : "s") + " allowed in an array.");
            target[nextConflict] = source, markConflict(target, nextConflict);
          } else if (options && options.strictMerge) {
            var conflict = limitedPair(target, source, options);
            return isArray(conflict) ? markConflict(conflict, 1) : conflict;
          } else (options && (options.plainObjects || options.allowPrototypes) || !has.call(Object.prototype, source)) && (target[source] = !0);
        else
          return limitedPair(target, source, options);
        return target;
      }
      if (!target || typeof target != "object") {
        if (isOverflow(source)) {
          for (var sourceKeys = Object.keys(source), result = options && options.plainObjects ? { __proto__: null, 0: target } : { 0: target }, m = 0; m < sourceKeys.length; m++) {
            var oldKey = parseInt(sourceKeys[m], 10);
            result[oldKey + 1] = source[sourceKeys[m]];
          }
          return markOverflow(result, getMaxIndex(source) + 1);
        }
        var combined = [target].concat(source);
        if (options && typeof options.arrayLimit == "number" && combined.length > options.arrayLimit) {
          if (options.throwOnLimitExceeded)
            throw new RangeError("Array limit exceeded. Only " + options.arrayLimit + " element" + (options.arrayLimit === 1 ? "" : "s") + " allowed in an array.");
          return markOverflow(arrayToObject(combined, options), combined.length - 1);
        }
        return combined;
      }
      var mergeTarget = target;
      if (isArray(target) && !isArray(source) && (mergeTarget = arrayToObject(target, options), isConflict(target) && markConflict(mergeTarget, target.length - 1)), isArray(target) && isArray(source)) {
        if (source.forEach(function(item, i) {
          if (has.call(target, i)) {
            var targetItem = target[i];
            targetItem && typeof targetItem == "object" && item && typeof item == "object" ? target[i] = merge2(targetItem, item, options) : target[target.length] = item;
          } else
            target[i] = item;
        }), options && typeof options.arrayLimit == "number" && countElements(target) > options.arrayLimit) {
          if (options.throwOnLimitExceeded)
            throw new RangeError("Array limit exceeded. Only " + options.arrayLimit + " element" + (options.arrayLimit === 1 ? "" : "s") + " allowed in an array.");
          return markOverflow(arrayToObject(target, options), target.length - 1);
        }
        return target;
      }
      return Object.keys(source).reduce(function(acc, key) {
        var value = source[key];
        if (has.call(acc, key) ? setProperty(acc, key, merge2(acc[key], value, options)) : setProperty(acc, key, value), isOverflow(source) && !isOverflow(acc) && markOverflow(acc, maxNumericIndex(acc, getMaxIndex(source))), isOverflow(acc)) {
          var keyNum = parseInt(key, 10);
          String(keyNum) === key && keyNum >= 0 && keyNum > getMaxIndex(acc) && setMaxIndex(acc, keyNum);
        }
        if (isConflict(acc)) {
          var conflictKey = parseInt(key, 10);
          String(conflictKey) === key && conflictKey > getConflictIndex(acc) && markConflict(acc, conflictKey);
        }
        return acc;
      }, mergeTarget);
    }, assign = function(target, source) {
      return Object.keys(source).reduce(function(acc, key) {
        return setProperty(acc, key, source[key]), acc;
      }, target);
    }, decode = function(str, defaultDecoder, charset) {
      if (typeof str == "string" && str.indexOf("%") === -1)
        return str.indexOf("+") === -1 ? str : str.replace(/\+/g, " ");
      var strWithoutPlus = str.replace(/\+/g, " ");
      if (charset === "iso-8859-1")
        return strWithoutPlus.replace(/%[0-9a-f]{2}/gi, unescape);
      try {
        return decodeURIComponent(strWithoutPlus);
      } catch {
        return strWithoutPlus;
      }
    }, hasToPrimitive = typeof Symbol == "function" && typeof Symbol.toPrimitive == "symbol", arrayJoin = Array.prototype.join, arrayToString = Array.prototype.toString, objectToString = Object.prototype.toString, toCoercible = function toCoercible2(value, joining) {
      if (!value || typeof value != "object" && typeof value != "function" || hasToPrimitive && value[Symbol.toPrimitive] != null)
        return value;
      if (isArray(value) && value.toString === arrayToString && value.join === arrayJoin) {
        var ancestors = joining || getSideChannel();
        if (ancestors.has(value))
          return "";
        ancestors.set(value, !0);
        for (var copy, i = 0; i < value.length; i += 1) {
          var item = value[i], coerced = toCoercible2(item, ancestors);
          if (!copy && coerced !== item) {
            copy = [];
            for (var j = 0; j < i; j += 1)
              copy[j] = value[j];
          }
          copy && (copy[i] = coerced);
        }
        return ancestors.delete(value), copy || value;
      }
      if (typeof value.toString == "function")
        return value;
      var valueOf = value.valueOf;
      if (typeof valueOf == "function") {
        var primitive = valueOf.call(value);
        if (!primitive || typeof primitive != "object" && typeof primitive != "function")
          return String(primitive);
      }
      return objectToString.call(value);
    }, limit = 1024, encode = function(str, defaultEncoder, charset, kind, format) {
      if (str.length === 0)
        return str;
      var string = str;
      if (typeof str == "symbol" ? string = Symbol.prototype.toString.call(str) : typeof str != "string" && (string = String(toCoercible(str))), charset === "iso-8859-1")
        return escape(string).replace(/%u[0-9a-f]{4}/gi, function($0) {
          return "%26%23" + parseInt($0.slice(2), 16) + "%3B";
        }).replace(/\+/g, "%2B");
      for (var out = "", j = 0; j < string.length; j += limit) {
        var segment = string.length >= limit ? string.slice(j, j + limit) : string;
        if (j + limit < string.length) {
          var last = segment.charCodeAt(segment.length - 1);
          last >= 55296 && last <= 56319 && (segment = segment.slice(0, -1), j -= 1);
        }
        for (var arr = [], i = 0; i < segment.length; ++i) {
          var c = segment.charCodeAt(i);
          if (c === 45 || c === 46 || c === 95 || c === 126 && format !== formats.WHATWG || c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || format === formats.RFC1738 && (c === 40 || c === 41) || format === formats.WHATWG && c === 42) {
            arr[arr.length] = segment.charAt(i);
            continue;
          }
          if (c < 128) {
            arr[arr.length] = hexTable[c];
            continue;
          }
          if (c < 2048) {
            arr[arr.length] = hexTable[192 | c >> 6] + hexTable[128 | c & 63];
            continue;
          }
          if (c < 55296 || c >= 57344) {
            arr[arr.length] = hexTable[224 | c >> 12] + hexTable[128 | c >> 6 & 63] + hexTable[128 | c & 63];
            continue;
          }
          var next = segment.charCodeAt(i + 1);
          c <= 56319 && next >= 56320 && next <= 57343 ? (i += 1, c = 65536 + ((c & 1023) << 10 | next & 1023), arr[arr.length] = hexTable[240 | c >> 18] + hexTable[128 | c >> 12 & 63] + hexTable[128 | c >> 6 & 63] + hexTable[128 | c & 63]) : arr[arr.length] = "%EF%BF%BD";
        }
        out += arr.join("");
      }
      return out;
    }, compact = function(value) {
      for (var queue = [{ obj: { o: value }, prop: "o" }], refs = getSideChannel(), i = 0; i < queue.length; ++i)
        for (var item = queue[i], obj = item.obj[item.prop], keys = Object.keys(obj), j = 0; j < keys.length; ++j) {
          var key = keys[j], val = obj[key];
          typeof val == "object" && val !== null && !refs.has(val) && (queue[queue.length] = { obj, prop: key }, refs.set(val, !0));
        }
      return compactQueue(queue), value;
    }, isRegExp = function(obj) {
      return Object.prototype.toString.call(obj) === "[object RegExp]";
    }, isBuffer = function(obj) {
      return !obj || typeof obj != "object" ? !1 : !!(obj.constructor && typeof obj.constructor.isBuffer == "function" && obj.constructor.isBuffer(obj));
    }, combine = function(a, b, arrayLimit, plainObjects, throwOnLimitExceeded) {
      if (isOverflow(a)) {
        if (throwOnLimitExceeded)
          throw new RangeError("Array limit exceeded. Only " + arrayLimit + " element" + (arrayLimit === 1 ? "" : "s") + " allowed in an array.");
        for (var bValues = isArray(b) ? b : [b], newIndex = getMaxIndex(a), i = 0; i < bValues.length; ++i)
          newIndex += 1, a[newIndex] = bValues[i];
        return setMaxIndex(a, newIndex), a;
      }
      var result = [].concat(a, b);
      if (result.length > arrayLimit) {
        if (throwOnLimitExceeded)
          throw new RangeError("Array limit exceeded. Only " + arrayLimit + " element" + (arrayLimit === 1 ? "" : "s") + " allowed in an array.");
        return markOverflow(arrayToObject(result, { plainObjects }), result.length - 1);
      }
      return result;
    }, maybeMap = function(val, fn) {
      if (isArray(val)) {
        for (var mapped = [], i = 0; i < val.length; i += 1)
          mapped[mapped.length] = fn(val[i]);
        return mapped;
      }
      return fn(val);
    };
    module.exports = {
      arrayToObject,
      assign,
      combine,
      compact,
      decode,
      encode,
      isBuffer,
      isOverflow,
      isRegExp,
      markOverflow,
      maybeMap,
      merge,
      setProperty,
      toCoercible
    };
  }
});

// node_modules/qs/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/qs/lib/stringify.js"(exports, module) {
    "use strict";
    var getSideChannel = require_side_channel(), utils = require_utils(), formats = require_formats(), has = Object.prototype.hasOwnProperty, arrayPrefixGenerators = {
      brackets: function(prefix) {
        return prefix + "[]";
      },
      comma: "comma",
      indices: function(prefix, key) {
        return prefix + "[" + key + "]";
      },
      repeat: function(prefix) {
        return prefix;
      }
    }, isArray = Array.isArray, push = Array.prototype.push, pushToArray = function(arr, valueOrArray) {
      push.apply(arr, isArray(valueOrArray) ? valueOrArray : [valueOrArray]);
    }, toISO = Date.prototype.toISOString, defaultFormat = formats.default, defaults = {
      addQueryPrefix: !1,
      allowDots: !1,
      allowEmptyArrays: !1,
      arrayFormat: "indices",
      charset: "utf-8",
      charsetSentinel: !1,
      commaRoundTrip: !1,
      delimiter: "&",
      depth: 1 / 0,
      encode: !0,
      encodeDotInKeys: !1,
      encoder: utils.encode,
      encodeValuesOnly: !1,
      filter: void 0,
      format: defaultFormat,
      formatter: formats.formatters[defaultFormat],
      // deprecated
      indices: !1,
      serializeDate: function(date) {
        return toISO.call(date);
      },
      skipNulls: !1,
      strictNullHandling: !1
    }, isNonNullishPrimitive = function(v) {
      return typeof v == "string" || typeof v == "number" || typeof v == "boolean" || typeof v == "symbol" || typeof v == "bigint";
    }, sentinel = {}, stringify = function stringify2(object, prefix, generateArrayPrefix, commaRoundTrip, allowEmptyArrays, strictNullHandling, skipNulls, encodeDotInKeys, encoder, filter, sort, allowDots, serializeDate, format, formatter, encodeValuesOnly, charset, sideChannel, depth, currentDepth) {
      var obj = object;
      if (currentDepth > depth)
        throw new RangeError("Input depth exceeded depth option of " + depth);
      for (var tmpSc = sideChannel, step = 0, findFlag = !1; (tmpSc = tmpSc.get(sentinel)) !== void 0 && !findFlag; ) {
        var pos = tmpSc.get(object);
        if (step += 1, typeof pos < "u") {
          if (pos === step)
            throw new RangeError("Cyclic object value");
          findFlag = !0;
        }
        typeof tmpSc.get(sentinel) > "u" && (step = 0);
      }
      if (obj = typeof filter == "function" ? filter(prefix, obj) : obj, obj instanceof Date ? obj = serializeDate(obj) : generateArrayPrefix === "comma" && isArray(obj) && (obj = utils.maybeMap(obj, function(value2) {
        return value2 instanceof Date ? serializeDate(value2) : value2;
      })), obj === null) {
        if (strictNullHandling)
          return formatter(encoder && !encodeValuesOnly ? encoder(prefix, defaults.encoder, charset, "key", format) : prefix);
        obj = "";
      }
      if (isNonNullishPrimitive(obj) || utils.isBuffer(obj)) {
        if (encoder) {
          var keyValue = encodeValuesOnly ? prefix : encoder(prefix, defaults.encoder, charset, "key", format);
          return [formatter(keyValue) + "=" + formatter(encoder(obj, defaults.encoder, charset, "value", format))];
        }
        return [formatter(prefix) + "=" + formatter(String(obj))];
      }
      var values = [];
      if (typeof obj > "u")
        return values;
      var objKeys;
      if (generateArrayPrefix === "comma" && isArray(obj))
        encodeValuesOnly && encoder && (obj = utils.maybeMap(obj, function(v) {
          return v == null ? v : encoder(v, defaults.encoder, charset, "value", format);
        })), objKeys = [{ value: obj.length > 0 ? utils.toCoercible(obj).join(",") || null : void 0 }];
      else if (isArray(filter))
        objKeys = filter;
      else {
        var keys = Object.keys(obj);
        objKeys = sort ? keys.sort(sort) : keys;
      }
      var encodedPrefix = String(prefix), adjustedPrefix = commaRoundTrip && isArray(obj) && obj.length === 1 ? encodedPrefix + "[]" : encodedPrefix;
      if (allowEmptyArrays && isArray(obj) && obj.length === 0 && Object.keys(obj).length === 0)
        return formatter(encoder && !encodeValuesOnly ? encoder(adjustedPrefix, defaults.encoder, charset, "key", format) : adjustedPrefix) + "[]";
      for (var j = 0; j < objKeys.length; ++j) {
        var key = objKeys[j], value = typeof key == "object" && key && typeof key.value < "u" ? key.value : obj[key];
        if (!(skipNulls && value === null)) {
          var encodedKey = allowDots && encodeDotInKeys ? String(key).replace(/\./g, "%2E") : String(key), keyPrefix = isArray(obj) ? typeof generateArrayPrefix == "function" ? generateArrayPrefix(adjustedPrefix, encodedKey) : adjustedPrefix : adjustedPrefix + (allowDots ? "." + encodedKey : "[" + encodedKey + "]");
          sideChannel.set(object, step);
          var valueSideChannel = getSideChannel();
          valueSideChannel.set(sentinel, sideChannel), pushToArray(values, stringify2(
            value,
            keyPrefix,
            generateArrayPrefix,
            commaRoundTrip,
            allowEmptyArrays,
            strictNullHandling,
            skipNulls,
            encodeDotInKeys,
            generateArrayPrefix === "comma" && encodeValuesOnly && isArray(obj) ? null : encoder,
            filter,
            sort,
            allowDots,
            serializeDate,
            format,
            formatter,
            encodeValuesOnly,
            charset,
            valueSideChannel,
            depth,
            currentDepth + 1
          ));
        }
      }
      return values;
    }, normalizeStringifyOptions = function(opts) {
      if (!opts)
        return defaults;
      if (typeof opts.allowEmptyArrays < "u" && typeof opts.allowEmptyArrays != "boolean")
        throw new TypeError("`allowEmptyArrays` option can only be `true` or `false`, when provided");
      if (typeof opts.encodeDotInKeys < "u" && typeof opts.encodeDotInKeys != "boolean")
        throw new TypeError("`encodeDotInKeys` option can only be `true` or `false`, when provided");
      if (opts.encoder !== null && typeof opts.encoder < "u" && typeof opts.encoder != "function")
        throw new TypeError("Encoder has to be a function.");
      var charset = opts.charset || defaults.charset;
      if (typeof opts.charset < "u" && opts.charset !== "utf-8" && opts.charset !== "iso-8859-1")
        throw new TypeError("The charset option must be either utf-8, iso-8859-1, or undefined");
      var format = formats.default;
      if (typeof opts.format < "u") {
        if (!has.call(formats.formatters, opts.format))
          throw new TypeError("Unknown format option provided.");
        format = opts.format;
      }
      var formatter = formats.formatters[format], filter = defaults.filter;
      (typeof opts.filter == "function" || isArray(opts.filter)) && (filter = opts.filter);
      var arrayFormat;
      if (has.call(arrayPrefixGenerators, opts.arrayFormat) ? arrayFormat = opts.arrayFormat : "indices" in opts ? arrayFormat = opts.indices ? "indices" : "repeat" : arrayFormat = defaults.arrayFormat, "commaRoundTrip" in opts && typeof opts.commaRoundTrip != "boolean")
        throw new TypeError("`commaRoundTrip` must be a boolean, or absent");
      var allowDots = typeof opts.allowDots > "u" ? opts.encodeDotInKeys === !0 ? !0 : defaults.allowDots : !!opts.allowDots;
      return {
        addQueryPrefix: typeof opts.addQueryPrefix == "boolean" ? opts.addQueryPrefix : defaults.addQueryPrefix,
        allowDots,
        allowEmptyArrays: typeof opts.allowEmptyArrays == "boolean" ? !!opts.allowEmptyArrays : defaults.allowEmptyArrays,
        arrayFormat,
        charset,
        charsetSentinel: typeof opts.charsetSentinel == "boolean" ? opts.charsetSentinel : defaults.charsetSentinel,
        commaRoundTrip: !!opts.commaRoundTrip,
        delimiter: typeof opts.delimiter > "u" ? defaults.delimiter : opts.delimiter,
        depth: typeof opts.depth == "number" ? opts.depth : defaults.depth,
        encode: typeof opts.encode == "boolean" ? opts.encode : defaults.encode,
        encodeDotInKeys: typeof opts.encodeDotInKeys == "boolean" ? opts.encodeDotInKeys : defaults.encodeDotInKeys,
        encoder: typeof opts.encoder == "function" ? opts.encoder : defaults.encoder,
        encodeValuesOnly: typeof opts.encodeValuesOnly == "boolean" ? opts.encodeValuesOnly : defaults.encodeValuesOnly,
        filter,
        format,
        formatter,
        serializeDate: typeof opts.serializeDate == "function" ? opts.serializeDate : defaults.serializeDate,
        skipNulls: typeof opts.skipNulls == "boolean" ? opts.skipNulls : defaults.skipNulls,
        sort: typeof opts.sort == "function" ? opts.sort : null,
        strictNullHandling: typeof opts.strictNullHandling == "boolean" ? opts.strictNullHandling : defaults.strictNullHandling
      };
    };
    module.exports = function(object, opts) {
      var obj = object, options = normalizeStringifyOptions(opts), objKeys, filter;
      typeof options.filter == "function" ? (filter = options.filter, obj = filter("", obj)) : isArray(options.filter) && (filter = options.filter.slice(), objKeys = filter);
      var keys = [];
      if (typeof obj != "object" || obj === null)
        return "";
      var generateArrayPrefix = arrayPrefixGenerators[options.arrayFormat], commaRoundTrip = generateArrayPrefix === "comma" && options.commaRoundTrip;
      objKeys || (objKeys = Object.keys(obj)), options.sort && objKeys.sort(options.sort);
      for (var sideChannel = getSideChannel(), i = 0; i < objKeys.length; ++i) {
        var key = objKeys[i];
        if (!(typeof key > "u" || key === null)) {
          var value = obj[key];
          if (!(options.skipNulls && value === null)) {
            var encodedKey = options.encodeDotInKeys ? String(key).replace(/\./g, "%2E") : String(key);
            pushToArray(keys, stringify(
              value,
              encodedKey,
              generateArrayPrefix,
              commaRoundTrip,
              options.allowEmptyArrays,
              options.strictNullHandling,
              options.skipNulls,
              options.encodeDotInKeys,
              options.encode ? options.encoder : null,
              filter,
              options.sort,
              options.allowDots,
              options.serializeDate,
              options.format,
              options.formatter,
              options.encodeValuesOnly,
              options.charset,
              sideChannel,
              options.depth,
              0
            ));
          }
        }
      }
      var joined = keys.join(options.delimiter), prefix = options.addQueryPrefix === !0 ? "?" : "";
      return options.charsetSentinel && (options.charset === "iso-8859-1" ? prefix += "utf8=%26%2310003%3B" + options.delimiter : prefix += "utf8=%E2%9C%93" + options.delimiter), joined.length > 0 ? prefix + joined : "";
    };
  }
});

// node_modules/qs/lib/parse.js
var require_parse = __commonJS({
  "node_modules/qs/lib/parse.js"(exports, module) {
    "use strict";
    var getSideChannel = require_side_channel(), utils = require_utils(), has = Object.prototype.hasOwnProperty, isArray = Array.isArray, getPrototypeOf = Object.getPrototypeOf, fromCharCode = String.fromCharCode, isPlainContainer = function(value) {
      if (!value || typeof value != "object")
        return !1;
      if (isArray(value))
        return !0;
      var proto = getPrototypeOf(value);
      return proto === Object.prototype || proto === null;
    }, emptyCopyOf = function(value) {
      if (isArray(value)) {
        var arr = [];
        return arr.length = value.length, arr;
      }
      return getPrototypeOf(value) === null ? { __proto__: null } : {};
    }, copyInput = function(input) {
      for (var copies = getSideChannel(), result = {}, queue = [{ source: input, target: result }], i = 0; i < queue.length; ++i)
        for (var source = queue[i].source, target = queue[i].target, keys = Object.keys(source), j = 0; j < keys.length; ++j) {
          var value = source[keys[j]];
          if (isPlainContainer(value)) {
            if (!copies.has(value)) {
              var copy = emptyCopyOf(value);
              copies.set(value, copy), queue[queue.length] = { source: value, target: copy };
            }
            utils.setProperty(target, keys[j], copies.get(value));
          } else
            utils.setProperty(target, keys[j], value);
        }
      return result;
    }, defaults = {
      allowDots: !1,
      allowEmptyArrays: !1,
      allowPrototypes: !1,
      allowSparse: !1,
      arrayLimit: 20,
      charset: "utf-8",
      charsetSentinel: !1,
      comma: !1,
      decodeDotInKeys: !1,
      decoder: utils.decode,
      delimiter: "&",
      depth: 5,
      duplicates: "combine",
      ignoreQueryPrefix: !1,
      interpretNumericEntities: !1,
      parameterLimit: 1e3,
      parseArrays: !0,
      plainObjects: !1,
      strictDepth: !1,
      strictMerge: !0,
      strictNullHandling: !1,
      throwOnLimitExceeded: !1
    }, interpretNumericEntities = function(str) {
      return str.replace(/&#(\d+);/g, function($0, numberStr) {
        var c = parseInt(numberStr, 10);
        return c > 65535 && c <= 1114111 ? (c -= 65536, fromCharCode(55296 | c >> 10, 56320 | c & 1023)) : fromCharCode(c);
      });
    }, parseArrayValue = function(val, options, currentArrayLength) {
      if (val && typeof val == "string" && options.comma && val.indexOf(",") > -1) {
        if (options.throwOnLimitExceeded)
          for (var commaCount = 0, commaIndex = val.indexOf(","); commaIndex > -1; ) {
            if (commaCount += 1, commaCount >= options.arrayLimit)
              throw new RangeError("Array limit exceeded. Only " + options.arrayLimit + " element" + (options.arrayLimit === 1 ? "" : "s") + " allowed in an array.");
            commaIndex = val.indexOf(",", commaIndex + 1);
          }
        return val.split(",");
      }
      if (options.throwOnLimitExceeded && currentArrayLength >= options.arrayLimit && currentArrayLength > 0)
        throw new RangeError("Array limit exceeded. Only " + options.arrayLimit + " element" + (options.arrayLimit === 1 ? "" : "s") + " allowed in an array.");
      return val;
    }, isoSentinel = "utf8=%26%2310003%3B", charsetSentinel = "utf8=%E2%9C%93", parseValues = function(str, options) {
      var obj = { __proto__: null }, cleanStr = options.ignoreQueryPrefix ? str.replace(/^\?/, "") : str;
      cleanStr = cleanStr.replace(/%5B/gi, "[").replace(/%5D/gi, "]");
      var limit = options.parameterLimit === 1 / 0 ? void 0 : options.parameterLimit, parts = cleanStr.split(
        options.delimiter,
        options.throwOnLimitExceeded && typeof limit < "u" ? limit + 1 : limit
      );
      if (options.throwOnLimitExceeded && typeof limit < "u" && parts.length > limit)
        throw new RangeError("Parameter limit exceeded. Only " + limit + " parameter" + (limit === 1 ? "" : "s") + " allowed.");
      var skipIndex = -1, i, charset = options.charset;
      if (options.charsetSentinel)
        for (i = 0; i < parts.length; ++i)
          parts[i].indexOf("utf8=") === 0 && (parts[i] === charsetSentinel ? charset = "utf-8" : parts[i] === isoSentinel && (charset = "iso-8859-1"), skipIndex = i, i = parts.length);
      for (i = 0; i < parts.length; ++i)
        if (i !== skipIndex) {
          var part = parts[i], bracketEqualsPos = part.indexOf("]="), pos = bracketEqualsPos === -1 ? part.indexOf("=") : bracketEqualsPos + 1, isEmptyBracketKey = pos > 1 && part.slice(pos - 2, pos) === "[]", key, val;
          if (pos === -1 ? (key = options.decoder(part, defaults.decoder, charset, "key"), val = options.strictNullHandling ? null : "") : (key = options.decoder(part.slice(0, pos), defaults.decoder, charset, "key"), key !== null && (val = utils.maybeMap(
            parseArrayValue(
              part.slice(pos + 1),
              options,
              isArray(obj[key]) && (options.duplicates === "combine" || isEmptyBracketKey) ? obj[key].length : 0
            ),
            function(encodedVal) {
              return options.decoder(encodedVal, defaults.decoder, charset, "value");
            }
          ))), val && options.interpretNumericEntities && charset === "iso-8859-1" && (val = utils.maybeMap(val, function(value) {
            return value && interpretNumericEntities(String(value));
          })), isEmptyBracketKey && (val = isArray(val) ? [val] : val), options.comma && isArray(val) && val.length > options.arrayLimit && (val = utils.combine([], val, options.arrayLimit, options.plainObjects, options.throwOnLimitExceeded)), key !== null) {
            var existing = has.call(obj, key);
            existing && (options.duplicates === "combine" || isEmptyBracketKey) ? obj[key] = utils.combine(
              obj[key],
              val,
              options.arrayLimit,
              options.plainObjects,
              options.throwOnLimitExceeded
            ) : (!existing || options.duplicates === "last") && (obj[key] = val);
          }
        }
      return obj;
    }, stripWrappingBrackets = function(key) {
      return key.charAt(0) === "[" && key.charAt(key.length - 1) === "]" ? key.slice(1, -1) : key;
    }, parseObject = function(chain, val, options, valuesParsed) {
      var currentArrayLength = 0;
      if (chain.length > 0 && chain[chain.length - 1] === "[]") {
        var parentKey = chain.slice(0, -1).join("");
        currentArrayLength = Array.isArray(val) && val[parentKey] ? val[parentKey].length : 0;
      }
      for (var leaf = valuesParsed ? val : parseArrayValue(val, options, currentArrayLength), i = chain.length - 1; i >= 0; --i) {
        var obj, root = chain[i];
        if (root === "[]" && options.parseArrays)
          utils.isOverflow(leaf) ? obj = leaf : obj = options.allowEmptyArrays && (leaf === "" || options.strictNullHandling && leaf === null) ? [] : utils.combine(
            [],
            leaf,
            options.arrayLimit,
            options.plainObjects,
            options.throwOnLimitExceeded
          );
        else {
          obj = options.plainObjects ? { __proto__: null } : {};
          var cleanRoot = stripWrappingBrackets(root), decodedRoot = options.decodeDotInKeys ? cleanRoot.replace(/%2E/gi, ".") : cleanRoot, index = parseInt(decodedRoot, 10), isValidArrayIndex = !isNaN(index) && root !== decodedRoot && String(index) === decodedRoot && index >= 0 && options.parseArrays;
          if (!options.parseArrays && decodedRoot === "")
            obj[0] = leaf;
          else if (isValidArrayIndex && index < options.arrayLimit)
            obj = [], obj[index] = leaf;
          else {
            if (isValidArrayIndex && options.throwOnLimitExceeded)
              throw new RangeError("Array limit exceeded. Only " + options.arrayLimit + " element" + (options.arrayLimit === 1 ? "" : "s") + " allowed in an array.");
            isValidArrayIndex ? (obj[index] = leaf, utils.markOverflow(obj, index)) : decodedRoot !== "__proto__" && (obj[decodedRoot] = leaf);
          }
        }
        leaf = obj;
      }
      return leaf;
    }, topLevelDotsToBrackets = function(key) {
      for (var result = "", depth = 0, i = 0; i < key.length; i += 1) {
        var cu = key.charCodeAt(i);
        if (cu === 91)
          depth += 1, result += "[";
        else if (cu === 93)
          depth > 0 && (depth -= 1), result += "]";
        else if (cu === 46 && depth === 0 && i + 1 < key.length && key.charCodeAt(i + 1) !== 46 && key.charCodeAt(i + 1) !== 91) {
          for (var start = i + 1, j = start; j < key.length && key.charCodeAt(j) !== 46 && key.charCodeAt(j) !== 91; )
            j += 1;
          result += "[" + key.slice(start, j) + "]", i = j - 1;
        } else
          result += key.charAt(i);
      }
      return result;
    }, splitKeyIntoSegments = function(originalKey, options) {
      var key = options.allowDots ? topLevelDotsToBrackets(originalKey) : originalKey;
      if (options.depth <= 0)
        return !options.plainObjects && has.call(Object.prototype, stripWrappingBrackets(key)) && !options.allowPrototypes ? void 0 : [key];
      var segments = [], first = key.indexOf("["), parent = first >= 0 ? key.slice(0, first) : key;
      if (parent) {
        if (!options.plainObjects && has.call(Object.prototype, parent) && !options.allowPrototypes)
          return;
        segments[segments.length] = parent;
      }
      for (var n = key.length, open = first, collected = 0; open >= 0 && collected < options.depth; ) {
        for (var level = 1, i = open + 1, close = -1; i < n && close < 0; ) {
          var cu = key.charCodeAt(i);
          cu === 91 ? level += 1 : cu === 93 && (level -= 1, level === 0 && (close = i)), i += 1;
        }
        if (close < 0)
          return segments[segments.length] = "[" + key.slice(open) + "]", segments;
        var seg = key.slice(open, close + 1), content = seg.slice(1, -1);
        if (!options.plainObjects && has.call(Object.prototype, content) && !options.allowPrototypes)
          return;
        segments[segments.length] = seg, collected += 1, open = key.indexOf("[", close + 1);
      }
      if (open >= 0) {
        if (options.strictDepth === !0)
          throw new RangeError("Input depth exceeded depth option of " + options.depth + " and strictDepth is true");
        segments[segments.length] = "[" + key.slice(open) + "]";
      }
      return segments;
    }, parseKeys = function(givenKey, val, options, valuesParsed) {
      if (givenKey) {
        var keys = splitKeyIntoSegments(givenKey, options);
        if (keys)
          return parseObject(keys, val, options, valuesParsed);
      }
    }, normalizeParseOptions = function(opts) {
      if (!opts)
        return defaults;
      if (typeof opts.allowEmptyArrays < "u" && typeof opts.allowEmptyArrays != "boolean")
        throw new TypeError("`allowEmptyArrays` option can only be `true` or `false`, when provided");
      if (typeof opts.decodeDotInKeys < "u" && typeof opts.decodeDotInKeys != "boolean")
        throw new TypeError("`decodeDotInKeys` option can only be `true` or `false`, when provided");
      if (opts.decoder !== null && typeof opts.decoder < "u" && typeof opts.decoder != "function")
        throw new TypeError("Decoder has to be a function.");
      if (typeof opts.charset < "u" && opts.charset !== "utf-8" && opts.charset !== "iso-8859-1")
        throw new TypeError("The charset option must be either utf-8, iso-8859-1, or undefined");
      if (typeof opts.throwOnLimitExceeded < "u" && typeof opts.throwOnLimitExceeded != "boolean")
        throw new TypeError("`throwOnLimitExceeded` option must be a boolean");
      var charset = typeof opts.charset > "u" ? defaults.charset : opts.charset, duplicates = typeof opts.duplicates > "u" ? defaults.duplicates : opts.duplicates;
      if (duplicates !== "combine" && duplicates !== "first" && duplicates !== "last")
        throw new TypeError("The duplicates option must be either combine, first, or last");
      var allowDots = typeof opts.allowDots > "u" ? opts.decodeDotInKeys === !0 ? !0 : defaults.allowDots : !!opts.allowDots;
      return {
        allowDots,
        allowEmptyArrays: typeof opts.allowEmptyArrays == "boolean" ? !!opts.allowEmptyArrays : defaults.allowEmptyArrays,
        allowPrototypes: typeof opts.allowPrototypes == "boolean" ? opts.allowPrototypes : defaults.allowPrototypes,
        allowSparse: typeof opts.allowSparse == "boolean" ? opts.allowSparse : defaults.allowSparse,
        arrayLimit: typeof opts.arrayLimit == "number" ? opts.arrayLimit : defaults.arrayLimit,
        charset,
        charsetSentinel: typeof opts.charsetSentinel == "boolean" ? opts.charsetSentinel : defaults.charsetSentinel,
        comma: typeof opts.comma == "boolean" ? opts.comma : defaults.comma,
        decodeDotInKeys: typeof opts.decodeDotInKeys == "boolean" ? opts.decodeDotInKeys : defaults.decodeDotInKeys,
        decoder: typeof opts.decoder == "function" ? opts.decoder : defaults.decoder,
        delimiter: typeof opts.delimiter == "string" || utils.isRegExp(opts.delimiter) ? opts.delimiter : defaults.delimiter,
        // eslint-disable-next-line no-implicit-coercion, no-extra-parens
        depth: typeof opts.depth == "number" || opts.depth === !1 ? +opts.depth : defaults.depth,
        duplicates,
        ignoreQueryPrefix: opts.ignoreQueryPrefix === !0,
        interpretNumericEntities: typeof opts.interpretNumericEntities == "boolean" ? opts.interpretNumericEntities : defaults.interpretNumericEntities,
        parameterLimit: typeof opts.parameterLimit == "number" ? opts.parameterLimit : defaults.parameterLimit,
        parseArrays: opts.parseArrays !== !1,
        plainObjects: typeof opts.plainObjects == "boolean" ? opts.plainObjects : defaults.plainObjects,
        strictDepth: typeof opts.strictDepth == "boolean" ? !!opts.strictDepth : defaults.strictDepth,
        strictMerge: typeof opts.strictMerge == "boolean" ? !!opts.strictMerge : defaults.strictMerge,
        strictNullHandling: typeof opts.strictNullHandling == "boolean" ? opts.strictNullHandling : defaults.strictNullHandling,
        throwOnLimitExceeded: typeof opts.throwOnLimitExceeded == "boolean" ? opts.throwOnLimitExceeded : !1
      };
    };
    module.exports = function(str, opts) {
      var options = normalizeParseOptions(opts);
      if (str === "" || str === null || typeof str > "u")
        return options.plainObjects ? { __proto__: null } : {};
      for (var tempObj = typeof str == "string" ? parseValues(str, options) : copyInput(str), obj = options.plainObjects ? { __proto__: null } : {}, keys = Object.keys(tempObj), i = 0; i < keys.length; ++i) {
        var key = keys[i], newObj = parseKeys(key, tempObj[key], options, typeof str == "string");
        obj = utils.merge(obj, newObj, options);
      }
      return options.allowSparse === !0 ? obj : utils.compact(obj);
    };
  }
});

// node_modules/qs/lib/index.js
var require_lib = __commonJS({
  "node_modules/qs/lib/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify(), parse = require_parse(), formats = require_formats();
    module.exports = {
      formats,
      parse,
      stringify
    };
  }
});

// node_modules/url-template/lib/url-template.js
var require_url_template = __commonJS({
  "node_modules/url-template/lib/url-template.js"(exports, module) {
    (function(root, factory) {
      typeof exports == "object" ? module.exports = factory() : typeof define == "function" && define.amd ? define([], factory) : root.urltemplate = factory();
    })(exports, function() {
      function UrlTemplate() {
      }
      return UrlTemplate.prototype.encodeReserved = function(str) {
        return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
          return /%[0-9A-Fa-f]/.test(part) || (part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]")), part;
        }).join("");
      }, UrlTemplate.prototype.encodeUnreserved = function(str) {
        return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
          return "%" + c.charCodeAt(0).toString(16).toUpperCase();
        });
      }, UrlTemplate.prototype.encodeValue = function(operator, value, key) {
        return value = operator === "+" || operator === "#" ? this.encodeReserved(value) : this.encodeUnreserved(value), key ? this.encodeUnreserved(key) + "=" + value : value;
      }, UrlTemplate.prototype.isDefined = function(value) {
        return value != null;
      }, UrlTemplate.prototype.isKeyOperator = function(operator) {
        return operator === ";" || operator === "&" || operator === "?";
      }, UrlTemplate.prototype.getValues = function(context, operator, key, modifier) {
        var value = context[key], result = [];
        if (this.isDefined(value) && value !== "")
          if (typeof value == "string" || typeof value == "number" || typeof value == "boolean")
            value = value.toString(), modifier && modifier !== "*" && (value = value.substring(0, parseInt(modifier, 10))), result.push(this.encodeValue(operator, value, this.isKeyOperator(operator) ? key : null));
          else if (modifier === "*")
            Array.isArray(value) ? value.filter(this.isDefined).forEach(function(value2) {
              result.push(this.encodeValue(operator, value2, this.isKeyOperator(operator) ? key : null));
            }, this) : Object.keys(value).forEach(function(k) {
              this.isDefined(value[k]) && result.push(this.encodeValue(operator, value[k], k));
            }, this);
          else {
            var tmp = [];
            Array.isArray(value) ? value.filter(this.isDefined).forEach(function(value2) {
              tmp.push(this.encodeValue(operator, value2));
            }, this) : Object.keys(value).forEach(function(k) {
              this.isDefined(value[k]) && (tmp.push(this.encodeUnreserved(k)), tmp.push(this.encodeValue(operator, value[k].toString())));
            }, this), this.isKeyOperator(operator) ? result.push(this.encodeUnreserved(key) + "=" + tmp.join(",")) : tmp.length !== 0 && result.push(tmp.join(","));
          }
        else
          operator === ";" ? this.isDefined(value) && result.push(this.encodeUnreserved(key)) : value === "" && (operator === "&" || operator === "?") ? result.push(this.encodeUnreserved(key) + "=") : value === "" && result.push("");
        return result;
      }, UrlTemplate.prototype.parse = function(template) {
        var that = this, operators = ["+", "#", ".", "/", ";", "?", "&"];
        return {
          expand: function(context) {
            return template.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g, function(_, expression, literal) {
              if (expression) {
                var operator = null, values = [];
                if (operators.indexOf(expression.charAt(0)) !== -1 && (operator = expression.charAt(0), expression = expression.substr(1)), expression.split(/,/g).forEach(function(variable) {
                  var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
                  values.push.apply(values, that.getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
                }), operator && operator !== "+") {
                  var separator = ",";
                  return operator === "?" ? separator = "&" : operator !== "#" && (separator = operator), (values.length !== 0 ? operator : "") + values.join(separator);
                } else
                  return values.join(",");
              } else
                return that.encodeReserved(literal);
            });
          }
        };
      }, new UrlTemplate();
    });
  }
});

// node_modules/googleapis-common/build/src/isbrowser.js
var require_isbrowser = __commonJS({
  "node_modules/googleapis-common/build/src/isbrowser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isBrowser = isBrowser;
    function isBrowser() {
      return typeof window < "u";
    }
  }
});

// node_modules/googleapis-common/build/src/util.js
var require_util = __commonJS({
  "node_modules/googleapis-common/build/src/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.headersToClassicHeaders = headersToClassicHeaders;
    exports.marshallGaxiosResponse = marshallGaxiosResponse;
    function headersToClassicHeaders(headers) {
      let classicHeaders = {};
      if (headers instanceof Headers)
        headers.forEach((value, key) => {
          classicHeaders[key] = value;
        });
      else if (Array.isArray(headers))
        for (let [key, value] of headers)
          classicHeaders[key] = value;
      else
        classicHeaders = headers || {};
      return classicHeaders;
    }
    function marshallGaxiosResponse(res) {
      return Object.defineProperties(res || {}, {
        headers: {
          configurable: !0,
          writable: !0,
          enumerable: !0,
          value: headersToClassicHeaders(res?.headers)
        }
      });
    }
  }
});

// node_modules/googleapis-common/build/src/http2.js
var require_http2 = __commonJS({
  "node_modules/googleapis-common/build/src/http2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.sessions = void 0;
    exports.request = request;
    exports.closeSession = closeSession;
    var http2 = __require("http2"), zlib = __require("zlib"), url_1 = __require("url"), qs = require_lib(), extend = require_extend(), stream_1 = __require("stream"), util = __require("util"), process2 = __require("process"), util_1 = require_util(), { HTTP2_HEADER_CONTENT_ENCODING, HTTP2_HEADER_CONTENT_TYPE, HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH, HTTP2_HEADER_STATUS } = http2.constants, DEBUG = !!process2.env.HTTP2_DEBUG;
    exports.sessions = {};
    async function request(config) {
      let opts = extend(!0, {}, config);
      opts.validateStatus = opts.validateStatus || validateStatus, opts.responseType = opts.responseType || "json";
      let url = new url_1.URL(opts.url), sessionData = _getClient(url.host);
      sessionData.timeoutHandle !== void 0 && clearTimeout(sessionData.timeoutHandle);
      let pathWithQs = url.pathname;
      if (config.params && Object.keys(config.params).length > 0) {
        let q = (config.paramsSerializer || qs.stringify)(opts.params);
        pathWithQs += `?${q}`;
      }
      let headers = (0, util_1.headersToClassicHeaders)(opts.headers);
      headers[HTTP2_HEADER_PATH] = pathWithQs, headers[HTTP2_HEADER_METHOD] = config.method || "GET", opts.headers = headers, headers[HTTP2_HEADER_CONTENT_TYPE] || opts.responseType !== "text" && (headers[HTTP2_HEADER_CONTENT_TYPE] = "application/json");
      let res = {
        config,
        headers: {},
        status: 0,
        data: {},
        statusText: ""
      }, chunks = [], session = sessionData.session, req;
      return new Promise((resolve, reject) => {
        try {
          req = session.request(headers).on("response", (responseHeaders) => {
            Object.assign(res, {
              headers: responseHeaders,
              status: responseHeaders[HTTP2_HEADER_STATUS]
            });
            let stream = req;
            if (responseHeaders[HTTP2_HEADER_CONTENT_ENCODING] === "gzip" && (stream = req.pipe(zlib.createGunzip())), opts.responseType === "stream") {
              res.data = stream, resolve(res);
              return;
            }
            stream.on("data", (d) => {
              chunks.push(d);
            }).on("error", (err) => {
              reject(err);
            }).on("end", () => {
              let buf = Buffer.concat(chunks), data = buf;
              if (buf) {
                if (opts.responseType === "json")
                  try {
                    data = JSON.parse(buf.toString("utf8"));
                  } catch {
                    data = buf.toString("utf8");
                  }
                else opts.responseType === "text" ? data = buf.toString("utf8") : opts.responseType === "arraybuffer" && (data = buf.buffer);
                res.data = data;
              }
              if (!opts.validateStatus(res.status)) {
                let message = `Request failed with status code ${res.status}. `;
                if (res.data && typeof res.data == "object") {
                  let body = util.inspect(res.data, { depth: 5 });
                  message = `${message}
'${body}`;
                }
                reject(new Error(message, { cause: res }));
              }
              resolve(res);
            });
          }).on("error", (e) => {
            reject(e);
          });
        } catch (e) {
          closeSession(url).then(() => reject(e)).catch(reject);
          return;
        }
        if (res.request = req, config.data) {
          if (config.data instanceof stream_1.Stream)
            config.data.pipe(req);
          else if (typeof config.data == "string") {
            let data = Buffer.from(config.data);
            req.end(data);
          } else if (typeof config.data == "object") {
            let data = JSON.stringify(config.data);
            req.end(data);
          }
        }
        sessionData.timeoutHandle = setTimeout(() => closeSession(url), 500);
      });
    }
    function validateStatus(status) {
      return status >= 200 && status < 300;
    }
    function _getClient(host) {
      if (exports.sessions[host])
        DEBUG && console.log(`Used cached client for ${host}`);
      else {
        DEBUG && console.log(`Creating client for ${host}`);
        let session = http2.connect(`https://${host}`);
        session.on("error", (e) => {
          console.error(`*ERROR*: ${e}`), delete exports.sessions[host];
        }).on("goaway", (errorCode, lastStreamId) => {
          console.error(`*GOAWAY*: ${errorCode} : ${lastStreamId}`), delete exports.sessions[host];
        }), exports.sessions[host] = { session };
      }
      return exports.sessions[host];
    }
    async function closeSession(url) {
      let sessionData = exports.sessions[url.host];
      if (!sessionData)
        return;
      let { session } = sessionData;
      delete exports.sessions[url.host], DEBUG && console.error(`Closing ${url.host}`), session.close(() => {
        DEBUG && console.error(`Closed ${url.host}`);
      }), setTimeout(() => {
        session && !session.destroyed && (DEBUG && console.log(`Forcing close ${url.host}`), session && session.destroy());
      }, 1e3);
    }
  }
});

// node_modules/googleapis-common/build/src/transcoding.js
var require_transcoding = __commonJS({
  "node_modules/googleapis-common/build/src/transcoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.validateAndEncodeParams = validateAndEncodeParams;
    function validateUriPathSegment(propertyName, value) {
      if (value === "." || value === "..")
        throw new Error(`Invalid value ${value} for ${propertyName}`);
    }
    function validateUriPath(propertyName, value) {
      if (value && value.split("/").some((segment) => segment === "." || segment === ".."))
        throw new Error(`Value for ${propertyName} must not contain segments that are exactly . or ..`);
    }
    function encodeWithSlashes(str) {
      return encodeURIComponent(str).replace(
        /[!'()*]/g,
        // Characters preserved by encodeURIComponent
        // Characters preserved by encodeURIComponent
        (character) => "%" + character.charCodeAt(0).toString(16).toUpperCase()
      );
    }
    function encodeWithoutSlashes(str) {
      return str.split("/").map(encodeWithSlashes).join("/");
    }
    function extractTemplateParams(urlTemplate) {
      let paramMap = /* @__PURE__ */ new Map(), matches = urlTemplate.matchAll(/\{(\+?)([a-zA-Z0-9_$-]+)\}/g);
      for (let match of matches) {
        let wildcard = match[1] === "+" ? "**" : "*", paramName = match[2];
        (wildcard === "**" || !paramMap.has(paramName)) && paramMap.set(paramName, wildcard);
      }
      return Array.from(paramMap.entries()).map(([param, wildcard]) => ({
        param,
        wildcard
      }));
    }
    function validateAndEncodeParams(urlTemplate, params) {
      if (!params || typeof params != "object" || !urlTemplate)
        return;
      let templateParams = extractTemplateParams(urlTemplate);
      for (let { param, wildcard } of templateParams) {
        let parameterValue = params[param];
        if (parameterValue != null)
          if (wildcard === "**") {
            let encodeParam = (val) => (validateUriPath(param, val), encodeWithoutSlashes(val));
            params[param] = Array.isArray(parameterValue) ? parameterValue.map((item) => encodeParam(String(item))) : encodeParam(String(parameterValue));
          } else
            Array.isArray(parameterValue) ? parameterValue.forEach((item) => validateUriPathSegment(param, String(item))) : validateUriPathSegment(param, String(parameterValue));
      }
    }
  }
});

// node_modules/googleapis-common/package.json
var require_package = __commonJS({
  "node_modules/googleapis-common/package.json"(exports, module) {
    module.exports = {
      name: "googleapis-common",
      version: "9.3.1",
      description: "A common tooling library used by the googleapis npm module. You probably don't want to use this directly.",
      repository: {
        type: "git",
        directory: "core/packages/nodejs-googleapis-common",
        url: "https://github.com/googleapis/google-cloud-node.git"
      },
      main: "build/src/index.js",
      types: "build/src/index.d.ts",
      files: [
        "build/src",
        "!build/src/**/*.map"
      ],
      keywords: [],
      author: "Google LLC",
      license: "Apache-2.0",
      dependencies: {
        extend: "^3.0.2",
        gaxios: "^8.3.0",
        "google-auth-library": "^11.0.0",
        "google-logging-utils": "^2.0.0",
        qs: "^6.7.0",
        "url-template": "^2.0.8"
      },
      devDependencies: {
        "@googleapis/dialogflow": "^1.0.0",
        "@babel/plugin-proposal-private-methods": "^7.18.6",
        "@types/extend": "^3.0.1",
        "@types/mocha": "^10.0.10",
        "@types/mv": "^2.1.0",
        "@types/ncp": "^2.0.8",
        "@types/nock": "^11.0.0",
        "@types/proxyquire": "^1.3.31",
        "@types/qs": "^6.5.3",
        "@types/sinon": "^21.0.0",
        "@types/tmp": "^0.2.6",
        "@types/url-template": "^2.0.28",
        c8: "^10.1.3",
        codecov: "^3.8.3",
        gts: "^6.0.2",
        http2spy: "^2.0.0",
        "is-docker": "^3.0.0",
        jsdoc: "^4.0.4",
        "jsdoc-fresh": "^6.0.0",
        "jsdoc-region-tag": "^5.0.0",
        karma: "^6.0.0",
        "karma-chrome-launcher": "^3.0.0",
        "karma-coverage": "^2.0.0",
        "karma-firefox-launcher": "^2.0.0",
        "karma-mocha": "^2.0.0",
        "karma-remap-coverage": "^0.1.5",
        "karma-sourcemap-loader": "^0.4.0",
        "karma-webpack": "^5.0.0",
        mocha: "^11.1.0",
        mv: "^2.1.1",
        ncp: "^2.0.0",
        nock: "^14.0.5",
        "null-loader": "^4.0.1",
        "path-to-regexp": "^6.0.0",
        proxyquire: "^2.1.3",
        puppeteer: "^24.0.0",
        sinon: "21.0.3",
        tmp: "0.2.7",
        "ts-loader": "^9.5.2",
        typescript: "5.8.3",
        webpack: "^5.97.1",
        "webpack-cli": "^6.0.1"
      },
      engines: {
        node: ">=22"
      },
      homepage: "https://github.com/googleapis/google-cloud-node/tree/main/core/packages/nodejs-googleapis-common",
      scripts: {
        prebenchmark: "npm run compile",
        benchmark: "node build/benchmark/bench.js",
        compile: "tsc -p .",
        test: "node ../../../bin/run-test.cjs --proxyquire-shim build/test",
        "system-test": "node ../../../bin/run-test.cjs build/system-test --timeout 600000",
        "presystem-test": "npm run compile",
        fix: "gts fix",
        pretest: "npm run compile",
        lint: "gts check",
        "samples-test": "mocha build/samples-test",
        docs: "jsdoc -c .jsdoc.js",
        webpack: "webpack",
        "browser-test": "karma start",
        prelint: "cd samples; npm link ../; npm install",
        clean: "gts clean",
        precompile: "gts clean"
      }
    };
  }
});

// node_modules/googleapis-common/build/src/apirequest.js
var require_apirequest = __commonJS({
  "node_modules/googleapis-common/build/src/apirequest.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.createAPIRequest = createAPIRequest;
    var gaxios_1 = require_src(), qs = require_lib(), stream = __require("stream"), urlTemplate = require_url_template(), extend = require_extend(), isbrowser_1 = require_isbrowser(), h2 = require_http2(), util_1 = require_util(), transcoding_1 = require_transcoding(), pkg = require_package(), randomUUID = () => globalThis.crypto?.randomUUID() || __require("crypto").randomUUID();
    function isReadableStream(obj) {
      return obj !== null && typeof obj == "object" && typeof obj.pipe == "function" && obj.readable !== !1 && typeof obj._read == "function" && typeof obj._readableState == "object";
    }
    function getMissingParams(params, required) {
      let missing = new Array();
      return required.forEach((param) => {
        params[param] === void 0 && missing.push(param);
      }), missing.length > 0 ? missing : null;
    }
    function createAPIRequest(parameters, callback) {
      if (callback)
        createAPIRequestAsync(parameters).then((r) => callback(null, r), callback);
      else
        return createAPIRequestAsync(parameters);
    }
    async function createAPIRequestAsync(parameters) {
      let options = extend(
        !0,
        {},
        // Ensure we don't leak settings upstream
        parameters.context.google?._options || {},
        // Google level options
        parameters.context._options || {},
        // Per-API options
        parameters.options
      ), params = extend(
        !0,
        {},
        // New base object
        options.params,
        // Combined global/per-api params
        parameters.params
      );
      options.userAgentDirectives = options.userAgentDirectives || [];
      let media = params.media || {}, resource = params.requestBody;
      !params.requestBody && params.resource && (!parameters.requiredParams.includes("resource") || typeof params.resource != "string") && (resource = params.resource, delete params.resource), delete params.requestBody;
      let authClient = params.auth || options.auth, defaultMime = typeof media.body == "string" ? "text/plain" : "application/octet-stream";
      delete params.media, delete params.auth;
      let headers = (0, util_1.headersToClassicHeaders)(params.headers || {});
      populateAPIHeader(headers, options.apiVersion), delete params.headers, Object.keys(params).forEach((key) => {
        if (key.slice(-1) === "_") {
          let newKey = key.slice(0, -1);
          params[newKey] = params[key], delete params[key];
        }
      });
      let missingParams = getMissingParams(params, parameters.requiredParams);
      if (missingParams)
        throw new Error("Missing required parameters: " + missingParams.join(", "));
      if ((0, transcoding_1.validateAndEncodeParams)(options.url?.toString() ?? parameters.mediaUrl ?? void 0, params), options.url) {
        let url = options.url;
        typeof url == "object" && (url = url.toString()), options.url = urlTemplate.parse(url).expand(params);
      }
      if (parameters.mediaUrl && (parameters.mediaUrl = urlTemplate.parse(parameters.mediaUrl).expand(params)), parameters.context._options.rootUrl !== void 0 && options.url !== void 0) {
        let originalUrl = new URL(options.url), path = originalUrl.href.substr(originalUrl.origin.length);
        options.url = new URL(path, parameters.context._options.rootUrl).href;
      }
      options.paramsSerializer = (params2) => qs.stringify(params2, { arrayFormat: "repeat" }), parameters.pathParams.forEach((param) => delete params[param]), typeof authClient == "string" && (params.key = params.key || authClient, authClient = void 0);
      function multipartUpload(multipart) {
        let boundary = randomUUID(), finale = `--${boundary}--`, rStream = new stream.PassThrough({
          flush(callback) {
            this.push(`\r
`), this.push(finale), callback();
          }
        }), pStream = new ProgressStream(), isStream = isReadableStream(multipart[1].body);
        headers["content-type"] = `multipart/related; boundary=${boundary}`;
        for (let part of multipart) {
          let preamble = `--${boundary}\r
content-type: ${part["content-type"]}\r
\r
`;
          rStream.push(preamble), typeof part.body == "string" ? (rStream.push(part.body), rStream.push(`\r
`)) : (pStream.on("progress", (bytesRead) => {
            options.onUploadProgress && options.onUploadProgress({ bytesRead });
          }), part.body.pipe(pStream).pipe(rStream));
        }
        isStream || (rStream.push(finale), rStream.push(null)), options.data = rStream;
      }
      function browserMultipartUpload(multipart) {
        let boundary = randomUUID(), finale = `--${boundary}--`;
        headers["content-type"] = `multipart/related; boundary=${boundary}`;
        let content = "";
        for (let part of multipart) {
          let preamble = `--${boundary}\r
content-type: ${part["content-type"]}\r
\r
`;
          content += preamble, typeof part.body == "string" && (content += part.body, content += `\r
`);
        }
        content += finale, options.data = content;
      }
      if (parameters.mediaUrl && media.body)
        if (options.url = parameters.mediaUrl, resource) {
          params.uploadType = "multipart";
          let multipart = [
            { "content-type": "application/json", body: JSON.stringify(resource) },
            {
              "content-type": media.mimeType || resource && resource.mimeType || defaultMime,
              body: media.body
            }
          ];
          (0, isbrowser_1.isBrowser)() ? browserMultipartUpload(multipart) : multipartUpload(multipart);
        } else
          params.uploadType = "media", Object.assign(headers, { "content-type": media.mimeType || defaultMime }), options.data = media.body;
      else
        options.data = resource || void 0;
      if (options.headers = gaxios_1.Gaxios.mergeHeaders(options.headers || {}, headers), options.params = params, !(0, isbrowser_1.isBrowser)()) {
        options.headers.set("Accept-Encoding", "gzip"), options.userAgentDirectives.push({
          product: "google-api-nodejs-client",
          version: pkg.version,
          comment: "gzip"
        });
        let userAgent = options.userAgentDirectives.map((d) => {
          let line = `${d.product}/${d.version}`;
          return d.comment && (line += ` (${d.comment})`), line;
        }).join(" ");
        options.headers.set("User-Agent", userAgent);
      }
      if (options.validateStatus || (options.validateStatus = (status) => status >= 200 && status < 300 || status === 304), options.retry = options.retry === void 0 ? !0 : options.retry, delete options.auth, options.universeDomain && options.universe_domain && options.universeDomain !== options.universe_domain)
        throw new Error("Please set either universe_domain or universeDomain, but not both.");
      let universeDomainEnvVar = typeof process == "object" && typeof process.env == "object" ? process.env.GOOGLE_CLOUD_UNIVERSE_DOMAIN : void 0, universeDomain = options.universeDomain ?? options.universe_domain ?? universeDomainEnvVar ?? "googleapis.com";
      if (universeDomain !== "googleapis.com" && options.url) {
        let url = new URL(options.url);
        url.hostname.endsWith(".googleapis.com") && (url.hostname = url.hostname.replace(/googleapis\.com$/, universeDomain), options.url = url.toString());
      }
      if (Object.keys(options.params).length || (delete options.params, delete options.paramsSerializer), authClient && typeof authClient == "object") {
        let universeFromAuth = typeof authClient.getUniverseDomain == "function" ? await authClient.getUniverseDomain() : void 0;
        if (universeFromAuth && universeDomain !== universeFromAuth)
          throw new Error(`The configured universe domain (${universeDomain}) does not match the universe domain found in the credentials (${universeFromAuth}). If you haven't configured the universe domain explicitly, googleapis.com is the default.`);
        if (options.http2) {
          let authHeaders = await authClient.getRequestHeaders(options.url), mooOpts = Object.assign({}, options);
          return mooOpts.headers = gaxios_1.Gaxios.mergeHeaders(mooOpts.headers, authHeaders), h2.request(mooOpts);
        } else {
          let res = await authClient.request(options);
          return (0, util_1.marshallGaxiosResponse)(res);
        }
      } else
        return new gaxios_1.Gaxios().request(options).then((res) => (0, util_1.marshallGaxiosResponse)(res));
    }
    var ProgressStream = class extends stream.Transform {
      bytesRead = 0;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      _transform(chunk, encoding, callback) {
        this.bytesRead += chunk.length, this.emit("progress", this.bytesRead), this.push(chunk), callback();
      }
    };
    function populateAPIHeader(headers, apiVersion) {
      (0, isbrowser_1.isBrowser)() || (headers["x-goog-api-client"] = `gdcl/${pkg.version} gl-node/${process.versions.node}`), apiVersion && (headers["x-goog-api-version"] = apiVersion);
    }
  }
});

// node_modules/googleapis-common/build/src/authplus.js
var require_authplus = __commonJS({
  "node_modules/googleapis-common/build/src/authplus.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.AuthPlus = void 0;
    var google_auth_library_1 = require_src2(), AuthPlus = class extends google_auth_library_1.GoogleAuth {
      JWT = google_auth_library_1.JWT;
      Compute = google_auth_library_1.Compute;
      OAuth2 = google_auth_library_1.OAuth2Client;
      GoogleAuth = google_auth_library_1.GoogleAuth;
      AwsClient = google_auth_library_1.AwsClient;
      IdentityPoolClient = google_auth_library_1.IdentityPoolClient;
      ExternalAccountClient = google_auth_library_1.ExternalAccountClient;
      _cachedAuth;
      /**
       * Override getClient(), memoizing an instance of auth for
       * subsequent calls to getProjectId().
       */
      async getClient(options) {
        return this._cachedAuth = new google_auth_library_1.GoogleAuth(options), this._cachedAuth.getClient();
      }
      getProjectId(callback) {
        return callback ? this._cachedAuth ? this._cachedAuth.getProjectId(callback) : super.getProjectId(callback) : this._cachedAuth ? this._cachedAuth.getProjectId() : super.getProjectId();
      }
    };
    exports.AuthPlus = AuthPlus;
  }
});

// node_modules/googleapis-common/build/src/endpoint.js
var require_endpoint = __commonJS({
  "node_modules/googleapis-common/build/src/endpoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Endpoint = void 0;
    var apirequest_1 = require_apirequest(), Endpoint = class {
      _options;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      google;
      constructor(options) {
        this._options = options || {};
      }
      /**
       * Given a schema, add methods and resources to a target.
       *
       * @param {object} target The target to which to apply the schema.
       * @param {object} rootSchema The top-level schema, so we don't lose track of it
       * during recursion.
       * @param {object} schema The current schema from which to extract methods and
       * resources.
       * @param {object} context The context to add to each method.
       */
      applySchema(target, rootSchema, schema, context) {
        if (this.applyMethodsFromSchema(target, rootSchema, schema, context), schema.resources) {
          for (let resourceName in schema.resources)
            if (Object.prototype.hasOwnProperty.call(schema.resources, resourceName)) {
              let resource = schema.resources[resourceName];
              target[resourceName] || (target[resourceName] = {}), this.applySchema(target[resourceName], rootSchema, resource, context);
            }
        }
      }
      /**
       * Given a schema, add methods to a target.
       *
       * @param {object} target The target to which to apply the methods.
       * @param {object} rootSchema The top-level schema, so we don't lose track of it
       * during recursion.
       * @param {object} schema The current schema from which to extract methods.
       * @param {object} context The context to add to each method.
       */
      applyMethodsFromSchema(target, rootSchema, schema, context) {
        if (schema.methods) {
          for (let name in schema.methods)
            if (Object.prototype.hasOwnProperty.call(schema.methods, name)) {
              let method = schema.methods[name];
              target[name] = this.makeMethod(rootSchema, method, context);
            }
        }
      }
      /**
       * Given a method schema, add a method to a target.
       *
       * @param target The target to which to add the method.
       * @param schema The top-level schema that contains the rootUrl, etc.
       * @param method The method schema from which to generate the method.
       * @param context The context to add to the method.
       */
      makeMethod(schema, method, context) {
        return (paramsOrCallback, callback) => {
          let params = typeof paramsOrCallback == "function" ? {} : paramsOrCallback;
          callback = typeof paramsOrCallback == "function" ? paramsOrCallback : callback;
          let schemaUrl = buildurl(schema.rootUrl + schema.servicePath + method.path), parameters = {
            options: {
              url: schemaUrl.substring(1, schemaUrl.length - 1),
              method: method.httpMethod,
              apiVersion: method.apiVersion
            },
            params,
            requiredParams: method.parameterOrder || [],
            pathParams: this.getPathParams(method.parameters),
            context
          };
          if (method.mediaUpload && method.mediaUpload.protocols && method.mediaUpload.protocols.simple && method.mediaUpload.protocols.simple.path) {
            let mediaUrl = buildurl(schema.rootUrl + method.mediaUpload.protocols.simple.path);
            parameters.mediaUrl = mediaUrl.substring(1, mediaUrl.length - 1);
          }
          if (!callback)
            return (0, apirequest_1.createAPIRequest)(parameters);
          (0, apirequest_1.createAPIRequest)(parameters, callback);
        };
      }
      getPathParams(params) {
        let pathParams = new Array();
        return typeof params != "object" && (params = {}), Object.keys(params).forEach((key) => {
          params[key].location === "path" && pathParams.push(key);
        }), pathParams;
      }
    };
    exports.Endpoint = Endpoint;
    function buildurl(input) {
      return input ? `'${input}'`.replace(/([^:]\/)\/+/g, "$1") : "";
    }
  }
});

// node_modules/googleapis-common/build/src/discovery.js
var require_discovery = __commonJS({
  "node_modules/googleapis-common/build/src/discovery.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Discovery = void 0;
    var fs = __require("fs"), gaxios_1 = require_src(), util = __require("util"), apirequest_1 = require_apirequest(), endpoint_1 = require_endpoint(), readFile = util.promisify(fs.readFile), Discovery = class {
      transporter = new gaxios_1.Gaxios();
      options;
      /**
       * Discovery for discovering API endpoints
       *
       * @param options Options for discovery
       */
      constructor(options) {
        this.options = options || {};
      }
      /**
       * Generate and Endpoint from an endpoint schema object.
       *
       * @param schema The schema from which to generate the Endpoint.
       * @return A function that creates an endpoint.
       */
      makeEndpoint(schema) {
        return (options) => {
          let ep = new endpoint_1.Endpoint(options);
          return ep.applySchema(ep, schema, schema, ep), ep;
        };
      }
      /**
       * Log output of generator. Works just like console.log
       */
      log(...args) {
        this.options && this.options.debug && console.log(...args);
      }
      /**
       * Generate all APIs and return as in-memory object.
       * @param discoveryUrl
       */
      async discoverAllAPIs(discoveryUrl) {
        let headers = new Headers(this.options.includePrivate ? {} : { "X-User-Ip": "0.0.0.0" }), items = (await this.transporter.request({
          url: discoveryUrl,
          headers
        })).data.items, apis = await Promise.all(items.map(async (api) => {
          let endpointCreator = await this.discoverAPI(api.discoveryRestUrl);
          return { api, endpointCreator };
        })), versionIndex = {}, apisIndex = {};
        for (let set of apis)
          apisIndex[set.api.name] || (versionIndex[set.api.name] = {}, apisIndex[set.api.name] = (options) => {
            let type = typeof options, version;
            if (type === "string")
              version = options, options = {};
            else if (type === "object")
              version = options.version, delete options.version;
            else
              throw new Error("Argument error: Accepts only string or object");
            try {
              let ep = set.endpointCreator(options, this);
              return Object.freeze(ep);
            } catch (e) {
              throw new Error(util.format('Unable to load endpoint %s("%s"): %s', set.api.name, version, e.message));
            }
          }), versionIndex[set.api.name][set.api.version] = set.endpointCreator;
        return apisIndex;
      }
      /**
       * Generate API file given discovery URL
       *
       * @param apiDiscoveryUrl URL or filename of discovery doc for API
       * @returns A promise that resolves with a function that creates the endpoint
       */
      async discoverAPI(apiDiscoveryUrl) {
        if (typeof apiDiscoveryUrl == "string") {
          let isUrl = !1;
          try {
            let parsed = new URL(apiDiscoveryUrl);
            isUrl = parsed.protocol === "http:" || parsed.protocol === "https:";
          } catch {
          }
          if (apiDiscoveryUrl && !isUrl) {
            this.log("Reading from file " + apiDiscoveryUrl);
            let file = await readFile(apiDiscoveryUrl, { encoding: "utf8" });
            return this.makeEndpoint(JSON.parse(file));
          } else {
            this.log("Requesting " + apiDiscoveryUrl);
            let res = await this.transporter.request({
              url: apiDiscoveryUrl
            });
            return this.makeEndpoint(res.data);
          }
        } else {
          let options = apiDiscoveryUrl;
          this.log("Requesting " + options.url);
          let url = options.url;
          delete options.url;
          let parameters = {
            options: { url, method: "GET" },
            requiredParams: [],
            pathParams: [],
            params: options,
            context: { google: { _options: {} }, _options: {} }
          }, res = await (0, apirequest_1.createAPIRequest)(parameters);
          return this.makeEndpoint(res.data);
        }
      }
    };
    exports.Discovery = Discovery;
  }
});

// node_modules/googleapis-common/build/src/index.js
var require_src3 = __commonJS({
  "node_modules/googleapis-common/build/src/index.js"(exports) {
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
    exports.Endpoint = exports.Discovery = exports.AuthPlus = exports.createAPIRequest = exports.getAPI = exports.GaxiosError = exports.Gaxios = exports.AwsClient = exports.IdentityPoolClient = exports.BaseExternalAccountClient = exports.ExternalAccountClient = exports.GoogleAuth = exports.UserRefreshClient = exports.Compute = exports.JWT = exports.OAuth2Client = exports.gaxios = exports.googleAuthLibrary = void 0;
    exports.googleAuthLibrary = require_src2();
    exports.gaxios = require_src();
    var google_auth_library_1 = require_src2();
    Object.defineProperty(exports, "OAuth2Client", { enumerable: !0, get: function() {
      return google_auth_library_1.OAuth2Client;
    } });
    Object.defineProperty(exports, "JWT", { enumerable: !0, get: function() {
      return google_auth_library_1.JWT;
    } });
    Object.defineProperty(exports, "Compute", { enumerable: !0, get: function() {
      return google_auth_library_1.Compute;
    } });
    Object.defineProperty(exports, "UserRefreshClient", { enumerable: !0, get: function() {
      return google_auth_library_1.UserRefreshClient;
    } });
    Object.defineProperty(exports, "GoogleAuth", { enumerable: !0, get: function() {
      return google_auth_library_1.GoogleAuth;
    } });
    Object.defineProperty(exports, "ExternalAccountClient", { enumerable: !0, get: function() {
      return google_auth_library_1.ExternalAccountClient;
    } });
    Object.defineProperty(exports, "BaseExternalAccountClient", { enumerable: !0, get: function() {
      return google_auth_library_1.BaseExternalAccountClient;
    } });
    Object.defineProperty(exports, "IdentityPoolClient", { enumerable: !0, get: function() {
      return google_auth_library_1.IdentityPoolClient;
    } });
    Object.defineProperty(exports, "AwsClient", { enumerable: !0, get: function() {
      return google_auth_library_1.AwsClient;
    } });
    var gaxios_1 = require_src();
    Object.defineProperty(exports, "Gaxios", { enumerable: !0, get: function() {
      return gaxios_1.Gaxios;
    } });
    Object.defineProperty(exports, "GaxiosError", { enumerable: !0, get: function() {
      return gaxios_1.GaxiosError;
    } });
    var apiIndex_1 = require_apiIndex();
    Object.defineProperty(exports, "getAPI", { enumerable: !0, get: function() {
      return apiIndex_1.getAPI;
    } });
    var apirequest_1 = require_apirequest();
    Object.defineProperty(exports, "createAPIRequest", { enumerable: !0, get: function() {
      return apirequest_1.createAPIRequest;
    } });
    var authplus_1 = require_authplus();
    Object.defineProperty(exports, "AuthPlus", { enumerable: !0, get: function() {
      return authplus_1.AuthPlus;
    } });
    var discovery_1 = require_discovery();
    Object.defineProperty(exports, "Discovery", { enumerable: !0, get: function() {
      return discovery_1.Discovery;
    } });
    var endpoint_1 = require_endpoint();
    Object.defineProperty(exports, "Endpoint", { enumerable: !0, get: function() {
      return endpoint_1.Endpoint;
    } });
    __exportStar(require_util(), exports);
  }
});

// node_modules/@googleapis/sqladmin/build/v1.js
var require_v1 = __commonJS({
  "node_modules/@googleapis/sqladmin/build/v1.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.sqladmin_v1 = void 0;
    var googleapis_common_1 = require_src3(), sqladmin_v1;
    (function(sqladmin_v12) {
      class Sqladmin {
        context;
        backupRuns;
        Backups;
        connect;
        databases;
        flags;
        instances;
        operations;
        projects;
        sslCerts;
        tiers;
        users;
        constructor(options, google) {
          this.context = {
            _options: options || {},
            google
          }, this.backupRuns = new Resource$Backupruns(this.context), this.Backups = new Resource$Backups(this.context), this.connect = new Resource$Connect(this.context), this.databases = new Resource$Databases(this.context), this.flags = new Resource$Flags(this.context), this.instances = new Resource$Instances(this.context), this.operations = new Resource$Operations(this.context), this.projects = new Resource$Projects(this.context), this.sslCerts = new Resource$Sslcerts(this.context), this.tiers = new Resource$Tiers(this.context), this.users = new Resource$Users(this.context);
        }
      }
      sqladmin_v12.Sqladmin = Sqladmin;
      class Resource$Backupruns {
        context;
        constructor(context) {
          this.context = context;
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/backupRuns/{id}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "id"],
            pathParams: ["id", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/backupRuns/{id}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "id"],
            pathParams: ["id", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/backupRuns").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/backupRuns").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Backupruns = Resource$Backupruns;
      class Resource$Backups {
        context;
        constructor(context) {
          this.context = context;
        }
        CreateBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/{+parent}/backups").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["parent"],
            pathParams: ["parent"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        DeleteBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/{+name}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["name"],
            pathParams: ["name"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        GetBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/{+name}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["name"],
            pathParams: ["name"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        ListBackups(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/{+parent}/backups").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["parent"],
            pathParams: ["parent"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        UpdateBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/{+name}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PATCH",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["name"],
            pathParams: ["name"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Backups = Resource$Backups;
      class Resource$Connect {
        context;
        constructor(context) {
          this.context = context;
        }
        generateEphemeralCert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}:generateEphemeralCert").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/connectSettings").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        resolve(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/locations/{location}/dns/{dnsName}:resolveConnectSettings").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["location", "dnsName"],
            pathParams: ["dnsName", "location"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Connect = Resource$Connect;
      class Resource$Databases {
        context;
        constructor(context) {
          this.context = context;
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/databases/{database}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "database"],
            pathParams: ["database", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/databases/{database}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "database"],
            pathParams: ["database", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/databases").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/databases").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        patch(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/databases/{database}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PATCH",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "database"],
            pathParams: ["database", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        update(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/databases/{database}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PUT",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "database"],
            pathParams: ["database", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Databases = Resource$Databases;
      class Resource$Flags {
        context;
        constructor(context) {
          this.context = context;
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/flags").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: [],
            pathParams: [],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Flags = Resource$Flags;
      class Resource$Instances {
        context;
        constructor(context) {
          this.context = context;
        }
        acquireSsrsLease(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/acquireSsrsLease").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        addEntraIdCertificate(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/addEntraIdCertificate").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        addServerCa(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/addServerCa").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        addServerCertificate(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/addServerCertificate").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        clone(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/clone").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        demote(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/demote").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        demoteMaster(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/demoteMaster").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        executeSql(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/executeSql").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        export(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/export").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        failover(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/failover").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        import(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/import").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project"],
            pathParams: ["project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project"],
            pathParams: ["project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        ListEntraIdCertificates(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/listEntraIdCertificates").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        listServerCas(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/listServerCas").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        ListServerCertificates(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/listServerCertificates").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        patch(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PATCH",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        pointInTimeRestore(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/{+parent}:pointInTimeRestore").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["parent"],
            pathParams: ["parent"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        preCheckMajorVersionUpgrade(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/preCheckMajorVersionUpgrade").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        promoteReplica(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/promoteReplica").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        reencrypt(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/reencrypt").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        releaseSsrsLease(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/releaseSsrsLease").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        resetSslConfig(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/resetSslConfig").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        restart(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/restart").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        restoreBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/restoreBackup").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        RotateEntraIdCertificate(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/rotateEntraIdCertificate").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        rotateServerCa(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/rotateServerCa").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        RotateServerCertificate(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/rotateServerCertificate").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        startReplica(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/startReplica").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        stopReplica(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/stopReplica").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        switchover(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/switchover").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        truncateLog(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/truncateLog").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        update(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PUT",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Instances = Resource$Instances;
      class Resource$Operations {
        context;
        constructor(context) {
          this.context = context;
        }
        cancel(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/operations/{operation}/cancel").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "operation"],
            pathParams: ["operation", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/operations/{operation}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "operation"],
            pathParams: ["operation", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/operations").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project"],
            pathParams: ["project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Operations = Resource$Operations;
      class Resource$Projects {
        context;
        instances;
        constructor(context) {
          this.context = context, this.instances = new Resource$Projects$Instances(this.context);
        }
      }
      sqladmin_v12.Resource$Projects = Resource$Projects;
      class Resource$Projects$Instances {
        context;
        constructor(context) {
          this.context = context;
        }
        getDiskShrinkConfig(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/getDiskShrinkConfig").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        getLatestRecoveryTime(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/getLatestRecoveryTime").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        performDiskShrink(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/performDiskShrink").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        rescheduleMaintenance(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/rescheduleMaintenance").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        resetReplicaSize(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/resetReplicaSize").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        startExternalSync(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/startExternalSync").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        verifyExternalSyncSettings(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/verifyExternalSyncSettings").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Projects$Instances = Resource$Projects$Instances;
      class Resource$Sslcerts {
        context;
        constructor(context) {
          this.context = context;
        }
        createEphemeral(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/createEphemeral").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/sslCerts/{sha1Fingerprint}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "sha1Fingerprint"],
            pathParams: ["instance", "project", "sha1Fingerprint"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/sslCerts/{sha1Fingerprint}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "sha1Fingerprint"],
            pathParams: ["instance", "project", "sha1Fingerprint"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/sslCerts").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/sslCerts").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Sslcerts = Resource$Sslcerts;
      class Resource$Tiers {
        context;
        constructor(context) {
          this.context = context;
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/tiers").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project"],
            pathParams: ["project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Tiers = Resource$Tiers;
      class Resource$Users {
        context;
        constructor(context) {
          this.context = context;
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/users").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/users/{name}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "name"],
            pathParams: ["instance", "name", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/users").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/users").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        update(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/v1/projects/{project}/instances/{instance}/users").replace(/([^:]\/)\/+/g, "$1"),
              method: "PUT",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v12.Resource$Users = Resource$Users;
    })(sqladmin_v1 || (exports.sqladmin_v1 = sqladmin_v1 = {}));
  }
});

// node_modules/@googleapis/sqladmin/build/v1beta4.js
var require_v1beta4 = __commonJS({
  "node_modules/@googleapis/sqladmin/build/v1beta4.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.sqladmin_v1beta4 = void 0;
    var googleapis_common_1 = require_src3(), sqladmin_v1beta4;
    (function(sqladmin_v1beta42) {
      class Sqladmin {
        context;
        backupRuns;
        backups;
        connect;
        databases;
        flags;
        instances;
        operations;
        projects;
        sslCerts;
        tiers;
        users;
        constructor(options, google) {
          this.context = {
            _options: options || {},
            google
          }, this.backupRuns = new Resource$Backupruns(this.context), this.backups = new Resource$Backups(this.context), this.connect = new Resource$Connect(this.context), this.databases = new Resource$Databases(this.context), this.flags = new Resource$Flags(this.context), this.instances = new Resource$Instances(this.context), this.operations = new Resource$Operations(this.context), this.projects = new Resource$Projects(this.context), this.sslCerts = new Resource$Sslcerts(this.context), this.tiers = new Resource$Tiers(this.context), this.users = new Resource$Users(this.context);
        }
      }
      sqladmin_v1beta42.Sqladmin = Sqladmin;
      class Resource$Backupruns {
        context;
        constructor(context) {
          this.context = context;
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/backupRuns/{id}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "id"],
            pathParams: ["id", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/backupRuns/{id}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "id"],
            pathParams: ["id", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/backupRuns").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/backupRuns").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Backupruns = Resource$Backupruns;
      class Resource$Backups {
        context;
        constructor(context) {
          this.context = context;
        }
        createBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/{+parent}/backups").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["parent"],
            pathParams: ["parent"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        deleteBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/{+name}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["name"],
            pathParams: ["name"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        getBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/{+name}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["name"],
            pathParams: ["name"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        listBackups(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/{+parent}/backups").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["parent"],
            pathParams: ["parent"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        updateBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/{+name}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PATCH",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["name"],
            pathParams: ["name"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Backups = Resource$Backups;
      class Resource$Connect {
        context;
        constructor(context) {
          this.context = context;
        }
        generateEphemeralCert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}:generateEphemeralCert").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/connectSettings").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        resolve(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/locations/{location}/dns/{dnsName}:resolveConnectSettings").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["location", "dnsName"],
            pathParams: ["dnsName", "location"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Connect = Resource$Connect;
      class Resource$Databases {
        context;
        constructor(context) {
          this.context = context;
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/databases/{database}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "database"],
            pathParams: ["database", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/databases/{database}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "database"],
            pathParams: ["database", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/databases").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/databases").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        patch(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/databases/{database}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PATCH",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "database"],
            pathParams: ["database", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        update(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/databases/{database}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PUT",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "database"],
            pathParams: ["database", "instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Databases = Resource$Databases;
      class Resource$Flags {
        context;
        constructor(context) {
          this.context = context;
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/flags").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: [],
            pathParams: [],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Flags = Resource$Flags;
      class Resource$Instances {
        context;
        constructor(context) {
          this.context = context;
        }
        acquireSsrsLease(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/acquireSsrsLease").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        addEntraIdCertificate(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/addEntraIdCertificate").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        addServerCa(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/addServerCa").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        addServerCertificate(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/addServerCertificate").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        clone(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/clone").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        demote(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/demote").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        demoteMaster(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/demoteMaster").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        executeSql(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/executeSql").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        export(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/export").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        failover(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/failover").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        import(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/import").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project"],
            pathParams: ["project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project"],
            pathParams: ["project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        ListEntraIdCertificates(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/listEntraIdCertificates").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        listServerCas(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/listServerCas").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        ListServerCertificates(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/listServerCertificates").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        patch(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PATCH",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        pointInTimeRestore(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/{+parent}:pointInTimeRestore").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["parent"],
            pathParams: ["parent"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        preCheckMajorVersionUpgrade(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/preCheckMajorVersionUpgrade").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        promoteReplica(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/promoteReplica").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        reencrypt(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/reencrypt").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        releaseSsrsLease(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/releaseSsrsLease").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        resetSslConfig(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/resetSslConfig").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        restart(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/restart").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        restoreBackup(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/restoreBackup").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        RotateEntraIdCertificate(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/rotateEntraIdCertificate").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        rotateServerCa(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/rotateServerCa").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        RotateServerCertificate(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/rotateServerCertificate").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        startReplica(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/startReplica").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        stopReplica(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/stopReplica").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        switchover(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/switchover").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        truncateLog(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/truncateLog").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        update(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}").replace(/([^:]\/)\/+/g, "$1"),
              method: "PUT",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Instances = Resource$Instances;
      class Resource$Operations {
        context;
        constructor(context) {
          this.context = context;
        }
        cancel(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/operations/{operation}/cancel").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "operation"],
            pathParams: ["operation", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/operations/{operation}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "operation"],
            pathParams: ["operation", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/operations").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project"],
            pathParams: ["project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Operations = Resource$Operations;
      class Resource$Projects {
        context;
        instances;
        constructor(context) {
          this.context = context, this.instances = new Resource$Projects$Instances(this.context);
        }
      }
      sqladmin_v1beta42.Resource$Projects = Resource$Projects;
      class Resource$Projects$Instances {
        context;
        constructor(context) {
          this.context = context;
        }
        getDiskShrinkConfig(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/getDiskShrinkConfig").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        getLatestRecoveryTime(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/getLatestRecoveryTime").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        performDiskShrink(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/performDiskShrink").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        rescheduleMaintenance(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/rescheduleMaintenance").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        resetReplicaSize(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/resetReplicaSize").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        startExternalSync(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/startExternalSync").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        verifyExternalSyncSettings(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/verifyExternalSyncSettings").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Projects$Instances = Resource$Projects$Instances;
      class Resource$Sslcerts {
        context;
        constructor(context) {
          this.context = context;
        }
        createEphemeral(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/createEphemeral").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/sslCerts/{sha1Fingerprint}").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "sha1Fingerprint"],
            pathParams: ["instance", "project", "sha1Fingerprint"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/sslCerts/{sha1Fingerprint}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "sha1Fingerprint"],
            pathParams: ["instance", "project", "sha1Fingerprint"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/sslCerts").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/sslCerts").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Sslcerts = Resource$Sslcerts;
      class Resource$Tiers {
        context;
        constructor(context) {
          this.context = context;
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/tiers").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project"],
            pathParams: ["project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Tiers = Resource$Tiers;
      class Resource$Users {
        context;
        constructor(context) {
          this.context = context;
        }
        delete(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/users").replace(/([^:]\/)\/+/g, "$1"),
              method: "DELETE",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        get(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/users/{name}").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance", "name"],
            pathParams: ["instance", "name", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        insert(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/users").replace(/([^:]\/)\/+/g, "$1"),
              method: "POST",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        list(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/users").replace(/([^:]\/)\/+/g, "$1"),
              method: "GET",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
        update(paramsOrCallback, optionsOrCallback, callback) {
          let params = paramsOrCallback || {}, options = optionsOrCallback || {};
          typeof paramsOrCallback == "function" && (callback = paramsOrCallback, params = {}, options = {}), typeof optionsOrCallback == "function" && (callback = optionsOrCallback, options = {});
          let rootUrl = options.rootUrl || "https://sqladmin.googleapis.com/", parameters = {
            options: Object.assign({
              url: (rootUrl + "/sql/v1beta4/projects/{project}/instances/{instance}/users").replace(/([^:]\/)\/+/g, "$1"),
              method: "PUT",
              apiVersion: ""
            }, options),
            params,
            requiredParams: ["project", "instance"],
            pathParams: ["instance", "project"],
            context: this.context
          };
          if (callback)
            (0, googleapis_common_1.createAPIRequest)(parameters, callback);
          else
            return (0, googleapis_common_1.createAPIRequest)(parameters);
        }
      }
      sqladmin_v1beta42.Resource$Users = Resource$Users;
    })(sqladmin_v1beta4 || (exports.sqladmin_v1beta4 = sqladmin_v1beta4 = {}));
  }
});

// node_modules/@googleapis/sqladmin/build/index.js
var require_build = __commonJS({
  "node_modules/@googleapis/sqladmin/build/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.AuthPlus = exports.sqladmin_v1beta4 = exports.sqladmin_v1 = exports.auth = exports.VERSIONS = void 0;
    exports.sqladmin = sqladmin2;
    var googleapis_common_1 = require_src3(), v1_1 = require_v1();
    Object.defineProperty(exports, "sqladmin_v1", { enumerable: !0, get: function() {
      return v1_1.sqladmin_v1;
    } });
    var v1beta4_1 = require_v1beta4();
    Object.defineProperty(exports, "sqladmin_v1beta4", { enumerable: !0, get: function() {
      return v1beta4_1.sqladmin_v1beta4;
    } });
    exports.VERSIONS = {
      v1: v1_1.sqladmin_v1.Sqladmin,
      v1beta4: v1beta4_1.sqladmin_v1beta4.Sqladmin
    };
    function sqladmin2(versionOrOptions) {
      return (0, googleapis_common_1.getAPI)("sqladmin", versionOrOptions, exports.VERSIONS, this);
    }
    var auth2 = new googleapis_common_1.AuthPlus();
    exports.auth = auth2;
    var googleapis_common_2 = require_src3();
    Object.defineProperty(exports, "AuthPlus", { enumerable: !0, get: function() {
      return googleapis_common_2.AuthPlus;
    } });
  }
});

// packages/backups/src/sources/cloudsql.ts
var import_sqladmin = __toESM(require_build(), 1);
var DAY_MS = 864e5, timeOf = (run) => {
  let text = run.startTime ?? run.windowStartTime ?? run.enqueuedTime, t = text ? new Date(text) : void 0;
  return t && !Number.isNaN(t.getTime()) ? t : void 0;
};
function runFindings(runs, where) {
  let findings = [];
  for (let run of runs) {
    if (run.status === "SUCCESSFUL") break;
    let at = run.windowStartTime ?? run.enqueuedTime ?? run.startTime ?? "an unknown time";
    run.status === "FAILED" ? findings.push(finding("RUN_FAILED", `the ${(run.type ?? "backup").toLowerCase()} backup run of ${where} at ${at} FAILED${run.error?.message ? `: ${run.error.message}` : ""}`)) : run.status === "OVERDUE" && findings.push(finding("RUN_OVERDUE", `the backup run of ${where} due at ${at} is OVERDUE: it has not started in its window`));
  }
  return findings;
}
function instanceFindings(instance, where) {
  let config = instance.settings?.backupConfiguration;
  if (!config?.enabled) return [finding("AUTOMATED_BACKUPS_OFF", `automated backups are off on ${where} (settings.backupConfiguration.enabled is not true)`)];
  let mysql = (instance.databaseVersion ?? "").startsWith("MYSQL");
  return (mysql ? config.binaryLogEnabled : config.pointInTimeRecoveryEnabled) ? [] : [finding("PITR_DISABLED", `point-in-time recovery is off on ${where} (settings.backupConfiguration.${mysql ? "binaryLogEnabled" : "pointInTimeRecoveryEnabled"} is false): only the daily backups can be restored`)];
}
function cloudSqlSource(project, instance, budget, options) {
  let api = (0, import_sqladmin.sqladmin)({
    version: "v1",
    ...options.rootUrl ? { rootUrl: options.rootUrl } : {},
    auth: new import_sqladmin.auth.GoogleAuth({ scopes: ["https://www.googleapis.com/auth/sqlservice.admin"] })
  }), where = `cloudsql:${project}/${instance}`, request = { retry: !1, timeout: idleLimitMs(budget) };
  return {
    hashable: !1,
    async list(now) {
      let info = await cloudCall(
        { name: "Cloud SQL instances.get", permission: "cloudsql.instances.get", on: where, attempt: (signal) => api.instances.get({ project, instance }, { ...request, signal }) },
        GOOGLE_ERRORS,
        budget
      ), since = now.getTime() - options.lookbackMs - DAY_MS, runs = [], pageToken;
      for (let page = 1; ; page++) {
        let out = await cloudCall(
          {
            name: "Cloud SQL backupRuns.list",
            permission: "cloudsql.backupRuns.list",
            on: where,
            attempt: (signal) => api.backupRuns.list({ project, instance, maxResults: 100, ...pageToken ? { pageToken } : {} }, { ...request, signal })
          },
          GOOGLE_ERRORS,
          budget
        ), items = out.data.items ?? [];
        runs.push(...items), pageToken = out.data.nextPageToken ?? void 0;
        let oldest = items.length ? timeOf(items[items.length - 1]) : void 0;
        if (!pageToken || oldest && oldest.getTime() < since) break;
        if (page >= MAX_PAGES) throw new SourceError(finding("CHECK_ERROR", `${UNDECIDED_PREFIX}backupRuns.list on ${where} still had more pages after ${MAX_PAGES}: stopped at the bound`));
      }
      let recent = runs.filter((r) => (timeOf(r)?.getTime() ?? 0) >= since).sort((a, b) => (timeOf(b)?.getTime() ?? 0) - (timeOf(a)?.getTime() ?? 0));
      return { entries: recent.filter((r) => r.status === "SUCCESSFUL").map((r) => ({ name: `backup run ${r.id ?? "?"} (${(r.type ?? "AUTOMATED").toLowerCase()})`, path: `${where}#${r.id ?? ""}`, directory: !1, size: Number(r.maxChargeableBytes ?? 0), time: timeOf(r) })), findings: [...instanceFindings(info.data, where), ...runFindings(recent, where)] };
    }
  };
}
export {
  cloudSqlSource,
  instanceFindings,
  runFindings
};
