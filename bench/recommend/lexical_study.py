"""Do shared product words across languages tell a partner from a look-alike? (issue 18)

    .venv/bin/python bench/recommend/lexical_study.py [--c C] [--show] [--holdout15]
    .venv/bin/python bench/recommend/lexical_study.py --loso [--c C]
    .venv/bin/python bench/recommend/lexical_study.py --words ID ...

The input-output table (``industry_study.py``) showed that knowing which product feeds which is
what the ranking lacks, at the grain of products ("kaolin makes dinnerware"), and the helper
that read ``roles_holdout12``'s kaolin miss found a vocabulary gap behind it: e5-small does not
put 高岭土 near "kaolin". A partner names the query's product in its own words (the kaolin
refiner says kaolin, the dinnerware maker seeks kaolin); a same-role company of another chain
does not. The engine's ``glosses`` module makes every statement (offer, seek) a bag of English
stems (Chinese words as their CC-CEDICT glosses) and ``scoring`` has four signals of them
(``lex_meets``, ``lex_met``, ``lex_same``, ``lex_whole``). This script measures them: each
set's engine signals as ``session_signals`` computes them, the weights fitted as
``fit_weights.py`` fits them (``industry_study.fit``), with the four signals (``lex``) and with
them at 0 (``nolex``), beside the shipped weights. Default: fit on the fit data, every set
ranked on the int8 layers, each embedded as one batch of its own. ``--loso``: each studied set
left out in turn, the weights fitted on the fit data and the fourteen others (float32).
Nothing is written. ``--holdout15`` ranks ``roles_holdout15`` too (studied since its one clean
run on 2026-12-05, made with ``evaluate.py``); a clean set is never read here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

import industry_study as ist  # noqa: E402
from evaluate import CACHE, ROLE_SETS  # noqa: E402
from fit_weights import FIT_SETS  # noqa: E402

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    EmbeddingStore,
    glosses,
    load_profiles,
)
from tradebridge.matchmaking.engine.recommending.scoring import BIAS, FEATURES, WEIGHTS  # noqa: E402
from tradebridge.matchmaking.engine.recommending.vectors import ProfileTexts  # noqa: E402

LEX = [FEATURES.index(n) for n in FEATURES if n.startswith("lex_")]


class LexBlock(ist.Block):
    """A set with its statements' bags of English words besides the engine's signals."""

    def __init__(self, name: str, paths: tuple[Path, Path], strip: bool, store, enc) -> None:
        super().__init__(name, paths, strip, store, enc)
        self.mode = "lex"

    def feats(self, variant: str | None) -> np.ndarray:
        if self.mode == "lex":
            return self.base
        out = self.base.copy()
        out[..., LEX] = 0.0
        return out


def words(ids: list[str]) -> None:
    """The bags of some profiles of the studied sets, for reading."""
    for n in ist.STUDIED:
        profiles = load_profiles(ist.EVAL[n][0])
        for p in profiles:
            if p.id in ids:
                texts = ProfileTexts.of([p])
                for text, key in zip(texts.texts, texts.languages, strict=True):
                    bag = glosses.bag_of(text)  # no encoder: no prefix
                    top = ", ".join(f"{w} {x:.2f}" for w, x in bag.most_common(14))
                    print(f"{n} {p.id} {key}: {top}")


MODES = ("nolex", "lex")


def fit_mode(blocks: list[LexBlock], mode: str, c: float | None) -> tuple[np.ndarray, float]:
    for b in blocks:
        b.mode = mode
    return ist.fit(blocks, None, c)  # type: ignore[arg-type]


def rank_mode(b: LexBlock, mode: str, w: np.ndarray, bias: float) -> dict[str, list[int]]:
    b.mode = mode
    return b.ranks(b.feats(None), w, bias)


def loso(c: float) -> None:
    """Leave one studied set out (float32 layers), with and without the signals."""
    fenc = E5Encoder(backend="numpy")
    float_cache = CACHE.with_name(CACHE.stem + "-float.npz")
    store = EmbeddingStore.load(float_cache, fenc)
    base = [
        LexBlock(f"fit{k}", (p, g), strip, store, fenc) for k, (p, g, strip) in enumerate(FIT_SETS)
    ]
    studied = [LexBlock(n, ist.EVAL[n], False, store, fenc) for n in ist.STUDIED]
    store.save(float_cache)
    shipped = np.array([WEIGHTS[n] for n in FEATURES])
    totals: dict[str, dict[str, list[int]]] = {}
    for left in studied:
        train = base + [b for b in studied if b is not left]
        runs = {"shipped": rank_mode(left, "lex", shipped, BIAS)}
        for mode in MODES:
            w, bias = fit_mode(train, mode, c)
            runs[mode] = rank_mode(left, mode, w, bias)
        line = []
        for label, r in runs.items():
            for side, v in r.items():
                totals.setdefault(label, {}).setdefault(side, []).extend(v)
            m = ist.summary(r)
            line.append(f"{label} {m[0]:.3f}/{m[1]:.3f} ({m[2]}/{m[3]})")
        print(f"{left.name}: " + "; ".join(line), flush=True)
    for label, r in totals.items():
        m = ist.summary(r)
        print(f"ALL {label}: MRR {m[0]:.3f} / {m[1]:.3f}, first {m[2]} / {m[3]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=0.0, help="0: cross-validate")
    parser.add_argument("--show", action="store_true", help="print the fitted weights")
    parser.add_argument("--loso", action="store_true", help="leave one studied set out")
    parser.add_argument("--words", nargs="*", help="print the bags of these profiles")
    parser.add_argument("--holdout15", action="store_true", help="rank roles_holdout15 too")
    args = parser.parse_args()
    if args.words:
        words(args.words)
        return
    if args.loso:
        loso(args.c or 1.0)
        return
    evalsets = dict(ist.EVAL)
    if args.holdout15:
        evalsets["holdout15"] = ROLE_SETS["holdout15"]
    ienc = E5Encoder()
    evals = {
        n: LexBlock(n, paths, False, EmbeddingStore(ienc.name, ienc.dim), ienc)
        for n, paths in evalsets.items()
    }
    fenc = E5Encoder(backend="numpy")
    float_cache = CACHE.with_name(CACHE.stem + "-float.npz")
    store_f = EmbeddingStore.load(float_cache, fenc)
    fit_blocks = [
        LexBlock(f"fit{k}", (p, g), strip, store_f, fenc)
        for k, (p, g, strip) in enumerate(FIT_SETS)
    ]
    store_f.save(float_cache)
    shipped = np.array([WEIGHTS[n] for n in FEATURES])
    results: dict[str, dict[str, tuple[float, float, int, int]]] = {}
    results["shipped"] = {
        n: ist.summary(rank_mode(b, "lex", shipped, BIAS)) for n, b in evals.items()
    }
    for mode in MODES:
        print(mode, flush=True)
        w, bias = fit_mode(fit_blocks, mode, args.c or None)
        if args.show:
            print("  " + ", ".join(f"{n}={x:.3f}" for n, x in zip(FEATURES, w, strict=True)))
            print(f"  BIAS={bias:.3f}")
        results[mode] = {n: ist.summary(rank_mode(b, mode, w, bias)) for n, b in evals.items()}
    print("| set | " + " | ".join(results) + " |")
    print("|---" * (len(results) + 1) + "|")
    for n in evalsets:
        cells = [f"{r[n][0]:.3f} / {r[n][1]:.3f} ({r[n][2]} / {r[n][3]})" for r in results.values()]
        print(f"| {n} | " + " | ".join(cells) + " |")
    for label, res in results.items():
        print(ist.studied_line(label, res, ist.STUDIED))


if __name__ == "__main__":
    main()
