"""Calibrate the int8 e5 layers and report how close they come to the float ones.

    .venv/bin/python bench/recommend/calibrate_int8.py [--write | --write-statistics]
                                                       [--alpha 0.6 0.7 ...]

The int8 layers (``engine/recommending/e5onnx.py``) smooth the inputs of three products per
layer by each channel's largest value on calibration texts. Those come from the synthetic
profiles of ``speed.py`` (seed 99: generated from a product vocabulary, not the bench or
validation profiles), run through the float32 numpy model. ``--write`` stores the ranges
(float16, 12 layers x 384/384/1536 channels) in the package as ``e5_int8_calibration.npz``,
with the mean and variance (float32) of the last layer's 1,536 feed-forward neurons over those
texts and the role training set's descriptions: the graph computes only the most varied of
them (``e5onnx.LAST_LAYER_NEURONS``) and folds the others' means into the bias.
``--write-statistics`` replaces only those statistics and keeps the shipped ranges: these
were written before the synthetic generator changed (2026-12-02), and a fresh run gives
other ranges, so other vectors.

Printed: for each smoothing strength, the cosine of the int8 vectors to the float ones on the
bench and validation texts, MRR on both sets, and profiles per CPU-second of each backend.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import speed  # noqa: E402
from evaluate import ranks, summary  # noqa: E402

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    e5onnx,
    load_profiles,
    parse_profiles,
    recommend,
)
from tradebridge.matchmaking.engine.recommending.e5model import shared_model  # noqa: E402
from tradebridge.matchmaking.engine.recommending.vectors import ProfileTexts  # noqa: E402

TARGET = ROOT / "src/tradebridge/matchmaking/engine/recommending" / e5onnx.CALIBRATION
SETS = {
    "bench": (HERE / "profiles.json", HERE / "gold.json"),
    "validation": (HERE / "validation.json", HERE / "validation_gold.json"),
}


def observed(texts: list[str]) -> dict[str, list[np.ndarray]]:
    """What the float32 model's forward pass records over ``texts``, batch by batch and
    layer by layer (``E5Model.forward``'s ``ranges``)."""
    model = shared_model()
    seen: dict[str, list[np.ndarray]] = {}
    for _rows, batch in model._batches(texts, "query: ", 1, 128):
        model.forward(batch, ranges=seen)
    return seen


def ranges(seen: dict[str, list[np.ndarray]]) -> dict[str, np.ndarray]:
    """Largest absolute input per layer and channel of each smoothed product."""
    layers = len(shared_model()._ready_layers())
    return {
        name: np.max(np.stack(seen[name]).reshape(-1, layers, seen[name][0].shape[0]), axis=0)
        for name in e5onnx.SMOOTHED
    }


def neuron_statistics(*seen: dict[str, list[np.ndarray]]) -> dict[str, np.ndarray]:
    """Mean and variance of each of the last layer's feed-forward neurons (``ffn_mean``,
    ``ffn_var``) over the real tokens of every observed batch."""
    layers = len(shared_model()._ready_layers())

    def last(name: str) -> list[np.ndarray]:
        return [a for one in seen for a in one[name][layers - 1 :: layers]]

    tokens = float(sum(t[0] for t in last("tokens")))
    mean = np.sum(last("fo_sum"), axis=0) / tokens
    squares = np.sum(last("fo_squares"), axis=0)
    return {"ffn_mean": mean, "ffn_var": np.maximum(squares / tokens - mean**2, 0.0)}


def per_cpu_second(encode: object, texts: list[str]) -> float:
    start = time.process_time()
    encode(texts)  # type: ignore[operator]
    return len(texts) / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="store the calibration")
    parser.add_argument(
        "--write-statistics", action="store_true", help="store only the neuron statistics"
    )
    parser.add_argument("--alpha", type=float, nargs="*", default=[e5onnx.ALPHA])
    args = parser.parse_args()
    model = shared_model()
    calibration = ProfileTexts.of(parse_profiles(speed.synthetic(400, seed=99)), E5Encoder).texts
    seen = observed(calibration)
    found = ranges(seen)
    # The neurons' statistics from more varied texts too: the role training set's
    # descriptions (written sentences in both languages, not the bench or any held-out set).
    train = ProfileTexts.of(load_profiles(HERE / "roles_train.json"), E5Encoder).texts
    statistics = neuron_statistics(seen, observed(train))
    if args.write:
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            **{k: v.astype(np.float16) for k, v in found.items()},
            **{k: v.astype(np.float32) for k, v in statistics.items()},
        )
        TARGET.write_bytes(buffer.getvalue())
        print(f"wrote {TARGET.relative_to(ROOT)} ({len(buffer.getvalue()):,} bytes)")
    elif args.write_statistics:
        with np.load(TARGET) as data:
            kept = {k: data[k] for k in data if k not in statistics}
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer, **kept, **{k: v.astype(np.float32) for k, v in statistics.items()}
        )
        TARGET.write_bytes(buffer.getvalue())
        print(f"wrote the statistics into {TARGET.relative_to(ROOT)}")
        found = {k: kept[k].astype(np.float32) for k in e5onnx.SMOOTHED}
    shipped = {k: v.astype(np.float16).astype(np.float32) for k, v in found.items()}
    shipped.update({k: v.astype(np.float32) for k, v in statistics.items()})
    texts = {n: ProfileTexts.of(load_profiles(p), E5Encoder).texts for n, (p, _g) in SETS.items()}
    floats = {n: model.embed(t, max_tokens=128) for n, t in texts.items()}
    timing = ProfileTexts.of(parse_profiles(speed.synthetic(600, seed=3)), E5Encoder).texts
    numpy_rate = per_cpu_second(E5Encoder(backend="numpy").encode, [f"{t} f" for t in timing])
    print(f"numpy float32: {numpy_rate:.0f} profiles per CPU-second")
    original = e5onnx.ALPHA
    for alpha in [None, *args.alpha]:
        e5onnx.ALPHA = alpha if alpha is not None else original
        layers = e5onnx.Int8Layers(model, ranges=shipped if alpha is not None else None)
        encoder = E5Encoder(backend="int8")
        encoder._load()
        encoder._layers = layers
        label = "no smoothing" if alpha is None else f"smoothing alpha {alpha}"
        parts = []
        for name, (profiles_path, gold_path) in SETS.items():
            vectors = model.embed(texts[name], max_tokens=128, forward=layers.forward)
            cosine = (vectors * floats[name]).sum(axis=1)
            gold = json.loads(gold_path.read_text("utf-8"))["partners"]
            profiles = load_profiles(profiles_path)
            recs = recommend(profiles, top=len(profiles), encoder=encoder)
            mrr = summary(ranks({k: [r.id for r in v] for k, v in recs.items()}, gold))[0]
            parts.append(
                f"{name}: cosine mean {cosine.mean():.4f} min {cosine.min():.4f}, MRR {mrr:.3f}"
            )
        rate = per_cpu_second(encoder.encode, [f"{t} {alpha}" for t in timing])
        print(f"int8, {label}: {'; '.join(parts)}; {rate:.0f} profiles per CPU-second")
    e5onnx.ALPHA = original


if __name__ == "__main__":
    main()
