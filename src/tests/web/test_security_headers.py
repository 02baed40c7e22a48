# ruff: noqa: F811  (fixtures imported from the match-making tests are used as arguments)
"""Every page, in both languages and for every kind of visitor, is sent with a
Content-Security-Policy that allows only the platform's own scripts and styles, a
Permissions-Policy and a Referrer-Policy, and holds no inline script, event handler or style
(which that policy would block). The pages are found by following links from the home page and
from the session's pages, as a visitor would."""

from __future__ import annotations

import re
from collections import deque

import pytest
from django.test import Client

from tests.conftest import client_for
from tests.matchmaking.conftest import cn, event, session, us  # noqa: F401  (fixtures)
from tests.matchmaking.views.conftest import booked, start_run  # noqa: F401  (fixtures)
from tradebridge.matchmaking import scheduling

LINK = re.compile(r'href="(/(?:en|zh-hans)/[^"#]*)"')
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", re.I)
HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
STYLE = re.compile(r"<style\b|<[a-z][^>]*\sstyle\s*=", re.I)
SKIP = re.compile(r"(\.pdf|\.ics|\.xlsx|\.csv|/export|/logout|/admin/)", re.I)
MAX_PAGES = 150
CAMERA_PAGES = re.compile(r"^/[-a-z]+/checkin/events/[-\w]+/$")


def crawl(client: Client, seeds: list[str]) -> dict[str, list[str]]:
    """Visit the pages reachable from ``seeds``; return each page's problems."""
    seen = set(seeds)
    queue = deque(seeds)
    problems: dict[str, list[str]] = {}
    while queue and len(seen) <= MAX_PAGES:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        found = []
        csp = response.get("Content-Security-Policy", "")
        if "script-src 'self'" not in csp or "unsafe-inline" in csp or "unsafe-eval" in csp:
            found.append(f"CSP: {csp!r}")
        # The check-in desk alone may use the camera of its own origin (its QR decoder).
        camera = "camera=(self)" if CAMERA_PAGES.search(url) else "camera=()"
        if camera not in response.get("Permissions-Policy", ""):
            found.append("no Permissions-Policy")
        if response.get("Referrer-Policy") != "same-origin":
            found.append("no Referrer-Policy")
        found += [f"inline script {m!r}" for m in INLINE_SCRIPT.findall(html)]
        found += [f"event handler in {m[:80]!r}" for m in HANDLER.findall(html)]
        found += [f"inline style in {m[:80]!r}" for m in STYLE.findall(html)]
        if found:
            problems[url] = found
        for found_link in LINK.findall(html):
            link = found_link.replace("&amp;", "&")
            if link not in seen and not SKIP.search(link):
                seen.add(link)
                queue.append(link)
    problems["(pages visited)"] = [str(len(seen))]
    return problems


@pytest.fixture
def published(staff, session, booked):
    run = scheduling.run_start(actor=staff, session=session, time_limit=5)
    run.refresh_from_db()
    scheduling.run_publish(actor=staff, run=run)
    return run


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_every_page_sends_the_policies_and_holds_no_inline_code(
    lang,
    staff,
    session,
    published,
    cn,
    client,
):
    seeds = {
        "anonymous": (client, [f"/{lang}/"]),
        "staff": (
            client_for(staff),
            [
                f"/{lang}/",
                f"/{lang}/matchmaking/manage/sessions/{session.pk}/",
                f"/{lang}/matchmaking/manage/runs/{published.pk}/",
                f"/{lang}/directory/import/",
            ],
        ),
        "representative": (client_for(cn[1]), [f"/{lang}/", f"/{lang}/matchmaking/"]),
    }
    report = {}
    visited = 0
    for who, (visitor, start) in seeds.items():
        problems = crawl(visitor, start)
        visited += int(problems.pop("(pages visited)")[0])
        report.update({f"{who} {url}": found for url, found in problems.items()})
    assert report == {}
    assert visited > 30  # the crawl did reach the site, not only the home page


def test_the_api_docs_work_under_the_policy(client, db):
    response = client.get("/api/v1/docs")
    html = response.content.decode()
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    # ninja's own files; its settings are a JSON data block, which the policy does not run.
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert INLINE_SCRIPT.findall(html) == []
