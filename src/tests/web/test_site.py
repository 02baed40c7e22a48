"""Site-wide guards: every page in both languages with one <h1> and no external asset, no
pending migration, and a complete Chinese catalogue."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

import tradebridge

PACKAGE = Path(tradebridge.__file__).parent
CATALOGUE = PACKAGE / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
EXTERNAL_ASSET = re.compile(r"""<(?:script|link|img)[^>]+(?:src|href)=["'](?:https?:)?//""", re.I)

PUBLIC_PAGES = [
    "/{lang}/",
    "/{lang}/directory/",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/signup/",
    "/{lang}/events/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "zh-hans"])
@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_page_renders_with_one_h1_and_no_external_asset(client, organization, page, lang):
    response = client.get(page.format(lang=lang))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert EXTERNAL_ASSET.findall(html) == []
    assert f'lang="{"zh-Hans" if lang == "zh-hans" else "en"}"' in html


@pytest.mark.django_db
def test_browser_language_picks_the_default(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/"


@pytest.mark.django_db
def test_interface_is_translated_into_chinese(client):
    html = client.get("/zh-hans/directory/").content.decode()
    assert "机构名录" in html


@pytest.mark.django_db
def test_no_pending_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def _msgids(po_text: str) -> dict[str, str]:
    """msgid (with context and plural joined) -> msgstr, from a .po file's text."""
    entries: dict[str, str] = {}
    for block in po_text.split("\n\n"):
        if "#, fuzzy" in block and 'msgid ""\nmsgstr ""' not in block:
            entries[f"FUZZY:{block}"] = ""
            continue
        current: dict[str, list[str]] = {}
        key = None
        for line in block.splitlines():
            if line.startswith("#~"):
                key = None
                continue
            match = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
            if match:
                key = match.group(1)
                current[key] = [match.group(2)]
            elif line.startswith('"') and key:
                current[key].append(line[1:-1])
        if "msgid" not in current:
            continue
        msgid = "".join(current["msgid"])
        if not msgid:
            continue
        ident = "".join(current.get("msgctxt", [])) + "\x04" + msgid
        strs = [v for k, v in current.items() if k.startswith("msgstr")]
        entries[ident] = "" if any("".join(s) == "" for s in strs) else "".join(strs[0])
    return entries


def test_every_interface_string_has_a_chinese_translation(tmp_path):
    """Extract the strings afresh from the code (as makemessages does) and require each to be
    translated in the committed catalogue, so a new untranslated string fails here."""
    if not shutil.which("xgettext"):
        pytest.skip("xgettext (Debian package gettext) is not installed")
    tree = tmp_path / "tradebridge"
    shutil.copytree(PACKAGE, tree, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "engine"))
    (tree / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po").unlink(missing_ok=True)
    subprocess.run(
        ["django-admin", "makemessages", "-l", "zh_Hans", "--no-location", "--no-obsolete"],
        cwd=tree,
        check=True,
        capture_output=True,
        env={"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"},
    )
    extracted = _msgids((tree / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po").read_text())
    committed = _msgids(CATALOGUE.read_text())
    missing = sorted(ident.split("\x04", 1)[1] for ident in extracted if not committed.get(ident))
    assert missing == []
