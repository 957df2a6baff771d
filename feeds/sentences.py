"""Sentence and clause splitting for news text.

Sentences end at a line break, or at ``.``/``!``/``?`` (closing quotes included) followed by a space
and a capital, a digit or a quote - except after abbreviations ("Man Utd.", "St.", "Mr.", "vs.") and
initials ("A. Smith"). Clauses split a sentence template at words that start a new proposition
("but", "while", ", with", ";"), so a cue only governs the names of its own clause.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise
from typing import Final

from feeds.stages import RIVAL_LEFT_FREE, compile_prefiltered

_ABBREVIATIONS: Final = frozenset(
    [
        "st",
        "mr",
        "mrs",
        "ms",
        "dr",
        "jr",
        "sr",
        "no",
        "vs",
        "v",
        "utd",
        "fc",
        "cf",
        "ac",
        "inc",
        "ltd",
        "co",
        "gen",
        "prof",
        "mt",
        "ft",
        "approx",
        "est",
        "int",
        "mgr",
        "nos",
        "etc",
    ]
)
_END = compile_prefiltered(r"[.!?]+[\"'’”)]*(?=\s+[\"'‘“(]?[A-Z0-9£€$])")
# a club's own bid told in a relative clause after it: "Al-Ittihad, whose £150m offer was rejected" (the
# clause stays with its club; ends before the offer word)
WHOSE_BID_TOLD: Final = (
    r"whose\s+(?:[^\s,;⟦]+\s+){0,2}?(?=(?:bids?|offers?|proposals?)\s+(?:was|were|had\s+been|has\s+been)\b)"
)
# what a sale pays for, opening a clause of its own: "(hoping to sell him) to help fund a move for X"
FUNDS_A_MOVE: Final = r"to\s+(?:help\s+)?(?:fund|finance|bankroll|pay\s+for)\s"
# a club's own business, no one named: "... and Everton's late swoop" (a headline's last story)
CLUB_STORY: Final = (
    r"⟦C\d+⟧(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:swoop|raid|business|spree|splurge|deals?|signings?)"
)
# the verbs of a second deal of the same subject: "sold X to Tottenham, and brought in Y from Sevilla"
SECOND_DEAL_VERBS: Final = (
    r"(?:also\s+|instead\s+|then\s+|later\s+|(?:have\s+|has\s+)?since\s+)?(?:brought\s+in|signed|sold|sent|loaned|"
    r"added|landed|snapped\s+up|completed)\s"
)
_CLAUSE = compile_prefiltered(
    # (every separator starts with a space or a punctuation mark: the lookahead fails at once inside a
    # word, where trying each alternative in turn was most of this pattern's cost)
    r"(?=[\s;:,—–.…])(?:"
    r"\s*;\s*|(?<=[!?])\s+(?=\S)|(?:\.\.\.|…)\s+(?=\S)|\s*[—–]\s+|\s+--?\s+|(?<=⟧):\s+|(?<=[a-z]{3}):\s+(?=⟦)|\s+(?:within\s+(?:hours|days|minutes)\s+of|(?:hours|days|minutes)\s+after)\s+|(?<=⟧),\s+(?=(?:talks|agreement|deal|bid|offer|medical|fee)\s+(?!for\b|with\s+⟦C))|(?<!\ball),?\s+(?:but|however|whereas|although|though|while|meanwhile(?!,)|amid|after|before|because|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)since)\s+"
    # (not a contract's terms: "has agreed a two-year contract, with the option of a third, at Paris")
    r"|,\s+(?:with(?!\s+(?:the|an)\s+option\b)|as|so|meaning(?:\s+that)?|and\s+(?=the\s|they\s|he\s|she\s|it\s))\s*"
    # a sale that pays for a signing: "hoping to sell him to help fund a move for Lautaro Martinez" (the
    # seller of one man, the buyer of the other)
    rf"|\s+(?={FUNDS_A_MOVE}\s*(?:a|an|the|their|his|its)\s)"
    # a headline's second story, told with "as": "Chelsea close in on Maresca as Ten Hag awaits verdict"
    r"|\s+as\s+(?=⟦[PC]\d+⟧\s+(?:awaits|waits|faces|hangs|sweats|considers|weighs|ponders|mulls|decides|insists|admits|says|"
    r"reveals|hints|remains|stays|nears|closes|edges|eyes|wants|targets|plots|prepares|moves?|steps?|turns?|pulls?|"
    r"makes|seals|completes|signs|joins|rejoins|returns|leaves|heads|"
    # (a club's deal, its verb in the plural: "Isak completes move to Liverpool as Newcastle land Wissa")
    r"land|seal|complete|sign|snap\s+up|wrap\s+up|confirm|announce|agree|clinch|secure|"
    # ("as their search for Antonio Conte's permanent successor enters its third month")
    r"search|hunt|quest)\b"
    # ("as Osimhen standoff drags on", "as Sancho's future remains unclear")
    r"|⟦[PC]\d+⟧(?:'s|’s)?\s+(?:standoff|stand-off|saga|row|impasse|future|situation|uncertainty)\s+"
    r"(?:drags|rumbles|continues|remains|hangs|goes|rolls|looks|is)\b)"
    # a second main clause with a subject and a verb of its own: "The Bianconeri's attempt to sign him then
    # stalled, and Juventus eventually pulled out"
    r"|,\s+and\s+(?=⟦[PC]\d+⟧\s+(?:[a-z]+ly\s+|then\s+|later\s+|soon\s+)?(?:[a-z]+ed|told|said|left|took|gave|"
    r"sold|chose|went|came|held|broke|paid|kept|sent|brought|spent|won|lost|met|withdrew|drew)\b)"
    # a list of moves, each man with his own club: "X crossed London to join Arsenal, Mason Mount moved to
    # Manchester United and Mateo Kovacic joined Manchester City"
    # (not one subject of two men: "X and Y joined Juventus")
    r"|(?<!⟦P\d⟧)(?<!⟦P\d\d⟧)(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:[a-z-]+\s+)?⟦P\d+⟧\s+(?:joined|moved\s+to|signed\s+for|left\s+for|went\s+to|"
    r"headed\s+to|arrived\s+at|returned\s+to|switched\s+to|completed|"
    # (a headline's present: "as Courtois leaves and Kovacic arrives on loan")
    r"joins|moves\s+to|signs\s+for|heads\s+to|arrives|returns\s+to|switches\s+to|completes|lands\s+at|"
    # ("Moussa Sissoko joins Spurs, David Luiz back at Chelsea")
    r"(?:is\s+)?back\s+(?:at|to|in)|in\s+at|"
    # ("Conte gone, Stellini in charge: what happens next at Tottenham")
    r"in\s+charge|"
    # ("Sanchez stays, Lemar says no")
    r"stays|says\s+(?:no|yes)|rejects|snubs|turns\s+down|commits|extends|renews|quits|departs|"
    # ("Nagelsmann out of Chelsea race, Pochettino now the favourite")
    r"now\s+the\s+(?:clear\s+)?(?:favourite|frontrunner)|"
    # ("X joined Villa from Everton and midfielder Y went the other way": a swap's second man)
    r"(?:went|goes|moved|moves|headed|heads|travelled|travels)\s+(?:the\s+other\s+way|in\s+the\s+opposite\s+direction))\b)"
    # a headline list ending on a club's own story: "Kepa, Courtois and Everton's late swoop"
    rf"|(?<=⟧)(?:,\s+|\s+and\s+)(?={CLUB_STORY}$)"
    # a successor's own step after another man's end: "was sacked by Manchester United on Monday and Jose
    # Mourinho will be confirmed as his successor" (not one subject of two men: "X and Y will be appointed")
    r"|(?<!⟦P\d⟧)(?<!⟦P\d\d⟧),?\s+and\s+(?=⟦P\d+⟧\s+(?:will|is\s+(?:set|expected|poised|due|tipped)\s+to)\s+(?:be\s+)?"
    r"(?:confirmed|appointed|named|unveiled|announced|take\s+over|replace|succeed)\b)"
    # a headline's successor after the man sacked: "Roma sack Jose Mourinho, Daniele De Rossi appointed"
    r"|(?<=⟧),\s+(?=⟦P\d+⟧\s+(?:appointed|named|confirmed|unveiled|hired|installed)(?:\s+as\b|\s*$))"
    # a second man's clause, his age set off: "has signed a new deal, and Jamie Vardy, 37, goes again"
    r"|,\s+and\s+(?=⟦P\d+⟧,\s+\d\d,\s+[a-z]+\b)"
    # a second main clause whose subject is named again: ", and the Argentine coach told reporters that ..."
    r"|,\s+and\s+(?=⟦[PC]\d+⟧\s+(?:told|said|says|tells|insisted|admitted|explained|added|revealed)\s)"
    # a list of stories, each with a club of its own: "Juventus make Ronaldo offer, Real Madrid weigh up
    # Hazard and Courtois", "Coutinho loan agreed, Barcelona's Neymar offer knocked back"
    r"|,\s+(?=⟦C\d+⟧\s+(?:make|weigh|eye|want|target|plot|open|submit|table|agree|reject|close|consider|"
    r"launch|lead|line|identify|chase|monitor|track|rival|hold|confirm|complete|reach|approach|contact|"
    r"ask|offer|bid|join|enter|step|turn|sign|set|ready|keen|talk|walk|land|pull|hijack|move|return|end|seal|"
    r"snub|trigger|activate|pay|tell|told|sack|appoint|name|hand|give|up|rule|prepare|demand|lodge|"
    r"rebuff|knock|fail|miss|beat)\w*\s)"
    r"|,\s+(?=⟦C\d+⟧(?:'s|’s)\s+⟦P\d+⟧\s+(?:offer|bid|move|deal|loan|switch|transfer|pursuit|interest)\b)"
    # a relative clause after a name set off by a comma: ", the Argentine who took the Basque club to the
    # final"
    r"|(?<=,\s⟦P\d⟧)\s+(?=who\s)|(?<=,\s⟦P\d\d⟧)\s+(?=who\s)"
    # a wish set off after the deed: "but Ronaldo turned it down, still hoping for a move within Europe"
    r"|,\s+(?=(?:still\s+)?(?:hoping|holding\s+out|preferring|dreaming)\s+(?:for|of|to)\b)"
    # a round-up's next event: "made him the most expensive defender, and a week later the Reds cashed in"
    # (", and on deadline day Cristiano Ronaldo's return to Manchester United was finally completed")
    r"|,\s+and\s+(?=(?:(?:a|one|two|three|four|five|a\s+few|several)\s+(?:days?|weeks?|months?)\s+later|"
    r"on\s+deadline\s+day|"
    # ("On Friday Klopp stunned Liverpool ..., and on Saturday night Xavi said he would leave Barcelona")
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|afternoon|evening))?|"
    r"the\s+(?:next|following)\s+(?:day|morning|week))\s+(?:the\s+)?⟦[CP])"
    # the man who replaces one told to have left: "Ederson left for Fenerbahce, and his replacement, X, ..."
    r"|,\s+and\s+(?=(?:his|their|her)\s+(?:replacement|successor)\s*,\s+⟦P)"
    # what a move ended, told after it: "completed a move from Newcastle, ending a standoff in which ..."
    # (", ending a remarkable weekend in which Liverpool had a £111m offer accepted")
    r"|,\s+(?=ending\s+(?:a|the|his|their|an)\s+(?:[^\s⟦⟧]+\s+){0,2}?(?:standoff|stand-off|saga|impasse|weekend)\b)"
    # a rival's way cleared: ", leaving Liverpool in pole position to sign X" (no move of the subject's)
    rf"|,\s+(?=leaving\s+(?:the\s+)?⟦C\d+⟧\s+{RIVAL_LEFT_FREE})"
    # "but City withdrew from the race ..., leaving the way clear for Jose Mourinho" ("have withdrawn from the
    # race, clearing the way for Les Dogues to do business with United")
    r"|,\s+(?=(?:leaving\s+the\s+(?:way|path|door|field)\s+(?:clear|open|free)|"
    r"(?:clearing|paving|opening)\s+the\s+(?:way|path|door))\s+for\b)"
    # an earlier event of the subject's: ", having seen a £70m bid for Brighton's Moises Caicedo rejected"
    r"|,\s+(?=having\s+(?:already\s+)?(?:seen|had|watched|failed|missed|lost|been\s+(?:rebuffed|rejected|snubbed|beaten))\b)"
    # a second deal of the same subject: "sold X to Tottenham, and brought in Y from Sevilla"
    rf"|,\s+and\s+(?={SECOND_DEAL_VERBS})"
    # the deal a club did once it gave another man up: "ended their interest and signed Joshua Zirkzee"
    # ("ended their interest early in the summer and brought in Rasmus Hojlund from Atalanta")
    r"|(?:(?<=\binterest)|(?<=\bpursuit)|(?<=\bchase)|(?<=\bpulled\sout)|(?<=\bwalked\saway))"
    r"(?:\s+[^\s,.;⟦⟧]+){0,5}?\s+and\s+"
    rf"(?={SECOND_DEAL_VERBS})"
    # its earlier pursuit of another man: "made an approach to Brighton's Roberto De Zerbi, and had looked at
    # Vincent Kompany"
    r"|,\s+and\s+(?=(?:had|has|have)\s+(?:also\s+|previously\s+|already\s+|earlier\s+)?(?:looked\s+at|considered|"
    r"sounded\s+out|approached|contacted|enquired|asked\s+about|held\s+talks|made\s+(?:an?\s+)?(?:approach|enquiry|"
    r"offer|bid)|tabled|submitted|lodged|monitored|scouted|identified|targeted)\b)"
    # its next deal, still open: "signed Werner in June and are now in negotiations over Havertz"
    r"|\s+and\s+(?=(?:are|is|have|has)\s+(?:now|also)\s+(?:in\s+(?:talks|negotiations|discussions)|negotiating|"
    r"talking|closing\s+in|close\s+to|chasing|pursuing|targeting|eyeing|monitoring|considering)\b)"
    # a second main clause with a club of its own: "X completed his move to Newcastle and Villa have not
    # replaced him"
    r"|(?<!⟧)\s+and\s+(?=⟦C\d+⟧\s+(?:have|has|had)\s+(?:not|also|now|already|since|yet\s+to|still)\s)"
    # a headline's refusal and what follows: "Inter, Fabregas says no: Chivu is now the favourite"
    r"|(?<=\bno):\s+(?=⟦)"
    # a headline's ending and who comes next: "Juve, Motta's time is up: Tudor and Mancini in the frame"
    r"|(?:(?<=\bup)|(?<=\bover)|(?<=\bout)|(?<=\bdone)|(?<=\boff)):\s+(?=⟦P)"
    # a deal already done beside the news: "are no longer pursuing X, having signed Y instead"
    r"|,\s+(?=having\s+(?:already\s+)?(?:signed|agreed|completed|landed|secured|brought|added|bought|sold)\b)"
    # "have decided not to pursue X and will turn their attention to Y instead": the next target
    r"|\s+and\s+(?:will\s+|have\s+|has\s+)?(?:now\s+)?(?=turn(?:ed|s|ing)?\s+(?:their|its|his|⟦C\d+⟧)\s+(?:attention|focus|sights)\s+to)"
    # a turn of events: "had agreed a club-record fee with Monaco, only for the 21-year-old to turn the move
    # down"
    r"|,\s+only\s+for\s+(?=⟦[PC]\d+⟧\s+to\s)"
    # a condition on another man's move: "expected to sign once Xabi Alonso's move to Real Madrid is official"
    r"|,?\s+once\s+(?=(?:the\s+|his\s+|their\s+|its\s+)?⟦[PC]\d+⟧)"
    # what a club learnt, which ended its chase: "ended their interest once it became apparent that he
    # favoured Liverpool" (the man's choice is no step of the subject's)
    r"|,?\s+once\s+(?=it\s+(?:became|was|had\s+become)\s+(?:apparent|clear|obvious)\s+that\s)"
    # the subject's second thought, about someone else: "decided against pursuing the Slovenian and
    # concluded that Gyokeres was better suited to their style"
    r"|\s+and\s+(?=(?:concluded|decided|felt|believed|judged|accepted|realised|realized|admitted|"
    r"made\s+(?:it\s+)?clear)\s+that\s)"
    # the speaker's second statement: "said X was not for sale despite interest from Chelsea, and confirmed
    # Y's release clause can be triggered"
    r"|,\s+and\s+(?=(?:also\s+)?(?:confirmed|revealed|insisted|admitted|explained|announced|stated)\s)"
    # a headline list of stories: "Kerkez talks, Cunha terms, Sesko contact and Spurs weigh up Frank"
    r"|(?:,\s+|\s+and\s+)(?=⟦P\d+⟧\s+(?:talks|terms|contact|deal|bid|offer|medical|interest|loan|latest|update|boost|blow)"
    # ("Partey to Arsenal, Cavani to United, Depay deal collapses")
    r"(?:,|\s+and\b|$|\s+(?:collapses|collapsed|falls\s+through|fell\s+through|stalls|stalled|breaks\s+down|is\s+off|off\b)))"
    # "the Neves question, Di Maria's renewal and Schmidt under fire": one story per name
    r"|(?:,\s+|\s+and\s+)(?=(?:the\s+)?⟦P\d+⟧(?:'s|’s)?\s+(?:renewal|extension|question|exit|future|situation|saga|"
    r"dilemma|decision|return|under\s+(?:fire|pressure))(?:,|\s+and\b|\s*$))"
    r"|(?:(?<=⟧\stalks)|(?<=⟧\sterms)|(?<=⟧\scontact)|(?<=⟧\sdeal)|(?<=⟧\sbid)|(?<=⟧\smedical))\s+and\s+(?=⟦C\d+⟧\s)"
    # "Bayern agree Barcelona deal and move for De Ligt": the club's second deal
    r"|(?:(?<=⟧\sdeal)|(?<=⟧\sfee))\s+and\s+(?=(?:move|bid|swoop|push|turn|close\s+in)\s+(?:for|on|to)\s+⟦P)"
    # "Man Utd ready new Branthwaite offer, Chelsea talks over Dewsbury-Hall": a gossip headline's next story
    r"|(?<=⟧\soffer),\s+(?=⟦C\d+⟧\s+(?:talks|bid|offer|move|swoop|interest|approach|enquiry)\s+(?:over|for|with)\s+⟦P)"
    # a second deal dated by the first: "a fee for Marmoush, on the day they confirmed the signing of X"
    r"|,\s+on\s+the\s+(?:same\s+)?day\s+(?:that\s+)?(?=they\s|it\s|he\s|⟦)"
    # a headline's successor after the man who goes: "Leverkusen sack Seoane, name Alonso as coach", "PSG
    # sack Tuchel, Pochettino the favourite", "Chelsea sack Lampard with Tuchel poised to take over",
    # "Stoke City sack Gary Rowett with Luton's Nathan Jones the early favourite"
    r"|(?<=⟧),\s+(?=(?:name[sd]?|appoint(?:s|ed)?|hire[sd]?|install(?:s|ed)?)\s+(?:[^\s⟦⟧]+\s+){0,3}?⟦P\d+⟧)"
    r"|(?<=⟧)(?:,\s+|\s+with\s+)(?=(?:⟦C\d+⟧(?:'s|’s)\s+)?⟦P\d+⟧\s+(?:the\s+new|new\s+(?:head\s+)?(?:coach|boss|manager)\b|"
    r"(?:the|an?)\s+(?:[\w-]+\s+)?(?:favourite|front-?runner|candidate|target|choice)|is\s+the\s+new|"
    r"(?:is\s+)?(?:set|poised|tipped|expected|lined\s+up|in\s+line)\s+to|to\s+(?:take\s+over|replace|succeed)|"
    # ("Leeds sack Bielsa with Jesse Marsch lined up", "with José Mourinho waiting in the wings")
    r"(?:is\s+)?(?:lined\s+up|waiting\s+in\s+the\s+wings|in\s+the\s+frame)$|"
    r"(?:named|appointed|confirmed|unveiled|installed)\s+(?:as\s+)?(?:new\s+)?(?:head\s+coach|manager|coach|boss))\b)"
    # a headline's second club and its own verb: "X chooses United, Real Madrid step aside" (not a list of
    # clubs: "Arsenal, Chelsea, Spurs eye X")
    r"|(?<=⟧)(?<!,\s⟦C\d⟧)(?<!,\s⟦C\d\d⟧)(?<!^⟦C\d⟧),\s+(?=⟦C\d+⟧\s+(?:step|pull|walk|drop|keep|remain|stay|turn|"
    r"make|join|enter|lead|open|hold|prepare|plot|eye|want|close|move|push)\w*\b)"
    # a headline club's second deal: "Toronto FC complete Bernardeschi signing, close in on Criscito"
    r"|(?:(?<=signing)|(?<=\bdeal)|(?<=\bmove)|(?<=\bbid)|(?<=\boffer)|(?<=switch)|(?<=\bloan)|(?<=transfer)),\s+"
    r"(?=(?:close|eye|move|target|want|agree|sign|complete|open|launch|submit|make|step|turn|line|plot|prepare|"
    r"enter|ask|approach|consider|identify|reject|table|lodge)s?\b)"
    # a headline's second verb of the same man: "Osimhen rejects Al-Hilal, pushes for Galatasaray return"
    r"|(?<=⟧),\s+(?=(?:pushes|eyes|wants|targets|favours|favors|prefers|opts|chooses|seeks|closes|nears|edges|"
    r"agrees|heads|moves|joins|signs)\b)"
    # "X tells Barcelona he wants to leave, Manchester City on alert"
    r"|,\s+(?=⟦C\d+⟧\s+on\s+(?:alert|red\s+alert|standby)\b)"
    # a headline's second event: "X close in on Y as Arsenal and Tottenham wait"
    r"|\s+as\s+(?=(?:⟦C\d+⟧\s+and\s+)?⟦C\d+⟧\s+(?:(?:board|hierarchy|chiefs|bosses|owners)\s+)?(?:also\s+|now\s+)?(?:turn|eye|wait|weigh|prepare|plot|step|enter|move|"
    r"make|look|close|consider|are|have|remain|lead|want|monitor|launch|table|line|chase|hold|open|bid|agree|face|"
    r"reject|rebuff|snub|knock|rule|speak|accept|join|ready|rival|circle|miss|lose|win|pull|walk|withdraw|drop|lurk|battle|race|push|pursue|watch|track|identify|sound|approach|ask|enquire|brace|stand|dig|insist|refuse|demand|keep|hope|reach|"
    r"break|smash|splash|spend|"
    r"go|come|return|revive|renew|reignite|say|finish|end|complete|wrap|seal|conclude)\w*\b"
    # "Rice, Havertz and Timber arrive as Arteta builds for a title push": the manager's own clause
    r"|⟦P\d+⟧\s+(?:builds|rebuilds|reshapes|plans|prepares|continues|seeks|bolsters|strengthens|overhauls|reshuffles)\b"
    # "... meets Ronaldo's agent as Man Utd ace pushes for exit": a man his club describes, his own story
    r"|⟦C\d+⟧\s+(?:ace|star|striker|forward|winger|midfielder|defender|keeper|goalkeeper|captain|youngster|"
    r"teenager|wonderkid|outcast|flop|boss|manager|coach)\s+(?:pushes|wants|eyes|seeks|demands|asks|agitates|"
    r"angles|considers|weighs|plots|opens|edges|nears|closes|hands|submits|requests|favours|favors|prefers|picks|"
    r"chooses)\b"
    # "... as X's position comes under threat", "... as pressure mounts": the second event is about someone
    r"|⟦[PC]\d+⟧(?:'s|’s)?\s+(?:position|future|job|role|exit|contract|pressure)\b|pressure\b"
    # "confirm X signing as Y deal agreed": a second deal
    # ("... as Mitrovic and Laporte pursuits continue": a list of them)
    # ("... as Griezmann and Rodri exits loom", "... as Bayern's second Sadio Mane bid is rejected")
    r"|(?:⟦C\d+⟧(?:'s|’s)\s+(?:[a-z]+\s+)?)?(?:⟦P\d+⟧(?:,\s+|\s+and\s+))*⟦P\d+⟧(?:'s|’s)?\s+(?:⟦C\d+⟧\s+)?"
    r"(?:deal|move|transfer|switch|signing|fee|loan|chase|pursuit|saga|race|return|arrival|appointment|talk|"
    r"negotiation|bid|offer|exit|departure|standoff|stand-off|impasse)s?\b"
    # "... loan talks as Nketiah and Ramsdale depart": two more people with a verb of their own
    r"|(?:⟦P\d+⟧(?:,\s+|\s+and\s+))+⟦P\d+⟧\s+(?:depart|leave|exit|quit|join|sign|agree|arrive|head|move|stay|renew|"
    r"commit|complete|seal|go)\b"
    # "Juventus sack X as Y emerges as favourite": a second person with a verb of his own
    # (his description first: "as exiled Sancho eyes Juve escape")
    r"|(?:[a-z][\w-]*\s+)?⟦P\d+⟧\s+(?:emerges?|emerged|edges?|nears?|leads?|tops?|heads?|becomes?|looms?|is|are|prepares?|looks?|"
    r"seeks?|wants?|plans?|closes?|agrees?|signs?|completes?|waits?|pushes?|considers?|weighs?|steps?\s+down|eyes|targets|comes|came|faces|feels|bows\s+out|"
    r"stepped\s+down|takes\s+over|took\s+over|takes\s+charge|took\s+charge|departs|leaves|quits|resigns|commits|renews|stays|picks|chooses|opts|"
    r"snubs|rejects|turns\s+down|turns\s+to|shifts\s+focus|switches\s+focus|goes|returns|rejoins|joins|moves)\b)"
    # "Palace sound out Glasner with Roy Hodgson's future in the balance": another person's story
    r"|\s+with\s+(?=⟦P\d+⟧(?:'s|’s)\s+(?:future|position|job|tenure|reign)\b)"
    # "leaves Eddie Howe short of options with Alexander Isak still determined to leave": the second man's own
    r"|\s+with\s+(?=⟦P\d+⟧\s+(?:still\s+|now\s+)?(?:determined|keen|eager|desperate|pushing|angling)\b)"
    r"|,\s+and\s+(?=⟦C\d+⟧(?:\s+and\s+⟦C\d+⟧)?(?:(?:'s|’s)\s+(?:[a-z-]+\s+){1,2})?\s*(?:have|has|are|is|were|was|had|will|"
    r"would|could|also|already|now|sounded|approached|contacted|made|held|opened|asked|tabled|lodged|submitted|"
    r"launched|identified|targeted|turned|settled|moved|opted|decided|completed|signed|sealed|secured|landed|brought|"
    r"took|agreed|confirmed|announced|appointed|sacked|rejected|accepted|paid|loaned|sold|snapped|swooped)\b)"
    # a headline's third story, a club with a verb of its own after a man: "as Chelsea turn to Lampard and
    # Bianconeri step up De Ligt chase" (not "Mbappe and PSG agree": both the subject)
    # ("as Nagelsmann talks collapse and Napoli turn to Rudi Garcia": after a verb)
    r"|(?:(?<=P\d⟧)|(?<=P\d\d⟧)|(?<=[a-z]))\s+and\s+(?=⟦C\d+⟧\s+(?:step|turn|move|close|enter|launch|open|plot|ready|make|join|eye|"
    r"weigh)\w*\b|⟦C\d+⟧\s+(?:are|is|have|has|had|were|will|could|would)\s)"
    # a list of deals, each man with a verb of his own: "X was snapped up from Monaco in May, Naby Keita
    # officially became a Liverpool player on July 1, and ..."; "and" alone only after a fee ("X arrived
    # from Chelsea for £8m and Kieran Tierney completed his £25m move"; after any word it cost a blind batch)
    r"|(?:(?<=[a-z]),|(?<=\dm)\s+and)\s+"
    r"(?=⟦P\d+⟧\s+(?:[a-z]+ly\s+)?(?:joined|arrived|became|signed|moved|swapped|completed|followed)\b)"
    # the same subject's second act on another man: "dismissed X on Tuesday ..., and have confirmed Wilder as
    # his replacement"
    r"|,\s+and\s+(?=(?:have|has)\s+(?:also\s+|since\s+|now\s+|already\s+)?(?:confirmed|appointed|named|installed|"
    r"hired)\s+⟦P\d+⟧)"
    # a club's owners speaking: "and owners Fenway Sports Group insist the playmaker is not for sale"
    r"|,\s+and\s+(?=(?:the\s+|their\s+|its\s+)?(?:owners?|board|chairman|president|hierarchy)\s+(?:[^\s,;⟦]+\s+){0,3}?"
    r"(?:insist|say|said|maintain|claim|stress|believe|remain)\w*\b)"
    rf"|,\s+(?=(?:who|whom|which)\b|(?!{WHOSE_BID_TOLD})whose\b)"
    # another club's end: "has signed a new contract with Bayern, ending any hope Real Madrid had of ..."
    r"|,\s+(?=ending\s+(?:any|all)\s+(?:lingering\s+|remaining\s+)?hopes?\s+⟦C)"
    # a club's aside: "Napoli, where Antonio Conte has just taken over, want X"
    r"|(?<=⟧),\s+(?=where\s+⟦P\d+⟧\s+(?:has|had|is|was)\b)"
    # a list of events: "Milan think about X, Roma want Y", "Sterling joins Arsenal, Sancho to Chelsea"
    r"|,\s+(?=⟦C\d+⟧\s+(?:want|eye|target|think|agree|reject|sign|join|make|submit|table|open|seal|complete|push|"
    r"land|confirm|close|lead|enter|turn|plot|consider|monitor|line|launch|are|have|give)\w*\b"
    r"|⟦C\d+⟧(?:'s|’s)?\s+(?:search|hunt|chase|pursuit|interest|move|bid|talks|swoop|plan)s?\s+(?:goes|go|continues?|ends?|"
    r"stalls?|collapses?|cools?|fades?|intensifies|heats|is|are|for)\b)"
    r"|,\s+(?:and\s+)?(?=⟦P\d+⟧(?:\s+and\s+⟦P\d+⟧)?\s+(?:to\s+⟦C|joins?\b|head\s+to\b|signs?\b|completes?\b|seals?\b|heads?\b|moves?\b|rejects?\b|snubs?\b|"
    r"agrees?\b|stays?\b|extends?\b|set\s+for\b|close\s+to\b|nears?\b|leaves\b|exits\b|chose\b|extended\b|"
    r"takes\s+over\b|took\s+over\b|steps\s+(?:in|up|down)\b|stepped\s+(?:in|up|down)\b|"
    r"turned\s+down\b|rejected\b|joined\b|signed\b|left\b|agreed\b|opted\b|decided\b|preferred\b|swapped\b|moved\b|"
    r"went\s+to\b|returned\s+to\b|arrived\b|headed\s+to\b|switched\b|departed\b|"
    r"(?:medical|fee\s+agreed|personal\s+terms|deal\s+(?:done|agreed|off|close)|done|talks)\b|"
    r"(?:in|out|gone)(?=\s*(?:,|;|$|\s+and\s))|on\s+(?:his|their|⟦C\d+⟧)\s+way\b|in\s+the\s+frame\b|"
    r"out\s+of\s+(?:the\s+)?(?:project|plans)\b|"
    r"(?:has|have)\s+(?:already\s+)?(?:gone|joined|signed|moved|left|returned|completed|agreed|arrived|departed)\b|"
    r"(?:is|was|has\s+been)\s+(?:wanted|linked|a\s+target|close|set|expected|poised|in\s+talks)\b))"
    r"|,\s+(?=(?:race|battle|chase|fight|queue|scramble|hunt)\s+for\s+⟦P)"
    # a headline's sacking with the successors in view: "Leeds sack X with Y and Z on shortlist"
    r"|(?<=⟧)\s+(?=with\s+⟦P\d+⟧(?:(?:,\s*|\s+and\s+)⟦P\d+⟧)*\s+(?:on|in|top|leading|favourite|in\s+the\s+frame)\b)"
    # a sacking set off after a name, told with its time, is a relative clause of its own ("replaces Steven
    # Gerrard, sacked on Thursday after ..."; SET_OFF_PARTICIPLE reads it as one)
    r"|(?<=⟧),\s+(?=(?:sacked|dismissed|fired|axed)\s+(?:on|in|last|earlier|after|following)\b)"
    # ", a day after sacking Erik ten Hag, and are willing to pay the release clause": the subject goes on
    r"|,\s+and\s+(?=(?:are|is|were|was|have|has)\s+(?:also\s+|now\s+)?(?:willing|ready|prepared|keen|set|expected|"
    r"planning|looking|hoping|eager)\b)"
    # "..., and Folarin Balogun, who scored 21 goals, completed a move to Monaco": another person's story
    r"|,\s+and\s+(?=⟦P\d+⟧,\s+(?:who|whose)\b)"
    # "..., and Nuno Espirito Santo and Graham Potter are among the names now under consideration"
    r"|,\s+and\s+(?=⟦P\d+⟧(?:\s+and\s+⟦P\d+⟧)?\s+(?:are|is|remain|remains)\s+(?:now\s+)?(?:among|on\s+the|in\s+the\s+frame|"
    r"the\s+(?:leading|favourite|front-runner|frontrunner)))"
    # "X has joined Real Sociedad on loan, Y is spending the season at Forest and Z left for Palace"
    r"|(?:,\s+|\s+and\s+)(?=⟦P\d+⟧\s+(?:is\s+spending|will\s+spend|spends|(?:has\s+|have\s+)?(?:left|joined|moved)\s+"
    r"(?:for|to|on)\b))"
    # "X joins Juventus, Iling-Junior and Barrenechea head to Aston Villa" (a name the knowledge base lacks)
    r"|,\s+(?=[a-z][\w'’-]*\s+and\s+⟦P\d+⟧\s+(?:head|join|sign|move|complete|seal)\w*\b)"
    # "... and Saelemaekers moves to Roma on loan": a second person's move (a verb of one mover: never
    # the second of two subjects, "X and Y join Z")
    r"|\s+and\s+(?=(?:[a-z-]+\s+){0,2}?⟦P\d+⟧\s+(?:to|(?:(?:went|returned|headed|moved|moves|heads|goes|returns|switched|"
    r"switches)(?:\s+on\s+(?:a\s+)?(?:season-long\s+)?loan|\s+on\s+a\s+free(?:\s+transfer)?)?\s+to)|joins|signs\s+for|"
    r"seals|completes|agrees|secures|finalises|finalizes|nears)\s+(?:the\s+|an?\s+)?⟦C)"
    # "had no intention of moving to Elland Road and would wait for the Rossoneri": the club he waits for
    # is no part of the refusal
    r"|\s+and\s+(?=(?:would|will)\s+(?:rather\s+)?(?:wait|hold\s+out)\s+for\b)"
    # a headline's "West Ham sack Potter and bring in Nuno": the second man's appointment
    r"|(?<=⟧)\s+and\s+(?=brings?\s+(?:in|back)\s+(?:[^\s⟦⟧]+\s+){0,3}?⟦P)"
    # "X moved from Brighton to Chelsea and Mbeumo opted for United": a second man's choice (not the second
    # of two subjects: "X and Y opted for Z")
    r"|(?<!⟦P\d⟧)(?<!⟦P\d\d⟧)\s+and\s+(?=⟦P\d+⟧\s+(?:opted\s+for|chose|picked)\s+(?:the\s+)?⟦C)"
    # another person's clause: ", and Milan coach X has accepted ...", ", and X is ..."
    # ", and Thomas Muller's 25-year stay ended at the Club World Cup": another person's story
    r"|,\s+and\s+(?=⟦P\d+⟧(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:stay|spell|time|career|contract|deal|future|tenure|reign|situation|position)\b)"
    # (", and his departure would make Y the focal point": "his" is the placeholder itself)
    r"|,\s+and\s+(?=⟦P\d+⟧\s+(?:departure|exit|sale)\s+(?:would|will|could|has|had|is|was)\b)"
    # (", and Turkey goalkeeper X joined from Fenerbahce")
    # (", and former Spain coach X was also considered")
    r"|,\s+and\s+(?=(?:former\s+|ex-)?(?:⟦[CN]\d+⟧(?:'s|’s)?\s+)?(?:[a-z-]+\s+){0,2}⟦P\d+⟧(?:,\s*\d{2},)?\s+(?:also\s+|now\s+|already\s+)?"
    r"(?:have|has|is|was|had|will|would|could|says|said|insists|admits|admitted|joined|signed|completed|moved|wants|needs|"
    r"left|agreed|arrived|returned|rejected|turned|snubbed|extended|sealed|penned|committed|followed|went|moved|"
    # (a judge's own clause: ", and the Spaniard sees Rashford as ...")
    r"departed|switched|linked|sees|views|rates|regards|considers|believes|thinks|feels|terminated|cancelled)\b)"
    # who is left in place: ", leaving Mauricio Pochettino and Luis Enrique as the leading candidates",
    # ", leaving Michele Di Gregorio as the undisputed number one"
    r"|,\s+(?=leaving\s+⟦P\d+⟧(?:(?:,\s*|\s+and\s+)⟦P\d+⟧)*\s+as\b)"
    # a consequence for someone else: ", ending X's hopes of ...", ", dealing a blow to Y"
    # (only when the consequence names someone: ", ending Premier League interest" is the same event)
    r"|,\s+(?=(?:ending|dashing|denting|dealing|handing|ruining)\s+(?:a\s+blow\s+to\s+)?⟦[PC]\d+⟧)"
    # a headline's second verb of the same subject: "Wolves sack X and target Y"
    r"|(?<=⟧)\s+and\s+(?=(?:target|eye|turn|identify|approach|move|plot|line\s+up|want|weigh|appoint|name|hire|sign|"
    r"open|hold|begin|make|submit|table|launch|ask|contact|consider|shortlist|lodge|agree|rule|reject|offer|reach|"
    r"strike|seal|close|"
    r"extend|renew|tie|hand|keep|lose|sell|release|loan|sack|appoint|inform|told|tell|warn|assure|bring\s+back|promote)\w*\b)"
    # a second verb phrase of the same subject: "are in talks over X and have made an enquiry about Y"
    r"|\s+and\s+(?=(?:have|has|had|are|were)\s+(?:also\s+|already\s+|now\s+|since\s+)?(?:made|opened|held|submitted|"
    r"tabled|lodged|launched|registered|sent|asked|identified|agreed|signed|completed|begun|started|entered)\b)"
    # "Diaz has made clear he wants to move to Anfield and Spurs have walked away": another club's own
    # clause (not "Liverpool and Chelsea have pulled out", "talks between X and Y have ended": two subjects)
    r"|(?:(?<=[a-z])|(?<=[a-z]\s⟦C\d⟧)|(?<=[a-z]\s⟦C\d\d⟧))(?<!between\s⟦C\d⟧)(?<!between\s⟦C\d\d⟧)"
    r"\s+and\s+(?=⟦C\d+⟧\s+(?:have|has|had)\s+(?:now\s+|also\s+|since\s+)?(?:walked|pulled|withdrawn|"
    r"moved\s+on|ended|abandoned|dropped|cooled|turned|given\s+up)\b)"
    # "have already signed X, and are now targeting Y": the subject's next move, of another man
    r"|,?\s+and\s+(?=(?:are|is|were|was)\s+(?:also\s+|now\s+|still\s+)?(?:targeting|eyeing|considering|monitoring|"
    r"tracking|chasing|pursuing|weighing\s+up|plotting|looking\s+at|keen\s+on|interested\s+in|in\s+talks|working\s+on|"
    r"closing\s+in|focuss?ing\s+on|concentrating\s+on|turning\s+(?:their\s+|its\s+)?attention\s+to)\b)"
    r")"
)


# a participle set off after a name, read as a relative clause: "Ronald Koeman, appointed as Setien's
# replacement last week, is said to have told ..."
SET_OFF_PARTICIPLE: Final = (
    r"(?<=⟧,\s)(?:appointed|named|hired|installed|signed|bought|sacked|dismissed|fired|axed)\b"
)
_RELATIVE = compile_prefiltered(rf"(?:who|whom|which|whose|where)\b|{SET_OFF_PARTICIPLE}")
_VERB = r"(?:are|is|have|has|had|were|was|will|would|could|can|may|might|remain|remains|also|now|still)\b"
# (or a main verb in the past: "Roberto Mancini, who left the Saudi job last month, rejected the offer")
_MAIN_VERB = (
    rf"(?:{_VERB}|(?:rejected|turned\s+down|accepted|signed|agreed|joined|decided|opted|snubbed|chose|completed|"
    r"refused|declined|insisted|admitted|revealed|said|told|want|wants|wanted|need|needs|needed|prefers|preferred|likes|"
    r"sees|believes|hopes|plans|expects|feels|says|admits|insists|reveals)\b)"
)
_RESUME = compile_prefiltered(rf",\s+(?:and\s+)?(?={_MAIN_VERB})")
_RESUMED = compile_prefiltered(_MAIN_VERB)


# "ninth in Serie A." ends a sentence: a league's letter, not a name's initial
_LEAGUE_LETTER_BEFORE = compile_prefiltered(r"\b[Ss][ée]rie\s+[A-Ca-c]$")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text`` (shifted by ``offset``), blanks skipped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = 0
        for m in _END.finditer(line):
            before = line[start : m.start()].rsplit(None, 1)
            last = before[-1].lower().strip("\"'‘“(") if before else ""
            abbreviation = last in _ABBREVIATIONS and not (
                last == "no" and not line[m.end() :].lstrip()[:1].isdigit()
            )
            initial = (
                len(last) == 1 and last.isalpha() and not _LEAGUE_LETTER_BEFORE.search(line, 0, m.start())
            )
            if m.group().startswith(".") and (abbreviation or initial):
                continue  # ("No. 9" is a number; "have been told no. The club ..." ends a sentence; so does
                # "ninth in Serie A.")
            _add(spans, line, start, m.end(), line_start + offset)
            start = m.end()
        _add(spans, line, start, len(line), line_start + offset)
    return spans


def _add(spans: list[tuple[int, int]], line: str, start: int, end: int, shift: int) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    spans.append((shift + start + lead, shift + start + lead + len(stripped)))


_CLAUSE_HINT = compile_prefiltered(
    r"[;:,—–!?…]|\.\.\.| - | -- |\b(?:within|after|but|however|whereas|although|though|while|meanwhile|amid"
    r"|before|because|since|once|as|and|with)\b"
    # (every separator of _CLAUSE needs its word here, or the pattern is never tried: "to help fund")
    rf"|\b{FUNDS_A_MOVE}"
)


# a condition told of another man: "has said it would be best for all parties if Gareth Bale left"
_IF_NAMED = compile_prefiltered(r"\s+if\s+(?=⟦P\d+⟧\s)")
# the same condition inverted: "to become United's next manager should Erik ten Hag be dismissed"
_SHOULD_NAMED = compile_prefiltered(r"\s+should\s+(?=⟦P\d+⟧\s+(?:be|leave|depart|go|move|quit|step)\b)")
# what happened then to a man named anew, with a verb of its own: "Burnley also lost their manager when
# Vincent Kompany was appointed by Bayern Munich"
_WHEN_NAMED = compile_prefiltered(r",?\s+when\s+(?=⟦P(\d+)⟧\s+(?:was|were|had|has|have|is|are|[a-z]+ed)\b)")


def split_clauses(template: str, refs: Collection[int] = ()) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence template (every character belongs to one clause).

    A relative clause ends where the main clause resumes ("X, who joined in 2022, are keen on Y"):
    the resumed part is a clause of its own (see :func:`resumes_main_clause`). ``refs``: the slots
    that are references ("he", "the club"), not names."""
    spans = []
    start = 0
    # (every separator holds punctuation or one of a few words: most short sentences have none)
    separators = list(_CLAUSE.finditer(template)) if _CLAUSE_HINT.search(template) else []
    # (conditions and times told of a man named anew are words of their own, not clause hints: they would
    # send every sentence with an "if" through _CLAUSE)
    named: list[re.Match[str]] = []
    if " when " in template:
        # (a man referred to is the same event told on: "made Maguire the most expensive defender when he
        # completed his move")
        named += [m for m in _WHEN_NAMED.finditer(template) if int(m.group(1)) not in refs]
    if " if " in template:
        named += _IF_NAMED.finditer(template)
    if " should " in template:
        named += _SHOULD_NAMED.finditer(template)
    if named:
        separators = sorted([*separators, *named], key=lambda m: m.start())
    if "–" in template or "—" in template:
        separators = _without_dashed_asides(template, separators)
    for m in separators:
        if m.start() < start:
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(template) or not spans:
        spans.append((start, len(template)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        resume = _RESUME.search(template, a, b) if _RELATIVE.match(template, a) else None
        if resume is not None:
            out += [(a, resume.start()), (resume.end(), b)]
        else:
            out.append((a, b))
    return out


def _without_dashed_asides(template: str, separators: list[re.Match[str]]) -> list[re.Match[str]]:
    """Drop the two dashes around a short aside that names nobody ("had a second bid of £90m – £75m up
    front with £15m in add-ons – turned down the same day"): the sentence goes on across it."""
    dashes = [i for i, m in enumerate(separators) if m.group().strip() in ("–", "—")]
    dropped: set[int] = set()
    for a, b in pairwise(dashes):
        if a in dropped:
            continue
        aside = template[separators[a].end() : separators[b].start()]
        if b == a + 1 and "⟦" not in aside and len(aside) <= 80:
            dropped |= {a, b}
    return [m for i, m in enumerate(separators) if i not in dropped]


def resumes_main_clause(template: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether clause ``index`` is a main clause resumed after a relative clause (its subject is the
    sentence's subject, named before the relative clause)."""
    return (
        index >= 1
        and bool(_RELATIVE.match(template, spans[index - 1][0]))
        and bool(_RESUMED.match(template, spans[index][0]))
    )
