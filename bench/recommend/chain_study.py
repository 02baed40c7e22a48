"""How far a linear map of the text vectors tells a company's value chain apart (issue 18).

    .venv/bin/python bench/recommend/chain_study.py [--dimensions K] [--shrink S]

The text similarity's vectors (the whole text's vector plus the stage reader's offer and seek
statements, ``stages.with_statements``) find a company's sector in either language, but not
always its value chain: in the role sets written blind since 2026-12-06, most partners not
ranked first lost to a company of a *neighbouring* chain (a pest-control distributor against a
cleaning supplies one); the same vectors also carry how a text is written (a customs note, a job
ad) and the role words. Fisher's linear discriminant over the chains of the labelled role sets
finds the directions along which chains differ much and the companies of one chain, in both
languages, every way of writing and every stage, little:

- each organization of every labelled set (``fit_stages.labelled_sets``: the studied and spent
  role sets and the corpora, never a clean set) is a sample of its chain (set and chain key of
  its gold role);
- the within-chain scatter, shrunk towards a multiple of the identity (``SHRINK``), whitens the
  space; the between-chain scatter's ``DIMENSIONS`` leading directions in it are the map.

The script fits the map without each of the last studied sets in turn and prints, per set and
overall, how the set's own vectors rank candidates of the other side: the share of
(same-chain, other-chain) candidate pairs in the wrong order, how often the first candidate is
of the query's chain, and the gold partner's MRR by the text alone; before and after the map.

Not in the engine (2026-12-07, noon; docs/recommending.md): the map cuts the wrong orders from
13.4 to 8.2 % of pairs (float32 vectors, sets 18-27 and hard, 28-30 left out of everything), but
as the engine's text similarity, with the weights refitted on spaces fitted without each set,
it ranked roles_holdout28-30 (in no fit) at MRR 0.668 against 0.693 (143 -> 131 partners
first of 242), while the bench went 0.969 -> 0.979 and text only 0.877 -> 0.923; beside the
text similarity (and times st_mutual) 0.686 (136 first), bench 0.984. On roles_holdout31, run
after its clean run, neither was better either.
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

from evaluate import CACHE, ranks, summary  # noqa: E402
from fit_stages import labelled_sets  # noqa: E402

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    EmbeddingStore,
    load_profiles,
    stages,
)
from tradebridge.matchmaking.engine.recommending.recommender import text_vectors  # noqa: E402
from tradebridge.matchmaking.engine.recommending.vectors import (  # noqa: E402
    ProfileTexts,
    normalise_rows,
)

# Leave-one-set-out over the last ten studied sets and roles_hard (2026-12-07, noon, int8
# vectors): other-chain candidates above a same-chain one 17.8 % of pairs without the map;
# 32 dimensions 13.8 %, 64 12.8 %, 96 12.6 %, 128 13.1 %, 200 13.9 %, 384 14.6 % (shrinkage
# 0.1); at 128: shrinkage 0.1 13.3 %, 0.3 13.1 %, 0.5 13.2 %, 0.7 13.8 %.
DIMENSIONS = 128
SHRINK = 0.3


class ChainSet:
    """A labelled set's text similarity vectors (before any map) and chain of each row."""

    def __init__(self, name: str, paths: tuple[Path, Path], encoder, store) -> None:
        self.name = name
        profiles = load_profiles(paths[0])
        gold = json.loads(paths[1].read_text("utf-8"))
        texts = ProfileTexts.of(profiles, encoder)
        vectors = text_vectors(profiles, encoder, store, texts)
        read = stages.read_stages(profiles, encoder, store, texts=texts)
        self.vectors = stages.with_statements(vectors.whole, read).astype(np.float64)
        roles = gold.get("roles", {})
        self.rows = [i for i, p in enumerate(profiles) if p.id in roles]
        self.chains = [roles[profiles[i].id].split(":")[0] for i in self.rows]
        self.ids = [p.id for p in profiles]
        self.sides = [p.side for p in profiles]
        self.partners: dict[str, list[str]] = gold.get("partners", {})


def fit(sets: list[ChainSet], dimensions: int = DIMENSIONS, shrink: float = SHRINK) -> np.ndarray:
    """The (dim, dimensions) map: Fisher's discriminant over the chains of ``sets``."""
    x = np.vstack([s.vectors[s.rows] for s in sets])
    labels = np.array([f"{s.name}/{c}" for s in sets for c in s.chains])
    classes, index, counts = np.unique(labels, return_inverse=True, return_counts=True)
    means = np.zeros((len(classes), x.shape[1]))
    np.add.at(means, index, x)
    means /= counts[:, None]
    within = x - means[index]
    scatter_w = within.T @ within / len(x)
    spread = (means - x.mean(axis=0)) * np.sqrt(counts)[:, None]
    scatter_b = spread.T @ spread / len(x)
    dim = x.shape[1]
    scatter_w = (1 - shrink) * scatter_w + shrink * np.trace(scatter_w) / dim * np.eye(dim)
    values, vectors = np.linalg.eigh(scatter_w)
    whiten = vectors / np.sqrt(values)
    _, directions = np.linalg.eigh(whiten.T @ scatter_b @ whiten)
    return np.asarray(whiten @ directions[:, ::-1][:, :dimensions], np.float32)


def orderings(s: ChainSet, vectors: np.ndarray) -> tuple[float, float, float]:
    """(wrong-order share of same/other-chain candidate pairs, first candidate of the query's
    chain, the gold partner's MRR), candidates of the other side ranked by cosine."""
    v = normalise_rows(vectors.astype(np.float32))
    chain = dict(zip(s.rows, s.chains, strict=True))
    at = {k: i for i, k in enumerate(s.ids)}
    similarity = v @ v.T
    wrong, firsts, ranked = [], [], {}
    for query in s.partners:
        i = at[query]
        candidates = [j for j in s.rows if s.sides[j] != s.sides[i]]
        scores = similarity[i, candidates]
        order = [candidates[k] for k in np.argsort(-scores)]
        same = np.array([chain[j] == chain[i] for j in candidates])
        if same.any() and (~same).any():
            wrong.append(float((scores[~same][None, :] > scores[same][:, None]).mean()))
        firsts.append(chain[order[0]] == chain[i])
        ranked[query] = [s.ids[j] for j in order]
    mrr, _, _ = summary(ranks(ranked, s.partners))
    return float(np.mean(wrong)), float(np.mean(firsts)), mrr


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dimensions", type=int, default=DIMENSIONS)
    parser.add_argument("--shrink", type=float, default=SHRINK)
    args = parser.parse_args()
    encoder = E5Encoder(backend="numpy")
    store = EmbeddingStore.load(CACHE, encoder)
    sets = [ChainSet(name, paths, encoder, store) for name, paths in labelled_sets().items()]
    store.save(CACHE)
    print(f"{len(sets)} sets, {sum(len(s.rows) for s in sets)} organizations", flush=True)
    tested = [s for s in sets if s.name.startswith("holdout")][-10:] + [
        s for s in sets if s.name == "hard"
    ]
    before, after = [], []
    for s in tested:
        projection = fit([o for o in sets if o is not s], args.dimensions, args.shrink)
        before.append(orderings(s, s.vectors))
        after.append(orderings(s, s.vectors @ projection))
        print(
            f"{s.name:10} wrong order {before[-1][0]:.3f} -> {after[-1][0]:.3f}, "
            f"first of its chain {before[-1][1]:.3f} -> {after[-1][1]:.3f}, "
            f"partner MRR by text {before[-1][2]:.3f} -> {after[-1][2]:.3f}",
            flush=True,
        )
    b, a = np.mean(before, axis=0), np.mean(after, axis=0)
    print(
        f"{'mean':10} wrong order {b[0]:.3f} -> {a[0]:.3f}, first of its chain "
        f"{b[1]:.3f} -> {a[1]:.3f}, partner MRR by text {b[2]:.3f} -> {a[2]:.3f}"
    )


if __name__ == "__main__":
    main()
