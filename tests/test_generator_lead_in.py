"""A stem that leans on the sentence before it ("over the same period", "It will ...", "since then") is asked after
that sentence, as the article has it, where that sentence stands alone; otherwise not at all. Each on an article
written for it."""

from tests.test_generator_lures import stems_made

LAKE = ("Lake clean-up cuts algae blooms\n\nVolunteers on Lake Orvasz have cleared invasive weed from the shallows "
        "for three summers, the regional water board said on Monday.\n\nIn a survey carried out in August, 64 percent "
        "of the replanted reed beds had survived, the board said in a report. Algae blooms on the lake fell by about 38 "
        "percent over the same period.\n\nThe board plans to extend the work to two more lakes next year.")


def test_a_stem_that_leans_on_the_sentence_before_comes_after_it():
    stems = [stem for stem in stems_made(LAKE, "38 percent") if "same period" in stem]
    assert stems, stems_made(LAKE)
    assert all(stem.startswith("Fill in the blank: In a survey carried out in August, 64 percent of the replanted reed "
                               "beds had survived, the board said in a report. Algae blooms on the lake fell by about _____ over "
                               "the same period.") for stem in stems), stems


def test_a_quotation_or_a_sentence_that_leans_itself_is_no_lead_in():
    quoted = LAKE.replace("In a survey carried out in August, 64 percent of the replanted reed beds had survived, the "
                          "board said in a report.", '"The reeds are back, and the fish will follow," the board said.')
    assert not [stem for stem in stems_made(quoted, "38 percent") if "same period" in stem]
    leaning = LAKE.replace("In a survey carried out in August, 64 percent", "Since then, 64 percent")
    assert not [stem for stem in stems_made(leaning, "38 percent") if "same period" in stem]


def test_a_led_in_question_is_weighed_after_those_that_stand_alone(monkeypatch):
    """Its lead-in prints the sentence before's facts: it is chosen after the questions that stand alone, where it
    gives none of theirs away (set 9's planet: one led-in stem had cost three questions on its lead-in's facts)."""
    from quizapp.generator import pipeline

    def led_in_scores():
        made = pipeline.candidates_of(pipeline.read_article(LAKE, False))
        return [c.score for c in made.candidates if made.maker.led_in(c)]
    weighed = led_in_scores()
    monkeypatch.setattr(pipeline, "LED_IN_COST", 0)
    unweighed = led_in_scores()
    assert weighed
    assert all(a < b for a, b in zip(weighed, unweighed, strict=True))


def test_a_stem_opening_on_a_person_s_name_keeps_her():
    raw = ("Night-shift study finds higher diabetes risk\n\nNurses who worked nights for more than ten years had a 30 "
           "percent higher risk of type 2 diabetes, Danish researchers said on Tuesday.\n\nThe study was led by Mette "
           "Andersen, an epidemiologist at Aarhus University. Andersen said her team now plans a trial involving about "
           "400 hospital staff in Aarhus and Aalborg that is due to start in the autumn.")
    assert any(stem.startswith("Fill in the blank: Andersen said her team now plans a trial involving about _____ hospital staff")
               for stem in stems_made(raw, "400")), stems_made(raw)
