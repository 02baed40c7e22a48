"""The programme's pages: who may see and edit them (staff / outsider / anonymous, listed and
unlisted events), the staff forms keeping what was typed with errors beside their fields, the
co-hosts on the event page, the match-making session's link, and a bounded number of queries."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.events.programme_fixtures import SUMMIT_DAY, at, item_input
from tests.factories import OrganizationFactory
from tradebridge.events import rules, services
from tradebridge.events.models import AgendaItem, AgendaItemSpeaker, CoHost, Event, Speaker
from tradebridge.matchmaking.models import Session
from tradebridge.matchmaking.services import session_programme_item_set

pytestmark = pytest.mark.django_db


def test_rules_staff_edit_and_everyone_reads_a_listed_event(
    staff, outsider, event, django_user_model
):
    from django.contrib.auth.models import AnonymousUser

    anonymous = AnonymousUser()
    assert rules.can_edit_programme(staff, event)
    assert not rules.can_edit_programme(outsider, event)
    assert not rules.can_edit_programme(anonymous, event)
    assert all(rules.can_view_programme(u, event) for u in (staff, outsider, anonymous))
    event.is_public = False
    assert rules.can_view_programme(staff, event)
    assert not rules.can_view_programme(outsider, event)
    assert not rules.can_view_programme(anonymous, event)


@pytest.mark.parametrize(
    "name",
    ["events:programme", "events:programme-ics", "events:programme-pdf"],
)
def test_programme_pages_follow_the_events_listing(client, staff, outsider, event, name):
    url = reverse(name, args=[event.slug])
    assert client.get(url).status_code == 200
    Event.objects.filter(pk=event.pk).update(is_public=False)
    assert client.get(url).status_code == 404
    assert client_for(outsider).get(url).status_code == 404
    assert client_for(staff).get(url).status_code == 200


@pytest.mark.parametrize(
    "name",
    ["events:programme-manage", "events:item-create", "events:room-create"],
)
def test_programme_editing_is_for_staff(client, staff, outsider, event, name):
    url = reverse(name, args=[event.slug])
    assert client.get(url).status_code == 302  # to sign in
    assert client_for(outsider).get(url).status_code == 403
    assert client_for(staff).get(url).status_code == 200
    assert client_for(outsider).get(reverse("events:speakers")).status_code == 403


def _item_post(**overrides: str) -> dict[str, str]:
    data = {
        "kind": "briefing",
        "title_en": "Jiangsu briefing",
        "title_zh_hans": "江苏推介会",
        "topic_en": "",
        "topic_zh_hans": "",
        "starts_at": "2016-05-11T10:30",
        "ends_at": "2016-05-11T10:50",
        "room": "",
        "capacity": "",
        "description_en": "",
        "description_zh_hans": "",
        "speakers-TOTAL_FORMS": "3",
        "speakers-INITIAL_FORMS": "0",
        "speakers-MIN_NUM_FORMS": "0",
        "speakers-MAX_NUM_FORMS": "1000",
    }
    for i in range(3):
        data[f"speakers-{i}-speaker"] = ""
        data[f"speakers-{i}-role"] = "speaker"
    data.update(overrides)
    return data


def test_staff_add_an_item_in_the_events_zone_with_speakers_in_order(
    staff_client, event, hall, consul, moderator
):
    response = staff_client.post(
        reverse("events:item-create", args=[event.slug]),
        _item_post(
            **{
                "room": str(hall.pk),
                "speakers-0-speaker": str(moderator.pk),
                "speakers-0-role": "moderator",
                "speakers-2-speaker": str(consul.pk),
            }
        ),
    )
    item = AgendaItem.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#item-{item.pk}")
    assert item.starts_at == at(SUMMIT_DAY, 10, 30)
    assert list(item.roles.values_list("speaker", "role")) == [
        (moderator.pk, "moderator"),
        (consul.pk, "speaker"),
    ]


def test_room_clash_is_shown_beside_the_room_and_the_form_keeps_what_was_typed(
    staff_client, staff, event, hall
):
    services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(at(SUMMIT_DAY, 10), at(SUMMIT_DAY, 11), room=hall),
    )
    response = staff_client.post(
        reverse("events:item-create", args=[event.slug]), _item_post(room=str(hall.pk))
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert AgendaItem.objects.count() == 1
    room_field = html.split('for="id_room"')[1].split('<div class="field')[0]
    assert "Petree Hall D is already booked" in room_field
    assert 'value="江苏推介会"' in html and 'value="2016-05-11T10:30"' in html


def test_a_time_the_clocks_skip_is_refused_beside_its_field(staff_client, staff, dst_event):
    response = staff_client.post(
        reverse("events:item-create", args=[dst_event.slug]),
        _item_post(starts_at="2026-03-08T02:30", ends_at="2026-03-08T03:30"),
    )
    starts = response.content.decode().split('for="id_starts_at"')[1].split('<div class="field')[0]
    assert "does not exist in Pacific Time (Los Angeles)" in starts
    assert AgendaItem.objects.count() == 0


def test_staff_remove_an_item_after_confirming(staff_client, staff, event):
    item = services.agenda_item_create(
        actor=staff, event=event, data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10))
    )
    url = reverse("events:item-delete", args=[event.slug, item.pk])
    assert 'data-testid="confirm"' in staff_client.get(url).content.decode()
    assert AgendaItem.objects.count() == 1
    staff_client.post(url)
    assert AgendaItem.objects.count() == 0


def test_staff_add_and_order_cohosts_shown_on_the_event_page(staff_client, client, event):
    governor, chamber = OrganizationFactory.create_batch(2)
    for organization in (governor, chamber):
        staff_client.post(
            reverse("events:cohost-add", args=[event.slug]),
            {"organization": organization.pk, "role_en": "Co-host", "role_zh_hans": "联合主办"},
        )
    again = staff_client.post(
        reverse("events:cohost-add", args=[event.slug]), {"organization": governor.pk}
    )
    assert again.status_code == 400
    assert "is already a host of this event" in again.content.decode()
    chamber_host = CoHost.objects.get(organization=chamber)
    staff_client.post(
        reverse("events:cohost-change", args=[event.slug, chamber_host.pk]), {"action": "up"}
    )
    html = client.get(event.get_absolute_url()).content.decode()
    hosts = html.split('data-testid="cohosts"')[1]
    assert hosts.index(str(chamber.name)) < hosts.index(str(governor.name))


def test_staff_create_a_speaker(staff_client, organization):
    response = staff_client.post(
        reverse("events:speaker-create"),
        {
            "name_en": "",
            "name_zh_hans": "王雷",
            "title_en": "Director",
            "title_zh_hans": "处长",
            "organization": organization.pk,
            "affiliation_en": "",
            "affiliation_zh_hans": "",
        },
    )
    assert response.status_code == 302
    speaker = Speaker.objects.get()
    assert (speaker.name_zh_hans, speaker.organization) == ("王雷", organization)


def test_matchmaking_item_links_to_its_session(client, staff, event, session):
    item = services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(at(SUMMIT_DAY, 14), at(SUMMIT_DAY, 17), kind=AgendaItem.Kind.MATCHMAKING),
    )
    session_programme_item_set(actor=staff, session=session, item=item)
    Session.objects.filter(pk=session.pk).update(status=Session.Status.OPEN)
    html = client.get(reverse("events:programme", args=[event.slug])).content.decode()
    assert reverse("matchmaking:session", kwargs={"pk": session.pk}) in html
    # A session in preparation is not shown to the public: nor is its link.
    Session.objects.filter(pk=session.pk).update(status=Session.Status.DRAFT)
    html = client.get(reverse("events:programme", args=[event.slug])).content.decode()
    assert reverse("matchmaking:session", kwargs={"pk": session.pk}) not in html


def test_programme_page_queries_do_not_grow_with_items(
    client, staff, event, hall, consul, moderator, django_assert_max_num_queries
):
    services.cohost_add(actor=staff, event=event, organization=OrganizationFactory())
    for hour in range(8, 20):
        services.agenda_item_create(
            actor=staff,
            event=event,
            data=item_input(
                at(SUMMIT_DAY, hour),
                at(SUMMIT_DAY, hour, 50),
                room=hall,
                kind=AgendaItem.Kind.MATCHMAKING if hour == 14 else AgendaItem.Kind.PANEL,
                title={"en": f"Panel {hour}", "zh_hans": f"圆桌 {hour}"},
                speakers=[
                    services.SpeakerRole(moderator, AgendaItemSpeaker.Role.MODERATOR),
                    services.SpeakerRole(consul, AgendaItemSpeaker.Role.PANELLIST),
                ],
            ),
        )
    url = reverse("events:programme", args=[event.slug])
    with django_assert_max_num_queries(8):
        response = client.get(url)
    html = response.content.decode()
    # Every item and every speaker's part is on the page: counted independently.
    assert (
        html.count('data-testid="programme-item"') == AgendaItem.objects.filter(event=event).count()
    )
    assert (
        html.count("<strong>Jane Moderator</strong>")
        == AgendaItemSpeaker.objects.filter(item__event=event, speaker=moderator).count()
    )
