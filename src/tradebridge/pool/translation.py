"""Content fields held in both English and Chinese (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Opportunity


@register(Opportunity)
class OpportunityTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "partner_role")
    # An opportunity may be written in one language only; the other falls back to it.
    required_languages = ()
