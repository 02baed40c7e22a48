"""A speaker's personal data: exported with the account's data, and erased so that the
programme keeps its items and roles but no longer says who spoke."""

from __future__ import annotations

import pytest

from tests.events.programme_fixtures import SUMMIT_DAY, at, item_input
from tests.factories import UserFactory
from tradebridge.accounts.personal_data import REDACTED, Identifiers, providers
from tradebridge.events import services
from tradebridge.events.models import AgendaItemSpeaker, Speaker
from tradebridge.events.personal_data import programme_erase, programme_export

pytestmark = pytest.mark.django_db


@pytest.fixture
def speaking_user(staff, event):
    user = UserFactory(email="wang.lei@example.cn")
    speaker = services.speaker_create(
        actor=staff,
        data=services.SpeakerInput(
            name={"en": "Wang Lei", "zh_hans": "王雷"},
            title={"en": "Director", "zh_hans": "处长"},
            user=user,
        ),
    )
    services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 9),
            at(SUMMIT_DAY, 10),
            description={"en": "Introduced by Wang Lei.", "zh_hans": "由王雷介绍。"},
            speakers=[services.SpeakerRole(speaker)],
        ),
    )
    return user


def test_the_programme_is_a_registered_provider():
    assert "events" in [p.name for p in providers()]


def test_export_lists_the_persons_speaker_profiles(speaking_user, consul):
    (section,) = programme_export(speaking_user)
    assert [(r["name_zh_hans"], r["title_en"], r["items"]) for r in section.rows] == [
        ("王雷", "Director", 1)
    ]


def test_erasure_keeps_the_role_but_not_who(speaking_user, consul):
    counts = programme_erase(speaking_user, Identifiers.of(["Wang Lei", "王雷"]))
    assert counts == {"speaker_profiles": 1, "programme_descriptions": 1}
    speaker = Speaker.objects.get(roles__isnull=False)
    assert (speaker.name_en, speaker.name_zh_hans, speaker.title_en, speaker.user) == (
        REDACTED,
        REDACTED,
        "",
        None,
    )
    assert AgendaItemSpeaker.objects.count() == 1
    item = speaker.agenda_items.get()
    assert "Wang Lei" not in item.description_en and "王雷" not in item.description_zh_hans
    # Another speaker is untouched.
    consul.refresh_from_db()
    assert consul.name_en == "Consul General of China"
