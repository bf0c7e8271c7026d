"""Every page: who may see it, what it shows, and the friendly error pages."""

import pytest

from quizapp.db import get_db
from tests.conftest import csrf_token, post_form, set_id, soup
from tests.test_quiz import RIGHT, attempt_url, start


def finish_quiz(client, app, wrong=False):
    base = attempt_url(start(client, app))
    for number, qid in enumerate(RIGHT, start=1):
        data = {"choice": "1"} if wrong and qid == "mc" else RIGHT[qid]
        post_form(client, f"{base}/{number}", data)
    post_form(client, f"{base}/finish", page_url=f"{base}/summary")
    return base


def test_welcome_page_for_visitors(client):
    page = soup(client.get("/"))
    assert page.select_one("a[href='/auth/signup']")
    assert page.html["lang"] == "en" and page.select_one("a.skip-link")


def test_home_lists_sets_with_counts_and_best_score(client, auth, app):
    auth.login()
    card = soup(client.get("/")).select_one(".card")
    assert "Mixed test set" in card.text and "7 questions" in card.text and "not taken yet" in card.text
    finish_quiz(client, app, wrong=True)
    card = soup(client.get("/")).select_one(".card")
    assert "your best: 83%" in " ".join(card.text.split())
    assert "Retake quiz" in card.text


def test_my_results_lists_attempts_and_best_score(client, auth, app):
    auth.login()
    finish_quiz(client, app, wrong=True)
    finish_quiz(client, app)
    page = soup(client.get("/results/"))
    tables = page.select("table")
    best_row = tables[0].select("tbody tr")
    assert len(best_row) == 1 and "100%" in best_row[0].text and "2" in best_row[0].text
    rows = tables[1].select("tbody tr")
    assert len(rows) == 2 and "100%" in rows[0].text and "83%" in rows[1].text
    assert all(r.select("td")[3].text.strip().endswith("s") for r in rows)  # time taken


def test_my_results_list_attempts_by_the_date_they_show(client, auth, app):
    # Started first but finished last, an attempt is listed first: its Date is when it finished (a new user's walk
    # saw 11:37, 11:35, 11:36).
    auth.login()
    finish_quiz(client, app, wrong=True)
    finish_quiz(client, app)
    with app.app_context():
        db = get_db()
        first, second = [row[0] for row in db.execute("SELECT id FROM attempt ORDER BY id")]
        db.execute("UPDATE attempt SET started_at = '2026-01-01T09:00:00+00:00', finished_at = "
                   "'2026-01-01T09:30:00+00:00' WHERE id = ?", (first,))
        db.execute("UPDATE attempt SET started_at = '2026-01-01T09:05:00+00:00', finished_at = "
                   "'2026-01-01T09:10:00+00:00' WHERE id = ?", (second,))
        db.commit()
    rows = soup(client.get("/results/")).select("table")[1].select("tbody tr")
    assert "83%" in rows[0].text and "100%" in rows[1].text


def test_results_show_only_your_own_attempts(client, auth, app):
    auth.login("other")
    finish_quiz(client, app)
    auth.logout()
    auth.login("student")
    assert "not taken a quiz yet" in client.get("/results/").get_data(as_text=True)


def test_result_page_of_unfinished_attempt_goes_to_summary(client, auth, app):
    auth.login()
    base = attempt_url(start(client, app))
    response = client.get(base)
    assert response.status_code == 302 and response.headers["Location"].endswith("/summary")


def test_summary_lists_unanswered_questions(client, auth, app):
    auth.login()
    base = attempt_url(start(client, app))
    post_form(client, f"{base}/1", RIGHT["mc"])
    page = soup(client.get(f"{base}/summary"))
    # The description is information, neither counted nor "not answered" (a new user's walk: "7 of 8")
    assert "6 of 7 questions are not answered yet" in page.text
    assert [li.get_text(" ", strip=True).endswith("information") for li in page.select(".summary-list li")].count(True) == 1
    post_form(client, f"{base}/finish", page_url=f"{base}/summary")
    result = soup(client.get(base))
    assert [h.get_text(strip=True) for h in result.select(".review-information h3")] == ["Information"]
    assert len(result.select(".review-unanswered")) == 6


STAFF_PAGES = ["/manage/", "/manage/sets/{sid}"]
ADMIN_PAGES = ["/manage/users"]


@pytest.mark.parametrize("url", STAFF_PAGES + ADMIN_PAGES)
def test_students_cannot_reach_staff_pages(client, auth, app, url):
    auth.login()
    response = client.get(url.format(sid=set_id(app)))
    assert response.status_code == 403
    assert soup(response).h1.text == "You can't open this page"
    whose = "admins" if url in ADMIN_PAGES else "instructors or admins"
    assert f"This page is for {whose}." in soup(response).text


@pytest.mark.parametrize("url", ["/attempts/{big}", "/sets/{big}", "/manage/sets/{big}", "/manage/articles/{big}",
                                 "/review/cards/{big}", "/review/sets/{big}/cards", "/attempts/{big}/1"])
def test_an_id_too_large_for_the_database_is_a_page_not_found(client, auth, url):
    # A new user's walk: /attempts/99999999999999999999 was a 500 (OverflowError), where any other missing id is a 404
    auth.login("teacher")
    assert client.get(url.format(big=10**20)).status_code == 404
    assert client.get(url.format(big=2**63 - 1)).status_code in (404, 403)


@pytest.mark.parametrize("url", STAFF_PAGES + ADMIN_PAGES + ["/results/", "/sets/{sid}"])
def test_anonymous_users_are_sent_to_login(client, app, url):
    response = client.get(url.format(sid=set_id(app)))
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_instructor_cannot_manage_users(client, auth):
    auth.login("teacher")
    response = client.get("/manage/users")
    assert response.status_code == 403
    # It says whose the page is: it had told an instructor it was "for instructors or admins" (a new user's walk)
    assert "This page is for admins." in soup(response).text


def test_student_cannot_post_settings_or_roles(client, auth, app):
    auth.login()
    token = csrf_token(client.get("/"))
    sid = set_id(app)
    assert client.post(f"/manage/sets/{sid}", data={"csrf_token": token, "feedback_mode": "end"}).status_code == 403
    assert client.post("/manage/users/1/role", data={"csrf_token": token, "role": "admin"}).status_code == 403
    with app.app_context():
        assert get_db().execute("SELECT role FROM user WHERE username = 'student'").fetchone()[0] == "student"


def test_instructor_sees_sets_and_class_results(client, auth, app):
    auth.login()
    finish_quiz(client, app)
    auth.logout()
    auth.login("teacher")
    overview = soup(client.get("/manage/"))
    assert "Mixed test set" in overview.text and "100%" in overview.text
    detail = soup(client.get(f"/manage/sets/{set_id(app)}"))
    assert "student" in detail.select("table")[0].text
    assert "7 questions" in detail.text  # as the sets' lists count them: the description is none (a new user's walk)
    # Instructors may read a student's answers...
    link = detail.select_one("table a")["href"]
    page = soup(client.get(link))
    # ...under the student's name, not "Your score" (a new user's walk).
    assert page.h1.text.startswith("student’s score: 100%")
    assert "student’s answer" in page.text and "Your answer" not in page.text
    assert "About student’s answer" in page.text and "About your answer" not in page.text  # ("Yes." on Ana Lopez)
    # ...but not answer for them.
    base = link
    assert client.get(f"{base}/summary").status_code == 404


def test_an_instructor_trying_the_quiz_is_not_counted_in_the_class_results(client, auth, app):
    # A new user's walk: the teacher's "Preview as a student" attempt (0%) had halved the class average.
    auth.login()
    finish_quiz(client, app)
    auth.logout()
    auth.login("teacher")
    finish_quiz(client, app, wrong=True)
    overview = " ".join(soup(client.get("/manage/")).text.split())
    assert "100%" in overview and "83%" not in overview and "92%" not in overview
    rows = soup(client.get(f"/manage/sets/{set_id(app)}")).select("table")[0].select("tbody tr")
    assert len(rows) == 1 and "student" in rows[0].text and "teacher" not in rows[0].text


def test_instructor_changes_settings(client, auth, app):
    auth.login("teacher")
    sid = set_id(app)
    response = post_form(client, f"/manage/sets/{sid}", {"feedback_mode": "end", "published": ""})
    assert response.status_code == 302
    with app.app_context():
        row = get_db().execute("SELECT feedback_mode, published, allow_typos FROM question_set").fetchone()
    assert (row["feedback_mode"], row["published"], row["allow_typos"]) == ("end", 0, 0)


def test_instructor_renames_set(client, auth, app):
    auth.login("teacher")
    sid = set_id(app)
    page = client.get(f"/manage/sets/{sid}").get_data(as_text=True)
    assert 'name="title"' in page and 'name="description"' in page
    response = post_form(client, f"/manage/sets/{sid}", {
        "title": "  Week 3: kei cars ", "description": "Read the article first.", "feedback_mode": "end",
        "published": "y"})
    assert response.status_code == 302
    with app.app_context():
        row = get_db().execute("SELECT title, description FROM question_set").fetchone()
    assert (row["title"], row["description"]) == ("Week 3: kei cars", "Read the article first.")
    assert "Week 3: kei cars" in client.get("/").get_data(as_text=True)
    # An empty description is saved as empty: a set imported without one had failed to save its settings (500).
    response = post_form(client, f"/manage/sets/{sid}", {"title": "Week 3", "description": "", "feedback_mode": "end"})
    assert response.status_code == 302
    with app.app_context():
        assert get_db().execute("SELECT description FROM question_set").fetchone()["description"] == ""


def test_set_title_cannot_be_emptied(client, auth, app):
    auth.login("teacher")
    sid = set_id(app)
    with app.app_context():
        before = get_db().execute("SELECT title FROM question_set").fetchone()["title"]
    for title, message in (("   ", "Give the set a title."), ("x" * 201, "longer than 200")):
        response = post_form(client, f"/manage/sets/{sid}", {"title": title, "feedback_mode": "end"})
        assert response.status_code == 400 and message in response.get_data(as_text=True)
        # The refusal is said where a screen reader hears it (a new user's walk: nothing was announced)
        summary = soup(response).select_one(".error-box[role=alert]")
        assert summary is not None and summary.has_attr("autofocus")
    with app.app_context():
        assert get_db().execute("SELECT title FROM question_set").fetchone()["title"] == before


def test_settings_form_rejects_unknown_mode(client, auth, app):
    auth.login("teacher")
    sid = set_id(app)
    response = post_form(client, f"/manage/sets/{sid}", {"feedback_mode": "never"})
    assert response.status_code == 400 and "Not a valid choice" in response.get_data(as_text=True)


def test_running_attempt_keeps_its_feedback_mode(client, auth, app):
    auth.login()
    base = attempt_url(start(client, app))
    with app.app_context():
        get_db().execute("UPDATE question_set SET feedback_mode = 'end'")
    post_form(client, f"{base}/1", RIGHT["mc"])
    assert "feedback-heading" in client.get(f"{base}/1").get_data(as_text=True)


def test_admin_changes_a_role_but_not_their_own(client, auth, app):
    auth.login("boss")
    with app.app_context():
        ids = dict(get_db().execute("SELECT username, id FROM user").fetchall())
    post_form(client, f"/manage/users/{ids['student']}/role", {"role": "instructor"}, page_url="/manage/users")
    refused = post_form(client, f"/manage/users/{ids['boss']}/role", {"role": "student"}, page_url="/manage/users")
    with app.app_context():
        roles = dict(get_db().execute("SELECT username, role FROM user").fetchall())
    assert roles["student"] == "instructor" and roles["boss"] == "admin"
    # the refusal takes the focus: a message in a page loaded whole is not read out (an accessibility audit)
    flashes = soup(client.get(refused.headers["Location"])).select_one(".flashes")
    assert "cannot remove your own admin role" in flashes.text and flashes.has_attr("autofocus")
    assert not soup(client.get("/manage/users")).select_one(".flashes").has_attr("autofocus")  # (nothing to tell)


def test_two_admins_demoting_each_other_at_once_leave_one_admin(client, auth, app, monkeypatch):
    # A new user's walk: admin1 and admin2 each demoted the other in the same moment; both were let through, and the
    # app had no admin left. Here the other's change lands between this request's checks and its write lock.
    from contextlib import contextmanager

    from quizapp.views import manage

    with app.app_context():
        db = get_db()
        db.execute("UPDATE user SET role = 'admin' WHERE username = 'teacher'")
        db.commit()
        ids = dict(db.execute("SELECT username, id FROM user").fetchall())
    auth.login("boss")
    page = client.get("/manage/users")
    real = manage.transaction

    @contextmanager
    def raced(db):
        db.execute("UPDATE user SET role = 'student' WHERE username = 'boss'")  # the other admin's request, first
        db.commit()
        with real(db) as locked:
            yield locked

    monkeypatch.setattr(manage, "transaction", raced)
    response = client.post(f"/manage/users/{ids['teacher']}/role",
                           data={"csrf_token": csrf_token(page), "role": "student"})
    assert response.status_code == 302
    assert "Your admin role was removed in the meantime" in soup(client.get("/")).text
    with app.app_context():
        roles = dict(get_db().execute("SELECT username, role FROM user").fetchall())
    assert roles["teacher"] == "admin"  # someone stays admin


@pytest.mark.parametrize(("url", "status", "text"), [
    ("/no/such/page", 404, "Page not found"),
    ("/sets/99999", 404, "Page not found"),
    ("/attempts/99999", 404, "Page not found"),
])
def test_friendly_error_pages(client, auth, url, status, text):
    auth.login()
    response = client.get(url)
    assert response.status_code == status and text in soup(response).h1.text


def test_oversized_post_gets_413_page(client, auth, app):
    auth.login()
    response = client.post("/auth/login", data={"username": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 413 and "too large" in response.get_data(as_text=True)


def test_unexpected_error_gives_500_page_not_a_trace(app, client, auth, monkeypatch):
    app.config["PROPAGATE_EXCEPTIONS"] = False
    auth.login()

    def boom(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr("quizapp.views.home.question_sets.list_published_sets", boom)
    response = client.get("/")
    body = response.get_data(as_text=True)
    assert response.status_code == 500 and "Something went wrong" in body and "secret internals" not in body


def test_a_set_no_student_has_worked_on_can_be_deleted_and_one_they_have_stays(client, auth, app):
    # A new user's walk: drafts and copies made by mistake piled up, with no way to delete them
    from quizapp.db import get_db
    from tests.conftest import csrf_token, set_id, soup

    auth.login("teacher")
    sid = set_id(app)
    page = client.get(f"/manage/sets/{sid}")
    token = csrf_token(page)
    assert soup(page).select_one("#delete form, form[action$='/delete']") is not None
    unticked = client.post(f"/manage/sets/{sid}/delete", data={"csrf_token": token})
    # told beside the box, which takes the focus (an accessibility audit: a message at the page's top went unseen)
    box = soup(unticked).select_one("#delete ~ form input[type=checkbox]")
    assert unticked.status_code == 400 and box.has_attr("autofocus") and box["aria-invalid"] == "true"
    assert "Tick the box" in soup(unticked).select_one(f"#{box['aria-describedby']}").text
    # and the settings form beside it shows the set's settings, not the delete form's missing boxes as unticked
    assert soup(unticked).select_one("input[name=published]").has_attr("checked")
    # a student's attempt keeps the set
    auth.logout()
    auth.login()
    client.post(f"/sets/{sid}/start", data={"csrf_token": csrf_token(client.get(f"/sets/{sid}"))})
    auth.logout()
    auth.login("teacher")
    kept = client.post(f"/manage/sets/{sid}/delete", data={"csrf_token": token, "confirm": "y"})
    assert "untick Published" in client.get(kept.headers["Location"]).get_data(True)
    with app.app_context():
        db = get_db()
        assert db.execute("SELECT COUNT(*) FROM question_set WHERE id = ?", (sid,)).fetchone()[0] == 1
        db.execute("DELETE FROM attempt WHERE set_id = ?", (sid,))
        db.commit()
    gone = client.post(f"/manage/sets/{sid}/delete", data={"csrf_token": token, "confirm": "y"})
    assert gone.status_code == 302 and gone.headers["Location"].endswith("/manage/")
    with app.app_context():
        db = get_db()
        assert db.execute("SELECT COUNT(*) FROM question_set WHERE id = ?", (sid,)).fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM question WHERE set_id = ?", (sid,)).fetchone()[0] == 0
    auth.logout()
    auth.login()
    assert client.post(f"/manage/sets/{sid}/delete", data={"csrf_token": token, "confirm": "y"}).status_code in (403, 404)


def test_a_student_made_an_instructor_keeps_what_they_did_as_a_student(client, auth, app):
    # A new user's walk: promoting a student took their attempt out of the class's results, and let the set be
    # deleted with it.
    from quizapp.db import get_db
    from tests.conftest import csrf_token, post_form, set_id, soup

    sid = set_id(app)
    auth.login()
    started = client.post(f"/sets/{sid}/start", data={"csrf_token": csrf_token(client.get(f"/sets/{sid}"))})
    base = started.headers["Location"].rsplit("/", 1)[0]
    post_form(client, f"{base}/finish", page_url=f"{base}/summary")
    auth.logout()
    auth.login("boss")
    with app.app_context():
        student = get_db().execute("SELECT id FROM user WHERE username = 'student'").fetchone()[0]
    post_form(client, f"/manage/users/{student}/role", {"role": "instructor"}, page_url="/manage/users")
    auth.logout()
    auth.login("teacher")
    page = soup(client.get(f"/manage/sets/{sid}"))
    assert "student" in page.select("table")[0].text  # still among the class's results
    token = csrf_token(client.get(f"/manage/sets/{sid}"))
    kept = client.post(f"/manage/sets/{sid}/delete", data={"csrf_token": token, "confirm": "y"})
    assert "so it stays" in client.get(kept.headers["Location"]).get_data(True)
    # and the instructor's own try of a quiz still counts for nothing
    client.post(f"/sets/{sid}/start", data={"csrf_token": csrf_token(client.get(f"/sets/{sid}"))})
    with app.app_context():
        made = get_db().execute("SELECT by_student FROM attempt WHERE set_id = ? ORDER BY id", (sid,)).fetchall()
    assert [row[0] for row in made] == [1, 0]


def test_deleting_a_set_takes_the_instructor_s_own_preview_attempts_with_it(client, auth, app):
    from quizapp.db import get_db
    from tests.conftest import csrf_token, set_id

    auth.login("teacher")
    sid = set_id(app)
    client.post(f"/sets/{sid}/start", data={"csrf_token": csrf_token(client.get(f"/sets/{sid}"))})
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM attempt WHERE set_id = ?", (sid,)).fetchone()[0] == 1
    token = csrf_token(client.get(f"/manage/sets/{sid}"))
    assert client.post(f"/manage/sets/{sid}/delete", data={"csrf_token": token, "confirm": "y"}).status_code == 302
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM attempt WHERE set_id = ?", (sid,)).fetchone()[0] == 0


def test_the_set_page_says_how_each_question_went(client, auth, app):
    # A new user's walk: the instructor had only each student's answers to tell which question was hard.
    auth.login()
    finish_quiz(client, app, wrong=True)
    finish_quiz(client, app)
    auth.logout()
    auth.login("teacher")
    page = soup(client.get(f"/manage/sets/{set_id(app)}"))
    lines = [" ".join(li.get_text(" ", strip=True).split()) for li in page.select("ol.summary-list > li")]
    assert any(line.endswith("50% right over 2 answers") for line in lines), lines  # the one answered wrong once
    assert any(line.endswith("100% right over 2 answers") for line in lines), lines
