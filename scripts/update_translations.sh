#!/usr/bin/env bash
# Refresh the French translation source from the code, then compile it.
#
#   scripts/update_translations.sh           lupdate (keeps existing translations) + lrelease
#   scripts/update_translations.sh --check   also fail when a string is unfinished
#
# Translate new strings in resources/i18n/quorum_fr.ts with pyside6-linguist (or any editor),
# then run this again: the compiled quorum_fr.qm is committed next to it.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
ts=resources/i18n/quorum_fr.ts
qm=resources/i18n/quorum_fr.qm
mapfile -t sources < <(find desktop/ui -name '*.py' | sort; echo desktop/app.py)
"$bin/pyside6-lupdate" -no-obsolete -locations relative "${sources[@]}" -ts "$ts"
"$bin/pyside6-lrelease" "$ts" -qm "$qm"
if [[ "${1:-}" == "--check" ]] && grep -q 'type="unfinished"' "$ts"; then
  echo "unfinished translations in $ts:" >&2
  grep -B3 'type="unfinished"' "$ts" | grep '<source>' >&2
  exit 1
fi
