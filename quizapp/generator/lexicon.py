"""Word lists the rule layer uses: titles, the head nouns that mark facilities and
products, and words that are never names. General English, nothing about any one article."""

# Job titles, lower case. Multi-word titles are matched word by word.
TITLE_WORDS = frozenset("""
president vice undersecretary chairman chairwoman chairperson chair ceo coo cfo cto cco cmo cio cso evp svp vp md
chief executive officer operating financial technology technical marketing commercial competitive
director managing general manager head minister secretary mayor deputy councillor councilor governor
senator representative spokesperson spokesman spokeswoman founder co-founder cofounder owner partner
analyst economist scientist researcher professor engineer lead principal senior junior associate
coach captain commissioner administrator superintendent chancellor prime premier ambassador
officer executive board member leader boss striker midfielder defender goalkeeper player forward winger keeper
skipper referee
mission project program programme astronaut commander pilot inspector editor correspondent
architect surgeon nurse chef judge curator physician historian lawyer doctor teacher
prosecutor attorney solicitor barrister magistrate ombudsman auditor detective sheriff colonel sergeant lieutenant
bishop archbishop rector dean provost treasurer
archaeologist biologist geologist ecologist zoologist botanist epidemiologist virologist palaeontologist
paleontologist astronomer astrophysicist physicist chemist anthropologist volcanologist seismologist glaciologist
climatologist oceanographer meteorologist hydrologist psychologist sociologist geneticist statistician
""".split())
# Who a person is, when it is no job: "Ishaan Raghunathan, a schoolboy from ...". A name so described is a
# person's, though no title follows it.
PERSON_NOUNS = frozenset("""
schoolboy schoolgirl boy girl teenager student pupil man woman mother father grandmother grandfather son daughter
wife husband resident villager pensioner retiree volunteer survivor widow widower farmer shepherd fisherman beekeeper
physiotherapist grandmaster prodigy runner rower climber swimmer cyclist sprinter athlete
""".split())
# A person's job or part, written right before their name ("the substitute Chiara Bontempi", "their captain,
# Natalia Kowalczyk"). Not "leader", "winner", "champion": "market leader Halvorsen Hearing" is a company.
ROLE_NOUNS = frozenset("""
player striker defender goalkeeper midfielder forward captain coach manager substitute libero setter blocker hitter
teammate actor actress singer writer author engineer teacher doctor nurse driver officer minister founder chief
executive chairman chairwoman president spokesman spokeswoman spokesperson secretary analyst researcher scientist
professor judge mayor pilot candidate athlete rider director worker owner
""".split())
# Lower-case words for the body a title belongs to, written before it: "transport ministry spokeswoman",
# "city council leader", "state police spokesman".
BODY_WORDS = frozenset("""
ministry department agency council government police party union federation association authority
club team company group board committee commission office service institute foundation campaign
hospital university school court army navy military embassy city state county regional provincial
federal national local transport health education finance foreign interior defence defense
environment energy trade justice labour labor
""".split())
# Words that may join title words ("President and COO", "head of research").
TITLE_JOINERS = frozenset({"and", "of", "for", "&", "the", "at"})

FACILITY_HEADS = (
    "Plant", "Factory", "Works", "Mill", "Refinery", "Shipyard", "Foundry", "Smelter", "Fab",
    "Assembly Plant", "Gigafactory", "Spaceport", "Launch Complex", "Space Center", "Space Centre",
    "Cosmodrome", "Airport", "Stadium", "Arena", "Park", "Campus", "Terminal", "Port", "Station",
    "Hospital", "Laboratory", "Lab", "Centre", "Center", "Depot", "Warehouse", "Mine", "Dam",
    "Bridge", "Tower", "Headquarters", "Hub", "Facility", "Site", "Yard",
)
# Nouns that say the name before them is a product or model: "NV200 van", "Fuga sedan".
PRODUCT_HEADS = frozenset("""
van sedan saloon coupe hatchback suv truck pickup pick-up minivan phone smartphone
laptop tablet notebook computer chip processor console camera drone robot rocket probe satellite
spacecraft lander rover capsule telescope vaccine drug pill tablet treatment aircraft jet plane airliner
helicopter train tram ship vessel tanker engine motor battery speaker headphones earbuds watch smartwatch
television tv appliance fridge washer dryer printer router device app software platform
""".split())
# Nouns after a capitalised word that show it is a class or category, not a model name:
# "Kei cars", "Mitsubishi Kei car class".
CLASS_NOUNS = frozenset("""
car cars class segment market sales venture ventures brand brands range lineup line-up plant plants
vehicles vehicle models industry business division unit group company companies partnership alliance
""".split())
# Company-name endings.
ORG_SUFFIXES = frozenset("""
Inc Inc. Corp Corp. Corporation Company Co Co. Ltd Ltd. Limited LLC PLC plc AG SA S.A. GmbH NV BV SE
Group Holding Holdings Motors Industries Airlines Airways Bank Energy Pharma Pharmaceuticals Therapeutics
Technologies Systems Labs Agency Authority Council Ministry University Institute Foundation FC Pharma Biologics
Semiconductor Semiconductors Electronics Materials Capital Partners Securities Research Airlines Air Orbital
Line Lines Shipping Logistics Bank Pay Insurance Media Studios Films Records Games Entertainment Seeds Foods Farms
Aerospace Aviation Defence Robotics Mining Chemicals Steel Telecom Telecoms Renewables Utilities
Metals Resources Minerals Petroleum Properties Retail Brands Ventures Enterprises Investments Networks
Digital Software Health Solutions Services Consulting Insight Analytics Seafood Fisheries Dairies Markets
Shipbuilding Shipyards Yards Engineering Construction Contracting Publishing Brewing Brewery Breweries Distillery
Distillers Trading Plantations Estates Carriers Tankers Maritime Navigation
Tunnelling Tunneling Manufacturing Packaging Printing Catering Banking Broadcasting Marketing Housing Lending
Leasing Recycling Drilling Dredging Refining Haulage Freight Transport Logistics Robotics Genomics Dynamics
Minerais Minerales Mineração Energia Energie Seguros Transportes
Diagnostics Optics Avionics Photonics Plastics Textiles Technology Laboratories Fisheries Foundries Devices
Instruments Bioscience Biosciences Sciences Biotech Medical Automotive Mobility Railways Ferries Cruises Maritime Marine
Offshore Communications Telecommunications Interactive Hotels Resorts Cinemas Homes Estates Developments Realty
Finance Financial Assurance Associates Consultancy Advisers Advisors Management Apparel Cosmetics Beverages
Trust Network Alliance Association Federation Union Society Commission Board Party Coalition Forum Club Committee
Museum Gallery Galerie Library Orchestra Philharmonic Opera Theatre Zoo College Academy Studio Architects Architecture Atelier
Ales Beers Wines Spirits Cider Distilleries
Survey Project Programme Program Initiative Observatory Consortium
""".split())
# Words that look like names at the start of a sentence or in headlines, never entities.
NOT_NAMES = frozenset("""
The A An This That These Those It Its He She They We I You Our Their His Her Under As At In On For
From With By After Before While When Where What Which Who Why How Since Until Although Though Mr Mrs
Ms Dr First Last Next New Future Producing Currently Meanwhile However According Also But And Or
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
Each Every Both All Some Many Most Several Such Other Another Celsius Fahrenheit Kelvin
""".split())

# Units a figure is measured in, in the singular: "the 95-kilogram satellite", "(in kilometres)", "more than 20
# years old". Counted things written into a figure ("a 40-bed unit", "a 240-page report") are COUNT_NOUNS.
MEASURE_NOUNS = frozenset("""
kilogram kilo tonne ton kilometre kilometer metre meter mile foot inch litre degree acre hectare
year month week day hour minute
""".split())
# Units of a small thing's size: "teeth _____ centimetres long", "worsen by _____ dioptres", "a 12-millimetre gap".
SIZE_UNITS = frozenset("""centimetre centimetres centimeter centimeters millimetre millimetres millimeter millimeters
cm mm dioptre dioptres diopter diopters inch inches""".split())
COUNT_NOUNS = frozenset("page storey seat bed room".split())
# Units of energy, power and other physical quantities: "produces about 19 terawatts of heat" reads as nothing
# without its figure ("produces terawatts of heat" was a stem of set 51).
PHYSICAL_UNITS = frozenset("""watt kilowatt megawatt gigawatt terawatt joule kilojoule megajoule volt kilovolt hertz
gigahertz gram milligram microgram litre liter gallon barrel decibel kelvin pascal newton""".split())
# The letters of a dollar's country before its sign: "US$", "A$", "C$", "NZ$", "HK$", "S$", "R$" (Brazil's real).
DOLLAR_LETTERS = r"(?:US|A|C|NZ|HK|S|R)"
CURRENCY_NOUNS = frozenset("""euro pound dollar yen crown krone franc rupee yuan rand peso dirham sterling zloty forint
shilling tugrik naira kwacha ringgit baht rouble ruble lira dinar riyal shekel""".split())
# Every unit a figure is counted in: without its figure the unit reads as nothing ("well below the roughly 20 cents
# it pays" is no "well below the cents it pays").
UNIT_NOUNS = MEASURE_NOUNS | SIZE_UNITS | PHYSICAL_UNITS | CURRENCY_NOUNS | frozenset("cent penny pence percent point".split())


# The last words of an event's name: a race, a championship, a festival ("Hamburg Marathon", "Hungarian Grand Prix").
# Entities read the model's person or product so named as an event; questions ask "Which event ...?" of a site so
# named; the lure sorts keep events among events.
EVENT_ENDINGS = ("Marathon", "Championship", "Championships", "Cup", "Games", "Olympics", "Olympiad", "Tournament",
                 "Biennale", "Festival", "Grand Prix", "Rally", "Trophy", "Open", "Masters", "Classic")
EVENT_ENDING = "|".join(EVENT_ENDINGS)


def plural(noun):
    """'kilometre' -> 'kilometres', 'foot' -> 'feet'."""
    return {"foot": "feet"}.get(noun, noun + "s")


def is_unit(word):
    """The word is a unit a figure is counted in (UNIT_NOUNS), singular or plural: 'cents', 'inches', 'feet'."""
    return word.lower() in UNITS_EITHER_NUMBER


UNITS_EITHER_NUMBER = UNIT_NOUNS | {plural(noun) for noun in UNIT_NOUNS} | {noun + "es" for noun in UNIT_NOUNS}


# The small words a title keeps lower case: "Still Life with Lemons and a Silver Ewer".
TITLE_SMALL_WORDS = ("of", "and", "or", "the", "in", "on", "an", "a", "to", "for", "with", "at", "from", "by", "over",
                     "under")


REPORTING_VERBS = (
    "said", "says", "added", "adds", "explained", "explains", "noted", "notes", "told", "tells",
    "stated", "states", "argued", "argues", "insisted", "insists", "warned", "warns", "commented",
    "remarked", "declared", "announced", "wrote", "writes", "continued", "concluded", "recalled",
)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# News agencies shorten the long months before a day: "Sept. 1", "Jan. 15" (March to July stay whole).
SHORT_MONTHS = {"Jan.": "January", "Feb.": "February", "Aug.": "August", "Sept.": "September", "Sep.": "September",
                "Oct.": "October", "Nov.": "November", "Dec.": "December"}
# The last word of a street's name: "Carrick Lane", "Granby Street".
STREET_WORDS = ("Lane", "Street", "Road", "Avenue", "Boulevard", "Drive", "Square", "Terrace", "Row", "Crescent")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The wire service a dateline names in brackets: "(Reuters)", "(AP)", "(Bloomberg)".
WIRE = r"\([A-Z][\w .&/-]{1,30}\)"

# Words too common in bodies' names to tie one body to another ("National Water Authority", "National University"),
# or to name one with the body's last word ("Global Fund" is another body than the Global Malaria Innovation Fund).
SHARED_NAME_WORDS = frozenset({
    "Global", "National", "Federal", "State", "Royal", "New", "City", "General", "Central", "Regional", "Public",
    "European", "International", "World", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
    "Western", "United", "American", "British",
    # and what bodies are: "Library" ties no library to the National Library's director
    "Library", "Museum", "University", "College", "Hospital", "School", "Institute", "Centre", "Center", "Court",
    "Bank", "Club", "Orchestra", "Theatre", "Airport", "Port", "Research", "Health", "Care", "Education", "Science",
    "Sciences", "Services", "Service", "Development", "Environment", "Energy", "Water", "Transport", "Media", "Arts",
    "Culture", "Heritage", "Sport", "Police"})
