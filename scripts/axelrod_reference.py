#!/usr/bin/env python3
"""Generates Tests/GamesTests/Fixtures/axelrod_4_14_matches.json from axelrod 4.14.

Run once, by hand (the fixture is committed; tests never need Python):

    python3 -m venv /tmp/axvenv && /tmp/axvenv/bin/pip install axelrod==4.14.0
    /tmp/axvenv/bin/python scripts/axelrod_reference.py > Tests/GamesTests/Fixtures/axelrod_4_14_matches.json

Contents:
- "matches": all 66 deterministic 200-turn matches among the 11 deterministic reference
  strategies (i <= j, self-play included), as C/D strings for each player.
- "deterministic_tournament": axelrod's payoff matrix (mean per-turn score, row vs column) and
  normalised scores for a 1-repetition noise-free tournament of the same 11.
- "noisy_tournament": per-strategy mean over repetitions of axelrod's normalised score
  (mean score per turn, self-play excluded) and its standard error, for noise 0.05,
  200 turns, 200 repetitions, over the 11 + Random(0.5) + GTFT (p = 1/3 from the game).
"""
import json
import math
import sys

import axelrod as axl

assert axl.__version__.startswith("4.14"), axl.__version__

DETERMINISTIC = [
    ("cooperator", axl.Cooperator),
    ("defector", axl.Defector),
    ("tit-for-tat", axl.TitForTat),
    ("grudger", axl.Grudger),
    ("tit-for-2-tats", axl.TitFor2Tats),
    ("suspicious-tit-for-tat", axl.SuspiciousTitForTat),
    ("win-stay-lose-shift", axl.WinStayLoseShift),
    ("alternator", axl.Alternator),
    ("go-by-majority", axl.GoByMajority),
    ("two-tits-for-tat", axl.TwoTitsForTat),
    ("bully", axl.Bully),
]
STOCHASTIC = [
    ("random", lambda: axl.Random(0.5)),
    ("generous-tit-for-tat", axl.GTFT),
]
TURNS = 200
NOISY_REPETITIONS = 200
NOISE = 0.05
SEED = 1414


def moves(actions):
    return "".join(str(a) for a in actions)


def main():
    ids = [i for i, _ in DETERMINISTIC]
    matches = []
    for i, (id_a, cls_a) in enumerate(DETERMINISTIC):
        for j in range(i, len(DETERMINISTIC)):
            id_b, cls_b = DETERMINISTIC[j]
            match = axl.Match((cls_a(), cls_b()), turns=TURNS)
            result = match.play()
            matches.append({
                "a": id_a, "b": id_b,
                "moves_a": moves(r[0] for r in result),
                "moves_b": moves(r[1] for r in result),
            })

    tournament = axl.Tournament([c() for _, c in DETERMINISTIC], turns=TURNS, repetitions=1, seed=SEED)
    det = tournament.play(processes=1, progress_bar=False)

    noisy_players = [c() for _, c in DETERMINISTIC] + [c() for _, c in STOCHASTIC]
    noisy_ids = ids + [i for i, _ in STOCHASTIC]
    tournament = axl.Tournament(noisy_players, turns=TURNS, repetitions=NOISY_REPETITIONS,
                                noise=NOISE, seed=SEED)
    noisy = tournament.play(processes=1, progress_bar=False)
    means, errors = {}, {}
    for k, sid in enumerate(noisy_ids):
        xs = noisy.normalised_scores[k]
        n = len(xs)
        mean = sum(xs) / n
        var = sum((x - mean) ** 2 for x in xs) / (n - 1)
        means[sid] = mean
        errors[sid] = math.sqrt(var / n)

    out = {
        "source": "axelrod %s" % axl.__version__,
        "turns": TURNS,
        "strategies": ids,
        "matches": matches,
        "deterministic_tournament": {
            "payoff_matrix": det.payoff_matrix,
            "normalised_scores": [s[0] for s in det.normalised_scores],
            "ranking": [ids[i] for i in det.ranking],
        },
        "noisy_tournament": {
            "noise": NOISE,
            "repetitions": NOISY_REPETITIONS,
            "strategies": noisy_ids,
            "mean_score_per_turn": means,
            "standard_error": errors,
        },
    }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
