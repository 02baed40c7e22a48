"""Admin views of match-making data, for inspection and repairs; the organizer pages are the
normal way to run a session."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Meeting, MeetingOutcome, MeetingRequest, Participant, ScheduleRun, Session


@admin.register(Session)
class SessionAdmin(TranslationAdmin):
    list_display = ("title", "event", "starts_at", "status")
    list_filter = ("status",)
    readonly_fields = ("published_run",)


@admin.register(Participant)
class ParticipantAdmin(admin.ModelAdmin):
    list_display = ("organization", "session", "status", "attendee_count")
    list_filter = ("session", "status")
    search_fields = ("organization__name_en", "organization__name_zh_hans")
    raw_id_fields = ("organization",)
    filter_horizontal = ("attendees", "unavailable")


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    list_display = ("requester", "recipient", "priority", "status", "created_at")
    list_filter = ("session", "status")
    raw_id_fields = ("requester", "recipient", "created_by")


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ("first", "second", "priority", "mutual", "origin", "status")
    list_filter = ("session", "status", "origin")
    raw_id_fields = ("first", "second")


@admin.register(ScheduleRun)
class ScheduleRunAdmin(admin.ModelAdmin):
    list_display = ("session", "kind", "status", "created_at", "published_at")
    list_filter = ("session", "status")
    readonly_fields = ("progress", "result", "error")


@admin.register(MeetingOutcome)
class MeetingOutcomeAdmin(admin.ModelAdmin):
    list_display = ("meeting", "participant", "held", "interest", "next_step")
