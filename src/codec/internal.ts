// Helpers shared by the codecs; not part of the public surface.

/** Whether a value is a non-null object that is not an array (what JSON calls an object). */
export const isPlainObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)
