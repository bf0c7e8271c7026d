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


def test_a_time_counted_from_the_sentence_before_leans_on_it_but_not_on_its_own_sentence_s():
    raw = ("Audit finds exam scores altered\n\nA university suspended two admissions staff on Friday after an audit "
           "found that test scores had been altered, the university said.\n\nThe scheme came to light in February, "
           "when a junior clerk reported unusual changes to several records. Hollis Grant was hired a week later and "
           "reviewed more than 14,000 applications.\n\nThe oldest records were written in 1998, and moved to a new "
           "system two years later. The university has about 38,000 students.")
    led = [stem for stem in stems_made(raw, "14,000") if "a week later" in stem]
    assert led and all(": The scheme came to light in February, when" in stem for stem in led), led
    # "written in _____, and moved ... two years later": the sentence gives its own time
    assert any(stem.startswith("Fill in the blank: The oldest records were written in _____")
               for stem in stems_made(raw, "1998")), stems_made(raw)


def test_in_this_way_leans_on_the_sentence_before():
    raw = ("Cheese name dispute\n\nAn Italian consortium applied last year for Protected Designation of Origin status "
           "for Montebris, a hard mountain cheese made by 41 dairies in the Friuli Venezia Giulia region of Italy and "
           "by 17 small dairies across the border in Slovenia.\n\nChampagne and Roquefort are among the more than "
           "1,600 foods and drinks already protected in this way.")
    assert not [stem for stem in stems_made(raw, "1,600") if "the way" in stem or "this way" in stem]


def test_it_after_its_own_subject_s_its_stands_alone():
    # "A ... satellite fired its thrusters ... to pass within _____ of it": "its" already meant the subject
    raw = ("Satellite dodges debris\n\nDARMSTADT, Germany - A European weather satellite fired its thrusters on "
           "Tuesday to avoid a piece of rocket debris that had been predicted to pass within 38 metres of it, the "
           "operator said on Wednesday.\n\nThe satellite, Meridian-4, cost 220 million euros to build and launch.")
    assert any("within _____ of it" in stem for stem in stems_made(raw, "38 metres")), stems_made(raw)
