"""Pages as the API shows them: only what their public pages show, never an email or a link
meant for registered attendees."""


def _url(page, request) -> str:
    return page.get_url(request=request) or ""


def _published(page) -> dict:
    return {
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }


def topic_ref(topic) -> dict:
    return {"slug": topic.slug, "name": topic.name}


def topic(item, request) -> dict:
    parent = item.parent.slug if item.parent else None
    return {**topic_ref(item), "description": item.description, "parent": parent}


def course(page, request) -> dict:
    return {
        "id": page.pk,
        "title": page.title,
        "slug": page.slug,
        "url": _url(page, request),
        "summary": page.summary,
        "level": page.level,
        "language": page.language,
        "topic": topic_ref(page.topic),
        "tags": sorted(tag.name for tag in page.tags.all()),
        "lesson_count": page.lesson_count,
        "total_minutes": page.total_minutes,
        "learner_count": page.learner_count,
        "average_rating": page.average_rating,
        **_published(page),
    }


def lesson_ref(page, request) -> dict:
    return {
        "id": page.pk,
        "title": page.title,
        "url": _url(page, request),
        "estimated_minutes": page.estimated_minutes,
    }


def course_detail(page, request, *, lessons) -> dict:
    return {
        **course(page, request),
        "outcomes": [block.value for block in page.outcomes],
        "prerequisites": page.prerequisites,
        "lessons": [lesson_ref(item, request) for item in lessons],
    }


def lesson(page, request) -> dict:
    return {
        **lesson_ref(page, request),
        "slug": page.slug,
        "summary": page.summary,
        "course": page.course_id,
        **_published(page),
    }


def person(user) -> dict:
    profile = getattr(user, "profile", None)
    username = user.get_username()
    return {"username": username, "name": profile.name if profile else username}


def session(page, request) -> dict:
    return {
        "id": page.pk,
        "title": page.title,
        "slug": page.slug,
        "url": _url(page, request),
        "description": page.description,
        "starts_at": page.starts_at,
        "ends_at": page.ends_at,
        "time_zone": page.time_zone,
        "level": page.level,
        "language": page.language,
        "topic": topic_ref(page.topic),
        "course": page.public_course_id,
        "hosts": [person(page.host), *(person(user) for user in page.cohosts.all())],
        "capacity": page.capacity,
        "seats_left": max(page.capacity - page.seats_taken, 0),
    }
