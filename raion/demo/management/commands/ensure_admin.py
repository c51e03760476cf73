import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEMO_FIRST_NAME = "Демо"
DEMO_LAST_NAME = "Администратор"


class Command(BaseCommand):
    help = "Make sure a superuser exists for the local demo and print how to log in."

    def handle(self, *args, **options):
        username = os.environ.get("RAION_ADMIN_USER", "admin")
        password = os.environ.get("RAION_ADMIN_PASSWORD", settings.RAION_DEMO_ADMIN_PASSWORD)
        User = get_user_model()
        # Wagtail's account page requires a first and a last name to save preferences.
        admin = User.objects.filter(username=username).first() or User.objects.create_superuser(
            username, f"{username}@example.org", password
        )
        if not (admin.first_name and admin.last_name):
            admin.first_name = admin.first_name or DEMO_FIRST_NAME
            admin.last_name = admin.last_name or DEMO_LAST_NAME
            admin.save(update_fields=["first_name", "last_name"])
        self.stdout.write(
            f"Admin: http://127.0.0.1:8000/admin/  login: {username}  "
            f"password: {password} (unless changed since it was created)"
        )
