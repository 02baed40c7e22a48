"""Search by meaning, across languages: a hook for text vectors and the organizations' vectors.

The directory holds no model. A higher app that has one registers a *text vectors* provider in
its ``AppConfig.ready()`` (match-making does, with the recommending engine's multilingual e5:
``matchmaking/search_vectors.py``); the provider returns ``None`` when the settings turn model
text off (``TRADEBRIDGE_RECOMMENDING_TEXT=lexical`` or ``off``) or the model is not installed,
and search is then lexical with the bilingual vocabulary alone.

Each organization's vector is stored in the database (:class:`OrganizationVector`), written by
:func:`organization_vectors_refresh`, which the services enqueue as a task after every profile
change: a profile is embedded when its text changed, never in a request. A search embeds its
query once and compares it with the stored vectors, kept in memory per process and re-read
when any of them changed (one aggregate query per search tells).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from django.db import models, transaction
from django.db.models import Count, Max, QuerySet
from django_tasks import task

from tradebridge.bilingual import LANGUAGE_SUFFIXES

from .models import Organization, OrganizationVector
from .search import query_language

logger = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]

# Profiles embedded per batch and per transaction by a refresh of the whole directory.
REFRESH_BATCH = 256
# The spread of a query's centred cosines over a group of profiles, as measured on the demo
# directory (bench/search development queries: means 0.00-0.09, standard deviations
# 0.05-0.11): each group's own figures are blended with these, weighted as PRIOR_WEIGHT
# profiles, so that a small directory (or a language few profiles are written in) is scored
# too, as the engine blends its language means.
PRIOR_MEAN = 0.04
PRIOR_SD = 0.075
PRIOR_WEIGHT = 20.0


class TextVectors(Protocol):
    """Texts to L2-normalised vectors in which a Chinese and an English text on one subject
    are close (the provider removes what the languages alone share)."""

    name: str  # the vector space; stored vectors of another name are not compared

    def documents(self, texts: Sequence[str]) -> FloatArray:
        """One row per profile text (one language of one profile)."""
        ...

    def query(self, text: str) -> FloatArray:
        """One row for a search."""
        ...


Provider = Callable[[], "TextVectors | None"]

_PROVIDERS: dict[str, Provider] = {}


def register_text_vectors(name: str, provider: Provider) -> None:
    """A higher app offers text vectors (from its ``AppConfig.ready``; the same name again
    replaces it). ``provider()`` is called at each use and may return ``None`` (no model)."""
    _PROVIDERS[name] = provider


def text_vectors() -> TextVectors | None:
    """The first registered provider that has a model now, or ``None`` (lexical search)."""
    for provider in _PROVIDERS.values():
        vectors = provider()
        if vectors is not None:
            return vectors
    return None


def organization_texts(organization: Organization) -> list[tuple[str, str]]:
    """What an organization's vector is made of, as (language suffix, text): per language, its
    description with what it offers and seeks (the same text the recommendations read); its
    name where it wrote nothing else."""
    texts = []
    for suffix in LANGUAGE_SUFFIXES:
        parts = [
            (getattr(organization, f"{field}_{suffix}", "") or "").strip()
            for field in ("description", "offers_details", "seeks_details")
        ]
        text = "\n".join(part for part in parts if part)
        if text:
            texts.append((suffix, text))
    if not texts:
        for suffix in LANGUAGE_SUFFIXES:
            name = (getattr(organization, f"name_{suffix}", "") or "").strip()
            if name:
                texts.append((suffix, name))
    return texts


def _texts_hash(space: str, texts: Sequence[tuple[str, str]]) -> str:
    flat = [part for pair in texts for part in pair]
    return hashlib.sha1("\x00".join([space, *flat]).encode("utf-8")).hexdigest()


def _profile_vector(rows: FloatArray) -> FloatArray:
    vector = rows.mean(axis=0)
    return np.asarray(vector / max(float(np.linalg.norm(vector)), 1e-12), dtype=np.float32)


def vectors_refresh(
    owners: QuerySet[Any],
    *,
    texts_of: Callable[[Any], list[tuple[str, str]]],
    vector_model: type[models.Model],
    owner_field: str,
) -> int:
    """Embed the ``owners`` (organizations, opportunities...) whose text changed since their
    vector was stored in ``vector_model`` (a table with ``<owner_field>``, ``space``,
    ``text_hash``, ``languages`` and ``vector``); returns how many were embedded. An owner
    whose text is now empty loses its vector. Nothing without a model.

    The model runs outside any transaction; each batch is written in one, under a lock of the
    owners' rows (an owner deleted while the model ran gets no vector). An owner edited
    meanwhile has its own task queued by that edit, which stores the newer text's vector."""
    provider = text_vectors()
    if provider is None:
        return 0
    owner_id = f"{owner_field}_id"
    vectors_of = vector_model._default_manager
    stored = dict(
        vectors_of.filter(space=provider.name, **{f"{owner_field}__in": owners}).values_list(
            owner_id, "text_hash"
        )
    )
    stale: list[tuple[int, list[tuple[str, str]], str]] = []
    empty: list[int] = []
    for owner in owners:
        texts = texts_of(owner)
        if not texts:
            empty.append(owner.pk)
            continue
        digest = _texts_hash(provider.name, texts)
        if stored.get(owner.pk) != digest:
            stale.append((owner.pk, texts, digest))
    if empty:
        vectors_of.filter(**{f"{owner_id}__in": empty}).delete()
    for start in range(0, len(stale), REFRESH_BATCH):
        batch = stale[start : start + REFRESH_BATCH]
        rows = provider.documents([text for _, texts, _ in batch for _, text in texts])
        vectors: list[models.Model] = []
        row = 0
        for pk, texts, digest in batch:
            vector = _profile_vector(rows[row : row + len(texts)])
            row += len(texts)
            vectors.append(
                vector_model(
                    **{owner_id: pk},
                    space=provider.name,
                    text_hash=digest,
                    languages=" ".join(suffix for suffix, _ in texts),
                    vector=vector.astype("<f4").tobytes(),
                )
            )
        with transaction.atomic():
            # The owner may have been deleted while the model ran.
            alive = set(
                owners.model._default_manager.filter(pk__in=[getattr(v, owner_id) for v in vectors])
                .select_for_update()
                .values_list("pk", flat=True)
            )
            vectors_of.filter(**{f"{owner_id}__in": alive}).delete()
            vectors_of.bulk_create([v for v in vectors if getattr(v, owner_id) in alive])
    return len(stale)


def organization_vectors_refresh(*, organization_ids: Sequence[int] | None = None) -> int:
    """Embed the organizations whose text changed since their vector was stored (all of them
    without ``organization_ids``); returns how many were embedded. Nothing without a model."""
    organizations = Organization.objects.order_by("pk")
    if organization_ids is not None:
        organizations = organizations.filter(pk__in=list(organization_ids))
    return vectors_refresh(
        organizations,
        texts_of=organization_texts,
        vector_model=OrganizationVector,
        owner_field="organization",
    )


def lock_before_delete(
    sender: type[Organization], instance: Organization, **kwargs: object
) -> None:
    """Connected to ``pre_delete`` of organizations: lock the row before Django deletes what
    refers to it. A refresh that stored a vector meanwhile has committed by then (it holds the
    same lock while it writes), so the vector is deleted with the rest; a refresh that comes
    later finds the organization gone and writes nothing."""
    Organization.objects.select_for_update().filter(pk=instance.pk).exists()


@task()
def organization_vectors_task(organization_ids: list[int]) -> int:
    """Background side of a profile change: its vector follows its text."""
    return organization_vectors_refresh(organization_ids=organization_ids)


def vectors_enqueue(organization_id: int) -> None:
    """Queue the refresh of one organization's vector once the current transaction commits
    (never the model inside a profile's transaction; nothing queued without a model)."""
    if text_vectors() is None:
        return
    transaction.on_commit(lambda: organization_vectors_task.enqueue([organization_id]))


@dataclass(frozen=True)
class _Matrix:
    key: tuple[str, int, float]
    ids: npt.NDArray[np.int64]
    vectors: FloatArray
    languages: tuple[str, ...]  # per row, e.g. "en zh_hans"


_matrix: _Matrix | None = None
_matrix_lock = threading.Lock()


def _stored_matrix(space: str) -> _Matrix:
    global _matrix  # noqa: PLW0603 - one matrix per process, replaced whole under the lock
    state = OrganizationVector.objects.filter(space=space).aggregate(
        n=Count("pk"), last=Max("updated_at")
    )
    key = (space, int(state["n"]), state["last"].timestamp() if state["last"] else 0.0)
    with _matrix_lock:
        if _matrix is None or _matrix.key != key:
            rows = list(
                OrganizationVector.objects.filter(space=space)
                .order_by("organization_id")
                .values_list("organization_id", "vector", "languages")
            )
            ids = np.array([pk for pk, _, _ in rows], dtype=np.int64)
            vectors = (
                np.stack([np.frombuffer(bytes(blob), dtype="<f4") for _, blob, _ in rows])
                if rows
                else np.zeros((0, 1), np.float32)
            )
            languages = tuple(langs for _, _, langs in rows)
            _matrix = _Matrix(key, ids, np.asarray(vectors, dtype=np.float32), languages)
        return _matrix


def similarities(query: str) -> dict[int, float] | None:
    """How much closer each organization with a stored vector is to the query than the other
    profiles written like it, by organization id; ``None`` without a model (or when it fails:
    search stays lexical, never a 500).

    The score is the cosine standardised within two groups: the profiles written in the
    query's language, and those written only in the other. Centring the languages leaves an
    English query closer to English texts on other subjects than to the Chinese text on its
    own (bench/search: the right Chinese-only company was the closest Chinese-only one for 32
    of 45 expected, but 20th overall); within its group it stands out."""
    provider = text_vectors()
    if provider is None or not query.strip():
        return None
    try:
        matrix = _stored_matrix(provider.name)
        if not len(matrix.ids):
            return {}
        scores = matrix.vectors @ provider.query(query)
    except Exception:  # any failure of the model: words only, and logged
        logger.exception("search by meaning failed; searching by words only")
        return None
    own = "zh_hans" if query_language(query) == "zh" else "en"
    in_own = np.array([own in langs.split() for langs in matrix.languages], dtype=bool)
    standard = np.zeros_like(scores)
    for group in (in_own, ~in_own):
        values = scores[group].astype(np.float64)
        n = float(len(values))
        if not n:
            continue
        mean = (values.sum() + PRIOR_WEIGHT * PRIOR_MEAN) / (n + PRIOR_WEIGHT)
        variance = (((values - mean) ** 2).sum() + PRIOR_WEIGHT * PRIOR_SD**2) / (n + PRIOR_WEIGHT)
        standard[group] = (values - mean) / np.sqrt(variance)
    return dict(zip(matrix.ids.tolist(), standard.tolist(), strict=True))


def warm_up() -> None:
    """Load what the first search of a process would otherwise load in its request: jieba's
    dictionary (about a second) and the text model (about half a second). The WSGI entry point
    runs this on a thread as the process starts."""
    from .search import query_groups

    query_groups("预热")
    provider = text_vectors()
    if provider is not None:
        try:
            provider.query("warm-up")
        except Exception:  # the first search will report it
            logger.exception("could not load the text model")
