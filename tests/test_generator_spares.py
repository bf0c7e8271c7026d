"""The questions a generated set leaves out, offered to the instructor beside it (Generated.spares)."""

from quizapp.generator.pipeline import generate_question_set
from quizapp.generator.shown import normal, right_texts
from quizapp.generator.stems import leaks
from tests.test_generator_importance import FACTORY, MARATHON


def test_what_the_importance_cut_leaves_out_is_offered():
    generated = generate_question_set(FACTORY, spares=10)
    kept = [text for q in generated.question_set.questions for text in right_texts(q)]
    offered = [text for q in generated.spares for text in right_texts(q)]
    # where the pack site is: trivia, but the teacher's call
    assert "40 kilometres" not in kept and "40 kilometres" in offered


def test_no_spare_asks_again_or_gives_away_what_the_set_asks():
    generated = generate_question_set(MARATHON, max_questions=5, spares=10)
    questions = generated.question_set.questions
    assert 1 <= len(generated.spares) <= 10
    asked = {normal(text) for q in questions for text in right_texts(q)}
    for spare in generated.spares:
        assert not {normal(text) for text in right_texts(spare)} & asked, spare["prompt"]
        assert not any(leaks(spare["prompt"], text) for q in questions for text in right_texts(q)), spare["prompt"]
        assert not any(leaks(q["prompt"], text) for q in questions for text in right_texts(spare)), spare["prompt"]
    assert generate_question_set(MARATHON).spares == []  # only when asked for


KOTOR = ('Harbour town bans cruise ships over 3,000 passengers\n\n'
         'KOTOR, Montenegro - The Adriatic town of Kotor will ban cruise ships carrying more than 3,000 '
         'passengers from its bay from next April, the town council said on Tuesday, after residents '
         'complained that crowds were driving them out of the medieval old town.\n\n'
         'The council voted 19 to 4 for the limit, which will also cap the number of ships at two a day. Last '
         'year 612 cruise ships called at Kotor, bringing about 480,000 passengers to a town of 13,000 people.'
         '\n\n'
         'Mayor Vladimir Jokic said the town would lose about 2.5 million euros a year in port fees. "We would'
         ' rather earn less than become a theme park," he said.\n\n'
         'The Cruise Lines International Association, which represents the industry, said it was disappointed.'
         ' Its regional director, Marta Pelle, said the decision would hurt shops and tour guides who depend '
         'on visitors. "Ships bring jobs, and the town will feel the loss," she said.\n\n'
         "Residents' group Stari Grad Zivi collected 4,200 signatures for a limit. Its founder, Ana Vukovic, "
         'said the vote was "a first step". Since then, the group has asked for a tourist tax of 5 euros a '
         'day.')


def test_no_spare_asks_who_a_person_the_matching_pairs_is():
    """"Who is Stari Grad Zivi's founder?" beside the people's matching that pairs Ana Vukovic so: added back, it was
    answered by the matching's feedback (a new user's find)."""
    generated = generate_question_set(KOTOR, spares=10)
    matched = [pair for q in generated.question_set.questions if q["type"] == "matching" for pair in q["pairs"]]
    assert any(pair["left"] == "Ana Vukovic" for pair in matched), generated.question_set.questions
    assert not [spare["prompt"] for spare in generated.spares if "founder" in spare["prompt"]]


BATTERY_PLANT = "\n\n".join([
    'Harbor Cell Energy to open $1.2 billion battery plant in Greenville',
    'GREENVILLE, South Carolina, March 14, 2025 — Harbor Cell Energy said on Friday it will build a $1.2 '
    'billion battery factory on the northern edge of Greenville, creating about 1,800 jobs over the next five'
    ' years.',
    'The plant, which the company calls Greenville Works, will make lithium iron phosphate cells for electric'
    ' delivery vans and home storage systems. Construction is scheduled to begin in June, and the first cells'
    ' are expected to leave the line in the autumn of 2027.',
    '"Greenville gives us the workforce, the rail links and the power we need to grow," said Maria Okafor, '
    'chief executive of Harbor Cell Energy. "We looked at eleven sites in four states, and this one was the '
    'clear winner."',
    'The factory will sit on a 240-acre site that once held a textile mill. Harbor Cell said the building '
    'will cover 1.1 million square feet and will be able to produce enough cells each year for 150,000 vans. '
    'The company expects to hire 600 workers in the first phase and the rest as two further production lines '
    'are added.',
    'South Carolina offered the company $85 million in grants and tax credits to win the project, according '
    'to state records. Greenville County will also spend $14 million on a new road and a water main to serve '
    'the site.',
    '"This is the largest single investment our county has seen in a generation," said Daniel Reyes, chairman'
    ' of the Greenville County Council. "These are jobs that will pay well above the local average, and they '
    'will stay here."',
    'Average pay at the plant is expected to be $62,000 a year, the company said, compared with a county '
    'average of about $48,000. Harbor Cell plans to train new hires with Greenville Technical College, which '
    'will open a battery technology course with 120 places next January.',
    'Harbor Cell, founded in 2016 and based in Portland, Oregon, already runs a smaller factory in Reno, '
    'Nevada, where it employs 900 people. The Greenville plant will be its first on the East Coast. The '
    'company raised $400 million from investors last year and has borrowed the rest of the cost from a group '
    'of five banks.',
    'Not everyone welcomed the news. A group of residents living near the site has asked the council to study'
    ' how much water the plant will use and how much traffic it will bring. The company said the factory will'
    ' recycle most of its water and that trucks will use the new road rather than local streets.',
    'Analysts said the choice of Greenville reflects a wider shift of battery making to the American South, '
    'where land is cheaper and states compete hard for factories. Demand for delivery vans has grown by about'
    ' 30 percent a year since 2021, driven by online shopping.',
    'Okafor said the company would hold a job fair at the Greenville Convention Center on April 5. She added '
    'that about a third of the first 600 jobs would go to people without a college degree.',
    'Reyes said the council would vote on the road plan on March 25.',
])


def test_no_spare_has_a_kept_question_s_stem():
    """A second "Which of these did Maria Okafor, chief executive of Harbor Cell Energy, say?" beside the first, with
    the same lures: added back, each told which quote was hers (a new user's walk)."""
    generated = generate_question_set(BATTERY_PLANT, spares=10)
    kept = {normal(q["prompt"]) for q in generated.question_set.questions}
    assert any("Maria Okafor" in q["prompt"] for q in generated.question_set.questions)
    assert not [spare["prompt"] for spare in generated.spares if normal(spare["prompt"]) in kept]
