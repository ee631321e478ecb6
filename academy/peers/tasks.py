# Emails moved to the notifications app; emails queued before the move name this path, so the
# worker must still find the task here.
from academy.notifications.tasks import deliver_email

__all__ = ["deliver_email"]
