"""Content fields held in both English and Chinese (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import CooperationType, Organization, Region, Sector


@register(Sector)
class SectorTranslation(TranslationOptions):
    fields = ("name",)


@register(CooperationType)
class CooperationTypeTranslation(TranslationOptions):
    fields = ("name",)


@register(Region)
class RegionTranslation(TranslationOptions):
    fields = ("name",)


@register(Organization)
class OrganizationTranslation(TranslationOptions):
    fields = ("name", "description", "offers_details", "seeks_details")
    # A name may be given in one language only; the other falls back to it.
    required_languages = ()
