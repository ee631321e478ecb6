"""How rows of the room look on the wire. Events carry the state they leave behind (the
vote count, the whole hand queue), so applying one twice changes nothing."""

from academy.peers.selectors.profiles import display_name


def person(user) -> dict:
    return {"id": user.pk, "name": display_name(user)}


def message(row) -> dict:
    return {
        "id": row.pk,
        "author": person(row.author),
        "text": row.text,
        "at": row.created_at.isoformat(),
    }


def question(row) -> dict:
    return {
        "id": row.pk,
        "author": person(row.author),
        "text": row.text,
        "votes": row.votes,
        "answered": row.answered,
        "pinned": row.pinned,
        "at": row.created_at.isoformat(),
    }


def hands(rows) -> list[dict]:
    return [{"user": person(row.user), "at": row.raised_at.isoformat()} for row in rows]
