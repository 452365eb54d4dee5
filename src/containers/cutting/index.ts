// cutting/: the exact cutter of chunked text into pieces (a record of a list, a whole value,
// a line of JSON Lines), in bounded memory, with the recovery after damaged text, and its
// contracts (contracts.ts: what it gives, and the Lanes it asks at each separator of a list).
// It knows nothing of what is selected. It may import input/ and the layers below containers/.
export {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  EVENT_SOURCE_KEY,
  isSpace,
  NEWLINE,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  RECORD_START,
} from "./chars"
export {
  type Lanes,
  type LaneTaken,
  type Piece,
  type PieceOut,
  type Splitter,
  SUSPENDED,
  type Where,
} from "./contracts"
export { LineSplitter } from "./line-splitter"
export { RecordSplitter } from "./splitter"
