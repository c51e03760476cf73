import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Make sure a superuser exists for the local demo and print how to log in."

    def handle(self, *args, **options):
        username = os.environ.get("RAION_ADMIN_USER", "admin")
        password = os.environ.get("RAION_ADMIN_PASSWORD", settings.RAION_DEMO_ADMIN_PASSWORD)
        User = get_user_model()
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username, f"{username}@example.org", password)
        self.stdout.write(
            f"Admin: http://127.0.0.1:8000/admin/  login: {username}  "
            f"password: {password} (unless changed since it was created)"
        )
