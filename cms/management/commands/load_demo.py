from django.core.management.base import BaseCommand
from django.test.utils import override_settings
from django.utils import timezone
from tqdm import tqdm

from academy.notifications import services as notification_services
from academy.settings.backends import IMMEDIATE_TASKS
from cms.demo import builder


class Command(BaseCommand):
    help = "Build the demo academy: people for every role, topics and site pages. Safe to re-run."

    # Building the demo promotes people and awards badges; nobody should get those emails,
    # not even through a task worker (with a queue, the worker would send them for real).
    @override_settings(
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        TASKS={"default": {"BACKEND": IMMEDIATE_TASKS}},
    )
    def handle(self, *args, **options):
        show_progress = options["verbosity"] > 0
        started = timezone.now()
        with tqdm(
            builder.STEPS, desc="Demo academy", unit="step", disable=not show_progress
        ) as steps:
            for label, step in steps:
                steps.set_postfix_str(label)
                builder.run_step(step)
        # The demo's history shows in the members' bells; none of it waits for a digest.
        notification_services.settle_digests(since=started)
        if show_progress:
            self.stdout.write(
                self.style.SUCCESS("Demo academy ready. Sign in with the users in README.md.")
            )
