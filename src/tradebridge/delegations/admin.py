from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Delegate, Delegation, Letterhead


@admin.register(Delegation)
class DelegationAdmin(TranslationAdmin):
    list_display = ("name", "event", "parent", "region")
    search_fields = ("name_en", "name_zh_hans")
    autocomplete_fields = ("leaders", "organizations")
    list_select_related = ("event", "parent", "region")


@admin.register(Delegate)
class DelegateAdmin(TranslationAdmin):
    list_display = ("full_name", "latin_name", "delegation", "hotel", "arrival_at")
    search_fields = ("full_name", "latin_name", "email")
    list_filter = ("delegation",)
    raw_id_fields = ("organization", "user")
    list_select_related = ("delegation",)


@admin.register(Letterhead)
class LetterheadAdmin(admin.ModelAdmin):
    list_display = ("host_name", "event", "delegation", "signatory_name")
