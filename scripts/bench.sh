#!/usr/bin/env bash
# The city-scale benchmark: for 500 and 2000 compounds x 24 months, a full build into an empty folder,
# a rebuild with nothing changed, and a rebuild after one new month for every compound.
# Prints source files, pages written and rendered, seconds (and of them, loading and checking the records),
# pages (written) per second and peak RSS; each larger size's full-build time over the first size's; then one
# 25-row statement sheet rendered by the template engine alone and the first compound's smallest and largest
# statement files read into their records (medians); last, the measures as a table. Usage: scripts/bench.sh [COMPOUNDS...]
# It works on tmpfs (/dev/shm) when there is one, so that neither the disk's write-back nor a file system's
# recently deleted inodes are timed; BENCH_DIR chooses another folder.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product noticeboard >/dev/null && swift build -c release --product noticeboard-bench >/dev/null
nb=$PWD/.build/release/noticeboard
if [ -z "${BENCH_DIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then work=/dev/shm/noticeboard-bench; else work=${BENCH_DIR:-$PWD/.build-bench}; fi
sizes=("$@")
full_seconds=()
last_seconds=0
last_rss_mb=0
table=()
[ ${#sizes[@]} -gt 0 ] || sizes=(500 2000)

measure() {  # label root
  # The step lines (on standard error) say when each step began: rendering starts once the records are checked.
  if ! /usr/bin/time -f "%e %M" -o "$work/time.txt" "$nb" build --root "$2" >/tmp/nb-bench.out 2>"$work/steps.txt"; then
    # A build that fails (a full tmpfs: 2000 x 24 needs about 4 GB there, the output and the one it replaces) says why, rather than ending the run unexplained.
    echo "bench: $1 failed:" >&2
    grep -v -E 'warning|note:' "$work/steps.txt" | tail -3 >&2
    exit 1
  fi
  local out
  out=$(tail -1 "$work/time.txt")
  local seconds=${out% *} rss_kb=${out#* }
  last_seconds=$seconds
  last_rss_mb=$(( rss_kb / 1024 ))
  local pages rendered
  pages=$(grep -oE '写入 [0-9]+' /tmp/nb-bench.out | grep -oE '[0-9]+' || echo 0)
  rendered=$(grep -oE '渲染 [0-9]+' /tmp/nb-bench.out | grep -oE '[0-9]+' || echo 0)
  local checked
  checked=$(grep -E '生成并写入页面' "$work/steps.txt" | grep -oE '[0-9]+\.[0-9]+' | head -1 || true)
  local files
  files=$(find "$2/content" -type f | wc -l)
  awk -v l="$1" -v f="$files" -v p="$pages" -v g="$rendered" -v s="$seconds" -v r="$rss_kb" -v c="$checked" \
    'BEGIN { cs = (c == "" ? "      -" : sprintf("%5.2f s", c))
            printf "%-28s %7d source files %7d pages written %7d rendered %8.2f s (%s checking) %7.0f pages/s %6.0f MB peak RSS\n", l, f, p, g, s, cs, (s > 0 ? p / s : 0), r / 1024 }'
}

# Deleting ~100,000 files makes mkdir and create slow for minutes after on an ext4 without a journal, as
# this machine's is: the kernel skips recently freed inodes one by one (in perf, half of a build's CPU in
# ext4's recently_deleted), for 60 s after a deletion, or 360 s while their inode table is being written
# again. That would time the benchmark's clean-up, not a build. So an earlier run's fixture is moved aside
# and deleted after the last measure, and a run that starts within 6 minutes of that deletion waits it out.
# A clean-up holds a lock on .cleaning while it deletes (its rm keeps it even if the run that began it is
# stopped), and touches the stamp when it is done: a run waits for the lock, then for the stamp.
mkdir -p "$work"
exec 9>"$work/.cleaning"
if ! flock -n 9; then
  echo "waiting: an earlier run is still deleting its files"
  flock 9
fi
flock -u 9
stamp=$work/.cleaned-at
# Only a disk's file system keeps just-deleted inodes in the way: on tmpfs there is nothing to wait out.
if [ -f "$stamp" ] && [ "$(stat -f -c %T "$work")" != tmpfs ]; then
  pause=$(( $(stat -c %Y "$stamp") + 365 - $(date +%s) ))
  if [ "$pause" -gt 0 ]; then
    echo "waiting ${pause} s: the files the last run deleted are still recent to the file system"
    sleep "$pause"
  fi
fi
trash=$work/trash.$$
mkdir -p "$trash"
# On tmpfs an earlier run's files are deleted at once: nothing there slows the next build, and kept until the end
# they would double what the run holds (2000 x 24 with its output is about 1.1 million files, tmpfs's inodes are counted).
fs=$(stat -f -c %T "$work")
for left in "$work"/trash.*; do [ "$left" = "$trash" ] || { [ "$fs" = tmpfs ] && rm -rf "$left"; } || mv "$left" "$trash/" 2>/dev/null || true; done
# Only a clean-up that deleted something makes the next run wait.
trap 'if [ -n "$(ls -A "$trash")" ]; then flock 9; rm -rf "$trash"; sync; touch "$stamp"; else rmdir "$trash"; fi' EXIT

printf "noticeboard benchmark on %s cores\n" "$(nproc)"
for n in "${sizes[@]}"; do
  root=$work/c$n
  if [ -e "$root" ]; then if [ "$fs" = tmpfs ]; then rm -rf "$root"; else mv "$root" "$trash/c$n"; fi; fi
  # The fixture's files are on disk before a build is timed (sync): otherwise the build would share the disk and
  # the cores with writing back the generator's files (550 MB for 2000 compounds), which is no work of its own.
  "$nb" generate-fixture --compounds "$n" --months 24 --root "$root" >/dev/null
  sync
  measure "$n x 24 full build" "$root"
  full_seconds+=("$last_seconds")
  table+=("| ${n}×24 full | ${last_seconds} s |" "| peak RSS ${n}×24 full | ${last_rss_mb} MB |")
  measure "$n x 24 nothing changed" "$root"
  table+=("| ${n}×24 nothing changed | ${last_seconds} s |")
  "$nb" generate-fixture --compounds "$n" --months 25 --root "$root" >/dev/null
  sync
  measure "$n x 24 + one new month" "$root"
  table+=("| ${n}×24 + one new month | ${last_seconds} s |")
done
# How a full build scales: each larger size's time over the first size's.
for i in "${!sizes[@]}"; do
  [ "$i" -gt 0 ] || continue
  awk -v a="${sizes[$i]}" -v b="${sizes[0]}" -v x="${full_seconds[$i]}" -v y="${full_seconds[0]}" \
    'BEGIN { printf "%-28s %6.2f (%.2f s / %.2f s)\n", a " x 24 full / " b " x 24 full", x / y, x, y }'
  table+=("$(awk -v a="${sizes[$i]}" -v b="${sizes[0]}" -v x="${full_seconds[$i]}" -v y="${full_seconds[0]}" \
    'BEGIN { printf "| %s×24 full ÷ %s×24 full | %.2f (%.2f / %.2f s) |", a, b, x / y, x, y }')")
done
"$PWD/.build/release/noticeboard-bench" --root "$work/c${sizes[0]}"
# The measures as the issues table them (release build, this machine's cores, $work's file system);
# Hugo's ratio is the shared bench_vs_hugo.py's.
printf "\n| measure (release, %s cores, %s) | value |\n|---|---|\n" "$(nproc)" "$(stat -f -c %T "$work")"
printf "%s\n" "${table[@]}"
