"""Content fields held in both English and Chinese."""

from modeltranslation.translator import TranslationOptions, register

from .models import Session


@register(Session)
class SessionTranslation(TranslationOptions):
    fields = ("title", "location")
    required_languages = ()
