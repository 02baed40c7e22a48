"""Values every page needs: the site name, the other language and the switcher's link."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import get_language


def site(request: HttpRequest) -> dict[str, Any]:
    language = get_language() or "en"
    other = "en" if language.startswith("zh") else "zh-hans"
    switch = {"language": other, "next": request.get_full_path()}
    return {
        "SITE_NAME": "Tradebridge",
        "OTHER_LANGUAGE": other,
        # A link, not a form: no CSRF token on every page (web.views.language_switch).
        "LANGUAGE_SWITCH_URL": reverse("web:language") + "?" + urlencode(switch),
        "HTML_LANG": "zh-Hans" if language.startswith("zh") else "en",
    }
