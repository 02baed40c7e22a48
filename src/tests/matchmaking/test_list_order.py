"""A session's partners and the organizer's participants sort by the name in the reader's
language, Chinese by pinyin."""

from __future__ import annotations

import pytest
from django.utils import translation

from tests.directory.test_list_order import CHINESE_ORDER, ENGLISH_ORDER, NAMES
from tests.factories import OrganizationFactory, RepresentativeFactory
from tradebridge.matchmaking import services
from tradebridge.matchmaking.selectors.organizer import session_participants
from tradebridge.matchmaking.selectors.participant import session_partners


def _shown(participant) -> str:
    return participant.organization.name_zh_hans or participant.organization.name_en


@pytest.fixture
def participants(session):
    out = []
    for en, zh in NAMES:
        organization = OrganizationFactory(name_en=en, name=en, name_zh_hans=zh)
        user = RepresentativeFactory(organization=organization).user
        out.append(services.participant_add(actor=user, session=session, organization=organization))
    return out


@pytest.mark.parametrize(("lang", "order"), [("en", ENGLISH_ORDER), ("zh-hans", CHINESE_ORDER)])
def test_the_organizer_lists_participants_in_the_readers_order(session, participants, lang, order):
    with translation.override(lang):
        names = [
            _shown(p) if lang != "en" else p.organization.name_en
            for p in session_participants(session)
        ]
    assert names == order


@pytest.mark.parametrize(("lang", "order"), [("en", ENGLISH_ORDER), ("zh-hans", CHINESE_ORDER)])
def test_partners_are_listed_in_the_readers_order(session, participants, staff, lang, order):
    me = services.participant_add(
        actor=staff, session=session, organization=OrganizationFactory(name_en="Zulu Observer")
    )
    with translation.override(lang):
        partners = session_partners(me, viewer=staff)
        names = [_shown(p) if lang != "en" else p.organization.name_en for p in partners]
    assert names == order
