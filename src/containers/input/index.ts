// input/: from whatever a caller holds to JSON. Bytes to text (gzip, checked and capped;
// UTF-8; base64), text to a JSON value (JSON.parse failing as data), the options and caps of
// every reader (ReadOptions), and the JSON paths the readers build (path.ts).
// It may import only the codec/ and failure.ts layers below containers/, and fflate.

export { MAX_DEPTH, tooDeep } from "./depth"
export {
  crc32,
  type GzipProblem,
  gzipHeaderEnd,
  gzipTrailer,
  type Inflated,
  inflateGzip,
  trailerProblem,
  trailingNotice,
} from "./gzip"
export { bytesOf, jsonValueOf, MAX_STRING_LENGTH, textOfBytes, textOfBytesPartly } from "./json-value"
export { index, type Segments } from "./path"
export {
  base64,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_LOGS_DATA_BYTES,
  gunzip,
  gzipProblem,
  isGzip,
  parseJson,
  type ReadOptions,
  utf8,
} from "./text"
