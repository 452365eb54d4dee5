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
//   the same members, where there is one, and as what Flatten stands for where there is none
//   (StructOf's definition): Flatten is not exported and has no page.
// - An interface that extends a type alias (`interface Resource extends StructOf<…> {}`) is
//   shown with its members alone: typedoc would link it to a hierarchy entry it does not write.
//   A class's constructors show the class's type parameters as the source writes them.
import { readFileSync } from "node:fs"
import { basename, dirname, join, posix } from "node:path"
import {
  Comment,
  Converter,
  DefaultTheme,
  DefaultThemeRenderContext,
  IndexedAccessType,
  KindRouter,
  MappedType,
  MarkdownEvent,
  ReferenceType,
  ReflectionKind,
  RendererEvent,
  TypeOperatorType,
} from "typedoc"
import { guidePages, loadGuides } from "./typedoc-site-guides.mjs"
import { tidyMembers } from "./typedoc-site-members.mjs"

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8"))
const packageName = packageJson.name
/** Where the site is published; docs/*.md link to API pages under it. */
const siteUrl = packageJson.homepage.endsWith("/") ? packageJson.homepage : `${packageJson.homepage}/`
/** Where GitHub shows the repository's files; README.md links to the guides there. */
const repositoryFiles = `${packageJson.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/blob/main/`
/** A regular expression of a Markdown link target starting with `url`, the rest captured. */
const linksUnder = (url) =>
  new RegExp(`\\]\\(${url.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}([^)\\s]*)\\)`, "g")

/** More entries than this in a sidebar category, and it becomes one link to its section. */
const MAX_CATEGORY_ENTRIES = 30
/** More members than this in a type, and its page does not spell the type out above them. */
const MAX_PREVIEW_MEMBERS = 20
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
    // A type of many members is not spelt out above its members: the index lists them.
    const preview = this.reflectionPreview
    this.reflectionPreview = (props) =>
      (props.children?.length ?? 0) > MAX_PREVIEW_MEMBERS ? undefined : preview(props)
    const full = this.pageNavigation
    this.pageNavigation = (props) => {
      // An operation page: its own sections, not the structures listed under "Structures".
      if (props.model.isDocument?.() && props.model.parent?.isDocument?.()) {
        const levels = props.pageSections.flatMap((section) => section.headings.map((h) => h.level ?? 0))
        const top = Math.min(...levels)
        return full({
          ...props,
          pageSections: props.pageSections.map((section) => ({
            ...section,
            headings: section.headings.filter((h) => (h.level ?? 0) <= top + 1),
          })),
        })
      }
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

/**
 * Drops a type alias from the bases of an interface that extends one: `interface Resource
 * extends StructOf<NoMembers, typeof resourceMembers> {}` only names that type's members.
 * Typedoc would show the alias (and the unexported names in its arguments) as the interface's
 * hierarchy, its members as inherited from it, and link to the interface's entry on the
 * hierarchy page, which lists classes and interfaces only and so has no such entry.
 */
const dropAliasBases = (project) => {
  for (const type of project.getReflectionsByKind(ReflectionKind.Interface)) {
    const isAlias = (base) => base.type === "reference" && base.reflection?.kindOf(ReflectionKind.TypeAlias)
    const aliases = new Set((type.extendedTypes ?? []).filter(isAlias).map((base) => base.name))
    if (aliases.size === 0) continue
    const bases = type.extendedTypes.filter((base) => !isAlias(base))
    type.extendedTypes = bases.length > 0 ? bases : undefined
    // "Inherited from StructOf.ARN"
    for (const member of type.children ?? [])
      if (aliases.has(member.inheritedFrom?.name.split(".")[0])) member.inheritedFrom = undefined
  }
}

/**
 * Gives a generic class's constructors the class's type parameters as its source writes them
 * (`A = StructOf<R, O>`). Typedoc takes a constructor's from the compiler, which writes out
 * the aliases they name (`A = Flatten<{ [K in string | number | symbol]: … }>`).
 */
const constructorsTakeClassTypeParameters = (project) => {
  for (const type of project.getReflectionsByKind(ReflectionKind.Class)) {
    const written = new Map((type.typeParameters ?? []).map((parameter) => [parameter.name, parameter]))
    for (const ctor of type.getChildrenByKind(ReflectionKind.Constructor))
      for (const signature of ctor.signatures ?? [])
        for (const parameter of signature.typeParameters ?? []) {
          const own = written.get(parameter.name)
          if (own === undefined) continue
          parameter.type = own.type
          parameter.default = own.default
        }
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

/** `Flatten<T>`, the unexported helper behind StructOf. */
const isFlatten = (type) =>
  type.type === "reference" && type.name === "Flatten" && type.typeArguments?.length === 1

/** The members of `Flatten<{…} & {…}>`, or undefined for another type. */
const flattenedMembers = (type) => {
  if (!isFlatten(type)) return undefined
  const [argument] = type.typeArguments
  const parts = argument.type === "intersection" ? argument.types : [argument]
  if (!parts.every((part) => part.type === "reflection")) return undefined
  return parts.flatMap((part) => part.declaration.children ?? [])
}

/**
 * `Flatten<T>` written as what it stands for, `{ [P in keyof T]: T[P] }`; "P", not the
 * source's "K", which the mapped types in StructOf's `T` use too.
 */
const flattenWrittenOut = (type, project) => {
  const [argument] = type.typeArguments
  const key = ReferenceType.createBrokenReference("P", project)
  key.refersToTypeParameter = true
  return new MappedType("P", new TypeOperatorType(argument, "keyof"), new IndexedAccessType(argument, key))
}

/**
 * Replaces the types a reflection shows (its own, its type parameters', and those of its
 * signatures, parameters and members) by `replace` of each, inner types first.
 */
const replaceTypes = (reflection, replace) => {
  const visit = (type) => {
    if (type === undefined || type === null || typeof type !== "object") return type
    for (const member of typeMembers) {
      const value = type[member]
      if (Array.isArray(value)) type[member] = value.map(visit)
      else if (value?.type !== undefined) type[member] = visit(value)
    }
    if (type.type === "reflection") replaceTypes(type.declaration, replace)
    return replace(type)
  }
  if (reflection.type !== undefined) reflection.type = visit(reflection.type)
  for (const parameter of reflection.typeParameters ?? []) {
    parameter.type = visit(parameter.type)
    parameter.default = visit(parameter.default)
  }
  for (const signature of reflection.signatures ?? []) replaceTypes(signature, replace)
  for (const parameter of reflection.parameters ?? []) replaceTypes(parameter, replace)
  for (const child of reflection.children ?? []) replaceTypes(child, replace)
}

/**
 * Writes a named interface where a signature shows `Flatten<{…} & {…}>` (the type a struct
 * codec decodes to, spelt out) and an exported interface has exactly those members
 * (`interface Addendum extends t.TypeOf<typeof Addendum> {}`); an ambiguous one is left as is.
 * A `Flatten<…>` that no interface names (StructOf's own definition) is then written out:
 * Flatten is not exported and has no page.
 */
const nameFlattenedTypes = (project) => {
  const interfaces = project
    .getReflectionsByKind(ReflectionKind.Interface)
    .filter((type) => type.parent?.kindOf(ReflectionKind.SomeModule) && type.children !== undefined)
  const tops = Object.values(project.reflections).filter((reflection) =>
    reflection.parent?.kindOf(ReflectionKind.SomeModule),
  )
  // One pass names the innermost structures (typedoc abbreviates deep types in text, so outer
  // members match only then); the next can then match the ones around them.
  for (let pass = 0; pass < 6; pass++) {
    const named = new Map()
    for (const type of interfaces) {
      const key = membersKey(type.children)
      named.set(key, named.has(key) ? null : type)
    }
    let renamed = 0
    for (const owner of tops)
      replaceTypes(owner, (type) => {
        const members = flattenedMembers(type)
        if (members === undefined) return type
        const target = named.get(membersKey(members))
        if (target === undefined || target === null || target === owner) return type
        renamed++
        return ReferenceType.createResolvedReference(target.name, target, project)
      })
    if (renamed === 0) break
  }
  for (const owner of tops)
    replaceTypes(owner, (type) => (isFlatten(type) ? flattenWrittenOut(type, project) : type))
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.defineRouter("mediaconvert-site", SiteRouter)
  app.renderer.defineTheme("mediaconvert-site", SiteTheme)
  loadGuides(app)
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    describeTypesByTheirCodecs(context.project)
    categorizeReferences(context.project)
    dropAliasBases(context.project)
    constructorsTakeClassTypeParameters(context.project)
  })
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    nameFlattenedTypes(context.project)
    tidyMembers(context.project)
  })

  /** Every URL of this build, to check links to the published site against; each guide's page. */
  let urls = new Set()
  let guides = new Map()
  app.renderer.on(RendererEvent.BEGIN, () => {
    const router = app.renderer.router
    urls = new Set(router.getLinkTargets().map((target) => router.getFullUrl(target)))
    guides = guidePages(app)
  })
  const published = linksUnder(siteUrl)
  const onGitHub = linksUnder(repositoryFiles)
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      const from = dirname(event.page.url)
      const link = (target, hash) =>
        `](${posix.relative(from, target)}${hash === undefined ? "" : `#${hash}`})`
      event.parsedText = event.parsedText
        .replace(published, (_whole, path) => {
          const [file = "", hash] = path.split("#")
          const target = file === "" ? "index.html" : file
          if (!urls.has(target) && !urls.has(path))
            app.logger.warn(`${event.page.url}: ${siteUrl}${path} is no page of this build`)
          return link(target, hash)
        })
        .replace(onGitHub, (whole, path) => {
          // A guide's Markdown on GitHub: its page here. Other files (sources, samples) stay on GitHub.
          const [file = "", hash] = path.split("#")
          const page = guides.get(file)
          return page === undefined ? whole : link(page, hash)
        })
    },
    100,
  ) // before typedoc's own listener turns the Markdown into HTML
}
