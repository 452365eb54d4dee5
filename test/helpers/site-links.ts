import { existsSync, readFileSync, statSync } from "node:fs"
import { join, posix, relative, sep } from "node:path"
import { inflateSync } from "node:zlib"
import { filesUnder } from "./files"

// The links of a static site, read from its files rather than from a browser: every href and
// src of every HTML page, and the URLs of the navigation, search and hierarchy data that
// typedoc writes as compressed JavaScript and that its pages turn into links when they load.

/** What one HTML file links to and which ids it holds. */
export interface HtmlLinks {
  /** The href and src values, in document order. */
  readonly links: ReadonlyArray<string>
  /** The targets a #fragment may name: every id, and the name of every <a>. */
  readonly ids: ReadonlySet<string>
}

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }

/** An attribute value with its character references replaced by the characters they stand for. */
const decodeReferences = (value: string): string =>
  value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return entities[name.toLowerCase()] ?? whole
  })

// A start tag: its name, then attributes whose quoted values may hold ">".
const startTag = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?(?:-->|$)/g
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const linkAttributes = new Set(["href", "src", "xlink:href"])

/**
 * The links and ids of an HTML document. It reads start tags only, which is enough for a
 * generated page: text holds no raw "<" (the generator escapes it), and the text of <script>
 * and <style> elements, which may, is passed over.
 */
export const htmlLinks = (html: string): HtmlLinks => {
  const links: string[] = []
  const ids = new Set<string>()
  startTag.lastIndex = 0
  for (let match = startTag.exec(html); match !== null; match = startTag.exec(html)) {
    const name = match[1]?.toLowerCase()
    if (name === undefined) continue // a comment
    for (const [, key = "", double, single, bare] of (match[2] ?? "").matchAll(attribute)) {
      const value = decodeReferences(double ?? single ?? bare ?? "")
      const lower = key.toLowerCase()
      if (linkAttributes.has(lower)) links.push(value)
      else if (lower === "id" || (lower === "name" && name === "a")) ids.add(value)
    }
    if (name === "script" || name === "style") {
      const end = new RegExp(`</${name}`, "gi")
      end.lastIndex = startTag.lastIndex
      startTag.lastIndex = end.exec(html)?.index ?? html.length
    }
  }
  return { links, ids }
}

/** The URLs typedoc keeps in assets/navigation.js, search.js and hierarchy.js, from the site root. */
export const dataLinks = (site: string): ReadonlyArray<{ readonly from: string; readonly url: string }> => {
  const found: { from: string; url: string }[] = []
  const read = (name: string): unknown => {
    const file = join(site, "assets", `${name}.js`)
    // Each file is one assignment of a base64 string: zlib-deflated JSON.
    const data = /=\s*"([A-Za-z0-9+/=]*)"/.exec(readFileSync(file, "utf8"))?.[1]
    if (data === undefined) throw new Error(`${file}: no compressed data where typedoc puts it`)
    return JSON.parse(inflateSync(Buffer.from(data, "base64")).toString("utf8"))
  }
  interface NavigationNode {
    readonly path?: string
    readonly children?: ReadonlyArray<NavigationNode>
  }
  const walk = (nodes: ReadonlyArray<NavigationNode>) => {
    for (const node of nodes) {
      if (node.path !== undefined) found.push({ from: "assets/navigation.js", url: node.path })
      walk(node.children ?? [])
    }
  }
  walk(read("navigation") as ReadonlyArray<NavigationNode>)
  const search = read("search") as { rows: ReadonlyArray<{ url: string }> }
  for (const row of search.rows) found.push({ from: "assets/search.js", url: row.url })
  const hierarchy = read("hierarchy") as { reflections: Readonly<Record<string, { url?: string }>> }
  for (const reflection of Object.values(hierarchy.reflections))
    if (reflection.url !== undefined) found.push({ from: "assets/hierarchy.js", url: reflection.url })
  return found
}

/** The result of checking a site's links. */
export interface LinkReport {
  /** The site's HTML pages, as paths from its root with "/" between folders. */
  readonly pages: ReadonlyArray<string>
  /** How many links to the site's own files were checked. */
  readonly checked: number
  /** How many of those carried a #fragment, checked against the target's ids. */
  readonly anchors: number
  /** One line per link whose file or #fragment does not exist. */
  readonly broken: ReadonlyArray<string>
}

/**
 * Checks every link of a static site that points into the site: the file must exist (a folder
 * stands for its index.html) and must not lie outside the site, and a #fragment must name an
 * id of the target page. Links with a scheme (https:, mailto:) or to another host are not
 * followed.
 */
export const checkSiteLinks = (site: string): LinkReport => {
  const pages = filesUnder(site, ".html").map((file) => relative(site, file).split(sep).join("/"))
  const parsed = new Map<string, HtmlLinks>()
  const linksOf = (page: string): HtmlLinks => {
    let known = parsed.get(page)
    if (known === undefined) {
      known = htmlLinks(readFileSync(join(site, ...page.split("/")), "utf8"))
      parsed.set(page, known)
    }
    return known
  }
  const broken: string[] = []
  let checked = 0
  let anchors = 0
  /** Checks one link written in `from`; `base` is the page it is relative to ("" for the root). */
  const check = (from: string, base: string, link: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//")) return
    const hash = link.indexOf("#")
    const fragment = hash === -1 ? "" : link.slice(hash + 1)
    const path = (hash === -1 ? link : link.slice(0, hash)).replace(/\?.*$/, "")
    if (path === "" && fragment === "") return // "#" and "": the page itself, on purpose
    checked++
    let target = base
    if (path !== "") {
      if (path.startsWith("/")) {
        broken.push(`${from} → ${link}: a path from the server's root breaks when the site has a prefix`)
        return
      }
      target = posix.normalize(posix.join(posix.dirname(base === "" ? "x" : base), decodeURI(path)))
      if (target.startsWith("../") || target === "..") {
        broken.push(`${from} → ${link}: outside the site`)
        return
      }
      const file = join(site, ...target.split("/"))
      if (!existsSync(file)) {
        broken.push(`${from} → ${link}: no such file`)
        return
      }
      if (statSync(file).isDirectory()) target = posix.join(target, "index.html")
      if (!existsSync(join(site, ...target.split("/")))) {
        broken.push(`${from} → ${link}: a folder without index.html`)
        return
      }
    }
    if (fragment === "" || !/\.(html|svg)$/.test(target)) return
    anchors++
    if (!linksOf(target).ids.has(decodeURIComponent(fragment)))
      broken.push(`${from} → ${link}: no id "${decodeURIComponent(fragment)}" in ${target}`)
  }
  for (const page of pages) for (const link of linksOf(page).links) check(page, page, link)
  for (const { from, url } of dataLinks(site)) check(from, "", url)
  return { pages, checked, anchors, broken }
}
