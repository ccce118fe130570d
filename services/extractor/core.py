"""Extraction engine: article text → typed events (pure: no Kafka, no clock, no I/O beyond data files)."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import datetime

import ahocorasick

from schemas.articles import RawArticle
from schemas.events import Event, EventCore, Evidence
from services.extractor.attribution import BoundaryScan, Speech, find_speeches, new_scan, subject_before
from services.extractor.construct import Builder
from services.extractor.gating import GatedPattern
from services.extractor.lexicon import Trigger
from services.extractor.matcher import Mention, find_mentions
from services.extractor.quantities import numbers_in, parse_number
from services.extractor.sentences import split_sentences

EXTRACTOR_VERSION = "1.3.0"

# Trusted-value constructors (same result as `model_construct`, built per event so kept cheap).
_BUILD_EVENT = Builder(Event)
_BUILD_EVENT_CORE = Builder(EventCore)
_BUILD_EVIDENCE = Builder(Evidence)

_STATEMENT = "diplomatic_statement"
_TROOP = "troop_movement"
_DRILL = "military_drill"

# Confidence: a trigger's base score minus penalties for weak cues (documented in README of the
# extractor and in `_confidence`).
_BASE_STRONG, _BASE_WEAK = 0.9, 0.65

_LOCATIVE = re.compile(
    r"\b(?i:to|toward|towards|near|at|on|in|into|from|over|across|along|inside|within|off|around|opposite|"
    r"through|onto|outside|beyond|against|throughout|by way of|via|of the|close to|next to|away from|out of|"
    r"east of|west of|north of|south of)"
    r"\s+(?:(?i:the|its|their|a)\s+)?(?:(?:[A-Z][\w.'’-]*|(?i:northern|southern|eastern|western|central|"
    r"north-eastern|north-western|south-eastern|south-western|disputed|occupied|border|frontier|coastal|"
    r"annexed|separatist|breakaway|neighbouring|neighboring))\s+){0,2}"
    r"(?:(?i:island|region|province|city|town|port|area|coast|outskirts|territory)\s+of\s+(?:the\s+)?)?$"
)
_BORDER_WITH = re.compile(r"\b(border|borders|frontier|boundary|line)\s+with\s+(?:the\s+)?$", re.I)
_TENSION = GatedPattern(
    re.compile(
        r"\b(tensions?|crisis|concerns?|fears?|dispute|row|standoff|stand-off|war|conflict|talks|negotiations|"
        r"invasion|invade|invading|attack|attacking|annexed|annexation|sanctions|threat|worries|anger)\b"
        r"\W+(?:\w+\W+){0,2}$",
        re.I,
    ),
    ("tension", "crisis", "concern", "fear", "dispute", "row", "standoff", "stand-off", "war", "conflict",
     "talks", "negotiations", "invasion", "invad", "attack", "annex", "sanctions", "threat", "worries",
     "anger"),
)
_STATEMENT_LOC = re.compile(
    r"\b(over|near|against|on|at|toward|towards|around|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$", re.I
)
_NEGATION = GatedPattern(
    re.compile(
        r"\b(not|cannot|never|no|without|nor|neither|yet to|refused to|refuse to|refuses to|declined to|declines to|"
        r"failed to|fail to|stopped short of|instead of|rather than|none of|halt(?:ed)? plans to)\b|n't\b",
        re.I,
    ),
    ("no", "n't", "never", "without", "neither", "yet to", "refuse", "decline", "fail", "stopped short of",
     "instead of", "rather than", "halt"),
)
_MODAL = GatedPattern(
    re.compile(
        r"\b(could|might|may|should|if|unless|whether|possibly|potentially|possible|potential|risk of|fears? of|"
        r"feared|threat of|ready to|poised to|capable of|able to|in case|expects?|predict\w*|speculat\w*|"
        r"any (?:attempt|move|effort|plan|decision|bid) to)\b",
        re.I,
    ),
    ("could", "might", "may", "should", "if", "unless", "whether", "possib", "potential", "risk of", "fear",
     "threat of", "ready to", "poised to", "capable of", "able to", "in case", "expect", "predict",
     "speculat", "any "),
)
_WOULD = GatedPattern(
    re.compile(r"\b(would|'d)\b", re.I),
    ("would", "'d"),
)
_FUTURE = GatedPattern(
    re.compile(
        r"\b(will|shall|'ll|pledge[sd]? to|vow(?:s|ed)? to|promise[sd]? to|plans? to|planning to|planned|intends? to|"
        r"intending to|set to|due to|scheduled|"
        r"agreed to|agree to|decided to|decide to|to consider|going to|prepares? to|preparing to|announced plans|"
        r"expected to|upcoming|forthcoming|next week|next month|next year|later this|is to|are to|to be held|"
        r"vowed to|pledged to|promised to|would soon|soon|would be|by the end of|"
        r"within (?:the next )?\w+ (?:days|weeks|months)|"
        r"starting (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next))\b",
        re.I,
    ),
    ("will", "shall", "'ll", "pledge", "vow", "promise", "plan", "intend", "set to", "due to", "scheduled",
     "agree", "decide", "to consider", "going to", "prepar", "announced plans", "expected to",
     "upcoming", "forthcoming", "next", "later this", "is to", "are to", "to be held", "soon", "would be",
     "by the end of", "within", "starting"),
)
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
        r"abandoned|suspended|suspends?)\b(?!\s+(?:all\s+)?(?:leave|leaves|holidays?|vacations?|furloughs?)\b)",
        re.I,
    ),
    ("cancel", "call", "postpone", "scrap", "shelved", "abandoned", "suspend"),
)
_BACKGROUND = re.compile(
    r"\b(years? ago|decades? ago|months ago|last year|in the past|previously(?! un\w+)|at the time|during the cold war|"
    r"in the cold war|world war|since then|back then|in the (?:19|20)\d0s|historically|once again recalled|"
    r"in its history|in the country's history)\b",
    re.I,
)
_YEAR = re.compile(
    r"\b(?:in|since|during|during the|of|back in|until|from|under the)\s+(?:early\s+|late\s+|mid-?)?(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2}\s+)?((?:19|20)\d\d)\b"
)
_FRONTED_YEAR = re.compile(
    r"\W*(?:In|Back in|During|Since|By|After|Before|Following|Until)\s+(?:[A-Za-z]+\s+){0,2}(?:\d{1,2}\s+)?"
    r"((?:19|20)\d\d)\b"
)
_FRONTED_HISTORY = re.compile(
    r"\W*(?:During|In|At the height of|Throughout)\s+(?:the\s+)?(?:Cold War|Soviet era|\d{4}s|(?:19|20)\d0s|"
    r"World War|Second World War|First World War|Korean War|Vietnam War|Gulf War)\b[^,]*,|\W*(?:Years|Decades|"
    r"Centuries) (?:ago|earlier),",
    re.I,
)
_AFTER_EVENT = re.compile(
    r"\b(?:after|following|in response to|in retaliation for|amid|since|ahead of|before)\s+(?:completing\s+|the\s+|"
    r"its\s+|their\s+|this\s+|last\s+\w+'s\s+|a\s+)?(?:[\w.'’-]+\s+){0,3}$",
    re.I,
)
_PARTICIPATION_OFF = re.compile(
    r"\b(pull(?:ed|s|ing)? out of|withdr(?:ew|awn|aw|awing|aws) from|boycott\w*|skip(?:ped|s)?|opt(?:ed|s)? out of|"
    r"quit|left)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_AFTER_CLAUSE = re.compile(r"\b(?:after|following|before|when|while|as soon as|hours after|days after)\b", re.I)
_IF_CLAUSE = re.compile(r"\b(?:if|unless|should (?:the|it|they|\w+)|in case|provided that|were (?:it|they) to)\b", re.I)
_DESPITE = re.compile(r"\b(despite|although|even as|even though|while|whereas|yet)\b", re.I)
_DEFINITE = re.compile(
    r"\b(the|these|those|this)\s+(?:[\w.'’-]+\s+){0,3}$",
    re.I,
)
_GOVERNING = re.compile(
    r"\b(held|hold|holds|holding|began|begin|begins|beginning|start|started|starts|starting|launch|launched|"
    r"launches|launching|conduct|conducted|conducts|conducting|stage|staged|stages|staging|announce|announced|"
    r"announces|order|ordered|orders|kick off|kicked off|kicks off|complete|completed|carry out|carried out|"
    r"carries out|carrying out|resume|resumed|resumes|oversee|oversaw|overseeing|observe|observed|join|joined|"
    r"joins|joining|plan|planned|plans|host|hosted|hosts|hosting|wrap up|continue|continued|continues|"
    r"watched|watch|inspect|inspected|took part in|take part in|takes part in|taking part in|participate in|"
    r"participated in|participating in|involving|involved|involve|supervis\w+|guided|personally|witness\w*)"
    r"\s+(?:[\w-]+\s+){0,4}$",
    re.I,
)
_MIL_CONTEXT = re.compile(
    r"\b(military|naval|navy|joint|air|live-fire|live fire|war|combat|tactical|amphibious|nuclear|missile|"
    r"missiles|army|strategic|anti-submarine|air-defence|air defence|air-defense|air defense|defence|defense|"
    r"artillery|airborne|paratroopers|troops|forces|soldiers|warships|fleet|drills|manoeuvres|maneuvers|"
    r"war games|rocket|rockets|ballistic|marines|infantry|tank|tanks|fighter|jets|bombers|submarine|"
    r"ministry of defen[cs]e|defen[cs]e ministry|pentagon|ICBM|hypersonic|warhead|nato|pla|kpa|irgc|idf)\b",
    re.I,
)
_WEAPON = re.compile(
    r"\b(missiles?|rockets?|nuclear|warheads?|ICBMs?|SLBMs?|hypersonic|weapons?|torpedo(?:es)?|bombs?|"
    r"interceptors?|launchers?|ballistic|cruise|projectiles?|artillery|drones?|Hwasong|Sarmat|Iskander|"
    r"Kinzhal|Zircon|Tomahawk|Agni|Prithvi|Shaheen|Ghauri|Fattah)\b",
    re.I,
)
_SIMULATION = re.compile(r"\b(think tank|simulations?|tabletop|computer model\w*|modell?ed by|wargaming study)\b", re.I)
_PLAINLY_MILITARY = re.compile(r"\b(military|troops|forces|navy|naval|army|war games)\b", re.I)
_CIVIL_CONTEXT = GatedPattern(
    re.compile(
        r"\b(cricketers?|players?|footballers?|athletes?|squad|coach|team|teams|students?|pupils?|schools?|"
        r"firefighters?|rescuers?|hospitals?|airport|company|companies|employees|staff|police|stadium|olympic|"
        r"league|club|gym|fitness|yoga|patients|doctors|nurses|marathon|training camp|firms?|disasters?|"
        r"earthquakes?|tsunamis?|evacuations?|volcano|floods?|residents|emergency services|civil defen[cs]e|logistics|"
        r"trucks|buses|lorries|esports|e-sports|gamers|gaming|video games?|tournament|grain|shipments|cargo)\b",
        re.I,
    ),
    ("cricketer", "player", "footballer", "athlete", "squad", "coach", "team", "student", "pupil", "school",
     "firefighter", "rescuer", "hospital", "airport", "compan", "employees", "staff", "police", "stadium",
     "olympic", "league", "club", "gym", "fitness", "yoga", "patients", "doctors", "nurses", "marathon",
     "training camp", "firm", "disaster", "earthquake", "tsunami", "evacuation", "volcano", "flood", "residents",
     "emergency services", "civil defen", "logistics", "trucks", "buses", "lorries", "sports", "gamers", "gaming",
     "video game", "tournament", "grain", "shipments", "cargo"),
)
_ATTACK_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:at|into|on|against|toward|towards|onto)\s+", re.I)
_SEA_OBJECT = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:sea|waters|ocean|zone|range|test site|target area|impact area|base|"
    r"facility|proving ground|cosmodrome|test centre|test center|launch site)\b|(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|\d|the (?:same )?(?:day|morning|evening|night|weekend)|its (?:own )?territory)", re.I
)
_PRONOUN_BEFORE = re.compile(r"\b(they|it|its|their|he|she|his|her|we|our)\s+(?:[\w-]+\s+){0,3}$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PASSIVE = re.compile(r"\b(was|were|been|being|is|are|be)\s+(?:\w+\s+)?$", re.I)
_AGENT = re.compile(r"^\W*(?:\w+\W+){0,3}?by\s+(?:the\s+)?$", re.I)
# Between two coordinated participants: "India and China", "the U.S. and South Korea", "Serbian President
# Aleksandar Vucic and Kosovo Prime Minister".
_JOINED = re.compile(
    r"\.?(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|defen[cs]e|armed|forces?|army|navy|military|ministry|coast|guard|air|naval|"
    r"troops|units|soldiers|sailors|marines|secretary|minister|president|chief|premier|envoy|foreign)){0,4},?\s*"
    r"(?:and|,|as well as)\s*(?:the\s+|his\s+|her\s+|their\s+)?|-|–"
)
_OWN_PLACE = GatedPattern(
    re.compile(
        r"\b(?:along|on|off|in|near|inside|within|over|across)\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:coast|coastline|territory|waters|airspace|soil|side of the border|border regions?|shores)\b",
        re.I,
    ),
    ("its", "their"),
)
_OFF_BEFORE = re.compile(r"\boff\s+(?:the\s+)?$", re.I)
_FROM_ONLY = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_CLAUSE_WORD = re.compile(r"\b(?:after|before|while|whereas|because|although|hours after|days after)\b", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
_BY_OF_BEFORE = re.compile(r"\b(?:by|of)\s+(?:the\s+)?$")
_OF_PLACE_BEFORE = re.compile(
    r"\b(?:off|out|east|west|north|south|parts|part|coast|island|region|province|city|town|port|area|outskirts)"
    r"\s+of\s+(?:the\s+)?$"
)
_CONTRAST_BEFORE = re.compile(r"\b(?:tensions?|crisis|war|conflict|against|versus|than)\s+(?:the\s+)?$", re.I)
_LEAVE_VERB = re.compile(r"\b(leav\w*|left|exit\w*|quit\w*|evacuat\w*|enter\w*|invad\w*)\b", re.I)
_LEAVE_OBJECT = re.compile(r"\s+(?:parts of\s+|much of\s+|all of\s+)?(?:the\s+)?(?=[A-Z])")
_THE_COUNTRY = GatedPattern(
    re.compile(
        r"\b(leave|leaves|left|leaving|quit|quits|exit|exits|exited|entered|enter|enters)\s+the\s+country\b", re.I
    ),
    ("country",),
)
# The nouns that name a deal, one list for every pattern that needs them.
_DEAL_WORDS = (
    r"(?:ceasefire|cease-fire|truce|deals?|agreements?|accords?|treat(?:y|ies)|pacts?|arrangements?|memorandum|"
    r"declaration|framework|roadmap|compromise)"
)
_DEAL_NOUN_END = re.compile(_DEAL_WORDS + r"$", re.I)
_AGREE_THAT = re.compile(r"^\W*(?:\w+\W+){0,4}?that\b", re.I)
# "agreed on Monday that their countries would…": the parties commit themselves, a deal and not an opinion.
_JOINT_THAT = re.compile(
    r"^\W*(?:\w+\W+){0,4}?that\s+(?:their\s+(?:two\s+)?(?:countries|nations|governments|sides|states|militaries|"
    r"forces|armies)|both\s+(?:sides|countries|nations|governments|states)|the\s+two\s+(?:sides|countries|"
    r"nations|governments|states|leaders|militaries)|(?:[\w-]+\s+){0,3}?(?:forces|troops|soldiers))\s+(?:\w+\s+)?"
    r"(?:would|will|should|must|shall)\b",
    re.I,
)
_AGREE_TO = re.compile(r"^\W*(?:\w+\W+){0,3}?to\s+\w+", re.I)
_DISPUTE = GatedPattern(
    re.compile(
        r"\b(false|untrue|not true|dismissed|disputed (?:by|the|this|that|claims)|disputes|no evidence|not seen|"
        r"no sign|no signs|contradicts|"
        r"contrary to|denied by|rejected|skeptical|sceptical|doubts?|questioned)\b",
        re.I,
    ),
    ("false", "untrue", "not true", "dismissed", "disput", "no evidence", "not seen", "no sign",
     "contradicts", "contrary to", "denied by", "rejected", "skeptical", "sceptical", "doubt", "questioned"),
)
_CLAIM_NOUN_AFTER = re.compile(r"\s+(?:claims?|announcements?|reports?)\b", re.I)
_QUOTE_CHARS = "\"“”"
_HEADLINE_TO = re.compile(r"\bto\s+$", re.I)
_DEMAND_CUE = GatedPattern(
    re.compile(
        r"\b(call(?:ed|s|ing)? on|call(?:ed|s|ing)? upon|urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|request(?:ed|s|ing)?|"
        r"ask(?:ed|s|ing)?|press(?:ed|es|ing)?|insist(?:ed|s|ing)?|appeal(?:ed|s|ing)? to|want(?:s|ed)?|"
        r"call(?:ed|s|ing)? for|must|should|to force|pressure|pressured|expect(?:s|ed)?)\b",
        re.I,
    ),
    ("call", "urg", "demand", "request", "ask", "press", "insist", "appeal", "want", "must", "should",
     "to force", "expect"),
)
_DENIAL_SCOPE = re.compile(
    r"\b(den(?:y|ies|ied|ying)|rul(?:e|ed|es|ing) out|no plans? to|no intention(?:s)? (?:of|to)|dismiss(?:ed|es)? "
    r"(?:reports|claims)|reject(?:ed|s)? (?:reports|claims|allegations))\b",
    re.I,
)
_WEAK_PRIORITY = {"buildup": 0, "withdrawal": 1, "mobilization": 2, "deployment": 3}
_RESERVISTS = re.compile(r"\b(reservists?|conscripts?|recruits?|men of fighting age|army)\b", re.I)
_MOBILIZATION_NOUNS = frozenset({"mobilization", "mobilisation", "conscription", "partial mobilization",
                                 "partial mobilisation", "general mobilization", "general mobilisation"})


@dataclass(slots=True)
class ArticleContext:
    """What earlier sentences of the article tell later ones: last speaker and last military actor."""

    speaker: str | None = None
    military_actor: str | None = None
    country: str | None = None
    parties: list[str] = field(default_factory=list)  # the last two countries named, latest last


@dataclass(slots=True)
class _Sentence:
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


@dataclass(slots=True)
class _Candidate:
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


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text`."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 — the loop keeps the last match
        pass
    return found


def extract_text(text: str, published_at: datetime | None = None) -> list[EventCore]:
    """Events read from `text` (a whole article or one sentence); evidence offsets index into `text`.

    `published_at` dates the text so that earlier years read as background; without it any explicit
    year in a clause marks it as background unless the clause is about the future.
    """
    return [_to_event(sent, c) for sent, c in _candidates(text, published_at)]


def _candidates(text: str, published_at: datetime | None) -> list[tuple[_Sentence, _Candidate]]:
    """Every resolved event candidate of the text with its sentence, in text order."""
    found = find_mentions(text)
    ents, trigs, mils, cues = found["ent"], found["trig"], found["mil"], found["cue"]
    # Start offsets, bisected for each sentence's window of mentions (inlined: four windows a sentence).
    e_at, t_at, m_at, c_at = ([m.start for m in ms] for ms in (ents, trigs, mils, cues))
    ctx = ArticleContext()
    year = published_at.year if published_at else None
    out: list[tuple[_Sentence, _Candidate]] = []
    for s0, s1 in split_sentences(text):
        last = s1 - 1
        sent = _Sentence(
            text, s0, s1,
            ents[bisect_left(e_at, s0):bisect_right(e_at, last)],
            trigs[bisect_left(t_at, s0):bisect_right(t_at, last)],
            mils[bisect_left(m_at, s0):bisect_right(m_at, last)],
            cues[bisect_left(c_at, s0):bisect_right(c_at, last)],
        )
        if sent.trigs or sent.cues:
            out.extend((sent, c) for c in _analyse(sent, ctx, year))
        _remember(sent, ctx)
    return out


def _remember(sent: _Sentence, ctx: ArticleContext) -> None:
    """Update the article memory with this sentence's speaker, military actor and last country."""
    for speech in sent.speeches:
        if speech.code and not speech.owner:
            ctx.speaker = speech.code
    for mil in sent.mils:
        ent = _modifier(sent, mil)
        if ent is not None:
            ctx.military_actor = ent.item.code
    for ent in sent.ents:
        if ent.item.code and ent.item.kind in ("country", "capital", "demonym"):
            ctx.country = ent.item.code
            if ent.item.code in ctx.parties:
                ctx.parties.remove(ent.item.code)
            ctx.parties.append(ent.item.code)
            del ctx.parties[:-2]


def _modifier(sent: _Sentence, mil: Mention) -> Mention | None:
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


def _find_modifier(sent: _Sentence, mil: Mention) -> Mention | None:
    best = None
    for ent in sent.ents:
        if ent.end <= mil.start and mil.start - ent.end <= 30 and ent.item.code:
            gap = sent.text[ent.end:mil.start]
            if _RX_FIND_MODIFIER_1.fullmatch(gap) and not _RX_FIND_MODIFIER_2.search(gap):
                best = ent
    return best


def _analyse(sent: _Sentence, ctx: ArticleContext, year: int | None) -> list[_Candidate]:
    text = sent.text
    sent.trigs = [t for t in sent.trigs if _may_fire(sent, t, ctx)]
    _add_pattern_triggers(sent)
    if not sent.cues and all(t.item.type == _STATEMENT and not t.item.strong for t in sent.trigs) and not (
        _in_quote_only(sent)
    ):
        return []  # weak statement words ("deal", "diplomacy") count only as somebody's words
    speeches = find_speeches(text, (sent.start, sent.end), sent.cues, sent.ents, ctx.speaker, _scan(sent))
    sent.speeches = [sp for sp in speeches if not _performative(sent, sp) and not _action_word(sent, sp)]
    _add_statement_speeches(sent, ctx)
    if not sent.trigs:
        return []
    if _is_background_sentence(sent, year):
        return []
    candidates: list[_Candidate] = []
    for trig in sent.trigs:
        item = trig.item
        if item.type == "none":
            continue
        if item.requires is not None and not _body_has(sent, item.requires):
            continue
        if item.type == _STATEMENT:
            cands = _statement(sent, trig, ctx, year)
        else:
            cands = _military(sent, trig, ctx, year)
        candidates.extend(cands)
    return _resolve(candidates)


def _may_fire(sent: _Sentence, trig: Mention, ctx: ArticleContext) -> bool:
    """Cheap necessary conditions, so that most plain sentences cost nothing more."""
    item = trig.item
    if item.type == "none":
        return False
    if item.type == _TROOP:
        return bool(sent.mils) or (item.subtype == "mobilization" and item.strong)
    if item.type == _STATEMENT:
        return bool(sent.ents or sent.cues or ctx.speaker) or (item.verb and item.strong)
    return True


# Patterns of `_action_word`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_ACTION_WORD_1 = re.compile(r"\s*(?:that\b|[,:\"“])")


def _action_word(sent: _Sentence, speech: Speech) -> bool:
    """"Russia added 7,000 troops": a cue word used as the action itself, not to report speech."""
    if _RX_ACTION_WORD_1.match(sent.text[speech.end:speech.end + 8]):
        return False
    return any(t.start == speech.start and t.item.type == _TROOP for t in sent.trigs)


# Patterns of `_performative`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_PERFORMATIVE_1 = re.compile(r"\bthat\b")


def _performative(sent: _Sentence, speech: Speech) -> bool:
    """"Putin announced a partial mobilisation": the verb performs the act, it does not report a claim."""
    form = sent.text[speech.start:speech.end].lower()
    if not form.startswith(("announc", "declar", "order")):
        return False
    for trig in sent.trigs:
        between = sent.text[speech.end:trig.start]
        if speech.end <= trig.start <= speech.end + 40 and not _RX_PERFORMATIVE_1.search(between):
            return True
    return False


_TALKS_PATTERN = re.compile(
    r"\b(?:propos\w*|offer\w*|invit\w*|seek\w*|sought|open to|ready to|ready for|willing to|stood ready to|"
    r"stands ready to|agree[sd]?|agreeing|call(?:ed|s|ing)? for|urg\w*|must keep|keep)\s+(?:[\w-]+\s+){0,10}?"
    r"(?:talks|dialogue|negotiations|a meeting|meeting|summit|consultations|mediat\w+|diplomacy|peaceful means|"
    r"restraint|de-escalat\w*|lines of communication|travel to|meet(?!\s+(?:the\s+|its\s+|their\s+)?(?:demands?|"
    r"obligations?|targets?|requirements?|needs|deadlines?|standards?|criteria|conditions|goals?|expectations)\b))\b",
    re.I,
)


_WEAPON_FIRE = re.compile(
    r"\b(?:fire[sd]?|firing|launch(?:es|ed|ing)?|test-fire[sd]?|test-firing|test(?:s|ed|ing)?|test-launch(?:es|ed)?)"
    r"\s+(?:an?\s+|two\s+|three\s+|four\s+|several\s+|its\s+|their\s+|the\s+|another\s+|multiple\s+|a\s+"
    r"salvo\s+of\s+|a\s+barrage\s+of\s+)?(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|ICBMs?|SLBMs?|warheads?|"
    r"projectiles?|torpedo(?:es)?|interceptors?)\b",
    re.I,
)
_DEMAND_PATTERN = re.compile(
    r"\b(?:urg(?:e|ed|es|ing)|ask(?:ed|s|ing)?|press(?:ed|es|ing)?|told|implored|order(?:ed|s)?)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:to|not to)\s+\w+",
)
_AGREEMENT_PATTERN = re.compile(
    r"\b(?:initial(?:l?ed|s)|accept(?:s|ed|ing)?|reach(?:es|ed|ing)?|sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|ink(?:s|ed)?|"
    r"finali[sz](?:e|es|ed)|str(?:ike|ikes|uck)|seal(?:s|ed)?|agree(?:s|d)?\s+(?:to|on|upon))\s+"
    r"(?:[\w.\"“”'‘’-]+\s+){0,6}?[\"“‘']?" + _DEAL_WORDS + r"\b",
    re.I,
)
_REJECTION_PATTERN = re.compile(
    r"\b(?:dismiss(?:es|ed)?|rebuff(?:s|ed)?|reject(?:s|ed)?|spurn(?:s|ed)?|turn(?:s|ed)? down)\s+"
    r"(?:[\w.'’-]+\s+){0,4}?(?:proposals?|offers?|plans?|calls?|demands?|requests?|initiatives?|ideas?|appeals?|"
    r"invitations?|ultimatums?|mediation|talks)\b",
    re.I,
)
_DAYS = r"(?:today|yesterday|(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
# A dated call: "called on Thursday for", "called Monday on X to", "pressed on Friday for".
_DATED_CALL = re.compile(
    r"\b(?:call(?:ed|s|ing)?|press(?:ed|es|ing)?|push(?:ed|es|ing)?|appeal(?:ed|s|ing)?)\s+" + _DAYS
    + r"\s+(?:on|upon|for)\b",
    re.I,
)
# A request to a party to take or stop a step: "pressed the rebels to release…", "urged the workers of the
# state bus company to call off…". The step list keeps out "asked reporters to wait".
_PRESS_TO = re.compile(
    r"\b(?:press(?:ed|es|ing)?|pressur(?:e|ed|es|ing)|urg(?:e|ed|es|ing)|ask(?:ed|s|ing)?|implor(?:e|ed|es|ing))\s+"
    r"(?:\S+\s+){1,10}?(?:to|not to)\s+(?:cancel|call off|stop|halt|end|withdraw|pull|release|lift|allow|"
    r"accept|return|hand over|abandon|drop|cease|leave|comply|respect|reverse|free|disarm|dismantle|"
    r"expel|extradite|disband)\b",
    re.I,
)
# An offer of a concrete step or of forces ("offered to extradite", "offered its troops", "offered
# concessions"): a commitment, PLOVER's AGREE. Offers of talks stay with `_TALKS_PATTERN`.
_OFFER = re.compile(
    r"\boffer(?:s|ed|ing)?\s+(?:again\s+|once again\s+)?(?:to\s+(?:help|send|provide|supply|contribute|return|"
    r"release|lift|allow|withdraw|pull|hand|extradite|free|cede|reopen|re-open|guarantee|accept|disarm|"
    r"recognise|recognize|evacuate)\b|(?:(?:its|their|his|her|the|some|new|fresh|major|further|limited|key|"
    r"military|security)\s+)*(?:troops|forces|soldiers|peacekeepers|help|assistance|concessions?|guarantees?|"
    r"amnesty|compromise|a compromise|a truce|a ceasefire)\b)",
    re.I,
)
# Stated readiness to take a concrete cooperative step: "is willing to send", "said he is prepared to lift".
_READY_AGREE = re.compile(
    r"\b(?:is|are|was|were|stands?|stood|remains?|be)\s+(?:\w+\s+)?(?:prepared|ready|willing)\s+to\s+"
    r"(?!(?:\S+\s+){0,4}(?:talks|negotiat\w*|dialogue|meet\w*)\b)"
    r"(?:lift|release|allow|accept|withdraw|pull back|return|hand over|reopen|re-open|sign|provide|send|supply|"
    r"contribute|recogni[sz]e|free|cede|extend|guarantee|help|evacuate)\b",
    re.I,
)
# A threat of a coercive step: stated readiness to take it, or a conditional ("will withdraw its force
# unless…", "may halt its mediation if…"). Said by an actor, TAXONOMY counts it as a warning.
_COERCIVE = (
    r"(?:withdraw|pull out|halt|suspend|impose|expel|sever|retaliate|strike|use (?:military )?force|"
    r"take (?:military |punitive |retaliatory )?action|take (?:counter-?)?measures|block|freeze|boycott|"
    r"close (?:its|the|their) (?:border|airspace|embassy|ports?)|cut off|shut down|declare war|go to war|"
    r"respond militarily)"
)
_READY_THREAT = re.compile(
    r"\b(?:is|are|was|were|stands?|stood|remains?|be)\s+(?:\w+\s+)?(?:prepared|ready)\s+to\s+" + _COERCIVE
    + r"\b",
    re.I,
)
_CONDITIONAL_THREAT = re.compile(
    r"\b(?:will|would|may|might|could|'ll)\s+(?:\w+\s+)?" + _COERCIVE + r"\b[^.;]{0,140}?\b(?:unless|if)\b",
    re.I,
)
# Envoys travelling to talks: "negotiators returned to Geneva for a new round of talks".
_TRAVEL_TALKS = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing)|return(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew)|"
    r"head(?:s|ed|ing)?|went|came|comes)\s+(?:in|to|for)\s+(?:[\w.'’-]+\s+){0,4}?(?:for|to hold)\s+"
    r"(?:(?:a|the|another|new|fresh|further|more|direct|final|second|third)\s+)*(?:(?:rounds?|session)\s+of\s+)?"
    r"(?:talks|negotiations|consultations)\b"
    r"|\bh(?:old|olds|eld|olding)\s+(?:[\w-]+\s+){1,4}?(?:talks|negotiations|consultations)\b",
    re.I,
)
_SEPARABLE_BACK = re.compile(
    r"\b(?:pull(?:s|ed|ing)?|draw(?:s|ing)?|drew|bring(?:s|ing)?|brought|mov(?:e|es|ed|ing)|send(?:s|ing)?|sent)"
    r"\s+(?:[\w-]+\s+){1,3}?(?:back|out|home)\b",
    re.I,
)


# Words one of which must occur for each pattern of `_add_pattern_triggers` to have a chance.
_PATTERN_GATES = (
    ("talks", "dialogue", "negotiat", "meet", "summit", "consultation", "mediat", "diplomacy", "peaceful",
     "escalat", "communication", "travel to", "restraint"),
    ("missile", "rocket", "icbm", "slbm", "warhead", "projectile", "torpedo", "interceptor"),
    (" to ",),
    ("ceasefire", "cease-fire", "truce", "deal", "agreement", "accord", "treat", "pact", "arrangement",
     "memorandum", "declaration", "framework", "roadmap", "compromise"),
    ("proposal", "offer", "plan", "call", "demand", "request", "initiative", "idea", "appeal", "invitation",
     "ultimatum", "mediation", "talks"),
    ("back", " out", "home"),
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"),
    (" to ",),
    ("to", "troops", "forces", "soldiers", "peacekeepers", "help", "assistance", "concession", "guarantee",
     "amnesty", "compromise", "truce", "ceasefire"),
    ("prepared to", "ready to", "willing to"),
    ("prepared to", "ready to"),
    ("unless", "if"),
    ("talks", "negotiations", "consultations"),
)
# A second gate: the verb side of each pattern. Each word is a substring every match must contain;
# the five case-insensitive patterns are gated on the lower-cased sentence only when it is ASCII (under
# re.I a few non-ASCII letters such as "ſ" match ASCII ones), the case-sensitive demand pattern always.
_VERB_GATES = (
    ("propos", "offer", "invit", "seek", "sought", "open to", "ready to", "ready for", "willing to", "agree",
     "call", "urg", "must keep", "keep"),
    ("fire", "firing", "launch", "test"),
    ("urg", "ask", "press", "told", "implored", "order"),
    ("initial", "accept", "reach", "sign", "conclud", "ink", "finali", "strike", "struck", "seal", "agree"),
    ("dismiss", "rebuff", "reject", "spurn", "turn"),
    ("pull", "draw", "drew", "bring", "brought", "mov", "send", "sent"),
    ("call", "press", "push", "appeal"),
    ("press", "pressur", "urg", "ask", "implor"),
    ("offer",),
    ("is ", "are ", "was ", "were ", "stand", "stood", "remain", "be "),
    ("is ", "are ", "was ", "were ", "stand", "stood", "remain", "be "),
    ("will", "would", "may", "might", "could", "'ll"),
    ("arriv", "return", "travel", "fly", "flies", "flew", "head", "went", "came", "comes", "hold", "held"),
)
_CASE_SENSITIVE = (False, False, True, False, False, False, False, False, False, False, False, False, False)
_PATTERN_SPECS = tuple(zip((
    (_TALKS_PATTERN, _STATEMENT, "call_for_talks", False),
    (_WEAPON_FIRE, _DRILL, "weapons_test", False),
    (_DEMAND_PATTERN, _STATEMENT, "demand", False),
    (_AGREEMENT_PATTERN, _STATEMENT, "agreement", False),
    (_REJECTION_PATTERN, _STATEMENT, "rejection", False),
    (_SEPARABLE_BACK, _TROOP, "withdrawal", True),
    (_DATED_CALL, _STATEMENT, "demand", False),
    (_PRESS_TO, _STATEMENT, "demand", False),
    (_OFFER, _STATEMENT, "agreement", False),
    (_READY_AGREE, _STATEMENT, "agreement", False),
    (_READY_THREAT, _STATEMENT, "warning", False),
    (_CONDITIONAL_THREAT, _STATEMENT, "warning", False),
    (_TRAVEL_TALKS, _STATEMENT, "meeting", False),
), _PATTERN_GATES, _VERB_GATES, _CASE_SENSITIVE, strict=True))


def _gate_automaton() -> ahocorasick.Automaton:
    """One automaton over every gate word: bit 2i marks pattern i's first gate, bit 2i+1 its verb gate."""
    masks: dict[str, int] = {}
    for i, (_, gate, verbs, _) in enumerate(_PATTERN_SPECS):
        for word in gate:
            masks[word] = masks.get(word, 0) | 1 << (2 * i)
        for word in verbs:
            masks[word] = masks.get(word, 0) | 1 << (2 * i + 1)
    auto = ahocorasick.Automaton()
    for word, mask in masks.items():
        auto.add_word(word, mask)
    auto.make_automaton()
    return auto


# A single C-level pass over the lower-cased sentence tells which gate words occur (every occurrence of
# every word is reported), instead of dozens of `in` tests.
_GATES = _gate_automaton()


def _has_any(words: tuple[str, ...], text: str) -> bool:
    """Whether any of `words` is a substring of `text` (plain C-level `in` tests, no regex)."""
    for word in words:
        if word in text:
            return True
    return False


def _add_pattern_triggers(sent: _Sentence) -> None:
    """Triggers written with a gap, which a word list cannot hold: "proposed military talks", "stood ready
    to mediate", "fires ballistic missile", "urged Russia to…", "accepted a U.S.-brokered ceasefire",
    "pulling its peacekeepers out". Each outranks the triggers inside its span."""
    extra: list[Mention] = []
    body = sent.body
    hits = 0
    for _, mask in _GATES.iter(body.lower()):
        hits |= mask
    if not hits:
        return  # no pattern can match: most plain sentences stop here
    ascii_only = body.isascii()
    for i, ((pattern, typ, subtype, military), _, verbs, case_sensitive) in enumerate(_PATTERN_SPECS):
        if not hits >> (2 * i) & 1:
            continue  # the cheap tests spare the costly pattern on most sentences
        if case_sensitive:
            if not _has_any(verbs, body):
                continue
        elif ascii_only and not hits >> (2 * i + 1) & 1:
            continue
        for match in pattern.finditer(sent.text, sent.start, sent.end):
            if any(e.start <= match.start() < e.end for e in extra):
                continue
            trig = Trigger(typ, subtype, match.group(), True, True, military)
            extra.append(Mention(match.start(), match.end(), "trig", trig))
    if not extra:
        return
    kept = [t for t in sent.trigs if not any(e.start <= t.start < e.end and t.item.type == e.item.type for e in extra)]
    sent.trigs = sorted(kept + extra, key=lambda m: m.start)


def _add_statement_speeches(sent: _Sentence, ctx: ArticleContext) -> None:
    """Statement verbs (warned, denied, requested…) introduce their subject as a speaker too."""
    extra = []
    for trig in sent.trigs:
        item = trig.item
        if item.type != _STATEMENT or not item.verb or item.subtype == "meeting":
            continue
        if item.subtype == "agreement" and sent.text.startswith(("sign", "ratif", "initial"), trig.start):
            continue  # "signed a decree on partial mobilisation": an act, not somebody reporting the decree
        code, weak = _statement_subject(sent, trig, ctx)
        boundary, _, _ = _subject_before(sent, trig.start)
        extra.append(Speech(trig.start, trig.end, code, True, False, boundary, weak, False, (boundary, trig.start),
                            statement=True))
    if extra:
        sent.speeches = sorted(sent.speeches + extra, key=lambda s: s.start)


# ---------------------------------------------------------------- shared clause tests




def _marks(text: str, start: int, end: int) -> list[int]:
    """Offsets of the commas and semicolons in text[start:end], ascending (`str.find` beats a regex scan)."""
    marks = []
    for mark in ",;":
        i = text.find(mark, start, end)
        while i >= 0:
            if not (mark == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
                marks.append(i)  # "1,500 troops" is one number, not two clauses
            i = text.find(mark, i + 1, end)
    marks.sort()
    return marks


def _clause(sent: _Sentence, pos: int, end: int) -> tuple[int, int]:
    """The comma/semicolon-delimited clause around [pos, end)."""
    marks = sent.marks
    if marks is None:
        marks = sent.marks = _marks(sent.text, sent.start, sent.end)
    i = bisect_left(marks, pos)
    lo = marks[i - 1] + 1 if i > 0 else sent.start
    j = bisect_left(marks, end)
    hi = marks[j] if j < len(marks) else sent.end
    return lo, hi


def _body_has(sent: _Sentence, pattern: re.Pattern[str] | GatedPattern) -> bool:
    """Whether `pattern` occurs in the sentence, memoised: the same sentence-wide tests run per trigger."""
    found = sent.cache.get(pattern)
    if found is None:
        found = sent.cache[pattern] = pattern.search(sent.body) is not None
    return found


def _numbers(sent: _Sentence) -> list[tuple[int, int, int | None]]:
    """`numbers_in` of the sentence body, memoised (read-only list)."""
    found = sent.cache.get("numbers")
    if found is None:
        found = sent.cache["numbers"] = numbers_in(sent.body)
    return found


def _scan(sent: _Sentence) -> BoundaryScan:
    """The sentence's clause-boundary scan, grown and shared by every speaker and subject lookup."""
    scan = sent.cache.get("boundary_scan")
    if scan is None:
        scan = sent.cache["boundary_scan"] = new_scan(sent.start)
    return scan


def _subject_before(sent: _Sentence, pos: int) -> tuple[int, Mention | None, str]:
    """`attribution.subject_before` for this sentence, memoised: several tests ask about the same trigger."""
    key = ("subject_before", pos)
    found = sent.cache.get(key)
    if found is None:
        found = sent.cache[key] = subject_before(sent.text, sent.start, pos, sent.ents, _scan(sent))
    return found


def _before(sent: _Sentence, pos: int, chars: int = 40) -> str:
    lo = max(sent.start, pos - chars)
    return sent.text[lo:pos]


def _is_background_sentence(sent: _Sentence, year: int | None) -> bool:
    """A fronted date in the past ("In 2008, …") makes the whole sentence background."""
    if _FRONTED_HISTORY.match(sent.body):
        return True
    match = _FRONTED_YEAR.match(sent.body)
    return bool(match) and (year is None or int(match.group(1)) < year)


# Substrings one of which every `_BACKGROUND` match contains (lower-cased ASCII text).
_BACKGROUND_GATE = ("ago", "last year", "in the past", "previously", "at the time", "cold war", "world war",
                    "since then", "back then", "0s", "historically", "recalled", "history")


def _background_words(text: str) -> bool:
    """`_BACKGROUND.search(text)`, skipped by plain substring tests when ASCII text holds none of its words."""
    if text.isascii() and not _has_any(_BACKGROUND_GATE, text.lower()):
        return False
    return _BACKGROUND.search(text) is not None


def _is_background(sent: _Sentence, pos: int, end: int, year: int | None) -> bool:
    """Whether the clause around [pos, end) tells background; memoised per clause (same for its triggers)."""
    lo, hi = _clause(sent, pos, end)
    key = ("background", lo, hi, year)
    found = sent.cache.get(key)
    if found is None:
        found = sent.cache[key] = _background_clause(sent.text[lo:hi], year)
    return found


def _background_clause(clause: str, year: int | None) -> bool:
    if _background_words(clause):
        return True
    if "19" not in clause and "20" not in clause:
        return False  # no year can match
    for match in _YEAR.finditer(clause):
        y = int(match.group(1))
        if year is not None:
            if y < year:
                return True
        elif not _FUTURE.search(clause):
            return True
    return False


def _negated(sent: _Sentence, pos: int) -> bool:
    before = _before(sent, pos, 30)
    cut = max(before.rfind(","), before.rfind(";"))
    return bool(_NEGATION.search(before[cut + 1:]))


def _hypothetical(sent: _Sentence, pos: int, has_speaker: bool) -> bool:
    lo, _ = _clause(sent, pos, pos)
    before = sent.text[max(lo, pos - 60):pos]
    if _MODAL.search(before) or _WHETHER.search(sent.text, lo, pos):
        return True
    return bool(_WOULD.search(before)) and not has_speaker


_WHETHER = re.compile(r"\b(?:whether|if it is|not (?:yet )?clear)\b", re.I)


def _cancelled(sent: _Sentence, pos: int, end: int) -> bool:
    lo, hi = _clause(sent, pos, end)
    return bool(_CANCEL.search(sent.text[max(lo, pos - 50):min(sent.end, end + 70)]))


# Patterns of `_planned`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_PLANNED_1 = GatedPattern(
    re.compile(r"([\w'’]+)\s+to\s+(?:[\w-]+\s+){0,2}$"),
    ("to",),
)


def _planned(sent: _Sentence, pos: int, end: int) -> bool:
    lo, hi = _clause(sent, pos, end)
    before = sent.text[max(lo, pos - 70):pos]
    after = sent.text[end:hi]
    if _FUTURE.search(before + sent.text[pos:end]) or _FUTURE_AFTER.search(after):
        return True
    # Headline infinitive: "Putin to oversee military drills".
    to = _RX_PLANNED_1.search(before)
    if to:
        word_end = pos - len(before) + to.end(1)
        return any(ent.end == word_end and ent.item.code for ent in sent.ents)
    return False


def _governing_speech(sent: _Sentence, pos: int, statements: bool = False) -> Speech | None:
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


def _in_quote_only(sent: _Sentence) -> bool:
    return sent.body[:1] in _QUOTE_CHARS or sent.body[:1] == "'"


# ---------------------------------------------------------------- military events


def _military(sent: _Sentence, trig: Mention, ctx: ArticleContext, year: int | None) -> list[_Candidate]:
    """Troop movement or drill candidates for one trigger, or none when a filter rejects it."""
    item = trig.item
    if not _military_sense(sent, trig):
        return []
    speech = _military_speech(sent, trig)
    negated_claim = False
    if _rejected_military(sent, trig, year):
        # "Russia has not mobilised a single reservist, the Kremlin insisted": a denial by the actor's side
        if not (speech is not None and _negated(sent, trig.start) and not _cancelled(sent, trig.start, trig.end)):
            return []
        if _NOT_SEEN.search(_before(sent, trig.start, 40)):
            return []  # "Kyiv said it had seen no sign of a pullback": doubt about another's act, not a denial
        negated_claim = True
    hypothetical = (
        _hypothetical(sent, trig.start, speech is not None) or _conditional(sent, trig) or _modal_after(sent, trig)
    )
    if hypothetical and (speech is None or speech.statement or _speculator(sent, speech)):
        return []  # a journalist's, an analyst's or a former official's speculation is no event
    if _had_been(sent, trig) and speech is None:
        return []
    if item.subtype == "exercise" and item.verb and _WITHIN_THE_DRILL.match(sent.body):
        return []  # "During the exercise, troops practised…": what happened inside a drill already reported
    actors, actor_weak, own_entity = _military_actors(sent, trig, ctx, speech)
    if not own_entity and _definite_forces(sent, trig):
        return []  # "the ships were later seen heading back": back-reference to reported forces (rule 8)
    if item.type == _DRILL:
        actors = _with_partners(sent, trig, actors)
    location = _location(sent, trig, actors, ctx)
    out = []
    for actor in actors or [None]:
        claimant = None
        if speech is not None:
            claimant = speech.code if speech.code else actor
        if speech is None and _in_quote_only(sent) and ctx.speaker:
            claimant = ctx.speaker
        assertion = _military_assertion(sent, trig, actor, speech, claimant)
        if assertion == "disputed" and claimant is None:
            claimant = actor  # "calls Pyongyang's pullback claim false": a disputed claim is its actor's (rule 4)
        if hypothetical:
            assertion = "hypothetical"
        if negated_claim:
            if claimant is not None and actor is not None and claimant != actor:
                return []  # somebody else's negation: no event
            assertion = "denied"
            out.append(_Candidate(_STATEMENT, "denial", actor, location, None, "reported", actor, True, trig.start,
                                  actor_weak=actor_weak))
        quantity = _quantity(sent, trig, actor)
        out.append(_Candidate(
            item.type, item.subtype, actor, location, quantity, assertion, claimant, item.strong, trig.start,
            actor_weak=actor_weak or actor is None, claimant_weak=bool(speech and speech.from_context),
            toward_border=bool(_TOWARD_BORDER.match(sent.text, trig.end, min(sent.end, trig.end + 90))),
        ))
    return out


_MODAL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:could|might|may|would)\s+(?:\w+\s+)?(?:become|be|follow|come)\b", re.I
)


def _modal_after(sent: _Sentence, trig: Mention) -> bool:
    """A nominal trigger as the subject of a modal: "a second wave of mobilisation may become unavoidable";
    a gerund too: "warned that sending a warship to its waters would be a provocation"."""
    if not trig.item.verb:
        return bool(_MODAL_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + 50)))
    return sent.text.endswith("ing", trig.start, trig.end) and bool(
        _GERUND_SUBJECT.search(_before(sent, trig.start, 12))
        and _GERUND_MODAL.match(sent.text, trig.end, min(sent.end, trig.end + 70))
    )


_GERUND_SUBJECT = re.compile(r"(?:\b(?:that|whether|warned|said)\s+|^\W*)$", re.I)
_GERUND_MODAL = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:would|could|might|will)\s+(?:\w+\s+)?be\b", re.I)
_SPECULATOR = re.compile(
    r"\b(?:former|ex-|retired|analysts?|experts?|commentators?|observers?|bloggers?|think tank|researchers?)\b", re.I
)


def _speculator(sent: _Sentence, speech: Speech) -> bool:
    """The speaker of a conditional is no official: "…, a former defence minister said"."""
    lo, hi = speech.subject if speech.subject[1] > speech.subject[0] else (speech.boundary, speech.start)
    hi = max(hi, speech.end + 40 if speech.trailing else hi)
    if any(lo <= e.start < hi and e.item.kind == "leader" for e in sent.ents):
        return False  # "former president Dmitry Medvedev said": a named figure who speaks for his state
    return bool(_SPECULATOR.search(sent.text, lo, hi))


_WITHIN_THE_DRILL = re.compile(
    r"\W*(?:During|Throughout|In the course of|As part of|Over the course of)\s+(?:the|these|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|war games|manoeuvres|maneuvers)\s*,"
)


_NOT_SEEN = re.compile(
    r"\b(?:no|any|little)\s+(?:sign|signs|evidence|indication|indications|proof)\s+(?:\w+\s+){0,2}$|"
    r"\bnot\s+(?:yet\s+)?(?:seen|observed|detected|witnessed|confirmed)\s+(?:\w+\s+){0,3}$",
    re.I,
)


def _military_speech(sent: _Sentence, trig: Mention) -> Speech | None:
    """Who reports a military action: a reporting verb wins over a statement verb ("Under the deal,
    Russia has committed to pulling out, Baku said"); an "after …" clause is the outlet's own voice."""
    speech = _governing_speech(sent, trig.start)
    if speech is not None and speech.statement:
        real = next((sp for sp in sent.speeches if not sp.statement and (sp.code or sp.title)
                     and (sp.start < trig.start or sp.trailing)), None)
        if real is not None:
            speech = real
    if speech is not None and speech.end <= trig.start and _AFTER_CLAUSE.search(sent.text, speech.end, trig.start):
        return None
    return speech


def _conditional(sent: _Sentence, trig: Mention) -> bool:
    """"Ankara would send troops if Baku asked", "should the PLA begin a blockade": a conditional action."""
    before = _before(sent, trig.start, 40)
    return bool(_WOULD.search(before)) and _body_has(sent, _IF_CLAUSE)


def _rejected_military(sent: _Sentence, trig: Mention, year: int | None) -> bool:
    """Negated, cancelled, background, back-referenced, demanded or a state rather than a movement."""
    if _negated(sent, trig.start) or _cancelled(sent, trig.start, trig.end):
        return True
    if _is_background(sent, trig.start, trig.end, year):
        return True
    if _HABITUAL.search(sent.text, _clause(sent, trig.start, trig.end)[0], trig.start):
        return True  # "Russia has long used snap inspections to …", "such deployments are typically rotated"
    if not trig.item.verb and _ANY_BEFORE.search(_before(sent, trig.start, 8)):
        return True  # "any deployment of Western troops would be a legitimate target": a condition, not an act
    if not trig.item.verb and _definite_backref(sent, trig):
        return True
    if trig.item.subtype != "mobilization" and _in_demand_scope(sent, trig.start):
        return True
    if _in_object_of(sent, trig, ("rejection",)):
        return True
    if trig.item.type == _DRILL and _PARTICIPATION_OFF.search(_before(sent, trig.start, 60)):
        return True
    if not trig.item.verb and _AFTER_EVENT.search(_before(sent, trig.start, 50)):
        return True  # "following the North's missile launch", "after completing exercises": an earlier event
    if (not trig.item.verb or sent.text.endswith("ing", trig.start, trig.end)) and _body_has(sent, _PROTEST):
        return True  # "a demonstration to protest the sending of troops": the protest is the news
    return _state_participle(sent, trig)


# Patterns of `_state_participle`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_STATE_PARTICIPLE_1 = re.compile(r"\b(were|was|been|being|are|is|be|had|have|has|get|got)\s+(?:\w+\s+)?$", re.I)
_RX_STATE_PARTICIPLE_2 = re.compile(r"\s*(?:[\w-]+\s+)?")


def _state_participle(sent: _Sentence, trig: Mention) -> bool:
    """"troops deployed along the border" (no auxiliary): a standing force, not a movement (rule 3)."""
    form = sent.text[trig.start:trig.end].lower()
    if not trig.item.verb or not form.startswith(_STATE_VERBS):
        return False
    before = _before(sent, trig.start, 30)
    if _PRESENT_STATE.search(before) and not _NEWLY.search(sent.body) and any(
        mil.end <= trig.start for mil in sent.mils
    ):
        return True  # "some 1,100 US troops are deployed in Syria": where forces are, not a move
    return any(
        mil.end <= trig.start and _RX_STATE_PARTICIPLE_2.fullmatch(sent.text[mil.end:trig.start])
        for mil in sent.mils
    ) and not _RX_STATE_PARTICIPLE_1.search(before)


_PRESENT_STATE = re.compile(r"\b(?:are|is|remain|remains)\s+(?:still\s+|currently\s+|permanently\s+)?$", re.I)
_NEWLY = re.compile(
    r"\b(?:now|newly|being|have been|has been|this week|today|yesterday|since|recently|additional|more)\b", re.I
)
_TOWARD_BORDER = GatedPattern(
    re.compile(
        r"[^,;.]*?\b(?:closer to|towards?|up to|to)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,7}?"
        r"(?:border|borders|frontier|administrative line|line of contact|line of control|line of actual control|"
        r"demarcation line|armistice line|contact line|boundary|LoC|LAC|DMZ)\b",
        re.I,
    ),
    ("border", "frontier", "line", "boundary", "loc", "lac", "dmz"),
)
_NOT_NOUN_PHRASE = re.compile(
    r"\b(had|has|have|was|were|is|are|been|be|will|would|did|does|do|could|can|may|might|should)\b|\w+ly\b", re.I
)
_STATE_VERBS = ("deployed", "stationed", "positioned", "based", "garrisoned", "located", "redeployed")


# Patterns of `_had_been`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_HAD_BEEN_1 = re.compile(r"\bhad been\s+(?:\w+\s+)?$", re.I)


def _had_been(sent: _Sentence, trig: Mention) -> bool:
    """Pluperfect passive ("had been deployed in the region under the deal") tells background."""
    return bool(_RX_HAD_BEEN_1.search(_before(sent, trig.start, 25)))


# Patterns of `_definite_forces`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_OBJECT_OF_ORDER = re.compile(
    r"\b(?:ordered|put|placed|sent|moved|deployed|raised|told|instructed|brought|called|mobili[sz]ed)\s+"
    r"(?:the|these|those)\s+(?:[\w-]+\s+){0,1}$",
    re.I,
)
_RX_DEFINITE_FORCES_1 = re.compile(r"\b(the|these|those)\s+(?:[\w-]+\s+){0,1}$", re.I)


def _definite_forces(sent: _Sentence, trig: Mention) -> bool:
    mil = _mil_near(sent, trig, 60)
    if mil is None or trig.item.subtype == "mobilization" or mil.end > trig.start:
        return False  # only forces named before the action refer back ("launched from the frigate" does not)
    before = _before(sent, mil.start, 40)
    if _OBJECT_OF_ORDER.search(before):
        return False  # "he had ordered the army to combat readiness": the forces he commands, not a back-reference
    return bool(_RX_DEFINITE_FORCES_1.search(before[-25:]))


# Patterns of `_with_partners`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_WITH_PARTNERS_1 = re.compile(r"\b(with|alongside)\s+(?:the\s+)?(?:[\w.-]+\s+){0,1}$", re.I)
_RX_WITH_PARTNERS_2 = re.compile(
    r"\b(line|control|border|frontier|boundary|war|wars|conflict|clash|clashes|fight|battle|confrontation)\s+with\s+",
    re.I,
)


def _with_partners(sent: _Sentence, trig: Mention, actors: list[str]) -> list[str]:
    """Joint drills name partners after "with" or "alongside" (rule 7: one event per participant)."""
    lo, hi = _clause(sent, trig.start, trig.end)
    out = list(actors)
    for ent in sent.ents:
        if not ent.item.code or ent.item.code in out or not (lo <= ent.start < hi):
            continue
        before = _before(sent, ent.start, 30)
        if _RX_WITH_PARTNERS_1.search(before) and not _RX_WITH_PARTNERS_2.search(before):
            out.append(ent.item.code)
    return out


# Patterns of `_military_sense`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_MILITARY_SENSE_1 = re.compile(r"\b[A-Z][\w-]+\s+$")
_RX_MILITARY_SENSE_2 = re.compile(r"\bnumbers?\b", re.I)


def _military_sense(sent: _Sentence, trig: Mention) -> bool:
    """Whether the trigger is military here: troop verbs need a military noun near them, drills a
    military context, weapons tests a weapon and no target."""
    item = trig.item
    text = sent.text
    if item.type == _TROOP:
        if item.subtype == "mobilization":
            form = text[trig.start:trig.end].lower()
            if form.startswith("recruitment"):  # a recruitment drive for nurses is no call-up
                return bool(_mil_near(sent, trig, 60)) or _body_has(sent, _PLAINLY_MILITARY)
            return not item.verb or form in _MOBILIZATION_NOUNS or bool(_mil_near(sent, trig, 60)) or bool(
                _body_has(sent, _RESERVISTS))
        if item.subtype == "withdrawal" and _LEAVE_FORM.match(text, trig.start, trig.end) and _left_behind(sent, trig):
            return False
        if _POLICE.search(text, _clause(sent, trig.start, trig.end)[0], trig.start) or (
            _body_has(sent, _CIVIL_CONTEXT) and not _body_has(sent, _PLAINLY_MILITARY)
            and not any(m.item.countable and m.item.form.lower() not in _AMBIGUOUS_CRAFT for m in sent.mils)
        ):
            return False  # "Kosovo police deployed special units", "the logistics group deployed a fleet of trucks"
        if item.subtype == "buildup" and item.verb and _PURPOSE_TO.search(_before(sent, trig.start, 6)) and any(
            t.item.type == _TROOP and t.end <= trig.start and t.item.subtype != "buildup" for t in sent.trigs
        ):
            return False  # "called up 5,000 reservists to reinforce operations": the purpose of the act
        if item.subtype == "deployment" and _FOR_DRILLS.match(text, trig.end, min(sent.end, trig.end + 60)):
            return False  # "put to sea for drills": the drill is the event, the move is part of it
        if item.verb and _ARTICLE_BEFORE.search(_before(sent, trig.start, 6)) and text.endswith(
            "ed", trig.start, trig.end
        ):
            return False  # "ahead of an expanded ground operation": a participle describing a noun
        if not item.strong:
            return _weak_troop_sense(sent, trig)
        if not item.military:
            return True
        if _mil_near(sent, trig, 70):
            return True
        # "… troops …, with the number actually increasing by 7,000": the number stands for the troops.
        near = sent.text[max(sent.start, trig.start - 30):trig.end + 30]
        return bool(sent.mils) and bool(_RX_MILITARY_SENSE_2.search(near))
    if item.subtype == "weapons_test":
        target = _ATTACK_AFTER.match(text, trig.end, min(sent.end, trig.end + 70))
        if target and not _SEA_OBJECT.match(text, target.end(), sent.end):
            return False  # fired at a target: an attack, not a test
        return _body_has(sent, _WEAPON)
    verb_use = text[trig.start:trig.end].lower().startswith("exercis")
    if verb_use and _EXERCISE_OF.match(text, trig.end, min(sent.end, trig.end + 40)):
        return False  # "to exercise maximum restraint", "exercised its right": the verb, not a drill
    if _body_has(sent, _SIMULATION):
        return False  # "war games run by a think tank": a study, not a drill
    if _body_has(sent, _CIVIL_CONTEXT) and not _body_has(sent, _PLAINLY_MILITARY):
        return False
    if _body_has(sent, _MIL_CONTEXT):
        return True
    # "The U.S. and South Korea kicked off their annual Freedom Shield exercise": states and a named drill.
    named = _RX_MILITARY_SENSE_1.search(_before(sent, trig.start, 30))
    return bool(named) and any(e.item.code and e.item.kind in ("country", "organisation") for e in sent.ents)


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_AMBIGUOUS_CRAFT = frozenset({"vessel", "vessels", "ship", "ships", "aircraft", "planes", "men", "carrier", "carriers",
                              "helicopters", "drones"})
_POLICE = re.compile(r"\b(?:police|policemen|police officers|gendarmes?|gendarmerie|riot squads?)\b", re.I)
_FOR_DRILLS = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:for|to join|to take part in|to hold|to conduct|to participate in)\s+"
    r"(?:(?:the|joint|naval|annual|live-fire|large-scale|military|combined)\s+)*"
    r"(?:drills?|exercises?|war games|manoeuvres|maneuvers|wargames)\b",
    re.I,
)
_LEAVE_FORM = re.compile(r"(?:leav\w*|left)$", re.I)
_LEFT_STATE = re.compile(
    r"\s+(?:[\w,-]+\s+){0,4}?(?:dead|killed|wounded|injured|stranded|homeless|behind|intact|unchanged|in place)\b", re.I
)
_LEFT_OBJECT_GAP = re.compile(r"\s+(?:(?:the|its|their|his|her|some|all|any|[A-Z][\w-]*|\d[\d,]*)\s+){0,3}$")


def _left_behind(sent: _Sentence, trig: Mention) -> bool:
    """"leaving two soldiers dead", "would leave Russian troops on its territory": leave as let be, not go."""
    text = sent.text
    if _LEFT_STATE.match(text, trig.end, min(sent.end, trig.end + 40)):
        return True
    for mil in sent.mils:  # forces as the object of "leave": they stay where they are
        if trig.end < mil.start <= trig.end + 30 and _LEFT_OBJECT_GAP.fullmatch(text, trig.end, mil.start):
            return True
    return False


_EXERCISE_OF = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:restraint|caution|patience|rights?|control|influence|power|judge?ment|leadership|"
    r"sovereignty|options?|vigilance|discretion|authority|veto)\b",
    re.I,
)


_ANY_BEFORE = re.compile(r"\bany\s+(?:(?:further|new|future|additional|more|such)\s+)?$", re.I)
_HABITUAL = GatedPattern(
    re.compile(
        r"\b(?:has long|have long|had long|long used|typically|usually|routinely|traditionally|by law|as a rule|"
        r"tends? to|serve as|serves as)\b",
        re.I,
    ),
    ("long", "typically", "usually", "routinely", "traditionally", "by law", "as a rule", "tend", "serve"),
)


# Patterns of `_weak_troop_sense`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_WEAK_TROOP_SENSE_1 = re.compile(r"\s+than\b")
_RX_WEAK_TROOP_SENSE_2 = re.compile(r"[;.]|,\s")


def _weak_troop_sense(sent: _Sentence, trig: Mention) -> bool:
    text = sent.text
    form = text[trig.start:trig.end].lower()
    if form == "more" and _RX_WEAK_TROOP_SENSE_1.match(text[trig.end:trig.end + 6]):
        return False  # "more than 1,500 soldiers" counts, it does not add
    if form in ("more", "additional", "extra", "fresh", "further") and _ANY_BEFORE.search(_before(sent, trig.start, 8)):
        return False  # "against any further provocations": a condition, not forces added
    if form in ("more", "additional", "extra", "fresh", "further"):
        for mil in sent.mils:
            counts = mil.item.countable or form != "more"  # "more military bases" adds no forces
            gap = text[trig.end:mil.start]
            if counts and trig.end <= mil.start <= trig.end + 30 and not _RX_WEAK_TROOP_SENSE_2.search(gap):
                return True
        return False
    if "way" in form or "move" in form:
        return any(mil.end <= trig.start and trig.start - mil.end <= 60 for mil in sent.mils)
    if form.startswith(("arriv", "patrol", "sail")):
        return bool(_mil_near(sent, trig, 50))
    # "the number of troops has risen", "troop strength … has grown"
    return any(m.end <= trig.start and trig.start - m.end <= 60 for m in sent.mils)


def _mil_near(sent: _Sentence, trig: Mention, chars: int) -> Mention | None:
    best, dist = None, chars + 1
    for mil in sent.mils:
        d = mil.start - trig.end if mil.start >= trig.end else trig.start - mil.end
        if 0 <= d < dist or (mil.start < trig.end and mil.end > trig.start):
            best, dist = mil, max(d, 0)
    return best


# Patterns of `_definite_backref`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_DEFINITE_BACKREF_1 = re.compile(r"['’]s\b")
_RX_DEFINITE_BACKREF_2 = re.compile(r"\b[A-Z][\w-]+")
_RX_DEFINITE_BACKREF_3 = re.compile(r"\s+of\b")
_RX_DEFINITE_BACKREF_4 = re.compile(r"\bof\b")


def _definite_backref(sent: _Sentence, trig: Mention) -> bool:
    """"the drills ended": a definite mention without a governing verb refers back (rule 8)."""
    before = _before(sent, trig.start, 40)
    match = _DEFINITE.search(before)
    if not match:
        return False
    if _GOVERNING.search(before) or _RX_DEFINITE_BACKREF_3.match(sent.text[trig.end:trig.end + 5]):
        return False
    between = before[match.end(1):]
    if _RX_DEFINITE_BACKREF_4.search(between) or not trig.item.strong:
        return False
    if _NOT_NOUN_PHRASE.search(between):
        return False  # "the country had successfully tested a…": a clause, not "the drills"
    if trig.item.subtype == "readiness_check" or (trig.item.subtype == "mobilization" and between.strip()):
        return False
    lo = trig.start - len(between)
    if any(lo <= c.start < trig.start for c in sent.cues) or any(lo <= t.start < trig.start for t in sent.trigs):
        return False  # "The US says Russia added…": a clause, not a noun phrase
    if _RX_DEFINITE_BACKREF_1.search(between):
        return False  # "the alliance's largest exercise": introduced, not referred back to
    # "the Balikatan drills": a named exercise, unless the name is a country ("the U.S.-South Korea drills").
    for word in _RX_DEFINITE_BACKREF_2.finditer(between):
        abs_start = trig.start - len(before) + match.end(1) + word.start()
        if not any(e.start <= abs_start < e.end for e in sent.ents):
            return False
    return True


# Patterns of `_in_demand_scope`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_IN_DEMAND_SCOPE_1 = re.compile(r"[.;]")
_RX_IN_DEMAND_SCOPE_2 = re.compile(r"\b(to|that)\b", re.I)


def _in_demand_scope(sent: _Sentence, pos: int) -> bool:
    """"called on Russia to withdraw": the demanded action is no event."""
    lo, _ = _clause(sent, pos, pos)
    before = sent.text[max(sent.start, pos - 80):pos]
    match = _last(_DEMAND_CUE, before)
    if match is None:
        return False
    tail = before[match.end():]
    if _RX_IN_DEMAND_SCOPE_1.search(tail):
        return False
    return bool(_RX_IN_DEMAND_SCOPE_2.search(tail)) or len(tail) < 30


# Patterns of `_military_actors`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_MILITARY_ACTORS_1 = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?")
_RX_MILITARY_ACTORS_2 = re.compile(r"\w+(?:ed|en|wn|nt)\b")
_RX_MILITARY_ACTORS_3 = re.compile(r"[,;]")
_RX_MILITARY_ACTORS_4 = re.compile(r"\benemy\s+$", re.I)
_RX_MILITARY_ACTORS_5 = re.compile(r"\b(from|near)\b")


_CLAUSE_JOIN = re.compile(r"\b(?:and|as|while|after|before|when|but|whereas|because)\b", re.I)


def _other_clause_between(sent: _Sentence, start: int, end: int) -> bool:
    """A conjunction followed by a named party between two offsets: a new clause with its own subject."""
    join = _CLAUSE_JOIN.search(sent.text, start, end)
    return join is not None and any(join.end() <= e.start < end and e.item.code for e in sent.ents)


_OWNER_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:with|and|or|of|to|in|on|at|for|from|by|as|the|a|an|its|their|near|into)\s)[a-z][\w-]*\s+)?"
)


def _noun_owner(sent: _Sentence, trig: Mention) -> Mention | None:
    """The party written just before a nominal trigger: its possessor or its adjective."""
    for ent in reversed(sent.ents):
        if ent.end > trig.start:
            continue
        if ent.item.code and ent.item.kind in ("country", "capital", "demonym", "leader", "organisation") and (
            _OWNER_GAP.fullmatch(sent.text, ent.end, trig.start)
        ):
            return ent
        return None
    return None


def _military_actors(
    sent: _Sentence, trig: Mention, ctx: ArticleContext, speech: Speech | None
) -> tuple[list[str], bool, bool]:
    """Actor codes (several for a joint action), whether they came from weak cues, and whether an
    entity of the sentence named them."""
    text = sent.text
    mil = _mil_near(sent, trig, 60)
    if mil is not None and _RX_MILITARY_ACTORS_3.search(text[min(mil.end, trig.end):max(mil.start, trig.start)]):
        mil = None  # a military noun of another clause ("…, South Korea's military said")
    if mil is not None and mil.start >= trig.end and _other_clause_between(sent, trig.end, mil.start):
        mil = None  # "Seoul raised its alert and Washington sent a carrier": the carrier is Washington's
    if mil is not None:
        if _RX_MILITARY_ACTORS_4.search(_before(sent, mil.start, 10)):
            return [], True, True  # "enemy personnel": the speaker's opponent, unnamed
        ent = _modifier(sent, mil)
        if ent is not None:
            return _joint(sent, ent), False, True
    if not trig.item.verb and trig.item.strong:
        owner = _noun_owner(sent, trig)
        if owner is not None:  # "Pyongyang's pullback", "the Russian withdrawal claim"
            return _joint(sent, owner), False, True
    after = text[trig.end:min(sent.end, trig.end + 40)]
    by = _RX_MILITARY_ACTORS_1.match(after)
    if by:  # passive with an agent: "troops were deployed by Russia"
        for ent in sent.ents:
            if ent.start == trig.end + by.end() and ent.item.code:
                return _joint(sent, ent), False, True
    ent = _subject_entity(sent, trig)
    if ent is not None:
        return _joint(sent, ent), False, True
    form = text[trig.start:trig.end].lower()
    participle = _RX_MILITARY_ACTORS_2.match(form)
    if (participle and _PASSIVE.search(_before(sent, trig.start, 20))) or form.startswith(("was ", "were ")):
        for ent in sent.ents:  # "missiles were launched from the Sunan area near Pyongyang"
            before = _before(sent, ent.start, 40)
            if ent.item.code and ent.start > trig.end and _RX_MILITARY_ACTORS_5.search(before):
                return [ent.item.code], True, True
    if _BOTH_SIDES.search(_before(sent, trig.start, 50)):
        pair = _both_sides(sent, trig, ctx)
        if pair:
            return pair, True, False  # "both sides have moved tanks": the two parties the article is about
    actors, weak = _pronoun_actor(sent, trig, ctx, speech)
    if actors:
        return actors, weak, False
    if trig.item.subtype == "mobilization":
        place = _location(sent, trig, [], ctx)
        if place:
            return [place], True, True  # "reservists reported to their units across Israel"
    return [], True, False


_BOTH_SIDES = re.compile(
    r"\b(?:both sides|the two sides|both armies|the two armies|both militaries|both countries|the two countries|"
    r"both nations|the two nations|the rival armies|each side)\b(?:\s+[\w'’-]+){0,4}\s+$",
    re.I,
)


def _both_sides(sent: _Sentence, trig: Mention, ctx: ArticleContext) -> list[str]:
    """The two countries of "both sides": named earlier in the sentence, else the last two of the article."""
    named: list[str] = []
    for ent in sent.ents:
        if ent.start < trig.start and ent.item.code and ent.item.kind in ("country", "capital", "demonym", "leader"):
            if ent.item.code in named:
                named.remove(ent.item.code)
            named.append(ent.item.code)
    pair = (ctx.parties + [c for c in named if c not in ctx.parties])[-2:] if len(named) < 2 else named[-2:]
    return pair if len(pair) == 2 else []


def _subject_entity(sent: _Sentence, trig: Mention) -> Mention | None:
    """The nearest named entity before the trigger that is neither a place, an agent nor a speaker."""
    # A speaker is not the actor of what it reports ("Russia said troops…"), but a statement verb after the
    # trigger shares its subject ("Pyongyang fired a missile and warned…").
    speaker_spans = [
        sp.subject for sp in sent.speeches
        if not sp.owner and not (sp.start > trig.end and (sp.statement or not sp.trailing))
    ]
    for ent in reversed(sent.ents):
        if ent.end > trig.start or not ent.item.code:
            continue
        if any(lo <= ent.start < hi for lo, hi in speaker_spans):
            continue
        if not _can_be_subject(sent, ent):
            continue
        return ent
    return None


def _can_be_subject(sent: _Sentence, ent: Mention) -> bool:
    key = ("subject", ent.start)
    if key not in sent.cache:
        before = _before(sent, ent.start, 40)
        sent.cache[key] = not (
            _LOCATIVE.search(before) or _BORDER_WITH.search(before) or _BY_BEFORE.search(before)
            or _CONTRAST_BEFORE.search(before) or _WITH_BEFORE.search(before)
        )
    return sent.cache[key]


def _is_place(sent: _Sentence, ent: Mention) -> bool:
    """The entity follows a locative preposition ("near the Ukrainian border", "off the coast of X")."""
    key = ("place", ent.start)
    if key not in sent.cache:
        before = _before(sent, ent.start, 40)
        ok = bool(_LOCATIVE.search(before) or _BORDER_WITH.search(before)) and not _TENSION.search(before)
        if ok and _BY_OF_BEFORE.search(before) and not _OF_PLACE_BEFORE.search(before):
            ok = False
        sent.cache[key] = ok
    return sent.cache[key]


# Patterns of `_pronoun_actor`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_PRONOUN_ACTOR_1 = re.compile(r"\b(they|it|its|their|we|our|the country)\b", re.I)


def _pronoun_actor(
    sent: _Sentence, trig: Mention, ctx: ArticleContext, speech: Speech | None
) -> tuple[list[str], bool]:
    before = sent.text[sent.start:trig.start]
    if _RX_PRONOUN_ACTOR_1.search(before):
        if speech is not None and speech.code and not speech.from_context:
            return [speech.code], False
        if ctx.military_actor:
            return [ctx.military_actor], True
    if speech is not None and speech.code:
        return [speech.code], True
    return [], True


_TITLE_GAP = re.compile(r"(?:\s+(?:[A-Z][\w.'’-]*|of|for|the))*\s+")


def _joint(sent: _Sentence, ent: Mention) -> list[str]:
    """The actor and any participants coordinated with it ("India and China", "Russian and Belarusian")."""
    codes = [ent.item.code]
    ents = [e for e in sent.ents if e.item.code]
    idx = ents.index(ent)
    j = idx - 1
    while j >= 0 and _JOINED.fullmatch(sent.text[ents[j].end:ents[j + 1].start]) and _joinable(sent, ents[j]):
        codes.insert(0, ents[j].item.code)
        j -= 1
    j = idx + 1
    while j < len(ents):
        gap = sent.text[ents[j - 1].end:ents[j].start]
        if ents[j].item.code == ents[j - 1].item.code and _TITLE_GAP.fullmatch(gap):
            j += 1  # "Russian Foreign Minister Sergei Lavrov": one party named twice
            continue
        if not _JOINED.fullmatch(gap):
            break
        codes.append(ents[j].item.code)
        j += 1
    seen: list[str] = []
    for code in codes:
        if code not in seen:
            seen.append(code)
    return seen


# Patterns of `_joinable`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_JOINABLE_1 = re.compile(r"according to\s+$", re.I)


def _joinable(sent: _Sentence, left: Mention) -> bool:
    """A participant may open a coordination unless it is a place or a source ("According to Seoul, North
    Korea…")."""
    before = _before(sent, left.start, 20)
    return not (_PREP_BEFORE.search(before) or _RX_JOINABLE_1.search(before))


# Patterns of `_location`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_LOCATION_1 = re.compile(r"[,;]")


def _location(sent: _Sentence, trig: Mention, actors: list[str], ctx: ArticleContext) -> str | None:
    """Where a military action happens or is directed: a place after a locative preposition, the
    object of leave/enter, or "the country" resolved to the last other country."""
    text = sent.text
    actor = actors[0] if actors else None
    own = _OWN_PLACE.search(text, trig.end, min(sent.end, trig.end + 60))
    if own and actor and not _RX_LOCATION_1.search(text[trig.end:own.start()]):
        return actor  # "along its Caribbean coast", "in its territory"
    if _THE_COUNTRY.search(text, trig.start, sent.end):
        for ent in reversed(sent.ents):
            kind = ent.item.kind
            if ent.item.code and ent.item.code != actor and kind in ("country", "capital", "demonym", "leader"):
                return ent.item.code
        if ctx.country and ctx.country != actor:
            return ctx.country
    obj = _LEAVE_OBJECT.match(text, trig.end, min(sent.end, trig.end + 40))
    if obj and _LEAVE_VERB.search(text[trig.start:trig.end]):
        for ent in sent.ents:
            if ent.item.code and trig.end <= ent.start <= trig.end + 35 and not _RX_LOCATION_1.search(
                text[trig.end:ent.start]
            ):
                return ent.item.code
    speaker_spans = [sp.subject for sp in sent.speeches]
    best, best_d = None, 10**9
    for ent in sent.ents:
        code = ent.item.code
        if not code or any(lo <= ent.start < hi for lo, hi in speaker_spans):
            continue
        if not _is_place(sent, ent):
            continue
        if _OFF_BEFORE.search(_before(sent, ent.start, 12)):
            continue  # "off Luzon": at sea (seas resolve to no country)
        if trig.item.subtype in ("readiness_check", "mobilization") and _FROM_ONLY.search(_before(sent, ent.start, 12)):
            continue  # "paratroopers from Pskov": where they come from
        lo, hi = (trig.end, ent.start) if ent.start >= trig.end else (ent.end, trig.start)
        if any(
            lo <= t.start < hi and t.item.type != _STATEMENT and t.item.strong and t.item.subtype != trig.item.subtype
            for t in sent.trigs
        ) or _CLAUSE_WORD.search(
            text, lo, hi
        ):
            continue  # the place of another action ("… and moved units closer to Kosovo")
        d = ent.start - trig.end if ent.start >= trig.end else trig.start - ent.end
        if code in actors:
            d += 500  # prefer a place other than the actors
        if d < best_d:
            best, best_d = code, d
    return best


# Patterns of `_quantity`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_QUANTITY_1 = re.compile(
    r"\b(?:by|to)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|roughly\s+)?"
    r"(\d[\d,.]*(?:\s+(?:thousand|million))?)(?![\w-])(?!\s*(?:%|per|percent|km|kilomet|mile|days|weeks|years|"
    r"months|hours|degrees|metres|meters))"
)
_RX_QUANTITY_2 = re.compile(r"\b(after|before|while|when|because|but|whereas|although)\b", re.I)
_RX_QUANTITY_3 = re.compile(r"(?:19|20)\d\d")


def _quantity(sent: _Sentence, trig: Mention, actor: str | None) -> int | None:
    """Troops, ships or aircraft counted near the trigger; None for vague amounts, units and vehicles."""
    text = sent.text
    best, best_d = None, 10**9
    lo, hi = _clause(sent, trig.start, trig.end)
    for n_start, n_end, value in _numbers(sent):
        a, b = sent.start + n_start, sent.start + n_end
        mil = _counted_noun(sent, b)
        if mil is None:
            continue
        d = a - trig.end if a >= trig.end else trig.start - b
        if d > 70 and not (lo <= a < hi):
            continue
        between = text[trig.end:a] if a >= trig.end else text[b:trig.start]
        if _RX_QUANTITY_2.search(between):
            continue  # another clause: "placed … on alert after Russia moved 5,000 troops"
        if d < best_d:
            best_d = d
            best = value if mil.item.countable else None
            owner = _modifier(sent, mil)
            if owner is not None and actor is not None and owner.item.code != actor:
                best = None  # "30,000 Russian troops" counts Russia's part of a joint drill only
    if best_d < 10**9:
        return best
    # "with the number actually increasing by 7,000", "increased the number of warships … to 20"
    after = text[trig.end:min(sent.end, trig.end + 80)]
    by = _RX_QUANTITY_1.search(after)
    if by and _mil_near(sent, trig, 200) and not _RX_QUANTITY_3.fullmatch(by.group(1)):
        return parse_number(by.group(1))
    return None


# Patterns of `_counted_noun`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_COUNTED_NOUN_1 = re.compile(r"\s+|-")
_RX_COUNTED_NOUN_2 = re.compile(r"(?:-strong)?(?:\s+[\w.'’-]+){0,3}\s+|-strong\s+|\s+")
_RX_COUNTED_NOUN_3 = re.compile(r"\b(of|and|to|in|on|at|from|by|with|for|were|was|had|have|has|are|is)\b", re.I)


def _counted_noun(sent: _Sentence, num_end: int) -> Mention | None:
    """The military noun a number counts ("7,000 troops", "12 warships", "two Chinese navy destroyers")."""
    chosen = None
    for mil in sent.mils:
        if mil.start < num_end:
            continue
        start = chosen.end if chosen is not None else num_end
        gap = sent.text[start:mil.start]
        if chosen is not None:
            if _RX_COUNTED_NOUN_1.fullmatch(gap):
                chosen = mil  # compound: "navy destroyers", "army tanks": the head noun counts
                continue
            break
        if len(gap) > 40:
            break
        if _RX_COUNTED_NOUN_2.fullmatch(gap) and not _RX_COUNTED_NOUN_3.search(gap):
            chosen = mil
            continue
        break
    return chosen


def _military_assertion(
    sent: _Sentence, trig: Mention, actor: str | None, speech: Speech | None, claimant: str | None
) -> str:
    """denied > disputed > planned > claimed (the actor's own account) > reported."""
    text = sent.text
    before = text[sent.start:trig.start]
    denial = _last(_DENIAL_SCOPE, before)
    if denial is not None and not _DESPITE.search(before[denial.end():]):
        return "denied"
    if speech is not None and speech.owner and _body_has(sent, _DISPUTE):
        return "disputed"
    after = text[trig.end:sent.end]
    dispute = _DISPUTE.search(after) or _DENIED_AFTER.search(after)
    if dispute and not trig.item.verb and _CLAIM_NOUN_AFTER.match(after):
        return "disputed"  # "calls withdrawal claim false", "the pullback claims were untrue"
    if speech is not None and dispute and any(
        e.item.code and e.item.code != claimant and trig.end < e.start < trig.end + dispute.start() for e in sent.ents
    ):
        return "disputed"  # "…, Minsk claimed, a statement Kyiv dismissed as false"; "a charge Asmara denied"
    if _planned(sent, trig.start, trig.end):
        return "planned"
    own = speech is not None and speech.strong and claimant == actor and actor is not None
    mil = _mil_near(sent, trig, 40)
    ours = mil is not None and _in_quote(sent, trig.start) and _FIRST_PERSON.search(_before(sent, mil.start, 6))
    if own or ours:
        if speech is not None and _DESPITE.search(text[speech.end:trig.start]):
            return "reported"
        return "claimed"
    return "reported"


# ---------------------------------------------------------------- statements


_THE_BEFORE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$", re.I)
_PREP_BEFORE = re.compile(
    r"\b(in|near|at|on|over|against|into|to|with|for|across|toward|towards|throughout|from|of|within|inside|"
    r"around|by)\s+(?:the\s+)?$",
    re.I,
)
_PROTEST = GatedPattern(
    re.compile(
        r"\b(protest(?:s|ers|ed|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|marched|strikers|"
        r"hunger strike|riot\w*|blocked (?:roads|streets)|stones)\b",
        re.I,
    ),
    ("protest", "demonstrat", "rall", "marched", "strikers", "hunger strike", "riot", "blocked", "stones"),
)
_DISCUSSED = re.compile(
    r"\b(?:discuss\w*|talks on|negotiat\w*|push\w* for|seek\w*|sought|under)\s+(?:[\w'’-]+\s+){0,3}$", re.I
)
_MODAL_PASSIVE = re.compile(r"\b(?:can|could|would|will|must|should|may|might|to)\s+(?:\w+\s+)?be\s+$", re.I)
_DEAL_BEFORE = re.compile(r"\b" + _DEAL_WORDS + r"\s+$", re.I)
# Subjects that are no state: their demands and calls are protest, not diplomacy.
_NONSTATE_SPEAKER = GatedPattern(
    re.compile(
        r"\b(?:protesters|demonstrators|activists|supporters|marchers|strikers|students|"
        r"(?:trade|labou?r) unions?|opposition (?:party|parties|movement|leaders?|supporters)|rally|rallies)\b",
        re.I,
    ),
    ("protesters", "demonstrators", "activists", "supporters", "marchers", "strikers", "students", "union",
     "opposition", "rall"),
)
_CANCEL_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,8}?(?:had|has|have|was|were|is|are)\s+(?:now\s+|been\s+)*"
    r"(?:cancell?ed|called off|shelved|postponed|scrapped|suspended|abandoned)\b",
    re.I,
)
# Speakers whose words are about money, not force: a finance ministry's or a central bank's warning.
_ECONOMIC_SPEAKER = GatedPattern(
    re.compile(
        r"\b(?:(?:finance|economy|economic|trade|commerce|treasury)\s+(?:minist\w+|secretary|chief)|central bank|"
        r"state bank|reserve bank|national bank|federal reserve|bank of [A-Z]\w+|people's bank|"
        r"central bankers?|the treasury|treasury department|monetary authority|investors|traders|economists?|"
        r"stock exchange|IMF|International Monetary Fund|World Bank|OPEC)\b",
        re.I,
    ),
    ("finance", "econom", "trade", "commerce", "treasury", "bank", "monetary", "investors", "traders",
     "stock exchange", "imf", "international monetary fund", "opec"),
)
_POSSESSED = re.compile(r"\b(?:its|their|his|her|our|[A-Z][\w-]*['’]s?)\s+(?:[a-z][\w-]*\s+){0,2}$")
_PRESENTED = re.compile(
    r"\b(?:present|issu|ma[dk]|set out|submitt?|hand|publish|put forward|laid out|lay out|deliver|repeat|reiterat|"
    r"restat|spell|outlin|sen[dt]|insist\w* on|press\w* on|stood by|stand\w* by)\w*\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_PURPOSE_TO = re.compile(r"\bto\s+$", re.I)
_OFFICIAL = re.compile(
    r"\b(officials?|minist(?:er|ers|ry|ries)|president|premier|chancellor|prime|government|authorities|leaders?|"
    r"spokes(?:man|woman|person)|army|military|navy|forces|troops|diplomats?|envoys?|negotiators?|delegations?|"
    r"ambassadors?|embassy|state|side|chief|commanders?|general|admiral|parliament|foreign|defen[cs]e|"
    r"security|secretary|king|emir|counterparts?|head|presidency|cabinet|regime|junta|administration|media|"
    r"agency|council|corps|command|guard|guards|coast guard|air force|sources?)\b",
    re.I,
)
_ACT_SUBTYPES = ("meeting", "agreement", "call_for_talks")
# A personal name, particles included ("Sheikh Hamad bin Khalifa al-Thani", "Hans van den Broek").
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|(?:bin|ibn|bint|al|el|de|da|van|von|der|den|del|la|le)|(?:al|el)-[A-Z]?[\w'’-]+)"
_APPOSITIVE = re.compile(r"\s*(?:" + _NAME_WORD + r"\s+){0,7}" + _NAME_WORD + r",?\s*")
_OFFICIAL_PREP = re.compile(
    r"\b(officials?|ministry|ministers?|spokes(?:man|woman|person)|government|president|embassy|authorities|"
    r"service|command|forces|army|navy|office|delegation|envoys?|diplomats?|leaders?|commanders?)\s+"
    r"(?:in|of|for|from)\s+(?:the\s+)?$",
    re.I,
)


def _valid_subject(sent: _Sentence, ent: Mention, until: int) -> bool:
    """A subject entity that can speak for a state: not in a prepositional phrase, and a demonym only
    when it qualifies officials ("Chinese tourists" speak for nobody). Memoised per sentence."""
    key = ("valid_subject", ent.start, until)
    cache = sent.cache
    found = cache.get(key)
    if found is None:
        found = cache[key] = _valid_subject_test(sent, ent, until)
    return found


def _valid_subject_test(sent: _Sentence, ent: Mention, until: int) -> bool:
    before = _before(sent, ent.start, 40)
    if _PREP_BEFORE.search(before) and not _OFFICIAL_PREP.search(before):
        return False  # "in Hong Kong"; but "officials in Pristina", "a spokesman for the Eritrean government"
    if ent.item.kind == "demonym":
        written = sent.text[ent.start:ent.end]
        if written.endswith("s") and not written.endswith(("ss", "ese")):
            return True  # "Palestinians blamed Israel": the people as a party
        if _STATE_OUTLET_BEFORE.search(before) and _OUTLET_AFTER.match(sent.text, ent.end, until):
            return True  # "an official Syrian newspaper": an official channel speaks for its state (rule 11)
        return bool(_OFFICIAL.search(sent.text[ent.end:min(until, ent.end + 45)]))
    return True


_STATE_OUTLET_BEFORE = re.compile(r"\b(?:official|state|state-run|state-owned|government-run)\s+$", re.I)
_OUTLET_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:newspaper|daily|news agency|television|radio|broadcaster)\b", re.I)


def _in_quote(sent: _Sentence, pos: int) -> bool:
    return any(a <= pos < b for a, b in _quote_spans(sent))


_FIRST_PERSON = re.compile(r"\bour\s+$", re.I)
_DENIED_AFTER = GatedPattern(
    re.compile(r"\b(?:flatly |strongly )?(?:denied|denies|rejected|rejects)\b", re.I),
    ("denied", "denies", "rejected", "rejects"),
)


def _statement_subject(sent: _Sentence, trig: Mention, ctx: ArticleContext) -> tuple[str | None, bool]:
    """The code of who makes a statement (subject of the verb); pronouns and titles from context.

    Memoised per sentence: asked when statement speeches are added and again for the statement. The
    answer ignores statement speeches, and the context does not change within a sentence."""
    key = ("statement_subject", trig.start, trig.end)
    cache = sent.cache
    found = cache.get(key)
    if found is None:
        found = cache[key] = _find_statement_subject(sent, trig, ctx)
    return found


# Patterns of `_find_statement_subject`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_FIND_STATEMENT_SUBJECT_1 = re.compile(r"^\s+by\s+(?:the\s+)?")
_RX_FIND_STATEMENT_SUBJECT_2 = re.compile(r"\b(he|she|they|we|it|i)\b", re.I)


def _find_statement_subject(sent: _Sentence, trig: Mention, ctx: ArticleContext) -> tuple[str | None, bool]:
    text = sent.text
    before = _before(sent, trig.start, 40)
    progressive = _progressive(sent, trig)  # "are demanding" is active
    if _PASSIVE.search(before) and not progressive:
        by = _RX_FIND_STATEMENT_SUBJECT_1.match(text[trig.end:trig.end + 10])
        if by:
            for ent in sent.ents:
                if ent.start == trig.end + by.end() and ent.item.code:
                    return ent.item.code, False
        agent = _late_agent(sent, trig)
        return (agent, False) if agent else (None, True)
    ent = _first_subject(sent, trig)
    if ent is not None:
        return ent.item.code, False
    boundary, _, subject_text = _subject_before(sent, trig.start)
    for speech in reversed(sent.speeches):
        if speech.start < trig.start and speech.code and not speech.owner and not speech.statement:
            return speech.code, speech.from_context
    if _RX_FIND_STATEMENT_SUBJECT_2.search(subject_text) or _OFFICIAL.search(subject_text):
        for speech in sent.speeches:
            if speech.start > trig.start and speech.trailing and speech.code:
                return speech.code, speech.from_context
        return ctx.speaker, True
    return None, True


_LATE_BY = re.compile(r"\bby\s+(?:the\s+)?(?:(?:current|senior|top|local|rival|interim|new)\s+)?$", re.I)


def _late_agent(sent: _Sentence, trig: Mention) -> str | None:
    """The agent of a passive statement verb named after its object: "was accused of misusing funds by
    Haitian officials". Only a "by" that introduces a coded speaker (a demonym must qualify officials)."""
    if trig.item.subtype != "accusation":
        return None
    for ent in sent.ents:
        if ent.start <= trig.end or not ent.item.code or ent.start > trig.end + 160:
            continue
        if not _LATE_BY.search(sent.text[max(trig.end, ent.start - 30):ent.start]):
            continue
        if ent.item.kind != "demonym" or _OFFICIAL.search(sent.text, ent.end, min(sent.end, ent.end + 45)):
            return ent.item.code
    return None


def _first_subject(sent: _Sentence, trig: Mention) -> Mention | None:
    """The first valid subject entity of the trigger's clause; memoised per sentence (asked several times)."""
    key = ("first_subject", trig.start)
    cache = sent.cache
    if key not in cache:
        cache[key] = _find_first_subject(sent, trig)
    return cache[key]


_AUX_ONLY = re.compile(r"\s*(?:(?:has|have|had|is|are|was|were|will|would|also|again|now|then)\s+)*")
_DESCRIPTIVE = re.compile(r"\s*(?:a|an|the)\s+[a-z]")
_TITLED = re.compile(r"\s*the\s+[A-Z]")


def _find_first_subject(sent: _Sentence, trig: Mention) -> Mention | None:
    boundary, _, subject_text = _subject_before(sent, trig.start)
    if _APPOSITIVE.fullmatch(subject_text) and sent.text[boundary - 1:boundary] == ",":
        # "South Korea's top military officer, Adm. Kim Myung-soo, met…": the subject is before the name
        earlier = sent.text.rfind(",", sent.start, boundary - 1)
        boundary = sent.start if earlier < 0 else earlier + 1
    elif _AUX_ONLY.fullmatch(subject_text) and sent.text[boundary - 1:boundary] == ",":
        # "Pakistan, a key U.S. ally, has refused…": skip a descriptive appositive back to the subject
        earlier = sent.text.rfind(",", sent.start, boundary - 1)
        if earlier > sent.start and _DESCRIPTIVE.match(sent.text, earlier + 1, boundary - 1):
            before = sent.text.rfind(",", sent.start, earlier)
            boundary = sent.start if before < 0 else before + 1
        elif earlier > sent.start and _TITLED.match(sent.text, earlier + 1, boundary - 1) and _APPOSITIVE.fullmatch(
            sent.text, _clause(sent, earlier, earlier)[0], earlier
        ):
            # "Kenzo Oshima, the UN relief coordinator, demanded…": the title names whom the person speaks for
            boundary = earlier + 1
        elif earlier > sent.start and _APPOSITIVE.fullmatch(sent.text, earlier + 1, boundary - 1):
            # "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman al-Thani, held talks…"
            before = sent.text.rfind(",", sent.start, earlier)
            boundary = sent.start if before < 0 else before + 1
    for ent in sent.ents:
        if boundary <= ent.start and ent.end <= trig.start and ent.item.code and _valid_subject(sent, ent, trig.start):
            return ent
    return None


def _statement(sent: _Sentence, trig: Mention, ctx: ArticleContext, year: int | None) -> list[_Candidate]:
    """Statement candidates for one trigger: the speaker as actor (and partners of joint acts)."""
    item = trig.item
    subtype = _statement_subtype(sent, trig)
    if subtype is None or _rejected_statement(sent, trig, year):
        return []
    speech = _governing_speech(sent, trig.start, statements=True)
    real_speech = next((sp for sp in sent.speeches if not sp.statement and sp.code and sp.start < trig.start), None)
    if not item.strong and speech is None and not _in_quote_only(sent):
        return []  # "diplomacy", "deal": only as somebody's words
    if not item.strong and speech is not None and speech.statement and real_speech is None:
        return []
    joint_ent = None
    if item.verb or subtype in _ACT_SUBTYPES:
        joint_ent = _first_subject(sent, trig)
        actor, weak = _statement_subject(sent, trig, ctx) if item.verb else (None, True)
        if not item.verb and joint_ent is not None:
            actor, weak = joint_ent.item.code, False
        if actor is None and speech is not None and speech.code:
            actor, weak = speech.code, True
        if actor is None and not item.verb:
            actor, weak = _nominal_subject(sent, trig, ctx)
    elif speech is not None and speech.code:
        actor, weak = speech.code, speech.from_context
        later = _first_subject(sent, trig)
        if (
            later is not None and later.start > speech.end and trig.start - later.end <= 12
            and not sent.text.startswith("must", trig.start)  # "Russian forces must leave": who is told
        ):
            actor, weak = later.item.code, False  # "…, Minsk claimed, a statement Kyiv dismissed as false"
    elif speech is not None and speech.title:
        first = _first_subject(sent, trig) or next(
            (e for e in sent.ents if e.item.code and e.start < trig.start and _valid_subject(sent, e, trig.start)), None
        )
        actor, weak = (first.item.code, False) if first is not None else (ctx.speaker, True)
    else:
        actor, weak = _nominal_subject(sent, trig, ctx)
    if actor is None:
        # A quote said by somebody unnamed ("…," he said) is still a statement, actor unknown.
        quoted = _in_quote(sent, trig.start) and (
            speech is not None or any(not sp.statement for sp in sent.speeches)
        )
        if not (item.strong and (_official_subject(sent, trig) or quoted)):
            return []
        # An unnamed official body ("Ousted President X has agreed…"): the statement stands, actor unknown.
        location = _statement_location(sent, trig, [])
        return [_Candidate(_STATEMENT, subtype, None, location, None, "reported", None, item.strong, trig.start,
                           actor_weak=True, claimant_weak=True)]
    actors = [actor]
    spoken = (
        speech is not None and not speech.statement and speech.code and subtype == "call_for_talks"
        and not sent.text.startswith("agree", trig.start)  # "X and Y agreed to meet, Z said": theirs
    )
    if spoken:
        actors = [speech.code]  # "X and Y must keep lines open, the Pentagon said": the speaker's call
    elif subtype in _ACT_SUBTYPES and joint_ent is not None and joint_ent.item.code == actor:
        actors = _joint(sent, joint_ent)
        if subtype in ("meeting", "agreement"):
            partners = _meeting_partners(sent, trig, with_only=subtype == "agreement")
            actors += [c for c in partners if c not in actors]
    location = _statement_location(sent, trig, actors)
    if location is None and subtype == "denial":
        # "denied that it had sent troops to Russia": the place of the denied action
        for other in sent.trigs:
            if other.start > trig.end and other.item.type in (_TROOP, _DRILL):
                location = _location(sent, other, [], ctx)
                break
    claimant_speech = speech if speech is not None and not speech.statement and speech.code else None
    out = []
    for code in actors:
        claimant = claimant_speech.code if claimant_speech and subtype in _ACT_SUBTYPES else code
        out.append(_Candidate(_STATEMENT, subtype, code, location, None, "reported", claimant, item.strong,
                              trig.start, actor_weak=weak, claimant_weak=weak))
    return out


def _progressive(sent: _Sentence, trig: Mention) -> bool:
    """Whether the trigger's first word is an -ing form ("have been pressuring workers to…")."""
    first = sent.text[trig.start:trig.end].split(maxsplit=1)[0]
    return first.lower().endswith("ing")


def _official_subject(sent: _Sentence, trig: Mention) -> bool:
    """The verb's subject names an official or armed body although no gazetteer entry does."""
    boundary, _, subject_text = _subject_before(sent, trig.start)
    progressive = _progressive(sent, trig)  # "are demanding" is not passive
    if (_PASSIVE.search(subject_text) and not progressive) or len(subject_text) > 90:
        return False
    if sent.text[boundary - 1:boundary] == "," and (
        _APPOSITIVE.fullmatch(subject_text) or _AUX_ONLY.fullmatch(subject_text)
    ):
        # "Qatar's emir, Sheikh Hamad(,) launched…": the title stands before the name
        earlier = sent.text.rfind(",", sent.start, boundary - 1)
        if not _APPOSITIVE.fullmatch(subject_text) and earlier >= 0:
            if not _APPOSITIVE.fullmatch(sent.text, earlier + 1, boundary - 1):
                return False
            earlier = sent.text.rfind(",", sent.start, earlier)
        subject_text = sent.text[earlier + 1 if earlier >= 0 else sent.start:boundary - 1] + " " + subject_text
    return bool(_SUBJECT_OFFICIAL.search(subject_text)) and not _CIVIL_CONTEXT.search(subject_text)


_SUBJECT_OFFICIAL = re.compile(
    r"\b(president|minister|premier|chancellor|government|officials?|leaders?|rebels?|insurgents?|militants?|"
    r"spokes(?:man|woman|person)|army|military|authorities|parliament|council|envoy|diplomats?|delegation|"
    r"negotiators?|administration|junta|regime|ministry|secretary|commander|general|forum|league|movement|"
    r"party|front|guerrillas?|prime minister|king|emir|organi[sz]ations?|groups?|coalitions?|opposition|elders|"
    r"wing|watchdogs?|coordinator|mediators?|speaker|chiefs?|agency|agencies|committee|alliance|separatists?|"
    r"factions?|leadership|cabinet|ethnic|tribal|tribes?|international|monitors?|observers?|sides)\b",
    re.I,
)


# Patterns of `_statement_subtype`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_STATEMENT_SUBTYPE_1 = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(mediation|talks|negotiations|compromise|ceasefire|proposals?|offers?|dialogue)\b", re.I
)
_RX_STATEMENT_SUBTYPE_2 = re.compile(r"\b(the|this|that)\s+$", re.I)
_DEAL_NOUN = re.compile(r"\b" + _DEAL_WORDS + r"\b", re.I)
_AFTER_MEETING = re.compile(r"\b(?:after|following|since)\s+(?:[\w.'’-]+\s+){0,4}$", re.I)
_PRECONDITION = re.compile(
    r"\b(?:before|until|unless|prior to|precondition for|condition for)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_RX_STATEMENT_SUBTYPE_3 = re.compile(
    r"\b(de-?escalat\w*|dialogue|talks|negotiat\w*|restraint|peaceful\w*|diplomac\w*|calm|lines of "
    r"communication|refrain\w*|provocations?|settle\w*)\b", re.I
)
_RX_STATEMENT_SUBTYPE_4 = re.compile(
    r"\b(deals?|agreements?|accords?|treat(?:y|ies)|pacts?|memorandum|ceasefire|truce|declaration|statement|"
    r"contracts?|protocol|charter|arrangements?)\b", re.I
)
_RX_STATEMENT_SUBTYPE_5 = re.compile(r"\s+(?:that|on|upon)\b")
_RX_STATEMENT_SUBTYPE_6 = re.compile(r"\b(held|hold|holds|holding|had|have|has)\b[^,.]{0,30}$", re.I)


_MUST_BEFORE = re.compile(r"\b(?:must|should)\s+(?:(?:first|now|also|quickly|urgently)\s+)?$", re.I)


_WOULD_MEET = re.compile(r"\bwould\s+(?:(?:be\s+)?(?:willing|ready|prepared|happy|glad)\s+to\s+)?$", re.I)


def _statement_subtype(sent: _Sentence, trig: Mention) -> str | None:
    """The subtype a statement trigger really signals here, or None when it signals nothing."""
    text = sent.text
    subtype = trig.item.subtype
    form = text[trig.start:trig.end].lower()
    after = text[trig.end:sent.end]
    if subtype == "agreement" and trig.item.verb:
        if form.startswith("agree") and _AGREE_THAT.match(after) and not _JOINT_THAT.match(after) and not (
            _DEAL_NOUN_END.search(form)
        ):
            return None  # "agreed that …" reports an opinion: a speech verb, not a deal ("a ceasefire that …" is)
        if form.startswith("sign") and not _RX_STATEMENT_SUBTYPE_4.search(
            text[max(sent.start, trig.start - 40):trig.end + 50]
        ):
            return None  # "a decree signed by Putin"
        if _AGREE_TO.match(after) and any(
            t.item.type in (_TROOP, _DRILL) and trig.end < t.start < trig.end + 60 for t in sent.trigs
        ):
            return None  # "agreed to consider establishing battlegroups": the action is the event
    if subtype in ("agreement", "meeting") and trig.item.verb and _MUST_BEFORE.search(_before(sent, trig.start, 20)):
        return "demand"  # "X must agree to…", "must reach an agreement": somebody's demand, not a deal
    if subtype == "demand" and form.startswith("insist") and (
        _FINITE_CLAIM.search(after[:70]) or not _RX_STATEMENT_SUBTYPE_5.match(after)
    ):
        return None  # "insisted its troops were not pulling out", "…, the spokesman insisted": a claim
    if subtype == "denial" and trig.item.verb and _RX_STATEMENT_SUBTYPE_1.search(after):
        return "rejection"  # "ruled out any third-party mediation"
    if subtype == "call_for_talks" and form.startswith("agree") and _DEAL_NOUN.search(form):
        return "agreement"  # "agreed to an immediate ceasefire at talks in Kuala Lumpur"
    if subtype == "meeting" and not trig.item.verb and _AFTER_MEETING.search(_before(sent, trig.start, 30)):
        return None  # "drills near Taiwan after US speaker's visit": the visit is the background
    if subtype == "meeting" and not trig.item.verb and _RX_STATEMENT_SUBTYPE_2.search(
        _before(sent, trig.start, 10)
    ) and form in ("visit", "visits", "summit", "meeting", "talks"):
        return None  # "during the visit": back-reference (rule 8)
    talks = _RX_STATEMENT_SUBTYPE_3.search(after[:90]) if subtype == "demand" else None
    if talks and not _PRECONDITION.search(after, 0, talks.start()):
        return "call_for_talks"  # "called for restraint"; but "must leave … before negotiations can begin" demands
    if subtype == "meeting" and form.startswith(("host", "receiv", "welcom")) and not _GUEST.search(
        text, trig.end, min(sent.end, trig.end + 60)
    ):
        return None  # "Japan hosts 54,000 U.S. military personnel": not a visit
    if subtype == "meeting" and _DOMESTIC_MEETING.match(text, trig.end, min(sent.end, trig.end + 70)):
        return None  # "an emergency meeting of the National Security Council": a government's own body
    if subtype == "meeting":
        if form == "meeting" and not _RX_STATEMENT_SUBTYPE_6.search(_before(sent, trig.start, 40)):
            return None  # "ahead of a defence meeting": a noun, not a meeting that took place
        if any(m.end <= trig.start and trig.start - m.end < 60 for m in sent.mils) and form.startswith("arriv"):
            return None
        if _planned(sent, trig.start, trig.end) or (
            trig.item.verb and _WOULD_MEET.search(_before(sent, trig.start, 20))
        ):
            return "call_for_talks"  # an agreed future meeting (rule 9); "said they would meet" too
    return subtype


_COMMA_BEFORE = re.compile(r",\s*$")
_COORDINATED = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+|then\s+)?$", re.I)
_NOUN_READING = re.compile(r"\b(?i:the|their|its|his|her|our|these|those|whose)\s+(?:[a-z][\w-]*\s+){0,2}$")
_VERB_OBJECT = re.compile(r"\s+(?:that|to|the|a|an)\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|their|its|his|her|our|these|those|whose)\s+$", re.I)
# A modifier after the object that tells an earlier, embedded event: "two nationals suspected of bombing a
# plane in 1988". A year there dates that event, not the statement.
_EMBEDDED = re.compile(
    r"\b(?:suspected|accused|convicted|wanted|blamed|responsible|involved|who|which|whose|whom)\b", re.I
)


_MODAL_START = re.compile(r"(?:will|would|may|might|could|'ll)\b")


def _official_speech(sent: _Sentence, pos: int) -> bool:
    """Whether a named or official speaker reports the clause at `pos` ("…, the defence minister said")."""
    speech = _governing_speech(sent, pos)
    if speech is not None and not speech.statement:
        return True
    for sp in sent.speeches:  # "the Umma party has said it will…": an unnamed but official body
        if sp.statement or not sp.strong:
            continue
        lo, hi = sp.subject if sp.subject[1] > sp.subject[0] else (sp.boundary, sp.start)
        who = sent.text[lo:hi]
        if _SUBJECT_OFFICIAL.search(who) and not _CIVIL_CONTEXT.search(who):
            return True
    return False


# Where the content of a demand, warning or accusation begins: a year after it dates the content
# ("demanded that NATO return to its 1997 lines", "accused Russia of annexing Crimea in 2014"), not the statement.
_COMPLEMENT = re.compile(r"\b(?:that|of|about|where)\b", re.I)
_CONTENT_SUBTYPES = frozenset({"demand", "warning", "accusation", "denial", "rejection", "call_for_talks"})


def _statement_background(sent: _Sentence, trig: Mention, year: int | None) -> bool:
    """`_is_background` for a statement verb, read up to an embedded modifier or the statement's content."""
    lo, hi = _clause(sent, trig.start, trig.end)
    cut = _EMBEDDED.search(sent.text, trig.end, hi)
    if trig.item.subtype in _CONTENT_SUBTYPES:
        content = _COMPLEMENT.search(sent.text, trig.end, cut.start() if cut else hi)
        cut = content or cut
    if cut is None:
        return _is_background(sent, trig.start, trig.end, year)
    return _background_clause(sent.text[lo:cut.start()], year)


def _rejected_statement(sent: _Sentence, trig: Mention, year: int | None) -> bool:
    item = trig.item
    form = sent.text[trig.start:trig.end].lower()
    if _negated(sent, trig.start) and not form.startswith(("renounce", "rule")):
        return True
    if _background_words(sent.text[_clause(sent, trig.start, trig.end)[0]:trig.end]):
        return True
    if _CANCEL.search(_before(sent, trig.start, 40)):
        return True  # "cancelled a scheduled meeting"
    if item.subtype == "warning" and item.verb and _MODAL_START.match(form) and not _official_speech(sent, trig.start):
        return True  # "Moscow could suspend exports if…, analysts say": speculation, not a threat
    if item.verb and _DETERMINER_BEFORE.search(_before(sent, trig.start, 8)) and any(
        t.start == trig.start and t.end == trig.end and not t.item.verb for t in sent.trigs
    ):
        return True  # "to press their demands": the noun reading, tested on its own
    if (item.verb and item.strong or item.subtype in ("meeting", "agreement")) and _statement_background(
        sent, trig, year
    ):
        return True  # "signed the INF treaty in 1987", "held their first summit in 2000"
    if not item.strong and _PASSIVE.search(_before(sent, trig.start, 20)):
        return True  # "was ordered onto heightened alert"
    if item.subtype == "demand" and not item.verb and form == "demands" and _POSSESSED.search(
        _before(sent, trig.start, 30)
    ) and not _PRESENTED.search(_before(sent, trig.start, 60)) and not _VERB_OBJECT.match(
        sent.text, trig.end, min(sent.end, trig.end + 8)
    ):
        return True  # "if its security demands are ignored": demands made before, referred to
    if item.subtype == "demand" and form.startswith("order") and (
        any(trig.start < m.start <= trig.start + 50 for m in sent.mils)
        or any(t.item.type in (_TROOP, _DRILL) and trig.end <= t.start <= trig.end + 40 for t in sent.trigs)
    ):
        return True  # "ordered 3,000 troops to Poland": a command to forces, not a diplomatic demand
    if item.subtype == "agreement" and item.verb and _MODAL_PASSIVE.search(_before(sent, trig.start, 24)):
        return True  # "before a peace treaty can be signed": a deal to come, not one made
    if item.subtype == "agreement" and item.verb and _DEAL_BEFORE.search(_before(sent, trig.start, 20)):
        return True  # "a mutual defence treaty signed after the war": the deal named, not a new deal
    if _NONSTATE_SPEAKER.search(sent.text, _clause(sent, trig.start, trig.end)[0], trig.start):
        return True  # "thousands of protesters … demanding", "the movement has called for rallies"
    if _CANCEL_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + 60)):
        return True  # "a planned meeting … had been shelved"
    if _ECONOMIC_SPEAKER.search(sent.text, sent.start if not item.strong else _clause(sent, trig.start, trig.end)[0],
                                trig.start):
        return True  # "the finance ministry warned it could intervene in currency markets"
    if _body_has(sent, _PROTEST) and (not item.verb or _PURPOSE_TO.search(_before(sent, trig.start, 12))):
        return True  # protesters' slogans, "marched to demand…": not statements of a state
    if _in_object_of(sent, trig, ("rejection", "denial")) and item.subtype not in ("rejection", "denial"):
        return True  # "rejected Moscow's demand", "turned down an offer of mediation": the object
    if item.subtype not in ("call_for_talks", "demand") and _in_object_of(sent, trig, ("demand",)):
        return True
    lo, _ = _clause(sent, trig.start, trig.end)
    before = sent.text[max(lo, trig.start - 60):trig.start]
    if _MODAL.search(before):
        if not item.verb and item.subtype in ("call_for_talks", "denial", "rejection", "accusation", "demand"):
            return False  # "could only be settled through dialogue" is still a call for talks
        # A leader's warning about a possible action is still a warning when somebody says it.
        return not (item.subtype == "warning" and _governing_speech(sent, trig.start, statements=True))
    if item.subtype == "agreement" and not item.strong and _DISCUSSED.search(_before(sent, trig.start, 40)):
        return True  # "met … to discuss a ceasefire", "under a deal signed in March": no new deal
    if not item.strong and _THE_BEFORE.search(_before(sent, trig.start, 12)):
        return True  # "the 2021 ceasefire", "the deal": an existing thing, not a new statement
    return False


def _in_object_of(sent: _Sentence, trig: Mention, subtypes: tuple[str, ...]) -> bool:
    """Whether the trigger sits within the object of an earlier statement verb of the given subtypes."""
    for other in sent.trigs:
        if other is trig or other.item.subtype not in subtypes or not other.item.verb:
            continue
        if _NOUN_READING.search(_before(sent, other.start, 30)) and not _VERB_OBJECT.match(
            sent.text, other.end, min(sent.end, other.end + 8)
        ):
            continue  # "its security demands": the noun, which governs no object
        if other.start < trig.start <= other.end + 70 and ";" not in sent.text[other.end:trig.start]:
            if trig.item.verb and (
                _COORDINATED.search(sent.text, other.end, trig.start)
                or sent.text.endswith("ing", trig.start, trig.end)
                and _COMMA_BEFORE.search(sent.text, other.end, trig.start)
            ):
                continue  # "denied … and accused Washington", "demanded …, warning that": the subject's own next verb
            return True
    return False


# Patterns of `_meeting_partners`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_MEETING_PARTNERS_1 = re.compile(r"\b(in|at|to|into|from|near|on)\s+(?:the\s+)?$", re.I)
_RX_MEETING_PARTNERS_2 = re.compile(r"\bwith\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
_RX_MEETING_PARTNERS_3 = re.compile(r"\s*(?:the\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}")


def _meeting_partners(sent: _Sentence, trig: Mention, with_only: bool = False) -> list[str]:
    """Who was met or agreed with: "met Chinese Foreign Minister Wang Yi", "talks with President Zelensky",
    "met his Philippine counterpart", "a treaty with Moscow"; a visited country is a place, not a partner."""
    text = sent.text
    out = []
    _, hi = _clause(sent, trig.start, trig.end)
    for ent in sent.ents:
        if not ent.item.code or not (trig.end <= ent.start < min(hi, trig.end + 60)):
            continue
        gap = text[trig.end:ent.start]
        if _RX_MEETING_PARTNERS_1.search(gap):
            continue
        after_with = _RX_MEETING_PARTNERS_2.search(gap)
        direct = not with_only and _RX_MEETING_PARTNERS_3.fullmatch(gap)
        if not (after_with or direct):
            continue
        kind = ent.item.kind
        if kind == "demonym" and not _OFFICIAL.search(text[ent.end:ent.end + 40]):
            continue
        if kind in ("country", "capital") and not after_with:
            continue  # "visited Tokyo": the place of the visit
        out.append(ent.item.code)
    return out


def _nominal_subject(sent: _Sentence, trig: Mention, ctx: ArticleContext) -> tuple[str | None, bool]:
    """Who voices a statement noun with no attribution: the clause subject, or the quoted speaker."""
    ent = _first_subject(sent, trig)
    if ent is not None:
        return ent.item.code, False
    if _in_quote_only(sent) and ctx.speaker:
        return ctx.speaker, True
    return None, True


_WITH_BEFORE = re.compile(r"\b(?:with|against)\s+(?:the\s+)?$", re.I)
_DOMESTIC_MEETING = re.compile(
    r"[^,;.]*?\b(?:of|with)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:cabinet|national security "
    r"council|security cabinet|politburo|parliament|generals|commanders|military chiefs|top brass|advisers|aides|"
    r"party leadership|chief ministers|governors|political parties|all political parties|lawmakers|"
    r"opposition leaders|regional leaders|party leaders)\b",
    re.I,
)
_FINITE_CLAIM = re.compile(
    r"\b(?:were|was|had|has|have|is|are|would not|will not|did not|remained|remain|remains|stayed|continued)\b", re.I
)
_GUEST = re.compile(
    r"[^,;.]*?\b(minister|president|premier|leader|delegation|counterpart|king|queen|emir|prime|chancellor|envoy|"
    r"talks|summit|meeting|secretary|chief|crown prince|sheikh)\b",
    re.I,
)
_STATEMENT_TENSION = re.compile(
    r"\b(tensions?|crisis|concerns?|fears?|dispute|row|standoff|stand-off)\W+(?:\w+\W+){0,2}$", re.I
)
_STATEMENT_PLACE = re.compile(
    r"\b(?i:in|into|inside|through|over|near|across|along|at|on|off|east of|west of|north of|south of|around|"
    r"invade|invading|invaded|visit|visited|visiting|reoccupy|reoccupying|annex|annexing|attack|attacking|"
    r"occupy|occupying|within|recogni[sz]e|recogni[sz]ing)\s+(?:(?i:the|a)\s+)?(?:(?:[A-Z][\w.'’-]*|(?i:northern|southern|eastern|"
    r"western|central|disputed|occupied))\s+){0,2}$"
)


def _statement_location(sent: _Sentence, trig: Mention, actors: list[str]) -> str | None:
    """The place a statement is about: a place after a locative word, or "X territory", outside quotes."""
    quotes = _quote_spans(sent)
    speaker_spans = [sp.subject for sp in sent.speeches]
    best, best_d = None, 10**9
    for ent in sent.ents:
        code = ent.item.code
        if not code or any(a <= ent.start < b for a, b in quotes):
            continue
        if any(lo <= ent.start < hi for lo, hi in speaker_spans):
            continue
        if not _is_statement_place(sent, ent, trig.item.subtype):
            continue
        d = abs(ent.start - trig.end)
        if d < best_d:
            best, best_d = code, d
    return best


def _is_statement_place(sent: _Sentence, ent: Mention, subtype: str) -> bool:
    """Whether an entity names the place a statement is about (a meeting: where it was held)."""
    key = ("stmt_place", ent.start, subtype)
    if key in sent.cache:
        return sent.cache[key]
    ok = _statement_place_test(sent, ent, subtype)
    sent.cache[key] = ok
    return ok


def _statement_place_test(sent: _Sentence, ent: Mention, subtype: str) -> bool:
    before = _before(sent, ent.start, 30)
    if _CALL_ON_BEFORE.search(before):
        return False  # "called on Venezuela to…": the addressee
    if subtype in _ACT_SUBTYPES and _MEETING_PLACE.search(before):
        return True  # where the meeting was held or the deal struck
    if subtype == "meeting":
        return False
    if ent.item.kind == "capital" and _VENUE_BEFORE.search(before):
        return False  # "told reporters in Geneva", "talks in Pretoria": a venue or a party, not the subject
    from_counts = subtype != "accusation"
    tail = sent.text[ent.end:ent.end + 12]
    territory = ent.item.kind == "demonym" and _TERRITORY_AFTER.match(tail)
    border = ent.item.kind == "demonym" and _BORDER_AFTER.match(tail)
    if ent.item.kind == "demonym" and not (territory or border):
        return False
    from_ok = from_counts and _FROM_BEFORE.search(before)
    return bool(_STATEMENT_PLACE.search(before) or territory or from_ok) and not _STATEMENT_TENSION.search(before)


_CALL_ON_BEFORE = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:on|upon)\s+(?:the\s+)?$", re.I)
_MEETING_PLACE = re.compile(
    r"\b(?:in|at|to|visit|visited|visits|visiting|near)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$"
)
_VENUE_BEFORE = re.compile(r"\b(?:in|at|from)\s+(?:the\s+)?$", re.I)
_TERRITORY_AFTER = re.compile(r"\s+(territory|soil|airspace|waters)\b")
_BORDER_AFTER = re.compile(r"\s+(border|borders|frontier)\b")
_FROM_BEFORE = re.compile(r"\b(?:from|leave|leaves|out of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$")


def _quote_spans(sent: _Sentence) -> list[tuple[int, int]]:
    if "quotes" in sent.cache:
        return sent.cache["quotes"]
    sent.cache["quotes"] = spans = _find_quotes(sent)
    return spans


_QUOTE_MARK = re.compile('[“”"]')


def _find_quotes(sent: _Sentence) -> list[tuple[int, int]]:
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


# ---------------------------------------------------------------- resolution and output


def _resolve(cands: list[_Candidate]) -> list[_Candidate]:
    """Merge duplicates, drop weak cues outranked by strong ones, and directionless deployments."""
    if not cands:
        return []
    troop_strong = {c.actor for c in cands if c.type == _TROOP and c.strong}
    stmt_strong = {c.actor for c in cands if c.type == _STATEMENT and c.strong}
    stmt_strong_subtypes = {c.subtype for c in cands if c.type == _STATEMENT and c.strong}
    kept = []
    weak_troop: dict[str | None, _Candidate] = {}
    for c in cands:
        if c.type == _TROOP and not c.strong:
            if c.actor in troop_strong and not (c.subtype == "buildup" and _has_deployment(cands, c.actor)):
                continue
            prev = weak_troop.get(c.actor)
            if prev is None or _WEAK_PRIORITY[c.subtype] < _WEAK_PRIORITY[prev.subtype]:
                weak_troop[c.actor] = c
            elif prev.subtype == c.subtype and prev.quantity is None:
                prev.quantity = c.quantity
            continue
        if c.type == _STATEMENT and not c.strong and (c.actor in stmt_strong or c.subtype in stmt_strong_subtypes):
            continue
        kept.append(c)
    for weak in weak_troop.values():
        # "sent more troops", "additional soldiers have been brought into": a deployment that adds forces
        upgraded = False
        if weak.subtype == "buildup":
            for c in kept:
                if c.type == _TROOP and c.subtype == "deployment" and c.actor == weak.actor:
                    upgraded = True  # the deployment absorbs the weak cue; it adds forces only somewhere named
                    if c.location is not None or c.toward_border:
                        c.subtype = "buildup"
                        c.quantity = c.quantity if c.quantity is not None else weak.quantity
        if not upgraded:
            kept.append(weak)
    ready = [c for c in kept if c.subtype == "readiness_check"]
    kept = [  # "combat-readiness drills": one readiness check, not a drill as well
        c for c in kept
        if not (c.subtype == "exercise" and any(r.actor == c.actor and abs(r.start - c.start) <= 40 for r in ready))
    ]
    for c in kept:
        if c.subtype == "deployment" and c.toward_border:
            c.subtype = "buildup"  # moving forces toward a border is a buildup (TAXONOMY)
    directed = {c.actor for c in kept if c.type == _TROOP and c.subtype in ("buildup", "withdrawal")}
    kept = [c for c in kept if not (c.type == _TROOP and c.subtype == "deployment" and c.actor in directed)]
    merged: dict[tuple[str, str | None], _Candidate] = {}
    for c in sorted(kept, key=lambda c: c.start):
        key = (c.subtype, c.actor)
        prev = merged.get(key)
        if prev is None:
            merged[key] = c
            continue
        if _ASSERTION_RANK[c.assertion] < _ASSERTION_RANK[prev.assertion]:
            prev.assertion = c.assertion
        prev.quantity = prev.quantity if prev.quantity is not None else c.quantity
        prev.location = prev.location or c.location
        prev.strong = prev.strong or c.strong
    # An actor-less event duplicates one of the same subtype that has an actor.
    with_actor = {c.subtype for c in merged.values() if c.actor}
    out = [c for c in merged.values() if c.actor or c.subtype not in with_actor]
    return sorted(out, key=lambda c: c.start)


def _has_deployment(cands: list[_Candidate], actor: str | None) -> bool:
    return any(c.type == _TROOP and c.subtype == "deployment" and c.strong and c.actor == actor for c in cands)


_ASSERTION_RANK = {"denied": 0, "disputed": 1, "planned": 2, "claimed": 3, "reported": 4, "hypothetical": 5}


def _confidence(c: _Candidate) -> float:
    """Score: 0.9 for a strong trigger, 0.65 for a weak one; −0.2 without an actor, −0.1 when the actor
    came from a pronoun or context, −0.05 when the claimant came from context."""
    score = _BASE_STRONG if c.strong else _BASE_WEAK
    if c.actor is None:
        score -= 0.2
    elif c.actor_weak:
        score -= 0.1
    if c.claimant_weak:
        score -= 0.05
    return round(max(0.05, min(score, 0.99)), 2)


def _to_event(sent: _Sentence, c: _Candidate) -> EventCore:
    # Every value is produced here from the lexicon and the gazetteer, so validation would only cost time;
    # tests validate the output (`EventCore.model_validate(event.model_dump())`).
    return _BUILD_EVENT_CORE(
        type=c.type, subtype=c.subtype, actor=c.actor, location=c.location, quantity=c.quantity,
        assertion=c.assertion, claimant=c.claimant, confidence=_confidence(c),
        evidence=_BUILD_EVIDENCE(text=sent.body, start=sent.start, end=sent.end),
    )


def event_id(article_id: str, start: int, end: int, type: str, subtype: str, actor: str | None = None) -> str:
    """Deterministic id of an event: article, evidence span, type, subtype and actor (32 hex chars)."""
    key = f"{article_id}|{start}|{end}|{type}|{subtype}|{actor or '-'}"
    return hashlib.blake2b(key.encode(), digest_size=16).hexdigest()


def fingerprint(type: str, subtype: str, actor: str | None, location: str | None, day: str) -> str:
    """Hash shared by reports of one real-world event: type, subtype, actor, location and UTC day."""
    key = f"{type}|{subtype}|{actor or '-'}|{location or '-'}|{day}"
    return hashlib.blake2b(key.encode(), digest_size=16).hexdigest()


def extract_article(article: RawArticle, known_at: datetime) -> list[Event]:
    """Events of an article with identity and provenance; `known_at` is the processing time."""
    day = article.published_at.date().isoformat()
    events = []
    seen: set[str] = set()
    for sent, c in _candidates(article.text, article.published_at):
        eid = event_id(article.article_id, sent.start, sent.end, c.type, c.subtype, c.actor)
        if eid in seen:  # one event per sentence, subtype and actor
            continue
        seen.add(eid)
        # Every value comes from the lexicon, the gazetteer and the article (validated at the edge):
        # validation here would only cost time; tests validate the output against the contract.
        events.append(_BUILD_EVENT(
            type=c.type, subtype=c.subtype, actor=c.actor, location=c.location, quantity=c.quantity,
            assertion=c.assertion, claimant=c.claimant, confidence=_confidence(c),
            evidence=_BUILD_EVIDENCE(text=sent.body, start=sent.start, end=sent.end),
            event_id=eid,
            fingerprint=fingerprint(c.type, c.subtype, c.actor, c.location, day),
            article_id=article.article_id,
            source=article.source,
            published_at=article.published_at,
            known_at=known_at,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return events
