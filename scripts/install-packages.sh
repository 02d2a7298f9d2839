#!/usr/bin/env bash
# Installs the Debian packages noticeboard needs, if any is missing (needs root or sudo).
#   scripts/install-packages.sh              what building needs
#   scripts/install-packages.sh --for-package  also what making the Debian package needs (libcurl's link
#                                            library: Foundation's networking is linked in statically)
#   scripts/install-packages.sh --for-tests  also what the tests use to look at pages as people see them:
#                                            headless Chromium, CJK fonts, poppler (PDF) and zbar (QR) tools,
#                                            what the package test needs, GNU parallel (the three-社区 build),
#                                            and PyPI's frictionless with its JSON extra (validates datapackage.json)
set -euo pipefail
packages=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev libyaml-dev libssl-dev libjemalloc-dev)
case "${1:-}" in
  --for-package) packages+=(libcurl4-openssl-dev dpkg-dev) ;;
  --for-tests) packages+=(chromium fonts-noto-cjk poppler-utils zbar-tools libcurl4-openssl-dev dpkg-dev parallel python3-pip) ;;
esac
# frictionless (PyPI) for the open data's test, into the python3 on PATH; a Debian python3 that refuses pip
# installs outside a virtual environment (PEP 668) is told to allow it.
install_frictionless() {
  command -v frictionless >/dev/null && python3 -c 'import frictionless, ijson' 2>/dev/null && return 0
  echo "installing: frictionless[json] (PyPI)"
  python3 -m pip install --quiet --root-user-action=ignore 'frictionless[json]' 2>/dev/null \
    || python3 -m pip install --quiet --root-user-action=ignore --break-system-packages 'frictionless[json]'
}
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  [ "${1:-}" = --for-tests ] && install_frictionless
  exit 0
fi
echo "installing: ${missing[*]}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}"
[ "${1:-}" = --for-tests ] && install_frictionless
exit 0
