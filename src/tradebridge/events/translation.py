"""Content fields held in both English and Chinese."""

from modeltranslation.translator import TranslationOptions, register

from .models import AgendaItem, CoHost, Event, Room, Speaker


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "venue", "description")
    required_languages = ()


@register(CoHost)
class CoHostTranslation(TranslationOptions):
    fields = ("role",)
    required_languages = ()


@register(Room)
class RoomTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ()


@register(Speaker)
class SpeakerTranslation(TranslationOptions):
    fields = ("name", "title", "affiliation")
    required_languages = ()


@register(AgendaItem)
class AgendaItemTranslation(TranslationOptions):
    fields = ("title", "description", "topic")
    required_languages = ()
