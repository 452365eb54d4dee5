// A typedoc plugin for the documentation site (typedoc.json: "plugin", "router" and "theme").
// Plain JavaScript because typedoc imports plugins itself, without tsx.
//
// - URLs stay what they were before modules and guides got their names: a module is named by
//   its import path ("mediaconvert-cloudtrail/node") but its pages stay under "node.", and a
//   guide titled "Getting started" stays at documents/getting-started.html, so that links into
//   the site do not break.
// - The sidebar lists each codec and its type once, and a category too big for it (the 34
//   events, the 68 request and response types) as one link to its section of the module page.
//   (The shapes, the combinators and the 34 operation pages are left out by typedoc.json's
//   navigationLeaves: their index pages list them.) The "On this page" list of a page with more
//   entries than fit shows its sections only.
// - A type without a description of its own takes its codec's (a codec and its type share a
//   name: the type's page must say what it is), and each of the two pages links to the other.
// - Markdown read both on GitHub and on the site (docs/*.md) links to the API with absolute
//   URLs of the published site; here they become relative links to this build's pages, and a
//   URL this build has no page for is a warning (an error with --treatWarningsAsErrors).
// - A struct's type that typedoc prints as `Flatten<{…} & {…}>` is written as the interface of
//   the same members, where there is one.
import { readFileSync } from "node:fs"
import { basename, dirname, join, posix } from "node:path"
import {
  Comment,
  Converter,
  DefaultTheme,
  DefaultThemeRenderContext,
  KindRouter,
  MarkdownEvent,
  ReferenceType,
  ReflectionKind,
  RendererEvent,
} from "typedoc"

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8"))
const packageName = packageJson.name
/** Where the site is published; docs/*.md link to API pages under it. */
const siteUrl = packageJson.homepage.endsWith("/") ? packageJson.homepage : `${packageJson.homepage}/`

/** More entries than this in a sidebar category, and it becomes one link to its section. */
const MAX_CATEGORY_ENTRIES = 30
/** More entries than this in "On this page", and it lists the page's sections only. */
const MAX_PAGE_ENTRIES = 60

/** A section heading's anchor, as typedoc's slugger writes it for plain titles. */
const slug = (title) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

class SiteRouter extends KindRouter {
  /** The name a reflection has in URLs: modules by their subpath, guides by their file. */
  urlName(reflection) {
    if (reflection.kindOf(ReflectionKind.Module)) {
      if (reflection.name === packageName) return "index"
      if (reflection.name.startsWith(`${packageName}/`)) return reflection.name.slice(packageName.length + 1)
    }
    if (reflection.kindOf(ReflectionKind.Document) && reflection.parent?.isProject()) {
      const file = reflection.project.files.getReflectionPath(reflection)
      const stem = file === undefined ? "index" : basename(file).replace(/\.md$/, "")
      if (stem !== "index") return stem
    }
    return reflection.name
  }

  getIdealBaseName(reflection) {
    const dir = this.directories.get(reflection.kind)
    const parts = [this.getUrlSafeName(this.urlName(reflection))]
    for (let parent = reflection.parent; parent && !parent.isProject(); parent = parent.parent)
      parts.unshift(this.getUrlSafeName(this.urlName(parent)))
    return `${dir}/${parts.join(".")}`
  }
}

class SiteContext extends DefaultThemeRenderContext {
  constructor(...args) {
    super(...args)
    const full = this.pageNavigation
    this.pageNavigation = (props) => {
      const sections = props.pageSections.filter((section) => section.headings.length > 0)
      const entries = sections.reduce((sum, section) => sum + section.headings.length, 0)
      if (entries <= MAX_PAGE_ENTRIES) return full(props)
      // A module page: its sections (categories), each a link to its heading.
      if (sections.every((section) => section.title)) {
        const headings = sections.map((section) => ({
          text: `${section.title} (${section.headings.length})`,
          link: `#${slug(section.title)}`,
        }))
        return full({ ...props, pageSections: [{ title: "", headings }] })
      }
      // A long document: its top-level headings only.
      const top = Math.min(...sections.flatMap((section) => section.headings.map((h) => h.level ?? 0)))
      return full({
        ...props,
        pageSections: sections.map((section) => ({
          ...section,
          headings: section.headings.filter((h) => (h.level ?? 0) === top),
        })),
      })
    }
  }
}

class SiteTheme extends DefaultTheme {
  ContextClass = SiteContext

  buildNavigation(project) {
    const tree = super.buildNavigation(project)
    const trim = (node, modulePath) => {
      if (node.children === undefined) return node
      // Module pages are where categories link to: "modules/index.html#decoding".
      const path = node.kind === ReflectionKind.Module ? node.path : modulePath
      const seen = new Set()
      const children = node.children
        .map((child) => trim(child, path))
        .filter((child) => {
          if (child.path === undefined || child.kind === undefined) return true
          if (seen.has(child.text)) return false
          seen.add(child.text)
          return true
        })
      const isCategory = node.path === undefined && node.kind === undefined && modulePath !== undefined
      if (isCategory && children.length > MAX_CATEGORY_ENTRIES)
        return { text: `${node.text} (${children.length})`, path: `${modulePath}#${slug(node.text)}` }
      return { ...node, children }
    }
    return tree.map((node) => trim(node, undefined))
  }
}

/** The comment parts of a link to a reflection, as typedoc's own {@link} resolves to. */
const linkTo = (target) => ({ kind: "inline-tag", tag: "@link", text: target.name, target })

/**
 * Gives a type without a description its codec's (a variable of the same name in the same
 * module), and links each of the two to the other.
 */
const describeTypesByTheirCodecs = (project) => {
  const typeKinds = ReflectionKind.Interface | ReflectionKind.TypeAlias
  for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
    const codecs = new Map()
    for (const child of module.children ?? [])
      if (child.kindOf(ReflectionKind.Variable)) codecs.set(child.name, child)
    for (const type of module.children ?? []) {
      if (!type.kindOf(typeKinds)) continue
      const codec = codecs.get(type.name)
      if (codec === undefined) continue
      const own = type.comment
      if (own === undefined || Comment.combineDisplayParts(own.summary).trim() === "") {
        const summary = codec.comment?.summary ?? []
        const comment = own?.clone() ?? new Comment()
        comment.summary = [
          ...Comment.cloneDisplayParts(summary),
          { kind: "text", text: "\n\nThe type of the codec " },
          linkTo(codec),
          { kind: "text", text: ", of the same name." },
        ]
        for (const tag of codec.comment?.blockTags ?? [])
          if (tag.tag === "@see" && !comment.blockTags.some((own) => own.tag === "@see"))
            comment.blockTags.push(tag.clone())
        type.comment = comment
      }
      // And its category, so that the two stand side by side.
      const category = codec.comment?.blockTags.find((tag) => tag.tag === "@category")
      if (category !== undefined && !type.comment.blockTags.some((tag) => tag.tag === "@category"))
        type.comment.blockTags.push(category.clone())
      const codecComment = codec.comment ?? new Comment()
      codecComment.summary = [
        ...codecComment.summary,
        { kind: "text", text: "\n\nIts type, of the same name: " },
        linkTo(type),
        { kind: "text", text: "." },
      ]
      codec.comment = codecComment
    }
  }
}

/** A re-export of another entry's export (shown "Name →") takes the category of what it names. */
const categorizeReferences = (project) => {
  for (const reference of project.getReflectionsByKind(ReflectionKind.Reference)) {
    const target = reference.tryGetTargetReflectionDeep?.() ?? reference.tryGetTargetReflection()
    const category = target?.comment?.blockTags.find((tag) => tag.tag === "@category")
    if (category === undefined || reference.comment?.blockTags.some((tag) => tag.tag === "@category"))
      continue
    reference.comment = reference.comment?.clone() ?? new Comment()
    reference.comment.blockTags.push(category.clone())
  }
}

/** The members of a type that hold types, as typedoc's type classes name them. */
const typeMembers = [
  "types",
  "elementType",
  "typeArguments",
  "elements",
  "target",
  "objectType",
  "indexType",
  "checkType",
  "extendsType",
  "trueType",
  "falseType",
  "parameterType",
  "templateType",
  "nameType",
]

/** Members as text (name, optional, type), to tell two object types apart. */
const membersKey = (members) =>
  members
    .map((member) => `${member.name}${member.flags.isOptional ? "?" : ""}: ${member.type?.toString()}`)
    .sort()
    .join("; ")

/** The members of `Flatten<{…} & {…}>`, or undefined for another type. */
const flattenedMembers = (type) => {
  if (type.type !== "reference" || type.name !== "Flatten" || type.typeArguments?.length !== 1)
    return undefined
  const [argument] = type.typeArguments
  const parts = argument.type === "intersection" ? argument.types : [argument]
  if (!parts.every((part) => part.type === "reflection")) return undefined
  return parts.flatMap((part) => part.declaration.children ?? [])
}

/**
 * Writes a named interface where a signature shows `Flatten<{…} & {…}>` (the type a struct
 * codec decodes to, spelt out) and an exported interface has exactly those members
 * (`interface Addendum extends t.TypeOf<typeof Addendum> {}`); an ambiguous one is left as is.
 */
const nameFlattenedTypes = (project) => {
  const interfaces = project
    .getReflectionsByKind(ReflectionKind.Interface)
    .filter((type) => type.parent?.kindOf(ReflectionKind.SomeModule) && type.children !== undefined)
  let named = new Map()
  let renamed = 0
  /** Inner types first: typedoc abbreviates deep types in text, so outer keys match only then. */
  const rename = (type, owner) => {
    if (type === undefined || type === null || typeof type !== "object") return type
    for (const member of typeMembers) {
      const value = type[member]
      if (Array.isArray(value)) type[member] = value.map((item) => rename(item, owner))
      else if (value?.type !== undefined) type[member] = rename(value, owner)
    }
    if (type.type === "reflection") renameIn(type.declaration, owner)
    const members = flattenedMembers(type)
    if (members === undefined) return type
    const target = named.get(membersKey(members))
    if (target === undefined || target === null || target === owner) return type
    renamed++
    return ReferenceType.createResolvedReference(target.name, target, project)
  }
  const renameIn = (reflection, owner) => {
    if (reflection.type !== undefined) reflection.type = rename(reflection.type, owner)
    for (const signature of reflection.signatures ?? []) renameIn(signature, owner)
    for (const parameter of reflection.parameters ?? []) renameIn(parameter, owner)
    for (const child of reflection.children ?? []) renameIn(child, owner)
  }
  // One pass names the innermost structures; the next can then match the ones around them.
  for (let pass = 0; pass < 6; pass++) {
    named = new Map()
    for (const type of interfaces) {
      const key = membersKey(type.children)
      named.set(key, named.has(key) ? null : type)
    }
    renamed = 0
    for (const reflection of Object.values(project.reflections))
      if (reflection.parent?.kindOf(ReflectionKind.SomeModule)) renameIn(reflection, reflection)
    if (renamed === 0) break
  }
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.defineRouter("mediaconvert-site", SiteRouter)
  app.renderer.defineTheme("mediaconvert-site", SiteTheme)
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    describeTypesByTheirCodecs(context.project)
    categorizeReferences(context.project)
  })
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => nameFlattenedTypes(context.project))

  /** Every URL of this build, to check links to the published site against. */
  let urls = new Set()
  app.renderer.on(RendererEvent.BEGIN, () => {
    const router = app.renderer.router
    urls = new Set(router.getLinkTargets().map((target) => router.getFullUrl(target)))
  })
  const published = new RegExp(`\\]\\(${siteUrl.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}([^)\\s]*)\\)`, "g")
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      const from = dirname(event.page.url)
      event.parsedText = event.parsedText.replace(published, (_whole, path) => {
        const [file = "", hash] = path.split("#")
        const target = file === "" ? "index.html" : file
        if (!urls.has(target) && !urls.has(path))
          app.logger.warn(`${event.page.url}: ${siteUrl}${path} is no page of this build`)
        const relative = posix.relative(from, target)
        return `](${relative}${hash === undefined ? "" : `#${hash}`})`
      })
    },
    100,
  ) // before typedoc's own listener turns the Markdown into HTML
}
