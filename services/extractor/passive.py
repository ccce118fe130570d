"""Passive clauses: an act or a statement named as the subject of a passive verb, its agent after "by".

Wire copy often puts the event first and its author last: "A call-up of 15,000 reservists was announced by the
Armenian defence ministry", "Talks were held between Thai and Cambodian commanders", "Restraint was urged by the
UN", "Manoeuvres were held in the Philippine Sea by the navies of Japan, Australia and the United States". The
active-voice rules find no subject before the trigger there. This module reads such a clause once per sentence
and gives its agents to the events named before the verb: as actors (one event per agent, TAXONOMY rule 7) when
the verb performs the act, as claimant when it only reports it. Acts only asked for or refused are dropped, an
account of one's own act denied becomes a denial of it, and "were last held in 2011" or "has been held since 1984"
is history. Talks named with their parties after "between" ("hosted talks between US and Iranian envoys") are the
meeting of those parties (`with_meeting_parties`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from services.extractor.clauses import _DRILL, _STATEMENT, Candidate, Sentence, _is_background
from services.extractor.matcher import Mention

_AUX = (
    r"(?P<aux>(?:(?:is|are)\s+to\s+be|was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|"
    r"(?:could|may|might|can)\s+be|to\s+be|being)"
    r"(?:\s+(?:\w+ly|also|last|later|then|now|first|again|on\s+\w+day|late\s+on\s+\w+day|early\s+on\s+\w+day))*)"
)
# Verbs that perform a drill or a movement named as their subject: "Manoeuvres were held by …", "Frigates were
# dispatched to the Red Sea by Denmark, the Netherlands and Greece".
_PERFORMED = (
    "held", "conducted", "carried out", "staged", "launched", "begun", "started", "completed", "ordered", "declared",
    "dispatched", "deployed", "redeployed", "sent", "moved", "withdrawn", "pulled back", "called up", "mobilised",
    "mobilized", "raised", "fired", "test-fired",
)
# The verb performs the act: its agent is the actor.
_ACT = _PERFORMED + (
    "signed", "agreed", "reached", "endorsed", "paid", "urged", "proposed", "offered", "extended", "made", "put",
    "placed", "demanded", "sought", "rejected", "turned down", "ruled out", "dismissed", "denied", "issued",
    "delivered", "voiced", "threatened", "convened",
)
# The verb calls the act off (rule 9): "Plans to send a training mission … were quietly dropped", "A long-planned
# visit … was called off", "Joint drills planned by … were called off because of flooding". No agent is needed.
_CALLED_OFF = ("called off", "cancelled", "canceled", "scrapped", "shelved", "dropped", "abandoned", "postponed",
               "suspended", "put off", "scrubbed")
# The verb reports the act: its agent is the claimant (and the actor of an act it announces about itself).
_OWN_REPORT = ("announced", "confirmed", "claimed")
_REPORT = ("reported",)
_VERBS = "|".join(
    v.replace(" ", r"\s+") for v in sorted(_ACT + _OWN_REPORT + _REPORT + _CALLED_OFF, key=len, reverse=True)
)
# With an auxiliary ("was announced by"), or a bare participle right before "by" (headlines and reduced relatives:
# "Ceasefire agreed by Yerevan and Baku", "drills held by Israel").
_PASSIVE_VERB = re.compile(rf"\b{_AUX}\s+(?P<verb>{_VERBS})\b", re.I)
_BARE_VERB = re.compile(rf"(?<![\w-])(?P<bare>{_VERBS})(?=\s+by\s)", re.I)  # tried only just before each " by "
_BY = re.compile(r"\bby\s+", re.I)
# A clause boundary between the verb and "by", or inside a subject: the agent or the event belongs to another clause.
_BOUNDARY = re.compile(
    r"[;:]|,\s*(?:who|which|while|after|as|but|and)\b|\b(?:after|because|when|amid|although|though|if|unless|since)\b",
    re.I,
)
# Between "by" and the first agent: a determiner and a few title words ("the navies of", "troops from",
# "Poland's" is the entity itself).
_LEAD = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,3}?(?:(?:of|from)\s+(?:the\s+)?)?", re.I)
_JOIN = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# An agent that is not a party: "a war game run by a Washington think-tank", "announced by the national coach".
_NOT_A_PARTY = re.compile(
    r"[\s\w'’-]{0,12}?\b(?:think[- ]?tanks?|analysts?|institute|university|newspaper|daily|broadcaster|company|"
    r"firm|club|coach|team|researchers?|academics?|experts?|monitors?|observatory|lawmakers?|opposition|rebels?)\b",
    re.I,
)
_CALLED_OFF_GATE = ("called off", "cancel", "scrapped", "shelved", "dropped", "abandoned", "postponed", "suspended",
                    "put off", "scrubbed")
_MODAL = re.compile(r"(?:could|may|might|can)\s", re.I)
_LAST = re.compile(r"\blast\b", re.I)
_SINCE_YEAR = re.compile(r"\s+(?:(?:annually|every\s+year|each\s+year|regularly)\s+)?since\s+(?:19|20)\d\d\b", re.I)
_PLANNED = re.compile(r"(?:(?:is|are)\s+to\s+be|will\s+be|to\s+be)\b", re.I)

# Statement subtype of a noun subject, by the verb that acts on it.
_MEETING_NOUN = re.compile(
    r"talks|summit|meeting|consultations|phone\s+call|call|visit|dialogue|negotiations", re.I
)
_TALKS_NOUN = re.compile(
    r"talks|dialogue|negotiations|restraint|de-?escalation|calm|meeting|summit|consultations|mediation|return\s+to",
    re.I,
)
_AGREEMENT_NOUN = re.compile(r"ceasefire|truce|deal|agreement|accord|pact|understanding|swap|hotline", re.I)
_WARNING_NOUN = re.compile(r"warning|ultimatum|threat|consequences|retaliation", re.I)


@dataclass(frozen=True, slots=True)
class Passive:
    """One passive clause: where its verb is, which verb, and its agents' codes (in text order)."""

    start: int  # start of the auxiliary
    end: int  # end of the verb
    verb: str
    agents: tuple[str, ...]
    planned: bool


def passive_clauses(sent: Sentence) -> list[Passive]:
    """The passive clauses of a sentence that name a party as agent ("… was announced by Yerevan"); memoised."""
    cache = sent.cache
    if "passive" not in cache:
        cache["passive"] = _find(sent)
    return cache["passive"]


def _find(sent: Sentence) -> list[Passive]:
    body = sent.body
    if "by " not in body and "held" not in body and "between" not in body and "since" not in body and not any(
        word in body for word in _CALLED_OFF_GATE
    ):
        return []  # no agent, no parties of a meeting or deal, nothing called off: most sentences stop here
    text = sent.text
    found = []
    for m in _matches(sent):
        groups = m.groupdict()
        aux = groups.get("aux") or ""
        if _MODAL.match(aux):
            continue  # "could be ordered within weeks": speculation, no act and no author
        verb = " ".join((groups.get("verb") or groups["bare"]).lower().split())
        if _LAST.search(aux) or verb in _PERFORMED and _SINCE_YEAR.match(text, m.end(), sent.end):
            # "were last held in 2011", "has been held since 1984": history, not an act of the day
            found.append(Passive(m.start(), m.end(), "last", (), False))
            continue
        if verb in _CALLED_OFF:
            if groups.get("aux"):  # a bare participle ("dropped by") is no report of a cancellation
                found.append(Passive(m.start(), m.end(), "called off", (), False))
            continue
        agents = _agents_after(sent, m.end())
        if verb in _BETWEEN_VERBS and not agents:
            agents = _between(sent, m.start(), m.end())
        if agents:
            found.append(Passive(m.start(), m.end(), verb, agents, bool(_PLANNED.match(aux))))
    return found


def _matches(sent: Sentence) -> list[re.Match[str]]:
    """Passive verbs with an auxiliary anywhere; bare participles only right before a "by" (cheaper than scanning
    the sentence for fifty verbs at every position)."""
    text, body = sent.text, sent.body
    found = list(_PASSIVE_VERB.finditer(text, sent.start, sent.end))
    at = body.find(" by ")
    while at >= 0:
        end = sent.start + at + 5
        bare = _BARE_VERB.search(text, max(sent.start, end - 26), end)
        if bare is not None and not any(m.start() <= bare.start() < m.end() for m in found):
            found.append(bare)
        at = body.find(" by ", at + 1)
    return sorted(found, key=lambda m: m.start())


def _agents_after(sent: Sentence, pos: int) -> tuple[str, ...]:
    """The coded parties after the "by" that follows a passive verb, within its clause."""
    text = sent.text
    window_end = min(sent.end, pos + 90)
    by = _BY.search(text, pos, window_end)
    if by is None or _BOUNDARY.search(text, pos, by.start()):
        return ()
    return _agent_list(sent, by.end())


def _agent_list(sent: Sentence, pos: int) -> tuple[str, ...]:
    text = sent.text
    first = next((e for e in sent.ents if e.start >= pos and e.item.code), None)
    if first is None or not _LEAD.fullmatch(text, pos, first.start) or _not_a_party(sent, first):
        return ()
    agents = [first.item.code]
    last = first
    for ent in sent.ents:
        if ent.start <= last.start or not ent.item.code:
            continue
        if not _JOIN.fullmatch(text, last.end, ent.start):
            break
        if ent.item.code not in agents:
            agents.append(ent.item.code)
        last = ent
    return tuple(agents)


def _not_a_party(sent: Sentence, ent: Mention) -> bool:
    return bool(_NOT_A_PARTY.match(sent.text, ent.end, min(sent.end, ent.end + 40)))


_BETWEEN = re.compile(r"\bbetween\s+", re.I)
# Verbs whose parties may be named after "between" instead of "by": "Talks were held … between …", "A mechanism was
# agreed between Russian and Turkish officials".
_BETWEEN_VERBS = ("held", "agreed", "signed", "reached", "convened")


def _between(sent: Sentence, start: int, end: int) -> tuple[str, ...]:
    """"Talks … between Thai and Cambodian commanders were held": the two parties named after "between"."""
    text = sent.text
    for m in _BETWEEN.finditer(text, sent.start, min(sent.end, end + 60)):
        if start <= m.start() < end:
            continue
        agents = _agent_list(sent, m.end())
        if len(agents) >= 2:
            return agents
    return ()


def _governs(sent: Sentence, trig: Mention, clause: Passive) -> bool:
    """Whether the trigger is in the subject of the passive clause: before its verb, in the same clause."""
    if trig.end > clause.start or clause.start - trig.end > 140:
        return False
    # a relative clause between commas belongs to the subject: "A planned visit …, which had been expected to seal new
    # arms deals, was postponed indefinitely"
    gap = _RELATIVE_ASIDE.sub(" ", sent.text[trig.end:clause.start])
    if _BOUNDARY.search(gap) or _PARTICIPLE_GAP.search(gap) or any(
        sp.start >= trig.end and sp.end <= clause.start and sp.code for sp in sent.speeches
    ):
        return False
    return not any(
        t.item.verb and trig.end <= t.start and t.end <= clause.start and not _NOUN_USE.search(sent.text, 0, t.start)
        for t in sent.trigs
        if t is not trig
    )


_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;:]*,\s*$")
# A participle clause after a comma starts a new phrase: "… left Niamey, completing a withdrawal demanded by …"
_PARTICIPLE_GAP = re.compile(r",\s+[a-z]+ing\b")
# A verb trigger used as a noun or as the noun's complement does not end the subject: "Talks on the border dispute",
# "an agreement to set up a hotline", "any plan to send troops".
_NOUN_USE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|border|territorial|to)\s+$", re.I)


def with_passive_agents(sent: Sentence, cands: list[Candidate], year: int | None = None) -> list[Candidate]:
    """Give the passive clause's agents to the events named in its subject; add the statements it performs
    (`year` dates the text, for the acts it reads: see `_acts`)."""
    clauses = passive_clauses(sent)
    if not clauses:
        return cands
    out = list(cands)
    for clause in clauses:
        governed = [t for t in sent.trigs if t.item.type != "none" and _governs(sent, t, clause)]
        if clause.verb in ("last", "called off"):
            # rule 2: "Joint drills were last held in 2011"; rule 9: "Plans to send troops … were dropped"
            starts = {t.start for t in governed}
            out = [c for c in out if c.start not in starts]
            continue
        if not governed:
            out.extend(_subject_statements(sent, out, clause))
            continue
        starts = {t.start for t in governed}
        # events read from the subject, or from the passive verb itself ("was agreed by …" reads as an agreement)
        made = [c for c in out if c.start in starts or clause.start <= c.start < clause.end]
        denied = clause.verb == "denied" or clause.verb in ("rejected", "dismissed") and bool(
            _CLAIM_SUBJECT.search(sent.text, sent.start, min(t.start for t in governed) + 1)
        )
        if denied:
            out = _deny(out, made, clause.agents[0])
            made = [c for c in made if c.type == _STATEMENT]
        elif clause.verb in _ASKED_FOR:
            # "The withdrawal of Rwandan forces was demanded by …": an act asked for or refused is no event
            out = [c for c in out if c.type == _STATEMENT or c not in made]
            made = [c for c in made if c.type == _STATEMENT]
        head = governed[0]
        if head.item.type == _STATEMENT and clause.verb not in _OWN_REPORT + _REPORT:
            # "An agreement on the phased pull-out of US forces … was signed by …": the statement is the subject's
            # head, the movement only what it is about (agreed to: planned; asked for or refused: dropped above)
            for cand in [c for c in made if c.type != _STATEMENT]:
                made.remove(cand)
                if clause.verb in _AGREED:
                    cand.assertion = "planned"
            if not any(c.type == _STATEMENT for c in made) and not any(
                c.type == _STATEMENT and c.actor in clause.agents for c in out
            ):
                out.extend(_statements(sent, head, clause))
                continue
        if made:
            out = _fill(sent, out, made, clause)
            if clause.verb in ("rejected", "turned down", "ruled out") and _REFUSABLE.search(
                sent.text, sent.start, clause.start
            ):
                for cand in made:  # "Mediation by a third party was ruled out by New Delhi": a refusal, not a denial
                    if cand.subtype == "denial":
                        cand.subtype = "rejection"
        elif not any(c.type == _STATEMENT and c.actor in clause.agents for c in out):
            for trig in governed:
                new = _statements(sent, trig, clause) if trig.item.type == _STATEMENT else _acts(
                    sent, trig, clause, year
                )
                if new:
                    out.extend(new)
                    break
    return out


_AGREED = ("signed", "agreed", "reached", "endorsed")
_REFUSABLE = re.compile(
    r"\b(?:mediation|talks|negotiations|proposals?|offers?|compromise|concessions?|demands?|plans?|initiative|"
    r"settlement|invitation|requests?|calls?|ultimatum|terms)\b",
    re.I,
)


def _subject_statements(sent: Sentence, out: list[Candidate], clause: Passive) -> list[Candidate]:
    """A statement read from a subject that holds no trigger: "Calm was urged on both sides by Egypt's foreign
    minister" (the talks asked for), "The return of the children was demanded by the European Parliament"."""
    if clause.verb in ("urged", "proposed") and _CALM_SUBJECT.fullmatch(sent.text, sent.start, clause.start):
        subtype = "call_for_talks"
    elif clause.verb in ("demanded", "sought") and _NOUN_SUBJECT.fullmatch(sent.text, sent.start, clause.start):
        subtype = "demand"
    elif clause.verb in _AGREED and len(clause.agents) > 1 and _NOUN_SUBJECT.fullmatch(
        sent.text, sent.start, clause.start
    ):
        subtype = "agreement"  # "A maritime hotline was agreed between Chinese and Vietnamese officers": a deal
    else:
        return []
    return [
        Candidate(_STATEMENT, subtype, code, None, None, "reported", code, True, sent.start)
        for code in clause.agents
        if not _has_statement(out, subtype, code)
    ]


# A noun phrase that opens the sentence: "The immediate return of all … taken to Russia", no clause of its own.
_NOUN_SUBJECT = re.compile(r"\W*(?:the|a|an)\s+[^,;:\"“”]{3,140}?\s+", re.I)


# Verbs whose object is only asked for, offered or refused: the act itself did not happen.
_ASKED_FOR = ("demanded", "sought", "urged", "proposed", "offered", "rejected", "turned down", "ruled out", "dismissed")
# "Claims that Serbian troops were being massed … were rejected by Belgrade": a refused account of one's own act
_CLAIM_SUBJECT = re.compile(
    r"\b(?:claims?|reports?|allegations?|rumou?rs?|suggestions?|accusations?)\s+(?:that|of)\b", re.I
)


def _fill(sent: Sentence, out: list[Candidate], made: list[Candidate], clause: Passive) -> list[Candidate]:
    """The clause's agents as actors (acts) or claimant (reports) of the events its subject named."""
    for cand in made:
        statement = cand.type == _STATEMENT
        if clause.verb in _REPORT:
            if cand.claimant is None or cand.claimant_weak:
                cand.claimant, cand.claimant_weak = clause.agents[0], False
            continue
        agents = clause.agents
        if not statement and clause.verb in _OWN_REPORT:
            # "The holding of drills … by Chinese and Russian warships was confirmed by Beijing": the drill's own
            # agents act, the verb's agent speaks
            inner = _agents_after(sent, cand.start) if cand.actor is None else ()
            if inner and _BY.search(sent.text, cand.start, clause.start):
                cand.actor, cand.actor_weak = inner[0], False
                _speaker(cand, clause.agents[0])
                out.extend(_clones(cand, inner[1:]))
                continue
        if cand.actor is not None and not cand.actor_weak:
            if not statement and clause.verb in _OWN_REPORT and cand.actor == agents[0]:
                _speaker(cand, agents[0])  # "… was confirmed by Beijing": its own act
            elif cand.actor in agents and clause.verb not in _OWN_REPORT:
                # "A ceasefire … was agreed by Kyrgyzstan and Tajikistan": the partners of a joint act
                others = [a for a in agents if a != cand.actor and not _has(out, cand, a)]
                out.extend(_clones(cand, others, _coded_speaker(sent)))
            continue
        if statement and clause.verb in _OWN_REPORT:
            continue
        first, *others = agents
        cand.actor, cand.actor_weak = first, False
        if not statement:
            if clause.verb in _OWN_REPORT or cand.claimant == first or _own_voice(sent):
                _speaker(cand, first)
            if clause.planned:
                cand.assertion = "planned"
        out.extend(_clones(cand, others, _coded_speaker(sent)))
    return out


def _deny(out: list[Candidate], made: list[Candidate], agent: str) -> list[Candidate]:
    """Acts the agent denies about itself (rule 10): denied, told by the agent; another's act it contests: disputed."""
    for cand in made:
        if cand.type == _STATEMENT:
            continue
        if cand.actor is None or cand.actor_weak or cand.actor == agent:
            cand.actor, cand.actor_weak = agent, False
            cand.assertion, cand.claimant, cand.claimant_weak = "denied", agent, False
        else:
            cand.assertion = "disputed"  # "Claims that Ukrainian troops had pulled back were dismissed by Moscow"
    return out


_CALM_SUBJECT = re.compile(
    r"\W*(?:(?:an?|the|immediate|urgent|renewed|mutual|maximum|greater|direct|fresh)\s+)*"
    r"(?:calm|restraint|de-?escalation|dialogue|negotiations|talks|a\s+return\s+to\s+(?:talks|dialogue|negotiations))"
    r"\b[^,;:]*?\s+",
    re.I,
)


def _has_statement(out: list[Candidate], subtype: str, actor: str) -> bool:
    return any(c.subtype == subtype and c.actor == actor for c in out)


def _has(out: list[Candidate], cand: Candidate, actor: str) -> bool:
    return any(c.subtype == cand.subtype and c.actor == actor for c in out)


def _acts(sent: Sentence, trig: Mention, clause: Passive, year: int | None) -> list[Candidate]:
    """A drill or movement performed by the clause's agents that the active-voice rules did not read:
    "The annual Zapad drills are to be held by Russian and Belarusian forces"."""
    item = trig.item
    if clause.verb not in _PERFORMED or item.type == "none" or not item.strong and item.type != _DRILL:
        return []
    if sent.cache.get(("rejected", trig.start)) or _is_background(sent, trig.start, trig.end, year):
        return []  # read and rejected (history, a state, a back-reference): "The last nuclear test was conducted by …"
    claimant = _coded_speaker(sent)
    out = []
    for code in clause.agents:
        assertion = "planned" if clause.planned else "claimed" if claimant == code else "reported"
        out.append(Candidate(item.type, item.subtype, code, None, None, assertion, claimant, True, trig.start))
    return out


def _coded_speaker(sent: Sentence) -> str | None:
    """The named speaker of a "…, Minsk said" tail."""
    return next((sp.code for sp in sent.speeches if sp.trailing and sp.code and not sp.owner), None)


def _speaker(cand: Candidate, code: str) -> None:
    """The act told by a speaker: its own act is claimed, another's reported."""
    cand.claimant, cand.claimant_weak = code, False
    if cand.assertion in ("reported", "claimed"):
        cand.assertion = "claimed" if cand.actor == code else "reported"


def _clones(cand: Candidate, codes: tuple[str, ...] | list[str], told_by: str | None = None) -> list[Candidate]:
    """The same act by the other participants (rule 7); a claim by the first is a report of the others'."""
    out = []
    for code in codes:
        if cand.type == _STATEMENT:  # each participant of a joint statement speaks for itself, unless one tells it
            claimant = code if cand.claimant == cand.actor and told_by != cand.claimant else cand.claimant
            out.append(replace(cand, actor=code, claimant=claimant))
            continue
        assertion = cand.assertion
        if assertion in ("reported", "claimed"):
            assertion = "claimed" if cand.claimant == code else "reported"
        out.append(replace(cand, actor=code, assertion=assertion))
    return out


def _own_voice(sent: Sentence) -> bool:
    """"…, the defence forces said", "…, it said": an unnamed official or a pronoun speaks for the agent."""
    return any(sp.trailing and sp.code is None and (sp.title or sp.from_context) for sp in sent.speeches)


def _statements(sent: Sentence, trig: Mention, clause: Passive) -> list[Candidate]:
    """The statement a passive verb performs on a noun subject: "Talks were held", "Restraint was urged by the UN"."""
    subtype = _statement_subtype(trig, clause.verb)
    if subtype is None:
        return []
    if subtype == "agreement" and ANY_DEAL.search(sent.text, max(sent.start, trig.start - 40), trig.start):
        return []  # "the odds on a ceasefire between Russia and Ukraine being agreed": no deal yet
    assertion = "planned" if clause.planned else "reported"
    if subtype == "meeting" and clause.planned:
        subtype = "call_for_talks"  # rule 9: a meeting still to come
    # a meeting held is told by the sentence's speaker or the outlet; any other statement by its author
    told_by = _coded_speaker(sent) if subtype == "meeting" and clause.verb == "held" else None
    meeting = told_by is not None or subtype == "meeting"
    return [
        Candidate(_STATEMENT, subtype, code, None, None, assertion, told_by if meeting else code, True, trig.start)
        for code in clause.agents
    ]


# A deal only imagined, right before its noun: "any ceasefire", "any future peace agreement", "an eventual settlement".
ANY_DEAL = re.compile(
    r"\b(?:any|an\s+eventual|a\s+future|any\s+future|any\s+eventual)\s+(?:(?:such|lasting|new|final|durable|"
    r"comprehensive|negotiated|permanent|US-brokered|[\w-]+-brokered)\s+)?(?:peace\s+|ceasefire\s+)?$"
    r"|\b(?:odds|chances|prospects|likelihood|probability)\s+(?:on|of|for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)


def _statement_subtype(trig: Mention, verb: str) -> str | None:
    form = trig.item.form
    if verb in ("held", "paid", "conducted", "convened"):
        return "meeting" if _MEETING_NOUN.search(form) else None
    if verb in ("urged", "proposed", "offered", "extended", "made"):
        if _TALKS_NOUN.search(form) or trig.item.subtype in ("call_for_talks", "meeting"):
            return "call_for_talks"
        if verb == "made":
            return trig.item.subtype  # "A demand … was made by", "a warning was made by"
        return "demand" if verb == "urged" else None
    if verb in ("demanded", "sought"):
        return "demand"
    if verb in ("rejected", "turned down", "ruled out", "dismissed"):
        return "rejection"
    if verb == "denied":
        return "denial"
    if verb in ("issued", "delivered", "voiced", "threatened"):
        return "warning" if _WARNING_NOUN.search(form) or trig.item.subtype == "warning" else None
    if verb in ("put", "placed"):
        return trig.item.subtype if trig.item.subtype in ("demand", "accusation", "warning") else None
    if verb in _AGREED:
        return "agreement" if _AGREEMENT_NOUN.search(form) or trig.item.subtype == "agreement" else None
    return None


# "Oman hosted a round of indirect talks between US and Iranian negotiators": the parties are the two named after
# "between", not the host.
_TALKS_BETWEEN = re.compile(
    r"(?:[^.;:,]{0,60}?\b(?:talks|negotiations|consultations|meeting|summit|dialogue|mediation|mission|"
    r"shuttle diplomacy))?\s+between\s+",
    re.I,
)


_MEDIATOR = re.compile(r".*\bmediat", re.I)


def between_parties(sent: Sentence, end: int, of: bool = False) -> tuple[str, ...]:
    """The parties named after "between" right after a talks word ending at `end` ("Talks between Ethiopia and
    Somalia …"); with `of`, also after "of" ("a meeting of US and Ukrainian negotiators")."""
    m = (_BETWEEN_OR_OF_AFTER if of else _BETWEEN_AFTER).match(sent.text, end, min(sent.end, end + 120))
    return _agent_list(sent, m.end()) if m else ()


_BETWEEN_AFTER = re.compile(r"(?:\s+on\s+[^.;:,]{0,60}?)?\s+between\s+", re.I)
_BETWEEN_OR_OF_AFTER = re.compile(r"(?:\s+on\s+[^.;:,]{0,60}?)?\s+(?:between|of)\s+(?:the\s+)?", re.I)


def with_meeting_parties(sent: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """A meeting whose parties are named after "between": one meeting per party, told by the sentence's speaker."""
    if "between" not in sent.body and not any(c.actor is None and c.assertion == "planned" for c in cands):
        return cands
    out = []
    for cand in cands:
        # talks still to come with no subject: "Talks between the Armenian and Azerbaijani ministers are scheduled …",
        # "A meeting of US and Ukrainian negotiators is expected …"
        to_come = cand.subtype == "call_for_talks" and cand.assertion == "planned" and cand.actor is None
        if cand.subtype == "meeting" and cand.assertion == "reported" or to_come:
            end = next((t.end for t in sent.trigs if t.start == cand.start), cand.start)
            m = _TALKS_BETWEEN.match(sent.text, end, min(sent.end, end + 120)) or (
                _BETWEEN_OR_OF_AFTER if to_come else _BETWEEN_AFTER
            ).match(sent.text, end, min(sent.end, end + 120))
            parties = _agent_list(sent, m.end()) if m else ()
            if len(parties) >= 2 and cand.actor not in parties:
                told_by = _coded_speaker(sent)
                out.extend(
                    replace(cand, actor=code, claimant=told_by, actor_weak=False, claimant_weak=False)
                    for code in parties
                    if not _has_statement(out, "meeting", code)
                )
                if cand.actor and _MEDIATOR.match(sent.text, cand.start, end):
                    out.append(cand)  # "the UN envoy undertook a mediation mission between Syria and Lebanon": him too
                continue
        out.append(cand)
    return out

