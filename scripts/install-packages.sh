#!/usr/bin/env bash
# Installs the Debian packages noticeboard needs, if any is missing (needs root or sudo).
#   scripts/install-packages.sh              what building needs, and what `publish` drives (rclone, OpenSSH's client)
#   scripts/install-packages.sh --for-package  also what making the Debian package needs (libcurl's link
#                                            library: Foundation's networking is linked in statically)
#   scripts/install-packages.sh --for-tests  also what the tests use to look at pages as people see them:
#                                            headless Chromium, CJK fonts, poppler (PDF) and zbar (QR) tools,
#                                            what the package test needs, the servers the publish tests
#                                            start on 127.0.0.1 (OpenSSH's server, nginx, and moto's S3 server from PyPI),
#                                            GNU parallel (the three-社区 build) and PyPI's frictionless with its JSON
#                                            extra (validates datapackage.json)
set -euo pipefail
packages=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev libyaml-dev libssl-dev libjemalloc-dev rclone openssh-client)
case "${1:-}" in
  --for-package) packages+=(libcurl4-openssl-dev dpkg-dev) ;;
  --for-tests) packages+=(chromium fonts-noto-cjk poppler-utils zbar-tools libcurl4-openssl-dev dpkg-dev openssh-server nginx python3-pip parallel) ;;
esac
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}"
fi
# moto's S3 server, the stand-in for OSS and COS in the publish tests, and frictionless, which validates the
# open data's package, come from PyPI (Debian's python3 refuses a system-wide pip install unless told to).
if [ "${1:-}" = --for-tests ] && ! command -v moto_server >/dev/null; then
  echo "installing: moto[server] (PyPI)"
  "${as_root[@]}" python3 -m pip install --quiet 'moto[server]' 2>/dev/null \
    || "${as_root[@]}" python3 -m pip install --quiet --break-system-packages 'moto[server]'
fi
if [ "${1:-}" = --for-tests ] && ! { command -v frictionless >/dev/null && python3 -c 'import frictionless, ijson' 2>/dev/null; }; then
  echo "installing: frictionless[json] (PyPI)"
  "${as_root[@]}" python3 -m pip install --quiet 'frictionless[json]' 2>/dev/null \
    || "${as_root[@]}" python3 -m pip install --quiet --break-system-packages 'frictionless[json]'
fi
