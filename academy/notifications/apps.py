from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "academy.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        # The authors of a course hear that it was approved or sent back through their
        # notifications (`courses.services`), with their email settings and an unsubscribe
        # link; Wagtail's own emails about it would tell the submitter twice. Its emails to
        # reviewers about a submission stay. Wagtail's admin connects these in its ready(),
        # which runs before this one: this app comes after it in INSTALLED_APPS.
        from wagtail.models import WorkflowState
        from wagtail.signals import workflow_approved, workflow_rejected

        workflow_approved.disconnect(
            sender=WorkflowState, dispatch_uid="workflow_state_approved_email_notification"
        )
        workflow_rejected.disconnect(
            sender=WorkflowState, dispatch_uid="workflow_state_rejected_email_notification"
        )
