#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (test/package/browser.test.ts,
# test/docs-site.test.ts), which launch it at /usr/bin/chromium (test/helpers/chromium.ts).
# On a fresh machine of this project's kind (Debian, root) it installs the `chromium` package;
# elsewhere it says what is missing and fails, rather than letting the tests fail obscurely.
# A chromium elsewhere on PATH does not count: the tests would not find it.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests…" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at /usr/bin/chromium (Debian: apt-get install chromium)." >&2
exit 1
