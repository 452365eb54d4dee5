// The members of the API's types on the documentation site (used by scripts/typedoc-site.mjs).
//
// - A member of a structure built from an object of codecs (`{ awsRegion: t.string, … }`) is
//   shown without the codec as a default value (`= t.string`): the member holds a string, it
//   has no default.
// - An open enumeration of many values (`OpenEnum<"Management" | "Data" | …>`) in a member's
//   type is shown by its first values; the member's description links to the codec that lists
//   them all, when there is one (the member's codec, which typedoc read as its default value).
import { Comment, IntrinsicType, ReflectionKind, UnionType } from "typedoc"

/** More values than this in an open enumeration, and a member's type shows the first ones. */
const MAX_SHOWN_VALUES = 3

/** Shortens `OpenEnum<"a" | "b" | …>` of many values inside `type` to its first values; says if it did. */
const collapseOpenEnums = (type) => {
  let collapsed = false
  const visit = (node) => {
    if (node === undefined || node === null || typeof node !== "object") return node
    if (node.type === "reference" && node.name === "OpenEnum" && node.typeArguments?.length === 1) {
      const [values] = node.typeArguments
      const literals = values.type === "union" ? values.types : [values]
      // A type shared by several members (inherited ones) is met again once collapsed.
      if (literals.at(-1)?.type === "intrinsic" && literals.at(-1).name.startsWith("…")) collapsed = true
      else if (literals.length > MAX_SHOWN_VALUES && literals.every((part) => part.type === "literal")) {
        collapsed = true
        const more = new IntrinsicType(`… ${literals.length - MAX_SHOWN_VALUES} more`)
        node.typeArguments = [new UnionType([...literals.slice(0, MAX_SHOWN_VALUES), more])]
      }
      return node
    }
    if (node.type === "union") node.types = node.types.map(visit)
    if (node.type === "array") node.elementType = visit(node.elementType)
    return node
  }
  return { type: visit(type), collapsed }
}

/** @param {import("typedoc").ProjectReflection} project */
export const tidyMembers = (project) => {
  const codecs = new Map(
    project
      .getReflectionsByKind(ReflectionKind.Variable)
      .filter((variable) => variable.parent?.kindOf(ReflectionKind.SomeModule))
      .map((variable) => [variable.name, variable]),
  )
  const owners = ReflectionKind.Interface | ReflectionKind.TypeLiteral
  for (const member of project.getReflectionsByKind(ReflectionKind.Property)) {
    if (!member.parent?.kindOf(owners)) continue
    const codecName = member.defaultValue
    member.defaultValue = undefined
    const { type, collapsed } = collapseOpenEnums(member.type)
    member.type = type
    const codec = codecs.get(codecName)
    if (!collapsed || codec === undefined) continue
    const comment = member.comment?.clone() ?? new Comment()
    comment.summary = [
      ...comment.summary,
      {
        kind: "text",
        text:
          comment.summary.length > 0
            ? " All the values this version knows: "
            : "All the values this version knows: ",
      },
      { kind: "inline-tag", tag: "@link", text: codec.name, target: codec },
      { kind: "text", text: "." },
    ]
    member.comment = comment
  }
}
