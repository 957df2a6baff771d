"""The stage lexicon: phrases that say how far a move has gone, as data, compiled once.

Cues are matched on a sentence *template*: the sentence in lower case with every recognised entity
replaced by a placeholder (``⟦C0⟧`` a club, ``⟦P1⟧`` a person, ``⟦N2⟧`` a nation), so a pattern can
say "a club, then 'reject', then a bid" without knowing names. All patterns are alternatives of one
regular expression; at each position the first listed alternative wins, so specific phrases
("close to agreement", "set to join", "new contract") come before the single words they contain.

Cue kinds beyond the stages of ``claims.md``:

- ``forecast``: "set to join", "closing in on" - ``agreed`` unless the item says agreement is pending;
- ``pending``: agreement still to come ("close to agreement", "talks advance") - a ``talks`` cue that
  also caps forecasts at ``talks``;
- ``step``: a step still to come ("medical booked", "will sign") - an ``agreed`` cue that caps ``done``;
- ``attempt``: "tried to lure" - interest that becomes ``off`` when the person commits elsewhere;
- ``bid_rejected``: a bid turned down by the selling club - ``bid`` for the buyer, the subject sells;
- ``over``: "chose X over Y" - ``off`` for the club after "over" when a choice is made in the clause;
- ``seller_before``: the club just before is the person's current club ("X insist he is not for sale");
- ``caveat``: a step still to come that is no stage by itself ("subject to", "pending", "once ... is agreed");
- ``neutral``: phrases that only look like cues ("on target", "yet to agree an extension");
- ``replace``: the person just after (or before "'s successor") is the one being replaced;
- ``hoped``: "hope to agree a fee" - caps forecasts at ``talks`` like ``pending``, but is no stage;
- ``settled``: "ending speculation" - with a ``stay``, the person's pending moves elsewhere are ``off``.
"""

from __future__ import annotations

import _sre
import functools
import re
from dataclasses import dataclass
from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, Final

from feeds.models import Stage

C = r"⟦C\d+⟧"
P = r"⟦P\d+⟧"
ANY = r"⟦[A-Z]\d+⟧"
# right after a person's or a club's placeholder ("Khusanov done", "Sevilla follow ...")
_AFTER_P = r"(?:(?<=P\d⟧ )|(?<=P\d\d⟧ ))"
_AFTER_C = r"(?:(?<=C\d⟧ )|(?<=C\d\d⟧ ))"
# what may follow a refusal with no object: "said no at the start of May", "said no." (not "says no, Roma
# present Gasperini": a headline's list goes on)
REFUSAL_END = (
    r"(?=\s*(?:[:.;!]|$|(?:at|in|on|last|this|early|late|because|after|before|too|again|as|and|but|when|"
    r"despite|within)\b|,\s+(?:while|but|so|leaving|before)\b))"
)
# the end of a headline list's item: "Khusanov in, Marmoush next", "Onana in and De Gea out"
_LIST_ITEM_END = r"(?=\s*(?:,|;|$|\s+and\s+⟦))"
W = r"[^\s⟦⟧]+"  # one plain word
WS = rf"(?:{W}\s+)"  # a word and its space
MONEY = (
    r"(?:(?:[£€$]\s?[\d.,]+\s?(?:m|bn|million|billion|k)?"
    r"|[\d.,]+\s?(?:m|bn|million|billion)\s?(?:euros?|pounds|dollars)?)"
    # the sum in another currency: "£77.6m (€90m)"
    r"(?:\s?\([£€$]\s?[\d.,]+\s?(?:m|bn|million|billion|k)?\))?)"
)
# (not a feat: "to complete their title bid", "complete his rehabilitation", "to complete a memorable night")
_COMPLETE = (
    r"complete(?!\s+(?:(?:their|his|her|its|the|a|an|⟦C\d+⟧(?:'s|’s)?)\s+)?(?:[^\s⟦⟧]+\s+)?(?:title|treble|double|comeback|"
    r"rout|win|victory|turnaround|hat-trick|brace|recovery|rehabilitation|suspension|ban|season|campaign|league|cup|"
    r"night|evening|afternoon|demolition|thrashing|scoring|haul|performance|display|clean\s+sheet)\b)"
)
MOVE_VERB = (
    rf"(?:join|sign|{_COMPLETE}|move|become|be\s+(?:named|appointed|confirmed|unveiled|announced|handed|presented)"
    r"|take\s+over(?!\s+(?:the|his|her)\s+(?:\S+\s+)?(?:position|role|spot|place|shirt|mantle|duties|captaincy|armband|"
    r"penalty|set-piece)\b)|take\s+charge|replace|succeed"
    # ("with Erik ten Hag set to arrive from Ajax to take over")
    r"|arrive"
    # (not a club coming back with an offer: "are expected to return before their window shuts")
    r"|return(?!\s+(?:with|before)\b)(?!\s+to\s+(?:the\s+|his\s+|her\s+)?(?:starting|action|training|fitness|full|first-team|team|side|squad|line-up|pitch|bench|form|"
    r"no|number|role|position|midfield|defence|attack|left|right|centre|heart|spotlight|scoresheet)\b)"
    r"|seal|finalise|finalize|agree|land|snap\s+up|swap|switch"
    rf"|confirm|announce|unveil|appoint|name|tie|pen|{_COMPLETE}"
    # (not a place in the team: "expected to hand Osimhen his first derby start")
    r"|hand(?!\s+(?:\S+\s+){1,4}?(?:first\s+|full\s+|league\s+|derby\s+)*(?:start|debut|armband|recall)\b))"
)
# a race for a man won or to be won, after "beat": "beat Chelsea to Kounde", "beating Bayern Munich to the
# signing of Radu Dragusin" (not a match: "beat Arsenal 3-1 to move into the top four", "beat Man City to go
# nine points clear")
RACE_WON = (
    rf"\s+(?:the\s+)?{C}(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?{C})*\s+to\s+"
    rf"(?:the\s+(?:signing|signature|capture)\s+of\s+|(?:his|her)\s+signature\b|(?:(?:the|an?|another)\s+)?"
    # (his description, not a clause of its own: "beaten Chelsea to a target, after Raphinha chose ...")
    rf"(?:{ANY}\s+|(?!(?:after|before|as|when|while|and|but|with)\s)[\w'’-]+\s+){{0,3}}?{P})"
)
# a last season still to play: "this will be his last campaign at Anfield"
FINAL_TO_COME = r"(?:will|would|is\s+to|is\s+set\s+to)\s+be\s+(?:his|her)"
# "believe they can sign X": a possibility, not a signing
_NOT_MODAL = r"(?<!can\s)(?<!could\s)(?<!would\s)(?<!might\s)(?<!may\s)(?<!should\s)"
_REJECT = (
    r"(?:reject(?:s|ed|ing)?|rebuff(?:s|ed)?|snub(?:s|bed)?|(?:turn(?:s|ed)?|knock(?:s|ed)?)\s+(?:down|back))"
)
# ("reject Barcelona's £90m Coutinho offer": the man the offer is for, named inside it)
_REJECTED_WHAT = rf"\s+(?:{C}(?:'s?|’s?)?\s+|an?\s+|their\s+|the\s+|{WS}){{0,4}}?(?:{P}\s+)?"
STAGE_OF: Final[dict[str, Stage | None]] = {
    "interest": Stage.INTEREST,
    "approach": Stage.APPROACH,
    "bid": Stage.BID,
    "talks": Stage.TALKS,
    "agreed": Stage.AGREED,
    "done": Stage.DONE,
    "off": Stage.OFF,
    "exit": Stage.EXIT,
    "stay": Stage.STAY,
    "forecast": Stage.AGREED,
    "pending": Stage.TALKS,
    "step": Stage.AGREED,
    "attempt": Stage.INTEREST,
    "bid_rejected": Stage.BID,
    "approach_rejected": Stage.APPROACH,
    "over": Stage.OFF,
    "seller_before": None,
    "replace": None,
    "choice": Stage.AGREED,
    "preferred": Stage.INTEREST,
    "consent": Stage.AGREED,
    "neutral": None,
    "caveat": None,
    "settled": None,
    "hoped": None,
    "aside": None,
}

# what a club chases or pursues that is no player: "chasing a top-four finish", "pursuit of the title"
_SPORTING_GOAL = (
    r"(?:an?\s+|the\s+|their\s+|its\s+)?(?:[^\s⟦⟧]+\s+){0,4}?"
    r"(?:place|title|spot|finish|win|victory|points?|promotion|trophy|treble|double|record|leaders|glory|"
    r"silverware|qualification|equali[sz]er|goal|game|match|lead)\b"
)
_NO_SPORTING_GOAL = rf"(?!\s+{_SPORTING_GOAL})"
_OF_NO_SPORTING_GOAL = rf"(?!\s+of\s+{_SPORTING_GOAL})"
# a rival left free to act: "leaving Liverpool free to open talks", "in pole position to sign X", "clear"
# (", leaving Arsenal as the only club in the running for the West Ham captain")
RIVAL_LEFT_FREE = (
    r"(?:clear|free|in\s+pole\s+position|as\s+(?:the\s+)?(?:clear\s+)?favourites?|"
    # ("leaving United with a clear run", "leaving Arsenal with no competition")
    r"with\s+(?:a|the)\s+(?:clear|free|open)\s+(?:run|path|road|field)|with\s+no\s+(?:competition|rivals)|"
    r"as\s+the\s+(?:only|sole|lone|last)\s+(?:(?:serious|remaining|realistic)\s+)?(?:club|suitor|buyer|bidder|contender|side)s?)\b"
)
# what "leave" may be followed by when nobody is leaving: "leaving X to carry the load", "leaving the
# Toon empty-handed", "to leave the Gunners two points behind"
_TABLE_POSITION = (
    r"(?!\s+(?:the\s+)?⟦C\d+⟧\s+(?:\S+\s+){0,3}?(?:points?|behind|clear|adrift|level|bottom|top)\b)"
)
_PERSON_LEFT_SHORT = (
    r"(?!\s+(?:⟦P\d+⟧|him|them)\s+(?:short|exposed|without|with\s+(?:few|no|little)|in\s+charge)\b)"
)
# a squad short of players ("injuries had left his squad 'light'"): a state, no leaving
_SHORT_OF_PLAYERS = r"['\"‘“]?\s*(?:light|thin|depleted|stretched|bare|threadbare|short-handed|short)"
# a club's place in the table after "left": "a defeat at Fulham left Villa 17th", "leaves them bottom of
# the league"
_TABLE_PLACE = (
    r"\s+(?:⟦C\d+⟧|them|the\s+(?:club|side|team))\s+(?:in\s+)?(?:\d+(?:st|nd|rd|th)\b|"
    r"(?:bottom|top|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:of|in|place)\b|"
    # (or short of players: "injuries have left the Blues short of options")
    rf"{_SHORT_OF_PLAYERS}\b)"
)
_LEFT_BEHIND = (
    # ("leaving Gareth Southgate's side as beaten finalists")
    r"(?!\s+(?:⟦[PC]\d+⟧(?:,?\s+(?:and\s+)?⟦P\d+⟧)*|⟦[PC]\d+⟧(?:'s|’s)\s+(?:side|team|squad|men)|him|them|"
    r"(?:the|his|their|its)\s+\S+)"
    # (but "leaves Real Madrid to take charge of Brazil" does leave)
    r"\s+(?:to(?!\s+(?:take|join|become|sign|move|replace|succeed|coach|manage|return|rejoin|pursue|head|link)\b)|as|with|in\s+charge|short|exposed|without|on\s+the\s+bench|out|empty-handed|frustrated|"
    rf"disappointed|stunned|sweating|in\s+limbo|red-faced|still|searching|looking|needing|requiring|trailing|"
    rf"chasing|{RIVAL_LEFT_FREE}|"
    # ("an ankle injury that leaves him a doubt for Wembley")
    rf"{_SHORT_OF_PLAYERS}|(?:a\s+)?(?:doubt|doubtful|sidelined|facing|nursing|struggling))\b)"
    # "his arrival leaves Donnarumma's future in doubt": someone else's future, no leaving
    r"(?!\s+⟦P\d+⟧(?:'s|’s)\s+(?:future|position|place|job|role|spot)\b)" + _TABLE_POSITION
)

# a club's plans without him ("no longer part of Chelsea's plans"); extract.py tells a target's end by it
NOT_IN_PLANS: Final = r"(?:in|part\s+of)\s+(?:\S+\s+){1,2}?plans"
# a move or a deal that will not happen: "Sancho's permanent move to Chelsea will not go ahead"; extract.py
# reads it as the end of the move the clause names
NOT_GOING_AHEAD: Final = r"(?:(?:will|would|did)\s+not|won't|didn't)\s+go\s+ahead"
# what a club that sells its own man is: "want to", "ready to", "would be willing to" (offload, sell)
_SELLER_WANTS = (
    r"(?:want(?:s|ed)?|keen|ready|willing|prepared|looking|plan(?:s|ning)?|needs?|hop(?:e|es|ing)|happy|forced|"
    r"poised|expected|likely|decided|tr(?:y|ies|ying)|aim(?:s|ing)?|seek(?:s|ing)?)"
)
# the man a club would sell, named or referred to, with no buyer after him ("want to sell X", not
# "need to offload players first", "were forced to sell X to Forest", "no appetite to cash in on either")
_SOLD_MAN = (
    r"(?<!appetite\sto\s)(?<!reluctant\sto\s)(?<!refuse\sto\s)(?<!refused\sto\s)(?<!refuses\sto\s)"
    r"(?=\s+(?:⟦P\d+⟧|him\b|her\b|the\s+|his\s+|their\s+|⟦[CN]\d+⟧(?:'s|’s)\s+))"
    r"(?!\s+(?:[^\s.;,]+\s+){1,5}?to\s+(?:the\s+)?⟦C)"
)

# a wish named, not a post: "the player Ancelotti has named as his priority signing"
_NAMED_A_TARGET = r"(?!\s+as\s+(?:his|their|its)\s+(?:\S+\s+){0,2}?(?:signing|target)s?\b)"
# what a club confirms that is no arrival: "have confirmed Simone Inzaghi's departure" (told by its own cue),
# "Sporting have confirmed the talks" (a step of the move, not the move)
_NOT_AN_ARRIVAL = (
    r"(?!\s+(?:the\s+|their\s+)?(?:⟦P\d+⟧(?:'s|’s)\s+)?(?:departure|exit|sacking|dismissal|resignation|release|talks|"
    r"negotiations|interest|approach|contacts?|bid|offer|discussions|enquiry)\b)"
    # (nor a leaving or a staying confirmed: "has confirmed he will leave Liverpool")
    r"(?!\s+(?:that\s+)?(?:⟦P\d+⟧|he|she)\s+(?:will|would|is\s+(?:set\s+)?to|intends\s+to|plans\s+to|wants\s+to)\s+"
    r"(?:not\s+|also\s+)?(?:leave|stay|remain|retire|quit|step\s+down|depart|move\s+on|be\s+leaving)\b)"
    # (nor a request confirmed: "Conte has confirmed Kvaratskhelia has asked to leave Napoli")
    r"(?!\s+(?:that\s+)?(?:⟦P\d+⟧|he|she)\s+(?:has|had)\s+(?:asked|requested|handed\s+in|submitted)\b)"
    # (nor a club's interest confirmed: "has confirmed the club are considering a move for X")
    r"(?!\s+(?:that\s+)?(?:the\s+(?:club|side|team)|⟦C\d+⟧|they)\s+(?:are|is|were|was)\s+(?:considering|weighing|"
    r"interested|monitoring|keen|looking|tracking|following|exploring|studying|assessing|in\s+(?:talks|contact))\b)"
)

# an obligation still to meet, just before its verb: "will have to agree", "Levy will have to negotiate"
_OBLIGED_BEFORE = r"(?<!have\sto\s)(?<!has\sto\s)(?<!need\sto\s)"

# "his contract", "the final year of his deal" ("his" may have been resolved to a name): what a man
# sees out or honours when he stays
_HIS_CONTRACT = (
    r"(?:his|her|⟦P\d+⟧|the\s+(?:rest|remainder|final|last|remaining)\s+(?:\S+\s+){0,2}?of\s+(?:his|⟦P\d+⟧))\s+"
    r"(?:contract|deal)"
)

# what may follow a leaving: its confirmation ("X's exit has been confirmed"), which is no arrival
_LEAVING_CONFIRMED = (
    r"(?:\s+(?:was|were|has\s+been|have\s+been|is\s+now|is)\s+(?:now\s+|also\s+)?(?:officially\s+)?"
    r"(?:made\s+official|confirmed|announced))?"
)

# what a man wishes a club to be: "his preferred destination", "his dream destination"
_WISHED = r"(?:preferred|favoured|favored|dream|ideal|first-choice|number\s+one|top)"
# what a man's move is expected to be: "his most likely destination"
_LIKELY = r"(?:most\s+likely|likeliest|most\s+probable|probable|likely)"
# a fee paid: "for €51m", "for around £53m", "for an initial £30m"
_FEE_PAID = (
    r"for\s+(?:around\s+|about\s+|roughly\s+|an?\s+initial\s+|a\s+fee\s+of\s+)?"
    r"[£€$][\d.,]+\s*(?:m|bn|million|k)?"
)
# (kind, alternatives). Order matters: earlier entries win at the same position.
# off phrases that say a step came to an end: right after a step ("Al-Hilal's bid for X came to nothing")
# they end that step (_ENDING, find_cues)
_CAME_TO_NOTHING = r"c(?:ame|ome|omes)\s+to\s+nothing"
_WENT_NO_FURTHER = r"(?:went|go|goes|going)\s+no\s+further"
_COLLAPSED = r"collaps(?:e|es|ed|ing)"
_FELL_THROUGH = r"f(?:all|alls|ell|allen|alling)\s+through"
_BROKE_DOWN = r"broke(?:n)?\s+down"
_DEAD_END = r"hit\s+a\s+(?:dead\s+end|brick\s+wall)"
# a step not taken yet: "are yet to table a bid", "have yet to open discussions with City"
_NOT_YET = r"(?:yet\s+to|not\s+yet|have\s+not|has\s+not|haven't|hasn't)\s+(?:yet\s+)?"
_TABLE: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    # --- the words of a match, an injury or an awards night that would otherwise look like cues ("sealed
    # the deal with a curling finish", "approach play", "left the pitch in tears", "extend their lead",
    # "snubbed the ceremony", "targeting a return", "expected to name a strong side")
    (
        "neutral",
        (
            r"seal(?:s|ed|ing)?\s+the\s+(?:deal|win|victory|points)\s+(?:with\s+(?:a|an|his|her)\b|in\s+(?:stoppage|added)|"
            r"from\s+the\s+(?:spot|penalty))",
            r"approach\s+play",
            r"(?:left|leaves|leaving|leave)\s+the\s+(?:pitch|field|stadium|ground)\b",
            r"extend(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:lead|record|run|streak|advantage)(?:\s+over)?\b|record-extending",
            r"(?:pull(?:s|ed|ing)?\s+out\s+of|snub(?:s|bed|bing)?|boycott(?:s|ed|ing)?|stayed\s+away\s+from)\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:ceremony|gala|awards?)\b",
            r"stayed\s+at\s+home\b",
            r"target\s+(?:will\s+be|is|was|would\s+be)\s+to\b",
            r"move\s+that\s+(?:started|began|ended|finished)\b",
            r"candidates?\s+to\s+(?:cover|deputise|fill\s+in|start)\b",
            r"(?<=beat\sa\s)shortlist\b|(?<=beats\sa\s)shortlist\b|(?<=topped\sa\s)shortlist\b|left\s+out\s+of\s+(?:the|a|his|their)\s+(?:[\w-]+\s+)?"
            r"(?:shortlist|squad|side|team|starting)",
            r"target(?:s|ed|ing)?\s+(?:a\s+)?(?:return|comeback)\b",
            r"ready\s+to\s+move\s+(?:across|inside|infield)\b",
            r"(?:expected\s+to\s+)?name\s+(?:a|an|his|their|the)\s+(?:strong|full-strength|weakened|unchanged|young|rotated)\s+"
            r"(?:side|team|xi|line-up)\b",
            r"bring\s+him\s+back\s+(?:to|into)\s+(?:first-team\s+)?training\b",
            r"left\s+with\b",
            r"leaving\s+(?:\S+\s+){1,3}?(?:a\s+doubt|doubtful|sidelined)\b",
            r"left\s+(?:frustrated|disappointed|fuming|furious|ruing|to\s+rue|stunned|red-faced)\b",
            # a rival's chance: "That leaves the door open for Antonio Conte"
            r"(?:leaves?|left|leaving)\s+the\s+door\s+(?:wide\s+)?open\b",
            # a leaving ruled out as wrong: "it would be a dirty trick to leave right now"
            r"would\s+be\s+(?:an?\s+)?(?:dirty\s+trick|betrayal|mistake|wrong|unfair|disrespectful|crazy|madness)\s+"
            r"to\s+(?:leave|go)\b",
            # a sanction upheld: "Atletico's appeal against FIFA's sanction was rejected"
            # (one word at a time, so a long sentence with no verdict cannot backtrack)
            r"appeal\s+(?:[^\s.;⟦]+\s+|⟦[CN]\d+⟧(?:'s|’s)?\s+){0,12}?(?:was|has\s+been|had\s+been|were)\s+"
            r"(?:rejected|dismissed|thrown\s+out)",
            r"(?:games?|matches|fixtures)\s+left\b",
            r"interested\s+in\s+(?:his|their|her)\s+(?:side's|team's|players')",
            r"asked\s+(?:how|whether|if|what|why|when)\b",
            r"blow\s+to\s+(?:\S+\s+){0,2}?(?:title|top-four|top\s+four|survival|european|champions\s+league)\s+"
            r"(?:hopes|bid|chances|ambitions|challenge)\b",
            # an injury, no move: "Courtois suffers ACL rupture in major blow for Real Madrid", "injury blow"
            r"(?:injury|injuries|rupture|ruptured|surgery|sidelined|acl|hamstring|fracture|broken\s+\w+)\b[^.;⟦]{0,30}?"
            r"\bblow\s+(?:to|for)\b",
            # a first game, not an appointment: "when Hurzeler takes charge of Brighton for the first time"
            r"tak(?:e|es|ing)\s+charge\s+(?:of\s+⟦C\d+⟧\s+)?for\s+the\s+first\s+time\b",
            # spaces on the pitch, not a club: "protecting the spaces that Frimpong and Grimaldo leave behind"
            r"(?:leave|leaves|leaving)\s+behind\b(?!\s+(?:⟦|his|their|a|an|the)\b)",
            # a side or a season, not a move: "the defence collapsed", "a season that collapsed in a week"
            r"(?:side|team|defence|season|campaign)\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?collaps(?:ed|es)\b",
            r"want(?:s|ed)?\s+to\s+(?:challenge|compete|fight)\s+for\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:title|trophy|league|top)",
            r"(?<=not\s)travel\s+to\b|(?<=n't\s)travel\s+to\b",
            r"missed\s+out\s+(?:through|with|because|due)\b",
            # a headline's buyer turned away, the bid told below: "Leeds rebuffed again for White"
            rf"(?<=⟧\s)(?:rebuffed|knocked\s+back|turned\s+down)(?:\s+again)?(?=\s+for\s+{P})",
            # a club's own fitness tests: "did not turn up for Barcelona's pre-season medical tests"
            r"pre-season\s+(?:medical|fitness)?\s*(?:tests|testing|checks|medicals?)\b",
            # a price asked before any talks: "wants at least €60m before he will even open negotiations"
            r"before\s+(?:\S+\s+){0,3}?(?:even\s+)?(?:open|opening|begin|beginning|start|starting|enter|entering)\s+"
            r"(?:any\s+)?(?:negotiations|talks|discussions)\b",
        ),
    ),
    # --- neutral phrases that would otherwise look like cues
    (
        "neutral",
        (
            # ("has still not agreed to extend a contract")
            r"(?:yet\s+to|not\s+yet|refused\s+to|refuses\s+to|refusing\s+to|declined\s+to|declines\s+to|declining\s+to|"
            r"has\s+(?:still\s+)?not|hasn't|have\s+(?:still\s+)?not|no\s+(?:sign|indication)\s+of)\s+(?:agree|sign|commit|extend|pen)\w*"
            r"\s+(?:\S+\s+){0,3}?(?:extension|contract|deal|future|terms)",
            # a renewal blocked: "'financial and structural obstacles' block new deal", "LaLiga's rules
            # prevented him from signing a new contract", "impossible to register his new contract"
            r"(?:block\w*|prevent\w*|thwart\w*|scupper\w*)\s+(?:(?:⟦P\d+⟧|him|her)\s+from\s+(?:signing|agreeing)\s+)?"
            r"(?:an?\s+|the\s+|his\s+|her\s+)?new\s+(?:deal|contract)",
            r"new\s+(?:deal|contract)\s+(?:cannot|can't|will\s+not|won't)\s+(?:happen|go\s+ahead)",
            # ("the club were unable to register a new contract for Lionel Messi")
            r"(?:impossible|unable|not\s+able)\s+to\s+(?:register|sign|complete|agree)\s+(?:(?:⟦P\d+⟧(?:'s|’s)?|his|her|the|a)\s+)?"
            r"new\s+(?:deal|contract)",
            # a renewal only sought: "have been trying to persuade the left-back to sign a new contract"
            # ("will do little to persuade Harry Kane, who has 14 months left on his contract, to commit his
            # future")
            r"(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|(?:do|does|did)\s+little)\s+to\s+(?:persuade|convince)\s+"
            r"(?:⟦P\d+⟧,[^,]{1,80},\s+|(?:\S+\s+){1,4}?)to\s+(?:(?:sign|agree|accept)\s+(?:an?\s+)?(?:new\s+|fresh\s+)?"
            r"(?:\S+\s+)?(?:contract|deal|extension|terms)|commit\s+(?:his|her|⟦P\d+⟧)\s+(?:long-term\s+)?future)",
            # a post off the pitch: "who has taken over from Txiki Begiristain as director of football"
            r"(?:took|taken|take|takes|taking)\s+over\s+(?:from\s+(?:[^\s,.;]+\s+){1,3}?)?as\s+(?:the\s+)?(?:club's\s+)?"
            r"(?:new\s+)?(?:director|sporting\s+director|technical\s+director|president|chairman|chief\s+executive|ceo|"
            r"head\s+of\s+(?:recruitment|football))\b",
            # a title race, not a move: "can move closer to retaining the Premier League title at Wolves"
            r"(?:(?:can|could|will|would|may|might)\s+)?mov(?:e|es|ed|ing)\s+(?:a\s+step\s+)?closer\s+to\s+(?:retaining|winning|securing|clinching|sealing|"
            r"the\s+(?:title|top|championship)|promotion|safety|survival|the\s+(?:league|premier\s+league)\s+title)\b",
            # speed, not a move: "the new director of football has moved quickly"
            r"mov(?:e|es|ed|ing)\s+(?:very\s+)?(?:quickly|swiftly|fast|decisively|early)\b(?!\s+(?:to|for)\b)",
            # undecided: "has still not decided whether to accept the one-year extension on the table"
            r"(?:not|yet\s+to)\s+(?:\S+\s+)?decided?\s+whether\s+(?:or\s+not\s+)?to\s+(?:accept|sign|take|extend)\s+"
            r"(?:\S+\s+){0,4}?(?:extension|contract|deal|offer|terms|renewal)",
            # a condition, not a move: "If Napoli cannot land Garnacho, they have alternatives"
            r"\bif\s+(?:⟦C\d+⟧|they|the\s+club)\s+(?:(?:cannot|can't|can\s+not|fail\s+to|fails\s+to|are\s+unable\s+to|is\s+unable\s+to|"
            r"do\s+not|don't)\s+(?:land|sign|get|secure|complete|agree)|miss(?:es)?\s+out\s+on)\b",
            # a start delayed, not called off: "will not take charge until November 11"
            r"(?:will\s+not|won't|would\s+not|cannot|can't)\s+(?:officially\s+)?(?:take\s+(?:charge|over)|start|begin|join)\s+"
            r"(?:\S+\s+){0,3}?until\b",
            # a stay that only delays a move: "will remain in Lisbon for three more matches", "will remain in
            # the dugout in Lisbon for three more matches", "will stay in Stockholm for now"
            r"(?:will|to|would)\s+(?:remain|stay)\s+(?:(?:in|at|with|on)\s+(?:\S+\s+){0,4}?)?"
            r"for\s+(?:now\b|the\s+time\s+being|"
            r"(?:the\s+)?(?:next\s+)?(?:[\w-]+\s+)?(?:more\s+|further\s+|remaining\s+)?(?:matches|games|weeks|days|fixtures)\b)",
            # nobody in particular: "would not stand in the way of any player who wanted to leave"
            r"(?:any|every|a)\s+(?:player|one|member\s+of\s+(?:the|his)\s+squad)\s+who\s+(?:wants?|wanted|wishes|wished)\s+to\s+"
            r"(?:leave|go|move)\b",
            # clubs the item does not name: "both of whom are wanted by bigger clubs"
            r"(?:wanted|coveted|courted|tracked|monitored|watched|admired|chased)\s+by\s+(?:several|many|a\s+number\s+of|"
            r"a\s+host\s+of|bigger|other|rival|top|european|foreign|numerous|various|richer)\s+(?:[^\s⟦⟧]+\s+)?(?:clubs|sides|teams)\b",
            # a place in the team, not a stay: "Vitinha and Zaire-Emery remain the axis of the midfield"
            r"(?:will\s+)?remain(?:s)?\s+(?:the|a|an|his|their|its)\s+(?:[^\s⟦⟧]+\s+){0,2}?(?:fulcrum|axis|heart|backbone|core|"
            r"focal\s+point|first\s+choice|first-choice|cornerstone|centrepiece|talisman|mainstay|linchpin|lynchpin|"
            r"engine|bedrock|spine|pillar|undisputed)\b",
            # a U-turn told as the past the news follows: "dismissed weeks after the coach's U-turn"
            r"(?:after|despite|since|following)\s+(?:[^\s.;]+\s+){0,4}?u-turn(?:\s+(?:to|and)\s+(?:stay|remain))?",
            # a role in the team, not a contract: "Nicolas Otamendi will remain captain"
            r"(?:(?:will|to|would)\s+)?remain(?:s)?\s+(?:(?:the\s+)?club\s+)?(?:captain|skipper|vice-captain|number\s+one)\b",
            # a choice on the pitch: "left Son with a choice between tracking him and pressing Fofana"
            r"(?:(?<=\ba\s)|(?<=\bthe\s))choice\s+between(?:\s+\w+ing\s+(?:\S+\s+){0,3}?(?:and|or)\s+\w+ing\b)?",
            # unnamed players: "with several forwards expected to move on this summer"
            r"(?:several|many|some|two|three|four|a\s+number\s+of|other|a\s+few)\s+(?:[^\s⟦⟧]+\s+)?(?:players|forwards|"
            r"defenders|midfielders|strikers|wingers|attackers|youngsters|squad\s+members)\s+(?:are\s+|being\s+)?"
            r"(?:expected|set|likely|due|poised|tipped)\s+to\s+(?:move\s+on|leave|depart|go|be\s+sold|follow)\b",
            # the move just told, named again: ", a move that has raised questions about Ramsdale's status"
            r"(?<=,\s)an?\s+(?:[\w-]+\s+)?(?:move|deal|switch|signing)\s+(?:that|which)\s+(?:has|had|is|was)\b",
            # "had also been tracking the striker but never made an offer"
            r"never\s+(?:made|submitted|tabled|lodged|put\s+in)\s+(?:an?\s+)?(?:formal\s+|official\s+)?(?:offer|bid|proposal)",
            # an attempt to renew, no stay yet: "Racing, who are trying to tie him down to a longer contract"
            r"(?:trying|tries|try|hoping|hope|hopes|looking|keen|desperate)\s+to\s+tie\s+(?:him|her|⟦P\d+⟧)\s+down",
            # a move of the past, told as background: "since his summer move from Bologna to United"
            r"\bsince\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:move|switch|transfer|arrival)\b",
            # a club coming back with another offer: "the Toffees are expected to return"
            r"(?<=⟧\s)(?:are|is|were)\s+(?:\S+\s+)?(?:expected|likely|set|poised|ready|tipped)\s+to\s+return"
            r"(?=\s*(?:[.,;]|$)|\s+(?:with|for)\b)",
            # a wish, not a step: "The Blues want the deal done before the window shuts"
            r"want(?:s|ed)?\s+(?:the|a|this)\s+deal\s+(?:done|completed|wrapped\s+up|finalised|finalized|over\s+the\s+line)",
            # sounding him out: "to gauge his willingness to move"
            r"(?:gauge|test|sound\s+out|assess|check|know)\s+(?:his|her|their)\s+willingness\s+to\s+(?:move|join|leave|come)",
            # waiting at the old club before the move: "will remain in Sao Paulo until he turns 18",
            # "will stay in Zagreb until the end of the season and will move"
            r"(?:will|to|would)\s+(?:remain|stay)\s+(?:in|at|with)\s+(?:\S+\s+){0,3}?until\s+(?:(?:he|she|⟦P\d+⟧)\s+turns\s+\d+|"
            r"the\s+end\s+of\s+the\s+season(?=\s*(?:,\s*)?(?:and|before)\s+(?:will\s+|then\s+)?(?:move|join|link\s+up|arrive)))",
            # a fact of his contract, no one's move: "The Ghana winger has a £65m release clause"
            # ("will leave this summer, thanks to a release clause of €130m")
            r"(?<!which\s)(?:has|have|with|thanks\s+to)\s+an?\s+(?:[^\s⟦⟧]+\s+){0,2}?(?:release|buy-?out)\s+clause",
            # ("whose contract contains a release clause")
            r"(?:contains?|includes?|included|contained)\s+an?\s+(?:[^\s⟦⟧]+\s+){0,2}?(?:release|buy-?out)\s+clause",
            # nothing tabled yet: "No formal proposal has reached the Estadio do Dragao so far"
            r"\bthere\s+(?:has|have)\s+(?:yet\s+to\s+be|been)\s+no\s+(?:formal\s+|official\s+|concrete\s+)?(?:offers?|bids?|proposals?)",
            r"\bno\s+(?:formal\s+|official\s+|concrete\s+|firm\s+|written\s+)?(?:offers?|bids?|proposals?)\s+(?:has|have)\s+"
            r"(?:yet\s+)?(?:been\s+(?:made|received|submitted|tabled|lodged)|reached|arrived)",
            # a goal, not the news: "prepared to break their record to get a deal done"
            r"(?:to|and)\s+get\s+(?:a|the|this)\s+deal\s+(?:done|over\s+the\s+line|finished)",
            # a move on the pitch: "a lovely move from Kevin", "a flowing team move"
            r"(?:lovely|great|brilliant|fine|flowing|slick|superb|sweeping|team|passing|attacking|fantastic|wonderful|"
            r"length-of-the-pitch|one-touch|training-ground)\s+move\b",
            # movement on the pitch: "they move inside alongside Bissouma"
            r"mov(?:e|es|ed|ing)\s+(?:inside|infield|wide|centrally|forward|up\s+the\s+pitch|into\s+(?:midfield|the\s+box|space|"
            r"the\s+half-spaces?|a\s+back\s+three))\b",
            # a player watching: "watched training from the sidelines"
            r"watch(?:ed|es|ing)?\s+(?:training|the\s+game|the\s+match|from\s+the\s+(?:stands|sidelines|bench))",
            # a coach out of work or a board weighing its own coach: "waiting for the phone to ring",
            # "no suggestion Levy is considering a change"
            r"wait\w*\s+for\s+(?:the\s+)?(?:phone|call|right\s+(?:job|offer|opportunity|project)|an?\s+(?:offer|opportunity|job|call))",
            r"consider\w*\s+(?:an?\s+)?(?:change|changes|(?:his|their|its)\s+options|(?:his|their)\s+position|the\s+future)\b",
            # a condition, not news: "should Gareth Southgate leave after the Euros"
            rf"\bshould\s+{P}\s+(?:leave|depart|go|step\s+down|quit|be\s+sacked|move\s+on)\b",
            # a club moving house: "before the move to the new stadium"
            r"(?:move|moving|moves|switch|relocation)\s+(?:to|into)\s+(?:the\s+|their\s+|its\s+)?(?:new|temporary)\s+"
            r"(?:\S+\s+)?(?:stadium|ground|home|arena|training\s+(?:ground|centre|complex|base))\b",
            r"on\s+target",
            # "the salary on offer at Old Trafford": terms described, not a bid
            r"(?:salary|wages?|terms|money|contract|deal|package|pay|figures?)\s+on\s+offer",
            # a game or a ruling, not a player: "approach this game with belief", "considering an appeal",
            # "more football than Guardiola could offer"
            r"approach(?:es|ed|ing)?\s+(?:this|the|that|tomorrow's|today's|sunday's|saturday's|every)\s+(?:\S+\s+)?"
            r"(?:game|match|tie|fixture|final|derby|season|contest)\b",
            # a way of playing: "explains his approach to the final derby", "refuses to change approach"
            r"approach\s+(?:to|for|in|against)\s+(?:the\s+|this\s+|that\s+|a\s+|his\s+|their\s+)?"
            r"(?:[^\s⟦⟧]+\s+){0,3}?"
            r"(?:game|match|tie|fixture|final|derby|season|contest|clash|visit|trip)\b",
            r"chang\w*\s+(?:his\s+|their\s+|the\s+|its\s+|our\s+|my\s+)?(?:\S+\s+)?approach\b",
            # a coach's way of playing: "Slot's approach is built on control", "his approach has paid off"
            r"approach\s+(?:is|was|has\s+been|had\s+been)\s+(?:\S+\s+)?(?:built|based|founded|rooted|centred|centered)\s+on\b",
            r"approach\s+(?:relies|rests|revolves|centres|centers|has\s+paid\s+off|paid\s+off|suits)\b",
            # home, not a club: "the chance to stay at home"
            r"(?:to\s+)?(?:stay|stays|stayed|staying|remain|remains|remained|remaining)\s+at\s+home\b",
            # a thing that stays: "his image rights, part of which remain with Chelsea"
            r"(?<=which\s)remain(?:s|ed)?\b",
            # a place in the table: "to move Erik ten Hag's side to within a point of the top four"
            r"(?:to\s+)?(?<!\bon\s)mov(?:e|es|ed|ing)\s+⟦C\d+⟧\s+(?:up\b|to\s+within|within|level\s+with|above|clear\s+of|off\s+the\s+bottom|"
            r"(?:in)?to\s+(?:the\s+)?(?:top|summit|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b|"
            r"(?:\w+\s+)?points?\s+clear)",
            # a place on the pitch: "Liverpool target the half-spaces"
            r"target(?:s|ed|ing)?\s+(?:the\s+|their\s+)?(?:opposition's\s+)?(?:half-spaces?|channels?|spaces?\s+(?:in\s+)?behind|"
            r"flanks?|wings?|byline|far\s+post|near\s+post|set-pieces?|transitions?)\b",
            # "refused to tone down Tottenham's high-risk approach"
            r"(?:high-risk|risky|attacking|defensive|tactical|aggressive|pragmatic|cautious|bold|possession-based|direct|"
            r"front-foot|expansive|gung-ho|all-out|high-pressing|adventurous|open|positive|measured)\s+approach\b",
            # "would not abandon an approach that had taken them to the top", "United's approach on Sunday"
            r"abandon\w*\s+(?:an?|the|their|his|its|our|my)\s+(?:[\w-]+\s+){0,3}?(?:approach|style|philosophy|identity|"
            r"principles)\b",
            r"approach\s+(?:on|at)\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"weekend)\b",
            # a question put to him at a press conference: "Postecoglou was again asked about his defending"
            r"(?<=⟧\s)(?:was|were|is|has\s+been)\s+(?:again\s+|also\s+|repeatedly\s+|then\s+|later\s+)?asked\s+"
            r"(?:about|whether|if|what|how|why)\b",
            # "play as the link between midfield and attack"
            r"\blink\s+between\b",
            r"consider\w*\s+(?:an?\s+)?(?:appeal|legal\s+action|complaint|protest)",
            # "are studying whether to appeal"
            r"(?:stud(?:y|ies|ying|ied)|weigh(?:s|ing|ed)?|consider\w*|mull\w*|decid\w+)\s+whether\s+to\s+(?:appeal|lodge|launch|"
            r"file|take\s+legal|contest|challenge)\b",
            r"want\w*\s+(?:more\s+)?(?:regular\s+)?(?:first-team\s+)?(?:football|minutes|game\s+time|playing\s+time)\b",
            # a style of play: "fit the way Tottenham want to play"
            rf"(?<=\sway\s)(?:{C}\s+|they\s+|we\s+|he\s+)?want\w*\s+to\s+play\b",
            # a coach's conditions: "wants Di Lorenzo and Kvaratskhelia to be kept"
            rf"want\w*\s+{P}(?:(?:,\s+|\s+and\s+){P})*\s+to\s+(?:be\s+kept|be\s+retained|stay|remain)\b",
            rf"than\s+(?:{P}|he|she|they|the\s+club)\s+(?:could|can|would)\s+offer\b",
            # ambitions and conditions, not a move: "I want to win trophies with this club", "wants guarantees
            # on keeping Kvaratskhelia"
            r"want\w*\s+(?:to\s+)?(?:win|lift)\s+(?:\S+\s+){0,3}?(?:trophies|titles|things|everything|silverware|league|title)\b",
            r"want\w*\s+(?:\S+\s+)?(?:guarantees|assurances)\b",
            # a player's fitness watched by his own club: "Man Utd monitoring Mount's fitness ahead of derby"
            r"(?:monitor|track|watch|assess)\w*\s+(?:⟦P\d+⟧(?:'s|’s)|his|their)\s+(?:\S+\s+)?(?:fitness|injury|recovery|"
            r"condition|workload|knock)\b",
            # a squad to strengthen, nobody named: "with Arne Slot keen to add depth"
            r"(?:keen|eager|looking|wants?|hoping)\s+to\s+(?:add|strengthen|bolster|improve|reinforce)\s+(?:depth|the\s+squad|"
            r"his\s+squad|their\s+squad|the\s+(?:defence|attack|midfield))\b",
            # a move looked back on: "I never regretted leaving PSG", "has no regrets about his move"
            r"(?:never|not|no)\s+(?:\S+\s+)?regret(?:s|ted)?\s+(?:about\s+)?(?:\S+\s+){0,2}?(?:leaving|move|decision|joining|switch)\b",
            # "still waiting on a replacement for Alexander Isak": the man replaced, not a target
            r"wait(?:s|ed|ing)?\s+(?:on|for)\s+(?:a\s+|the\s+)?(?:replacement|successor)\s+(?:for|to)\b",
            # "Slot dismisses Liverpool crisis talk": talk of his sacking waved away (a buyer waving away
            # talk of a move denies it: an off cue)
            r"(?:dismiss|play|plays|played|playing|laugh|laughs|laughed)(?:es|ed|ing)?\s+(?:down\s+|off\s+)?(?:the\s+|any\s+)?"
            r"(?:⟦C\d+⟧\s+|[^\s⟦⟧]+\s+)?(?:crisis|sack|sacking|pressure|exit)\s+(?:talk|talks|speculation|rumours?|reports?|"
            r"claims|fears|questions)\b",
            # what a manager wants of his team: "Kompany wants Bayern to respond"
            rf"want\w*\s+(?:the\s+)?{C}\s+to\s+(?:show|respond|react|be\s+(?:brave|braver|better|ready|calm|focused|"
            r"ruthless|aggressive)|play|keep|find|improve|fight|bounce\s+back|win|beat|learn|believe|raise|step\s+up|compete|"
            r"attack|defend|continue|dominate|suffer|enjoy)\b",
            # the crowd, not a move: "Unai Emery wants Villa Park 'on fire' for PSG comeback"
            rf"want\w*\s+(?:the\s+)?{C}\s+(?:to\s+be\s+)?(?:on\s+fire|rocking|bouncing|buzzing|full|loud|a\s+fortress)\b",
            # "people can say what they want about me"
            r"(?<=\s)what\s+(?:\S+\s+)?want(?:s|ed)?\s+(?:about|to\s+(?:say|think|write))\b",
            # "I just focus on my football"
            r"focus\w*\s+on\s+(?:my|his|her|their|our|the)\s+(?:own\s+)?(?:football|game|form|job|work|fitness|recovery|"
            r"season|team|performances?|training)\b",
            # what talks are about, not a step taken: "in talks with Sporting over appointing Amorim"
            r"(?<=\s)(?:over|about|regarding)\s+(?:appointing|signing|hiring|bringing\s+in|re-?signing)\b",
            # a post in the squad, not at a club: "has appointed X as Tottenham's new club captain", "named in
            # his first England squad"
            rf"(?:(?:has|have|had|was|were|been|is|are)\s+)?(?:appoint|nam)(?:ed|es|e|s|ing)\s+(?:{P}\s+)?(?:as\s+)?(?:the\s+)?"
            rf"(?:new\s+)?(?:{C}(?:'s|’s)?\s+)?(?:new\s+)?(?:club\s+)?(?:vice-?|joint-?)?captains?\b",
            r"(?:(?:has|have|had|was|were|been|is|are)\s+)?nam(?:ed|es|e|ing)\s+(?:\S+\s+){0,8}?in\s+(?:his|her|their|the)\s+"
            r"(?:\S+\s+){0,3}?squad\b",
            # a date of the past, not the news: "X, appointed in January 2023, had been under pressure"
            r"(?<!been\s)(?<!was\s)(?<!is\s)(?<!be\s)appointed\s+in\s+(?:\w+\s+)?(?:19|20)\d\d\b",
            # a time since an appointment: "sacked just 23 days after being appointed" (the spell he left)
            r"(?:days|weeks|months|years|matches|games)\s+(?:after|since)\s+(?:being|he\s+was|his\s+being)\s+"
            r"(?:appointed|named|hired|unveiled)\b",
            # opposition to an appointment is none made: "a campaign against his appointment"
            r"(?:against|opposed\s+to|opposition\s+to|protests?\s+(?:against|over)|backlash\s+(?:against|over|to))\s+"
            r"(?:his|her|the|their|a|any)\s+(?:potential\s+|possible\s+|proposed\s+|mooted\s+)?appointment",
            # a condition, not a bid: "if the right offer comes"
            r"if\s+(?:the\s+|a\s+)?(?:right|good|big|acceptable|suitable|huge|serious)\s+(?:offer|bid|proposal)",
            # a move that did not happen: "a swap deal that would have taken him to Manchester United"
            r"(?:that|which)\s+would\s+have\s+(?:taken|brought|sent|seen)(?:\s+(?:⟦P\d+⟧|him|her))?\s+to\b",
            # a condition, not an end: "should the discussions with Howe break down"
            r"(?:should|if)\s+(?:the\s+)?(?:talks|discussions|negotiations)\s+(?:with\s+(?:\S+\s+){1,3}?)?"
            r"(?:break\s+down|collapse|fail|stall)",
            # company, not a move: "They are joined by LAFC's Denis Bouanga"
            r"(?:are|is|was|were|be|been)\s+joined\s+by",
            # rejecting everyone else is no rejection of the club: "has turned down other options" (but
            # "rejected several offers from the German champions" names the bidder)
            rf"{_REJECT}\s+(?:all\s+)?(?:other|several|many|numerous|rival|further)\s+(?:options|offers|proposals|clubs|"
            rf"suitors|approaches|bids)(?!\s+from\s+(?:the\s+)?{C})(?!\s+of\s+(?:an?\s+)?(?:extension|renewal))",
            # a buyer's stance, not the seller's price: "are unwilling to meet the asking price"
            rf"(?:meet|pay|match)(?:s|ing)?\s+(?:the\s+|his\s+|their\s+|its\s+|{ANY}(?:'s|’s)?\s+)?(?:[^\s⟦⟧]+\s+)?"
            r"(?:asking\s+price|demands|valuation)",
            # a club's offer is no commitment of the person's: "Ipswich are determined to keep him and have
            # offered a new long-term deal" (an offer refused or not made is read elsewhere)
            rf"(?<!not\s)(?<!not\sto\s)(?<!been\s)(?<!be\s)offer(?:s|ed|ing)?\s+(?:him\s+|{P}\s+)?(?:an?\s+)?(?:new\s+(?:{WS}){{0,2}}?"
            # (an extension is always his own club's: "City have offered Gundogan a one-year extension")
            rf"(?:contract|deal)|(?:{WS}){{0,2}}?(?:contract\s+)?(?:extension|renewal))",
            # what is still to come: "He will have his medical this week before the move is made official"
            r"(?:(?<=before\s)|(?<=once\s)|(?<=until\s)|(?<=when\s))(?:the\s+|his\s+|a\s+)?(?:move|deal|transfer|switch|signing|"
            r"loan|appointment|it)\s+(?:is|has\s+been|gets|can\s+be)\s+(?:made\s+)?(?:official|confirmed|announced|completed|"
            r"finalised|finalized|rubber-stamped)",
            # a renewal not offered is no stay: "no renewal has been offered yet"
            r"no\s+(?:new\s+)?(?:renewal|extension|contract\s+extension|new\s+contract|new\s+deal)\s+(?:has\s+|have\s+)?"
            r"(?:been\s+|yet\s+been\s+)?(?:offered|proposed|tabled|agreed)",
            # a squad player's wish, no move: "Gonçalo Ramos wants more minutes"
            r"want(?:s|ed)?\s+(?:more\s+)?(?:minutes|game\s*time|playing\s+time|starts)\b",
            # a new coach's staff, not his move: "details of his backroom staff will be confirmed soon"
            r"(?:backroom|coaching)\s+(?:staff|team)\s+will\s+be\s+(?:confirmed|announced|named)",
            # a player's part in the team: "Lee Kang-in offers another option on the right"
            r"offers?\s+(?:another|an|a|more|extra|real|genuine)\s+(?:\S+\s+)?(?:option|alternative|threat|outlet|dimension|solution)\b",
            r"offers?\s+(?:cover|depth|width|pace|versatility|balance|quality|experience|competition|energy|physicality)\b",
            # a seller's condition: "will only negotiate close to his release clause", "would only sell for"
            r"(?:will|would)\s+only\s+(?:negotiate|sell|listen\s+to\s+offers|consider\s+offers|talk|do\s+business)",
            # an official's part: "who has followed every negotiation personally"
            r"(?:followed|overseen|oversaw|overseeing|handled|handling|led|leading)\s+(?:every|all|the|these|those)\s+"
            r"(?:negotiations?|talks|discussions)",
            r"part\s+of\s+(?:the\s+)?(?:discussions|talks|conversations)\s+(?:about|on|over)\s+(?:the\s+)?(?:squad|team|club|future|plans)",
            # interest from no club in particular: "despite interest from the Premier League"
            r"interest\s+from\s+(?:the\s+)?(?:premier\s+league|serie\s+a|la\s*liga|bundesliga|ligue\s+1|saudi\s+(?:arabia|pro\s+league)|"
            r"mls|abroad|england|spain|italy|germany|france|elsewhere|several\s+clubs|a\s+number\s+of\s+clubs|other\s+clubs)\b",
            # an investment: "completed the purchase of a majority stake in Alverca"
            r"(?:(?:has|have|had)\s+)?(?:complet\w+\s+)?(?:the\s+)?(?:purchase|acquisition|takeover|sale)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:stake|shares?|ownership)\b",
            # "can point to a new contract signed in the summer": a renewal of the past
            r"(?:an?\s+)?new\s+(?:[\w-]+\s+)?(?:contract|deal)\s+(?:he\s+)?signed\s+(?:in|last|earlier|only|just|back)\b",
            # a sponsor's deal, not a playing contract: "signs new long-term boot deal with Adidas"
            r"(?:(?:an?|new|long-term|lucrative|multi-year|lifetime|record|bumper|huge)\s+){0,3}(?:boot|kit|sponsorship|endorsement|commercial|image[\s-]+rights|shirt|"
            r"sportswear|apparel|naming[\s-]+rights|broadcast\w*|media|betting)\s+(?:deal|contract|agreement|partnership)"
            r"(?:\s+(?:extension|renewal))?",
            r"extend\w*\s+(?:his|her|their|its)\s+(?:partnership|sponsorship|association|endorsement)",
            # a post off the pitch: "stepped away from the bench to become an adviser to the owners"
            r"(?:(?:poised|set|expected|likely|due|ready|tipped|about)\s+to\s+|to\s+)?become\s+(?:an?\s+|the\s+|their\s+|⟦C\d+⟧(?:'s|’s)?\s+)?"
            r"(?:\S+\s+)?(?:adviser|advisor|ambassador|consultant|pundit|president|chairman|board\s+member|technical\s+director|"
            r"sporting\s+director|director\s+of\s+football|general\s+manager|chief\s+executive|ceo)",
            # a post at the club off the pitch: "he will move into an advisory role", "moved upstairs"
            r"(?:will\s+|to\s+)?mov(?:e|es|ed|ing)\s+(?:upstairs|into\s+(?:an?|the|his)\s+(?:\S+\s+)?(?:role|position|post|job))",
            # "will have to move quickly": haste, not a transfer
            r"mov(?:e|es|ed|ing)\s+(?:quickly|fast|swiftly|decisively)(?!\s+(?:to|for)\b)",
            # "no official bid yet": none made
            r"no\s+(?:official\s+|formal\s+|concrete\s+|written\s+|direct\s+)?(?:bids?|offers?|proposals?|approach(?:es)?|contact|"
            r"enquir(?:y|ies))\s+(?:yet|so\s+far|as\s+yet|"
            r"(?:has|have)\s+(?:yet\s+)?been\s+(?:submitted|made|tabled|lodged|received|sent|placed))",
            # table and injury talk: "to stay top of the Eredivisie", "Bremer's season is over"
            r"(?:to\s+)?stay(?:s|ed|ing)?\s+(?:top|bottom|clear|unbeaten|up|alive|in\s+touch|in\s+the\s+(?:hunt|race|running|top\s+\w+)|"
            # "must balance the books to stay within the profit and sustainability rules"
            r"within|under|below|inside|afloat|competitive|solvent|focused|fit|calm|patient|positive|ahead|on\s+course)",
            # a side of the body or pitch: "his left knee", "on the left wing"
            r"(?:left|right)(?:\s+|-)(?:knee|ankle|foot|leg|hamstring|thigh|calf|shoulder|hip|wing|back|side|flank|winger|"
            r"footed|footer|hand|arm|eye)",
            r"(?:season|campaign)\s+(?:is\s+|could\s+be\s+|may\s+be\s+|looks\s+)?over",
            # an official, not a coach: "steps down as Tottenham executive chairman"
            rf"step(?:s|ped|ping)?\s+down\s+as\s+(?:{C}\s+|{WS}){{0,3}}?(?:chairman|chairwoman|chief\s+executive|president|"
            r"director|ceo|owner|co-owner|chair)",
            # "with ten days of the window left": time remaining, nobody leaving
            r"(?:days|weeks|hours|minutes|games|matches|points|months|seconds)\s+(?:[^\s⟦⟧]+\s+){0,4}?(?:left|remaining)",
            # a loan's later purchase, not a step still due before the move: "will join permanently next
            # summer", "an option for the Midlands club to sign him permanently"
            r"(?:(?:will|would|to)\s+)?(?:join|sign|buy|make\s+(?:the|his|her|that|this)\s+(?:move|deal|switch|loan))"
            r"(?:\s+(?:him|her|⟦P\d+⟧))?\s+(?:permanently|on\s+a\s+permanent\s+(?:basis|deal|transfer))",
            # work again, at no club yet: "is ready to return to the dugout", "keen for a return to coaching"
            r"(?:ready|eager|keen|wants|looking|hoping|itching|desperate)\s+(?:to\s+return|for\s+a\s+(?:return|comeback))"
            r"\s+to\s+(?:the\s+)?(?:dugout|management|coaching|touchline|sidelines?|bench)(?!\s+(?:at|of|with)\b)",
            # a change of tactics: "Conte's move to a more aggressive press", "Kovac's move to press high"
            r"move\s+to\s+(?:press\b|(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:press(?:ing)?|system|formation|shape|diamond|"
            r"back\s+(?:three|four|five))\b)",
            # a place in the table: "a defeat at Fulham left Villa 17th", "leaves them bottom of the league"
            rf"(?:leaves?|left|leaving){_TABLE_PLACE}",
            # "the blow leaves Thomas Frank searching for alternatives"
            # (also a coach the resolver does not know: "leaving arsene wenger without the reinforcement")
            # (a country too: "renews until 2026 and leaves Brazil waiting in vain")
            r"(?:leaves?|left|leaving)\s+(?:⟦[PN]\d+⟧|[a-zà-ÿ'’-]+\s+[a-zà-ÿ'’-]+)\s+(?:searching|looking|needing|facing|short|"
            r"scrambling|in\s+need|to\s+find|to\s+look|without|waiting|in\s+limbo|empty-handed|"
            r"with\s+(?:a|an|no|little|few)\b)",
            # the new contract's own terms: "until June with an option to extend"
            r"(?:an?\s+|the\s+)?options?\s+(?:to\s+extend|of\s+(?:an?\s+)?(?:extension|further|another)|for\s+(?:a|an)\s+(?:further|extra|additional))",
            # the pluperfect tells the background: "the Dutchman had been appointed in May"
            r"had\s+(?:only\s+|just\s+|previously\s+|originally\s+)?(?:been\s+(?:appointed|named|hired|unveiled)|joined|signed\s+for)",
            # a question put to a speaker: "Asked whether the club would move for a forward, Arteta said"
            r"(?<![\w⟧]\s)(?<![\w⟧])asked\s+(?:again\s+|once\s+more\s+|repeatedly\s+|directly\s+|later\s+)?(?:whether|if|about)\b[^,;:]*",
            # a question put to someone: "was coy when asked about the deal"
            r"(?:when|after\s+being|on\s+being|being|was|were|is|been|be)\s+(?:also\s+|then\s+|later\s+)?asked\s+"
            r"(?:about|whether|if|over|on)\b",
            # "are not expected to match the Reds' offer": no bid of theirs
            r"not\s+(?:\S+\s+){0,2}?(?:expected|going|likely|prepared|willing|able)\s+to\s+(?:match|make|submit|table|launch|"
            r"lodge|rival|improve|raise|better)\b(?:\s+(?:\S+\s+){0,4}?(?:offer|bid|proposal)s?\b)?",
            r"(?:speak|speaks|spoke|speaking|talk|talks|talked|talking)\s+to\s+(?:the\s+)?(?:media|press|reporters|journalists|"
            r"supporters|fans)\b",
            # a hypothetical offer: "could leave if an offer of €25m arrives"
            r"(?:if|should|unless|once)\s+(?:a|an|the\s+right)\s+(?:\S+\s+){0,4}?(?:offer|bid|proposal)\s+(?:\S+\s+){0,3}?"
            r"(?:arrives|comes\s+in|is\s+received|is\s+made|materialises|materializes|is\s+tabled|lands|"
            # (told in the past: "he wanted to leave if a suitable Champions League offer arrived")
            r"arrived|came\s+in|was\s+received|was\s+made|materialised|materialized|was\s+tabled|landed)",
            r"(?:boot|kit|sponsorship|commercial|image\s+rights|endorsement|book|media|shirt)\s+(?:deal|contract|agreement)"
            r"(?:\s+extension)?",
            r"(?:not|never)\s+(?:\S+\s+){0,2}?(?:give|giving|gave|given)\s+up(?!\s+(?:hope|on)\b)",
            # a press-conference write-up: "Asked about the midfielder on Friday, X said"
            r"(?<!.)asked\s+(?:about|on|whether|if)\b",
            # a bid not made: "no formal offer has been made", "are yet to table a bid"
            r"no\s+(?:formal\s+|official\s+|concrete\s+|firm\s+)?(?:bids?|offers?|proposals?)\s+(?:has|have)\s+(?:yet\s+)?been"
            r"\s+(?:made|submitted|lodged|tabled|received)",
            rf"{_NOT_YET}(?:made|make|submit\w*|table\w*|lodge\w*)\s+"
            r"(?:an?\s+|any\s+)?(?:formal\s+|official\s+)?(?:bids?|offers?|proposals?|contact|an?\s+approach)",
            # talks not begun with a club: "have yet to open discussions with City" (not over a renewal)
            rf"{_NOT_YET}(?:open|start|begin|enter|hold)\w*"
            r"\s+(?:formal\s+|official\s+|any\s+)?(?:talks|negotiations|discussions)\s+with\b",
            r"(?:will\s+)?undergo(?:es|ing)?\s+surgery",
            # a bid not made: "neither has followed up with a bid", "without making an offer"
            r"(?:neither|none\s+of\s+them)\s+(?:has|have|had)\s+(?:\S+\s+){0,5}?(?:bids?|offers?|proposals?)",
            r"without\s+(?:making|submitting|tabling|lodging)\s+(?:an?\s+)?(?:formal\s+|official\s+)?(?:bids?|offers?)",
            r"(?:not|never|n't)\s+(?:yet\s+|been\s+)?rul\w+\s+out",
            r"commit\w*\s+to\s+(?:his|her|the)\s+(?:national\s+(?:team|side)|country)",
            # a position to fill, not a person: "looking to sign a new goalkeeper"
            r"(?:to\s+)?sign(?:ing)?\s+(?:a\s+replacement|(?:a\s+new|another|two\s+new|a\s+new\s+first-choice)\s+"
            r"(?:striker|goalkeeper|keeper|centre-back|centre-half|defender|midfielder|winger|forward|left-back|"
            r"right-back|full-back|number\s+nine|manager|head\s+coach|coach|attacker|player)s?)",
            r"(?:[0-9]+|one|two|three|four|five|six|a|18)\s+(?:and\s+a\s+half\s+)?(?:years?|months?)\s+left",
            r"(?:not\s+yet|yet\s+to|no)\s+(?:opened\s+|held\s+|begun\s+|open\s+|hold\s+|begin\s+)?(?:talks|negotiations|discussions)\s+"
            r"(?:over|on|about)\s+(?:an?\s+|his\s+)?(?:extension|new\s+(?:contract|deal)|renewal)",
            # a denial of any exit: "I don't see any scenario where he leaves"
            r"(?:no|not\s+(?:see\s+)?any|don't\s+see\s+any|can't\s+see\s+any)\s+(?:scenario|chance|way|prospect)\s+"
            r"(?:where|in\s+which|of)\s+(?:he|she|⟦P\d+⟧)\s+(?:leaves|leaving|goes|going|moves|moving)",
            r"reject\w*\s+any\s+(?:further\s+)?(?:bids?|offers?|approach\w*|proposals?)",
            # (also "with the Hoops' board keen on a quick appointment before pre-season")
            r"(?:wants|want|hopes?|expects?|aims?|keen\s+on|eager\s+for|pushing\s+for)\s+(?:the|an?)\s+"
            r"(?:quick\s+|swift\s+|speedy\s+|rapid\s+|early\s+|new\s+)?appointment",
            # no one in particular: "whoever takes over", "the appointment of a new head coach"
            r"(?:whoever|the\s+next\s+(?:manager|head\s+coach|boss|coach)|the\s+new\s+(?:manager|head\s+coach|boss|coach))\s+"
            r"(?:\S+\s+){0,2}?(?:takes\s+over|take\s+over|is\s+appointed|comes\s+in|arrives|signs)",
            r"(?:appointment|search|hunt)\s+(?:of|for)\s+(?:a|the|their|its)\s+(?:new|permanent|next|long-term)\s+"
            r"(?:head\s+coach|manager|boss|coach|successor|appointment)",
            # ("have been searching for a long-term appointment since Graham Potter was sacked")
            r"(?:searching|looking|hunting)\s+for\s+(?:a|their|its)\s+(?:new|permanent|next|long-term)\s+appointment",
            # "offered his congratulations": not a bid
            r"offer(?:s|ed|ing)?\s+(?:his|her|their|its|our|my|some|warm|heartfelt|public)?\s*(?:\S+\s+)?"
            r"(?:congratulations|condolences|support|sympathy|apology|apologies|advice|praise|thanks|tribute|words)\b",
            r"(?:(?:to|will|would)\s+)?stay(?:ing)?\s+in\s+(?:europe|england|the\s+premier\s+league|serie\s+a|la\s+liga|the\s+bundesliga|"
            r"ligue\s+1|⟦N\d+⟧|the\s+country|london|the\s+city)",
        ),
    ),
    # --- wanting out (before "wants", "will move"), and refusing to stay
    (
        "exit",
        (
            r"(?:want(?:s|ed)?|ready\s+for|seek(?:s|ing)?|looking\s+for|needs?)\s+(?:a\s+)?(?:fresh|new)\s+challenge",
            r"(?:want(?:s|ed)?|ready|looking|eager|keen)\s+to\s+take\s+the\s+next\s+step",
            # "who has left Real Madrid to take charge of the Brazil national team": no club to go to
            rf"(?:left|leaves|leaving|quit|quits)\s+(?:the\s+)?{C}\s+to\s+(?:take\s+charge\s+of|coach|manage|take\s+over|lead)"
            rf"(?=\s+(?:the\s+)?(?:{ANY}\s+)?national\s+(?:team|side))",
            # "have dispensed with the services of X", "to bring the curtain down on his City career"
            r"dispens(?:e|es|ed|ing)\s+with(?:\s+the\s+services\s+of)?",
            r"bring(?:s|ing)?\s+the\s+curtain\s+down\s+on|brought\s+the\s+curtain\s+down\s+on",
            # "made official the end of the Ernesto Valverde era on the bench", "the end of David de Gea's
            # 12-year stay at Old Trafford"
            r"end\s+of\s+(?:the\s+)?⟦P\d+⟧(?:'s|’s)?\s+(?:era|reign|tenure|regime)\b",
            r"end\s+of\s+⟦P\d+⟧(?:'s|’s)\s+(?:(?:[\w-]+-year|short|brief|long)\s+)?(?:stay|spell|stint)\b",
            # "Conor Gallagher's situation remains unresolved"
            r"(?<=⟧)(?:'s|’s)\s+(?:situation|future)\s+(?:remains|is|is\s+still|is\s+now)\s+(?:unresolved|uncertain|unclear|"
            r"up\s+in\s+the\s+air|in\s+limbo)",
            # a club moving him on, or his own wish: "Marseille want to move Clauss on this summer", "another
            # player Chelsea want to move on", "wants to move on" (not "move on to other targets")
            r"(?:(?:want(?:s|ed)?|prepared|ready|willing|keen|looking|happy)\s+to\s+)?move\s+(?:⟦P\d+⟧\s+|him\s+|them\s+)?"
            r"on\b(?!\s+(?:to|from)\b)",
            # "Barcelona want to offload Umtiti", "are ready to cash in on X", "would be willing to sell X"
            rf"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!un)(?:{_SELLER_WANTS}\s+to\s+)?(?:off-?load(?:s|ed|ing)?|"
            r"cash(?:es|ed|ing)?\s+in\s+on|get(?:ting)?\s+rid\s+of|ship(?:s|ped|ping)?\s+out)\b" + _SOLD_MAN,
            rf"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!un){_SELLER_WANTS}\s+to\s+sell\b" + _SOLD_MAN,
            r"(?:will|would|to|could|set\s+to)\s+move\s+on\b"
            r"(?!\s+(?:from\s+)?(?:the|this|that)\s+(?:defeat|loss|result|game|match))",
            # "wants a fresh challenge", "Ivan will move on" above; "wants Manchester City exit", "wants out
            # of Spurs"; "turned down a new contract" (a step towards the exit) below
            rf"want(?:s|ed)?\s+(?:an?\s+)?(?:{C}\s+)?(?:exit|departure|out)\b",
            # "has asked the club to let him leave", "asked to be allowed to leave"
            rf"ask(?:s|ed|ing)?\s+(?:{ANY}\s+|him\s+)?(?:to\s+)?(?:be\s+(?:allowed|permitted)\s+to|let\s+(?:{ANY}|him)"
            rf"|allow\s+(?:{ANY}|him)\s+to|sanction\s+(?:an?\s+|his\s+)?)\s*(?:leave|go|exit|move|departure)",
            # ("has so far declined FCK's offer of a new deal")
            rf"(?:turn(?:s|ed|ing)?\s+down|reject(?:s|ed|ing)?|snub(?:s|bed)?|declin(?:e|es|ed|ing)|refus(?:e|es|ed)\s+"
            rf"(?:to\s+sign\s+)?)\s*(?:an?\s+|the\s+|his\s+|{C}(?:'s|’s)\s+)?(?:offer\s+of\s+(?:an?\s+)?)?(?:new|improved|fresh)\s+"
            rf"(?:{C}\s+)?(?:{WS}){{0,2}}?(?:contract|deal|terms)",
            # a renewal refused: "will not extend at Leverkusen", "has turned down an extension"
            r"(?:will\s+not|won't|would\s+not|decided\s+not\s+to)\s+(?:be\s+)?(?:extend|renew)\w*",
            # "furious at the striker's refusal to extend"
            r"refus(?:al|es|ed|ing|e)\s+to\s+(?:extend|renew)\w*",
            # "has told the club he will not sign a new contract"
            r"(?:will\s+not|won't|would\s+not|decided\s+not\s+to|does\s+not\s+want\s+to)\s+sign\s+(?:an?\s+)?(?:new|fresh|"
            r"improved)\s+(?:contract|deal)",
            r"(?:refus\w+|reject\w*|turn\w*\s+down|snub\w*)\s+(?:every|any|all|an?|the|his|their|several|multiple|numerous|"
            r"repeated|two|three)\s+(?:offers?\s+of\s+(?:an?\s+)?)?(?:\S+\s+){0,2}?(?:extensions?|renewals?)\b",
        ),
    ),
    # --- ruling out an exit is staying; "open to a Real Madrid exit" is leaving ("C exit" is no successor)
    (
        "stay",
        (
            rf"rul(?:e|es|ed|ing)\s+out\s+(?:an?\s+|any\s+)?(?:{C}\s+)?(?:exit|departure|leaving|a\s+move\s+away)",
            # his club's side: "Borussia Dortmund have ruled out selling Jadon Sancho this summer"
            rf"rul(?:e|es|ed|ing)\s+out\s+(?:selling|(?:an?\s+|any\s+)sale\s+of|letting)(?=\s+(?:{P}|him\b|her\b))",
            # "has informed Liverpool that he will not be leaving Real Sociedad"
            r"(?:will|would)\s+not\s+be\s+leaving|won't\s+be\s+leaving|(?:is|am|are)\s+not\s+leaving",
            # "tells Manchester United he will not leave Barcelona" (not "will not leave without a fight")
            r"(?:(?:will|would)\s+not\s+leave|won't\s+leave|(?:is|are)\s+not\s+going\s+to\s+leave)"
            r"(?!\s+(?:(?:without|for\s+less|on\s+the\s+cheap|cheaply|for\s+free|easily|him|her|them|it|out)\b|⟦P))",
        ),
    ),
    (
        "exit",
        (
            rf"open\s+to\s+(?:an?\s+)?(?:{C}\s+)?(?:exit|departure|leaving|a\s+move\s+away)",
            # a man his club offers around: "has been offered to several of Europe's top clubs"
            r"(?:has\s+been|have\s+been|was|were|is\s+being|are\s+being)\s+offered\s+to\s+(?:several|a\s+number|various|a\s+host|"
            r"clubs|sides|teams)\b",
            rf"future\s+at\s+{C}\s+(?:is\s+|remains\s+|looks\s+|now\s+|also\s+)*(?:in\s+doubt|uncertain|up\s+in\s+the\s+air|unclear|"
            r"in\s+the\s+balance|under\s+(?:serious\s+|close\s+|urgent\s+)?review)",
            r"(?:position|future|job)\s+(?:is\s+|remains\s+|now\s+|also\s+)*under\s+(?:serious\s+|close\s+|urgent\s+)?review",
            # "does not intend to see out the final year of his contract": a leaving announced
            r"(?:(?:does|do|did)\s+not|doesn't|don't|didn't|will\s+not|won't)\s+(?:intend|want|plan|wish)\s+to\s+see\s+out",
            # "had told him that he no longer intended to stay in Turin"
            r"(?:no\s+longer|(?:does|do|did)\s+not|doesn't|don't|didn't)\s+(?:intend|want|plan|wish)\w*\s+to\s+"
            r"(?:stay|remain)\b",
            # "Daniel Levy is weighing up the Australian's future": his club considers ending it
            rf"(?:weigh(?:s|ed|ing)?\s+up|consider(?:s|ed|ing)?|review(?:s|ed|ing)?)\s+(?:{P}(?:'s|’s)|his|her)\s+future\b",
            r"los(?:e|es|ing|t)\s+patience",
            # "the board are running out of patience with X", "patience with X is wearing thin"
            r"(?:run(?:s|ning)?|ran)\s+out\s+of\s+patience|patience\s+(?:\S+\s+){0,3}?(?:is\s+|was\s+)?(?:running\s+out|"
            r"wearing\s+thin|running\s+thin)",
        ),
    ),
    # a sale considered by the club that owns him: "Real Madrid consider sale", "open to offers"
    (
        "seller_before",
        (r"consider\w*\s+(?:an?\s+|his\s+)?(?:sale|selling|offers|cashing\s+in)",),
    ),
    # talks about a new contract are no transfer talks
    (
        "neutral",
        (
            # a renewal not made: "Alphonso Davies, who has not renewed a contract that runs until 2025"
            r"(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:renewed|extended)\b",
            # a medical told as past beside the deal: "wrapped up a deal for X, the Dutchman having travelled
            # to Merseyside on Thursday to undergo a medical" (no step still to come)
            r"having\s+(?:travel(?:l)?ed|flown|arrived)\s+(?:[^\s⟦⟧]+\s+|⟦C\d+⟧\s+){0,6}?to\s+undergo\s+(?:a\s+|his\s+)?medical",
            # a buyer rebuffed by the seller, the approach still standing (claims.md): "approached Fulham
            # about Marco Silva but were rebuffed" (not "was rebuffed by the player": his refusal)
            r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:rebuffed|knocked\s+back)\b"
            r"(?!\s+by\s+(?:⟦P|him\b|the\s+player|the\s+coach|the\s+manager))",
            # a club refused by many, no one named: "a search in which the German giants have been turned down
            # by a string of more established names"
            r"(?:been|were|was|being)\s+(?:turned\s+down|rejected|snubbed|rebuffed|spurned)\s+by\s+(?:a\s+string|several|"
            r"a\s+number|other|many|various|numerous|a\s+series|a\s+host|a\s+succession|a\s+list)\b",
            r"(?:new\s+)?contract\s+(?:talks|negotiations)",
            # "in advanced negotiations over an extension": not committed yet
            r"(?:(?:advanced|ongoing|fresh|further|early|initial)\s+)?(?:talks|negotiations|discussions)\s+(?:over|about|on|regarding)"
            r"\s+(?:an?\s+|a\s+new\s+|his\s+)?(?:new\s+)?(?:contract\s+extension|extension|renewal|new\s+(?:contract|deal))",
        ),
    ),
    # --- the one being replaced: never the mover
    (
        "replace",
        (
            rf"(?:replace(?:s|d)?|replacing|replacements?\s+for|successors?\s+(?:to|for)|succeed(?:s|ing)?|in\s+place\s+of"
            # "sees him as the natural heir to Raphael Varane"
            r"|heirs?\s+(?:apparent\s+)?to"
            # "an upgrade on X": the one who would lose his place
            r"|(?:an\s+)?upgrade\s+on|(?:take|takes|took|taking|taken)\s+over\s+from"
            # "interviews for the vacancy left by Tim Walter"
            r"|vacancy\s+(?:left|created)\s+by"
            rf"|the\s+(?:sacked|axed|departed|outgoing|ousted|departing))"
            rf"(?=\s+(?:the\s+)?(?:(?:interim|caretaker|current|outgoing|sacked|departed|under-fire|embattled|incumbent)\s+)?"
            rf"(?:(?:boss|manager|head\s+coach|coach)\s+)?{P})",
            r"(?<=⟧)(?:'s|’s)?[ \t\n\xa0]+"
            r"(?:successor|replacement|job|role|position|shoes|seat|exit|departure|sacking|dismissal)"
            # "X's position comes under threat": his own job, the subject of its own clause
            r"(?!\s+(?:at\s+⟦C\d+⟧\s+)?(?:is|looks|remains|was|has|could|may|appears|comes|came|hangs|hanging|seems|faces|"
            r"now)\b)",
            r"(?:will\s+be\s+|to\s+be\s+|is\s+being\s+|was\s+)?replaced\s+by",
        ),
    ),
    # a pursuit taken up again: "Reds go back in for Romeo Lavia", "have come back in for X"
    ("interest", (r"(?:go|goes|going|gone|went|come|comes|came|coming)\s+back\s+in\s+for\b",)),
    # a bid again, after one or more: "are preparing a third bid", "readying an improved offer"
    (
        "bid",
        (
            r"(?:prepar\w*|ready(?:ing)?|plan\w*|set\s+to\s+(?:make|submit|launch|table|lodge))\s+(?:an?\s+)?"
            r"(?:second|third|fourth|fifth|improved|revised|increased|another)\s+(?:[^\s⟦⟧]+\s+)?(?:bid|offer|proposal)s?\b",
        ),
    ),
    # --- considering a move (before "bid", "offer")
    (
        "interest",
        (
            # a race still to win: "are confident of beating Chelsea and Manchester City to the signing of X"
            rf"(?:confident|hopeful|favourites?|in\s+pole\s+position)\s+(?:of|to)\s+(?:beat|beating)(?={RACE_WON})",
            # a name added to a list is interest, not a signing: "have added Beier to their shortlist"
            rf"added\s+(?:{ANY}(?:'s|’s)?\s+|him\s+|her\s+|[^\s⟦⟧]+\s+){{1,4}}?to\s+(?:their|its|the|his|{C}(?:'s|’s)?)\s+"
            r"(?:[^\s⟦⟧]+\s+)?(?:shortlist|list|wishlist|radar|agenda)\b",
            # "drawn up a list of possible replacements including X": the people on it
            r"(?:list|shortlist)\s+of\s+(?:[^\s⟦⟧]+\s+)?(?:replacements|successors|candidates|targets|options)\s+"
            r"(?:including|that\s+includes?|which\s+includes?|featuring)\b",
            # "Dani Olmo has never left Barcelona's thoughts"
            rf"never\s+left(?=\s+{C}(?:'s|’s)\s+(?:thoughts|minds?|radar|plans|agenda|shortlist|wishlist)\b)",
            # a bid still to come: "expected to make an offer", "could test Palace's resolve with a bid"
            rf"(?:(?:expected|set|likely|preparing|prepared|poised|ready|planning|plan|plans|looking|hoping|could|may|might)"
            # (not "will make a third offer": bids made already)
            rf"\s+to|will(?=\s+\w+\s+(?!(?:an?\s+)?(?:second|third|fourth|fifth|improved|revised|increased|another|fresh|new)\b)))"
            rf"\s+(?:make|submit|table|launch|lodge|test|follow)\s+(?:{ANY}(?:'s|’s|'|’)?\s+|{WS}){{0,6}}?(?:bid|offer|proposal)s?",
            # ("Barcelona ready Lewandowski offer": a headline's bid to come)
            rf"(?:weigh\w*(?:\s+up)?|consider\w*|plan\w*|prepar\w*|mull\w*|contemplat\w*|ready(?:ing)?)\s+(?:an?\s+|their\s+)?"
            rf"(?:{P}(?:'s|’s)?\s+)?(?:{WS}){{0,2}}?(?:bid|offer|proposal|approach|move|swoop|loan|deal)s?(?!\s+on\b)",
            rf"weigh\w*(?:\s+up)?\s+(?:an?\s+)?(?:{WS}|{P}\s+){{0,2}}?(?:buy-back|return|reunion|move|loan|swoop)s?",
            r"(?:prepared|ready|willing|happy|plan(?:s|ning)?)\s+to\s+(?:pay|spend|splash)",
            # "have been weighing up Iraola and Frank": the people weighed (not "weighing up their options")
            rf"weigh(?:s|ed|ing)?\s+up(?=\s+(?:{C}(?:'s|’s)\s+)?{P})",
            r"keep(?:s|ing)?\s+tabs",
            # "are following the Germany star's situation closely", "following him closely"
            rf"follow(?:s|ing|ed)?\s+(?:(?:the|his|{ANY}(?:'s|’s))\s+)?(?:[^\s⟦⟧]+(?:'s|’s)?\s+){{0,3}}?situation",
            rf"follow(?:s|ing|ed)?\s+(?:him|(?:{C}(?:'s|’s)?\s+(?:[^\s⟦⟧]+\s+)?)?{P})"
            r"\s+(?:very\s+)?closely",
            # "whom Los Blancos continue to follow closely": the person before the verb
            r"\bwhom\s+(?:[^\s⟦⟧]+\s+|⟦C\d+⟧\s+){1,3}?(?:continue\s+to\s+|still\s+)?follow\w*\s+(?:very\s+)?closely",
            # "Luis Diaz is on their list"
            rf"(?<=⟧ )(?:is|are|remains?)\s+(?:also\s+|still\s+|now\s+)?on\s+"
            rf"(?:their|its|the\s+club's|{C}(?:'s|’s)?)\s+"
            r"(?:[^\s⟦⟧]+\s+)?(?:list|shortlist|wishlist)",
            # "see Florian Wirtz as the ideal partner for Musiala"; "sees him as the ideal choice" (the club's
            # choice, not the person's: the noun is part of the cue)
            rf"(?:see|sees|view|views|regard|regards|consider|considers)\s+{P}\s+as\s+(?:the|an?)\s+(?:ideal|perfect|dream|natural|priority|top|main)"
            r"(?:\s+(?:[\w-]+\s+)?(?:choice|candidate|option|target|fit|man|signing|partner)\b)?",
            # "Chelsea have joined Arsenal in the race for X": a suitor, not a signing
            rf"join(?:s|ed|ing)?\s+(?:{C}\s+(?:in\s+)?)?(?:the\s+)?(?:race|chase|hunt|queue|battle|scramble)\b",
            r"(?:keep|keeps|keeping|kept)\s+(?:a\s+|an\s+)?(?:close\s+|careful\s+|keen\s+|watchful\s+)?(?:watch|eye)\s+on",
            r"in\s+the\s+hunt",
            # ("high on their list", the pronoun resolved: "on ⟦C3⟧ list")
            # ("on sporting director Giovanni Manna's list": the official's club's)
            # (not "on the transfer list": a club's own player it would sell)
            rf"on\s+(?:the|their|his|its|a|(?:[a-z-]+\s+){{0,2}}{ANY}(?:'s|’s|'|’)?|the\s+[a-z-]+(?:'s|’s))\s+"
            r"(?!transfer\s+list\b)(?:summer\s+|january\s+|transfer\s+|winter\s+)?(?:list|shortlist|radar|wishlist|agenda)",
            r"on\s+the\s+cards",
            r"in\s+a\s+bid\s+to",
            r"release\s+clause",
            r"buy-?out\s+clause",
            # "he has a release clause and Real Madrid are said to be preparing to trigger it"
            r"(?:prepar\w+|ready|set|plan\w*|poised|willing|could|may|might|want\w*|consider\w*)\s+to\s+"
            r"(?:trigger|activate|meet)\s+it\b",
        ),
    ),
    # --- the person's future settled at his club: interest elsewhere is over
    (
        "settled",
        (
            r"end(?:s|ed|ing)?\s+(?:the\s+|all\s+|(?:months|weeks|years)\s+of\s+)?(?:speculation|uncertainty|talk\s+of\s+a\s+move)"
            # "ending speculation that he could leave Riyadh": the leaving is what ends
            r"(?:\s+that\s+(?:he|she|⟦P\d+⟧)\s+(?:could|would|might|may|was\s+(?:set|going)\s+to)\s+(?:leave|quit|depart)"
            r"(?:\s+(?:the\s+)?⟦C\d+⟧)?)?",
            r"put(?:s|ting)?\s+an?\s+end\s+to\s+(?:the\s+|(?:months|weeks|years)\s+of\s+)?(?:speculation|uncertainty)",
            # the person's own decision (the stay is the next cue): "has decided to stay at Atletico"
            r"(?:has\s+|have\s+|had\s+)?decided(?=\s+to\s+(?:stay|remain|commit|extend|renew)\b)",
        ),
    ),
    # "Real Madrid step aside" or "stepped away" (a suitor: off), "Southgate steps aside" (a manager:
    # exit); the subject decides
    ("aside", (r"st(?:ep|eps|epped|epping|and|ands|ood|anding)\s+(?:aside|away)\b",)),
    # a club that gave up on keeping him: "Lille have all but given up hope of a renewal"
    (
        "exit",
        (
            r"(?:given|give|gives|giving|gave)\s+up\s+(?:all\s+)?(?:hope\s+of|on)\s+(?:a|an|his|her|the)\s+(?:new\s+)?"
            r"(?:renewal|contract|extension|deal)\b",
            # "has still not signed an extension at Rennes" (his deal runs down)
            r"(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?signed\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:contract\s+)?"
            r"(?:extension|renewal|contract|deal)\b",
            # "had not agreed terms on an extension"
            r"(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?agreed\s+(?:(?:terms|a\s+deal)\s+(?:on|over)\s+)?"
            r"(?:an?\s+|the\s+)?(?:new\s+contract|(?:contract\s+)?extension|renewal)\b",
            # "Bayern Munich have withdrawn their offer of a new contract to Alphonso Davies"
            r"(?:(?:have|has|had)\s+(?:now\s+)?)?withdr(?:aw|ew|awn|awing|aws)\s+(?:their|its|the|an?|⟦C\d+⟧(?:'s|’s)?)\s+(?:\S+\s+)?offer\s+of\s+"
            r"an?\s+(?:new\s+|fresh\s+|improved\s+)(?:\S+\s+)?(?:contract|deal)",
        ),
    ),
    # --- denials and the end of a move (buyer or person)
    (
        "off",
        (
            r"fail(?:s|ed|ing)?\s+to\s+(?:agree|reach\s+(?:an?\s+)?agreement)",
            # "but could not reach an agreement before the deadline": a failure, not a step still to come
            r"(?:could\s+not|couldn't|could\s+never|(?:had\s+been|were|was)\s+unable\s+to)\s+(?:reach|strike|find|agree)\w*\s+"
            r"(?:an?\s+|any\s+)?(?:agreement|deal|fee|terms)",
            r"den(?:y|ies|ied|ying)\s+(?:any\s+|all\s+)?(?:contact|interest|talks|approach|links?|reports?|an?\s+approach)",
            # "Farke dismisses Wolfsburg link", "dismissed talk of a move" (not a manager dismissed)
            r"(?:dismiss|play)(?:es|ed|ing|s)?\s+(?:down\s+)?(?:the\s+|any\s+)?(?:⟦C\d+⟧\s+)?"
            r"(?:links?|rumours?|speculation|reports?|talk\s+of)\b",
            # "has no interest in talk linking him with Manchester City"
            r"no\s+interest\s+in\s+(?:the\s+)?(?:talk|speculation|rumours?|reports?|stories)\s+(?:linking|of|about)\b",
            r"(?:not|no\s+longer|never\s+been)\s+interested",
            # "are no longer pursuing Victor Osimhen", "have stepped back from a move", "turned their backs on
            # X", "have shelved plans to sign X"
            r"no\s+longer\s+(?:pursu\w+|chas\w+|in\s+the\s+(?:market|hunt|race)\s+for)",
            r"step(?:s|ped|ping)?\s+back\s+from",
            r"turn(?:s|ed|ing)?\s+(?:their|its|his|⟦C\d+⟧)\s+backs?\s+on",
            r"shelv(?:e|es|ed|ing)\s+(?:their\s+|its\s+|the\s+|⟦C\d+⟧\s+)?(?:plans?|interest|pursuit|move|bid)",
            # "the move was dropped", "the deal has been shelved"
            r"(?<=\s)(?:move|deal|bid|pursuit|switch|transfer|appointment)\s+(?:was|were|has\s+been|had\s+been)\s+"
            r"(?:then\s+|quickly\s+|eventually\s+|subsequently\s+|later\s+)?(?:dropped|shelved|abandoned|scrapped|"
            r"called\s+off|cancelled|canceled)\b",
            # "Napoli's hopes of signing X are fading", "Al-Hilal's dream of signing X is over"
            # "United's summer-long pursuit of Frenkie de Jong is over"
            r"(?:(?:hopes?|dream|chances?)\s+of\s+(?:signing|landing|bringing|luring|prising)|(?:pursuit|chase)\s+of)"
            r"(?=\s+(?:\S+\s+){0,5}?(?:are|is)\s+"
            r"(?:now\s+|all\s+but\s+)?(?:fading|over|dead|ended|dashed|slim|gone)\b)",
            # a refusal after the ask: "was sounded out and declined" (not "declined to comment")
            # ("sounded out Ronald Koeman, but the Dutchman declined, citing his commitment")
            r"(?:(?<=\band\s)|(?<=but\s⟦P\d⟧\s)|(?<=but\s⟦P\d\d⟧\s))declin(?:ed|es)\b(?!\s+to\b)"
            r"(?!\s+(?:an?|the|his|their)\s)",
            # "rules himself out of the West Ham job", "Amorim says no to West Ham", "City have ruled
            # themselves out"
            r"rul(?:e|es|ed|ing)\s+(?:himself|herself|themselves|itself)\s+out(?:\s+of)?",
            rf"{_AFTER_P}(?:says|said|say)\s+no\s+to",
            # a headline's label: "Inter, Fabregas says no: Chivu is now the favourite"
            rf"{_AFTER_P}(?:says|said)\s+no(?=\s*(?::|$))",
            # a refusal told with no object, the club the item's: "Rangnick, the Austria coach, also said no
            # at the start of May" (not "said no decision has been made")
            rf"(?:(?<=P\d⟧ )|(?<=P\d⟧, ))"
            rf"(?:also\s+|again\s+|then\s+|finally\s+|eventually\s+|too\s+|all\s+|both\s+)?"
            rf"(?:has\s+|had\s+)?(?:says|said)\s+no{REFUSAL_END}",
            # "has told Bayern he will not join them", "informed Tottenham that he does not want to join them"
            r"(?:will\s+not|would\s+not|won't|(?:does|do|did)\s+not\s+want\s+to|(?:doesn't|don't|didn't)\s+want\s+to)\s+"
            r"(?:be\s+)?(?:join|joining|sign|signing|move|moving|taking\s+over|take\s+over|"
            r"taking\s+charge|take\s+charge|coming\s+(?:back|to)|returning)\b"
            r"(?!\s+(?:\S+\s+){0,2}?(?:new|contract|extension))",
            # an option not taken up: "have decided not to exercise the option to buy Joao Felix", "will not
            # activate Nico Paz's buy-back clause", "Milan will not redeem Joao Felix"
            r"(?:not|never|won't)\s+(?:to\s+|be\s+)?(?:exercis\w+|activat\w+|trigger\w*|us(?:e|ing)|tak(?:e|ing)\s+up|redeem\w*)"
            rf"\s+(?:(?:the|their|its|his|an?|{P}(?:'s|’s)?)\s+)?(?:(?:[\w-]+|{P}(?:'s|’s)?)\s+){{0,3}}?(?:option|clause|right)s?\b"
            # (not "will not trigger the option to extend his contract": no buyer's option)
            r"(?!\s+to\s+(?:extend|renew|stay|remain|prolong))",
            rf"(?:not|never|won't)\s+(?:to\s+)?redeem(?=\s+{P})",
            r"declin(?:e|es|ed|ing)\s+(?:the|their|its|an?)\s+(?:[\w-]+\s+){0,2}?(?:option|clause)\s+to\s+(?:buy|sign|make)",
            # "Chelsea will not complete the obligation to buy Jadon Sancho"
            r"(?:will\s+not|won't|would\s+not|did\s+not|decided\s+not\s+to|opted\s+not\s+to)\s+(?:complete|trigger|exercise|activate|"
            r"take\s+up|honou?r)\s+(?:the|their|its|an?)\s+(?:[\w-]+\s+){0,2}?(?:obligation|option|clause)\s+to\s+(?:buy|sign)",
            # "Jadon Sancho will not be a Roma player"
            rf"(?:will\s+not|won't|is\s+not\s+going\s+to)\s+(?:be|become)\s+an?(?=\s+{C}\s+player\b)",
            # "Nagelsmann will not be Chelsea's next manager"
            rf"(?:will\s+not|won't|is\s+not\s+going\s+to)\s+(?:be|become)(?=\s+{C}(?:'s|’s)\s+(?:next|new)\s+"
            r"(?:manager|head\s+coach|coach|boss)\b)",
            r"no\s+interest\s+in",
            # "the club was not in a position to bring him back"
            r"not\s+in\s+a\s+position\s+to\s+(?:bring|sign|afford|pay|re-?sign|make\s+(?:an?\s+)?(?:offer|bid))",
            # "has no intention of moving to Manchester United"
            r"no\s+intention\s+of\s+(?:moving|joining|signing\s+for|going|speaking\s+to|talking\s+to|meeting|negotiating\s+with)",
            r"withdr(?:aw|ew|awn|awing|aws)\s+(?:from\s+the\s+(?:race|running|chase|bidding|process)|(?:their|its|his)\s+(?:interest|offer|bid))",
            # "leaving Spurs, who had been in talks, empty-handed": the rival's move is over
            rf"leav(?:e|es|ing)(?=\s+(?:the\s+)?{C}(?:,[^,⟦]{{0,60}},)?\s+(?:empty-handed|frustrated|disappointed|red-faced))",
            # "told his advisers the club will not make an offer"
            r"(?:will|would)\s+not\s+(?:be\s+)?(?:make|making|submit|submitting|table|tabling|lodge|lodging)\s+(?:an?\s+|any\s+)?"
            r"(?:formal\s+)?(?:offer|bid|approach|move)",
            r"won't\s+(?:make|submit|table|lodge)\s+(?:an?\s+|any\s+)?(?:formal\s+)?(?:offer|bid|approach)",
            r"not\s+(?:to\s+|be\s+)?pursu\w+",
            # "held talks with the club but distanced himself from the role"
            r"distanc(?:e|ed|es|ing)\s+(?:himself|herself)\s+from\s+(?:the\s+|a\s+)?(?:role|job|post|position|move|switch|"
            r"vacancy|links?)\b",
            # "Sancho's permanent move to Chelsea will not go ahead" (not "unless ...": a condition)
            rf"{NOT_GOING_AHEAD}(?!\s+(?:unless|until|without)\b)",
            r"decid(?:e|es|ed|ing)\s+not\s+to\s+(?:proceed|go\s+ahead|push\s+ahead|press\s+ahead|take\s+(?:it|things|the\s+move)\s+further)",
            # "decided not to compete for him this summer" (a race stayed out of)
            r"(?:decid(?:e|es|ed|ing)\s+not\s+to|(?:will|would)\s+not|won't|chose\s+not\s+to)\s+compete\s+(?:for|with)\b",
            # "X, considered for a few days, has been set aside"
            r"(?:has\s+been|have\s+been|was|were)\s+(?:quickly\s+|now\s+|since\s+)?(?:set|cast|put|pushed)\s+aside",
            r"no\s+chance\s+of",
            r"no\s+longer\s+(?:under\s+consideration|(?:a|their|the\s+club's)\s+(?:\S+\s+)?target|"
            r"in\s+(?:the\s+)?(?:running|frame|picture|contention))",
            rf"out\s+of\s+(?:the\s+)?(?:{C}(?:'s|’s)?\s+)?(?:running|race|frame|picture)",
            # "The Tottenham striker is not in Real Madrid's plans"
            rf"not\s+(?:part\s+of|in)(?=\s+(?:{C}(?:'s|’s)\s+)?(?:the\s+)?(?:summer\s+|immediate\s+|future\s+)?plans\b)",
            # a club's interest that ended: "as Roma interest ends"
            r"interest\s+(?:has\s+|have\s+)?(?:ends?|ended|is\s+over|over|cool(?:s|ed)|fades?|faded)\b",
            # talks that ended: "but those conversations are now over"
            r"(?:(?<=those\s)|(?<=the\s)|(?<=these\s)|(?<=their\s))(?:conversations|talks|discussions|negotiations)\s+"
            r"(?:are|were|have\s+been)\s+(?:now\s+)?"
            r"(?:over|off|finished|at\s+an\s+end)\b",
            # a denial of contact: "had never spoken to Roma"
            r"(?:never|not)\s+(?:\S+\s+)?(?:spoken|talked|held\s+talks)\s+(?:to|with)",
            r"(?:never|not)\s+(?:had|been\s+in)\s+(?:any\s+)?contacts?\s+with",
            # "Zidane was never contacted: no talks, no approach"
            r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+never\s+(?:been\s+)?(?:contacted|approached|sounded\s+out)"
            r"|never\s+(?:been\s+)?(?:contacted|approached|sounded\s+out)\s+by",
            # the man's own never: "he never considered joining Bayern Munich"
            r"never\s+(?:even\s+|seriously\s+)?(?:considered|contemplated|thought\s+about|wanted)\s+(?:joining|signing\s+for|"
            r"a\s+move\s+to|moving\s+to|going\s+to)",
            # "ruled out a move", not "ruled out for a month" (injury news)
            r"rul(?:e|es|ed|ing)\s+out(?=\s+(?!of\b|for\b|with\b|until\b|through\b|after\b)\S)",
        ),
    ),
    (
        "bid",
        (
            rf"(?:bids?|offers?|proposals?|packages?)\s+(?:(?!(?:after|before|when|but|as|and|while)\s)[^.;⟦⟧\s]+\s+|{ANY}(?:'s|’s)?\s+){{0,7}}?"
            r"(?:rejected|turned\s+down|rebuffed|knocked\s+back)"
            r"(?!\s+by)",
            # "an opening offer for X, believed to be in the region of £50m, has been turned down"
            rf"(?:bids?|offers?|proposals?)\s+for\s+{ANY},[^,.;⟦⟧]{{1,60}},\s+(?:has|have|had|was|were)\s+"
            r"(?:been\s+)?(?:rejected|turned\s+down|rebuffed|knocked\s+back)",
            # the buyer rebuffed, a bid the seller turned down (claims.md): "Galatasaray are rebuffed for
            # Minteh", "Milan rebuffed over Gimenez", "the subject of two rejected offers from Fulham"
            r"(?:(?:are|is|was|were|have\s+been|has\s+been|had\s+been)\s+)?"
            r"(?:rebuffed|rejected|knocked\s+back|turned\s+down)\s+(?:for|over)(?=\s+(?:[^\s⟦⟧]+\s+){0,3}?⟦P)",
            rf"(?:rejected|rebuffed|unsuccessful|failed)\s+(?:bids?|offers?|proposals?)\s+from(?=\s+(?:the\s+)?{C})",
            # "are preparing a third bid after two were rejected": the bids the seller turned down
            r"(?:(?<=bid\s)|(?<=bids\s)|(?<=offer\s)|(?<=offers\s)|(?<=proposal\s))after\s+(?:[^\s⟦⟧]+\s+){0,3}?"
            r"(?:were|was|had\s+been|have\s+been)\s+(?:rejected|turned\s+down|rebuffed|knocked\s+back)",
            # "an opening offer of €70m for X, which Leipzig rejected"
            rf"(?:bids?|offers?|proposals?)\b[^.;]{{0,80}}?,\s+which\s+{C}\s+(?:have\s+|has\s+|had\s+)?"
            r"(?:rejected|turned\s+down|rebuffed|knocked\s+back)",
        ),
    ),
    (
        "bid_rejected",
        (
            # (not "turned down Chelsea and Liverpool to move to the Bernabeu": a verb, the club he chose)
            # ("the French champions turned down Barcelona's last attempt to bring the Brazilian back")
            rf"{_REJECT}{_REJECTED_WHAT}(?:bids?|offers?|proposals?|packages?|(?<!to\s)moves?|attempts?\s+to\s+(?:sign|bring|lure|prise|pry))\b",
            # "Benfica have said no to Chelsea's offer" (not "said no to Liverpool despite their bid")
            rf"(?:say|says|said)\s+no\s+to\s+(?:{C}(?:'s|’s)\s+|an?\s+|the\s+|their\s+)(?:[^\s⟦⟧]+\s+){{0,2}}?"
            r"(?:bids?|offers?|proposals?)\b",
            # "Ajax say no to €80m from Manchester United"
            rf"(?:say|says|said)\s+no\s+to\s+(?:an?\s+|the\s+)?{MONEY}(?=\s+(?:\S+\s+){{0,3}}?from\s+(?:the\s+)?{C})",
        ),
    ),
    # a man offered to a club by his own: the club approached about him ("Sterling offered to Juventus")
    # (or by his agent: "Lewandowski's agent, Pini Zahavi, has offered the Poland striker to Madrid")
    ("approach", (rf"offered\s+(?:him\s+|her\s+|{P}\s+)?to(?=\s+(?:the\s+)?{C})",)),
    (
        "approach_rejected",
        (
            rf"{_REJECT}{_REJECTED_WHAT}(?:approach(?:es)?|enquir(?:y|ies)|requests?)\b",
            # "had said no to an approach from Real Madrid"
            rf"(?:say|says|said)\s+no\s+to\s+(?:{C}(?:'s|’s)\s+|an?\s+|the\s+|their\s+)(?:[^\s⟦⟧]+\s+){{0,2}}?"
            r"(?:approach(?:es)?|enquir(?:y|ies))\b",
            # "Crystal Palace refused their request to speak to Oliver Glasner"
            rf"(?:refus(?:e|es|ed)|den(?:y|ies|ied)|block(?:s|ed)?){_REJECTED_WHAT}(?:approach(?:es)?|requests?)\b",
            # "asked Brighton for permission ... but the request was turned down": the club asked said no
            r"(?:requests?|approach(?:es)?|enquir(?:y|ies))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
            r"(?:turned\s+down|rejected|rebuffed|refused|"
            r"knocked\s+back|denied)",
        ),
    ),
    # "chooses Chelsea over Arsenal" (not "terms over a Villa Park move": the move's club)
    (
        "over",
        (
            # ("chose Camp Nou over the Parc des Princes and the Etihad": grounds)
            rf"\bover\s+(?:the\s+)?(?={C}(?!(?:'s|’s)?\s+(?:move|switch|transfer|deal|bid|offer|approach|interest)))",
            # "choosing Istanbul over a move to West Ham", "ahead of interest from Napoli", "rather than"
            rf"(?<!talks\s)(?<!negotiations\s)(?<!discussions\s)(?<!agreement\s)(?<!deal\s)(?<!terms\s)"
            rf"\bover\s+(?:an?\s+)?(?:move|switch|transfer|return)\s+to(?=\s+(?:the\s+)?{C})",
            rf"\bahead\s+of\s+(?:interest|offers?|bids?|approaches)\s+from(?=\s+(?:the\s+)?{C})",
            # "chose BVB ahead of Manchester United" (kept only beside a choice: not a race's order)
            # (not "ahead of their north London rivals": the club after "their" is its rival's)
            rf"(?<=⟧\s)ahead\s+of(?=\s+(?:the\s+)?{C})(?!\s+⟦C\d+⟧\s+(?:[^\s⟦⟧]+\s+){{0,2}}?rivals\b)",
            # ("rather than come back to Sabener Strasse")
            rf"\b(?:rather\s+than|instead\s+of)(?:\s+(?:an?\s+)?(?:return(?:ing)?|mov(?:e|ing)|switch(?:ing)?|join(?:ing)?|"
            r"(?:come|coming|go|going)\s+back)(?:\s+to)?)?"
            rf"(?=\s+(?:the\s+)?{C})",
        ),
    ),
    (
        "off",
        (
            # a loan's option to buy left unused: "have not activated their €120m option to buy X", "let
            # Coutinho option expire" (not "the loan does not include an option to buy")
            r"(?:not|never|against)\s+(?:to\s+)?(?:activat\w*|trigger\w*|exercis\w*|take\s+up|taken\s+up|took\s+up)\s+"
            r"(?:(?:the|their|its|an?|his|⟦C\d+⟧(?:'s|’s)?)\s+)?(?!(?:[^\s⟦⟧]+\s+){0,2}?buy-?back\b)(?:[^\s⟦⟧]+\s+){0,2}?"
            r"(?:purchase\s+|buy\s+)?option\b"
            # (not an option to extend his own contract: "has not activated the option to extend his deal")
            r"(?!\s+to\s+(?:extend|renew|prolong|stay|remain)\b)(?!\s+(?:in|of|on)\s+(?:his|her|the|their)\s+(?:contract|deal)\b)",
            r"\blet\s+(?:the\s+|their\s+|an?\s+)?(?:[^\s⟦⟧]+\s+|⟦P\d+⟧(?:'s|’s)?\s+){0,3}?option\s+(?:to\s+buy\s+)?"
            r"(?:\S+\s+)?(?:expire|lapse|run\s+out)\b",
            # a man ending his own saga: "Kane ends City saga", "bringing an end to his summer-long attempt to
            # secure a move to Manchester City"
            rf"(?<=⟧\s)end(?:s|ed)\s+(?:the\s+)?{C}\s+(?:transfer\s+)?(?:saga|speculation|links|chase|pursuit)\b",
            r"(?:bring(?:s|ing)?|brought|put(?:s|ting)?)\s+an\s+end\s+to\s+(?:his|her)\s+(?:[^\s⟦.,;]+\s+){0,2}?"
            r"(?:attempts?|bid|push|pursuit|hopes?|saga|quest|efforts?)\s+to\s+(?:secure|force|complete|seal|get|earn)\s+"
            r"(?:a|his|her|the)\s+(?:\S+\s+)?(?:move|switch|transfer)\b",
            # "turned down a move to Barcelona": the refusal governs the club, not "move to"
            r"(?:turn(?:s|ed|ing)?\s+down|reject(?:s|ed|ing)?|snub(?:s|bed|bing)?|rebuff(?:s|ed)?|spurn(?:s|ed)?)"
            r"\s+(?:a|an|the)\s+(?:\S+\s+)?(?:move|switch|transfer|return)\s+to\b",
            # "turns down chance to interview for Everton job": the approach he refused
            r"(?:turn(?:s|ed|ing)?\s+down|reject(?:s|ed|ing)?|snub(?:s|bed|bing)?|declin(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?"
            r"(?:chance|opportunity|invitation|offer)\s+to\s+(?:be\s+)?(?:interview(?:ed)?|speak|talk|hold\s+talks|meet|discuss)\b",
            # "declines Bayern Munich return", "declined the opportunity to return to Bayern Munich" (not
            # "declined to comment")
            rf"declin(?:e|es|ed|ing)(?=\s+(?:an?\s+|the\s+)?{C}(?:'s|’s)?\s+(?:\S+\s+)?(?:return|move|switch|job|post|"
            r"approach|offer|proposal|advances)\b)",
            rf"declin(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?:chance|opportunity|invitation|offer)\s+to\s+(?:return\s+to|join|"
            rf"move\s+to|take\s+over\s+(?:at\s+)?|manage|coach)(?=\s+(?:the\s+)?{C})",
            rf"(?:turn(?:s|ed|ing)?|turns)\s+(?:{ANY}\s+|{WS}){{0,2}}?down",
            r"turned\s+down",
            # a choice against the club: "informed the Bavarian leaders that he had decided to go elsewhere"
            r"(?:decided|decides|chose|chooses|opted|opts|prefer(?:s|red)?)\s+to\s+(?:go|move|look)\s+elsewhere\b",
            # the man's own refusal of an offer: "he will not accept their £100m offer" (a club's "will not
            # accept any offer below £100m" is a seller's price)
            rf"{_AFTER_P}(?:will\s+not|won't|would\s+not|refuses\s+to|refused\s+to|did\s+not|does\s+not)\s+accept"
            r"(?=\s+(?:their|the|an?|⟦C\d+⟧(?:'s|’s)?)\s+(?:[^\s⟦⟧]+\s+){0,3}?(?:offer|bid|proposal)s?\b)",
            r"snub(?:s|bed|bing)?",
            r"rebuff(?:s|ed)?",
            r"spurn(?:s|ed)?",
            # (not a ruling: "has rejected Arsenal's appeal against the red card")
            r"reject(?:s|ed|ing)?(?!\s+(?:(?:the|an?|their|his|its|⟦C\d+⟧(?:'s|’s)?)\s+)?(?:[^\s⟦⟧]+\s+)?"
            r"(?:appeals?|claims?|complaints?|protests?|challenge)\b)",
            r"shun(?:s|ned)?",
            r"(?:pull(?:s|ed|ing)?|drop(?:s|ped)?)\s+out",
            r"pull(?:s|ed|ing)?\s+the\s+plug",
            _CAME_TO_NOTHING,
            # "the approach went no further", "convinced the club to drop the idea", "no longer in the race"
            _WENT_NO_FURTHER,
            r"drop(?:s|ped|ping)?\s+the\s+idea",
            r"no\s+longer\s+in\s+the\s+(?:running|race|frame|picture)",
            r"decided\s+against\s+(?:a\s+|any\s+|the\s+)?(?:move|bid|deal|signing|pursuing|an\s+offer)",
            # the verb the decision is against is no step of its own: "decided against appointing him"
            r"(?:decid(?:e|es|ed|ing)|opt(?:s|ed)?)\s+against\s+(?:appointing|signing|hiring|bringing\s+in|making|"
            r"pursuing|moving\s+for|a\s+move\s+for)",
            # a loan not made permanent: "Aston Villa have decided not to make his move permanent"
            r"(?:decid(?:e|es|ed|ing)|opt(?:s|ed)?|chose|choose|chooses)\s+(?:not\s+to|against)\s+(?:mak(?:e|ing)\s+(?:\S+\s+){0,3}?"
            r"permanent|(?:trigger|exercis|activat|tak)\w*\s+(?:up\s+)?(?:the\s+|his\s+|their\s+|an?\s+)?(?:\S+\s+)?(?:option|clause))",
            # "turning his back on interest from Arsenal": the interest is what ends
            r"turn(?:s|ed|ing)?\s+(?:his|her|their|its)\s+back\s+on\s+(?:the\s+)?(?:interest|offers?|approaches|advances)\s+"
            r"(?:from|of)",
            rf"{_REJECT}\s+(?:the\s+)?(?:interest|advances|approaches)\s+(?:from|of)",
            # "renews with Athletic and closes the door on Barca"
            rf"clos(?:e|es|ed|ing)\s+the\s+door\s+on(?=\s+(?:the\s+|a\s+)?(?:{C}|(?:move|switch|transfer|return)\s+to))",
            # "the Roman club withdrew", "City have also withdrawn" (not "withdrawn from the squad")
            r"withdrew(?!\s+(?:from\s+(?:the\s+|his\s+|their\s+)?(?:squad|team|match|game|side|line-up|tournament|competition|"
            r"international|camp)|with|through|injured)\b)",
            r"(?:have|has|had)\s+(?:also\s+|now\s+|since\s+)?withdrawn(?!\s+(?:from\s+(?:the\s+|his\s+|their\s+)?(?:squad|team|match|game|"
            r"side|line-up|tournament|competition|international|camp)|with|through|injured)\b)",
            r"turn(?:s|ed|ing)?\s+(?:his|her|their|its)\s+back\s+on",
            # a headline's present: "Liverpool withdraw from Caicedo chase"
            rf"withdraw(?:s|ing)?\s+from\s+(?:the\s+)?(?:{ANY}(?:'s|’s)?\s+)?(?:race|chase|pursuit|talks|negotiations|"
            r"running|bidding|deal)\b",
            # "he has now said no to Tottenham": the person refuses (not "said no to a new contract", his own
            # club's offer; nor "Benfica have said no to Chelsea", a seller refusing a bid)
            rf"(?<![\w⟧])(?:he|she|player|coach|manager|{P})\s+(?:has\s+|had\s+)?(?:now\s+|also\s+|already\s+|since\s+)?"
            rf"(?:say|says|said)\s+no\s+to(?=\s+(?:the\s+)?(?:{C}|(?:an?\s+)?(?:move|switch|transfer|return)\s+to))",
            # "Forest's move for X is off"
            r"(?<=\s)(?:is|are|was|now)\s+(?:now\s+|firmly\s+|officially\s+)?off\b(?!\s+(?:the|to|for|from|on)\b)",
            r"walk(?:s|ed)?\s+away",
            # "Arsenal ... have moved on to other targets"
            r"mov(?:e|es|ed|ing)\s+on\s+to\s+(?:other|alternative|different|new)\s+(?:targets|options|players)",
            r"call(?:s|ed)?\s+off",
            # "X is no longer on Arsenal's radar", "Arsenal have cooled on X", "the pursuit has hit a dead
            # end", "failed with a late attempt to sign X"
            rf"no\s+longer\s+on\s+(?:{C}(?:'s|’s)\s+|their\s+|the\s+club's\s+)?(?:radar|shortlist|list|agenda|wishlist)",
            r"(?<=\s)cool(?:s|ed)\s+on\b",
            _DEAD_END,
            r"fail(?:s|ed)\s+(?:with|in)\s+(?:an?\s+|their\s+|its\s+|his\s+)?(?:\S+\s+)?(?:attempt|bid|effort|approach|move)\b",
            # "the club decided not to go any further", "before deciding he was not the right fit"
            r"(?:decid(?:e|es|ed|ing)|opt(?:s|ed|ing)?|chose)\s+not\s+to\s+(?:go|take\s+(?:it|things|the\s+talks))\s+"
            r"(?:any\s+)?further",
            r"decid(?:e|es|ed|ing)\s+(?:that\s+)?(?:he|she|⟦P\d+⟧)\s+(?:(?:was|is|were)\s+not|wasn't|isn't|would\s+not\s+be)\s+"
            r"(?:the\s+)?(?:right|ideal|best)\s+(?:fit|man|choice|profile)",
            # the man's refusal to meet a suitor: "Mbappe refused to even meet Al-Hilal officials"
            r"(?:(?<=P\d⟧\s)|(?<=P\d\d⟧\s)|(?<=he\s))refus(?:es|ed)\s+(?:even\s+)?to\s+(?:even\s+)?(?:meet|speak\s+to|talk\s+to)"
            # ("refused even to meet the club's delegation")
            r"(?=\s+(?:the\s+|an?\s+)?(?:⟦C|(?:[^\s⟦⟧]+\s+){0,2}?(?:delegation|officials|representatives|envoys)\b))",
            # a suitor told of another team he means to lead: "was also sounded out, but told the club he
            # intended to lead the Netherlands at Euro 2020"
            rf"(?:told|tells|informed|informs)\s+{C}\s+(?:that\s+)?(?:he|she|{P})\s+(?:intended|intends|wanted|wants|planned|"
            r"plans|preferred|prefers|would\s+rather)\s+to\s+(?:lead|coach|manage|take\s+charge\s+of)\b",
            # a suitor turned away: "Juventus, who sounded out their former captain, have been told no"
            r"(?:have|has|had|were|was)\s+(?:now\s+|since\s+|already\s+)?been\s+told\s+no\b",
            # "held talks with X but ended them" ("them" is left unresolved only when it is the talks)
            r"(?:end(?:s|ed)?|br(?:eak|eaks|oke)\s+off|abandon(?:s|ed)?)\s+them\b",
            # "Inter broke off negotiations in July"
            r"br(?:eak|eaks|oke|oken|eaking)\s+off\s+(?:the\s+|their\s+|all\s+|its\s+)?(?:talks|negotiations|discussions|contact)\b",
            _COLLAPSED,
            _FELL_THROUGH,
            _BROKE_DOWN,
            r"(?<!to\s)break\s+down",  # (not "the hardest teams to break down")
            r"abandon(?:s|ed)?",
            r"(?<!never\s)(?<!not\s)gave\s+up",  # (not "never gave up hope of bringing him to north London")
            # (not "will not give up on Mason Mount", "refuse to give up": the pursuit goes on)
            r"(?<!not\s)(?<!never\s)(?<!n't\s)(?<!refuse\sto\s)(?<!refuses\sto\s)(?<!refused\sto\s)give(?:s|n)?\s+up",
            rf"cool(?:s|ed)?\s+(?:their\s+|its\s+|{C}\s+)?interest",
            # a club dropping its candidate: "but the club dropped him within 24 hours" (not from the team:
            # "Spurs dropped him from the squad")
            r"(?:(?<=C\d⟧\s)|(?<=C\d\d⟧\s))(?:have\s+|has\s+|had\s+)?(?:then\s+|quickly\s+|later\s+)?dropped"
            r"(?=\s+⟦P\d+⟧(?!\s+(?:from\s+(?:the\s+|their\s+|its\s+)?(?:squad|team|side|starting|line-?up|matchday|"
            r"bench|first)|to\s+the\s+bench)))",
            # "the club dropped their interest in the Spaniard" ("their" is the club's placeholder)
            rf"(?:drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|shelv(?:e|es|ed|ing))\s+(?:their\s+|its\s+|{C}(?:'s|’s)?\s+)"
            r"(?:interest|pursuit|chase)\b",
            r"(?:decid(?:e|es|ed|ing)|opt(?:s|ed)?)\s+against",
            # (not "a defeat ends top-four hopes": a season's hopes)
            rf"end(?:s|ed|ing)?\s+(?:{C}(?:'s|’s)?\s+(?:and\s+{C}(?:'s|’s)?\s+)?|{WS}){{0,4}}?(?:interest|pursuit|"
            r"(?<!four\s)(?<!six\s)(?<!title\s)(?<!promotion\s)(?<!survival\s)(?<!league\s)(?<!cup\s)(?<!european\s)(?<!trophy\s)hopes|"
            r"chase|talks|negotiations?|discussions|dream|links?|rumours)",
            # "ending any hope Real Madrid and Manchester City had of prising him away"
            rf"end(?:s|ed|ing)?\s+(?:any|all)\s+(?:lingering\s+|remaining\s+)?hopes?(?=\s+{C})",
            # "call time on their pursuit", "have drawn a line under Arsenal's pursuit of X"
            rf"(?:call(?:s|ed|ing)?\s+time\s+on|dr(?:aw|aws|ew|awn|awing)\s+a\s+line\s+under)\s+"
            rf"(?:{ANY}(?:'s|’s)?\s+|{WS}){{0,4}}?(?:interest|pursuit|hopes|chase|talks|move|bid|swoop|search)",
            # (a person bowing out leaves his club: "as Ancelotti bows out", below)
            r"(?<!P\d⟧\s)(?<!P\d\d⟧\s)bow(?:s|ed|ing)?\s+out",
            # "opting not to table a third offer"
            r"(?:decid(?:e|es|ed|ing)|opt(?:s|ed|ing)?|cho(?:se|ose|oses|osing))\s+not\s+to\s+"
            r"(?:return\s+with|go\s+back\s+with|table|make|submit|lodge|launch)\s+(?:an?\s+|any\s+)?(?:\S+\s+)?"
            r"(?:offer|bid|proposal)",
            r"(?<=\s)(?:are|is|were|was|have\s+been|has\s+been)\s+left\s+(?:empty-handed|red-faced)",
            r"blow\s+(?:to|for)",
            r"miss(?:es|ed)?\s+out(?!\s+on\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:title|trophy|promotion|europe|champions\s+league|top\s+"
            r"(?:four|five|six)|qualification|play-?offs?))",
            r"los(?:e|t|es)\s+out",
            r"beaten\s+to",
            # "have lost the race for X to United" ("priced out" was tried: a price that may yet be met)
            r"los(?:e|t|es|ing)\s+(?:the\s+)?(?:race|battle|fight|chase)\b",
            # "Arsenal's interest in X has faded", "the move for X is dead"
            rf"interest\s+(?:in\s+{ANY}\s+)?(?:has\s+|had\s+|have\s+)?(?:faded|waned|cooled|evaporated|died)\b",
            rf"(?:move|deal|talks|switch|transfer|pursuit|bid)\s+(?:for|over|to)\s+{ANY}\s+(?:is|are|now|looks?|appears?)\s+"
            r"(?:now\s+|all\s+but\s+|effectively\s+)?dead\b",
            # "United talks dead", "the Juventus deal is dead"
            r"(?:(?<=talks\s)|(?<=deal\s)|(?<=move\s)|(?<=switch\s)|(?<=transfer\s)|(?<=negotiations\s))"
            r"(?:(?:is|are|now|looks?|appears?)\s+)?(?:now\s+|all\s+but\s+|effectively\s+)?dead\b",
            # the club whose deal another hijacks: "Arsenal hijack Tottenham's move for Eze", "gazumping
            # Arsenal" (the cue opens on the club, so the hijacker keeps "hijack" as its own cue)
            r"(?:(?<=hijack\s)|(?<=hijacks\s)|(?<=hijacked\s)|(?<=hijacking\s)|(?<=hijack\sof\s))"
            rf"{C}(?:'s|’s|'|’)?\s+(?:[^\s⟦⟧]+\s+)?(?:move|deal|pursuit|bid|swoop|switch|transfer|agreement|plans?)\b",
            rf"(?:(?<=gazump\s)|(?<=gazumps\s)|(?<=gazumped\s)|(?<=gazumping\s)){C}",
            # the passive: "as Tottenham are hijacked"
            r"(?:are|were|is|was|(?:have|has|had)\s+been|get|gets|got)\s+(?:\w+ly\s+)?(?:hijacked|gazumped)\b",
        ),
    ),
    # --- staying
    (
        "stay",
        (
            rf"(?:(?:offer(?:s|ed)?|hand(?:s|ed)?)\s+(?:him\s+|{P}\s+)?)?(?:an?\s+)?new\s+(?:(?:{WS}){{0,2}}?(?:{C}\s+)?|{C}\s+(?:{WS}){{0,2}}?)(?:contract|deal)",
            r"contract\s+extension",
            r"extensions?",
            r"extend(?:s|ed|ing)?",
            # "Tottenham trigger one-year option in Son Heung-min's contract"
            r"(?<!not\s)(?<!n't\s)(?<!never\s)(?:trigger|activat|exercis|tak)(?:e|es|ed|ing|s)?\s+(?:up\s+)?(?:a\s+|an\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
            rf"option\s+(?:(?:in|on)\s+(?:{P}(?:'s|’s)\s+|his\s+|her\s+|the\s+)?(?:contract|deal)|to\s+extend)",
            # (not "Bayern renew contact with Fulham", "renewed interest": a buyer's step again)
            r"renew(?:s|ed|al)?(?!\s+(?:their\s+|its\s+|his\s+)?(?:contact|talks|interest|pursuit|efforts?|attempts?|push|bid|"
            r"approach|links?|negotiations|discussions|chase|offer)\b)",
            rf"tie(?:s|d)?\s+(?:{WS}|{ANY}\s+)?down",
            rf"commit(?:s|ted|ting)?\s+(?:(?:his|her|their|its|{P})\s+)?(?:long-term\s+)?future",
            # (not a condition: "wants assurances before committing to the Partenopei")
            r"(?<!before\s)commit(?:s|ted|ting)?\s+(?:himself\s+|herself\s+)?to",
            # "wanted to continue the project he has started on Lake Como"
            r"continu(?:e|es|ed|ing)\s+(?:his|her|the|their)\s+(?:\S+\s+)?project\b",
            r"decided\s+to\s+(?:stay|remain)",
            # "will continue on the Atlético bench until 2027"
            rf"(?:will|to)\s+continue\s+(?:on|in\s+charge\s+of|at)\s+(?:the\s+)?{C}(?:'s|’s)?\s*(?:bench|helm|dugout)?(?=\s+(?:until|beyond|for|next)\b)",
            r"cho(?:se|sen|ose|oses)\s+to\s+(?:stay|remain|hono(?:u)?r)",
            # a youngster's first contract is a stay: "has signed his first senior contract"
            r"(?:(?:has|have)\s+)?sign(?:s|ed)?\s+(?:his|her|a)\s+first\s+(?:senior|professional|pro|full)\s+(?:contract|deal)",
            # "is determined to see out his contract at the Camp Nou"
            rf"see\s+out\s+{_HIS_CONTRACT}",
            # "will honour his contract", "decided to honour the final year of his deal"
            rf"hono(?:u)?r(?:s|ed|ing)?\s+{_HIS_CONTRACT}",
            r"u-turn",
            r"stay(?:s|ing)?\s+(?:on(?!\s+(?:the\s+)?(?:front|back)\s+foot|\s+(?:the\s+)?(?:pitch|track|course|top|song))|put)",
            r"not\s+going\s+anywhere",
            r"no\s+intention\s+of\s+leaving",
            # "has no plans to leave", "is going nowhere", "has pledged his future to Arsenal"
            r"no\s+(?:plans?|desire|wish)\s+to\s+leave",
            r"(?<=⟧\s)is\s+going\s+nowhere",
            r"pledg(?:e|es|ed|ing)\s+(?:his\s+|her\s+|their\s+|⟦P\d+⟧\s+)(?:long-term\s+)?future",
            # "he does not want to leave London mid-season"
            r"(?:(?:do|does|did)\s+not|don't|doesn't|didn't|never)\s+(?:\S+\s+)?want(?:s|ed)?\s+to\s+leave\b",
            rf"end(?:s|ed|ing)?\s+(?:the\s+)?(?:{C}\s+)?(?:exit|transfer|move)\s+(?:talk|speculation|rumours)",
            # (not a team's way of playing: "would need to stay compact", "stay on the front foot")
            r"(?:to|will|would)\s+stay(?!\s+(?:compact|calm|focused|humble|patient|positive|organised|organized|disciplined|"
            r"together|alive|in\s+the\s+(?:game|race|fight|hunt|tie)|in\s+touch|on\s+the\s+front\s+foot|unbeaten|top|"
            # (nor "will stay out of the matchday squad", "stay away from the training ground": no renewal)
            r"fit|healthy|brave|aggressive|out\s+of|away\s+from|in\s+(?:bed|hospital|isolation)|"
            # (nor "wants to stay close to his father": his family, no club)
            r"(?:close|near)\s+to\s+(?:his|her|their|⟦P\d+⟧)\s+(?:family|father|mother|parents|children|wife|home))\b)",
            # (not a spell told as a noun: "since ending his 12-year stay at Borussia Dortmund")
            r"(?<!-year\s)(?<!-season\s)(?<!decade-long\s)stay(?:s|ing|ed)?\s+(?:at|with)",
            r"remain(?:s|ing)?\s+(?:at|with|in\s+charge)",
            # "he wants to continue at Old Trafford" (not "continue at left-back": a place on the pitch)
            # (not a club that describes the next man: "the rebuild is expected to continue with Tottenham
            # midfielder Pierre-Emile Højbjerg")
            r"(?<=to\s)continue\s+(?:at|with)(?=\s+(?:the\s+)?⟦C)"
            r"(?!\s+(?:the\s+)?⟦C\d+⟧(?:'s|’s)?\s+(?:[^\s⟦⟧]+\s+|⟦N\d+⟧\s+){0,2}?⟦P)",
            r"(?:to|will)\s+remain",
            r"(?:is|are)\s+staying",
        ),
    ),
    (
        "seller_before",
        (
            r"not\s+for\s+sale",
            r"considered\s+for\s+(?:sale|a\s+sale|transfer)",
            r"value(?:s|d)?\s+(?:\S+\s+){0,3}?at",
            # (not a price in another clause: "withdrew from the race once the asking price began to climb")
            r"(?<!once\sthe\s)(?<!when\sthe\s)(?<!after\sthe\s)(?<!because\sthe\s)asking\s+price",
            r"refuse(?:s|d)?\s+to\s+sell",
            # "have signalled that they do not want to sell the 28-year-old"
            r"(?:(?:do|does|did)\s+not|don't|doesn't|didn't)\s+want\s+to\s+(?:sell|lose|let)\b",
            r"(?:open|willing|prepared|ready)\s+to\s+(?:let|letting|sell|selling|allow|cash\s+in|release|releasing)",
            # "Brighton have given permission for Potter to talk": the club that holds him (the permission
            # itself stays the buyer's approach)
            # (not "the Tigers have been given permission": the one given it asks; nor a headline's passive,
            # "Hull City given permission to speak to Reading's Ruben Selles")
            r"(?<!been\s)(?<!be\s)(?<!being\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)"
            r"(?:(?<!⟧\s)(?:given|granted)|give|gives|grant|grants|giving|granting)"
            r"(?=\s+(?:⟦P\d+⟧\s+|him\s+|her\s+)?permission\b)",
            r"letting\s+(?:\S+\s+){1,4}leave",
            # a seller's demand, not "over compensation demands" (the noun after someone else's)
            # (nor a coach's wish: "the player Tuchel has been demanding all summer", unless a price follows)
            r"(?<!over\s)(?<!compensation\s)(?<!wage\s)(?<!salary\s)(?<!contract\s)(?<!financial\s)(?<!been\s)"
            r"demand(?:s|ing)?",
            rf"(?<=been\s)demanding(?=\s+(?:\S+\s+){{0,3}}?{MONEY})",
            # (not a buyer's: "want to pay Amorim's €10m release clause")
            rf"want(?:s)?\s+(?!to\s+(?:pay|spend|offer|bid|trigger|activate|meet)\b)(?:\S+\s+){{0,3}}?{MONEY}",
            r"no\s+intention\s+of\s+selling",
            # a seller's price: "will not accept any offer below £100m", "would only accept bids over £80m"
            r"(?:(?:will|would)\s+not|won't|will\s+only|would\s+only|only\s+(?:accept|consider))\s+(?:accept\s+|consider\s+)?"
            r"(?:any\s+|an\s+|a\s+)?(?:offers?|bids?|proposals?)\s+(?:below|under|over|above|of\s+less\s+than|"
            r"lower\s+than|in\s+excess\s+of|north\s+of|worth\s+less\s+than)",
            # "have no intention of opening negotiations": the owner's refusal, no talks
            r"no\s+intention\s+of\s+(?:opening|entering(?:\s+into)?|starting|holding)\s+(?:talks|negotiations|discussions)",
            r"no\s+intention\s+of\s+(?:letting|allowing)",
            # "with the Bundesliga club refusing to negotiate after their August 10 deadline passed"
            r"(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+negotiate\b",
            r"resigned\s+to\s+losing",
            r"(?:hope[sd]?|hoping|want(?:s|ed)?|determined|desperate|keen|fight(?:s|ing)?|tr(?:y|ying|ied))\s+to\s+"
            r"(?:keep|retain|hold\s+on\s+to)",
            # "Forest braced for a Villa bid": the bid is still to come (see find_cues)
            rf"(?:brac\w+|prepar\w+)\s+(?:themselves\s+|itself\s+)?for(?=\s+(?:{ANY}\s+|{WS}){{0,2}}?(?:bids?|offers?|approach\w*|interest))",
            r"expect(?:s|ing)?(?=\s+(?:\S+\s+){0,2}?(?:bids?|offers?|approach\w*))",
            r"would\s+accept",
        ),
    ),
    # --- agreement pending
    (
        "pending",
        (
            # "as the clause wrangle drags on": no agreement yet
            r"(?:wrangle|negotiations|talks|haggling)\s+drag(?:s|ged|ging)?\s+on",
            r"close\s+to\s+(?:an?\s+)?(?:agreement|deal|agreeing|finali[sz]ing)",
            # "close to reaching an agreement", "although the fee is still being finalised"
            r"close\s+to\s+(?:reaching|striking|agreeing)\s+(?:an?\s+)?(?:agreement|deal|fee)",
            r"still\s+being\s+(?:finali[sz]ed|negotiated|discussed|worked\s+out|thrashed\s+out)",
            r"(?:say|says|said)\s+yes\s+to\s+(?:an?|the|his)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal|offer|terms|proposal)\b",
            # (the club the item is about when none follows: "Openda is close to joining, and ...")
            rf"(?:is|are|now|edging|moving)\s+(?:very\s+)?close\s+to\s+(?:joining|signing\s+for|a\s+move\s+to)"
            rf"(?=\s+(?:the\s+)?{C}|\s*(?:[,;.]|$|\s+and\b))",
            # a list's item: "Kevin De Bruyne has signed, Noa Lang is close, and ..."
            rf"{_AFTER_P}(?:is|are)\s+(?:very\s+)?close(?=\s*(?:[,;.]|$|\s+and\b))",
            r"closer\s+to\s+(?:an?\s+)?(?:agreement|deal)",
            # the clubs' positions: "are still some way apart in their valuation", "the gap ... is narrowing"
            r"(?:some\s+way|a\s+long\s+way|far|still|miles|(?:£|€|\$)\S+)\s+apart\b",
            r"\bgap\b(?:\s+\S+){0,8}?\s+(?:is\s+|has\s+)?(?:narrowing|narrowed|closing|closed|shrinking)\b",
            r"talks\s+(?:are\s+|have\s+)?(?:advanc\w+|progress\w+|ongoing|continu\w+)",
            # "talks over the payment structure are continuing"
            r"(?:talks|negotiations|discussions)\s+(?:over|about|on|regarding)\s+(?:\S+\s+){1,4}?(?:are|is)\s+(?:still\s+)?"
            r"(?:advanc\w+|progress\w+|ongoing|continu\w+|under\s+way)",
            # "the club are now working on a compensation package"
            # (not "had been working on the deal for weeks": the work is behind them)
            r"(?<!had\sbeen\s)working\s+(?:on|out)\s+(?:an?\s+|the\s+)?(?:compensation|fee|package|deal|agreement|contract|terms|details)",
            # "have yet to settle how they will pay the clause"
            r"(?:yet|still)\s+to\s+(?:settle|resolve|finali[sz]e|thrash\s+out|iron\s+out|sort\s+out)\b",
            r"personal\s+terms\s+(?:are\s+)?close",
            # an agreement not reached yet: "are yet to reach an agreement with Brentford"
            # (not "had been unable to reach an agreement": a failure told, see the off cues)
            r"(?:yet\s+to|not\s+yet|have\s+not|has\s+not|haven't|hasn't|did\s+not|didn't|"
            r"(?<!had\sbeen\s)(?<!were\s)(?<!was\s)unable\s+to)\s+"
            r"(?:reach|strike|find|agree)\w*\s+(?:an?\s+|any\s+)?(?:agreement|deal|fee|terms)",
            r"yet\s+to\s+agree",
            # a step still to take: "OM must reach an agreement with Brighton"
            r"(?:must|need\s+to|needs\s+to|still\s+have\s+to|still\s+has\s+to)\s+(?:now\s+|still\s+)?(?:reach|strike|find)\s+"
            r"(?:an?\s+)?(?:agreement|deal)",
            r"(?:no|not\s+yet\s+an?)\s+agreement",
            r"still\s+(?:to\s+be\s+)?(?:agreed|settled|resolved|negotiat\w+|discussing|haggl\w+|in\s+(?:talks|negotiations|discussions))",
            # "the clubs remain apart on the fee"
            r"(?:remain|are|still)\s+(?:some\s+way\s+|far\s+|still\s+)?apart\s+(?:on|over)",
            r"(?:hopeful|confident|optimistic)\s+(?:of|about)\s+(?:agreeing|reaching|finali[sz]ing|concluding|sealing)",
            r"gap\s+in\s+valuation",
        ),
    ),
    # an agreement only hoped for: pending, but no talks are said to be under way
    (
        "hoped",
        (
            r"(?:hope|hopes|hoping|aim|aims|aiming|expect|expects|want|wants|looking)\s+to\s+"
            r"(?:agree|reach|finalise|finalize|conclude|seal)\b",
            # the seller still to answer: "the Hammers are considering a £55m offer"
            r"(?:are|is)\s+(?:still\s+)?(?:considering|weighing\s+up|assessing|studying|evaluating)\s+(?:an?\s+|the\s+|their\s+)?"
            r"(?:\S+\s+){0,2}?(?:offer|bid|proposal)",
            # "Liverpool have made a £130m bid for Isak. Newcastle are considering it."
            r"(?<=⟧\s)(?:are|is)\s+(?:still\s+)?(?:considering|weighing\s+up|assessing|studying|evaluating)\s+it\b",
        ),
    ),
    (
        "talks",
        (
            r"personal\s+terms\s+(?:have\s+been\s+|are\s+|already\s+)?agreed",
            r"agree(?:s|d)?\s+personal\s+terms",
            r"(?:agreed|agreeing)\s+(?:\S+\s+)?personal\s+terms",
            # "reached an agreement in principle with X over personal terms": the player's side only
            r"(?:reach\w*|struck|strike\w*)\s+(?:an?\s+)?(?:agreement|deal)\s+(?:in\s+principle\s+)?(?:with\s+(?:\S+\s+){1,4}?)?"
            r"(?:over|on)\s+personal\s+terms",
        ),
    ),
    # --- forecasts (agreed unless pending)
    (
        "interest",
        (
            rf"(?:want(?:s|ed)?|would\s+like|hop(?:e|es|ing)|keen|eager|dream(?:s|ing)?|open)\s+to\s+(?:{WS}){{0,1}}?"
            # (not "want to move on", "want to move X on": a leaving)
            r"(?:join|move(?!\s+(?:⟦P\d+⟧\s+|him\s+|them\s+)?on\b)|sign\s+for|return|play\s+for|manage)",
            # a club's hope: "are now hoping to land Mohamed Salah", "looking to sign the Brentford striker"
            r"(?:hop(?:e|es|ing)|look(?:s|ing)|aim(?:s|ing)?|seek(?:s|ing)?|tr(?:y|ies|ying)|push(?:es|ing)?)\s+to\s+"
            r"(?:sign|land|secure|recruit|snap\s+up|lure|"
            rf"acquire|bring\s+in)(?=\s+(?:{C}(?:'s|’s)?\s+)?(?:{WS}|⟦N\d+⟧\s+){{0,3}}?(?:{P}|him\b|her\b))",
            # "the club tries to bring Al-Sadd coach Xavi Hernandez back to the Camp Nou"
            r"(?:tr(?:y|ies|ying)|want(?:s|ed)?|hop(?:e|es|ing)|look(?:s|ing)|plan(?:s|ning)?|aim(?:s|ing)?|push(?:es|ing)?)"
            r"\s+to\s+bring(?=\s+(?:[^\s.;,]+\s+){0,3}?⟦P\d+⟧\s+back\b)",
        ),
    ),
    (
        "forecast",
        (
            # (not a club's pursuit: "Celtic are expected to move quickly for Brendan Rodgers")
            rf"(?:set|poised|expected|due|going|tipped|primed|ready|about|likely|bound)\s+to\s+(?:{WS})?{MOVE_VERB}"
            r"(?!\s+(?:\w+ly\s+)?for\b)",
            # the club he is set to leave for: "is set to leave Manchester City for Fenerbahce"
            rf"(?:(?<=set\sto\sleave\s)|(?<=poised\sto\sleave\s)|(?<=expected\sto\sleave\s)|(?<=due\sto\sleave\s)){C}"
            r"\s+for(?=\s+(?:the\s+)?⟦C)",
            # "Antonio Conte will be the new Napoli coach"
            rf"{_AFTER_P}(?:will|is\s+to|is\s+set\s+to|is\s+going\s+to|is\s+expected\s+to)\s+be\s+(?:the\s+)?(?:new|next)\s+"
            rf"(?:{C}(?:'s|’s)?\s+)?(?:head\s+coach|manager|coach|boss)\b",
            # a manager's move stated as what will happen: "Xabi Alonso to take over at Liverpool" (right
            # after the person: not "the favourite to take over")
            # (not "will take charge of Saturday's game", "of Arsenal for the 250th time")
            rf"{_AFTER_P}(?:is\s+)?(?:to|will)\s+take\s+(?:over|charge)\s+(?:at|of)\b"
            r"(?!(?:\s+\S+){0,6}?\s+(?:game|games|match|matches|tie|fixture|clash|time|training|session|friendly|clasico|"
            r"derby|final|semi-final|meeting|encounter)\b)",
            # "Alonso heads back to the Bernabeu": a return stated as what is happening
            rf"{_AFTER_P}(?:heads|is\s+heading)\s+back\s+to(?=\s+(?:the\s+)?{C})",
            # "His successor will be Hansi Flick": the club the item is about has its man
            rf"(?:successor|replacement)\s+will\s+be(?=\s+{P})",
            # "Thiago Motta has agreed a three-year contract with the Bianconeri" (not a new contract): the
            # move is agreed unless the item says the fee is still open ("but fee still to be settled")
            # ("has agreed a two-year contract, with the option of a third, at Paris St-Germain")
            rf"agree(?:s|d)?\s+(?!(?:an?\s+|the\s+)?new\b)(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?contract\s*"
            rf"(?:,\s+[^,⟦⟧]{{1,40}},\s+)?(?:(?<=\s)(?:with|at)(?=\s+(?:the\s+)?{C})|"
            r"(?<=\s)to(?=\s+(?:succeed|replace|become|take\s+(?:over|charge))\b))",
            rf"(?:set|poised|expected|due|tipped)\s+for\s+(?:an?\s+)?(?:{WS})?(?:move|switch|transfer|return|reunion)",
            # (not "as the Reds close in on a 20th league title")
            r"clos(?:e|es|ing)\s+in\s+on(?!\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[^\s⟦⟧]+\s+){0,3}?"
            r"(?:title|trophy|crown|record|win|victory|points?|promotion|spot|place|finish|treble|double|league)\b)",
            # (not "with the window closing on Wednesday night": the window's deadline)
            r"(?<!window\s)closing\s+on",
            r"on\s+the\s+(?:verge|brink)\s+of\s+(?:joining|signing|a\s+move|completing|being|becoming)",
            # "nearing a move", "Sancho nears Chelsea switch"
            r"nearing\s+(?:an?\s+)?(?:move|deal|switch|agreement|return)",
            rf"near(?:s|ing)\s+(?:an?\s+|the\s+)?{C}(?:'s|’s)?\s+(?:[^\s⟦⟧]+\s+)?(?:move|deal|switch|return|transfer|loan)\b",
            # "The deal will see Forest goalkeeper X move to St James' Park"
            rf"(?:deal|agreement|swap|operation)\s+will\s+see(?=\s+(?:[^\s⟦⟧]+\s+|{C}\s+){{0,3}}?{P}\s+"
            r"(?:move|join|head|go|switch|return)\b)",
            r"close\s+to\s+completing\s+(?:an?\s+|his\s+|her\s+|the\s+)?(?:\S+\s+)?(?:move|transfer|switch|deal|loan)",
            r"edg(?:es|ing)\s+closer(?!\s+to\s+(?:leaving|an?\s+exit|the\s+exit|departing|quitting))",
            # "Kalvin Phillips close to London Stadium loan", "X closer to Napoli switch"
            rf"{_AFTER_P}(?:is\s+|moves\s+)?(?:close|closer)\s+to(?=\s+(?:an?\s+|the\s+)?{C}(?:'s|’s)?\s*"
            r"(?:(?:[^\s⟦⟧]+\s+)?(?:loan|move|switch|deal|transfer|return)\b|$|,|:|\s+as\b))",
            # "Jorge Sampaoli will be his successor"
            rf"{_AFTER_P}will\s+be\s+(?:his|her|their|the\s+new|the|{P}(?:'s|’s))\s+(?:new\s+)?(?:successor|replacement)",
            # "Joshua Zirkzee edges towards Old Trafford"
            rf"(?:edg(?:es|ing|ed)|inch(?:es|ing|ed))\s+(?:ever\s+)?(?:closer\s+)?towards?(?=\s+(?:the\s+)?{C})",
            r"on\s+(?:his|her|their|its)\s+way\s+to",
            # "X rejects Ipswich and returns to Aston Villa": his choice (agreed unless pending)
            rf"(?<=\band\s)return(?:s|ed)\s+to(?=\s+(?:the\s+)?{C}(?:\s*$|\s*[,:;.]))",
            rf"(?:heading|headed|heads|(?<=⟧ )head)\s+(?:to|for)(?=\s+(?:the\s+)?{C})",
            rf"(?:set|poised|bound|destined|headed|heading)\s+for"
            rf"(?=\s+(?:the\s+)?{C}(?!\s*(?:'s|’s)?\s+(?:stay|exit|departure|future|contract|extension|deal|return)))",
            # "Sancho to Chelsea" (a person to a club, not "the visit of Crystal Palace to the Emirates")
            rf"(?:(?<=⟦P\d⟧)|(?<=⟦P\d\d⟧))[ \t\n\xa0]+to\s+(?={C}(?!\s*\?))",
        ),
    ),
    # the same asked, not told: "Guehi to the Etihad?"
    ("interest", (rf"(?:(?<=⟦P\d⟧)|(?<=⟦P\d\d⟧))[ \t\n\xa0]+to\s+(?={C}\s*\?)",)),
    # "decided to sign Z instead": a choice between targets, no step of a deal
    ("interest", (r"(?:decid\w+|opt(?:s|ed)?)\s+to\s+(?:sign|bring\s+in|move\s+for)",)),
    (
        "step",
        (
            # "leaves Celtic to become Leicester City manager" (done after a leaving: extract._LEFT_TO)
            rf"(?<=⟧\s)to\s+become(?=\s+(?:the\s+)?(?:new\s+)?{C}\s+(?:manager|head\s+coach|boss|coach)\b)",
            # "Van Persie still has to put pen to paper on a contract": agreed, the signature to come
            r"(?:still\s+)?(?:has|have|needs?|is\s+yet|are\s+yet)\s+to\s+put\s+pen\s+to\s+paper",
            r"medical\s+(?:\S+\s+){0,2}?(?:booked|scheduled|set|planned|arranged|tests?|underway|today|tomorrow)",
            rf"undergo(?:es|ing)?\s+(?:a\s+|his\s+|{C}\s+)?medical",
            # "has completed his medical at Aston Villa ahead of a loan" (the deal's own news follows)
            r"(?:has|have)\s+(?:now\s+|already\s+)?(?:completed|passed|undergone)\s+(?:his|her|a|the)\s+medical\b",
            # "is waiting only for the medical", "paperwork being drawn up for Arsenal move"
            r"(?:waiting|waits|awaiting)\s+(?:only\s+)?(?:for\s+)?(?:the\s+|his\s+|a\s+)?(?:medical|paperwork|signature)\b",
            r"paperwork\s+(?:is\s+)?(?:being\s+)?(?:drawn\s+up|prepared|finalised|finalized|exchanged)",
            # a deal in its last steps: "Ederson is finalising his own move to Fenerbahce", "Arsenal are
            # finalising the permanent signing of David Raya"
            r"finali[sz](?:ing|es)\s+(?:his|her|the|a|an|their|its|⟦P\d+⟧(?:'s|’s)?)\s+(?:own\s+)?(?:[^\s⟦⟧]+\s+){0,2}?"
            r"(?:move|switch|transfer|deal|loan|signing|return|capture)\b",
            # a headline's "Cristiano Ronaldo to return to Manchester United"
            rf"{_AFTER_P}to\s+return\s+to(?=\s+(?:the\s+)?{C}(?!\s+(?:training|action|fitness)\b))",
            # "Ruben Amorim to become Manchester United head coach"
            rf"{_AFTER_P}to\s+become(?=\s+(?:the\s+)?(?:new\s+|next\s+)?{C}(?:'s|’s)?\s+(?:new\s+|next\s+)?"
            r"(?:head\s+coach|manager|coach|boss)\b)",
            # "he flew to Barcelona to finalise a free transfer"
            rf"(?:flew|flies|fly|flying|travel(?:l?ed|l?ing|s)?|jet(?:s|ted|ting)?)\s+(?:in\s+|out\s+)?to(?=\s+(?:the\s+)?{C}"
            r"\s+to\s+(?:finalise|finalize|complete|seal|undergo|sign|put\s+pen)\b)",
            # ("who will put pen to paper on a contract after Nice's final fixture": the signature to come)
            # (not "will join his new team-mates when they return to training", "will join up with the squad
            # at their winter camp": the move is behind him)
            # (nor "will move into a senior advisory role": a new role at his own club)
            r"will\s+(?:sign|join|move|complete|put\s+pen\s+to\s+paper)"
            r"(?!\s+(?:up\s+with\s+)?(?:(?:his|her|their)\s+new\s+(?:team-?mates|colleagues|club|side|team|squad)|"
            r"the\s+(?:rest\s+of\s+the\s+)?(?:first-team\s+)?(?:squad|group))\b)"
            r"(?!\s+(?:in)?to\s+(?:an?|the|his|her)\s+(?:[^\s⟦⟧]+\s+){0,3}?(?:role|position|post|job)\b)",
            # "needs to finalise personal terms before completing the switch": still to come
            r"before\s+complet(?:ing|es?)\s+(?:the|his|her|a|their)\s+(?:[\w£€$.-]+\s+)?(?:move|switch|transfer|deal|signing|loan)",
            r"(?<!talks\s)(?<!bid\s)(?<!deal\s)(?<!race\s)(?<!ready\s)(?<!keen\s)(?<!want\s)(?<!wants\s)"
            r"(?<!wanted\s)(?<!wanting\s)(?<!hoping\s)(?<!plan\s)(?<!plans\s)(?<!move\s)(?<!offer\s)"
            r"(?<!position\s)(?<!favourites\s)(?<!favourite\s)(?<!frontrunners\s)(?<!hunt\s)(?<!battle\s)"
            # ("the only club in serious contention to sign the West Ham captain")
            r"(?<!contention\s)"
            r"(?<!running\s)(?<!preference\s)(?<!desire\s)(?<!wish\s)(?<!intention\s)(?<!willingness\s)"
            r"(?<!eagerness\s)(?<!pushing\s)(?<!push\s)(?<!pushes\s)(?<!trying\s)(?<!try\s)(?<!tries\s)"
            r"(?<!looking\s)(?<!aiming\s)(?<!working\s)(?<!battling\s)(?<!fighting\s)"
            # (a wish, no step: "but would prefer to join Manchester United")
            r"(?<!prefer\s)(?<!prefers\s)(?<!preferring\s)"
            # (a choice made, no step to come: "but chose to join Steve Cooper's side")
            r"(?<!chose\s)(?<!opted\s)(?<!elected\s)(?<!opting\s)"
            r"to\s+(?:sign|join|move(?!\s+on\b)(?!\s+(?:\w+ly\s+)?for\b)"
            # (not "may have to move fast": acting, not moving clubs)
            r"(?!\s+(?:very\s+)?(?:quickly|swiftly|fast|decisively|early)\b(?!\s+(?:to|for)\b))|"
            rf"{_COMPLETE})"
            # not "the first player from his country to join a Premier League club": no club in particular
            r"(?!\s+an?\s+(?:[^\s⟦⟧]+\s+){0,3}?(?:club|side|team)\b)",
            r"(?:to|will|could|may|might|should)\s+be\s+(?:officially\s+)?(?:confirmed|announced|completed|finalised|finalized|signed|"
            r"unveiled|made\s+official)",
            # "is to be presented as his successor" (not an offer "to be presented to the board")
            r"(?:to|will)\s+be\s+(?:officially\s+)?presented(?=\s+(?:to\s+the\s+(?:media|press|fans)\s+)?as\b)",
        ),
    ),
    (
        "caveat",
        (
            # "Xabi Alonso, new Real Madrid coach: only the signature is missing"
            r"only\s+(?:the\s+|his\s+|a\s+)?(?:signature|medical|paperwork|formalities)\s+(?:is\s+|are\s+)?"
            r"(?:missing|remains?|left|to\s+come|pending)\b",
            r"(?:hope|hopes|hoping|aim|aims|aiming|looking|try|tries|trying|tried|attempt\w*)\s+to\s+(?:complete|wrap\s+up|finish|get)",
            r"subject\s+to",
            r"awaiting",
            r"pending",
            # (not "with the paperwork going through before the deadline", "with the paperwork lodged just
            # before the deadline": done)
            r"paperwork(?!\s+(?:going|went|gone|having\s+gone)\s+through|\s+(?:was|has\s+been)\s+(?:completed|"
            r"processed|approved|done)|\s+(?:lodged|filed|submitted)\s+(?:just\s+)?(?:before|in\s+time))",
            r"when\s+he\s+turns",
            r"once\s+(?:\S+\s+){0,3}?(?:is|are|has|have)\s+(?:been\s+)?(?:finalised|finalized|completed|agreed|signed|done)",
        ),
    ),
    # --- agreed
    (
        "agreed",
        (
            r"here\s+we\s+go",
            # a race won: "Real Madrid beat PSG to Franco Mastantuono" (the clubs beaten: extract's roles)
            rf"(?<=⟧\s)(?:(?:have|has)\s+)?(?:beat|beats|beaten)(?={RACE_WON})",
            rf"(?<=,\s)beating(?={RACE_WON})",
            # the seller's acceptance: "Arsenal's €70m offer for X has been accepted"
            rf"(?:offer|bid|proposal)\s+(?:(?:for|of)\s+(?:{ANY}\s+)?)?(?:has\s+(?:now\s+)?been|was|had\s+been)\s+accepted",
            # "the club could not turn down the offer": an acceptance by the seller
            r"(?:could\s+not|couldn't|could\s+no\s+longer|cannot|can't|unable\s+to)\s+(?:turn\s+down|reject|refuse|resist)",
            r"agreement\s+(?:in\s+principle\s+)?(?:has\s+been\s+|had\s+been\s+|was\s+|is\s+)?(?:reached|agreed|in\s+place|struck)",
            r"reach(?:ed|es|ing)?\s+(?:an?\s+)?(?:full\s+|verbal\s+|total\s+)?(?:agreement|deal)",
            r"verbal\s+agreement",
            # "the former Bayern and Germany coach has an agreement in principle for two seasons"
            r"(?<=⟧\s)(?:has|have|now\s+has|already\s+has)\s+(?:an?\s+)?agreement\s+in\s+principle",
            # translated press: "have found an agreement", "full agreement with the Yellow Submarine",
            # "it's a done deal for Chukwueze"
            r"(?:found|find|finds|finding)\s+(?:an?\s+|full\s+|total\s+|the\s+)?(?:agreement|accord)",
            r"(?:full|total|complete)\s+agreement",
            r"(?:it's|it\s+is|it’s)\s+a\s+done\s+deal",
            r"(?:fee|terms|deal|price|package|compensation|loan|move|transfer|switch)\s+(?:has\s+been\s+|have\s+been\s+|was\s+|is\s+|now\s+)?agreed",
            # "Leroy Sane agrees Galatasaray deal", "Chelsea agree Caicedo fee" (not "will have to agree
            # compensation with the Foxes": still to come)
            rf"{_OBLIGED_BEFORE}(?<!needs\sto\s)(?<!must\s)(?<!yet\sto\s)"
            rf"agree(?:s|d|ing)?\s+(?:an?\s+|the\s+)?(?:{MONEY}\s+)?(?:(?:{P}|{C})(?:'s|’s)?\s+)?"
            r"(?:(?:club-record|(?:british\s+|world\s+|club\s+)?record|[a-z]+-record|\S+-year|loan|permanent|transfer|initial|"
            r"reduced|improved|free)\s+){0,2}"
            rf"(?:{MONEY}\s+)?"  # ("agree British-record £115m fee")
            r"(?:fees?|deals?|terms|packages?|transfer|move|compensation|price|loans?|switch)",
            # "have agreed an initial €34m fee for Estevao"
            rf"agree(?:s|d|ing)?\s+(?:an?\s+|the\s+)?(?:initial|club-record|record|reduced|improved|basic|guaranteed)\s+"
            rf"{MONEY}\s+(?:fee|deal|package)",
            # the order of translated press: "agreed with Brentford on Friday the transfer of Bryan Mbeumo"
            rf"agree(?:s|d)?\s+with\s+(?:the\s+)?{C}\s+(?:(?:on|last)\s+\w+\s+)?(?:the\s+)?"
            r"(?:transfer|sale|signing|loan|permanent\s+transfer)\s+(?:of|for)\b",
            # ("had agreed in principle to bring in Rangnick as coach")
            r"agree(?:s|d)?\s+(?:in\s+principle\s+)?to\s+(?:join|sign|move|a\s+move|become|take\s+over|take\s+charge|replace|"
            r"succeed|bring\s+in|appoint|hire)\b",
            # the seller's yes: "Real Madrid have agreed to sell Ronaldo to Italian champions Juventus"
            r"agree(?:s|d)?\s+(?:in\s+principle\s+)?to\s+sell\b",
            # the seller's side: "Tottenham agree Joe Rodon sale to Leeds", "agreed the sale of X to Y"
            rf"agree(?:s|d)?\s+(?:an?\s+|the\s+)?(?:{MONEY}\s+)?(?:{P}(?:'s|’s)?\s+)?sale(?=\s+(?:of\s+{P}\s+)?to\s+(?:the\s+)?{C})",
            r"accept(?:s|ed)?\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:contract|terms)\b",
            r"agree(?:s|d)?\s+to\s+(?:pay|meet|trigger|activate)\s+(?:the\s+|his\s+)?(?:\S+\s+){0,3}?"
            r"(?:clause|fee|asking\s+price|valuation)",
            r"(?:release|buy-?out)\s+clause\s+(?:has\s+been\s+|is\s+|was\s+)?(?:met|triggered|activated|paid)",
            # (a club paying: "The club paid the release clause", not "relegation has activated a clause")
            rf"{_AFTER_C}(?:have\s+|has\s+)?"
            # ("Atletico Madrid to pay Joao Felix's 126m euro release clause")
            rf"(?:paid|pays|(?:will|to)\s+pay|met|meets|triggered|triggers|activated|activates)\s+"
            rf"(?:the\s+|his\s+|a\s+|{P}(?:'s|’s)\s+)?(?:{MONEY}\s+)?(?:release|buy-?out)\s+clause",
            # (not an acceptance still to come, "has yet to accept", nor a renewal offer: his stay's)
            # (nor one he would welcome: "saying he would be honoured to accept a record-breaking offer")
            rf"(?<!yet\sto\s)(?<!not\s)(?<!refused\sto\s)(?<!refuses\sto\s)(?<!reluctant\sto\s)(?<!honoured\sto\s)"
            r"(?<!happy\sto\s)(?<!willing\sto\s)(?<!ready\sto\s)(?<!prepared\sto\s)accept(?:s|ed|ing)?"
            r"(?!\s+(?:\S+\s+){0,3}?(?:renewal|new\s+contract|contract\s+extension)\b)"
            rf"\s+(?:an?\s+|their\s+|{C}(?:'s|’s)?\s+|{WS}){{0,4}}?(?:bid|offer|proposal)",
            rf"(?<!yet\sto\s)(?<!not\s)accept(?:s|ed)?\s+(?:an?\s+|around\s+|about\s+)?{MONEY}",
            r"deal\s+(?:is\s+)?done",
            # translated press: "Napoli have closed the deal for Noa Lang"
            r"(?<!to\s)clos(?:e|es|ed)\s+(?:the|a)\s+deal\s+(?:for|with)",
            # the fee settled: "Atletico will pay around €42m for Gallagher"
            rf"will\s+pay\s+(?:around\s+|about\s+|up\s+to\s+)?{MONEY}\s+(?:[^\s⟦⟧]+\s+){{0,4}}?for\b",
            # "X's loan from Chelsea is agreed"
            r"(?:loan|deal|move|transfer|fee|switch)\s+(?:\S+\s+){0,3}?(?:is|has\s+been|was|now)\s+agreed",
            r"shak(?:e|es|en|ing)\s+hands",
            # "Arda Güler will be a Real Madrid player"
            rf"will\s+(?:be|become)\s+an?(?=\s+{C}\s+player\b)",
            rf"will\s+(?:become|be)\s+(?:the\s+)?(?:{C}(?:'s|’s|')?\s+)?(?:new\s+|record\s+|club-record\s+|first\s+)?signing",
            # the seller's yes: "La Dea say yes to the Bianconeri", "a €58m package was accepted"
            # (not "Lukaku has already said yes to a three-year contract": personal terms, the fee still open)
            r"(?:say|says|said)\s+yes\s+to(?!\s+(?:an?|the|his)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal|offer|terms|proposal)\b)",
            r"(?:bid|offer|package|proposal)\s+(?:has\s+been\s+|was\s+|is\s+|were\s+|have\s+been\s+)?accepted",
            rf"str(?:ike|ikes|uck|iking)\s+(?:an?\s+)?(?:{ANY}\s+|{WS}){{0,3}}?(?:deal|agreement)",
            # a move that happens when the contract runs out (not "free to discuss a pre-contract with foreign
            # clubs": one still to be talked about)
            r"(?<!discuss\sa\s)(?<!negotiate\sa\s)(?<!sign\sa\s)(?<!offer\s⟦P\d⟧\sa\s)(?<!talk\sabout\sa\s)pre-?contract(?:\s+agreement)?",
            # a loan turned into a transfer: "trigger the purchase option", "make his move permanent"
            r"(?:trigger|activate|exercise)(?:s|d|ed|ing)?\s+(?:the\s+|his\s+|their\s+|an?\s+)?(?:\S+\s+){0,3}?"
            r"(?:purchase|buy|buy-back|obligation)\s+(?:option|clause)",
            # (not "want to make")
            r"(?<!to\s)(?<!about\s)mak(?:e|es|ing)\s+(?:\S+\s+){0,3}?(?:move|loan|deal|stay|switch)\s+permanent",
        ),
    ),
    (
        "choice",
        (
            # ("has chosen a move to Old Trafford": the choice governs the club, not "move")
            # (not a coach's options: "has X, Y and Z to choose from")
            # (nor a team selection: "Klopp must choose between Divock Origi and Roberto Firmino")
            r"cho(?:se|sen|ose|oses|osing)(?:\s+(?:a|the)\s+(?:move|switch|transfer)\s+to\b)?(?!\s+from\b)"
            r"(?!\s+between\s+⟦P)",
            r"opt(?:s|ed|ing)?\s+for",
            # "before he settled on Stamford Bridge" (not "settled on a fee")
            r"settled\s+on(?=\s+(?:the\s+)?⟦C)",
            # (not "Conte picks his man for the left flank": a target named, no decision by the player)
            # (nor a team selection: "would rather pick his goalkeeping coach than a player")
            r"(?<!rather\s)(?:picks?|picked)(?!\s+(?:his|their|its|a|the)\s+(?:[\w-]+\s+)?(?:man|target|successor|replacement|striker|winger|"
            r"defender|midfielder|forward|keeper|goalkeeper|number\s+nine|no\.?\s?9)\b)"
            # (not "have picked up four points", "picked up a knock")
            r"(?!\s+up\s+(?:\S+\s+){0,2}?(?:points?|wins?|draws?|victor(?:y|ies)|knock|injury|yellow|red|booking|"
            r"card|assists?|goals?|awards?|trophy|trophies|titles?|momentum|form|pace|speed|steam)\b)",
            # not "left the board with little choice", "the coach has approved the choice";
            # nor the fans' wish: "Pochettino is a popular choice among supporters and is under consideration"
            r"(?<!little\s)(?<!no\s)(?<!other\s)(?<!approved\sthe\s)(?<!backed\sthe\s)(?<!endorsed\sthe\s)"
            r"(?<!popular\s)choice",
            r"in\s+favou?r\s+of",
        ),
    ),
    # the person's one wish, said against the others: "but Garcia only ever wanted Barca", "told Spurs he
    # only wants to join United", "Old Trafford was his only destination", "Ekitike preferred Anfield"
    # (claims.md: the other clubs' moves are off, as when he chooses; this one's is no step yet)
    (
        "preferred",
        (
            r"only\s+(?:ever\s+)?want(?:s|ed)?(?:\s+to\s+(?:join|go\s+to|move\s+to|sign\s+for|play\s+for))?"
            rf"(?=\s+(?:the\s+|a\s+move\s+to\s+(?:the\s+)?)?{C})",
            rf"want(?:s|ed)\s+only(?=\s+(?:the\s+)?{C})",
            # "but the 21-year-old made clear he wanted to join Chelsea" (past: "has made it clear he wants to
            # move to Anfield" is a wish while the news goes on, the others' interest with it)
            r"made\s+(?:it\s+)?clear\s+(?:that\s+)?(?:he|she|⟦P\d+⟧)\s+(?:only\s+)?wanted\s+to\s+(?:join|go\s+to|move\s+to|"
            r"sign\s+for|play\s+for)"
            rf"(?=\s+(?:the\s+)?{C})",
            r"(?:was|is)\s+(?:his|her)\s+only\s+(?:destination|choice|option|preference)",
            # "but the winger had his heart set on the Camp Nou"
            rf"(?:had|has|have)\s+(?:his|her|their)\s+heart\s+set\s+on(?=\s+(?:the\s+|a\s+move\s+to\s+(?:the\s+)?)?{C})",
            r"(?:his|her)\s+preference\s+(?:was|for)(?:\s+(?:always\s+)?(?:a\s+)?(?:move|return|switch)\s+to)?"
            rf"(?=\s+(?:the\s+)?{C})",
            r"(?<!would\s)(?<!to\s)prefer(?:s|red)(?:\s+(?:a\s+move\s+to|to\s+(?:join|move\s+to|sign\s+for)))?"
            # (a club's project preferred is the club: "preferred Barcelona's style and turned PSG down")
            rf"(?=\s+(?:the\s+)?{C}(?!'s|’s)|\s+(?:the\s+)?{C}(?:'s|’s)\s+(?:style|project|vision|proposal|offer|"
            r"philosophy|plans?)\b)",
        ),
    ),
    # a leaning, not a decision: "he favours a move to Anfield"; a club's hope: "confident of signing X"
    (
        "interest",
        (
            r"favou?rs?\s+a\s+move",
            r"prefer(?:s|red)?\s+(?:a\s+)?(?:move|return|switch)",
            # a suitor out of the news for now: "Inter remain in the background"
            r"(?<=⟧\s)(?:remain|remains|are|is|wait|waits|lurk|lurks|lurking)\s+(?:\S+\s+)?in\s+the\s+background\b",
            # "Barcelona remain Rashford's preferred destination", "his dream destination is Real Madrid" (the
            # other clubs' moves go on)
            # (his, once resolved to the man, is a bare ⟦P⟧)
            # ("Real Madrid remain his most likely destination should he leave": a forecast of the same)
            rf"(?<=⟧\s)(?:remains?|is|are|was|were)\s+(?:still\s+)?(?:{P}(?:'s|’s)?|his|her)\s+(?:{_WISHED}|{_LIKELY})\s+"
            r"destination",
            rf"(?:{P}(?:'s|’s)?|his|her)\s+(?:{_WISHED}|{_LIKELY})\s+destination\s+(?:is|remains|was)(?=\s+(?:the\s+)?{C})",
            r"(?:hopeful|confident|optimistic)\s+(?:of|about)\s+(?:signing|landing|securing|bringing\s+in|appointing|hiring)",
            # a club's candidate, no decision yet: "emerges as Bayern's surprise choice"
            r"(?:(?<='s\s)|(?<=’s\s))(?:(?:surprise|first|top|preferred|leading|main|ideal|dream|number\s+one)\s+)?"
            r"(?:choice|pick)\b",
        ),
    ),
    # --- done
    (
        "done",
        (
            # "Barcelona announced that Xavi Hernandez is their new head coach"
            r"(?:announced|confirmed)\s+that(?=\s+⟦P\d+⟧\s+is\s+⟦C\d+⟧\s+new\s+(?:head\s+coach|manager|coach)\b)",
            # the fee a signing just told cost: "has signed a three-year deal, with Chelsea paying around £32m
            # to bring him home"
            rf"(?<=\swith\s⟦C\d⟧\s)paying\s+(?:\S+\s+){{0,2}}?{MONEY}\s+(?:\S+\s+){{0,3}}?to\s+(?:bring|sign|land|secure)\b",
            # a review's list of arrivals: "IN: Milan Skriniar (free, Inter), Marco Asensio (free, Real)"
            # ("ARSENAL - In: Riccardo Calafiori (Bologna, £42m), ...")
            r"(?:(?<!.)|(?<=⟧\s-\s)|(?<=⟧\s–\s))(?:in|ins|arrivals|incoming|signings)\s*:(?=\s+⟦P)",
            # a clause paid: "paying the Ghana midfielder's release clause to Atletico" (not "would consider
            # paying")
            # ("paying Athletic Bilbao his £71.6m release clause": the club paid, then the clause)
            r"(?:(?<=,\s)paying|(?<=⟧\s)(?:have\s+|has\s+)?(?:paid|triggered|activated))\s+(?:⟦C\d+⟧\s+)?(?:⟦P\d+⟧(?:'s|’s)\s+|his\s+|her\s+|"
            r"the\s+)(?:[£€$]\S+\s+|[\w.-]+\s+){0,2}?(?:release|buy-?out)\s+clause",
            # a club's loan or sale told as sending: "Chelsea sent Michy Batshuayi to Dortmund on loan"
            r"(?<=⟧\s)(?:have\s+|has\s+|had\s+)?sent\s+⟦P\d+⟧\s+(?:out\s+)?(?:on\s+loan\s+)?to\s+(?=(?:the\s+)?⟦C)",
            # a list of signings with no object: "X (Wolves), Y (Chelsea) and Z (Fulham) have also signed."
            r"(?<=⟧\)\s)(?:have|has)\s+(?:also\s+|now\s+|already\s+)?signed(?=\s*[.;]|\s*$)",
            # the way a man went, after his leaving told as done: "Jorginho did leave Chelsea, moving across
            # the capital to Arsenal" (not "will leave Chelsea, moving to Arsenal")
            r"(?:(?<=\bleft\s⟦C\d⟧,\s)|(?<=\bleft\s⟦C\d\d⟧,\s)|(?<=did\sleave\s⟦C\d⟧,\s)|(?<=did\sleave\s⟦C\d\d⟧,\s))"
            r"(?:moving|switching|heading|joining)\b",
            # "Ederson's move to Fenerbahce went through", "Kane's move to Bayern, completed for £86m"
            # ("Cristiano Ronaldo's return to Manchester United was finally completed")
            rf"(?:move|transfer|switch|departure|loan|return)\s+(?:of\s+{P}\s+)?(?:(?:to|from)\s+(?:the\s+)?{C}\s*){{1,2}}(?:,\s*)?"
            r"(?:which\s+was\s+|was\s+|has\s+been\s+|had\s+been\s+)?(?:officially\s+|finally\s+)?"
            r"(?:completed|went\s+through|finali[sz]ed|sealed)\b"
            # ("Huijsen's move from Bournemouth to Real Madrid is done")
            r"|(?:move|transfer|switch|loan)\s+(?:(?:to|from)\s+(?:the\s+)?⟦C\d+⟧\s*){1,2}(?:is|was)\s+(?:now\s+)?(?:done|complete)\b",
            # a headline's "Juventus sack Pirlo and bring back Allegri", "West Ham sack Potter and bring in
            # Nuno" (not "want to bring back")
            r"(?:(?<=⟧\s)|(?<=⟧\sand\s))bring(?:s)?\s+(?:back|in)(?=\s+(?:[^\s⟦⟧]+\s+){0,3}?⟦P)",
            # a club back in the market, the signing made: "the west London club returned on deadline day to
            # sign X"
            r"(?:(?<=⟧\s)|(?<=club\s))returned\s+(?:[^\s⟦⟧,.;]+\s+){0,3}?to\s+sign(?=\s+(?:[^\s⟦⟧]+\s+){0,3}?⟦P)",
            # a record fee paid: "Pep Guardiola's side broke their transfer record on Tuesday to sign X"
            r"(?:(?<=⟧\s)|(?<=have\s)|(?<=has\s))(?:broke|broken|smashed)\s+(?:their|its|⟦C\d+⟧(?:'s|’s)?|the\s+club's)\s+"
            r"(?:own\s+)?(?:club\s+|transfer\s+)?(?:transfer\s+)?record\s+(?:[^\s⟦⟧,.;]+\s+){0,3}?to\s+(?:sign|land|bring\s+in)"
            r"(?=\s+(?:[^\s⟦⟧]+\s+|⟦N\d+⟧\s+){0,3}?⟦P)",
            # a move across a city done: "Olivier Giroud crossed London to join Chelsea", "crossed the divide"
            r"(?<!to\s)(?<!will\s)(?<!would\s)crossed\s+(?:london|manchester|milan|madrid|the\s+(?:city|capital|divide|"
            r"border))\s+to\s+(?:join|sign\s+for)\b",
            # "They moved immediately to install Sergio Conceicao", "moved swiftly to bring in Nuno"
            r"moved\s+(?:swiftly\s+|quickly\s+|immediately\s+|fast\s+|decisively\s+)?to\s+(?:bring\s+in|install|appoint|hire)"
            r"(?=\s+(?:[^\s⟦⟧]+\s+){0,3}?⟦P)",
            # "Benfica make Almeria striker Darwin Nunez their record signing" (not "want to make X their")
            r"(?<!to\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!can\s)(?<!might\s)"
            # (nor a priority: "with Arne Slot making the Spain international his priority signing")
            r"(?:make|makes|made)\s+(?:⟦C\d+⟧\s+(?:\S+\s+){0,2}?)?⟦P\d+⟧\s+(?:their|its|⟦C\d+⟧(?:'s|’s)?)\s+"
            r"(?:(?!(?:priority|top|main|dream|next|first-choice|key|number|no\.?)\b)(?:[\w-]+|£\S+|€\S+|\$\S+)\s+){0,3}?"
            r"(?:signing|purchase|buy|arrival|recruit|acquisition)\b",
            # a record broken, a deadline beaten "to sign X": what was done to sign him
            # ("the Eagles broke their transfer record to sign X": "their" may be read as the club)
            r"(?:beat|beats|beating|broke|breaks|break|breaking|smashed|smashes|smash|smashing|shattered|shatters|"
            r"shattering)\s+(?:the\s+|their\s+|its\s+|an?\s+|⟦C\d+⟧(?:'s|’s)?\s+)?"
            r"(?:[^\s,.;⟦⟧]+\s+){0,2}?(?:deadline|record)\s+to\s+(?:sign|land|bring\s+in|complete\s+the\s+signing\s+of)",
            # ("Liverpool wrapped up a £34m deal for X", "completed a British record £125m move")
            rf"(?<!to\s)(?:complet(?:e|es|ed|ing)|wrap(?:s|ped)\s+up)\s+(?:his\s+|her\s+|their\s+|its\s+|a\s+|the\s+|an?\s+|{ANY}(?:'s|’s)?\s+)?"
            rf"(?:(?:{WS}){{0,2}}?{MONEY}\s+)?(?:{WS}){{0,2}}?"
            r"(?:signings?|moves?|transfers?|switch(?:es)?|deals?|loans?|return|arrival|capture|swoop)",
            # (not "have confirmed that X has ruptured his ligament": what follows says what happened)
            # (not "have confirmed Simone Inzaghi's departure": a leaving, told by its own cue)
            # (nor a report's source: "sources have confirmed to 90min")
            # (nor a step on the way: "have completed the agreement", "has completed his medical")
            rf"(?<!sources\s)(?:has|have)\s+(?:officially\s+)?(?:signed|joined|appointed|completed(?!\s+(?:the\s+|an\s+|his\s+|"
            r"their\s+)?(?:agreement|medical|paperwork|formalities|negotiations|talks|rehabilitation|recovery|"
            r"suspension|ban)\b)|"
            rf"confirmed(?!\s+that\b){_NOT_AN_ARRIVAL})"
            # (not a statistic: "has completed more passes in the middle third")
            r"(?!\s+(?:more|fewer|the\s+most|all|every|\d+|a\s+hat-trick|90\s+minutes)\b)"
            r"(?!\s+(?:an?\s+)?(?:new|contract\s+extension)\b)"
            # (nor an approval: "have signed off on further spending")
            r"(?!\s+off\s+on\b)"
            # (nor a pre-contract, a move agreed for later: "has signed a pre-contract with Celtic")
            r"(?!\s+(?:an?\s+)?pre-?contract)"
            rf"(?!\s+(?:{C}\s+(?:in\s+)?)?(?:the\s+)?(?:race|chase|hunt|queue|battle|scramble)\b)",
            r"sign(?:s|ed)?\s+(?:for|with)",
            # a sale told as done: "Yankuba Minteh was sold to Brighton", "was signed from Sheffield United"
            rf"(?<=⟧\s)(?:was|were|has\s+been|have\s+been)\s+(?:sold|transferred)\s+to(?=\s+(?:the\s+)?{C})",
            rf"(?<=⟧\s)(?:was|were|has\s+been|have\s+been)\s+(?:signed|snapped\s+up)\s+from(?=\s+(?:the\s+)?{C})",
            # the seller's side told as done: "Barcelona also sold Emerson Royal to Tottenham"
            # (not the background: "had already sold X to Arsenal last month", "a summer in which Benfica
            # sold X to PSG", "when they sold him to Hull")
            r"(?<!be\s)(?<!been\s)(?<!to\s)(?<!had\s)(?<!had\salready\s)(?<!which\s⟦C\d⟧\s)(?<!which\s⟦C\d\d⟧\s)"
            rf"(?<!when\sthey\s)(?<!when\s⟦C\d⟧\s)(?<!when\s⟦C\d\d⟧\s)sold(?=\s+{WS}{{0,2}}?{P}\s+to\s+(?:the\s+)?{C})",
            rf"sign(?:s|ed)\s+(?!(?:an?\s+)?new\b)(?:an?\s+)?(?:{WS}){{0,2}}?(?:deal|contract)(?!\s+extension)",
            # (not "Lamine Yamal joins Barcelona's 100-game club")
            # (not "joined team-mates in lifting the trophy", "joined the celebrations")
            r"\bjoin(?:s|ed)\b(?!\s+(?:the\s+|⟦C\d+⟧(?:'s|’s)\s+)(?:[\w-]+\s+){0,2}club\b)"
            r"(?!\s+(?:his\s+|their\s+|her\s+|the\s+)?(?:team-?mates|celebrations|squad\s+for|party|fans|supporters)\b)"
            # (nor "joins Saudi exodus", "joined the growing list of": a trend, no club)
            r"(?!\s+(?:the\s+|a\s+)?(?:⟦N\d+⟧\s+)?(?:[\w-]+\s+)?(?:exodus|list|wave|trend|stampede|gold\s+rush)\b)",
            # (not "has rejoined full training", "rejoined the squad")
            r"\brejoin(?:s|ed)\b(?!\s+(?:full\s+|first-team\s+|team\s+)?(?:training|the\s+(?:squad|group|team)|team-?mates)\b)",
            # "have announced Xabi Alonso as head coach"
            # ("announced Andrea Pirlo as the new first-team Coach")
            rf"(?:announced|unveiled|presented|confirmed)(?=\s+{P}\s+as\s+(?:(?:their|the|its)\s+)?(?:new\s+)?"
            r"(?:first-team\s+|senior\s+|permanent\s+)?"
            r"(?:head\s+coach|coach|manager|boss|sporting\s+director|technical\s+director)\b)",
            # a loan cut short: "Chelsea recall Trevoh Chalobah from Crystal Palace"
            rf"(?<!who\s)recall(?:s|ed)?(?=\s+{P}\s+from\b)",
            # "the 73-year-old is Roma's coach again", "is now Celtic's new manager"
            rf"(?<=⟧ )(?:is|was)\s+(?:now\s+|officially\s+)?{C}(?:'s|’s)\s+"
            r"(?:new\s+(?:head\s+)?(?:coach|manager|boss)\b|(?:head\s+)?(?:coach|manager|boss)\s+again\b)",
            # a window review: "Al-Ahli brought in Riyad Mahrez", "Al-Nassr added Sadio Mane from Bayern"
            # (not words reported: "Tuchel added that his side were still competing")
            rf"(?:added(?!\s+that\b)|brought\s+in|snapped\s+up|landed)(?=\s+(?:[\w-]+\s+|⟦N\d+⟧\s+){{0,2}}?{P})",
            # a move told after its verb: "has moved the other way, joining Preston on loan"
            rf"(?<=,\s)joining(?=\s+(?:the\s+)?{C}\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?loan\b)",
            # "Dortmund secured Michy Batshuayi on loan from Chelsea" (not "secured Palmer's future")
            rf"(?<!to\s)(?<!will\s)secured(?=\s+(?:[\w-]+\s+){{0,2}}?{P}\s+(?:on\s+(?:a\s+)?(?:[\w-]+\s+)?loan|from|for)\b)",
            # "Kai Havertz was the first through the door, joining from Chelsea", "Timber followed from Ajax"
            # (not "since arriving from Burnley", "after joining from Tottenham": told in passing)
            rf"(?<!since\s)(?<!after\s)(?<!before\s)(?:joining|followed|came\s+in)\s+from(?=\s+(?:the\s+)?{C})",
            r"(?:first|last|next|latest)\s+through\s+the\s+door",
            # another man's way: "Marco Asensio followed him to Villa Park on loan"
            rf"(?<!to\s)(?<!will\s)(?<!could\s)followed\s+(?:him|them|{P})\s+to(?=\s+(?:the\s+)?{C})",
            # "Leicester have taken up the option to make Abdul Fatawu's loan permanent"
            r"(?:taken|take|takes|took|taking|exercised|exercise|exercises|triggered|activated)\s+(?:up\s+)?"
            r"(?:the|their|our|its|an?|⟦C\d+⟧)\s+"
            r"(?:[\w-]+\s+)?option\s+to\s+(?:make|sign|buy)",
            # "ended seven years in north London by joining Bayer Leverkusen"
            r"(?<=by\s)joining\b",
            # a headline list: "Khusanov in, Marmoush next, Walker on his way"
            rf"{_AFTER_P}in{_LIST_ITEM_END}",
            rf"(?<!who\s)(?:is|are)\s+spending\s+the\s+(?:season|campaign|year)\s+(?:on\s+loan\s+)?(?:at|with)(?=\s+(?:the\s+)?{C})",
            # "Rice, Havertz and Timber arrive as Arteta builds"
            rf"{_AFTER_P}arrive\b",
            # "wrapped up their business with the signing of X", "have already taken Fabinho from Anfield"
            r"(?:wrapped\s+up|completed|rounded\s+off|finished|concluded|capped)\s+(?:their|its|⟦C\d+⟧)\s+"
            r"(?:business|window|summer|deadline\s+day|spending)\s+with\s+the\s+(?:[^\s⟦⟧]+\s+)?(?:signing|capture|arrival)\s+of",
            rf"(?:have|has)\s+(?:already\s+)?(?:taken|prised|poached|lured)(?=\s+{P}\s+(?:away\s+)?from\b)",
            # "Omari Hutchinson's loan from Chelsea was made permanent", "followed Maresca from Leicester"
            r"(?:was|were|has\s+been|have\s+been)\s+made\s+permanent",
            rf"{_AFTER_P}followed\s+(?={P}\s+from\s+(?:the\s+)?{C})",
            # a list of departures: "Hannibal Mejbri went to Sevilla on a similar deal and Jadon Sancho
            # returned to Borussia Dortmund" (a past move, not "returns to Anfield with his new club")
            # (not a visit with his club: "returned to the Parc des Princes with Real Madrid")
            # ("Djed Spence went on loan to Rennes")
            # ("Samuel Iling-Junior and Enzo Barrenechea have moved to Villa Park")
            rf"{_AFTER_P}(?:(?:has|have)\s+(?:now\s+|already\s+|also\s+)?(?:moved|switched)|went|moved|switched|returned)"
            rf"\s+(?:back\s+)?(?:on\s+(?:a\s+)?(?:season-long\s+)?loan\s+)?"
            rf"to(?=\s+(?:the\s+)?{C})"
            rf"(?!\s+(?:the\s+)?{C}\s+(?:with|alongside)\s+(?:the\s+|his\s+new\s+club\s+)?{C})"
            # (nor back in the team: "returned to Nuno's side as a substitute")
            rf"(?!\s+(?:the\s+)?{C}(?:'s|’s)?\s+(?:\S+\s+)?(?:as\s+a\s+(?:\S+\s+)?substitute|off\s+the\s+bench|"
            r"from\s+the\s+bench|for\s+the\s+(?:first|second|final)\s+half)\b)",
            # back again: "begins a third spell at Bramall Lane", "returns to the Blades after X's sacking"
            rf"(?<!to\s)(?<!will\s)(?:begins?|began|starts?|started|embarks\s+on)\s+(?:a|his)\s+(?:second|third|fourth|new)\s+"
            rf"spell\s+(?:at|in\s+charge\s+(?:of|at)|with)(?=\s+(?:the\s+)?{C})",
            # (its "as manager" is below, with "for a third spell")
            rf"{_AFTER_P}returns\s+to(?=\s+(?:the\s+)?{C}\s+after\s+{P})",
            # "Tammy Abraham and Alexis Saelemaekers join AC Milan": two people's own verb, the club after it
            rf"(?:(?<=and ⟦P\d⟧ )|(?<=and ⟦P\d\d⟧ ))join(?=\s+(?:the\s+)?{C})",
            # "and Henderson linked up with Steven Gerrard at Al-Ettifaq"
            rf"{_AFTER_P}linked\s+up\s+with(?=\s+(?:his\s+|her\s+)?(?:[^\s⟦⟧]+\s+){{0,2}}?{P}\s+at\s+(?:the\s+)?{C})",
            # a headline list: "Khusanov done, Marmoush medical booked"
            rf"{_AFTER_P}(?:deal\s+)?done{_LIST_ITEM_END}",
            r"(?:re-?)?appoint(?:s|ed|ment|ing)",  # "Celtic have reappointed Brendan Rodgers"
            # "the club announced former captain Daniele De Rossi as his replacement"
            rf"(?:announce[sd]?|unveil(?:s|ed)?|confirm(?:s|ed)?|name[sd]?)(?=\s+(?:[^\s⟦⟧]+\s+){{0,3}}?{P}\s+as\s+"
            r"(?:his|her|their|the|its)\s+(?:new\s+|permanent\s+|interim\s+)?(?:replacement|successor|manager|head\s+coach|coach|boss)\b)",
            # "Milan brought back Massimiliano Allegri", "Atalanta replaced him with Ivan Jurić"
            rf"(?:have\s+|has\s+)?brought\s+back(?=\s+(?:[^\s⟦⟧]+\s+){{0,3}}?{P})",
            # "Juventus moved to fill the hole, taking Moise Kean back from Everton on loan", "by taking
            # Senegal striker Mbaye Diagne on loan from Galatasaray", "Everton brought Idrissa Gueye back"
            rf"(?:took|taking)(?=\s+(?:(?:[^\s⟦⟧]+|⟦N\d+⟧)\s+){{0,2}}?{P}\s+(?:back|on\s+(?:a\s+)?(?:[\w-]+\s+)?loan)\s+"
            rf"(?:to\s+(?:the\s+)?{C}\s+)?from\b)",
            rf"brought(?=\s+{P}\s+back\s+(?:to|from)\b)",
            # the seller's loan out: "Brighton send Percy Tau on loan to Union Saint-Gilloise"
            rf"(?<!to\s)(?<!will\s)(?:send|sends|sent)(?=\s+(?:[^\s⟦⟧]+\s+){{0,2}}?{P}\s+(?:out\s+)?on\s+(?:a\s+)?"
            rf"(?:[\w-]+\s+)?loan\s+to\s+(?:the\s+)?{C})",
            # "Nottingham Forest ... added Wolves defender Willy Boly in a permanent deal"
            # ("have already added Inter Milan defender X and Real Madrid forward Y on free transfers")
            rf"(?<!to\s)(?<!will\s)added(?=\s+(?:(?:⟦[CN]\d+⟧|[^\s⟦⟧]+)\s+){{0,2}}?{P}"
            rf"(?:\s+and\s+(?:(?:⟦[CN]\d+⟧|[^\s⟦⟧]+)\s+){{0,2}}?{P})?\s+(?:in\s+a\s+(?:permanent|loan|\S+m)\b|"
            r"on\s+(?:a\s+)?(?:[\w-]+\s+)?loans?\b|on\s+(?:a\s+)?free(?:\s+transfers?)?\b|from\b|"
            r"for\s+(?:a\s+fee|around|about|an?\s+initial|[£€$]\d)))",
            rf"(?:have\s+|has\s+)?replaced\s+(?:him|her|{P})\s+with(?=\s+(?:[^\s⟦⟧]+\s+){{0,3}}?{P})",
            # "Nick Woltemade arrived from VfB Stuttgart on Saturday", "X's move from Brentford was confirmed"
            # ("arrived for €51m from Fulham")
            rf"(?<!will\s)(?<!to\s)arriv(?:ed|es)(?=\s+(?:on\s+(?:loan|a\s+free(?:\s+transfer)?)\s+|{_FEE_PAID}\s+)?from\s+"
            rf"(?:the\s+)?{C})",
            # "Jadon Sancho also arrived at Villa Park on loan from Manchester United"
            rf"{_AFTER_P}(?:also\s+|finally\s+)?arrived\s+at(?=\s+(?:the\s+)?{C}\s+(?:on\s+(?:a\s+)?(?:season-long\s+)?"
            rf"loan\s+|on\s+a\s+free(?:\s+transfer)?\s+|{_FEE_PAID}\s+)?from\s+(?:the\s+)?{C})",
            # "Hiroki Ito came from Stuttgart"
            rf"{_AFTER_P}came(?=\s+(?:on\s+(?:loan|a\s+free)\s+)?from\s+(?:the\s+)?{C})",
            # "Karim Benzema and N'Golo Kante arrived as free agents"
            rf"{_AFTER_P}arrived\s+(?:on\s+(?:a\s+)?free(?:\s+transfers?)?|as\s+(?:a\s+)?free\s+agents?)\b",
            # "Dejan Kulusevski arrives on an 18-month loan with an obligation to buy"
            rf"{_AFTER_P}(?:also\s+)?arriv(?:ed|es)\s+on\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?loan\b",
            r"(?:move|deal|transfer|switch|loan|signing|return|arrival|appointment)\s+(?:[^\s⟦⟧]+\s+|⟦C\d+⟧\s+){0,4}?(?:was|has\s+been|is\s+now)\s+"
            r"(?:officially\s+)?(?:confirmed|completed|finalised|finalized|announced|rubber-stamped)",
            # "David Moyes has returned to Everton" (not "returns to Stamford Bridge" with his new side)
            rf"(?:has|have)\s+(?:officially\s+)?returned\s+to(?=\s+(?:the\s+)?{C})",
            # "Martin O'Neill returns to the dugout on an interim basis"
            r"return(?:s|ed)?\s+to\s+the\s+(?:dugout|touchline|bench|hot\s+seat)",
            # "Moyes returns as Everton manager", "confirm the return of X"
            rf"return(?:s|ed)?\s+(?:to\s+{C}\s+)?as\s+(?:the\s+)?(?:new\s+|permanent\s+)?(?:{C}(?:'s|’s)?\s+)?(?:{WS})?"
            r"(?:manager|head\s+coach|boss|coach)",
            r"confirm(?:s|ed|ing)?\s+the\s+(?:return|arrival|appointment|signing)\s+of",
            rf"(?:announced|confirmed|completed|finalised)\s+the\s+sale\s+of(?=\s+{P}\s+to\s+(?:the\s+)?{C})",
            # "De Bruyne is a Napoli player", "officially becomes a Chelsea player"
            # (of a man named or referred to: not "'Mo is a Liverpool player, 100 per cent,' Klopp said")
            # ("Fran Garcia is once again a Real Madrid player")
            r"(?:(?<=⟧ )|(?<=\bhe )|(?<=\bshe ))(?:is|becomes|became)\s+"
            rf"(?:(?:now|officially|finally|once\s+again|again)\s+)*an?(?:\s+new)?(?=\s+{C}\s+player\b)",
            # "Huijsen has been a Real Madrid player since Wednesday" (not "for five years": no news)
            rf"(?:has|have)\s+(?:officially\s+)?been\s+an?(?=\s+{C}\s+player\s+since\s+(?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|yesterday|last\s+\w+|this\s+\w+|the\s+weekend|\d{1,2}\s+\w+|\w+\s+\d{1,2})\b)",
            rf"(?<!to\s)(?<!will\s)(?<!would\s)(?:re-?)?(?:appoint|hire)\s+(?={P})",
            # a headline's appointment: "Christophe Galtier named head coach"
            rf"{_AFTER_P}(?:named|appointed|unveiled|confirmed)(?:\s+as)?\s+(?:the\s+)?(?:new\s+)?"
            rf"(?:{C}\s+)?(?:(?:interim|caretaker|permanent)\s+)?(?:head\s+coach|manager|coach|boss)\b",
            # "Villa appoint former Arsenal boss as head coach"
            r"(?<!to\s)(?<!will\s)(?<!would\s)(?:appoint|hire|name)(?=\s+(?:\S+\s+){0,4}?as\s+(?:their\s+|the\s+|new\s+)*"
            r"(?:head\s+coach|manager|boss|coach)\b)",
            # "Brentford promote set-piece coach Keith Andrews to head coach", "X promoted to manager"
            rf"(?<!to\s)(?<!will\s)(?<!would\s)promot(?:es?|ed)(?=\s+(?:[\w-]+\s+){{0,3}}?{P}\s+to\s+(?:the\s+)?"
            r"(?:(?:permanent|full-time|interim|caretaker|first-team)\s+)?(?:head\s+coach|manager|boss)\b)",
            rf"{_AFTER_P}(?:(?:has\s+been|was|is)\s+)?promoted\s+to\s+(?:the\s+)?(?:(?:permanent|full-time|first-team)\s+)?"
            r"(?:head\s+coach|manager|boss)(?:'s\s+(?:role|job|post))?\b",
            # "have handed a three-year contract to X" (not "a new contract": a renewal)
            rf"hand(?:s|ed)?\s+(?:an?\s+)?(?!new\b)(?:[\w-]+\s+){{0,2}}?(?:contract|deal)\s+to(?=\s+{P})",
            # "Toffees land Jack Grealish", "Spurs snap up X"
            rf"(?<!to\s)(?<!will\s)(?<!would\s)(?<!hope\s)(?:land(?:s|ed)?|capture[sd]?|snap(?:s|ped)?\s+up)\s+(?={P})",
            # a coach stepping up: "Juventus sack Sarri and promote Pirlo from the Under-23s"
            rf"(?<!to\s)(?<!will\s)(?<!would\s)promot(?:e|es|ed)\s+(?={P}\s+(?:from\s+(?:the\s+|their\s+|its\s+)?"
            r"(?:under-\d\d|u-?\d\d|academy|reserves?|youth|b\s+team|b\s+side|castilla|primavera|under-\d\ds)\b|"
            r"to\s+(?:the\s+)?(?:first-team\s+|senior\s+|head\s+)?(?:coach|manager|boss)\b))",
            # "Wolfsburg name Daniel Bauer head coach"
            rf"(?<!to\s)(?<!will\s)(?<!would\s)names?\s+(?={P}\s+(?:as\s+)?(?:{P}(?:'s|’s)\s+)?"
            r"(?:(?:the|their|its|new|permanent|interim)\s+)*(?:head\s+coach|manager|boss|coach|successor|replacement)\b)",
            # (not "installed as the early favourite": the bookmakers' pick)
            rf"(?:named{_NAMED_A_TARGET}|unveiled|announced|confirmed|installed)\s+as"
            r"(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:favourites?|front-?runners?|odds-on)\b)",
            rf"(?:named|unveiled|confirmed|installed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?{C}\s+(?:manager|head\s+coach|boss|coach)",
            # (not "fans unveil tribute to Klopp", "unveiled their new kit")
            r"unveil(?:s|ed)?(?!\s+(?:a\s+|an\s+|the\s+|their\s+|its\s+|his\s+)?(?:\S+\s+)?(?:tribute|banner|statue|mural|kit|"
            r"shirt|plaque|stand|badge|crest|stadium|plans?|budget|figures|accounts|results)\b)",
            # (not "wants Conte as new head coach": the wish's own cue tells it)
            # ("X is their new coach": the club's name without "'s" where "their" stood)
            # (not "about appointing X as their new head coach": one still to come)
            rf"(?:is\s+(?:the\s+|{C}(?:'s|’s)?\s+)?|(?<!want\s⟦P\d⟧\s)(?<!wants\s⟦P\d⟧\s)(?<!wanted\s⟦P\d⟧\s)as\s+"
            rf"(?:the\s+|{C}(?:'s|’s)\s+)?)new\s+(?:{C}\s+)?"
            # (not the subject of an "as" clause: "as new head coach Ryan Mason looks to add a striker")
            r"(?:head\s+coach|manager|boss|coach|signing)(?!\s+⟦P)",
            # a headline's "Xabi Alonso, new Real Madrid coach until 2028"
            rf"(?<=⟧,\s)new\s+{C}\s+(?:head\s+coach|manager|boss|coach)(?!\s+⟦P)",
            # a completed fact: "moved to replace X by signing Y", "ended their pursuit after signing Y"
            r"(?:by|after)\s+signing",
            # a participle after the club's business: "have been busy in the market, bringing in X on loan"
            # (not ", signing X": it opens a wish as often, "a striker is the priority, signing X would ...")
            r"(?<=,\s)(?:bringing\s+in|snapping\s+up|recruiting)(?=\s+(?:[^\s⟦⟧,]+\s+){0,3}?⟦P)",
            # not "pursuit of a new signing", nor a preview's "new signing X could make his debut"
            rf"(?<!a\s)(?<!another\s)new\s+(?:{C}\s+|⟦N\d+⟧\s+)?signing(?!\s+{P}\s+(?:could|will|may|might|should|is\s+set\s+to|"
            r"is\s+expected\s+to|is\s+in\s+line\s+to)\s+(?:make|start|feature|be\s+handed|get|earn|line\s+up|come\s+in))"
            # (nor a match report's: "New signing Casemiro made his debut from the bench", "also started")
            rf"(?!\s+{P}\s+(?:also\s+)?(?:made|started|came\s+off|scored|impressed|featured|lined\s+up|played)\b)",
            # (not a page turned or a window shut: "the page has officially been turned", "officially over")
            # (nor a step still to come: "will officially join the Blues next summer")
            r"(?<!will\s)(?<!to\s)(?<!would\s)"
            r"officially(?!\s+(?:been\s+)?(?:turned|over|ended|closed|shut|begun|started|opened|underway|under\s+way|"
            r"begins|ends|closes|opens|open|retired)\b)",
            r"official:",
            r"is\s+official",
            # (not an end made official: "made official on Monday night the end of the Valverde era")
            r"made\s+official(?!\s+(?:[^\s⟦⟧.;,]+\s+){0,4}?the\s+(?:end|departure|exit|dismissal|sacking)\b)",
            r"now\s+official",
            rf"confirm(?:s|ed)?\s+(?:the\s+)?(?:{MONEY}\s+)?(?:(?:free|permanent|loan|season-long|record|club-record)\s+)?"
            r"(?:signing|arrival|appointment|capture|deal|transfer|loan)",
            # the newcomer of "despite replacing Russell Martin with former Roma coach Ivan Juric"
            r"(?:(?<=replacing\s⟦P\d⟧\s)|(?<=replacing\s⟦P\d\d⟧\s)|(?<=replaced\s⟦P\d⟧\s)|(?<=replaced\s⟦P\d\d⟧\s))"
            r"with(?=\s+(?:(?:former|ex)[\s-]+)?(?:[^\s⟦⟧]+\s+|⟦[CN]\d+⟧\s+){0,3}?⟦P\d+⟧)",
            # "returns to Barcelona from RB Leipzig"
            rf"return(?:s|ed)\s+to\s+(?:the\s+)?{C}(?=\s+(?:from\s+(?:the\s+)?{C}|on\s+(?:a\s+)?(?:free|permanent|loan)|"
            # "returns to Celtic on three-year deal", "returns to the Luz on a season-long loan"
            r"on\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:deal|contract|loan)\b|"
            r"in\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:deal|move|transfer)))",
            rf"confirm(?:s|ed)?\s+(?={P}\s+(?:as\b|on\s+an?\s))",
            # (not "the club will announce the signing once he returns": still to come)
            r"(?<!will\s)(?<!set\sto\s)(?<!expected\sto\s)(?<!plan\sto\s)(?<!plans\sto\s)"
            r"announce(?:s|d)?\s+(?:the\s+)?(?:signing|appointment|arrival)",
            rf"(?<!to\s)seal(?:s|ed)?\s+(?:an?\s+|his\s+|the\s+)?(?:{ANY}(?:'s|’s)?\s+)?(?:{WS})?(?:move|switch|transfer|return|deal|"
            r"signing|capture|arrival|loan)",
            r"returns?\s+as\s+(?:manager|head\s+coach|coach|boss)",
            # "returns to Sheffield United for third spell" (not "in talks about a return to Goodison for a
            # second spell": a return talked of)
            rf"(?<!a\s)returns?\s+to\s+(?:the\s+)?{C}\s+(?:for\s+(?:an?\s+|his\s+)?(?:second|third|fourth|fifth)\s+(?:spell|time|stint)"
            r"|as\s+(?:manager|head\s+coach|coach|boss))",
            # not "takes charge of his first match"
            r"(?:takes|took|taken)\s+(?:over|charge)(?!\s+of\s+(?:his|their|the|her)\s+(?:first|next|last|final|opening|"
            r"\d+\w*)\s+(?:match|game|training|session|fixture))",
            rf"sign(?:s|ed)\s+(?={ANY})",
            rf"(?<!to\s)(?<!to\sre-)(?<!and\s)(?<!will\s){_NOT_MODAL}sign\s+(?={ANY})",
            rf"(?<!sources\s)(?:has|have)\s+(?:been\s+)?(?:named{_NAMED_A_TARGET}|appointed|confirmed(?!\s+that\b){_NOT_AN_ARRIVAL})",
            rf"(?:confirm(?:s|ed)?|announc(?:e|es|ed))\s+{P}(?:'s|’s)?\s+(?:signing|arrival|appointment|capture)",
            # "have wrapped up / finalised the signing of X", "X has been presented at the Bernabeu"
            r"(?:wrapped\s+up|finali[sz]ed)\s+(?:the\s+)?(?:\S+\s+)?(?:signing|capture|transfer)\s+of",
            r"(?:has\s+been|have\s+been|was|were)\s+(?:officially\s+)?presented\s+(?:at|as|to\s+the\s+(?:media|press|fans))\b",
            # a club site's greeting: "Welcome to Arsenal, X"
            rf"(?<![\w⟧]\s)\bwelcome\s+to(?=\s+(?:the\s+)?{C}\s*,\s*{P})",
            # "X becomes Arsenal's fourth summer signing"
            rf"(?<=⟧\s)becomes\s+{C}(?:'s|’s)\s+(?:\S+\s+){{0,3}}?signing\b",
            r"put(?:s|ting)?\s+pen\s+to\s+paper(?!\s+on\s+(?:an?\s+)?new\b)",
            # "left Palace at the end of last season to take over at Leverkusen"
            rf"\bleft\s+{C}\s+(?:{WS}){{0,6}}?to\s+(?:join|take\s+over\s+at|take\s+charge\s+(?:at|of)|sign\s+for)",
            # "has also left the Emirates on loan to Hertha Berlin"
            rf"(?<!be\s)(?<!been\s)\bleft\s+{C}\s+on\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:loan|free(?:\s+transfer)?)\s+to"
            rf"(?=\s+(?:the\s+)?{C})",
            # "left at the end of his contract to join Roma", "had left on a free transfer to Leverkusen"
            rf"(?<!be\s)(?<!been\s)\bleft\s+(?:at|on)\s+(?:(?:[^\s⟦⟧]+|⟦P\d+⟧)\s+){{0,6}}?to\s+(?:join|sign\s+for)"
            rf"(?=\s+(?:the\s+)?{C})",
            # ("Sule and Tolisso departed on free transfers to Borussia Dortmund and Lyon")
            rf"(?<!be\s)(?<!been\s)\b(?:left|departed)\s+on\s+(?:a\s+)?(?:free(?:\s+transfers?)?|(?:season-long\s+)?loans?)\s+to"
            rf"(?=\s+(?:the\s+)?{C})",
            # "Al-Hilal paid Wolves 55 million euros for Ruben Neves" (the club paid sells)
            r"(?<=⟧\s)(?:have\s+|has\s+)?paid\s+(?:(?:the\s+)?⟦C\d+⟧\s+)?(?:around\s+|about\s+|an?\s+(?:initial\s+|reported\s+)?)?"
            r"(?:[£€$][\d.,]+\s*(?:m|bn|million)?|[\d.,]+\s*(?:m|million)\s+(?:euros|pounds|dollars))\s+"
            # (not a past window's: "paid Shakhtar £89m for Mudryk in 2023")
            r"(?:[^\s⟦⟧]+\s+){0,3}?for(?=\s+(?:[^\s⟦⟧]+\s+|⟦N\d+⟧\s+){0,3}?⟦P\d+⟧(?!\s+in\s+(?:19|20)\d\d))",
            # a window's spending: "have spent around £170m on Mason Mount, Andre Onana and Rasmus Hojlund"
            # (not a past window's: "spent £97m on Lukaku in 2021")
            r"(?:have|has|had)\s+(?:already\s+)?spent\s+(?:around\s+|about\s+|over\s+|more\s+than\s+|almost\s+|nearly\s+)?"
            r"[£€$][\d.,]+\s*(?:m|bn|million)?\s+(?:this\s+summer\s+)?on(?=\s+(?:[^\s⟦⟧]+\s+){0,2}?⟦P\d+⟧(?!\s+in\s+(?:19|20)\d\d))",
            # "has since strengthened his midfield with Edson Alvarez from Ajax"
            r"strengthened\s+(?:his|their|its|the)\s+(?:midfield|defence|defense|attack|squad|backline|forward\s+line|options)\s+"
            r"with(?=\s+(?:[^\s⟦⟧]+\s+){0,2}?⟦P)",
            # "coach Jorge Jesus welcomed Ruben Neves from Wolves"
            r"(?<!to\s)welcomed(?=\s+(?:[^\s⟦⟧]+\s+|⟦N\d+⟧\s+){0,2}?⟦P\d+⟧\s+from\s+(?:the\s+)?⟦C)",
            # "Bruno Guimaraes signed from Lyon"
            rf"{_AFTER_P}signed\s+from(?=\s+(?:the\s+)?{C})",
            # a window's moves told in passing: "with Fabinho sold to Al-Ittihad"
            rf"{_AFTER_P}(?:sold|loaned)\s+to(?=\s+(?:the\s+)?{C})",
            # "welcomed back Angel Di Maria"
            r"(?<!to\s)welcomed\s+back(?=\s+(?:[^\s⟦⟧]+\s+){0,3}?⟦P)",
            # "sign 19-year-old Brazilian winger X"
            rf"(?<!to\s)(?<!to\sre-)(?<!and\s)(?<!will\s){_NOT_MODAL}sign(?:s|ed)?(?!\s+(?:{WS}|⟦N\d+⟧\s+){{0,3}}?(?:new|contract|deal|extension)\b)"
            rf"(?=\s+(?:[\w-]+\s+|⟦N\d+⟧\s+){{1,3}}?{P})",
        ),
    ),
    # a player pitched to a club by his agents: a first contact, no club's bid ("Sterling has been offered
    # to Juventus and Napoli", "proposed to both clubs by his entourage")
    (
        "approach",
        (
            rf"(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:\S+\s+)?(?:offered|proposed|pitched)\s+to"
            rf"(?=\s+(?:both\s+)?(?:the\s+)?{C})",
        ),
    ),
    # --- bids
    (
        "bid",
        (
            # "have matched Leipzig's valuation of X": an offer at the seller's price
            # (not "meet": "unwilling to meet the valuation")
            rf"(?<!not\s)(?:have|has)\s+matched\s+(?:{C}(?:'s|’s)\s+|the\s+|their\s+)(?:\S+\s+)?(?:valuation|asking\s+price)",
            # not "bid to avoid relegation", "bid for the title": a campaign, not an offer
            r"(?<!treble\s)(?<!title\s)(?<!double\s)(?<!quadruple\s)(?<!promotion\s)(?<!survival\s)(?<!league\s)"
            r"(?<!league\sfinal\s)(?<!cup\sfinal\s)(?<!cup\s)(?<!trophy\s)(?<!play-off\s)"
            r"bids?\b(?!\s+(?:farewell|goodbye|adieu)|\s+(?:to\s+(?:avoid|stay\s+up|survive|win|reach|finish|qualify|secure\s+(?:promotion|survival|a\s+place|a\s+top)|"
            r"clinch|retain|lift|beat|end|climb|escape|lead|guide|steer|defend|make\s+history|return\s+to\s+(?:the\s+top|winning|form|europe)\b|"
            # ("Zidane's bid to get back into the title race", "the Rossoneri's bid for the Scudetto")
            r"(?:get|go|move)\s+(?:back\s+)?(?:into|to\s+the\s+top|top)\b)|for\s+(?:the\s+)?(?:scudetto|league|championship|"
            r"crown|title|survival|promotion|glory|"
            r"silverware|trophy|treble|double|top\s+(?:four|five|six|spot)|european|a\s+top|"
            # "bid for a first league win at the Emirates"
            r"an?\s+(?:\S+\s+){0,3}?(?:win|victory|title|trophy|place|point|clean\s+sheet)\b)))",
            # (not "yet to respond to the club's latest contract offer": a renewal)
            # (not "he still has plenty to offer")
            r"(?<!contract\s)(?<!renewal\s)(?<!extension\s)(?<!plenty\sto\s)(?<!lot\sto\s)(?<!much\sto\s)(?<!more\sto\s)"
            r"(?<!something\sto\s)(?<!little\sto\s)(?<!nothing\sto\s)offers?\b",
            # (not a man offered around: "has been offered to several sides", "offered to Juventus")
            r"offered(?!\s+to\s+(?:several|a\s+number\s+of|various|a\s+host\s+of|clubs|sides|teams|(?:the\s+)?⟦C))",
            r"proposals?\b",
            r"submit(?:s|ted)?",
            rf"table[sd]?\s+(?:an?\s+)?(?:{WS}){{0,3}}?(?:bid|offer|proposal)",
            rf"(?:will|to)\s+pay\s+(?:around\s+|about\s+|up\s+to\s+)?{MONEY}",
        ),
    ),
    # --- talks
    ("approach", (r"initial\s+(?:discussions|talks|contact)", r"preliminary\s+(?:talks|discussions)")),
    (
        "talks",
        (
            r"(?:advanced|ongoing|formal|concrete|positive|fresh|further|direct|detailed|serious)\s+(?:talks|negotiations|discussions)",
            # (not the buyer's own meetings: "have held internal discussions about X", an interest)
            # (not an obligation to come: "Levy will eventually have to negotiate")
            rf"{_OBLIGED_BEFORE}(?<!forced\sto\s)(?<!free\sto\s)(?<!allowed\sto\s)(?<!to\sbe\s)negotiat\w+",
            r"(?<!internal\s)talks",
            # a headline's verb: "Chelsea talk to Leicester over Maresca"
            rf"talk(?:ing)?\s+to(?=\s+(?:the\s+)?{C}\s+(?:over|about)\b)",
            r"in\s+discussions?",
            r"in\s+dialogue",
            r"discussing",
            # "Inter and Juventus discuss a Frattesi-Koopmeiners swap", "discuss a deal for X"
            rf"(?<!to\s)discuss(?:es|ed)?(?=\s+(?:an?\s+|the\s+)?(?:possible\s+|potential\s+)?(?:(?:{ANY}[\s-]+(?:and\s+)?){{1,2}}"
            r"(?:swap|deal|move|transfer|loan|exchange|switch)|(?:deal|move|transfer|swap|loan)\s+for)\b)",
            r"(?<!internal\s)discussions",
            r"haggl\w+",
            r"thrash\w+\s+out",
            # "held several meetings with Campos" (not one meeting, "met", an approach)
            r"(?:held|hold|holds|holding|had)\s+(?:several|a\s+number\s+of|a\s+series\s+of|two|three|further|more)\s+"
            r"meetings\s+with",
        ),
    ),
    # --- approach
    (
        "approach",
        (
            # "have put out feelers for X", "opened a line of communication with his representatives"
            r"(?:put\s+out|putting\s+out|puts\s+out|sent\s+out)\s+(?:\S+\s+)?feelers",
            r"(?:opened|open|opens|opening|established)\s+(?:a\s+|the\s+)?(?:line|channel)s?\s+of\s+communication",
            # a meeting with the man's side: "met Victor Osimhen's representatives", "meet the agent of X"
            rf"(?:met|meet(?:s|ing)?|(?:held\s+)?(?:a\s+)?meeting)\s+(?:with\s+)?(?:(?:the\s+)?{P}(?:'s|’s)\s+|his\s+|the\s+)"
            r"(?:representatives|agents?|entourage|camp|advisers|advisors|intermediaries)\b",
            r"approach(?:es|ed)?",
            r"enquir\w+",
            r"inquir\w+",
            r"contact(?:ed|s)?\b",
            r"made\s+contact",
            # "have been in touch with his representatives"
            r"(?:been|get|gets|got|getting|are|is|were|was|remain|remains)\s+in\s+(?:close\s+|regular\s+)?touch\s+with",
            # "a first exchange with Werner's advisers"
            rf"(?:first|initial)\s+(?:exchange|contact|meeting|conversation)s?\s+with(?=\s+(?:{P}(?:'s|’s)\s+)?"
            r"(?:his\s+|the\s+)?(?:advisers|advisors|agents?|representatives|entourage|camp|people|lawyers))",
            r"sound(?:ed|s)?\s+out",
            r"spoken\s+(?:by\s+(?:tele)?phone\s+|directly\s+|personally\s+)?(?:to|with)(?!\s+(?:every|each|all)\b)",
            r"spoke\s+(?:by\s+(?:tele)?phone\s+|directly\s+|personally\s+)?(?:to|with)(?!\s+(?:every|each|all)\b)",
            r"speak(?:s|ing)?\s+(?:to|with)",
            rf"register(?:s|ed)?\s+(?:an\s+|their\s+|{C}\s+)?interest",
            r"reached\s+out",
            r"reach(?:es|ing)?\s+out",
            r"open(?:s|ed)?\s+(?:a\s+)?dialogue",
            r"kept\s+informed",
            r"ask(?:s|ed)?\s+about",
            rf"ask(?:s|ing)?(?=\s+(?:the\s+)?{C}\s+(?:about|over)\b)",  # "Barcelona ask Wolves about X"
            # (not "asked for a tall striker": a kind of player wanted, no contact)
            # (nor "has asked the club's board to explore a deal": a request inside the buying club)
            r"asked(?!\s+to\b)(?!\s+for\b(?!\s+(?:information|details|permission|clarification|the\s+price)))"
            r"(?!\s+(?:(?:the|his|their|its)\s+)?(?:(?:⟦C\d+⟧(?:'s|’s)?|[^\s⟦]+)\s+){0,2}?(?:board|hierarchy|directors?|president|owners?|chairman|"
            r"recruitment\s+team|scouts|sporting\s+director)\b)",
            r"request(?:ed)?\s+information",
            # (not one given to the media: "made his wish public in a TV interview")
            r"(?<!tv\s)(?<!television\s)(?<!radio\s)(?<!press\s)(?<!newspaper\s)(?<!podcast\s)(?<!exclusive\s)"
            # ("Ronaldo's explosive interview with Piers Morgan": a man's own interview is one he gave)
            r"(?<!explosive\s)(?<!bombshell\s)(?<!tell-all\s)(?<!candid\s)(?<!wide-ranging\s)(?<!sit-down\s)"
            r"(?<!⟦P\d⟧'s\s)(?<!⟦P\d⟧’s\s)"
            r"interview(?:ed|s|ing)?(?!\s+(?:with|to)\s+(?:the\s+)?(?:[^\s⟦⟧]+\s+){0,2}?"
            r"(?:tv|television|radio|newspaper|podcast|channel|magazine|press|media|reporters|journalists)\b)",
            r"permission\s+to\s+(?:speak|talk|hold\s+talks)",
        ),
    ),
    # --- exit
    (
        "exit",
        (
            r"sack(?:s|ed|ing)?",
            # (not words waved away: "dismissed the criticism of his high defensive line")
            r"dismiss(?:ed|es|al|ing)?(?!\s+(?:the\s+|any\s+|all\s+)?(?:criticism|claims|suggestions?|questions|concerns|"
            r"idea|notion|comparisons?|reports|speculation|rumours|talk)\b)",
            # (not a shot: "fired low into the corner", "fired home")
            r"fired(?!\s+(?:low|high|home|in|into|wide|over|past|off|at|just|narrowly|through|a|an|his|the\s+ball)\b)",
            r"\baxe[ds]?\b",
            r"part(?:s|ed)?\s+(?:company|ways)",
            r"mutual\s+consent",
            r"relieved\s+of",
            r"step(?:s|ped)?\s+down",
            r"(?:shown|showed|shows|show)\s+the\s+door",
            r"resign(?:s|ed|ation)?",
            r"quit(?:s|ting)?",
            r"wants?\s+out",
            r"transfer\s+request",
            # (not "didn't want to go through the same thing again", "wanted to go back": no leaving)
            r"(?:want(?:s|ed)?|set|plans?|decided|decides|expected|poised|ready|allowed)\s+to\s+"
            r"(?:leave|go\b(?!\s+(?:through|back|ahead|home|into|beyond|all\s+the\s+way)\b))",
            # (not "Amorim's future not in doubt")
            r"future\s+(?:(?!not\b|no\s+longer\b|never\b)\S+\s+){0,4}?(?:is\s+|remains\s+|looks\s+|now\s+)?"
            r"(?:in\s+(?:serious\s+|real\s+|grave\s+)?doubt|uncertain|"
            r"up\s+in\s+the\s+air|unclear|"
            r"in\s+the\s+balance)",
            r"under\s+(?:\S+\s+)?(?:pressure|threat)",
            r"(?<=⟧\s)under\s+(?:heavy\s+|intense\s+|increasing\s+)?fire\b",  # "Schmidt under fire"
            r"(?:crisis|crunch|emergency)\s+(?:talks|meeting)",
            r"refus\w+\s+to\s+(?:guarantee|back|commit\s+to)",
            r"in\s+(?:serious\s+)?jeopardy",
            r"under\s+(?:\S+\s+)?scrutiny",
            r"on\s+thin\s+ice",
            r"(?<=⟧\s)(?:hangs|is\s+hanging)\s+by\s+a\s+thread",  # "Motta hangs by a thread"
            # "has been given two games to save his job", "Frank's time at Tottenham is up"
            r"(?:to\s+save\s+|fight(?:s|ing)?\s+(?:to\s+save\s+|for\s+))(?:his|her|⟦P\d+⟧(?:'s|’s)?)\s+job",
            rf"time\s+(?:at\s+(?:the\s+)?{C}\s+)?(?:is|looks|(?:looks|appears|seems)\s+to\s+be|could\s+be|may\s+be)\s+"
            r"(?:(?:all\s+but|nearly|almost)\s+)?(?:up|over|running\s+out)\b",
            rf"pressure\s+(?:on\s+(?:the\s+)?{ANY}\s+)?(?:is\s+|continues\s+to\s+|has\s+)?(?:mount\w*|grow\w*|build\w*|increas\w*|intensif\w*)",
            r"hot\s+seat",
            # "knows his position is far from secure"
            r"(?:position|job|place|future)\s+(?:is\s+|looks\s+|remains\s+)?(?:now\s+)?(?:far\s+from\s+secure|not\s+secure|"
            r"insecure|"
            r"under\s+threat|in\s+jeopardy|precarious|hanging\s+by\s+a\s+thread)",
            r"(?:can|could|free\s+to)\s+find\s+a\s+new\s+club",
            # "he has no intention of staying at Juventus"
            r"no\s+intention\s+of\s+(?:staying|remaining|extending|renewing|signing\s+a\s+new)\b",
            # "told he has no future at Leeds"
            r"(?:has|have|had|with)\s+no\s+(?:long-term\s+)?future\s+(?:under|at)\b",
            # "asked to go out on loan", "has asked for a transfer"
            r"ask(?:s|ed)?\s+(?:to\s+(?:leave|go\s+out|be\s+(?:released|sold|loaned))|for\s+(?:a\s+|his\s+)?(?:transfer|move|loan|release))",
            r"(?:his|her)\s+time\s+(?:is|was)\s+up",
            r"relieved\s+of\s+(?:his|her)\s+duties",
            rf"relieved\s+(?:him|her|{P})\s+of\s+(?:his|her)\s+duties",
            # "Stefano Pioli is no longer the Fiorentina coach"
            rf"(?:is|are|was)\s+no\s+longer\s+(?:the\s+)?(?:{C}(?:'s|’s)?\s+)?(?:head\s+coach|coach|manager|boss|captain)",
            r"future\s+(?:\S+\s+){0,2}?in\s+the\s+balance",
            r"\bmove\s+on\b(?!\s+(?:to|from)\b)",  # "the door for X to move on"
            r"(?:could|will|would|may|might|set\s+to|likely\s+to|to)\s+(?:also\s+|now\s+|still\s+)?be\s+sold",
            r"(?:position|future|job)\s+(?:remains\s+|is\s+|looks\s+|now\s+|also\s+|increasingly\s+)*(?:uncertain|"
            r"in\s+(?:serious\s+|real\s+|grave\s+)?doubt|under\s+threat|in\s+jeopardy|precarious|hangs\s+in\s+the\s+balance|"
            r"untenable|unresolved|unclear)",
            # "leaving the Nigeria striker facing an uncertain future"
            r"fac(?:es|ing|ed)\s+an?\s+(?:uncertain|unclear|precarious)\s+future",
            # a coach's bond with his club gone: "the Italian's relationship with the Stamford Bridge
            # hierarchy had broken down" (his leaving, not a move called off)
            r"relationship\s+with\s+(?:the\s+)?(?:⟦C\d+⟧\s+)?(?:club(?:'s)?\s+)?(?:hierarchy|board|owners?|president|"
            r"chairman|directors?|bosses|⟦C\d+⟧)\s+(?:has\s+|had\s+)?(?:completely\s+|irretrievably\s+)?"
            r"(?:broken\s+down|broke\s+down|soured|deteriorated|collapsed)",
            # "the decision casts serious doubt over his future at San Siro"
            r"(?:casts?|casting|throws?|threw|throwing|raises?|raised|raising)\s+(?:\S+\s+){0,2}?doubts?\s+(?:over|on|about)\s+"
            r"(?:his|her|⟦P\d+⟧(?:'s|’s)?)\s+future",
            # "less clear is the future of Luka Modric", "his arrival closes the book on X's 12 years"
            r"(?:less\s+clear|unclear|uncertain)\s+is\s+the\s+future\s+of",
            # "is training separately while his future is resolved"
            r"train(?:s|ing|ed)?\s+(?:separately|alone|on\s+his\s+own|"
            r"away\s+from\s+the\s+(?:first[- ]team|squad|group|rest))",
            r"clos(?:e|es|ed|ing)\s+the\s+(?:book|door|chapter)\s+on(?!\s+(?:the\s+|a\s+)?(?:⟦C|move|switch|transfer|return))",
            # a headline list: "Onana in, De Gea out"
            rf"{_AFTER_P}out{_LIST_ITEM_END}",
            # ("Alonso gone, Wirtz and Frimpong on their way")
            rf"{_AFTER_P}(?:gone|on\s+(?:his|their|⟦C\d+⟧)\s+way(?:\s+out)?){_LIST_ITEM_END}",
            # "Chiesa and Szczesny out of the project"
            rf"{_AFTER_P}out\s+of\s+(?:the\s+)?(?:project|(?:{C}(?:'s|’s)\s+)?plans)\b",
            r"(?:will|would)\s+not\s+be\s+(?:renewed|extended|offered\s+a\s+new\s+(?:contract|deal))",
            # "as Ancelotti bows out" (not "bows out of the race": a suitor's move ending)
            rf"{_AFTER_P}bow(?:s|ed)?\s+out(?!\s+of\s+(?:the\s+)?(?:race|running|chase|bidding|pursuit))",
            # "said this will be his last campaign at Anfield"
            rf"{FINAL_TO_COME}\s+(?:last|final)\s+(?:season|campaign|year|game|match)"
            r"(?=\s+(?:at|with|in\s+charge\s+(?:at|of))\b)",
            # "the club had decided not to offer him a new contract"
            rf"(?:decid\w+|cho(?:se|ose|oses)|opt\w*|plan\w*)\s+not\s+to\s+(?:offer|hand|give)\s+(?:him\s+|{P}\s+)?"
            r"(?:an?\s+)?(?:new\s+(?:contract|deal)|(?:contract\s+)?extension|renewal)",
            # "will not continue beyond the summer", "won't continue as head coach", "will not stay at Barca"
            r"(?:(?:will|would)\s+not|won't)\s+(?:continue|(?:be\s+)?stay(?:ing)?(?:\s+on)?\b|remain\s+(?:at|with)\b)|"
            r"(?:is|are)\s+not\s+going\s+to\s+continue|"
            r"not\s+(?:be\s+)?staying\s+on",
            r"(?:agree\w*\s+to\s+)?part(?:s|ed|ing)?\s+(?:ways|company)",
            r"(?:terminated|cancelled|ended)\s+by\s+mutual\s+consent",
            r"(?:contract|deal)\s+(?:has\s+been\s+|was\s+)?(?:terminated|cancelled|ripped\s+up)",
            # "the club agreed to terminate the striker's contract"; "X's Arsenal career is over"
            rf"(?:agree\w*\s+to\s+)?terminat(?:e|es|ed|ing)\s+(?:{P}(?:'s|’s)?\s+|his\s+|her\s+|the\s+)(?:\S+\s+)?contract",
            r"(?<=⟧\s)career\s+(?:is|was)\s+(?:over|finished|at\s+an\s+end)",
            r"uncertainty\s+(?:over|about|surrounding)\s+(?:⟦P\d+⟧(?:'s|’s)\s+|his\s+)?future",
            # the selling club's side: "the club are open to offers", "transfer-listed"
            r"open\s+to\s+(?:offers|bids|selling|a\s+sale|cashing\s+in)",
            # "Bayern would listen to offers" (not "refused even to listen to offers")
            r"(?<!refuse\sto\s)(?<!refuses\sto\s)(?<!refused\sto\s)(?<!even\sto\s)(?<!unwilling\sto\s)"
            r"(?<!not\sprepared\sto\s)(?<!not\sready\sto\s)(?<!not\swilling\sto\s)(?<!not\sgoing\sto\s)"
            r"(?<!not\s)(?<!never\s)(?<!won't\s)(?<!only\s)listen\s+to\s+(?:offers|bids|proposals)",
            r"(?:put\s+)?up\s+for\s+sale",
            r"transfer-listed",
            r"on\s+the\s+transfer\s+list\b",
            r"made\s+available\s+for\s+transfer",
            r"on\s+the\s+brink",
            r"replacements?\s+lined\s+up",
            rf"(?:will|to|would)\s+leave{_TABLE_POSITION}{_PERSON_LEFT_SHORT}",
            # not "out of work since leaving Napoli" (the past), "leaving X to carry the load" (someone else)
            # (nor a team travelling: "before the squad leaves for its training camp in Austria")
            # (not "criticised for leaving out a holding midfielder": a man dropped)
            rf"(?<!since\s)(?<!after\s)(?<!squad\s)(?<!team\s)leav(?:e|es|ing)(?!\s+out\b){_LEFT_BEHIND}"
            r"(?!\s+for\s+(?:its|their|the|a)\s+(?:pre-season\s+|summer\s+|winter\s+)?(?:training|tour|camp)\b)",
            # not "left the forward out of his squad", "on the left"
            # (nor "injuries had left his squad light": a state, no leaving)
            # (nor a direction: "he drifts left to overload Udogie's side", "left and right")
            # (nor a man left in a state: "it has left Nuno Espirito Santo's job hanging by a thread")
            # (not "every player he left out": men dropped)
            r"(?<!the\s)(?<!it\shas\s)\bleft\b(?!-)(?!\s+(?:\S+\s+){0,3}?out\s+of\b)(?!\s+out\b)"
            # (nor a place he walked out of: "admitting he left the team hotel during the quarantine")
            r"(?!\s+(?:the|his|their)\s+(?:team\s+)?(?:hotel|hospital|pitch|field|training\s+(?:ground|camp|session)|"
            r"dressing\s+room|bench|room|car|bus|plane)\b)"
            # (nor "has never left Barcelona's thoughts": a wish that lasts)
            r"(?!\s+(?:⟦C\d+⟧(?:'s|’s)\s+|(?:his|their|its)\s+)(?:thoughts|minds?|radar|plans|agenda|shortlist|wishlist)\b)"
            r"(?!\s+(?:to\s+(?:overload|cut|receive|create|combine|support|switch|find\s+space)|and\s+right|or\s+right)\b)"
            rf"(?!\s+(?:his|their|its|the)\s+(?:squad|side|team|attack|defence|midfield|options)\s+{_SHORT_OF_PLAYERS}\b)"
            # (nor a place in the table: "a defeat by Villarreal left Barcelona 10 points behind")
            + _TABLE_POSITION,
            # "whose coach Xabi Alonso has announced his departure" (his departure, named before "his")
            r"(?:announc(?:ed|es|e|ing)|confirm(?:ed|s|ing)?)\s+(?:his|her|⟦P\d+⟧)\s+(?:departure|exit|resignation)\b",
            # (not "before the squad's departure for the United States": a tour)
            r"(?<!squad's\s)(?<!team's\s)(?<!side's\s)(?<!players'\s)(?<!flight's\s)depart(?:s|ed|ure|ing)?"
            r"(?!\s+for\s+(?:the\s+)?(?:⟦N|pre-season|their\s+(?:tour|training)|a\s+(?:tour|training)))"
            # (not others leaving, unnamed: "replacing two departing defenders", "the departing players")
            r"(?!(?<=departing)\s+(?:[\w-]+\s+)?(?:defenders|players|stars|midfielders|forwards|strikers|wingers|"
            r"goalkeepers|veterans|loanees|men)\b)" + _LEAVING_CONFIRMED,
            # "X's departure was made official": the leaving confirmed, not a signing
            # (not a team knocked out: "Sunday's FA Cup exit against Manchester United", "a group-stage exit")
            r"(?<!cup\s)(?<!league\s)(?<!round\s)(?<!stage\s)(?<!final\s)(?<!finals\s)(?<!tournament\s)"
            r"(?<!euros\s)(?<!early\s)(?<!play-off\s)\bexit(?:s|ed)?\b" + _LEAVING_CONFIRMED,
            # "Sadio Mane swapped Bayern Munich for Al-Nassr": a leaving, and a move to the club after "for"
            r"(?<=⟧\s)(?:ha(?:s|ve|d)\s+)?swap(?:ped|s)(?=\s+(?:the\s+)?⟦C\d+⟧\s+for\s+(?:the\s+)?⟦C)",
            # ("said farewell to the BayArena": the club he leaves, no "to" of a move)
            r"(?:(?:say|says|said|saying|bid|bids|bade|bidding)\s+(?:an?\s+)?(?:[^\s⟦⟧]+\s+)?)?farewell(?:\s+to(?=\s+(?:the\s+)?⟦C))?",
            # "Thomas Muller played his last game for Bayern", "... his final game for the club"
            r"(?:played|plays|will\s+play|is\s+set\s+to\s+play)\s+(?:his|her)\s+(?:last|final)\s+(?:game|match)(?=\s+for\b)",
            # "Thomas Muller has said goodbye to the Allianz Arena"
            r"(?:say|says|said|saying)\s+goodbye\s+to(?=\s+(?:the\s+)?⟦C)",
            # "will not count on him", "no place for him at the Metropolitano",
            # "his loan expired", "find him a new club"
            r"(?:will|would|does|do)\s+not\s+count\s+on",
            rf"no\s+(?:place|room|future)\s+for(?=\s+(?:him|her|{P}))",
            r"loan\s+(?:spell\s+)?(?:ends|ended|expired|expires|is\s+over|comes\s+to\s+an\s+end|came\s+to\s+an\s+end)",
            rf"find\s+(?:him|her|{P})\s+a\s+new\s+club",
            # (not "the promotional video released by the club")
            r"(?<!video\s)(?<!statement\s)(?<!footage\s)(?<!images\s)(?<!photos\s)(?<!pictures\s)(?<!figures\s)"
            r"(?<!accounts\s)(?<!documentary\s)(?<!film\s)(?<!book\s)(?<!trailer\s)(?<!kit\s)(?<!shirt\s)"
            r"(?<!song\s)(?<!album\s)(?<!details\s)(?<!list\s)released",
            r"position\s+under\s+review",
            rf"no\s+longer\s+(?:a\s+)?(?:starter|first-choice|{NOT_IN_PLANS})",
            # "a result that cost Quique Setien his job"
            r"cost\s+(?:⟦P\d+⟧|him|her)\s+(?:his|her|⟦P\d+⟧)\s+(?:job|post|position)\b",
        ),
    ),
    # --- attempts and interest
    (
        "attempt",
        (
            r"(?:tried|attempted|sought|failed|hoped)\s+to\s+(?:lure|sign|tempt|prise|pry|bring|persuade|convince|land)",
        ),
    ),
    (
        "interest",
        (
            r"link(?:s|ed|ing)?\b(?!\s+up\b)(?<!\sand\slinks)",  # (not "links up with his former team-mates")
            # "had pushed hard for Mastantuono" (not "pushes for an exit": his own wish)
            rf"push(?:es|ed|ing)?\s+(?:hard\s+|strongly\s+)?for(?!\s+(?:an?\s+|his\s+)?(?:exit|departure|move|transfer|"
            rf"return|release|loan|sale)\b)(?=\s+(?:{C}(?:'s|’s)?\s+)?(?:{WS}){{0,2}}?(?:{P}|him\b))",
            # "Everton like Ipswich striker X", "are looking at X"
            # (not "looks like the head coach's last chance", "just like X")
            rf"(?<!looks\s)(?<!look\s)(?<!looked\s)(?<!just\s)(?<!much\s)\blikes?(?=\s+(?:{C}(?:'s|’s)?\s+)?(?:{WS}){{0,2}}?{P})",
            rf"(?:are|is|were|was|been|be)\s+looking\s+at(?=\s+(?:{C}(?:'s|’s)?\s+)?(?:{WS}){{0,2}}?{P})",
            # "They will also revisit Wolves striker Jorgen Strand Larsen"
            rf"revisit(?:s|ed|ing)?(?=\s+(?:(?:their|its)\s+interest\s+in\s+)?(?:{C}(?:'s|’s)?\s+)?(?:{WS}){{0,2}}?{P})",
            r"target(?:s|ed|ing)?\b",
            r"\beye(?:s|ing|d)?\b",
            # (not a search: "is keen to have a new man in place before pre-season")
            r"keen\b(?!\s+to\s+(?:have|get|find|appoint|name)\s+(?:a\s+)?(?:new|permanent|replacement)\s+(?:man|manager|"
            r"coach|head\s+coach|boss)\b)",
            r"admir\w+",
            # "remain determined to bring him to the Bernabeu"
            rf"determined\s+to\s+(?:sign|bring|land|lure|secure)(?=\s+(?:{C}(?:'s|’s)?\s+)?(?:{WS}){{0,2}}?{P})",
            r"monitor\w*",
            r"scout\w*",
            r"watch(?:ed|ing)",
            r"shortlist\w*",
            # (not a judgement: "a midfield that Luis Enrique considers the best in France"; nor a selection:
            # "will not be considered for Wednesday's Premier League game")
            r"consider\w*(?!\s+(?:the\s+best|one\s+of\s+the|(?:him|her|them|it)self\b|themselves\b))"
            r"(?!\s+for\s+(?:selection|\S+\s+(?:[\w-]+\s+){0,3}?(?:game|match|fixture|tie|clash|squad)\b))",
            r"plot\w*",
            r"want(?:s|ed)?\b",
            r"track\w*",
            r"interest(?:ed)?\b",
            r"radar",
            r"in\s+the\s+frame",
            # clubs in contention for a man, not a man in contention for a match: "Real Madrid and City remain
            # in contention for the 19-year-old"
            rf"{_AFTER_C}(?:remain|are|were)\s+(?:still\s+)?in\s+contention\s+for(?=\s+(?:the\s+)?(?:[^\s⟦⟧]+\s+){{0,3}}?⟦P)",
            r"candidates?\b",
            r"swoop\w*",
            r"move\s+for",
            # "Juventus had also explored a loan for the winger"
            r"explor(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?:possible\s+|potential\s+)?(?:loan|move|deal|transfer)\s+for",
            # "Tottenham have explored options including Gladbach's X", "Juventus would also welcome him back"
            r"explor(?:e|es|ed|ing)\s+(?:options|alternatives)\s+(?:including|such\s+as)(?=\s+(?:[^\s⟦⟧]+\s+|⟦C\d+⟧\s+){0,3}?⟦P)",
            r"(?<=⟧\s)(?:would|will)\s+(?:also\s+|happily\s+|gladly\s+)?welcome(?=\s+(?:him|⟦P\d+⟧)\s+(?:back\b|to\b|at\b))",
            rf"ready\s+to\s+(?:{WS}){{0,2}}?(?:move|swoop|bid|make|pounce|test)",
            r"lure",
            r"tempt\w*",
            # (not "whose Bologna side are chasing a Champions League place")
            # (nor "a City side chasing the first leg of a treble")
            rf"chas(?:e|es|ing)\b{_NO_SPORTING_GOAL}",
            # (not "continue their pursuit of a top-four finish")
            rf"pursu\w+{_OF_NO_SPORTING_GOAL}",
            r"race\s+for",
            r"on\s+(?:red\s+)?alert",
            r"evaluat(?:e|es|ed|ing)",
            # "with Como's Cesc Fàbregas top of their list" (a club's list, not "top of the list")
            rf"(?:top|head)\s+of\s+(?:their\s+|its\s+|{C}(?:'s|’s)?\s+)(?:{WS})?(?:list|shortlist|wishlist|agenda)",
            # "Matías Almeyda heads the list", "X is heading their shortlist"
            rf"{_AFTER_P}(?:now\s+)?(?:heads|is\s+heading|tops|is\s+topping)\s+(?:the|their|its|his|{C}(?:'s|’s)?)\s+"
            r"(?:[^\s⟦⟧]+\s+)?(?:list|shortlist|wishlist)",
            # "have turned their attention to X", "are now focusing on Sporting striker X"
            r"(?:turn|switch|shift)(?:s|ed|ing)?\s+(?:their|its|⟦C\d+⟧)\s+(?:attention|focus|sights)\s+to",
            # a club's official: "Fabio Paratici has instead turned his attention to Gennaro Gattuso"
            r"(?:turn|switch|shift)(?:s|ed|ing)?\s+(?:his|her)\s+(?:attention|focus|sights)\s+to(?=\s+⟦P)",
            rf"focus(?:es|ed|ing|sed|sing)?\s+on(?=\s+(?:signing\s+)?(?:{C}(?:'s|’s)?\s+)?(?:{WS}){{0,2}}?{P})",
            # "with Carlo Ancelotti's side concentrating their efforts on Kylian Mbappe"
            rf"(?:concentrat|focus)\w*\s+(?:their|its|his|⟦C\d+⟧|all\s+(?:their|its))\s+(?:efforts|energy|energies|resources|attention)\s+on"
            rf"(?=\s+(?:signing\s+)?(?:{C}(?:'s|’s)?\s+)?(?:{WS}){{0,2}}?{P})",
            # "among the names being looked at", "X's name has also been mentioned"
            r"(?:names?|options?)\s+(?:being\s+)?(?:looked\s+at|considered|discussed|under\s+consideration)",
            # "Viktor Gyokeres is the other name", "the second
            # name is Dani Olmo"
            rf"{_AFTER_P}(?:is|remains)\s+(?:now\s+|still\s+)?the\s+(?:other|next|second|third|leading|main|top|preferred)\s+name",
            rf"the\s+(?:other|next|second|third|leading|main|top|preferred)\s+name\s+(?:on\s+(?:the|their|its)\s+list\s+)?is(?=\s+{P})",
            r"name\s+has\s+(?:also\s+)?been\s+(?:mentioned|discussed|put\s+forward|floated)",
            r"run\s+the\s+rule\s+over",
            # "have not given up hope of bringing him to the Allianz Arena": interest still on
            r"(?:not|never)\s+(?:yet\s+)?given\s+up\s+(?:hope|on)",
            # translated press: "the Rossoneri are thinking about X", "Napoli think of X"
            # (not "not thinking about his position": his own job)
            rf"(?:think(?:s|ing)?|thought)\s+(?:about|of)(?=\s+(?:signing\s+)?{P}(?!(?:'s|’s)?\s+(?:position|future|job)\b))",
            rf"rival(?:s|ling)?\s+{C}\s+(?:and\s+{C}\s+)?(?:for|in\s+the\s+race)",
            r"battle\s+for",
            # not "still waiting for their first Bundesliga win"
            rf"waiting(?!\s+for\s+(?:{C}\s+|their\s+|its\s+|a\s+|the\s+)?(?:(?:first|next|maiden)\s+)?(?:[^\s⟦⟧]+\s+)?(?:win|victory|point|goal|clean\s+sheet|result|title|trophy|"
            # (an injury's news: "still waiting for a clearer picture from the medical team")
            r"picture|update|scan|diagnosis|prognosis)s?\b)",
            r"(?<!centre\s)(?<!center\s)(?<!the\s)circl(?:e|es|ed|ing)\b",
            r"(?:been\s+)?discussed\s+internally",
            r"internal\s+(?:talks|discussions|meetings)",
            # "Also in the notebook is Atalanta's Teun Koopmeiners", "alerted to X's availability"
            r"in\s+(?:the|their|his|its)\s+(?:[a-z-]+\s+)?notebooks?\b",
            rf"alerted\s+to\s+(?:{P}(?:'s|’s)\s+|the\s+|his\s+)?availability",
            # "are also on sporting director Giovanni Manna's list"
            r"on\s+(?:[a-z-]+\s+){1,4}?[a-z-]+(?:'s|’s)\s+(?:summer\s+|january\s+|transfer\s+|winter\s+)?"
            r"(?:list|shortlist|radar|wishlist)\b",
            # ("had also looked at former Barcelona coach Xavi and Brentford's Thomas Frank")
            rf"(?:had|have|has)\s+(?:also\s+|previously\s+)?looked\s+at(?=\s+(?:(?:former\s+)?{C}(?:'s|’s)?\s+"
            rf"(?:[a-z-]+\s+){{0,2}}?)?{P})",
            r"under\s+(?:close\s+|constant\s+)?(?:observation|scrutiny\s+from\s+scouts)",
            r"(?:picks?|picked)\s+(?:his|their|its|a|the)\s+(?:[\w-]+\s+)?(?:man|target)\b",
            r"(?:names?|candidates?|options?|profiles?)\s+(?:being\s+)?(?:studied|evaluated|assessed|analysed|considered)",
            r"(?:names?|candidates?|options?|profiles?)\s+under\s+(?:consideration|evaluation|review|study)",
            # "Sevilla and Betis follow Racing's Andrés Martín" (a club following; not "he would follow X")
            # ("have been following both De Ligt and his team-mate Frenkie de Jong", "following him")
            rf"(?:have|has|had)\s+been\s+following(?=\s+(?:both\s+)?(?:him\b|(?:{C}(?:'s|’s)\s+)?{P}))",
            rf"{_AFTER_C}follow(?:s|ed)?(?=\s+(?:{C}(?:'s|’s)\s+|[a-z-]+(?:'s|’s)\s+)?{P})",
            r"lurking",
            # rivals for a player: "face competition from Arsenal", "competition for his signature" (not the
            # tournament: "the competition's history", "a new competition")
            r"competition(?=\s+(?:from|for)\b)(?!\s+for\s+the\s+\w+\s+time\b)",  # (not "for the second time")
            r"favourites?",
            r"frontrunners?",
            r"in\s+pole\s+position",
            # "Deco is studying whether a loan could work"
            r"stud(?:y|ies|ying|ied)\s+(?:whether|the\s+possibility|an?\s+(?:move|loan|deal|offer|bid|approach))",
            r"(?:lead|leads|leading|led)\s+the\s+(?:race|chase|queue|pack)",
            r"front-runners?",
            r"in\s+the\s+running",
            r"hijack\w*|gazump\w*",
            r"dream\s+(?:move|switch|of)",
            # (the interest only "potential": "a potential replacement for X" leaves "replacement for" to say
            # whom he would replace)
            r"potential\s+(?:target|signing|manager)|potential(?=\s+(?:replacement|successor)\b)",
            # an appointment only weighed: "his potential appointment was met with a furious response"
            r"(?:potential|possible|prospective|mooted)\s+appointment",
            # "have been mentioned as possible successors", "touted as a likely replacement", "has also been
            # mentioned as an option", "Barcelona had also been mentioned as a possible destination"
            r"(?:mentioned|touted|tipped|floated|suggested)\s+as\s+(?:an?\s+)?(?:(?:possible|potential|likely)\s+)?"
            r"(?:successors?|replacements?|candidates?|options?|destinations?)\b",
            # "Liverpool's preferred left-back option", "their top striker target"
            r"(?:first|top|preferred|number\s+one|no\.?\s?1)(?:-|\s+)(?:[\w-]+\s+)?(?:choice|target|candidate|option)",
            # "Kylian Mbappe ... remains the great objective"
            r"(?:is|remains|was)\s+(?:the|their|its|a|⟦C\d+⟧(?:'s|’s))\s+(?:great|main|big|biggest|top|primary|principal|priority|number\s+one)\s+"
            r"(?:transfer\s+)?objective\b",
            # "are prepared to make X, 20, the most expensive signing in the club's history"
            r"(?:prepared|ready|willing|planning|plan|plans|want|wants|poised)\s+to\s+make\s+(?:[^.;⟦⟧\s]+\s+|⟦C\d+⟧\s+){0,4}?⟦P\d+⟧"
            r"(?:,\s+\d\d,)?\s+(?:the|their|its)\s+(?:[\w'’-]+\s+){0,4}?(?:signing|purchase|acquisition|buy)\b",
            # "is a priority for Barcelona", "remains the top priority for United"
            rf"(?:is|are|remains|remain|was|were)\s+(?:a|the|their|an?\s+(?:early|key|major|clear)|the\s+(?:top|main|clear))\s+"
            rf"priority\s+(?:for|of)(?=\s+(?:the\s+)?{C})",
            # "Alonso is the dream solution for the sporting director"
            r"(?:dream|ideal|perfect)\s+(?:solution|candidate|choice|successor|replacement|appointment)\b",
            # "has put Koopmeiners at the top of his list"
            rf"(?:put|puts|putting|placed|places)\s+(?:{P}|him|her)\s+(?:at\s+the\s+)?top\s+of\s+(?:the|his|their|its|{C}(?:'s|’s)?)\s+"
            r"(?:[\w-]+\s+)?(?:list|shortlist|wishlist|agenda)",
            r"earmark\w*",
            r"identif\w+",
            r"(?:could|might|can|may)\s+(?:move|join|sign)\b",
            r"loan\s+move",
            # (not "has chosen a move to Everton": the choice governs it)
            r"(?<!chosen\sa\s)(?<!chose\sa\s)(?<!choosing\sa\s)(?<!opted\sfor\sa\s)(?<!picked\sa\s)move\s+to",
            r"switch\s+to",
            # (not a new post at the same club: "will then move into a consultancy role")
            r"\bmove\b(?!\s+(?:in)?to\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:role|position|post|job)\b)",
            r"\bswitch\b",
            r"transfer\s+to",
            r"courted",
            # "Liverpool are also courting him"
            r"court(?:s|ing)(?=\s+(?:him|her|them|⟦P))",
            r"return\s+for",
            r"bring(?:ing)?\s+back",
            # (not "before the Bavarians turned to Turf Moor": its coach, not a move to it)
            # (but "turned to Ajax winger Antony": the club describes the man)
            rf"turned\s+to(?!\s+(?:the\s+)?{C}(?!(?:'s|’s)\s|\s+{WS}{{1,2}}?{P}))",
            # "Plymouth turn to Cercle Brugge's X"
            rf"(?<=⟧\s)turn\s+to(?=\s+(?:{C}(?:'s|’s)?\s+)?(?:\S+\s+){{0,2}}?{P})",
            r"(?:could|may|might|will|would|set\s+to|ready\s+to|poised\s+to|likely\s+to|expected\s+to)\s+"
            r"(?:now\s+|instead\s+|also\s+)?turn\s+to",
            # "Liverpool now turn to Southampton's Romeo Lavia"
            rf"(?<=⟧\s)(?:now|instead)\s+turn\s+to(?=\s+(?:{C}(?:'s|’s)?\s+)?(?:\S+\s+){{0,2}}?{P})",
            r"contenders?\s+(?:for|to\s+sign)",
            # "step up their pursuit", not "stepped up his work with the ball"
            r"step(?:s|ped)?\s+up(?=\s+(?:their|its|his|the)\s+(?:pursuit|interest|chase|efforts|bid|attempts?|search|hunt)\b)",
        ),
    ),
)
LEXICON: Final[tuple[tuple[str, str], ...]] = tuple((kind, "|".join(alts)) for kind, alts in _TABLE)

_KINDS: Final[tuple[str, ...]] = tuple(kind for kind, _pat in LEXICON)


def _first_chars(seq: Any) -> tuple[frozenset[str] | None, bool]:
    """The characters a parsed pattern can start with (``None``: could be any) and whether it can
    match the empty string; zero-width assertions are skipped, so the set is never too small."""
    out: set[str] = set()
    for op, av in seq:
        if op is _c.LITERAL:
            out.add(chr(av))
            return frozenset(out), False
        if op is _c.IN:
            for item_op, item_av in av:
                if item_op is _c.LITERAL:
                    out.add(chr(item_av))
                elif item_op is _c.RANGE and item_av[1] - item_av[0] <= 512:
                    out.update(chr(code) for code in range(item_av[0], item_av[1] + 1))
                else:  # a category or a negated set: any character
                    return None, False
            return frozenset(out), False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            subs, least = [av[3]], 1
        elif op is _c.BRANCH:
            subs, least = list(av[1]), 1
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            subs, least = [av[2]], av[0]
        elif op is _c.ATOMIC_GROUP:
            subs, least = [av], 1
        else:
            return None, False
        nullable = least == 0
        for sub in subs:
            chars, empty = _first_chars(sub)
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with, or ``None`` when that could be any
    (or the empty string): a safe prefilter, since the set is never too small."""
    parsed = _sre_parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    chars, nullable = _first_chars(parsed)
    return None if nullable else chars


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled to be tried only where a match can start: the same
    matches, but a pattern that opens with many alternatives fails at once elsewhere."""
    starts = None if flags & re.IGNORECASE else first_chars(pattern)
    try:
        return _compile_fast(pattern, flags, starts)
    except (AttributeError, TypeError, ValueError):  # (another Python's compiler: the lookahead)
        if starts:
            pattern = f"(?=[{''.join(sorted(re.escape(c) for c in starts))}])(?:{pattern})"
        return re.compile(pattern, flags)


def _compile_fast(pattern: str, flags: int, starts: frozenset[str] | None) -> re.Pattern[str]:
    """``re.compile`` of ``pattern`` with its lookbehinds moved after the character that follows
    them (``_behind_last``) and ``starts`` as the search's character set (the set ``re`` itself
    derives only from a pattern's first item): ``search`` and ``finditer`` skip every other position
    in C, and an alternation skips at once each alternative that opens on another character. (A
    lookahead on ``starts`` gives the same matches but enters the matcher at each position, and hides
    a literal prefix such as "⟦P" that ``re`` searches for faster still: such a prefix is kept.)"""
    parsed = _sre_parser.parse(pattern, flags)
    flags |= parsed.state.flags
    tree = _behind_last(parsed)
    lo, hi = tree.getwidth()
    if lo == 0 or not starts or _sre_compiler._get_literal_prefix(tree, flags)[0]:
        code = _sre_compiler._code(tree, flags)
    else:
        charset, _cased = _sre_compiler._optimize_charset([(_c.LITERAL, ord(c)) for c in sorted(starts)])
        code = [
            _c.INFO,
            0,
            _c.SRE_INFO_CHARSET,
            min(lo, _sre_compiler.MAXCODE),
            min(hi, _sre_compiler.MAXCODE),
        ]
        _sre_compiler._compile_charset(charset, flags, code)
        code[1] = len(code) - 1
        _sre_compiler._compile(code, tree.data, flags)
        code.append(_c.SUCCESS)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    )
    return compiled


def _looks_behind(op: Any, av: Any) -> bool:
    """Whether a parsed item is zero-width and looks only at what precedes its position: a lookbehind,
    a word boundary, or alternatives of such."""
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return bool(av[0] < 0)
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY)
    if op is _c.BRANCH:
        return all(alt.data and all(_looks_behind(o, a) for o, a in alt.data) for alt in av[1])
    return False


def _one_later(state: Any, op: Any, av: Any, char: tuple[Any, Any]) -> tuple[Any, Any]:
    """A lookbehind item (``_looks_behind``) taken one character later, with that character (a
    literal or a set) at its end: it holds after the character iff the original held before it."""
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return op, (av[0], _sre_parser.SubPattern(state, [*av[1].data, char]))
    if op is _c.AT:
        return _c.ASSERT, (-1, _sre_parser.SubPattern(state, [(op, av), char]))
    alts = [
        _sre_parser.SubPattern(state, [_one_later(state, o, a, char) for o, a in alt.data]) for alt in av[1]
    ]
    return _c.BRANCH, (None, alts)


def _behind_last(seq: Any) -> Any:
    """The parsed pattern ``seq`` with every run of lookbehinds (``_looks_behind``) that precedes a
    literal character or a set put after it ("(?<=with\\s)⟦P" as "⟦(?<=with\\s⟦)P", "\\bl" as
    "l(?<=\\bl)"): the same matches, but an alternative that opens on a character is skipped at once
    where another stands, and a pattern that opens on one is searched for it."""
    state = seq.state
    items = [_behind_last_in(op, av) for op, av in seq.data]
    out: list[tuple[Any, Any]] = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and _looks_behind(*items[j]):
            j += 1
        if i < j < len(items) and items[j][0] in (_c.LITERAL, _c.IN):
            out.append(items[j])
            out.extend(_one_later(state, op, av, items[j]) for op, av in items[i:j])
            i = j + 1
        else:
            out.extend(items[i : max(j, i + 1)])
            i = max(j, i + 1)
    return _sre_parser.SubPattern(state, out)


def _behind_last_in(op: Any, av: Any) -> tuple[Any, Any]:
    if op is _c.BRANCH:
        return op, (av[0], [_behind_last(alt) for alt in av[1]])
    if op is _c.SUBPATTERN:
        return op, (*av[:3], _behind_last(av[3]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return op, (av[0], av[1], _behind_last(av[2]))
    if op is _c.ATOMIC_GROUP:
        return op, _behind_last(av)
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return op, (av[0], _behind_last(av[1]))
    return op, av


# what "\s" matches in a str pattern (none past U+3000)
_SPACES: Final = frozenset(filter(re.compile(r"\s").match, map(chr, range(0x3001))))


def _item_prefixes(op: Any, av: Any, n: int) -> set[str] | None:
    """Prefixes (at most ``n`` characters) of what one parsed item can match; a string shorter than
    ``n`` means the item may end there. ``None``: could be anything."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        chars: set[str] = set()
        for item_op, item_av in av:
            if item_op is _c.LITERAL:
                chars.add(chr(item_av))
            elif item_op is _c.RANGE and item_av[1] - item_av[0] <= 512:
                chars.update(chr(code) for code in range(item_av[0], item_av[1] + 1))
            elif item_op is _c.CATEGORY and item_av is _c.CATEGORY_SPACE:
                chars |= _SPACES
            else:  # a negated set, digits, word characters: anything
                return None
        return chars
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}  # zero-width (a lookaround only narrows: leaving it out keeps the set a superset)
    if op is _c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _prefixes(av[3], n)
    if op is _c.ATOMIC_GROUP:
        return _prefixes(av, n)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            sub = _prefixes(alt, n)
            if sub is None:
                return None
            out |= sub
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, most, sub_seq = av
        one = _prefixes(sub_seq, n)
        if one is None:
            return None
        done: set[str] = {""} if least == 0 else set()
        current = {""}
        for k in range(1, min(most, n + 1) + 1):
            current = _concat(current, one, n)
            if k >= least:
                done |= current
        if least > n + 1:
            done |= current
        return done
    return None


def _concat(heads: set[str], tails: set[str], n: int) -> set[str]:
    return {h if len(h) >= n else (h + t)[:n] for h in heads for t in (tails if len(h) < n else {""})}


def _prefixes(seq: Any, n: int) -> set[str] | None:
    """The strings of at most ``n`` characters a match of ``seq`` can start with (shorter ones: whole
    matches), or ``None`` when that could be anything."""
    current: set[str] = {""}
    for op, av in seq:
        if all(len(s) >= n for s in current):
            break
        item = _item_prefixes(op, av, n)
        if item is None:
            return None
        current = _concat(current, item, n)
    return current


_Row = list[tuple[str, "set[str] | None", "frozenset[str] | None"]]


def _cue_rows() -> list[_Row]:
    """Each kind's alternatives with the strings of up to two characters they can start with (and their
    first characters, for those whose second is unknown)."""
    rows: list[_Row] = []
    for _kind, alts in _TABLE:
        row: _Row = []
        for alt in alts:
            parsed = _sre_parser.parse(alt)
            chars, nullable = _first_chars(parsed)
            if nullable:
                raise ValueError(f"a stage cue may not match the empty string: {alt!r}")
            pfx = None if parsed.state.flags & re.IGNORECASE else _prefixes(parsed, 2)
            if pfx is None and chars is None:
                # it would have to be tried at every word start of every sentence
                raise ValueError(f"a stage cue must start with known characters: {alt!r}")
            row.append((alt, pfx, chars))
        rows.append(row)
    return rows


_CUE_ROWS: Final = _cue_rows()
# the two-character keys (and one-character ones) some cue can start with
_TWO_KEYS: Final = frozenset(p for row in _CUE_ROWS for _a, pfx, _c in row if pfx for p in pfx if len(p) == 2)
_ONE_KEYS: Final = frozenset(
    {c for row in _CUE_ROWS for _a, pfx, chars in row if pfx is None and chars for c in chars}
    | {p for row in _CUE_ROWS for _a, pfx, _c in row if pfx for p in pfx if len(p) == 1}
)


@functools.lru_cache(maxsize=4096)  # (bounded: keys come from text; ~600 can match)
def _cue_pattern(key: str) -> re.Pattern[str] | None:
    """One pattern per two first characters, holding only the alternatives that can start with them.

    Trying ~300 alternatives at every word start was the extractor's largest single cost. At a given
    position only alternatives that can start with the two characters there can match, and they keep
    their order (kinds in table order, alternatives in kind order), so the first to match is the one
    the single alternation would pick. ``key`` of one character: the alternatives whose second
    character is unknown (or that can match a single character); each two-character pattern holds
    those of its first character too. Built on first use: most keys never occur.
    """
    if key not in _TWO_KEYS and key not in _ONE_KEYS:
        return None

    def fits(pfx: set[str] | None, chars: frozenset[str] | None) -> bool:
        if pfx is None:
            return chars is None or key[0] in chars
        return key in pfx or key[:1] in pfx or (len(key) == 1 and any(p[:1] == key for p in pfx))

    groups = []
    for i, row in enumerate(_CUE_ROWS):
        alts = [alt for alt, pfx, chars in row if fits(pfx, chars)]
        if alts:
            groups.append(f"(?P<k{i}>(?:{'|'.join(alts)})(?!\\w))")
    return re.compile("(?:" + "|".join(groups) + ")") if groups else None


def _two_char_starts() -> re.Pattern[str]:
    """Word starts whose first two characters some cue can begin with (a word start no cue can begin
    with is skipped without a Python step)."""
    seconds: dict[str, set[str]] = {}
    for key in _TWO_KEYS:
        seconds.setdefault(key[0], set()).add(key[1])
    branches = [
        re.escape(first) + "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        for first, chars in sorted(seconds.items())
    ]
    branches += [re.escape(first) for first in sorted(_ONE_KEYS)]
    return re.compile("(?<!\\w)(?=" + "|".join(branches) + ")")


# every word start where the single alternation "(?<!\w)(?:...)" could match
_TWO_CHAR_START: Final = _two_char_starts()


_FROM_CLUB = compile_prefiltered(rf"\s+from\s+(?:the\s+)?{C}")
# the steps a buyer takes before any agreement (what an ending can end)
BUYER_KINDS: Final = frozenset({"interest", "attempt", "approach", "bid", "talks"})
# what may stand between an ending and the step it ends: "ruled out | a | move for", "pulled out of | talks"
_ENDED_OBJECT_GAP = compile_prefiltered(
    r"\s+(?:of\s+|from\s+|on\s+)?(?:(?:a|an|any|the|their|its|his|her)\s+)?(?:⟦C\d+⟧(?:'s|’s)?\s+)?(?:(?:further|formal|permanent|january|summer)\s+)?"
    # ("turning down a huge offer from Al-Hilal")
    r"(?:(?:huge|big|bumper|lucrative|mega|massive|record|improved|fresh|new|late|final)\s+)?"
)
# what may stand between a step and its ending: "bid | for Mbappe | came to nothing", "attempt to sign |
# X | has come to nothing"
_ENDED_SUBJECT_GAP = compile_prefiltered(
    r"\s+(?:(?:for\s+|of\s+)?(?:⟦P\d+⟧|him|her)\s+)?(?:has\s+|have\s+|had\s+)?(?:now\s+|finally\s+)?"
)
# the off cues that say a step ended (not "rejected by X": a person turning a club down)
_ENDING = compile_prefiltered(
    "|".join((_CAME_TO_NOTHING, _WENT_NO_FURTHER, _COLLAPSED, _FELL_THROUGH, _BROKE_DOWN, _DEAD_END))
    + r"|(?:is|was|are|were)\s+(?:now\s+)?off\b"
)
# a try told as a noun before its step: "late attempt | to sign"
_ATTEMPT_BEFORE = compile_prefiltered(r"\b(?:attempts?|efforts?|bids?|push|moves?|plans?)\s+$")
_AWAITED = compile_prefiltered(r"brac|prepar\w+\s+(?:themselves\s+|itself\s+)?for|expect")


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon phrase found in a sentence template: ``start``/``end`` index the template."""

    kind: str
    start: int
    end: int

    @property
    def stage(self) -> Stage | None:
        return STAGE_OF[self.kind]


# "snubs Barcelona to join", "turned down a scholarship at Cobham to move": the refused, before a choice
_SNUBBED_CLUB_GAP = compile_prefiltered(
    r"\s+(?:the\s+)?⟦C\d+⟧(?:\s+(?:and|or)\s+(?:the\s+)?⟦C\d+⟧)?\s+"
    r"|\s+(?:an?\s+|the\s+|his\s+)?(?:[^\s⟦⟧]+\s+){0,3}?(?:at\s+⟦C\d+⟧\s+)?"
)


# what lies between "over a return to Barcelona" and the next thing passed over: " and a lucrative "
_OVER_LIST_GAP = compile_prefiltered(
    r"\s+(?:the\s+)?⟦C\d+⟧,?\s+(?:and|or)\s+(?:an?\s+|the\s+)?(?:[^\s⟦⟧,;]+\s+){0,2}?"
)


# an interest's "to" before the step it wishes for: "keen to speak to X"
_MEANS_TO = compile_prefiltered(r"\bto\s+$")


def find_cues(template: str) -> list[Cue]:
    """Every cue in ``template`` (a lower-case sentence with entity placeholders), left to right."""
    out: list[Cue] = []
    resume = 0
    cue_pattern = _cue_pattern
    for start in _TWO_CHAR_START.finditer(template):
        at = start.start()
        if at < resume:
            continue
        pattern = cue_pattern(template[at : at + 2]) or cue_pattern(template[at])
        if pattern is None:
            continue
        m = pattern.match(template, at)
        if m is None:
            continue
        resume = m.end()
        group = m.lastgroup
        if group is None:
            continue
        kind = _KINDS[int(group[1:])]
        awaited = (
            kind == "bid"
            and out
            and out[-1].kind == "seller_before"
            and m.start() - out[-1].end < 40
            and _AWAITED.match(template, out[-1].start)
        )
        if awaited:
            # "braced for a Villa bid": expected, not made; "braced for offers": nobody's yet
            named = "⟦C" in template[out[-1].end : m.start()] or _FROM_CLUB.match(template, m.end())
            if not named:
                continue
            kind = "interest"
        if (
            kind == "off"
            and out
            and (
                out[-1].kind in BUYER_KINDS
                # "Bayern's late attempt to sign Radu Dragusin has come to nothing"
                or (out[-1].kind == "step" and _ATTEMPT_BEFORE.search(template, 0, out[-1].start))
            )
            and _ENDED_SUBJECT_GAP.fullmatch(template, out[-1].end, m.start())
            and _ENDING.match(template, m.start())
        ):
            # "Al-Hilal's bid for Mbappe came to nothing", "their move for him collapsed": the step ends
            out[-1] = Cue("off", out[-1].start, m.end())
            continue
        if (
            kind in BUYER_KINDS
            and out
            and out[-1].kind == "off"
            and _ENDED_OBJECT_GAP.fullmatch(template, out[-1].end, m.start())
        ):
            # "ruled out a move for X", "pulled out of talks for X": what the refusal ends, not a step
            out[-1] = Cue("off", out[-1].start, m.end())
            continue
        if (
            kind in BUYER_KINDS
            and out
            and out[-1].kind == "over"
            and _OVER_LIST_GAP.fullmatch(template, out[-1].end, m.start())
        ):
            kind = "over"  # "chosen MLS over a return to Barcelona and a lucrative offer from Al-Hilal"
        if (
            kind == "step"
            and out
            and out[-1].kind == "off"
            and _SNUBBED_CLUB_GAP.fullmatch(template, out[-1].end, m.start())
        ):
            kind = "choice"  # "Wijnaldum snubs Barcelona to join PSG": the club he chose, no step to come
        elif kind == "step" and _ATTEMPT_BEFORE.search(template, max(0, m.start() - 12), m.start()):
            kind = "attempt"  # "United's second attempt to sign Mbeumo": a try, no step agreed
        elif (
            kind == "approach"
            and out
            and out[-1].kind == "interest"
            and out[-1].end >= m.start() - 4
            and _MEANS_TO.search(template, max(0, m.start() - 12), m.start())
        ):
            continue  # "are also keen to speak to X": a contact wished for, not made (the interest stands)
        out.append(Cue(kind, m.start(), m.end()))
    return out
