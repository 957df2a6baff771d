"""Entity mentions of one item, resolved: names, ambiguous nicknames, unknown people and references.

For each sentence this module produces a *template* - the sentence in lower case, quotes removed,
every entity replaced by a placeholder ``⟦C0⟧`` (club), ``⟦P1⟧`` (person), ``⟦N2⟧`` (nation),
``⟦J3⟧`` (journalist) - and the :class:`Slot` behind each placeholder. References are resolved to the
most recent compatible entity named earlier in the item:

- "he", "him", "his future" -> the last person; "they", "them", "their" -> the last club;
- "the Spaniard", "the Italian's", "the Argentine coach", "the England international" -> the last
  person of that nation (by nationality or national team; unknown people are compatible);
- "the striker", "their captain", "the former midfielder" -> the last person whose role fits;
- "the German club", "the Saudi side", "the Bundesliga champions" -> the last club of that country or
  league.

An ambiguous club alias ("the Reds", "Madrid", "San Siro") is kept only when the item names exactly
one of its candidates elsewhere, when the outlet's home club is one, or when a person of the item plays
for one; a surname shared by several people only when one of them is named in full. Otherwise a
"the ..." nickname is dropped, never guessed, and a capitalised club name ("Inter", "Sporting") takes
the first candidate of ``ambiguous.yml``, its usual reading, unless it is part of a job title
("Sporting director") or an outlet's name ("The Athletic").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Final

from feeds.kb import CALENDAR_WORDS, KnowledgeBase, Mention, Person, fold, slug, surname_of
from feeds.stages import compile_prefiltered

PLAYER_ROLES: Final = (
    r"striker|centre-forward|forward|midfielder|defender|winger|goalkeeper|keeper|full-back|fullback|"
    r"centre-back|center-back|centre-half|left-back|right-back|wing-back|playmaker|attacker|star|ace|captain|"
    r"skipper|sensation|wonderkid|youngster|teenager|talent|prodigy|starlet|veteran|international|frontman|"
    r"hitman|marksman|shot-stopper|stopper|schemer|loanee|player|teen|superstar|icon|legend|favourite|flyer|"
    r"speedster|whizz|wizard|maestro|magician|dynamo|hotshot|goalscorer|sharpshooter|poacher|livewire|prospect|"
    r"academy graduate|free agent|free-agent|number nine|no\.?\s?9|anchorman|enforcer|ball-winner|custodian|"
    r"powerhouse|ballon d'or winner|world cup winner|golden boot winner"
)
MANAGER_ROLES: Final = r"head coach|manager|boss|coach|tactician|gaffer|trainer|supremo|manager-in-waiting"
ROLE_ADJ: Final = (
    r"former|ex|current|assistant|first-team|veteran|young|teenage|experienced|\d+-year-old|out-of-favour|wantaway|in-form|"
    r"highly-rated|talented|prolific|exciting|versatile|unsettled|first-choice|long-serving|outgoing|interim|"
    r"caretaker|permanent|record|star|highly|rated|sought-after|in-demand|attacking|defensive|central|left|"
    r"right|new|deposed|sacked|departing|dynamic|towering|tricky|creative|diminutive|exiled|club-record|"
    r"under-\d\d|u-?\d\d|youth|academy|reserve|back-up|backup|olympic|loan|loanee|on-loan|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-time"
)
CLUB_NOUNS: Final = (
    r"club|side|giants|champions|outfit|team|heavyweights|holders|leaders|powerhouse|champs|hierarchy|board|"
    r"newcomers|top-flight\s+club|top-flight\s+side|club's"
)
_ROLE = rf"(?:{PLAYER_ROLES}|{MANAGER_ROLES})"
# the role words after a club that make it the named man's own: "Brentford striker X", "City assistant X"
OWNER_ROLES: Final = rf"(?:{PLAYER_ROLES}|{MANAGER_ROLES}|assistant)"
_MANAGER_RE = compile_prefiltered(rf"(?:{MANAGER_ROLES})$")
_COACH_TITLE_BEFORE = compile_prefiltered(rf"\b(?:{MANAGER_ROLES})\s+$")
# the knowledge base's positions a role word can describe ("the keeper" is no striker); words absent
# here ("star", "youngster") fit anyone
_POSITIONS_OF_ROLE: Final[dict[str, frozenset[str]]] = {
    word: frozenset(positions.split())
    for words, positions in [
        ("goalkeeper keeper shot-stopper stopper custodian", "goalkeeper"),
        ("defender centre-back center-back centre-half full-back fullback left-back right-back", "defender"),
        ("wing-back", "defender midfielder"),
        # (an attacking midfielder is often listed as a forward: "the Ghana midfielder" Mohammed Kudus)
        ("midfielder playmaker", "midfielder forward"),
        ("schemer anchorman ball-winner", "midfielder"),
        ("winger attacker", "forward midfielder"),
        ("striker centre-forward forward frontman hitman marksman", "forward"),
    ]
    for word in words.split()
}
_ROLE_WORD = compile_prefiltered(rf"\b({'|'.join(sorted(_POSITIONS_OF_ROLE, key=len, reverse=True))})\b")
_DESC_ADJ = rf"(?:(?:{ROLE_ADJ})\s+)*"
_WEST_MIDLANDS: Final = ("aston-villa", "wolverhampton-wanderers", "west-bromwich-albion", "birmingham-city")
_EAST_MIDLANDS: Final = ("nottingham-forest", "leicester-city", "derby-county")
# regional adjectives and the clubs they can mean: "the Catalan club"
_REGIONS: Final = {
    "catalan": ("barcelona", "girona", "espanyol"),
    "basque": ("athletic-club", "real-sociedad", "alaves"),
    "andalusian": ("sevilla", "real-betis", "malaga", "cadiz", "granada", "almeria"),
    "galician": ("celta-vigo", "deportivo-la-coruna"),
    "valencian": ("valencia", "villarreal", "levante", "elche"),
    "bavarian": ("bayern-munich", "augsburg"),
    "swabian": ("stuttgart",),
    "tuscan": ("fiorentina", "empoli", "pisa"),
    "lombard": ("ac-milan", "inter-milan", "atalanta", "como", "monza"),
    "milanese": ("ac-milan", "inter-milan"),
    "neapolitan": ("napoli",),
    "roman": ("roma", "lazio"),
    "north london": ("arsenal", "tottenham-hotspur"),
    "west london": ("chelsea", "fulham", "brentford", "queens-park-rangers"),
    "east london": ("west-ham-united",),
    "south london": ("crystal-palace", "charlton-athletic", "millwall"),
    "merseyside": ("liverpool", "everton"),
    "bergamo": ("atalanta",),
    "riyadh": ("al-hilal", "al-nassr", "al-shabab"),
    "jeddah": ("al-ittihad", "al-ahli"),
    "turin": ("juventus", "torino"),
    "lisbon": ("benfica", "sporting-cp"),
    "istanbul": ("galatasaray", "fenerbahce", "besiktas"),
    "bavarian capital": ("bayern-munich",),
    # cities: "the Rotterdam club", "the London club" (the last club of the city the item named)
    "rotterdam": ("feyenoord", "sparta-rotterdam", "excelsior"),
    "amsterdam": ("ajax",),
    "dutch capital": ("ajax",),
    "eindhoven": ("psv-eindhoven",),
    "madrid": ("real-madrid", "atletico-madrid", "getafe", "rayo-vallecano", "leganes"),
    "spanish capital": ("real-madrid", "atletico-madrid", "getafe", "rayo-vallecano", "leganes"),
    "parisian": ("paris-saint-germain", "paris-fc"),
    "paris": ("paris-saint-germain", "paris-fc"),
    "french capital": ("paris-saint-germain", "paris-fc"),
    "seville": ("sevilla", "real-betis"),
    "manchester": ("manchester-united", "manchester-city"),
    "glasgow": ("celtic", "rangers"),
    "berlin": ("union-berlin", "hertha-berlin"),
    "german capital": ("union-berlin", "hertha-berlin"),
    "italian capital": ("roma", "lazio"),
    "portuguese capital": ("benfica", "sporting-cp"),
    "yorkshire": (
        "leeds-united",
        "sheffield-united",
        "sheffield-wednesday",
        "huddersfield-town",
        "hull-city",
        "middlesbrough",
        "barnsley",
        "rotherham-united",
    ),
    "west midlands": _WEST_MIDLANDS,
    "east midlands": _EAST_MIDLANDS,
    "midlands": (*_WEST_MIDLANDS, *_EAST_MIDLANDS, "coventry-city", "stoke-city"),
    "south coast": ("brighton", "southampton", "bournemouth", "portsmouth"),
    "lancashire": ("blackburn-rovers", "burnley", "preston-north-end", "blackpool"),
    "welsh": ("cardiff-city", "swansea-city", "wrexham"),
    "tyneside": ("newcastle-united",),
    "wearside": ("sunderland",),
    "london": (
        "arsenal",
        "chelsea",
        "tottenham-hotspur",
        "west-ham-united",
        "fulham",
        "brentford",
        "crystal-palace",
        "queens-park-rangers",
        "millwall",
        "charlton-athletic",
    ),
}
_REF = compile_prefiltered(
    # a manager's team: "Pep Guardiola's side", "Mikel Arteta's men"
    r"(?P<mside>⟦P(?P<msp>\d+)⟧(?:(?:'s|’s)\s+(?:side|team|men|outfit|charges|squad|champions|troops|club)\b"
    # "Allegri's first choice remains Vlahović": the manager's club's choice
    r"|(?=(?:'s|’s)\s+(?:(?:first|top|main|number\s+one|preferred|priority|summer)\s+)?(?:choice|target|priority|"
    r"shortlist|wishlist|list)\b)))"
    # a manager turned down for his club: "the Italy midfielder turned Pep Guardiola down", "snubbed Mourinho"
    r"|(?P<mrej>(?:(?<=\bsnubbed\s)|(?<=\bsnubs\s)|(?<=\bsnub\s)|(?<=\bspurned\s)|(?<=\bspurns\s)|(?<=\brejected\s)|"
    r"(?<=\brejects\s))⟦P(?P<mrp>\d+)⟧(?!'s|’s)|(?:(?<=\bturned\s)|(?<=\bturns\s)|(?<=\bturn\s))⟦P(?P<mrt>\d+)⟧(?=\s+down\b))"
    # club descriptions: "the German club", "the Bundesliga champions"
    rf"|(?P<clubdesc>\bthe\s+(?:(?:reigning|current|defending|ambitious|cash-rich|wealthy|big-spending|"
    rf"struggling|new|french|italian|spanish|english|german|saudi|newly-promoted)\s+)*"
    rf"(?:(?P<cdn>⟦N\d+⟧)(?:\s+(?:pro\s+)?league|\s+top-flight)?|(?P<cdl>LEAGUES)|(?P<cdr>{'|'.join(_REGIONS)}))"
    rf"\s+(?:{CLUB_NOUNS})\b)"
    # person descriptions: "the Argentine coach", "their captain", "The Crystal Palace winger"
    rf"|(?P<pdesc>(?<!\bis\s)(?<!\bas\s)(?<!\bwas\s)(?<!becomes\s)(?<!becoming\s)(?<!become\s)(?<!\bbe\s)(?:\b(?:the|their|his|its)\s+{_DESC_ADJ}(?:(?P<pdn>⟦N\d+⟧)\s+(?:(?:and|\/)\s+⟦[CN]\d+⟧\s+)?|(?P<pdc>⟦C\d+⟧)\s+(?:(?:and|\/)\s+⟦[CN]\d+⟧\s+)?)?"
    rf"|(?P<pdp>⟦C\d+⟧)(?:'s|’s)\s+(?=(?:{_DESC_ADJ}){_ROLE}\s+(?:is|was|has|had|will|would|could|remains|wants|rejected|"
    rf"turned|agreed|signed|looks|seems)\b)){_DESC_ADJ}"
    # (not a noun's modifier: "their striker shortlist", "the manager search"; nor apposed to a name: "the
    # captain, Harry Kane, has made it clear")
    rf"(?P<pdr>{_ROLE})(?!\s*⟦P)(?!\s*,\s*⟦P\d+⟧\s*(?:[,.;:]|$))(?![\w-])(?!\s+(?:jobs?|roles?|posts?|positions?|vacancy|vacancies|seat|search|hunt|merry-go-round|"
    rf"shortlist|list|wishlist|targets?|options?|priority|priorities|radar|problem|crisis|department|situation|"
    rf"market)\b))"
    # a man of the same nation as the one just named: "whose coach Zinedine Zidane admires his compatriot"
    # (not apposed to a name: "his compatriot Rodri")
    rf"|(?P<compat>\b(?:his|her)\s+(?:compatriot|countryman|fellow\s+countryman)(?![\w-])(?!\s*,?\s*⟦))"
    # an age for a person: "the 25-year-old has agreed terms"
    rf"|(?P<age>\bthe\s+\d{{2}}-year-old(?![\w-])(?!\s*⟦))"
    # demonyms alone: "the Spaniard", "The German turned down", "the Italian's"
    # ("the 61-year-old Scot": an age before the demonym)
    rf"|(?P<demonym>\bthe\s+(?:\d{{2}}-year-old\s+)?(?P<dmn>⟦N\d+⟧)(?!\s*(?:⟦|national|fa\b|federation|league|cup|government|capital|city|"
    rf"press|media|public|top\s+flight|top-flight|game|football|market|window|summer|season|giants|side|outfit|"
    # ("a statement to the Portuguese stock market regulator")
    rf"stock|securities|regulator|authorities|police|courts?|tax|parliament|prime|president|minister|fans|"
    rf"supporters|people|newspapers?|broadcasters?|television|tv|radio|clubs|sides|teams|players|champions|"
    # ("the US Open Cup semi-final", "the German team")
    rf"open|olympics?|olympic|team|squad)\b))"
    rf"|(?P<he>\b(?:he|him)\b|\bhis(?=\s+(?:own\s+)?(?:future|representatives|agents?|camp|entourage|exit|departure|"
    rf"contract|deal|decision|move|side|current|father|advisers|lawyers|availability|situation|signature|"
    rf"services|price|valuation|wages|position|job|"
    # ("long considered his most likely destination"; not "was his only destination": his own choice)
    rf"(?:(?:most|more|likely|preferred|favoured|next|dream|ideal|natural|logical)\s+){{0,2}}destination)\b))"
    # (not "their rivals": another club; nor "the club legend", "the club captain": a man)
    rf"|(?P<they>\b(?:they|them|their(?!\s+(?:[\w-]+\s+)?rivals?\b))\b|\bthe\s+club\b(?!'s(?!\s+(?:shortlist|list|wishlist|radar|top\s+target|priority)\b))"
    r"(?!\s+(?:legend|icon|hero|great|captain|stalwart)\b))"
    # a club's own site speaking: "We have exercised our option to sign David Raya"
    r"|(?P<we>\b(?:we|us|our)\b)"
)
# what follows a country named as a place or a team, not as a man's description
_COUNTRY_ENDS = compile_prefiltered(r"\s*(?:[,.;:]|$)|\s+(?:to|for|and|after|in|on|at|with|by)\b")
# a man's club as the subject whose "they" follows: "his club have made it clear they will not"
_HIS_CLUB_SAYS_BEFORE = compile_prefiltered(
    r"\b(?:his|her)\s+(?:current\s+|parent\s+)?club\s+(?:have|has|had|are|were)\s+[^⟦.;,]{0,40}?$"
)
# talks the sentence told, ended by the verb just before "them" ("held talks with X but ended them")
_TALKS_ENDED_BEFORE = compile_prefiltered(
    r"\b(?:talks|negotiations|discussions)\b[^.;]*\b(?:ended|broke|called|abandoned|suspended|resumed|paused)\s+$"
)
# the club a man played for is his own ("played his last game for Bayern"), and "the club" he played his last
# game for is the one the item is about, not the last club named
SERVICE_FOR = compile_prefiltered(r"\b(?:game|match|appearance)\s+for\s+(?:the\s+)?$")
_CLUB_PRONOUNS: Final = frozenset({"they", "them", "their", "its", "it"})
# "Real Madrid have found their goalkeeper": the one they acquire, not one of theirs
_SEARCH_FOR_BEFORE = compile_prefiltered(
    r"\b(?:look(?:s|ing)?\s+(?:elsewhere\s+)?for|search(?:es|ing)?\s+for|hunt(?:s|ing)?\s+for|in\s+search\s+of|"
    r"(?:the\s+)?market\s+for)\s+$",
    re.IGNORECASE,
)
_ACQUIRED_BEFORE = compile_prefiltered(
    r"\b(?:found|find|finds|signed|sign|landed|land|lands|secured|secure|identified|got|chosen|picked)\s+$",
    re.IGNORECASE,
)
# when a listener was told, between his name and what he was told: "told Pep Guardiola last week that"
TOLD_WHEN: Final = (
    r"(?:(?:last|this)\s+\w+\s+|earlier\s+|yesterday\s+|recently\s+|privately\s+|personally\s+)"
)
# a coach named as the one acting on a man, no other man named since: "left out by new coach ⟦P2⟧ after ..."
_COACH_AGENT_BEFORE = compile_prefiltered(
    r"\bby\s+(?:(?:new|the|head|his|their)\s+)*(?:coach|manager|boss)\s+⟦P(\d+)⟧(?:[^⟦]|⟦[CN]\d+⟧)*$"
)
# a pronoun reported by a speaker or to a listener: "X says he", "told X that he"
_REPORTED_HE = compile_prefiltered(
    r"(?:⟦P(\d+)⟧\s+(?:has\s+|had\s+)?(?:says|said|insists|insisted|admits|admitted|claims|claimed|believes|"
    r"maintains|maintained|stresses|stressed|reveals|revealed|confirms|confirmed|accepted|accepts|conceded|"
    r"concedes|acknowledged|acknowledges|made\s+(?:it\s+)?clear|makes\s+(?:it\s+)?clear)(?:\s+(?:[^\s.;:⟦]+\s+){0,3}?that)?"
    r"|\b(?:told|tells|assured|assures|informed|informs|promised|promises)\s+⟦P(\d+)⟧"
    # ("informed Ruben Amorim and the club's hierarchy that he wants to continue")
    r"(?:\s+and\s+(?:the\s+)?(?:club's\s+|club’s\s+)?(?:hierarchy|board|bosses|owners|directors|president|chairman|"
    r"manager|coach|staff)(?=\s+that\b))?"
    # ("told David Moyes after the victory over Fiorentina that he wanted to leave")
    rf"(?:\s+(?:(?:after|before|during|following|on|in|at)\b[^.;:]{{0,60}}?\s+|{TOLD_WHEN})?that)?)\s+$"
)
# "Sporting director Deco": a job title, not a club
# "according to The Athletic": an outlet's name
_THE_BEFORE = compile_prefiltered(r"\bthe\s+$", re.IGNORECASE)
_JOB_AFTER = compile_prefiltered(r"\s+(?:director|directors|officer)\b", re.IGNORECASE)
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOWER = "a-zß-öø-ÿĀ-ſ'’"  # Latin-1 and Latin Extended-A ("Muslić", "Šeško")
# ("Dall'Oglio": an apostrophe inside a surname, before a capital)
_WORD = (
    rf"(?:Mc|Mac|O['’]|D['’])?[{_UPPER}]"
    rf"(?:[{_LOWER}]+['’][{_UPPER}][{_LOWER}]+|[{_LOWER}]+)(?:-[{_UPPER}]?[{_LOWER}]+)*"
)
_NAME = compile_prefiltered(
    rf"(?<![\w'’])({_WORD}(?:\s+(?:(?:de|da|van|von|der|den|dos|di|le|la|el|ten|ter)\s+){{0,2}}{_WORD}){{1,2}})"
)
_DEMONYM_END = compile_prefiltered(r"(?:ean|ian|ese|ish|ic|an)$")
_ROLE_NEXT = compile_prefiltered(rf"\s+(?:{_ROLE})\b", re.IGNORECASE)
_COUNTERPARTY = compile_prefiltered(r"\b(?:agreement|talks|negotiations|discussions|deal|terms)\s+with\s+$")
_OVER_SOMEONE = compile_prefiltered(r"\s+(?:over|for)\s+(?:[a-z-]+\s+){0,2}[A-Z]")
_INNER_POSSESSIVE = compile_prefiltered(r"\S+(?:\s+\S+)?(?:'s|’s)\s+(?=\S)")
# what a man is named for when the news is another's: "after Rodri injury", "after X recommendation"
CAUSE_WORDS: Final = r"injury|knock|setback|absence|suspension|recommendation|advice"
# one moving, the other way of a deal or to a club: "with Renato Sanches heading the other way"
_MOVING_ON = (
    r"(?:coming|moving|heading|going|switching)\s+(?:to\s|the\s+other\s+way|in\s+the\s+opposite\s+direction)"
)
# a man named for another's sake, by what comes before and after his name: the makeweight of a deal, the
# injured man or the recommender of another's signing (a description means the other)
_FOR_ANOTHER: Final = (
    ("with ", compile_prefiltered(rf"\s+{_MOVING_ON}")),
    ("after ", compile_prefiltered(rf"(?:'s|’s)?\s+(?:\S+\s+)?(?:{CAUSE_WORDS})\b")),
)
# two names joined by "and" as the subject of a move: "with Samuel Iling-Junior and Enzo Barrenechea
# moving to Villa Park", "Iling-Junior and Barrenechea would move to Villa Park"
_PAIR_MOVING = compile_prefiltered(
    r"\s+and\s+⟦\s*(?:moving|heading|going|switching|joining|would\s+move|will\s+move|to\s+move|to\s+join)\b"
)


def _paired_with_person(raw: list[Slot], text: str, base: int, start: int, end: int) -> bool:
    """A name joined by "and" to someone the knowledge base knows, the two the subject of a move."""
    for slot in raw:
        if slot.kind == "P" and slot.start - base >= end:
            joined = text[end : slot.start - base] + "⟦" + text[slot.end - base : slot.end - base + 30]
            return _PAIR_MOVING.match(joined) is not None
    return False


_NAME_CONTEXT = compile_prefiltered(
    rf"(?:(?:{_ROLE})|'s|’s|\bfor|\bsign|\bsigning\s+of|\bsigns|\b(?:have|has|had)\s+(?:already\s+|also\s+)?sold|\bmove\s+for|\bbid\s+for|\bswoop\s+for|"
    rf"\bdeal\s+for|\boffer\s+for|\binterest\s+in|\btalks\s+over|\beye|\beyes|\beyeing|\bwant|\bwants|"
    rf"\btarget|\bmonitoring|\bscouting|\btracking|\bwatching|\bbeen\s+following|\bcircling|\bcircle|\btabs\s+on|\beye\s+on|\bwatch\s+on|"
    rf"\bsounded\s+out|\bsound\s+out|\blinked\s+with|\bapproach\s+for|\bpursuit\s+of|\bmove\s+for|"
    rf"\bchase\s+for|\bbid\s+to\s+sign|\bto\s+sign|\bagree\s+deal\s+for|\bcapture\s+of|\bsnap\s+up|"
    rf"replacement|successor|\breplaces?|\breplacing|\bsucceeds?|\bsack|\bsacks|\bsacked|\bdismiss|\bdismisses|"
    rf"\bappoint|\bappoints|\bunveil|\bunveils|\bnames?|\bhires?|\binstalls?|"
    rf"\b(?:have|has|had)\s+(?:officially\s+)?(?:appointed|named|hired|unveiled|installed|signed)|"
    rf"\b(?:talks|negotiations|discussions|agreement|contact)\b[^.;]{{0,30}}\bover|\b\d{{2}}-year-old|"
    rf"\b(?:talks|negotiations|discussions|terms|agreement)\s+with|\bpart(?:s|ed|ing)?\s+(?:company|ways)\s+with|"
    rf"\brule\s+over|\bevaluating|"
    # "held talks with the agent of Timo Werner"
    rf"\b(?:agents?|representatives|entourage|camp|advisers)\s+of|"
    rf"\b(?:sacking|dismissing|sacked|dismissed|axed|axing|replaced|replacing|succeeding|succeeded)"
    rf"(?:\s+(?:head\s+coach|manager|boss|coach))?)\s+$"
)
_OFFICIAL_TITLE = compile_prefiltered(
    r"(?:(?:general|sporting|technical|football|commercial|club|assistant|team|kit|stadium|media)\s+manager|"
    r"director(?:\s+of\s+football)?|(?:sporting|technical|football)\s+boss|president|chairman|chairwoman|ceo|chief\s+executive|owner|co-owner|(?<!free\s)(?<!free-)agent|"
    r"scout|physio|doctor|referee|journalist|reporter|correspondent|pundit|spokesman|spokesperson)\s+$"
)
# a name that opens a sentence and does something only a mover does: "Jonas Holm signs for Brighton"
_NAME_OPENS = compile_prefiltered(r"^(?:[\w\s]{0,20}:\s*|here\s+we\s+go[:!]?\s*)?$", re.IGNORECASE)
# a name that opens a clause: "..., and Jonas Holm signs for Brighton", "as Roy Hodgson steps down"; an
# inversion: "Going the other way was Saul Niguez, who joined Chelsea"
# (a reporting verb opens its object clause: "Tottenham confirm Timo Werner will return to RB Leipzig")
_CLAUSE_OPENS = compile_prefiltered(
    r"(?:[,;:]|\b(?:and|as|while|but|after|with|because|when|since|that|confirm|confirms|confirmed|say|says|said|"
    r"reveal|reveals|revealed|announce|announces|announced|insist|insists|insisted|was|were))\s+$"
)
_NAME_FOLLOW = compile_prefiltered(
    # "Pal Dardai, who left Hertha in 2024, is ...", "Djukanovic, 22, has scored ..."
    # "Pepijn Lijnders, Klopp's long-time assistant, will also leave Anfield"
    r"^,\s+(?![^,.;]*\b(?:director|president|chairman|chief|board|owner|executive|ceo|agent|sporting|general\s+manager|"
    r"technical|adviser|advisor|spokesman|official|scout)\b)[^,.;]{3,60},\s+(?:will|has|is|was|had|have|would|could|"
    r"signed|joined|arrived|completed|agreed|moved|left|rejected|turned|snubbed|extended)\b|"
    r"^,\s+(?:(?:who|whose)\s+(?:\S+\s+){0,2}?(?:left|joined|signed|moved|arrived|came|spent|managed|coached|steered|led|guided|"
    r"was|is|has|had)\b|\d{2},\s|the\s+\d{2}-year-old\b)"
    r"|^\s+(?:signs|has\s+(?:also\s+|now\s+|already\s+)?signed|joins|has\s+(?:also\s+|now\s+|already\s+)?joined|"
    r"completes|agrees|(?:says|said)\s+yes\s+to|is\s+set\s+to|set\s+to|rejects|snubs|seals|"
    r"pens|extends|commits|wants\s+(?:out|to\s+leave|to\s+join)|close\s+to\s+joining|in\s+talks|"
    # (the passive or an intransitive use: not "after Evangelos Marinakis dismissed Nuno Espirito Santo")
    r"(?:has\s+been\s+|had\s+been\s+|was\s+|is\s+)?(?:sacked|dismissed|axed|fired|appointed|named|unveiled|confirmed)"
    # (but a headline's "Guus Hiddink named Chelsea interim boss": the club's post, his own)
    r"(?!\s+(?!(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:interim|caretaker|permanent|new)\s+)?(?:head\s+coach|manager|boss)\b)"
    r"(?:[A-Z]|him\b|her\b|his\b|the\s+[a-z-]+\s+(?:coach|manager|boss)))|leaves|departs|resigns|"
    r"(?:has\s+|had\s+)?(?:resigned|quit|stepped\s+down|departed)|"
    r"quits|steps\s+down|turns\s+down|snubs|rules\s+out|closes\s+in|nears|edges|undergoes|returns\s+to|rejoins|"
    r"(?:will|to)\s+(?:return\s+to|rejoin|join|sign\s+for|move\s+to|leave|stay\s+at|remain\s+at|step\s+down|quit)|"
    # "Patrick Bamford told he has no future", "X has been transfer-listed"
    r"(?:has\s+been\s+|was\s+|is\s+)?(?:told\s+(?:he|him|that\s+he|to\s+find|to\s+leave)|transfer-listed|"
    r"frozen\s+out|made\s+available\s+for\s+transfer)|free\s+to\s+(?:leave|find)|"
    r"moves\s+to|heads\s+to|wanted\s+(?:at|by)|linked\s+with|targeted\s+by|eyed\s+by|"
    # "..., with Renato Sanches coming to the Luz on loan", "X going the other way"
    rf"{_MOVING_ON}|"
    # "Mesut Ozil flies to Istanbul to finalise Fenerbahce move", "X has said goodbye to his team-mates"
    r"(?:flies|flew|travels|travelled|traveled|jets)\s+(?:in\s+)?to|(?:has\s+)?(?:said|says|bids|bade)\s+(?:goodbye|farewell)|"
    r"is\s+(?:their|the\s+club's|the|(?:the\s+)?\S+(?:'s|’s|'|’))\s+(?:first|top|preferred|number\s+one)\s+(?:choice|target|candidate)|"
    r"is\s+(?:the\s+|\S+(?:'s|’s)\s+)?new\s+(?:head\s+coach|manager|boss|coach)|"
    r"is\s+(?:the\s+|their\s+)?(?:early\s+|clear\s+|new\s+|overwhelming\s+)?(?:front-?runner|favourite))\b"
    # "that İsmail Kartal's contract will not be renewed"
    r"|^(?:'s|’s)\s+(?:contract|deal|future|position|job|spell|tenure|reign)\s+(?:will|would|is|has|was|had|looks|remains|hangs)\b"
    r"(?!\s+that\b)"
    # "Here we go! Kees Smit to Bayer Leverkusen"
    r"|^\s+to\s+(?=[A-Z])"
    # "Jorge Sampaoli will be his successor"
    r"|^\s+(?:will\s+be|is\s+to\s+be|is|becomes)\s+(?:his|her|their|the)\s+(?:new\s+)?(?:successor|replacement)\b"
    # "Jack Clarke's loan from Sunderland was made permanent"
    r"|^(?:'s|’s)\s+(?:loan|move|transfer|switch)\s+(?:from|to)\s+(?=[A-Z])"
    # a list of moves: "Donny van de Beek joined Eintracht Frankfurt", "X went to Sevilla"
    r"|^\s+(?:joined|moved\s+to|went\s+to|returned\s+to|signed\s+for|left\s+for)\s+(?=[A-Z])"
    # a window review's arrivals: "Adnan Januzaj arrived from Real Sociedad", "X has come in from Y"
    r"|^\s+(?:has\s+|had\s+)?(?:arrived|arrives|joined|joins|came(?:\s+in)?|come\s+in|comes(?:\s+in)?|signed)\s+"
    r"(?:on\s+(?:a\s+)?(?:\S+\s+)?loan\s+)?from\s+(?=[A-Z])"
    # "Kalvin Phillips close to London Stadium loan", "X nears Benfica exit"
    r"|^\s+(?:(?:is|edges|moves)\s+)?(?:close\s+to|closer\s+to|nears|edges\s+towards)\s+(?:an?\s+|the\s+)?(?=[A-Z])"
)
_DEMONYM_BEFORE = compile_prefiltered(r"\s(?:the\s+)?[A-Z][a-z]+(?:ian|ish|ese|ch|an|i|ic)\s+$")
_SINGLE_NAME = compile_prefiltered(rf"(?<![\w'’]){_WORD}(?![\w'’])")
_IN_PROPER_NOUN = compile_prefiltered(rf"[{_UPPER}][\w'’-]*\s+$")
_NEXT_PROPER = compile_prefiltered(rf"\s+[{_UPPER}]")


def _mover_named(text: str, start: int, end: int) -> bool:
    """Whether the words around a name make it a mover's: "move for X", "X signs for Brighton"."""
    before = _DEMONYM_BEFORE.sub(" ", text[max(0, start - 40) : start])
    return bool(_NAME_CONTEXT.search(before.lower())) or _mover_opens(text, start, end)


def _mover_opens(text: str, start: int, end: int) -> bool:
    """Whether a name opens a sentence or clause and does what a mover does: "X signs for Brighton"."""
    return bool(
        (_NAME_OPENS.match(text[:start]) or _CLAUSE_OPENS.search(text, 0, start))
        and _NAME_FOLLOW.match(text[end:])
    )


# words that open a sentence before a surname, never part of a name: "But Dragusin, who came through at
# Juventus, ..."
_SENTENCE_OPENERS: Final = frozenset(
    ["but", "and", "so", "yet", "now", "then", "still", "also", "while", "if", "as", "after", "with",
     "meanwhile", "however", "in", "at", "on", "for", "from", "by", "under", "since", "before", "during",
     "despite", "without", "although", "though", "once", "until", "unless", "because"]
)  # fmt: skip
_NAME_STOP: Final = (
    frozenset(
        [
            # words of club names the knowledge base may lack ("Royal Antwerp goalkeeper Senne Lammens")
            "royal",
            "sporting",
            "racing",
            "athletic",
            "atletico",
            "olympique",
            "dynamo",
            "spartak",
            "deportivo",
            "rovers",
            "wanderers",
            "albion",
            "fc",
            "afc",
            "cf",
            "sc",
            "the",
            "a",
            "an",
            "premier",
            "league",
            "champions",
            "europa",
            "conference",
            "cup",
            "world",
            "euro",
            "euros",
            "saudi",
            "pro",
            "super",
            "serie",
            "la",
            "liga",
            "ligue",
            "bundesliga",
            "eredivisie",
            "fa",
            "efl",
            "carabao",
            # competitions a player is named as a winner of ("Copa America winner Cristian Romero")
            "copa",
            "america",
            "libertadores",
            "sudamericana",
            "africa",
            "nations",
            "coppa",
            "italia",
            "pokal",
            "supercopa",
            "ballon",
            "olympic",
            "olympics",
            "he",
            "she",
            "they",
            "it",
            "his",
            "their",
            "here",
            "official",
            "breaking",
            "exclusive",
            "transfer",
            "news",
            "update",
            "why",
            "how",
            "what",
            "when",
            "who",
            "deadline",
            "day",
            "window",
            "club",
            "manager",
            "boss",
            "coach",
            "head",
            "director",
            "chief",
            "executive",
            "president",
            "reds",
            "blues",
            "city",
            "united",
            "real",
            # owners and investors, not movers ("The Friedkin Group has completed its takeover")
            "group",
            "holdings",
            "consortium",
            "capital",
            "partners",
            "investment",
            "investments",
            "ventures",
            "fund",
            "foundation",
        ]
    )
    | CALENDAR_WORDS
    | _SENTENCE_OPENERS
)
_COMMON_SURNAMES: Final = frozenset(
    [
        "will",
        "may",
        "can",
        "young",
        "long",
        "best",
        "hope",
        "little",
        "mark",
        "new",
        "more",
        "even",
        "king",
        "grace",
        "chance",
        "luck",
        "rose",
        "hill",
        "page",
        "field",
        "ward",
        "cash",
        "gray",
        "grey",
        "white",
        "black",
        "brown",
        "green",
        # a given name many carry (Leonardo, PSG's director), a city that hosts finals (Baku)
        "leonardo",
        "baku",
    ]
)
_PLACEHOLDER = compile_prefiltered(r"⟦([A-Z])(\d+)⟧")
_ADDRESSEE = compile_prefiltered(
    r"\b(?:at|told|tell|tells|informed|inform|informs|warned|assured|reminded|permission\s+for|granted|given|gave|denied)"
    r"\s+(?:the\s+)?$"
)
# the nouns of a club's offer for a man
OFFER_WORDS: Final = r"offers?|bids?|proposals?|packages?|approach(?:es)?|enquir(?:y|ies)"
# a club that bids ("an opening offer from the Gunners for their left-back"): not whose man "their" means
# ("an improved bid of around €80m plus add-ons from Bayern Munich")
_BIDDER = compile_prefiltered(rf"\b(?:{OFFER_WORDS}|interest)\s+(?:[^\s⟦⟧]+\s+){{0,6}}?from\s+(?:the\s+)?$")
# "a second Arsenal offer for their captain": the club's own bid, after its name
_BID_OF = compile_prefiltered(rf"\s+(?:{OFFER_WORDS})\s+for\b")
# a club named as someone's past or present own club: "since leaving Lazio", "the former Napoli coach",
# "now in charge of Brondby"
# what comes before a hometown, no club of the item's: "the man from Lecce" (extract reads it too)
HOMETOWN_BEFORE: Final = r"\bthe\s+(?:man|boy|lad|native)\s+from"
_ASIDE_CLUB = compile_prefiltered(
    r"\b(?:leaving|left|former|ex|departure\s+from|spells?\s+(?:at|with)|time\s+at|"
    # "is back from his loan at Roma": where he was, not his club
    r"back\s+from\s+(?:his\s+|a\s+|the\s+)?(?:season-long\s+)?loan\s+(?:spell\s+)?(?:at|with)|"
    # "out of work since Roma dismissed him in January"
    r"(?:out\s+of\s+work|without\s+a\s+(?:club|job)|unemployed)\s+since|"
    # "free since being sacked by Fenerbahce", "available since his dismissal by Genoa"
    r"(?:free|available|unattached)\s+since\s+(?:being\s+|he\s+was\s+|his\s+)?(?:sacked|dismissed|fired|axed|"
    r"dismissal|sacking|departure|exit)\s+(?:by|from|at)|"
    # "the 47-year-old arrived from Brighton": where he came from
    r"(?:arrived|arriving|joined|signed|came|moved|recruited|poached|prised|lured)\s+(?:\S+\s+){0,2}?from|"
    r"now\s+(?:in\s+charge\s+(?:of|at)|at|with|managing|coaching)|"
    # a hometown: "the man from Lecce"
    rf"{HOMETOWN_BEFORE}|"
    r"(?:won|lifted|played|spent|managed|coached|began|started|starred)\s+(?:[^,.;]{0,40}?\s+)?(?:with|at|for))"
    r"[\s-]+(?:the\s+)?$"
    # the rest of a list of past clubs: "the former Chelsea, Tottenham and Juventus boss"
    r"|\b(?:former|ex)[\s-]+(?:(?:⟦C\d+⟧|[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*)(?:\s*,\s*|\s+(?:and|or)\s+|\s*/\s*))+$"
)
_OPPONENT_CLUB = compile_prefiltered(
    r"\b(?:(?:defeat|loss|draw|win|victory)\s+(?:by|to|against|at|with|over)|against)\s+(?:the\s+)?$"
)
# a club of a man's past, not what "they" or "their" means next: the club he was signed from ("added
# Fabinho from Liverpool"), his former clubs ("coached by former Wolves and Tottenham boss Nuno")
_PAST_CLUB_BEFORE = compile_prefiltered(
    r"⟦P\d+⟧\s+(?:on\s+(?:a\s+)?loan\s+)?from\s+(?:the\s+)?$"
    r"|\b(?:former|ex-)\s*(?:⟦C\d+⟧(?:\s*,\s*|\s+and\s+))?$"
)
# what comes before a man who acts on another, not whom the next "he"/"him" means: a passive's agent
# ("sidelined by Luis Enrique"), the rival who took his place
_ACTS_ON_ANOTHER_BEFORE = compile_prefiltered(
    r"(?<!replaced\s)(?<!succeeded\s)(?<!signed\s)(?<!appointed\s)(?<!left\s)(?<!vacated\s)\bby\s+$"
    # "Kepa has lost his place to Robert Sanchez and Bournemouth want him": the rival, not whom "him" means
    r"|\b(?:lost|losing|lose|loses)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:place|spot|shirt|role|position|job)\s+"
    r"(?:in\s+the\s+(?:team|side)\s+)?to\s+$"
    # "His relationship with Pep Guardiola remains broken and City are open to offers": the other man
    r"|\b(?:his|her)\s+(?:[\w-]+\s+)?(?:relationship|rift|row|feud|fall-out|falling-out|bust-up|clash|dispute)\s+"
    r"with\s+(?:(?:manager|coach|boss|head\s+coach)\s+)?$"
    # "expected to link up with his former Barcelona coach Pep Guardiola, but he opted for Paris": the man
    # he would have joined, not whom "he" means
    r"|\b(?:his|her)\s+former\s+(?:⟦C\d+⟧\s+)?coach\s+$"
)
# a relative clause on a coach's past club right after a description: ", who left Wolves at the end of last
# season", ", who coached Roma between 2013 and 2016"
_COACHED_AFTER = compile_prefiltered(
    r",\s+who\s+(?:had\s+|has\s+)?(?:left|coached|managed|led|took|guided|was\s+sacked\s+by|was\s+in\s+charge\s+of)\s+"
    r"(?:the\s+)?⟦C(\d+)⟧"
)
_INCUMBENT_BEFORE = compile_prefiltered(
    r"\b(?:competition|cover|back-?up|understudy|deputy|partner|alongside|reunion|reunite\w*)\s+(?:for|to|with|of)?\s*"
    r"(?:the\s+)?(?:injured\s+|veteran\s+|first-choice\s+|captain\s+|skipper\s+)?$"
    r"|\bback\s+up\s+(?:the\s+)?$"
)
# a person named for his club: "Erik ten Hag's club", "Thomas Frank's side"
HIS_CLUB_WORDS = r"(?:club|side|team|men|outfit|charges)"
_CLUB_POSSESSOR = compile_prefiltered(rf"(?:'s|’s)\s+{HIS_CLUB_WORDS}\b")
_OBLIQUE_POSSESSOR = compile_prefiltered(r"(?:'s|’s)\s")
# ("was restored to Luis Enrique's first-team squad")
_OBLIQUE_BEFORE = compile_prefiltered(
    r"\b(?:in|under|during|of|since|before|after|with|for|to|into|from)\s+$"
)
_CLUB_SUFFIXES: Final = frozenset(
    ["united", "city", "town", "rovers", "athletic", "albion", "wanderers", "county", "rangers", "villa"]
)
# (a line's start is a sentence's: a paragraph after the headline)
_OPENING_NAME_BEFORE = compile_prefiltered(r"(?:^|[.!?:]\s|\n)([A-Z][a-z]+) $")
_NAME_WORD_BEFORE = compile_prefiltered(
    r"(?<![.!?:]\s)(?<!\n)(?<!^)\b(?!The\b|At\b|In\b|And\b|But\b)[A-Z][a-z]+ $"
)
# surnames that are also everyday words, read as a name at a sentence's start only in full
_COMMON_WORD_SURNAMES: Final = frozenset(
    [
        "still",
        "young",
        "long",
        "little",
        "hope",
        "will",
        "may",
        "even",
        "best",
        "new",
        "kind",
        "love",
        "star",
        "mark",
    ]
)
_VERB_OPENS_OBJECT = compile_prefiltered(r"\s+(?:the|a|an|his|her|their|its|between|through|into|about)\b")
_SENTENCE_START_BEFORE = compile_prefiltered(r"(?:^|[.!?]['\"’”]?\s+|[—–:]\s*|\n\s*|\d{2}\s+)$")
# the club a sentence opens on as its subject ("PSG considered ...": a past-tense verb too)
_LEAD_CLUB = compile_prefiltered(
    r"⟦C\d+⟧(?=\s+(?:are|is|have|has|were|was|had|will|would|remain|[a-z]+ed|held|made|met|sent|spoke|paid|told|"
    r"kept|lost|sold|bought|brought|took|began)\b)"
)
# (on the same line: "as Liverpool move in" ending a headline puts no place before the summary's first word)
_IN_BEFORE = compile_prefiltered(r"\b(?:in|around|near|outside)[^\S\n]+$")
_PLACE_ADJECTIVE = compile_prefiltered(r"-(?:born|based|raised|bred)\b")
_QUOTES = str.maketrans({"“": " ", "”": " ", '"': " ", "‘": " ", "«": " ", "»": " "})
_LONE_APOSTROPHE = compile_prefiltered(r"(?<![a-z])['’](?!s\b)|['’](?![a-z])(?<!s['’])")
_REPLACED = compile_prefiltered(
    r"(?:replace(?:s|d)?|replacing|replacements?\s+for|successors?\s+(?:to|for)|succeed(?:s|ing)?|in\s+place\s+of"
    r"|the\s+(?:sacked|axed|departed|outgoing|ousted|departing))\s+(?:the\s+)?"
    r"(?:(?:interim|caretaker|current|outgoing|sacked|departed|under-fire|embattled|incumbent)\s+)?"
    r"(?:(?:boss|manager|head\s+coach|coach)\s+)?⟦P(\d+)⟧"
    r"|⟦P(\d+)⟧(?:'s|’s)\s+(?:successor|replacement|shoes)"
    # "the hole left by Rodri's cruciate ligament injury": the injured one, whose place is to fill
    r"|⟦P(\d+)⟧(?:'s|’s)\s+(?:[^\s⟦⟧]+\s+){0,3}?injury"
    # "appoint X after sacking Y": Y is the one replaced
    r"|(?:after|following)\s+(?:the\s+)?(?:sacking|dismissal|departure|exit|resignation|sacked)\s+(?:of\s+)?⟦P(\d+)⟧"
    # "after parting ways with Y", "days after sacking Y"
    r"|(?:after|following)\s+(?:\S+\s+){0,3}?(?:parting|parted)\s+(?:ways|company)\s+with\s+⟦P(\d+)⟧"
    r"|\bafter\s+(?:sacking|dismissing|axing|firing)\s+(?:\S+\s+){0,2}?⟦P(\d+)⟧"
    # "Villa, who sacked Dean Smith on Sunday, have asked ...": the club's search is for his successor
    r"|⟦C\d+⟧,\s+who\s+(?:have\s+|had\s+)?(?:sacked|dismissed|axed|fired)\s+⟦P(\d+)⟧"
)
_OWNER_CLUB = compile_prefiltered(
    rf"⟦C(\d+)⟧(?:'s|’s)?\s+(?:(?:{ROLE_ADJ}|⟦N\d+⟧|\S+-\S+)\s+){{0,3}}{OWNER_ROLES}\s+⟦P"
    rf"|⟦C(\d+)⟧(?:'s|’s)\s+⟦P"
    # a man described by his club, his name left out: "Hull City turn to Reading boss"
    rf"|(?:(?<=\bto\s)|(?<=\bfor\s)|(?<=\bon\s))⟦C(\d+)⟧\s+(?:{_ROLE})(?:\s+as\b|\s*$)"
)


@dataclass(slots=True)
class Slot:
    """One entity occurrence in a sentence: ``kind`` C/P/N/J, ``key`` a club id, a person key (a
    knowledge-base id, or ``?slug`` for someone not in it) or a nation id."""

    kind: str
    start: int  # offsets in the item text
    end: int
    key: str
    name: str
    ref: bool = False
    owner: str | None = None  # club that a description names as the person's ("The Palace winger")
    possessor: bool = False  # a club named as a person's own ("Inter boss X"): not what "they" means
    replaced: bool = False  # a person named as the one being replaced: a reference rarely means him
    # a club told something, or where someone is ("have told Liverpool they", "unsettled at United and
    # they"): "they" means it only when its sentence names no other club
    addressee: bool = False
    nation_kind: str = ""  # for N slots: nation, nation_adj or demonym
    aside: bool = False  # a past or own club ("since leaving Lazio"), an oblique possessor ("in X's final
    # months"): not what "the club" or "his" means
    opponent: bool = False  # a match opponent ("a defeat by Chelsea"): not what "they" means
    former: bool = False  # the club a man was signed from ("added Fabinho from Liverpool"): "they" means it
    # only when no other club was named
    bidder: bool = False  # a club after "an offer from": not whose man "their left-back" is
    # a player a signing would join or compete with ("competition for Nick Pope", "a partner for Musiala"):
    # a description of the newcomer ("the England Under-21 keeper") rarely means him
    incumbent: bool = False
    # a man named for another's sake ("with Renato Sanches heading the other way", "after Rodri injury"):
    # descriptions mean the other
    makeweight: bool = False
    asked: bool = False  # the one a question asks about ("What about Marcus Rashford?"): the answer's "he"
    said_as: str = ""  # a reference's own words, lower case ("their", "the spaniard")
    official: bool = False  # a club official standing for his club ("Eberl has put together a list")


@dataclass(slots=True)
class Sentence:
    """A sentence with its template (placeholders ``⟦C0⟧``…) and the slots behind the placeholders."""

    index: int
    start: int
    end: int
    text: str
    is_title: bool
    template: str = ""
    slots: list[Slot] = field(default_factory=list)
    positions: list[tuple[int, int]] = field(default_factory=list)  # template span of each slot


@dataclass(slots=True)
class PersonInfo:
    key: str
    name: str
    person: Person | None
    coach: bool = False  # named with a coach's title ("head coach X"): no player description means him


class MentionResolver:
    """Turns an item's text into resolved sentences. One instance per knowledge base; thread-safe."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        leagues = sorted(
            {re.escape(fold(n)) for lg in kb.leagues.values() for n in (lg.name, lg.id.replace("-", " "))},
            key=len,
            reverse=True,
        )
        league_alt = "|".join(leagues) if leagues else "(?!x)x"
        self._ref = compile_prefiltered(_REF.pattern.replace("LEAGUES", league_alt))
        self._country_of_nation = {n.id: fold(n.name) for n in kb.nations.values()}
        # a club nickname a national team shares ("the Azzurri": Napoli, Italy)
        self._nation_aliases = frozenset(fold(a) for n in kb.nations.values() for a in (n.name, *n.aliases))
        # the bare surnames of men known by their full names only, each one man's: his when a sentence
        # makes the word a mover ("Ozil completes Fenerbahce move")
        owners: dict[str, set[str]] = {}
        for pid in kb.full_names_only:
            sur = surname_of(person.name) if (person := kb.person(pid)) else None
            if sur and " " not in sur and fold(sur) not in _NAME_STOP:
                owners.setdefault(fold(sur), set()).add(pid)
        self._full_only_surnames = {sur: next(iter(ids)) for sur, ids in owners.items() if len(ids) == 1}

    # ------------------------------------------------------------------------------------------------

    def resolve(
        self,
        text: str,
        spans: list[tuple[int, int]],
        title_end: int,
        home_club: str | None,
        year: int | None = None,
    ) -> list[Sentence]:
        """Resolve every sentence of ``text`` (``spans`` from :func:`feeds.sentences.split_sentences`);
        ``year``, the item's, checks an age ("the 25-year-old") against a known year of birth."""
        sentences, surnames = self._resolve_once(text, spans, title_end, home_club, {}, year)
        # "succeed Hodgson at Selhurst Park. Roy Hodgson resigned on Monday": a surname met before the
        # full name that made it known is read again
        early = {
            sur: found
            for sur, found in surnames.items()
            if any(
                re.search(rf"(?<![\w'’]){re.escape(sur)}(?!\w)", s.text)
                and not any(slot.key == found[0] for slot in s.slots)
                for s in sentences
            )
        }
        if early:
            sentences, _ = self._resolve_once(text, spans, title_end, home_club, early, year)
        return sentences

    def _resolve_once(
        self,
        text: str,
        spans: list[tuple[int, int]],
        title_end: int,
        home_club: str | None,
        known_unknowns: dict[str, tuple[str, str]],
        year: int | None,
    ) -> tuple[list[Sentence], dict[str, tuple[str, str]]]:
        kb = self.kb
        mentions = _drop_partial_surnames(kb, kb.find_mentions(text), text)
        # "the Azzurri" is Napoli only when the item names Napoli by another name; else the national team
        shared = self._nation_aliases
        national = _NATIONAL_TEAM_NEAR.search
        by_name = {m.ids[0] for m in mentions if m.kind == "club" and fold(m.text) not in shared}
        mentions = [
            m
            for m in mentions
            if m.kind != "club"
            or fold(m.text) not in shared
            or (m.ids[0] in by_name and not national(text, max(0, m.start - 80), m.end + 80))
        ]
        named_clubs = [m.ids[0] for m in mentions if m.kind == "club" and not m.ambiguous]
        named_clubs += _agreeing_ambiguous(mentions, named_clubs)
        item_clubs = frozenset(named_clubs)
        full_people = {m.ids[0] for m in mentions if m.kind == "person" and not m.ambiguous and not m.derived}
        # officials named in full: their bare surname later is theirs ("Richard Hughes ... Hughes said")
        officials = {
            fold(surname_of(m.text))
            for m in mentions
            if m.kind == "person" and not m.derived and " " in m.text and _is_official(kb, m)
        }
        if officials:
            mentions = [
                m for m in mentions if not (m.kind == "person" and m.derived and fold(m.text) in officials)
            ]
        item_people_clubs = {p.club for pid in full_people if (p := kb.person(pid)) and p.club}
        # what the item says of a man whose full name two people share: "the Uruguayan", "the 33-year-old"
        # (read only when the item names such a man: most items do not)
        hints = _NamesakeHints(frozenset(), frozenset())
        if any(m.kind == "person" and len(m.ids) > 1 and not m.derived for m in mentions):
            born: frozenset[int] = frozenset()
            if year is not None:  # an age in a year is one of two years of birth
                born = frozenset(year - int(age) - d for age in _AGE.findall(text) for d in (0, 1))
            nations = frozenset(m.ids[0] for m in mentions if m.kind in ("nation", "nation_adj", "demonym"))
            hints = _NamesakeHints(nations, born)
        persons: dict[str, PersonInfo] = {}
        history: list[Slot] = []  # every P/C/J slot so far, in text order
        previous = 0  # where the sentence before's slots begin in ``history``
        unknown_surnames = dict(known_unknowns)
        for key, name in known_unknowns.values():
            persons[key] = PersonInfo(key, name, None)
        replaced: set[str] = set()  # people named as the one being replaced, so far
        sentences: list[Sentence] = []
        first_names: dict[str, tuple[str, str] | None] = {}  # None: two people share it
        mi = 0
        for index, (start, end) in enumerate(spans):
            sent = Sentence(index, start, end, text[start:end], start < title_end)
            raw: list[Slot] = []
            while mi < len(mentions) and mentions[mi].start < start:
                mi += 1
            stop = mi
            while stop < len(mentions) and mentions[stop].end <= end:
                stop += 1
            inside = mentions[mi:stop]
            dropped: list[tuple[int, int]] = []  # names of the knowledge base left unresolved
            # the clubs this sentence names, asked only by an ambiguous alias (a ground is where a club is,
            # not a club acting)
            here = (
                [
                    (m.start, m.ids[0])
                    for m in inside
                    if m.kind == "club" and not m.ambiguous and not _is_ground(kb, m)
                ]
                if any(m.kind == "club" and m.ambiguous for m in inside)
                else []
            )
            for m in inside:
                if (
                    m.kind == "person"
                    and m.derived
                    and m.text in known_unknowns
                    and not any(pid in full_people for pid in m.ids)
                ):
                    # "Spurs also agree Werner loan ... a loan deal for Timo Werner": the surname of the
                    # unknown person the item names in full, not a namesake the knowledge base knows
                    continue
                if (
                    m.kind == "person"
                    and " " not in m.text
                    and (known := first_names.get(m.text)) is not None
                    and known[0] not in m.ids
                ):
                    # "Bernardo Silva ... Bernardo's situation": the first name of a man the item named in
                    # full (_first_name_mentions gives it him), not a namesake known by that one name nor
                    # one whose surname it is ("Thiago Alcantara ... Thiago had made clear": not Igor Thiago)
                    continue
                if (
                    m.kind == "person"
                    and year is not None
                    and all(_a_child_in(kb, pid, year) for pid in m.ids)
                ):
                    # "Willian" in 2018 is not Estêvão Willian, then 11: a child is no one's news
                    dropped.append((m.start, m.end))
                    continue
                if m.kind == "person" and _is_official(kb, m):
                    # a club official ("Florentino Perez", "Todd Boehly") acts for his club and never
                    # moves: no person, and no unknown person either; his club, when the item names it and
                    # not just before him ("Eberl has put together a list" is Bayern's, "Bayern director
                    # Max Eberl" is already Bayern)
                    official = kb.person(m.ids[0])
                    club = kb.club(official.club if official else None)
                    if (
                        club is not None
                        and club.id in item_clubs
                        and not any(s.kind == "C" and s.key == club.id and m.start - s.end < 40 for s in raw)
                        and (
                            _OFFICIAL_OPENS.search(text[start : m.start]) is not None
                            or _OFFICIALS_OWN.match(text, m.end) is not None
                        )
                    ):
                        raw.append(Slot("C", m.start, m.end, club.id, club.name, ref=True, official=True))
                    else:
                        dropped.append((m.start, m.end))
                    continue
                slot = self._slot(
                    m,
                    text,
                    named_clubs,
                    here,
                    full_people,
                    item_people_clubs,
                    home_club,
                    persons,
                    hints,
                    inside,
                )
                if slot is not None:
                    raw.append(slot)
                    # a man known by his full name only: his bare surname, from here on, is his
                    full_only = slot.kind == "P" and slot.key in kb.full_names_only and not slot.ref
                    if full_only and (sur := surname_of(slot.name)) is not None:
                        unknown_surnames[sur] = (slot.key, slot.name)
                elif m.kind == "person":
                    dropped.append((m.start, m.end))
            raw.extend(self._unknown_people(sent, raw, persons, unknown_surnames, dropped))
            raw.extend(_first_name_mentions(sent, raw, first_names))
            raw.sort(key=lambda s: s.start)
            self._template(
                sent, raw, history, persons, replaced, title_end, home_club, item_clubs, year, previous
            )
            previous = len(history)
            asked = [s for s in sent.slots if s.kind == "P"]
            if asked and len({s.key for s in asked}) == 1 and _QUESTION_END.search(sent.text):
                for slot in asked:
                    slot.asked = True
            history.extend(s for s in sent.slots if s.kind in "PCJ")
            for slot in raw:
                # a person named in full, later called by his first name ("Ivan will move on")
                words = slot.name.split()
                if slot.kind != "P" or slot.ref or len(words) < 2 or " " not in text[slot.start : slot.end]:
                    continue
                first = words[0]
                if len(first) >= 3 and fold(first) not in _NAME_STOP:
                    known = first_names.get(first, (slot.key, slot.name))
                    first_names[first] = (slot.key, slot.name) if known and known[0] == slot.key else None
            sentences.append(sent)
        return sentences, unknown_surnames

    # ------------------------------------------------------------------------------------------------

    def _slot(
        self,
        m: Mention,
        text: str,
        named_clubs: list[str],
        named_here: list[tuple[int, str]],
        full_people: set[str],
        people_clubs: set[str],
        home_club: str | None,
        persons: dict[str, PersonInfo],
        hints: _NamesakeHints,
        sentence_mentions: list[Mention],
    ) -> Slot | None:
        kb = self.kb
        if (
            m.kind == "person"
            and m.derived
            and fold(m.text) in _COMMON_WORD_SURNAMES
            and _SENTENCE_START_BEFORE.search(text, max(0, m.start - 12), m.start)
        ):
            return (
                None  # "Still nothing on X", "Young players ...": a word that opens the sentence, no surname
            )
        if m.kind == "outlet":
            return None  # a publication's name, read over a club's alias inside it
        if m.kind == "club" and _PLACE_ADJECTIVE.match(text, m.end):
            return None  # "the Paris-born defender": a place, not a club
        if (
            m.kind == "club"
            and m.text.endswith("ing")
            and _VERB_OPENS_OBJECT.match(text, m.end)
            and _SENTENCE_START_BEFORE.search(text, max(0, m.start - 12), m.start)
        ):
            return None  # "Reading the runes, ...": a verb that opens the sentence, not Reading FC
        if (
            m.kind == "club"
            and fold(m.text) in _CLUB_SUFFIXES
            and (
                _NAME_WORD_BEFORE.search(text, 0, m.start)
                # (at a sentence's start too: "Mansfield Town sack Nigel Clough")
                or (
                    (first := _OPENING_NAME_BEFORE.search(text, max(0, m.start - 30), m.start)) is not None
                    and fold(first.group(1)) not in _TITLE_WORDS
                )
            )
        ):
            return None  # "Peterborough United": a club the knowledge base does not know, not Man United
        if (
            m.kind == "club"
            and _IN_BEFORE.search(text, max(0, m.start - 8), m.start)
            and not text.startswith(("'s", "’s"), m.end)
            and (club := kb.club(m.ids[0])) is not None
            and fold(m.text) != fold(club.name)
            and " " not in m.text
        ):
            return None  # "medical tests in Birmingham": a city, not Birmingham City
        if m.kind == "club":
            club_id = m.ids[0]
            if m.ambiguous:
                named_next = {k for at, k in named_here if at > m.start}
                club_id = (
                    _pick(m.ids, named_clubs)
                    # "the Blues have opened negotiations with the Foxes" (both Blues): not a club the
                    # sentence goes on to name by another name, when the item names one other candidate
                    or _pick(m.ids, [c for c in named_clubs if c not in named_next])
                    or (home_club if home_club in m.ids else None)
                    or ""
                )
                if not club_id:
                    named_candidates = [c for c in m.ids if c in named_clubs]
                    if len(named_candidates) > 1:
                        # "Atalanta say no to Inter ... the Nerazzurri made an offer": both named, the
                        # usual reading (the first candidate of ambiguous.yml), not the player's club
                        listed = kb.ambiguous.get(fold(m.text), m.ids)
                        club_id = next((c for c in listed if c in named_candidates), "")
                if not club_id:
                    inside = [c for c in m.ids if c in people_clubs]
                    club_id = inside[0] if len(inside) == 1 else ""
                if (
                    not club_id
                    and not m.text.lower().startswith("the ")
                    and m.text[:1].isupper()
                    and not _JOB_AFTER.match(text, m.end)
                    and not _THE_BEFORE.search(text, 0, m.start)
                ):
                    # "Sporting striker Viktor Gyokeres", "Inter sign X": a club's own name (not a "the ..."
                    # nickname) that nothing else in the item settles - the usual reading (the first
                    # candidate of ambiguous.yml), as a reader of transfer news would take it
                    listed = kb.ambiguous.get(fold(m.text), m.ids)
                    club_id = next((c for c in listed if c in m.ids), m.ids[0])
                if not club_id:
                    return None
            club = kb.club(club_id)
            return Slot("C", m.start, m.end, club_id, club.name if club else m.text)
        if m.kind == "person" and m.derived and _ADJECTIVE_AFTER.match(text, m.end):
            return None  # "the Roman club withdrew": a word before a noun, not Leo Román
        if m.kind == "person":
            ids = m.ids
            if len(ids) > 1:
                chosen = [i for i in ids if i in full_people]
                if len(chosen) != 1:
                    chosen = [i for i in ids if (p := kb.person(i)) and p.club in named_clubs]
                if len(chosen) > 1:
                    # two namesakes whose clubs the item names: the one whose club his own sentence names
                    # ("City have made an enquiry with Porto about Nico Gonzalez")
                    in_sentence = {
                        n.ids[0] for n in sentence_mentions if n.kind == "club" and not n.ambiguous
                    }
                    near = [
                        i
                        for i in chosen
                        if (p := kb.person(i)) and (p.club in in_sentence or kb.joins.get(i) in in_sentence)
                    ]
                    chosen = near if len(near) == 1 else chosen
                if not chosen:
                    chosen = [i for i in ids if kb.joins.get(i) in named_clubs]
                if len(chosen) != 1 and not m.derived:
                    # "Ederson: ... for Manchester City goalkeeper": the one whose position the item names
                    # (a full name only: a bare surname may be someone else entirely)
                    named = {pos for w in _ROLE_WORD.findall(text.lower()) for pos in _POSITIONS_OF_ROLE[w]}
                    chosen = [i for i in ids if (p := kb.person(i)) and p.position in named]
                if len(chosen) != 1 and not m.derived:
                    # two men of one full name ("Luis Suárez"): the one of the nation the item names ("the
                    # Uruguayan"), else of the age it gives ("the 33-year-old")
                    chosen = [i for i in ids if (p := kb.person(i)) and p.nationality in hints.nations]
                    if len(chosen) != 1:
                        chosen = [i for i in ids if (p := kb.person(i)) and p.born in hints.born]
                if len(chosen) != 1 and m.derived:
                    # a surname the news uses for one of a family ("Mbappe", "Simeone"): the reading
                    # ambiguous.yml lists first, when nothing in the item points to another
                    listed = kb.ambiguous_people.get(fold(m.text), ())
                    chosen = [i for i in listed if i in ids][:1]
                if len(chosen) != 1:
                    return None
                ids = (chosen[0],)
            pid = ids[0]
            if m.derived and fold(m.text) in _COMMON_SURNAMES and pid not in full_people:
                return None
            person = kb.person(pid)
            name = person.name if person else m.text
            persons.setdefault(pid, PersonInfo(pid, name, person))
            return Slot("P", m.start, m.end, pid, name)
        if m.kind == "journalist":
            return Slot("J", m.start, m.end, m.ids[0], m.text)
        if m.text[:4].lower() == "the ":
            # "the Netherlands midfielder": the article stays in the template, for "the <nation> <role>"
            return Slot("N", m.start + 4, m.end, m.ids[0], m.text[4:], nation_kind=m.kind)
        return Slot("N", m.start, m.end, m.ids[0], m.text, nation_kind=m.kind)

    def _unknown_people(
        self,
        sent: Sentence,
        raw: list[Slot],
        persons: dict[str, PersonInfo],
        surnames: dict[str, tuple[str, str]],
        dropped: list[tuple[int, int]],
    ) -> list[Slot]:
        """People not in the knowledge base, where the sentence makes them the object of a move.

        ``dropped`` are spans of knowledge-base names left unresolved (homonyms): never re-read as
        someone unknown, which would be a guess by another name."""
        out: list[Slot] = []
        taken = [(s.start, s.end) for s in raw] + dropped
        text = sent.text
        # names already resolved are blanked, so "Sporting's Mateus Correia" still finds the player
        masked = list(text)
        for a, b in taken:
            lo, hi = max(a - sent.start, 0), min(b - sent.start, len(text))
            if lo < hi:
                masked[lo:hi] = " " * (hi - lo)
        masked_text = "".join(masked)
        pos = 0
        while (m := _NAME.search(masked_text, pos)) is not None:
            pos = m.end()
            found = m.group(1)
            owner = _INNER_POSSESSIVE.match(found)
            if owner is not None:
                # "Shanghai Port's Kevin Muscat": a club's (or someone's) person; read on after it
                pos = m.start() + owner.end()
                continue
            if found.endswith(("'s", "’s")):
                found = found[:-2]  # "İsmail Kartal's contract": the name, not its possessive
            m_end = m.start() + len(found)
            s, e = sent.start + m.start(), sent.start + m_end
            if _overlaps(taken, s, e):
                continue
            words = found.split()
            if any(fold(w) in _NAME_STOP for w in words):
                continue
            if any(
                r.kind == "P" and r.start == e + 1 and fold(r.name.split()[0]) == fold(words[0]) for r in raw
            ):
                continue  # "Erling Braut Haaland": the known man's given names, not another man
            if _DEMONYM_END.search(words[-1]) and _ROLE_NEXT.match(text, m_end):
                continue  # "the 18-year-old Sierra Leonean centre-back": a nationality, not a name
            before = text[max(0, m.start() - 40) : m.start()]
            # "talks with Almería for the Colombian Luis Javier Suárez": the nationality is no context
            before = _DEMONYM_BEFORE.sub(" ", before)
            if _OFFICIAL_TITLE.search(before.lower()):
                continue  # "general manager Damien Comolli": an official, not a mover
            if _COUNTERPARTY.search(before) and _OVER_SOMEONE.match(text, m_end):
                continue  # "reach agreement with Patro Eisden over Anis Hadj Moussa": the selling club
            if not _mover_named(text, m.start(), m_end) and not _paired_with_person(
                raw, text, sent.start, m.start(), m_end
            ):
                continue
            name = " ".join(words)
            key = "?" + slug(name)
            folded = fold(name) if surnames else ""
            known = next((v for k, v in surnames.items() if fold(k) == folded), None)
            if known is not None and not known[0].startswith("?"):
                key, name = known  # the surname of a man the item names in full ("Van de Beek")
            persons.setdefault(key, PersonInfo(key, name, None))
            sur = surname_of(name)
            if sur:
                surnames[sur] = (key, name)
            out.append(Slot("P", s, e, key, name))
            taken.append((s, e))
        for m in _SINGLE_NAME.finditer(masked_text):
            pid = self._full_only_surnames.get(fold(m.group(0)))
            s, e = sent.start + m.start(), sent.start + m.end()
            if pid is None or _overlaps(taken, s, e):
                continue
            if _IN_PROPER_NOUN.search(masked_text, 0, m.start()) or _NEXT_PROPER.match(masked_text, m.end()):
                continue  # "the former Queen's Park forward": a word of another name
            if not _mover_opens(text, m.start(), m.end()):
                continue
            person = self.kb.person(pid)
            name = person.name if person else m.group(0)
            persons.setdefault(pid, PersonInfo(pid, name, person))
            surnames[m.group(0)] = (pid, name)
            out.append(Slot("P", s, e, pid, name))
            taken.append((s, e))
        for sur, (key, name) in surnames.items():
            for m in re.finditer(rf"(?<![\w'’]){re.escape(sur)}(?![\w])", text):
                s, e = sent.start + m.start(), sent.start + m.end()
                if not _overlaps(taken, s, e):
                    out.append(Slot("P", s, e, key, name))
                    taken.append((s, e))
        return out

    # ------------------------------------------------------------------------------------------------

    def _template(
        self,
        sent: Sentence,
        raw: list[Slot],
        history: list[Slot],
        persons: dict[str, PersonInfo],
        persons_replaced: set[str],
        title_end: int,
        home_club: str | None = None,
        named_clubs: frozenset[str] = frozenset(),
        year: int | None = None,
        previous: int = 0,
    ) -> None:
        """Build the sentence template, resolving references against ``history`` as it goes
        (``named_clubs``: the clubs the item names; ``year``: the item's; ``history[previous:]``: the
        sentence before's slots)."""
        pieces: list[str] = []
        pos = sent.start
        slots: list[Slot] = []
        base_positions: list[tuple[int, int]] = []
        cursor = 0
        for slot in raw:
            if slot.start < pos:
                continue
            chunk = _possessive_after(sent.text, pos - sent.start, slot.start - sent.start, bool(slots))
            pieces.append(chunk)
            cursor += len(chunk)
            ph = f"⟦{slot.kind}{len(slots)}⟧"
            pieces.append(ph)
            base_positions.append((cursor, cursor + len(ph)))
            cursor += len(ph)
            slots.append(slot)
            pos = slot.end
        pieces.append(_possessive_after(sent.text, pos - sent.start, sent.end - sent.start, bool(slots)))
        first = "".join(pieces)
        for m in _OWNER_CLUB.finditer(first):
            slots[int(m.group(1) or m.group(2) or m.group(3))].possessor = True
        for k, slot in enumerate(slots):
            if (
                slot.kind == "P"
                and slot.key in persons
                and _COACH_TITLE_BEFORE.search(first, max(0, base_positions[k][0] - 20), base_positions[k][0])
            ):
                persons[slot.key].coach = True
            if (
                slot.kind == "P"
                and _OBLIQUE_POSSESSOR.match(first, base_positions[k][1])
                and _OBLIQUE_BEFORE.search(first, max(0, base_positions[k][0] - 12), base_positions[k][0])
            ):
                slot.aside = True  # "in Carlo Ancelotti's final months": not whom "his" means next
            if slot.kind == "P" and _INCUMBENT_BEFORE.search(
                first, max(0, base_positions[k][0] - 40), base_positions[k][0]
            ):
                slot.incumbent = True
            if slot.kind == "P" and _CLUB_POSSESSOR.match(first, base_positions[k][1]):
                slot.aside = True  # "has informed Erik ten Hag's club that he ...": his club, not him
            if slot.kind == "P" and any(
                first.endswith(before, 0, base_positions[k][0]) and after.match(first, base_positions[k][1])
                for before, after in _FOR_ANOTHER
            ):
                slot.makeweight = True  # "with Renato Sanches heading the other way", "after Rodri injury"
            if slot.kind == "P" and _ACTS_ON_ANOTHER_BEFORE.search(
                first, max(0, base_positions[k][0] - 30), base_positions[k][0]
            ):
                slot.aside = True  # "sidelined by Luis Enrique after refusing to extend his contract"
            if slot.kind == "C" and _ADDRESSEE.search(
                first, max(0, base_positions[k][0] - 30), base_positions[k][0]
            ):
                slot.addressee = True
            if slot.kind == "C" and (
                _BIDDER.search(first, max(0, base_positions[k][0] - 70), base_positions[k][0])
                or _BID_OF.match(first, base_positions[k][1])
            ):
                slot.bidder = True
            if slot.kind == "C" and _ASIDE_CLUB.search(
                first, max(0, base_positions[k][0] - 90), base_positions[k][0]
            ):
                slot.aside = True
            if slot.kind == "C" and _OPPONENT_CLUB.search(
                first, max(0, base_positions[k][0] - 30), base_positions[k][0]
            ):
                slot.opponent = True
            if slot.kind == "C" and _PAST_CLUB_BEFORE.search(
                first, max(0, base_positions[k][0] - 30), base_positions[k][0]
            ):
                slot.former = True
        replaced_here: set[str] = set()
        for m in _REPLACED.finditer(first):
            slot = slots[int(next(g for g in m.groups() if g))]
            if slot.kind == "P":
                persons_replaced.add(slot.key)
                replaced_here.add(slot.key)
        # (a man replaced earlier whose own news is told is the story again: "Inter's search for Inzaghi's
        # successor ... Inzaghi's departure was made official. The coach has signed with Al-Hilal")
        for k, slot in enumerate(slots):
            slot.replaced = slot.kind == "P" and slot.key in persons_replaced
            if (
                slot.replaced
                and slot.key not in replaced_here
                and _NEWS_OF.match(first, base_positions[k][1])
            ):
                persons_replaced.discard(slot.key)
                slot.replaced = False
        # second pass: references replace spans of the first template
        out: list[str] = []
        final_slots: list[Slot] = []
        positions: list[tuple[int, int]] = []
        seen: list[Slot] = list(history)
        last = 0
        index_of = {i: s for i, s in enumerate(slots)}
        written = 0  # the length of the template so far: "".join(out)

        def put(piece: str) -> None:
            nonlocal written
            out.append(piece)
            written += len(piece)

        def place(slot: Slot) -> None:
            ph = f"⟦{slot.kind}{len(final_slots)}⟧"
            positions.append((written, written + len(ph)))
            final_slots.append(slot)
            put(ph)

        def emit_plain(upto: int) -> None:
            nonlocal last
            segment = first[last:upto]
            k = 0  # copy the segment, renumbering its placeholders
            for ph in _PLACEHOLDER.finditer(segment) if "⟦" in segment else ():
                put(segment[k : ph.start()])
                slot = index_of[int(ph.group(2))]
                place(slot)
                if slot.kind in "PCJ":
                    seen.append(slot)
                k = ph.end()
            put(segment[k:])
            last = upto

        for m in self._ref.finditer(first):
            if m.start() < last:
                continue
            emit_plain(m.start())
            ref = self._resolve_ref(
                m, index_of, seen, persons, len(history), title_end, home_club, named_clubs, year, previous
            )
            if ref is None:
                continue
            ref.start, ref.end = sent.start, sent.start  # references have no name span of their own
            ref.said_as = m.group(0).lower()
            if ref.kind == "C" and _BIDDER.search(first, max(0, m.start() - 70), m.start()):
                ref.bidder = True  # "rejected a bid from the French champions for their centre-back"
            place(ref)
            seen.append(ref)
            last = m.end()
        emit_plain(len(first))
        sent.template = "".join(out)
        sent.slots = final_slots
        sent.positions = positions

    def _resolve_ref(
        self,
        m: re.Match[str],
        index_of: dict[int, Slot],
        seen: list[Slot],
        persons: dict[str, PersonInfo],
        boundary: int,
        title_end: int,
        home_club: str | None = None,
        named_clubs: frozenset[str] = frozenset(),
        year: int | None = None,
        previous: int = 0,
    ) -> Slot | None:
        """Resolve one reference; ``seen[boundary:]`` are the slots of the current sentence so far,
        ``seen[previous:boundary]`` those of the sentence before."""
        kb = self.kb
        group = m.lastgroup
        if m.group("mside") or m.group("mrej"):
            coach = kb.person(index_of[int(m.group("msp") or m.group("mrp") or m.group("mrt"))].key)
            team = kb.club(coach.club) if coach is not None and coach.role == "manager" else None
            # (a manager turned down is named for his club: a refusal says which club he stands for)
            if team is not None and named_clubs and team.id not in named_clubs and not m.group("mrej"):
                # an item naming other clubs but never his (the knowledge base's club may be a later
                # one: "Frank Lampard's club" in a story of his Chelsea days) is no guess at his club
                return None
            return Slot("C", 0, 0, team.id, team.name, ref=True) if team else None
        if m.group("clubdesc"):
            country = league = None
            if m.group("cdn"):
                country = self._country_of_nation.get(index_of[_num(m.group("cdn"))].key)
            elif not m.group("cdr"):
                league = kb.league_for_words(m.group("cdl"))
            region = _REGIONS.get(m.group("cdr") or "", ())
            # a club named as someone's own ("Al-Hilal midfielder X") is rarely the one described, nor a
            # past club ("the former Chelsea, Tottenham and Juventus boss has signed with the Serie A side")
            # (but the party a club deals with often is one: "Aston Villa's Leon Bailey is the alternative,
            # and Roma have opened talks with the Premier League club")
            dealt_with = bool(_PARTY_WITH_BEFORE.search(m.string, 0, m.start()))
            for slot in sorted(reversed(seen), key=lambda x: (x.aside, x.possessor and not dealt_with)):
                club = kb.club(slot.key) if slot.kind == "C" else None
                if club is None:
                    continue
                if (
                    club.id in region
                    if region
                    else (fold(club.country) == country if country else club.league == league)
                ):
                    return Slot("C", 0, 0, slot.key, slot.name, ref=True)
            return None
        if m.group("compat"):
            # the last man named before, of the nation of the one the "his" is (the sentence's last named)
            compat_of = next((s for s in reversed(seen[boundary:]) if s.kind == "P"), None)
            shared = _nationality(kb, compat_of.key) if compat_of else None
            if compat_of is None or shared is None:
                return None
            for slot in reversed(seen):
                if slot.kind != "P":
                    continue
                if slot.key != compat_of.key and _nationality(kb, slot.key) == shared:
                    return Slot("P", 0, 0, slot.key, slot.name, ref=True)
            return None
        if m.group("age"):
            # the person the item talks about most; a player's age is rarely a manager's ("Rodgers is an
            # admirer of the 26-year-old")
            managers = {s.key for s in seen[-10:] if s.kind == "P" and _role_of(kb, s.key) == "manager"}
            # (not one the item already gave another age: "the 37-year-old ... the 22-year-old")
            age = m.group("age")[-11:-9]  # the two digits of "the NN-year-old"
            years = int(age)
            aged_otherwise = {
                s.key
                for s in seen
                if s.kind == "P" and s.said_as.endswith("-year-old") and age not in s.said_as
            }
            if year is not None:
                # (nor one whose year of birth gives another age)
                aged_otherwise |= {
                    s.key
                    for s in seen
                    if s.kind == "P"
                    and (born := _born(kb, s.key)) is not None
                    and years not in (year - born - 1, year - born)
                }
            if years >= 40:
                # a manager's age, hardly a player's ("Real Madrid confirmed that the 43-year-old has signed",
                # in an item naming his players too): the last manager named, else someone the knowledge
                # base does not know; one named as being replaced last of all
                people = [s for s in seen if s.kind == "P" and s.key not in aged_otherwise]
                coaches = [s for s in people if _role_of(kb, s.key) == "manager"]
                unknown = [s for s in people if kb.person(s.key) is None]
                for replaced in (False, True):
                    older = [s for s in coaches if s.replaced == replaced] or [
                        s for s in unknown if s.replaced == replaced
                    ]
                    if older:
                        return Slot("P", 0, 0, older[-1].key, older[-1].name, ref=True)
                return None
            # a player named earlier in the same sentence first ("Kyle Walker asked to leave, and AC Milan
            # have made an approach about a loan for the 34-year-old")
            # (the sentence's first name, its subject: not "after an injury to Rúben Dias")
            opener = seen[boundary] if len(seen) > boundary else None
            if (
                opener is not None
                and opener.kind == "C"
                and len(seen) > boundary + 1
                and _CLUB_DESCRIBES_OPENER.match(m.string)
            ):
                opener = seen[boundary + 1]  # "Lille defender Leny Yoro ...": the man the club describes
            if (
                opener is not None
                and opener.kind == "P"
                and opener.key not in managers | aged_otherwise
                and not opener.ref
            ):
                return Slot("P", 0, 0, opener.key, opener.name, ref=True)
            # the one man named in the same sentence whose year of birth gives this age ("will pay the release
            # clause in Ruben Amorim's contract, and the 39-year-old has agreed terms")
            dated_here = {
                s.key: s
                for s in (seen[boundary:] if year is not None else ())
                if s.kind == "P" and s.key not in aged_otherwise and _born(kb, s.key)
            }
            if len(dated_here) == 1:
                (only,) = dated_here.values()
                return Slot("P", 0, 0, only.key, only.name, ref=True)
            # a sentence opening on the age, after one that named a single man of that age: him, not the
            # man the item talks about most ("Arsenal have agreed a £65m fee with Chelsea for Kai Havertz.
            # The 24-year-old ...", in an item about Declan Rice, also 24)
            if m.start() == 0 and year is not None and boundary > previous:
                before = {
                    s.key: s
                    for s in seen[previous:boundary]
                    if s.kind == "P" and s.key not in managers and not s.replaced
                }
                if len(before) == 1:
                    (last,) = before.values()
                    if last.key not in aged_otherwise and _born(kb, last.key):
                        return Slot("P", 0, 0, last.key, last.name, ref=True)
            candidates = [s for s in seen if s.key not in aged_otherwise]
            recent = [s for s in candidates[:boundary][-10:] if s.kind == "P"]
            latest = [s for s in recent if not s.replaced]
            if latest and all(s.key in managers for s in recent):
                # only managers about: the one just talked about, not the most named ("X has emerged as the
                # leading candidate ... United have made contact with the 39-year-old's representatives")
                return Slot("P", 0, 0, latest[-1].key, latest[-1].name, ref=True)
            return _pronoun_target(candidates, len(candidates), skip=managers)
        if m.group("pdesc") or m.group("demonym"):
            if m.group(0).startswith(("their", "its")) and _SEARCH_FOR_BEFORE.search(
                m.string, max(0, m.start() - 30), m.start()
            ):
                return None  # "Milan will look elsewhere for their centre-forward": a post to fill
            nation: str | None = None
            owner = None
            if m.group("pdesc"):
                role = m.group("pdr")
                if m.group("pdn"):
                    nation = index_of[_num(m.group("pdn"))].key
                if m.group("pdc") and not re.search(r"\b(?:former|ex)\b", m.group(0)):
                    owner = index_of[_num(m.group("pdc"))].key  # not "the former Milan midfielder"
                if m.group("pdp"):
                    owner = index_of[_num(m.group("pdp"))].key
                if (
                    m.group(0).startswith(("their", "its"))
                    and "former" not in m.group(0)
                    and "new" not in m.group(0).split()  # "have their new right-back": a newcomer
                    and not _ACQUIRED_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
                ):
                    # (not a club just told something: "Como have told the Nerazzurri that their coach")
                    clubs = [s for s in reversed(seen) if s.kind == "C" and not s.possessor]
                    fallback_owner = clubs[0].key if clubs else None
                    owner = next((s.key for s in clubs if not s.addressee and not s.bidder), fallback_owner)
                manager = bool(_MANAGER_RE.search(role))
                former = "former" in m.group(0) or "ex" in m.group(0).split()
            else:
                nation_slot = index_of[_num(m.group("dmn"))]
                if nation_slot.nation_kind == "nation" and _COUNTRY_ENDS.match(m.string, m.end()):
                    # a country by name, not "the Netherlands international" ("leaves the Netherlands to
                    # become Barcelona coach")
                    return None
                nation = nation_slot.key
                manager, former, role = False, True, ""
            candidates = [s for s in reversed(seen) if s.kind == "P"]
            talk = _REPORTED_HE.search(m.string, max(0, m.start() - 120), m.start()) if role else None
            if talk is not None and talk.group(1) and not manager:
                # "McKenna insisted that the former Manchester City striker is committed": not the speaker
                speaker = index_of[int(talk.group(1))].key
                candidates = [s for s in candidates if s.key != speaker]
            kin = _APPOSED_KIN.match(m.string, m.end()) if role else None
            # the man the description is apposed to: "Freddie Ljungberg, the former Arsenal midfielder"
            apposed = _APPOSED_TO.search(m.string, max(0, m.start() - 12), m.start()) if role else None
            if apposed is not None and kin:
                # "Jorge Messi, the player's father and agent": the player is another man than the one named
                apposed_key = index_of[int(apposed.group(1))].key
                candidates = [s for s in candidates if s.key != apposed_key]
            admirer = _ADMIRER_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
            if admirer is not None:
                admirer_key = index_of[int(admirer.group(1))].key
                candidates = [s for s in candidates if s.key != admirer_key]
            # the one being replaced last: "the Dutchman" after "X as successor to Y" is rarely Y; nor the
            # incumbent a newcomer would join ("competition for Nick Pope ... the Under-21 keeper")
            candidates.sort(key=lambda s: (s.replaced, s.incumbent, s.makeweight))
            if former and role and not manager and m.group("pdc") and apposed is None:
                # "the former Lille forward" after "frozen out by Antonio Conte": a player before a coach who
                # never coached that club (a coach may have played there: "the former Juventus midfielder")
                described_club = index_of[_num(m.group("pdc"))].key
                candidates.sort(
                    key=lambda s: (
                        _role_of(kb, s.key) == "manager" and described_club not in kb.coached.get(s.key, ())
                    )
                )
            # a man who coached the club the description names as his past ("the former Roma coach", "The
            # Portuguese, who left Wolves at the end of last season") before the one just named
            past: str | None = None
            if former and manager and m.group("pdesc") and m.group("pdc"):
                past = index_of[_num(m.group("pdc"))].key
            elif coached_at := _COACHED_AFTER.match(m.string, m.end()):
                past = index_of[int(coached_at.group(1))].key
            if past is not None:
                candidates.sort(key=lambda s: past not in kb.coached.get(s.key, ()))
            elif (
                owner is not None
                and manager
                and m.group("pdc")
                and candidates
                and _club_of(kb, candidates[0].key) not in (None, owner)
            ):
                # "Spurs admire the Brentford boss", just after naming their own coach: the coach of that
                # club (a coach's club is known for the item's month; a player's only today's)
                candidates.sort(key=lambda s: _club_of(kb, s.key) != owner)
            fallback: Slot | None = None
            for slot in candidates:
                info = persons.get(slot.key)
                person = info.person if info else None
                known = (person.nationality, person.national_team) if person else (None, None)
                if nation and any(known) and nation not in known:
                    continue
                if (
                    year is not None
                    and person is not None
                    and person.born is not None
                    and role.lower() in _TEEN_ROLES
                    and year - person.born > 20
                ):
                    continue  # "the teenager" is nobody born 21 years or more before the item
                if role and not former and person and person.role and manager != (person.role == "manager"):
                    continue
                if role and not manager and not former and info and info.coach:
                    continue  # "head coach X said the teenager had turned down ...": not X
                fits = _POSITIONS_OF_ROLE.get(role.lower()) if role else None
                if fits and person and person.position and person.position not in fits:
                    continue
                if nation and manager and person is None and slot.key.startswith("?"):
                    # (someone the knowledge base does not know fits any nation: a known coach of that nation
                    # named before him comes first - "talks with Pini Zahavi, the agent of the former Germany
                    # coach" after Hansi Flick)
                    fallback = fallback or slot
                    continue
                return Slot("P", 0, 0, slot.key, slot.name, ref=True, owner=owner)
            if fallback is not None:
                return Slot("P", 0, 0, fallback.key, fallback.name, ref=True, owner=owner)
            return None
        if group == "he" or m.group("he"):
            # "Nuno says he is going nowhere", "the captain told Amorim he will stay": the manager who
            # speaks or is told reports on a player, not on himself
            talk = None
            if m.group("he") == "he":
                talk = _REPORTED_HE.search(m.string, max(0, m.start() - 120), m.start())
            if talk is not None:
                told = index_of[int(talk.group(1) or talk.group(2))]
                if (
                    talk.group(2)
                    and told.kind == "P"
                    and _role_of(kb, told.key) != "manager"
                    and any(s.kind == "P" and _role_of(kb, s.key) == "manager" for s in seen[boundary:])
                ):
                    # "Maresca has told Ben Chilwell he is free to find a new club": the player told
                    return Slot("P", 0, 0, told.key, told.name, ref=True)
                teller = _TELLER_BEFORE.search(m.string, 0, talk.start()) if talk.group(2) else None
                said = index_of.get(int(teller.group(1))) if teller is not None else None
                if (
                    said is not None
                    and said.kind == "P"
                    and _role_of(kb, said.key) != "manager"
                    and said.key != told.key
                ):
                    # "Jackson has told Maresca he wants to stay": the player who tells, of himself
                    return Slot("P", 0, 0, said.key, said.name, ref=True)
                if told.kind == "P" and (p := kb.person(told.key)) and p.role == "manager":
                    keep = [not (s.kind == "P" and _role_of(kb, s.key) == "manager") for s in seen]
                    kept = [s for s, k in zip(seen, keep, strict=True) if k]
                    # a player of the manager's own club first ("Milan coach X has accepted he may leave")
                    home = p.club
                    squad = [s for s in kept[-10:] if s.kind == "P" and home and _club_of(kb, s.key) == home]
                    if squad:
                        return Slot("P", 0, 0, squad[-1].key, squad[-1].name, ref=True)
                    if any(s.kind == "P" for s in kept[-10:]):
                        return _pronoun_target(kept, sum(keep[:boundary]))
            hired = _HIRING_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
            if m.group("he") == "him" and not hired:
                # "Howe is a big admirer of him": a manager rarely means himself by "him" (but "decided
                # against appointing him" is about a manager)
                managers = {
                    s.key for s in seen if s.kind == "P" and (p := kb.person(s.key)) and p.role == "manager"
                }
                others = [s for s in seen if s.kind == "P" and s.key not in managers]
                if others and any(s.key in managers for s in seen[boundary:] if s.kind == "P"):
                    keep = [not (s.kind == "P" and s.key in managers) for s in seen]
                    kept = [s for s, k in zip(seen, keep, strict=True) if k]
                    return _pronoun_target(kept, sum(keep[:boundary]))
                # "Claudio Ranieri, now senior adviser to the Friedkin family, chose him": the subject of
                # the same clause is never "him" (that would be "himself")
                here = [s for s in seen[boundary:] if s.kind == "P"]
                chooser = _CHOOSER_BEFORE_HIM.fullmatch(m.string, 0, m.start())
                if here and len({s.key for s in here}) == 1 and chooser:
                    keep = [not (s.kind == "P" and s.key == here[0].key) for s in seen]
                    kept = [s for s, k in zip(seen, keep, strict=True) if k]
                    if any(s.kind == "P" for s in kept):
                        return _pronoun_target(kept, sum(keep[:boundary]))
            if m.group("he") == "he" and m.string.endswith("whom ", 0, m.start()):
                # "X has pushed for Y, whom he sees as the leader": the one who sees him, not Y
                here = [s for s in seen[boundary:] if s.kind == "P"]
                others = [s for s in here if s.key != here[-1].key] if here else []
                if others:
                    return Slot("P", 0, 0, others[-1].key, others[-1].name, ref=True)
            agent = (
                _COACH_AGENT_BEFORE.search(m.string, max(0, m.start() - 200), m.start())
                if m.group("he") == "he"
                else None
            )
            if agent is not None and (acting := index_of.get(int(agent.group(1)))):
                # "had been left out of Napoli's squad by new coach Antonio Conte after a summer in which ...
                # he rejected": the man the coach acted on, not the coach
                acted_on = [s for s in seen[boundary:] if s.kind == "P" and s.key != acting.key]
                if acted_on:
                    return Slot("P", 0, 0, acted_on[-1].key, acted_on[-1].name, ref=True)
            past_relative = _SUBJECT_PAST_RELATIVE.match(m.string, 0, m.start())
            if past_relative is not None and m.group("he") == "he":
                # "The Brazil forward, who played under Erik ten Hag, has told the club he wants to leave":
                # the subject the relative clause describes, not a man named inside it
                if past_relative.group(1):
                    described_man = index_of.get(int(past_relative.group(1)))
                else:  # a description opens the sentence: the man it was resolved to
                    described_man = next((s for s in seen[boundary:] if s.kind == "P"), None)
                if described_man is not None and described_man.kind == "P":
                    return Slot("P", 0, 0, described_man.key, described_man.name, ref=True)
            if not any(s.kind == "P" for s in seen[boundary:]):
                # the one man the sentence before was about, though the item talks more of another
                # ("Leverkusen's first choice was Fabregas ... The Serie A club refused to release him")
                before = {
                    s.key: s
                    for s in seen[previous:boundary]
                    if s.kind == "P" and not s.aside and not s.replaced
                }
                if len(before) == 1:
                    only = next(iter(before.values()))
                    return Slot("P", 0, 0, only.key, only.name, ref=True)
            return _pronoun_target(seen, boundary)
        if m.group("we"):
            return _club_ref(kb, home_club)
        if m.group("they"):
            if m.group("they") == "them" and _TALKS_ENDED_BEFORE.search(
                m.string, max(0, m.start() - 40), m.start()
            ):
                return None  # "held talks with X but ended them": the talks, not a club
            if m.group("they") == "they" and _HIS_CLUB_SAYS_BEFORE.search(
                m.string, max(0, m.start() - 60), m.start()
            ):
                # "his club have made it clear they will not consider offers": his club, named or not
                mover = _last_person(seen)
                return _club_ref(kb, _club_of(kb, mover.key)) if mover else None
            if m.group("they").startswith("the ") and _GREW_UP_AT_AFTER.match(m.string, m.end()):
                # "wants to remain at the club where he came through the academy": his boyhood club, not the
                # club just named (the suitor he turned down); his own when the item names it
                own_key = _club_of(kb, subject.key) if (subject := _last_person(seen)) else None
                named = next((s for s in reversed(seen) if s.kind == "C" and s.key == own_key), None)
                return Slot("C", 0, 0, named.key, named.name, ref=True) if named else None
            # (not a match opponent: "after a defeat by Chelsea, and the former boss is their candidate")
            clubs = [s for s in seen if s.kind == "C" and not s.possessor and not s.opponent]
            clubs = [s for s in clubs if not s.former] or clubs
            if _HAVING_OPENER.match(m.string, 0, m.start()) and any(s.kind == "C" for s in seen[:boundary]):
                # "Having already signed Leny Yoro from Lille, they are in talks": the object of the opener
                # is not its subject
                in_opener = {id(s) for s in seen[boundary:]}
                clubs = [s for s in clubs if id(s) not in in_opener] or clubs
            if not clubs:
                # "Bukayo Saka has signed a new contract with the club" on the club's own site
                return _club_ref(kb, home_club) if m.group("they").startswith("the ") else None
            best = clubs[-1]
            if m.start() == 0 and m.group("they") in ("they", "their") and boundary > previous:
                # a sentence opening on "They" or "Their" goes on about the sentence before's subject, not the
                # club its side clause named last ("Villa have funds after Jhon Duran completed his move to
                # Al-Nassr. They are also interested in ..."), also when that subject was a description ("The
                # German giants ... paid the Clarets £10m. Their long search ...")
                lead_before = seen[previous]
                if (
                    lead_before.kind == "C"
                    and any(s is lead_before for s in clubs)
                    and lead_before.said_as not in _CLUB_PRONOUNS
                ):
                    best = lead_before
            if best.bidder and m.group("they") in ("their", "its"):
                # "turned down an approach from Everton for their head coach": the club bid to, not the bidder
                best = next((s for s in reversed(clubs) if not s.bidder), best)
            lead = _LEAD_CLUB.match(m.string)
            subject = index_of.get(_num(lead.group(0))) if lead else None
            # "their" after a verb phrase that has no subject of its own is the sentence's subject's
            subjectless = m.group("they") in ("their", "its") and bool(
                _SUBJECTLESS_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
            )
            if subject is None and subjectless and (opening := _OPENING_CLUB.match(m.string)):
                subject = index_of.get(_num(opening.group(0)))
            if subject is not None and (m.group("they") in ("they", "them") or subjectless):
                # "City are in talks with Porto over X as they try to ...", "United made an enquiry with
                # Aston Villa about X but have ended their interest": the sentence's subject
                return Slot("C", 0, 0, subject.key, subject.name, ref=True)
            if best.addressee:
                others = [s for s in seen[boundary:] if s.kind == "C" and not s.possessor and not s.addressee]
                best = others[-1] if others else best
            if m.group("they").startswith("the "):
                # "the club": the club the item is about (most named; ties: one the headline names, then
                # the most recent - not a former club just named: "since leaving Lazio, held talks with
                # the club")
                # (named, not referred to: "helping them back into the Champions League" adds no weight)
                counts: dict[str, int] = {}
                for s in clubs:
                    # (nor a club named aside: "out of work since Roma dismissed him")
                    weight = 0 if s.said_as in _CLUB_PRONOUNS or s.aside else 1
                    counts[s.key] = counts.get(s.key, 0) + weight
                headline = {s.key for s in clubs if s.start < title_end}
                # (of the headline's clubs, the first: "Wolves close in on X, Southampton search goes on")
                lead_key = next((s.key for s in clubs if s.start < title_end), None)
                best = max(
                    reversed(clubs), key=lambda s: (counts[s.key], s.key in headline, s.key == lead_key)
                )
                here = [s for s in seen[boundary:] if s.kind == "C" and not s.aside and not s.opponent]
                if m.string.startswith(("'s", "’s"), m.end()):
                    here = [s for s in here if not s.possessor]  # "the club's first choice": the buyer
                subject = next((s for s in seen[boundary:] if s.kind == "P"), None)
                own = _club_of(kb, subject.key) if subject else None
                # his club as this sentence describes him: "the Leicester manager insisted he was committed to
                # the club" (the description's club is part of his reference, named nowhere else)
                described = next(
                    (
                        s.owner
                        for s in seen[boundary:]
                        if subject and s.kind == "P" and s.key == subject.key and s.owner
                    ),
                    None,
                )
                if described and not here and (team := kb.club(described)) is not None:
                    return Slot("C", 0, 0, team.id, team.name, ref=True)
                opener = seen[boundary] if len(seen) > boundary else None
                said_by = _SPEAKER_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
                speaker_key = index_of[int(said_by.group(1))].key if said_by else ""
                # (a coach's club is known for the item's month; a player's only today's)
                speaker_club = _club_of(kb, speaker_key) if _role_of(kb, speaker_key) == "manager" else None
                if speaker_club is not None and any(s.key == speaker_club for s in clubs):
                    # "X is wanted by his former club Marseille, but Bilic insisted the club have no intention
                    # of selling him": the speaker's club, when the item names it
                    best = next(s for s in reversed(clubs) if s.key == speaker_club)
                elif opener is not None and opener.official:
                    # "Sporting director Simon Rolfes has drawn up a shortlist ..., and the club have spoken
                    # with ...": the official's
                    best = opener
                elif len({s.key for s in here}) == 1 and not SERVICE_FOR.search(
                    m.string, max(0, m.start() - 20), m.start()
                ):
                    best = here[-1]  # "Benfica had hoped to keep him, but the club ...": the one just named
                elif len({s.key for s in here}) > 1 and _PARTY_WITH_BEFORE.search(m.string, 0, m.start()):
                    # "X wants to leave Al-Ettifaq, and Ajax have opened talks with the club": the other
                    # party, not the club doing the talking, named last
                    best = next(s for s in reversed(here) if s.key != here[-1].key)
                elif (
                    not any(s.kind == "C" for s in seen[boundary:])
                    and own
                    and any(s.key == own for s in clubs)
                ):
                    # "X's future is in doubt and the club are open to offers": his club, when named
                    best = next(s for s in reversed(clubs) if s.key == own)
                elif not seen[boundary:] and m.start() == 0:
                    # opening a sentence after one about a single club and nobody else ("Dortmund have wasted
                    # no time. The club on Tuesday also confirmed the signing of Karim Adeyemi"): that club
                    prior = seen[previous:boundary]
                    if (
                        prior
                        and all(s.kind == "C" and not s.ref for s in prior)
                        and len({s.key for s in prior}) == 1
                    ):
                        best = prior[0]
            return Slot("C", 0, 0, best.key, best.name, ref=True)
        return None


# a man saying something of "the club": "Bilic insisted the club have no intention of selling him"
_SPEAKER_BEFORE = compile_prefiltered(
    r"⟦P(\d+)⟧\s+(?:has\s+|had\s+)?(?:insist|say|said|claim|admit|reveal|stress|maintain|confirm|explain)\w*"
    r"\s+(?:that\s+)?$"
)
# a question, its asker after it in a mailbag ("What about Marcus Rashford? — Sean, Dublin")
_QUESTION_END = compile_prefiltered(r"\?\s*(?:[—–-]+\s*[^.?!]{0,40})?\s*$")
# the one who tells, just before "told": "⟦P0⟧, meanwhile, has told"
_TELLER_BEFORE = compile_prefiltered(r"⟦P(\d+)⟧(?:,[^,⟦]{0,30},)?\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?$")
# a national team's matters ("left the Azzurri's World Cup qualification hopes in the balance")
_NATIONAL_TEAM_NEAR = compile_prefiltered(
    r"World\s+Cup|\bEuros?\b|European\s+Championship|qualif|national\s+team|Nations\s+League|\binternational\b",
    re.IGNORECASE,
)
# "the club where he came through the academy", "the club where he grew up"
_GREW_UP_AT_AFTER = compile_prefiltered(
    r"\s+(?:where|at\s+which)\s+(?:he|she|⟦P\d+⟧)\s+(?:\S+\s+){0,2}?(?:came\s+through|grew\s+up|rose\s+through|"
    r"began\s+(?:his|her)\s+career|started\s+(?:his|her)\s+career|made\s+(?:his|her)\s+(?:name|debut))"
)
# "have opened talks with ", "reached an agreement with ": the party a club deals with
_PARTY_WITH_BEFORE = compile_prefiltered(
    r"\b(?:talks|negotiations|discussions|agreement|deal|contact)\s+with\s+$"
)
# a sentence opening on a man its club describes: "Lille defender Leny Yoro is ..."
_CLUB_DESCRIBES_OPENER = compile_prefiltered(r"\s*⟦C\d+⟧\s+(?:[a-z-]+\s+){1,2}⟦P")
# a man's own news after his name: "Inzaghi's departure was made official", "Inzaghi has signed"
_NEWS_OF = compile_prefiltered(
    r"(?:'s|’s)\s+(?:departure|exit|move|appointment|sacking|dismissal)\s+(?:was|has\s+been|is)\b"
    r"|\s+(?:has|have)\s+(?:signed|agreed|joined|left)\b"
)
_HAVING_OPENER = compile_prefiltered(r"\s*having\s+[^;,]*,\s*$")
_HIRING_BEFORE = compile_prefiltered(
    r"\b(?:appoint|appointing|appointed|hire|hiring|hired|install|installing|installed|sack|sacking|sacked|"
    r"dismiss|dismissing|dismissed)\s+$"
)
_ADJECTIVE_AFTER = compile_prefiltered(
    r"\s+(?:club|side|outfit|giants|press|media|newspaper|capital|fans|supporters|public|government|federation)\b"
)
# the subject of the clause "him" ends, who chooses or rates: "⟦P0⟧, now senior adviser to the family, chose "
_CHOOSER_BEFORE_HIM = compile_prefiltered(
    r"⟦P\d+⟧(?:,[^,;⟦]{0,80},)?\s+(?:\w+\s+)?(?:chose|picked|selected|has\s+chosen|has\s+picked|wanted|wants|rates|"
    r"praised|backed|hand-picked)\s+"
)
# a sentence so far that opens on a man, says who he is in a relative clause, then goes on with his verb
_SUBJECT_PAST_RELATIVE = compile_prefiltered(
    r"(?:(?:the\s+)?(?:[^\s⟦,;]+\s+){0,3}?⟦P(\d+)⟧|the\s+(?:⟦[CN]\d+⟧\s+)?[a-z-]+)"
    r",\s+(?:who|whose)\b[^,;]*,\s+(?:[^\s⟦,;]+\s+)+$"
)
# a man's family: never the man himself
_FAMILY = r"(?:father|mother|brother|sister|wife|son|uncle|cousin|dad)"
# a man's kin or representative, described by the man ("the player's father"), and the one just named
_APPOSED_KIN = compile_prefiltered(
    rf"(?:'s|’s)\s+(?:{_FAMILY}|agent|representative|lawyer|advis[eo]r|intermediary)\b"
)
_APPOSED_TO = compile_prefiltered(r"⟦P(\d+)⟧,\s+$")
# the admirer just named is not the one admired: "with Mauricio Pochettino a long-standing admirer of the
# Argentine"
_ADMIRER_BEFORE = compile_prefiltered(
    r"⟦P(\d+)⟧,?\s+(?:is\s+|was\s+|has\s+long\s+been\s+|being\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:admirer|fan)\s+of\s+$"
)
_OPENING_CLUB = compile_prefiltered(r"⟦C\d+⟧(?=\s)")
# a verb phrase that goes on without a subject of its own: "... but have ended (their interest)"
_SUBJECTLESS_BEFORE = compile_prefiltered(
    r"\b(?:but|and)\s+(?:have|has|had|are|were|will|would)\s+(?:now\s+|since\s+|already\s+|also\s+)?[a-z]+\s+$"
    # "Chelsea are in talks with Leicester over Maresca after their attempt to hire McKenna came to nothing"
    r"|\b(?:after|since|when|because)\s+$"
    # "Juventus have sounded out Feyenoord about X, while Benfica's Y is also on their list"
    r"|\bwhile\s+[^,;]{3,60}?\s+(?:is|are)\s+(?:also\s+|still\s+)?(?:on|high\s+on|near\s+the\s+top\s+of)\s+$"
    # "Chelsea have opened talks with Strasbourg over appointing Rosenior as their new head coach"
    r"|\b(?:appoint|hir|nam|install|mak)(?:e|es|ed|ing)?\s+⟦P\d+⟧\s+as\s+$"
)


_HEADLINE_WORDS: Final = frozenset(
    [
        "for",
        "to",
        "of",
        "in",
        "on",
        "and",
        "with",
        "after",
        "as",
        "at",
        "by",
        "from",
        "sign",
        "signs",
        "bid",
        "eye",
        "eyes",
        "want",
        "wants",
        "target",
        "agree",
        "agrees",
        "seal",
        "complete",
        "completes",
        "the",
        "a",
        "an",
        "new",
        "ready",
        "set",
        "star",
        "boss",
        "striker",
        "midfielder",
        "defender",
        "winger",
        "official",
        "exclusive",
        "breaking",
        "transfer",
        "news",
        "why",
        "how",
        "what",
        "when",
        "report",
        "reports",
        "confirm",
        "confirms",
        "deal",
        "move",
        # a headline's noun after a surname: "Messi U-turn ends City dream" (folded: "u turn")
        "u turn",
    ]
)
# a headline's word for the man before his surname ("Tearful Messi", "Wantaway Sancho", "Under-fire
# Pochettino"): no first name of a namesake. (Not words that are first names too: "Frank", "Young".)
_DESCRIPTORS: Final = frozenset(
    ["emotional", "tearful", "defiant", "furious", "angry", "fuming", "livid", "wantaway", "want away",
     "unsettled", "outcast", "exiled", "axed", "sacked", "embattled", "beleaguered", "under fire",
     "under pressure", "struggling", "troubled", "stunned", "shocked", "delighted", "thrilled",
     "unhappy", "frustrated", "disgruntled", "injured", "in form", "veteran", "legendary", "legend",
     "icon", "superstar", "captain", "skipper", "keeper", "goalkeeper", "forward", "playmaker",
     "teenager", "teen", "youngster", "wonderkid", "ace", "talisman", "hero", "flop", "former", "ex",
     "outgoing", "interim", "caretaker", "ambitious", "determined", "confident", "bullish", "candid",
     "brutal", "classy", "humble", "proud", "coy", "cryptic", "tight lipped", "departing", "returning",
     "rejected", "snubbed", "linked", "wanted", "coveted", "admired", "prized", "top", "bargain", "loan",
     "free agent"]
)  # fmt: skip
# ("But Dragusin, who came through at Juventus": a surname after an opener)
_TITLE_WORDS: Final = _HEADLINE_WORDS | _SENTENCE_OPENERS | _DESCRIPTORS


def _middle_name(kb: KnowledgeBase, m: Mention, text: str) -> str | None:
    """The person whose own name the surname ends, with a middle name inside: "Diego Pablo Simeone"."""
    before = re.search(r"([A-ZÀ-Ý][\w'’-]*) [A-ZÀ-Ý][\w'’-]* $", text[max(0, m.start - 50) : m.start])
    if before is None:
        return None
    first = fold(before.group(1))
    found = [i for i in m.ids if (p := kb.person(i)) is not None and fold(p.name).split()[0] == first]
    return found[0] if len(found) == 1 else None


def _is_official(kb: KnowledgeBase, m: Mention) -> bool:
    """Whether every person a mention may mean is a club official (who never moves)."""
    return all((p := kb.person(pid)) is not None and p.role == "official" for pid in m.ids)


def _drop_partial_surnames(kb: KnowledgeBase, mentions: list[Mention], text: str) -> list[Mention]:
    """Drop a derived surname that is only part of a longer name: "Stefan Jovanovic" is not Ivan
    Jovanovic, "Mensah-Adjei" is not Gideon Mensah, "Dean Jones" is not the journalist Sam Dean."""
    covered = [(m.start, m.end) for m in mentions if not (m.kind in ("person", "journalist") and m.derived)]
    # a one-word name followed by another name: "Oscar Zambrano" is not Oscar
    first_names = {
        id(m)
        for m in mentions
        if m.kind == "person"
        and not m.derived
        and " " not in m.text
        and (nxt := re.match(r" ([A-ZÀ-Ý][\w'’-]*)", text[m.end :]))
        and fold(nxt.group(1)) not in _TITLE_WORDS
        and not any(a <= m.end + 1 < b for a, b in covered)
    }
    if first_names:
        # (nor is the surname after it a namesake's: "Gabriel Souza" is not Vinicius Souza)
        covered = [
            (m.start, m.end)
            for m in mentions
            if id(m) not in first_names and not (m.kind in ("person", "journalist") and m.derived)
        ]
    out = []
    shadowed: set[str] = set()  # surnames the item gives someone else's first name
    for m in mentions:
        if id(m) in first_names:
            continue
        if m.kind in ("person", "journalist") and m.derived:
            after = text[m.end : m.end + 2]
            if len(after) == 2 and after[0] == "-" and after[1].isalpha():
                continue
            nxt = re.match(r" ([A-ZÀ-Ý][\w'’-]*)", text[m.end :])
            if (
                nxt
                and not any(a <= m.end + 1 < b for a, b in covered)
                and fold(nxt.group(1)) not in _TITLE_WORDS
            ):
                continue
            # (or by a name's particle: "Copa del Rey" is no Oriol Rey)
            prev = re.search(
                r"(?:^|[\s(])([A-ZÀ-Ý][\w'’-]*) (?:(?:de|del|della|di|da|do|dos|du|van|von|der|den) )?$",
                text[max(0, m.start - 40) : m.start],
            )
            if (
                prev
                and not prev.group(1).endswith(("'s", "’s"))
                and fold(prev.group(1)) not in _TITLE_WORDS
                and not any(a <= m.start - 2 < b for a, b in covered)
            ):
                own = _middle_name(kb, m, text)
                if own is None:
                    # (not a relative's: "Jorge Messi, the player's father and agent" leaves "Messi" his son)
                    if not _KIN_AFTER.match(text, m.end) and not _KIN_BEFORE.search(
                        text, max(0, m.start - 60), m.start
                    ):
                        shadowed.add(fold(m.text))
                    continue
                m = replace(m, ids=(own,))
        out.append(m)
    # a bare name that is the first name of a man the item names in full: "Bruno turns down Al Hilal" with
    # Bruno Fernandes in the item is not Vitor Bruno (unless the item names him in full too)
    # (before he is named: a headline's "Bruno"; after, the resolver reads first names itself)
    given: dict[str, int] = {}
    for m in out:
        if m.kind == "person" and not m.derived and " " in m.text.strip():
            given.setdefault(fold(m.text.split()[0]), m.start)
    shadowed |= {
        fold(m.text)
        for m in out
        if m.kind == "person" and m.derived and m.start < given.get(fold(m.text), -1)
    }
    # nor, after him, is another man's one-word name: "president Florentino Perez ... But Florentino ruled
    # out" is not Florentino Luis (unless the item names Florentino Luis in full too)
    in_full = {
        i for m in out if m.kind == "person" and not m.derived and " " in m.text.strip() for i in m.ids
    }
    out = [
        m
        for m in out
        if not (
            m.kind == "person"
            and not m.derived
            and " " not in m.text.strip()
            and m.start > given.get(fold(m.text), len(text))
            and not set(m.ids) & in_full
        )
    ]
    if shadowed:
        # "Cristiano Ronaldo's agent Jorge Mendes ... Mendes has been offering his client": the bare
        # surname is the one the item named in full, not a namesake of the knowledge base (unless the
        # item names that one in full too)
        full = {i for m in out if m.kind == "person" and not m.derived for i in m.ids}
        out = [
            m
            for m in out
            if not (m.kind == "person" and m.derived and fold(m.text) in shadowed and not set(m.ids) & full)
        ]
    return out


# a man named with his kinship to another: "Jorge Messi, the player's father", "his father, Jorge Messi"
_KIN_AFTER = compile_prefiltered(rf",\s+(?:the\s+[\w-]+(?:'s|’s)|his|her)\s+{_FAMILY}\b")
_KIN_BEFORE = compile_prefiltered(rf"\b{_FAMILY}(?:\s+and\s+(?:agent|representative|adviser))?,\s+\S+\s+$")
_TEEN_ROLES: Final = frozenset({"teenager", "teen"})
# his club's list or plan ("on sporting director Giovanni Manna's list"); not his choice ("X is John Textor's
# choice" is a man chosen, where a club's choice is a target only)
_OFFICIALS_OWN = compile_prefiltered(r"(?:'s|’s)\s+(?!(?:[\w-]+\s+)?choice\b)")
# an official opening his sentence after his title ("Sporting director Marcel Schäfer is looking at ..."),
# or the one by whom something is done ("was considered by Ausilio"); not "an agreement with Florentino
# Pérez", "his relationship with owner Evangelos Marinakis" (a subject of a later clause, ", and X ...",
# was tried and cost more than it gave)
_OFFICIAL_OPENS = compile_prefiltered(
    r"(?:^|[;:]\s*|\bby\s+)"
    r"(?:(?:the|club|co-|vice-)?(?:president|sporting|technical|director|directors|of|football|chairman|owner|owners|"
    r"chief|executive|ceo|general|adviser|advisor|head|recruitment|sport|board)\s+)*$",
    re.IGNORECASE,
)


def _a_child_in(kb: KnowledgeBase, key: str, year: int) -> bool:
    """Whether the man was under 14 in ``year`` (too young for any senior move)."""
    born = _born(kb, key)
    return born is not None and year - born < 14


def _born(kb: KnowledgeBase, key: str) -> int | None:
    person = kb.person(key)
    return person.born if person else None


def _nationality(kb: KnowledgeBase, key: str) -> str | None:
    person = kb.person(key)
    return person.nationality if person else None


def _pronoun_target(
    seen: list[Slot], boundary: int, skip: frozenset[str] | set[str] = frozenset()
) -> Slot | None:
    """ "he"/"him": the last person of the sentence so far; else, among the people of the last few
    mentions, the one the item talks about most (ties: the most recent). People in ``skip`` only
    when no one else is there."""
    here = [s for s in seen[boundary:] if s.kind == "P"]
    for slot in reversed([s for s in here if not s.aside] or here):
        return Slot("P", 0, 0, slot.key, slot.name, ref=True)
    recent = [s for s in seen[:boundary][-10:] if s.kind == "P"]
    recent = [s for s in recent if not s.aside] or recent
    recent = [s for s in recent if s.key not in skip] or recent
    if not recent:
        journalists = [s for s in seen[boundary:] if s.kind == "J"]
        return Slot("J", 0, 0, journalists[-1].key, journalists[-1].name, ref=True) if journalists else None
    if recent[-1].asked:
        # the one just asked about, whom the answer goes on about ("What about X? — He won't be back ...")
        return Slot("P", 0, 0, recent[-1].key, recent[-1].name, ref=True, asked=True)
    last = {s.key for s in recent[-3:]}
    if len(recent) >= 3 and len(last) == 1 and not recent[-1].replaced:
        return Slot("P", 0, 0, recent[-1].key, recent[-1].name, ref=True)  # the one just talked about
    counts: dict[str, int] = {}
    for s in seen:
        if s.kind == "P":
            counts[s.key] = counts.get(s.key, 0) + 1
    best = max(reversed(recent), key=lambda s: (not s.replaced, counts.get(s.key, 0)))
    return Slot("P", 0, 0, best.key, best.name, ref=True)


def _last_person(seen: list[Slot]) -> Slot | None:
    return next((s for s in reversed(seen) if s.kind == "P"), None)


def _club_of(kb: KnowledgeBase, key: str) -> str | None:
    person = kb.person(key)
    return person.club if person else None


def _role_of(kb: KnowledgeBase, key: str) -> str | None:
    person = kb.person(key)
    return person.role if person else None


def _num(placeholder: str) -> int:
    return int(placeholder[2:-1])


@dataclass(frozen=True, slots=True)
class _NamesakeHints:
    """What an item says of a man besides his name: the nations it names, the years of birth its ages
    allow (an age in a year is one of two years of birth)."""

    nations: frozenset[str]
    born: frozenset[int]


_AGE = re.compile(r"\b(\d{2})-year-old\b")


def _agreeing_ambiguous(mentions: list[Mention], named: list[str]) -> list[str]:
    """Clubs that two different ambiguous aliases of the item both allow, and only them ("Inter" and
    "the Nerazzurri" -> Inter Milan), unless both allow clubs named outright."""
    ambiguous = {fold(m.text): set(m.ids) for m in mentions if m.kind == "club" and m.ambiguous}
    found: list[str] = []
    keys = list(ambiguous)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            common = ambiguous[a] & ambiguous[b]
            # (one of them may also allow a club named outright: "Inter moved first. The Nerazzurri asked
            # Como ...", with Atalanta named later)
            others_named = [bool((ambiguous[k] - common) & set(named)) for k in (a, b)]
            if len(common) == 1 and not all(others_named):
                found.extend(common)
    return found


_NAME_CHAR = compile_prefiltered(r"[\w'’-]")
_INSIDE_A_WORD = compile_prefiltered(r"[\w-]|['’](?![sS]\b)")
_NEXT_CAPITAL = compile_prefiltered(r"\s+[A-Z]")
_OPENERS = (".", ":", "'", "‘", '"', "“")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps a span already taken by a name."""
    return any(a < end and start < b for a, b in spans)


def _club_ref(kb: KnowledgeBase, club_id: str | None) -> Slot | None:
    """A club as a reference: the club an outlet speaks for ("we", "the club" on its own site), a man's
    club ("his club have made it clear they")."""
    club = kb.club(club_id)
    return Slot("C", 0, 0, club.id, club.name, ref=True) if club else None


def _first_name_mentions(
    sent: Sentence, raw: list[Slot], first_names: dict[str, tuple[str, str] | None]
) -> list[Slot]:
    """A person the item named in full, called by his first name alone later ("If the right offer
    comes, Ivan will move on"): not at a sentence's start (a capitalised word there may be anything),
    not before another capitalised word (someone else's full name)."""
    out: list[Slot] = []
    text = sent.text
    for first, known in first_names.items():
        if known is None or first not in text:
            continue
        at = text.find(first)
        while at >= 0:
            end = at + len(first)
            found, at = at, text.find(first, end)
            if found == 0 or _NAME_CHAR.match(text, found - 1) or _INSIDE_A_WORD.match(text, end):
                continue  # inside a word (not before a possessive: "Bernardo's situation")
            if _NEXT_CAPITAL.match(text, end) or text[:found].rstrip().endswith(_OPENERS):
                continue  # someone else's full name, or the first word of a sentence or a quote
            s, e = sent.start + found, sent.start + end
            if any(slot.start < e and s < slot.end for slot in (*raw, *out)):
                continue
            out.append(Slot("P", s, e, known[0], known[1]))
    return out


def _is_ground(kb: KnowledgeBase, m: Mention) -> bool:
    club = kb.club(m.ids[0])
    return club is not None and fold(m.text) in {fold(g) for g in club.grounds}


def _pick(candidates: tuple[str, ...], named: list[str]) -> str | None:
    """The candidate the item names elsewhere (the most recently named when several are)."""
    found = [c for c in reversed(named) if c in candidates]
    return found[0] if found and len(set(found)) == 1 else None


_S_APOSTROPHE = compile_prefiltered(r"['’]\s")


def _possessive_after(text: str, start: int, end: int, after_name: bool) -> str:
    """The template text of ``text[start:end]``; after a name, a possessive "s'" ("Palmeiras' Richard
    Ríos", "Spurs' bid") reads as "'s", as the patterns expect."""
    chunk = _lower(text[start:end])
    if after_name and start and text[start - 1] in "sS" and _S_APOSTROPHE.match(text, start):
        return "'s" + chunk[1:]
    return chunk


def _lower(chunk: str) -> str:
    low = chunk.lower()
    if len(low) != len(chunk):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in chunk)
    low = low.translate(_QUOTES)
    return _LONE_APOSTROPHE.sub(" ", low) if "'" in low or "’" in low else low
