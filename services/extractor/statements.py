"""Diplomatic statements: who speaks, which subtype the words carry, where the statement is about, and
when a statement word is not a statement at all."""

from __future__ import annotations

import re
from dataclasses import replace

from services.extractor.attribution import Speech, place_opening
from services.extractor.clauses import (
    _CALLED_OFF_AFTER,
    _CALLING,
    _CANCEL,
    _CIVIL_CONTEXT,
    _CIVILIANS,
    _COORDINATED,
    _DEAL_WORDS,
    _DRILL,
    _MEET_OBJECTS,
    _MODAL,
    _NOT_YET_AFTER,
    _PASSIVE,
    _PREP_BEFORE,
    _PROTEST,
    _PURPOSE_TO,
    _SPECULATOR_SUBJECT,
    _STATEMENT,
    _TROOP,
    _VERB_OBJECT,
    CONFIRM_OR_DENY,
    RALLY,
    YEARS_AFTER,
    ArticleContext,
    Candidate,
    Sentence,
    _background_clause,
    _background_words,
    _before,
    _body_has,
    _clause,
    _governing_speech,
    _in_object_of,
    _in_quote,
    _in_quote_only,
    _ing_form,
    _is_background,
    _is_headline,
    _negated,
    _planned,
    _quote_spans,
    _subject_before,
    charge_about_itself,
    new_subject_before,
)
from services.extractor.gating import GatedPattern
from services.extractor.matcher import Mention
from services.extractor.movements import (
    _ARTICLE_BEFORE,
    _DAYS_AFTER,
    BROKER_AFTER,
    CLAIMED_BEFORE,
    HARDWARE,
    _both_sides,
    _both_sides_before,
    _joint,
    _location,
    _ordered_foreign_forces,
)
from services.extractor.passive import ANY_DEAL, between_parties, passive_clauses
from services.extractor.triggers import _TALKS_BETWEEN_ENDED, _TALKS_SCHEDULED

_DEAL_NOUN_END = re.compile(_DEAL_WORDS + r"$", re.I)
_AGREE_THAT = re.compile(r"^\W*(?:\w+\W+){0,4}?that\b", re.I)


# "agreed on Monday that their countries would…": the parties commit themselves, a deal and not an opinion.
_JOINT_THAT = re.compile(
    r"^\W*(?:\w+\W+){0,4}?that\s+(?:their\s+(?:two\s+)?(?:countries|nations|governments|sides|states|militaries|"
    r"forces|armies)|(?:both|neither)\s+(?:sides?|countr(?:y|ies)|nations?|governments?|states?)|the\s+two\s+(?:sides|countries|"
    r"nations|governments|states|leaders|militaries)|they|(?:[\w-]+\s+){0,3}?(?:forces|troops|soldiers|coalition|"
    r"mission|contingents?))\s+(?:\w+\s+)?"
    r"(?:would|will|should|must|shall)\b",
    re.I,
)
_STABILITY_THREATENED = re.compile(
    r"\s+(?:the\s+)?(?:regional\s+|international\s+|global\s+|world\s+)?(?:peace\s+and\s+)?(?:stability|peace|security)\b",
    re.I,
)
_NOTHING_AFTER = re.compile(r"\s*(?:[.,;:!?\"”’']|$|(?:on|this|last)\s)", re.I)
_INVITED = re.compile(r"\binvit(?:ed|es|ation)\b", re.I)
_MOBILISATION_CALLED = re.compile(
    r"\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:(?:general|partial|full|national|total|immediate)\s+)?mobili[sz]ation\b", re.I
)
_AGREED_IN_CALL_TO_MEET = re.compile(
    r"\s+(?:(?:during|in|on|at|after|over|by)\s+[^,.;]{0,50}?)?\bto\s+(?:meet|hold\s+(?:[\w'’-]+\s+){0,5}?(?:talks|"
    r"meeting|call|summit|consultations|round)|resume\s+(?:\w+\s+)?talks|talk|negotiate)\b",
    re.I,
)
_AGREE_TO = re.compile(r"^\W*(?:\w+\W+){0,3}?to\s+\w+", re.I)
_PERMITTING = re.compile(
    r"\W*(?:allowing|permitting|letting|enabling|that (?:would )?allows?|which (?:would )?allows?)\b", re.I
)
_THE_BEFORE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$", re.I)
_DISCUSSED = re.compile(
    r"\b(?:discuss\w*|talks on|negotiat\w*|push\w* for|seek\w*|sought|under)\s+(?:[\w'’-]+\s+){0,3}$", re.I
)
_MODAL_PASSIVE = re.compile(r"\b(?:can|could|would|will|must|should|may|might|to)\s+(?:\w+\s+)?be\s+$", re.I)
_DEAL_BEFORE = re.compile(r"\b" + _DEAL_WORDS + r"\s+$", re.I)


# Subjects that are no state: their demands and calls are protest, not diplomacy.
_NONSTATE_SPEAKER = GatedPattern(
    re.compile(
        r"\b(?:protesters|demonstrators|activists|supporters|marchers|strikers|students|residents|villagers|"
        r"(?:trade|labou?r) unions?|opposition (?:party|parties|movement|leaders?|supporters)|" + RALLY + r"|"
        r"(?:pro-democracy|democracy|protest|student|youth|separatist) movement|courts?|tribunal|judges?|"
        r"union leaders|veterans|youth wing|pundits|coach|coaches|swimmers|athletes|players|footballers|"
        r"weather (?:service|bureau|agency)|meteorolog\w+|forecasters|Met Office|monitors|pupils|schoolchildren|"
        r"flight attendants|cabin crew|pilots' union|(?-i:the union)|(?-i:[a-z]+ unions?)|(?-i:FIFA|UEFA|IOC)|"
        r"football (?:clubs?|federations?|associations?)|midfielder|striker|goalkeeper|transfer window|opposition MPs|"
        r"backbenchers|umpires?|referees?|doping|parents(?:' groups)?|organi[sz]ers|(?:World Cup )?qualifiers?)\b",
        re.I,
    ),
    ("protesters", "demonstrators", "activists", "supporters", "marchers", "strikers", "students", "residents",
     "villagers", "union", "pupils", "schoolchildren", "flight attendants", "cabin crew", "fifa", "uefa", "ioc",
     "football", "midfielder", "striker", "goalkeeper", "transfer window", "mps", "backbenchers", "umpire", "referee",
     "doping", "parents", "organis", "organiz", "qualifier",
     "opposition", "rall", "movement", "court", "tribunal", "judge", "weather", "meteorolog", "forecasters",
     "met office", "monitors", "veterans", "youth wing", "pundits", "coach", "swimmers", "athletes", "players",
     "footballers"),
)


# Speakers whose words are about money, not force: a finance ministry's or a central bank's warning, a company's deal.
_ECONOMIC_SPEAKER = GatedPattern(
    re.compile(
        r"\b(?:(?:finance|economy|economic|trade|commerce|treasury|health|education|agriculture|transport|tourism|"
        r"environment|energy|labou?r|employment)\s+(?:minist\w+|secretary|chief|negotiators?|delegations?|envoys?|"
        r"representatives?)|central bank|"
        r"state bank|reserve bank|national bank|federal reserve|bank of [A-Z]\w+|people's bank|"
        r"central bankers?|the treasury|treasury department|monetary authority|investors|traders|economists?|"
        r"stock exchange|IMF|International Monetary Fund|World Bank|OPEC|chief executives?|CEO|compan(?:y|ies)|"
        r"carmakers?|airlines?|chipmakers?|software group|shareholders|buyers|sellers|importers|exporters|refiners)\b",
        re.I,
    ),
    ("finance", "econom", "trade", "commerce", "treasury", "health", "education", "agriculture", "transport",
     "tourism", "environment", "energy", "labour", "labor", "employment", "bank", "federal reserve", "monetary",
     "investors", "traders",
     "stock exchange", "imf", "international monetary fund", "opec", "chief executive", "ceo", "compan",
     "carmaker", "airline", "chipmaker", "software group", "shareholder", "buyers", "sellers", "importers",
     "exporters", "refiners"),
)
# An arms purchase: "a contract to buy 96 attack helicopters", "a deal for the supply of air-defence systems".
# A deal with lenders, not with a state (a trade pact between states stays a deal: PLOVER's gold counts one as AGREE).
_ECONOMIC_DEAL = re.compile(
    r"\b(?:debt|loan|staff-level)\s+(?:agreements?|deals?|arrangements?)\b|\bwith\s+(?:its\s+)?(?:bondholders|"
    r"creditors|the\s+IMF|the\s+International\s+Monetary\s+Fund|investors)\b",
    re.I,
)
_SECURITY_DEAL = re.compile(r"\b(?:ceasefire|truce|troops|forces|military|security|defen[cs]e|border|nuclear)\b", re.I)
_PROCUREMENT = re.compile(
    r"\s+(?:[\w$€£.,-]+\s+){0,6}?(?:(?:to|for)\s+(?:buy|purchase|acquire|supply|the\s+(?:purchase|supply|sale|delivery))"
    r"\b|for)(?:\s+(?:of\s+)?[\w$€£.,-]+){0,6}?\s+(?:helicopters|jets|fighters|aircraft|tanks|missiles|drones|"
    r"submarines|frigates|warships|howitzers|ammunition|rifles|weapons|arms|(?:air|missile)[- ]defen[cs]e systems?)\b",
    re.I,
)


_POSSESSED = re.compile(r"\b(?:its|their|his|her|our|[A-Z][\w-]*['’]s?)\s+(?:[a-z][\w-]*\s+){0,2}$")
_PRESENTED = re.compile(
    r"\b(?:present|issu|ma[dk]|set out|submitt?|hand|publish|put forward|laid out|lay out|deliver|repeat|reiterat|"
    r"restat|spell|outlin|sen[dt]|insist\w* on|press\w* on|stood by|stand\w* by)\w*\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_OFFICIAL = re.compile(
    r"\b(officials?|minist(?:er|ers|ry|ries)|presidents?|premiers?|chancellors?|prime|government|authorities|leaders?|"
    r"spokes(?:man|woman|person)|army|military|navy|forces|troops|diplomats?|envoys?|negotiators?|delegations?|"
    r"ambassadors?|embassy|state|side|chiefs?|commanders?|generals?|admirals?|parliament|foreign|defen[cs]e|"
    r"security|secretary|king|emir|counterparts?|head|presidency|cabinet|regime|junta|administration|media|"
    r"agency|council|corps|command|guard|guards|coast guard|air force|sources?|prince|sultan|sheikh|monarch|"
    r"(?-i:FM|PM|DM|MoD|MFA))\b",
    re.I,
)
_ACT_SUBTYPES = ("meeting", "agreement", "call_for_talks")


# A personal name, particles included ("Sheikh Hamad bin Khalifa al-Thani", "Hans van den Broek").
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|(?:bin|ibn|bint|al|el|de|da|van|von|der|den|del|la|le)|(?:al|el)-[A-Z]?[\w'’-]+)"
_APPOSITIVE = re.compile(r"\s*(?:" + _NAME_WORD + r"\s+){0,7}" + _NAME_WORD + r",?\s*")
_OFFICIAL_PREP = re.compile(
    r"\b(officials?|ministry|ministers?|spokes(?:man|woman|person)|government|president|embassy|authorities|"
    r"service|command|forces|army|navy|office|delegation|envoys?|diplomats?|leaders?|commanders?|"
    # "the chairperson of the African Union Commission", "the secretary-general of NATO"
    r"chair(?:man|woman|person)?|head|chief|secretary[- ]general|director[- ]general|commissioner|ambassador|"
    r"representative|negotiators?)\s+"
    r"(?:in|of|for|from)\s+(?:the\s+)?$",
    re.I,
)


def _valid_subject(sent: Sentence, ent: Mention, until: int) -> bool:
    """A subject entity that can speak for a state: not in a prepositional phrase, and a demonym only
    when it qualifies officials ("Chinese tourists" speak for nobody). Memoised per sentence."""
    key = ("valid_subject", ent.start, until)
    cache = sent.cache
    found = cache.get(key)
    if found is None:
        found = cache[key] = _valid_subject_test(sent, ent, until)
    return found


def _valid_subject_test(sent: Sentence, ent: Mention, until: int) -> bool:
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


def _statement_subject(sent: Sentence, trig: Mention, ctx: ArticleContext) -> tuple[str | None, bool]:
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


_SPEECH_COMMA = re.compile(r"(?:\s+on\s+\w+day)?\s*,\s*")


def _find_statement_subject(sent: Sentence, trig: Mention, ctx: ArticleContext) -> tuple[str | None, bool]:
    text = sent.text
    if text.endswith("from", trig.start, trig.end):  # "drawing a sharp rebuke from Moscow": who rebukes follows
        after = next((e for e in sent.ents if e.start >= trig.end and e.item.code), None)
        return (after.item.code, False) if after and _FROM_GAP.fullmatch(text, trig.end, after.start) else (None, True)
    if trig.item.verb:
        # "… warned of a decisive response and Russia called for restraint": a new subject right before its verb,
        # after "and"/"while"/"but", speaks for itself, whoever opened the sentence
        near = new_subject_before(sent, trig.start)
        if near is not None:
            return near.item.code, False
    before = _before(sent, trig.start, 40)
    # "are demanding" is active, and so is a stance ("is ready to meet", "was prepared to talk")
    progressive = _progressive(sent, trig) or text.startswith(("ready", "prepared", "willing", "open to"), trig.start)
    if _PASSIVE.search(before) and not progressive:
        by = _RX_FIND_STATEMENT_SUBJECT_1.match(text[trig.end:trig.end + 10])
        if by:
            for ent in sent.ents:
                if ent.start == trig.end + by.end() and ent.item.code:
                    return ent.item.code, False
        agent = _late_agent(sent, trig)
        return (agent, False) if agent else (None, True)
    if _ing_form(sent, trig):
        # "Beijing sent 16 warships …, Taiwan's defence ministry said, calling the move a provocation": the participle
        # after a trailing speech is the speaker's
        told = next((sp for sp in sent.speeches if sp.trailing and sp.code and not sp.statement
                     and sp.end <= trig.start and _SPEECH_COMMA.fullmatch(text, sp.end, trig.start)), None)
        if told is not None:
            return told.code, told.from_context
    ent = _first_subject(sent, trig)
    if ent is not None:
        return ent.item.code, False
    boundary, _, subject_text = _subject_before(sent, trig.start)
    if _COORDINATOR.fullmatch(subject_text) and text[boundary - 1:boundary] in "\"”" and not any(
        sp.code and sp.start < trig.start for sp in sent.speeches
    ) and not any(t.item.type == _STATEMENT and t.item.verb and t.end <= boundary for t in sent.trigs):
        # 'Tehran called the move "a threat" and warned …': the coordinated verb shares the subject before the quote
        # (after an earlier statement verb, "demanded … and warned", that verb's speaker is found later)
        opening = max(text.rfind('"', sent.start, boundary - 1), text.rfind("“", sent.start, boundary - 1))
        ent = _first_subject(sent, Mention(opening, opening, trig.kind, trig.item)) if opening > sent.start else None
        if ent is not None:
            return ent.item.code, False
    if _COORDINATOR.fullmatch(subject_text) and text[boundary - 1:boundary] == "," and not any(
        sp.code and sp.start < trig.start for sp in sent.speeches
    ):
        # "Putin ordered a partial mobilisation, and warned the West …": the coordinated verb shares the subject that
        # opens the sentence
        first = next((e for e in sent.ents if e.item.code and e.end < boundary), None)
        if first is not None and _valid_subject(sent, first, boundary) and _TITLED_OPENING.fullmatch(
            text, sent.start, first.start
        ):
            return first.item.code, False
    if not subject_text.strip() and text[boundary - 1:boundary] == "," and _is_headline(sent):
        # "Pakistan summons Afghan envoy, warns Kabul …": a headline's second verb shares the first one's subject
        first = next((e for e in sent.ents if e.item.code), None)
        if first is not None and first.end < boundary and _HEADLINE_OPENING.fullmatch(text, sent.start, first.start):
            return first.item.code, False
    for speech in reversed(sent.speeches):
        if speech.start < trig.start and speech.code and not speech.owner and not speech.statement:
            return speech.code, speech.from_context
    if (
        not subject_text.strip() and text[boundary - 1:boundary] == "," and _ing_form(sent, trig)
        and not _is_headline(sent) and not text.startswith(("insist", "say", "add", "not", "stress", "argu", "claim"),
                                                            trig.start)
    ):
        # "Poland summoned Russia's envoy, accusing Moscow of sabotage": the participle's subject opens the sentence
        first = next((e for e in sent.ents if e.item.code and e.end < boundary), None)
        if first is not None and _valid_subject(sent, first, boundary) and _HEADLINE_OPENING.fullmatch(
            text, sent.start, first.start
        ):
            return first.item.code, False
    if _RX_FIND_STATEMENT_SUBJECT_2.search(subject_text) or _OFFICIAL.search(subject_text):
        for speech in sent.speeches:
            if speech.start > trig.start and speech.trailing and speech.code:
                return speech.code, speech.from_context
        place = _OFFICIAL.search(subject_text) and place_opening(text, sent.start, boundary, sent.ents)
        if place:
            return place, False  # "In Germany, Chancellor Angela Merkel warned …"
        return ctx.speaker, True
    if trig.item.verb and _SHARED_VERB_GAP.search(text, max(sent.start, trig.start - 12), trig.start):
        # "Tehran played down the damage but warned that Israel would …": the second verb of the opening subject
        first = next((e for e in sent.ents if e.item.code and e.end < trig.start), None)
        if first is not None and _valid_subject(sent, first, trig.start) and _TITLED_OPENING.fullmatch(
            text, sent.start, first.start
        ) and _FINITE_AFTER_SUBJECT.match(text, first.end, trig.start):
            return first.item.code, False
    return None, True


# A verb of the opening subject, then a second one after "but" or "and": "Tehran played down the damage but warned".
_SHARED_VERB_GAP = re.compile(r"\s(?:but|and|yet)\s+(?:also\s+|later\s+|then\s+|again\s+)?$")
_FINITE_AFTER_SUBJECT = re.compile(
    r"(?:['’]s\s+[\w\s-]{0,40}?)?\s+(?:has\s+|had\s+|have\s+)?[a-z]+(?:ed|s)\b[^,;:\"“]*$"
)
_FROM_GAP = re.compile(r"\s+(?:the\s+)?")
_PLEDGED_FORCES = re.compile(
    r"\s+(?:(?:about|some|up\s+to|another|an\s+additional|more\s+than|nearly|its|their|his|her)\s+)?"
    r"(?:(?:[\d,]+|two|three|four|five|six|several|hundreds\s+of|thousands\s+of)\s+(?:more\s+|additional\s+|extra\s+)?"
    r"(?:[\w-]+\s+)?(?:troops|soldiers|personnel|peacekeepers|police|officers|marines|warships|jets|aircraft)|"
    r"(?:full\s+|unwavering\s+|total\s+)?(?:loyalty|allegiance))\b",
    re.I,
)
_LATE_BY = re.compile(
    r"\bby\s+(?:(?:the|a|an)\s+)?(?:(?:current|senior|top|local|rival|interim|new)\s+)?"
    r"(?:(?:spokes(?:man|woman|person)|officials?|representatives?)\s+(?:for|of)\s+(?:the\s+)?)?$",
    re.I,
)


# Words whose subject is the accused or the threatened, not the speaker: "X said Indian troops had violated …",
# "Germany warned that Moscow would pay a heavy price", "… would face serious consequences".
_TARGET_SUBJECT = re.compile(
    r"violat|brok|break|pay a|play|will get|will be (?:burn|met)|would be met|legitimate|turned into|grave|serious|"
    r"severe|red line",
    re.I,
)
_HEADLINE_OPENING = re.compile(r"\s*(?:the\s+)?", re.I)
_TITLED_OPENING = re.compile(r"\W*(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")  # "President Vladimir Putin …"


def _late_agent(sent: Sentence, trig: Mention) -> str | None:
    """The agent of a passive statement verb named after its object: "was accused of misusing funds by
    Haitian officials", "was rejected outright by Chisinau", "were dismissed as 'fabrications' by a spokesman for
    the Belarusian defence ministry". Only a "by" that introduces a coded speaker (a demonym must qualify
    officials)."""
    for ent in sent.ents:
        if ent.start <= trig.end or not ent.item.code or ent.start > trig.end + 160:
            continue
        if not _LATE_BY.search(sent.text[max(trig.end, ent.start - 30):ent.start]):
            continue
        if ent.item.kind != "demonym" or _OFFICIAL.search(sent.text, ent.end, min(sent.end, ent.end + 45)):
            return ent.item.code
    return None


def _first_subject(sent: Sentence, trig: Mention) -> Mention | None:
    """The first valid subject entity of the trigger's clause; memoised per sentence (asked several times)."""
    key = ("first_subject", trig.start)
    cache = sent.cache
    if key not in cache:
        cache[key] = _find_first_subject(sent, trig)
    return cache[key]


_AUX_ONLY = re.compile(
    r"\s*(?:(?:has|have|had|is|are|was|were|will|would|also|again|now|then|on\s+\w+day|earlier|later|yesterday|today)\s+)*"
)
# A verb that carries a noun trigger: "…, Field Marshal Asim Munir, began a five-day visit to …".
_LIGHT_VERB = re.compile(
    r"\s*(?:(?:has|have|had|is|was|will|would|also)\s+)*(?:beg[au]n|begins?|paid|pays?|made|makes?|start(?:s|ed)?|"
    r"end(?:s|ed)?|conclud(?:es|ed)|wrapped up|cut short|embarked on)\s+(?:a|an|his|her|their|its|the)?\s*"
    r"(?:[\w-]+\s+){0,3}"
)
_POSSESSIVE_TITLE = re.compile(r"\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*$")
_TITLE_OF = re.compile(r"\s*(?:[a-z][\w-]*\s+){1,3}(?:of|for|at)\s+")
# "…, a key U.S. ally, has refused", "…, a NATO member, warned"
_DESCRIPTIVE = re.compile(
    r"\s*(?:a|an|the)\s+[a-z]|\s*(?:a|an)\s+[A-Z][\w.-]*\s+[a-z][\w-]*\s*$"
    r"|\s*(?:a|an)\s+[A-Z][\w.-]*\s+(?:member|ally|neighbour|neighbor|partner|state|power)\b"  # "a NATO member with …"
)
_TITLED = re.compile(r"\s*the\s+[A-Z]")
_MEETING_ASKED = re.compile(
    # ("requests NATO consultations": the body asked is named before them)
    r"\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:NATO\s+|UN\s+|OSCE\s+|EU\s+|Security Council\s+|Article 4\s+)?"
    r"(?:(?:urgent|emergency|immediate|special|closed-door|extraordinary|early)\s+)*"
    r"(?:meeting|session|talks|consultations|summit)\b",
    re.I,
)
_COORDINATED_VERB = re.compile(r"\s*[a-z]+(?:ed|s)\b[^,;:\"“”]*?\s+and\s*")
_COORDINATOR = re.compile(r"\s*(?:and|but|then|and then|and also)\s*", re.I)
_THEY_OPENING = re.compile(
    r"(?:They|The two|Both)\s+(?:(?:also|later|then|both|have|had|jointly|finally|eventually)\s+)*"
)
_RELATIVE = re.compile(r"\s*(?:which|who|whose)\s", re.I)
# The title a named state's official bears, up to the comma: "Congo's president", "Kenya's foreign minister".
_OWN_TITLE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*")


def _find_first_subject(sent: Sentence, trig: Mention) -> Mention | None:
    boundary, _, subject_text = _subject_before(sent, trig.start)
    if _APPOSITIVE.fullmatch(subject_text) and sent.text[boundary - 1:boundary] == ",":
        # "South Korea's top military officer, Adm. Kim Myung-soo, met…": the subject is before the name
        earlier = sent.text.rfind(",", sent.start, boundary - 1)
        boundary = sent.start if earlier < 0 else earlier + 1
    elif (
        _AUX_ONLY.fullmatch(subject_text) or _LIGHT_VERB.fullmatch(subject_text)
        or _COORDINATED_VERB.fullmatch(subject_text)  # "China, a close ally of Pakistan, welcomed … and urged"
    ) and sent.text[boundary - 1:boundary] == ",":
        # "Pakistan, a key U.S. ally, has refused…": skip a descriptive appositive back to the subject
        earlier = sent.text.rfind(",", sent.start, boundary - 1)
        if earlier > sent.start and (
            _DESCRIPTIVE.match(sent.text, earlier + 1, boundary - 1)
            or _TITLE_OF.match(sent.text, earlier + 1, boundary - 1)  # "X, deputy chairman of Russia's …, warned"
        ):
            before = sent.text.rfind(",", sent.start, earlier)
            boundary = sent.start if before < 0 else before + 1
        elif earlier > sent.start and _POSSESSIVE_TITLE.fullmatch(sent.text, earlier + 1, boundary - 1):
            # "Lai Ching-te, Taiwan's president, rejected …": the country of the title speaks; but a country at the
            # head speaks for itself ("Turkey, Azerbaijan's closest ally, urged …")
            before = sent.text.rfind(",", sent.start, earlier)
            head_start = sent.start if before < 0 else before + 1
            head = next(
                (e for e in sent.ents if e.item.code and e.item.kind in ("country", "capital", "organisation")
                 and head_start <= e.start and e.end <= earlier), None,
            )
            boundary = head.start if head is not None else earlier + 1
        elif earlier > sent.start and _TITLED.match(sent.text, earlier + 1, boundary - 1) and _APPOSITIVE.fullmatch(
            sent.text, _clause(sent, earlier, earlier)[0], earlier
        ):
            # "Kenzo Oshima, the UN relief coordinator, demanded…": the title names whom the person speaks for
            boundary = earlier + 1
        elif earlier > sent.start and _APPOSITIVE.fullmatch(sent.text, earlier + 1, boundary - 1):
            # "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman al-Thani, held talks…"
            before = sent.text.rfind(",", sent.start, earlier)
            boundary = sent.start if before < 0 else before + 1
        elif earlier > sent.start and (
            _PARTICIPIAL.match(sent.text, earlier + 1, boundary - 1)
            or _ASIDE.fullmatch(sent.text, earlier + 1, boundary - 1)
        ):
            # "NATO's secretary general, speaking in Brussels, called on …": the subject before the aside
            before = sent.text.rfind(",", sent.start, earlier)
            boundary = sent.start if before < 0 else before + 1
        elif earlier > sent.start and _RELATIVE.match(sent.text, earlier + 1, boundary - 1):
            # "Russia, which once kept peacekeepers in Nagorno-Karabakh, called on…": the named head of the
            # relative clause is the subject ("the junta, which seized power, demanded" names no party)
            head = next((e for e in sent.ents if e.end == earlier and e.item.code), None)
            if head is None:
                # "Congo's president, who met his Angolan counterpart on Wednesday, accused Rwanda …": a titled head
                # names its state before the title
                before = sent.text.rfind(",", sent.start, earlier)
                head_start = sent.start if before < 0 else before + 1
                head = next((e for e in sent.ents if e.item.code and head_start <= e.start and e.end < earlier
                             and _OWN_TITLE.fullmatch(sent.text, e.end, earlier)), None)
            if head is not None:
                boundary = head.start
        elif earlier < sent.start and _COORDINATED_VERB.fullmatch(subject_text):
            # "Kinshasa denied …, accused Kigali of arming … and demanded": the series' subject opens the sentence
            boundary = sent.start
    # "Kremlin says Putin and Trump spoke by phone": the reported clause has its own subject after the speech verb
    spoken = next((sp for sp in reversed(sent.speeches) if boundary <= sp.start and sp.end <= trig.start
                   and not sp.statement and not sp.trailing), None)
    if spoken is not None and (trig.item.verb or trig.item.form == "agreed to") and _REPORTED_SUBJECT.fullmatch(
        sent.text, spoken.end, trig.start
    ):
        own = next((e for e in sent.ents if spoken.end <= e.start and e.end <= trig.start and e.item.code
                    and _valid_subject(sent, e, trig.start)), None)
        if own is not None:
            return own
    for ent in sent.ents:
        if boundary <= ent.start and ent.end <= trig.start and ent.item.code and _valid_subject(sent, ent, trig.start):
            return ent
    return None


def _said_by_strong(sent: Sentence, trig: Mention) -> bool:
    """A weak statement word inside the object of a strong statement verb of the same clause, just before it."""
    clause = _clause(sent, trig.start, trig.end)
    return any(
        t.item.type == _STATEMENT and t.item.strong and t.item.verb and t.end <= trig.start <= t.end + 40
        and _clause(sent, t.start, t.end) == clause
        for t in sent.trigs
    )


def _statement(sent: Sentence, trig: Mention, ctx: ArticleContext, year: int | None) -> list[Candidate]:
    """Statement candidates for one trigger: the speaker as actor (and partners of joint acts). A weak threat word
    judged a charge ("said the move was a threat to regional peace") is an accusation of its own, not a cue that a
    strong statement of the same speaker outranks."""
    denied = _denied_statement(sent, trig)
    cands = _statement_candidates(sent, trig, ctx, year, denied)
    if denied:
        for c in cands:
            c.assertion = "denied"  # "denied that it had agreed to …", "denies Putin threatened …" (rule 10)
            # the partner of a denied meeting is denied by the same party ("… had held talks with US officials")
            c.claimant = cands[0].claimant
    if cands and not trig.item.strong and trig.item.subtype == "warning" and sent.text.startswith("threat", trig.start):
        for c in cands:
            if c.subtype == "accusation":
                c.strong = True
    return cands


def _denied_statement(sent: Sentence, trig: Mention) -> bool:
    """Whether a deal or a threat is the act a denial before it denies ("Ankara denied that it had agreed to …",
    "the Kremlin denied that Putin had threatened …", "denied having issued any ultimatum"): rule 10 makes it an event
    of its own, denied (an offer or a demand rejected stays the rejection's object)."""
    item = trig.item
    if item.subtype not in ("agreement", "warning", "meeting") or not (
        item.verb or sent.text.startswith(("agreed", "agree", "ultimatum"), trig.start)
    ):
        return False
    return any(
        t.item.subtype == "denial" and sent.text.startswith(("den", "Den"), t.start) and t.end <= trig.start
        for t in sent.trigs
    ) and _in_object_of(sent, trig, ("denial",)) and not _in_object_of(sent, trig, ("rejection",))


def _statement_candidates(
    sent: Sentence, trig: Mention, ctx: ArticleContext, year: int | None, denied: bool = False
) -> list[Candidate]:
    item = trig.item
    subtype = _statement_subtype(sent, trig)
    if subtype is None or _rejected_statement(sent, trig, year, denied):
        return []
    if not item.strong and _said_by_strong(sent, trig):
        return []  # "accused NATO of provocations": the word is what the strong statement before it says
    speech = _governing_speech(sent, trig.start, statements=True)
    real_speech = next((sp for sp in sent.speeches if not sp.statement and sp.code and sp.start < trig.start), None)
    if not item.strong and speech is None and not _in_quote_only(sent) and not _named_asker(sent, trig, subtype):
        return []  # "diplomacy", "deal": only as somebody's words
    if not item.strong and speech is not None and speech.statement:
        if real_speech is None:
            return []
        speech = real_speech  # "X said Y had broken its promise, launching provocative attacks": X's words
    joint_ent = None
    by_speaker = False  # the actor is only the sentence's speaker ("…, Indian officials said")
    if item.verb or subtype in _ACT_SUBTYPES:
        joint_ent = _first_subject(sent, trig)
        actor, weak = _statement_subject(sent, trig, ctx) if item.verb else (None, True)
        by_speaker = actor is not None and weak  # a weak subject: a speaker or the context, not the sentence's own
        if not item.verb and joint_ent is not None:
            actor, weak = joint_ent.item.code, False
        if actor is None and speech is not None and speech.code:
            actor, weak = speech.code, True
            by_speaker = True
        if actor is None and not item.verb:
            actor, weak = _nominal_subject(sent, trig, ctx)
    elif speech is not None and speech.code:
        actor, weak = speech.code, speech.from_context
        # a word in scare quotes ('a figure Pyongyang called "groundless"') has its subject before the quote
        opening = _scare_quote(sent, trig)
        # "…, but a US official called it a regrouping, not a real withdrawal": the subject of "called" speaks
        called = _CALLED_TAIL.search(sent.text, speech.end, trig.start) if opening is None else None
        start = opening if opening is not None else called.start() if called is not None else None
        at = trig if start is None else Mention(start, start, trig.kind, trig.item)
        later = _first_subject(sent, at)
        if (
            later is not None and later.start > speech.end
            and (
                (opening is None and at.start - later.end <= 12)
                or bool(_CALLED_GAP.fullmatch(sent.text, later.end, at.start))
            )
            and not sent.text.startswith(("must", "should"), trig.start)  # "Russian forces must leave": who is told
            and not _TARGET_SUBJECT.match(sent.text, trig.start)  # "X said Indian troops had violated …": the accused
        ):
            actor, weak = later.item.code, False  # "…, Minsk claimed, a statement Kyiv dismissed as false"
        elif (
            later is not None and speech.start > trig.end and not sent.text[later.end:trig.start].strip()
            and _AUX_PHRASE.match(sent.text, trig.start, trig.end)
        ):
            actor, weak = later.item.code, False  # "Ethiopia will not negotiate …, a spokesman told reporters"
    elif speech is not None and speech.title:
        first = _first_subject(sent, trig) or next(
            (e for e in sent.ents if e.item.code and e.start < trig.start and _valid_subject(sent, e, trig.start)), None
        )
        actor, weak = (first.item.code, False) if first is not None else (ctx.speaker, True)
    else:
        actor, weak = _nominal_subject(sent, trig, ctx)
    both, unnamed = _both_sides_before(sent, trig, 60)
    if (actor is None or by_speaker or both and unnamed) and (item.verb or _PREDICATE.match(item.form)) and (
        both or _THEY_OPENING.fullmatch(sent.text, sent.start, trig.start)
    ):
        # "Both sides accused each other …", "They later agreed to …" (nobody spoke since): the article's two parties
        pair = _both_sides(sent, trig, ctx)
        if pair:
            location = _statement_location(sent, trig, pair)
            return [Candidate(_STATEMENT, subtype, code, location, None, "reported", code, item.strong, trig.start,
                              actor_weak=True, claimant_weak=True) for code in pair]
    # the trigger is the passive verb or its complement ("… was dismissed as exaggerated by Seoul")
    before_trig = [p for p in passive_clauses(sent) if p.start <= trig.start] if item.strong and subtype in (
        "accusation", "denial", "rejection") else []
    passive = before_trig[-1] if before_trig and before_trig[-1].agents and (
        trig.start < before_trig[-1].end + 25 and not _PASSIVE_BREAK.search(sent.text, before_trig[-1].end, trig.start)
    ) else None
    if passive is not None:
        # "…, but the claim was dismissed as exaggerated by Seoul": the agent after "by" speaks, one event each
        location = _statement_location(sent, trig, list(passive.agents))
        return [Candidate(_STATEMENT, subtype, code, location, None, "reported", code, item.strong, trig.start)
                for code in dict.fromkeys(passive.agents)]
    scheduled = subtype in ("call_for_talks", "meeting") and _TALKS_SCHEDULED.match(sent.text, trig.start)
    inside = list(dict.fromkeys(
        e.item.code for e in sent.ents if trig.start <= e.start < trig.end and e.item.code
    )) if scheduled else []
    if len(inside) >= 2:
        # talks still to come, their parties joined before the noun: "Russia-Ukraine talks would be held in Istanbul"
        teller = speech.code if speech is not None and speech.code else None
        location = _statement_location(sent, trig, inside)
        return [Candidate(_STATEMENT, "call_for_talks", code, location, None, "planned", teller, item.strong,
                          trig.start) for code in inside]
    if actor is None and subtype == "meeting" and _FRONTED_AFTER.fullmatch(sent.text, sent.start, trig.start):
        # "After talks with Fidan in Antalya, Lavrov accused …", "Speaking after talks with Qatar's emir, Turkish
        # President Erdogan warned …": the meeting told first is the main clause's subject's
        comma = sent.text.find(",", trig.end, sent.end)
        main = next((e for e in sent.ents if comma != -1 and comma < e.start <= comma + 40 and e.item.code), None)
        if main is not None:
            actor, weak = main.item.code, False
    if actor is None:
        # A quote said by somebody unnamed ("…," he said) is still a statement, actor unknown.
        quoted = _in_quote(sent, trig.start) and (
            speech is not None or any(not sp.statement for sp in sent.speeches)
        )
        pronoun = item.verb and _PRONOUN_OPENING.fullmatch(sent.text, sent.start, trig.start)
        if subtype == "meeting" and _TALKS_BETWEEN_ENDED.match(sent.text, trig.start) and len(
            set(between_parties(sent, trig.end)) - {None}
        ) >= 2:
            # "Talks between Ethiopia and Somalia opened in Ankara": the parties after "between" are named later
            # (`passive.with_meeting_parties`)
            return [Candidate(_STATEMENT, subtype, None, None, None, "reported", None, item.strong, trig.start)]
        parties = [code for code in between_parties(sent, trig.end, of=True) if code]
        if subtype in ("call_for_talks", "meeting") and len(set(parties)) >= 2 and _TALKS_SCHEDULED.match(
            sent.text, trig.start
        ):
            # talks still to come, their parties named after the noun: "Talks between the Armenian and Azerbaijani
            # foreign ministers are scheduled to take place in Almaty" (`passive.with_meeting_parties`)
            location = _statement_location(sent, trig, parties)
            return [Candidate(_STATEMENT, "call_for_talks", None, location, None, "planned", None, item.strong,
                              trig.start)]
        if not (item.strong and (_official_subject(sent, trig) or quoted or pronoun)):
            return []
        # An unnamed official body ("Ousted President X has agreed…"), or a pronoun opening the sentence ("He accused
        # Guyana of …"): the statement stands, its actor the article's last speaker when there is one, else unknown.
        if pronoun and ctx.speaker:
            location = _statement_location(sent, trig, [ctx.speaker])
            return [Candidate(_STATEMENT, subtype, ctx.speaker, location, None, "reported", ctx.speaker, item.strong,
                              trig.start, actor_weak=True, claimant_weak=True)]
        location = _statement_location(sent, trig, [])
        return [Candidate(_STATEMENT, subtype, None, location, None, "reported", None, item.strong, trig.start,
                           actor_weak=True, claimant_weak=True)]
    actors = [actor]
    joint_speakers = False
    # "Z said …, hours after Lebanon urged restraint": the statement has a subject of its own after the speech verb
    own_subject = (
        speech is not None and joint_ent is not None and joint_ent.start > speech.end
        and not sent.text.startswith(("must", "should"), trig.start)
    )
    # a meeting still to come (rule 9): "X is due to meet Y", "X will hold talks with Y"; the parties', like one held
    to_come = subtype == "call_for_talks" and item.subtype == "meeting"
    spoken = (
        speech is not None and not speech.statement and speech.code and subtype == "call_for_talks"
        and not sent.text.startswith("agree", trig.start)  # "X and Y agreed to meet, Z said": theirs
        and not own_subject and not to_come
    )
    if spoken and joint_ent is not None and speech.code in _joint(sent, joint_ent) and _JOINT_TEXT_BEFORE.search(
        sent.text, max(sent.start, trig.start - 40), trig.start
    ):
        # "France and Germany issued a joint statement calling on …": every party that issued it calls, in its voice
        actors, joint_speakers = _joint(sent, joint_ent), True
    elif spoken:
        actors = [speech.code]  # "X and Y must keep lines open, the Pentagon said": the speaker's call
    elif subtype in _ACT_SUBTYPES and (joint_ent is not None and (
        joint_ent.item.code == actor or actor in _joint(sent, joint_ent)  # "Kenya and Uganda met …": either named
    ) or (
        joint_ent is None and (  # "told reporters after talks with his Cambodian counterpart"
            subtype == "meeting" or subtype == "agreement" and sent.text.startswith("agree", trig.start)
        )  # "'We have agreed with Tajikistan on a full ceasefire,' Kyrgyzstan's security council chief said"
    )):
        if joint_ent is not None:
            actors = _joint(sent, joint_ent)
        if subtype in ("meeting", "agreement") or to_come:
            partners = _meeting_partners(sent, trig, with_only=subtype == "agreement")
            actors += [c for c in partners if c not in actors]
    elif item.verb and joint_ent is not None:
        group = _joint(sent, joint_ent)
        if actor in group:
            actors = group  # "Estonia, Latvia and Lithuania demanded …": one event per speaker (rule 7)
    elif item.verb and joint_ent is None and not weak and _ing_form(sent, trig) and sent.text[
        max(sent.start, trig.start - 3):trig.start
    ].rstrip().endswith(","):
        # "Saudi Arabia, the UAE and Egypt severed ties with Qatar, accusing Doha of …": the participle's subject is
        # the whole series that opens the sentence
        first = next((e for e in sent.ents if e.item.code), None)
        if first is not None and first.item.code == actor and first.end < trig.start:
            group = _joint(sent, first)
            actors = group if actor in group else actors
    if len(actors) == 1 and speech is not None and not speech.statement and not speech.trailing and (
        speech.code == actor and (
            subtype not in _ACT_SUBTYPES
            # "… and urged Pyongyang to return to dialogue": an appeal, not talks the speakers hold
            or subtype == "call_for_talks" and item.verb and not to_come
            and not sent.text.startswith("agree", trig.start)
        )
    ):
        # "Washington and Seoul said the launch violated UN resolutions": one statement per speaker (rule 7)
        actors = _joint_speakers(sent, speech) or actors
        joint_speakers = len(actors) > 1
    location = _statement_location(sent, trig, actors)
    if location is None and subtype == "denial":
        # "denied that it had sent troops to Russia": the place of the denied action
        for other in sent.trigs:
            if other.start > trig.end and other.item.type in (_TROOP, _DRILL):
                location = _location(sent, other, [], ctx)
                break
    # a meeting or a deal told in the speech's own clause is the speaker's account of it, whoever its subject is
    # ("Zakharova wrote that Lavrov had held talks with his Ukrainian counterpart": both told by Russia)
    told_inside = (
        own_subject and subtype in _ACT_SUBTYPES and speech is not None and joint_ent is not None
        and not _RX_CLAUSE_BREAK.search(sent.text, speech.end, joint_ent.start)
    )
    claimant_speech = (
        speech if speech is not None and not speech.statement and speech.code and (not own_subject or told_inside)
        else None
    )
    out = []
    assertion = "planned" if to_come else "reported"
    for code in actors:
        claimant = claimant_speech.code if claimant_speech and subtype in _ACT_SUBTYPES and not joint_speakers else code
        out.append(Candidate(_STATEMENT, subtype, code, location, None, assertion, claimant, item.strong,
                              trig.start, actor_weak=weak, claimant_weak=weak))
    agreed = subtype == "agreement" or subtype == "call_for_talks" and sent.text.startswith("agree", trig.start)
    talks = _TALKS_BEHIND.match(sent.text, trig.start, sent.end) if agreed else None
    if talks:
        # "Thailand and Cambodia agreed to a ceasefire after talks in Kuala Lumpur": the talks were held too
        out += [replace(c, subtype="meeting", start=talks.start(1)) for c in out]
    elif agreed and len(out) > 1 and _BY_LINK.search(sent.text, trig.start, min(sent.end, trig.end + 40)):
        # "Erdogan and Mitsotakis agree by video link to restore hotline": they spoke, and agreed
        out += [replace(c, subtype="meeting") for c in out]
    return out


_ANOTHER_CLAUSE = re.compile(r"[;:]|\b(?:as|while|when|after|before|but|and|whereas|although)\b", re.I)
_JOINT_TEXT_BEFORE = re.compile(
    r"\b(?:issued|released|published|signed|adopted|sent)\s+(?:a|an)\s+(?:joint\s+)?(?:statement|communiqu[eé]|"
    r"declaration|letter)\s+$",
    re.I,
)
# A meeting told in a clause opening the sentence: "After", "Speaking after", "Shortly after a phone call with".
_FRONTED_AFTER = re.compile(
    r"\W*(?:(?:Speaking|Shortly|Hours|Days|Minutes|Soon|Just|Moments|Immediately)\s+)?(?:After|after|Following|"
    r"following)\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?"
)
# Between a party and its asking verb: nothing but auxiliaries and adverbs ("The African Union on Sunday urged").
_ASKER_GAP = re.compile(r"\s*(?:(?:has|have|had|also|again|on\s+\w+day|late\s+on\s+\w+day|once\s+more)\s+)*")


def _named_asker(sent: Sentence, trig: Mention, subtype: str) -> bool:
    """A weak asking verb ("urged", "pressed") whose subject is a party named right before it, asking for a
    de-escalation step: "The African Union urged Sudan's warring generals to agree an immediate truce" is the AU's
    call."""
    if subtype != "call_for_talks" or not sent.text.startswith(("urg", "press", "appeal", "implor"), trig.start):
        return False
    ent = _first_subject(sent, trig)
    return ent is not None and ent.item.code is not None and bool(_ASKER_GAP.fullmatch(sent.text, ent.end, trig.start))


_PASSIVE_BREAK = re.compile(r"[,;:—–]|\b(?:and|but|after|before|while|when)\b", re.I)
_RX_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:after|before|while|as|when)\b", re.I)
# what may stand between the parties of a joint subject: "and", "both", and each party's titled speaker
# ("Germany's chancellor and France's president")
_SPEAKERS_GLUE = re.compile(
    r"(?:\W|\b(?:and|the|both)\b|(?<=\w)['’]s\s+(?:(?:foreign|defence|defense|prime)\s+)?(?:chancellor|president|"
    r"minister|prime minister|premier|leader|king|emir|secretary)\b)*",
    re.I,
)


def _joint_speakers(sent: Sentence, speech: Speech) -> list[str]:
    """The parties of a subject that names only parties joined by "and" ("The US and South Korea said"), else []."""
    lo, hi = speech.subject
    ents = [e for e in sent.ents if lo <= e.start and e.end <= hi and e.item.code]
    codes = list(dict.fromkeys(e.item.code for e in ents))
    if len(codes) < 2 or not any(sent.text.startswith(" and ", e.end) for e in ents):
        return []
    cursor = lo
    for e in ents:
        if not _SPEAKERS_GLUE.fullmatch(sent.text, cursor, e.start):
            return []
        cursor = e.end
    return codes if _SPEAKERS_GLUE.fullmatch(sent.text, cursor, hi) else []


# The talks an agreement came out of, in the agreement's sentence ("after talks collapsed" is no meeting held).
_BY_LINK = re.compile(
    r"\s+(?:(?:on|late on|early on)\s+\w+day\s+)?(?:by|via|over|in\s+an?)\s+(?:video\s*(?:link|call|conference)|"
    r"videoconference|(?:tele)?phone(?:\s+call)?|a\s+(?:tele)?phone\s+call|hotline)\b",
    re.I,
)
_TALKS_BEHIND = re.compile(
    r"[^;.]{0,120}?\b(?:(?:after|following)\s+(?:(?:the|their|two|three|\w+-day|\w+-hour|lengthy|marathon|direct|"
    r"indirect|overnight|weekend|late-night|several|days of|hours of|a|an|(?-i:[A-Z])[\w'’-]+)\s+){0,4}"
    # "at a General Border Committee meeting in …", "during a meeting of their border commission"
    r"|(?:at|during)\s+(?=(?:[\w-]+\s+){0,4}?(?:talks|negotiations|meetings?|summit)\s+(?:in|at|on|with|of|hosted|held|chaired|co-chaired|"
    r"brokered|mediated|convened)\b)"
    r"(?:[\w'’-]+\s+){0,4}?)"
    r"(talks|negotiations|meetings?|summit)\b(?!\s+(?:\w+\s+){0,2}(?:collapsed|broke down|failed|stalled))",
    re.I,
)


# "a step Pristina called a direct threat", "which Belgrade dismissed as mere propaganda"
# Shared word lists of the "called it false" readings below.
_CLAIM_NOUNS = r"(?:claims?|allegations?|accusations?|assertions?|charges?|reports?|suggestions?)"
_FALSE_WORDS = r"(?:false|untrue|baseless|groundless|unfounded|fabricated|lies|a lie|nonsense)"
_CALLED_TAIL = re.compile(
    _CALLING + r"\s+(?:it|them|this|that)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){1,2}$", re.I
)
_CALLED_GAP = re.compile(
    r"\s+(?:(?:military|army|government|ministry|officials?|side|embassy|president|navy)\s+)?" + _CALLING
    + r"\s+(?:it\s+|them\s+)?(?:as\s+)?"
    r"(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,2}[\"“]?",  # "called it a repositioning, not a real withdrawal"
    re.I,
)


_INSTRUCTED_TO = re.compile(
    r"\b(?:instruct|direct|task|order|mandat|ask|invit|encourag)\w*\s+(?:[\w'’-]+\s+){1,4}to\s+(?:\w+\s+)?$", re.I
)
_AUX_PHRASE = re.compile(r"(?:will|would|won't|cannot|can't|does|do|did|is|are|was|were|has|have|had)\b", re.I)
_EXPECTED_MEETING = re.compile(r"\bexpect(?:s|ed|ing)?\s+(?:(?:a|an|the|another)\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_CONDITION_BEFORE = re.compile(r"\b(?:before|until|unless)\s+(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){0,4}$", re.I)
_MODAL_BE_BEFORE = re.compile(r"\b(?:(?:could|can|would|will|may|might)\s+(?:\w+\s+)?be|is|are)\s+$", re.I)
_MODAL_BE = re.compile(r"\s+(?:(?:could|can|would|will|may|might)\s+(?:\w+\s+)?be|is|are)\s+(?:signed|agreed|reached|"
                       r"concluded|finali[sz]ed)\b|\s+(?:could|can|would|will|may|might)\s+(?:\w+\s+)?be\b", re.I)
_CIVIL_PEOPLE = (
    r"(?:tourists|visitors|fans|pilgrims|travell?ers|holidaymakers|students|investors|shoppers|executives|"
    r"migrants|refugees|athletes|players)"
)
_VISITING_CIVIL = re.compile(r"\s+(?:[\w-]+\s+)?" + _CIVIL_PEOPLE + r"\b", re.I)
_CIVIL_VISITORS = re.compile(
    r"\b" + _CIVIL_PEOPLE + r"\s+(?:(?:who|that|[\w-]+ly|have|has|had|will|would|are|were)\s+){0,2}$",
    re.I,
)
_AGREE_TO_STOP = re.compile(r"^\W*(?:\w+\W+){0,3}?to\s+(?:halt|stop|freeze|suspend|cease|end|limit)\b", re.I)
_OTHERS_CLAIM = re.compile(
    r"['’\"”]?\s+(?:(?:the|a)\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+(?:[\w-]+\s+)?" + _CLAIM_NOUNS + r"\b"
)
_SPEECH_FORMS = ("said", "says", "insist", "maintained", "countered", "reported")
_TO_RULE_OUT = re.compile(r"\s+to\s+rule\s+out\b", re.I)
_FORCE_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:use\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:force|strikes?|military action|an? attack|attacks|invasion|"
    r"(?:a\s+)?(?:military\s+)?(?:response|retaliation|option)s?)\b",
    re.I,
)
_RULED_OUT_GIVING = re.compile(
    # ("ruling out any third-party mediation")
    r"\s+(?:any\s+|all\s+)?(?:(?:third[- ]party|foreign|outside|international)\s+)?"
    r"(?:ced\w*|giv\w* up|surrender\w*|concessions?|compromis\w*|talks|negotiations|dialogue|mediation|"
    r"(?:a\s+)?ceasefire|territorial|withdraw\w*|recogni[sz]\w*)\b",
    re.I,
)
# A call to arms: a government calling its own people to the colours (part of a mobilisation, told to nobody abroad)
_JOIN_UP = re.compile(
    r"\bto\s+(?:(?:join|enlist in|sign up for|report to)\s+(?:the\s+)?(?:army|armed forces|military|militia|ranks)"
    r"|report\s+to\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:centres?|centers?|offices?|points?|commissariats?|"
    r"units|barracks|camps?)|enlist|volunteer|sign\s+up|join\s+up|"
    r"take\s+up\s+arms)\b",
    re.I,
)


def _quoted_for(sent: Sentence, trig: Mention, speakers: GatedPattern) -> bool:
    """A trigger inside a quote whose attribution after the quote ("…," the opposition leader said; "…," said the
    union's secretary) names a speaker of the given kind."""
    span = next(((a, b) for a, b in _quote_spans(sent) if a <= trig.start < b), None)
    if span is None:
        return False
    speech = next((sp for sp in sent.speeches if sp.start >= span[1] and not sp.statement), None)
    if speech is None:
        return False
    if speech.subject[0] >= span[1] and sent.text[speech.subject[0]:speech.subject[1]].strip():
        # the speaker's own words ("the defence minister told a rally of soldiers": the audience is no speaker)
        return bool(speakers.search(sent.text, speech.subject[0], max(speech.subject[1], speech.end)))
    lo = speech.subject[0] if speech.subject[1] > speech.subject[0] else max(span[1], speech.boundary)
    return bool(speakers.search(sent.text, max(lo, span[1]), min(sent.end, speech.end + 40)))


_OR_ELSE = re.compile(r"(?:,\s*|\s)or(?:\s+else)?\s+(?:[\w'’-]+\s+){0,8}$", re.I)
_AID_ASKED = re.compile(
    r"\s+(?:for\s+)?(?:more\s+|urgent\s+|immediate\s+)?(?:international\s+|humanitarian\s+|financial\s+|emergency\s+|"
    r"foreign\s+|disaster\s+)*(?:aid|assistance|donations|relief|funding|help)\b",
    re.I,
)
_MEET_TO = re.compile(
    r"\b(?:meet|meets|met|meeting|visit\w*|travel\w*|fly|flies|flew|arriv\w*|head(?:s|ed|ing)?|gather\w*)\b"
    r"[^,;.]{0,40}?\bto\s+$",
    re.I,
)
# "called for a protest movement across Punjab", "called for a general strike": a call to the street (not "pressed
# the workers to cancel the strike", a demand made of them)
_PROTEST_ASKED = re.compile(
    r"\s*(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:protests?|protest movement|strikes?|rall(?:y|ies)|marches|boycotts?|demonstrations?|sit-ins?)\b",
    re.I,
)
_PULLBACK_NAMED = re.compile(r"\b(?:pull-?backs?|withdrawals?|drawdowns?|pull-?outs?)\b", re.I)
_AS_FALSE = re.compile(r"\s+as\s+['’\"“‘]?" + _FALSE_WORDS + r"\b", re.I)
_CLAIM_AS_FALSE = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}" + _CLAIM_NOUNS
    + r"\s+(?:\w+\s+){0,3}?as\s+['’\"“‘]?"
    + _FALSE_WORDS + r"\b",
    re.I,
)
_DEMANDS_OF = re.compile(
    r"\s+of\s+(?:the\s+|a\s+|modern\s+)?(?:war|economy|job|front|season|campaign|situation|market|battlefield|"
    r"conflict|moment|time|times|office|pandemic|crisis|fighting)\b",
    re.I,
)
_ASKED = re.compile(r"\W*(?:when\s+)?asked\s+(?:about|whether|if|why|how|what|on|for|to\s+comment)\b", re.I)
_ASKED_ABOUT = re.compile(r"\basked\s+(?:about|whether|if|on)\b[^,;:]*$", re.I)
_MEDIUM_BEFORE = re.compile(r"\b(?:in|according to|through|via)\s+(?:a|the|their|its)\s+$", re.I)
# "issued a joint statement warning the Houthis …": the statement carries the warning, it is no deal of its own
_MEDIUM_PARTICIPLE = re.compile(
    r"\s+(?:with\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+)?"
    r"(?:warning|urging|calling|condemning|demanding|accusing|denouncing)\b",
    re.I,
)
_MEDIUM_AFTER = re.compile(r"\s+(?:said|says|stated|states|read|reads|added|noted|issued\s+(?:late\s+)?on)\b", re.I)
_TALKING = re.compile(
    r"\s*(?:of\s+|to\s+)?(?:ever\s+)?(?:sitting down|sit down|talking|negotiating|meeting|engaging|"
    r"holding\s+(?:any\s+)?(?:[\w-]+\s+)?(?:talks|negotiations)|"
    r"(?:resuming|returning to)\s+(?:the\s+)?(?:talks|negotiations|negotiating table))\b",
    re.I,
)
# An act judged a threat after a copula (not "would be considered a threat": a warning of what would follow).
_IS_A_THREAT = re.compile(
    r"(?<!\bwould )(?<!\bwill )(?<!\bcould )(?<!\bmight )(?<!\bwould be )(?<!\bwill be )"
    r"\b(?:is|are|was|were|poses|pose|posed|posing|constitutes|constituted|represents|represented|"
    r"(?:consider|considers|considered|regard|regards|regarded|see|sees|saw)\s+(?:this|it|them|that|the\s+\w+)(?:\s+as)?)"
    r"\s+[\"“‘']?(?:an?\s+|the\s+)?(?:(?:direct|serious|grave|real|clear|major|new|growing|existential|immediate|"
    r"military|security)\s+){0,2}[\"“‘']?$",
    re.I,
)
_CALLED_A = re.compile(
    r"\b" + _CALLING + r"\s+"
    r"(?:it\s+|them\s+|this\s+|that\s+|the\s+(?:move|step|drills?|deployment)\s+)?(?:as\s+)?(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}[\"“]?$",
    re.I,
)


def _scare_quote(sent: Sentence, trig: Mention) -> int | None:
    """The opening mark of a short quote of at most four words that holds the trigger, if any."""
    for start, end in _quote_spans(sent):
        if start < trig.start < end and end - start <= 40 and sent.text.count(" ", start, trig.start) <= 3:
            return start
    return None


def _progressive(sent: Sentence, trig: Mention) -> bool:
    """Whether the trigger's first word is an -ing form ("have been pressuring workers to…")."""
    first = sent.text[trig.start:trig.end].split(maxsplit=1)[0]
    return first.lower().endswith("ing")


def _official_subject(sent: Sentence, trig: Mention) -> bool:
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
_DEAL_CONDITION = re.compile(r"\b(?:once|until|unless|if|when)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?$", re.I)
_CHARGE_REJECTED = re.compile(
    r",\s+(?:a|an|the)\s+(?:charges?|accusations?|allegations?)\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,4}?(?:\w+ly\s+)?$",
    re.I,
)
# A meeting cancelled in so many words: a cancelling verb right before its noun (what it reaches runs to the clause's
# end: "…, but held talks with …" is another act), or the noun with "is off" or "was cancelled" after it.
_MEETING_WORD = r"(?:meeting|talks|summit|visit|trip|call|session|round|consultations)\b"
_MEETING_NAMED_NEXT = re.compile(
    r"\s+(?:a|an|the|its|their|his|her|this|that|next\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}?" + _MEETING_WORD, re.I
)
_CLAUSE_TURN = re.compile(r";|,\s+(?:but|while|and\s+then|and\s+instead)\b|\s(?:but|and\s+instead)\s", re.I)
_MEETING_IS_OFF = re.compile(
    r"\b" + _MEETING_WORD + r"[^.;]{0,80}?\b(?:is|was|are|were|has\s+been|had\s+been|"
    r"have\s+been)\s+(?:now\s+|abruptly\s+|indefinitely\s+)?(?:off|cancell?ed|called\s+off|scrapped|shelved)\b",
    re.I,
)


def _meeting_called_off(sent: Sentence, start: int) -> bool:
    """Whether the meeting read at `start` is one the sentence says was cancelled (the verbs are `_CANCEL`'s)."""
    text = sent.text
    for cancel in _CANCEL.finditer(text, sent.start, start):
        if _MEETING_NAMED_NEXT.match(text, cancel.end(), sent.end) is None:
            continue
        turn = _CLAUSE_TURN.search(text, cancel.end(), sent.end)
        if start < (turn.start() if turn is not None else sent.end):
            return True
    return _MEETING_IS_OFF.match(text, start, sent.end) is not None


_ENTRY_REFUSED = re.compile(r"\s+(?:(?:them|him|her|us|[\w-]+\s+(?:citizens|nationals|journalists))\s+)?"
                            r"(?:entry|visas?|entry\s+visas?)\b", re.I)
_TALKS_NOUNS = ("talks", "meeting", "summit", "negotiations", "round", "consultations")
# Talks named as still to be held: "… talks with the United States would take place in Muscat on Saturday".
_TO_TAKE_PLACE = re.compile(
    r"(?:\s+(?!and\b|but\b|after\b|which\b|that\b)[\w'’.-]+){0,8}?\s+(?:would|will|is\s+to|are\s+to|"
    r"(?:is|are)\s+(?:due|expected|scheduled|set|likely)\s+to)\s+(?:(?:now|again|finally|probably)\s+)?"
    r"(?:take\s+place|be\s+held|convene|open|begin|start|resume)\b",
    re.I,
)
# De-escalation agreed as a step, not as a wish: "agreed … on initial steps to de-escalate", "agreed to de-escalate"
# (not "agreed on the need to de-escalate").
_DE_ESCALATION_AGREED = re.compile(
    r"\bagree\w*\s+(?:(?!(?:on|to)\s+(?:the\s+)?(?:need|importance|necessity)\b)[\w,'’-]+\s+){0,6}?"
    r"(?:(?:on|to)\s+(?:[\w-]+\s+){0,2}?(?:steps|measures)\s+to\s+|to\s+)de-?escalat",
    re.I,
)
_READY_FORM = re.compile(r"\b(?:prepared|ready|willing)\s+to\s+\w+$")
_CLAIM_OBJECT = re.compile(
    r"\s+(?:the|that|this|these|those|their|its|his|her|such|(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.-]*['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:claims?|allegations?|accusations?|account|reports?|charges?|assertions?|version)\b"
)
# A charge rejected, named by its accuser's adjective or after a quote ("rejected Sudanese accusations that …",
# "'categorically rejects' the Canadian prime minister's allegations"): made against the one who rejects it.
_CHARGES_OBJECT = re.compile(
    r"[\"”’']?\s+(?:(?:the|these|those|such|all|any|[A-Z][\w.'’-]*|[\w.-]+['’]s?|[\"“‘']?[a-z-]+[\"”’']?)\s+){0,4}?"
    r"(?:accusations?|allegations?|charges?)\b(?!\s+(?:sheet|of\s+(?:aggression|espionage|treason)\s+against))"
)
_DEAL_NOUN = re.compile(r"\b" + _DEAL_WORDS + r"\b", re.I)
_STANDING_REFUSAL = re.compile(
    r"(?:\b(?:a|the)\s+(?:decision|ruling|move|step|verdict|award|vote|result|declaration)|\bwhich),?\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:has\s+|have\s+)?(?:still\s+|long\s+|always\s+|since\s+)*$"
)
# Lexicon phrases listed whole but read as a verb: "agreed to", "held talks", "are committed to"
_PREDICATE = re.compile(r"(?:agreed|held|reached|is|are|will|would|willing|ready)\b")
_POSSESSIVE = re.compile(r"['’]s?\s")  # "the tribunal's jurisdiction", "the protesters' demands"
_LINK = re.compile(r",|\b(?:and|or|but)\b")
_TALKS_ON = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|dialogue)\s+(?:on|about|over)\s+(?:the\s+)?$", re.I
)
_IF_SUBJECT = re.compile(r"\b(?:if|unless)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}$")
_AFTER_MEETING = re.compile(r"\b(?:after|following|since)\s+(?:[\w.'’-]+\s+){0,4}$", re.I)
_PRECONDITION = re.compile(
    r"\b(?:before|until|unless|prior to|precondition for|condition for)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_RX_STATEMENT_SUBTYPE_3 = re.compile(
    r"\b(de-?escalat\w*|dialogue|talks|negotiat\w*|restraint|peaceful\w*|diplomac\w*|calm|lines of "
    r"communication|refrain\w*|provocations?|settle\w*|ceasefire|cease-fire|truce|cessation of hostilities|brink|"
    r"(?:halt|stop|end|avoid|prevent)\s+(?:the\s+|any\s+|further\s+)?escalation|"
    r"(?:reduce|ease|defuse|lower|calm)\s+(?:the\s+)?tensions?)\b",
    re.I,
)
_RX_STATEMENT_SUBTYPE_4 = re.compile(
    r"\b(deals?|agreements?|accords?|treat(?:y|ies)|pacts?|memorandum|ceasefire|truce|declaration|statement|"
    r"contracts?|protocol|charter|arrangements?)\b", re.I
)
_RX_STATEMENT_SUBTYPE_5 = re.compile(r"\s+(?:that|on|upon)\b")
# "after meeting his Chinese counterpart", "before meeting Putin": the gerund with the person met as its object.
_MEETING_WHOM = re.compile(
    r"\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b|"
    r"(?:President|Prime Minister|Premier|Chancellor|King|Emir|Foreign Minister|Defen[cs]e Minister)\s+[A-Z])"
)
_RX_STATEMENT_SUBTYPE_6 = re.compile(r"\b(held|hold|holds|holding|had|have|has)\b[^,.]{0,30}$", re.I)
_MUST_BEFORE = re.compile(r"\b(?:must|should)\s+(?:(?:first|now|also|quickly|urgently)\s+)?$", re.I)
_WOULD_MEET = re.compile(r"\bwould\s+(?:(?:be\s+)?(?:willing|ready|prepared|happy|glad)\s+to\s+)?$", re.I)


# Another party's account named as the object: "Moscow's claims of a pullback", "the Western assessment"
_FOREIGN_CLAIM = re.compile(
    r"(?:\s+[\w'’-]+){0,1}?\s+(?:the\s+)?(?P<owner>(?-i:[A-Z])[\w.-]*)(?:['’]s)?\s+(?:[\w-]+\s+)?"
    r"(?:claims?|assessments?|assurances?|account|version|suggestions?|reports?)\b"
    r"(?!\s+(?:that\s+)?(?:it|its|we|our|he|she)\b)"  # "Kyiv's claims that it was massing troops": its own conduct
)


_CLAIM_ABOUT = re.compile(
    r"\s+(?:any|all|the|a|such|these|those)\s+(?:[\w-]+\s+)?" + _CLAIM_NOUNS + r"\s+(?:that\s+)?(?P<who>[\w'’.-]+)"
)


def _claim_about_itself(sent: Sentence, trig: Mention) -> bool:
    """Whether the rejected claim is about the subject itself: "any suggestion that Pakistan was involved"."""
    match = _CLAIM_ABOUT.match(sent.text, trig.end, sent.end)
    if match is None:
        return False
    if match.group("who").lower() in ("it", "its", "it's", "it’s"):
        return True
    ent = _coded_at(sent, match.start("who"))
    subject = _first_subject(sent, trig)
    return ent is not None and subject is not None and ent.item.code == subject.item.code


def _coded_at(sent: Sentence, pos: int) -> Mention | None:
    """The coded entity that starts at `pos`, if any."""
    return next((e for e in sent.ents if e.start == pos and e.item.code), None)


def _foreign_claim(sent: Sentence, trig: Mention) -> bool:
    """Whether the verb's object is the account of a party other than its subject (a capitalised owner)."""
    match = _FOREIGN_CLAIM.match(sent.text, trig.end, sent.end)
    if match is None:
        return False
    owner = _coded_at(sent, match.start("owner"))
    subject = _first_subject(sent, trig)
    # an uncoded owner is a bloc's adjective ("Western", "allied"): another party than any state speaking
    return owner is None or subject is None or subject.item.code != owner.item.code


_ACT_CALLED = re.compile(
    r"\b(?:launch|launches|test|tests|drills?|exercises?|deployment|move|moves|incursions?|violations?|intrusions?|"
    r"provocations?|strikes?|attack|flights?|buildup|build-up|firing)\s+(?:(?:on|in|near|off|around|over|by|of)\s+"
    r"(?:[\w'’-]+\s+){1,4}?)?(?:was|were|is|are|as)\s+[\"“‘']?"
    r"(?:(?:absolutely|totally|completely|simply|utterly|wholly)\s+)?[\"“‘']?$",
    re.I,
)
_PROPOSAL_CALLED = re.compile(
    r"\w+\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+|[A-Z][\w.'’-]*['’]s\s+)(?:[\w-]+\s+)?"
    r"(?:preconditions?|conditions|demands?|proposals?|offer|plan|terms|ultimatum)\s+",
    re.I,
)
_WITHDRAWAL_ASKED = re.compile(
    r"\b(?:to|and)\s+(?:immediately\s+|fully\s+)?(?:withdraw|pull\s+(?:out|back)|remove|leave)\s+(?:all\s+)?"
    r"(?:its|their|his|the|foreign|Russian|[A-Z]\w+)?\s*(?:[\w-]+\s+)?(?:troops|forces|soldiers|units|military)\b",
    re.I,
)


_DEAL_AS_CONDITION = re.compile(
    r"\b(?:once|if|unless|until|till)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?(?:deal|ceasefire|truce|agreement|"
    r"accord|settlement|treaty)\s+(?:is|are|has\s+been|have\s+been|was|were|had\s+been)\s+(?:finally\s+)?$"
    # a deal bet on: "cut the odds on a ceasefire between Russia and Ukraine being agreed"
    r"|\b(?:odds|chances|prospects|likelihood|probability)\s+(?:on|of|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?"
    r"being\s+$",
    re.I,
)


def _statement_subtype(sent: Sentence, trig: Mention) -> str | None:
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
            t.item.type in (_TROOP, _DRILL) and trig.end < t.start < trig.end + 60 and t.item.subtype != "withdrawal"
            and (t.item.requires is None or _body_has(sent, t.item.requires))  # ("set up a joint force": no base)
            for t in sent.trigs
        ) and not _AGREE_TO_STOP.match(after) and not _PERMITTING.match(after):
            # "agreed to consider establishing battlegroups": the action is the event; but a pull-back or a halt
            # agreed between parties is a de-escalation step agreed (an agreement, with the planned withdrawal),
            # and a pact "allowing their forces to enter each other's territory" is the deal, not a move
            return None
    if subtype == "agreement" and not trig.item.verb and ANY_DEAL.search(_before(sent, trig.start, 40)):
        return None  # "as a condition for any ceasefire", "to help enforce any peace agreement": no deal yet
    if subtype == "agreement" and trig.item.verb and _DEAL_AS_CONDITION.search(_before(sent, trig.start, 80)):
        return None  # "… once a ceasefire is agreed", "until a border deal was signed": a condition, no deal yet
    if subtype == "warning" and form.startswith("threaten") and _STABILITY_THREATENED.match(after):
        return "accusation"  # "said the drills threatened regional stability": an act charged, no threat made
    if subtype == "agreement" and form.startswith("accept") and _NOTHING_AFTER.match(after) and _INVITED.search(
        text, sent.start, trig.start
    ):
        return "call_for_talks"  # "We have invited the ministers of India and Pakistan and both have accepted"
    if subtype == "agreement" and form.startswith("agree") and _AGREED_IN_CALL_TO_MEET.match(after):
        return "call_for_talks"  # "agreed during a lengthy phone call to meet in Budapest": a meeting still to come
    if subtype == "agreement" and form.startswith("joint ") and (
        _MEDIUM_BEFORE.search(_before(sent, trig.start, 30)) or _MEDIUM_AFTER.match(after)
        or _MEDIUM_PARTICIPLE.match(after)
    ):
        return None  # "…, the two sides said in a joint statement": how they spoke, not what they agreed
    if subtype == "meeting" and trig.item.verb and _INSTRUCTED_TO.search(_before(sent, trig.start, 60)):
        return "call_for_talks"  # "instructed their special representatives to meet soon": a meeting yet to happen
    if subtype == "meeting" and _EXPECTED_MEETING.search(_before(sent, trig.start, 40)):
        return "call_for_talks"  # "said they expected a 16th round of talks": one still to come
    if subtype == "meeting" and form.startswith(_TALKS_NOUNS) and _TO_TAKE_PLACE.match(after):
        return "call_for_talks"  # "confirmed that indirect talks with the United States would take place in Muscat"
    if subtype == "rejection" and form == "unacceptable" and _ACT_CALLED.search(_before(sent, trig.start, 60)):
        return "accusation"  # "said the launch was 'absolutely unacceptable'": an act condemned, no proposal refused
    if subtype == "accusation" and _PROPOSAL_CALLED.match(text, trig.start, trig.end):
        return "rejection"  # "calling Baku's precondition unacceptable": a condition refused, no charge made
    if subtype == "agreement" and _MEET_TO.search(_before(sent, trig.start, 70)):
        return None  # "presidents meet in Khujand to seal border deal": what the meeting is for, not a deal made
    if subtype == "demand" and form.startswith("call") and _PROTEST_ASKED.match(after):
        return None  # a call to protest or strike: street politics, not a demand made of a party
    if subtype == "demand" and _AID_ASKED.match(after):
        return None  # "appealing for international aid", "asked for help with the floods": relief, not a demand made
    if subtype == "demand" and form.startswith(("request", "ask")) and _MEETING_ASKED.match(after):
        return "call_for_talks"  # "requested an urgent meeting of the Security Council": talks asked for
    if subtype == "demand" and form.startswith("call") and _MOBILISATION_CALLED.match(after):
        return None  # "Burhan calls for general mobilization": the call-up itself (the mobilization), no demand
    if subtype == "demand" and _JOIN_UP.search(after[:160]):
        return None  # "called on all able-bodied men to join the armed forces": a call-up (the mobilization)
    if subtype == "rejection" and trig.item.verb and (
        charge_about_itself(sent, trig)
    ):
        return "denial"  # "rejected as 'baseless' accusations that it was arming …", "rejected Indian claims that it
        # had reinforced …": a charge about its own conduct denied (rule 10)
    if subtype == "accusation" and form.startswith(("dismiss", "as ")) and charge_about_itself(sent, trig):
        return "denial"  # "dismissed as 'fabricated' a claim by Israel that Iranian units …"
    if subtype == "rejection" and trig.item.verb and _AS_FALSE.match(after):
        return "accusation"  # "a claim Kinshasa rejected as false": another's claim disputed
    if subtype == "rejection" and trig.item.verb and _CLAIM_AS_FALSE.match(after):
        return "accusation"  # "rejecting a Russian claim as false": another's claim disputed, not a proposal refused
    if subtype == "accusation" and form.startswith(_SPEECH_FORMS) and not _PULLBACK_NAMED.search(form) and not any(
        t.item.subtype == "withdrawal" and (t.start < trig.start or "despite" in text[trig.end:t.start].lower())
        for t in sent.trigs
    ):
        # "… said troops remained in the area" contests nothing unless a pull-back was claimed before, or is named in
        # the words that contest it ("said it had seen 'no meaningful drawdown' of Venezuelan forces")
        return None
    if subtype in ("rejection", "denial") and form.startswith(("refus", "den", "reject")) and _ENTRY_REFUSED.match(
        after
    ):
        return None  # "refused entry to hundreds of Russian citizens", "denied entry visas to journalists": a border
    if subtype == "rejection" and form.startswith(("refus", "declin")) and _TO_RULE_OUT.match(after):
        return None  # "refused to rule out military force": the threat is read from "rule out"
    if subtype == "denial" and form.startswith("rul") and _negated(sent, trig.start) and _FORCE_OBJECT.match(after):
        return "warning"  # "refused to rule out military force": a threat kept open, not a denial
    if subtype == "denial" and form.startswith("rul") and _negated(sent, trig.start):
        return None  # "could not rule out sending ground troops": a step kept open, nothing denied
    if subtype == "denial" and form.startswith("rul") and _RULED_OUT_GIVING.match(after):
        return "rejection"  # "rules out ceding territory", "… third-party mediation": refusing, not denying a plan
    if subtype == "denial" and form.startswith(("no intention", "no plan")) and _TALKING.match(after):
        return "rejection"  # "no intention of (ever) sitting down with Seoul": talks refused, not a plan denied
    if subtype == "denial" and not trig.item.strong and _OTHERS_CLAIM.match(after):
        return "accusation"  # "dismissed as baseless Pyongyang's claim that …": another party's claim called false
    if subtype == "warning" and not trig.item.strong and _CALLED_A.search(_before(sent, trig.start, 50)):
        return "accusation"  # "a step Pristina called a direct threat": a charge against somebody, not a threat
    if subtype == "warning" and form in ("threat", "threats") and _IS_A_THREAT.search(
        _before(sent, trig.start, 50)
    ) and not any(t.item.subtype == "warning" and t.item.strong and t.end <= trig.start for t in sent.trigs):
        return "accusation"  # "the move is 'a direct threat to our security'": another's act charged, no threat made
    if subtype in ("agreement", "meeting") and trig.item.verb and _MUST_BEFORE.search(_before(sent, trig.start, 20)):
        return "demand"  # "X must agree to…", "must reach an agreement": somebody's demand, not a deal
    if subtype == "demand" and form.startswith("insist") and (
        _FINITE_CLAIM.search(after[:70]) or not _RX_STATEMENT_SUBTYPE_5.match(after)
    ):
        return None  # "insisted its troops were not pulling out", "…, the spokesman insisted": a claim
    if subtype == "agreement" and _READY_FORM.search(form) and any(
        t.item.type == _TROOP and trig.start < t.start <= trig.end for t in sent.trigs
    ):
        return None  # "ready to send troops once a ceasefire holds": the offered deployment is the event
    if subtype in ("rejection", "accusation") and _CHARGE_REJECTED.search(_before(sent, trig.start, 60)) and (
        form.startswith(("reject", "dismiss", "den"))
    ):
        return "denial"  # "India accused Pakistan …, a charge Islamabad rejected": the accused denies it
    if subtype == "rejection" and form.startswith(("reject", "dismiss")) and _claim_about_itself(sent, trig):
        return "denial"  # "rejected any suggestion that Pakistan was involved": its own conduct denied
    if subtype == "rejection" and form.startswith("reject") and _CLAIM_OBJECT.match(after):
        return "accusation"  # "Caracas rejected the allegation": disputing the other side's claim (TAXONOMY)
    if subtype == "rejection" and form.startswith(("reject", "dismiss")) and _CHARGES_OBJECT.match(after):
        return "denial"  # "rejected Sudanese accusations that …": a charge against it denied, not a demand refused
    if subtype in ("rejection", "denial") and form.startswith(("reject", "dismiss")) and _foreign_claim(sent, trig):
        return "accusation"  # "dismissed Moscow's claims of a pullback", "rejected the Western assessment"
    if subtype == "denial" and trig.item.verb and _RX_STATEMENT_SUBTYPE_1.search(after):
        return "rejection"  # "ruled out any third-party mediation"
    if subtype == "call_for_talks" and form in ("mediated", "brokered") and _MEDIATED_TALKS.match(after):
        return "meeting"  # "Oman mediated indirect talks between Iran and the United States in Muscat": talks held
    if subtype == "call_for_talks" and form.startswith("agree") and _DEAL_NOUN.search(form):
        return "agreement"  # "agreed to an immediate ceasefire at talks in Kuala Lumpur"
    if subtype == "call_for_talks" and form.startswith("agree") and _DE_ESCALATION_AGREED.search(form):
        return "agreement"  # "agreed in Geneva on initial steps to de-escalate the crisis": de-escalation agreed
    if subtype == "meeting" and not trig.item.verb and _AFTER_MEETING.search(_before(sent, trig.start, 30)):
        return None  # "drills near Taiwan after US speaker's visit": the visit is the background
    if subtype == "meeting" and not trig.item.verb and _RX_STATEMENT_SUBTYPE_2.search(
        _before(sent, trig.start, 10)
    ) and form in ("visit", "visits", "summit", "meeting", "talks"):
        return None  # "during the visit": back-reference (rule 8)
    # "should pull its forces back …": a demand in so many words, whatever follows it
    # (up to the next statement verb: "demanded an end to the siege and called on both parties to resume talks")
    reach = min([90, *(t.start - trig.end for t in sent.trigs if t.item.type == _STATEMENT and t.item.verb
                       and t.start > trig.end and (
                           _COORDINATED.search(text, trig.end, t.start)
                           or trig.item.verb and _SERIES_COMMA.search(text, trig.end, t.start)
                       ))])  # (or a comma: "demanded that Ethiopia halt …, urged it to return to negotiations")
    talks = (
        _RX_STATEMENT_SUBTYPE_3.search(after[:reach]) if subtype == "demand" and not _STEP_NAMED.search(form) else None
    )
    if talks and form.startswith(("demand", "insist")) and talks.group(1).lower() in (
        "ceasefire", "cease-fire", "truce"
    ):
        talks = None  # "demanded an immediate ceasefire": a demand in so many words
    if talks and _WITHDRAWAL_ASKED.search(after[:140]):
        talks = None  # "called on Moscow to fulfil the ceasefire deal and withdraw its troops": a withdrawal demanded
    if talks and not _PRECONDITION.search(after, 0, talks.start()):
        return "call_for_talks"  # "called for restraint"; but "must leave … before negotiations can begin" demands
    if subtype == "meeting" and form.startswith(("host", "receiv", "welcom")) and not _GUEST.search(
        text, trig.end, min(sent.end, trig.end + 60)
    ) and not any(  # "Putin hosted Kim Jong Un": a leader named as the guest
        e.item.kind == "leader" and trig.end <= e.start <= trig.end + 25 for e in sent.ents
    ):
        return None  # "Japan hosts 54,000 U.S. military personnel": not a visit
    if subtype == "meeting" and _DOMESTIC_MEETING.match(text, trig.end, min(sent.end, trig.end + 70)):
        return None  # "an emergency meeting of the National Security Council": a government's own body
    if subtype == "meeting":
        if form == "meeting" and not _RX_STATEMENT_SUBTYPE_6.search(_before(sent, trig.start, 40)) and not (
            _MEETING_WHOM.match(text, trig.end, min(sent.end, trig.end + 60))
            or _TALKS_SCHEDULED.match(text, trig.start)  # "a meeting of US and Ukrainian negotiators is expected"
        ):
            return None  # "ahead of a defence meeting": a noun, not a meeting that took place
        if any(m.end <= trig.start and trig.start - m.end < 60 for m in sent.mils) and form.startswith("arriv"):
            return None
        if form.startswith("visit") and (
            HARDWARE.search(_before(sent, trig.start, 60)) or _VISITS_BY_HARDWARE.match(text, trig.end, sent.end)
        ):
            return None  # "HMS Trent would visit Guyana", "visits by strategic assets": a port call, not diplomacy
        if trig.item.verb and _AT_TALKS_HOSTED.search(_before(sent, trig.start, 50)) and not (
            _TO_COME.search(text, sent.start, sent.end)
        ):
            return subtype  # "agreed to a ceasefire at talks hosted by Malaysia": the setting of the deal, held
        if _planned(sent, trig.start, trig.end) or (
            trig.item.verb and _WOULD_MEET.search(_before(sent, trig.start, 20))
        ):
            return "call_for_talks"  # an agreed future meeting (rule 9); "said they would meet" too
    return subtype


# Talks named as where something was done ("at talks hosted by", "after talks chaired by"), in a sentence telling
# nothing to come.
_AT_TALKS_HOSTED = re.compile(
    r"\b(?:at|during|after|following)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:talks|negotiations|meetings?|summit|consultations)\s+$",
    re.I,
)
_TO_COME = re.compile(
    r"\b(?:will|would|shall|next|due|scheduled|planned|plans?|intends?|expected|upcoming|tomorrow)\b", re.I
)


_DEAL_NAMED = re.compile(
    r"\b(?:despite|in (?:violation|breach|defiance) of|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
_IN_ABEYANCE = re.compile(r"\s+in\s+abeyance\b", re.I)
_DEAL_ENDED = re.compile(
    r"\b(?:end(?:s|ed|ing)?|terminat\w+|scrap\w*|tear(?:s|ing)?\s+up|tore\s+up|abrogat\w+|revok\w+|renounc\w+|"
    r"denounc\w+|withdr[ae]w\w*\s+from|pull\w*\s+out\s+of|quit\w*|exit\w*|annul\w*|cancel\w*)\s+"
    r"(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
# Only a named subject between a speech verb and the trigger: "says Putin and Trump spoke", "said Belarus and Russia
# had agreed"
_REPORTED_SUBJECT = re.compile(
    r"\s+(?:that\s+)?(?:(?:the\s+)?[A-Z][\w.'’-]*\s+(?:and\s+)?){1,5}(?:had\s+|have\s+|has\s+|would\s+|will\s+)?"
    r"[\"“‘']?"
)
_DEFINITE_DEAL = re.compile(r"reach\w*\s+(?:the|that|this)\s+(?:understanding|deal|agreement|accord)\b", re.I)
# A discourse aside between commas: "Armenia, however, rejected …", "Baku, for its part, accused …".
_ASIDE = re.compile(
    r"\s*(?:however|meanwhile|in turn|in response|in return|for (?:its|their|his|her) part|too|also|by contrast|"
    r"in contrast|nonetheless|nevertheless|though|instead|likewise|similarly|in a statement|separately|for now|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # the medium or the occasion: "Iran, in a letter to the UN, warned …", "Austin, in his own speech, accused …"
    r"(?:in|at|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+[^,;:\"“”]{1,60}?)\s*",
    re.I,
)
_PARTICIPIAL = re.compile(
    r"\s*(?:speaking|writing|addressing|talking|answering|responding|visiting|standing|flanked|asked|"
    r"quoted|interviewed)\b[^,]*$",
    re.I,
)
_OWN_PEOPLE_TOLD = re.compile(
    r"\s+(?:its\s+|their\s+|all\s+|the\s+)?(?:[\w-]+\s+)?" + _CIVILIANS
    + r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:leave|avoid|stay|return|shelter|register)\b",
    re.I,
)
# People at home a government or a body addresses, who are no party abroad: crowds, trades, households, travellers.
_CIVIL_ADDRESSEES = (
    r"(?:organi[sz]ers|protesters|demonstrators|rioters|strikers|citizens|residents|motorists|drivers|public|"
    r"businesses|traders|shopkeepers|landlords|employers|unions?|smugglers|hoarders|profiteers|voters|students|parents|"
    r"fans|supporters|spectators|players|athletes|referees|clubs|shoppers|people|farmers|fishermen|households|"
    r"consumers|travell?ers|tourists|pilgrims|holidaymakers|patients|hospitals|schools)"
)
_CROWD_TOLD = re.compile(
    r"\s+(?:on\s+|upon\s+)?(?:the\s+|all\s+|their\s+|its\s+)?(?:[\w'’-]+\s+)?" + _CIVIL_ADDRESSEES
    + r"\s+(?:not\s+)?to\b",
    re.I,
)
_BILL_REJECTED = re.compile(
    r"\s+(?:(?:a|the|an)\s+)?(?:[\w-]+\s+){0,2}?(?:bill|law|legislation|budget|amendment|motion)\b", re.I
)
_DOMESTIC_LAW = re.compile(
    r"\s+(?:(?:a|the|an)\s+)?(?:[\w-]+\s+){0,3}?(?:bill|law|legislation|budget|amendment|act)\b", re.I
)
_ON_ORDERS = re.compile(r"\b(?:on|under)\s+(?:the\s+)?$", re.I)  # "on orders from the defence minister"
_BY_AGENT = re.compile(r"\s+by\s", re.I)
_DETERMINER_NOUN = re.compile(r"\b(?:the|a|an|their|its|his|her|our|these|those)\s+(?:[\w-]+\s+)?$", re.I)
_STEP_NAMED = re.compile(r"\b(?:withdraw|pull|leave)\b")
_VISITS_BY_HARDWARE = re.compile(r"\s+(?:by|of)\s+(?:[\w-]+\s+){0,3}?" + HARDWARE.pattern)
_PROPOSAL_DISMISSED = re.compile(
    r"\b(?:demands?|proposals?|offers?|plans?|calls?|requests?|ultimatum|initiative|peace plan)\s+"
    r"(?:(?:was|were|has been|had been|have been)\s+)?(?:(?:swiftly|quickly|promptly|flatly|immediately)\s+)?$",
    re.I,
)
_NO_THREAT_SEEN = re.compile(
    r"\s+(?:any\s+|an\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:massing|build-?up|buildup|preparations?|offensive|invasion|"
    r"attack|mobili[sz]ation|concentration|imminent)\b",
    re.I,
)
_ARMED_GROUP_BEFORE = re.compile(
    r"\b(?:suicide\s+bombers?|bombers?|militants?|gunmen|terrorists?|insurgents?|attackers?|assailants?)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_DOMESTIC_WARNED = re.compile(r"\s+(?:the\s+)?" + _CIVIL_ADDRESSEES + r"\b", re.I)
_TALKS_SUPPORTED = re.compile(
    r"\s+(?:a\s+|the\s+|direct\s+|renewed\s+)*(?:dialogue|talks|negotiations|diplomacy|a peaceful settlement|"
    r"a negotiated settlement|mediation)\b",
    re.I,
)
_WARNING_TIME = re.compile(
    r"\b(?:(?:hours|days|minutes|weeks|months|seconds)\s+of|early|advance|little|short|enough|sufficient|ample|"
    r"strategic|tactical)\s+$",
    re.I,
)
_NO_OBJECT_AFTER = re.compile(r"\s+(?:no|nothing)\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|their|its|his|her|our|these|those|whose)\s+$", re.I)


# A modifier after the object that tells an earlier, embedded event: "two nationals suspected of bombing a
# plane in 1988". A year there dates that event, not the statement.
_EMBEDDED = re.compile(
    r"\b(?:suspected|accused|convicted|wanted|blamed|responsible|involved|who|which|whose|whom)\b", re.I
)
_MODAL_START = re.compile(r"(?:will|would|may|might|could|'ll)\b")


def _official_speech(sent: Sentence, pos: int) -> bool:
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


def _statement_background(sent: Sentence, trig: Mention, year: int | None) -> bool:
    """`_is_background` for a statement verb, read up to an embedded modifier or the statement's content."""
    lo, hi = _clause(sent, trig.start, trig.end)
    cut = _EMBEDDED.search(sent.text, trig.end, hi)
    if trig.item.subtype in _CONTENT_SUBTYPES:
        content = _COMPLEMENT.search(sent.text, trig.end, cut.start() if cut else hi)
        cut = content or cut
    if cut is None:
        return _is_background(sent, trig.start, trig.end, year)
    return _background_clause(sent.text[lo:cut.start()], year)


_CITING = re.compile(
    r"\b(?:citing|under|invoking|in line with|in accordance with|pursuant to)\s+(?:[\w'’-]+\s+){0,5}$", re.I
)
_EXITED = re.compile(
    r"\b(?:quit|quits|quitting|exit\w*|abandon\w*|withdr[ae]w\w*\s+from|pull\w*\s+out\s+of|tore up|tear\w*\s+up|"
    r"scrap\w*|renounc\w*|violat\w*|breach\w*|br(?:oke|oken|eak\w*))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_BROKEN_AFTER = re.compile(
    r"\s+(?:(?:was|were|has|had|have|is|been|being|already|quickly|largely|effectively|again)\s+){0,3}"
    r"(?:violated|broken|breached|collaps\w*|falter\w*|fail(?:s|ed|ing)|br(?:oke|eaks|eaking) down|unravel\w*|"
    r"shattered|in tatters)\b",
    re.I,
)
_SUPPORT_NOT_PLEDGED = re.compile(
    r"(?:\b(?:on|of|with|without|by|from)\s+(?:the\s+)?(?:[\w-]+\s+)?|,\s*|\b(?:is|are|was|were|been|being)\s+)$",
    re.I,
)
# A government's own bodies: when they meet, no state meets another ("_DOMESTIC_BODY", "_DOMESTIC_MEETING").
_GOVERNMENT_BODIES = r"(?:national security (?:council|committee)|security cabinet|politburo|parliament)"
_SIGNED_AT_HOME = re.compile(
    r"\s+(?:(?:a|an|the|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?(?:disaster|emergency|decree|executive order|law|bill|"
    r"budget|declaration of (?:a\s+)?state)\b",
    re.I,
)
_DOMESTIC_BODY = re.compile(
    r"\b(?:" + _GOVERNMENT_BODIES + r"|war cabinet|the cabinet|(?:upper|lower) house|senate|congress)\b[^,;]{0,40}$",
    re.I,
)
_AT_REQUEST = re.compile(r"\bat\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}$", re.I)
_ANY_ACT = re.compile(r"\bany\s+(?:[\w-]+\s+){0,2}$", re.I)
_URGED_STEP = re.compile(
    r"\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)?\s+(?:on|upon)|ask(?:ed|s|ing)?|press(?:ed|es|ing)?|"
    r"encourag(?:e|ed|es|ing)|implor(?:e|ed|es|ing))\s+(?:[\w\"“”'‘’-]+,?\s+){1,12}?to\s+(?:[\w\"“”'‘’-]+,?\s+){0,10}?$",
    re.I,
)
_WANTED_DEAL = re.compile(
    r"\b(?:wants?|wanted|wanting|seeks?|sought|seeking|hopes? for|hoped for|hoping for|push(?:es|ed|ing)? for|"
    r"press(?:es|ed|ing)? for|lobb(?:y|ies|ied|ying) for)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_MEET_TARGET = re.compile(
    r"\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|our\s+|all\s+)?(?:[\w-]+\s+)?" + _MEET_OBJECTS + r"\b", re.I
)
# What a leader tours rather than whom he meets: places and people named by a common noun.
_VISITED_PLACE = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:areas?|regions?|districts?|"
    r"villages?|towns?|sites?|hospitals?|troops|soldiers|units|front(?:\s+line)?|frontline|bases?|camps?|victims|"
    r"families|wounded|shelters?|factor(?:y|ies)|plants?|schools?|shipyards?|outposts?|positions|garrisons?)\b",
    re.I,
)
_MEDIATED_TALKS = re.compile(
    r"\s+(?:(?:a|an|the|two|three|fresh|new|further|indirect|direct|secret|several)\s+)*(?:rounds?\s+of\s+)?"
    r"(?:talks|negotiations|meetings?|consultations)\s+between\b",
    re.I,
)
_AGREED_THING = re.compile(
    r"(?:-upon)?\s+(?:positions|limits|lines?|terms|timetable|levels?|ceilings?|quotas?|points|areas|boundaries|zones?|"
    r"locations|deadlines?|rules)\b",
    re.I,
)
_NATURAL_HAZARD = re.compile(
    r"\b(?:earthquakes?|tsunamis?|typhoons?|hurricanes?|cyclones?|floods?|flooding|heatwaves?|eruptions?|"
    # ("if Israel storms Rafah", "storms the island": the verb)
    r"storms?(?!\s+(?:(?:the|a|an|its|their|his|her)\s|(?-i:[A-Z])))|"
    r"avalanches?|wildfires?|landslides?|droughts?|heavy rain|snow)\b",
    re.I,
)


def _speculating_speaker(sent: Sentence, trig: Mention) -> bool:
    """The subject of the speech governing a statement is an analyst, an expert or a former official."""
    speech = _governing_speech(sent, trig.start, statements=True)
    if speech is not None and speech.start > trig.start and _CITED.search(
        sent.text, max(trig.end, speech.start - 40), speech.end
    ):
        speech = None  # "accused Rwanda of …, citing a UN experts' report": the source cited, not the speaker
    if speech is None or speech.statement or speech.subject[1] <= speech.subject[0]:
        lo = _clause(sent, trig.start, trig.end)[0]
        subject = sent.text[max(sent.start, lo):trig.start]  # "A former Indian army chief, …, argued …"
        if any(lo <= e.start < trig.start and e.item.kind == "leader" for e in sent.ents):
            return False  # "Former president Dmitry Medvedev warned …": a named figure who speaks for his state
        return _speculator_words(subject, sent.body)
    lo, hi = speech.subject
    if any(lo <= e.start < hi and e.item.kind == "leader" for e in sent.ents):
        return False  # "former president Medvedev said": a named figure who speaks for his state
    return _speculator_words(sent.text[lo:hi], sent.body)


def _speculator_words(subject: str, body: str) -> bool:
    """Analysts and experts never speak for a state; a former official does when he demands, not when he opines."""
    found = _SPECULATOR_SUBJECT.match(subject)
    if found is None:
        return False
    return found.group(1).lower() not in ("former", "ex-", "retired") or bool(_OPINING.search(body))


_OPINING = re.compile(r"\b(?:argu\w*|wr(?:ote|iting|ites)|believ\w*|expect\w*|predict\w*|should|could|would)\b", re.I)
_DECISION_TO = re.compile(
    r"(?:['’]s|\b(?:its|their|his|her))\s+(?:[\w-]+\s+)?(?:decision|move|plan|threat|refusal|choice|bid)\s+to\s+$", re.I
)


# Teams meeting in a final, a minister meeting company executives: no meeting between states.
_NOT_STATES_MEETING = re.compile(
    r"[^,;.]{0,40}?\b(?:in|at|for)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:final|semi-?finals?|quarter-?finals?|"
    r"match|fixture|tournament|championship)\b"
    r"|\s+(?:with\s+)?(?:[\w-]+\s+){0,2}?(?:executives|investors|business leaders|bankers|chief executives|CEOs)\b"
    # a threat's answer: "any attack would meet a 'swift and decisive' response", "will be met with force"
    r"|\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:[\w\"“”'‘’-]+\s+){0,4}?[\"“‘']?(?:response|retaliation|reply|resistance|"
    r"force|fire|consequences|punishment|counter-?attack|fate)\b",
    re.I,
)
_SHOW_OF = re.compile(r"\b(?:show|display|demonstration|sign|gesture)\s+of\s+(?:[\w-]+\s+){0,4}$", re.I)
# A truce in a trade war. Trade pacts themselves stay agreements: the PLOVER peer suite codes them so (AGREE).
_ECONOMIC_PROJECT = re.compile(
    r"[^.;]{0,60}?\b(?:(?:oil|gas)\s+pipelines?|refiner(?:y|ies)|(?:binational|special|free)\s+economic\s+zones?|"
    r"economic\s+zones?|free[- ]trade|trade\s+(?:deal|agreement|pact|zone)|"
    r"tourism|tariffs?|customs\s+union|(?:gas|energy|power|electricity)\s+(?:supply|supplies|exports?|grid))\b",
    re.I,
)
_SECURITY_WORDS = re.compile(
    r"\b(?:military|troops|forces|army|navy|security|defen[cs]e|ceasefire|truce|border|weapons?|missiles?|war)\b", re.I
)
_ECONOMIC_TALKS = re.compile(
    r"\b(?:talks|negotiations|consultations|meeting|round|dialogue)\s+(?:[\w-]+\s+){0,3}?(?:on|about|over)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:tariffs?|trade|quotas?|investment|tax(?:es|ation)?|debt|loans?|"
    r"currency|fisheries|fishing|aviation|climate|agricultur\w*|steel|beef|energy prices|migration)\b",
    re.I,
)
_FORCES_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){0,2}(?:troops|forces|marines|soldiers|sailors|warships|ships|aircraft|jets|units)\b",
    re.I,
)
_PLANS_DENIED = re.compile(r"\b(?:no\s+plans?|no\s+intention|not\s+planning)\b", re.I)
_TRADE_DEAL = re.compile(r"\b(?:tariffs?|trade|customs)\s+(?:truce|ceasefire)\b")


def _nonstate_speaker(sent: Sentence, lo: int, pos: int) -> bool:
    """A protester, court or union before the statement word at `pos`, unless it only owns a noun further on:
    "does not recognise the tribunal's jurisdiction and has rejected …" (the tribunal speaks nowhere)."""
    for match in _NONSTATE_SPEAKER.finditer(sent.text, lo, pos):
        owner = _POSSESSIVE.match(sent.text, match.end(), pos)
        owned = sent.text[owner.end():pos] if owner else ""
        if owner is None or len(owned.split()) <= 2 and not _LINK.search(owned):
            return True  # a speaker, or the owner of the statement itself ("the protesters' main demands")
    return False


_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|these|those)|\w['’]s)\s+$", re.I)
_SERIES_COMMA = re.compile(r",\s*$")
_RENEWED = re.compile(
    r"\b(?:repeat|renew|reiterat|restat|press|issu|voic|underlin|stress)\w*\s+(?:its|their|his|her|our)\s+$", re.I
)
_DEADLINE_TO = re.compile(
    r"\b(?:has|have|had|given|gives|give|giving)\s+(?:\w+\s+){0,3}?(?:days?|weeks?|months?|hours?|years?)[\"”’']?\s+"
    r"to\s+$",
    re.I,
)
_CITED = re.compile(r"\bcit(?:ing|ed|es)\b", re.I)
_AND_VERB_BEFORE = re.compile(r"\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", re.I)
_PRONOUN_OPENING = re.compile(r"\W*(?:He|She|They)\s+(?:also\s+|later\s+|then\s+|again\s+|on\s+\w+day\s+)?")
_LONG_HELD = re.compile(r"\b(?:has|have|had)\s+(?:long|always|for years|for decades)\s+(?:\w+ly\s+)?$", re.I)
# An indefinite deal named as a condition or a time still to come: "only after a ceasefire", "once a peace deal".
_DEAL_TO_COME = re.compile(
    r"\b(?:after|once|until|unless|before|if|without)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$", re.I
)


def _rejected_statement(sent: Sentence, trig: Mention, year: int | None, denied: bool = False) -> bool:
    """Whether a filter rejects the statement trigger; `denied`: it is the act a denial denies (kept, rule 10)."""
    item = trig.item
    form = sent.text[trig.start:trig.end].lower()
    if _negated(sent, trig.start) and not form.startswith(("renounce", "rule")) and not (
        item.verb and _AND_VERB_BEFORE.search(_before(sent, trig.start, 12))
    ):  # ("said the troops were 'not a peacekeeping force' and warned …": the negation is the earlier verb's)
        return True
    if item.verb and form.startswith(("denounc", "condemn", "reject", "disput", "claim", "dismiss")) and (
        _LONG_HELD.search(_before(sent, trig.start, 30))
    ):
        # "a drill Pyongyang has long denounced as a rehearsal for invasion", "an award Venezuela has long rejected":
        # a standing position ("has long accused Washington of …" still charges)
        return True
    if _background_words(sent.text[_clause(sent, trig.start, trig.end)[0]:trig.end]):
        return True
    if _CANCEL.search(_before(sent, trig.start, 40)):
        return True  # "cancelled a scheduled meeting"
    if trig.item.subtype == "meeting" and _meeting_called_off(sent, trig.start):
        return True  # "called off a planned meeting between Wang Yi and his Japanese counterpart on the sidelines of an
        # ASEAN gathering in Phnom Penh", "The meeting … set for Thursday is off": talks cancelled (rule 9)
    if item.subtype == "denial" and CONFIRM_OR_DENY.search(sent.text, max(sent.start, trig.start - 20), trig.end):
        return True  # "would neither confirm nor deny": no denial
    if item.subtype == "rejection" and _STANDING_REFUSAL.search(_before(sent, trig.start, 60)):
        return True  # "a ruling Beijing has refused to recognise", "which Caracas has rejected": a standing position
    if item.subtype == "demand" and not item.verb and _TALKS_ON.search(_before(sent, trig.start, 30)):
        return True  # "seven hours of talks on security guarantees": the topic of talks, not a demand made
    if item.verb and _IF_SUBJECT.search(_before(sent, trig.start, 40)):
        return True  # "would move its army to the border if Poland threatened its security": the condition
    if item.subtype == "agreement" and _CONDITION_BEFORE.search(_before(sent, trig.start, 50)) and (
        _MODAL_BE.match(sent.text, trig.end, sent.end) or _MODAL_BE_BEFORE.search(_before(sent, trig.start, 20))
    ):
        return True  # "must amend its constitution before a peace treaty could be signed": a condition of a deal
    if item.subtype == "meeting" and (
        _CIVIL_VISITORS.search(_before(sent, trig.start, 40))
        or form == "visiting" and _VISITING_CIVIL.match(sent.text, trig.end, sent.end)
    ):
        return True  # "tourists visiting the islands", "visiting fans": people, not states, meet
    if item.subtype == "meeting" and form.startswith("visit") and _VISITED_PLACE.match(sent.text, trig.end, sent.end):
        return True  # "would visit the affected areas", "visited wounded soldiers": a tour at home, no counterpart
    if item.subtype in ("meeting", "call_for_talks") and (form == "met" or form.startswith("meet")) and (
        _NOT_STATES_MEETING.match(sent.text, trig.end, sent.end)
    ):
        return True  # "will meet in the Asia Cup final", "met executives from Chevron": teams and firms, not states
    if item.subtype == "agreement" and _ECONOMIC_PROJECT.match(
        sent.text, trig.end, min(sent.end, trig.end + 90)
    ) and not _SECURITY_WORDS.search(sent.body):
        return True  # "agreed to build an oil pipeline", "signed a memorandum to create an economic zone": business
    if item.subtype in ("agreement", "call_for_talks") and _TRADE_DEAL.search(form):
        return True  # "agreed to extend their tariff truce": a truce in a trade war, not between armies
    if item.subtype == "agreement" and form.startswith("support") and _SHOW_OF.search(_before(sent, trig.start, 50)):
        return True  # "in a show of diplomatic and military support for": a gesture described, no commitment made
    if item.subtype == "agreement" and form.startswith("support") and _PURPOSE_TO.search(_before(sent, trig.start, 6)):
        return True  # "sent troops … to support the fight": a purpose, not a commitment made
    if item.subtype == "demand" and (
        _OWN_PEOPLE_TOLD.match(sent.text, trig.end, min(sent.end, trig.end + 50))
        or _OWN_PEOPLE_TOLD.search(" " + form)
    ):
        return True  # "urging citizens to leave Lebanon": a travel advisory to its own people, no party is told
    if item.subtype in ("demand", "call_for_talks") and _CROWD_TOLD.match(sent.text, trig.end, sent.end):
        return True  # "call on fans to behave at Saturday's qualifier": a crowd or a sports body told, not a party
    if item.subtype == "rejection" and form.startswith("reject") and _BILL_REJECTED.match(
        sent.text, trig.end, sent.end
    ):
        return True  # "Rada rejects bill", "parliament rejected the budget": a vote at home, no proposal of a party
    if item.subtype == "rejection" and form.startswith("veto") and _DOMESTIC_LAW.match(sent.text, trig.end, sent.end):
        return True  # "vetoed the media bill": a president's veto of a law, no proposal of another party refused
    if item.subtype == "agreement" and not item.verb and _IN_ABEYANCE.match(sent.text, trig.end, sent.end):
        return True  # "would keep the Indus Waters Treaty in abeyance": a deal suspended, none made
    if item.subtype == "agreement" and not item.verb and _DEAL_ENDED.search(_before(sent, trig.start, 60)):
        return True  # "ending its defence cooperation agreement with France": a deal undone, none made
    if item.verb and not form.endswith(("ed", "ing")) and " " not in form and _POSSESSIVE_BEFORE.search(
        _before(sent, trig.start, 8)
    ) and not _RENEWED.search(_before(sent, trig.start, 30)):
        return True  # "its promises remain unfulfilled", "Moscow's demands": a noun, its verb reading is none
    if item.subtype == "agreement" and _DEADLINE_TO.search(_before(sent, trig.start, 40)):
        return True  # "Iran has two months to agree a nuclear deal or face the consequences": an ultimatum's terms
    if item.subtype in ("agreement", "meeting") and YEARS_AFTER.search(_before(sent, trig.start, 70)):
        return True  # "Twelve years after the framework was signed, …": an anniversary, history
    if item.subtype == "agreement" and not item.verb and _DEAL_TO_COME.search(_before(sent, trig.start, 40)):
        return True  # "would deploy troops only after a ceasefire": a condition, no deal made
    if item.subtype == "agreement" and not item.verb and _DEAL_NAMED.search(_before(sent, trig.start, 50)):
        return True  # "still occupy the temples despite the ceasefire", "in violation of a 1992 deal": a deal in force
    if item.subtype == "accusation" and form.startswith("dismiss") and _PROPOSAL_DISMISSED.search(
        _before(sent, trig.start, 50)
    ):
        return True  # "The demand was dismissed as 'unacceptable'": a proposal refused (a rejection), no charge
    if item.subtype == "accusation" and form.startswith(("no sign", "no evidence", "no indication")) and (
        _NO_THREAT_SEEN.match(sent.text, trig.end, sent.end)
    ):
        return True  # "had seen no sign of amphibious forces massing": reassurance, nobody's claim contested
    if item.subtype == "accusation" and _ARMED_GROUP_BEFORE.search(_before(sent, trig.start, 40)):
        return True  # "a suicide bomber rammed an explosives-laden vehicle into a post": an attack, nobody accused
    if item.subtype == "warning" and item.verb and _DOMESTIC_WARNED.match(sent.text, trig.end, sent.end):
        return True  # "the interior minister warned organisers they would face prosecution": home affairs, no threat
    if item.subtype == "agreement" and form.startswith("support") and _TALKS_SUPPORTED.match(
        sent.text, trig.end, sent.end
    ):
        return True  # "said it supported dialogue between the two neighbours": a call for talks, not a commitment
    if item.subtype == "warning" and form.startswith("warning") and _WARNING_TIME.search(_before(sent, trig.start, 25)):
        return True  # "would have 48 hours of warning", "early warning radars": notice of an attack, no threat made
    if item.subtype == "agreement" and form.startswith("offer") and _NO_OBJECT_AFTER.match(
        sent.text, trig.end, sent.end
    ):
        return True  # "although he offered no evidence", "offered no concessions": nothing offered
    if item.subtype == "agreement" and form == "agreed" and _DETERMINER_BEFORE.search(_before(sent, trig.start, 8)):
        return True  # "ahead of the agreed deadline": an adjective, not a deal made
    if not item.verb and item.subtype not in ("denial", "rejection") and _CITING.search(_before(sent, trig.start, 50)):
        # "citing the two countries' mutual defence pact": an existing deal, named; "citing an imminent threat of
        # aggression": the reason given for a step, not a threat or a charge the speaker makes
        return True
    if _DECISION_TO.search(_before(sent, trig.start, 40)):
        return True  # "criticised China's decision to suspend climate talks": another's act, named as an object
    if _ASKED.match(sent.body) and trig.start < sent.text.find(",", sent.start, sent.end):
        return True  # "Asked about Pristina's offer of talks, the director said …": the question, not a statement
    if _ASKED_ABOUT.search(_before(sent, trig.start, 60)):
        return True  # "…, a spokesman said when asked about Eritrea's proposal for talks": what he was asked
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
    if not item.strong and _PASSIVE.search(_before(sent, trig.start, 20)) and not _ARTICLE_BEFORE.search(
        _before(sent, trig.start, 6)
    ) and not (item.subtype == "accusation" and (not form.endswith(("ed", "en")) or form == "violated")):
        # "was ordered onto heightened alert" (not "was a rehearsal for war": a noun, called something; nor "was
        # irresponsible", "are lies": an act or a word judged)
        return True
    if item.subtype == "demand" and not item.verb and form == "demands" and _POSSESSED.search(
        _before(sent, trig.start, 30)
    ) and not _PRESENTED.search(_before(sent, trig.start, 60)) and not _VERB_OBJECT.match(
        sent.text, trig.end, min(sent.end, trig.end + 8)
    ):
        return True  # "if its security demands are ignored": demands made before, referred to
    if item.subtype == "demand" and form.startswith("order") and (
        any(trig.start < m.start <= trig.start + 50 for m in sent.mils)
        or any(t.item.type in (_TROOP, _DRILL) and trig.end <= t.start <= trig.end + 40 for t in sent.trigs)
    ) and not _ordered_foreign_forces(sent, trig.start):
        return True  # "ordered 3,000 troops to Poland": a command to forces, not a diplomatic demand
    if item.subtype == "agreement" and item.verb and _MODAL_PASSIVE.search(_before(sent, trig.start, 24)):
        return True  # "before a peace treaty can be signed": a deal to come, not one made
    if item.subtype == "agreement" and item.verb and _DEAL_BEFORE.search(_before(sent, trig.start, 20)):
        return True  # "a mutual defence treaty signed after the war": the deal named, not a new deal
    lo = _clause(sent, trig.start, trig.end)[0]
    if _ing_form(sent, trig) and sent.text[max(sent.start, lo - 3):lo].rstrip().endswith(","):
        lo = sent.start  # ", accusing …", ", demanding …": the participle's subject opens the sentence
    if _nonstate_speaker(sent, lo, trig.start):
        return True  # "thousands of protesters … demanding", "the movement has called for rallies"
    if _quoted_for(sent, trig, _NONSTATE_SPEAKER) or _quoted_for(sent, trig, _ECONOMIC_SPEAKER):
        return True  # "'We will not accept the result,' the opposition leader said": the speaker after the quote
    if _CALLED_OFF_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + (60 if item.verb else 160))):
        return True  # "a planned meeting … had been shelved"
    if not item.verb and item.subtype == "meeting" and _NOT_YET_AFTER.match(
        sent.text, trig.end, min(sent.end, trig.end + 120)
    ):
        return True  # "a meeting between Putin and Zelensky was unlikely any time soon": no meeting, a guess
    lo = sent.start if not item.strong else _clause(sent, trig.start, trig.end)[0]
    about_forces = item.subtype == "accusation" and any(trig.start <= m.start < trig.end for m in sent.mils)
    if not about_forces and (  # "the energy ministry said Russian troops were still at the plant" accuses
        _ECONOMIC_SPEAKER.search(sent.text, lo, trig.start)
        or _ECONOMIC_SPEAKER.search(sent.text, sent.start, min(trig.start, sent.start + 40))
    ):
        # "the finance ministry warned it could intervene in currency markets"; a sentence opened by one
        # ("Nigeria's central bank said …, and the governor warned …")
        return True
    if form == "demands" and _DEMANDS_OF.match(sent.text, trig.end, min(sent.end, trig.end + 40)):
        return True  # "citing the demands of the war": what a situation requires, not a party's demand
    if item.subtype == "agreement" and not item.verb and _BROKEN_AFTER.match(sent.text, trig.end, sent.end):
        return True  # "truce violated within minutes", "as the new ceasefire falters": a deal broken, not made
    if item.subtype == "agreement" and form.startswith("support") and _SUPPORT_NOT_PLEDGED.search(
        _before(sent, trig.start, 30)
    ):
        return True  # "troops, supported by drones", "relying on foreign support": help received, not pledged
    if item.subtype == "agreement" and form.startswith("sign") and _SIGNED_AT_HOME.match(
        sent.text, trig.start + len(form.split()[0]), sent.end
    ):
        return True  # "signed a disaster declaration", "signed the budget into law": a state's own act, no deal
    if item.subtype == "meeting" and form == "visiting" and _FORCES_AFTER.match(sent.text, trig.end, sent.end):
        return True  # "a joint exercise with visiting US Marines": forces on a visit, no talks
    if item.subtype == "warning" and not item.verb and any(
        t.item.subtype == "denial" and _PLANS_DENIED.search(sent.text, t.start, t.end) and 0 <= trig.start - t.end < 100
        and not _RX_CLAUSE_BREAK.search(sent.text, t.end, trig.start) for t in sent.trigs
    ):
        return True  # "has 'no plans whatsoever' to invade Eritrea or seize the port by force": what is denied
    if item.subtype in ("meeting", "call_for_talks") and _ECONOMIC_TALKS.search(
        sent.text, trig.start, min(sent.end, trig.end + 70)
    ) and not _SECURITY_WORDS.search(sent.body):
        return True  # "hosts EU ministers for talks on steel tariffs": trade talks, not diplomacy over a conflict
    if item.subtype == "meeting" and _DOMESTIC_BODY.search(
        sent.text, _clause(sent, trig.start, trig.end)[0], trig.start
    ):
        return True  # "Pakistan's National Security Committee is due to meet": a government's own body meets
    if item.subtype == "accusation" and form in ("false", "lie", "fabrication") and any(
        t.item.subtype == "denial" and t.start < trig.start for t in sent.trigs
    ):
        return True  # "denied massing troops, calling the reports a fabrication": one denial of its own conduct
    if item.subtype in ("agreement", "meeting") and _DAYS_AFTER.search(_before(sent, trig.start, 90)):
        # "days after the two countries reached an understanding", "weeks after Pashinyan and Aliyev initialled a peace
        # text …": an earlier act as a time anchor
        return True
    if item.subtype == "agreement" and _DEFINITE_DEAL.match(sent.text, trig.start, sent.end):
        return True  # "said the two sides reached the understanding during talks": the deal already told (rule 8)
    if item.subtype == "demand" and form.startswith("order") and (
        _BY_AGENT.match(sent.text, trig.end, sent.end) or _ON_ORDERS.search(_before(sent, trig.start, 12))
    ):
        return True  # "an inspection ordered by the defence minister": a command described, no demand made
    if item.subtype == "demand" and form.startswith("request") and _AT_REQUEST.search(_before(sent, trig.start, 30)):
        return True  # "met at Poland's request": how a meeting came about, not a demand made
    if item.subtype == "accusation" and not item.strong and _ANY_ACT.search(_before(sent, trig.start, 30)):
        return True  # "any reckless provocation will be answered": a condition in a threat, nobody accused
    if (item.subtype == "agreement" or form.startswith("agree")) and _URGED_STEP.search(_before(sent, trig.start, 120)):
        return True  # "urged Baku and Yerevan to return to talks and sign a peace treaty": the call, not a deal
    if item.subtype == "agreement" and not item.verb and _DEAL_CONDITION.search(_before(sent, trig.start, 30)):
        return True  # "once a ceasefire was in place", "until a truce holds": a deal as a condition, not one made
    if item.subtype == "agreement" and not item.verb and _WANTED_DEAL.search(_before(sent, trig.start, 30)):
        return True  # "Russia wanted a ceasefire first": a wish for a deal, not one made
    if item.subtype == "agreement" and _EXITED.search(_before(sent, trig.start, 60)):
        return True  # "after Moscow quit a UN-brokered export deal": leaving a deal, not making one
    if item.subtype == "meeting" and item.verb and _MEET_TARGET.match(
        sent.text, trig.end, min(sent.end, trig.end + 40)
    ):
        return True  # "struggle to meet their pledges": meeting a target, not a counterpart
    if item.subtype == "warning" and _NATURAL_HAZARD.search(sent.text, trig.end, min(sent.end, trig.end + 80)):
        return True  # "an advisory warned of a heightened risk of a major earthquake"
    if _speculating_speaker(sent, trig):
        return True  # "a former army chief, writing in a newspaper, argued … warning that …"
    if item.subtype == "agreement" and form.startswith("agreed") and _AGREED_THING.match(
        sent.text, trig.end, min(sent.end, trig.end + 20)
    ):
        return True  # "pulled troops back to agreed positions", "beyond agreed limits": a deal's terms, no deal made
    if item.subtype == "agreement" and (
        _ECONOMIC_DEAL.search(sent.text, max(sent.start, trig.start - 30), min(sent.end, trig.end + 60))
    ) and not _SECURITY_DEAL.search(sent.body):
        return True  # "an agreement with bondholders", "a staff-level agreement with the IMF": lenders, no party
    if item.subtype == "agreement" and _PROCUREMENT.match(sent.text, trig.end, min(sent.end, trig.end + 110)):
        return True  # "signed a contract to buy 96 helicopters": an arms purchase, not a deal between parties
    if item.subtype == "agreement" and form.startswith("pledg") and _PLEDGED_FORCES.match(
        sent.text, trig.end, min(sent.end, trig.end + 80)
    ):
        return True  # "Benin pledged 800 troops to the task force", "pledges loyalty": a contribution or an oath
    if _body_has(sent, _PROTEST) and (not item.verb or _PURPOSE_TO.search(_before(sent, trig.start, 12)) or (
        # "Thousands marched through Belgrade demanding the government's resignation": the marchers' participle
        _ing_form(sent, trig) and _PROTEST.search(sent.text, max(sent.start, trig.start - 80), trig.start)
        and not _ANOTHER_CLAUSE.search(sent.text, max(sent.start, trig.start - 80), trig.start)
    )):
        return True  # protesters' slogans, "marched to demand…": not statements of a state
    if item.subtype == "warning" and _in_object_of(sent, trig, ("agreement",)):
        return True  # "agreed that neither side would threaten or use force": the content of a deal
    if not denied and item.subtype not in ("rejection", "denial") and _in_object_of(
        sent, trig, ("rejection", "denial")
    ):
        return True  # "rejected Moscow's demand", "turned down an offer of mediation": the object
    if item.subtype not in ("call_for_talks", "demand") and _in_object_of(
        sent, trig, ("demand",), lambda other: _statement_subtype(sent, other)
    ) and not (item.subtype == "warning" and _OR_ELSE.search(_before(sent, trig.start, 90))):
        return True  # what is demanded; but "…, or it would be forced to take countermeasures" threatens
    if item.subtype == "call_for_talks" and _addressed_call(sent, trig):
        return True  # "appealed to Israel and Iran to step back from the abyss": the call is the appeal's, not theirs
    if item.subtype == "meeting" and not item.verb and _in_object_of(
        sent, trig, ("demand",), lambda other: "demand" if other.item.subtype == "demand" else None
    ):
        return True  # "asked for an emergency session": the meeting asked for (a call for talks), not one held
    lo, _ = _clause(sent, trig.start, trig.end)
    before = sent.text[max(lo, trig.start - 60):trig.start]
    if _MODAL.search(before):
        if not item.verb and item.subtype in ("call_for_talks", "denial", "rejection", "accusation", "demand"):
            return False  # "could only be settled through dialogue" is still a call for talks
        # A leader's warning about a possible action is still a warning when somebody says it.
        return not (item.subtype == "warning" and _governing_speech(sent, trig.start, statements=True))
    if item.subtype == "agreement" and not item.strong and _DISCUSSED.search(_before(sent, trig.start, 40)):
        return True  # "met … to discuss a ceasefire", "under a deal signed in March": no new deal
    the = _THE_BEFORE.search(_before(sent, trig.start, 12)) if not item.strong else None
    if the and not ((form.endswith("ed") or form in ("violates", "undermines")) and the.group(0).count(" ") > 1):
        return True  # "the 2021 ceasefire", "the deal": an existing thing ("the launch violated": a verb)
    return False


def _addressed_call(sent: Sentence, trig: Mention) -> bool:
    """A call for talks inside what an earlier verb asks of parties it names ("urged Thailand and Cambodia to
    exercise restraint"): those parties are asked, they call for nothing; the asking verb is the call."""
    named = [e.start for e in sent.ents if e.item.code and e.start < trig.start]
    if not named:
        return False
    return _in_object_of(
        sent, trig, ("demand", "call_for_talks"),
        lambda other: _statement_subtype(sent, other) if other.item.verb and any(
            other.end <= at for at in named
        ) else None,
    )


# Patterns of `_meeting_partners`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_TITLE_AFTER_NAME = re.compile(
    r"\.?\s+(?:(?:foreign|defen[cs]e|deputy|vice|interior|home|acting)\s+)?(?:president|prime minister|premier|"
    r"chancellor|counterparts?|minister|secretary|envoy|ambassador|delegation|king|emir|leader|officials?|"
    r"army chief)\b",
    re.I,
)
_RX_MEETING_PARTNERS_1 = re.compile(r"\b(in|at|to|into|from|near|on)\s+(?:the\s+)?$", re.I)
# (a first person's partner too: "I met my Japanese counterpart"; and a pair: "spoke with both Putin and Zelensky")
_RX_MEETING_PARTNERS_2 = re.compile(
    r"\bwith\s+(?:both\s+)?(?:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
_RX_MEETING_PARTNERS_3 = re.compile(
    r"\s*(?:both\s+)?(?:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+|an?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}"
)
# "hosted his counterparts from Estonia", "spoke with the foreign ministers of India": the parties of a group met
_PARTNERS_OF = re.compile(
    r"\s*(?:with\s+)?(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:counterparts|ministers|leaders|"
    r"delegations|envoys|presidents|heads of state|chiefs|army chiefs|defen[cs]e chiefs|negotiators)\s+(?:of|from)\s+"
    r"(?:the\s+)?"
)
_PARTNERS_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# From one partner to the next: the rest of the first one's title and name, "and", the next ("… S. Jaishankar and
# Pakistani Prime Minister …"); or two demonyms joined ("his Armenian and Azerbaijani counterparts").
_TITLE_AND_NAME = r"(?:[^,;:.()]|\.(?=\s+[A-Z]))*"  # words and initials of one partner's title and name, no clause mark
_AND_PARTNER = re.compile(_TITLE_AND_NAME + r"?\s+and\s+(?:the\s+|his\s+|her\s+)?")
_JOINED_DEMONYMS = re.compile(r"\s+and\s+")
_CALL_FROM = re.compile(r"\bcalls?\s+from\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
_OTHER_WITH = re.compile(
    r"\b(?:amid|despite|over|because|while|following|tensions?|disputes?|rows?|standoff|stand-off|war|conflict|"
    r"border|frontier|clashes|ties|relations|trade)\s+(?:\w+\s+){0,3}?with\b",
    re.I,
)
_SAME_PARTNER = re.compile(_TITLE_AND_NAME)


def _meeting_partners(sent: Sentence, trig: Mention, with_only: bool = False) -> list[str]:
    """Who was met or agreed with: "met Chinese Foreign Minister Wang Yi", "talks with President Zelensky",
    "met his Philippine counterpart", "a treaty with Moscow"; a visited country is a place, not a partner."""
    text = sent.text
    out = []
    _, hi = _clause(sent, trig.start, trig.end)
    listed_end = None  # end of the last party of a group met: "counterparts from Estonia, Latvia and Lithuania"
    met_end = None  # end of the last partner named: "with India's foreign minister and Pakistan's prime minister"
    for ent in sent.ents:
        if not ent.item.code or ent.start < trig.end:
            continue
        if listed_end is not None and _PARTNERS_LISTED.fullmatch(text, listed_end, ent.start):
            out.append(ent.item.code)
            listed_end = ent.end
            continue
        listed_end = None
        if met_end is not None and ent.start < hi and _AND_PARTNER.fullmatch(text, met_end, ent.start) and (
            _OFFICIAL.search(text, ent.end, ent.end + 25) or _JOINED_DEMONYMS.fullmatch(text, met_end, ent.start)
        ):
            out.append(ent.item.code)  # the next official after "and", or "his Armenian and Azerbaijani counterparts"
            met_end = ent.end
            continue
        if met_end is not None and out and ent.item.code == out[-1] and _SAME_PARTNER.fullmatch(
            text, met_end, ent.start
        ):
            met_end = ent.end  # "Indian External Affairs Minister S. Jaishankar": the partner's own name
            continue
        met_end = None
        if not ent.start < min(hi, trig.end + 60):
            continue
        gap = text[trig.end:ent.start]
        if not with_only and trig.item.verb and _PARTNERS_OF.fullmatch(gap):
            out.append(ent.item.code)
            listed_end = ent.end
            continue
        if (_RX_MEETING_PARTNERS_1.search(gap) and not _CALL_FROM.search(gap)) or _OTHER_WITH.search(gap):
            continue  # a place (not "a telephone call from the Iranian president"); or "amid rising tensions with
            # Ethiopia": a "with" of another phrase
        # "spoke with Pakistan's army chief": the trigger's own "with" introduces the partner
        after_with = _RX_MEETING_PARTNERS_2.search(gap) or _CALL_FROM.search(gap) or (
            trig.item.verb and text.endswith("with", trig.start, trig.end) and _RX_MEETING_PARTNERS_3.fullmatch(gap)
            and not _DETERMINER_NOUN.search(_before(sent, trig.start, 30))  # "the indirect talks with": a noun
        )
        direct = not with_only and _RX_MEETING_PARTNERS_3.fullmatch(gap)
        if not (after_with or direct):
            continue
        kind = ent.item.kind
        if kind == "demonym" and not _OFFICIAL.search(text[ent.end:ent.end + 40]):
            continue
        if kind in ("country", "capital") and not after_with and not (
            text.startswith(("'s ", "’s "), ent.end) and _OFFICIAL.search(text, ent.end, ent.end + 40)
            or _TITLE_AFTER_NAME.match(text, ent.end, ent.end + 40)  # "met the US president", "his U.S. counterpart"
        ):
            continue  # "visited Tokyo": the place of the visit ("met Pakistan's army chief" names a party)
        out.append(ent.item.code)
        met_end = ent.end
    return out


def _nominal_subject(sent: Sentence, trig: Mention, ctx: ArticleContext) -> tuple[str | None, bool]:
    """Who voices a statement noun with no attribution: the clause subject, or the quoted speaker."""
    ent = _first_subject(sent, trig)
    if ent is not None:
        return ent.item.code, False
    if _in_quote_only(sent) and ctx.speaker:
        return ctx.speaker, True
    return None, True


_DOMESTIC_MEETING = re.compile(
    # "a meeting of the cabinet"; "convened his National Security Council" (the body as the verb's object)
    r"(?:[^,;.]*?\b(?:of|with)\s+|\s+)(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:cabinet|" + _GOVERNMENT_BODIES + r"|generals|commanders|military chiefs|top brass|advisers|aides|"
    r"party leadership|chief ministers|governors|political parties|all political parties|lawmakers|"
    r"opposition leaders|regional leaders|party leaders)\b",
    re.I,
)
_FINITE_CLAIM = re.compile(
    r"\b(?:were|was|had|has|have|is|are|would not|will not|did not|remained|remain|remains|stayed|continued)\b", re.I
)
_GUEST = re.compile(
    r"[^,;.]*?\b(minister|president|premier|leader|delegation|counterpart|king|queen|emir|prime|chancellor|envoy|"
    r"talks|summit|meeting|secretary|chief|crown prince|sheikh)(?:s|es)?\b",
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


def _statement_location(sent: Sentence, trig: Mention, actors: list[str]) -> str | None:
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


def _is_statement_place(sent: Sentence, ent: Mention, subtype: str) -> bool:
    """Whether an entity names the place a statement is about (a meeting: where it was held)."""
    key = ("stmt_place", ent.start, subtype)
    if key in sent.cache:
        return sent.cache[key]
    ok = _statement_place_test(sent, ent, subtype)
    sent.cache[key] = ok
    return ok


def _statement_place_test(sent: Sentence, ent: Mention, subtype: str) -> bool:
    if BROKER_AFTER.match(sent.text, ent.end, ent.end + 14):
        return False  # "in Saudi-brokered deal", "at the US-hosted talks": who brokered or hosted, not a place
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


# Talks that took place, told as the setting of what the parties agreed: "After talks in Moscow, …", "Meeting in St
# Vincent, …", "… after 12 hours of talks in Ohrid", "… after an 11-hour meeting".
_MEETING_SETTING = GatedPattern(
    re.compile(
        r"\b(?:after|following|at the end of)\s+(?:(?:more than|nearly|almost|some|about|over)\s+)?"
        r"(?:(?!talks\b)[\w-]+\s+){0,4}?"
        r"(?:talks|negotiations|consultations|summit|meeting|(?:phone|telephone|video) call)\b"
        # "After a 90-minute call, the two presidents agreed …" (not "after a call for restraint")
        r"|\b(?:after|following)\s+(?:an?|their|the)\s+(?:[\w-]+\s+){0,2}?call\b(?!\s+(?:for|to|by|from)\b)"
        # "agreed to disengage after their foreign ministers met in Moscow" (a headline's "meet" too)
        r"|\b(?:after|following)\s+(?:their\s+|the\s+|two\s+|both\s+)?(?:[\w-]+\s+){0,3}?(?:ministers|leaders|"
        r"presidents|premiers|commanders|envoys|delegations|chiefs|negotiators)\s+(?:met|meet|talked|held\s+talks)\b"
        # "NATO leaders meeting in The Hague agreed …", "… foreign ministers, meeting on the sidelines of …, agreed"
        r"|\b(?:leaders|ministers|chiefs|delegations|delegates|envoys|presidents|premiers|negotiators|commanders|"
        r"heads of state and government)\s*,?\s+meeting\s+(?:in|at|on the sidelines)\b",
        re.I,
    ),
    ("talks", "negotiations", "consultations", "summit", "call", "meeting", " met", "meet"),
)
# The talks a sentence opens with as its setting (matched at the sentence's start): "Meeting in Ankara, …", "Meeting on
# the sidelines of …", "At talks in Luanda, …", "At their first summit, in Singapore, …".
_OPENING_SETTING = re.compile(
    r"\W*(?:meeting\s+(?:face to face\s+|face-to-face\s+)?(?:in|at|on the sidelines)\s"
    # ("At the Argyle meeting, …": a meeting the article told before, rule 8)
    r"|(?:at|during)\s+(?!the\s)(?:their\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:talks|summit|meeting|negotiations)\b"
    r"(?!\s+(?:of|on)\s+(?:the\s+)?(?-i:[A-Z])))",
    re.I,
)
# Words said in the course of a call or after it: "warned Putin … during a two-hour video call", "In hotline call,
# … agree to halt all firing", "Speaking after a telephone call with Xi, …": whoever speaks there took part.
_SPOKEN_IN_TALKS = GatedPattern(
    re.compile(
        r"\b(?:in|during)\s+(?:an?\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:phone|telephone|hotline|video)\s+(?:call|conversation)\b"
        # "told US envoy Witkoff during their meeting in Jerusalem"
        r"|\bduring\s+their\s+(?:[\w-]+\s+)?(?:meeting|talks)\b"
        r"|\bafter\s+(?:an?\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:phone|telephone|video)\s+)?call\s+with\b",
        re.I,
    ),
    ("call", "conversation", "meeting", "talks"),
)


def _with_meeting_setting(sent: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """The parties to an agreement met, when the sentence tells the talks as its setting; whoever speaks in the
    course of a call took part in it."""
    stated = [
        c for c in cands
        if c.type == _STATEMENT and c.actor
        and (c.assertion in ("reported", "claimed") or c.subtype == "call_for_talks")  # (agreed in a call to meet)
    ]
    if not stated:
        return cands
    setting = _SPOKEN_IN_TALKS.search(sent.text, sent.start, sent.end)
    if setting is None:
        stated = [
            c for c in stated
            if c.subtype == "agreement" or c.subtype == "call_for_talks" and sent.text.startswith("agree", c.start)
        ]
        if not stated:
            return cands
        setting = _MEETING_SETTING.search(sent.text, sent.start, sent.end) or _OPENING_SETTING.match(
            sent.text, sent.start, sent.end
        )
        if setting is None:
            return cands
    # the setting's own "meet" is the talks held, not talks still to come ("… after foreign ministers meet in Moscow")
    cands = [c for c in cands if not (c.subtype == "call_for_talks" and setting.start() <= c.start < setting.end())]
    met = {c.actor for c in cands if c.subtype == "meeting"}
    for c in stated:
        if c.actor not in met:
            met.add(c.actor)
            cands.append(Candidate(_STATEMENT, "meeting", c.actor, None, None, "reported", c.claimant, True,
                                   setting.start(), actor_weak=c.actor_weak, claimant_weak=c.claimant_weak))
    told = _told_in_call(sent, setting.start()) if setting.re is _SPOKEN_IN_TALKS.regex else None
    if told is not None and told not in met:
        # "Biden warned Putin in a video call": the party spoken to was on the call too
        first = stated[0]
        cands.append(Candidate(_STATEMENT, "meeting", told, None, None, "reported", first.claimant, True,
                               setting.start(), claimant_weak=first.claimant_weak))
    return sorted(cands, key=lambda c: c.start)


# The party a speaker addressed, named right before the call the words were said in: "warned Putin in a video call",
# "told Mr. Putin during a call", "told his French counterpart in a phone call".
_ADDRESSEE = re.compile(
    r"\b(?:told|warned|assured|informed|urged|pressed|reminded|cautioned|asked)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?:his|her|their)\s+)?$"
)
_ADDRESSEE_GAP = re.compile(r"(?:\s+counterparts?)?\s*$")


def _told_in_call(sent: Sentence, setting: int) -> str | None:
    """The state addressed by a speaker's verb just before the call it was said in, if one is named there."""
    ent = next((e for e in reversed(sent.ents) if e.end <= setting), None)
    if ent is None or not ent.item.code or not _ADDRESSEE_GAP.match(sent.text, ent.end, setting):
        return None
    if not _ADDRESSEE.search(sent.text, max(sent.start, ent.start - 40), ent.start):
        return None
    return ent.item.code


# Between a meeting and the deal struck at it: "met in Ankara, where they agreed", "held talks …, agreeing to", "met …
# and agreed", a headline's "meet in St Vincent, agree".
_MET_AND_AGREED = re.compile(
    r"[^.;:]{0,160}?(?:,\s*where\s+(?:they|the\s+two(?:\s+\w+)?|both(?:\s+sides)?)\s+|,\s*|\s+and\s+(?:later\s+|then\s+)?)",
    re.I,
)


# Talks held under a third party: "at talks hosted by Malaysian Prime Minister Anwar Ibrahim", "for talks hosted by
# European Council President Charles Michel", "after talks in Kuala Lumpur hosted by Malaysia's prime minister".
_HOSTED_BY = GatedPattern(
    re.compile(
        r"\b(?:talks|negotiations|meetings?|summit|consultations|discussions)\s+(?:(?:in|at)\s+(?:[A-Z][\w'’-]*\s+){1,3})?"
        r"(?:co-)?(?:hosted|chaired|convened|mediated|brokered)\s+by\s+(?:the\s+)?"
    ),
    ("hosted by", "chaired by", "convened by", "mediated by", "brokered by"),
)


def with_talks_host(sent: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """The party that hosted or chaired talks the sentence tells as held took part in them too."""
    met = [c for c in cands if c.subtype == "meeting" and c.actor and c.assertion in ("reported", "claimed")]
    if not met:
        return cands
    host = _HOSTED_BY.search(sent.text, sent.start, sent.end)
    if host is None:
        return cands
    ent = next((e for e in sent.ents if host.end() <= e.start <= host.end() + 40 and e.item.code), None)
    if ent is None or "," in sent.text[host.end():ent.start] or ent.item.code in {c.actor for c in met}:
        return cands
    first = met[0]
    cands.append(replace(first, actor=ent.item.code, actor_weak=False, start=host.start()))
    return sorted(cands, key=lambda c: c.start)


def _agreed_by_those_met(sent: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """A deal struck at a meeting told just before it is every met party's (rule 7): "Vietnam and China held border
    talks in Hanoi, agreeing to …" gives both an agreement, not only the first."""
    meetings = [c for c in cands if c.subtype == "meeting" and c.actor and c.assertion == "reported"]
    deals = [c for c in cands if c.subtype == "agreement"]
    if len(meetings) < 2 or not deals:
        return cands
    met = {c.actor for c in meetings}
    first = min(c.start for c in meetings)
    for deal in deals:
        # ("held the 24th round of talks in New Delhi, agreeing to …": a deal with no subject named is theirs too)
        if deal.actor is not None and deal.actor not in met or deal.start <= first:
            continue
        if not sent.text.startswith(("agree", "sign", "pledg"), deal.start) or not _MET_AND_AGREED.fullmatch(
            sent.text, first, deal.start
        ):
            continue
        if deal.actor is None:
            cands.remove(deal)
        have = {c.actor for c in cands if c.subtype == "agreement"}
        cands.extend(replace(deal, actor=code, actor_weak=False) for code in sorted(met - have))
        break
    return sorted(cands, key=lambda c: c.start)


# A movement the parties agreed to make: "agreed on Friday to withdraw their forces", "… and to pull their units back".
_AGREED_TO = re.compile(
    r"\bagree(?:d|s)?\s+(?:(?:on|late on|early on)\s+\w+day\s+|\w+ly\s+|in principle\s+)?to\s+(?:[\w-]+\s+)?$"
    r"|\bagree(?:d|s)?\s+[^.;]{0,80}?\band\s+to\s+$"
    r"|\bagree(?:d|s)?\s+(?:on|to)\s+(?:an?\s+|the\s+)?[\w-]+\s+and\s+(?:an?\s+|the\s+)?$",  # "on a truce and a"
    re.I,
)


def _agreed_moves(sent: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """Forces that the parties of an agreement agreed to move are theirs, and the move is to come: one planned
    movement per party ("Sudan and South Sudan agreed to withdraw their forces …, the UN mission said": withdrawals
    of SDN and SSD, planned, told by the UN, not a UN withdrawal). A move already read for a party is kept as read;
    the other parties get the same move."""
    deals = [c.actor for c in cands if c.subtype == "agreement" and c.actor]
    if not deals:
        return cands
    out: list[Candidate] = []
    for c in cands:
        if c.type == _STATEMENT or not _AGREED_TO.search(sent.text, max(sent.start, c.start - 120), c.start):
            out.append(c)
            continue
        if c.actor in deals or c.actor != c.claimant:
            # a party's move as read, still to come; only the teller's own "move" (the UN's, Malaysia's) was misread
            out.append(replace(c, assertion="planned") if c.actor in deals and c.assertion == "claimed" else c)
        for party in deals:
            if party != c.actor and not any(o.type == c.type and o.subtype == c.subtype and o.actor == party
                                            for o in [*out, *cands]):
                out.append(replace(c, actor=party, actor_weak=False, assertion="planned"))
    return out


def _accused_or_accuser(cands: list[Candidate]) -> list[Candidate]:
    """One word read both as a denial and as an accusation ("a figure Pyongyang called 'groundless'"): the party
    whose reported act it answers denies; any other party disputes another's claim, which accuses."""
    denials = {(c.start, c.actor) for c in cands if c.subtype == "denial"}
    accusations = {(c.start, c.actor) for c in cands if c.subtype == "accusation"}
    both = denials & accusations
    if not both:
        return cands
    answered = {c.actor for c in cands if c.type != _STATEMENT and c.claimant != c.actor}
    return [
        c for c in cands
        if (c.start, c.actor) not in both
        or c.subtype == ("denial" if c.actor in answered else "accusation")
        or c.subtype not in ("denial", "accusation")
    ]


# The other side's word set against a claim just told: "…, but Taipei said …", "…, but two Indian officers insisted …".
_TOLD_AS_DONE = ("claimed", "reported", "disputed")
# Who contests a claim just told: "a claim (that) NATO called …", "was contested by …", "a claim disputed by …".
_DISPUTER = re.compile(
    r"\b(?:a|the)\s+(?:claim|statement|announcement|figure|account)\s+(?:that\s+)?"
    r"(?=(?:[\w'’.-]+\s+){1,6}?(?:called|dismissed|disputed|contested|rejected|questioned|doubted|"
    r"said\s+(?:[\w'’-]+\s+){0,4}?(?:not|no|false|untrue|doubted|exaggerated|baseless)))\b"
    r"|\b(?:contested|disputed|questioned|challenged|rejected|dismissed)\s+by\s+",
    re.I,
)
_FIGURE_CUE = re.compile(r"(?:a|the)\s+figure\b", re.I)
_BUT_SPEAKER = re.compile(r"[,;]\s+(?:but|yet)\s+(?:[^\s,;:]+\s+){0,8}$", re.I)


# An act named as its actor's claim (`movements.CLAIMED_BEFORE`) judged false in the same sentence ("… as a ruse",
# "… was a deception"): the claim disputed, the judge's accusation (rule 4).
_JUDGED_FALSE = re.compile(
    r"\b(?:ruse|deception|deceptive|sham|bluff|charade|smokescreen|trick|fake|fiction|fabricat\w+|false|untrue|lie|"
    r"lies|propaganda|theatre|theater|not\s+(?:genuine|real|true)|no\s+(?:sign|evidence))\b",
    re.I,
)


def _judged_claims(sent: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """"Kyiv dismisses Moscow's claimed pull-back from Dnipro islands as a ruse": the pull-back is Moscow's claim,
    disputed, and Kyiv accuses (rule 4; as the seed's "the US says the claim is false")."""
    for claim in [c for c in cands if c.type == _TROOP and c.actor]:
        if not CLAIMED_BEFORE.search(sent.text, max(sent.start, claim.start - 40), claim.start):
            continue
        if not _JUDGED_FALSE.search(sent.text, claim.start, sent.end):
            continue
        judge = next((e for e in sent.ents if e.item.code and e.item.code != claim.actor and e.start < claim.start
                      and e.item.kind in ("country", "capital", "institution", "leader", "organisation")), None)
        if judge is None:
            continue
        claim.assertion, claim.claimant = "disputed", claim.actor
        if not any(c.type == _STATEMENT and c.actor == judge.item.code for c in cands):
            cands.append(Candidate(_STATEMENT, "accusation", judge.item.code, None, None, "reported", judge.item.code,
                                   True, judge.start))
    return sorted(cands, key=lambda c: c.start)


def _rebutted_claims(sent: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """A party's account of a military act answered by another party's word after "but" disputes it (rule 4): "China's
    military said its warships had pulled back …, but Taipei said several vessels remained" gives Taiwan's
    accusation, and the account it answers is disputed."""
    cands = _judged_claims(sent, cands)
    told = [c for c in cands if c.type != _STATEMENT and c.claimant and c.assertion in _TOLD_AS_DONE]
    if not told:
        return cands
    for claim in told:
        # "…, a claim NATO called 'not credible'", "… was contested by the Armenian defence ministry"
        for cue in _DISPUTER.finditer(sent.text, claim.start, sent.end):
            who = next((e for e in sent.ents if cue.end() <= e.start < cue.end() + 50 and e.item.code), None)
            # "… had massed more than 120,000 troops …, a figure Kyiv called absurd": a count of one's own forces
            # disputed is a charge against the count's author, not a denial (and the count is disputed)
            own_count = who is not None and who.item.code == claim.actor != claim.claimant and bool(
                _FIGURE_CUE.match(sent.text, cue.start())
            )
            if who is None or who.item.code in (claim.actor, claim.claimant) and not own_count:
                continue  # ("a claim Moscow called 'absurd'": the actor's own denial)
            if own_count:
                for c in cands:
                    if c.type == _STATEMENT and c.actor == who.item.code and c.subtype == "denial":
                        c.subtype = "accusation"
            if not any(c.type == _STATEMENT and c.actor == who.item.code for c in cands):
                cands.append(Candidate(_STATEMENT, "accusation", who.item.code,
                                       None if own_count else claim.location or claim.actor, None, "reported",
                                       who.item.code, True, cue.start()))
            elif not own_count:
                continue
            if claim.assertion == "claimed" or own_count and claim.assertion == "reported":
                claim.assertion = "disputed"
            break
    for speech in sent.speeches:
        code = speech.code
        if code is None or speech.statement or speech.trailing:
            continue
        claims = [c for c in told if c.start < speech.start and code not in (c.claimant, c.actor)]
        if not claims:
            continue
        claim = claims[-1]
        if not _BUT_SPEAKER.search(sent.text, claim.start, speech.start):
            continue
        answers = [c for c in cands if c.type == _STATEMENT and c.actor == code]
        if answers:
            denied = [c for c in cands if c.type != _STATEMENT and c.actor == code and c.assertion == "denied"
                      and c.subtype == claim.subtype]
            if len(answers) != 1 or answers[0].subtype != "denial" or not denied:
                continue  # the answer is read already (an accusation, a denial, a warning of its own)
            # "…, but Yerevan said no withdrawal had taken place": the other party's act is denied, not Yerevan's own
            answers[0].subtype = "accusation"
            cands = [c for c in cands if c not in denied]
        else:
            cands.append(Candidate(
                _STATEMENT, "accusation", code, claim.location or claim.actor, None, "reported", code, True,
                speech.start,
            ))
        if claim.assertion == "claimed":
            claim.assertion = "disputed"
    return sorted(cands, key=lambda c: c.start)
