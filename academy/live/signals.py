from django.dispatch import receiver
from wagtail.signals import page_published

from .models import LiveSessionPage
from .services import schedule


@receiver(page_published, sender=LiveSessionPage)
def session_published(sender, instance, **kwargs):
    schedule.published(instance.specific)
