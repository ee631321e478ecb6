"""The demo catalogue: courses with their lessons, and learning paths, as plain data."""

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
            "Plan and host a one-hour retrospective that ends with one or two changes your team "
            "actually tries, even if you have never facilitated a meeting before."
        ),
        "outcomes": [
            "Plan a one-hour retrospective around the five phases",
            "Open the meeting so that everyone speaks in the first five minutes",
            "Build a shared picture of the last weeks before discussing causes",
            "Close with small experiments that have an owner and a date",
        ],
        "prerequisites": "",
        "author": "teacher",
        "co_authors": [],
        "state": "published",
        "featured": True,
        "lessons": [
            {
                "slug": "why-look-back",
                "title": "Why look back together",
                "summary": (
                    "What a retrospective is for, what it is not, and why the first one should be "
                    "small."
                ),
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A retrospective is a short, regular meeting in which a team looks "
                            "at how it worked, not at what it built. It usually comes at the end "
                            "of a sprint, a release or a month, and it ends with one or two "
                            "changes the team will try next. That last part is what makes it more "
                            "than a chat about how things went. If nothing changes afterwards, "
                            "people notice quickly and stop bringing real topics.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "What a retrospective is not", "level": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Three kinds of meeting get mistaken for retrospectives, and each "
                            "one quietly kills them:</p>"
                            "<ul><li><b>A status meeting.</b> Who did what and when belongs in "
                            "planning.</li>"
                            "<li><b>A blame session.</b> We look at the system the team works in, "
                            "not at one person's mistake.</li>"
                            "<li><b>A complaint box for management.</b> Note topics outside the "
                            "team's reach, hand them on, and spend the hour on what you can "
                            "change.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "We stopped asking who dropped the ball and started asking what "
                                "made the ball so easy to drop."
                            ),
                            "attribution": "A delivery lead in a municipal IT team",
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Start small",
                            "text": (
                                "<p>Keep your first retrospective to one hour, with the people who "
                                "actually do the work. Short and useful beats long and thorough, "
                                "and a good first hour earns you the second one.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Your team lists twelve problems and agrees to look into all of "
                                "them. What went wrong?"
                            ),
                            "answer": (
                                "The meeting ended without one or two concrete changes, each with "
                                "an owner."
                            ),
                            "explanation": (
                                "Long lists feel productive, but a team can only change one or two "
                                "habits at a time. Pick the most important ones and let the rest "
                                "wait."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "five-phases",
                "title": "The five phases",
                "summary": (
                    "Set the stage, gather data, generate insights, decide what to try, close."
                ),
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Most retrospectives follow the same five phases, whatever games or "
                            "templates you use inside them. Setting the stage gets everyone "
                            "talking and agrees what we are looking at. Gathering data builds a "
                            "shared picture of the last weeks. Generating insights asks why things "
                            "happened, deciding picks what to try, and closing checks how the "
                            "meeting itself went.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "A one-hour plan", "level": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Here is a plan we use for a team of five to eight people after a "
                            "two-week sprint:</p>"
                            "<ol><li>Set the stage, 5 minutes: a one-word check-in and the goal of "
                            "the meeting.</li>"
                            "<li>Gather data, 20 minutes: silent writing on a timeline, then a "
                            "walk along it.</li>"
                            "<li>Generate insights, 15 minutes: cluster the notes and ask why for "
                            "the two biggest clusters.</li>"
                            "<li>Decide what to try, 15 minutes: dot vote and agree one or two "
                            "experiments.</li>"
                            "<li>Close, 5 minutes: a quick rating of the meeting and "
                            "thanks.</li></ol>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Show the plan",
                            "text": (
                                "<p>Put the five phases and their timeboxes on the board or on the "
                                "first slide. People relax when they know where the hour is going, "
                                "and you can point at the plan when a discussion runs long.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Which phase do new facilitators most often skip, and what happens "
                                "then?"
                            ),
                            "answer": (
                                "Generating insights: the team jumps from the list of events "
                                "straight to actions."
                            ),
                            "explanation": (
                                "Without asking why, actions target symptoms, for example 'test "
                                "more' instead of fixing the late hand-over that made testing "
                                "rushed."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "set-the-stage",
                "title": "Set the stage",
                "summary": (
                    "A check-in that gets every voice into the room in the first five minutes."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The first five minutes decide who talks for the rest of the hour. "
                            "Ask one easy question and go round the room, for example: in one "
                            "word, how was this sprint for you? Everyone answers, nobody comments "
                            "on the answers, and you answer too. People who have spoken once are "
                            "far more likely to speak again.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>After the round, say what the meeting is for and what it is not "
                            "for. Name the period you are looking back on, the timebox, and what "
                            "will happen with the results. If the team has working agreements for "
                            "retrospectives, read them out or point at them on the wall.</p>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "A quiet team speaks up",
                            "context": (
                                "A six-person team maintaining the library systems of a "
                                "university, whose retrospectives were dominated by the team lead."
                            ),
                            "what_we_did": (
                                "<p>We opened with a one-word round and asked the lead, in advance "
                                "and in private, to answer last. We also moved the meeting from "
                                "the lead's office to a neutral room.</p>"
                            ),
                            "what_happened": (
                                "Four people spoke in the first five minutes instead of one. Both "
                                "actions the team chose that day came from people who had never "
                                "raised a topic before."
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Do not cut the check-in",
                            "text": (
                                "<p>When a meeting starts late, the check-in is the first thing "
                                "people want to drop. Shorten the data gathering instead: a "
                                "retrospective where only two people talk is not worth the minutes "
                                "you saved.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why do we ask everyone to speak in the first minutes, even with a "
                                "light question?"
                            ),
                            "answer": (
                                "Because people who have spoken once keep contributing, and quiet "
                                "people get a low-risk first turn."
                            ),
                            "explanation": (
                                "Silence grows. The longer someone waits to speak, the higher the "
                                "bar for saying anything at all."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "gather-data",
                "title": "Gather data with a timeline",
                "summary": (
                    "Build a shared, ordered picture of what happened before anyone judges it."
                ),
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Before anyone judges what happened, the team needs a shared "
                            "picture of what happened. Memory is short and selective: a painful "
                            "release on Friday hides the good week before it. A timeline fixes "
                            "this by putting events in order before anyone discusses them.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Running the timeline", "level": "h3"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Draw a line across the board, mark the start and the end of the "
                            "period, then:</p>"
                            "<ol><li>Give everyone five minutes of silent writing: one event per "
                            "sticky note, good and bad.</li>"
                            "<li>Ask people to place their own notes on the line.</li>"
                            "<li>Walk the line from left to right and ask each author for one "
                            "sentence per note.</li>"
                            "<li>Group notes that describe the same thing and give each group a "
                            "short name.</li></ol>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Write before you talk",
                            "text": (
                                "<p>Silent writing stops the loudest person from setting the "
                                "agenda. In a remote meeting, use a shared board with one column "
                                "per week and give people the same five quiet minutes.</p>"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Add a mood line",
                            "text": (
                                "<p>Ask people to draw a small dot above or below the line for how "
                                "they felt in each week. Where the dots drop together, there is "
                                "usually a story worth asking about.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "What does the timeline give the team before any discussion starts?"
                            ),
                            "answer": (
                                "A shared, ordered picture of what happened, built by everyone."
                            ),
                            "explanation": (
                                "When the facts are agreed first, the discussion moves to causes "
                                "instead of arguing about what happened."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "decide-and-close",
                "title": "Decide what to try and close",
                "summary": (
                    "Turn insights into small experiments with owners, then check how the hour "
                    "went."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Give everyone three dots and ask them to vote for the groups they "
                            "most want to work on. Take the top one or two and ask: what small "
                            "experiment could we try in the next sprint? A good experiment is "
                            "specific enough that in two weeks you will know whether it "
                            "happened.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>For each experiment, write down three things:</p>"
                            "<ul><li>What exactly we will try, in one sentence.</li>"
                            "<li>Who owns it: one person who keeps it alive, not necessarily the "
                            "one doing all the work.</li>"
                            "<li>When we check, usually at the start of the next "
                            "retrospective.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Avoid orphan actions",
                            "text": (
                                "<p>An action without an owner and a date is a wish. If nobody "
                                "wants to own an experiment, that tells you something too: drop it "
                                "and take the next one.</p>"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Close with a quick rating: how useful was this hour, from one to "
                            "five? Ask those who gave a low score what would make it a four next "
                            "time, and thank everyone. Then put the experiments where the team "
                            "sees them every day, for example at the top of the task board.</p>"
                        ),
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Which is the better action: 'communicate better', or 'Sam posts "
                                "the deployment plan in the team channel by Wednesday noon, and we "
                                "check at the next retrospective'?"
                            ),
                            "answer": "The second one.",
                            "explanation": (
                                "It is small, has one owner and a date, and in two weeks everyone "
                                "can tell whether it happened."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "after-action-reviews-in-twenty-minutes",
        "title": "After-action reviews in twenty minutes",
        "topic": "after-action-reviews",
        "extra_topics": ["knowledge-management"],
        "tags": ["lessons-learned", "projects", "teams"],
        "level": "beginner",
        "language": "en",
        "summary": (
            "A short, structured conversation right after an event, a launch or an incident, so "
            "that the next team does not have to learn the same lesson the hard way."
        ),
        "outcomes": [
            "Run an after-action review with the four core questions",
            "Keep the review to twenty minutes without losing the important points",
            "Create a room where people talk about mistakes openly",
            "Share what you learned so other teams can find and use it",
        ],
        "prerequisites": "",
        "author": "mentor",
        "co_authors": [],
        "state": "published",
        "featured": True,
        "lessons": [
            {
                "slug": "what-an-aar-is",
                "title": "What an after-action review is",
                "summary": (
                    "A short review held while memories are fresh, by the people who did the work."
                ),
                "minutes": 7,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>An after-action review is a short conversation held right after "
                            "something happened: a client workshop, a release, a difficult "
                            "negotiation, an incident. The people who did the work compare what "
                            "they expected with what actually happened and decide what to keep or "
                            "change. It is not a project post-mortem months later: it is quick, "
                            "small and close to the event.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Hold an after-action review when:</p>"
                            "<ul><li>The event is likely to happen again, to you or to another "
                            "team.</li>"
                            "<li>Something surprised you, for better or for worse.</li>"
                            "<li>New people did the work for the first time.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Why so soon",
                            "text": (
                                "<p>Within a day or two, people remember details and feelings "
                                "accurately. After two weeks, they remember a tidy story, and the "
                                "useful details are gone.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "A team finished a tender last month and wants to review it next "
                                "quarter. What would you suggest?"
                            ),
                            "answer": (
                                "Hold a short after-action review this week, while people still "
                                "remember."
                            ),
                            "explanation": (
                                "The value lies in accurate, fresh detail. Waiting a quarter turns "
                                "it into a reconstruction."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "four-questions",
                "title": "The four questions",
                "summary": "Expected, actual, why the difference, what next time.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Every after-action review rests on four questions, asked in this "
                            "order:</p>"
                            "<ol><li>What did we expect to happen?</li>"
                            "<li>What actually happened?</li>"
                            "<li>Why was there a difference?</li>"
                            "<li>What will we keep, and what will we do differently next "
                            "time?</li></ol>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The first question is the one teams skip, and it is the most "
                            "important. Without a clear expectation, there is no difference to "
                            "learn from, only a story. If the team never set an explicit goal, ask "
                            "each person to write down what they privately expected: the "
                            "differences between them are often the real lesson.</p>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Expectations that did not match",
                            "context": (
                                "A four-person consulting team after a two-day strategy workshop "
                                "with a client's management board."
                            ),
                            "what_we_did": (
                                "<p>We asked each consultant to write down, silently, what they "
                                "had expected the workshop to deliver.</p>"
                            ),
                            "what_happened": (
                                "Two expected a decision, two expected a shortlist of options. The "
                                "board had been briefed for options, which explained the "
                                "frustrated final hour."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why do we ask what we expected before asking what happened?"
                            ),
                            "answer": (
                                "Because learning comes from the gap between expectation and "
                                "reality."
                            ),
                            "explanation": (
                                "Without the expectation, the review describes events but cannot "
                                "show what surprised us or why."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "twenty-minute-agenda",
                "title": "Running it in twenty minutes",
                "summary": (
                    "A tight agenda that keeps the review short enough to happen every time."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A review that takes two hours will be skipped when people are "
                            "busy, which is always. Twenty minutes is enough if you prepare a "
                            "little and keep the questions tight. Book the slot before the event "
                            "happens, so it is already in everyone's diary.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The agenda we use:</p>"
                            "<ul><li>2 minutes: purpose and ground rules.</li>"
                            "<li>3 minutes: what did we expect? Each person writes, then reads "
                            "out.</li>"
                            "<li>5 minutes: what actually happened? Build a short shared "
                            "timeline.</li>"
                            "<li>6 minutes: why the differences? Focus on the two biggest.</li>"
                            "<li>4 minutes: what do we keep, what do we change, and who writes it "
                            "down?</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Stand up",
                            "text": (
                                "<p>Hold short reviews standing, next to the board or a flip "
                                "chart. Standing meetings end on time far more often than sitting "
                                "ones.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "When should the after-action review be put in the calendar?"
                            ),
                            "answer": "Before the event, when you plan it.",
                            "explanation": (
                                "Once the event is over, everyone rushes to the next thing. A slot "
                                "booked in advance makes the review the default."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "keeping-it-safe",
                "title": "Keeping it safe to talk",
                "summary": "Ground rules and facilitation moves that keep blame out of the room.",
                "minutes": 9,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>People only talk honestly about what went wrong when they are sure "
                            "it will not be used against them. Say the ground rules at the start "
                            "of every review, even when everyone has heard them before. Repetition "
                            "signals that you mean it.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Our ground rules:</p>"
                            "<ul><li>We talk about what happened and why, not about who is to "
                            "blame.</li>"
                            "<li>Rank stays outside: everyone's view of the event counts the "
                            "same.</li>"
                            "<li>What is said here is summarised as lessons, without "
                            "names.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "The boss in the room",
                            "text": (
                                "<p>If the most senior person speaks first, the rest of the review "
                                "will follow their view. Ask senior people to speak last, and make "
                                "sure they hear this as a request for help, not as criticism.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "The first time our director said 'that was my call, and it was "
                                "the wrong one', the reviews changed overnight."
                            ),
                            "attribution": "A project manager in a regional health authority",
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why repeat the ground rules in every review, even with an "
                                "experienced team?"
                            ),
                            "answer": (
                                "Because repeating them shows that you mean them, and reminds "
                                "senior people too."
                            ),
                            "explanation": (
                                "Safety is not established once. It is confirmed, or eroded, every "
                                "time the team meets."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "sharing-what-you-learned",
                "title": "Sharing what you learned",
                "summary": "Write lessons so that someone in another team can find and use them.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A lesson that stays in the room helps one team once. Write each "
                            "lesson as advice for someone who will face the same situation, not as "
                            "a description of what happened to you. 'Send the agenda to the "
                            "client's assistant, not only to the client' is useful; 'Agenda "
                            "arrived late' is not.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>For each lesson, capture:</p>"
                            "<ul><li>The situation in which it applies, so people can search for "
                            "it.</li>"
                            "<li>The advice itself, in one or two sentences.</li>"
                            "<li>The event it came from and a contact person for "
                            "questions.</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Lessons people actually found",
                            "context": (
                                "A consultancy of about eighty people whose lessons-learned folder "
                                "had hundreds of documents nobody opened."
                            ),
                            "what_we_did": (
                                "<p>We replaced the folder with one page per type of work, such as "
                                "client workshops, tenders and onboarding, and added lessons there "
                                "as short advice.</p>"
                            ),
                            "what_happened": (
                                "Team leads started reading the page before each new engagement, "
                                "and two of the most frequent mistakes stopped reappearing within "
                                "a year."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Which lesson is more useful to another team: 'Budget approval "
                                "took six weeks' or 'Ask for budget approval in the first week; it "
                                "takes about six weeks'?"
                            ),
                            "answer": "The second one.",
                            "explanation": (
                                "It is written as advice for the next person and tells them what "
                                "to do and when, not only what happened to us."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "working-out-loud-in-five-steps",
        "title": "Working out loud in five steps",
        "topic": "working-out-loud",
        "extra_topics": ["communities-of-practice"],
        "tags": ["visibility", "networks", "habits"],
        "level": "beginner",
        "language": "en",
        "summary": (
            "Make your work visible so that others can learn from it and help you, in five small "
            "steps you can start this week, without becoming a self-promoter."
        ),
        "outcomes": [
            "Explain what working out loud is and what it is not",
            "Set a personal learning goal and map who could help with it",
            "Share work in progress in a way colleagues find useful",
            "Build a weekly habit, alone or in a small circle",
        ],
        "prerequisites": "",
        "author": "priya",
        "co_authors": [],
        "state": "published",
        "featured": True,
        "lessons": [
            {
                "slug": "what-working-out-loud-means",
                "title": "What working out loud means",
                "summary": (
                    "Making work visible and sharing it generously, so that others can join in."
                ),
                "minutes": 7,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Working out loud means making your work visible while you do it, "
                            "and framing it so that it helps others. Instead of presenting a "
                            "finished report after three months, you share a question, a draft or "
                            "a small lesson along the way. People who work on similar things find "
                            "you, and you find them.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The five steps in this course build on each other:</p>"
                            "<ol><li>Pick a goal you care about.</li>"
                            "<li>Map the people who relate to that goal.</li>"
                            "<li>Make your work visible in small pieces.</li>"
                            "<li>Lead with generosity: give before you ask.</li>"
                            "<li>Make it a weekly habit.</li></ol>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "It is not self-promotion",
                            "text": (
                                "<p>Posting your successes is broadcasting, not working out loud. "
                                "The test is simple: would a colleague learn something or be able "
                                "to help? If the post is mainly about how good you look, rewrite "
                                "it or leave it.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Which post is working out loud: 'Proud to have finished the "
                                "client report!' or 'Here are the three interview questions that "
                                "changed our client report, and one that fell flat'?"
                            ),
                            "answer": "The second one.",
                            "explanation": (
                                "It shares something others can use and invites a response. The "
                                "first one only reports a result."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "pick-a-goal-and-your-people",
                "title": "Steps one and two: a goal and your people",
                "summary": (
                    "Choose something you want to learn or achieve, and list who relates to it."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Working out loud starts with a goal, because without one you do "
                            "not know what to share or with whom. A good goal is personal, can be "
                            "explored in about twelve weeks, and involves other people. 'Learn how "
                            "other teams run client onboarding' works; 'be more visible' does "
                            "not.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Then write a list of ten to fifteen people related to your goal. "
                            "Include colleagues you know, people you have only heard of, and "
                            "people outside your organisation who write about the topic. You will "
                            "not contact them all: the list helps you notice where your network is "
                            "thin.</p>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "A goal that found its people",
                            "context": (
                                "A junior analyst at a mid-sized engineering consultancy who "
                                "wanted to learn data visualisation but knew nobody working on it."
                            ),
                            "what_we_did": (
                                "<p>She wrote the goal down, listed twelve people, and noticed "
                                "that three of them worked in the same building in another "
                                "department.</p>"
                            ),
                            "what_happened": (
                                "One of them invited her to a monthly review of charts for client "
                                "reports. Six months later she was presenting there herself."
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Make the goal small enough",
                            "text": (
                                "<p>If you cannot name one person who could help with your goal, "
                                "make it more specific. Narrow goals lead to concrete "
                                "conversations.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Is 'become a better leader' a good goal for working out loud?"
                            ),
                            "answer": (
                                "Not yet: it is too broad to share about or to find people for."
                            ),
                            "explanation": (
                                "Something like 'learn how three experienced leads run "
                                "one-to-ones' gives you something to ask about, share and try."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "make-your-work-visible",
                "title": "Step three: make your work visible",
                "summary": (
                    "Share small pieces of work in progress where the right people will see them."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Visible work is work in progress that others can see, comment on "
                            "and reuse. It does not have to be polished: a photo of a whiteboard, "
                            "a half-page of notes or a question you are stuck on is enough. Share "
                            "it where the people on your list already are, such as a team channel, "
                            "an internal blog or a community space.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Formats that work well for first posts:</p>"
                            "<ul><li><b>Today I learned:</b> one thing you found out, and where it "
                            "came from.</li>"
                            "<li><b>Stuck on:</b> a concrete question with the context someone "
                            "needs to help.</li>"
                            "<li><b>Draft for comments:</b> a rough version with two specific "
                            "questions.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Ask specific questions",
                            "text": (
                                "<p>'Any feedback?' rarely gets answers. 'Would you split this "
                                "workshop into two sessions or keep one long one?' gets "
                                "several.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Why share work while it is still in progress?",
                            "answer": (
                                "Because others can still help shape it, and you learn earlier."
                            ),
                            "explanation": (
                                "Finished work invites applause or silence. Unfinished work "
                                "invites ideas, corrections and collaboration."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "lead-with-generosity",
                "title": "Step four: lead with generosity",
                "summary": (
                    "Build relationships by giving first: attention, recognition, useful things."
                ),
                "minutes": 9,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Relationships grow from contributions, not requests. Before you "
                            "ask anyone on your list for help, find something you can offer them: "
                            "a thank-you for a post that helped you, a link to something related, "
                            "an answer to a question they asked. Small gifts are fine; what "
                            "matters is that they are about the other person.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Contributions anyone can make, even on their first day:</p>"
                            "<ul><li>Tell someone specifically how their work helped you.</li>"
                            "<li>Share a resource that fits what they are working on.</li>"
                            "<li>Introduce two people who should know each other.</li>"
                            "<li>Answer a question in a channel, even partially.</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Thank-you notes as a start",
                            "context": (
                                "A procurement officer in a state agency who wanted to connect "
                                "with colleagues in other regions."
                            ),
                            "what_we_did": (
                                "<p>For four weeks, he sent one short, specific thank-you note per "
                                "week to someone whose guidance document had helped him.</p>"
                            ),
                            "what_happened": (
                                "Three of the four replied, and one invited him to join a "
                                "cross-regional working group on framework contracts."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "You want advice from an experienced colleague you have never met. "
                                "What is a good first step?"
                            ),
                            "answer": (
                                "Offer something first, for example specific thanks for a piece of "
                                "their work that helped you."
                            ),
                            "explanation": (
                                "A contribution starts a relationship on good terms, and makes a "
                                "later request feel natural rather than cold."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "make-it-a-habit",
                "title": "Step five: make it a habit",
                "summary": "Fifteen minutes a week, and a small circle to keep you going.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Working out loud only pays off if you keep doing it for a few "
                            "months. Block fifteen minutes a week in your calendar, for example "
                            "Friday after lunch, and use it to share one thing and make one "
                            "contribution. Keep a short log of what you shared and who responded: "
                            "it shows you what works.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Many people find it easier in a circle: four or five colleagues "
                            "who meet for an hour a week, for twelve weeks, each working on their "
                            "own goal. The circle gives you a weekly nudge, and the others' "
                            "progress gives you ideas.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "I did not become more visible by trying to be visible. I became "
                                "visible by being useful every Friday for three months."
                            ),
                            "attribution": (
                                "A member of a working out loud circle in a public library network"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Expect a slow start",
                            "text": (
                                "<p>The first weeks often feel like talking into an empty room. "
                                "Responses usually pick up after four to six weeks of regular "
                                "sharing.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "What is the simplest way to keep working out loud after the first "
                                "enthusiasm?"
                            ),
                            "answer": (
                                "A fixed fifteen-minute slot every week, ideally with a small "
                                "circle of peers."
                            ),
                            "explanation": (
                                "Habits survive busy weeks when they have a time and other people "
                                "attached to them."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "retrospective-formats-that-keep-it-fresh",
        "title": "Retrospective formats that keep it fresh",
        "topic": "retrospectives",
        "extra_topics": ["facilitation"],
        "tags": ["formats", "teams", "meetings"],
        "level": "intermediate",
        "language": "en",
        "summary": (
            "When every retrospective feels the same, people stop thinking. Four formats we rely "
            "on, what each one is good at, and how to choose the next one."
        ),
        "outcomes": [
            "Recognise when a team's retrospectives have gone stale",
            "Run a sailboat, a starfish and a single-question retrospective",
            "Choose a format that fits what the team needs right now",
        ],
        "prerequisites": "You have facilitated at least three retrospectives with the same team.",
        "author": "teacher",
        "co_authors": ["mentor"],
        "state": "published",
        "featured": False,
        "lessons": [
            {
                "slug": "signs-of-fatigue",
                "title": "Signs of retrospective fatigue",
                "summary": "How to tell that the ritual has stopped helping people think.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Retrospectives rarely fail loudly. They fade: the same three "
                            "people talk, the same topics come up, and last month's actions "
                            "reappear with new dates. These are signs that the format no longer "
                            "helps people see anything new. Before changing the format, check that "
                            "it really is the format and not an unsafe room or actions that never "
                            "get done.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Signs we watch for:</p>"
                            "<ul><li>Sticky notes get shorter and vaguer, like 'communication' or "
                            "'meetings'.</li>"
                            "<li>People write their notes in the minute before the meeting "
                            "starts.</li>"
                            "<li>The closing rating drifts down over three or four sessions.</li>"
                            "<li>Someone asks whether we could skip it this time because of the "
                            "deadline.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Ask the team",
                            "text": (
                                "<p>Once every few months, spend the whole closing on one "
                                "question: what should we change about our retrospectives? Teams "
                                "usually know exactly what bores them.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Actions from last month keep coming back. Is a new format the "
                                "right fix?"
                            ),
                            "answer": "Probably not on its own.",
                            "explanation": (
                                "Repeating actions point to actions that are too big or unowned. "
                                "Fix how you decide and follow up before you change how you gather "
                                "data."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "the-sailboat",
                "title": "The sailboat",
                "summary": (
                    "A picture that helps teams talk about goals, risks and what holds them back."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Draw a boat on the board, with an island ahead, wind behind, an "
                            "anchor below and rocks in the water. The island is the team's goal, "
                            "the wind is what pushes it forward, the anchor is what slows it down, "
                            "and the rocks are risks ahead. The picture makes it easy to talk "
                            "about the future, not only the last sprint.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>We give people ten minutes of silent writing, one area at a time, "
                            "starting with the island so that everyone agrees where the boat is "
                            "going. Then we read the anchors and rocks together and pick one of "
                            "each to discuss.</p>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Naming the rocks before launch",
                            "context": (
                                "A product team four weeks away from moving a booking service to a "
                                "new hosting platform."
                            ),
                            "what_we_did": (
                                "<p>We ran a sailboat instead of the usual timeline and spent half "
                                "the time on the rocks. Each rock got an owner who would watch it "
                                "until launch.</p>"
                            ),
                            "what_happened": (
                                "Two of the five rocks turned into real incidents during the move, "
                                "and both were caught within the hour because someone was already "
                                "watching for them."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "When is the sailboat a better choice than a timeline?",
                            "answer": (
                                "When the team is heading towards a goal or a risky date and needs "
                                "to look ahead."
                            ),
                            "explanation": (
                                "A timeline looks backwards at events. The sailboat invites talk "
                                "about forces and risks that have not happened yet."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "starfish-retro",
                "title": "The starfish",
                "summary": "Five columns that turn vague feelings into concrete adjustments.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The starfish has five areas: start doing, stop doing, keep doing, "
                            "do more of, and do less of. The last two are what make it useful for "
                            "a team that is mostly fine and needs adjustments rather than big "
                            "changes. People find it easier to say 'less of this' than 'stop "
                            "this', so topics surface that would otherwise stay unsaid.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Running it", "level": "h3"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Ask people to write silently for eight minutes, then go area by "
                            "area. Start with keep doing, so the team hears what works before the "
                            "critique. For the do-less and stop areas, ask for an example from the "
                            "last sprint, so that the discussion stays concrete.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Good for steady teams",
                            "text": (
                                "<p>The starfish works best after a calm period. After a crisis, "
                                "people need to talk about what happened first: use a timeline "
                                "there.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Why do we start with the keep-doing area?",
                            "answer": (
                                "So that the team hears what works before moving to critique."
                            ),
                            "explanation": (
                                "Starting with strengths lowers defensiveness and makes the later "
                                "areas easier to talk about honestly."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "one-question-retro",
                "title": "A retrospective on one question",
                "summary": "Go deep on a single topic when the team keeps circling around it.",
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Sometimes one topic keeps coming back: flaky tests, a difficult "
                            "hand-over, support requests that break the sprint. Instead of another "
                            "broad retrospective, dedicate the whole hour to that one question. "
                            "Announce it a few days ahead, so people can bring data and "
                            "examples.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A structure that works for us:</p>"
                            "<ol><li>Ten minutes: everyone writes down what they have seen, with "
                            "dates and examples.</li>"
                            "<li>Twenty minutes: ask 'why' for the three most common observations, "
                            "at least three levels deep.</li>"
                            "<li>Twenty minutes: brainstorm experiments, then pick one that the "
                            "team can start tomorrow.</li>"
                            "<li>Ten minutes: agree how we will know in a month whether it "
                            "helped.</li></ol>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Support requests that ate the sprint",
                            "context": (
                                "A team of seven running an internal reporting tool, who lost "
                                "about a third of every sprint to unplanned requests."
                            ),
                            "what_we_did": (
                                "<p>We spent a full retrospective on that one question, with a "
                                "list of every request from the last two months printed on the "
                                "wall.</p>"
                            ),
                            "what_happened": (
                                "Half the requests turned out to be the same three questions. The "
                                "team wrote short answers for them, and unplanned work dropped to "
                                "about a tenth."
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Watch for blame",
                            "text": (
                                "<p>A single topic easily turns into a hunt for the person who "
                                "caused it. Keep asking what in the way we work made this "
                                "possible, not who did it.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Why announce the topic a few days in advance?",
                            "answer": (
                                "So that people can collect data and examples instead of relying "
                                "on memory."
                            ),
                            "explanation": (
                                "Deep dives need facts. Without them the hour turns into a debate "
                                "between opinions."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "choosing-the-next-format",
                "title": "Choosing the next format",
                "summary": "A simple way to match the format to the team's situation.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>We pick the format by asking what the team needs right now, not by "
                            "rotating through a list. After a rough period, people need to talk "
                            "about what happened, so we use a timeline. Before a big goal, we look "
                            "ahead with the sailboat. In calm times, the starfish fine-tunes. When "
                            "one topic keeps returning, we go deep on it.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Keep a format log",
                            "text": (
                                "<p>Write down which format you used, the closing rating and the "
                                "actions. After half a year you will see which formats work for "
                                "this team, and which ones only worked for you.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "The format is the cup, not the coffee. Change the cup when people "
                                "stop tasting the coffee."
                            ),
                            "attribution": (
                                "A facilitator who has run retrospectives for fifteen years"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "The team just shipped after a stressful month with two incidents. "
                                "Which format fits best?"
                            ),
                            "answer": "A timeline retrospective.",
                            "explanation": (
                                "After a rough period people need to agree on what happened before "
                                "they can think about adjustments or goals."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "keeping-a-team-knowledge-base-healthy",
        "title": "Keeping a team knowledge base healthy with small scripts",
        "topic": "knowledge-management",
        "extra_topics": [],
        "tags": ["scripts", "wiki", "maintenance", "automation"],
        "level": "advanced",
        "language": "en",
        "summary": (
            "Use a handful of small Python scripts on a wiki export to find stale pages, broken "
            "links and orphaned pages, and turn the results into a weekly list owners act on."
        ),
        "outcomes": [
            "Load a Markdown export of a knowledge base into a simple page model",
            "Find stale pages and group them by owner",
            "Detect broken internal links and orphaned pages",
            "Run the checks every week and share a report people act on",
        ],
        "prerequisites": (
            "You can read and run short Python scripts, and you can get a Markdown export of your "
            "knowledge base."
        ),
        "author": "mentor",
        "co_authors": [],
        "state": "published",
        "featured": False,
        "lessons": [
            {
                "slug": "reading-the-export",
                "title": "Reading the export",
                "summary": (
                    "Turn a folder of exported Markdown files into page records you can check."
                ),
                "minutes": 15,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Most wiki tools can export a space as Markdown files, one per "
                            "page, with a small header of metadata at the top. We work on the "
                            "export, not on the live wiki: it is fast, it cannot break anything, "
                            "and the same scripts work whichever tool your team uses. In this "
                            "course we assume a header with a title, an owner and the date of the "
                            "last real update.</p>"
                        ),
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "text",
                            "code": (
                                "---\n"
                                "title: Onboarding checklist\n"
                                "owner: mei\n"
                                "updated: 2024-03-18\n"
                                "---\n"
                                "Welcome! Start with the [team handbook](../handbook/index.md).\n"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The first piece of <code>kbhealth.py</code> reads every file into "
                            "a small record; the later lessons add their checks to the same "
                            "module. We deliberately parse the header by hand instead of pulling "
                            "in a front-matter library: the format is simple, and fewer "
                            "dependencies mean the script still runs in two years.</p>"
                        ),
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "python",
                            "code": (
                                '"""kbhealth.py: read a Markdown export into page records."""\n'
                                "from dataclasses import dataclass\n"
                                "from datetime import date\n"
                                "from pathlib import Path\n"
                                "\n"
                                "\n"
                                "@dataclass\n"
                                "class Page:\n"
                                "    path: Path  # relative to the export folder\n"
                                "    title: str\n"
                                "    owner: str\n"
                                "    updated: date\n"
                                "    text: str\n"
                                "\n"
                                "\n"
                                "def read_page(root: Path, file: Path) -> Page:\n"
                                '    raw = file.read_text(encoding="utf-8")\n'
                                '    _, header, text = raw.split("---\\n", 2)\n'
                                "    meta = {}\n"
                                "    for line in header.splitlines():\n"
                                '        key, _, value = line.partition(":")\n'
                                "        meta[key.strip()] = value.strip()\n"
                                "    return Page(\n"
                                "        path=file.relative_to(root),\n"
                                '        title=meta.get("title", file.stem),\n'
                                '        owner=meta.get("owner", ""),\n'
                                '        updated=date.fromisoformat(meta["updated"]),\n'
                                "        text=text,\n"
                                "    )\n"
                                "\n"
                                "\n"
                                "def load_pages(root: Path) -> dict[Path, Page]:\n"
                                "    pages = {}\n"
                                '    for file in sorted(root.rglob("*.md")):\n'
                                "        page = read_page(root, file)\n"
                                "        pages[page.path] = page\n"
                                "    return pages\n"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Pages without a header",
                            "text": (
                                "<p>Some exported pages will have no header or no date, and "
                                "<code>read_page</code> will raise an error on them. Do not hide "
                                "that with a broad try and except: collect those files in a list "
                                "and report them. A page nobody can date is a finding in "
                                "itself.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why do we key the pages by their path relative to the export "
                                "folder?"
                            ),
                            "answer": (
                                "Because internal links in the pages are relative paths, so "
                                "relative keys let us look up link targets directly."
                            ),
                            "explanation": (
                                "Absolute paths would differ between your laptop and the server "
                                "that runs the checks, and would not match the links inside the "
                                "pages."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "finding-stale-pages",
                "title": "Finding stale pages",
                "summary": (
                    "List pages nobody has touched for months, grouped by the person who can fix "
                    "them."
                ),
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A stale page is not necessarily wrong, but nobody has confirmed "
                            "for a long time that it is still right. We use a simple age "
                            "threshold, for example 180 days, and tune it per area: a security "
                            "procedure ages faster than a glossary. The output must be a list per "
                            "owner, because a list nobody owns is a list nobody works through.</p>"
                        ),
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "python",
                            "code": (
                                "# add to kbhealth.py (imports go at the top of the file)\n"
                                "from collections import defaultdict\n"
                                "from datetime import date, timedelta\n"
                                "\n"
                                "\n"
                                "def stale_pages(pages, today: date, max_age_days: int):\n"
                                "    cutoff = today - timedelta(days=max_age_days)\n"
                                "    stale = [p for p in pages.values() if p.updated < cutoff]\n"
                                "    return sorted(stale, key=lambda page: page.updated)\n"
                                "\n"
                                "\n"
                                'def by_owner(pages, fallback: str = "(no owner)"):\n'
                                "    groups = defaultdict(list)\n"
                                "    for page in pages:\n"
                                "        groups[page.owner or fallback].append(page)\n"
                                "    return dict(sorted(groups.items()))\n"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Run it from a small entry point and print one block per owner, "
                            "oldest pages first. The oldest pages are the ones most likely to be "
                            "wrong, and seeing them at the top helps owners decide quickly.</p>"
                        ),
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "python",
                            "code": (
                                "# stale_report.py\n"
                                "from datetime import date\n"
                                "from pathlib import Path\n"
                                "\n"
                                "from kbhealth import by_owner, load_pages, stale_pages\n"
                                "\n"
                                'pages = load_pages(Path("export"))\n'
                                "stale = stale_pages(pages, date.today(), max_age_days=180)\n"
                                "for owner, owned in by_owner(stale).items():\n"
                                '    print(f"## {owner} ({len(owned)} page(s))")\n'
                                "    for page in owned:\n"
                                '        print(f"- {page.updated}  {page.title}  ({page.path})")\n'
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Count reviews as updates",
                            "text": (
                                "<p>Owners who check a page and find it still correct should be "
                                "able to say so without rewriting it. Agree that bumping the "
                                "<code>updated</code> date after a real review is fine, and the "
                                "list will shrink for the right reasons.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why group stale pages by owner instead of sending one long list "
                                "to the team?"
                            ),
                            "answer": (
                                "Because each owner gets a short list they are responsible for, "
                                "which they are far more likely to act on."
                            ),
                            "explanation": (
                                "A shared list of two hundred pages belongs to nobody. Ten lists "
                                "of twenty each have someone who can say keep, update or delete."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "checking-links",
                "title": "Checking internal links",
                "summary": "Find links that point to pages which no longer exist in the export.",
                "minutes": 14,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Broken internal links are the fastest way to lose readers' trust: "
                            "they click once, land nowhere, and stop following links. In a "
                            "Markdown export, internal links are relative paths to other files, so "
                            "we can check them without any network calls. We skip external links "
                            "here: checking those is slower and needs care not to hammer other "
                            "people's servers.</p>"
                        ),
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "python",
                            "code": (
                                "# add to kbhealth.py (imports go at the top of the file)\n"
                                "import os\n"
                                "import re\n"
                                "from pathlib import Path\n"
                                "\n"
                                'LINK = re.compile(r"\\[[^\\]]*\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)")\n'
                                "\n"
                                "\n"
                                "def internal_links(page_path: Path, text: str) -> list[Path]:\n"
                                "    targets = []\n"
                                "    for target in LINK.findall(text):\n"
                                '        if "://" in target or target.startswith("mailto:"):\n'
                                "            continue\n"
                                '        if target.startswith("/"):\n'
                                '            resolved = Path(target.lstrip("/"))\n'
                                "        else:\n"
                                "            joined = os.path.normpath(page_path.parent / target)\n"
                                "            resolved = Path(joined)\n"
                                "        targets.append(resolved)\n"
                                "    return targets\n"
                                "\n"
                                "\n"
                                "def broken_links(pages):\n"
                                "    for path, page in pages.items():\n"
                                "        for target in internal_links(path, page.text):\n"
                                '            if target.suffix == ".md" and target not in pages:\n'
                                "                yield path, target\n"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "What the pattern does",
                            "text": (
                                "<p>The regular expression matches <code>[text](target)</code> and "
                                "captures the target without an anchor such as "
                                "<code>#section</code>. Links that only point to an anchor on the "
                                "same page are skipped on purpose.</p>"
                            ),
                        },
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Two hundred broken links after a move",
                            "context": (
                                "An internal knowledge base of about 1,400 pages, after the team "
                                "reorganised its folder structure."
                            ),
                            "what_we_did": (
                                "<p>We ran the link check on the export, sorted the results by "
                                "target, and fixed the twenty most common targets first with a "
                                "search and replace.</p>"
                            ),
                            "what_happened": (
                                "Those twenty targets covered more than three quarters of the "
                                "broken links. The rest went to page owners as a short list each."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "A page at guides/setup.md links to ../faq.md. Which key does the "
                                "script look up?"
                            ),
                            "answer": "faq.md, at the root of the export.",
                            "explanation": (
                                "The link is resolved relative to the page's folder and "
                                "normalised, so guides/../faq.md becomes faq.md."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "finding-orphans",
                "title": "Finding orphaned pages",
                "summary": "Pages no other page links to are hard to find, and often forgotten.",
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>An orphaned page has no links pointing to it from anywhere in the "
                            "knowledge base. Readers only find it through search, if they know "
                            "what to search for, and owners forget it exists. Orphans are often "
                            "the best candidates for merging into another page or for "
                            "archiving.</p>"
                        ),
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "python",
                            "code": (
                                "# add to kbhealth.py, below internal_links()\n"
                                "def inbound_links(pages):\n"
                                "    inbound = {path: 0 for path in pages}\n"
                                "    for path, page in pages.items():\n"
                                "        for target in set(internal_links(path, page.text)):\n"
                                "            if target in inbound and target != path:\n"
                                "                inbound[target] += 1\n"
                                "    return inbound\n"
                                "\n"
                                "\n"
                                "def orphans(pages, start_pages):\n"
                                "    inbound = inbound_links(pages)\n"
                                "    return sorted(\n"
                                "        path\n"
                                "        for path, count in inbound.items()\n"
                                "        if count == 0 and path not in start_pages\n"
                                "    )\n"
                            ),
                        },
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Islands, not only orphans", "level": "h3"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Two pages that only link to each other are not orphans, but nobody "
                            "can reach them from the start page either. To catch these islands, "
                            "walk the links from your start pages and list every page you never "
                            "reach.</p>"
                        ),
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "python",
                            "code": (
                                "# add to kbhealth.py (imports go at the top of the file)\n"
                                "from collections import deque\n"
                                "\n"
                                "\n"
                                "def unreachable(pages, start_pages):\n"
                                "    seen = set(start_pages)\n"
                                "    queue = deque(start_pages)\n"
                                "    while queue:\n"
                                "        path = queue.popleft()\n"
                                "        if path not in pages:\n"
                                "            continue\n"
                                "        for target in internal_links(path, pages[path].text):\n"
                                "            if target in pages and target not in seen:\n"
                                "                seen.add(target)\n"
                                "                queue.append(target)\n"
                                "    return sorted(set(pages) - seen)\n"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Why do we pass a list of start pages to the orphan check?",
                            "answer": (
                                "Because entry pages such as the home page have no inbound links "
                                "by design and must not be reported."
                            ),
                            "explanation": (
                                "Start pages are where readers enter. Without excluding them, "
                                "every check would report the home page as an orphan."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "running-it-every-week",
                "title": "Running it every week",
                "summary": (
                    "A config file, a wrapper script and a schedule, so the checks run without you."
                ),
                "minutes": 15,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Scripts that only run when you remember them will stop running the "
                            "week you go on holiday. We keep the settings in a small config file, "
                            "wrap the export and the checks in one shell script, and let a "
                            "scheduler run it every Monday morning. The only dependency beyond the "
                            "standard library is PyYAML for the config file, and the report is a "
                            "Markdown file you can post to the team channel.</p>"
                        ),
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "yaml",
                            "code": (
                                "# kb-health.yaml\n"
                                "export_dir: export\n"
                                "stale_after_days: 180\n"
                                "start_pages:\n"
                                "  - index.md\n"
                                "  - onboarding/index.md\n"
                                "ignore:\n"
                                "  - archive/\n"
                            ),
                        },
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "python",
                            "code": (
                                '"""check.py: run all checks and print a Markdown report."""\n'
                                "import sys\n"
                                "from datetime import date\n"
                                "from pathlib import Path\n"
                                "\n"
                                "import yaml\n"
                                "\n"
                                "from kbhealth import (\n"
                                "    broken_links,\n"
                                "    by_owner,\n"
                                "    load_pages,\n"
                                "    orphans,\n"
                                "    stale_pages,\n"
                                ")\n"
                                "\n"
                                "\n"
                                "def main(config_file: str) -> int:\n"
                                '    text = Path(config_file).read_text(encoding="utf-8")\n'
                                "    config = yaml.safe_load(text)\n"
                                '    pages = load_pages(Path(config["export_dir"]))\n'
                                '    ignored = tuple(config.get("ignore", []))\n'
                                "    active = {\n"
                                "        path: page\n"
                                "        for path, page in pages.items()\n"
                                "        if not path.as_posix().startswith(ignored)\n"
                                "    }\n"
                                '    start = [Path(p) for p in config["start_pages"]]\n'
                                '    days = config["stale_after_days"]\n'
                                "\n"
                                "    broken = list(broken_links(pages))\n"
                                '    print(f"# Knowledge base health, {date.today()}")\n'
                                '    print(f"\\n## Broken links ({len(broken)})")\n'
                                "    for source, target in broken:\n"
                                '        print(f"- {source} links to missing {target}")\n'
                                '    print("\\n## Orphaned pages")\n'
                                "    for path in orphans(active, start):\n"
                                '        owner = active[path].owner or "?"\n'
                                '        print(f"- {path} (owner: {owner})")\n'
                                '    print(f"\\n## Stale pages (older than {days} days)")\n'
                                "    stale = stale_pages(active, date.today(), days)\n"
                                "    for owner, owned in by_owner(stale).items():\n"
                                '        print(f"- {owner}: {len(owned)} page(s)")\n'
                                "    return 1 if broken else 0\n"
                                "\n"
                                "\n"
                                'if __name__ == "__main__":\n'
                                "    sys.exit(main(sys.argv[1]))\n"
                            ),
                        },
                    },
                    {
                        "type": "code",
                        "value": {
                            "language": "bash",
                            "code": (
                                "#!/usr/bin/env bash\n"
                                "# run-kb-health.sh EXPORT_ZIP\n"
                                "set -euo pipefail\n"
                                'cd "$(dirname "$0")"\n'
                                "\n"
                                "rm -rf export && mkdir -p export reports\n"
                                'unzip -q "$1" -d export\n'
                                "\n"
                                'report="reports/kb-health-$(date +%F).md"\n'
                                "status=0\n"
                                'python3 check.py kb-health.yaml > "$report" || status=$?\n'
                                'echo "Report written to $report (exit status $status)"\n'
                                "\n"
                                "# crontab entry, every Monday at 07:00:\n"
                                "# 0 7 * * 1 /opt/kb-health/run-kb-health.sh /srv/export.zip\n"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Report, do not delete",
                            "text": (
                                "<p>Never let the scripts archive or delete pages on their own. "
                                "Their job is to give owners a short, clear list every week. "
                                "People trust automation that suggests, and fight automation that "
                                "acts behind their backs.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why does the wrapper capture the exit status instead of letting "
                                "set -e stop the script?"
                            ),
                            "answer": (
                                "Because check.py exits with 1 when it finds broken links, and we "
                                "still want the report to be written and announced."
                            ),
                            "explanation": (
                                "With set -e, a non-zero exit would end the wrapper at that line. "
                                "Capturing the status keeps the report while still recording the "
                                "failure."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "starting-a-community-of-practice",
        "title": "Starting a community of practice",
        "topic": "communities-of-practice",
        "extra_topics": ["knowledge-management"],
        "tags": ["communities", "networks", "learning"],
        "level": "intermediate",
        "language": "en",
        "summary": (
            "From a handful of interested colleagues to a community that meets, shares and "
            "improves its craft, without turning it into another committee."
        ),
        "outcomes": [
            "Tell a community of practice apart from a team or a project",
            "Find and support a small core group that carries the community",
            "Plan the first three meetings so people come back",
            "Show the value of the community with stories and simple numbers",
        ],
        "prerequisites": (
            "You have a craft or topic that people across several teams share, and a few "
            "colleagues who care about it."
        ),
        "author": "mentor",
        "co_authors": ["ana"],
        "state": "published",
        "featured": False,
        "lessons": [
            {
                "slug": "is-it-a-community",
                "title": "Is it a community?",
                "summary": (
                    "Domain, community and practice: three things every community of practice "
                    "needs."
                ),
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A community of practice is a group of people who share a craft and "
                            "learn from each other by doing it. It needs three things: a domain "
                            "people care about, a community of people who know each other, and a "
                            "shared practice they improve together. Without the domain, it is a "
                            "social club; without the practice, it is a mailing list.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>It differs from a team or a project in important ways:</p>"
                            "<ul><li>Membership is voluntary and crosses team boundaries.</li>"
                            "<li>There is no deliverable, only better practice over time.</li>"
                            "<li>It lasts as long as people find it useful, not until a "
                            "deadline.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Not a committee",
                            "text": (
                                "<p>If management appoints members and sets quarterly targets, you "
                                "get a working group. That can be useful too, but it will not "
                                "create the trust a community runs on.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Twelve people from six teams meet monthly to discuss interview "
                                "techniques in user research. Is this a community of practice?"
                            ),
                            "answer": (
                                "Yes, if they share and improve how they actually do interviews."
                            ),
                            "explanation": (
                                "There is a shared domain and people from different teams. What "
                                "makes it a community of practice is that they learn from each "
                                "other's real work."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "finding-the-core-group",
                "title": "Finding the core group",
                "summary": "Three to six people who carry the community in its first year.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Communities do not start with a launch event; they start with a "
                            "few people who already talk about the topic. Look for the colleagues "
                            "others already ask for advice, and for people who have tried "
                            "something new and want to share it. Invite three to six of them to a "
                            "first informal conversation.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Questions for that first conversation:</p>"
                            "<ul><li>What problems do we keep solving separately in our teams?</li>"
                            "<li>What would we like to learn from each other in the next six "
                            "months?</li>"
                            "<li>How much time can each of us realistically give per "
                            "month?</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Five testers, then fifty",
                            "context": (
                                "Testers spread across nine product teams at an insurance company, "
                                "each the only tester in their team."
                            ),
                            "what_we_did": (
                                "<p>Five of them started a fortnightly lunch where one person "
                                "showed a test they were proud of, or stuck on.</p>"
                            ),
                            "what_happened": (
                                "After a year, fifty people had joined at least once. The lunch is "
                                "still run by three of the original five, with a rotating host."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why start with a small core group instead of a big launch event?"
                            ),
                            "answer": (
                                "Because a community lives on relationships and regular contact, "
                                "which a few committed people can build and a big event cannot."
                            ),
                            "explanation": (
                                "Launch events attract curiosity but rarely a second visit. A core "
                                "group keeps the rhythm going until the community carries itself."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "the-first-three-meetings",
                "title": "The first three meetings",
                "summary": "Give people a reason to come back before asking for anything.",
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The first three meetings decide whether people come back. Each one "
                            "should give members something they can use the next day, and each one "
                            "should have a bit of time for people to meet each other. Do not spend "
                            "them on charters, names and logos.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A sequence that works:</p>"
                            "<ol><li>First meeting: each person shares one current challenge in "
                            "two minutes. Pick one and solve it together.</li>"
                            "<li>Second meeting: a member shows a piece of real work, followed by "
                            "questions and advice.</li>"
                            "<li>Third meeting: ask what the community should focus on for the "
                            "next three months.</li></ol>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Same time, same place",
                            "text": (
                                "<p>A fixed rhythm, such as the second Tuesday of the month, "
                                "matters more than the perfect slot. People plan around a rhythm; "
                                "they forget one-off invitations.</p>"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "The presentation trap",
                            "text": (
                                "<p>Communities that only have talks turn into audiences. Keep at "
                                "least half of each meeting for conversation and helping each "
                                "other.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why wait until the third meeting to talk about the community's "
                                "focus?"
                            ),
                            "answer": (
                                "Because by then people know each other and the kind of value the "
                                "meetings bring."
                            ),
                            "explanation": (
                                "Talking about purpose before anyone has experienced value "
                                "produces abstract goals nobody feels responsible for."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "rhythm-and-roles",
                "title": "Rhythm and roles",
                "summary": (
                    "Light roles that keep a community going without burning out its founders."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Most communities die quietly because one person did all the work "
                            "and then changed jobs. Share the work early in small, clear roles, "
                            "and rotate them every few months. Roles should be light enough that "
                            "people can take them on next to their daily work.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Roles we have seen work:</p>"
                            "<ul><li><b>Host:</b> opens and closes meetings and keeps time.</li>"
                            "<li><b>Curator:</b> collects useful material from meetings in one "
                            "place.</li>"
                            "<li><b>Connector:</b> welcomes newcomers and introduces them to "
                            "others.</li>"
                            "<li><b>Sponsor:</b> a manager who protects time and budget for the "
                            "community.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "The day I handed over the hosting, the community got better. "
                                "People came for each other, not for me."
                            ),
                            "attribution": (
                                "A founder of a data analysts' community in a logistics firm"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "What is the main risk of a community run by one enthusiastic "
                                "person?"
                            ),
                            "answer": (
                                "It depends on that person and fades when they leave or lose "
                                "energy."
                            ),
                            "explanation": (
                                "Shared, rotating roles spread both the work and the ownership, so "
                                "the community survives changes."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "showing-value",
                "title": "Showing the value",
                "summary": "Stories and a few simple numbers that keep sponsors on your side.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Sooner or later someone asks what the community brings. Attendance "
                            "numbers alone will not convince anyone; stories of problems solved "
                            "will. Collect them as you go, not the week before the budget "
                            "discussion.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A simple value story has four parts: the problem a member had, the "
                            "help they got from the community, what they did with it, and the "
                            "result. Add a number if there is an honest one, such as days saved or "
                            "an error that no longer happens.</p>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "A budget saved by three stories",
                            "context": (
                                "An internal community of project managers at a public research "
                                "institute, whose small budget was questioned in a cost review."
                            ),
                            "what_we_did": (
                                "<p>We asked members for one example each of help they had "
                                "received, and wrote up the three strongest as half-page "
                                "stories.</p>"
                            ),
                            "what_happened": (
                                "The review kept the budget. One story, about a reused contract "
                                "template that saved a project four weeks, was quoted in the board "
                                "minutes."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "A sponsor asks what the community brings. What do you show first?"
                            ),
                            "answer": (
                                "Two or three concrete stories of problems solved, with an honest "
                                "number where possible."
                            ),
                            "explanation": (
                                "Stories make the value tangible. Attendance figures only show "
                                "that people come, not why."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "storytelling-for-lessons-learned",
        "title": "Storytelling for lessons learned",
        "topic": "storytelling",
        "extra_topics": ["knowledge-management", "after-action-reviews"],
        "tags": ["stories", "lessons-learned", "writing"],
        "level": "beginner",
        "language": "en",
        "summary": (
            "Lessons-learned documents get filed and forgotten. Turn them into short stories that "
            "colleagues remember, retell and act on."
        ),
        "outcomes": [
            "Explain why stories are remembered better than lists of lessons",
            "Structure a lesson story with a situation, a turning point and a takeaway",
            "Find the story in a project that seemed to have none",
            "Tell a lesson story in two minutes and write it down in half a page",
        ],
        "prerequisites": "",
        "author": "priya",
        "co_authors": ["mentor"],
        "state": "published",
        "featured": False,
        "lessons": [
            {
                "slug": "why-stories-stick",
                "title": "Why stories stick",
                "summary": "What stories carry that a list of lessons loses.",
                "minutes": 7,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A list of lessons tells people what to do; a story shows them why "
                            "it mattered. We remember the project where the client's lawyer "
                            "appeared in the last meeting long after we have forgotten the bullet "
                            "'involve legal early'. Stories carry context, and context is what "
                            "lets people judge whether a lesson fits their own situation.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Nobody read our lessons database. Everybody remembered the story "
                                "about the migration weekend."
                            ),
                            "attribution": "A team lead in a regional energy provider",
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Stories and lists work together",
                            "text": (
                                "<p>You do not have to choose. A short story followed by one clear "
                                "takeaway gives people both the memory hook and the action.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "What does a story give that a bullet point does not?",
                            "answer": (
                                "Context: what the situation was, what was at stake, and why the "
                                "lesson mattered."
                            ),
                            "explanation": (
                                "With context, readers can judge whether the lesson applies to "
                                "their own situation, which is what makes it usable."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "the-shape-of-a-lesson-story",
                "title": "The shape of a lesson story",
                "summary": "Situation, complication, turning point, takeaway.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Lesson stories follow a simple shape that listeners recognise "
                            "without thinking about it:</p>"
                            "<ol><li><b>Situation:</b> where we were, who was involved, what we "
                            "wanted.</li>"
                            "<li><b>Complication:</b> what went differently than expected.</li>"
                            "<li><b>Turning point:</b> what we noticed or did that changed "
                            "things.</li>"
                            "<li><b>Takeaway:</b> what we would do again, or differently, next "
                            "time.</li></ol>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Keep the situation short: one or two sentences are enough. Most of "
                            "the story belongs to the complication and the turning point, because "
                            "that is where listeners learn. End with the takeaway in one sentence, "
                            "so nobody has to guess.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Start in the middle",
                            "text": (
                                "<p>Open with the moment things went wrong, then go back briefly "
                                "to the situation. 'Two days before go-live, the test data "
                                "disappeared' gets more attention than 'In spring we started a "
                                "data project'.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Which part of a lesson story usually deserves the most time?"
                            ),
                            "answer": "The complication and the turning point.",
                            "explanation": (
                                "That is where the surprise and the learning are. The situation "
                                "only sets the scene."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "finding-the-story",
                "title": "Finding the story in a project",
                "summary": "Questions that surface the moments worth telling.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Many people say their project has no story: it just went as "
                            "planned. Usually the story is hidden in a small moment nobody thought "
                            "worth mentioning. A few questions bring those moments to the "
                            "surface.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Questions we ask in a story interview:</p>"
                            "<ul><li>When were you most worried during the project?</li>"
                            "<li>What surprised you, even a little?</li>"
                            "<li>Was there a moment when someone saved the day?</li>"
                            "<li>What would you tell a friend who starts the same kind of project "
                            "tomorrow?</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "The project with no story",
                            "context": (
                                "A team that had rolled out a new room booking system across six "
                                "offices of a law practice, on time and without incidents."
                            ),
                            "what_we_did": (
                                "<p>We interviewed three team members with the questions above for "
                                "fifteen minutes each.</p>"
                            ),
                            "what_happened": (
                                "All three mentioned the same moment: an office manager who tested "
                                "the system with the real Monday rush. That story now opens every "
                                "rollout plan in the firm."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why ask 'when were you most worried' instead of 'what went wrong'?"
                            ),
                            "answer": (
                                "Because it also finds near misses and quiet turning points, not "
                                "only failures."
                            ),
                            "explanation": (
                                "Many valuable lessons come from things that almost went wrong. "
                                "'What went wrong' makes people defensive and misses them."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "telling-it-in-two-minutes",
                "title": "Telling it in two minutes",
                "summary": "Practise a spoken version that fits into any meeting.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A lesson story that takes ten minutes will only be told at special "
                            "events. A two-minute version fits into a team meeting, a community "
                            "call or a coffee break, and gets retold. Aim for about 250 spoken "
                            "words.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>How to get there:</p>"
                            "<ol><li>Tell the full story to a colleague and record it on your "
                            "phone.</li>"
                            "<li>Listen back and cut everything that does not lead to the turning "
                            "point.</li>"
                            "<li>Tell it again, standing up, with a timer running.</li></ol>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Leave out the names",
                            "text": (
                                "<p>If the story shows someone's mistake, tell it without the "
                                "name, or ask first. A story that embarrasses a colleague will be "
                                "remembered for the wrong reason.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Why aim for a two-minute version?",
                            "answer": (
                                "Because short stories fit into everyday meetings and are easy to "
                                "retell."
                            ),
                            "explanation": (
                                "Stories spread when other people can pass them on. Long stories "
                                "stay with their first teller."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "writing-it-down",
                "title": "Writing it down in half a page",
                "summary": "A written version that people find and read.",
                "minutes": 9,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The written version of a lesson story should fit on half a page. "
                            "Give it a title that names the situation, such as 'When the client "
                            "changes contact halfway through', so people searching for that "
                            "situation find it. Then tell the story in four short paragraphs and "
                            "end with the takeaway in bold.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Add a contact",
                            "text": (
                                "<p>End every written story with the name of someone readers can "
                                "ask. The story opens the door; the conversation afterwards is "
                                "where most of the knowledge is passed on.</p>"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Store the stories where people look when they start similar work, "
                            "for example next to templates and checklists. A story in a central "
                            "archive is safe; a story next to the checklist is read.</p>"
                        ),
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "What makes a good title for a written lesson story?",
                            "answer": (
                                "A title that names the situation in which the lesson applies."
                            ),
                            "explanation": (
                                "People search by the situation they are in, not by the project "
                                "name or the lesson itself."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "facilitating-remote-workshops",
        "title": "Facilitating remote workshops",
        "topic": "remote-collaboration",
        "extra_topics": ["facilitation"],
        "tags": ["workshops", "online", "meetings"],
        "level": "intermediate",
        "language": "en",
        "summary": (
            "Design and run online workshops that keep people thinking instead of multitasking: "
            "shorter blocks, clear tasks, breaks that work and breakout rooms with a purpose."
        ),
        "outcomes": [
            "Redesign an in-person workshop agenda for the screen",
            "Prepare participants and tools so the first ten minutes go smoothly",
            "Plan energy, breaks and breakout rooms for a half-day session",
            "Follow up so that the workshop's results are used",
        ],
        "prerequisites": "You have facilitated in-person workshops or meetings before.",
        "author": "ana",
        "co_authors": ["teacher"],
        "state": "published",
        "featured": False,
        "lessons": [
            {
                "slug": "design-for-the-screen",
                "title": "Design for the screen",
                "summary": "Why you cannot copy an in-person agenda, and what to do instead.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>An online workshop is not an in-person workshop on a screen. "
                            "Attention drops faster, side conversations disappear, and every "
                            "silence feels longer. Plan shorter blocks, more explicit tasks, and "
                            "fewer but longer pauses.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Rules of thumb we use when we redesign an agenda:</p>"
                            "<ul><li>No block longer than twenty minutes without a change of "
                            "activity.</li>"
                            "<li>Every task has a written instruction that stays visible on the "
                            "board.</li>"
                            "<li>Half a day online holds as much as a full day in a room: cut the "
                            "agenda rather than squeezing it.</li>"
                            "<li>Split long workshops into two or three shorter sessions on "
                            "different days.</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "One day became three mornings",
                            "context": (
                                "A regional planning office that moved its yearly two-day strategy "
                                "workshop online for thirty participants."
                            ),
                            "what_we_did": (
                                "<p>We split it into three sessions of two and a half hours on "
                                "consecutive weeks, with short reading tasks in between.</p>"
                            ),
                            "what_happened": (
                                "Participation in the last session was higher than in the first, "
                                "and the reading tasks meant less time was spent on presentations."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Your in-person workshop runs for a full day. How long should the "
                                "online version be?"
                            ),
                            "answer": (
                                "About half: one long session or, better, two or three shorter "
                                "ones on different days."
                            ),
                            "explanation": (
                                "Online attention drops faster, so the same content needs less "
                                "time per session and more breaks in between."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "before-the-day",
                "title": "Before the day",
                "summary": "Invitations, tool checks and a producer who handles the technology.",
                "minutes": 9,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Half of a remote workshop's success is decided before it starts. "
                            "Send the invitation with the purpose, the agenda and the tools at "
                            "least a week ahead. Ask people to open the whiteboard link once "
                            "beforehand and add a sticky note with their name.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Work with a producer",
                            "text": (
                                "<p>For groups above twelve people, ask a colleague to handle the "
                                "technology: breakout rooms, links, people who drop out. You keep "
                                "your attention on the group, and problems get solved without "
                                "interrupting everyone.</p>"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Open the room fifteen minutes early with music and a simple "
                            "warm-up question on the board. People who arrive early can test their "
                            "audio and get comfortable, and you can help the ones who struggle "
                            "with the tools before the official start.</p>"
                        ),
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Why ask participants to add a sticky note to the board before the "
                                "workshop?"
                            ),
                            "answer": (
                                "So that tool problems show up before the day, not in the first "
                                "ten minutes."
                            ),
                            "explanation": (
                                "Access problems discovered during the workshop cost everyone time "
                                "and energy. A small task in advance surfaces them early."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "energy-and-breaks",
                "title": "Energy and breaks",
                "summary": "Plan the rhythm of a half-day session so people stay with you.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Online, energy drops faster and recovers more slowly. Plan a real "
                            "break of ten minutes every hour, away from the screen, and say "
                            "exactly when you will start again. Between breaks, alternate between "
                            "listening, individual work and talking in small groups.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Short moves that lift energy without feeling silly:</p>"
                            "<ul><li>Ask everyone to answer a question in the chat at the same "
                            "time, on a count of three.</li>"
                            "<li>Invite people to stand up for the next discussion.</li>"
                            "<li>Switch from the big group to pairs for five minutes.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Cameras are not a measure of attention",
                            "text": (
                                "<p>Requiring cameras on all the time costs energy and excludes "
                                "people with poor connections or a busy home. Ask for cameras in "
                                "small groups and at key moments, and make it clear that switching "
                                "off is fine.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "How often should a half-day online workshop have a real break?"
                            ),
                            "answer": "About every hour, for ten minutes, away from the screen.",
                            "explanation": (
                                "Short, regular breaks keep attention up better than one long "
                                "break in the middle."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "breakout-rooms-that-work",
                "title": "Breakout rooms that work",
                "summary": "Clear tasks, the right group size, and a visible place for results.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Breakout rooms fail when people arrive and ask each other what "
                            "they are supposed to do. Before opening the rooms, show the task, the "
                            "time and the expected result, and leave it written on the board where "
                            "each group works. Groups of three or four talk the most; from six "
                            "people on, some go quiet.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A task instruction that works has four parts:</p>"
                            "<ol><li>The question to work on.</li>"
                            "<li>The time available, for example twelve minutes.</li>"
                            "<li>The result, such as three ideas on the group's part of the "
                            "board.</li>"
                            "<li>Who reports back: the person whose first name comes first in the "
                            "alphabet.</li></ol>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Silent rooms no more",
                            "context": (
                                "A distributed customer support team of twenty-five people across "
                                "four countries, whose breakout sessions often produced nothing."
                            ),
                            "what_we_did": (
                                "<p>We gave every group its own frame on the shared board with the "
                                "task written at the top, and cut group size from six to four.</p>"
                            ),
                            "what_happened": (
                                "Every group produced results from the first session on, and the "
                                "debrief took half as long because the results were already "
                                "visible."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "What should participants know before a breakout room opens?"
                            ),
                            "answer": (
                                "The question, the time, the expected result and who reports back."
                            ),
                            "explanation": (
                                "Without these, groups spend the first minutes working out the "
                                "task and often come back with nothing to share."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "after-the-workshop",
                "title": "After the workshop",
                "summary": "Turn the board into decisions and next steps people actually use.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A whiteboard full of sticky notes is not a result. Within two "
                            "days, send a one-page summary: the decisions, the open questions, and "
                            "the next steps with owners. Link to the board for those who want the "
                            "details, but do not expect anyone to read it.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Ask for feedback while people are still there",
                            "text": (
                                "<p>Leave three minutes at the end for two questions on the board: "
                                "what helped you think today, and what got in the way? Answers "
                                "written during the session are more honest and more numerous than "
                                "any survey sent later.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "The workshop is over when the first next step is done, not when "
                                "the call ends."
                            ),
                            "attribution": "A facilitator in a distributed product organisation",
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "What should participants receive after a remote workshop, and "
                                "when?"
                            ),
                            "answer": (
                                "A one-page summary of decisions, open questions and next steps "
                                "with owners, within two days."
                            ),
                            "explanation": (
                                "A quick, short summary keeps the momentum. A link to a crowded "
                                "board alone leaves everyone to interpret the results on their own."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "async-first-team-habits",
        "title": "Async-first habits for distributed teams",
        "topic": "remote-collaboration",
        "extra_topics": ["working-out-loud"],
        "tags": ["async", "writing", "decisions", "time-zones"],
        "level": "advanced",
        "language": "en",
        "summary": (
            "For teams spread across time zones: decide what needs a meeting, write so others can "
            "act without you, and record decisions where everyone finds them."
        ),
        "outcomes": [
            "Decide which conversations need a meeting and which work better written",
            "Write updates and proposals that others can act on without a call",
            "Keep a lightweight decision record the whole team uses",
            "Set up a weekly rhythm that works across several time zones",
        ],
        "prerequisites": (
            "You work in or lead a team that is spread across at least two locations or time zones."
        ),
        "author": "ana",
        "co_authors": [],
        "state": "in_review",
        "featured": False,
        "lessons": [
            {
                "slug": "when-async-beats-meetings",
                "title": "When async beats a meeting",
                "summary": "A simple test for what needs everyone at the same time.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Async-first does not mean no meetings; it means meetings are a "
                            "choice, not a default. Information, status and most proposals travel "
                            "better in writing: people read them when they are awake and focused, "
                            "and the text stays for latecomers. Meetings are for what needs "
                            "real-time conversation: conflict, sensitive topics, brainstorming, "
                            "and building relationships.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Before scheduling a meeting, ask:</p>"
                            "<ul><li>Could a written update and two days of comments reach the "
                            "same result?</li>"
                            "<li>Does this need a back-and-forth faster than a day?</li>"
                            "<li>Are feelings or relationships at stake?</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Status meetings replaced by a written round",
                            "context": (
                                "A twelve-person software team spread over three continents, with "
                                "a daily stand-up at a time that was late evening for some."
                            ),
                            "what_we_did": (
                                "<p>We replaced four of the five weekly stand-ups with a written "
                                "check-in in a shared thread, and kept one call a week for "
                                "planning and social time.</p>"
                            ),
                            "what_happened": (
                                "The people in the late time zone stopped missing stand-ups, and "
                                "the written thread became the place where blockers were spotted "
                                "first."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Two colleagues disagree sharply about a design decision. Written "
                                "thread or call?"
                            ),
                            "answer": "A call, followed by a written summary of the outcome.",
                            "explanation": (
                                "Conflict escalates easily in writing. Talk it through in real "
                                "time, then record the decision so everyone else can follow."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "writing-for-async",
                "title": "Writing so others can act",
                "summary": (
                    "Structure messages so a reader in another time zone can act without asking."
                ),
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>In an async team, every question you could have avoided costs a "
                            "day. Write so that a reader who wakes up eight hours later can act "
                            "without asking you anything. That means stating the context, the ask "
                            "and the deadline up front, not at the end.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A structure for proposals and requests:</p>"
                            "<ol><li><b>Ask:</b> what you need from whom, in the first line.</li>"
                            "<li><b>Deadline:</b> by when, with the time zone.</li>"
                            "<li><b>Context:</b> three to five sentences, with links to "
                            "details.</li>"
                            "<li><b>Options:</b> what you considered, and what you recommend.</li>"
                            "<li><b>Default:</b> what happens if nobody objects by the "
                            "deadline.</li></ol>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Add a default",
                            "text": (
                                "<p>A default, such as 'if no objections by Thursday 12:00 UTC, we "
                                "go with option B', keeps work moving. It turns silence into "
                                "consent instead of into a stalled thread.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Why put the ask in the first line of a message?",
                            "answer": (
                                "So that readers immediately know what is needed from them, even "
                                "if they only skim."
                            ),
                            "explanation": (
                                "In busy async channels, people decide within a line whether a "
                                "message concerns them. An ask at the end is often missed."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "decision-records",
                "title": "Decision records",
                "summary": "Keep a short, searchable log of what was decided, why and by whom.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Distributed teams lose decisions in chat threads. Two weeks later, "
                            "nobody remembers whether the proposal was accepted, and the "
                            "discussion starts again. A decision record fixes this with a few "
                            "lines per decision, in one place.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Each record needs only five fields:</p>"
                            "<ul><li>The decision, in one sentence.</li>"
                            "<li>The date and who decided.</li>"
                            "<li>The options considered.</li>"
                            "<li>The reasons, in two or three sentences.</li>"
                            "<li>A link back to the discussion.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Who writes it",
                            "text": (
                                "<p>The person who made the proposal writes the record, not a "
                                "secretary. They know the context best, and it closes their loop "
                                "in a visible way.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "A question comes up that the team decided two months ago. What "
                                "should happen?"
                            ),
                            "answer": (
                                "Someone links to the decision record, and the discussion only "
                                "reopens if something has changed."
                            ),
                            "explanation": (
                                "Decision records save time by ending repeated debates, while "
                                "still allowing a decision to be revisited for new reasons."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "rhythms-across-time-zones",
                "title": "Rhythms across time zones",
                "summary": "A weekly pattern that gives everyone overlap, focus time and fairness.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Without a rhythm, async teams drift into either constant pings or "
                            "long silences. Agree a weekly pattern: when written updates are due, "
                            "when the one shared call happens, and which hours are protected for "
                            "focus. Write it down where new members will find it on their first "
                            "day.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Rotate the time of the shared call if the overlap is unfair. If "
                            "the same people always join at 22:00, they will eventually stop "
                            "joining, or leave. Rotating every month spreads the inconvenience and "
                            "shows that everyone's time counts the same.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Watch for the hub time zone",
                            "text": (
                                "<p>When most of the team sits in one time zone, decisions quietly "
                                "happen there in hallway conversations. Agree that decisions only "
                                "count once they are written down in the shared channel.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "We became a team the month we rotated the call. Until then, it "
                                "was one team and a few guests."
                            ),
                            "attribution": "An engineer in a distributed data team",
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Why rotate the time of a weekly call across time zones?",
                            "answer": (
                                "To share the inconvenience fairly, so no group always joins late "
                                "at night."
                            ),
                            "explanation": (
                                "Fairness in small things like meeting times keeps distant members "
                                "engaged and signals that their time matters."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "facilitation-basics-for-meetings",
        "title": "Facilitation basics for everyday meetings",
        "topic": "facilitation",
        "extra_topics": [],
        "tags": ["meetings", "decisions"],
        "level": "beginner",
        "language": "en",
        "summary": (
            "Small facilitation habits that make ordinary meetings shorter and clearer: questions "
            "as agendas, hearing every voice, and ending with a decision."
        ),
        "outcomes": [
            "Describe what a facilitator does and does not do in a meeting",
            "Write an agenda as a list of questions the meeting must answer",
            "Use 1-2-4-all to hear everyone in a group of up to twenty",
            "End every meeting with recorded decisions and next steps",
        ],
        "prerequisites": "",
        "author": "teacher",
        "co_authors": [],
        "state": "draft",
        "featured": False,
        "lessons": [
            {
                "slug": "the-facilitators-job",
                "title": "The facilitator's job",
                "summary": "You own the process, the group owns the content.",
                "minutes": 6,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>A facilitator is responsible for how the group works together, not "
                            "for what it decides. You watch the time, make sure everyone can "
                            "contribute, and keep the meeting on its purpose. The moment you push "
                            "your own opinion, people stop trusting you with the process.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Wearing two hats",
                            "text": (
                                "<p>In small teams you will often facilitate a meeting you also "
                                "have opinions about. Say it out loud when you switch: 'I am "
                                "stepping out of the facilitator role for a minute to give my "
                                "view.' Then step back in.</p>"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Three things to do in every meeting you facilitate:</p>"
                            "<ul><li>Open by saying the purpose and the end time.</li>"
                            "<li>Notice who has not spoken yet and invite them, without forcing "
                            "them.</li>"
                            "<li>Close by summarising what was decided and who does what.</li></ul>"
                        ),
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "In a planning meeting you facilitate, you strongly disagree with "
                                "a proposal. What do you do?"
                            ),
                            "answer": (
                                "Say that you are stepping out of the facilitator role, give your "
                                "view briefly, then step back in."
                            ),
                            "explanation": (
                                "Making the switch visible keeps the group's trust in you as a "
                                "neutral guide."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "agendas-as-questions",
                "title": "Agendas as questions",
                "summary": "Replace topic lists with the questions the meeting has to answer.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>An agenda item like 'Budget' tells nobody what is expected of "
                            "them. Rewrite it as a question: 'Which two projects do we fund in the "
                            "third quarter?' Now people know what to prepare, and everyone can "
                            "tell when the item is done.</p>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "A weekly meeting cut in half",
                            "context": (
                                "A twelve-person advisory team whose weekly meeting regularly ran "
                                "from one to two hours."
                            ),
                            "what_we_did": (
                                "<p>We rewrote every agenda item as a question, added a timebox to "
                                "each, and moved items without a question to a written update.</p>"
                            ),
                            "what_happened": (
                                "Within a month the meeting ran at fifty minutes, and two items "
                                "per week moved to the written update for good."
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "No question, no item",
                            "text": (
                                "<p>If nobody can phrase an item as a question, it is probably "
                                "information. Send information in writing and save the meeting for "
                                "what needs the group.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Rewrite the agenda item 'New intranet' as a question.",
                            "answer": (
                                "For example: 'Do we join the intranet pilot in May, and if so, "
                                "who represents us?'"
                            ),
                            "explanation": (
                                "A question makes clear what has to be decided and when the item "
                                "is finished."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "hearing-every-voice",
                "title": "Hearing every voice with 1-2-4-all",
                "summary": (
                    "A simple structure that gets ideas from everyone, not only from the fastest "
                    "talkers."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Open discussion rewards the people who think fastest and talk "
                            "loudest. 1-2-4-all is a structure that gives everyone time to think "
                            "before the group talks. It takes about twelve minutes and works with "
                            "up to twenty people.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>How it works:</p>"
                            "<ol><li>One minute alone: everyone writes down their own ideas on the "
                            "question.</li>"
                            "<li>Two minutes in pairs: build on each other's ideas.</li>"
                            "<li>Four minutes in groups of four: notice similarities and "
                            "differences.</li>"
                            "<li>Five minutes all together: each group shares one idea that stood "
                            "out.</li></ol>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Protect the silent minute",
                            "text": (
                                "<p>The first minute will feel long, and someone will want to "
                                "start talking. Hold the silence: it is the only part where the "
                                "quietest person's idea is formed without pressure.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Why does 1-2-4-all start with a minute alone?",
                            "answer": (
                                "So that everyone forms their own ideas before hearing others."
                            ),
                            "explanation": (
                                "Ideas heard first tend to anchor a group. A silent start protects "
                                "the variety of thinking in the room."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "ending-with-decisions",
                "title": "Ending with decisions",
                "summary": "The last five minutes that make a meeting worth having.",
                "minutes": 7,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Many meetings end when the time runs out, not when the work is "
                            "done. Reserve the last five minutes for reading back decisions and "
                            "next steps, and protect them even when the discussion is lively. "
                            "Write the decisions where everyone can see them while you read them "
                            "out.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>For each decision, record:</p>"
                            "<ul><li>What was decided, in one sentence.</li>"
                            "<li>Who does the next step, and by when.</li>"
                            "<li>Who needs to be told, and who tells them.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Send the notes within the hour",
                            "text": (
                                "<p>Decisions written down the same day are remembered the same "
                                "way by everyone. Three lines sent quickly are worth more than a "
                                "perfect protocol a week later.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "The discussion is lively and five minutes remain. What do you do?"
                            ),
                            "answer": (
                                "Stop the discussion, read back the decisions and next steps, and "
                                "schedule the rest."
                            ),
                            "explanation": (
                                "An open discussion can continue later. A meeting without recorded "
                                "decisions has to be held again."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "retrospektiven-in-der-verwaltung",
        "title": "Retrospektiven in der Verwaltung",
        "topic": "retrospectives",
        "extra_topics": ["facilitation"],
        "tags": ["public-sector", "meetings", "teams"],
        "level": "beginner",
        "language": "de",
        "summary": (
            "Wie Teams in Ämtern und Behörden regelmäßig gemeinsam zurückblicken und kleine "
            "Verbesserungen ausprobieren, auch wenn Hierarchie, Zuständigkeiten und Dienstwege "
            "mitreden."
        ),
        "outcomes": [
            "Den Nutzen einer Retrospektive für ein Verwaltungsteam erklären",
            "Rahmen, Auftrag und Grenzen einer Retrospektive mit der Leitung klären",
            "Eine erste Retrospektive von 90 Minuten planen und moderieren",
            "Maßnahmen so formulieren, dass sie im Dienstalltag umgesetzt werden",
        ],
        "prerequisites": "",
        "author": "jonas",
        "co_authors": [],
        "state": "published",
        "featured": False,
        "lessons": [
            {
                "slug": "warum-zurueckblicken",
                "title": "Warum gemeinsam zurückblicken",
                "summary": (
                    "Was eine Retrospektive ist und warum sie gerade in der Verwaltung fehlt."
                ),
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>In vielen Ämtern wird viel geplant und wenig zurückgeschaut. Eine "
                            "Retrospektive ist ein kurzes, regelmäßiges Treffen, in dem ein Team "
                            "darauf schaut, wie es zusammengearbeitet hat, und ein oder zwei Dinge "
                            "vereinbart, die es beim nächsten Mal anders macht. Das klingt "
                            "selbstverständlich, ist im Alltag aber selten: Besprechungen drehen "
                            "sich meist um Fälle, Fristen und Vorlagen.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Typische Anlässe in der Verwaltung:</p>"
                            "<ul><li>Nach einer großen Antragswelle, etwa zum Ende einer "
                            "Frist.</li>"
                            "<li>Nach der Einführung eines neuen Fachverfahrens oder einer neuen "
                            "Software.</li>"
                            "<li>Nach einer Bürgerbeteiligung oder einer großen Veranstaltung.</li>"
                            "<li>Regelmäßig, zum Beispiel einmal im Quartal, im "
                            "Sachgebiet.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Früher haben wir uns erst nach der Beschwerde gefragt, was "
                                "schiefgelaufen ist. Jetzt fragen wir uns alle drei Monate, was "
                                "gut läuft und was nicht."
                            ),
                            "attribution": "Eine Sachgebietsleiterin in einem Bürgeramt",
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Kein Ersatz für die Dienstbesprechung",
                            "text": (
                                "<p>Die Retrospektive ersetzt weder die Dienstbesprechung noch das "
                                "Mitarbeitergespräch. Sie ergänzt beide um einen Ort, an dem das "
                                "Team über seine eigene Arbeitsweise spricht.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Was unterscheidet eine Retrospektive von einer Dienstbesprechung?"
                            ),
                            "answer": (
                                "In der Retrospektive geht es um die Art der Zusammenarbeit, nicht "
                                "um einzelne Fälle oder Aufgaben."
                            ),
                            "explanation": (
                                "Dienstbesprechungen verteilen Arbeit und Informationen. Die "
                                "Retrospektive fragt, wie das Team arbeitet, und endet mit einer "
                                "kleinen Veränderung."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "den-rahmen-klaeren",
                "title": "Den Rahmen mit der Leitung klären",
                "summary": (
                    "Was das Team selbst entscheiden darf, und was mit den übrigen Themen passiert."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Bevor Sie eine Retrospektive anbieten, klären Sie mit der Leitung, "
                            "was das Team selbst entscheiden darf. In der Verwaltung sind viele "
                            "Abläufe durch Vorschriften, Dienstanweisungen oder die Zuständigkeit "
                            "anderer Stellen festgelegt. Wenn das Team Maßnahmen beschließt, die "
                            "es gar nicht umsetzen darf, ist die Enttäuschung vorprogrammiert.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Drei Fragen für das Vorgespräch mit der Leitung:</p>"
                            "<ul><li>Welche Themen liegen im Handlungsspielraum des Teams, welche "
                            "nicht?</li>"
                            "<li>Nimmt die Leitung teil, und wenn ja, in welcher Rolle?</li>"
                            "<li>Was passiert mit Themen, die nur andere Stellen lösen "
                            "können?</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Eine Liste für den Dienstweg",
                            "context": (
                                "Ein Team von neun Beschäftigten in einer Kfz-Zulassungsstelle, "
                                "dessen größte Probleme oft bei der IT-Abteilung des Landkreises "
                                "lagen."
                            ),
                            "what_we_did": (
                                "<p>Wir haben mit der Amtsleitung vereinbart, dass Themen "
                                "außerhalb des Teams auf einer eigenen Liste landen. Die Leitung "
                                "nimmt diese Liste in die monatliche Runde mit der IT mit und "
                                "berichtet in der nächsten Retrospektive, was daraus geworden "
                                "ist.</p>"
                            ),
                            "what_happened": (
                                "Das Team konnte sich auf die eigenen Themen konzentrieren, statt "
                                "sich über die IT zu ärgern. Nach einem halben Jahr waren drei der "
                                "fünf Punkte auf der Liste erledigt."
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Personalrat früh einbinden",
                            "text": (
                                "<p>Wenn Retrospektiven regelmäßig stattfinden sollen, informieren "
                                "Sie den Personalrat frühzeitig über Zweck und Ablauf. Das schafft "
                                "Vertrauen und beugt dem Eindruck vor, es gehe um "
                                "Leistungskontrolle.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Das Team möchte eine Dienstanweisung ändern, die die Amtsleitung "
                                "erlassen hat. Was tun Sie?"
                            ),
                            "answer": (
                                "Sie nehmen das Thema in die Liste für andere Stellen auf und "
                                "vereinbaren, wer es der Amtsleitung vorträgt."
                            ),
                            "explanation": (
                                "Das Team kann die Dienstanweisung nicht selbst ändern. Ein klarer "
                                "Weg nach oben nimmt das Anliegen ernst, ohne falsche Erwartungen "
                                "zu wecken."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "die-erste-retrospektive",
                "title": "Die erste Retrospektive moderieren",
                "summary": (
                    "Ein erprobter Ablauf für 90 Minuten, vom Ankommen bis zur Vereinbarung."
                ),
                "minutes": 15,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Für die erste Retrospektive planen wir in der Verwaltung 90 "
                            "Minuten ein, nicht 60. Viele Teams sind es nicht gewohnt, über die "
                            "eigene Zusammenarbeit zu sprechen, und brauchen am Anfang mehr Zeit "
                            "zum Ankommen. Ein ruhiger Raum außerhalb der eigenen Büros hilft, "
                            "damit nicht ständig das Telefon klingelt.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Ein Ablauf für 90 Minuten", "level": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>So gehen wir vor:</p>"
                            "<ol><li>Ankommen, 10 Minuten: Ziel und Regeln vorstellen, dann eine "
                            "kurze Runde mit einem Satz zum letzten Quartal.</li>"
                            "<li>Sammeln, 25 Minuten: Jede Person schreibt still auf Karten, was "
                            "gut lief und was schwierig war.</li>"
                            "<li>Verstehen, 25 Minuten: Karten gruppieren und für die zwei "
                            "wichtigsten Gruppen nach Ursachen fragen.</li>"
                            "<li>Vereinbaren, 20 Minuten: ein bis zwei Maßnahmen mit "
                            "verantwortlicher Person und Termin.</li>"
                            "<li>Abschluss, 10 Minuten: Rückmeldung zur Sitzung und Dank.</li></ol>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Karten statt Zuruf",
                            "text": (
                                "<p>Stilles Schreiben auf Karten gibt auch denen eine Stimme, die "
                                "in Besprechungen sonst schweigen. Gerade in Teams mit großen "
                                "Unterschieden bei Alter, Dienstzeit oder Besoldungsgruppe ist das "
                                "wichtig.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Warum planen wir für die erste Retrospektive 90 statt 60 Minuten?"
                            ),
                            "answer": (
                                "Weil viele Verwaltungsteams es nicht gewohnt sind, über ihre "
                                "Zusammenarbeit zu sprechen, und mehr Zeit zum Ankommen brauchen."
                            ),
                            "explanation": (
                                "Wer beim ersten Mal unter Zeitdruck gerät, kürzt meist das "
                                "Gespräch über Ursachen. Genau dort entsteht aber der Nutzen."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "hierarchie-im-raum",
                "title": "Hierarchie im Raum",
                "summary": "Einfache Mittel, damit nicht nur die Ranghöchsten sprechen.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>In vielen Behörden ist die Hierarchie auch in Besprechungen "
                            "spürbar: Wer die höchste Besoldungsgruppe hat, spricht zuerst, und "
                            "die anderen richten sich danach. In einer Retrospektive verhindert "
                            "das ehrliche Rückmeldungen. Als Moderation können Sie mit ein paar "
                            "einfachen Mitteln gegensteuern.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Was sich bewährt hat:</p>"
                            "<ul><li>Die Leitung spricht in jeder Runde zuletzt.</li>"
                            "<li>Karten werden still geschrieben und ohne Namen gesammelt.</li>"
                            "<li>Sie moderieren selbst und überlassen das nicht der Leitung.</li>"
                            "<li>Sie fassen Beiträge zusammen, ohne Namen zu nennen.</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Die Leitung als letzte Stimme",
                            "context": (
                                "Ein Fachbereich Bauordnung mit zwölf Beschäftigten, in dem die "
                                "Fachbereichsleitung bisher alle Besprechungen selbst geleitet "
                                "hatte."
                            ),
                            "what_we_did": (
                                "<p>Wir haben vorab mit dem Fachbereichsleiter vereinbart, dass er "
                                "in jeder Runde zuletzt spricht und bei Kritik zunächst nur "
                                "nachfragt.</p>"
                            ),
                            "what_happened": (
                                "In der Abschlussrunde sagte eine Kollegin, es sei seit Jahren die "
                                "erste Besprechung gewesen, in der sie etwas Kritisches gesagt "
                                "habe. Der Fachbereichsleiter hat die Regel für seine eigenen "
                                "Besprechungen übernommen."
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Keine Protokolle mit Namen",
                            "text": (
                                "<p>Halten Sie Ergebnisse fest, nicht wer was gesagt hat. Ein "
                                "Protokoll mit Namen, das irgendwann in einer Personalakte landen "
                                "könnte, beendet jede Offenheit.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Warum sollte die Leitung in jeder Runde zuletzt sprechen?",
                            "answer": "Damit sich die anderen nicht an ihrer Meinung ausrichten.",
                            "explanation": (
                                "Der erste Beitrag setzt oft den Rahmen für alle weiteren. Spricht "
                                "die Leitung zuletzt, hört sie die unbeeinflussten Sichtweisen des "
                                "Teams."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "massnahmen-die-bleiben",
                "title": "Maßnahmen, die bleiben",
                "summary": (
                    "Vereinbarungen so formulieren, dass sie im Dienstalltag nicht untergehen."
                ),
                "minutes": 9,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Die beste Retrospektive nützt nichts, wenn die Maßnahmen im Alltag "
                            "untergehen. Formulieren Sie jede Maßnahme so konkret, dass in vier "
                            "Wochen jede Person sagen kann, ob sie umgesetzt wurde. Besser "
                            "kommunizieren ist keine Maßnahme, Vertretungen ab Montag im "
                            "gemeinsamen Kalender eintragen dagegen schon.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Zu jeder Maßnahme gehören drei Angaben:</p>"
                            "<ul><li>Eine verantwortliche Person, die dranbleibt.</li>"
                            "<li>Ein Termin, an dem das Team nachschaut.</li>"
                            "<li>Ein sichtbarer Platz, etwa das Whiteboard im Teambüro oder der "
                            "Teamkanal.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Mit dem Rückblick beginnen",
                            "text": (
                                "<p>Beginnen Sie jede Retrospektive mit einem kurzen Blick auf die "
                                "Maßnahmen der letzten. Das zeigt, dass Vereinbarungen ernst "
                                "genommen werden, und macht sichtbar, was funktioniert hat.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Welche Maßnahme ist besser: mehr Absprachen im Team, oder: Frau "
                                "K. stellt ab nächster Woche jeden Montag die offenen Eilfälle "
                                "vor, und wir prüfen das in vier Wochen?"
                            ),
                            "answer": "Die zweite.",
                            "explanation": (
                                "Sie ist konkret, hat eine verantwortliche Person und einen "
                                "Termin. So kann das Team in vier Wochen prüfen, ob sie geholfen "
                                "hat."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "wissen-weitergeben-beim-stellenwechsel",
        "title": "Wissen weitergeben beim Stellenwechsel",
        "topic": "knowledge-management",
        "extra_topics": ["storytelling"],
        "tags": ["handover", "public-sector", "onboarding"],
        "level": "intermediate",
        "language": "de",
        "summary": (
            "Wenn erfahrene Kolleginnen und Kollegen in den Ruhestand gehen oder die Stelle "
            "wechseln, geht oft wertvolles Wissen verloren. So planen Sie Übergaben, die mehr sind "
            "als ein Aktenordner."
        ),
        "outcomes": [
            "Erkennen, welches Wissen bei einem Stellenwechsel besonders gefährdet ist",
            "Mit einer Wissenslandkarte die wichtigsten Themen und Kontakte erfassen",
            "Übergabegespräche führen, die Erfahrungswissen sichtbar machen",
            "Die ersten Wochen nach dem Wechsel für Rückfragen und Lernen nutzen",
        ],
        "prerequisites": (
            "Sie haben schon einmal eine Stelle übernommen oder übergeben und kennen die typischen "
            "Lücken."
        ),
        "author": "jonas",
        "co_authors": [],
        "state": "in_review",
        "featured": False,
        "lessons": [
            {
                "slug": "was-verloren-geht",
                "title": "Was beim Wechsel verloren geht",
                "summary": "Akten werden übergeben, Erfahrungswissen meistens nicht.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Bei einem Stellenwechsel wird meist das Offensichtliche übergeben: "
                            "Akten, Fristen, Zugänge. Verloren geht, was nirgends aufgeschrieben "
                            "ist: warum ein Verfahren so läuft, wen man im Nachbaramt anrufen "
                            "kann, welche Fälle heikel sind. Dieses Erfahrungswissen ist oft der "
                            "eigentliche Wert einer langjährigen Kollegin.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Besonders gefährdet ist:</p>"
                            "<ul><li>Wissen über Ausnahmen und Sonderfälle, die selten "
                            "vorkommen.</li>"
                            "<li>Kontakte und informelle Wege zu anderen Stellen.</li>"
                            "<li>Die Geschichte hinter Entscheidungen und Vereinbarungen.</li>"
                            "<li>Routinen, die nur eine Person kennt, etwa ein jährlicher "
                            "Datenabgleich.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Die Akten waren vollständig. Was fehlte, war die Kollegin, die "
                                "wusste, welche Akte man zuerst aufschlägt."
                            ),
                            "attribution": "Ein Sachbearbeiter in einem Landesamt",
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "Die Welle kommt",
                            "text": (
                                "<p>In vielen Verwaltungen gehen in den nächsten Jahren besonders "
                                "viele erfahrene Beschäftigte in den Ruhestand. Übergaben gut zu "
                                "planen ist deshalb keine Kür, sondern sichert die "
                                "Arbeitsfähigkeit.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Welches Wissen geht bei einer Übergabe am häufigsten verloren?"
                            ),
                            "answer": (
                                "Erfahrungswissen: Ausnahmen, Kontakte und die Gründe hinter "
                                "Abläufen."
                            ),
                            "explanation": (
                                "Akten und Fristen sind dokumentiert. Was nur im Kopf existiert, "
                                "muss gezielt erfragt werden, sonst geht es mit der Person."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "die-wissenslandkarte",
                "title": "Die Wissenslandkarte",
                "summary": (
                    "Eine einfache Übersicht, die zeigt, wo das kritische Wissen einer Stelle "
                    "liegt."
                ),
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Eine Wissenslandkarte ist eine einfache Übersicht über die Themen, "
                            "Aufgaben und Kontakte einer Stelle. Die abgebende Person erstellt sie "
                            "gemeinsam mit der Nachfolge oder der Leitung, am besten drei bis "
                            "sechs Monate vor dem Wechsel. Sie zeigt auf einen Blick, wo das "
                            "kritische Wissen liegt und wofür die verbleibende Zeit genutzt werden "
                            "sollte.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>So entsteht sie in drei Sitzungen von je einer Stunde:</p>"
                            "<ol><li>Alle Aufgaben und Themen der Stelle auf Karten sammeln.</li>"
                            "<li>Jede Karte bewerten: Wie oft kommt das vor, und wie schlimm wäre "
                            "es, wenn niemand Bescheid wüsste?</li>"
                            "<li>Für die kritischen Karten festlegen, wie das Wissen weitergegeben "
                            "wird: Gespräch, gemeinsames Arbeiten, Dokument oder "
                            "Kontaktvermittlung.</li></ol>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Die Landkarte einer Kassenleiterin",
                            "context": (
                                "Eine Stadtkasse, deren Leiterin nach 31 Dienstjahren in den "
                                "Ruhestand ging, mit einer Nachfolgerin aus einer anderen Behörde."
                            ),
                            "what_we_did": (
                                "<p>Wir haben fünf Monate vor dem Ruhestand eine Wissenslandkarte "
                                "mit 46 Themen erstellt. Elf davon wurden als kritisch markiert "
                                "und in den verbleibenden Monaten gezielt gemeinsam bearbeitet.</p>"
                            ),
                            "what_happened": (
                                "Die Nachfolgerin sagte später, die Landkarte sei das wichtigste "
                                "Dokument ihrer ersten hundert Tage gewesen. Der Jahresabschluss "
                                "lief ohne Rückfragen an die frühere Leiterin."
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Nicht alles aufschreiben",
                            "text": (
                                "<p>Nicht jedes Thema muss dokumentiert werden. Oft ist es "
                                "wirksamer, die Nachfolge eine Aufgabe einmal begleiten zu lassen "
                                "oder sie mit der richtigen Ansprechperson bekannt zu machen.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "Wann sollte die Wissenslandkarte entstehen?",
                            "answer": "Drei bis sechs Monate vor dem Wechsel.",
                            "explanation": (
                                "Dann bleibt genug Zeit, die kritischen Themen gemeinsam zu "
                                "bearbeiten. Kurz vor dem letzten Arbeitstag reicht es nur noch "
                                "für eine Liste."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "uebergabegespraeche",
                "title": "Übergabegespräche führen",
                "summary": "Mit Fragen nach konkreten Fällen das Erfahrungswissen hervorholen.",
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Erfahrungswissen lässt sich schlecht abfragen, aber gut erzählen. "
                            "Statt zu fragen, wie ein Verfahren funktioniert, fragen Sie nach "
                            "einem konkreten Fall: Wann war es zuletzt schwierig, und was haben "
                            "Sie da gemacht? In der Geschichte wird sichtbar, worauf es wirklich "
                            "ankommt.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Fragen, die in Übergabegesprächen gut funktionieren:</p>"
                            "<ul><li>Erzählen Sie von einem Fall, bei dem Sie von der Regel "
                            "abweichen mussten.</li>"
                            "<li>Wen rufen Sie an, wenn es eilig ist, und warum gerade diese "
                            "Person?</li>"
                            "<li>Was wissen Sie heute, was Sie am Anfang gern gewusst hätten?</li>"
                            "<li>Welche Fehler passieren Neuen in diesem Bereich "
                            "typischerweise?</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Kein Verhör",
                            "text": (
                                "<p>Übergabegespräche sind anstrengend für die abgebende Person, "
                                "besonders kurz vor dem Ruhestand. Planen Sie höchstens eine "
                                "Stunde pro Termin und würdigen Sie ausdrücklich, was sie über "
                                "Jahre aufgebaut hat.</p>"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Zu dritt führen",
                            "text": (
                                "<p>Lassen Sie die Nachfolge fragen und eine dritte Person "
                                "mitschreiben. So kann die Nachfolge zuhören und nachfragen, statt "
                                "zu protokollieren.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Warum fragen wir nach konkreten Fällen statt nach Abläufen?"
                            ),
                            "answer": (
                                "Weil Erfahrungswissen in Geschichten sichtbar wird, nicht in "
                                "allgemeinen Beschreibungen."
                            ),
                            "explanation": (
                                "Abläufe beschreibt man so, wie sie sein sollten. Bei einem "
                                "konkreten Fall kommen die Ausnahmen und Kniffe zur Sprache, auf "
                                "die es ankommt."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "nach-dem-wechsel",
                "title": "Nach dem Wechsel",
                "summary": "Rückfragen ermöglichen und aus jeder Übergabe für die nächste lernen.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Die Übergabe endet nicht am letzten Arbeitstag. In den ersten "
                            "Wochen stößt die Nachfolge auf Fragen, an die vorher niemand gedacht "
                            "hat. Wenn es möglich ist, vereinbaren Sie eine feste Zeit für "
                            "Rückfragen, etwa eine Stunde pro Woche in den ersten zwei Monaten.</p>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Eine Stunde pro Woche",
                            "context": (
                                "Ein Ordnungsamt, in dem ein erfahrener Sachgebietsleiter in eine "
                                "andere Abteilung derselben Stadtverwaltung wechselte."
                            ),
                            "what_we_did": (
                                "<p>Wir haben vereinbart, dass er in den ersten acht Wochen jeden "
                                "Donnerstag eine Stunde für Fragen seines Nachfolgers reserviert. "
                                "Die Fragen wurden während der Woche gesammelt und dann gebündelt "
                                "besprochen.</p>"
                            ),
                            "what_happened": (
                                "Anfangs wurde die Stunde voll genutzt, ab der sechsten Woche "
                                "kamen kaum noch Fragen. Die gesammelten Fragen wurden zur "
                                "Grundlage einer Einarbeitungsliste für das Sachgebiet."
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Nach drei Monaten lohnt sich ein kurzer Rückblick mit der Leitung: "
                            "Was hat bei der Übergabe geholfen, was hat gefehlt? Halten Sie die "
                            "Antworten fest und verbessern Sie damit die Vorlage für die nächste "
                            "Übergabe. So lernt die Organisation mit jedem Wechsel dazu.</p>"
                        ),
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "Warum lohnt sich ein Rückblick drei Monate nach der Übergabe?"
                            ),
                            "answer": (
                                "Weil dann sichtbar ist, was gefehlt hat, und die nächste Übergabe "
                                "davon profitiert."
                            ),
                            "explanation": (
                                "Jede Übergabe ist eine Gelegenheit, die Vorlage zu verbessern. "
                                "Ohne Rückblick wiederholen sich dieselben Lücken beim nächsten "
                                "Wechsel."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "comunidades-de-practica-a-distancia",
        "title": "Comunidades de práctica a distancia",
        "topic": "communities-of-practice",
        "extra_topics": ["remote-collaboration"],
        "tags": ["communities", "online", "remote"],
        "level": "intermediate",
        "language": "es",
        "summary": (
            "Cómo crear y mantener una comunidad de práctica cuyos miembros trabajan en ciudades y "
            "husos horarios distintos, sin que dependa de una sola persona ni de reuniones "
            "interminables."
        ),
        "outcomes": [
            "Reconocer qué mantiene viva una comunidad distribuida",
            "Diseñar un primer encuentro en línea al que la gente quiera volver",
            "Combinar encuentros en directo con conversaciones asíncronas",
            "Repartir roles y actuar cuando la participación baja",
        ],
        "prerequisites": (
            "Participas en una red de colegas repartidos en varios lugares, o quieres crear una."
        ),
        "author": "ana",
        "co_authors": [],
        "state": "published",
        "featured": False,
        "lessons": [
            {
                "slug": "que-mantiene-viva-una-comunidad",
                "title": "Qué mantiene viva una comunidad",
                "summary": "Las relaciones importan más que la plataforma.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Una comunidad de práctica a distancia no vive de la plataforma que "
                            "usa, sino de las relaciones entre sus miembros. Cuando las personas "
                            "se conocen y confían unas en otras, se hacen preguntas y comparten lo "
                            "que saben. Cuando no, el canal se llena de anuncios y nadie "
                            "responde.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Tres señales de una comunidad viva:</p>"
                            "<ul><li>Los miembros responden preguntas de otros sin que nadie se lo "
                            "pida.</li>"
                            "<li>Aparecen temas nuevos que no propuso el equipo organizador.</li>"
                            "<li>Las personas nuevas participan ya en sus primeras "
                            "semanas.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "note",
                            "title": "La herramienta importa menos de lo que parece",
                            "text": (
                                "<p>Hemos visto comunidades prósperas en una simple lista de "
                                "correo y comunidades muertas en plataformas caras. Elige la "
                                "herramienta que tus miembros ya usan cada día.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "¿Qué es lo más importante para que una comunidad distribuida "
                                "funcione?"
                            ),
                            "answer": "Las relaciones y la confianza entre sus miembros.",
                            "explanation": (
                                "Sin relaciones, ninguna herramienta genera conversación. Con "
                                "ellas, casi cualquier canal sirve."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "el-primer-encuentro-en-linea",
                "title": "El primer encuentro en línea",
                "summary": "Una hora pensada para que la gente se conozca y quiera volver.",
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>El primer encuentro decide si la gente vuelve. Dedica más tiempo a "
                            "que los miembros se conozcan que a presentar la comunidad. Una hora "
                            "bien preparada vale más que una jornada de presentaciones.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Un guion de sesenta minutos que nos funciona:</p>"
                            "<ol><li>Diez minutos de bienvenida y propósito, en pocas "
                            "palabras.</li>"
                            "<li>Veinte minutos en grupos de tres: cada persona cuenta un reto "
                            "actual de su trabajo.</li>"
                            "<li>Veinte minutos todos juntos: elegimos un reto y lo trabajamos en "
                            "común.</li>"
                            "<li>Diez minutos para acordar la fecha del próximo encuentro y quién "
                            "lo organiza.</li></ol>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Bibliotecarias de cinco países",
                            "context": (
                                "Una red de bibliotecarias escolares de cinco países de América "
                                "Latina que solo se conocían por correo."
                            ),
                            "what_we_did": (
                                "<p>Empezamos el primer encuentro en grupos de tres con una sola "
                                "pregunta: qué te preocupa este mes en tu biblioteca. Después "
                                "elegimos un reto común, la falta de presupuesto para libros "
                                "nuevos, y lo trabajamos juntas.</p>"
                            ),
                            "what_happened": (
                                "Veintidós de las veintiséis participantes volvieron al segundo "
                                "encuentro. Varias siguieron en contacto entre sesiones para "
                                "organizar préstamos entre escuelas."
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Graba poco, resume mucho",
                            "text": (
                                "<p>Las grabaciones de una hora casi nadie las ve. Un resumen de "
                                "media página con los puntos clave y los próximos pasos llega a "
                                "muchas más personas, también a quienes no pudieron asistir.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "¿En qué debería centrarse el primer encuentro?",
                            "answer": (
                                "En que los miembros se conozcan y trabajen juntos en un reto real."
                            ),
                            "explanation": (
                                "La gente vuelve por las personas y por la ayuda concreta que "
                                "recibió, no por una buena presentación de la comunidad."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "conversaciones-asincronas",
                "title": "Conversaciones asíncronas",
                "summary": "Hábitos que mantienen activo el canal escrito entre encuentros.",
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Entre encuentros, la comunidad vive en el canal escrito. Con "
                            "miembros en varios husos horarios, es el único lugar donde todos "
                            "pueden participar a su ritmo. Para que no se convierta en un tablón "
                            "de anuncios, hacen falta algunos hábitos.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Hábitos que mantienen el canal activo:</p>"
                            "<ul><li>Una pregunta semanal fija, por ejemplo cada lunes, publicada "
                            "cada vez por una persona distinta.</li>"
                            "<li>Responder a cada pregunta nueva en menos de un día, aunque sea "
                            "con un primer aporte.</li>"
                            "<li>Un resumen mensual de las mejores conversaciones para quienes "
                            "leen poco.</li>"
                            "<li>Dar las gracias en público a quien ayudó.</li></ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Cuidado con los anuncios",
                            "text": (
                                "<p>Si la mayoría de los mensajes son avisos de eventos o "
                                "novedades institucionales, los miembros dejan de leer. Reserva un "
                                "canal aparte para anuncios y deja el principal para las "
                                "conversaciones.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "¿Por qué conviene responder a cada pregunta nueva en menos de un "
                                "día?"
                            ),
                            "answer": (
                                "Porque una pregunta sin respuesta desanima a quien la hizo y a "
                                "quienes la leen."
                            ),
                            "explanation": (
                                "Las primeras respuestas muestran que vale la pena preguntar. Un "
                                "canal donde las preguntas quedan sin respuesta se apaga pronto."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "roles-que-sostienen",
                "title": "Roles que sostienen la comunidad",
                "summary": (
                    "Repartir el trabajo en roles pequeños para no depender de una sola persona."
                ),
                "minutes": 9,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Una comunidad que depende de una sola persona entusiasta no "
                            "sobrevive a su primer cambio de trabajo. Reparte el trabajo en roles "
                            "pequeños y claros desde el principio. Cada rol debería caber en una o "
                            "dos horas al mes.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Roles que hemos visto funcionar:</p>"
                            "<ul><li><b>Anfitriona:</b> abre y cierra los encuentros y cuida el "
                            "tiempo.</li>"
                            "<li><b>Curador:</b> recoge lo valioso de las conversaciones en un "
                            "solo lugar.</li>"
                            "<li><b>Bienvenida:</b> saluda a las personas nuevas y les presenta a "
                            "otros miembros.</li>"
                            "<li><b>Patrocinadora:</b> una persona con cargo directivo que protege "
                            "tiempo y recursos.</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Roles rotativos en una red de enfermería",
                            "context": (
                                "Una comunidad de enfermeras de práctica avanzada en siete "
                                "hospitales de una misma región."
                            ),
                            "what_we_did": (
                                "<p>Cada trimestre rotamos los roles de anfitriona y de "
                                "bienvenida, y lo anunciamos en el encuentro para que las nuevas "
                                "voluntarias se sintieran reconocidas.</p>"
                            ),
                            "what_happened": (
                                "En dos años, catorce personas asumieron algún rol. Cuando la "
                                "fundadora cambió de hospital, la comunidad siguió sin "
                                "interrupción."
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "¿Cuál es el mayor riesgo de una comunidad organizada por una sola "
                                "persona?"
                            ),
                            "answer": (
                                "Que desaparezca cuando esa persona se va o pierde la energía."
                            ),
                            "explanation": (
                                "Los roles compartidos reparten el trabajo y la responsabilidad, y "
                                "hacen que la comunidad pertenezca a sus miembros."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "cuando-la-energia-baja",
                "title": "Cuando la energía baja",
                "summary": "Qué hacer cuando la participación cae durante semanas.",
                "minutes": 9,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Toda comunidad pasa por épocas de poca participación: vacaciones, "
                            "cierres de año, cambios en la organización. No es necesariamente una "
                            "señal de fracaso. Lo importante es notarlo a tiempo y preguntar antes "
                            "de cambiar nada.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Qué hacer cuando la participación cae:</p>"
                            "<ol><li>Pregunta a cinco miembros, uno por uno, qué les aportaría la "
                            "comunidad ahora.</li>"
                            "<li>Reduce el ritmo en lugar de cancelar: mejor un buen encuentro "
                            "cada dos meses que uno flojo cada mes.</li>"
                            "<li>Propón un pequeño proyecto común con un resultado visible en "
                            "pocas semanas.</li></ol>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Pensábamos que la comunidad se moría. En realidad solo necesitaba "
                                "un tema nuevo y menos reuniones."
                            ),
                            "attribution": "Una coordinadora de una red de técnicos de cooperación",
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Está bien terminar",
                            "text": (
                                "<p>Si la comunidad ya cumplió su propósito, cerrarla con un buen "
                                "encuentro de despedida es mejor que dejarla morir poco a poco. "
                                "Recoge lo aprendido y agradece a quienes participaron.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "La participación lleva dos meses bajando. ¿Cuál es un buen primer "
                                "paso?"
                            ),
                            "answer": (
                                "Hablar con algunos miembros, uno por uno, para entender qué "
                                "necesitan ahora."
                            ),
                            "explanation": (
                                "Cambiar el formato sin preguntar suele repetir el problema. Las "
                                "conversaciones individuales muestran si falta tiempo, tema o "
                                "sentido."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "contar-historias-para-el-cambio",
        "title": "Contar historias para el cambio",
        "topic": "storytelling",
        "extra_topics": ["working-out-loud"],
        "tags": ["stories", "change", "leadership"],
        "level": "advanced",
        "language": "es",
        "summary": (
            "Cuando las cifras no bastan para convencer, una buena historia puede mover a un "
            "equipo o a una organización. Cómo escuchar, construir y contar historias que invitan "
            "a actuar, sin manipular."
        ),
        "outcomes": [
            "Explicar por qué las cifras solas rara vez cambian comportamientos",
            "Construir una historia de cambio con un antes, un punto de inflexión y un después",
            "Recoger historias de otras personas escuchando de verdad",
            "Terminar cada historia con una invitación concreta a actuar",
        ],
        "prerequisites": (
            "Ya has contado historias de lecciones aprendidas o has presentado propuestas de "
            "cambio ante un grupo."
        ),
        "author": "ana",
        "co_authors": ["priya"],
        "state": "published",
        "featured": False,
        "lessons": [
            {
                "slug": "por-que-las-cifras-no-bastan",
                "title": "Por qué las cifras no bastan",
                "summary": "Los datos informan; las historias hacen que la gente se mueva.",
                "minutes": 8,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Las cifras convencen a quien ya está de acuerdo. A quien duda, un "
                            "porcentaje le parece discutible; una historia concreta, en cambio, le "
                            "deja imaginar la situación y sentir lo que está en juego. Por eso las "
                            "propuestas de cambio que solo traen diapositivas con datos suelen "
                            "quedarse en el cajón.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>No se trata de renunciar a los datos, sino de ordenar: primero la "
                            "historia que abre la puerta, después las cifras que la respaldan. La "
                            "historia muestra por qué importa; los datos muestran que no es un "
                            "caso aislado.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Historias, no manipulación",
                            "text": (
                                "<p>Una historia elegida para ocultar los datos que la contradicen "
                                "destruye la confianza en cuanto alguien lo descubre. Cuenta "
                                "historias representativas y di abiertamente si son una "
                                "excepción.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "¿En qué orden conviene presentar una propuesta de cambio a un "
                                "público escéptico?"
                            ),
                            "answer": (
                                "Primero una historia concreta y después los datos que muestran "
                                "que no es un caso aislado."
                            ),
                            "explanation": (
                                "La historia genera atención y comprensión; las cifras dan "
                                "solidez. Al revés, el público discute los números antes de "
                                "entender por qué importan."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "la-estructura-de-una-historia-de-cambio",
                "title": "La estructura de una historia de cambio",
                "summary": (
                    "Un antes, un punto de inflexión y un después en el que el público se reconoce."
                ),
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Una historia de cambio tiene tres partes: cómo eran las cosas "
                            "antes, qué pasó que obligó a cambiar, y cómo son ahora o cómo podrían "
                            "ser. El público tiene que reconocerse en el antes: si no ve su propia "
                            "situación, no le importará el después. Por eso los mejores "
                            "protagonistas son personas parecidas a quienes escuchan, no héroes "
                            "lejanos.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Una plantilla para prepararla", "level": "h3"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Responde estas preguntas en una hoja antes de contar la "
                            "historia:</p>"
                            "<ol><li>¿Quién es la protagonista y en qué se parece a mi "
                            "público?</li>"
                            "<li>¿Cómo era su día a día antes del cambio, en un detalle "
                            "concreto?</li>"
                            "<li>¿Qué momento la obligó a hacer algo distinto?</li>"
                            "<li>¿Qué cambió después, y qué le costó?</li>"
                            "<li>¿Qué quiero que haga mi público mañana?</li></ol>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Un detalle vale más que un adjetivo",
                            "text": (
                                "<p>Decir que el proceso era lento no mueve a nadie. Decir que "
                                "cada solicitud pasaba por once firmas y tardaba tres semanas hace "
                                "que el público lo vea.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "¿Por qué es tan importante que el público se reconozca en el "
                                "antes?"
                            ),
                            "answer": (
                                "Porque solo así siente que la historia habla de su propia "
                                "situación."
                            ),
                            "explanation": (
                                "Si el punto de partida parece ajeno, el cambio también lo parece, "
                                "y el público no se siente interpelado."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "escuchar-antes-de-contar",
                "title": "Escuchar antes de contar",
                "summary": "Recoger historias reales de otras personas y contarlas con respeto.",
                "minutes": 12,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Las historias más poderosas para un cambio no son las tuyas, sino "
                            "las de las personas afectadas. Recogerlas exige escuchar de verdad: "
                            "preguntar por momentos concretos y dejar silencios para que la otra "
                            "persona siga hablando. Una buena conversación de veinte minutos suele "
                            "dar más material que una encuesta a cien personas.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Preguntas que abren historias:</p>"
                            "<ul><li>Cuéntame la última vez que esto te pasó.</li>"
                            "<li>¿Qué hiciste en ese momento?</li>"
                            "<li>¿Quién más estaba allí y cómo reaccionó?</li>"
                            "<li>Si pudieras cambiar una sola cosa, ¿cuál sería?</li></ul>"
                        ),
                    },
                    {
                        "type": "practice",
                        "value": {
                            "title": "Historias de la ventanilla",
                            "context": (
                                "Un equipo de mejora de procesos en un ayuntamiento mediano que "
                                "quería simplificar los trámites de licencias de obra menor."
                            ),
                            "what_we_did": (
                                "<p>En lugar de presentar las estadísticas de espera, "
                                "entrevistamos a seis personas de atención al público y contamos "
                                "dos de sus historias, con su permiso, en la reunión de "
                                "dirección.</p>"
                            ),
                            "what_happened": (
                                "La dirección aprobó una prueba piloto en la misma reunión. Varias "
                                "personas citaron después la historia de una vecina que fue cuatro "
                                "veces a la ventanilla por el mismo papel."
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "title": "Pide permiso",
                            "text": (
                                "<p>Antes de contar la historia de otra persona, pregúntale si "
                                "está de acuerdo y cómo quiere aparecer. Cambia los detalles que "
                                "la hagan reconocible si lo prefiere.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": (
                                "¿Qué pregunta abre mejor una historia: ¿qué opinas del proceso?, "
                                "o cuéntame la última vez que tuviste que hacer este trámite?"
                            ),
                            "answer": "La segunda.",
                            "explanation": (
                                "Preguntar por un momento concreto lleva a un relato con detalles. "
                                "Preguntar por una opinión lleva a valoraciones generales."
                            ),
                        },
                    },
                ],
            },
            {
                "slug": "historias-que-invitan-a-actuar",
                "title": "Historias que invitan a actuar",
                "summary": (
                    "Terminar con un paso pequeño y concreto que el público pueda dar mañana."
                ),
                "minutes": 10,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Una historia de cambio sin invitación se aplaude y se olvida. "
                            "Termina siempre con un paso pequeño y concreto que el público pueda "
                            "dar al día siguiente, no con una visión lejana. Cuanto más pequeño "
                            "sea el paso, más personas lo darán.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Ejemplos de invitaciones que funcionan:</p>"
                            "<ul><li>Esta semana, pregunta a una persona de tu equipo cuál es su "
                            "trámite más lento.</li>"
                            "<li>Apúntate a la prueba piloto de un mes, sin compromiso de "
                            "seguir.</li>"
                            "<li>Comparte en el canal del equipo una historia parecida que hayas "
                            "vivido.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Cuando terminamos con una pregunta para el lunes, por fin pasó "
                                "algo el lunes."
                            ),
                            "attribution": (
                                "Una responsable de transformación en una cooperativa agraria"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "Haz la invitación visible",
                            "text": (
                                "<p>Escribe el paso en la última diapositiva o en una tarjeta que "
                                "la gente se lleva. Lo que se ve al salir de la sala se recuerda "
                                "al día siguiente.</p>"
                            ),
                        },
                    },
                    {
                        "type": "quick_check",
                        "value": {
                            "question": "¿Cómo debería terminar una historia para el cambio?",
                            "answer": (
                                "Con un paso pequeño y concreto que el público pueda dar al día "
                                "siguiente."
                            ),
                            "explanation": (
                                "Las invitaciones grandes o vagas paralizan. Un paso pequeño "
                                "convierte la emoción de la historia en acción."
                            ),
                        },
                    },
                ],
            },
        ],
    },
]

LEARNING_PATHS = [
    {
        "slug": "from-meetings-to-learning-teams",
        "title": "From meetings to learning teams",
        "intro": (
            "Start with the meetings your team already has and turn them, step by step, into "
            "moments where the team learns and changes how it works."
        ),
        "steps": [
            {
                "course": "running-your-first-retrospective",
                "why": (
                    "A first retrospective is the smallest safe step: one hour in which the team "
                    "looks back together and agrees one change."
                ),
            },
            {
                "course": "after-action-reviews-in-twenty-minutes",
                "why": (
                    "After-action reviews bring the same habit to single events, launches and "
                    "incidents, and show how to share lessons beyond the team."
                ),
            },
            {
                "course": "retrospective-formats-that-keep-it-fresh",
                "why": (
                    "Once looking back is a habit, new formats keep people thinking instead of "
                    "going through the motions."
                ),
            },
            {
                "course": "facilitating-remote-workshops",
                "why": (
                    "Many teams are spread out: this step carries everything so far into online "
                    "sessions that keep people engaged."
                ),
            },
        ],
    },
    {
        "slug": "share-what-you-know",
        "title": "Share what you know",
        "intro": (
            "From making your own work visible to a community and a knowledge base that keep what "
            "you learn findable for others."
        ),
        "steps": [
            {
                "course": "working-out-loud-in-five-steps",
                "why": (
                    "Working out loud is the personal starting point: share your own work in small "
                    "pieces and build the relationships everything else needs."
                ),
            },
            {
                "course": "storytelling-for-lessons-learned",
                "why": (
                    "Stories make what you share memorable enough to be retold, which is how "
                    "lessons travel between teams."
                ),
            },
            {
                "course": "starting-a-community-of-practice",
                "why": (
                    "A community turns individual sharing into a group that improves its craft "
                    "together and keeps going when people move on."
                ),
            },
            {
                "course": "keeping-a-team-knowledge-base-healthy",
                "why": (
                    "A healthy knowledge base keeps what the community learns findable; small "
                    "scripts catch stale pages and broken links before readers do."
                ),
            },
        ],
    },
]
