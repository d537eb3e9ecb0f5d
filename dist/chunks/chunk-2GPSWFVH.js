import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  Crc32Node,
  TypeRegistry,
  fromHex,
  fromUtf8,
  hasOwn,
  init_checksum,
  init_schema,
  init_serde,
  init_transport,
  toHex,
  toUtf8
} from "./chunk-KKXO3SMY.js";
import {
  require_node_stream
} from "./chunk-BDZWO5TC.js";
import {
  __esm,
  __export,
  __toESM
} from "./chunk-KBV2H3VL.js";

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/Int64.js
function negate(bytes) {
  for (let i = 0; i < 8; i++)
    bytes[i] ^= 255;
  for (let i = 7; i > -1 && (bytes[i]++, bytes[i] === 0); i--)
    ;
}
var Int64, init_Int64 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/Int64.js"() {
    init_serde();
    Int64 = class _Int64 {
      bytes;
      constructor(bytes) {
        if (this.bytes = bytes, bytes.byteLength !== 8)
          throw new Error("Int64 buffers must be exactly 8 bytes");
      }
      static fromNumber(number) {
        if (number > 9223372036854776e3 || number < -9223372036854776e3)
          throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
        let bytes = new Uint8Array(8);
        for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, remaining /= 256)
          bytes[i] = remaining;
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
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/HeaderMarshaller.js
var HeaderMarshaller, HEADER_VALUE_TYPE, BOOLEAN_TAG, BYTE_TAG, SHORT_TAG, INT_TAG, LONG_TAG, BINARY_TAG, STRING_TAG, TIMESTAMP_TAG, UUID_TAG, UUID_PATTERN, MAX_HEADER_VALUE_BYTES, init_HeaderMarshaller = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/HeaderMarshaller.js"() {
    init_transport();
    init_serde();
    init_Int64();
    HeaderMarshaller = class {
      toUtf8;
      fromUtf8;
      constructor(toUtf82, fromUtf82) {
        this.toUtf8 = toUtf82, this.fromUtf8 = fromUtf82;
      }
      format(headers) {
        let chunks = [];
        for (let headerName in headers) {
          if (!hasOwn(headers, headerName))
            continue;
          let bytes = this.fromUtf8(headerName);
          if (bytes.byteLength > 255)
            throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${bytes.byteLength}`);
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
            if (header.value.byteLength > MAX_HEADER_VALUE_BYTES)
              throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${header.value.byteLength}`);
            let binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
            binView.setUint8(0, 6), binView.setUint16(1, header.value.byteLength, !1);
            let binBytes = new Uint8Array(binView.buffer);
            return binBytes.set(header.value, 3), binBytes;
          case "string":
            let utf8Bytes = this.fromUtf8(header.value);
            if (utf8Bytes.byteLength > MAX_HEADER_VALUE_BYTES)
              throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${utf8Bytes.byteLength}`);
            let strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
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
      parse(headers) {
        let out = {}, position = 0;
        for (; position < headers.byteLength; ) {
          let nameLength = headers.getUint8(position++), name = this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, nameLength));
          switch (position += nameLength, headers.getUint8(position++)) {
            case 0:
              out[name] = {
                type: BOOLEAN_TAG,
                value: !0
              };
              break;
            case 1:
              out[name] = {
                type: BOOLEAN_TAG,
                value: !1
              };
              break;
            case 2:
              out[name] = {
                type: BYTE_TAG,
                value: headers.getInt8(position++)
              };
              break;
            case 3:
              out[name] = {
                type: SHORT_TAG,
                value: headers.getInt16(position, !1)
              }, position += 2;
              break;
            case 4:
              out[name] = {
                type: INT_TAG,
                value: headers.getInt32(position, !1)
              }, position += 4;
              break;
            case 5:
              out[name] = {
                type: LONG_TAG,
                value: new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8))
              }, position += 8;
              break;
            case 6:
              let binaryLength = headers.getUint16(position, !1);
              position += 2, out[name] = {
                type: BINARY_TAG,
                value: new Uint8Array(headers.buffer, headers.byteOffset + position, binaryLength)
              }, position += binaryLength;
              break;
            case 7:
              let stringLength = headers.getUint16(position, !1);
              position += 2, out[name] = {
                type: STRING_TAG,
                value: this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, stringLength))
              }, position += stringLength;
              break;
            case 8:
              out[name] = {
                type: TIMESTAMP_TAG,
                value: new Date(new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8)).valueOf())
              }, position += 8;
              break;
            case 9:
              let uuidBytes = new Uint8Array(headers.buffer, headers.byteOffset + position, 16);
              position += 16, out[name] = {
                type: UUID_TAG,
                value: `${toHex(uuidBytes.subarray(0, 4))}-${toHex(uuidBytes.subarray(4, 6))}-${toHex(uuidBytes.subarray(6, 8))}-${toHex(uuidBytes.subarray(8, 10))}-${toHex(uuidBytes.subarray(10))}`
              };
              break;
            default:
              throw new Error("Unrecognized header type tag");
          }
        }
        return out;
      }
    };
    (function(HEADER_VALUE_TYPE2) {
      HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.boolTrue = 0] = "boolTrue", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.boolFalse = 1] = "boolFalse", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.byte = 2] = "byte", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.short = 3] = "short", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.integer = 4] = "integer", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.long = 5] = "long", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.byteArray = 6] = "byteArray", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.string = 7] = "string", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.timestamp = 8] = "timestamp", HEADER_VALUE_TYPE2[HEADER_VALUE_TYPE2.uuid = 9] = "uuid";
    })(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
    BOOLEAN_TAG = "boolean", BYTE_TAG = "byte", SHORT_TAG = "short", INT_TAG = "integer", LONG_TAG = "long", BINARY_TAG = "binary", STRING_TAG = "string", TIMESTAMP_TAG = "timestamp", UUID_TAG = "uuid", UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/, MAX_HEADER_VALUE_BYTES = 32767;
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/splitMessage.js
function splitMessage({ byteLength, byteOffset, buffer }) {
  if (byteLength < MINIMUM_MESSAGE_LENGTH)
    throw new Error("Provided message too short to accommodate event stream message overhead");
  let view = new DataView(buffer, byteOffset, byteLength), messageLength = view.getUint32(0, !1);
  if (byteLength !== messageLength)
    throw new Error("Reported message length does not match received message length");
  let headerLength = view.getUint32(PRELUDE_MEMBER_LENGTH, !1), expectedPreludeChecksum = view.getUint32(PRELUDE_LENGTH, !1), expectedMessageChecksum = view.getUint32(byteLength - CHECKSUM_LENGTH, !1), checksummer = new Crc32Node();
  if (checksummer.update(new Uint8Array(buffer, byteOffset, PRELUDE_LENGTH)), expectedPreludeChecksum !== checksummer.digestSync())
    throw new Error(`The prelude checksum specified in the message (${expectedPreludeChecksum}) does not match the calculated CRC32 checksum (${checksummer.digestSync()})`);
  if (checksummer.update(new Uint8Array(buffer, byteOffset + PRELUDE_LENGTH, byteLength - (PRELUDE_LENGTH + CHECKSUM_LENGTH))), expectedMessageChecksum !== checksummer.digestSync())
    throw new Error(`The message checksum (${checksummer.digestSync()}) did not match the expected value of ${expectedMessageChecksum}`);
  return {
    headers: new DataView(buffer, byteOffset + PRELUDE_LENGTH + CHECKSUM_LENGTH, headerLength),
    body: new Uint8Array(buffer, byteOffset + PRELUDE_LENGTH + CHECKSUM_LENGTH + headerLength, messageLength - headerLength - (PRELUDE_LENGTH + CHECKSUM_LENGTH + CHECKSUM_LENGTH))
  };
}
var PRELUDE_MEMBER_LENGTH, PRELUDE_LENGTH, CHECKSUM_LENGTH, MINIMUM_MESSAGE_LENGTH, init_splitMessage = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/splitMessage.js"() {
    init_checksum();
    PRELUDE_MEMBER_LENGTH = 4, PRELUDE_LENGTH = PRELUDE_MEMBER_LENGTH * 2, CHECKSUM_LENGTH = 4, MINIMUM_MESSAGE_LENGTH = PRELUDE_LENGTH + CHECKSUM_LENGTH * 2;
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/EventStreamCodec.js
var EventStreamCodec, init_EventStreamCodec = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/EventStreamCodec.js"() {
    init_checksum();
    init_HeaderMarshaller();
    init_splitMessage();
    EventStreamCodec = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(toUtf82, fromUtf82) {
        this.headerMarshaller = new HeaderMarshaller(toUtf82, fromUtf82), this.messageBuffer = [], this.isEndOfStream = !1;
      }
      feed(message) {
        this.messageBuffer.push(this.decode(message));
      }
      endOfStream() {
        this.isEndOfStream = !0;
      }
      getMessage() {
        let message = this.messageBuffer.pop(), isEndOfStream = this.isEndOfStream;
        return {
          getMessage() {
            return message;
          },
          isEndOfStream() {
            return isEndOfStream;
          }
        };
      }
      getAvailableMessages() {
        let messages = this.messageBuffer;
        this.messageBuffer = [];
        let isEndOfStream = this.isEndOfStream;
        return {
          getMessages() {
            return messages;
          },
          isEndOfStream() {
            return isEndOfStream;
          }
        };
      }
      encode({ headers: rawHeaders, body }) {
        let headers = this.headerMarshaller.format(rawHeaders), length = headers.byteLength + body.byteLength + 16, out = new Uint8Array(length), view = new DataView(out.buffer, out.byteOffset, out.byteLength), checksum = new Crc32Node();
        return view.setUint32(0, length, !1), view.setUint32(4, headers.byteLength, !1), checksum.update(out.subarray(0, 8)), view.setUint32(8, checksum.digestSync(), !1), out.set(headers, 12), out.set(body, headers.byteLength + 12), checksum.update(out.subarray(8, length - 4)), view.setUint32(length - 4, checksum.digestSync(), !1), out;
      }
      decode(message) {
        let { headers, body } = splitMessage(message);
        return { headers: this.headerMarshaller.parse(headers), body };
      }
      formatHeaders(rawHeaders) {
        return this.headerMarshaller.format(rawHeaders);
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/MessageDecoderStream.js
var MessageDecoderStream, init_MessageDecoderStream = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/MessageDecoderStream.js"() {
    MessageDecoderStream = class {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (let bytes of this.options.inputStream)
          yield this.options.decoder.decode(bytes);
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/MessageEncoderStream.js
var MessageEncoderStream, init_MessageEncoderStream = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/MessageEncoderStream.js"() {
    MessageEncoderStream = class {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (let msg of this.options.messageStream)
          yield this.options.encoder.encode(msg);
        this.options.includeEndFrame && (yield new Uint8Array(0));
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/SmithyMessageDecoderStream.js
var SmithyMessageDecoderStream, init_SmithyMessageDecoderStream = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/SmithyMessageDecoderStream.js"() {
    SmithyMessageDecoderStream = class {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (let message of this.options.messageStream) {
          let deserialized = await this.options.deserializer(message);
          deserialized !== void 0 && (yield deserialized);
        }
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/SmithyMessageEncoderStream.js
var SmithyMessageEncoderStream, init_SmithyMessageEncoderStream = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-codec/SmithyMessageEncoderStream.js"() {
    SmithyMessageEncoderStream = class {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (let chunk of this.options.inputStream)
          yield this.options.serializer(chunk);
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde-universal/getChunkedStream.js
function getChunkedStream(source) {
  let currentMessageTotalLength = 0, currentMessagePendingLength = 0, currentMessage = null, messageLengthBuffer = null, allocateMessage = (size) => {
    if (typeof size != "number")
      throw new Error("Attempted to allocate an event message where size was not a number: " + size);
    currentMessageTotalLength = size, currentMessagePendingLength = 4, currentMessage = new Uint8Array(size), new DataView(currentMessage.buffer).setUint32(0, size, !1);
  }, iterator = async function* () {
    let sourceIterator = source[Symbol.asyncIterator]();
    for (; ; ) {
      let { value, done } = await sourceIterator.next();
      if (done) {
        if (currentMessageTotalLength)
          if (currentMessageTotalLength === currentMessagePendingLength)
            yield currentMessage;
          else
            throw new Error("Truncated event message received.");
        else return;
        return;
      }
      let chunkLength = value.length, currentOffset = 0;
      for (; currentOffset < chunkLength; ) {
        if (!currentMessage) {
          let bytesRemaining = chunkLength - currentOffset;
          messageLengthBuffer || (messageLengthBuffer = new Uint8Array(4));
          let numBytesForTotal = Math.min(4 - currentMessagePendingLength, bytesRemaining);
          if (messageLengthBuffer.set(value.slice(currentOffset, currentOffset + numBytesForTotal), currentMessagePendingLength), currentMessagePendingLength += numBytesForTotal, currentOffset += numBytesForTotal, currentMessagePendingLength < 4)
            break;
          allocateMessage(new DataView(messageLengthBuffer.buffer).getUint32(0, !1)), messageLengthBuffer = null;
        }
        let numBytesToWrite = Math.min(currentMessageTotalLength - currentMessagePendingLength, chunkLength - currentOffset);
        currentMessage.set(value.slice(currentOffset, currentOffset + numBytesToWrite), currentMessagePendingLength), currentMessagePendingLength += numBytesToWrite, currentOffset += numBytesToWrite, currentMessageTotalLength && currentMessageTotalLength === currentMessagePendingLength && (yield currentMessage, currentMessage = null, currentMessageTotalLength = 0, currentMessagePendingLength = 0);
      }
    }
  };
  return {
    [Symbol.asyncIterator]: iterator
  };
}
var init_getChunkedStream = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde-universal/getChunkedStream.js"() {
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde-universal/getUnmarshalledStream.js
function getUnmarshalledStream(source, options) {
  let messageUnmarshaller = getMessageUnmarshaller(options.deserializer, options.toUtf8);
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (let chunk of source) {
        let message = options.eventStreamCodec.decode(chunk), type = await messageUnmarshaller(message);
        type !== void 0 && (yield type);
      }
    }
  };
}
function getMessageUnmarshaller(deserializer, toUtf82) {
  return async function(message) {
    let { value: messageType } = message.headers[":message-type"];
    if (messageType === "error") {
      let unmodeledError = new Error(message.headers[":error-message"].value || "UnknownError");
      throw unmodeledError.name = message.headers[":error-code"].value, unmodeledError;
    } else if (messageType === "exception") {
      let code = message.headers[":exception-type"].value, exception = { [code]: message }, deserializedException = await deserializer(exception);
      if (deserializedException.$unknown) {
        let error = new Error(toUtf82(message.body));
        throw error.name = code, error;
      }
      throw deserializedException[code];
    } else if (messageType === "event") {
      let event = {
        [message.headers[":event-type"].value]: message
      }, deserialized = await deserializer(event);
      return deserialized.$unknown ? void 0 : deserialized;
    } else
      throw Error(`Unrecognizable event type: ${message.headers[":event-type"].value}`);
  };
}
var init_getUnmarshalledStream = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde-universal/getUnmarshalledStream.js"() {
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde-universal/EventStreamMarshaller.js
var EventStreamMarshaller, eventStreamSerdeProvider, init_EventStreamMarshaller = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde-universal/EventStreamMarshaller.js"() {
    init_EventStreamCodec();
    init_MessageDecoderStream();
    init_MessageEncoderStream();
    init_SmithyMessageDecoderStream();
    init_SmithyMessageEncoderStream();
    init_getChunkedStream();
    init_getUnmarshalledStream();
    EventStreamMarshaller = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder, utf8Decoder }) {
        this.eventStreamCodec = new EventStreamCodec(utf8Encoder, utf8Decoder), this.utfEncoder = utf8Encoder;
      }
      deserialize(body, deserializer) {
        let inputStream = getChunkedStream(body);
        return new SmithyMessageDecoderStream({
          messageStream: new MessageDecoderStream({ inputStream, decoder: this.eventStreamCodec }),
          deserializer: getMessageUnmarshaller(deserializer, this.utfEncoder)
        });
      }
      serialize(inputStream, serializer) {
        return new MessageEncoderStream({
          messageStream: new SmithyMessageEncoderStream({ inputStream, serializer }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0
        });
      }
    }, eventStreamSerdeProvider = (options) => new EventStreamMarshaller(options);
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde/EventStreamMarshaller.js
async function* readableToIterable(readStream) {
  let streamEnded = !1, generationEnded = !1, records = new Array();
  for (readStream.on("error", (err) => {
    if (streamEnded || (streamEnded = !0), err)
      throw err;
  }), readStream.on("data", (data) => {
    records.push(data);
  }), readStream.on("end", () => {
    streamEnded = !0;
  }); !generationEnded; ) {
    let value = await new Promise((resolve) => setTimeout(() => resolve(records.shift()), 0));
    value && (yield value), generationEnded = streamEnded && records.length === 0;
  }
}
var import_node_stream, EventStreamMarshaller2, eventStreamSerdeProvider2, init_EventStreamMarshaller2 = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde/EventStreamMarshaller.js"() {
    import_node_stream = __toESM(require_node_stream());
    init_EventStreamMarshaller();
    EventStreamMarshaller2 = class {
      universalMarshaller;
      constructor({ utf8Encoder, utf8Decoder }) {
        this.universalMarshaller = new EventStreamMarshaller({
          utf8Decoder,
          utf8Encoder
        });
      }
      deserialize(body, deserializer) {
        let bodyIterable = typeof body[Symbol.asyncIterator] == "function" ? body : readableToIterable(body);
        return this.universalMarshaller.deserialize(bodyIterable, deserializer);
      }
      serialize(input, serializer) {
        return import_node_stream.Readable.from(this.universalMarshaller.serialize(input, serializer));
      }
    }, eventStreamSerdeProvider2 = (options) => new EventStreamMarshaller2(options);
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde/utils.js
var readableStreamToIterable, iterableToReadableStream, init_utils = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde/utils.js"() {
    readableStreamToIterable = (readableStream) => ({
      [Symbol.asyncIterator]: async function* () {
        let reader = readableStream.getReader();
        try {
          for (; ; ) {
            let { done, value } = await reader.read();
            if (done)
              return;
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      }
    }), iterableToReadableStream = (asyncIterable) => {
      let iterator = asyncIterable[Symbol.asyncIterator]();
      return new ReadableStream({
        async pull(controller) {
          let { done, value } = await iterator.next();
          if (done)
            return controller.close();
          controller.enqueue(value);
        }
      });
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde-config-resolver/EventStreamSerdeConfig.js
var resolveEventStreamSerdeConfig, init_EventStreamSerdeConfig = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/eventstream-serde-config-resolver/EventStreamSerdeConfig.js"() {
    resolveEventStreamSerdeConfig = (input) => Object.assign(input, {
      eventStreamMarshaller: input.eventStreamSerdeProvider(input)
    });
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/EventStreamSerde.js
var EventStreamSerde, init_EventStreamSerde = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/EventStreamSerde.js"() {
    init_transport();
    init_schema();
    init_serde();
    EventStreamSerde = class {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({ marshaller, serializer, deserializer, serdeContext, defaultContentType, compositeErrorRegistry }) {
        this.marshaller = marshaller, this.serializer = serializer, this.deserializer = deserializer, this.serdeContext = serdeContext, this.defaultContentType = defaultContentType, this.compositeErrorRegistry = compositeErrorRegistry;
      }
      async serializeEventStream({ eventStream, requestSchema, initialRequest, initialMessageType }) {
        let marshaller = this.marshaller, eventStreamMember = requestSchema.getEventStreamMember(), unionSchema = requestSchema.getMemberSchema(eventStreamMember), serializer = this.serializer, defaultContentType = this.defaultContentType, initialRequestMarker = /* @__PURE__ */ Symbol("initialRequestMarker"), eventStreamIterable = {
          async *[Symbol.asyncIterator]() {
            if (initialRequest) {
              let headers = {
                ":event-type": { type: "string", value: initialMessageType ?? "initial-request" },
                ":message-type": { type: "string", value: "event" },
                ":content-type": { type: "string", value: defaultContentType }
              };
              serializer.write(requestSchema, initialRequest);
              let body = serializer.flush();
              yield {
                [initialRequestMarker]: !0,
                headers,
                body
              };
            }
            for await (let page of eventStream)
              yield page;
          }
        };
        return marshaller.serialize(eventStreamIterable, (event) => {
          if (event[initialRequestMarker])
            return {
              headers: event.headers,
              body: event.body
            };
          let unionMember = "";
          for (let key in event)
            if (hasOwn(event, key) && key !== "__type") {
              unionMember = key;
              break;
            }
          let { additionalHeaders, body, eventType, explicitPayloadContentType } = this.writeEventBody(unionMember, unionSchema, event);
          return {
            headers: {
              ":event-type": { type: "string", value: eventType },
              ":message-type": { type: "string", value: "event" },
              ":content-type": { type: "string", value: explicitPayloadContentType ?? defaultContentType },
              ...additionalHeaders
            },
            body
          };
        });
      }
      async deserializeEventStream({ response, responseSchema, initialResponseContainer, initialMessageType }) {
        let marshaller = this.marshaller, eventStreamMember = responseSchema.getEventStreamMember(), memberSchemas = responseSchema.getMemberSchema(eventStreamMember).getMemberSchemas(), initialResponseMarker = /* @__PURE__ */ Symbol("initialResponseMarker"), asyncIterable = marshaller.deserialize(response.body, async (event) => {
          let unionMember = "";
          for (let key in event)
            if (hasOwn(event, key) && key !== "__type") {
              unionMember = key;
              break;
            }
          let body = event[unionMember].body;
          if (unionMember === (initialMessageType ?? "initial-response")) {
            let dataObject = await this.deserializer.read(responseSchema, body);
            return delete dataObject[eventStreamMember], {
              [initialResponseMarker]: !0,
              ...dataObject
            };
          } else if (unionMember in memberSchemas) {
            let eventStreamSchema = memberSchemas[unionMember];
            if (eventStreamSchema.isStructSchema()) {
              let out = {}, hasBindings = !1;
              for (let [name, member] of eventStreamSchema.structIterator()) {
                let { eventHeader, eventPayload } = member.getMergedTraits();
                if (hasBindings = hasBindings || !!(eventHeader || eventPayload), eventPayload)
                  member.isBlobSchema() ? out[name] = body : member.isStringSchema() ? out[name] = (this.serdeContext?.utf8Encoder ?? toUtf8)(body) : member.isStructSchema() && (out[name] = await this.deserializer.read(member, body));
                else if (eventHeader) {
                  let value = event[unionMember].headers[name]?.value;
                  value != null && (member.isNumericSchema() ? value && typeof value == "object" && "bytes" in value ? out[name] = BigInt(value.toString()) : out[name] = Number(value) : out[name] = value);
                }
              }
              return {
                [unionMember]: await this.readEventMember(eventStreamSchema, body, hasBindings, out)
              };
            }
            return {
              [unionMember]: await this.deserializer.read(eventStreamSchema, body)
            };
          } else
            return {
              $unknown: event
            };
        }), asyncIterator = asyncIterable[Symbol.asyncIterator](), firstEvent = await asyncIterator.next();
        if (firstEvent.done)
          return asyncIterable;
        if (firstEvent.value?.[initialResponseMarker]) {
          if (!responseSchema)
            throw new Error("@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.");
          for (let key in firstEvent.value)
            hasOwn(firstEvent.value, key) && (initialResponseContainer[key] = firstEvent.value[key]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (firstEvent?.value?.[initialResponseMarker] || (yield firstEvent.value); ; ) {
              let { done, value } = await asyncIterator.next();
              if (done)
                break;
              yield value;
            }
          }
        };
      }
      async readEventMember(eventStreamSchema, body, hasBindings, out) {
        let ErrCtor, staticStructuralSchema = eventStreamSchema.getSchema();
        if (Array.isArray(staticStructuralSchema) && staticStructuralSchema[0] === -3) {
          let namespace = staticStructuralSchema[1], nsRegistry = TypeRegistry.for(namespace);
          this.compositeErrorRegistry?.copyFrom(nsRegistry), ErrCtor = (this.compositeErrorRegistry ?? nsRegistry)?.getErrorCtor(staticStructuralSchema);
        }
        let dataObject = hasBindings ? out : body.byteLength === 0 ? {} : await this.deserializer.read(eventStreamSchema, body);
        if (ErrCtor) {
          let message = dataObject.message ?? dataObject.Message ?? "Unknown", metadata = {}, $fault = eventStreamSchema.getMergedTraits().error;
          return $fault && (metadata.$fault = $fault), Object.assign(new ErrCtor({}), metadata, {
            message
          }, dataObject);
        }
        return dataObject;
      }
      writeEventBody(unionMember, unionSchema, event) {
        let serializer = this.serializer, eventType = unionMember, explicitPayloadMember = null, explicitPayloadContentType, isKnownSchema = unionSchema.getSchema()[4].includes(unionMember), additionalHeaders = {};
        if (isKnownSchema) {
          let eventSchema = unionSchema.getMemberSchema(unionMember);
          if (eventSchema.isStructSchema()) {
            for (let [memberName, memberSchema] of eventSchema.structIterator()) {
              let { eventHeader, eventPayload } = memberSchema.getMergedTraits();
              if (eventPayload)
                explicitPayloadMember = memberName;
              else if (eventHeader) {
                let value = event[unionMember][memberName], type = "binary";
                memberSchema.isNumericSchema() ? (-2) ** 31 <= value && value <= 2 ** 31 - 1 ? type = "integer" : type = "long" : memberSchema.isTimestampSchema() ? type = "timestamp" : memberSchema.isStringSchema() ? type = "string" : memberSchema.isBooleanSchema() && (type = "boolean"), value != null && (additionalHeaders[memberName] = {
                  type,
                  value
                }, delete event[unionMember][memberName]);
              }
            }
            if (explicitPayloadMember !== null) {
              let payloadSchema = eventSchema.getMemberSchema(explicitPayloadMember);
              payloadSchema.isBlobSchema() ? explicitPayloadContentType = "application/octet-stream" : payloadSchema.isStringSchema() && (explicitPayloadContentType = "text/plain"), serializer.write(payloadSchema, event[unionMember][explicitPayloadMember]);
            } else
              serializer.write(eventSchema, event[unionMember]);
          } else if (eventSchema.isUnitSchema())
            serializer.write(eventSchema, {});
          else
            throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.");
        } else {
          let [type, value] = event[unionMember];
          eventType = type, serializer.write(15, value);
        }
        let messageSerialization = serializer.flush() ?? new Uint8Array();
        return {
          body: typeof messageSerialization == "string" ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(messageSerialization) : messageSerialization,
          eventType,
          explicitPayloadContentType,
          additionalHeaders
        };
      }
    };
  }
});

// node_modules/@smithy/core/dist-es/submodules/event-streams/index.js
var event_streams_exports = {};
__export(event_streams_exports, {
  EventStreamCodec: () => EventStreamCodec,
  EventStreamMarshaller: () => EventStreamMarshaller2,
  EventStreamSerde: () => EventStreamSerde,
  HeaderMarshaller: () => HeaderMarshaller,
  Int64: () => Int64,
  MessageDecoderStream: () => MessageDecoderStream,
  MessageEncoderStream: () => MessageEncoderStream,
  SmithyMessageDecoderStream: () => SmithyMessageDecoderStream,
  SmithyMessageEncoderStream: () => SmithyMessageEncoderStream,
  UniversalEventStreamMarshaller: () => EventStreamMarshaller,
  eventStreamSerdeProvider: () => eventStreamSerdeProvider2,
  getChunkedStream: () => getChunkedStream,
  getMessageUnmarshaller: () => getMessageUnmarshaller,
  getUnmarshalledStream: () => getUnmarshalledStream,
  iterableToReadableStream: () => iterableToReadableStream,
  readableStreamToIterable: () => readableStreamToIterable,
  resolveEventStreamSerdeConfig: () => resolveEventStreamSerdeConfig,
  universalEventStreamSerdeProvider: () => eventStreamSerdeProvider
});
var init_event_streams = __esm({
  "node_modules/@smithy/core/dist-es/submodules/event-streams/index.js"() {
    init_EventStreamCodec();
    init_HeaderMarshaller();
    init_Int64();
    init_MessageDecoderStream();
    init_MessageEncoderStream();
    init_SmithyMessageDecoderStream();
    init_SmithyMessageEncoderStream();
    init_EventStreamMarshaller2();
    init_utils();
    init_EventStreamMarshaller();
    init_getChunkedStream();
    init_getUnmarshalledStream();
    init_EventStreamSerdeConfig();
    init_EventStreamSerde();
  }
});

export {
  Int64,
  HeaderMarshaller,
  EventStreamCodec,
  MessageDecoderStream,
  MessageEncoderStream,
  SmithyMessageDecoderStream,
  SmithyMessageEncoderStream,
  getChunkedStream,
  getUnmarshalledStream,
  getMessageUnmarshaller,
  EventStreamMarshaller,
  eventStreamSerdeProvider,
  EventStreamMarshaller2,
  eventStreamSerdeProvider2,
  readableStreamToIterable,
  iterableToReadableStream,
  resolveEventStreamSerdeConfig,
  EventStreamSerde,
  event_streams_exports,
  init_event_streams
};
