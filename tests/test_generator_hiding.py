"""Two facts of one sentence, both asked: each stem leaves out the other's answer
('a _____ stake ... for $950 million' and 'a stake ... for _____'), or the later one is not
asked. Each cut on a sentence written for it."""

import json
import re

import pytest

from quizapp.generator.clauses import trimmed_cloze
from quizapp.generator.nlp import get_model
from quizapp.generator.pipeline import generate_question_set
from quizapp.generator.shown import right_texts
from tests.test_generator_lures import maker_of, stems_made

BLANK = "_____"


def cut(text, answer, hide=()):
    """trimmed_cloze on ``text`` asking for ``answer`` and hiding the phrases in ``hide``."""
    doc = get_model()(text)
    start = text.index(answer)
    spans = [(text.index(other), text.index(other) + len(other)) for other in hide]
    return trimmed_cloze(doc[:], start, start + len(answer), BLANK, spans)


@pytest.mark.parametrize("text, answer, hide, expected", [
    # A list of clauses whose last, with its "and", went with another figure: the clause left last takes the "and"
    # (set 46's reviewers read "will lend _____ euros, the fund will provide ..." as a comma splice).
    ("Under the deal, the state bank will lend 90 million pounds, the regional fund will provide a grant of 40 million "
     "pounds, and the operator will invest the remaining 25 million pounds.", "90 million", [],
     "Under the deal, the state bank will lend _____ pounds, and the regional fund will provide a grant of 40 million pounds."),
    ("The city will pay 12 million euros, the province will add 8 million euros, and the port authority will cover the "
     "rest of the 30 million euro cost.", "12 million", [],
     "The city will pay _____ euros, and the province will add 8 million euros."),
    # A price after the thing bought goes with its preposition; an amount used as an adjective goes alone.
    ("Halden Freight has agreed to buy a 40 per cent stake in the Rostmark rail terminal for $950 million.",
     "40 per cent", ["$950 million"],
     "Halden Freight has agreed to buy a _____ stake in the Rostmark rail terminal."),
    # The word a cut place leans on goes with it: not "a _____ lithium brine project high." (set 67)
    ("A court on Tuesday ordered a halt to construction at a $680 million lithium brine project high in the Andes.",
     "$680 million", ["Andes"],
     "A court on Tuesday ordered a halt to construction at a _____ lithium brine project."),
    ("Halden Freight has agreed to buy a 40 per cent stake in the Rostmark rail terminal for $950 million.",
     "$950 million", ["40 per cent"],
     "Halden Freight has agreed to buy a stake in the Rostmark rail terminal for _____."),
    # What follows a place may describe the journey, not the place: the name cannot give way to it.
    ("Some operators had already begun diverting vessels around the northern tip of Denmark, a detour of about 460 "
     "kilometres.", "460 kilometres", ["Denmark"], ""),
    # A relative clause after two joined nouns: a plural verb lifts them both, a singular one the last.
    ("Glaciers feed rivers such as the Rhine and the Rhone, which supply drinking water to farms in France, Germany "
     "and the Netherlands.", "Netherlands", [],
     "The Rhine and the Rhone supply drinking water to farms in France, Germany and the _____."),
    ("Glaciers feed rivers such as the Rhine and the Rhone, which rises in Switzerland near the Furka Pass.",
     "Furka Pass", [], "The Rhone rises in Switzerland near the _____."),
    # "stood at", like "was valued at", needs its figure; a verb left last with nothing after it keeps its phrase.
    ("The Gaborone Dam stood at 8.7 percent of capacity on Monday, down from 31 percent a year earlier.",
     "31 percent", ["8.7 percent"], ""),
    ("The studio said the game, originally scheduled for November 2025, would now be released in the first quarter of "
     "2027.", "November 2025", ["the first quarter of 2027"], ""),
    # A name with an age and a description: the age goes with the name.
    ("Sarah Okafor, 34, a mother of three from Burngreave, said she stopped using the library after running up £27 in "
     "fines.", "£27", ["Sarah Okafor"],
     "A mother of three from Burngreave said she stopped using the library after running up _____ in fines."),
    # A judge's title, left where the name went, is the judge's in lower case.
    ("Judge Carmen Aranda Vidal of Madrid's Social Court No. 19 found that the company had deactivated drivers whose "
     "acceptance rates fell below 80 percent.", "below 80 percent", ["Carmen Aranda Vidal"],
     "The judge of Madrid's Social Court No. 19 found that the company had deactivated drivers whose acceptance rates "
     "fell _____."),
    # A verb that would end the sentence with nothing after it keeps its phrase: no cut.
    ("A cello made by the Venetian maker Domenico Montagnana in 1739 sold for 1.3 million pounds.",
     "Domenico Montagnana", ["1.3 million pounds"], ""),
    # A participle left with nothing to say goes with its phrase.
    ("Valadares was appointed in March 2024 on a contract running until June 2027.", "March 2024", ["June 2027"],
     "Valadares was appointed in _____ on a contract."),
    # A name set off after a common noun is an aside.
    ("Under the deal, a new state-owned operator, Rostmark Rail, will run the line from 1 March 2028.",
     "1 March 2028", ["Rostmark Rail"],
     "Under the deal, a new state-owned operator will run the line from _____."),
    # A name with a description after it: the description stands in for it.
    ("Halden Freight, the country's largest rail haulier, said it would hire 300 drivers next year.",
     "300", ["Halden Freight"],
     "The country's largest rail haulier said it would hire _____ drivers next year."),
    # "up from" goes whole.
    ("Orvik now has 41,000 members, up from 29,000 in 2022.", "41,000", ["29,000"],
     "Orvik now has _____ members."),
    ("The programme featured 140 films from 41 countries.", "140", ["41"], "The programme featured _____ films."),
    # How much more goes; the comparative reads without it.
    ("Plants given the new feed produced 14 per cent more fruit than the others after 30 days without rain.",
     "30 days", ["14 per cent"], "Plants given the new feed produced more fruit than the others after _____ without rain."),
    ("Exports to Norway were 8 per cent higher in March than in the whole of 2023.", "2023", ["8 per cent"],
     "Exports to Norway were higher in March than in the whole of _____."),
    # Last resort: the relative clause that holds the answer, on its own.
    ("Net income more than doubled to £342m, helped by deposits that reached £14.7bn at the end of March.",
     "£14.7bn", ["£342m"], "Deposits reached _____ at the end of March."),
    # "Dr" goes with the name the description stands in for.
    ("Dr Ines Vale, a surgeon at Tarnside General, described the merger as overdue on Monday.", "Tarnside General",
     ["Ines Vale"], "A surgeon at _____ described the merger as overdue on Monday."),
    # A figure bound to its participle ("valued at") goes with the phrase that holds them both.
    ("Halden Air has agreed to buy 20 jets from Varro Aerospace in a deal valued at about $1.9 billion, the airline said.",
     "Varro Aerospace", ["$1.9 billion"], "Halden Air has agreed to buy 20 jets from _____, the airline said."),
    # A title in quotation marks goes with its marks.
    ('"Iron Meadow", a thriller set on a North Sea oil platform, won the Silver Gull for best film on Friday.',
     "Silver Gull", ["Iron Meadow"], "A thriller set on a North Sea oil platform won the _____ for best film on Friday."),
    # An amount used as an adjective goes with its unit: not "a euro grant".
    ("The purchase was funded by a 3.5 million euro grant from the Van Aalst Foundation, the museum said.",
     "Van Aalst Foundation", ["3.5 million"], "The purchase was funded by a grant from the _____, the museum said."),
    # The same sum in another currency goes with the figure it converts, brackets and all.
    ("The museum has bought a still life by Jacoba Verhulst for 6.8 million euros ($7.3 million), the museum said.",
     "Jacoba Verhulst", ["$7.3 million"], "The museum has bought a still life by _____ for 6.8 million euros, the museum said."),
    ("The museum has bought a still life by Jacoba Verhulst for 6.8 million euros ($7.3 million), the museum said.",
     "6.8 million euros", [], "The museum has bought a still life by Jacoba Verhulst for _____, the museum said."),
    # A hyphened place goes whole, and is no side clause: not "shareholder -based venture firm".
    ("Lumera's largest shareholder, London-based venture firm Halcyon Capital, owns about 22% of the company.",
     "Halcyon Capital", [], None),
    ("The company has raised 48 million euros ($52 million) to date, it said.", "48 million", [],
     "The company has raised _____ euros to date, it said."),
    # The subject's own aside goes whole, dateline and all: "Mount Seruwa [on the island of Halmira] erupted".
    ("TERNATE, Indonesia - Mount Seruwa on the eastern Indonesian island of Halmira erupted on Saturday morning, "
     "forcing authorities to evacuate more than 12,400 people, officials said.", "12,400", ["Halmira"],
     "TERNATE, Indonesia - Mount Seruwa erupted on Saturday morning, forcing authorities to evacuate more than _____ "
     "people, officials said."),
    # A name after what it is: "the Argentine striker" stands in for him.
    ("FC Orvik have signed the Argentine striker Tomas Vidal from Real Lanne for a fee of 12 million euros.",
     "Real Lanne", ["Tomas Vidal"], "FC Orvik have signed the Argentine striker from _____ for a fee of 12 million euros."),
    # The count of what a verb acts on goes alone, and the clause keeps its news: "close schools in the region".
    ("The storm flattened 3,200 homes across the delta and forced officials to close 41 schools in the region, "
     "the ministry said.", "3,200", ["41"], "The storm flattened _____ homes across the delta and forced officials to "
     "close schools in the region, the ministry said."),
    ("The storm flattened 3,200 homes across the delta and forced officials to close 41 schools in the region, "
     "the ministry said.", "41", ["3,200"], "The storm flattened homes across the delta and forced officials to close "
     "_____ schools in the region, the ministry said."),
    ("The grant will rebuild 40 kilometres of paths, repair 12 bridges and hire 30 wardens, the trust said.", "12",
     ["30"], "The grant will rebuild 40 kilometres of paths, repair _____ bridges and hire wardens, the trust said."),
    ("Indian drugmaker Veltrane Labs said on Wednesday it was recalling 42 batches of a widely used heart medicine.",
     "Veltrane Labs", ["42"], "Indian drugmaker _____ said on Wednesday it was recalling batches of a widely used heart "
     "medicine."),
    ("The orchestra employs 88 full-time musicians and performs about 110 concerts a year, including a regional "
     "touring programme and an education scheme that reaches 40,000 schoolchildren.", "40,000", ["88"],
     "The orchestra employs full-time musicians and performs about 110 concerts a year, including a regional touring "
     "programme and an education scheme that reaches _____ schoolchildren."),
    # "be powered" says nothing without what powers it: the clause goes whole.
    ("The ferries will each carry 120 cars and be powered by a battery pack of 9.6 megawatt-hours, among the largest "
     "installed on a ferry.", "120", ["9.6 megawatt-hours"], "The ferries will each carry _____ cars."),
    # A title in capitals after a possessive ("Ecuador's Agriculture Minister") is no part of the name after it.
    ("Ecuador's Agriculture Minister Ramiro Benalcazar said the country had lost about 18 percent of its potato "
     "harvest to drought.", "18 percent", ["Ramiro Benalcazar"],
     "Ecuador's Agriculture Minister said the country had lost about _____ of its potato harvest to drought."),
    # A role set after a name without its article takes one where the name goes.
    ("Paulo Cordeiro, head of digital collections at the library, said the software correctly read about 94 percent "
     "of words on average.", "94 percent", ["Paulo Cordeiro"],
     "The head of digital collections at the library said the software correctly read about _____ of words on average."),
    ("The software correctly read about 94 percent of words, said Paulo Cordeiro, head of digital collections at the "
     "library.", "94 percent", ["Paulo Cordeiro"],
     "The software correctly read about _____ of words, said the head of digital collections at the library."),
    # A title before a name, bare or after a possessive, stands in for it.
    ("Indian drugmaker Veltrane Labs said on Wednesday it was recalling 42 batches of a widely used heart medicine.",
     "42", ["Veltrane Labs"], "The Indian drugmaker said on Wednesday it was recalling _____ batches of a widely used "
     "heart medicine."),
    # (the parse hangs "broadcaster" on "Canada" of the name, not on the name's head)
    ("Canada's public broadcaster CBC/Radio-Canada said on Tuesday it would eliminate 380 jobs in the west.", "380",
     ["CBC/Radio-Canada"], "Canada's public broadcaster said on Tuesday it would eliminate _____ jobs in the west."),
    # How far, before a direction, goes alone.
    ("The blast threw debris 300 metres into the air and shattered windows in 14 streets, police said.", "14",
     ["300 metres"], "The blast threw debris into the air and shattered windows in _____ streets, police said."),
    # A hyphened measure describes its noun after "the" as after "a".
    ("Crews resurfaced the 2,400-metre runway at Corran Airport in 11 days.", "Corran Airport", ["2,400-metre"],
     "Crews resurfaced the runway at _____ in 11 days."),
    # Where a figure went to goes with where it came from, not leaving "widened the zone from 5 kilometres".
    ("The regional agency widened the no-fishing zone around the reef to 12 kilometres from 5 kilometres on Monday.",
     "Monday", ["12 kilometres"], "The regional agency widened the no-fishing zone around the reef on _____."),
    # ... but a date it starts from stays.
    ("The club will raise its season ticket price to 420 euros from 1 July, the board said.", "1 July", ["420 euros"],
     "The club will raise its season ticket price from _____, the board said."),
    # A comparison's "than" goes with the phrase after it: not "... at the smaller sites than."
    ("Patients waited on average 23 minutes longer for a scan at the smaller sites than at Harrowmere General.",
     "23 minutes", ["Harrowmere General"], "Patients waited on average _____ longer for a scan at the smaller sites."),
    # "About C$90 million more than its budget" cannot lose its figure: the cost would read as the overrun.
    ("The road cost C$640 million, about C$90 million more than its original budget of C$550 million.",
     "C$640 million", ["C$90 million"], ""),
    # ", according to ..." after a cut side clause may vouch for what was cut: it goes too.
    ("Its main span of 480 metres hangs from two 120-metre towers, making it one of the longest spans in the region, "
     "according to the roads agency.", "480 metres", [], "Its main span of _____ hangs from two 120-metre towers."),
    # A name after what it is, at the sentence's end, goes with its phrase: not "... with the engineering firm."
    ("The tunnel was designed and built by Orm Tunnel Partners, a consortium led by Halvard Construction with the "
     "engineering firm Brenner Lowe.", "Orm Tunnel Partners", ["Brenner Lowe"], "The tunnel was designed and built by _____."),
    # An amount joined to another by "and" goes with its "and".
    ("Under the deal, Harlow will pay $300 million in cash and $120 million in new shares, the company said.",
     "$300 million", ["$120 million"], "Under the deal, Harlow will pay _____ in cash, the company said."),
    # A comparison after a comma at the sentence's end goes whole.
    ("Brightmoor will pay 515 pence in cash for each Ostler share, a 29% premium to Friday's closing price of 399 pence.",
     "515 pence", ["29%"], "Brightmoor will pay _____ in cash for each Ostler share."),
    ("Ostler reported revenue of $64 million last year, up 31% from $49 million in 2024.", "$64 million", ["31%"],
     "Ostler reported revenue of _____ last year."),
    # ... but not an aside in the middle: "_____, relies heavily on anglers." would be left.
    ("Harwick Falls, a town of about 4,100 people at the lake's northern end, relies heavily on anglers.",
     "Harwick Falls", ["4,100"], ""),
    # The comma pair of a cut phrase stays where an aside follows it.
    ("Shares in Marrow fell 6.2% to 51.30 euros in Paris, down from 54.70 euros at Tuesday's close, their biggest "
     "one-day drop in more than a decade.", "6.2%", ["54.70 euros"],
     "Shares in Marrow fell _____ to 51.30 euros in Paris, their biggest one-day drop in more than a decade."),
    # The comma of a list of describing words goes with the amount: not "a, four-year programme".
    ("The money will fund a C$12 million, four-year programme to repair 60 kilometres of canal towpath.",
     "60 kilometres", ["C$12 million"], "The money will fund a four-year programme to repair _____ of canal towpath."),
    # A title written without its article keeps the name's place with one: "the Brazilian striker".
    ("Harwick City completed the signing of Brazilian striker Tiago Marçal from Sporting Alvorada for 82 million "
     "pounds.", "82 million pounds", ["Tiago Marçal"],
     "Harwick City completed the signing of the Brazilian striker from Sporting Alvorada for _____."),
    # The parse hung the side clause's last verb ("reach") on the sentence: it goes with its clause.
    ("Marçal scored 31 goals in 43 appearances for Alvorada last season, finishing as the top scorer in the league "
     "and helping the club from Braga reach the quarter-finals for the first time.", "31", [],
     "Marçal scored _____ goals in 43 appearances for Alvorada last season."),
    # The side clause stays where the answer describes its last words: not "the Helix 9, about _____ south-east".
    ("The phone runs on a new processor, the Helix 9, manufactured at the company's plant in Gumi, about 200 "
     "kilometres south-east of the capital.", "200 kilometres", [], None),
    # The speaker after the reported clause is written as what he is: the attribution stays.
    ("Korvex aims to ship 1.5 million Arc Fold units by the end of March, chief executive Park Sung-min told "
     "reporters after the event.", "1.5 million", ["Park Sung-min"],
     "Korvex aims to ship _____ Arc Fold units by the end of March, the chief executive told reporters after the event."),
    # A change and the level it got to are two facts: either goes for the other.
    ("Shares in Tollgate jumped 31% to 403 pence in early trading in London.", "31%", ["403 pence"],
     "Shares in Tollgate jumped _____ in early trading in London."),
    ("Shares in Tollgate jumped 31% to 403 pence in early trading in London.", "403 pence", ["31%"],
     "Shares in Tollgate jumped to _____ in early trading in London."),
    # A title in capitals stands for the name with "the": its last word is a title's word.
    ("Transportation Minister Rajiv Dhaliwal said the bridge was expected to carry 28,000 vehicles a day.", "28,000",
     ["Rajiv Dhaliwal"], "The Transportation Minister said the bridge was expected to carry _____ vehicles a day."),
    # A title before a name goes, the name stays.
    ("Astraeon chief executive Marcus Delaney said the company had spent about $310 million on the mission.",
     "$310 million", ["Astraeon chief executive"], "Marcus Delaney said the company had spent about _____ on the mission."),
    # The title's capitalised words are its own: "the Harwick manager", not "Harwick the manager".
    ("Harwick manager Diego Valcárcel had made a new striker his priority after the club scored 44 goals.", "44",
     ["Diego Valcárcel"], "The Harwick manager had made a new striker his priority after the club scored _____ goals."),
    # A name with a description after it, as the object: the description stands in, and its comma stays.
    ("Zambia suspended the licence of Kestrel Copper, a Toronto-listed miner, saying the firm owed $187 million.",
     "$187 million", ["Kestrel Copper"],
     "Zambia suspended the licence of a Toronto-listed miner, saying the firm owed _____."),
    # An amount's currency word goes with it, however many nouns stand between it and the thing it prices.
    ("The council approved a 240 million euro tram depot and an order for 28 low-floor trams.", "28", ["240 million"],
     "The council approved a tram depot and an order for _____ low-floor trams."),
    # A title capitalised only because it opens the sentence is written in lower case after "the".
    ("Chief executive Lars Aamodt said Halvorsen would apply for approval to the European Medicines Agency in March.",
     "European Medicines Agency", ["Lars Aamodt"], "The chief executive said Halvorsen would apply for approval to the _____ "
     "in March."),
    # The one who said it goes with the saying, where a "Who said ...?" asks who it was: what they said reads alone
    # (the stem that named her had given the quotation's speaker away, and was not asked).
    ("Motsumi said the utility would introduce scheduled supply interruptions in 14 suburbs.", "14", ["Motsumi"],
     "The utility would introduce scheduled supply interruptions in _____ suburbs."),
    ("Motsumi said on Monday that the utility would cut supply in 14 suburbs.", "14", ["Motsumi"],
     "The utility would cut supply in _____ suburbs."),
    ("The utility would introduce scheduled supply interruptions in 14 suburbs, Motsumi said.", "14", ["Motsumi"],
     "The utility would introduce scheduled supply interruptions in _____ suburbs."),
    # ... not where what they said leans on them, nor two things said with one "that" left
    ("Motsumi said we would introduce scheduled supply interruptions in 14 suburbs.", "14", ["Motsumi"], ""),
    ("Okafor said the path was a public right of way and that its closure in March 2023 had been unlawful.",
     "March 2023", ["Okafor"], ""),
])
def test_another_answer_leaves_the_stem_with_its_phrase(text, answer, hide, expected):
    assert cut(text, answer, hide) == expected


@pytest.mark.parametrize("text, answer, hide", [
    # The sentence needs the prize-winner: no stem for the film can leave him out.
    ('The best screenplay award went to Tomas Veikkola for "Iron Meadow".', "Iron Meadow", ["Tomas Veikkola"]),
    # "was valued at £1.9bn": without its figure the verb says nothing.
    ("Kestrel Pay was valued at £1.9bn in its last funding round, led by the Singapore investor Tembusu Capital.",
     "Singapore", ["£1.9bn"]),
    # The subject, with nothing to stand in for it.
    ("Orvik hired 300 drivers in the spring.", "300", ["Orvik"]),
    # "The Hollinbury Falcons scored": a club before its player is no title.
    ("Hollinbury Falcons Tom Barnes scored 12 tries last season.", "12", ["Tom Barnes"]),
    # The answer describes the name to hide: "in [Gumi], about _____ south-east of the capital" would say of what.
    ("The phone runs on a new Korvex-designed processor, the Helix 9, manufactured at the company's plant in Gumi, "
     "about 200 kilometres south-east of the capital.", "200 kilometres", ["Gumi"]),
    # "films from countries" does not read: a plural's count stays or the question goes.
    ("The festival showed films from 41 countries to 140,000 people.", "140,000", ["41"]),
    # The parse hangs "below the maximum ..." on "allows": a phrase before its verb, not set off, stays.
    ("The fine equals 2.6 percent of the turnover of its parent company, Halvorsen Digital, below the maximum of "
     "4 percent the law allows.", "Halvorsen Digital", ["4 percent"]),
    # "won 11 seats at the last election in 2021" would be false: the election belongs to "down from 26".
    ("The Unity Party won 11 seats, down from 26 at the last election in 2021, while independents took three.",
     "2021", ["26"]),
    # A count that says all there is: "employs people", "scored goals".
    ("The bakery employs 1,150 people and opened 14 new shops last year.", "14", ["1,150"]),
    # An amount's unit is no thing ("will pay euros per share"); words that need the count ("an estimated tonnes");
    # a rate ("can handle containers a year").
    ("Sable will pay 14.50 euros per share, a premium of 31% to Kettuvaara's closing price on Friday, the companies "
     "said.", "31%", ["14.50"]),
    ("Vietnam holds an estimated 22 million tonnes of rare-earth reserves, among the largest in the world after China.",
     "China", ["22 million"]),
    ("The terminal can handle 1.2 million standard containers a year, lifting the port's total capacity to 2.8 "
     "million, the company said.", "2.8 million", ["1.2 million"]),
    # A count the sentence weighs against something later ("well above the 25,000 needed"); "over" the parse took
    # for a hedge; a "room" without what it has room for.
    ("The campaign gathered more than 41,000 signatures, well above the 25,000 needed to force a vote.", "25,000",
     ["41,000"]),
    ("The ship had 112 vehicles on board when it left port, against a licensed maximum of 62.", "62", ["112"]),
    ("Researchers flew over 1,080 individual reefs between February and March, covering an area off Gladstone.",
     "Gladstone", ["1,080"]),
    ("Each train has 11 carriages with room for up to 380 passengers.", "11", ["380"]),
    # Nor a count the clause is about: "made saves", "emitted separate bursts" (set 45's reviewers)
    ("Goalkeeper Reka Szalai made 14 saves, including a penalty stop with 48 seconds left.", "Reka Szalai", ["14"]),
    ("The source emitted 143 separate bursts over 11 months of observations in South Africa's Northern Cape province.",
     "Northern Cape", ["143"]),
    # A list's next item is no description of the name before it: not "a loan from a 60 million pound equity
    # injection from the owner, _____".
    ("The funding is made up of a 120 million pound loan from Northgate Bank, a 60 million pound equity injection "
     "from the owner, Krauss Sports Group, and 30 million pounds from the council.", "Krauss Sports Group",
     ["Northgate Bank"]),
    # "in a tender that lasted, according to": a verb's own length of time is no side phrase.
    ("Aurelis beat a rival bid from German manufacturer Kessler Bahntechnik in a tender that lasted 19 months, "
     "according to Ceska Rychlodraha.", "Kessler Bahntechnik", ["19 months"]),
    # "produces terawatts of heat": a unit of energy says nothing without its figure (set 51's reviewers)
    ("The team estimated that radioactive decay produces about 19 terawatts of heat, roughly 40 percent of the 47 "
     "terawatts flowing out through the planet's surface.", "47", ["about 19"]),
    # "passed through the 14.2-kilometre on Monday": a measure does not stand in for the tunnel.
    ("The first train passed through the 14.2-kilometre Harrowfell Tunnel on Monday, ending 11 years of construction.",
     "11 years", ["Harrowfell Tunnel"]),
])
def test_no_stem_when_the_other_answer_cannot_go(text, answer, hide):
    assert cut(text, answer, hide) == ""


def test_a_relative_clause_after_a_set_off_place_is_not_lifted_onto_the_place():
    text = ("The crown will then be moved to a new community museum in Sallcamarca, in the Cajamarca region, which is "
            "due to open in 2027.")
    assert not cut(text, "2027", ["Sallcamarca"]).startswith("The Cajamarca region is due")  # the museum opens


def test_only_a_sum_leaves_its_noun():
    text = "Mareva, a chain of 38 islands with a population of about 340,000, relies on fishing and tourism."
    assert cut(text, "38") is None  # nothing to cut: "with a population" would say nothing
    text = "Kestrel made a pre-tax profit of £72.4m in the year, compared with a loss of £38.6m."
    assert cut(text, "£38.6m") == "Kestrel made a pre-tax profit in the year, compared with a loss of _____."


def test_a_joined_clause_that_holds_the_answer_is_asked_on_its_own():
    text = ("Turnout was highest in the northern ward of Astley, where 64 per cent voted, "
            "while the riverside ward of Penmoor voted against the scheme.")
    assert cut(text, "Penmoor") == "The riverside ward of _____ voted against the scheme."
    # "..., and it will ...": without the first clause "it" would mean nothing.
    text = "Orvik opened a depot in Lanstead in 2021, and it will open a second one in Calby next year."
    assert cut(text, "Calby") is None  # the whole sentence stays


STAKE = "\n\n".join([
    "Halden Freight buys into Rostmark terminal",
    "Halden Freight, the country's largest rail haulier, has agreed to buy a 40 per cent stake in the Rostmark rail "
    "terminal for $950 million, the company said on Monday.",
    "The remaining shares will stay with the Rostmark city council, which built the terminal in 1998. Ingrid Sollum, "
    "Halden Freight's chief executive, said the terminal would handle 2.1 million containers a year by 2030.",
    "Orvik Logistics and Brandt Cargo had also bid for the stake, according to people familiar with the talks.",
])


def test_both_facts_of_a_sentence_are_asked_and_neither_stem_prints_the_other():
    questions = generate_question_set(STAKE).question_set.questions
    lead = [q for q in questions if q["source"]["sentence"].startswith("Halden Freight, the country's")]
    answers = {a for q in lead for a in right_texts(q)}
    assert len(lead) >= 2, [q["prompt"] for q in lead]
    for question in lead:
        for answer in answers - set(right_texts(question)):
            assert answer not in question["prompt"], (answer, question["prompt"])


@pytest.mark.parametrize("text, answer, expected", [
    # ", and the bridge should open ...": a second sentence in all but name.
    ("Construction will begin in March 2027, and the bridge should open in 2029.", "2029",
     "The bridge should open in _____."),
    # "it" needs the first clause; "that" makes the second a reported clause: both stay whole.
    ("The contract runs until 2034, and the council says ending it early will cost about €410 million.",
     "€410 million", None),
    ("She said the films would open in cinemas first, and that the streaming window would last 30 days.",
     "30 days", None),
    # "instead" of what, the stem no longer says.
    ("Patients who need care overnight will instead be taken to Harrowmere General Hospital.",
     "Harrowmere General Hospital", "Patients who need care overnight will be taken to _____."),
])
def test_a_clause_is_asked_on_its_own_only_when_it_reads_on_its_own(text, answer, expected):
    assert cut(text, answer) == expected


def test_a_description_that_gives_the_answer_away_leaves_the_stem():
    maker, _, _, facts = maker_of("\n\n".join([
        "Tarnside film prize goes to Norwegian documentary",
        'The jury prize went to "Long Harbour", a documentary by Ines Aaberg about a fishing town, on Friday.',
        'The audience award, voted for by festival-goers, went to "Forty Winters", a documentary by Clara Lisle '
        "following a reindeer-herding family over four decades.",
        'Tarnside\'s festival showed 140 films this year. "Tidewater" and "Salt Road" also won awards.',
    ]))
    # Every question the maker makes of the title, kept or not (a name blank is not kept: see rank.named_blank).
    winters = [c.question for f in facts if f.answer == "Forty Winters" for c in maker.candidates(f)]
    assert winters and all("decades" not in q["prompt"] for q in winters)


def test_a_stem_leaves_out_a_speaker_another_sentence_asks_about():
    questions = generate_question_set("\n\n".join([
        "Orvik Bank turns first profit",
        "Orvik Bank made its first annual profit on Thursday, of £12.5m.",
        '"This is the year we grew up," said Maren Holt-Lund, the bank\'s chief executive.',
        '"Rates did much of the work," said Tomas Berg, an analyst at Pell Securities.',
        # (Ravi Sen as "the engineer Ravi Sen" would be a third speaker to offer, and "Who said" no longer typed)
        "Orvik Bank, which was founded in 2016 by Holt-Lund and Ravi Sen, employs about 900 people.",
    ])).question_set.questions
    prompts = [q["prompt"] for q in questions]
    assert any(p.startswith("Who said") and "grew up" in p for p in prompts)
    founded = [q for q in questions if "2016" in right_texts(q)]
    assert founded and "Holt-Lund" not in founded[0]["prompt"], prompts


def test_a_fact_beside_a_quotation_is_asked_once_the_quotation_is_gone():
    maker, _, _, facts = maker_of("\n\n".join([
        "Tarn scientists breed frost-proof barley",
        "Researchers at the University of Tarn have bred a barley that survives frost, they said on Monday.",
        '"Nobody thought a barley could take that much cold," said Professor Ada Lind-Moss, who led the research '
        "at the Harbeck Crop Institute.",
        "Field trials will begin next spring on 40 farms in the north of the country.",
    ]))
    institute = next(f for f in facts if f.answer == "Harbeck Crop Institute")
    assert [c.question["prompt"] for c in maker.candidates(institute)] == [
        "Fill in the blank: Professor Ada Lind-Moss led the research at the _____."]
    said = next(f for f in facts if f.kind == "mention" and f.answer == "Ada Lind-Moss")
    assert not maker.candidates(said)  # her name is the quotation's: the stem would keep the quotation


@pytest.mark.parametrize("paragraphs, subject, printed, written", [
    (["Rail freight firm buys Rostmark terminal",  # a title naming the subject would give it away
      # The subject is asked as a question ("Which company has agreed ...?"), never as a blank.
      "Halden Freight has agreed to buy the Rostmark rail terminal from the city council.",
      "The rail freight company will pay $900 million.",
      "Halden Freight said the terminal would handle 2.1 million containers a year by 2030. The council "
      "built the terminal in 1998.",
      "Halden Freight will also hire 300 drivers in the spring, and it plans a second terminal in Orvik by 2032."],
     "Halden Freight", "Halden Freight", "Fill in the blank: The company "),
])
def test_the_subject_asked_from_the_lead_is_written_as_what_it_is_elsewhere(paragraphs, subject, printed, written):
    questions = generate_question_set("\n\n".join(paragraphs)).question_set.questions
    lead = [q for q in questions if subject in right_texts(q)]
    others = [q["prompt"] for q in questions if q not in lead]
    assert lead, others
    assert sum(printed in p for p in others) < 2, others
    assert any(written in p for p in others), others


def test_a_name_is_written_as_what_the_article_says_it_is_or_not_at_all():
    maker, _, _, _ = maker_of("\n\n".join([
        "Tarn scientists find drought gene",
        "Researchers at the Orvik Institute, a plant research company, have found a gene the team has named "
        "DRT7 that helps wheat survive drought.",
        "Plants with a more active version of DRT7 produced 19 per cent more grain. The Orvik Institute will "
        "test DRT7 in barley next. DRT7 was found in a wild grass.",
    ]))
    assert maker.stand_in("Orvik Institute") == "the company"
    assert maker.stand_in("DRT7") is None  # "the model" would be a guess: the article never says what it is


def test_a_share_without_its_whole_is_not_lifted_out():
    # "_____ were worried about ticket prices": of whom, the first clause says; "64 percent of members" says it.
    text = ("A survey of the trust's 3,200 members found that 78 percent supported the plan, but 64 percent were "
            "worried about ticket prices.")
    assert cut(text, "64 percent") is None
    text = "Under the plan, 78 percent of staff keep their jobs, and 64 percent of members were worried."
    assert cut(text, "64 percent") == "64 percent of members were worried.".replace("64 percent", "_____", 1)


def test_no_stand_in_beside_what_the_sentence_calls_the_person_already():
    maker, sentences, _, _ = maker_of("\n\n".join([
        "Orchestra names music director",
        "The Brent Orchestra has appointed Aino Lehtikoski, the chief executive of Turunmaa Arts, as its next "
        "music director. Lehtikoski will start in May.",
        "As chief executive, Lehtikoski doubled the audience. Also at the orchestra, leader Paul Mott will retire.",
    ]))
    assert maker.stand_in("Lehtikoski", sentences[1]) == "the chief executive"
    assert maker.stand_in("Lehtikoski", sentences[2]) is None  # "As chief executive, the chief executive doubled"


def test_a_person_in_another_stem_is_written_as_what_they_are_or_cut_with_their_phrase():
    from quizapp.generator.hiding import Hidden
    maker, sentences, _, facts = maker_of("\n\n".join([
        "Fire crews gain ground near Huelva",
        "Marta Quintero, a spokeswoman for the regional forest fire service, said crews had worked all night.",
        "Quintero said about 40% of the fire's perimeter had been stabilised by Tuesday afternoon.",
        "The fire break was designed by Anna Berg in 2019. Jose Beltran, the mayor of El Cerrillo, thanked the crews.",
    ]))
    text = maker.article.text

    def asked(answer, hidden):
        fact = next(f for f in facts if f.kind == "mention" and f.answer == answer)
        at = text.index(hidden, fact.sentence.start)
        return maker.cloze_of(fact, (Hidden(at, at + len(hidden), written=True),))
    assert asked("40%", "Quintero") == "The spokeswoman said about _____ of the fire's perimeter had been stabilised " \
                                       "by Tuesday afternoon."
    # No word of her own for Anna Berg: she goes with "by", as any name would.
    assert asked("2019", "Anna Berg") == "The fire break was designed in _____."


def test_a_role_word_that_says_nothing_alone_stands_in_for_no_one():
    from quizapp.generator.questions import QuestionMaker
    assert QuestionMaker.role_noun("head of the regional forest fire service") is None  # "The head said"
    assert QuestionMaker.role_noun("chief executive of Harwick City") == "chief executive"
    assert QuestionMaker.role_noun("Governor") is None
    assert QuestionMaker.role_noun("Agriculture Minister") is None  # ("the agriculture minister": whose?)
    # A title in capitals of titles' words only: "Lauritsen said" -> "The chief executive officer said"
    assert QuestionMaker.role_noun("Chief Executive Officer") == "chief executive officer"


def test_the_subjects_surname_that_names_a_company_too_is_not_written_over():
    maker, _, _, facts = maker_of("\n\n".join([
        "Family firm's president named to lead Arizona venture",
        "Kenji Okamura, the president of Okamura Industries, will lead the new packaging venture, the companies "
        "said on Monday.",
        "Okamura's shares rose 2.9% in Tokyo. Okamura has run the family firm since 2011.",
        "\"We move quickly,\" Okamura said. Laura Mendelsohn, chief executive of Trellis Semiconductor, agreed.",
    ]))
    lead = [c for f in facts if f.kind == "mention" and f.answer == "Kenji Okamura" for c in maker.candidates(f)]
    assert lead and all(c.topic for c in lead)
    # "The president's shares rose" would be the company's shares written over.
    assert all(c.called is None for c in lead)


@pytest.mark.parametrize("text, answer, expected", [
    # A clause set off by commas between a subject and its verb takes both commas.
    ("About 60 percent of the cargo already travels by train, and a second track on the line to Divaca, built by "
     "the state at a cost of 1.2 billion euros, is due to open in 2026.", "60 percent",
     "About _____ of the cargo already travels by train, and a second track on the line to Divaca is due to open "
     "in 2026."),
    # A relative clause after "how ... traders" is not lifted into a sentence of its own ("How traders sailed").
    ("Experts said the find could shed light on how Phoenician traders, who sailed from cities in what is now "
     "Lebanon, organised their business.", "Lebanon", None),
])
def test_a_cut_leaves_a_sentence_that_reads(text, answer, expected):
    assert cut(text, answer) == expected


@pytest.mark.parametrize("text, answer, expected", [
    # A description that ends the sentence goes: the stem is shorter and the answer's own sentence stays.
    ("Siobhan Keane, 47, from Dundalk, received the 50,000 euro award at a ceremony at Dublin Castle on Wednesday "
     "night for \"The Quiet Road to Carrickbeg\", the story of three generations of a family running a petrol station "
     "on the border between the Republic of Ireland and Northern Ireland.", "50,000",
     "Siobhan Keane, 47, from Dundalk, received the _____ euro award at a ceremony at Dublin Castle on Wednesday "
     "night for \"The Quiet Road to Carrickbeg\"."),
    # Where the parse made the subject the root, its verb is no side clause to cut.
    ("Last year's winner, \"Ash Harbour\" by Niall Devane, sold about 60,000 copies in the 12 months after the "
     "ceremony, compared with fewer than 4,000 before it, and has since been translated into 14 languages.",
     "Niall Devane", None),
    # The description after a cut clause goes with it, with both commas.
    ("Part of every ticket sold at Vltava Valley Zoo, which welcomed 1.3 million visitors last year, an increase of "
     "8 percent on 2023, goes to conservation work in Congo.", "Congo",
     "Part of every ticket sold at Vltava Valley Zoo goes to conservation work in _____."),
])
def test_a_trailing_description_goes_and_a_misparsed_verb_stays(text, answer, expected):
    got = cut(text, answer)
    assert got == expected or (expected is None and "sold about" in (got or "sold about"))


def test_the_span_a_superlative_holds_over_is_never_cut_to_hide_an_answer():
    from quizapp.generator.hiding import hidden_phrase
    from quizapp.generator.nlp import get_model

    doc = get_model()("The federation estimated losses from the storm at about 11 billion crowns, making it the costliest "
                      "windstorm to hit the region in more than 20 years.")
    figure = {t.i for t in doc if t.text in ("11", "billion")}
    years = {t.i for t in doc if t.text in ("20", "years")}
    assert hidden_phrase(doc[:], figure, years) is None  # "the costliest windstorm to hit the region": ever?
    doc = get_model()("The federation estimated losses from the storm at about 11 billion crowns, and it expects claims "
                      "to be settled in more than 20 weeks.")
    figure = {t.i for t in doc if t.text in ("11", "billion")}
    assert hidden_phrase(doc[:], figure, {t.i for t in doc if t.text in ("20", "weeks")})


def test_a_hidden_object_s_description_keeps_no_comma_before_the_verb_s_own_words():
    from quizapp.generator.hiding import hidden_phrase
    from quizapp.generator.nlp import get_model

    doc = get_model()("The retailer said its chief executive would step down in June and named Sofia Castellanos-Reid, "
                      "a former sportswear executive, as its next chief executive.")
    name = {t.i for t in doc if t.text in ("Sofia", "Castellanos", "-", "Reid")}
    june = {t.i for t in doc if t.text == "June"}
    cut = hidden_phrase(doc[:], june, name)
    closing = next(t.i for t in doc if t.text == "," and t.i > max(name) + 1)
    assert name < cut and closing in cut  # "named a former sportswear executive as its next chief executive"


def test_a_person_asked_from_the_lead_is_written_elsewhere_as_what_the_article_calls_him():
    # (Through the whole pipeline only where no title names him: the quiz's title would give him away.)
    from quizapp.generator.giveaways import called_instead
    from tests.test_generator_lures import candidate

    subject = candidate("Fill in the blank: Harwick City signed Brazilian striker _____.", 0,
                        ["Tiago Marçal", "Joao Lima", "Pedro Alves"], "person")
    subject.thing, subject.aliases, subject.called = "Tiago Marçal", ("Marçal",), "the striker"
    other = candidate("Fill in the blank: Marçal has won nine caps for _____.", 2, ["Brazil", "Chile", "Peru"])
    assert called_instead(other, subject).question["prompt"] == "Fill in the blank: The striker has won nine caps for _____."
    said = candidate("Fill in the blank: The striker scored for _____.", 3, ["Alvorada", "Lima", "Porto"])
    assert called_instead(said, subject) is None  # no name to write over


def test_a_name_asked_for_is_written_elsewhere_as_the_thing_it_names():
    # "When was NMKV established?" beside "What is the joint venture called?" answers it (a new user's find)
    from quizapp.generator.giveaways import thing_instead
    from tests.test_generator_lures import candidate

    named = candidate("What is the research vessel called?", 1, ["Haenuri", "Onnuri", "Isabu"], "facility")
    named.fact_kind, named.called = "name", "the research vessel"
    founded = candidate("When was Haenuri launched?", 2, ["2019", "2020", "2021"], "date")
    assert thing_instead(founded, named).question["prompt"] == "When was the research vessel launched?"
    blank = candidate("Fill in the blank: Under the Haenuri vessel's plan, crews will spend _____ at sea.", 3,
                      ["40 days", "60 days", "90 days"], "quantity")
    assert thing_instead(blank, named).question["prompt"] == (
        "Fill in the blank: Under the research vessel's plan, crews will spend _____ at sea.")
    opening = candidate("Fill in the blank: Haenuri will carry _____ scientists.", 4, ["40", "60", "90"], "number")
    assert thing_instead(opening, named).question["prompt"] == (
        "Fill in the blank: The research vessel will carry _____ scientists.")
    quoted = candidate("Who said: “We want a clear promise that Haenuri will sail”?", 5, ["Kim", "Lee", "Park"], "person")
    assert thing_instead(quoted, named) is None  # a quotation is quoted as said


def test_the_rest_of_a_time_goes_with_its_first_part():
    from quizapp.generator.hiding import hidden_phrase
    from quizapp.generator.nlp import get_model

    # set 28: "crossing the Atlantic Ocean from the _____, 9 hours and 14 minutes"
    doc = get_model()("Four British women rowed into English Harbour on Sunday after crossing the Atlantic Ocean from "
                      "the Canary Islands in 32 days, 9 hours and 14 minutes.")
    islands = {t.i for t in doc if t.text in ("Canary", "Islands")}
    days = {t.i for t in doc if t.text in ("32", "days")}
    cut = hidden_phrase(doc[:], islands, days)
    assert cut and {t.i for t in doc if t.text in ("9", "hours", "14", "minutes")} <= cut


@pytest.mark.parametrize("text, answer", [
    # The aside went at the comma inside the age and left "four months and _____".
    ("Only Norwegian skier Ane Haugland, who won the title in Oslo in 2019 at 15 years, two months and 9 days, was "
     "younger.", "9 days"),
    # The age's other parts went as other figures and left "at 15 years".
    ("She breaks the national record set by Mira Solberg, the reigning champion, who won the title in March 2015 at "
     "15 years, seven months and 17 days.", "March 2015"),
])
def test_a_length_of_time_told_in_parts_stays_whole_or_goes_whole(text, answer):
    stem = cut(text, answer)
    assert stem is None or not re.search(r"\b(?:months|years) and _____|\bat 15 years\b(?!,)", stem), stem


def test_a_length_of_time_told_in_parts_may_hold_the_blank():
    assert cut("The crew crossed the ocean in 32 days, 9 hours and 14 minutes, beating the old record.", "32 days") == (
        "The crew crossed the ocean in _____, 9 hours and 14 minutes.")


def test_a_name_written_as_what_it_is_after_the_article_s_own_the_takes_no_second_the():
    from quizapp.generator.clauses import trimmed_cloze
    from quizapp.generator.nlp import get_model

    # "around the Lijnbaan" hidden for another question: "around the pedestrian street", not "the the" (set 42)
    text = "The trial began in September 2023 and involved 22 cameras in and around the Lijnbaan and the station."
    span = get_model()(text)[:]
    start, name = text.index("September 2023"), text.index("Lijnbaan")
    cut = trimmed_cloze(span, start, start + len("September 2023"), "_____", [(name, name + len("Lijnbaan"))],
                        stand_ins={(name, name + len("Lijnbaan")): "the pedestrian street"})
    assert cut and "around the pedestrian street" in cut and "the the" not in cut, cut


def test_an_aside_between_a_subject_and_its_verb_goes_with_both_its_commas():
    # A new user's find in set 44: "saw their short-sightedness, worsen by an average of _____ dioptres" once the
    # aside "known medically as myopia" was cut.
    questions = generate_question_set(
        "Eye drops slow short-sightedness in children\n\nDaily eye drops containing a weak dose of atropine slowed the "
        "progression of short-sightedness in schoolchildren by 41 percent, a trial in Spain found.\n\nOver the three "
        "years, children in the placebo group saw their short-sightedness, known medically as myopia, worsen by an "
        "average of 1.62 dioptres.\n\n\"The drops are a tool, not a cure,\" said Dr Lucia Ferrer Bosch, the study's "
        "lead author.").question_set.questions
    stems = [q["prompt"] for q in questions if "placebo group" in q["prompt"]]
    assert stems and not any("short-sightedness, worsen" in stem for stem in stems), stems


def test_a_clause_inside_a_phrase_that_reads_on_past_it_goes_with_both_its_commas():
    # Set 62: "the _____ euro sale of Kupele Vrbnica, to Vienna-based Alpenquell Holding" once the clause "which owns
    # the springs ..." was cut; "to" hangs on "sale", before the clause.
    text = ("The court said the 14.2 million euro sale of Kupele Vrbnica, which owns the springs and three spa buildings "
            "in the town, to Vienna-based Alpenquell Holding in June 2023 was void.")
    assert cut(text, "14.2 million") == (
        "The court said the _____ euro sale of Kupele Vrbnica to Vienna-based Alpenquell Holding in June 2023 was void.")


def test_a_sum_the_parse_hangs_its_article_on_goes_with_its_unit_and_brackets():
    # Set 62: "approved a shilling ($110 million) plan" once "412 billion" was hidden for another question.
    text = ("The council on Thursday approved a 412 billion shilling ($110 million) plan to build new storm drains, two "
            "months after flash floods killed nine people.")
    assert cut(text, "nine", ["412 billion"]) == (
        "The council on Thursday approved a plan to build new storm drains, two months after flash floods killed _____ "
        "people.")


def test_a_title_in_capitals_before_a_name_goes_with_its_own_words():
    # Set 62: "Climate Minister Priit Kask said ..." beside a matching asking what Priit Kask is; the title in capitals
    # could not be cut (only "Board member" could). "outgoing" goes with its title.
    text = ("Climate Minister Priit Kask said that an extra 18 million euros had already been earmarked for wetland "
            "restoration.")
    assert cut(text, "an extra 18 million", ["Climate Minister"]) == (
        "Priit Kask said that _____ euros had already been earmarked for wetland restoration.")
    text = "The Unity Party of outgoing Prime Minister Daniel Korovou won 11 seats, down from 26 in 2021."
    assert cut(text, "11", ["Prime Minister"]) == "The Unity Party of Daniel Korovou won _____ seats, down from 26 in 2021."


def test_a_name_asked_for_is_written_elsewhere_as_the_thing_the_article_introduced():
    # "What is the app called?" beside "Kwetu Pesa pays interest of up to _____": the app, not its name.
    questions = generate_question_set("\n\n".join([
        "Lake Bank launches app for market traders",
        "DODOMA, Tanzania - Lake Bank on Monday launched a mobile banking app that lets small traders open an account "
        "without visiting a branch.",
        "The app, called Kwetu Pesa, will be available first in Tanzania and Kenya, the bank said.",
        "Unlike the mobile money services that dominate the region, Kwetu Pesa pays interest on savings of up to 6 "
        "percent a year.",
        "Lake Bank expects 1.5 million users in the first year, chief executive Neema Kisanga said.",
        "Rival lender Shamba Bank said it would launch an app of its own next year.",
    ])).question_set.questions
    prompts = [q["prompt"] for q in questions]
    assert "What is the app called?" in prompts, prompts
    assert any("the app pays interest on savings of up to _____" in p for p in prompts), prompts


def test_the_generator_s_apostrophes_follow_the_article_s():
    from quizapp.generator.shown import in_article_apostrophes
    question = {"prompt": "Who is the Coalition’s director?", "choices": [{"text": "the Federation’s head", "weight": 1}],
                "pairs": [{"left": "Ann", "right": "the Union’s chair"}], "source": {"sentence": "Ann’s union’s chair"}}
    straight = in_article_apostrophes(question, "The Parents' Federation's head and the Union's chair met.")
    assert straight["prompt"] == "Who is the Coalition's director?"
    assert straight["choices"][0]["text"] == "the Federation's head" and straight["pairs"][0]["right"] == "the Union's chair"
    assert straight["source"] == question["source"]  # the article's own words stay as written
    assert in_article_apostrophes(question, "The Federation’s head met the Union’s chair.") == question


@pytest.mark.parametrize("name", ["Norrvik", "Tallberg"])  # (the model takes the lone "Tallberg" for a person)
def test_a_company_named_after_its_founder_keeps_its_short_name(name):
    # "Norrvik also said it would cut its dividend" is Norrvik Group's, not its founder Erik Norrvik's: a "Who said"
    # with people for lures gave the company away (set 45's reviewers)
    from quizapp.generator.pipeline import candidates_of, read_article
    made = candidates_of(read_article("\n\n".join([
        f"{name} to cut 1,400 jobs as kitchen demand slumps",
        f"STOCKHOLM, Oct 23 (Reuters) - Swedish furniture maker {name} Group said on Thursday it would cut about 1,400 "
        "jobs, or 14% of its workforce.",
        f"{name}, founded in 1947 by carpenter Erik {name} in the town of Tibro, said demand for kitchens had fallen.",
        f"Shares in {name} fell 9% in early trading in Stockholm.",
        f"{name} also said it would cut its dividend to 1.50 crowns per share from 4.25 crowns last year.",
        "\"This is a painful decision,\" chief executive Lars Holm said.",
    ]), False))
    kinds = {e.name: e.kind for e in made.entities if name in e.name}
    group = next(e for e in made.entities if e.name == f"{name} Group")
    assert kinds == {f"{name} Group": "org", f"Erik {name}": "person"} and len(group.mentions) >= 3, kinds


def test_a_company_elided_from_a_quotation_is_written_as_what_it_is_in_brackets():
    # "People in Tibro have built […]'s kitchens" read as a gap to set 45's reviewers: "[the company]'s kitchens"
    from quizapp.generator.hiding import Hidden
    maker, _, _, facts = maker_of("\n\n".join([
        "Kitchen maker to close plant",
        "STOCKHOLM - Swedish kitchen maker Brannvik Group said on Thursday it would close its plant in Tibro.",
        "\"People in Tibro have built Brannvik's kitchens for three generations,\" said union official Lars Holm.",
        "Brannvik said demand had fallen for a second year.",
    ]))
    quote = next(f for f in facts if f.kind == "quote")
    candidate = next(c for c in maker.candidates(quote) if c.question["prompt"].startswith("Who said"))
    at = maker.article.text.index("Brannvik's kitchens")
    restemmed = candidate.restem((Hidden(at, at + len("Brannvik")),))
    assert restemmed == "Who said: “People in Tibro have built [the company]'s kitchens for three generations”?"


def test_a_form_of_address_is_no_title_to_ask_for():
    # "Who is Lukas Brenner? Professor" (set 45's reviewers): an honorific says nothing of who someone is
    _maker, _, entities, facts = maker_of("\n\n".join([
        "Radio bursts traced to a young galaxy",
        "Astronomers have traced a repeating radio burst to a dwarf galaxy, a study published on Wednesday said.",
        "\"A cycle like that is very hard to explain with a lonely magnetar,\" said Professor Lukas Brenner of the Max "
        "Planck Institute for Radio Astronomy in Bonn, a co-author of the paper. \"Our best explanation is that the "
        "magnetar is orbiting a massive companion star.\"",
        "The brightness of the bursts varied by a factor of more than 40, which Brenner said suggested the surroundings "
        "were changing.",
    ]))
    assert not [f for f in facts if f.kind == "title" and f.answer == "Professor"]


def test_a_share_that_opens_its_sentence_names_whose_it_is():
    # "Around _____ of its sales come from kitchens": whose sales (set 45's reviewers)
    questions = generate_question_set("\n\n".join([
        "Kitchen maker Brannvik to cut jobs",
        "STOCKHOLM - Swedish kitchen maker Brannvik Group said on Thursday it would cut about 1,400 jobs.",
        "Brannvik, which sells furniture in 14 countries, had about 11,700 employees at the end of June. Around 40% of "
        "its sales come from kitchens, which are usually bought when people move home.",
        "\"This is a painful day,\" chief executive Lars Holm said.",
    ])).question_set.questions
    prompts = [q["prompt"] for q in questions if "kitchens, which" in q["prompt"] or "come from kitchens" in q["prompt"]]
    assert prompts and all(re.search(r"of Brannvik['’]s sales", p) for p in prompts), prompts


def test_what_a_sum_was_spent_on_stays_with_it():
    # Set 48: "Amberlight Studios spent about _____." had lost what the money did.
    text = ("Amberlight Studios spent about 780 million zlotys, or roughly 180 million euros, converting the steel hall "
            "and building five new structures around it, giving the site nine sound stages in total.")
    assert cut(text, "780 million zlotys") == ("Amberlight Studios spent about _____ converting the steel hall and "
                                                "building five new structures around it.")
    # Where the money goes is said after "in": what follows is another fact
    text = "Voltrane said it would invest 1.42 billion zlotys in a new plant, creating up to 2,300 jobs."
    assert "2,300" not in (cut(text, "1.42 billion zlotys") or text)


def test_a_verb_taken_for_a_noun_keeps_its_object():
    # A new user's find: "The route links in the city centre with ...", "Millbrook Square" hidden for another question.
    text = ("The 9.4-kilometre route links Millbrook Square in the city centre with the Eastgate Retail Park, stopping "
            "at 14 stops along the way, including the Royal Infirmary and Harbourvale College.")
    made = cut(text, "14", hide=["Millbrook Square"])
    assert not made or "links in the city" not in made, made


def test_a_headline_surname_the_model_took_for_a_company_still_names_the_person():
    """Over a whole article the model typed "Karataş" of "Karataş wins Kırkpınar golden belt" as an organisation,
    and a company's surname then let the lead ask "_____ won the golden belt", which the title answers (set 52)."""
    from quizapp.generator.models import Entity
    maker, _, entities, facts = maker_of("\n\n".join([
        "Karataş wins Kırkpınar golden belt as twin brother cheers from ringside",
        "EDIRNE, Turkey - Mert Karataş won the golden belt at the Kırkpınar oil wrestling festival on Sunday, beating "
        "defending champion Hüseyin Çakır in a 52-minute final.",
        "Karataş, 27, from the western province of Manisa, became the festival's head wrestler at his ninth attempt.",
    ]))
    entities.append(Entity("Karataş", "org"))  # as the model typed it over the whole article
    assert maker.in_headline_as_person("Mert Karataş")
    entities.append(Entity("Karataş Holding", "org"))  # a company named after him is another matter
    assert not maker.in_headline_as_person("Mert Karataş")


def test_a_quotation_keeps_only_its_sentences_without_the_elided_words_where_they_say_enough():
    from quizapp.generator.people import clean_run
    quote = ("We threw away more than 99.9 percent of the events the detector recorded. Each of the 19 that survived "
             "was checked by hand by at least two people.")
    assert clean_run(quote, ["19"]) == "We threw away more than 99.9 percent of the events the detector recorded."
    assert clean_run(quote, ["99.9 percent", "19"]) == ""  # no sentence left: the words are elided instead
    assert clean_run("We will not accept that 1,150 people pay the price. Never.", ["1,150"]) == ""  # too short



def test_a_cut_that_leaves_an_asides_relative_clause_or_its_closing_dash_is_not_asked():
    """ "The combined group would run pharmacies - which trade as _____, and ..." and "run _____ pharmacies -, and
    Inkasalud's 1,120 in Peru -" (set 53's reviewers) are what hiding the aside's head leaves."""
    from quizapp.generator.questions import ORPHANED_BY_CUT
    assert ORPHANED_BY_CUT.search("The group would run pharmacies - which trade as _____, and 1,120 in Peru.")
    assert ORPHANED_BY_CUT.search("The group would run _____ pharmacies -, and Inkasalud's 1,120 in Peru - with")
    assert not ORPHANED_BY_CUT.search("The group would run 1,760 pharmacies - Andalué's _____ stores in Chile - with")
    assert not ORPHANED_BY_CUT.search("The park, which covers _____ square kilometres, opened in 1990.")
    questions = generate_question_set("\n\n".join([
        "Chilean retailer Andalué to buy Peru's Inkasalud",
        "SANTIAGO, Chile - Chilean pharmacy chain Andalué agreed on Monday to buy Peruvian rival Inkasalud for 1.14 "
        "billion dollars, the companies said.",
        "The combined group would run 1,760 pharmacies - Andalué's 640 stores in Chile, which trade as Farmacias "
        "Cordillera, and Inkasalud's stores in Peru - with annual sales of about 3.1 billion dollars.",
        "Andalué's 640 stores in Chile employ 9,000 people. Farmacias Cordillera was founded in 1987 in Valparaíso.",
    ])).question_set.questions
    assert questions and not any(ORPHANED_BY_CUT.search(q["prompt"]) for q in questions), [q["prompt"] for q in questions]


def test_a_phrase_whose_relative_clause_was_cut_goes_with_it():
    """ "will buy a stake ... from twin brothers Julián and Andrés Arango, in _____" of "..., who inherited it from
    their father, Gustavo Arango, in 2011" asked the year of the sale, which it is not (set 54's reviewers)."""
    from quizapp.generator.questions import without_rejoined
    sentence = ("Meranti Sports Holdings will buy an 80 percent stake in the club from twin brothers Julián and Andrés "
                "Arango, who inherited it from their father, Gustavo Arango, in 2011.")
    assert without_rejoined(sentence, "Meranti will buy a(n) _____ stake from twin brothers Julián and Andrés "
                                      "Arango, in 2011.") == "Meranti will buy a(n) _____ stake from twin brothers " \
                                                              "Julián and Andrés Arango."
    assert without_rejoined(sentence, "Meranti will buy a stake from twin brothers Julián and Andrés Arango, in "
                                      "_____.") is None
    kept = ("The committee backed talvendrin, which will be sold under the brand name Alvexa, for adults with "
            "idiopathic pulmonary fibrosis (IPF).")
    cloze = "The committee backed talvendrin, for adults with idiopathic pulmonary fibrosis (_____)."
    assert without_rejoined(kept, cloze) == cloze  # the clause ended at its comma: the phrase is the main clause's


def test_a_relative_named_with_its_and_their_is_a_persons_not_a_companys():
    """ "who inherited it from their father, Gustavo Arango" had matched him as "Meranti Sports Holdings' father"."""
    from quizapp.generator.titles import KINSHIP
    assert KINSHIP.match("father") and KINSHIP.match("grandmother") and KINSHIP.match("twin brother")
    assert not KINSHIP.match("chief executive")
    raw = "\n\n".join([
        "Malaysian group buys Colombian club",
        "MONTERIA, Colombia - Meranti Sports Holdings will buy an 80 percent stake in Deportivo Rio Sinu from twin "
        "brothers Julian and Andres Arango, who inherited it from their father, Gustavo Arango, in 2011.",
        "Julian Arango, president of Deportivo Rio Sinu, said the club needed investment.",
        "Meranti is controlled by Saravanan Muthusamy, a Malaysian businessman.",
    ])
    for question in generate_question_set(raw).question_set.questions:
        assert "Meranti Sports Holdings’ father" not in json.dumps(question, ensure_ascii=False)
        assert "Meranti Sports Holdings' father" not in json.dumps(question, ensure_ascii=False)


def test_a_place_cut_from_a_stem_takes_the_description_after_it():
    # "knock down the 1938 cinema[ on Laisves aleja], the city's main pedestrian boulevard, and replace it": the stem
    # had called the cinema the boulevard (set 56's reviewers)
    from quizapp.generator.hiding import hidden_phrase
    from quizapp.generator.nlp import get_model

    text = ("The permit had cleared the way for developer Nemuno Vartai to knock down the 1938 cinema on Laisves aleja, "
            "the city's main pedestrian boulevard, and replace it with a 14-storey tower containing 180 apartments.")
    span = get_model()(text)[:]
    answer = {t.i for t in span if t.text == "180"}
    cut = hidden_phrase(span, answer, {t.i for t in span if t.text == "Laisves"})
    left = " ".join(t.text for t in span if t.i not in cut)
    assert "cinema and replace it" in left and "boulevard" not in left
    # not a clause: ", the council said,"
    said = get_model()("The council will keep 180 seats of the cinema on Laisves aleja, the council said, for now.")[:]
    cut = hidden_phrase(said, {t.i for t in said if t.text == "180"}, {t.i for t in said if t.text == "Laisves"})
    assert cut is None or "said" in " ".join(t.text for t in said if t.i not in cut)


def test_a_relative_clause_that_goes_on_past_and_with_a_second_verb_is_cut_whole_or_not_at_all():
    """ "mainly with _____ brain scans and are available only at large hospitals": the parse ended "which cost around
    1.5 million won" at "won", and the cut left the clause's second verb without its subject (set 57's reviewers)."""
    raw = ("Seoul clears Alzheimer's blood test\n\nSEOUL, South Korea - South Korea's drug regulator approved a blood test "
           "for Alzheimer's disease on Wednesday.\n\nUntil now, doctors in South Korea have confirmed amyloid build-up "
           "mainly with PET brain scans, which cost around 1.5 million won (about $1,100) and are available only at "
           "large hospitals, or with a spinal tap to collect cerebrospinal fluid.\n\nThe study gave 1,276 patients both the "
           "blood test and a PET scan. Doctors say long waits for PET scans have kept many people from being assessed.")
    stems = [stem for stem in stems_made(raw, "PET") if "_____ brain scans" in stem]
    assert stems and not any("scans and are" in stem for stem in stems), stems


def test_an_aside_cut_from_inside_another_leaves_the_comma_that_closes_the_other():
    # Set 58's reviewers: "The auction, run by the Communications Services Regulatory Unit sold _____ blocks"
    text = ("The auction, run by the Communications Services Regulatory Unit, known by its Spanish initials URSEC, sold "
            "12 blocks of spectrum over three days of electronic bidding.")
    assert cut(text, "12") == ("The auction, run by the Communications Services Regulatory Unit, sold _____ blocks of "
                               "spectrum over three days of electronic bidding.")
    # A name's own aside between it and its verb still goes with both commas
    assert cut("The Consorzio Tutela Montebris, which represents 41 dairies, applied for 12 new licences in May.",
               "12") == "The Consorzio Tutela Montebris applied for _____ new licences in May."
