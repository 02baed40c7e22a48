"""Content fields held in both English and Chinese."""

from modeltranslation.translator import TranslationOptions, register

from .models import Delegate, Delegation


@register(Delegation)
class DelegationTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ()


@register(Delegate)
class DelegateTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = ()
