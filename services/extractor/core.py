"""Extraction engine: article text → typed events (pure: no Kafka, no clock, no I/O beyond data files)."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from datetime import datetime

from schemas.articles import RawArticle
from schemas.events import Event, EventCore, Evidence
from services.extractor.attribution import Speech, find_speeches
from services.extractor.clauses import (
    _STATEMENT,
    _TROOP,
    _YEAR,
    ArticleContext,
    Candidate,
    Sentence,
    _background_words,
    _clause,
    _in_quote_only,
    _is_background_sentence,
    _modifier,
    _requires_met,
    _scan,
    _subject_before,
    buildup_at_a_place,
)
from services.extractor.construct import Builder
from services.extractor.matcher import Mention, find_mentions
from services.extractor.movements import _DATE_NOW, _PULLBACK_NOUNS, _military, withdrawal_from_a_state
from services.extractor.passive import passive_clauses, with_meeting_parties, with_passive_agents
from services.extractor.sentences import split_sentences
from services.extractor.statements import (
    _accused_or_accuser,
    _agreed_by_those_met,
    _agreed_moves,
    _rebutted_claims,
    _statement,
    _statement_subject,
    _with_meeting_setting,
    with_talks_host,
)
from services.extractor.triggers import VISIT_ARRIVAL, _add_pattern_triggers

# 1.28.0: an unnamed subject that is no state's gives no event; the party spoken to in a call, a talks host, joiners
# 1.29.0: air and sea movements (flights, transits, port calls, joint patrols), relative clauses after a titled head
# 1.30.0: visits and calls held, meetings at home dropped, missiles by designator, habits and dated visits as
# background, acts judged by an adjective as charges, relief at home no deployment, leaders of 38 more states
# 1.31.0: departures for a mission deploy; acts yet to happen or only likely, and named wars, as no event; red alert,
# war footing, theatre commands and ground units; exercises begun by a state; movements and conferences as no state
# 1.32.0: conditional threats, denied and scheduled meetings, imperative quotes, yes/no questions, claims judged false;
# six probes read (see tests/data/README.md)
# 1.33.0: conditional moves and defence vowed as warnings, war disowned, charges rejected, meetings called off,
# envoys summoned over an act, drills that name nobody, finished drills, deals behind moves; six probes read
EXTRACTOR_VERSION = "1.33.0"


# Trusted-value constructors (same result as `model_construct`, built per event so kept cheap).
_BUILD_EVENT = Builder(Event)
_BUILD_EVENT_CORE = Builder(EventCore)
_BUILD_EVIDENCE = Builder(Evidence)


# Confidence: a trigger's base score minus penalties for weak cues (documented in README of the
# extractor and in `_confidence`).
_BASE_STRONG, _BASE_WEAK = 0.9, 0.65
_WEAK_PRIORITY = {"buildup": 0, "withdrawal": 1, "mobilization": 2, "deployment": 3}


def extract_text(text: str, published_at: datetime | None = None) -> list[EventCore]:
    """Events read from `text` (a whole article or one sentence); evidence offsets index into `text`.

    `published_at` dates the text so that earlier years read as background; without it any explicit
    year in a clause marks it as background unless the clause is about the future.
    """
    return [_to_event(sent, c) for sent, c in _candidates(text, published_at)]


# A headline's source before a colon: one to four words, a capital first ("Seoul:", "Polish PM:", "ROK military:").
_COLON_SOURCE = re.compile(r"\W*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}:\s")
_DASH_SOURCE = re.compile(r"\s[-–—]\s+((?:[\w.'’-]+\s+){0,4}[\w.'’-]+)\W*$")
_SOURCE_WORD = re.compile(
    r"\b(?:ministry|military|army|navy|forces|spokes\w+|agency|state media|state TV|command|"
    r"staff|government|president|minister|Kremlin|Pentagon|KCNA|Xinhua|TASS)\b",
    re.I,
)
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Z][a-z]+))?"
    r"(?:\s+\([^)]{1,40}\))?\s+[—–-]{1,2}\s+"
)


# A wire's slug, a live blog's timestamp or a bullet before the story's own words: "BREAKING: …", "UPDATE 1-…", "08:50 —
# …", "• …", "Caption: …". What follows is read as if it opened the sentence.
_WIRE_SLUG = re.compile(
    r"(?:(?:BREAKING(?:\s+NEWS)?|UPDATED?|LIVE|FLASH|URGENT|EXCLUSIVE|ALERT|CORRECTED|BULLETIN|DEVELOPING|JUST\s+IN|"
    r"CAPTION|PHOTO|Breaking(?:\s+news)?|Live|Update|Updated|Caption|Photo)\s*[:|]\s*"
    r"|(?:UPDATE|WRAPUP)\s*\d+\s*-\s*"
    r"|[•·▪►]\s*"
    r"|\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|CEST|EST|EDT|ET|BST|IST|local(?:\s+time)?))?\s*[:—–-]+\s*)+"
)


_GENRE_LABEL = re.compile(
    r"\W*(?:Explainer|Explained|Analysis|Feature|Opinion|Comment|Editorial|Factbox|Fact box|Fact check|Q&A|Timeline|"
    r"Profile|"
    r"Interview|Column|Review|Flashback|Obituary|Looking back|Long read|In pictures|Podcast|On this day)\s*[:|—–-]\s"
)


# A definite event noun opening the sentence, with a relative clause that retells it: "The ceasefire, which the two
# sides agreed in Doha last month, has largely held", "The missile, which was fired on Tuesday, flew …".
_TOLD_BEFORE = re.compile(
    r"\W*(?:The|This|That|These|Those)\s+(?:[\w'’-]+\s+){0,5}?(?:withdrawal|pull-?out|pull-?back|drawdown|ceasefire|"
    r"truce|deal|agreement|accord|drills?|exercises?|manoeuvres|maneuvers|war games|missiles?|launch(?:es)?|tests?|"
    r"deployment|mobili[sz]ation|build-?up|call-?up|talks|meeting|summit|visit|demand|ultimatum|offer|proposal),\s+"
    r"((?:which|that)\b[^,;:.]*),"
)


# An act counted among others of its kind, opening the sentence: "It was the North's first intercontinental launch in
# nearly a year", "This was Beijing's fourth such drill this year"; group 1 is the counted noun phrase.
_NTH_ONE = re.compile(
    r"\W*(?:It|This|That)\s+(?:was|is|marks|marked|became)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.'’-]*['’]s\s+)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\b([^,;:]*)"
)


def _candidates(text: str, published_at: datetime | None) -> list[tuple[Sentence, Candidate]]:
    """Every resolved event candidate of the text with its sentence, in text order."""
    found = find_mentions(text)
    ents, trigs, mils, cues = found["ent"], found["trig"], found["mil"], found["cue"]
    # Start offsets, bisected for each sentence's window of mentions (inlined: four windows a sentence).
    e_at, t_at, m_at, c_at = ([m.start for m in ms] for ms in (ents, trigs, mils, cues))
    ctx = ArticleContext()
    year = published_at.year if published_at else None
    out: list[tuple[Sentence, Candidate]] = []
    for s0, s1 in split_sentences(text):
        slug = _WIRE_SLUG.match(text, s0, s1)
        if slug and slug.end() < s1:
            s0 = slug.end()  # "BREAKING: Putin announces …": the story opens after the slug
        dateline = _DATELINE.match(text, s0, s1)
        if dateline:
            s0 = dateline.end()  # "TAIPEI, Oct 14 (Agency) — …": where the story was filed names no party
        last = s1 - 1
        sent = Sentence(
            text, s0, s1,
            ents[bisect_left(e_at, s0):bisect_right(e_at, last)],
            trigs[bisect_left(t_at, s0):bisect_right(t_at, last)],
            mils[bisect_left(m_at, s0):bisect_right(m_at, last)],
            cues[bisect_left(c_at, s0):bisect_right(c_at, last)],
        )
        if not (sent.trigs or sent.cues):
            _add_pattern_triggers(sent)  # a construction with a gap can stand alone: "North fires ballistic missile"
        if (sent.trigs or sent.cues) and _GENRE_LABEL.match(text, s0, s1):
            sent.trigs = []  # "Explainer: What a partial mobilisation would mean": a feature's title tells no act
        nth = _NTH_ONE.match(text, s0, s1) if sent.trigs else None
        if nth is not None:
            # "It was the North's first ballistic missile launch since January": the act just told, counted (rule 8)
            sent.trigs = [t for t in sent.trigs if not nth.start(1) <= t.start < nth.end(1)]
        told = _TOLD_BEFORE.match(text, s0, s1) if sent.trigs else None
        if told is not None:
            # "The withdrawal, which Moscow announced last week, was …": the relative clause retells the event the
            # sentence refers back to (rule 8); its verbs tell nothing new
            sent.trigs = [t for t in sent.trigs if not told.start(1) <= t.start < told.end(1)]
        if sent.trigs or sent.cues:
            out.extend((sent, c) for c in _analyse(sent, ctx, year))
        _remember(sent, ctx)
    return out


def _remember(sent: Sentence, ctx: ArticleContext) -> None:
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


def _analyse(sent: Sentence, ctx: ArticleContext, year: int | None) -> list[Candidate]:
    text = sent.text
    sent.trigs = [t for t in sent.trigs if _may_fire(sent, t, ctx)]
    _add_pattern_triggers(sent)
    if not sent.cues and all(t.item.type == _STATEMENT and not t.item.strong for t in sent.trigs) and not (
        _in_quote_only(sent) or passive_clauses(sent) or _COLON_SOURCE.match(text, sent.start, sent.end)
        or any(_party_urges(sent, t) for t in sent.trigs)
    ):
        return []  # weak statement words ("deal", "diplomacy") count only as somebody's words ("was urged by" too)
    speeches = find_speeches(text, (sent.start, sent.end), sent.cues, sent.ents, ctx.speaker, _scan(sent))
    performed = [sp for sp in speeches if _performative(sent, sp)]
    if performed:
        # "Israel's army announced a surprise drill": no report of another's act, but its announcer's own account
        sent.cache["announced_by"] = [
            (sp.end, sp.code) for sp in performed
            if sp.code and sent.text.startswith("announc", sp.start)  # ("declared a mobilisation" is the act told)
        ]
    sent.speeches = [
        sp for sp in speeches
        if sp not in performed and not _action_word(sent, sp) and not _channel(sent, sp, speeches)
    ]
    colon = _COLON_SOURCE.match(text, sent.start, sent.end)
    if colon is not None:
        # "Kremlin: troops returning to bases", "ROK military: North fires missile": the headline's source speaks
        ent = next((e for e in sent.ents if e.item.code and e.end <= colon.end()), None)
        if ent is not None:
            sent.speeches.insert(0, Speech(colon.end() - 1, colon.end(), ent.item.code, True, False, sent.start,
                                           False, subject=(sent.start, colon.end() - 1)))
    if not sent.speeches:
        # its last 200 characters: " - " repeated all along a sentence made the search quadratic
        tail = max(sent.start, sent.end - 200)
        dash = _DASH_SOURCE.search(text, tail, sent.end) if text[sent.end - 1] != "." else None
        named = next((e for e in sent.ents if e.start >= dash.start(1) and e.item.code), None) if dash else None
        if dash is not None and (named is not None or _SOURCE_WORD.search(dash.group(1))):
            # "ESTONIA PUTS BORDER UNITS ON HEIGHTENED ALERT - DEFENCE FORCES", "… - Interfax": a wire headline's
            # source after a dash; a service named without its country is the headline's own party's (as "the
            # ministry said")
            own = next((e for e in sent.ents if e.end <= dash.start() and e.item.code), None)
            code = named.item.code if named is not None else own.item.code if own is not None else None
            sent.speeches.append(Speech(dash.start(1), dash.end(1), code, True, True, sent.start, False,
                                        subject=(dash.start(1), dash.end(1)), title=named is None))
    _add_statement_speeches(sent, ctx)
    if not sent.trigs:
        return []
    if _is_background_sentence(sent, year) or _SCENARIO_OPENING.match(text, sent.start, sent.end):
        return []  # history; or "In a scenario the magazine's editors spelled out, …": an imagined sequence
    candidates: list[Candidate] = []
    for trig in sent.trigs:
        item = trig.item
        if item.type == "none":
            continue
        if item.requires is not None and not _requires_met(sent, item.requires):
            continue
        if item.type == _STATEMENT:
            cands = _statement(sent, trig, ctx, year)
        else:
            cands = _military(sent, trig, ctx, year)
        candidates.extend(cands)
    candidates = with_meeting_parties(sent, with_passive_agents(sent, candidates, year))
    called_off = _CALLED_OFF_LATER.search(text, sent.start, sent.end)
    if called_off is not None:
        # "… had announced plans to send 600 troops, but the deployment was put on hold on Friday": a step called off
        # in a later clause is no event (rule 9), however far from its trigger; the noun says which kind of step
        noun = (called_off.group("noun") or called_off.group("noun2")).lower()
        candidates = [c for c in candidates if c.start > called_off.start() or not _called_off_kind(noun, c)]
    question = _YES_NO_QUESTION.match(text, sent.start, sent.end)
    if question is not None:
        # "Q: Is the navy moving additional ships into the Black Sea?", "Would Beijing really risk a war over a single
        # visit?": a question asks, it tells no act (what follows the question mark may)
        candidates = [c for c in candidates if c.start >= question.end()]
    candidates = [
        c for c in candidates
        if (c.actor is not None or not _non_state_subject(sent, c)) and not (
            (c.type == _STATEMENT or c.subtype == "mobilization")
            and _NAMED_NON_STATE.search(sent.text, max(sent.start, c.start - 70), c.start)
        ) and not (
            # "The culture ministers of Thailand and Cambodia signed a pact to restore temples": civil cooperation,
            # no security step (a security matter named in the sentence keeps it)
            c.subtype in ("agreement", "meeting", "call_for_talks")
            and _CIVIL_MINISTERS.search(sent.text, max(sent.start, c.start - 80), c.start)
            and not _SECURITY_MATTER.search(sent.text, sent.start, sent.end)
        ) and not (
            # an arrival is a visit only of a named party to another's ground ("Putin arrived in Moscow", "the
            # delegation arrived in Geneva" meet nobody named)
            c.subtype == "meeting" and VISIT_ARRIVAL.match(sent.text, c.start) is not None
            and (c.actor is None or c.location in (None, c.actor) or not _visitor(sent, c.start))
        ) and not (
            # "agreed to meet again at the APEC summit": the summit is where a meeting is to be, none held yet
            c.subtype == "meeting" and _TO_MEET_AT.search(sent.text, max(sent.start, c.start - 70), c.start)
        ) and not (
            # "troops taking part in the exercises … were returning to their bases": the drill is the forces' name, the
            # return is the news (rule 8)
            c.subtype == "exercise" and _drill_as_background(sent, c, candidates)
        ) and not (
            # a drill that names neither a party nor a place, in a text that has named no state before it ("Crowds
            # watched the Red Arrows rehearse their display", "the navy held a similar exercise", "ran two-minute
            # drills"): mostly no state's drill, and one that is fits no theatre, so it tells an ops team nothing (in
            # an article about a state's forces, "the drills" that follow are kept for the reader of the article)
            c.subtype == "exercise" and c.actor is None and c.location is None
            and ctx.country is None and ctx.military_actor is None
        ) and not (
            # teams that meet or visit in a tournament, and targets "met", are no meetings of states
            c.subtype == "meeting" and (
                _SPORT_MEETING.search(sent.text, sent.start, sent.end) is not None
                or _MET_TARGET.match(sent.text, c.start) is not None
            )
        ) and not (
            # "Belarus has hosted joint exercises with Russia every other year since …": a habit told as background,
            # no drill or meeting of the news (unless the sentence dates one now)
            c.subtype in ("exercise", "weapons_test", "meeting", "agreement")
            and _HABITUAL.search(sent.text, sent.start, sent.end)
            and not _DATE_NOW.search(sent.text, sent.start, sent.end)
        ) and not (
            # "Health officials warned that the virus could spread": nobody's warning about no force or harm is none
            c.subtype == "warning" and c.actor is None and not _THREAT_MATTER.search(sent.text, sent.start, sent.end)
        )
    ]
    return _without_home_meetings(sent, _rebutted_claims(
        sent, with_talks_host(
            sent, _agreed_by_those_met(sent, _with_meeting_setting(sent, _agreed_moves(sent, _deal_behind_move(
                sent, _resolve(candidates)
            ))))
        )
    ))


# A move made under a deal that the sentence says was reached with, between or by named parties: "troops will pull back
# from the Cambodian border under an agreement reached with Cambodian commanders", "will station a brigade in Lithuania
# under a deal signed by Berlin and Vilnius".
_UNDER_A_DEAL = re.compile(
    r"\bunder\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|arrangement|accord|pact)\s+"
    r"(?:(?:which|that)\s+(?:was|it|they)\s+)?(?:reached|signed|struck|concluded|agreed)\s+(?:with|between|by)\s+",
    re.I,
)


def _deal_behind_move(sent: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """The deal a troop movement is made under is an agreement of the mover and of the parties named with it."""
    if "under" not in sent.body:
        return cands
    deal = _UNDER_A_DEAL.search(sent.text, sent.start, sent.end)
    if deal is None:
        return cands
    moves = [c for c in cands if c.type == _TROOP and c.actor and c.start < deal.start()]
    if not moves:
        return cands
    tail = sent.text[deal.end():min(sent.end, deal.end() + 60)]
    stop = re.search(r"[,;.]", tail)
    told = tail[:stop.start()] if stop else tail
    if _background_words(told) or _YEAR.search(told):
        return cands  # "under an agreement reached with Baghdad last year": an older deal, background (rule 2)
    limit = deal.end() + (stop.start() if stop else len(tail))
    parties = [moves[0].actor] + [
        e.item.code for e in sent.ents
        if deal.end() <= e.start < limit and e.item.code and e.item.kind in _PARTY_KINDS
    ]
    have = {c.actor for c in cands if c.subtype == "agreement"}
    claimant = moves[0].claimant
    for code in dict.fromkeys(parties):
        if code not in have:
            cands.append(Candidate(_STATEMENT, "agreement", code, None, None, "reported", claimant, True,
                                   deal.start()))
    return sorted(cands, key=lambda c: c.start)


_YES_NO_QUESTION = re.compile(
    r"\W*(?:Q\s*:\s*)?(?:Is|Are|Was|Were|Will|Would|Could|Can|Should|Did|Does|Do|Has|Have|Had|Shall|Might|May)\s+"
    r"[^?\"”]{3,200}\?"
)
_PARTY_KINDS = frozenset({"country", "capital", "demonym", "leader", "organisation", "institution", "movement"})


_TO_MEET_AT = re.compile(
    r"\b(?:to|will|would|shall|could|plan\w*\s+to)\s+(?:meet|talk|hold\s+talks)\s+(?:again\s+|face\s+to\s+face\s+)?"
    r"(?:at|on\s+the\s+(?:sidelines|margins)\s+of|during|in)\s+(?:the\s+|a\s+|next\s+(?:month|week|year)['’]s\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# "The EU urged Armenia and Azerbaijan to refrain from …": a named party that urges others to act speaks itself.
_URGES = re.compile(
    r"(?:urged|urges|pressed|presses|pressing|called\s+on|calls\s+on)\s+(?:[\w'’.-]+\s+){1,6}?to\s+\w", re.I
)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|also|again|repeatedly|on\s+\w+day)\s+)*$", re.I)


def _party_urges(sent: Sentence, trig: Mention) -> bool:
    """Whether a named party right before the trigger urges somebody named after it to do something."""
    if trig.item.type != _STATEMENT or not _URGES.match(sent.text, trig.start, sent.end):
        return False
    return any(
        e.item.code and e.end <= trig.start and _SUBJECT_GAP.fullmatch(sent.text, e.end, trig.start) is not None
        for e in sent.ents
    )


def _without_home_meetings(sent: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """A meeting needs a second party: a leader who met his own cabinet, army chief or party ("Biden met his national
    security team", "Ramaphosa met ANC leaders") meets nobody abroad. Kept when another party is named anywhere in
    the sentence, or the meeting is held abroad."""
    meetings = [c for c in cands if c.subtype == "meeting"]
    if not meetings:
        return cands
    codes = {c.actor for c in meetings} - {None}
    if len(codes) > 1:
        return cands
    named = {  # ("convened his Security Council": one's own body, not the UN's)
        e.item.code for e in sent.ents if e.item.code and e.item.kind in _PARTY_KINDS
        and not sent.text.endswith(("his ", "her ", "its ", "their "), sent.start, e.start)
    }
    if named - codes or any(c.location is not None and c.location not in codes for c in meetings):
        return cands
    if not _HOME_COUNTERPART.search(sent.text, sent.start, sent.end):
        return cands  # the other side may be named as "the two sides", a hotline or a city abroad
    return [c for c in cands if c.subtype != "meeting"]


# Who one meets at home: one's own team, cabinet, party, parliament, army chief or provincial heads.
_HOME_COUNTERPART = re.compile(
    r"\b(?:his|her|its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:team|cabinet|ministers|generals|commanders|advisers|"
    r"advisors|aides|council|Council|party|lawmakers|governors|premiers|chiefs)\b"
    r"|\b(?:national\s+security\s+team|coalition\s+committee|ruling\s+(?:party|coalition)|houses\s+of\s+(?:Congress|"
    r"parliament)|lawmakers|state\s+premiers|premiers\s+of|police\s+chiefs|the\s+army\s+chief|central\s+bank|"
    r"(?:party|ANC|opposition)\s+leaders|leadership\s+race|cabinet)\b",
)


# Subjects that are no state's: parties and parliaments at home, unions, companies, courts, charities, scholars.
_NON_STATE = re.compile(
    r"\b(?:opposition|(?:governing|ruling|opposition|junior)\s+(?:party|parties|coalition|alliance)|parliament|"
    r"lawmakers|legislators|MPs|senators|unions?|activists|campaigners|protesters|strikers|"
    r"(?:relief|aid|humanitarian)\s+agencies|NGOs?|charit(?:y|ies)|(?:human rights|rights|advocacy|environmental)\s+"
    r"groups?|electoral\s+commission|election\s+commission|court|judges?|prosecutors?|firefighters|fire\s+brigades?|"
    r"doctors|teachers|farmers|residents|students|fans|clubs?|league|compan(?:y|ies)|firms?|investors|traders|"
    r"economists|historians|scientists|airlines?|central\s+bank|banks|Greenpeace|voters|"
    r"executives|shareholders|organisers|organizers|committee|jury|space\s+agency|cabinet|veterans|nurses|"
    r"workers(?!['’]?\s+Party)|"
    r"miners|pilots|employers|cruise\s+lines?|shipping\s+(?:lines?|companies|firms)|(?:lorry|truck)\s+drivers|truckers|"
    r"museums?|families)\b",
    re.I,
)


# Ministers of civil portfolios, whose pacts and meetings are no security acts unless a security matter is named.
_CIVIL_MINISTERS = re.compile(
    r"\b(?:culture|cultural|trade|commerce|economy|economic|tourism|education|health|finance|agriculture|sports?|"
    r"environment|transport|energy|science|fisheries|labour|labor)\s+(?:ministers?|ministries)\b",
    re.I,
)
_SECURITY_MATTER = re.compile(
    r"\b(?:defen[cs]e|military|troops?|forces|ceasefire|truce|security|sanctions|war|missiles?|nuclear|navy|naval|"
    r"army|border\s+(?:dispute|row|standoff|clashes))\b",
    re.I,
)
# Who visits: a person of state, named or by title ("Abe arrived in Tehran", "Sudan's foreign minister flew to Riyadh").
_VISITOR_TITLE = re.compile(
    r"\b(?:president|prime\s+minister|premier|minister|secretary|chancellor|king|queen|emir|sheikh|crown\s+prince|envoy|"
    r"ambassador|speaker|pope|chief|commander|general|leader|foreign\s+secretary|vice[- ]president|taoiseach|"
    r"diplomats?|negotiators?|delegation|delegates)\b",
    re.I,
)
_NOT_VISITOR = re.compile(
    r"\b(?:team|squad|players|athletes|wrestlers|fans|tourists|pilgrims|planes?|aircraft|jets|squadrons?|troops|soldiers|"
    r"contingent|officers|police|warships?|ships|vessels|convoy|cargo|refugees|migrants)\b",
    re.I,
)


def _visitor(sent: Sentence, start: int) -> bool:
    """Whether the subject of an arrival at `start` is a person of state, not forces, a team or a plane."""
    comma = sent.text.rfind(",", sent.start, start)
    if comma >= 0 and len(sent.text[comma + 1:start].split()) < 2:  # "Japan's defence minister, Gen Nakatani, began"
        comma = sent.text.rfind(",", sent.start, comma)
        comma = sent.text.rfind(",", sent.start, comma) if comma >= 0 else comma
    lo = max(sent.start, comma + 1, start - 90)
    subject = sent.text[lo:start]
    if _NOT_VISITOR.search(subject):
        return False
    return bool(_VISITOR_TITLE.search(subject)) or any(
        e.item.kind == "leader" and lo <= e.start and e.end <= start for e in sent.ents
    )


# A sporting meeting: "Australia and New Zealand meet in the Bledisloe Cup opener", "the rugby squad paid a visit".
_SPORT_MEETING = re.compile(
    r"\b(?:Cup|qualifier|opener|semi-?finals?|quarter-?finals?|fixtures?|tournament|championships?|Olympics?|"
    r"Grand\s+Prix|derby|squad)\b"
)
# A target met: "exports met the government's growth target", "the inspections had met their goals".
_MET_TARGET = re.compile(
    r"met\s+(?:(?:the|its|their|all|a|an|his|her|every)\s+)?(?:[\w'’-]+\s+){0,3}?(?:targets?|goals?|expectations|"
    r"deadlines?|requirements|criteria|standards?|quotas?|obligations|conditions|thresholds?|needs)\b"
)
# A habit: "every other year since 2009", "held annually since", "has hosted 20 rounds of the talks".
_HABITUAL = re.compile(
    r"\b(?:every|each)\s+(?:other\s+|two\s+|three\s+|four\s+|five\s+|few\s+|\d+\s+)?(?:years?|summers?|autumns?|"
    r"springs?|winters?|months?)\s+since\b|\b(?:held|staged|conducted)\s+annually\s+since\b"
    r"|\b(?:has|have)\s+(?:now\s+)?(?:hosted|held|staged)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens\s+of|several|many|numerous)\s+(?:rounds?|editions?|sessions?)\b",
    re.I,
)
# What a threat is about: force, harm or a response to come.
_THREAT_MATTER = re.compile(
    r"\b(?:respon(?:d|ds|se|ses)|countermeasures?|measures|force|forces|war|wars|targets?|retaliat\w*|strikes?|"
    r"military|army|troops|attacks?|aggression|provocations?|missiles?|nuclear|invasion|invade|consequences|price|"
    r"fire|crush\w*|deterren\w*|destroy\w*|annihilat\w*|weapons?|combat|enemy|enemies|warmongers?|"
    r"intervention|sanctions|punish\w*|reprisals?|legitimate|unless|boycott\w*|ultimatums?)\b",
    re.I,
)
# A country's body that does not speak for it abroad, right before the statement's verb: "Ghana's electoral commission
# rejected claims of vote-rigging", "Kenya's High Court ordered …", "the Thai football association demanded …".
_NAMED_NON_STATE = re.compile(
    # (the body's name in any case: "Russia's Olympic Committee", "Brazil's Supreme Court")
    r"(?:['’]s|\b[A-Z][a-z]+(?:n|ian|ese|i|ish))\s+(?:[\w-]+\s+)?(?i:electoral\s+commission|election\s+commission|"
    r"opposition(?:\s+part(?:y|ies)|\s+leaders?|(?:\s+(?-i:[A-Z])[\w-]*){1,3}(?:\s+(?:coalition|party|alliance|bloc))?)?|"
    r"central\s+bank|(?:supreme|constitutional|high)\s+court|"
    r"(?:football|cricket|rugby|hockey|basketball|athletics|chess)\s+(?:associations?|federations?|boards?|bodies|unions?)|"
    r"olympic\s+committee|trade\s+unions?|stock\s+exchange|airlines?|(?:student|protest|youth|opposition|"
    r"independence|reform|separatist|civic|civil\s+rights|labou?r|religious)\s+movement)\s+"
    r"(?:(?:has|have|had|is|are|was|were)\s+)?(?:\w+ly\s+)?$"
)


def _non_state_subject(sent: Sentence, cand: Candidate) -> bool:
    """Whether the clause before an unnamed candidate's trigger names a subject that is no state's ("the opposition
    rejected …", "the airline withdrew its older jets", "a human rights group disputed …")."""
    lo, _ = _clause(sent, cand.start, cand.start + 1)
    lo = max(lo, cand.start - 80)
    if not any(e.item.code for e in sent.ents):
        lo = sent.start  # no party named anywhere: "Talks to end the doctors' strike broke down, with both sides …"
    return bool(_NON_STATE.search(sent.text, lo, cand.start)) and not any(
        e.item.code and lo <= e.start < cand.start for e in sent.ents
    )


def _called_off_kind(noun: str, cand: Candidate) -> bool:
    """Whether a step named by `noun` in a called-off clause is the candidate's kind of act."""
    if noun.startswith("plan"):
        return cand.assertion == "planned" or cand.subtype == "call_for_talks"
    if noun in ("deployment", "dispatch", "rotation", "mission"):
        return cand.type == _TROOP
    if noun in ("drill", "drills", "exercise", "exercises", "manoeuvres", "test", "launch"):
        return cand.type == "military_drill"
    if noun in ("deal", "agreement"):
        return cand.subtype == "agreement"
    return cand.subtype in ("meeting", "call_for_talks")  # visit, trip, meeting, session, talks, summit


_SCENARIO_OPENING = re.compile(
    r"\W*(?:In|Under)\s+(?:a|an|the|one|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:scenarios?|simulations?|war[- ]games?|"
    r"thought experiment|tabletop exercise|column that imagines|piece that imagines|novel|film|video game|"
    r"(?:strategy|computer|board|mobile|online)\s+games?)\b"
    # "The film follows a submarine crew ordered to sail toward Murmansk …": a story told
    r"|\W*The\s+(?:new\s+)?(?:film|novel|series|play|documentary|book|thriller|drama|opera)\s+"
    r"(?:follows|tells|depicts|imagines|portrays|recounts|centres on|centers on)\b",
    re.I,
)
_DRILL_AS_NAME_BEFORE = re.compile(
    r"\b(?:troops|units|forces|soldiers|servicemen|personnel|ships|warships|sailors|crews)\s+(?:that\s+(?:had\s+)?|"
    r"who\s+(?:had\s+)?|which\s+(?:had\s+)?)?(?:taking|took|taken)\s+part\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)


def _drill_as_background(sent: Sentence, c: Candidate, cands: list[Candidate]) -> bool:
    """Whether a drill is told only as the name of the forces that return ("troops taking part in the drills would
    return to barracks"; a drill told as over, "had completed their drills", is dropped in `movements._military`)."""
    before = sent.text[max(sent.start, c.start - 60):c.start]
    return _DRILL_AS_NAME_BEFORE.search(before) is not None and any(
        o.subtype == "withdrawal" and o.start > c.start for o in cands
    )


_CALLED_OFF_LATER = re.compile(
    r"(?:,|;|\s[—–-])\s*(?:but|and|only for)\s+(?:[\w'’-]+\s+){0,6}?(?:"
    r"(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>plans?|deployment|dispatch|visit|trip|meeting|session|"
    r"talks|summit|drills?|exercises?|manoeuvres|test|launch|mission|rotation|deal|agreement)\s+"
    r"(?:was|were|has been|had been|have been|is being)\s+(?:(?:indefinitely|quietly|abruptly|later|then|swiftly)\s+)?"
    r"(?:put on hold|postponed|cancell?ed|called off|scrapped|shelved|suspended|dropped|abandoned|delayed|halted)|"
    r"(?:dropped|scrapped|shelved|abandoned|cancell?ed|suspended|called off|postponed)\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun2>plans?|deployment|visit|trip|meeting|talks|drills?|exercises?|test|launch|mission))\b",
    re.I,
)


def _may_fire(sent: Sentence, trig: Mention, ctx: ArticleContext) -> bool:
    """Cheap necessary conditions, so that most plain sentences cost nothing more."""
    item = trig.item
    if item.type == "none":
        return False
    if item.type == _TROOP:
        return bool(sent.mils) or item.strong and (
            item.subtype == "mobilization" or item.form == "disengagement"  # "India, China complete disengagement"
            or item.form in _PULLBACK_NOUNS  # "Russian pullback": a state's forces, named by the modifier
            # "Germany completed its withdrawal from Mali": a state's withdrawal from another state is of its forces
            or withdrawal_from_a_state(sent, trig)
            # "denying any build-up near Zaporizhzhia": a build-up at a named place or a border is of forces
            or buildup_at_a_place(sent, trig)
        )
    if item.type == _STATEMENT:
        if sent.text.startswith(("Dialogue", "Forum", "Summit"), trig.start) and _FORUM_NAME.search(
            sent.text, max(sent.start, trig.start - 30), trig.start
        ):
            return False  # "told the Shangri-La Dialogue", "at the Raisina Dialogue": a conference's name, no talks
        return bool(sent.ents or sent.cues or ctx.speaker) or (item.verb and item.strong)
    return True


# A conference addressed or attended by name: "told the Shangri-La Dialogue", "at the Manama Dialogue".
_FORUM_NAME = re.compile(r"\b(?:told|address(?:ed|es|ing)?|at|to|sidelines\s+of)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}$")


# The medium a named speaker spoke through: "said on state television that …", "said in the state newspaper".
_CHANNEL_GAP = re.compile(r"\s+(?:on|in|to|via|through)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def _channel(sent: Sentence, speech: Speech, speeches: list[Speech]) -> bool:
    """An unnamed outlet right after a named speaker's verb is that speaker's channel, not a second speaker."""
    if speech.code is not None:
        return False
    start = min(speech.start, speech.subject[0]) if speech.subject[1] else speech.start
    return any(
        sp.code is not None and sp.end <= start and _CHANNEL_GAP.fullmatch(sent.text, sp.end, start)
        for sp in speeches
        if sp is not speech
    )


# Patterns of `_action_word`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_ACTION_WORD_1 = re.compile(r"\s*(?:that\b|[,:\"“])")


def _action_word(sent: Sentence, speech: Speech) -> bool:
    """"Russia added 7,000 troops": a cue word used as the action itself, not to report speech."""
    if _RX_ACTION_WORD_1.match(sent.text[speech.end:speech.end + 8]):
        return False
    return any(
        t.start == speech.start and t.item.type == _TROOP
        and (t.item.requires is None or _requires_met(sent, t.item.requires))  # "detects jump in flights": no act
        for t in sent.trigs
    )


# Patterns of `_performative`, compiled once: on short strings `re`'s cache lookup costs more than the match.
# A "that" or a clause of its own ("announced it would hold drills") makes the verb report, not perform.
_RX_PERFORMATIVE_1 = re.compile(
    r"\bthat\b|\b(?:it|they|we|he|she)\s+(?:would|will|was|were|is|are|had|has|planned|plans|intends|intended)\b",
    re.I,
)


_RX_PERFORMATIVE_2 = re.compile(r"\s*(?:at|during|after|following|before|in|on)\s", re.I)


def _performative(sent: Sentence, speech: Speech) -> bool:
    """"Putin announced a partial mobilisation": the verb performs the act, it does not report a claim."""
    form = sent.text[speech.start:speech.end].lower()
    if not form.startswith(("announc", "declar", "order")):
        return False
    for trig in sent.trigs:
        between = sent.text[speech.end:trig.start]
        if speech.end <= trig.start <= speech.end + 40 and not _RX_PERFORMATIVE_1.search(between) and not (
            _RX_PERFORMATIVE_2.match(between)  # "announced at a board meeting": where it was said, not what
        ):
            return True
    return False


def _add_statement_speeches(sent: Sentence, ctx: ArticleContext) -> None:
    """Statement verbs (warned, denied, requested…) introduce their subject as a speaker too."""
    extra = []
    for trig in sent.trigs:
        item = trig.item
        if item.type != _STATEMENT or not item.verb or item.subtype == "meeting":
            continue
        if item.requires is not None and not _requires_met(sent, item.requires) and any(
            t.start == trig.start and t.item.type != _STATEMENT for t in sent.trigs
        ):
            continue  # "summoned reservists": the call-up's verb, not the statement's "summoned the envoy to protest"
        if item.subtype == "agreement" and sent.text.startswith(("sign", "ratif", "initial"), trig.start):
            continue  # "signed a decree on partial mobilisation": an act, not somebody reporting the decree
        if item.subtype == "demand" and sent.text.startswith("order", trig.start):
            continue  # "Putin ordered Russian troops to pull back": a command, reported like the act it orders
        code, weak = _statement_subject(sent, trig, ctx)
        boundary, _, _ = _subject_before(sent, trig.start)
        extra.append(Speech(trig.start, trig.end, code, True, False, boundary, weak, False, (boundary, trig.start),
                            statement=True))
    if extra:
        sent.speeches = sorted(sent.speeches + extra, key=lambda s: s.start)


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Merge duplicates, drop weak cues outranked by strong ones, and directionless deployments."""
    if not cands:
        return []
    cands = _accused_or_accuser(cands)
    troop_strong = {c.actor for c in cands if c.type == _TROOP and c.strong}
    stmt_strong = {c.actor for c in cands if c.type == _STATEMENT and c.strong}
    stmt_strong_subtypes = {c.subtype for c in cands if c.type == _STATEMENT and c.strong}
    kept = []
    weak_troop: dict[str | None, Candidate] = {}
    withdrawn = [c.start for c in cands if c.subtype == "withdrawal" and c.type == _TROOP]
    for c in cands:
        if c.type == _TROOP and not c.strong and c.subtype == "buildup" and any(
            0 < w - c.start <= 50 for w in withdrawn
        ):
            continue  # "a further 1,500 soldiers would be withdrawn", "the extra brigades had returned to their peace
            # stations": more of them leave, none are added
        if c.type == _TROOP and not c.strong:
            if c.actor in troop_strong and not (c.subtype == "buildup" and _has_deployment(cands, c.actor)):
                continue
            prev = weak_troop.get(c.actor)
            if prev is None or _WEAK_PRIORITY[c.subtype] < _WEAK_PRIORITY[prev.subtype]:
                weak_troop[c.actor] = c
            elif prev.subtype == c.subtype and prev.quantity is None:
                prev.quantity = c.quantity
            continue
        if c.type == _STATEMENT and not c.strong and (
            c.actor in stmt_strong or c.subtype in stmt_strong_subtypes and c.subtype != "accusation"
        ):
            continue
        kept.append(c)
    for weak in weak_troop.values():
        # "additional soldiers have been brought into", "moved more troops toward the border": a deployment that
        # adds forces is a buildup; more forces sent to an ally ("sent 3,000 more troops to Poland") stay a deployment
        upgraded = False
        if weak.subtype == "buildup":
            for c in kept:
                # an unnamed weak cue ("Two more destroyers have been dispatched") is the named deployment's
                if c.type == _TROOP and c.subtype == "deployment" and (c.actor == weak.actor or weak.actor is None):
                    upgraded = True  # the deployment absorbs the weak cue; it adds forces only somewhere named
                    if c.toward_border or c.location is not None and not (
                        c.sent_to and c.location != c.actor  # "sent 3,000 more troops to Poland": to an ally
                    ):
                        c.subtype = "buildup"
                        c.quantity = c.quantity if c.quantity is not None else weak.quantity
        if not upgraded:
            kept.append(weak)
    ready = [c for c in kept if c.subtype == "readiness_check"]
    kept = [  # "combat-readiness drills": one readiness check, not a drill as well; ships putting to sea in a
        # snap inspection are part of the check, not a deployment of their own
        c for c in kept
        if not (c.subtype == "exercise" and any(r.actor == c.actor and abs(r.start - c.start) <= 40 for r in ready))
        and not (c.subtype == "deployment" and c.sea_departure and any(r.actor == c.actor for r in ready))
    ]
    drills = {c.actor for c in kept if c.subtype == "exercise"}
    kept = [  # forces a drill moves at home ("sent corvettes to sea for drills") are the drill, not a deployment of
        # their own; sent abroad for one ("launchers to Japan for a joint exercise") they are deployed there too
        c for c in kept
        if not (c.subtype == "deployment" and c.for_drill and c.actor in drills and c.location in (None, c.actor))
    ]
    for c in kept:
        if c.subtype == "deployment" and c.toward_border:
            c.subtype = "buildup"  # moving forces toward a border is a buildup (TAXONOMY)
    directed = {c.actor for c in kept if c.type == _TROOP and c.subtype in ("buildup", "withdrawal")}
    kept = [c for c in kept if not (c.type == _TROOP and c.subtype == "deployment" and c.actor in directed)]
    merged: dict[tuple[str, str | None], Candidate] = {}
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


def _has_deployment(cands: list[Candidate], actor: str | None) -> bool:
    return any(c.type == _TROOP and c.subtype == "deployment" and c.strong and c.actor == actor for c in cands)


_ASSERTION_RANK = {"denied": 0, "disputed": 1, "planned": 2, "claimed": 3, "reported": 4, "hypothetical": 5}


def _confidence(c: Candidate) -> float:
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


def _to_event(sent: Sentence, c: Candidate) -> EventCore:
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
