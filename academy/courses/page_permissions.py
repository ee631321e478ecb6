"""Wagtail's page permission tester, narrowed for peer authors.

Wagtail's "add" permission lets a group create pages anywhere below a page and edit the
ones its members own. Peer teachers hold "add" on the catalogue, so on catalogue pages this
tester also asks `can()`: a course and its lessons are edited only by the course's authors
(owner or co-author) and curators, nobody copies or reads the history of a course they may
not edit, and only authors add lessons to a course. Publishing stays with Wagtail's
"publish" permission, which only curators hold.
"""

from wagtail.models import PagePermissionTester

from academy.peers.permissions import can

from .models import CatalogueIndexPage


class AuthoringPermissionTester(PagePermissionTester):
    def _may_edit(self) -> bool:
        return can(self.user, "course.edit", self.page.specific)

    def can_edit(self):
        if not super().can_edit():
            # Co-authors do not own the page, yet may edit it; reviewers of a course open its
            # lessons, which are reviewed with it.
            return ("add" in self.permissions and self._may_edit()) or self._reviews()
        if self.user.is_superuser or "change" in self.permissions:
            return True
        # Owners with "add" (teachers) and workflow reviewers; an owner who is no longer
        # allowed to author keeps read access only through the workflow.
        return self._may_edit() or self._reviews()

    def _reviews(self) -> bool:
        """A reviewer of the page, or of the course a lesson belongs to, may open it."""
        for page in (self.page, self.page.get_parent()):
            task = page.current_workflow_task
            if task and task.user_can_access_editor(page, self.user):
                return True
        return False

    def can_add_subpage(self):
        if not super().can_add_subpage():
            return False
        if self.user.is_superuser or "change" in self.permissions:
            return True
        return issubclass(self.page.specific_class, CatalogueIndexPage) or self._may_edit()

    def can_copy(self):
        return self.can_edit() and self._may_edit()

    def can_view_revisions(self):
        return super().can_view_revisions() and self.can_edit()
