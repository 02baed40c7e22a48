"""News pictures: an upload is decoded and written anew, never stored as sent — the checks of
organization logos (``directory.logos``: PNG, JPEG, WebP or GIF by content, at most 2 MB and
25 megapixels, metadata dropped) with a larger side, and this app's own wording."""

from __future__ import annotations

from django.core.files import File
from django.utils.translation import gettext as _

from tradebridge.directory import logos
from tradebridge.errors import ApplicationError

MAX_SIDE = 1600


def normalize(upload: File) -> logos.Logo:  # type: ignore[type-arg]
    """The upload as a picture to store, or an ``ApplicationError`` naming the ``image`` field."""
    try:
        return logos.normalize(upload, max_side=MAX_SIDE)
    except ApplicationError as error:
        messages = {
            "logo_too_large": _("The picture is larger than 2 MB."),
            "logo_type": _(
                "The picture must be a PNG, JPEG, WebP or GIF file (this file is not one)."
            ),
            "logo_pixels": _("The picture has too many pixels: at most 25 megapixels."),
        }
        message = messages.get(
            error.code,
            _("The picture file is damaged or incomplete: save it again and upload it again."),
        )
        raise ApplicationError(
            message, code=error.code.replace("logo", "image"), details={"field": "image"}
        ) from None
