from django.contrib import admin

from .models import ExchangeRate


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    """Staff keep the USD/CNY rate that pages show amounts with (the latest by date)."""

    list_display = ("as_of", "cny_per_usd", "source")
