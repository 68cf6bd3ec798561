#!/usr/bin/env python3
"""A bounded load test of `backchannel serve` on loopback (docs/serve.md): E exercises of
us-china-2025, each with its 6 player seats plus 4 observers on the shared observer link (10
simulated seats an exercise, 200 for 20 exercises), each seat a thread that for D seconds polls
the version, reads its board, posts messages and (leaders) decides. Prints requests/s and the
latency percentiles, then checks that every acknowledged message is stored.

    backchannel serve --db /tmp/load.db --port 8090 &
    python3 scripts/load_serve.py --server http://127.0.0.1:8090 --exercises 20 --seconds 30
"""
import argparse
import json
import random
import threading
import time
import urllib.error
import urllib.request


def request(server, method, path, token=None, body=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(server + path, data=data, method=method, headers=headers)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            text = r.read().decode()
            status = r.status
    except urllib.error.HTTPError as e:
        text, status = e.read().decode(), e.code
    return status, text, time.perf_counter() - start


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--server", default="http://127.0.0.1:8090")
    p.add_argument("--exercises", type=int, default=20)
    p.add_argument("--seconds", type=float, default=30)
    a = p.parse_args()
    exercises = []
    for k in range(a.exercises):
        status, text, _ = request(a.server, "POST", "/api/exercises", body={"scenario": "us-china-2025", "seed": k, "turn_minutes": 600})
        assert status == 201, text
        exercises.append(json.loads(text))
    lock = threading.Lock()
    latencies, statuses, acknowledged = [], {}, {}
    stop = time.time() + a.seconds

    def seat(exercise, role, token, n):
        rng = random.Random(f"{exercise['id']}/{role}/{n}")
        base = f"/api/exercises/{exercise['id']}"
        rooms = ["board"] + ([f"private:john-thornton:{role.split(':')[1]}"] if role.startswith("leader:") else [])
        if role.startswith("intermediary:"):
            rooms = ["board"] + [f"private:{role.split(':')[1]}:{actor}" for actor in ("USA", "CHN")]
        if role.startswith("leader:"):
            # Taken seats: a turn is adjudicated as soon as both leaders have decided it.
            assert request(a.server, "POST", base + "/join", token, {"name": f"load {n}"})[0] == 204
        i = 0
        while time.time() < stop:
            i += 1
            op = rng.random()
            if op < 0.5:
                r = request(a.server, "GET", base + "/version", token)
            elif op < 0.75:
                r = request(a.server, "GET", base + "/board", token)
            elif role != "observer" and role != "umpire" and op < 0.95:
                text = f"{role} {n} says {i}"
                r = request(a.server, "POST", base + "/messages", token, {"room": rng.choice(rooms), "text": text})
                if r[0] == 201:
                    with lock:
                        acknowledged.setdefault(exercise["id"], set()).add(text)
            elif role.startswith("leader:"):
                r = request(a.server, "PUT", base + "/decision", token, {"tariff_move": rng.choice(["hold", "raise"])})
            else:
                r = request(a.server, "GET", base + "/version", token)
            with lock:
                latencies.append(r[2])
                statuses[r[0]] = statuses.get(r[0], 0) + 1

    threads = []
    for e in exercises:
        tokens = {s["role"]: s["token"] for s in e["seats"]}
        seats = [(role, tokens[role], 0) for role in tokens if role != "observer"] + [("observer", tokens["observer"], n) for n in range(4)]
        for role, token, n in seats:
            threads.append(threading.Thread(target=seat, args=(e, role, token, n)))
    started = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - started
    latencies.sort()
    pct = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"{len(threads)} seats in {len(exercises)} exercises, {elapsed:.1f} s: {len(latencies)} requests, "
          f"{len(latencies) / elapsed:.0f} requests/s; latency p50 {pct(0.5):.1f} ms, p99 {pct(0.99):.1f} ms, max {latencies[-1] * 1000:.1f} ms; "
          f"statuses {dict(sorted(statuses.items()))}")
    lost = 0
    for e in exercises:
        umpire = [s["token"] for s in e["seats"] if s["role"] == "umpire"][0]
        status, text, _ = request(a.server, "GET", f"/api/exercises/{e['id']}/board", umpire)
        board = json.loads(text)
        stored = {m["text"] for r in board["board"]["rooms"] for m in r["messages"]}
        lost += len(acknowledged.get(e["id"], set()) - stored)
    print(f"acknowledged messages: {sum(len(v) for v in acknowledged.values())}, lost: {lost}")
    raise SystemExit(1 if lost else 0)


if __name__ == "__main__":
    main()
