from datetime import timedelta

import factory
from django.utils import timezone

from raion.alerts.models import Alert


class AlertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Alert
        skip_postgeneration_save = True

    severity = "warning"
    text_ru = "Штормовое предупреждение"
    text_be = "Штармавое папярэджанне"
    text_en = "Storm warning"
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(minutes=1))
    ends_at = factory.LazyFunction(lambda: timezone.now() + timedelta(hours=1))

    @factory.post_generation
    def sites(self, create, extracted, **_kwargs):
        if create and extracted:
            self.sites.set(extracted)
