from django.shortcuts import render
from django.views.decorators.http import require_GET

from academy.courses.models import Topic

from .. import selectors
from ..selectors import leaderboard as leaderboard_selectors


@require_GET
def leaderboard(request):
    """Who earned the most reputation in the last 30 days, overall or in a topic."""
    topic = Topic.objects.filter(slug=request.GET.get("topic", "")).first()
    rows = leaderboard_selectors.top(topic=topic)
    own = opted_out = None
    user = request.user
    if user.is_authenticated:
        opted_out = selectors.profile_for(user=user).hide_from_leaderboards
        if not opted_out and all(row.user.pk != user.pk for row in rows):
            own = leaderboard_selectors.rank_of(user=user, topic=topic)
    return render(
        request,
        "peers/leaderboard.html",
        {
            "rows": rows,
            "own": own,
            "opted_out": opted_out,
            "topic": topic,
            "topics": Topic.objects.order_by("name"),
            "days": leaderboard_selectors.WINDOW_DAYS,
        },
    )
