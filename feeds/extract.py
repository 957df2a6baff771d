"""Items -> claims: who may move where, and how far the move has gone (``claims.md``). Pure.

The pipeline for one item:

1. headline and summary become sentences (:mod:`feeds.sentences`), the headline one sentence;
2. names, ambiguous nicknames, unknown people and references are resolved into a template per sentence
   (:mod:`feeds.mentions`), and cues are found in it (:mod:`feeds.stages`);
3. each sentence is split into clauses; in a clause, clubs get a role from the words around them - the
   person's current club ("Brentford striker X", "from X", "leave X", "X insist he is not for sale",
   "rejected by X", "agreement with X") or a destination - and each destination is governed by the
   nearest cue (inside it, just after it as in "a Real Madrid choice", the verb it is the subject of as
   in "Spurs have made enquiries", or else before or after it); a relative clause ("X, who ...") takes
   its antecedent, and the main clause resumed after it ("..., are also keen on Y") its subject; a
   forward cue that governs no club goes to the clause's only possible destination, else the
   sentence's subject club, else the club the item is about;
   of two clubs in talks with each other ("Villa and Monaco in discussions over X") the seller is
   the one no other sentence makes a buyer, else the person's club, else the one named second;
4. one claim per (person, club): ``off`` beats forward stages, the most advanced forward stage wins
   (forecasts drop to ``talks`` when agreement is still pending, ``done`` to ``agreed`` when a step is
   still to come; "decided to sign Z instead" ends the club's move for the others), and for the
   person's own club the headline's (else the latest) exit/stay wins; a
   stay that "ends speculation" turns moves still pending elsewhere into ``off``; injury news,
   previews and match coverage (by their headline) give nothing;
5. the tier follows the item's source (:mod:`feeds.tiers`); in a gossip column, each paragraph's
   claims take the outlet in that paragraph's closing brackets ("(Sun)", "(RAC1, via Mirror)");
   ``from_club`` is the club the text names as the person's (owner, "from", the selling party of
   talks), else the knowledge base's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final

from feeds.kb import KnowledgeBase, Person, fold
from feeds.mentions import (
    CAUSE_WORDS,
    HIS_CLUB_WORDS,
    HOMETOWN_BEFORE,
    MANAGER_ROLES,
    OFFER_WORDS,
    OWNER_ROLES,
    PLAYER_ROLES,
    ROLE_ADJ,
    SERVICE_FOR,
    TOLD_WHEN,
    MentionResolver,
    Sentence,
    Slot,
)
from feeds.models import FORWARD_STAGES, Claim, Item, Stage
from feeds.sentences import (
    CLUB_STORY,
    FUNDS_A_MOVE,
    SECOND_DEAL_VERBS,
    SET_OFF_PARTICIPLE,
    WHOSE_BID_TOLD,
    resumes_main_clause,
    split_clauses,
    split_sentences,
)
from feeds.stages import (
    BUYER_KINDS,
    FINAL_TO_COME,
    MONEY,
    NOT_GOING_AHEAD,
    NOT_IN_PLANS,
    RACE_WON,
    REFUSAL_END,
    RIVAL_LEFT_FREE,
    STAGE_OF,
    Cue,
    compile_prefiltered,
    find_cues,
)
from feeds.tiers import SourceTier, TierResolver

_FORWARD_KINDS: Final = frozenset(
    {"interest", "approach", "bid", "talks", "agreed", "done", "forecast", "pending", "step", "attempt",
     "bid_rejected", "approach_rejected", "choice", "consent", "preferred"}
)  # fmt: skip
_OFF_KINDS: Final = frozenset({"off", "over"})
_MAN_OUT_OF_RACE = compile_prefiltered(
    r"⟦P\d+⟧\s+out\s+of\s+(?:the\s+)?(?:⟦C\d+⟧(?:'s|’s)?\s+)?(?:race|running)\b"
)
# a club the person has settled on, whose deal a later step goes on with
_CHOSEN_KINDS: Final = frozenset({"choice", "consent", "agreed", "step"})
# the club a step heads for: "to move ⟦C4⟧", "to move to ⟦C4⟧"
_STEP_TOWARDS: Final = re.compile(r"\s+(?:to\s+|for\s+)?(?:the\s+)?⟦C(\d+)⟧")
# a joining date after a signature already made: "will join the Bundesliga side on 1 January and has signed a
# contract until 2025" (claims.md: "has signed" is done; the date is only when he arrives)
_JOINS_AFTER_SIGNING: Final = re.compile(
    r"will\s+join\b[^;]*?\band\s+(?:has|have)\s+(?:already\s+)?signed\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:contract|deal|pre-contract)\b"
)
_CHOICE_KINDS: Final = frozenset({"choice", "agreed", "forecast", "done", "step"})
# an exit cue of the club that sells him: "would listen to offers", "want to offload", "ready to cash in on"
_SELLS: Final = re.compile(
    r"listen|(?:\S+\s+){0,2}?(?:sell|off-?load|cash(?:es|ed|ing)?\s+in|get(?:ting)?\s+rid|ship(?:s|ped|ping)?\s+out)\b"
)
# a club's plans without him: for a target, the end of the move ("is no longer part of their plans")
# a signing told as completed in the text, not only in a headline: a medical still to come is another man's
_COMPLETED: Final = re.compile(
    r"\b(?:ha(?:ve|s)\s+)?completed\s+(?:the\s+(?:signing|signature|transfer)\s+of|(?:his|her)\s+(?:move|switch|transfer))\b",
    re.IGNORECASE,
)
_OUT_OF_PLANS: Final = re.compile(rf"\bno\s+longer\s+{NOT_IN_PLANS}\b", re.IGNORECASE)
# a loan's option to buy left unused ("will not exercise their €70m option to buy Joao Cancelo"): the loan
# was the done, so a done told beside it ("joined the German champions in January") does not undo the off
_OPTION_DECLINED: Final = re.compile(
    r"\b(?:not|never|against)\s+(?:to\s+)?(?:(?:exercis|activat|trigger)\w*|tak(?:e|en|ing)\s+up|took\s+up)?\s*"
    r"(?:(?:the|their|its|an?|his)\s+)?(?:[^\s.,;]+\s+){0,3}?(?:purchase\s+|buy\s+)?option\s+(?:to\s+buy|for)\b",
    re.IGNORECASE,
)
# a nation that describes the man after it ("Netherlands coach Ronald Koeman"), or its media ("mentioned by
# the Spanish press as potential candidates"): no national-team move
_NATION_DESCRIBES: Final = re.compile(
    r"\s+(?:head\s+coach|coach|manager|boss|captain|international)\s+⟦P\d+⟧"
    r"|\s+(?:press|media|newspapers?|papers|outlets?|journalists?|reporters?|television|tv|radio)\b"
)
# a club a man comes from, and a player's position after a nation (see _nation_describes_a_man)
_FROM_A_CLUB: Final = re.compile(r"\bfrom\s+(?:the\s+)?⟦C\d+⟧")
_POSITION_AFTER: Final = re.compile(
    r"\s+(?:(?:\d\d-year-old|under-\d\d|young|teenage|veteran)\s+)?(?:goalkeeper|keeper|defender|centre-back|"
    r"full-back|left-back|right-back|midfielder|winger|forward|striker|playmaker)\s+⟦P\d+⟧"
)
# a sacking's cue ("sacked", "dismissed", "cost him his job"): what a match opponent in its clause never takes
_SACKING: Final = re.compile(r"sack|dismiss|fired|\baxe|cost\s|relieved")
_ROLE_KINDS: Final = frozenset({"seller_before", "replace", "neutral", "caveat", "settled", "hoped", "aside"})
# roles that make a club no destination of the person's move
_NOT_A_DESTINATION: Final = frozenset({"from", "seller", "own", "soft_seller", "former", "opponent"})
_HELD_BY: Final = frozenset({"from", "seller", "own", "soft_seller"})  # roles of a club a man may leave
# the forward stages a move may still be at before it is done
_SHORT_OF_DONE: Final = frozenset(FORWARD_STAGES) - {Stage.DONE}
_FLAG_KINDS: Final = {
    "pending": "pending", "hoped": "pending", "step": "step", "caveat": "step", "settled": "settled"
}  # fmt: skip
# the clubs still bargaining over a fee
_CLUBS_BARGAINING: Final = frozenset({"talks", "pending", "bid", "bid_rejected"})
# the person's own yes: "has already said yes to Porto", "has agreed a five-year contract with Juventus"
_CONSENT = compile_prefiltered(
    r"(?:(?:has|have|had)\s+)?(?:already\s+)?(?:say|says|said)\s+yes|(?:has\s+|have\s+|had\s+)?(?:already\s+)?agreed\s+"
    r"(?:an?\s+|his\s+)?(?:[\w-]+\s+){0,2}?(?:contract|deal|terms)"
)
_UNSETTLED_KINDS: Final = frozenset(
    {"interest", "approach", "bid", "talks", "attempt", "bid_rejected", "approach_rejected", "pending"}
)
_ROLE = rf"(?:{PLAYER_ROLES}|{MANAGER_ROLES})"
_COMPETITION = r"(?:world|champions\s+league|europa\s+league|premier\s+league|league|title)"
_OWNER = compile_prefiltered(
    # ("Dortmund and England midfielder X", "Benfica's World Cup-winning midfielder X")
    rf"⟦C(\d+)⟧(?:'s|’s)?\s+(?:and\s+⟦N\d+⟧\s+)?(?:(?:{ROLE_ADJ}|⟦N\d+⟧|\S+-\S+|{_COMPETITION}(?=\s+\S+-))\s+){{0,3}}"
    rf"{OWNER_ROLES}\s+(?:,\s*)?⟦P(\d+)⟧"
    # (not "United's De Ligt pursuit": the club is the one chasing)
    rf"|⟦C(\d+)⟧(?:'s|’s)\s+⟦P(\d+)⟧(?!\s+(?:pursuit|chase|swoop|raid|hunt|hijack|bid|offer|approach|interest|hopes?|dream|"
    r"plans?|talks|negotiations|push)\b)"
)
# two men or more a club's plural describes: "have signed Juventus midfielders Dejan Kulusevski and Rodrigo
# Bentancur", "for Bayern pair Matthijs de Ligt and Noussair Mazraoui"
_OWNER_OF_MEN = compile_prefiltered(
    rf"⟦C(\d+)⟧(?:'s|’s)?\s+(?:(?:{ROLE_ADJ}|⟦N\d+⟧)\s+){{0,2}}(?:midfielders|defenders|forwards|strikers|wingers|"
    r"players|goalkeepers|full-backs|centre-backs|stars|pair|duo|trio)\s+(⟦P\d+⟧(?:\s*,\s*⟦P\d+⟧)*\s+and\s+⟦P\d+⟧)"
)
# a club he shared with someone, in the past: "a reunion with Erik ten Hag, his former coach at Ajax"
# (the colleague is a reference the resolver read: "his former coach" is a ⟦P⟧ said as those words)
_SOMEONE_AT = compile_prefiltered(r"⟦P(\d+)⟧\s+at\s+(?:the\s+)?⟦C(\d+)⟧")
_FORMER_COLLEAGUE = compile_prefiltered(
    r"(?:his|her|their)\s+(?:former|old|ex-)\s*(?:\S+\s+)?(?:coach|manager|boss|team-?mates?|captain|mentor|"
    r"colleague|strike\s+partner)$"
)
# "Bayern sound out Burnley boss": the described person's own club, though no name follows
_OWNER_DESCRIBED = compile_prefiltered(
    r"\b(?:sound(?:s|ed|ing)?\s+out|approach(?:es|ed|ing)?|target(?:s|ed|ing)?|want(?:s|ed)?|eye(?:s|d|ing)?|for|"
    r"sign(?:s|ed|ing)?|poach(?:es|ed|ing)?|lure|contact(?:s|ed)?|in|like|likes|"
    r"admire(?:s|d)?|track(?:s|ed|ing)?|monitor(?:s|ed|ing)?|consider(?:s|ed|ing)?)\s+(?:the\s+)?"
    rf"⟦C(\d+)⟧(?:'s|’s)?\s+(?:(?:current|long-serving|under-fire|embattled|beleaguered|wantaway|unsettled)\s+)?"
    rf"(?:{_ROLE})(?![\w-])(?!\s*,?\s*⟦P)(?!\s+(?:job|role|post|position|vacancy|seat)\b)"
)
# a club in brackets after a man, with at most a word or fee beside it: "Ruben Neves (Wolves)", "Milan
# Skriniar (free, Inter)", "Manuel Ugarte (Sporting CP, €60m)"
# ("Matthijs de Ligt and Noussair Mazraoui (both Bayern Munich, £60m combined)")
_CLUB_IN_BRACKETS: Final = compile_prefiltered(
    r"⟦P(\d+)⟧\s*\((?:[^()⟦⟧,]{1,12},\s*|both\s+)?⟦C(\d+)⟧(?=[^()⟦⟧]{0,80}\))"
)
# "a compensation package with his current employers, Saudi Pro League side Al-Shabab"
_CURRENT_EMPLOYER = compile_prefiltered(
    r"(?:\b(?:his|her|their)|⟦P\d+⟧(?:'s|’s)?)\s+(?:current|present|parent)\s+(?:employers?|club|side)\s*,?\s+(?:[^\s,.;]+\s+){0,5}?⟦C(\d+)⟧"
)
_ENTRY_OPENS = compile_prefiltered(
    r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|BST|GMT|CET|CEST|ET|UK)?\s*(?:[—–-]|:)?\s|[A-Z][A-Z .'&-]{2,40}:\s)"
)
_CLUB_LABEL = compile_prefiltered(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|BST|GMT|CET|CEST|ET|UK)?\s*(?:[—–-]\s*)?)?"
    r"(?:(?:more|news|latest|elsewhere|meanwhile)\s+)?(?:(?:from|at|over\s+at)\s+)?(?:the\s+)?(⟦C\d+⟧)\s*:"
)
_SIGNED_INSTEAD = compile_prefiltered(
    r"\s*(?:signing|landing|bringing\s+in|completing\s+(?:the\s+)?(?:signing|deal))\b"
)
# "ended their interest because of Levy's stance and instead signed Hojlund": the one signed in his place
_INSTEAD_SIGNED = compile_prefiltered(
    r"\binstead\s+(?:signed|bought|landed|brought\s+in|turned\s+to|went\s+for|moved\s+for|opted\s+for)\b"
)
# the man who leaves the club named next: "should Guehi leave ", "Maresca's departure from "
_LEAVER_BEFORE = compile_prefiltered(
    r"⟦P(\d+)⟧\s+(?:(?:would|should|could|will|to|wants\s+to|decides\s+to)\s+)?(?:leave|leaves|quit|quits|exit|exits)\s+"
    r"(?:the\s+)?$"
    r"|⟦P(\d+)⟧(?:'s|’s)\s+(?:[\w-]+\s+)?(?:departure|exit|sacking|dismissal|resignation)\s+from\s+$"
)
_MANAGER_BEFORE = compile_prefiltered(rf"⟦C\d+⟧(?:'s|’s)?\s+(?:{MANAGER_ROLES})\s+$")
_CLUBS_CHOICE_BEFORE = compile_prefiltered(
    r"(?:⟦C\d+⟧(?:'s|’s)|\bthe\s+club(?:'s|’s)|\btheir|\bthe)\s+(?:(?:first|top|main|preferred|number\s+one)\s+)?$"
)
_CHOSEN_BY = compile_prefiltered(r"chosen(?:\s+one\b|\s+by\b)")
_AFTER_CLAUSE = compile_prefiltered(r"\b(?:after|following|when|once)\s*$")
# a change of manager a club considers: "had they parted with ", "if they sack ", "should X part ways with "
_ONE_PARTED_WITH = compile_prefiltered(
    r"\b(?:had|if|should|were)\s+(?:⟦C\d+⟧|they|the\s+club)\s+(?:\S+\s+){0,2}?(?:part(?:ed)?|sack(?:ed)?|"
    r"dismiss(?:ed)?|fire(?:d)?)\s+(?:(?:ways|company)\s+with\s+|with\s+)?⟦P(\d+)⟧"
)
_NOT_WANTED_AFTER = compile_prefiltered(
    r"\b(?:that|which)\s+(?:would|will|could)\s+(?:also\s+)?(?:see|take|send|bring)\b"
    r"|^\s*(?:(?:replacement|successor|alternative|option|cover)\s*)?,?\s*(?:should|if|in\s+case|once|when|unless)\s+$"
    # one more of the men the cue is said of: "X and Y are under consideration for the role, along with Z"
    r"|,\s*(?:along\s+with|alongside|as\s+well\s+as|together\s+with)\s+$"
)
# what makes the step after it one not (yet) taken: a negation or a modal ("never made a formal approach",
# "are yet to make an offer", "could return with an offer", "plan to open contacts")
# an approach still to come: "set to interview", "expected to ask Luton for permission to speak to",
# "braced for an approach"
_SET_TO_BEFORE = compile_prefiltered(
    r"\b(?:(?:set|expected|due|poised)\s+to\s+(?:(?:ask|seek)\s+(?:⟦C\d+⟧\s+)?(?:for\s+)?)?|"
    r"brac(?:ed|ing)\s+(?:themselves\s+)?for\s+(?:an?\s+)?)$"
)
_NOT_TAKEN_BEFORE = compile_prefiltered(
    r"\b(?:never|not|n't|yet\s+to|without|could|might|may|can|plan(?:s|ning)?\s+to|intend(?:s|ing)?\s+to|"
    r"hope(?:s|ing)?\s+to)\s+(?:[^\s,;⟦]+\s+){0,5}$"
    # "ahead of a possible summer bid"
    r"|\b(?:possible|potential|prospective|eventual)\s+(?:[^\s,;⟦]+\s+){0,2}$"
    # "have held internal discussions about a bid for X", "are considering an offer for X"
    r"|\b(?:internal\s+(?:discussions|talks)\s+(?:about|over|on)|considering|contemplating|mulling(?:\s+over)?)\s+"
    r"(?:an?\s+)?(?:[^\s,;⟦]+\s+){0,2}$"
)
# "Conte has asked Napoli to sign X": a manager asking his club, no approach to the seller
_ASKS_CLUB_TO = compile_prefiltered(
    r"\s+(?:the\s+)?⟦C\d+⟧(?:\s+board)?\s+to\s+(?:sign|bring\s+in|buy|move\s+for|make\s+a\s+move)"
)
_WISHES_CLUB_TO = compile_prefiltered(
    r"\b(?:want|wants|wanted|urged|urges|urging|asked|asks|would\s+like|pushing\s+for|pushes\s+for)\s+(?:the\s+)?"
    r"⟦C\d+⟧\s+$"
)
_YEARS_AGO_BEFORE = compile_prefiltered(r"\b(?:years?|decades?|seasons|months)\s+(?:after|before|since)\s*$")
_ASSISTANT_AT = compile_prefiltered(
    r"\b(?:assistant(?:\s+(?:coach|manager))?|number\s+two|deputy|right-hand\s+man)\s+(?:at|with|(?:to|of)\s+⟦P\d+⟧\s+at)\s+"
    r"(?:the\s+)?⟦C(\d+)⟧"
)
_COPULA_SUBJECT = compile_prefiltered(
    r"⟦P(\d+)⟧,?(?:\s+[^,;⟦]{0,60},)?\s+(?:is|was|remains|has\s+been|had\s+been)\s+"
    r"(?:also\s+|now\s+|still\s+|already\s+|firmly\s+)?(?:(?:an?|the|their|his)\s+)?(?:[^\s⟦]+\s+){0,2}?$"
)
_LEFT_FOR = compile_prefiltered(r"(?:ha(?:s|ve|d)\s+)?(?:left|departed|quit|swapped|swaps)")
_PRESENT_NEWS = compile_prefiltered(
    r"\b(?:has|have|is|are|will|yesterday|today|this\s+(?:week|month|morning|afternoon|evening)|last\s+(?:week|night)"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|earlier\s+this\s+(?:week|month)"
    r"|over\s+the\s+weekend|at\s+the\s+weekend"
    r"|(?:hours|days)\s+ago)\b"
)
_SAYS_NO = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:say|says|said)\s+no\b(?!\s+to\s+(?:a\s+)?(?:move|switch|transfer))"
    # "Atalanta rejected it", "Brentford have turned the offer down": the club the offer went to
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:quickly\s+|swiftly\s+|already\s+)?"
    r"(?:rejected|turned\s+down|rebuffed|knocked\s+back)\s+(?:it|that|them|the\s+(?:offer|bid|proposal|approach))\b"
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:turned|knocked)\s+(?:it|that|them|the\s+(?:offer|bid|proposal))\s+"
    r"(?:down|back)\b"
)
_ACCEPTED_BY = compile_prefiltered(r"\baccepted\s+(?:[^\s⟦⟧]+\s+){0,3}?by\s+(?:the\s+)?⟦C(\d+)⟧")
_PERSON_SPOKE_TO = compile_prefiltered(
    r"⟦P\d+⟧\s+(?:has\s+|had\s+)?(?:already\s+|also\s+)?(?:spoken|spoke|talked)\s+(?:to|with)\s+⟦P(\d+)⟧"
    # a club's own coach consulted: "decided against signing him after discussions with then head coach X"
    r"|\b(?:after|following)\s+(?:discussions|talks|consultation|conversations)\s+with\s+(?:the\s+)?(?:then\s+)?"
    r"(?:head\s+coach|manager|coach|boss)\s+⟦P(\d+)⟧"
)
# the scene's own vacancy: "At Stamford Bridge, Frank Lampard has emerged as the clear favourite to take over"
_JOB_AT_SCENE = compile_prefiltered(
    r"\b(?:take\s+over|take\s+charge|succeed|successor|the\s+(?:job|vacancy|post|hot\s+seat|dugout)|"
    r"(?:next|new)\s+(?:permanent\s+)?(?:manager|coach|head\s+coach|boss))\b"
)
_RACE_FOR = compile_prefiltered(r"\s*(?:race|battle|chase|fight|queue|scramble|hunt)\s+for\b")
_AT_CLUB_OPENING = compile_prefiltered(r"(?:and\s+|but\s+|meanwhile,?\s+)?(?:at|over\s+at)\s+⟦C(\d+)⟧\s*,")
# (also "from Saudi side Al-Qadsiah", "from Chinese Super League side Shanghai Shenhua")
_FROM = compile_prefiltered(
    r"(?:(\S+)\s+)?from\s+(?:the\s+)?(?:(?:newly[- ])?(?:relegated|promoted)\s+)?"
    r"(?:(?:[^\s⟦⟧,.;]+\s+|⟦N\d+⟧\s+){1,4}?(?:side|club|outfit|giants|champions)\s+)?⟦C(\d+)⟧"
)
# a club's search named after it: "withdraws from Chelsea race", "out of the Barcelona running"
_A_CLUBS_RACE = compile_prefiltered(r"(?:'s|’s)?\s+(?:race|running|hunt|search|shortlist|contest)\b")
# a club's offer, or a suitor's advances, named before the club: "advances from Chelsea"
_OFFER_WORDS = rf"{OFFER_WORDS}|advances|overtures"
# "an offer of around €35m from Arsenal": the bidder, not the player's club
# (not across a second verb: "ended their interest and signed X from Bologna")
_OFFER_BEFORE = compile_prefiltered(rf"\b(?:{_OFFER_WORDS}|interest|no\s+to)\b(?:(?!\sand\s)[^,.;⟦])*$")
# active, with the newcomer after: "Hull replaced ⟦P1⟧ with Sergej Jakirovic" (the one replaced follows)
_REPLACED_WITH = compile_prefiltered(r"\s+⟦P\d+⟧\s+with\b")
# the club an offer came from: "an offer of around £16m from ⟦C3⟧"
_BIDDER_FROM = compile_prefiltered(rf"\b(?:{_OFFER_WORDS})\b[^,.;⟦]{{0,40}}\bfrom\s+(?:the\s+)?$")
_NOT_FROM: Final = frozenset(
    [
        "competition",
        "interest",
        "offers",
        "offer",
        "bids",
        "bid",
        "approach",
        "approaches",
        "enquiries",
        "enquiry",
        "attention",
        "rivalry",
        "more",
        "latest",
        "news",
        "updates",
        "suitors",
        "advances",
        "overtures",
        "calls",
        "contact",
        "proposal",
        "package",
        "packages",
        "proposals",
        "interest,",
        "bids,",
        "talks",
        # "demand compensation from Tottenham": the payer is the buyer
        "compensation",
        "fee",
        "payment",
        # "scouts from Anfield": people of the club, not a move from it
        "scouts",
        "officials",
        "anybody",
        "anyone",
        "nobody",
        "someone",
        "somebody",
        "people",
        "representatives",
        "delegation",
        "chiefs",
        "sources",
        "observation",
        "scrutiny",
        "admirers",
        "scouting",
        # "far from Bayern's first choice", "apart from Chelsea": a comparison, not an origin
        "far",
        "apart",
        "aside",
        "different",
    ]
)
_NEXT_SPELL = compile_prefiltered(r"\b(?:second|third|fourth|fifth|another|new)\s+(?:[\w-]+\s+)?$")
# "won seven trophies in his first spell at Celtic Park": a spell of the past
_EARLIER_SPELL = compile_prefiltered(
    r"\b(?:first|previous|earlier|initial|original|prior|former|last|youth|junior|academy|early|playing|boyhood)\s+(?:[\w-]+\s+)?$"
)
# a spell told as past by what refers to it: "charges relating to his time at Nice", "during his spell at"
_SPELL_TOLD_AS_PAST = compile_prefiltered(
    r"\b(?:relat(?:ing|ed)\s+to|during|dating\s+(?:back\s+)?(?:to|from)|stemming\s+from)\s+(?:his|her)\s+$"
)
_LEAVE = compile_prefiltered(
    # (not "has never left Barcelona's thoughts")
    r"(?:leave|leaves|leaving|left(?!\s+⟦C\d+⟧(?:'s|’s)\s+(?:thoughts|minds?|radar|plans|agenda))|quit|quits|"
    r"depart|departs|departing|exit|exits|away\s+from|"
    # (not "drops out of the Chelsea manager race": a race for a post there; nor "pulls out of Chelsea move",
    # "of Tottenham talks": the buyer's)
    r"out\s+of(?!\s+(?:the\s+)?⟦C\d+⟧(?:'s|’s)?\s+(?:\S+\s+){0,2}?(?:race|running|search|hunt|shortlist|vacancy|job|"
    r"move|deal|transfer|switch|talks|negotiations|bid|pursuit|chase)\b)|"
    r"exit\s+from|sold\s+by|"
    # "leaves his role as head of sports and development at Lokomotiv Moscow"
    r"(?:leave|leaves|leaving|left|quit|quits)\s+(?:his|her)\s+(?:role|post|job|position)\s+as\s+(?:[^\s⟦.,;]+\s+){1,6}?(?:at|with)|"
    # (not "in a video released by the club")
    r"(?<!video\s)(?<!statement\s)(?<!footage\s)(?<!clip\s)(?<!message\s)(?<!images\s)(?<!photos\s)released\s+by|"
    r"sacked\s+by|axed\s+by|dismissed\s+by|fired\s+by|stay(?:s|ing)?\s+(?:at|with)|"
    r"remain(?:s|ing)?\s+(?:at|with)|uncertainty\s+at|association\s+with|(?:unsettled|unhappy|frustrated|settled|happy|content)\s+at|future\s+at|situation\s+at|time\s+at|spell\s+at|(?:decade|stint|tenure|reign)\s+at|extension\s+(?:at|with)|(?<!continue\shis\s)(?<!continue\sher\s)career\s+at|under\s+contract\s+(?:at|with|until)|"
    r"(?:commit|pledg)\w*\s+\S+\s+(?:long-term\s+)?future\s+to)\s+(?:the\s+)?⟦C(\d+)⟧"
    # not "leaving the Toon empty-handed": a rival left behind
    # (nor "leaves the club without a permanent head coach": a lack it causes; nor "leaving Liverpool to walk
    # away from a deal": a club made to act)
    r"(?!(?:,[^,⟦]{0,60},)?\s+(?:empty-handed|frustrated|disappointed|stunned|sweating|in\s+limbo|red-faced|still|"
    r"without\s+(?:an?|any|their|its)\s+(?:[\w-]+\s+){0,2}?(?:head\s+coach|coach|manager|boss)\b|"
    r"searching|looking|to\s+(?:look|turn|rethink|consider|(?:try|find|seek|pursue|make|start|focus|explore|search|"
    rf"decide|reconsider|wait|ponder|weigh|walk)\b)|{RIVAL_LEFT_FREE}))"
)
# a club a man left as a boy: "who was released by the Blues' academy at 14", "left Barcelona as a teenager"
_AS_A_BOY_AFTER = compile_prefiltered(
    r"(?:'s|’s)\s+(?:academy|youth\s+(?:academy|team|system|set-up|setup|ranks)|under-\d+s?)\b"
    r"|\s+(?:at|aged)\s+(?:the\s+age\s+of\s+)?\d{1,2}\b|\s+as\s+an?\s+(?:boy|teenager|youngster|schoolboy|child|kid)\b"
)
# a clause that opens on what a sale pays for: "(hoping to sell him) to help fund a move for X"
_FUNDED_BY_SALE = compile_prefiltered(FUNDS_A_MOVE)
# a wish to leave given up in the same breath: "he still wanted to leave but would not take the club to court"
_EXIT_WISHED = compile_prefiltered(
    r"\b(?:still\s+)?(?:wants|wanted|wishes|wished|would\s+like|would\s+have\s+liked)\s+to\s+leave"
    r"(?:\s+[\w-]+){0,3}?,?\s+but\b"
)
_DENIED_BEFORE = compile_prefiltered(r"\b(?:den(?:y|ies|ied|ying)|no|not\s+had|never\s+had)\s+(?:any\s+)?$")
# a man the subject of his own deal, just before "deal with": "⟦P0⟧ signed a two-year "
_MAN_SIGNED_BEFORE = compile_prefiltered(
    r"⟦P\d+⟧\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|already\s+|finally\s+)?(?:signed|penned|inked)\s+"
    r"(?:an?\s+|the\s+)?(?:[^\s⟦]+\s+){0,2}$"
)
# a nation as the subject of the verb that follows: "Spain have sacked head coach X"
_NATION_BEFORE = compile_prefiltered(r"⟦N\d+⟧\s+(?:(?:have|has|had)\s+)?(?:now\s+|officially\s+)?$")
# "becoming the third Italy international to move to BMO Field"
_NTH_TO_BEFORE = compile_prefiltered(
    r"\b(?:becoming|became|becomes|become)\s+the\s+(?:first|second|third|fourth|fifth|sixth|latest|last|only|"
    r"\d+(?:st|nd|rd|th))\s+(?:[^\s⟦⟧]+\s+|⟦[CN]\d+⟧\s+){0,4}?$"
)
_NEGATED = compile_prefiltered(r"\b(?:no|not|neither|nor|never|yet\s+to)\b|n't\b")
_APPOINTED_AS_SUCCESSOR = compile_prefiltered(
    r"\b(?:appointed|named|installed|hired)\s+as\s+(?:the\s+)?⟦P\d+⟧(?:'s|’s)\s+(?:\S+\s+)?(?:replacement|successor)\b"
)
_PERMISSION_TO = compile_prefiltered(
    r"\bpermission\s+to\s+(?:open\s+|hold\s+|begin\s+|start\s+|enter\s+(?:into\s+)?)?$"
)
# "X is negotiating with": the man in talks himself
_IS_BEFORE = compile_prefiltered(
    r"\b(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|already\s+|also\s+|still\s+)?$"
)
_WITH = compile_prefiltered(
    r"(?:(?:agree\w*|fee|agreement|arrangement|talks|negotiations|negotiat(?:e|es|ed|ing)|deal|discussions|conversations|terms|compensation|contacts?|"
    r"meetings?|dialogue|enquir\w*|(?:in|been\s+in|get|got|getting)\s+touch)\s+"
    # ("a deal worth up to £44m with PSV")
    # ("a fee of around 60 million euros with Sporting")
    r"(?:(?:worth|of)\s+(?:up\s+to\s+|around\s+|about\s+|in\s+excess\s+of\s+)?(?:[£€$]\S+|[\d.,]+\s+million\s+(?:euros|pounds))\s+)?"
    # ("a compensation package of around £5m with Southampton")
    r"(?:[^\s,;]+\s+){0,3}?(?:(?:worth|of)\s+(?:up\s+to\s+|around\s+|about\s+)?[£€$]\S+\s+)?with\s+(?:the\s+)?⟦C(\d+)⟧"
    r"|register\w*\s+(?:their\s+|an\s+|its\s+|⟦C\d+⟧\s+)?interest\s+with\s+(?:the\s+)?⟦C(\d+)⟧"
    # "are still some way apart from Leipzig in their valuation"
    r"|\bapart\s+from\s+(?:the\s+)?⟦C(\d+)⟧(?=\s+(?:in|on|over)\b)"
    r"|(?:approach\w*|contact\w*|ask\w*|sound\w*\s+out|spoken\s+to|spoke\s+to|speak\w*\s+to|quizz\w+|told|called|phoned|rang)\s+"
    # ("contacted FC Porto's administration on Wednesday to ask about Otavio")
    r"(?:the\s+)?⟦C(\d+)⟧(?:(?:'s|’s)\s+(?:administration|board|management|hierarchy|president|directors?|officials))?"
    r"\s+(?:(?:on|this|last)\s+\w+\s+)?(?:about|over|for|regarding|on|whether|if|to\s+ask)\b"
    # "Sporting contacted over Ruben Amorim": the club asked about its man
    r"|⟦C(\d+)⟧\s+(?:have\s+been\s+|has\s+been\s+|were\s+|was\s+)?(?:contacted|approached|sounded\s+out)\s+"
    r"(?:over|about|regarding)\s+(?:[^\s⟦]+\s+){0,3}?⟦P)"
)
# "once his Leverkusen deal expires": the person's own club
# "Steve Cooper, now in charge of Brondby": the person's own club
_NOW_AT = compile_prefiltered(
    # ("German Pezzella, currently at Real Betis")
    r"\b(?:now\s+(?:in\s+charge\s+(?:of|at)|at|with|managing|coaching)|(?<=,\s)currently\s+at|(?:years?|seasons?|months?)\s+in\s+charge\s+(?:at|of))"
    r"\s+(?:the\s+)?⟦C(\d+)⟧"
)
# "the Argentine, who is currently on loan at AC Milan": a club he will go back from, neither his own (the
# club that sells him is another) nor one he moves to
_ON_LOAN_AT = compile_prefiltered(
    r"\b(?:currently|now|spending\s+the\s+season)\s+on\s+loan\s+(?:at|with)\s+(?:the\s+)?⟦C(\d+)⟧"
)
_HIS_CLUB = compile_prefiltered(
    r"\b(?:his|her)\s+(?:current\s+|tearful\s+|emotional\s+)?⟦C(\d+)⟧\s+"
    r"(?:deal|contract|career|team-?mates|exit|departure|future|spell|stay|farewell)"
    # "when his deal at Leverkusen expires", "whose contract with Bayern Munich expires in June"
    # ("the release clause in his contract with Barcelona", the pronoun resolved: "in ⟦P3⟧ contract")
    r"|(?:\b(?:his|her|whose)|⟦P\d+⟧(?:'s|’s)?)\s+(?:current\s+)?(?:deal|contract)\s+(?:at|with)\s+(?:the\s+)?⟦C(\d+)⟧"
    # "as Old Trafford nightmare drags on": the club he is struggling at
    r"|(?<=\bas\s)⟦C(\d+)⟧\s+(?:nightmare|misery|struggles|woes|exile|ordeal|hell)\b"
    # "Chelsea send scouts to Portman Road": where a man is watched plays him
    r"|\b(?:scouts?|observers?|spies)\s+(?:\S+\s+)?(?:to|at)\s+(?:the\s+)?⟦C(\d+)⟧(?!(?:'s|’s)?\s+(?:game|match|clash))"
    # "has followed Dean Huijsen all season at Bournemouth"
    r"|\b(?:follow\w*|watch\w*|track\w*|monitor\w*|scout\w*|observ\w*)\s+⟦P\d+⟧\s+(?:closely\s+)?"
    r"(?:(?:all|this|last|throughout\s+the)\s+(?:season|campaign|year)\s+)?at\s+(?:the\s+)?⟦C(\d+)⟧"
)
# a club's player described without his name: "for Manchester City goalkeeper", "X's Liverpool contract"
_CLUB_ROLE_UNNAMED = compile_prefiltered(
    rf"(?:(?:\bfor|⟦P\d+⟧(?:'s|’s))\s+(?:the\s+)?⟦C(\d+)⟧\s+(?:(?:{ROLE_ADJ}|\S+-\S+)\s+){{0,2}}"
    rf"(?:{PLAYER_ROLES}|contract|deal)"
    # "all tracking Monaco midfielder", "at the end of his Bologna contract"
    rf"|⟦C(\d+)⟧\s+(?:{PLAYER_ROLES})(?=\s*(?:$|[,.;:!?]|\b(?:who|as|after|amid|with|ahead)\b)))\b(?!\s*⟦P)"
)
# a city, not a club: "since his arrival in Sao Paulo" (not "a medical in Madrid": the destination's)
_PLACE = compile_prefiltered(
    r"\b(?:since\s+(?:his|her|their)\s+arrival|life|based|living|home|holiday|spotted|seen|house|settled|"
    # ("held talks with United in Monaco": where they met)
    r"event|ceremony|gala|dinner|conference|project|talks|met|meeting|discussions|negotiations)\s+"
    r"(?:\S+\s+){0,2}?in\s+⟦C(\d+)⟧"
)
# a spell under a coach, in the past: "both of whom played under the Dutchman at Ajax"
_PLAYED_UNDER_AT = compile_prefiltered(
    r"\b(?:played|worked|starred|thrived|flourished)\s+under\s+(?:the\s+)?(?:⟦P\d+⟧|[^\s⟦⟧]+)\s+(?:at|with)\s+⟦C(\d+)⟧"
)
# a hometown, no club of his: "the man from Lecce", "the Lecce native"
_HOMETOWN = compile_prefiltered(rf"{HOMETOWN_BEFORE}\s+⟦C(\d+)⟧|\bthe\s+⟦C(\d+)⟧\s+native\b")
_CAMP_TALKS = compile_prefiltered(
    r"(?:representatives|agents?|entourage|camp|advisers|lawyers)\s+(?:have\s+|has\s+)?(?:held|holding|hold|opened)\s+"
    r"(?:\S+\s+)?talks\s+with\s+(?:the\s+)?⟦C(\d+)⟧"
    # "Rowe, 22, is in talks with Bologna": the player's talks are with his buyer
    # ("Mourinho, free since being sacked by Fenerbahce in August, is in advanced negotiations with the club")
    r"|⟦P\d+⟧(?:,\s*\d{2},|,[^,;⟦]{0,60}(?:⟦C\d+⟧[^,;⟦]{0,40})?,)?\s+(?:is|are|was|has\s+been|have\s+been)\s+"
    r"(?:already\s+|now\s+|also\s+)?(?:in\s+)?"
    r"(?:advanced\s+)?(?:talks|negotiations|discussions)\s+with\s+(?:the\s+)?⟦C(\d+)⟧"
)
_CLUB_TALKS = compile_prefiltered(
    r"(?<![\w⟧]\s)(?:,\s+)?⟦C(\d+)⟧\s+(?:talks|negotiations)\s+(?:continue|go\s+on|ongoing|resume|drag)"
)
# the club a buyer takes men from: "Liverpool have already raided the BayArena once this summer"
_RAIDED = compile_prefiltered(r"\b(?:raid(?:s|ed|ing)?|plunder(?:s|ed|ing)?)\s+(?:the\s+)?⟦C(\d+)⟧")
# a listed club telling its market regulator of another club's payment: "Benfica have told the Portuguese
# market regulator CMVM that Atletico Madrid have paid the release clause of Joao Felix"
_TOLD_REGULATOR = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:have\s+|has\s+)?(?:told|tell|tells|informed|inform|informs|notified|notify|notifies)\s+"
    r"(?:the\s+)?(?:⟦N\d+⟧\s+)?(?:[\w-]+\s+){0,3}?(?:regulator|cmvm|stock\s+exchange|borsa)\b"
    # (what another club did: not "told the stock exchange that talks have begun with X", a buyer's news)
    r"[^⟦.;]{0,20}?\bthat\s+⟦C\d+⟧"
)
# a match opponent: "watched him against Leeds"
_OPPONENT_MATCH = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:comeback|clash|showdown|rematch|tie|fixture|second\s+leg|first\s+leg|rout|thrashing|drubbing|"
    r"hammering|mauling)\b"
    # a side in a match: "for Ipswich's clash with Tottenham", "Everton's win over Wolves"
    r"|⟦C(\d+)⟧(?:'s|’s)\s+(?:\S+\s+)?(?:clash|game|match|tie|fixture|win|victory|defeat|draw|loss)\s+"
    r"(?:with|against|at|over|to|by)\b"
)
# a ground right after a club: "by Barcelona at Camp Nou" (the same side's, after an opponent)
_AT_GROUND: Final = re.compile(r"\s+at\s+⟦C(\d+)⟧")
_OPPONENT = compile_prefiltered(
    r"\b(?:against|versus|vs\.?|trip\s+to|clash\s+with|wins?\s+over|victor(?:y|ies)\s+over|defeats?\s+(?:to|by|at|in)|"
    r"loss(?:es)?\s+(?:to|at|in)|draws?\s+(?:with|at)|wins?\s+at|(?:match|game|fixture)\s+(?:away\s+)?at|visit\s+of|"
    # "confirmed after the final game in Hoffenheim"
    r"(?:final|last|opening|first)\s+(?:league\s+)?(?:match|game|fixture)\s+(?:of\s+the\s+season\s+)?in|"
    r"(?:league|cup|final|derby)\s+(?:meeting|clash|tie|game|match)\s+(?:with|against)|"
    # a result: "after a 3-0 thrashing at Fulham", "Sunday's 4-0 romp over Brentford"
    r"(?:thrashing|hammering|drubbing|humiliation|romp|rout|thumping|mauling|battering|reverse)\s+(?:at|to|by|over|against)|"
    # a scoreline: "4-0 at home to Atalanta and 3-0 at Fiorentina"
    r"\b\d{1,2}-\d{1,2}\s+(?:(?:home\s+)?(?:win|defeat|loss|draw|victory|thrashing|reverse)\s+)?(?:at\s+home\s+to|at|against|to|"
    r"away\s+(?:at|to)|by|over|with)|at\s+home\s+to|"
    # "the day after their Champions League exit to Lyon"
    r"(?:league|cup|european|final|semi-final|quarter-final)\s+(?:exit|elimination)\s+(?:to|by|against|at\s+the\s+hands\s+of)|"
    # "following their elimination from the Conference League play-offs by Lausanne-Sport"
    r"(?:exit|elimination)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:by|to|against|at\s+the\s+hands\s+of)|"
    # a title race: "the side that pushed Manchester City all the way"
    r"push(?:ed|es|ing)?(?=\s+(?:the\s+)?⟦C\d+⟧\s+(?:all\s+the\s+way|close)\b)|"
    # (not a race for a man: "beat Chelsea to Kounde")
    rf"los(?:e|es|t|ing)\s+(?:to|at|against)|(?:beat|beats|beating)(?!{RACE_WON})|fac(?:e|es|ing)(?=\s+(?:the\s+)?⟦C)|"
    r"trailing|trail|trails|"
    # a match lost: "beaten in the Conference League final by West Ham", "knocked out of the cup by Leeds"
    # (not a race for a man: "beaten to the signing by Arsenal")
    r"(?:beaten|defeated|thrashed|hammered|humbled|stunned|eliminated|knocked\s+out)\s+(?:(?:in|at|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:final|semi-final|quarter-final|game|match|derby|cup|round|tie|leg)\s+)?"
    r"(?:(?:on\s+)?(?:\w+day|last\s+\w+)\s+)?by|"
    # the table: "well adrift of leaders Inter", "three points behind Arsenal"
    # ("13 points behind Scottish Premiership leaders Celtic")
    r"adrift\s+of(?:\s+(?:leaders|champions|rivals))?|points?\s+(?:behind|clear\s+of|ahead\s+of|above|below|off)"
    r"(?:\s+(?:(?:[\w-]+|⟦N\d+⟧)\s+){0,3}?(?:leaders|champions|rivals))?|"
    r"(?:behind|above|below|ahead\s+of)\s+(?:leaders|champions|rivals)|level\s+on\s+points\s+with)\s+"
    r"(?:the\s+)?⟦C(\d+)⟧"
)
_RACE_LOST_BY = compile_prefiltered(
    rf"(?<!confident\sof\s)(?<!hopeful\sof\s)(?<!favourites\sto\s)(?<!favourite\sto\s)(?<!position\sto\s)"
    rf"(?:beat|beats|beaten|beating)(?={RACE_WON})\s+(?:the\s+)?⟦C(\d+)⟧"
)
_SELLER_AFTER = compile_prefiltered(
    r"(?:(?:rejected|rebuffed|turned\s+down|knocked\s+back|refused)\s+by"
    # (not "turning down an offer to go back to Juventus": an offer to do something, the club his choice)
    r"|(?:bids?|offers?|proposals?|approach(?:es)?|enquir(?:y|ies)|paid|pay|pays|paying|payment|fee)"
    r"(?!\s+to\s+(?:go|join|move|sign|return|stay|become|take|coach|manage|be|come|lead)\b)\s+(?:[^\s⟦]+\s+){0,6}?to"
    # ("have paid Joao Felix's €126m release clause to Benfica")
    r"|(?:paid|paying|pays|pay)\s+(?:the\s+|⟦P\d+⟧(?:'s|’s)\s+|his\s+|her\s+)?(?:\S+\s+){0,2}?(?:release|buy-?out)\s+"
    r"clause\s+to"
    r"|(?:bids?|offers?|proposals?)\s+(?:has\s+been\s+|was\s+)?(?:lodged|submitted|tabled|placed)\s+with"
    # "a formal offer of €35m plus bonuses has been sent to Torino"
    r"|(?:bids?|offers?|proposals?)\s+(?:[^\s⟦]+\s+){0,8}?(?:sent|delivered|submitted|presented)\s+to"
    # "a raid on Brighton for X", "have offered Milan £45m": the club raided or paid sells
    # "have gone back to Southampton for Romeo Lavia": the club a buyer returns to sells
    r"|(?:gone|go|goes|went|going|come|came|comes|coming)\s+back\s+to(?=\s+(?:the\s+)?⟦C\d+⟧\s+(?:for|over|with)\s)"
    # "United had approached Bournemouth about a loan for Josh King": the club asked sells
    r"|(?<!⟦P\d⟧\s)(?<!agent\s)approach(?:ed|es)?(?=\s+(?:the\s+)?⟦C\d+⟧\s+(?:about|over|regarding)\s)"
    r"|(?:release|buy-?out)\s+clauses?\s+(?:at|with|of|in)|raid\s+on|on\s+the\s+table\s+at|(?:offer(?:s|ed|ing)?|pa(?:y|ys|id|ying))(?=\s+(?:the\s+)?⟦C\d+⟧\s+(?:[£€$\d]|around|about|up\s+to|an?\s"
    # ("have formally offered Benfica the full value of his release clause")
    r"|the\s+(?:full\s+)?(?:[£€$][\d.,]+\s*(?:m|bn|million|billion)?\s+)?(?:value|amount|sum|fee|asking\s+price|"
    r"release\s+clause)\b"
    # ("paying Athletic Bilbao his £71.6m release clause")
    r"|(?:his|her)\s+(?:[£€$][\d.,]+\s*(?:m|bn|million|billion)?\s+)?(?:release|buy-?out)\s+clause\b"
    r"|⟦P\d+⟧(?:'s|’s)\s)))"
    r"\s+(?:the\s+)?⟦C(\d+)⟧"
    # "an offer for X, which Leipzig rejected"
    r"|,\s+which\s+⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:rejected|turned\s+down|rebuffed|knocked\s+back)"
    # "an agreement with Parma over his release": the club that lets him go
    r"|\bwith\s+(?:the\s+)?⟦C(\d+)⟧\s+(?:over|for|on)\s+(?:his|her)\s+release\b"
)
# "Newcastle are yet to respond to the offer": the club that answers an offer sells
_RESPONDER = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:(?!⟦)\S+\s+){0,4}?(?:respond\w*|repl(?:y|ies|ied|ying)|react\w*)\s+to\s+"
    r"(?:(?!⟦)\S+\s+){0,3}?(?:bids?|offers?|proposals?|approach\w*)\b"
    # "PSG gave them permission to negotiate", "Brighton have granted Chelsea permission to speak to X"
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:gave|give|gives|given|granted|grant|grants)\s+"
    r"(?:them|him|⟦[CP]\d+⟧)\s+permission\b"
    # "Fulham pulled the plug on the midfielder's move to Bayern": the club that holds him blocks it
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:pulled\s+the\s+plug\s+on|blocked|vetoed|scuppered|torpedoed)\s+"
    r"(?:⟦P\d+⟧(?:'s|’s)|his|the\s+[\w-]+(?:'s|’s))\s+(?:[^\s⟦]+\s+)?(?:move|switch|transfer|loan)\s+to\s+⟦C\d+⟧"
)
# "Barça send City a formal loan proposal for Cancelo": the club handed the offer sells
_HANDED_OFFER = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:send|sends|sent|hand|hands|handed|present\w*|make|makes|made|submit\w*)\s+"
    r"(?:the\s+)?⟦C(\d+)⟧\s+(?:an?\s+|their\s+|its\s+)?(?:[^\s⟦]+\s+){0,3}?(?:bids?|offers?|proposals?)\b"
)
# the selling side of a deal: the club paid ("after the Lions received the release clause"), told of the
# payment ("Release clause triggered, Napoli informed"), answering an offer
# ("whose €300m offer PSG accepted") or confirming the buyer paid (each alternative opens on the club's
# placeholder, where the pattern is tried)
_SELLING_SIDE = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:received|pocketed|banked)\b"
    # "RB Leipzig accepted proposals from both clubs"
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:already\s+)?accepted\s+(?:(?!⟦)\S+\s+){0,3}?(?:bids?|offers?|proposals?)\s+from\b"
    # "whose €300m offer PSG accepted on Monday"
    r"|(?:(?<=offer\s)|(?<=bid\s)|(?<=proposal\s))⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:accepted|rejected|refused|turned\s+down)"
    # "Liverpool accept Fabinho bid", "Brighton reject second Caicedo offer": a bid named by its man
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:accept|accepts|accepted|reject|rejects|rejected|refuse|refuses|refused|"
    r"rebuff|rebuffs|rebuffed|turn\s+down|turns\s+down|turned\s+down)\s+(?:(?!⟦)\S+\s+){0,3}?⟦P\d+⟧(?:'s|’s)?\s+"
    r"(?:bids?|offers?|proposals?)\b"
    # "Release clause triggered, Napoli informed"
    r"|⟦C(\d+)⟧\s+(?:have\s+been\s+|has\s+been\s+|were\s+|was\s+|already\s+)?(?:informed|notified)(?=\s*(?:[.;,!]|$|of\b))"
    # "Sporting confirm Manchester United have paid the release clause"
    r"|⟦C(\d+)⟧\s+(?:confirm|confirms|confirmed|say|says|said|announce\w*)\s+(?:that\s+)?(?:the\s+)?⟦C\d+⟧\s+"
    r"(?:have|has|had)\s+(?:paid|triggered|activated|met)"
)
_SELLING_SIDE_HINT = compile_prefiltered(
    r"received|pocketed|banked|informed|notified|accept|reject|refuse|rebuff|turn|paid|triggered|activated|met"
)
# "Ipswich's likely drop would trigger the clause": the club relegated is the player's own
_RELEGATED_CLUB = compile_prefiltered(r"⟦C(\d+)⟧(?:'s|’s)\s+(?:\S+\s+)?(?:relegation|drop|demotion)\b")
# the club that keeps suitors away holds the man: "Liverpool will still have to fend off interest from Saudi"
_FENDS_OFF = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:[^\s⟦⟧]+\s+){0,4}?(?:fend|fight|ward|stave|see)\s+off\s+(?:\S+\s+){0,2}?"
    r"(?:interest|bids?|offers?|approaches|suitors|advances)\b"
)
# "fell short of Atalanta's valuation": the club that sets the price sells
# "Villa have told Manchester United they are interested": the club told of a buyer's plans sells
_TOLD_OF_INTEREST = compile_prefiltered(
    # (the subject may come before: "United have made X their first choice and have informed Sporting they")
    r"(?:⟦C\d+⟧|\band)\s+(?:have\s+|has\s+|had\s+)?(?:told|informed|notified|alerted)\s+(?:the\s+)?⟦C(\d+)⟧\s+"
    r"(?:(?:that\s+)?(?:they|it|⟦C\d+⟧)\s+(?:are|is|were|was|would|will|want|remain)\b"
    # "have informed Sporting of their intention to pay the release clause"
    r"|of\s+(?:their|its|the\s+club's|⟦C\d+⟧)\s+(?:intention|plan|decision))"
)
_SELLERS_TERMS = compile_prefiltered(
    r"⟦C(\d+)⟧(?:'s|’s)\s+(?:\S+\s+)?(?:valuation|asking\s+price|demands|price\s+tag|price(?!\s+range)|release\s+clause)"
    # "Brugge want €30m", "Palace are demanding £60m": a price is asked by the seller
    r"|⟦C(\d+)⟧\s+(?:want|wants|demand|demands|are\s+demanding|is\s+demanding|are\s+asking\s+for|value\s+him\s+at)"
    r"\s+(?:at\s+least\s+|around\s+|about\s+|in\s+excess\s+of\s+)?[£€$]"
    # "as Espanyol point to release clause"
    r"|⟦C(\d+)⟧\s+(?:point\s+to|insist\s+on|stick\s+to|stand\s+by|want|demand|(?:have\s+)?set)\s+(?:the\s+|his\s+|a\s+|their\s+)?"
    r"(?:\S+\s+)?(?:release\s+clause|asking\s+price|valuation|price\s+tag)"
    r"|⟦C(\d+)⟧(?:'s|’s)\s+(?:stance|resolve|hardline\s+stance|position\s+on)\b"
    # "Paris Saint-Germain have agreed to sell Neymar to Al-Hilal"
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:now\s+)?(?:agreed|agree|agrees|decided)\s+to\s+sell\b"
    # "when Manchester United refused to lower their 70 million euro valuation"
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:refused|refuse|refuses|declined|were\s+unwilling|was\s+unwilling|would\s+not|"
    r"will\s+not)\s+(?:to\s+)?(?:lower|reduce|drop|cut|budge\s+on)\s+(?:their|its|the|⟦C\d+⟧)\s+(?:[^\s⟦⟧]+\s+){0,4}?"
    r"(?:valuation|asking\s+price|price|demands|fee)\b"
    # "as Burnley compensation talks begin": the club paid compensation lets its man go
    r"|⟦C(\d+)⟧(?:'s|’s)?\s+compensation\b"
    # "ready to pounce should Aston Villa need to raise funds": the club that may have to sell
    r"|(?<=should\s)⟦C(\d+)⟧\s+(?:need|be\s+forced|decide|be\s+willing|agree)\s+to\s+(?:raise|sell|cash|balance|generate|let)\b"
    r"|(?<=if\s)⟦C(\d+)⟧\s+(?:need|needs|are\s+forced|is\s+forced|decide|decides)\s+to\s+(?:raise|sell|cash|balance|generate|let)\b"
    # "Brentford confirm Ivan Toney has joined Al-Ahli": the club telling of his move elsewhere sold him
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+)?(?:confirm|confirms|confirmed|announce|announces|announced)\s+(?:that\s+)?⟦P\d+⟧\s+"
    r"(?:has|have|had)\s+(?:now\s+)?(?:joined|signed\s+for|moved\s+to|completed\s+(?:a|his)\s+(?:\S+\s+)?move\s+to)\b"
    # "Benfica will not let the midfielder go for less than his release clause": a price the holder sets
    r"|⟦C(\d+)⟧\s+(?:will|would)\s+not\s+(?:let|allow)\s+(?:him|⟦P\d+⟧|the\s+[\w-]+)\s+(?:to\s+)?(?:go|leave)\s+for\s+"
    r"(?:less|anything\s+less|under|below)\b"
    # "plot Bournemouth double raid": the club raided sells
    r"|⟦C(\d+)⟧\s+(?:double\s+|triple\s+|transfer\s+|summer\s+|january\s+|deadline-day\s+)?raid\b"
    # "Tottenham agree Joe Rodon sale to Leeds": the club agreeing a sale sells
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+)?(?:agree|agrees|agreed|complete|completes|completed|confirm|confirms|confirmed)\s+"
    r"(?:an?\s+|the\s+)?(?:\S+\s+)?(?:⟦P\d+⟧(?:'s|’s)?\s+)?sale\b"
    # "the €40m release clause that Bologna inserted in his contract"
    r"|(?:release|buy-?out)\s+clause\s+(?:that|which)\s+⟦C(\d+)⟧\s+(?:have\s+|has\s+|had\s+)?(?:inserted|included|set|put|wrote)"
)
_POSSESSIVE_AGENT = compile_prefiltered(
    r"⟦P(\d+)⟧(?:(?:'s|’s|'|’)\s+|\s\s+)(?:\S+\s+){0,2}?(?:first-choice\s+|top\s+|main\s+|priority\s+)?"
    r"(?:squads|teams|sides|line-ups|analysts|scouts|history|relationship|registration|target|choice|option|options|candidate|pick|request|hunt|search|pursuit|chase|signing|priority|wish|admirer|favourite|plans|side|squad|team|men|charges|champions|winners|holders|troops|club|thinking|system|"
    r"list|wishlist|shortlist|project|vision|philosophy|revolution|rebuild|window|assistant|assistants|staff|"
    r"backroom|franchise|outfit|tenure|reign|era|midfield|attack|defence|defense|hopes|dressing\s+room|outlay|budget|"
    # (not a compound: "X's club-record £56m transfer")
    r"spending|spend|kitty|war\s+chest)\b(?!-record)"
    # "says yes to Mourinho's Roma"
    r"|⟦P(\d+)⟧(?:'s|’s)\s+⟦C\d+⟧(?!\s+(?:future|exit|contract|career|stay|departure|deal|move|switch|transfer|loan|"
    r"spell|days|return|position|job|side|squad|team))"
    # "has made the Georgian his priority", "has put X at the top of his list"
    r"|⟦P(\d+)⟧\s+(?:has\s+|had\s+)?(?:put|placed|made|named|identified|earmarked)\s+⟦P\d+⟧"
)
# a clause opening on a manager's team: "but Erik ten Hag's side ended their interest"
_HIS_SIDE = compile_prefiltered(
    r"\s*(?:,\s*)?(?:but|and|while|although|though|however)?\s*(?:then\s+)?⟦P\d+⟧(?:'s|’s)\s+"
    rf"{HIS_CLUB_WORDS}\b(?!-record)"
)
_DEST_PREP = compile_prefiltered(r"(?:for|to|join|joining)\s+(?:the\s+)?$")
_SCORELINE = compile_prefiltered(
    r"⟦C\d+⟧\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+⟦C\d+⟧|⟦C\d+⟧\s+(?:vs?\.?|versus)\s+⟦C\d+⟧"
)
_QUOTE_TITLE = compile_prefiltered(r"^[^:'\"‘“]{3,60}:\s*['\"‘“]")
_NOUN_CUE = compile_prefiltered(
    r"(?:bids?|offers?|proposals?|choice|move|switch|interest|approach|enquiry|talks|negotiations|target|swoop|"
    r"pursuit|deal|agreement|hopes|medical|transfer|loan|job|chase|radar|admirers?)\b"
)
_ALSO = compile_prefiltered(r"\balso\b")
# a man and the club he goes to, the verb left out: "(sold X to Marseille and) Y to AC Milan"
_GAPPED_MOVE = compile_prefiltered(r"⟦P\d+⟧\s+(?:on\s+loan\s+)?to\s+(?:the\s+)?⟦C\d+⟧")
# the gapped move's model may name a city, not a club: "would send Romelu Lukaku to Turin and Dusan Vlahovic
# to Stamford Bridge" (not a verb: "expect X to leave")
_GAPPED_MODEL = compile_prefiltered(
    r"⟦P\d+⟧\s+(?:on\s+loan\s+)?to\s+(?:the\s+)?"
    r"(?:⟦C\d+⟧|(?!(?:be|join|leave|stay|sign|move|make|remain|go|come|return|play|start|get|take)\b)[a-z]+\s*$)"
)
_IF_HE_BEFORE = compile_prefiltered(r"\bif\s+⟦P\d+⟧\s+(?:were\s+to\s+|was\s+to\s+|should\s+|ever\s+)?$")
_SUPPOSED_KINDS: Final = frozenset({"choice", "agreed", "done", "forecast"})
_LEAVING_DENIED = compile_prefiltered(r"(?:leave|leaving|under\s+pressure)\b")
# (not a negation of what stops the leaving: "could not prevent his exit", "did not rule out leaving")
_DENIED_BEFORE_EXIT = compile_prefiltered(
    r"\b(?:not|never|n't)\s+(?!(?:\S+\s+){0,3}?(?:rule|ruled|prevent|stop|block|stand|keep|hold)\b)"
    r"(?:(?:let|considered|thought\s+about|be|been|going\s+to|want\s+to|wish\s+to|plan\s+to|under)\s+)?"
    r"(?:⟦P\d+⟧\s+)?$"
)
# a sentence that turns to a man's case: "Alejandro Garnacho's situation is very different."
_CASE_OPENS = compile_prefiltered(
    r"⟦P0⟧(?:'s|’s)\s+(?:\S+\s+)?(?:situation|future|case|position|predicament|contract\s+situation)\b"
)
# a comma-bounded aside after a club, naming no other club: "Arsenal, long linked with X, have ..."
_ASIDE = compile_prefiltered(r",\s+(?:(?!⟦C)[^,;]){1,60}?,")
# between a noun cue and its verb: "talks (have now) collapsed"
_NOUN_VERB_GAP = compile_prefiltered(
    r"\s+(?:(?:have|has|had|are|is|were|was|been|now|also|finally|officially)\s+){0,3}"
)
# a destination in so many words: "the switch to Villa Park", "will join Neom", "sign for Celtic"
_HEADING_TO = compile_prefiltered(
    r"\b(?:(?:move|switch|transfer|loan)\s+to|(?:will|to|set\s+to|about\s+to|due\s+to)\s+(?:join|sign\s+for|"
    # "is expected to sign a four-year contract with the Saudi newcomers" (not a new one: his club's)
    r"sign\s+an?\s+(?:(?!new\b|fresh\b|improved\b)[\w-]+\s+){0,2}?(?:contract|deal)\s+with)|"
    r"joining|signing\s+for)\s+(?:the\s+)?⟦C(\d+)⟧"
)
_SUBJECT_GAP = compile_prefiltered(
    r"(?:,\s*)?\s+(?:have|has|had|are|is|were|was|made|make|makes|submitted|held|opened|lodged|launched|will|would|"
    r"reportedly|also|already|now|then)"
    r"(?:\s+(?:have|has|had|are|is|were|was|also|already|now|then|made|make|submitted|held|opened|been|reportedly|"
    r"officially|will|would|a|an|their|its|formal|fresh|first|second|initial|opening|improved|tentative|concrete|"
    r"preliminary|lodged|launched)){0,4}\s+"
)
# a club hearing offers: it sells a player ("Bayern would listen to offers", "are open to offers")
_OFFERS_HEARD = compile_prefiltered(r"(?:listen|open)\s+to\s+(?:offers|bids|proposals)")
# a club's own verb ending its move, right after it ("when Bayern decided against appointing him")
_ENDED_BY_SUBJECT: Final = (
    "decided against",
    "opted against",
    "pulled out",
    "walked away",
    "withdrew",
    "ended",
    "abandoned",
    "gave up",
    "called off",
    "dropped out",
)
# the club a bid is lodged with sells: "lodged a €60m proposal with Leipzig for X"
_OFFER_WITH = compile_prefiltered(
    r"\b(?:offers?|bids?|proposals?)\s+with\s+(?:the\s+)?⟦C(\d+)⟧(?:'s|’s)?\s+(?:for|over)\b"
)
# the club a buyer contacted about a man, his seller: "contacted Genoa and the player's camp"
_CONTACTED_CLUB = compile_prefiltered(
    r"\b(?:contacted|sounded\s+out)\s+(?:the\s+)?⟦C(\d+)⟧(?:\s+and\s+⟦P\d+⟧(?:'s|’s)\s+(?:camp|agents?|representatives))?"
    r"(?=\s+(?:about|over|on|and)\b)"
)
# a stay someone else wishes for him, just before the stay's words (see _stay_hoped)
_CLUB_WISHES_STAY = compile_prefiltered(
    r"(?:⟦C\d+⟧(?:\s+(?:also|still|now|remain|remains|are|is))*\s+(?:want(?:s)?\s+to|hop(?:e|es|ing)\s+to|hopeful\s+of|"
    r"keen\s+to|determined\s+to|desperate\s+to|trying\s+to|intend(?:s)?\s+to|plan(?:s)?\s+to|push(?:es|ing)?\s+for)\s+"
    r"(?:\S+\s+){0,2}"
    r"|\b(?:convinc(?:e|es|ing)|persuad(?:e|es|ing))\s+(?:him|her|⟦P\d+⟧)\s+(?:to\s+)?(?:sign\s+)?"
    # a stay only explored: "the board even explored the possibility of Tuchel staying on"
    r"|\b(?:possibility|idea|option|prospect)\s+of\s+(?:him\s+|her\s+|⟦P\d+⟧\s+)?)$"
)
# the second of two subject clubs: "both Newcastle and Wolves have made enquiries"
_AND_CLUB = compile_prefiltered(r"\s+and\s+(?:the\s+)?⟦C\d+⟧")
# two clubs negotiating with each other: one of them sells (decided per person in _records)
_PARTIES = compile_prefiltered(
    # (not the end of a list of three: "Manchester United, Newcastle and Everton held talks with him")
    r"(?<!⟧,\s)⟦C(\d+)⟧\s+and\s+(?:the\s+)?⟦C(\d+)⟧(?!\s+(?:are|have|were)\s+(?:both|also|each)\b)"
)
_NOT_PARTIES = compile_prefiltered(r"\b(?:both|each|rivals?|among)\b|with\s+(?:the\s+)?⟦C")
_TWO_PARTY_KINDS: Final = frozenset({"talks", "pending", "agreed"})
# what clubs negotiate between themselves (the person's terms are agreed with the buyer alone)
_FEE = compile_prefiltered(
    r"\b(?:fee|valuation|asking\s+price|price\s+tag|(?:obligation|option)\s+to\s+buy)\b"
)
_INSTEAD = compile_prefiltered(
    r"(?:decid\w+|opt(?:s|ed)?|cho(?:se|sen|ose|oses)|prefer\w*|went|go|goes|turn(?:s|ed)?|focus\w*|concentrat\w+)\s+"
    r"(?:to\s+)?(?:sign|bring\s+in|move\s+for|go\s+for|for|to|on)\s+(?:\S+\s+){0,3}?⟦P(\d+)⟧"
    r"(?:[^.;]*?\binstead\s+of\s+(?:\S+\s+){0,3}?⟦P(\d+)⟧|[^.;⟦]*?\binstead\b)"
)
# "his loan spell at Parkhead last season": a club of his past
_PAST_AFTER = compile_prefiltered(
    r"\s+(?:last\s+(?:season|year|term|campaign|summer)|in\s+(?:\w+\s+)?(?:19|20)\d\d\b|\d+\s+years\s+ago|"
    r"(?:two|three|four|five|several)\s+(?:seasons|years)\s+ago)"
)
_LEFT_IN_THE_PAST = compile_prefiltered(
    r"left\s+(?:the\s+)?⟦C\d+⟧\s+(?:(?:for\s+(?:the\s+)?⟦C\d+⟧\s+)?(?:in\s+(?:\w+\s+)?(?:19|20)\d\d|\d+\s+years\s+ago)"
    # ("who left San Siro for Stamford Bridge in a €115m deal just 12 months ago")
    r"|for\s+(?:the\s+)?⟦C\d+⟧\s+(?:[^\s⟦.;]+\s+){0,6}?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:years?|months?)\s+ago\b)"
    # "who was sacked by the Bavarians in March 2023": a dated sacking is over, whatever its year
    r"|(?:sacked|axed|dismissed|fired)\s+by\s+(?:the\s+)?⟦C\d+⟧\s+(?:in\s+(?:\w+\s+)?(?:19|20)\d\d|\w+\s+years\s+ago)"
)
# "began his managerial career at the club": where he started, not where he is
_CAREER_BEGAN = compile_prefiltered(r"\b(?:began|started|launched|kick-started)\s+(?:his|her)\s+(?:\S+\s+)?$")
_YEARS_AFTER = compile_prefiltered(
    # ("six years after he was sacked by the club")
    r"(?:years?|months?|seasons?|decades?)\s+(?:after|since)\s+(?:⟦P\d+⟧\s+)?(?:was\s+|had\s+been\s+|got\s+)?$"
)
_JOINED_BEFORE = compile_prefiltered(
    r"⟦P\d+⟧,\s+who\s+(?:\S+\s+){0,2}?(?:joined|signed\s+for|moved\s+to|arrived\s+at|came\s+to)\s+(?:the\s+)?"
    r"⟦C(\d+)⟧[^,]*,"
)
_RELATIVE = compile_prefiltered(rf"\s*(?:who|which)\b|{SET_OFF_PARTICIPLE}")
# a look at a window's completed business: its moves are the news, even told in a relative clause
# ("Out went Morata, who joined AC Milan in July")
_WINDOW_REVIEW_TITLE = compile_prefiltered(
    r"\b(?:summer|window|deadline\s+day|transfer\s+business|signings|spend|spending|rebuil[dt]|ins\s+and\s+outs|"
    r"arrivals|recruitment|graded|review)\b",
    re.IGNORECASE,
)
_TALKS_WITH_BEFORE = compile_prefiltered(
    r"\b(?:talks|negotiations|discussions|contact|agreement|terms)\s+with\s+(?:[^\s⟦⟧]+\s+){0,2}?⟦P\d+⟧\s*$"
)
# ("keen to add Luis Suarez to their squad": the squad, not a destination the move is set for)
# ("deals that would send Lukaku to Naples and Osimhen to Stamford Bridge")
_BRING = compile_prefiltered(
    r"\b(?:bring|lure|tempt|add|send)\s+(?:[^\s⟦⟧]+\s+|⟦N\d+⟧\s+){0,3}?⟦P\d+⟧"
    r"(?:\s+to\s+(?:[^\s⟦⟧]+|⟦C\d+⟧)\s+and\s+⟦P\d+⟧)?$"
)
_DEPARTURES_OF = compile_prefiltered(
    # ("the 2020 exchange that took Miralem Pjanic to Barcelona")
    r"\b(?:(?:departures?|exits?|sales?|loss|losses|arrivals?)\s+of|lost|losing|sold|sent|offloaded|shipped\s+out|"
    r"(?:that|which)\s+(?:took|brought))\s+"
    r"(?:[a-z-]+\s+){0,2}?⟦P\d+⟧[^;.]*$"
)
# a refusal that names no club: "turned down the role"
_REFUSED_ROLE = compile_prefiltered(
    r"(?:turn\w*\s+down|reject\w*|snub\w*|rebuff\w*|spurn\w*|(?P<turned>turn\w*))\s+"
    r"(?:(?:the|an?|their|his)\s+(?:\S+\s+)?)?"
    r"(?:role|job|post|position|offers?|approach(?:es)?|chance|move|opportunity|vacancy)\b"
    r"(?(turned)\s+down\b)"  # ("turned the job down")
    # a candidate out of the running: "Iraola ruled himself out", "... out of the running" (not "out of
    # Sunday's game": an injury)
    r"|rul\w+\s+(?:himself|herself)\s+out(?:\s+of\s+(?:the\s+)?(?:running|race|reckoning|job|role|post|taking|replacing|"
    r"succeeding)\b|(?=\s*(?:[,.;]|$|and\b|to\b|in\b|early\b|last\b|after\b|before\b|because\b)))"
    # a refusal with no object: "Rangnick also said no at the start of May"
    r"|(?:says|said)\s+no" + REFUSAL_END
)
# negotiations still going on (not "agreed personal terms")
_UNDER_WAY = compile_prefiltered(
    r"\b(?:in|holding|hold|held|opened?|continu\w+)\s+(?:\S+\s+)?(?:talks|negotiations|discussions)\b"
)
# interest told as still going on after a commitment: "are still monitoring", "could return next summer"
_STILL_ON = compile_prefiltered(
    r"\b(?:still|continu\w+|could\s+return|next\s+(?:summer|season|window|year))\b"
)
# a seller's acceptance: "Benfica accepted the offer", "the club could not turn it down"
_ACCEPTS = compile_prefiltered(
    r"accept|could\s+not|couldn't|could\s+no\s+longer|cannot|can't|unable|says?\s+yes|said\s+yes"
)
_STALLED = compile_prefiltered(
    r"\b(?:stalled|broken\s+down|broke\s+down|collapsed|failed|no\s+agreement|refused|rejected|snubbed)\b"
)
# a stay told as done or decided, not offered or forecast: "has since renewed", "announced in March that he
# would remain", "chose to stay"
# his answer to the suitor, news even in a relative clause: "Brighton had held discussions with McKenna, who
# instead signed a new deal at Portman Road"
_STAYED_INSTEAD_TEXT = (
    r"instead\s+(?:signed|renewed|extended|committed)|signed\s+(?:a\s+)?new\s+(?:\S+\s+){0,6}?instead\b"
)
_STAYED_INSTEAD = compile_prefiltered(_STAYED_INSTEAD_TEXT)
_STAY_DECIDED = compile_prefiltered(
    r"\b(?:(?:has|have|had)\s+(?:since\s+|now\s+|already\s+)?(?:renewed|extended|signed\s+(?:a\s+)?new|committed)"
    r"|(?:announced|confirmed|declared)\s+(?:\S+\s+){0,5}?(?:that\s+)?he\s+(?:would|will)\s+(?:remain|stay)"
    r"|(?:decided|chose|opted)\s+to\s+(?:stay|remain)|staying\s+put"
    r"|extended\s+his\s+(?:contract|deal|stay)"
    # "but the Arsenal manager made it clear he has no intention of leaving", "chose to sign a new contract"
    r"|no\s+intention\s+of\s+leaving|(?:does|did)\s+not\s+want\s+to\s+leave|(?:chose|decided|opted)\s+to\s+sign\s+a\s+new"
    r"|by\s+committing\s+to\s+a\s+new"
    rf"|{_STAYED_INSTEAD_TEXT})"
)
# a stay before the news: "he had been handed an extension in July"
_EARLIER_STAY = compile_prefiltered(
    r"\bhad\s+(?:been\s+|already\s+|only\s+|just\s+|recently\s+)*(?:handed|given|signed|agreed|extended|renewed|"
    r"committed|offered|penned)\b"
)
# a contract of his own (a stay that is a renewal, not a wait for a move elsewhere)
_NEW_CONTRACT = compile_prefiltered(r"\b(?:contract|extension|extend\w*|renew\w*|new\s+deal|commit\w*)\b")
# a stay that only delays a move agreed elsewhere: "stays on loan at River until December", "will remain
# with Arsenal for the rest of the season"
_STAY_FOR_NOW = compile_prefiltered(
    r"\b(?:until|till|for\s+the\s+(?:rest|remainder|end)\s+of|on\s+loan|loaned\s+back|before\s+(?:joining|moving|"
    r"linking\s+up|flying|heading|making\s+the\s+(?:move|switch)))\b"
)
# (not "since January 2023, when he replaced Frank Lampard": a succession long done)
_SUBJECT_REPLACES = compile_prefiltered(
    r"⟦P\d+⟧\s+(replaces|has\s+replaced|will\s+replace)\s+(?:the\s+)?(?:\S+\s+)?⟦P\d+⟧"
    # "Fonseca will be replaced by Conceição": the successor's move to come
    r"|(?:will|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(be\s+replaced\s+by)\s+(?:the\s+)?(?:\S+\s+)?⟦P\d+⟧"
)
_REPLACE_END = compile_prefiltered(r"(?:replace|succeed)$")
_DESPITE = compile_prefiltered(r"\b(?:despite|amid)\b")
_MOVE_IS_OFF = compile_prefiltered(
    r"(?:is|are|was|now)\s|collaps|br(?:eak|eaks|oke|oken)\s+down|f(?:all|alls|ell|allen)\s+through"
    rf"|{NOT_GOING_AHEAD}\b"
)
# a subject of its own, one no placeholder stands for, just before a cue: ", the Bretons want €60m"
_OTHER_SUBJECT_BEFORE = compile_prefiltered(r",\s+the\s+[^\s⟦⟧,]+(?:\s+[^\s⟦⟧,]+)?\s+$")
# a short phrase set before a sentence's subject: "Across north London, Arsenal's window finished ..."
# (not a condition or a time: "Should Frank leave, Brentford are expected to look within")
_FRONTED = compile_prefiltered(
    r"(?!(?:should|if|when|once|unless|after|before|while|as|because|since|although|though|until)\s)"
    r"(?:[^\s⟦⟧,.;:]+\s+){0,3}[^\s⟦⟧,.;:]+,\s+"
)
# a sentence that opens on the club it is about: "At West Ham, ...", "Over at Chelsea, ..."
_AT_CLUB_OPENS = compile_prefiltered(r"(?:meanwhile,?\s+)?(?:over\s+|elsewhere\s+)?at\s+⟦C(\d+)⟧,\s+")
# the addressee of a message: "have told Liverpool (that) ..."
_TOLD = compile_prefiltered(
    # (not the passive "were told the Bundesliga club want €80m": there the one named after "told" speaks)
    r"(?<!were\s)(?<!was\s)(?<!been\s)(?<!being\s)\b(?:told|tell|tells|informed|inform|informs|warned|warn|warns|assured|"
    r"reminded)\s+(?:the\s+)?$"
)
# what the addressee is told of a man's choice: "told the Bundesliga club that he had chosen Anfield"
_TOLD_THAT = compile_prefiltered(r"\s+that\s+(?:he|she|⟦P\d+⟧)\s+(?:(?:had|has|have)\s+)?")
_LET_BEFORE = compile_prefiltered(r"\blet\s+(?:the\s+)?$")
# what may stand between a relative pronoun and its antecedent: "X, who", "X, 22, who"
_ANTECEDENT_GAP = compile_prefiltered(r"[\s,]*(?:\d{2}\s*,\s*)?")
# a wish, not a commitment: "has previously said he wants to stay", "remain hopeful of agreeing a new deal"
_WISH = compile_prefiltered(
    r"(?:(?:hopeful|confident|optimistic)\s+(?:of|about)\s+(?:agreeing|tying|securing|handing)\s+(?:\S+\s+)?(?:an?\s+|the\s+)?$)"
    r"|(?:wants?|wanted|hop(?:e|es|ed|ing)|keen|eager|would\s+(?:like|love|prefer)|wish(?:es)?|tr(?:y|ying|ied)|attempting)"
    # "trying to agree an extension"
    r"\s+(?:to\s+(?:agree|sign|offer|hand|negotiate)\s+(?:him\s+|⟦P\d+⟧\s+)?(?:an?\s+|the\s+)?)?$"
    # someone else's wish: "intends to speak with him to convince him to stay", "the DFB want him to stay"
    r"|(?:convinc\w*|persuad\w*|urg(?:e|es|ed|ing)|want(?:s|ed)?)\s+(?:him|her|⟦P\d+⟧)\s+$"
)
# someone the mover would work with, or who acts on him: "keen to work with X", "admired by X"
# a reunion a coach wants is the signing he wants: "Conte wants to be reunited with Romelu Lukaku" (not a
# team-mate or a coach the mover joins)
_NOT_WANTED_BACK = r"(?<!wants\sto\sbe\s)(?<!want\sto\sbe\s)(?<!like\sto\sbe\s)"
_NOT_MOVER = compile_prefiltered(
    rf"(?:{_NOT_WANTED_BACK}(?:reunit\w*)\s+(?:[a-z-]+\s+){{0,2}}?with|"
    rf"{_NOT_WANTED_BACK}"
    r"(?:work|working|play|playing|reunite|reunited|reuniting|link\s+up|team\s+up)\s+(?:again\s+)?"
    r"(?:with|under|alongside)|(?<!replaced\s)(?<!succeeded\s)"
    # (not who refused the club: "Bayern have also been rejected by Xabi Alonso")
    r"(?<!rejected\s)(?<!snubbed\s)(?<!rebuffed\s)(?<!spurned\s)(?<!turned\sdown\s)\bby|\bunder"
    # an incumbent the signing would challenge or cover: "competition for X", "back-up to X"
    r"|(?:competition|cover|back-?up|understudy|deputy|rival|boost|blow|alternative)\s+(?:for|to)|\bbehind|ahead\s+of|rather\s+than|"
    # (not men who leave too: "the pair will depart alongside Scott Arfield and Filip Helander")
    r"(?<!depart\s)(?<!departs\s)(?<!leave\s)(?<!leaves\s)(?<!leaving\s)(?<!exit\s)alongside"
    # the man preferred to him once: "Arteta, runner-up to Emery when the job was last filled"
    r"|runner-up\s+to"
    # the coach whose plans a signing joins: "has already approved the project with Diego Simeone"
    r"|(?:project|vision|plans?)\s+(?:of|with)"
    # "a striker to back up Serhou Guirassy", "to compete with Raya", "Safonov ... to push Donnarumma"
    r"|\bto\s+(?:back\s+up|deputi[sz]e\s+for|compete\s+with|challenge|provide\s+(?:competition|cover)\s+for|partner|"
    r"push|play\s+alongside|understudy)"
    r"|\bpair\s+(?:\S+\s+){0,4}?with|partner\s+for|shar(?:e|es|ed|ing)\s+(?:the\s+)?(?:load|burden|duties|minutes|responsibility)\s+with"
    # (not the man a club spoke to: "Chelsea spoke to McKenna at the weekend about replacing Pochettino")
    r"|(?<!⟦C\d⟧\s)(?<!⟦C\d\d⟧\s)(?:speaking|spoke|talking|talked|meeting|met)\s+(?:to|with)|\bafter\s+meeting"
    r"|(?:after|following|with)(?=\s+⟦P\d+⟧(?:'s|’s)?\s+(?:\S+\s+)?injury)|injury\s+to|life\s+after"
    # "with Rodri out for the season": the injured one whose place a signing would fill
    r"|with(?=\s+⟦P\d+⟧\s+(?:out|sidelined|injured|absent)\b)"
    # "giving Sean Dyche another option": the manager who gains a player
    r"|giv(?:e|es|ing)(?=\s+⟦P\d+⟧\s+(?:another|more|an?|extra|further|new)\s+(?:\S+\s+)?(?:options?|alternatives?|choices?|"
    r"cover|depth|competition|headache|boost|selection)\b)"
    # "have given Paulo Fonseca the striker he asked for"
    r"|(?:given|give|gives|giving)(?=\s+⟦P\d+⟧\s+(?:the|a|an|his)\s+(?:\S+\s+){0,2}?(?:striker|forward|signing|player|"
    r"defender|midfielder|winger|reinforcements?|keeper|goalkeeper|number\s+nine)\b))\s+(?:the\s+)?"
    # ("as cover for the injured Rodri")
    r"(?:(?:injured|veteran|first-choice|captain|skipper|ageing|suspended|out-of-form)\s+)?"
    # ("play under his former Liverpool team-mate Steven Gerrard")
    # ("managed by former Wolves and Tottenham boss Nuno Espirito Santo")
    r"(?:(?:(?:his|her|their)\s+)?(?:former|old|ex-|one-time)\s+(?:⟦C\d+⟧\s+(?:and\s+⟦C\d+⟧\s+)?)?(?:[a-z-]+\s+){1,2})?⟦P(\d+)⟧"
    # (not a man's own step: "thrown into disarray by Nagelsmann's decision to withdraw")
    r"(?!(?:'s|’s)\s+(?:late\s+|sudden\s+|shock\s+)?(?:decision|refusal|withdrawal|rejection|choice|u-turn)\b)"
    # the one who admires is not the one admired: "X remains a huge admirer"
    r"|⟦P(\d+)⟧\s+(?:still\s+|also\s+)?(?:(?:remains|is|has\s+long\s+been|has\s+been|"
    r"is\s+(?:understood|said|thought|believed|known)\s+to\s+be)\s+)?(?:a|an)\s+(?:\S+\s+)?"
    r"(?:admirer|fan)\b"
    # a move that failed, named by its person: "moved on from their X disappointment by signing Y"
    r"|⟦P(\d+)⟧\s+(?:disappointment|failure|setback|letdown|heartbreak)\b"
)
# a team-mate to be: "Mane joins Ronaldo at Al Nassr", "link up with Salah at Anfield"
_TEAMMATE = compile_prefiltered(
    r"(?:joins?|joined|joining)\s+⟦P(\d+)⟧\s+(?:at|in)\s+(?:the\s+)?⟦C"
    # "Isak would join Hugo Ekitike, who arrived from Frankfurt": the team-mate he would join
    r"|(?<=would\s)join\s+⟦P(\d+)⟧(?=\s*,)"
    # "he would link up with his compatriot Julio Enciso", "a new striker to partner Romelu Lukaku"
    r"|(?:link\w*\s+up\s+(?:(?:once\s+)?again\s+)?with|team\w*\s+up\s+(?:(?:once\s+)?again\s+)?with|"
    rf"{_NOT_WANTED_BACK}reunit\w*\s+with|(?:(?<=to\s)|(?<=will\s)|(?<=would\s)|(?<=could\s))partner)\s+"
    r"(?:his\s+|her\s+)?(?:(?:former\s+|old\s+|fellow\s+)?(?:⟦C\d+⟧\s+)?[a-z-]+\s+)?⟦P(\d+)⟧"
    # "Emery is set to lose Jhon Duran to Al-Nassr": the one who loses a player is no mover
    r"|⟦P(\d+)⟧\s+(?:\S+\s+){0,3}?(?:lose|losing)\s+(?=⟦P)"
    # "Dewsbury-Hall followed Maresca from Leicester": the manager he followed
    r"|\bfollowed\s+⟦P(\d+)⟧\s+(?=from\s+(?:the\s+)?⟦C)"
    # "reuniting the Uruguay striker with Lionel Messi": the team-mate already there
    # ("the prospect of pairing him again with his former Barcelona teammate Messi")
    r"|(?:reunit(?:e|es|ed|ing)|pair(?:s|ed|ing)?)\s+(?:⟦P\d+⟧\s+(?:again\s+)?|(?:the\s+|him\s+|them\s+)?(?:[^\s⟦⟧]+\s+){1,3}?)with\s+"
    r"(?:his\s+|her\s+)?(?:(?:former\s+|old\s+)?(?:⟦C\d+⟧\s+)?[a-z-]+\s+)?⟦P(\d+)⟧"
)
_FIRST_PERSON = compile_prefiltered(r"(?:^|\s)(?:i|i'm|i’m|my|me|we|we're|we’re|our|us)\b")
# "did not see his future at San Siro"
_NOT_SEEN = compile_prefiltered(r"(?:not|never|n't)\s+see\s+(?:his|her|their|⟦P\d+⟧|a)\s+$")
# a club the person himself negotiates with: "held talks with Enzo Maresca's side over personal terms"
_TERMS_TALKS = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:over|on|about|regarding)\s+(?:personal\s+terms|(?:a\s+|his\s+)?(?:contract|salary|wages)\b|"
    # "held talks with Feyenoord about succeeding Dick Advocaat": the club that would employ him
    r"(?:succeeding|replacing|becoming|taking\s+over|taking\s+charge|the\s+(?:job|vacancy|role|post|head\s+coach\s+role)\b))"
    # "Edin Dzeko has agreed a two-year contract with the Nerazzurri": the person's yes to his buyer
    r"|⟦P\d+⟧\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|now\s+|already\s+)?agreed\s+(?:an?\s+|personal\s+)?(?:[\w-]+\s+)?"
    r"(?:contract|deal|terms)\s+with\s+(?:the\s+)?⟦C(\d+)⟧"
)
_ADMIRER = compile_prefiltered(r"\b(?:admirer|admirers|big\s+fan|fan\s+of|admires?|admired)\b")
# two men and two clubs named in the same order (see _records)
_RESPECTIVE = compile_prefiltered(
    r"⟦P(\d+)⟧\s+and\s+⟦P(\d+)⟧\s+[^⟦;]*?\bto\s+(?:the\s+)?⟦C(\d+)⟧\s+and\s+(?:the\s+)?⟦C(\d+)⟧"
)
# a second player in the same deal: "with goalkeeper Y moving to Tyneside as part of the deal"
_PART_OF_DEAL = compile_prefiltered(
    r"(?:(?:⟦N\d+⟧|[^\s⟦]+)\s+){0,2}?⟦P\d+⟧\s+(?:(?:,\s*|and\s+)⟦P\d+⟧\s+)*(?:moving|heading|going|switching|joining|coming)\s+(?:to\s+)?(?:the\s+)?⟦C\d+⟧\s+"
    r"(?:on\s+(?:a\s+)?loan\s+)?(?:(?:as\s+part\s+of|in)\s+the\s+(?:same\s+)?(?:deal|operation|transfer|agreement|exchange|swap)"
    # ("with Y joining the Portuguese club in a separate deal"): told as the sentence's deal is
    r"|in\s+a\s+separate\s+(?:deal|transfer|agreement|move)"
    # ("with Areola moving to the Bernabeu in the opposite direction")
    r"|in\s+the\s+opposite\s+direction|the\s+other\s+way)"
    # ("has signed at Old Trafford, with the Armenian moving to Arsenal."): the sentence's deal, told last
    r"|(?:[^\s⟦]+\s+){0,2}?⟦P\d+⟧\s+(?:moving|heading|going|switching)\s+to\s+(?:the\s+)?⟦C\d+⟧\s*[.;]?\s*$"
)
# the second man of a swap: "while Miralem Pjanic moves the other way"
_OTHER_WAY_TEXT: Final = (
    # ("with Brazil defender Danilo going the other way")
    r"(?:(?:⟦N\d+⟧|[^\s⟦⟧]+)\s+){0,2}?⟦P\d+⟧(?:(?:,\s*|\s+and\s+)⟦P\d+⟧)*\s+"
    r"(?:is\s+|are\s+|will\s+|has\s+|have\s+|(?:is|are)\s+set\s+to\s+)?(?:moves?|moved|moving|heads?|headed|heading|"
    r"goes|go|going|gone|went|switch(?:es|ed|ing)?|comes?|coming|travels?|travelling)\s+"
    r"(?:the\s+other\s+way|in\s+the\s+opposite\s+direction)\b"
)
_OTHER_WAY = compile_prefiltered(_OTHER_WAY_TEXT)
# (the club named after it: "with Joao Felix heading the other way to Chelsea")
_OTHER_WAY_TO = compile_prefiltered(rf"{_OTHER_WAY_TEXT}\s+to\s+(?:the\s+)?⟦C\d+⟧")
_ELLIPSIS = compile_prefiltered(r"(?:was|were|is|are|did|does|do|has|have|had)\s+(?=(?:the\s+)?⟦)")
# the squad a signing joins: "a forward line that includes Harry Kane, Michael Olise and Serge Gnabry"
_SQUAD_LIST = compile_prefiltered(
    r"\b(?:squad|line|line-up|lineup|side|team|midfield|attack|defence|defense|group|dressing\s+room|roster|frontline|"
    r"options|rotation|ranks)\s+(?:(?:coached|led|managed|built|assembled|run)\s+by\s+⟦P\d+⟧\s+)?"
    r"(?:in\s+which|where|(?:that|which)\s+(?:already\s+)?(?:includes?|boasts?|features?|contains?|has|have))\b"
    r"|\bthe\s+likes\s+of\b"
)
_LIST_STOP = compile_prefiltered(r";|\s(?:but|while|whereas|although)\s")
# the injured one whose place a signing would fill: "while Dusan Vlahovic is sidelined"
_INJURED = compile_prefiltered(
    r"⟦P(\d+)⟧\s+(?:is|are|was|remains|has\s+been)\s+(?:currently\s+|still\s+|now\s+)?"
    r"(?:sidelined|injured|out\s+(?:injured|for\s+the\s+season|for\s+(?:several|six|eight|\d+)|with|until))\b"
    # "reacting to Kai Havertz's knee injury"
    r"|⟦P(\d+)⟧(?:'s|’s)\s+(?:[^\s⟦⟧]+\s+){0,3}?(?:injury|injuries|knee|hamstring|ankle|groin|calf|achilles|acl)\b"
)
# bystanders named by their part in a player's story: "the ideal partner for Pedri", "his former coach
# Ruben Amorim", "has been won over by Ange Postecoglou" (the one who persuades)
_NAMED_BY_PART = compile_prefiltered(
    r"\b(?:partner|partners|foil|understudy|back-up|competition|cover)\s+(?:for|to)\s+⟦P(\d+)⟧"
    r"|\b(?:his|her|their)\s+(?:former|old|ex-?)\s+(?:⟦C\d+⟧\s+)?(?:coach|manager|boss|mentor|team-?mate)\s+⟦P(\d+)⟧"
    r"|\b(?:won\s+over|convinced|persuaded|sold\s+on\s+the\s+project)\s+by\s+⟦P(\d+)⟧"
    # the one who persuades a man to stay or come: "Conte's first task will be to convince him to stay"
    # (not the one spoken with: "intends to speak with the full-back to convince him to stay")
    r"|(?<!with\s)(?<!to\s)(?<!of\s)⟦P(\d+)⟧(?:'s|’s)?\s+(?:[^\s⟦⟧]+\s+){0,6}?(?:convince|persuade)\s+⟦P\d+⟧\s+to\b"
)
_NAMED_BY_PART_HINT = compile_prefiltered(
    r"(?:for|to|by|coach|manager|boss|mentor|mate|convince|persuade) ⟦P"
)
# a verb whose subject is not the person before it: "are admirers of X and have been tracking Y"
_AND_VERB = compile_prefiltered(r"\s+and\s+(?:have|has|had|are|is|were|was|will|would)\b")
# people named for their part around a move, not as its mover
# players a buyer puts into its offer ("€100m plus Ivan Rakitic and Jean-Clair Todibo", "Mkhitaryan plus
# cash"): they would go to the selling club, not to the buyer
_MAKEWEIGHT_LEAD = compile_prefiltered(
    rf"(?:{MONEY}|cash|money)\s+(?:in\s+cash\s+)?plus\s+"
    # ("Barcelona proposal for Neymar including Rakitic and Todibo")
    r"|(?:offer|bid|proposal|package)\s+(?:for\s+⟦P\d+⟧\s+)?(?:(?:which|that)\s+)?(?:also\s+)?"
    r"(?:including|includes|included|involving|involves|involved)\s+"
)
_MAKEWEIGHT = compile_prefiltered(
    # (a description before him, not a preposition or the money's own terms: "plus add-ons for Garnacho",
    # "€60m plus add-ons, David Neres joined Napoli" offer nobody)
    r"(?:the\s+(?:loan|services)\s+of\s+)?"
    r"(?:(?!(?:for|to|from|of|in|on|with|as|at|by|add-ons|bonus|bonuses|variables|incentives)\s)(?:[\w'’-]+|⟦N\d+⟧)\s+){0,2}?"
    r"⟦P(\d+)⟧"
)
_MAKEWEIGHT_AND = compile_prefiltered(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_PLUS_CASH = compile_prefiltered(rf"⟦P(\d+)⟧\s+plus\s+(?:cash|money|a\s+fee|{MONEY})")
_MAKEWEIGHT_KIND: Final = {
    "bid": "bid", "bid_rejected": "bid", "talks": "talks", "pending": "talks", "agreed": "agreed",
    "done": "done",
}  # fmt: skip
# a man a signing reunites with someone, named after it: "reuniting Antonio Conte with Fabio Paratici"
_REUNITING = compile_prefiltered(r"(?<=,\sreuniting\s)⟦P(\d+)⟧(?=\s+with\b)")
# a departure told as behind the news: "follows the exits of Tanguy Ndombele to Lyon"
_DEPARTURE_BEHIND = compile_prefiltered(
    r"\b(?:follow(?:s|ed|ing)?|after)\s+the\s+(?:exits?|departures?|sales?)$"
)
_BYSTANDER = compile_prefiltered(
    # an injury or a role in the team: "as Maddison blow forces their hand", "with James Maddison facing
    # most of the season out", "with Kai Havertz set to operate in a different role"
    # (every alternative opens on the person's placeholder, so the pattern is tried only there)
    r"⟦P(\d+)⟧\s+(?:injury\s+)?blow\b|"
    # "capable of challenging Aaron Ramsdale", "after injuries to Dani Carvajal and Eder Militao": the man
    # a signing would compete with or replace for now, not a mover
    r"(?<=challenging\s)⟦P(\d+)⟧|(?<=injuries\sto\s)⟦P(\d+)⟧|(?<=injuries\sto\s)⟦P\d+⟧\s+and\s+⟦P(\d+)⟧|"
    # "who would follow Enzo Maresca to Stamford Bridge": the man gone before, not this mover
    r"(?:(?<=follow\s)|(?<=follows\s)|(?<=followed\s))⟦P(\d+)⟧(?=\s+(?:to|from)\s)|"
    # "was dismissed by Les Parisiens and replaced by Mauricio Pochettino": the successor leaves nothing
    r"(?<=and\sreplaced\sby\s)⟦P(\d+)⟧|"
    # "a team-mate of Lionel Messi": company, not a mover
    r"(?<=team-mate\sof\s)⟦P(\d+)⟧|(?<=teammate\sof\s)⟦P(\d+)⟧|"
    # "joins Manchester United in swap deal with Henrikh Mkhitaryan": the man going the other way
    r"(?<=swap\sdeal\swith\s)⟦P(\d+)⟧|(?<=swap\swith\s)⟦P(\d+)⟧|(?<=in\sexchange\sfor\s)⟦P(\d+)⟧|"
    # ("joins Manchester United from Arsenal in Henrikh Mkhitaryan swap")
    r"(?<=in\s)⟦P(\d+)⟧(?=\s+swap\b)|"
    # "could turn to X after Rodri injury", "after Bruno Fernandes recommendation": the cause, not a mover
    rf"(?<=after\s)⟦P(\d+)⟧(?:'s|’s)?\s+(?:\S+\s+)?(?:{CAUSE_WORDS})\b|"
    # "Manchester United, where former Sporting coach Ruben Amorim now works"
    r"\bwhere\s+(?:(?:former|ex-)\s*)?(?:⟦C\d+⟧\s+)?(?:(?:head\s+)?coach\s+|manager\s+|boss\s+)?⟦P(\d+)⟧\s+(?:now\s+)?"
    r"(?:works|coaches|manages|plays)\b|"
    # "wants him as a new option with Noni Madueke": the men he would compete with
    r"(?:(?<=option\swith\s)|(?<=options\swith\s))⟦P(\d+)⟧|"
    # "Arsenal, who are without the injured Gabriel Jesus": a man missing, not one moving
    r"(?<=without\s)(?:the\s+)?(?:injured|suspended|sidelined|crocked|absent)\s+(?:[\w-]+\s+)?⟦P(\d+)⟧|"
    r"(?<=with\s)⟦P(\d+)⟧\s+(?:facing|set\s+to\s+miss|ruled\s+out|sidelined|out\s+injured|still\s+injured|"
    r"(?:set|expected|likely|due)\s+to\s+(?:operate|play|start|feature|line\s+up|be\s+used|return\s+from))\b|"
    # "where Simone Inzaghi is now in charge"
    r"(?<=where\s)⟦P(\d+)⟧\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:in\s+charge|the\s+(?:manager|coach|boss|head\s+coach))"
    # "Conte is pushing for a reunion with the Belgian": the one who pushes for a signing
    r"|⟦P(\d+)⟧\s+(?:is\s+|was\s+|has\s+been\s+)?(?:pushing|pressing|calling|lobbying)\s+(?:hard\s+)?for\b"
    # "after Amorim freezes him out": the manager who drops a player
    r"|⟦P(\d+)⟧\s+(?:freezes|froze|has\s+frozen|freezing|drops|dropped|has\s+dropped|benches|benched|omits|omitted)\s+"
    r"(?:him|her|⟦P\d+⟧)(?:\s+out)?\b"
    # "after a public falling-out with manager Erik ten Hag": the man he fell out with
    r"|\b(?:falling-out|fall-out|falling\s+out|row|feud|bust-up|rift|clash)\s+with\s+(?:(?:the\s+)?(?:manager|head\s+coach|"
    r"coach|boss)\s+)?⟦P(\d+)⟧"
    # "will be assisted by Mike Phelan, Michael Carrick and Kieran McKenna": a new coach's staff
    r"|\bassisted\s+by\s+[^⟦.;]{0,40}?⟦P(\d+)⟧"
    # "after losing his place to Guglielmo Vicario": the one who took it; "assistant to Arne Slot": his boss
    r"|\b(?:lost|losing|lose|loses)\s+(?:his|her|their)\s+(?:starting\s+|first-team\s+)?(?:place|spot|shirt|role|position|job)"
    r"\s+(?:in\s+the\s+(?:team|side)\s+)?to\s+⟦P(\d+)⟧"
    r"|\b(?:assistant|number\s+two|deputy|right-hand\s+man|no\.?\s*2)\s+(?:to|of)\s+⟦P(\d+)⟧"
    # "left Liverpool for Al-Ettifaq, where Steven Gerrard is manager": the club's manager, no mover
    r"|\bwhere\s+⟦P(\d+)⟧\s+(?:is|was|has\s+been)\s+(?:the\s+)?(?:manager|head\s+coach|coach|boss|in\s+charge)\b"
    # the manager who brings men in: "David Moyes has since strengthened his midfield with X", "coach Jorge
    # Jesus welcomed Ruben Neves from Wolves"
    r"|⟦P(\d+)⟧\s+(?:has\s+|have\s+|had\s+)?(?:since\s+|also\s+|already\s+)?"
    r"(?:strengthened\s+(?:his|their|its|the)\s+\S+\s+with|welcomed(?!\s+back\b))\s+(?=(?:[^\s⟦⟧]+\s+|⟦N\d+⟧\s+){0,2}?⟦P)"
    # "Claudio Ranieri, now senior adviser to the Friedkin family, chose him personally": the chooser
    r"|⟦P(\d+)⟧(?:,[^,⟦]{0,60},)?\s+(?:chose|picked|selected|has\s+chosen|has\s+picked)\s+(?=him\b|her\b|them\b|⟦P)"
    # "as Howe plots winter swoop": the manager who plots a move for a player
    r"|⟦P(\d+)⟧\s+(?:plots|plans|prepares|readies|lines\s+up)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:swoop|raid|move|bid|offer|deal)\b"
    # "The former Juventus coach is in talks with Aurelio De Laurentiis": a club's president or director
    # (not talks with a candidate that ended: "Tottenham turned to X after negotiations with Antonio Conte
    # broke down")
    r"|⟦P\d+⟧[^⟦.;,]{0,60}?\b(?:in\s+talks|held\s+talks|negotiating|negotiations|discussions)\s+with\s+⟦P(\d+)⟧"
    r"(?!\s+(?:had\s+)?(?:broke\s+down|collapsed|stalled|failed|fell\s+through|ended)\b)"
    # "Maresca wants KDH reunion": the manager who wants to work with a player again
    r"|⟦P(\d+)⟧\s+(?:wants|eyes|plots|plans|seeks|targets)\s+(?:\S+\s+){0,2}?reunion\b"
    # "Unai Emery added Harvey Elliott": the one who adds a player
    # ("Mikel Arteta had signed Riccardo Calafiori": one who signs a man acts for a club; "X had been
    # looking for a winger, having signed Y": the sentence's subject did the signing)
    r"|⟦P(\d+)⟧\s+(?:has\s+|have\s+|had\s+)?(?:added|brought\s+in|landed|snapped\s+up|signed)\s+(?=(?:[\w-]+\s+){0,2}?⟦P)"
    r"|^⟦P(\d+)⟧[^.;]{0,200}?,\s+having\s+(?:already\s+)?(?:signed|added|brought\s+in|landed|recruited)\s+(?=(?:[\w-]+\s+){0,2}?⟦P)"
    # "already home to Karim Benzema and N'Golo Kante", "eye Luis Suarez reunion with Lionel Messi": men
    # already at the club
    # ("to take over a squad featuring Karim Benzema and N'Golo Kante": the men he would coach)
    r"|(?:(?<=home\sto\s)|(?<=⟧\sreunion\swith\s)|(?<=⟧'s\sreunion\swith\s)|(?<=squad\sfeaturing\s)"
    r"|(?<=squad\sincluding\s)|(?<=squad\sboasting\s)|(?<=side\sfeaturing\s)|(?<=side\sincluding\s))⟦P(\d+)⟧"
    # "since Ruben Amorim took charge": the man in charge since, no move
    r"|(?<=since\s)⟦P(\d+)⟧\s+(?:took|has\s+taken|was\s+appointed|arrived)\b"
    # "Cristiano Ronaldo is said to have personally encouraged the Portugal midfielder to join him"
    r"|⟦P(\d+)⟧\s+(?:is\s+said\s+to\s+have\s+|has\s+|had\s+|have\s+)?(?:personally\s+)?"
    r"(?:encouraged|urged|persuaded|convinced|advised|begged)\s+(?=him\b|her\b|the\s|⟦[PN])"
    # "whom Luis Enrique wants as his number one": the one who wants him
    r"|(?<=whom\s)⟦P(\d+)⟧\s+(?:wants|wanted|rates|rated|admires|admired|sees|saw|likes|liked)\b"
    # "head coach Ronny Deila called him 'a leader for our young group'": one who describes a player
    r"|⟦P(\d+)⟧\s+(?:called|described|labelled|labeled|hailed|praised)\s+(?=him\b|her\b|⟦P)"
    # "Antonio Conte has put Inter's Dutch wing-back at the top of his summer list": the one making the list
    r"|⟦P(\d+)⟧\s+(?:has\s+|had\s+)?(?:put|puts|placed|places)\s+[^.;]{1,60}?\s+(?:at\s+the\s+top\s+of|top\s+of|on)\s+"
    r"(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:list|wishlist|shortlist|agenda)\b"
    # "Erik ten Hag, who coached De Jong at Ajax, had made him his No 1 target": the one wanting him
    r"|⟦P(\d+)⟧(?:,[^,;]{0,80},)?\s+(?:has\s+|had\s+)?made\s+(?:him|her|⟦P\d+⟧)\s+(?:his|her)\s+"
    r"(?:no\.?\s*1|number\s+one|top|main|first|priority|prime|primary)\s+(?:[\w-]+\s+)?target\b"
    # "where he joins Billy Gilmour in Antonio Conte's midfield": a team-mate to be
    r"|(?:(?<=\sjoins\s)|(?<=\sjoined\s)|(?<=\sjoining\s))⟦P(\d+)⟧(?=\s+(?:in|at|alongside|on)\b)"
    # "after Bruno Fernandes recommendation", "recommended by X": the one who recommends a signing; "leaving
    # Arne Slot without the specialist he wanted": a manager left wanting
    r"|⟦P(\d+)⟧(?:'s|’s)?\s+recommendation\b|(?:(?<=recommended\sby\s)|(?<=recommended\shim\sby\s))⟦P(\d+)⟧"
    r"|(?<=leaving\s)⟦P(\d+)⟧\s+(?:without|short|frustrated|searching|looking)\b"
    # "held initial discussions with Pini Zahavi, the agent of the former Germany coach": the go-between
    r"|⟦P(\d+)⟧,\s+(?:the|his|her)\s+(?:agent|representative|adviser|advisor|lawyer|intermediary)\s+(?:of|for|to)\b"
    # "Tottenham, now managed by Mbeumo's former boss Thomas Frank, are also keen": the club's manager
    # (every alternative opens on a placeholder, lookbehinds first: it is tried at placeholders only)
    r"|(?:(?<=managed\sby\s)|(?<=coached\sby\s)|(?<=by\s⟦P\d⟧'s\sformer\sboss\s)|(?<=by\s⟦P\d\d⟧'s\sformer\sboss\s))⟦P(\d+)⟧"
    # "a move that has raised questions about Aaron Ramsdale's status as No 1": the incumbent
    r"|(?:(?<=about\s)|(?<=over\s))⟦P(\d+)⟧(?:'s|’s)\s+(?:status|place|role|spot|position)\b"
    # "The club are comfortable with Nicolas Jackson leading the line": the man in the team
    r"|⟦P(\d+)⟧\s+(?:leading|leads|led)\s+the\s+line\b"
    # "where Jacob Murphy and Miguel Almirón are the only senior options": the incumbents
    r"|⟦P(\d+)⟧\s+(?:is|are)\s+(?:the\s+)?(?:only|current|first-choice|regular|established|incumbent)\s+(?:[\w-]+\s+)?"
    r"(?:options?|starters?|choices?|incumbents?)\b"
    # "see a parallel with Jude Bellingham": a model, not a mover
    r"|(?:parallels?\s+with|comparisons?\s+(?:with|to)|compared\s+(?:to|with)|likened\s+to|in\s+the\s+mould\s+of)"
    r"\s+⟦P(\d+)⟧"
    # "coach Xavi said the Catalan club was not in a position to bring him back": one speaking for a club
    r"|⟦P(\d+)⟧(?=\s+(?:said|says|insisted|insists|admitted|admits|explained|added)\s+(?:that\s+)?⟦C\d+⟧)"
    # "Aurelio De Laurentiis confirmed the appointment": the one who announces it, not the one appointed
    r"|⟦P(\d+)⟧\s+(?:has\s+|have\s+)?(?:confirmed|announced|revealed|made\s+official)\s+(?:the\s+|his\s+|their\s+)?"
    r"(?:appointment|signing|arrival|agreement|decision|departure|news)\b"
    # "following the sale of Declan Rice", "his public row with Erik ten Hag": a past move, a quarrel
    # (lookbehinds, so that the alternative opens on the placeholder like the others)
    r"|(?:(?<=following\sthe\ssale\sof\s)|(?<=following\sthe\sdeparture\sof\s)|(?<=following\sthe\sexit\sof\s)|(?<=following\sthe\sloss\sof\s)|"
    r"(?<=after\sthe\ssale\sof\s)|(?<=after\sthe\sdeparture\sof\s)|(?<=after\sthe\sexit\sof\s)|(?<=after\sthe\sloss\sof\s))⟦P(\d+)⟧"
    r"|(?:(?<=\srow\swith\s)|(?<=\sfeud\swith\s)|(?<=\sclash\swith\s)|(?<=\sfallout\swith\s)|(?<=\sbust-up\swith\s))⟦P(\d+)⟧"
    # the coach who signs: "Simeone has already spent heavily, bringing in X"
    r"|⟦P(\d+)⟧(?=\s+[^⟦,.;]{0,60},\s+(?:bringing\s+in|snapping\s+up|recruiting)\s+(?:[^\s⟦⟧,]+\s+){0,3}?⟦P)"
)
# a manager who wants players is not moving himself: "X wants a new striker"
_WANTS_PLAYERS = compile_prefiltered(
    # (after his own relative clause too: "X, who has Watkins through the middle, wants more pace")
    r"⟦P(\d+)⟧(?:,\s+(?:who|whose)\s+[^,;]{1,80},)?\s+(?:also\s+|still\s+)?"
    r"(?:wants|wanted|needs|needed|is\s+looking|is\s+keen|is\s+eager|targets|is\s+targeting|hunts|is\s+hunting|seeks|"
    r"looks\s+to\s+(?:bolster|strengthen|add\s+to|reinforce|improve)|"
    r"picks|picked|has\s+picked|chooses|has\s+chosen|identifies|has\s+identified|"
    r"(?:has\s+been\s+|had\s+been\s+|is\s+|was\s+)?push(?:ing|ed)\s+for)\s+[\"“‘']?"
    r"(?:for\s+|to\s+(?:add|strengthen|bolster|reinforce|improve|sign)\s+)?"
    r"(?:a|an|another|two|three|new|more|reinforcements|further|his|the|experience|cover|depth|quality|"
    r"competition|options|man|engine-room|midfield|defensive|attacking|striker|successor|replacement|target|"
    r"upgrade|pace|goals|width|creativity|energy|physicality|presence|firepower|bodies|numbers|leadership|"
    r"both|pair|duo|trio)\b(?!\s+(?:move|switch|transfer|exit|departure|return|loan|challenge)\b)"
    # one who wants to keep a player: "X had hoped to keep him"
    r"|⟦P(\d+)⟧\s+(?:had\s+|has\s+)?(?:hoped|hopes|wanted|wants|tried|is\s+keen|was\s+keen|is\s+desperate)\s+to\s+"
    r"(?:keep|retain|hold\s+on\s+to)\b"
    # the coach who adds players: "Jurgen Klopp has already added Alexis Mac Allister from Brighton"
    r"|⟦P(\d+)⟧\s+(?:has\s+|had\s+)?(?:already\s+|also\s+)?(?:added|brought\s+in|recruited|welcomed)\s+(?:[^\s⟦⟧]+\s+){0,3}?⟦P"
    # the coach a signing is for: "brought in X on loan to give Ronald Koeman a physical presence"
    r"|\bto\s+(?:give|offer|hand|provide)\s+⟦P(\d+)⟧\s+(?:a|an|another|more|extra|further|some|the|greater|added)\s"
    # (not his own contract: "opted not to offer Andrew Robertson a new contract")
    r"(?!(?:new\s+|fresh\s+|long-term\s+|improved\s+|lucrative\s+|[\w-]+-year\s+)*(?:contract|deal|extension|renewal|terms)\b)"
)
# one asked about a move, not making it: "Abel Ferreira was asked about the offer"
# the owner of the future an exit cue speaks of: "leaves ⟦P1⟧'s future in doubt"
_WHOSE_FUTURE = compile_prefiltered(r"⟦P(\d+)⟧(?:'s|’s)\s+$")
_ENDED_OBJECT = compile_prefiltered(
    r"\s+(?:in|for|of)\s+(?:⟦C\d+⟧(?:'s|’s)\s+(?:\S+\s+){0,2}?)?⟦P(\d+)⟧"
    # "played down reports linking Celtic with Midtjylland striker X": X's move, not the speaker's
    r"|(?<=linking)\s+⟦C\d+⟧\s+(?:with|to)\s+(?:(?:the\s+)?⟦C\d+⟧(?:'s|’s)?\s+(?:\S+\s+){0,2}?)?⟦P(\d+)⟧"
)
_ASKED = compile_prefiltered(
    r"⟦P(\d+)⟧\s+(?:(?:was|were|has\s+been|is)\s+(?:asked|quizzed|questioned)\s+(?:about|on|over)"
    r"|(?:would\s+not|wouldn't|refused\s+to|declined\s+to|did\s+not\s+want\s+to)\s+(?:discuss|comment\s+on|talk\s+about)"
    # "Antonio Conte has asked for the Scotland midfielder": the manager who asks for a player
    r"|(?:has\s+|had\s+|have\s+)?asked\s+for(?=\s+(?:⟦P|the\s|a\s|an\s|another\s|two\s|three\s|new\s)))\b"
)
# a manager judging a player: "X sees Y as ...", "X rates Y highly"; the one praised or thanked is no mover
_JUDGE = compile_prefiltered(
    r"⟦P(\d+)⟧\s+(?:also\s+|still\s+|reportedly\s+)?(?:sees|views|regards|rates|considers)\s+(?:the\s+)?⟦P\d+⟧"
    r"|\b(?:praised|praises|thanked|thanks|credited|hailed|judging|deeming)\s+⟦P(\d+)⟧"
    # the coach who decides with the club's staff acts for it: "Ruben Amorim and the recruitment team decided"
    r"|⟦P(\d+)⟧\s+and\s+(?:the|his|their|its)\s+(?:recruitment|scouting)\s+(?:team|department|staff)\b"
    # "José Mourinho appreciates him a lot": the one who rates the player
    r"|⟦P(\d+)⟧\s+(?:also\s+|really\s+|greatly\s+)?(?:appreciates|admires|values|is\s+a\s+(?:big\s+|huge\s+)?fan\s+of)\s+(?:him\b|her\b|⟦P\d+⟧)"
)
# a speaker reporting on someone else: "X admitted he expects Y to leave", "X said Arsenal want Y"
_SPEAKER = compile_prefiltered(
    r"⟦P(\d+)⟧\s+(?:\S+\s+){0,2}?(?:said|says|admitted|admits|expects|expected|believes|insisted|insists|claims|"
    r"claimed|revealed|reveals|confirmed|confirms|explained|explains|hinted|hints|thinks|feels|"
    r"made\s+(?:it\s+)?clear|makes\s+(?:it\s+)?clear|accepted|accepts|conceded|concedes|acknowledged|acknowledges)\b"
)
# a club the report is about, as its subject: "the club are still negotiating"
_CLUB_REPORTED = compile_prefiltered(r"(?:club|⟦C\d+⟧)\s+(?:are|is|have|has|will|would|remain|remains)\b")
# people the report is about, told as a group: "both players", "the pair", "all three"
_OTHERS_NAMED = compile_prefiltered(
    r"(?:both|all|these|those|the\s+two|the\s+three|two|three)\s+(?:of\s+them|players|men|pair|duo|trio|youngsters|"
    r"forwards|strikers|midfielders|defenders|wingers)\b|the\s+(?:pair|duo|trio)\b"
)
_EXPECTS_STAY = compile_prefiltered(
    r"⟦P(\d+)⟧\s+(?:\S+\s+){0,3}?(?:expects?|expected|believes?|believed|insists?|insisted|said|says|hopes?|hoped|"
    r"is\s+confident|was\s+confident)\s+(?:\S+\s+){0,3}?⟦P(\d+)⟧(?:\s+\S+){0,2}?\s+"
    r"(?=(?:will|would|is\s+going\s+to|to|was|is)\s+(?:fully\s+|totally\s+|completely\s+)?"
    r"(stay|remain|not\s+going\s+anywhere|going\s+nowhere|committed|see\s+out|honou?r)\b)"
)
# (a quote may open with a condition: "Frank admitted: 'If the right offer comes, Ivan will move on'")
_REPORTED_GAP = compile_prefiltered(
    # ("Guardiola revealed last week that the 34-year-old had asked to leave", "confirmed at his pre-match
    # press conference that Ronaldo had told him ...")
    r"\s*:?\s+(?:(?:last|this|earlier|on|in|at|during|after)\s+[^⟦;,]{0,40}?\s+(?=that\b))?"
    r"(?:(?:if|when|once|should)\b[^⟦;]{0,60}?,\s+)?(?:that\s+)?(?:the\s+)?"
)
# a listener told about someone else: "told X he will stay", "assured X that Y will not leave"
_LISTENER = compile_prefiltered(
    r"\b(?:told|tells|assured|assures|informed|informs|promised|promises|reassured)\s+⟦P(\d+)⟧\s+"
    rf"{TOLD_WHEN}?(?:that\s+)?⟦P(\d+)⟧"  # ("told Pep Guardiola last week that he wanted to leave")
)
# one who tells someone about that someone: "Maresca has told Ben Chilwell he is free to leave"
_TELLER = compile_prefiltered(
    r"⟦P(\d+)⟧\s+(?:has\s+|had\s+)?(?:told|tells|informed|informs|assured|assures)\s+⟦P(\d+)⟧\s+(?:that\s+)?⟦P(\d+)⟧"
)
# injury news, previews and match coverage: no claims, whatever the body says
_NOT_TRANSFER_TITLE = compile_prefiltered(
    r"\b\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|draw|loss|thrashing|triumph|rout|hammering|romp|home\s+win|away\s+win)\b|"
    r"\b(?:injur(?:y|ed|ies)|hamstring|knee|ankle|groin|surgery|operation|scan|sidelined|ruled\s+out\s+(?:for|of|until)|"
    r"team\s+news|"
    r"fitness\s+(?:boost|blow|update|doubt)|predicted\s+line-?up|line-?ups?|kick-off|player\s+ratings|preview|"
    r"talking\s+points|press\s+conference|match\s+report|"
    # awards: "named PFA Players' Player of the Year", "wins the Golden Boot"
    r"player\s+of\s+the\s+(?:year|season|month|tournament)|team\s+of\s+the\s+(?:year|season)|golden\s+(?:boot|ball|glove)|"
    r"ballon\s+d'or|award)\b",
    re.IGNORECASE,
)
# a look back, not news: "Five years on: how X's move changed Leeds", "where are they now?"
_RETROSPECTIVE_TITLE = compile_prefiltered(
    r"\b(?:\w+\s+years?\s+(?:on|since)|years?\s+ago\s+(?:today|this\s+week)|where\s+are\s+they\s+now|anniversary|"
    r"on\s+this\s+day|remember\s+when|looking\s+back|flashback)\b",
    re.IGNORECASE,
)
_TRANSFER_TITLE = compile_prefiltered(
    r"\b(?:transfers?|sign\w*|bids?|offers?|deal|talks|loan|targets?|move|swoop|contract|agree\w*|join\w*|"
    r"linked|interest|approach|medical|fee|sack\w*|appoint\w*|turn\s+to|replacements?|eye(?:s|ing)?|plot\w*|"
    r"scout\w*|enquir\w*|swoop\w*|part(?:s|ed)?\s+ways|quits?|resign\w*|steps?\s+down|dismiss\w*|fired|"
    # (not a competition's "Champions League exit", "FA Cup exit": a result)
    r"leave|leaves|leaving|(?<!league\s)(?<!cup\s)(?<!european\s)exit|departure|successor|succeed\w*)\b",
    re.IGNORECASE,
)
# a decision between clubs, not a leaning ("prefers a move"): the clubs not chosen are off
# ("before opting for Turin", "before choosing Juventus"; not "choosing to prioritise a centre-back")
_DECIDED = compile_prefiltered(
    r"\b(?:cho(?:se|sen|oses)|choosing(?!\s+to\b)|opt(?:s|ed|ing)\s+for|picks?|picked|in\s+favou?r\s+of|choice|settled\s+on)\b",
    re.I,
)
_JOINS_INSTEAD = compile_prefiltered(
    r"\b(?:join|joins|joined|joining|sign|signs|signed|signing|move|moves|moved)\s+(?:for\s+|to\s+)?(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+instead\b"
    # "has instead taken over at West Ham", "instead joined Sevilla"
    r"|\binstead\s+(?:taken\s+over|took\s+over|joined|signed|moved|gone|went|opted|chosen|chose|agreed|accepted)\b"
)
_NEGOTIATED: Final = frozenset({Stage.BID, Stage.TALKS, Stage.AGREED})
# the words of bids, talks and agreements: an item under other news with none of them is not read (every
# bid or talks cue has one of them; an agreement told only as a forecast, "is set to join", is not read there)
_NEGOTIATION_WORDS = compile_prefiltered(
    r"bid|offer|talk|negotiat|discuss|proposal|fee|terms|contact|meet|package|propos|approach|enquir|deal|"
    r"agree|accept|reject|turn|snub|rebuff|€|£|\$|million|\dm\b",
    re.IGNORECASE,
)
# below a headline of other news, the words that make a sentence news of a move rather than background: a
# club watching him now, a target named for the next window, a move completed or an appointment confirmed
# ("Gyokeres is being monitored by Arsenal", "Eric Dier completed his loan move from Tottenham on Sunday")
_NEWS_BELOW = compile_prefiltered(
    r"\b(?:are|is)\s+(?:also\s+|still\s+)?(?:monitoring|tracking|being\s+(?:monitored|tracked))\b|"
    r"\b(?:priority|top|main)\s+targets?\b|\bon\s+(?:their|its)\s+(?:\w+\s+)?shortlist\b|"
    r"\bcompleted\s+(?:his|her)\s+(?:\w+\s+)?move\b|\bappointment\b.{0,60}\bconfirmed\b|"
    r"\brelieved\s+of\s+his\s+duties\b|\bhas\s+ruled\s+himself\s+out\b|"
    # a manager's job at stake, told below a result: "his position is now under serious scrutiny"
    r"\b(?:position|job)\s+(?:is\s+)?(?:now\s+)?under\s+(?:serious\s+|real\s+|intense\s+)?(?:scrutiny|threat)\b|"
    r"\bfuture\s+(?:at\s+(?:\S+\s+){1,3}?)?(?:is\s+)?(?:now\s+)?in\s+(?:serious\s+|grave\s+)?doubt\b|"
    # "is leaving the club at the end of his contract", "both of whom are leaving when their contracts expire"
    r"\b(?:is|are)\s+leaving\s+(?:the\s+club\s+)?(?:at\s+the\s+end\s+of|when\s+(?:his|their)\s+contracts?\s+expires?)|"
    r"\basked\s+about\s+signing\b|"
    # "Barcelona announced that Xavi Hernandez is their new head coach"
    r"\bannounced\s+that\s+(?:\S+\s+){1,4}?is\s+(?:their|its|the\s+club's)\s+new\s+(?:head\s+coach|manager|coach)\b|"
    r"\bpressure\s+(?:builds|is\s+building|mounts|is\s+mounting|grows|is\s+growing)\s+on\b|"
    r"\b(?:future|job|position)\s+(?:is\s+)?(?:now\s+)?hanging\s+by\s+a\s+thread\b|"
    # an approach through a man's camp: "has already made contact with the representatives of Antonio Conte"
    r"\bmade\s+contact\s+with\s+(?:the\s+|his\s+|their\s+|\S+(?:'s|’s)\s+)?(?:representatives|agents?|camp|entourage)\b",
    re.IGNORECASE,
)
# below a headline of other news, the words of a rumour reported rather than a fact of the match or the
# feature: an interest worded so is kept there ("is being linked with a return", "are both tracking Osimhen")
_RUMOUR_HEDGE = compile_prefiltered(
    r"\b(?:(?:have|has)\s+(?:also\s+)?been\s+linked|linked\s+with|is\s+reported\s+to|are\s+reported\s+to|reportedly|"
    r"are\s+understood\s+to|is\s+understood\s+to|are\s+said\s+to|is\s+said\s+to|admired\s+by|admirers|"
    r"keeping\s+(?:close\s+)?tabs|keeping\s+an\s+eye|(?:have|has)\s+been\s+(?:following|monitoring|tracking|watching)|"
    r"mentioned\s+as|among\s+the\s+candidates|long-term\s+target|(?:also|been)\s+considered|amid\s+interest\s+from|"
    r"remains?\s+interested|pole\s+position\s+to\s+sign|on\s+the\s+list|long-time\s+admirer|"
    r"admired\s+at\s+the\s+club|under\s+consideration|"
    r"(?:have|has)\s+(?:both\s+|also\s+)+(?:watched|scouted)|exploring\s+a\s+move|heart\s+set\s+on|"
    r"confident\s+of\s+(?:landing|signing)|"
    r"(?:remain|remains|are|is)\s+(?:still\s+)?determined\s+to\s+(?:sign|bring|land)|"
    # ("with Real Madrid reported to be monitoring the Egypt forward")
    r"(?:reported|said|understood)\s+to\s+be\s+(?:monitoring|tracking|watching|interested|keen|eyeing|considering)|"
    r"(?:are|is)\s+(?:also\s+|both\s+|still\s+)+(?:keen|interested|tracking|monitoring|eyeing|chasing|circling))\b",
    re.IGNORECASE,
)
_ARTICLES: Final = frozenset({"", "a", "an", "the", "any"})
# (a club's legend is one of its past: "Giallorossi legend Daniele De Rossi has been appointed")
_FORMER = compile_prefiltered(r"\b(?:former|ex|legend|icon|great|hero)\b")
# "officially becomes a Chelsea player", "is a Napoli player": the club he joins
_BECOMES = compile_prefiltered(
    r"\b(?:becomes?|became|becoming|as|now|is|will\s+be|would\s+be|to\s+be|not\s+be|won't\s+be)\s+"
    r"(?:(?:now|officially|finally|already|once\s+again|again)\s+)*"
    r"(?:an?\s+|the\s+)?(?:new\s+)?$"
    # "Dávid Hancko, new Atlético de Madrid player": the club he has joined
    r"|(?:^|[,:]\s*|\b(?:a|the|our|their)\s+)new\s+$"
)
_FORMER_BEFORE = compile_prefiltered(r"\b(?:former|ex)\b[^,;]*$")
# "X, who won the Europa League with Eintracht Frankfurt, takes over": a past club
_PREVIOUSLY = compile_prefiltered(
    r"\b(?:formerly|previously|once)\s+(?:of|with|at|coached|managed|played\s+(?:for|at)|starred\s+for|in\s+charge\s+(?:of|at))\s+"
    r"(?:the\s+)?⟦C\d+⟧(?:(?:,\s+|\s+and\s+)(?:the\s+)?⟦C\d+⟧)*"
)
_CLUBS_OF_PEOPLE = compile_prefiltered(
    r"⟦C\d+⟧\s+and\s+(?:the\s+)?⟦C\d+⟧\s+(?:head\s+coaches|managers|bosses|coaches|players|strikers|defenders|"
    r"midfielders|wingers|goalkeepers|stars|duo|pair)\b"
)
# a search for a man not named, just after the cue: "but the club want an experienced number one"
_UNNAMED_OBJECT = compile_prefiltered(
    r"\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:number\s+one|goalkeeper|keeper|striker|forward|winger|"
    r"midfielder|defender|centre-back|full-back|left-back|right-back|playmaker|replacement|successor|"
    # ("with Ole Gunnar Solskjaer eyeing a partner for Fred")
    r"partner|reinforcements?|upgrade|understudy|back-up|backup|centre-forward|attacker)\b"
)
# a man who wants someone, told after "with": "with Ole Gunnar Solskjaer eyeing a partner for Fred"
_WANTING = compile_prefiltered(
    r"⟦P\d+⟧\s+(?:eyeing|wanting|targeting|seeking|chasing|keen\s+to|eager\s+to|determined\s+to|desperate\s+to|"
    r"looking\s+(?:for|to)|hoping\s+to|planning\s+to)\b"
)
# a headline's last story, a club's business with no one named: "... and Everton's late swoop"
_CLUBS_OWN_STORY = compile_prefiltered(rf"{CLUB_STORY}\s*")
# a second deal of the same subject, a clause of its own (sentences.split_clauses)
_SECOND_DEAL = compile_prefiltered(SECOND_DEAL_VERBS)
# the club that lets him go, and the one he goes to: "City are negotiating Ederson's departure with
# Galatasaray"
_DEPARTURE_WITH = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:\S+\s+){0,6}?(?:negotiat\w+|discuss\w*|finalis\w+|finaliz\w+|arrang\w+|agree\w*)\s+"
    r"⟦P\d+⟧(?:'s|’s)\s+(?:departure|exit|sale|transfer|move)\s+(?:with|to)\s+⟦C(\d+)⟧"
)
_SALE = compile_prefiltered(
    r"⟦C(\d+)⟧\s+(?:\S+\s+){0,6}?(?:over|for|about|on)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?⟦P\d+⟧(?:'s|’s)?\s+sale\b"
    # "Sporting announced the sale of Viktor Gyokeres to Arsenal"
    r"|⟦C(\d+)⟧\s+(?:have\s+|has\s+)?(?:announced|confirmed|completed|agreed|finalised)\s+the\s+sale\s+of"
)
# the club that sold him: "Barcelona, who needed to cut their wage bill, also sold Emerson Royal to
# Tottenham" (his club, not a seller role: the subject may buy in the sentence's next clause)
_SOLD = compile_prefiltered(
    r"⟦C(\d+)⟧(?:,[^,.;]*,)?\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|already\s+|now\s+)?"
    # ("Newcastle were forced to sell Elliot Anderson to Nottingham Forest")
    r"(?:sold|(?:were|was|are|is|have\s+been|had\s+been)\s+forced\s+to\s+sell|had\s+to\s+sell|send|sends|sent)\s+(?:[^\s⟦⟧]+\s+){0,2}?⟦P(\d+)⟧"
    # ("Brighton send Percy Tau on loan to Union Saint-Gilloise")
    r"\s+(?:(?:out\s+)?on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\s+)?to\b"
)
_STAY_UNTIL = compile_prefiltered(
    r"(?:\s+(?:on\s+)?(?:at|with|in)\s+(?:[^\s⟦⟧]+\s+){0,2}?(?:⟦C\d+⟧|[^\s⟦⟧]+))?\s+until\s+"
    r"(?:(?:the\s+)?(?:summer|january|june|july|end\s+of\s+the\s+(?:season|campaign|window|month))\b(?!\s*\d)"
    # "will remain in interim charge until the new coach arrives"
    r"|(?:(?:a|the)\s+(?:new|permanent)\s+(?:head\s+coach|coach|manager|boss)|⟦P\d+⟧|(?:his|a)\s+successor)\s+"
    r"(?:arrives|takes\s+over|takes\s+charge|is\s+appointed|is\s+in\s+place|is\s+found)\b)"
)
# a second verb of the sentence's subject, just before a cue ("... and have turned down")
_SECOND_VERB_BEFORE = compile_prefiltered(
    r"\s+and\s+(?:have|has|had|are|is|were|was)\s+(?:also\s+|now\s+|since\s+|already\s+)?$"
)
# a club official who turns a bid down for the seller: "sporting director Klaus Allofs knocked back City's
# opening approach" (his club's refusal, not a man turning a move down)
_OFFICIAL_BEFORE = compile_prefiltered(
    r"\b(?:(?:sporting|technical|football)\s+director|president|chairman|chief\s+executive|ceo|owners?)\s+"
    r"(?:⟦P\d+⟧\s+|(?:[^\s⟦⟧,.;]+\s+){0,3}?)(?:(?:has|have|had)\s+)?(?:already\s+|also\s+|previously\s+)?$"
)
_DISMISSED_SINCE = compile_prefiltered(
    r"\bsince\s+(?:the\s+)?⟦C(\d+)⟧\s+(?:dismissed|sacked|fired|axed|released|let\s+\S+\s+go|parted\s+(?:ways|company))"
    # "out of work since being sacked by Saints in December"
    r"|\bsince\s+(?:being|he\s+was|his)\s+(?:sacked|dismissed|fired|axed|released|departure|exit|sacking|dismissal)\s+"
    r"(?:by|from|at)\s+(?:the\s+)?⟦C(\d+)⟧"
    # "a free agent since leaving Paris St-Germain in the summer"
    r"|\bfree\s+agent\s+since\s+(?:leaving|departing|quitting)\s+(?:the\s+)?⟦C(\d+)⟧"
)
# when a move told as the past was made: "last summer", "two years ago", "in 2021"
_EARLIER_WINDOW = (
    r"(?:last\s+(?:summer|season|year|january)|(?:a|one|two|three)\s+(?:years?|seasons?)\s+ago|in\s+\d{4}|"
    # ("whose talks with Spurs broke down in June", in an October item)
    r"(?<=\s)(?:broke\s+down|collapsed|fell\s+through|ended)\s+in\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december))\b"
)
# a relative clause of an earlier window's story: "whose move collapsed on deadline day last summer"
_DATED_ASIDE = compile_prefiltered(rf"\s*(?:who|whose|which)\b[^;]*?\b{_EARLIER_WINDOW}")
# an end dated to an earlier window: "United's attempt to sign the winger last summer collapsed"
_DATED_END = compile_prefiltered(
    rf"{_EARLIER_WINDOW}\s+(?:collapsed|failed|fell\s+through|broke\s+down|came\s+to\s+nothing)\b"
)
_JOINED_FROM = compile_prefiltered(
    r"\bwho\s+(?:\S+\s+){0,2}?(?:joined|signed\s+for|moved\s+to|arrived\s+at|came\s+to|returned\s+to|arrived)"
    r"(?:\s+(?:the\s+)?⟦C\d+⟧)?\s+from\s+(?:the\s+)?⟦C(\d+)⟧"
    # an appositive: "Joshua Zirkzee, signed from Bologna only a year ago, could also be sold"
    r"|(?<=⟧),\s+(?:signed|bought|recruited|brought\s+in)\s+from\s+(?:the\s+)?⟦C(\d+)⟧"
    # a move of an earlier window: "The Brazilian only joined the Italian club from Villa last summer"
    r"|(?<=⟧)\s+(?:only\s+|already\s+)?(?:joined|moved\s+to|signed\s+for)\s+(?:the\s+)?⟦C\d+⟧\s+from\s+(?:the\s+)?⟦C(\d+)⟧"
    rf"(?=\s+{_EARLIER_WINDOW})"
    # a past move in a relative clause: "the midfielder who left the club's academy for Hoffenheim in 2021"
    r"|\bwho\s+(?:\S+\s+){0,2}?left\s+(?:[^;⟦]{0,40}?(?:⟦C\d+⟧(?:'s|’s)?\s+(?:\S+\s+)?)?)?for\s+(?:the\s+)?⟦C(\d+)⟧"
    rf"(?=\s+{_EARLIER_WINDOW})"
)
# "this will be his last campaign at Anfield": a season still to end at his club now
_FINAL_TO_COME = compile_prefiltered(rf"\b{FINAL_TO_COME}\s+$")
# "his breakthrough season at Bologna": a past club
_SEASON_AT = compile_prefiltered(
    r"\b(?:breakthrough|debut|first|previous|final|last|successful|\w+-goal)\s+(?:season|campaign|spell|year)s?\s+(?:at|with)"
    r"\s+(?:the\s+)?⟦C(\d+)⟧"
    # "arrives after a season with Brazilian side Grêmio"
    r"|\bafter\s+(?:a|one|two|three|four|five|\d+)\s+(?:season|campaign|spell)s?\s+(?:at|with)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+|⟦N\d+⟧)\s+(?:side|club|outfit)\s+)?⟦C(\d+)⟧"
    # "admired the forward during their time together at Bologna": a past shared with someone
    r"|\b(?:time|spell|years|seasons?|days)\s+together\s+(?:at|with)\s+(?:the\s+)?⟦C(\d+)⟧"
    # "his clashes with the club during his three years at the San Paolo"
    r"|\bduring\s+(?:his|her)\s+(?:\S+\s+){0,2}?(?:years|seasons|spell|stint|time|tenure)\s+(?:at|with|in\s+charge\s+of)"
    r"\s+(?:the\s+)?⟦C(\d+)⟧"
)
# "a product of Leicester City's academy": where he grew up
_ACADEMY_OF = compile_prefiltered(
    r"\b(?:product|graduate)\s+of\s+(?:the\s+)?⟦C(\d+)⟧(?:'s|’s)?\s*(?:academy|youth)?"
)
# "a free agent after ten years at Manchester City", "leave after 13 years at the club", "ending 13 years at
# Old Trafford": his own club
_YEARS_AT = compile_prefiltered(
    r"\b(?:after|ending|ended|ends)\s+(?:\S+\s+){1,3}?(?:years|seasons)\s+(?:at|with)\s+(?:the\s+)?⟦C(\d+)⟧"
)
# the club a rival lost a race to: "Arsenal lost out to Galatasaray" (the winner, not a move that ended)
_WINNER = compile_prefiltered(
    r"(?:los(?:e|es|t|ing)\s+out|(?:were|was|been)\s+beaten)\s+to\s+(?:the\s+)?⟦C(\d+)⟧"
)
# a rival's record, not a club in a move: "do everything possible to end Galatasaray's run of titles"
_RIVAL_RECORD = compile_prefiltered(
    r"⟦C(\d+)⟧(?:'s|’s)\s+(?:[\w-]+\s+)?(?:run\s+of|streak|dominance|reign|hegemony|unbeaten\s+run|winning\s+run|"
    r"title\s+(?:defence|run))"
)
_DURING_MATCH = compile_prefiltered(
    r"\bduring\s+(?:the\s+)?⟦C(\d+)⟧(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:win|victory|defeat|loss|draw|game|match|clash|tie|"
    r"fixture|friendly)\b"
)
_PREDICATE_BEFORE = compile_prefiltered(
    r"\b(?:is|was|as|becomes?|became|be|named|appointed)\s+(?:once\s+again\s+|now\s+|officially\s+)?$"
)
_PERSON_OF = compile_prefiltered(r"⟦P\d+⟧\s+of\s+(?:the\s+)?⟦C(\d+)⟧(?!(?:'s|’s))")
# "chasing the title with Napoli": the club he is at
_CAMPAIGN_WITH = compile_prefiltered(
    r"\b(?:chasing|challenging\s+for|fighting\s+for|competing\s+for|pushing\s+for)\s+(?:the\s+|a\s+)?(?:[^\s⟦⟧]+\s+){0,2}?"
    r"(?:title|league|cup|trophy|scudetto|promotion|place|spot)\s+with\s+(?:the\s+)?⟦C(\d+)⟧"
)
# a club's dated past: "his spearhead in Inter's 2021 Scudetto", "a member of Leicester's 2016 title side"
_DATED_PAST_OF_CLUB = compile_prefiltered(
    r"⟦C(\d+)⟧(?:'s|’s)\s+(?:19|20)\d\d(?:[-/]\d\d)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:scudetto|title|treble|double|triumph|win|success|side|team|squad|campaign|season|final)\b"
)
# a trophy won with a club: "Antonio Conte, fresh from winning Serie A with Inter Milan, held talks"
_WON_WITH = compile_prefiltered(
    r"\b(?:fresh\s+from|after|having|since|following)\s+(?:winning|won|lifting|lifted|clinching|clinched)\s+"
    r"(?:(?:[^,⟦\s]+|⟦N\d+⟧)\s+){0,6}?(?:with|at)\s+(?:the\s+)?⟦C(\d+)⟧"
)
# "before leaving for Manchester United's academy as a teenager": a club of his youth
_AS_A_YOUTH = compile_prefiltered(
    r"⟦C(\d+)⟧(?:'s|’s)?(?:\s+[^\s⟦⟧,.;]+){0,3}?\s+(?:as\s+a|in\s+his)\s+(?:teenager|youngster|boy|child|schoolboy|kid|youth|teens)\b"
)
_PAST_RELATIVE_CLUB = compile_prefiltered(
    r"\bwho\s+(?:had\s+)?(?:won|lifted|played|spent|managed|coached|began|started|scored|made|enjoyed|starred)\s+"
    # ("the coach who won the Scudetto with him at Inter")
    r"(?:(?:[^,⟦\s]+|⟦[PN]\d+⟧)\s+){0,8}?(?:with|at|for|in\s+charge\s+of)\s+(?:the\s+)?⟦C(\d+)⟧"
)
_PLACEHOLDER = compile_prefiltered(r"⟦([A-Z])(\d+)⟧")
# "a former Arsenal and Chelsea midfielder": past clubs, neither his own nor a destination
# "former Porto and Al-Shabab striker", "the former Spain and Real Madrid coach" (a nation in the list)
_FORMER_CLUBS = compile_prefiltered(
    rf"\b(?:former|ex)[\s-]+((?:(?:the\s+)?⟦[CN]\d+⟧(?:\s*,\s*|\s+(?:and|or)\s+|\s*/\s*)?)+)"
    # (group 2: a role, when the clubs describe the man's own past, not a team-mate's)
    # ("Fabio Paratici, the ex-Juventus executive": an official's past club)
    rf"(?=\s*(?:\S+\s+){{0,2}}?(?:({_ROLE})|man|team-?mates?|colleagues?|assistant|number\s+two|executive|director|"
    r"chief|president|chairman|official|ceo)\b)"
)
# "snubs Newcastle for Liverpool", "turned Newcastle down for United": the club after "for" is the one
# chosen, not snubbed
_CHOSEN_OVER = compile_prefiltered(
    r"(?:⟦C\d+⟧|(?<=\bdown)|(?<=\bthem))\s+(?:for|in\s+favou?r\s+of)\s+(?:the\s+)?$"
)
_CLUB_NUM = compile_prefiltered(r"⟦C(\d+)⟧")
_PERSON_SLOT = compile_prefiltered(r"⟦P(\d+)⟧")

# patterns that name a person who is not the mover: the one who admires, wants, judges, is asked,
# injured, a team-mate, or a coach spoken to ("the English winger has already spoken with Vincenzo
# Italiano": his future coach); bystanders (``_BYSTANDER``, ``_NAMED_BY_PART``) are agents too
# a speaker named after what he reports: "The 34-year-old asked to leave last week, Pep Guardiola revealed"
# a quote's speaker telling what another man told him: "'Cristiano told me yesterday that he ...'"
_TOLD_ME_THAT = compile_prefiltered(r"\btold\s+(?:me|us)\s+(?:\S+\s+){0,2}?that\s+⟦P\d+⟧")
_SPEAKER_AFTER = compile_prefiltered(
    r",\s+⟦P(\d+)⟧\s+(?:has\s+)?(?:said|says|revealed|reveals|confirmed|confirms|admitted|admits|insisted|insists|"
    r"explained|explains|added|adds|disclosed|announced)"
    # (what follows is no report of his: "..., the 56-year-old said this will be his last campaign")
    r"(?=\s*[.,;:]|\s*$|\s+(?:after|before|on|in|at|last|during|following|when|yesterday|today|earlier)\b)"
    # (group 2: the verb first, closing a headline: "Bale 'very close' to leaving Real Madrid, says Zidane")
    r"|,\s+(?:said|says|claims|insists|admits|reveals)\s+⟦P(\d+)⟧(?=\s*[.;:]?\s*$)"
)
# the one a mover deals with: "Conte has reached a full agreement with Aurelio De Laurentiis"
_PERSON_COUNTERPART = compile_prefiltered(
    r"⟦P\d+⟧\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|already\s+)?(?:reached|agreed|struck|held|opened|finalised)\s+"
    r"(?:an?\s+|the\s+)?(?:[^\s⟦⟧]+\s+)?(?:agreement|deal|talks|terms|contract)\s+with\s+⟦P(\d+)⟧"
)
# someone criticised, not moving: "an interview in which he criticised the club and manager Erik ten Hag"
_CRITICISED = compile_prefiltered(
    r"\b(?:criticis\w*|criticiz\w*|attacked|blasted|slammed|hit\s+out\s+at|lash(?:ed|es)?\s+out\s+at|took\s+aim\s+at)\s+"
    r"(?:[^\s⟦⟧]+\s+|⟦C\d+⟧\s+){0,5}?⟦P(\d+)⟧"
)
_TO_BE_KEPT = compile_prefiltered(
    r"want\w*\s+((?:⟦P\d+⟧(?:,\s+|\s+and\s+))*⟦P\d+⟧)\s+to\s+be\s+(?:kept|retained)\b"
)
_PLAYED_UNDER = compile_prefiltered(
    r"\b(?:played|worked|appearances|starts|games|matches|minutes|goals)\s+(?:[^\s⟦⟧]+\s+){0,3}?under\s+⟦P(\d+)⟧"
)
_OTHER_MOVE = compile_prefiltered(
    r"\b(?:other|another|second|next)\s+(?:[\w-]+\s+)?(?:plan|deal|move|target|pursuit|signing|option)s?\b"
)
_AGENT_PATTERNS: Final = (
    _POSSESSIVE_AGENT,
    _CRITICISED,
    _PERSON_COUNTERPART,
    _NOT_MOVER,
    _WANTS_PLAYERS,
    _JUDGE,
    _ASKED,
    _INJURED,
    _TEAMMATE,
    _PERSON_SPOKE_TO,
)


def _told_no(
    sent: Sentence, ci: int, cue: Cue, clubs: list[int], not_his: bool, after_club: bool = False
) -> bool:
    """Whether club ``ci`` is the one told of a stay or a wish for another club named after the cue
    ("has told Liverpool that he will not leave Real Sociedad", "has let Barça know that he will not
    leave Arsenal", "tells Liverpool he only wants Chelsea") or, when the text makes it ``not_his`` club,
    told of a stay at all ("he told them he does not want to leave San Sebastian"): the suitor turned
    down, not a club he stays at. With ``after_club``, the other club may come before the cue too ("told
    Tottenham that Old Trafford is the only move he wants")."""
    start, end = sent.positions[ci]
    if end > cue.start:
        return False
    tpl = sent.template
    told = _TOLD.search(tpl, 0, start) or (_LET_BEFORE.search(tpl, 0, start) and tpl.startswith(" know", end))
    after = end if after_club else cue.end
    return bool(told) and (not_his or any(sent.positions[c][0] >= after for c in clubs if c != ci))


_LIST_NEXT = compile_prefiltered(
    r"(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?⟦C(\d+)⟧"
    # (not a new clause: "against Real Sociedad, and Madrid have also opened talks")
    r"(?!\s+(?:have|has|had|are|is|was|were|will|would|could|also)\b)"
)


def _list_after(tpl: str, end: int) -> list[int]:
    """The club slots listed right after ``end``: ", PAOK and Leicester City"."""
    listed: list[int] = []
    while m := _LIST_NEXT.match(tpl, end):
        listed.append(int(m.group(1)))
        end = m.end()
    return listed


def _without_cues_after(
    tpl: str, cues: list[Cue], kind: str, before: re.Pattern[str], window: int, bare_to: bool = False
) -> list[Cue]:
    """``cues`` less those of ``kind`` (with ``bare_to``, only the bare "to" of a headline's "X to Y") that
    what ``before`` finds in the ``window`` characters before them tells as something else."""
    return [
        c
        for c in cues
        if not (
            c.kind == kind
            and (not bare_to or tpl[c.start : c.end].strip() == "to")
            and before.search(tpl, max(0, c.start - window), c.start)
        )
    ]


def _slot_number(m: re.Match[str]) -> int:
    """The placeholder number a role or agent pattern matched (its groups are alternatives: one is set)."""
    return int(next(g for g in m.groups() if g))


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    slots: list[int]
    cues: list[Cue]
    movers: list[int] = field(default_factory=list)
    # a swap's second man ("while Pjanic moves the other way", or in a sentence of his own: "Renato Sanches
    # moves in the opposite direction"): the club the first man left
    swap_club: str | None = None


@dataclass(slots=True)
class _Analysis:
    sentence: Sentence
    cues: list[Cue]
    clauses: list[_Clause]
    roles: dict[int, str]  # slot index -> from | seller | soft_seller | own
    owner_of: dict[int, int]  # person slot -> club slot ("Brentford striker X")
    replaced: set[int]
    agents: set[int]
    # "Villa and Monaco in talks over X": club slot -> (the other club's slot, named second?)
    parties: dict[int, tuple[int, bool]] = field(default_factory=dict)
    # clubs that only describe a man's past ("former Fulham and Bournemouth boss Scott Parker"): a cue near
    # them stays free for the club the sentence or the item is about
    described: set[int] = field(default_factory=set)
    # players put into a buyer's offer ("€100m plus Ivan Rakitic"): see _makeweight_records
    makeweights: set[int] = field(default_factory=set)


@dataclass(slots=True)
class _Record:
    person: str
    club: str
    kind: str
    sentence: int
    title: bool
    evidence: str
    background: bool = False  # said in a relative clause: "X, who signed a new contract in January"
    wish: bool = False  # a stay only wished for ("has said he wants to stay"): it ends no move elsewhere
    # a stay his club only hopes for ("Valencia want to tie down X", "to convince him to stay"): no stay of
    # his (claims.md: the person commits), though still no move to his own club
    hoped: bool = False
    # a step or an end told as an earlier window's ("whose move collapsed on deadline day last summer"): no
    # end of the move the item reports now, nor its stage when the item tells a step of its own
    dated: bool = False


class Extractor:
    """Extracts claims from items with one knowledge base. Pure: no I/O."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._resolver = MentionResolver(kb)
        self._tiers = TierResolver(kb)
        # extractors over the knowledge base as it stood in an older item's month (head coaches where they
        # were then), by the view's id (views live as long as the knowledge base caches them); ~0.3 MB each
        self._dated: dict[int, Extractor] = {}

    # ------------------------------------------------------------------------------------------------

    def extract(self, item: Item) -> list[Claim]:
        """The claims of ``item`` (headline + summary or full text), one per (person, club)."""
        if item.published is not None and self.kb.spells:
            view = self.kb.at(item.published.year, item.published.month)
            if view is not self.kb:
                dated = self._dated.get(id(view))
                if dated is None:
                    dated = self._dated[id(view)] = Extractor(view)
                return dated.extract(item)
        title = " ".join((item.title or "").split())
        # a headline with other news (a result, an injury, an award, a look back): its item may still tell a
        # rumour further down ("Salzburg 0-2 Liverpool ... Dortmund have held talks with the striker's
        # representatives"), but only bids, talks and agreements are trusted there, and other stages only in
        # a sentence worded as news (_NEWS_BELOW), not the interest, signings and exits that match reports and
        # features are full of, nor the opening sentence, which tells the headline
        quiet_title = bool(
            (_NOT_TRANSFER_TITLE.search(title) and not _TRANSFER_TITLE.search(title))
            or _RETROSPECTIVE_TITLE.search(title)
        )
        body = item.summary or ""
        if (
            quiet_title
            and not _NEGOTIATION_WORDS.search(body)
            and not _NEWS_BELOW.search(body)
            and not _RUMOUR_HEDGE.search(body)
        ):
            return []  # (no word of a bid, talks, an agreement or other news of a move: nothing is analysed)
        text = title + "\n" + body
        spans = [(0, len(title))] if title else []
        spans += split_sentences(body, offset=len(title) + 1)
        home = self._tiers.home_club(item.source)
        year = item.published.year if item.published else None
        sentences = self._resolver.resolve(text, spans, len(title), home, year)
        if sentences and sentences[0].is_title and _SCORELINE.search(sentences[0].template):
            quiet_title = True
        if home is None and not any(slot.kind == "C" for s in sentences for slot in s.slots):
            return []  # every claim needs a club, and no club is named or implied by the outlet
        analyses = [self._analyse(s) for s in sentences]
        if analyses and analyses[0].sentence.is_title and _QUOTE_TITLE.match(title):
            # a quote is no news ("Guardiola: 'I want to stay'"); what precedes it may be ("Messi
            # chooses Inter Miami: 'I didn't want to go through that again'")
            colon = analyses[0].sentence.template.find(":")
            analyses[0].cues[:] = [c for c in analyses[0].cues if c.end <= colon]
            for clause in analyses[0].clauses:
                clause.cues[:] = [c for c in clause.cues if c.end <= colon]
        if item.published is not None:
            for a in analyses:
                _drop_dated_moves(a, item.published.year)
        _link_swaps_across(analyses)
        # a gossip column: each paragraph is a rumour of its own, from the paper in its closing brackets
        by_sentence: dict[int, SourceTier] = {}
        rumour_starts: set[int] = set()
        for start, end, quoted in self._tiers.paragraph_sources(text):
            inside = [s for s in sentences if start <= s.start < end]
            named = [slot.key for s in inside for slot in s.slots if slot.kind == "J"]
            own_source = self._tiers.journalist(named) or quoted
            by_sentence.update((s.index, own_source) for s in inside)
            rumour_starts.update(s.index for s in inside[:1])
        # a live blog's timed entries and a round-up's labelled paragraphs ("MILAN: ...") are rumours
        # of their own too
        pos = 0
        for paragraph in text.split("\n"):
            start, pos = pos, pos + len(paragraph) + 1
            if start > len(title) and _ENTRY_OPENS.match(paragraph):
                first = next((s for s in sentences if start <= s.start < pos), None)
                if first is not None:
                    rumour_starts.add(first.index)
        own = self._own_clubs(analyses)
        sellers: dict[str, list[str]] = {}
        paragraph_starts = {s.index for s in sentences if s.start > 0 and text[s.start - 1] == "\n"}
        records, flags = self._records(analyses, own, sellers, rumour_starts, paragraph_starts)
        records += _makeweight_records(analyses, records, own, sellers)
        records = _without_dated_history(records, analyses, year)
        records = _without_headline_go_betweens(records, analyses)
        journalists = [slot.key for s in sentences for slot in s.slots if slot.kind == "J"]
        source = self._tiers.resolve(item.source, item.author, item.quoted_source, title, text, journalists)
        names = {s.key: s.name for a in analyses for s in a.sentence.slots if s.kind == "P"}
        claims = self._claims(records, flags, own, sellers, source, names, by_sentence)
        if quiet_title:
            lede = sentences[1].text if len(sentences) > 1 and sentences[0].is_title else None
            # (a pair told as news below, though its evidence is the headline: "... leaves Jose Mourinho on
            # the brink" over "Mourinho's future is now in serious doubt")
            told_below = {
                (r.person, r.club)
                for r in records
                if not r.title and r.evidence != lede and _NEWS_BELOW.search(r.evidence)
            }
            claims = [
                c
                for c in claims
                if (
                    c.stage in _NEGOTIATED
                    or _NEWS_BELOW.search(c.evidence)
                    or (c.person_id, c.club_id) in told_below
                    or (c.stage is Stage.INTEREST and _RUMOUR_HEDGE.search(c.evidence))
                )
                and c.evidence != lede
            ]
        return claims

    # ---- analysis of one sentence -------------------------------------------------------------------

    def _analyse(self, sent: Sentence) -> _Analysis:
        tpl = sent.template
        cues = find_cues(tpl)
        if " if " in tpl:
            # a choice only supposed: "he would understand if his skipper chose to go"
            cues = [
                c
                for c in cues
                if c.kind not in _SUPPOSED_KINDS
                or not _IF_HE_BEFORE.search(tpl, max(0, c.start - 30), c.start)
            ]
        if "not " in tpl or "never " in tpl or "n't " in tpl:
            # a leaving denied: "will not let X leave", "never considered leaving", "is not under pressure"
            cues = [
                c
                for c in cues
                if c.kind != "exit"
                or not _LEAVING_DENIED.match(tpl, c.start)
                or not _DENIED_BEFORE_EXIT.search(tpl, max(0, c.start - 40), c.start)
            ]
        for m in _SUBJECT_REPLACES.finditer(tpl) if "replace" in tpl else ():
            # "Nuno replaces Cooper at Forest": the successor's move (done once the item says confirmed)
            group = 1 if m.group(1) else 2
            cues.append(Cue("forecast", m.start(group), m.end(group)))
            cues.sort(key=lambda c: c.start)
        # "never made a formal approach", "could return with an offer next summer": a step not taken is still
        # interest; "Conte has asked Napoli to sign X": a manager asking his club, no approach
        cues = _recast(
            cues,
            ("approach", "bid"),
            "interest",
            lambda c: bool(
                _NOT_TAKEN_BEFORE.search(tpl, max(0, c.start - 50), c.start)
                or (c.kind == "approach" and _ASKS_CLUB_TO.match(tpl, c.end))
                # "with the club set to interview candidates": an approach still to come
                or (c.kind == "approach" and _SET_TO_BEFORE.search(tpl, max(0, c.start - 40), c.start))
            ),
        )
        # a club's choice of target, not the man's of a club: "X is the club's choice to replace Y", "the name
        # chosen by president Z", "Mourinho is the chosen one"
        cues = _recast(
            cues,
            ("choice",),
            "preferred",
            lambda c: bool(
                _CLUBS_CHOICE_BEFORE.search(tpl, max(0, c.start - 40), c.start)
                or _CHOSEN_BY.match(tpl, c.start)
            ),
        )
        # a leaving told as done, and where he went: "Walker left after seven and a half years to join AC
        # Milan", "Gasperini ended nine years at Atalanta to sign a three-year deal at Trigoria"
        cues = _recast(
            cues,
            ("step", "forecast"),
            "done",
            lambda c: (
                tpl.startswith("to ", c.start) and bool(_LEFT_TO.search(tpl, max(0, c.start - 60), c.start))
            ),
        )
        # "Maresca wants the Blues to sign X": a wish that the club moves, not a step to come
        cues = _recast(
            cues,
            ("step", "forecast"),
            "interest",
            lambda c: bool(_WISHES_CLUB_TO.search(tpl, max(0, c.start - 40), c.start)),
        )
        if " until " in tpl:
            # a stay with an end in sight: "will stay at his club until the summer before moving to London",
            # "expected to stay at the King Power until the summer" (not "will stay until June 2027", a
            # renewal, nor "at least until", a promise)
            cues = [c for c in cues if c.kind != "stay" or not _STAY_UNTIL.match(tpl, c.end)]
        if " a " in tpl or " an " in tpl or " another " in tpl:
            # "until Newcastle have signed a replacement": the move of someone not named, not his
            cues = [c for c in cues if c.kind not in _FORWARD_KINDS or not _UNNAMED_OBJECT.match(tpl, c.end)]
        if not sent.is_title and " to " in tpl:
            # "after the departures of X to Anfield": moves that happened, told as the background
            cues = _without_cues_after(tpl, cues, "forecast", _DEPARTURES_OF, 80, bare_to=True)
        if " to " in tpl and (
            "bring" in tpl or "lure" in tpl or "tempt" in tpl or "add " in tpl or "send" in tpl
        ):
            # "wants to bring the Frenchman to the Bernabeu": the wish governs, not a headline's "X to Y"
            cues = _without_cues_after(tpl, cues, "forecast", _BRING, len(tpl), bare_to=True)
        if " the " in tpl and (" becom" in tpl or " became " in tpl):
            # "becoming the third Italy international to move to BMO Field": a record, no step to come
            cues = _without_cues_after(tpl, cues, "step", _NTH_TO_BEFORE, 60)
        if "permission" in tpl:
            # "PSG gave them permission to negotiate": talks allowed, not yet held
            cues = _without_cues_after(tpl, cues, "talks", _PERMISSION_TO, 20)
        if "over" in tpl and " with ⟦P" in tpl:
            # "opened talks with David Moyes over a return to Goodison": the move the talks are about
            cues = _without_cues_after(tpl, cues, "over", _TALKS_WITH_BEFORE, 60)
        if not any(slot.kind == "C" and not slot.ref for slot in sent.slots) and _is_quoted(sent.text):
            # a quote naming no club ("I don't comment on offers from other clubs"): talk, not a move
            cues = [c for c in cues if c.kind not in _FORWARD_KINDS]
        roles: dict[int, str] = {}
        described: set[int] = set()
        owner_of: dict[int, int] = {}
        # every role pattern below names a club placeholder; most sentences without one skip them all
        if "⟦C" in tpl:
            for m in _OWNER.finditer(tpl):
                if _FORMER.search(m.group(0)):
                    # "former Bayern boss X", "Liverpool's former captain X": a past club, not his own
                    roles.setdefault(int(m.group(1) or m.group(3)), "former")
                    continue
                if _FORMER_BEFORE.search(tpl, max(0, m.start() - 8), m.start()):
                    # "former Juve defender Igor Tudor": where he comes from, yet no bar to his return
                    roles.setdefault(int(m.group(1) or m.group(3)), "from")
                    continue
                club, person = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                owner_of[int(person)] = int(club)
                roles[int(club)] = "from"
            for m in _OWNER_OF_MEN.finditer(tpl) if " and ⟦P" in tpl else ():
                if _FORMER_BEFORE.search(tpl, max(0, m.start() - 8), m.start()):
                    continue
                for person in _PERSON_SLOT.findall(m.group(2)):
                    owner_of.setdefault(int(person), int(m.group(1)))
                roles.setdefault(int(m.group(1)), "from")
            for m in _CLUB_IN_BRACKETS.finditer(tpl) if "(" in tpl else ():
                # "Ruben Neves (Wolves), Kalidou Koulibaly (Chelsea) ... have also signed": his club, left
                owner_of.setdefault(int(m.group(1)), int(m.group(2)))
                roles.setdefault(int(m.group(2)), "from")
            for m in (
                _CURRENT_EMPLOYER.finditer(tpl)
                if "current" in tpl or "present" in tpl or "parent" in tpl
                else ()
            ):
                roles[int(m.group(1))] = "from"
            for m in (
                _ASSISTANT_AT.finditer(tpl)
                if "assistant" in tpl or "deputy" in tpl or " two " in tpl or "right-hand" in tpl
                else ()
            ):
                # "Arteta's assistant at Arsenal" ("the former assistant of Flick at Bayern": a past club)
                former = _FORMER_BEFORE.search(tpl, max(0, m.start() - 12), m.start())
                roles.setdefault(int(m.group(1)), "former" if former else "from")
            if (scene := _AT_CLUB_OPENING.match(tpl)) and not _JOB_AT_SCENE.search(tpl, scene.end()):
                roles.setdefault(int(scene.group(1)), "from")  # "And at AZ, 19-year-old X has been watched"
            for m in _SOMEONE_AT.finditer(tpl) if "⟦P" in tpl else ():
                if _FORMER_COLLEAGUE.match(sent.slots[int(m.group(1))].said_as):
                    roles.setdefault(int(m.group(2)), "former")
            for m in _OWNER_DESCRIBED.finditer(tpl):
                if not _FORMER_BEFORE.search(tpl, max(0, m.start() - 25), m.start()):
                    roles.setdefault(int(m.group(1)), "from")
            for m in _FROM.finditer(tpl) if "from" in tpl else ():
                if sent.slots[int(m.group(2))].said_as in ("their", "its"):
                    continue  # "moved on from their Mudryk disappointment": a possessive, not an origin
                if _A_CLUBS_RACE.match(tpl, m.end()):
                    continue  # "withdraws from Chelsea race": the job he gave up, not his club
                # ("an offer of around €60m including add-ons from PSG": the bidder)
                if (m.group(1) or "") not in _NOT_FROM and not _OFFER_BEFORE.search(
                    tpl, max(0, m.start() - 45), m.start()
                ):
                    roles[int(m.group(2))] = "from"
            for m in _LEAVE.finditer(tpl):
                if tpl.endswith(("himself ", "herself "), 0, m.start()):
                    continue  # "ruled himself out of the Bochum job": a job he turned down, not his club
                if _NOT_SEEN.search(tpl, max(0, m.start() - 30), m.start()):
                    continue  # "told the Rossoneri he did not see his future at San Siro": a club turned down
                if (
                    _LEFT_IN_THE_PAST.match(tpl, m.start())
                    or _YEARS_AFTER.search(tpl, 0, m.start())
                    or _CAREER_BEGAN.search(tpl, max(0, m.start() - 40), m.start())
                ):
                    continue  # "X, who left Hertha in 2024": a former club, which may be his next
                past_spell = m.group(0).startswith(
                    ("spell", "time", "career", "association", "decade", "stint", "tenure", "reign")
                )
                if past_spell and tpl.endswith(("loan ", "loan-"), 0, m.start()):
                    # "after his loan spell at Villa Park": a club he is lent to, which may keep him
                    roles.setdefault(int(m.group(1)), "former")
                    continue
                if not past_spell and _AS_A_BOY_AFTER.match(tpl, m.end()):
                    roles.setdefault(int(m.group(1)), "former")
                    continue
                if past_spell and (
                    _PAST_AFTER.match(tpl, m.end())
                    or _SPELL_TOLD_AS_PAST.search(tpl, max(0, m.start() - 40), m.start())
                    or (
                        # (not "will take charge for the first time at Arsenal": a venue)
                        not m.group(0).startswith("time")
                        and _EARLIER_SPELL.search(tpl, max(0, m.start() - 30), m.start())
                    )
                ):
                    roles.setdefault(int(m.group(1)), "former")
                    continue
                if past_spell and _NEXT_SPELL.search(tpl, max(0, m.start() - 30), m.start()):
                    continue  # "it will be his second spell at the club": a return, not his club now
                roles.setdefault(int(m.group(1)), "own")
            for m in _JOINED_BEFORE.finditer(tpl):
                # "X, who joined Brondby from Silkeborg, is Ipswich's top target": Brondby is his club now
                later = find_cues(tpl[m.end() :])
                if any(c.kind in _FORWARD_KINDS and c.kind != "done" for c in later):
                    roles.setdefault(int(m.group(1)), "own")
            for m in _CLUB_ROLE_UNNAMED.finditer(tpl):
                if not _FORMER_BEFORE.search(tpl, max(0, m.start() - 40), m.start()) and not _BECOMES.search(
                    tpl, max(0, m.start() - 20), m.start()
                ):
                    roles.setdefault(
                        int(m.group(1) or m.group(2)), "from"
                    )  # "a proposal for Manchester City goalkeeper"
            for m in _NOW_AT.finditer(tpl) if "now" in tpl or "charge" in tpl or "currently" in tpl else ():
                roles.setdefault(int(m.group(1)), "own")
            for m in _ON_LOAN_AT.finditer(tpl) if " loan " in tpl else ():
                roles[int(m.group(1))] = "former"
            for m in _PERSON_OF.finditer(tpl) if " of " in tpl else ():
                # "Rafael Leao of AC Milan" (not "Ranieri is once again the coach of Roma": a new post)
                if not _PREDICATE_BEFORE.search(tpl, max(0, m.start() - 30), m.start()):
                    roles.setdefault(int(m.group(1)), "from")
            for m in _HIS_CLUB.finditer(tpl):
                roles.setdefault(_slot_number(m), "own")
            for m in _OPPONENT_MATCH.finditer(tpl):
                roles.setdefault(_slot_number(m), "opponent")  # "for PSG comeback", "the Milan tie"
            for m in _OPPONENT.finditer(tpl):
                roles.setdefault(int(m.group(1)), "opponent")
                # the rest of a list of opponents: "the games against Chelsea, PAOK and Leicester City"
                for n in _list_after(tpl, m.end()):
                    roles.setdefault(n, "opponent")
                # the same side's ground: "a 5-1 thrashing by Barcelona at Camp Nou"
                ground = _AT_GROUND.match(tpl, m.end())
                if ground and sent.slots[int(ground.group(1))].key == sent.slots[int(m.group(1))].key:
                    roles.setdefault(int(ground.group(1)), "opponent")
            for m in _RACE_LOST_BY.finditer(tpl) if " beat" in tpl else ():
                # the clubs a race was won against: their moves are over ("Barcelona beat Chelsea to Kounde")
                roles[int(m.group(1))] = "beaten"
                for n in _list_after(tpl, m.end()):
                    roles[n] = "beaten"
            for m in _RIVAL_RECORD.finditer(tpl):
                roles.setdefault(int(m.group(1)), "opponent")
            for m in _WINNER.finditer(tpl) if "lost" in tpl or "lose" in tpl or "beaten" in tpl else ():
                roles.setdefault(int(m.group(1)), "opponent")
            for m in _DURING_MATCH.finditer(tpl) if "during" in tpl else ():
                roles.setdefault(int(m.group(1)), "opponent")  # "watched during Ajax's win": a side playing
            for m in _PLACE.finditer(tpl):
                roles.setdefault(int(m.group(1)), "former")  # "since his arrival in Sao Paulo": a city
            for m in _PLAYED_UNDER_AT.finditer(tpl) if " under " in tpl else ():
                roles.setdefault(int(m.group(1)), "former")
            for m in _HOMETOWN.finditer(tpl) if "native" in tpl or " from " in tpl else ():
                roles[_slot_number(m)] = "former"
            for m in _SEASON_AT.finditer(tpl):
                if _FINAL_TO_COME.search(tpl, max(0, m.start() - 30), m.start()):
                    roles.setdefault(_slot_number(m), "own")  # "will be his last season at X"
                    continue
                roles.setdefault(_slot_number(m), "former")
            for m in _ACADEMY_OF.finditer(tpl) if "product" in tpl or "graduate" in tpl else ():
                roles.setdefault(_slot_number(m), "former")
            for m in _CAMPAIGN_WITH.finditer(tpl) if " with " in tpl else ():
                roles.setdefault(int(m.group(1)), "own")
            for m in _DATED_PAST_OF_CLUB.finditer(tpl) if "'s " in tpl or "’s " in tpl else ():
                roles.setdefault(int(m.group(1)), "former")
            for m in _WON_WITH.finditer(tpl) if " with " in tpl or " at " in tpl else ():
                # (his club then, maybe still: no destination, and a cue near it stays free for the buyer)
                roles.setdefault(int(m.group(1)), "own")
            for m in _AS_A_YOUTH.finditer(tpl) if " as a " in tpl or " his " in tpl else ():
                roles.setdefault(int(m.group(1)), "former")
            for m in _YEARS_AT.finditer(tpl) if "after" in tpl or " end" in tpl else ():
                # (not "the club" read as the club just named: "completed his move to Nottingham Forest,
                # ending six seasons at the club")
                if not (m.group(0).startswith("end") and sent.slots[int(m.group(1))].ref):
                    roles.setdefault(int(m.group(1)), "own")
            for m in _PAST_RELATIVE_CLUB.finditer(tpl) if "who" in tpl else ():
                roles.setdefault(int(m.group(1)), "former")
                described.add(int(m.group(1)))  # "the Dane who won the Czech title with Sparta Prague"
            for m in (
                _PREVIOUSLY.finditer(tpl) if "formerly" in tpl or "previously" in tpl or "once" in tpl else ()
            ):
                for c in _CLUB_NUM.finditer(m.group(0)):
                    roles[int(c.group(1))] = "former"  # "formerly of Porto and Al-Shabab"
            for m in _CLUBS_OF_PEOPLE.finditer(tpl):
                for c in _CLUB_NUM.finditer(m.group(0)):
                    roles.setdefault(int(c.group(1)), "from")  # "the Brentford and Bournemouth head coaches"
            for m in _OFFER_WITH.finditer(tpl) if " with " in tpl else ():
                roles.setdefault(int(m.group(1)), "seller")  # "lodged a €60m proposal with Leipzig for X"
            for m in _RAIDED.finditer(tpl) if "raid" in tpl or "plunder" in tpl else ():
                roles.setdefault(int(m.group(1)), "from")  # "raided the BayArena once this summer"
            for m in (
                _TOLD_REGULATOR.finditer(tpl)
                if "regulator" in tpl or "cmvm" in tpl or "exchange" in tpl
                else ()
            ):
                roles.setdefault(int(m.group(1)), "seller")  # a listed club tells the market of a sale
            for m in _CONTACTED_CLUB.finditer(tpl) if "contacted" in tpl or "sounded" in tpl else ():
                roles.setdefault(int(m.group(1)), "soft_seller")
            for m in _SALE.finditer(tpl) if "sale" in tpl else ():
                # "Villa in talks with Al-Nassr over Duran sale"
                roles[int(m.group(1) or m.group(2))] = "seller"
            for m in _SOLD.finditer(tpl) if "sold" in tpl or "sell" in tpl or " sen" in tpl else ():
                owner_of[int(m.group(2))] = int(m.group(1))
            for m in _DISMISSED_SINCE.finditer(tpl) if "since" in tpl else ():
                # "out of work since Fenerbahce dismissed him"
                roles[_slot_number(m)] = "former"
            for m in _JOINED_FROM.finditer(tpl) if "who" in tpl or " from " in tpl else ():
                # "who moved to St James' Park from Milan in 2023"
                roles[_slot_number(m)] = "former"
            for m in _FORMER_CLUBS.finditer(tpl) if "former" in tpl or "ex" in tpl else ():
                of_the_man = m.group(2) is not None
                for c in _CLUB_NUM.finditer(m.group(1)):
                    roles.setdefault(int(c.group(1)), "former")
                    if of_the_man:
                        described.add(int(c.group(1)))
            for m in _WITH.finditer(tpl):
                last = tpl.rfind("⟦", 0, m.start())
                if _DENIED_BEFORE.search(tpl, max(0, m.start() - 20), m.start()) and (
                    last < 0 or tpl.startswith("⟦P", last)
                ):
                    # "X has denied any contact with Barcelona", "'I have never had any contact with
                    # Milan'": the suitor, not a seller
                    continue
                if _MAN_SIGNED_BEFORE.search(tpl, max(0, m.start() - 40), m.start()):
                    continue  # "Inzaghi signed a two-year deal with Al-Hilal": the club he joins
                if _HIERARCHY_AFTER.match(tpl, m.end()):
                    continue  # "in discussions with the Stamford Bridge hierarchy": the club that hires him
                if _PUNISHED_OVER.search(tpl, max(0, m.start() - 60), m.start()):
                    continue  # "AZ dismiss Arne Slot over talks with Feyenoord": the club he would join
                if _IS_BEFORE.search(tpl, max(0, m.start() - 20), m.start()) and tpl.rfind(
                    "⟦P", 0, m.start()
                ) > tpl.rfind("⟦C", 0, m.start()):
                    continue  # "Suárez ... is negotiating with Juventus": the club he talks to, a buyer
                roles.setdefault(_slot_number(m), "soft_seller")
            for m in _TERMS_TALKS.finditer(tpl) if " with " in tpl else ():
                if roles.get(_slot_number(m)) == "soft_seller":
                    del roles[_slot_number(m)]  # "held talks with Chelsea over personal terms": the buyer
            for m in _CAMP_TALKS.finditer(tpl):
                roles.pop(
                    int(m.group(1) or m.group(2)), None
                )  # "his representatives held talks with Bayern": the buyer
            for m in _CLUB_TALKS.finditer(tpl):
                roles.setdefault(int(m.group(1)), "soft_seller")  # "Benfica talks continue over a package"
            for m in _RESPONDER.finditer(tpl):
                roles[_slot_number(m)] = "seller"
            for m in _SELLING_SIDE.finditer(tpl) if _SELLING_SIDE_HINT.search(tpl) else ():
                roles[_slot_number(m)] = "seller"
            for m in (
                _RELEGATED_CLUB.finditer(tpl)
                if "relegat" in tpl or "drop" in tpl or "demotion" in tpl
                else ()
            ):
                roles.setdefault(int(m.group(1)), "own")
            for m in _FENDS_OFF.finditer(tpl) if " off " in tpl else ():
                roles.setdefault(int(m.group(1)), "own")
            for m in (
                _HANDED_OFFER.finditer(tpl) if "offer" in tpl or "bid" in tpl or "proposal" in tpl else ()
            ):
                buyer, seller = sent.slots[int(m.group(1))], sent.slots[int(m.group(2))]
                if seller.key != buyer.key:  # (not "Spurs made their move with a bid")
                    roles[int(m.group(2))] = "seller"
            for m in _ACCEPTED_BY.finditer(tpl) if "accepted" in tpl else ():
                roles[int(m.group(1))] = "seller"  # "their proposal was accepted in principle by Leipzig"
            for m in _TOLD_OF_INTEREST.finditer(tpl):
                roles[int(m.group(1))] = "seller"
            for m in _SELLERS_TERMS.finditer(tpl):
                roles[_slot_number(m)] = "seller"
            for m in _SAYS_NO.finditer(tpl):
                roles[_slot_number(m)] = "seller"  # "Stuttgart say no: Bayern's offer rebuffed"
            for m in _SELLER_AFTER.finditer(tpl):
                roles[_slot_number(m)] = "seller"
            for m in _DEPARTURE_WITH.finditer(tpl) if "'s " in tpl or "’s " in tpl else ():
                roles[int(m.group(1))] = "seller"
                if roles.get(int(m.group(2))) == "soft_seller":
                    del roles[int(m.group(2))]  # the buyer, not a partner in talks that sells
        spans = split_clauses(tpl, [i for i, s in enumerate(sent.slots) if s.ref] if " when " in tpl else ())
        main_subject = next((i for i, (a, _b) in enumerate(sent.positions) if a <= 4), None)
        for n, cue in enumerate(cues):
            clause_start = max((a for a, _b in spans if a <= cue.start), default=0)
            before = [i for i, (a, b) in enumerate(sent.positions) if b <= cue.start and a >= clause_start]
            if not before and _WHO_OPENS.match(tpl, clause_start):
                # "X, who has already said yes to the move": the antecedent
                before = [i for i, (_a, b) in enumerate(sent.positions) if b <= clause_start][-1:]
            elif not before and main_subject is not None and sent.positions[main_subject][1] <= clause_start:
                before = [main_subject]  # "Milan hoped to keep him but accepted the offer": the same subject
            if (
                len(before) > 1
                and sent.positions[before[0]][0] <= clause_start + 4
                and _SECOND_VERB_BEFORE.search(tpl, sent.positions[before[-1]][1], cue.start)
            ):
                # "value X at £25m and have turned down an offer": the verb's subject opens the clause
                before = before[:1]
            subject = sent.slots[before[-1]].kind if before else ""
            if cue.kind == "done" and tpl.endswith("once ", 0, clause_start):
                # "will be confirmed once Amorim leaves", "once Felix's move is finalised": a condition
                # still to be met, not a completed move
                cues[n] = Cue("forecast", cue.start, cue.end)
            elif (
                cue.kind in ("bid_rejected", "approach_rejected")
                and subject == "P"
                and not _OFFICIAL_BEFORE.search(tpl, max(0, cue.start - 60), cue.start)
            ):
                cues[n] = Cue("off", cue.start, cue.end)
            elif cue.kind == "aside" and subject:
                cues[n] = Cue("off" if subject == "C" else "exit", cue.start, cue.end)
            elif cue.kind == "agreed" and _ACCEPTS.match(tpl, cue.start) and subject == "C":
                roles[before[-1]] = "seller"
            elif cue.kind in ("agreed", "forecast") and subject == "P" and _CONSENT.match(tpl, cue.start):
                cues[n] = Cue("consent", cue.start, cue.end)  # the person's own yes, not the clubs' deal
        clauses: list[_Clause] = []
        for k, (start, end) in enumerate(spans):
            inside = [i for i, (a, _b) in enumerate(sent.positions) if start <= a < end]
            if resumes_main_clause(tpl, spans, k) and main_subject is not None:
                # "Al-Ahli, who signed X, are also keen on Y"; "Arteta, Flick and Motta, whose ..., are
                # also among the names": the whole subject - or the subject of a clause of its own before
                # the relative clause (", and Folarin Balogun, who scored 21 goals, completed a move")
                lead = main_subject
                if k >= 2:
                    a2, b2 = spans[k - 2]
                    own = [i for i, (p0, _p1) in enumerate(sent.positions) if a2 <= p0 < b2]
                    if a2 > 0 and own and sent.positions[own[0]][0] <= a2 + 4:
                        lead = own[0]
                whole = [lead]
                kind = sent.slots[lead].kind
                while (j := whole[-1] + 1) < len(sent.slots) and sent.slots[j].kind == kind:
                    gap = tpl[sent.positions[j - 1][1] : sent.positions[j][0]].strip(" ,")
                    if gap not in ("and", "or", ""):
                        break
                    whole.append(j)
                inside[:0] = whole
            elif (
                k
                and clauses
                and clauses[-1].slots
                and tpl.endswith(", and ", 0, start)
                and _SECOND_DEAL.match(tpl, start)
            ):
                # "also sold X to Tottenham, and brought in Y from Sevilla": the same club's second deal
                lead = clauses[-1].slots[0]
                if sent.slots[lead].kind == "C" and sent.positions[lead][0] < clauses[-1].start + 2:
                    inside.insert(0, lead)
            elif (
                k
                and clauses
                and tpl.endswith(" and ", 0, start)
                and any(c.kind == "off" for c in clauses[-1].cues)
                and _SECOND_DEAL.match(tpl, start)
            ):
                # "walked away and signed Ivan Toney from Brentford instead": the deal of the club that
                # gave the other man up
                giver = [
                    i
                    for i in clauses[-1].slots
                    if sent.slots[i].kind == "C"
                    and i not in roles
                    and not tpl.startswith(("'s", "’s"), sent.positions[i][1])
                ]
                if giver:
                    inside.insert(0, giver[-1])
            elif k and _RELATIVE.match(tpl, start):
                antecedent = [i for i, (_a, b) in enumerate(sent.positions) if b <= start]
                if antecedent and sent.slots[antecedent[-1]].kind == "C":
                    inside.insert(0, antecedent[-1])  # "Forest, who had a bid rejected"
            own_cues = [c for c in cues if start <= c.start < end]
            if k and _YEARS_AGO_BEFORE.search(tpl, max(0, start - 40), start):
                # "more than 11 years after he left Goodison Park for Manchester United": long past
                own_cues = [c for c in own_cues if c.kind in ("neutral", "caveat", "replace")]
            # "expected to be confirmed as the new head coach": what follows a forecast is forecast too
            future = next((c.start for c in own_cues if c.kind in ("forecast", "step")), None)
            if future is not None:
                own_cues = [Cue("forecast", c.start, c.end) if c.kind == "done" and c.start > future else c
                            for c in own_cues]  # fmt: skip
            if any(c.kind in ("talks", "pending") for c in own_cues) and not any(
                c.kind in ("agreed", "done") for c in own_cues
            ):
                # "is in talks with De Laurentiis and could be unveiled as Napoli's new coach": a forecast
                # while talks go on is still talks (claims.md: agreement pending)
                own_cues = [
                    Cue("pending", c.start, c.end) if c.kind in ("forecast", "step") else c for c in own_cues
                ]
            verb_left_out = (
                not own_cues
                and clauses
                and clauses[-1].cues
                and (
                    (_ELLIPSIS.match(tpl, start) and tpl.endswith(("as ", "so "), 0, start))
                    or (
                        _GAPPED_MOVE.match(tpl, start)
                        and tpl.endswith(("and ", ", "), 0, start)
                        and _GAPPED_MODEL.search(tpl, clauses[-1].start, clauses[-1].end)
                    )
                )
            )
            if verb_left_out:
                # the clause before's move, its verb left out: "X was also considered, as was Bournemouth head
                # coach Y", "sold X to Marseille and Y to AC Milan"
                own_cues = [Cue(c.kind, start, start) for c in clauses[-1].cues if c.kind in _FORWARD_KINDS]
            elif (part := _PART_OF_DEAL.match(tpl, start)) and all(
                c.kind == "forecast" and c.end <= part.end() for c in own_cues
            ):
                # the deal's move told before: "X joined Forest, with goalkeeper Y moving to Tyneside as part
                # of the deal", "Benfica accepted PSG's offer for X: €60m, with Y coming to the Luz on loan"
                # ("with Y heading to the Emirates in the opposite direction": "heading to" is no forecast)
                deal = next((c.cues for c in reversed(clauses) if c.cues), [])
                own_cues = [Cue(c.kind, start, start) for c in deal if c.kind in _FORWARD_KINDS]
            swap_club = None
            if not own_cues and clauses and clauses[-1].cues and _OTHER_WAY.match(tpl, start):
                # "X has joined Juventus from Barcelona, while Y moves the other way": Y's move is the
                # same deal's, to the club X left
                deal_cues, left = _swap_terms(clauses[-1], sent, roles, start)
                if len(left) == 1:
                    own_cues, swap_club = deal_cues, left[0]
                elif not left and _OTHER_WAY_TO.match(tpl, start):
                    # "with Joao Felix heading the other way to Chelsea": the club he goes to is named
                    own_cues = deal_cues
            clauses.append(_Clause(start, end, inside, own_cues, swap_club=swap_club))
        replaced: set[int] = set()
        agents: set[int] = set()
        has_person = "⟦P" in tpl  # each agent pattern names a person placeholder
        bystanders: set[int] = set()
        makeweights: set[int] = set()
        if has_person:
            bystanders = {_slot_number(m) for m in _BYSTANDER.finditer(tpl)}
            if _NAMED_BY_PART_HINT.search(tpl):
                bystanders |= {_slot_number(m) for m in _NAMED_BY_PART.finditer(tpl)}
            if " plus " in tpl or " includ" in tpl or " involv" in tpl:
                makeweights = _makeweights(tpl)
                bystanders |= makeweights
            if " reuniting " in tpl:
                bystanders |= _reunited_bystanders(sent)
            if " under " in tpl:
                # a coach the mover played under: "having made only nine appearances under Zidane"
                bystanders |= {int(m.group(1)) for m in _PLAYED_UNDER.finditer(tpl)}
            agents = bystanders | {
                _slot_number(m) for pattern in _AGENT_PATTERNS for m in pattern.finditer(tpl)
            }
            quoted = _is_quoted(sent.text)
            for m in _SPEAKER_AFTER.finditer(tpl):
                # (a quote's speaker reports on himself: "'I stay,' X said"; not on another man the quote
                # names: "'Cristiano told me that he has no intention of staying at Juventus,' Allegri said")
                at = _slot_number(m)
                if (
                    not quoted
                    or (
                        _TOLD_ME_THAT.search(tpl, 0, m.start())
                        and any(s.kind == "P" and s.key != sent.slots[at].key for s in sent.slots[:at])
                    )
                    # (a headline's quoted words of another man, named first: "X 'very close' to ..., says Y")
                    or (
                        m.group(2) is not None
                        and tpl.startswith("⟦P")
                        and sent.slots[0].key != sent.slots[at].key
                    )
                ):
                    agents.add(at)
            for m in _SQUAD_LIST.finditer(tpl):
                stop = _LIST_STOP.search(tpl, m.end())
                end = stop.start() if stop else len(tpl)
                agents |= {
                    i
                    for i, (a, _b) in enumerate(sent.positions)
                    if m.end() <= a < end and sent.slots[i].kind == "P"
                }
            # a coach's condition: "wants Di Lorenzo and Kvaratskhelia to be kept" (no move of theirs)
            for m in _TO_BE_KEPT.finditer(tpl):
                agents |= {int(n) for n in re.findall(r"⟦P(\d+)⟧", m.group(1))}
        if agents:
            # a pronoun for a bystander, in his clause, is one too: "leaving Arne Slot without the specialist
            # he wanted" (not in the next: "United spoke to Delap's camp, but he chose Chelsea")
            clause_of = {i: k for k, clause in enumerate(clauses) for i in clause.slots}
            agent_at = {(sent.slots[i].key, clause_of.get(i)) for i in agents}
            agents |= {
                i
                for i, sl in enumerate(sent.slots)
                if sl.kind == "P"
                and sl.ref
                and sl.said_as in ("he", "him", "she", "her")
                and (sl.key, clause_of.get(i)) in agent_at
            }
            # the rest of a list shares its first name's part: "cover for Bukayo Saka and Gabriel
            # Martinelli", "another option alongside Dominic Calvert-Lewin and Beto"
            for i in sorted(agents):
                for step in (1, -1):  # the list goes on after the name, or ran up to it
                    j = i + step
                    while 0 <= j < len(sent.slots) and sent.slots[j].kind == "P":
                        a, b = (j - 1, j) if step == 1 else (j, j + 1)
                        gap = tpl[sent.positions[a][1] : sent.positions[b][0]].strip(" ,")
                        # (not an appositive: "Carlos Cuesta, Mikel Arteta's assistant"; nor across clauses:
                        # "about Jaka Bijol, and David Moyes is a fan")
                        owner = tpl.startswith(("'s", "’s"), sent.positions[b][1])
                        gap_at = (sent.positions[a][1], sent.positions[b][0])
                        split = any(gap_at[0] <= s0 <= gap_at[1] for s0, _e in spans[1:])
                        if gap not in ("and", "or", "") or (not gap and owner) or split:
                            break
                        agents.add(j)
                        j += step
        for m in _SPEAKER.finditer(tpl) if has_person else ():
            speaker = sent.slots[int(m.group(1))].key
            # the report's subject is someone else: "X admitted he expects Y to leave" (not "X said he
            # wants to stay under Y")
            told = next((i for i, (a, _b) in enumerate(sent.positions) if a >= m.end()), None)
            opening = _REPORTED_GAP.match(tpl, m.end())
            about_other = (
                told is not None
                and sent.slots[told].kind == "P"
                and sent.slots[told].key != speaker
                and _REPORTED_GAP.fullmatch(tpl, m.end(), sent.positions[told][0])
            )
            # ("Amorim had made clear both players had no future at Old Trafford": others, as a group)
            about_group = opening is not None and _OTHERS_NAMED.match(tpl, opening.end()) is not None
            # ("Ten Hag confirmed the club are still negotiating with PSG over Ugarte": the club's move)
            about_club = opening is not None and _CLUB_REPORTED.match(tpl, opening.end()) is not None
            if about_other or about_group or about_club:
                # the speaker and his pronouns are not the one the report is about
                agents |= {i for i, sl in enumerate(sent.slots) if sl.key == speaker}
        expectations = (_EXPECTS_STAY.match(tpl, a) for a, _b in sent.positions) if has_person else ()
        for m in (m for m in expectations if m is not None):
            if sent.slots[int(m.group(1))].key != sent.slots[int(m.group(2))].key:
                # "the coach said he expects the winger to stay": a wish of someone else's, no commitment
                for clause in clauses:
                    clause.cues = [c for c in clause.cues if not (c.kind == "stay" and c.start >= m.end())]
        for m in _LISTENER.finditer(tpl) if has_person else ():
            listener = sent.slots[int(m.group(1))].key
            if sent.slots[int(m.group(2))].key != listener:
                agents |= {i for i, sl in enumerate(sent.slots) if sl.key == listener}
        for m in _TELLER.finditer(tpl) if has_person else ():
            teller, hearer, about = (sent.slots[int(g)].key for g in m.groups())
            if hearer == about != teller:
                agents |= {i for i, sl in enumerate(sent.slots) if sl.key == teller}
        for m in _ONE_PARTED_WITH.finditer(tpl) if has_person else ():
            replaced.add(
                int(m.group(1))
            )  # "had they parted with Erik ten Hag": the one a successor would replace
        for clause in clauses:
            people = [i for i in clause.slots if sent.slots[i].kind == "P"]
            clubs = [i for i in clause.slots if sent.slots[i].kind == "C"]
            for cue in clause.cues:
                if cue.kind in ("forecast", "agreed") and _REPLACE_END.search(tpl, cue.start, cue.end):
                    # "is expected to replace X": X is the one replaced, not a mover
                    replaced.update([i for i in people if sent.positions[i][0] >= cue.end][:1])
                elif cue.kind == "replace":
                    if tpl.startswith("⟧", cue.start - 1) and not tpl.startswith("replac", cue.start):
                        hit = [i for i in people if sent.positions[i][1] == cue.start]
                    elif "replaced" in tpl[cue.start : cue.end] and not _REPLACED_WITH.match(tpl, cue.end):
                        hit = [i for i in people if sent.positions[i][1] <= cue.start][-1:]
                    else:
                        hit = [i for i in people if sent.positions[i][0] >= cue.end][:1]
                        while hit and (nxt := [i for i in people if i > hit[-1]]):
                            gap = tpl[sent.positions[hit[-1]][1] : sent.positions[nxt[0]][0]]
                            if gap.strip(" ,") not in ("and", "or", ""):
                                break
                            hit.append(nxt[0])
                    replaced.update(hit)
                # (a club that "would listen to offers" or "wants to offload X" is the seller for the clubs
                # that ask, as one that "considers offers": its exit cue makes it so too)
                elif cue.kind == "seller_before" or (
                    cue.kind == "exit" and _SELLS.match(tpl, cue.start, cue.end)
                ):
                    before = [
                        i
                        for i in clubs
                        if sent.positions[i][1] <= cue.start
                        and not any(
                            c is not cue and c.start <= sent.positions[i][0] < c.end for c in clause.cues
                        )
                        # (not the bidder: "rejected an offer of £16m from Newcastle and want £20m")
                        and not _BIDDER_FROM.search(
                            tpl, max(0, sent.positions[i][0] - 60), sent.positions[i][0]
                        )
                        # (not a club before another subject: "PSG make an approach, the Bretons want €60m")
                        and not _OTHER_SUBJECT_BEFORE.search(tpl, sent.positions[i][1], cue.start)
                    ]
                    if len(before) > 1 and _TOLD.search(tpl, 0, sent.positions[before[-1]][0]):
                        # "Real Madrid have told Liverpool he is not for sale": the teller sells, the
                        # sentence's subject ("Newcastle have rejected a bid from Liverpool ... and have
                        # told the champions that the striker is not for sale")
                        before = before[:1]
                    elif before and _TOLD.search(
                        tpl, max(0, sent.positions[before[-1]][0] - 30), sent.positions[before[-1]][0]
                    ):
                        # "X's side have told Al-Ittihad he is not for sale": the club told is the buyer
                        before = []
                    if before:
                        roles[before[-1]] = "seller"
                elif cue.kind == "seller_after":
                    after = [i for i in clubs if sent.positions[i][0] >= cue.end]
                    if after:
                        roles[after[0]] = "seller"
                elif cue.kind in ("bid_rejected", "approach_rejected"):
                    before = [i for i in clubs if sent.positions[i][1] <= cue.start]
                    # (not the asker of a request told as rejected: "their opening approach was rebuffed")
                    if before and not tpl.startswith(("request", "approach", "enquiry"), cue.start):
                        roles[before[-1]] = "seller"
            for cue in clause.cues:
                # (an exit too, when no move came before it in the clause: "he brings experience, following
                # the departure of Emile Smith Rowe to Fulham" is Smith Rowe's move only)
                lone_exit = cue.kind == "exit" and not any(
                    c.kind in _FORWARD_KINDS and c.end <= cue.start for c in clause.cues
                )
                # the one person a cue is about; whoever else is named before it is no mover
                targets: list[int] = []
                if (cue.kind in _OFF_KINDS or lone_exit) and (obj := _ENDED_OBJECT.match(tpl, cue.end)):
                    # "follows United's decision to end their interest in Baleba": only Baleba's move ends
                    targets.append(int(obj.group(1) or obj.group(2)))
                if cue.kind == "exit" and (
                    whose := _WHOSE_FUTURE.search(tpl, max(0, cue.start - 16), cue.start)
                ):
                    # "his arrival leaves Donnarumma's future in doubt": the future's owner, not the newcomer
                    targets.append(int(whose.group(1)))
                for target in targets:
                    agents.update(i for i in people if i != target and sent.positions[i][1] <= cue.start
                                  and sent.slots[i].key != sent.slots[target].key)  # fmt: skip
                if cue.kind in BUYER_KINDS:
                    people = [i for i in people if i not in replaced]
                    before = [i for i in people if sent.positions[i][1] <= cue.start]
                    # (not a bystander already known: "interest from Al-Hilal, where Inzaghi is in charge")
                    # (nor a possessor named for another: "the favourite to take over, having worked as
                    # Rangnick's assistant there")
                    after = [
                        i
                        for i in people
                        if sent.positions[i][0] >= cue.end
                        and i not in bystanders
                        and not (i in agents and tpl.startswith(("'s", "’s"), sent.positions[i][1]))
                    ]
                    # the person just before the cue wants the one after it ("Arteta wants X"); when that
                    # is the mover again ("Flick worked with Tah and admires him"), the clause's subject does
                    subjects = [
                        i
                        for i in before
                        if not any(
                            c.kind in _FORWARD_KINDS and c.end <= sent.positions[i][0] for c in clause.cues
                        )
                    ]
                    if tpl.startswith(" by", cue.end):
                        # "is also wanted by Tottenham, where Thomas Frank is in charge": the one before
                        # is wanted, whoever comes after is not
                        agents.update(
                            i for i in after if before and sent.slots[i].key != sent.slots[before[-1]].key
                        )
                    elif before and _IS_THE_CUE.fullmatch(tpl, sent.positions[before[-1]][1], cue.start):
                        # the one the cue is said of: "He was the clear first choice from the moment the board
                        # decided to sack Tuchel"
                        pass
                    elif after and _NOT_WANTED_AFTER.search(tpl[cue.end : sent.positions[after[0]][0]]):
                        # not one the move would bring or a condition names: "in talks over a move that would
                        # see X travel the other way", "as a replacement should X leave"
                        pass
                    elif (
                        before
                        and after
                        and not _AND_VERB.match(tpl, sent.positions[before[-1]][1])
                        and sent.slots[before[-1]].key != sent.slots[after[0]].key
                    ):
                        # (not one wanted already: "are admirers of X and have been tracking Y")
                        agents.add(before[-1])
                    elif subjects and after and sent.slots[subjects[0]].key != sent.slots[after[0]].key:
                        agents.add(subjects[0])
            clause.movers = [
                i for i in people if i not in replaced and i not in agents and sent.slots[i].kind == "P"
            ]
            forward_cues = [c for c in clause.cues if c.kind in _FORWARD_KINDS]
            if len({sent.slots[i].key for i in clause.movers}) > 1 and len(forward_cues) == 1:
                # "a squad reshaped by spending on A, B and C, and a club whose best player, D, is a top
                # target for City": the subject of the cue is the one who may move
                for cue in clause.cues:
                    if cue.kind not in _FORWARD_KINDS:
                        continue
                    subj = _COPULA_SUBJECT.search(tpl, clause.start, cue.start)
                    if subj is not None and int(subj.group(1)) in clause.movers:
                        key = sent.slots[int(subj.group(1))].key
                        clause.movers = [i for i in clause.movers if sent.slots[i].key == key]
                        break
        for prior, clause in pairwise(clauses):
            if prior.movers and _BOTH.search(tpl, clause.start, clause.end):
                # "Julian Nagelsmann, dismissed by Bayern Munich last month, and Luis Enrique have both held
                # talks": the man of the clause before is a subject too
                clause.movers = [*prior.movers, *(i for i in clause.movers if i not in prior.movers)]
        for clause in clauses:
            # "Aston Villa boss Unai Emery wants to sign PSG winger Marco Asensio": the club of the manager
            # who wants a man, named as his, is the buyer (when nobody else in the clause is that club's)
            for i in clause.slots:
                club = owner_of.get(i, -1)
                if (
                    i in agents
                    and club >= 0
                    and roles.get(club) == "from"
                    and club not in described  # (not his past: "coached by former Wolves and Tottenham boss")
                    and clause.movers
                    and all(owner_of.get(p) != club for p in clause.movers)
                    and any(c.kind in BUYER_KINDS for c in clause.cues)
                    and _MANAGER_BEFORE.search(tpl, max(0, sent.positions[i][0] - 25), sent.positions[i][0])
                ):
                    del roles[club]
        for i, slot in enumerate(sent.slots):
            if slot.owner:
                owner_of.setdefault(i, -1)
        parties: dict[int, tuple[int, bool]] = {}
        if any(c.kind in _TWO_PARTY_KINDS for c in cues) and not _NOT_PARTIES.search(tpl):
            for m in _PARTIES.finditer(tpl):
                first, second = int(m.group(1)), int(m.group(2))
                if first not in roles and second not in roles:
                    parties[first], parties[second] = (second, False), (first, True)
        return _Analysis(
            sent, cues, clauses, roles, owner_of, replaced, agents, parties, described, makeweights
        )

    # ---- item-level relations -----------------------------------------------------------------------

    def _own_clubs(self, analyses: list[_Analysis]) -> dict[str, list[str]]:
        """Each person's current club(s) as the text states them (first pass over the item)."""
        own: dict[str, list[str]] = {}

        def add(person: str, club: str) -> None:
            bucket = own.setdefault(person, [])
            if club not in bucket:
                bucket.append(club)

        for a in analyses:
            slots = a.sentence.slots
            for person, club in a.owner_of.items():
                if club in a.described:
                    continue  # a past club ("former Juve defender Igor Tudor"): no bar to his return
                if club >= 0:
                    add(slots[person].key, slots[club].key)
                elif slots[person].owner:
                    add(slots[person].key, slots[person].owner or "")
            for clause in a.clauses:
                movers = clause.movers or self._inherited(a, clause)
                for i in clause.slots:
                    role = a.roles.get(i)
                    if slots[i].kind == "C" and role in ("from", "seller", "own") and i not in a.described:
                        if role == "from" and _left_before_the_news(a.sentence, i):
                            continue  # a spell he left before the news, no bar to his return
                        # ("three days after Maresca's departure from Stamford Bridge": Maresca's club, not
                        # the club of the man appointed before it)
                        leaving = role == "from" or (role == "own" and len(movers) > 1)
                        leaver = _leaver_of(a, i) if leaving else None
                        if leaver is None and role == "from" and len(movers) > 1:
                            # "sold X to Forest and signed Y from Forest": the man named last before "from"
                            leaver = next(
                                (
                                    p
                                    for p in reversed(movers)
                                    if a.sentence.positions[p][1] <= a.sentence.positions[i][0]
                                ),
                                None,
                            )
                        for p in movers if leaver is None else [leaver]:
                            if role != "from" or i not in a.owner_of.values() or a.owner_of.get(p) == i:
                                add(slots[p].key, slots[i].key)
                # "Foxes name Van Nistelrooy as Cooper's successor": the man replaced was the club's
                hiring = [i for i in clause.slots if slots[i].kind == "C" and i not in a.roles]
                if (
                    len(hiring) == 1
                    and any(c.kind == "replace" for c in clause.cues)
                    and any(c.kind in ("done", "agreed", "forecast") for c in clause.cues)
                ):
                    for p in clause.slots:
                        if p in a.replaced:
                            add(slots[p].key, slots[hiring[0]].key)
        return own

    def _inherited(self, a: _Analysis, clause: _Clause) -> list[int]:
        """Movers of a clause that names nobody: a relative clause's antecedent ("X, who is set to
        join"), else the movers of the clause before - unless the clause speaks of other people in
        the plural ("admirers of the Brentford and Bournemouth head coaches")."""
        index = a.clauses.index(clause)
        tpl = a.sentence.template
        if _CLUBS_OF_PEOPLE.search(tpl, clause.start, clause.end):
            return []
        if clause.cues and all(
            c.kind == "interest" and _UNNAMED_OBJECT.match(tpl, c.end) for c in clause.cues
        ):
            return []
        if _CLUBS_OWN_STORY.fullmatch(tpl, clause.start, clause.end):
            return []  # "Kepa, Courtois and Everton's late swoop": the club's own business, no one named
        if _opens_relative(tpl, clause):
            before = [i for i, (_s, e) in enumerate(a.sentence.positions) if e <= clause.start]
            people = [i for i in before if a.sentence.slots[i].kind == "P"]
            if people:  # the antecedent, even the one being replaced ("X, who was sacked")
                return people[-1:]
            gap_start = a.sentence.positions[before[-1]][1] if before else 0
            if not before or not _ANTECEDENT_GAP.fullmatch(tpl, gap_start, clause.start):
                return []  # "X replaces an unnamed man, who left": about someone the item does not name
        earlier = a.clauses[:index]
        if resumes_main_clause(tpl, [(c.start, c.end) for c in a.clauses], index):
            # (not the people of the relative clause it resumes after: "River, who earlier sold Echeverri,
            # are in no hurry to lose another academy star")
            earlier = earlier[:-1]
        for prev in reversed(earlier):
            if prev.movers:
                return prev.movers
            if _opens_relative(tpl, prev) and not re.search(
                r",\s*(?:and\s+)?$", tpl[max(0, clause.start - 8) : clause.start]
            ):  # (", and has signed a two-year contract": the main clause resumed)
                # "X succeeds Y, who left after four years and is expected to join Z": still Y
                return self._inherited(a, prev)
        return []

    def _destinations(self, analyses: list[_Analysis]) -> dict[str, set[tuple[str, int]]]:
        """Per person, the clubs a sentence names as where he is going ("completing the switch to Villa
        Park", "will join Neom"), with the sentence's index: what settles which party of talks buys."""
        out: dict[str, set[tuple[str, int]]] = {}
        for a in analyses:
            tpl = a.sentence.template
            if "⟦C" not in tpl:
                continue
            for clause in a.clauses:
                movers = [
                    i for i in clause.movers or self._inherited(a, clause) if a.sentence.slots[i].kind == "P"
                ]
                if not movers:
                    continue
                for m in _HEADING_TO.finditer(tpl, clause.start, clause.end):
                    club = a.sentence.slots[int(m.group(1))].key
                    for i in movers:
                        out.setdefault(a.sentence.slots[i].key, set()).add((club, a.sentence.index))
        return out

    # ---- records ------------------------------------------------------------------------------------

    def _records(
        self,
        analyses: list[_Analysis],
        own: dict[str, list[str]],
        sellers: dict[str, list[str]],
        rumour_starts: set[int],
        paragraph_starts: set[int],
    ) -> tuple[list[_Record], dict[str, set[str]]]:
        """Every (person, club, cue kind) the sentences state; ``sellers`` gets, per person, the clubs
        the text makes the selling party ("talks with Leverkusen over X"). At a sentence in
        ``rumour_starts`` (a gossip column's paragraph) nothing earlier is carried over."""
        kb = self.kb
        records: list[_Record] = []
        flags: dict[str, set[str]] = {}  # person key -> {"pending", "step"}
        item_clubs = {s.key for a in analyses for s in a.sentence.slots if s.kind == "C"}
        replaced_keys = {a.sentence.slots[i].key for a in analyses for i in a.replaced}
        headline_clubs = {
            s.key for a in analyses if a.sentence.is_title for s in a.sentence.slots if s.kind == "C"
        }
        # clubs the item makes a man's own or a seller: their officials speak for a seller, not a buyer
        # ("Varandas had insisted the striker would only leave for an offer that respected Sporting's
        # valuation", "Rui Costa is holding out for more")
        selling = {c for clubs in own.values() for c in clubs} | {
            a.sentence.slots[i].key for a in analyses for i, role in a.roles.items() if role in _HELD_BY
        }

        def for_seller(slot: Slot) -> bool:
            return slot.official and slot.key in selling

        buyers = {  # clubs that open a sentence with a move of their own
            a.sentence.slots[0].key
            for a in analyses
            if not a.parties
            and a.sentence.slots
            and a.sentence.slots[0].kind == "C"
            and a.sentence.positions[0][0] <= 4
            and any(c.kind in BUYER_KINDS or c.kind == "hoped" for c in a.cues)
            and not for_seller(a.sentence.slots[0])
        }
        destined = self._destinations(analyses)
        last_movers: list[str] = []
        last_claimed: list[tuple[str, str]] = []
        topic: str | None = None
        opened_by = -1  # the sentence that made the topic by opening with it ("Tottenham used the money ...")
        title = analyses[0].sentence if analyses and analyses[0].sentence.is_title else None
        headline_buyer = _headline_buyer(analyses[0]) if title else None
        headline_lead = next(iter(headline_clubs)) if len(headline_clubs) == 1 else headline_buyer
        review = bool(title and _WINDOW_REVIEW_TITLE.search(title.text))
        # a headline naming one club and its people with no move ("Napoli, De Laurentiis and Conte working
        # on the final details"): the club a move of those people is about, when nothing else is
        title_club: str | None = None
        title_people: set[str] = set()
        if title is not None and not analyses[0].cues:
            named = {s.key for s in title.slots if s.kind == "C"}
            if len(named) == 1 and not analyses[0].roles:
                title_club = next(iter(named))
                title_people = {s.key for s in title.slots if s.kind == "P"}
        for a in analyses:
            sent = a.sentence
            slots = sent.slots
            evidence = sent.text
            if sent.index in rumour_starts:
                last_movers, last_claimed, topic = [], [], None
            elif (
                sent.index in paragraph_starts
                and topic is not None
                and topic not in headline_clubs
                and headline_lead is not None
            ):
                # a new paragraph of an item whose headline names one club (or its buyer beside the seller)
                # is about that club again, not the rival the last paragraph ended on ("Real Madrid, his
                # dream club, are following the situation. / Reinforcements are arriving. X is expected to
                # sign this week"); not when no club is the topic (tried: it cost a holdout file)
                topic = headline_lead
            if _is_partial_subheading(a, analyses):
                continue
            if not slots:
                if _FIRST_PERSON.search(sent.template):
                    continue  # someone speaking, inside a quote: "It's my choice."
                # a sentence about the move without naming anyone: "Club-record fee agreed."
                for cue in a.cues:
                    if cue.kind in _FLAG_KINDS:
                        for claimed in {p for p, _c in last_claimed}:
                            flags.setdefault(claimed, set()).add(_FLAG_KINDS[cue.kind])
                    if cue.kind in _FORWARD_KINDS - {"attempt", "interest"}:
                        for claimed, club in _step_targets(cue.kind, last_claimed, records):
                            records.append(
                                _Record(claimed, club, cue.kind, sent.index, sent.is_title, evidence)
                            )
                continue
            if (at_club := _AT_CLUB_OPENS.match(sent.template)) is not None:
                # "At West Ham, Slaven Bilic got his man too: Robert Snodgrass arrived from Hull": a
                # round-up's next club, where the sentence's moves go
                topic = slots[int(at_club.group(1))].key
            claimed_here: list[tuple[str, str]] = []
            clause_records: list[tuple[_Clause, int]] = []  # clause, index of its first record
            for n_clause, clause in enumerate(a.clauses):
                if not clause.cues:
                    continue
                clause_records.append((clause, len(records)))
                # (a clause whose only people are bystanders is about nobody's move: "X, who has Watkins
                # up front, wants more pace")
                # (a relative clause still means its antecedent: "X, who joined Y's staff, has signed")
                # (a manager named for his club is no bystander: "but Ten Hag's side ended their interest")
                bystanders_only = (
                    any(slots[i].kind == "P" for i in clause.slots)
                    and all(i in a.agents for i in clause.slots if slots[i].kind == "P")
                    and not _WHO_OPENS.match(sent.template, clause.start)
                    and not _HIS_SIDE.match(sent.template, clause.start, clause.end)
                )
                movers = clause.movers or ([] if bystanders_only else self._inherited(a, clause))
                mover_keys = [slots[i].key for i in movers if slots[i].kind == "P"]
                if not clause.movers and all(
                    _OFFERS_HEARD.match(sent.template, c.start) for c in clause.cues
                ):
                    # a club hearing offers sells a player, not the coach the sentence named before ("Flick
                    # has told him the shirt is not guaranteed, and the club would listen to offers")
                    mover_keys = [k for k in mover_keys if getattr(kb.person(k), "role", None) != "manager"]
                clubs = [i for i in clause.slots if slots[i].kind == "C"]
                if (
                    not mover_keys
                    and clubs
                    and any(c.kind in _FORWARD_KINDS or c.kind in _OFF_KINDS for c in clause.cues)
                    and not any(c.movers for c in a.clauses[: a.clauses.index(clause)])
                ):
                    # "Fenerbahce made an approach, but Guendouzi turned it down": the person named
                    # later in the sentence, else the one the item was just talking about
                    # (not one whose own clause has him leaving: "X draw up a shortlist as Y's position
                    # comes under threat" is about Y's successor)
                    # (nor one signed instead: "ended their pursuit after signing Y")
                    later = [
                        slots[i].key
                        for c in a.clauses[1:]
                        if (not c.cues or any(q.kind != "exit" for q in c.cues))
                        and not _SIGNED_INSTEAD.match(sent.template, c.start)
                        and not _INSTEAD_SIGNED.search(sent.template, c.start, c.end)
                        # (nor the one who wants someone: "are also keen, with Ole Gunnar Solskjaer eyeing a
                        # partner for Fred")
                        and not (
                            sent.template.endswith("with ", 0, c.start)
                            and _WANTING.match(sent.template, c.start)
                        )
                        for i in c.movers
                    ]
                    # (not the club's other move: "Liverpool's other deadline-day plan fell through")
                    other = _OTHER_MOVE.search(sent.template, clause.start, clause.end)
                    mover_keys = later[:1] or ([] if other else last_movers[:1])
                    if not mover_keys and not other:
                        # no move claimed yet, and one man named in a move so far: "as Jadon Sancho talks drag
                        # on ... / United remain in negotiations with Dortmund"
                        # (a man who wants to leave is the one a club bids for or watches: "X wants to leave
                        # Newcastle ... Newcastle rejected a £110m bid from Liverpool")
                        unsettled = all(c.kind in _UNSETTLED_KINDS for c in clause.cues)
                        recent = _recent_movers(analyses, sent.index, leaving_counts=unsettled)
                        if len(recent) == 1 and getattr(kb.person(recent[0]), "role", None) != "manager":
                            mover_keys = recent
                index = a.clauses.index(clause)
                if not mover_keys and clubs and index and clause.cues:
                    label = a.clauses[index - 1]
                    if not label.cues and label.movers and sent.template.startswith(":", label.end):
                        # "Unai Emery: Aston Villa appoint former Arsenal boss": the headline's label
                        mover_keys = [slots[i].key for i in label.movers]
                if (
                    not mover_keys
                    and claimed_here
                    and any(c.kind in _OFF_KINDS for c in clause.cues)
                    and {slots[i].key for i in clubs} <= {c for _p, c in claimed_here}
                ):
                    # "The Seagulls had also held talks with the Amsterdam club but pulled out", "X held talks
                    # with the club, but Roma ... ended the negotiations": the end of the move this sentence
                    # just told
                    named = {slots[i].key for i in clubs}
                    mover_keys = list(dict.fromkeys(p for p, c in claimed_here if not named or c in named))
                if not mover_keys:
                    continue
                for key in mover_keys:
                    for cue in clause.cues:
                        if cue.kind not in _FLAG_KINDS:
                            continue
                        flag = _FLAG_KINDS[cue.kind]
                        if flag == "step" and (
                            _JOINS_AFTER_SIGNING.match(sent.template, cue.start)
                            # "turned down Manchester United and Juventus to move to the Bundesliga": what
                            # he turned them down for, no step still to come
                            or any(c.kind in _OFF_KINDS and c.end <= cue.start for c in clause.cues)
                        ):
                            continue
                        towards = _STEP_TOWARDS.match(sent.template, cue.end) if flag == "step" else None
                        if towards:
                            # a step towards a club named after it holds back no move elsewhere ("had tried to
                            # convince him to move to Old Trafford" after "BVB have signed him")
                            flags.setdefault(key, set()).add(f"step:{slots[int(towards.group(1))].key}")
                        else:
                            flags.setdefault(key, set()).add(flag)
                has_nation = any(
                    slots[i].kind == "N"
                    and not _nation_describes_a_man(sent, i, clause, len(headline_clubs) == 1)
                    for i in clause.slots
                )
                bound_cues: set[int] = set()
                dests: list[tuple[int, Cue]] = []
                sentence_clubs = [i for i in range(len(slots)) if slots[i].kind == "C"]
                for ci in clubs:
                    governing = _bind(sent, ci, clause.cues)
                    if governing is not None:
                        role = a.roles.get(ci)
                        if (
                            role == "soft_seller"
                            and mover_keys
                            and all(_asked_to_sell(kb, sent, ci, k) for k in mover_keys)
                        ):
                            role = "seller"
                        # the cue stays free for the buyer (a lone partner in talks, "as X deal agreed
                        # with Brighton", is the seller when the sentence names the buyer elsewhere)
                        lone_partner = role == "soft_seller" and len(clubs) == 1 and len(sentence_clubs) > 1
                        # (nor does a match opponent take a sacking: "was sacked following a defeat by
                        # Leicester")
                        opponent_sacking = role == "opponent" and bool(
                            _SACKING.match(sent.template, governing.start)
                        )
                        held = role in ("from", "own", "seller") or ci in a.described
                        if not held and not lone_partner and not opponent_sacking:
                            bound_cues.add(id(governing))
                        dests.append((ci, governing))
                # two men, two clubs, in order: "Sule and Tolisso departed on free transfers to Borussia
                # Dortmund and Lyon"
                paired: dict[str, int] = {}
                for m in _RESPECTIVE.finditer(sent.template, clause.start, clause.end):
                    paired[slots[int(m.group(1))].key] = int(m.group(3))
                    paired[slots[int(m.group(2))].key] = int(m.group(4))
                for key in mover_keys:
                    person = kb.person(key)
                    mine = own.get(key, [])
                    via_seller: list[str] = []  # "talks with Feyenoord": the buyer's stage
                    start = len(records)
                    # the person's buyers so far (earlier sentences and clauses)
                    earlier = {r.club for r in records if r.person == key and r.kind in _FORWARD_KINDS}
                    # clubs another sentence names as where he is going ("the switch to Villa Park")
                    heading = {c for c, at in destined.get(key, ()) if at != sent.index}
                    for ci, cue in dests:
                        if key in paired and ci != paired[key] and ci in paired.values():
                            continue  # the other man's club
                        club = slots[ci].key
                        role = a.roles.get(ci)
                        if ci in a.parties and role is None:
                            role = self._party_role(ci, a, key, mine, earlier, buyers)
                        if role is None and cue.kind in _TWO_PARTY_KINDS and club not in earlier | heading:
                            # "Leipzig are still negotiating the fee with Newcastle", after Newcastle's
                            # move: the buyer is the partner, so the other party sells; with no
                            # partner, a club negotiating the fee for a move elsewhere sells too
                            partners = [
                                slots[j].key for j in clubs if j != ci and a.roles.get(j) == "soft_seller"
                            ]
                            if any(pk in earlier or pk in heading for pk in partners) or (
                                not partners
                                and earlier
                                and _FEE.search(sent.template, clause.start, clause.end)
                            ):
                                role = "seller"
                        if role == "soft_seller" and (
                            club in heading
                            or (
                                club in earlier
                                and any(
                                    r.club == club and r.sentence != sent.index
                                    for r in records
                                    if r.person == key
                                )
                            )
                        ):
                            # the item's buyer, negotiating with the seller ("Chelsea agree fee with Aston
                            # Villa for Maatsen ... before completing the switch to Villa Park")
                            role = None
                        if role == "soft_seller" and _asked_to_sell(kb, sent, ci, key):
                            role = "seller"
                        if role == "soft_seller":
                            # (not a club only of his past: "former Chelsea boss X, who has held talks with
                            # the club")
                            others = [
                                slots[j].key
                                for j in sentence_clubs
                                if j != ci and j not in a.described and a.roles.get(j) != "former"
                            ]
                            others += [
                                r.club for r in records if r.person == key and r.kind in _FORWARD_KINDS
                            ]
                            others = [o for o in others if o != club]
                            if not others and _talks_over(sent, ci, key):
                                # "Discussions with Rennes over Doué picked up pace", in an item whose
                                # headline is PSG's: the club talked to holds the player
                                role = "seller"
                                if headline_buyer and headline_buyer != club and headline_buyer not in mine:
                                    records.append(
                                        _Record(
                                            key, headline_buyer, cue.kind, sent.index, sent.is_title, evidence
                                        )
                                    )
                                    claimed_here.append((key, headline_buyer))
                            elif not others or any(o in mine for o in others):
                                role = None
                            else:
                                role = "seller"
                        kind = cue.kind
                        if (
                            kind in _OFF_KINDS
                            and cue.end <= sent.positions[ci][0]
                            and _CHOSEN_OVER.search(sent.template, cue.end, sent.positions[ci][0])
                        ):
                            kind = "choice"
                        elif (
                            kind == "choice"
                            and sent.positions[ci][1] <= cue.start
                            and _TOLD_THAT.fullmatch(sent.template, sent.positions[ci][1], cue.start)
                            and _TOLD.search(sent.template, 0, sent.positions[ci][0])
                        ):
                            # "told the Bundesliga club that he had chosen Anfield": the club told is refused
                            kind = "off"
                        if role in ("opponent", "former"):
                            continue
                        if role == "beaten" and kind in _FORWARD_KINDS:
                            kind = "off"
                        if kind in ("stay", "preferred") and _told_no(
                            sent, ci, cue, clubs, club not in mine and (bool(mine) or club in earlier)
                        ):
                            kind = "off"
                        elif kind == "interest" and _told_no(sent, ci, cue, clubs, False):
                            kind = "exit"  # "told Tottenham he wants to move to Bayern": the club he leaves
                        elif (
                            kind == "interest"
                            and mine
                            and club not in mine
                            and club not in sellers.get(key, ())
                            and _told_no(
                                sent,
                                ci,
                                cue,
                                [c for c in clubs if slots[c].key not in mine],
                                False,
                                after_club=True,
                            )
                        ):
                            # a suitor told of another club ("has already told Tottenham that Old Trafford is
                            # the only move he wants"): turned down
                            kind = "off"
                        if (
                            kind == "stay"
                            and mine
                            and club not in mine
                            and (person is None or person.club != club)
                            and sent.template.endswith("to", cue.start, cue.end)
                        ):
                            # "has already committed to Paris Saint-Germain", a man of another club: his yes
                            kind = "consent"
                        if kind in ("exit", "stay"):
                            before = sent.template[max(0, sent.positions[ci][0] - 12) : sent.positions[ci][0]]
                            # "open to a Real Madrid exit": the club inside the cue is his own
                            inside = cue.start <= sent.positions[ci][0] < cue.end
                            # "commits to Villa", "played his last game for Bayern"
                            own_to = sent.template.endswith("to", cue.start, cue.end) or bool(
                                SERVICE_FOR.search(before)
                            )
                            # ("commits future to Barcelona" of a Barcelona player: a renewal)
                            own_to = own_to or (kind == "stay" and person is not None and person.club == club)
                            if (
                                _DEST_PREP.search(before)
                                and role is None
                                and club not in mine
                                and not inside
                                and not own_to
                            ):
                                # "wants to leave for X": a wish; "left Villarreal for Aston Villa": a fact
                                past = _LEFT_FOR.fullmatch(sent.template, cue.start, cue.end) is not None
                                # "follows the exits of X to Lyon", "after the departure of Y to Fulham": told
                                # as behind the news
                                gone = (
                                    _DEPARTURE_BEHIND.search(sent.template, max(0, cue.start - 30), cue.end)
                                    is not None
                                )
                                kind = (
                                    "done"
                                    if (
                                        past and not sent.template.startswith("to", sent.positions[ci][0] - 3)
                                    )
                                    or gone
                                    else "interest"
                                )
                            else:
                                wish = bool(
                                    _WISH.search(sent.template, 0, cue.start)
                                ) or _stay_insisted_by_another(sent, cue)
                                hoped = kind == "stay" and _stay_hoped(sent.template, cue)
                                records.append(
                                    _Record(
                                        key,
                                        club,
                                        kind,
                                        sent.index,
                                        sent.is_title,
                                        evidence,
                                        wish=wish,
                                        hoped=hoped,
                                    )
                                )
                                continue
                        if kind in _ROLE_KINDS or role == "opponent":
                            continue
                        if role in ("from", "seller", "own") or club in mine:
                            if role == "seller" and club not in sellers.setdefault(key, []):
                                sellers[key].append(club)
                            if kind in _FORWARD_KINDS:
                                via_seller.append(kind)
                            continue
                        if kind == "over" and not any(c.kind in _CHOICE_KINDS for c in clause.cues):
                            continue
                        records.append(_Record(key, club, kind, sent.index, sent.is_title, evidence))
                        claimed_here.append((key, club))
                    for r in list(records[start:]):
                        if r.kind in _FORWARD_KINDS:
                            for kind in via_seller:
                                records.append(
                                    _Record(key, r.club, kind, sent.index, sent.is_title, evidence)
                                )
                    # forward cues that govern no club: the club the item is about
                    free = [c for c in clause.cues if id(c) not in bound_cues and c.kind in _FORWARD_KINDS]
                    ending = [c for c in clause.cues if c.kind in _OFF_KINDS]
                    stays = any(c.kind == "stay" for c in clause.cues)
                    if ending and free and not clubs and not stays:
                        # "X, considered for a few days, has been set aside": the end of that move
                        free, ending = ending[-1:], []
                    if (
                        free
                        and index
                        and _WHO_OPENS.match(sent.template, a.clauses[index - 1].start)
                        and _TIME_LINK.search(sent.template, a.clauses[index - 1].end, clause.start)
                        # (not the main clause resumed: "who will leave after seven years, is also being
                        # considered")
                        and all(
                            sent.template.endswith("being ", 0, c.start)
                            and "," not in sent.template[clause.start : c.start]
                            for c in free
                        )
                    ):
                        # "pulled out of a deal for the Italian, who left Fiorentina 23 days after being
                        # appointed": a step of the relative clause's past, not of the sentence's subject
                        free = []
                    if free and not clubs and _UNNAMED_CLUBS.search(sent.template, clause.start, clause.end):
                        free = []  # "with several Premier League clubs interested": no one named
                    if free and clause.swap_club is not None:
                        best = max(free, key=lambda c: _rank(c.kind))
                        swap = clause.swap_club
                        records.append(_Record(key, swap, best.kind, sent.index, sent.is_title, evidence))
                        claimed_here.append((key, swap))
                        free = []
                    if free and not has_nation and not ending and not stays:
                        # clubs that may be a destination (not the person's own, not a seller)
                        targets = {
                            slots[c].key
                            for c in clubs
                            if a.roles.get(c) not in _NOT_A_DESTINATION and slots[c].key not in mine
                        }
                        if not clubs and (
                            whom := _CLUB_BEFORE_WHOM.search(
                                sent.template, max(0, clause.start - 20), clause.start
                            )
                        ):
                            # "his preference is still Barcelona, with whom he has agreed personal terms"
                            antecedent = int(whom.group(1))
                            if (
                                a.roles.get(antecedent) not in _NOT_A_DESTINATION
                                and slots[antecedent].key not in mine
                            ):
                                targets = {slots[antecedent].key}
                        if (
                            sent.is_title
                            and not clubs
                            and _RACE_FOR.match(sent.template, clause.start)
                            and any(
                                c is not clause and c.movers and c.movers != clause.movers for c in a.clauses
                            )
                        ):
                            continue  # a headline's list: "Roma want X, race for Y" - Y's suitors come later
                        best = max(free, key=lambda c: _rank(c.kind))
                        also = bool(_ALSO.search(sent.template, clause.start, clause.end))
                        if len(targets) == 1 and not also:
                            # "made X their top target, and a bid has been submitted": the same club
                            (only,) = targets
                            records.append(_Record(key, only, best.kind, sent.index, sent.is_title, evidence))
                        elif not targets or also:
                            # "Chelsea were interested in X but decided to sign Y": the sentence's subject
                            subject = next((i for i, (p0, _e) in enumerate(sent.positions) if p0 <= 4), None)
                            if not also and (entry := _CLUB_LABEL.match(sent.template)):
                                # "12:30 - More from Villa Park: X's loan is agreed": the club of the entry
                                subject = next(
                                    (i for i, (p0, _e) in enumerate(sent.positions) if p0 == entry.start(1)),
                                    subject,
                                )
                            lead = (
                                slots[subject].key
                                if subject is not None
                                and slots[subject].kind == "C"
                                and a.roles.get(subject) not in ("from", "seller", "own")
                                and not for_seller(slots[subject])
                                else None
                            )
                            # (not when the sentence already gave him another club: "United spoke to his camp,
                            # but he chose Chelsea and has since completed that move")
                            chosen_here = any(p == key and c != lead for p, c in claimed_here)
                            # (nor his own choice told after him: "Brentford had agreed a fee, but he chose to
                            # join Postecoglou's side instead" - not Brentford)
                            his_choice = best.kind == "choice" and any(
                                slots[i].kind == "P" and sent.positions[i][0] < best.start
                                for i in clause.slots
                            )
                            if lead and lead not in mine and not chosen_here and not his_choice:
                                # "Napoli had a bid rejected and have since signed X": the subject again
                                records.append(
                                    _Record(key, lead, best.kind, sent.index, sent.is_title, evidence)
                                )
                                if (key, lead) not in claimed_here:
                                    claimed_here.append((key, lead))
                                continue
                            # the person's own move first ("X is set to join Flamengo, with the move
                            # expected to be confirmed"), else the club the item is about
                            # (the furthest along of them: "Napoli have agreed a fee for X. He had been the
                            # subject of two rejected offers from Fulham. He is due to undergo a medical")
                            # (not the club selling him: "Spurs have opened talks with Brentford about Frank")
                            moves = [
                                r
                                for r in records
                                if r.person == key
                                and r.kind in _FORWARD_KINDS
                                and r.club not in sellers.get(key, ())
                            ]
                            own_dest = (
                                max(reversed(moves), key=lambda r: _rank(r.kind)).club if moves else None
                            )
                            if (
                                own_dest is None
                                and best.kind == "done"
                                and len(headline_clubs) == 1
                                and any(a.roles.get(c) in ("from", "former") for c in clubs)
                                # (unless the sentence before turned to another club: "Tottenham used the
                                # Alli money to strengthen elsewhere. X completed a move from Juventus")
                                and (opened_by != sent.index - 1 or topic in headline_clubs)
                            ):
                                # a window review: "Buongiorno arrived from Torino", in an item whose
                                # headline names one club - the club it reviews
                                own_dest = next(iter(headline_clubs))
                            # (a move already claimed in this sentence is the one the cue is about)
                            # ("has also been linked": another club, the one the item is about)
                            # "Amorim is also an admirer of Villa's Watkins": the admiring manager's club,
                            # when the item names it
                            coached: list[str] = [
                                c
                                for i in a.agents
                                if slots[i].kind == "P"
                                and (boss := kb.person(slots[i].key)) is not None
                                and boss.role == "manager"
                                and (c := boss.club) is not None
                                and c in item_clubs
                                and c not in mine
                                and c != getattr(person, "club", None)
                            ]
                            t: str | None
                            if coached and _ADMIRER.search(sent.template, clause.start, clause.end):
                                t = coached[0]
                            elif _FUNDED_BY_SALE.match(sent.template, clause.start) and (
                                funder := next(
                                    (
                                        slots[i].key
                                        for i in sentence_clubs
                                        if sent.positions[i][1] <= clause.start and a.roles.get(i) == "seller"
                                    ),
                                    None,
                                )
                            ):
                                # "are hoping to sell him to help fund a move for X": the seller buys X
                                t = funder
                            elif also:
                                # "United have made contact with Zidane's camp, while Potter is also under
                                # consideration": the club this sentence has just given another man
                                others = [
                                    r.club
                                    for r in records
                                    if r.sentence == sent.index
                                    and r.person != key
                                    and r.kind in BUYER_KINDS  # (not his own choice of a club)
                                    and not r.background
                                    and any(
                                        slots[i].key == r.club and a.roles.get(i) not in _NOT_A_DESTINATION
                                        for i in sentence_clubs
                                    )
                                ]
                                t = others[-1] if others else topic
                            else:
                                t = (
                                    None
                                    if own_dest and (key, own_dest) in claimed_here
                                    else own_dest
                                    or self._successor_club(a, clause, item_clubs)
                                    or topic
                                    or (title_club if key in title_people else None)
                                )
                            # (a further step of the move this sentence already claimed: "X is the favourite,
                            # with the sporting director having already held initial discussions with him")
                            further = (
                                t is None
                                and not also
                                and own_dest is not None
                                and (key, own_dest) in claimed_here
                                and own_dest not in mine
                                # (not a done thing, which a "because" clause tells of his own club: "because
                                # Edwards only took charge in June")
                                and best.kind != "done"
                                and _rank(best.kind) > max(_rank(r.kind) for r in moves if r.club == own_dest)
                                # (named in the clause itself, and not denied: "although neither reached the
                                # interview stage", "no negotiations yet")
                                and any(slots[i].key == key for i in clause.slots)
                                and not _NEGATED.search(sent.template, clause.start, clause.end)
                            )
                            t = t if t and t not in mine and (key, t) not in claimed_here else None
                            if further:
                                t = own_dest
                            in_clause = {slots[c].key for c in clubs if c not in a.described}
                            if t is not None and t not in in_clause:
                                records.append(
                                    _Record(key, t, best.kind, sent.index, sent.is_title, evidence)
                                )
                                if (key, t) not in claimed_here:
                                    claimed_here.append((key, t))
                    # the end of a move already reported, when the clause names no club
                    offs = [c for c in clause.cues if id(c) not in bound_cues and c.kind in _OFF_KINDS]
                    # (only an end needs the move it ends: the scans below stay off the hot path)
                    here = [c for p, c in claimed_here if p == key] if offs else []
                    ended = (
                        here[-1]
                        if here
                        else (_pursuer_before(a, clause, key, mine) if offs else None) or topic
                    )
                    reported = bool(offs) and any(
                        r.person == key and r.club == ended and r.kind in _FORWARD_KINDS for r in records
                    )
                    # (a club that only describes him is none: "Talks with former Roma coach Paulo Fonseca
                    # broke down")
                    if offs and not any(a.roles.get(c) != "former" for c in clubs) and ended and reported:
                        records.append(_Record(key, ended, "off", sent.index, sent.is_title, evidence))
                    elif (
                        offs
                        and all(slots[c].key in mine for c in clubs)
                        and _REFUSED_ROLE.search(sent.template, clause.start, clause.end)
                    ):
                        # "X turned down the role, with Norwich now considering Y": the club the
                        # sentence (else the item) is about
                        # (not a former club: "the former Manchester City captain became Bayern's choice after
                        # X, Y and Z all turned the job down")
                        # (nor the club another man of the list stayed at: "X chose to stay at Leverkusen ...,
                        # and Y also turned the job down")
                        stayed_at = {
                            r.club
                            for r in records
                            if r.sentence == sent.index and r.kind == "stay" and r.person != key
                        }
                        clubs_not_former = [
                            i
                            for i in sentence_clubs
                            if a.roles.get(i) != "former" and slots[i].key not in stayed_at
                        ]
                        named_here = {slots[i].key for i in clubs_not_former} - set(mine)
                        club_off = next(iter(named_here)) if len(named_here) == 1 else None
                        # a list of refusals: "X turned Bayern down to stay at Leverkusen, and Y rejected
                        # the job" - the club another man of the sentence turned down
                        turned_down = {
                            r.club
                            for r in records
                            if r.sentence == sent.index and r.kind in _OFF_KINDS and r.person != key
                        }
                        if club_off is None and len(turned_down) == 1:
                            club_off = next(iter(turned_down))
                        # "Bayern turned to Kompany after X, Y and Z all said no, while Palace refused ...":
                        # the club the sentence named before the refusal
                        named_before = {
                            slots[i].key for i in clubs_not_former if sent.positions[i][1] <= clause.start
                        } - set(mine)
                        if club_off is None and len(named_before) == 1:
                            club_off = next(iter(named_before))
                        named_after = {
                            slots[i].key for i in clubs_not_former if sent.positions[i][0] >= clause.end
                        }
                        if not named_here or (club_off is None and topic in named_after):
                            # ("Rangnick said no ..., and Crystal Palace refused to let Bayern speak to X":
                            # the club the item is about, named again in a later clause)
                            club_off = topic
                        if club_off and club_off not in mine and club_off != getattr(person, "club", None):
                            records.append(_Record(key, club_off, "off", sent.index, sent.is_title, evidence))
                    # "Forest's move for X is off": the end of the move the clause just named
                    called_off = [c for c in offs if _MOVE_IS_OFF.match(sent.template, c.start)]
                    if called_off and clubs:
                        for r in list(records[start:]):
                            if r.kind in _FORWARD_KINDS and r.kind not in ("done", "agreed"):
                                off = _Record(key, r.club, "off", sent.index, sent.is_title, evidence)
                                records.append(off)
                    # exit / stay with no club in the clause
                    for cue in clause.cues:
                        if cue.kind not in ("exit", "stay") or id(cue) in bound_cues:
                            continue
                        if has_nation and cue.kind == "stay":
                            if (
                                topic is not None
                                and getattr(person, "role", None) == "manager"
                                and getattr(person, "national_team", None)
                                in {slots[i].key for i in clause.slots if slots[i].kind == "N"}
                            ):
                                # "Nagelsmann extended his contract with Germany": a national coach staying
                                # is a no to the club whose search the item tells
                                records.append(
                                    _Record(key, topic, "off", sent.index, sent.is_title, evidence)
                                )
                            elif _STAY_IN_NATION.search(sent.template, cue.start, clause.end):
                                # "Rangers held talks with Yokohama's Muscat, but the Australian chose to stay
                                # in Japan": staying in his club's country ends the moves this sentence told
                                homes = {
                                    fold(home.country)
                                    for c in mine
                                    if (home := kb.club(c)) is not None and home.country
                                }
                                countries = {
                                    fold(nation.name)
                                    for i in clause.slots
                                    if slots[i].kind == "N"
                                    and (nation := kb.nation(slots[i].key)) is not None
                                }
                                if homes & countries:
                                    for p, c in list(claimed_here):
                                        if p == key and c not in mine:
                                            records.append(
                                                _Record(key, c, "off", sent.index, sent.is_title, evidence)
                                            )
                            continue
                        if cue.kind == "exit" and _NATION_BEFORE.search(
                            sent.template, clause.start, cue.start
                        ):
                            continue  # a national team's: "Spain have sacked head coach Julen Lopetegui"
                        # (not a club across a semicolon: "X is expected to leave; Y, for whom United bid")
                        seg_start = sent.template.rfind(";", 0, cue.start) + 1
                        seg_end = sent.template.find(";", cue.end) % (len(sent.template) + 1)
                        near = [i for i in sentence_clubs if seg_start <= sent.positions[i][0] < seg_end]
                        main: list[int] = []
                        if n_clause and _AFTER_CLAUSE.search(sent.template, 0, clause.start):
                            # "Fiorentina turned to X after Palladino resigned, while Lazio ...": the club of
                            # the clause the "after" clause hangs on (before the knowledge base's, which may
                            # know his next club)
                            main = [i for i in a.clauses[n_clause - 1].slots if slots[i].kind == "C"]
                        # a headline's list under one club: "Everton's summer so far: Onana gone, ..." (the
                        # knowledge base may know the club he went to)
                        listed_under = {slots[i].key for i in near if a.roles.get(i) != "opponent"}
                        # "Barcelona want to offload X, and would be willing to sell Y": the club that sells
                        sold_by = {slots[i].key for i in near if a.roles.get(i) == "seller"}
                        sells = cue.kind == "exit" and _SELLS.match(sent.template, cue.start, cue.end)
                        if sells and len(sold_by) == 1:
                            club_id: str | None = sold_by.pop()
                        elif len(main) == 1 and not mine and a.roles.get(main[0]) not in _NOT_A_DESTINATION:
                            club_id = slots[main[0]].key
                        elif sent.is_title and cue.kind == "exit" and not mine and len(listed_under) == 1:
                            club_id = listed_under.pop()
                        else:
                            club_id = self._own_club_for(
                                key, mine, person, item_clubs, a, near, records, replaced_keys
                            )
                        headline_club = (
                            next(iter(headline_clubs))
                            if len(headline_clubs) == 1
                            else headline_buyer
                            if person is not None and person.role == "player"
                            else None
                        )
                        if (
                            club_id is None
                            and headline_club is not None
                            and person is not None
                            and (person.club is None or person.club not in item_clubs)
                            and person.national_team is None
                            and not has_nation
                            # (no stay at the club that gave up on him: "Barça throw in the towel ... he will
                            # remain in Paris")
                            and not (
                                cue.kind == "stay"
                                and any(
                                    r.person == key and r.club == headline_club and r.kind in _OFF_KINDS
                                    for r in records
                                )
                            )
                        ):
                            # "Juventus, the Conte dream lives on ... Tudor knows his position is far from
                            # secure": a coach the knowledge base places nowhere (or at a club the item
                            # never names: the snapshot is newer than the news), at the club of the headline
                            # (its one buyer: "Napoli: Lukaku is official, McTominay agreement reached with
                            # United ... Osimhen still wants to leave")
                            club_id = headline_club
                        if club_id is None and person is None and topic and not has_nation:
                            # someone the knowledge base does not know, at the club the item is about:
                            # "The board decided that İsmail Kartal's contract will not be renewed"
                            club_id = topic
                        if club_id:
                            records.append(
                                _Record(
                                    key,
                                    club_id,
                                    cue.kind,
                                    sent.index,
                                    sent.is_title,
                                    evidence,
                                    wish=bool(_WISH.search(sent.template, 0, cue.start)),
                                    hoped=cue.kind == "stay" and _stay_hoped(sent.template, cue),
                                )
                            )
            for n, (clause, first) in enumerate(clause_records):
                if _DATED_ASIDE.match(sent.template, clause.start, clause.end) or _DATED_END.search(
                    sent.template, clause.start, clause.end
                ):
                    # "X, whose move collapsed on deadline day last summer, ...", "United's attempt to sign
                    # the winger last summer collapsed": that window's story
                    upto = clause_records[n + 1][1] if n + 1 < len(clause_records) else len(records)
                    for r in records[first:upto]:
                        r.dated = r.kind in _OFF_KINDS or r.kind in _FORWARD_KINDS
                if (
                    _RELATIVE.match(sent.template, clause.start)
                    and not review
                    and not _PRESENT_NEWS.search(sent.template, clause.start, clause.end)
                ):
                    # (not "Tudor, who has signed a contract until June": news in a relative clause)
                    upto = clause_records[n + 1][1] if n + 1 < len(clause_records) else len(records)
                    # (nor another man's move told of a club: "Chelsea, who had brought in Giroud from the
                    # Gunners earlier on deadline day")
                    # (undated: "who signed Karim Benzema in June" is the club's background)
                    ahead = [i for i, (_s, e) in enumerate(sent.positions) if e <= clause.start]
                    buyer = slots[ahead[-1]].key if ahead and slots[ahead[-1]].kind == "C" else None
                    named = {slots[i].key for i in clause.slots if slots[i].kind == "P"}
                    undated = not _MONTH_OR_YEAR.search(sent.template, clause.start, clause.end)
                    for r in records[first:upto]:
                        if not (r.club == buyer and r.person in named and r.kind == "done" and undated):
                            r.background = True
            records.extend(self._instead(sent, records, own))
            if claimed_here:
                last_claimed = claimed_here
                last_movers = list(dict.fromkeys(p for p, _c in claimed_here))
                # (not a club turned down, nor one of a move told as background)
                fwd = [
                    c
                    for p, c in claimed_here
                    if any(
                        r.sentence == sent.index
                        and r.person == p
                        and r.club == c
                        and r.kind in _FORWARD_KINDS
                        and r.kind != "preferred"  # (his wish, not the club the item turns to)
                        and not r.background
                        for r in records
                    )
                ]
                if fwd and topic not in fwd:
                    # (a rival named after the club the item is about leaves the topic where it was)
                    topic = fwd[-1]
                elif (
                    not fwd
                    and topic is None
                    and slots[0].kind == "C"
                    and sent.positions[0][0] <= 4
                    and {c for _p, c in claimed_here} == {slots[0].key}
                ):
                    # "Tottenham have ended talks with X": the club ending a move still searches
                    topic = slots[0].key
                elif (
                    not fwd
                    and topic is None
                    and len(raced := {c for _p, c in claimed_here}) == 1
                    and _MAN_OUT_OF_RACE.search(sent.template)
                ):
                    # "Nagelsmann out of Chelsea race": a man out of its race, and the club still searches
                    topic = next(iter(raced))
            elif (
                slots
                and slots[0].kind == "C"
                and (sent.positions[0][0] <= 4 or _FRONTED.fullmatch(sent.template, 0, sent.positions[0][0]))
                and a.roles.get(0) not in _NOT_A_DESTINATION
                and not sent.is_title
                and not any(r.sentence == sent.index for r in records)
                and not for_seller(slots[0])
            ):
                topic = slots[0].key  # "Newcastle had prepared for his exit.": the focus moves to Newcastle
                opened_by = sent.index
            elif (
                slots
                and slots[0].kind == "P"
                and not sent.is_title
                and _CASE_OPENS.match(sent.template)
                and not any(r.sentence == sent.index for r in records)
            ):
                # "Garnacho's situation is very different.": the man talked about from now on
                last_movers = [slots[0].key]
            elif stated := [r.person for r in records if r.sentence == sent.index and r.kind == "stay"]:
                last_movers = list(
                    dict.fromkeys(stated)
                )  # "X commits to Arsenal. Juventus had made an approach."
            for r in records[-8:]:
                if r.sentence == sent.index and r.kind in ("exit",):
                    topic = topic or r.club
            # an exit becomes the topic, unless its person is moving to a club the item named before
            exits = [
                r
                for r in records
                if r.sentence == sent.index
                and r.kind == "exit"
                and not any(q.person == r.person and q.kind in _FORWARD_KINDS for q in records)
            ]
            if exits and not claimed_here:
                topic = exits[-1].club
        return records + _stayers_among_refusals(records), flags

    def _instead(self, sent: Sentence, records: list[_Record], own: dict[str, list[str]]) -> list[_Record]:
        """ "X were keen on Y but decided to sign Z instead" / "opt to sign Z instead of Y": the move
        for Y, by the club that chose Z, is off."""
        m = _INSTEAD.search(sent.template)
        if m is None:
            return []
        slots = sent.slots
        chosen = slots[int(m.group(1))].key
        clubs = [
            slots[i].key for i, (a, _b) in enumerate(sent.positions) if slots[i].kind == "C" and a < m.start()
        ]
        buyer = next(
            (r.club for r in reversed(records) if r.sentence == sent.index and r.person == chosen), None
        ) or (clubs[0] if clubs else None)
        if buyer is None:
            return []
        dropped = {
            r.person
            for r in records
            if r.sentence == sent.index
            and r.club == buyer
            and r.person != chosen
            and r.kind in _FORWARD_KINDS
        }
        if m.group(2) is not None:
            dropped.add(slots[int(m.group(2))].key)
        dropped -= {chosen}
        # "have ended their pursuit and are focusing on Z instead": the move that ended is not Z's
        records[:] = [
            r
            for r in records
            if not (
                r.sentence == sent.index and r.person == chosen and r.club == buyer and r.kind in _OFF_KINDS
            )
        ]
        return [
            _Record(person, buyer, "off", sent.index, sent.is_title, sent.text)
            for person in sorted(dropped)
            if buyer not in own.get(person, [])
        ]

    def _party_role(
        self, ci: int, a: _Analysis, key: str, mine: list[str], earlier: set[str], buyers: set[str]
    ) -> str | None:
        """Of two clubs in talks with each other, the buyer is the one the item already made the
        person's destination ("X to Chelsea, here we go! Brighton and Chelsea reach agreement"), else
        the one another sentence makes the subject of a move ("Los Blancos are negotiating"), else the
        seller is the person's club (as the text, else the knowledge base, says), else the club named
        second."""
        slots = a.sentence.slots
        partner, second = a.parties[ci]
        for known in (earlier, buyers | earlier):
            if (slots[ci].key in known) != (slots[partner].key in known):
                return None if slots[ci].key in known else "seller"
        # the text's own clubs only: the knowledge base may postdate the move ("claims.md": it never
        # turns a destination into a source)
        if slots[ci].key in mine:
            return "seller"
        if slots[partner].key in mine:
            return None
        return "seller" if second else None

    def _successor_club(self, a: _Analysis, clause: _Clause, item_clubs: set[str]) -> str | None:
        """The club of the man a clause appoints someone to replace, when the item names it: "Ronald
        Koeman, appointed as Setien's replacement last week" (Setien's club, not the item's)."""
        if not _APPOINTED_AS_SUCCESSOR.search(a.sentence.template, clause.start, clause.end):
            return None
        replaced = (self.kb.person(a.sentence.slots[i].key) for i in clause.slots if i in a.replaced)
        return next((p.club for p in replaced if p is not None and p.club in item_clubs), None)

    def _own_club_for(
        self,
        key: str,
        mine: list[str],
        person: object,
        item_clubs: set[str],
        a: _Analysis,
        sentence_clubs: list[int],
        records: list[_Record],
        replaced_keys: set[str],
    ) -> str | None:
        """The club an exit or stay is about when its clause names none: the person's club as the
        text states it, else as the knowledge base does when the item names it, else the club of his
        exit or stay told earlier, else (for someone named as being replaced) the club that hires his
        successor, else the only other club of the sentence (not a match opponent or a former club)."""
        if mine:
            return mine[0]
        # (his exit or stay the item told first: the knowledge base may know a later club, one the item
        # names as his next - "Fenerbahce part ways with Mourinho ... Mourinho leaves")
        told = [r.club for r in records if r.person == key and r.kind in ("exit", "stay")]
        if told:
            return told[-1]
        kb_club = getattr(person, "club", None)
        if kb_club and kb_club in item_clubs:
            return str(kb_club)
        if key in replaced_keys:
            # someone replaced left the club that hires his successor, not the one the successor leaves ("The
            # Frenchman leaves Columbus Crew to replace Brendan Rodgers, who resigned in October"), and no
            # club when his successor joins none ("replacing Roberto Martinez, who left after the Red Devils'
            # exit": Belgium's coach, the sentence's one club only a nickname's guess)
            # (a coach's successor, not a player another club wants: "Koeman, appointed as Setien's
            # replacement", in an item whose headline has Manchester City leading the race for Messi)
            coach = getattr(person, "role", None) == "manager"
            hired = [
                r.club
                for r in records
                if r.person != key
                and r.kind in _FORWARD_KINDS
                and not (coach and getattr(self.kb.person(r.person), "role", None) == "player")
            ]
            return hired[-1] if hired else None
        dests = {r.club for r in records if r.person == key and r.kind not in ("exit", "stay")}
        candidates = {
            a.sentence.slots[i].key
            for i in sentence_clubs
            if a.sentence.slots[i].key not in dests
            and a.roles.get(i) not in ("opponent", "former", "from", "seller", "soft_seller")
        }
        return candidates.pop() if len(candidates) == 1 else None

    # ---- merging ------------------------------------------------------------------------------------

    def _claims(
        self,
        records: list[_Record],
        flags: dict[str, set[str]],
        own: dict[str, list[str]],
        sellers: dict[str, list[str]],
        source: SourceTier,
        names: dict[str, str],
        by_sentence: dict[int, SourceTier],
    ) -> list[Claim]:
        kb = self.kb
        # "have been trying to agree an extension, but negotiations have stalled": no commitment
        records = [r for r in records if not (r.kind == "stay" and r.wish and _STALLED.search(r.evidence))]
        # "Kompany, who left for Bayern Munich": a completed move told in a relative clause is background
        records = [r for r in records if not (r.background and r.kind == "done")]
        moving_to = {(r.person, r.club) for r in records if r.kind in ("agreed", "done", "forecast")}
        records = [
            r
            for r in records
            if not (
                r.kind == "stay"
                and any(p == r.person and c != r.club for p, c in moving_to)
                and _STAY_FOR_NOW.search(r.evidence)
                and not _NEW_CONTRACT.search(r.evidence)
            )
        ]
        by_pair: dict[tuple[str, str], list[_Record]] = {}
        for r in records:
            by_pair.setdefault((r.person, r.club), []).append(r)
        stays = {(r.person, r.sentence) for r in records if r.kind in ("stay", "off")}
        first_stay: dict[str, _Record] = {}
        for r in records:
            if r.kind == "stay" and (not r.background or _STAYED_INSTEAD.search(r.evidence)) and not r.wish:
                first_stay.setdefault(r.person, r)
        settled = {r.person for r in records if r.kind == "stay" and "settled" in flags.get(r.person, set())}
        stay_clubs = {(r.person, r.club) for r in records if r.kind == "stay"}
        decided: dict[str, set[str]] = {}  # person -> the clubs they chose ("picks United over Newcastle")
        for r in records:
            # (a choice is news even in a relative clause: "City had tried to sign X, who chose Barca")
            if (
                r.kind == "preferred"
                or (r.kind == "choice" and _DECIDED.search(r.evidence))
                # "The Frenchman is now set to join Liverpool instead": the others' moves are over
                or (r.kind in ("forecast", "agreed", "done") and _JOINS_INSTEAD.search(r.evidence))
            ) and (not r.background or r.kind == "choice"):
                decided.setdefault(r.person, set()).add(r.club)
        own_here: dict[str, set[str]] = {}  # club -> people the text places there
        for person_key, clubs in own.items():
            for club_id in clubs:
                own_here.setdefault(club_id, set()).add(person_key)
        buyers_of: dict[str, set[str]] = {}
        for r in records:
            if r.kind in _FORWARD_KINDS:
                buyers_of.setdefault(r.person, set()).add(r.club)
        claims: list[Claim] = []
        for (person_key, club_id), recs in by_pair.items():
            if any(r.dated for r in recs) and any(r.kind in _FORWARD_KINDS for r in recs):
                # ("made contact with Conte, whose talks with Spurs broke down in June": today's step alone)
                live = any(r.kind in _FORWARD_KINDS and not r.dated for r in recs)
                recs = [r for r in recs if not (r.dated and (live or r.kind in _OFF_KINDS))]
            if (stayed := first_stay.get(person_key)) is not None and stayed.club == club_id:
                # "Messi has confirmed he will remain at Barcelona ... He said he still wanted to leave but
                # would not take the club to court": a wish given up after his commitment does not undo it
                recs = [
                    r
                    for r in recs
                    if not (
                        r.kind == "exit" and r.sentence > stayed.sentence and _EXIT_WISHED.search(r.evidence)
                    )
                ]
            kinds = [r.kind for r in recs]
            if club_id in sellers.get(person_key, ()) and buyers_of.get(person_key, set()) - {
                club_id,
                kb.spells_club(person_key),
            }:
                # the club the text makes the seller, while others buy: no move of its own (its exit or
                # stay is still told); the club his spells place him at is his, no other buyer, whatever
                # the text's roles say
                recs = [r for r in recs if r.kind in ("exit", "stay")]
                if not recs:
                    continue
                kinds = [r.kind for r in recs]
            # "commits his future to X, ending speculation": moves still pending elsewhere are off
            if (
                person_key in settled
                and (person_key, club_id) not in stay_clubs
                and all(k in _UNSETTLED_KINDS or k in _OFF_KINDS for k in kinds)
            ):
                last = recs[-1]
                if not any(_STILL_ON.search(r.evidence) for r in recs):
                    recs = [*recs, _Record(person_key, club_id, "off", last.sentence, False, last.evidence)]
                    kinds.append("off")
            stage: Stage | None = None
            evidence, said_in = recs[0].evidence, recs[0].sentence
            forward = [r for r in recs if r.kind in _FORWARD_KINDS]
            offs = [r for r in recs if r.kind in _OFF_KINDS]
            offs += [r for r in forward if r.kind == "attempt" and (person_key, r.sentence) in stays]
            stayed = first_stay.get(person_key)
            if stayed is not None and "stay" not in kinds and "done" not in kinds and "agreed" not in kinds:
                body = [r for r in forward if not r.title]
                ended = stayed.sentence
                # "Juventus had considered Inzaghi, but he has renewed with Lazio": a stay told in the
                # interest's own sentence ends it too, when told as done, not offered or forecast ("has been
                # offered a new contract", "is expected to stay": claims.md)
                same_ok = bool(_STAY_DECIDED.search(stayed.evidence))
                if body and all(r.sentence < ended or (same_ok and r.sentence == ended) for r in body):
                    offs += body
            lead_exit = min((r.sentence for r in recs if r.kind == "exit"), default=None)
            if (
                lead_exit is not None
                and lead_exit <= 1
                and forward
                and all(r.kind in ("interest", "attempt", "done") and r.sentence > lead_exit for r in forward)
            ):
                # "Leicester sack Cooper ... are now considering candidates to replace him": a club the item
                # opens with him leaving wants no one but his successor; "... He arrived in August": his
                # arrival is the past the sacking ends
                forward = []
            if forward and "done" not in kinds and not self._holds(person_key, club_id, own, sellers):
                last_step = max(r.sentence for r in forward)
                # "Milan had agreed to bring in Rangnick, but the German is no longer part of their plans":
                # a leaving from a club he never joined is the end of that move
                offs += [
                    r
                    for r in recs
                    if r.kind == "exit" and r.sentence >= last_step and _OUT_OF_PLANS.search(r.evidence)
                ]
            picked = decided.get(person_key)
            # (a bid accepted by his club too: "Liverpool's bid was accepted ... he would only join Chelsea")
            if (
                picked
                and club_id not in picked
                and all(k in BUYER_KINDS or k in ("agreed", "forecast") for k in kinds)
                # (not the club that sells him: "picks Barcelona over PSG as Ajax agree €75m deal")
                and not self._holds(person_key, club_id, own, sellers)
            ):
                # "X chooses Real Madrid ... Liverpool and Chelsea wanted him": the others' moves are over
                offs = offs or forward
            if "stay" in kinds:
                stays_elsewhere = any(
                    r.person == person_key and r.kind == "stay" and r.club != club_id for r in records
                )
                if (forward or offs) and stays_elsewhere and person_key not in own_here.get(club_id, set()):
                    # "informed them he wants to remain at the club": the suitor he stays away from
                    offs = offs or [r for r in recs if r.kind == "stay"]
                    forward = []
                else:  # a move to one's own club is a new contract
                    forward = offs = []
            if offs and ("done" not in kinds or any(_OPTION_DECLINED.search(r.evidence) for r in offs)):
                own_or_sold = club_id in own.get(person_key, ()) or club_id in sellers.get(person_key, ())
                if not forward and own_or_sold:
                    continue  # the selling club pulling out ends no move of its own ("but Palace pulled out")
                stage, evidence, said_in = Stage.OFF, offs[-1].evidence, offs[-1].sentence
            elif forward:
                best = max(forward, key=lambda r: _rank(r.kind))
                stage = STAGE_OF[best.kind]
                person_flags = flags.get(person_key, set())
                if best.kind == "forecast" and (
                    "pending" in person_flags
                    or any(r.kind == "talks" and _UNDER_WAY.search(r.evidence) for r in forward)
                ):
                    # "Hearts close in on X ... are in talks over a fee": agreement is still to come
                    stage = Stage.TALKS
                if (
                    best.kind == "consent"
                    and not any(r.kind in ("agreed", "done", "forecast", "step") for r in forward)
                    and ("pending" in person_flags or any(r.kind in _CLUBS_BARGAINING for r in forward))
                ):
                    # "X has already said yes to Porto", while the clubs still negotiate: personal terms,
                    # the fee still open (claims.md: talks)
                    stage = Stage.TALKS
                if (
                    stage is Stage.DONE
                    and ("step" in person_flags or f"step:{club_id}" in person_flags)
                    and not any(
                        r.kind == "done" and not r.title and _COMPLETED.search(r.evidence) for r in recs
                    )
                ):
                    stage = Stage.AGREED
                evidence, said_in = best.evidence, best.sentence
            else:
                states = [r for r in recs if r.kind == "exit" or (r.kind == "stay" and not r.hoped)]
                if any(r.kind == "exit" for r in states):
                    # "Ten Hag was sacked ... He had been handed an extension in July": the stay came before
                    states = [
                        r for r in states if not (r.kind == "stay" and _EARLIER_STAY.search(r.evidence))
                    ]
                if any(r.kind == "stay" for r in states):
                    # a club hearing offers is no leaving while he wants to stay ("X wants to stay, although
                    # the club would listen to offers")
                    states = [r for r in states if r.kind == "stay" or not _OFFERS_HEARD.search(r.evidence)]
                if not states:
                    continue
                titled = [r for r in states if r.title]
                chosen = titled[-1] if titled else states[-1]
                stage, evidence, said_in = STAGE_OF[chosen.kind], chosen.evidence, chosen.sentence
            if stage is None:
                continue
            person = kb.person(person_key)
            club = kb.club(club_id)
            name = person.name if person else names.get(person_key, person_key[1:].replace("-", " ").title())
            from_id: str | None = None
            if stage not in (Stage.EXIT, Stage.STAY):
                # the text's word first ("Brentford striker X", "talks with Leverkusen over X"), then the kb's
                mine = [c for c in [*own.get(person_key, []), *sellers.get(person_key, [])] if c != club_id]
                if mine:
                    from_id = mine[0]
                elif person and person.club and person.club != club_id:
                    from_id = person.club
            from_club = kb.club(from_id)
            told_by = by_sentence.get(said_in, source)
            claims.append(
                Claim(
                    person=name,
                    club=club.name if club else club_id,
                    stage=stage,
                    evidence=evidence,
                    tier=self._tiers.tier_for_club(told_by, club_id),
                    from_club=from_club.name if from_club else None,
                    person_id=person_key,
                    club_id=club_id,
                    from_club_id=from_id,
                    source=told_by.name,
                )
            )
        return self._without_bystanding_managers(self._without_own_club_pursuits(claims))

    def _without_own_club_pursuits(self, claims: list[Claim]) -> list[Claim]:
        """Drop a move short of done of a man to the club he is at (the knowledge base's, at the item's
        date) when another club pursues him: "Sporting confirm Manchester United want Ruben Amorim". Only a
        coach's club or one the spells date: an undated player's is today's, maybe the club he moved to.

        A player the spells place at the club is no signing of its own even when nobody else pursues him
        ("Vinicius Junior and Rodrygo are expected to complete the attack"), unless the text gives him
        another club or speaks of a loan, which his spell at the club may be.

        A move called off at that club goes too, when the item moves him (or calls off his move) elsewhere,
        the spells settle him there and no loan's terms are told."""
        pursued = {(c.person_id, c.club_id) for c in claims if c.stage in FORWARD_STAGES}
        called_off = {(c.person_id, c.club_id) for c in claims if c.stage is Stage.OFF}
        kept = []
        for c in claims:
            person = self.kb.person(c.person_id)
            if (c.stage in _SHORT_OF_DONE or c.stage is Stage.OFF) and self._at_dated_club(c, person):
                elsewhere = {club for p, club in pursued if p == c.person_id} - {c.club_id}
                if c.stage is Stage.OFF:
                    elsewhere |= {club for p, club in called_off if p == c.person_id} - {c.club_id}
                    # the club he is at is no suitor whose move ends: "the move collapsed when Fulham were
                    # unable to sign a replacement", of Palhinha's move from Fulham to Bayern (but a loan's
                    # option not taken up is: "Bayern will not make Coutinho's loan permanent")
                    if elsewhere and c.person_id in self.kb.settled and not _LOAN_TERMS.search(c.evidence):
                        continue
                elif elsewhere or (
                    person is not None
                    and person.role == "player"  # (so one the spells date: see above)
                    and not _LOAN_TERMS.search(c.evidence)
                    and c.from_club_id is None
                ):
                    continue
            kept.append(c)
        return kept

    def _at_dated_club(self, c: Claim, person: Person | None) -> bool:
        """Whether the claim's club is where the knowledge base places the man at the item's date, for a
        coach or a player the spells date."""
        return (
            person is not None
            and (person.role == "manager" or c.person_id in self.kb.dated)
            and person.club == c.club_id
        )

    def _holds(
        self, person_key: str, club_id: str, own: dict[str, list[str]], sellers: dict[str, list[str]]
    ) -> bool:
        """Whether the club is the person's, as the text or the knowledge base has it."""
        person = self.kb.person(person_key)
        return (
            club_id in own.get(person_key, ())
            or club_id in sellers.get(person_key, ())
            or (person is not None and person.club == club_id)
        )

    def _without_bystanding_managers(self, claims: list[Claim]) -> list[Claim]:
        """Drop a club's own manager as that club's early-stage mover when a player moves there (or as
        one staying there, when a player stays).

        "Frank a big fan of Kubo as Tottenham weigh swoop", "Chivu called him the heart of the team":
        the manager of the club a player joins or stays at is a bystander. An appointment (agreed,
        done) or an exit is kept: those are moves of the manager himself."""
        people = [self.kb.person(c.person_id or "") for c in claims]
        players_to: dict[str, set[str]] = {}  # club -> players joining or staying (not a predecessor leaving)
        players_staying: dict[str, set[str]] = {}
        # clubs whose bench the item talks about: a manager leaving, or one other than the claim's arriving
        # (or several managers wanted there: a shortlist)
        benches: dict[str, set[str]] = {}
        wanted: dict[str, set[str]] = {}
        for c, other in zip(claims, people, strict=True):
            club, pid = c.club_id or "", c.person_id or ""
            manager = other is not None and other.role == "manager"
            if c.stage is not Stage.EXIT and not manager:
                players_to.setdefault(club, set()).add(pid)
            if c.stage is Stage.STAY and not manager:
                players_staying.setdefault(club, set()).add(pid)
            if c.stage is Stage.EXIT and not (other and other.role == "player"):
                # (someone the knowledge base does not know leaving: "Sevilla dismiss Garcia Pimienta")
                benches.setdefault(club, set()).add(pid)
            if manager:
                wanted.setdefault(club, set()).add(pid)
                if c.stage is not Stage.INTEREST:
                    benches.setdefault(club, set()).add(pid)
        for club_id, managers in wanted.items():
            if len(managers) > 1:
                benches.setdefault(club_id, set()).update(managers)
        kept = []
        for c, person in zip(claims, people, strict=True):
            if (
                person is not None
                and person.role == "manager"
                # (a manager the knowledge base places elsewhere, only wanting at a club signing players
                # whose bench the item leaves alone, is its coach in an older story: "Spurs in Eze raid plot
                # as Ange eyes Palace playmaker")
                and (person.club == c.club_id or c.stage is Stage.INTEREST)
                and not benches.get(c.club_id or "", set()) - {c.person_id}
                and c.stage in _BYSTANDER_STAGES
                # (his own stay is news, unless a player's is: "Arteta hails 'huge statement' as Saka
                # commits"; not "Conte will stay" in an item about the players Napoli sign)
                and (players_staying if c.stage is Stage.STAY else players_to).get(c.club_id or "", set())
                - {c.person_id}
                # (his own renewal is his own move: "Arteta extends Arsenal stay as Gunners keep X on radar")
                and not (c.stage is Stage.STAY and _RENEWAL.search(c.evidence))
            ):
                continue
            kept.append(c)
        return kept


# a loan's terms: the club he is at on loan may sign him for good ("Galatasaray are in talks to make
# Osimhen's move permanent") or end his stay ("to walk away from the obligation in his loan agreement")
_LOAN_TERMS = compile_prefiltered(r"\b(?:loan|loaned|permanent|permanently|option|obligation|buy\s+clause)\b")
# a move dated to an earlier year: "joined City from Dortmund in the summer of 2022"
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_DATED = compile_prefiltered(
    rf"\b(?:in|since|during|by)\s+(?:the\s+)?(?:(?:summer|winter|spring|autumn|{_MONTHS}|start|end)\s+(?:of\s+)?)?"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEAR = compile_prefiltered(r"\b(?:19|20)\d\d\b")
# what dates a move just named: "his £105m move (to Arsenal) in 2023"
_MOVE_DATED = compile_prefiltered(
    # ("Torres' £50m switch to Chelsea in 2011": a cue that ends on its "to")
    # ("before leaving for Aston Villa in 2015": a leaving of the past)
    r"(?:(?<=move)|(?<=switch)|(?<=transfer)|(?<=arrival)|(?<=\sto)|(?<=leaving)|(?<=left))"
    r"(?:\s*(?:(?:to|from|at|for)\s+)?(?:the\s+)?⟦C\d+⟧)?"
    r"\s+(?:in|during)\s+(?:the\s+)?"
    rf"(?:(?:summer|winter|{_MONTHS})\s+(?:of\s+)?)?((?:19|20)\d\d)\b"
)
# a date of something else, told in a relative clause: "extending a partnership that began in December 2019"
# the date of an honour or a record, not of a move: "parted ways after five seasons, a Scudetto in 2022", "in
# the group stage for the first time since 2019-20"
_HONOUR_BEFORE = compile_prefiltered(
    r"\b(?:scudetto|title|trophy|cup|promotion|final|treble|double|championship|league|award|"
    r"first\s+time|first|best|highest|lowest|worst|longest)\s+$",
    re.IGNORECASE,
)
# (also with no pronoun: "bringing the Italian back to the club he led in 2014")
_RELATIVE_BEFORE = compile_prefiltered(
    r"\b(?:(?:that|which|who|whom|whose)|(?:club|side|team)\s+(?:he|she|they))\s+(?:[\w'’-]+\s+){1,3}$"
)
# a man's time out of work, dated: "out of work since leaving West Brom in April 2018" (not the news)
_IDLE_SINCE_BEFORE = compile_prefiltered(
    r"\b(?:out\s+of\s+work|without\s+a\s+(?:club|job)|unemployed|a\s+free\s+agent|available)\s+"
    r"since\s+(?:leaving|departing|quitting|being\s+(?:sacked|dismissed)\s+by|his\s+(?:exit|departure|"
    r"sacking|dismissal)\s+(?:from|by|at))\s+(?:[\w'’.-]+\s+){1,4}$",
    re.IGNORECASE,
)
_BOTH = compile_prefiltered(r"\b(?:have|has|had|are|were)\s+both\b")
_TENURE_BEFORE = compile_prefiltered(
    r"\b(?:in\s+charge|at\s+the\s+helm|in\s+the\s+(?:job|role|post|hot\s+seat))\s+$"
)
# "signed Jeltsch from Nuremberg a year ago"
_AGO = compile_prefiltered(
    r"\b(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|seasons?)\s+ago|last\s+(?:year|summer|january|winter))\b",
    re.IGNORECASE,
)
_HISTORY_KINDS: Final = frozenset({"done", "exit", "stay"})
_LIST_GAPS: Final = frozenset({",", ", and"})


_QUOTE_MARKS: Final = '"“”'


def _is_quoted(text: str) -> bool:
    """Whether a sentence is (part of) a direct quote: it opens with a quote mark, or closes one it
    did not open."""
    text = text.strip()
    if not text:
        return False
    marks = sum(text.count(q) for q in _QUOTE_MARKS)
    # an odd number of marks: the sentence opens or closes a quote that spans sentences
    return text[0] in _QUOTE_MARKS or marks % 2 == 1


def _is_partial_subheading(a: _Analysis, analyses: list[_Analysis]) -> bool:
    """A crosshead inside an article ("Fenerbahce also in contact", "Baleba pursuit over") that names a
    club but no one, or someone but no club: the paragraph below tells the rumour in full, and the
    line alone would pin it on whoever or wherever came before."""
    sent = a.sentence
    if sent.is_title or sent.index == analyses[-1].sentence.index or not sent.slots:
        return False
    text = sent.text.rstrip()
    if text.endswith((".", "!", "?", '"', "”", "'", "’", ")")) or len(text.split()) > 8:
        return False
    kinds = {slot.kind for slot in sent.slots}
    return not {"P", "C"} <= kinds


def _nation_describes_a_man(sent: Sentence, i: int, clause: _Clause, one_club_review: bool) -> bool:
    """Whether nation slot ``i`` only describes the man after it, so the clause's move is no national
    team's: "Netherlands coach Ronald Koeman was sounded out", a demonym before a player's position
    ("Ukrainian goalkeeper Anatoliy Trubin joined from Shakhtar"), and a nation's name before it in a review
    of one club's window that names the club he came from ("Costa Rica goalkeeper Keylor Navas arrived from
    Real Madrid"). A nation's press names no national team either."""
    tpl, end = sent.template, sent.positions[i][1]
    if _NATION_DESCRIBES.match(tpl, end):
        return True
    if not _POSITION_AFTER.match(tpl, end):
        return False
    return sent.slots[i].nation_kind == "demonym" or (
        one_club_review and _FROM_A_CLUB.search(tpl, clause.start, clause.end) is not None
    )


# a leaving told as the time before the news: "ten months after he walked away from the club"
_PAST_LEAVING_BEFORE = compile_prefiltered(
    r"\b(?:after|since)\s+(?:⟦P\d+⟧|he|she)\s+(?:had\s+)?(?:walked\s+away|left|quit|departed|resigned|stepped\s+down)"
    r"\s+(?:from\s+)?(?:the\s+)?$"
)


def _left_before_the_news(sent: Sentence, club: int) -> bool:
    """Whether club slot ``club`` is one a man left before the news: "ten months after he walked away
    from the club"."""
    at = sent.positions[club][0]
    return bool(_PAST_LEAVING_BEFORE.search(sent.template, max(0, at - 60), at))


def _without_dated_history(
    records: list[_Record], analyses: list[_Analysis], published_year: int | None
) -> list[_Record]:
    """Drop completed moves, exits and renewals that a sentence dates to an earlier year than the
    item's own (its publication year, else the latest year it names), or to "a year ago":
    background, not news. In a list of deals (clauses joined by commas), a date in one man's clause
    dates only his."""
    dated = {r.sentence for r in records if r.kind in _HISTORY_KINDS}  # (the sentences worth reading)
    if not dated:
        return records
    sentences = [a.sentence for a in analyses]
    now = published_year
    if now is None:
        years = [int(y) for s in sentences for y in _YEAR.findall(s.text)]
        now = max(years, default=None)

    def is_dated(text: str) -> bool:
        return (now is not None and _dated_before(text, now)) or _AGO.search(text) is not None

    past = {s.index for s in sentences if s.index in dated and is_dated(s.text)}
    # a list of deals dates each man's own: "X was snapped up in May, Y became a Liverpool player under the
    # deal struck last year, and Z joined last week" dates only Y's
    told_by: dict[int, set[str]] = {}
    for a in analyses:
        if a.sentence.index not in past or len(a.clauses) < 2:
            continue
        tpl, slots = a.sentence.template, a.sentence.slots
        if any(tpl[x.end : y.start].strip() not in _LIST_GAPS for x, y in itertools.pairwise(a.clauses)):
            continue  # ("Tuchel was appointed in 2021 after Lampard was dismissed": one time for both)
        dated_clauses = [c for c in a.clauses if is_dated(tpl[c.start : c.end])]
        people = [{slots[i].key for i in c.slots if slots[i].kind == "P"} for c in dated_clauses]
        if dated_clauses and all(people):
            told_by[a.sentence.index] = set().union(*people)
    return [
        r
        for r in records
        if not (
            r.sentence in past
            and r.kind in _HISTORY_KINDS
            and (r.sentence not in told_by or r.person in told_by[r.sentence])
        )
    ]


def _stayers_among_refusals(records: list[_Record]) -> list[_Record]:
    """In a sentence listing the men who turned one club down, the man told staying at his own club turned it
    down too: "Xabi Alonso chose to stay at Leverkusen, Julian Nagelsmann extended his contract ..., and Ralf
    Rangnick also turned the job down"."""
    added: list[_Record] = []
    paired = {(r.person, r.club) for r in records}
    for index in dict.fromkeys(r.sentence for r in records if r.kind == "off"):
        here = [r for r in records if r.sentence == index]
        refused = {r.club for r in here if r.kind == "off"}
        if len(refused) != 1:
            continue
        club = next(iter(refused))
        refusers = {r.person for r in here if r.kind == "off"}
        for r in here:
            if (
                r.kind == "stay"
                and not (r.wish or r.hoped or r.background)
                and r.club != club
                and r.person not in refusers
                and (r.person, club) not in paired
            ):
                added.append(_Record(r.person, club, "off", index, r.title, r.evidence))
                paired.add((r.person, club))
    return added


def _without_headline_go_betweens(records: list[_Record], analyses: list[_Analysis]) -> list[_Record]:
    """Drop the headline's moves of a man the knowledge base does not know whom the body shows only
    acting for others ("Juventus make contact with Raiola" over "have sounded out Mino Raiola about a
    return for Paul Pogba"): an agent or an official, no mover."""
    acting = {a.sentence.slots[i].key for a in analyses if not a.sentence.is_title for i in a.agents}
    moved_below = {r.person for r in records if not r.title}
    return [
        r for r in records if not (r.title and r.person.startswith("?") and r.person in acting - moved_below)
    ]


def _recent_movers(analyses: list[_Analysis], index: int, leaving_counts: bool = False) -> list[str]:
    """The people who move in a clause with a forward cue (or a leaving one, with ``leaving_counts``), in the
    headline or the three sentences before sentence ``index`` (not bystanders, nor men being replaced)."""
    return list(
        dict.fromkeys(
            b.sentence.slots[i].key
            for b in analyses
            if b.sentence.index < index and (b.sentence.is_title or b.sentence.index >= index - 3)
            for c in b.clauses
            if any(q.kind in _FORWARD_KINDS or (q.kind == "exit" and leaving_counts) for q in c.cues)
            for i in c.movers
            if b.sentence.slots[i].kind == "P" and i not in b.agents and i not in b.replaced
        )
    )


def _leaver_of(a: _Analysis, club: int) -> int | None:
    """The man the words just before ``club`` tell leaving it ("should Guehi leave Selhurst Park", "Maresca's
    departure from Stamford Bridge"): the other men of the clause are not leaving it."""
    tpl = a.sentence.template
    start = a.sentence.positions[club][0]
    m = _LEAVER_BEFORE.search(tpl, max(0, start - 60), start)
    return _slot_number(m) if m else None


# a past leaving just before "to join": "left after seven years ", "ended nine years at ⟦C1⟧ "
_LEFT_TO = compile_prefiltered(
    r"\b(?:left|leaves|quit|quits|departed|departs|ended|steps\s+down|stepped\s+down|resigns|resigned)\s+"
    r"(?:\w+\s+){0,6}?(?:(?:at|with|as)\s+)?(?:⟦[CN]\d+⟧\s+)?(?:coach\s+|manager\s+|boss\s+|head\s+coach\s+)?"
    r"(?:(?:after|in|last)\s+[^.;,⟦]{0,30})?$"
)


def _recast(cues: list[Cue], kinds: tuple[str, ...], kind: str, holds: Callable[[Cue], bool]) -> list[Cue]:
    """``cues`` with those of ``kinds`` for which ``holds`` is true read as ``kind`` instead."""
    if not any(c.kind in kinds for c in cues):
        return cues
    return [Cue(kind, c.start, c.end) if c.kind in kinds and holds(c) else c for c in cues]


def _reunited_bystanders(sent: Sentence) -> set[int]:
    """A man a signing reunites with someone, named anew after it: "Tottenham have signed X and Y, reuniting
    Antonio Conte with Fabio Paratici" (the coach is already there); not the mover named again ("have signed
    Luis Suarez, reuniting Suarez with Messi")."""
    found: set[int] = set()
    for m in _REUNITING.finditer(sent.template):
        i = int(m.group(1))
        before = {s.key for s in sent.slots[:i] if s.kind == "P"}
        if before and sent.slots[i].key not in before and not sent.slots[i].ref:
            found.add(i)
    return found


def _makeweights(tpl: str) -> set[int]:
    """The players an offer includes beside its money: "€100m plus Ivan Rakitic and the loan of Jean-Clair
    Todibo", "United have put Mkhitaryan plus cash on the table"."""
    found = {int(m.group(1)) for m in _PLUS_CASH.finditer(tpl)}
    for lead in _MAKEWEIGHT_LEAD.finditer(tpl):
        pos = lead.end()
        while (man := _MAKEWEIGHT.match(tpl, pos)) is not None:
            found.add(int(man.group(1)))
            if (gap := _MAKEWEIGHT_AND.match(tpl, man.end())) is None:
                break
            pos = gap.end()
    # (with no one else named, the offer's man is elsewhere and so is who it goes to: keep the sentence's
    # people as they are)
    others = {int(n) for n in _PERSON_SLOT.findall(tpl)} - found
    return found if others else set()


def _makeweight_records(
    analyses: list[_Analysis],
    records: list[_Record],
    own: dict[str, list[str]],
    sellers: dict[str, list[str]],
) -> list[_Record]:
    """A makeweight goes to the club that sells the man the offer is for, at the offer's stage: "Barcelona
    offered PSG €100m plus Rakitic for Neymar" is Barcelona's bid for Neymar and PSG's for Rakitic. With
    no such man or seller in the sentence, no claim: never a move to the club that offers him."""
    found: list[_Record] = []
    for a in analyses:
        if not a.makeweights:
            continue
        slots = a.sentence.slots
        extras = {slots[i].key for i in a.makeweights}
        deal = [
            r
            for r in records
            if r.sentence == a.sentence.index and r.person not in extras and r.kind in _MAKEWEIGHT_KIND
        ]
        if not deal:
            continue
        best = max(deal, key=lambda r: _rank(r.kind))
        named = {s.key for s in slots if s.kind == "C"}
        seller = next(
            (
                c
                for c in [*own.get(best.person, []), *sellers.get(best.person, [])]
                if c != best.club and c in named
            ),
            None,
        )
        if seller is None:
            continue
        for key in sorted(extras):
            found.append(
                _Record(key, seller, _MAKEWEIGHT_KIND[best.kind], best.sentence, best.title, best.evidence)
            )
    return found


def _link_swaps_across(analyses: list[_Analysis]) -> None:
    """A swap's second man in a sentence of his own ("PSG have signed Joao Neves from Benfica. Renato
    Sanches moves in the opposite direction"): his move is the deal just told, to the club the first man
    left."""
    for prev, a in pairwise(analyses):
        if (
            not a.clauses
            or a.clauses[0].cues
            or not _OTHER_WAY.match(a.sentence.template, a.clauses[0].start)
        ):
            continue
        first = a.clauses[0]
        deal = next(
            (c for c in reversed(prev.clauses) if any(q.kind in _FORWARD_KINDS for q in c.cues)), None
        )
        if deal is None:
            continue
        deal_cues, left = _swap_terms(deal, prev.sentence, prev.roles, first.start)
        # (not one whose sentence names other clubs: "X is heading the other way after Arsenal agreed a loan
        # with Chelsea" tells his own deal)
        if len(set(left)) == 1 and {s.key for s in a.sentence.slots if s.kind == "C"} <= set(left):
            first.cues, first.swap_club = deal_cues, left[0]


def _swap_terms(deal: _Clause, sent: Sentence, roles: dict[int, str], at: int) -> tuple[list[Cue], list[str]]:
    """What a swap's second man takes from the deal told just before him: its forward cues, placed at
    ``at``, and the clubs it names as the ones the first man left."""
    cues = [Cue(c.kind, at, at) for c in deal.cues if c.kind in _FORWARD_KINDS]
    left = [sent.slots[i].key for i in deal.slots if sent.slots[i].kind == "C" and roles.get(i) == "from"]
    return cues, left


def _drop_dated_moves(a: _Analysis, year: int) -> None:
    """Forward and exit cues of a move the sentence dates to an earlier year than the item's: "the Arsenal
    midfielder, who captained the Hammers before his £105m move in 2023", "before leaving for Aston Villa in
    2015" tell history, not a rumour."""
    tpl = a.sentence.template
    dated = [
        c
        for c in a.cues
        if (c.kind in _FORWARD_KINDS or c.kind == "exit")
        and (m := _MOVE_DATED.match(tpl, c.end)) is not None
        and int(m.group(1)) < year
    ]
    if dated:
        a.cues[:] = [c for c in a.cues if c not in dated]
        for clause in a.clauses:
            clause.cues[:] = [c for c in clause.cues if c not in dated]


def _dated_before(text: str, year: int) -> bool:
    """Whether ``text`` dates what it tells to before ``year`` (not a date inside a relative clause)."""
    return any(
        int(m.group(1)) < year
        and not _RELATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and not _HONOUR_BEFORE.search(text, max(0, m.start() - 30), m.start())
        and not _IDLE_SINCE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        # (a tenure's start: "Sage, who had been in charge since November 2023, has been relieved")
        and not (
            m.group(0)[:5].lower() == "since"
            and _TENURE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        )
        for m in _DATED.finditer(text)
    )


_RENEWAL = compile_prefiltered(
    r"\b(?:extends?|extended|extension|renews?|renewed|renewal|(?:new|fresh)\s+(?:[\w-]+\s+)?(?:contract|deal))\b",
    re.IGNORECASE,
)
_BYSTANDER_STAGES: Final = frozenset({Stage.INTEREST, Stage.APPROACH, Stage.BID, Stage.STAY})


def _stay_hoped(tpl: str, cue: Cue) -> bool:
    """Whether stay ``cue`` is only what his club (or someone) hopes for: "Valencia want to tie down X",
    "Liverpool remain hopeful of agreeing a new deal", "to convince him to stay"."""
    return bool(_CLUB_WISHES_STAY.search(tpl, max(0, cue.start - 50), cue.start))


# someone else's stance on his stay: "Maurizio Sarri ... insists he will stay at Stamford Bridge"
_INSISTS_HE = compile_prefiltered(
    r"\b(?:insists?|insisted|maintains?|maintained|adamant)\s+(?:that\s+)?⟦P(\d+)⟧\s+$"
)


def _stay_insisted_by_another(sent: Sentence, cue: Cue) -> bool:
    """Whether stay ``cue`` is what the sentence's subject, another man (his manager, his president),
    insists on, not his own decision."""
    if cue.kind != "stay" or not sent.template.startswith("⟦P0⟧"):
        return False
    m = _INSISTS_HE.search(sent.template, max(0, cue.start - 40), cue.start)
    return m is not None and sent.slots[0].key != sent.slots[int(m.group(1))].key


def _pursuer_before(a: _Analysis, clause: _Clause, key: str, mine: list[str]) -> str | None:
    """With no move claimed in the sentence, the club a clause before this one names beside the person, for
    a clubless end: "Barcelona had explored a free transfer for the centre-back but withdrew" (not the
    item's topic)."""
    slots = a.sentence.slots
    return next(
        (
            slots[c].key
            for prev in a.clauses
            if prev.end <= clause.start and any(slots[i].key == key for i in prev.slots)
            for c in prev.slots
            if slots[c].kind == "C"
            and slots[c].key not in mine
            and c not in a.described
            and a.roles.get(c) is None
        ),
        None,
    )


def _step_targets(
    kind: str, last_claimed: list[tuple[str, str]], records: list[_Record]
) -> list[tuple[str, str]]:
    """The moves a sentence naming nobody goes on with: the last claimed, except that a deal's last step
    ("Contract details still to be finalised") is the club he chose or agreed with, not the rivals the
    sentence before turned down."""
    if kind != "step":
        return last_claimed
    out: list[tuple[str, str]] = []
    for person in dict.fromkeys(p for p, _c in last_claimed):
        chosen = [
            r.club for r in records if r.person == person and r.kind in _CHOSEN_KINDS and not r.background
        ]
        here = [(p, c) for p, c in last_claimed if p == person]
        out += [(person, chosen[-1])] if chosen and (person, chosen[-1]) not in here else here
    return out


def _rank(kind: str) -> int:
    stage = STAGE_OF.get(kind)
    return stage.rank if stage is not None else -1


_MONTH_OR_YEAR = compile_prefiltered(
    rf"\b(?:in\s+(?:{_MONTHS}|\d{{4}})|last\s+(?:month|summer|season|year|january|window))\b"
)
_STAY_IN_NATION = compile_prefiltered(r"\b(?:stay|remain)\s+in\s+⟦N\d+⟧")
_UNNAMED_CLUBS = compile_prefiltered(
    r"\b(?:several|a\s+number\s+of|a\s+host\s+of|many|various)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:clubs|sides|teams|suitors)\b"
)
_IS_THE_CUE = compile_prefiltered(
    r"\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:the|their|its|his|a)\s+(?:[\w-]+\s+){0,2}?"
)
_PUNISHED_OVER = compile_prefiltered(
    r"\b(?:dismiss\w*|sack\w*|suspend\w*|fire[sd]?|firing|axe[sd]?|axing|drop\w*|punish\w*)\s+⟦P\d+⟧\s+"
    r"(?:\S+\s+){0,3}?(?:over|after|for)\s+(?:his\s+|the\s+)?(?:\S+\s+)?$"
)
_HIERARCHY_AFTER = compile_prefiltered(
    r"(?:'s|’s)?\s+(?:hierarchy|board|owners|ownership|bosses|chiefs|decision-makers)\b"
)
_CLUB_BEFORE_WHOM = compile_prefiltered(r"⟦C(\d+)⟧,\s+(?:with|to|for|at)\s+$")
_WHO_OPENS = compile_prefiltered(r"\s*(?:who|whom|whose)\b")
_SET_OFF_OPENS = compile_prefiltered(SET_OFF_PARTICIPLE)


def _opens_relative(tpl: str, clause: _Clause) -> bool:
    """Whether ``clause`` tells of the man named before it: "X, who ...", "X, sacked on Thursday"."""
    return bool(
        _WHO_OPENS.match(tpl, clause.start, clause.end) or _SET_OFF_OPENS.match(tpl, clause.start, clause.end)
    )


# what joins a clause that tells when ("who left Fiorentina 23 days after being appointed")
_TIME_LINK = compile_prefiltered(r"\b(?:after|before|since)\b")


_OVER_PERSON = compile_prefiltered(
    r"\s+(?:over|for|about|regarding)\s+(?:a\s+(?:move|deal|transfer)\s+for\s+)?(?:[^\s,;⟦]+\s+){0,4}?⟦P(\d+)⟧"
)


def _talks_over(sent: Sentence, ci: int, person: str) -> bool:
    """Club slot ``ci`` is talked to about the person named right after it ("negotiations with Torino
    for Samuele Ricci"): the club that holds him, not his destination."""
    club = sent.slots[ci].key
    if sum(slot.key == club for slot in sent.slots) > 1:
        return False  # "in talks with Atlético over X, who is keen on the move to Madrid"
    m = _OVER_PERSON.match(sent.template, sent.positions[ci][1])
    return m is not None and sent.slots[int(m.group(1))].key == person


def _headline_buyer(a: _Analysis) -> str | None:
    """The one club a headline names that is not a seller, a former or an own club ("PSG: agreement
    with Benfica for Neves, talks with Rennes for Doué"), if there is exactly one."""
    slots = a.sentence.slots
    keys = {
        slots[i].key
        for i in range(len(slots))
        if slots[i].kind == "C" and a.roles.get(i) not in _NOT_A_DESTINATION
    }
    return next(iter(keys)) if len(keys) == 1 else None


def _asked_to_sell(kb: KnowledgeBase, sent: Sentence, ci: int, person: str) -> bool:
    """Club slot ``ci`` is dealt with about the person, who plays for it ("contacted Palace about
    Glasner"), rather than the person dealing with it ("Mbeumo agrees terms with United")."""
    known = kb.person(person)
    if known is None or known.club != sent.slots[ci].key:
        return False
    end = sent.positions[ci][1]
    mine = [a for (a, _b), slot in zip(sent.positions, sent.slots, strict=True) if slot.key == person]
    return bool(mine) and all(a > end for a in mine)


# the clubs an "over" lists, each with a word of its own or told by its offer: "picks Inter Miami over
# Barcelona return and Al-Hilal riches", "has chosen MLS over a return to Barcelona and a lucrative offer from
# Al-Hilal"
_OVER_OFFER = (
    r"(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:offers?|bids?|move|return|switch|approach|proposal|interest)\s+"
    r"(?:from|to)\s+"
)
_OVER_ITEM = rf"(?:the\s+|{_OVER_OFFER}(?:the\s+)?)?⟦C\d+⟧(?:'s|’s)?(?:\s+[a-z-]+)?"
_OVER_LIST = compile_prefiltered(
    rf"\s*(?:{_OVER_ITEM}\s*(?:,|and|or|,\s*and|,\s*or)\s*)*(?:the\s+|{_OVER_OFFER}(?:the\s+)?)?"
)
_WHOSE_BID = compile_prefiltered(rf",\s+{WHOSE_BID_TOLD}")


def _bind(sent: Sentence, ci: int, cues: list[Cue]) -> Cue | None:
    """The cue that governs club slot ``ci``: one containing it, a noun cue right after it ("a Real
    Madrid bid"), else the nearest cue before it, else the nearest after it."""
    start, end = sent.positions[ci]
    usable = [c for c in cues if c.kind not in _ROLE_KINDS or c.kind == "over"]
    for c in usable:
        if c.start <= start and end <= c.end:
            return c
    tpl = sent.template
    for c in usable:
        if (
            c.kind in _OFF_KINDS
            and c.end <= start
            and tpl[c.end : start].strip() in ("", "a", "an", "the", "any")
        ):
            return c
    for i, c in enumerate(usable):
        gap = tpl[end : c.start]
        if c.start >= end and gap.strip() in ("", "'s", "’s") and _NOUN_CUE.match(tpl, c.start):
            # "United talks dead", "Chelsea's move is off": what the noun's own verb says of it
            ended = usable[i + 1] if i + 1 < len(usable) else None
            if (
                ended is not None
                and ended.kind in _OFF_KINDS
                and _NOUN_VERB_GAP.fullmatch(tpl, c.end, ended.start)
            ):
                return ended
            return c
    # the club is the subject of the cue's verb: "Tottenham have made enquiries"
    nxt = next((c for c in usable if c.start >= end), None)
    if nxt is not None and _SUBJECT_GAP.fullmatch(tpl, end, nxt.start):
        return nxt
    if nxt is not None and tpl[end : nxt.start] == " " and tpl.startswith(_ENDED_BY_SUBJECT, nxt.start):
        return nxt  # "talks with X ended when Bayern decided against appointing him"
    # the first of two subjects: "and both Newcastle and Wolves have made enquiries"
    second = _AND_CLUB.match(tpl, end)
    if nxt is not None and second is not None and _SUBJECT_GAP.fullmatch(tpl, second.end(), nxt.start):
        return nxt
    # "Al-Ittihad, whose £150m offer was rejected": the club's own bid, told after it (not "AC Milan, whose
    # offer he has found too low": his own club's renewal)
    whose = _WHOSE_BID.match(tpl, end)
    if nxt is not None and whose is not None and nxt.start == whose.end():
        return nxt
    # "Arsenal, long linked with X, have ruled out a move": the verb after the aside
    aside = _ASIDE.match(tpl, end)
    if aside is not None:
        verb = next((c for c in usable if c.start >= aside.end()), None)
        # (from the aside's closing comma, which the subject gap may open with)
        if verb is not None and _SUBJECT_GAP.fullmatch(tpl, aside.end() - 1, verb.start):
            return verb
    # "commits to Athletic despite Barcelona interest": the cue before "despite" is not this club's
    # (a club hearing offers is the seller before it, not a bidder after it: "would listen to offers from
    # Newcastle")
    # ("chose Camp Nou over the Parc des Princes and the Etihad, telling those close to him that Barcelona's
    # style suited him": "over" governs only the clubs it lists)
    before = [
        c
        for c in usable
        if c.end <= start + 1
        and not _DESPITE.search(tpl, c.end, start)
        and not _OFFERS_HEARD.match(tpl, c.start)
        and (c.kind != "over" or _OVER_LIST.fullmatch(tpl, c.end, start) is not None)
    ]
    if before:
        return before[-1]
    after = [c for c in usable if c.start >= end]
    if after:
        return after[0]
    return None
