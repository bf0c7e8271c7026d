"""The flashcard review screens: study a set, show, check, rate, undo, suspend; limits, permissions, quizzes as reviews."""

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from quizapp.db import get_db
from tests.conftest import PASSWORD, csrf_token, set_id, soup

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """A fixed clock the review code reads instead of the real one."""

    def __init__(self, moment):
        self.moment = moment

    def __call__(self):
        return self.moment

    def advance(self, **delta):
        self.moment += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(T0)
    for module in ("quizapp.views.review", "quizapp.views.quiz"):
        monkeypatch.setattr(f"{module}.now_utc", clock)
    return clock


def start_set(client, sid):
    page = client.get("/review/")
    return client.post(f"/review/sets/{sid}/start", data={"csrf_token": csrf_token(page)})


def begin(client, auth, app):
    """Log in as the student and add the mixed set to their flashcards; return the set's id."""
    auth.login()
    sid = set_id(app)
    start_set(client, sid)
    return sid


def card_page(client, sid):
    """The study page for the set (a card's front), parsed."""
    return soup(client.get(f"/review/study?set={sid}"))


def front_with(client, sid, selector):
    """The front of the first new card whose page holds ``selector`` (the cards before it shown and rated Good), and
    its answer form's hidden fields."""
    for _ in range(10):
        front = card_page(client, sid)
        if front.select(selector):
            break
        show_and_rate(client, front, 4)
    form = front.select_one("form.question-form")
    return form, {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}


def show_and_rate(client, page, rating):
    """From a card's front, show the answer and press the rating button; return the response."""
    back = soup(client.get(page.select_one("#show-answer")["href"]))
    form = back.select_one("form.rating-form")
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    data["rating"] = str(rating)
    return client.post(form["action"], data=data), back


def card_count(app, user="student", **where):
    query = "SELECT COUNT(*) FROM card c JOIN user u ON u.id = c.user_id WHERE u.username = ?"
    values = [user]
    for column, value in where.items():
        query += f" AND c.{column} = ?"
        values.append(value)
    with app.app_context():
        return get_db().execute(query, values).fetchone()[0]


def reviews(app, user="student"):
    with app.app_context():
        return get_db().execute("SELECT r.* FROM review_log r JOIN user u ON u.id = r.user_id WHERE u.username = ?"
                                " ORDER BY r.id", (user,)).fetchall()


def test_study_a_set_show_the_answer_and_rate_it(client, auth, app, clock):
    auth.login()
    sid = set_id(app)
    assert start_set(client, sid).status_code == 302
    gradable = card_count(app)
    assert gradable >= 4  # every question with an answer to learn; essays and descriptions are not cards
    front = card_page(client, sid)
    assert front.h1.get_text(strip=True) == f"{gradable} left today"
    response, back = show_and_rate(client, front, 3)
    assert response.status_code == 302
    # The back shows the answer and each button's interval.
    labels = [b.get_text(" ", strip=True) for b in back.select("button[data-rating]")]
    assert [label.split()[0] for label in labels] == ["Again", "Hard", "Good", "Easy"]
    assert "· 10m" in labels[2] and "· 1m" in labels[0]
    log = reviews(app)
    assert len(log) == 1 and log[0]["rating"] == 3 and log[0]["state_before"] == 0 and log[0]["origin"] == "review"


def test_a_replayed_rating_form_is_logged_once(client, auth, app, clock):
    sid = begin(client, auth, app)
    front = card_page(client, sid)
    back = soup(client.get(front.select_one("#show-answer")["href"]))
    form = back.select_one("form.rating-form")
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")} | {"rating": "3"}
    client.post(form["action"], data=data)
    client.post(form["action"], data=data)  # a double click
    assert len(reviews(app)) == 1


def test_two_tabs_rating_the_same_card_log_one_review(client, auth, app, clock):
    sid = begin(client, auth, app)
    front = card_page(client, sid)
    tab_a = soup(client.get(front.select_one("#show-answer")["href"]))
    tab_b = soup(client.get(front.select_one("#show-answer")["href"]))
    for tab, rating in ((tab_a, "3"), (tab_b, "1")):
        form = tab.select_one("form.rating-form")
        data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")} | {"rating": rating}
        response = client.post(form["action"], data=data, follow_redirects=True)
    assert len(reviews(app)) == 1 and reviews(app)[0]["rating"] == 3
    assert "already rated" in response.get_data(as_text=True)


def test_undo_restores_the_exact_card(client, auth, app, clock):
    sid = begin(client, auth, app)
    front = card_page(client, sid)
    card_id = int(re.search(r"/cards/(\d+)", front.select_one("#show-answer")["href"]).group(1))
    with app.app_context():
        before = dict(get_db().execute("SELECT * FROM card WHERE id = ?", (card_id,)).fetchone())
    show_and_rate(client, front, 3)
    page = card_page(client, sid)
    undo_form = page.select_one("#undo-form")
    response = client.post(undo_form["action"], data={
        "csrf_token": csrf_token(client.get("/review/")), "review_id": undo_form.select_one("[name=review_id]")["value"]})
    assert response.status_code == 302 and f"/review/cards/{card_id}" in response.headers["Location"]
    with app.app_context():
        after = dict(get_db().execute("SELECT * FROM card WHERE id = ?", (card_id,)).fetchone())
    assert {k: v for k, v in after.items() if k != "version"} == {k: v for k, v in before.items() if k != "version"}
    assert reviews(app) == []


def test_check_an_answer_and_get_a_suggested_rating(client, auth, app, clock):
    sid = begin(client, auth, app)
    form, hidden = front_with(client, sid, "input[name=answer][value=true]")  # the true/false card
    data = hidden | {"answer": "true"}
    back = soup(client.post(form["action"], data=data))
    verdict = back.select_one("#back-heading").get_text(strip=True)
    suggested = back.select_one("button.primary[data-rating]")
    assert suggested["data-rating"] == ("3" if "Correct" in verdict else "1")
    # Opened again by its address, the checked page goes back to the card's front (it had been a 405).
    again = client.get(form["action"])
    assert again.status_code == 302 and "/review/cards/" in again.headers["Location"]
    assert client.get(again.headers["Location"]).status_code == 200


def test_a_checked_card_accepts_typos_only_where_its_set_does_and_says_so(client, auth, app, clock):
    # A new user's walk: a card's check allowed typos the set's quiz did not, and did not say it had.
    sid = begin(client, auth, app)
    form, hidden = front_with(client, sid, "input[type=text][name=answer]")  # the short-answer card ("Ana Lopez")
    data = hidden | {"answer": "Ana Lopes"}

    def checked(allow_typos):
        with app.app_context():
            db = get_db()
            db.execute("UPDATE question_set SET allow_typos = ? WHERE id = ?", (allow_typos, sid))
            db.commit()
        back = soup(client.post(form["action"], data=data))
        return back.select_one("#back-heading").get_text(strip=True), back.select_one("dl.answer-review").get_text(" ")
    verdict, review = checked(0)
    assert "Correct" not in verdict and "typo" not in review
    verdict, review = checked(1)
    assert "Correct" in verdict and "accepted despite a small typo" in review


def test_daily_new_card_limit_and_the_4am_day_boundary_in_the_students_zone(client, auth, app, clock):
    auth.login()
    settings = client.get("/review/settings")
    client.post("/review/settings", data={"csrf_token": csrf_token(settings), "desired_retention": "90",
                                          "new_per_day": "2", "reviews_per_day": "200",
                                          "time_zone": "America/Los_Angeles", "shortcuts": "y"})
    sid = set_id(app)
    start_set(client, sid)
    clock.moment = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)  # 03:00 in Los Angeles: still yesterday's study day
    for _ in range(2):
        show_and_rate(client, card_page(client, sid), 4)  # Easy: straight to review, days away
    done = card_page(client, sid)
    assert done.h1.get_text(strip=True) == "Done for now"
    # The cards the limit holds back are named, not "everything due today" (a new user's walk).
    with app.app_context():
        waiting = get_db().execute("SELECT COUNT(*) FROM card WHERE last_review IS NULL").fetchone()[0]
    status = " ".join(done.h1.find_next("div", attrs={"role": "status"}).text.split())
    assert "reached today's limit of 2 new cards" in status and f"{waiting} new cards wait in this set" in status
    assert "everything due today" not in status
    # The table's total of new cards is today's too, as each set's row is (a new user saw "New 0" over "Total 5").
    table = soup(client.get("/review/"))
    assert table.select_one("tbody tr").select("td")[0].get_text(strip=True) == "0"
    assert table.select_one("tfoot tr").select("td")[0].get_text(strip=True) == "0"
    # and the hint says the limit is reached, not "up to 0 new cards" (a new user's walk)
    hint = " ".join(table.select_one("p.hint").text.split())
    assert "no more new cards (today's limit is reached)" in hint and "up to 0" not in hint
    clock.moment = datetime(2026, 3, 2, 11, 59, tzinfo=UTC)  # 03:59 local: same study day, limit still reached
    assert card_page(client, sid).h1.get_text(strip=True) == "Done for now"
    clock.moment = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # 04:00 local: a new study day, two new cards again
    assert card_page(client, sid).h1.get_text(strip=True) == "2 left today"


def test_suspend_and_resume_a_card(client, auth, app, clock):
    sid = begin(client, auth, app)
    total = card_count(app)
    front = card_page(client, sid)
    suspend = next(f for f in front.select("form") if f["action"].split("?")[0].endswith("/suspend"))
    client.post(suspend["action"], data={"csrf_token": csrf_token(client.get("/review/"))})
    assert card_count(app, suspended=1) == 1
    assert card_page(client, sid).h1.get_text(strip=True) == f"{total - 1} left today"
    listing = soup(client.get(f"/review/sets/{sid}/cards"))
    resume = next(f for f in listing.select("form") if "/resume" in f["action"])
    client.post(resume["action"], data={"csrf_token": csrf_token(client.get("/review/")), "back": "list"})
    assert card_count(app, suspended=1) == 0


def test_a_suspended_card_is_not_rated_from_its_page(client, auth, app, clock):
    # A new user's walk: a leech's back page, opened again by its address, still rated it (to "22 (10 forgotten)")
    # while its list said suspended.
    sid = begin(client, auth, app)
    front = card_page(client, sid)
    back_url = front.select_one("#show-answer")["href"]
    back = soup(client.get(back_url))
    form = back.select_one("form.rating-form")
    suspend = next(f for f in front.select("form") if f["action"].split("?")[0].endswith("/suspend"))
    client.post(suspend["action"], data={"csrf_token": csrf_token(client.get("/review/"))})
    with app.app_context():
        version = get_db().execute("SELECT version FROM card WHERE suspended = 1").fetchone()[0]
    opened = client.get(back_url)  # its page says so, and leads to where it is resumed
    assert opened.status_code == 302 and f"/review/sets/{sid}/cards" in opened.headers["Location"]
    assert "That card is suspended" in soup(client.get(opened.headers["Location"])).text
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    data.update(rating="3", version=str(version))  # a form with the card's current version still rates nothing
    client.post(form["action"], data=data)
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM review_log").fetchone()[0] == 0
    assert card_count(app, suspended=1) == 1


def test_no_one_reviews_or_sees_another_students_cards(client, auth, app, clock):
    auth.login("other")
    sid = set_id(app)
    start_set(client, sid)
    with app.app_context():
        other_card = get_db().execute(
            "SELECT c.id FROM card c JOIN user u ON u.id = c.user_id WHERE u.username = 'other'").fetchone()[0]
    auth.logout()
    auth.login("student")
    token = csrf_token(client.get("/review/"))
    assert client.get(f"/review/cards/{other_card}").status_code == 404
    assert client.get(f"/review/cards/{other_card}?show=1").status_code == 404
    assert client.post(f"/review/cards/{other_card}/rate", data={
        "csrf_token": token, "rating": "3", "version": "0", "request_id": "abcdefgh12"}).status_code == 404
    assert client.post(f"/review/cards/{other_card}/suspend", data={"csrf_token": token}).status_code == 404
    assert client.post(f"/review/cards/{other_card}/check", data={"csrf_token": token}).status_code == 404
    assert client.get(f"/review/cards/{other_card}/check").status_code == 404
    # The student has no cards of the set: the Flashcards page, with a way to add it, not the other's cards.
    listing = client.get(f"/review/sets/{sid}/cards")
    assert listing.status_code == 302 and listing.headers["Location"].endswith("/review/")
    assert "no flashcards from" in soup(client.get("/review/")).text
    assert client.get("/review/sets/9999/cards").status_code == 404
    assert reviews(app, "other") == []
    # Undo cannot take back another student's review either.
    assert client.post("/review/undo", data={"csrf_token": token, "review_id": "1"}).status_code == 302


def test_review_pages_need_a_log_in_and_csrf(client, auth, app):
    assert client.get("/review/").status_code == 302
    assert "/auth/login" in client.get("/review/").headers["Location"]
    # A logged-in student's POST without its token is refused, and adds nothing.
    auth.login()
    assert client.post(f"/review/sets/{set_id(app)}/start").status_code == 400
    assert card_count(app) == 0


def test_a_finished_quiz_counts_as_reviews(client, auth, app, clock):
    auth.login()
    sid = set_id(app)
    overview = client.get(f"/sets/{sid}")
    started = client.post(f"/sets/{sid}/start", data={"csrf_token": csrf_token(overview)})
    attempt_url = started.headers["Location"]
    page = soup(client.get(attempt_url))
    data = {"csrf_token": csrf_token(client.get(attempt_url))}
    if page.select("input[name=choice]"):
        data["choice"] = page.select("input[name=choice]")[0]["value"]
    elif page.select("input[name=answer][type=radio]"):
        data["answer"] = "true"
    else:
        data["answer"] = "1"
    client.post(attempt_url, data=data)
    attempt_id = re.search(r"/attempts/(\d+)", attempt_url).group(1)
    summary = client.get(f"/attempts/{attempt_id}/summary")
    client.post(f"/attempts/{attempt_id}/finish", data={"csrf_token": csrf_token(summary)})
    client.post(f"/attempts/{attempt_id}/finish", data={"csrf_token": csrf_token(summary)})  # finishing twice
    log = reviews(app)
    assert len(log) == 1 and log[0]["origin"] == "quiz" and log[0]["rating"] in (1, 3)
    assert card_count(app) == 1


def test_dashboard_counts_and_stats_and_settings_pages(client, auth, app, clock):
    auth.login()
    sid = set_id(app)
    dashboard = soup(client.get("/review/"))
    assert "Add Mixed test set" in dashboard.get_text(" ", strip=True)
    start_set(client, sid)
    total = card_count(app)
    show_and_rate(client, card_page(client, sid), 1)
    clock.advance(minutes=2)  # Again: the card comes back after a minute
    cells = [td.get_text(strip=True) for td in soup(client.get("/review/")).select_one("tbody tr").select("td")]
    assert cells[:4] == [str(total - 1), "1", "0", str(total)]  # new, learning, due, all
    # The button says what today holds as the table does: new cards are not "due" (a new user's find)
    study = soup(client.get("/review/")).select_one("a.button.primary").get_text(" ", strip=True)
    assert study == f"Study today's cards ({min(total - 1, 20)} new, 1 learning, 0 due)", study
    stats = client.get("/review/stats")
    assert stats.status_code == 200
    assert len(soup(stats).select("svg.chart")) == 4
    settings = client.get("/review/settings")
    bad = client.post("/review/settings", data={"csrf_token": csrf_token(settings), "desired_retention": "99",
                                                "new_per_day": "-1", "reviews_per_day": "10", "time_zone": "Mars/Base",
                                                "shortcuts": "y"})
    assert bad.status_code == 400
    assert len(soup(bad).select(".error")) == 3
    # A figure that is no whole number gets one message that says what to type (a new user's walk: WTForms' "Not a
    # valid integer value." ran on into "Number must be between 70 and 97.")
    bad = client.post("/review/settings", data={"csrf_token": csrf_token(settings), "desired_retention": "85.5",
                                                "new_per_day": "20", "reviews_per_day": "200", "time_zone": "UTC"})
    assert [e.get_text(strip=True) for e in soup(bad).select(".error")] == ["⚠Type a whole number from 70 to 97."]


def test_a_refreshed_check_of_a_card_rated_since_offers_no_second_rating(client, auth, app, clock):
    sid = begin(client, auth, app)
    front = card_page(client, sid)
    form = front.select_one("form.question-form")
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")} | {"answer": "x", "choice": "0"}
    show_and_rate(client, front, 3)
    again = client.post(form["action"], data=data)  # the browser re-sends the check after the rating
    assert again.status_code == 302
    assert len(reviews(app)) == 1


def test_the_time_taken_is_kept_with_each_review(client, auth, app, clock):
    sid = begin(client, auth, app)
    front = card_page(client, sid)
    clock.advance(seconds=7)
    show_and_rate(client, front, 3)
    assert reviews(app)[0]["duration_ms"] == 7000


def test_undo_refuses_once_the_card_changed_after_the_rating(client, auth, app, clock):
    sid = begin(client, auth, app)
    front = card_page(client, sid)
    card_id = int(re.search(r"/cards/(\d+)", front.select_one("#show-answer")["href"]).group(1))
    show_and_rate(client, front, 3)
    review_id = reviews(app)[0]["id"]
    token = csrf_token(client.get("/review/"))
    client.post(f"/review/cards/{card_id}/suspend", data={"csrf_token": token})
    response = client.post("/review/undo", data={"csrf_token": token, "review_id": str(review_id)}, follow_redirects=True)
    assert "Nothing to undo" in response.get_data(as_text=True)
    assert len(reviews(app)) == 1 and card_count(app, suspended=1) == 1


def test_dates_are_shown_in_the_students_time_zone(client, auth, app, clock):
    auth.login()
    settings = client.get("/review/settings")
    client.post("/review/settings", data={"csrf_token": csrf_token(settings), "desired_retention": "90",
                                          "new_per_day": "20", "reviews_per_day": "200",
                                          "time_zone": "Asia/Tokyo", "shortcuts": "y"})
    sid = set_id(app)
    start_set(client, sid)
    show_and_rate(client, card_page(client, sid), 4)
    listing = soup(client.get(f"/review/sets/{sid}/cards")).get_text(" ", strip=True)
    assert "JST" in listing and "UTC" not in listing
    # A second browser, logged in before the change, shows the new zone too: the zone had been kept in each
    # browser's session from its log-in (a new user's walk)
    second = app.test_client()
    page = second.get("/auth/login")
    second.post("/auth/login", data={"csrf_token": csrf_token(page), "username": "student", "password": PASSWORD})
    page = client.get("/review/settings")
    client.post("/review/settings", data={"csrf_token": csrf_token(page), "desired_retention": "90",
                                          "new_per_day": "20", "reviews_per_day": "200",
                                          "time_zone": "Europe/Berlin", "shortcuts": "y"})
    listing = soup(second.get(f"/review/sets/{sid}/cards")).get_text(" ", strip=True)
    assert "CET" in listing and "JST" not in listing


def test_a_reworded_question_keeps_its_flashcard_schedule(client, auth, app, clock):
    """As in Anki, editing a note keeps its cards: fixing a typo must not reset what students learnt."""
    from quizapp.db import transaction
    from quizapp.store import question_sets

    sid = begin(client, auth, app)
    show_and_rate(client, card_page(client, sid), 4)
    with app.app_context():
        db = get_db()
        reviewed = db.execute("SELECT c.*, q.position FROM card c JOIN question q ON q.id = c.question_id"
                              " WHERE c.reps = 1").fetchone()
        questions = [json.loads(r["data"]) for r in question_sets.get_questions(db, sid)]
        questions[reviewed["position"]]["prompt"] += " (reworded)"
        with transaction(db):
            question_sets.replace_questions(db, sid, questions)
        moved = db.execute("SELECT c.*, q.data FROM card c JOIN question q ON q.id = c.question_id WHERE c.id = ?",
                           (reviewed["id"],)).fetchone()
    assert moved["question_id"] != reviewed["question_id"] and "(reworded)" in moved["data"]
    assert (moved["reps"], moved["due"], moved["stability"]) == (reviewed["reps"], reviewed["due"], reviewed["stability"])
    rows = soup(client.get(f"/review/sets/{sid}/cards")).select("tbody tr")
    assert sum("(reworded)" in row.td.get_text() for row in rows) == 1 and len(rows) == card_count(app)


def test_undo_on_one_set_s_screen_takes_back_only_that_set_s_rating(client, auth, app, clock):
    # A new user's walk: on set B's "done" page, Undo took back a rating of set A's made ten minutes before, then
    # showed that card under set B's name and counts.
    from quizapp.db import transaction
    from quizapp.formats import json_format
    from quizapp.loader import store_set

    with app.app_context():
        db = get_db()
        with transaction(db):
            store_set(db, "capitals", json_format.QuestionSet(title="Capitals", questions=[
                {"type": "true_false", "prompt": "Paris is the capital of France.", "answer": True}]), "test")
    sid = begin(client, auth, app)
    other = set_id(app, "capitals")
    start_set(client, other)
    show_and_rate(client, card_page(client, other), 3)  # the other set's only card: its screen is done
    clock.advance(minutes=10)
    show_and_rate(client, card_page(client, sid), 3)
    done = card_page(client, other)
    undo_form = done.select_one("#undo-form")
    with app.app_context():
        last_of_other = get_db().execute(
            "SELECT r.id FROM review_log r JOIN card c ON c.id = r.card_id WHERE c.set_id = ?", (other,)).fetchone()[0]
    assert undo_form is not None and undo_form.select_one("[name=review_id]")["value"] == str(last_of_other)
    response = client.post(undo_form["action"], data={
        "csrf_token": csrf_token(client.get("/review/")), "review_id": str(last_of_other)})
    assert response.status_code == 302 and f"set={other}" in response.headers["Location"]
    with app.app_context():
        left = [row[0] for row in get_db().execute(
            "SELECT c.set_id FROM review_log r JOIN card c ON c.id = r.card_id WHERE r.origin = 'review'")]
    assert left == [sid]  # the mixed set's rating stays


def test_a_set_with_nothing_to_study_is_not_offered_as_flashcards(client, auth, app):
    # A new user's walk: "Add Only descriptions, 0 questions" was offered, and said nothing was due.
    from quizapp.db import transaction
    from quizapp.formats import json_format
    from quizapp.loader import store_set

    with app.app_context():
        db = get_db()
        with transaction(db):
            store_set(db, "essays", json_format.QuestionSet(title="Essays only", questions=[
                {"type": "essay", "prompt": "Discuss."}, {"type": "description", "prompt": "Read this."}]), "test")
    auth.login()
    offered = [b.find_parent("li").get_text(" ", strip=True) for b in soup(client.get("/review/")).select("ul button")]
    assert not any("Essays only" in text for text in offered)
    assert any(text.startswith("Add Mixed test set") and text.endswith(" cards") for text in offered), offered


def test_undo_is_not_offered_once_the_card_changed(client, auth, app, clock):
    sid = begin(client, auth, app)
    front = card_page(client, sid)
    card_id = int(re.search(r"/cards/(\d+)", front.select_one("#show-answer")["href"]).group(1))
    show_and_rate(client, front, 3)
    assert card_page(client, sid).select_one("#undo-form") is not None
    client.post(f"/review/cards/{card_id}/suspend", data={"csrf_token": csrf_token(client.get("/review/"))})
    assert card_page(client, sid).select_one("#undo-form") is None


def test_a_question_added_to_a_studied_set_can_be_added_as_a_card(client, auth, app, clock):
    from quizapp.db import transaction
    from quizapp.store import question_sets

    sid = begin(client, auth, app)
    before = card_count(app)
    with app.app_context():
        db = get_db()
        questions = [json.loads(r["data"]) for r in question_sets.get_questions(db, sid)]
        questions.append({"type": "true_false", "prompt": "A question added later.", "answer": True})
        with transaction(db):
            question_sets.replace_questions(db, sid, questions)
    dashboard = soup(client.get("/review/"))
    add = next(b for b in dashboard.select("tbody button") if b.get_text(" ", strip=True).startswith("Add 1 new question"))
    client.post(add.find_parent("form")["action"], data={"csrf_token": csrf_token(client.get("/review/"))})
    assert card_count(app) == before + 1
    assert not [b for b in soup(client.get("/review/")).select("tbody button") if "new question" in b.get_text()]


def test_a_question_removed_and_added_back_keeps_its_students_cards(client, auth, app, clock):
    # A new user's walk: the question came back as a new row, its card stayed with the retired one, and the student
    # was offered it as new, its history gone
    sid = begin(client, auth, app)
    show_and_rate(client, card_page(client, sid), 3)
    with app.app_context():
        card = get_db().execute("SELECT c.id, c.question_id, c.reps FROM card c JOIN user u ON u.id = c.user_id"
                                " WHERE u.username = 'student' AND c.reps > 0").fetchone()
    auth.logout()
    auth.login("teacher")
    review = f"/manage/articles/{sid}"
    client.post(f"{review}/questions/{card['question_id']}/remove", data={"csrf_token": csrf_token(client.get(review))})
    page = soup(client.get(review))
    spare = page.select_one(".spare-list input[name=spare]")["value"]
    added = client.post(f"{review}/spares/add", data={"csrf_token": csrf_token(client.get(review)), "spare": spare})
    assert added.status_code == 302
    with app.app_context():
        db = get_db()
        after = db.execute("SELECT c.question_id, c.reps, q.retired FROM card c JOIN question q ON q.id = c.question_id"
                           " WHERE c.id = ?", (card["id"],)).fetchone()
    assert after["retired"] == 0 and after["reps"] == card["reps"] and after["question_id"] == card["question_id"]
