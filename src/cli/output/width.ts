// How wide a table may be: `--width`, else the terminal's width, else `COLUMNS`, else no limit
// (a pipe or a file gets one line per row; cells are still cut at CELL_LIMIT columns).

/** What the width is read from: the option, the standard output, the environment. */
export interface WidthSources {
  /** `--width`: a number of columns, 0 for no limit. */
  readonly given?: number | undefined
  readonly stdout: { readonly isTTY?: boolean; readonly columns?: number }
  readonly env: Readonly<Record<string, string | undefined>>
}

/** The table's width in columns, or undefined for no limit. */
export const tableWidth = ({ given, stdout, env }: WidthSources): number | undefined => {
  if (given !== undefined) return given > 0 ? given : undefined
  if (stdout.isTTY === true && stdout.columns !== undefined && stdout.columns > 0) return stdout.columns
  const columns = Number(env.COLUMNS)
  if (env.COLUMNS !== undefined && Number.isSafeInteger(columns) && columns > 0) return columns
  return undefined
}
