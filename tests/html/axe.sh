#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Accessibility of the HTML writer's pages: every sample, the growth fixture
# and every document of the fidelity corpus converted to HTML and checked
# with axe-core in headless Chromium (axe.js), zero violations allowed.  A
# page with known faults must fail the same check, so a broken checker
# cannot pass silently.  Skips (77) only where Chromium or the npm packages
# cannot run; .ci/setup installs both.
set -euo pipefail
cli=$1 src=$2 build=$3 raw=$4
here=$src/tests/html
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

chromium=${CHROMIUM:-/usr/bin/chromium}
skip() { echo "SKIP: $*"; exit 77; }
command -v node >/dev/null || skip "node is missing (apt-get install nodejs npm; then npm ci in tests/html)"
[ -x "$chromium" ] || skip "$chromium is missing (apt-get install chromium)"
[ -d "$here/node_modules/axe-core" ] && [ -d "$here/node_modules/puppeteer-core" ] ||
  skip "npm packages missing: run 'npm ci' in tests/html (.ci/setup does)"
"$chromium" --headless=new --no-sandbox --disable-gpu --dump-dom about:blank >/dev/null 2>&1 ||
  skip "$chromium cannot start here"

# 1. The checker finds faults: low contrast, an image without alt, a skipped
#    heading level.
cat >"$tmp/faulty.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>faulty</title></head>
<body><main><h1>Title</h1><h4>Skipped levels</h4>
<p style="color:#bbb;background:#fff">Low contrast</p><img src="data:image/png;base64,iVBORw0KGgo="></main></body></html>
HTML
if node "$here/axe.js" "$tmp/faulty.html" >"$tmp/faulty.out" 2>&1; then
  cat "$tmp/faulty.out"; echo "FAIL: axe found nothing wrong with a faulty page"; exit 1
fi
for rule in color-contrast image-alt heading-order; do
  grep -q ": $rule " "$tmp/faulty.out" || { cat "$tmp/faulty.out"; echo "FAIL: $rule not reported"; exit 1; }
done

# 2. The samples, the growth fixture, and the corpus (one directory per
#    input format: the corpus has stems in several formats).
pages=()
mkdir -p "$tmp/pages"
for f in "$src"/samples/*.{txt,md,docx,xml}; do
  out=$tmp/pages/$(basename "$f" | tr . -).html
  "$cli" convert "$f" -t html -o "$out" -q 2>/dev/null
  pages+=("$out")
done
# the growth fixtures are ahead of the schema: rendered without validation
for f in "$here"/fixtures/*.xml; do
  out=$tmp/pages/$(basename "$f" .xml).html
  "$raw" "$build/plugins" "$f" "$out"
  pages+=("$out")
done
"$cli" convert "$src"/samples/igf-mag-xii.txt "$src"/samples/wg-call.md -t html --index -o "$tmp/batch/" -q 2>/dev/null
pages+=("$tmp/batch/index.html")
"$cli" convert "$src/samples/wg-call.md" -t html --style "$here/style/house.style" -o "$tmp/styled.html" -q
pages+=("$tmp/styled.html")
for ext in txt md docx; do
  "$cli" convert "$src"/tests/fidelity/corpus/*/*."$ext" -t html -o "$tmp/corpus-$ext/" -j2 -q 2>/dev/null || true
done
corpus=("$tmp"/corpus-*/*.html)
want=$(ls "$src"/tests/fidelity/corpus/*/*.{txt,md,docx} | wc -l)
[ "${#corpus[@]}" -eq "$want" ] || { echo "FAIL: ${#corpus[@]} corpus pages for $want documents"; exit 1; }
node "$here/axe.js" "${pages[@]}" "${corpus[@]}"
