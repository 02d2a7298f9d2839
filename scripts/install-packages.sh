#!/usr/bin/env bash
# Installs the Debian packages noticeboard needs, if any is missing (needs root or sudo).
#   scripts/install-packages.sh              what building needs
#   scripts/install-packages.sh --for-package  also what making the Debian package needs (libcurl's link
#                                            library: Foundation's networking is linked in statically)
#   scripts/install-packages.sh --for-tests  also what the tests use to look at pages as people see them:
#                                            headless Chromium, CJK fonts, poppler (PDF) and zbar (QR) tools,
#                                            and what the package test needs
set -euo pipefail
packages=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev libyaml-dev libssl-dev libjemalloc-dev)
case "${1:-}" in
  --for-package) packages+=(libcurl4-openssl-dev dpkg-dev) ;;
  --for-tests) packages+=(chromium fonts-noto-cjk poppler-utils zbar-tools libcurl4-openssl-dev dpkg-dev) ;;
esac
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}"
