#!/usr/bin/env bash
# Installs what test/runtimes/packed-package.test.ts checks the packed package with, pinned, into
# .cache/runtimes (git-ignored), once: TypeScript 7 (what `npm i typescript` installs today; the
# repository itself stays on 5.9), Bun and Deno. All three come from the npm registry: each
# package lists its binary as an optional dependency for the platform (@typescript/typescript-*,
# @oven/bun-*, @deno/*), so nothing is downloaded from elsewhere. Bun's and Deno's postinstall
# scripts only link that binary into place; when npm does not run them, the binary is taken from
# the platform package itself. Prints the three commands, one `name=path` a line.
set -euo pipefail
cd "$(dirname "$0")/.."
typescript="7.0.2"
bun="1.4.5"
deno="2.9.6"
dir=".cache/runtimes"
modules="$dir/node_modules"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "install-runtimes: the pinned binaries are the linux-x64 ones; on $(uname -s)-$(uname -m), install typescript@$typescript, bun@$bun and deno@$deno by hand." >&2
  exit 1
fi

# The first of the given files that runs and reports the given version.
first_working() {
  local want="$1"
  shift
  for candidate in "$@"; do
    if [ -x "$candidate" ] && "$candidate" --version 2>/dev/null | grep -qF "$want"; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

find_all() {
  tsc_js="$modules/typescript/bin/tsc"
  if ! node "$tsc_js" --version 2>/dev/null | grep -qF "Version $typescript"; then return 1; fi
  bun_bin="$(first_working "$bun" "$modules/bun/bin/bun.exe" "$modules/@oven/bun-linux-x64/bin/bun")" || return 1
  deno_bin="$(first_working "deno $deno" "$modules/deno/deno" "$modules/@deno/linux-x64-glibc/deno")" || return 1
}

if ! find_all; then
  npm install --no-save --no-audit --no-fund --silent --prefix "$dir" \
    "typescript@$typescript" "bun@$bun" "deno@$deno" >/dev/null
  if ! find_all; then
    echo "install-runtimes: installed typescript@$typescript, bun@$bun and deno@$deno into $dir, but one of them does not run; see $modules." >&2
    exit 1
  fi
fi
echo "tsc=$(realpath "$tsc_js")"
echo "bun=$(realpath "$bun_bin")"
echo "deno=$(realpath "$deno_bin")"
