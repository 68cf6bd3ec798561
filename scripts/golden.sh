#!/usr/bin/env bash
# Regenerates Tests/CLITests/Golden/*.out from Tests/CLITests/Golden/manifest.tsv with the debug
# binary. Only do this in a commit that says why the output changed, with before/after figures.
set -euo pipefail -f
cd "$(dirname "$0")/.."
swift build > /dev/null
bin="$(swift build --show-bin-path)/backchannel"
dir=Tests/CLITests/Golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$dir/manifest.tsv" | while IFS=$'\t' read -r name mode args; do
  [ -n "$name" ] || continue
  out="$tmp/$name.file"
  eval "set -- $args"
  words=()
  for w in "$@"; do w="${w//\{out\}/$out}"; words+=("${w//\{golden\}/$PWD/$dir}"); done
  if [[ "$args" == *"{out}"* ]]; then
    "$bin" "${words[@]}" --threads 1 > /dev/null 2>&1
    cp "$out" "$dir/$name.out"
  elif [ "$mode" = threads ]; then
    "$bin" "${words[@]}" --threads 1 > "$dir/$name.out" 2> /dev/null
  else
    "$bin" "${words[@]}" > "$dir/$name.out" 2> /dev/null
  fi
  echo "$name: $(wc -c < "$dir/$name.out") bytes"
done
