from ..models import CalendarFeed
from ..models.registrations import new_feed_token


def reset(*, user) -> CalendarFeed:
    """Give the member a new private feed address; any old one stops working at once."""
    feed, _created = CalendarFeed.objects.update_or_create(
        user=user, defaults={"token": new_feed_token()}
    )
    return feed
