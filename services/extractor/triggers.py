"""Pattern triggers: constructions with a gap ("proposed military talks", "urged Russia to …", "fires a
ballistic missile") that the lexicon's single words cannot hold, each gated by one Aho–Corasick pass."""

from __future__ import annotations

import re

import ahocorasick

from services.extractor.clauses import (
    _CALLING,
    _DEAL_WORDS,
    _DRILL,
    _MEET_OBJECTS,
    _REACTION_NOUNS,
    _STATEMENT,
    _STILL_CONTESTED,
    _STILL_CONTESTED_GATE,
    _TROOP,
    DEADLINE_SPAN,
    Sentence,
    _has_any,
)
from services.extractor.lexicon import Trigger
from services.extractor.matcher import Mention

_TALKS_PATTERN = re.compile(
    r"\b(?:(?:propos\w*|offer\w*|invit\w*|seek\w*|sought|open to|ready to|ready for|willing to|prepared to|"
    r"hop(?:e|es|ed|ing)\s+to|"  # "said he hoped to hold a summit with Xi Jinping soon"
    r"stood ready to|"
    # ("agreed on Monday that there remained a 'crucial window for diplomacy'": an opinion shared, seed s20)
    r"stands ready to|agree[sd]?(?!\s+(?:on\s+\w+\s+)?that\s+there\b)|agreeing|must keep|keep)\s+"
    r"(?:(?!(?:after|following|during|under|at|but|no)\s)[\w'’\"“”-]+\s+){0,10}?"
    # ("agreed to a prisoner swap after talks": the talks are where it was agreed, not what; "welcome the offer but
    # see no need for mediation": a refusal after it)
    # a call quotes its words: "urged both to exercise 'maximum restraint'" (an agreement that there is a
    # "window for diplomacy" is no call of its own)
    # (a noun "call" is no verb: "held a video call on Thursday, their first talks")
    r"|(?:(?<!\bvideo )(?<!\bphone )(?<!\btelephone )(?<!\ba )(?<!\bthe )call(?:ed|s|ing)?\s+"
    r"(?:(?:instead|again|also|repeatedly|once\s+again|publicly)\s+)?"  # "called instead for direct talks"
    r"(?:for|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|upon)|urg\w*)\s+"
    r"(?:[\w\"“”'‘’-]+,?\s+){0,12}?[\"“‘']?"
    r"|want(?:s|ed)?\s+(?:[\w-]+\s+){0,2}?)"  # "wants direct talks with Phnom Penh"
    # ("called on the mediators to ensure …": the mediators are whom the call is addressed to)
    r"(?:talks|dialogue|negotiations|a meeting|meeting|summit|consultations|discussions|mediat(?!ors?\b)\w+|"
    r"good offices|"  # "stood ready to offer his good offices to both countries"
    r"(?<!\bthe )mediators?|diplomacy|"
    r"peaceful means|"
    r"talking|in (?:close )?(?:touch|contact)|"  # "agreed to keep talking", "… to stay in close contact"
    r"(?:come|return|get|go)\s+(?:back\s+)?to\s+the\s+(?:negotiating\s+)?table|"  # "urged Moscow to come to the table"
    r"restraint|de-escalat\w*|lines of communication|travel to|(?:ease|lower|reduce|defuse|calm) tensions?|"
    # "urging both to avoid 'any unilateral step'"
    r"avoid\s+(?:any\s+)?[\"'‘“]?(?:any\s+)?(?:unilateral|further\s+escalation|escalation|provocat\w+|"
    r"(?:steps|actions|moves)\s+that\s+(?:could\s+|would\s+|might\s+)?(?:raise|escalate|heighten|inflame))|"
    r"(?:resolv|settl)\w*\s+(?:[\w'’-]+\s+){0,3}?peacefully|(?:peace|political)\s+process\b|"
    r"talk (?:to|with)|(?<!not )(?<!never )sit down\b|"
    # "to seize the historic chance for peace", "to agree on a transition"
    r"(?:chance|opportunity|window|path)\s+for\s+peace|agree\s+on\s+(?:a|an|the)\s+|"
    r"meet(?!\s+(?:the\s+|its\s+|their\s+)?" + _MEET_OBJECTS + r"\b))\b",
    re.I,
)
# A missile named by its designator alone: "launched a DF-26B from Qinghai", "test-fires unarmed Minuteman III".
_MISSILE_NAMES = (
    r"(?:(?:DF|Hwasong|KN|Agni|Shaheen|Ghauri|Fateh|Sejjil|Emad|Kheibar|Khorramshahr|Pukguksong|Nodong|Musudan|"
    r"Hyunmoo|Prithvi|Ghaznavi|Babur|Nasr)-\d+\w*|Minuteman(?:\s+III)?|Trident(?:\s+II)?(?:\s+D5)?|Sarmat|Yars|"
    r"Bulava|Zircon|Tsirkon|Kinzhal|Burevestnik|Avangard|BrahMos|Tomahawks?)"
)
_WEAPON_FIRE = re.compile(
    r"\b(?:fire[sd]?|firing|launch(?:es|ed|ing)?|test-fire[sd]?|test-firing|test(?:s|ed|ing)?|test-launch(?:es|ed)?)"
    # a hedge on what was fired: "fired what appeared to be a …", "launched what Seoul called a …"
    r"\s+(?:what\s+(?:(?:appeared|appears|seemed|seems|is|was|were|are)\s+(?:(?:believed|thought|suspected)\s+)?"
    r"to\s+be|(?:[\w-]+\s+){1,3}(?:said|called|described\s+as)(?:\s+(?:was|were))?)\s+)?"
    r"(?:of\s+)?(?:(?:at\s+least|up\s+to|as\s+many\s+as|some|about|around)\s+)?"
    r"(?:an?\s+|two\s+|three\s+|four\s+|several\s+|its\s+|their\s+|the\s+|another\s+|multiple\s+|a\s+"
    r"salvo\s+of\s+|a\s+barrage\s+of\s+)?(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|ICBMs?|SLBMs?|warheads?|"
    r"projectiles?|torpedo(?:es)?|interceptors?|" + _MISSILE_NAMES + r")\b",
    re.I,
)
# A missile told by its name alone is a weapon (no "missile" word makes the sentence military).
MISSILE_NAME = re.compile(r"\b" + _MISSILE_NAMES + r"\b", re.I)
_DEMAND_PATTERN = re.compile(
    r"\b(?:urg(?:e|ed|es|ing)|ask(?:ed|s|ing)?|press(?:ed|es|ing)?|told|implored|order(?:ed|s)?|wants?|wanted)\s+"
    r"(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:troops|forces|soldiers|units|contingents?|peacekeepers)\s+)?(?:to|not to)\s+\w+",
)
_AGREEMENT_PATTERN = re.compile(
    r"\b(?:initial(?:l?ed|s)|accept(?:s|ed|ing)?|reach(?:es|ed|ing)?|sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|ink(?:s|ed)?|"
    r"finali[sz](?:e|es|ed)|str(?:ike|ikes|uck)|seal(?:s|ed)?|agree(?:s|d)?\s+(?:to|on|upon)|"
    # a government's approval of a deal it is party to: "the security cabinet approved an Egyptian-brokered ceasefire"
    r"approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing))\s+"
    r"(?:[\w.\"“”'‘’-]+\s+){0,6}?[\"“‘']?" + _DEAL_WORDS + r"\b",
    re.I,
)
_REJECTION_PATTERN = re.compile(
    r"\b(?:dismiss(?:es|ed)?|rebuff(?:s|ed)?|reject(?:s|ed)?|spurn(?:s|ed)?|turn(?:s|ed)? down)\s+"
    r"(?:[\w.\"“”'‘’-]+\s+){0,4}?[\"“‘']?(?:proposals?|offers?|plans?|calls?|demands?|requests?|initiatives?|ideas?|appeals?|"
    r"formulas?|frameworks?|blueprints?|roadmaps?|"
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
# Under a condition, also force against the other side's craft and a route shut: "will sink their ships if …",
# "will shut every border crossing with Belarus if …", "would close the Strait of Hormuz if …" (standing "ready to
# shoot down" a rocket is air defence's readiness, not a threat)
_COERCIVE_IF = (
    r"(?:" + _COERCIVE + r"|sink|shoot down|hit back|"
    r"(?:close|shut) (?:off )?(?:its |the |their |every |all )?(?:(?:border )?crossings?|"
    r"straits?|Strait of|sea lanes|shipping lanes|waterway))"
)
_READY_THREAT = re.compile(
    # (a headline drops the verb: "army 'ready to respond'")
    r"(?:\b(?:is|are|was|were|stands?|stood|remains?|be)\s+(?:\w+\s+)?|[\"“‘'])(?:prepared|ready)\s+to\s+" + _COERCIVE
    + r"\b",
    re.I,
)
_CONDITIONAL_THREAT = re.compile(
    r"\b(?:will|would|may|might|could|'ll)\s+(?:\w+\s+)?" + _COERCIVE_IF + r"\b[^.;]{0,140}?\b(?:unless|if)\b"
    # the condition first: "if Iran moved to enrich uranium, his country would strike"
    r"|\b(?:unless|if)\b[^.;]{0,140}?,\s*(?:[\w'’-]+\s+){0,4}?(?:will|would|'ll)\s+(?:\w+\s+)?" + _COERCIVE_IF + r"\b"
    # forces to be moved against another's step: "would send additional forces to its western borders if Finland
    # agreed to host US bases", "will move more units to the frontier should Wagner fighters approach it", "would resume
    # nuclear testing if the US tested first" (not a rescue, "destroyers to evacuate its citizens if fighting broke
    # out", nor help for need or at a partner's call: "if needed", "if Baku asked for them", "should the kingdom come
    # under attack")
    r"|\b(?:will|would|'ll)\s+(?:\w+\s+)?(?:have\s+to\s+)?(?:send|deploy|move|station|reinforce|mass|position|"
    r"bolster|defend|(?:resume|conduct|carry\s+out)\s+(?:[\w-]+\s+){0,2}?test(?:s|ing)?)\b"
    r"(?![^.;]{0,60}?\bto\s+(?:evacuate|rescue|help|assist|aid|protect\s+(?:its|their)\s+(?:citizens|nationals)))"
    r"[^.;]{0,140}?\b(?:unless|if|should)\s+(?!needed|necessary|required|asked|requested|invited|"
    r"the\s+need|so\b)(?!(?:[\w'’-]+\s+){0,5}?(?:asks?|asked|requests?|requested|invites?|invited|comes?\s+under|"
    r"came\s+under|agrees?\b(?!\s+to)))"
    # a state's own ground defended: "would defend 'every inch' of its territory", "will defend itself against any
    # aggression" (not a title, a seat or a decision defended)
    r"|\b(?:will|would|'ll)\s+(?:\w+\s+)?defend\s+[\"“‘']?(?:itself|themselves|ourselves|every\s+inch|"
    r"(?:its|their|our|her|his)\s+(?:\w+\s+)?(?:territory|sovereignty|borders?|allies|ally|homeland|country|land|"
    r"soil|people|independence))\b",
    re.I,
)
# Another party's rebuke told as a reaction: "…, drawing a sharp rebuke from Moscow" (the speaker follows "from").
_REBUKE_FROM = re.compile(
    r"(?<!which )(?<!that )\b(?:draw(?:ing|s)?|drew|prompt(?:ing|ed|s)?|trigger(?:ing|ed|s)?|spark(?:ing|ed|s)?|"
    r"provok(?:ing|ed|es)|"
    r"earn(?:ing|ed|s)?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?" + _REACTION_NOUNS + r"\s+from\b",
    re.I,
)

# A party's act named as a charge: "Tehran called the US deployment 'a provocation'", "branded the move a threat to
# regional security", "called the launch a violation of Security Council resolutions". Calling another's act by a
# charge's name accuses; the single word alone ("provocation") stays a weak cue.
_CALLED_CHARGE = re.compile(
    # the act named before the verb too: "in a move Caracas described as a provocation"
    # "calling it a ruse": "it" only with the words that call an announced step a deception (below)
    r"\b" + _CALLING + r"\s+(?:(?:the|this|that|its|their|his|her|[A-Z][\w'’.-]*)\s+(?:[\w'’.-]+\s+){0,6}?"
    r"(?:as\s+)?|as\s+|(?:it|them)\s+(?=[\"“‘']?(?:an?\s+)?[\"“‘']?(?:\w+\s+)?(?:ruse|smokescreen|sham|charade|bluff|"
    # ("called them 'rehearsal for invasion'", "calling it a provocation")
    r"deception|publicity stunt|propaganda stunt|rehearsals?\s+for|provocations?)\b))"
    r"[\"“‘']?(?:an?\s+)?"
    r"[\"“‘']?(?:(?:new|further|fresh|serious|grave|direct|deliberate|dangerous|flagrant|blatant|clear|open|"
    r"reckless|gross|unacceptable|outright|military|security|existential)\s+){0,2}"
    r"(?:provocation|threat(?:\s+to)?|violation of|breach of|act of (?:aggression|intimidation|provocation)|"
    r"intimidation|rehearsal for|disgrace|blackmail|destabili[sz]ing|reckless|"
    r"interference|act of desperation|sign of weakness|(?:grave\s+|serious\s+|strategic\s+)?mistake|escalation|"
    r"unacceptable|irresponsible|illegal|illegitimate|warmongers?|aggressors?|"
    # another's announced step called a deception: "Kyiv calls it a ruse", "branded the pull-back a sham"
    r"ruse|smokescreen|sham|charade|bluff|deception|publicity stunt|propaganda stunt)\b"
    # another's act judged by a bare adjective: "calling the manoeuvres unsafe and unprofessional", "called the
    # deployment a 'hostile act'" (a report called so is a denial's word, not a charge: "calling the reports
    # 'provocative fabrications'")
    r"|\b" + _CALLING + r"\s+(?:the|this|that|its|their|his|her|[A-Z][\w'’.-]*)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:moves?|manoeuvres?|maneuvers?|drills?|exercises?|deployments?|build-?up|flights?|incursions?|actions?|"
    r"acts?|launch(?:es)?|tests?|patrols?|presence|activity|activities|transits?|intercepts?|behaviou?r|"
    r"movements?|sorties|overflights?)\s+(?:as\s+)?[\"“‘']?(?:an?\s+)?[\"“‘']?"
    r"(?:(?:openly|highly|very|extremely|deeply|grey-zone|gray-zone|provocative|aggressive)\s+)?"
    r"(?:hostile|unsafe|unprofessional|provocative|dangerous|aggressive|show of force)\b",
)

# A party's report of another's hostile act is an accusation: "Armenia's defence ministry said Azerbaijani units had
# fired on its positions", "Estonia says Russian jets violated its airspace". The act itself (firing, shelling) is
# outside the taxonomy; the agent is named with a capital (a party), so "said it had struck …" tells its own act.
_HOSTILE_ACT_SAID = re.compile(
    # what follows the speech verb (a lookbehind of fixed width each: the trigger starts at the agent, so the verb
    # stays the speech that `attribution` reads)
    r"(?:(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bsay\s)|(?<=\bsaid that\s)|(?<=\bsays that\s)|(?<=\bclaimed\s)|"
    r"(?<=\breported\s)|"
    + "|".join(rf"(?<=\bsaid on {day} that\s)" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                         "Saturday", "Sunday"))
    + r")(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}?\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:(?:repeatedly|deliberately|again|twice|also|first)\s+)?"
    # (missiles fired are a test of their own: "said North Korea had fired at least three ballistic missiles")
    r"(?:fired\s+(?!at\s+least\b)(?!(?:[\w-]+\s+){0,5}?(?:missiles?|rockets?|projectiles?|ICBMs?|SLBMs?)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:on|at|upon)|fired\s+first|opened\s+fire|shelled|violated|intruded|"
    r"rammed|attacked)\b",
    re.I,
)

# A launch told in the passive: "Two short-range ballistic missiles launched from North Korea's east coast fell …",
# "A Bulava missile fired from the submarine … hit its target". Only a new missile (a number or an article, not
# "the missile", which refers back); a launch that hit a town or set off sirens is an attack (`movements`).
_PASSIVE_LAUNCH = re.compile(
    r"(?:\b(?:an?|one|two|three|four|five|six|several|multiple|\d+)\s+(?:[\w-]+\s+){0,4}?|^\W*(?:[\w-]+\s+){0,4}?)"
    r"(?:missiles?|rockets?|ICBMs?|SLBMs?|projectiles?)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+)?"
    # "was successfully launched from the Plesetsk cosmodrome"
    r"(?:(?:successfully|reportedly|again|also)\s+)?(?:launched|fired|test-fired)\s+from\b"
    # a launch told by its flight: "a North Korean ballistic missile flew over Hokkaido"
    r"|\b(?:missiles?|rockets?|ICBMs?|IRBMs?|SLBMs?)\s+(?:[\w-]+\s+){0,2}?(?:flew|flies|had\s+flown|has\s+flown)\s+over\b",
    re.I,
)

# Envoys travelling to talks: "negotiators returned to Geneva for a new round of talks".
_TRAVEL_TALKS = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing)|return(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew)|"
    r"head(?:s|ed|ing)?|went|came|comes|land(?:s|ed|ing)?|s[ai]t(?:s|ting)?\s+down)\s+(?:in|to|for)\s+"
    r"(?:[\w.'’-]+\s+){0,4}?"
    r"(?:for|to hold)\s+"
    r"(?:(?:a|the|their|its|another|new|fresh|further|more|direct|indirect|final|first|second|third|secret|"
    r"peace|security|ceasefire|border)\s+)*"
    r"(?:(?:rounds?|session)\s+of\s+(?:indirect\s+|direct\s+|new\s+|fresh\s+)?)?"
    r"(?:talks|negotiations|consultations|(?:[\w-]+\s+)?dialogue)\b"
    # ("would hold no talks with Moscow as long as …" is a refusal)
    r"|\bh(?:old|olds|eld|olding)\s+(?:(?!no\b)[\w'’\"“”‘-]+\s+){1,6}?[\"“‘']?(?:talks|negotiations|consultations)\b"
    # a call held with no "phone" or "video" to name it (those are the lexicon's): "Trump and Putin hold two-hour call"
    r"|\bh(?:old|olds|eld|olding)\s+(?:an?\s+)?(?:(?:[\w-]+-(?:hour|minute)(?:-long)?|hour-long|minute-long|rare|first|"
    r"lengthy|long|brief|urgent|emergency)\s+){1,2}calls?\b"
    # a call had with a partner: "I had a long and very productive call with President Xi"
    r"|\bha(?:d|s|ve|ving)\s+(?:an?\s+)?(?:(?:[\w-]+-(?:hour|minute)(?:-long)?|hour-long|long|lengthy|brief|good|"
    r"productive|very|constructive|frank|candid|warm|useful|detailed|and|,)\s*){0,6}?(?:(?:phone|telephone|video)\s+)?"
    r"(?:call|conversation)\s+with\b"
    # a headline without a verb: "Scholz in Paris for Ukraine talks"
    r"|(?<=\s)in\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+)?\s+for\s+(?:[\w-]+\s+){0,3}?(?:talks|summit)$",
    re.I,
)
# The meeting as the subject of "was held" (`passive` names its parties): "Talks … were held between …", "A summit
# between the leaders of … was held in …". The match is the noun phrase's head, so that the passive clause governs it.
_HELD_MEETING = re.compile(
    r"(?<![\w-])(?:[A-Z][\w-]*\s+){0,12}"
    r"(?:talks|consultations|negotiations|summit|meeting|(?:phone|video|telephone)\s+call)\b"
    r"(?=(?:(?!\b(?:could|would|will|can|cannot|not|until|unless|if|should|may|might|must|had|has|have|is|are|"
    r"said|says|that|when|after)\b)[^.;,]){0,120}?\b(?:was|were)\s+(?:\w+ly\s+)?held\b)",
    re.I,
)
# Talks held with somebody, whatever their adjectives: "held separate meetings with the EU envoy", "had a productive
# conversation with his Chinese counterpart", "holding a rare two-hour call with".
_HELD_TALKS_WITH = re.compile(
    # (a quoted adjective too: "had a 'long and substantive' call with Starmer")
    r"\b(?:held|holds?|holding|had|has|have|having)\s+(?:[\"“‘']?(?:an?|and|two|three|several|separate|further|fresh|"
    r"new|direct|productive|lengthy|long|brief|frank|candid|cordial|private|secret|closed-door|face-to-face|bilateral|"
    r"informal|rare|first|second|third|useful|constructive|substantive|detailed|extensive|wide-ranging|[\w-]+-hour|"
    r"[\w-]+-minute|telephone|phone|video|[\w-]+-level|special|representatives['’]|commanders['’]|border|military|"
    r"security|strategic|annual|high-level|good|positive|warm|friendly)[\"”’']?\s+){1,5}"
    r"(?:meetings?|talks|conversations?|discussions|consultations|calls?|exchanges?)\s+(?:with\b|(?=(?:in|at|on)\s))",
    re.I,
)
# A call to settle: "urged the two governments to settle their differences", "urged both capitals … to conclude the
# peace treaty". The match starts at the verb, so the caller is the subject before it.
_SETTLE_CALL = re.compile(
    r"\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)?\s+(?:on|upon)|press(?:ed|es|ing)?|encourag(?:e|ed|es|ing)|"
    r"appeal(?:ed|s|ing)?\s+to)\s+(?:[\w\"“”'‘’-]+,?\s+){0,10}?to\s+(?:"
    # tensions others should ease ("urges Beijing, Manila to ease tensions"); the parties' own step agreed is a deal
    r"(?:ease|lower|reduce|defuse|calm)\s+(?:the\s+)?tensions?|"
    r"(?:settle|resolve|iron\s+out|work\s+out|overcome)\s+(?:their|the|its|all|any|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:differences|disputes?|quarrel)|"
    r"(?:conclude|finali[sz]e|sign)\s+(?:the|a|their|its)\s+(?:[\w-]+\s+)?(?:peace\s+)?(?:treaty|deal|agreement|accord)|"
    # a step back asked of others: "called on all sides to step back from further escalation", "to lower the
    # temperature"
    r"(?:step|pull)\s+back\s+from\s+(?:any\s+)?(?:further\s+)?escalation|"
    r"[\"“‘']?lower\s+the\s+temperature)\b",
    re.I,
)
# A demand handed over in the passive (`passive` names who made it): "A demand for the release of the tanker was put
# to Tehran by Seoul".
_PUT_DEMAND = re.compile(
    r"(?<![\w-])(?:(?:a|an|the|formal|fresh|new|written|renewed)\s+)*(?:demands?|requests?)\b"
    r"(?=[^.;]{0,120}?\b(?:was|were)\s+(?:formally\s+)?(?:put|made|presented|delivered|handed|sent)\s)",
    re.I,
)
# "…, but Ukraine's military said Russian units were still holding the area": the other side contests a pull-back
# (an accusation, seed s04); `statements` keeps it only after a withdrawal in the same sentence.
_STILL_THERE = re.compile(
    r"\b(?:said|says|say|insisted|insists|insist|maintained|maintain|maintains|countered|reported|sees|saw)\s+"
    r"(?:that\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:" + _STILL_CONTESTED + r"|"
    r"(?:were|was|are|is)\s+still\s+"
    r"(?:holding|there|in place|dug in|present|occupying|deployed|operating|stationed|moored|docked|berthed|in|inside|"
    r"on|at)|"
    r"still\s+(?:held|hold|occupied|occupy|occupies|occupying)|remained?\s+(?:in|at|on|there|dug in)|"
    r"remains?\s+(?:in|at|on|there)|(?:stayed|remained)\s+behind|remained\s+(?:nearby|in the area)|"
    r"(?:had|have|has)\s+not\s+(?:moved|changed|left)|"
    r"(?:(?:had|have|has)\s+seen|sees|saw)\s+['‘\"“]?no\s+(?:such\s+|real\s+|meaningful\s+|significant\s+|genuine\s+|"
    r"actual\s+)?(?:pullback|withdrawal|pull-back|drawdown|change|movement)|"
    r"(?:shows?|showed|found|finds)\s+no\s+(?:such\s+)?(?:pullback|withdrawal|pull-back|drawdown)|"
    r"(?:still\s+)?(?:had|has|have|saw|sees|see)\s+(?:credible\s+|fresh\s+|new\s+)?(?:reports|evidence|signs|indications)\s+"
    r"of\s+(?:their|its|a|continued|a continued)\s+presence|was\s+contradicted\s+by|"
    # "… said Russian troops were regrouping rather than withdrawing", "were being repositioned, not withdrawn"
    r"(?:were|was|are|is)\s+(?:being\s+)?(?:regroup\w*|reposition\w*|redeploy\w*|rotat\w*)"
    r"(?:\s+(?:rather than|instead of)|,?\s+not)\s+(?:withdraw\w*|pull\w*\s+(?:back|out)|leav\w*|retreat\w*)|"
    # "… said the move amounted to a regrouping rather than genuine de-escalation"
    r"(?:[\w'’-]+\s+){0,3}?(?:amount\w*\s+to\s+|(?:was|is)\s+(?:merely\s+|only\s+|just\s+|simply\s+)?)"
    r"(?:a\s+|an\s+)?(?:tactical\s+)?(?:regrouping|repositioning|ruse|smokescreen|rotation)\b"
    r"(?:\s+(?:rather than|not|instead of)\b)?)\b",
    re.I,
)
_SEPARABLE_BACK = re.compile(
    r"\b(?:pull(?:s|ed|ing)?|draw(?:s|ing)?|drew)"
    r"\s+(?:[\w,.-]+\s+){1,6}?(?:back|out|home)\b"
    # what is brought back must be forces: "bring life back", "bring back conscription" move nobody
    r"|\b(?:bring(?:s|ing)?|brought)\s+(?:[\w,.-]+\s+){0,4}?(?:troops|forces|soldiers|units|personnel|contingents?|"
    r"peacekeepers|sailors|warships|ships|them)\s+(?:[\w,.-]+\s+){0,2}?(?:back|out|home)\b"
    # forces moved back *into* a place go in again: "ground forces had moved back into the Netzarim corridor"; back
    # toward a border they build up
    r"|\bmov(?:e|es|ed|ing)\s+(?:[\w,.-]+\s+){1,4}?(?:back(?!\s+(?:into|toward|towards|to\s+the\s+border)\b)|out|"
    r"home)\b"
    # "sending HMS Diamond back to the Red Sea": forces sent back to a named theatre are deployed there again
    # ("sent back to front-line posts": toward the border, a buildup)
    r"|\b(?:send(?:s|ing)?|sent)\s+(?:[\w,.-]+\s+){0,4}?(?:back(?!\s+(?:to|into)\s+(?:the\s+)?(?-i:[A-Z]))"
    r"(?!\s+(?:to|into)\s+(?:the\s+)?(?:front|frontline|front-line|border|forward))|out|home)\b",
    re.I,
)


# An official's arrival in another state's capital: "Blinken touched down in Riyadh", "Abe arrived in Tehran", "made an
# unannounced trip to Baghdad". Core keeps it only for a person (a leader named or a title), never for forces.
VISIT_ARRIVAL = re.compile(
    r"\b(?:arriv(?:ed|es)|touched\s+down|land(?:ed|s)|fl(?:ew|ies)|travell?(?:ed|s)|"
    r"(?:made|makes|paid|pays|began|begins)\s+an?\s+(?:(?:unannounced|surprise|rare|first|official|state|two-day|"
    r"three-day|working|brief)\s+)*(?:trip|stop|visit))\s+(?:in|to)\s+(?=[A-Z])"
    # (travel "for talks" is `_TRAVEL_TALKS`'s, which names both sides)
    r"(?![^.;]{0,60}?\b(?:for|to\s+hold)\s+(?:[\w-]+\s+){0,5}?(?:talks|meetings?|consultations|negotiations)\b)",
)
# Talks between two parties that opened, resumed or ended: "Talks between Ethiopia and Somalia in Ankara ended on
# Wednesday" (`passive.with_meeting_parties` names the parties after "between").
_TALKS_BETWEEN_ENDED = re.compile(
    r"(?<![\w-])(?<!coalition )(?<!Coalition )(?:talks|negotiations|consultations)\b"
    r"(?=\s+(?:on\s+[^.;]{0,60}?\s+)?between\s"
    r"(?:(?!\b(?:stalled|suspended|frozen|on\s+hold|since)\b)[^.;]){0,120}?\b"
    r"(?:opened|ended|resumed|began|broke\s+up|concluded|continued|got\s+under\s+way|wrapped\s+up|closed)\b)",
    re.I,
)
# Talks named with their parties and still to come: "Talks between the Armenian and Azerbaijani foreign ministers are
# scheduled to take place in Almaty", "A meeting of US and Ukrainian negotiators is expected in London", "a new round
# of Russia-Ukraine talks would be held in Istanbul". The noun is the trigger; the parties and the time are read as
# for any meeting still to come.
_SCHEDULED_VERB = (
    r"(?:is|are|will|would)\s+(?:now\s+|also\s+)?(?:be\s+)?(?:scheduled|expected|due|set|planned|held|"
    r"(?:to\s+)?take\s+place)\b"
)
_TALKS_SCHEDULED = re.compile(
    r"(?<![\w-])(?:(?:round\s+of\s+)?(?:talks|negotiations|consultations)|meeting|summit)\b"
    r"(?=\s+(?:(?:on\s+[^.;]{0,60}?\s+)?between|of)\s[^.;]{3,90}?\b" + _SCHEDULED_VERB + r")"
    # the parties joined before the noun: "a new round of Russia-Ukraine talks would be held in Istanbul"
    r"|(?<![\w-])(?-i:[A-Z])[\w.]+-(?-i:[A-Z])[\w.]+\s+(?:talks|negotiations|consultations)\b"
    r"(?=\s+" + _SCHEDULED_VERB + r")",
    re.I,
)
# An order opening a quote: "'Withdraw your troops from Ukraine's border now,' the EU's foreign policy chief said",
# "'Release every hostage, unconditionally and now,' the minister said": the speaker demands.
_IMPERATIVE_QUOTE = re.compile(
    r"(?<![^\s(])[\"“‘']\s*(?:Withdraw|Pull|Stop|Release|Leave|Return|Halt|End|Get\s+out|Cease|Lift|Free|Hand\s+over|"
    r"Remove|Go\s+back|Back\s+off|Evacuate|Vacate|Dismantle|Disband|Respect)\b(?!\s+(?:me|us|him|her)\b)"
)
# Forces ordered to be ready: "Kim orders army to be ready for 'full-scale war'", "ordered its frontline artillery units
# to be fully ready to open fire" (a pattern, so that an "order" that is no such order reads as before).
_ORDERED_READY = re.compile(
    r"\border(?:s|ed|ing)?\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:army|armed\s+forces|"
    r"troops|forces|military|units|navy|air\s+force)\s+to\s+(?:be\s+|stay\s+|remain\s+)?(?:fully\s+|combat[\s-]+)?"
    r"[\"“‘']?(?:fully\s+)?(?:ready|prepared|on\s+(?:high\s+|full\s+|combat\s+)?alert|on\s+standby)\b",
    re.I,
)
# Forces said not to be there, in somebody's words: "'There are no Chinese soldiers fighting in Ukraine,' Beijing's
# spokesperson said", "says there are no Armenian army units in Karabakh": the speaker's denial (with no speaker,
# the outlet's own statement of fact, nothing).
_NO_FORCES_THERE = re.compile(
    r"\bthere\s+(?:are|were|is|was|have\s+been|has\s+been)\s+no\s+(?:[\w-]+\s+){0,2}?(?:army\s+|military\s+)?"
    r"(?:troops|soldiers|forces|units|servicemen|military\s+personnel|fighters|boots\s+on\s+the\s+ground)\b"
    r"(?=\s+(?:(?:of|from)\s+\S+\s+)?(?:in|on|inside|fighting|deployed|stationed|present|based|near|at)\b)",
    re.I,
)
# War disowned in a party's words: "said Tehran did not seek escalation or war", "'does not seek conflict'", "did not
# want a war with Thailand", "would not go to war" (the fixed "does not want a war" is a lexicon phrase).
_NO_WAR_SOUGHT = re.compile(
    r"\b(?:does|do|did|is|are|was|were)\s*(?:not|n't|n’t)\s+(?:seek|want|seeking|wanting|looking\s+for|interested\s+in)"
    r"\s+(?:a\s+|any\s+|an\s+)?(?:(?:further|wider|new|military|armed|regional|all-out)\s+)?"
    r"(?:war|escalation|conflict|confrontation)\b"
    # "Ethiopia would not go to war with Eritrea over sea access"
    r"|\b(?:would|will|shall)\s*(?:not|n't|n’t|never)\s+(?:go\s+to|wage|start)\s+(?:a\s+)?war\b",
    re.I,
)
# Another party's conduct called deliberate in somebody's words: "said Belarus was deliberately pushing migrants
# across the border", "Russia is deliberately jamming GPS signals …, Estonia's foreign minister said". The trigger
# starts at the agent, so the speech that governs it names the accuser.
_DELIBERATE_ACT = re.compile(
    r"(?<![\w-])(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|had)"
    r"\s+[\"“‘']?deliberately\s+(?!(?:run|ran|grounded)\b)\w+",
    re.I,
)
# A deadline to leave set for another's forces or rulers: "gave French special forces one month to leave the
# country", "gave Niger's junta 15 days to return to barracks" (not diplomats expelled). The trigger is the verb.
_DEADLINE = re.compile(
    r"\b(?:gave|give|gives|giving)(?=\s+(?!(?:[\w'’.-]+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?|embassy|"
    r"journalists?|nationals|citizens|residents)\b)(?:[\w'’.-]+\s+){1,5}?" + DEADLINE_SPAN
    + r"\s+to\s+(?:leave|withdraw|pull\s+out|pull\s+back|return|quit|get\s+out|vacate|hand\s+(?:over|back)|restore|"
    r"step\s+down)\b)",
    re.I,
)
# Words one of which must occur for each pattern of `_add_pattern_triggers` to have a chance.
_PATTERN_GATES = (
    ("talks", "dialogue", "negotiat", "meet", "summit", "consultation", "mediat", "diplomacy", "peaceful",
     "good offices", "escalat", "communication", "travel to", "restraint", "sit down", "talking", "touch", "contact",
     "table", "for peace", "agree on", "unilateral", "provocat", "discussions", "peacefully", "peace process",
     "political process", "raise tension", "raising tension", "heighten tension", "escalate tension", "inflame"),
    ("missile", "rocket", "icbm", "slbm", "warhead", "projectile", "torpedo", "interceptor", "df-", "hwasong", "kn-",
     "agni", "shaheen", "ghauri", "fateh", "sejjil", "emad", "kheibar", "khorramshahr", "pukguksong", "nodong",
     "musudan", "hyunmoo", "prithvi", "ghaznavi", "babur", "nasr", "minuteman", "trident", "sarmat", "yars", "bulava",
     "zircon", "tsirkon", "kinzhal", "burevestnik", "avangard", "brahmos", "tomahawk"),
    (" to ",),
    ("ceasefire", "cease-fire", "truce", "deal", "agreement", "accord", "treat", "pact", "arrangement",
     "memorandum", "declaration", "framework", "roadmap", "compromise", "understanding", "peace plan", "annex"),
    ("proposal", "offer", "plan", "call", "formula", "framework", "blueprint", "roadmap", "demand", "request",
     "initiative", "idea", "appeal", "invitation",
     "ultimatum", "mediation", "talks"),
    ("back", " out", "home"),
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"),
    (" to ",),
    ("to", "troops", "forces", "soldiers", "peacekeepers", "help", "assistance", "concession", "guarantee",
     "amnesty", "compromise", "truce", "ceasefire"),
    ("prepared to", "ready to", "willing to"),
    ("prepared to", "ready to"),
    ("unless", "if", "should", "defend"),
    ("talks", "negotiations", "consultations", " call"),
    ("but ", "contradicted", "despite", "; ", "though ", "whereas ", "seen no", "seen \"no", "seen 'no", "seen ‘no",
     "seen “no"),
    ("rebuke", "protest", "condemnation", "criticism", "complaint", "reprimand"),
    ("provocation", "threat", "violation of", "breach of", "aggression", "intimidation", "rehearsal for", "disgrace",
     "blackmail",
     "interference", "desperation", "weakness", "mistake", "escalation", "unacceptable", "irresponsible", "illegal",
     "illegitimate", "ruse", "smokescreen", "sham", "charade", "bluff", "deception", "stunt", "destabili",
     "reckless", "warmonger", "aggressor", "hostile", "unsafe", "unprofessional", "provocative", "dangerous",
     "aggressive", "show of force"),
    ("fired", "opened fire", "shelled", "violated", "intruded", "rammed", "attacked"),
    ("missile", "rocket", "icbm", "irbm", "slbm", "projectile"),
    ("talks", "negotiations", "consultations", "summit", "meeting", " call"),
    ("demand", "request"),
    ("differences", "dispute", "quarrel", "conclude", "finalis", "finaliz", "sign", "tension", "back from",
     "temperature"),
    ("meeting", "talks", "conversation", "discussions", "consultations", "call", "exchange"),
    ("arriv", "touched down", "landed", "lands", "flew", "flies", "travel", "trip", "stop", "visit"),
    ("talks", "negotiations", "consultations"),
    ("deliberately",),
    ("gave", "give"),
    ("talks", "negotiations", "consultations", "meeting", "summit"),
    ("there ",),
    ("\"", "“", "‘", "'"),
    ("order",),
    ("war", "escalation", "conflict", "confrontation"),
)


# A second gate: the verb side of each pattern. Each word is a substring every match must contain;
# the five case-insensitive patterns are gated on the lower-cased sentence only when it is ASCII (under
# re.I a few non-ASCII letters such as "ſ" match ASCII ones), the case-sensitive demand pattern always.
_VERB_GATES = (
    ("propos", "offer", "invit", "seek", "sought", "open to", "ready to", "ready for", "willing to", "prepared to",
     "agree", "call", "urg", "must keep", "keep", "want", "hope", "hoping"),
    ("fire", "firing", "launch", "test"),
    ("urg", "ask", "press", "told", "implored", "order", "want"),
    ("initial", "accept", "reach", "sign", "conclud", "ink", "finali", "strike", "struck", "seal", "agree", "approv",
     "endors"),
    ("dismiss", "rebuff", "reject", "spurn", "turn"),
    ("pull", "draw", "drew", "bring", "brought", "mov", "send", "sent"),
    ("call", "press", "push", "appeal"),
    ("press", "pressur", "urg", "ask", "implor"),
    ("offer",),
    ("is ", "are ", "was ", "were ", "stand", "stood", "remain", "be ", "'ready", "\"ready", "‘ready", "“ready",
     "'prepared", "\"prepared", "‘prepared", "“prepared"),
    ("is ", "are ", "was ", "were ", "stand", "stood", "remain", "be "),
    ("will", "would", "may", "might", "could", "'ll"),
    ("arriv", "return", "travel", "fly", "flies", "flew", "head", "went", "came", "comes", "hold", "held", " in ",
     " down", "had ", "has ", "have ", "having "),
    (*_STILL_CONTESTED_GATE, "remain", "seen \"no", "seen 'no", "seen ‘no", "seen “no",
     "seen no", "shows no", "showed no", "found no", "finds no", "presence", "contradicted",
     "stayed", "regroup", "reposition", "redeploy", "rotat", "ruse", "smokescreen"),
    ("draw", "drew", "prompt", "trigger", "spark", "provok", "earn"),
    ("call", "brand", "describ", "term", "label", "dismiss", "denounc"),
    ("said", "says", "say", "claimed", "reported"),
    ("launched from", "fired from", "flew over", "flies over", "flown over"),
    ("held",),
    ("put", "made", "presented", "delivered", "handed", "sent"),
    ("urg", "call on", "calls on", "called on", "calling on", "call upon", "called upon", "press", "encourag",
     "appeal"),
    ("held", "hold", "had", "has", "have", "having"),
    (" in ", " to "),
    ("between",),
    ("is ", "are ", "was ", "were ", "been ", "had "),
    ("day", "week", "month", "hour"),
    ("scheduled", "expected", "due", "set ", "planned", "held", "take place"),
    (" no ",),
    ("Withdraw", "Pull", "Stop", "Release", "Leave", "Return", "Halt", "End", "Get out", "Cease", "Lift", "Free",
     "Hand over", "Remove", "Go back", "Back off", "Evacuate", "Vacate", "Dismantle", "Disband", "Respect"),
    ("ready", "prepared", "alert", "standby"),
    ("seek", "want", "looking for", "interested in", "not go", "n't go", "n’t go", "never go", "wage", "start"),
)
_CASE_SENSITIVE = (
    False, False, True, False, False, False, False, False, False, False, False, False, False, False, False, False,
    False, False, False, False, False, False, False, False, False, False, False, False, True, False, False,
)
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
    (_STILL_THERE, _STATEMENT, "accusation", False),
    (_REBUKE_FROM, _STATEMENT, "accusation", False),
    (_CALLED_CHARGE, _STATEMENT, "accusation", False),
    (_HOSTILE_ACT_SAID, _STATEMENT, "accusation", False),
    (_PASSIVE_LAUNCH, _DRILL, "weapons_test", False),
    (_HELD_MEETING, _STATEMENT, "meeting", False),
    (_PUT_DEMAND, _STATEMENT, "demand", False),
    (_SETTLE_CALL, _STATEMENT, "call_for_talks", False),
    (_HELD_TALKS_WITH, _STATEMENT, "meeting", False),
    (VISIT_ARRIVAL, _STATEMENT, "meeting", False),
    (_TALKS_BETWEEN_ENDED, _STATEMENT, "meeting", False),
    (_DELIBERATE_ACT, _STATEMENT, "accusation", False),
    (_DEADLINE, _STATEMENT, "demand", False),
    (_TALKS_SCHEDULED, _STATEMENT, "meeting", False),
    (_NO_FORCES_THERE, _STATEMENT, "denial", False),
    (_IMPERATIVE_QUOTE, _STATEMENT, "demand", False),
    (_ORDERED_READY, _DRILL, "readiness_check", True),
    (_NO_WAR_SOUGHT, _STATEMENT, "denial", False),
), _PATTERN_GATES, _VERB_GATES, _CASE_SENSITIVE, strict=True))


# Patterns read as a noun's, whose parties are named in or around the phrase rather than as a verb's subject: talks
# still to come ("talks between …"), and war disowned ("'We … are not seeking a war,' the prime minister's office
# said": the quote's speaker).
_NOUN_READ = (_TALKS_SCHEDULED, _NO_WAR_SOUGHT)


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


def _add_pattern_triggers(sent: Sentence) -> None:
    """Triggers written with a gap, which a word list cannot hold: "proposed military talks", "stood ready
    to mediate", "fires ballistic missile", "urged Russia to…", "accepted a U.S.-brokered ceasefire",
    "pulling its peacekeepers out". Each outranks the triggers inside its span. Added once per sentence."""
    if "patterns" in sent.cache:
        return
    sent.cache["patterns"] = True
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
            if match.start() > 0 and sent.text[match.start() - 1] == "-":
                continue  # inside a compound: "a submarine-launched missile", as the word triggers
            # (talks still to come are named by a noun: their parties are read as a noun's, "talks between …")
            trig = Trigger(typ, subtype, match.group(), True, pattern not in _NOUN_READ, military)
            extra.append(Mention(match.start(), match.end(), "trig", trig))
    if not extra:
        return
    kept = [  # an accusation's span holds the contested act ("… said troops were regrouping rather than withdrawing")
        t for t in sent.trigs
        if not any(
            e.start <= t.start < e.end and (
                # (a rejection verb the charge starts with stays: "The demand was dismissed as 'unacceptable'")
                t.item.type == e.item.type and not (
                    e.item.subtype == "accusation" and t.item.subtype == "rejection" and t.start == e.start
                )
                or e.item.subtype == "accusation" and t.item.type == _TROOP
            ) for e in extra
        )
    ]
    sent.trigs = sorted(kept + extra, key=lambda m: m.start)
