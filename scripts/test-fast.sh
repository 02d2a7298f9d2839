#!/usr/bin/env bash
# The fast tests alone: every test target but NoticeboardEndToEndTests (the built program, headless Chromium,
# the fuzz test, the preview under attack). Usage: scripts/test-fast.sh [more swift test options]
set -euo pipefail
cd "$(dirname "$0")/.."
swift test --skip NoticeboardEndToEndTests "$@"
