#!/usr/bin/env bash
# The README's first command: install what is missing, build, and render the sample community into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-packages.sh
swift build -c release
.build/release/noticeboard build
echo
echo "网站已生成 / the site is ready: file://$PWD/public/index.html"
echo "张贴版示例 / a gatehouse sheet: file://$PWD/public/xinyuan/ledger/2026-10/print.html"
