"""Seed the MOU sectors, cooperation types and ISO 3166-2 regions in both languages.

Existing rows are left as staff edited them, so running it on a live database is safe."""

from django.db import migrations


def seed(apps, schema_editor):
    from tradebridge import taxonomy

    for model_name, terms in (("Sector", taxonomy.SECTORS), ("CooperationType", taxonomy.COOPERATION_TYPES)):
        model = apps.get_model("directory", model_name)
        for order, term in enumerate(terms):
            model.objects.get_or_create(
                code=term.code,
                defaults={"name": term.en, "name_en": term.en, "name_zh_hans": term.zh, "order": order},
            )
    region = apps.get_model("directory", "Region")
    for term in taxonomy.REGIONS:
        region.objects.get_or_create(
            code=term.code, defaults={"name": term.en, "name_en": term.en, "name_zh_hans": term.zh}
        )


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
