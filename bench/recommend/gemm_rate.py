"""How near the int8 encoder runs to what this CPU's int8 products allow (issue 18's indexing goal).

    .venv/bin/python bench/recommend/gemm_rate.py [--repeats 30]

On one thread, as each of the engine's indexing threads runs:

1. The rate of onnxruntime's ``DynamicQuantizeMatMul`` (the operator of every product of
   ``e5onnx.py``: activations quantised per tensor, int8 weights per column) on the encoder's
   four product shapes at a batch of 1,024 tokens, in multiply-adds per second, beside
   numpy's float32 product (OpenBLAS) of the same shapes.
2. The int8 encoder itself on the texts of 2,000 synthetic profiles of ``speed.py`` (seed 3,
   as the indexing figure): tokens per second, and the multiply-adds of its products per
   token (the last layer computes only ``e5onnx.LAST_LAYER_NEURONS`` feed-forward neurons).
   Their product over the measured product rate is the least time the products alone could
   take; the rest of the encoder's time is everything else (GELU, attention, layer norms,
   quantising the activations, the embedding lookup and pooling).

Nothing is written; the figures are printed. Run it on an idle machine: another process on
either core slows every figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # numpy's product on one thread too

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

import speed  # noqa: E402

from tradebridge.matchmaking.engine.recommending import E5Encoder, e5onnx, parse_profiles  # noqa: E402
from tradebridge.matchmaking.engine.recommending.vectors import ProfileTexts  # noqa: E402

TOKENS = 1024  # the engine's batch (e5model.BATCH_TOKENS)


def product_graph(k: int, n: int) -> bytes:
    """One ``DynamicQuantizeMatMul`` of a (tokens, k) float input by int8 (k, n) weights."""
    g = e5onnx._Graph()
    w = np.random.default_rng(0).integers(-127, 128, (k, n)).astype(np.int8)
    scale = np.full(n, 0.01, np.float32)
    out = g.node(
        "DynamicQuantizeMatMul",
        ["x", g.init("w", w), g.init("s", scale), "", g.init("b", np.zeros(n, np.float32))],
        "p",
        e5onnx._MS,
    )
    g.node("Identity", [out], "y")
    return g.model(
        [e5onnx._value_info("x", e5onnx._FLOAT, ["n", k])],
        [e5onnx._value_info("y", e5onnx._FLOAT, ["n", n])],
    )


def timed(call: object, repeats: int) -> float:
    call()  # type: ignore[operator]
    start = time.perf_counter()
    for _ in range(repeats):
        call()  # type: ignore[operator]
    return (time.perf_counter() - start) / repeats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # The engine's own int8 layers (the graph it keeps on disk), and the model's shape from them.
    layers = e5onnx.shared_layers()
    model = layers.model
    layers_n, h, inner = model._shape
    shapes = {"qkv": (h, 3 * h), "out": (h, h), "fi": (h, inner), "fo": (inner, h)}
    rates = {}
    print(f"load average {os.getloadavg()[0]:.2f}; one thread; {TOKENS} tokens a product")
    print("| product | k × n | int8 (onnxruntime) | float32 (numpy) |")
    print("|---|---|---|---|")
    rng = np.random.default_rng(1)
    for name, (k, n) in shapes.items():
        session = ort.InferenceSession(
            product_graph(k, n), options, providers=["CPUExecutionProvider"]
        )
        x = rng.standard_normal((TOKENS, k)).astype(np.float32)
        w = rng.standard_normal((k, n)).astype(np.float32)
        macs = TOKENS * k * n
        rates[name] = macs / timed(lambda s=session, x=x: s.run(["y"], {"x": x}), args.repeats)
        dense = macs / timed(lambda x=x, w=w: x @ w, args.repeats)
        print(f"| {name} | {k} × {n} | {rates[name] / 1e9:.1f} GMAC/s | {dense / 1e9:.1f} GMAC/s |")

    texts = ProfileTexts.of(parse_profiles(speed.synthetic(2000, seed=3)), E5Encoder).texts
    batches = list(model._batches(texts, "query: ", 1, 128))
    tokens = sum(len(s) for _, batch in batches for s in batch)
    start = time.perf_counter()
    for _, batch in batches:
        layers.forward(batch)
    seconds = time.perf_counter() - start
    kept = e5onnx.LAST_LAYER_NEURONS
    per_layer = {name: k * n for name, (k, n) in shapes.items()}
    last = {**per_layer, "fi": h * kept, "fo": kept * h}
    least = tokens * sum((per_layer[p] * (layers_n - 1) + last[p]) / rates[p] for p in per_layer)
    macs_token = sum(per_layer.values()) * (layers_n - 1) + sum(last.values())
    print()
    print(
        f"encoder, one thread: {len(texts):,} texts, {tokens:,} tokens in {seconds:.2f} s "
        f"({tokens / seconds:,.0f} tokens/s, {2000 / seconds:.0f} profiles/s); "
        f"{macs_token / 1e6:.1f} M multiply-adds a token"
    )
    print(
        f"the products alone at the rates above: {least:.2f} s ({least / seconds:.0%} of the "
        f"encoder's time; everything else {seconds - least:.2f} s); load {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
