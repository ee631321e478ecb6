"""The demo catalogue: courses with their lessons, and learning paths, as plain data."""


def _p(*sentences):
    return {"type": "paragraph", "value": "<p>" + " ".join(sentences) + "</p>"}


def _check(question, answer, explanation=""):
    return {
        "type": "quick_check",
        "value": {"question": question, "answer": answer, "explanation": explanation},
    }


def _tip(text, title="", kind="tip"):
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": f"<p>{text}</p>"}}


def _practice(title, context, did, happened):
    return {
        "type": "practice",
        "value": {
            "title": title,
            "context": context,
            "what_we_did": f"<p>{did}</p>",
            "what_happened": happened,
        },
    }


def _lesson(slug, title, summary, minutes, *body):
    return {
        "slug": slug,
        "title": title,
        "summary": summary,
        "minutes": minutes,
        "body": list(body),
    }


COURSES = [
    {
        "slug": "running-your-first-retrospective",
        "title": "Running your first retrospective",
        "topic": "retrospectives",
        "extra_topics": ["facilitation"],
        "tags": ["meetings", "teams"],
        "level": "beginner",
        "language": "en",
        "summary": (
            "Plan and host a one-hour retrospective that ends with two changes your team "
            "actually tries, even if you have never facilitated before."
        ),
        "outcomes": [
            "Plan the five phases of a retrospective",
            "Open the room so everyone speaks in the first five minutes",
            "Close with small experiments that have an owner and a date",
        ],
        "prerequisites": "",
        "author": "teacher",
        "co_authors": [],
        "state": "published",
        "featured": True,
        "lessons": [
            _lesson(
                "why-look-back",
                "Why look back together",
                "What a retrospective is for, and what it is not.",
                8,
                _p(
                    "A retrospective is a short, regular meeting where a team looks at how it "
                    "worked, not at what it built. The goal is one or two changes to try next.",
                    "It is not a blame session and not a status meeting.",
                ),
                _tip("Keep the first one to an hour. Short and useful beats long and thorough."),
                _check(
                    "What should a retrospective end with?",
                    "One or two small changes the team will try, each with an owner.",
                    "Long lists of problems feel productive but rarely change anything.",
                ),
            ),
            _lesson(
                "five-phases",
                "The five phases",
                "Set the stage, gather data, generate insights, decide, close.",
                12,
                _p(
                    "Most retrospectives follow five phases. Setting the stage gets everyone "
                    "talking; gathering data builds a shared picture of the last weeks.",
                    "Generating insights asks why things happened, deciding picks what to try, "
                    "and closing checks how the meeting itself went.",
                ),
                {"type": "heading", "value": {"text": "A one-hour plan", "level": "h3"}},
                _p(
                    "Five minutes to set the stage, twenty to gather data, fifteen for "
                    "insights, fifteen to decide and five to close.",
                    "Write the plan on the board so people know where the hour goes.",
                ),
                _check(
                    "Which phase do new facilitators most often skip?",
                    "Generating insights.",
                    "Jumping from data straight to actions produces fixes for symptoms.",
                ),
            ),
            _lesson(
                "set-the-stage",
                "Set the stage",
                "A check-in that gets every voice into the room.",
                10,
                _p(
                    "Ask one easy question and go round the room: 'In one word, how was this "
                    "sprint?' Everyone who speaks early is more likely to speak later.",
                    "Then restate the goal of the meeting and the timebox.",
                ),
                _practice(
                    "A silent team speaks up",
                    "A six-person library systems team whose retrospectives were dominated by "
                    "the lead.",
                    "We opened with a one-word round and asked the lead to answer last.",
                    "Four people spoke in the first five minutes instead of one, and the "
                    "action list came from the whole team.",
                ),
                _check(
                    "Why should everyone speak in the first minutes?",
                    "Because people who speak early keep contributing.",
                ),
            ),
            _lesson(
                "gather-data",
                "Gather data with a timeline",
                "Build a shared picture of what happened before judging it.",
                12,
                _p(
                    "Draw a line across the board for the period you look back on. Each person "
                    "adds sticky notes for events, good and bad, in silence for five minutes.",
                    "Then walk the timeline together and cluster what belongs together.",
                ),
                _tip(
                    "Silent writing first stops the loudest person from setting the agenda.",
                    title="Write before you talk",
                ),
                _check(
                    "What does the timeline give the team before any discussion?",
                    "A shared picture of the facts, in order.",
                ),
            ),
            _lesson(
                "decide-and-close",
                "Decide what to try and close",
                "Turn insights into small experiments with owners.",
                10,
                _p(
                    "Vote with dots on the clusters that matter most. For the top one or two, "
                    "agree on an experiment: what you will try, who owns it and when you check.",
                    "Close by asking how useful the meeting was on a scale from one to five.",
                ),
                _tip(
                    "An action without an owner and a date is a wish.",
                    kind="warning",
                    title="Avoid orphan actions",
                ),
                _check(
                    "What makes an action likely to happen?",
                    "It is small, has one owner, and has a date to check it.",
                ),
            ),
        ],
    },
    {
        "slug": "retrospective-formats-that-keep-it-fresh",
        "title": "Retrospective formats that keep it fresh",
        "topic": "retrospectives",
        "extra_topics": [],
        "tags": ["formats", "teams"],
        "level": "intermediate",
        "language": "en",
        "summary": (
            "When every retrospective feels the same, people stop thinking. Five formats and "
            "when to pick which."
        ),
        "outcomes": [
            "Choose a format that fits the team's current mood",
            "Run a sailboat and a starfish retrospective",
            "Notice when a format has worn out",
        ],
        "prerequisites": "You have run a few retrospectives.",
        "author": "teacher",
        "co_authors": ["mentor"],
        "state": "published",
        "featured": False,
        "lessons": [
            _lesson(
                "signs-of-fatigue",
                "Signs of retrospective fatigue",
                "How to tell the ritual has gone stale.",
                8,
                _p(
                    "The same three people talk, the same topics come up, and actions repeat "
                    "from last month. These are signs the format no longer helps people think.",
                ),
                _check(
                    "Name one sign that a retrospective format has worn out.",
                    "The same actions come back sprint after sprint.",
                ),
            ),
            _lesson(
                "sailboat",
                "The sailboat",
                "Wind, anchors, rocks and the island.",
                10,
                _p(
                    "Draw a boat: wind is what pushes the team forward, anchors what holds it "
                    "back, rocks the risks ahead and the island the goal.",
                    "The picture invites people to talk about the future, not only the past.",
                ),
                _tip("Use the sailboat after a hard release; the metaphor lowers tension."),
                _check("What do the rocks stand for?", "Risks ahead."),
            ),
            _lesson(
                "starfish",
                "The starfish",
                "Keep, more, less, start, stop.",
                10,
                _p(
                    "Five columns give finer choices than good and bad: what to keep doing, "
                    "do more of, do less of, start and stop.",
                ),
                _practice(
                    "From complaints to adjustments",
                    "A product team that only ever listed what went wrong.",
                    "We switched to the starfish and asked for at least one note per column.",
                    "The 'do less' column turned complaints into adjustments the team could "
                    "agree on.",
                ),
                _check("Why does 'do less' help?", "It allows a change without stopping."),
            ),
            _lesson(
                "pick-a-format",
                "Picking the right format",
                "Match the format to the moment.",
                8,
                _p(
                    "After a crisis, pick a format that lets people vent safely first. In calm "
                    "times, pick one that looks ahead. Rotate before people get bored.",
                ),
                _check(
                    "Which kind of format fits right after a crisis?",
                    "One that lets people share feelings safely before looking for fixes.",
                ),
            ),
        ],
    },
    {
        "slug": "after-action-reviews-in-twenty-minutes",
        "title": "After-action reviews in twenty minutes",
        "topic": "after-action-reviews",
        "extra_topics": ["knowledge-management"],
        "tags": ["learning", "projects"],
        "level": "beginner",
        "language": "en",
        "summary": (
            "Four questions, twenty minutes, right after the work: the quickest way to turn "
            "experience into lessons your organisation keeps."
        ),
        "outcomes": [
            "Ask the four after-action review questions",
            "Keep the review short and blame-free",
            "Record lessons where the next team will find them",
        ],
        "prerequisites": "",
        "author": "mentor",
        "co_authors": [],
        "state": "published",
        "featured": True,
        "lessons": [
            _lesson(
                "four-questions",
                "The four questions",
                "What was planned, what happened, why, what next time.",
                8,
                _p(
                    "An after-action review asks four questions: What did we plan? What "
                    "actually happened? Why was there a difference? What will we do next time?",
                ),
                _check(
                    "Which question finds the lesson?",
                    "Why was there a difference between plan and outcome?",
                ),
            ),
            _lesson(
                "right-after",
                "Do it right after",
                "Memories fade within days.",
                6,
                _p(
                    "Hold the review within a day of the event, with the people who did the "
                    "work. After a week, people remember a tidier story than what happened.",
                ),
                _tip("Book the twenty minutes when you plan the event, not after it."),
                _check("When should the review happen?", "Within a day of the event."),
            ),
            _lesson(
                "no-blame",
                "Keep it blame-free",
                "Focus on the system, not the person.",
                8,
                _p(
                    "Ask 'what made this hard?' instead of 'who did this?'. When people fear "
                    "blame they share the version of events that protects them.",
                ),
                _practice(
                    "A missed deadline without a culprit",
                    "A city events team that missed a permit deadline.",
                    "We asked what made the deadline hard to see rather than who missed it.",
                    "The team found the deadline lived in one person's calendar and created a "
                    "shared checklist.",
                ),
                _check("What question replaces 'who did this?'", "What made this hard?"),
            ),
            _lesson(
                "keep-the-lessons",
                "Keep the lessons findable",
                "Write them where the next team looks.",
                8,
                _p(
                    "A lesson nobody finds is not learned. Store each lesson with the project "
                    "type and the situation it applies to, in the place teams look when they "
                    "start similar work.",
                ),
                _check(
                    "Where should lessons be stored?",
                    "Where the next team starting similar work will look.",
                ),
            ),
            _lesson(
                "facilitate-the-review",
                "Facilitating the review",
                "A neutral host keeps it short and honest.",
                8,
                _p(
                    "Ask someone who was not leading the work to host the review. They keep "
                    "time, make sure every role speaks, and stop the group from solving "
                    "everything in the room.",
                ),
                _tip("Write the four questions on the wall before people arrive."),
                _check(
                    "Why should the project lead not host the review?",
                    "People speak more openly with a neutral host.",
                ),
            ),
        ],
    },
    {
        "slug": "working-out-loud-in-five-steps",
        "title": "Working out loud in five steps",
        "topic": "working-out-loud",
        "extra_topics": [],
        "tags": ["visibility", "networks"],
        "level": "beginner",
        "language": "en",
        "summary": (
            "Make your work visible so others can learn from it and help, without turning "
            "into a self-promoter."
        ),
        "outcomes": [
            "Share work in progress in a way that invites help",
            "Pick a goal and the people related to it",
            "Build the habit in ten minutes a day",
        ],
        "prerequisites": "",
        "author": "priya",
        "co_authors": [],
        "state": "published",
        "featured": True,
        "lessons": [
            _lesson(
                "what-it-is",
                "What working out loud is",
                "Visible work plus generosity.",
                6,
                _p(
                    "Working out loud means making your work visible while it happens and "
                    "offering what you know to others. It is about contribution, not "
                    "broadcasting.",
                ),
                _check(
                    "What is the difference to self-promotion?",
                    "The focus is on helping others and inviting help, not on being seen.",
                ),
            ),
            _lesson(
                "pick-a-goal",
                "Pick a goal",
                "Something you care about and can make progress on in twelve weeks.",
                8,
                _p(
                    "Choose a goal that matters to you and where other people could help, for "
                    "example 'learn how other libraries run reading clubs'.",
                ),
                _tip("A goal you can explain in one sentence is easier to share."),
                _check("What makes a good goal?", "One you care about and others can help with."),
            ),
            _lesson(
                "your-relationship-list",
                "Your relationship list",
                "Who is related to your goal?",
                8,
                _p(
                    "List ten people who could help with your goal or who work on something "
                    "similar. Include people you do not know yet.",
                ),
                _check("Should the list only include people you know?", "No."),
            ),
            _lesson(
                "small-contributions",
                "Start with small contributions",
                "A thank-you, a link, a question.",
                8,
                _p(
                    "Before asking for anything, offer something small: thank someone for a "
                    "post, share a useful link, answer a question.",
                ),
                _practice(
                    "A first week of contributions",
                    "A project coordinator new to a large organisation.",
                    "She thanked two colleagues publicly for their internal guides and shared "
                    "her own checklist.",
                    "One of them invited her to a community of practice the following week.",
                ),
                _check("What comes before asking for help?", "Offering something small."),
            ),
            _lesson(
                "make-it-a-habit",
                "Make it a habit",
                "Ten minutes a day, twelve weeks.",
                6,
                _p(
                    "Block ten minutes a day to share progress or help someone. After twelve "
                    "weeks, look back at what changed in your network.",
                ),
                _check("How long should the daily habit take?", "About ten minutes."),
            ),
        ],
    },
    {
        "slug": "keeping-a-team-knowledge-base-healthy",
        "title": "Keeping a team knowledge base healthy with small scripts",
        "topic": "knowledge-management",
        "extra_topics": [],
        "tags": ["automation", "wiki"],
        "level": "advanced",
        "language": "en",
        "summary": (
            "Find stale pages, broken links and orphans in a wiki export with a few short "
            "scripts, and turn the results into a monthly gardening routine."
        ),
        "outcomes": [
            "Export a wiki and load its pages in Python",
            "Find stale and orphaned pages",
            "Check links in bulk and report the broken ones",
            "Schedule a monthly gardening report",
        ],
        "prerequisites": "You can run a Python script from a terminal.",
        "author": "mentor",
        "co_authors": [],
        "state": "published",
        "featured": False,
        "lessons": [
            _lesson(
                "load-the-export",
                "Load the export",
                "Read a folder of Markdown pages with their dates.",
                15,
                _p(
                    "Most wikis export pages as Markdown files. Start by reading every page "
                    "with its last-modified date into a list you can analyse.",
                ),
                {
                    "type": "code",
                    "value": {
                        "language": "python",
                        "code": (
                            "from datetime import datetime\n"
                            "from pathlib import Path\n\n"
                            "pages = [\n"
                            "    (path, datetime.fromtimestamp(path.stat().st_mtime))\n"
                            "    for path in Path('export').rglob('*.md')\n"
                            "]\n"
                            "print(len(pages), 'pages')"
                        ),
                    },
                },
                _check("Which date tells you a page may be stale?", "Its last-modified date."),
            ),
            _lesson(
                "find-stale-pages",
                "Find stale pages",
                "Pages nobody touched in a year.",
                12,
                _p(
                    "A page untouched for a year is not always wrong, but it deserves a look. "
                    "List them with their owners so the right person can decide.",
                ),
                {
                    "type": "code",
                    "value": {
                        "language": "python",
                        "code": (
                            "from datetime import datetime, timedelta\n\n"
                            "cutoff = datetime.now() - timedelta(days=365)\n"
                            "stale = sorted(p for p, modified in pages if modified < cutoff)\n"
                            "for path in stale:\n"
                            "    print(path)"
                        ),
                    },
                },
                _tip(
                    "Ask owners to confirm, update or archive. Never delete silently.",
                    kind="warning",
                ),
                _check(
                    "What should happen to a stale page?",
                    "Its owner confirms, updates or archives it.",
                ),
            ),
            _lesson(
                "find-orphans",
                "Find orphaned pages",
                "Pages no other page links to.",
                12,
                _p(
                    "An orphan is a page no other page links to, so nobody finds it by "
                    "browsing. Collect every link target, then compare with the list of pages.",
                ),
                {
                    "type": "code",
                    "value": {
                        "language": "python",
                        "code": (
                            "import re\n\n"
                            "link = re.compile(r'\\]\\(([^)#]+\\.md)')\n"
                            "targets = set()\n"
                            "for path, _ in pages:\n"
                            "    targets.update(link.findall(path.read_text()))\n"
                            "linked = {Path(target).name for target in targets}\n"
                            "orphans = [p for p, _ in pages if p.name not in linked]"
                        ),
                    },
                },
                _check("Why are orphans a problem?", "Nobody finds them by browsing."),
            ),
            _lesson(
                "check-links",
                "Check links in bulk",
                "Report broken links before readers hit them.",
                12,
                _p(
                    "Run a link checker over the export and keep only the failures. A short "
                    "report per page owner is more useful than one long list.",
                ),
                {
                    "type": "code",
                    "value": {
                        "language": "bash",
                        "code": "python check_links.py export/ --only-broken > broken-links.txt",
                    },
                },
                _check("How should the report be split?", "Per page owner."),
            ),
            _lesson(
                "monthly-gardening",
                "A monthly gardening routine",
                "Schedule the report and share it.",
                10,
                _p(
                    "Run the scripts once a month and send each owner their part. Celebrate "
                    "the pages people improved, not only the problems.",
                ),
                {
                    "type": "code",
                    "value": {
                        "language": "yaml",
                        "code": (
                            "schedule: '0 7 1 * *'\n"
                            "steps:\n"
                            "  - run: python stale_pages.py export/\n"
                            "  - run: python orphans.py export/\n"
                            "  - run: python check_links.py export/ --only-broken"
                        ),
                    },
                },
                _check("How often should the gardening report run?", "Once a month."),
            ),
        ],
    },
    {
        "slug": "starting-a-community-of-practice",
        "title": "Starting a community of practice",
        "topic": "communities-of-practice",
        "extra_topics": [],
        "tags": ["communities", "networks"],
        "level": "intermediate",
        "language": "en",
        "summary": (
            "From a handful of interested people to a group that meets, shares and keeps "
            "going after the first enthusiasm."
        ),
        "outcomes": [
            "Find a domain people care about",
            "Plan the first three meetings",
            "Share the coordinator role early",
        ],
        "prerequisites": "You have taken part in a community or network before.",
        "author": "ana",
        "co_authors": [],
        "state": "published",
        "featured": False,
        "lessons": [
            _lesson(
                "domain-community-practice",
                "Domain, community, practice",
                "The three parts every community needs.",
                10,
                _p(
                    "A community of practice has a domain people care about, a community of "
                    "people who learn together, and a shared practice they improve.",
                    "If one of the three is missing, the group turns into a mailing list.",
                ),
                _check("Name the three parts.", "Domain, community and practice."),
            ),
            _lesson(
                "first-three-meetings",
                "The first three meetings",
                "Enough structure to come back.",
                12,
                _p(
                    "Plan three meetings before the first one: one to meet and share "
                    "challenges, one to work on a shared problem, one to decide how to go on.",
                ),
                _practice(
                    "Three meetings, then a rhythm",
                    "Twelve project managers across four departments.",
                    "We ran three monthly sessions with a different host each time.",
                    "After the third, two members offered to host and the group settled into "
                    "a monthly rhythm.",
                ),
                _check("Why plan three meetings ahead?", "So people know it is worth coming back."),
            ),
            _lesson(
                "share-the-role",
                "Share the coordinator role",
                "A community that depends on one person ends with them.",
                8,
                _p(
                    "Ask members to host sessions and to write the summaries. Sharing the work "
                    "early makes the community survive holidays and job changes.",
                ),
                _check(
                    "What happens if one person runs everything?", "The community depends on them."
                ),
            ),
            _lesson(
                "measure-value",
                "Show the value",
                "Stories beat statistics.",
                8,
                _p(
                    "Collect short stories of what members tried and what changed. Two good "
                    "stories convince a manager more than an attendance count.",
                ),
                _check("What convinces sponsors best?", "Concrete stories of change."),
            ),
            _lesson(
                "online-and-in-person",
                "Online and in person",
                "Mix both so nobody is left out.",
                8,
                _p(
                    "Meet in person when you can, but give remote members a real seat: a "
                    "shared board, a person who watches the chat, and the summary the same day.",
                ),
                _check(
                    "What gives remote members a real seat?",
                    "A shared board, someone watching the chat, and a same-day summary.",
                ),
            ),
        ],
    },
    {
        "slug": "facilitating-remote-workshops",
        "title": "Facilitating remote workshops",
        "topic": "remote-collaboration",
        "extra_topics": ["facilitation"],
        "tags": ["remote", "workshops"],
        "level": "intermediate",
        "language": "en",
        "summary": (
            "Design online workshops with short blocks, clear tasks and breaks, so people "
            "stay with you for more than twenty minutes."
        ),
        "outcomes": [
            "Design a workshop in 20-minute blocks",
            "Use breakout rooms with clear tasks",
            "Keep energy up without forced games",
        ],
        "prerequisites": "You have facilitated a workshop in a room.",
        "author": "ana",
        "co_authors": ["priya"],
        "state": "published",
        "featured": False,
        "lessons": [
            _lesson(
                "short-blocks",
                "Work in short blocks",
                "Attention online lasts about twenty minutes.",
                10,
                _p(
                    "Split the workshop into blocks of about twenty minutes, each with one "
                    "task and one output. Switch the mode between blocks: listen, write, talk.",
                ),
                _check("How long should a block be?", "About twenty minutes."),
            ),
            _lesson(
                "breakouts",
                "Breakout rooms that work",
                "Task, time and output, written down.",
                10,
                _p(
                    "Before opening breakout rooms, show the task, the time and the expected "
                    "output on screen and paste it into the chat.",
                ),
                _tip("Groups of three talk more than groups of six."),
                _check(
                    "What must people know before a breakout starts?",
                    "The task, the time and the expected output.",
                ),
            ),
            _lesson(
                "energy",
                "Energy without forced games",
                "Movement, silence and choice.",
                8,
                _p(
                    "Offer a short break every hour, invite people to stand up, and give them "
                    "choices. Silent writing can be as energising as a game.",
                ),
                _practice(
                    "A three-hour workshop that kept its people",
                    "A distributed team across four time zones.",
                    "We used twenty-minute blocks, two breaks and silent writing before every "
                    "discussion.",
                    "Everyone stayed until the end, and the feedback mentioned the breaks first.",
                ),
                _check(
                    "Name one alternative to an energiser game.", "A short break or silent writing."
                ),
            ),
            _lesson(
                "follow-up",
                "Follow up the same day",
                "Send the board and the decisions.",
                6,
                _p(
                    "Send the board, the decisions and the owners the same day, while people "
                    "remember why they agreed.",
                ),
                _check("When should the follow-up go out?", "The same day."),
            ),
        ],
    },
    {
        "slug": "async-first-team-habits",
        "title": "Async-first team habits",
        "topic": "remote-collaboration",
        "extra_topics": ["working-out-loud"],
        "tags": ["remote", "writing"],
        "level": "advanced",
        "language": "en",
        "summary": (
            "Fewer meetings, better decisions: written proposals, clear response times and "
            "decision logs for teams across time zones."
        ),
        "outcomes": [
            "Write a proposal others can decide on without a meeting",
            "Agree response times as a team",
            "Keep a decision log people actually read",
        ],
        "prerequisites": "Your team already works remotely.",
        "author": "ana",
        "co_authors": [],
        "state": "in_review",
        "featured": False,
        "lessons": [
            _lesson(
                "written-proposals",
                "Written proposals",
                "Context, options, recommendation, deadline.",
                12,
                _p(
                    "A good proposal states the context, two or three options, your "
                    "recommendation and when the decision will be made.",
                ),
                _check(
                    "What does a proposal need besides options?", "A recommendation and a deadline."
                ),
            ),
            _lesson(
                "response-times",
                "Response times",
                "Agree what 'soon' means.",
                8,
                _p(
                    "Agree as a team how fast each channel needs an answer: chat within hours, "
                    "proposals within two days. Then nobody has to watch every message.",
                ),
                _check(
                    "Why agree response times?", "So people do not have to watch every channel."
                ),
            ),
            _lesson(
                "decision-log",
                "A decision log",
                "One line per decision, with a link to the why.",
                8,
                _p(
                    "Keep a simple log: date, decision, who decided, link to the proposal. New "
                    "people read it to understand why things are the way they are.",
                ),
                _check(
                    "What goes into each log entry?", "Date, decision, who, and a link to the why."
                ),
            ),
            _lesson(
                "when-to-meet",
                "When to meet anyway",
                "Conflict and creativity need faces.",
                8,
                _p(
                    "Meet when there is conflict, when the options are unclear, or when people "
                    "need to get to know each other. Everything else can be written.",
                ),
                _check("Name one reason to meet live.", "Conflict between people."),
            ),
        ],
    },
    {
        "slug": "storytelling-for-lessons-learned",
        "title": "Storytelling for lessons learned",
        "topic": "storytelling",
        "extra_topics": ["knowledge-management"],
        "tags": ["stories", "learning"],
        "level": "beginner",
        "language": "en",
        "summary": (
            "Turn a project lesson into a short story people remember and retell: a person, "
            "a problem, a turning point and what changed."
        ),
        "outcomes": [
            "Structure a lesson as a short story",
            "Tell it in two minutes",
            "Collect stories from colleagues",
        ],
        "prerequisites": "",
        "author": "priya",
        "co_authors": [],
        "state": "published",
        "featured": False,
        "lessons": [
            _lesson(
                "why-stories",
                "Why stories stick",
                "People remember people, not bullet points.",
                6,
                _p(
                    "A bullet point says what to do; a story shows why it mattered to someone. "
                    "That is why people retell stories and forget slides.",
                ),
                _check(
                    "Why do stories travel further than slides?",
                    "They show why it mattered to someone.",
                ),
            ),
            _lesson(
                "four-parts",
                "Four parts of a lesson story",
                "Person, problem, turning point, change.",
                10,
                _p(
                    "Start with a person in a situation, name the problem, tell the moment "
                    "things turned, and end with what changed and what you do differently now.",
                ),
                {
                    "type": "quote",
                    "value": {
                        "quote": "A lesson without a person in it is a rule nobody follows.",
                        "attribution": "A peer teacher in this academy",
                    },
                },
                _check("What comes right before the ending?", "The turning point."),
            ),
            _lesson(
                "two-minutes",
                "Tell it in two minutes",
                "Cut until it fits.",
                8,
                _p(
                    "Write the story, read it aloud, and cut until it takes two minutes. Keep "
                    "one concrete detail that makes it real.",
                ),
                _tip("A number, a name of a place or a quote makes a story concrete."),
                _check("How long should the story take?", "About two minutes."),
            ),
            _lesson(
                "collect-stories",
                "Collect stories from others",
                "Ask for moments, not summaries.",
                8,
                _p(
                    "Ask 'tell me about a moment when…' instead of 'what did you learn?'. "
                    "Moments come with details; summaries come without.",
                ),
                _practice(
                    "Stories instead of a report",
                    "A consultancy closing a two-year programme.",
                    "We interviewed eight people with 'tell me about a moment' questions.",
                    "The final event used five of the stories; people still quote two of them.",
                ),
                _check("Which question brings out details?", "Tell me about a moment when…"),
            ),
        ],
    },
    {
        "slug": "facilitation-basics-for-meetings",
        "title": "Facilitation basics for everyday meetings",
        "topic": "facilitation",
        "extra_topics": [],
        "tags": ["meetings"],
        "level": "beginner",
        "language": "en",
        "summary": (
            "Purpose, agenda, roles and a clear ending: small habits that make ordinary "
            "meetings shorter and more useful."
        ),
        "outcomes": [
            "State a meeting's purpose in one sentence",
            "Design an agenda of questions",
            "End with decisions and owners",
        ],
        "prerequisites": "",
        "author": "teacher",
        "co_authors": [],
        "state": "draft",
        "featured": False,
        "lessons": [
            _lesson(
                "purpose",
                "Start with the purpose",
                "One sentence: why are we meeting?",
                6,
                _p(
                    "Write the purpose in one sentence in the invitation. If you cannot, the "
                    "meeting may not be needed.",
                ),
                _check("Where should the purpose be written?", "In the invitation."),
            ),
            _lesson(
                "agenda-of-questions",
                "An agenda of questions",
                "Questions invite thinking; topics invite talking.",
                8,
                _p(
                    "Write agenda items as questions: 'Which supplier do we choose?' instead of "
                    "'Suppliers'. People prepare better for questions.",
                ),
                _check("Why use questions on the agenda?", "People prepare answers, not talk."),
            ),
            _lesson(
                "roles",
                "Roles",
                "Facilitator, timekeeper, note-taker.",
                6,
                _p(
                    "Give three roles to three people. The facilitator guides the process, the "
                    "timekeeper watches the clock, the note-taker writes decisions.",
                ),
                _check("Which role writes down decisions?", "The note-taker."),
            ),
            _lesson(
                "clear-ending",
                "A clear ending",
                "Decisions, owners, dates.",
                6,
                _p(
                    "Leave five minutes to read back decisions with their owners and dates. "
                    "Send them within the hour.",
                ),
                _check("What do you read back at the end?", "Decisions with owners and dates."),
            ),
        ],
    },
    {
        "slug": "retrospektiven-in-der-verwaltung",
        "title": "Retrospektiven in der Verwaltung",
        "topic": "retrospectives",
        "extra_topics": ["facilitation"],
        "tags": ["meetings", "public sector"],
        "level": "beginner",
        "language": "de",
        "summary": (
            "Wie Teams in Behörden regelmäßig zurückschauen und kleine Verbesserungen "
            "ausprobieren, auch wenn Abläufe fest vorgegeben sind."
        ),
        "outcomes": [
            "Eine einstündige Retrospektive vorbereiten",
            "Vorbehalte im Team ernst nehmen",
            "Verbesserungen im eigenen Spielraum finden",
        ],
        "prerequisites": "",
        "author": "jonas",
        "co_authors": [],
        "state": "published",
        "featured": False,
        "lessons": [
            _lesson(
                "warum-zurueckschauen",
                "Warum zurückschauen?",
                "Wozu eine Retrospektive dient und wozu nicht.",
                8,
                _p(
                    "Eine Retrospektive ist ein kurzes, regelmäßiges Treffen, in dem ein Team "
                    "auf seine Zusammenarbeit schaut. Ziel sind ein oder zwei Veränderungen, "
                    "die es ausprobiert.",
                ),
                _check(
                    "Womit endet eine gute Retrospektive?",
                    "Mit ein oder zwei kleinen Veränderungen, die jemand verantwortet.",
                ),
            ),
            _lesson(
                "vorbehalte",
                "Vorbehalte ernst nehmen",
                "„Das bringt doch nichts“ ist eine Information.",
                10,
                _p(
                    "Wer schon viele folgenlose Besprechungen erlebt hat, ist skeptisch. "
                    "Nehmen Sie das auf: Versprechen Sie wenig und zeigen Sie nach vier Wochen, "
                    "was sich geändert hat.",
                ),
                _practice(
                    "Skepsis im Bürgeramt",
                    "Ein Team von acht Sachbearbeitenden in einem Bürgeramt.",
                    "Wir haben nur eine Verbesserung vereinbart: feste Zeiten für Rückfragen.",
                    "Nach vier Wochen wollte das Team die nächste Retrospektive selbst planen.",
                ),
                _check(
                    "Was hilft gegen Skepsis?", "Wenig versprechen und sichtbare Ergebnisse zeigen."
                ),
            ),
            _lesson(
                "spielraum",
                "Den eigenen Spielraum finden",
                "Was das Team selbst ändern kann.",
                10,
                _p(
                    "Viele Abläufe sind vorgegeben. Fragen Sie deshalb: Was liegt in unserer "
                    "Hand? Absprachen, Übergaben und Informationswege lassen sich fast immer "
                    "verbessern.",
                ),
                _tip(
                    "Sammeln Sie Themen außerhalb des Spielraums getrennt und geben Sie sie weiter."
                ),
                _check("Welche Frage hilft bei festen Vorgaben?", "Was liegt in unserer Hand?"),
            ),
            _lesson(
                "abschluss",
                "Abschluss und Nachverfolgung",
                "Verantwortliche und Termine festhalten.",
                8,
                _p(
                    "Halten Sie zu jeder Verbesserung fest, wer sie verantwortet und wann Sie "
                    "gemeinsam darauf schauen. Beginnen Sie die nächste Retrospektive damit.",
                ),
                _check(
                    "Womit beginnt die nächste Retrospektive?",
                    "Mit dem Blick auf die vereinbarten Verbesserungen.",
                ),
            ),
        ],
    },
    {
        "slug": "wissen-weitergeben-beim-stellenwechsel",
        "title": "Wissen weitergeben beim Stellenwechsel",
        "topic": "knowledge-management",
        "extra_topics": ["after-action-reviews"],
        "tags": ["handover", "public sector"],
        "level": "intermediate",
        "language": "de",
        "summary": (
            "Wenn erfahrene Kolleginnen und Kollegen gehen, geht Wissen mit. Eine Übergabe in "
            "vier Schritten, die mehr als eine Aktenliste ist."
        ),
        "outcomes": [
            "Kritisches Wissen erkennen",
            "Übergabegespräche strukturieren",
            "Netzwerke mit übergeben",
        ],
        "prerequisites": "Sie haben schon einmal eine Übergabe erlebt.",
        "author": "jonas",
        "co_authors": ["mentor"],
        "state": "in_review",
        "featured": False,
        "lessons": [
            _lesson(
                "kritisches-wissen",
                "Kritisches Wissen erkennen",
                "Was fehlt, wenn die Person morgen weg ist?",
                10,
                _p(
                    "Fragen Sie: Welche Entscheidungen trifft nur diese Person? Wen ruft sie "
                    "an, wenn es brennt? Daraus ergibt sich, was übergeben werden muss.",
                ),
                _check(
                    "Welche Frage zeigt kritisches Wissen?",
                    "Was fehlt, wenn die Person morgen weg ist?",
                ),
            ),
            _lesson(
                "gespraeche",
                "Übergabegespräche führen",
                "Geschichten statt Listen.",
                12,
                _p(
                    "Bitten Sie um Beispiele: „Erzähl vom schwierigsten Fall im letzten Jahr.“ "
                    "In Beispielen steckt das Wissen, das in keiner Akte steht.",
                ),
                _check(
                    "Wonach fragen Sie im Übergabegespräch?",
                    "Nach konkreten Fällen und Beispielen.",
                ),
            ),
            _lesson(
                "netzwerke",
                "Netzwerke übergeben",
                "Wer wen kennt, ist Wissen.",
                8,
                _p(
                    "Stellen Sie die Nachfolge den wichtigsten Ansprechpersonen persönlich "
                    "vor. Eine Vorstellung öffnet mehr Türen als eine Telefonliste.",
                ),
                _check("Wie übergibt man Kontakte am besten?", "Durch persönliche Vorstellung."),
            ),
            _lesson(
                "nachbereitung",
                "Nachbereitung nach drei Monaten",
                "Was hat gefehlt?",
                8,
                _p(
                    "Fragen Sie nach drei Monaten, was bei der Übergabe gefehlt hat, und "
                    "ergänzen Sie Ihre Vorlage. So lernt die Organisation mit jeder Übergabe.",
                ),
                _check(
                    "Wann lohnt sich ein Rückblick auf die Übergabe?", "Nach etwa drei Monaten."
                ),
            ),
        ],
    },
    {
        "slug": "comunidades-de-practica-a-distancia",
        "title": "Comunidades de práctica a distancia",
        "topic": "communities-of-practice",
        "extra_topics": ["remote-collaboration"],
        "tags": ["communities", "remote"],
        "level": "intermediate",
        "language": "es",
        "summary": (
            "Cómo mantener viva una comunidad de práctica cuando sus miembros trabajan en "
            "países y husos horarios distintos."
        ),
        "outcomes": [
            "Elegir un ritmo que funcione en varios husos horarios",
            "Combinar encuentros en directo y conversaciones escritas",
            "Dar la bienvenida a quienes llegan nuevos",
        ],
        "prerequisites": "Participas en alguna comunidad o red profesional.",
        "author": "ana",
        "co_authors": [],
        "state": "published",
        "featured": False,
        "lessons": [
            _lesson(
                "ritmo",
                "Un ritmo para varios husos horarios",
                "Alternar horarios para repartir el esfuerzo.",
                10,
                _p(
                    "Si la comunidad abarca varios continentes, alterna el horario de los "
                    "encuentros para que el madrugón no recaiga siempre en las mismas personas.",
                ),
                _check("¿Por qué alternar horarios?", "Para repartir el esfuerzo entre todos."),
            ),
            _lesson(
                "directo-y-escrito",
                "En directo y por escrito",
                "Cada formato para lo que hace mejor.",
                10,
                _p(
                    "Usa los encuentros en directo para conocerse y resolver dudas difíciles, "
                    "y el canal escrito para compartir recursos y continuar las conversaciones.",
                ),
                _tip("Publica un resumen escrito de cada encuentro para quien no pudo asistir."),
                _check(
                    "¿Para qué sirve mejor el canal escrito?",
                    "Para compartir recursos y continuar conversaciones.",
                ),
            ),
            _lesson(
                "bienvenida",
                "Dar la bienvenida",
                "Los primeros días deciden si alguien se queda.",
                8,
                _p(
                    "Saluda a cada persona nueva por su nombre, preséntale a dos miembros con "
                    "intereses parecidos e invítala al próximo encuentro.",
                ),
                _practice(
                    "Bienvenidas que funcionan",
                    "Una comunidad de 60 gestoras de proyectos en cinco países.",
                    "Asignamos a cada persona nueva una madrina durante el primer mes.",
                    "La participación de los recién llegados en su primer encuentro se duplicó.",
                ),
                _check(
                    "¿Qué ayuda a que alguien nuevo se quede?",
                    "Una bienvenida personal y contactos con intereses parecidos.",
                ),
            ),
            _lesson(
                "medir",
                "Mostrar el valor",
                "Historias concretas antes que cifras.",
                8,
                _p(
                    "Recoge historias breves de lo que los miembros probaron gracias a la "
                    "comunidad. Dos buenas historias convencen más que una estadística.",
                ),
                _check(
                    "¿Qué convence más a quien patrocina la comunidad?",
                    "Historias concretas de cambio.",
                ),
            ),
        ],
    },
    {
        "slug": "contar-historias-para-el-cambio",
        "title": "Contar historias para impulsar el cambio",
        "topic": "storytelling",
        "extra_topics": [],
        "tags": ["stories", "change"],
        "level": "advanced",
        "language": "es",
        "summary": (
            "Historias que ayudan a que una organización cambie: de la resistencia a la "
            "curiosidad, con ejemplos de proyectos reales."
        ),
        "outcomes": [
            "Elegir la historia adecuada para cada público",
            "Contar el antes y el después sin exagerar",
            "Invitar a otros a contar sus propias historias",
        ],
        "prerequisites": "Has presentado proyectos ante distintos públicos.",
        "author": "ana",
        "co_authors": ["priya"],
        "state": "published",
        "featured": False,
        "lessons": [
            _lesson(
                "publico",
                "Cada público, su historia",
                "Lo que le importa a quien escucha.",
                10,
                _p(
                    "Antes de contar, pregúntate qué le preocupa a tu público. A la dirección "
                    "le importa el riesgo; al equipo, el trabajo diario.",
                ),
                _check(
                    "¿Qué te preguntas antes de elegir una historia?",
                    "Qué le preocupa a tu público.",
                ),
            ),
            _lesson(
                "antes-y-despues",
                "El antes y el después",
                "Sin exagerar, con detalles.",
                10,
                _p(
                    "Describe cómo era el trabajo antes con un detalle concreto y cómo es "
                    "ahora con otro. La comparación hace el cambio visible.",
                ),
                _tip("Exagerar el antes resta credibilidad a toda la historia.", kind="warning"),
                _check(
                    "¿Qué hace visible el cambio?",
                    "Un detalle concreto del antes y otro del después.",
                ),
            ),
            _lesson(
                "invitar",
                "Invitar a otras voces",
                "Las historias de otros pesan más que las propias.",
                8,
                _p(
                    "Pide a personas que vivieron el cambio que lo cuenten ellas mismas. Una "
                    "historia en primera persona convence más que cualquier resumen.",
                ),
                _practice(
                    "Voces del equipo",
                    "Un programa de transformación en una red de bibliotecas.",
                    "Invitamos a tres bibliotecarias a contar su experiencia en el encuentro "
                    "anual.",
                    "Otras sedes pidieron probar el mismo enfoque al mes siguiente.",
                ),
                _check("¿Quién cuenta mejor un cambio?", "Quien lo vivió en primera persona."),
            ),
            _lesson(
                "cerrar",
                "Cerrar con una invitación",
                "Qué puede hacer quien escucha mañana.",
                8,
                _p(
                    "Termina con un paso pequeño que el público pueda dar al día siguiente. "
                    "Una historia sin invitación se aplaude y se olvida.",
                ),
                _check(
                    "¿Cómo termina una historia para el cambio?",
                    "Con un paso pequeño para el día siguiente.",
                ),
            ),
        ],
    },
]

LEARNING_PATHS = [
    {
        "slug": "from-meetings-to-learning-teams",
        "title": "From meetings to learning teams",
        "intro": (
            "Start with the meetings you already have and turn them into moments where your "
            "team learns."
        ),
        "steps": [
            {
                "course": "running-your-first-retrospective",
                "why": "A first retrospective shows how a team can look back together safely.",
            },
            {
                "course": "after-action-reviews-in-twenty-minutes",
                "why": "After-action reviews bring the same habit to single events and projects.",
            },
            {
                "course": "retrospective-formats-that-keep-it-fresh",
                "why": "Once the habit exists, new formats keep people thinking.",
            },
        ],
    },
    {
        "slug": "share-what-you-know",
        "title": "Share what you know",
        "intro": "From making your own work visible to growing a community around it.",
        "steps": [
            {
                "course": "working-out-loud-in-five-steps",
                "why": "Working out loud is the smallest step: share your own work first.",
            },
            {
                "course": "storytelling-for-lessons-learned",
                "why": "Stories make what you share memorable enough to be retold.",
            },
            {
                "course": "starting-a-community-of-practice",
                "why": "A community turns individual sharing into a group that learns together.",
            },
            {
                "course": "keeping-a-team-knowledge-base-healthy",
                "why": "A healthy knowledge base keeps what the community learns findable.",
            },
        ],
    },
]
