"""From match-making to the pipeline: meeting outcomes and the follow-up survey move deals;
the board counts what an independent count finds; an organization sees only its own deals."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.conftest import client_for
from tests.matchmaking.conftest import cn, event, make_participant, session, us  # noqa: F401
from tradebridge.matchmaking import services as mm
from tradebridge.matchmaking.models import Meeting, MeetingOutcome
from tradebridge.notifications.models import Notification
from tradebridge.pool import services
from tradebridge.pool.models import Deal, SurveyAnswer, SurveyDispatch
from tradebridge.pool.selectors import BoardFilters, board
from tradebridge.pool.surveys import survey_token, surveys_due

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(staff, session, cn, us):  # noqa: F811
    return mm.meeting_add(actor=staff, session=session, first=cn[0], second=us[0])


def report(meeting, side, *, interest=1, next_step="none", held=True):
    participant, user = side
    return mm.outcome_report(
        actor=user, meeting=meeting, participant=participant, held=held,
        interest=interest, next_step=next_step,
    )  # fmt: skip


def test_an_outcome_with_interest_starts_a_deal_at_meeting_held(meeting, cn, us):  # noqa: F811
    report(meeting, cn, interest=MeetingOutcome.Interest.SOME)
    deal = Deal.objects.get()
    assert deal.stage == Deal.Stage.MEETING
    assert list(deal.meetings.all()) == [meeting]
    assert deal.event_id == meeting.session.event_id
    assert {deal.first_id, deal.second_id} == {cn[0].organization_id, us[0].organization_id}
    assert list(deal.events.values_list("to_stage", flat=True)) == ["interest", "meeting"]


def test_both_sides_reporting_make_one_deal_and_agreement_means_negotiation(meeting, cn, us):  # noqa: F811
    report(meeting, cn, interest=MeetingOutcome.Interest.STRONG)
    report(meeting, us, interest=MeetingOutcome.Interest.STRONG, next_step="agreement")
    deal = Deal.objects.get()
    assert deal.stage == Deal.Stage.NEGOTIATION


def test_no_interest_or_no_meeting_starts_nothing(meeting, cn, us):  # noqa: F811
    report(meeting, cn, interest=MeetingOutcome.Interest.NONE)
    report(meeting, us, held=False)
    assert not Deal.objects.exists()


def test_survey_answers_advance_never_back_and_no_cooperation_closes(meeting, cn, us):  # noqa: F811
    org = cn[0].organization
    deal = services.survey_answer(meeting=meeting, organization=org, answer="negotiation", by=cn[1])
    assert deal.stage == Deal.Stage.NEGOTIATION
    deal = services.survey_answer(meeting=meeting, organization=org, answer="possible", by=cn[1])
    assert deal.stage == Deal.Stage.NEGOTIATION  # never back
    deal = services.survey_answer(meeting=meeting, organization=org, answer="agreement", by=cn[1])
    assert deal.stage == Deal.Stage.MOU
    # "No cooperation" closes only a deal that has not gone beyond the meeting.
    deal = services.survey_answer(
        meeting=meeting, organization=org, answer="no-cooperation", by=cn[1]
    )
    assert deal.stage == Deal.Stage.MOU
    assert SurveyAnswer.objects.get().answer == "no-cooperation"


def test_no_cooperation_closes_a_fresh_deal(meeting, cn, us):  # noqa: F811
    report(meeting, us, interest=MeetingOutcome.Interest.SOME)
    deal = services.survey_answer(
        meeting=meeting, organization=cn[0].organization, answer="no-cooperation", by=cn[1]
    )
    assert (deal.stage, deal.close_reason) == ("closed", "no-cooperation")


def test_the_survey_is_sent_once_in_each_language_with_working_links(staff, meeting, cn, us):  # noqa: F811
    cn_user = cn[1]
    cn_user.language = "zh-hans"
    cn_user.save()
    summit = meeting.session.event
    dispatch = services.survey_schedule(actor=staff, event=summit)
    # The day after the event's last day, 09:00 in its time zone, plus the delay (14 days).
    assert dispatch.due_at.isoformat() == "2016-05-26T09:00:00-07:00"
    assert surveys_due(now=dispatch.due_at - dt.timedelta(seconds=1)) == 0
    assert surveys_due(now=timezone.now() + dt.timedelta(days=9999)) == 1
    assert surveys_due(now=timezone.now() + dt.timedelta(days=9999)) == 0  # once
    assert SurveyDispatch.objects.get().status == "sent"
    zh = Notification.objects.get(user=cn_user, kind="pool/notifications/survey")
    en = Notification.objects.get(user=us[1], kind="pool/notifications/survey")
    assert "会谈" in zh.subject or "洽谈" in zh.subject
    assert "meetings" in en.subject
    links = re.findall(r"https?://\S+", en.body)
    assert len(links) == 4
    path = links[2].split("://", 1)[1].split("/", 1)[1]
    anyone = client_for(staff).__class__()
    # Opening the link answers nothing; the button does.
    assert anyone.get("/" + path).status_code == 200
    assert not SurveyAnswer.objects.exists()
    assert anyone.post("/" + path).status_code == 200
    answer = SurveyAnswer.objects.get()
    assert (answer.organization, answer.answer, answer.by) == (
        us[0].organization,
        "negotiation",
        us[1],
    )
    assert Deal.objects.get().stage == Deal.Stage.NEGOTIATION
    assert len(mail.outbox) >= 2


def test_an_altered_survey_link_is_refused(meeting, cn, us, client):  # noqa: F811
    token = survey_token(
        meeting_id=meeting.pk, organization_id=cn[0].organization_id, user_id=cn[1].pk
    )
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert client.get(reverse("pool:survey", args=[tampered, "agreement"])).status_code == 404
    assert client.get(reverse("pool:survey", args=[token, "bogus"])).status_code == 404
    assert client.get(reverse("pool:survey", args=[token, "agreement"])).status_code == 200


def test_board_counts_equal_independent_counts_and_filters(staff, session, meeting, cn, us):  # noqa: F811
    report(meeting, cn, interest=MeetingOutcome.Interest.SOME)
    other_a, _ = make_participant(session, side="CN", name="Zhejiang Water")
    other_b, _ = make_participant(session, side="US", name="Sacramento Water")
    second = mm.meeting_add(actor=staff, session=session, first=other_a, second=other_b)
    services.survey_answer(
        meeting=second, organization=other_a.organization, answer="agreement", by=None
    )
    columns = {c["stage"]: c["count"] for c in board(user=staff)}
    for stage in Deal.Stage.values:
        assert columns[stage] == sum(1 for d in Deal.objects.all() if d.stage == stage)
    assert sum(columns.values()) == Meeting.objects.filter(deals__isnull=False).distinct().count()
    by_region = {
        c["stage"]: c["count"]
        for c in board(user=staff, filters=BoardFilters(region=us[0].organization.region.code))
    }
    assert sum(by_region.values()) == sum(
        1
        for d in Deal.objects.select_related("first__region", "second__region")
        if "US-CA"
        in (d.first.region and d.first.region.code, d.second.region and d.second.region.code)
    )
    page = client_for(staff).get(reverse("pool:board")).content.decode()
    assert 'data-testid="count-mou">1<' in page
    assert 'data-testid="count-meeting">1<' in page


def test_an_organization_sees_only_its_own_deals(staff, session, meeting, cn, us, outsider):  # noqa: F811
    report(meeting, cn, interest=MeetingOutcome.Interest.SOME)
    deal = Deal.objects.get()
    page = client_for(cn[1]).get(reverse("pool:deals")).content.decode()
    assert reverse("pool:deal", args=[deal.pk]) in page
    page = client_for(outsider).get(reverse("pool:deals")).content.decode()
    assert reverse("pool:deal", args=[deal.pk]) not in page
    assert client_for(outsider).get(reverse("pool:deal", args=[deal.pk])).status_code == 404


def test_the_board_reads_a_fixed_number_of_queries(
    staff, session, meeting, cn, us, django_assert_max_num_queries  # noqa: F811
):
    report(meeting, cn, interest=MeetingOutcome.Interest.SOME)
    for n in range(4):
        a, _ = make_participant(session, side="CN", name=f"Extra CN {n}")
        b, _ = make_participant(session, side="US", name=f"Extra US {n}")
        m = mm.meeting_add(actor=staff, session=session, first=a, second=b)
        services.survey_answer(meeting=m, organization=a.organization, answer="agreement", by=None)
    client = client_for(staff)
    with django_assert_max_num_queries(20):
        assert client.get(reverse("pool:board")).status_code == 200
