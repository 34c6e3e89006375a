#!/usr/bin/env bash
# Build the example sites against this checkout and test the built pages.
#
#   bash scripts/test-examples.sh            # build dist/ if missing, install, build, test
#   bash scripts/test-examples.sh --no-test  # only install and build
#
# Needs: the root installed (`npm ci`), Node >= 20 for Eleventy, and Debian's
# Chromium (`apt-get install -y chromium`) for test/browser.test.ts. Astro 7
# needs Node >= 22.12: it runs on the Node 22 that examples/astro installs
# from the npm package `node` (examples/astro/node_modules/.bin/node).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run_tests=1
if [[ "${1:-}" == "--no-test" ]]; then run_tests=0; fi

step() { printf '\n== %s\n' "$*"; }

cd "$root"
if [[ ! -f dist/index.js || ! -f dist/integrations/astro.js || ! -f dist/integrations/eleventy.js ]]; then
  step "build remark-arabic-news (dist/)"
  npm run build
fi

step "examples/astro: npm ci"
cd "$root/examples/astro"
npm ci --no-audit --no-fund
node22="$root/examples/astro/node_modules/.bin/node"
"$node22" --version

step "examples/astro: astro build (Node $("$node22" --version))"
rm -rf dist
# `--force` drops Astro's content cache, so entries are rendered by the
# current build of the plugins.
ASTRO_TELEMETRY_DISABLED=1 PATH="$root/examples/astro/node_modules/.bin:$PATH" \
  "$node22" node_modules/astro/bin/astro.mjs build --force

step "examples/eleventy: npm ci"
cd "$root/examples/eleventy"
npm ci --no-audit --no-fund

step "examples/eleventy: build with eleventy.config.js (ESM)"
rm -rf _site
npx --no-install eleventy --config=eleventy.config.js

step "examples/eleventy: build with eleventy.config.cjs (CommonJS)"
npx --no-install eleventy --config=eleventy.config.cjs

if [[ "$run_tests" == 1 ]]; then
  step "test the built sites"
  cd "$root"
  TEST_EXAMPLES=1 npx --no-install vitest run test/examples.test.ts test/browser.test.ts
fi
