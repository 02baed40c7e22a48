"""Fit the weights of ``scoring.WEIGHTS`` by logistic regression on the ``fit`` half.

    .venv/bin/python bench/recommend/fit_weights.py [--c 1.0]

Training pairs: every organization of the ``fit`` half against every organization of the other
side; positives are its gold partners. The regression is L2-regularised (inverse strength C,
chosen by two-fold cross-validation inside the fit half) on standardised signals, solved by
Newton's method in numpy. Prints the weights to paste into ``scoring.py`` and the
MRR of both halves under them, so the held-out figure shows whether the fit generalises.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

from evaluate import CACHE, ROLE_SETS  # noqa: E402
from fit_stages import EXCLUDED, LABELLED_SETS, Fitted, labelled_sets  # noqa: E402

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    EmbeddingStore,
    Profile,
    load_profiles,
    scoring,
    stages,
)
from tradebridge.matchmaking.engine.recommending.embedding import language_of  # noqa: E402
from tradebridge.matchmaking.engine.recommending.recommender import (  # noqa: E402
    SessionSignals,
    session_signals,
)
from tradebridge.matchmaking.engine.recommending.scoring import (  # noqa: E402
    FEATURES,
    mutual_scores,
)
from tradebridge.matchmaking.engine.recommending.vectors import (  # noqa: E402
    MAX_CHARS,
    WHOLE,
    ProfileTexts,
)

# A meeting request already made is strong evidence (about as much as complementarity both
# ways); naming the other's region is weak evidence (about a third of a shared sector).
HAND_SET = {"interest": 4.5, "region": 1.5}


def logistic(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression (bias unpenalised) by Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], 1.0 / c)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def fit_standardised(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """Logistic regression on standardised columns, weights returned for the raw columns.

    Standardising first makes the L2 penalty treat every signal alike: on raw columns a
    cosine (spread ~0.1) needs a weight ten times a binary signal's and is penalised for it.
    """
    mean, std = x.mean(axis=0), x.std(axis=0)
    std = np.where(std > 0, std, 1.0)
    w, b = logistic((x - mean) / std, y, c)
    return w / std, b - float(np.sum(w * mean / std))


def mrr_under(
    *,
    weights: np.ndarray,
    bias: float,
    feats: np.ndarray,
    allowed: np.ndarray,
    rows: list[int],
    partner: dict[int, set[int]],
) -> float:
    """MRR of the given rows when scored with these weights."""
    logit = feats @ weights + bias
    rr = []
    for i in rows:
        s = np.where(allowed[i], logit[i], -np.inf)
        order = np.argsort(-s, kind="stable")
        rank = min(int(np.flatnonzero(order == j)[0]) for j in partner[i]) + 1
        rr.append(1 / rank)
    return float(np.mean(rr))


MEANS = HERE.parents[1] / "src/tradebridge/matchmaking/engine/recommending/language_means.json"


def write_language_means(
    profiles: list[Profile], store: EmbeddingStore, encoder: E5Encoder
) -> None:
    """Store each language's mean e5 vector over the bench texts: the reference the engine
    blends in when a batch holds too few texts of a language to estimate its own mean."""
    texts = ProfileTexts.of(profiles, encoder)
    raw = store.embed(texts.texts, encoder)
    langs = np.array(texts.languages)
    # And the whole descriptions as one text each (the directory's search embeds them so).
    wholes = [t[: MAX_CHARS[language_of(t)]] for p in profiles
              for t in p.texts_by_language().values()]  # fmt: skip
    raw = np.vstack([raw, store.embed(wholes, encoder)])
    langs = np.concatenate([langs, [language_of(t) + WHOLE for t in wholes]])
    means = {lang: [round(float(v), 6) for v in raw[langs == lang].mean(axis=0)]
             for lang in sorted(set(langs.tolist()))}  # fmt: skip
    counts = {lang: int((langs == lang).sum()) for lang in means}
    doc = {"encoder": encoder.name, "texts": counts, "means": means}
    MEANS.write_text(json.dumps(doc) + "\n", "utf-8")


# What the weights are fitted on: the bench set (its ``fit`` half; the other half is held
# out), the same with every code removed (so that profiles written only in free text are
# weighed as such: the role set alone taught the text-only bench 0.882), and the role
# training set (all of it). The role hard set is never read here.
FIT_SETS = [
    (HERE / "profiles.json", HERE / "gold.json", False),
    (HERE / "profiles.json", HERE / "gold.json", True),
    (HERE / "roles_train.json", HERE / "roles_train_gold.json", False),
]
# The role training set again with the role-noun signals at 0 (ROLELESS): its role nouns are
# all in the lexicon of roles.py, so on it alone the fit leans on them, while companies name
# roles the lexicon does not know ("formulator", "studio", "fleet"); this copy teaches the
# weights what the offer and seek vectors say where the lexicon is silent.
ROLE_SIGNALS = ("role_meets", "role_met", "role_rival")
ROLELESS = os.environ.get("FIT_ROLELESS", "0") == "1"
if ROLELESS:
    FIT_SETS.append((HERE / "roles_train.json", HERE / "roles_train_gold.json", False))


# Since 2026-12-05 (issue 18, the lex_* signals) the shipped weights are also fitted on the
# fifteen role sets that were studied while the engine was written (`roles_hard`,
# `roles_holdout` … `roles_holdout14`: their misses were read and rules written from them, so
# they were development sets, no longer a measure). Leaving each out in turn
# (`lexical_study.py --loso`) measures what that buys on a set the fit did not see; the set
# kept apart is `roles_holdout15` (and any later one), never read here.
#
# Since 2026-12-05 evening (the stage reader, stages.py) also: roles_holdout15 and 16 (spent on
# their clean runs, their misses read) and the role training corpora (roles_corpus*, thirty
# ways of writing no other set has; fit_stages.HELD_BACK excepted). Since 2026-12-06 also the
# blind sets roles_holdout17 … 21, spent on their clean runs: fitted on, their misses never
# read. Since 2026-12-07 also roles_holdout22-27 (22-26 read for tuning, 27 spent on its
# clean run), and since the morning of 2026-12-07 roles_holdout28 and 29 (spent on their clean
# runs), and since noon of 2026-12-07 roles_holdout30 (spent on its clean run); since then each
# spent set joins (31-35 by the night of 2026-12-07). The clean sets (evaluate.CLEAN_SETS) are
# never read. The role sets are fit_stages.LABELLED_SETS, the one list both
# fits read, but roles_train, which FIT_SETS holds already.
STUDIED_SETS = [
    (*ROLE_SETS[name], False) for name in LABELLED_SETS if name != "train" and name not in EXCLUDED
] + [(*paths, False) for name, paths in labelled_sets().items() if name.startswith("corpus")]


def read_out_of_set(
    fit_sets: list, parts: list[SessionSignals], encoder: E5Encoder, store: EmbeddingStore
) -> None:
    """Each labelled set's stages read by a reader fitted without it (fit_stages.py), its
    st_* signals computed again from them: the weights then learn how far the reader is to be
    trusted on text it has not read, not on text it was fitted on. The role_* signals too: where
    the reader is sure of a stage, its stage stands in for the lexicon's chain role
    (scoring.staged_roles)."""
    fitted = Fitted(encoder, store)
    names = {paths[0]: name for name, paths in labelled_sets().items()}
    columns = [
        FEATURES.index(n) for n in ("st_meets", "st_met", "st_mutual", "st_rival", *ROLE_SIGNALS)
    ]
    for (path, _, strip), part in zip(fit_sets, parts, strict=True):
        name = names.get(path)
        if name is None or strip:
            continue
        read = stages.read_stages(part.profiles, encoder, store, fitted.reader(leave_out=name))
        scoring.put_stages(part.codes, read)
        signals = [
            *scoring.stage_signals(part.codes, part.codes),
            *scoring.role_signals(part.codes, part.codes),
        ]
        for column, signal in zip(columns, signals, strict=True):
            part.features[..., column] = signal
        f = part.features
        products = scoring.stage_products(
            {n: f[..., FEATURES.index(n)] for n in scoring.STAGE_PRODUCT_INPUTS}
        )
        for name, product in zip(scoring.STAGE_PRODUCTS, products, strict=True):
            f[..., FEATURES.index(name)] = product


def text_only(profiles: list[Profile]) -> list[Profile]:
    """The profiles without any taxonomy code."""
    return [replace(p, regions=(), sectors=(), offers=(), seeks=()) for p in profiles]


def combined(parts: list[SessionSignals]) -> SessionSignals:
    """One block-diagonal session of several: pairs across sessions are not allowed."""
    n = sum(len(p.profiles) for p in parts)
    feats = np.zeros((n, n, len(FEATURES)), np.float32)
    allowed = np.zeros((n, n), np.bool_)
    at = 0
    for part in parts:
        m = len(part.profiles)
        feats[at : at + m, at : at + m] = part.features
        allowed[at : at + m, at : at + m] = part.allowed
        at += m
    return SessionSignals(
        [p for part in parts for p in part.profiles], feats, allowed,
        np.zeros((n, n), np.float32), parts[0].codes, parts[0].encoder_name,
    )  # fmt: skip


def main() -> None:
    """Fit, print the weights and the MRR of both halves."""
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--c", type=float, default=0.0, help="inverse regularisation strength (0: cross-validate)"
    )
    parser.add_argument(
        "--fit-data-only",
        action="store_true",
        help="the bench's fit half and roles_train only, without the studied role sets",
    )
    args = parser.parse_args()
    fit_sets = FIT_SETS if args.fit_data_only else FIT_SETS + STUDIED_SETS
    # The float32 layers, which the int8 ones approximate: the weights and the shipped
    # language means belong to the model, not to one way of running it.
    encoder = E5Encoder(backend="numpy")
    store = EmbeddingStore.load(CACHE, encoder)
    sets = [
        text_only(load_profiles(path)) if strip else load_profiles(path)
        for path, _, strip in fit_sets
    ]
    # The shipped language means stay those of the original fit data.
    write_language_means(
        [p for (_, _, strip), ps in zip(FIT_SETS, sets, strict=False) if not strip for p in ps],
        store,
        encoder,
    )
    # Each set is its own session (its own centring and hubness); the fit sees them as one
    # block-diagonal session in which pairs across sets are not allowed.
    parts = [session_signals(profiles, encoder=encoder, store=store) for profiles in sets]
    read_out_of_set(fit_sets, parts, encoder, store)
    if ROLELESS:
        for name in ROLE_SIGNALS:
            parts[-1].features[..., FEATURES.index(name)] = 0.0
    store.save(CACHE)
    signals = combined(parts)
    partner: dict[int, set[int]] = {}
    halves: dict[str, list[int]] = {"fit": [], "held-out": []}
    # Cross-validation folds: the bench's fit half alternately, the role set by whole chains
    # (a fold never sees the products of the other), as the hard set's chains are unseen.
    folds: list[list[int]] = [[], []]
    offset = 0
    for n_set, ((_, gold_path, _), profiles) in enumerate(zip(fit_sets, sets, strict=True)):
        index = {p.id: offset + i for i, p in enumerate(profiles)}
        offset += len(profiles)
        gold = json.loads(gold_path.read_text("utf-8"))
        chains = sorted({r.split(":")[0] for r in gold.get("roles", {}).values()})
        for n, (k, v) in enumerate(gold["partners"].items()):
            partner[index[k]] = {index[x] for x in v}
            # A studied role set is fitted as a whole (its gold calls it held out).
            half = gold["split"][k] if n_set < len(FIT_SETS) else "fit"
            halves[half].append(index[k])
            if half == "fit":
                role = gold.get("roles", {}).get(k)
                fold = chains.index(role.split(":")[0]) % 2 if role else n % 2
                folds[fold].append(index[k])
    feats = signals.features.astype(np.float64)
    # "interest" and "region" (almost) never occur in the bench set: fitting would leave them at
    # 0, so they are set by hand (see HAND_SET) and kept out of the fit.
    fitted = [k for k, name in enumerate(FEATURES) if name not in HAND_SET]

    def fit(rows: list[int], c: float) -> tuple[np.ndarray, float]:
        xs, ys = [], []
        for i in rows:
            for j in np.flatnonzero(signals.allowed[i]):
                xs.append(feats[i, j, fitted])
                ys.append(1.0 if j in partner[i] else 0.0)
        w_fit, b = fit_standardised(np.array(xs), np.array(ys), c)
        w = np.zeros(len(FEATURES))
        w[fitted] = w_fit
        for name, value in HAND_SET.items():
            w[FEATURES.index(name)] = value
        return w, b

    # C by two-fold cross-validation inside the fit data (the held-out half stays unseen),
    # scored as the engine ranks: by the dual softmax of the logits.
    by_c = {}
    for c in (0.1, 1.0, 10.0, 100.0):
        scores = []
        for k in (0, 1):
            w, b = fit(folds[1 - k], c)
            logit = (feats @ w + b).astype(np.float32)
            mutual = np.log(mutual_scores(logit, signals.allowed, 1.0) + 1e-30)
            scores.append(
                mrr_under(
                    weights=np.ones(1),
                    bias=0.0,
                    feats=mutual[..., None],
                    allowed=signals.allowed,
                    rows=folds[k],
                    partner=partner,
                )
            )
        by_c[c] = float(np.mean(scores))
    chosen_c = args.c if args.c else max(by_c, key=lambda c: (by_c[c], -c))
    print("# cross-validated MRR by C:", {c: round(m, 3) for c, m in by_c.items()})
    weights, bias = fit(halves["fit"], chosen_c)
    n_pairs = int(signals.allowed[halves["fit"]].sum())
    print(f"# C={chosen_c}, {len(halves['fit'])} queries, {n_pairs} pairs")
    print("WEIGHTS: dict[str, float] = {")
    for name, value in zip(FEATURES, weights, strict=True):
        print(f'    "{name}": {value:.3f},')
    print("}")
    print(f"BIAS = {bias:.3f}")
    # The dual-softmax temperature of sessions, chosen on the fit half under these weights.
    logit = feats @ weights + bias
    by_t = {}
    for t in (0.25, 0.5, 1.0, 2.0, 4.0):
        mutual = np.log(mutual_scores(logit.astype(np.float32), signals.allowed, t) + 1e-30)
        by_t[t] = mrr_under(
            weights=np.ones(1), bias=0.0, feats=mutual[..., None], allowed=signals.allowed,
            rows=halves["fit"], partner=partner,
        )  # fmt: skip
    # The fit half saturates over a range of temperatures; take the middle of the tied range
    # (lower middle for an even count) rather than an end of it.
    tied = sorted(t for t, m in by_t.items() if m == max(by_t.values()))
    best_t = tied[(len(tied) - 1) // 2]
    print("# fit-half MRR by temperature:", {t: round(m, 3) for t, m in by_t.items()})
    print(f"MUTUAL_TEMPERATURE = {best_t}")
    for half, rows in halves.items():
        mutual = np.log(mutual_scores(logit.astype(np.float32), signals.allowed, best_t) + 1e-30)
        mrr_m = mrr_under(
            weights=np.ones(1), bias=0.0, feats=mutual[..., None], allowed=signals.allowed,
            rows=rows, partner=partner,
        )  # fmt: skip
        print(f"# MRR {half} with the dual softmax: {mrr_m:.3f}")
    for half, rows in halves.items():
        mrr = mrr_under(
            weights=weights,
            bias=bias,
            feats=feats,
            allowed=signals.allowed,
            rows=rows,
            partner=partner,
        )
        print(f"# MRR {half}, row-wise logistic score only: {mrr:.3f}")


if __name__ == "__main__":
    main()
