"""The admin site under the platform's name, in the reader's language (Django's defaults say
"Django administration" in every language)."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_title = _("Tradebridge administration")
admin.site.site_header = _("Tradebridge administration")
admin.site.index_title = _("Data of the platform")
