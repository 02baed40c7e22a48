"""Badges and check-in in a real browser, in English: staff print the badges from the event
page, and the QR code read back from the printed PDF (pdftoppm, zbar) is typed at the desk as
a keyboard-wedge scanner does (the code, then Enter): the delegate is welcomed, and a second
scan says when and where they checked in."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text
from playwright.sync_api import Browser, expect

from tests.checkin.factories import RegistrationFactory
from tests.factories import OrganizationFactory, UserFactory
from tradebridge.checkin.models import CheckIn
from tradebridge.events import services as event_services
from tradebridge.registrations.models import Registration

PASSWORD = "password"  # the factories' password

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="no pdftoppm")


@pytest.fixture
def summit(transactional_db):
    staff = UserFactory(is_staff=True, email="desk@example.org", language="en")
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
    organization = OrganizationFactory(
        side="CN", name_zh_hans="江苏苏光能源有限公司", name_en="Jiangsu Suguang Solar Energy"
    )
    delegate = RegistrationFactory(
        event=event,
        full_name="曾国藩",
        organization=organization,
        role=Registration.Role.DELEGATE,
    )
    return staff, event, delegate


def test_staff_print_the_badge_and_check_the_delegate_in_by_code(
    browser: Browser, live_server, summit, tmp_path: Path
):
    from PIL import Image
    from pyzbar.pyzbar import decode

    staff, event, delegate = summit
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/en/accounts/login/")
        page.fill("input[name=username]", staff.email)
        page.fill("input[name=password]", PASSWORD)
        page.locator("form:has(input[name=password]) button[type=submit]").click()
        expect(page).not_to_have_url(re.compile(r"/accounts/login/"))

        page.goto(f"{live_server.url}/en/events/{event.slug}/")
        page.get_by_role("button", name="Badges (A6 PDF)").click()
        with page.expect_download() as download:
            page.get_by_role("link", name="Download the badges (PDF)").click()
        pdf = Path(download.value.path()).read_bytes()
        text = extract_text(io.BytesIO(pdf))
        assert "曾国藩" in text and "Zeng Guofan" in text

        (tmp_path / "badge.pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "150", "-png", str(tmp_path / "badge.pdf"), str(tmp_path / "p")],
            check=True,
        )
        [image] = sorted(tmp_path.glob("p-*.png"))
        [symbol] = decode(Image.open(image))
        code = symbol.data.decode()
        assert code == delegate.check_in_code

        page.get_by_role("link", name="Check-in desk").first.click()
        expect(page.get_by_label("Badge code")).to_be_focused()
        page.get_by_label("Desk", exact=True).fill("Desk 2")
        page.get_by_label("Badge code").fill(code)
        page.get_by_label("Badge code").press("Enter")
        answer = page.get_by_role("status")
        expect(answer).to_contain_text("Welcome, 曾国藩!")
        expect(answer).to_have_class(re.compile(r"outcome-ok"))

        # Ready for the next badge: the scanner types into the focused field, then Enter.
        expect(page.get_by_label("Badge code")).to_be_focused()
        page.keyboard.type(code)
        page.keyboard.press("Enter")
        expect(page.get_by_role("status")).to_contain_text("already checked in at")
        expect(page.get_by_role("status")).to_contain_text("by Desk 2")

        page.get_by_role("link", name="Attendance").first.click()
        expect(page.locator("tr.whole [data-figure=checked-in]")).to_have_text("1")
    finally:
        context.close()
    assert CheckIn.objects.filter(registration=delegate).count() == 1
