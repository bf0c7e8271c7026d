"""Editing one question keeps what the form cannot show: a file's partial credit, penalties, per-answer feedback,
"any other answer" and a numerical question's other answers. Saving a question unchanged changes nothing."""

import io
import json

from werkzeug.datastructures import MultiDict

from quizapp.db import get_db
from tests.conftest import csrf_token, soup
from tests.test_imports_web import box_text, hidden_fields, post_import

# A new user's walk: opening each of these and pressing "Save question" made the "*" catch-all accept anything,
# the penalty nothing (ticking every colour scored full marks), "=A ~%25%B" a two-answer question and the
# numerical's half-credit range and feedback gone.
CREDIT_GIFT = """::SA partial::Who painted the Mona Lisa? {
=Leonardo da Vinci
=%50%Leonardo#Give the full name
=%0%*#No, it was Leonardo da Vinci
}

::Colours::Which are primary colours? {
~%50%Red
~%50%Blue
~%-100%Green
}

::Partial MC::Which is the largest planet? {=Jupiter ~%25%Saturn ~Mars}

::Pi::Give pi to two decimal places. {#
=3.14:0.005
=%50%3.1:0.05#Close
=%0%*#Pi is about 3.14
}
"""


def imported_questions(client, app):
    """Import CREDIT_GIFT as a new set: (set id, [(question id, question)])."""
    page = soup(post_import(client, question_file=(io.BytesIO(CREDIT_GIFT.encode()), "credit.gift")))
    created = client.post("/manage/import", data={**hidden_fields(page), "text": box_text(page), "file_format": "auto",
                                                  "title": "", "publish": "y", "create": "Create the set"})
    assert created.status_code == 302
    return stored(app)


def stored(app):
    with app.app_context():
        set_id = get_db().execute("SELECT MAX(id) FROM question_set").fetchone()[0]
        rows = get_db().execute("SELECT id, data FROM question WHERE set_id = ? AND retired = 0 ORDER BY position",
                                (set_id,)).fetchall()
    return set_id, [(row["id"], json.loads(row["data"])) for row in rows]


def as_submitted(page):
    """The edit form's fields as a browser submits them untouched: (name, value) pairs."""
    form = page.select_one("#prompt").find_parent("form")
    fields = []
    for field in form.select("input, textarea"):
        kind = field.get("type", "text")
        if field.name == "textarea":
            fields.append((field["name"], field.text.removeprefix("\n")))
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                fields.append((field["name"], field.get("value", "on")))
        elif kind != "submit" and field.has_attr("name"):
            fields.append((field["name"], field.get("value", "")))
    return fields


def test_saving_a_question_unchanged_changes_nothing_of_its_grading(client, auth, app):
    auth.login("teacher")
    set_id, before = imported_questions(client, app)
    assert [q["type"] for _id, q in before] == ["short_answer", "multiple_choice", "multiple_choice", "numerical"]
    for question_id, _question in before:
        url = f"/manage/articles/{set_id}/questions/{question_id}"
        response = client.post(url, data=MultiDict(as_submitted(soup(client.get(url)))))
        assert response.status_code == 302, soup(response).select_one(".error-box")
    _set_id, after = stored(app)
    assert [q for _id, q in after] == [q for _id, q in before]


def test_the_edit_form_says_what_credit_it_keeps(client, auth, app):
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    texts = [soup(client.get(f"/manage/articles/{set_id}/questions/{qid}")).select_one("main").text for qid, _q in questions]
    assert "Leonardo: 50%" in texts[0] and "any other answer: 0%" in texts[0]
    assert "Green: -100%" in texts[1]
    assert "Saturn: 25%" in texts[2]
    assert "3.1 ± 0.05: 50%" in texts[3]


def test_an_edit_that_changes_the_right_choices_shares_the_credit_and_keeps_penalties(client, auth, app):
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    url = f"/manage/articles/{set_id}/questions/{questions[1][0]}"
    data = dict(as_submitted(soup(client.get(url))))
    data["correct"] = "0"  # Red alone is right: Blue now gives nothing, and Green still takes everything away
    assert client.post(url, data=data).status_code == 302
    colours = stored(app)[1][1][1]
    assert [c["weight"] for c in colours["choices"]] == [1, 0, -1] and not colours.get("multiple")
    url = f"/manage/articles/{set_id}/questions/{stored(app)[1][1][0]}"  # (a saved question is a new row)
    fields = [*data.items(), ("correct", "1"), ("correct", "2")]  # all three ticked right: equal shares
    assert client.post(url, data=MultiDict(fields)).status_code == 302
    colours = stored(app)[1][1][1]
    weights = [c["weight"] for c in colours["choices"]]
    assert colours.get("multiple") and sum(weights) == 1 and all(abs(w - 1 / 3) < 1e-5 for w in weights)


def test_ticking_a_second_right_choice_makes_the_wrong_ones_cost_so_ticking_all_scores_nothing(client, auth, app):
    # A new user's walk: two right choices at 50% and a wrong one at 0%, so ticking every box scored full marks.
    from quizapp.grading import grade

    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    url = f"/manage/articles/{set_id}/questions/{questions[2][0]}"  # Jupiter right, Saturn 25%, Mars 0%
    fields = [(name, value) for name, value in as_submitted(soup(client.get(url))) if name != "correct"]
    fields += [("correct", "0"), ("correct", "2")]  # Jupiter and Mars ticked right, Saturn not
    assert client.post(url, data=MultiDict(fields)).status_code == 302
    planets = stored(app)[1][2][1]
    assert planets.get("multiple") and [c["weight"] for c in planets["choices"]] == [0.5, -1, 0.5]
    assert grade(planets, [0, 1, 2]).fraction == 0 and grade(planets, [0, 2]).fraction == 1
    page = soup(client.get(f"/manage/articles/{set_id}/questions/{stored(app)[1][2][0]}")).select_one("main").text
    assert "Saturn: -100%" in page  # the teacher is told the penalty


def test_an_imported_question_that_ticks_all_for_full_marks_is_told_and_saved_with_penalties(client, auth, app):
    # A review: the import warned of it, but the editor kept it so on a save and said nothing beside the form.
    from quizapp.grading import grade

    auth.login("teacher")
    gift = "::Cells::Which are molecules? {~%50%DNA ~%50%ATP ~Glucose}\n"
    page = soup(post_import(client, question_file=(io.BytesIO(gift.encode()), "bio.gift")))
    assert client.post("/manage/import", data={**hidden_fields(page), "text": box_text(page), "file_format": "auto",
                                               "title": "", "publish": "y", "create": "Create the set"}).status_code == 302
    set_id, questions = stored(app)
    url = f"/manage/articles/{set_id}/questions/{questions[0][0]}"
    form = soup(client.get(url))
    assert "ticking every box scores full marks" in form.select_one("main").text
    assert client.post(url, data=MultiDict(as_submitted(form))).status_code == 302
    cells = stored(app)[1][0][1]
    assert [c["weight"] for c in cells["choices"]] == [0.5, 0.5, -1]
    assert grade(cells, [0, 1, 2]).fraction == 0 and grade(cells, [0, 1]).fraction == 1


def test_feedback_written_for_the_other_right_answer_goes_when_it_changes(client, auth, app):
    # A new user's walk: answers flipped in the editor kept their file's feedback, so students read "Correct" beside
    # "Wrong: about two thirds of fresh water is frozen."
    from quizapp.grading import grade

    auth.login("teacher")
    gift = ("::Ice::About two thirds of fresh water is frozen. {TRUE#Wrong: about two thirds is frozen.#Right.}\n\n"
            "::Cloud::Which process forms clouds? {=condensation ~evaporation#No: evaporation makes the vapour.}\n")
    page = soup(post_import(client, question_file=(io.BytesIO(gift.encode()), "water.gift")))
    assert client.post("/manage/import", data={**hidden_fields(page), "text": box_text(page), "file_format": "auto",
                                               "title": "", "publish": "y", "create": "Create the set"}).status_code == 302
    set_id, [(ice_id, _), (cloud_id, _)] = stored(app)
    url = f"/manage/articles/{set_id}/questions/{ice_id}"
    fields = dict(as_submitted(soup(client.get(url))))
    saved = client.post(url, data={**fields, "prompt": "Most fresh water is in rivers and lakes.", "answer": "false"})
    assert saved.status_code == 302
    ice = stored(app)[1][0][1]
    assert "feedback_true" not in ice and "feedback_false" not in ice and grade(ice, False).feedback == ""
    told = soup(client.get(saved.headers["Location"])).select_one(".flashes").text
    assert "feedback written for “True” and “False” was removed" in told
    url = f"/manage/articles/{set_id}/questions/{cloud_id}"
    fields = [(name, value) for name, value in as_submitted(soup(client.get(url))) if name != "correct"]
    assert client.post(url, data=MultiDict([*fields, ("correct", "1")])).status_code == 302  # evaporation right now
    cloud = stored(app)[1][1][1]
    assert [c.get("feedback") for c in cloud["choices"]] == [None, None]


def test_a_half_written_pair_is_named_marked_and_kept_to_finish(client, auth, app):
    # An accessibility audit: "Fill in both sides of each pair" said not which, marked no box, and the half typed was
    # gone from the form shown again.
    auth.login("teacher")
    gift = "::Capitals::Match each country to its capital. {\n=France -> Paris\n=Italy -> Rome\n=Spain -> Madrid\n}\n"
    page = soup(post_import(client, question_file=(io.BytesIO(gift.encode()), "capitals.gift")))
    assert client.post("/manage/import", data={**hidden_fields(page), "text": box_text(page), "file_format": "auto",
                                               "title": "", "publish": "y", "create": "Create the set"}).status_code == 302
    set_id, [(question_id, _question)] = stored(app)
    url = f"/manage/articles/{set_id}/questions/{question_id}"
    fields = [(name, value) for name, value in as_submitted(soup(client.get(url))) if name not in ("right-1", "prompt")]
    refused = client.post(url, data=MultiDict([*fields, ("right-1", ""), ("prompt", "")]))
    page = soup(refused)
    assert refused.status_code == 400 and page.select_one("#left-1")["value"] == "Italy"  # kept, to finish
    box = page.select_one("#right-1")
    problem = page.select_one("#" + box["aria-describedby"])
    assert box["aria-invalid"] == "true" and "Item 2: write what “Italy” matches" in problem.text
    assert page.select_one("#prompt")["aria-invalid"] == "true"  # "Write the question.", beside its box too
    assert page.select_one("label[for=right-0]").text == "Item 1 matches"
    # refused again, the form has as many boxes as before (a review: each refusal had added two)
    boxes = len(page.select("input[id^=left-]"))
    again = soup(client.post(url, data=MultiDict([*fields, ("right-1", ""), ("prompt", "")])))
    assert len(again.select("input[id^=left-]")) == boxes
    # with an empty pair before it, the problem still names the box it is about (a review: packed, it had not)
    fields = [(name, value) for name, value in as_submitted(soup(client.get(url))) if name not in ("left-1", "right-1",
                                                                                              "right-2")]
    page = soup(client.post(url, data=MultiDict([*fields, ("left-1", ""), ("right-1", ""), ("right-2", "")])))
    box = page.select_one("#right-2")
    assert box["aria-invalid"] == "true" and page.select_one("#left-2")["value"] == "Spain" and box["value"] == ""


def test_a_short_answer_keeps_each_unchanged_answer_s_credit_and_feedback(client, auth, app):
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    url = f"/manage/articles/{set_id}/questions/{questions[0][0]}"
    data = dict(as_submitted(soup(client.get(url))))
    data["answers"] = "Leonardo da Vinci\nLeonardo\nda Vinci\n*"
    assert client.post(url, data=data).status_code == 302
    answers = stored(app)[1][0][1]["answers"]
    assert [(a["text"], a.get("weight", 1), a.get("feedback")) for a in answers] == [
        ("Leonardo da Vinci", 1, None), ("Leonardo", 0.5, "Give the full name"), ("da Vinci", 1, None),
        ("*", 0, "No, it was Leonardo da Vinci")]


def test_a_refused_numerical_edit_comes_back_as_typed_and_a_decimal_comma_is_read(client, auth, app):
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    url = f"/manage/articles/{set_id}/questions/{questions[3][0]}"
    data = dict(as_submitted(soup(client.get(url))))
    refused = client.post(url, data={**data, "value": "abc", "tolerance": "-1"})
    assert refused.status_code == 400
    page = soup(refused)
    assert page.select_one("#value")["value"] == "abc" and page.select_one("#tolerance")["value"] == "-1"
    # each box marked and pointed at its own problem, which links back to it (an accessibility audit)
    for box, said in (("#value", "answer “abc”"), ("#tolerance", "tolerance “-1”")):
        problem = page.select_one("#" + page.select_one(box)["aria-describedby"])
        assert page.select_one(box)["aria-invalid"] == "true" and said in problem.text, box
        assert problem.a["href"] == box and problem.find_parent(id="edit-problems")
    # A figure that reads two ways is the teacher's to decide, not saved as the first reading (a review)
    twice = client.post(url, data={**data, "value": "1,414", "tolerance": "0"})
    assert twice.status_code == 400 and "1414 or as 1.414" in soup(twice).select_one("#edit-problems").text
    assert client.post(url, data={**data, "value": "3,14", "tolerance": "0,01"}).status_code == 302
    answers = stored(app)[1][3][1]["answers"]
    assert (answers[0]["value"], answers[0]["tolerance"]) == (3.14, 0.01)
    assert answers[1:] == questions[3][1]["answers"][1:]  # the half-credit range and the "*" stay


def test_csrf_is_still_needed(client, auth, app):
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    url = f"/manage/articles/{set_id}/questions/{questions[0][0]}"
    data = dict(as_submitted(soup(client.get(url))))
    data.pop("csrf_token")
    assert client.post(url, data=data).status_code == 400
    assert csrf_token(client.get(url))


def test_an_imported_set_s_questions_are_edited_from_its_page_and_a_removal_is_undone(client, auth, app):
    # A new user's walk: only generated sets linked the page that edits and removes questions, and there a removal
    # from an imported set had no way back.
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    review = f"/manage/articles/{set_id}"
    assert soup(client.get(f"/manage/sets/{set_id}")).find("a", href=review, string="edit or remove questions")
    assert soup(client.get("/manage/")).find("a", href=review)
    page = soup(client.get(review))
    assert not page.select(".article-text") and len(page.select(".generated-list > li")) == 4
    removed = client.post(f"{review}/questions/{questions[1][0]}/remove", data={"csrf_token": csrf_token(
        client.get(review))})
    page = soup(client.get(removed.headers["Location"]))
    assert "listed first under the questions removed" in page.text
    assert [q for _id, q in stored(app)[1]] == [questions[0][1], questions[2][1], questions[3][1]]
    spare = page.select_one(".spare-list input[name=spare]")["value"]
    assert page.select_one("#spares-heading").text.startswith("Removed")
    added = client.post(f"{review}/spares/add", data={"csrf_token": csrf_token(client.get(review)), "spare": spare})
    assert added.status_code == 302
    back = [q for _id, q in stored(app)[1]][-1]
    assert {k: v for k, v in back.items() if k != "id"} == questions[1][1]  # its credit and all, at the end


def test_a_reworded_choice_keeps_its_credit_and_the_question_stays_single_answer(client, auth, app):
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    url = f"/manage/articles/{set_id}/questions/{questions[2][0]}"  # =Jupiter ~%25%Saturn ~Mars
    fields = [(name, "Jupiter, the gas giant" if name == "choice-0" else value)
              for name, value in as_submitted(soup(client.get(url)))]
    assert client.post(url, data=MultiDict(fields)).status_code == 302
    planets = stored(app)[1][2][1]
    assert [(c["text"], c["weight"]) for c in planets["choices"]] == [
        ("Jupiter, the gas giant", 1), ("Saturn", 0.25), ("Mars", 0)] and not planets.get("multiple")


def test_an_empty_question_is_told_once(client, auth, app):
    # A new user's walk: "This field is required", "must not be empty" and "must not be blank" for one empty box
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    url = f"/manage/articles/{set_id}/questions/{questions[1][0]}"
    data = dict(as_submitted(soup(client.get(url))))
    page = soup(client.post(url, data={**data, "prompt": "  "}))
    assert [li.text for li in page.select("#edit-problems li")] == ["Write the question."]
    assert "This field is required" not in page.text


def test_a_question_s_number_follows_the_end_of_its_source():
    from quizapp.editing import highlight

    # A new user's walk: a source of two sentences had its number after the first, so the second, unnumbered, read as
    # belonging to the next question's number just after it
    text = "The grant is 6.5 million. The rest is a loan. Doyle said it was good."
    doyle = text.index("Doyle")
    questions = [{"source": {"start": 0, "end": doyle - 1}}, {"source": {"start": doyle, "end": len(text)}}]
    pieces = [piece for paragraph in highlight(text, questions) for piece in paragraph]
    assert [(piece_text, refs) for piece_text, _numbers, _anchors, refs in pieces if refs] == [
        ("The grant is 6.5 million. The rest is a loan.", [1]), ("Doyle said it was good.", [2])]
    # two questions on one sentence, one of them on the sentence before too: each number where its source ends
    questions = [{"source": {"start": 0, "end": doyle - 1}}, {"source": {"start": text.index("The rest"), "end": doyle - 1}}]
    pieces = [piece for paragraph in highlight(text, questions) for piece in paragraph]
    assert [(piece_text, refs) for piece_text, _numbers, _anchors, refs in pieces if refs] == [
        ("The rest is a loan.", [1, 2])]
    # a source that runs on into the next paragraph: numbered at the end of each of its paragraphs (its first part
    # had none, a new user's walk)
    text = "Councillor Nabukenya said the plan was late.\n\nShe said the drains would help. Other news."
    end = text.index(" Other")
    pieces = [piece for paragraph in highlight(text, [{"source": {"start": 0, "end": end}}]) for piece in paragraph]
    assert [(piece_text, refs) for piece_text, _numbers, _anchors, refs in pieces if refs] == [
        ("Councillor Nabukenya said the plan was late.", [1]), ("She said the drains would help.", [1])]


def test_two_questions_removed_from_an_imported_set_both_wait_to_come_back(client, auth, app):
    # (a removed question is named by its content, not an "id" an imported question lacks: a second removal must not
    # push the first out of the list)
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    review = f"/manage/articles/{set_id}"
    for question_id, _question in questions[:2]:
        client.post(f"{review}/questions/{question_id}/remove", data={"csrf_token": csrf_token(client.get(review))})
    keys = [i["value"] for i in soup(client.get(review)).select(".spare-list input[name=spare]")]
    assert len(keys) == len(set(keys)) == 2


def test_an_option_of_thousands_of_characters_is_refused_with_its_length(client, auth, app):
    # A new user's walk: a 5,000-character choice was saved and filled the review page.
    auth.login("teacher")
    set_id, questions = imported_questions(client, app)
    url = f"/manage/articles/{set_id}/questions/{questions[1][0]}"
    data = dict(as_submitted(soup(client.get(url))))
    data["choice-0"] = "Red " * 1250
    response = client.post(url, data=data)
    assert response.status_code == 400
    assert "Keep each option or answer to 1,000 characters; one has 4,999" in soup(response).text
    assert [q for _id, q in stored(app)[1]] == [q for _id, q in questions]
