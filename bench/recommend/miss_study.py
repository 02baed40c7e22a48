"""Who wins rank 1 where the partner is not first, and what roles read right would give (issue 18).

    PYTHONPATH=src .venv/bin/python bench/recommend/miss_study.py roles_holdout11 [more sets] [-v]

For each organization of a role set whose gold partner is not ranked first: the winner's kind
against the query, from the gold roles (``chain:offer>seek``, stages R raw material or part,
M maker, D distributor, E end buyer): ``competitor`` (same chain, same roles), ``trap-offers-
sought`` (offers what the query seeks, seeks something else), ``trap-wants-product`` (seeks what
the query offers, offers something else), ``other-chain-right-roles``, and the rest; the signal
terms (weight x value) that put the winner ahead of the partner, largest first; whether the roles
read from the text (roles.py) are right on the query and the partner. ``-v`` prints each
side's offer and seek statements and the roles read from them.

Then the MRR with the roles of the gold file in place of those read (the ceiling of role reading):
coarse, as the engine's lexicon has them (R and M both a maker or supplier), and fine, with R and
M apart. Reads only the gold of the sets it is given: run it on studied sets, never a clean one.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
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
    SessionSignals,
    session_signals,
)
from tradebridge.matchmaking.engine.recommending.roles import (  # noqa: E402
    split_statements,
    statement_roles,
)

COARSE = {"R": "supply", "M": "supply", "D": "distribution", "E": "customer"}
INDEX = {name: k for k, name in enumerate(scoring.FEATURES)}


def stages(role: str) -> tuple[str, str, str]:
    """(chain, offered stage, sought stage) of a gold role such as ``casket:R>M``."""
    chain, pair = role.split(":")
    offer, seek = pair.split(">")
    return chain, offer, seek


def kind(query: str, winner: str) -> str:
    """What the winner is to the query, by their gold roles."""
    cq, oq, sq = stages(query)
    cw, ow, sw = stages(winner)
    right = ow == sq and sw == oq
    if cq != cw:
        return "other-chain-right-roles" if right else "other-chain-other"
    if (oq, sq) == (ow, sw):
        return "competitor"
    if right:
        return "same-chain-right-roles"
    if ow == sq:
        return "trap-offers-sought"
    if sw == oq:
        return "trap-wants-product"
    return "same-chain-other"


def read_roles(signals: SessionSignals, j: int) -> tuple[set[str], set[str], list[tuple[str, str]]]:
    """Roles read from profile ``j``'s offer and seek statements, and the statements."""
    offered: set[str] = set()
    sought: set[str] = set()
    parts = []
    for text in signals.profiles[j].texts_by_language().values():
        split = split_statements(text)
        read = statement_roles(text)
        offered |= read[0]
        sought |= read[1]
        parts.append((split.offer, split.seek))
    return offered, sought, parts


def ranks(signals: SessionSignals, partners: dict[str, list[str]], features: np.ndarray) -> dict:
    """Rank of the best gold partner of each query (ties by id, as ``recommend``)."""
    score = scoring.mutual_scores(scoring.logits(features), signals.allowed)
    ids = [p.id for p in signals.profiles]
    index = {x: i for i, x in enumerate(ids)}
    out = {}
    for query, golds in partners.items():
        i = index[query]
        order = sorted(
            np.flatnonzero(signals.allowed[i]).tolist(), key=lambda j: (-score[i, j], ids[j])
        )
        out[query] = (min(order.index(index[g]) + 1 for g in golds), order)
    return out


def gold_role_features(signals: SessionSignals, roles: dict[str, str], fine: bool) -> np.ndarray:
    """The session's signals with the role signals computed from the gold roles."""
    keys = ["R", "M", "D", "E"] if fine else ["supply", "distribution", "customer"]
    n = len(signals.profiles)
    offers = np.zeros((n, len(keys)))
    seeks = np.zeros((n, len(keys)))
    for i, p in enumerate(signals.profiles):
        if p.id in roles:
            _, o, s = stages(roles[p.id])
            offers[i, keys.index(o if fine else COARSE[o])] = 1
            seeks[i, keys.index(s if fine else COARSE[s])] = 1
    meets, met = (seeks @ offers.T) > 0, (offers @ seeks.T) > 0
    f = signals.features.copy()
    # Every role read: a match counts both ways or not at all (scoring.role_matches).
    f[..., INDEX["role_meets"]] = f[..., INDEX["role_met"]] = meets & met
    f[..., INDEX["role_rival"]] = ((offers @ offers.T) > 0) & ((seeks @ seeks.T) > 0)
    return f


def mrr_line(signals: SessionSignals, partners: dict[str, list[str]], features: np.ndarray) -> str:
    """MRR and partner-first count, CN→US / US→CN."""
    side = {p.id: p.side for p in signals.profiles}
    by = ranks(signals, partners, features)
    cells = []
    for s in ("CN", "US"):
        r = [rank for q, (rank, _) in by.items() if side[q] == s]
        cells.append(f"{np.mean([1 / x for x in r]):.3f} ({sum(x == 1 for x in r)}/{len(r)})")
    return " / ".join(cells)


def study(name: str, encoder: E5Encoder, store: EmbeddingStore, verbose: bool) -> None:
    """Print the misses of one role set, their kinds, and the ceilings of role reading."""
    profiles = load_profiles(HERE / f"{name}.json")
    gold = json.loads((HERE / f"{name}_gold.json").read_text("utf-8"))
    roles, partners = gold["roles"], gold["partners"]
    signals = session_signals(profiles, encoder=encoder, store=store)
    ids = [p.id for p in signals.profiles]
    index = {x: i for i, x in enumerate(ids)}
    f = signals.features
    weights = np.array([scoring.WEIGHTS[k] for k in scoring.FEATURES])
    counts: Counter[str] = Counter()
    for query, (rank, order) in ranks(signals, partners, f).items():
        if rank == 1:
            continue
        i, w = index[query], order[0]
        g = min((index[x] for x in partners[query]), key=order.index)
        what = kind(roles[query], roles[ids[w]])
        counts[what] += 1
        counts["at rank 2"] += rank == 2
        right = []
        for j in (i, g):
            offered, sought, _ = read_roles(signals, j)
            _, o, s = stages(roles[ids[j]])
            right.append(offered == {COARSE[o]} and sought == {COARSE[s]})
        counts["roles read right on query and partner"] += all(right)
        counts["whole-text cosine favours the winner"] += bool(f[i, w, 0] > f[i, g, 0])
        delta = weights * (f[i, w] - f[i, g])
        terms = " ".join(
            f"{scoring.FEATURES[k]}{delta[k]:+.1f}({f[i, w, k]:.2f}/{f[i, g, k]:.2f})"
            for k in np.argsort(-np.abs(delta))[:5]
            if abs(delta[k]) > 0.3
        )
        print(f"{query} {roles[query]} rank {rank}: {ids[w]} {roles[ids[w]]} [{what}] "
              f"before {ids[g]}: {terms}")  # fmt: skip
        if verbose:
            for label, j in (("query", i), ("winner", w), ("partner", g)):
                offered, sought, parts = read_roles(signals, j)
                print(f"   {label} offers {sorted(offered)} seeks {sorted(sought)}")
                for offer, seek in parts:
                    print(f"     O: {offer[:160]!r}\n     S: {seek[:160]!r}")
    print(f"{name}: {dict(counts)}")
    print(f"  engine:               {mrr_line(signals, partners, f)}")
    for fine in (False, True):
        label = "gold roles, R/M apart" if fine else "gold roles, coarse"
        print(
            f"  {label:22s}{mrr_line(signals, partners, gold_role_features(signals, roles, fine))}"
        )


def main() -> None:
    """Study the sets named on the command line."""
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    encoder = E5Encoder()
    store = EmbeddingStore.load(CACHE, encoder)
    for name in names:
        study(name, encoder, store, "-v" in sys.argv)
    store.save(CACHE)


if __name__ == "__main__":
    main()
