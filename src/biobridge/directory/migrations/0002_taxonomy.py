"""Load the shipped bilingual taxonomy (directory/data/taxonomy.json)."""

from django.db import migrations


def load(apps, schema_editor):
    from biobridge.directory.taxonomy_data import load_taxonomy

    Category = apps.get_model("directory", "TaxonomyCategory")
    Term = apps.get_model("directory", "Term")
    taxonomy = load_taxonomy()
    categories = {}
    for position, cat in enumerate(taxonomy.categories.values()):
        categories[cat.key], _ = Category.objects.update_or_create(
            key=cat.key, defaults={"name_ko": cat.ko, "name_en": cat.en, "position": position}
        )
    terms = {}
    for term in taxonomy.terms.values():
        terms[term.key], _ = Term.objects.update_or_create(
            key=term.key,
            defaults={"category": categories[term.category], "name_ko": term.ko, "name_en": term.en,
                      "synonyms": list(term.synonyms)},
        )
    for term in taxonomy.terms.values():
        if term.parent:
            Term.objects.filter(pk=terms[term.key].pk).update(parent=terms[term.parent])


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
