// scanner/: the WebAssembly scanner. Given UTF-8 bytes and a set of names, it tokenises
// records exactly, says where each closes and where its own "eventSource" key is, and passes
// over and counts those whose source is not one of the names. Its source is scan.wat (with
// tokens.wat and records.wat), its memory layout is layout.ts, written once and substituted into
// the .wat by scripts/wasm.ts; the module is under generated/. It may import cutting/, input/.

export { MAX_RECORDS } from "./layout"
export {
  FULL,
  Given,
  NO_KEY,
  newScanner,
  RAN_OUT,
  type Scanner,
  STOPPED,
  theRecordScanner,
  theScanner,
  UNCLEAR_KEY,
  WHOLE,
} from "./scanner"
