"""Recommendations across Chinese and English, with reasons, from match-making's recommending
engine (the one the sessions and the directory use): an opportunity becomes an engine
:class:`Profile` (its texts, its sector and region, its owner's side, and the cooperation
types its kind stands for), organizations are profiles as in a session, and the engine scores
the pairs with its text model (``RECOMMENDING_TEXT``), its taxonomy signals and its bilingual
reasons. Results are cached until an opportunity or a profile changes.

- ``organizations_for(opportunity)``: listed organizations of the other side that fit it;
- ``opportunities_for(organization, user)``: published opportunities the user may see that fit
  the organization.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, Max, Prefetch

from tradebridge.accounts.rules import AnyUser
from tradebridge.directory.models import CooperationType, Organization, Sector
from tradebridge.matchmaking.engine.recommending import EmbeddingStore, Profile, recommend
from tradebridge.matchmaking.recommendations import (
    configured_text,
    store_path,
    taxonomy_from_database,
)

from . import rules
from .models import Opportunity

TOP = 8
# The engine scores every pair: candidates are bounded (the most recently changed first).
MAX_CANDIDATES = 400
CACHE_SECONDS = 6 * 3600

# The cooperation types (directory taxonomy codes) that an opportunity's kind offers and seeks.
KIND_CODES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Opportunity.Kind.BUSINESS_OFFER: (("supply",), ("distribution", "procurement")),
    Opportunity.Kind.BUSINESS_REQUEST: (("distribution", "procurement"), ("supply",)),
    Opportunity.Kind.TECHNOLOGY_OFFER: (("technology-transfer", "licensing"), ()),
    Opportunity.Kind.TECHNOLOGY_REQUEST: ((), ("technology-transfer", "licensing")),
    Opportunity.Kind.RD_PARTNER: (("rd-partnership",), ("rd-partnership",)),
    Opportunity.Kind.INVESTMENT_SOUGHT: ((), ("investment-sought",)),
    Opportunity.Kind.INVESTMENT_OFFERED: (("investment-offered",), ()),
    Opportunity.Kind.JOINT_VENTURE: (("joint-venture",), ("joint-venture",)),
}


@dataclass(frozen=True)
class Match:
    """A recommended organization or opportunity, with its reasons as (en, zh) pairs."""

    pk: int
    score: float
    reasons: tuple[tuple[str, str], ...]

    def reasons_in(self, language: str) -> list[str]:
        zh = language.startswith("zh")
        return [pair[1] if zh else pair[0] for pair in self.reasons]


def _texts(obj: object, *names: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang, suffix in (("en", "en"), ("zh", "zh_hans")):
        text = "\n".join(
            (getattr(obj, f"{name}_{suffix}", "") or "").strip() for name in names
        ).strip()
        if text:
            out[lang] = text
    return out


def _side(organization: Organization) -> str | None:
    return organization.side if organization.side in ("CN", "US") else None


def opportunity_profile(opportunity: Opportunity) -> Profile:
    offers, seeks = KIND_CODES.get(opportunity.kind, ((), ()))
    return Profile(
        id=f"o{opportunity.pk}",
        side=_side(opportunity.owner),
        name=_texts(opportunity, "title"),
        description=_texts(opportunity, "title", "summary", "description", "partner_role"),
        regions=(opportunity.region.code,) if opportunity.region else (),
        sectors=(opportunity.sector.code,) if opportunity.sector else (),
        offers=offers,
        seeks=seeks,
    )


def organization_profile(organization: Organization) -> Profile:
    return Profile(
        id=f"g{organization.pk}",
        side=_side(organization),
        name=_texts(organization, "name"),
        description=_texts(organization, "description", "offers_details", "seeks_details"),
        regions=(organization.region.code,) if organization.region else (),
        sectors=tuple(s.code for s in organization.sectors.all()),
        offers=tuple(t.code for t in organization.offers.all()),
        seeks=tuple(t.code for t in organization.seeks.all()),
    )


def _organizations() -> list[Organization]:
    return list(
        Organization.objects.filter(is_public=True)
        .select_related("region")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("order")),
            Prefetch("offers", queryset=CooperationType.objects.order_by("order")),
            Prefetch("seeks", queryset=CooperationType.objects.order_by("order")),
        )
        .order_by("-updated_at", "pk")[:MAX_CANDIDATES]
    )


def _run(
    profiles: list[Profile], subject: str
) -> list[tuple[str, float, tuple[tuple[str, str], ...]]]:
    use_text, encoder = configured_text()
    store = None
    if use_text:
        from tradebridge.matchmaking.engine.recommending import default_encoder

        encoder = encoder or default_encoder()
        store = EmbeddingStore.load(store_path(encoder), encoder)
    recs = recommend(
        profiles,
        top=len(profiles),
        encoder=encoder,
        use_text=use_text,
        taxonomy=taxonomy_from_database(),
        store=store,
    )
    return [
        (r.id, r.score, tuple((reason.en, reason.zh) for reason in r.reasons))
        for r in recs.get(subject, [])
    ]


def _state_key() -> str:
    o = Opportunity.objects.aggregate(n=Count("pk"), last=Max("updated_at"))
    g = Organization.objects.aggregate(n=Count("pk"), last=Max("updated_at"))
    stamp = [
        o["n"],
        o["last"] and o["last"].timestamp(),
        g["n"],
        g["last"] and g["last"].timestamp(),
    ]
    return ".".join(str(part) for part in stamp)


def organizations_for(opportunity: Opportunity, *, top: int = TOP) -> list[Match]:
    """Listed organizations that fit an opportunity (never its owner), best first."""
    key = f"pool:recs:opp:{opportunity.pk}:{top}:{_state_key()}"
    cached: list[Match] | None = cache.get(key)
    if cached is not None:
        return cached
    organizations = [o for o in _organizations() if o.pk != opportunity.owner_id]
    profiles = [opportunity_profile(opportunity), *map(organization_profile, organizations)]
    result = [
        Match(int(pid[1:]), score, reasons)
        for pid, score, reasons in _run(profiles, f"o{opportunity.pk}")
        if pid.startswith("g")
    ][:top]
    cache.set(key, result, CACHE_SECONDS)
    return result


def opportunities_for(organization: Organization, *, user: AnyUser, top: int = TOP) -> list[Match]:
    """Published opportunities the user may see that fit ``organization``, best first."""
    visible = (
        Opportunity.objects.filter(
            rules.visible_opportunities(user), status=Opportunity.Status.PUBLISHED
        )
        .exclude(owner=organization)
        .select_related("owner", "sector", "region")
        .order_by("-published_at", "-pk")[:MAX_CANDIDATES]
    )
    candidates = list(visible)
    ids = ",".join(str(o.pk) for o in candidates)
    key = f"pool:recs:org:{organization.pk}:{top}:{_state_key()}:{hash(ids)}"
    cached: list[Match] | None = cache.get(key)
    if cached is not None:
        return cached
    subject = (
        Organization.objects.select_related("region")
        .prefetch_related("sectors", "offers", "seeks")
        .get(pk=organization.pk)
    )
    profiles = [organization_profile(subject), *map(opportunity_profile, candidates)]
    result = [
        Match(int(pid[1:]), score, reasons)
        for pid, score, reasons in _run(profiles, f"g{organization.pk}")
        if pid.startswith("o")
    ][:top]
    cache.set(key, result, CACHE_SECONDS)
    return result
