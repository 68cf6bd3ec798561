#!/usr/bin/env python3
"""Pooled out-of-sample score of the model on the draft episode library (data/episodes).

Runs `backchannel hindcast FILE --format json` for every questions file and pools the
forecasts: Brier, log score (clipped to [0.01, 0.99], as the command does), the two naive
references (always 50%, the pooled base rate) and how many forecasts sit at <= 1% or >= 99%.
Nothing is fitted here: it only scores. Usage: scripts/episode_scores.py BINARY [--seed N]
"""
import glob, json, math, os, subprocess, sys

binary = sys.argv[1]
seed = sys.argv[sys.argv.index("--seed") + 1] if "--seed" in sys.argv else "1"
root = os.path.join(os.path.dirname(__file__), "..", "data", "episodes", "questions")
rows = []
for path in sorted(glob.glob(os.path.join(root, "*.yaml"))):
    out = subprocess.run([binary, "hindcast", path, "--seed", seed, "--format", "json"], capture_output=True, text=True, check=True)
    for q in json.loads(out.stdout)["questions"]:
        rows.append((os.path.basename(path)[:-5], q["id"], q["forecast"], 1.0 if q["outcome"] else 0.0))
n = len(rows)
base = sum(o for *_, o in rows) / n
def log(p, o):
    p = min(0.99, max(0.01, p))
    return math.log(p if o else 1 - p)
brier = sum((p - o) ** 2 for *_, p, o in rows) / n
print(f"{n} questions in {len({r[0] for r in rows})} episodes")
print(f"model      Brier {brier:.3f}  log {sum(log(p, o) for *_, p, o in rows) / n:.3f}")
print(f"50%        Brier 0.250  log {math.log(0.5):.3f}")
print(f"base {base:.2f}  Brier {sum((base - o) ** 2 for *_, o in rows) / n:.3f}  log {sum(log(base, o) for *_, o in rows) / n:.3f}")
print(f"forecasts at <= 1% or >= 99%: {sum(1 for *_, p, _ in rows if p <= 0.01 or p >= 0.99)} of {n}")
