from django.core.management.base import BaseCommand
from tqdm import tqdm

from academy.peers import services
from academy.peers.selectors import ladder as ladder_selectors


class Command(BaseCommand):
    help = (
        "Move every active member along the ladder: promotions, warnings, and demotions once "
        "the grace period is over, and the Wagtail groups that mirror teaching roles. Run it "
        "daily (cron); it is safe to run again."
    )

    def handle(self, *args, **options):
        members = ladder_selectors.members_to_review()
        changes = 0
        with tqdm(
            total=members.count(), desc="Ladder", unit="member", disable=options["verbosity"] == 0
        ) as progress:
            for member in members.iterator(chunk_size=500):
                before = member.role_changes.count()
                services.member_changed(user=member)
                services.sync_groups(user=member)
                changes += member.role_changes.count() - before
                progress.update(1)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Ladder updated: {changes} role changes."))
