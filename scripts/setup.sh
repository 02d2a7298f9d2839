#!/usr/bin/env bash
# The README's first command: install what is missing, build, and render the sample community into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null 2>&1; then
  cat >&2 <<'EOF2'
找不到 swift：请先安装 Swift 工具链（6.1 或更新），再运行本脚本。
swift was not found: install the Swift toolchain (6.1 or later) first, then run this again.
  Debian/Ubuntu: download the tarball for your release from https://www.swift.org/install/linux/
  (or use swiftly, https://www.swift.org/swiftly/), unpack it and put its usr/bin on PATH.
  A staff computer that only runs noticeboard needs no toolchain: install the Debian package
  made with scripts/package-deb.sh instead (see README.md).
EOF2
  exit 2
fi
scripts/install-packages.sh
swift build -c release
.build/release/noticeboard build
echo
echo "网站已生成 / the site is ready: file://$PWD/public/index.html"
echo "张贴版示例 / a gatehouse sheet: file://$PWD/public/xinyuan/ledger/2026-10/print.html"
