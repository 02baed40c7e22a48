"""Values every page needs: the site name and the other language for the switcher."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language


def site(request: HttpRequest) -> dict[str, Any]:
    language = get_language() or "en"
    return {
        "SITE_NAME": "Tradebridge",
        "OTHER_LANGUAGE": "en" if language.startswith("zh") else "zh-hans",
        "HTML_LANG": "zh-Hans" if language.startswith("zh") else "en",
    }
