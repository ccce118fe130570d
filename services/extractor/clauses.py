"""The sentence under analysis, its candidate events and the clause tests that troop movements, drills and
statements share: negation, modality, plans, background, quotes and the speech that governs a trigger."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from services.extractor.attribution import BoundaryScan, Speech, new_scan, subject_before
from services.extractor.gating import GatedPattern
from services.extractor.matcher import Mention
from services.extractor.quantities import numbers_in

_STATEMENT = "diplomatic_statement"
_TROOP = "troop_movement"
_DRILL = "military_drill"
_STATEMENT_LOC = re.compile(
    r"\b(over|near|against|on|at|toward|towards|around|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$", re.I
)
_NEGATION = GatedPattern(
    re.compile(
        # ("would not hesitate to send forces" affirms the step it threatens)
        r"\b(not(?!\s+(?:hesitate|shy away|think twice)\b)|cannot|never(?!\s+(?:hesitate|shy away)\b)|no|without|nor|"
        r"neither|yet to|refused to|refuse to|refuses to|declined to|declines to|"
        r"failed to|fail to|stopped short of|instead of|rather than|none of|halt(?:ed)? plans to|nobody|"
        r"no one)\b|n't\b(?!\s+(?:hesitate|shy away|think twice)\b)",
        re.I,
    ),
    ("no", "n't", "never", "without", "neither", "yet to", "refuse", "decline", "fail", "stopped short of",
     "instead of", "rather than", "halt", "nobody"),
)
# "without preconditions …": "without" took an object of its own before the trigger (not "without any …")
# Speakers who speak for no state: analysts forecast, a former official argues (movements and statements).
_SPECULATOR_WORDS = (
    r"(?:former|ex-|retired|analysts?|experts?|commentators?|observers?|columnists?|bloggers?|think tank|academics?|"
    r"scholars?|researchers?|pundits?|forecasters?|bookmakers?|pollsters?|economists?)"
)
# A subject that opens with them: "Military analysts", "A London-based expert", "the former minister" (movements and
# statements).
_SPECULATOR_SUBJECT = re.compile(
    r"\W*(?:an?\s+|the\s+|some\s+|several\s+|most\s+|many\s+)?(?:[\w'’-]+\s+){0,3}?(" + _SPECULATOR_WORDS + r")\b", re.I
)
# What the other side says to contest a claimed pull-back, shared by the accusation it makes (`triggers._STILL_THERE`)
# and the pull-back's `disputed` assertion (`movements._DISPUTE`): "four were still loitering there" (not a withdrawal
# still under way), "… says they have not", "'not one soldier' has left", "no real pull-back"; and the words one of
# which each of them contains, for the patterns' gates.
_STILL_CONTESTED = (
    r"(?:were|was|are|is)\s+still\s+(?!(?:withdraw|pull|leav|retreat|return|mov|head|go|draw)\w*)[a-z]+ing\s+"
    r"(?:there|in|at|on|near|around|off|inside|close)\b"
    r"|(?:they|it)\s+(?:had|have|has)\s+not(?=\s*(?:[.;]|$))"
    r"|['‘\"“]?not\s+(?:one|a\s+single)\s+(?:soldier|troop|tank|unit|ship|vessel)s?['’\"”]?\s+(?:has|had|have)\s+"
    r"(?:left|moved|gone|withdrawn|pulled\s+back|returned)"
    r"|['‘\"“]?no\s+(?:real|meaningful|significant|genuine|actual)\s+(?:pullback|withdrawal|pull-back|drawdown)"
)
_STILL_CONTESTED_GATE = (
    "still", " not", "not one", "not a single", "no real", "no meaningful", "no significant", "no genuine", "no actual",
)
# People who are not forces or a state's officials: the citizens an evacuation or a travel advisory is about, the
# civilians and diplomats who leave a country (movements and statements).
_CIVILIANS = (
    r"(?:citizens|nationals|civilians|residents|people|staff|families|children|patients|tourists|travell?ers|"
    r"expatriates|migrants|refugees|journalists|correspondents|aid workers)"
)
# Words that tell a launch or a strike hit something: an attack, outside the taxonomy (movements).
_ATTACK_WORDS = (
    r"(?:sirens?|intercepted|shot down|struck|hitting|slammed\s+into|buildings|homes|houses|killed|killing|wounded|"
    r"wounding|injured|injuring|casualt\w+|damaged?|damaging|set\s+fire\s+to|sparked\s+(?:a\s+)?fires?|"
    r"started\s+(?:a\s+)?fires?)"
)
# What is "met" when it is no counterpart: "meet the demands", "meet their pledges" (triggers and statements).
# Another party's reaction named as a noun: "drawing a sharp rebuke from Moscow" (triggers and movements).
_REACTION_NOUNS = r"(?:rebukes?|protests?|condemnation|criticism|complaints?|reprimands?)"
_MEET_OBJECTS = (
    r"(?:demands?|obligations?|targets?|requirements?|needs|deadlines?|standards?|criteria|conditions|goals?|"
    r"expectations|pledges?|commitments?|quotas?|costs?|payments?|objectives|aims|benchmarks?|milestones?|"
    r"(?:[\w-]+\s+)(?:goals?|targets?|objectives|deadlines?))"  # ("meet its centenary goals")
)
# Called off after the fact: "the drills that … had planned were scrapped", "a planned meeting … had been shelved".
_CALLED_OFF_AFTER = re.compile(
    r"[^.;]{0,140}?\b(?:had|has|have|was|were|is|are)\s+(?:now\s+|since\s+|quietly\s+|been\s+)*"
    r"(?:cancell?ed|called off|shelved|postponed|scrapped|suspended|abandoned|put on hold|dropped from the calendar)\b",
    re.I,
)
# Not happened, or a guess about what may come: "A seventh nuclear test, long predicted, has yet to take place", "a
# fresh round of launches appears likely in the coming weeks" (the noun is the subject; no act is told).
_NOT_YET_AFTER = re.compile(
    r"(?:(?!\b(?:and|but|while|as|because)\b)[^.;]){0,100}?\b(?:(?:has|have|had)\s+yet\s+to\s+(?:take\s+place|happen|materiali[sz]e|begin|start|be\s+"
    r"(?:held|carried\s+out|conducted|staged|seen|announced|confirmed))|(?:now\s+|still\s+)?(?:appears?|seems?|looks?)\s+(?:increasingly\s+|"
    r"ever\s+more\s+|more\s+|highly\s+)?(?:(?:un)?likely|(?:im)?probable|imminent|possible)|(?:is|was|remains?|remained|seemed)\s+"
    r"(?:highly\s+|very\s+|still\s+)?unlikely)\b",
    re.I,
)
# The time a deadline gives, for the demand it sets ("gave French forces one month to leave"): the pattern trigger
# (`triggers`) and the demand scope (`movements`) read the same words.
DEADLINE_SPAN = (
    r"(?:\d+|one|two|three|four|five|six|seven|ten|fifteen|thirty|forty-eight|seventy-two|a|an)\s+"
    r"(?:days?|weeks?|months?|hours?)"
)
_WITHOUT_NOUN = re.compile(r"\s+(?!(?:any|a|an|the|further|more|prior)\s)[\w-]+\s+\S", re.I)
_MODAL = GatedPattern(
    re.compile(
        r"\b(could|might|may|should|if|unless|whether|possibly|potentially|possible|potential|risk of|fears? of|"
        r"(?:un)?likely to|"
        r"feared|threat of|ready to|poised to|capable of|able to|in case|expects?|predict\w*|speculat\w*|imminent|"
        r"any (?:attempt|move|effort|plan|decision|bid)"
        r"(?: by (?:the )?(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*)?)? to|"
        # an inverted condition: "Were Venezuela to move on Essequibo, …"
        r"(?<![\w,] )were\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*\s+(?:[\w'’.-]+\s+){0,2}?to)\b",
        re.I,
    ),
    ("could", "might", "may", "should", "if", "unless", "whether", "possib", "potential", "risk of", "fear",
     "likely to",
     "threat of", "ready to", "poised to", "capable of", "able to", "in case", "expect", "predict",
     "speculat", "any ", "were ", "imminent"),
)
_WOULD = GatedPattern(
    re.compile(r"\b(would|'d)\b", re.I),
    ("would", "'d"),
)
_FUTURE = GatedPattern(
    re.compile(
        r"\b(will|shall|'ll|pledge[sd]? to|vow(?:s|ed)? to|promise[sd]? to|plans? to|planning to|planned|intends? to|"
        r"intending to|set to|due to|(?<!previously )scheduled|"
        r"agreed to|agree to|decided to|decide to|to consider|going to|prepares? to|preparing to|announced plans|"
        r"expected to|upcoming|forthcoming|next week|next month|next year|later this|is to|are to|to be held|"
        r"vowed to|pledged to|promised to|would soon|soon|would be|by the end of|"
        r"would\s+(?:probably\s+|likely\s+)?(?:try|seek|attempt)\s+to|"
        # reported speech shifts "will" back: "Berlin said it would send jets" (a repeated claim stays a claim)
        r"(?:said|says|announced|announces|added|confirmed|told\s+\w+)\s+(?:(?:on\s+\w+|earlier|today|yesterday|again|also|separately)\s+)?"
        r"(?:that\s+)?(?:it|they|we|he|she)\s+would(?!\s+(?:not|never|have|like|prefer|rather))|"
        r"within (?:the next )?\w+ (?:days|weeks|months)|"
        r"starting (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next))\b",
        re.I,
    ),
    ("will", "shall", "'ll", "pledge", "vow", "promise", "plan", "intend", "set to", "due to", "scheduled",
     "agree", "decide", "to consider", "going to", "prepar", "announced plans", "expected to",
     "upcoming", "forthcoming", "next", "later this", "is to", "are to", "to be held", "soon", "would be",
     "by the end of", "within", "starting", "would"),
)
_PERFECT_BEFORE = re.compile(r"\b(?:had|has|have)\s+(?:(?:already|now|since|been)\s+)?$", re.I)
_FUTURE_AFTER = re.compile(
    r"\b(next\s+(?:week|month|year|weekend)|upcoming|later this|by (?:mid-?|early |late |the end of )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|next|spring|summer|"
    r"autumn|winter|(?:19|20)\d\d)|within (?:the next )?\w+ (?:days|weeks|months)|starting (?:on )?"
    r"(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|tomorrow|next))",
    re.I,
)
_CANCEL = GatedPattern(
    re.compile(
        r"\b(cancel(?:l?ed|s|ling)?|called off|calls off|call off|postponed?|postpones|scrapped|scraps?|shelved|"
        r"abolish(?:ed|es|ing)?|"
        r"abandoned|suspended|suspends?|dropped\s+(?:its\s+|their\s+|the\s+)?plans?|"
        # "agreed to a moratorium on military exercises": what is halted is not held
        r"(?:moratorium|freeze|ban)\s+on\s+(?:[\w-]+\s+){0,3}?(?:exercises|drills|manoeuvres|maneuvers|war games|tests|"
        r"launches|deployments|troop movements)|"
        r"(?:were|was|been)\s+(?:quietly\s+|later\s+|since\s+)?dropped|cancell?ation\s+of|postponement\s+of|"
        # "orders carrier to stay in the Middle East, reversing withdrawal": the move undone
        r"revers(?:ing|es|ed)\s+(?:a\s+|the\s+|its\s+|an\s+)?(?:planned\s+|earlier\s+)?(?=withdrawal|pullout|pull-out|"
        r"drawdown|deployment|decision))\b(?!\s+(?:all\s+)?(?:leave|leaves|holidays?|vacations?|furloughs?)\b)",
        re.I,
    ),
    ("cancel", "call", "postpone", "scrap", "shelved", "abandoned", "suspend", "dropped", "moratorium", "freeze",
     "ban", "revers", "abolish"),
)
_BACKGROUND = re.compile(
    # ("in the past week", "over the past few days": recent, not history)
    r"\b(years? ago|decades? ago|months ago|last year|in the past(?!\s+(?:few\s+|several\s+|couple\s+of\s+|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)?"
    r"(?:day|days|week|weeks|fortnight|month|months|24|48|72|hours?|night)\b)|"
    r"previously(?! un\w+| (?:scheduled|planned|announced|agreed)\b)|at the time|during the cold war|"
    r"in the cold war|world war|since then|back then|in the (?:19|20)\d0s|historically|once again recalled|"
    r"in its history|in the country's history|"
    # "to mark three years since Russian forces withdrew", "has claimed the region since the 19th century"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:years?|decades?)\s+(?:(?:have|has|had)\s+"
    r"(?:now\s+)?passed\s+|to\s+the\s+day\s+)?since|"
    r"(?:since|in|until)\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+century|anniversary\s+of|"
    # when a weapon or a drill was first seen: "The Hwasong-18 was first tested in April" (not "for the first time")
    r"first\s+(?:tested|launched|test-fired|test-launched|fired|deployed|held|staged|conducted|flown|unveiled))\b",
    re.I,
)
_WHEN_WHERE = re.compile(r"\W*(?:when|where)\b", re.I)
# An episode named by its year: "the 1996 standoff over the Imia islets", "the 1999 Kargil war", "the 2020 war".
_DATED_EPISODE = re.compile(
    r"\b(?:the|a|its|their)\s+((?:19|20)\d\d)(?:[-–](?:\d\d){1,2})?\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:war|standoff|"
    r"stand-off|crisis|conflict|"
    r"invasion|clashes|skirmish(?:es)?|offensive|campaign|incursion|border war|coup|uprising|revolution)\b"
    # a dated visit or summit of somebody's: "Erdogan's 2017 visit", "the leaders' 2019 summit"
    r"|['’]s?\s+((?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+)?(?:visit|trip|summit|talks|meeting)\b"
)
_YEAR = re.compile(
    r"(?<!born )\b(?:in|since|during|during the|of|back in|until|from|under the|between)\s+(?:early\s+|late\s+|mid-?)?"
    r"(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2}\s+)?((?:19|20)\d\d)\b"
    # a decade: "in the 1980s", "during the early 1990s"
    r"|\b(?:in|during|since|of|from)\s+the\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d0)s\b"
    # a full date: "on February 15, 1989", "on 15 February 1989"
    r"|\bon\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+|"
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+)"
    r"((?:19|20)\d\d)\b"
)
_FRONTED_YEAR = re.compile(
    r"\W*(?:In|Back in|During|Since|By|After|Before|Following|Until|On this day in|Ever since)\s+(?:[A-Za-z]+\s+){0,2}"
    r"(?:\d{1,2}\s+)?"
    r"((?:19|20)\d\d)\b"
    # a dated episode opening the sentence: "The 2008 war, in which …", "Argentina's 1982 invasion of the Falklands"
    r"|\W*(?:The|[A-Z][\w'’.-]*['’]s)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:war|invasion|crisis|conflict|armistice|"
    r"coup|revolution|uprising|offensive|campaign|standoff|stand-off|clash|clashes|intervention|occupation|blockade)\b"
    # "The Suez crisis of 1956, when …", "The Tashkent Declaration of 1966, which …"
    r"|\W*The\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:war|crisis|conflict|invasion|campaign|standoff|stand-off|declaration|"
    r"accord|accords|agreement|treaty|summit|armistice)\s+of\s+((?:19|20)\d\d)\b"
    # a dated clause opening the sentence: "When Iraq massed troops on the Kuwaiti border in 1990, Washington warned …"
    r"|\W*(?:When|As|While|After|Before|Once)\s+[^,;]{3,120}?\b(?:in|of|during)\s+(?:[A-Za-z]+\s+)?((?:19|20)\d\d)\s*,"
)
_OPEN_QUESTION = re.compile(r"\W*Whether\b")
# A book, a film or a game telling its story: "the thriller imagines …", "The documentary reconstructs, minute by
# minute, the night in 1983 when …"
_WORK_OF_FICTION = re.compile(
    r"\b(?:thriller|novel|film|movie|documentary|docudrama|miniseries|memoir|play|drama|video\s+game|board\s+game|"
    r"short\s+story|screenplay|opera|musical)\s+(?:[\w'’-]+\s+){0,2}?(?:imagines|imagined|depicts|depicted|portrays|"
    r"portrayed|reconstructs|reconstructed|dramati[sz]es|dramati[sz]ed|recounts|recounted|chronicles|chronicled|"
    r"re-?creates|re-?created|tells\s+the\s+story|told\s+the\s+story)\b",
    re.I,
)
_LINK_LINE = re.compile(
    r"\W*(?:(?:Related|Read more|Read also|Also read|See also|More on this|Watch|Listen|Most read|Recommended|"
    r"Correction|Clarification|Editor's note)\s*:|An earlier version of this (?:article|story|report)\b)",
    re.I,
)
# A court case opening the sentence: what the court did is the news, not the military words in the charge.
_COURT_CASE = re.compile(
    r"\W*(?:An?|The)\s+(?:[\w'’-]+\s+){0,2}?(?:court|judge|tribunal)\b(?:\s+in\s+[\w'’-]+)?\s+"
    r"(?:sentenced|fined|convicted|jailed|acquitted|found\s+(?:[\w'’-]+\s+){1,5}?guilty)\b",
    re.I,
)
_FRONTED_HISTORY = re.compile(
    r"\W*(?:During|In|At the height of|Throughout)\s+(?:the\s+)?(?:Cold War|Soviet era|\d{4}s|(?:19|20)\d0s|"
    r"World War|Second World War|First World War|Korean War|Vietnam War|Gulf War|"
    # any war named as such ("During the Iran-Iraq War,", "In the Tishreen Liberation War of October 1973,")
    r"(?-i:(?:[A-Z][\w'’-]*\s+){1,3}War))\b[^,]*,|\W*(?:Years|Decades|"
    r"Centuries) (?:ago|earlier),|\W*In (?:the )?(?:past|earlier (?:decades|years|crises)),|\W*The last time\b"
    # a named war or crisis told from its start or end: "The Cuban missile crisis ended when Khrushchev agreed …"
    r"|\W*The\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,3})(?:missile\s+|border\s+|hostage\s+)?(?:war|crisis)\s+"
    r"(?:ended|began|broke\s+out|erupted|started)\s+(?:when|with|after)\b",
    re.I,
)
_CIVIL_CONTEXT = GatedPattern(
    re.compile(
        r"\b(cricketers?|players?|footballers?|athletes?|squad|coach|team|teams|students?|pupils?|schools?|"
        r"firefighters?|rescuers?|hospitals?|airport|company|companies|employees|"
        r"(?<!command-)(?<!command )(?<!command-and-)(?<!general )staff|"
        r"police(?! the skies)|stadium|"
        r"olympic|"
        r"league|club|gym|fitness|yoga|patients|doctors|nurses|marathon|training camp|firms?|disasters?|"
        r"earthquakes?|tsunamis?|evacuations?|volcano|floods?|residents|emergency services|civil defen[cs]e|logistics|"
        r"sirens?|blackouts?|volunteers|sandbag\w*|boot camp|pre-season|crude|oil exports|order books|"
        r"trucks|buses|lorries|esports|e-sports|gamers|gaming|video games?|tournament|grain|shipments|cargo|"
        r"airlines?|carmakers?|automakers?|chipmakers?|manufacturers?|retailers?|passengers|shares|stocks|"
        r"shipbuilders?|lifeboats?|oil rigs?|lifeguards?|tourism|tourists|currency|central bank|traders|activists|"
        r"humanitarian aid|aid convoys?|relief convoys?|food aid|World Food Programme|Red Cross|Red Crescent|"
        r"customs (?:officers|officials|authorities|service)|smuggl\w+|runners|sprinters|cyclists|swimmers|boxers|"
        r"rowers|skiers|bankers|lenders|insurers|fire crews|bushfires?|wildfires?)\b",
        re.I,
    ),
    ("cricketer", "player", "footballer", "athlete", "squad", "coach", "team", "student", "pupil", "school",
     "firefighter", "rescuer", "hospital", "airport", "compan", "employees", "staff", "police", "stadium",
     "olympic", "league", "club", "gym", "fitness", "yoga", "patients", "doctors", "nurses", "marathon",
     "training camp", "firm", "disaster", "earthquake", "tsunami", "evacuation", "volcano", "flood", "residents",
     "emergency services", "civil defen", "logistics", "siren", "blackout", "volunteers", "sandbag", "boot camp",
     "pre-season", "crude", "oil exports", "order books",
     "trucks", "buses", "lorries", "sports", "gamers", "gaming",
     "video game", "tournament", "grain", "shipments", "cargo", "airline", "carmaker", "automaker", "chipmaker",
     "manufacturer", "retailer", "passengers", "shares", "stocks", "shipbuilder", "lifeboat", "oil rig", "lifeguard",
     "tourism", "tourists", "currency", "central bank", "traders", "activists", "humanitarian aid", "aid convoy",
     "relief convoy", "food aid", "world food programme", "red cross", "red crescent", "customs ", "smuggl",
     "runners", "sprinters", "cyclists", "swimmers", "boxers", "rowers", "skiers", "bankers", "lenders", "insurers",
     "fire crews", "bushfire", "wildfire"),
)
_PRONOUN_BEFORE = re.compile(r"\b(they|it|its|their|he|she|his|her|we|our)\s+(?:[\w-]+\s+){0,3}$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PASSIVE = re.compile(r"\b(was|were|been|being|is|are|be)\s+(?:\w+\s+)?$", re.I)
_AGENT = re.compile(r"^\W*(?:\w+\W+){0,3}?by\s+(?:the\s+)?$", re.I)


# The nouns that name a deal, one list for every pattern that needs them.
_DEAL_WORDS = (
    r"(?:ceasefire|cease-fire|truce|deals?|agreements?|accords?|treat(?:y|ies)|pacts?|arrangements?|memorandum|"
    r"declaration|framework|roadmap|compromise|understanding|peace plan|annex)"
)
_QUOTE_CHARS = "\"“”"
_HEADLINE_TO = re.compile(r"\bto\s+$", re.I)


@dataclass(slots=True)
class ArticleContext:
    """What earlier sentences of the article tell later ones: last speaker and last military actor."""

    speaker: str | None = None
    military_actor: str | None = None
    country: str | None = None
    parties: list[str] = field(default_factory=list)  # the last two countries named, latest last


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    ents: list[Mention]
    trigs: list[Mention]
    mils: list[Mention]
    cues: list[Mention]
    speeches: list[Speech] = field(default_factory=list)
    marks: list[int] | None = None  # offsets of commas and semicolons, computed on first use
    cache: dict = field(default_factory=dict)  # per-entity tests, computed once per sentence
    body: str = field(init=False)  # text[start:end], sliced once: many tests read it

    def __post_init__(self) -> None:
        self.body = self.text[self.start:self.end]


# Verbs that name another's act by a word of the speaker's ("called the move a provocation", "described the
# drills as …", "dismissed the claims as false"): shared by statement, trigger and back-reference tests.
_CALLING = (
    r"(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)|term(?:ed|s|ing)|label(?:l?ed|s|l?ing)|dismissed|"
    r"denounced)"
)


@dataclass(slots=True)
class Candidate:
    type: str
    subtype: str
    actor: str | None
    location: str | None
    quantity: int | None
    assertion: str
    claimant: str | None
    strong: bool
    start: int
    actor_weak: bool = False
    claimant_weak: bool = False
    toward_border: bool = False
    sea_departure: bool = False  # "warships putting to sea": part of a readiness check when one is reported
    sent_to: bool = False  # "sent more troops to Poland": forces sent to a named place, not moved into it
    for_drill: bool = False  # "sent several corvettes to sea for unscheduled drills": forces moved for a drill


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text`."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 — the loop keeps the last match
        pass
    return found


def _modifier(sent: Sentence, mil: Mention) -> Mention | None:
    """The entity written just before a military noun ("Russian army tanks", "Russia's troops").

    Memoised per sentence: the actor tests and the article memory both ask about every military noun."""
    key = ("modifier", mil.start)
    cache = sent.cache
    if key not in cache:
        cache[key] = _find_modifier(sent, mil)
    return cache[key]


# Patterns of `_find_modifier`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_FIND_MODIFIER_1 = re.compile(r"(?:'s|’s)?(?:\s+[\w-]+){0,3}\s*|\s*")
_RX_FIND_MODIFIER_2 = re.compile(
    r"\b(and|or|of|to|from|in|into|on|at|near|with|by|that|against|toward|towards|for)\b", re.I
)

_RX_FIND_MODIFIER_3 = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.I)


def _find_modifier(sent: Sentence, mil: Mention) -> Mention | None:
    best = None
    for ent in sent.ents:
        if ent.end <= mil.start and mil.start - ent.end <= 30 and ent.item.code:
            gap = sent.text[ent.end:mil.start]
            if _RX_FIND_MODIFIER_1.fullmatch(gap) and not _RX_FIND_MODIFIER_2.search(gap):
                if ent.item.kind == "country" and _RX_FIND_MODIFIER_3.search(
                    sent.text, max(0, ent.start - 8), ent.start
                ):
                    continue  # "its Lithuania brigade": where its unit is based, not whose it is
                best = ent
    return best


def _has_any(words: tuple[str, ...], text: str) -> bool:
    """Whether any of `words` is a substring of `text` (plain C-level `in` tests, no regex)."""
    for word in words:
        if word in text:
            return True
    return False


_YEAR_AFTER_DAY = re.compile(r" (?:19|20)\d\d\b")


def _marks(text: str, start: int, end: int) -> list[int]:
    """Offsets of the commas and semicolons in text[start:end], ascending (`str.find` beats a regex scan)."""
    marks = []
    for mark in ",;":
        i = text.find(mark, start, end)
        while i >= 0:
            if not (mark == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and (
                text[i + 1].isdigit() or _YEAR_AFTER_DAY.match(text, i + 1)
            )):
                marks.append(i)  # "1,500 troops" is one number, "February 15, 1989" one date, not two clauses
            i = text.find(mark, i + 1, end)
    marks.sort()
    return marks


def _clause(sent: Sentence, pos: int, end: int) -> tuple[int, int]:
    """The comma/semicolon-delimited clause around [pos, end)."""
    marks = sent.marks
    if marks is None:
        marks = sent.marks = _marks(sent.text, sent.start, sent.end)
    i = bisect_left(marks, pos)
    lo = marks[i - 1] + 1 if i > 0 else sent.start
    j = bisect_left(marks, end)
    hi = marks[j] if j < len(marks) else sent.end
    return lo, hi


def _body_has(sent: Sentence, pattern: re.Pattern[str] | GatedPattern) -> bool:
    """Whether `pattern` occurs in the sentence, memoised: the same sentence-wide tests run per trigger."""
    found = sent.cache.get(pattern)
    if found is None:
        found = sent.cache[pattern] = pattern.search(sent.body) is not None
    return found


# A quotation mark that opens or closes a quote (not an apostrophe inside a word): "would 'pay a price'".
_QUOTE_EDGE = re.compile(r"(?:(?<=\s)|^)['\"‘“]|(?<=\w)['\"’”](?=[\s.,;:!?)]|$)")


def _requires_met(sent: Sentence, pattern: re.Pattern[str] | GatedPattern) -> bool:
    """Whether a trigger's required context occurs, also with the quotation marks inside it left out: the speaker's
    words quoted in the middle of a phrase ("would 'pay a price'", "take 'resolute and forceful measures'")."""
    if _body_has(sent, pattern):
        return True
    plain = sent.cache.get("unquoted")
    if plain is None:
        body = sent.body
        plain = sent.cache["unquoted"] = _QUOTE_EDGE.sub("", body) if _QUOTE_EDGE.search(body) else ""
    if not plain:
        return False
    key = ("unquoted", pattern)
    found = sent.cache.get(key)
    if found is None:
        found = sent.cache[key] = pattern.search(plain) is not None
    return found


def _numbers(sent: Sentence) -> list[tuple[int, int, int | None]]:
    """`numbers_in` of the sentence body, memoised (read-only list)."""
    found = sent.cache.get("numbers")
    if found is None:
        found = sent.cache["numbers"] = numbers_in(sent.body)
    return found


def _scan(sent: Sentence) -> BoundaryScan:
    """The sentence's clause-boundary scan, grown and shared by every speaker and subject lookup."""
    scan = sent.cache.get("boundary_scan")
    if scan is None:
        scan = sent.cache["boundary_scan"] = new_scan(sent.start)
    return scan


def _subject_before(sent: Sentence, pos: int) -> tuple[int, Mention | None, str]:
    """`attribution.subject_before` for this sentence, memoised: several tests ask about the same trigger."""
    key = ("subject_before", pos)
    found = sent.cache.get(key)
    if found is None:
        found = sent.cache[key] = subject_before(sent.text, sent.start, pos, sent.ents, _scan(sent))
    return found


def _before(sent: Sentence, pos: int, chars: int = 40) -> str:
    lo = max(sent.start, pos - chars)
    return sent.text[lo:pos]


def _is_background_sentence(sent: Sentence, year: int | None) -> bool:
    """A fronted date in the past ("In 2008, …") makes the whole sentence background; a link to another story
    ("Related: What to know about …") or a correction notice is page furniture; a court's sentence is a case."""
    if _FRONTED_HISTORY.match(sent.body) or _LINK_LINE.match(sent.body) or _COURT_CASE.match(sent.body):
        return True
    if _WORK_OF_FICTION.search(sent.body):
        return True  # "the thriller imagines a Russian snap exercise in Belarus": a story told, no act
    match = _FRONTED_YEAR.match(sent.body)
    if _OPEN_QUESTION.match(sent.body):
        return True  # "Whether Ankara would ever send ground troops … remains an open question": no act told
    if match is None:
        return False
    found = next(g for g in match.groups() if g)
    return year is None or int(found) < year


# Substrings one of which every `_BACKGROUND` match contains (lower-cased ASCII text).
_BACKGROUND_GATE = ("ago", "last year", "in the past", "previously", "at the time", "cold war", "world war", "first ",
                    "since then", "back then", "0s", "historically", "recalled", "history", "years since",
                    "year since", "decades since", "decade since", "century", "anniversary", "passed since",
                    "day since")


def _background_words(text: str) -> bool:
    """`_BACKGROUND.search(text)`, skipped by plain substring tests when ASCII text holds none of its words."""
    if text.isascii() and not _has_any(_BACKGROUND_GATE, text.lower()):
        return False
    return _BACKGROUND.search(text) is not None


_THEN_CLAUSE = re.compile(
    r"\W*(?:before|until|and then|after which|and\s+(?:[\w'’-]+\s+){0,3}?(?:later|subsequently|eventually))\b", re.I
)
_COMPARED_APPOSITIVE = re.compile(
    r"\W*(?:the|its|their|a|an)\s+(?:first|largest|biggest|highest|heaviest|most|only|worst|strongest|greatest|"
    r"largest-ever)\b",
    re.I,
)


def _is_background(sent: Sentence, pos: int, end: int, year: int | None) -> bool:
    """Whether the clause around [pos, end) tells background; memoised per clause (same for its triggers)."""
    lo, hi = _clause(sent, pos, end)
    relative = _RELATIVE_AFTER.search(sent.text, end, hi) if end > pos else None
    if relative is not None:
        hi = relative.start()  # "pulled back from the positions they had held since 2020": its own act
    deal = _DEAL_PARTICIPLE.search(sent.text, end, hi) if end > pos else None
    if deal is not None:
        hi = deal.end()  # "sent troops to Somalia under a defence pact signed last year": the pact's date
    key = ("background", lo, hi, year)
    found = sent.cache.get(key)
    if found is None and _AGO_OPENING.match(sent.text, sent.start, lo + 1):
        found = sent.cache[key] = True  # "Thirty years ago, the coalition had massed …": the opening dates it all
    if found is None:
        found = _background_clause(sent.text[lo:hi], year)
        if not found and lo > sent.start and _WHEN_WHERE.match(sent.text, lo, hi):
            # "the spring of 2021, when Russia massed …", "the 1996 standoff … when both navies sent warships": a
            # "when/where" clause is dated by the phrase it hangs on
            found = _background_clause(sent.text[max(sent.start, lo - 70):lo], year)
        if not found and lo > sent.start and (
            _THEN_CLAUSE.match(sent.text, lo, hi) or _COMPARED_APPOSITIVE.match(sent.text, lo, hi)
            or _CONSEQUENCE.match(sent.text, lo, hi)
        ):
            # "… came close to war in 1996, before US mediation persuaded both sides to withdraw": the story goes on;
            # "… mobilised 300,000 men in 2022, the first call-up since World War II": the same act, named again
            found = _is_background(sent, lo - 2, lo - 2, year)
        sent.cache[key] = found
    return found


# A participle that tells what the clause before it led to: "… were deployed to Cuba in 1962, bringing the
# superpowers to the brink of war", "… completed their withdrawal in December 2023, ending a decade of operations".
_CONSEQUENCE = re.compile(r"\W*(?:bringing|ending|leaving|marking|prompting|triggering|sparking|paving)\b", re.I)
_AGO_OPENING = re.compile(r"\W*(?:(?:some|about|nearly|almost|more than|over)\s+)?(?:\w[\w-]*\s+){1,2}"
                          r"(?:years?|decades?|centur(?:y|ies))\s+ago(?:\s+(?:this\s+(?:month|year)|to\s+the\s+day))?"
                          r"(?:\s*,|\s+(?:today|this\s+week)\b)", re.I)
# A relative clause after the trigger ("the positions they had held since 2020", "the villages which it lost in
# 2022") tells its own, earlier act: its date is not the trigger's.
_DEAL_PARTICIPLE = re.compile(
    r"\b(?:pact|deal|agreement|accord|treaty|memorandum|arrangement|protocol)\s+"
    r"(?=(?:signed|concluded|reached|struck|sealed|brokered|ratified|agreed)\b)",
    re.I,
)
_RELATIVE_AFTER = re.compile(
    r"(?<=[a-z])\s+(?:(?:which|that|who|where)\s|(?:they|it|he|she|we)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:[a-z]+ed|held|fought|took|won|lost|built|left|seized|overran|gave\s+up|set\s+up)\b)"
)


# A comparison with the past dates nothing: "Russia's first mobilisation since World War II", "the largest drills
# since 2017", "the first such summit in 12 years" tell a current act.
_SINCE_COMPARISON = re.compile(
    r"\b(?:first|largest|biggest|highest|heaviest|most|only|worst|strongest|greatest|deepest|longest|largest-ever)\b"
    r"[^,;.]{0,60}?\b(?:since\s+(?:the\s+)?(?:end\s+of\s+the\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:19|20)\d\d(?:s)?|(?:[A-Z][\w-]*\s+){0,2}(?:War|war|era)(?:\s+(?:II|I|Two|One))?)"
    r"|(?:in|for)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:\d+|several|many|two|three|four|five|six|"
    r"seven|eight|nine|ten|a)\s+(?:years|decades|decade))\b"
)


def _background_clause(clause: str, year: int | None) -> bool:
    if ("since" in clause or " in " in clause or " for " in clause) and _SINCE_COMPARISON.search(clause):
        clause = _SINCE_COMPARISON.sub(" ", clause)
    if _background_words(clause):
        return True
    if "19" not in clause and "20" not in clause:
        return False  # no year can match
    for match in [*_YEAR.finditer(clause), *_DATED_EPISODE.finditer(clause)]:
        y = int(next(g for g in match.groups() if g))
        if year is not None:
            if y < year:
                return True
        elif not _FUTURE.search(clause) or _WHEN_AFTER_YEAR.match(clause, match.end()):
            return True  # (a future inside "… ended in 1962 when Moscow agreed to withdraw" is that year's)
    return False


_WHEN_AFTER_YEAR = re.compile(r"[^,;]{0,40}?\bwhen\b", re.I)


_NOT_A_SINGLE = re.compile(
    r"\bnot\s+(?:a\s+single|one)\s+(?:[\w-]+\s+){0,2}(?:soldiers?|troops?|servicem[ae]n|tanks?|ships?|units?|"
    r"reservists?)\b['’\"”]?\s+(?:(?:had|has|have|was|were|is|are|been|being)\s+){0,2}$",
    re.I,
)
# "had sent no troops there", "deployed no additional forces": the verb's object negates the act.
_NO_OBJECT = re.compile(
    r"\s+no\s+(?:more\s+|additional\s+|further\s+|new\s+|extra\s+|combat\s+|ground\s+)?(?:troops|soldiers|forces|"
    r"units|personnel|warships|ships|aircraft|jets|reinforcements|reservists|instructors|military|servicemen|"
    r"marines|one)\b",
    re.I,
)


def _negated(sent: Sentence, pos: int, end: int | None = None) -> bool:
    """A negation before the trigger in its clause; or, given the trigger's end, "sent no troops"."""
    if end is not None and _NO_OBJECT.match(sent.text, end, sent.end):
        return True
    if _NOT_A_SINGLE.search(_before(sent, pos, 70)):
        return True  # "'not a single Rwandan soldier' had crossed into Congo": no force moved
    before = _before(sent, pos, 30)
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    segment = before[cut + 1:]
    match = _NEGATION.search(segment)
    if match is not None and match.group(0).lower() == "without" and _WITHOUT_NOUN.match(segment + "·", match.end()):
        # "gave the offer of talks without preconditions short shrift": "without" took its own object
        match = _NEGATION.search(segment, match.end())
    return match is not None


def _hypothetical(sent: Sentence, pos: int, has_speaker: bool) -> bool:
    lo, _ = _clause(sent, pos, pos)
    before = sent.text[max(lo, pos - 60):pos]
    if _MODAL.search(before) or _WHETHER.search(sent.text, lo, pos) or _HEDGE.search(sent.text, sent.start, pos):
        return True
    return bool(_WOULD.search(before)) and not has_speaker


# "would neither confirm nor deny", "not something I can confirm or deny": nothing affirmed, nothing denied.
CONFIRM_OR_DENY = GatedPattern(re.compile(r"\bconfirm\s+(?:or|nor)\s+deny\b", re.I), ("confirm",))
# A speaker's guess about what will happen: "My guess is that Beijing stages more drills", "I suspect they will…"
_HEDGE = GatedPattern(
    re.compile(
        r"\b(?:(?:my|our)\s+(?:guess|bet|hunch|sense|expectation)\s+is|I\s+(?:suspect|bet|would not be surprised|"
        r"wouldn['’]t be surprised)|chances are)\b",
        re.I,
    ),
    ("guess", "bet", "hunch", "sense", "expectation", "suspect", "surprised", "chances"),
)
_WHETHER = re.compile(r"\b(?:whether|if it is|not (?:yet )?clear)\b", re.I)


def _cancelled(sent: Sentence, pos: int, end: int) -> bool:
    lo, hi = _clause(sent, pos, end)
    return bool(_CANCEL.search(sent.text[max(lo, pos - 65):min(sent.end, end + 70)]))


# Patterns of `_planned`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_PLANNED_1 = GatedPattern(
    re.compile(r"([\w'’]+)\s+to\s+(?:[\w-]+\s+){0,2}$"),
    ("to",),
)


def _is_headline(sent: Sentence) -> bool:
    """A line without final punctuation (the splitter makes every headline a sentence of its own); a closing
    quote ends a headline too unless a full stop sits inside it ("…, accuses Warsaw of 'fanning hysteria'")."""
    return sent.body.rstrip().rstrip("\"”’'")[-1:] not in ".!?"


_WOULD_NEXT = re.compile(
    r"\bwould\s+(?:(?:also|soon|quickly|immediately|then|probably|likely|eventually)\s+)?(?:(?:try|seek|attempt)\s+to\s+)?$",
    re.I,
)
_PROMPTED = re.compile(
    r"\b(?:prompt\w*|forc\w*|lead|leading|led|caus\w*|push\w*|spurr?\w*|driv\w*)\s+(?:[\w'’.-]+\s+){0,3}$", re.I
)
_WOULD_BE_DONE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?would\s+be\s+(?:[a-z]+ed|held|begun|undertaken|run|carried)\b")
_IF_IN = re.compile(r"\b(?:if|unless|should|in case|were)\b", re.I)


# A second predicate of the same subject, with its own time: "… and agreed to meet again", "… but said it would".
_SECOND_PREDICATE = re.compile(
    r"\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:agreed|said|pledged|promised|decided|vowed|announced|called|"
    r"urged|warned|signed|set)\b",
    re.I,
)


def _planned(sent: Sentence, pos: int, end: int) -> bool:
    lo, hi = _clause(sent, pos, end)
    before = sent.text[max(lo, pos - 70):pos]
    after = sent.text[end:hi]
    second = _SECOND_PREDICATE.search(after)
    if second is not None:
        after = after[:second.start()]  # "held talks on Saturday and agreed to meet again next month": the later step's
    if _FUTURE.search(before + sent.text[pos:end]):
        return True
    if _WOULD_NEXT.search(before) and not _IF_IN.search(sent.text, lo, hi):
        return True  # "said Seoul would send two destroyers": the future of reported speech, with no condition
    if _WOULD_BE_DONE.match(after) and not _IF_IN.search(sent.text, lo, hi):
        return True  # "announced that artillery drills would be conducted on Friday": the future of reported speech
    if _FUTURE_AFTER.search(after) and not _PERFECT_BEFORE.search(before):
        return True  # "will deploy by March"; but "had arrived by mid-February" is done
    # Headline infinitive: "Putin to oversee military drills".
    to = _RX_PLANNED_1.search(before)
    if to and _PROMPTED.search(before, 0, to.start()):
        to = None  # "prompting Taipei to raise the alert level": a consequence told, not a plan
    if to:
        word_end = pos - len(before) + to.end(1)
        if any(ent.end == word_end and ent.item.code for ent in sent.ents):
            return True
        # "China's envoy Li Hui to visit Kyiv": in a headline, a named person after a coded subject
        return (
            to.group(1)[:1].isupper() and _is_headline(sent)
            and any(ent.item.code and ent.end < word_end for ent in sent.ents)
        )
    return False


def _governing_speech(sent: Sentence, pos: int, statements: bool = False) -> Speech | None:
    """The attribution covering `pos`: the nearest cue before it, else a trailing cue after it."""
    best = None
    for speech in sent.speeches:
        if speech.start >= pos:
            continue
        if statements and speech.owner:
            continue
        if speech.code is None and not speech.title:
            continue
        best = speech
    if best is not None:
        return best
    for speech in sent.speeches:
        if speech.start > pos and speech.trailing and (speech.code or speech.title):
            return speech
    return None


def _in_quote_only(sent: Sentence) -> bool:
    return sent.body[:1] in _QUOTE_CHARS or sent.body[:1] == "'"


_PREP_BEFORE = re.compile(
    r"\b(in|near|at|on|over|against|into|to|with|for|across|toward|towards|throughout|from|of|within|inside|"
    r"around|by)\s+(?:the\s+)?$",
    re.I,
)
# A rally, but not one a leader addresses: "the minister told a rally of soldiers", "addressing a rally in Izmir"
# (protests here, speakers who are no state in `statements`).
RALLY = (
    r"(?<!told a )(?<!telling a )(?<!addressed a )(?<!addressing a )(?<!speaking at a )(?<!speech to a )"
    r"(?<!speech at a )(?:rally|rallies|rallied)"
)
_PROTEST = GatedPattern(
    re.compile(
        # (not a state's diplomatic protest: "drawing a protest from Algiers", "lodged a formal protest")
        r"\b((?<!lodged a )(?<!formal )(?<!diplomatic )(?<!official )(?<!strong )protest(?:s|ers|ed|ing)?"
        r"(?!\s+(?:from|by|with)\s+(?:the\s+)?(?-i:[A-Z]))|demonstrat(?:ion|ions|ors|ed|ing)|" + RALLY + r"|marched|"
        r"strikers|"
        r"hunger strike|riot\w*|blocked (?:roads|streets)|stones)\b",
        re.I,
    ),
    ("protest", "demonstrat", "rall", "marched", "strikers", "hunger strike", "riot", "blocked", "stones"),
)
_PURPOSE_TO = re.compile(r"\bto\s+$", re.I)


def _in_quote(sent: Sentence, pos: int) -> bool:
    return any(a <= pos < b for a, b in _quote_spans(sent))


_FIRST_PERSON = re.compile(r"\bour\s+$", re.I)
_DENIED_AFTER = GatedPattern(
    re.compile(r"\b(?:flatly |strongly )?(?:denied|denies|rejected|rejects)\b", re.I),
    ("denied", "denies", "rejected", "rejects"),
)
_COMMA_BEFORE = re.compile(r",\s*$")
_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and|but|yet)\s+(?:also\s+|then\s+)?$", re.I)
_BUT_CLAUSE = re.compile(r",\s*(?:but|yet)\s", re.I)
_JUST_SPACE = re.compile(r"\s+")
# An act dated by the years since it ("Fifty years after the last US troops withdrew …", "Twelve years after the
# framework was signed, …"): an anniversary, history.
YEARS_AFTER = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|several|many)\s+(?:years|decades)\s+(?:after|since)\s+(?:[\w'’-]+\s+){0,6}$",
    re.I,
)
_NEW_SUBJECT_BEFORE = re.compile(r"(?:\b(?:and|while|but|whereas|as|with)|,)\s+(?:the\s+)?$", re.I)
# What may stand between a party's name and its verb: "Indian officials accused", "the Pakistani army said"
_SUBJECT_HEAD = re.compile(
    r"(?:['’]s)?\s+(?:(?:foreign|defence|defense|military|government|senior|top|army|security)\s+)?"
    r"(?:officials|leaders|ministry|government|army|military|authorities|diplomats|sources|spokesman|spokeswoman|"
    r"spokesperson|media|officers|commanders)?\s*"
)


def new_subject_before(sent: Sentence, verb: int, start: int | None = None) -> Mention | None:
    """A party named right before the verb at `verb` after "and", "while", "but" or a comma: the subject of a clause of
    its own ("… warned of a decisive response and Russia called for restraint", "Even as it denied …, Moscow
    warned"); only a party named at or after `start`."""
    near = next(
        (e for e in sent.ents if e.item.code and _SUBJECT_HEAD.fullmatch(sent.text, e.end, verb) and e.end < verb
         and (start is None or e.start >= start)),
        None,
    )
    if near is None or not _NEW_SUBJECT_BEFORE.search(sent.text, max(sent.start, near.start - 12), near.start):
        return None
    return near
_NOUN_READING = re.compile(r"\b(?i:the|their|its|his|her|our|these|those|whose)\s+(?:[a-z][\w-]*\s+){0,2}$")
_VERB_OBJECT = re.compile(r"\s+(?:that|to|the|a|an)\b", re.I)


def _same_tense(sent: Sentence, first: Mention, second: Mention) -> bool:
    """Two verbs in the same past or present form, the second after a comma: a series of the subject's own acts
    ("denied any role, accused New Delhi of …")."""
    one = sent.text[first.start:first.end].split(" ", 1)[0].lower()
    two = sent.text[second.start:second.end].split(" ", 1)[0].lower()
    return one.endswith("ed") and two.endswith("ed") or one.endswith("s") and two.endswith("s") and not (
        one.endswith("ss") or two.endswith("ss")
    )


_NEGATED_PHRASE = re.compile(r"\b(?:not|never|won't)\s+\w", re.I)


def _ing_form(sent: Sentence, trig: Mention) -> bool:
    """Whether the trigger opens with a participle: "warning", "calling for"."""
    end = sent.text.find(" ", trig.start, trig.end)
    return sent.text.endswith("ing", trig.start, trig.end if end < 0 else end)


# "rejected Armenian accusations that …", "dismissed as 'baseless' a claim by Israel that …": the charge, then "that"
_CHARGE_THAT = re.compile(
    r"['’\"”]?\s+(?:as\s+['’\"“‘]?[\w-]+['’\"”]?\s+)?(?:(?:the|an?|all)\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}"
    r"(?:claims?|allegations?|accusations?|assertions?|charges?|reports?|suggestions?)"
    r"\s+(?:(?:by|from)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?)?that\s+",
)
_SELF_AFTER_THAT = re.compile(r"(?:it|its|they|their|the country)\b", re.I)


def charge_about_itself(sent: Sentence, verb: Mention) -> bool:
    """A charge rejected or dismissed at `verb` whose clause is about the rejecting party: its pronoun, or its own
    name ("Tehran rejected a claim by Israel that Iranian units had been moved"), so the rejection is a denial."""
    charge = _CHARGE_THAT.match(sent.text, verb.end, sent.end)
    if charge is None:
        return False
    if _SELF_AFTER_THAT.match(sent.text, charge.end()):
        return True
    lo = _clause(sent, verb.start, verb.end)[0]
    subject = next((e for e in reversed(sent.ents) if lo <= e.start and e.end <= verb.start and e.item.code), None)
    named = next((e for e in sent.ents if charge.end() <= e.start < charge.end() + 25 and e.item.code), None)
    return subject is not None and named is not None and named.item.code == subject.item.code


def _in_object_of(
    sent: Sentence, trig: Mention, subtypes: tuple[str, ...], reads_as: Callable[[Mention], str | None] | None = None
) -> bool:
    """Whether the trigger sits within the object of an earlier statement verb of the given subtypes (as the
    verb reads here, when `reads_as` says: "insisted that …" reports speech, it demands nothing)."""
    for other in sent.trigs:
        if other is trig or other.item.subtype not in subtypes:
            continue
        if reads_as is not None and reads_as(other) not in subtypes:
            continue
        if not other.item.verb and not _NEGATED_PHRASE.search(sent.text, other.start, other.end):
            continue  # a noun governs no object; a negated verb phrase ("would not send a delegation to") does
        if _NOUN_READING.search(_before(sent, other.start, 30)) and not _VERB_OBJECT.match(
            sent.text, other.end, min(sent.end, other.end + 8)
        ):
            continue  # "its security demands": the noun, which governs no object
        if other.start < trig.start <= other.end + 70 and ";" not in sent.text[other.end:trig.start]:
            if trig.item.verb and (
                _COORDINATED.search(sent.text, other.end, trig.start)
                or (_ing_form(sent, trig) or _is_headline(sent) or _same_tense(sent, other, trig))
                and _COMMA_BEFORE.search(sent.text, other.end, trig.start)
            ):
                continue  # "denied … and accused Washington", "demanded …, warning that", a headline's "denies …,
                # accuses …": the subject's own next verb
            if _AND_SAID.search(sent.text, other.end, trig.start):
                continue  # "rejected the ruling as null and void and said it would hold drills": a new report
            if any(
                t.item.type == "diplomatic_statement" and t.item.verb and t.item.subtype == "denial"
                and "denial" not in subtypes
                and other.end <= t.start and t.end <= trig.start and " and " in sent.text[other.end:t.start]
                for t in sent.trigs
            ):
                continue  # "rejected Ethiopian demands … and denied mobilising its reserves": the nearer verb's object
            if trig.item.verb and _WHILE_BEFORE.search(sent.text, max(other.end, trig.start - 20), trig.start):
                continue  # "rejecting any veto … while offering talks on arms control": the subject's next act
            if _BUT_CLAUSE.search(sent.text, other.end, trig.start) or (
                trig.item.verb and new_subject_before(sent, trig.start, other.end) is not None
            ):
                # "would not negotiate directly, but left the door open to talks", "Even as it denied any role …,
                # Moscow warned Copenhagen": a clause of its own
                continue
            if _APPOSITIVE_RELATIVE.search(sent.text, max(sent.start, other.start - 12), trig.start):
                continue  # "…, a demand Manila flatly rejected": the appositive's own subject speaks
            return True
    return False


# ", a demand Manila flatly rejected", ", a charge Georgetown dismissed": a noun naming the statement, then a subject
# ("rejects direct talks with Washington but says it is open to indirect negotiations": "but" too)
_AND_SAID = re.compile(
    r"\b(?:and|but|yet)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|announced|announces|stated)\b"
)
_WHILE_BEFORE = re.compile(r"\b(?:while|whilst|whereas)\s+(?:also\s+|still\s+)?$", re.I)
_APPOSITIVE_RELATIVE = re.compile(
    r",\s+(?:a|an|the|which|that)\s+(?:(?:demand|claim|charge|proposal|offer|statement|move|step|call|request|plan|"
    r"accusation|allegation|ultimatum)s?\s+)?(?:that\s+)?(?:[\w'’.-]+\s+){1,5}?$",
    re.I,
)


_WITH_BEFORE = re.compile(r"\b(?:with|against)\s+(?:the\s+)?$", re.I)


def _quote_spans(sent: Sentence) -> list[tuple[int, int]]:
    if "quotes" in sent.cache:
        return sent.cache["quotes"]
    sent.cache["quotes"] = spans = _find_quotes(sent)
    return spans


_QUOTE_MARK = re.compile('[“”"]')


def _find_quotes(sent: Sentence) -> list[tuple[int, int]]:
    body = sent.body
    if '"' not in body and "“" not in body and "”" not in body:
        return []  # most sentences quote nobody: skip the scan
    spans = []
    opened = None
    for mark in _QUOTE_MARK.finditer(sent.text, sent.start, sent.end):
        ch, i = mark.group(), mark.start()
        if ch == "“" or (ch == '"' and opened is None):
            opened = i
        elif opened is not None:
            spans.append((opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, sent.end))
    return spans


_BUILDUP_NOUNS = frozenset({"buildup", "build-up"})
_AT_A_PLACE = re.compile(
    r"\s+(?:near|along|on|at|around|close to|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?!\s+of\b)|(?:[\w-]+\s+)?"
    r"(?:border|frontier|front|front line|boundary)\b)",
    re.I,
)


def buildup_at_a_place(sent: Sentence, trig: Mention) -> bool:
    """"denying any build-up near Zaporizhzhia", "the build-up on the border": a build-up at a named place or a border
    is of forces, though no military noun is written (not "a build-up of debt")."""
    return trig.item.form in _BUILDUP_NOUNS and bool(_AT_A_PLACE.match(sent.text, trig.end, sent.end))
