from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from tqdm import tqdm

from academy.peers import services


class Command(BaseCommand):
    help = "Recompute every member's reputation totals, overall and per topic, from the ledger."

    def handle(self, *args, **options):
        users = get_user_model().objects.order_by("pk")
        with tqdm(
            total=users.count(), desc="Reputation", unit="member", disable=options["verbosity"] == 0
        ) as progress:
            for batch_start in range(0, progress.total, 500):
                batch = list(users[batch_start : batch_start + 500])
                services.rebuild_totals(users=batch)
                progress.update(len(batch))
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Reputation totals rebuilt from the ledger."))
