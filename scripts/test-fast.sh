#!/usr/bin/env bash
# The fast tests alone: all but NoticeboardEndToEndTests (the built program, headless Chromium, the fuzz test,
# the preview under attack) and the publish tests that start servers (nginx, sshd, moto).
# Usage: scripts/test-fast.sh [more swift test options]
set -euo pipefail
cd "$(dirname "$0")/.."
swift test --skip NoticeboardEndToEndTests --skip "FolderPublishTests|S3PublishTests|SFTPPublishTests" "$@"
