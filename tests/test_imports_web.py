"""The upload → preview → confirm flow for question files, and exporting a set from its page."""

import io
import json

import pytest

from quizapp import formats
from quizapp.db import get_db
from tests.conftest import csrf_token, set_id, soup

GOOD_GIFT = """// [id:cap-fr] [tag:geo]
::Capital::What is the capital of France? {=Paris ~Lyon ~Marseille}

::Sum:: 2 + 2 = ? {#4}

The Seine flows through Paris. {T}
"""

BAD_GIFT = """::Q1:: Which? {=a ~b

::Q2:: Fine {T}

::Q3:: Match {=a -> 1 =b}
"""

EVIL_GIFT = """::Evil::[html]<p onclick="steal()">Pick <b>one</b><script>alert('x')</script>
<a href="javascript:alert(1)">link</a><img src="x.png" onerror="alert(2)"></p>{
=<span onmouseover\\="alert(3)">right</span>
~wrong}
"""


def count_sets(app):
    with app.app_context():
        return get_db().execute("SELECT COUNT(*) FROM question_set").fetchone()[0]


def box_text(page):
    """The text box's content as a browser submits it (the newline after <textarea> is not content)."""
    text = page.select_one("textarea[name=text]").text
    return text[2:] if text.startswith("\r\n") else text.removeprefix("\n")


def hidden_fields(page):
    return {i["name"]: i.get("value", "") for i in page.select("form input[type=hidden]")}


def post_import(client, **fields):
    page = client.get("/manage/import")
    data = {"csrf_token": csrf_token(page), "text": "", "file_format": "auto", "title": "", "check": "Check"}
    data.update(fields)
    return client.post("/manage/import", data=data, content_type="multipart/form-data")


def test_upload_preview_and_confirm(client, auth, app):
    auth.login("teacher")
    before = count_sets(app)
    preview = post_import(client, question_file=(io.BytesIO(GOOD_GIFT.encode()), "week-1 quiz.gift"))
    assert preview.status_code == 200
    page = soup(preview)
    assert page.h1.get_text(strip=True) == "Preview: week 1 quiz"
    assert len(page.select("article.preview-question")) == 3
    assert "What is the capital of France?" in page.text
    assert count_sets(app) == before  # a preview stores nothing
    # The uploaded file's text is in the box, so confirming does not need the file again.
    form = hidden_fields(page)
    assert form["filename"] == "week-1 quiz.gift"
    assert page.select_one("input[name=publish]").has_attr("checked")  # publishing is the default
    created = client.post("/manage/import", data={
        **form, "text": box_text(page), "file_format": "auto", "title": "", "publish": "y", "create": "Create the set",
    })
    assert created.status_code == 302
    assert count_sets(app) == before + 1
    with app.app_context():
        row = get_db().execute("SELECT * FROM question_set ORDER BY id DESC LIMIT 1").fetchone()
        questions = [json.loads(q["data"]) for q in get_db().execute(
            "SELECT data FROM question WHERE set_id = ? ORDER BY position", (row["id"],))]
    assert row["title"] == "week 1 quiz" and row["published"] == 1
    assert [q["type"] for q in questions] == ["multiple_choice", "numerical", "true_false"]
    assert questions[0]["id"] == "cap-fr" and questions[0]["tags"] == ["geo"]
    # A student sees it on the home page.
    auth.logout()
    auth.login("student")
    assert "week 1 quiz" in client.get("/").get_data(as_text=True)


def test_the_preview_shows_the_name_and_description_students_will_see(client, auth, app):
    # A new user's walk: a GIFT file's second opening comment became the description on the students' home page,
    # and the preview had shown only the name. Now only a marked line describes the set, and the preview shows it.
    auth.login("teacher")
    notes = "// Chemistry 101\n// key for Q5 is wrong, don't give to 3B\n\n::Q1:: Water boils at 100 °C. {T}\n"
    page = soup(post_import(client, question_file=(io.BytesIO(notes.encode()), "chem_week1.gift")))
    facts = [dd.get_text(" ", strip=True) for dd in page.select(".set-facts dd")]
    assert facts == ["Chemistry 101", "none"]
    described = "// quizapp set: Chemistry 101\n// quizapp description: Week 1: states of matter.\n\n" + notes
    page = soup(post_import(client, question_file=(io.BytesIO(described.encode()), "chem_week1.gift")))
    facts = [dd.get_text(" ", strip=True) for dd in page.select(".set-facts dd")]
    assert facts == ["Chemistry 101", "Week 1: states of matter."]


def test_a_preview_named_like_a_stored_set_says_so(client, auth, app):
    # A new user's walk: an export imported back was previewed under its set's very name, and Create made a second
    # published set of that name, unwarned.
    auth.login("teacher")
    first = soup(post_import(client, question_file=(io.BytesIO(GOOD_GIFT.encode()), "week-1 quiz.gift")))
    assert "exists already" not in first.text
    client.post("/manage/import", data={**hidden_fields(first), "text": box_text(first), "file_format": "auto",
                                        "title": "", "publish": "y", "create": "Create the set"})
    again = soup(post_import(client, question_file=(io.BytesIO(GOOD_GIFT.encode()), "Week-1 Quiz.gift")))
    warning = " ".join(again.select_one(".warning-box").get_text(" ", strip=True).split())
    assert "A set named “week 1 quiz” exists already" in warning and "give it another name" in warning, warning
    renamed = soup(post_import(client, question_file=(io.BytesIO(GOOD_GIFT.encode()), "week-1 quiz.gift"),
                               title="Week 1 quiz, second go"))
    assert "exists already" not in renamed.text


def test_problems_are_listed_with_lines_and_nothing_is_stored(client, auth, app):
    auth.login("teacher")
    before = count_sets(app)
    response = post_import(client, text=BAD_GIFT, file_format="gift", create="Create the set")
    assert response.status_code == 200
    problems = [li.get_text(strip=True) for li in soup(response).select("ul.problems li")]
    assert len(problems) == 2
    assert problems[0].startswith("pasted text:1:") and problems[1].startswith("pasted text:5:")
    assert soup(response).select_one("[role=alert]").has_attr("autofocus")  # the problems take the focus
    assert count_sets(app) == before
    # Fixed in the box and checked again, it previews.
    fixed = BAD_GIFT.replace("~b\n", "~b}\n").replace("=b}", "=b -> 2}")
    again = post_import(client, text=fixed, file_format="gift")
    assert not soup(again).select("ul.problems li")
    assert len(soup(again).select("article.preview-question")) == 3


def test_script_and_event_handlers_never_reach_a_student(client, auth, app):
    auth.login("teacher")
    preview = post_import(client, text=EVIL_GIFT, file_format="gift", title="Evil")
    page = soup(preview)
    # The file's own text is shown, escaped, in the box to edit; the rendered questions must be clean.
    rendered = "".join(str(article) for article in page.select("article.preview-question"))
    assert "<b>one</b>" in rendered
    for bad in ("<script", "onclick", "onerror", "onmouseover", "javascript:"):
        assert bad not in rendered
    client.post("/manage/import", data={
        **hidden_fields(page), "text": box_text(page), "file_format": "gift", "title": "Evil", "publish": "y",
        "create": "Create",
    })
    with app.app_context():
        stored = get_db().execute("SELECT data FROM question WHERE set_id ="
                                  " (SELECT id FROM question_set WHERE title = 'Evil')").fetchone()["data"]
    for bad in ("<script", "onclick", "onerror", "onmouseover", "javascript:"):
        assert bad not in stored
    assert "<b>one</b>" in json.loads(stored)["prompt"]  # harmless markup stays
    auth.logout()
    auth.login("student")
    with app.app_context():
        sid = get_db().execute("SELECT id FROM question_set WHERE title = 'Evil'").fetchone()[0]
    overview = client.get(f"/sets/{sid}")
    question = client.post(f"/sets/{sid}/start", data={"csrf_token": csrf_token(overview)}, follow_redirects=True)
    text = question.get_data(as_text=True)
    assert "<b>one</b>" in text
    for bad in ("<script>alert", "onclick", "onerror", "onmouseover", "javascript:"):
        assert bad not in text


def test_an_xml_entity_bomb_is_refused_cleanly(client, auth, app):
    auth.login("teacher")
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
            '<quiz><question type="truefalse"><questiontext><text>&lol3;</text></questiontext></question></quiz>')
    before = count_sets(app)
    response = post_import(client, question_file=(io.BytesIO(bomb.encode()), "bomb.xml"))
    assert response.status_code == 200
    problems = [li.get_text(" ", strip=True) for li in soup(response).select("ul.problems li")]
    assert problems and problems[0].startswith("bomb.xml:1:")
    assert "lollol" not in response.get_data(as_text=True)
    assert count_sets(app) == before


def test_json_nested_past_what_python_can_parse_is_a_problem_not_a_500(client, auth, app):
    # A new user's walk: 1,000 nested "[" raised RecursionError in json.loads, and the page answered 500.
    auth.login("teacher")
    response = post_import(client, question_file=(io.BytesIO(b"[" * 1000), "deep.json"))
    assert response.status_code == 200
    assert [li.get_text(strip=True) for li in soup(response).select(".problems li")] == [
        "deep.json:1: brackets nested more than 64 deep (column 65); a question file needs a few levels only: check"
        " for a [ or { left unclosed"]


def test_a_file_over_the_size_limit_gets_a_clear_page(client, auth, app):
    auth.login("teacher")
    big = b"::Q:: x {T}\n\n" * (app.config["MAX_CONTENT_LENGTH"] // 12 + 10)
    # A hand-made multipart body: the test client would spool a dict with a big file to a temporary file.
    body = (b'--B\r\nContent-Disposition: form-data; name="question_file"; filename="big.gift"\r\n\r\n'
            + big + b"\r\n--B--\r\n")
    response = client.post("/manage/import", data=body, content_type="multipart/form-data; boundary=B")
    assert response.status_code == 413
    page = soup(response)
    # what to do, and that the typed text is one step back (a new user's walk lost a pasted article here)
    assert "at most" in page.text and "Back" in page.text and page.select_one("a[href='/manage/import']")
    assert "Split the file" in page.text and "Webpage" not in page.text  # (the saved-page advice is for articles)


def test_a_file_under_the_limit_but_over_half_a_megabyte_is_created_after_its_preview(client, auth, app):
    # A new user's walk: the preview of a 600 KB file worked, then "Create the set" (which sends the file's text
    # back in the form) was refused as too large: Werkzeug holds a form field to 500 KB unless told otherwise.
    from werkzeug.test import encode_multipart

    def post_multipart(fields):
        # (as the browser sends the form, which has a file field; built in memory, where the test client's own
        # encoder would spool so large a body to a temporary file it never closes)
        boundary, body = encode_multipart(fields)
        return client.post("/manage/import", data=body, content_type=f"multipart/form-data; boundary={boundary}")

    auth.login("teacher")
    question = "::Q{n}:: " + "Which of these is right? " * 24 + "{{=yes ~no}}\n\n"
    text = "".join(question.format(n=n) for n in range(1000))
    assert 500_000 < len(text.encode()) < app.config["MAX_CONTENT_LENGTH"]
    page = soup(post_multipart({"csrf_token": csrf_token(client.get("/manage/import")), "text": text,
                                "file_format": "auto", "title": "", "check": "Check"}))
    before = count_sets(app)
    created = post_multipart({**hidden_fields(page), "text": box_text(page), "file_format": "auto", "title": "",
                              "publish": "y", "create": "Create the set"})
    assert created.status_code == 302 and count_sets(app) == before + 1


def test_prose_read_as_gift_is_no_set_of_descriptions(client, auth, app):
    # A new user's walk: an article's text imported as GIFT made a set of "0 questions" that could be published.
    auth.login("teacher")
    before = count_sets(app)
    page = soup(post_import(client, text="\nThe Seine flows through Paris.\n\nIt is 777 km long.\n", file_format="gift"))
    assert ("pasted text:2: no questions found, only text with no answers (in GIFT a question's answers go in"
            " { })") in page.text
    assert not page.select("article.preview-question") and count_sets(app) == before
    # A description between questions stays one.
    page = soup(post_import(client, text="Read this first.\n\n::Q:: Paris is in France. {T}\n", file_format="gift"))
    assert len(page.select("article.preview-question")) == 2


def test_a_binary_file_is_refused_with_a_message(client, auth, app):
    auth.login("teacher")
    response = post_import(client, question_file=(io.BytesIO(b"PK\x03\x04\x00\x00binary"), "deck.txt"))
    assert response.status_code == 400
    assert "not a text file" in soup(response).select_one(".error").text


def test_an_empty_file_is_called_empty(client, auth, app):
    """ "cannot tell the file's format" had sent a new user looking for the wrong fault."""
    auth.login("teacher")
    response = post_import(client, question_file=(io.BytesIO(b"\n  \n"), "empty.txt"))
    assert "empty.txt:1: the file is empty" in soup(response).text


def test_text_of_no_known_format_is_told_to_choose_one_by_its_menu_name():
    # "choose the format (json, gift, aiken, moodlexml, csv)" named no entry of the Format menu (a new user's walk)
    from quizapp.errors import QuestionFileError
    from quizapp.importing import read_file_text

    with pytest.raises(QuestionFileError) as caught:
        read_file_text("hello world", "pasted questions")
    [problem] = caught.value.problems
    assert "Moodle XML" in problem and "moodlexml" not in problem


def test_the_form_needs_a_file_or_text(client, auth):
    auth.login("teacher")
    response = post_import(client)
    assert response.status_code == 400
    assert "Upload a file or paste its text." in soup(response).text


def test_import_posts_need_a_csrf_token(client, auth):
    auth.login("teacher")
    response = client.post("/manage/import", data={"text": GOOD_GIFT, "file_format": "gift", "create": "y"})
    assert response.status_code == 400


@pytest.mark.parametrize("url", ["/manage/import", "/manage/sets/{sid}/export/gift"])
def test_students_can_neither_import_nor_export(client, auth, app, url):
    auth.login("student")
    assert client.get(url.format(sid=set_id(app))).status_code == 403
    token = csrf_token(client.get("/"))
    assert client.post("/manage/import", data={"csrf_token": token, "text": GOOD_GIFT, "create": "y"}).status_code == 403


def test_the_set_page_offers_every_export_and_says_what_is_left_out(client, auth, app):
    auth.login("teacher")
    page = soup(client.get(f"/manage/sets/{set_id(app)}"))
    items = {li.a.get_text(strip=True) if li.a else li.get_text(" ", strip=True): li.get_text(" ", strip=True)
             for li in page.select(".export-list li")}
    assert set(items) >= {f.label for f in formats.FORMATS.values() if f.name != "aiken"}
    aiken = next(text for text in items.values() if text.startswith("Aiken"))
    assert "single-answer multiple choice" in aiken
    # what a format loses of the questions it holds is said too (a new user's walk: source sentences, points and
    # the quiz's settings had gone unsaid)
    gift = next(text for text in items.values() if text.startswith("Moodle GIFT"))
    assert "leaves out" in gift and "the sentence each question came from" in gift, gift
    assert "leaves out" not in items["quizapp JSON"]


def test_the_export_list_says_which_questions_a_format_leaves_out_and_what_anki_loses(client, auth, app):
    # A new user's walk: the CSV line was one run-on sentence of kinds ("CSV cannot hold true/false questions (...);
    # CSV holds only flashcards...; left out as it accepts more than one answer...") that never said which questions;
    # and the Anki line said nothing of the question names, partly right answers and feedback a deck loses.
    auth.login("teacher")
    text = ("::Capital:: Capital of France? {=Paris ~Lyon#Second city.}\n\n::Sky:: The sky is blue. {T}\n\n"
            "::Four:: Two plus two? {=four =4 =%50%for}\n\n::Pi:: Pi to two places? {#3.14}\n\n::Sea:: The sea is dry. {F}\n")
    page = soup(post_import(client, text=text, title="Export list"))
    created = client.post("/manage/import", data={**hidden_fields(page), "text": box_text(page), "file_format": "auto",
                                                  "title": "Export list", "publish": "y", "create": "Create the set"})
    listed = soup(client.get(created.headers["Location"]))
    items = [" ".join(li.get_text(" ", strip=True).split()) for li in listed.select(".export-list li")]
    csv = next(item for item in items if item.startswith("CSV"))
    assert csv == ("CSV / TSV (Quizlet, Anki, spreadsheets) – 1 of 5 questions (questions 2 and 5: true/false; question"
                   " 3: more than one accepted answer; question 4: numerical) – leaves out feedback on options and"
                   " answers and question names"), csv
    anki = next(item for item in items if item.startswith("Anki"))
    assert anki == ("Anki deck (.apkg) – leaves out feedback on wrong options and other answers, answers worth part of"
                    " the marks (such as 50%) and question names"), anki


@pytest.mark.parametrize("fmt", [name for name in formats.FORMATS])
def test_export_downloads_a_file_that_reads_back(client, auth, app, fmt):
    auth.login("teacher")
    response = client.get(f"/manage/sets/{set_id(app)}/export/{fmt}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    if formats.FORMATS[fmt].readable:
        back = formats.read(response.get_data(as_text=True), fmt, f"export.{fmt}")
        assert len(back.questions) >= 1
    else:
        assert response.data[:2] == b"PK"  # a zip: Anki's .apkg


def test_an_export_s_file_name_keeps_accented_letters_without_their_accents():
    # A new user's walk: "Ünïcode ✓" had become "-n-code.json".
    from quizapp.exporting import file_stem

    assert file_stem("Quiz: Ünïcode ✓") == "quiz-unicode"
    assert file_stem("Zürich – Genève") == "zurich-geneve"
    assert file_stem("日本語 テスト") == "set"


def test_export_of_an_unknown_format_is_404(client, auth, app):
    auth.login("teacher")
    assert client.get(f"/manage/sets/{set_id(app)}/export/docx").status_code == 404


def test_only_the_text_that_was_previewed_is_created(client, auth, app):
    auth.login("teacher")
    page = soup(post_import(client, text=GOOD_GIFT, file_format="gift"))
    before = count_sets(app)
    edited = box_text(page).replace("{T}", "{F}")
    response = client.post("/manage/import", data={
        **hidden_fields(page), "text": edited, "file_format": "gift", "title": "", "publish": "y", "create": "Create",
    })
    assert response.status_code == 200 and count_sets(app) == before
    assert "The text changed since the last preview" in response.get_data(as_text=True)
    again = soup(response)
    created = client.post("/manage/import", data={
        **hidden_fields(again), "text": box_text(again), "file_format": "gift", "title": "", "publish": "y",
        "create": "Create",
    })
    assert created.status_code == 302 and count_sets(app) == before + 1


def test_a_pasted_set_without_a_name_is_called_imported_questions(client, auth):
    auth.login("teacher")
    page = soup(post_import(client, text=GOOD_GIFT, file_format="gift"))
    assert page.h1.get_text(strip=True) == "Preview: Imported questions"


def test_the_preview_shows_every_feedback(client, auth):
    auth.login("teacher")
    text = "Paris is in France. {TRUE#Look again#Yes indeed}\n\nName it. {=Paris#Good! =%50%paris city#Half}\n"
    page = soup(post_import(client, text=text, file_format="gift"))
    words = page.select_one("main").get_text(" ", strip=True)
    for feedback in ("Look again", "Yes indeed", "Good!", "Half"):
        assert feedback in words


def test_an_excel_unicode_text_file_imports(client, auth):
    auth.login("teacher")
    tsv = "Question\tAnswer\nCapital of Italy?\tRome\n".encode("utf-16")
    page = soup(post_import(client, question_file=(io.BytesIO(tsv), "cards.txt")))
    assert len(page.select("article.preview-question")) == 1


def test_student_pages_never_show_question_names(client, auth, app):
    """Question names (Moodle's) are labels for teachers and can give the answer away."""
    auth.login("teacher")
    page = soup(post_import(client, text="::Answer is Paris::Capital of France? {=Paris ~Lyon}\n", file_format="gift",
                            title="Named"))
    client.post("/manage/import", data={**hidden_fields(page), "text": box_text(page), "file_format": "gift",
                                        "title": "Named", "publish": "y", "create": "Create"})
    with app.app_context():
        sid = get_db().execute("SELECT id FROM question_set WHERE title = 'Named'").fetchone()[0]
    auth.logout()
    auth.login("student")
    overview = client.get(f"/sets/{sid}")
    question = client.post(f"/sets/{sid}/start", data={"csrf_token": csrf_token(overview)}, follow_redirects=True)
    assert "Capital of France?" in question.get_data(as_text=True)
    assert "Answer is Paris" not in question.get_data(as_text=True)


def test_publishing_stays_the_default_after_fixing_a_problem(client, auth):
    auth.login("teacher")
    problems = soup(post_import(client, text=BAD_GIFT, file_format="gift"))
    assert problems.select("ul.problems li")
    fixed = BAD_GIFT.replace("~b\n", "~b}\n").replace("=b}", "=b -> 2}")
    preview = soup(client.post("/manage/import", data={
        **hidden_fields(problems), "text": fixed, "file_format": "gift", "title": "", "check": "Check"}))
    assert preview.select_one("input[name=publish]").has_attr("checked")
    # Unticked by the teacher on the preview, it stays unticked when they check again.
    again = soup(client.post("/manage/import", data={
        **hidden_fields(preview), "text": fixed, "file_format": "gift", "title": "", "check": "Check"}))
    assert not again.select_one("input[name=publish]").has_attr("checked")


def test_exporting_to_a_format_that_holds_none_of_the_questions_says_so(client, auth, app):
    from quizapp.db import transaction
    from quizapp.formats import json_format
    from quizapp.loader import store_set

    with app.app_context():
        db = get_db()
        with transaction(db):
            store_set(db, "essays", json_format.QuestionSet(
                title="Essays only", questions=[{"type": "essay", "prompt": "Discuss the merger."}]), "test")
    auth.login("teacher")
    response = client.get(f"/manage/sets/{set_id(app, 'essays')}/export/aiken", follow_redirects=True)
    assert response.status_code == 200
    assert "No question in this set can be written as Aiken." in response.get_data(as_text=True)
    assert client.get(f"/manage/sets/{set_id(app, 'essays')}/export/gift").headers["X-Content-Type-Options"] == "nosniff"


def test_naming_the_set_below_its_preview_creates_it_under_that_name(client, auth, app):
    # A new user's walk: the name typed under the preview made "The text changed since the last preview"
    auth.login("teacher")
    page = soup(post_import(client, text=GOOD_GIFT, file_format="gift"))
    response = client.post("/manage/import", data={
        **hidden_fields(page), "text": box_text(page), "file_format": "gift", "title": "Week 2: France",
        "publish": "y", "create": "Create"})
    assert response.status_code == 302
    with app.app_context():
        assert get_db().execute("SELECT title FROM question_set ORDER BY id DESC").fetchone()[0] == "Week 2: France"


def test_creating_twice_from_one_preview_makes_one_set(client, auth, app):
    # A new user's walk: a double click, or Back and "Create the set" again, made two sets of the same questions
    auth.login("teacher")
    page = soup(post_import(client, text=GOOD_GIFT, file_format="gift"))
    before = count_sets(app)
    data = {**hidden_fields(page), "text": box_text(page), "file_format": "gift", "title": "", "publish": "y",
            "create": "Create"}
    first, second = client.post("/manage/import", data=data), client.post("/manage/import", data=data)
    assert first.status_code == second.status_code == 302
    assert first.headers["Location"] == second.headers["Location"] and count_sets(app) == before + 1
    assert "created already" in client.get(second.headers["Location"]).get_data(as_text=True)
    # A new preview of the same text is a new copy, made on purpose
    again = soup(post_import(client, text=GOOD_GIFT, file_format="gift"))
    third = client.post("/manage/import", data={**data, **hidden_fields(again)})
    assert third.status_code == 302 and third.headers["Location"] != first.headers["Location"]
    assert count_sets(app) == before + 2


def test_a_set_of_one_question_says_one_question(client, auth, app):
    # A new user's walk: "1 questions" on the set's page and on its review page.
    auth.login("teacher")
    page = soup(post_import(client, text="::Q:: Paris is in France. {T}\n", file_format="gift"))
    created = client.post("/manage/import", data={
        **hidden_fields(page), "text": box_text(page), "file_format": "gift", "title": "One", "publish": "y",
        "create": "Create"})
    for url in (created.headers["Location"], created.headers["Location"].replace("/manage/sets/", "/manage/articles/")):
        text = " ".join(soup(client.get(url, follow_redirects=True)).text.split())
        assert "1 question ·" in text and "1 questions" not in text, url
