// Reading the pages typedoc writes (test/docs-site.test.ts), from their HTML: what a reader of
// the page sees, without a browser.

/** Text as a reader sees it: tags dropped, entities and spaces undone. */
export const plainText = (html: string): string =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim()

/** The members of a type's page (its "Properties"), each with its description, if any. */
export const membersOf = (html: string): ReadonlyArray<{ name: string; description: string }> =>
  [...html.matchAll(/<section class="tsd-panel tsd-member[^"]*">([\s\S]*?)<\/section>/g)].map((match) => {
    const body = match[1] ?? ""
    const name = plainText(/<h3[^>]*>([\s\S]*?)<\/h3>/.exec(body)?.[1] ?? "").replace(/^Optional/, "")
    const comment = /<div class="tsd-comment tsd-typography">([\s\S]*?)<\/div>/.exec(body)?.[1] ?? ""
    return { name, description: plainText(comment) }
  })

/** The description at the top of an API page, above its members. */
export const summaryOf = (html: string): string =>
  plainText(/<section class="tsd-panel tsd-comment">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "")

/** The header rows of a page's tables, as the text of their cells. */
export const tableHeaders = (html: string): ReadonlyArray<ReadonlyArray<string>> =>
  [...html.matchAll(/<thead>([\s\S]*?)<\/thead>/g)].map((match) =>
    [...(match[1] ?? "").matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((cell) => plainText(cell[1] ?? "")),
  )

/** The entries of a page's "On this page" list, as their link targets. */
export const onThisPage = (html: string): ReadonlyArray<string> => {
  const start = html.indexOf('class="tsd-accordion tsd-page-navigation"')
  if (start < 0) return []
  const end = html.indexOf("</details>", html.indexOf('class="tsd-accordion-details"', start))
  return [...html.slice(start, end).matchAll(/<a href="([^"]*)"/g)].map((match) => match[1] ?? "")
}
