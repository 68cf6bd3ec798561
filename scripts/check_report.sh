#!/usr/bin/env bash
# Renders HTML reports in headless Chromium and fails on a console message (the report has no
# script, so any message is an error: a failed load, a parse error), a blank page, or a missing
# panel. Run by .ci/run; locally: scripts/check_report.sh .build/debug/backchannel [docs/report.png]
# (the second argument saves a screenshot of the bundled us-china-2025 report, seed 42).
set -euo pipefail
bin=${1:?usage: scripts/check_report.sh BACKCHANNEL_BINARY [SCREENSHOT.png]}
screenshot=${2:-}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "check_report: chromium not found (Debian: apt-get install chromium)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags=(--headless --disable-gpu --no-sandbox --hide-scrollbars --no-first-run --disable-extensions
       --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0)

# Console messages a page produced (one per line), and its DOM after parsing.
render() {  # render FILE.html NAME
  timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$1" > "$tmp/$2.dom" 2> "$tmp/$2.log" || true
  grep -a 'CONSOLE' "$tmp/$2.log" || true
}

# The check must be able to fail: a page with a console error is caught.
printf '<!DOCTYPE html><html><body><p>x</p><script>console.error("self-test")</script></body></html>' > "$tmp/bad.html"
if [ -z "$(render "$tmp/bad.html" bad)" ]; then
  echo "check_report: self-test failed: a console error went unnoticed" >&2; exit 1
fi

status=0
for scenario in us-china-2025 us-china-1969 minimal; do
  html="$tmp/$scenario.html"
  "$bin" run "$scenario" --seed 42 --runs 2000 --report "$html" > /dev/null
  messages=$(render "$html" "$scenario")
  if [ -n "$messages" ]; then echo "check_report: $scenario: console messages:"; echo "$messages"; status=1; fi
  dom="$tmp/$scenario.dom"
  for id in panel-headline panel-tariffs panel-milestones panel-phases panel-welfare panel-narrative panel-scenario panel-provenance \
            chart-outcomes chart-milestones chart-phases chart-welfare chart-pain; do
    grep -q "id=\"$id\"" "$dom" || { echo "check_report: $scenario: #$id missing from the rendered page"; status=1; }
  done
  [ "$(grep -o '<svg ' "$dom" | wc -l)" -ge 7 ] || { echo "check_report: $scenario: fewer than 7 charts rendered"; status=1; }
  # Not blank: a white 1280×2400 page compresses to a few kB; a drawn report is far larger.
  timeout 120 "$browser" "${flags[@]}" --screenshot="$tmp/$scenario.png" --window-size=1280,2400 "file://$html" 2> /dev/null > /dev/null || true
  size=$(stat -c %s "$tmp/$scenario.png" 2> /dev/null || echo 0)
  if [ "$size" -lt 40000 ]; then echo "check_report: $scenario: screenshot is blank or missing ($size bytes)"; status=1; fi
  echo "check_report: $scenario: $(stat -c %s "$html") bytes of HTML, screenshot $size bytes"
done
grep -q 'actual (PIIE average)' "$tmp/us-china-2025.dom" || { echo "check_report: us-china-2025: no real-history overlay"; status=1; }

if [ -n "$screenshot" ] && [ "$status" -eq 0 ]; then
  "$bin" run us-china-2025 --seed 42 --report "$tmp/report.html" > /dev/null
  timeout 120 "$browser" "${flags[@]}" --screenshot="$screenshot" --window-size=1200,1600 "file://$tmp/report.html" 2> /dev/null > /dev/null
  echo "check_report: screenshot saved to $screenshot"
fi
exit $status
