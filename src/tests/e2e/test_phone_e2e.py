"""The representative's day on a 390 px phone, in both languages: no page scrolls sideways, the
menu folds behind a button, the meeting now and next come first with the table number; and the
agenda stays readable with the network cut, saying when it was last updated."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db.models import F
from django.utils import timezone
from playwright.sync_api import Browser, expect

from tests.factories import OrganizationFactory, RepresentativeFactory
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import Placement, ScheduleRun, Session, Slot

from .test_matchmaking_e2e import CN_NAME, PASSWORD, US_NAME, summit  # noqa: F401

PHONE = {"width": 390, "height": 844}
LONG_US = "Golden State Renewable Energy Storage and Grid Integration Solutions, Incorporated"


@pytest.fixture
def day(summit):  # noqa: F811
    """The Chinese representative's published agenda with two meetings, one of them under way
    (the session moved in time so that its first slot started five minutes ago), partners
    with long names in both languages and an interpreter."""
    staff, session = summit["staff"], summit["session"]
    cn = session.participants.get(organization__side="CN")
    us = session.participants.get(organization__side="US")
    long_org = OrganizationFactory(
        side="US",
        name_en=LONG_US,
        name_zh_hans="金州可再生能源储能与电网集成解决方案公司",
        name=LONG_US,
        contact_email="procurement.department.long.address@goldenstate-renewables.example.com",
    )
    RepresentativeFactory(organization=long_org)
    other = services.participant_add(actor=staff, session=session, organization=long_org)
    meetings = [
        services.meeting_add(actor=staff, session=session, first=cn, second=us),
        services.meeting_add(actor=staff, session=session, first=cn, second=other),
    ]
    run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    slots = list(session.slots.order_by("index"))
    tables = list(session.tables.order_by("number"))
    interpreter = session.interpreters.get()
    Placement.objects.create(
        run=run, meeting=meetings[0], slot=slots[0], table=tables[1], interpreter=interpreter
    )
    Placement.objects.create(run=run, meeting=meetings[1], slot=slots[2], table=tables[2])
    scheduling.run_publish(actor=staff, run=run)
    delta = timezone.now() - dt.timedelta(minutes=5) - slots[0].starts_at
    Slot.objects.filter(session=session).update(
        starts_at=F("starts_at") + delta, ends_at=F("ends_at") + delta
    )
    Session.objects.filter(pk=session.pk).update(
        starts_at=F("starts_at") + delta, ends_at=F("ends_at") + delta
    )
    return {**summit, "cn": cn, "us": us, "other": other, "meetings": meetings}


def _phone(browser: Browser, live_server, language: str, email: str):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form:has(input[name=password]) button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    return context, page


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_participants_pages_fit_a_phone(browser: Browser, live_server, day, language):
    pk = day["session"].pk
    pages = {
        "agenda": f"/matchmaking/sessions/{pk}/agenda/",
        "session": f"/matchmaking/sessions/{pk}/",
        "partners": f"/matchmaking/sessions/{pk}/partners/",
        "requests": f"/matchmaking/sessions/{pk}/requests/",
        "my meetings": "/matchmaking/mine/",
        "partner profile": f"/directory/o/{day['other'].organization.slug}/",
        "availability": f"/matchmaking/sessions/{pk}/availability/",
        "outcome": f"/matchmaking/meetings/{day['meetings'][0].pk}/outcome/",
    }
    context, page = _phone(browser, live_server, language, "wang.lei@example.cn")
    try:
        widths = {}
        for name, path in pages.items():
            page.goto(f"{live_server.url}/{language}{path}")
            assert page.locator("h1").count() == 1, name
            widths[name] = page.evaluate("document.documentElement.scrollWidth")
        assert widths == dict.fromkeys(pages, 390)
    finally:
        context.close()


def test_on_a_phone_the_menu_folds_behind_a_button(browser: Browser, live_server, day):
    context, page = _phone(browser, live_server, "en", "wang.lei@example.cn")
    try:
        page.goto(f"{live_server.url}/en/matchmaking/mine/")
        menu, toggle = page.get_by_test_id("site-menu"), page.get_by_test_id("menu-toggle")
        expect(toggle).to_be_visible()
        expect(menu).to_be_hidden()
        # Brand, language and the button: one row.
        assert page.locator(".topbar").bounding_box()["height"] < 70
        toggle.click()
        expect(menu).to_be_visible()
        expect(toggle).to_have_attribute("aria-expanded", "true")
        page.get_by_role("link", name="Directory").click()
        expect(page).to_have_url(re.compile(r"/en/directory/"))
    finally:
        context.close()


def test_the_agenda_on_a_phone_shows_now_and_next_and_reports_a_missing_partner(
    browser: Browser, live_server, day
):
    pk = day["session"].pk
    context, page = _phone(browser, live_server, "zh-hans", "wang.lei@example.cn")
    try:
        page.goto(f"{live_server.url}/zh-hans/matchmaking/sessions/{pk}/agenda/")
        now = page.get_by_test_id("meeting-now")
        expect(now).to_contain_text(US_NAME)
        expect(now.get_by_test_id("meeting-table")).to_contain_text("2")
        # The table number is the largest text of the card, and on the first screen.
        box = now.get_by_test_id("meeting-table").locator("strong").bounding_box()
        assert box["height"] >= 40 and box["y"] + box["height"] <= PHONE["height"]
        expect(page.get_by_test_id("meeting-next")).to_contain_text("金州可再生能源")
        now.get_by_test_id("report-absent").click()
        expect(page.locator(".messages")).to_contain_text("已通知主办方")
        expect(page.get_by_test_id("meeting-now").get_by_test_id("report-sent")).to_be_visible()
        now.get_by_test_id("partner-profile").click()
        expect(page.locator("h1")).to_contain_text(US_NAME)
    finally:
        context.close()


def test_the_agenda_opened_once_reads_offline_with_its_last_update(
    browser: Browser, live_server, day
):
    pk = day["session"].pk
    url = f"{live_server.url}/en/matchmaking/sessions/{pk}/agenda/"
    context, page = _phone(browser, live_server, "en", "wang.lei@example.cn")
    try:
        page.goto(url)
        # The page stored itself (and its stylesheet and scripts) for the service worker.
        # (An attribute check: the site's CSP forbids the eval behind wait_for_function.)
        expect(page.locator("html")).to_have_attribute("data-offline-ready", "1")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        first = dt.datetime.fromisoformat(
            page.get_by_test_id("agenda-updated").get_attribute("data-generated")
        )
        expect(page.get_by_test_id("offline-note")).to_be_hidden()

        cut = timezone.now()
        context.set_offline(True)
        page.goto(url)
        expect(page.get_by_test_id("agenda-row").first).to_contain_text(US_NAME)
        expect(page.get_by_test_id("meeting-now")).to_contain_text(US_NAME)
        # The copy kept on the first visit, not a new page: made before the network was cut,
        # and it says when.
        stamp = page.get_by_test_id("agenda-updated")
        kept = dt.datetime.fromisoformat(stamp.get_attribute("data-generated"))
        assert first <= kept < cut
        expect(stamp).to_contain_text("Last updated")
        expect(page.get_by_test_id("offline-note")).to_be_visible()
        # Styled from the copy too: the meeting cards are laid out, not bare list items.
        assert (
            page.evaluate("getComputedStyle(document.querySelector('.meeting-card')).display")
            == "grid"
        )
    finally:
        context.close()


def test_the_service_worker_is_served_from_the_sites_own_files_at_the_root(client, day):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert b"tb-agenda-v1" in response.content
    page = client.get(f"/en/matchmaking/sessions/{day['session'].pk}/").content.decode()
    manifest = re.search(r'<link rel="manifest" href="([^"]+)"', page)[1]
    assert manifest.startswith("/static/")
