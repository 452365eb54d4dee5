// The guides on the documentation site (used by scripts/typedoc-site.mjs).
//
// - Every docs/*.md is a page of the site: typedoc.json lists the guides in their order, and a
//   guide it does not list yet (a new one) is added after them, so that no guide is left on
//   GitHub alone. docs/README.md is the site's front page (typedoc.json: "readme"), not a guide.
// - Links to a guide's Markdown file on GitHub (README.md links there, so that they work on npm)
//   become links to the guide's page of the site.
// - The search finds a guide's sections, not only the guide: each heading of a guide is an entry
//   of the search index, with the text under it, linking to the heading's anchor.
import { readdirSync } from "node:fs"
import { join, relative, sep } from "node:path"
import { Application, DocumentReflection, IndexEvent, ReflectionKind } from "typedoc"

/**
 * How much more a guide's section weighs in the search than an API entry whose description
 * matches as well. A word in a section's text counts a tenth of one in a name (typedoc's
 * weights), and a section is longer than a description, so without it every member named
 * "bucket" came before the guides' sections about buckets, and only ten results are shown.
 */
const SECTION_BOOST = 20

/** The guides' folder, and the front page in it (not a guide). */
const guidesDir = "docs"
const frontPage = "README.md"

/** Appends the docs/*.md that typedoc.json's projectDocuments does not list. */
const addUnlistedGuides = (app) => {
  const root = process.cwd()
  const listed = app.options.getValue("projectDocuments")
  const all = readdirSync(join(root, guidesDir))
    .filter((file) => file.endsWith(".md") && file !== frontPage)
    .sort()
    .map((file) => join(root, guidesDir, file))
  const missing = all.filter((file) => !listed.includes(file))
  if (missing.length > 0) app.options.setValue("projectDocuments", [...listed, ...missing], root)
}

/**
 * A heading's title, and its anchor as typedoc writes it: typedoc's slugger over the heading's
 * text tokens only (inline code is left out, so "`jobs`" alone gives "_"), without punctuation,
 * spaces to dashes, lower case; `seen` numbers repeats.
 */
const anchorOf = (markdown, seen) => {
  const plain = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*/g, "")
  const text = plain.replace(/`/g, "").trim()
  const slug =
    plain
      .replace(/`[^`]*`/g, "")
      .trim()
      .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, "")
      .replace(/\s/g, "-")
      .replace(/--+/, "-")
      .toLocaleLowerCase() || "_"
  const count = seen.get(slug)
  let anchor = slug
  if (count !== undefined) {
    let next = count
    do anchor = `${slug}-${++next}`
    while (seen.has(anchor))
    seen.set(slug, next)
  } else seen.set(slug, 0)
  return { text, anchor }
}

/**
 * Markdown as the words a reader sees, for the search: links by their text, without code
 * marks, emphasis or table rules (a URL or a code block is many words no one searches for, and
 * a longer text ranks lower for the words it has).
 */
const searchText = (markdown) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*|]/g, " ")
    .replace(/^\s*-{3,}\s*$/gm, "")

/**
 * A guide's sections (headings of level 2 to `deepest` outside code blocks), each with the
 * prose under it (code blocks left out).
 */
export const sectionsOf = (markdown, deepest = 3) => {
  const sections = []
  const seen = new Map()
  let fenced = false
  let current
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced
      continue
    }
    if (fenced) continue
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line)
    if (heading !== null) {
      const { text, anchor } = anchorOf(heading[2], seen)
      current =
        heading[1].length >= 2 && heading[1].length <= deepest
          ? { title: text, anchor, lines: [] }
          : undefined
      if (current !== undefined) sections.push(current)
    } else current?.lines.push(line)
  }
  return sections.map(({ title, anchor, lines }) => ({ title, anchor, text: searchText(lines.join("\n")) }))
}

/** @param {import("typedoc").Application} app */
export const loadGuides = (app) => {
  app.on(Application.EVENT_BOOTSTRAP_END, () => addUnlistedGuides(app))

  /** Section entries of the search index, by the reflection standing for each, to their URLs. */
  const sectionUrls = new Map()
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    const router = app.renderer.router
    const guides = event.searchResults.filter(
      (reflection) => reflection.isDocument() && reflection.kindOf(ReflectionKind.Document),
    )
    for (const guide of guides) {
      const markdown = guide.content.map((part) => part.text).join("")
      // An operation page (a child of the operation reference): its sections, not its structures.
      for (const section of sectionsOf(markdown, guide.parent?.isDocument() ? 2 : 3)) {
        const entry = new DocumentReflection(section.title, guide, [{ kind: "text", text: section.text }], {})
        entry.relevanceBoost = (guide.relevanceBoost ?? 1) * SECTION_BOOST
        sectionUrls.set(entry, `${router.getFullUrl(guide)}#${section.anchor}`)
        event.searchResults.push(entry)
        event.searchFields.push({})
      }
    }
    const getFullUrl = router.getFullUrl.bind(router)
    router.getFullUrl = (target) => sectionUrls.get(target) ?? getFullUrl(target)
  })
}

/**
 * The site's page of each guide, by the guide's path in the repository ("docs/quirks.md"), from
 * the documents of this build.
 */
export const guidePages = (app) => {
  const router = app.renderer.router
  const pages = new Map()
  for (const target of router.getLinkTargets()) {
    if (!(target instanceof DocumentReflection)) continue
    const file = app.files.getReflectionPath(target)
    if (file === undefined) continue
    pages.set(relative(process.cwd(), file).split(sep).join("/"), router.getFullUrl(target))
  }
  return pages
}
