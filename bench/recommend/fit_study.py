"""Would the weights generalise better if fitted on the studied role sets too?

    .venv/bin/python bench/recommend/fit_study.py [--c 1.0] [--test holdout13]

``fit_weights.py`` fits ``scoring.WEIGHTS`` on the bench set's fit half (with and without its
codes) and on ``roles_train.json`` (150 organizations of ten value chains). The role sets
``holdout`` … ``holdout12`` have since been written by other generators, run and studied: they
are no longer clean figures, but they are 1,200 more organizations written in other ways. This
study asks whether fitting on them helps on a set none of the fits saw:

- leave one set out: for each studied set, fit on the base sets and the other studied sets, and
  rank the left-out set (dual softmax, as the engine ranks); beside it the shipped weights;
- ``--test``: fit on the base sets and all studied sets, and rank the named sets (sets run
  once whose misses were never read, or a clean set, which this spends).

"shipped" is whatever ``scoring.WEIGHTS`` holds. Nothing is written.

Measured 2026-12-04 (AMD EPYC, shared): LOSO over the twelve, partner first Chinese → US 403 →
414 of 480 (MRR 0.903 → 0.916), US → Chinese 573 → 574 of 640 (0.937 → 0.938); the engine
(evaluate.py) with those weights, C=10 by fit_weights.py's cross-validation: roles_holdout13
0.638 / 0.728 → 0.649 / 0.734, the bench set 0.975 → 0.964, validation 1.000 and roles_hard
0.975 / 1.000 unchanged, and on the clean set roles_holdout14, its one run, 0.696 (23 of 40
first) / 0.740 (36 of 54) → 0.674 (21 of 40) / 0.735 (35 of 54). The gain on the studied sets
comes from features whose rules were written on those very sets; on unread text it is nothing:
not shipped. Tried beside it, not shipped: ``--quadratic`` (every product of two signals; LOSO
0.920 / 0.938, holdout13 0.674–0.684 / 0.796–0.806 for C 0.1–10) and ``--ridge`` (a linear map
from seek vectors towards their partners' offer vectors, shrunk to the identity; holdout13
0.662–0.685 / 0.734–0.764 for lambda 1–100: nothing).
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

from evaluate import CACHE, ROLE_SETS  # noqa: E402
from fit_weights import FIT_SETS, HAND_SET, fit_standardised, text_only  # noqa: E402

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    EmbeddingStore,
    load_profiles,
    scoring,
)
from tradebridge.matchmaking.engine.recommending.recommender import (  # noqa: E402
    SessionSignals,
    session_signals,
    text_vectors,
)
from tradebridge.matchmaking.engine.recommending.scoring import (  # noqa: E402
    BIAS,
    FEATURES,
    MUTUAL_TEMPERATURE,
    WEIGHTS,
    mutual_scores,
)
from tradebridge.matchmaking.engine.recommending.vectors import ProfileVectors  # noqa: E402

STUDIED = ["holdout", *(f"holdout{n}" for n in range(2, 13))]
# The st_* signals are left out (0 weight): the shipped stage reader has read every studied
# set, so a set left out here would still be read in-sample (stage_study.py fits them out of
# set).
FITTED = [
    k for k, name in enumerate(FEATURES) if name not in HAND_SET and not name.startswith("st_")
]
OPTIONS = {"quadratic": False}  # --quadratic: every product of two fitted signals as a signal


def expand(x: np.ndarray) -> np.ndarray:
    """The fitted signals, and with --quadratic their pairwise products too."""
    if not OPTIONS["quadratic"]:
        return x
    k = x.shape[-1]
    iu = np.triu_indices(k)
    return np.concatenate([x, (x[..., :, None] * x[..., None, :])[..., iu[0], iu[1]]], axis=-1)


def signal_tensor(
    signals: SessionSignals,
    vectors: ProfileVectors,
    *,
    seek: np.ndarray | None = None,
    codes: scoring.CodeVectors | None = None,
) -> np.ndarray:
    """The session's signals computed again from its vectors, as ``session_signals`` does,
    with the seek vectors matched against offers replaced by ``seek`` and the codes (roles
    among them) by ``codes`` where given. No interest between any two."""
    v = vectors
    seek = v.seek if seek is None else seek
    codes = signals.codes if codes is None else codes
    meets = np.asarray(seek @ v.offer.T, dtype=np.float32)
    text_known = v.has_text[:, None] & v.has_text[None, :]
    same_offer = np.asarray(v.offer @ v.offer.T, dtype=np.float32)
    same_seek = np.asarray(v.seek @ v.seek.T, dtype=np.float32)
    hub = scoring.hub_scores(signals.similarity, signals.allowed & text_known)
    n = len(signals.profiles)
    # The word signals (lex_*) read the texts, not the vectors or codes: taken as computed.
    words = {
        name: signals.features[..., scoring.FEATURES.index(name)]
        for name in ("lex_meets", "lex_met", "lex_same", "lex_whole")
    }
    return scoring.feature_tensor(
        similarity=signals.similarity, hub_rows=hub, hub_cols=hub, rows=codes, cols=codes,
        interest=np.zeros((n, n), np.float32), text_known=text_known, meets=meets, met=meets.T,
        rival=scoring.rivalry(same_offer, same_seek), same_offer=same_offer, same_seek=same_seek,
        needs_known=v.has_seek[:, None] & v.has_seek[None, :], **words,
    )  # fmt: skip


def partner_ranks(
    mutual: np.ndarray, allowed: np.ndarray, partner: dict[int, set[int]], sides: list
) -> dict[str, list[int]]:
    """The rank of each query's best-ranked gold partner, grouped by the query's side."""
    out: dict[str, list[int]] = {}
    for i, partners in partner.items():
        s = np.where(allowed[i], mutual[i], -np.inf)
        order = np.argsort(-s, kind="stable")
        rank = min(int(np.flatnonzero(order == j)[0]) for j in partners) + 1
        out.setdefault(str(sides[i]), []).append(rank)
    return out


class Block:
    """One set as its own session: its signals, its queries and their partners."""

    def __init__(self, name: str, paths: tuple[Path, Path], strip: bool, store, enc):
        profiles_path, gold_path = paths
        profiles = load_profiles(profiles_path)
        if strip:
            profiles = text_only(profiles)
        self.name = name
        signals = session_signals(profiles, encoder=enc, store=store)
        self.signals = signals
        self.vectors = text_vectors(profiles, enc, store)
        self.feats = signals.features.astype(np.float64)
        self.allowed = signals.allowed
        self.sides = [p.side for p in profiles]
        gold = json.loads(gold_path.read_text("utf-8"))
        index = {p.id: i for i, p in enumerate(profiles)}
        self.partner = {index[k]: {index[x] for x in v} for k, v in gold["partners"].items()}
        # The bench set's held-out half stays out of every fit, as in fit_weights.py.
        self.fit_rows = [index[k] for k in gold["partners"] if gold["split"][k] == "fit"]
        if name.startswith("holdout"):
            self.fit_rows = list(self.partner)

    def seek_offer_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """(seek of one, offer of its partner) for every gold pair, both ways round."""
        v, has = self.vectors, self.vectors.has_seek
        s, o = [], []
        for i in self.fit_rows:
            for j in self.partner[i]:
                for a, b in ((i, j), (j, i)):
                    if has[a] and np.abs(v.offer[b]).sum() > 0:
                        s.append(v.seek[a])
                        o.append(v.offer[b])
        return np.array(s), np.array(o)

    def remap(self, w: np.ndarray) -> None:
        """Recompute the signals with seek vectors carried through the map ``w``."""
        seek = self.vectors.seek @ w
        norms = np.linalg.norm(seek, axis=1, keepdims=True)
        seek = np.where(norms > 1e-9, seek / np.maximum(norms, 1e-9), 0.0).astype(np.float32)
        self.feats = signal_tensor(self.signals, self.vectors, seek=seek).astype(np.float64)

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        xs, ys = [], []
        for i in self.fit_rows:
            js = np.flatnonzero(self.allowed[i])
            xs.append(expand(self.feats[i, js][:, FITTED]))
            ys.append(np.isin(js, list(self.partner[i])).astype(np.float64))
        return np.vstack(xs), np.concatenate(ys)

    def ranks(self, weights, bias: float, temperature: float) -> dict[str, list[int]]:
        if isinstance(weights, tuple):  # (hand-set weights, fitted weights over expand())
            hand, fitted = weights
            logit = self.feats @ hand + expand(self.feats[..., FITTED]) @ fitted + bias
        else:
            logit = self.feats @ weights + bias
        logit = logit.astype(np.float32)
        mutual = mutual_scores(logit, self.allowed, temperature)
        return partner_ranks(mutual, self.allowed, self.partner, self.sides)


def fit(blocks: list[Block], c: float):
    parts = [b.pairs() for b in blocks]
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    w_fit, b = fit_standardised(x, y, c)
    if OPTIONS["quadratic"]:
        hand = np.zeros(len(FEATURES))
        for name, value in HAND_SET.items():
            hand[FEATURES.index(name)] = value
        return (hand, w_fit), b
    w = np.zeros(len(FEATURES))
    w[FITTED] = w_fit
    for name, value in HAND_SET.items():
        w[FEATURES.index(name)] = value
    return w, b


def ridge_map(blocks: list[Block], lam: float) -> np.ndarray:
    """The linear map taking a seek vector towards its partner's offer vector, shrunk towards
    the identity: argmin ||S W - O||^2 + lam ||W - I||^2."""
    parts = [b.seek_offer_pairs() for b in blocks]
    s = np.vstack([p[0] for p in parts if len(p[0])]).astype(np.float64)
    o = np.vstack([p[1] for p in parts if len(p[1])]).astype(np.float64)
    eye = np.eye(s.shape[1])
    return np.linalg.solve(s.T @ s + lam * eye, s.T @ o + lam * eye)


def summary(ranks: dict[str, list[int]]) -> str:
    cells = []
    for side in sorted(ranks):
        r = np.array(ranks[side])
        cells.append(f"{side}→ MRR {np.mean(1 / r):.3f} first {int((r == 1).sum())}/{len(r)}")
    return "; ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--test", nargs="*", default=[])
    parser.add_argument("--no-loso", action="store_true")
    parser.add_argument("--quadratic", action="store_true")
    parser.add_argument("--ridge", type=float, default=0.0, help="learn a seek→offer map")
    args = parser.parse_args()
    OPTIONS["quadratic"] = args.quadratic
    encoder = E5Encoder(backend="numpy")
    store = EmbeddingStore.load(CACHE, encoder)
    base = [
        Block(f"base{k}", (p, g), strip, store, encoder) for k, (p, g, strip) in enumerate(FIT_SETS)
    ]
    studied = [Block(n, ROLE_SETS[n], False, store, encoder) for n in STUDIED]
    tests = [Block(n, ROLE_SETS[n], False, store, encoder) for n in args.test]
    store.save(CACHE)
    shipped = np.array([WEIGHTS[name] for name in FEATURES])
    totals: dict[str, dict[str, list[int]]] = {"shipped": {}, "refit": {}}
    if not args.no_loso:
        for left in studied:
            train = base + [s for s in studied if s is not left]
            if args.ridge:
                m = ridge_map(train, args.ridge)
                for block in [*train, left]:
                    block.remap(m)
            w, b = fit(train, args.c)
            r_old = left.ranks(shipped, BIAS, MUTUAL_TEMPERATURE)
            r_new = left.ranks(w, b, MUTUAL_TEMPERATURE)
            for label, r in (("shipped", r_old), ("refit", r_new)):
                for side, v in r.items():
                    totals[label].setdefault(side, []).extend(v)
            if args.ridge:
                left.remap(np.eye(left.vectors.seek.shape[1]))
                r_old = left.ranks(shipped, BIAS, MUTUAL_TEMPERATURE)
            print(f"{left.name:10} shipped: {summary(r_old)}")
            print(f"{'':10} refit:   {summary(r_new)}")
        print(f"ALL studied shipped: {summary(totals['shipped'])}")
        print(f"ALL studied refit:   {summary(totals['refit'])}")
    if args.ridge:
        m = ridge_map(base + studied, args.ridge)
        for block in [*base, *studied, *tests]:
            block.remap(m)
    w, b = fit(base + studied, args.c)
    print("WEIGHTS (base + every studied set):")
    if not OPTIONS["quadratic"]:
        print("  " + ", ".join(f"{n}={v:.3f}" for n, v in zip(FEATURES, w, strict=True)))
        print(f"  BIAS={b:.3f}")
    for block in tests:
        new = block.ranks(w, b, MUTUAL_TEMPERATURE)
        if args.ridge:
            block.remap(np.eye(block.vectors.seek.shape[1]))
        print(f"{block.name:10} shipped: {summary(block.ranks(shipped, BIAS, MUTUAL_TEMPERATURE))}")
        print(f"{'':10} refit:   {summary(new)}")
        continue
        print(f"{'':10} refit:   {summary(block.ranks(w, b, MUTUAL_TEMPERATURE))}")


if __name__ == "__main__":
    main()
