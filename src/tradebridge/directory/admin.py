"""The Django admin for staff, bilingual through modeltranslation's tabbed admin."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import CooperationType, ImportBatch, Organization, Region, Representative, Sector


class RepresentativeInline(admin.TabularInline):
    model = Representative
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organization)
class OrganizationAdmin(TranslationAdmin):
    list_display = ("name", "side", "kind", "region", "is_public")
    list_filter = ("side", "kind", "is_public", "sectors")
    search_fields = ("name_en", "name_zh_hans", "slug")
    filter_horizontal = ("sectors", "offers", "seeks")
    readonly_fields = ("search_document",)
    inlines = [RepresentativeInline]


@admin.register(Sector, CooperationType)
class TermAdmin(TranslationAdmin):
    list_display = ("code", "name", "order")
    list_editable = ("order",)
    search_fields = ("code", "name_en", "name_zh_hans")


@admin.register(Region)
class RegionAdmin(TranslationAdmin):
    list_display = ("code", "name")
    search_fields = ("code", "name_en", "name_zh_hans")


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    """Who imported what, and when; a batch stuck in "Importing" (a worker died) can be
    marked failed here and the file uploaded again."""

    list_display = ("filename", "status", "created_by", "created_at")
    list_filter = ("status",)
    readonly_fields = ("filename", "payload", "summary", "created_by", "created_at")
    fields = ("filename", "status", "summary", "created_by", "created_at")
