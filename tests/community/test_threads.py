"""Threads, replies, votes, accepted answers, pins, locks and moves, through the services
and the pages members use."""

import pytest
from django.urls import reverse

from academy.community import services
from academy.community.models import Post, PostRevision, Thread
from academy.peers.models import ReputationEvent, ReputationTotal
from academy.peers.reputation import Cause
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course, make_lesson

pytestmark = pytest.mark.django_db


def ask(scene, author="learner", page="lesson", **fields):
    fields.setdefault("title", "How do I start a retro?")
    fields.setdefault("body", "Our team never looked back. Where do I begin?")
    return services.start_thread(author=scene[author], page=scene[page], **fields)


def points(user) -> int:
    total = ReputationTotal.objects.filter(user=user, topic=None).first()
    return total.points if total else 0


def test_a_member_asks_under_a_lesson_and_it_is_listed(client, scene):
    client.force_login(scene["learner"])
    response = client.post(
        reverse("community:discussion", args=[scene["lesson"].pk]),
        {"title": "Silent start?", "body": "Does *silent* writing work for retros?"},
    )
    thread = Thread.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("community:thread", args=[thread.pk])
    page = client.get(response.url).content.decode()
    assert "<em>silent</em>" in page
    listing = client.get(reverse("community:discussion", args=[scene["lesson"].pk]))
    assert "Silent start?" in listing.content.decode()
    lesson_page = client.get(scene["lesson"].url).content.decode()
    assert "Silent start?" in lesson_page


def test_an_empty_thread_is_refused_with_field_errors_and_nothing_saved(client, scene):
    client.force_login(scene["learner"])
    response = client.post(
        reverse("community:discussion", args=[scene["lesson"].pk]), {"title": "", "body": " "}
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not Thread.objects.exists()


def test_anonymous_visitors_read_but_are_sent_to_sign_in_to_post(client, scene):
    thread = ask(scene)
    url = reverse("community:thread", args=[thread.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"body": "Me too"})
    assert response.status_code == 302
    assert reverse("account_login") in response.url
    assert Post.objects.count() == 1


def test_drafts_and_restricted_pages_have_no_discussion(client, scene):
    draft = make_course("Unfinished", live=False)
    assert client.get(reverse("community:discussion", args=[draft.pk])).status_code == 404
    with pytest.raises(services.DiscussionError):
        services.start_thread(author=scene["learner"], page=draft, title="Hi", body="Hey")


def test_a_thread_on_an_unpublished_lesson_disappears_with_it(client, scene):
    thread = ask(scene)
    scene["lesson"].unpublish()
    assert client.get(reverse("community:thread", args=[thread.pk])).status_code == 404


def test_replies_bump_the_thread_and_are_refused_in_a_locked_one(scene):
    thread = ask(scene)
    services.reply(author=scene["teacher"], thread=thread, body="Start with what went well.")
    services.lock_thread(user=scene["moderator"], thread=thread)
    with pytest.raises(services.DiscussionError):
        services.reply(author=scene["learner"], thread=thread, body="Thanks!")
    services.reply(author=scene["moderator"], thread=thread, body="Locked: answered.")
    assert thread.posts.count() == 3


def test_only_moderators_lock_and_move(scene):
    thread = ask(scene)
    for member in ("learner", "teacher"):
        with pytest.raises(services.DiscussionError):
            services.lock_thread(user=scene[member], thread=thread)
        with pytest.raises(services.DiscussionError):
            services.move_thread(user=scene[member], thread=thread, page=scene["course"])
    services.move_thread(user=scene["moderator"], thread=thread, page=scene["course"])
    thread.refresh_from_db()
    assert thread.page_id == scene["course"].pk


def test_teachers_of_the_course_pin_and_pinned_threads_come_first(client, scene):
    first = ask(scene, title="Older question")
    ask(scene, title="Newer question")
    with pytest.raises(services.DiscussionError):
        services.pin_thread(user=scene["learner"], thread=first)
    assert services.pin_thread(user=scene["teacher"], thread=first) is True
    page = client.get(reverse("community:discussion", args=[scene["lesson"].pk])).content
    text = page.decode()
    assert text.index("Older question") < text.index("Newer question")


def test_one_upvote_per_member_feeds_the_authors_reputation(scene, commit):
    thread = ask(scene)
    answer = services.reply(author=scene["teacher"], thread=thread, body="Try a timeline.")
    with commit():
        assert services.toggle_vote(user=scene["learner"], post=answer) is True
    answer.refresh_from_db()
    assert answer.score == 1
    assert points(scene["teacher"]) == 2
    with commit():
        assert services.toggle_vote(user=scene["learner"], post=answer) is False
    answer.refresh_from_db()
    assert answer.score == 0
    assert points(scene["teacher"]) == 0
    with pytest.raises(services.DiscussionError):
        services.toggle_vote(user=scene["teacher"], post=answer)


def test_the_asker_or_a_teacher_accepts_and_the_answerer_gains(scene, commit):
    thread = ask(scene)
    first = services.reply(author=scene["contributor"], thread=thread, body="Timeline.")
    second = services.reply(author=scene["teacher"], thread=thread, body="Start small.")
    with pytest.raises(services.DiscussionError):
        services.accept_answer(user=scene["newcomer"], post=first)
    with commit():
        assert services.accept_answer(user=scene["learner"], post=first) is True
    assert points(scene["contributor"]) == 10
    # The teacher prefers the other answer: the acceptance moves, and its points with it.
    with commit():
        services.accept_answer(user=scene["teacher"], post=second)
    thread.refresh_from_db()
    assert thread.accepted_answer == second
    assert points(scene["contributor"]) == 0
    assert points(scene["teacher"]) == 10
    causes = ReputationEvent.objects.values_list("cause", flat=True)
    assert sorted(causes) == sorted(
        [Cause.ANSWER_ACCEPTED, Cause.ANSWER_UNACCEPTED, Cause.ANSWER_ACCEPTED]
    )


def test_answering_your_own_question_earns_nothing(scene, commit):
    thread = ask(scene)
    own = services.reply(author=scene["learner"], thread=thread, body="Found it myself.")
    with commit():
        services.accept_answer(user=scene["learner"], post=own)
    assert points(scene["learner"]) == 0


def test_the_opening_post_cannot_be_the_answer(scene):
    thread = ask(scene)
    with pytest.raises(services.DiscussionError):
        services.accept_answer(user=scene["learner"], post=thread.opening)


def test_edits_keep_the_earlier_text_for_moderators_only(client, scene):
    thread = ask(scene)
    services.edit_post(
        editor=scene["learner"], post=thread.opening, body="Edited text", title="Better title"
    )
    revision = PostRevision.objects.get()
    assert revision.title == "How do I start a retro?"
    assert revision.body.startswith("Our team never looked back")
    history = reverse("community:history", args=[thread.opening.pk])
    client.force_login(scene["learner"])
    assert client.get(history).status_code == 403
    client.force_login(scene["moderator"])
    page = client.get(history).content.decode()
    assert "Our team never looked back" in page
    with pytest.raises(services.DiscussionError):
        services.edit_post(editor=scene["teacher"], post=thread.opening, body="Not mine")


def test_sorting_by_votes_and_unanswered(client, scene):
    quiet = ask(scene, title="Quiet question")
    popular = ask(scene, title="Popular question")
    services.reply(author=scene["teacher"], thread=popular, body="An answer")
    services.toggle_vote(user=scene["teacher"], post=popular.opening)
    url = reverse("community:discussion", args=[scene["lesson"].pk])
    by_votes = client.get(url, {"sort": "votes"}).content.decode()
    assert by_votes.index("Popular question") < by_votes.index("Quiet question")
    unanswered = client.get(url, {"sort": "unanswered"}).content.decode()
    assert "Quiet question" in unanswered
    assert "Popular question" not in unanswered
    assert quiet.pk


def test_threads_are_paginated(client, scene, settings):
    settings.ACADEMY_DISCUSSION_RATE_LIMITS = {}
    for number in range(23):
        ask(scene, title=f"Question number {number:02d}")
    url = reverse("community:discussion", args=[scene["lesson"].pk])
    first = client.get(url, {"sort": "newest"}).content.decode()
    second = client.get(url, {"sort": "newest", "page": 2}).content.decode()
    assert "Question number 22" in first
    assert "Question number 00" not in first
    assert "Question number 00" in second
    assert "Page 2 of 2" in second


def test_a_suspended_member_cannot_post(scene):
    from academy.peers import services as peer_services

    peer_services.suspend(
        moderator=scene["moderator"], member=scene["learner"], reason="Spam", days=3
    )
    with pytest.raises(services.DiscussionError):
        ask(scene)


def test_a_teacher_turns_an_answer_into_a_lesson_suggestion_the_author_sees(client, scene):
    thread = ask(scene)
    answer = services.reply(author=scene["contributor"], thread=thread, body="Add a timeline.")
    with pytest.raises(services.DiscussionError):
        services.suggest_improvement(user=scene["newcomer"], post=answer)
    suggestion, created = services.suggest_improvement(user=scene["contributor"], post=answer)
    assert created
    assert services.suggest_improvement(user=scene["teacher"], post=answer) == (
        suggestion,
        False,
    )
    client.force_login(scene["teacher"])
    admin_page = client.get(reverse("community_suggestions")).content.decode()
    assert "Add a timeline." in admin_page
    other_teacher = UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")])
    client.force_login(other_teacher)
    assert "Add a timeline." not in client.get(reverse("community_suggestions")).content.decode()
    client.force_login(scene["teacher"])
    client.post(
        reverse("community_decide_suggestion", args=[suggestion.pk]), {"decision": "applied"}
    )
    suggestion.refresh_from_db()
    assert suggestion.status == "applied"


def test_answers_under_a_course_cannot_become_lesson_suggestions(scene):
    thread = ask(scene, page="course")
    answer = services.reply(author=scene["teacher"], thread=thread, body="See lesson 2.")
    with pytest.raises(services.DiscussionError):
        services.suggest_improvement(user=scene["teacher"], post=answer)


def test_seed_threads_are_for_moderators_and_shown_on_the_course_page(client, scene):
    with pytest.raises(services.DiscussionError):
        ask(scene, page="course", seed=True)
    title = "What made your last retro work?"
    ask(scene, author="moderator", page="course", seed=True, title=title)
    page = client.get(scene["course"].url).content.decode()
    assert "Start the conversation" in page
    assert title in page


def test_an_empty_discussion_invites_the_first_question(client, scene):
    page = client.get(make_lesson(scene["course"], "Quiet lesson").url).content.decode()
    assert "No questions yet" in page


def test_the_edit_and_move_pages_show_their_forms_and_refuse_bad_input(client, scene):
    thread = ask(scene)
    client.force_login(scene["learner"])
    edit_url = reverse("community:edit", args=[thread.opening.pk])
    assert "Moderators can see earlier versions." in client.get(edit_url).content.decode()
    response = client.post(edit_url, {"title": "", "body": "Still here"})
    assert response.status_code == 400
    assert "Still here" in response.content.decode()
    assert client.get(reverse("community:move", args=[thread.pk])).status_code == 403
    client.force_login(scene["moderator"])
    move = client.get(reverse("community:move", args=[thread.pk])).content.decode()
    assert "Move thread" in move
    assert scene["course"].title in move
