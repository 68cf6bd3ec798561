#!/usr/bin/env bash
# `backchannel serve` end to end over a real socket: two example bots (scripts/example_bot.py)
# take the leaders' seats of a new exercise and play five turns; the observer's board must then
# show week 5 and none of what was said in private.
set -euo pipefail
bin="$1"
dir=$(mktemp -d)
port=$(( 40000 + RANDOM % 20000 ))
"$bin" serve --db "$dir/ex.db" --port "$port" --posterior none > "$dir/serve.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/health" > /dev/null && break; sleep 0.1; done
created=$(curl -sf "http://127.0.0.1:$port/api/exercises" -H 'Content-Type: application/json' \
  -d '{"scenario": "us-china-2025", "seed": 8, "turn_minutes": 5}')
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)" <<< "$created"; }
id=$(field "d['id']")
token() { field "[s['token'] for s in d['seats'] if s['role'] == '$1'][0]"; }
usa=$(token leader:USA); chn=$(token leader:CHN); thornton=$(token intermediary:john-thornton); observer=$(token observer)
curl -sf -X POST "http://127.0.0.1:$port/api/exercises/$id/messages" -H "Authorization: Bearer $thornton" \
  -H 'Content-Type: application/json' -d '{"room": "private:john-thornton:USA", "text": "a private word"}' > /dev/null
# Both seats are taken before either bot starts: a turn closes as soon as every taken leader
# seat has decided, so a bot that joined first would otherwise close turns alone.
for t in "$usa" "$chn"; do
  curl -sf -X POST "http://127.0.0.1:$port/api/exercises/$id/join" -H "Authorization: Bearer $t" \
    -H 'Content-Type: application/json' -d '{"name": "bot"}' > /dev/null
done
python3 scripts/example_bot.py --server "http://127.0.0.1:$port" --exercise "$id" --token="$usa" --turns 5 --poll 0.05 > "$dir/usa.log" &
a=$!
python3 scripts/example_bot.py --server "http://127.0.0.1:$port" --exercise "$id" --token="$chn" --turns 5 --poll 0.05 > "$dir/chn.log" &
b=$!
wait $a; wait $b
board=$(curl -sf "http://127.0.0.1:$port/api/exercises/$id/board" -H "Authorization: Bearer $observer")
python3 - "$board" <<'PY'
import json, sys
b = json.loads(sys.argv[1])
assert b["exercise"]["week"] >= 5, b["exercise"]
texts = [m["text"] for r in b["board"]["rooms"] for m in r["messages"]]
assert not any("private word" in t for t in texts) or any(m["text"] == "a private word" for m in b["board"]["exposed"]), "a private message reached the observer unexposed"
assert sum("week" in t for t in texts) >= 10, texts
print(f"check_serve: week {b['exercise']['week']}, {len(texts)} public messages, {len(b['board']['events'])} public events")
PY
