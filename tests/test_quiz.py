"""Taking a quiz through the web: every question type, feedback modes, and safety against
back, refresh, double submits and other users."""

import json

import pytest
from bs4 import BeautifulSoup

from quizapp.db import get_db
from tests.conftest import csrf_token, post_form, set_id, soup


def start(client, app, restart=False):
    sid = set_id(app)
    data = {"restart": "1"} if restart else {}
    response = post_form(client, f"/sets/{sid}/start", data, page_url=f"/sets/{sid}")
    assert response.status_code == 302
    return response.headers["Location"]


def answer(client, url, data):
    return post_form(client, url, data)


# What a student who gets everything right submits, by question id, and how they'd
# find the option in the page.
RIGHT = {
    "mc": {"choice": "0"},
    "mr": {"choice": ["0", "1"]},
    "tf": {"answer": "true"},
    "sa": {"answer": "  ana   LOPEZ "},
    "num": {"answer": "120"},
    "match": {"match-0": "France", "match-1": "Italy", "match-2": "Spain"},
    "intro": {},
    "essay": {"answer": "Water turns the wheel."},
}


def numbered(qids):
    """The number each question's page gives it: descriptions ("intro") take none."""
    count, out = 0, []
    for qid in qids:
        count += qid != "intro"
        out.append(count)
    return out


def attempt_url(location):
    """/attempts/7/1 -> /attempts/7"""
    return location.rsplit("/", 1)[0]


def test_full_quiz_all_right(client, auth, app):
    auth.login()
    location = start(client, app)
    assert location.endswith("/1")
    base = attempt_url(location)
    asked = 0
    for number, qid in enumerate(RIGHT, start=1):
        url = f"{base}/{number}"
        page = client.get(url)
        # The description between questions is information, not a question to count (a new user's walk)
        asked += qid != "intro"
        assert (f"Question {asked} of 7" if qid != "intro" else ">Information<") in page.get_data(as_text=True)
        response = answer(client, url, RIGHT[qid])
        assert response.status_code == 302, (qid, response.get_data(as_text=True)[:2000])
        feedback = soup(client.get(url))
        if qid not in ("intro", "essay"):
            assert "Correct" in feedback.select_one("#feedback-heading").text, qid
    # The summary and the results number the questions as their pages do: the information takes no number (a new
    # user's walk: "Question 15 of 17" was 16 on the summary).
    summary = soup(client.get(f"{base}/summary"))
    numbers = [li.get("value") for li in summary.select(".summary-list li")]
    assert numbers == [None if qid == "intro" else str(n) for n, qid in
                       zip(numbered(RIGHT), RIGHT, strict=True)], numbers
    response = post_form(client, f"{base}/finish", page_url=f"{base}/summary")
    assert response.headers["Location"] == base
    result = soup(client.get(base))
    assert [li.get("value") for li in result.select(".review-list > li")] == numbers
    # each verdict's heading says which question it is (an accessibility audit: "✘ Incorrect 0 / 1" alone)
    assert result.select(".review-list > li h3")[0].text.startswith("Question 1:")
    assert result.select(".review-list > li h3")[7].text.startswith("Question 7:")  # (after the information)
    assert "Your score: 100%" in result.h1.text
    assert "Ana Lopez runs the mill." in result.text  # the source sentence is shown


def test_a_typo_the_set_accepts_is_said_beside_the_answer(client, auth, app):
    # (one note for quizzes and flashcards: this is the quiz's)
    auth.login()
    base = attempt_url(start(client, app))
    number = list(RIGHT).index("sa") + 1
    answer(client, f"{base}/{number}", {"answer": "Ana Lopes"})
    review = soup(client.get(f"{base}/{number}")).select_one("dl.answer-review").get_text(" ")
    assert "Ana Lopes" in review and "(accepted despite a small typo)" in review


def test_wrong_answers_show_correct_answer_and_explanation(client, auth, app):
    auth.login()
    base = attempt_url(start(client, app))
    answer(client, f"{base}/1", {"choice": "1"})
    page = soup(client.get(f"{base}/1"))
    assert "Incorrect" in page.select_one("#feedback-heading").text
    # The question list marks it answered, and says what its mark means: not "right" (a new user read a tick so)
    assert page.select_one(".question-nav a[aria-current]")["class"] == ["answered"]
    assert "answered" in page.select_one(".question-nav .hint").get_text()
    text = page.text
    assert "Ana Lopez" in text and "Ben is not in the article." in text
    assert "The article names Ana Lopez." in text
    answer(client, f"{base}/2", {"choice": "0"})  # one of the two right choices
    assert soup(client.get(f"{base}/2")).title.text.startswith("Partly correct – Question 2 of 7")  # as its heading


def test_double_submit_in_immediate_mode_keeps_first_answer(client, auth, app):
    auth.login()
    base = attempt_url(start(client, app))
    page = client.get(f"{base}/1")
    token = csrf_token(page)
    client.post(f"{base}/1", data={"csrf_token": token, "choice": "1"})
    client.post(f"{base}/1", data={"csrf_token": token, "choice": "0"})  # replay with a change
    with app.app_context():
        row = get_db().execute("SELECT response, fraction FROM attempt_item WHERE position = 0").fetchone()
    assert json.loads(row["response"]) == [1] and row["fraction"] == 0


def test_the_summary_says_what_submitting_locks_in_each_feedback_mode(client, auth, app):
    """With feedback after each answer, checked answers are final already (a new user read the deferred mode's
    warning there)."""
    auth.login()
    base = attempt_url(start(client, app))
    summary = soup(client.get(f"{base}/summary"))
    assert "Answers you have checked are final already" in summary.text
    assert summary.h1.has_attr("autofocus") and summary.h1["tabindex"] == "-1"  # as each question's heading
    sid = set_id(app)
    with app.app_context():
        get_db().execute("UPDATE question_set SET feedback_mode = 'end' WHERE id = ?", (sid,))
    client.post(f"{base}/finish", data={"csrf_token": csrf_token(client.get(f"{base}/summary"))})
    base = attempt_url(start(client, app))
    assert "your answers can no longer be changed" in soup(client.get(f"{base}/summary")).text


def test_deferred_mode_allows_changing_answers_until_submit(client, auth, app):
    sid = set_id(app)
    with app.app_context():
        db = get_db()
        db.execute("UPDATE question_set SET feedback_mode = 'end' WHERE id = ?", (sid,))
    auth.login()
    base = attempt_url(start(client, app))
    response = answer(client, f"{base}/1", {"choice": "1"})
    assert response.headers["Location"].endswith("/2")  # no feedback: straight on
    assert "feedback-heading" not in client.get(f"{base}/1").get_data(as_text=True)
    answer(client, f"{base}/1", {"choice": "0"})
    post_form(client, f"{base}/finish", page_url=f"{base}/summary")
    with app.app_context():
        row = get_db().execute("SELECT score, max_score FROM attempt").fetchone()
    assert row["score"] == 1 and row["max_score"] == 6


def test_finish_twice_and_answer_after_finish_change_nothing(client, auth, app):
    auth.login()
    base = attempt_url(start(client, app))
    answer(client, f"{base}/1", {"choice": "0"})
    summary = client.get(f"{base}/summary")
    token = csrf_token(summary)
    client.post(f"{base}/finish", data={"csrf_token": token})
    client.post(f"{base}/finish", data={"csrf_token": token})
    late = client.post(f"{base}/2", data={"csrf_token": token, "choice": "0"})
    assert late.headers["Location"] == base
    with app.app_context():
        db = get_db()
        attempt = db.execute("SELECT score, finished_at FROM attempt").fetchall()
        answered = db.execute("SELECT COUNT(*) FROM attempt_item WHERE answered_at IS NOT NULL").fetchone()[0]
    assert len(attempt) == 1 and attempt[0]["score"] == 1 and answered == 1


def test_start_twice_resumes_instead_of_opening_two_attempts(client, auth, app):
    auth.login()
    first = start(client, app)
    second = start(client, app)
    assert first == second
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM attempt").fetchone()[0] == 1


def test_retake_after_finishing(client, auth, app):
    auth.login()
    base = attempt_url(start(client, app))
    post_form(client, f"{base}/finish", page_url=f"{base}/summary")
    new = attempt_url(start(client, app, restart=True))
    assert new != base
    assert "Question 1 of 7" in client.get(f"{new}/1").get_data(as_text=True)


@pytest.mark.parametrize(("number", "data", "message"), [
    (1, {}, "Choose an answer."),
    (1, {"choice": "9"}, "not one of the options"),
    (1, {"choice": "x"}, "not one of the options"),
    (1, {"choice": ["0", "1"]}, "Choose only one answer."),
    (3, {"answer": "maybe"}, "Choose True or False."),
    (4, {"answer": "   "}, "Type an answer."),
    (5, {"answer": "a lot"}, "Enter a number"),
    (6, {"match-0": "France"}, "Choose a match for every item."),
    (6, {"match-0": "Mars", "match-1": "Italy", "match-2": "Spain"}, "Choose a match for every item."),
])
def test_bad_answers_get_a_message_not_an_error(client, auth, app, number, data, message):
    auth.login()
    base = attempt_url(start(client, app))
    response = answer(client, f"{base}/{number}", data)
    assert response.status_code == 400
    page = soup(response)
    assert message in page.select_one("[role=alert]").text
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM attempt_item WHERE answered_at IS NOT NULL").fetchone()[0] == 0


def test_missing_csrf_token_is_refused(client, auth, app):
    auth.login()
    base = attempt_url(start(client, app))
    response = client.post(f"{base}/1", data={"choice": "0"})
    assert response.status_code == 400
    assert "expired" in soup(response).text


def test_other_students_attempt_is_not_found(client, auth, app):
    auth.login("other")
    base = attempt_url(start(client, app))
    auth.logout()
    auth.login("student")
    assert client.get(f"{base}/1").status_code == 404
    assert client.get(base).status_code == 404
    assert client.get(f"{base}/summary").status_code == 404
    token = csrf_token(client.get("/"))
    assert client.post(f"{base}/1", data={"csrf_token": token, "choice": "0"}).status_code == 404
    assert client.post(f"{base}/finish", data={"csrf_token": token}).status_code == 404


def test_question_number_out_of_range(client, auth, app):
    auth.login()
    base = attempt_url(start(client, app))
    assert client.get(f"{base}/0").status_code == 404
    assert client.get(f"{base}/99").status_code == 404


def test_unpublished_set_is_hidden_from_students(client, auth, app):
    sid = set_id(app)
    with app.app_context():
        get_db().execute("UPDATE question_set SET published = 0 WHERE id = ?", (sid,))
    auth.login()
    assert client.get(f"/sets/{sid}").status_code == 404
    assert "Mixed test set" not in client.get("/").get_data(as_text=True)


def test_a_hidden_set_s_results_offer_no_retake_and_its_page_calls_it_hidden_not_a_draft(client, auth, app):
    # A new user's walk: "Retake this quiz" on a set hidden since led to "Page not found"; the instructor's review
    # page called the set students had taken "a draft".
    auth.login()
    base = attempt_url(start(client, app))
    post_form(client, f"{base}/finish", page_url=f"{base}/summary")
    sid = set_id(app)
    with app.app_context():
        get_db().execute("UPDATE question_set SET published = 0 WHERE id = ?", (sid,))
    page = soup(client.get(base))
    assert not [b for b in page.select("button") if "Retake" in b.get_text() or "flashcards" in b.get_text()]
    assert "Your instructor has hidden this set" in page.text
    auth.logout()
    auth.login("teacher")
    text = " ".join(soup(client.get(f"/manage/articles/{sid}")).text.split())
    assert "hidden: students can't see it now" in text and "a draft" not in text


def test_anonymous_user_is_sent_to_login(client, app):
    sid = set_id(app)
    response = client.get(f"/sets/{sid}")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_source_shown_after_an_answer_blanks_the_answers_still_to_come():
    from quizapp.scoring import source_shown

    sentence = "Meridian Line agreed to buy a 60 per cent stake at the Port of Kelsing for $1.3 billion."
    source = {"sentence": sentence, "start": 0, "end": len(sentence)}

    def item(question, answered):
        return {"question": {**question, "source": source}, "answered_at": "now" if answered else None}

    stake = item({"type": "multiple_choice", "choices": [{"text": "60 per cent", "weight": 1},
                                                         {"text": "51 per cent", "weight": 0}]}, True)
    port = item({"type": "short_answer", "answers": [{"text": "Port of Kelsing", "weight": 1}]}, False)
    price = item({"type": "numerical", "answers": [{"value": 1.3, "tolerance": 0, "weight": 1}]}, False)
    elsewhere = {"question": {"type": "short_answer", "answers": [{"text": "Meridian Line", "weight": 1}],
                              "source": {"sentence": "Meridian Line rose."}}, "answered_at": None}
    shown = source_shown(stake, [stake, port, price, elsewhere])
    assert shown == "Meridian Line agreed to buy a 60 per cent stake at the […] for $[…] billion."
    port["answered_at"] = "now"
    assert "Port of Kelsing" in source_shown(stake, [stake, port, price, elsewhere])  # answered: nothing to keep back


def test_a_source_shows_the_answer_as_the_sentence_writes_it():
    # "Who is Jonas Ekdahl?" answered "chief financial officer": the sentence keeps its capital (a new user's find:
    # the answer's spelling put back made the sentence differ from the stored one, and the page said words were
    # kept back when none were).
    from quizapp.scoring import source_shown

    sentence = "Chief financial officer Jonas Ekdahl said the cuts would save 300 million kronor."
    role = {"question": {"type": "multiple_choice", "source": {"sentence": sentence}, "choices": [
        {"text": "chief financial officer", "weight": 1}, {"text": "chief executive", "weight": 0}]}, "answered_at": "now"}
    assert source_shown(role, [role]) == sentence


def test_a_quotations_source_keeps_back_the_role_asked_of_its_first_sentence():
    # The quotation's source runs over two sentences; "Who is Nathan Brierley?" comes after it, from the first.
    from quizapp.scoring import source_shown

    first = "Nathan Brierley, president of the Manitoba Teachers' Society, said the union supported the closures."
    quoted = first + ' … "Smoke season is not going away," Brierley said.'
    said = {"question": {"type": "multiple_choice", "choices": [{"text": "Nathan Brierley", "weight": 1}],
                         "source": {"sentence": quoted}}, "answered_at": "now"}
    role = {"question": {"type": "multiple_choice", "source": {"sentence": first}, "choices": [
        {"text": "president of the Manitoba Teachers' Society", "weight": 1}, {"text": "Deputy Mayor", "weight": 0}]},
        "answered_at": None}
    assert "president of" not in source_shown(said, [said, role])
    role["answered_at"] = "now"
    assert "president of the Manitoba Teachers' Society" in source_shown(said, [said, role])


def test_a_source_keeps_back_a_figure_a_later_question_asks_of_another_sentence():
    from quizapp.scoring import source_shown

    said = {"question": {"type": "multiple_choice", "choices": [{"text": "Gerhard Moser", "weight": 1}],
                         "source": {"sentence": '"We will not accept that 1,150 people pay the price," said Gerhard Moser.'}},
            "answered_at": "now"}
    cut = {"question": {"type": "multiple_choice", "choices": [{"text": "1,150", "weight": 1}],
                        "source": {"sentence": "The banks plan to cut 1,150 jobs."}}, "answered_at": None}
    named = {"question": {"type": "short_answer", "answers": [{"text": "Gerhard Moser", "weight": 1}],
                          "source": {"sentence": "Gerhard Moser chairs the staff council."}}, "answered_at": None}
    assert source_shown(said, [said, cut, named]) == '"We will not accept that […] people pay the price," said Gerhard Moser.'


def test_the_source_shown_after_an_answer_keeps_back_a_later_questions_answer(client, auth, app):
    # "_____ runs the mill." is asked of the same sentence as "Who runs the mill?".
    with app.app_context():
        db = get_db()
        row = db.execute("SELECT id, data FROM question WHERE json_extract(data, '$.id') = 'sa'").fetchone()
        data = json.loads(row["data"]) | {"source": {"sentence": "Ana Lopez runs the mill.", "start": 26, "end": 50}}
        db.execute("UPDATE question SET data = ? WHERE id = ?", (json.dumps(data), row["id"]))
        db.commit()
    auth.login()
    base = attempt_url(start(client, app))
    answer(client, f"{base}/1", RIGHT["mc"])
    page = soup(client.get(f"{base}/1"))
    assert page.select_one("blockquote.source-sentence").text == "[…] runs the mill."
    assert "answer to a question still to come" in page.select_one("blockquote.source-sentence").find_next("p").text
    for number, qid in enumerate(["mr", "tf", "sa"], start=2):
        answer(client, f"{base}/{number}", RIGHT[qid])
    page = soup(client.get(f"{base}/4"))
    assert page.select_one("blockquote.source-sentence").text == "Ana Lopez runs the mill."
    assert "still to come" not in page.get_text()  # whole: nothing to explain


def matching_fields(app, options):
    """The answer fields of a matching whose answers are ``options``, as a student's page renders them."""
    from flask import render_template
    question = {"type": "matching", "prompt": "Match each person to how the article describes them.",
                "pairs": [{"left": "Ana Ruiz", "right": options[0]}, {"left": "Bo Lind", "right": options[1]}]}
    with app.test_request_context():
        html = render_template("_answer_fields.html", question=question, presented={"options": options},
                               values={}, error=None)
    return BeautifulSoup(html, "html.parser")


def test_a_matching_s_long_answers_are_listed_whole_above_its_selects(app):
    """A closed select on a phone shows a long answer's first words only ("president of the Pueblo Val..."):
    the answers are listed whole above the rows, and short ones need no list."""
    long = ["president of the Pueblo Valley Education Association", "spokesperson for Hamburger Hochbahn"]
    page = matching_fields(app, long)
    assert [li.get_text() for li in page.select(".match-options li")] == long
    assert len(page.select("select")) == 2
    assert not matching_fields(app, ["France", "Italy"]).select(".match-options")


def test_a_matching_s_feedback_marks_each_pair_right_or_wrong(client, auth, app):
    """Pair by pair, in words, where one long line of "A → x; B → y" hid which were wrong (a new user's find)."""
    auth.login()
    base = attempt_url(start(client, app))
    number = list(RIGHT).index("match") + 1
    answer(client, f"{base}/{number}", {"match-0": "France", "match-1": "Spain", "match-2": "Italy"})
    rows = [li.get_text(" ", strip=True) for li in soup(client.get(f"{base}/{number}")).select(".match-review li")]
    assert len(rows) == 3 and rows[0].endswith("(right)"), rows
    assert "(wrong: Italy)" in rows[1] and "(wrong: Spain)" in rows[2], rows

