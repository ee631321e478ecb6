"""Reports that hide a post, newcomers' held first posts, moderators' hide and restore, and
the limits on how often each level may post."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.community import services
from academy.community.models import Post
from academy.peers import services as peer_services
from academy.peers.models import Flag, ReputationTotal
from academy.peers.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SPAM = "Cheap watches at example.com, click now"


def points(user) -> int:
    total = ReputationTotal.objects.filter(user=user, topic=None).first()
    return total.points if total else 0


@pytest.fixture
def spam(scene):
    thread = services.start_thread(
        author=scene["learner"], page=scene["lesson"], title="Retro ideas", body="Any ideas?"
    )
    spammer = UserFactory(username="spammer", roles=[Role.LEARNER])
    return services.reply(author=spammer, thread=thread, body=SPAM)


def report(member, post):
    return peer_services.flag_content(reporter=member, content=post, reason="spam")


def test_reports_from_enough_trusted_members_hide_a_post_until_a_moderator_decides(
    client, scene, spam, settings
):
    settings.ACADEMY_HIDE_AFTER_REPORTS = 2
    report(scene["learner"], spam)  # a learner's report counts for the queue, not for hiding
    report(scene["contributor"], spam)
    spam.refresh_from_db()
    assert spam.state == Post.State.VISIBLE
    report(scene["teacher"], spam)
    spam.refresh_from_db()
    assert spam.state == Post.State.HIDDEN
    thread_url = reverse("community:thread", args=[spam.thread_id])
    assert SPAM not in client.get(thread_url).content.decode()
    client.force_login(spam.author)
    assert "Hidden after reports" in client.get(thread_url).content.decode()


def test_a_pile_of_reports_costs_each_new_report_the_same(scene, spam, settings):
    """However many members reported a post, the next report reads the same number of rows."""
    settings.ACADEMY_HIDE_AFTER_REPORTS = 3

    def queries_of_one_more_report(role):
        member = UserFactory(roles=[role])
        with CaptureQueriesContext(connection) as queries:
            report(member, spam)
        return len(queries)

    few = queries_of_one_more_report(Role.LEARNER), queries_of_one_more_report(Role.CONTRIBUTOR)
    for _number in range(8):
        report(UserFactory(roles=[Role.LEARNER]), spam)
    many = queries_of_one_more_report(Role.LEARNER), queries_of_one_more_report(Role.CONTRIBUTOR)

    assert many == few
    spam.refresh_from_db()
    assert spam.state == Post.State.VISIBLE  # two trusted reports of the three it takes
    report(scene["teacher"], spam)
    spam.refresh_from_db()
    assert spam.state == Post.State.HIDDEN


def test_dismissing_the_reports_shows_a_hidden_post_again(scene, spam, settings):
    settings.ACADEMY_HIDE_AFTER_REPORTS = 1
    report(scene["contributor"], spam)
    content_type = ContentType.objects.get_for_model(Post)
    peer_services.dismiss_flags(
        moderator=scene["moderator"], content_type=content_type, object_id=spam.pk
    )
    spam.refresh_from_db()
    assert spam.state == Post.State.VISIBLE


def test_removing_from_the_queue_hides_costs_the_author_and_credits_reporters(
    client, scene, spam, commit
):
    report(scene["contributor"], spam)
    client.force_login(scene["moderator"])
    queue = client.get(reverse("peers_moderation")).content.decode()
    assert "Discussion post" in queue
    assert SPAM in queue
    content_type = ContentType.objects.get_for_model(Post)
    with commit():
        client.post(reverse("peers_moderation_remove", args=[content_type.pk, spam.pk]))
    spam.refresh_from_db()
    assert spam.state == Post.State.REMOVED
    assert points(spam.author) == -15
    assert points(scene["contributor"]) == 1
    assert Flag.objects.get().status == Flag.Status.REMOVED
    client.logout()
    assert (
        SPAM not in client.get(reverse("community:thread", args=[spam.thread_id])).content.decode()
    )


def test_a_moderator_hides_without_reports_once_and_restoring_refunds(scene, spam, commit):
    with pytest.raises(services.DiscussionError):
        services.hide_post(moderator=scene["teacher"], post=spam)
    with commit():
        assert services.hide_post(moderator=scene["moderator"], post=spam, note="Spam") is True
    with commit():
        assert services.hide_post(moderator=scene["moderator"], post=spam) is False
    assert points(spam.author) == -15
    with commit():
        assert services.restore_post(moderator=scene["moderator"], post=spam) is True
    spam.refresh_from_db()
    assert spam.state == Post.State.VISIBLE
    assert points(spam.author) == 0


def test_a_newcomers_first_post_waits_for_approval(client, scene):
    thread = services.start_thread(
        author=scene["learner"], page=scene["lesson"], title="Retro ideas", body="Any ideas?"
    )
    held = services.reply(author=scene["newcomer"], thread=thread, body="My first words here")
    assert held.state == Post.State.HELD
    second = services.reply(author=scene["newcomer"], thread=thread, body="And more")
    assert second.state == Post.State.HELD
    url = reverse("community:thread", args=[thread.pk])
    assert "My first words here" not in client.get(url).content.decode()
    client.force_login(scene["newcomer"])
    assert "Waiting for a moderator" in client.get(url).content.decode()
    client.force_login(scene["moderator"])
    queue = client.get(reverse("peers_moderation")).content.decode()
    assert "My first words here" in queue
    content_type = ContentType.objects.get_for_model(Post)
    client.post(reverse("peers_moderation_approve", args=[content_type.pk, held.pk]))
    held.refresh_from_db()
    assert held.state == Post.State.VISIBLE
    # Once one post is approved, the member posts freely.
    assert services.reply(author=scene["newcomer"], thread=thread, body="Free").state == "visible"


def test_holding_first_posts_can_be_switched_off(scene, settings):
    settings.ACADEMY_HOLD_FIRST_POSTS = False
    thread = services.start_thread(
        author=scene["newcomer"], page=scene["lesson"], title="Hello", body="First post"
    )
    assert thread.opening.state == Post.State.VISIBLE


def test_newcomers_post_less_often_than_trusted_members(scene):
    thread = services.start_thread(
        author=scene["contributor"], page=scene["lesson"], title="Retro ideas", body="Ideas?"
    )
    for number in range(3):
        services.reply(author=scene["newcomer"], thread=thread, body=f"Reply {number}")
    with pytest.raises(services.DiscussionError, match="try again in 10 minutes"):
        services.reply(author=scene["newcomer"], thread=thread, body="One too many")
    for number in range(5):
        services.reply(author=scene["contributor"], thread=thread, body=f"Answer {number}")
    assert Post.objects.filter(author=scene["newcomer"]).count() == 3


def test_a_rate_limited_reply_keeps_what_the_member_wrote(client, scene, settings):
    settings.ACADEMY_DISCUSSION_RATE_LIMITS = {"learner": ()}
    thread = services.start_thread(
        author=scene["learner"], page=scene["lesson"], title="Retro ideas", body="Ideas?"
    )
    settings.ACADEMY_DISCUSSION_RATE_LIMITS = {
        "learner": (services.threads.policy.RateLimit(posts=1, minutes=10),)
    }
    client.force_login(scene["learner"])
    response = client.post(
        reverse("community:thread", args=[thread.pk]), {"body": "My long careful answer"}
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "posting faster than your level allows" in text
    assert "My long careful answer" in text
