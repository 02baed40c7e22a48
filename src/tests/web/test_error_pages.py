"""403, 404 and 500 are pages of the site, in the language of the address, with a way home;
the 500 page needs neither the database nor the request's context; a 403 is logged once,
without a traceback."""

from __future__ import annotations

import io
import logging
import re

import pytest
from django.test import Client, override_settings

from tests.factories import UserFactory


def _one_h1(html: str) -> bool:
    return len(re.findall(r"<h1[\s>]", html)) == 1


@pytest.mark.parametrize(
    ("lang", "html_lang", "title"),
    [("en", "en", "Page not found"), ("zh-hans", "zh-Hans", "页面不存在")],
)
def test_an_unknown_address_is_a_404_page_in_its_language(client, db, lang, html_lang, title):
    response = client.get(f"/{lang}/no/such/page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{html_lang}">' in html and title in html and _one_h1(html)
    assert f'href="/{lang}/" data-testid="home"' in html
    assert "site.css" in html  # the site's layout, not Django's bare page


@pytest.mark.parametrize(
    ("lang", "title"),
    [("en", "You are not allowed to see this page"), ("zh-hans", "您无权查看此页面")],
)
def test_a_refused_page_is_a_403_page_in_its_language(client, db, lang, title):
    client.force_login(UserFactory())
    response = client.get(f"/{lang}/directory/import/")
    html = response.content.decode()
    assert response.status_code == 403
    assert title in html and _one_h1(html)
    assert f'href="/{lang}/" data-testid="home"' in html


@override_settings(ROOT_URLCONF="tests.web.failing_urls")
@pytest.mark.parametrize(
    ("lang", "html_lang", "title"),
    [("en", "en", "Something went wrong on our side"), ("zh-hans", "zh-Hans", "服务器出错了")],
)
def test_a_failure_is_a_500_page_in_its_language_without_the_database(lang, html_lang, title):
    # No `db` fixture: a query while showing the page would fail this test.
    response = Client(raise_request_exception=False).get(f"/{lang}/fail/")
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{html_lang}">' in html and title in html and _one_h1(html)
    assert f'href="/{lang}/" data-testid="home"' in html
    assert "/static/" not in html  # no static file: their manifest may be what failed


@pytest.fixture
def log_output():
    """What the configured handlers of django.request write (in debug, where Django adds a
    console handler of its own)."""
    handlers = []
    logger: logging.Logger | None = logging.getLogger("django.request")
    while logger is not None:
        handlers += [
            h
            for h in logger.handlers
            if isinstance(h, logging.StreamHandler) and not type(h).__module__.startswith("_pytest")
        ]
        logger = logger.parent if logger.propagate else None
    stream = io.StringIO()
    old = [h.setStream(stream) for h in handlers]
    yield stream
    for handler, previous in zip(handlers, old, strict=True):
        handler.setStream(previous)


@override_settings(DEBUG=True)
def test_a_403_is_logged_once_without_a_traceback(client, db, log_output):
    client.force_login(UserFactory())
    assert client.get("/en/directory/import/").status_code == 403
    lines = log_output.getvalue().splitlines()
    assert lines == ["Forbidden (Permission denied): /en/directory/import/"]
