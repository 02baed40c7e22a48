"""The opportunity's life: draft, review, publication; attachments; interest and deals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tradebridge.directory.contacts import contact_grants
from tradebridge.directory.rules import can_view_contacts
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.notifications.models import Notification
from tradebridge.pool import services
from tradebridge.pool.models import Deal, DealEvent, Interest, Opportunity, Review
from tradebridge.pool.services import DealFigures, ReviewInput, StageInput

from .conftest import opportunity_input, post, publish

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_draft_is_kept_with_both_languages_and_a_search_document(owner, organization):
    opportunity = post(owner, organization)
    assert opportunity.status == Opportunity.Status.DRAFT
    assert opportunity.title_zh_hans == "屋顶光伏逆变器"
    assert "屋顶光伏逆变器" in opportunity.search_document
    assert "rooftop solar inverters" in opportunity.search_document


def test_an_outsider_cannot_post_for_another_organization(outsider, organization):
    with pytest.raises(NotAllowed):
        post(outsider, organization)


def test_a_title_in_one_language_is_enough_but_none_is_refused(owner, organization):
    post(owner, organization, title={"zh_hans": "只有中文"})
    with pytest.raises(ApplicationError) as error:
        post(owner, organization, title={"en": " ", "zh_hans": ""})
    assert error.value.details == {"field": "title"}


def test_review_publishes_and_tells_the_owner_in_its_language(staff, owner, organization):
    owner.language = "zh-hans"
    owner.save()
    opportunity = post(owner, organization)
    services.opportunity_submit(actor=owner, opportunity=opportunity)
    review = services.opportunity_review(
        actor=staff,
        opportunity=opportunity,
        data=ReviewInput(innovation=5, clarity=4, cooperation=3, language=2, result="publish"),
    )
    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.PUBLISHED
    assert opportunity.published_at is not None
    assert review.total == 14
    note = Notification.objects.get(user=owner, kind="pool/notifications/reviewed")
    assert "已发布" in note.subject or "发布" in note.subject
    assert "屋顶光伏逆变器" in note.subject


def test_return_needs_a_comment_and_lets_the_owner_edit_again(staff, owner, organization):
    opportunity = post(owner, organization)
    services.opportunity_submit(actor=owner, opportunity=opportunity)
    with pytest.raises(ApplicationError) as error:
        services.opportunity_review(
            actor=staff,
            opportunity=opportunity,
            data=ReviewInput(innovation=1, clarity=1, cooperation=1, language=1, result="return"),
        )
    assert error.value.details == {"field": "comment"}
    services.opportunity_review(
        actor=staff,
        opportunity=opportunity,
        data=ReviewInput(
            innovation=1, clarity=1, cooperation=1, language=1, result="return",
            comment="Say what partner you need.",
        ),
    )  # fmt: skip
    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.RETURNED
    body = Notification.objects.get(user=owner, kind="pool/notifications/reviewed").body
    assert "Say what partner you need." in body
    services.opportunity_update(
        actor=owner,
        opportunity=opportunity,
        data=opportunity_input(partner_role={"en": "A distributor"}),
    )
    services.opportunity_submit(actor=owner, opportunity=opportunity)
    assert Opportunity.objects.get(pk=opportunity.pk).status == Opportunity.Status.IN_REVIEW


def test_a_reviewed_opportunity_cannot_be_reviewed_twice(staff, owner, organization):
    opportunity = publish(staff, post(owner, organization))
    stale = Opportunity.objects.get(pk=opportunity.pk)
    with pytest.raises(ApplicationError) as error:
        services.opportunity_review(
            actor=staff,
            opportunity=stale,
            data=ReviewInput(
                innovation=0, clarity=0, cooperation=0, language=0, result="reject", comment="x"
            ),
        )
    assert error.value.code == "conflict"
    assert Review.objects.filter(opportunity=opportunity).count() == 1


def test_scores_outside_zero_to_five_are_refused(staff, owner, organization):
    opportunity = post(owner, organization)
    services.opportunity_submit(actor=owner, opportunity=opportunity)
    with pytest.raises(ApplicationError) as error:
        services.opportunity_review(
            actor=staff,
            opportunity=opportunity,
            data=ReviewInput(innovation=6, clarity=1, cooperation=1, language=1, result="publish"),
        )
    assert error.value.details == {"field": "innovation"}


def test_only_staff_review(owner, organization):
    opportunity = post(owner, organization)
    services.opportunity_submit(actor=owner, opportunity=opportunity)
    with pytest.raises(NotAllowed):
        services.opportunity_review(
            actor=owner,
            opportunity=opportunity,
            data=ReviewInput(innovation=5, clarity=5, cooperation=5, language=5, result="publish"),
        )


def test_the_owner_cannot_edit_a_published_opportunity(staff, owner, organization):
    opportunity = publish(staff, post(owner, organization))
    with pytest.raises(NotAllowed):
        services.opportunity_update(actor=owner, opportunity=opportunity, data=opportunity_input())


def test_attachments_must_be_pdf_by_content_and_small(owner, organization):
    opportunity = post(owner, organization)
    attachment = services.attachment_add(
        actor=owner, opportunity=opportunity, upload=SimpleUploadedFile("plan.pdf", PDF)
    )
    assert attachment.size == len(PDF)
    with pytest.raises(ApplicationError) as error:
        services.attachment_add(
            actor=owner,
            opportunity=opportunity,
            upload=SimpleUploadedFile("fake.pdf", b"<html><script>alert(1)</script></html>"),
        )
    assert error.value.code == "not_pdf"
    big = PDF[:-6] + b"0" * (services.MAX_ATTACHMENT_BYTES) + b"%%EOF\n"
    with pytest.raises(ApplicationError) as error:
        services.attachment_add(
            actor=owner, opportunity=opportunity, upload=SimpleUploadedFile("big.pdf", big)
        )
    assert error.value.code == "too_large"
    assert opportunity.attachments.count() == 1


def test_accepting_an_interest_opens_contacts_both_ways_and_starts_a_deal(
    owner, organization, published, partner, partner_org
):
    assert not can_view_contacts(partner, organization)
    interest = services.interest_express(
        actor=partner, opportunity=published, organization=partner_org,
        cooperation="Licence for the Chinese market", questions="Which certifications?",
    )  # fmt: skip
    assert Notification.objects.filter(user=owner, kind="pool/notifications/interest").exists()
    assert not can_view_contacts(partner, organization)
    services.interest_answer(actor=owner, interest=interest, accept=True)
    assert can_view_contacts(partner, organization)
    assert can_view_contacts(owner, partner_org)
    grants = contact_grants(user=partner, organization=organization)
    assert [(g.source, g.kind, g.object_id) for g in grants] == [("pool", "interest", interest.pk)]
    deal = Deal.objects.get(interest=interest)
    assert (deal.first, deal.second, deal.stage) == (organization, partner_org, Deal.Stage.INTEREST)
    assert list(DealEvent.objects.filter(deal=deal).values_list("from_stage", "to_stage")) == [
        ("", "interest")
    ]


def test_a_declined_interest_opens_nothing(owner, organization, published, partner, partner_org):
    interest = services.interest_express(
        actor=partner, opportunity=published, organization=partner_org, cooperation="x"
    )
    services.interest_answer(actor=owner, interest=interest, accept=False)
    assert not can_view_contacts(partner, organization)
    assert not Deal.objects.exists()


def test_one_live_interest_per_organization(published, partner, partner_org):
    services.interest_express(
        actor=partner, opportunity=published, organization=partner_org, cooperation="x"
    )
    with pytest.raises(ApplicationError) as error:
        services.interest_express(
            actor=partner, opportunity=published, organization=partner_org, cooperation="y"
        )
    assert error.value.code == "duplicate"


def test_the_owner_cannot_express_interest_in_its_own_opportunity(owner, organization, published):
    with pytest.raises(NotAllowed):
        services.interest_express(
            actor=owner, opportunity=published, organization=organization, cooperation="x"
        )


def test_a_withdrawn_interest_cannot_be_accepted(owner, published, partner, partner_org):
    interest = services.interest_express(
        actor=partner, opportunity=published, organization=partner_org, cooperation="x"
    )
    stale = Interest.objects.get(pk=interest.pk)
    services.interest_withdraw(actor=partner, interest=interest)
    with pytest.raises(ApplicationError):
        services.interest_answer(actor=owner, interest=stale, accept=True)
    assert not Deal.objects.exists()


def _deal(owner, published, partner, partner_org) -> Deal:
    interest = services.interest_express(
        actor=partner, opportunity=published, organization=partner_org, cooperation="x"
    )
    services.interest_answer(actor=owner, interest=interest, accept=True)
    return Deal.objects.get(interest=interest)


def test_a_deal_moves_with_dated_notes_and_figures(owner, published, partner, partner_org):
    deal = _deal(owner, published, partner, partner_org)
    services.deal_move(
        actor=partner, deal=deal, data=StageInput(stage="negotiation", note="Term sheet")
    )
    services.deal_move(
        actor=owner, deal=deal, data=StageInput(stage="signed", note="Signed in Nanjing")
    )
    services.deal_set_figures(
        actor=owner,
        deal=deal,
        data=DealFigures(amount=Decimal("1500000"), currency="USD", jobs_created=12),
    )
    deal.refresh_from_db()
    assert deal.stage == "signed" and deal.signed_at is not None
    assert (deal.amount, deal.jobs_created) == (Decimal("1500000"), 12)
    assert list(deal.events.values_list("from_stage", "to_stage", "note")) == [
        ("", "interest", "x"),
        ("interest", "negotiation", "Term sheet"),
        ("negotiation", "signed", "Signed in Nanjing"),
    ]


def test_a_stale_stage_move_fails_and_says_so(owner, published, partner, partner_org):
    deal = _deal(owner, published, partner, partner_org)
    stale = Deal.objects.get(pk=deal.pk)
    services.deal_move(actor=owner, deal=deal, data=StageInput(stage="negotiation"))
    with pytest.raises(ApplicationError) as error:
        services.deal_move(actor=partner, deal=stale, data=StageInput(stage="mou"))
    assert error.value.code == "conflict"
    assert Deal.objects.get(pk=deal.pk).stage == "negotiation"


def test_closing_needs_a_reason(owner, published, partner, partner_org):
    deal = _deal(owner, published, partner, partner_org)
    with pytest.raises(ApplicationError):
        services.deal_move(actor=owner, deal=deal, data=StageInput(stage="closed"))
    services.deal_move(
        actor=owner, deal=deal, data=StageInput(stage="closed", close_reason="no-agreement")
    )
    assert Deal.objects.get(pk=deal.pk).close_reason == "no-agreement"


def test_an_outsider_cannot_move_a_deal(owner, published, partner, partner_org, outsider):
    deal = _deal(owner, published, partner, partner_org)
    with pytest.raises(NotAllowed):
        services.deal_move(actor=outsider, deal=deal, data=StageInput(stage="negotiation"))


def test_personal_data_export_and_erase(owner, published, partner, partner_org):
    from tradebridge.accounts.personal_data import Identifiers
    from tradebridge.pool.personal_data import pool_erase, pool_export

    deal = _deal(owner, published, partner, partner_org)
    services.deal_note(actor=partner, deal=deal, note="Call Li Wei tomorrow")
    sections = {s.key: s for s in pool_export(partner)}
    assert [r["cooperation"] for r in sections["pool_interests"].rows] == ["x"]
    assert [r["note"] for r in sections["pool_deal_notes"].rows] == ["Call Li Wei tomorrow"]
    counts = pool_erase(partner, Identifiers.of([partner.email]))
    assert counts == {"pool_interest_texts": 1, "pool_deal_notes": 1}
    assert Interest.objects.get(deal=deal).cooperation == ""
    assert Deal.objects.get(pk=deal.pk).stage == "interest"  # the pipeline stays
