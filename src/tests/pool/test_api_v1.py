"""The pool's API (v1): opportunities, their review, expressions of interest and deals, with
the pages' rules. Real outcomes (the rows changed, the deal started), 409 on stale
transitions, anonymity of anonymous opportunities, flat query counts, and a permission matrix
over every operation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.conftest import client_for
from tests.factories import OrganizationFactory, RepresentativeFactory, UserFactory, api_token
from tests.factories import bearer as bearer_header
from tradebridge.api.models import ApiToken
from tradebridge.api.tokens import token_revoke
from tradebridge.pool import rules, services
from tradebridge.pool.models import Deal, DealEvent, ExchangeRate, Interest, Opportunity

from .conftest import post, publish

pytestmark = pytest.mark.django_db

BASE = "/api/v1/pool"
REVIEW = {"innovation": 4, "clarity": 3, "cooperation": 5, "language": 4, "result": "publish"}


def call(client, method, url, data=None, headers=None):
    kwargs = {"headers": headers or {}}
    if data is not None:
        kwargs.update(data=data, content_type="application/json")
    return getattr(client, method)(url, **kwargs)


# ---------------------------------------------------------------------------------------------
# Opportunities


def test_a_token_posts_submits_and_staff_publish_through_the_api(
    client, owner, organization, staff
):
    secret = api_token(owner, "pool:read", "pool:write")
    body = {
        "owner": organization.slug,
        "kind": "technology-offer",
        "title_en": "Battery recycling",
        "title_zh": "电池回收",
        "summary_en": "We recycle lithium batteries.",
        "summary_zh": "我们回收锂电池。",
        "sector": "energy",
        "region": "US-CA",
        "amount": "1500000.00",
        "currency": "USD",
        "anonymous": True,
    }
    created = call(client, "post", f"{BASE}/opportunities", body, bearer_header(secret))
    assert created.status_code == 201, created.content
    data = created.json()
    opportunity = Opportunity.objects.get(pk=data["id"])
    assert (opportunity.status, opportunity.title_zh_hans, opportunity.owner) == (
        "draft",
        "电池回收",
        organization,
    )
    assert data["title_zh"] == "电池回收" and data["owner"]["slug"] == organization.slug
    assert data["amount"]["amount"] == "1500000.00" and data["amount"]["currency"] == "USD"
    assert data["may"]["submit"] is True

    changed = call(
        client,
        "patch",
        f"{BASE}/opportunities/{opportunity.pk}",
        {"title_en": "Lithium battery recycling"},
        bearer_header(secret),
    )
    assert changed.status_code == 200
    opportunity.refresh_from_db()
    assert (opportunity.title_en, opportunity.title_zh_hans) == (
        "Lithium battery recycling",
        "电池回收",
    )

    submitted = call(
        client, "post", f"{BASE}/opportunities/{opportunity.pk}/submit", {}, bearer_header(secret)
    )
    assert submitted.status_code == 200 and submitted.json()["status"] == "in-review"
    # Stale: submitted already.
    again = call(
        client, "post", f"{BASE}/opportunities/{opportunity.pk}/submit", {}, bearer_header(secret)
    )
    assert again.status_code == 409

    staff_secret = api_token(staff, "pool:write", "pool:read")
    reviewed = call(
        client,
        "post",
        f"{BASE}/opportunities/{opportunity.pk}/review",
        REVIEW,
        bearer_header(staff_secret),
    )
    assert reviewed.status_code == 200, reviewed.content
    opportunity.refresh_from_db()
    assert opportunity.status == "published" and opportunity.published_at is not None
    review = opportunity.reviews.get()
    assert (review.innovation, review.clarity, review.cooperation, review.language) == (4, 3, 5, 4)
    assert reviewed.json()["reviews"][0]["total"] == 16
    # A second review of the same opportunity: it is no longer in review.
    stale = call(
        client,
        "post",
        f"{BASE}/opportunities/{opportunity.pk}/review",
        REVIEW,
        bearer_header(staff_secret),
    )
    assert stale.status_code == 409
    assert opportunity.reviews.count() == 1

    closed = call(
        client, "post", f"{BASE}/opportunities/{opportunity.pk}/close", {}, bearer_header(secret)
    )
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert (
        call(
            client,
            "post",
            f"{BASE}/opportunities/{opportunity.pk}/close",
            {},
            bearer_header(secret),
        ).status_code
        == 409
    )


def test_a_second_submission_is_a_conflict(client, owner, organization):
    opportunity = post(owner, organization)
    c = client_for(owner)
    assert c.post(f"{BASE}/opportunities/{opportunity.pk}/submit").status_code == 200
    response = c.post(f"{BASE}/opportunities/{opportunity.pk}/submit")
    assert response.status_code == 409
    assert Opportunity.objects.get(pk=opportunity.pk).status == "in-review"


def test_withdraw_takes_an_opportunity_back_from_review_once(owner, organization, staff):
    opportunity = post(owner, organization)
    services.opportunity_submit(actor=owner, opportunity=opportunity)
    c = client_for(owner)
    response = c.post(f"{BASE}/opportunities/{opportunity.pk}/withdraw")
    assert response.status_code == 200 and response.json()["status"] == "draft"
    assert Opportunity.objects.get(pk=opportunity.pk).status == "draft"
    stale = c.post(f"{BASE}/opportunities/{opportunity.pk}/withdraw")
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "conflict"


def test_review_needs_a_comment_to_return_and_scores_in_range(owner, organization, staff):
    opportunity = post(owner, organization)
    services.opportunity_submit(actor=owner, opportunity=opportunity)
    c = client_for(staff)
    url = f"{BASE}/opportunities/{opportunity.pk}/review"
    assert (
        c.post(url, {**REVIEW, "innovation": 6}, content_type="application/json").status_code == 422
    )
    response = c.post(url, {**REVIEW, "result": "return"}, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["details"] == {"field": "comment"}
    assert Opportunity.objects.get(pk=opportunity.pk).status == "in-review"
    ok = c.post(
        url, {**REVIEW, "result": "return", "comment": "Say more."}, content_type="application/json"
    )
    assert ok.status_code == 200 and ok.json()["status"] == "returned"


def test_the_list_filters_as_the_page_does(client, owner, organization, staff):
    solar = publish(staff, post(owner, organization))
    publish(
        staff,
        post(
            owner,
            organization,
            kind=Opportunity.Kind.JOINT_VENTURE,
            region=None,
            title={"en": "Winery joint venture", "zh_hans": "酒庄合资"},
            summary={"en": "A vineyard in Ningxia.", "zh_hans": "宁夏的葡萄园。"},
        ),
    )
    post(owner, organization)  # a draft: the owner's only
    anonymous = client.get(f"{BASE}/opportunities").json()
    assert anonymous["count"] == 2
    by_kind = client.get(f"{BASE}/opportunities", {"kind": "technology-offer"}).json()
    assert [o["id"] for o in by_kind["items"]] == [solar.pk]
    assert client.get(f"{BASE}/opportunities", {"side": "US"}).json()["count"] == 1
    assert client.get(f"{BASE}/opportunities", {"side": "CN"}).json()["count"] == 0
    assert (
        client.get(f"{BASE}/opportunities", {"region": "US-CA", "sector": "energy"}).json()["count"]
        == 1
    )
    assert (
        client.get(f"{BASE}/opportunities", {"q": "inverters"}).json()["items"][0]["id"] == solar.pk
    )
    assert client.get(f"{BASE}/opportunities", {"q": "逆变器"}).json()["items"][0]["id"] == solar.pk
    mine = client_for(owner).get(f"{BASE}/opportunities", {"status": "draft"}).json()
    assert mine["count"] == 1
    assert client.get(f"{BASE}/opportunities", {"status": "draft"}).json()["count"] == 0


def test_several_representatives_list_each_opportunity_and_interest_once(
    client, owner, organization, staff, partner, partner_org
):
    RepresentativeFactory(organization=organization)
    RepresentativeFactory(organization=organization)
    RepresentativeFactory(organization=partner_org)
    opportunity = publish(staff, post(owner, organization))
    services.interest_express(
        actor=partner, opportunity=opportunity, organization=partner_org, cooperation="x"
    )
    for c in (client, client_for(owner), client_for(staff), client_for(UserFactory())):
        assert c.get(f"{BASE}/opportunities").json()["count"] == 1
    for c in (client_for(owner), client_for(partner), client_for(staff)):
        assert c.get(f"{BASE}/interests").json()["count"] == 1


# ---------------------------------------------------------------------------------------------
# Anonymity


def test_an_anonymous_opportunity_hides_its_owner_until_the_owner_accepts(
    client, owner, organization, staff, partner, partner_org
):
    opportunity = publish(staff, post(owner, organization, anonymous=True))
    outsider = RepresentativeFactory().user
    urls = [f"{BASE}/opportunities/{opportunity.pk}", f"{BASE}/opportunities"]

    def owner_seen(c, headers=None):
        detail = c.get(urls[0], headers=headers or {}).json()
        listed = c.get(urls[1], headers=headers or {}).json()["items"]
        assert [o["id"] for o in listed] == [opportunity.pk]
        return detail["owner"], listed[0]["owner"]

    assert owner_seen(client) == (None, None)
    assert owner_seen(client_for(outsider)) == (None, None)
    assert owner_seen(Client(), bearer_header(api_token(outsider, "pool:read"))) == (None, None)
    assert owner_seen(client_for(partner)) == (None, None)
    for c in (client_for(owner), client_for(staff)):
        detail, listed = owner_seen(c)
        assert detail["slug"] == listed["slug"] == organization.slug
    # Nothing else in the answers names the owner.
    body = client.get(urls[0]).content.decode()
    assert organization.slug not in body and organization.name_en not in body

    # Expressing interest does not reveal it; the owner's acceptance does, to that side only.
    partner_client = client_for(partner)
    sent = partner_client.post(
        f"{urls[0]}/interests",
        {"organization": partner_org.slug, "cooperation": "Distribution in Jiangsu"},
        content_type="application/json",
    )
    assert sent.status_code == 201
    assert sent.json()["opportunity"]["owner"] is None
    interest_url = f"{BASE}/interests/{sent.json()['id']}"
    assert partner_client.get(interest_url).json()["opportunity"]["owner"] is None
    assert (
        partner_client.get(f"{BASE}/interests").json()["items"][0]["opportunity"]["owner"] is None
    )
    assert owner_seen(partner_client) == (None, None)
    accepted = client_for(owner).post(f"{interest_url}/accept")
    assert accepted.status_code == 200
    detail, listed = owner_seen(partner_client)
    assert detail["slug"] == listed["slug"] == organization.slug
    assert (
        partner_client.get(interest_url).json()["opportunity"]["owner"]["slug"] == organization.slug
    )
    assert owner_seen(client_for(outsider)) == (None, None)


def test_owner_shown_expression_agrees_with_the_rule(
    owner, organization, staff, partner, partner_org
):
    anonymous = publish(staff, post(owner, organization, anonymous=True))
    named = publish(staff, post(owner, organization))
    accepted = publish(staff, post(owner, organization, anonymous=True))
    interest = services.interest_express(
        actor=partner, opportunity=accepted, organization=partner_org, cooperation="x"
    )
    services.interest_answer(actor=owner, interest=interest, accept=True)
    from django.contrib.auth.models import AnonymousUser

    for user in (AnonymousUser(), owner, staff, partner, RepresentativeFactory().user):
        shown = dict(Opportunity.objects.annotate(s=rules.owner_shown(user)).values_list("pk", "s"))
        for opportunity in (anonymous, named, accepted):
            assert shown[opportunity.pk] == rules.shows_owner(user, opportunity)


# ---------------------------------------------------------------------------------------------
# Interests and deals


@pytest.fixture
def interest(staff, owner, organization, partner, partner_org):
    opportunity = publish(staff, post(owner, organization))
    return services.interest_express(
        actor=partner, opportunity=opportunity, organization=partner_org, cooperation="Supply"
    )


def test_accept_starts_a_deal_and_a_second_answer_is_a_conflict(owner, partner, interest):
    c = client_for(owner)
    response = c.post(f"{BASE}/interests/{interest.pk}/accept")
    assert response.status_code == 200
    deal = Deal.objects.get(interest=interest)
    assert response.json()["status"] == "accepted" and response.json()["deal"] == deal.pk
    assert c.post(f"{BASE}/interests/{interest.pk}/decline").status_code == 409
    assert client_for(partner).post(f"{BASE}/interests/{interest.pk}/withdraw").status_code == 409
    assert Interest.objects.get(pk=interest.pk).status == "accepted"
    assert Deal.objects.filter(interest=interest).count() == 1


def test_withdraw_by_the_interested_side_then_the_owner_cannot_answer(owner, partner, interest):
    assert client_for(owner).post(f"{BASE}/interests/{interest.pk}/withdraw").status_code == 403
    response = client_for(partner).post(f"{BASE}/interests/{interest.pk}/withdraw")
    assert response.status_code == 200 and response.json()["status"] == "withdrawn"
    assert client_for(owner).post(f"{BASE}/interests/{interest.pk}/accept").status_code == 409
    assert not Deal.objects.exists()


def test_a_second_live_interest_is_a_conflict(partner, partner_org, interest):
    response = client_for(partner).post(
        f"{BASE}/opportunities/{interest.opportunity_id}/interests",
        {"organization": partner_org.slug, "cooperation": "Again"},
        content_type="application/json",
    )
    assert response.status_code == 409
    assert Interest.objects.count() == 1


def test_interests_sent_and_received(owner, partner, interest):
    assert client_for(partner).get(f"{BASE}/interests", {"role": "sent"}).json()["count"] == 1
    assert client_for(partner).get(f"{BASE}/interests", {"role": "received"}).json()["count"] == 0
    assert client_for(owner).get(f"{BASE}/interests", {"role": "received"}).json()["count"] == 1
    assert client_for(owner).get(f"{BASE}/interests", {"role": "sent"}).json()["count"] == 0
    assert client_for(RepresentativeFactory().user).get(f"{BASE}/interests").json()["count"] == 0


@pytest.fixture
def deal(owner, interest):
    services.interest_answer(actor=owner, interest=interest, accept=True)
    return Deal.objects.get(interest=interest)


def test_deal_moves_conditionally_with_history(owner, partner, deal):
    ExchangeRate.objects.create(cny_per_usd=Decimal("7.0000"), as_of=dt.date(2026, 11, 30))
    c = client_for(partner)
    url = f"{BASE}/deals/{deal.pk}"
    moved = c.post(
        f"{url}/move",
        {"from_stage": "interest", "stage": "meeting", "note": "Met in Nanjing"},
        content_type="application/json",
    )
    assert moved.status_code == 200, moved.content
    assert Deal.objects.get(pk=deal.pk).stage == "meeting"
    history = moved.json()["history"]
    assert [(h["from_stage"], h["to_stage"]) for h in history] == [
        ("", "interest"),
        ("interest", "meeting"),
    ]
    assert history[-1]["note"] == "Met in Nanjing"
    # The owner saw the old stage: refused, nothing changes.
    stale = client_for(owner).post(
        f"{url}/move",
        {"from_stage": "interest", "stage": "negotiation"},
        content_type="application/json",
    )
    assert stale.status_code == 409
    assert Deal.objects.get(pk=deal.pk).stage == "meeting"
    assert DealEvent.objects.filter(deal=deal).count() == 2

    note = c.post(f"{url}/notes", {"note": "Samples sent"}, content_type="application/json")
    assert (
        note.status_code == 201
        and note.json()["to_stage"] == note.json()["from_stage"] == "meeting"
    )
    figures = client_for(owner).patch(
        url,
        {"amount": "7000000", "currency": "CNY", "jobs_created": 12},
        content_type="application/json",
    )
    assert figures.status_code == 200
    amount = figures.json()["amount"]
    assert (
        amount["amount"],
        amount["currency"],
        amount["converted_amount"],
        amount["converted_currency"],
    ) == (
        "7000000.00",
        "CNY",
        "1000000",
        "USD",
    )
    stored = Deal.objects.get(pk=deal.pk)
    assert (stored.amount, stored.currency, stored.jobs_created) == (Decimal("7000000"), "CNY", 12)
    closing = c.post(
        f"{url}/move", {"from_stage": "meeting", "stage": "closed"}, content_type="application/json"
    )
    assert closing.status_code == 400
    assert closing.json()["error"]["details"] == {"field": "close_reason"}


def test_deals_are_listed_to_their_parties_and_staff(owner, partner, staff, deal):
    assert client_for(owner).get(f"{BASE}/deals").json()["count"] == 1
    assert client_for(partner).get(f"{BASE}/deals").json()["count"] == 1
    assert client_for(staff).get(f"{BASE}/deals").json()["count"] == 1
    assert client_for(RepresentativeFactory().user).get(f"{BASE}/deals").json()["count"] == 0
    assert client_for(staff).get(f"{BASE}/deals", {"stage": "signed"}).json()["count"] == 0


def test_an_event_limited_token_sees_only_its_events_deals(owner, deal, event):
    secret = api_token(owner, "pool:read", event=event)
    assert Client().get(f"{BASE}/deals", headers=bearer_header(secret)).json()["count"] == 0
    assert Client().get(f"{BASE}/deals/{deal.pk}", headers=bearer_header(secret)).status_code == 404
    Deal.objects.filter(pk=deal.pk).update(event=event)
    assert Client().get(f"{BASE}/deals", headers=bearer_header(secret)).json()["count"] == 1
    assert Client().get(f"{BASE}/deals/{deal.pk}", headers=bearer_header(secret)).status_code == 200


# ---------------------------------------------------------------------------------------------
# Query counts


def _queries(c, url):
    with CaptureQueriesContext(connection) as captured:
        response = c.get(url)
    assert response.status_code == 200, response.content
    return len(captured)


def test_list_query_counts_do_not_grow_with_the_page(
    owner, organization, staff, partner, partner_org
):
    def grow():
        opportunity = publish(staff, post(owner, organization, anonymous=True))
        interest = services.interest_express(
            actor=partner, opportunity=opportunity, organization=partner_org, cooperation="x"
        )
        services.interest_answer(actor=owner, interest=interest, accept=True)
        services.deal_note(actor=owner, deal=Deal.objects.get(interest=interest), note="n")

    ExchangeRate.objects.create(cny_per_usd=Decimal("7.1"), as_of=dt.date(2026, 1, 1))
    grow()
    urls = [f"{BASE}/opportunities", f"{BASE}/interests", f"{BASE}/deals"]
    clients = [client_for(partner), client_for(staff), Client()]
    before = {
        (i, u): _queries(c, u) for i, c in enumerate(clients) for u in urls if i < 2 or u == urls[0]
    }
    for _ in range(4):
        grow()
    after = {
        (i, u): _queries(c, u) for i, c in enumerate(clients) for u in urls if i < 2 or u == urls[0]
    }
    assert after == before
    assert client_for(partner).get(urls[0]).json()["count"] == 5


# ---------------------------------------------------------------------------------------------
# Permission matrix


@pytest.fixture
def world(staff, owner, organization, partner, partner_org):
    draft = post(owner, organization)
    in_review = post(owner, organization)
    services.opportunity_submit(actor=owner, opportunity=in_review)
    public = publish(staff, post(owner, organization))
    members = publish(staff, post(owner, organization, visibility=Opportunity.Visibility.MEMBERS))
    pending = services.interest_express(
        actor=partner, opportunity=public, organization=partner_org, cooperation="x"
    )
    accepted = services.interest_express(
        actor=partner, opportunity=members, organization=partner_org, cooperation="y"
    )
    services.interest_answer(actor=owner, interest=accepted, accept=True)
    stranger_org = OrganizationFactory()
    stranger = RepresentativeFactory(organization=stranger_org).user
    return {
        "draft": draft,
        "in_review": in_review,
        "public": public,
        "members": members,
        "pending": pending,
        "deal": Deal.objects.get(interest=accepted),
        "stranger": stranger,
        "stranger_org": stranger_org,
    }


def _caller(kind, world, owner, staff):
    """(client, headers) for a kind of caller; the owner acts for ``organization``."""
    if kind == "anonymous":
        return Client(), {}
    if kind == "owner session":
        return client_for(owner), {}
    if kind == "owner token":
        return Client(), bearer_header(api_token(owner, "pool:read", "pool:write"))
    if kind == "owner wrong scope":
        return Client(), bearer_header(api_token(owner, "news:read", "news:write"))
    if kind == "owner read only":
        return Client(), bearer_header(api_token(owner, "pool:read"))
    if kind == "expired":
        secret = api_token(owner, "pool:read", "pool:write")
        ApiToken.objects.filter(user=owner).update(expires_at=timezone.now() - dt.timedelta(days=1))
        return Client(), bearer_header(secret)
    if kind == "revoked":
        secret = api_token(owner, "pool:read", "pool:write")
        token_revoke(actor=owner, token_id=ApiToken.objects.filter(user=owner).latest("pk").pk)
        return Client(), bearer_header(secret)
    if kind == "other org":
        return client_for(world["stranger"]), {}
    if kind == "staff session":
        return client_for(staff), {}
    if kind == "staff token":
        return Client(), bearer_header(api_token(staff, "pool:read", "pool:write"))
    raise AssertionError(kind)


CALLERS = [
    "anonymous",
    "owner session",
    "owner token",
    "owner wrong scope",
    "owner read only",
    "expired",
    "revoked",
    "other org",
    "staff session",
    "staff token",
]


def _expect(base, **overrides):
    """Expected statuses by caller: ``base`` for everyone signed in with the scope, and the
    usual answers of anonymous, wrong-scope, expired and revoked callers."""
    out = dict.fromkeys(CALLERS, base)
    out.update({"owner wrong scope": 403, "expired": 401, "revoked": 401})
    out.update(overrides)
    return out


def _read(anon, owner_, other, staff_=200):
    return _expect(
        owner_,
        anonymous=anon,
        **{"owner session": owner_, "owner token": owner_, "owner read only": owner_},
        **{"other org": other, "staff session": staff_, "staff token": staff_},
    )


def _write(owner_, other, staff_, anon=401):
    return _expect(
        owner_,
        anonymous=anon,
        **{
            "owner read only": 403,
            "other org": other,
            "staff session": staff_,
            "staff token": staff_,
        },
    )


OPPORTUNITY = {
    "kind": "business-offer",
    "title_en": "Wine export",
    "summary_en": "Napa wines for Shanghai.",
}

MATRIX = [
    ("get", "/opportunities", None, _read(200, 200, 200)),
    ("get", "/opportunities/{public}", None, _read(200, 200, 200)),
    ("get", "/opportunities/{members}", None, _read(404, 200, 200)),
    ("get", "/opportunities/{draft}", None, _read(404, 200, 404)),
    ("post", "/opportunities", "own", _write(201, 403, 201)),
    ("patch", "/opportunities/{draft}", {"title_en": "New"}, _write(200, 404, 200)),
    ("patch", "/opportunities/{public}", {"title_en": "New"}, _write(403, 403, 200)),
    ("post", "/opportunities/{draft}/submit", {}, _write(200, 404, 200)),
    ("post", "/opportunities/{in_review}/withdraw", {}, _write(200, 404, 200)),
    ("post", "/opportunities/{public}/close", {}, _write(200, 403, 200)),
    ("post", "/opportunities/{in_review}/review", REVIEW, _write(403, 404, 200)),
    ("post", "/opportunities/{public}/interests", "interest", _write(403, 201, 403)),
    ("get", "/interests", None, _read(401, 200, 200)),
    ("get", "/interests/{pending}", None, _read(401, 200, 404)),
    ("post", "/interests/{pending}/accept", {}, _write(200, 404, 200)),
    ("post", "/interests/{pending}/decline", {}, _write(200, 404, 200)),
    ("post", "/interests/{pending}/withdraw", {}, _write(403, 404, 403)),
    ("get", "/deals", None, _read(401, 200, 200)),
    ("get", "/deals/{deal}", None, _read(401, 200, 404)),
    (
        "post",
        "/deals/{deal}/move",
        {"from_stage": "interest", "stage": "meeting"},
        _write(200, 404, 200),
    ),
    ("post", "/deals/{deal}/notes", {"note": "Call on Monday"}, _write(201, 404, 201)),
    ("patch", "/deals/{deal}", {"amount": "10", "currency": "USD"}, _write(200, 404, 200)),
]


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(
    ("method", "path", "body", "expected"), MATRIX, ids=[f"{m} {p}" for m, p, _b, _e in MATRIX]
)
def test_permission_matrix(world, owner, organization, staff, method, path, body, expected, caller):
    c, headers = _caller(caller, world, owner, staff)
    url = BASE + path.format(**{k: getattr(v, "pk", v) for k, v in world.items()})
    if body == "own":
        body = {**OPPORTUNITY, "owner": organization.slug}
    elif body == "interest":
        body = {"organization": world["stranger_org"].slug, "cooperation": "Import"}
    response = call(c, method, url, body, headers)
    assert response.status_code == expected[caller], response.content
    assert "error" in response.json() if response.status_code >= 400 else True


def test_a_patch_with_null_for_a_required_field_is_refused_not_defaulted(owner, organization):
    opportunity = post(owner, organization, visibility=Opportunity.Visibility.PRIVATE)
    c = client_for(owner)
    url = f"{BASE}/opportunities/{opportunity.pk}"
    response = c.patch(url, {"visibility": None}, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["details"] == {"field": "visibility"}
    assert Opportunity.objects.get(pk=opportunity.pk).visibility == "private"
    cleared = c.patch(url, {"amount": None, "sector": None}, content_type="application/json")
    assert cleared.status_code == 200
    stored = Opportunity.objects.get(pk=opportunity.pk)
    assert (stored.amount, stored.sector, stored.visibility) == (None, None, "private")
