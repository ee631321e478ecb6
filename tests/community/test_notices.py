"""Who hears about what happens in discussions, after commit and never for themselves."""

import pytest
from django.core import mail
from django.db import transaction

from academy.community import services
from academy.notifications.models import Notification
from academy.peers import services as peer_services

pytestmark = pytest.mark.django_db


def received(member) -> list[str]:
    return sorted(Notification.objects.filter(recipient=member).values_list("kind", flat=True))


def test_a_new_thread_tells_the_courses_teachers(scene):
    services.start_thread(author=scene["learner"], page=scene["lesson"], title="Q", body="?")
    assert received(scene["teacher"]) == ["new_thread"]
    assert received(scene["learner"]) == []


def test_a_reply_tells_the_threads_author_and_mentions_tell_the_mentioned(scene):
    thread = services.start_thread(
        author=scene["learner"], page=scene["lesson"], title="Q", body="?"
    )
    services.reply(author=scene["contributor"], thread=thread, body="Ask @tara or @marek")
    assert received(scene["learner"]) == ["thread_reply"]
    assert received(scene["teacher"]) == ["mention", "new_thread"]
    assert received(scene["moderator"]) == ["mention"]
    notification = Notification.objects.get(recipient=scene["learner"])
    assert notification.actor == scene["contributor"]
    assert "replied to your thread" in notification.text
    assert notification.url.endswith(f"#post-{thread.posts.last().pk}")


def test_replying_in_your_own_thread_and_mentioning_yourself_tell_nobody(scene):
    thread = services.start_thread(
        author=scene["learner"], page=scene["course"], title="Q", body="?"
    )
    Notification.objects.all().delete()
    services.reply(author=scene["learner"], thread=thread, body="Update from @lena")
    assert Notification.objects.count() == 0


def test_an_edit_tells_only_newly_mentioned_members(scene):
    thread = services.start_thread(
        author=scene["learner"], page=scene["lesson"], title="Q", body="Hi @cora"
    )
    services.edit_post(editor=scene["learner"], post=thread.opening, body="Hi @cora and @marek")
    assert received(scene["contributor"]) == ["mention"]
    assert received(scene["moderator"]) == ["mention"]


def test_held_posts_notify_only_once_approved(scene):
    thread = services.start_thread(
        author=scene["learner"], page=scene["lesson"], title="Q", body="?"
    )
    held = services.reply(author=scene["newcomer"], thread=thread, body="First words")
    assert received(scene["learner"]) == []
    services.restore_post(moderator=scene["moderator"], post=held)
    assert received(scene["learner"]) == ["thread_reply"]


def test_accepting_tells_the_answerer_and_hiding_by_reports_tells_the_author(scene, settings):
    thread = services.start_thread(
        author=scene["learner"], page=scene["lesson"], title="Q", body="?"
    )
    answer = services.reply(author=scene["contributor"], thread=thread, body="Try this")
    services.accept_answer(user=scene["learner"], post=answer)
    assert received(scene["contributor"]) == ["answer_accepted"]
    settings.ACADEMY_HIDE_AFTER_REPORTS = 1
    peer_services.flag_content(reporter=scene["teacher"], content=answer, reason="off_topic")
    assert received(scene["contributor"]) == ["answer_accepted", "post_hidden"]


def test_a_suggestion_tells_the_lessons_authors(scene):
    thread = services.start_thread(
        author=scene["learner"], page=scene["lesson"], title="Q", body="?"
    )
    answer = services.reply(author=scene["contributor"], thread=thread, body="Add this")
    services.suggest_improvement(user=scene["contributor"], post=answer)
    assert received(scene["teacher"]) == ["lesson_suggestion", "new_thread"]


def test_nothing_is_sent_for_a_write_that_rolled_back(scene, django_capture_on_commit_callbacks):
    def ask_then_fail():
        with transaction.atomic():
            services.start_thread(
                author=scene["learner"], page=scene["lesson"], title="Q", body="?"
            )
            raise RuntimeError

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
    ):
        ask_then_fail()
    assert not Notification.objects.exists()
    assert mail.outbox == []
    assert callbacks == []
