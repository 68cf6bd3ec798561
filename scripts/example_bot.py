#!/usr/bin/env python3
"""An example bot for a live exercise (`backchannel serve`, docs/serve.md): it takes a leader's
seat and plays it to the end through the same JSON API the pages use, with nothing but the
Python standard library.

    python3 scripts/example_bot.py --server http://127.0.0.1:8080 --exercise ID --token=TOKEN

(`--token=TOKEN`, with the equals sign: a token may begin with a dash.)

Its rule is tit for tat with a word on the board: it raises its tariff in a turn after the other
side raised its own, and holds otherwise; it accepts any private deal on the table; it says on
the board what it did. It polls the exercise's version and decides once per turn.
"""
import argparse
import json
import sys
import time
import urllib.error
import urllib.request


def call(server, exercise, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f"{server}/api/exercises/{exercise}{path}", data=data, method=method,
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            text = r.read().decode()
            return r.status, (json.loads(text) if text and text[0] in "[{" else text)
    except urllib.error.HTTPError as e:
        text = e.read().decode()
        return e.code, json.loads(text) if text.startswith("{") else text


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--server", default="http://127.0.0.1:8080")
    p.add_argument("--exercise", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--name", default="tit-for-tat bot")
    p.add_argument("--turns", type=int, default=10**9, help="stop after deciding this many turns")
    p.add_argument("--poll", type=float, default=0.2, help="seconds between polls")
    a = p.parse_args()
    go = lambda method, path, body=None: call(a.server, a.exercise, a.token, method, path, body)

    status, board = go("GET", "/board")
    if status != 200:
        sys.exit(f"cannot read the board: {status} {board}")
    seat = board["seat"]
    if not seat.startswith("leader:"):
        sys.exit(f"this bot plays a leader; the token opens {seat}")
    me = seat.split(":", 1)[1]
    status, answer = go("POST", "/join", {"name": a.name})
    if status != 204:
        sys.exit(f"cannot take the seat: {status} {answer}")
    decided, last_week = 0, None
    while decided < a.turns:
        status, board = go("GET", "/board")
        if status != 200:
            sys.exit(f"board: {status} {board}")
        x = board["exercise"]
        if x["status"] == "finished":
            break
        if x["status"] == "running" and x["week"] != last_week and board.get("decision") is None:
            weeks = board["board"]["weeks"]
            raised = False
            if len(weeks) >= 2:
                other = [i for i, s in enumerate(weeks[-1]["sides"]) if s["actor"] != me][0]
                raised = weeks[-1]["sides"][other]["tariff"] > weeks[-2]["sides"][other]["tariff"] + 1e-9
            moves = {"tariff_move": "raise" if raised else "hold", "accept": ["private", "public"]}
            status, answer = go("PUT", "/decision", moves)
            if status != 200:
                sys.exit(f"decision refused: {status} {answer}")
            go("POST", "/messages", {"room": "board", "text": f"{me} {'answers in kind' if raised else 'holds'} in week {x['week']}."})
            decided, last_week = decided + 1, x["week"]
            print(f"week {x['week']}: {moves}", flush=True)
        time.sleep(a.poll)
    print(f"{me}: played {decided} turns", flush=True)


if __name__ == "__main__":
    main()
