from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class PeerReviewTask(AbstractGroupApprovalTask):
    """The first step of course review: a peer of the topic checks the draft.

    Works like Wagtail's group approval, except that nobody reviews their own course:
    who may review what is decided by `can(user, "course.review", course)`.
    """

    def _reviews(self, obj, user) -> bool:
        from academy.peers.permissions import can

        return self._user_in_groups(user) and can(user, "course.review", obj.specific)

    def user_can_access_editor(self, obj, user):
        return user.is_superuser or self._reviews(obj, user)

    def locked_for_user(self, obj, user):
        return not (user.is_superuser or self._reviews(obj, user))

    def user_can_lock(self, obj, user):
        return self._reviews(obj, user)

    def get_actions(self, obj, user):
        if user.is_superuser or self._reviews(obj, user):
            return super().get_actions(obj, user)
        return []

    def on_action(self, task_state, user, action_name, **kwargs):
        super().on_action(task_state, user, action_name, **kwargs)
        if action_name in {"approve", "reject"}:
            from ..services import record_review

            record_review(
                reviewer=user,
                task_state=task_state,
                page=task_state.workflow_state.content_object,
                approved=action_name == "approve",
            )

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if user.is_superuser:
            return states
        reviewable = [
            state.pk
            for state in states.select_related("workflow_state")
            if self._reviews(state.workflow_state.content_object, user)
        ]
        return states.filter(pk__in=reviewable)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups review, except the authors of the course.")

    class Meta:
        verbose_name = _("peer review task")
        verbose_name_plural = _("peer review tasks")


class CuratorApprovalTask(AbstractGroupApprovalTask):
    """The last step of course review: a curator approves, which publishes the course.

    Lessons are reviewed as part of their course, so approving a course also publishes the
    drafts of its lessons.
    """

    def on_action(self, task_state, user, action_name, **kwargs):
        super().on_action(task_state, user, action_name, **kwargs)
        content = task_state.workflow_state.content_object.specific
        if action_name == "approve" and content.live and hasattr(content, "outcomes"):
            from ..services import approve_course

            approve_course(course=content, user=user)
        elif action_name == "reject":
            from ..services import changes_requested

            changes_requested(reviewer=user, task_state=task_state, page=content)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve; a course is published with its lessons.")

    class Meta:
        verbose_name = _("curator approval task")
        verbose_name_plural = _("curator approval tasks")
