import pytest
from playwright.sync_api import Page, expect
from tests.factories import OrganizationFactory

@pytest.fixture
def orgs(transactional_db):
    OrganizationFactory(name_en="Jingyang PV", name_zh_hans="江苏晶阳光伏科技", side="CN", region=None)

@pytest.mark.parametrize("width", [1280, 390])
def test_shots(page: Page, live_server, orgs, width):
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(f"{live_server.url}/en/directory/?q=PV")
    page.screenshot(path=f"/tmp/shot-en-{width}.png")
    # keyboard: skip link, brand, then the language link
    page.keyboard.press("Tab"); page.keyboard.press("Tab"); page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.testid") == "language-switch"
    page.screenshot(path=f"/tmp/shot-en-{width}-focus.png")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/zh-hans/directory/?q=PV")
    page.screenshot(path=f"/tmp/shot-zh-{width}.png")
