"""Content fields held in both English and Chinese."""

from modeltranslation.translator import TranslationOptions, register

from .models import Article, ArticleImage, Tag


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ()


@register(ArticleImage)
class ArticleImageTranslation(TranslationOptions):
    fields = ("caption",)
    required_languages = ()


@register(Tag)
class TagTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ()
