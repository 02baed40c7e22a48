"""Organization logos: an upload is decoded and written anew, never stored as sent.

Only PNG, JPEG, WebP and GIF contents are read, whatever the file is called; the picture is
re-encoded (PNG for PNG and GIF, JPEG for JPEG, WebP for WebP) at most ``MAX_SIDE`` pixels a
side, without the metadata it came with. Its size is read from the header before any pixel is
decoded, so a decompression bomb is refused before it can take the memory it asks for.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from django.core.files import File
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from tradebridge.errors import ApplicationError

MAX_BYTES = 2 * 1024 * 1024
# Larger than any logo needs (a 6000 × 4000 photo is 24 megapixels), far below what would strain
# the server to decode (4 bytes a pixel: 100 MB at this limit).
MAX_PIXELS = 25_000_000
MAX_SIDE = 512
# What a logo may be made of, by content, and what it is written as.
OUTPUT = {"PNG": "PNG", "GIF": "PNG", "JPEG": "JPEG", "WEBP": "WEBP"}
EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}


@dataclass(frozen=True)
class Logo:
    content: ContentFile  # type: ignore[type-arg]
    extension: str
    width: int
    height: int


def _refuse(message: str, code: str) -> ApplicationError:
    return ApplicationError(message, code=code, details={"field": "logo"})


def normalize(upload: File, *, max_side: int = MAX_SIDE) -> Logo:  # type: ignore[type-arg]
    """The upload as a logo to store, or an ``ApplicationError`` naming the ``logo`` field: too
    large a file, not a PNG/JPEG/WebP/GIF picture, too many pixels, or a damaged file. (News
    pictures go through the same checks with a larger ``max_side``.)"""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        raise _refuse(_("The logo is larger than 2 MB."), "logo_too_large")
    upload.seek(0)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _refuse(_("The logo is larger than 2 MB."), "logo_too_large")
    not_a_picture = _refuse(
        _("The logo must be a PNG, JPEG, WebP or GIF picture (this file is not one)."),
        "logo_type",
    )
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its own limit: make that a refusal too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data), formats=list(OUTPUT))
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _too_many_pixels(None) from None
    except (OSError, SyntaxError, ValueError):
        raise not_a_picture from None
    width, height = opened.size
    if width * height > MAX_PIXELS:
        raise _too_many_pixels((width, height))
    source_format = opened.format or ""
    try:
        opened.seek(0)  # the first frame of an animation
        opened.load()
        image: Image.Image = ImageOps.exif_transpose(opened)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _refuse(
            _("The logo file is damaged or incomplete: save it again and upload it again."),
            "logo_damaged",
        ) from None
    target = OUTPUT[source_format]
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    if target == "JPEG":
        image = image.convert("RGB")
    elif image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    out = io.BytesIO()
    options: dict[str, object] = {"optimize": True} if target != "WEBP" else {"quality": 90}
    if target == "JPEG":
        options["quality"] = 90
    image.save(out, format=target, **options)
    return Logo(
        content=ContentFile(out.getvalue()),
        extension=EXTENSIONS[target],
        width=image.width,
        height=image.height,
    )


def _too_many_pixels(dimensions: tuple[int, int] | None) -> ApplicationError:
    limit = MAX_PIXELS // 1_000_000
    if dimensions is None:
        message = _("The logo has too many pixels: at most %(limit)d megapixels.") % {
            "limit": limit
        }
    else:
        message = _(
            "The logo is %(width)d × %(height)d pixels: at most %(limit)d megapixels, please."
        ) % {"width": dimensions[0], "height": dimensions[1], "limit": limit}
    return _refuse(message, "logo_pixels")
