"""Does an input–output table of industries tell a partner from a look-alike? (issue 18)

    .venv/bin/python bench/recommend/industry_study.py [--variants V ...] [--c C] [--show]
    .venv/bin/python bench/recommend/industry_study.py --sweep [--variants V ...]
    .venv/bin/python bench/recommend/industry_study.py --oracle

Each offer is softly assigned to the industries of ``industries.json`` (``industries.py``), and
signals are computed per pair. A variant is ``MAPPING/SIGNAL+SIGNAL…``; mappings: ``tT`` the
softmax of the cosines at temperature T, ``kK`` that softmax kept to its K largest, ``wT`` each
industry's cosine taken as the largest over its keywords embedded one by one (``query:``), then
the softmax at T. Signals: ``supplies`` (the candidate's industry is an input of the query's),
``supplied`` (the other way round), ``chain`` (their sum), ``same`` (same industry),
``seekind`` (the query's seek statement placed among the industries against the candidate's
offer, both ways), ``usup``/``usupd`` (the mean vector of the query's input industries against
the candidate's own offer vector: no mapping of the candidate; and the other way round).

Default: for each variant the weights are fitted as ``fit_weights.py`` fits them (same fit
data: the bench's fit half, its codeless copy, ``roles_train``; C by two-fold cross-validation
over whole chains, or ``--c``; float32 layers) and every set is ranked as the engine ranks
(dual softmax, int8 layers, each set embedded as one batch of its own, as ``evaluate.py`` run
on it alone with an empty cache embeds it). ``shipped`` is ``scoring.WEIGHTS`` on the engine's
own signals, ``refit`` those signals refitted here. ``--sweep``: the shipped weights plus a
hand weight on one extra signal, alone or counted only where a role match was read (``gate``)
— a weight chosen on the studied sets themselves, so an upper bound of what it can add.
``--loso``: each studied set left out in turn, the weights fitted on the fit data and the
other studied sets (C given by ``--c``, default 1), as ``fit_study.py`` does.
``--oracle``: the same with industries assigned by hand to every stage of the chains of
``roles_holdout9`` … ``14`` (LABELS below, written after the table and never used to change
it: perfect mapping, the table as it is), and with the gold chains themselves (the ceiling of
any knowledge of which product feeds which). Nothing is written; ``roles_holdout15`` is never
read.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

import industries as ind  # noqa: E402
from evaluate import CACHE, ROLE_SETS  # noqa: E402
from fit_weights import FIT_SETS, HAND_SET, fit_standardised, text_only  # noqa: E402

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    EmbeddingStore,
    load_profiles,
)
from tradebridge.matchmaking.engine.recommending.recommender import (  # noqa: E402
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

STUDIED = ["hard", "holdout", *(f"holdout{n}" for n in range(2, 15))]
EVAL = {
    "bench": (HERE / "profiles.json", HERE / "gold.json"),
    "validation": (HERE / "validation.json", HERE / "validation_gold.json"),
    **{n: ROLE_SETS[n] for n in STUDIED},
    "train": ROLE_SETS["train"],
}
assert "holdout15" not in EVAL

# Industries by hand for the stages (raw material or part, maker; the distributor gets the
# maker's industry; end buyer) of the chains of roles_holdout9 … 14, for --oracle.
LABELS_TEXT = """
umbrella spinning_weaving other_manufacturing retail
wig other_manufacturing other_manufacturing health_care
tackle synthetic_fibres sports_goods retail
glove plastics_resins rubber_products meat
valve casting_forging pumps_valves_bearings water_supply
kayak plastics_resins ships_boats sports_recreation
mushroom seeds_nursery horticulture food_service
bamboo wood_products wood_products specialised_construction
firework specialty_chemicals specialty_chemicals travel_events
wallcovering other_textiles paper_products specialised_construction
piano musical_instruments musical_instruments education
turf synthetic_fibres other_textiles specialised_construction
treadmill motors_transformers sports_goods sports_recreation
cart iron_steel metal_goods retail
zipper spinning_weaving trims apparel
bed motors_transformers medical_equipment residential_care
trampoline other_textiles sports_goods sports_recreation
carpet spinning_weaving other_textiles accommodation
vending pumps_valves_bearings other_general_machinery retail
desk wood_products furniture education
casket wood_products other_manufacturing personal_services
saddle leather_footwear leather_footwear sports_recreation
billiards quarrying sports_goods food_service
greenhouse plastic_products structural_metal horticulture
tent nonferrous_metals other_textiles travel_events
towel spinning_weaving other_textiles water_transport
oven other_electrical appliances food_service
hottub plastic_products other_manufacturing accommodation
helmet plastics_resins sports_goods sports_recreation
turnout spinning_weaving apparel facility_services
egg livestock other_food other_food
fertilizer chemical_minerals fertilizers_agrochem grain_crops
forklift casting_forging lifting_handling warehousing_logistics
cable nonferrous_metals wires_cables telecom
bottle basic_chemicals glass beverages
luggage metal_goods leather_footwear air_transport
dinnerware quarrying ceramics sports_recreation
toothbrush synthetic_fibres other_manufacturing health_care
laundry iron_steel appliances personal_services
carwash other_textiles other_general_machinery vehicle_trade
keg metal_goods metal_goods beverages
medal nonferrous_metals jewellery travel_events
deicer chemical_minerals specialty_chemicals facility_services
pickleball plastic_products sports_goods sports_recreation
seating plastic_products furniture sports_recreation
locker metal_goods furniture real_estate
wheelchair bikes_motorcycles bikes_motorcycles health_care
brake metal_goods auto_parts vehicle_trade
ladder plastic_products metal_goods specialised_construction
pallet wood_products wood_products beverages
chair metal_goods furniture real_estate
cup pulp_paper paper_products arts_culture
extinguisher specialty_chemicals other_general_machinery real_estate
scrubs spinning_weaving apparel health_care
cone plastics_resins plastic_products civil_engineering
dryer motors_transformers appliances air_transport
wastecart plastics_resins plastic_products waste_recycling
faucet nonferrous_metals pumps_valves_bearings accommodation
lanyard other_textiles other_manufacturing travel_events
bowling wood_products sports_goods sports_recreation
"""
LABELS = {
    c: {"R": r, "M": m, "D": m, "E": e}
    for c, r, m, e in (line.split() for line in LABELS_TEXT.strip().splitlines())
}
ADJACENT = {("R", "M"), ("M", "R"), ("M", "D"), ("D", "M"), ("M", "E"), ("E", "M"),
            ("D", "E"), ("E", "D")}  # fmt: skip


_KEYWORDS: dict[str, tuple[np.ndarray, np.ndarray]] = {}


def keyword_vectors(encoder: Any, store: EmbeddingStore) -> tuple[np.ndarray, np.ndarray]:
    """Every keyword of every description embedded alone (``query:``), centred per language;
    with the industry each belongs to. Once per encoder."""
    if encoder.name in _KEYWORDS:
        return _KEYWORDS[encoder.name]
    table = ind.industry_table()
    owner, texts, lang = [], [], []
    for k in range(len(table.ids)):
        for text, sep, language in ((table.english[k], ":", "en"), (table.chinese[k], "：", "zh")):
            head, _, rest = text.partition(sep)
            for part in [head, *re.split(r",|、| and |和", rest)]:
                if part.strip():
                    owner.append(k)
                    texts.append("query: " + part.strip())
                    lang.append(language)
    raw = store.embed(texts, encoder)
    langs = np.array(lang)
    out = np.zeros_like(raw)
    for language in ("en", "zh"):
        out[langs == language] = raw[langs == language] - raw[langs == language].mean(axis=0)
    out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
    _KEYWORDS[encoder.name] = (out, np.array(owner))
    return _KEYWORDS[encoder.name]


def soft(offers: np.ndarray, block: Block, how: str) -> np.ndarray:
    """The soft assignment of a variant's mapping (see the module's docstring)."""
    if how.startswith("t"):
        return ind.industry_weights(offers, block.centres, float(how[1:]))
    if how.startswith("w"):
        vectors, owner = block.keywords
        cos = offers @ vectors.T
        best = np.stack([cos[:, owner == k].max(axis=1) for k in range(owner.max() + 1)], 1)
        scaled = best / float(how[1:])
        weights = np.exp(scaled - scaled.max(axis=1, keepdims=True))
        weights /= weights.sum(axis=1, keepdims=True)
        present = np.abs(offers).sum(axis=1) > 0
        return np.where(present[:, None], weights, 0.0).astype(np.float32)
    k = int(how[1:])
    weights = ind.industry_weights(offers, block.centres, 0.05)
    cut = -np.sort(-weights, axis=1)[:, k - 1 : k]
    weights = np.where(weights >= cut, weights, 0.0)
    sums = weights.sum(axis=1, keepdims=True)
    return np.where(sums > 0, weights / np.maximum(sums, 1e-12), 0.0).astype(np.float32)


class Block:
    """One set as its own session: the engine's signals, vectors, queries and partners."""

    def __init__(self, name: str, paths: tuple[Path, Path], strip: bool, store, enc) -> None:
        profiles = load_profiles(paths[0])
        if strip:
            profiles = text_only(profiles)
        self.name = name
        signals = session_signals(profiles, encoder=enc, store=store)
        self.base = signals.features.astype(np.float64)
        self.allowed = signals.allowed
        self.vectors = text_vectors(profiles, enc, store)
        self._encoding = (enc, store)
        self.sides = [p.side for p in profiles]
        self.ids = [p.id for p in profiles]
        gold = json.loads(paths[1].read_text("utf-8"))
        index = {p.id: i for i, p in enumerate(profiles)}
        self.partner = {index[k]: {index[x] for x in v} for k, v in gold["partners"].items()}
        self.split = {index[k]: gold.get("split", {}).get(k, "held-out") for k in gold["partners"]}
        self.roles = {index[k]: r for k, r in gold.get("roles", {}).items() if k in index}
        self.cache: dict[str, np.ndarray] = {}

    @functools.cached_property
    def centres(self) -> np.ndarray:
        """The industries' vectors (embedded once per encoder and store)."""
        return ind.industry_vectors(*self._encoding)

    @functools.cached_property
    def keywords(self) -> tuple[np.ndarray, np.ndarray]:
        return keyword_vectors(*self._encoding)

    def extras(self, variant: str) -> np.ndarray:
        """The extra signals of a variant, shape (n, n, count), 0 where a side has no text."""
        if variant in self.cache:
            return self.cache[variant]
        how, names = variant.split("/")
        v = self.vectors
        p = soft(v.offer, self, how)
        known = v.has_text[:, None] & v.has_text[None, :]
        supplies, supplied = ind.supply_matrices(p, p)
        out = []
        for name in names.split("+"):
            if name == "supplies":
                x = supplies
            elif name == "supplied":
                x = supplied
            elif name == "chain":
                x = supplies + supplied
            elif name == "same":
                x = p @ p.T
            elif name == "seekind":
                q = soft(v.seek, self, how)
                x = q @ p.T + (q @ p.T).T
            elif name in ("usup", "usupd"):
                u = (p @ ind.industry_table().inputs) @ self.centres
                u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-12)
                x = u @ v.offer.T if name == "usup" else (u @ v.offer.T).T
            else:
                raise ValueError(name)
            out.append(np.where(known, x, 0.0))
        self.cache[variant] = np.stack(out, axis=-1).astype(np.float64)
        return self.cache[variant]

    def feats(self, variant: str | None) -> np.ndarray:
        return self.base if not variant else np.concatenate([self.base, self.extras(variant)], -1)

    def ranks(self, feats: np.ndarray, w: np.ndarray, b: float) -> dict[str, list[int]]:
        logit = (feats @ w + b).astype(np.float32)
        mutual = mutual_scores(logit, self.allowed, MUTUAL_TEMPERATURE)
        out: dict[str, list[int]] = {}
        for i, partners in self.partner.items():
            # Ties broken by id, as recommend() sorts.
            order = sorted(
                np.flatnonzero(self.allowed[i]), key=lambda j: (-mutual[i, j], self.ids[j])
            )
            rank = min(order.index(j) for j in partners) + 1
            out.setdefault(str(self.sides[i]), []).append(rank)
        return out


def names_of(variant: str | None) -> list[str]:
    return list(FEATURES) + (variant.split("/")[1].split("+") if variant else [])


def fit(blocks: list[Block], variant: str | None, c: float | None) -> tuple[np.ndarray, float]:
    """Weights (hand-set ones in place) and bias fitted as fit_weights.py fits them."""
    names = names_of(variant)
    fitted = [k for k, n in enumerate(names) if n not in HAND_SET]
    rows: list[tuple[Block, int, int]] = []  # block, query row, cross-validation fold
    for b in blocks:
        chains = sorted({r.split(":")[0] for r in b.roles.values()})
        for n, i in enumerate(b.partner):
            if b.split[i] == "fit" or b.name in STUDIED:
                role = b.roles.get(i)
                rows.append((b, i, chains.index(role.split(":")[0]) % 2 if role else n % 2))

    def solve(sel: list[tuple[Block, int, int]], cc: float) -> tuple[np.ndarray, float]:
        xs, ys = [], []
        for b, i, _ in sel:
            js = np.flatnonzero(b.allowed[i])
            xs.append(b.feats(variant)[i, js][:, fitted])
            ys.append(np.isin(js, list(b.partner[i])).astype(np.float64))
        w_fit, bias = fit_standardised(np.vstack(xs), np.concatenate(ys), cc)
        w = np.zeros(len(names))
        w[fitted] = w_fit
        for name, value in HAND_SET.items():
            w[names.index(name)] = value
        return w, bias

    if c is None:
        by_c = {}
        for cc in (0.1, 1.0, 10.0, 100.0):
            scores = []
            for k in (0, 1):
                w, bias = solve([r for r in rows if r[2] != k], cc)
                rr = []
                for b in blocks:
                    test = [i for bb, i, f in rows if bb is b and f == k]
                    if test:
                        logit = (b.feats(variant) @ w + bias).astype(np.float32)
                        mutual = mutual_scores(logit, b.allowed, MUTUAL_TEMPERATURE)
                        for i in test:
                            s = np.where(b.allowed[i], mutual[i], -np.inf)
                            order = np.argsort(-s, kind="stable")
                            rank = min(int(np.flatnonzero(order == j)[0]) for j in b.partner[i])
                            rr.append(1 / (rank + 1))
                scores.append(float(np.mean(rr)))
            by_c[cc] = float(np.mean(scores))
        c = max(by_c, key=lambda cc: (by_c[cc], -cc))
        print(f"  cross-validated MRR by C: { {k: round(v, 4) for k, v in by_c.items()} }")
    return solve(rows, c)


def summary(r: dict[str, list[int]]) -> tuple[float, float, int, int]:
    """(MRR CN→US, MRR US→CN, partners first CN→US, US→CN)."""
    cn, us = np.array(r.get("CN", [1])), np.array(r.get("US", [1]))
    return (
        float(np.mean(1 / cn)),
        float(np.mean(1 / us)),
        int((cn == 1).sum()),
        int((us == 1).sum()),
    )


def studied_line(label: str, res: dict[str, tuple[float, float, int, int]], sets: list[str]) -> str:
    st = [res[n] for n in sets]
    return (
        f"{label}: mean MRR CN→US {np.mean([s[0] for s in st]):.4f}, US→CN "
        f"{np.mean([s[1] for s in st]):.4f}, both {np.mean([(s[0] + s[1]) / 2 for s in st]):.4f};"
        f" first {sum(s[2] for s in st)} + {sum(s[3] for s in st)}"
    )


def sweep(evals: dict[str, Block], variants: list[str]) -> None:
    """Shipped weights plus a hand weight on each extra signal, alone or role-gated."""
    shipped = np.array([WEIGHTS[n] for n in FEATURES])
    rm, rmt = FEATURES.index("role_meets"), FEATURES.index("role_met")
    for variant in variants:
        for k, name in enumerate(variant.split("/")[1].split("+")):
            for gate in ("", "gate"):
                for extra in (0.5, 1.0, 2.0, 4.0, 8.0):
                    res = {}
                    for n, b in evals.items():
                        x = b.extras(variant)[..., k]
                        if gate:
                            x = np.where((b.base[..., rm] > 0) | (b.base[..., rmt] > 0), x, 0.0)
                        feats = np.concatenate([b.base, x[..., None]], -1)
                        res[n] = summary(b.ranks(feats, np.append(shipped, extra), BIAS))
                    print(
                        f"{variant} {name}{' gated' if gate else ''} w={extra}: bench "
                        f"{res['bench'][0]:.3f}/{res['bench'][1]:.3f}, "
                        + studied_line("studied", res, STUDIED),
                        flush=True,
                    )


def oracle(evals: dict[str, Block]) -> None:
    """The table with industries assigned by hand, and the gold chains, on holdout9 … 14."""
    table = ind.industry_table()
    at = {x: k for k, x in enumerate(table.ids)}
    sets = [f"holdout{n}" for n in range(9, 15)]
    shipped = np.array([WEIGHTS[n] for n in FEATURES])
    hits = total = 0
    signals: dict[str, dict[str, np.ndarray]] = {}
    for n in sets:
        b = evals[n]
        count = len(b.ids)
        onehot = np.zeros((count, len(table.ids)), np.float32)
        mapped = ind.industry_weights(b.vectors.offer, b.centres).argmax(axis=1)
        chain = [b.roles[i].split(":")[0] for i in range(count)]
        stage = [b.roles[i].split(":")[1][0] for i in range(count)]
        for i in range(count):
            onehot[i, at[LABELS[chain[i]][stage[i]]]] = 1.0
            hits += int(mapped[i] == at[LABELS[chain[i]][stage[i]]])
            total += 1
        supplies, supplied = ind.supply_matrices(onehot, onehot)
        same = np.array([[a == c for c in chain] for a in chain], np.float64)
        adjacent = np.array(
            [[a == c and (s, t) in ADJACENT for c, t in zip(chain, stage, strict=True)]
             for a, s in zip(chain, stage, strict=True)], np.float64,
        )  # fmt: skip
        signals[n] = {"table, hand-mapped": supplies + supplied, "gold: same chain": same,
                      "gold: adjacent stages": adjacent}  # fmt: skip
    print(f"top-1 industry of the offer (t0.05) equal to the hand label: {hits} of {total}")
    for label in signals[sets[0]]:
        for extra in (0.0, 1.0, 2.0, 4.0, 8.0):
            res = {}
            for n in sets:
                b = evals[n]
                feats = np.concatenate([b.base, signals[n][label][..., None]], -1)
                res[n] = summary(b.ranks(feats, np.append(shipped, extra), BIAS))
            print(studied_line(f"{label}, w={extra}", res, sets), flush=True)


def loso(variants: list[str], c: float) -> None:
    """Leave one studied set out, as ``fit_study.py`` does: fit on the fit data and the other
    studied sets (float32 layers), rank the set left out; with and without the signals."""
    fenc = E5Encoder(backend="numpy")
    float_cache = CACHE.with_name(CACHE.stem + "-float.npz")
    store = EmbeddingStore.load(float_cache, fenc)
    base = [
        Block(f"fit{k}", (p, g), strip, store, fenc) for k, (p, g, strip) in enumerate(FIT_SETS)
    ]
    studied = [Block(n, EVAL[n], False, store, fenc) for n in STUDIED]
    store.save(float_cache)
    shipped = np.array([WEIGHTS[n] for n in FEATURES])
    totals: dict[str, dict[str, list[int]]] = {}
    for left in studied:
        train = base + [b for b in studied if b is not left]
        runs = {"shipped": left.ranks(left.base, shipped, BIAS)}
        for variant in [None, *variants]:
            w, bias = fit(train, variant, c)
            runs[variant or "refit"] = left.ranks(left.feats(variant), w, bias)
        line = []
        for label, r in runs.items():
            for side, v in r.items():
                totals.setdefault(label, {}).setdefault(side, []).extend(v)
            m = summary(r)
            line.append(f"{label} {m[0]:.3f}/{m[1]:.3f} ({m[2]}/{m[3]})")
        print(f"{left.name}: " + "; ".join(line), flush=True)
    for label, r in totals.items():
        m = summary(r)
        print(f"ALL {label}: MRR {m[0]:.3f} / {m[1]:.3f}, first {m[2]} / {m[3]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variants", nargs="*", default=["t0.05/supplies+supplied+same"])
    parser.add_argument("--c", type=float, default=0.0, help="0: cross-validate")
    parser.add_argument("--show", action="store_true", help="print the fitted weights")
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--oracle", action="store_true")
    parser.add_argument("--loso", action="store_true", help="leave one studied set out")
    args = parser.parse_args()
    if args.loso:
        loso(args.variants, args.c or 1.0)
        return
    # Each set embedded as one batch of its own, as evaluate.py run on it alone with an empty
    # cache does: int8 vectors move a little with their batch, and so do close ranks.
    ienc = E5Encoder()
    evals = {
        n: Block(n, paths, False, EmbeddingStore(ienc.name, ienc.dim), ienc)
        for n, paths in EVAL.items()
    }
    if args.oracle:
        oracle(evals)
        return
    if args.sweep:
        sweep(evals, args.variants)
        return
    fenc = E5Encoder(backend="numpy")
    # The float32 vectors in a file of their own: a store holds one encoder's vectors, and
    # evaluate.py's (int8) would replace them.
    float_cache = CACHE.with_name(CACHE.stem + "-float.npz")
    store_f = EmbeddingStore.load(float_cache, fenc)
    fit_blocks = [
        Block(f"fit{k}", (p, g), strip, store_f, fenc) for k, (p, g, strip) in enumerate(FIT_SETS)
    ]
    store_f.save(float_cache)
    shipped = np.array([WEIGHTS[n] for n in FEATURES])
    results: dict[str, dict[str, tuple[float, float, int, int]]] = {}
    results["shipped"] = {n: summary(b.ranks(b.base, shipped, BIAS)) for n, b in evals.items()}
    for variant in [None, *args.variants]:
        label = variant or "refit"
        print(label, flush=True)
        w, bias = fit(fit_blocks, variant, args.c or None)
        if args.show:
            print(
                "  " + ", ".join(f"{n}={x:.3f}" for n, x in zip(names_of(variant), w, strict=True))
            )
            print(f"  BIAS={bias:.3f}")
        results[label] = {n: summary(b.ranks(b.feats(variant), w, bias)) for n, b in evals.items()}
    print("| set | " + " | ".join(results) + " |")
    print("|---" * (len(results) + 1) + "|")
    for n in EVAL:
        cells = [f"{r[n][0]:.3f} / {r[n][1]:.3f} ({r[n][2]} / {r[n][3]})" for r in results.values()]
        print(f"| {n} | " + " | ".join(cells) + " |")
    for label, res in results.items():
        print(studied_line(label, res, STUDIED))


if __name__ == "__main__":
    main()
