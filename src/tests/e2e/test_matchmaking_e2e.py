"""Match-making in a real browser, in both languages: a Chinese representative requests a
meeting in Chinese, the American partner accepts in English, the organizer runs the scheduler
and publishes, and the Chinese representative downloads its agenda as PDF and ICS, which are
read back (pypdf, icalendar) with the partner's name and the meeting's times.

The test settings run tasks immediately, so the scheduler run has finished when the organizer's
"Run the scheduler" page comes back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pypdf import PdfReader

from tests.factories import OrganizationFactory, RepresentativeFactory, UserFactory
from tradebridge.events import services as event_services
from tradebridge.matchmaking import services
from tradebridge.matchmaking.models import Placement, Session

PASSWORD = "password"  # the factories' password
CN_NAME = "江苏晶阳光伏科技有限公司"
US_NAME = "Golden State Solar Installers"


@pytest.fixture
def summit(transactional_db, settings, tmp_path):
    """An open session in Los Angeles with a Chinese and an American participant, each with a
    representative, and an interpreter (the two have no language in common)."""
    # Recommendations on taxonomy codes only: the text model is not what this test is about.
    settings.RECOMMENDING_TEXT = "off"
    settings.RECOMMENDING_STORE_DIR = tmp_path
    staff = UserFactory(is_staff=True, email="secretariat@example.org", language="en")
    event = event_services.event_create(
        actor=staff,
        data=event_services.EventInput(
            title={"en": "California–China Business Summit", "zh_hans": "加州—中国商务峰会"},
            venue={"en": "Los Angeles", "zh_hans": "洛杉矶"},
            starts_on=dt.date(2016, 5, 11),
            ends_on=dt.date(2016, 5, 11),
            time_zone="America/Los_Angeles",
        ),
    )
    session = services.session_create(
        actor=staff,
        event=event,
        data=services.SessionInput(
            title={"en": "Afternoon match-making", "zh_hans": "下午企业对接洽谈会"},
            date=dt.date(2016, 5, 11),
            start="14:00",
            end="15:00",
            slot_minutes=15,
            tables=3,
        ),
    )
    services.session_set_status(actor=staff, session=session, status=Session.Status.OPEN)
    services.interpreter_add(actor=staff, session=session, name="陈宇 Chen Yu")
    cn_org = OrganizationFactory(
        side="CN", region=None, name_zh_hans=CN_NAME, name_en="", name=CN_NAME
    )
    us_org = OrganizationFactory(side="US", name_en=US_NAME, name_zh_hans="", name=US_NAME)
    cn_user = RepresentativeFactory(
        organization=cn_org, user__email="wang.lei@example.cn", user__language="zh-hans"
    ).user
    us_user = RepresentativeFactory(
        organization=us_org, user__email="emily@example.com", user__language="en"
    ).user
    for user, organization, languages in ((cn_user, cn_org, ["zh"]), (us_user, us_org, ["en"])):
        participant = services.participant_add(
            actor=user, session=session, organization=organization
        )
        services.participant_set_availability(
            actor=user, participant=participant, unavailable=[], languages=languages
        )
    return {"session": session, "staff": staff, "cn": cn_user, "us": us_user, "us_org": us_org}


@pytest.fixture
def sign_in(browser: Browser, live_server):
    """Sign a person in through the login page, in a browser context of their own. The
    contexts are closed before the live server stops: a connection Chromium keeps open would
    otherwise be served (and its database connection closed) after the server's teardown."""
    contexts: list[BrowserContext] = []

    def sign_in(language: str, email: str) -> Page:
        context = browser.new_context(accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{live_server.url}/{language}/accounts/login/")
        page.fill("input[name=username]", email)
        page.fill("input[name=password]", PASSWORD)
        page.locator("form:has(input[name=password]) button[type=submit]").click()
        expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
        return page

    yield sign_in
    for context in contexts:
        context.close()


def test_request_accept_schedule_publish_and_download_the_agenda(
    sign_in, live_server, summit, tmp_path: Path
):
    base, session = live_server.url, summit["session"]
    pk = session.pk

    # 1. The Chinese representative, in Chinese, requests a meeting from the partners page.
    wang = sign_in("zh-hans", "wang.lei@example.cn")
    wang.goto(f"{base}/zh-hans/matchmaking/sessions/{pk}/partners/")
    expect(wang.locator("h1")).to_have_text("寻找洽谈对象")
    wang.locator(
        f"[data-testid=participants] [data-testid=request-meeting]"
        f"[data-partner='{summit['us_org'].slug}']"
    ).click()
    expect(wang).to_have_url(re.compile(r"/zh-hans/matchmaking/sessions/\d+/partners/\d+/request/"))
    wang.select_option("select[name=priority]", "3")
    wang.fill("textarea[name=message]", "希望洽谈TOPCon组件在加州的分销合作。")
    wang.locator("[data-testid=request-form] button[type=submit]").click()
    expect(wang).to_have_url(re.compile(r"/zh-hans/matchmaking/sessions/\d+/requests/"))
    expect(wang.locator("[data-testid=sent-request]")).to_contain_text(US_NAME)

    # 2. The American partner, in English, accepts it.
    emily = sign_in("en", "emily@example.com")
    emily.goto(f"{base}/en/matchmaking/sessions/{pk}/requests/")
    expect(emily.locator("h1")).to_have_text("Meeting requests")
    received = emily.locator("[data-testid=received-request]")
    expect(received).to_contain_text(CN_NAME)
    expect(received).to_contain_text("希望洽谈TOPCon组件")
    received.get_by_role("button", name="Accept").click()
    expect(emily.locator("[data-testid=received-request]")).to_contain_text("Accepted")

    # 3. The organizer runs the scheduler, compares and publishes.
    organizer = sign_in("en", "secretariat@example.org")
    organizer.goto(f"{base}/en/matchmaking/manage/sessions/{pk}/")
    organizer.fill("[data-testid=run-form] input[name=time_limit]", "5")
    organizer.get_by_test_id("run-start").click()
    expect(organizer).to_have_url(re.compile(r"/en/matchmaking/manage/runs/\d+/"))
    expect(organizer.get_by_test_id("run-status")).to_have_text("Finished")
    expect(organizer.get_by_test_id("placed-count")).to_have_text("1")
    organizer.get_by_test_id("run-compare").click()
    organizer.get_by_test_id("run-publish").click()
    session.refresh_from_db()
    assert session.published_run_id is not None
    placement = Placement.objects.select_related("slot", "table", "interpreter").get(
        run_id=session.published_run_id
    )
    assert placement.interpreter is not None  # zh and en only: an interpreter is needed

    # 4. The Chinese representative finds the meeting on its agenda and downloads it.
    wang.goto(f"{base}/zh-hans/matchmaking/sessions/{pk}/agenda/")
    expect(wang.get_by_test_id("agenda-row")).to_contain_text(US_NAME)
    with wang.expect_download() as pdf_download:
        wang.get_by_test_id("agenda-pdf").click()
    pdf_path = tmp_path / "agenda.pdf"
    pdf_download.value.save_as(pdf_path)
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert US_NAME in text
    assert "陈宇" in text or "Chen Yu" in text

    with wang.expect_download() as ics_download:
        wang.get_by_test_id("agenda-ics").click()
    ics_path = tmp_path / "agenda.ics"
    ics_download.value.save_as(ics_path)
    calendar = icalendar.Calendar.from_ical(ics_path.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == placement.slot.starts_at
    assert event.decoded("DTEND") == placement.slot.ends_at
    assert US_NAME in str(event.get("SUMMARY")) + str(event.get("DESCRIPTION"))
    # The slot is in the Los Angeles afternoon, whatever zone the file is written in.
    zone = session.event.zone
    assert event.decoded("DTSTART").astimezone(zone).strftime("%Y-%m-%d %H") in {
        "2016-05-11 14",
        "2016-05-11 15",
    }
