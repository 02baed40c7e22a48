from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import AgendaItem, AgendaItemSpeaker, CoHost, Event, Room, Speaker


@admin.register(Event)
class EventAdmin(TranslationAdmin):
    list_display = ("title", "starts_on", "ends_on", "time_zone", "is_public")
    search_fields = ("slug", "title_en", "title_zh_hans")


@admin.register(Room)
class RoomAdmin(TranslationAdmin):
    list_display = ("name", "event", "capacity")
    list_filter = ("event",)


@admin.register(Speaker)
class SpeakerAdmin(TranslationAdmin):
    list_display = ("name", "title", "affiliation", "organization")
    search_fields = ("name_en", "name_zh_hans")
    raw_id_fields = ("organization", "user")


class AgendaItemSpeakerInline(admin.TabularInline):
    model = AgendaItemSpeaker
    raw_id_fields = ("speaker",)
    extra = 0


@admin.register(AgendaItem)
class AgendaItemAdmin(TranslationAdmin):
    list_display = ("title", "event", "kind", "starts_at", "ends_at", "room")
    list_filter = ("event", "kind")
    inlines = [AgendaItemSpeakerInline]


@admin.register(CoHost)
class CoHostAdmin(TranslationAdmin):
    list_display = ("organization", "event", "role", "position")
    raw_id_fields = ("organization",)
