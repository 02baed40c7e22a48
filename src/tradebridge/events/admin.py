from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Event


@admin.register(Event)
class EventAdmin(TranslationAdmin):
    list_display = ("title", "starts_on", "ends_on", "time_zone", "is_public")
    search_fields = ("slug", "title_en", "title_zh_hans")
