#!/usr/bin/env python3
"""Calibrates the GE pain scale (economy.pain_per_welfare_point) on the 2018–2020 episode.

Objective: the probability the model gives to what happened — no joint de-escalation before
the 90-day truce ran out (2019-03-01), and a joint de-escalation by the time Phase One was in
force (2020-02-14): P(deal in (week of 2019-03-01, week of 2020-02-14]), read from by_week
p_deal of `backchannel run us-china-2018`. The 2025 episode is never used.
Usage: calibrate_2018.py BACKCHANNEL_BINARY [RUNS]"""
import json
import subprocess
import sys

binary = sys.argv[1]
runs = sys.argv[2] if len(sys.argv) > 2 else "4000"
grid = [2, 3, 4, 6, 8, 9, 10, 11, 16, 23, 32]
best = None
for k in grid:
    out = subprocess.run([binary, "run", "us-china-2018", "--runs", runs, "--seed", "2018", "--format", "json",
                          "--set", f"economy.pain_per_welfare_point={k}"], check=True, capture_output=True, text=True).stdout
    d = json.loads(out)
    by_date = {w["date"]: w for w in d["by_week"]}
    def week_of(date):
        return max((w for w in d["by_week"] if w["date"] <= date), key=lambda w: w["week"])
    early, late = week_of("2019-03-01"), week_of("2020-02-14")
    score = late["p_deal"] - early["p_deal"]
    print(f"pain_per_welfare_point={k:>3}: P(deal in window)={score:.3f}  P(deal by 2019-03-01)={early['p_deal']:.3f}  "
          f"P(deal by 2020-02-14)={late['p_deal']:.3f}  capitulation={d['outcomes']['capitulation']}")
    if best is None or score > best[1]:
        best = (k, score)
print(f"best: pain_per_welfare_point={best[0]} (P = {best[1]:.3f})")
