#!/usr/bin/env python3
"""NumPy reference of the trade model (docs/model.md §10) (Armington GE with tariffs, exact hat algebra).

An independent, straightforward transcription of the spec used to cross-check the Swift `Trade`
module and to generate the golden values in Tests/TradeTests/Fixtures/golden_calib_2024.json.
It is not needed at test time.

Usage:
    python3 scripts/trade_reference.py            # prints the golden JSON to stdout
    python3 scripts/trade_reference.py --write    # writes the fixture file

Conventions (docs/model.md §10.1): arrays are [i][j] with i = exporter (row), j = importer (column);
t[i][j] is the tariff imposed by importer j on goods from exporter i, as a fraction.
"""
import json
import os
import sys

import numpy as np
from scipy.optimize import minimize_scalar

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CALIB = os.path.join(ROOT, "Sources", "TradeData", "Resources", "calib_2024.json")
FIXTURE = os.path.join(ROOT, "Tests", "TradeTests", "Fixtures", "golden_calib_2024.json")
TOL = 1e-12


# §3 ------------------------------------------------------------------------------------------
def calibrate(X, t):
    X = np.asarray(X, float)
    t = np.asarray(t, float)
    spend = (1 + t) * X
    E = spend.sum(axis=0)
    lam = spend / E
    Y = X.sum(axis=1)
    R = (t * X).sum(axis=0)
    D = X.sum(axis=0) - Y
    assert np.allclose(E, Y + R + D)
    return dict(X=X, t=t, E=E, lam=lam, Y=Y, R=R, D=D, N=len(Y))


# §4 ------------------------------------------------------------------------------------------
def _state(base, tp, eps, Dp, w, tauhat=None):
    lam, t, Y = base["lam"], base["t"], base["Y"]
    th = np.ones_like(lam) if tauhat is None else tauhat
    c = lam * (th * (1 + tp) / (1 + t)) ** (-eps)
    m = 1 / (1 + tp)
    n = c * (w ** (-eps))[:, None]
    S = n.sum(axis=0)
    lp = n / S
    mu = (m * lp).sum(axis=0)
    Ep = (w * Y + Dp) / mu
    Xp = m * lp * Ep
    Z = Xp.sum(axis=1) - w * Y
    return dict(c=c, m=m, S=S, lp=lp, mu=mu, Ep=Ep, Xp=Xp, Z=Z)


def _converged(base, w, st):
    Y = base["Y"]
    return (np.max(np.abs(st["Z"]) / Y) < TOL and abs((Y * w).sum() / Y.sum() - 1) < TOL)


def _system(base, st, eps, w):
    """F (last entry replaced by the normalisation) and the analytic Jacobian in log wages."""
    Y = base["Y"]
    lp, m, mu, Ep, Xp = st["lp"], st["m"], st["mu"], st["Ep"], st["Xp"]
    A = Xp
    B = m * lp
    H = lp * (m - mu[None, :])
    G = np.diag(w * Y / mu) + eps * np.diag(Ep / mu) @ H.T
    J = -eps * (np.diag(A.sum(axis=1)) - A @ lp.T) + B @ G - np.diag(w * Y)
    F = st["Z"].copy()
    J[-1, :] = Y * w
    F[-1] = (Y * w).sum() - Y.sum()
    return F, J


def _resid(base, st, w):
    Y = base["Y"]
    return max(np.max(np.abs(st["Z"][:-1]) / Y[:-1]) if len(Y) > 1 else 0.0,
               abs((Y * w).sum() / Y.sum() - 1))


def solve_hat(base, tp, eps, Dp=None, method="newton", w0=None, maxit=200):
    Y = base["Y"]
    Dp = base["D"] if Dp is None else np.asarray(Dp, float)
    w = np.ones(base["N"]) if w0 is None else np.asarray(w0, float) * Y.sum() / (Y * w0).sum()
    if method == "newton":
        x = np.log(w)
        for it in range(maxit):
            st = _state(base, tp, eps, Dp, w)
            if _converged(base, w, st):
                return w, it
            F, J = _system(base, st, eps, w)
            dx = np.linalg.solve(J, -F)
            s = min(1.0, 1.0 / np.max(np.abs(dx)))
            r0 = _resid(base, st, w)
            for _ in range(60):
                wn = np.exp(x + s * dx)
                if np.all(wn * Y + Dp > 0):
                    if _resid(base, _state(base, tp, eps, Dp, wn), wn) < r0:
                        break
                s *= 0.5
            x = x + s * dx
            w = np.exp(x)
        raise RuntimeError("newton did not converge")
    kappa = 1 / (1 + eps)
    for it in range(100000):
        st = _state(base, tp, eps, Dp, w)
        if _converged(base, w, st):
            return w, it
        w = w * (st["Xp"].sum(axis=1) / (w * Y)) ** kappa
        w = w * Y.sum() / (Y * w).sum()
    raise RuntimeError("fixed point did not converge")


def counterfactual(base, tp, eps, Dp=None, method="newton", w0=None):
    Dp = base["D"] if Dp is None else np.asarray(Dp, float)
    w, it = solve_hat(base, tp, eps, Dp, method, w0)
    st = _state(base, tp, eps, Dp, w)
    Phat = st["S"] ** (-1 / eps)
    Ehat = st["Ep"] / base["E"]
    What = Ehat / Phat
    Rp = (tp * st["Xp"]).sum(axis=0)
    return dict(w=w, Phat=Phat, Ehat=Ehat, What=What, Xp=st["Xp"], Rp=Rp, Ep=st["Ep"],
                lp=st["lp"], iterations=it,
                welfare_pct=100 * (What - 1),
                trade_value_pct=100 * (st["Xp"] / base["X"] - 1))


def purge_deficits(base, eps):
    cf = counterfactual(base, base["t"], eps, Dp=np.zeros(base["N"]))
    return calibrate(cf["Xp"], base["t"])


# §6 ------------------------------------------------------------------------------------------
def best_response(base, tp, eps, importer, exporter, Dp=None):
    grid = np.round(np.arange(0, 5 + 1e-9, 0.05), 10)
    w0 = None
    vals = []
    for g in grid:
        t2 = tp.copy()
        t2[exporter, importer] = g
        cf = counterfactual(base, t2, eps, Dp, w0=w0)
        w0 = cf["w"]
        vals.append(cf["What"][importer])
    k = int(np.argmax(vals))
    lo, hi = grid[max(k - 1, 0)], grid[min(k + 1, len(grid) - 1)]
    state = {"w": w0}

    def f(x):
        t2 = tp.copy()
        t2[exporter, importer] = x
        cf = counterfactual(base, t2, eps, Dp, w0=state["w"])
        state["w"] = cf["w"]
        return -cf["What"][importer]

    res = minimize_scalar(f, bounds=(lo, hi), method="bounded", options={"xatol": 1e-7})
    x = float(res.x)
    if -res.fun < vals[k]:
        x = float(grid[k])
    return x


def nash(base, tp, eps, a, b, Dp=None, tol=1e-6, maxit=100):
    t = tp.copy()
    for _ in range(maxit):
        old_ba, old_ab = t[b, a], t[a, b]
        t[b, a] = best_response(base, t, eps, a, b, Dp)   # a's tariff on b
        t[a, b] = best_response(base, t, eps, b, a, Dp)   # b's tariff on a
        if abs(t[b, a] - old_ba) < tol and abs(t[a, b] - old_ab) < tol:
            return t
    raise RuntimeError("nash did not converge")


# §8 ------------------------------------------------------------------------------------------
def counterfactual_ms(Xs, ts, tps, epss, Dp=None):
    Xs, ts, tps = (np.asarray(a, float) for a in (Xs, ts, tps))
    epss = np.asarray(epss, float)
    S, N, _ = Xs.shape
    spend = (1 + ts) * Xs
    E = spend.sum(axis=(0, 1))
    alpha = spend.sum(axis=1) / E
    lam = spend / spend.sum(axis=1)[:, None, :]
    Y = Xs.sum(axis=(0, 2))
    D = Xs.sum(axis=(0, 1)) - Y
    Dp = D if Dp is None else np.asarray(Dp, float)

    def state(w):
        base = lam * ((w[None, :, None] * (1 + tps) / (1 + ts)) ** (-epss[:, None, None]))
        Ssum = base.sum(axis=1)
        lp = base / Ssum[:, None, :]
        mu = (alpha * (lp / (1 + tps)).sum(axis=1)).sum(axis=0)
        Ep = (w * Y + Dp) / mu
        Xp = lp / (1 + tps) * alpha[:, None, :] * Ep[None, None, :]
        return Ssum, lp, mu, Ep, Xp

    def F(x):
        w = np.exp(x)
        _, _, _, _, Xp = state(w)
        Z = Xp.sum(axis=(0, 2)) - w * Y
        Z[-1] = (Y * w).sum() - Y.sum()
        return Z / Y

    from scipy.optimize import fsolve
    x = fsolve(F, np.zeros(N), xtol=1e-14)
    w = np.exp(x)
    Ssum, lp, mu, Ep, Xp = state(w)
    Phat_s = Ssum ** (-1 / epss[:, None])
    Phat = np.prod(Phat_s ** alpha, axis=0)
    What = (Ep / E) / Phat
    return dict(w=w, What=What, Xp=Xp)


# golden values ---------------------------------------------------------------------------------
def golden():
    with open(CALIB) as f:
        cal = json.load(f)
    regions = cal["regions"]
    X = np.array(cal["X"])
    t0 = np.array(cal["t0"])
    US, CN = regions.index("USA"), regions.index("CHN")
    tp = t0.copy()
    tp[CN, US] = 1.45   # USA on CHN
    tp[US, CN] = 1.25   # CHN on USA
    out = {"regions": regions, "scenario": {"USA:CHN": 1.45, "CHN:USA": 1.25}, "cases": []}
    for eps in (4.0, 2.0, 8.0):
        for deficits in ("fixed", "purged"):
            base = calibrate(X, t0)
            if deficits == "purged":
                base = purge_deficits(base, eps)
            cf = counterfactual(base, tp, eps)
            cf_fp = counterfactual(base, tp, eps, method="fixed_point")
            assert np.max(np.abs(cf["w"] - cf_fp["w"])) < 1e-10
            case = {
                "elasticity": eps, "deficits": deficits,
                "wage_hat": cf["w"].tolist(),
                "price_index_hat": cf["Phat"].tolist(),
                "welfare_change_pct": cf["welfare_pct"].tolist(),
                "tariff_revenue": cf["Rp"].tolist(),
                "trade_value_change_pct": cf["trade_value_pct"].tolist(),
                "baseline_flows": base["X"].tolist(),
            }
            if eps == 4.0:
                br = best_response(base, tp, eps, US, CN)
                t2 = tp.copy(); t2[CN, US] = br
                cfb = counterfactual(base, t2, eps)
                tn = nash(base, tp, eps, US, CN)
                cfn = counterfactual(base, tn, eps)
                case["best_response_usa_on_chn"] = br
                case["best_response_welfare_change_pct"] = cfb["welfare_pct"].tolist()
                case["nash_usa_on_chn"] = float(tn[CN, US])
                case["nash_chn_on_usa"] = float(tn[US, CN])
                case["nash_welfare_change_pct"] = cfn["welfare_pct"].tolist()
            out["cases"].append(case)
    # a 2-sector world whose sectors are copies of calib_2024 with different elasticities
    Xs = np.stack([0.4 * X, 0.6 * X])
    ts = np.stack([t0, t0])
    tps = np.stack([tp, tp])
    ms = counterfactual_ms(Xs, ts, tps, [2.0, 6.0])
    out["multi_sector"] = {"shares": [0.4, 0.6], "elasticities": [2.0, 6.0],
                           "wage_hat": ms["w"].tolist(),
                           "welfare_change_pct": (100 * (ms["What"] - 1)).tolist()}
    return out


if __name__ == "__main__":
    g = golden()
    text = json.dumps(g, indent=1)
    if "--write" in sys.argv:
        with open(FIXTURE, "w") as f:
            f.write(text + "\n")
    print(text)
