"""Content fields held in both English and Chinese."""

from modeltranslation.translator import TranslationOptions, register

from .models import Series


@register(Series)
class SeriesTranslation(TranslationOptions):
    fields = ("title", "unit", "source", "note")
    required_languages = ()
