"""Troop movements and military drills: whether a trigger is a real military act, and its actor, location,
quantity and assertion."""

from __future__ import annotations

import re

from services.extractor.attribution import Speech
from services.extractor.clauses import (
    _ATTACK_WORDS,
    _CALLED_OFF_AFTER,
    _CALLING,
    _CIVIL_CONTEXT,
    _CIVILIANS,
    _DENIED_AFTER,
    _DRILL,
    _FIRST_PERSON,
    _NOT_YET_AFTER,
    _PASSIVE,
    _PREP_BEFORE,
    _PROTEST,
    _PURPOSE_TO,
    _REACTION_NOUNS,
    _SPECULATOR_SUBJECT,
    _SPECULATOR_WORDS,
    _STATEMENT,
    _STILL_CONTESTED,
    _STILL_CONTESTED_GATE,
    _TROOP,
    _WITH_BEFORE,
    _WOULD,
    CONFIRM_OR_DENY,
    DEADLINE_SPAN,
    YEARS_AFTER,
    ArticleContext,
    Candidate,
    Sentence,
    _before,
    _body_has,
    _cancelled,
    _clause,
    _governing_speech,
    _hypothetical,
    _in_object_of,
    _in_quote,
    _in_quote_only,
    _is_background,
    _is_headline,
    _last,
    _modifier,
    _negated,
    _numbers,
    _planned,
    buildup_at_a_place,
    charge_about_itself,
)
from services.extractor.gating import GatedPattern
from services.extractor.matcher import Mention
from services.extractor.quantities import parse_number

_LOCATIVE = re.compile(
    r"\b(?i:to|toward|towards|near|at|on|in|into|from|over|across|along|inside|within|off|around|opposite|facing|"
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
_AFTER_EVENT = re.compile(
    r"\b(?:after|following|in response to|in retaliation for|amid|since|ahead of|before|at the height of)\s+"
    r"(?:completing\s+|the\s+|"
    r"its\s+|their\s+|this\s+|last\s+\w+'s\s+|a\s+)?(?:[\w.'’-]+\s+){0,3}$",
    re.I,
)
_PARTICIPATION_OFF = re.compile(
    r"\b(pull(?:ed|s|ing)? out of|withdr(?:ew|awn|aw|awing|aws) from|boycott\w*|skip(?:ped|s)?|opt(?:ed|s)? out of|"
    r"quit|left)\s+(?:the\s+)?(?:[\w-]+,?\s+){0,5}$",  # "pulled out of Northern Eagle, a naval exercise"
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
    r"\b(held|hold|holds|holding|began|begun|begin|begins|beginning|start|started|starts|starting|launch|launched|"
    r"launches|launching|conduct|conducted|conducts|conducting|stage|staged|stages|staging|announce|announced|"
    r"announces|order|ordered|orders|kick off|kicked off|kicks off|complete|completed|carry out|carried out|"
    r"carries out|carrying out|resume|resumed|resumes|oversee|oversaw|overseeing|observe|observed|join|joined|"
    r"joins|joining|plan|planned|plans|host|hosted|hosts|hosting|wrap up|continue|continued|continues|"
    r"watched|watch|inspect|inspected|took part in|take part in|takes part in|taking part in|participate in|"
    r"participated in|participating in|involving|involved|involve|supervis\w+|guided|personally|witness\w*|"
    r"open|opened|opens|opening)"
    # "began the active phase of the Zapad-2025 exercise": a stage of the drill is the drill
    r"\s+(?:(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?(?:phase|stage|part|round|leg)s?\s+of\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)
_MIL_CONTEXT = re.compile(
    r"\b(military(?!-style)|naval|navy|joint|air|live-fire|live fire|war|combat|tactical|amphibious|nuclear|missile|"
    r"missiles|army|strategic|anti-submarine|air-defence|air defence|air-defense|air defense|defence|defense|"
    r"artillery|airborne|paratroopers|troops|forces|soldiers|warships|fleet|drills|manoeuvres|maneuvers|"
    r"war games|rocket|rockets|ballistic|marines|infantry|tank|tanks|fighter|jets|bombers|submarine|"
    r"ministry of defen[cs]e|defen[cs]e ministry|pentagon|ICBM|hypersonic|warhead|nato|pla|kpa|irgc|idf|"
    r"reaction forces?|response forces?|brigades?|battalions?|regiments?|battle ?groups?|reservists|garrisons?|"
    r"front-?line units|border guards|"
    r"(?:its|their|border|frontier|combat|army|naval|air|ground|armou?red|infantry) units|large-scale|"
    r"tri-service|command-staff|command-and-staff|command-post|CSTO|combined|river-crossing|maritime cooperative|"
    r"theat(?:er|re) commands?|revolutionary guards?)\b",
    re.I,
)
_WEAPON = re.compile(
    r"\b(missiles?|rockets?|nuclear|atomic|thermonuclear|warheads?|ICBMs?|SLBMs?|hypersonic|weapons?|torpedo(?:es)?|bombs?|"
    r"interceptors?|interception|launchers?|ballistic|cruise|projectiles?|artillery|drones?|Hwasong|Sarmat|Iskander|"
    r"Kinzhal|Zircon|Tomahawk|Agni|Prithvi|Shaheen|Ghauri|Fattah|air[- ]defen[cs]e|anti-aircraft|anti-ship|howitzers?|"
    r"Patriot|S-[34]00|HIMARS|(?:DF|KN|Hyunmoo|Fateh|Sejjil|Emad|Kheibar|Ghaznavi|Babur)-\d+\w*|Minuteman|Trident|Yars|"
    r"Bulava|Tsirkon|Burevestnik|Avangard|BrahMos|Khorramshahr|Pukguksong|Nodong|Musudan)\b",
    re.I,
)
# A study, not a drill: "war games run by a think-tank", "consultants ran war games for the bank's board".
_SIMULATION = re.compile(
    r"\b(think[- ]?tanks?|simulations?|tabletop|computer model\w*|modell?ed by|wargaming study|war[- ]game studies|"
    r"war[- ]gaming studies|consultants?|"
    r"consultancy|university|academics|researchers|(?:bank|insurer|company)['’]s board|takeover|"
    r"iterations?\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}war[- ]games?|"
    r"(?:widely\s+)?cited\s+(?:[\w-]+\s+){0,2}war[- ]games?)\b",
    re.I,
)
_DRILL_PURPOSE = re.compile(r"\b(?:designed|intended|meant|aimed|tailored|geared)\s+to\s+$", re.I)
# A running tally dated by its latest instance: "has carried out six nuclear tests, the most recent in 2017" (rule 2).
_TALLY_AFTER = re.compile(
    r"\s*,\s*the\s+(?:most recent|latest|last|first)(?:\s+(?:one|of (?:them|which|those)))?\s+(?:was\s+|coming\s+)?"
    r"(?:in|on|during)\b",
    re.I,
)
_COUNT_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several|multiple|a series of)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
_PLAINLY_MILITARY = re.compile(
    r"\b(military(?!-style)|troops|forces|navy|naval|army|war games|armou?r|tanks|warships|soldiers|battalions?|"
    r"brigades?|joint chiefs|joint staff|general staff|chiefs? of (?:the )?(?:general |defen[cs]e )?staff|"
    r"(?<!civil )(?:national )?defen[cs]e force)\b",
    re.I,
)
# Civil work named as the purpose of a call-up or a move: no force is mobilised or moved for war.
_CIVIL_PURPOSE = re.compile(
    r"\bto\s+(?:help\s+)?(?:(?:the\s+)?(?:farmers|residents|villagers|workers|rescuers)\s+(?:to\s+)?)?"
    r"(?:(?:bring|gather)\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:harvest|crops?)|harvest|plant\s+(?:crops|rice|wheat)|sow|clear\s+(?:snow|rubble|debris|sand|mud|roads?|highways?)|clean\s+up|rebuild|build\s+(?:homes|houses)|"
    r"repair\s+(?:homes|houses|roads|dykes|dams)|fight\s+(?:the\s+)?(?:wild)?fires?|contain\s+(?:the\s+)?(?:floods?|fires?|outbreak))\b",
    re.I,
)
# Relief at home named as the purpose or the destination of a move: "sent soldiers into the flood-ravaged valley to
# help clear mud", "deployed to disinfect care homes". Read only when no second country is named: forces sent to
# another state's disaster, or to evacuate nationals from abroad, are deployed there.
_RELIEF = re.compile(
    r"\bto\s+(?:help\s+)?(?:with\s+)?(?:evacuate|disinfect|(?:the\s+)?(?:disaster\s+)?(?:relief|rescue|"
    r"search[- ]and[- ]rescue|clean-?up|recovery)\s+(?:work|efforts?|operations?)|help\s+firefighters|"
    r"fight\s+(?:the\s+)?(?:forest\s+|bush\s*)?fires?|tackle\s+(?:the\s+)?(?:wild|forest\s+|bush\s*)?fires?)"
    r"|\b(?:flood|quake|storm|fire|cyclone|typhoon|hurricane)-(?:hit|ravaged|stricken|struck|affected)\b"
    r"|\b(?:struck|hit|ravaged|devastated|affected)\s+by\s+(?:[\w'’]+\s+){0,3}?(?:earthquakes?|floods?|flooding|"
    r"wildfires?|forest fires?|storms?|hurricanes?|cyclones?|typhoons?)\b",
    re.I,
)
# Civilians who leave: "ordered about 100,000 people to evacuate", "evacuated 2,000 villagers".
_EVACUEES = r"(?:" + _CIVILIANS + r"|villagers|inhabitants|pupils|students|diplomats|population)"
_CIVILIANS_NEAR = re.compile(r"\b" + _EVACUEES + r"\s+(?:[\w'’,-]+\s+){0,4}?(?:to\s+)?$", re.I)
_CIVILIANS_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?:about|some|more than|over|nearly|the|its|their|all|[\d,]+)\s+)*(?:[\w-]+\s+)?" + _EVACUEES
    + r"\b", re.I
)
_UPDATE_NOTE = re.compile(r"\W*(?:(?:UPDATED?|Updated?)\s*\d*\s*[:—–-]\s*)?")
# A list of sanctioned or designated people or firms something is added to: no forces are added.
_ADDED_TO_LIST = re.compile(
    r"[^.;]{0,120}?\bto\s+(?:its|the|a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:list|blacklist|watchlist|register|registry)\b",
    re.I,
)
_ATTACK_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:at|into|on|against|toward|towards|onto)\s+", re.I)
_SEA_OBJECT = re.compile(
    # "at the Jiupeng base" is where a test was fired; "at an Israeli military base" is a target (an attack)
    r"(?!(?:an?\s+|the\s+)?(?:[A-Z][\w-]*\s+){1,2}(?:military|air|naval|army)\s+base)"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:sea|seas|waters|ocean|zone|range|test site|target area|impact area|base|desert|"
    r"facility|proving ground|cosmodrome|test centre|test center|launch site)\b|(?:the\s+)?Pacific\b|"
    r"(?:[\w-]+\s+){0,2}?(?:mock|simulated|practice|dummy|designated|training)\s+targets?\b|"
    # "fired a Zircon missile at a target in the Barents Sea": an unnamed target is a test's
    r"an?\s+(?:[\w-]+\s+)?target\s+(?:in|at|on|off)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:sea|ocean|range|waters|"
    r"peninsula|polygon|test site)\b|"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?trajector(?:y|ies)\b|"  # "fired an ICBM on a lofted trajectory"
    r"(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:about |around |approximately |roughly )?\d|"
    r"the (?:same )?(?:day|morning|evening|night|weekend)|"
    r"its (?:own )?territory)", re.I
)


# Between two coordinated participants: "India and China", "the U.S. and South Korea", "Serbian President
# Aleksandar Vucic and Kosovo Prime Minister".
_JOINED = re.compile(
    r"\.?(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|defen[cs]e|armed|forces?|army|navy|military|ministry|coast|guard|air|naval|"
    r"troops|units|soldiers|sailors|marines|secretary|minister|president|chief|premier|envoy|foreign|chancellor|prime|"
    r"leader|king|emir)){0,4},?\s*"
    r"(?:and|,|as well as)\s*(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?:some|about|around|roughly|nearly|almost|more than|over|up to)\s+)?(?:\d[\d,]*\s+)?"
    r"(?:(?:President|Prime|Minister|Premier|Chancellor|Foreign|Defen[cs]e|Secretary|King|Emir|Mr\.?|Ms\.?)\s+){0,3}|-|–"
)
# "a US destroyer and a Canadian frigate", "three Chinese and three Russian warships": forces of two parties
_FORCES_NOUN = (
    r"(?:[\w-]+\s+){0,2}?(?:warships?|ships|vessels|destroyers?|frigates?|corvettes?|submarines?|jets|aircraft|"
    r"bombers|fighters|helicopters|troops|soldiers|units|battalions?|brigades?)\s+"
)
_FORCES_AND = r"and\s+(?:an?|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
_JOINED_FORCES = re.compile(r"\s+(?:" + _FORCES_NOUN + r")?" + _FORCES_AND)  # between two demonyms
_JOINED_FORCES_NOUN = re.compile(r"\s+" + _FORCES_NOUN + _FORCES_AND)  # "US destroyer and a …": the noun said
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
# Words that open another clause or a cause: a place beyond one is not where the action happens ("raised its
# readiness in response to the PLA drills", "mobilised the militia in response to a U.S. naval buildup").
_CLAUSE_WORD = re.compile(
    r"\b(?:after|before|while|whereas|because|although|hours after|days after|"
    r"in (?:response|reaction|reply|retaliation) (?:to|for)|responding to|reacting to)\b",
    re.I,
)
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
_DISPUTE = GatedPattern(
    re.compile(
        r"\b(false|untrue|not true|dismissed|disputed (?:by|the|this|that|claims)|disputes|no evidence|not seen|"
        r"no sign|no signs|contradicts|contradicted|"
        r"no such \w+ (?:has|had|have|was|were) been (?:observed|seen|detected)|"
        r"(?:shows?|showed|found|finds) no (?:such )?(?:pullback|pull-back|withdrawal|drawdown)|"
        r"(?:seen|observed|detected|noticed) no (?:such|real|actual|genuine|significant|meaningful|reduction|"
        r"decrease|drawdown|pullback|pull-back)|(?:stayed|remained) behind|"
        r"(?:vessels|ships|warships|boats) (?:still )?remained (?:nearby|in the area|there|in|at|near)|"
        r"(?:troops|soldiers|forces|units|marines|personnel) (?:still )?(?:remained|remain) (?:in|at|on)|"
        r"still (?:occup\w+|hold\w*|held|in place|present|on the ground|in the (?:area|region|zone)|at sea|there|"
        r"nearby|in position)|"
        r"(?:claims?|reports?) (?:was|were|is|are) (?:greatly |grossly |wildly )?exaggerated|"
        r"dismiss\w* (?:the|this|that|its|their) (?:[\w'’-]+ )?"
        r"(?:move|claims?|announcement|pullback|withdrawal|step) as|"
        r"claims? (?:[\w'’.-]+ ){1,7}?(?:disputed|contested)|"
        r"(?:were|was|are|is) still (?:operating|present|there|in place|deployed|stationed|holding|moored|docked|"
        r"berthed)|"
        r"not a (?:real|genuine|true|actual) (?:withdrawal|pullback|pull-back|pullout|drawdown)|"
        + _STILL_CONTESTED + r"|seen no (?:such )?(?:change|movement)|"
        r"contrary to|denied by|rejected|skeptical|sceptical|doubts?|questioned|"
        r"(?:reports|evidence|signs|indications) of (?:their|its|a|continued|a continued) presence|"
        r"(?:regroup\w*|reposition\w*|redeploy\w*)(?: rather than|,? not| instead of)|"
        r"(?:was|is|amounted to) (?:merely |only |just |simply )?an? (?:tactical )?(?:regrouping|ruse|smokescreen)|"
        # "a figure Eritrean officials called exaggerated"
        r"(?:called|termed|branded) (?:it |them )?[\"“‘']?(?:an? |pure |complete |grossly |greatly |wildly )?"
        r"(?:exaggerat\w*|inflated|fabricat\w*|baseless|misleading|fake))\b",
        re.I,
    ),
    ("inflated", "fabricat", "baseless", "misleading", "fake",
     "regroup", "reposition", "redeploy", "ruse", "smokescreen", "false", "untrue", "not true", "dismissed", "disput",
     "no evidence", "not seen", "no sign",
     "contradict", "contrary to", "denied by", "rejected", "skeptical", "sceptical", "doubt", "questioned",
     "no such", "presence", "no real", "no actual", "no genuine", "contested", "still", "not a ", "significant",
     "meaningful", "remain", "exaggerated", "dismiss", "reduction", "decrease", "drawdown", "pullback",
     "pull-back", "stayed behind", "seen no", *_STILL_CONTESTED_GATE),
)
_CLAIM_NOUN_AFTER = re.compile(r"\s+(?:claims?|announcements?|reports?)\b", re.I)
_DEMAND_CUE = GatedPattern(
    re.compile(
        r"\b(call(?:ed|s|ing)? on|call(?:ed|s|ing)? upon|urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|request(?:ed|s|ing)?|"
        r"ask(?:ed|s|ing)?|press(?:ed|es|ing)?(?!\s+(?:on|ahead|forward)\s+with\b)|insist(?:ed|s|ing)?|"
        r"appeal(?:ed|s|ing)? to|want(?:s|ed)?|"
        r"call(?:ed|s|ing)? for|must|should|to force|pressure|pressured|expect(?:s|ed)?|time for|"
        r"chant(?:ed|s|ing)? for|"
        # a deadline: "gave French special forces one month to leave"
        r"(?:gave|give|gives|giving|given)\s+(?:[\w'’.-]+\s+){1,5}?" + DEADLINE_SPAN + r")\b",
        re.I,
    ),
    ("call", "urg", "demand", "request", "ask", "press", "insist", "appeal", "want", "must", "should",
     "to force", "expect", "time for", "chant", "give", "gave", "giving"),
)
# "rejected Indian claims that it had …", "dismissed as 'baseless' a claim by Israel that …": the charge denied
_DENIAL_SCOPE = re.compile(
    r"\b(den(?:y|ies|ied|ying)|rul(?:e|ed|es|ing) out|no plans? to|no intention(?:s)? (?:of|to)|"
    r"(?:dismiss|reject)(?:ed|es|s|ing)?\s+(?:as\s+['‘\"“]?[\w-]+['’\"”]?\s+)?(?:(?:the|an?|[A-Z][\w'’-]*)\s+){0,2}"
    r"(?:reports|claims?|allegations?|accusations?|charges?)(?=\s+(?:by\s+[\w\s'’.-]{1,40}?\s+)?that\b))",
    re.I,
)
_OBJECTS_IN_FLIGHT = re.compile(
    r"\b(?:missiles?|rockets?|drones?|balloons?|projectiles?|debris|UAVs?|munitions?)\b(?!\s+(?:carriers?|ships?))",
    re.I,
)
_ANY_CRAFT = re.compile(r"\bany\s+(?:[\w-]+\s+){0,3}$", re.I)
_QUOTE_OPENING = re.compile(r"\s*[\"“‘']\s*")
_NOT_RULED_OUT = re.compile(
    r"\b(?:not|cannot|n['’]t|never|refus\w*\s+to|declin\w*\s+to|would\s+not)\s+(?:\w+\s+)?rul(?:e|ed|es|ing)\s+out\s+"
    r"(?:the\s+(?:possibility|option)\s+of\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_RESERVISTS = re.compile(
    r"\b(reservists?|conscripts?|recruits?|men of fighting age|army|"
    # "mobilising its reserves" (not a central bank's: "mobilised its reserves to defend the currency")
    r"(?:its|their|military|army)\s+reserves\b(?![^.;]{0,80}\b(?:currency|tenge|rouble|ruble|dollar|lira|"
    r"exchange|banks?|prices|markets)\b)|"
    r"volunteers\b[^.;]{0,30}?\b(?:defen[cs]e|front|homeland|fatherland|motherland|armed forces|war))\b",
    re.I,
)
_BORDER_AHEAD = re.compile(
    r"s?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:border|frontier|boundary|front line|frontline)\b", re.I
)
_RESERVISTS_BEFORE = re.compile(r"\b(?:reservists|conscripts)\s+(?:[\w'’-]+\s+){0,7}$", re.I)
# Thousands of people called up: "318,000 people had been called up", "call up another 500,000 men"
_CALLED_UP_PEOPLE = re.compile(
    r"\b(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:thousand|million)|(?:tens|hundreds) of thousands of)\s+"
    r"(?:more\s+|additional\s+)?(?:people|men|citizens)\b",
    re.I,
)
_PAPERS_SENT = re.compile(
    r"\s+(?:out\s+)?(?:(?:the|its|their|new|more|first|\d[\d,]*)\s+)?(?:call-?up|draft|conscription|mobili[sz]ation|"
    r"enlistment|military)\s+(?:notices|papers|summons(?:es)?|letters|orders)\b",
    re.I,
)
_MOBILIZATION_NOUNS = frozenset({"mobilization", "mobilisation", "conscription", "partial mobilization",
                                 "partial mobilisation", "general mobilization", "general mobilisation"})


def _military(sent: Sentence, trig: Mention, ctx: ArticleContext, year: int | None) -> list[Candidate]:
    """Troop movement or drill candidates for one trigger, or none when a filter rejects it."""
    item = trig.item
    if not _military_sense(sent, trig):
        return []
    if _NOT_SAID.search(_before(sent, trig.start, 60)):
        return []  # "Rutte did not say how many troops had arrived": an unanswered question, no new act
    if item.type == _DRILL and _DRILL_DONE_BEFORE.search(_before(sent, trig.start, 60)):
        return []  # "units had completed their drills and were returning to their bases": told as over (rule 8)
    if item.verb and sent.text[trig.start].isupper() and _QUOTE_OPENING.fullmatch(
        sent.text, sent.start, trig.start
    ) and not sent.text.endswith(("s", "ed", "ing"), trig.start, trig.end):
        return []  # "'Withdraw your troops from the border now,' the EU's envoy said": an order to another, no move
    if CONFIRM_OR_DENY.search(sent.text, sent.start, sent.end):
        return []  # "reports of troop movements I can neither confirm nor deny": nothing affirmed
    if _PAVING.search(_before(sent, trig.start, 40)):
        return []  # "paving the way for the disengagement of troops": what a deal may lead to, not an act
    if _DAYS_AFTER.search(_before(sent, trig.start, 50)):
        return []  # "days after India's Agni-5 test", "weeks after Seoul held drills": an earlier act as a time anchor
    if _OPEN_QUESTION.search(_before(sent, trig.start, 90)):
        return []  # "watching whether Russian troops were actually withdrawing", "as long as Seoul kept staging drills"
    if _NOT_ANNOUNCED.search(_before(sent, trig.start, 50)):
        return []  # "it did not announce further exercises": no act was announced, nothing is denied
    if _ALLOWED_TO.search(_before(sent, trig.start, 100)):
        return []  # "a pact allowing their forces to deploy on each other's soil": what a deal permits, no act
    if _RIGHT_TO.search(_before(sent, trig.start, 40)):
        return []  # "Russia was free to station forces anywhere on its territory": a right claimed, no act
    if _REFUSED_TO.search(_before(sent, trig.start, 40)):
        return []  # "refused to withdraw", "Armenia's refusal to pull back": a rejection; the act is not done
    if _reduced_relative(sent, trig):
        return []  # "the troops sent to the border had returned": the participle names forces, the act is older
    speech = _military_speech(sent, trig)
    negated_claim = False
    # "NATO sees no sign of Russian pullback despite Moscow's claims": the claimed act, disputed (rule 4)
    contested = (
        item.subtype == "withdrawal" and bool(_DESPITE_CLAIM.search(sent.text, trig.end, sent.end))
        and bool(_NOT_SEEN.search(_before(sent, trig.start, 60)))
    )
    # "could not rule out sending ground troops": a step kept open (hypothetical), neither denied nor refused
    kept_open = bool(_NOT_RULED_OUT.search(_before(sent, trig.start, 50)))
    if not contested and not kept_open and _rejected_military(sent, trig, year):
        # "Russia has not mobilised a single reservist, the Kremlin insisted": a denial by the actor's side
        if not (speech is not None and _negated(sent, trig.start, trig.end) and not _cancelled(
            sent, trig.start, trig.end
        )):
            sent.cache[("rejected", trig.start)] = True  # the passive reader does not read it again
            return []
        if _NOT_SEEN.search(_before(sent, trig.start, 40)):
            return []  # "Kyiv said it had seen no sign of a pullback": doubt about another's act, not a denial
        if _IF_NEGATED.search(_before(sent, trig.start, 60)):
            return []  # "… if the PLA did not thin out its troops": a condition, nobody denies anything
        if _WILL_NOT.search(_before(sent, trig.start, 30)) and any(t.item.subtype == "rejection" for t in sent.trigs):
            return []  # "refused, saying it would not withdraw 'a single soldier'": a refusal, no denial
        if _NOT_ONE_SOLDIER.search(_before(sent, trig.start, 40)) and any(
            t.item.subtype == item.subtype and t.start < trig.start for t in sent.trigs
        ):
            return []  # "Caracas says it pulled 3,000 troops back; Georgetown says 'not one soldier' has left"
        negated_claim = True
    hypothetical = kept_open or (
        _hypothetical(sent, trig.start, speech is not None) or _conditional(sent, trig) or _modal_after(sent, trig)
        or bool(_EXPECTS.search(_before(sent, trig.start, 70)))
    )
    if not contested and (_NOT_SEEN.search(_before(sent, trig.start, 60)) or (
        _NO_BEFORE.search(_before(sent, trig.start, 6)) and _SEEN_AFTER.match(sent.text, trig.end, sent.end)
    )):
        return []  # "'no indications' Russia was preparing to withdraw", "no pullback seen": doubt about an act
    if hypothetical and (speech is None or _speculator(sent, speech)):
        return []  # a journalist's, an analyst's or a former official's speculation is no event
    analysts = speech is not None and _analyst_speaker(sent, speech) or bool(
        _ANALYSTS_THINK.match(sent.text, sent.start, trig.start)
    )
    if analysts and _GUESSED.search(sent.text, max(sent.start, trig.start - 140), trig.start):
        return []  # "analysts said the navy was likely to send its third carrier on its first long-range deployment"
    # "the Kremlin warned that Russia would move troops … if …": a threat names the speaker's own conditional step;
    # another party's possible act inside a warning ("warned that Russia could invade") is no event
    own_step_only = hypothetical and speech is not None and speech.statement
    if _had_been(sent, trig) and speech is None:
        return []
    if item.subtype == "exercise" and item.verb and _WITHIN_THE_DRILL.match(sent.body):
        return []  # "During the exercise, troops practised…": what happened inside a drill already reported
    actors, actor_weak, own_entity = _military_actors(sent, trig, ctx, speech)
    if hypothetical and speech is not None and speech.code and _IF_BEFORE.search(
        sent.text, _clause(sent, trig.start, trig.end)[0], trig.start
    ):
        own_step_only = True  # "Seoul said it would resume drills if Pyongyang launched …": the other side's act
    if own_step_only:
        actors = [a for a in actors if a == speech.code]
        if not actors:
            return []
    denied_any = _DENIED_ANY.search(_before(sent, trig.start, 20)) if not item.verb else None
    denier_code: str | None = None
    if denied_any is not None:
        # "Belgrade denied any buildup": the denier's own (rule 10), named before the verb in its clause
        verb_at = trig.start - len(_before(sent, trig.start, 20)) + denied_any.start()
        lo = _clause(sent, verb_at, verb_at)[0]
        denier = next((e for e in sent.ents if lo <= e.start < verb_at and e.item.code), None)
        if denier is not None:
            denier_code = denier.item.code
            actors, actor_weak = [denier_code], False
    if speech is not None and speech.code and not hypothetical and _speculator(sent, speech) and _planned(
        sent, trig.start, trig.end
    ):
        # "A former Ukrainian minister said Russia would call up another 300,000 men": a former official's or an
        # analyst's forecast of another party's step is speculation, like a conditional (their own side's is not)
        actors = [a for a in actors if a == speech.code]
        if not actors:
            return []
    if not own_entity and item.type == _TROOP and _definite_forces(sent, trig):
        return []  # "the ships were later seen heading back": back-reference to reported forces (rule 8)
    launched_from = sent.text.endswith("from", trig.start, trig.end) and item.subtype == "weapons_test"
    origin = None
    if launched_from:
        # "missiles launched from North Korea's east coast fell …": who fired is where it was fired from
        origin = next((e for e in sent.ents if trig.end <= e.start <= trig.end + 45 and e.item.code), None)
        if _ATTACK_SIGNS.search(sent.body):
            return []  # a launch that set off sirens or hit a town: an attack
        # no named origin ("from the frigate Talwar", "from a site near the capital"): who fires is found as for an
        # active launch (the speaker's or the sentence's party)
        if origin is not None:
            actors, actor_weak = [origin.item.code], False
    if speech is not None and speech.code and speech.code not in actors and _OUR_SUBJECT.match(
        sent.text, _clause(sent, trig.start, trig.end)[0], trig.start
    ) and _in_quote(sent, trig.start):
        # "'Our special forces and the Egyptian army have begun a live-fire exercise,' the Saudi spokesman said": the
        # first person of a quote is its speaker's state, next to the partner it names
        actors = [speech.code, *[a for a in actors if a is not None]]
    if item.subtype == "exercise" or item.subtype == "weapons_test" and _JOINT_TRIAL.search(
        sent.text, max(sent.start, trig.start - 40), min(sent.end, trig.end + 40)
    ):  # ("sharing information with the US and Japan" after a readiness check, "talks with" after a test: one side's)
        actors = _with_partners(sent, trig, actors)
        if item.subtype == "exercise" and not item.verb:
            actors = _with_joiners(sent, trig, actors)
    location = origin.item.code if launched_from and origin is not None else _location(sent, trig, actors, ctx)
    out = []
    speakers = _speaker_codes(sent, speech)
    for actor in actors or [None]:
        claimant = None
        if speech is not None:
            claimant = speech.code if speech.code else actor
            if actor in speakers:
                claimant = actor  # "Estonia and Latvia said they were raising …": each speaks for itself
        if speech is None and _in_quote_only(sent) and ctx.speaker:
            claimant = ctx.speaker
        if denier_code is not None:
            claimant = denier_code
        announced = speech is None and claimant is None and any(
            code == actor and end <= trig.start for end, code in sent.cache.get("announced_by", ())
        )
        if announced:
            claimant = actor  # "Armenia's defence ministry announced an unscheduled readiness check": its own account
        assertion = "disputed" if contested else _military_assertion(sent, trig, actor, speech, claimant)
        if announced and assertion == "reported":
            assertion = "claimed"
        if assertion == "disputed" and claimant is None:
            claimant = actor  # "calls Pyongyang's pullback claim false": a disputed claim is its actor's (rule 4)
        if contested:
            claimant = _claim_owner(sent, trig) or actor  # "… despite Minsk's announcement": the claim is Minsk's
        if hypothetical:
            assertion = "hypothetical"
        if negated_claim:
            if claimant is not None and actor is not None and claimant != actor:
                return []  # somebody else's negation: no event
            assertion = "denied"
            out.append(Candidate(_STATEMENT, "denial", actor, location, None, "reported", actor, True, trig.start,
                                  actor_weak=actor_weak))
        disputer = _disputer(sent, trig, claimant) if assertion == "disputed" else None
        if disputer is not None and disputer == actor and _DENIED_CHARGE.search(sent.text, trig.end, sent.end):
            # "accused Rwanda of sending 4,000 troops, a charge Kigali denied": the actor denies the act (rule 10)
            assertion, claimant = "denied", actor
            out.append(Candidate(_STATEMENT, "denial", actor, location, None, "reported", actor, True, trig.start,
                                 actor_weak=actor_weak))
        elif disputer is not None:
            # "…, a claim South Korea's Joint Chiefs of Staff disputed": the other side's statement is an accusation
            # (rule 4)
            out.append(Candidate(_STATEMENT, "accusation", disputer, None, None, "reported", disputer, True,
                                 trig.start))
        quantity = _quantity(sent, trig, actor)
        subtype = item.subtype
        if subtype == "deployment" and _TO_REINFORCE.match(sent.text, trig.end, min(sent.end, trig.end + 90)):
            subtype = "buildup"  # "sent 2,000 more troops to reinforce bases in Kuwait": forces added where they are
        if subtype == "withdrawal" and sent.text.startswith(("leav", "left"), trig.start):
            bound = _LEFT_FOR.match(sent.text, trig.end, sent.end)
            dest = bound and next((e for e in sent.ents if e.start == bound.end() and e.item.code
                                   and e.item.kind in ("country", "capital")), None)
            origin = next((e for e in sent.ents if trig.end < e.start <= trig.end + 5 and e.item.code), None)
            if dest is not None and actor is not None and dest.item.code != actor and (
                origin is not None and origin.item.code == actor
            ):
                # "800 peacekeepers had left Accra for South Sudan": forces leaving home for a mission deploy there
                # (leaving a host, "left Niamey for Chad", stays a withdrawal)
                subtype, location = "deployment", dest.item.code
        out.append(Candidate(
            item.type, subtype, actor, location, quantity, assertion, claimant, item.strong, trig.start,
            actor_weak=actor_weak or actor is None, claimant_weak=bool(speech and speech.from_context),
            toward_border=_toward_border(sent, trig),
            sea_departure=bool(_PUT_TO_SEA.match(sent.text, trig.start, trig.end)),
            sent_to=item.subtype == "deployment" and sent.text.startswith(_SENDING, trig.start)
            and bool(_SENT_TO.match(sent.text, trig.end, sent.end)),
            for_drill=item.subtype == "deployment" and bool(_FOR_DRILL.match(sent.text, trig.end, sent.end)),
        ))
    return out


_LEFT_FOR = re.compile(r"\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?for\s+(?:the\s+)?")


# What forces are moved for when a drill is the event: "put to sea for drills", "sent … to take part in an exercise"
# (`_FOR_DRILLS` in the sense check, `_FOR_DRILL` when candidates are resolved).
_FOR_A_DRILL = r"(?:for|to join|to take part in|to hold|to conduct|to participate in|to stage)"
_DRILL_NOUNS = r"(?:drills?|exercises?|war games|manoeuvres|maneuvers|wargames)"
# "sent corvettes to sea for unscheduled drills", "ordered 5,600 troops to take part in a defensive exercise": the
# forces a drill moves, in the same clause
_FOR_DRILL = re.compile(
    r"[^,;.]{0,80}?\b" + _FOR_A_DRILL + r"\s+(?:[\w'’\"“”-]+\s+){0,4}?" + _DRILL_NOUNS + r"\b", re.I
)
# (not "to bolster air defences" nor "to reinforce NATO's forward presence" in an ally's country: sending there)
_TO_REINFORCE = re.compile(r"[^,;.]*?\bto\s+reinforce\s+(?!NATO['’]s|the\s+alliance['’]s)", re.I)
_MODAL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:could|might|may)\s+(?:\w+\s+)?(?:become|be|follow|come)\b"
    # "would" too, but not its future passive: "announced that artillery drills would be conducted on Friday"
    r"|\s+(?:[\w-]+\s+){0,2}?would\s+(?:\w+\s+)?(?:become|be(?!\s+(?:[a-z]+ed|held|begun|undertaken|run|carried)\b"
    r"(?![^;.]*\b(?:if|unless)\b))|follow|come)\b"
    # "The buildup of Venezuelan forces …, which peaked in 2023, could resume after elections": a relative clause
    # between the act and its modal
    r"|\s+(?:of\s+(?:[\w'’-]+\s+){1,5}?)?(?:[\w'’-]+\s+){0,3}?[\w'’-]*,[^,;.]{3,70},\s+(?:could|might|may)\s+"
    r"(?:resume|return|restart|recur|escalate|happen|follow|come|be|become)\b"
    # "a drawdown of African Union forces could let al-Shabaab retake …": the act as the subject of a modal
    r"|\s+of\s+(?:[\w'’-]+\s+){1,4}?(?:could|might|may)\s+(?!not\b)\w+",
    re.I,
)


def _modal_after(sent: Sentence, trig: Mention) -> bool:
    """A nominal trigger as the subject of a modal: "a second wave of mobilisation may become unavoidable";
    a gerund too: "warned that sending a warship to its waters would be a provocation"."""
    if not trig.item.verb:
        return bool(_MODAL_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + 160)))
    return sent.text.endswith("ing", trig.start, trig.end) and bool(
        _GERUND_SUBJECT.search(_before(sent, trig.start, 12))
        and _GERUND_MODAL.match(sent.text, trig.end, min(sent.end, trig.end + 70))
    )


_GERUND_SUBJECT = re.compile(r"(?:\b(?:that|whether|warned|said)\s+|^\W*)$", re.I)
_GERUND_MODAL = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:would|could|might|will)\s+(?:\w+\s+)?be\b", re.I)
# "he expected Moscow to order a new wave of mobilisation": somebody's expectation of another's act
_EXPECTS = re.compile(
    r"\b(?:expect(?:s|ed)?|predict(?:s|ed)?|anticipat(?:es|ed)|forecast)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}"
    r"(?:to|would|will|could|might)\s+(?:[\w-]+\s+){0,5}$",
    re.I,
)
_NO_BEFORE = re.compile(r"\bno\s+$", re.I)
_SEEN_AFTER = re.compile(r"\s+(?:(?:has|had|have)\s+been\s+|was\s+|were\s+)?(?:seen|observed|detected|visible)\b", re.I)
_SPECULATOR = re.compile(r"\b" + _SPECULATOR_WORDS + r"\b", re.I)
# "Military experts believe Ankara could …": analysts' opinion opening the sentence, whatever its verb
_ANALYSTS_THINK = re.compile(
    r"\W*(?:(?:[\w'’-]+\s+){0,3}?(?:analysts|experts|commentators|observers|pundits|scholars|researchers|bloggers)|"
    r"(?:an?|one|the)\s+(?:[\w'’-]+\s+){0,2}?(?:analyst|expert|commentator|pundit|scholar|researcher|blogger))\s+"
    r"(?:[\w'’,-]+\s+){0,6}?(?:believe|believes|think|thinks|expect|expects|predict|predicts|reckon|reckons|suspect|"
    r"suspects|say|says|said|argue|argues|argued|bet|betting|speculate|speculated)\b",
    re.I,
)
# An analyst's guess, however far before the act it names: "likely to", "could, in theory,", "will", "expected"
_GUESSED = re.compile(
    r"\b(?:could|might|may|would|will|(?:un)?likely|probably|expected|expects?|predict\w*|believe[sd]?|bet\w*|"
    r"in theory|poised)\b",
    re.I,
)
_MEDIA_SPEAKER = re.compile(
    r"\b(?<!state )(?<!state-run )(?<!state-owned )"
    r"(?:broadcaster|newspaper|daily|magazine|website|news site|tabloid)\b",
    re.I,
)


def _speculator(sent: Sentence, speech: Speech) -> bool:
    """The speaker of a conditional is no official: "…, a former defence minister said"; nor is a news outlet
    ("… suggest another missile test could be imminent, Norwegian broadcaster NRK reported")."""
    lo, hi = speech.subject if speech.subject[1] > speech.subject[0] else (speech.boundary, speech.start)
    if _MEDIA_SPEAKER.search(sent.text, lo, max(hi, speech.end)):
        return True
    hi = max(hi, speech.end + 40 if speech.trailing else hi)
    if any(lo <= e.start < hi and e.item.kind == "leader" for e in sent.ents):
        return False  # "former president Dmitry Medvedev said": a named figure who speaks for his state
    if not speech.trailing and not any(sp.start < speech.start and sp.code for sp in sent.speeches):
        lo = sent.start  # "A London-based analyst who has tracked the Russian armed forces … said": the whole subject
    return bool(_SPECULATOR.search(sent.text, lo, hi))


def _analyst_speaker(sent: Sentence, speech: Speech) -> bool:
    """The speech's own subject names analysts, experts or commentators ("Military analysts say", "…, a columnist
    argued"), not a named figure."""
    lo, hi = speech.subject
    if hi <= lo:
        return False
    if any(lo <= e.start < hi and e.item.kind == "leader" for e in sent.ents):
        return False
    found = _SPECULATOR_SUBJECT.match(sent.text, lo, hi)
    return found is not None and found.group(1).lower() not in ("former", "ex-", "retired")


_WITHIN_THE_DRILL = re.compile(
    r"\W*(?:During|Throughout|In the course of|As part of|Over the course of)\s+(?:the|these|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|war games|manoeuvres|maneuvers)\s*,"
)
_NOT_SEEN = re.compile(
    r"\b(?:no|any|little)\s+(?:sign|signs|evidence|indication|indications|proof)['’\"”]?\s+(?:\w+\s+){0,7}$|"
    # "There were no immediate reports of Chinese aircraft entering …"
    r"\bno\s+(?:immediate\s+|further\s+|new\s+|independent\s+)?reports?\s+of\s+(?:[\w'’-]+\s+){0,5}$|"
    r"\bno\s+such\s+$|\bnot\s+(?:a\s+)?(?:real|genuine|true|actual)\s+$|"
    r"\b(?:seen|observed|detected|noticed|recorded)\s+no\s+(?:[\w-]+\s+){0,2}$|"
    r"\bnot\s+(?:yet\s+)?(?:seen|observed|detected|witnessed|confirmed)\s+(?:\w+\s+){0,5}$",
    re.I,
)


def _military_speech(sent: Sentence, trig: Mention) -> Speech | None:
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


def _conditional(sent: Sentence, trig: Mention) -> bool:
    """"Ankara would send troops if Baku asked", "should the PLA begin a blockade": a conditional action."""
    before = _before(sent, trig.start, 40)
    return bool(_WOULD.search(before)) and _body_has(sent, _IF_CLAUSE)


_SPEECH_END = re.compile(r"\s*(?:[.,;:\"”’]|on\s+\w+day\b|in\s+a\s+statement\b|$)")
_CIVIL_MOBILISE = re.compile(
    r"[\"”’']?\s+(?:[\w'’-]+\s+){0,3}?(?:savers|voters|supporters|funds|finance|financing|resources|investment|investors|"
    r"capital|money|volunteers|communities|the public|public opinion|(?<!to )support|donors|members|the base|"
    r"grassroots)\b",
    re.I,
)
# "enlisting volunteers for the national defence force": people called to arms after all
_FOR_THE_ARMY = re.compile(
    r"[^,;.]{0,50}?\b(?:for|into|to join|to fight (?:in|with|for))\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:army|armed forces|military|militias?|national guard|defen[cs]e forces?|front|frontline|front line|"
    r"war effort|defen[cs]e of the (?:homeland|fatherland|motherland|nation|country))\b",
    re.I,
)
_VISIT_AFTER = re.compile(
    r"\s+(?:(?:in|at|to)\s+)?(?:[\w'’.-]+\s+){1,5}?for\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:visit|talks|meeting|summit)\b",
    re.I,
)
_SHIP_CALL = re.compile(r"\b(?:port|maintenance|replenishment|refuelling|refueling)\s+(?:[\w-]+\s+)?visit\b", re.I)
# Ships and aircraft named as such (what pays a port call or a "visit" without being a delegation); shared with the
# statement reader's visits.
HARDWARE = re.compile(
    r"\b(?:ships?|vessels?|submarines?|carriers?|frigates?|destroyers?|corvettes?|cruisers?|warships?|bombers?|"
    r"aircraft|jets|HMS|USS|INS|assets|flotilla|squadron|strike group|task group|naval group)\b"
)
_THAT_BACKREF = re.compile(r"\W*That\s+(?:[\w-]+\s+){0,2}$")
_CEREMONY = re.compile(
    r"\b(?:parades?|flypasts?|fly-pasts?|flyovers?|in formation|celebrations|ceremon(?:y|ies)|air shows?|airshows?)\b",
    re.I,
)
_PRESENT_OPERATING = re.compile(r"\b(?:is|are)\s+(?:(?:currently|now|still|already)\s+)?$", re.I)
# Equipment that can be sent without any force moving: arms transfers, not deployments.
_EQUIPMENT = frozenset({"weapons", "equipment", "hardware", "military hardware", "missiles"})
_TRANSFER_VERB = ("send", "sent", "ship", "deliver", "suppl", "provid", "transfer", "donat")


def _deployment_not_forces(sent: Sentence, trig: Mention) -> bool:
    """A fly-past at a parade, carriers "currently operating" (a state), weapons sent (an arms transfer, not a
    force on the move)."""
    if _CEREMONY.search(sent.body):
        return True
    if sent.text.startswith("operat", trig.start) and _PRESENT_OPERATING.search(_before(sent, trig.start, 20)):
        return True
    if _DELIVERY.search(sent.body) and not _PERSONNEL.search(sent.body):
        return True  # "the first six Rafale jets landed at Batajnica after being handed over by Dassault": a delivery
    return (
        sent.text.startswith(_TRANSFER_VERB, trig.start)
        and bool(sent.mils) and all(sent.text[m.start:m.end] in _EQUIPMENT for m in sent.mils)
    )


_DELIVERY = re.compile(
    r"\b(?:handed\s+over\s+by|delivered\s+by|(?:first|latest|final|new)\s+deliver(?:y|ies)\s+of|"
    r"deliver(?:y|ies)\s+of\s+(?:the\s+)?(?:first|last|remaining|\d+|[a-z]+-?\w*)\s+|part\s+of\s+an?\s+(?:\$?[\w.,]+\s+){0,3}"
    r"(?:order|purchase|contract|deal|arms\s+package|aid\s+package)|(?:ordered|purchased|bought|acquired)\s+from|"
    r"(?:of|from)\s+(?:an|the|its)\s+order\s+for)\b",
    re.I,
)
_PERSONNEL = re.compile(
    r"\b(?:troops|soldiers|marines|personnel|servicem[ae]n|paratroopers|battalions?|brigades?|divisions?|crews?)\b",
    re.I,
)
_FROM_INSTITUTION = re.compile(
    r"\s+(?:(?:formally|officially|unilaterally)\s+)?(?:from|out\s+of)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:under|by|covered|in|near|at|with|along|across|around|inside|within|to|into|after|before|following|during|as|since)\b)[\w'’-]+\s+){0,6}?"
    r"(?:treaty|treaties|accord|agreement|deal|pact|convention|organi[sz]ation|alliance|bloc|"
    r"talks|negotiations|tournament|race|election|competition|championship|summit|framework|initiative|council|"
    r"court|commission|mission agreement|protocol|memorandum)\b",
    re.I,
)
_HALTED = re.compile(
    r"\b(?:halt|stop|freez|froze|suspend|cease(?!-?fire)|ban|curb|prevent|end(?:ed|ing|s)?)\w*\s+(?:all\s+|any\s+|further\s+|"
    r"new\s+|the\s+|its\s+|a\s+|an\s+|"
    r"their\s+)?(?:[\w'‘’\"“”-]+\s+){0,2}$",
    re.I,
)


def _ordered_foreign_forces(sent: Sentence, verb: int, unknown_orderer: bool = False) -> bool:
    """"Niger's rulers ordered French troops to leave": an order (at `verb`) to another state's forces, which is a
    demand, and the move it asks for no event. With `unknown_orderer`, forces of a named state ordered by nobody named
    ("the junta ordered French special forces out") count as another's too."""
    lo = _clause(sent, verb, verb)[0]
    subject = next((e for e in reversed(sent.ents) if e.item.code and lo <= e.start and e.end <= verb), None)
    mil = next((m for m in sent.mils if verb < m.start <= verb + 60), None)
    if subject is None and unknown_orderer and mil is not None:
        return _modifier(sent, mil) is not None
    if subject is None or mil is None:
        return False
    owner = _modifier(sent, mil)
    if owner is None:  # "ordered Italy to withdraw its 300 soldiers": the state told to move them
        owner = next((e for e in sent.ents if e.item.code and verb < e.start < mil.start
                      and _ADDRESSEE_GAP.fullmatch(sent.text, verb, e.start)), None)
    return owner is not None and owner.item.code != subject.item.code


_ADDRESSEE_GAP = re.compile(r"(?:order(?:ed|s)?|told)\s+(?:the\s+)?", re.I)
_ORDERED = re.compile(r"\b(?:order(?:ed|s)?|told)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


_DENIED_ANY = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:(?:any|a|the)\s+)?(?:(?:new|further|fresh|additional|such|troop|military|large-scale)\s+)*$",
    re.I,
)


_SPAN_OF = re.compile(
    r"\b(?:for|during|throughout|until|till|after|before)\s+the\s+(?:duration|course|length|end|period|rest)\s+of\s+"
    r"(?:the|these|those|its|their)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_IF_OPENING = re.compile(r"\W*(?:If|Unless|Should)\s")
_YEAR_BEFORE_NOUN = re.compile(r"\b(?:a|an|the|its|their)\s+((?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


_DATED_DECISION = re.compile(
    r"['’]s\s+((?:19|20)\d\d)\s+(?:decision|order|move|choice|plan|call)\s+to\s+$", re.I
)


def _dated_long_ago(sent: Sentence, trig: Mention, year: int | None) -> bool:
    """A drill or move named with a year before the article's last ("a 1983 NATO exercise", "the 2007 troop surge")."""
    found = _YEAR_BEFORE_NOUN.search(sent.text, max(sent.start, trig.start - 40), trig.start)
    if found is None:
        # "Russia's 2008 decision to send troops into Georgia": a dated decision told as background
        found = _DATED_DECISION.search(sent.text, max(sent.start, trig.start - 40), trig.start)
    if found is None:
        return False
    named = int(found.group(1))
    return named < (year - 1 if year else 2000)


_NO_OBJECT_RECALLED = re.compile(r"\s*(?:[.,;:!?\"”’]|$|(?:on|in|at|during|when|as|that)\b)", re.I)


def _rejected_military(sent: Sentence, trig: Mention, year: int | None) -> bool:
    """Negated, cancelled, background, back-referenced, demanded or a state rather than a movement."""
    if _negated(sent, trig.start, trig.end) or _cancelled(sent, trig.start, trig.end):
        return True
    if YEARS_AFTER.search(_before(sent, trig.start, 60)) or (
        _IF_OPENING.match(sent.text, sent.start, trig.start) and "," not in sent.text[sent.start:trig.start]
    ):
        return True  # "Fifty years after the last US troops withdrew …"; "If the Kremlin does order another call-up, …"
    if not trig.item.verb and trig.item.type == _DRILL and _SPAN_OF.search(_before(sent, trig.start, 40)):
        return True  # "closed its border crossings for the duration of the drills": the drills told before (rule 8)
    if (not trig.item.verb or _DATED_DECISION.search(_before(sent, trig.start, 40))) and _dated_long_ago(
        sent, trig, year
    ):
        return True  # "A 1983 NATO exercise, Able Archer, nearly tipped …", "Russia's 2008 decision to send …": history
    if trig.item.subtype == "withdrawal" and sent.text.startswith("recall", trig.start) and _NO_OBJECT_RECALLED.match(
        sent.text, trig.end, sent.end
    ):
        return True  # "…, the Latvian defence minister recalled.": a speaker remembering, no forces called home
    if not trig.item.verb and _TALLY_AFTER.match(sent.text, trig.end, sent.end) and _COUNT_BEFORE.search(
        _before(sent, trig.start, 30)
    ):
        return True  # "North Korea has carried out six nuclear tests, the most recent in 2017": a tally, history
    if _is_background(sent, trig.start, trig.end, year):
        return True
    if _HABITUAL.search(sent.text, _clause(sent, trig.start, trig.end)[0], trig.start):
        return True  # "Russia has long used snap inspections to …", "such deployments are typically rotated"
    if _OVER_THE_YEARS.search(sent.text, trig.end, _clause(sent, trig.start, trig.end)[1]):
        return True  # "has held joint exercises with NATO and Russia over the past decade": a record, no new act
    if trig.item.type == _DRILL and _TOOK_PART_BEFORE.search(_before(sent, trig.start, 70)):
        return True  # "units which took part in the Bolivarian Shield exercise had begun returning": the drill told
    kept = trig.item.subtype == "readiness_check" and _KEPT_ON_ALERT.search(_before(sent, trig.start, 45))
    if kept and sent.speeches:
        # "said its forces remained on high alert", "said it would keep units on alert": a party's word on a posture
        # kept, nothing raised (an outlet's own "troops remained on alert in the West Bank today" reports one)
        return True
    if not trig.item.verb and _DEMANDED_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + 110)):
        return True  # "The departure of all French troops … was demanded by the junta": the demand's object
    if trig.item.verb and _ANY_WHO.search(_before(sent, trig.start, 40)):
        return True  # "any country that sends troops to Ukraine will become a target": a condition, not an act
    if not trig.item.verb and _EARLIER_ONE.search(_before(sent, trig.start, 40)) and not _clause_has_date_now(
        sent, trig
    ):
        return True  # "North Korea's last underground nuclear test, in 2017, …": an earlier act named
    if not trig.item.verb and _AVOIDED.search(_before(sent, trig.start, 40)):
        return True  # "urged both sides to avoid any military build-up": what is to be avoided, no act
    if not trig.item.verb and _ANY_BEFORE.search(_before(sent, trig.start, 22)) and not _DENIED_ANY.search(
        _before(sent, trig.start, 20)
    ):
        # "any deployment of Western troops would be a legitimate target": a condition, not an act (but "denying any
        # build-up" denies one, rule 10)
        return True
    if not trig.item.verb and _definite_backref(sent, trig):
        return True
    if not trig.item.verb and _TOO_EARLY.search(_before(sent, trig.start, 70)):
        return True  # "it was 'too early' to talk about a withdrawal of US forces": no step on the table yet
    if trig.item.subtype != "mobilization" and _in_demand_scope(sent, trig.start):
        return True
    if sent.text.startswith(("bring", "brought"), trig.start) and _BACK_AFTER.match(sent.text, trig.end, sent.end) and (
        not any(trig.end <= m.start <= trig.end + 40 and m.item.countable for m in sent.mils)
    ):
        return True  # "We bring life back", "bring back compulsory military service": what is brought is no force
    if trig.item.subtype == "deployment" and _TO_A_POST.match(sent.text, trig.end, min(sent.end, trig.end + 40)):
        return True  # "the army chief moved to an ambassadorial post in Rome": a person's new job, no forces
    if trig.item.subtype == "withdrawal" and sent.text.startswith("evacuat", trig.start) and _CIVILIANS_AFTER.match(
        sent.text, trig.end, min(sent.end, trig.end + 40)
    ):
        return True  # "warships to help evacuate its citizens": people taken out, no forces withdrawn
    if trig.item.subtype == "withdrawal" and _WITHDRAWN_THING.match(sent.text, trig.end, min(sent.end, trig.end + 40)):
        return True  # "withdrew its profit forecast", "withdrew his candidacy": a thing taken back, not forces
    if sent.text.startswith("leave", trig.start) and _LEAVE_NOUN.search(_before(sent, trig.start, 25)):
        return True  # "recalling soldiers from leave", "troops on home leave": time off, not a departure
    if trig.item.subtype == "withdrawal" and _CIVIL_LEAVERS.search(_before(sent, trig.start, 50)) and (
        sent.text.startswith(("leav", "left", "depart", "go home", "head"), trig.start)
    ):
        return True  # "gave the French ambassador 48 hours to leave": a diplomat expelled, not forces withdrawn
    if _in_object_of(sent, trig, ("rejection",), lambda verb: None if charge_about_itself(sent, verb) else "rejection"):
        return True  # "rejected calls to pull back"; not "rejected claims that it had moved troops" (a denial)
    if trig.item.type == _DRILL and _PARTICIPATION_OFF.search(_before(sent, trig.start, 60)):
        return True
    ordered = _last(_ORDERED, _before(sent, trig.start, 60))
    if ordered is not None and _ordered_foreign_forces(sent, max(sent.start, trig.start - 60) + ordered.start()):
        return True  # the move another state's forces were ordered to make is demanded, not made
    if sent.text.startswith("order", trig.start) and trig.item.subtype == "withdrawal" and _ordered_foreign_forces(
        sent, trig.start, unknown_orderer=True
    ):
        return True  # "the junta ordered French special forces out of the country": a demand
    if sent.text.startswith(("added", "adds"), trig.start) and _SPEECH_END.match(sent.text, trig.end, sent.end):
        return True  # "…, Japan's defence ministry added.": the verb reports speech, it adds no troops
    if trig.item.subtype == "withdrawal" and sent.text.startswith("back toward", trig.start) and _BORDER_AHEAD.match(
        sent.text, trig.end, min(sent.end, trig.end + 40)
    ):
        return True  # "moving troops back toward the Finnish border": forces moved up to a border build up
    if trig.item.subtype == "withdrawal" and sent.text.startswith("recall", trig.start) and (
        _RESERVISTS.search(sent.text, trig.end, min(sent.end, trig.end + 40))
        or _RESERVISTS_BEFORE.search(_before(sent, trig.start, 60))  # "denied that reservists had been recalled"
        or _FROM_LEAVE.match(sent.text, trig.end, min(sent.end, trig.end + 50))
    ):
        return True  # "recalls conscripts for refresher training": a call-up (mobilization), not a withdrawal
    if not trig.item.verb and _CALLED_OFF_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + 160)):
        return True  # "the drills that Egypt and Sudan had planned for this month were scrapped": no drill
    if _NOT_YET_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + 120)):
        return True  # "A seventh nuclear test, long predicted, has yet to take place": no drill, or only a guess
    if (
        trig.item.subtype == "mobilization" and _CIVIL_MOBILISE.match(sent.text, trig.end, min(sent.end, trig.end + 40))
        and not _FOR_THE_ARMY.match(sent.text, trig.end, min(sent.end, trig.end + 90))
    ):
        return True  # "a drive to mobilise small savers": money and voters, not reservists (nor "… for the army")
    visit = _VISIT_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + 60)) if (
        trig.item.subtype == "deployment"
    ) else None
    if visit is not None and not _SHIP_CALL.search(visit.group()) and not HARDWARE.search(
        _before(sent, trig.start, 80)
    ):
        return True  # "the army chief arrived in Riyadh for an official visit": a visit, not a force on the move
        # (warships that arrive "for a port visit" or "a maintenance visit" are forces moved)
    if trig.item.subtype == "deployment" and _deployment_not_forces(sent, trig):
        return True
    if _THAT_BACKREF.match(sent.text, sent.start, trig.start) and not trig.item.verb:
        return True  # "That mobilisation, announced in 2022, …": refers back (rule 8)
    if trig.item.subtype == "withdrawal" and _FROM_INSTITUTION.match(sent.text, trig.end, min(sent.end, trig.end + 90)):
        return True  # "withdrew from the Treaty on Conventional Armed Forces", "pulled out of the talks"
    if _WARNED_AGAINST.search(_before(sent, trig.start, 60)):
        return True  # "Iran warns US against sending more warships to Hormuz": the act warned against is not done
    if not trig.item.verb and _HALTED.search(_before(sent, trig.start, 40)):
        return True  # "agreed to halt troop movements", "froze the deployment": what is stopped does not happen
    if not trig.item.verb and _AFTER_EVENT.search(_before(sent, trig.start, 50)):
        return True  # "following the North's missile launch", "after completing exercises": an earlier event
    if (not trig.item.verb or sent.text.endswith("ing", trig.start, trig.end)) and _body_has(sent, _PROTEST):
        return True  # "a demonstration to protest the sending of troops": the protest is the news
    if not trig.item.verb and sent.text.startswith("concentration", trig.start) and (
        _HOSTS_BEFORE.search(_before(sent, trig.start, 40))
        or _UNMATCHED_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + 70))
    ):
        return True  # "Japan hosts the largest concentration of US forces", "… of foreign forces unmatched": a state
    if not trig.item.verb and _INDEFINITE_OPENING.fullmatch(sent.text, sent.start, trig.start) and _WOULD_AFTER.match(
        sent.text, trig.end, min(sent.end, trig.end + 120)
    ):
        return True  # "A North Korean nuclear test, the first since 2017, would trigger …": an act supposed
    if trig.item.type == _DRILL and sent.text.endswith("training", trig.start, trig.end) and _CALL_UP_FOR.search(
        _before(sent, trig.start, 80)
    ):
        return True  # "calling up reservists for what it described as routine training": the call-up's purpose
    if sent.text.startswith("recall", trig.start) and _RECALLED_MEMORY.match(
        sent.text, trig.end, min(sent.end, trig.end + 60)
    ):
        return True  # "the drills recalled the 1995-96 crisis": a memory, not forces called home
    if sent.text.startswith(("bring", "brought"), trig.start) and _MONEY_AFTER.match(
        sent.text, trig.end, min(sent.end, trig.end + 60)
    ):
        return True  # "brings in hundreds of millions of dollars a year in rent": money, not forces
    return _state_participle(sent, trig)


_INDEFINITE_OPENING = re.compile(r"\W*(?:A|An)\s+(?:[\w'’-]+\s+){0,3}")
_WOULD_AFTER = re.compile(
    r"(?:\s+(?:of|by|in|on|near|around|along)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:\s*,[^,;.]{1,60},)?"
    r"\s+(?:(?:almost\s+)?certainly\s+|probably\s+|likely\s+)?(?:would|could|might)\s+(?!have\b)",
    re.I,
)
_CALL_UP_FOR = re.compile(
    r"\b(?:call\w*\s+up|called-up|call-ups?|mobilis\w*|mobiliz\w*|reservists|conscripts|recruits)\b[^.;]{0,50}?\bfor\b",
    re.I,
)
_RECALLED_MEMORY = re.compile(
    r"\s+(?:the|a|an|its|their|that|those)\s+(?:[\w'’-]+\s+){0,3}?(?:crisis|crises|wars?|days|era|events?|standoff|"
    r"stand-off|memories|episode|confrontation|tensions|clashes|invasion|times?|period|scenes?|years?)\b",
    re.I,
)
_MONEY_AFTER = re.compile(
    r"\s+(?:[\w$€£.,-]+\s+){0,4}?(?:dollars|euros|pounds|yuan|rubles|roubles|revenue|income|cash|money|millions|"
    r"billions|investment|investors|taxes|rent)\b",
    re.I,
)


_HOSTS_BEFORE = re.compile(r"\bhost(?:s|ed|ing)?\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
_UNMATCHED_AFTER = re.compile(
    r"\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:forces|troops|bases|personnel)\s+(?:unmatched|unrivalled|unrivaled|unequalled|"
    r"unparalleled)\b",
    re.I,
)


# Patterns of `_state_participle`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_STATE_PARTICIPLE_1 = re.compile(r"\b(were|was|been|being|are|is|be|had|have|has|get|got)\s+(?:\w+\s+)?$", re.I)
_RX_STATE_PARTICIPLE_2 = re.compile(r"\s*(?:[\w-]+\s+)?")


def _state_participle(sent: Sentence, trig: Mention) -> bool:
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
# Forces moved toward a border, a front or a named place: a buildup (TAXONOMY: "moving forces toward a border or
# area"). Within the trigger's clause; a number's thousands separator ("10,000 troops") does not end it.
_TOWARD_BORDER = GatedPattern(
    re.compile(
        # a comma may separate the items of a list ("moved troops, armoured vehicles and patrol boats to …")
        r"(?:[^,;.]|(?<=\d)[,.](?=\d)|,(?=\s+[\w-]+(?:\s+[\w-]+)?(?:,|\s+and\b)))*?\b(?:"
        r"(?:closer to|towards?|up to|to|into)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:(?!(?:amid|after|as|if|when|while|because|following|despite|over|since)\s)(?:[\w'’-]|,(?=\d))+\s+){0,7}?"
        r"(?:border|borders|frontier|administrative line|line of contact|line of control|line of actual control|"
        r"demarcation line|armistice line|contact line|boundary|LoC|LAC|DMZ|demilitari[sz]ed zone)\b"
        r"|(?:closer to|towards?|to)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:front|frontline|sector|forward positions|front-line positions|frontline positions)\b"
        # (not "heading toward Hmeimim air base": forces returning to a base)
        # "moved to within 12 nautical miles of Taiwan's coastline"
        r"|(?:to\s+)?within\s+(?:about\s+|some\s+)?\d[\d,.]*\s*(?:km|kilomet(?:re|er)s|miles|nautical miles)\s+of"
        r"|closer\s+to\s+(?!(?:home|base|bases|barracks)\b)"  # "moved closer to two disputed temples"
        r"|(?:towards?|closer to)\s+(?:the\s+)?(?:(?:disputed|contested|occupied|breakaway|rebel-held|southern|"
        r"northern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|"
        r"southeastern|southwestern|central)\s+)?"
        r"(?!(?:Pacific|Atlantic|Indian Ocean|Arctic|Mediterranean)\b)(?-i:[A-Z])"  # (an ocean is open sea, no front)
        r"(?![\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:air\s+|naval\s+)?bases?\b))",
        re.I,
    ),
    ("border", "frontier", "line", "boundary", "loc", "lac", "dmz", "demilitari", "front", "sector", "toward",
     "closer", "forward positions", "within"),
)
# A deployment along a border is forces moved up to it: "a large Serbian military deployment along the boundary".
_ALONG_BORDER = re.compile(
    r"\s+along\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:border|borders|frontier|boundary|administrative line|line of control|line of contact|contact line)\b",
    re.I,
)
_PREPOSITION_END = re.compile(r"\b(?:to|towards?|into)$", re.I)


def _toward_border(sent: Sentence, trig: Mention) -> bool:
    """Forces moved toward a border, a front or a named place (read from the trigger's own preposition on:
    "heading toward the Eritrean frontier"), or deployed along a border."""
    text = sent.text
    form = text[trig.start:trig.end]
    start = trig.end
    end_word = _PREPOSITION_END.search(form)
    if end_word is not None:
        start = trig.start + end_word.start()
    if _TOWARD_BORDER.match(text, start, min(sent.end, start + 120)):
        return True
    return form.lower().startswith(("deploy", "mov")) and bool(_ALONG_BORDER.match(text, trig.end, sent.end))


_NOT_NOUN_PHRASE = re.compile(
    r"\b(had|has|have|was|were|is|are|been|be|will|would|did|does|do|could|can|may|might|should)\b|\w+ly\b", re.I
)
_STATE_VERBS = ("deployed", "stationed", "positioned", "based", "garrisoned", "located", "redeployed")


# Patterns of `_had_been`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_HAD_BEEN_1 = re.compile(r"\bhad been\s+(?:\w+\s+)?$", re.I)


def _had_been(sent: Sentence, trig: Mention) -> bool:
    """Pluperfect passive ("had been deployed in the region under the deal") tells background; the progressive
    ("columns had been moving toward the border since Monday") tells the act."""
    if sent.text[trig.start:trig.end].split(" ", 1)[0].lower().endswith("ing"):
        return False
    return bool(_RX_HAD_BEEN_1.search(_before(sent, trig.start, 25)))


# Patterns of `_definite_forces`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_OBJECT_OF_ORDER = re.compile(
    r"\b(?:ordered|put|placed|sent|moved|deployed|raised|told|instructed|brought|called|mobili[sz]ed)\s+"
    r"(?:the|these|those)\s+(?:[\w-]+\s+){0,1}$",
    re.I,
)
_INSTITUTIONS = frozenset({"army", "military", "navy", "air force", "coast guard", "marine corps", "armed forces"})
_RX_DEFINITE_FORCES_1 = re.compile(r"\b(the|these|those)\s+(?:([\w-]+)\s+)?$", re.I)


def _definite_forces(sent: Sentence, trig: Mention) -> bool:
    mil = _mil_near(sent, trig, 60)
    if mil is None or trig.item.subtype == "mobilization" or mil.end > trig.start:
        return False  # only forces named before the action refer back ("launched from the frigate" does not)
    if sent.text[mil.start:mil.end].lower() in _INSTITUTIONS:
        return False  # "the army had doubled …": the country's service, not forces reported earlier
    before = _before(sent, mil.start, 40)
    if _OBJECT_OF_ORDER.search(before):
        return False  # "he had ordered the army to combat readiness": the forces he commands, not a back-reference
    found = _RX_DEFINITE_FORCES_1.search(before[-25:])
    if found is None:
        return False
    word = found.group(2)
    if word and word[0].isupper() and sent.text[mil.start].isupper():
        return False  # "warships of the Baltic Fleet", "the 82nd Airborne Division": a unit's proper name
    if trig.item.type == _TROOP and word and word[0].isupper() and not any(
        e.start <= mil.start - len(before[-25:]) + found.start(2) < e.end for e in sent.ents
    ):
        return False  # "The Eisenhower carrier strike group": a named unit, not forces reported earlier
    if _NAMED_AFTER.match(sent.text, mil.end, trig.start):
        return False  # "The frigate Admiral Gorshkov fired …": the ship is named, not referred back to
    return True


_ATTACK_SIGNS = re.compile(r"\b" + _ATTACK_WORDS + r"\b", re.I)
_NAMED_AFTER = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,3}")


# Patterns of `_with_partners`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_WITH_PARTNERS_1 = re.compile(r"\b(with|alongside)\s+(?:the\s+)?(?:[\w.-]+\s+){0,1}$", re.I)
# "joined by forces from Japan", "with contingents from China", "joined for the first time by Japanese troops": partners
# named as who joined or by their forces, also after the clause's comma
_RX_PARTNERS_FROM = re.compile(
    r"\b(?:joined|attended)\s+(?:(?:for the first time|this year|again|also)\s+)?by\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+from\s+)?$"
    r"|\b(?:contingents?|troops|forces|soldiers|units|sailors|marines|personnel|warships|ships|navies)\s+from\s+"
    r"(?:the\s+)?$",
    re.I,
)
_RX_WITH_PARTNERS_2 = re.compile(
    r"\b(line|control|borders?|frontiers?|boundary|war|wars|conflict|clash|clashes|fight|battle|confrontation|"
    r"coordination|co-ordination|cooperation|consultation|contact|touch|tensions?|dispute|standoff|stand-off|row|"
    r"feud)\s+with\s+",
    re.I,
)

_JOINT_TRIAL = re.compile(r"\b(?:joint|jointly|together)\b", re.I)
_FORCES_NOUNS = r"(?:troops|forces|soldiers|servicemen|units|sailors|marines|personnel|contingents?|navy|army|warships)"
# after a partner's name: its forces joining ("Japanese troops joining as full participants")
_FORCES_JOINING = re.compile(
    r"\s+(?:[\w-]+\s+)?" + _FORCES_NOUNS + r"\s+(?:joining|taking\s+part|participating|join|will\s+join)\b", re.I
)
# before the drill: a party's forces that join others in it or take part in it
_FORCES_OF = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?" + _FORCES_NOUNS + r"\s+(?:(?:will|would|are\s+to|have|had)\s+)?"
    r"(?:join(?:s|ed|ing)?|took\s+part|take\s+part|taking\s+part|participat\w+)\b",
    re.I,
)
_RX_WITH_PARTNERS_3 = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _with_partners(sent: Sentence, trig: Mention, actors: list[str]) -> list[str]:
    """Joint drills name partners after "with" or "alongside" (rule 7: one event per participant)."""
    lo, hi = _clause(sent, trig.start, trig.end)
    out = list(actors)
    last_end = None  # end of the last partner taken: "with Japan and Australia" names two
    for ent in sent.ents:
        listed = last_end is not None and _RX_WITH_PARTNERS_3.fullmatch(sent.text, last_end, ent.start)
        before = _before(sent, ent.start, 30)
        joined = (
            trig.end <= ent.start <= trig.end + 120 and ";" not in sent.text[trig.end:ent.start]
            and (bool(_RX_PARTNERS_FROM.search(before)) or bool(
                _RX_WITH_PARTNERS_1.search(before) and _FORCES_JOINING.match(sent.text, ent.end, sent.end)
            ))  # ", with Japanese troops joining as full participants"
        ) or (
            # "Some 2,500 Russian servicemen will join Belarusian units in the … exercise", "Troops from India and
            # Pakistan took part alongside Russian contingents in the … exercise": who joins, and whose forces
            lo <= ent.start < trig.start and (
                _FORCES_OF.match(sent.text, ent.end, trig.start) or bool(_RX_PARTNERS_FROM.search(before))
            )
        )
        if not ent.item.code or not (lo <= ent.start < hi or listed or joined):
            continue  # (a list of partners may run past the clause's commas)
        if listed or joined or _RX_WITH_PARTNERS_1.search(before) and not _RX_WITH_PARTNERS_2.search(before):
            if ent.item.code not in out:
                out.append(ent.item.code)
            last_end = ent.end
    return out


# Patterns of `_military_sense`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_DETERMINER_BEFORE = re.compile(r"\b(?:any|a|an|the|this|that|its|their|his|her|such)\s+(?:[\w-]+\s+)?$", re.I)
_MOVE_TO_ACT = re.compile(r"\s+(?:by\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?)?to\s+(?!(?:the|a|an|its|their)\b)[a-z]+\b")
_FROM_THE = re.compile(r"\s+from\s+(?:the\s+)?")
# A state and its own verb: "Russia is not withdrawing", "Armenia has now withdrawn", "Moscow will withdraw".
_STATE_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|will|would|did|does|not|never|now|also|already|finally|completely|fully|"
    r"been|be|begun|began|started|to)\s+)*"
)
# A place that names something else: "from Ukraine's grain deal", "from the Iran nuclear deal", "from Geneva talks".
# What one withdraws from that is no place: a deal, a body, a contest ("from the Iran nuclear talks format", "from
# the treaty", "from the Africa Cup"); one list for the verb (after a named place) and the noun (after "from").
_NOT_A_PLACE = (
    r"(?:deal|accord|agreement|treaty|talks|process|summit|conference|negotiations|format|pact|initiative|framework|"
    r"court|council|organi[sz]ation|alliance|union|bloc|convention|charter|tournament|championship|race|cup|games|"
    r"elections?|market|programme|program|scheme|project|contract|consortium)\b"
)
_NOT_A_PLACE_AFTER = re.compile(r"['’]s\b|[\s-]+(?:[\w-]+\s+){0,2}?" + _NOT_A_PLACE, re.I)
_TERMS_BEFORE = re.compile(
    r"\b(?:a|any)\s+(?:full|complete|total|immediate|swift|rapid|phased)\s+(?:[A-Z][\w'’-]*\s+)?$"
)


def withdrawal_from_a_state(sent: Sentence, trig: Mention) -> bool:
    """"Germany completed its withdrawal from Mali": a withdrawal noun with a state named right after "from" is of
    forces (not "withdrawal from the EU", "from ECOWAS", "from the treaty"). So is a state's own verb: "Russia is not
    withdrawing from Kherson" (not "withdrew from the Iran nuclear deal")."""
    if trig.item.verb and sent.text.startswith(("withdr", "Withdr"), trig.start):
        match = _FROM_THE.match(sent.text, trig.end, sent.end)
        place = next((e for e in sent.ents if match and e.start == match.end() and e.item.kind == "country"), None)
        lo = _clause(sent, trig.start, trig.end)[0]
        state = next((e for e in reversed(sent.ents) if lo <= e.start and e.end <= trig.start), None)
        return place is not None and not _NOT_A_PLACE_AFTER.match(sent.text, place.end) and state is not None and (
            state.item.kind in ("country", "capital") and _STATE_SUBJECT_GAP.fullmatch(sent.text, state.end, trig.start)
        )
    if trig.item.form not in ("withdrawal", "pullout", "pull-out", "drawdown"):
        return False
    if _TERMS_BEFORE.search(_before(sent, trig.start, 30)):
        return False  # "a full Israeli withdrawal from Gaza": the terms asked for, no withdrawal under way
    match = _FROM_THE.match(sent.text, trig.end, sent.end)
    return match is not None and any(e.start == match.end() and e.item.kind == "country" for e in sent.ents)


_RX_MILITARY_SENSE_1 = re.compile(r"\b[A-Z][\w-]+\s+$")
# Between a state and its drill: "China has begun three days of", "Iran will stage large-scale" (at most five words).
_STATE_HELD_DRILL = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+|are\s+|was\s+|were\s+)?(?:also\s+|now\s+|again\s+)?"
    r"(?:begun|began|begin|begins|beginning|start(?:s|ed|ing)?|launch(?:es|ed|ing)?|held|hold(?:s|ing)?|"
    r"stag(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+off|carr(?:y|ies|ied|ying)\s+out)\s+"
    r"(?:[\w'’-]+\s+){0,5}?",
    re.I,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|from|at|to|for|with|by|on|across)\s+(?:the\s+)?$", re.I)
# A drill's own name after a service's: "Vostok-2022 ", "Zapad 2025 " (a year or nothing).
_NAMED_DRILL_GAP = re.compile(r"(?:[- ]?(?:19|20)\d\d)?\s+(?:(?:joint|strategic|military|large-scale|annual)\s+){0,2}")
_RX_MILITARY_SENSE_2 = re.compile(r"\bnumbers?\b", re.I)


def _military_sense(sent: Sentence, trig: Mention) -> bool:
    """Whether the trigger is military here: troop verbs need a military noun near them, drills a
    military context, weapons tests a weapon and no target."""
    item = trig.item
    text = sent.text
    if item.type == _TROOP:
        if text.startswith("enter", trig.start) and _TIME_ENTERED.match(text, trig.end, sent.end):
            return False  # "as the drills entered a second day": time goes on, no force moves
        if text.startswith("transit", trig.start) and any(
            e.item.kind == "leader" and 0 <= trig.start - e.end <= 3 for e in sent.ents
        ):
            return False  # "after President Lai Ching-te transited through Hawaii": a leader's trip, no forces
        if _MUNITIONS_IN_FLIGHT.search(_before(sent, trig.start, 30)) and text.startswith(
            ("head", "fly", "flew", "flying", "approach", "cross", "enter", "violat"), trig.start
        ):
            return False  # "as Iranian drones headed toward Israel": an attack in flight, no forces moved
        if item.subtype == "deployment" and _SOFTWARE_AFTER.match(text, trig.end, sent.end):
            return False  # "deploys new app to track blackouts", "the deployment of Starlink terminals": no forces
        if item.subtype == "withdrawal" and _TO_TALKS_AFTER.match(text, trig.end, sent.end):
            return False  # "would not return to talks with Washington": back to the table, no forces
        if item.subtype == "buildup" and _POSTURE_AFTER.match(text, trig.end, sent.end):
            return False  # "bolstered its surveillance and vigilance posture": an alert raised, no forces added
        if text[trig.start:trig.end].lower() in ("move", "moves") and _MOVE_TO_ACT.match(
            text, trig.end, sent.end
        ) and _DETERMINER_BEFORE.search(_before(sent, trig.start, 24)):
            return False  # "Any move by Tehran to expand its presence": a step toward an act, the act's verb tells it
        if text.startswith("moves", trig.start) and _POLITICAL_MOVES.search(_before(sent, trig.start, 30)):
            return False  # "warned Athens against 'maximalist' moves": steps in a dispute, not forces moved
        if _MOVED_TO_ACT.match(text, trig.end, sent.end) and text.startswith("mov", trig.start) and not any(
            m.end <= trig.start for m in sent.mils
        ):
            return False  # "if Iran moved to enrich uranium": took a step, no forces named as moving
        purpose = _CIVIL_PURPOSE.search(text, max(sent.start, trig.start - 40), min(sent.end, trig.end + 60))
        if purpose is not None and (
            purpose.start() >= trig.end and "," not in text[trig.end:purpose.start()]
            or purpose.start() <= trig.start < purpose.end()
        ):
            return False  # "volunteer brigades were mobilised to help farmers bring in the harvest": civil work
        if item.subtype == "withdrawal" and text.startswith(("evacuat", "Evacuat"), trig.start) and (
            _CIVILIANS_NEAR.search(_before(sent, trig.start, 50)) or _CIVILIANS_AFTER.match(text, trig.end, sent.end)
        ):
            return False  # "ordered about 100,000 people to evacuate eastern Rafah": civilians leave, no forces
        if item.subtype == "deployment" and _RELIEF.search(text, trig.start, min(sent.end, trig.end + 160)) and len(
            {e.item.code for e in sent.ents if e.item.code and e.item.kind in ("country", "capital", "demonym")}
        ) <= 1:
            return False  # "Canadian soldiers were flown to Fort McMurray to help evacuate residents": relief at home
        if item.subtype == "mobilization":
            form = text[trig.start:trig.end].lower()
            if form.startswith("recruitment"):  # a recruitment drive for nurses is no call-up
                return bool(_mil_near(sent, trig, 60)) or _body_has(sent, _PLAINLY_MILITARY)
            if item.verb and _body_has(sent, _CIVIL_CONTEXT) and not (
                _body_has(sent, _PLAINLY_MILITARY) or _body_has(sent, _RESERVISTS)
            ):
                return False  # "the fire service mobilised 1,200 firefighters and 12 water-bombing helicopters"
            return not item.verb or form in _MOBILIZATION_NOUNS or bool(_mil_near(sent, trig, 60)) or bool(
                _body_has(sent, _RESERVISTS)) or bool(_CALLED_UP_PEOPLE.search(
                    text, max(sent.start, trig.start - 40), min(sent.end, trig.end + 40)))
        if item.subtype == "withdrawal" and _LEAVE_FORM.match(text, trig.start, trig.end) and _left_behind(sent, trig):
            return False
        if text.startswith("away", trig.start) and _KEPT_AWAY.search(_before(sent, trig.start, 60)):
            return False  # "warned the United States to keep its warships away from Crimea": a demand's content
        if text.startswith("left", trig.start) and _LEFT_SIDE.match(text, trig.end):
            return False  # "shelled positions on the left bank of the Dnipro": a side, nobody left
        if text.startswith("Adds", trig.start) and _UPDATE_NOTE.fullmatch(text, sent.start, trig.start):
            return False  # "UPDATED: Adds Finnish ministry statement …": an agency's update note, nothing added
        if item.subtype == "buildup" and text.startswith("add", trig.start) and _ADDED_TO_LIST.match(
            text, trig.end, min(sent.end, trig.end + 140)
        ):
            return False  # "added nine people, including an army commander, to its sanctions list"
        if _POLICE.search(text, _clause(sent, trig.start, trig.end)[0], trig.start) or (
            _body_has(sent, _CIVIL_CONTEXT) and not _body_has(sent, _PLAINLY_MILITARY)
            and not any(m.item.countable and m.item.form.lower() not in _AMBIGUOUS_CRAFT for m in sent.mils)
        ):
            return False  # "Kosovo police deployed special units", "the logistics group deployed a fleet of trucks"
        if item.subtype == "buildup" and item.verb and _PURPOSE_TO.search(_before(sent, trig.start, 6)) and any(
            t.item.type == _TROOP and t.end <= trig.start and t.item.subtype != "buildup"
            and (t.item.requires is None or _body_has(sent, t.item.requires))  # "ordered the military to step up"
            for t in sent.trigs
        ):
            return False  # "called up 5,000 reservists to reinforce operations": the purpose of the act
        if item.subtype == "deployment" and text.startswith("enter", trig.start) and _AIRSPACE.match(
            text, trig.end, min(sent.end, trig.end + 50)
        ) and (
            _OBJECTS_IN_FLIGHT.search(_before(sent, trig.start, 50)) or _ANY_CRAFT.search(_before(sent, trig.start, 40))
        ):
            # "a missile briefly entered its airspace": a munition, no forces; "any Israeli aircraft entering Iranian
            # airspace would be shot down": a threat's condition (aircraft that enter do move)
            return False
        if item.subtype == "deployment" and text.startswith("sen", trig.start) and _PAPERS_SENT.match(
            text, trig.end, sent.end
        ):
            return False  # "the army sent call-up notices to 3,500 young men": papers posted, no forces moved
        if item.subtype == "deployment" and _TO_TRAINING_GROUNDS.match(text, trig.end, sent.end) and any(
            t.item.type == _DRILL for t in sent.trigs
        ):
            return False  # "a snap inspection, with 3,000 servicemen moved to training grounds": part of the drill
        if item.verb and _CAPABLE_BEFORE.search(_before(sent, trig.start, 16)) and not any(
            sp.code for sp in sent.speeches
        ):
            return False  # "The Immediate Response Force is designed to deploy within 18 hours": what forces can do
        if not item.verb and _CAPABILITY_AFTER.match(text, trig.end, sent.end):
            return False  # "to validate rapid deployment capabilities": what forces can do, no move
        if item.subtype == "deployment" and _FOR_DRILLS.match(text, trig.end, min(sent.end, trig.end + 60)):
            return False  # "put to sea for drills": the drill is the event, the move is part of it
        if text[max(sent.start, trig.start - 4):trig.start].lower() == "dry ":
            return False  # "remains in dry dock": a ship under repair, not one moved
        if item.verb and _ARTICLE_BEFORE.search(_before(sent, trig.start, 6)) and (
            text.endswith("ed", trig.start, trig.end) or text.startswith("order", trig.start)
        ):
            return False  # "ahead of an expanded ground operation", "an order for 212 guns": no verb, no move
        if not item.strong:
            return _weak_troop_sense(sent, trig)
        if not item.military:
            return True
        if _mil_near(sent, trig, 70) or buildup_at_a_place(sent, trig):
            return True
        if item.subtype == "withdrawal" and sent.mils and _TO_BASES.search(
            text, trig.start, min(sent.end, trig.end + 40)
        ):
            return True  # "… were heading back to their permanent bases": only forces have bases to return to
        if item.subtype == "withdrawal" and _AFTER_DRILLS.match(text, trig.end, min(sent.end, trig.end + 60)):
            return True  # "Moscow announces partial pullback after drills": only forces pull back from drills
        if item.form in _PULLBACK_NOUNS and _noun_owner(sent, trig) is not None:
            return True  # "no sign of Russian pullback", "Moscow's pull-back": a state's forces pulling back
        if item.form == "withdrawal" and CLAIMED_BEFORE.search(_before(sent, trig.start, 30)) and not (
            _FROM_AN_ACCORD.match(text, trig.end, sent.end)
        ) and _noun_owner(sent, trig) is not None:
            return True  # "Moscow's announced withdrawal": a state's claimed move (not "… from the treaty")
        if not item.verb and _GOVERNING.search(_before(sent, trig.start, 50)) and any(
            _clause(sent, trig.start, trig.end)[0] <= m.start < trig.start for m in sent.mils
        ):
            return True  # "front-line troops on both banks of the lake had begun a synchronised pullback"
        if withdrawal_from_a_state(sent, trig):
            return True  # "Germany completed its withdrawal from Mali": a state's withdrawal from a state
        if item.form == "disengagement" and not _TOPIC_OF.search(_before(sent, trig.start, 25)) and any(
            e.item.kind in ("country", "capital", "demonym") for e in sent.ents
        ):
            return True  # "India, China complete disengagement": between states the word is military

        # "… troops …, with the number actually increasing by 7,000": the number stands for the troops.
        near = sent.text[max(sent.start, trig.start - 30):trig.end + 30]
        return bool(sent.mils) and bool(_RX_MILITARY_SENSE_2.search(near))
    if item.subtype == "weapons_test":
        if text.endswith("-firing", trig.start, trig.end) and _DRILL_AFTER.match(text, trig.end, sent.end):
            return False  # "missile-firing drills": the kind of drill (the exercise), no test of its own
        if _body_has(sent, _CIVIL_SATELLITE) and not _body_has(sent, _MILITARY_SATELLITE):
            return False  # "A rocket carrying a weather satellite was launched from French Guiana": no weapon tested
        if _body_has(sent, _FOOTBALL):
            return False  # "fired a low missile past the goalkeeper": a shot at goal
        if _CAPABLE_BEFORE.search(_before(sent, trig.start, 20)):
            return False  # "The Typhon launcher can fire Tomahawk cruise missiles": what a weapon can do, no launch
        hit = _HIT_AFTER.match(text, trig.end, min(sent.end, trig.end + 120))
        if hit and not _OWN_TARGET.match(text, hit.end(), sent.end):
            # "a drone that was launched from Yemen struck an apartment block, killing …": an attack ("… test-launched
            # from Plesetsk and struck its target on Kamchatka" is the test's own target)
            return False
        if _LANDED_ASHORE.match(text, trig.end, min(sent.end, trig.end + 120)) and not text.startswith(
            ("test", "Test"), trig.start
        ):
            return False  # "Rockets fired from southern Lebanon landed in open fields": fire at the other side ("fell
            # into the sea" after a launch is a test's flight)
        if _RAID.search(text, sent.start, sent.end) and not text.startswith(("test", "Test"), trig.start):
            return False  # "sirens sounded across Kyiv as Russia launched a barrage of drones and missiles": a raid
        target = _ATTACK_AFTER.match(text, trig.end, min(sent.end, trig.end + 70))
        if target and not _SEA_OBJECT.match(text, target.end(), sent.end) and not text.startswith(
            ("test", "Test"), trig.start
        ):
            return False  # fired at a target: an attack, not a test ("test-fired … at Rize" names the launch site)
        return _body_has(sent, _WEAPON)
    if item.verb and _DRILL_PURPOSE.search(_before(sent, trig.start, 30)):
        return False  # "the drills look designed to rehearse a blockade": what drills are for, no drill of its own
    verb_use = text[trig.start:trig.end].lower().startswith("exercis")
    if verb_use and _EXERCISE_OF.match(text, trig.end, min(sent.end, trig.end + 40)):
        return False  # "to exercise maximum restraint", "exercised its right": the verb, not a drill
    if _body_has(sent, _SIMULATION):
        return False  # "war games run by a think tank": a study, not a drill
    if _body_has(sent, _CIVIL_CONTEXT) and not _body_has(sent, _PLAINLY_MILITARY):
        return False
    if _body_has(sent, _MIL_CONTEXT):
        return True
    if any(
        e.item.code and e.item.kind in ("country", "capital") and 0 < trig.start - e.end <= 60
        and _STATE_HELD_DRILL.fullmatch(text, e.end, trig.start)
        and not _PREPOSITION_BEFORE.search(_before(sent, e.start, 12))  # "agencies in Singapore held …"
        for e in sent.ents
    ):
        return True  # "China has begun three days of exercises around Taiwan": a state holds them, its forces do
    if any(
        e.item.code and e.item.kind == "institution" and _NAMED_DRILL_GAP.fullmatch(text, e.end, trig.start)
        for e in sent.ents
    ):
        return True  # "The Vostok-2022 exercise will be held …": a drill named for the forces that hold it
    # "The U.S. and South Korea kicked off their annual Freedom Shield exercise": states and a named drill.
    named = _RX_MILITARY_SENSE_1.search(_before(sent, trig.start, 30))
    return bool(named) and any(
        e.item.code and e.item.kind in ("country", "organisation", "demonym") for e in sent.ents
    )  # "The US-led BALTOPS exercise got under way"


_AFTER_DRILLS = re.compile(
    r"(?:\s+from\s+(?:the\s+)?(?:border|frontier|front|region|area|peninsula))?"
    r"\s+(?:after|following|at the end of|once)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    + _DRILL_NOUNS + r"\b",
    re.I,
)
_TOPIC_OF = re.compile(r"\b(?:discuss\w*|on|about|over|of|for|towards?)\s+(?:the\s+|further\s+|full\s+)?$", re.I)
_IF_BEFORE = re.compile(r"\b(?:if|unless|should|once|in case)\s+(?:[\w'’.-]+\s+){0,6}$", re.I)
_REACTION_FROM = re.compile(r"\b" + _REACTION_NOUNS + r"\s+from\s+(?:the\s+)?$", re.I)
_DESTINATION_AFTER = re.compile(r"\s+(?:to|into|toward|towards)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
_TO_BASES = re.compile(
    r"\s*(?:to\s+)?(?:their|its|the)\s+(?:permanent\s+|home\s+|peacetime\s+)?(?:bases?|barracks|garrisons?)\b", re.I
)
_TIME_ENTERED = re.compile(
    r"\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?|years?|phase|stage|round)\b", re.I
)
_DRILL_AFTER = re.compile(r"\s+(?:drills?|exercises?|manoeuvres|maneuvers|training)\b", re.I)
_KEPT_AWAY = re.compile(r"\bkeep(?:s|ing)?\s+(?:[\w'’-]+\s+){1,4}$|\bkept\s+(?:[\w'’-]+\s+){1,4}$", re.I)
_DRILL_DONE_BEFORE = re.compile(
    r"\b(?:completed|completes|finished|finishes|ended|ends|concluded|concludes|wrapped\s+up|wraps\s+up)\s+"
    r"(?:their|its)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_MUNITIONS_IN_FLIGHT = re.compile(
    r"\b(?:drones|missiles|rockets|projectiles|warheads|shaheds|(?:cruise|ballistic)\s+missiles)\s+(?:were\s+|was\s+)?$",
    re.I,
)
_SOFTWARE_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:new\s+|[A-Z][\w-]*\s+|\dG\s+){0,2}?(?:app|apps|software|"
    r"chatbots?|websites?|portals?|terminals|updates?|algorithms?|AI\s+(?:tools?|models?|systems?)|radio\s+equipment|"
    r"networks?|base\s+stations|broadband|fibre|fiber|chargers|charging\s+stations)\b",
)
_DRILL_AFTER = re.compile(r"\s+" + _DRILL_NOUNS + r"\b", re.I)
_TO_TALKS_AFTER = re.compile(
    r"\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|negotiating table|table|dialogue|diplomacy)\b", re.I
)
_POSTURE_AFTER = re.compile(
    r"\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:surveillance|vigilance|readiness|alert)\s+(?:and\s+[\w-]+\s+)?posture\b",
    re.I,
)
_POLITICAL_MOVES = re.compile(
    r"\b(?:maximalist|unilateral|provocative|hostile|diplomatic|political|legal|escalatory|destabili[sz]ing|"
    r"aggressive|irresponsible|such|dangerous)(?:\s+military)?[\"”’']?\s+$",
    re.I,
)
_MOVED_TO_ACT = re.compile(
    r"\s+to\s+(?!(?:the|a|an|its|their|his|her|within|forward|front|border|frontier|areas?|regions?|positions?|bases?|"
    r"staging|new|defend|reinforce|protect|secure|bolster|support|join|counter|shore|guard|back|barracks)\b)[a-z]+\s",
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_AMBIGUOUS_CRAFT = frozenset({"vessel", "vessels", "ship", "ships", "aircraft", "planes", "men", "carrier", "carriers",
                              "helicopters", "drones"})
_POLICE = re.compile(
    r"\b(?:(?<!military )police|policemen|police officers|gendarmes?|gendarmerie|riot squads?)\b", re.I
)
_TO_TRAINING_GROUNDS = re.compile(
    r"\s+(?:to|into|onto)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:training grounds?|training areas?|firing ranges?|"
    r"ranges|exercise areas?|polygons?)\b",
    re.I,
)
_CAPABILITY_AFTER = re.compile(
    r"\s+(?:capabilit(?:y|ies)|capacity|capacities|options|doctrine|concept|times?|speed)\b", re.I
)
_FOR_DRILLS = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?" + _FOR_A_DRILL + r"\s+"
    r"(?:(?:the|joint|naval|annual|live-fire|large-scale|military|combined)\s+)*" + _DRILL_NOUNS + r"\b"
    # "were airdropped near the LAC as part of a multi-domain exercise": the move is the drill's
    r"|[^.;]{0,90}?\bas\s+part\s+of\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drills?|exercises?|war games|manoeuvres|maneuvers|wargames|snap (?:inspection|check)|"
    r"readiness (?:check|inspection))\b",
    re.I,
)
_LEFT_SIDE = re.compile(r"[\s-]+(?:bank|flank|wing|hand|side)\b", re.I)
_LEAVE_FORM = re.compile(r"(?:leav\w*|left)$", re.I)
_LEFT_STATE = re.compile(
    r"\s+(?:[\w,-]+\s+){0,5}?(?:dead|killed|wounded|injured|missing|stranded|homeless|behind|intact|unchanged|"
    r"in place)\b",
    re.I,
)
_LEFT_OBJECT_GAP = re.compile(r"\s+(?:(?:the|its|their|his|her|some|all|any|[A-Z][\w-]*|\d[\d,]*)\s+){0,3}$")


def _left_behind(sent: Sentence, trig: Mention) -> bool:
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
_DEMANDED_AFTER = re.compile(
    r"[^,;.]{0,90}?\b(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:also\s+)?(?:demanded|sought|requested|urged|"
    r"called\s+for|insisted\s+on)\b",
    re.I,
)
_TOOK_PART_BEFORE = re.compile(
    r"\b(?:which|that|who)\s+(?:had\s+|have\s+)?(?:took|taken)\s+part\s+in\s+(?:the\s+|this\s+|last\s+\w+['’]s\s+)?"
    r"(?:[\w\"“”'‘’-]+\s+){0,4}?$",
    re.I,
)
_NOT_ONE_SOLDIER = re.compile(
    r"\bnot\s+(?:one|a\s+single)\s+(?:soldier|troop|tank|unit|ship|vessel|man)s?\b[^.;]*$", re.I
)
_KEPT_ON_ALERT = re.compile(
    r"\b(?:remain|remains|remained|remaining|stay|stays|stayed|staying|kept|keep|keeps|keeping|still)\s+"
    r"(?:[\w'’-]+\s+){0,4}?$",
    re.I,
)
_ANY_WHO = re.compile(
    r"\bany\s+(?:other\s+)?(?:country|countries|state|states|nation|nations|one|party|government|force|army)\s+"
    r"(?:that|which|who)\s+(?:[\w-]+\s+){0,2}$"
    # "any ship heading for Russian-held ports will be treated as a target": whoever might, not a move made
    r"|\bany\s+(?:foreign\s+|other\s+)?(?:ship|ships|vessel|vessels|aircraft|plane|planes|warship|warships|troops|"
    r"forces|soldiers|unit|units)\s+(?:that\s+(?:is|are|was|were)\s+)?$"
    # "Any attempt to cross our maritime border line will be met …": a move threatened against, none made
    r"|\b(?:any|an|every)\s+(?:further\s+|new\s+)?attempts?\s+(?:by\s+(?:[\w'’-]+\s+){1,3})?to\s+$",
    re.I,
)
_EARLIER_ONE = re.compile(
    r"\b(?:last|previous|prior|earlier)\s+(?!(?:week|month|year|night|weekend|time|summer|winter|spring|autumn|fall|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:[\w-]+\s+){0,2}$",
    re.I,
)
_DATE_NOW = re.compile(
    r"\b(?:today|yesterday|tonight|this (?:week|morning|month)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday))\b",
    re.I,
)


def _clause_has_date_now(sent: Sentence, trig: Mention) -> bool:
    """"the last test on Monday": a word of the current news, so "last" picks the latest, not an older act."""
    lo, hi = _clause(sent, trig.start, trig.end)
    return bool(_DATE_NOW.search(sent.text, lo, hi))


_AVOIDED = re.compile(
    r"\b(?:avoid|avoiding|prevent|preventing|refrain\s+from|refraining\s+from|forestall|head\s+off)\s+"
    r"(?:any\s+|a\s+|further\s+|new\s+)?(?:(?:further|new|military|major|large-scale)\s+)*$",
    re.I,
)
_ANY_BEFORE = re.compile(r"\bany\s+(?:(?:further|new|future|additional|more|such)\s+)?$", re.I)
_OVER_THE_YEARS = re.compile(
    r"\b(?:over|during|in|for|throughout)\s+the\s+(?:past|last|previous)\s+(?:decade|(?:few|several|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+)\s+(?:years|decades))\b",
    re.I,
)
_HABITUAL = GatedPattern(
    re.compile(
        r"\b(?:has long|have long|had long|long used|typically|usually|routinely|traditionally|by law|as a rule|"
        r"tends? to|serve as|serves as|(?:its|their|the)\s+usual)\b",
        re.I,
    ),
    ("long", "typically", "usually", "routinely", "traditionally", "by law", "as a rule", "tend", "serve", "usual"),
)


# Patterns of `_weak_troop_sense`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_WEAK_TROOP_SENSE_1 = re.compile(r"\s+than\b")
_RX_WEAK_TROOP_SENSE_2 = re.compile(r"[;.]|,\s")


def _weak_troop_sense(sent: Sentence, trig: Mention) -> bool:
    text = sent.text
    form = text[trig.start:trig.end].lower()
    if form == "more" and _RX_WEAK_TROOP_SENSE_1.match(text[trig.end:trig.end + 6]):
        return False  # "more than 1,500 soldiers" counts, it does not add
    if form in ("more", "additional", "extra", "fresh", "further") and _ANY_BEFORE.search(
        _before(sent, trig.start, 8)
    ):
        return False  # "against any further provocations": a condition, not forces added
    if form in ("more", "additional", "extra", "fresh", "further") and _TRANSFER_BEFORE.search(
        _before(sent, trig.start, 40)
    ):
        return False  # "Germany delivered a further 10 Leopard tanks to Ukraine": arms handed over, no forces moved
    if form in ("more", "additional", "extra", "further") and _PURCHASE_BEFORE.search(
        _before(sent, trig.start, 40)
    ) and not _PERSONNEL_AFTER.match(sent.text, trig.end, min(sent.end, trig.end + 40)):
        return False  # "the navy ordered three more frigates from the shipyard": a purchase, not ships sent
    if form in ("more", "additional", "extra", "fresh", "further"):
        for mil in sent.mils:
            counts = mil.item.countable or form != "more"  # "more military bases" adds no forces
            gap = text[trig.end:mil.start]
            if counts and trig.end <= mil.start <= trig.end + 30 and not _RX_WEAK_TROOP_SENSE_2.search(gap):
                return True
        return False
    if "way" in form or "move" in form:
        return any(mil.end <= trig.start and trig.start - mil.end <= 60 for mil in sent.mils)
    if form.startswith("patrol") and _DRILL_AFTER.match(text, trig.end, min(sent.end, trig.end + 20)):
        return False  # "during long-range patrol drills": the drill is the event
    if form.startswith(("arriv", "patrol", "sail")):
        return bool(_mil_near(sent, trig, 50))
    # "the number of troops has risen", "troop strength … has grown"; not "the military dead had risen to 58", nor
    # "the toll from the airstrike on its troops rose to 36"
    return any(
        m.end <= trig.start and trig.start - m.end <= 60 and not _CASUALTIES.match(text, m.end, trig.start)
        and not _TOLL_BEFORE.search(text, max(sent.start, m.start - 60), m.start)
        for m in sent.mils
    )


_OF_WORD = re.compile(r"\bof\b", re.I)
_OUR_SUBJECT = re.compile(r"\W*(?:Our|We)\b[^,;:]*?\s(?:and|with)\s", re.I)
_COUNTS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|as well as|along with|with)?\s+", re.I)
_PURCHASE_BEFORE = re.compile(
    r"\b(?:order(?:ed|s)?|bought|buy(?:s|ing)?|purchas(?:e|ed|es|ing)|acquir(?:e|ed|es|ing)|commission(?:ed|s)?|"
    # a contract's object: "a contract to build more F-35 fighter jets", "to produce additional PAC-3 interceptors"
    r"(?:contract|deal|order|funding|budget)\s+(?:[\w$.,-]+\s+){0,6}?(?:build|produce|manufacture|supply|deliver|"
    r"buy|purchase|for))\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_PERSONNEL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|personnel|reservists|marines|paratroopers|units|sailors|"
    r"servicemen|reinforcements)\b",
    re.I,
)
_TRANSFER_BEFORE = re.compile(
    r"\b(?:deliver(?:ed|s|ing)?|suppl(?:y|ied|ies|ying)|donat(?:e|ed|es|ing)|s(?:old|ells?|elling)|"
    r"pledg(?:e|ed|es|ing)|transferr(?:ed|ing)|handed over|ship(?:ped|s|ping)?)\s+(?:an?\s+|the\s+|its\s+)?$",
    re.I,
)
_TOLL_BEFORE = re.compile(r"\b(?:toll|casualt(?:y|ies)|deaths?|fatalities)\b", re.I)
_CASUALTIES = re.compile(
    r"\s+(?:dead|deaths?|death toll|casualt(?:y|ies)|losses|wounded|injured|killed|fatalities|toll|suicides?)\b", re.I
)


_FORCES_NAMED = re.compile(
    r"\b(?:the|these|those|any)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|units|ships|warships|jets|aircraft|"
    r"battalions|brigades|reinforcements|reservists)\s+$"
    # a relative clause of its own: "troops it had sent to the border had returned"
    r"|\b(?:troops|forces|soldiers|units|warships|jets|battalions|brigades|reinforcements|reservists)\s+(?:that\s+|which\s+)?"
    r"(?:it|they|(?-i:[A-Z])[\w'’.-]*)\s+(?:had\s+|has\s+|have\s+)$",
    re.I,
)
_FINITE_AFTER = re.compile(
    r"[^,;]{0,80}?\b(?:had|have|has|were|was|are|is|will|would|remain(?:s|ed)?|return(?:s|ed)?|began|begin|stay(?:s|ed)?)\b",
    re.I,
)


def _reduced_relative(sent: Sentence, trig: Mention) -> bool:
    """"the troops sent to the border had returned": a past participle after definite forces, the clause's own verb
    still to come."""
    form = sent.text[trig.start:trig.end].lower()
    if not (form.endswith("ed") or form in ("sent", "brought", "drawn", "withdrawn")):
        return False
    return bool(_FORCES_NAMED.search(_before(sent, trig.start, 50))) and bool(
        _FINITE_AFTER.match(sent.text, trig.end, sent.end)
    )


_NOT_SAID = re.compile(
    r"\b(?:(?:did not|didn't|would not|wouldn't|could not|declined to|refused to)\s+(?:say|specify|disclose|give|"
    r"confirm|reveal|comment on)|without (?:saying|specifying|disclosing|giving))\b[^.;]*$",
    re.I,
)
_REFUSED_TO = re.compile(
    r"\b(?:refus(?:e|es|ed|ing|al)|declin(?:e|es|ed|ing))\s+to\s+(?:(?:fully|completely|immediately|even)\s+)?$",
    re.I,
)


_OBSERVING = re.compile(r"(?:detect|track|spott|sight)\w*$", re.I)  # a verb of watching another's forces


def _mil_near(sent: Sentence, trig: Mention, chars: int) -> Mention | None:
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
_PULLBACK_NOUNS = frozenset({"pullback", "pull-back", "pullout", "pull-out"})
# An act named as its actor's claim: "Moscow's claimed pull-back", "Russia's announced withdrawal".
CLAIMED_BEFORE = re.compile(
    r"['’]s\s+(?:so-called\s+|much-touted\s+)?(?:claimed|announced|declared|purported|supposed|touted|promised|"
    r"professed|so-called)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_FROM_AN_ACCORD = re.compile(r"\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + _NOT_A_PLACE, re.I)


def _disputer(sent: Sentence, trig: Mention, claimant: str | None) -> str | None:
    """Who contests a claimed act in a phrase after it: "a claim Seoul disputed", "a statement Kyiv dismissed as
    false", "a figure Vilnius questioned" (a party other than the claimant, named before the dispute word)."""
    dispute = _CLAIM_CONTESTED.search(sent.text, trig.end, sent.end)
    if dispute is None:
        return None
    return next((e.item.code for e in sent.ents if dispute.start() <= e.start < dispute.end() and e.item.code
                 and e.item.code != claimant), None)


# a charge the actor "denied" (not "dismissed as …", which also accuses): rule 10's denial of the act
_DENIED_CHARGE = re.compile(
    r"\b(?:a|an|the|which|that)\s+(?:claims?|charges?|allegations?|accusations?|reports?)\s+(?:that\s+)?"
    r"(?:[\w'’.-]+\s+){1,5}?denied\b",
    re.I,
)
_CLAIM_CONTESTED = re.compile(
    r"\b(?:a|an|the|which|that)\s+(?:claims?|statements?|announcements?|assertions?|figures?|accounts?|reports?|"
    r"charges?|allegations?|accusations?)\s+"
    r"(?:[\w'’.-]+\s+){1,7}?(?:disputed|contested|questioned|dismissed|rejected|denied|challenged|doubted|"
    # "a figure Eritrean officials called exaggerated", "a claim Baku branded 'pure fabrication'"
    r"(?:called|termed|branded)\s+[\"“‘']?(?:an?\s+|pure\s+|complete\s+|grossly\s+)?(?:exaggerat\w*|false|inflated|"
    r"untrue|lies?|fabricat\w*|baseless|misleading|propaganda|fiction|nonsense|fake)\b)",
    re.I,
)


def _claim_owner(sent: Sentence, trig: Mention) -> str | None:
    """Whose claim a "despite/contradicting <X's> claims" phrase after the trigger names, if it names one."""
    claim = _DESPITE_CLAIM.search(sent.text, trig.end, sent.end)
    if claim is None:
        return None
    return next((e.item.code for e in sent.ents if claim.start() <= e.start < claim.end() and e.item.code), None)


_DESPITE_CLAIM = re.compile(
    r"\b(?:despite|contradicting|contrary to|in contradiction (?:of|with))\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:claims?|assurances?|announcements?|statements?|pledges?|insistence)\b",
    re.I,
)
_PUT_TO_SEA = re.compile(r"(?:put|puts|putting|set|sets|setting)\s+(?:out\s+)?(?:to\s+sea|sail)\b", re.I)
# Forces sent somewhere named with "to" (not "into"): "sent 3,000 additional troops to Poland", "will send more jets
# to Cyprus". Sending forces to an ally or a mission is a deployment (TAXONOMY) even when more are sent; moving them
# into a place ("moved additional troops into Ladakh") or toward a border stays a buildup.
_SENT_TO = re.compile(
    r"(?:[^;.:]|(?<=\d)\.(?=\d)){0,90}?\bto\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+ern\s+)?"
    r"(?:(?-i:[A-Z])|(?:north|south|east|west)\b)",
    re.I,
)
_SENDING = ("send", "sent", "dispatch", "deploy", "order")
_PAVING = re.compile(
    r"\b(?:pav\w+|open\w*|clear\w*)\s+the\s+way\s+(?:for|to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:and\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2})?$",  # "… for a ceasefire and a withdrawal"
    re.I,
)
_AIRSPACE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?air\s?space\b", re.I)
# An earlier act as the time anchor of the news (rule 2): "days after", "weeks after"; not "a day after" or "hours
# after", which tell the same news cycle.
_DAYS_AFTER = re.compile(
    r"\b(?:days|weeks|months|years)\s+(?:after|before)\s+(?:(?!said\b|says\b|claimed\b)[\w.'’-]+\s+){0,6}$", re.I
)
_OPEN_QUESTION = re.compile(
    r"\b(?:whether|as long as|so long as)\s+(?:[\w'’.-]+\s+){0,10}?$",
    re.I,
)
_NOT_ANNOUNCED = re.compile(
    r"\b(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?(?:announce|schedule|order)\w*\s+(?:any\s+)?"
    r"(?:further\s+|new\s+|more\s+|fresh\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_ALLOWED_TO = re.compile(
    r"\b(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?to\s+"
    r"(?:[\w'’-]+\s+){0,8}?$",
    re.I,
)
_RIGHT_TO = re.compile(
    r"\b(?:free|entitled|at liberty|(?:has|have|had) (?:every |the )?right|within (?:its|their) (?:sovereign )?rights?)"
    r"\s+to\s+$",
    re.I,
)
_AGE_AFTER = re.compile(r"\s+age\b", re.I)
_TOO_EARLY = re.compile(
    r"\btoo\s+[\"“‘']?(?:early|soon)[\"”’']?\s+to\s+(?:talk|speak)\s+(?:about|of)\s+(?:an?\s+|the\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


_CHARACTERISED = re.compile(
    r"\b(?:" + _CALLING + r"|condemn(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|slam(?:s|med|ming)?)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


_ENDED_AFTER = re.compile(
    r"(?:\s+(?:in|on|near|off|at|of|around|along)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?"
    # "the reservist call-up announced last week had been completed"
    r"(?:\s+(?:announced|ordered|declared|launched|begun|started|reported)(?:\s+[\w'’.-]+){0,3}?)?"
    # "the drills it announced this morning have now concluded"
    r"(?:\s+(?:that|which|it|they)\s+(?:had\s+)?(?:announced|launched|began|started|staged|held)"
    r"(?:\s+[\w'’.-]+){0,3}?)?,?\s+"
    r"(?:(?:has|have|had)\s+)?(?:now\s+)?(?:(?:been|was|were)\s+completed|ended|concluded|wound\s+up|finished|"
    r"come\s+to\s+an\s+end|came\s+to\s+an\s+end|"
    r"(?:is|are|was|were)\s+over)\b",
    re.I,
)


_NAMED_WITH_YEAR = re.compile(r"\b(?-i:[A-Z])[\w-]*?[- ]?(?:19|20)\d\d\b")
_UNDER_WAY_AFTER = re.compile(
    r"\s+(?:(?:got|gets|get|is|are|was|were|has|have|had|began|begin|begins|will|(?-i:[A-Z])[\w-]*|[\w-]+ly)\s+){0,3}?"
    r"(?:under\s*way|began|begun|kick(?:ed|s)?\s+off|open(?:ed|s)?|start(?:ed|s)?|be\s+held|being\s+held|"
    r"launched|commenced)\b",
    re.I,
)


def _definite_backref(sent: Sentence, trig: Mention) -> bool:
    """"the drills ended": a definite mention without a governing verb refers back (rule 8)."""
    before = _before(sent, trig.start, 40)
    match = _DEFINITE.search(before)
    if not match:
        return False
    if not trig.item.verb and _CHARACTERISED.search(before):
        return True  # "called the deployment of HMS Trent 'a threat'": another's act already told, named by a speaker
    if _GOVERNING.search(before) or _RX_DEFINITE_BACKREF_3.match(sent.text[trig.end:trig.end + 5]):
        return False
    if _AGE_AFTER.match(sent.text, trig.end) or sent.text[trig.start:trig.end].lower().endswith(" age"):
        return False  # "lowering the mobilisation age": the noun qualifies an age, it names no earlier call-up
    if trig.item.form.endswith((" of a", " of an")):
        return False  # "the test of a new tactical guided weapon": the object introduces the act
    if trig.item.form.startswith(("to ", "back ", "away ")):
        return False  # "returning units from the border to their bases": a destination, not a noun referred back to
    between = before[match.end(1):]
    if _RX_DEFINITE_BACKREF_4.search(between) or not trig.item.strong:
        return False
    if _NOT_NOUN_PHRASE.search(between):
        return False  # "the country had successfully tested a…": a clause, not "the drills"
    if _ENDED_AFTER.match(sent.text, trig.end, sent.end):
        return True  # "The snap combat-readiness check in western Russia has ended": its end, told after the act
    if trig.item.subtype == "readiness_check" or (trig.item.subtype == "mobilization" and between.strip()):
        return False
    lo = trig.start - len(between)
    if any(lo <= c.start < trig.start for c in sent.cues) or any(
        lo <= t.start < trig.start and t.item.subtype != trig.item.subtype for t in sent.trigs
    ):
        return False  # "The US says Russia added…": a clause, not a noun phrase ("the Zapad exercise" is one)
    if _RX_DEFINITE_BACKREF_1.search(between):
        return False  # "the alliance's largest exercise": introduced, not referred back to
    # "the Balikatan drills": a named exercise, unless the name is a country ("the U.S.-South Korea drills").
    if _NAMED_WITH_YEAR.search(between) and _UNDER_WAY_AFTER.match(sent.text, trig.end, sent.end):
        return False  # "The Vostok-2022 war games got under way": a drill named with its year, begun now
    for word in _RX_DEFINITE_BACKREF_2.finditer(between):
        abs_start = trig.start - len(before) + match.end(1) + word.start()
        if not any(e.start <= abs_start < e.end for e in sent.ents):
            return False
    return True


# Patterns of `_in_demand_scope`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_IN_DEMAND_SCOPE_1 = re.compile(r"[.;]")
_RX_IN_DEMAND_SCOPE_2 = re.compile(r"\b(to|that)\b", re.I)


_FROM_LEAVE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:their\s+|its\s+)?(?:leave|holidays?|vacations?)\b", re.I)
_TO_A_POST = re.compile(
    r"\s+to\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:post|job|role|position|portfolio|ministry)\b", re.I
)
_CIVIL_SATELLITE = re.compile(
    r"\b(?:weather|meteorological|communications?|commercial|scientific|navigation|broadband|telecom\w*|"
    r"earth-observation|climate|internet)\s+satellites?\b|\bspace\s+(?:telescope|probe)\b|"
    # private and civil space flight: "SpaceX's Starship rocket exploded minutes after lift-off"
    r"\b(?:SpaceX|Starship|Falcon\s+(?:9|Heavy)|Blue\s+Origin|Rocket\s+Lab|Ariane\s*\d?|NASA|ESA|ISRO|JAXA|"
    r"space\s+agency|space\s+tourists?)\b",
    re.I,
)
# A drill joined by the subject: "The UAE, Bahrain and Israel joined a US-led naval exercise", "Australian troops joined
# the Talisman Sabre drills".
_JOINED_DRILL = re.compile(
    r"\b(?:join(?:s|ed)?|took\s+part\s+in|take\s+part\s+in|participat(?:e|es|ed)\s+in)\s+"
    r"(?:a|an|the|their|its)?\s*(?:[\w'’.-]+\s+){0,5}?$",
    re.I,
)


def _with_joiners(sent: Sentence, trig: Mention, actors: list[str]) -> list[str]:
    """The parties of a clause's subject that joined the drill, with the drill's own parties."""
    joined = _JOINED_DRILL.search(sent.text, max(sent.start, trig.start - 70), trig.start)
    if joined is None:
        return actors
    lo = _clause(sent, joined.start(), joined.start())[0]
    first = next((e for e in sent.ents if e.item.code and lo <= e.start < joined.start()), None)
    if first is None or not _SUBJECT_GAP.fullmatch(sent.text, lo, first.start):
        return actors
    return [*dict.fromkeys([*_joint(sent, first), *(a for a in actors if a is not None)])]


_SUBJECT_GAP = re.compile(r"\W*(?:the\s+)?", re.I)
_FORCES_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
_OPENING_FORCES_FROM = re.compile(
    r"\W*(?:[\w-]+\s+){0,3}?(?:troops|soldiers|forces|units|sailors|marines|warships|ships|contingents|personnel|"
    r"servicemen|special\s+forces|commandos|paratroopers|navies|air\s+forces)\s+from\s+(?:the\s+)?",
    re.I,
)
_WARNED_AGAINST = re.compile(
    r"\b(?:warn\w*|caution\w*)\s+(?:[\w'’.-]+\s+){0,4}?against\s+(?:any\s+)?(?:further\s+)?(?:[\w-]+\s+){0,1}?$", re.I
)
_FOOTBALL = re.compile(
    r"\b(?:goalkeeper|penalty\s+(?:area|box|spot|kick)|free[- ]kick|crossbar|striker|midfielder)\b", re.I
)
_MILITARY_SATELLITE = re.compile(
    r"\b(?:military|reconnaissance|spy|defen[cs]e\s+ministry|army|ballistic|missiles?|anti-satellite)\b", re.I
)
_CAPABLE_BEFORE = re.compile(r"\b(?:can|could|able\s+to|capable\s+of|designed\s+to)\s+$", re.I)
_OWN_TARGET = re.compile(
    r"\s+(?:its|their)\s+(?:designated\s+|intended\s+|simulated\s+|mock\s+|practice\s+)?targets?\b"
    # a target made for the test: "hitting a decommissioned target ship", "struck a mock target", "a target barge"
    r"|\s+(?:(?:a|an|the|two|three|several)\s+)?(?:[\w-]+\s+)?(?:(?:designated|simulated|mock|practice|dummy|"
    r"decommissioned|floating|retired)\s+(?:[\w-]+\s+)?(?:targets?|ships?|vessels?|hulks?|barges?|frigates?|"
    r"destroyers?|corvettes?|boats?)|"
    r"target\s+(?:ships?|vessels?|barges?|drones?|hulks?))\b",
    re.I,
)
_HIT_AFTER = re.compile(r"[^.;]{0,100}?\b" + _ATTACK_WORDS + r"\b", re.I)
_LANDED_ASHORE = re.compile(
    r"[^.;]{0,80}?\b(?:landed|fell|crashed)\s+(?:in|on|near|into)\s+(?!(?:the\s+)?(?:sea|ocean|waters)\b|"
    r"(?:international|territorial)\s+waters\b|the\s+(?:[A-Z]\w+\s+){1,2}(?:Sea|Ocean)\b|its\s+target|"
    r"(?:its\s+|(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.-]*['’]s\s+|the\s+)?(?:exclusive\s+economic\s+zone|EEZ)\b|waters\s+off\b)",
    re.I,
)
_RAID = re.compile(
    r"\b(?:air[- ]raids?|sirens?)\b|\b(?:barrages?|waves?)\s+of\s+(?:[\w-]+\s+){0,3}?drones\b"
    # "a cargo ship was hit by a missile fired from Yemen"
    r"|\b(?:hit|struck|damaged|sunk|targeted)\s+by\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:missiles?|rockets?|drones?|projectiles?)\b",
    re.I,
)
_BACK_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?back\b", re.I)
# ("evacuated more than 1,800 marooned people", "evacuated whole villages": a rescue)
_CIVILIANS_AFTER = re.compile(
    r"\s+(?:[\w,.'’-]+\s+){0,4}?(?:" + _CIVILIANS + r"|diplomats|wounded|marooned|stranded|fishermen|villagers|"
    r"villages|miners)\b",
    re.I,
)
_WITHDRAWN_THING = re.compile(
    r"\s+(?:its|his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:forecasts?|guidance|bid|candidacy|candidature|application|"
    r"nomination|lawsuit|complaint|offer|proposal|bill|motion|licen[cs]e|funding|money|deposits|savings|cash|"
    r"recommendation|endorsement|resignation|statement|remarks|accreditation|ambassador|envoy|diplomats)\b",
    re.I,
)
_LEAVE_NOUN = re.compile(r"\b(?:from|on|of)\s+(?:their\s+|his\s+|her\s+)?(?:annual\s+|home\s+|sick\s+)?$", re.I)
_CIVIL_LEAVERS = re.compile(
    r"\b(?:ambassadors?|envoys?|diplomats?|charg[eé] d'affaires|embassy staff|consuls?|" + _CIVILIANS + r")\b"
    r"(?:\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+)?)?$",
    re.I,
)


def _in_demand_scope(sent: Sentence, pos: int) -> bool:
    """"called on Russia to withdraw": the demanded action is no event."""
    lo, _ = _clause(sent, pos, pos)
    before = sent.text[max(sent.start, pos - 80):pos]
    match = _last(_DEMAND_CUE, before)
    if match is None:
        return False
    tail = before[match.end():]
    if _RX_IN_DEMAND_SCOPE_1.search(tail):
        return False
    # (a headline lists the acts demanded: "Beijing demands Tokyo retract remarks, halt warship transits"; the act
    # demanded may be the verb's object: "demanded the 'immediate and unconditional' withdrawal of …")
    return bool(_RX_IN_DEMAND_SCOPE_2.search(tail)) or len(tail) < (60 if _is_headline(sent) else 30) or bool(
        len(tail) < 60 and _DEMANDED_OBJECT.fullmatch(tail)
    )


_DEMANDED_OBJECT = re.compile(r"\s+(?:the|an?)\s+[^,;.]*")


# Patterns of `_military_actors`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_MILITARY_ACTORS_1 = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?")
_RX_MILITARY_ACTORS_2 = re.compile(r"\w+(?:ed|en|wn|nt)\b")
_RX_MILITARY_ACTORS_3 = re.compile(r"[,;:]")
_RX_MILITARY_ACTORS_4 = re.compile(r"\benemy\s+$", re.I)
# "Disengagement at Depsang was completed by Indian and Chinese troops": the agent of the noun's passive verb
_NOUN_AGENT = re.compile(
    r"[^,;.]{0,60}?\b(?:was|were|has been|had been|have been)\s+(?:\w+ly\s+)?"
    r"(?:completed|carried out|conducted|begun|started|finished|undertaken|launched|staged)\s+by\s+(?:the\s+)?",
    re.I,
)
_RX_MILITARY_ACTORS_5 = re.compile(r"\b(from|near)\b")
_NEIGHBOUR_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_CLAUSE_JOIN = re.compile(r"\b(?:and|as|while|after|before|when|but|whereas|because)\b", re.I)


def _other_clause_between(sent: Sentence, start: int, end: int) -> bool:
    """A conjunction followed by a named party between two offsets: a new clause with its own subject."""
    if _OF_PHRASE.match(sent.text, start, end):
        return False  # "Disengagement of Indian and Chinese troops": a noun's "of" phrase, one noun phrase
    join = _CLAUSE_JOIN.search(sent.text, start, end)
    return join is not None and any(join.end() <= e.start < end and e.item.code for e in sent.ents)


_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}$", re.I)


_OWNER_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:with|and|or|of|to|in|on|at|for|from|by|as|the|a|an|its|their|near|into)\s)[a-z][\w-]*\s+)?"
)


def _noun_owner(sent: Sentence, trig: Mention) -> Mention | None:
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


_WITH_FORCES = re.compile(r"\s+(?:with|alongside)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?", re.I)
_AND_THAT_PRONOUN = re.compile(r",?\s+and\s+that\s+(?:it|they)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# "…, saying that troop movements in Fujian were routine training": the speaker's own forces, named by no one else
_SAYING_THAT = re.compile(
    r",\s*(?:saying|insisting|adding)\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,1}$", re.I
)


# Forces named in an appositive that joins the subject's: "American and Filipino troops, joined by Japanese and
# Australian contingents, started …"; the subject stands before it.
_JOINED_APPOSITIVE = re.compile(
    r",\s*(?:joined|backed|supported|accompanied|reinforced|flanked)\s+by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,6}?$", re.I
)


def _joined_appositive(sent: Sentence, mil: Mention) -> list[str]:
    """The subject's parties and then those of an appositive's forces ("…, joined by X contingents,"), or []."""
    app = _JOINED_APPOSITIVE.search(sent.text, max(sent.start, mil.start - 90), mil.start)
    if app is None or "," not in sent.text[mil.end:mil.end + 40]:
        return []
    head = next((m for m in reversed(sent.mils) if m.end <= app.start() and app.start() - m.end <= 3), None)
    head_ent = _modifier(sent, head) if head is not None else None
    if head_ent is None or not head_ent.item.code:
        return []
    codes = _joint(sent, head_ent)
    for ent in sent.ents:
        if app.start() < ent.start < mil.start and ent.item.code and ent.item.code not in codes:
            codes.append(ent.item.code)
    return codes


def _military_actors(
    sent: Sentence, trig: Mention, ctx: ArticleContext, speech: Speech | None
) -> tuple[list[str], bool, bool]:
    """Actor codes (several for a joint action), whether they came from weak cues, and whether an
    entity of the sentence named them."""
    text = sent.text
    again = _AND_THAT_PRONOUN.search(text, sent.start, trig.start)
    if again is None or speech is None or speech.end > again.start():
        again = _SAYING_THAT.search(text, sent.start, trig.start)  # the participle is the speech itself
    if again is not None and speech is not None and speech.code and speech.start <= again.end() and not any(
        again.end() <= e.start < trig.start and e.item.code for e in sent.ents
    ):
        # "Kyrgyzstan's border service said Tajikistan was massing troops, and that it had put its own units on
        # alert": a second content of the same speech, its subject the speaker
        return [speech.code], False, False
    mil = _mil_near(sent, trig, 60)
    if mil is not None and mil.end <= trig.start:
        joined = _joined_appositive(sent, mil)
        if joined:
            return joined, False, True
    if mil is not None and trig.item.type == _DRILL and mil.start >= trig.end and _WITH_FORCES.fullmatch(
        text, trig.end, mil.start
    ):
        # "Russian troops conducted joint drills with Tajik forces": the forces after "with" are the partner (added by
        # `_with_partners`); the drill's own forces stand before it
        mil = next((m for m in reversed(sent.mils) if m.end <= trig.start and trig.start - m.end <= 60), None)
    if _OBSERVING.match(text, trig.start, trig.end):
        # "the Philippine Navy said it tracked 11 Chinese ships": the observer's forces are not the ones that moved
        mil = next((m for m in sent.mils if trig.end <= m.start < trig.end + 60), mil)
    if mil is not None and mil.end <= trig.start and any(
        mil.end <= sp.start and sp.end <= trig.start for sp in sent.speeches if not sp.statement
    ):
        mil = None  # "Indian Army sources said China had moved …": the speaker's army, not the one that moved
    if mil is not None and _RX_MILITARY_ACTORS_3.search(text[min(mil.end, trig.end):max(mil.start, trig.start)]):
        mil = None  # a military noun of another clause ("…, South Korea's military said")
    if mil is not None and mil.start >= trig.end and _other_clause_between(sent, trig.end, mil.start):
        mil = None  # "Seoul raised its alert and Washington sent a carrier": the carrier is Washington's
    opening = _OPENING_FORCES_FROM.match(text, sent.start, trig.start)
    if opening is None and mil is not None and mil.end <= trig.start:
        opening = _FORCES_FROM.match(text, mil.end, trig.start)
    first = next((e for e in sent.ents if opening and e.start == opening.end() and e.item.code), None)
    if first is not None and first.item.kind == "demonym" and _BORDER_AHEAD.match(text, first.end):
        first = None  # "returning units from the Ukrainian border to their bases": the place left, not their state
    if first is not None:
        return _joint(sent, first), False, True  # "Troops from Kazakhstan, Kyrgyzstan and Tajikistan joined …"
    if mil is not None:
        if _RX_MILITARY_ACTORS_4.search(_before(sent, mil.start, 10)):
            return [], True, True  # "enemy personnel": the speaker's opponent, unnamed
        ent = _modifier(sent, mil)
        if ent is not None:
            return _joint(sent, ent), False, True
    if not trig.item.verb:
        agent = _NOUN_AGENT.match(text, trig.end, sent.end)
        if agent:
            for ent in sent.ents:
                if agent.end() <= ent.start <= agent.end() + 1 and ent.item.code:
                    return _joint(sent, ent), False, True
    if not trig.item.verb and trig.item.strong and not trig.item.form.startswith(("to ", "back ", "away ")):
        owner = _noun_owner(sent, trig)
        if owner is not None:  # "Pyongyang's pullback", "the Russian withdrawal claim"
            return _joint(sent, owner), False, True
    after = text[trig.end:min(sent.end, trig.end + 40)]
    by = _RX_MILITARY_ACTORS_1.match(after)
    if by:  # passive with an agent: "troops were deployed by Russia"
        for ent in sent.ents:
            if ent.start == trig.end + by.end() and ent.item.code:
                return _joint(sent, ent), False, True
    found, unnamed = _both_sides_before(sent, trig, 50)
    if found and unnamed:
        pair = _both_sides(sent, trig, ctx)
        if pair:
            return pair, True, False  # "… as both sides raise military alert": the subject is the two parties
    teller = _teller(sent, trig)
    if teller is not None:
        return _joint(sent, teller), False, True  # "Moscow had told Minsk it planned to station troops": Moscow's
    ent = _subject_entity(sent, trig)
    if ent is not None and speech is not None and speech.code and speech.code != ent.item.code and (
        _THAT_PRONOUN.match(text[ent.end:trig.start])
    ):
        # "Azerbaijan rejected Armenian accusations that it had moved troops": the pronoun after "that" is the
        # speaker's, not the accuser's named inside the charge
        return [speech.code], False, True
    if ent is not None and ent.item.kind == "institution":
        # "Russia and Belarus launched the Zapad-2025 exercises": a named drill or force is no subject of its own
        lo = _clause(sent, trig.start, trig.end)[0]
        first = next((e for e in sent.ents if e.item.code and lo <= e.start < ent.start), None)
        if first is not None and ent.item.code in _joint(sent, first):
            return _joint(sent, first), False, True
    if ent is not None:
        return _joint(sent, ent), False, True
    form = text[trig.start:trig.end].lower()
    participle = _RX_MILITARY_ACTORS_2.match(form)
    if trig.item.subtype != "withdrawal" and (  # ("were withdrawn from the border with Guyana": the place left)
        participle and _PASSIVE.search(_before(sent, trig.start, 20)) or form.startswith(("was ", "were "))
    ):
        for ent in sent.ents:  # "missiles were launched from the Sunan area near Pyongyang"
            before = _before(sent, ent.start, 40)
            if ent.item.code and ent.start > trig.end and _RX_MILITARY_ACTORS_5.search(before) and not (
                _NEIGHBOUR_BEFORE.search(before)  # "moved from the frontier with Afghanistan": the neighbour's
                or ent.item.kind == "demonym" and _BORDER_AHEAD.match(text, ent.end)  # "near the Polish border"
            ):
                return [ent.item.code], True, True
    if _BOTH_SIDES.search(_before(sent, trig.start, 50)):
        pair = _both_sides(sent, trig, ctx)
        if pair:
            return pair, True, False  # "both sides have moved tanks": the two parties the article is about
    actors, weak = _pronoun_actor(sent, trig, ctx, speech)
    if actors:
        return actors, weak, False
    if trig.item.subtype == "mobilization" and speech is not None and speech.code and not speech.statement:
        # "Belarus's defence ministry said reservists had been called up … near the Polish border": the speaker's own
        return [speech.code], True, True
    if trig.item.subtype == "mobilization":
        place = _location(sent, trig, [], ctx)
        if place:
            return [place], True, True  # "reservists reported to their units across Israel"
    return [], True, False


# "told Minsk (that) it planned to …": the pronoun after the person told is the teller's.
_TOLD_PRONOUN = re.compile(
    r"\b(?:told|tells|informed|informs|assured|assures|notified|notifies)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?"
    r"(?:that\s+)?(?:it|they)\s+(?:[\w'’\"“”-]+\s+){0,5}$",
    re.I,
)


def _teller(sent: Sentence, trig: Mention) -> Mention | None:
    """The party that told another of its own move ("Moscow had told Minsk it planned to station troops")."""
    lo = max(sent.start, trig.start - 100)
    told = _TOLD_PRONOUN.search(sent.text, lo, trig.start)
    if told is None:
        return None
    told_at = told.start()
    return next(
        (e for e in reversed(sent.ents) if e.item.code and e.end <= told_at and not _RX_MILITARY_ACTORS_3.search(
            sent.text, e.end, told_at)),
        None,
    )


_BOTH_SIDES = re.compile(
    r"\b(?:both sides|the two sides|both armies|the two armies|both militaries|both countries|the two countries|"
    r"both Koreas|the two Koreas|"
    r"both nations|the two nations|the rival armies|each side|the two (?:navies|militaries|governments|leaders|"
    r"presidents|prime ministers|foreign ministers|defen[cs]e ministers|ministers|delegations))\b['’]?"
    r"(?:\s+[\w'’-]+){0,4}\s+$",
    re.I,
)


_EACH_BEFORE = re.compile(r"\beach\s+$", re.I)
_OTHER_AFTER = re.compile(r"\s+(?:the other|one another|each other)\b", re.I)
_KOREAS = re.compile(r"\b(?:both|the two) Koreas\b", re.I)


def _both_sides_before(sent: Sentence, trig: Mention, chars: int) -> tuple[bool, bool]:
    """Whether "both sides" (or the like) stands before the trigger, and whether no party is named after it."""
    before = _before(sent, trig.start, chars)
    both = _BOTH_SIDES.search(before)
    if both is None and _EACH_BEFORE.search(before) and _OTHER_AFTER.match(sent.text, trig.end, sent.end):
        both = _EACH_BEFORE.search(before)  # "…, each accusing the other of violating the ceasefire"
    if both is None:
        return False, False
    lo = trig.start - len(before) + both.start()
    if _URGED_BEFORE.search(sent.text, max(sent.start, lo - 30), lo):
        return False, False  # "urged both sides to avoid escalation and offered to host talks": whom it urged
    return True, not any(e.item.code and lo <= e.start < trig.start for e in sent.ents)


_URGED_BEFORE = re.compile(
    r"\b(?:urg\w*|call\w*\s+on|call\w*\s+upon|ask\w*|press\w*|told|tells|invit\w*|warn\w*|between)\s+$", re.I
)


def _both_sides(sent: Sentence, trig: Mention, ctx: ArticleContext) -> list[str]:
    """The two countries of "both sides": named earlier in the sentence, else the last two of the article."""
    if _KOREAS.search(_before(sent, trig.start, 60)):
        return ["PRK", "KOR"]  # "the two Koreas agreed …": the pair is named
    if _EACH_BEFORE.search(_before(sent, trig.start, 8)):
        # "Serbia and Kosovo held talks in Brussels, each accusing the other": the pair the sentence opens with
        first = next((e for e in sent.ents if e.item.code and e.start < trig.start), None)
        group = list(dict.fromkeys(_joint(sent, first))) if first is not None else []
        if len(group) == 2:
            return group
    named: list[str] = []
    for ent in sent.ents:
        if ent.start < trig.start and ent.item.code and ent.item.kind in ("country", "capital", "demonym", "leader"):
            if ent.item.code in named:
                named.remove(ent.item.code)
            named.append(ent.item.code)
    pair = (ctx.parties + [c for c in named if c not in ctx.parties])[-2:] if len(named) < 2 else named[-2:]
    return pair if len(pair) == 2 else []


def _subject_entity(sent: Sentence, trig: Mention) -> Mention | None:
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


def _can_be_subject(sent: Sentence, ent: Mention) -> bool:
    key = ("subject", ent.start)
    if key not in sent.cache:
        before = _before(sent, ent.start, 40)
        sent.cache[key] = not (
            _LOCATIVE.search(before) or _BORDER_WITH.search(before) or _BY_BEFORE.search(before)
            or _CONTRAST_BEFORE.search(before) or _WITH_BEFORE.search(before)
        )
    return sent.cache[key]


# a party named as who brokered or led something: "a Saudi-brokered deal", "a US-led exercise" ("Russian-hosted"
# manoeuvres are held in Russia)
BROKER_AFTER = re.compile(r"-(?:brokered|mediated|backed|sponsored|led|drafted|proposed|funded|made|built)\b")


def _is_place(sent: Sentence, ent: Mention) -> bool:
    """The entity follows a locative preposition ("near the Ukrainian border", "off the coast of X")."""
    key = ("place", ent.start)
    if key not in sent.cache:
        before = _before(sent, ent.start, 40)
        ok = bool(_LOCATIVE.search(before) or _BORDER_WITH.search(before)) and not _TENSION.search(before) and not (
            BROKER_AFTER.match(sent.text, ent.end, ent.end + 14)  # "into a US-led exercise": who leads, not where
        )
        if ok and _BY_OF_BEFORE.search(before) and not _OF_PLACE_BEFORE.search(before):
            ok = False
        sent.cache[key] = ok
    return sent.cache[key]


# Patterns of `_pronoun_actor`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_PRONOUN_ACTOR_1 = re.compile(r"\b(they|it|its|their|we|our|the country)\b", re.I)


def _speaker_codes(sent: Sentence, speech: Speech | None) -> set[str]:
    """Every party named in the subject of the speech ("Germany and the Netherlands said …")."""
    if speech is None or speech.from_context:
        return set()
    lo, hi = speech.subject
    if hi > speech.start:
        return set()  # "According to Seoul, North Korea …": the source comes after its cue, alone
    named = next((e for e in sent.ents if lo <= e.start < hi and e.item.code == speech.code), None)
    return set(_joint(sent, named)) if named is not None else set()


_THEY = re.compile(r"\bthey\b", re.I)
_THAT_PRONOUN = re.compile(
    r"^\s+(?:claims?|accusations?|allegations?|charges?|reports?|suggestions?)\s+that\s+(?:it|they)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def _pronoun_actor(
    sent: Sentence, trig: Mention, ctx: ArticleContext, speech: Speech | None
) -> tuple[list[str], bool]:
    before = sent.text[sent.start:trig.start]
    if _RX_PRONOUN_ACTOR_1.search(before):
        if speech is not None and speech.code and not speech.from_context:
            lo, hi = speech.subject
            named = next((e for e in sent.ents if lo <= e.start < hi and e.item.code == speech.code), None)
            if named is not None and _THEY.search(before):
                return _joint(sent, named), False  # "Germany and the Netherlands said they would send …"
            return [speech.code], False
        if ctx.military_actor:
            return [ctx.military_actor], True
    if speech is not None and speech.code:
        return [speech.code], True
    return [], True


# "Russian Foreign Minister Sergei Lavrov", "Venezuela's Nicolas Maduro": one party named twice
_TITLE_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|of|for|the|president|prime minister|leader|special|envoy|foreign|defen[cs]e|"
    r"minister|secretary|ambassador|spokes(?:man|woman|person)|adviser|advisor|chief|negotiator))*\s+"
)


def _appositive(sent: Sentence, left: Mention, right: Mention) -> bool:
    """"Turkey, Azerbaijan's closest ally, …": a possessive after a bare comma opens an appositive, not a list."""
    return sent.text[left.end:right.start].strip() == "," and sent.text.startswith(("'s", "’s"), right.end)


def _joined(sent: Sentence, left: Mention, right: Mention) -> bool:
    """Whether two named parties are coordinated ("India and China"; two demonyms' forces: "a US destroyer and a
    Canadian frigate")."""
    gap = sent.text[left.end:right.start]
    if _JOINED.fullmatch(gap):
        return True
    if left.item.kind == right.item.kind == "demonym":
        return bool(_JOINED_FORCES.fullmatch(gap))
    return left.item.kind in ("demonym", "country") and right.item.kind in ("demonym", "country") and bool(
        _JOINED_FORCES_NOUN.fullmatch(gap)
    )


def _joint(sent: Sentence, ent: Mention) -> list[str]:
    """The actor and any participants coordinated with it ("India and China", "Russian and Belarusian")."""
    codes = [ent.item.code]
    ents = [e for e in sent.ents if e.item.code]
    idx = ents.index(ent)
    j = idx - 1
    while j >= 0 and _joined(sent, ents[j], ents[j + 1]) and _joinable(sent, ents[j]) and not (
        _appositive(sent, ents[j], ents[j + 1])
    ):
        codes.insert(0, ents[j].item.code)
        j -= 1
    j = idx + 1
    while j < len(ents):
        gap = sent.text[ents[j - 1].end:ents[j].start]
        if ents[j].item.code == ents[j - 1].item.code and _TITLE_GAP.fullmatch(gap):
            j += 1  # "Russian Foreign Minister Sergei Lavrov": one party named twice
            continue
        if not _joined(sent, ents[j - 1], ents[j]):
            break
        if _appositive(sent, ents[j - 1], ents[j]):
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
_GROUP_OF = re.compile(
    r"\b(?:militaries|ministers|leaders|armies|governments|presidents|delegations|representatives|envoys|chiefs|"
    r"heads|commanders|navies|defence chiefs|defense chiefs|directors[- ]general|military operations|"
    r"chiefs of (?:the\s+)?(?:general\s+|defen[cs]e\s+)?staff)\s+of\s+(?:the\s+)?$|"
    r"\b(?:troops|soldiers|forces|units|contingents|sailors|marines|personnel|warships|negotiators|delegations|"
    r"delegates|envoys|diplomats|officials|representatives|advisers|advisors|ministers|commanders)\s+from\s+(?:the\s+)?$",
    re.I,
)


def _joinable(sent: Sentence, left: Mention) -> bool:
    """A participant may open a coordination unless it is a place or a source ("According to Seoul, North
    Korea…")."""
    before = _before(sent, left.start, 30)
    if _GROUP_OF.search(before):
        return True  # "the foreign ministers of Estonia, Latvia and Lithuania": each country's own
    if left.item.kind == "demonym" and before.endswith(" of "):
        return True  # "disengagement of Indian and Chinese troops": adjectives of one noun, each a party
    return not (_PREP_BEFORE.search(before[-20:]) or _RX_JOINABLE_1.search(before[-20:]))


# Patterns of `_location`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_LOCATION_1 = re.compile(r"[,;]")


def _location(sent: Sentence, trig: Mention, actors: list[str], ctx: ArticleContext) -> str | None:
    """Where a military action happens or is directed: a place after a locative preposition, the
    object of leave/enter, or "the country" resolved to the last other country."""
    text = sent.text
    actor = actors[0] if actors else None
    own = _OWN_PLACE.search(text, trig.end, min(sent.end, trig.end + 60))
    if own and actor and not _RX_LOCATION_1.search(text[trig.end:own.start()]):
        phrase = own.group().lower()
        if phrase.startswith("off") and phrase.endswith(("coast", "coastline", "waters", "shores")):
            return None  # "fired two missiles into the sea off its east coast": a sea, no state's ground (rule 12)
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
        if _REACTION_FROM.search(_before(sent, ent.start, 30)):
            continue  # "…, drawing a rebuke from Moscow": who reacts, not where
        if _FROM_ONLY.search(_before(sent, ent.start, 12)) and (
            trig.item.subtype in ("readiness_check", "mobilization")
            or _DESTINATION_AFTER.match(sent.text, ent.end, sent.end)
        ):
            continue  # "paratroopers from Pskov", "a battalion from Italy to Kosovo": where they come from
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
# a second content after a denial: "had no intention … and that 3,800 soldiers had been sent back", "denied any
# buildup, saying Belgrade had in fact pulled 4,000 troops back"
_LEAVING_BEFORE = re.compile(
    r"\bleaving\s+(?:behind\s+)?"
    r"(?:(?:only|just|about|some|roughly|around|nearly|almost|fewer than|more than|up to)\s+)*$",
    re.I,
)
_IF_NEGATED = re.compile(
    r"\b(?:if|unless|as long as)\s+(?:[\w'’.-]+\s+){1,5}?(?:did|does|do|would|will|were|was)\s*(?:not|n't)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_WILL_NOT = re.compile(r"\b(?:(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t)\s+(?:[\w-]+\s+)?$", re.I)
_NEXT_COMPLEMENT = re.compile(r"\b(?:and|but)\s+that\b|,\s*(?:saying|insisting|adding|arguing)\b", re.I)
_RX_QUANTITY_2 = re.compile(r"\b(after|before|while|when|because|but|whereas|although|and that)\b", re.I)
_RX_QUANTITY_3 = re.compile(r"(?:19|20)\d\d")


def _quantity(sent: Sentence, trig: Mention, actor: str | None) -> int | None:
    """Troops, ships or aircraft counted near the trigger; None for vague amounts, units and vehicles."""
    text = sent.text
    lo, hi = _clause(sent, trig.start, trig.end)
    found: list[tuple[int, bool, int, int | None, Mention]] = []  # (distance, counts troops, start, value, noun)
    for n_start, n_end, value in _numbers(sent):
        a, b = sent.start + n_start, sent.start + n_end
        mil = _counted_noun(sent, b)
        if mil is None:
            continue
        if _LEAVING_BEFORE.search(text, max(sent.start, a - 30), a):
            continue  # "…, leaving roughly 1,000 American troops in the country": those who stay, not those moved
        d = a - trig.end if a >= trig.end else trig.start - b
        if d > 70 and not (lo <= a < hi):
            continue
        between = text[trig.end:a] if a >= trig.end else text[b:trig.start]
        if _RX_QUANTITY_2.search(between):
            continue  # another clause: "placed … on alert after Russia moved 5,000 troops"
        # "two brigades" and "60 armoured vehicles" count no troops; "a 4,800-strong brigade" does (not "the first
        # troops of its 5,000-strong brigade")
        counts = mil.item.countable or (
            text.startswith("-strong", b) and a >= trig.end and not _OF_WORD.search(text, trig.end, a)
        )
        found.append((d, counts, a, value, mil))
    if found:
        nearest = min(found, key=lambda f: f[0])
        if not nearest[1]:
            # a count of troops, ships or aircraft outranks a nearer count of vehicles joined to it ("3,000 soldiers
            # and 200 armoured vehicles returned"), not another verb's ("called up 60,000 reservists and moved two
            # additional brigades")
            nearest = next((f for f in found if f[1] and _COUNTS_JOINED.fullmatch(text, f[4].end, nearest[2])), nearest)
        _, counts, _, value, mil = nearest
        owner = _modifier(sent, mil)
        if not counts or owner is not None and actor is not None and owner.item.code != actor:
            return None  # "30,000 Russian troops" counts Russia's part of a joint drill only
        return value
    if trig.item.subtype == "mobilization":
        # "will call up 147,000 citizens", "the mobilisation of more than 4.5 million members of the militia": the
        # people a call-up takes into the forces are its troops
        called = _CALLED_UP_COUNT.match(text, trig.end, min(sent.end, trig.end + 60))
        if called is not None:
            at = called.start("count") - sent.start
            return next((value for n_start, _, value in _numbers(sent) if n_start == at), None)
    # "with the number actually increasing by 7,000", "increased the number of warships … to 20"
    after = text[trig.end:min(sent.end, trig.end + 80)]
    by = _RX_QUANTITY_1.search(after)
    if by and _mil_near(sent, trig, 200) and not _RX_QUANTITY_3.fullmatch(by.group(1).rstrip(".,")) and not (
        _AGED.search(after, 0, by.start(1))
    ):
        # (not "men aged 18 to 55": an age; nor a year, even at the sentence's end: "left East Germany by 1994.")
        return parse_number(by.group(1))
    return None


_AGED = re.compile(r"\b(?:aged|ages?)\b", re.I)
_CALLED_UP_COUNT = re.compile(
    r"\s+(?:up\s+)?(?:of\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|roughly\s+|"
    r"up to\s+|another\s+|a further\s+)?(?P<count>\d[\d,.]*(?:\s+(?:thousand|million))?)\s+(?:[\w-]+\s+)?"
    r"(?:citizens|members|recruits|people|volunteers|personnel|draftees)\b",
    re.I,
)


# Patterns of `_counted_noun`, compiled once: on short strings `re`'s cache lookup costs more than the match.
_RX_COUNTED_NOUN_1 = re.compile(r"\s+|-")
_RX_COUNTED_NOUN_2 = re.compile(r"(?:-strong)?(?:\s+[\w.'’-]+){0,3}\s+|-strong\s+|\s+")
_RX_COUNTED_NOUN_3 = re.compile(r"\b(of|and|to|in|on|at|from|by|with|for|were|was|had|have|has|are|is)\b", re.I)


def _counted_noun(sent: Sentence, num_end: int) -> Mention | None:
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
    sent: Sentence, trig: Mention, actor: str | None, speech: Speech | None, claimant: str | None
) -> str:
    """denied > disputed > planned > claimed (the actor's own account) > reported."""
    text = sent.text
    before = text[sent.start:trig.start]
    denial = _last(_DENIAL_SCOPE, before)
    if denial is not None and not _DESPITE.search(before[denial.end():]) and not _NEXT_COMPLEMENT.search(
        before, denial.end()
    ):
        return "denied"  # (not "had no intention of … and that 3,800 soldiers had been sent back": a second content)
    if speech is not None and speech.owner and _body_has(sent, _DISPUTE):
        return "disputed"
    after = text[trig.end:sent.end]
    dispute = _DISPUTE.search(after) or _DENIED_AFTER.search(after)
    if dispute and not trig.item.verb and _CLAIM_NOUN_AFTER.match(after):
        return "disputed"  # "calls withdrawal claim false", "the pullback claims were untrue"
    if speech is not None and dispute and any(
        e.item.code and e.item.code != claimant and trig.end < e.start < trig.end + dispute.end() for e in sent.ents
    ):
        # "…, Minsk claimed, a statement Kyiv dismissed as false"; "a charge Asmara denied"; "a claim Vilnius disputed"
        return "disputed"
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
