from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("sites", "0006_site_domain")]

    operations = [
        migrations.AddField(
            model_name="site",
            name="cors_origins",
            field=models.TextField(blank=True, help_text="Access-Control-Allow-Origin values, one a line"),
        ),
    ]
