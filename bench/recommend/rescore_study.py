"""Study of a re-scorer of the top few candidates (issue 18): fitted on roles_train only.

    PYTHONPATH=src .venv/bin/python bench/recommend/rescore_study.py [--top 3]

Scores every role set as a session, as ``recommend`` does (logits, dual softmax), then re-ranks
each query's ``--top`` best candidates by a conditional logit (a softmax over those candidates)
of pairwise features computed from the vectors the engine already has: no text is embedded
anew. The re-scorer's weights are fitted on ``roles_train`` alone; the studied sets only
receive it. Prints, per set and direction, the MRR of the engine and of each re-scorer, and on
the studied sets' misses how often the gold partner beats the wrong first pick on each feature
(a feature that cannot tell them apart cannot help a re-scorer either).

The result (RESULTS.md, 2026-12-03 afternoon): no re-scorer helps; not built into the engine.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

from evaluate import CACHE  # noqa: E402

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    EmbeddingStore,
    load_profiles,
    scoring,
)
from tradebridge.matchmaking.engine.recommending.recommender import (  # noqa: E402
    session_signals,
    text_vectors,
)

SETS = {"roles_train": "roles_train", "roles_hard": "roles_hard", "roles_holdout": "roles_holdout"}
SETS |= {f"roles_holdout{k}": f"roles_holdout{k}" for k in range(2, 9)}
STUDIED = [s for s in SETS if s != "roles_train"]
INDEX = {name: k for k, name in enumerate(scoring.FEATURES)}


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)


def load(name: str, encoder: E5Encoder, store: EmbeddingStore) -> dict[str, np.ndarray]:
    """The engine's signals, its dual-softmax scores, the gold pairs and the pairwise extras."""
    profiles = load_profiles(HERE / f"{name}.json")
    gold = json.loads((HERE / f"{name}_gold.json").read_text("utf-8"))
    signals = session_signals(profiles, encoder=encoder, store=store)
    v = text_vectors(profiles, encoder, store)
    index = {p.id: i for i, p in enumerate(signals.profiles)}
    partners = np.zeros(signals.allowed.shape, np.bool_)
    for a, bs in gold["partners"].items():
        partners[index[a], [index[b] for b in bs]] = True
    f = signals.features
    known = v.has_seek[:, None] & v.has_seek[None, :]
    meets, met = f[..., INDEX["meets"]], f[..., INDEX["met"]]
    extras = {
        # both directions must match: the smaller cosine, and its row-standardised form
        "mutual": np.minimum(meets, met),
        # the direction of the trade: what i lacks (seek - offer) against what j brings
        # (offer - seek); +1 for a complement, -1 for a competitor, whatever the product
        "direction": np.where(known, _unit(v.seek - v.offer) @ _unit(v.offer - v.seek).T, 0.0),
        # j answers i's need rather than sharing it: seek_i.offer_j - seek_i.seek_j
        "answers": np.where(known, v.seek @ v.offer.T - v.seek @ v.seek.T, 0.0),
        **{k: f[..., INDEX[k]] for k in ("rival", "same_offer", "same_seek")},
        **{k: f[..., INDEX[k]] for k in ("role_meets", "role_met", "role_rival")},
    }
    logit = scoring.logits(f)
    return {
        "score": scoring.mutual_scores(logit, signals.allowed),
        "allowed": signals.allowed,
        "partners": partners,
        "side": np.array([p.side for p in signals.profiles]),
        **extras,
    }


def tops(
    d: dict[str, np.ndarray], top: int, keys: list[str]
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each query's ``top`` candidates and their features, relative to the best of them."""
    log_score = np.log(np.maximum(d["score"], 1e-12))
    out = []
    for i in range(len(d["allowed"])):
        cand = np.flatnonzero(d["allowed"][i])
        cand = cand[np.argsort(-d["score"][i, cand], kind="stable")][:top]
        cols = [log_score[i, cand]] + [d[k][i, cand] for k in keys]
        x = np.stack([c - c.max() if len(c) else c for c in cols], axis=1)
        out.append((cand, x))
    return out


def fit(d: dict[str, np.ndarray], top: int, keys: list[str], c: float) -> np.ndarray:
    """Conditional logit over each query's top candidates (L2, inverse strength ``c``)."""
    groups = [
        (x, d["partners"][i, cand]) for i, (cand, x) in enumerate(tops(d, top, keys))
        if len(cand) and d["partners"][i, cand].any()
    ]  # fmt: skip
    w = np.zeros(1 + len(keys))
    w[0] = 1.0
    for _ in range(60):
        grad, hess = w / c, np.eye(len(w)) / c
        for x, y in groups:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += x.T @ (p - y / y.sum())
            hess += x.T @ (np.diag(p) - np.outer(p, p)) @ x
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def rescored(d: dict[str, np.ndarray], top: int, keys: list[str], w: np.ndarray) -> np.ndarray:
    out = d["score"] * 1e-3  # below every re-scored candidate, in the engine's order
    for i, (cand, x) in enumerate(tops(d, top, keys)):
        if len(cand):
            out[i, cand] = 100.0 + x @ w
    return out


def mrr(score: np.ndarray, d: dict[str, np.ndarray]) -> dict[str, float]:
    """MRR per side of the query (CN: Chinese companies' lists)."""
    out = {}
    for side in ("CN", "US"):
        rr = []
        for i in np.flatnonzero((d["side"] == side) & d["partners"].any(axis=1)):
            s = np.where(d["allowed"][i], score[i], -np.inf)
            rr.append(1.0 / (1 + int((s > s[d["partners"][i]].max()).sum())))
        out[side] = float(np.mean(rr))
    return out


def misses(data: dict[str, dict[str, np.ndarray]], keys: list[str]) -> None:
    """On the studied sets' misses: share where the gold partner beats the first pick."""
    diffs: dict[str, list[float]] = {k: [] for k in keys}
    count = 0
    for name in STUDIED:
        d = data[name]
        for i in np.flatnonzero(d["partners"].any(axis=1)):
            s = np.where(d["allowed"][i], d["score"][i], -np.inf)
            gold = np.flatnonzero(d["partners"][i])
            best, first = gold[np.argmax(s[gold])], int(np.argmax(s))
            if first in gold:
                continue
            count += 1
            for k in keys:
                diffs[k].append(float(d[k][i, best] - d[k][i, first]))
    print(f"\n{count} misses on the studied sets; gold partner above / below the first pick:")
    for k, v in diffs.items():
        a = np.array(v)
        print(f"  {k:12s} {np.mean(a > 0):.2f} / {np.mean(a < 0):.2f}  (mean {a.mean():+.3f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=3)
    args = parser.parse_args()
    encoder = E5Encoder()
    store = EmbeddingStore.load(CACHE, encoder)
    data = {name: load(name, encoder, store) for name in SETS}
    store.save(CACHE)
    variants = [
        ["mutual"], ["direction"], ["answers"], ["direction", "answers", "mutual"],
        ["mutual", "rival", "same_offer", "same_seek", "role_meets", "role_met", "role_rival"],
    ]  # fmt: skip
    print("set: engine CN→US / US→CN, then per re-scorer (weights fitted on roles_train)")
    rows = {name: [mrr(d["score"], d)] for name, d in data.items()}
    for keys in variants:
        for c in (1.0, 10.0):
            w = fit(data["roles_train"], args.top, keys, c)
            print(f"  re-scorer {keys} C={c}: weights {np.round(w, 2).tolist()}")
            for name, d in data.items():
                rows[name].append(mrr(rescored(d, args.top, keys, w), d))
    for name, results in rows.items():
        cells = " | ".join(f"{r['CN']:.3f} / {r['US']:.3f}" for r in results)
        print(f"{name}: {cells}")
    deltas = np.array([
        [r[side] - rows[name][0][side] for side in ("CN", "US")]
        for name in STUDIED for r in rows[name][1:]
    ]).reshape(len(STUDIED), -1, 2)  # fmt: skip
    print("mean change over the studied sets and both directions, per re-scorer:")
    print(" ", np.round(deltas.mean(axis=(0, 2)), 4).tolist())
    misses(data, ["mutual", "direction", "answers", "rival", "same_offer", "same_seek"])


if __name__ == "__main__":
    main()
