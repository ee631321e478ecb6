"""The demo academy's content: people, topics and site pages, as plain data."""

from academy.peers.roles import Role

DEMO_PASSWORD = "peer-academy-demo"

# username, display name, email, staff roles, superuser, bio
PEOPLE = [
    (
        "learner",
        "Lena Fischer",
        "learner@example.org",
        [],
        False,
        "Project coordinator in a public library, new to facilitation and curious about "
        "communities of practice.",
    ),
    (
        "teacher",
        "Tomás Rivera",
        "teacher@example.org",
        [],
        False,
        "Runs retrospectives for three product teams and writes down what works.",
    ),
    (
        "mentor",
        "Mei Chen",
        "mentor@example.org",
        [],
        False,
        "Knowledge manager for ten years. Reviews lessons and co-hosts first sessions.",
    ),
    (
        "curator",
        "Clara Okafor",
        "curator@example.org",
        [Role.CURATOR],
        False,
        "Curates the academy for the consultancy: features, approvals, measurements.",
    ),
    (
        "moderator",
        "Marek Nowak",
        "moderator@example.org",
        [Role.MODERATOR],
        False,
        "Keeps live rooms and discussions friendly and on topic.",
    ),
    (
        "ana",
        "Ana Souza",
        "ana@example.org",
        [],
        False,
        "Community manager for a distributed team across four time zones. Writes in Spanish "
        "and English.",
    ),
    (
        "jonas",
        "Jonas Weber",
        "jonas@example.org",
        [],
        False,
        "Facilitator in a city administration. Teaches in German.",
    ),
    (
        "priya",
        "Priya Nair",
        "priya@example.org",
        [],
        False,
        "Coaches teams in storytelling and working out loud.",
    ),
    ("admin", "Ada Admin", "admin@example.org", [], True, "Runs the platform."),
]

# Founding teachers, granted by the curator when the academy opened; every later role is
# earned on the ladder. (username, role, topic slug)
FOUNDING_ROLES = [
    ("teacher", Role.PEER_TEACHER, "facilitation"),
    ("teacher", Role.PEER_TEACHER, "remote-collaboration"),
    ("mentor", Role.PEER_TEACHER, "knowledge-management"),
    ("mentor", Role.PEER_TEACHER, "communities-of-practice"),
    ("mentor", Role.PEER_TEACHER, "storytelling"),
    ("mentor", Role.PEER_TEACHER, "facilitation"),
    ("mentor", Role.MENTOR, "facilitation"),
    ("priya", Role.PEER_TEACHER, "working-out-loud"),
    ("priya", Role.PEER_TEACHER, "storytelling"),
    ("priya", Role.MENTOR, "storytelling"),
    ("ana", Role.PEER_TEACHER, "remote-collaboration"),
    ("ana", Role.PEER_TEACHER, "communities-of-practice"),
    ("ana", Role.PEER_TEACHER, "storytelling"),
    ("jonas", Role.PEER_TEACHER, "retrospectives"),
    ("jonas", Role.PEER_TEACHER, "knowledge-management"),
]

# Demo learning: (username, course slug, lessons done: "all" or a number)
ENROLMENTS = [
    ("learner", "running-your-first-retrospective", 2),
    ("learner", "working-out-loud-in-five-steps", 4),
    ("learner", "after-action-reviews-in-twenty-minutes", 0),
    ("teacher", "working-out-loud-in-five-steps", 3),
    ("moderator", "running-your-first-retrospective", "all"),
    ("ana", "running-your-first-retrospective", "all"),
    ("mentor", "running-your-first-retrospective", 3),
    ("curator", "working-out-loud-in-five-steps", 2),
]

# Demo feedback: (username, course slug, lesson position, rating, comment, kudos)
FEEDBACK = [
    ("learner", "running-your-first-retrospective", 0, 5, "Short and clear, thank you.", True),
    ("learner", "working-out-loud-in-five-steps", 1, 4, "", True),
    ("moderator", "running-your-first-retrospective", 2, 5, "The check-in round works.", True),
    ("mentor", "running-your-first-retrospective", 1, 4, "", False),
    ("teacher", "working-out-loud-in-five-steps", 0, 3, "I would like more examples.", True),
    ("curator", "working-out-loud-in-five-steps", 1, 5, "", True),
    ("ana", "running-your-first-retrospective", 0, 5, "Usaré el check-in de una palabra.", True),
    ("ana", "running-your-first-retrospective", 3, 4, "", True),
    ("ana", "running-your-first-retrospective", 4, 5, "", False),
]

# The academy's past, for the ladder: when each published course was approved (its authors
# earned "content approved" then), and peer reviews done. Replayed oldest first, each
# reviewed as of its own date, so roles are earned when they would have been.
# course slug: days ago
APPROVED_DAYS_AGO = {
    "retrospektiven-in-der-verwaltung": 210,
    "running-your-first-retrospective": 75,
    "retrospective-formats-that-keep-it-fresh": 40,
    "after-action-reviews-in-twenty-minutes": 65,
    "keeping-a-team-knowledge-base-healthy": 50,
    "working-out-loud-in-five-steps": 120,
    "starting-a-community-of-practice": 90,
    "storytelling-for-lessons-learned": 100,
    "facilitating-remote-workshops": 30,
    "comunidades-de-practica-a-distancia": 60,
    "contar-historias-para-el-cambio": 45,
}
# (reviewer, course slug, days ago)
PAST_REVIEWS = [
    ("jonas", "running-your-first-retrospective", 160),
    ("jonas", "retrospective-formats-that-keep-it-fresh", 155),
    ("jonas", "after-action-reviews-in-twenty-minutes", 150),
    ("jonas", "keeping-a-team-knowledge-base-healthy", 145),
    ("mentor", "running-your-first-retrospective", 76),
    ("mentor", "facilitating-remote-workshops", 31),
    ("priya", "contar-historias-para-el-cambio", 46),
]

# Demo practice reports: (username, course slug, lesson position, text)
PRACTICE = [
    (
        "moderator",
        "running-your-first-retrospective",
        2,
        "Tried the one-word check-in with our volunteers' team: even the newest member spoke.",
    ),
]

# slug, name, description, parent slug
TOPICS = [
    (
        "facilitation",
        "Facilitation",
        "Running meetings and workshops where everyone can think and speak.",
        None,
    ),
    (
        "retrospectives",
        "Retrospectives",
        "Looking back together to decide what to change next.",
        "facilitation",
    ),
    (
        "knowledge-management",
        "Knowledge management",
        "Capturing, sharing and finding what an organisation knows.",
        None,
    ),
    (
        "after-action-reviews",
        "After-action reviews",
        "Short structured reviews right after the work is done.",
        "knowledge-management",
    ),
    (
        "working-out-loud",
        "Working out loud",
        "Making work visible so others can learn from it and help.",
        None,
    ),
    (
        "communities-of-practice",
        "Communities of practice",
        "Starting and growing groups of people who share a craft.",
        None,
    ),
    (
        "remote-collaboration",
        "Remote collaboration",
        "Working well together across places and time zones.",
        None,
    ),
    (
        "storytelling",
        "Storytelling for change",
        "Using stories to share lessons and move people to act.",
        None,
    ),
    # Learners ask for it and nobody teaches it yet: the console's first gap.
    (
        "decision-making",
        "Decision making",
        "Deciding together: consent, sociocracy and advice processes.",
        None,
    ),
]

HOME = {
    "hero_heading": "Learn from peers who are one step ahead",
    "hero_intro": (
        "Peer Academy is where practitioners share what they have tried: short lessons, "
        "live sessions and honest feedback, free and at eye level. Start as a learner; "
        "teach when you are ready."
    ),
    "join_heading": "Learn from peers. Then teach.",
    "join_text": (
        "Every teacher here started as a learner. Join for free, follow a course, and "
        "when you know a topic well, share it with the next newcomer."
    ),
}

SITE_SETTINGS = {
    "tagline": "A peer-learning academy for people who make organisations learn.",
    "footer_text": "Curated by the consultancy, written by its community.",
    "contact_email": "academy@example.org",
}


def _paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


# slug, title, intro, body blocks (StreamField raw data)
PAGES = [
    (
        "how-it-works",
        "How it works",
        "Peers who are one step ahead teach the ones who are just starting. "
        "Here is how learning and teaching work in the academy.",
        [
            {"type": "heading", "value": {"text": "Learn", "level": "h2"}},
            _paragraph(
                "<p>Browse courses by topic, enrol for free and work through short lessons at "
                "your own pace. Join live sessions to practise with others and ask questions.</p>"
            ),
            {"type": "heading", "value": {"text": "Contribute", "level": "h2"}},
            _paragraph(
                "<p>Give kudos and feedback on lessons, report how an idea worked when you "
                "<b>tried it in practice</b>, and answer other learners' questions.</p>"
            ),
            {"type": "heading", "value": {"text": "Teach", "level": "h2"}},
            _paragraph(
                "<p>When you know a topic well you become a peer teacher in it. You write "
                "lessons in the editor, a mentor of the topic reviews them, and a curator "
                "approves and publishes them.</p>"
            ),
            {
                "type": "quote",
                "value": {
                    "quote": "I taught my first session three months after joining as a learner.",
                    "attribution": "Tomás, peer teacher in Retrospectives",
                },
            },
        ],
    ),
    (
        "about",
        "About the academy",
        "A place where a consultancy's community shares what it knows, run in the open.",
        [
            _paragraph(
                "<p>The academy is run by a knowledge-management consultancy and written by its "
                "community. Curators look after quality: they approve and feature lessons, and "
                "they measure what helps people most.</p>"
            ),
            _paragraph(
                "<p>Everything here is free. Teachers are peers, not gurus: they are a step "
                "ahead in one topic and often newcomers in the next.</p>"
            ),
        ],
    ),
    (
        "code-of-conduct",
        "Code of conduct",
        "Be kind, be curious, be specific.",
        [
            _paragraph(
                "<ul><li>Assume good intent and ask before you judge.</li>"
                "<li>Share what you tried, including what did not work.</li>"
                "<li>Give credit to the people and sources you learned from.</li>"
                "<li>Moderators may hide posts and remove people who make others feel unwelcome."
                "</li></ul>"
            ),
        ],
    ),
]
