// JSON paths as the readers build them while they descend into a container.
import type { PathSegment } from "../../failure"

/** JSON path segments, as `failureAt` takes them: `["Records", 12]`. */
export type Segments = ReadonlyArray<PathSegment>

/** Appends the index `i`. */
export const index = (at: Segments, i: number): Segments => [...at, i]
