"""Wagtail's page permission tester, narrowed for sessions.

Peer teachers hold "add" and "publish" on the sessions index so they can schedule without
waiting for anyone; on a session itself every action (edit, publish, unpublish, delete,
move, copy, history) is for the people who run it — host and co-hosts — and curators.
"""

from wagtail.models import PagePermissionTester

from academy.peers.permissions import can


class SessionPermissionTester(PagePermissionTester):
    def _runs(self) -> bool:
        return can(self.user, "session.run", self.page.specific)

    def can_edit(self):
        # Co-hosts do not own the page, yet run the session.
        allowed = super().can_edit() or "add" in self.permissions
        return allowed and self._runs()

    def can_publish(self):
        return super().can_publish() and self._runs()

    def can_unpublish(self):
        return super().can_unpublish() and self._runs()

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and self._runs()

    def can_move(self):
        return super().can_move() and self._runs()

    def can_copy(self):
        return super().can_copy() and self._runs()

    def can_view_revisions(self):
        return super().can_view_revisions() and self._runs()
