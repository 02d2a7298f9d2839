#!/usr/bin/env bash
# The fast tests alone: everything but the suites under Tests/*/EndToEnd/ (the built binary, headless
# Chromium, the fuzz test). Usage: scripts/test-fast.sh [more swift test options]
set -euo pipefail
cd "$(dirname "$0")/.."
suites=$(grep -ho '@Suite.*struct [A-Za-z]*' Tests/*/EndToEnd/*.swift | awk '{print $NF}' | paste -sd '|')
swift test --skip "$suites" "$@"
