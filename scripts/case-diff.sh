#!/usr/bin/env bash
# What a case of Tests/Fixtures/checks/ changes in the fixture site (Tests/Fixtures/site/), its marks included.
# Usage: scripts/case-diff.sh FinanceRuleTests/fin001IsExactToTheFen/off-by-a-fen
set -euo pipefail
cd "$(dirname "$0")/../Tests/Fixtures"
folder="checks/${1:?usage: scripts/case-diff.sh SUITE/CASE}"
[[ -d $folder ]] || { echo "no case $folder" >&2; exit 2; }
find "$folder" -type f | sort | while read -r file; do
    path="${file#"$folder"/}"
    if [[ $path == *.removed ]]; then
        echo "removed: ${path%.removed}"
    elif [[ -f site/$path ]]; then
        diff -u --label "site/$path" --label "$file" "site/$path" "$file" || true
    else
        echo "added: $path"
        sed 's/^/+/' "$file"
    fi
done
