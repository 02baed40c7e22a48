"""Would e5 read a Chinese statement's goods better in English, glossed word by word? (issue 18)

    .venv/bin/python bench/recommend/gloss_study.py holdout35 holdout34 ... [--raw]

The misses of the spent role sets lose mostly to a company of another value chain: e5-small does
not always know a good's Chinese trade name (docs/recommending.md, 2026-12-07 afternoon), while
it knows English names better, and the dictionary and the trade glossary of ``glosses.py`` give
an English name for many Chinese words. So each Chinese statement (offer or seek, as
``ProfileTexts.of`` splits it) is written again in English: every longest headword
(``glosses.chinese_words``) replaced by its first sense, Latin text kept. Then, for each company
of the set with a gold partner, the other side's companies are ranked by one signal at a time:

- ``meets`` (its seek against their offers) and ``meets+met`` (plus its offer against their
  seeks), on the engine's own texts, across the languages;
- ``gmeets`` and ``g(meets+met)``, the same on the English glosses of every Chinese statement
  (English statements unchanged);
- ``all4``, the sum of the four.

Vectors are centred per language and kind (seek or offer) within the set, as the engine centres
them (``--raw``: not centred), and the gold partner's MRR is printed per set, side and signal,
then the mean over the sets. Reads only the gold of the sets it is given: run it on spent sets,
never a clean one (``evaluate.CLEAN_SETS`` refused). Not in the engine: on sets 30-35 (2026-12-07,
int8 layers) the glosses buy 0.198 -> 0.206 (CN -> US) and 0.260 -> 0.292 (US -> CN) as
``meets+met``, and the four together 0.225 / 0.291 (not centred: 0.121 -> 0.166 and 0.213 ->
0.274). What the glosses add once the languages are centred, the ``lex_*`` signals (the same
glosses as bags of words) already carry, and every Chinese statement would be embedded twice.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

from evaluate import CLEAN_SETS, ROLE_SETS  # noqa: E402

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    glosses,
    load_profiles,
)
from tradebridge.matchmaking.engine.recommending.vectors import SEEK, ProfileTexts  # noqa: E402

_CJK = re.compile(r"[\u3400-\u9fff]+")
_RUNS = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff]+")


def gloss_text(text: str) -> str:
    """``text`` with each Chinese headword replaced by its first English sense."""
    out: list[str] = []
    for run in _RUNS.findall(text):
        if _CJK.fullmatch(run):
            out += [s[0].strip() for h in glosses.chinese_words(run) if (s := glosses._senses(h))]
        else:
            out.append(run.strip())
    return " ".join(x for x in out if x)


def centred(vectors: np.ndarray, keys: list[str]) -> np.ndarray:
    """Each key's mean taken out, rows normalised again."""
    out = vectors.copy()
    for key in set(keys):
        rows = [i for i, k in enumerate(keys) if k == key]
        out[rows] -= out[rows].mean(axis=0)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def mrr(score: np.ndarray, partners: dict[str, set[str]], queries: list[str], cands: list[str]):
    reciprocal = []
    for i, q in enumerate(queries):
        order = np.argsort(-score[i], kind="stable")
        ranks = [k for k, j in enumerate(order) if cands[j] in partners[q]]
        reciprocal.append(1 / (ranks[0] + 1) if ranks else 0.0)
    return float(np.mean(reciprocal))


def study(name: str, encoder: E5Encoder, raw: bool) -> dict[tuple[str, str], float]:
    profiles_path, gold_path = ROLE_SETS[name]
    profiles = load_profiles(profiles_path)
    gold = json.loads(Path(gold_path).read_text("utf-8"))
    partners = {k: set(v) for k, v in gold["partners"].items()}
    texts = ProfileTexts.of(profiles, encoder)
    n = len(profiles)
    offer, seek = [""] * n, [""] * n
    for owner, text, key in zip(texts.owners, texts.texts, texts.languages, strict=True):
        if key.endswith(SEEK):
            seek[owner] += " " + text
        else:
            offer[owner] += " " + text.removeprefix(texts.offer_prefix)
    chinese = [bool(_CJK.search(o + s)) for o, s in zip(offer, seek, strict=True)]

    def embed(items: list[str], prefix: str) -> np.ndarray:
        return encoder.encode([prefix + t.strip() if t.strip() else "none" for t in items])

    def glossed(items: list[str]) -> list[str]:
        return [gloss_text(t) if z else t for t, z in zip(items, chinese, strict=True)]

    language = ["zh" if z else "en" for z in chinese]
    english = ["en"] * n
    vectors = {
        "offer": (embed(offer, "passage: "), language),
        "seek": (embed(seek, ""), language),
        "g_offer": (embed(glossed(offer), "passage: "), english),
        "g_seek": (embed(glossed(seek), ""), english),
    }
    v = {k: (x if raw else centred(x, keys)) for k, (x, keys) in vectors.items()}
    ids, sides = [p.id for p in profiles], [p.side for p in profiles]
    out = {}
    for query_side, cand_side in (("CN", "US"), ("US", "CN")):
        q = [i for i in range(n) if sides[i] == query_side and ids[i] in partners]
        c = [i for i in range(n) if sides[i] == cand_side]
        meets, met = v["seek"][q] @ v["offer"][c].T, v["offer"][q] @ v["seek"][c].T
        g_meets, g_met = v["g_seek"][q] @ v["g_offer"][c].T, v["g_offer"][q] @ v["g_seek"][c].T
        signals = {
            "meets": meets,
            "gmeets": g_meets,
            "meets+met": meets + met,
            "g(meets+met)": g_meets + g_met,
            "all4": meets + met + g_meets + g_met,
        }
        queries, cands = [ids[i] for i in q], [ids[i] for i in c]
        for signal, score in signals.items():
            out[(query_side, signal)] = mrr(score, partners, queries, cands)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", help="spent role sets (evaluate.ROLE_SETS names)")
    parser.add_argument("--raw", action="store_true", help="vectors not centred")
    args = parser.parse_args()
    if clean := set(args.sets) & CLEAN_SETS:
        parser.error(f"{', '.join(sorted(clean))} kept clean: not read here")
    encoder = E5Encoder()
    totals: dict[tuple[str, str], list[float]] = {}
    for name in args.sets:
        figures = study(name, encoder, args.raw)
        for key, value in figures.items():
            totals.setdefault(key, []).append(value)
        for side in ("CN", "US"):
            row = " ".join(f"{s} {m:.3f}" for (d, s), m in figures.items() if d == side)
            print(f"{name:10} {side}: {row}", flush=True)
    for side in ("CN", "US"):
        row = " ".join(f"{s} {np.mean(m):.3f}" for (d, s), m in totals.items() if d == side)
        print(f"{'mean':10} {side}: {row}")


if __name__ == "__main__":
    main()
