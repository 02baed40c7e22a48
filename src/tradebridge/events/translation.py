"""Content fields held in both English and Chinese."""

from modeltranslation.translator import TranslationOptions, register

from .models import Event


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "venue", "description")
    required_languages = ()
