from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "raion.api"
    label = "raion_api"
    verbose_name = "Read API"
