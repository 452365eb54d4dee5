// selection/: which records need parsing. The one home of the selection rule (select.ts,
// passedOverAs), the reading of a record's key from its text (select.ts, structure.ts), and
// the lanes that take the records of a list a selection may pass over: over text, with the
// scanner or from the text around brackets (lane.ts, text-lanes.ts), and over a stream's bytes
// (byte-lane.ts); their contracts are in contracts.ts. It may import scanner/, cutting/, input/.

export { ByteLane, canDecode } from "./byte-lane"
export type { LaneHost } from "./contracts"
export { passedOverAs, passedOverSource, type Selection, selectionOf } from "./select"
export { TextLanes } from "./text-lanes"
