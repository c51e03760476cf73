from django.db import migrations


class Migration(migrations.Migration):
    """Index Wagtail's page url_path: raion.core.routing looks pages up by it on every request."""

    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS raion_page_url_path ON wagtailcore_page (url_path)",
            reverse_sql="DROP INDEX IF EXISTS raion_page_url_path",
        )
    ]
