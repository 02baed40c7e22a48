"""A person's data in a real browser, in Chinese on a phone: sign up with both consents,
download the readable page, erase the account."""

from __future__ import annotations

import re

from django.core import mail
from playwright.sync_api import Page, expect

from tradebridge.accounts.models import Consent, PersonalDataAccess, User


def test_sign_up_download_and_erase_in_chinese_on_a_phone(page: Page, live_server, tmp_path):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/zh-hans/accounts/signup/")
    page.fill("input[name=full_name]", "李伟")
    page.fill("input[name=email]", "li.wei@example.cn")
    page.fill("input[name=password]", "a-long-passphrase-42")
    page.select_option("select[name=language]", "zh-hans")
    page.get_by_label("我已阅读隐私声明").check()
    page.get_by_label("我单独同意").check()
    page.get_by_role("button", name="注册").last.click()
    # A new account confirms its address first (the link is e-mailed), then signs in.
    expect(page).to_have_url(re.compile(r"/zh-hans/accounts/signup/sent/$"))
    link = re.search(r"/zh-hans/accounts/verify/\S+", mail.outbox[-1].body)
    assert link, mail.outbox[-1].body
    page.goto(f"{live_server.url}{link.group(0)}")
    page.goto(f"{live_server.url}/zh-hans/accounts/login/")
    page.fill("input[name=username]", "li.wei@example.cn")
    page.fill("input[name=password]", "a-long-passphrase-42")
    page.locator("form:has(input[name=password]) button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    user = User.objects.get(email="li.wei@example.cn")
    assert Consent.objects.filter(user=user).count() == 2

    page.get_by_test_id("menu-toggle").click()  # on a phone the account link is in the menu
    page.get_by_test_id("account-link").click()
    expect(page.locator("h1")).to_have_text("我的账户")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    with page.expect_download() as download:
        page.get_by_test_id("download-html").click()
    saved = tmp_path / "data.html"
    download.value.save_as(saved)
    page.goto(saved.as_uri())
    expect(page.locator("h2").first).to_have_text("账户")
    expect(page.locator("table").first).to_contain_text("li.wei@example.cn")

    page.goto(f"{live_server.url}/zh-hans/accounts/me/erase/")
    page.fill("input[name=password]", "a-long-passphrase-42")
    page.get_by_test_id("erase").click()
    expect(page.locator(".messages")).to_contain_text("您的个人数据已删除")
    page.get_by_test_id("menu-toggle").click()  # signed out: "Sign in" is in the phone menu
    expect(page.get_by_role("link", name="登录")).to_be_visible()
    user.refresh_from_db()
    assert (user.email, user.full_name, user.is_active) == (
        f"erased-{user.pk}@erased.invalid",
        "",
        False,
    )
    assert list(PersonalDataAccess.objects.values_list("action", flat=True).order_by("pk")) == [
        "export-html",
        "erasure",
    ]
