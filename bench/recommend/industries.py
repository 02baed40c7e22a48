"""Which industry feeds which: a small input–output table of goods in both languages (a study).

Measured for issue 18 on 2026-12-05 (``industry_study.py``, docs/recommending.md) and not put in
the engine: it did not tell partners from look-alikes. Kept here so the measurement can be
repeated; written so that it could move into the engine package as it is (numpy only).

Text likeness finds the trade but not the direction of the chain: a supplier of fertilizer
minerals and a supplier of ceramic clay both read as "a supplier of mined raw materials", and
which of them a dinnerware maker buys from is knowledge of the economy, not of the words.
``industries.json`` holds about 120 industries at ISIC Rev.4 division or group level, each
described by a few keywords in English and Chinese, and for each the industries that are its
major inputs (what it buys to make its product or run its service), written from general
knowledge of input–output tables.

An offer statement is placed among the industries by its e5 vector: the softmax of its
cosines to the industries' vectors. An industry's vector is the sum of its two descriptions'
vectors, each embedded as an offer (``passage:``) and centred on its language's mean over the
table. The industry vectors are embedded once per process and encoder (and kept in the store
where one is given); a profile would cost one product with them. The signals of a pair are
then bilinear forms over the table: the candidate's industry is an input of the query's
("supplies me"), the other way round, and both in the same industry.
"""

from __future__ import annotations

import functools
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
TABLE = Path(__file__).resolve().parent / "industries.json"

# Softmax temperature of an offer's cosines to the industries' vectors.
TEMPERATURE = 0.05


@dataclass(frozen=True)
class IndustryTable:
    """The industries, their descriptions and the input matrix."""

    ids: tuple[str, ...]
    english: tuple[str, ...]
    chinese: tuple[str, ...]
    inputs: FloatArray  # [a, b] = 1 where industry b is a major input of industry a


@functools.cache
def industry_table() -> IndustryTable:
    """The shipped table (``industries.json``), read once per process."""
    entries = json.loads(TABLE.read_text("utf-8"))["industries"]
    ids = tuple(str(e["id"]) for e in entries)
    at = {x: k for k, x in enumerate(ids)}
    inputs = np.zeros((len(ids), len(ids)), np.float32)
    for k, entry in enumerate(entries):
        for other in entry["inputs"]:
            if other != entry["id"]:
                inputs[k, at[other]] = 1.0
    inputs.flags.writeable = False
    return IndustryTable(
        ids, tuple(str(e["en"]) for e in entries), tuple(str(e["zh"]) for e in entries), inputs
    )


_VECTORS: dict[str, FloatArray] = {}
_LOCK = threading.Lock()


def industry_vectors(encoder: Any, store: object = None) -> FloatArray:
    """The industries' vectors under ``encoder``, shape ``(industries, dim)``, normalised.

    Each industry's English and Chinese descriptions are embedded as offers (the encoder's
    ``offer_prefix``), centred on the mean of their language over the table (so that the
    language offset and what all keyword lists share cancel), normalised and summed. Computed
    once per process and encoder; ``store`` (an :class:`.vectors.EmbeddingStore`) keeps the
    raw vectors with the other texts.
    """
    with _LOCK:
        cached = _VECTORS.get(encoder.name)
        if cached is not None:
            return cached
        table = industry_table()
        prefix = str(getattr(encoder, "offer_prefix", ""))
        texts = [prefix + t for t in (*table.english, *table.chinese)]
        embed = getattr(store, "embed", None)
        raw = np.asarray(
            embed(texts, encoder) if embed is not None else encoder.encode(texts), np.float32
        )
        k = len(table.ids)
        out = np.zeros((k, raw.shape[1]), np.float32)
        for part in (raw[:k], raw[k:]):
            centred = part - part.mean(axis=0)
            norms = np.linalg.norm(centred, axis=1, keepdims=True)
            out += centred / np.maximum(norms, 1e-12)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        out.flags.writeable = False
        _VECTORS[encoder.name] = out
        return out


def industry_weights(
    offers: FloatArray, industries: FloatArray, temperature: float = TEMPERATURE
) -> FloatArray:
    """Each offer's soft assignment to the industries, shape ``(offers, industries)``.

    The softmax of the cosines over ``temperature``; a zero row (no offer) gets zeros.
    """
    if offers.shape[0] == 0 or industries.shape[0] == 0:
        return np.zeros((offers.shape[0], industries.shape[0]), np.float32)
    scaled = np.asarray(offers @ industries.T, np.float32) / np.float32(temperature)
    scaled -= scaled.max(axis=1, keepdims=True)
    weights = np.exp(scaled)
    weights /= weights.sum(axis=1, keepdims=True)
    present = np.abs(offers).sum(axis=1) > 0
    return np.asarray(np.where(present[:, None], weights, 0.0), dtype=np.float32)


def supply_matrices(rows: FloatArray, cols: FloatArray) -> tuple[FloatArray, FloatArray]:
    """(supplies, supplied), shape ``(rows, cols)`` each: how much the column's industry is
    an input of the row's, and the row's an input of the column's, under the soft
    assignments ``rows`` and ``cols`` (:func:`industry_weights`)."""
    inputs = industry_table().inputs
    supplies = np.asarray((rows @ inputs) @ cols.T, np.float32)
    supplied = np.asarray((rows @ inputs.T) @ cols.T, np.float32)
    return supplies, supplied
