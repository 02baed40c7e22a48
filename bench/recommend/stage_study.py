"""Stages read by a learned reader, stacked as soft signals into the ranking fit (issue 18).

    .venv/bin/python bench/recommend/stage_study.py [--corpora] [--split rules|learned|both]
        [--pool embed|sentences] [--kind-features e5|ngram] [--engine-split rules|learned]
        [--lexicon] [--oracle] [--test holdout15 holdout16]

The study behind ``stages.py`` (docs/recommending.md, *2026-12-05 evening*). A softmax
regression reads each organization's own stage (R material or part, M maker, D distributor, E
end buyer) and the stage it seeks from a pair of offer and seek vectors; its probabilities
become four pair signals beside the engine's (``st_meets``, ``st_met``, their product
``st_mutual``, and ``st_rival``: same stage offered times same stage sought), and the ranking
weights are refitted with them. Every labelled set's probabilities come from a reader that did
not see that set; the test sets (default ``roles_holdout15`` and ``16``) are left out of every
fit and ranked with the weights fitted on the rest, beside the same fit without the signals.

What the reader reads: ``--split rules`` the engine's offer and seek vectors (the rules'
split); ``learned`` statements made of the sentences a classifier sorts into offer, seek and
other (trained as ``fit_stages.py`` trains it: the corpora's marked segments and the studied
sets' sentences as the rules split them), embedded anew, or with ``--pool sentences`` the mean
of their sentences' vectors (as ``stages.py`` ships); ``both`` side by side.
``--kind-features ngram`` sorts sentences by hashed n-grams instead of e5 vectors;
``--engine-split learned`` makes every signal of the engine read the learned split;
``--corpora`` adds the role training corpora to both fits; ``--lexicon`` gives the reader the
lexicon's roles too; ``--oracle`` puts the test sets' gold stages in place of those read.

Measured 2026-12-05 evening (Intel Xeon model 167 with VNNI, int8 layers), MRR CN→US / US→CN
on roles_holdout15 and 16: refit alone 0.679 / 0.613 and 0.617 / 0.681; ``--corpora --split
learned`` 0.682 / 0.698 and 0.687 / 0.759; the other variants in docs/recommending.md. Run
again after the study took fit_stages.py's classifier and fits (float32 weights) and left the
engine's own st_* signals out, four corpora then: ``--corpora --split learned`` 0.701 / 0.684
and 0.686 / 0.747.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

from evaluate import CACHE, ROLE_SETS  # noqa: E402
from fit_stages import corpus_sets, kind_examples, train  # noqa: E402
from fit_study import FITTED, Block, summary  # noqa: E402
from fit_weights import FIT_SETS, HAND_SET, fit_standardised  # noqa: E402
from role_study import CI  # noqa: E402 (the lexicon's chain roles, R M D E)

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    EmbeddingStore,
    scoring,
    stages,
)
from tradebridge.matchmaking.engine.recommending import roles as roles_module  # noqa: E402
from tradebridge.matchmaking.engine.recommending import vectors as vectors_module  # noqa: E402
from tradebridge.matchmaking.engine.recommending.roles import sentence_features  # noqa: E402
from tradebridge.matchmaking.engine.recommending.roles import sentences as cut_sentences  # noqa: E402

STAGES = "".join(stages.STAGES)
STUDIED = ["train", "hard", "holdout", *(f"holdout{n}" for n in range(2, 15))]
# --lexicon: the reader also sees the lexicon's roles; --split rules|learned|both: the offer and
# seek statements the reader's vectors are of (the engine's rules, or sentences sorted by a
# classifier on their e5 vectors, or both side by side)
OPTIONS: dict = {
    "lexicon": False,
    "split": "rules",
    "kinds": None,
    "encoder": None,
    "kind_features": "e5",  # --kind-features e5|ngram: what the kind classifier reads
    "pool": "embed",  # --pool sentences: statement vectors as the mean of their sentences'
}
_CJK = re.compile(r"[\u3400-\u9fff]")
_VECTORS: dict[str, np.ndarray] = {}


def embed(texts: list[str]) -> np.ndarray:
    """e5 vectors of texts, kept for the process (sentences recur across variants)."""
    new = [t for t in dict.fromkeys(texts) if t not in _VECTORS]
    if new:
        for t, v in zip(new, OPTIONS["encoder"].encode(new), strict=True):
            _VECTORS[t] = v
    return np.array([_VECTORS[t] for t in texts]).reshape(len(texts), -1)


NGRAM_BUCKETS = 4096


def unit_features(units: list[str]) -> np.ndarray:
    lang = np.array([[1.0 if _CJK.search(u) else 0.0] for u in units]).reshape(len(units), 1)
    if OPTIONS["kind_features"] == "ngram":  # the seek-sentence model's hashed n-grams
        x = np.zeros((len(units), NGRAM_BUCKETS))
        for row, unit in enumerate(units):
            x[row, sentence_features(unit, NGRAM_BUCKETS)] = 1.0
        return np.hstack([x, lang])
    return np.hstack([embed(units), lang])


def kind_classifier() -> np.ndarray:
    """offer / seek / other for one sentence (fit_stages.py's examples), on the features of
    ``--kind-features``."""
    units, kinds = kind_examples()
    return train(unit_features(units), np.array(kinds), k=3, steps=600)


def learned_statements(text: str):
    """The engine's Statements of a text, split by the kind classifier instead of the rules
    (--engine-split learned: every signal of the engine then reads this split)."""
    sentences = [x.strip() for x in cut_sentences(text) if x.strip()]
    if not sentences:
        return roles_module.Statements(text, "")
    kinds = stages.softmax(OPTIONS["kinds"], unit_features(sentences))
    offer = [s for s, q in zip(sentences, kinds, strict=True) if not q[1] > max(q[0], q[2])]
    seek = [s for s, q in zip(sentences, kinds, strict=True) if q[1] > max(q[0], q[2])]
    if not offer:
        offer = [sentences[int(kinds[:, 0].argmax())]]
        seek = [s for s in seek if s != offer[0]]
    glue = "" if _CJK.search(text) else " "
    return roles_module.Statements(glue.join(offer), glue.join(seek))


def learned_split(profiles: list) -> np.ndarray:
    """Offer and seek vectors of statements made of the sentences the kind classifier sorts."""
    offers, seeks, zh = [], [], []
    offer_parts: list[list[str]] = []
    seek_parts: list[list[str]] = []
    for p in profiles:
        offer: list[str] = []
        seek: list[str] = []
        for text in p.texts_by_language().values():
            sentences = [x.strip() for x in cut_sentences(text) if x.strip()]
            if not sentences:
                continue
            kinds = stages.softmax(OPTIONS["kinds"], unit_features(sentences))
            for sentence, q in zip(sentences, kinds, strict=True):
                if q[1] > max(q[0], q[2]):
                    seek.append(sentence)
                elif q[0] >= q[2]:
                    offer.append(sentence)
            if not offer:
                offer.append(sentences[int(kinds[:, 0].argmax())])
                seek = [x for x in seek if x != offer[-1]]
        chinese = bool(_CJK.search("".join(offer + seek)))
        glue = "" if chinese else " "
        offers.append(glue.join(offer))
        seeks.append(glue.join(seek))
        offer_parts.append(offer)
        seek_parts.append(seek)
        zh.append(chinese)
    lang = np.array(zh)
    out = []
    for texts, prefix, parts in (
        (offers, "passage: ", offer_parts),
        (seeks, "query: ", seek_parts),
    ):
        if OPTIONS["pool"] == "sentences":  # the mean of the sentences' own vectors
            v = np.array(
                [
                    embed(units).mean(0) if units else np.zeros(OPTIONS["encoder"].dim)
                    for units in parts
                ]
            )
        else:
            v = np.array(
                [embed([prefix + t])[0] if t else np.zeros(OPTIONS["encoder"].dim) for t in texts]
            )
        has = np.abs(v).sum(1) > 0
        for chinese in (True, False):  # centred on the set's mean per language, as the engine
            rows = has & (lang == chinese)
            if rows.any():
                v[rows] -= v[rows].mean(0)
        v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
        out.append(v)
    return np.hstack(out)


NEW = ["st_meets", "st_met", "st_mutual", "st_rival"]


class Labelled:
    """A block with its stage features and, where the gold says them, its stage labels."""

    def __init__(self, block: Block, gold_path: Path):
        self.block = block
        if not block.name.startswith("base"):
            block.fit_rows = list(block.partner)  # a role set is fitted as a whole
        roles = json.loads(gold_path.read_text("utf-8")).get("roles", {})
        profiles = block.signals.profiles
        self.lab = [i for i, p in enumerate(profiles) if p.id in roles]
        pairs = [roles[profiles[i].id].split(":")[1] for i in self.lab]
        self.own = np.array([STAGES.index(s[0]) for s in pairs], dtype=int)
        self.sought = np.array([STAGES.index(s[2]) for s in pairs], dtype=int)
        codes = block.signals.codes
        v = block.vectors
        off, seek = codes.role_offers[:, CI], codes.role_seeks[:, CI]
        self.x = np.hstack(
            [
                v.offer,
                v.seek,
                off,
                seek,
                (off.sum(1) == 0)[:, None],
                (seek.sum(1) == 0)[:, None],
            ]
        ).astype(np.float64)
        if not OPTIONS["lexicon"]:
            self.x = self.x[:, : 2 * v.offer.shape[1]]
        if OPTIONS["split"] == "learned":
            self.x = learned_split(profiles)
        elif OPTIONS["split"] == "both":
            self.x = np.hstack([self.x, learned_split(profiles)])
        self.p_own = np.full((len(profiles), 4), 0.25)
        self.p_sought = np.full((len(profiles), 4), 0.25)


def readers(sets: list[Labelled]) -> tuple[np.ndarray, np.ndarray]:
    x = np.vstack([s.x[s.lab] for s in sets])
    return train(x, np.concatenate([s.own for s in sets]), k=4), train(
        x, np.concatenate([s.sought for s in sets]), k=4
    )


def read(target: Labelled, w_own: np.ndarray, w_sought: np.ndarray) -> None:
    target.p_own = stages.softmax(w_own, target.x)
    target.p_sought = stages.softmax(w_sought, target.x)


def stacked(s: Labelled) -> np.ndarray:
    """The block's signals with the four stage signals of the study's reader appended (as
    the engine computes them, from these probabilities). The study reads the two stages
    apart; the engine since 2026-12-07 as a pair (``stages.STAGE_PAIRS``), whose probabilities
    its ``st_mutual`` reads: here each pair's is its two stages' product, renormalised."""
    pair = (s.p_own @ stages.PAIR_OWN.T) * (s.p_sought @ stages.PAIR_SOUGHT.T)
    pair /= np.maximum(pair.sum(axis=1, keepdims=True), 1e-12)
    codes = replace(
        s.block.signals.codes, stage_own=s.p_own, stage_sought=s.p_sought, stage_pairs=pair
    )
    return np.concatenate(
        [s.block.feats, np.stack(scoring.stage_signals(codes, codes), axis=-1)], axis=-1
    )


def pairs(s: Labelled, feats: np.ndarray, cols: list[int]) -> tuple[np.ndarray, np.ndarray]:
    b = s.block
    xs, ys = [], []
    for i in b.fit_rows:
        js = np.flatnonzero(b.allowed[i])
        xs.append(feats[i, js][:, cols])
        ys.append(np.isin(js, list(b.partner[i])).astype(np.float64))
    return np.vstack(xs), np.concatenate(ys)


def fit(sets: list[Labelled], with_stages: bool, c: float):
    n_old = len(scoring.FEATURES)
    # FITTED leaves the engine's own st_* signals out (its shipped reader has read every
    # studied set); the study's out-of-set signals stand in for them.
    cols = FITTED + (list(range(n_old, n_old + len(NEW))) if with_stages else [])
    parts = [pairs(s, stacked(s), cols) for s in sets]
    w_fit, b = fit_standardised(
        np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts]), c
    )
    w = np.zeros(n_old + len(NEW))
    w[cols] = w_fit
    for name, value in HAND_SET.items():
        w[scoring.FEATURES.index(name)] = value
    return w, b


def ranks(s: Labelled, w: np.ndarray, b: float) -> dict[str, list[int]]:
    from fit_study import partner_ranks

    logit = (stacked(s) @ w + b).astype(np.float32)
    mutual = scoring.mutual_scores(logit, s.block.allowed, scoring.MUTUAL_TEMPERATURE)
    return partner_ranks(mutual, s.block.allowed, s.block.partner, s.block.sides)


def stage_accuracy(s: Labelled) -> str:
    own = int((s.p_own[s.lab].argmax(1) == s.own).sum())
    sought = int((s.p_sought[s.lab].argmax(1) == s.sought).sum())
    return f"stage {own}/{len(s.lab)}, sought {sought}/{len(s.lab)}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=0.1)
    parser.add_argument("--corpora", action="store_true")
    parser.add_argument("--test", nargs="*", default=["holdout15", "holdout16"])
    parser.add_argument("--lexicon", action="store_true")
    parser.add_argument("--oracle", action="store_true")
    parser.add_argument("--kind-features", choices=["e5", "ngram"], default="e5")
    parser.add_argument("--pool", choices=["embed", "sentences"], default="embed")
    parser.add_argument("--engine-split", choices=["rules", "learned"], default="rules")
    parser.add_argument("--split", choices=["rules", "learned", "both"], default="rules")
    args = parser.parse_args()
    OPTIONS["lexicon"] = args.lexicon
    OPTIONS["split"] = args.split
    OPTIONS["kind_features"] = args.kind_features
    OPTIONS["pool"] = args.pool
    encoder = E5Encoder()
    OPTIONS["encoder"] = encoder
    if args.split != "rules" or args.engine_split == "learned":
        OPTIONS["kinds"] = kind_classifier()
    if args.engine_split == "learned":
        roles_module.split_statements = learned_statements
        vectors_module.split_statements = learned_statements
    store = EmbeddingStore.load(CACHE, encoder)

    def labelled(name: str, paths: tuple[Path, Path], strip: bool = False) -> Labelled:
        return Labelled(Block(name, paths, strip, store, encoder), paths[1])

    base = [labelled(f"base{k}", (p, g), strip) for k, (p, g, strip) in enumerate(FIT_SETS[:2])]
    studied = [labelled(n, ROLE_SETS[n]) for n in STUDIED]
    corpora = [labelled(n, paths) for n, paths in corpus_sets().items()] if args.corpora else []
    tests = [labelled(n, ROLE_SETS[n]) for n in args.test]
    store.save(CACHE)
    labelled_sets = studied + corpora
    # Out-of-set probabilities for every labelled set; the bench and the tests read by all.
    for s in labelled_sets:
        read(s, *readers([o for o in labelled_sets if o is not s]))
    w_all = readers(labelled_sets)
    for s in base + tests:
        read(s, *w_all)
    if args.oracle:  # the tests' gold stages in place of those read: the ceiling
        for s in tests:
            s.p_own[s.lab] = np.eye(4)[s.own]
            s.p_sought[s.lab] = np.eye(4)[s.sought]
    for s in labelled_sets:
        print(f"{s.block.name:10} (left out) {stage_accuracy(s)}")
    fit_on = base + labelled_sets
    for with_stages in (False, True):
        w, b = fit(fit_on, with_stages, args.c)
        label = "with stage signals" if with_stages else "refit, no new signal"
        if with_stages:
            print(
                "  weights:",
                {n: round(float(x), 2) for n, x in zip(NEW, w[-len(NEW) :], strict=True)},
            )
        for s in tests:
            print(f"{s.block.name:10} {label:22} {summary(ranks(s, w, b))}  [{stage_accuracy(s)}]")
        for s in base[:1]:
            print(f"{'bench':10} {label:22} {summary(ranks(s, w, b))}")


if __name__ == "__main__":
    main()
