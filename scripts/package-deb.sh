#!/usr/bin/env bash
# Builds the Debian package for staff machines: noticeboard_<version>_amd64.deb
#   scripts/package-deb.sh [output folder]        (default: .build-deb/)
# The Swift standard library and Foundation are linked in (--static-swift-stdlib); the C libraries come
# from Debian, so the package Depends on their runtime packages (found from what the binary links).
# The binary goes to /usr/bin/noticeboard, with a man page made from its help; templates and the rule
# pack are built into it (`noticeboard init`). Same commit, same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-deb
out=${1:-$scratch}
scripts/install-packages.sh --for-package

swift build -c release --static-swift-stdlib -Xlinker -z -Xlinker now --scratch-path "$scratch" --product noticeboard
binary="$scratch/release/noticeboard"
version=$("$binary" --version)
date=$(git log -1 --format=%cs 2>/dev/null || echo 2026-01-01)
export SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || echo 1767225600)

[ -n "$(readelf -d "$binary" | grep -i 'libswiftCore')" ] && { echo "the Swift standard library is not linked in" >&2; exit 1; }
stage="$scratch/package/noticeboard_${version}_amd64"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/bin" "$stage/usr/share/man/man1" "$stage/usr/share/doc/noticeboard"
install -m 0755 "$binary" "$stage/usr/bin/noticeboard"
strip --remove-section=.comment "$stage/usr/bin/noticeboard"

# The man page: the program's own help, the overview and each command's, set as preformatted text so
# the Chinese and the layout read as the help does.
{
  printf '.TH NOTICEBOARD 1 "%s" "noticeboard %s" "noticeboard"\n' "$date" "$version"
  printf '.SH NAME\nnoticeboard \\- 无物业小区公示栏生成器 / notices for self-managed residential compounds\n'
  printf '.SH OVERVIEW\n.nf\n'
  "$binary" --help | sed 's/\\/\\e/g; s/^\./\\\&./'
  for command in $("$binary" --help | awk '/^SUBCOMMANDS:/{on=1; next} on && /^  [a-z]/{print $1}'); do
    printf '.fi\n.SH %s\n.nf\n' "$(echo "$command" | tr a-z- A-Z\ )"
    "$binary" help "$command" | sed 's/\\/\\e/g; s/^\./\\\&./'
  done
  printf '.fi\n'
} | gzip -9n > "$stage/usr/share/man/man1/noticeboard.1.gz"
cp README.md "$stage/usr/share/doc/noticeboard/README.md"

# The changelog Debian asks of every package (a native one: this version, from this commit), and the
# copyright of what the binary holds: Swift's runtime and Foundation, linked in, and the two packages the
# build fetched, with their licenses.
# The maintainer is DEBFULLNAME <DEBEMAIL>, as for Debian's own tools, or else the last commit's author.
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
maintainer="${DEBFULLNAME:-$(git log -1 --format=%an 2>/dev/null || echo noticeboard)} <${DEBEMAIL:-$(git log -1 --format=%ae 2>/dev/null || echo noticeboard@localhost)}>"
{
  printf 'noticeboard (%s) unstable; urgency=medium\n\n  * Built from commit %s.\n\n' "$version" "$commit"
  printf ' -- %s  %s\n' "$maintainer" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n > "$stage/usr/share/doc/noticeboard/changelog.gz"
{
  printf 'noticeboard: a static-site generator for the public noticeboards of residential compounds.\n\n'
  printf 'The noticeboard sources: Copyright the noticeboard authors. No license has been chosen for them yet.\n\n'
  printf 'Linked into /usr/bin/noticeboard:\n\n'
  printf ' - the Swift standard library and Foundation: Copyright Apple Inc. and the Swift project authors;\n'
  printf '   Apache License 2.0 (/usr/share/common-licenses/Apache-2.0) with the Runtime Library Exception\n'
  printf '   (https://swift.org/LICENSE.txt). Foundation brings ICU (swift-foundation-icu): Copyright Unicode, Inc.\n'
  printf '   and others, under the Unicode license (https://github.com/swiftlang/swift-foundation-icu).\n\n'
  # A license that is Apache 2.0 is named, not copied (Debian keeps its text); what it adds, such as the
  # Runtime Library Exception, is copied.
  for dependency in swift-argument-parser FlyingFox; do
    license=$(ls "$scratch/checkouts/$dependency"/LICENSE* | head -1)
    printf ' - %s (%s):\n\n' "$dependency" "$(git -C "$scratch/checkouts/$dependency" describe --tags 2>/dev/null || echo unknown)"
    if grep -q 'Apache License' "$license" && grep -q 'Version 2.0' "$license"; then
      printf '   Apache License 2.0, see /usr/share/common-licenses/Apache-2.0\n'
      sed -n '/END OF TERMS AND CONDITIONS/,$p' "$license" | sed -n '/^## /,$p' | sed 's/^/   /; s/^ *$//'
    else
      sed 's/^/   /; s/^ *$//' "$license"
    fi
    printf '\n'
  done
} > "$stage/usr/share/doc/noticeboard/copyright"

# Depends: the Debian package of each shared library the binary names (NEEDED). One that no Debian
# package holds (a toolchain library) means the static link failed: stop rather than ship it.
depends=$(readelf -d "$binary" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | while read -r name; do
  path=$(ldd "$binary" | awk -v name="$name" '$1 == name {print $3} $1 ~ ("/" name "$") {print $1}')
  { dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null; } | head -1 | cut -d: -f1 | grep . \
    || { echo "no Debian package holds $name ($path)" >&2; exit 1; }
done | sort -u | paste -sd, - | sed 's/,/, /g')
# Installed-Size, as dpkg-gencontrol counts it: each file's size in KiB rounded up, and 1 for each folder.
installed=$(find "$stage" -mindepth 1 -path "$stage/DEBIAN" -prune -o -printf '%y %s\n' \
  | awk '$1 == "f" {kib += int(($2 + 1023) / 1024)} $1 != "f" {kib += 1} END {print kib}')
cat > "$stage/DEBIAN/control" <<CONTROL
Package: noticeboard
Version: $version
Architecture: amd64
Installed-Size: $installed
Maintainer: $maintainer
Section: web
Priority: optional
Depends: $depends
Recommends: rclone, openssh-client
Description: public noticeboards for residential compounds without a property company
 无物业小区公示板：收支明细与服务清单的张贴版和手机页。
 .
 Builds a residential community's public notices (monthly accounts, the
 self-management committee's service list, party-member household plates)
 from Markdown/YAML records, checked against the governance rules:
 printable A4 sheets for the gatehouse with QR and verification codes, and
 light pages for phones. Start with: noticeboard init <folder>
CONTROL

(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"

mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out/noticeboard_${version}_amd64.deb" >/dev/null
echo "$out/noticeboard_${version}_amd64.deb"
