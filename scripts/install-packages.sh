#!/usr/bin/env bash
# Installs the Debian packages noticeboard builds against, if any is missing (needs root or sudo).
set -euo pipefail
packages=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev)
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
