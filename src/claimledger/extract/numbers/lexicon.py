"""Word lists of the casualty-figure extractor (``extract/numbers/``).

Everything here is lowercase and matched on token text (``Token.lower_``), not
on lemmas: the small English model mislemmatises rare or misspelled
participles ("wouded" -> "woude"). The casualty lexicon comes first.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


# --- the casualty lexicon ------------------------------------------------------
# Surface forms -> the figure they name. "shot" maps to the pseudo-figure
# "shoot": killed when the clause also says the victim died ("shot dead", "shot
# and killed", "fatally shot"), injured otherwise (US shooting reports count a
# victim who "was shot" and is not said to die as injured).
_FORMS: dict[str, str] = {
    "killed": """
    killed killing kill kills died die dies dying dead death deaths fatality fatalities
    neutralised neutralized neutralising neutralizing neutralise neutralize eliminate eliminated eliminating murdered murdering slain slew perished perish executed beheaded assassinated massacred
    slaughtered lynched bodies body corpses gunned lifeless succumbed drowned martyred martyring
    martyrs deceased liquidated suffocated asphyxiated
    """,
    "injured": """
    wounded wounding wound injured injuring injure injury injuries hurt hospitalized treated
    hospitalised maimed wounds
    """,
    "missing": """
    missing disappeared unaccounted
    """,
    "abducted": """
    abducted abducting kidnapped kidnaped kidnapping hostage hostages abduct kidnap
    """,
    "arrested": """
    arrested arresting detained detaining apprehended arrests detainees arrest
    captured capturing nabbed surrendered surrendering
    """,
    "displaced": """
    displaced displacing homeless evacuated fled flee fleeing flees
    """,
    "shoot": """
    shot shoots shoot shooting grazed grazing stabbed stabbing
    """,
}
CASUALTY: dict[str, str] = {w: fig for fig, ws in _FORMS.items() for w in _words(ws)}
# "casualties" mixes killed and wounded; like ACLED's conservative fatality coding we do
# not read a count of them as deaths but as injured (the wider, non-lethal reading,
# with a low confidence), while "no casualties" negates both figures.
CASUALTY["casualties"] = "injured"
CASUALTY["casualty"] = "injured"

# Nouns that are themselves the counted thing: "12 fatalities", "no injuries".
CASUALTY_NOUNS = _words(
    """
    arrests bodies body casualties casualty corpses dead death deaths detainees fatalities
    fatality hostages hurt injured injuries injury martyrs wounded
    """
)

# Casualty verbs whose subject is the victim even in the active voice ("three died").
INTRANSITIVE = _words(
    """
    die died dies dying perish perished succumbed surrendered surrendering drowned drown drowns
    suffocated asphyxiated
    """
)

# Lemmas that turn "shot" into killed when they share its clause.
KILL_CUES = _words(
    """
    dead death die fatally kill mortally murder slay succumb
    """
)

# "hit"/"struck" are injuries only "by gunfire", "by a stray bullet" (see GUNFIRE).
HIT_VERBS = _words(
    """
    hit hits hitting struck striking strikes
    """
)

GUNFIRE = _words(
    """
    buckshot bullet bullets fire gunfire gunshot pellets round rounds shots shrapnel sniper
    stray
    """
)

# "bodies of five", "the lives of 12", "the death of a teenager".
OF_NOUNS: dict[str, str] = {
    w: "killed"
    for w in _words(
        "bodies body lives deaths death killing killings murder murders remains corpses"
    )
}
# "the martyrdom of two of our brothers": a death noun only before a number (the
# martyrdom of one person named by several descriptors is read by ``single_victim``'s
# mourning words, not counted by its conjuncts).
NUMBERED_OF_NOUNS: dict[str, str] = {
    w: "killed" for w in _words("martyrdom neutralisation neutralization elimination")
}
# "the detention of five suspects", "the arrest of two men", "the abduction of 12 pupils"
OF_NOUNS.update(
    {w: "arrested" for w in _words("detention detentions arrest arrests capture surrender")}
    | {w: "arrested" for w in _words("apprehension apprehensions")}
    | {w: "abducted" for w in _words("abduction abductions kidnapping kidnappings")}
)
# An event named with its count: "double shooting" = 2 shot, "triple homicide" = 3 killed.
MULTIPLE: dict[str, int] = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
MULTIPLE_EVENTS: dict[str, str] = {
    **{w: "injured" for w in ("shooting", "shootings")},
    **{w: "killed" for w in _words("homicide homicides murder murders killing killings fatal")},
}

# --- words between a count and its casualty word ----------------------------------
# May stand between a victim and its casualty word: "25 soldiers were later killed".
BRIDGE = _words(
    """
    went gone go remain remained remains behind
    accidentally all allegedly already also apparently are badly be been being believed both
    confirmed critically declared each eventually fatally feared found get got gravely had
    has have immediately individuals initially instantly is later left lightly men more
    mortally now other others people persons pronounced reported reportedly reports said say
    seriously severely slightly subsequently then to was were which who women wrongly
    """
)

# A toll phrase before the number: "the death toll rose to 12".
TOLL_WORDS = _words(
    """
    tally toll
    """
)

# Words a toll phrase may contain between "toll" and the number; also ACLED's
# annotator notes ("unknown fatalities coded as 10").
TOLL_BRIDGE = _words(
    """
    a an and are as at bringing brought casualties casualty civilian climb climbed climbs
    coded confirmed dead death deaths fatalities final further had has have hit increased
    injured injuries injury is its jumped killed now number of official overall people put
    reach reached reportedly rise risen rises rose since stands stood tally the their then
    to toll tolls total unknown was which wounded
    """
)

# Words between a victim and a wound/condition/hospital phrase: "was taken to
# hospital with a gunshot wound", "is in critical condition".
PHRASE_BRIDGE = _words(
    """
    - a admitted airlifted an and apparent appeared are area arrived be been being brought
    critical driven escaped fled intensive shrapnel bullet bullets
    fair fatal flown for good grave gun gunshot gunshots had has have her his in inflicted
    is later life life-threatening light listed local mild minor moderate multiple nearby non
    slight superficial required require requires needed underwent undergone
    non-life-threatening possible received receiving remained remains reported rushed self
    self-inflicted serious several severe single stable suffered suffering sustained
    sustaining taken the their then threatening to transported treated was were what with
    """
)

# Body parts a victim "lost" ("one of them lost a leg"): a lasting injury.
LOST_PARTS = _words(
    """
    leg legs arm arms eye eyes hand hands foot feet limb limbs sight
    """
)

# Hospital conditions: "in critical condition" means injured.
CONDITION_ADJ = _words(
    """
    critical fair good grave guarded serious stable
    """
)

# "taken/rushed to (the) hospital" means injured.
HOSPITAL_VERBS = _words(
    """
    airlifted brought driven flown rushed taken transported remained remain remains stayed
    """
)

# Speech verbs: a noun that is their subject introduces a speaker ("One officer
# injured in the strike said ...") rather than stating a count.
SPEECH = _words(
    """
    add claim explain recall recount report say speak state tell
    """
)

# --- who is counted ----------------------------------------------------------------
# Person nouns (lemmas and forms). A number tied to another noun is not a casualty
# count unless that noun is unknown (then the confidence drops).
PERSON = _words(
    """
    nephew niece cousin uncle aunt grandson granddaughter grandfather grandmother grandparent
    stepson stepdaughter stepfather stepmother boyfriend girlfriend fiance fiancee roommate
    classmate coworker juvenile male female minor newborn grandchild sibling partner spouse
    homeless teenager worshippers bodyguard contractor colonel captain lieutenant sergeant
    corporal pastoralist herder herdsman villager trader vendor chairman councillor councilor
    local locals mayor judge lawyer activist adolescent chairperson trafficker smuggler
    aide escort financier facilitator courier recruiter sniper maker bombmaker naik havildar
    subedar signaller gunner
    supplier associate accomplice companion ringleader henchman runner gunrunner convict alias kidnapper saboteur collaborator sepoy jawan
    informant informer spy expert aggressor volunteer auxiliary guide comrade helper
    groom bridegroom bride
    raider bandit infiltrator robber poacher criminal gangster cultist miscreant hoodlum
    marauder mercenary occupier invader abductor hijacker looter sympathizer sympathiser
    adult adults agent airman army assailant attacker babies baby bomber boy boys brother
    bystander cadet cadre captive cashier child children civilian clerk combatant commander
    constable cop customer cyclist daughter demonstrator deputy detainee doctor driver elder
    elderly employee extremist family fan farmer father fighter firefighter fisherman
    fishermen friend gendarme girl girls guard guerrilla guerrillas gunman gunmen homeowner
    hostage husband imam individual infant inmate insurgent jihadist journalist kid kids
    leader loyalist man marine medic member men migrant militant militia militiaman
    militiamen monk mother motorist neighbor neighbour nun nurse occupant officer official
    one ones operative other others owner paramedic paramilitary parent passenger patron
    pedestrian people person personnel pilgrim player police policeman policemen policewoman
    priest prisoner protester protestor pupil ranger rebel recruit recruits refugee relative
    reporter resident responder rider rioter sailor security separatist serviceman
    servicemen shepherd sheriff shopper sister soldier soldiers son spectator staff student
    suspect teacher teen teenager teenagers teens tenant terrorist toddler tourist troop
    trooper victim villager wife woman women worker worshiper worshipper youth youths
    """
)

# Relatives named as one victim ("his wife", "the doctor's son"): the one table of them,
# read by ``single_victim`` (with "baby"), ``kin_companions`` (with the words a possessive
# makes kin) and ``reconcile/estimates`` (a source that names only relatives).
KIN_RELATIVES = _words(
    """
    wife husband son daughter brother sister mother father uncle aunt nephew niece cousin
    grandson granddaughter grandfather grandmother child
    """
)
# Plural relatives: "their two children", "my brothers".
KIN_MANY = _words(
    """
    sons daughters brothers sisters nephews nieces cousins children kids grandchildren
    grandsons granddaughters parents uncles aunts
    """
)

# Victim nouns that make a figure civilian.
CIVILIAN = _words(
    """
    baby boy bystander cashier child children civilian clerk customer cyclist doctor elder
    elderly family farmer fisherman girl homeowner infant journalist kid migrant minor
    motorist nurse passenger patron pedestrian pilgrim pupil refugee reporter resident
    schoolboy schoolchild schoolgirl shepherd shopper student teacher teen teenager tenant
    toddler tourist villager woman women worshiper worshipper youth
    """
)

# Counted things that are never people: "three vehicles", "25 airstrikes".
NONPERSON = _words(
    """
    bill bills deal deals proposal proposals plan plans project projects legislation measure
    motion amendment idea ideas talks engine engines lights story stories momentum mood
    career chances hopes
    source sources report reports account accounts outlet outlets
    amount number lot rest total majority acre acres airstrike airstrikes animal animals attack attacks base bases blast blasts
    block blocks bomb bombs building buildings bullet bullets camp camps car cars case cases
    cattle cent cents charge charges checkpoint checkpoints church churches count counts cow
    cows day days district districts dollar dollars drone drones explosion explosions feet
    foot goat goats gun guns heads helicopter helicopters home homes hospital hospitals
    hour hours house houses inch inches incident incidents jet jets kg kilogram kilograms
    kilometer kilometers kilometre kilometres km livestock meter meters metre metres mile
    miles minute minutes missile missiles month months mortar mortars mosque mosques
    operation operations per percent plane planes point points position positions post posts
    pound pounds province provinces raid raids rifle rifles rocket rockets round rounds
    school schools second seconds sheep shell shells shooting shootings shop shops shot
    shots sortie sorties strike strikes tank tanks time times ton tons town towns truck
    trucks vehicle vehicles village villages weapon weapons week weeks yard yards year years
    """
)

# --- what is not a count -----------------------------------------------------------
# A number followed by one of these is a measure, time or age: "40 miles", "75 %".
UNIT_AFTER = _words(
    """
    $ % a.m a.m. acres am block caliber calibre cents cm day days degrees dollars feet foot
    ft hour hours hrs kg kilometer kilometers kilometre kilometres km kms lbs m meter meters
    metre metres mile miles mins minute minutes mm month months nd o'clock of: p.m p.m. pc
    per percent pm points pounds rd second seconds st th times tons week weeks yard yards
    year years yr yrs
    """
)

# A number after one of these is a label, road, sum or age: "Route 9", "aged 30".
UNIT_BEFORE = _words(
    """
    $ age aged ages apartment apt area article ave avenue battalion block box brigade bus
    camp channel chapter class company corps district division ext ext. fax flight gate
    grade highway hwy i inr interstate level line lot no. number p.o. page phase phone
    platoon po precinct rd regiment resolution road room route rs section sector size squad
    st street suite tel tel. unit usd ward year years zone £ €
    """
)

# Month names: "May 3", "3 May" are dates.
MONTHS = _words(
    """
    apr april aug august dec december feb february jan january jul july jun june mar march
    may nov november oct october sep sept september
    """
)

# Vague quantity words that can start a count ("dozens were hurt"); see numwords.
VAGUE_WORDS = _words(
    """
    dozens hundreds multiple numerous scores several tens thousands
    """
)

# --- negation ------------------------------------------------------------------
# "nobody was hurt", "none were killed".
NEG_SUBJECTS = _words(
    """
    no-one nobody none noone
    """
)

# "no injuries", "without casualties", "neither fatalities nor injuries".
NEG_BEFORE_NOUN = _words(
    """
    neither no nor without zero
    """
)

# Words between a negator and the casualty noun: "no reports of serious injuries".
NEG_SKIP = _words(
    """
    - additional and any apparent casualties civilian confirmed deaths fatalities further immediate
    immediately injuries known life major nor obvious of or other report reported reports
    serious significant threatening word
    """
)

# Real English words one slip away from a casualty word ("insured" is not "injured").
REAL_WORDS = frozenset({"insured", "bodes", "wound", "wounds", "injure", "deaths", "dyeing"})


def _typo_variants(word: str) -> set[str]:
    """Spellings one slip away from ``word``: a dropped, doubled or swapped letter."""
    out: set[str] = set()
    for i in range(len(word)):
        out.add(word[:i] + word[i + 1 :])  # dropped
        out.add(word[:i] + word[i] + word[i:])  # doubled
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped
    out.discard(word)
    return out


def _build_typos() -> dict[str, str]:
    """Map misspellings of casualty words of 6+ letters to the figure they name."""
    typos: dict[str, str] = {}
    for form, fig in CASUALTY.items():
        if len(form) < 6:
            continue
        for variant in _typo_variants(form):
            if variant not in CASUALTY and variant not in REAL_WORDS:
                typos.setdefault(variant, fig)
    return typos


# Built once at import: a few thousand strings, looked up only next to a number or victim.
TYPOS: dict[str, str] = _build_typos()

# The people a side loses ("the attackers lost three of their fighters", "we lost 2 men");
# "men" only when one of LOST_MEN_BY lost them (not "the firm lost 30 men").
LOST_FIGHTERS = _words(
    """
    fighters soldiers troops militants comrades policemen gunmen insurgents rebels
    terrorists militiamen jawans men
    fighter soldier militant comrade policeman gunman insurgent rebel terrorist militiaman
    jawan man
    patients patient martyrs martyr
    """
)  # (a ward's "We lost 3 patients tonight", a command's "Our forces lost 1 martyr")
LOST_MEN_BY = _words(
    """
    we they rebels enemy army forces militants insurgents attackers aggressors terrorists
    gunmen militia militiamen bandits raiders occupiers invaders fighters troops
    """
)
