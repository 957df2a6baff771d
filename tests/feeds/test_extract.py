"""The extractor against the project's own labelled items (``labelled/*.jsonl``) and a few rules.

Each labelled item has a ``category``; the scores are computed per category, with the rules of the
shared evaluation (``feeds.extract_eval``), so that a regression in one kind of sentence (references,
bids, negatives …) fails on its own. ``holdout*.jsonl`` are the held-back sets: each written before a round
of tuning, scored only as a whole, never used to tune a rule. The minima sit slightly below what the
extractor achieves today (``python scripts/check_labelled.py`` prints the table); raise them when it
improves.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from feeds import stages
from feeds.extract import Extractor
from feeds.extract_eval import Score, Scorer, labelled_item
from feeds.kb import load_kb
from feeds.models import Claim, Item, Stage
from feeds.sentences import split_sentences
from feeds.tiers import TierResolver

CONFIG = Path(__file__).parents[2] / "config"
LABELLED = Path(__file__).parent / "labelled"
HOLDOUT_PREFIX = "holdout"

# category -> (minimum pair F1, minimum triple F1)
MINIMA: dict[str, tuple[float, float]] = {
    "interest": (0.965, 0.965),
    "approach": (0.98, 0.98),
    "bid": (0.99, 0.99),
    "talks": (0.99, 0.99),
    "agreed": (0.985, 0.985),
    "done": (0.985, 0.985),
    "off": (0.97, 0.97),
    "exit": (0.985, 0.985),
    "stay": (0.99, 0.99),
    "nicknames": (0.99, 0.99),
    "grounds": (0.99, 0.99),
    "references": (0.99, 0.98),
    "unknown": (0.99, 0.99),
    "articles": (0.96, 0.92),
}
# the held-back sets, each scored as a whole: (pair F1, triple F1)
HOLDOUT_MINIMA: dict[str, tuple[float, float]] = {
    "holdout.jsonl": (0.93, 0.84),
    "holdout2.jsonl": (0.96, 0.89),
    "holdout3.jsonl": (0.92, 0.85),
    "holdout4.jsonl": (0.96, 0.84),
    "holdout5.jsonl": (0.90, 0.76),
    "holdout6.jsonl": (0.82, 0.66),
    "holdout7.jsonl": (0.86, 0.72),
    "holdout8.jsonl": (0.78, 0.71),
    "holdout9.jsonl": (0.85, 0.77),
    "holdout10.jsonl": (0.90, 0.83),
    "holdout11.jsonl": (0.83, 0.70),
    "holdout12.jsonl": (0.82, 0.70),
    "holdout13.jsonl": (0.76, 0.67),
    "holdout14.jsonl": (0.75, 0.62),
    "holdout15.jsonl": (0.77, 0.66),
    "holdout16.jsonl": (0.77, 0.62),
    "holdout17.jsonl": (0.85, 0.71),
    "holdout18.jsonl": (0.76, 0.65),
    "holdout19.jsonl": (0.84, 0.74),
    "holdout20.jsonl": (0.81, 0.65),
    "holdout21.jsonl": (0.86, 0.79),
    "holdout22.jsonl": (0.89, 0.66),
    "holdout23.jsonl": (0.83, 0.71),
    "holdout24.jsonl": (0.91, 0.84),
    "holdout25.jsonl": (0.85, 0.75),
    "holdout26.jsonl": (0.94, 0.91),
    "holdout27.jsonl": (0.87, 0.82),
    "holdout28.jsonl": (0.85, 0.77),
    "holdout29.jsonl": (0.82, 0.72),
    "holdout30.jsonl": (0.81, 0.71),
    "holdout31.jsonl": (0.85, 0.79),
    "holdout32.jsonl": (0.94, 0.82),
    "holdout33.jsonl": (0.86, 0.74),
    "holdout34.jsonl": (0.92, 0.86),
    "holdout35.jsonl": (0.94, 0.87),
    "holdout36.jsonl": (0.79, 0.70),
    # holdout37: 60 dev-like items of 2018-23 (a third or more of 2018-20) by a writer who never saw the
    # extractor; 0.907 / 0.813 with the twenty-second session's starting code and at its end (never read)
    "holdout37.jsonl": (0.89, 0.79),
    # holdout38: 60 dev-like items of 2019-25 by a writer who never saw the extractor; 0.889 / 0.822 with
    # the twenty-fifth session's starting code, 0.905 / 0.837 at the time it was added (never read)
    "holdout38.jsonl": (0.88, 0.81),
}
# held-back sets of long articles only (8-16 sentences each)
ARTICLE_HOLDOUTS: frozenset[str] = frozenset({"holdout36.jsonl"})
# new training files, scored as a whole until their errors are worked off and they join the categories:
# (pair F1, triple F1) - batch15 is a set of hard cases (stage wording, bystanders named in passing)
NEW_FILE_MINIMA: dict[str, tuple[float, float]] = {
    "batch15.jsonl": (0.91, 0.86),
    # batch16: several people and roles in one item; batch17: outlets' own styles (wire, club site,
    # gossip columns, translated foreign press)
    "batch16.jsonl": (0.89, 0.84),
    "batch17.jsonl": (0.93, 0.88),
    # batch18: long articles (8-10 paragraphs, bystanders, references, background moves)
    "batch18.jsonl": (0.89, 0.83),
    # batch20: 2024-25 news, where the knowledge base's current club is often not the one of the story
    "batch20.jsonl": (0.93, 0.89),
    # batch19: dev-like, widely varied wording
    "batch19.jsonl": (0.90, 0.87),
    # batch21: headline shapes (surnames, colons, passives, sellers as subjects); batch22: medium articles
    "batch21.jsonl": (0.95, 0.83),
    "batch22.jsonl": (0.93, 0.88),
    # batch23: dev-like, written with holdout8's brief
    "batch23.jsonl": (0.94, 0.89),
    # batch24: dev-like, smaller clubs and lesser-known players
    "batch24.jsonl": (0.91, 0.84),
    # batch25: dev-like, 2019-24 windows (the knowledge base's club is often not the story's)
    "batch25.jsonl": (0.92, 0.87),
    # batch26: dev-like, holdout8's brief again
    "batch26.jsonl": (0.94, 0.87),
    # batch27: dev-like, smaller clubs, loans, buy-backs, clubs named by nickname or ground
    "batch27.jsonl": (0.90, 0.85),
    # batch28: dev-like with four long articles
    "batch28.jsonl": (0.86, 0.81),
    # batch29: translated Italian, German, French, Portuguese and Dutch press, gossip paragraphs by club
    "batch29.jsonl": (0.74, 0.65),
    # batch30: the managerial merry-go-round
    "batch30.jsonl": (0.75, 0.61),
    # batch31: deadline-day live blogs, loans with options, several deals per item
    "batch31.jsonl": (0.81, 0.69),
    # batch33: short feed items from many outlets and leagues
    "batch33.jsonl": (0.89, 0.82),
    # batch34: club-focused local outlets, surnames and nicknames after the first mention
    "batch34.jsonl": (0.77, 0.62),
    # batch32: long-form reporting, many bystanders and background moves
    "batch32.jsonl": (0.78, 0.62),
    # batch35: long articles with many bystanders (squads, scorers, past moves)
    "batch35.jsonl": (0.68, 0.54),
    # batch36: hard structures (two clubs agreeing, coordinated subjects, swaps, passives, denials)
    "batch36.jsonl": (0.80, 0.66),
    # batch37: translated foreign press and lower leagues, people the knowledge base does not know
    "batch37.jsonl": (0.78, 0.62),
    # batch38: short feed items, headlines full of nicknames, short names and references
    "batch38.jsonl": (0.94, 0.88),
    # batch39: long round-ups, managerial chains, several deals per item
    "batch39.jsonl": (0.78, 0.60),
    # batch41: the widest mix, clubs and people outside the big five leagues; batch42: crowded long reports
    "batch41.jsonl": (0.80, 0.65),
    "batch42.jsonl": (0.62, 0.48),
    # batch40: feed-like items, stage wording at the edges (denials, stalls, collapses, free agents)
    "batch40.jsonl": (0.80, 0.67),
    # batch44: nicknames (ambiguous ones settled by context), grounds, references, unknown people;
    # batch45: outlets' own styles and lesser-covered leagues
    "batch44.jsonl": (0.88, 0.83),
    # batch46: long articles on managerial changes and the players who move with them
    "batch46.jsonl": (0.78, 0.56),
    # batch47: headline+summary items with varied wording (idioms, passives, negations, conditionals)
    "batch47.jsonl": (0.88, 0.81),
    # batch43: long articles crowded with bystanders (previews, window reviews, squad analyses)
    "batch43.jsonl": (0.75, 0.61),
    "batch45.jsonl": (0.94, 0.83),
    # batch48: stage wording less often seen (idioms of each step, stages that move on within the item)
    "batch48.jsonl": (0.90, 0.77),
    # batch49: long articles with several claims each, gossip columns, long negatives naming many clubs
    "batch49.jsonl": (0.81, 0.70),
    # batch51: headline+summary items crowded with bystanders (quoted managers, incumbents, opponents)
    "batch51.jsonl": (0.82, 0.75),
    # batch50: lesser-known players and leagues, people and clubs named by description, nickname, ground
    "batch50.jsonl": (0.85, 0.70),
    # batch52: managerial change (sackings, caretakers, approaches for employed coaches, successors)
    "batch52.jsonl": (0.92, 0.87),
    # batch53: references (demonyms, ages, positions, nicknames, grounds, club descriptions, pronouns)
    "batch53.jsonl": (0.94, 0.87),
    # batch54: deal shapes (loans with options, swaps, player-plus-cash, clauses, free agents, extensions)
    "batch54.jsonl": (0.91, 0.77),
    # batch55: full articles (150-350 words), several rumours and much background each
    "batch55.jsonl": (0.78, 0.61),
    # batch56: a daily desk (loans, free agents, academy players, cities for clubs, returns, sackings)
    "batch56.jsonl": (0.86, 0.83),
    # batch57: references back, nicknames (some ambiguous) and grounds
    "batch57.jsonl": (0.91, 0.83),
    # batch58: leagues beyond England, translated foreign press
    "batch58.jsonl": (0.94, 0.85),
    # batch59: full articles; batch60: references, unknown people, nicknames, grounds; batch61: stages that
    # turn on one phrase (denials, collapses, sackings, extensions) and negatives that sound like transfers
    "batch59.jsonl": (0.82, 0.72),
    "batch60.jsonl": (0.89, 0.80),
    "batch61.jsonl": (0.93, 0.82),
    # batch63: headline + summary items from leagues and markets beyond the top five (Eredivisie,
    # Primeira Liga, Scotland, Turkey, Saudi Arabia, MLS, the Championship), selling clubs' view
    "batch63.jsonl": (0.84, 0.80),
    # batch64: references back to people and clubs, unknown people, nicknames, grounds, tricky negatives
    "batch64.jsonl": (0.81, 0.67),
    # batch65: long articles (deadline days, managerial changes) and long negatives of the same length
    "batch65.jsonl": (0.66, 0.53),
    # batch66: how deals collapse, players who stay, managers who leave, recalls, extensions, hijacks, U-turns
    "batch66.jsonl": (0.88, 0.74),
    # batch67: long articles (3-8 claims each), gossip columns, references by nickname, long negatives
    "batch67.jsonl": (0.82, 0.72),
    # batch68: stories of 2019-23 about people who have moved on since (the knowledge base's club is a
    # later one), swaps, sackings with the successor named, two clubs in talks
    "batch68.jsonl": (0.89, 0.78),
    # batch69: 40 long articles (coach searches, striker sagas, deadline days, gossip columns), 10 long
    # negatives and 10 mixed items, written by a helper who never saw the extractor (0.803 / 0.658 with the
    # nineteenth session's starting code, before any rule was written from it)
    "batch69.jsonl": (0.84, 0.72),
    "batch70.jsonl": (0.90, 0.85),
    # batch71: dev-like, 2020-24, by a writer who never saw the extractor (0.967 / 0.933 when it came)
    "batch71.jsonl": (0.97, 0.97),
    # batch72: 30 long articles of 2019-24 by a writer who never saw the extractor (0.843 / 0.691 with the
    # twenty-first session's starting code; its errors worked in the twenty-second: 0.906 / 0.822)
    "batch72.jsonl": (0.88, 0.80),
    # batch73: 30 long articles of 2019-24 (window round-ups, searches, collapsed deals) by a writer who never
    # saw the extractor (0.808 / 0.686 with the twenty-second session's starting code, 0.842 / 0.751 at end)
    "batch73.jsonl": (0.82, 0.73),
    # batch74: 60 dev-like items of 2019-25 by a writer who never saw the extractor (0.979 / 0.846 with the
    # twenty-sixth session's starting code)
    "batch74.jsonl": (0.97, 0.83),
    # batch75: 60 dev-like items of 2019-25 (searches, collapsed deals, clubs outside England) by a writer who
    # never saw the extractor (0.880 / 0.793 with the twenty-sixth session's starting code)
    "batch75.jsonl": (0.87, 0.78),
    # batch76: 60 dev-like items of 2019-25 (tabloid and colon headlines, agents, denials, clauses) by a
    # writer who never saw the extractor (0.841 / 0.687 with the twenty-sixth session's starting code,
    # 0.841 / 0.704 when it was added)
    "batch76.jsonl": (0.83, 0.69),
    # batch77: 60 dev-like items, mostly of 2019-22 (managers, swaps, youngsters), by a writer who never saw
    # the extractor (0.877 / 0.729 with the twenty-sixth session's starting code, 0.877 / 0.734 when added)
    "batch77.jsonl": (0.86, 0.72),
    # batch78: 60 dev-like items of 2018-25 (managers, caretakers, compensation) by a writer who never saw the
    # extractor (0.951 / 0.873 with the twenty-seventh session's code when it came)
    "batch78.jsonl": (0.94, 0.86),
    # batch79: 60 dev-like items of 2018-25 (transfers outside England: clauses, swaps, collapses at the
    # medical) by a writer who never saw the extractor (0.909 / 0.830 with the twenty-seventh session's code)
    "batch79.jsonl": (0.89, 0.81),
    # batch80: 60 dev-like items of 2018-25 (the window's rush: bids improved, hijacks, recalls, gossip
    # columns) by a writer who never saw the extractor (0.972 / 0.919 with the twenty-seventh session's code)
    "batch80.jsonl": (0.96, 0.90),
    # batch81: 60 short wire-style items of 2016-25 (colon and question headlines, denials, papers cited) by a
    # writer who never saw the extractor (0.980 / 0.893 with the twenty-seventh session's code)
    "batch81.jsonl": (0.97, 0.88),
    # batch82: 60 dev-like items of 2016-25 where only some of the clubs and people named are claims (former
    # clubs, rivals outbid, quoted managers) by a writer who never saw the extractor (0.908 / 0.871 new)
    "batch82.jsonl": (0.89, 0.86),
    # batch83: 60 dev-like items of 2016-25 (free agents, renewals, releases, goalkeepers and defenders) by a
    # writer who never saw the extractor (0.904 / 0.885 when it came; 0.904 / 0.865 with the session's start)
    "batch83.jsonl": (0.89, 0.87),
    # batch84: 60 dev-like items of 2017-25 (coaches beyond the big clubs: Championship, Scotland,
    # Netherlands, Portugal, MLS, national teams) by a writer who never saw the extractor (0.887 / 0.791 new)
    "batch84.jsonl": (0.87, 0.77),
    # batch87: 60 dev-like items of 2016-24 (denials, collapses, refusals, papers and agents quoted, match
    # reports with one transfer line) by a writer who never saw the extractor (0.925 / 0.800 new)
    "batch87.jsonl": (0.91, 0.78),
    # batch85: 60 dev-like items of 2018-24 (loans, recalls, buy-backs, release clauses, renewals) by a writer
    # who never saw the extractor (0.964 / 0.852 new); batch86: coaches outside the top six and national
    # teams of 2015-23 (0.945 / 0.874 new); batch88: moves from Portugal, the Netherlands, South America,
    # Belgium, Scotland and Scandinavia of 2012-25 (0.963 / 0.841 new)
    "batch85.jsonl": (0.95, 0.83),
    "batch86.jsonl": (0.93, 0.86),
    "batch88.jsonl": (0.95, 0.82),
    # batch89: 50 dev-like items of 2019-25 (round-ups and gossip columns citing papers, references back) by a
    # writer who never saw the extractor (0.924 / 0.821 new); batch90: deadline days and January windows
    # (medicals, hijacks, late collapses; negatives with transfer words) of 2016-25 (0.883 / 0.787 new)
    "batch89.jsonl": (0.91, 0.80),
    "batch90.jsonl": (0.87, 0.77),
    # batch91-94 by writers who never saw the extractor, kept blind for the session they came in (their misses
    # unread): coaches sacked and appointed of 2016-25 (0.919 / 0.832 new); batch92: 40 long sagas of 5-7
    # sentences (0.909 / 0.833); batch93: free agents, Saudi and MLS moves, renewals (0.970 / 0.830);
    # batch94: bids and counter-bids in Germany, Italy, France and Spain (0.935 / 0.886)
    "batch91.jsonl": (0.90, 0.81),
    "batch92.jsonl": (0.89, 0.81),
    "batch93.jsonl": (0.95, 0.81),
    "batch94.jsonl": (0.92, 0.87),
    # batch95: 60 short wire-style items of 2016-25 about Turkey, Brazil, Argentina, Saudi Arabia, Portugal,
    # the Netherlands and MLS by a writer who never saw the extractor (0.971 / 0.928 new)
    "batch95.jsonl": (0.95, 0.91),
    # batch96: 40 gossip columns of 2017-25 (4-7 paragraphs, each a rumour citing its paper) by a writer who
    # never saw the extractor (0.944 / 0.856 new)
    "batch96.jsonl": (0.93, 0.84),
    # batch97: 60 loan stories of 2017-25 (recalls, options and obligations to buy, blocked loans,
    # extensions) by a writer who never saw the extractor (0.861 / 0.774 new)
    "batch97.jsonl": (0.84, 0.76),
    # batch98: 60 managers' moves of 2017-25 outside the elite (Championship, Bundesliga, Serie A, Ligue 1,
    # Eredivisie: sackings, caretakers, compensation, jobs turned down) by a writer who never saw the
    # extractor (0.928 / 0.886 new)
    "batch98.jsonl": (0.91, 0.87),
    # batch99: 60 items of 2016-25, half negatives naming many clubs (match reports, injuries, awards,
    # fines, anniversaries), half rumours told in the same registers, by a writer who never saw the
    # extractor (0.703 / 0.630 new)
    "batch99.jsonl": (0.69, 0.61),
    # batch100: 40 long articles of 2016-25 (7-9 sentences, one saga each, several clubs at different
    # stages) by a writer who never saw the extractor (0.855 / 0.707 new)
    "batch100.jsonl": (0.84, 0.69),
    # batch102: 60 headline+summary feed items of 2022-25 from ten leagues, stages spread evenly, 12
    # negatives, by a writer who never saw the extractor (0.919 / 0.797 new)
    "batch102.jsonl": (0.90, 0.78),
    # batch104: 40 medium articles of 2016-26 (4-6 paragraphs, 2-4 claims each, managerial changes, races
    # for one target, deals collapsing midway), by a writer who never saw the extractor (0.899 / 0.807 new)
    "batch104.jsonl": (0.88, 0.79),
    # batch103: 60 items of 2015-25 on references (pronouns, nationalities, ages, roles, club descriptions,
    # nicknames settled by context, grounds) and unknown people, by a writer who never saw the extractor
    # (0.906 / 0.828 new)
    "batch103.jsonl": (0.89, 0.81),
    # batch101: 40 items of 2015-25, half negatives naming many clubs (match reports, injuries, awards, fines,
    # finance), half rumours told inside such news, by a writer who never saw the extractor (0.514 / 0.457
    # new, when a headline of other news dropped its whole item; 0.667 / 0.590 once bids and talks further
    # down were kept)
    "batch101.jsonl": (0.65, 0.57),
    # batch105: 40 items of 2017-26, half negatives (match reports, injuries, awards, fines, stadiums, looks
    # back), half rumours told further down such news, by a writer who never saw the extractor (0.658 / 0.582)
    "batch105.jsonl": (0.64, 0.56),
    # batch108: 30 long articles of 2015-26 (7-10 paragraphs, sagas with rival suitors, caretakers and
    # shortlists, history and bystanders), by a writer who never saw the extractor (0.792 / 0.643 new)
    "batch108.jsonl": (0.77, 0.62),
    # batch106: 60 headline+summary feed items of 2016-26 from eleven leagues, the nine stages spread evenly,
    # 10 negatives, by a writer who never saw the extractor (0.979 / 0.950 new)
    "batch106.jsonl": (0.96, 0.93),
    # batch107: 40 items of 2015-26 on the ending stages (deals collapsing, sackings, releases, renewals) with
    # the replacements and alternatives, by a writer who never saw the extractor (0.958 / 0.852 new)
    "batch107.jsonl": (0.94, 0.83),
    # batch111: 60 headline+summary feed items of 2019-25 from twelve leagues, the nine stages spread evenly,
    # 8 negatives, nicknames and references, by a writer who never saw the extractor (0.916 / 0.874 new)
    "batch111.jsonl": (0.90, 0.86),
    # batch110: 30 long articles of 2015-26 (6-8 paragraphs, managerial searches and transfer windows with
    # candidates passed over, caretakers and history), by a writer who never saw the extractor (0.872 / 0.752)
    "batch110.jsonl": (0.85, 0.73),
    # batch112: 40 medium articles of 2018-26 on transfer races (rival suitors, bids improved, clubs pulling
    # out, loans and recalls), by a writer who never saw the extractor (0.845 / 0.741 new)
    "batch112.jsonl": (0.83, 0.72),
    # batch109: 40 items of 2016-26, half negatives (match reports, injuries, quotes, awards, bans, finance,
    # draws), half rumours told further down such news, by a writer who never saw the extractor (0.548/0.484)
    "batch109.jsonl": (0.53, 0.46),
    # batch113: 40 dev-like headline+summary items of 2016-25 from ten leagues, the nine stages spread evenly,
    # 8 negatives, by a writer who never saw the extractor (0.977 / 0.920 new)
    "batch113.jsonl": (0.96, 0.90),
    # batch114: 40 items of 2015-25 on managers (sackings, caretakers, shortlists, compensation, jobs turned
    # down), 8 negatives, by a writer who never saw the extractor (0.903 / 0.772 new)
    "batch114.jsonl": (0.88, 0.75),
    # batch115: 55 medium items of 2016-25, rumours inside match reports, injuries, contracts, awards and
    # finance news, 15 negatives, by a writer who never saw the extractor (0.712 / 0.663 new)
    "batch115.jsonl": (0.69, 0.64),
    # batch116: 30 gossip round-ups and live-blog summaries of 2017-25 (3-6 rumours each, some moving stage),
    # 4 negatives, by a writer who never saw the extractor (0.895 / 0.818 new)
    "batch116.jsonl": (0.88, 0.80),
    # batch117: 50 dev-like headline+summary items of 2016-26 from ten leagues, the nine stages spread evenly,
    # 10 negatives, nicknames, grounds and references, by a writer who never saw the extractor (0.982 / 0.870)
    "batch117.jsonl": (0.96, 0.85),
    # batch120: 50 items of 2016-25 on the ending and holding stages (deals collapsing, renewals, releases,
    # sackings, recalls, denials), half naming the alternative, 10 negatives, by a writer who never saw the
    # extractor (0.912 / 0.819 new)
    "batch120.jsonl": (0.89, 0.80),
    # batch118: 50 medium items of 2016-26 whose main news is a match, an injury, a press conference, a
    # contract, finance or a look back, two thirds with a rumour inside, 15 negatives, by a writer who never
    # saw the extractor (0.504 / 0.492 new; 0.541 / 0.530 with reported interest kept below such headlines;
    # 0.742 / 0.733 once worked as training in the thirty-sixth session)
    "batch118.jsonl": (0.72, 0.71),
    # batch119: 30 long articles of 2015-25 (8-9 paragraphs, one saga each: a club's window, a managerial
    # search, a star's exit with rival suitors), 3 long negatives, by a writer who never saw the extractor
    # (0.732 / 0.638 new)
    "batch119.jsonl": (0.71, 0.62),
    # batch121: 50 dev-like items of 2022-25 from the five big leagues, the nine stages, 20 with two or three
    # claims, 10 negatives, by a writer who never saw the extractor (0.863 / 0.813 new)
    "batch121.jsonl": (0.84, 0.79),
    # batch122: 50 items of 2021-25 on managers (sackings, caretakers, approaches, appointments, renewals),
    # 10 negatives, by a writer who never saw the extractor (0.897 / 0.808 new)
    "batch122.jsonl": (0.87, 0.78),
    # batch123: 50 items of 2018-25 with clubs by nickname or ground, men by reference, players from smaller
    # leagues, 10 negatives, by a writer who never saw the extractor (0.841 / 0.713 new)
    "batch123.jsonl": (0.82, 0.69),
    # batch124: 30 long articles of 2017-25 (7-8 paragraphs, 2-8 claims each, background moves and quotes),
    # 3 long negatives, by a writer who never saw the extractor (0.756 / 0.658 new)
    "batch124.jsonl": (0.73, 0.63),
    # batch125: 50 dev-like items from the windows of summer 2019, January 2021, summer 2022 and January 2025
    # (five big leagues and Saudi Arabia, every stage at least three times), 10 negatives, by a writer who
    # never saw the extractor (0.952 / 0.877 new)
    "batch125.jsonl": (0.93, 0.85),
    # batch126: 50 items of 2016-25 on moves ending and men staying or leaving, 15 hard negatives (old fees,
    # contract clauses, memories), by a writer who never saw the extractor (0.912 / 0.862 new)
    "batch126.jsonl": (0.89, 0.84),
    # batch127: 40 round-ups of 2018-25 (gossip columns, a club's window, merry-go-rounds, swaps), 2-6 claims
    # each, 6 negatives, by a writer who never saw the extractor (0.811 / 0.717 new)
    "batch127.jsonl": (0.79, 0.69),
    # batch128: 30 long articles of 2015-25 (6-9 paragraphs: manager searches, contract sagas, deadline
    # days), 3 long negatives, by a writer who never saw the extractor (0.791 / 0.618 new)
    "batch128.jsonl": (0.77, 0.59),
    # batch129: 50 dev-like items from the windows of summer 2023 to summer 2025 (the big five leagues,
    # Portugal, the Netherlands, Saudi Arabia), every stage, 10 negatives, by a writer who never saw the
    # extractor (0.928 / 0.832 new)
    "batch129.jsonl": (0.90, 0.81),
    # batch130: 45 items of 2016-25 on head coaches (sackings, caretakers, shortlists, approaches,
    # compensation, appointments, refusals, renewals), 8 negatives, by a writer who never saw the extractor
    # (0.915 / 0.768 new)
    "batch130.jsonl": (0.89, 0.74),
    # batch131: 30 long articles of 2016-25 (7-8 paragraphs: sagas with rival suitors, a club's window,
    # deadline day, contract standoffs, a managerial change), 3 long negatives, by a writer who never saw the
    # extractor (0.746 / 0.648 new)
    "batch131.jsonl": (0.72, 0.62),
    # batch132: 40 round-ups of 2017-25 (gossip columns, live blogs, window reviews; clubs by nickname and
    # ground, men by reference), 4 negatives, by a writer who never saw the extractor (0.795 / 0.651 new)
    "batch132.jsonl": (0.77, 0.63),
    # batch133: 50 dev-like items of 2018-22 (the big five leagues, Portugal, Turkey, MLS, Saudi Arabia; every
    # stage), 10 negatives, by a writer who never saw the extractor (0.949 / 0.909 new)
    "batch133.jsonl": (0.92, 0.88),
    # batch134: 45 items of 2016-25 on players' futures (renewals, transfer requests, release and buy-back
    # clauses, loans with options, pre-contracts, medicals), 8 negatives, by a blind writer (0.966 / 0.901)
    "batch134.jsonl": (0.94, 0.88),
    # batch135: 30 long articles of 2015-25 (6-9 paragraphs: sagas, window plans, shortlists, deadline day;
    # background moves, quotes, references), 3 long negatives, by a blind writer (0.786 / 0.642 new)
    "batch135.jsonl": (0.76, 0.62),
    # batch136: 40 round-ups of 2016-25 (gossip columns, live blogs, done-deals lists, press reviews; 393
    # claims), 4 negatives, by a writer who never saw the extractor (0.785 / 0.717 new)
    "batch136.jsonl": (0.76, 0.69),
    # batch137: 50 dev-like items of 2015-19 (big moves and the coaching merry-go-round; China and MLS; 10
    # negatives); batch138: 50 dev-like items of 2023-26 (mid-market deals, smaller leagues; 10 negatives)
    "batch137.jsonl": (0.90, 0.83),
    "batch138.jsonl": (0.92, 0.91),
    # batch139: 45 items of 2018-26 on head coaches (sackings, caretakers, compensation, national teams)
    "batch139.jsonl": (0.88, 0.76),
    # batch140: 35 medium articles of 2017-25 (4-5 paragraphs: a main saga with rival suitors, fees and
    # background moves; 6 negatives)
    "batch140.jsonl": (0.77, 0.70),
    # batch141: dev-like, the 2020-22 windows; batch142: players' futures (renewals, exits, loans,
    # collapses); batch143: dev-like, clubs outside England
    "batch141.jsonl": (0.89, 0.76),
    "batch142.jsonl": (0.85, 0.71),
    "batch143.jsonl": (0.92, 0.75),
    # batch144: medium articles (sagas, several suitors, managerial changes)
    "batch144.jsonl": (0.84, 0.71),
    # batch145: dev-like, the 2016-19 windows; batch146: head coaches 2018-26 across Europe (sackings,
    # caretakers, shortlists, refusals); batch147: dev-like, 2024-26, nicknames, grounds and references
    "batch145.jsonl": (0.83, 0.70),
    "batch146.jsonl": (0.87, 0.75),
    "batch147.jsonl": (0.88, 0.80),
    # batch148: medium articles of six paragraphs (round-ups, a summer's business, sagas), 2015-25
    "batch148.jsonl": (0.76, 0.63),
    # batch149: dev-like, the 2021-24 windows; batch150: clubs outside England 2017-25, nicknames and
    # grounds, translated style; batch151: a man's future at his club 2016-25 (requests, renewals, recalls)
    "batch149.jsonl": (0.92, 0.86),
    "batch150.jsonl": (0.82, 0.67),
    "batch151.jsonl": (0.79, 0.68),
    # batch152: medium articles of five to seven paragraphs (window reviews, merry-go-rounds, sagas)
    "batch152.jsonl": (0.76, 0.62),
    # batch153: dev-like, the 2018-20 windows
    "batch153.jsonl": (0.89, 0.75),
    # batch154: loans 2016-25 (recalls, options to buy, loans made permanent, returns to the parent club)
    "batch154.jsonl": (0.84, 0.77),
    # batch155: half negatives (match reports, awards, press conferences with transfer-like words in other
    # senses); batch156: bids and negotiations 2015-25 (rejections, counter-offers, collapses)
    "batch155.jsonl": (0.81, 0.68),
    "batch156.jsonl": (0.84, 0.67),
    # batch157: dev-like, the 2021-23 windows
    "batch157.jsonl": (0.93, 0.87),
    # batch158: managerial changes 2015-25 (sackings, caretakers, compensation talks, appointments)
    "batch158.jsonl": (0.90, 0.86),
    # batch159: medium round-ups of deadline days and window weeks 2016-25, two to four claims each
    "batch159.jsonl": (0.77, 0.66),
    # batch160: players' futures 2017-25 (new contracts, free agents, release clauses, transfer requests,
    # exits with no destination, choices between clubs)
    "batch160.jsonl": (0.89, 0.83),
    # blind batches of the forty-sixth session, each minimum 0.02-0.03 under its score on arrival
    # batch161: dev-like items of the 2019-22 windows and managerial changes (10 negatives)
    "batch161.jsonl": (0.88, 0.80),
    # batch162: gossip columns 2016-25, one rumour per paper and paragraph, 2-5 claims each (5 negatives)
    "batch162.jsonl": (0.90, 0.84),
    # batch163: deals that went wrong or changed course 2015-25 (failed medicals, hijacks, collapsed talks,
    # U-turns, revived deals, deadlines missed; 7 negatives)
    "batch163.jsonl": (0.89, 0.74),
    # batch164: structured deals 2016-25 (swaps, loans with options, sold and loaned back, buy-backs,
    # pre-contracts, moves between one owner's clubs; 7 negatives)
    "batch164.jsonl": (0.81, 0.69),
    # blind batches of the forty-seventh session (scored on arrival by the session's starting code, minima a
    # little under): batch165, 50 dev-like items of the 2022-25 windows and managerial changes; batch166,
    # clubs outside England in English and translated foreign press (nicknames, grounds); batch167, 30 long
    # articles (sagas, shortlists, window reviews, 2-8 claims each); batch168, endings and staying (new
    # contracts, sackings, deals called off, refusals)
    "batch165.jsonl": (0.90, 0.83),
    "batch166.jsonl": (0.85, 0.68),
    "batch167.jsonl": (0.84, 0.69),
    "batch168.jsonl": (0.86, 0.77),
    # blind batches of the forty-eighth session (scored on arrival by the session's starting code, minima a
    # little under): batch169, 50 dev-like items of the 2023-26 windows and managerial changes; batch170,
    # swaps, loans with obligations or options, sell-on clauses, player-plus-cash deals; batch171, managers
    # and head coaches (sackings, caretakers, shortlists, national teams); batch172, 30 medium articles on
    # Spanish, Italian, German and French clubs (nicknames, grounds, references back)
    "batch169.jsonl": (0.91, 0.80),
    "batch170.jsonl": (0.75, 0.61),
    "batch171.jsonl": (0.85, 0.78),
    "batch172.jsonl": (0.87, 0.79),
    # blind batches of the forty-ninth session (scored on arrival by the session's starting code, minima a
    # little under): batch173, 45 dev-like items of the 2017-20 windows and managerial changes; batch174,
    # clubs in Portugal, the Netherlands, Turkey, Saudi Arabia and MLS; batch175, 30 long articles on one or
    # two transfer sagas each; batch176, contracts and departures (extensions, free agents, releases, loan
    # recalls, refusals, moves called off)
    "batch173.jsonl": (0.94, 0.89),
    "batch174.jsonl": (0.94, 0.85),
    "batch175.jsonl": (0.83, 0.70),
    "batch176.jsonl": (0.90, 0.84),
    # blind batches of the fiftieth session (scored on arrival by the session's starting code, minima a
    # little under): batch177, 40 dev-like items of the summer 2025 and January 2026 windows and managerial
    # changes; batch178, 30 long articles on managerial searches; batch179, 40 short items in the style of
    # wire briefs and live blogs that name the journalist; batch180, 40 items on Championship and Scottish
    # clubs and clubs going up or down
    "batch177.jsonl": (0.94, 0.84),
    "batch178.jsonl": (0.83, 0.67),
    "batch179.jsonl": (0.96, 0.95),
    "batch180.jsonl": (0.83, 0.78),
    # blind batches of the fifty-first session (scored on arrival by the session's starting code, minima a
    # little under): batch181, 40 dev-like items of the 2020-21 and 2021-22 seasons; batch182, 30 medium
    # articles on goalkeepers' and defenders' moves; batch183, 40 items leaning on nicknames, grounds and
    # references back; batch184, 40 official announcements and club statements with the rumours around them
    "batch181.jsonl": (0.88, 0.79),
    "batch182.jsonl": (0.85, 0.77),
    "batch183.jsonl": (0.86, 0.80),
    "batch184.jsonl": (0.95, 0.83),
    # blind batches of the fifty-second session (scored on arrival by the session's starting code, minima a
    # little under): batch185, 40 dev-like items of the 2023-24 season; batch186, 30 medium articles on
    # midfielders' and wingers' moves; batch187, 40 items in the style of English round-ups of the Spanish,
    # Italian, German and French press; batch188, 40 items on managers sacked and replaced, caretakers, and
    # coaches who stayed under pressure (2016-2020)
    "batch185.jsonl": (0.97, 0.91),
    "batch186.jsonl": (0.94, 0.82),
    "batch187.jsonl": (0.88, 0.72),
    "batch188.jsonl": (0.87, 0.77),
    # blind batches of the fifty-third session (scored on arrival by the session's starting code, minima a
    # little under): batch189, 40 dev-like items of the 2021-22 and 2022-23 seasons; batch190, 30 medium
    # articles on strikers' and forwards' transfer sagas; batch191, 40 items on head coaches appointed, sacked
    # and kept in Spain, Italy, Germany, France, Portugal and the Netherlands (2019-2025); batch192, 40 items
    # on deadline days and collapsed or hijacked deals (2017-2025)
    "batch189.jsonl": (0.93, 0.83),
    "batch190.jsonl": (0.87, 0.81),
    "batch191.jsonl": (0.92, 0.88),
    "batch192.jsonl": (0.85, 0.81),
    # blind batches of the fifty-fourth session (scored on arrival by the session's starting code, minima a
    # little under): batch193, 40 dev-like items of the 2018-19 and 2019-20 seasons; batch194, 40 items on
    # January windows (loans, recalls, emergency signings, loans with an option or obligation to buy, players
    # kept from leaving mid-season, 2018-2025); batch195, 40 medium items on transfers in and out of the
    # Bundesliga and Ligue 1 (2019-2025); batch196, 40 items told through the quotes of agents, presidents,
    # sporting directors and managers, its negatives press-conference quotes with no claim (2017-2025)
    "batch193.jsonl": (0.92, 0.80),
    "batch194.jsonl": (0.81, 0.67),
    "batch195.jsonl": (0.89, 0.78),
    "batch196.jsonl": (0.89, 0.71),
    # blind batches of the fifty-fifth session, by writers who never saw the extractor (arrival scores with
    # the session's starting code, never read item by item): batch197, 40 dev-like items of 2022-24
    # (0.954 / 0.868); batch198, 40 items on transfers into and out of Serie A and La Liga, 2018-25
    # (0.919 / 0.849); batch199, 40 items on hijacks, abandoned medicals, U-turns and players choosing
    # between suitors, 2016-25 (0.940 / 0.857); batch200, 40 items on sackings, shortlists and managerial
    # appointments, 2020-25 (0.947 / 0.905); six negatives each
    "batch197.jsonl": (0.93, 0.84),
    "batch198.jsonl": (0.89, 0.82),
    "batch199.jsonl": (0.92, 0.83),
    "batch200.jsonl": (0.92, 0.88),
    # blind batches of the fifty-sixth session, by writers who never saw the extractor (arrival scores with
    # the session's starting code, never read item by item): batch201, 40 dev-like items of 2024-25
    # (0.976 / 0.927); batch202, 40 items on free agents, expiring contracts and pre-contracts, 2017-25
    # (0.912 / 0.719); batch203, 40 items on swap deals, player-plus-cash offers and buy-back clauses,
    # 2016-25 (0.882 / 0.755); batch204, 40 items on interim and caretaker managers, promoted assistants
    # and managers leaving for national teams, 2018-25 (0.948 / 0.864); six negatives each
    "batch201.jsonl": (0.95, 0.90),
    "batch202.jsonl": (0.89, 0.69),
    "batch203.jsonl": (0.86, 0.73),
    "batch204.jsonl": (0.92, 0.84),
    # blind batches of the fifty-seventh session (arrival scores with the session's starting code, never
    # read item by item): batch205, 40 dev-like items of 2019-21 (0.970 / 0.902); batch206, 40 items on
    # young prospects and academy graduates, 2017-25 (0.909 / 0.839); batch207, 40 items on reunions and
    # returns to former clubs, 2016-25 (0.939 / 0.898; one negative gives a claim); batch208, 40 items on
    # release clauses and contract stand-offs, 2017-25 (0.923 / 0.885); six negatives each
    "batch205.jsonl": (0.95, 0.87),
    "batch206.jsonl": (0.89, 0.81),
    "batch207.jsonl": (0.91, 0.87),
    "batch208.jsonl": (0.90, 0.86),
}
MAX_NEGATIVE_FALSE_ALERTS = 0.03

pytestmark = pytest.mark.skipif(not (CONFIG / "kb" / "clubs.yml").exists(), reason="no knowledge base")


def _items(holdout: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(LABELLED.glob("*.jsonl")):
        if path.name.startswith(HOLDOUT_PREFIX) != holdout:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path.name, json.loads(line)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_kb(CONFIG))


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(load_kb(CONFIG))


# scoring every labelled item (~7,700) takes over a minute on a slow, shared machine: the first test
# that asks for the scores pays for it
_SCORES_TIMEOUT = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def results(extractor: Extractor, scorer: Scorer) -> dict[str, Score]:
    table: dict[str, Score] = defaultdict(Score)
    for name, raw in [*_items(), *_items(holdout=True)]:
        # the item as `rumourbot extract` builds it, date included
        preds = [c.to_json() for c in extractor.extract(labelled_item(raw))]
        held_back = name.startswith(HOLDOUT_PREFIX) or name in NEW_FILE_MINIMA
        key = name if held_back else raw["category"]
        scorer.add(table[key], raw, preds)
        if not held_back:
            scorer.add(table["*"], raw, preds)
    print()
    for key, score in sorted(table.items()):
        print(f"{key:14} {score.line()}")
    return table


def test_labelled_set_is_large_and_varied() -> None:
    items = [raw for _name, raw in _items()]
    assert len(items) >= 150
    assert sum(1 for i in items if i["category"] == "negative") >= 40
    assert sum(1 for i in items if i["category"] == "articles") >= 17
    ids = [raw["id"] for _name, raw in [*_items(), *_items(holdout=True)]]
    assert len(set(ids)) == len(ids)
    assert {i["category"] for i in items} >= set(MINIMA) | {"negative"}


@_SCORES_TIMEOUT
@pytest.mark.parametrize("name", sorted(NEW_FILE_MINIMA))
def test_new_file_meets_its_minimum(results: dict[str, Score], name: str) -> None:
    pair_min, triple_min = NEW_FILE_MINIMA[name]
    score = results[name]
    assert score.pairs.f1 >= pair_min and score.triples.f1 >= triple_min, score.line()


@_SCORES_TIMEOUT
@pytest.mark.parametrize("category", sorted(MINIMA))
def test_category_meets_its_minimum(results: dict[str, Score], category: str) -> None:
    pair_min, triple_min = MINIMA[category]
    score = results[category]
    assert score.pairs.f1 >= pair_min, score.misses
    assert score.triples.f1 >= triple_min, score.misses


@_SCORES_TIMEOUT
def test_negatives_give_no_claims(results: dict[str, Score]) -> None:
    negatives = results["negative"]
    assert negatives.items_with_claims / negatives.items <= MAX_NEGATIVE_FALSE_ALERTS, negatives.misses


@_SCORES_TIMEOUT
def test_club_follower_alerts(results: dict[str, Score]) -> None:
    alerts = results["*"].alerts
    assert alerts.precision >= 0.98 and alerts.recall >= 0.97


@_SCORES_TIMEOUT
@pytest.mark.parametrize("name", sorted(HOLDOUT_MINIMA))
def test_holdout_meets_its_minimum(results: dict[str, Score], name: str) -> None:
    pair_min, triple_min = HOLDOUT_MINIMA[name]
    score = results[name]
    # (a set of long articles holds as many claims in half the items: holdout36 has 149 in 30)
    assert score.items >= (30 if name in ARTICLE_HOLDOUTS else 60)
    assert score.pairs.f1 >= pair_min and score.triples.f1 >= triple_min


# ---- rules -------------------------------------------------------------------------------------------


def _claims(
    extractor: Extractor,
    title: str,
    summary: str = "",
    source: str = "Sky Sports",
    published: datetime | None = None,
) -> list[Claim]:
    return extractor.extract(
        Item(id="t", title=title, link=None, summary=summary, published=published, source=source)
    )


def _triples(claims: list[Claim]) -> set[tuple[str, str, str]]:
    return {(c.person, c.club, c.stage.value) for c in claims}


def test_roles_give_from_club_and_evidence(extractor: Extractor) -> None:
    (claim,) = _claims(extractor, "Liverpool monitoring Brentford striker Igor Thiago")
    assert claim.club == "Liverpool" and claim.stage is Stage.INTEREST
    assert (
        claim.from_club == "Brentford"
        and claim.evidence == "Liverpool monitoring Brentford striker Igor Thiago"
    )


def test_unknown_person_gets_a_question_mark_id(extractor: Extractor) -> None:
    (claim,) = _claims(extractor, "Everton bid for Heerenveen midfielder Jorrit Bakkenes")
    assert (
        claim.person == "Jorrit Bakkenes"
        and claim.person_id == "?jorrit-bakkenes"
        and claim.stage is Stage.BID
    )


def test_national_team_is_never_a_club(extractor: Extractor) -> None:
    claims = _claims(extractor, "Graham Potter appointed Wales manager", "He signed a four-year contract.")
    assert claims == []


def test_ambiguous_nickname_without_context_is_dropped(extractor: Extractor) -> None:
    assert _claims(extractor, "The Blues are keen on Lens winger Maxime Delacroix") == []
    claims = _claims(extractor, "Chelsea eye Lens winger Maxime Delacroix", "The Blues are ready to bid.")
    assert {c.club for c in claims} == {"Chelsea"}


def test_selling_club_rejecting_a_bid_is_still_a_bid(extractor: Extractor) -> None:
    claims = _claims(extractor, "Fulham reject Crystal Palace bid for Harry Wilson")
    assert _triples(claims) == {("Harry Wilson", "Crystal Palace", "bid")}


def test_pending_step_keeps_done_at_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Tottenham sign Leeds winger Wilfried Gnonto", "He will undergo a medical on Monday."
    )
    assert {c.stage for c in claims} == {Stage.AGREED}


def test_close_to_agreement_is_talks(extractor: Extractor) -> None:
    claims = _claims(extractor, "Napoli close to agreement with Juventus for Federico Gatti")
    assert _triples(claims) == {("Federico Gatti", "Napoli", "talks")}


def test_tier_follows_named_journalist_then_quoted_paper(extractor: Extractor) -> None:
    (by_journalist,) = _claims(
        extractor,
        "Arsenal in talks for Real Betis winger Jesus Rodriguez",
        "That is according to David Ornstein.",
    )
    assert by_journalist.source == "David Ornstein" and by_journalist.tier == 1
    (quoted,) = _claims(
        extractor, "Football gossip", "Chelsea want Lyon forward Malick Fofana. (Sun)", "BBC Sport"
    )
    assert quoted.source == "The Sun" and quoted.tier == 5


def test_gossip_paragraph_takes_its_own_bracketed_source(extractor: Extractor) -> None:
    summary = (
        "Arsenal are preparing a £60m bid for Sporting striker Viktor Gyokeres. (Sun)\n\n"
        "Bayern Munich have opened talks with Bayer Leverkusen over Florian Wirtz. (Sky Germany)\n\n"
        "Newcastle have rejected a £110m offer from Liverpool for Alexander Isak. "
        "(Telegraph - subscription required)"
    )
    claims = {c.person_id: c for c in _claims(extractor, "Football gossip", summary, "BBC Sport")}
    gyokeres, wirtz, isak = claims["viktor-gyokeres"], claims["florian-wirtz"], claims["alexander-isak"]
    assert (gyokeres.source, gyokeres.tier) == ("The Sun", 5)
    assert wirtz.source == "Sky Germany" and isak.source == "The Telegraph"
    assert wirtz.tier < gyokeres.tier and isak.tier < gyokeres.tier
    # the text names the clubs they are at: it wins over the knowledge base's current club
    assert gyokeres.from_club == "Sporting CP" and wirtz.from_club == "Bayer Leverkusen"
    assert isak.from_club == "Newcastle United" and isak.club == "Liverpool"


def test_gossip_paragraph_credits_the_original_outlet_before_the_relay(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "Football gossip", "Barcelona want Chelsea winger Jadon Sancho. (RAC1, via Daily Mirror)"
    )
    assert claim.source == "RAC1" and claim.club == "Barcelona"
    (relayed,) = _claims(
        extractor, "Football gossip", "Barcelona want Jadon Sancho. (Radio Nowhere, via Mirror)"
    )
    assert relayed.source == "Daily Mirror"


def test_google_news_publisher_is_the_quoted_source(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor, "Brentford reject Newcastle bid for Yoane Wissa - BBC Sport", "", "Google News"
    )
    (direct,) = _claims(extractor, "Brentford reject Newcastle bid for Yoane Wissa", "", "BBC Sport")
    assert claim.source == direct.source == "BBC Sport" and claim.tier == direct.tier
    assert claim.stage is Stage.BID and claim.club == "Newcastle United"


def test_an_approach_rejected_by_the_seller_is_still_an_approach(extractor: Extractor) -> None:
    claims = _claims(extractor, "Ipswich reject Chelsea approach for Kieran McKenna")
    assert _triples(claims) == {("Kieran McKenna", "Chelsea", "approach")}


def test_a_bid_not_yet_made_is_no_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Aston Villa make enquiry for Chelsea midfielder Conor Gallagher",
        "Villa have asked about his availability but no formal offer has been made.",
    )
    assert _triples(claims) == {("Conor Gallagher", "Aston Villa", "approach")}


def test_a_second_verb_phrase_keeps_its_own_object(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man City busy",
        "Manchester City are in talks with Wolves over Rayan Ait-Nouri and have made an enquiry about "
        "Lyon's Rayan Cherki.",
    )
    assert _triples(claims) == {
        ("Rayan Aït-Nouri", "Manchester City", "talks"),
        ("Rayan Cherki", "Manchester City", "approach"),
    }


def test_a_player_asking_to_leave_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Jack Grealish wants Manchester City exit", "He has asked the club to let him leave."
    )
    assert _triples(claims) == {("Jack Grealish", "Manchester City", "exit")}


def test_match_report_yields_nothing(extractor: Extractor) -> None:
    assert _claims(extractor, "Brentford 2-1 Everton: Thiago double", "Brentford move up to ninth.") == []


def test_extract_is_pure_and_repeatable(extractor: Extractor) -> None:
    item = ("Bayern Munich agree deal for Stuttgart striker Nick Woltemade", "A medical is booked.")
    assert _claims(extractor, *item) == _claims(extractor, *item)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Man Utd. are keen. St. James' Park is full.", 2),
        ("He joined from A. Smith's old club. Then he left!", 2),
        ("'He will sign,' said the agent. The deal is done.", 2),
        ("Line one\n\nLine two. Line three", 3),
        ("He wears No. 9 for the club. He scores.", 2),
        ("Juventus have been told no. The Bianconeri have moved on.", 2),
    ],
)
def test_sentence_splitting(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


def test_homonym_is_resolved_by_the_club_named_or_dropped(extractor: Extractor) -> None:
    (psg,) = _claims(extractor, "Arsenal want PSG midfielder Vitinha")
    assert psg.person_id == "vitinha" and psg.from_club == "Paris Saint-Germain"
    (genoa,) = _claims(extractor, "Genoa striker Vitinha attracts interest from Fulham")
    assert genoa.person_id == "vitinha-2" and genoa.club == "Fulham"
    assert _claims(extractor, "Arsenal want Vitinha") == []
    assert _claims(extractor, "Juventus want Nico Gonzalez") == []


def test_main_clause_resumes_after_a_relative_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus make contact over Federico Chiesa",
        "Juventus, who sold Dusan Vlahovic last summer, are also keen on Lille striker Jonathan David.",
    )
    assert ("Jonathan David", "Juventus", "interest") in _triples(claims)
    assert not any(c.person.startswith("Du") for c in claims)


def test_club_binds_to_the_verb_it_is_subject_of(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs want Brentford striker Igor Thiago",
        "The 24-year-old has scored 12 goals this season, and Spurs have made enquiries about him.",
    )
    assert _triples(claims) == {("Igor Thiago", "Tottenham Hotspur", "approach")}


def test_injury_news_and_ruled_out_for_give_nothing(extractor: Extractor) -> None:
    assert _claims(extractor, "Arsenal defender William Saliba ruled out for a month") == []
    injury = ("Chelsea injury news: Reece James sidelined", "He will miss the Arsenal game.")
    assert _claims(extractor, *injury) == []


def test_refusal_after_an_approach_in_the_same_sentence_ends_that_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea want Marc Guehi",
        "Newcastle also made an approach in the summer but Guehi turned down the move.",
    )
    assert {(c.club, c.stage.value) for c in claims} == {("Chelsea", "interest"), ("Newcastle United", "off")}


def test_ending_speculation_turns_pending_interest_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Declan Rice signs new Arsenal contract",
        "The midfielder has committed his future to the club, ending speculation. "
        "Real Madrid had made enquiries about him last summer.",
    )
    assert {(c.club, c.stage.value) for c in claims} == {("Arsenal", "stay"), ("Real Madrid", "off")}


def test_former_club_is_not_the_person_s_own(extractor: Extractor) -> None:
    (claim,) = _claims(extractor, "Dortmund identify former Bayern Munich boss Julian Nagelsmann")
    assert claim.club == "Borussia Dortmund" and claim.stage is Stage.INTEREST


def test_club_name_alone_takes_its_usual_reading(extractor: Extractor) -> None:
    claims = _claims(extractor, "Inter sign Petar Sucic from Dinamo Zagreb")
    assert {(c.club, c.stage) for c in claims} == {("Inter Milan", Stage.DONE)}
    # an outlet's name is no club
    claims = _claims(extractor, "Al-Ahli make contact over Ollie Watkins, according to The Athletic")
    assert {c.club for c in claims} == {"Al-Ahli"}


def test_compensation_payer_and_paid_club_are_buyer_and_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Brentford demand £10m compensation from Tottenham for Thomas Frank",
        "Spurs are in talks with the Bees over a fee for the 51-year-old.",
    )
    assert {(c.club, c.stage) for c in claims} == {("Tottenham Hotspur", Stage.TALKS)}
    claims = _claims(extractor, "Man City table opening offer for Tijjani Reijnders",
                     "City have offered AC Milan £45m for the Dutch midfielder.")  # fmt: skip
    assert {(c.club, c.stage) for c in claims} == {("Manchester City", Stage.BID)}


def test_refusing_a_role_ends_the_move_of_the_club_named(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Norwich's search for a new manager goes on",
        "Frank Lampard turned down the role, with the Canaries now considering Liam Manning.",
    )
    assert ("Frank Lampard", "Norwich City", "off") in _triples(claims)


def test_a_move_called_off_and_an_exit_inside_a_cue(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Douglas Luiz decides to stay at Juventus",
        "Nottingham Forest's move for the Brazilian is off after he chose to remain in Turin.",
    )
    assert _triples(claims) >= {
        ("Douglas Luiz", "Nottingham Forest", "off"),
        ("Douglas Luiz", "Juventus", "stay"),
    }
    claims = _claims(extractor, "Rodrygo open to Real Madrid exit")
    assert _triples(claims) == {("Rodrygo", "Real Madrid", "exit")}


def test_forecast_with_talks_under_way_is_talks(extractor: Extractor) -> None:
    claims = _claims(extractor, "Hearts close in on Dundee United striker Sam Dalby",
                     "The Jambos are in talks over a fee for the 25-year-old.")  # fmt: skip
    assert {(c.club, c.stage) for c in claims} == {("Hearts", Stage.TALKS)}


def test_former_clubs_responders_and_snubbed_for(extractor: Extractor) -> None:
    # former clubs in an appositive are neither the person's own club nor a destination
    claims = _claims(extractor, "Como extend Cesc Fabregas's deal to 2028",
                     "The Spaniard, a former Arsenal and Chelsea midfielder, "
                     "has committed his future to the Serie A club.")  # fmt: skip
    assert {c.club for c in claims} == {"Como"}
    # the club answering an offer sells; it gets no forward claim of its own
    claims = _claims(extractor, "Liverpool submit £100m bid for Alexander Isak",
                     "Newcastle are yet to respond to the offer for the Sweden striker.")  # fmt: skip
    assert _triples(claims) == {("Alexander Isak", "Liverpool", "bid")}
    # "snubs A for B": B is chosen, not snubbed
    claims = _claims(extractor, "Hugo Ekitike snubs Newcastle for Liverpool")
    assert ("Hugo Ekitike", "Liverpool", "off") not in _triples(claims)
    assert ("Hugo Ekitike", "Newcastle United", "off") in _triples(claims)


def test_a_campaign_is_no_bid(extractor: Extractor) -> None:
    assert _claims(extractor, "Leicester's bid for promotion suffers as Jamie Vardy is ruled out") == []
    assert _claims(extractor, "Southampton's bid to stay up dealt blow by Adam Armstrong absence") == []
    claims = _claims(extractor, "Sunderland's bid to sign Jobe Bellingham rejected by Dortmund")
    assert ("Jobe Bellingham", "Sunderland", "bid") in _triples(claims)


def test_unknown_people_named_as_appointed_or_negotiated_over(extractor: Extractor) -> None:
    assert ("Lukas Brenner", "Mainz", "done") in _triples(
        _claims(extractor, "Mainz name Lukas Brenner head coach")
    )
    talks = _triples(
        _claims(extractor, "Lyon hold talks with Braga over Tiago Ferraz", "Braga want €20m and talks go on.")
    )
    assert talks == {("Tiago Ferraz", "Lyon", "talks")}
    assert ("Tiago Ferraz", "Lyon", "agreed") in _triples(
        _claims(extractor, "Here we go! Tiago Ferraz to Lyon, fee agreed with Braga")
    )


def test_a_commitment_ends_past_interest_but_not_interest_still_going_on(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Mikel Merino commits to Arsenal",
            "Merino has signed a new deal at the Emirates, ending weeks of speculation about his future. "
            "Juventus had made an approach in the summer. Atletico Madrid are still monitoring him and "
            "could return next year.",
        )
    )
    assert ("Mikel Merino", "Arsenal", "stay") in got
    assert ("Mikel Merino", "Juventus", "off") in got
    assert ("Mikel Merino", "Atletico Madrid", "interest") in got


def test_a_sacking_headline_with_a_favourite_and_candidates_dropped(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Napoli sack Antonio Conte as Maurizio Sarri emerges as frontrunner",
            "Sporting director Giovanni Manna led the search. Sarri, out of work since leaving Lazio, has "
            "held talks with the club. Thiago Motta was also considered, but Napoli have decided not to "
            "pursue him.",
        )
    )
    assert ("Antonio Conte", "Napoli", "exit") in got
    assert ("Maurizio Sarri", "Napoli", "talks") in got
    assert ("Thiago Motta", "Napoli", "off") in got
    assert not any(p == "Giovanni Manna" for p, _c, _s in got)
    assert not any(p == "Maurizio Sarri" and s == "exit" for p, _c, s in got)


def test_a_manager_carousel_told_in_match_terms(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Leicester sack Ruud van Nistelrooy and target Kieran McKenna",
            "The Dutchman was dismissed hours after the 2-0 defeat by Brentford, which left the owners with "
            "little choice. Steve Cooper had been sounded out but is no longer under consideration.",
        )
    )
    assert got == {
        ("Ruud van Nistelrooy", "Leicester City", "exit"),
        ("Kieran McKenna", "Leicester City", "interest"),
        ("Steve Cooper", "Leicester City", "off"),
    }


def test_a_seller_that_cannot_refuse_and_a_player_up_for_sale(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Liverpool agree fee with Bournemouth for Milos Kerkez",
            "Bournemouth boss Andoni Iraola had hoped to keep him, but the club could not turn down the "
            "offer. Andrew Robertson's future is now in doubt, with the club open to offers.",
        )
    )
    assert ("Milos Kerkez", "Liverpool", "agreed") in got
    assert ("Andrew Robertson", "Liverpool", "exit") in got
    assert not any(p == "Andoni Iraola" for p, _c, _s in got)
    assert not any(c == "Bournemouth" and s != "exit" for _p, c, s in got)


def test_stay_quotes_loan_buyouts_and_a_successor_to_a_named_boss(extractor: Extractor) -> None:
    assert _triples(
        _claims(extractor, "'I'm not going anywhere' - Bruno Guimaraes ends Newcastle exit talk")
    ) == {("Bruno Guimarães", "Newcastle United", "stay")}
    assert ("João Félix", "AC Milan", "agreed") in _triples(
        _claims(extractor, "AC Milan trigger purchase option in Joao Felix loan from Chelsea")
    )
    got = _triples(
        _claims(
            extractor,
            "Rangers make approach for Feyenoord's Brian Priske",
            "The Glasgow club want him to succeed caretaker boss Barry Ferguson.",
        )
    )
    assert not any(p == "Barry Ferguson" for p, _c, _s in got)


def test_each_gossip_paragraph_is_a_rumour_of_its_own(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Transfer gossip: Zirkzee, Gallagher",
            "Roma have made an offer for Manchester United striker Joshua Zirkzee. (Corriere dello Sport)\n\n"
            "Conor Gallagher wants to return to the Premier League this summer. (Mail)",
            source="BBC Sport",
        )
    )
    assert got == {("Joshua Zirkzee", "Roma", "bid")}


def test_headline_shapes_of_rival_clubs(extractor: Extractor) -> None:
    race = _triples(_claims(extractor, "Red Devils win race for Benjamin Sesko as Magpies miss out"))
    assert ("Benjamin Šeško", "Newcastle United", "off") in race
    accept = _triples(
        _claims(extractor, "Moises Caicedo snubs Liverpool as Brighton accept Chelsea's British-record offer")
    )
    assert accept == {("Moisés Caicedo", "Liverpool", "off"), ("Moisés Caicedo", "Chelsea", "agreed")}
    parted = _triples(_claims(extractor, "Fulham and Marco Silva agree to part ways"))
    assert parted == {("Marco Silva", "Fulham", "exit")}
    pre = _triples(_claims(extractor, "Jonathan David signs pre-contract with Juventus"))
    assert pre == {("Jonathan David", "Juventus", "agreed")}


def test_returns_bound_for_and_deals_for_two(extractor: Extractor) -> None:
    assert _triples(_claims(extractor, "Ross Barkley returns to Aston Villa from Luton Town")) == {
        ("Ross Barkley", "Aston Villa", "done")
    }
    assert _triples(_claims(extractor, "Fiorentina confirm free signing of Edin Dzeko")) == {
        ("Edin Džeko", "Fiorentina", "done")
    }
    assert ("Hugo Ekitike", "Liverpool", "agreed") in _triples(
        _claims(extractor, "Hugo Ekitike bound for Anfield after Eintracht Frankfurt accept offer")
    )
    stay = _triples(
        _claims(extractor, "Anthony Gordon set for St James' Park stay as Liverpool cool interest")
    )
    assert not any(s == "agreed" for _p, _c, s in stay)
    two = _triples(_claims(extractor, "Chelsea agree deals with Villarreal for Yeremy Pino and Alex Baena"))
    assert {("Yéremy Pino", "Chelsea", "agreed"), ("Álex Baena", "Chelsea", "agreed")} <= two


def test_subjects_sellers_and_leanings(extractor: Extractor) -> None:
    gonzalez = _triples(
        _claims(
            extractor,
            "Manchester City close on Nico Gonzalez",
            "Manchester City are in talks with Porto over Nico Gonzalez as they try to complete a signing.",
        )
    )
    assert gonzalez == {("Nico González", "Manchester City", "talks")}
    raid = _triples(
        _claims(extractor, "Arsenal plot Brentford double raid for Nathan Collins and Kevin Schade")
    )
    assert not any(c == "Brentford" for _p, c, _s in raid)
    lean = _triples(
        _claims(
            extractor,
            "Bayern give up on Florian Wirtz",
            "The Leverkusen playmaker favours a move to Anfield, and Liverpool are in talks over a fee.",
        )
    )
    assert ("Florian Wirtz", "Liverpool", "talks") in lean
    ederson = _triples(
        _claims(extractor, "Ederson: Al-Ittihad table proposal for Manchester City goalkeeper")
    )
    assert ederson == {("Ederson", "Al-Ittihad", "bid")}
    glasner = _triples(
        _claims(
            extractor,
            "Crystal Palace appoint Oliver Glasner",
            "The Austrian, who won the Europa League with Eintracht Frankfurt, takes over with the club low.",
        )
    )
    assert glasner == {("Oliver Glasner", "Crystal Palace", "done")}


def test_crossheads_askers_and_ended_pursuits_in_an_article(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Palmeiras reject Zenit offer for Vitor Roque",
            "Palmeiras have rejected an offer from Zenit St Petersburg for Vitor Roque.\n\n"
            "The striker has scored regularly since his arrival in Sao Paulo.\n\n"
            'Abel Ferreira was asked about the offer. "I want to keep my best players," he said.\n\n'
            "Fenerbahce also in contact\n\n"
            "Fenerbahce have made contact with Palmeiras about the striker.\n\n"
            "The move follows Chelsea's decision to end their interest in Brighton's Carlos Baleba.",
        )
    )
    assert ("Vitor Roque", "Zenit St Petersburg", "bid") in got
    assert ("Vitor Roque", "Fenerbahce", "approach") in got
    assert ("Carlos Baleba", "Chelsea", "off") in got
    assert not any(p == "Abel Ferreira" for p, _c, _s in got)
    assert not any(c == "Sao Paulo" for _p, c, _s in got)
    assert not any(p == "Vitor Roque" and s == "off" for p, _c, s in got)


def test_background_lines_in_an_article_give_no_claim(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Galatasaray table offer for Brighton's Ferdi Kadioglu",
            "Kadioglu, who joined Brighton from Fenerbahce, has three and a half years left.\n\n"
            "Galatasaray coach Okan Buruk would not discuss the bid.\n\n"
            "The club's pursuit of a new signing comes as Mauro Icardi's contract will not be renewed.\n\n"
            "Sandro Tonali, who moved to St James' Park from Milan, is also admired by Arsenal. "
            '"I don\'t see any scenario where he leaves," Eddie Howe said.',
        )
    )
    assert ("Ferdi Kadıoğlu", "Galatasaray", "bid") in got
    assert ("Sandro Tonali", "Arsenal", "interest") in got
    assert not any(c == "Brighton & Hove Albion" for _p, c, _s in got)
    assert not any(p == "Okan Buruk" for p, _c, _s in got)
    assert not any(c == "AC Milan" for _p, c, _s in got)
    assert not any(p == "Mauro Icardi" and s != "exit" for p, _c, s in got)


def test_terms_over_a_move_a_second_headline_event_and_no_extension_talks(extractor: Extractor) -> None:
    assert _triples(_claims(extractor, "Goncalo Ramos agrees personal terms over Villa Park move")) == {
        ("Gonçalo Ramos", "Aston Villa", "talks")
    }
    assert _triples(
        _claims(extractor, "Genoa part ways with Patrick Vieira, talks advanced with Daniele De Rossi")
    ) == {
        ("Patrick Vieira", "Genoa", "exit"),
        ("Daniele De Rossi", "Genoa", "talks"),
    }
    undav = _triples(
        _claims(
            extractor, "Deniz Undav wanted by Dortmund", "Undav has not yet opened talks over an extension."
        )
    )
    assert not any(s == "stay" for _p, _c, s in undav)


def test_table_positions_second_deals_and_rivals_left_empty_handed(extractor: Extractor) -> None:
    match = _claims(
        extractor,
        "Aston Villa win at the Emirates",
        "Ollie Watkins scored late as Villa won 2-0 to leave the Gunners two points behind Manchester City.",
    )
    assert match == []
    two = _triples(
        _claims(extractor, "Chelsea confirm Jamie Gittens signing as Joao Pedro deal agreed with Brighton")
    )
    assert ("João Pedro", "Chelsea", "agreed") in two
    rival = _triples(
        _claims(
            extractor,
            "Arsenal agree Eberechi Eze fee",
            "Eze has chosen the Gunners, leaving Spurs, who had been in advanced talks, empty-handed.",
        )
    )
    assert ("Eberechi Eze", "Tottenham Hotspur", "off") in rival
    pressure = _triples(
        _claims(extractor, "Tottenham shortlist Andoni Iraola as Postecoglou pressure mounts")
    )
    assert ("Ange Postecoglou", "Tottenham Hotspur", "exit") in pressure


def test_press_conference_lines_and_people_now_elsewhere(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Brighton turn down Manchester United bid for Carlos Baleba",
            "Real Madrid have also been monitoring the midfielder.\n\n"
            'Asked about the midfielder on Friday, Fabian Hurzeler said: "Carlos is happy here. '
            "I don't comment on offers from other clubs.\"\n\n"
            "The Red Devils are not expected to give up, with Ruben Amorim still a big admirer.",
        )
    )
    assert got == {
        ("Carlos Baleba", "Manchester United", "bid"),
        ("Carlos Baleba", "Real Madrid", "interest"),
    }
    shortlist = _triples(
        _claims(
            extractor,
            "Hull City sack head coach Sergej Jakirovic",
            "Former Forest manager Steve Cooper, now in charge of Brondby, is on the club's shortlist.",
        )
    )
    assert ("Steve Cooper", "Hull City", "interest") in shortlist
    assert not any(c == "Brondby" for _p, c, _s in shortlist)


def test_regions_second_people_incumbents_and_look_backs(extractor: Extractor) -> None:
    wilson = _triples(
        _claims(
            extractor,
            "Tottenham complete signing of Jonathan Rowe",
            "The north London club also held talks with Fulham over Harry Wilson, but walked away.",
        )
    )
    assert ("Harry Wilson", "Tottenham Hotspur", "off") in wilson
    willock = _triples(
        _claims(extractor, "Newcastle agree Marcus Tavernier fee as Joe Willock prepares to leave")
    )
    assert willock == {
        ("Marcus Tavernier", "Newcastle United", "agreed"),
        ("Joe Willock", "Newcastle United", "exit"),
    }
    behind = _triples(
        _claims(
            extractor,
            "Arsenal track Rodrigo Mora",
            "The Gunners see him as an option behind Martin Odegaard.",
        )
    )
    assert not any(p == "Martin Ødegaard" for p, _c, _s in behind)
    assert (
        _claims(extractor, "Five years on: how Raphinha's move changed Leeds", "Leeds paid Rennes £17m.")
        == []
    )


def test_races_withdrawals_and_city_clubs(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Chelsea join Arsenal in race for Ayyoub Bouaddi",
            "Chelsea have joined Arsenal in the race for Lille's Ayyoub Bouaddi. Newcastle, meanwhile, "
            "have not given up. Napoli had asked about him, but have withdrawn from the race.",
        )
    )
    assert ("Ayyoub Bouaddi", "Chelsea", "interest") in got
    assert ("Ayyoub Bouaddi", "Napoli", "off") in got
    assert not any(s in ("done", "agreed") for _p, _c, s in got)
    bergamo = _triples(
        _claims(
            extractor,
            "Atalanta move to replace Ademola Lookman",
            "The Bergamo club have agreed a fee with Lecce for striker Nikola Krstovic.",
        )
    )
    assert ("Nikola Krstović", "Atalanta", "agreed") in bergamo


def test_career_beginnings_and_former_employers_are_no_destinations(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Benfica confirm Jose Mourinho as Bruno Lage's successor",
            "Benfica have confirmed the appointment of Jose Mourinho, 25 years after he began his managerial "
            "career at the club. Out of work since Fenerbahce dismissed him last month, Mourinho was the "
            "overwhelming choice of the president.",
        )
    )
    assert ("José Mourinho", "Benfica", "done") in got
    assert not any(c == "Fenerbahce" and s != "exit" for _p, c, s in got)
    deadline = _triples(
        _claims(extractor, "Isak completes Liverpool move as Nicolas Jackson's Bayern loan is agreed")
    )
    assert deadline == {
        ("Alexander Isak", "Liverpool", "done"),
        ("Nicolas Jackson", "Bayern Munich", "agreed"),
    }


def test_record_fees_landings_sackings_and_successors(extractor: Extractor) -> None:
    assert _triples(
        _claims(extractor, "Liverpool agree British-record fee with Bayer Leverkusen for Florian Wirtz")
    ) == {("Florian Wirtz", "Liverpool", "agreed")}
    assert ("Jack Grealish", "Everton", "done") in _triples(
        _claims(extractor, "Toffees land Jack Grealish on season-long loan")
    )
    assert _triples(_claims(extractor, "Mark Robins sacked by Coventry after defeat at Millwall")) == {
        ("Mark Robins", "Coventry City", "exit")
    }
    nuno = _triples(
        _claims(
            extractor,
            "Nuno Espirito Santo replaces Steve Cooper at Nottingham Forest",
            "Forest confirmed the former Wolves and Tottenham boss on a deal hours after sacking Cooper.",
        )
    )
    assert nuno == {
        ("Nuno Espírito Santo", "Nottingham Forest", "done"),
        ("Steve Cooper", "Nottingham Forest", "exit"),
    }


def test_unknown_names_with_prefixes_ages_of_players_and_compensation_demands(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Celtic tracking Dundee midfielder Luke McCowan",
            "Brendan Rodgers is an admirer of the 26-year-old.",
        )
    )
    assert got == {("Luke McCowan", "Celtic", "interest")}
    ruled = _triples(_claims(extractor, "Celtic rule out move for Kieran McKenna over compensation demands"))
    assert ruled == {("Kieran McKenna", "Celtic", "off")}
    assert ("Jay Stansfield", "Birmingham City", "done") in _triples(
        _claims(extractor, "Jay Stansfield returns to St Andrew's in League One record deal")
    )
    assert ("Josh Sargent", "Wolfsburg", "off") in _triples(
        _claims(extractor, "Josh Sargent turns down Wolfsburg move")
    )


def test_sellers_saying_yes_choices_over_rivals_and_offers_on_the_table(extractor: Extractor) -> None:
    assert ("Teun Koopmeiners", "Juventus", "agreed") in _triples(
        _claims(
            extractor,
            "Koopmeiners saga over: La Dea say yes to the Bianconeri",
            "The Dutch midfielder will have medical tests this week after a €58m package was accepted.",
        )
    )
    messi = _triples(_claims(extractor, "Lionel Messi picks Inter Miami over Barcelona return"))
    assert messi == {("Lionel Messi", "Inter Miami", "agreed"), ("Lionel Messi", "Barcelona", "off")}
    table = _triples(
        _claims(extractor, "Hugo Ekitike: Newcastle's €80m offer on the table at Eintracht Frankfurt")
    )
    assert table == {("Hugo Ekitike", "Newcastle United", "bid")}
    frank = _triples(
        _claims(
            extractor,
            "Tottenham open talks with Brentford over Thomas Frank",
            "The Dane has impressed during seven years in charge at the Gtech and is keen on the move.",
        )
    )
    assert not any(c == "Brentford" for _p, c, _s in frank)


def test_former_clubs_sales_and_managers_of_other_clubs(extractor: Extractor) -> None:
    assert _triples(
        _claims(
            extractor,
            "Wolves appoint Vitor Pereira after sacking Gary O'Neil",
            "The Portuguese coach, formerly of Porto and Al-Shabab, has signed a deal at Molineux.",
        )
    ) == {
        ("Vítor Pereira", "Wolverhampton Wanderers", "done"),
        ("Gary O'Neil", "Wolverhampton Wanderers", "exit"),
    }
    assert _triples(_claims(extractor, "Aston Villa in talks with Al-Nassr over £64m Jhon Duran sale")) == {
        ("Jhon Durán", "Al-Nassr", "talks")
    }
    spurs = _triples(
        _claims(
            extractor,
            "Tottenham weigh up managerial change",
            "Ange Postecoglou's position remains uncertain, and Spurs are admirers of the Brentford and "
            "Bournemouth head coaches.",
        )
    )
    assert ("Ange Postecoglou", "Tottenham Hotspur", "exit") in spurs
    assert not any(c in ("Brentford", "Bournemouth") for _p, c, _s in spurs)
    assert ("Khvicha Kvaratskhelia", "Napoli", "agreed") not in _triples(
        _claims(extractor, "Khvicha Kvaratskhelia to Paris Saint-Germain, here we go", "Napoli accept €70m.")
    )


def test_former_descriptions_sponsor_deals_titles_missed_and_partners(extractor: Extractor) -> None:
    gattuso = _triples(
        _claims(
            extractor,
            "Gennaro Gattuso named Italy head coach",
            "The former Milan midfielder, who left Hajduk Split in June, replaces Luciano Spalletti.",
        )
    )
    assert gattuso == {("Gennaro Gattuso", "Hajduk Split", "exit")}
    assert _claims(extractor, "Cole Palmer signs long-term boot deal extension with Nike") == []
    ronaldo = _triples(
        _claims(
            extractor,
            "Cristiano Ronaldo commits future to Al-Nassr",
            "He has signed an extension, ending speculation that he could leave Al-Nassr this summer.",
        )
    )
    assert ronaldo == {("Cristiano Ronaldo", "Al-Nassr", "stay")}
    farioli = _triples(
        _claims(
            extractor,
            "Porto open negotiations with Francesco Farioli",
            "The Italian left Ajax after they missed out on the Eredivisie title.",
        )
    )
    assert ("Francesco Farioli", "Porto", "talks") in farioli
    coman = _triples(
        _claims(
            extractor,
            "Al-Nassr put €30m offer on the table for Kingsley Coman",
            "The Saudi club want to pair the Bayern Munich winger with Cristiano Ronaldo.",
        )
    )
    assert coman == {("Kingsley Coman", "Al-Nassr", "bid")}


def test_clubs_of_unnamed_players_past_seasons_and_sums_agreed(extractor: Extractor) -> None:
    traore = _triples(_claims(extractor, "Barcelona weigh up January swoop for Wolves flyer Adama Traore"))
    assert traore == {("Adama Traoré", "Barcelona", "interest")}
    race = _triples(
        _claims(extractor, "Tchouameni race: Real Madrid and PSG both tracking Monaco midfielder")
    )
    assert not any(c == "Monaco" for _p, c, _s in race)
    zirkzee = _triples(
        _claims(
            extractor,
            "Roma close in on Joshua Zirkzee",
            "The striker knows Serie A well after his breakthrough season at Bologna.",
        )
    )
    assert not any(c == "Bologna" for _p, c, _s in zirkzee)
    garcia = _triples(
        _claims(
            extractor, "Arsenal's €20m offer for Joan Garcia knocked back as Espanyol point to release clause"
        )
    )
    assert garcia == {("Joan García", "Arsenal", "bid")}
    assert ("Joshua Zirkzee", "Manchester United", "agreed") in _triples(
        _claims(extractor, "Manchester United agree to pay Joshua Zirkzee's release clause at Bologna")
    )
    casemiro = _triples(
        _claims(
            extractor,
            "Manchester United plan summer rebuild",
            "Casemiro could also be sold this summer if a suitable offer arrives.",
        )
    )
    assert casemiro == {("Casemiro", "Manchester United", "exit")}


def test_offers_from_bidders_plural_signings_and_appointing(extractor: Extractor) -> None:
    godts = _triples(
        _claims(
            extractor,
            "Ajax accept Arsenal offer for winger Mika Godts",
            "Ajax have accepted an offer of around €35m from Arsenal for the winger.",
        )
    )
    assert godts == {("Mika Godts", "Arsenal", "agreed")}
    city = _triples(
        _claims(
            extractor,
            "Manchester City continue January spree",
            "City have completed the signings of Abdukodir Khusanov from Lens and Omar Marmoush from "
            "Eintracht Frankfurt.",
        )
    )
    assert {
        ("Abdukodir Khusanov", "Manchester City", "done"),
        ("Omar Marmoush", "Manchester City", "done"),
    } <= city
    assert ("Domenico Tedesco", "Fenerbahce", "done") in _triples(
        _claims(
            extractor,
            "Fenerbahce move on",
            "Fenerbahce have moved on, appointing Domenico Tedesco on a deal.",
        )
    )


def test_possessors_quotes_match_words_and_playing_positions(extractor: Extractor) -> None:
    abraham = _triples(_claims(extractor, "Tammy Abraham says yes to Mourinho's Roma"))
    assert not any(p == "José Mourinho" for p, _c, _s in abraham)
    assert _claims(extractor, "Rashford fit for FA Cup final as United aim to derail City's treble bid") == []
    assert _claims(extractor, "Everton bid farewell to Goodison Park with 2-0 win over Southampton") == []
    kvara = _triples(
        _claims(
            extractor,
            "Kvaratskhelia: PSG have sounded out Napoli",
            "Luis Enrique has made the Georgian his priority on the left, but the Italian club insist he "
            "is not for sale.",
        )
    )
    assert kvara == {("Khvicha Kvaratskhelia", "Paris Saint-Germain", "approach")}
    fermin = _triples(
        _claims(
            extractor,
            "Fermin Lopez snubs Chelsea and tells Barcelona he is staying",
            '"Fermin is very important for us. I want him here and he knows that," the German coach said.',
        )
    )
    assert not any(c == "Chelsea" and s != "off" for _p, c, s in fermin)


def test_second_headline_verbs_refused_offers_and_the_person_s_own_move(extractor: Extractor) -> None:
    leipzig = _triples(
        _claims(extractor, "RB Leipzig sign Karim Konate and extend Xaver Schlager's contract")
    )
    assert leipzig == {("Karim Konaté", "RB Leipzig", "done"), ("Xaver Schlager", "RB Leipzig", "stay")}
    nisbet = _triples(
        _claims(
            extractor,
            "Kevin Nisbet agrees pre-contract with Rangers",
            "The striker rejected the offer of a new contract from Aberdeen before Christmas.",
        )
    )
    assert nisbet == {("Kevin Nisbet", "Rangers", "agreed"), ("Kevin Nisbet", "Aberdeen", "exit")}
    jesus = _triples(
        _claims(
            extractor,
            "Igor Jesus set for Flamengo loan as Forest track Fisnik Asllani",
            "Igor Jesus is set to join Flamengo, with the move expected to be confirmed on Friday. "
            "Botafogo were also keen, but he chose Flamengo after speaking with Filipe Luis.",
        )
    )
    assert not any(c == "Nottingham Forest" and p == "Igor Jesus" for p, c, _s in jesus)
    assert not any(p == "Filipe Luís" for p, _c, _s in jesus)
    assert ("Mohamed Salah", "Al-Ittihad", "bid") in _triples(
        _claims(extractor, "Liverpool knock back Al-Ittihad's £150m move for Mohamed Salah")
    )


def test_injured_incumbents_contacts_not_made_and_moves_a_year_ago(extractor: Extractor) -> None:
    silva = _triples(
        _claims(
            extractor,
            "Manchester City make approach for Benfica defender Antonio Silva",
            "City are looking for cover after a long-term injury to Ruben Dias.",
        )
    )
    assert silva == {("António Silva", "Manchester City", "approach")}
    maignan = _triples(
        _claims(
            extractor,
            "Chelsea keen on Mike Maignan",
            "Bayern Munich are monitoring him as they plan for life after Manuel Neuer, although they "
            "have not yet made contact.",
        )
    )
    assert not any(p == "Manuel Neuer" for p, _c, _s in maignan)
    jeltsch = _triples(
        _claims(
            extractor,
            "Leverkusen in talks with Stuttgart over Finn Jeltsch",
            "Stuttgart signed Jeltsch from Nuremberg a year ago and are reluctant to sell.",
        )
    )
    assert jeltsch == {("Finn Jeltsch", "Bayer Leverkusen", "talks")}


def test_heading_to_a_ground_agreeing_to_become_coach_and_weighing_a_loan(extractor: Extractor) -> None:
    assert ("Hugo Ekitike", "Liverpool", "agreed") in _triples(
        _claims(extractor, "Hugo Ekitike heading to Anfield after Eintracht Frankfurt accept offer")
    )
    assert _triples(_claims(extractor, "Gian Piero Gasperini agrees to become Roma coach")) == {
        ("Gian Piero Gasperini", "Roma", "agreed")
    }
    assert ("Randal Kolo Muani", "Juventus", "interest") in _triples(
        _claims(extractor, "Juventus weighing January loan for PSG striker Randal Kolo Muani")
    )


def test_moving_on_media_duties_and_long_associations(extractor: Extractor) -> None:
    robertson = _triples(
        _claims(
            extractor,
            "Liverpool plan left-back change",
            "That could open the door for Andy Robertson to move on, with Atletico Madrid keen on the "
            "Scotland captain. Arne Slot will speak to the media on Friday.",
        )
    )
    assert ("Andrew Robertson", "Atletico Madrid", "interest") in robertson
    assert not any(p == "Arne Slot" or (c == "Liverpool" and s != "exit") for p, c, s in robertson)
    muller = _triples(
        _claims(
            extractor,
            "Thomas Muller signs for Vancouver Whitecaps",
            "The 35-year-old ends a 25-year association with Bayern Munich and has put pen to paper.",
        )
    )
    assert ("Thomas Müller", "Vancouver Whitecaps", "done") in muller
    assert not any(c == "Bayern Munich" and s != "exit" for _p, c, s in muller)


def test_agreeing_to_replace_and_naming_a_successor(extractor: Extractor) -> None:
    benfica = _triples(
        _claims(
            extractor,
            "Benfica sack Bruno Lage",
            "Jose Mourinho has agreed to replace him and will be presented on Thursday.",
        )
    )
    assert benfica == {("Bruno Lage", "Benfica", "exit"), ("José Mourinho", "Benfica", "agreed")}
    spurs = _triples(_claims(extractor, "Spurs name Ange Postecoglou as Antonio Conte's permanent successor"))
    assert ("Ange Postecoglou", "Tottenham Hotspur", "done") in spurs


def test_a_coach_expecting_a_player_to_stay_is_no_commitment(extractor: Extractor) -> None:
    got = _triples(
        _claims(
            extractor,
            "Tottenham in talks with Sporting over Francisco Trincao",
            "Sporting coach Rui Borges said he expects the Portugal winger to stay until the summer.",
        )
    )
    assert got == {("Francisco Trincão", "Tottenham Hotspur", "talks")}
    own = _triples(_claims(extractor, "Bukayo Saka says he will stay at Arsenal"))
    assert ("Bukayo Saka", "Arsenal", "stay") in own


def test_commitments_new_players_turning_to_and_handing_contracts(extractor: Extractor) -> None:
    assert _triples(_claims(extractor, "Emiliano Martinez commits to Aston Villa until 2029")) == {
        ("Emiliano Martínez", "Aston Villa", "stay")
    }
    assert ("Estêvão", "Chelsea", "done") in _triples(
        _claims(extractor, "Estevao officially becomes a Chelsea player")
    )
    assert ("Nico Paz", "Real Madrid", "interest") in _triples(
        _claims(extractor, "Real Madrid weighing up Nico Paz buy-back after breakout season at Como")
    )
    assert ("Gian Piero Gasperini", "Roma", "done") in _triples(
        _claims(
            extractor,
            "Roma name their new head coach",
            "The Giallorossi have handed a three-year contract to Gian Piero Gasperini.",
        )
    )


def test_squad_omissions_pronouns_after_defeats_and_searches_after_collapses(extractor: Extractor) -> None:
    gigio = _triples(
        _claims(
            extractor,
            "PSG accept Manchester City offer for Gianluigi Donnarumma",
            "The goalkeeper, left out of Luis Enrique's squad, is expected in Manchester on Monday.",
        )
    )
    assert gigio == {("Gianluigi Donnarumma", "Manchester City", "agreed")}
    leicester = _triples(
        _claims(
            extractor,
            "Leicester in talks with Ruud van Nistelrooy",
            "The Foxes dismissed Steve Cooper after a 2-1 home defeat by Chelsea, and the former Manchester "
            "United interim boss is their leading candidate.",
        )
    )
    assert not any(c == "Chelsea" for _p, c, _s in leicester)
    fonseca = _triples(
        _claims(
            extractor,
            "Tottenham pull the plug on Paulo Fonseca appointment",
            "Talks with the former Roma coach broke down, leaving Spurs still searching for a successor.",
        )
    )
    assert fonseca == {("Paulo Fonseca", "Tottenham Hotspur", "off")}


def test_no_stage_cue_ends_in_a_space_before_a_word() -> None:
    """Each cue must end on a word boundary (the lexicon wraps it in ``(?!\\w)``): a cue written as
    ``verb\\s+(?=next word)`` could never match, so a lookahead after a space must start at a placeholder."""
    for kind, alternatives in stages._TABLE:
        for alt in alternatives:
            # (also after an optional group: "verb\s+(?:on\s+loan\s+)?(?=from ...)")
            for m in re.finditer(r"\\s\+(?:\)\??)*\(\?=", alt):
                assert alt[m.end() :].startswith(("⟦", "(?:the\\s+)?⟦")), (kind, alt)


def test_the_cue_dispatch_finds_what_the_single_alternation_finds(extractor: Extractor) -> None:
    """The cue search tries at each word start only the alternatives that can begin with its first two
    characters: at every word start it must match what the one big alternation matches."""
    groups = [f"(?P<k{i}>(?:{'|'.join(alts)})(?!\\w))" for i, (_kind, alts) in enumerate(stages._TABLE)]
    single = re.compile("(?:" + "|".join(groups) + ")")
    templates: list[str] = []
    for _name, raw in list(_items())[:600]:
        text = raw["title"] + "\n" + raw["summary"]
        spans = [(0, len(raw["title"])), *split_sentences(raw["summary"], offset=len(raw["title"]) + 1)]
        templates += [s.template for s in extractor._resolver.resolve(text, spans, len(raw["title"]), None)]
    assert len(templates) > 1000
    for template in templates:
        dispatched = {m.start() for m in stages._TWO_CHAR_START.finditer(template)}
        for word in re.finditer(r"(?<!\w).", template, re.DOTALL):
            at = word.start()
            expected = single.match(template, at)
            pattern = stages._cue_pattern(template[at : at + 2]) or stages._cue_pattern(template[at])
            got = pattern.match(template, at) if pattern is not None and at in dispatched else None
            want = (expected.span(), expected.lastgroup) if expected else None
            assert ((got.span(), got.lastgroup) if got else None) == want, template


def test_a_headline_label_and_appointing_a_described_coach(extractor: Extractor) -> None:
    emery = _triples(_claims(extractor, "Unai Emery: Aston Villa appoint former Arsenal boss as head coach"))
    assert emery == {("Unai Emery", "Aston Villa", "done")}


def test_outlet_names_and_cities_are_no_clubs(extractor: Extractor) -> None:
    rashford = _triples(
        _claims(
            extractor,
            "Barcelona open talks over Marcus Rashford",
            "Barcelona have opened talks with Manchester United over making Rashford's move permanent, "
            "Mundo Deportivo reports.",
        )
    )
    assert not any(c == "Deportivo La Coruna" for _p, c, _s in rashford)
    fofana = _triples(
        _claims(
            extractor,
            "Here we go! Malick Fofana to Aston Villa",
            "Medical tests are booked for Wednesday in Birmingham.",
        )
    )
    assert fofana == {("Malick Fofana", "Aston Villa", "agreed")}


def test_a_club_s_talks_as_the_seller_and_a_first_match_in_charge(extractor: Extractor) -> None:
    neves = _triples(
        _claims(
            extractor, "Joao Neves to PSG: personal terms close, Benfica talks continue over €60m package"
        )
    )
    assert neves == {("João Neves", "Paris Saint-Germain", "talks")}
    first = _triples(
        _claims(
            extractor,
            "Benfica confirm Jose Mourinho as head coach",
            "He takes charge of his first match away to AVS on Saturday.",
        )
    )
    assert first == {("José Mourinho", "Benfica", "done")}


def test_club_announcements_handshakes_and_players_told_to_find_a_club(extractor: Extractor) -> None:
    assert ("Kevin De Bruyne", "Napoli", "done") in _triples(
        _claims(
            extractor, "Benvenuto Kevin! De Bruyne is a Napoli player", "He has signed a two-year contract."
        )
    )
    assert ("Granit Xhaka", "Sunderland", "agreed") in _triples(
        _claims(
            extractor,
            "Sunderland agree fee with Leverkusen",
            "Granit Xhaka will become the Black Cats' record signing once he completes a medical.",
        )
    )
    assert ("Kobbie Mainoo", "Manchester United", "exit") in _triples(
        _claims(
            extractor,
            "Kobbie Mainoo told he can find a new club",
            "Manchester United are ready to cash in.",
        )
    )
    rashford = _triples(
        _claims(
            extractor,
            "Aston Villa enquire about Marcus Rashford loan",
            "Villa have asked Manchester United whether the forward is available.",
        )
    )
    assert rashford == {("Marcus Rashford", "Aston Villa", "approach")}


def test_modal_signings_lists_packages_collapses_and_payment_talks(extractor: Extractor) -> None:
    david = _claims(
        extractor,
        "Jonathan David tops Juventus striker shortlist",
        "The Bianconeri believe they can sign the Canadian on a free transfer in June.",
    )
    assert ("Jonathan David", "Juventus", "interest") in _triples(david)
    wharton = _claims(extractor, "Adam Wharton on Liverpool's summer list as Reds look for midfield depth")
    assert _triples(wharton) == {("Adam Wharton", "Liverpool", "interest")}
    mbeumo = _claims(
        extractor, "Brentford knock back Manchester United's opening £55m package for Bryan Mbeumo"
    )
    assert _triples(mbeumo) == {("Bryan Mbeumo", "Manchester United", "bid")}
    zubimendi = _claims(
        extractor, "Liverpool's move for Martín Zubimendi collapses as midfielder stays at Real Sociedad"
    )
    assert ("Martín Zubimendi", "Liverpool", "off") in _triples(zubimendi)
    cunha = _claims(
        extractor,
        "Matheus Cunha closes in on Old Trafford switch after agreeing personal terms",
        "United have yet to settle how they will pay the release clause, and talks over the payment "
        "structure are continuing.",
    )
    assert _triples(cunha) == {("Matheus Cunha", "Manchester United", "talks")}


def test_described_targets_job_titles_and_hyphenated_words(extractor: Extractor) -> None:
    kompany = _claims(
        extractor,
        "Eberl calls Kompany: Bayern sound out Burnley boss",
        "Bayern Munich have spoken with Vincent Kompany's advisers about the head coach job.",
    )
    assert _triples(kompany) == {("Vincent Kompany", "Bayern Munich", "approach")}
    # "three-man" names nobody called Man
    leicester = _claims(
        extractor,
        "Leicester sack Steve Cooper and weigh up Ruud van Nistelrooy",
        "The former Manchester United interim manager is on a three-man shortlist at the King Power Stadium.",
    )
    assert {c.person for c in leicester} == {"Steve Cooper", "Ruud van Nistelrooy"}


def test_a_surname_met_before_the_full_name_and_an_announcement_still_to_come(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Glasner agrees terms to succeed Hodgson at Selhurst Park",
        "Roy Hodgson resigned on Monday after being taken ill, and Oliver Glasner has agreed a contract "
        "until 2026. His appointment will be announced once his work permit is approved.",
    )
    assert _triples(claims) == {
        ("Oliver Glasner", "Crystal Palace", "agreed"),
        ("Roy Hodgson", "Crystal Palace", "exit"),
    }


def test_headline_lists_background_departures_and_translated_gossip(extractor: Extractor) -> None:
    headline = _claims(
        extractor,
        "Deadline day as it happened: Sterling joins Arsenal, Sancho to Chelsea, Newcastle give up on Guéhi",
    )
    assert _triples(headline) == {
        ("Raheem Sterling", "Arsenal", "done"),
        ("Jadon Sancho", "Chelsea", "agreed"),
        ("Marc Guéhi", "Newcastle United", "off"),
    }
    gossip = _claims(
        extractor,
        "Serie A gossip: Milan think about Vlahović, Roma want Ferguson, race for Lucca",
        "Fiorentina are monitoring Lorenzo Lucca's situation, but Napoli lead the race for the 24-year-old.",
    )
    assert ("Lorenzo Lucca", "Roma") not in {(c.person, c.club) for c in gossip}
    assert ("Dušan Vlahović", "AC Milan", "interest") in _triples(gossip)
    background = _claims(
        extractor,
        "Hjulmand takes over at Leverkusen",
        "He inherits a squad rebuilt after the departures of Florian Wirtz and Jeremie Frimpong to Anfield, "
        "Jonathan Tah to Bayern and Granit Xhaka to Sunderland.",
    )
    assert _triples(background) == {("Kasper Hjulmand", "Bayer Leverkusen", "done")}


def test_unknown_names_with_accents_or_an_age_and_a_club_set_as_the_scene(extractor: Extractor) -> None:
    assert {c.person for c in _claims(extractor, "Plymouth appoint Miron Muslić")} == {"Miron Muslić"}
    smit = _claims(
        extractor,
        "Eredivisie round-up",
        "And at AZ, 19-year-old Kees Smit has been watched by scouts from Real Madrid and Bayern Munich.",
    )
    assert _triples(smit) == {
        ("Kees Smit", "Real Madrid", "interest"),
        ("Kees Smit", "Bayern Munich", "interest"),
    }


def test_coaching_searches_unknown_coaches_and_current_employers(extractor: Extractor) -> None:
    watford = _claims(
        extractor,
        "Watford in advanced talks with Paulo Pezzolano after parting ways with Tom Cleverley",
        "The Uruguayan is the preferred candidate.",
    )
    assert _triples(watford) == {
        ("Paulo Pezzolano", "Watford", "talks"),
        ("Tom Cleverley", "Watford", "exit"),
    }
    wolves = _claims(
        extractor,
        "Managerial merry-go-round LIVE: Wolves close in on Vítor Pereira, Southampton search goes on",
        "The Portuguese has agreed personal terms and the club are now working on a compensation package "
        "with his current employers, Saudi Pro League side Al-Shabab.",
    )
    assert _triples(wolves) == {("Vítor Pereira", "Wolverhampton Wanderers", "talks")}
    assert wolves[0].from_club == "Al-Shabab"
    leicester = _claims(
        extractor,
        "Leicester open talks with Ruud van Nistelrooy",
        "Leicester City have opened talks with Ruud van Nistelrooy about becoming their new manager.",
    )
    assert _triples(leicester) == {("Ruud van Nistelrooy", "Leicester City", "talks")}


def test_live_blog_entries_coordinated_moves_and_loan_requests(extractor: Extractor) -> None:
    blog = _claims(
        extractor,
        "Deadline day LIVE: Villa busy again",
        "11:10 - Aston Villa have confirmed the loan signing of Marco Asensio from Paris Saint-Germain.\n\n"
        "12:30 - More from Villa Park: Axel Disasi's loan from Chelsea is agreed, with an option to buy.",
    )
    assert ("Axel Disasi", "Aston Villa", "agreed") in _triples(blog)
    united = _claims(
        extractor,
        "How United's deadline day unfolded",
        "Rasmus Højlund completed his loan to Napoli, and Jadon Sancho joined Aston Villa on a season-long "
        "loan. Kobbie Mainoo is the name that will worry supporters. The academy graduate asked to go out on "
        "loan in the final week.",
    )
    assert _triples(united) == {
        ("Rasmus Højlund", "Napoli", "done"),
        ("Jadon Sancho", "Aston Villa", "done"),
        ("Kobbie Mainoo", "Manchester United", "exit"),
    }
    brentford = _claims(
        extractor,
        "Wissa tells Brentford he wants to leave as Bees stand firm",
        "The Bees, who have already lost Bryan Mbeumo to Manchester United and captain Christian Nørgaard "
        "to Arsenal this summer, have no intention of selling him.",
    )
    assert _triples(brentford) == {("Yoane Wissa", "Brentford", "exit")}


def test_hypothetical_offers_questions_put_to_managers_and_signings_instead(extractor: Extractor) -> None:
    raspadori = _claims(
        extractor,
        "Napoli's summer takes shape",
        "Galatasaray want Victor Osimhen but are trying to pay in instalments.\n\n"
        "Giacomo Raspadori, wanted by Atlético Madrid, could also leave if an offer of €25m arrives.",
    )
    assert ("Giacomo Raspadori", "Galatasaray") not in {(c.person, c.club) for c in raspadori}
    hirst = _claims(
        extractor,
        "David Moyes admits Everton like Ipswich striker George Hirst",
        "The Toffees boss was asked about reports linking the club with the Scotland international.",
    )
    assert _triples(hirst) == {("George Hirst", "Everton", "interest")}
    gyokeres = _claims(
        extractor,
        "Gyökeres: Sporting and Arsenal reach agreement",
        "Chelsea, who had been in contact with his agent, ended their pursuit after signing Liam Delap.",
    )
    assert ("Viktor Gyökeres", "Chelsea", "off") in _triples(gyokeres)
    assert "Liam Delap" not in {c.person for c in gyokeres if c.stage.value == "off"}


def test_returns_as_manager_the_long_past_and_the_pluperfect(extractor: Extractor) -> None:
    moyes = _claims(
        extractor,
        "David Moyes returns as Everton manager",
        "The 61-year-old has signed a contract until 2027, more than 11 years after he left Goodison Park "
        "for Manchester United.\n\nMoyes replaces Sean Dyche, who was relieved of his duties on Thursday.",
    )
    assert _triples(moyes) == {("David Moyes", "Everton", "done"), ("Sean Dyche", "Everton", "exit")}
    ten_hag = _claims(
        extractor,
        "Leverkusen part ways with Erik ten Hag after two Bundesliga games",
        "The Dutchman had been appointed in May as Xabi Alonso's successor.",
    )
    assert _triples(ten_hag) == {("Erik ten Hag", "Bayer Leverkusen", "exit")}
    search = _claims(
        extractor,
        "Bayern make compensation offer to Burnley for Vincent Kompany",
        "Bayern's search has been a long one: Xabi Alonso chose to stay at Bayer Leverkusen, Julian "
        "Nagelsmann extended his contract with Germany and Ralf Rangnick turned down the job to remain "
        "with Austria.",
    )
    assert ("Xabi Alonso", "Bayer Leverkusen", "stay") in _triples(search)
    assert not {"Julian Nagelsmann", "Ralf Rangnick"} & {
        c.person for c in search if c.club == "Bayer Leverkusen"
    }


def test_a_colon_before_the_person_and_an_assistant_s_own_club(extractor: Extractor) -> None:
    parma = _claims(
        extractor,
        "Inter, it's Chivu",
        "Parma, for their part, are already working on a successor: Carlos Cuesta, Mikel Arteta's "
        "assistant at Arsenal, is the favourite.",
    )
    assert ("Carlos Cuesta", "Parma", "interest") in _triples(parma)
    assert "Arsenal" not in {c.club for c in parma}
    tudor = _claims(
        extractor,
        "Official: Juventus sack Thiago Motta, Igor Tudor takes over",
        "Juventus have appointed Igor Tudor as head coach until June with an option to extend.",
    )
    assert ("Igor Tudor", "Juventus", "done") in _triples(tudor)
    assert {c.stage.value for c in tudor if c.person == "Igor Tudor"} == {"done"}


def test_months_are_no_surnames_and_the_subject_of_a_lone_cue(extractor: Extractor) -> None:
    alonso = _claims(
        extractor,
        "Slot was not Liverpool's first choice",
        "Xabi Alonso was the preferred candidate before the Spaniard decided in March to stay at "
        "Bayer Leverkusen.",
    )
    assert "Solly March" not in {c.person for c in alonso}
    forest = _claims(
        extractor,
        "Sean Dyche appointed Nottingham Forest head coach",
        "He inherits a squad reshaped by heavy summer spending on Dan Ndoye, Omari Hutchinson and Douglas "
        "Luiz, and a club whose best player, Elliot Anderson, is a top target for Manchester City.",
    )
    assert {c.person for c in forest if c.club == "Manchester City"} == {"Elliot Anderson"}
    bayern = _claims(
        extractor,
        "Bayern's summer",
        "Leroy Sané has already signed for Galatasaray on a free transfer, Kingsley Coman is wanted by "
        "Al-Nassr, and Thomas Müller has said goodbye.",
    )
    assert ("Leroy Sané", "Galatasaray", "done") in _triples(bayern)
    assert ("Kingsley Coman", "Al-Nassr", "interest") in _triples(bayern)
    assert ("Kingsley Coman", "Galatasaray") not in {(c.person, c.club) for c in bayern}


def test_his_availability_means_the_one_just_talked_about(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Alonso's Madrid takes shape",
        "Álvaro Carreras is next. Madrid have opened negotiations with Benfica for the left-back.\n\n"
        "Rodrygo's situation is the biggest question: the Brazilian spent long spells on the bench in Carlo "
        "Ancelotti's final months, and his entourage are listening. Arsenal have asked about his "
        "availability, while Manchester City and Liverpool are monitoring.",
    )
    assert {(c.person, c.club) for c in claims if c.club in ("Arsenal", "Liverpool")} == {
        ("Rodrygo", "Arsenal"),
        ("Rodrygo", "Liverpool"),
    }


def test_unknown_clubs_ending_in_united_and_a_return_stated_as_fact(extractor: Extractor) -> None:
    everton = _claims(
        extractor,
        "David Moyes returns to Everton: 'I never stopped feeling like an Evertonian'",
        "David Moyes has returned to Everton eleven years after leaving for Manchester United.\n\n"
        "The Scot replaces Sean Dyche, who was sacked hours before the FA Cup tie against "
        "Peterborough United.",
    )
    assert _triples(everton) == {("David Moyes", "Everton", "done"), ("Sean Dyche", "Everton", "exit")}
    split = _claims(
        extractor,
        "Everton news",
        "Dominic Calvert-Lewin is widely expected to leave; Jarrad Branthwaite, for whom "
        "Manchester United had "
        "two bids rejected last summer, is expected to stay at Everton.",
    )
    assert ("Dominic Calvert-Lewin", "Manchester United") not in {(c.person, c.club) for c in split}


def test_a_seller_pulling_out_arrivals_and_a_club_as_the_new_focus(extractor: Extractor) -> None:
    guehi = _claims(
        extractor,
        "Deadline day as it happened",
        "Liverpool had agreed a £35m fee with Crystal Palace for Marc Guéhi and the centre-back had "
        "completed his medical, but Palace pulled out at the last minute.",
    )
    assert ("Marc Guéhi", "Crystal Palace") not in {(c.person, c.club) for c in guehi}
    newcastle = _claims(
        extractor,
        "Isak's record move: deadline day as it happened",
        "Liverpool completed the signing of Alexander Isak from Newcastle United.\n\n"
        "Newcastle had prepared for his exit. Nick Woltemade arrived from VfB Stuttgart on Saturday.",
    )
    assert ("Nick Woltemade", "Newcastle United", "done") in _triples(newcastle)


def test_a_move_of_last_summer_is_background(extractor: Extractor) -> None:
    juve = _claims(
        extractor,
        "Juventus sack Thiago Motta and turn to Igor Tudor",
        "Juventus have sacked head coach Thiago Motta. Motta arrived from Bologna only last summer on a "
        "three-year deal, but the hierarchy lost faith.",
    )
    assert ("Thiago Motta", "Juventus", "exit") in _triples(juve)
    assert ("Thiago Motta", "Juventus", "done") not in _triples(juve)


def test_a_manager_s_side_three_word_names_and_a_rival_s_offer(extractor: Extractor) -> None:
    city = _claims(
        extractor,
        "Man City make approach for Milan midfielder",
        "Pep Guardiola's side have opened contact with AC Milan over Tijjani Reijnders.",
    )
    assert _triples(city) == {("Tijjani Reijnders", "Manchester City", "approach")}
    juve = _claims(
        extractor,
        "Juventus return for Kolo Muani: contact with PSG",
        "The Old Lady have reopened contact with Paris Saint-Germain for the French striker.",
    )
    assert ("Randal Kolo Muani", "Juventus", "approach") in _triples(juve)
    wirtz = _claims(
        extractor,
        "Liverpool lead race for Florian Wirtz",
        "Manchester City also made enquiries about Wirtz, although Pep Guardiola's side are not "
        "expected to match the Reds' offer.",
    )
    assert ("Florian Wirtz", "Manchester City", "approach") in _triples(wirtz)


def test_a_passive_agent_is_not_whom_his_means_and_a_manager_left_searching(extractor: Extractor) -> None:
    donnarumma = _claims(
        extractor,
        "Manchester City and PSG in negotiations for Donnarumma",
        "The Italian goalkeeper, sidelined by Luis Enrique after refusing to extend his contract, has given "
        "his agreement to Manchester City.",
    )
    assert "Luis Enrique" not in {c.person for c in donnarumma}
    assert ("Gianluigi Donnarumma", "Paris Saint-Germain", "stay") not in _triples(donnarumma)
    spurs = _claims(
        extractor,
        "Arsenal hijack Tottenham's move for Eberechi Eze",
        "The blow leaves Thomas Frank searching for alternatives with ten days of the window left.",
    )
    assert "Thomas Frank" not in {c.person for c in spurs}


def test_moves_told_in_passing_and_a_coach_whose_position_is_not_secure(extractor: Extractor) -> None:
    emery = _claims(
        extractor,
        "Premier League's longest-serving managers",
        "Eddie Howe (Newcastle, November 2021) and Unai Emery, who left Villarreal for Aston Villa in "
        "October 2022, complete the top six.",
    )
    assert "Unai Emery" not in {c.person for c in emery if c.stage.value != "exit"}
    burnley = _claims(
        extractor,
        "Burnley news",
        "Burnley have spoken to Scott Parker about replacing Vincent Kompany, who left for Bayern Munich.",
    )
    assert ("Vincent Kompany", "Bayern Munich") not in {(c.person, c.club) for c in burnley}
    tudor = _claims(
        extractor,
        "Juventus, the Conte dream lives on",
        "Igor Tudor, who took over in March, is waiting, and the "
        "Croatian knows his position is far from secure.",
    )
    assert ("Igor Tudor", "Juventus", "exit") in _triples(tudor)


def test_a_stay_with_one_club_ends_the_move_to_another_and_a_hoped_for_renewal(extractor: Extractor) -> None:
    bruno = _claims(
        extractor,
        "'I want to stay': Bruno Fernandes turns down Al-Hilal fortune",
        "Bruno Fernandes has rejected a lucrative move to Al-Hilal and will stay at Manchester United. "
        '"I told the club I want to stay," Fernandes said.',
    )
    assert _triples(bruno) == {
        ("Bruno Fernandes", "Al-Hilal", "off"),
        ("Bruno Fernandes", "Manchester United", "stay"),
    }
    konate = _claims(
        extractor,
        "Los Blancos circle Konaté as Liverpool contract standoff drags on",
        "Real Madrid have placed Ibrahima Konaté high on their shortlist. Liverpool remain hopeful of "
        "agreeing a new deal with him.",
    )
    assert ("Ibrahima Konaté", "Real Madrid", "interest") in _triples(konate)


def test_alerts_scouting_phrases_refusals_by_sellers_and_questions_to_managers(extractor: Extractor) -> None:
    david = _claims(
        extractor,
        "Milan eye Jonathan David",
        "I Rossoneri are keeping tabs on the Canadian. Juventus and Napoli are also on alert.",
    )
    assert {c.club for c in david} == {"AC Milan", "Juventus", "Napoli"}
    mokio = _claims(
        extractor,
        "Spurs scouts at Ajax again",
        "Tottenham Hotspur sent two scouts to run the rule over Jorthy Mokio.",
    )
    assert _triples(mokio) == {("Jorthy Mokio", "Tottenham Hotspur", "interest")}
    woltemade = _claims(extractor, "Stuttgart say no: Bayern's €55m offer for Woltemade rebuffed")
    assert _triples(woltemade) == {("Nick Woltemade", "Bayern Munich", "bid")}
    wirtz = _claims(
        extractor,
        "Wirtz latest",
        "Bayern Munich have not given up hope of bringing Florian Wirtz to the Allianz Arena.",
    )
    assert _triples(wirtz) == {("Florian Wirtz", "Bayern Munich", "interest")}
    arteta = _claims(
        extractor,
        "Will Arsenal sign a striker in January? Arteta refuses to be drawn",
        "Asked whether the club would move for a forward this month, Mikel Arteta "
        "said: 'I won't talk about names.'",
    )
    assert arteta == []


def test_relative_clauses_that_go_on_hyphenated_headlines_and_years_at_a_club(extractor: Extractor) -> None:
    werner = _claims(
        extractor,
        "Werder name Steffen as Werner's successor",
        "Werder Bremen have appointed Horst Steffen as their new head coach. Steffen succeeds Ole Werner, "
        "who left the Weserstadion after four years by mutual consent and is expected to join RB Leipzig.",
    )
    assert ("Ole Werner", "RB Leipzig", "agreed") in _triples(werner)
    assert ("Horst Steffen", "RB Leipzig") not in {(c.person, c.club) for c in werner}
    tah = _claims(extractor, "Done deal! Tah to Bayern - Barça miss out")
    assert _triples(tah) == {
        ("Jonathan Tah", "Bayern Munich", "agreed"),
        ("Jonathan Tah", "Barcelona", "off"),
    }
    kdb = _claims(
        extractor,
        "Kevin De Bruyne to Napoli, here we go!",
        "The Belgian midfielder, a free agent after ten years at Manchester City, will travel to Italy for "
        "medical tests.",
    )
    assert _triples(kdb) == {("Kevin De Bruyne", "Napoli", "agreed")}


def test_unknown_names_before_an_appositive_and_possessors_of_a_window(extractor: Extractor) -> None:
    salzburg = _claims(
        extractor,
        "Arne Slot confirms he will be Liverpool's next head coach",
        "Pepijn Lijnders, Klopp's long-time assistant, will also leave Anfield and is in talks to become "
        "head coach of Red Bull Salzburg.",
    )
    assert ("Pepijn Lijnders", "Red Bull Salzburg", "talks") in _triples(salzburg)
    assert "Jürgen Klopp" not in {c.person for c in salzburg if c.club == "Red Bull Salzburg"}
    zubimendi = _claims(
        extractor,
        "Liverpool's move for Martín Zubimendi collapses as Spaniard snubs Anfield",
        "Martín Zubimendi has turned down a move to Liverpool and will stay at Real Sociedad, in a major "
        "blow to Arne Slot's first transfer window.",
    )
    assert "Arne Slot" not in {c.person for c in zubimendi}


def test_coaches_brought_back_or_replacing_him(extractor: Extractor) -> None:
    carousel = _claims(
        extractor,
        "Serie A's summer of managerial change",
        "Atalanta replaced him with Ivan Jurić, whose spell at Roma lasted only 12 games. Milan brought back "
        "Massimiliano Allegri after Sérgio Conceição's departure.",
    )
    assert ("Ivan Jurić", "Atalanta", "done") in _triples(carousel)
    assert ("Massimiliano Allegri", "AC Milan", "done") in _triples(carousel)


def test_table_injury_and_boardroom_news_give_nothing(extractor: Extractor) -> None:
    assert (
        _claims(
            extractor,
            "De Klassieker: Ueda double keeps Feyenoord top",
            "Ayase Ueda scored twice as Feyenoord beat Ajax 2-1 at De Kuip to stay top of the Eredivisie.",
        )
        == []
    )
    assert (
        _claims(
            extractor,
            "Juventus, Bremer's season is over: ACL rupture confirmed",
            "Gleison Bremer ruptured the cruciate ligament in his left knee, Juventus confirmed.",
        )
        == []
    )
    assert (
        _claims(
            extractor,
            "Daniel Levy steps down as Tottenham executive chairman after almost 25 years",
            "Daniel Levy has stepped down as executive chairman of Tottenham Hotspur.",
        )
        == []
    )


def test_no_bid_yet_and_conversations_with_the_seller(extractor: Extractor) -> None:
    hato = _claims(
        extractor,
        "Chelsea make first approach for Jorrel Hato",
        "Chelsea have opened contacts with Ajax for Jorrel Hato. Initial conversations today with the Ajax "
        "board, no official bid yet.",
    )
    assert _triples(hato) == {("Jorrel Hato", "Chelsea", "approach")}
    tillman = _claims(
        extractor,
        "Tottenham make contact with Bayer Leverkusen over Malik Tillman",
        "Spurs have held initial discussions over a potential move. No bid has been submitted.",
    )
    assert _triples(tillman) == {("Malik Tillman", "Tottenham Hotspur", "approach")}


def test_a_succession_long_done_and_a_manager_wanting_experience(extractor: Extractor) -> None:
    everton = _claims(
        extractor,
        "Everton sack Sean Dyche",
        "Everton have sacked Sean Dyche. Dyche had been in charge since January 2023, when he replaced Frank "
        "Lampard.",
    )
    assert "Frank Lampard" not in {c.person for c in everton}
    milan = _claims(
        extractor,
        "Milan complete Walker loan",
        "AC Milan have signed Kyle Walker on loan. Sérgio Conceição wanted experience "
        "after Emerson Royal's injury.",
    )
    assert "Sérgio Conceição" not in {c.person for c in milan}


def test_a_player_in_talks_with_his_buyer_and_a_coach_he_spoke_with(extractor: Extractor) -> None:
    rowe = _claims(
        extractor,
        "Rabiot heads to Milan",
        "Rowe, 22, is in talks with Bologna, who have offered €17m. Jonathan Rowe has already spoken with "
        "Vincenzo Italiano.",
    )
    assert ("Jonathan Rowe", "Bologna", "talks") in _triples(rowe)
    assert "Vincenzo Italiano" not in {c.person for c in rowe}


def test_a_managers_first_choice_is_his_clubs(extractor: Extractor) -> None:
    milan = _claims(
        extractor,
        "Milan news",
        "I Rossoneri have made contact with Manchester United about Rasmus Højlund, though Allegri's first "
        "choice remains Dušan Vlahović.",
    )
    assert ("Dušan Vlahović", "AC Milan", "interest") in _triples(milan)


def test_top_of_a_clubs_list(extractor: Extractor) -> None:
    inter = _claims(
        extractor,
        "Inzaghi-Al Hilal: talks under way as Inter brace for exit",
        "The Nerazzurri are already weighing up replacements, with Como's Cesc Fàbregas top of their list.",
    )
    assert ("Cesc Fàbregas", "Inter Milan", "interest") in _triples(inter)


def test_a_sentence_opening_word_is_no_surname(extractor: Extractor) -> None:
    blog = _claims(
        extractor,
        "Deadline day live",
        "13:12 - Still nothing on Jørgen Strand Larsen. Wolves knocked back a third Newcastle offer for the "
        "Norwegian last week.",
    )
    assert {c.person for c in blog} == {"Jørgen Strand Larsen"}


def test_an_unknown_signing_before_an_appositive(extractor: Extractor) -> None:
    palace = _claims(
        extractor,
        "Palace strengthen",
        "Crystal Palace did strengthen in other areas. Jaydee Canvot, the 19-year-old Toulouse centre-back, "
        "signed a five-year deal for around £23m.",
    )
    assert ("Jaydee Canvot", "Crystal Palace", "done") in _triples(palace)


def test_a_visit_is_no_move_and_a_coach_relieved_of_his_duties(extractor: Extractor) -> None:
    preview = _claims(
        extractor,
        "Mikel Arteta: 'Eze can decide a game on his own' - Arsenal boss wary of Palace threat",
        "Mikel Arteta has warned his players about the threat of Eberechi Eze ahead of Wednesday's visit of "
        "Crystal Palace to the Emirates.",
    )
    assert preview == []
    fiorentina = _claims(
        extractor,
        "Fiorentina sack Stefano Pioli",
        "Stefano Pioli is no longer the Fiorentina coach. For the permanent job, the club are evaluating "
        "Paolo Vanoli, free since leaving Torino in the summer.",
    )
    assert ("Stefano Pioli", "Fiorentina", "exit") in _triples(fiorentina)
    assert ("Paolo Vanoli", "Fiorentina", "interest") in _triples(fiorentina)
    celtic = _claims(
        extractor,
        "Brendan Rodgers quits Celtic",
        "Brendan Rodgers has resigned as Celtic manager. Martin O'Neill returns to the dugout on an "
        "interim basis.",
    )
    assert ("Martin O'Neill", "Celtic", "done") in _triples(celtic)


def test_will_be_a_club_player_and_not_in_a_clubs_plans(extractor: Extractor) -> None:
    guler = _claims(extractor, "Arda Güler chooses Madrid", "Arda Güler will be a Real Madrid player.")
    assert _triples(guler) == {("Arda Güler", "Real Madrid", "agreed")}
    kane = _claims(
        extractor,
        "Madrid's summer",
        "Harry Kane? Ruled out. The Tottenham striker is not in Real Madrid's plans.",
    )
    assert ("Harry Kane", "Real Madrid", "off") in _triples(kane)


def test_a_player_told_he_has_no_future_is_an_exit(extractor: Extractor) -> None:
    # a player the knowledge base does not know, named as the one told; his manager is no mover
    claims = _claims(
        extractor,
        "Patrick Bamford told he has no future under Daniel Farke at Leeds United",
        "Patrick Bamford has been told he is not part of Daniel Farke's plans and is free to find a new "
        "club.",
    )
    assert _triples(claims) == {("Patrick Bamford", "Leeds United", "exit")}


def test_the_managers_preferred_option_and_a_club_of_his_youth(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid contact Benfica over Carreras",
        "Real Madrid have made contact with Benfica to ask about Álvaro Carreras. The left-back, who came "
        "through La Fábrica before leaving for Manchester United's academy as a teenager, is Xabi Alonso's "
        "preferred option for the left flank.",
    )
    assert _triples(claims) == {("Álvaro Carreras", "Real Madrid", "approach")}


def test_an_appointment_of_an_unknown_coach_who_takes_over_from_the_interim(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "VfL Bochum name new head coach",
        "VfL Bochum have appointed Dieter Hecking as head coach. The 60-year-old, formerly in charge of "
        "Wolfsburg, has signed a contract until the end of the season and takes over from interim coach "
        "Markus Feldhoff. The bottom-placed club are still waiting for their first Bundesliga win.",
    )
    triples = _triples(claims)
    assert ("Dieter Hecking", "Bochum", "done") in triples
    # the interim he takes over from may leave, but he moves nowhere
    assert not {t for t in triples if t[0] == "Markus Feldhoff" and t[2] != "exit"}
    assert not {t for t in triples if t[1] == "Wolfsburg"}


def test_a_headline_list_of_done_and_pending_deals(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man City transfer news: Khusanov done, Marmoush medical booked",
        "Manchester City have completed the signing of Abdukodir Khusanov from Lens. The centre-back has "
        "signed a contract at the Etihad and becomes the first player from his country to join a Premier "
        "League club. Going the other way, Kyle Walker is close to joining AC Milan. Guardiola also wants a "
        "holding midfielder with Rodri out for the season.",
    )
    triples = _triples(claims)
    assert ("Abdukodir Khusanov", "Manchester City", "done") in triples
    assert ("Omar Marmoush", "Manchester City", "agreed") in triples
    assert ("Kyle Walker", "AC Milan", "talks") in triples
    assert not {t for t in triples if t[0] == "Rodri"}


def test_well_done_names_no_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Erling Haaland reaches 100 Premier League goals",
        'Shearer was quick to offer his congratulations. "Well done, big man," he wrote.',
    )
    assert claims == []


def test_leaving_a_club_to_take_charge_of_a_national_team_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official Announcement: Xabi Alonso",
        "Real Madrid announces that Xabi Alonso has been appointed head coach. The club thanks Carlo "
        "Ancelotti, who leaves Real Madrid to take charge of the Brazil national team.",
    )
    assert ("Carlo Ancelotti", "Real Madrid", "exit") in _triples(claims)
    bench = _claims(
        extractor,
        "Carletto in the crosshairs",
        "Carlo Ancelotti's future on the Real Madrid bench is up in the air after the elimination.",
    )
    assert _triples(bench) == {("Carlo Ancelotti", "Real Madrid", "exit")}


def test_interest_told_as_watching_a_situation_or_a_name_on_a_list(extractor: Extractor) -> None:
    wirtz = _claims(
        extractor,
        "Bayern keep close eye on Wirtz",
        "Bayern Munich are following the playmaker's situation closely.",
    )
    assert ("Florian Wirtz", "Bayern Munich", "interest") in _triples(wirtz)
    napoli = _claims(
        extractor,
        "Napoli, ADL sees Conte: first contact in Rome",
        "Aurelio De Laurentiis held an initial meeting with Antonio Conte about the Napoli bench. "
        "Gian Piero Gasperini remains on the president's list as the alternative.",
    )
    assert ("Gian Piero Gasperini", "Napoli", "interest") in _triples(napoli)
    juve = _claims(
        extractor,
        "Juventus weighing January loan for PSG striker Randal Kolo Muani",
        "The Bianconeri need cover while Dusan Vlahovic is sidelined.",
    )
    assert _triples(juve) == {("Randal Kolo Muani", "Juventus", "interest")}


def test_sellers_teammates_sponsors_and_officials(extractor: Extractor) -> None:
    marmoush = _claims(
        extractor,
        "Man City make Marmoush approach",
        "Manchester City have registered their interest with Eintracht Frankfurt in Omar Marmoush.",
    )
    assert _triples(marmoush) == {("Omar Marmoush", "Manchester City", "approach")}
    osimhen = _claims(
        extractor,
        "Gala go for Osimhen: €75m offer lodged with Napoli",
        "Galatasaray have tabled a formal proposal for Victor Osimhen.",
    )
    assert _triples(osimhen) == {("Victor Osimhen", "Galatasaray", "bid")}
    mane = _claims(extractor, "Official: Mane joins Ronaldo at Al Nassr")
    assert {t[0] for t in _triples(mane)} == {"Sadio Mané"}
    boots = _claims(
        extractor,
        "Bellingham signs new long-term boot deal with Adidas",
        "The Real Madrid midfielder has extended his partnership with the sportswear giant.",
    )
    assert boots == []
    milan = _claims(
        extractor,
        "Milan, Allegri talks advance; Tare in line for DS role",
        "The Rossoneri are in advanced negotiations with Massimiliano Allegri. Sergio Conceicao's dismissal "
        "is to be formalised this week, with Igli Tare poised to become sporting director.",
    )
    # the knowledge base places Conceição elsewhere now; the item is about Milan
    assert ("Sérgio Conceição", "AC Milan", "exit") in _triples(milan)


def test_a_player_offered_to_clubs_and_a_two_club_agreement_after_his_destination(
    extractor: Extractor,
) -> None:
    sterling = _claims(
        extractor,
        "Sterling has been offered to Juventus and Napoli",
        "Initial contacts have taken place with the two Italian clubs, but no offer has been made.",
    )
    assert ("Raheem Sterling", "Juventus", "approach") in _triples(sterling)
    assert ("Raheem Sterling", "Napoli", "approach") in _triples(sterling)
    # the knowledge base already has him at Chelsea; the headline names Chelsea as his destination
    pedro = _claims(extractor, "Joao Pedro to Chelsea, here we go! Brighton and Chelsea reach agreement")
    assert _triples(pedro) == {("João Pedro", "Chelsea", "agreed")}


def test_clubs_that_circle_or_keep_tabs_on_an_unknown_player(extractor: Extractor) -> None:
    clarke = _claims(
        extractor,
        "Burnley and Fulham keeping tabs on Jack Clarke as Sunderland dig in",
        "Both Premier League clubs have been monitoring the winger.",
    )
    assert ("Jack Clarke", "Burnley", "interest") in _triples(clarke)
    assert ("Jack Clarke", "Fulham", "interest") in _triples(clarke)
    sesko = _claims(extractor, "Gossip: Gunners and Blues circle Sesko as Arteta's No.9 hunt heats up")
    assert {t[0] for t in _triples(sesko)} == {"Benjamin Šeško"}
    maignan = _claims(
        extractor,
        "Maignan's Milan future in doubt as Chelsea and Bayern circle",
        "Mike Maignan is edging closer to leaving AC Milan, with the goalkeeper yet to respond to the "
        "club's latest contract offer.",
    )
    assert ("Mike Maignan", "Bayern Munich", "interest") in _triples(maignan)


def test_an_unknown_coach_leaving_the_club_the_item_is_about(extractor: Extractor) -> None:
    fener = _claims(
        extractor,
        "Ali Koç makes first contact with José Mourinho",
        "Fenerbahçe's president has spoken by phone with the Portuguese coach. The board decided on "
        "Thursday that Mert Yalçındağ's contract will not be renewed after Sunday's final league game.",
    )
    assert ("José Mourinho", "Fenerbahce", "approach") in _triples(fener)
    assert ("Mert Yalçındağ", "Fenerbahce", "exit") in _triples(fener)
    koln = _claims(
        extractor,
        "Köln in initial discussions with Paderborn coach Lukas Kwasniok",
        "Friedhelm Funkel, who steered the club back to the Bundesliga, will not continue beyond the summer.",
    )
    assert ("Friedhelm Funkel", "FC Köln", "exit") in _triples(koln)


def test_past_spells_and_a_clubs_person_named_after_its_possessive(extractor: Extractor) -> None:
    idah = _claims(
        extractor,
        "Celtic see opening offer for Adam Idah knocked back by Norwich",
        "The Hoops made a bid of around £6m for the Ireland striker, who scored nine goals during his loan "
        "spell at Parkhead last season.",
    )
    assert _triples(idah) == {("Adam Idah", "Celtic", "bid")}
    rangers = _claims(
        extractor,
        "Rangers in talks with Russell Martin over manager's job",
        "The former Southampton boss has emerged as the frontrunner for the Ibrox post, with Shanghai "
        "Port's Kevin Muscat also considered. Martin has been out of work since being sacked by Saints.",
    )
    triples = _triples(rangers)
    assert ("Kevin Muscat", "Rangers", "interest") in triples
    assert not {t for t in triples if t[1] == "Southampton"}


def test_unknown_people_named_as_new_coach_first_choice_or_followed(extractor: Extractor) -> None:
    schalke = _claims(extractor, "Official: Miron Muslić is Schalke's new head coach")
    assert _triples(schalke) == {("Miron Muslić", "Schalke 04", "done")}
    luton = _claims(
        extractor,
        "Luton ask Wycombe for permission to speak to their manager",
        "Matt Bloomfield is the Hatters' first choice to succeed Rob Edwards, who was sacked on Thursday. "
        "The 40-year-old has now been contacted.",
    )
    assert ("Matt Bloomfield", "Luton Town", "approach") in _triples(luton)
    saint = _claims(extractor, "Saint-Étienne part company with Olivier Dall'Oglio")
    assert _triples(saint) == {("Olivier Dall'Oglio", "Saint-Etienne", "exit")}
    racing = _claims(extractor, "Sevilla and Betis follow Racing's Andrés Martín")
    assert ("Andrés Martín", "Sevilla", "interest") in _triples(racing)


def test_the_squad_a_signing_joins_is_no_list_of_movers(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "FC Bayern sign Luis Diaz from Liverpool",
        "FC Bayern have signed Luis Diaz. He joins a forward line that includes Harry Kane, Michael Olise, "
        "Serge Gnabry and, once he returns from his broken leg, Jamal Musiala.",
    )
    assert {t[0] for t in _triples(claims)} == {"Luis Díaz"}
    miami = _claims(
        extractor,
        "Inter Miami agree deal for Rodrigo De Paul",
        "He joins a squad coached by Javier Mascherano that already includes Luis Suarez and Jordi Alba. "
        "Atletico have also agreed the departure of Angel Correa, who is close to completing a move to "
        "Mexican side Tigres.",
    )
    triples = _triples(miami)
    assert not {t for t in triples if t[0] in ("Luis Suárez", "Jordi Alba")}
    assert ("Ángel Correa", "Tigres UANL", "agreed") in triples


def test_lists_of_bystanders_share_the_first_ones_part(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Dovbyk says yes to Roma",
        "Girona and Roma have reached an agreement for Artem Dovbyk. Savinho has joined Manchester City, "
        "Aleix Garcia has gone to Bayer Leverkusen, and Eric Garcia has gone back to his parent club. Roma "
        "coach Daniele De Rossi had asked for a tall striker to share the load with Paulo Dybala, and the "
        "sporting director made Dovbyk his priority. Everton have signed Armando Broja, giving Sean Dyche "
        "another option alongside Dominic Calvert-Lewin and Beto.",
    )
    triples = _triples(claims)
    assert ("Artem Dovbyk", "Roma", "agreed") in triples
    assert ("Armando Broja", "Everton", "done") in triples
    movers = {t[0] for t in triples}
    assert not movers & {"Paulo Dybala", "Sean Dyche", "Beto", "Dominic Calvert-Lewin"}
    assert not {t for t in triples if t[0] == "Savinho" and t[1] != "Manchester City"}


def test_a_coach_back_on_the_bench_and_the_dressing_room_he_inherits(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Roma, it's official: Claudio Ranieri returns to the bench",
        "The club announced that the 73-year-old will take charge until the end of the season, after which "
        "he will move into an advisory role. Roberto Mancini, who left the Saudi Arabia national team last "
        "month, rejected the offer of a contract until June. He inherits a dressing room in which Paulo "
        "Dybala and Bryan Cristante have all been targeted by the fans.",
    )
    triples = _triples(claims)
    assert ("Claudio Ranieri", "Roma", "done") in triples
    assert ("Roberto Mancini", "Roma", "off") in triples
    assert not {t for t in triples if t[0] in ("Paulo Dybala", "Bryan Cristante")}
    video = _claims(
        extractor,
        "Barcelona sign record deal with Nike until 2038",
        "Lamine Yamal and Pedri feature in the promotional video released by the club.",
    )
    assert video == []


def test_title_races_extension_talks_injured_players_and_namesakes(extractor: Extractor) -> None:
    salah = _claims(
        extractor,
        "Mohamed Salah signs new two-year Liverpool contract",
        "Salah's decision is a major boost for Arne Slot as the Reds close in on a 20th league title. Virgil "
        "van Dijk is also in advanced negotiations over an extension.",
    )
    assert _triples(salah) == {("Mohamed Salah", "Liverpool", "stay")}
    city = _claims(
        extractor,
        "Guardiola wants the Spain midfielder who said no to Liverpool",
        "Manchester City have identified Real Sociedad's Martin Zubimendi as the man to fill the hole left "
        "by Rodri's cruciate ligament injury. The Spain international turned down Liverpool in August.",
    )
    assert not {t for t in _triples(city) if t[0] == "Rodri"}
    werner = _claims(
        extractor,
        "Spurs also agree Werner loan",
        "Spurs have also agreed a loan deal with RB Leipzig for Timo Werner.",
    )
    assert {t[0] for t in _triples(werner)} == {"Timo Werner"}


def test_an_age_refers_to_the_player_who_opens_the_sentence(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inside Manchester City's January overhaul",
        "City have agreed a fee with Eintracht Frankfurt for Omar Marmoush, and the Egypt forward is booked "
        "in for a medical. Kyle Walker asked to leave earlier this month, and AC Milan have made an approach "
        "to City about a loan for the 34-year-old.",
    )
    triples = _triples(claims)
    assert ("Kyle Walker", "AC Milan", "approach") in triples
    assert ("Omar Marmoush", "Manchester City", "agreed") in triples
    assert not {t for t in triples if t[0] == "Omar Marmoush" and t[1] == "AC Milan"}


def test_an_elliptical_as_was_and_a_sacking_by_the_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham open talks with Brentford over Thomas Frank after sacking Ange Postecoglou",
        "Fulham's Marco Silva was also considered, as was Bournemouth head coach Andoni Iraola.",
    )
    triples = _triples(claims)
    assert ("Thomas Frank", "Tottenham Hotspur", "talks") in triples
    assert ("Ange Postecoglou", "Tottenham Hotspur", "exit") in triples
    assert ("Andoni Iraola", "Tottenham Hotspur", "interest") in triples
    assert ("Marco Silva", "Tottenham Hotspur", "interest") in triples


def test_a_sale_announced_by_the_seller_and_a_headline_of_two_deals(extractor: Extractor) -> None:
    gyokeres = _claims(
        extractor,
        "Gyokeres is officially an Arsenal player",
        "Sporting announced the sale of Viktor Gyokeres to Arsenal for €63.5 million.",
    )
    assert _triples(gyokeres) == {("Viktor Gyökeres", "Arsenal", "done")}
    villa = _claims(
        extractor, "Official: Douglas Luiz joins Juventus, Iling-Junior and Barrenechea head to Aston Villa"
    )
    triples = _triples(villa)
    assert ("Douglas Luiz", "Juventus", "done") in triples
    assert ("Enzo Barrenechea", "Aston Villa", "agreed") in triples
    assert not {t for t in triples if t[0] == "Douglas Luiz" and t[1] == "Aston Villa"}


def test_their_interest_ended_by_the_subject_of_the_sentence(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "United agree Sesko deal",
        "United made an informal enquiry with Aston Villa about Ollie Watkins but have ended their interest.",
    )
    assert ("Ollie Watkins", "Manchester United", "off") in _triples(claims)


def test_a_club_that_has_withdrawn(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Wirtz edges towards Liverpool",
        "Bayern Munich ended their pursuit last week after Wirtz's family signalled his preference for "
        "Anfield, and Manchester City have also withdrawn.",
    )
    triples = _triples(claims)
    assert ("Florian Wirtz", "Bayern Munich", "off") in triples
    assert ("Florian Wirtz", "Manchester City", "off") in triples
    squad = _claims(
        extractor, "Saka withdrawn from England squad", "Bukayo Saka has withdrawn from the squad."
    )
    assert squad == []


def test_choices_over_rival_clubs_and_hopes_ended(extractor: Extractor) -> None:
    sara = _claims(
        extractor,
        "Cim Bom gazump Hammers for Canaries playmaker",
        "Galatasaray have agreed a fee with Norwich for Gabriel Sara, with the Brazilian choosing Istanbul "
        "over a move to West Ham.",
    )
    assert ("Gabriel Sara", "West Ham United", "off") in _triples(sara)
    grealish = _claims(
        extractor,
        "Toffees win race for Grealish",
        "Jack Grealish has chosen a move to Everton ahead of interest from Napoli.",
    )
    assert ("Jack Grealish", "Napoli", "off") in _triples(grealish)
    williams = _claims(
        extractor,
        "Nico Williams extends his contract until 2035",
        "The decision ends Barcelona's hopes of signing him this summer.",
    )
    assert ("Nico Williams", "Barcelona", "off") in _triples(williams)
    moyes = _claims(
        extractor,
        "Everton sack Sean Dyche",
        "David Moyes is in advanced talks over a return to the club he managed for 11 years.",
    )
    assert ("David Moyes", "Everton", "talks") in _triples(moyes)


def test_bystanders_in_long_reports(extractor: Extractor) -> None:
    injury = _claims(
        extractor,
        "Real Madrid news",
        "Real Madrid have confirmed that Eder Militao has ruptured the anterior cruciate ligament in his "
        "knee.",
    )
    assert injury == []
    lazio = _claims(
        extractor,
        "Lazio news",
        "Lazio had been in advanced discussions with United earlier in the summer, but the Roman club "
        "withdrew when the Manchester club refused to lower their asking price.",
    )
    assert not {t for t in _triples(lazio) if t[0] == "Leo Román"}
    partners = _claims(
        extractor,
        "Brighton close in on Diego Gómez",
        "He would link up with his compatriot Julio Enciso at the Amex. Unai Emery is set to lose Jhon "
        "Duran to Al-Nassr. Conte agreed a transfer budget that will include a new striker to partner "
        "Romelu Lukaku, and Kompany sees the signing as an alternative for Harry Kane.",
    )
    movers = {t[0] for t in _triples(partners)}
    assert not movers & {"Julio Enciso", "Unai Emery", "Romelu Lukaku", "Harry Kane"}


def test_people_named_for_an_injury_a_history_a_push_or_a_comparison(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal move for Eze",
        "Tottenham had agreed personal terms with the playmaker when Arsenal, reacting to Kai Havertz's knee "
        "injury, moved in. Manchester United had also registered an interest, given Ruben Amorim's history "
        "with the Swede at Sporting. Lukaku is the subject of negotiations with Napoli, where Antonio Conte "
        "is pushing for a reunion. Dortmund see a parallel with Jude Bellingham.",
    )
    movers = {t[0] for t in _triples(claims)}
    assert not movers & {"Kai Havertz", "Ruben Amorim", "Antonio Conte", "Jude Bellingham"}


def test_a_listed_subject_resumed_after_a_relative_clause_and_a_teller_who_sells(
    extractor: Extractor,
) -> None:
    barca = _claims(
        extractor,
        "Barcelona draw up shortlist to replace Xavi",
        "Barcelona have identified Julian Nagelsmann as their first choice. Mikel Arteta, Hansi Flick and "
        "Thiago Motta, whose Bologna side are chasing a Champions League "
        "place, are also among the names under consideration by Deco.",
    )
    triples = _triples(barca)
    assert {("Hansi Flick", "Barcelona", "interest"), ("Thiago Motta", "Barcelona", "interest")} <= triples
    assert not {t for t in triples if t[1] == "Bologna"}
    isak = _claims(
        extractor,
        "Newcastle reject £110m Liverpool bid for Alexander Isak",
        "Newcastle have rejected an opening bid of £110m from Liverpool for Alexander Isak and have told the "
        "Premier League champions that the striker is not for sale.",
    )
    assert _triples(isak) == {("Alexander Isak", "Liverpool", "bid")}
    juve = _claims(
        extractor,
        "Juventus weigh options",
        "Antonio Conte, chasing the title with Napoli, is admired by the Juventus board.",
    )
    assert not {t for t in _triples(juve) if t[1] == "Napoli"}


def test_a_striker_hunt_with_a_passive_told_an_admirer_and_books_to_balance(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Inside Man Utd's striker hunt",
        "United made contact with RB Leipzig over Benjamin Sesko this week and were told the Bundesliga club "
        "want around €80m. Newcastle United have already gone further, submitting a formal offer. Amorim "
        "is also an admirer of Aston Villa's Ollie Watkins. The club have already spent heavily, bringing in "
        "Matheus Cunha from Wolves, and must balance the books to stay within the spending rules.",
    )
    triples = _triples(claims)
    assert ("Benjamin Šeško", "Manchester United", "approach") in triples
    assert ("Benjamin Šeško", "Newcastle United", "bid") in triples
    assert ("Ollie Watkins", "Manchester United", "interest") in triples
    assert not {t for t in triples if t[0] == "Ollie Watkins" and t[1] == "Newcastle United"}
    assert not {t for t in triples if t[2] == "stay"}


def test_managers_who_pick_or_target_and_clubs_of_milestones(extractor: Extractor) -> None:
    napoli = _claims(extractor, "Napoli, Conte picks his man for the left flank: Garnacho is the priority")
    assert ("Alejandro Garnacho", "Napoli", "interest") in _triples(napoli)
    assert not {t for t in _triples(napoli) if t[0] == "Antonio Conte"}
    united = _claims(
        extractor, "Man Utd open talks over Brighton midfielder as Amorim targets engine-room upgrade"
    )
    assert not {t for t in _triples(united) if t[0] == "Ruben Amorim"}
    yamal = _claims(extractor, "Lamine Yamal joins Barcelona's 100-game club at 17")
    assert yamal == []
    bayern = _claims(
        extractor,
        "Bayern's summer",
        "Leroy Sane has already left for Galatasaray on a free transfer, and Thomas Muller's 25-year stay "
        "ended at the Club World Cup.",
    )
    assert not {t for t in _triples(bayern) if t[0] == "Thomas Müller" and t[1] == "Galatasaray"}


def test_a_deadline_day_sentence_with_a_club_the_knowledge_base_lacks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "At Old Trafford, Ruben Amorim's side completed the £18m signing of Royal Antwerp goalkeeper Senne "
        "Lammens and informed Villa they would not be pursuing Emiliano Martinez after all. Jordan Henderson "
        "left Liverpool for Al-Ettifaq, where Steven Gerrard is manager, and Sadio Mane swapped Bayern "
        "Munich for Al-Nassr.",
    )
    triples = _triples(claims)
    assert ("Senne Lammens", "Manchester United", "done") in triples
    assert ("Emiliano Martínez", "Manchester United", "off") in triples
    assert not {t for t in triples if t[0] in ("Royal Antwerp", "Steven Gerrard")}


def test_futures_in_doubt_scouts_watching_and_a_new_club_player(extractor: Extractor) -> None:
    milan = _claims(
        extractor,
        "Milan news",
        "Another defeat has left the Rossoneri out of the Champions League places and Sergio Conceicao's "
        "position is now in serious doubt.",
    )
    assert ("Sérgio Conceição", "AC Milan", "exit") in _triples(milan)
    wolves = _claims(
        extractor,
        "Wolves news",
        "Wolves are still without a league win, and Vitor Pereira's position looks increasingly untenable. "
        "At least the Portuguese can point to a new contract signed in the summer.",
    )
    assert _triples(wolves) == {("Vítor Pereira", "Wolverhampton Wanderers", "exit")}
    united = _claims(
        extractor,
        "RED DEVILS' REBUILD: Onana in, De Gea out and Man Utd locked in talks for Hojlund",
        "Andre Onana's arrival closes the book on David de Gea's 12 years at Manchester United.",
    )
    assert ("David de Gea", "Manchester United", "exit") in _triples(united)
    hato = _claims(
        extractor,
        "Hato watch",
        "Jorrel Hato was once more under observation from Anfield's recruitment team during Ajax's "
        "Eredivisie win at the weekend.",
    )
    assert _triples(hato) == {("Jorrel Hato", "Liverpool", "interest")}
    como = _claims(extractor, "Official: Nico Paz is a new Como player")
    assert _triples(como) == {("Nico Paz", "Como", "done")}


def test_officials_choosers_questions_and_tours(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Milan news",
        "Milan, finally, have given Paulo Fonseca the striker he asked for. Nuno Espirito Santo took over "
        'after Evangelos Marinakis dismissed him. "He is a leader," Fonseca said before the squad\'s '
        "departure for the United States.",
    )
    movers = {t[0] for t in _triples(claims)}
    assert not movers & {"Paulo Fonseca", "Evangelos Marinakis"}
    roma = _claims(
        extractor,
        "Roma complete Dovbyk signing",
        "Roma have signed Artem Dovbyk. Claudio Ranieri, now senior adviser to the Friedkin family, chose "
        "him personally.",
    )
    assert {t[0] for t in _triples(roma)} == {"Artem Dovbyk"}
    slot = _claims(
        extractor,
        "Arne Slot: Liverpool will respect Nuno's Nottingham Forest",
        "Arne Slot has warned his Liverpool players not to underestimate Nottingham Forest, insisting Nuno's "
        "side are among the hardest teams in the league to break down. Asked again about the club's quiet "
        "summer in the market, Slot said he was happy with the squad.",
    )
    assert slot == []
    bayern = _claims(
        extractor,
        "Bayern in talks with Kompany",
        "Bayern Munich sporting director Max Eberl and sporting boss Christoph Freund have held talks with "
        "Burnley manager Vincent Kompany.",
    )
    assert {t[0] for t in _triples(bayern)} == {"Vincent Kompany"}


def test_a_window_review_of_arrivals(extractor: Extractor) -> None:
    arsenal = _claims(
        extractor,
        "Arsenal transfer window review: Rice, Havertz and Timber arrive as Arteta builds for a title push",
        "Kai Havertz was the first through the door, joining from Chelsea for £65m in June. Jurrien Timber "
        "followed from Ajax.",
    )
    triples = _triples(arsenal)
    assert {("Kai Havertz", "Arsenal", "done"), ("Jurriën Timber", "Arsenal", "done")} <= triples
    assert not {t for t in triples if t[0] == "Mikel Arteta"}
    saudi = _claims(
        extractor,
        "The Saudi summer",
        "Al-Nassr added Sadio Mane from Bayern Munich, while Al-Ahli brought in Riyad Mahrez and Roberto "
        "Firmino. Unai Emery added Harvey Elliott on loan from Liverpool. PSV winger Johan Bakayoko has been "
        "watched by Newcastle scouts, as Jacob Murphy and Miguel Almirón are the only senior options.",
    )
    triples = _triples(saudi)
    assert {("Sadio Mané", "Al-Nassr", "done"), ("Riyad Mahrez", "Al-Ahli", "done")} <= triples
    assert not {t for t in triples if t[0] in ("Unai Emery", "Jacob Murphy", "Miguel Almirón")}
    trafford = _claims(
        extractor,
        "Milan ask about Trafford",
        "Milan have made an enquiry about James Trafford, who has struggled since arriving from Burnley.",
    )
    assert not {t for t in _triples(trafford) if t[2] == "done"}


def test_a_paragraph_of_departures_and_a_release_clause_paid(extractor: Extractor) -> None:
    arsenal = _claims(
        extractor,
        "Arsenal window review",
        "Kieran Tierney has joined Real Sociedad on loan, Nuno Tavares is spending the season at Nottingham "
        "Forest and Rob Holding left for Crystal Palace on deadline day.",
    )
    triples = _triples(arsenal)
    assert ("Kieran Tierney", "Real Sociedad", "done") in triples
    assert not {t for t in triples if t[0] == "Kieran Tierney" and t[1] != "Real Sociedad"}
    barca = _claims(
        extractor,
        "Barcelona move for Rashford",
        "Barcelona paid the €25m release clause to Espanyol for Marcus Rashford.",
    )
    assert _triples(barca) == {("Marcus Rashford", "Barcelona", "agreed")}
    delap = _claims(
        extractor,
        "Magpies join race for Tractor Boys striker Liam Delap",
        "Relegation has activated a £30m release clause in the 22-year-old's contract.",
    )
    assert ("Liam Delap", "Newcastle United", "interest") in _triples(delap)


def test_reunions_investments_and_interest_from_a_league(extractor: Extractor) -> None:
    miami = _claims(
        extractor,
        "Inter Miami officially sign Luis Suárez, reuniting striker with Lionel Messi",
        "The Uruguay forward arrives after a season with Brazilian side Grêmio and links up again with "
        "former Barcelona teammates Lionel Messi, Sergio Busquets and Jordi Alba.",
    )
    assert _triples(miami) == {("Luis Suárez", "Inter Miami", "done")}
    stake = _claims(
        extractor,
        "Vinicius buys Alverca",
        "Real Madrid forward Vinícius Júnior has completed the purchase of a majority stake in Alverca.",
    )
    assert stake == []
    sporting = _claims(
        extractor,
        "Sporting news",
        "Back in Alcochete, Morten Hjulmand trained normally despite interest from the Premier League.",
    )
    assert sporting == []
    semenyo = _claims(
        extractor,
        "TOON RAID: Newcastle and Spurs eye Bournemouth star Antoine Semenyo as Howe plots winter swoop",
    )
    assert {t[0] for t in _triples(semenyo)} == {"Antoine Semenyo"}


def test_talks_with_a_president_and_a_forecast_while_talks_go_on(extractor: Extractor) -> None:
    napoli = _claims(
        extractor,
        "Napoli close in on Conte",
        "Antonio Conte is in talks with Aurelio De Laurentiis and could be unveiled as Napoli's new coach "
        "before the end of next week.",
    )
    assert _triples(napoli) == {("Antonio Conte", "Napoli", "talks")}
    feyenoord = _claims(extractor, "Feyenoord reach agreement with Patro Eisden over Anis Hadj Moussa")
    assert {t[0] for t in _triples(feyenoord)} == {"Anis Hadj Moussa"}
    city = _claims(
        extractor,
        "City plan for next season",
        "Kevin De Bruyne, whose contract expires in the summer, is expected to be part of the discussions "
        "about the squad's next phase at Manchester City.",
    )
    assert city == []


def test_a_scouted_teenager_a_reunion_wish_and_an_official_at_the_talks(extractor: Extractor) -> None:
    bah = _claims(
        extractor,
        "City watch Valladolid teenager",
        "Manchester City have been following Juma Bah, the 18-year-old Sierra Leonean centre-back who "
        "arrived in the summer.",
    )
    assert _triples(bah) == {("Juma Bah", "Manchester City", "interest")}
    maresca = _claims(extractor, "Maresca wants KDH reunion: Chelsea make contact with Leicester")
    assert not {t for t in _triples(maresca) if t[0] == "Enzo Maresca"}
    milan = _claims(
        extractor,
        "Milan close in on Joao Felix",
        "Zlatan Ibrahimovic, who has followed every negotiation personally, will speak to the press next "
        "week.",
    )
    assert not {t for t in _triples(milan) if t[0] == "Zlatan Ibrahimović"}


def test_after_dismissing_the_coach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Feyenoord news",
        "Feyenoord have opened negotiations with Heerenveen coach Robin van Persie about becoming their new "
        "head coach, after dismissing Brian Priske earlier this month.",
    )
    triples = _triples(claims)
    assert ("Robin van Persie", "Feyenoord", "talks") in triples
    assert ("Brian Priske", "Feyenoord", "exit") in triples


def test_the_club_is_not_a_match_opponent_and_no_approach_is_none(extractor: Extractor) -> None:
    madrid = _claims(
        extractor,
        "Real Madrid prepare for the Alonso era",
        "Carlo Ancelotti will leave Real Madrid after the final game of the season against Real Sociedad, "
        "and the club have also opened talks with Bournemouth's Dean Huijsen.",
    )
    triples = _triples(madrid)
    assert ("Dean Huijsen", "Real Madrid", "talks") in triples
    assert not {t for t in triples if t[1] == "Real Sociedad"}
    saliba = _claims(
        extractor,
        "Real Madrid admire Saliba",
        "Real Madrid are huge admirers of William Saliba. No approach has been made.",
    )
    assert _triples(saliba) == {("William Saliba", "Real Madrid", "interest")}


def test_a_manager_saying_a_player_is_committed_and_an_enquiry_with_the_seller(
    extractor: Extractor,
) -> None:
    salah = _claims(
        extractor,
        "Al-Ittihad lodge record bid for Salah",
        "Saudi champions Al-Ittihad have lodged a world-record offer to prise Mohamed Salah away from "
        "Anfield. Liverpool insist the 31-year-old is not for sale and Jurgen Klopp has repeatedly said the "
        "Egyptian is fully committed to the club.",
    )
    assert ("Mohamed Salah", "Al-Ittihad", "bid") in _triples(salah)
    mitoma = _claims(
        extractor, "Bayern ask about Mitoma", "FC Bayern have enquired with Brighton about Kaoru Mitoma."
    )
    assert _triples(mitoma) == {("Kaoru Mitoma", "Bayern Munich", "approach")}


def test_a_player_training_separately_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ajax news",
        "Jordan Henderson is training separately at Ajax while his future is resolved.",
    )
    assert _triples(claims) == {("Jordan Henderson", "Ajax", "exit")}


def test_headline_lists_of_ins_and_outs_and_a_player_of_a_club(extractor: Extractor) -> None:
    psg = _triples(_claims(extractor, "PSG: Galtier out, Luis Enrique in"))
    assert ("Christophe Galtier", "Paris Saint-Germain", "exit") in psg
    assert ("Luis Enrique", "Paris Saint-Germain", "done") in psg
    assert ("Christophe Galtier", "Paris Saint-Germain", "done") not in psg
    city = _claims(
        extractor,
        "City news",
        "Jack Grealish's future at Manchester City is also under review after a difficult season. United had "
        "looked at Aston Villa's Ollie Watkins, but decided against a move. Rafael Leao of AC Milan has been "
        "discussed internally at Bayern Munich.",
    )
    triples = _triples(city)
    assert ("Jack Grealish", "Manchester City", "exit") in triples
    assert ("Ollie Watkins", "Manchester United", "off") in triples
    assert not {t for t in triples if t[0] == "Rafael Leão" and t[1] == "AC Milan"}
    roma = _claims(extractor, "Roma news", "Claudio Ranieri is once again the coach of Roma.")
    assert ("Claudio Ranieri", "Roma", "done") in _triples(roma) or _triples(roma) == set()


def test_a_yes_to_a_contract_is_talks_and_returning_with_a_bid_is_no_return(extractor: Extractor) -> None:
    lukaku = _claims(
        extractor,
        "Napoli-Lukaku, the negotiation with Chelsea goes on",
        "Lukaku has already said yes to a three-year contract.",
    )
    assert ("Romelu Lukaku", "Napoli", "talks") in _triples(lukaku)
    palhinha = _claims(
        extractor,
        "Fulham turn down Bayern Munich's opening offer for Joao Palhinha",
        "The Bundesliga champions are expected to return with an improved bid.",
    )
    assert _triples(palhinha) == {("João Palhinha", "Bayern Munich", "bid")}


def test_a_decision_to_stay_ends_the_moves_elsewhere(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Griezmann turns down MLS and will see out Atletico contract",
        "Antoine Griezmann has decided to stay at Atletico Madrid for at least one more season. Los Angeles "
        "FC had made contact with his representatives in the spring.",
    )
    triples = _triples(claims)
    assert ("Antoine Griezmann", "Atletico Madrid", "stay") in triples
    assert ("Antoine Griezmann", "Los Angeles FC", "off") in triples


def test_two_departures_in_one_sentence_and_an_attempt_that_came_to_nothing(
    extractor: Extractor,
) -> None:
    arsenal = _claims(
        extractor,
        "Arsenal window review",
        "Granit Xhaka ended seven years in north London by joining Xabi Alonso's Bayer Leverkusen, and "
        "Folarin Balogun, who scored 21 league goals on loan at Reims last season, completed a permanent "
        "move to Monaco.",
    )
    triples = _triples(arsenal)
    assert ("Granit Xhaka", "Bayer Leverkusen", "done") in triples
    assert not {t for t in triples if t[0] == "Granit Xhaka" and t[1] == "Monaco"}
    assert not {t for t in triples if t[0] == "Xabi Alonso"}
    chelsea = _claims(
        extractor,
        "Chelsea in talks over Enzo Maresca as Kieran McKenna pursuit ends",
        "Chelsea are in talks with Leicester City over compensation for Enzo Maresca after their attempt to "
        "hire Kieran McKenna came to nothing.",
    )
    assert ("Kieran McKenna", "Chelsea", "off") in _triples(chelsea)
    assert not {t for t in _triples(chelsea) if t[0] == "Kieran McKenna" and t[1] == "Leicester City"}


def test_a_sacking_told_between_commas_and_an_option_taken_up(extractor: Extractor) -> None:
    united = _claims(
        extractor,
        "United move for Amorim",
        "Manchester United have made contact with Sporting over Ruben Amorim, a day after sacking Erik ten "
        "Hag, and are willing to pay the €10m release clause in the Portuguese coach's contract.",
    )
    triples = _triples(united)
    assert ("Erik ten Hag", "Manchester United", "exit") in triples
    assert ("Ruben Amorim", "Manchester United", "approach") in triples
    leicester = _claims(
        extractor,
        "Leicester news",
        "Leicester have also taken up the option to make Abdul Fatawu's loan from Sporting permanent.",
    )
    assert ("Abdul Fatawu", "Leicester City", "done") in _triples(leicester)


def test_a_name_on_a_directors_list(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli's summer",
        "Napoli are looking for wingers. Bologna's Dan Ndoye is also on sporting director Giovanni "
        "Manna's list.",
    )
    assert ("Dan Ndoye", "Napoli", "interest") in _triples(claims)


def test_a_club_a_player_was_signed_from_is_a_past_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Milan news",
        "Napoli have asked about Santiago Giménez. Giménez, signed from Feyenoord in February, would prefer "
        "to stay and fight for his place.",
    )
    assert not {t for t in _triples(claims) if t[1] == "Feyenoord"}


def test_attention_focus_and_lists_name_a_target(extractor: Extractor) -> None:
    cases = [
        ("Napoli have turned their attention to Brighton's Kaoru Mitoma.", "Kaoru Mitoma", "Napoli"),
        ("Aston Villa are now focusing on Brentford striker Yoane Wissa.", "Yoane Wissa", "Aston Villa"),
        ("Lyon have sacked their coach. Paulo Fonseca heads the list.", "Paulo Fonseca", "Lyon"),
        ("Everton are weighing up a move for a new manager, and Thomas Frank's name has been floated.",
         "Thomas Frank", "Everton"),
    ]  # fmt: skip
    for summary, person, club in cases:
        assert (person, club, "interest") in _triples(_claims(extractor, "Latest news", summary)), summary


def test_a_club_player_at_last_or_never_and_a_deal_agreed_by_name(extractor: Extractor) -> None:
    assert ("Jonathan David", "Juventus", "done") in _triples(
        _claims(extractor, "Juventus news", "Jonathan David is finally a Juventus player.")
    )
    claims = _claims(extractor, "Roma news", "Leon Bailey will not be a Roma player after talks broke down.")
    assert ("Leon Bailey", "Roma", "off") in _triples(claims)
    agreed = _claims(extractor, "Kyle Walker agrees Milan deal")
    assert ("Kyle Walker", "AC Milan", "agreed") in _triples(agreed)


def test_clubs_discussing_a_deal_are_in_talks_and_wanting_to_discuss_is_not(extractor: Extractor) -> None:
    talks = _claims(extractor, "Napoli and Fulham discuss Antonee Robinson deal")
    assert ("Antonee Robinson", "Napoli", "talks") in _triples(talks)
    wish = _claims(extractor, "Napoli want to discuss a deal for Antonee Robinson")
    assert ("Antonee Robinson", "Napoli", "talks") not in _triples(wish)


def test_a_nickname_two_named_clubs_share_is_not_the_one_its_sentence_names_next(
    extractor: Extractor,
) -> None:
    title = "Blues move for Mainoo"
    body = (
        "Enzo Maresca wants Kobbie Mainoo at Stamford Bridge. The Blues have opened talks with the Foxes "
        "about a loan for Kiernan Dewsbury-Hall, though they play at Old Trafford on Sunday."
    )
    spans = [(0, len(title)), *split_sentences(body, offset=len(title) + 1)]
    sentences = extractor._resolver.resolve(title + "\n" + body, spans, len(title), None)
    blues = sentences[2].slots[0]
    assert (blues.kind, blues.key, sentences[2].text[blues.start - sentences[2].start :][:9]) == (
        "C",
        "chelsea",
        "The Blues",
    )


def test_a_sellers_condition_a_managers_champions_and_a_loan_star(extractor: Extractor) -> None:
    bid = _claims(
        extractor,
        "Porto reject Chelsea bid",
        "Porto have rejected Chelsea's €40m offer for Samu Aghehowa and will only negotiate at his release "
        "clause.",
    )
    assert ("Samu Aghehowa", "Chelsea", "bid") in _triples(bid)
    city = _claims(
        extractor,
        "City want Bellingham",
        "Pep Guardiola's champions are closing in on the Como loan star Nico Paz.",
    )
    triples = _triples(city)
    assert not {t for t in triples if t[0] == "Pep Guardiola"}
    assert not {t for t in triples if t[1] == "Como"}


def test_an_unknown_player_close_to_a_ground_and_talks_that_drag_on(extractor: Extractor) -> None:
    claims = _claims(extractor, "Jonas Vermeulen close to Villa Park loan as Etihad exit nears")
    assert ("Jonas Vermeulen", "Aston Villa", "agreed") in _triples(claims)
    towards = _claims(extractor, "Jonathan David edges towards Juventus as the fee wrangle drags on")
    assert ("Jonathan David", "Juventus", "talks") in _triples(towards)


def test_a_sale_agreed_by_the_seller_and_a_buyer_unwilling_to_meet_the_price(extractor: Extractor) -> None:
    sale = _claims(extractor, "Brighton agree Evan Ferguson sale to West Ham")
    assert _triples(sale) == {("Evan Ferguson", "West Ham United", "agreed")}
    off = _claims(
        extractor,
        "Everton pull out",
        "Everton have ended their interest in Evan Ferguson. They were unwilling to meet the asking price.",
    )
    assert ("Evan Ferguson", "Everton", "off") in _triples(off)


def test_company_in_a_squad_and_a_chase_of_the_leaders_are_no_moves(extractor: Extractor) -> None:
    squad = _claims(
        extractor,
        "All-Star squad named",
        "Lionel Messi of Inter Miami headlines the squad. He is joined by LAFC's Denis Bouanga.",
    )
    assert not squad
    chase = _claims(
        extractor,
        "Kompany on Kane",
        "Vincent Kompany said Bayern Munich's chase of leaders Bayer Leverkusen depends on Harry Kane.",
    )
    assert not chase


def test_a_coach_who_rates_him_a_team_mate_a_rival_for_the_place_and_a_boss(extractor: Extractor) -> None:
    cases = [
        ("Besiktas are keen on Dusan Tadic, and Ole Gunnar Solskjaer appreciates him a lot.",
         "Ole Gunnar Solskjær"),
        ("LA Galaxy are in talks with Marco Reus about reuniting the German with Mats Hummels.",
         "Mats Hummels"),
        ("Kepa has lost his place to Robert Sanchez and Bournemouth want him on loan.", "Robert Sánchez"),
        ("Feyenoord also considered John Heitinga, assistant to Arne Slot at Liverpool.", "Arne Slot"),
    ]  # fmt: skip
    for summary, bystander in cases:
        claims = _claims(extractor, "Latest", summary)
        assert claims, summary
        assert not {t for t in _triples(claims) if t[0] == bystander}, summary


def test_a_window_review_arrival_from_a_club_joins_the_reviewed_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sevilla's summer: a rebuild on a budget",
        "The defence has taken shape. Kike Salas came through the academy, and Nemanja Gudelj is "
        "staying. Adnan Januzaj arrived from Real Sociedad and will partner Isaac Romero, and Ruben Vargas "
        "has joined from Augsburg to take over from Lucas Ocampos.",
    )
    triples = _triples(claims)
    assert ("Adnan Januzaj", "Sevilla", "done") in triples
    assert ("Rubén Vargas", "Sevilla", "done") in triples
    assert not {t for t in triples if t[0] in ("Isaac Romero", "Lucas Ocampos") and t[2] == "done"}
    # with two clubs in the headline there is no one reviewed club to fall back on
    two = _claims(
        extractor,
        "Sevilla and Betis: two summers",
        "Adnan Januzaj arrived from Real Sociedad.",
    )
    assert not {t for t in _triples(two) if t[0] == "Adnan Januzaj" and t[2] == "done"}


def test_squad_talk_awards_and_a_stance_are_no_moves(extractor: Extractor) -> None:
    squad = _claims(
        extractor,
        "Lyon's squad",
        "Rayan Cherki wants more minutes, Ernest Nuamah offers another option on the right and "
        "Alexandre Lacazette will not be considered for sale.",
    )
    assert not squad
    award = _claims(
        extractor,
        "Cole Palmer named Young Player of the Year",
        "He was chosen ahead of a shortlist that included Arsenal's Bukayo Saka and Aston Villa's Ollie "
        "Watkins.",
    )
    assert not award
    stance = _claims(
        extractor,
        "Benfica's summer",
        "Benfica will not sell cheaply. Rui Costa's position is that the clause is the only number that "
        "matters.",
    )
    assert not {t for t in _triples(stance) if t[0] == "Rui Costa"}


def test_a_player_the_knowledge_base_places_elsewhere_leaves_the_club_of_the_headline(
    extractor: Extractor,
) -> None:
    # the knowledge base is a snapshot newer than the news: Eriksen's club there is not Manchester United
    claims = _claims(
        extractor,
        "Manchester United's midfield: who stays and who goes",
        "Christian Eriksen, who has 18 months left on his deal, will also be allowed to leave.",
    )
    assert ("Christian Eriksen", "Manchester United", "exit") in _triples(claims)
    doubt = _claims(
        extractor,
        "Real Madrid's new era",
        "Less clear is the future of Luka Modric. No renewal has been offered yet.",
    )
    assert ("Luka Modrić", "Real Madrid", "exit") in _triples(doubt)


def test_names_on_a_list_and_a_contract_agreed_with_a_new_club(extractor: Extractor) -> None:
    other = _claims(
        extractor,
        "Arsenal's striker hunt",
        "Arsenal want a striker. Benjamin Sesko is the other name. The second name is Victor Osimhen.",
    )
    assert {("Benjamin Šeško", "Arsenal", "interest"), ("Victor Osimhen", "Arsenal", "interest")} <= _triples(
        other
    )
    agreed = _claims(extractor, "Juventus news", "Igor Tudor has agreed a two-year contract with Juventus.")
    assert ("Igor Tudor", "Juventus", "agreed") in _triples(agreed)
    open_fee = _claims(
        extractor,
        "Sesko agrees terms - but fee still to be settled",
        "Benjamin Sesko has agreed a five-year contract with Arsenal, and the clubs remain apart on the fee.",
    )
    assert ("Benjamin Šeško", "Arsenal", "talks") in _triples(open_fee)
    renewal = _claims(extractor, "Bournemouth", "Andoni Iraola has agreed a new contract with Bournemouth.")
    assert ("Andoni Iraola", "Bournemouth", "agreed") not in _triples(renewal)


def test_a_list_of_past_moves_each_with_its_own_verb(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Everton's window",
        "Mason Holgate joined Sheffield United on loan, Ben Godfrey went to Atalanta and Demarai Gray "
        "moved to Al-Ettifaq, and Jonas Bergmann left for Genk.",
    )
    triples = _triples(claims)
    assert {
        ("Ben Godfrey", "Atalanta", "done"),
        ("Demarai Gray", "Al-Ettifaq", "done"),
        ("Jonas Bergmann", "Genk", "done"),
    } <= triples
    assert not {t for t in triples if t[0] == "Ben Godfrey" and t[1] != "Atalanta"}
    arrivals = _claims(
        extractor,
        "Ipswich's window",
        "Jack Clarke's loan from Sunderland was made permanent, and Kiernan Dewsbury-Hall followed Enzo "
        "Maresca from Leicester.",
    )
    triples = _triples(arrivals)
    assert ("Jack Clarke", "Ipswich Town", "done") in triples
    assert ("Kiernan Dewsbury-Hall", "Ipswich Town", "done") in triples
    assert not {t for t in triples if t[0] == "Enzo Maresca"}


def test_a_window_reviews_moves_told_in_relative_clauses_are_news(extractor: Extractor) -> None:
    review = _claims(
        extractor,
        "Saudi Pro League's summer: the big names who moved",
        "The biggest name was Sadio Mane, who joined Al-Nassr from Bayern Munich in August.",
    )
    assert ("Sadio Mané", "Al-Nassr", "done") in _triples(review)
    news = _claims(
        extractor,
        "Bayern eye Kane",
        "Bayern want a striker after losing Sadio Mane, who joined Al-Nassr from Bayern Munich in August.",
    )
    assert ("Sadio Mané", "Al-Nassr", "done") not in _triples(news)


def test_a_name_added_to_a_list_and_other_options_turned_down(extractor: Extractor) -> None:
    listed = _claims(
        extractor,
        "Dortmund striker search",
        "Borussia Dortmund have added Nick Woltemade to their shortlist as they hunt for a centre-forward.",
    )
    assert _triples(listed) == {("Nick Woltemade", "Borussia Dortmund", "interest")}
    waiting = _claims(
        extractor,
        "Napoli bid for Lukaku",
        "Napoli have made an offer for Romelu Lukaku. He has turned down other options to wait for Napoli.",
    )
    assert ("Romelu Lukaku", "Napoli", "bid") in _triples(waiting)


def test_a_renewal_extending_a_partnership_begun_long_ago_and_an_agreement_found(
    extractor: Extractor,
) -> None:
    renewal = _claims(
        extractor,
        "Club news",
        "Eddie Howe has signed a new contract until 2028 with Newcastle, extending a partnership that "
        "began in November 2021.",
    )
    assert ("Eddie Howe", "Newcastle United", "stay") in _triples(renewal)
    found = _claims(
        extractor,
        "Rossoneri, it's a done deal for Jashari",
        "Milan and Club Brugge have found an agreement for Ardon Jashari.",
    )
    assert ("Ardon Jashari", "AC Milan", "agreed") in _triples(found)


def test_business_wrapped_up_with_a_signing_a_player_taken_from_a_club_and_a_name_on_a_list(
    extractor: Extractor,
) -> None:
    cases = [
        ("Chelsea wrapped up their business with the loan signing of Jadon Sancho from Manchester United.",
         ("Jadon Sancho", "Chelsea", "done")),
        ("Al-Hilal have already taken Ruben Neves from Wolves this summer.",
         ("Rúben Neves", "Al-Hilal", "done")),
        ("Barcelona need a winger, and Luis Diaz is on their list.", ("Luis Díaz", "Barcelona", "interest")),
    ]  # fmt: skip
    for summary, triple in cases:
        assert triple in _triples(_claims(extractor, "Latest", summary)), summary


def test_a_second_spell_at_a_club_is_a_return_not_his_club_now(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Porto sack Vitor Bruno",
        "Porto have reached an agreement with Sergio Conceicao. It will be Conceicao's second spell "
        "at the club, where he began his career as a player.",
    )
    assert ("Sérgio Conceição", "Porto", "agreed") in _triples(claims)


def test_a_denial_by_the_player_an_insider_named_like_a_player_and_no_intention_to_move(
    extractor: Extractor,
) -> None:
    denial = _claims(
        extractor,
        "Bruno news",
        "Bruno Guimaraes has denied any contact with Barcelona. 'I have not spoken to anybody from "
        "Barcelona,' the Newcastle midfielder said.",
    )
    assert ("Bruno Guimarães", "Barcelona", "off") in _triples(denial)
    insider = _claims(
        extractor,
        "Al-Ittihad want Salah",
        "'Al-Ittihad have been in touch with Liverpool about Mohamed Salah,' transfer insider Dean Jones "
        "said.",
    )
    assert not {t for t in _triples(insider) if t[0] == "Curtis Jones"}
    assert ("Mohamed Salah", "Liverpool", "approach") not in _triples(insider)
    no_move = _claims(extractor, "News", "Frenkie de Jong has no intention of moving to Manchester United.")
    assert ("Frenkie de Jong", "Manchester United", "off") in _triples(no_move)


def test_a_manager_who_freezes_a_player_out_and_a_first_name_in_his_quote(extractor: Extractor) -> None:
    frozen = _claims(
        extractor,
        "Jadon Sancho ready for a new challenge after Erik ten Hag freezes him out",
        "Jadon Sancho has signalled he is ready to leave Manchester United.",
    )
    assert not {t for t in _triples(frozen) if t[0] == "Erik ten Hag"}
    quoted = _claims(
        extractor,
        "Brentford news: Ivan Toney",
        "Thomas Frank admitted: 'If the right offer comes, Ivan will move on.'",
    )
    assert ("Ivan Toney", "Brentford", "exit") in _triples(quoted)
    assert not {t for t in _triples(quoted) if t[0] == "Thomas Frank"}


def test_a_coachs_renewal_thoughts_of_names_a_first_exchange_and_a_successor_named(
    extractor: Extractor,
) -> None:
    renewal = _claims(extractor, "Arteta extends Arsenal stay as Gunners keep Zubimendi on the radar")
    assert ("Mikel Arteta", "Arsenal", "stay") in _triples(renewal)
    assert ("Martín Zubimendi", "Arsenal", "interest") in _triples(renewal)
    thought = _claims(
        extractor,
        "Napoli's new coach",
        "Napoli had first thought of Stefano Pioli before turning to Antonio Conte.",
    )
    assert ("Stefano Pioli", "Napoli", "interest") in _triples(thought)
    exchange = _claims(
        extractor,
        "Leipzig news",
        "Leipzig are looking at Ole Werner. There has already been a first exchange with Werner's advisers.",
    )
    assert ("Ole Werner", "RB Leipzig", "approach") in _triples(exchange)
    successor = _claims(extractor, "Sevilla dismiss Lopetegui", "Jorge Sampaoli will be his successor.")
    assert ("Jorge Sampaoli", "Sevilla", "agreed") in _triples(successor)


def test_turning_ones_back_on_interest_and_deciding_against_an_appointment(extractor: Extractor) -> None:
    back = _claims(
        extractor,
        "Wolves news",
        "Jorgen Strand Larsen has signed a new contract with Wolves, turning his back on interest from "
        "Newcastle and Nottingham Forest.",
    )
    triples = _triples(back)
    assert ("Jørgen Strand Larsen", "Newcastle United", "off") in triples
    assert ("Jørgen Strand Larsen", "Nottingham Forest", "off") in triples
    against = _claims(
        extractor,
        "Juventus news",
        "Roberto Mancini was sounded out as well, but Juve have decided against appointing him.",
    )
    assert ("Roberto Mancini", "Juventus", "off") in _triples(against)


def test_the_nation_and_role_of_a_second_player_and_a_coachs_staff_to_come(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City confirm Rayan Cherki signing as Tijjani Reijnders deal agreed with Milan",
        "The France playmaker has joined from Lyon, while the Netherlands midfielder will complete his move "
        "once his paperwork is finalised.",
    )
    assert ("Rayan Cherki", "Manchester City", "done") in _triples(claims)
    staff = _claims(
        extractor,
        "Oliver Glasner appointed Crystal Palace manager",
        "Further details of Oliver's backroom staff will be confirmed in due course.",
    )
    assert ("Oliver Glasner", "Crystal Palace", "done") in _triples(staff)


def test_their_coach_after_telling_a_club_is_the_tellers(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter make approach for Cesc Fàbregas but Como say no",
        "Inter have made an approach to Como for Cesc Fàbregas. Como have told the Nerazzurri that their "
        "coach is not available at any price.",
    )
    assert ("Cesc Fàbregas", "Inter Milan", "approach") in _triples(claims)


def test_a_buyer_unwilling_to_meet_a_players_demands_is_no_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus end Sancho pursuit as wage talks collapse",
        "Juventus have walked away from a deal for Jadon Sancho. Manchester United had accepted a fee, but "
        "Juventus were unwilling to meet Sancho's demands.",
    )
    assert ("Jadon Sancho", "Juventus", "off") in _triples(claims)


def test_the_date_of_an_honour_does_not_make_a_parting_history(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Milan news",
        "Stefano Pioli and Milan have parted ways after five seasons, a Scudetto in 2022 and a semi-final in "
        "2023. Milan will name his successor in 2024.",
    )
    assert ("Stefano Pioli", "AC Milan", "exit") in _triples(claims)


def test_the_next_step_and_a_situation_unresolved_are_exits(extractor: Extractor) -> None:
    step = _claims(
        extractor,
        "PSV news",
        "Johan Bakayoko has told PSV he wants to take the next step in his career.",
    )
    assert ("Johan Bakayoko", "PSV Eindhoven", "exit") in _triples(step)
    unresolved = _claims(
        extractor, "Chelsea's summer so far", "Conor Gallagher's situation remains unresolved."
    )
    assert ("Conor Gallagher", "Chelsea", "exit") in _triples(unresolved)


def test_an_ending_takes_the_step_it_ends_as_its_object(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter news",
        "Nicolo Barella, meanwhile, has told Inter he wants to stay, turning down an approach from Al-Hilal.",
    )
    assert ("Nicolò Barella", "Al-Hilal", "off") in _triples(claims)


def test_a_club_s_verb_after_an_aside_governs_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus news",
        "Juventus, heavily linked with Victor Osimhen, have ruled out a move for the Napoli striker.",
    )
    assert ("Victor Osimhen", "Juventus", "off") in _triples(claims)


def test_a_candidate_set_aside_and_a_board_deciding_not_to_proceed_are_off(extractor: Extractor) -> None:
    aside = _claims(
        extractor,
        "Roma's search goes on",
        "Roma have made contact with Thiago Motta. Maurizio Sarri, considered for weeks, has been set aside.",
    )
    assert ("Maurizio Sarri", "Roma", "off") in _triples(aside)
    board = _claims(
        extractor,
        "Chelsea news",
        "Chelsea held talks with Roberto Mancini this week, but the board decided not to proceed.",
    )
    assert ("Roberto Mancini", "Chelsea", "off") in _triples(board)


def test_a_club_s_pursuit_of_a_person_is_not_his_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham's Marc Guehi pursuit hits a snag",
        "Tottenham's talks with Crystal Palace over Marc Guehi have stalled over the fee.",
    )
    assert ("Marc Guéhi", "Tottenham Hotspur", "talks") in _triples(claims)
    assert not any(c == "Crystal Palace" and s == "talks" for _p, c, s in _triples(claims))


def test_calling_time_drawing_a_line_and_opting_not_to_bid_again_are_off(extractor: Extractor) -> None:
    called = _claims(
        extractor,
        "Liverpool call time on Marc Guehi pursuit",
        "Liverpool will not go back in for the Crystal Palace captain.",
    )
    assert ("Marc Guéhi", "Liverpool", "off") in _triples(called)
    line = _claims(extractor, "Spurs news", "Tottenham have drawn a line under their pursuit of Ivan Toney.")
    assert ("Ivan Toney", "Tottenham Hotspur", "off") in _triples(line)
    again = _claims(
        extractor, "Aston Villa news", "Aston Villa opted not to table a second offer for Joao Palhinha."
    )
    assert ("João Palhinha", "Aston Villa", "off") in _triples(again)
    left = _claims(
        extractor,
        "Fulham news",
        "Fulham made an offer for Kiernan Dewsbury-Hall, but Everton moved faster and Fulham were left "
        "empty-handed.",
    )
    assert ("Kiernan Dewsbury-Hall", "Fulham", "off") in _triples(left)


def test_their_before_a_failed_move_is_no_origin_and_its_person_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal's January",
        "Arsenal moved on from their Mykhaylo Mudryk disappointment by signing Leandro Trossard from "
        "Brighton.",
    )
    assert _triples(claims) == {("Leandro Trossard", "Arsenal", "done")}


def test_a_club_left_for_another_in_a_past_year_is_no_longer_his(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Celtic news",
        "Brendan Rodgers, who left Celtic for Leicester in 2019, has returned to Celtic Park as manager.",
    )
    assert _triples(claims) == {("Brendan Rodgers", "Celtic", "done")}


def test_a_list_of_moves_splits_at_a_former_captain_s_own_verb(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Saudi spree",
        "Mohamed Salah stayed, but Sadio Mane joined Cristiano Ronaldo at Al-Nassr from Bayern Munich, and "
        "Liverpool's former captain Jordan Henderson linked up with Steven Gerrard at Al-Ettifaq.",
    )
    assert _triples(claims) == {
        ("Sadio Mané", "Al-Nassr", "done"),
        ("Jordan Henderson", "Al-Ettifaq", "done"),
    }


def test_a_club_contacted_about_its_own_man_is_the_seller(extractor: Extractor) -> None:
    contacted = _claims(
        extractor,
        "Bayern's coach search",
        "Bayern Munich's search goes on. Sporting director Max Eberl also contacted Crystal Palace about "
        "Oliver Glasner.",
    )
    assert _triples(contacted) == {("Oliver Glasner", "Bayern Munich", "approach")}
    terms = _claims(extractor, "Bryan Mbeumo agrees personal terms with Manchester United", "Talks go on.")
    assert ("Bryan Mbeumo", "Manchester United", "talks") in _triples(terms)


def test_a_manager_wanting_more_after_his_own_relative_clause_moves_nobody(extractor: Extractor) -> None:
    pace = _claims(
        extractor,
        "Aston Villa enquire about Marcus Rashford loan",
        "Unai Emery, who has Ollie Watkins through the middle, wants more pace out wide.",
    )
    assert _triples(pace) == {("Marcus Rashford", "Aston Villa", "approach")}
    load = _claims(
        extractor,
        "Newcastle have £70m Ekitike bid rejected by Eintracht Frankfurt",
        "Eddie Howe wants a forward capable of sharing the load with Alexander Isak.",
    )
    assert not any(p == "Alexander Isak" for p, _c, _s in _triples(load))


def test_a_player_description_never_means_a_man_named_with_a_coach_s_title(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Hugo Larsson leaves Malmo for Eintracht Frankfurt",
        "Malmo have sold Hugo Larsson to Eintracht Frankfurt. Malmo head coach Henrik Rydstrom said the "
        "teenager had turned down Brighton and Ajax to move to Germany.",
    )
    got = _triples(claims)
    assert ("Hugo Larsson", "Brighton & Hove Albion", "off") in got
    assert not any(p == "Henrik Rydstrom" for p, _c, _s in got)


def test_managers_who_want_pace_admire_or_were_assisted_are_no_movers(extractor: Extractor) -> None:
    pace = _claims(
        extractor,
        "Town's opening bid for Jack Clarke rebuffed",
        "Kieran McKenna wants pace and goals on the flanks before the opener against Sunderland.",
    )
    assert not any(p == "Kieran McKenna" for p, _c, _s in _triples(pace))
    admirer = _claims(
        extractor,
        "Brentford scouts track Gremio teenager Gustavo Nunes",
        "Gustavo Nunes is a direct wide player, and Thomas Frank is understood to be an admirer.",
    )
    assert not any(p == "Thomas Frank" for p, _c, _s in _triples(admirer))
    assistant = _claims(
        extractor,
        "Bochum news",
        "Bochum had identified the former assistant of Hansi Flick at Bayern Munich as their preferred "
        "candidate.",
    )
    assert not any(p == "Hansi Flick" for p, _c, _s in _triples(assistant))


def test_saying_no_ruling_oneself_out_and_not_taking_over_are_off(extractor: Extractor) -> None:
    no = _claims(extractor, "Amorim says no to West Ham", "The Sporting coach will not move this summer.")
    assert ("Ruben Amorim", "West Ham United", "off") in _triples(no)
    out = _claims(
        extractor,
        "Bochum news",
        "Danny Rohl has ruled himself out of the Bochum job. He informed Bochum that he will not be taking "
        "over.",
    )
    assert ("Danny Röhl", "Bochum", "off") in _triples(out)


def test_dispensing_with_a_coach_a_career_s_curtain_and_a_national_team_job_are_exits(
    extractor: Extractor,
) -> None:
    dispensed = _claims(
        extractor, "West Ham news", "West Ham have dispensed with the services of Julen Lopetegui."
    )
    assert ("Julen Lopetegui", "West Ham United", "exit") in _triples(dispensed)
    curtain = _claims(
        extractor,
        "Kevin De Bruyne to bring the curtain down on his Manchester City career",
        "The midfielder's contract expires this summer.",
    )
    assert ("Kevin De Bruyne", "Manchester City", "exit") in _triples(curtain)
    national = _claims(
        extractor,
        "Real Madrid news",
        "Carlo Ancelotti has left Real Madrid to take charge of the Brazil national team.",
    )
    assert _triples(national) == {("Carlo Ancelotti", "Real Madrid", "exit")}


def test_the_club_where_a_man_was_someone_s_assistant_is_a_past_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bochum news",
        "Bochum had identified Danny Rohl, the former assistant of Hansi Flick at Bayern Munich, as their "
        "preferred candidate.",
    )
    assert _triples(claims) == {("Danny Röhl", "Bochum", "interest")}


def test_a_record_broken_or_deadline_beaten_to_sign_and_paperwork_gone_through_are_done(
    extractor: Extractor,
) -> None:
    record = _claims(extractor, "Atlanta United break MLS transfer record to sign Emmanuel Latte Lath", "")
    assert ("Emmanuel Latte Lath", "Atlanta United", "done") in _triples(record)
    deadline = _claims(
        extractor, "Deadline day", "Tottenham beat the deadline to sign Randal Kolo Muani on loan from PSG."
    )
    assert ("Randal Kolo Muani", "Tottenham Hotspur", "done") in _triples(deadline)
    paperwork = _claims(
        extractor,
        "Chelsea news",
        "Chelsea have completed the signing of Enzo Fernandez from Benfica, with the paperwork going through "
        "shortly before the deadline.",
    )
    assert ("Enzo Fernández", "Chelsea", "done") in _triples(paperwork)


def test_the_outgoing_coach_in_a_headline_of_two_events_only_leaves(extractor: Extractor) -> None:
    steps = _claims(extractor, "Crystal Palace appoint Oliver Glasner as Roy Hodgson steps down", "")
    assert _triples(steps) == {
        ("Oliver Glasner", "Crystal Palace", "done"),
        ("Roy Hodgson", "Crystal Palace", "exit"),
    }
    takes = _claims(extractor, "Official: Juventus sack Thiago Motta, Igor Tudor takes over", "")
    assert ("Thiago Motta", "Juventus", "exit") in _triples(takes)
    assert ("Thiago Motta", "Juventus", "done") not in _triples(takes)


def test_appointed_in_a_past_year_is_background(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "West Ham news",
        "Sean Dyche, appointed in January 2023, had been under growing pressure at Everton.",
    )
    assert _triples(claims) == {("Sean Dyche", "Everton", "exit")}


def test_a_person_s_own_yes_while_the_clubs_still_bargain_is_talks(extractor: Extractor) -> None:
    bargain = _claims(
        extractor,
        "Juventus news",
        "Juventus have raised their offer to €55m for Teun Koopmeiners, but Atalanta are holding out for "
        "€60m. Koopmeiners has already agreed a five-year contract with Juventus.",
    )
    assert ("Teun Koopmeiners", "Juventus", "talks") in _triples(bargain)
    settled = _claims(
        extractor,
        "Juventus news",
        "Juventus and Atalanta have reached an agreement for Teun Koopmeiners, who has already agreed a "
        "five-year contract.",
    )
    assert ("Teun Koopmeiners", "Juventus", "agreed") in _triples(settled)


def test_a_club_s_offer_of_a_new_deal_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea sound out Kieran McKenna",
        "Chelsea have made an approach for Ipswich Town manager Kieran McKenna. Ipswich are determined to "
        "keep him and have offered a new long-term deal.",
    )
    assert _triples(claims) == {("Kieran McKenna", "Chelsea", "approach")}
    signed = _claims(extractor, "Kieran McKenna signs a new long-term deal with Ipswich Town")
    assert _triples(signed) == {("Kieran McKenna", "Ipswich Town", "stay")}


def test_a_club_seeing_someone_as_the_ideal_choice_is_interest_not_his_choice(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Roma news",
        "Roma owner Dan Friedkin sees Gian Piero Gasperini as the ideal choice to succeed Claudio Ranieri.",
    )
    assert ("Gian Piero Gasperini", "Roma", "interest") in _triples(claims)
    assert not any(c.stage is Stage.AGREED for c in claims)


def test_an_appointment_a_year_ago_or_opposed_is_no_appointment(extractor: Extractor) -> None:
    sacked = _claims(
        extractor,
        "Aston Villa sack Steven Gerrard",
        "Aston Villa have sacked manager Steven Gerrard less than a year after he was appointed.",
    )
    assert _triples(sacked) == {("Steven Gerrard", "Aston Villa", "exit")}
    opposed = _claims(
        extractor,
        "AC Milan news",
        "AC Milan have ended their interest in Julen Lopetegui after supporters launched a campaign against "
        "his appointment.",
    )
    assert not any(c.stage is Stage.DONE for c in opposed)


def test_a_nation_in_a_list_of_former_teams_keeps_the_clubs_former(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Julen Lopetegui wanted by AC Milan",
        "The former Spain and Real Madrid coach had been in talks with the Rossoneri.",
    )
    assert (claim.person, claim.club, claim.stage) == ("Julen Lopetegui", "AC Milan", Stage.TALKS)
    assert claim.from_club is None  # Real Madrid is a past club, not the one he would leave


def test_reappointed_and_announced_as_replacement_are_done(extractor: Extractor) -> None:
    reappointed = _claims(
        extractor,
        "Celtic news",
        "Celtic have reappointed Brendan Rodgers as manager. Rodgers won seven successive domestic trophies "
        "in his first spell at Celtic Park.",
    )
    assert _triples(reappointed) == {("Brendan Rodgers", "Celtic", "done")}
    announced = _claims(
        extractor,
        "Roma sack Jose Mourinho",
        "Hours later, the club announced former captain Daniele De Rossi as his replacement.",
    )
    assert ("Daniele De Rossi", "Roma", "done") in _triples(announced)
    returns = _claims(extractor, "Brendan Rodgers returns to Celtic on three-year deal")
    assert _triples(returns) == {("Brendan Rodgers", "Celtic", "done")}
    venue = _claims(
        extractor,
        "Nottingham Forest appoint Ange Postecoglou",
        "He will take charge for the first time at Arsenal on Saturday.",
    )
    assert _triples(venue) == {("Ange Postecoglou", "Nottingham Forest", "done")}


def test_will_not_leave_is_a_stay_and_the_club_told_so_is_off(extractor: Extractor) -> None:
    told = _claims(
        extractor,
        "Frenkie de Jong tells Manchester United he will not leave Barcelona",
        "Manchester United had agreed a fee with Barcelona.",
    )
    assert ("Frenkie de Jong", "Barcelona", "stay") in _triples(told)
    assert ("Frenkie de Jong", "Manchester United", "off") in _triples(told)
    let_know = _claims(
        extractor,
        "Barcelona news",
        "Mikel Arteta has let Barcelona know that he will not leave Arsenal.",
    )
    assert _triples(let_know) == {("Mikel Arteta", "Barcelona", "off"), ("Mikel Arteta", "Arsenal", "stay")}
    dropped = _claims(extractor, "Aston Villa will not leave Ollie Watkins out against Arsenal")
    assert not any(c.stage is Stage.STAY for c in dropped)


def test_a_former_assistant_s_club_is_a_past_one(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea agree compensation with Leicester for Enzo Maresca",
        "The former Manchester City assistant is expected to be confirmed as head coach early next week.",
    )
    assert {c.club for c in claims} == {"Chelsea"}


def test_a_club_named_by_the_table_is_no_club_of_the_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli sack Rudi Garcia",
        "The Frenchman leaves the Italian champions fourth in Serie A, well adrift of leaders Inter, "
        "following Sunday's 1-0 home defeat by Empoli.",
    )
    assert _triples(claims) == {("Rudi Garcia", "Napoli", "exit")}


def test_a_position_under_serious_review_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "West Ham beaten by Liverpool",
        "West Ham manager Julen Lopetegui's position is now under serious review.",
    )
    assert _triples(claims) == {("Julen Lopetegui", "West Ham United", "exit")}


def test_a_second_person_s_move_after_and_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(extractor, "Tammy Abraham joins AC Milan and Alexis Saelemaekers joins Roma")
    assert _triples(claims) == {
        ("Tammy Abraham", "AC Milan", "done"),
        ("Alexis Saelemaekers", "Roma", "done"),
    }
    together = _claims(extractor, "Tammy Abraham and Alexis Saelemaekers join AC Milan")
    assert {c.club for c in together} == {"AC Milan"} and len(together) == 2


def test_an_option_not_taken_up_ends_the_move(extractor: Extractor) -> None:
    felix = _claims(
        extractor,
        "AC Milan news",
        "AC Milan have decided not to exercise the option to buy Joao Felix at the end of his loan.",
    )
    assert _triples(felix) == {("João Félix", "AC Milan", "off")}
    paz = _claims(extractor, "Real Madrid will not activate Nico Paz buy-back clause this summer")
    assert ("Nico Paz", "Real Madrid", "off") in _triples(paz)
    extension = _claims(
        extractor,
        "PSG news",
        "Kylian Mbappe informed PSG that he will not trigger the option to extend his contract.",
    )
    assert not any(c.stage is Stage.OFF for c in extension)


def test_a_move_made_official_later_is_not_done_yet(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kevin De Bruyne set to join Napoli",
        "The Belgian has agreed a two-year contract with Napoli. He will have his medical in Rome this week "
        "before the move is made official.",
    )
    assert ("Kevin De Bruyne", "Napoli", "agreed") in _triples(claims)


def test_a_name_the_knowledge_base_lacks_after_a_reporting_verb_is_a_person(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham confirm Timo Werner will return to RB Leipzig",
        "Spurs have opted against signing the forward permanently after a season and a half on loan.",
    )
    assert ("Timo Werner", "Tottenham Hotspur", "off") in _triples(claims)


def test_a_club_s_own_site_is_the_club_it_speaks_for(extractor: Extractor) -> None:
    renewal = _claims(
        extractor,
        "Bukayo Saka signs new long-term contract",
        "Bukayo Saka has signed a new long-term contract with the club.",
        source="Arsenal",
    )
    assert _triples(renewal) == {("Bukayo Saka", "Arsenal", "stay")}
    ours = _claims(
        extractor,
        "Transfer news",
        "Dávid Hancko has signed a contract with our club until 30 June 2030.",
        source="Atlético Madrid",
    )
    assert _triples(ours) == {("Dávid Hancko", "Atletico Madrid", "done")}
    elsewhere = _claims(
        extractor,
        "Bukayo Saka signs new long-term contract",
        "Bukayo Saka has signed a new long-term contract with the club.",
        source="Sky Sports",
    )
    assert elsewhere == []


def test_a_new_club_player_is_the_club_he_joined(extractor: Extractor) -> None:
    (claim,) = _claims(
        extractor,
        "Dávid Hancko, new Atlético de Madrid player",
        "Atlético de Madrid and Feyenoord have reached an agreement for the transfer of Dávid Hancko.",
    )
    assert (claim.club, claim.stage, claim.from_club) == ("Atletico Madrid", Stage.AGREED, "Feyenoord")


def test_an_unlisted_outlet_named_after_a_club_covers_that_club(extractor: Extractor) -> None:
    tiers = TierResolver(extractor.kb)
    assert tiers.home_club("Liverpool FC") == "liverpool"
    assert tiers.home_club("Arsenal.com") == "arsenal"
    assert tiers.home_club("Chelsea FC - Official Site") == "chelsea"
    assert tiers.home_club("Sky Sports") is None  # a listed outlet
    assert tiers.home_club("Manchester Evening News") is None  # names a place, not only a club
    assert tiers.home_club("Inter") is None  # two clubs answer to it


def test_another_person_s_clause_after_with_or_an_age_is_split() -> None:
    from feeds.sentences import split_clauses

    tpl = "⟦C0⟧ sound out ⟦P1⟧ with ⟦P2⟧'s future in the balance"
    assert [tpl[a:b] for a, b in split_clauses(tpl)] == [
        "⟦C0⟧ sound out ⟦P1⟧",
        "⟦P2⟧'s future in the balance",
    ]
    aged = "⟦C0⟧ have held talks with ⟦P1⟧, and ⟦P2⟧, 76, is expected to leave."
    assert [aged[a:b] for a, b in split_clauses(aged)][-1] == "⟦P2⟧, 76, is expected to leave."


def test_renewed_contact_is_no_renewal_and_a_confirmed_departure_no_arrival(extractor: Extractor) -> None:
    contact = _claims(extractor, "Bayern Munich renew contact with Fulham over Joao Palhinha")
    assert _triples(contact) == {("João Palhinha", "Bayern Munich", "approach")}
    departure = _claims(
        extractor,
        "Inter news",
        "Inter Milan have confirmed Simone Inzaghi's departure by mutual consent. The Nerazzurri have "
        "sounded out Como about Cesc Fabregas.",
    )
    assert ("Cesc Fàbregas", "Inter Milan", "approach") in _triples(departure)
    assert not any(c.stage is Stage.DONE for c in departure)


def test_work_on_a_deal_that_had_been_going_on_leaves_no_step_pending(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Here we go! Jamie Gittens to Chelsea",
        "Chelsea and Borussia Dortmund have reached full agreement for Jamie Gittens. The Blues had been "
        "working on the deal for weeks and the 20-year-old has already agreed personal terms.",
    )
    assert ("Jamie Gittens", "Chelsea", "agreed") in _triples(claims)


def test_the_club_talked_to_about_a_player_holds_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal close in on a new midfielder",
        "Negotiations with Real Sociedad for Martin Zubimendi continue, with the two clubs around €5m apart.",
    )
    assert _triples(claims) == {("Martín Zubimendi", "Arsenal", "talks")}
    # with no buyer named anywhere, the club talked to is still no destination
    alone = _claims(extractor, "Midfield news", "Discussions with Torino over Samuele Ricci picked up pace.")
    assert not any(c.club_id == "torino" for c in alone)


def test_a_club_following_a_player_closely_after_whom_is_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Defensive targets",
        "The priority remains Alphonso Davies, whose contract with Bayern Munich runs out next year and whom "
        "Real Madrid continue to follow closely.",
    )
    assert _triples(claims) == {("Alphonso Davies", "Real Madrid", "interest")}


def test_a_quote_headline_keeps_the_news_before_its_colon(extractor: Extractor) -> None:
    chose = _claims(extractor, "Messi picks Inter Miami: 'I didn't want to go through that again'")
    assert _triples(chose) == {("Lionel Messi", "Inter Miami", "agreed")}
    quote_only = _claims(extractor, "Guardiola: 'I want to stay at Manchester City'")
    assert quote_only == []


def test_a_dismissed_link_or_a_contact_never_had_is_off(extractor: Extractor) -> None:
    link = _claims(extractor, "Daniel Farke dismisses Wolfsburg link")
    assert _triples(link) == {("Daniel Farke", "Wolfsburg", "off")}
    never = _claims(
        extractor,
        "Conte shuts the door on Milan",
        'Antonio Conte has dismissed the reports. "I have never had any contact with Milan," the coach said '
        "at an event in Lecce.",
    )
    assert _triples(never) == {("Antonio Conte", "AC Milan", "off")}


def test_the_manager_playing_down_a_link_is_not_the_one_moving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Rodgers on striker talk",
        "Brendan Rodgers has played down reports linking Celtic with Hearts striker Lawrence Shankland.",
    )
    assert _triples(claims) == {("Lawrence Shankland", "Celtic", "off")}


def test_a_person_s_franchise_is_his_club_not_a_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Messi decides", "Lionel Messi has opted for David Beckham's MLS franchise Inter Miami."
    )
    assert {c.person_id for c in claims} == {"lionel-messi"}


def test_the_club_negotiated_with_sent_an_offer_or_paid_sells(extractor: Extractor) -> None:
    negotiate = _claims(extractor, "Chelsea negotiate with Brighton over compensation for Roberto De Zerbi")
    assert _triples(negotiate) == {("Roberto De Zerbi", "Chelsea", "talks")}
    sent = _claims(extractor, "Barcelona send Manchester City a formal loan proposal for Joao Cancelo")
    assert _triples(sent) == {("João Cancelo", "Barcelona", "bid")}
    paid = _claims(
        extractor,
        "Benfica name new coach",
        "Bruno Lage takes over from Roger Schmidt, who joined Borussia Dortmund after Benfica received the "
        "release clause.",
    )
    assert not any(
        c.club_id == "benfica" and c.person_id == "roger-schmidt" and c.stage is not Stage.EXIT for c in paid
    )


def test_an_academy_player_of_a_club_comes_from_it(extractor: Extractor) -> None:
    claims = _claims(extractor, "Arsenal sign Chelsea academy winger Rio Ngumoha")
    assert _triples(claims) == {("Rio Ngumoha", "Arsenal", "done")}


def test_the_club_whose_relegation_triggers_a_clause_is_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liam Delap clause puts Chelsea on alert",
        "Ipswich's likely relegation would trigger a £30m release clause in the striker's contract.",
    )
    assert _triples(claims) == {("Liam Delap", "Chelsea", "interest")}


def test_a_manager_who_will_take_charge_of_a_club_is_agreed_a_game_is_not(extractor: Extractor) -> None:
    move = _claims(extractor, "Xabi Alonso to take over at Liverpool")
    assert _triples(move) == {("Xabi Alonso", "Liverpool", "agreed")}
    told = _claims(extractor, "Everton latest", "Roberto Martinez will take charge of Everton next week.")
    assert _triples(told) == {("Roberto Martínez", "Everton", "agreed")}
    game = _claims(
        extractor,
        "Arsenal preview",
        "Mikel Arteta will take charge of Arsenal for the 250th time on Saturday.",
    )
    assert game == []


def test_clubs_listed_after_against_are_all_opponents(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "United caretaker",
        "Ruud van Nistelrooy will remain in caretaker charge for the games against Chelsea, PAOK and "
        "Leicester City.",
    )
    assert claims == []


def test_a_player_wanted_by_a_club_is_the_mover_not_the_manager_named_after(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mbeumo latest",
        "Bryan Mbeumo is also wanted by Tottenham, where his former manager Thomas Frank is now in charge.",
    )
    assert _triples(claims) == {("Bryan Mbeumo", "Tottenham Hotspur", "interest")}


def test_games_appeals_and_playing_time_are_no_moves(extractor: Extractor) -> None:
    cup = _claims(extractor, "Postecoglou: Tottenham 'all in' for Europa League final bid")
    assert cup == []
    game = _claims(
        extractor, "Emery", "'We have to approach this game with belief,' Unai Emery said of Aston Villa."
    )
    assert game == []
    appeal = _claims(
        extractor,
        "Ban",
        "Real Madrid are considering an appeal, with Carlo Ancelotti backing Jude Bellingham.",
    )
    assert appeal == []
    minutes = _claims(
        extractor,
        "Palmer",
        "Cole Palmer wanted more regular football than Pep Guardiola could offer at Manchester City.",
    )
    assert minutes == []


def test_a_surname_after_a_sentence_opener_is_the_known_person(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Radu Dragusin: Tottenham agree deal with Genoa",
        "Bayern were prepared to match the fee. But Dragusin, who came through the youth system at Juventus, "
        "was keen on Napoli.",
    )
    assert {c.person_id for c in claims} == {"radu-dragusin"}
    persuaded = _claims(
        extractor, "Dragusin", "Radu Dragusin has been won over by Ange Postecoglou and is keen on Tottenham."
    )
    assert {c.person_id for c in persuaded} == {"radu-dragusin"}


def test_a_manager_named_where_he_is_in_charge_is_no_mover(extractor: Extractor) -> None:
    nunez = _claims(
        extractor,
        "Nunez latest",
        "Darwin Nunez is attracting interest from Al-Hilal, where Simone Inzaghi is now in charge.",
    )
    assert _triples(nunez) == {("Darwin Núñez", "Al-Hilal", "interest")}
    former = _claims(
        extractor,
        "Gyokeres latest",
        "Manchester United, where his former coach Ruben Amorim is in charge, decided against making "
        "an offer for Viktor Gyokeres.",
    )
    assert {c.person_id for c in former} == {"viktor-gyokeres"}


def test_each_player_a_club_wants_in_a_list_of_wants_is_a_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "United targets",
        "United are admirers of Everton centre-back Jarrad Branthwaite and have been tracking "
        "Bologna striker Joshua Zirkzee.",
    )
    assert {c.person_id for c in claims} == {"jarrad-branthwaite", "joshua-zirkzee"}


def test_preferred_options_top_of_lists_doors_shown_and_benches_kept(extractor: Extractor) -> None:
    option = _claims(extractor, "Milos Kerkez emerges as Liverpool's preferred left-back option")
    assert _triples(option) == {("Milos Kerkez", "Liverpool", "interest")}
    listed = _claims(
        extractor,
        "Juventus plans",
        "The Bianconeri director has put Teun Koopmeiners at the top of his list.",
    )
    assert _triples(listed) == {("Teun Koopmeiners", "Juventus", "interest")}
    door = _claims(
        extractor, "Birmingham", "Birmingham were sixth when John Eustace was shown the door on Monday."
    )
    assert _triples(door) == {("John Eustace", "Birmingham City", "exit")}
    bench = _claims(
        extractor, "Atlético", "Diego Pablo Simeone will continue on the Atlético bench until June 2027."
    )
    assert _triples(bench) == {("Diego Simeone", "Atletico Madrid", "stay")}


def test_the_club_offered_to_contacted_over_or_paid_holds_the_player(extractor: Extractor) -> None:
    offer = _claims(
        extractor,
        "PSG move",
        "Paris Saint-Germain have submitted an offer of around €65m plus bonuses to Eintracht Frankfurt for "
        "Randal Kolo Muani.",
    )
    assert _triples(offer) == {("Randal Kolo Muani", "Paris Saint-Germain", "bid")}
    contacted = _claims(
        extractor, "Erik ten Hag sacked by Manchester United; Sporting contacted over Ruben Amorim"
    )
    assert ("Ruben Amorim", "Sporting CP") not in {(p, c) for p, c, _s in _triples(contacted)}
    confirmed = _claims(
        extractor, "Sporting confirm Manchester United have paid Ruben Amorim's release clause"
    )
    assert _triples(confirmed) == {("Ruben Amorim", "Manchester United", "agreed")}


def test_injured_partnered_or_celebrating_players_are_no_movers(extractor: Extractor) -> None:
    injured = _claims(
        extractor,
        "Spurs table £55m offer for Eberechi Eze as Maddison blow forces their hand",
        "Tottenham have lodged an offer with Crystal Palace for Eberechi Eze, with James Maddison facing "
        "most of the season out after knee surgery.",
    )
    assert {c.person_id for c in injured} == {"eberechi-eze"}
    partner = _claims(extractor, "Barcelona want Nico Williams as the ideal partner for Lamine Yamal")
    assert {c.person_id for c in partner} == {"nico-williams"}
    role = _claims(
        extractor,
        "Liverpool",
        "At Anfield, Cody Gakpo is expected to take over the position under Arne Slot.",
    )
    assert role == []
    trophy = _claims(
        extractor, "Leverkusen champions", "Florian Wirtz joined team-mates in lifting the Meisterschale."
    )
    assert trophy == []


def test_birmingham_is_villa_when_the_item_names_villa_and_informed_clubs_sell(extractor: Extractor) -> None:
    villa = _claims(
        extractor,
        "Douglas Luiz to Juventus",
        "Total agreement between Juventus and Aston Villa for Douglas Luiz; in the opposite direction Enzo "
        "Barrenechea will move to Birmingham.",
    )
    assert ("Enzo Barrenechea", "Aston Villa", "agreed") in _triples(villa)
    city = _claims(extractor, "Birmingham sign Tommy Doyle")
    assert {c.club_id for c in city} == {"birmingham-city"}
    informed = _claims(
        extractor, "Kim Min-jae to Bayern, here we go", "Release clause triggered, Napoli informed."
    )
    assert _triples(informed) == {("Kim Min-jae", "Bayern Munich", "agreed")}


def test_a_headline_list_of_pursuits_after_as_is_a_clause_of_its_own() -> None:
    from feeds.sentences import split_clauses

    tpl = "⟦P1⟧ signs for ⟦C2⟧ as ⟦P3⟧ and ⟦P4⟧ pursuits continue"
    assert [tpl[a:b] for a, b in split_clauses(tpl)] == [
        "⟦P1⟧ signs for ⟦C2⟧",
        "⟦P3⟧ and ⟦P4⟧ pursuits continue",
    ]


def test_a_family_surname_reads_as_listed_and_no_intention_of_speaking_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mbappe refuses to meet Al-Hilal",
        "The France captain has no intention of speaking to the Saudi club, whose €300m offer PSG accepted.",
    )
    assert _triples(claims) == {("Kylian Mbappé", "Al-Hilal", "off")}


def test_a_club_legend_appointed_there_is_its_new_coach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Roma sack Mourinho, De Rossi takes over",
        "Giallorossi legend Daniele De Rossi has been appointed until the end of the season.",
    )
    assert ("Daniele De Rossi", "Roma", "done") in _triples(claims)


def test_a_player_wanting_out_is_at_the_headline_s_buyer_when_the_kb_places_him_elsewhere(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Napoli: Lukaku is official, McTominay agreement reached with United",
        "Victor Osimhen, meanwhile, remains out of the squad and still wants to leave.",
    )
    assert ("Victor Osimhen", "Napoli", "exit") in _triples(claims)


def test_the_departure_of_another_player_is_his_move_only(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal complete Mikel Merino signing from Real Sociedad",
        "At 28, he brings experience to the midfield following the departure of Emile Smith Rowe to Fulham.",
    )
    assert ("Mikel Merino", "Fulham") not in {(p, c) for p, c, _s in _triples(claims)}
    appointed = _claims(
        extractor,
        "Official: Ange Postecoglou appointed head coach",
        "Nottingham Forest confirm the appointment of Ange Postecoglou, following the departure of "
        "Nuno Espirito Santo.",
    )
    assert ("Ange Postecoglou", "Nottingham Forest", "done") in _triples(appointed)


def test_a_consequence_after_comma_so_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli target update",
        "Jonathan David was considered by Napoli but has chosen Juventus, so the club's attention has "
        "turned to Darwin Nunez.",
    )
    assert _triples(claims) >= {("Jonathan David", "Napoli", "off"), ("Jonathan David", "Juventus", "agreed")}
    assert ("Darwin Núñez", "Juventus") not in {(p, c) for p, c, _s in _triples(claims)}


def test_a_person_wanting_only_one_club_ends_the_others_moves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona make Joan Garcia signing official",
        "Arsenal had followed the keeper closely last season, but Joan Garcia only ever wanted Barcelona.",
    )
    assert ("Joan García", "Arsenal", "off") in _triples(claims)
    told = _claims(
        extractor,
        "Caicedo tells Liverpool he only wants Chelsea",
        "Brighton accepted the British-record fee from the Reds on Friday.",
    )
    assert _triples(told) >= {
        ("Moisés Caicedo", "Liverpool", "off"),
        ("Moisés Caicedo", "Chelsea", "interest"),
    }
    preferred = _claims(
        extractor,
        "Liverpool sign Hugo Ekitike",
        "Newcastle had also made an offer for Hugo Ekitike, but the Frenchman preferred Anfield.",
    )
    assert ("Hugo Ekitike", "Newcastle United", "off") in _triples(preferred)


def test_dropping_out_of_a_club_s_race_ends_the_move_there(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Julian Nagelsmann drops out of Chelsea manager race",
        "The 35-year-old had held two rounds of talks with the club's owners.",
    )
    assert ("Julian Nagelsmann", "Chelsea", "off") in _triples(claims)


def test_a_captaincy_or_a_national_squad_call_up_is_no_move(extractor: Extractor) -> None:
    captain = _claims(
        extractor,
        "Son Heung-min named new Tottenham captain",
        "Ange Postecoglou has appointed Son Heung-min as Tottenham's new club captain, with James Maddison "
        "and Cristian Romero named as vice-captains.",
    )
    squad = _claims(
        extractor,
        "Tuchel hands Lewis-Skelly and Burn first England call-ups",
        "Thomas Tuchel has named Myles Lewis-Skelly of the Gunners and the Magpies' Dan Burn in his first "
        "England squad for next week's World Cup qualifiers.",
    )
    assert captain == [] and squad == []


def test_people_who_rejected_approaches_and_talks_over_appointing_someone(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kompany set to become Bayern manager",
        "Bayern turned to the Belgian after Xabi Alonso, Julian Nagelsmann and Ralf Rangnick all rejected "
        "approaches to replace Thomas Tuchel.",
    )
    assert {("Xabi Alonso", "Bayern Munich", "off"), ("Ralf Rangnick", "Bayern Munich", "off")} <= _triples(
        claims
    )
    talks = _claims(
        extractor,
        "Man Utd in talks to appoint Ruben Amorim",
        "Manchester United are in talks with Sporting over appointing Ruben Amorim as their new head coach.",
    )
    assert ("Ruben Amorim", "Manchester United", "talks") in _triples(talks)


def test_years_since_a_move_is_a_retrospective(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Five years since Liverpool broke the bank for Virgil van Dijk",
        "Virgil van Dijk arrived from Southampton on January 1, 2018, for a world-record fee.",
    )
    assert claims == []


def test_a_player_sold_before_or_a_manager_quarrelled_with_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Hammers agree £38m fee with Ajax for Mohammed Kudus",
        "David Moyes has made the 23-year-old his top attacking target following the sale of Declan "
        "Rice. The Seagulls had also held talks with the Amsterdam club but pulled out after failing to "
        "agree a fee.",
    )
    assert _triples(claims) == {
        ("Mohammed Kudus", "West Ham United", "agreed"),
        ("Mohammed Kudus", "Brighton & Hove Albion", "off"),
    }
    row = _claims(
        extractor,
        "Jadon Sancho banished from Manchester United first-team facilities",
        "Jadon Sancho has been told to train away from the first-team squad at Carrington until his public "
        "row with Erik ten Hag is resolved.",
    )
    assert "Erik ten Hag" not in {p for p, _c, _s in _triples(row)}


def test_all_but_given_up_hope_of_a_renewal_is_one_clause_and_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Milan, occhi su Jonathan David",
        "I Rossoneri are keeping tabs on the Canadian, who will be a free agent this summer. Juventus and "
        "Napoli are also on alert, while Lille have all but given up hope of a renewal.",
    )
    assert _triples(claims) == {
        ("Jonathan David", "AC Milan", "interest"),
        ("Jonathan David", "Juventus", "interest"),
        ("Jonathan David", "Napoli", "interest"),
    }


def test_title_races_ambitions_conditions_and_focus_are_no_moves(extractor: Extractor) -> None:
    race = _claims(
        extractor,
        "Bukayo Saka commits future to Arsenal with new long-term deal",
        "Saka's renewal follows the new contract Gabriel Martinelli signed in January, as the Gunners tie "
        "down the core of the side that pushed Manchester City all the way for the title.",
    )
    assert {c for _p, c, _s in _triples(race)} == {"Arsenal"}
    quotes = _claims(
        extractor,
        "Marcus Rashford: 'I know I have to be better'",
        "'People can say what they want about me, I just focus on my football,' Marcus Rashford said of "
        "Manchester United's season. 'I want to win trophies with this club.'",
    )
    assert quotes == []
    terms = _claims(
        extractor,
        "Napoli close in on Antonio Conte",
        "Antonio Conte wants guarantees on Victor Osimhen's replacement and on keeping "
        "Khvicha Kvaratskhelia.",
    )
    assert "Khvicha Kvaratskhelia" not in {p for p, _c, _s in _triples(terms)}


def test_a_rival_courting_the_candidate_leaves_the_item_s_club_the_topic(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tuchel will leave Bayern in the summer",
        "Which brings us to the successor. Xabi Alonso is the dream solution for the sporting director, but "
        "Liverpool are also courting him. Zinedine Zidane has been considered too.",
    )
    assert _triples(claims) >= {
        ("Xabi Alonso", "Bayern Munich", "interest"),
        ("Xabi Alonso", "Liverpool", "interest"),
        ("Zinedine Zidane", "Bayern Munich", "interest"),
    }


def test_a_successor_named_gets_the_club_and_a_match_venue_is_no_club_left(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Laporta dismisses Xavi: Flick will be Barca's coach",
        "Barcelona confirmed the dismissal and said Xavi would take charge of Sunday's final match at "
        "Sevilla. His successor will be Hansi Flick.",
    )
    assert _triples(claims) >= {
        ("Hansi Flick", "Barcelona", "agreed"),
        ("Xavi Hernández", "Barcelona", "exit"),
    }
    assert "Sevilla" not in {c for _p, c, _s in _triples(claims)}


def test_he_told_to_a_manager_after_an_aside_is_the_player_who_told(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "West Ham accept Arsenal's offer for Declan Rice",
        "The 24-year-old told David Moyes after the victory over Fiorentina that he wanted to leave, and the "
        "West Ham board have now relented.",
    )
    assert "David Moyes" not in {p for p, _c, _s in _triples(claims)}
    assert ("Declan Rice", "West Ham United", "exit") in _triples(claims)


def test_a_stay_someone_else_hopes_to_convince_him_of_ends_no_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Conte is Napoli's new coach",
        "Giovanni Di Lorenzo's agent said last week that the relationship with Napoli had broken down, and "
        "Juventus are watching. Conte intends to speak with the full-back personally to convince him to "
        "stay.",
    )
    assert ("Giovanni Di Lorenzo", "Juventus", "interest") in _triples(claims)


def test_the_club_of_his_contract_sells_and_a_club_s_video_releases_nobody(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Neymar, the signing of the century",
        "Paris Saint-Germain officially announced the signing of Neymar on Thursday evening, after the "
        "Brazilian's lawyers paid the €222m release clause in his contract with Barcelona. The 25-year-old "
        "has signed a five-year contract and will be presented at the Parc des Princes on Friday. In a video "
        "released by the club, Neymar said he had come to Paris to win titles.",
    )
    assert _triples(claims) == {("Neymar", "Paris Saint-Germain", "done")}


def test_of_two_clubs_agreeing_the_buyer_is_the_person_s_own_destination_first(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lukaku in London, Dzeko ready for Inter",
        "Romelu Lukaku landed in London on Sunday to complete his return to Chelsea. Inter and the English "
        "club reached an agreement worth €115m last week, and the Belgian striker will undergo a medical on "
        "Monday.\n\nLukaku, who scored 24 league goals as Antonio Conte's Inter won the Scudetto last "
        "season, had arrived at San Siro from Manchester United in 2019.\n\nInter are also looking at "
        "Lazio's Joaquin Correa, an old favourite of Inzaghi, as a second striker.",
    )
    assert ("Romelu Lukaku", "Chelsea", "agreed") in _triples(claims)
    assert ("Romelu Lukaku", "Inter Milan") not in {(p, c) for p, c, _s in _triples(claims)}


def test_the_player_a_club_found_or_signed_as_their_goalkeeper_is_not_theirs_yet(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Kepa chooses Madrid: agreement with Chelsea for a season-long loan",
        "Real Madrid have found their goalkeeper. The club have reached an agreement with Chelsea for the "
        "loan of Kepa Arrizabalaga, and the Basque will undergo his medical at Valdebebas on Monday.",
    )
    assert ("Kepa Arrizabalaga", "Real Madrid", "agreed") in _triples(claims)


def test_an_age_reference_skips_the_person_the_item_gave_another_age(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Giroud set for MLS as Milan plan for life without the veteran striker",
        "Olivier Giroud has agreed to join Los Angeles FC at the end of the season. The 37-year-old had "
        "been offered a one-year extension by the Rossoneri. Milan have identified Bologna's Joshua Zirkzee "
        "as the priority. The 22-year-old has a €40m release clause, but Manchester United and Arsenal are "
        "also monitoring him closely.",
    )
    assert ("Joshua Zirkzee", "Arsenal", "interest") in _triples(claims)
    assert ("Olivier Giroud", "Arsenal") not in {(p, c) for p, c, _s in _triples(claims)}


def test_the_club_is_the_most_named_not_the_most_referred_to_by_pronouns(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "The Rossoneri complete Morata signing, Fofana talks continue",
        "The Rossoneri have completed the signing of Alvaro Morata from Atletico Madrid. The 31-year-old "
        "leaves Los Colchoneros after helping them back into the Champions League last season. Paulo Fonseca "
        "also wants a holding midfielder, and the club are in talks with Monaco over Youssouf Fofana.",
    )
    assert ("Youssouf Fofana", "AC Milan", "talks") in _triples(claims)
    assert ("Youssouf Fofana", "Atletico Madrid") not in {(p, c) for p, c, _s in _triples(claims)}


def test_der_rekordmeister_is_bayern_and_the_swabians_stuttgart(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Der Rekordmeister trigger Ito clause as the Swabians lose their defence",
        "At least the Swabians will keep their coach: Sebastian Hoeness turned down Der Rekordmeister in "
        "April and extended his contract until 2027.",
    )
    assert ("Sebastian Hoeneß", "Bayern Munich", "off") in _triples(claims)


def test_a_club_stepping_aside_is_off_a_manager_stepping_aside_leaves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Leny Yoro chooses Manchester United, Real Madrid step aside",
        "Leny Yoro will join Manchester United.",
    )
    assert _triples(claims) == {
        ("Leny Yoro", "Manchester United", "agreed"),
        ("Leny Yoro", "Real Madrid", "off"),
    }
    rival = _claims(
        extractor,
        "Inter step aside for Jonathan David, Juventus keep in contact",
        "Juventus remain in contact with his agents.",
    )
    assert ("Jonathan David", "Inter Milan", "off") in _triples(rival)
    assert ("Jonathan David", "Juventus", "off") not in _triples(rival)
    away = _claims(
        extractor,
        "Manchester United complete Leny Yoro signing from Lille",
        "Real Madrid had been Yoro's preferred destination, but the Spanish club refused to go above €50m "
        "and stepped away once United's offer was accepted.",
    )
    assert ("Leny Yoro", "Real Madrid", "off") in _triples(away)
    manager = _claims(
        extractor,
        "Liverpool confirm Jurgen Klopp will step aside",
        "The German announced the decision on Friday.",
    )
    assert _triples(manager) == {("Jürgen Klopp", "Liverpool", "exit")}


def test_an_ended_loan_and_a_club_not_counting_on_him_are_exits(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "João Félix's Barcelona loan ends: Atlético will not count on him",
        "The Portuguese forward's season-long loan expired with the final round of LaLiga.",
    )
    assert _triples(claims) == {
        ("João Félix", "Barcelona", "exit"),
        ("João Félix", "Atletico Madrid", "exit"),
    }


def test_in_touch_turning_to_and_high_on_their_list(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kevin De Bruyne to leave Manchester City at end of season",
        "MLS side San Diego FC hold his rights in the United States and have been in touch with his "
        "representatives. Manchester City are now expected to turn to Anderlecht's Sergio Gomez.",
    )
    assert _triples(claims) >= {
        ("Kevin De Bruyne", "San Diego FC", "approach"),
        ("Sergio Gómez", "Manchester City", "interest"),
    }
    listed = _claims(
        extractor,
        "Jurgen Klopp to leave Liverpool at the end of the season",
        "The club will now begin the search for a successor, with Xabi Alonso expected to be high on their "
        "list.",
    )
    assert ("Xabi Alonso", "Liverpool", "interest") in _triples(listed)


def test_a_club_where_he_sees_no_future_and_a_quoted_choice_are_no_moves_there(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Marcus Rashford snubs AC Milan as Man Utd outcast holds out for Barcelona move",
        "Milan had held talks with United over a loan deal for the 27-year-old, but Rashford told the "
        "Rossoneri he did not see his future at San Siro. Borussia Dortmund have also made an enquiry "
        "about a loan.\n\nAsked about Rashford on Sunday, Amorim said: 'It is the same reason. It is my "
        "choice. I want to see the best Marcus.'",
    )
    assert _triples(claims) >= {
        ("Marcus Rashford", "AC Milan", "off"),
        ("Marcus Rashford", "Borussia Dortmund", "approach"),
    }


def test_a_bare_surname_is_the_one_the_item_named_in_full_not_a_namesake(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea chief meets Cristiano Ronaldo's agent as Man Utd ace pushes for exit",
        "Chelsea owner Todd Boehly has met Cristiano Ronaldo's agent Jorge Mendes to discuss a move to "
        "Stamford Bridge. The American sat down with Mendes in Lisbon last week after the Portuguese "
        "superstar told Manchester United he wants to leave this summer.",
    )
    assert "Nuno Mendes" not in {p for p, _c, _s in _triples(claims)}


def test_an_age_reference_among_managers_is_the_one_just_talked_about(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United sack Erik ten Hag",
        "Manchester United have sacked Erik ten Hag after a defeat at West Ham. Ten Hag's assistant will "
        "take charge for now. Sporting Lisbon's Ruben Amorim has emerged as the leading candidate to take "
        "the job permanently. United have made contact with the 39-year-old's representatives.",
    )
    assert _triples(claims) >= {
        ("Erik ten Hag", "Manchester United", "exit"),
        ("Ruben Amorim", "Manchester United", "approach"),
    }


def test_the_one_who_confirmed_an_appointment_is_not_the_one_appointed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Conte is Napoli's new coach",
        "It is official: Antonio Conte is the new coach of Napoli. Aurelio De Laurentiis confirmed the "
        "appointment on Wednesday afternoon.",
    )
    assert _triples(claims) == {("Antonio Conte", "Napoli", "done")}


def test_a_signing_told_in_a_relative_clause_over_the_weekend_is_news(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Neymar completes move to Saudi club Al Hilal from PSG",
        "PSG, who signed Ousmane Dembele from Barcelona over the weekend, are pushing to bring in another "
        "forward.",
    )
    assert ("Ousmane Dembélé", "Paris Saint-Germain", "done") in _triples(claims)


def test_a_coach_speaking_for_his_club_is_no_mover_and_not_in_a_position_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Neymar completes move to Saudi club Al Hilal from PSG",
        "Barcelona had been sounded out about a return earlier this month, but coach Xavi said the Catalan "
        "club was not in a position to bring him back.",
    )
    assert _triples(claims) == {("Neymar", "Al-Hilal", "done"), ("Neymar", "Barcelona", "off")}


def test_a_bare_given_name_or_a_city_is_no_player_of_that_surname(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG reject Real Madrid's €160m offer for Kylian Mbappé",
        "Paris Saint-Germain have rejected the first official offer from Real Madrid for Kylian Mbappé. "
        "Leonardo considers the amount insufficient. The striker lifted a trophy in Baku last season.",
    )
    assert {p for p, _c, _s in _triples(claims)} == {"Kylian Mbappé"}


def test_no_stay_at_the_headline_club_that_gave_up_on_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barça throw in the towel: Neymar will not return this summer",
        "FC Barcelona have given up on bringing Neymar back to the Camp Nou. The Brazilian, who had made "
        "clear he wanted to come home, will remain in Paris for now.",
    )
    assert _triples(claims) == {("Neymar", "Barcelona", "off")}


def test_the_club_whose_deal_is_hijacked_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea hijack Liverpool's move for Moises Caicedo",
        "Liverpool had agreed a fee with Brighton for the midfielder.",
    )
    assert ("Moisés Caicedo", "Liverpool", "off") in _triples(claims)
    assert ("Moisés Caicedo", "Chelsea", "interest") in _triples(claims)
    gazumped = _claims(
        extractor, "Chelsea sign Mykhailo Mudryk from Shakhtar Donetsk, gazumping Arsenal for the winger"
    )
    assert ("Mykhailo Mudryk", "Arsenal", "off") in _triples(gazumped)


def test_a_youth_career_at_a_club_is_a_past_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Eberechi Eze chooses Arsenal",
        "Eze, who spent part of his youth career at Arsenal before being released, has agreed personal terms "
        "with the Gunners.",
    )
    assert _triples(claims) == {("Eberechi Eze", "Arsenal", "agreed")}


def test_a_noun_cue_takes_the_verb_that_ends_it_and_terms_on_offer_are_no_bid(extractor: Extractor) -> None:
    claims = _claims(extractor, "Jadon Sancho stays at Manchester United: Juventus talks dead")
    assert ("Jadon Sancho", "Juventus", "off") in _triples(claims)
    ended = _claims(
        extractor,
        "Paulo Dybala stays at Roma",
        "Dybala's entourage refused the salary on offer at Aston Villa and the English club ended the "
        "negotiation.",
    )
    assert ("Paulo Dybala", "Aston Villa", "off") in _triples(ended)


def test_the_club_told_he_is_not_for_sale_is_the_bidder(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham knock back Bayern Munich's £80m move for Harry Kane",
        "Ange Postecoglou's side have told the German champions the England captain is not for sale despite "
        "a formal offer arriving on Thursday.",
    )
    assert _triples(claims) == {("Harry Kane", "Bayern Munich", "bid")}


def test_a_headline_pairing_a_club_and_a_manager_gives_his_talks_their_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Roma, Friedkin and Mancini working on the last details",
        "Dan Friedkin is negotiating with Roberto Mancini over a two-year contract.",
    )
    assert _triples(claims) == {("Roberto Mancini", "Roma", "talks")}


def test_a_coach_again_is_done_and_players_he_wants_kept_are_no_movers(extractor: Extractor) -> None:
    again = _claims(extractor, "Claudio Ranieri returns: the 73-year-old is Roma's coach again")
    assert _triples(again) == {("Claudio Ranieri", "Roma", "done")}
    kept = _claims(
        extractor,
        "Napoli in talks with Antonio Conte",
        "Conte wants Giovanni Di Lorenzo and Khvicha Kvaratskhelia to be kept.",
    )
    assert _triples(kept) == {("Antonio Conte", "Napoli", "talks")}


def test_a_nickname_of_two_named_clubs_takes_its_usual_reading(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Everton knock back Chelsea for Jarrad Branthwaite",
        "The Blues offered £50m for the defender.",
    )
    assert _triples(claims) == {("Jarrad Branthwaite", "Chelsea", "bid")}


def test_their_manager_after_permission_for_a_club_is_the_subject_clubs(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ipswich turn down Chelsea approach for Kieran McKenna",
        "Ipswich have refused permission for the Blues to speak to their manager.",
    )
    assert _triples(claims) == {("Kieran McKenna", "Chelsea", "approach")}


def test_the_wolves_of_an_item_about_wolfsburg_are_wolfsburg(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Wolfsburg appoint Paul Simonis",
        "He succeeds Ralph Hasenhuttl, who was dismissed in May with the Wolves sliding down the table.",
    )
    assert ("Ralph Hasenhüttl", "Wolfsburg", "exit") in _triples(claims)


def test_the_party_another_sentence_names_as_his_destination_buys(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Brighton agree £30m fee with Fulham for Evan Ferguson",
        "The striker still needs to agree personal terms before completing the switch to Craven Cottage.",
    )
    assert _triples(claims) == {("Evan Ferguson", "Fulham", "agreed")}


def test_a_manager_telling_a_player_he_may_leave_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal transfer news",
        "Mikel Arteta has told Kieran Tierney he is free to find a new club before the deadline.",
    )
    assert _triples(claims) == {("Kieran Tierney", "Arsenal", "exit")}


def test_a_club_that_opens_by_sacking_him_wants_no_one_but_his_successor(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Leicester sack Steve Cooper",
        "Leicester City dismissed Cooper on Sunday, and the Foxes are now considering several candidates"
        " to replace him.",
    )
    assert _triples(claims) == {("Steve Cooper", "Leicester City", "exit")}


def test_staying_until_a_move_agreed_elsewhere_is_no_stay(extractor: Extractor) -> None:
    later = _claims(
        extractor,
        "Real Madrid agree deal for Endrick",
        "The teenager will stay at Palmeiras until July 2024, when he turns 18.",
    )
    assert _triples(later) == {("Endrick", "Real Madrid", "agreed")}
    rest = _claims(
        extractor,
        "Marc Guehi agrees to join Liverpool in the summer",
        "The defender will remain with Crystal Palace for the rest of the season.",
    )
    assert _triples(rest) == {("Marc Guéhi", "Liverpool", "agreed")}
    # a stay that ends the move stays
    stays = _claims(
        extractor,
        "Marc Guehi stays at Crystal Palace",
        "The defender has turned down Liverpool and will remain with Crystal Palace until 2027.",
    )
    assert ("Marc Guéhi", "Crystal Palace", "stay") in _triples(stays)


def test_a_renewal_refused_is_an_exit(extractor: Extractor) -> None:
    wont = _claims(
        extractor,
        "Milan news",
        "Theo Hernandez will not renew at AC Milan, whose offer he has found too low.",
    )
    assert _triples(wont) == {("Theo Hernández", "AC Milan", "exit")}
    refused = _claims(extractor, "Everton's Amadou Onana rejected every extension offered by the club")
    assert _triples(refused) == {("Amadou Onana", "Everton", "exit")}


def test_a_stay_told_as_done_in_the_interests_own_sentence_ends_it(extractor: Extractor) -> None:
    renewed = _claims(
        extractor,
        "Chelsea appoint Enzo Maresca",
        "Marco Silva had also been considered, but the Fulham manager has since extended his contract at"
        " Craven Cottage.",
    )
    assert ("Marco Silva", "Chelsea", "off") in _triples(renewed)
    # only forecast, the interest stands (claims.md)
    expected = _claims(
        extractor,
        "Chelsea appoint Enzo Maresca",
        "Marco Silva had also been considered, but the Fulham manager is expected to stay at Craven Cottage.",
    )
    assert ("Marco Silva", "Chelsea", "interest") in _triples(expected)


def test_a_managers_side_ending_interest_and_a_player_saying_no_are_off(extractor: Extractor) -> None:
    side = _claims(
        extractor,
        "Napoli complete Scott McTominay signing",
        "McTominay was a target for Tottenham in July, but Ange Postecoglou's side ended their interest.",
    )
    assert ("Scott McTominay", "Tottenham Hotspur", "off") in _triples(side)
    said_no = _claims(
        extractor,
        "Chelsea agree Joao Pedro deal",
        "Newcastle had held talks over the Brazilian, but he has since said no to Newcastle.",
    )
    assert ("João Pedro", "Newcastle United", "off") in _triples(said_no)
    # a seller saying no to a buyer is no end of the buyer's move
    seller = _claims(extractor, "Benfica have said no to Chelsea's offer for Enzo Fernandez")
    assert _triples(seller) == {("Enzo Fernández", "Chelsea", "bid")}


def test_he_after_a_managers_club_is_not_the_manager(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham's pursuit of Jonathan David is over",
        "The Canada striker has informed Ange Postecoglou's club that he has no intention of leaving Lille.",
    )
    assert {c.person for c in claims} == {"Jonathan David"}
    assert ("Jonathan David", "Lille", "stay") in _triples(claims)


def test_the_club_he_arrived_from_is_not_the_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Wolves sack Gary O'Neil",
        "Wolves have dismissed O'Neil after a run of one win in ten. The 41-year-old arrived from Bournemouth"
        " in August after the club parted company with Julen Lopetegui.",
    )
    assert ("Julen Lopetegui", "Wolverhampton Wanderers", "exit") in _triples(claims)
    assert not any(c.club == "Bournemouth" for c in claims)


def test_the_arrival_of_a_sacked_manager_is_background(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Wolves sack Gary O'Neil",
        "Wolves have dismissed O'Neil after a run of one win in ten. He arrived from Bournemouth in August.",
    )
    assert _triples(claims) == {("Gary O'Neil", "Wolverhampton Wanderers", "exit")}


def test_a_deal_agreed_to_re_sign_is_agreed(extractor: Extractor) -> None:
    claims = _claims(extractor, "Benfica agree deal to re-sign Joao Felix from Chelsea")
    assert _triples(claims) == {("João Félix", "Benfica", "agreed")}


def test_a_u_turn_told_as_the_past_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern dismiss Thomas Tuchel weeks after his U-turn to stay",
        "Bayern Munich have dismissed Tuchel, despite the coach's U-turn in April.",
    )
    assert _triples(claims) == {("Thomas Tuchel", "Bayern Munich", "exit")}
    # a U-turn that is the news still is a stay
    news = _claims(extractor, "Thomas Tuchel in U-turn to stay at Bayern Munich")
    assert _triples(news) == {("Thomas Tuchel", "Bayern Munich", "stay")}


def test_an_extension_he_had_been_handed_before_the_sacking_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Roma news",
        "Roma have sacked Ivan Juric after eight games. The Croatian had been handed a one-year extension in"
        " the summer.",
    )
    assert _triples(claims) == {("Ivan Jurić", "Roma", "exit")}


def test_a_club_deciding_not_to_offer_a_new_contract_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool news",
        "Liverpool have opted not to offer Andrew Robertson a new contract this summer.",
    )
    assert _triples(claims) == {("Andrew Robertson", "Liverpool", "exit")}


def test_personal_terms_agreed_in_principle_and_a_deal_still_to_get_done_are_talks(
    extractor: Extractor,
) -> None:
    terms = _claims(
        extractor,
        "Arsenal have reached an agreement in principle with Martin Zubimendi over personal terms.",
    )
    assert _triples(terms) == {("Martín Zubimendi", "Arsenal", "talks")}
    goal = _claims(
        extractor,
        "Liverpool in talks with Leverkusen over Florian Wirtz",
        "The club are prepared to break their transfer record to get the deal done.",
    )
    assert _triples(goal) == {("Florian Wirtz", "Liverpool", "talks")}


def test_a_second_players_talks_after_as_are_his_own_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Juventus agree Douglas Luiz fee with Aston Villa as Teun Koopmeiners talks drag on"
    )
    stages_of = {c.person: c.stage.value for c in claims}
    assert stages_of["Douglas Luiz"] == "agreed" and stages_of["Teun Koopmeiners"] == "talks"


def test_a_newcomer_who_leaves_anothers_future_in_doubt_is_no_leaver(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea sign Robert Sanchez",
        "Chelsea have signed Robert Sanchez from Brighton. The goalkeeper's arrival leaves Kepa"
        " Arrizabalaga's future at the club in serious doubt.",
    )
    assert ("Robert Sánchez", "Chelsea", "done") in _triples(claims)
    assert ("Kepa Arrizabalaga", "Chelsea", "exit") in _triples(claims)
    assert not any(c.person == "Robert Sánchez" and c.stage is Stage.EXIT for c in claims)


def test_a_coach_asking_his_own_board_is_interest_not_contact(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona weigh up move for Adama Traore",
        "Xavi has asked the club's board to explore a deal for the Spain winger.",
    )
    assert ("Adama Traoré", "Barcelona", "interest") in _triples(claims)
    contact = _claims(extractor, "Barcelona have asked Wolves about Adama Traore")
    assert ("Adama Traoré", "Barcelona", "approach") in _triples(contact)


def test_a_manager_only_admiring_at_a_club_signing_players_is_its_coach(extractor: Extractor) -> None:
    # the knowledge base has him elsewhere now; the item is an older story of his club's signing
    coach = _claims(
        extractor,
        "Chelsea agree fee for Enzo Fernandez",
        "Mauricio Pochettino has long admired the Argentine and sees him as the heart of his midfield.",
    )
    assert _triples(coach) == {("Enzo Fernández", "Chelsea", "agreed")}
    eyes = _claims(extractor, "Chelsea close in on Enzo Fernandez as Pochettino eyes midfield overhaul")
    assert _triples(eyes) == {("Enzo Fernández", "Chelsea", "agreed")}


def test_managers_weighed_up_while_the_bench_is_in_question_are_candidates(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham sign Kevin Danso from Lens",
        "Tottenham have been weighing up Andoni Iraola and Thomas Frank as Ange Postecoglou comes under"
        " pressure.",
    )
    assert _triples(claims) == {
        ("Kevin Danso", "Tottenham Hotspur", "done"),
        ("Andoni Iraola", "Tottenham Hotspur", "interest"),
        ("Thomas Frank", "Tottenham Hotspur", "interest"),
        ("Ange Postecoglou", "Tottenham Hotspur", "exit"),
    }
    headline = _claims(extractor, "Leicester sack Steve Cooper and weigh up Ruud van Nistelrooy")
    assert _triples(headline) == {
        ("Steve Cooper", "Leicester City", "exit"),
        ("Ruud van Nistelrooy", "Leicester City", "interest"),
    }


def test_a_description_of_the_newcomer_is_not_the_incumbent_he_would_join(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern target Florian Wirtz",
        "Vincent Kompany wants a partner for Jamal Musiala and sees the Leverkusen playmaker as ideal.",
    )
    assert {c.person for c in claims} == {"Florian Wirtz"}


def test_a_club_moving_to_a_new_stadium_is_no_transfer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Everton news",
        "Dwight McNeil scored in the last game at Goodison before the move to the new stadium at"
        " Bramley-Moore Dock.",
    )
    assert claims == []


def test_a_side_chasing_a_trophy_chases_no_player(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Saka fit for the final",
        "Bukayo Saka trained on Friday and should start for Arsenal against a Chelsea side chasing the second"
        " leg of a double.",
    )
    assert claims == []


def test_the_player_a_signing_would_back_up_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal transfer plans",
        "Next on Arsenal's list is a goalkeeper to compete with David Raya, and a striker to back up Viktor"
        " Gyokeres.",
    )
    assert claims == []


def test_the_club_he_negotiated_personal_terms_with_was_a_suitor(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Joao Pedro chooses Chelsea",
        "The Brazilian had held talks with Newcastle over personal terms, but Chelsea convinced him.",
    )
    assert ("João Pedro", "Newcastle United", "off") in _triples(claims)


def test_a_player_sold_to_or_signed_from_a_club_is_done(extractor: Extractor) -> None:
    sold = _claims(extractor, "Newcastle window review", "Yankuba Minteh was sold to Brighton for £30m.")
    assert _triples(sold) == {("Yankuba Minteh", "Brighton & Hove Albion", "done")}
    signed = _claims(
        extractor,
        "Newcastle window review",
        "Newcastle United were busy. William Osula was signed from Sheffield United late on Friday.",
    )
    assert _triples(signed) == {("William Osula", "Newcastle United", "done")}


def test_a_player_moving_the_other_way_as_part_of_the_deal_shares_its_stage(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Everton window review",
        "Dwight McNeil joined Everton from Burnley, with Nathan Patterson moving to Turf Moor as part of the"
        " deal.",
    )
    assert ("Nathan Patterson", "Burnley", "done") in _triples(claims)


def test_regions_name_their_clubs(extractor: Extractor) -> None:
    claims = _claims(extractor, "Jacob Murphy completes move to Tyneside")
    assert _triples(claims) == {("Jacob Murphy", "Newcastle United", "done")}


def test_a_sounding_out_ended_by_his_refusal_to_leave_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona appoint Hansi Flick",
        "Deco had also sounded out Unai Emery's entourage, but the Aston Villa manager made it clear he has"
        " no intention of leaving Birmingham.",
    )
    assert ("Unai Emery", "Barcelona", "off") in _triples(claims)


def test_never_contacted_is_a_denial(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United news",
        "Thomas Tuchel was never contacted by United: no talks, no approach.",
    )
    assert _triples(claims) == {("Thomas Tuchel", "Manchester United", "off")}


def test_saying_no_to_a_club_despite_its_bid_rejects_no_bid_of_the_chosen_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Here we go! Declan Rice to Arsenal, club-record deal agreed with West Ham",
        "Medical booked. Rice wanted Arsenal and said no to Manchester City despite their bid being"
        " accepted.",
    )
    assert ("Declan Rice", "Arsenal", "agreed") in _triples(claims)


def test_a_surname_namesakes_share_means_the_one_the_news_means(extractor: Extractor) -> None:
    bare = _claims(extractor, "Official: Ancelotti renews with Real Madrid until 2026")
    assert _triples(bare) == {("Carlo Ancelotti", "Real Madrid", "stay")}
    # the namesake named in full is himself
    named = _claims(extractor, "Botafogo appoint Davide Ancelotti as head coach")
    assert _triples(named) == {("Davide Ancelotti", "Botafogo", "done")}


def test_his_last_season_still_to_play_at_a_club_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Liverpool news", "Jurgen Klopp said this will be his last campaign at Anfield."
    )
    assert _triples(claims) == {("Jürgen Klopp", "Liverpool", "exit")}


def test_a_loan_recalled_is_a_return_done(extractor: Extractor) -> None:
    claims = _claims(extractor, "Arsenal recall Ethan Nwaneri from Marseille loan")
    assert _triples(claims) == {("Ethan Nwaneri", "Arsenal", "done")}


def test_a_move_on_the_pitch_is_no_transfer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Saka signs shirt for young fan after Brentford win",
        "Bukayo Saka scored twice against the promoted side and called the first goal 'a lovely move from"
        " Martin'.",
    )
    assert claims == []


def test_a_coach_bowing_out_leaves_and_one_announced_as_head_coach_arrives(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Flick heads back to Bayern as Nagelsmann bows out",
        "Bayern Munich have announced Hansi Flick as head coach on a two-year contract.",
    )
    assert _triples(claims) == {
        ("Hansi Flick", "Bayern Munich", "done"),
        ("Julian Nagelsmann", "Bayern Munich", "exit"),
    }
    race = _claims(extractor, "Arsenal bow out of the race for Benjamin Sesko")
    assert _triples(race) == {("Benjamin Šeško", "Arsenal", "off")}


def test_the_end_of_a_club_name_the_kb_lacks_is_no_other_club(extractor: Extractor) -> None:
    # "Town" alone is Ipswich (or Luton); "Mansfield Town" is neither
    assert _claims(extractor, "Mansfield Town sack Nigel Clough") == []
    assert _triples(_claims(extractor, "Town sack Kieran McKenna")) == {
        ("Kieran McKenna", "Ipswich Town", "exit")
    }
    # a possessive before it is no club name: "Sancho's United future"
    own = _claims(extractor, "Sancho's United future in serious doubt after clash with his manager")
    assert ("Jadon Sancho", "Manchester United", "exit") in _triples(own)


def test_a_description_of_the_new_club_is_none_of_his_past_ones(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Maurizio Sarri named Lazio head coach",
        "The former Napoli, Chelsea and Juventus boss has signed with the Serie A side until 2027.",
    )
    assert not any(c.club in ("Juventus", "Napoli", "Chelsea") and c.stage is Stage.DONE for c in claims)
    assert ("Maurizio Sarri", "Lazio", "done") in _triples(claims)


def test_a_head_coach_of_recent_seasons_is_known_by_name(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter Miami names Javier Mascherano head coach",
        "Mascherano replaces Tata Martino, who stepped down last week for personal reasons.",
    )
    assert ("Gerardo Martino", "Inter Miami", "exit") in _triples(claims)


def test_the_man_a_club_names_a_successor_for_was_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Saints name Ivan Juric as Russell Martin's successor",
        "Martin was dismissed on Sunday, and the Croatian, who left Roma in November, takes charge for"
        " Saturday's game.",
    )
    assert ("Russell Martin", "Southampton", "exit") in _triples(claims)
    assert ("Russell Martin", "Roma", "exit") not in _triples(claims)


def test_match_talk_and_tactics_are_no_moves(extractor: Extractor) -> None:
    tactics = _claims(
        extractor,
        "How Postecoglou's Tottenham work",
        "Instead the full-backs move inside alongside Yves Bissouma, and Son Heung-min and Dejan Kulusevski"
        " stay wide.",
    )
    assert not any(c.stage is Stage.INTEREST for c in tactics)
    asked = _claims(
        extractor,
        "Guardiola previews Real Madrid",
        "He was also asked about Carlo Ancelotti's suggestion that Madrid would not sit back. Rodri watched"
        " training from the sidelines.",
    )
    assert asked == []
    light = _claims(
        extractor,
        "Deadline day explained",
        "Arsenal expect to be busy, with Mikel Arteta admitting that injuries to Bukayo Saka had left his"
        ' squad "light" in attack.',
    )
    assert light == []


def test_drifting_left_is_a_direction_not_a_leaving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "How Arsenal attack",
        "Bukayo Saka drifts left to overload the other flank, and his combination play with Odegaard has"
        " produced four goals.",
    )
    assert claims == []


def test_a_coachs_approach_and_his_sides_style_are_no_moves(extractor: Extractor) -> None:
    for title, summary in [
        ("Arne Slot explains his approach to the final Goodison derby", ""),
        ("Postecoglou refuses to change approach after City defeat ends top-four hopes", ""),
        (
            "Emery on Bayern",
            "The Aston Villa head coach said his side would need to stay compact and be brave.",
        ),
        (
            "Galatasaray news",
            "Okan Buruk is expected to hand Victor Osimhen his first derby start at the weekend.",
        ),
    ]:
        assert _claims(extractor, title, summary) == [], title


def test_a_competition_won_is_no_competition_for_a_player(extractor: Extractor) -> None:
    final = _claims(
        extractor,
        "Real Madrid win the Champions League",
        "Madrid took the lead when Carvajal headed in. Carlo Ancelotti, already the most successful coach in"
        " the competition's history, won it for a fifth time, while Carvajal and Kroos each collected a sixth"
        " winners' medal.",
    )
    assert final == []
    rivals = _claims(extractor, "Arsenal face competition from Chelsea for Benjamin Sesko")
    assert ("Benjamin Šeško", "Chelsea", "interest") in _triples(rivals)


def test_coaches_out_of_work_and_a_board_weighing_a_change_are_no_moves(extractor: Extractor) -> None:
    waiting = _claims(
        extractor,
        "Sack race",
        "Erik ten Hag and Xavi are both out of work and waiting for the phone to ring.",
    )
    assert waiting == []
    change = _claims(
        extractor,
        "Sack race",
        "Ange Postecoglou has his critics, but there is no suggestion Tottenham are considering a change.",
    )
    assert not any(c.stage is Stage.INTEREST for c in change)


def test_should_he_leave_is_a_condition_not_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Howe news",
        "Newcastle boss Eddie Howe is not interested in the England job should Gareth Southgate leave after"
        " the Euros.",
    )
    assert not any(c.stage is Stage.EXIT for c in claims)


def test_a_return_or_arrival_told_as_finalised_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "In England, Cristiano Ronaldo's return to Manchester United was finalised on Tuesday after the"
        " Portugal captain passed his medical.",
    )
    assert ("Cristiano Ronaldo", "Manchester United", "done") in _triples(claims)


def test_a_club_that_sold_one_player_and_brought_in_another(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Barcelona, who needed to cut their wage bill, also sold Emerson Royal to Tottenham for around €25m,"
        " and brought in Luuk de Jong on loan from Sevilla to give Ronald Koeman a physical presence.",
    )
    assert _triples(claims) == {
        ("Emerson Royal", "Tottenham Hotspur", "done"),
        ("Luuk de Jong", "Barcelona", "done"),
    }
    assert {c.person: c.from_club for c in claims}["Emerson Royal"] == "Barcelona"


def test_a_sale_told_as_the_background_is_no_news(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "The new coach will have to deal with the fallout of a summer in which Benfica sold Joao Neves to"
        " Paris Saint-Germain.",
    )
    assert claims == []


def test_an_inverted_unknown_mover_and_a_player_taken_back(extractor: Extractor) -> None:
    other_way = _claims(
        extractor,
        "Deadline day",
        "Going the other way out of the Wanda Metropolitano was Jorge Resurreccion, who joined Chelsea on a"
        " season-long loan.",
    )
    # (a name the knowledge base lacks: Saul Niguez is known since the players of 2019-25 were added)
    assert ("Jorge Resurreccion", "Chelsea", "done") in _triples(other_way)
    back = _claims(
        extractor,
        "Deadline day",
        "Juventus quickly moved to fill the hole, taking Moise Kean back from Everton on a two-year loan.",
    )
    assert ("Moise Kean", "Juventus", "done") in _triples(back)


def test_a_coach_pushing_for_a_signing_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs sign Johnson",
        "Ange Postecoglou had been pushing for another wide forward, and Spurs finally got their man after a"
        " week of negotiations with Forest.",
    )
    assert not any(c.person == "Ange Postecoglou" for c in claims)


def test_a_window_review_turning_to_another_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lampard appointed at Everton",
        "Tottenham used the Alli money to strengthen elsewhere. Dejan Kulusevski and Rodrigo Bentancur both"
        " completed moves from Juventus.",
    )
    assert ("Dejan Kulusevski", "Tottenham Hotspur", "done") in _triples(claims)
    assert not any(c.club == "Everton" and c.person != "Frank Lampard" for c in claims)


def test_dele_is_dele_alli(extractor: Extractor) -> None:
    claims = _claims(extractor, "Everton sign Dele", "Dele joined Everton from Tottenham on a free transfer.")
    assert ("Dele Alli", "Everton", "done") in _triples(claims)


def test_a_contract_terminated_and_a_flight_to_finalise_a_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Pierre-Emerick Aubameyang's Arsenal career is over. The club agreed to terminate the striker's"
        " contract on Tuesday evening, and he flew to Barcelona to finalise a free transfer.",
    )
    assert _triples(claims) == {
        ("Pierre-Emerick Aubameyang", "Arsenal", "exit"),
        ("Pierre-Emerick Aubameyang", "Barcelona", "agreed"),
    }


def test_a_managers_club_the_item_never_names_is_no_guess(extractor: Extractor) -> None:
    # (the knowledge base has Lampard at a later club, one this 2020 story never names)
    claims = _claims(
        extractor,
        "Deadline day",
        "Chelsea's reluctance to sell without a replacement cost Inter. The Serie A side had agreed personal"
        " terms with Olivier Giroud, but Frank Lampard's club refused to let the Frenchman go once their own"
        " attempts to sign a striker came to nothing.",
    )
    assert not any(c.club == "Coventry City" for c in claims)
    named = _claims(
        extractor, "Newcastle in for striker", "Eddie Howe's side have made an offer for Jonathan David."
    )
    assert ("Jonathan David", "Newcastle United", "bid") in _triples(named)


def test_a_seller_accepting_a_record_offer_is_the_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Caicedo turns down Liverpool despite Brighton accepting £111m bid",
        "Brighton accepted a British record £111m offer from the Anfield club for the Ecuador midfielder.",
    )
    assert not any(c.club == "Brighton & Hove Albion" for c in claims)


def test_a_former_coachs_old_club_is_no_destination(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "United",
        "Talks with Bayern Munich over Matthijs de Ligt are progressing, with the Netherlands international"
        " keen on a reunion with Erik ten Hag, his former coach at Ajax.",
    )
    assert not any(c.club == "Ajax" for c in claims)


def test_the_club_that_set_a_release_clause_sells(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Zirkzee, United accelerate",
        "The English club have opened talks with the entourage of the Dutch striker Joshua Zirkzee and are"
        " ready to pay the €40m release clause that Bologna inserted in his contract.",
    )
    assert not any(c.club == "Bologna" for c in claims)


def test_a_contract_agreed_with_a_club_makes_it_the_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Dzeko ready for Inter",
        "Edin Dzeko has agreed a two-year contract with the Nerazzurri, and Inter and Roma have found an"
        " agreement for the striker's transfer.",
    )
    assert ("Edin Džeko", "Inter Milan", "agreed") in _triples(claims)


def test_a_headline_sacking_and_its_successor_are_two_moves(extractor: Extractor) -> None:
    named = _claims(extractor, "Bayer Leverkusen sack Gerardo Seoane, name Xabi Alonso as coach")
    assert _triples(named) == {
        ("Gerardo Seoane", "Bayer Leverkusen", "exit"),
        ("Xabi Alonso", "Bayer Leverkusen", "done"),
    }
    poised = _claims(extractor, "Chelsea sack Frank Lampard with Thomas Tuchel poised to take over")
    assert ("Frank Lampard", "Chelsea", "exit") in _triples(poised)
    favourite = _claims(extractor, "PSG sack Thomas Tuchel, Mauricio Pochettino the favourite")
    assert ("Thomas Tuchel", "Paris Saint-Germain", "exit") in _triples(favourite)


def test_a_media_interview_is_no_approach(extractor: Extractor) -> None:
    tv = _claims(
        extractor,
        "Flick wants out",
        "The 56-year-old informed the squad after the 3-2 win in Wolfsburg and made his wish public in a TV"
        " interview.",
    )
    assert not any(c.club == "Wolfsburg" for c in tv)
    job = _claims(extractor, "Chelsea interview Potter", "Chelsea interviewed Graham Potter on Tuesday.")
    assert ("Graham Potter", "Chelsea", "approach") in _triples(job)


def test_thought_to_be_looking_at_a_coach_is_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern news",
        "The Bavarians are thought to be looking at Ajax coach Erik ten Hag as a long-term solution.",
    )
    assert ("Erik ten Hag", "Bayern Munich", "interest") in _triples(claims)


def test_headline_second_parts_and_a_wish_to_bring_someone(extractor: Extractor) -> None:
    alert = _claims(extractor, "Lionel Messi tells Barcelona he wants to leave, Manchester City on alert")
    assert ("Lionel Messi", "Manchester City", "interest") in _triples(alert)
    named = _claims(extractor, "PSG part ways with Pochettino, Christophe Galtier named head coach")
    assert ("Christophe Galtier", "Paris Saint-Germain", "done") in _triples(named)
    wish = _claims(
        extractor,
        "Mbappe",
        "Florentino Perez wants to bring the Frenchman Kylian Mbappe to the Bernabeu this summer.",
    )
    assert _triples(wish) == {("Kylian Mbappé", "Real Madrid", "interest")}


def test_moving_on_to_other_targets_ends_a_pursuit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United agree deal with Ajax for Lisandro Martinez",
        "Arsenal, who had two offers turned down by Ajax earlier this month, have moved on to other targets.",
    )
    assert ("Lisandro Martínez", "Arsenal", "off") in _triples(claims)


def test_remaining_the_fulcrum_of_a_midfield_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli's midfield",
        "Scott McTominay, Serie A's player of the season, and Stanislav Lobotka will remain the fulcrum of"
        " the midfield.",
    )
    assert not any(c.stage is Stage.STAY for c in claims)


def test_wanted_by_clubs_the_item_does_not_name_is_no_claim(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Andrews takes over at Brentford",
        "Andrews' first task will be to handle the futures of forwards Bryan Mbeumo and Yoane Wissa, both of"
        " whom are wanted by bigger clubs.",
    )
    assert not any(c.person in ("Bryan Mbeumo", "Yoane Wissa") for c in claims)


def test_arriving_on_a_free_from_a_club_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter's summer",
        "The incomings have been shrewd. Marcus Thuram arrived on a free from Borussia Monchengladbach and"
        " Davide Frattesi from Sassuolo.",
    )
    assert ("Marcus Thuram", "Inter Milan", "done") in _triples(claims)


def test_came_on_loan_from_a_club_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus under Thiago Motta: how the Bianconeri rebuilt in one summer",
        "Francisco Conceição came on loan from Porto on the final weekend of the window.",
    )
    assert ("Francisco Conceição", "Juventus", "done") in _triples(claims)


def test_an_exit_told_again_keeps_the_club_the_item_gave_it(extractor: Extractor) -> None:
    # (the knowledge base has Mourinho at the club this item names as his next)
    claims = _claims(
        extractor,
        "Fenerbahçe part ways with José Mourinho after Champions League exit",
        "Fenerbahçe have parted ways with José Mourinho. The club announced that the contract had been"
        " terminated, two days after the 1-0 defeat by Benfica in Lisbon. Mourinho leaves after fourteen"
        " months without a trophy.",
    )
    assert ("José Mourinho", "Fenerbahce", "exit") in _triples(claims)
    assert ("José Mourinho", "Benfica", "exit") not in _triples(claims)


def test_a_speaker_named_after_his_report_is_no_mover(extractor: Extractor) -> None:
    after = _claims(
        extractor,
        "Milan in talks for City captain",
        "The 34-year-old Kyle Walker asked to leave last week, Pep Guardiola revealed after the FA Cup win"
        " over Salford City.",
    )
    assert not any(c.person == "Pep Guardiola" for c in after)
    own = _claims(
        extractor,
        "Klopp to step down",
        "In an announcement that stunned the staff, Jurgen Klopp said this will be his last campaign at"
        " Anfield.",
    )
    assert ("Jürgen Klopp", "Liverpool", "exit") in _triples(own)


def test_will_be_the_new_coach_and_the_president_he_agrees_with(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Conte-Napoli, everything is done",
        "Antonio Conte will be the new Napoli coach. The former Chelsea and Tottenham manager has reached a"
        " full agreement with Aurelio De Laurentiis on a three-year contract.",
    )
    assert _triples(claims) == {("Antonio Conte", "Napoli", "agreed")}


def test_the_former_team_mate_he_would_play_under_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Henderson talks",
        "Jordan Henderson is in advanced negotiations with Al-Ettifaq over a move to Saudi Arabia, where he"
        " would play under his former Liverpool teammate Steven Gerrard.",
    )
    assert not any(c.person == "Steven Gerrard" for c in claims)


def test_any_player_who_wants_to_leave_is_nobody_in_particular(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Henderson in talks over Al-Ettifaq move as Liverpool accept Fabinho bid",
        "The club have accepted a £40m offer from Al-Ittihad for Fabinho. Klopp said on Wednesday that he"
        " would not stand in the way of any player who wanted to leave.",
    )
    assert not any(c.stage is Stage.EXIT for c in claims)


def test_the_coach_who_added_players_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool's overhaul",
        "Jurgen Klopp has already added Alexis Mac Allister from Brighton and Dominik Szoboszlai from"
        " RB Leipzig.",
    )
    assert not any(c.person == "Jürgen Klopp" for c in claims)


def test_a_coach_to_become_head_coach_after_a_few_more_matches(extractor: Extractor) -> None:
    title = _claims(extractor, "Ruben Amorim to become Manchester United head coach on 11 November")
    assert _triples(title) == {("Ruben Amorim", "Manchester United", "agreed")}
    delayed = _claims(
        extractor,
        "Man United agree to pay Ruben Amorim release clause",
        "Manchester United have agreed to pay the release clause in Ruben Amorim's contract. Sporting"
        " confirmed in a statement to the Portuguese stock market regulator that United had informed them."
        " Amorim will not take charge until November 11 and will remain in Lisbon for three more matches,"
        " including the Champions League meeting with Manchester City.",
    )
    assert _triples(delayed) == {("Ruben Amorim", "Manchester United", "agreed")}


def test_declining_to_sign_an_extension_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern not giving up on Kane",
        "Harry Kane, who turns 30 next week, has only 12 months left on his contract in north London and"
        " has so far declined to sign an extension.",
    )
    assert not any(c.stage is Stage.STAY for c in claims)


def test_a_speaker_reporting_last_week_on_someone_else(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Walker in talks with Milan",
        "Kyle Walker is in talks with AC Milan over a loan move. Pep Guardiola revealed last week that the"
        " 34-year-old had asked to leave.",
    )
    assert not any(c.person == "Pep Guardiola" for c in claims)


def test_a_second_deal_on_the_same_day_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City agree Omar Marmoush fee",
        "Manchester City have agreed a fee of around £59m with Eintracht Frankfurt for Omar Marmoush, on the"
        " day they confirmed the signing of Abdukodir Khusanov from Lens.",
    )
    assert not any(c.club == "Eintracht Frankfurt" for c in claims)


def test_the_coach_who_welcomed_newcomers_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus",
        "Roma have enquired about Daniele Rugani. New coach Maurizio Sarri has already welcomed Aaron Ramsey"
        " and Adrien Rabiot, both of whom joined on free transfers.",
    )
    assert not any(c.person == "Maurizio Sarri" for c in claims)


def test_an_attacking_player_listed_as_a_forward_can_be_the_midfielder(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United make improved offer for Ajax winger Antony",
        "Ajax coach Alfred Schreuder is also fighting to keep hold of Mohammed Kudus. Everton have enquired"
        " about the Ghana midfielder.",
    )
    assert ("Mohammed Kudus", "Everton", "approach") in _triples(claims)
    assert ("Antony", "Everton", "approach") not in _triples(claims)


def test_the_club_a_release_clause_is_paid_to_sells(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG close in",
        "Manuel Ugarte will be the next arrival after PSG agreed to pay his €60m release clause to Sporting.",
    )
    assert not any(c.club == "Sporting CP" for c in claims)


def test_a_rivals_run_of_titles_is_no_destination(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mourinho unveiled",
        "Sevilla striker Youssef En-Nesyri is among the names on Fenerbahce's shortlist. Club president Ali"
        " Koc described the appointment as a new era and said the board would do everything possible to end"
        " Galatasaray's run of back-to-back titles.",
    )
    assert not any(c.club == "Galatasaray" for c in claims)


def test_a_headline_second_club_reaching_agreement_is_its_own_clause(extractor: Extractor) -> None:
    title = "Antonio Conte officially Napoli coach as Milan reach agreement with Paulo Fonseca"
    claims = _claims(extractor, title)
    assert _triples(claims) == {
        ("Antonio Conte", "Napoli", "done"),
        ("Paulo Fonseca", "AC Milan", "agreed"),
    }


def test_a_club_dropping_their_interest_ends_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Milan news",
        "Milan's original choice had been Julen Lopetegui, but the club dropped their interest in the"
        " Spaniard after a backlash from supporters.",
    )
    assert _triples(claims) == {("Julen Lopetegui", "AC Milan", "off")}


def test_a_club_that_may_not_land_a_player_is_a_condition(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli have Garnacho offer rejected",
        "Manchester United have rejected an offer from Napoli for Alejandro Garnacho. If Napoli cannot land"
        " Garnacho, they have alternatives.",
    )
    assert ("Alejandro Garnacho", "Napoli", "bid") in _triples(claims)


def test_a_club_where_the_coach_won_with_him_is_a_past_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli sign Lukaku",
        "Napoli completed the signing of Romelu Lukaku from Chelsea for €30m last Thursday, reuniting the"
        " Belgian with the coach who won the Scudetto with him at Inter.",
    )
    assert _triples(claims) == {("Romelu Lukaku", "Napoli", "done")}


def test_a_headline_list_of_stories_keeps_each_to_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Transfer round-up: Kerkez talks, Cunha terms, Sesko contact and Spurs weigh up Frank"
    )
    assert ("Matheus Cunha", "Tottenham Hotspur") not in {(c.person, c.club) for c in claims}
    assert ("Thomas Frank", "Tottenham Hotspur", "interest") in _triples(claims)


def test_a_bid_that_came_to_nothing_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Salah news",
        "Al-Hilal's world-record bid for Kylian Mbappe came to nothing after the France forward refused to"
        " meet the club's delegation in Paris.",
    )
    assert _triples(claims) == {("Kylian Mbappé", "Al-Hilal", "off")}
    rejected = _claims(extractor, "Cavani", "Atletico saw two offers for Edinson Cavani rejected by PSG.")
    assert ("Edinson Cavani", "Atletico Madrid", "bid") in _triples(rejected)


def test_an_approach_that_went_no_further_and_an_idea_dropped_are_off(extractor: Extractor) -> None:
    further = _claims(
        extractor,
        "Mbappe",
        "Al-Hilal had made a world-record offer for Kylian Mbappe, but the approach went no further.",
    )
    assert _triples(further) == {("Kylian Mbappé", "Al-Hilal", "off")}
    dropped = _claims(
        extractor,
        "Milan",
        "For a few days Julen Lopetegui seemed Milan's favourite, but the protests convinced the club to"
        " drop the idea.",
    )
    assert _triples(dropped) == {("Julen Lopetegui", "AC Milan", "off")}


def test_the_coach_a_player_chose_after_meeting_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool agree deal for Florian Wirtz",
        "Wirtz had been expected to join Bayern Munich for much of the season, but he chose Liverpool after"
        " meeting Arne Slot, and the Bundesliga champions have since abandoned their pursuit.",
    )
    assert not any(c.person == "Arne Slot" for c in claims)
    assert ("Florian Wirtz", "Bayern Munich", "off") in _triples(claims)


def test_the_manager_a_player_criticised_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cristiano Ronaldo signs for Al-Nassr",
        "The 37-year-old Cristiano Ronaldo had been a free agent since leaving Manchester United by mutual"
        " consent in November, following an explosive television interview in which he criticised the club"
        " and manager Erik ten Hag.",
    )
    assert not any(c.person == "Erik ten Hag" for c in claims)


def test_confident_of_signing_is_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Gossip",
        "Real Madrid are confident of signing Bayern Munich left-back Alphonso Davies, 23, in the summer.",
    )
    assert _triples(claims) == {("Alphonso Davies", "Real Madrid", "interest")}


def test_talks_with_a_person_over_a_return_are_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Everton",
        "The Friedkin Group have opened talks with David Moyes over a return to Goodison, almost 12 years"
        " after the Scot left for Manchester United.",
    )
    assert ("David Moyes", "Everton", "talks") in _triples(claims)


def test_an_unknown_player_who_flies_in_to_finalise_a_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mert Yandas flies to Istanbul to finalise Fenerbahce move",
        "Mert Yandas has said goodbye to his Basaksehir team-mates and travelled to Turkey to complete his"
        " move to Fenerbahce.",
    )
    # (a name the knowledge base lacks: Mesut Özil is known since the players of 2019-25 were added)
    assert ("Mert Yandas", "Fenerbahce", "agreed") in _triples(claims)


def test_a_cup_exit_to_a_club_names_an_opponent(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus sack Maurizio Sarri",
        "Juventus have relieved Maurizio Sarri of his duties the day after their Champions League exit"
        " to Lyon.",
    )
    assert _triples(claims) == {("Maurizio Sarri", "Juventus", "exit")}


def test_talks_with_a_club_about_succeeding_its_coach_make_it_the_employer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "AZ dismiss Arne Slot over talks with Feyenoord",
        "AZ Alkmaar have sacked head coach Arne Slot with immediate effect after learning he had held talks"
        " with Feyenoord about succeeding Dick Advocaat next season.",
    )
    assert ("Arne Slot", "AZ Alkmaar", "exit") in _triples(claims)
    assert ("Arne Slot", "Feyenoord", "talks") in _triples(claims)


def test_a_player_taken_on_loan_or_brought_back_is_done(extractor: Extractor) -> None:
    loan = _claims(
        extractor,
        "Deadline day",
        "West Brom strengthened Sam Allardyce's attack by taking Senegal striker Mbaye Diagne on loan from"
        " Galatasaray.",
    )
    assert ("Mbaye Diagne", "West Bromwich Albion", "done") in _triples(loan)
    back = _claims(
        extractor,
        "Deadline day",
        "Everton brought Idrissa Gueye back to Goodison Park from Paris Saint-Germain.",
    )
    assert ("Idrissa Gueye", "Everton", "done") in _triples(back)


def test_a_club_that_added_a_player_in_a_permanent_deal_signed_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Nottingham Forest, who had already assembled an entire new squad, added Wolves defender Willy Boly"
        " in a permanent deal on the final day.",
    )
    assert ("Willy Boly", "Nottingham Forest", "done") in _triples(claims)


def test_the_club_is_the_one_his_description_names(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal turn to Freddie Ljungberg",
        "Arsenal have sacked Unai Emery. Brendan Rodgers' name has been mentioned too, but the Leicester"
        " manager insisted on Friday that he was committed to the club for the long term.",
    )
    assert ("Brendan Rodgers", "Leicester City", "stay") in _triples(claims)
    assert ("Brendan Rodgers", "Arsenal", "stay") not in _triples(claims)


def test_the_man_someone_was_runner_up_to_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Unai Emery sacked: Arsenal turn to Freddie Ljungberg",
        "Mikel Arteta, Pep Guardiola's assistant at Manchester City and runner-up to Emery when the job was"
        " last filled in 2018, is among the leading candidates.",
    )
    assert ("Unai Emery", "Manchester City") not in {(c.person, c.club) for c in claims}


def test_a_club_willing_to_release_a_man_is_his_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter close in on their new coach",
        "Cristian Chivu, the former Nerazzurri defender who kept Parma in Serie A, is now the frontrunner:"
        " talks with his entourage went ahead on Friday, and Parma are willing to release him if the right"
        " agreement is found.",
    )
    assert ("Cristian Chivu", "Parma") not in {(c.person, c.club) for c in claims}


def test_a_man_who_honours_his_contract_stays(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Inter: Fabregas says no", "Cesc Fàbregas chose to honour his contract at Como."
    )
    # (the headline's "says no" is to Inter, the club it names)
    assert _triples(claims) == {("Cesc Fàbregas", "Como", "stay"), ("Cesc Fàbregas", "Inter Milan", "off")}
    claims = _claims(
        extractor,
        "Bologna turn down offers",
        "Riccardo Calafiori will honour the final year of his contract.",
    )
    assert {c.stage.value for c in claims} <= {"stay"}


def test_a_leaving_made_official_is_an_exit_not_a_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter begin the search for a new coach",
        "Simone Inzaghi's exit has been confirmed by the club.",
    )
    assert _triples(claims) == {("Simone Inzaghi", "Inter Milan", "exit")}


def test_a_man_who_swapped_one_club_for_another_joined_the_second(extractor: Extractor) -> None:
    claims = _claims(extractor, "Sadio Mane swaps Bayern Munich for Al-Nassr")
    assert ("Sadio Mané", "Al-Nassr", "done") in _triples(claims)
    assert ("Sadio Mané", "Bayern Munich", "done") not in _triples(claims)


def test_a_list_of_moves_ending_in_and_keeps_each_man_to_his_own_clubs(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Saudi summer",
        "Jordan Henderson left Liverpool for Al-Ettifaq, and Sadio Mane swapped Bayern Munich for Al-Nassr.",
    )
    pairs = {(c.person, c.club) for c in claims}
    assert ("Jordan Henderson", "Al-Ettifaq") in pairs and ("Sadio Mané", "Al-Nassr") in pairs
    assert ("Jordan Henderson", "Al-Nassr") not in pairs and ("Sadio Mané", "Al-Ettifaq") not in pairs


def test_a_man_who_signed_another_did_not_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sterling heads for Arsenal loan",
        "Mikel Arteta had signed Riccardo Calafiori earlier in the window.",
    )
    assert "Mikel Arteta" not in {c.person for c in claims}
    claims = _claims(
        extractor,
        "Sterling heads for Arsenal loan",
        "Mikel Arteta had been looking for a wide forward to provide cover for Bukayo Saka, having signed"
        " Riccardo Calafiori and Mikel Merino earlier in the window.",
    )
    assert "Mikel Arteta" not in {c.person for c in claims}
    assert ("Riccardo Calafiori", "Arsenal", "done") in _triples(claims)


def test_a_manager_who_wants_both_players_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man United in advanced talks with Bayern for Matthijs de Ligt and Noussair Mazraoui",
        "Erik ten Hag wants both. More talks planned today.",
    )
    assert "Erik ten Hag" not in {c.person for c in claims}


def test_since_after_has_is_an_adverb_not_a_clause_break(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Newcastle stand firm",
        "Howe's side have since had a £25m bid for Yoane Wissa turned down by Brentford.",
    )
    assert ("Yoane Wissa", "Newcastle United", "bid") in _triples(claims)


def test_a_move_completed_after_choosing_a_club_is_that_club_s(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United mailbag",
        "United spoke to Delap's camp about the £30m clause in his Ipswich contract, but he chose Chelsea and"
        " has since completed that move.",
    )
    assert ("Liam Delap", "Manchester United", "done") not in _triples(claims)
    assert ("Liam Delap", "Chelsea") in {(c.person, c.club) for c in claims}


def test_a_club_negotiating_its_player_s_departure_with_another_sells_to_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "City news",
        "The Italian goalkeeper is close. City are at the same time negotiating Ederson's departure with"
        " Galatasaray, who are in talks with the Brazilian over a three-year contract.",
    )
    assert ("Ederson", "Galatasaray", "talks") in _triples(claims)
    assert ("Ederson", "Manchester City") not in {(c.person, c.club) for c in claims}


def test_the_club_an_offer_came_from_is_not_the_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Newcastle see fourth bid rejected",
        "Burnley goalkeeper James Trafford remains a target, although the Clarets rejected an offer of"
        " around £16m from Newcastle earlier this summer and want at least £20m for the former Manchester"
        " City academy keeper.",
    )
    assert ("James Trafford", "Newcastle United", "bid") in _triples(claims)


def test_no_intention_of_opening_negotiations_is_no_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Newcastle United reject £110m Liverpool bid for Alexander Isak",
        "Newcastle value him at around £150m and have no intention of opening negotiations.",
    )
    assert _triples(claims) == {("Alexander Isak", "Liverpool", "bid")}


def test_a_club_forced_to_sell_a_player_is_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Newcastle bid rejected",
        "Newcastle were forced to sell Elliot Anderson to Nottingham Forest in June.",
    )
    pairs = {(c.person, c.club) for c in claims}
    assert ("Elliot Anderson", "Nottingham Forest") in pairs
    assert ("Elliot Anderson", "Newcastle United") not in pairs


@pytest.mark.parametrize(
    ("title", "summary", "bystander"),
    [
        (
            "Liverpool reject £150m Al-Ittihad bid for Mohamed Salah",
            "The Saudi champions, already home to Karim Benzema, may return with an improved proposal.",
            "Karim Benzema",
        ),
        (
            "Manchester United open to loaning out Antony",
            "United are willing to let the Brazil winger leave on loan. Antony has played only 21 minutes of"
            " Premier League football since Ruben Amorim took charge.",
            "Ruben Amorim",
        ),
        (
            "PSG negotiating with Lille for Lucas Chevalier",
            "Paris Saint-Germain have opened negotiations with Lille for goalkeeper Lucas Chevalier, whom"
            " Luis Enrique wants as his number one. Talks are continuing over a fee in the region of €40m.",
            "Luis Enrique",
        ),
        (
            "Five Stripes bring Miguel Almiron home",
            "Atlanta United have re-signed Miguel Almiron from Newcastle United. The Paraguayan has returned"
            " to the Mercedes-Benz Stadium on a three-year contract as a Designated Player, and head coach"
            " Ronny Deila called him 'a leader for our young group'.",
            "Ronny Deila",
        ),
        (
            "Porto reject Al-Nassr offer for Otavio",
            "Cristiano Ronaldo is said to have personally encouraged Otavio to join Al-Nassr.",
            "Cristiano Ronaldo",
        ),
    ],
)
def test_men_already_there_or_acting_on_a_move_are_bystanders(
    extractor: Extractor, title: str, summary: str, bystander: str
) -> None:
    claims = _claims(extractor, title, summary)
    assert claims and bystander not in {c.person for c in claims}


def test_a_club_that_does_not_want_to_sell_is_no_suitor(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern asked about Kaoru Mitoma",
        "The Seagulls, however, have signalled that they do not want to sell Kaoru Mitoma.",
    )
    assert ("Kaoru Mitoma", "Brighton & Hove Albion") not in {(c.person, c.club) for c in claims}


def test_a_speaker_s_second_statement_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli choose Rudi Garcia to succeed Spalletti",
        "The president also said Victor Osimhen was not for sale despite interest from Chelsea and Paris"
        " Saint-Germain, and confirmed Kim Min-jae's release clause can be triggered.",
    )
    pairs = {(c.person, c.club) for c in claims}
    assert ("Victor Osimhen", "Chelsea") in pairs
    assert ("Kim Min-jae", "Chelsea") not in pairs


def test_a_manager_who_put_a_player_top_of_his_list_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs want Dumfries",
        "Antonio Conte has put Inter's Dutch wing-back at the top of his summer list, with Chelsea also"
        " keeping tabs.",
    )
    assert "Antonio Conte" not in {c.person for c in claims}
    assert ("Denzel Dumfries", "Chelsea", "interest") in _triples(claims)


def test_their_new_player_is_a_newcomer_not_one_of_their_own(extractor: Extractor) -> None:
    claims = _claims(extractor, "Rossoneri land Walker", "I Rossoneri have their new right-back.")
    assert ("Kyle Walker", "AC Milan", "done") in _triples(claims)


def test_the_club_a_man_left_in_an_earlier_window_is_no_longer_his(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Aston Villa are understood to be monitoring Juventus midfielder Douglas Luiz",
        "The Brazilian only joined the Italian club from Villa last summer.",
    )
    assert ("Douglas Luiz", "Aston Villa", "interest") in _triples(claims)


def test_a_free_agent_is_a_player_not_an_agent(extractor: Extractor) -> None:
    claims = _claims(extractor, "Wrexham plotting move for free agent Patrick Bamford")
    assert ("Patrick Bamford", "Wrexham", "interest") in _triples(claims)


def test_a_relative_clause_s_subject_is_its_antecedent(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sunderland agree fee with Club Brugge for winger Chemsdine Talbi",
        "The Black Cats will pay around €20m for the 20-year-old Morocco international, who has already"
        " said yes to the move.",
    )
    assert ("Chemsdine Talbi", "Sunderland", "agreed") in _triples(claims)
    assert ("Chemsdine Talbi", "Club Brugge") not in {(c.person, c.club) for c in claims}


def test_a_man_to_be_presented_as_successor_is_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG part company with Pochettino",
        "Christophe Galtier, who has just left Nice, is to be presented as his successor later in the day.",
    )
    assert ("Christophe Galtier", "Paris Saint-Germain", "agreed") in _triples(claims)


def test_a_man_who_rejects_one_club_and_returns_to_another_moves_there(extractor: Extractor) -> None:
    claims = _claims(extractor, "Jaden Philogene rejects Ipswich and returns to Aston Villa")
    assert _triples(claims) == {
        ("Jaden Philogene", "Ipswich Town", "off"),
        ("Jaden Philogene", "Aston Villa", "agreed"),
    }


def test_never_left_a_club_s_thoughts_is_its_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Olmo, the eternal temptation for Deco", "Dani Olmo has never left Barcelona's thoughts."
    )
    assert _triples(claims) == {("Dani Olmo", "Barcelona", "interest")}


def test_a_chairman_weighing_up_a_coach_s_future_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Postecoglou under mounting pressure after Spurs lose at Stamford Bridge",
        "Daniel Levy is weighing up the Australian's future, and the Europa League now looks like the head"
        " coach's last chance.",
    )
    assert _triples(claims) == {("Ange Postecoglou", "Tottenham Hotspur", "exit")}


def test_wanting_a_man_as_new_coach_is_no_appointment(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli open direct contact with Antonio Conte",
        "President De Laurentiis wants Conte as new head coach, but there are no negotiations yet.",
    )
    assert ("Antonio Conte", "Napoli", "done") not in _triples(claims)


def test_he_after_whom_is_not_the_one_whom_means(extractor: Extractor) -> None:
    title = "Atletico test Tottenham with offer for Cuti Romero"
    body = "Diego Simeone has pushed for the 27-year-old, whom he sees as the leader his defence has lacked."
    spans = [(0, len(title)), *split_sentences(body, offset=len(title) + 1)]
    sentences = extractor._resolver.resolve(title + "\n" + body, spans, len(title), None)
    assert [(s.key, s.said_as) for s in sentences[1].slots] == [
        ("diego-simeone", ""),
        ("cristian-romero", "the 27-year-old"),
        ("diego-simeone", "he"),
    ]


def test_permission_given_and_no_proposal_yet_are_no_suitor_s_moves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea sack Thomas Tuchel and approach Graham Potter",
        "Brighton have given permission for Potter to talk; Zinedine Zidane is also admired by the owners.",
    )
    assert ("Zinedine Zidane", "Brighton & Hove Albion") not in {(c.person, c.club) for c in claims}
    claims = _claims(
        extractor,
        "Al-Nassr ask Porto about Otavio",
        "Al-Nassr contacted FC Porto's administration on Wednesday to ask about Otavio's availability."
        " No formal proposal has reached the Estadio do Dragao so far.",
    )
    assert {(c.club, c.stage.value) for c in claims} == {("Al-Nassr", "approach")}


def test_the_club_is_not_one_named_aside_as_his_past(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ali Koc met Mourinho in person",
        "Fenerbahce president Ali Koc held an initial meeting with Jose Mourinho abroad this week. The"
        " Portuguese coach, out of work since Roma dismissed him in January, listened to the project with"
        " interest. The club have already informed Ismail Kartal that he will not continue next season.",
    )
    assert ("İsmail Kartal", "Fenerbahce", "exit") in _triples(claims)
    assert ("İsmail Kartal", "Roma") not in {(c.person, c.club) for c in claims}


def test_a_once_clause_is_another_man_s_condition_not_yet_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Leverkusen turn to the former Ajax boss to succeed Alonso",
        "Bayer Leverkusen have reached an agreement with Erik ten Hag. The Dutchman is expected to sign a"
        " two-year contract once Xabi Alonso's move to Real Madrid is made official.",
    )
    assert ("Erik ten Hag", "Real Madrid") not in {(c.person, c.club) for c in claims}
    assert ("Xabi Alonso", "Real Madrid", "agreed") in _triples(claims)


def test_a_club_of_shared_past_or_present_struggles_is_no_suitor(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus keep tabs on Zirkzee as Old Trafford nightmare drags on",
        "The Juventus sporting director admired the Dutch forward during their time together at Bologna.",
    )
    assert _triples(claims) == {("Joshua Zirkzee", "Juventus", "interest")}


def test_the_former_club_man_names_a_former_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool keeping a close eye on Crystal Palace midfielder Adam Wharton",
        "Richard Hughes is a long-standing admirer of the former Blackburn Rovers man.",
    )
    assert ("Adam Wharton", "Blackburn Rovers") not in {(c.person, c.club) for c in claims}


@pytest.mark.parametrize(
    "summary",
    [
        "Nicolas Otamendi will remain captain, and Anatoliy Trubin is the undisputed number one.",
        "Gusto's movement inside left Son Heung-min with a choice between tracking him and pressing Fofana,"
        " and Chelsea won.",
        "According to Opta, Malo Gusto has completed more passes in the middle third than any full-back.",
    ],
)
def test_team_roles_on_pitch_choices_and_statistics_are_no_moves(extractor: Extractor, summary: str) -> None:
    title = "Malo Gusto, the extra midfielder: how Enzo Maresca's Chelsea build through the press"
    assert _claims(extractor, title, summary) == []


def test_a_headline_list_of_stories_keeps_each_man_to_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Benfica's summer: the Neves question, Di María's renewal and Schmidt under fire",
        "Roger Schmidt begins his third pre-season at Benfica under heavy pressure from supporters.",
    )
    assert ("Ángel Di María", "Benfica", "stay") in _triples(claims)
    assert ("Roger Schmidt", "Benfica", "exit") in _triples(claims)
    assert ("João Neves", "Benfica", "stay") not in _triples(claims)


def test_bringing_a_man_back_and_seeing_out_a_contract(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona sack Ronald Koeman",
        "Sergi Barjuan will take temporary charge while the club tries to bring Al-Sadd coach Xavi Hernandez"
        " back to the Camp Nou.",
    )
    assert ("Xavi Hernández", "Barcelona", "interest") in _triples(claims)
    claims = _claims(
        extractor,
        "De Jong closes the door on Old Trafford again",
        "The Dutchman, who is owed deferred wages, is determined to see out his contract at the Camp Nou.",
    )
    assert ("Frenkie de Jong", "Barcelona", "stay") in _triples(claims)
    cues = stages.find_cues("he does not intend to see out the final year of ⟦P0⟧ contract in bergamo")
    assert [c.kind for c in cues] == ["exit"]


def test_having_a_release_clause_is_no_interest_but_preparing_to_trigger_it_is(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Antoine Semenyo's stock soars after red-hot start at Bournemouth",
        "The Ghana international has a release clause in his contract believed to be worth around £65m."
        " Liverpool have been tracking the 25-year-old for several months.",
    )
    assert _triples(claims) == {("Antoine Semenyo", "Liverpool", "interest")}
    cues = stages.find_cues("but ⟦P0⟧ has a release clause and ⟦C1⟧ are said to be preparing to trigger it.")
    assert [c.kind for c in cues] == ["neutral", "interest"]


def test_unnamed_players_expected_to_leave_are_nobody_s_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Celtic open negotiations with Nordsjaelland over Benjamin Nygren",
        "The attacker can operate wide or behind the striker, and Rodgers views that versatility as key with"
        " several forwards expected to move on this summer.",
    )
    assert _triples(claims) == {("Benjamin Nygren", "Celtic", "talks")}


def test_the_man_replaced_left_the_club_that_hires_not_the_one_the_successor_leaves(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Celtic appoint Wilfried Nancy as permanent manager",
        "The Frenchman leaves Columbus Crew to replace Brendan Rodgers, who resigned in October.",
    )
    assert ("Brendan Rodgers", "Celtic", "exit") in _triples(claims)
    assert ("Brendan Rodgers", "Columbus Crew") not in {(c.person, c.club) for c in claims}


def test_a_club_ending_one_move_still_searches_and_its_official_turns_elsewhere(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham pull out of deal for Paulo Fonseca",
        "Tottenham have ended talks with Paulo Fonseca. Managing director of football Fabio Paratici has"
        " instead turned his attention to Gennaro Gattuso, who left Fiorentina last month. Nuno Espirito"
        " Santo has also been considered.",
    )
    triples = _triples(claims)
    assert ("Gennaro Gattuso", "Tottenham Hotspur", "interest") in triples
    assert ("Nuno Espírito Santo", "Tottenham Hotspur", "interest") in triples


def test_no_obligation_to_buy_and_a_man_s_number_one_target(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea pay £5m to avoid signing Jadon Sancho permanently",
        "Chelsea will not complete the obligation to buy Jadon Sancho from Manchester United.",
    )
    assert ("Jadon Sancho", "Chelsea", "off") in _triples(claims)
    claims = _claims(
        extractor,
        "Manchester United give up on Frenkie de Jong",
        "Manchester United have abandoned their pursuit of Frenkie de Jong. Erik ten Hag, who coached De Jong"
        " at Ajax, had made him his No 1 target and the clubs agreed a fee of up to €85m in July.",
    )
    assert "Erik ten Hag" not in {c.person for c in claims}


def test_looking_elsewhere_for_their_striker_names_nobody(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Milan stop for Zirkzee: the commission is too high",
        "The Rossoneri have abandoned the Joshua Zirkzee track. Milan will look elsewhere for their"
        " centre-forward, while Manchester United are now watching the Bologna striker.",
    )
    assert _triples(claims) == {
        ("Joshua Zirkzee", "AC Milan", "off"),
        ("Joshua Zirkzee", "Manchester United", "interest"),
    }


def test_the_man_a_signing_joins_in_midfield_is_a_team_mate(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "McTominay done",
        "It's official: Scott McTominay has completed his move from Manchester United to Napoli, where he"
        " joins Billy Gilmour in Antonio Conte's midfield.",
    )
    assert ("Scott McTominay", "Napoli", "done") in _triples(claims)
    assert "Billy Gilmour" not in {c.person for c in claims}


def test_pen_still_to_paper_no_offer_yet_and_recommenders(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Feyenoord and Heerenveen reach agreement over Van Persie",
        "Van Persie still has to put pen to paper on a contract until 2027.",
    )
    assert ("Robin van Persie", "Feyenoord", "agreed") in _triples(claims)
    claims = _claims(
        extractor,
        "Arsenal ask about the conditions of Zubimendi's clause",
        "Arsenal have made an initial enquiry to Real Sociedad about the terms of Martin Zubimendi's €60m"
        " release clause. The San Sebastian club have not yet replied, and there has been no offer.",
    )
    assert ("Martín Zubimendi", "Arsenal", "approach") in _triples(claims)
    claims = _claims(extractor, "Manchester United eye PSG's Vitinha after Bruno Fernandes recommendation")
    assert {c.person for c in claims} == {"Vitinha"}
    claims = _claims(
        extractor,
        "Martin Zubimendi turns down Liverpool",
        "Martin Zubimendi has rejected the chance to join Liverpool, leaving Arne Slot without the specialist"
        " No 6 he wanted.",
    )
    assert {c.person for c in claims} == {"Martín Zubimendi"}


def test_an_agent_a_first_senior_contract_and_an_option_exercised(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deco sounds out Hansi Flick as Xavi's position comes under review",
        "Barcelona's sporting director has held initial discussions with Pini Zahavi, the agent of the former"
        " Germany coach, who has been out of work since September.",
    )
    assert {(c.person, c.club) for c in claims} == {("Hansi Flick", "Barcelona")}
    claims = _claims(
        extractor,
        "Lamine Yamal tied to Barça until 2031",
        "The 17-year-old has signed his first senior contract, with a release clause of €1bn.",
    )
    assert _triples(claims) == {("Lamine Yamal", "Barcelona", "stay")}
    cues = stages.find_cues("we have exercised our option to sign ⟦P0⟧ permanently from ⟦C1⟧.")
    assert [c.kind for c in cues] == ["done"]


def test_a_club_site_exercising_our_option_to_sign_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "David Raya joins on a permanent transfer",
        "We have exercised our option to sign David Raya permanently from Brentford.",
        source="Arsenal",
    )
    assert _triples(claims) == {("David Raya", "Arsenal", "done")}


def test_cercle_an_academy_a_club_s_manager_a_wish_and_a_loan_back(extractor: Extractor) -> None:
    claims = _claims(extractor, "Feyenoord sign Japanese striker Ayase Ueda from Cercle Brugge")
    assert {(c.club, c.from_club) for c in claims} == {("Feyenoord", "Cercle Brugge")}
    claims = _claims(
        extractor,
        "Gers cash in as Calvin Bassey completes Amsterdam switch",
        "The Nigeria defender, a product of Leicester City's academy, has signed a four-year contract at"
        " the Johan Cruyff Arena.",
    )
    assert ("Calvin Bassey", "Leicester City") not in {(c.person, c.club) for c in claims}
    claims = _claims(
        extractor,
        "Brentford reject Manchester United's opening bid for Mbeumo",
        "Tottenham, now managed by Mbeumo's former boss Thomas Frank, are also keen.",
    )
    assert {(c.person, c.club) for c in claims} >= {("Bryan Mbeumo", "Tottenham Hotspur")}
    assert "Thomas Frank" not in {c.person for c in claims}
    claims = _claims(
        extractor,
        "Borussia Dortmund knock back Chelsea's opening bid for Jamie Gittens",
        "The Blues want the deal done before the early Club World Cup registration window shuts.",
    )
    assert _triples(claims) == {("Jamie Gittens", "Chelsea", "bid")}
    claims = _claims(
        extractor,
        "Inter reach agreement with Dinamo Zagreb for Petar Sucic",
        "The 21-year-old will stay in Zagreb until the end of the season and will move in the summer.",
    )
    assert ("Petar Sučić", "Inter Milan", "stay") not in _triples(claims)


def test_replacing_one_man_with_another_and_saying_goodbye(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Premier League managerial merry-go-round",
        "Southampton remain rooted to the bottom despite replacing Russell Martin with former Roma coach Ivan"
        " Juric before Christmas.",
    )
    assert ("Ivan Jurić", "Southampton", "done") in _triples(claims)
    assert ("Russell Martin", "Southampton", "done") not in _triples(claims)
    claims = _claims(
        extractor,
        "Hull news",
        "Hull, meanwhile, replaced Sellés with Sergej Jakirović in the summer.",
    )
    assert ("Sergej Jakirović", "Hull City", "done") in _triples(claims)
    assert not [c for c in claims if c.person.startswith("Rub") and c.stage.value == "done"]
    cues = stages.find_cues("⟦P0⟧ has said goodbye to the ⟦C1⟧ after 25 years with the club.")
    assert [c.kind for c in cues] == ["exit"]


def test_a_move_named_again_and_the_incumbent_it_questions(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal transfer window review: Rice, Havertz and Timber arrive",
        "The late addition was a goalkeeper: David Raya joined from Brentford on a season-long loan with an"
        " option to buy, a move that has raised questions about Aaron Ramsdale's status as No 1.",
    )
    assert ("David Raya", "Arsenal", "done") in _triples(claims)
    assert "Aaron Ramsdale" not in {c.person for c in claims}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Ajax say no to €80m from Manchester United for Antony",
            "The Amsterdam club want at least €100m for the Brazilian.",
            {("Antony", "Manchester United", "bid")},
        ),
        (
            "Blues strike deal for the Palmeiras wonderkid",
            "Chelsea have agreed an initial €34m fee for Estêvão, who will remain in São Paulo until he turns"
            " 18 next April.",
            {("Estêvão", "Chelsea", "agreed")},
        ),
        (
            "Hearts complete club-record swoop for Costa Rican winger Kenneth Vargas",
            "",
            {("Kenneth Vargas", "Hearts", "done")},
        ),
        (
            "Chelsea end pursuit of Victor Osimhen as wage demands prove too high",
            "Chelsea have walked away from a loan deal for the Napoli striker after failing to reach an"
            " agreement on his salary. The club are comfortable with Nicolas Jackson leading the line and"
            " will not revisit the move before the window closes.",
            {("Victor Osimhen", "Chelsea", "off")},
        ),
        (
            "Al-Hilal sound out Simone Inzaghi",
            "The Saudi club have made contact with the entourage of the Inter coach to gauge his willingness"
            " to move.",
            {("Simone Inzaghi", "Al-Hilal", "approach")},
        ),
    ],
)
def test_money_refused_fees_agreed_swoops_and_what_is_no_step(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Arsenal pull out of Benjamin Sesko chase",
            "Mikel Arteta's side have decided not to pursue the RB Leipzig striker and will turn their"
            " attention to Viktor Gyokeres instead.",
            {("Benjamin Šeško", "Arsenal", "off"), ("Viktor Gyökeres", "Arsenal", "interest")},
        ),
        (
            "Jadon Sancho returns to Borussia Dortmund on loan",
            "Juventus had also explored a loan for the winger but never made an offer.",
            {("Jadon Sancho", "Borussia Dortmund", "done"), ("Jadon Sancho", "Juventus", "interest")},
        ),
        (
            "Sevilla and Betis follow Racing's Andrés Martín",
            "Racing, who are trying to tie him down to a longer contract, would only let him go for a"
            " significant fee.",
            {("Andrés Martín", "Sevilla", "interest"), ("Andrés Martín", "Real Betis", "interest")},
        ),
        (
            "Black Cats agree fee with Amsterdam giants for Brian Brobbey as Le Bris hunts goals",
            "",
            {("Brian Brobbey", "Sunderland", "agreed")},
        ),
        (
            "Bayern's coaching search goes on as Nagelsmann commits to Germany",
            "",
            set(),
        ),
    ],
)
def test_next_targets_unmade_offers_renewal_attempts_and_national_teams(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Joshua Zirkzee struggling for minutes at Old Trafford",
            "Joshua Zirkzee has found regular starts hard to come by since his summer move from Bologna to"
            " Manchester United.",
            set(),
        ),
        (
            "Everton have £25m bid for Wilfried Gnonto knocked back as Leeds dig in",
            "Sean Dyche wants a wide forward before the deadline and the Toffees are expected to return.",
            {("Wilfried Gnonto", "Everton", "bid")},
        ),
        (
            "Porto appoint Martin Anselmi days after dismissing Vitor Bruno",
            "Vitor Bruno paid the price for a string of poor results that left the Dragons trailing Sporting"
            " and Benfica.",
            {("Martín Anselmi", "Porto", "done"), ("Vítor Bruno", "Porto", "exit")},
        ),
    ],
)
def test_past_moves_returning_bidders_and_rivals_in_the_table(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            # the club he is to sign a contract with buys, whatever club the knowledge base gives him
            "Milan reach agreement with Al-Hilal for Theo Hernandez",
            "The France defender is expected to sign a three-year contract with the Saudi giants on Monday.",
            {("Theo Hernández", "Al-Hilal", "agreed")},
        ),
        (
            # "the Saudi newcomers": the one Saudi club the item names
            "Neom chase Premier League goalkeepers",
            "Aaron Ramsdale has agreed personal terms with the Saudi newcomers, who have also made an offer"
            " for Marcin Bulka.",
            {("Aaron Ramsdale", "Neom", "talks"), ("Marcin Bułka", "Neom", "bid")},
        ),
        (
            # the club an offer is sent to sells
            "Inter make their move for Koopmeiners",
            "A formal offer of €50m plus bonuses has been sent to Juventus for Teun Koopmeiners.",
            {("Teun Koopmeiners", "Inter Milan", "bid")},
        ),
        (
            # the price is another subject's ("the Basques"), not the bidder's
            "Arsenal make an approach for Nico Williams, the Basques want €60m",
            "",
            {("Nico Williams", "Arsenal", "approach")},
        ),
        (
            # the club a deal worth a fee is agreed with sells
            "Gunners close in",
            "Arsenal have agreed a deal worth up to £55m with Sporting for Viktor Gyokeres.",
            {("Viktor Gyökeres", "Arsenal", "agreed")},
        ),
        (
            # his club, described with a competition it won
            "Barca eye midfielder",
            "Barcelona are keen on Atletico Madrid's World Cup-winning midfielder Rodrigo De Paul.",
            {("Rodrigo De Paul", "Barcelona", "interest")},
        ),
        (
            # his club and his country
            "Blues target playmaker",
            "Chelsea want Bayer Leverkusen and Germany playmaker Florian Wirtz, 21.",
            {("Florian Wirtz", "Chelsea", "interest")},
        ),
        (
            # two men moving the other way as part of the deal, one of them unknown to the knowledge base
            "Roma agree Leon Bailey deal with Aston Villa",
            "Roma have agreed a fee of €25m for the winger, with Pietro Bellini and Tammy Abraham moving to"
            " Villa Park as part of the agreement.",
            {
                ("Leon Bailey", "Roma", "agreed"),
                ("Pietro Bellini", "Aston Villa", "agreed"),
                ("Tammy Abraham", "Aston Villa", "agreed"),
            },
        ),
        (
            # "Wolves' Rayan Aït-Nouri": a possessive after a final s is his club's, as "Wolves's" would be
            "Liverpool in advanced negotiations for Wolves' Rayan Ait-Nouri",
            "",
            {("Rayan Aït-Nouri", "Liverpool", "talks")},
        ),
        (
            # the club offered the value of his release clause sells
            "Gunners make their move",
            "Arsenal have offered Real Sociedad the full value of Martin Zubimendi's release clause.",
            {("Martín Zubimendi", "Arsenal", "bid")},
        ),
        (
            # signing "a replacement" is someone else's move
            "Spurs reject Chelsea offer for Cristian Romero",
            "Chelsea are not expected to come back with an improved bid until Tottenham have signed a"
            " replacement.",
            {("Cristian Romero", "Chelsea", "bid")},
        ),
        (
            # the club that accepted proposals from both buyers sells
            "Xavi Simons chooses Tottenham",
            "The Dutchman had been Chelsea's first choice, and RB Leipzig accepted proposals from both clubs,"
            " but he has agreed personal terms with Spurs.",
            {("Xavi Simons", "Tottenham Hotspur", "agreed"), ("Xavi Simons", "Chelsea", "off")},
        ),
        (
            # a man coming the other way as part of the operation, though a clause stands between
            "Porto accept Arsenal offer for Rodrigo Mora",
            "Porto have accepted Arsenal's offer for Rodrigo Mora: €50 million plus €10 million in bonuses,"
            " with Tiago Duarte coming to the Dragao on loan as part of the operation.",
            {("Rodrigo Mora", "Arsenal", "agreed"), ("Tiago Duarte", "Porto", "agreed")},
        ),
        (
            # the makeweight is not whom "the Portugal midfielder" means
            "Rodrigo Mora set for Arsenal",
            "Porto have accepted an offer from Arsenal for Rodrigo Mora worth around 50m euros, with Tiago"
            " Duarte heading the other way on loan. The Portugal midfielder will undergo a medical in London"
            " next week.",
            {("Rodrigo Mora", "Arsenal", "agreed")},
        ),
        (
            # a man the bidder is without (injured) is no mover
            "Chelsea reject Newcastle's £50m bid for Nicolas Jackson",
            "Newcastle, who are without the injured Callum Wilson, have until Friday to return with an"
            " improved proposal.",
            {("Nicolas Jackson", "Newcastle United", "bid")},
        ),
        (
            # "the Crystal Palace and England centre-back": a man described by his club and country
            "Juventus want Marc Guehi",
            "Igor Tudor has asked the Juventus board to make a move for the Crystal Palace and England"
            " centre-back, who would cost around €50m.",
            {("Marc Guéhi", "Juventus", "interest")},
        ),
        (
            # someone the knowledge base does not know who "has also joined"
            "Tottenham complete Mohammed Kudus deal",
            "Tottenham have signed Mohammed Kudus from West Ham. Jonas Eriksen has also joined, the"
            " 20-year-old defender costing £5m.",
            {("Mohammed Kudus", "Tottenham Hotspur", "done"), ("Jonas Eriksen", "Tottenham Hotspur", "done")},
        ),
    ],
)
def test_buyers_sellers_and_clubs_described_by_their_country(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


def test_points_picked_up_and_an_injury_update_awaited_are_no_moves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Thomas Frank: Maddison out for weeks",
        "Thomas Frank said the injury was a big blow and that Tottenham were still waiting for a clearer"
        " picture from the medical team.",
    )
    assert claims == []
    cues = stages.find_cues("⟦P0⟧'s ⟦C1⟧ have picked up four points from ⟦C2⟧ first three games")
    assert [c.kind for c in cues] == []
    cues = stages.find_cues("⟦P0⟧ picked ⟦C1⟧")
    assert [c.kind for c in cues] == ["choice"]


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            # a crowd wanted loud, and the opponent of a match
            "Eddie Howe wants St James' Park 'rocking' for Barcelona clash",
            "Eddie Howe believes Newcastle can beat Barcelona if the crowd plays its part on Wednesday.",
            set(),
        ),
        (
            "Feyenoord sack Robin van Persie on the eve of the Ajax tie",
            "",
            {("Robin van Persie", "Feyenoord", "exit")},
        ),
    ],
)
def test_matches_ahead_are_no_moves(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


def test_a_move_dated_to_an_earlier_year_is_history(extractor: Extractor) -> None:
    title = "Arteta: Martin Zubimendi ready for Real Sociedad reunion"
    summary = (
        "Martin Zubimendi will face Real Sociedad on Tuesday, and Mikel Arteta expects a warm reception for"
        " the Arsenal midfielder, who captained the Basque club before his £60m move in 2025."
    )
    published = datetime(2026, 11, 2, tzinfo=UTC)
    item = Item(id="t", title=title, link=None, summary=summary, published=published, source="The Athletic")
    assert extractor.extract(item) == []
    # the same move told as news, dated to the item's year
    item = Item(
        id="t", title="Arsenal close in on Zubimendi", link=None, published=published, source="The Athletic",
        summary="Arsenal are confident of completing a £60m move in 2026 for the Real Sociedad midfielder.",
    )  # fmt: skip
    assert _triples(extractor.extract(item)) != set()


def test_the_one_a_move_would_bring_and_a_conditional_leaver_make_no_wanter_of_the_subject(
    extractor: Extractor,
) -> None:
    # "in talks over a move that would see X travel the other way": the subject is the one in talks
    triples = _triples(
        _claims(
            extractor,
            "Jackson talks",
            "Nicolas Jackson is in talks with Bayern Munich over a move that would see Mathys Tel travel in"
            " the opposite direction.",
        )
    )
    assert ("Nicolas Jackson", "Bayern Munich", "talks") in triples
    # "as a potential replacement should X leave": the replacement is wanted
    triples = _triples(
        _claims(
            extractor,
            "Palace plan ahead",
            "Crystal Palace have lined up Wolfsburg's Maxence Lacroix as a potential replacement should Marc"
            " Guehi leave.",
        )
    )
    assert ("Maxence Lacroix", "Crystal Palace", "interest") in triples


def test_a_club_left_is_only_the_leaver_s(extractor: Extractor) -> None:
    # Villa Park is Kamara's club ("should Kamara leave Villa Park"), not the replacement's
    claims = _claims(
        extractor,
        "Villa plan ahead",
        "Aston Villa have lined up Brighton's Carlos Baleba as a potential replacement should Boubacar Kamara"
        " leave Villa Park.",
    )
    assert _triples(claims) == {("Carlos Baleba", "Aston Villa", "interest")}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            # "does not want to leave" is a stay, and it ends the approach
            "Benfica turn elsewhere",
            "Benfica sounded out Marco Silva, but the Fulham coach let it be known that he does not want to"
            " leave London.",
            {("Marco Silva", "Benfica", "off"), ("Marco Silva", "Fulham", "stay")},
        ),
        (
            # the suitor told he does not want to leave is turned down, not a club he stays at
            "Kobbie Mainoo snubs Napoli",
            "Napoli were prepared to meet Manchester United's asking price for Kobbie Mainoo, but he told"
            " them he does not want to leave Manchester at this stage.",
            {("Kobbie Mainoo", "Napoli", "off")},
        ),
        (
            # "decided against appointing him": him is the coach the clause named, not another man
            "Napoli dismiss Rudi Garcia",
            "Youth coach Tommaso Ricci will take charge for Sunday's game. Walter Mazzarri was sounded out as"
            " well, but Napoli have decided against appointing him.",
            {("Rudi Garcia", "Napoli", "exit"), ("Walter Mazzarri", "Napoli", "off")},
        ),
    ],
)
def test_not_wanting_to_leave(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            # where a man is followed all season plays him
            "Madrid track Hato",
            "Real Madrid's scouting department has followed Jorrel Hato all season at Ajax, and Chelsea also"
            " have him on their radar.",
            {("Jorrel Hato", "Real Madrid", "interest"), ("Jorrel Hato", "Chelsea", "interest")},
        ),
        (
            # the ground scouts are sent to is his club's
            "Arsenal send scouts to the Amex to run the rule over Carlos Baleba",
            "",
            {("Carlos Baleba", "Arsenal", "interest")},
        ),
        (
            # a club playing a match is no buyer
            "Newcastle watch Igor Thiago",
            "Newcastle had scouts in the stands for Brentford's clash with Fulham to watch Igor Thiago.",
            {("Igor Thiago", "Newcastle United", "interest")},
        ),
        (
            # the speaker is not the player he describes
            "Chelsea send scouts to the Gtech to watch Kevin Schade",
            "Thomas Frank insisted that the former Freiburg winger is fully committed to Brentford.",
            {("Kevin Schade", "Chelsea", "interest")},
        ),
        (
            # the club that may need to raise funds would sell
            "Morgan Rogers on Arsenal radar",
            "Morgan Rogers sits high on Arsenal's shortlist, and the Gunners would be ready to pounce should"
            " Aston Villa need to raise funds before the deadline.",
            {("Morgan Rogers", "Arsenal", "interest")},
        ),
        (
            # "Having signed X from Dortmund, they ...": they are the signing club, not the one it signed from
            "Chelsea move on from Garnacho",
            "Chelsea have ended their interest in Alejandro Garnacho. Having already signed Jamie Gittens"
            " from Dortmund, they are in talks with Ajax over Jorrel Hato.",
            {
                ("Alejandro Garnacho", "Chelsea", "off"),
                ("Jamie Gittens", "Chelsea", "done"),
                ("Jorrel Hato", "Chelsea", "talks"),
            },
        ),
        (
            # a club discussing the terms of a loan with an option to buy, after the buyer's talks, sells
            "Jadon Sancho edges towards Roma as negotiations with the Giallorossi advance",
            "Manchester United are discussing a loan with an option to buy, and the England winger would be"
            " reunited with his former coach.",
            {("Jadon Sancho", "Roma", "talks")},
        ),
    ],
)
def test_where_a_watched_man_plays(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Chelsea never made a formal approach for Oliver Glasner.",
            {("Oliver Glasner", "Chelsea", "interest")},
        ),
        (
            "Atletico Madrid could return with an offer for Pedri next summer.",
            {("Pedri", "Atletico Madrid", "interest")},
        ),
        (
            "Napoli plan to open contacts with Chelsea over Christopher Nkunku.",
            {("Christopher Nkunku", "Napoli", "interest")},
        ),
        (
            "Paris Saint-Germain are tracking Kenan Yildiz ahead of a possible summer bid.",
            {("Kenan Yıldız", "Paris Saint-Germain", "interest")},
        ),
        ("Antonio Conte has asked Napoli to sign Romelu Lukaku.", {("Romelu Lukaku", "Napoli", "interest")}),
        # a club's pursuit and a manager's wish are no forecasts of the move
        (
            "Rangers are expected to move quickly for Steven Gerrard.",
            {("Steven Gerrard", "Rangers", "interest")},
        ),
        ("Unai Emery wants Aston Villa to sign Jadon Sancho.", {("Jadon Sancho", "Aston Villa", "interest")}),
        # a fee a club will pay is settled; one it is ready to pay is not
        ("Napoli will pay around €30m plus bonuses for Sam Beukema.", {("Sam Beukema", "Napoli", "agreed")}),
        ("Napoli are ready to pay €30m for Sam Beukema.", {("Sam Beukema", "Napoli", "interest")}),
        # the step taken stays what it is
        ("Chelsea made a formal approach for Oliver Glasner.", {("Oliver Glasner", "Chelsea", "approach")}),
    ],
)
def test_a_step_not_taken_is_interest(
    extractor: Extractor, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, "Transfer news", summary)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Liverpool miss out as Marc Guehi agrees free transfer to Bayern Munich",
            {("Marc Guéhi", "Liverpool", "off"), ("Marc Guéhi", "Bayern Munich", "agreed")},
        ),
        ("Eberechi Eze: Paperwork being drawn up for Arsenal move", {("Eberechi Eze", "Arsenal", "agreed")}),
        (
            "Jadon Sancho's loan move to Roma is waiting only for the medical.",
            {("Jadon Sancho", "Roma", "agreed")},
        ),
        # forecasts: "nears Aston Villa switch", "the deal will see X move to Y"
        (
            "Deadline day: Harvey Elliott nears Aston Villa switch",
            {("Harvey Elliott", "Aston Villa", "agreed")},
        ),
        (
            "The deal will see Brentford goalkeeper Mark Flekken move to Bayer Leverkusen for £10m.",
            {("Mark Flekken", "Bayer Leverkusen", "agreed")},
        ),
        # a move told as completed: done
        (
            "Dominik Szoboszlai's move to Liverpool went through.",
            {("Dominik Szoboszlai", "Liverpool", "done")},
        ),
        (
            "Declan Rice's move to Arsenal, completed for £105m on the eve of the season, changed a lot.",
            {("Declan Rice", "Arsenal", "done")},
        ),
        (
            "The departure of Mason Mount to Manchester United, completed last week, leaves a gap.",
            {("Mason Mount", "Manchester United", "done")},
        ),
    ],
)
def test_a_deal_with_only_a_formality_to_come_is_agreed(
    extractor: Extractor, title: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title)) == expected


def test_a_mailbag_answer_is_about_the_one_its_question_asks_about(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea mailbag",
        "Are we selling Nicolas Jackson? — Tom, Belfast\n\n"
        "Bayern Munich made an enquiry about Jackson in June, but Jackson wants to stay and Chelsea value"
        " Jackson at £70m.\n\n"
        "What about Raheem Sterling? — Sean, Dublin\n\n"
        "He won't be back at Cobham. Fulham are keen on a loan, and Arsenal have decided not to make his"
        " move permanent.",
    )
    triples = _triples(claims)
    assert ("Raheem Sterling", "Fulham", "interest") in triples
    # a loan not made permanent is off
    assert ("Raheem Sterling", "Arsenal", "off") in triples
    assert not any(
        person == "Nicolas Jackson" and club in ("Fulham", "Arsenal") for person, club, _ in triples
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Tottenham confirm Maddison surgery",
            "James Maddison has undergone surgery on his knee and will miss the rest of the season,"
            " Tottenham have confirmed.",
        ),
        (
            "Amorim: United must be braver against Newcastle",
            "Ruben Amorim wants Manchester United to show more courage when they travel to St James' Park on"
            " Sunday.",
        ),
        ("Kompany wants Bayern to respond after Leverkusen loss", ""),
        (
            "Alonso faces first Clasico as Real Madrid coach",
            "Xabi Alonso will take charge of his first Clasico on Sunday when Real Madrid host Barcelona"
            " at the Bernabeu.",
        ),
    ],
)
def test_surgery_a_team_s_task_and_a_match_to_take_charge_of_are_no_moves(
    extractor: Extractor, title: str, summary: str
) -> None:
    assert _claims(extractor, title, summary) == []


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Slot dismisses Liverpool crisis talk", "Arne Slot insisted there is no crisis at Liverpool."),
        (
            "Amorim's future not in doubt, says Ratcliffe",
            "Sir Jim Ratcliffe says Ruben Amorim has his full backing at Manchester United.",
        ),
    ],
)
def test_talk_of_a_sacking_waved_away_is_no_exit(extractor: Extractor, title: str, summary: str) -> None:
    assert _claims(extractor, title, summary) == []


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            # leading a race names the club it leads as a rival suitor
            "Juventus in pole position for Randal Kolo Muani",
            "The Bianconeri lead the race ahead of Tottenham for the PSG striker.",
            {
                ("Randal Kolo Muani", "Juventus", "interest"),
                ("Randal Kolo Muani", "Tottenham Hotspur", "interest"),
            },
        ),
        (
            # a request turned down by the club asked: the approach stands, nobody called it off
            "Brighton reject Tottenham approach for Fabian Hurzeler",
            "Tottenham asked Brighton for permission to speak to Fabian Hurzeler but the request was"
            " turned down.",
            {("Fabian Hürzeler", "Tottenham Hotspur", "approach")},
        ),
        (
            # someone the knowledge base does not know, named after "the agent of"
            "Leipzig hold talks with Werner agent",
            "RB Leipzig have held talks with the agent of Timo Werner about a return.",
            {("Timo Werner", "RB Leipzig", "talks")},
        ),
        (
            # talks confirmed are talks, not a signing
            "Barcelona confirm Rashford talks",
            "Barcelona have confirmed the talks with Marcus Rashford's representatives.",
            {("Marcus Rashford", "Barcelona", "talks")},
        ),
        (
            # turning to a club's ground is turning to its coach, not a move there
            "Chelsea's coaching search",
            "Chelsea sounded out Thomas Frank before they turned to the King Power Stadium.",
            {("Thomas Frank", "Chelsea", "approach")},
        ),
        (
            # a list of refusals: the job one man rejected is the club the other turned down
            "Spurs appoint Frank",
            "Roberto De Zerbi turned Tottenham down to stay at Marseille, and Kieran McKenna rejected the"
            " job to remain at Ipswich.",
            {
                ("Thomas Frank", "Tottenham Hotspur", "done"),
                ("Roberto De Zerbi", "Tottenham Hotspur", "off"),
                ("Roberto De Zerbi", "Marseille", "stay"),
                ("Kieran McKenna", "Ipswich Town", "stay"),
                ("Kieran McKenna", "Tottenham Hotspur", "off"),
            },
        ),
        (
            # a man his club offers to another: an approach about him, not a bid
            "Jadon Sancho offered to Juventus as United look to offload winger",
            "",
            {("Jadon Sancho", "Juventus", "approach")},
        ),
        (
            # offered around, and "he" after "X has told the manager" is the teller
            "Chelsea's summer",
            "Raheem Sterling has no future at Chelsea and has been offered to several Premier League sides."
            " Nicolas Jackson, meanwhile, has told Enzo Maresca he wants to stay at Chelsea.",
            {("Raheem Sterling", "Chelsea", "exit"), ("Nicolas Jackson", "Chelsea", "stay")},
        ),
        (
            # the exit in an "after" clause is from the club of the clause it hangs on
            "Bench news",
            "Everton turned to David Moyes after Sean Dyche was sacked, while Leicester brought back Ruud van"
            " Nistelrooy.",
            {
                ("David Moyes", "Everton", "interest"),
                ("Sean Dyche", "Everton", "exit"),
                ("Ruud van Nistelrooy", "Leicester City", "done"),
            },
        ),
    ],
)
def test_a_race_led_and_a_request_turned_down(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


def test_after_clause_club_comes_before_the_knowledge_base_s(extractor: Extractor) -> None:
    # the knowledge base knows Palladino at Atalanta, his next club: the sentence says whom he left
    claims = _claims(
        extractor,
        "Bench news",
        "Fiorentina turned to Stefano Pioli after Raffaele Palladino resigned, while Atalanta went for"
        " Ivan Juric.",
    )
    assert ("Raffaele Palladino", "Fiorentina", "exit") in _triples(claims)
    assert not any(c.person == "Raffaele Palladino" and c.club == "Atalanta" for c in claims)


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # the club of the manager who wants a man is the buyer
        (
            "Newcastle boss Eddie Howe wants to sign Brentford winger Bryan Mbeumo.",
            {("Bryan Mbeumo", "Newcastle United", "interest")},
        ),
        # a new contract he will not sign is an exit
        (
            "Crystal Palace captain Marc Guehi has told the club he will not sign a new contract.",
            {("Marc Guéhi", "Crystal Palace", "exit")},
        ),
        # translated press: a deal closed for him, a step to come
        (
            "Napoli have closed the deal for Noa Lang, who will arrive on Monday for his medical.",
            {("Noa Lang", "Napoli", "agreed")},
        ),
        # the seller still considering the offer: no agreement yet
        (
            "Tottenham are closing in on West Ham winger Mohammed Kudus. The Ghanaian has agreed personal"
            " terms, and the Hammers are considering a £55m offer.",
            {("Mohammed Kudus", "Tottenham Hotspur", "talks")},
        ),
    ],
)
def test_a_manager_s_club_a_renewal_refused_and_a_deal_closed(
    extractor: Extractor, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, "Transfer news", summary)) == expected


@pytest.mark.parametrize(
    ("title", "body", "napoli"),
    [
        # the nickname Napoli shares with the Italy team: Napoli when the item names Napoli
        (
            "Napoli's midfield plan",
            "Kobbie Mainoo wants a loan. The Azzurri are following the situation.",
            True,
        ),
        # not named otherwise: the national team
        ("Midfield plans", "Kobbie Mainoo wants a loan. The Azzurri are following the situation.", False),
        # a national team's matters, though Napoli is named
        (
            "Gattuso named Italy coach",
            "He coached Napoli. The Azzurri's World Cup hopes are in the balance.",
            False,
        ),
    ],
)
def test_the_azzurri_are_napoli_only_when_the_item_names_napoli(
    extractor: Extractor, title: str, body: str, napoli: bool
) -> None:
    spans = [(0, len(title)), *split_sentences(body, offset=len(title) + 1)]
    sentences = extractor._resolver.resolve(title + "\n" + body, spans, len(title), None)
    last = sentences[-1]
    assert any(slot.kind == "C" and slot.key == "napoli" for slot in last.slots) is napoli


def test_the_dragons_are_porto_when_the_item_names_porto(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Porto: Farioli wants Gabri Veiga",
        "Francesco Farioli has asked the board for Gabri Veiga. The Dragons have already made contact with"
        " Al-Ahli, who want €25m.",
    )
    assert _triples(claims) == {("Gabri Veiga", "Porto", "approach")}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            # the club's choice of a target is no choice of a club by the man
            "Feyenoord want Van Persie",
            "The Heerenveen coach Robin van Persie is the club's choice to replace the dismissed Brian"
            " Priske at De Kuip.",
            {("Robin van Persie", "Feyenoord", "interest")},
        ),
        (
            "Benfica dismiss Bruno Lage; Mourinho is the chosen one",
            "",
            {("Bruno Lage", "Benfica", "exit"), ("José Mourinho", "Benfica", "interest")},
        ),
    ],
)
def test_a_club_s_choice_of_target_is_interest(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


def test_a_seller_considering_the_bid_and_a_replacement_awaited_are_no_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day LIVE",
        "09:05 — Newcastle are still waiting on a replacement for Alexander Isak.\n\n"
        "09:40 — Liverpool have made a British-record bid of £130m for Isak. Newcastle are considering it.",
    )
    assert _triples(claims) == {("Alexander Isak", "Liverpool", "bid")}


def test_a_move_the_man_never_considered_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Isak: I never wanted Arsenal",
        "Alexander Isak has revealed he never considered joining Arsenal before choosing Liverpool.",
    )
    assert _triples(claims) == {
        ("Alexander Isak", "Arsenal", "off"),
        ("Alexander Isak", "Liverpool", "agreed"),
    }


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            # the injured man a club turns elsewhere after is no mover, nor whom the description means
            "Arsenal could turn to Martin Zubimendi after Thomas Partey injury",
            "Mikel Arteta's side are considering a January move for the Real Sociedad midfielder.",
            {("Martín Zubimendi", "Arsenal", "interest")},
        ),
        (
            # the men a signing would be an option with are no movers
            "Chelsea in talks for Pedro Neto",
            "Chelsea boss Enzo Maresca wants him as a new option with Noni Madueke.",
            {("Pedro Neto", "Chelsea", "talks")},
        ),
    ],
)
def test_men_named_for_another_s_sake_are_no_movers(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


def test_a_past_move_in_a_relative_clause_names_a_former_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal scouts watch Adam Wharton",
        "Arsenal had scouts at Selhurst Park on Saturday to run the rule over Adam Wharton, the midfielder"
        " who left Blackburn for Crystal Palace in 2024.",
    )
    assert ("Adam Wharton", "Arsenal", "interest") in _triples(claims)
    assert not any(c.club == "Crystal Palace" for c in claims)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Amorim given two games to save his job",
            "Ruben Amorim has been given two games to save his job at Manchester United.",
            {("Ruben Amorim", "Manchester United", "exit")},
        ),
        (
            "Frank's time at Spurs is up",
            "Thomas Frank's time at Tottenham is up after a ninth defeat in 12 games.",
            {("Thomas Frank", "Tottenham Hotspur", "exit")},
        ),
    ],
)
def test_a_manager_fighting_for_his_job_may_leave(
    extractor: Extractor, title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Rooney: Manchester United must sign a striker",
            "Wayne Rooney believes Manchester United need to sign a proven striker in January.",
        ),
        ("Dortmund fans unveil tribute to Klopp", ""),
    ],
)
def test_a_player_of_a_kind_and_a_tribute_unveiled_are_no_moves(
    extractor: Extractor, title: str, summary: str
) -> None:
    assert _claims(extractor, title, summary) == []


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Liverpool target a centre-back in January",
            "Liverpool will look to sign a centre-back in January, with Arne Slot keen to add depth.",
        ),
        (
            "Mbappe: I never regretted leaving PSG",
            "Kylian Mbappe says he has never regretted his move to Real Madrid from Paris Saint-Germain.",
        ),
        ("Man Utd monitoring Mount's fitness ahead of derby", ""),
    ],
)
def test_depth_to_add_and_a_move_looked_back_on_are_no_claims(
    extractor: Extractor, title: str, summary: str
) -> None:
    assert _claims(extractor, title, summary) == []


@pytest.mark.parametrize(
    "summary",
    [
        "Benjamin Sesko turned Newcastle down for Manchester United.",
        "Benjamin Sesko turned them down for Manchester United, after Newcastle's approach.",
    ],
)
def test_turned_down_for_another_club_is_a_choice_of_it(extractor: Extractor, summary: str) -> None:
    triples = _triples(_claims(extractor, "Sesko decides", summary))
    assert ("Benjamin Šeško", "Manchester United", "agreed") in triples
    assert ("Benjamin Šeško", "Manchester United", "off") not in triples


def test_far_from_a_club_s_first_choice_names_no_origin(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern Munich appoint Burnley boss Vincent Kompany as head coach",
        "Kompany was far from Bayern's first choice.",
    )
    assert ("Vincent Kompany", "Bayern Munich", "done") in _triples(claims)


def test_they_after_a_club_opening_on_a_past_verb_is_that_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal end Sesko pursuit",
        "Arsenal considered Benjamin Sesko's wage demands and Leipzig's asking price too high and have "
        "informed the striker's entourage that they will not pursue the move.",
    )
    assert ("Benjamin Šeško", "Arsenal", "off") in _triples(claims)


def test_also_considered_joins_the_club_just_named_in_the_sentence(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea chiefs sound out Zidane as exiled Sancho eyes Juve escape",
        "Sun Sport understands Chelsea bosses have made informal contact with Zinedine Zidane's camp "
        "about taking over, while former Brighton boss Graham Potter is also under consideration.",
    )
    triples = _triples(claims)
    assert ("Graham Potter", "Chelsea", "interest") in triples
    assert not any(p == "Graham Potter" and c == "Juventus" for p, c, _s in triples)


def test_a_headline_s_second_event_may_describe_its_man_first(extractor: Extractor) -> None:
    triples = _triples(_claims(extractor, "Arsenal sound out Zidane as exiled Sancho eyes Juve escape", ""))
    assert ("Zinedine Zidane", "Arsenal", "approach") in triples
    assert not any(p == "Jadon Sancho" and c == "Arsenal" for p, c, _s in triples)


def test_a_headline_s_choice_after_as_ends_no_other_man_s_move(extractor: Extractor) -> None:
    triples = _triples(
        _claims(
            extractor, "Isak: Newcastle stand firm after Arsenal bid as Sesko picks Manchester United", ""
        )
    )
    assert ("Benjamin Šeško", "Manchester United", "agreed") in triples
    assert not any(p == "Benjamin Šeško" and c == "Arsenal" for p, c, _s in triples)


def test_staying_out_of_the_squad_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Rashford's winter of uncertainty",
        "Marcus Rashford has not played for Manchester United since December, and Ruben Amorim has made "
        "it clear the forward will stay out of the matchday squad.",
    )
    assert not any(c.stage == Stage.STAY for c in claims)


def test_a_sentence_on_a_man_s_situation_makes_him_the_one_talked_about(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United's winter of uncertainty",
        "Marcus Rashford is keen on a move to Barcelona. Alejandro Garnacho's situation is very different. "
        "Napoli saw an opening offer of around €50m turned down.",
    )
    triples = _triples(claims)
    assert ("Alejandro Garnacho", "Napoli", "bid") in triples
    assert not any(p == "Marcus Rashford" and c == "Napoli" for p, c, _s in triples)


def test_talks_with_the_club_are_with_the_other_party_of_the_sentence(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Friday's gossip",
        "Borussia Dortmund are close to a deal for Jadon Sancho, and the Bundesliga club will cover his "
        "wages. Jordan Henderson wants to leave Al-Ettifaq after six months, and Ajax have opened talks "
        "with the club over the former Liverpool captain.",
    )
    triples = _triples(claims)
    assert ("Jordan Henderson", "Ajax", "talks") in triples
    assert not any(p == "Jordan Henderson" and c == "Borussia Dortmund" for p, c, _s in triples)


def test_talks_with_a_described_club_may_be_with_a_man_s_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sancho says no to Roma",
        "Despite an agreement with Manchester United for a loan, Jadon Sancho turned Roma down. "
        "Aston Villa's Leon Bailey is the main alternative, and Roma have already opened talks with the "
        "Premier League club over a loan.",
    )
    triples = _triples(claims)
    assert ("Leon Bailey", "Roma", "talks") in triples
    assert not any(p == "Leon Bailey" and c == "Manchester United" for p, c, _s in triples)


def test_the_club_paid_a_sum_in_full_sells(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Osimhen says no to Al-Hilal",
        "Victor Osimhen has rejected Al-Hilal's proposal, even though the Saudi club had agreed to pay "
        "Napoli the €75m release clause.",
    )
    assert not any(c.club == "Napoli" for c in claims)


def test_the_manager_a_club_would_part_with_is_no_target(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "McKenna stays at Ipswich",
        "United themselves had considered Kieran McKenna as a possible option had they parted with "
        "Erik ten Hag.",
    )
    assert ("Kieran McKenna", "Manchester United", "interest") in _triples(claims)
    assert not any(c.person == "Erik ten Hag" for c in claims)


def test_the_team_mate_a_man_would_be_paired_with_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter Miami eye Luis Suarez reunion with Lionel Messi",
        "Inter Miami are keen to bring Luis Suarez to South Florida. The MLS club believe a move would "
        "suit him, and the prospect of pairing him again with his former Barcelona teammate Messi is a "
        "major draw.",
    )
    assert not any(c.person == "Lionel Messi" for c in claims)


def test_an_age_in_a_sentence_opening_on_a_described_man_is_his(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official: Kylian Mbappe signs for Real Madrid",
        "Real Madrid have announced the signing of Kylian Mbappe. Los Blancos are not finished. Lille "
        "defender Leny Yoro is high on their list of targets, with the club prepared to wait until 2025, "
        "when the 18-year-old's contract expires, if Lille demand too much this summer.",
    )
    assert ("Kylian Mbappé", "Real Madrid", "done") in _triples(claims)
    assert all(c.from_club != "Lille" for c in claims if c.person == "Kylian Mbappé")


def test_a_renewal_not_yet_decided_on_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid news",
        "Bayern Munich have been trying to persuade Alphonso Davies to sign a new contract. Closer to "
        "home, captain Nacho Fernandez has still not decided whether to accept the one-year extension on "
        "the table.",
    )
    assert not any(c.stage == Stage.STAY and c.person == "Nacho" for c in claims)


def test_a_renewal_a_club_tries_to_persuade_him_into_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid news",
        "Madrid also continue to monitor Alphonso Davies. Bayern Munich have been trying to persuade the "
        "Canada left-back to sign a new contract.",
    )
    triples = _triples(claims)
    assert ("Alphonso Davies", "Real Madrid", "interest") in triples
    assert not any(s == "stay" for _p, _c, s in triples)


def test_the_injured_man_a_signing_would_cover_for_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "City news",
        "Manchester City are monitoring Porto midfielder Fabio Vieira as cover for the injured Rodri.",
    )
    assert not any(c.person == "Rodri" for c in claims)


def test_the_manager_a_club_is_managed_by_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool reject £150m Al-Ittihad bid for Mohamed Salah",
        "Al-Ittihad, managed by former Wolves and Tottenham boss Nuno Espirito Santo, have already added "
        "Karim Benzema this summer.",
    )
    assert not any(c.person == "Nuno Espírito Santo" for c in claims)


def test_a_choice_only_supposed_after_if_is_no_claim(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bruno Fernandes rejects Al-Hilal to stay at Manchester United",
        "The Saudi club had offered the captain a three-year deal, but the Portuguese told Ruben Amorim he "
        "wants to continue at Old Trafford. Amorim had said after the final game of the season that he "
        "would understand if his skipper chose to go.",
    )
    assert not any(c.person == "Ruben Amorim" for c in claims)


def test_the_coach_whose_project_a_man_approves_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Julián Álvarez to Atlético, here we go!",
        "Julián Álvarez to Atlético Madrid, here we go! The Argentine striker has already approved the "
        "project with Diego Simeone; medical tests in Madrid are set for Monday.",
    )
    assert ("Julián Álvarez", "Atletico Madrid", "agreed") in _triples(claims)
    assert not any(c.person == "Diego Simeone" for c in claims)


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Paris Saint-Germain are no longer pursuing Victor Osimhen, having signed Goncalo Ramos instead.",
            {
                ("Victor Osimhen", "Paris Saint-Germain", "off"),
                ("Gonçalo Ramos", "Paris Saint-Germain", "done"),
            },
        ),
        (
            "Manchester City have stepped back from a move for Morgan Gibbs-White.",
            {("Morgan Gibbs-White", "Manchester City", "off")},
        ),
        (
            "Inter Milan have turned their backs on Ademola Lookman after Atalanta refused to lower "
            "the price.",
            {("Ademola Lookman", "Inter Milan", "off")},
        ),
        (
            "Barcelona have shelved plans to sign Nico Williams after the winger signed a new deal with "
            "Athletic Club.",
            {("Nico Williams", "Barcelona", "off"), ("Nico Williams", "Athletic Club", "stay")},
        ),
        (
            "Al-Hilal's dream of signing Mohamed Salah is over after the Egyptian signed a new two-year "
            "contract with Liverpool.",
            {("Mohamed Salah", "Al-Hilal", "off"), ("Mohamed Salah", "Liverpool", "stay")},
        ),
        ("Arsenal's move for Benjamin Sesko is dead.", {("Benjamin Šeško", "Arsenal", "off")}),
        ("Arsenal withdraw from Benjamin Sesko chase.", {("Benjamin Šeško", "Arsenal", "off")}),
        ("Arsenal's interest in Benjamin Sesko has faded.", {("Benjamin Šeško", "Arsenal", "off")}),
        (
            "Arsenal have lost the race for Benjamin Sesko to Manchester United.",
            {("Benjamin Šeško", "Arsenal", "off"), ("Benjamin Šeško", "Manchester United", "agreed")},
        ),
    ],
)
def test_more_ways_a_pursuit_ends(
    extractor: Extractor, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, "Transfer news", summary)) == expected


def test_a_club_s_hopes_for_a_man_make_it_no_club_of_his(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli's Kevin De Bruyne hopes fade",
        "Napoli's hopes of signing Kevin De Bruyne are fading after the Belgian asked for more time.",
    )
    assert ("Kevin De Bruyne", "Napoli", "off") in _triples(claims)


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Fiorentina have not wasted time either. Raffaele Palladino, who said goodbye to Monza after two "
            "seasons, has an agreement with Rocco Commisso and will sign a two-year contract.",
            {("Raffaele Palladino", "Fiorentina", "agreed"), ("Raffaele Palladino", "Monza", "exit")},
        ),
        (
            "Arsenal saw two offers for Mykhailo Mudryk turned down by Shakhtar. Mikel Arteta's side decided "
            "against going any higher, opening the door for Todd Boehly, who flew the player to London.",
            {("Mykhailo Mudryk", "Arsenal", "off")},
        ),
    ],
)
def test_a_club_official_never_moves(
    extractor: Extractor, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, "Transfer news", summary)) == expected


def test_a_first_name_before_a_known_surname_makes_another_man(extractor: Extractor) -> None:
    claims = _claims(extractor, "Porto make offer for Brazilian teenager Gabriel Souza", "")
    assert [c.person for c in claims] == ["Gabriel Souza"]


def test_a_director_taking_over_and_moving_quickly_is_no_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City's rebuild",
        "City have also held talks with Burnley over James Trafford. Newcastle are keen on him as well. "
        "Hugo Viana, who has taken over from Txiki Begiristain as director of football, has moved quickly.",
    )
    assert not any(c.stage in (Stage.DONE, Stage.AGREED) for c in claims)


def test_an_official_named_in_full_owns_his_bare_surname(extractor: Extractor) -> None:
    title, body = (
        "Liverpool coach search",
        "Richard Hughes has led the search. Hughes was never convinced by Amorim.",
    )
    spans = [(0, len(title)), *split_sentences(body, offset=len(title) + 1)]
    sentences = extractor._resolver.resolve(title + "\n" + body, spans, len(title), None)
    assert not any(slot.kind == "P" and "hughes" in slot.key for s in sentences for slot in s.slots)


def test_a_window_review_s_arrival_with_its_fee(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea's transfer summer: Maresca got his winger",
        "Pedro Neto finally arrived for €60m from Wolves.",
    )
    assert ("Pedro Neto", "Chelsea", "done") in _triples(claims)


def test_a_return_to_a_ground_with_another_club_is_a_visit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mbappe returns to the Parc des Princes",
        "Kylian Mbappe returned to the Parc des Princes with Real Madrid and was booed by PSG fans.",
    )
    assert claims == []


def test_the_club_that_rejected_it_sells(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli offer for Lookman",
        "Napoli have made an offer for Ademola Lookman. Atalanta rejected it, but the Partenopei are "
        "expected to return with an improved bid for the Nigeria forward.",
    )
    assert _triples(claims) == {("Ademola Lookman", "Napoli", "bid")}


def test_a_second_clause_with_a_club_of_its_own_keeps_its_own_verb(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Aston Villa's January plans",
        "Jacob Ramsey completed his move to Newcastle in the summer and Villa have not replaced him in "
        "midfield.",
    )
    assert _triples(claims) == {("Jacob Ramsey", "Newcastle United", "done")}


def test_a_man_described_by_his_nation_and_his_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona's coaching search",
        "Hansi Flick is the clear favourite to replace Xavi at Barcelona. The former Germany and Bayern "
        "Munich coach met the club's sporting director last week, and the two parties are close to an "
        "agreement.",
    )
    assert ("Hansi Flick", "Barcelona", "talks") in _triples(claims)


def test_two_clubs_open_a_clause_of_their_own_after_and(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham's striker hunt",
        "Brentford's Ivan Toney is the cheaper option. Thomas Frank has said the club will not stand in his "
        "way if the right offer arrives, and Chelsea and Arsenal have also asked about him in the past.",
    )
    triples = _triples(claims)
    assert {("Ivan Toney", "Chelsea", "approach"), ("Ivan Toney", "Arsenal", "approach")} <= triples
    assert not any(c == "Tottenham Hotspur" for _p, c, _s in triples)


def test_a_second_man_sold_with_the_verb_left_out(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham news",
        "Spurs have already sold Pierre-Emile Hojbjerg to Marseille and Emerson Royal to AC Milan this "
        "summer.",
    )
    assert ("Emerson Royal", "AC Milan", "done") in _triples(claims)


def test_a_man_the_knowledge_base_does_not_know_sold_to_a_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Tottenham news", "Spurs have already sold Oliver Skipp to Leicester this summer."
    )
    assert ("Oliver Skipp", "Leicester City", "done") in _triples(claims)


def test_no_interest_in_talk_linking_him_is_no_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Palmer: I'm happy at Chelsea",
        "Cole Palmer insists he is happy at Chelsea and has no interest in talk linking him with "
        "Manchester City.",
    )
    assert not any(c.stage == Stage.INTEREST for c in claims)


def test_a_man_replaced_earlier_is_the_story_once_his_own_news_is_told(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter, Fabregas says no: Chivu is now the favourite",
        "Inter's search for Simone Inzaghi's successor has taken an unexpected turn. Cesc Fàbregas, the "
        "club's first choice, will remain at Como. Inzaghi's departure was made official on Tuesday. The "
        "coach has signed with Al-Hilal.",
    )
    triples = _triples(claims)
    assert ("Simone Inzaghi", "Al-Hilal", "done") in triples
    assert not any(p == "Cesc Fàbregas" and c == "Al-Hilal" for p, c, _s in triples)


def test_a_headline_s_man_saying_no_to_the_club_of_its_label(extractor: Extractor) -> None:
    claims = _claims(extractor, "Inter, Fabregas says no: Chivu is now the favourite", "")
    assert _triples(claims) == {
        ("Cesc Fàbregas", "Inter Milan", "off"),
        ("Cristian Chivu", "Inter Milan", "interest"),
    }


def test_the_club_that_ended_the_negotiations_just_told_ends_that_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ranieri returns: the 73-year-old is Roma's coach again",
        "Claudio Ranieri is back at Roma. Roberto Mancini held talks with the club, but Roma decided they "
        "could not meet the former Italy coach's request for a longer contract and ended the negotiations.",
    )
    assert ("Roberto Mancini", "Roma", "off") in _triples(claims)


def test_a_club_named_by_its_city_is_the_last_club_of_that_city_the_item_named(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Fulham's summer",
        "Joao Palhinha has left Fulham for Bayern Munich. The London club have opened talks with Sporting "
        "over Morten Hjulmand.",
    )
    assert ("Morten Hjulmand", "Fulham", "talks") in _triples(claims)
    assert not any(c.person == "Morten Hjulmand" and c.club == "Bayern Munich" for c in claims)


def test_a_second_man_with_a_verb_of_his_own_after_and_is_a_clause_of_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Manchester United were also busy. Sergio Reguilon arrived on loan from Tottenham, with Luke Shaw "
        "and Tyrell Malacia both sidelined, and goalkeeper Altay Bayindir joined from Fenerbahce for £4.3m.",
    )
    assert ("Altay Bayındır", "Manchester United", "done") in _triples(claims)
    assert not any(c.person in ("Luke Shaw", "Tyrell Malacia") for c in claims)


def test_a_new_head_coach_named_as_the_subject_of_an_as_clause_is_no_appointment(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Albion make contact with Brann over striker Aune Heggebø",
        "West Brom have made an enquiry to SK Brann about forward Aune Heggebø as new head coach Ryan Mason "
        "looks to add a focal point to his attack.",
    )
    assert _triples(claims) == {("Aune Heggebø", "West Bromwich Albion", "approach")}


def test_a_refusal_with_its_particle_after_the_job_names_the_club_considering_others(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Norwich search goes on",
        "Kieran McKenna turned the job down, with Norwich now considering Liam Manning.",
    )
    assert ("Kieran McKenna", "Norwich City", "off") in _triples(claims)


def test_an_age_of_forty_or_more_is_a_managers_not_a_players(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Leverkusen news",
        "Xabi Alonso said goodbye to the BayArena this month, with Jeremie Frimpong also on his way out. "
        "On Sunday Real Madrid confirmed that the 43-year-old has signed a three-year contract.",
    )
    assert ("Xabi Alonso", "Real Madrid", "done") in _triples(claims)
    assert not any(c.person == "Jeremie Frimpong" and c.club == "Real Madrid" for c in claims)


def test_a_headline_list_s_departures_leave_the_club_it_is_under(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Leverkusen's great unravelling: Alonso gone, Wirtz and Frimpong on their way, Ten Hag in the frame",
    )
    assert _triples(claims) == {
        ("Xabi Alonso", "Bayer Leverkusen", "exit"),
        ("Florian Wirtz", "Bayer Leverkusen", "exit"),
        ("Jeremie Frimpong", "Bayer Leverkusen", "exit"),
        ("Erik ten Hag", "Bayer Leverkusen", "interest"),
    }


def test_an_age_is_not_a_man_whose_year_of_birth_gives_another(extractor: Extractor) -> None:
    item = Item(
        id="t",
        title="Chelsea news",
        link=None,
        summary="Chelsea have asked about Kobbie Mainoo. Kyle Walker is available too. Chelsea have now made "
        "an approach for the 19-year-old.",
        published=datetime(2025, 3, 1, tzinfo=UTC),
        source="",
    )
    claims = extractor.extract(item)
    assert ("Kobbie Mainoo", "Chelsea", "approach") in _triples(claims)
    assert not any(c.person == "Kyle Walker" and c.stage is Stage.APPROACH for c in claims)


def test_a_coach_s_age_rules_out_the_coach_born_in_another_year(extractor: Extractor) -> None:
    item = Item(
        id="t",
        title="Leverkusen's search",
        link=None,
        summary="Erik ten Hag is in talks with Leverkusen. The club had first asked Como about Cesc "
        "Fàbregas, but the 38-year-old told them he is staying at Como.",
        published=datetime(2025, 6, 1, tzinfo=UTC),
        source="",
    )
    claims = extractor.extract(item)
    assert ("Cesc Fàbregas", "Como", "stay") in _triples(claims)
    assert not any(c.person == "Erik ten Hag" and c.club == "Como" for c in claims)


def test_another_man_s_situation_after_and_is_his_own_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester news",
        "Kobbie Mainoo's future at Manchester United is uncertain, and Kyle Walker's situation at Manchester "
        "City is no clearer.",
    )
    assert ("Kobbie Mainoo", "Manchester United", "exit") in _triples(claims)
    assert not any(c.person == "Kobbie Mainoo" and c.club == "Manchester City" for c in claims)
    assert not any(c.person == "Kyle Walker" and c.club == "Manchester United" for c in claims)


def test_players_a_coach_wants_kept_are_no_part_of_his_negotiation(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus close in on Simone Inzaghi",
        "Juventus are in talks with Simone Inzaghi. He wants Dusan Vlahovic and Kenan Yildiz to be kept, "
        "while the length of the contract is still to be settled.",
    )
    assert ("Simone Inzaghi", "Juventus", "talks") in _triples(claims)
    assert not any(c.person in ("Dušan Vlahović", "Kenan Yıldız") for c in claims)


def test_a_team_selection_is_no_choice_of_a_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona want Marcus Rashford",
        "Barcelona want Marcus Rashford. Ruben Amorim said he would rather pick his 63-year-old goalkeeping "
        "coach Jorge Vital than a player who does not give his maximum every day.",
    )
    assert not any(c.person in ("Ruben Amorim", "Jorge Vital") for c in claims)


def test_a_club_named_his_preferred_destination_is_his_leaning(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Rashford latest",
        "Aston Villa have made an enquiry about Marcus Rashford. Barcelona remain his preferred destination, "
        "but the Catalan club cannot register him without selling first.",
    )
    assert _triples(claims) >= {
        ("Marcus Rashford", "Barcelona", "interest"),
        ("Marcus Rashford", "Aston Villa", "approach"),
    }


def test_a_main_clause_resumed_after_a_relative_clause_is_not_about_its_people(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea monitor Benfica teenager",
        "Chelsea are monitoring Benfica's teenage winger. Manchester City are also keen. Benfica, who "
        "earlier sold Joao Neves, are in no hurry to lose another academy star and have set a hefty "
        "release clause.",
    )
    assert not any(c.person == "João Neves" for c in claims)


def test_the_teenager_is_nobody_born_too_long_before_the_item(extractor: Extractor) -> None:
    item = Item(
        id="t",
        title="Real Madrid news",
        link=None,
        summary="Real Madrid have asked about Leny Yoro, while Kyle Walker is also available. Madrid have "
        "now made an offer for the teenager.",
        published=datetime(2024, 7, 1, tzinfo=UTC),
        source="",
    )
    triples = _triples(extractor.extract(item))
    assert ("Leny Yoro", "Real Madrid", "bid") in triples
    assert not any(p == "Kyle Walker" for p, _c, _s in triples)


def test_an_official_opening_his_sentence_stands_for_his_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool win race for Wirtz",
        "Bayern Munich have lost out: Liverpool have agreed a fee with Leverkusen for Florian Wirtz. Max "
        "Eberl has now turned his attention to Nick Woltemade.",
    )
    triples = _triples(claims)
    assert ("Nick Woltemade", "Bayern Munich", "interest") in triples
    assert not any(p == "Nick Woltemade" and c == "Liverpool" for p, c, _s in triples)


def test_the_official_of_a_man_s_own_club_does_not_become_the_club_the_item_is_about(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Wirtz commits to Leverkusen",
        "Florian Wirtz has extended his contract with Bayer Leverkusen until 2030. Simon Rolfes described "
        "the deal as a signal to the whole of Europe. Granit Xhaka had publicly urged his team-mate to sign.",
    )
    assert _triples(claims) == {("Florian Wirtz", "Bayer Leverkusen", "stay")}


def test_signing_off_on_spending_is_no_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea's summer",
        "Chelsea want a goalkeeper. Co-owners Todd Boehly and Behdad Eghbali have signed off on further "
        "spending, and Villarreal's Filip Jorgensen is among those being monitored.",
    )
    assert ("Filip Jørgensen", "Chelsea", "interest") in _triples(claims)
    assert not any(c.stage is Stage.DONE for c in claims)


def test_the_official_of_a_man_s_own_club_makes_it_no_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Gyokeres: agreement closed with Arsenal, Swede travels to London",
        "Sporting and Arsenal have reached an agreement for the transfer of Viktor Gyokeres.\n\nThe Swede, "
        "who refused to return to training at Alcochete, is expected to travel to London on Wednesday to "
        "undergo medical tests.\n\nFrederico Varandas had insisted for weeks that the striker would only "
        "leave for an offer that respected Sporting's valuation.",
    )
    assert ("Viktor Gyökeres", "Arsenal", "agreed") in _triples(claims)


def test_the_club_in_a_sentence_an_official_opens_is_his(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid appoint Alonso",
        "Real Madrid have appointed Xabi Alonso, and Leverkusen need a new coach. Real Madrid paid "
        "compensation. Sporting director Simon Rolfes has drawn up a shortlist that includes Cesc "
        "Fabregas, who has impressed at Como, and the club have already spoken with the representatives of "
        "Erik ten Hag.",
    )
    assert ("Erik ten Hag", "Bayer Leverkusen", "approach") in _triples(claims)


def test_a_selling_club_s_official_leaves_the_talks_and_the_topic_to_the_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG's new era takes shape",
        "Luis Enrique asked for youth, and Luis Campos has set about delivering exactly that.\n\nThe "
        "priority now is Joao Neves. Negotiations with Benfica intensified this week: the Parisians have "
        "offered around €60m plus Renato Sanches. Rui Costa is holding out for more, but the talks are "
        "progressing.\n\nDesire Doue is the other major target. The Rennes midfielder has made it clear he "
        "wants to join.",
    )
    assert not any(c.person == "Désiré Doué" and c.club == "Benfica" for c in claims)


def test_an_official_s_list_and_the_official_by_whom_a_man_was_seen_stand_for_his_club(
    extractor: Extractor,
) -> None:
    listed = _claims(
        extractor,
        "Napoli chase Garnacho",
        "Napoli have made a bid for Alejandro Garnacho, and Chelsea are also keen. Other names on sporting "
        "director Giovanni Manna's list include Borussia Dortmund's Karim Adeyemi.",
    )
    assert ("Karim Adeyemi", "Napoli", "interest") in _triples(listed)
    seen_by = _claims(
        extractor,
        "West Ham appoint Potter",
        "West Ham have appointed Graham Potter, and Tottenham have sacked their manager. Potter beat "
        "competition from Edin Terzic, who was interviewed by technical director Tim Steidten in London.",
    )
    assert ("Edin Terzić", "West Ham United", "approach") in _triples(seen_by)


def test_a_role_word_modifying_a_list_is_nobody(extractor: Extractor) -> None:
    claims = _claims(extractor, "Bayern put Woltemade on their striker shortlist")
    assert _triples(claims) == {("Nick Woltemade", "Bayern Munich", "interest")}
    assert claims[0].from_club != "Bayern Munich"


def test_a_club_s_internal_discussions_about_a_bid_are_its_interest(extractor: Extractor) -> None:
    talked = _claims(extractor, "Arsenal news", "Arsenal held internal discussions about Benjamin Sesko.")
    assert _triples(talked) == {("Benjamin Šeško", "Arsenal", "interest")}
    bid = _claims(
        extractor,
        "Chelsea news",
        "Chelsea have held internal discussions about a bid for Manchester United winger Alejandro Garnacho.",
    )
    assert ("Alejandro Garnacho", "Chelsea", "interest") in _triples(bid)


def test_a_name_in_the_notebook_or_an_availability_a_club_is_alerted_to_is_interest(
    extractor: Extractor,
) -> None:
    noted = _claims(
        extractor, "Juventus news", "Juventus want Khephren Thuram. Also in the notebook is Jonathan David"
    )
    assert ("Jonathan David", "Juventus", "interest") in _triples(noted)
    alerted = _claims(extractor, "Arsenal news", "Arsenal have been alerted to Benjamin Sesko's availability")
    assert _triples(alerted) == {("Benjamin Šeško", "Arsenal", "interest")}


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Bryan Mbeumo has chosen a move to Old Trafford over Tottenham.",
            {("Bryan Mbeumo", "Manchester United", "agreed"), ("Bryan Mbeumo", "Tottenham Hotspur", "off")},
        ),
        (
            "Dean Huijsen's move from Bournemouth to Real Madrid is done.",
            {("Dean Huijsen", "Real Madrid", "done")},
        ),
        (
            "Ederson is set to leave Manchester City for Fenerbahce.",
            {("Ederson", "Fenerbahce", "agreed"), ("Ederson", "Manchester City", "exit")},
        ),
    ],
)
def test_stages_of_a_chosen_a_done_and_a_coming_move(
    extractor: Extractor, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _triples(_claims(extractor, "Transfer news", summary)) == expected


@pytest.mark.parametrize(
    "summary",
    [
        "AC Milan have sacked Paulo Fonseca. Sergio Conceicao will replace him.",
        "AC Milan have sacked Paulo Fonseca, who will be replaced by Sergio Conceicao.",
    ],
)
def test_the_man_who_will_replace_a_sacked_coach_is_coming(extractor: Extractor, summary: str) -> None:
    assert ("Sérgio Conceição", "AC Milan", "agreed") in _triples(_claims(extractor, "Milan news", summary))


def test_a_preferred_return_is_a_leaning(extractor: Extractor) -> None:
    claims = _claims(extractor, "Sancho", "Juventus want Jadon Sancho, but he prefers a return to Dortmund")
    assert ("Jadon Sancho", "Borussia Dortmund", "interest") in _triples(claims)


def test_a_man_put_on_the_transfer_list_may_leave(extractor: Extractor) -> None:
    claims = _claims(extractor, "Spurs news", "Tottenham have put Son Heung-min on the transfer list.")
    assert _triples(claims) == {("Son Heung-min", "Tottenham Hotspur", "exit")}


def test_a_list_s_man_close_to_joining_the_club_it_is_about(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus update",
        "Juventus have several deals on. Lois Openda is close to joining, and Noa Lang is close.",
    )
    assert ("Loïs Openda", "Juventus", "talks") in _triples(claims)


def test_a_judge_s_own_clause_after_and_is_not_the_deal_before_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Villa weigh up Rashford",
        "Unai Emery is set to lose Jhon Duran to Al-Nassr, with the Saudi club's offer accepted, and the "
        "Spaniard sees Marcus Rashford as a player who can operate across the front line.",
    )
    assert not any(c.person == "Marcus Rashford" and c.club == "Al-Nassr" for c in claims)


def test_his_departure_after_and_is_a_clause_about_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Marseille news",
        "Pierre-Emerick Aubameyang is in talks with Saudi side Al-Qadsiah, and his departure would make "
        "Mason Greenwood the focal point of the attack.",
    )
    assert _triples(claims) == {("Pierre-Emerick Aubameyang", "Al-Qadsiah", "talks")}


def test_an_accepted_bid_is_off_once_the_man_will_only_join_another_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Caicedo tells Brighton he only wants Chelsea",
        "Liverpool's £111m bid for Moises Caicedo was accepted by Brighton on Friday. But the midfielder has "
        "told the Seagulls he would only join Chelsea.",
    )
    triples = _triples(claims)
    assert ("Moisés Caicedo", "Liverpool", "off") in triples


def test_his_own_choice_after_a_club_s_agreement_is_not_that_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham agree deal for Archie Gray",
        "Tottenham have agreed a deal with Leeds for Archie Gray. Brentford had agreed a fee with Leeds for "
        "the teenager, but he chose to join Ange Postecoglou's side instead.",
    )
    triples = _triples(claims)
    assert ("Archie Gray", "Tottenham Hotspur", "agreed") in triples
    assert not any(c == "Brentford" and s != "off" for _p, c, s in triples)


def test_a_club_s_other_plan_falling_through_is_not_the_last_man_s_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Newcastle signed Nick Woltemade from Stuttgart. Liverpool's other deadline-day plan fell through.",
    )
    assert _triples(claims) == {("Nick Woltemade", "Newcastle United", "done")}


def test_as_a_club_s_ace_pushes_for_exit_is_his_own_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea chief Todd Boehly meets Cristiano Ronaldo's agent as Man Utd ace pushes for exit",
    )
    assert _triples(claims) == {
        ("Cristiano Ronaldo", "Chelsea", "approach"),
        ("Cristiano Ronaldo", "Manchester United", "exit"),
    }


@pytest.mark.parametrize(
    "summary",
    [
        "Arsenal will not let Bukayo Saka leave this summer.",
        "Bukayo Saka has never considered leaving Arsenal.",
        "Mikel Arteta is not under pressure at Arsenal.",
    ],
)
def test_a_leaving_denied_is_no_exit(extractor: Extractor, summary: str) -> None:
    assert not any(c.stage is Stage.EXIT for c in _claims(extractor, "Arsenal", summary))


def test_a_new_paragraph_returns_to_the_one_club_of_the_headline(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG: Galtier out, Luis Enrique in",
        "Paris Saint-Germain have appointed Luis Enrique. Kylian Mbappe will not extend his contract, and "
        "Real Madrid, his dream club, are following the situation closely.\n\nReinforcements are arriving. "
        "Manuel Ugarte is expected to sign this week.",
    )
    triples = _triples(claims)
    assert ("Manuel Ugarte", "Paris Saint-Germain", "agreed") in triples
    assert not any(p == "Manuel Ugarte" and c == "Real Madrid" for p, c, _s in triples)


def test_an_offer_not_yet_accepted_is_no_agreement(extractor: Extractor) -> None:
    claims = _claims(extractor, "Rabiot", "Adrien Rabiot has yet to accept Juventus's renewal offer.")
    assert not any(c.stage is Stage.AGREED for c in claims)


def test_a_new_paragraph_returns_to_the_headline_s_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea agree £115m fee with Brighton for Moises Caicedo",
        "Chelsea have agreed a fee with Brighton for Moises Caicedo. Liverpool have also made a bid for "
        "Romeo Lavia.\n\nMore reinforcements are coming. Cole Palmer is expected to sign this week.",
    )
    triples = _triples(claims)
    assert ("Cole Palmer", "Chelsea", "agreed") in triples
    assert not any(p == "Cole Palmer" and c == "Liverpool" for p, c, _s in triples)


# one sentence, one claim: phrasings found with probes ("met X's representatives", "some way apart",
# "Welcome to Arsenal, X", "is going nowhere", ...)
_SESKO_ARSENAL = ("Benjamin Šeško", "Arsenal")
_SAKA_ARSENAL = ("Bukayo Saka", "Arsenal")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Chelsea",
            "Chelsea want a striker. Chelsea met Victor Osimhen's representatives in London.",
            ("Victor Osimhen", "Chelsea", "approach"),
        ),
        (
            "Chelsea",
            "Chelsea have met with the agent of Victor Osimhen.",
            ("Victor Osimhen", "Chelsea", "approach"),
        ),
        ("Arsenal", "Arsenal have put out feelers for Benjamin Sesko.", (*_SESKO_ARSENAL, "approach")),
        (
            "Arsenal",
            "Arsenal have opened a line of communication with Benjamin Sesko's representatives.",
            (*_SESKO_ARSENAL, "approach"),
        ),
        (
            "Sesko news",
            "Arsenal have matched Leipzig's valuation of Benjamin Sesko.",
            (*_SESKO_ARSENAL, "bid"),
        ),
        (
            "Sesko",
            "Arsenal are still some way apart from Leipzig in their valuation of Benjamin Sesko.",
            (*_SESKO_ARSENAL, "talks"),
        ),
        (
            "Sesko",
            "The gap between Arsenal and Leipzig over Benjamin Sesko is narrowing.",
            (*_SESKO_ARSENAL, "talks"),
        ),
        (
            "Sesko news",
            "Arsenal's €70m offer for Benjamin Sesko has been accepted.",
            (*_SESKO_ARSENAL, "agreed"),
        ),
        ("Arsenal", "Benjamin Sesko has been presented at Arsenal.", (*_SESKO_ARSENAL, "done")),
        ("Arsenal", "Arsenal have wrapped up the signing of Benjamin Sesko.", (*_SESKO_ARSENAL, "done")),
        ("Arsenal", "Arsenal have finalised the signing of Benjamin Sesko.", (*_SESKO_ARSENAL, "done")),
        ("Arsenal", "Welcome to Arsenal, Benjamin Sesko.", (*_SESKO_ARSENAL, "done")),
        ("Arsenal", "Benjamin Sesko becomes Arsenal's fourth summer signing.", (*_SESKO_ARSENAL, "done")),
        (
            "Arsenal",
            "Arsenal have announced Benjamin Sesko's arrival on a five-year contract.",
            (*_SESKO_ARSENAL, "done"),
        ),
        ("Arsenal", "Bukayo Saka is happy at Arsenal and has no plans to leave.", (*_SAKA_ARSENAL, "stay")),
        ("Arsenal", "Bukayo Saka is going nowhere, Arsenal insist.", (*_SAKA_ARSENAL, "stay")),
        ("Arsenal", "Bukayo Saka has pledged his future to Arsenal.", (*_SAKA_ARSENAL, "stay")),
        (
            "Celtic news",
            "Kieran Tierney has signed a pre-contract with Celtic.",
            ("Kieran Tierney", "Celtic", "agreed"),
        ),
        (
            "Bayern news",
            "Talks with Roberto De Zerbi ended when Bayern Munich decided against appointing him.",
            ("Roberto De Zerbi", "Bayern Munich", "off"),
        ),
        (
            "PSG news",
            "PSG also held talks with Julian Nagelsmann but ended them over his demands for control.",
            ("Julian Nagelsmann", "Paris Saint-Germain", "off"),
        ),
        (
            "Juventus news",
            "Juventus sounded out Antonio Conte in May but have been told no.",
            ("Antonio Conte", "Juventus", "off"),
        ),
        (
            "Arsenal news",
            "Arsenal held talks with Leipzig over Benjamin Sesko, but the asking price led them to pull out.",
            ("Benjamin Šeško", "Arsenal", "off"),
        ),
        (
            "Real Madrid news",
            "Paris Saint-Germain had pushed hard for Franco Mastantuono during the spring.",
            ("Franco Mastantuono", "Paris Saint-Germain", "interest"),
        ),
        (
            "PSG news",
            "Julian Nagelsmann held several meetings with PSG, but the club decided not to go any further.",
            ("Julian Nagelsmann", "Paris Saint-Germain", "off"),
        ),
        (
            "Saudi news",
            "Kylian Mbappe refused to even meet Al-Hilal officials.",
            ("Kylian Mbappé", "Al-Hilal", "off"),
        ),
        (
            "PSG news",
            "Julian Nagelsmann held several meetings with PSG.",
            ("Julian Nagelsmann", "Paris Saint-Germain", "talks"),
        ),
        (
            "Bayern news",
            "Bayern held talks with Roberto De Zerbi before deciding he was not the right fit.",
            ("Roberto De Zerbi", "Bayern Munich", "off"),
        ),
        (
            "Al-Ittihad news",
            "Al-Ittihad are busy. Karim Benzema arrived as a free agent.",
            ("Karim Benzema", "Al-Ittihad", "done"),
        ),
        (
            "Saudi news",
            "Kylian Mbappe refused even to meet an Al-Hilal delegation in Paris.",
            ("Kylian Mbappé", "Al-Hilal", "off"),
        ),
        (
            "Bournemouth news",
            "Bournemouth have sealed the signing of Colombian winger Juan Camilo Rojas.",
            ("Juan Camilo Rojas", "Bournemouth", "done"),
        ),
        (
            "Chelsea news",
            "Raheem Sterling's time at Stamford Bridge looks to be over.",
            ("Raheem Sterling", "Chelsea", "exit"),
        ),
        (
            "Arsenal",
            "Arsenal will not be making a move for Victor Osimhen this summer.",
            ("Victor Osimhen", "Arsenal", "off"),
        ),
        ("Arsenal", "Victor Osimhen is no longer on Arsenal's radar.", ("Victor Osimhen", "Arsenal", "off")),
        ("Arsenal", "Arsenal have cooled on Victor Osimhen.", ("Victor Osimhen", "Arsenal", "off")),
        (
            "Arsenal",
            "Arsenal's pursuit of Victor Osimhen has hit a dead end.",
            ("Victor Osimhen", "Arsenal", "off"),
        ),
        (
            "Arsenal",
            "Arsenal failed with a late attempt to sign Victor Osimhen.",
            ("Victor Osimhen", "Arsenal", "off"),
        ),
        (
            "Arsenal",
            "Arsenal have lodged a €60m proposal with Leipzig for Benjamin Sesko.",
            ("Benjamin Šeško", "Arsenal", "bid"),
        ),
        (
            "Marseille's summer",
            "Jonathan Clauss is among the players the club is prepared to move on.",
            ("Jonathan Clauss", "Marseille", "exit"),
        ),
        (
            "Chelsea",
            "Chelsea want to move Romelu Lukaku on this summer.",
            ("Romelu Lukaku", "Chelsea", "exit"),
        ),
        (
            "Marseille",
            "Jonathan Clauss wants to move on.",
            ("Jonathan Clauss", "Marseille", "exit"),
        ),
        (
            "Inter news",
            "Inzaghi signed a two-year deal with Al-Hilal last Wednesday, four days after Inter's 5-0 defeat "
            "to Paris Saint-Germain.",
            ("Simone Inzaghi", "Al-Hilal", "done"),
        ),
        (
            "Sack race",
            "Wolves have lost their last three and the board are running out of patience with Gary O'Neil.",
            ("Gary O'Neil", "Wolverhampton Wanderers", "exit"),
        ),
        (
            "Chelsea break British transfer record",
            "Chelsea completed the signing of Enzo Fernandez from Benfica, with the paperwork lodged "
            "just before the 11pm deadline.",
            ("Enzo Fernández", "Chelsea", "done"),
        ),
        (
            "Arsenal news",
            "Arsenal are finalising the permanent signing of David Raya from Brentford.",
            ("David Raya", "Arsenal", "agreed"),
        ),
        (
            "Fenerbahce",
            "Ederson is finalising his own move to Fenerbahce.",
            ("Ederson", "Fenerbahce", "agreed"),
        ),
        (
            "Real Madrid news",
            "Dean Huijsen has been a Real Madrid player since Wednesday, when the club paid the release"
            " clause in his contract.",
            ("Dean Huijsen", "Real Madrid", "done"),
        ),
        (
            "Bayern news",
            "Pep Guardiola said farewell to Bayern a week ago.",
            ("Pep Guardiola", "Bayern Munich", "exit"),
        ),
        (
            "Benfica: Mourinho is the chosen one",
            "Jose Mourinho, free since being sacked by Fenerbahce in August, is in advanced "
            "negotiations with the club.",
            ("José Mourinho", "Benfica", "talks"),
        ),
        (
            "Spurs news",
            "Antonio Conte, who won the Serie A title with Inter last season, is in talks with Spurs.",
            ("Antonio Conte", "Tottenham Hotspur", "talks"),
        ),
        (
            "Mbeumo",
            "Bryan Mbeumo will only join United, who are preparing a third bid after two were rejected.",
            ("Bryan Mbeumo", "Manchester United", "bid"),
        ),
        (
            "Liverpool news",
            "Liverpool have gone back to Southampton for Romeo Lavia, having already seen three offers "
            "for the Belgian turned down.",
            ("Roméo Lavia", "Liverpool", "bid"),
        ),
        (
            "Bayern Munich in talks with Burnley over Vincent Kompany",
            "Bayern Munich are in talks with Burnley about appointing Vincent Kompany, after a search "
            "in which the German giants have been turned down by a string of more established names.",
            ("Vincent Kompany", "Bayern Munich", "talks"),
        ),
        (
            "Copenhagen",
            "Roony Bardghji has so far declined FCK's offer of a new deal.",
            ("Roony Bardghji", "FC Copenhagen", "exit"),
        ),
        (
            "Manchester United move for Ruben Amorim",
            "Manchester United have made Ruben Amorim their No 1 choice and have informed Sporting they"
            " are prepared to pay his release clause.",
            ("Ruben Amorim", "Manchester United", "interest"),
        ),
        (
            "Milan news",
            "Kyle Walker left after seven and a half years to join AC Milan on loan.",
            ("Kyle Walker", "AC Milan", "done"),
        ),
        (
            "Forest",
            "Forest approached Fulham about Marco Silva, whose contract expires next summer, but were "
            "rebuffed.",
            ("Marco Silva", "Nottingham Forest", "approach"),
        ),
        (
            "Spurs news",
            "Tottenham are closing in on a deal for Genoa defender Radu Dragusin, although the fee is "
            "still being finalised.",
            ("Radu Drăgușin", "Tottenham Hotspur", "talks"),
        ),
        (
            "Real Madrid want Saliba",
            "Madrid have followed William Saliba for two seasons, and Florentino Perez sees him as the "
            "natural heir to Raphael Varane.",
            ("William Saliba", "Real Madrid", "interest"),
        ),
        (
            "Rice news",
            "Declan Rice will undergo a medical at London Colney on Friday.",
            ("Declan Rice", "Arsenal", "agreed"),
        ),
        (
            "Barcelona news",
            "Barcelona want to offload Samuel Umtiti before the window closes.",
            ("Samuel Umtiti", "Barcelona", "exit"),
        ),
        (
            "United news",
            "Manchester United are ready to cash in on Alejandro Garnacho this summer.",
            ("Alejandro Garnacho", "Manchester United", "exit"),
        ),
        (
            "Under-fire Pochettino could leave Chelsea",
            "",
            ("Mauricio Pochettino", "Chelsea", "exit"),
        ),
        (
            "Tearful Messi says goodbye to Barcelona",
            "",
            ("Lionel Messi", "Barcelona", "exit"),
        ),
        (
            "Wantaway Sancho pushes for Juventus move",
            "",
            ("Jadon Sancho", "Juventus", "interest"),
        ),
        (
            "City news",
            "Manchester City, who tried to sign Lionel Messi last summer, have ruled themselves out after "
            "spending £100m on Jack Grealish.",
            ("Lionel Messi", "Manchester City", "off"),
        ),
        (
            "Benfica make Almeria striker Darwin Nunez their record signing",
            "",
            ("Darwin Núñez", "Benfica", "done"),
        ),
        (
            "Leipzig news",
            "Red Bull Salzburg coach Jesse Marsch is the favourite to take over at RB Leipzig, having "
            "worked as Ralf Rangnick's assistant there in 2018-19.",
            ("Jesse Marsch", "RB Leipzig", "interest"),
        ),
        (
            "Milan news",
            "Milan have agreed in principle to bring in Ralf Rangnick as coach.",
            ("Ralf Rangnick", "AC Milan", "agreed"),
        ),
        (
            "Chelsea news",
            "Raheem Sterling is no longer part of Chelsea's plans.",
            ("Raheem Sterling", "Chelsea", "exit"),
        ),
        (
            "Barcelona news",
            "The 8-2 defeat cost Quique Setien his job.",
            ("Quique Setién", "Barcelona", "exit"),
        ),
        (
            "Arsenal news",
            "Arsenal will make a third offer in the coming days, with Declan Rice's preference to move to "
            "the Emirates.",
            ("Declan Rice", "Arsenal", "bid"),
        ),
        (
            "Chelsea agree British-record £115m fee for Moises Caicedo",
            "",
            ("Moisés Caicedo", "Chelsea", "agreed"),
        ),
        (
            "Wayne Rooney turns down chance to interview for Everton job",
            "",
            ("Wayne Rooney", "Everton", "off"),
        ),
        (
            "Barcelona ask Wolves about Adama Traoré loan",
            "",
            ("Adama Traoré", "Barcelona", "approach"),
        ),
        (
            "Al-Ittihad news",
            "Al-Ittihad are hoping to sign Mohamed Salah.",
            ("Mohamed Salah", "Al-Ittihad", "interest"),
        ),
        (
            "Cristiano Ronaldo to return to Manchester United",
            "",
            ("Cristiano Ronaldo", "Manchester United", "agreed"),
        ),
        (
            "Newcastle news",
            "Newcastle will also revisit Wolves striker Jorgen Strand Larsen.",
            ("Jørgen Strand Larsen", "Newcastle United", "interest"),
        ),
        (
            "Deadline day live",
            "Brentford confirm Ivan Toney has joined Saudi Pro League side Al-Ahli in a deal worth up to "
            "£40m.",
            ("Ivan Toney", "Al-Ahli", "done"),
        ),
        (
            "Bologna news",
            "Vincenzo Italiano is the new coach of Bologna. Italiano's first task will be to convince Joshua "
            "Zirkzee to stay.",
            ("Vincenzo Italiano", "Bologna", "done"),
        ),
        (
            "Leverkusen news",
            "Alex Grimaldo had already left on a free transfer to Bayer Leverkusen.",
            ("Alejandro Grimaldo", "Bayer Leverkusen", "done"),
        ),
        (
            "Roma news",
            "Mario Hermoso left at the end of his contract to join Roma.",
            ("Mario Hermoso", "Roma", "done"),
        ),
        (
            "Benfica's window",
            "The Eagles broke their transfer record to sign Orkun Kokcu from Feyenoord for €25 million.",
            ("Orkun Kökçü", "Benfica", "done"),
        ),
        (
            "Benfica's window",
            "Benfica welcomed back Angel Di Maria on a free transfer.",
            ("Ángel Di María", "Benfica", "done"),
        ),
        (
            "Saudi news",
            "Al-Hilal paid Wolves 55 million euros for Ruben Neves.",
            ("Rúben Neves", "Al-Hilal", "done"),
        ),
        (
            "Henderson joins Saudi exodus as Al-Hilal await Mbappe answer",
            "Jordan Henderson has completed his move from Liverpool to Al-Ettifaq.",
            ("Jordan Henderson", "Al-Ettifaq", "done"),
        ),
        (
            "Deadline day",
            "Liverpool wrapped up a £34m deal for Bayern Munich midfielder Ryan Gravenberch.",
            ("Ryan Gravenberch", "Liverpool", "done"),
        ),
        (
            "Deadline day",
            "Liverpool wrapped up a £34m deal for Ryan Gravenberch, the Dutchman having travelled to "
            "Merseyside on Thursday to undergo a medical.",
            ("Ryan Gravenberch", "Liverpool", "done"),
        ),
        (
            "Roma news",
            "Roma want Paulo Fonseca, and an agreement in principle was reached on Monday.",
            ("Paulo Fonseca", "Roma", "agreed"),
        ),
        (
            "Bayern news",
            "Julian Nagelsmann chose to extend his contract with the German national team rather than come "
            "back to Bayern Munich.",
            ("Julian Nagelsmann", "Bayern Munich", "off"),
        ),
        (
            "PSG news",
            "PSG have agreed a fee of around 60 million euros with Sporting Lisbon for Manuel Ugarte.",
            ("Manuel Ugarte", "Paris Saint-Germain", "agreed"),
        ),
        (
            "Real Madrid news",
            "Real Madrid also like Bayern Munich's Alphonso Davies, who has not renewed a contract that "
            "runs until 2025.",
            ("Alphonso Davies", "Real Madrid", "interest"),
        ),
        (
            "Real Madrid's summer",
            "Kylian Mbappe remains Real Madrid's great objective.",
            ("Kylian Mbappé", "Real Madrid", "interest"),
        ),
        (
            "River Plate news",
            "River Plate are keen on bringing back academy graduate German Pezzella, currently at Real "
            "Betis.",
            ("Germán Pezzella", "River Plate", "interest"),
        ),
        (
            "Benfica news",
            "Ukrainian goalkeeper Anatoliy Trubin joined from Shakhtar Donetsk.",
            ("Anatoliy Trubin", "Benfica", "done"),
        ),
        (
            "PSG's summer window",
            "Costa Rica goalkeeper Keylor Navas arrived from Real Madrid on a four-year contract.",
            ("Keylor Navas", "Paris Saint-Germain", "done"),
        ),
        (
            "Burnley news",
            "Burnley have begun the search for a new manager, with former Fulham and Bournemouth boss "
            "Scott Parker among the candidates.",
            ("Scott Parker", "Burnley", "interest"),
        ),
        (
            "Atletico news",
            "Atletico Madrid have paid Joao Felix's €126m release clause to Benfica.",
            ("João Félix", "Atletico Madrid", "agreed"),
        ),
        (
            "Napoli news",
            "Napoli's first choice is Romelu Lukaku, the spearhead of Inter's 2021 Scudetto.",
            ("Romelu Lukaku", "Napoli", "interest"),
        ),
        (
            "Liverpool's summer",
            "Jurgen Klopp's midfield has been overhauled this summer, with Fabinho sold to Al-Ittihad.",
            ("Fabinho", "Al-Ittihad", "done"),
        ),
        (
            "Newcastle's January window",
            "Bruno Guimaraes signed from Lyon in a deal that could rise to £40m.",
            ("Bruno Guimarães", "Newcastle United", "done"),
        ),
        (
            "Manchester United news",
            "Manchester United's summer-long pursuit of Frenkie de Jong is over.",
            ("Frenkie de Jong", "Manchester United", "off"),
        ),
        (
            "Manchester United news",
            "United's attention has now turned to Ajax winger Antony.",
            ("Antony", "Manchester United", "interest"),
        ),
    ],
)
def test_one_sentence_gives_its_one_claim(
    extractor: Extractor, title: str, summary: str, expected: tuple[str, str, str]
) -> None:
    assert _triples(_claims(extractor, title, summary)) == {expected}


def test_a_club_that_would_listen_to_offers_lets_him_go(extractor: Extractor) -> None:
    claims = _claims(extractor, "Bayern's summer", "Bayern would listen to offers for Kingsley Coman.")
    assert _triples(claims) == {("Kingsley Coman", "Bayern Munich", "exit")}
    # (not a club that refuses to hear them)
    refused = _claims(extractor, "Bayern", "Bayern refused to listen to offers for Kingsley Coman.")
    assert ("Kingsley Coman", "Bayern Munich", "exit") not in _triples(refused)


def test_clubs_hearing_offers_are_no_bidders_and_sell_no_coach(extractor: Extractor) -> None:
    # the seller hears offers; the two clubs after it ask about him
    ramsdale = _claims(
        extractor,
        "Ramsdale news",
        "Arsenal will listen to offers of around £30m for Aaron Ramsdale, and both Newcastle and Wolves have "
        "made enquiries about his availability.",
    )
    assert _triples(ramsdale) == {
        ("Aaron Ramsdale", "Arsenal", "exit"),
        ("Aaron Ramsdale", "Newcastle United", "approach"),
        ("Aaron Ramsdale", "Wolverhampton Wanderers", "approach"),
    }
    # a bidder after "offers from" is not the club he leaves
    palhinha = _claims(
        extractor, "Fulham news", "Fulham would listen to offers from Newcastle for Joao Palhinha."
    )
    assert ("João Palhinha", "Newcastle United", "exit") not in _triples(palhinha)
    # the coach named before is not the one sold
    flick = _claims(
        extractor,
        "Barcelona news",
        "Marc-Andre ter Stegen has three years left on his contract, but Hansi Flick has told him that the "
        "number one shirt is not guaranteed, and the club would listen to offers.",
    )
    assert _triples(flick) == {("Marc-André ter Stegen", "Barcelona", "exit")}
    # a player who wants to stay stays, whatever the club would hear
    goretzka = _claims(
        extractor,
        "Goretzka news",
        "Leon Goretzka wants to stay at Bayern Munich, although the club would listen to offers.",
    )
    assert _triples(goretzka) == {("Leon Goretzka", "Bayern Munich", "stay")}


def test_a_clubs_next_move_after_a_signing_is_the_next_mans(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern news",
        "Bayern Munich have already signed Jonathan Tah, and are now targeting Florian Wirtz.",
    )
    assert ("Florian Wirtz", "Bayern Munich", "interest") in _triples(claims)
    assert ("Florian Wirtz", "Bayern Munich", "done") not in _triples(claims)


def test_talks_ended_then_the_club_turns_to_another_man(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG news",
        "PSG held talks with Julian Nagelsmann but ended them over his demands, and the club sounded out "
        "Bologna's Thiago Motta before settling on the Spaniard.",
    )
    assert _triples(claims) == {
        ("Julian Nagelsmann", "Paris Saint-Germain", "off"),
        ("Thiago Motta", "Paris Saint-Germain", "approach"),
    }


def test_a_rival_left_empty_handed_is_off_not_leaving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal agree £67.5m Eberechi Eze deal as Tottenham are left empty-handed",
        "Arsenal have agreed a deal with Crystal Palace.",
    )
    assert _triples(claims) == {
        ("Eberechi Eze", "Arsenal", "agreed"),
        ("Eberechi Eze", "Tottenham Hotspur", "off"),
    }


def test_a_headline_lists_each_clubs_push_as_its_own(extractor: Extractor) -> None:
    claims = _claims(extractor, "Mercato: Napoli rebuild, Juve push for Koopmeiners", "")
    assert _triples(claims) == {("Teun Koopmeiners", "Juventus", "interest")}
    # (not a man's push for his own exit, with the next man's news after it)
    exit_push = _claims(
        extractor, "Newcastle news", "Kieran Trippier pushes for exit and Miguel Almiron nears a return."
    )
    assert not any(c.stage.value == "interest" for c in exit_push)


def test_a_candidate_who_rules_himself_out_is_off_for_the_club_the_item_is_about(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Bayern Munich's search for a coach",
        "Bayern Munich want a new coach. Xabi Alonso ruled himself out in March to stay at Bayer Leverkusen.",
    )
    assert ("Xabi Alonso", "Bayern Munich", "off") in _triples(claims)
    # (not a player out of a game)
    injured = _claims(
        extractor, "Arsenal news", "Arsenal want a striker. Bukayo Saka ruled himself out of Sunday's game."
    )
    assert _triples(injured) == set()


def test_a_coach_who_considers_his_midfield_the_best_wants_nobody(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG, the year after: a squad without Mbappé",
        "The attack is shared. Ousmane Dembélé, Bradley Barcola and Randal Kolo Muani started the season in "
        "form, Gonçalo Ramos wants more minutes and Lee Kang-in offers another option on the right. Behind "
        "them, Vitinha and Warren Zaïre-Emery remain the axis of a midfield that Luis Enrique considers the "
        "best in France.",
    )
    assert not any(c.person == "Vitinha" for c in claims)


def test_the_man_a_newcomer_comes_to_push_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG news",
        "Désiré Doué arrived from Rennes for €50m, Willian Pacho from Eintracht Frankfurt to partner "
        "Marquinhos, and Matvey Safonov from Krasnodar to push Gianluigi Donnarumma.",
    )
    assert not any(c.person in ("Gianluigi Donnarumma", "Marquinhos") for c in claims)


def test_a_headline_lists_men_out_of_the_project_apart_from_a_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Juventus: Koopmeiners offer rejected, Chiesa and Szczesny out of the project", ""
    )
    assert _triples(claims) == {
        ("Teun Koopmeiners", "Juventus", "bid"),
        ("Federico Chiesa", "Juventus", "exit"),
        ("Wojciech Szczęsny", "Juventus", "exit"),
    }


def test_a_last_game_for_his_club_is_his_exit_from_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern news",
        "Thomas Müller played his last game for Bayern in the quarter-final defeat to PSG.",
    )
    assert _triples(claims) == {("Thomas Müller", "Bayern Munich", "exit")}
    # "the club" he played for is the one the item is about, not the last one named
    farewell = _claims(
        extractor,
        "Bayern's summer",
        "Bayern Munich have had a busy summer. Leroy Sané has left for Galatasaray, and Thomas Müller played "
        "his final game for the club in Atlanta.",
    )
    assert ("Thomas Müller", "Bayern Munich", "exit") in _triples(farewell)


def test_a_headline_asking_whether_he_moves_is_interest(extractor: Extractor) -> None:
    asked = _claims(extractor, "Guehi to the Etihad?", "")
    assert _triples(asked) == {("Marc Guéhi", "Manchester City", "interest")}
    told = _claims(extractor, "Guehi to the Etihad", "")
    assert _triples(told) == {("Marc Guéhi", "Manchester City", "agreed")}


def test_the_club_told_he_wants_to_move_is_the_one_he_leaves(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Tottenham news", "Harry Kane has told Tottenham he wants to move to Bayern Munich."
    )
    assert ("Harry Kane", "Tottenham Hotspur", "interest") not in _triples(claims)
    assert ("Harry Kane", "Bayern Munich", "interest") in _triples(claims)


def test_a_man_set_to_join_another_club_instead_ends_the_rivals_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ekitike news",
        "Newcastle had a bid rejected for Hugo Ekitike. The Frenchman is now set to join Liverpool instead.",
    )
    assert _triples(claims) == {
        ("Hugo Ekitike", "Newcastle United", "off"),
        ("Hugo Ekitike", "Liverpool", "agreed"),
    }


def test_the_club_a_rival_lost_out_to_is_not_off(extractor: Extractor) -> None:
    claims = _claims(extractor, "Arsenal", "Arsenal lost out to Galatasaray in the race for Victor Osimhen.")
    assert ("Victor Osimhen", "Arsenal", "off") in _triples(claims)
    assert ("Victor Osimhen", "Galatasaray", "off") not in _triples(claims)


def test_a_stay_his_club_only_hopes_for_is_no_stay(extractor: Extractor) -> None:
    tie_down = _claims(
        extractor,
        "Valencia",
        "Valencia also want to tie down Cesar Tarrega, who has been watched by Newcastle United this season.",
    )
    assert _triples(tie_down) == {("César Tárrega", "Newcastle United", "interest")}
    hopeful = _claims(
        extractor,
        "Liverpool",
        "Real Madrid want Ibrahima Konate. Liverpool remain hopeful of agreeing a new deal.",
    )
    assert _triples(hopeful) == {("Ibrahima Konaté", "Real Madrid", "interest")}
    renewal = _claims(
        extractor, "Bayern", "Real Madrid have sounded out Alphonso Davies as Bayern Munich push for renewal."
    )
    assert _triples(renewal) == {("Alphonso Davies", "Real Madrid", "approach")}
    # (his own wish is his: "wants to stay")
    his = _claims(
        extractor, "Palace", "Marc Guehi wants to stay at Crystal Palace despite interest from Liverpool."
    )
    assert ("Marc Guéhi", "Crystal Palace", "stay") in _triples(his)


def test_a_candidate_who_said_no_is_off_for_the_club_the_item_is_about(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern Munich's search for a coach",
        "Bayern Munich want a new coach. Ralf Rangnick, the Austria coach, also said no at the start of May.",
    )
    assert _triples(claims) == {("Ralf Rangnick", "Bayern Munich", "off")}
    # (not "said no decision has been made", nor a headline's list that goes on)
    undecided = _claims(
        extractor, "Bayern's search", "Bayern want a coach. Ralf Rangnick said no decision has been made."
    )
    assert ("Ralf Rangnick", "Bayern Munich", "off") not in _triples(undecided)
    listed = _claims(extractor, "Inter choose Chivu after Fabregas says no, Roma present Gasperini", "")
    assert ("Cesc Fàbregas", "Roma", "off") not in _triples(listed)


def test_the_club_that_answers_a_bid_named_by_its_player_sells(extractor: Extractor) -> None:
    accepted = _claims(
        extractor, "Jordan Henderson in talks over Al-Ettifaq move as Liverpool accept Fabinho bid", ""
    )
    assert _triples(accepted) == {("Jordan Henderson", "Al-Ettifaq", "talks")}
    rejected = _claims(extractor, "Brighton reject second Caicedo offer from Arsenal", "")
    assert _triples(rejected) == {("Moisés Caicedo", "Arsenal", "bid")}
    refused = _claims(
        extractor, "Saudi Pro League review: Neymar, Henderson and the £150m Salah bid Liverpool refused", ""
    )
    assert not any(c.club == "Liverpool" for c in refused)


def test_the_side_a_result_was_against_is_an_opponent(extractor: Extractor) -> None:
    sacked = _claims(
        extractor,
        "Aston Villa confirm Unai Emery as Steven Gerrard's replacement",
        "Emery replaces Steven Gerrard, who was sacked on Thursday after a 3-0 thrashing at Fulham left "
        "Villa one point above the drop zone.",
    )
    assert not any(c.club == "Fulham" for c in sacked)
    romp = _claims(
        extractor,
        "Aston Villa confirm Unai Emery as Steven Gerrard's replacement",
        "First-team coach Aaron Danks, who took temporary charge for Sunday's 4-0 romp over Brentford, will "
        "stay in the hot seat until the new man arrives.",
    )
    assert not any(c.club == "Brentford" for c in romp)


def test_the_way_a_man_went_after_he_left_is_a_move_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Jorginho did leave Chelsea, moving across the capital to Premier League leaders Arsenal for £12m.",
    )
    assert ("Jorginho", "Arsenal", "done") in _triples(claims)
    # (not a leaving still to come)
    future = _claims(extractor, "Deadline day", "Jorginho will leave Chelsea, moving to Arsenal for £12m.")
    assert ("Jorginho", "Arsenal", "done") not in _triples(future)


def test_a_speaker_who_reports_on_a_group_of_players_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United's surplus",
        "Ruben Amorim had made clear both players had no future at Old Trafford.",
    )
    assert _triples(claims) == set()
    # (his own future, told by himself, stays his)
    own = _claims(extractor, "United", "Ruben Amorim has made clear he has no future at Old Trafford.")
    assert ("Ruben Amorim", "Manchester United", "exit") in _triples(own)


def test_a_man_who_instead_took_over_elsewhere_ends_the_other_pursuits(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Everton's search",
        "Graham Potter had been on the Toffees' list too. The former Chelsea boss has instead taken over at "
        "West Ham.",
    )
    assert ("Graham Potter", "Everton", "off") in _triples(claims)
    assert ("Graham Potter", "West Ham United", "done") in _triples(claims)


def test_a_coach_deciding_with_the_recruitment_team_acts_for_the_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "United news",
        "United had previously looked at Aston Villa's Ollie Watkins, but Ruben Amorim and the recruitment "
        "team decided against a move, judging Sesko better long-term value.",
    )
    assert _triples(claims) == {("Ollie Watkins", "Manchester United", "off")}


def test_a_potential_replacement_is_wanted_and_the_man_replaced_is_not(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs consider Frank",
        "Tottenham are considering Brentford's Thomas Frank as a potential replacement for Ange Postecoglou, "
        "whose future remains uncertain.",
    )
    assert _triples(claims) == {
        ("Thomas Frank", "Tottenham Hotspur", "interest"),
        ("Ange Postecoglou", "Tottenham Hotspur", "exit"),
    }
    # (the one who would leave, after "a potential replacement should", is no one wanted either)
    lined_up = _claims(
        extractor,
        "Palace",
        "Palace have lined up Wolfsburg's Maxence Lacroix as a potential replacement should Guehi leave.",
    )
    assert ("Maxence Lacroix", "Crystal Palace", "interest") in _triples(lined_up)


def test_a_club_that_opens_a_paragraph_after_a_word_is_still_the_club(extractor: Extractor) -> None:
    title = "Manchester United news"
    body = "With United 14th, the pressure on Erik ten Hag is building again."
    spans = [(0, len(title)), *split_sentences(body, offset=len(title) + 1)]
    sentences = extractor._resolver.resolve(title + "\n" + body, spans, len(title), None)
    assert [(s.kind, s.key) for s in sentences[1].slots if s.kind == "C"] == [("C", "manchester-united")]


def test_a_buyer_rebuffed_by_the_seller_still_bid(extractor: Extractor) -> None:
    assert _triples(_claims(extractor, "Galatasaray are rebuffed for Minteh")) == {
        ("Yankuba Minteh", "Galatasaray", "bid")
    }
    assert _triples(_claims(extractor, "Milan rebuffed over Giménez; City sniff around Nico González")) >= {
        ("Santiago Giménez", "AC Milan", "bid")
    }
    rejected = _claims(
        extractor,
        "Fulham news",
        "Scott McTominay had been the subject of two rejected offers from Fulham earlier in the window.",
    )
    assert _triples(rejected) == {("Scott McTominay", "Fulham", "bid")}


def test_a_step_with_no_club_belongs_to_the_move_furthest_along(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli agree fee with Manchester United for Scott McTominay",
        "Napoli have agreed a fee with Manchester United for Scott McTominay. The Scotland midfielder had "
        "been the subject of two rejected offers from Fulham earlier in the window. The 27-year-old is due "
        "to undergo a medical on Friday.",
    )
    assert _triples(claims) == {
        ("Scott McTominay", "Napoli", "agreed"),
        ("Scott McTominay", "Fulham", "bid"),
    }


def test_a_headlines_second_event_of_a_club_going_back_in(extractor: Extractor) -> None:
    title = "Moisés Caicedo snubs Liverpool for Chelsea as Reds go back in for Romeo Lavia"
    claims = _claims(extractor, title)
    assert _triples(claims) == {
        ("Moisés Caicedo", "Liverpool", "off"),
        ("Moisés Caicedo", "Chelsea", "agreed"),
        ("Roméo Lavia", "Liverpool", "interest"),
    }


def test_a_headlines_second_verb_is_its_own_event(extractor: Extractor) -> None:
    favours = _claims(extractor, "Bayern pull out of Wirtz race as Leverkusen star favours Liverpool")
    assert ("Florian Wirtz", "Liverpool", "off") not in _triples(favours)
    assert ("Florian Wirtz", "Bayern Munich", "off") in _triples(favours)
    pushes = _claims(extractor, "Osimhen rejects Al-Hilal, pushes for Galatasaray return")
    assert ("Victor Osimhen", "Galatasaray", "off") not in _triples(pushes)
    assert ("Victor Osimhen", "Al-Hilal", "off") in _triples(pushes)


def test_a_player_known_by_his_full_name_only(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs news",
        "Timo Werner will undergo a medical at Tottenham on Monday ahead of a loan move from RB Leipzig. "
        "Werner scored 24 goals in his last full season in Germany.",
    )
    assert _triples(claims) == {("Timo Werner", "Tottenham Hotspur", "agreed")}
    # his surname, after his full name, is his ("Van de Beek arrives" after "Donny van de Beek")
    body = "Everton have signed Donny van de Beek. Van de Beek arrives on loan from Manchester United."
    spans = [(0, len("Everton")), *split_sentences(body, offset=len("Everton") + 1)]
    sentences = extractor._resolver.resolve("Everton\n" + body, spans, len("Everton"), None)
    assert [s.key for s in sentences[2].slots if s.kind == "P"] == ["donny-van-de-beek"]


def test_a_request_the_selling_club_turned_down_is_still_an_approach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Middlesbrough reject Wolves approach for Rob Edwards",
        "Boro turned down the Premier League club's request because Edwards only took charge in June.",
    )
    assert _triples(claims) == {("Rob Edwards", "Wolverhampton Wanderers", "approach")}


def test_a_pre_contract_still_to_be_talked_about_is_no_agreement(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid want Konate",
        "Real Madrid are in talks with Ibrahima Konate, who will be free to discuss a pre-contract with "
        "foreign clubs from January.",
    )
    assert ("Ibrahima Konaté", "Real Madrid", "agreed") not in _triples(claims)


def test_a_switch_dated_to_an_earlier_year_is_history(extractor: Extractor) -> None:
    item = Item(
        id="t",
        title="Deadline day",
        link=None,
        summary="Deadline day has produced some famous late moves over the years, from Fernando Torres' £50m "
        "switch to Chelsea in 2011 to Mesut Özil's arrival at Arsenal in 2013.",
        published=datetime(2025, 1, 31, tzinfo=UTC),
        source="Sky Sports",
    )
    assert extractor.extract(item) == []


def test_a_headlines_first_name_is_the_man_the_item_names_in_full(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bruno turns down Al Hilal riches to stay at Man Utd",
        "Bruno Fernandes has rejected a lucrative offer from Al-Hilal and will remain at Old Trafford.",
    )
    assert {c.person for c in claims} == {"Bruno Fernandes"}


def test_the_club_of_a_man_back_from_loan_is_not_his_loan_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea's squad under Maresca",
        "Chelsea have a big squad. Romelu Lukaku is back from his loan at Roma and has no future at the "
        "club.",
    )
    assert ("Romelu Lukaku", "Chelsea", "exit") in _triples(claims)


def test_a_clubs_where_aside_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea squad",
        "Napoli, where Antonio Conte has just taken over, want Romelu Lukaku, though they are yet to make "
        "contact about a fee.",
    )
    assert ("Romelu Lukaku", "Napoli", "interest") in _triples(claims)


def test_a_man_who_will_not_accept_an_offer_ends_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bruno Fernandes turns his back on Saudi riches",
        "Bruno Fernandes has told Al-Hilal he will not accept their £100m offer and is staying at Old "
        "Trafford.",
    )
    assert _triples(claims) == {
        ("Bruno Fernandes", "Al-Hilal", "off"),
        ("Bruno Fernandes", "Manchester United", "stay"),
    }


def test_a_sellers_price_is_no_pursuit_of_its_own_player(extractor: Extractor) -> None:
    claims = _claims(extractor, "Kane news", "Spurs will not accept any offer below £100m for Harry Kane.")
    assert not any(c.club == "Tottenham Hotspur" and c.stage.value == "interest" for c in claims)


def test_a_match_or_tactics_circle_and_link_are_no_pursuit(extractor: Extractor) -> None:
    tactics = _claims(
        extractor,
        "How Bayer Leverkusen control games",
        "Bayer Leverkusen have built something special. Florian Wirtz and Jonas Hofmann drift into the "
        "half-spaces. Adli drops deeper and links with Wirtz, and the German international has thrived.",
    )
    assert _triples(tactics) == set()
    title = _claims(
        extractor,
        "Napoli are champions of Italy",
        "Napoli are champions of Italy for the first time since 1990. Luciano Spalletti, who wins his first "
        "Scudetto at the age of 64, was thrown into the air by his players in the centre circle.",
    )
    assert _triples(title) == set()
    # (a club circling a man still wants him)
    circling = _claims(extractor, "Arsenal circle Victor Osimhen", "")
    assert ("Victor Osimhen", "Arsenal", "interest") in _triples(circling)


def test_a_club_selling_its_own_man_lets_him_go(extractor: Extractor) -> None:
    # the club that sells, named in the clause before ("and would be willing to sell Y")
    barcelona = _claims(
        extractor,
        "Messi says goodbye to Barcelona as PSG talks advance",
        "Barcelona want to offload Samuel Umtiti and Miralem Pjanic before the window closes, and would be "
        "willing to sell Antoine Griezmann if a suitable offer arrives.",
    )
    assert {
        ("Samuel Umtiti", "Barcelona", "exit"),
        ("Miralem Pjanić", "Barcelona", "exit"),
        ("Antoine Griezmann", "Barcelona", "exit"),
    } <= _triples(barcelona)
    # no sale of a man: players in general, a sale refused, a sale done to a named buyer
    assert not _claims(
        extractor, "Barcelona news", "Barcelona would first need to offload players to register Dani Olmo."
    )
    assert not _claims(
        extractor,
        "Chelsea news",
        "Cole Palmer and Enzo Fernandez are the foundations, and Chelsea have no appetite to cash in on "
        "either.",
    )
    sold = _claims(
        extractor, "Newcastle news", "Newcastle were forced to sell Elliot Anderson to Nottingham Forest."
    )
    assert ("Elliot Anderson", "Newcastle United", "exit") not in _triples(sold)


def test_their_man_is_the_sellers_not_the_bidders(extractor: Extractor) -> None:
    # "their 22-year-old left-back" after "an offer from the Gunners" is Celtic's man, not Arsenal's
    claims = _claims(
        extractor,
        "Celtic reject Arsenal's £15m bid for Kieran Tierney",
        "The Scottish champions have turned down an opening offer from the Gunners for their 22-year-old "
        "left-back.",
    )
    assert _triples(claims) == {("Kieran Tierney", "Arsenal", "bid")}
    assert claims[0].from_club == "Celtic"


def test_two_men_of_one_name_are_told_apart_by_nation_or_age(extractor: Extractor) -> None:
    # the knowledge base holds two Luis Suárez: the Uruguayan born 1987, the Colombian
    by_nation = _claims(
        extractor,
        "Barcelona accept Atletico Madrid offer for the Uruguayan",
        "Luis Suarez is set to join the Rojiblancos for add-ons worth around €6m.",
    )
    assert {(c.person_id, c.club, c.stage.value) for c in by_nation} >= {
        ("luis-suarez", "Atletico Madrid", "agreed")
    }
    aged = extractor.extract(
        Item(
            id="t",
            title="Atletico Madrid close in on Luis Suarez",
            link=None,
            summary="Barcelona have agreed to let the 33-year-old leave for add-ons worth around €6m.",
            published=datetime(2020, 9, 20, tzinfo=UTC),
            source="Sky Sports",
        )
    )
    assert "luis-suarez" in {c.person_id for c in aged}
    # nothing to tell them apart: no guess
    assert not _claims(extractor, "Atletico Madrid news", "Luis Suarez is set to join Atletico Madrid.")


def test_a_club_making_him_its_signing_is_done_not_a_wish_or_a_priority(extractor: Extractor) -> None:
    wish = _claims(extractor, "Benfica want to make Darwin Nunez their record signing")
    assert ("Darwin Núñez", "Benfica", "done") not in _triples(wish)
    priority = _claims(
        extractor,
        "Liverpool news",
        "Liverpool are preparing to pay the release clause of Martin Zubimendi, with Arne Slot making the "
        "Spain international his priority signing.",
    )
    assert ("Martín Zubimendi", "Liverpool", "done") not in _triples(priority)


def test_a_cup_exit_is_no_ones_leaving(extractor: Extractor) -> None:
    for summary in (
        "Gabriel Jesus has not played since Arsenal's FA Cup exit.",
        "Mikel Arteta was furious after the Champions League exit.",
    ):
        assert not any(c.stage is Stage.EXIT for c in _claims(extractor, "Arsenal news", summary)), summary


def test_a_target_no_longer_in_a_clubs_plans_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "AC Milan extend Stefano Pioli's contract",
        "Milan had agreed in principle to bring in Ralf Rangnick as coach and sporting director, but the "
        "German is no longer part of their plans.",
    )
    assert ("Ralf Rangnick", "AC Milan", "off") in _triples(claims)


def test_a_national_coach_sounded_out_who_declined_is_off(extractor: Extractor) -> None:
    # the nation only describes him ("Netherlands coach"): the job is the item's club's
    claims = _claims(
        extractor,
        "Barcelona appoint Quique Setien",
        "Netherlands coach Ronald Koeman was also sounded out and declined, citing his commitment to the "
        "national team.",
    )
    assert ("Ronald Koeman", "Barcelona", "off") in _triples(claims)
    no_comment = _claims(
        extractor, "Barcelona news", "Barcelona have sounded out Ronald Koeman, who declined to comment."
    )
    assert ("Ronald Koeman", "Barcelona", "off") not in _triples(no_comment)


def test_a_step_told_of_a_relative_clauses_past_is_not_the_subjects(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham end talks with Gennaro Gattuso after fan backlash",
        "Spurs have pulled out of a deal for the Italian, who left Fiorentina on Thursday just 23 days after "
        "being appointed.",
    )
    assert ("Gennaro Gattuso", "Tottenham Hotspur", "off") in _triples(claims)
    assert ("Gennaro Gattuso", "Tottenham Hotspur", "done") not in _triples(claims)


def test_a_headlines_club_that_brings_a_man_back_has_signed_him(extractor: Extractor) -> None:
    claims = _claims(extractor, "Juventus sack Andrea Pirlo and bring back Massimiliano Allegri")
    assert _triples(claims) == {
        ("Andrea Pirlo", "Juventus", "exit"),
        ("Massimiliano Allegri", "Juventus", "done"),
    }
    wish = _claims(extractor, "Juventus want to bring back Massimiliano Allegri")
    assert ("Massimiliano Allegri", "Juventus", "done") not in _triples(wish)


def test_the_club_he_snubs_another_for_is_his_choice_with_no_step_to_come(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Georginio Wijnaldum snubs Barcelona to join Paris Saint-Germain",
        "The Netherlands midfielder has signed a three-year contract with PSG after leaving Liverpool as a "
        "free agent.",
    )
    assert {
        ("Georginio Wijnaldum", "Barcelona", "off"),
        ("Georginio Wijnaldum", "Paris Saint-Germain", "done"),
    } <= _triples(claims)


def test_a_match_opponent_does_not_take_a_sacking(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "David Moyes returns as West Ham manager",
        "David Moyes has signed an 18-month contract to return to West Ham, a day after Manuel Pellegrini "
        "was sacked following a 2-1 home defeat by Leicester.",
    )
    assert ("Manuel Pellegrini", "West Ham United", "exit") in _triples(claims)
    assert not any(c.club == "Leicester City" for c in claims)


def test_a_headlines_second_deal_after_as_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(extractor, "Newcastle agree Bruno Guimaraes deal as Sven Botman bid is rejected")
    assert _triples(claims) == {
        ("Bruno Guimarães", "Newcastle United", "agreed"),
        ("Sven Botman", "Newcastle United", "bid"),
    }


def test_a_headline_clubs_second_deal_after_a_comma_is_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Toronto FC complete Federico Bernardeschi signing, close in on Domenico Criscito"
    )
    assert ("Federico Bernardeschi", "Toronto FC", "done") in _triples(claims)
    assert ("Domenico Criscito", "Toronto FC", "done") not in _triples(claims)


def test_a_second_club_s_completed_deal_after_and_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Brighton took Ansu Fati on loan from Barcelona, and Fulham completed the signing of Alex Iwobi "
        "from Everton.",
    )
    assert _triples(claims) == {
        ("Ansu Fati", "Brighton & Hove Albion", "done"),
        ("Alex Iwobi", "Fulham", "done"),
    }


def test_the_side_that_beat_a_man_s_team_in_a_final_is_no_destination(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli news",
        "Fiorentina's Vincenzo Italiano, beaten in the Conference League final by West Ham last week, "
        "was also considered.",
    )
    assert not any(c.club == "West Ham United" for c in claims)
    knocked_out = _claims(
        extractor, "Leeds news", "Leeds, knocked out of the FA Cup by Fulham on Sunday, want Declan Rice."
    )
    assert _triples(knocked_out) == {("Declan Rice", "Leeds United", "interest")}


def test_a_second_man_who_went_on_loan_after_and_is_a_clause_of_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Matt Doherty joined Atletico Madrid and Djed Spence went on loan to Rennes.",
    )
    assert _triples(claims) == {
        ("Matt Doherty", "Atletico Madrid", "done"),
        ("Djed Spence", "Rennes", "done"),
    }


def test_a_rejected_bid_for_another_club_s_man_is_still_a_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea complete Mykhailo Mudryk signing",
        "Chelsea have completed the signing of Mykhailo Mudryk from Shakhtar Donetsk. Graham Potter's side "
        "have also had a bid for Benfica's Enzo Fernandez rejected.",
    )
    assert ("Enzo Fernández", "Chelsea", "bid") in _triples(claims)


def test_a_bid_seen_rejected_after_a_signing_is_the_subject_s_earlier_event(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Arsenal signed Jorginho from Chelsea for £12m, having seen a £70m bid for Brighton's Moises "
        "Caicedo rejected on Monday.",
    )
    assert _triples(claims) == {("Jorginho", "Arsenal", "done"), ("Moisés Caicedo", "Arsenal", "bid")}


def test_a_move_that_collapsed_in_an_earlier_window_does_not_end_the_new_one(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern Munich agree fee with Fulham for João Palhinha",
        "The Portugal midfielder, whose move collapsed on deadline day last summer, is due in Munich for his "
        "medical next week.",
    )
    assert ("João Palhinha", "Bayern Munich", "agreed") in _triples(claims)
    refused = _claims(
        extractor,
        "Martin Zubimendi completes Arsenal move",
        "Arsenal have completed the signing of Martin Zubimendi. The 26-year-old, who turned down Liverpool "
        "last summer, made it clear that his preference was a move to the Emirates.",
    )
    assert ("Martín Zubimendi", "Liverpool", "off") in _triples(refused)


def test_a_club_that_will_not_let_its_man_go_for_less_sets_a_price(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea and Manchester United keep close watch on Enzo Fernández",
        "Both clubs followed the World Cup winner throughout the tournament, but Benfica will not let the "
        "midfielder go for less than his €120m release clause.",
    )
    assert _triples(claims) == {
        ("Enzo Fernández", "Chelsea", "interest"),
        ("Enzo Fernández", "Manchester United", "interest"),
    }


def test_a_headline_ending_on_in_puts_no_place_before_the_summary_s_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea pull out as Liverpool move in",
        "Newcastle have made an offer for Hugo Ekitike.",
    )
    assert ("Hugo Ekitike", "Newcastle United", "bid") in _triples(claims)


def test_a_rival_left_free_or_in_pole_position_keeps_its_own_move(extractor: Extractor) -> None:
    wirtz = _claims(
        extractor,
        "Bayern Munich withdraw from race for Florian Wirtz",
        "Bayern Munich have ended their pursuit of Florian Wirtz, leaving Liverpool in pole position to sign "
        "the Bayer Leverkusen playmaker.",
    )
    assert _triples(wirtz) == {
        ("Florian Wirtz", "Bayern Munich", "off"),
        ("Florian Wirtz", "Liverpool", "interest"),
    }
    ekitike = _claims(
        extractor,
        "Newcastle news",
        "Newcastle have pulled out of the race for Hugo Ekitike, leaving Liverpool free to open talks with "
        "Eintracht Frankfurt.",
    )
    assert ("Hugo Ekitike", "Liverpool", "talks") in _triples(ekitike)


def test_a_coach_s_players_to_choose_from_made_no_choice(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG news",
        "Mauro Icardi arrived on loan from Inter. Thomas Tuchel now has Neymar, Kylian Mbappe, Edinson "
        "Cavani and Icardi to choose from once the injuries clear.",
    )
    assert _triples(claims) == {("Mauro Icardi", "Paris Saint-Germain", "done")}


def test_a_man_moving_in_the_opposite_direction_is_part_of_the_deal(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG news",
        "Keylor Navas joined from Real Madrid, with Alphonse Areola moving to the Bernabeu on loan in the "
        "opposite direction.",
    )
    assert _triples(claims) == {
        ("Keylor Navas", "Paris Saint-Germain", "done"),
        ("Alphonse Areola", "Real Madrid", "done"),
    }


def test_a_coach_saying_his_man_is_a_club_s_player_signs_nobody(extractor: Extractor) -> None:
    quote = _claims(
        extractor, "Liverpool news", '"Mo is a Liverpool player, 100 per cent," Jurgen Klopp said.'
    )
    assert not any(c.stage is Stage.DONE for c in quote)
    signed = _claims(extractor, "It's official", "Kevin De Bruyne is a Napoli player.")
    assert _triples(signed) == {("Kevin De Bruyne", "Napoli", "done")}


def test_they_after_a_signing_from_a_club_means_the_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Saudi news",
        "Al-Ittihad signed Karim Benzema in June and added Fabinho from Liverpool in July. They are now "
        "hoping to land Mohamed Salah, although Liverpool have insisted the Egyptian is not for sale.",
    )
    assert ("Mohamed Salah", "Al-Ittihad", "interest") in _triples(claims)


def test_a_coach_replaced_is_not_at_the_club_that_wants_a_player(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Messi tells Barcelona he wants to leave: Man City lead race for the Argentine",
        "The defeat by Bayern Munich cost Quique Setien his job. Ronald Koeman, appointed as Setien's "
        "replacement last week, has told the captain that he will no longer enjoy special privileges.",
    )
    assert not any(c.person == "Quique Setién" and c.club == "Manchester City" for c in claims)


def test_a_headline_s_second_man_who_seals_a_move_is_a_clause_of_his_own(extractor: Extractor) -> None:
    claims = _claims(extractor, "Sterling joins Arsenal and Sancho seals Chelsea loan on frantic final day")
    assert {(c.person, c.club) for c in claims} == {
        ("Raheem Sterling", "Arsenal"),
        ("Jadon Sancho", "Chelsea"),
    }


def test_a_headline_s_two_people_who_depart_after_as_leave_the_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal deadline day: Raheem Sterling loan talks as Nketiah and Ramsdale depart",
        "Aaron Ramsdale has also departed, with Southampton confirming the signing of the England goalkeeper "
        "for an initial £18m.",
    )
    assert {
        ("Raheem Sterling", "Arsenal", "talks"),
        ("Eddie Nketiah", "Arsenal", "exit"),
        ("Aaron Ramsdale", "Southampton", "done"),
    } <= _triples(claims)
    assert ("Aaron Ramsdale", "Arsenal", "talks") not in _triples(claims)


def test_a_contract_that_contains_a_release_clause_is_no_club_s_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Leicester City close in on Marti Cifuentes",
        "Wilfred Ndidi, whose contract contains a release clause, is wanted by Besiktas.",
    )
    assert ("Wilfred Ndidi", "Leicester City", "interest") not in _triples(claims)
    assert ("Wilfred Ndidi", "Besiktas", "interest") in _triples(claims)


def test_players_of_older_windows_are_known_by_their_full_names(extractor: Extractor) -> None:
    # people_players_more.yml: before it, "Carlos Vinicius" was read as Vinícius Júnior
    claims = _claims(extractor, "Fulham news", "Fulham have signed Carlos Vinicius from Benfica.")
    assert _triples(claims) == {("Carlos Vinícius", "Fulham", "done")}


def test_a_club_that_instead_signed_another_man_after_and_ended_only_the_first_move(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Kane news",
        "Manchester United had been keen on Kane for much of the past 12 months but ended their interest in "
        "June, and instead signed Rasmus Hojlund from Atalanta last weekend.",
    )
    assert _triples(claims) == {
        ("Harry Kane", "Manchester United", "off"),
        ("Rasmus Højlund", "Manchester United", "done"),
    }


def test_the_league_leaders_a_sacked_coach_s_side_trails_are_no_club_of_his(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Rangers sack Philippe Clement after St Mirren defeat",
        "Rangers have sacked manager Philippe Clement after Saturday's 2-0 defeat by St Mirren left them 13 "
        "points behind Scottish Premiership leaders Celtic.",
    )
    assert _triples(claims) == {("Philippe Clement", "Rangers", "exit")}


def test_a_coach_s_hometown_is_no_club_of_anyone_s(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Conte-Napoli, everything is done",
        "Antonio Conte will be the new Napoli coach. In Naples the man from Lecce will immediately have to "
        "deal with the future of Khvicha Kvaratskhelia: the Georgian's agent said this week that his client "
        "wants to leave and that the club must listen to offers.",
    )
    assert ("Khvicha Kvaratskhelia", "Napoli", "exit") in _triples(claims)
    assert not any(c.club == "Lecce" for c in claims)


def test_a_fee_paid_for_a_man_is_his_move_unless_dated(extractor: Extractor) -> None:
    paid = _claims(extractor, "Saudi news", "Al-Ahli paid Manchester City £30m for Riyad Mahrez.")
    assert _triples(paid) == {("Riyad Mahrez", "Al-Ahli", "done")}
    dated = _claims(
        extractor, "Worst-value signings", "Chelsea paid Shakhtar Donetsk £89m for Mykhailo Mudryk in 2023."
    )
    assert _triples(dated) == set()


def test_a_club_fending_off_interest_holds_the_man(extractor: Extractor) -> None:
    salah = _claims(extractor, "Liverpool news", "Liverpool will have to fend off interest in Mohamed Salah.")
    assert ("Mohamed Salah", "Liverpool", "interest") not in _triples(salah)
    nunez = _claims(
        extractor,
        "Liverpool news",
        "Liverpool face a battle to fend off interest for Darwin Nunez from Saudi Arabia.",
    )
    assert ("Darwin Núñez", "Liverpool", "interest") not in _triples(nunez)


def test_a_club_he_won_a_trophy_with_is_no_destination(extractor: Extractor) -> None:
    conte = _claims(
        extractor,
        "Nuno appointed Tottenham head coach after 72-day search",
        "Antonio Conte, fresh from winning Serie A with Inter Milan, held talks in early June, but the "
        "Italian ended them over his demands for squad investment.",
    )
    assert ("Antonio Conte", "Tottenham Hotspur", "off") in _triples(conte)
    assert not any(c.club == "Inter Milan" for c in conte if c.person == "Antonio Conte")


def test_a_page_officially_turned_is_no_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "After Mbappe, PSG turn to Victor Osimhen",
        "The page has officially been turned. The window is officially open.",
    )
    assert _triples(claims) == {("Victor Osimhen", "Paris Saint-Germain", "interest")}


def test_opting_for_a_club_is_his_choice_of_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus news",
        "In the end Matthijs de Ligt turned down Barcelona, opting for Juventus after a conversation with "
        "Cristiano Ronaldo.",
    )
    assert _triples(claims) == {
        ("Matthijs de Ligt", "Juventus", "agreed"),
        ("Matthijs de Ligt", "Barcelona", "off"),
    }


def test_a_stay_only_explored_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern news",
        "Bayern Munich and Thomas Tuchel agreed that he would leave at the end of the season. The board even "
        "explored the possibility of Tuchel staying on.",
    )
    assert _triples(claims) == {("Thomas Tuchel", "Bayern Munich", "exit")}


def test_the_ground_of_a_last_game_is_no_club_he_leaves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tuchel news",
        "Thomas Tuchel confirmed after the final game in Hoffenheim that he will leave Bayern Munich.",
    )
    assert _triples(claims) == {("Thomas Tuchel", "Bayern Munich", "exit")}


def test_a_club_adding_two_men_on_free_transfers_signs_both(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG news",
        "PSG have already added Inter Milan defender Milan Skriniar and Real Madrid forward Marco Asensio on "
        "free transfers.",
    )
    assert _triples(claims) == {
        ("Milan Škriniar", "Paris Saint-Germain", "done"),
        ("Marco Asensio", "Paris Saint-Germain", "done"),
    }


def test_a_spell_told_as_past_is_no_club_he_leaves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG sack Galtier",
        "Christophe Galtier leaves after one season in charge. He is also due to stand trial on charges "
        "relating to his time at Nice, which he denies.",
    )
    assert ("Christophe Galtier", "Nice", "exit") not in _triples(claims)


def test_a_club_he_once_played_for_may_be_the_one_considering_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG's search for a coach",
        "PSG held talks with Julian Nagelsmann. Bologna coach Thiago Motta, a former PSG midfielder, was "
        "also considered.",
    )
    assert ("Thiago Motta", "Paris Saint-Germain", "interest") in _triples(claims)


def test_a_club_he_won_a_title_with_is_no_destination_after_a_nation(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Feyenoord news",
        "Feyenoord have moved quickly and have opened talks with Brian Priske, the Dane who won the Czech "
        "title with Sparta Prague last season.",
    )
    assert ("Brian Priske", "Sparta Prague", "talks") not in _triples(claims)


def test_a_window_told_by_what_was_spent_and_who_was_welcomed(extractor: Extractor) -> None:
    spent = _claims(
        extractor,
        "Manchester United's summer",
        "Manchester United have spent around £170m on Mason Mount, Andre Onana and Rasmus Hojlund this "
        "summer.",
    )
    assert _triples(spent) == {
        ("Mason Mount", "Manchester United", "done"),
        ("André Onana", "Manchester United", "done"),
        ("Rasmus Højlund", "Manchester United", "done"),
    }
    strengthened = _claims(
        extractor,
        "West Ham's window",
        "David Moyes has since strengthened his midfield with Edson Alvarez from Ajax.",
    )
    assert _triples(strengthened) == {("Edson Álvarez", "West Ham United", "done")}
    welcomed = _claims(
        extractor,
        "Bounou completes Al-Hilal's summer",
        "Al-Hilal have completed the signing of Yassine Bounou. Earlier in the window, coach Jorge Jesus "
        "welcomed Ruben Neves from Wolves and Kalidou Koulibaly from Chelsea.",
    )
    assert ("Rúben Neves", "Al-Hilal", "done") in _triples(welcomed)
    assert not any(c.person == "Jorge Jesus" for c in welcomed)
    # (not a past window's outlay)
    dated = _claims(extractor, "Chelsea's spending", "Chelsea have spent £97m on Romelu Lukaku in 2021.")
    assert _triples(dated) == set()


def test_a_record_dated_since_a_year_is_no_dated_move(extractor: Extractor) -> None:
    item = Item(
        id="t",
        title="Galatasaray news",
        link=None,
        summary="Galatasaray have completed the loan signing of Hakim Ziyech from Chelsea, adding another "
        "big name to a squad that will play in the Champions League for the first time since 2019-20.",
        published=datetime(2023, 9, 8, tzinfo=UTC),
        source="ESPN",
    )
    assert _triples(extractor.extract(item)) == {("Hakim Ziyech", "Galatasaray", "done")}


def test_two_men_leaving_for_two_clubs_go_in_order(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern's summer",
        "Niklas Sule and Corentin Tolisso departed on free transfers to Borussia Dortmund and Lyon.",
    )
    assert _triples(claims) == {
        ("Niklas Süle", "Borussia Dortmund", "done"),
        ("Corentin Tolisso", "Lyon", "done"),
    }


def test_two_ambiguous_aliases_agree_on_a_club_though_one_allows_a_club_named_outright(
    extractor: Extractor,
) -> None:
    # "Inter" and "the Nerazzurri" both allow Inter Milan; Atalanta, named later, is Nerazzurri too
    claims = _claims(
        extractor,
        "Serie A's summer of managerial change",
        "Inter moved first. The Nerazzurri asked Como about Cesc Fabregas and turned to Cristian Chivu, who "
        "signed a contract until 2027. Atalanta replaced Gian Piero Gasperini with Ivan Juric.",
    )
    assert ("Cristian Chivu", "Inter Milan", "done") in _triples(claims)
    assert not any(c.club == "Atalanta" and c.person == "Cristian Chivu" for c in claims)


def test_an_older_item_places_a_head_coach_at_the_club_he_had_then(extractor: Extractor) -> None:
    # coach_spells.yml: in July 2023 "Tuchel's side" is Bayern, though his entry (2025) has him at no club
    summary = "Tuchel's side have made an opening bid for Tottenham striker Harry Kane."
    side = _claims(extractor, "Bayern news", summary, published=datetime(2023, 7, 10, tzinfo=UTC))
    assert _triples(side) == {("Harry Kane", "Bayern Munich", "bid")}
    # undated, or from his entry's date on, the entry stands
    assert ("Harry Kane", "Bayern Munich", "bid") not in _triples(_claims(extractor, "Bayern news", summary))


def test_a_squad_leaving_for_its_training_camp_is_no_one_leaving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Fenerbahce send €20m offer to Sevilla for En-Nesyri",
        "Jose Mourinho personally asked for the Moroccan striker, and Fenerbahce hope for a reply "
        "before the squad leaves for its training camp in Austria.",
        source="Fanatik",
        published=datetime(2024, 7, 16, tzinfo=UTC),
    )
    assert _triples(claims) == {("Youssef En-Nesyri", "Fenerbahce", "bid")}


def test_a_club_from_a_described_league_or_country_is_the_one_he_leaves(extractor: Extractor) -> None:
    # "from Chinese Super League side Shanghai Shenhua": the seller, described before its name
    claims = _claims(
        extractor,
        "Deadline day round-up",
        "Manchester United pulled off the surprise of deadline day by signing Odion Ighalo on loan from "
        "Chinese Super League side Shanghai Shenhua until the end of the season.",
    )
    assert _triples(claims) == {("Odion Ighalo", "Manchester United", "done")}
    assert claims[0].from_club == "Shanghai Shenhua"


def test_a_club_bringing_in_players_has_signed_them_and_its_coach_is_not_one(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Memphis Depay signs for Corinthians",
        "Corinthians have been busy in the market, bringing in goalkeeper Hugo Souza on loan from Flamengo.",
    )
    assert ("Hugo Souza", "Corinthians", "done") in _triples(claims)
    # the coach who brings them in is no mover; what he says after ", and" is a clause of its own
    claims = _claims(
        extractor,
        "Atlético Madrid close in on Gallagher",
        "Diego Simeone has already spent heavily, bringing in Julián Álvarez from Manchester City, and the "
        "Argentine coach told reporters on Sunday that Conor Gallagher's energy was exactly what they need.",
        published=datetime(2024, 8, 20, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Julián Álvarez", "Atletico Madrid", "done"),
        ("Conor Gallagher", "Atletico Madrid", "agreed"),
    }


def test_a_man_negotiating_with_a_club_is_talking_to_his_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona latest",
        "The Uruguayan striker Luis Suárez has been told he is not in the Dutchman's plans and is "
        "negotiating with Juventus, while Atlético de Madrid are also interested in him.",
        published=datetime(2020, 9, 4, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Luis Suárez", "Juventus", "talks"),
        ("Luis Suárez", "Atletico Madrid", "interest"),
    }


def test_a_seller_giving_permission_to_negotiate_is_no_bidder_and_talks_allowed_are_not_held(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Al-Hilal news",
        "Al-Hilal tabled a bid for Kylian Mbappé in July, and PSG gave them permission to negotiate.",
        published=datetime(2023, 8, 24, tzinfo=UTC),
    )
    assert _triples(claims) == {("Kylian Mbappé", "Al-Hilal", "bid")}
    # the man's refusal to meet the suitor's envoys ends it
    claims = _claims(
        extractor,
        "Al-Hilal news",
        "Al-Hilal tabled a bid for Kylian Mbappé in July, but the France captain refused even to meet the "
        "club's delegation in Paris.",
        published=datetime(2023, 8, 24, tzinfo=UTC),
    )
    assert _triples(claims) == {("Kylian Mbappé", "Al-Hilal", "off")}


def test_an_offer_supposed_in_the_past_tense_is_no_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "United news",
        "The future of Cristiano Ronaldo remains unresolved. The 37-year-old told the club in July that "
        "he wanted to leave if a suitable Champions League offer arrived, although no club has yet come "
        "forward.",
        published=datetime(2022, 8, 23, tzinfo=UTC),
    )
    assert _triples(claims) == {("Cristiano Ronaldo", "Manchester United", "exit")}


def test_a_club_dropping_its_candidate_ends_the_move_but_not_dropping_a_player_from_the_squad(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Tottenham news",
        "Gennaro Gattuso was then approached, but the club dropped him within 24 hours after a fierce "
        "supporter backlash.",
        published=datetime(2021, 6, 30, tzinfo=UTC),
    )
    assert _triples(claims) == {("Gennaro Gattuso", "Tottenham Hotspur", "off")}
    claims = _claims(
        extractor, "Chelsea news", "Chelsea have dropped Raheem Sterling from the squad for Sunday's game."
    )
    assert not any(c.stage is Stage.OFF for c in claims)


def test_a_managers_own_stay_is_news_unless_a_players_stay_is(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli make contact with De Bruyne's camp",
        "Conte himself will stay.",
        published=datetime(2025, 5, 26, tzinfo=UTC),
    )
    assert ("Antonio Conte", "Napoli", "stay") in _triples(claims)
    claims = _claims(
        extractor,
        "Arteta hails 'huge statement' as Starboy commits to the Gunners",
        "Bukayo Saka has signed a new long-term contract with Arsenal.",
        published=datetime(2023, 5, 25, tzinfo=UTC),
    )
    assert _triples(claims) == {("Bukayo Saka", "Arsenal", "stay")}


def test_committing_himself_or_continuing_his_project_at_a_club_is_a_stay(extractor: Extractor) -> None:
    june_2025 = datetime(2025, 6, 25, tzinfo=UTC)
    claims = _claims(
        extractor, "Como news", "Fàbregas committed himself to Como for another season.", published=june_2025
    )
    assert _triples(claims) == {("Cesc Fàbregas", "Como", "stay")}
    claims = _claims(
        extractor,
        "Inter turn to Chivu",
        "Fabregas informed Inter that he wanted to continue the project he has started on Lake Como.",
        published=june_2025,
    )
    assert ("Cesc Fàbregas", "Como", "stay") in _triples(claims)
    # a project "in" a place is in a city, not at its club
    claims = _claims(
        extractor,
        "Abel Ferreira extends Palmeiras stay",
        "Abel Ferreira has agreed a new contract with Palmeiras and has opted to continue his project in "
        "Sao Paulo.",
        published=datetime(2023, 12, 12, tzinfo=UTC),
    )
    assert _triples(claims) == {("Abel Ferreira", "Palmeiras", "stay")}


def test_a_player_signed_instead_is_not_the_one_a_later_clause_without_a_name_means(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Harry Kane flies to Munich for Bayern medical",
        "Harry Kane has flown to Germany to undergo a medical with Bayern Munich after Tottenham accepted an "
        "offer of more than £86m. Manchester United had been keen earlier in the summer but ended their "
        "interest because of Levy's stance and instead signed Rasmus Højlund from Atalanta. Paris "
        "Saint-Germain also made an enquiry in July but did not follow it up.",
        published=datetime(2023, 8, 11, tzinfo=UTC),
    )
    assert {
        ("Harry Kane", "Manchester United", "off"),
        ("Harry Kane", "Paris Saint-Germain", "approach"),
    } <= (_triples(claims))
    assert not any(c.person == "Rasmus Højlund" and c.club == "Paris Saint-Germain" for c in claims)


def test_a_date_in_a_clause_with_whom_dates_the_partnership_not_the_parting(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Statement regarding our head coach José Mourinho",
        "Fenerbahçe Sports Club has parted ways with head coach José Mourinho, with whom it has worked since "
        "the 2024-25 season.",
        published=datetime(2025, 8, 29, tzinfo=UTC),
    )
    assert _triples(claims) == {("José Mourinho", "Fenerbahce", "exit")}


def test_a_stay_announced_after_a_date_ends_the_interest_told_in_its_sentence(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern in talks with Burnley over Vincent Kompany",
        "Xabi Alonso was the board's first choice, but the Leverkusen coach announced at the end of March "
        "that he would stay at the BayArena.",
        published=datetime(2024, 5, 22, tzinfo=UTC),
    )
    assert ("Xabi Alonso", "Bayern Munich", "off") in _triples(claims)


def test_a_clubs_next_deal_still_open_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea news",
        "Frank Lampard's side signed Timo Werner from RB Leipzig in June and are now in negotiations with "
        "Bayer Leverkusen over Kai Havertz.",
        published=datetime(2020, 8, 11, tzinfo=UTC),
    )
    assert _triples(claims) == {("Timo Werner", "Chelsea", "done"), ("Kai Havertz", "Chelsea", "talks")}


def test_becoming_the_third_to_move_somewhere_is_a_record_not_a_step_to_come(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Toronto FC news",
        "Federico Bernardeschi signed a four-year contract on Wednesday, becoming the third Italy "
        "international to move to BMO Field this month.",
        published=datetime(2022, 7, 15, tzinfo=UTC),
    )
    assert _triples(claims) == {("Federico Bernardeschi", "Toronto FC", "done")}


def test_a_decade_at_a_club_makes_it_his_own_not_a_destination(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Galatasaray news",
        "Galatasaray have completed the signing of Wilfried Zaha, the Ivory Coast forward ending more than "
        "a decade at Crystal Palace by signing a three-year contract in Istanbul.",
        published=datetime(2023, 7, 20, tzinfo=UTC),
    )
    assert _triples(claims) == {("Wilfried Zaha", "Galatasaray", "done")}


def test_a_club_describing_a_man_left_unnamed_in_a_headline_is_his_not_what_their_means(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Hull City turn to Reading boss",
        "Ruben Selles is their first choice and the Tigers have been given permission to speak to the "
        "Spaniard.",
        published=datetime(2024, 5, 20, tzinfo=UTC),
    )
    assert _triples(claims) == {("Rubén Sellés", "Hull City", "approach")}


def test_a_further_step_in_a_sentence_that_already_claimed_the_move_raises_its_stage(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "BVB part ways with Sahin",
        "Borussia Dortmund have dismissed Nuri Sahin. Niko Kovac is the favourite to take over, with "
        "sporting director Sebastian Kehl having already held initial discussions with the Croatian.",
        published=datetime(2025, 1, 22, tzinfo=UTC),
    )
    assert ("Niko Kovač", "Borussia Dortmund", "approach") in _triples(claims)
    # a step denied is no step: "although neither reached the interview stage"
    claims = _claims(
        extractor,
        "Chelsea news",
        "Chelsea want Kieran McKenna. Brentford's Thomas Frank had also been on the club's shortlist, "
        "although he never reached the interview stage.",
        published=datetime(2024, 5, 30, tzinfo=UTC),
    )
    assert ("Thomas Frank", "Chelsea", "approach") not in _triples(claims)


def test_the_former_coach_of_a_club_is_the_man_who_coached_it(extractor: Extractor) -> None:
    # coach_spells.yml: De Rossi coached Roma; Vieira, named last, never did
    claims = _claims(
        extractor,
        "Genoa part ways with Patrick Vieira, talks advanced with Daniele De Rossi",
        "The Rossoblu have sacked the Frenchman after a winless start to the Serie A season, and contacts "
        "with the former Roma coach are at an advanced stage.",
        published=datetime(2025, 11, 1, tzinfo=UTC),
    )
    assert _triples(claims) == {("Patrick Vieira", "Genoa", "exit"), ("Daniele De Rossi", "Genoa", "talks")}


def test_committing_to_a_club_as_a_condition_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli-Conte, the dialogue goes on",
        "The negotiations between Napoli and Antonio Conte are moving forward. The former Inter and "
        "Tottenham coach wants assurances before committing to the Partenopei.",
        published=datetime(2024, 5, 28, tzinfo=UTC),
    )
    assert _triples(claims) == {("Antonio Conte", "Napoli", "talks")}


def test_a_sacking_years_before_a_return_does_not_make_the_club_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Carlo Ancelotti returns to Real Madrid",
        "Real Madrid have confirmed the return of Carlo Ancelotti as head coach on a three-year contract, "
        "six years after he was sacked by the club.",
        published=datetime(2021, 6, 1, tzinfo=UTC),
    )
    assert _triples(claims) == {("Carlo Ancelotti", "Real Madrid", "done")}


def test_a_participle_set_off_after_a_name_is_his_not_the_next_mans(extractor: Extractor) -> None:
    # "Koeman, appointed as Setien's replacement last week, is said to have told the captain ...": Koeman
    # was appointed, at Setien's club; the captain (Messi) signed nothing
    claims = _claims(
        extractor,
        "Messi tells Barcelona he wants to leave: Man City lead race for the Argentine",
        "Lionel Messi has informed Barcelona that he wants to leave the club. Ronald Koeman, appointed as "
        "Setien's replacement last week, is said to have told the captain that he will no longer enjoy "
        "special privileges in the dressing room.",
        published=datetime(2020, 8, 26, tzinfo=UTC),
    )
    assert ("Lionel Messi", "Manchester City", "done") not in _triples(claims)
    assert ("Ronald Koeman", "Barcelona", "done") in _triples(claims)


def test_a_national_coach_staying_with_his_country_says_no_to_the_searching_club(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Bayern in talks with Burnley over Vincent Kompany",
        "Bayern Munich have opened talks with Burnley over Vincent Kompany. Julian Nagelsmann extended his "
        "contract with Germany, and Ralf Rangnick turned down the job to remain with Austria.",
        published=datetime(2024, 5, 22, tzinfo=UTC),
    )
    assert {("Julian Nagelsmann", "Bayern Munich", "off"), ("Ralf Rangnick", "Bayern Munich", "off")} <= (
        _triples(claims)
    )


def test_a_description_followed_by_who_left_a_club_is_the_man_who_coached_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham appoint Nuno Espirito Santo as head coach",
        "Tottenham Hotspur have appointed Nuno Espirito Santo as their new head coach, a search that "
        "began in April after Jose Mourinho was sacked. The Portuguese, who left Wolves at the end of last "
        "season, was far from Spurs' first choice.",
        published=datetime(2021, 6, 30, tzinfo=UTC),
    )
    assert ("José Mourinho", "Wolverhampton Wanderers", "exit") not in _triples(claims)


def test_a_clubs_price_makes_it_the_seller_not_the_suitor(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli plan their summer: Lucca agreed",
        "Napoli have reached an agreement with Udinese for Lorenzo Lucca. Darwin Núñez remains the dream "
        "for the attack, but Liverpool's price is considered too high for now.",
        published=datetime(2025, 7, 3, tzinfo=UTC),
    )
    assert ("Darwin Núñez", "Liverpool", "interest") not in _triples(claims)


def test_arrived_at_a_ground_from_a_club_is_a_done_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day recap",
        "Jadon Sancho also arrived at Villa Park on loan from Manchester United. Mohamed Salah arrived at "
        "Anfield from Roma in 2017.",
        published=datetime(2025, 9, 2, tzinfo=UTC),
    )
    assert ("Jadon Sancho", "Aston Villa", "done") in _triples(claims)
    assert not {c.person for c in claims} & {"Mohamed Salah"}


def test_the_club_where_he_came_through_is_not_the_suitor_just_named(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Martín Zubimendi rejects Liverpool to stay at Real Sociedad",
        "Liverpool had been prepared to meet his release clause, but the 25-year-old informed them on "
        "Tuesday that he wants to remain at the club where he came through the academy.",
        published=datetime(2024, 8, 13, tzinfo=UTC),
    )
    assert ("Martín Zubimendi", "Liverpool", "off") in _triples(claims)
    assert ("Martín Zubimendi", "Liverpool", "stay") not in _triples(claims)


def test_declining_a_return_is_off_and_a_dated_sacking_makes_no_current_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Julian Nagelsmann declines Bayern Munich return and extends Germany deal",
        "Julian Nagelsmann has declined the opportunity to return to Bayern Munich. The 36-year-old, who was "
        "sacked by the Bavarians in March 2023, had emerged as the club's leading candidate.",
        published=datetime(2024, 4, 19, tzinfo=UTC),
    )
    assert ("Julian Nagelsmann", "Bayern Munich", "off") in _triples(claims)
    assert ("Julian Nagelsmann", "Bayern Munich", "stay") not in _triples(claims)


def test_as_the_manager_turns_to_another_target_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham end Gibbs-White chase as Frank turns to Eze",
        "",
        published=datetime(2025, 7, 21, tzinfo=UTC),
    )
    assert {c.person for c in claims} == {"Morgan Gibbs-White"}
    wrong = {("Thomas Frank", "Tottenham Hotspur", "off"), ("Eberechi Eze", "Tottenham Hotspur", "off")}
    assert not wrong & _triples(claims)


def test_asking_permission_to_open_talks_is_an_approach_and_keen_to_have_a_new_man_is_no_interest(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Spurs request permission to talk to Celtic boss Postecoglou",
        "Tottenham Hotspur have asked Celtic for permission to open discussions with Ange Postecoglou. Spurs "
        "have been searching for a permanent boss since parting company with Antonio Conte in March, and "
        "chairman Daniel Levy is keen to have a new man in place before pre-season.",
        published=datetime(2023, 6, 1, tzinfo=UTC),
    )
    assert ("Ange Postecoglou", "Tottenham Hotspur", "approach") in _triples(claims)
    assert ("Antonio Conte", "Tottenham Hotspur", "interest") not in _triples(claims)


@pytest.mark.parametrize(
    ("title", "summary", "published", "wrong"),
    [
        (  # "plenty to offer" is no offer
            "Inter Miami weigh move for Luis Suarez",
            "The 36-year-old has spoken openly about his knee problems, but the MLS club believe he "
            "still has plenty to offer.",
            datetime(2023, 11, 3, tzinfo=UTC),
            ("Luis Suárez", "Inter Miami", "bid"),
        ),
        (  # a fee still to agree is no agreement
            "Chelsea in advanced negotiations with Enzo Maresca",
            "The 44-year-old led Leicester City back to the Premier League, and the Blues will have to agree "
            "compensation with the Foxes, with the two clubs still discussing a figure.",
            datetime(2024, 5, 29, tzinfo=UTC),
            ("Enzo Maresca", "Chelsea", "agreed"),
        ),
        (  # a spell ended, told as a noun, is no stay
            "LA Galaxy in advanced talks with free agent Marco Reus",
            "LA Galaxy are in advanced negotiations with Marco Reus, who has been a free agent since "
            "ending his 12-year stay at Borussia Dortmund.",
            datetime(2024, 7, 25, tzinfo=UTC),
            ("Marco Reus", "Borussia Dortmund", "stay"),
        ),
        (  # "as the Old Trafford board turn to X" is a second event: X is not dismissed
            "Ten Hag dismissed as Old Trafford board turn to van Nistelrooy for now",
            "",
            datetime(2024, 10, 28, tzinfo=UTC),
            ("Ruud van Nistelrooy", "Manchester United", "exit"),
        ),
    ],
)
def test_phrases_that_only_look_like_a_stage(
    extractor: Extractor, title: str, summary: str, published: datetime, wrong: tuple[str, str, str]
) -> None:
    claims = _claims(extractor, title, summary, published=published)
    assert wrong not in _triples(claims)
    assert claims  # the item's real claim is still there


def test_turning_down_one_club_to_move_to_another_leaves_no_step_to_come(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool complete signing of Chelsea academy winger Rio Ngumoha",
        "Liverpool have completed the signing of 16-year-old winger Rio Ngumoha from Chelsea. The England "
        "youth international turned down a scholarship at Cobham to move to Merseyside.",
        published=datetime(2024, 9, 6, tzinfo=UTC),
    )
    assert ("Rio Ngumoha", "Liverpool", "done") in _triples(claims)


def test_an_earlier_refusal_to_sign_a_new_deal_elsewhere_is_no_step_of_the_move_now_done(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Kylian Mbappe completes free transfer to Real Madrid",
        "Real Madrid announced that Kylian Mbappe has signed a contract until 2029. Mbappe turned Madrid "
        "down in May 2022 to sign a new deal in Paris.",
        published=datetime(2024, 6, 4, tzinfo=UTC),
    )
    assert ("Kylian Mbappé", "Real Madrid", "done") in _triples(claims)
    assert ("Kylian Mbappé", "Real Madrid", "agreed") not in _triples(claims)


def test_he_is_the_one_man_of_the_sentence_before_though_the_item_names_another_more(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Leverkusen close in on Erik ten Hag",
        "Erik ten Hag is in advanced negotiations with Leverkusen. Ten Hag was not the first name on the "
        "list. Leverkusen's preferred candidate was Cesc Fabregas, and the club contacted Como about the "
        "Spaniard in early May. The Serie A club refused to release him, and the 38-year-old then told "
        "Leverkusen himself that he is staying on Lake Como.",
        published=datetime(2025, 5, 26, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Erik ten Hag", "Bayer Leverkusen", "talks") in triples
    assert ("Cesc Fàbregas", "Como", "stay") in triples
    assert not any(t[0] == "Erik ten Hag" and t[1] == "Como" for t in triples)


def test_a_sacking_set_off_after_the_man_replaced_is_his_and_a_place_in_the_table_no_leaving(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Unai Emery heads to Villa Park as Gerrard's successor",
        "Aston Villa have appointed Unai Emery as head coach. The Spaniard, who has won four Europa League "
        "titles with Sevilla and Villarreal, replaces Steven Gerrard, sacked on Thursday after a 3-0 defeat "
        "at Fulham left Villa 17th.",
        published=datetime(2022, 10, 24, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert {("Unai Emery", "Aston Villa", "done"), ("Steven Gerrard", "Aston Villa", "exit")} <= triples
    assert ("Unai Emery", "Aston Villa", "exit") not in triples


def test_injuries_that_left_a_club_short_of_players_are_no_leaving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea recall Trevoh Chalobah from Crystal Palace loan",
        "Chelsea have recalled Trevoh Chalobah from his loan at Crystal Palace. Injuries in defence, "
        "including to Wesley Fofana, have left the Blues short of options.",
        published=datetime(2025, 1, 15, tzinfo=UTC),
    )
    assert ("Trevoh Chalobah", "Chelsea", "done") in _triples(claims)
    assert not any(t[0] == "Wesley Fofana" for t in _triples(claims))


def test_a_coach_promoted_to_head_coach_is_appointed(extractor: Extractor) -> None:
    promoted = _claims(
        extractor,
        "Celtic promote assistant Shaun Maloney to manager",
        "",
        published=datetime(2024, 1, 10, tzinfo=UTC),
    )
    assert ("Shaun Maloney", "Celtic", "done") in _triples(promoted)
    passive = _claims(
        extractor,
        "Brentford confirm Thomas Frank successor",
        "Brentford said Keith Andrews has been promoted to head coach on a three-year deal.",
        published=datetime(2025, 6, 27, tzinfo=UTC),
    )
    assert ("Keith Andrews", "Brentford", "done") in _triples(passive)
    club_promoted = _claims(extractor, "Ipswich promoted to the Premier League", "")
    assert not club_promoted


def test_a_coach_ready_to_return_to_the_dugout_has_agreed_nothing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona sound out Hansi Flick",
        "Barcelona have made contact with Hansi Flick's representatives. The former Bayern Munich and "
        "Germany boss is ready to return to the dugout.",
        published=datetime(2024, 5, 22, tzinfo=UTC),
    )
    assert ("Hansi Flick", "Barcelona", "approach") in _triples(claims)


def test_a_club_that_drops_one_man_and_is_now_focusing_on_another(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "West Ham move on from Ruben Amorim",
        "The Hammers have decided not to pursue a deal for the Portuguese and are now focusing on Julen "
        "Lopetegui as a potential successor to David Moyes.",
        published=datetime(2024, 4, 27, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert {
        ("Ruben Amorim", "West Ham United", "off"),
        ("Julen Lopetegui", "West Ham United", "interest"),
    } <= triples


def test_an_offer_turned_down_to_go_back_to_a_club_leaves_that_club_no_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Antonio Conte to stay at Napoli",
        "Antonio Conte will remain Napoli coach next season, turning down an offer to go back to Juventus.",
        published=datetime(2025, 5, 29, tzinfo=UTC),
    )
    assert {("Antonio Conte", "Napoli", "stay"), ("Antonio Conte", "Juventus", "off")} <= _triples(claims)


def test_serie_a_at_a_sentence_end_ends_the_sentence(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Roma sack Jose Mourinho and name Daniele De Rossi as coach",
        "The Giallorossi parted company with the Portuguese two days after a 3-1 defeat at AC Milan left "
        "them ninth in Serie A. Club legend De Rossi, formerly in charge of SPAL, has signed until the end "
        "of the season.",
        published=datetime(2024, 1, 16, tzinfo=UTC),
    )
    assert {("José Mourinho", "Roma", "exit"), ("Daniele De Rossi", "Roma", "done")} <= _triples(claims)


def test_the_club_an_agreement_over_his_release_is_made_with_lets_him_go(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter turn to Cristian Chivu",
        "Talks with the Romanian are at an advanced stage, and an agreement with Parma over his release is "
        "close.",
        published=datetime(2025, 6, 5, tzinfo=UTC),
    )
    assert ("Cristian Chivu", "Inter Milan", "talks") in _triples(claims)
    assert ("Cristian Chivu", "Parma", "talks") not in _triples(claims)


def test_a_swap_sends_the_other_man_to_the_club_the_sentence_ends_on(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Joao Cancelo joins Manchester City in swap deal with Danilo",
        "The Portugal full-back has signed a six-year contract at the Etihad, with the Brazilian moving to "
        "Juventus.",
        published=datetime(2019, 8, 7, tzinfo=UTC),
    )
    assert {("João Cancelo", "Manchester City", "done"), ("Danilo", "Juventus", "done")} <= _triples(claims)
    assert ("Danilo", "Manchester City", "done") not in _triples(claims)


def test_a_club_that_reappoints_a_coach_has_appointed_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea reappoint Frank Lampard as caretaker",
        "",
        published=datetime(2023, 4, 6, tzinfo=UTC),
    )
    assert ("Frank Lampard", "Chelsea", "done") in _triples(claims)


def test_an_age_before_a_demonym_is_still_the_man_of_that_nation(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Everton sack Sean Dyche and turn to David Moyes",
        "The Toffees have brought back the 61-year-old Scot, who left West Ham at the end of last season.",
        published=datetime(2025, 1, 11, tzinfo=UTC),
    )
    assert ("David Moyes", "Everton", "done") in _triples(claims)


def test_a_loan_signed_with_a_later_permanent_move_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea sign Jadon Sancho on loan from Manchester United",
        "The England winger will join permanently for between £20m and £25m next summer.",
        published=datetime(2024, 8, 30, tzinfo=UTC),
    )
    assert ("Jadon Sancho", "Chelsea", "done") in _triples(claims)
    option = _claims(
        extractor,
        "Marcus Rashford joins Aston Villa on loan",
        "The deal includes an option for the Midlands club to sign him permanently for around £40m.",
        published=datetime(2025, 2, 2, tzinfo=UTC),
    )
    assert ("Marcus Rashford", "Aston Villa", "done") in _triples(option)


def test_men_mentioned_as_possible_successors_are_of_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mauricio Pochettino leaves Chelsea by mutual consent",
        "Leicester's Enzo Maresca and Ipswich's Kieran McKenna have been touted as possible replacements.",
        published=datetime(2024, 5, 21, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert {("Enzo Maresca", "Chelsea", "interest"), ("Kieran McKenna", "Chelsea", "interest")} <= triples


def test_a_club_that_may_now_turn_to_a_man_is_interested(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Moises Caicedo snubs Liverpool",
        "The Ecuador midfielder only wants to join Chelsea. Liverpool may now turn to Southampton's Romeo "
        "Lavia.",
        published=datetime(2023, 8, 13, tzinfo=UTC),
    )
    assert ("Roméo Lavia", "Liverpool", "interest") in _triples(claims)


def test_a_coach_who_has_announced_his_departure_exits(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Jurgen Klopp to leave Liverpool",
        "Jurgen Klopp has announced his departure at the end of the season.",
        published=datetime(2024, 1, 26, tzinfo=UTC),
    )
    assert ("Jürgen Klopp", "Liverpool", "exit") in _triples(claims)
    relative = _claims(
        extractor,
        "Liverpool open talks over Florian Wirtz",
        "Leverkusen, whose coach Xabi Alonso has announced his departure, want more than £100m for Wirtz.",
        published=datetime(2025, 5, 23, tzinfo=UTC),
    )
    assert ("Xabi Alonso", "Bayer Leverkusen", "exit") in _triples(relative)


def test_a_club_s_boss_is_its_coach_not_the_coach_just_named(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham consider Thomas Frank as Ange Postecoglou's future remains in doubt",
        "Spurs admire the Brentford boss despite Postecoglou leading the club to Europa League glory.",
        published=datetime(2025, 5, 28, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ange Postecoglou", "Tottenham Hotspur", "exit") in triples
    assert not any(t[0] == "Ange Postecoglou" and t[1] == "Brentford" for t in triples)


def test_a_player_who_commits_his_future_to_his_own_club_stays(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lamine Yamal commits future to Barcelona with deal until 2031",
        "",
        published=datetime(2025, 5, 27, tzinfo=UTC),
    )
    assert _triples(claims) == {("Lamine Yamal", "Barcelona", "stay")}


def test_players_who_have_moved_to_a_club_are_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official: Douglas Luiz joins Juventus as Iling-Junior and Barrenechea head to Aston Villa",
        "Juventus have completed the signing of the Brazil midfielder for €50m. In separate operations, "
        "Samuel Iling-Junior and Enzo Barrenechea have moved to Villa Park.",
        published=datetime(2024, 6, 30, tzinfo=UTC),
    )
    assert ("Enzo Barrenechea", "Aston Villa", "done") in _triples(claims)


def test_an_offer_passed_over_with_a_club_is_ended_too(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lionel Messi turns down Saudi Arabia",
        "Lionel Messi has chosen MLS over a return to Barcelona and a lucrative offer from Al-Hilal.",
        published=datetime(2023, 6, 7, tzinfo=UTC),
    )
    assert {("Lionel Messi", "Barcelona", "off"), ("Lionel Messi", "Al-Hilal", "off")} <= _triples(claims)


def test_an_option_triggered_in_a_contract_is_a_stay_and_one_not_triggered_is_none(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Manchester United trigger one-year extensions for Rashford, Shaw, Dalot and Fred",
        "",
        published=datetime(2022, 12, 24, tzinfo=UTC),
    )
    assert ("Marcus Rashford", "Manchester United", "stay") in _triples(claims)
    son = _claims(
        extractor,
        "Tottenham trigger one-year option in Son Heung-min's contract",
        "",
        published=datetime(2025, 1, 7, tzinfo=UTC),
    )
    assert _triples(son) == {("Son Heung-min", "Tottenham Hotspur", "stay")}
    refused = _claims(
        extractor,
        "Kylian Mbappe tells PSG he will not extend",
        "The striker informed the club by letter that he will not trigger the option to extend his contract.",
        published=datetime(2023, 6, 13, tzinfo=UTC),
    )
    assert ("Kylian Mbappé", "Paris Saint-Germain", "stay") not in _triples(refused)


def test_a_signing_that_will_officially_join_next_summer_is_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea agree deal to sign Palmeiras teenager Estevao Willian",
        "The 17-year-old Brazilian forward will officially join the Blues next summer, once he turns 18.",
        published=datetime(2024, 6, 22, tzinfo=UTC),
    )
    assert ("Estêvão", "Chelsea", "agreed") in _triples(claims)


def test_a_headline_s_sacking_keeps_its_own_clause_beside_the_successor(extractor: Extractor) -> None:
    shortlist = _claims(
        extractor,
        "Leeds sack Jesse Marsch with Carlos Corberan and Andoni Iraola on shortlist",
        "",
        published=datetime(2023, 2, 6, tzinfo=UTC),
    )
    assert {
        ("Jesse Marsch", "Leeds United", "exit"),
        ("Andoni Iraola", "Leeds United", "interest"),
    } <= _triples(shortlist)
    agreement = _claims(
        extractor,
        "Benfica sack Bruno Lage and reach agreement with Jose Mourinho",
        "",
        published=datetime(2025, 9, 17, tzinfo=UTC),
    )
    assert {("Bruno Lage", "Benfica", "exit"), ("José Mourinho", "Benfica", "agreed")} <= _triples(agreement)


def test_the_man_a_club_who_sacked_him_replaces_is_not_its_new_target(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Aston Villa make approach to Rangers for Steven Gerrard",
        "Villa, who sacked Dean Smith on Sunday after five straight defeats, have asked the Scottish "
        "champions for permission to speak to the former Liverpool captain.",
        published=datetime(2021, 11, 9, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert {("Steven Gerrard", "Aston Villa", "approach"), ("Dean Smith", "Aston Villa", "exit")} <= triples


def test_a_coach_who_begins_another_spell_or_returns_after_a_sacking_is_back(extractor: Extractor) -> None:
    spell = _claims(
        extractor,
        "Sheffield United turn to an old friend",
        "Chris Wilder begins a third spell at Bramall Lane.",
        published=datetime(2025, 9, 15, tzinfo=UTC),
    )
    assert ("Chris Wilder", "Sheffield United", "done") in _triples(spell)
    returns = _claims(
        extractor,
        "Chris Wilder returns to Sheffield United after Ruben Selles sacking",
        "",
        published=datetime(2025, 9, 15, tzinfo=UTC),
    )
    assert ("Chris Wilder", "Sheffield United", "done") in _triples(returns)


def test_a_coach_who_leaves_one_club_to_become_another_s_manager_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Brendan Rodgers leaves Celtic to become Leicester City manager",
        "",
        published=datetime(2019, 2, 26, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Brendan Rodgers", "Leicester City", "done") in triples
    assert ("Brendan Rodgers", "Leicester City", "exit") not in triples


def test_he_after_a_relative_clause_is_the_subject_it_describes(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ajax reject Manchester United's €90m bid for Antony",
        "The Brazil forward, who played under Erik ten Hag in Amsterdam, has told the club he wants to "
        "leave.",
        published=datetime(2022, 8, 26, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Antony", "Manchester United", "bid") in triples
    assert not any(t[0] == "Erik ten Hag" for t in triples)


def test_a_coach_who_steps_down_to_join_a_club_has_joined_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "John Herdman steps down as Canada coach to join Toronto FC",
        "",
        published=datetime(2023, 8, 28, tzinfo=UTC),
    )
    assert ("John Herdman", "Toronto FC", "done") in _triples(claims)


def test_a_club_that_sold_a_described_man_to_another_sold_him_there(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Marcus Rashford joins Aston Villa on loan from Manchester United",
        "Villa sold striker Jhon Duran to Al-Nassr last month.",
        published=datetime(2025, 2, 2, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Jhon Durán", "Al-Nassr", "done") in triples
    assert ("Jhon Durán", "Aston Villa", "done") not in triples


def test_a_club_that_sends_a_man_on_loan_to_another_sent_him_there(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Brighton send Percy Tau on loan to Anderlecht",
        "",
        published=datetime(2018, 8, 15, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Percy Tau", "Anderlecht", "done") in triples
    assert not any(t[1] == "Brighton & Hove Albion" and t[2] != "exit" for t in triples)


def test_a_seller_that_values_a_man_and_has_turned_down_an_offer_rejected_a_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Celtic reject Brighton's opening bid for Matt O'Riley",
        "The Scottish champions value the Denmark midfielder at more than £25m and have turned down an "
        "initial offer from the Premier League club.",
        published=datetime(2024, 8, 5, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Matt O'Riley", "Brighton & Hove Albion", "bid") in triples
    assert ("Matt O'Riley", "Brighton & Hove Albion", "off") not in triples


def test_a_stay_until_the_summer_before_a_move_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bergvall says no to Barça and chooses Tottenham",
        "The Djurgarden midfielder has opted for Tottenham, who will pay around €10m. He will stay at his "
        "club until the summer before moving to London.",
        published=datetime(2024, 2, 9, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Lucas Bergvall", "Tottenham Hotspur", "off") not in triples
    assert not any(t[2] == "stay" for t in triples)
    renewal = _claims(
        extractor,
        "Araujo ties his future to Barca",
        "Ronald Araujo will stay at Barcelona until June 2031.",
        published=datetime(2025, 1, 3, tzinfo=UTC),
    )
    assert ("Ronald Araújo", "Barcelona", "stay") in _triples(renewal)


def test_a_club_that_walks_away_after_a_move_to_another_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool agree fee with Porto for Luis Diaz",
        "Tottenham had been in talks with the Portuguese club for weeks, but Diaz has made clear he wants "
        "to move to Anfield and Spurs have walked away.",
        published=datetime(2022, 1, 28, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Luis Díaz", "Tottenham Hotspur", "off") in triples
    assert ("Luis Díaz", "Liverpool", "off") not in triples


def test_a_club_that_will_not_give_up_on_a_man_is_not_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Rice, Mount, Kane: Wednesday's gossip",
        "Manchester United will not give up on Mason Mount after Chelsea rejected a second bid for the "
        "England midfielder.",
        published=datetime(2023, 6, 21, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Mason Mount", "Manchester United", "bid") in triples
    assert ("Mason Mount", "Manchester United", "off") not in triples
    ended = _claims(
        extractor,
        "Mount latest",
        "Arsenal have decided to give up on Mason Mount.",
        published=datetime(2023, 6, 21, tzinfo=UTC),
    )
    assert ("Mason Mount", "Arsenal", "off") in _triples(ended)


def test_a_club_that_secured_a_man_on_loan_has_signed_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Aubameyang signs for Arsenal",
        "The move was only possible after Dortmund secured Michy Batshuayi on loan from Chelsea.",
        published=datetime(2018, 1, 31, tzinfo=UTC),
    )
    assert ("Michy Batshuayi", "Borussia Dortmund", "done") in _triples(claims)
    future = _claims(
        extractor,
        "Chelsea secured Cole Palmer's future with a new deal",
        "",
        published=datetime(2024, 10, 1, tzinfo=UTC),
    )
    assert not any(t[2] == "done" for t in _triples(future))


def test_a_move_told_after_its_verb_joining_a_club_on_loan_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool sign Ozan Kabak on deadline day",
        "Liverpool defender Sepp van den Berg has moved the other way, joining Preston on loan.",
        published=datetime(2021, 2, 1, tzinfo=UTC),
    )
    assert ("Sepp van den Berg", "Preston North End", "done") in _triples(claims)


def test_a_club_that_ends_its_pursuit_after_the_man_preferred_another_is_a_clause_of_its_own(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Liverpool agree fee with Porto for Luis Diaz",
        "Spurs had been in talks with the Portuguese club for several days, but Diaz preferred Anfield and "
        "Tottenham have now ended their pursuit.",
        published=datetime(2022, 1, 28, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Luis Díaz", "Tottenham Hotspur", "off") in triples
    assert ("Luis Díaz", "Liverpool", "off") not in triples


def test_the_club_a_buyer_contacted_about_a_man_is_his_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern's late push for Dragusin fails",
        "The record champions contacted Genoa and the player's camp on Wednesday, but the Romania "
        "centre-back stood by his word to Tottenham Hotspur, who have agreed a fee of around €30m with the "
        "Italian club.",
        published=datetime(2024, 1, 10, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Radu Drăgușin", "Tottenham Hotspur", "agreed") in triples
    assert not any(t[1] == "Genoa" and t[2] != "exit" for t in triples)


def test_an_attempt_to_sign_a_man_that_came_to_nothing_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Dragusin latest",
        "FC Bayern's late attempt to sign Radu Dragusin has come to nothing.",
        published=datetime(2024, 1, 10, tzinfo=UTC),
    )
    assert ("Radu Drăgușin", "Bayern Munich", "off") in _triples(claims)


def test_a_man_replaced_by_a_national_team_coach_leaves_no_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Belgium name Domenico Tedesco as Martinez successor",
        "Belgium have appointed Domenico Tedesco as head coach until after the 2026 World Cup, replacing "
        "Roberto Martinez, who left after the Red Devils' group-stage exit in Qatar.",
        published=datetime(2023, 2, 8, tzinfo=UTC),
    )
    assert not any(t[0] == "Roberto Martínez" for t in _triples(claims))


def test_the_club_a_compensation_package_of_a_sum_is_agreed_with_sells(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ronald Koeman appointed Everton manager on three-year deal",
        "Everton have confirmed Ronald Koeman as their new manager after agreeing a compensation package of "
        "around £5m with Southampton.",
        published=datetime(2016, 6, 14, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ronald Koeman", "Everton", "done") in triples
    assert ("Ronald Koeman", "Southampton", "agreed") not in triples


def test_a_coach_the_mover_played_under_wants_nobody(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal land Real Madrid playmaker on loan",
        "Martin Odegaard has completed a loan move to Arsenal until the summer, having made "
        "only nine appearances under Zinedine Zidane this season.",
        published=datetime(2021, 1, 27, tzinfo=UTC),
    )
    assert ("Martin Ødegaard", "Arsenal", "done") in _triples(claims)


def test_completing_a_title_bid_or_a_rehabilitation_is_no_move(extractor: Extractor) -> None:
    report = _claims(
        extractor,
        "Leverkusen thrash Bremen to end Bayern's reign and claim first Bundesliga title",
        "Florian Wirtz scored a hat-trick as Bayer Leverkusen beat Werder Bremen 5-0 to complete their title "
        "bid with five games to spare.",
        published=datetime(2024, 4, 14, tzinfo=UTC),
    )
    assert _triples(report) == set()
    injury = _claims(
        extractor,
        "Virgil van Dijk returns to full training",
        "Virgil van Dijk has completed his rehabilitation from the knee ligament injury and has rejoined "
        "full training with Liverpool at their camp in Austria.",
        published=datetime(2021, 7, 25, tzinfo=UTC),
    )
    assert _triples(injury) == set()


def test_a_rejected_appeal_is_no_refusal_of_a_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal lose appeal against Declan Rice red card",
        "An independent regulatory commission has rejected Arsenal's appeal against the red card shown to "
        "Declan Rice in the 1-1 draw with Brighton.",
        published=datetime(2024, 9, 4, tzinfo=UTC),
    )
    assert _triples(claims) == set()


def test_the_way_a_club_wants_to_play_is_no_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ange Postecoglou: Timo Werner's pressing will suit Tottenham",
        "Ange Postecoglou says Timo Werner's pace and work rate fit the way Tottenham want to play.",
        published=datetime(2024, 1, 12, tzinfo=UTC),
    )
    assert _triples(claims) == set()


def test_pulling_out_of_a_clubs_move_or_talks_ends_it_and_is_not_his_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ross Barkley pulls out of Chelsea move midway through medical",
        "The 23-year-old now looks set to remain at Goodison Park.",
        published=datetime(2017, 8, 31, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ross Barkley", "Chelsea", "off") in triples
    assert ("Ross Barkley", "Chelsea", "stay") not in triples
    talks = _claims(
        extractor,
        "Arne Slot pulls out of Tottenham talks and commits to Feyenoord",
        "The Feyenoord head coach has ended discussions with Spurs over their managerial vacancy and will "
        "stay in Rotterdam to defend the Eredivisie title.",
        published=datetime(2023, 5, 20, tzinfo=UTC),
    )
    assert ("Arne Slot", "Tottenham Hotspur", "off") in _triples(talks)
    assert ("Arne Slot", "Tottenham Hotspur", "stay") not in _triples(talks)


def test_staying_close_to_his_family_is_no_stay_at_a_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lopetegui rejects Wolves offer for family reasons",
        "Julen Lopetegui has turned down Wolverhampton Wanderers' offer to become their new manager. The "
        "Basque coach, dismissed by Sevilla last week, had been the English club's first choice, but he "
        "wants to stay close to his father, who is ill, in Spain.",
        published=datetime(2022, 10, 12, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Julen Lopetegui", "Wolverhampton Wanderers", "off") in triples
    assert not any(t[2] == "stay" for t in triples)


def test_leaving_others_as_the_leading_candidates_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Julian Nagelsmann withdraws from Chelsea head coach race",
        "Nagelsmann has pulled out of the process to become Chelsea's permanent head coach, leaving Mauricio "
        "Pochettino and Luis Enrique as the leading candidates.",
        published=datetime(2023, 4, 20, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Mauricio Pochettino", "Chelsea", "off") not in triples
    assert ("Luis Enrique", "Chelsea", "off") not in triples


def test_a_man_and_his_club_agreeing_to_terminate_his_contract_is_his_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Paul Pogba and Juventus agree to terminate his contract",
        "The French midfielder, whose doping ban was cut to 18 months on appeal, will be a free agent from "
        "1 December.",
        published=datetime(2024, 11, 15, tzinfo=UTC),
    )
    assert ("Paul Pogba", "Juventus", "exit") in _triples(claims)


def test_a_bid_being_readied_or_that_will_be_made_is_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Friday's gossip",
        "Sadio Mane wants out of Anfield, and Bayern Munich are readying a bid. Manchester City will make a "
        "British-record £150m bid for Tottenham's Harry Kane (Mirror).",
        published=datetime(2022, 6, 2, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Sadio Mané", "Bayern Munich", "interest") in triples
    assert ("Harry Kane", "Manchester City", "interest") in triples
    assert not any(t[2] == "bid" for t in triples)


def test_a_choice_told_in_a_relative_clause_ends_the_other_suitors(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona agree 75 million euro deal for Ajax's Frenkie de Jong",
        "Ajax have agreed to sell midfielder Frenkie de Jong to Barcelona for 75 million euros. Paris St"
        " Germain and Manchester City had both tried to sign the Netherlands international, who chose Barca.",
        published=datetime(2019, 1, 23, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Frenkie de Jong", "Paris Saint-Germain", "off") in triples
    assert ("Frenkie de Jong", "Manchester City", "off") in triples
    assert ("Frenkie de Jong", "Barcelona", "agreed") in triples


def test_their_rivals_is_not_the_club_their_refers_to(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Romelu Lukaku joins Roma on loan from Chelsea",
        "The striker's proposed move to the Bianconeri fell through earlier this month, and Inter had ended"
        " their interest in July after learning of his talks with their rivals.",
        published=datetime(2023, 8, 29, tzinfo=UTC),
    )
    assert ("Romelu Lukaku", "Inter Milan", "off") in _triples(claims)


def test_as_a_club_says_no_is_a_second_event_of_the_headline(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juve close in on De Ligt as Manchester United say no to Inter's Lukaku offer",
        "",
        published=datetime(2019, 7, 10, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Romelu Lukaku", "Inter Milan", "bid") in triples
    assert not any(person == "Romelu Lukaku" and club == "Juventus" for person, club, _ in triples)
    assert not any(person == "Matthijs de Ligt" and club == "Inter Milan" for person, club, _ in triples)


def test_candidates_who_all_said_no_turned_down_the_club_the_sentence_named_first(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Bayern open talks with Burnley over Kompany after run of rejections",
        "The German champions turned to the Belgian after Xabi Alonso, Julian Nagelsmann and Ralf Rangnick"
        " all said no, while Crystal Palace refused to release Oliver Glasner when Bayern asked about him.",
        published=datetime(2024, 5, 22, tzinfo=UTC),
    )
    triples = _triples(claims)
    for coach in ("Xabi Alonso", "Julian Nagelsmann", "Ralf Rangnick"):
        assert (coach, "Bayern Munich", "off") in triples
    assert not any(club == "Crystal Palace" and stage == "off" for _, club, stage in triples)


def test_the_man_a_club_was_rejected_by_ends_its_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Julian Nagelsmann turns down Bayern Munich to stay as Germany coach",
        "Bayern, who will part with Thomas Tuchel this summer, have also been rejected by Xabi Alonso.",
        published=datetime(2024, 4, 19, tzinfo=UTC),
    )
    assert ("Xabi Alonso", "Bayern Munich", "off") in _triples(claims)


def test_a_cue_naming_no_club_goes_to_the_buyer_not_the_club_selling_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs sound out Brentford over Thomas Frank after sacking Postecoglou",
        "Tottenham have opened talks with Brentford about appointing Thomas Frank as their new head coach."
        " Frank is the clear favourite. Bournemouth's Andoni Iraola and Fulham boss Marco Silva have also"
        " been on the shortlist.",
        published=datetime(2025, 6, 7, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Andoni Iraola", "Tottenham Hotspur", "interest") in triples
    assert ("Marco Silva", "Tottenham Hotspur", "interest") in triples
    assert not any(club == "Brentford" and stage == "interest" for _, club, stage in triples)


def test_a_coach_demanding_a_player_makes_his_club_no_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Fulham turn down improved Bayern offer for Joao Palhinha",
        "The German champions see the Portugal midfielder as the holding player Thomas Tuchel has been"
        " demanding all summer, and Palhinha is keen on the move.",
        published=datetime(2023, 8, 18, tzinfo=UTC),
    )
    assert ("João Palhinha", "Bayern Munich", "bid") in _triples(claims)


def test_with_whom_binds_a_clubless_clause_to_the_club_before_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Leeds turn down Arsenal's opening offer for Raphinha",
        "Raphinha's preference is still Barcelona, with whom he has agreed personal terms, but the Catalans"
        " have yet to reach an agreement with Leeds over the fee.",
        published=datetime(2022, 7, 1, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Raphinha", "Arsenal", "bid") in triples
    assert ("Raphinha", "Barcelona", "talks") in triples


def test_a_coach_is_not_pursued_by_the_club_he_coaches(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sporting confirm Manchester United want Ruben Amorim after Ten Hag sacking",
        "",
        published=datetime(2024, 10, 29, tzinfo=UTC),
    )
    pairs = {(person, club) for person, club, _ in _triples(claims)}
    assert ("Ruben Amorim", "Manchester United") in pairs
    assert ("Ruben Amorim", "Sporting CP") not in pairs


def test_ending_any_hope_other_clubs_had_ends_their_moves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Jamal Musiala extends Bayern contract until 2030",
        "Jamal Musiala has signed a new contract with Bayern Munich that runs until 2030, ending any hope"
        " Real Madrid and Manchester City had of prising the German away from the Allianz Arena.",
        published=datetime(2025, 2, 14, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Jamal Musiala", "Bayern Munich", "stay") in triples
    assert ("Jamal Musiala", "Real Madrid", "off") in triples
    assert ("Jamal Musiala", "Manchester City", "off") in triples


def test_he_told_the_manager_and_the_hierarchy_he_wants_to_continue_at_his_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bruno Fernandes turns down Al Hilal",
        "The Saudi club had tabled a bid of around £100million for the United captain. But the Portuguese"
        " informed Ruben Amorim and the club's hierarchy that he wants to continue at Old Trafford.",
        published=datetime(2025, 5, 31, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Bruno Fernandes", "Manchester United", "stay") in triples
    assert not any(person == "Ruben Amorim" for person, _, _ in triples)


def test_a_refusal_to_extend_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kylian Mbappe refuses to meet Al-Hilal delegation",
        "PSG have accepted Al-Hilal's offer. Nasser Al-Khelaifi, furious at the striker's refusal to extend,"
        " left him out of the pre-season tour of Japan.",
        published=datetime(2023, 7, 26, tzinfo=UTC),
    )
    assert not any(stage == "stay" for _, _, stage in _triples(claims))


def test_options_to_extend_are_the_new_contracts_terms_not_a_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Gareth Bale signs with LAFC on one-year deal",
        "Gareth Bale has joined Los Angeles FC on a one-year contract with options to extend into 2024. The"
        " Wales forward has been a free agent since his Real Madrid deal ran out.",
        published=datetime(2022, 6, 27, tzinfo=UTC),
    )
    assert not any(stage == "stay" for _, _, stage in _triples(claims))


def test_moving_into_another_role_at_the_club_is_no_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United appoint Erik ten Hag as new manager",
        "Manchester United have confirmed Erik ten Hag as their next manager. Interim boss Ralf Rangnick will"
        " then move into a two-year consultancy role.",
        published=datetime(2022, 4, 21, tzinfo=UTC),
    )
    assert not any(person == "Ralf Rangnick" for person, _, _ in _triples(claims))


def test_talks_with_a_clubs_hierarchy_are_with_the_club_that_hires(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Julian Nagelsmann withdraws from Chelsea race as Pochettino moves to front",
        "Julian Nagelsmann has pulled out of the running to become Chelsea's next manager. Mauricio"
        " Pochettino, who has been in discussions with the Stamford Bridge hierarchy this week, is now the"
        " favourite, while Burnley's Vincent Kompany remains under consideration.",
        published=datetime(2023, 4, 21, tzinfo=UTC),
    )
    assert ("Mauricio Pochettino", "Chelsea", "talks") in _triples(claims)


def test_a_coach_joining_elsewhere_agrees_no_move_to_the_club_he_coaches(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ruben Amorim appointed Manchester United head coach",
        "Manchester United confirm the appointment of Ruben Amorim as head coach. Amorim will join the club"
        " on 11 November, subject to his work visa being in place. Until then, the 39-year-old takes charge"
        " of Sporting CP's next three fixtures.",
        published=datetime(2024, 11, 1, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ruben Amorim", "Manchester United", "agreed") in triples
    assert not any(club == "Sporting CP" and stage == "agreed" for _, club, stage in triples)


def test_a_club_he_was_dismissed_at_is_his_past(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Erik ten Hag set to succeed Xabi Alonso at Leverkusen",
        "Bayer 04 Leverkusen have reached an agreement with Erik ten Hag. The Dutchman, without a club since"
        " his dismissal at Manchester United last October, will sign a contract until 2027.",
        published=datetime(2025, 5, 23, tzinfo=UTC),
    )
    assert not any(club == "Manchester United" for _, club, _ in _triples(claims))


def test_a_signing_told_of_a_club_in_a_relative_clause_is_news(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Alexander Isak completes British record move to Liverpool",
        "Liverpool have signed Alexander Isak from Newcastle United for £125m. Newcastle, who"
        " had already signed Nick Woltemade from Stuttgart, completed a deal for Brentford's Yoane Wissa.",
        published=datetime(2025, 9, 1, tzinfo=UTC),
    )
    assert ("Nick Woltemade", "Newcastle United", "done") in _triples(claims)


def test_a_club_pulling_the_plug_on_his_move_elsewhere_is_the_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Joao Palhinha's Bayern Munich move collapses on deadline day",
        "Fulham pulled the plug on the midfielder's move to Bayern after failing to sign a replacement.",
        published=datetime(2023, 9, 1, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("João Palhinha", "Bayern Munich", "off") in triples
    assert not any(club == "Fulham" and stage == "off" for _, club, stage in triples)


def test_staying_in_his_clubs_country_ends_the_talks_told(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Philippe Clement appointed Rangers manager on three-and-a-half-year deal",
        "Rangers held talks with Shanghai Port head coach Kevin Muscat, who was the bookmakers' favourite,"
        " but the Australian decided to remain in China.",
        published=datetime(2023, 10, 15, tzinfo=UTC),
    )
    assert ("Kevin Muscat", "Rangers", "off") in _triples(claims)


def test_and_a_former_national_coach_opens_his_own_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arne Slot rejects Tottenham to stay at Feyenoord",
        "It is another setback in Tottenham's search for a successor to Antonio Conte. Julian Nagelsmann was"
        " interviewed in April before the club ended talks with the German, and former Spain coach Luis"
        " Enrique was also considered.",
        published=datetime(2023, 6, 2, tzinfo=UTC),
    )
    assert ("Julian Nagelsmann", "Tottenham Hotspur", "off") in _triples(claims)


def test_leaving_thanks_to_a_release_clause_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Conte is Napoli's new coach",
        "The first issue is Victor Osimhen. The Nigerian has an understanding with the club that he will"
        " leave this summer, thanks to a release clause of €130m.",
        published=datetime(2024, 6, 5, tzinfo=UTC),
    )
    assert ("Victor Osimhen", "Napoli", "exit") in _triples(claims)


def test_several_clubs_interested_names_no_suitor(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City in talks over Antoine Semenyo",
        "To make room, City could allow Oscar Bobb to leave on loan, with several Premier League and"
        " Bundesliga clubs interested.",
        published=datetime(2026, 1, 3, tzinfo=UTC),
    )
    assert ("Oscar Bobb", "Manchester City", "exit") in _triples(claims)


def test_their_head_coach_vacancies_names_no_coach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kieran McKenna: Ipswich Town manager signs new deal after Chelsea and Brighton talks",
        "Kieran McKenna has signed a new four-year contract with Ipswich Town. The Northern Irishman held"
        " talks with both Brighton and Chelsea about their head coach vacancies but turned them down to"
        " stay at Portman Road.",
        published=datetime(2024, 6, 27, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Kieran McKenna", "Chelsea", "off") in triples
    assert not any(stage == "stay" and club != "Ipswich Town" for _, club, stage in triples)


def test_a_club_expected_to_return_before_the_deadline_comes_back_with_an_offer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Egyptian King not for sale: Reds knock back Al-Ittihad's £150m bid",
        "Liverpool have rejected an offer from the Saudi champions for Mohamed Salah. Al-Ittihad are expected"
        " to return before their window shuts on Thursday.",
        published=datetime(2023, 9, 1, tzinfo=UTC),
    )
    assert ("Mohamed Salah", "Al-Ittihad", "bid") in _triples(claims)


def test_the_seven_time_ballon_dor_winner_is_a_reference_back(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Messi chooses Inter Miami",
        "Lionel Messi will join Inter Miami. The seven-time Ballon d'Or winner also turned down a record"
        " proposal from Saudi club Al-Hilal.",
        published=datetime(2023, 6, 7, tzinfo=UTC),
    )
    assert ("Lionel Messi", "Al-Hilal", "off") in _triples(claims)


def test_a_search_thrown_into_disarray_by_his_decision_to_withdraw_is_his_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham sack Cristian Stellini as Levy's search widens",
        "Daniel Levy's search for a permanent appointment has been thrown into some disarray by Julian"
        " Nagelsmann's decision to withdraw from the process.",
        published=datetime(2023, 4, 25, tzinfo=UTC),
    )
    assert ("Julian Nagelsmann", "Tottenham Hotspur", "off") in _triples(claims)


def test_the_man_a_cue_is_said_of_is_no_agent_of_the_man_after_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Graham Potter to Chelsea, here we go!",
        "Graham Potter to Chelsea, here we go! He was the clear first choice from the moment the board"
        " decided to sack Thomas Tuchel on Wednesday morning. Chelsea will pay around £21.5m to Brighton.",
        published=datetime(2022, 9, 8, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert not any(person == "Thomas Tuchel" and stage in ("agreed", "bid") for person, _, stage in triples)


def test_a_headline_ending_then_the_men_in_the_frame_are_two_clauses(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juve, Motta's time is up: Tudor and Mancini in the frame",
        "",
        published=datetime(2025, 3, 23, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Thiago Motta", "Juventus", "exit") in triples
    assert ("Igor Tudor", "Juventus", "interest") in triples


def test_deals_that_would_send_two_men_forecast_no_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea, Napoli in talks on deals that would send Lukaku to Naples and Osimhen to Stamford Bridge",
        "",
        published=datetime(2024, 8, 8, tzinfo=UTC),
    )
    assert not any(stage == "agreed" for _, _, stage in _triples(claims))


def test_once_again_a_clubs_player_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid activate Fran García buy-back clause",
        "Fran García is once again a Real Madrid player.",
        published=datetime(2023, 6, 7, tzinfo=UTC),
    )
    assert ("Fran García", "Real Madrid", "done") in _triples(claims)


def test_a_man_dismissed_over_talks_with_a_club_talks_to_his_next_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "AZ dismiss Arne Slot over talks with Feyenoord",
        "",
        published=datetime(2020, 12, 5, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Arne Slot", "Feyenoord", "talks") in triples
    assert ("Arne Slot", "AZ Alkmaar", "exit") in triples


def test_a_coach_wanting_to_be_reunited_with_a_player_wants_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Conte is Napoli's new coach",
        "Antonio Conte is the new coach of Napoli. The coach wants to be reunited with Romelu Lukaku, who"
        " spent last season on loan at Roma from Chelsea.",
        published=datetime(2024, 6, 5, tzinfo=UTC),
    )
    assert ("Romelu Lukaku", "Napoli", "interest") in _triples(claims)


def test_a_coach_parted_with_after_a_thrashing_is_an_exit_not_a_match_report(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern Munich part ways with Niko Kovac after 5-1 thrashing in Frankfurt",
        "",
        published=datetime(2019, 11, 3, tzinfo=UTC),
    )
    assert ("Niko Kovač", "Bayern Munich", "exit") in _triples(claims)


def test_a_coach_not_in_the_knowledge_base_to_leave_his_club_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsène Wenger to leave Arsenal at end of season after almost 22 years",
        "",
        published=datetime(2018, 4, 20, tzinfo=UTC),
    )
    assert ("Arsène Wenger", "Arsenal", "exit") in _triples(claims)


def test_their_after_an_approach_from_a_club_is_the_club_approached(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Everton snubbed",
        "Watford have turned down an approach from Everton for their Portuguese head coach Marco Silva.",
        published=datetime(2017, 11, 13, tzinfo=UTC),
    )
    assert ("Marco Silva", "Everton", "approach") in _triples(claims)


def test_will_not_be_the_clubs_next_manager_ends_his_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea search goes on",
        "Julian Nagelsmann will not be Chelsea's next manager after the German withdrew from the process.",
        published=datetime(2023, 4, 15, tzinfo=UTC),
    )
    assert ("Julian Nagelsmann", "Chelsea", "off") in _triples(claims)


def test_out_of_a_named_clubs_race_ends_his_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Julian Nagelsmann out of Chelsea race as Mauricio Pochettino emerges as favourite",
        "",
        published=datetime(2023, 4, 15, tzinfo=UTC),
    )
    assert ("Julian Nagelsmann", "Chelsea", "off") in _triples(claims)


def test_a_job_turned_down_is_not_of_the_choices_former_clubs(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus sack Thiago Motta and turn to Igor Tudor",
        "Tudor, who previously managed Marseille and Lazio, was the board's first choice after Roberto "
        "Mancini turned down the role.",
        published=datetime(2025, 3, 23, tzinfo=UTC),
    )
    assert ("Roberto Mancini", "Juventus", "off") in _triples(claims)


def test_a_sentence_opening_in_a_city_names_no_one(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sadio Mane: Liverpool accept Bayern Munich offer for Senegal forward",
        "Liverpool have accepted a bid from Bayern Munich for Sadio Mane. In Munich, the 30-year-old will be "
        "expected to fill the gap left by Robert Lewandowski.",
        published=datetime(2022, 6, 18, tzinfo=UTC),
    )
    assert {c.person for c in claims} == {"Sadio Mané"}


def test_a_club_agreeing_to_sell_its_man_to_a_described_club_is_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cristiano Ronaldo: Real Madrid agree to sell forward to Juventus for £88m",
        "Real Madrid have agreed to sell Cristiano Ronaldo to Italian champions Juventus for 100m euros.",
        published=datetime(2018, 7, 10, tzinfo=UTC),
    )
    assert ("Cristiano Ronaldo", "Juventus", "agreed") in _triples(claims)


def test_an_offer_including_add_ons_from_a_club_is_the_bidders(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Milan accept Newcastle offer for Sandro Tonali",
        "The Rossoneri have accepted an offer of around €70m including add-ons from Newcastle United for "
        "Sandro Tonali.",
        published=datetime(2023, 6, 24, tzinfo=UTC),
    )
    assert ("Sandro Tonali", "Newcastle United", "agreed") in _triples(claims)


def test_a_swaps_second_man_moving_the_other_way_goes_to_the_club_the_first_left(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Barcelona and Juventus confirm Arthur and Miralem Pjanic swap",
        "Arthur has joined Juventus from Barcelona for €72m, while Miralem Pjanic moves the other way.",
        published=datetime(2020, 6, 29, tzinfo=UTC),
    )
    assert {("Arthur", "Juventus", "done"), ("Miralem Pjanić", "Barcelona", "done")} <= _triples(claims)


def test_a_list_of_possible_replacements_including_men_is_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ten Hag awaits verdict",
        "United's end-of-season review has drawn up a list of possible replacements including Brentford's "
        "Thomas Frank and Ipswich boss Kieran McKenna.",
        published=datetime(2024, 5, 31, tzinfo=UTC),
    )
    assert {
        ("Thomas Frank", "Manchester United", "interest"),
        ("Kieran McKenna", "Manchester United", "interest"),
    } <= _triples(claims)


def test_a_headlines_second_story_after_as_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea close in on Maresca as Ten Hag awaits verdict",
        "",
        published=datetime(2024, 5, 31, tzinfo=UTC),
    )
    assert _triples(claims) == {("Enzo Maresca", "Chelsea", "agreed")}


def test_a_defeat_in_a_clubs_city_makes_it_an_opponent(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Borussia Dortmund sack Nuri Sahin",
        "Dortmund have parted company with head coach Nuri Sahin following Tuesday's 2-1 Champions League "
        "defeat in Bologna, their fourth loss in a row.",
        published=datetime(2025, 1, 22, tzinfo=UTC),
    )
    assert _triples(claims) == {("Nuri Şahin", "Borussia Dortmund", "exit")}


def test_talks_held_in_a_clubs_city_are_no_move_to_that_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Erik ten Hag to stay as Manchester United manager",
        "Thomas Tuchel held talks with United in Monaco. Tuchel has now been informed that United will "
        "not be making a change.",
        published=datetime(2024, 6, 11, tzinfo=UTC),
    )
    assert "Monaco" not in {c.club for c in claims}


def test_never_gave_up_hope_of_bringing_him_is_no_end(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Antonio Conte appointed Tottenham manager",
        "Fabio Paratici had worked with the Italian at Juventus and never gave up hope of bringing him to "
        "north London.",
        published=datetime(2021, 11, 2, tzinfo=UTC),
    )
    assert ("Antonio Conte", "Juventus", "off") not in _triples(claims)


def test_a_club_where_they_played_under_the_coach_is_a_former_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "United open talks with Bayern",
        "United have opened talks with Bayern Munich over Matthijs de Ligt and Noussair Mazraoui, both of "
        "whom played under the Dutchman at Ajax.",
        published=datetime(2024, 7, 18, tzinfo=UTC),
    )
    assert "Ajax" not in {c.club for c in claims}


def test_a_headlines_ellipsis_opens_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Aston Villa accept Man City's £100m bid for Jack Grealish... and they already have Leon Bailey "
        "lined up",
        "",
        published=datetime(2021, 8, 3, tzinfo=UTC),
    )
    assert ("Leon Bailey", "Manchester City", "agreed") not in _triples(claims)


def test_a_surname_before_a_headlines_u_turn_is_the_man(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Messi U-turn ends City dream", "", published=datetime(2020, 9, 5, tzinfo=UTC)
    )
    assert ("Lionel Messi", "Manchester City", "off") in _triples(claims)


def test_broke_off_negotiations_ends_the_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lukaku latest",
        "Inter Milan broke off negotiations with Romelu Lukaku in July.",
        published=datetime(2023, 8, 29, tzinfo=UTC),
    )
    assert ("Romelu Lukaku", "Inter Milan", "off") in _triples(claims)


def test_and_a_club_with_a_verb_of_its_own_opens_a_second_main_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Romelu Lukaku joins Roma",
        "The Bianconeri's attempt to sign Romelu Lukaku then stalled, and Juventus eventually pulled out.",
        published=datetime(2023, 8, 29, tzinfo=UTC),
    )
    assert ("Romelu Lukaku", "Juventus", "off") in _triples(claims)


def test_and_a_man_with_an_irregular_past_verb_opens_a_second_main_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern's summer window reviewed",
        "Michael Olise, signed from Crystal Palace for around €53m, has impressed in his first weeks, and "
        "Hiroki Ito came from Stuttgart but broke a bone in his foot in pre-season.",
        published=datetime(2024, 9, 3, tzinfo=UTC),
    )
    assert ("Hiroki Ito", "Bayern Munich", "done") in _triples(claims)


def test_chose_to_join_is_a_choice_made_not_a_step_to_come(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Jesse Lingard joins Nottingham Forest on free transfer",
        "Jesse Lingard has joined Nottingham Forest on a one-year deal. The 29-year-old had also received an "
        "offer from West Ham but chose to join Steve Cooper's side at the City Ground.",
        published=datetime(2022, 7, 21, tzinfo=UTC),
    )
    assert ("Jesse Lingard", "Nottingham Forest", "done") in _triples(claims)


def test_a_move_expected_before_he_opted_for_another_club_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Georginio Wijnaldum joins PSG after late Barcelona U-turn",
        "The Netherlands midfielder had been expected to join Barcelona, who had agreed terms with him, but "
        "opted for Paris after PSG made a significantly better offer.",
        published=datetime(2021, 6, 10, tzinfo=UTC),
    )
    assert ("Georginio Wijnaldum", "Barcelona", "off") in _triples(claims)


def test_an_elimination_from_a_competition_by_a_club_makes_it_an_opponent(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Besiktas sack Solskjaer after Conference League exit",
        "Besiktas have dismissed Ole Gunnar Solskjaer following their elimination from the Conference League "
        "play-offs by Lausanne-Sport.",
        published=datetime(2025, 8, 29, tzinfo=UTC),
    )
    assert _triples(claims) == {("Ole Gunnar Solskjær", "Besiktas", "exit")}


def test_a_club_set_to_interview_candidates_has_not_approached_them_yet(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United managerial shortlist",
        "Erik ten Hag and Mauricio Pochettino are the frontrunners for the Manchester United job, with the "
        "club set to interview candidates in the coming weeks.",
        published=datetime(2022, 3, 22, tzinfo=UTC),
    )
    assert ("Erik ten Hag", "Manchester United", "interest") in _triples(claims)


def test_an_age_is_the_one_man_of_that_age_in_its_sentence(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United to pay Ruben Amorim's release clause",
        "Twenty-one years after prising a teenage Cristiano Ronaldo from Sporting, Manchester United are "
        "returning to Lisbon. Sporting confirmed that United will pay the release clause in Ruben Amorim's "
        "contract, and the 39-year-old has agreed terms with the Premier League club.",
        published=datetime(2024, 10, 29, tzinfo=UTC),
    )
    assert ("Ruben Amorim", "Manchester United", "agreed") in _triples(claims)
    assert not any(c.person == "Cristiano Ronaldo" for c in claims)


def test_their_after_a_clubs_own_offer_is_the_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ian Wright: Declan Rice would be 'perfect' for Arsenal",
        "West Ham have turned down a second Arsenal offer for their captain, worth around £90m including "
        "add-ons.",
        published=datetime(2023, 6, 22, tzinfo=UTC),
    )
    assert ("Declan Rice", "Arsenal", "bid") in _triples(claims)


def test_talks_naming_no_one_are_about_the_one_man_of_the_headlines_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Rio Ferdinand urges Manchester United to 'get it done' as Jadon Sancho talks drag on",
        "'Pay the money and get it done,' the former captain said on his YouTube channel. United remain in "
        "negotiations with Borussia Dortmund after an opening offer worth around €67m was rejected.",
        published=datetime(2021, 6, 24, tzinfo=UTC),
    )
    assert ("Jadon Sancho", "Manchester United", "talks") in _triples(claims)


def test_not_considered_for_a_game_is_no_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Pierre-Emerick Aubameyang stripped of Arsenal captaincy after disciplinary breach",
        "Pierre-Emerick Aubameyang has been stripped of the Arsenal captaincy and will not be considered for "
        "Wednesday's Premier League game against West Ham.",
        published=datetime(2021, 12, 14, tzinfo=UTC),
    )
    assert not any(c.stage is Stage.INTEREST for c in claims)


def test_a_request_to_leave_confirmed_is_no_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Conte confirms Kvaratskhelia has asked to leave Napoli amid PSG talks",
        "Antonio Conte has confirmed Khvicha Kvaratskhelia has asked to leave Napoli, with Paris "
        "Saint-Germain negotiating to sign the Georgia winger this month.",
        published=datetime(2025, 1, 11, tzinfo=UTC),
    )
    assert ("Khvicha Kvaratskhelia", "Paris Saint-Germain", "talks") in _triples(claims)


def test_wanting_an_unnamed_number_one_is_no_interest_in_the_man_before(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Courtois ruptures ACL: Real Madrid draw up goalkeeper list",
        "Carlo Ancelotti has Andriy Lunin in the squad, but the club want an experienced number one before "
        "the window closes.",
        published=datetime(2023, 8, 11, tzinfo=UTC),
    )
    assert not any(c.person == "Andriy Lunin" for c in claims)


def test_a_date_of_a_mans_time_out_of_work_leaves_the_exit_he_replaces(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Alan Pardew appointed head coach of Dutch strugglers ADO Den Haag",
        "The former Newcastle and Crystal Palace manager, out of work since leaving West Brom in April 2018, "
        "replaces Alfons Groenendijk, who stepped down earlier this month.",
        published=datetime(2019, 12, 24, tzinfo=UTC),
    )
    assert ("Alfons Groenendijk", "ADO Den Haag", "exit") in _triples(claims)


def test_a_headlines_club_given_permission_is_the_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Hull City given permission to speak to Reading's Ruben Selles",
        "Hull City have been granted permission to speak to Reading head coach Ruben Selles and are "
        "negotiating a six-figure compensation package with the League One club.",
        published=datetime(2024, 12, 4, tzinfo=UTC),
    )
    assert ("Rubén Sellés", "Hull City", "talks") in _triples(claims)


def test_the_man_who_left_the_vacancy_is_the_one_replaced(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Hull City have been granted permission to speak to Reading head coach Ruben Selles",
        "The Spaniard emerged as the owner's first choice after six interviews for the vacancy left by Tim "
        "Walter, who was sacked last week following a 2-0 home defeat by Sheffield Wednesday.",
        published=datetime(2024, 12, 4, tzinfo=UTC),
    )
    assert ("Tim Walter", "Hull City", "exit") in _triples(claims)


def test_a_match_reports_later_negotiations_are_claims(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter 2-1 Bayer Leverkusen: Lukaku strikes again as Havertz's farewell looms",
        "Nicolo Barella and Romelu Lukaku scored inside 21 minutes to send Inter into the semi-finals. "
        "Chelsea are in talks with the German club over a deal for Kai Havertz that could reach £90m.",
        published=datetime(2020, 8, 11, tzinfo=UTC),
    )
    assert _triples(claims) == {("Kai Havertz", "Chelsea", "talks")}


def test_an_injury_items_background_move_is_no_claim_but_its_news_of_a_move_is(extractor: Extractor) -> None:
    # (the background: "who arrived from Chelsea in 2018"; the news, worded as such: "are monitoring")
    claims = _claims(
        extractor,
        "Courtois suffers knee injury and will miss most of the season",
        "Thibaut Courtois has ruptured the anterior cruciate ligament in his left knee in training. The "
        "Belgian, who arrived from Chelsea in 2018, will have surgery. Real Madrid signed Kepa Arrizabalaga "
        "on loan and are monitoring Yassine Bounou.",
        published=datetime(2023, 8, 11, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Kepa Arrizabalaga", "Real Madrid", "done"),
        ("Yassine Bounou", "Real Madrid", "interest"),
    }


def test_a_bid_for_a_league_win_is_no_offer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Hojlund makes Manchester United debut",
        "Rasmus Hojlund came off the bench for his United debut, and United's bid for a first league win at "
        "the Emirates since November 2020 fell short once more.",
        published=datetime(2023, 9, 3, tzinfo=UTC),
    )
    assert not any(c.stage is Stage.BID for c in claims)


def test_a_manager_confirming_his_clubs_talks_is_not_the_one_moving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United still in talks for Ugarte",
        "Afterwards Erik ten Hag confirmed the club are still negotiating with Paris Saint-Germain over "
        "midfielder Manuel Ugarte.",
        published=datetime(2024, 8, 16, tzinfo=UTC),
    )
    assert _triples(claims) == {("Manuel Ugarte", "Manchester United", "talks")}


def test_the_granata_are_salernitana_when_the_item_names_salernitana(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Salernitana rehire Davide Nicola 48 hours after sacking him",
        "The Granata had sounded out Roberto D'Aversa, but the president called off the search after Nicola "
        "phoned him.",
        published=datetime(2023, 1, 18, tzinfo=UTC),
    )
    assert all(c.club != "Torino" for c in claims)
    assert ("Roberto D'Aversa", "Salernitana", "off") in _triples(claims)


def test_an_approach_expected_or_braced_for_is_interest(extractor: Extractor) -> None:
    asked = _claims(
        extractor,
        "Stoke City sack Gary Rowett",
        "Luton Town boss Nathan Jones is the bookmakers' favourite to replace him, and Stoke are expected to "
        "ask Luton for permission to speak to the Welshman in the coming days.",
        published=datetime(2019, 1, 8, tzinfo=UTC),
    )
    assert ("Nathan Jones", "Stoke City", "interest") in _triples(asked)
    braced = _claims(
        extractor,
        "Derby sack Paul Warne and identify Blackburn's John Eustace as top target",
        "Derby would have to pay compensation to prise Eustace away from Ewood Park, and Blackburn are "
        "braced for an approach.",
        published=datetime(2025, 2, 8, tzinfo=UTC),
    )
    assert ("John Eustace", "Derby County", "interest") in _triples(braced)


def test_a_headlines_favourite_after_with_is_a_phrase_of_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Stoke City sack Gary Rowett with Luton's Nathan Jones the early favourite",
        published=datetime(2019, 1, 8, tzinfo=UTC),
    )
    assert ("Gary Rowett", "Stoke City", "exit") in _triples(claims)
    assert not any(c.person == "Gary Rowett" and c.stage is not Stage.EXIT for c in claims)


def test_him_after_his_relationship_with_a_coach_is_not_the_coach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern decline €70m option and Cancelo heads back to Manchester",
        "His relationship with Pep Guardiola remains broken and City are open to offers. Barcelona have him "
        "on their list of targets for the right-back position.",
        published=datetime(2023, 5, 30, tzinfo=UTC),
    )
    assert ("João Cancelo", "Barcelona", "interest") in _triples(claims)
    assert not any(c.person == "Pep Guardiola" and c.club == "Barcelona" for c in claims)


def test_a_club_whose_offer_was_rejected_made_a_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Salah's future",
        "With 18 months left on his deal, Salah remains a target for Saudi Pro League side Al-Ittihad, whose"
        " £150m offer was rejected on the eve of the Saudi deadline in September.",
        published=datetime(2024, 1, 22, tzinfo=UTC),
    )
    assert ("Mohamed Salah", "Al-Ittihad", "bid") in _triples(claims)


def test_a_clause_of_the_owners_speaking_is_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Philippe Coutinho misses Watford opener with back injury after transfer request",
        "Coutinho handed in a transfer request by email on Friday. Barcelona have seen two offers rejected,"
        " the second worth around £90m, and owners Fenway Sports Group insist the playmaker is not for sale.",
        published=datetime(2017, 8, 12, tzinfo=UTC),
    )
    assert ("Philippe Coutinho", "Barcelona", "bid") in _triples(claims)


def test_an_agreement_told_below_an_awards_headline_is_kept(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kylian Mbappe crowned Ligue 1 player of the year for a fifth time",
        "Kylian Mbappe was voted Ligue 1's best player at the UNFP awards in Paris on Monday night. The"
        " 25-year-old thanked PSG supporters in his acceptance speech.\n\nMbappe has agreed a five-year"
        " contract with Real Madrid, and the Spanish club plan to make his arrival official after the final.",
        published=datetime(2024, 5, 13, tzinfo=UTC),
    )
    assert _triples(claims) == {("Kylian Mbappé", "Real Madrid", "agreed")}


def test_completing_a_win_is_no_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Palace win at Old Trafford",
        "Mateta added a second a minute from time to complete a deserved win for Oliver Glasner's side.",
        published=datetime(2025, 2, 2, tzinfo=UTC),
    )
    assert claims == []


def test_a_headline_of_a_departure_beside_injury_news_is_transfer_news(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern confirm Thomas Tuchel will leave in the summer as injury list grows",
        "Bayern Munich announced on Wednesday that Thomas Tuchel will leave at the end of the season, a year"
        " before his contract expires.",
        published=datetime(2024, 2, 21, tzinfo=UTC),
    )
    assert _triples(claims) == {("Thomas Tuchel", "Bayern Munich", "exit")}


def test_advances_from_a_club_come_from_a_suitor(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kieran McKenna commits to Ipswich with new four-year deal",
        "The Northern Irishman has rejected advances from Chelsea and Brighton to lead the Tractor Boys in"
        " the Premier League next season.",
        published=datetime(2024, 5, 31, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Kieran McKenna", "Ipswich Town", "stay"),
        ("Kieran McKenna", "Chelsea", "off"),
        ("Kieran McKenna", "Brighton & Hove Albion", "off"),
    }


def test_a_club_hijacked_or_told_of_another_move_is_turned_down(extractor: Extractor) -> None:
    hijacked = _claims(
        extractor,
        "Eberechi Eze picks Arsenal as Tottenham are hijacked",
        "Arsenal have agreed a £67.5m deal with Crystal Palace for the England midfielder.",
        published=datetime(2025, 8, 17, tzinfo=UTC),
    )
    assert ("Eberechi Eze", "Tottenham Hotspur", "off") in _triples(hijacked)
    told = _claims(
        extractor,
        "Brentford reject second Manchester United offer for Bryan Mbeumo",
        "The Cameroon international has already told Tottenham that Old Trafford is the only move he wants.",
        published=datetime(2025, 7, 8, tzinfo=UTC),
    )
    assert ("Bryan Mbeumo", "Tottenham Hotspur", "off") in _triples(told)


def test_defeats_by_clubs_name_opponents_and_a_manager_hanging_by_a_thread(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus sound out Igor Tudor as Motta hangs by a thread",
        "After heavy defeats by Atalanta and Fiorentina, Thiago Motta's position is in serious doubt.",
        published=datetime(2025, 3, 18, tzinfo=UTC),
    )
    assert _triples(claims) == {("Igor Tudor", "Juventus", "approach"), ("Thiago Motta", "Juventus", "exit")}


def test_a_clubs_surprise_choice_is_its_candidate(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Vincent Kompany emerges as Bayern's surprise choice",
        "Bayern Munich are negotiating with Burnley over the Belgian, who was relegated with the Clarets.",
        published=datetime(2024, 5, 22, tzinfo=UTC),
    )
    assert ("Vincent Kompany", "Bayern Munich", "talks") in _triples(claims)


def test_a_clubs_second_act_on_another_man_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chris Wilder returns to Sheffield United after Heckingbottom sacking",
        "The Blades dismissed Paul Heckingbottom on Tuesday with the side bottom of the Premier League, and"
        " have confirmed Wilder as his replacement on an 18-month deal.",
        published=datetime(2023, 12, 5, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Chris Wilder", "Sheffield United", "done"),
        ("Paul Heckingbottom", "Sheffield United", "exit"),
    }


def test_he_after_a_coach_acting_on_a_man_is_that_man(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Galatasaray sign Osimhen on loan from Napoli",
        "The 25-year-old Nigerian had been left out of Napoli's squad by new coach Antonio Conte after a"
        " summer in which a move to Saudi club Al-Ahli fell through when he rejected their contract offer.",
        published=datetime(2024, 9, 3, tzinfo=UTC),
    )
    assert ("Victor Osimhen", "Al-Ahli", "off") in _triples(claims)
    assert not any(c.person == "Antonio Conte" for c in claims)


def test_leaving_a_club_without_a_head_coach_is_no_leaving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham end Gattuso talks",
        "Tottenham Hotspur have pulled out of negotiations with Gennaro Gattuso.\n\nThe decision followed a"
        " furious reaction to comments the Italian has made in the past, and leaves the club without a"
        " permanent head coach.",
        published=datetime(2021, 6, 18, tzinfo=UTC),
    )
    assert _triples(claims) == {("Gennaro Gattuso", "Tottenham Hotspur", "off")}


def test_a_move_that_was_dropped_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs search goes on",
        "Spurs had been close to an agreement with Paulo Fonseca, who left Roma at the end of the season,"
        " before Paratici's arrival as managing director changed the club's direction and the move was"
        " dropped.",
        published=datetime(2021, 6, 18, tzinfo=UTC),
    )
    assert ("Paulo Fonseca", "Tottenham Hotspur", "off") in _triples(claims)


def test_a_suitor_told_of_another_team_he_means_to_lead_is_turned_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona dismiss Valverde and name Quique Setien after Xavi says no",
        "Ronald Koeman was also sounded out, but told the club he intended to lead the Netherlands at Euro"
        " 2020.",
        published=datetime(2020, 1, 14, tzinfo=UTC),
    )
    assert ("Ronald Koeman", "Barcelona", "off") in _triples(claims)


def test_his_only_preference_turns_the_others_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sancho rejoins Dortmund on loan",
        "Juventus had explored a loan for the 23-year-old earlier this month, but Sancho made it clear that"
        " returning to Dortmund was his only preference.",
        published=datetime(2024, 1, 11, tzinfo=UTC),
    )
    assert ("Jadon Sancho", "Juventus", "off") in _triples(claims)


def test_a_headline_of_a_competitions_exit_is_other_news(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Porto's 2-1 win seals Arsenal's Champions League exit",
        "Pepe scored twice at the Dragao.\n\nPorto's scouts were also watching Emile Smith Rowe, who is"
        " monitored by Fulham.",
        published=datetime(2024, 3, 12, tzinfo=UTC),
    )
    assert claims == []


def test_below_a_match_headline_a_sentence_worded_as_news_keeps_its_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona 2-4 Girona: Michel's leaders humble Xavi's side at Montjuic",
        "Girona reclaimed top spot in La Liga with a stunning 4-2 win at Barcelona.\n\nDovbyk's performance"
        " was watched from the stands by scouts from Atletico Madrid, who have put the Ukraine striker on"
        " their shortlist for next summer.",
        published=datetime(2023, 12, 11, tzinfo=UTC),
    )
    assert ("Artem Dovbyk", "Atletico Madrid", "interest") in _triples(claims)


def test_below_an_injury_headline_a_completed_loan_move_worded_as_news_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern sweat on Upamecano as defensive injury crisis deepens",
        "Bayern Munich are waiting on the results of a scan on Dayot Upamecano.\n\nHelp has at least arrived."
        " Eric Dier completed his loan move from Tottenham on Sunday, signing until the end of the season.",
        published=datetime(2024, 1, 15, tzinfo=UTC),
    )
    assert ("Eric Dier", "Bayern Munich", "done") in _triples(claims)


def test_below_a_match_headline_a_worded_as_news_appointment_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sporting 4-1 Man City: Viktor Gyokeres hat-trick gives Ruben Amorim a night to remember",
        "Viktor Gyokeres scored a hat-trick as Sporting came from behind to thrash Manchester City.\n\nIt was"
        " Ruben Amorim's last home game at the Jose Alvalade: his appointment as Manchester United head coach"
        " was confirmed on Friday.",
        published=datetime(2024, 11, 5, tzinfo=UTC),
    )
    assert ("Ruben Amorim", "Manchester United", "done") in _triples(claims)


def test_talks_over_appointing_him_as_their_coach_after_anothers_departure(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea in talks with Strasbourg over Liam Rosenior after Enzo Maresca exit",
        "Chelsea have opened talks with Strasbourg over appointing Liam Rosenior as their new head coach,"
        " three days after Enzo Maresca's departure from Stamford Bridge.",
        published=datetime(2026, 1, 4, tzinfo=UTC),
    )
    assert ("Liam Rosenior", "Chelsea", "talks") in _triples(claims)
    assert ("Liam Rosenior", "Strasbourg", "talks") not in _triples(claims)


def test_the_club_legend_is_a_man_not_a_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official: Sarri is Juventus coach",
        "Chelsea, who are serving a transfer ban, have wasted no time in looking for a successor. Frank"
        " Lampard is their first choice, and the Blues have opened talks with Derby County over compensation"
        " for the club legend, who led the Rams to the Championship play-off final in his first season.",
        published=datetime(2019, 6, 17, tzinfo=UTC),
    )
    assert ("Frank Lampard", "Chelsea", "talks") in _triples(claims)
    assert ("Frank Lampard", "Derby County", "talks") not in _triples(claims)


def test_during_his_years_at_a_club_is_his_past(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official: Sarri is Juventus coach",
        "The appointment of the former Napoli coach has not been universally welcomed in Turin, where"
        " supporters have not forgotten his clashes with the club during his three years at the San Paolo.",
        published=datetime(2019, 6, 17, tzinfo=UTC),
    )
    assert ("Maurizio Sarri", "Juventus", "done") in _triples(claims)
    assert ("Maurizio Sarri", "Napoli", "done") not in _triples(claims)


def test_a_dream_appointment_who_ruled_out_a_move_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official: Sarri is Juventus coach",
        "Juventus have officially confirmed Maurizio Sarri as their new coach.\n\nDirector Fabio Paratici had"
        " looked at other names. Pep Guardiola was widely reported to be President Andrea Agnelli's dream"
        " appointment, but the Manchester City coach ruled out a move in April, insisting: 'I am staying.'",
        published=datetime(2019, 6, 17, tzinfo=UTC),
    )
    assert ("Pep Guardiola", "Juventus", "off") in _triples(claims)


def test_a_headlines_as_his_standoff_drags_on_is_another_story(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli agree Lukaku fee with Chelsea as Osimhen standoff drags on",
        "Chelsea have held talks with Napoli over a separate deal for Osimhen, but the two clubs remain far"
        " apart on the loan fee.",
        published=datetime(2024, 8, 20, tzinfo=UTC),
    )
    assert ("Victor Osimhen", "Napoli", "agreed") not in _triples(claims)
    assert ("Victor Osimhen", "Chelsea", "talks") in _triples(claims)


def test_his_most_likely_destination_refers_back_to_the_man(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli agree Lukaku fee with Chelsea",
        "Napoli first needed to resolve the future of Victor Osimhen, who wants to leave. Paris"
        " Saint-Germain, long considered his most likely destination, have ended their interest and moved on"
        " to other targets.",
        published=datetime(2024, 8, 20, tzinfo=UTC),
    )
    assert ("Victor Osimhen", "Paris Saint-Germain", "off") in _triples(claims)


def test_the_players_father_after_a_name_means_another_player(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lionel Messi confirms he will stay at Barcelona",
        "Manchester City had been the clear favourites. Pep Guardiola's side held talks with Jorge Messi, the"
        " player's father and agent, over a five-year package, but the Premier League club have now accepted"
        " that the move is dead.",
        published=datetime(2020, 9, 4, tzinfo=UTC),
    )
    assert ("Lionel Messi", "Manchester City", "off") in _triples(claims)


def test_an_offer_turned_down_still_hoping_for_another_move_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cristiano Ronaldo joins Al-Nassr",
        "Rivals Al-Hilal had tabled an offer worth around €242m a year in the summer, but Ronaldo turned it"
        " down at the time, still hoping for a move within Europe.",
        published=datetime(2022, 12, 31, tzinfo=UTC),
    )
    assert ("Cristiano Ronaldo", "Al-Hilal", "off") in _triples(claims)


def test_discussions_with_then_head_coach_are_not_his_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cristiano Ronaldo joins Al-Nassr",
        "Chelsea co-owner Todd Boehly was keen on a deal in the summer, but the club decided against signing"
        " him after discussions with then head coach Thomas Tuchel.",
        published=datetime(2022, 12, 31, tzinfo=UTC),
    )
    assert ("Thomas Tuchel", "Chelsea", "talks") not in _triples(claims)
    assert ("Cristiano Ronaldo", "Chelsea", "off") in _triples(claims)


def test_while_another_is_also_on_their_list_is_the_subjects_list(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bremer ruptures cruciate ligament and will miss the rest of the season",
        "Juventus have confirmed that Gleison Bremer will miss the rest of the season.\n\nJuventus have"
        " sounded out Feyenoord about Slovakia defender David Hancko, while Benfica's Antonio Silva is also"
        " on their list, although the Portuguese club value him at more than €50m.",
        published=datetime(2024, 10, 3, tzinfo=UTC),
    )
    assert ("António Silva", "Juventus", "interest") in _triples(claims)
    assert ("António Silva", "Feyenoord", "interest") not in _triples(claims)


def test_in_charge_since_an_earlier_year_does_not_date_his_sacking(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lyon held at home again as Groupama Stadium turns on the team",
        "Lyon's winless run in Ligue 1 stretched to four matches on Sunday night.\n\nThe consequences were"
        " swift. Lyon announced on Monday morning that Pierre Sage, who had been in charge since November"
        " 2023, has been relieved of his duties.",
        published=datetime(2025, 1, 27, tzinfo=UTC),
    )
    assert ("Pierre Sage", "Lyon", "exit") in _triples(claims)


def test_two_men_who_have_both_held_talks_are_both_in_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Wolves 1-0 Chelsea: Matheus Nunes stunner spoils Frank Lampard's return",
        "Matheus Nunes's curling strike condemned Chelsea to defeat at Molineux.\n\nThe search for a"
        " permanent head coach goes on. Julian Nagelsmann, dismissed by Bayern Munich last month, and former"
        " Barcelona boss Luis Enrique have both held talks with the Chelsea hierarchy.",
        published=datetime(2023, 4, 8, tzinfo=UTC),
    )
    assert ("Julian Nagelsmann", "Chelsea", "talks") in _triples(claims)
    assert ("Luis Enrique", "Chelsea", "talks") in _triples(claims)


def test_below_a_retrospective_headline_he_has_ruled_himself_out_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Five years since the 5,000-1 miracle: where Leicester's title winners are now",
        "Five years ago today, Leicester City won the most unlikely title in Premier League history.\n\nThe"
        " current side are third, and manager Brendan Rodgers has ruled himself out of the running for the"
        " Tottenham job.",
        published=datetime(2021, 5, 2, tzinfo=UTC),
    )
    assert ("Brendan Rodgers", "Tottenham Hotspur", "off") in _triples(claims)


def test_replacing_two_departing_defenders_is_no_exit_of_the_coach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Todd Boehly-led consortium completes £4.25bn takeover of Chelsea",
        "Thomas Tuchel has committed his future to the club under the new owners and will lead the rebuild"
        " this summer, which will begin with replacing two departing defenders.",
        published=datetime(2022, 5, 30, tzinfo=UTC),
    )
    assert _triples(claims) == {("Thomas Tuchel", "Chelsea", "stay")}


def test_the_club_opening_a_sentence_after_one_about_a_single_club_is_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Haaland to Manchester City: Dortmund confirm agreement in principle",
        "Borussia Dortmund have confirmed an agreement in principle with Manchester City over the transfer of"
        " Erling Haaland. City confirmed the news on Tuesday.\n\nDortmund have wasted no time. The club on"
        " Tuesday also confirmed the signing of Karim Adeyemi from Salzburg on a five-year contract.",
        published=datetime(2022, 5, 10, tzinfo=UTC),
    )
    assert ("Karim Adeyemi", "Borussia Dortmund", "done") in _triples(claims)
    assert ("Karim Adeyemi", "Manchester City", "done") not in _triples(claims)


def test_persuading_a_man_to_stay_is_a_hope_not_his_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kane the priority for Postecoglou",
        "Postecoglou's first and most delicate task at Tottenham will be persuading Harry Kane to stay, with "
        "Bayern Munich keen.",
        published=datetime(2023, 6, 6, tzinfo=UTC),
    )
    assert _triples(claims) == {("Harry Kane", "Bayern Munich", "interest")}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Saturday, Bukayo Saka sealed the deal with a curling finish as Arsenal beat Chelsea.",
        "Mikel Arteta was left frustrated at Stamford Bridge with his side's approach play.",
        "Martin Odegaard left the pitch in tears after a challenge from Chelsea's Moises Caicedo.",
        "Enzo Maresca said Chelsea must improve if they want to challenge for the title.",
        "Enzo Maresca is expected to name a strong side at Chelsea, with Reece James ready to move across.",
        "Chelsea snubbed the awards ceremony after Cole Palmer was left out of the shortlist.",
        "Arteta was asked how Arsenal would cope, and Chelsea's Cole Palmer missed out through illness.",
    ],
)
def test_the_words_of_a_match_in_a_rumour_item_are_no_claims(extractor: Extractor, sentence: str) -> None:
    claims = _claims(
        extractor,
        "Arsenal close in on Eberechi Eze deal",
        f"Arsenal are in talks with Crystal Palace over Eberechi Eze. {sentence}",
        published=datetime(2025, 8, 10, tzinfo=UTC),
    )
    assert _triples(claims) == {("Eberechi Eze", "Arsenal", "talks")}


def test_a_club_a_man_once_played_for_is_no_bar_to_his_appointment_there(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus sack Thiago Motta, Igor Tudor takes over",
        "The Bianconeri have dismissed Thiago Motta after a heavy defeat by Fiorentina. Former Juve defender "
        "Igor Tudor has been appointed until the end of the season.",
        published=datetime(2025, 3, 23, tzinfo=UTC),
    )
    assert _triples(claims) == {("Thiago Motta", "Juventus", "exit"), ("Igor Tudor", "Juventus", "done")}


def test_a_cup_named_for_a_king_is_no_player_of_that_surname(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Southampton sack Puel",
        "Southampton are in talks with former Alaves coach Mauricio Pellegrino, the Argentine who took the "
        "Basque club to the Copa del Rey final last month.",
        published=datetime(2018, 6, 10, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Claude Puel", "Southampton", "exit"),
        ("Mauricio Pellegrino", "Southampton", "talks"),
    }


def test_a_price_asked_before_any_negotiations_is_no_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea make enquiry for Napoli's Kalidou Koulibaly",
        "The Blues have contacted the Partenopei to ask about the Senegal centre-back. Aurelio De Laurentiis "
        "has let it be known he wants at least €60m before he will even open negotiations.",
        published=datetime(2018, 7, 20, tzinfo=UTC),
    )
    assert _triples(claims) == {("Kalidou Koulibaly", "Chelsea", "approach")}


def test_a_package_from_a_club_is_its_bid_not_the_players_origin(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Eze chooses Arsenal after Gunners hijack Spurs move",
        "Crystal Palace have accepted a £67.5m package from Arsenal for Eberechi Eze.",
        published=datetime(2025, 8, 20, tzinfo=UTC),
    )
    assert ("Eberechi Eze", "Arsenal", "agreed") in _triples(claims)


def test_a_rumour_told_as_reported_below_injury_news_is_kept(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Neymar to have foot surgery in Brazil and will miss Real Madrid return leg",
        "Paris Saint-Germain have confirmed Neymar will undergo surgery on the cracked fifth metatarsal he "
        "suffered in Sunday's 3-0 win over Marseille.\n\nThe timing is awkward for PSG, with the "
        "world's most "
        "expensive player repeatedly linked with a move to the Spanish capital. Real Madrid president "
        "Florentino Perez is reported to regard the 26-year-old as a long-term target.",
        published=datetime(2018, 3, 1, tzinfo=UTC),
    )
    assert _triples(claims) == {("Neymar", "Real Madrid", "interest")}


def test_a_club_following_two_players_for_months_is_interested_in_both(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ajax news",
        "Barcelona have been following both De Ligt and his team-mate Frenkie de Jong for months.",
        published=datetime(2018, 12, 17, tzinfo=UTC),
    )
    assert {("Matthijs de Ligt", "Barcelona", "interest")} <= _triples(claims)


def test_an_assistant_coach_is_his_clubs_own_not_its_candidate(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Emery under pressure at Arsenal",
        "Should the club act, Manchester City assistant coach Mikel Arteta and former Juventus boss "
        "Massimiliano Allegri are among the candidates being considered by Arsenal.",
        published=datetime(2019, 11, 8, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Unai Emery", "Arsenal", "exit"),
        ("Mikel Arteta", "Arsenal", "interest"),
        ("Massimiliano Allegri", "Arsenal", "interest"),
    }


def test_suitors_told_below_a_match_report_are_kept(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "West Ham 2-1 Fiorentina: Bowen wins it late in Prague to end 43-year wait",
        "Jarrod Bowen scored in the 90th minute to win the Europa Conference League.\n\n"
        "The night belonged to Declan Rice, who lifted the trophy in what is widely expected to be his "
        "final game for the club. "
        "Arsenal are in pole position to sign the England midfielder, though Manchester City and Bayern "
        "Munich are also keen, and West Ham will demand more than £100m.",
        published=datetime(2023, 6, 8, tzinfo=UTC),
    )
    assert {
        ("Declan Rice", "Arsenal", "interest"),
        ("Declan Rice", "Manchester City", "interest"),
        ("Declan Rice", "Bayern Munich", "interest"),
    } <= _triples(claims)


def test_talks_with_a_club_are_not_its_sale_when_the_other_club_is_his_past(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Frank Lampard sacked by Chelsea with Thomas Tuchel poised to step in",
        "Tuchel, out of work since Paris Saint-Germain let him go last month, has held talks with the Blues "
        "and is close to agreeing an 18-month contract.",
        published=datetime(2021, 1, 25, tzinfo=UTC),
    )
    assert ("Thomas Tuchel", "Chelsea", "talks") in _triples(claims)


def test_candidates_looked_at_are_named_with_their_clubs(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United move for Sporting's Ruben Amorim",
        "United had also looked at former Barcelona coach Xavi and Brentford's Thomas Frank, but Amorim "
        "quickly became the preferred option.",
        published=datetime(2024, 10, 29, tzinfo=UTC),
    )
    assert {
        ("Xavi Hernández", "Manchester United", "interest"),
        ("Thomas Frank", "Manchester United", "interest"),
    } <= _triples(claims)


@pytest.mark.parametrize(
    ("title", "expected", "elsewhere"),
    [
        (
            "Transfer news live: Juventus make Ronaldo offer, Real Madrid weigh up Hazard and Courtois",
            ("Cristiano Ronaldo", "Juventus", "bid"),
            ("Eden Hazard", "Juventus", "bid"),
        ),
        (
            "Transfer news and rumours LIVE: Coutinho loan agreed, Barcelona's Neymar offer knocked back",
            ("Neymar", "Barcelona", "bid"),
            ("Philippe Coutinho", "Barcelona", "agreed"),
        ),
        (
            "Manager latest: Bayern agree Kompany compensation, Chelsea talk to Leicester over Maresca",
            ("Vincent Kompany", "Bayern Munich", "agreed"),
            ("Vincent Kompany", "Chelsea", "agreed"),
        ),
    ],
)
def test_a_headline_of_several_stories_gives_each_club_its_own(
    extractor: Extractor, title: str, expected: tuple[str, str, str], elsewhere: tuple[str, str, str]
) -> None:
    triples = _triples(_claims(extractor, title, "", published=datetime(2018, 7, 5, tzinfo=UTC)))
    assert expected in triples
    assert elsewhere not in triples


def test_a_club_talking_to_another_over_a_man_is_in_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor, "Chelsea talk to Leicester over Maresca", "", published=datetime(2024, 5, 28, tzinfo=UTC)
    )
    assert _triples(claims) == {("Enzo Maresca", "Chelsea", "talks")}


def test_the_man_whose_successor_a_club_searches_for_is_not_in_its_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs hold talks with Postecoglou",
        "Tottenham have held talks with Celtic manager Ange Postecoglou as their search for Antonio Conte's "
        "permanent successor enters its third month.",
        published=datetime(2023, 6, 1, tzinfo=UTC),
    )
    assert _triples(claims) == {("Ange Postecoglou", "Tottenham Hotspur", "talks")}


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        (
            "Liverpool reject Barcelona's £90m Coutinho offer",
            datetime(2017, 8, 20, tzinfo=UTC),
            ("Philippe Coutinho", "Barcelona", "bid"),
        ),
        (
            "Barcelona ready Lewandowski offer",
            datetime(2022, 5, 20, tzinfo=UTC),
            ("Robert Lewandowski", "Barcelona", "interest"),
        ),
    ],
)
def test_a_headlines_offer_named_with_its_man_is_a_bid_rejected_or_to_come(
    extractor: Extractor, title: str, published: datetime, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(_claims(extractor, title, "", published=published))


def test_a_buyer_rebuffed_in_a_headline_list_keeps_the_bid_told_below(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Transfer news live: Messi skips Barca tests, Havertz talks, Leeds rebuffed again for White",
        "Lionel Messi did not turn up for Barcelona's pre-season medical tests this morning after telling "
        "the club he wants to leave.\n\nBrighton have turned down a third bid from Leeds for Ben White, "
        "worth around £30m.",
        published=datetime(2020, 8, 30, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ben White", "Leeds United", "bid") in triples
    assert not any(c == "Barcelona" and s == "agreed" for _p, c, s in triples)


def test_a_second_mans_clause_after_his_age_takes_no_renewal_of_the_first(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Leicester's summer",
        "Wilfred Ndidi, whose old contract expired in June, has signed a new three-year deal, and Jamie "
        "Vardy, 37, goes again after 18 Championship goals at Leicester.",
        published=datetime(2024, 8, 10, tzinfo=UTC),
    )
    assert _triples(claims) == {("Wilfred Ndidi", "Leicester City", "stay")}


def test_a_loan_club_is_no_party_to_the_talks_for_the_man(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea 2-1 Newcastle: Willian strike keeps Blues in the top four",
        "Sarri was asked again about his search for a striker. Chelsea are in talks with Juventus over an "
        "18-month loan for Gonzalo Higuain, who is currently on loan at AC Milan, and the club hope to "
        "conclude negotiations next week.",
        published=datetime(2019, 1, 12, tzinfo=UTC),
    )
    assert _triples(claims) == {("Gonzalo Higuaín", "Chelsea", "talks")}


def test_several_offers_from_a_club_rejected_are_its_bids(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern have not given up on Callum Hudson-Odoi",
        "Chelsea have rejected several offers from the German champions for the 18-year-old, the latest "
        "worth around £35m, and want him to sign a new contract.",
        published=datetime(2019, 1, 12, tzinfo=UTC),
    )
    assert ("Callum Hudson-Odoi", "Bayern Munich", "bid") in _triples(claims)


def test_a_club_reported_to_be_monitoring_below_an_award_is_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mohamed Salah crowned PFA Player of the Year after record-breaking season",
        "Salah has scored 31 Premier League goals. His form has inevitably attracted attention from Spain, "
        "with Real Madrid reported to be monitoring the Egypt forward ahead of the summer.",
        published=datetime(2018, 4, 23, tzinfo=UTC),
    )
    assert _triples(claims) == {("Mohamed Salah", "Real Madrid", "interest")}


def test_a_managers_future_in_doubt_below_a_result_is_his_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool 3-1 Manchester United: Xherdan Shaqiri double leaves Jose Mourinho on the brink",
        "Xherdan Shaqiri came off the bench to score twice as Liverpool returned to the top of the table. "
        "Jose Mourinho's future is now in serious doubt, with United's worst start to a league season in "
        "28 years.",
        published=datetime(2018, 12, 16, tzinfo=UTC),
    )
    assert _triples(claims) == {("José Mourinho", "Manchester United", "exit")}


def test_a_managers_position_under_scrutiny_below_a_result_is_his_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sevilla 2-1 Leicester: Jamie Vardy away goal gives Foxes hope",
        "Jamie Vardy scored a precious away goal as Leicester kept their tie alive. Claudio Ranieri was "
        "given the 'unwavering support' of the club's Thai owners earlier this month, but his position is "
        "now under serious scrutiny, with the board expected to decide on his future before Monday.",
        published=datetime(2017, 2, 22, tzinfo=UTC),
    )
    assert _triples(claims) == {("Claudio Ranieri", "Leicester City", "exit")}


def test_contact_with_a_mans_representatives_outranks_his_old_talks_told_in_an_aside(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Tottenham 0-3 Manchester United: Ronaldo and Cavani leave Nuno Espirito Santo clinging on",
        "Cristiano Ronaldo and Edinson Cavani struck either side of half-time. The result has left Nuno "
        "Espirito Santo's job hanging by a thread after a fifth league defeat in ten games. Daniel Levy has "
        "already made contact with the representatives of Antonio Conte, whose talks with Spurs broke "
        "down in June, to gauge his interest in taking over.",
        published=datetime(2021, 10, 31, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Antonio Conte", "Tottenham Hotspur", "approach") in triples
    assert ("Nuno Espírito Santo", "Tottenham Hotspur", "exit") in triples


def test_a_manager_not_thinking_about_his_position_is_no_interest_of_his(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal 1-2 Eintracht Frankfurt: Daichi Kamada double deepens gloom around Unai Emery",
        "Arsenal's winless run stretched to seven games. Unai Emery, who succeeded Arsene Wenger in May "
        "2018, said he was 'not thinking about' his position, but his future is now hanging by a thread and "
        "the board are expected to meet on Friday. Former captain Mikel Arteta, now Pep Guardiola's "
        "assistant at Manchester City, is also under consideration.",
        published=datetime(2019, 11, 28, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Unai Emery", "Arsenal", "exit") in triples
    assert ("Mikel Arteta", "Arsenal", "interest") in triples
    assert ("Unai Emery", "Arsenal", "interest") not in triples


def test_below_a_result_a_future_at_a_ground_in_doubt_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal 3-1 Manchester United: late Rice and Jesus goals turn the game",
        "Declan Rice and Gabriel Jesus struck deep into stoppage time. Erik ten Hag said Jadon Sancho had "
        "been left out of the squad because of his performances in training. Sancho's future at Old "
        "Trafford is now in serious doubt, with the club considering their options.",
        published=datetime(2023, 9, 4, tzinfo=UTC),
    )
    assert ("Jadon Sancho", "Manchester United", "exit") in _triples(claims)


def test_below_a_result_clubs_that_have_both_watched_a_man_are_interested(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sporting 4-1 Manchester City: Viktor Gyokeres hat-trick hands Pep Guardiola a third straight defeat",
        "Viktor Gyokeres scored a hat-trick as Sporting thrashed Manchester City in Lisbon. Arsenal and "
        "Manchester United have both watched Gyokeres this season, and the Sweden striker has a release "
        "clause of 100 million euros.",
        published=datetime(2024, 11, 5, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Viktor Gyökeres", "Arsenal", "interest") in triples
    assert ("Viktor Gyökeres", "Manchester United", "interest") in triples


def test_below_an_award_a_club_determined_to_bring_him_in_is_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lionel Messi wins record eighth Ballon d'Or ahead of Erling Haaland",
        "Messi finished ahead of Erling Haaland and Kylian Mbappe. The France captain told PSG in June that "
        "he would not trigger the option to extend his contract beyond next summer, and Real Madrid remain "
        "determined to bring him to the Bernabeu on a free transfer.",
        published=datetime(2023, 10, 30, tzinfo=UTC),
    )
    assert ("Kylian Mbappé", "Real Madrid", "interest") in _triples(claims)


def test_below_a_result_a_club_announcing_its_new_head_coach_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona 3-3 Celta Vigo: Iago Aspas snatches point in stoppage time on the day Xavi is confirmed",
        "Barcelona threw away a three-goal lead at Camp Nou. Earlier on Saturday, Barcelona announced that "
        "Xavi Hernandez is their new head coach.",
        published=datetime(2021, 11, 6, tzinfo=UTC),
    )
    assert ("Xavi Hernández", "Barcelona", "done") in _triples(claims)


def test_below_a_farewell_result_men_leaving_when_their_contracts_expire_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool 2-0 Wolves: Jurgen Klopp bids farewell to Anfield",
        "Alexis Mac Allister and Jarell Quansah scored in the first half. Thiago Alcantara and Joel Matip, "
        "both of whom are leaving when their contracts expire next month, were also given an emotional "
        "send-off after the final whistle.",
        published=datetime(2024, 5, 19, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Thiago Alcântara", "Liverpool", "exit") in triples
    assert ("Joël Matip", "Liverpool", "exit") in triples


def test_below_a_result_a_club_that_asked_about_signing_a_man_approached(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City 0-2 Liverpool: Salah and Szoboszlai put Arne Slot's side 11 points clear",
        "Trent Alexander-Arnold played his part at right-back, but his future remains unresolved. Real "
        "Madrid, who asked about signing him early in January and were rebuffed by Liverpool, remain "
        "confident of landing the England international on a free transfer in the summer.",
        published=datetime(2025, 2, 23, tzinfo=UTC),
    )
    assert ("Trent Alexander-Arnold", "Real Madrid", "approach") in _triples(claims)


def test_below_a_final_a_club_exploring_a_move_and_a_heart_set_on_it_are_interest(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Chelsea 3-0 PSG: Cole Palmer stars as Blues win Club World Cup",
        "Cole Palmer scored twice as Chelsea stunned Paris Saint-Germain. Chelsea are exploring a move for "
        "RB Leipzig forward Xavi Simons, and Alejandro Garnacho, who has been told he can leave Manchester "
        "United, has his heart set on a move to Stamford Bridge.",
        published=datetime(2025, 7, 14, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Xavi Simons", "Chelsea", "interest") in triples
    assert ("Alejandro Garnacho", "Chelsea", "interest") in triples


def test_a_man_turning_down_a_huge_offer_ends_that_clubs_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lionel Messi: 'I'm going to Miami'",
        "The Argentine has decided to join Inter Miami when his PSG contract expires at the end of the "
        "month, turning down a huge offer from Al-Hilal.",
        published=datetime(2023, 6, 7, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Lionel Messi", "Al-Hilal", "off") in triples
    assert ("Lionel Messi", "Inter Miami", "agreed") in triples


def test_men_among_the_names_after_a_club_pulled_out_for_others_keep_their_interest(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Tottenham end talks with Gennaro Gattuso after supporter backlash",
        "Spurs have abandoned plans to appoint the former Milan and Napoli coach, having already pulled out "
        "of a deal for Paulo Fonseca earlier this month, and Nuno Espirito Santo and Graham Potter are among "
        "the names now under consideration at the club.",
        published=datetime(2021, 6, 18, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Nuno Espírito Santo", "Tottenham Hotspur", "interest") in triples
    assert ("Graham Potter", "Tottenham Hotspur", "interest") in triples
    assert ("Gennaro Gattuso", "Tottenham Hotspur", "off") in triples


def test_talks_that_should_break_down_end_nothing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Newcastle turn to Eddie Howe",
        "Newcastle's representatives have spoken to Paulo Fonseca. The Portuguese remains on the shortlist "
        "should the discussions with Howe break down.",
        published=datetime(2021, 11, 5, tzinfo=UTC),
    )
    assert ("Paulo Fonseca", "Newcastle United", "approach") in _triples(claims)


def test_a_rejected_swap_that_would_have_taken_him_to_a_club_ends_that_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Paulo Dybala's move to Tottenham collapses as Premier League deadline passes",
        "Dybala had earlier rejected a proposed swap deal that would have taken him to Manchester United.",
        published=datetime(2019, 8, 9, tzinfo=UTC),
    )
    assert ("Paulo Dybala", "Manchester United", "off") in _triples(claims)


def test_no_intention_of_staying_told_by_his_coach_is_no_stay_and_no_exit_of_the_coach(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Cristiano Ronaldo set for Manchester United return",
        "Manchester United have reached an agreement with Juventus to re-sign Cristiano Ronaldo. "
        '"Cristiano told me yesterday that he has no intention of staying at Juventus," Massimiliano '
        "Allegri said on Friday.",
        published=datetime(2021, 8, 27, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Cristiano Ronaldo", "Juventus", "stay") not in triples
    assert not any(p == "Massimiliano Allegri" for p, _c, _s in triples)


def test_a_free_agents_old_club_leaves_the_fee_agreed_with_the_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United deadline day",
        "The result has intensified United's deadline-day efforts. The club are in talks with Edinson Cavani "
        "over a two-year deal, the Uruguayan having been a free agent since leaving Paris St-Germain in the "
        "summer, and a fee of around £15m has been agreed with Porto for left-back Alex Telles, who is due "
        "to undergo a medical today.",
        published=datetime(2020, 10, 5, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Alex Telles", "Manchester United", "agreed") in triples
    assert not any(c == "Porto" for _p, c, _s in triples)


def test_a_stay_for_now_or_for_more_matches_only_delays_the_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Djurgarden starlet Bergvall picks Spurs over Barca",
        "Lucas Bergvall has turned down Barcelona to join Tottenham Hotspur, with the north London club "
        "agreeing a fee of around £8.5m with Djurgarden.\n\nThe Sweden midfielder, who turned 18 on Friday, "
        "will stay in Stockholm for now and link up with Ange Postecoglou's squad in the summer.",
        published=datetime(2024, 2, 2, tzinfo=UTC),
    )
    assert ("Lucas Bergvall", "Tottenham Hotspur", "agreed") in _triples(claims)
    assert not any(c.stage is Stage.STAY for c in claims)
    claims = _claims(
        extractor,
        "Amorim to take charge at Old Trafford after Sporting compensation settled",
        "Ruben Amorim will become Manchester United's new head coach on 11 November once the international "
        "break begins.\n\nThe 39-year-old Portuguese will remain in the dugout in Lisbon for three more "
        "matches, including the Champions League visit of Manchester City.",
        published=datetime(2024, 11, 1, tzinfo=UTC),
    )
    assert _triples(claims) == {("Ruben Amorim", "Manchester United", "agreed")}


def test_no_sign_of_committing_is_no_stay_and_will_not_be_extending_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham rebuff improved Bayern Munich offer for Harry Kane",
        "Bayern Munich have had a second bid for Harry Kane turned down, with Tottenham holding firm over "
        "their record goalscorer.\n\nThe German champions' revised proposal is understood to be worth "
        "around €80m plus add-ons, up from the €70m package Daniel Levy rejected last month. Kane has 12 "
        "months left on his contract in north London and has so far shown no sign of committing to fresh "
        "terms.",
        published=datetime(2023, 7, 15, tzinfo=UTC),
    )
    assert _triples(claims) == {("Harry Kane", "Bayern Munich", "bid")}
    claims = _claims(
        extractor,
        "PSG draw up Mbappe succession plan",
        "Paris Saint-Germain have begun the search for a successor to Kylian Mbappe after the France captain "
        "informed Nasser Al-Khelaifi that he will not be extending his contract beyond the end of the "
        "season.",
        published=datetime(2024, 2, 14, tzinfo=UTC),
    )
    assert ("Kylian Mbappé", "Paris Saint-Germain", "exit") in _triples(claims)
    assert not any(c.stage is Stage.STAY for c in claims)


def test_an_owners_group_is_no_person_moving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Friedkin Group completes Everton takeover",
        "The Friedkin Group has completed its takeover of Everton, buying Farhad Moshiri's majority stake "
        "and ending the Iranian-British businessman's near nine-year tenure.",
        published=datetime(2024, 12, 19, tzinfo=UTC),
    )
    assert claims == []


def test_a_nations_press_names_no_national_team(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Xavi to leave Barcelona: who could replace him at Camp Nou?",
        "Barcelona face a search for a new head coach after Xavi announced he will step down at the end of "
        "the season.\n\nHansi Flick, out of work since Germany sacked him in September, is understood to be "
        "admired by sporting director Deco, while Brighton's Roberto De Zerbi and Bologna's Thiago Motta "
        "have also been mentioned by the Spanish press as potential candidates.",
        published=datetime(2024, 1, 28, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Roberto De Zerbi", "Barcelona", "interest") in triples
    assert ("Thiago Motta", "Barcelona", "interest") in triples


def test_completing_a_memorable_night_is_no_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid 0-4 Barcelona: Lewandowski double as Flick's side stun the Bernabeu",
        "Robert Lewandowski scored twice in the space of two minutes as Barcelona thrashed Real Madrid in El "
        "Clasico.\n\nLamine Yamal fired in a third before Raphinha lifted the ball over Andriy Lunin to "
        "complete a memorable night for the Catalans, ending Real's 42-match unbeaten league run.",
        published=datetime(2024, 10, 26, tzinfo=UTC),
    )
    assert claims == []


def test_the_club_told_of_his_choice_is_turned_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool agree club-record Florian Wirtz deal",
        "Liverpool have agreed a British-record deal with Bayer Leverkusen for Florian Wirtz.\n\nBayern "
        "Munich had been considered favourites for much of the spring, but the 22-year-old told the "
        "Bundesliga club that he had chosen Anfield.",
        published=datetime(2025, 6, 10, tzinfo=UTC),
    )
    assert ("Florian Wirtz", "Bayern Munich", "off") in _triples(claims)


def test_a_second_mans_choice_after_and_is_his_own_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Newcastle turn to Wissa",
        "Hugo Ekitike joined Liverpool from Eintracht Frankfurt, Joao Pedro moved from Brighton to Chelsea "
        "and Bryan Mbeumo opted for United, leaving Newcastle's attack looking thin.",
        published=datetime(2025, 8, 10, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Bryan Mbeumo", "Chelsea", "agreed") not in triples
    assert not any(c.person == "Bryan Mbeumo" and c.club == "Brighton & Hove Albion" for c in claims)


def test_an_attempt_to_sign_is_a_try_and_its_end_last_summer_is_that_windows(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Romelu Lukaku joins Roma on loan from Chelsea after a summer of twists",
        "Romelu Lukaku has joined Roma on a season-long loan from Chelsea.\n\nThe Belgium striker's move "
        "ends a chaotic summer in which he had also been in talks with rivals Juventus.\n\nThe Bianconeri's "
        "attempt to sign him then stalled, and Juventus eventually pulled out.",
        published=datetime(2023, 8, 29, tzinfo=UTC),
    )
    assert ("Romelu Lukaku", "Roma", "done") in _triples(claims)
    claims = _claims(
        extractor,
        "Manchester United agree £73m deal with Borussia Dortmund for Jadon Sancho",
        "Manchester United have reached an agreement in principle with Borussia Dortmund to sign Jadon "
        "Sancho for £73m.\n\nThe deal is subject to the 21-year-old passing a medical.\n\nUnited's "
        "attempt to sign the winger last summer collapsed when Dortmund refused to budge from their £108m "
        "valuation.",
        published=datetime(2021, 7, 1, tzinfo=UTC),
    )
    assert ("Jadon Sancho", "Manchester United", "agreed") in _triples(claims)


def test_who_will_put_pen_to_paper_is_a_signature_to_come(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ajax reach agreement with Nice coach Francesco Farioli",
        "Ajax have found their new head coach. The Amsterdam club have reached an agreement in principle "
        "with Francesco Farioli, who will put pen to paper on a contract after Nice's final Ligue 1 fixture "
        "on Sunday.",
        published=datetime(2024, 5, 17, tzinfo=UTC),
    )
    assert ("Francesco Farioli", "Ajax", "agreed") in _triples(claims)


def test_sack_and_bring_in_and_moved_to_install_are_appointments(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "West Ham sack Potter and bring in Nuno Espirito Santo",
        "The Hammers are 19th in the Premier League with three points from five games.",
        published=datetime(2025, 9, 27, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Nuno Espírito Santo", "West Ham United", "done") in triples
    assert ("Graham Potter", "West Ham United", "exit") in triples
    claims = _claims(
        extractor,
        "Conceicao replaces Fonseca on the Milan bench",
        "The Rossoneri announced Paulo Fonseca's dismissal on Monday.\n\nThey moved immediately to install "
        "Sergio Conceicao, who left Porto in the summer after seven seasons.",
        published=datetime(2024, 12, 30, tzinfo=UTC),
    )
    assert ("Sérgio Conceição", "AC Milan", "done") in _triples(claims)


def test_the_man_a_club_spoke_to_is_its_candidate(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kieran McKenna commits to Ipswich with new four-year deal",
        "Kieran McKenna has ended speculation over his future by signing a four-year contract at Ipswich "
        "Town.\n\nChelsea spoke to McKenna at the weekend about replacing Mauricio Pochettino, but their "
        "co-sporting directors subsequently rang him to say he would not be getting the job.",
        published=datetime(2024, 5, 30, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Kieran McKenna", "Chelsea", "off") in triples
    assert ("Mauricio Pochettino", "Chelsea", "approach") not in triples


def test_a_former_team_mate_linked_up_with_once_again_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Eric Dier seals Bayern Munich loan from Tottenham",
        "Bayern have officially completed the signing of Eric Dier on loan from Spurs until the end of the "
        "season.\n\nThe agreement includes a clause that could make the England defender's move permanent in "
        "the summer, and the 29-year-old links up once again with his former Tottenham team-mate Harry Kane "
        "at the Allianz Arena.",
        published=datetime(2024, 1, 12, tzinfo=UTC),
    )
    assert not any(c.person == "Harry Kane" for c in claims)


def test_a_board_keen_on_a_quick_appointment_has_made_none(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham appoint Ange Postecoglou as head coach on four-year deal",
        "Celtic must now find a successor. Brendan Rodgers, who left Leicester in April, has emerged as the "
        "early favourite to return for a second spell, with the Hoops' board keen on a quick appointment "
        "before pre-season.",
        published=datetime(2023, 7, 6, tzinfo=UTC),
    )
    assert ("Brendan Rodgers", "Celtic", "interest") in _triples(claims)


def test_on_the_brink_of_becoming_a_clubs_player_and_the_club_he_waits_for(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "De Ketelaere chooses San Siro as Milan win the race for Brugge's No 90",
        "Charles De Ketelaere is on the brink of becoming an AC Milan player after the Serie A champions "
        "struck an agreement with Club Brugge worth around €32m plus €3m in bonuses.\n\nLeeds United had "
        "seen an offer of a similar size accepted by the Jan Breydel club, but the attacking midfielder made "
        "it clear he had no intention of moving to Elland Road and would wait for the Rossoneri.",
        published=datetime(2022, 7, 29, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Charles De Ketelaere", "AC Milan", "agreed") in triples
    assert ("Charles De Ketelaere", "Leeds United", "off") in triples


def test_a_window_review_swap_and_a_landing_past_a_nationality(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Saudi Pro League done deals: Every major signing of summer 2023 so far",
        "Riyad Mahrez has swapped Manchester City for Al-Ahli in a deal worth around £30m, while Sergej "
        "Milinkovic-Savic left Lazio for Al-Hilal last week. Al-Nassr have also landed Croatia midfielder "
        "Marcelo Brozovic from Inter.",
        published=datetime(2023, 7, 20, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Riyad Mahrez", "Al-Ahli", "done") in triples
    assert ("Riyad Mahrez", "Manchester City", "exit") in triples
    assert ("Marcelo Brozović", "Al-Nassr", "done") in triples


def test_a_list_of_arrivals_dates_each_mans_own(extractor: Extractor) -> None:
    # the second man's deal was struck last year: that dates his clause, not the other two
    claims = _claims(
        extractor,
        "Alisson deal done as Liverpool's summer spending passes £170m",
        "Liverpool have completed the signing of Roma goalkeeper Alisson.\n\nThe 25-year-old is the fourth "
        "arrival of Jurgen Klopp's summer. Fabinho was snapped up from Monaco in May, Naby Keita officially "
        "became a Liverpool player on July 1 under the deal struck with RB Leipzig last year, and Xherdan "
        "Shaqiri joined from relegated Stoke City last week.",
        published=datetime(2018, 7, 19, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Fabinho", "Liverpool", "done") in triples
    assert ("Xherdan Shaqiri", "Liverpool", "done") in triples
    assert not any(c.club == "Stoke City" for c in claims)


def test_one_time_for_a_sentence_whose_second_man_moved_after_the_first(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea sack Thomas Tuchel",
        "Chelsea have sacked Thomas Tuchel. Tuchel was appointed in January 2021 after Frank Lampard was "
        "dismissed and won the Champions League four months later.",
        published=datetime(2022, 9, 7, tzinfo=UTC),
    )
    assert not any(c.person == "Frank Lampard" for c in claims)


def test_a_headlines_second_story_of_exits_or_a_rivals_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Atletico Madrid sign Joao Felix for €126m as Griezmann and Rodri exits loom",
        "Atletico Madrid have completed the signing of Joao Felix from Benfica.",
        published=datetime(2019, 7, 3, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("João Félix", "Atletico Madrid", "done") in triples
    assert ("Antoine Griezmann", "Atletico Madrid", "done") not in triples
    claims = _claims(
        extractor,
        "Darwin Nunez: Liverpool agree club-record deal with Benfica as Bayern's second Sadio Mane bid is "
        "rejected",
        "Liverpool have agreed a club-record deal with Benfica for Darwin Nunez.",
        published=datetime(2022, 6, 13, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Sadio Mané", "Bayern Munich", "bid") in triples
    assert not any(c.person == "Sadio Mané" and c.club in ("Benfica", "Liverpool") for c in claims)


def test_an_offer_rejected_after_its_amount_and_its_man_is_a_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Harry Kane: Tottenham stand firm over their captain",
        "Bayern's opening offer of around €70m for Harry Kane was rejected before the end of that month, "
        "and an improved proposal of more than €80m was also turned down in July.",
        published=datetime(2023, 7, 20, tzinfo=UTC),
    )
    assert ("Harry Kane", "Bayern Munich", "bid") in _triples(claims)


def test_will_not_stay_at_a_club_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lionel Messi will not stay at Barcelona, club confirm",
        "Lionel Messi will not stay at Barcelona, the Spanish club have announced, even though the forward "
        "and the club had reached an agreement on a new contract.",
        published=datetime(2021, 8, 5, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Lionel Messi", "Barcelona", "exit") in triples
    assert ("Lionel Messi", "Barcelona", "stay") not in triples


def test_a_club_confirmed_to_be_considering_a_move_has_signed_no_one(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Rummenigge confirms Bayern are weighing up Upamecano move",
        "Bayern Munich chief executive Karl-Heinz Rummenigge has confirmed the club are considering a move "
        "for RB Leipzig defender Dayot Upamecano.",
        published=datetime(2021, 1, 20, tzinfo=UTC),
    )
    assert ("Dayot Upamecano", "Bayern Munich", "interest") in _triples(claims)


def test_a_club_exploring_options_including_a_man_or_welcoming_him_back(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham turn down PSG loan offers for Dele Alli on deadline day",
        "Tottenham have explored options including Borussia Monchengladbach midfielder Florian Neuhaus but "
        "had made no breakthrough with the window due to close at 11pm.",
        published=datetime(2020, 10, 5, tzinfo=UTC),
    )
    assert ("Florian Neuhaus", "Tottenham Hotspur", "interest") in _triples(claims)
    claims = _claims(
        extractor,
        "Paul Pogba admits 'it could be a good time' for new challenge as Real Madrid circle",
        "Real Madrid boss Zinedine Zidane is a long-standing admirer and has made Pogba a priority target, "
        "while Juventus would also welcome him back to Turin.",
        published=datetime(2019, 6, 16, tzinfo=UTC),
    )
    assert ("Paul Pogba", "Juventus", "interest") in _triples(claims)


def test_clubs_remaining_in_contention_for_a_man_are_interested(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool end pursuit of Jude Bellingham as costs spiral",
        "Liverpool have walked away from the race to sign Borussia Dortmund midfielder Jude Bellingham.\n\n"
        "Real Madrid and Manchester City remain in contention for the 19-year-old England international, who "
        "is under contract in Dortmund until 2025.",
        published=datetime(2023, 4, 26, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Jude Bellingham", "Real Madrid", "interest") in triples
    assert ("Jude Bellingham", "Manchester City", "interest") in triples


def test_a_contract_agreed_to_succeed_a_man_at_a_ground_is_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid confirm Xabi Alonso as head coach; Leverkusen turn to Erik ten Hag",
        "Leverkusen have moved quickly to fill the vacancy. Erik ten Hag has agreed a two-year contract to "
        "succeed Alonso at the BayArena, and the club are expected to make it official on Monday.",
        published=datetime(2025, 5, 26, tzinfo=UTC),
    )
    assert ("Erik ten Hag", "Bayer Leverkusen", "agreed") in _triples(claims)


def test_a_double_hyphen_ends_a_headlines_story(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kylian Mbappe snubs Real Madrid for PSG stay -- what it means for Pochettino, Zidane and Tchouameni",
        "Kylian Mbappe has signed a new three-year contract with Paris Saint-Germain, turning his back on "
        "Real Madrid.",
        published=datetime(2022, 5, 22, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Kylian Mbappé", "Real Madrid", "off") in triples
    assert not any(c.person in ("Mauricio Pochettino", "Zinedine Zidane") for c in claims)


def test_a_headlines_third_story_and_the_scene_of_a_vacancy(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sarri unveiled by Juventus as Chelsea turn to Lampard and Bianconeri step up De Ligt chase",
        "Maurizio Sarri has been confirmed as Juventus coach on a three-year contract.\n\nAt Stamford "
        "Bridge, Frank Lampard has emerged as the clear favourite to take over.",
        published=datetime(2019, 6, 16, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Frank Lampard", "Chelsea", "interest") in triples
    assert ("Frank Lampard", "Juventus", "interest") not in triples
    assert ("Matthijs de Ligt", "Chelsea", "interest") not in triples


def test_a_headlines_second_story_of_a_standoff(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Benjamin Sesko chooses Man Utd over Newcastle as Alexander Isak standoff deepens",
        "Benjamin Sesko has chosen Manchester United over Newcastle United.",
        published=datetime(2025, 8, 6, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Benjamin Šeško", "Manchester United", "agreed") in triples
    assert not any(c.person == "Alexander Isak" and c.club == "Manchester United" for c in claims)


def test_a_headlines_club_turning_to_a_man_after_talks_collapse(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG close in on Luis Enrique as Nagelsmann talks collapse and Napoli turn to Rudi Garcia",
        "Rudi Garcia has agreed to become Napoli's new coach.",
        published=datetime(2023, 6, 30, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Rudi Garcia", "Napoli", "agreed") in triples
    assert ("Rudi Garcia", "Napoli", "off") not in triples


def test_a_man_left_short_while_another_is_determined_to_leave(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Newcastle miss out on Ekitike",
        "The blow leaves Eddie Howe short of options with Alexander Isak still determined to leave St James' "
        "Park.",
        published=datetime(2025, 7, 25, tzinfo=UTC),
    )
    assert not any(c.person == "Eddie Howe" for c in claims)


def test_a_club_with_its_own_verb_after_a_mans_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Maguire edges closer to Manchester United move",
        "At Old Trafford, Ole Gunnar Solskjaer is also working on outgoings. Romelu Lukaku has trained "
        "alone this week and Inter Milan are in talks with United over the Belgium striker, though the "
        "Serie A side have yet to match United's £75m valuation.",
        published=datetime(2019, 8, 2, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Romelu Lukaku", "Inter Milan", "talks") in triples
    assert ("Romelu Lukaku", "Inter Milan", "exit") not in triples


def test_the_second_man_of_a_swap_heading_the_opposite_direction(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sanchez-Mkhitaryan swap done",
        "The Chile forward Alexis Sanchez completed his move from Arsenal to Manchester United on Monday "
        "evening, with Henrikh Mkhitaryan heading to the Emirates in the opposite direction on a long-term "
        "contract.",
        published=datetime(2018, 1, 23, tzinfo=UTC),
    )
    assert ("Henrikh Mkhitaryan", "Arsenal", "done") in _triples(claims)


def test_an_offer_turned_down_after_an_aside_is_a_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal go back in for Aubameyang",
        "An opening offer for Pierre-Emerick Aubameyang, believed to be in the region of £50m, has been "
        "turned down, but there is confidence in north London that an improved proposal can get the deal "
        "over the line.",
        published=datetime(2018, 1, 23, tzinfo=UTC),
    )
    assert ("Pierre-Emerick Aubameyang", "Arsenal", "bid") in _triples(claims)


def test_a_club_withdrawing_leaves_the_way_clear_for_another(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Alexis Sanchez is finally a Manchester United player",
        "For much of December it looked as though the 29-year-old was bound for the Etihad, but Manchester "
        "City withdrew from the race once the asking price and his wage demands began to climb, leaving the "
        "way clear for Jose Mourinho.",
        published=datetime(2018, 1, 23, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Alexis Sánchez", "Manchester City", "off") in triples
    assert not any(c.person == "José Mourinho" for c in claims)


def test_a_round_ups_next_event_a_week_later(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Five things we learned from the January transfer window",
        "Virgil van Dijk's £75m arrival from Southampton on New Year's Day made him the most expensive "
        "defender in the world, and a week later the Reds cashed in on Philippe Coutinho, who completed his "
        "£142m move to Barcelona.",
        published=datetime(2018, 2, 2, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Philippe Coutinho", "Barcelona", "done") in triples
    assert ("Virgil van Dijk", "Liverpool", "exit") not in triples


def test_crossed_london_to_join_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Five things we learned from the January transfer window",
        "Olivier Giroud crossed London to join Chelsea on deadline day.",
        published=datetime(2018, 2, 2, tzinfo=UTC),
    )
    assert _triples(claims) == {("Olivier Giroud", "Chelsea", "done")}


def test_a_mans_club_record_transfer_is_his_own_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal moved quickly to fill the Sanchez-shaped hole",
        "Pierre-Emerick Aubameyang's club-record £56m transfer from Dortmund went through late on deadline "
        "day, and Olivier Giroud crossed London to join Chelsea to make room for him.",
        published=datetime(2018, 2, 2, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Pierre-Emerick Aubameyang", "Arsenal", "done") in triples
    assert not any(c.person == "Olivier Giroud" and c.club == "Arsenal" for c in claims)


def test_a_seller_refusing_to_negotiate_holds_no_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "The Jadon Sancho chase is over, for now",
        "United never matched Dortmund's €120m valuation and, with the Bundesliga club refusing to negotiate "
        "after their August 10 deadline passed, the Red Devils have shelved their pursuit until next summer.",
        published=datetime(2020, 10, 6, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Jadon Sancho", "Manchester United", "off") in triples
    assert not any(c.club == "Borussia Dortmund" for c in claims)


def test_on_deadline_day_a_second_mans_return_was_completed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Five things we learned from the summer window",
        "Lionel Messi left Barcelona in tears and signed a two-year deal at Paris Saint-Germain, and on "
        "deadline day Cristiano Ronaldo's return to Manchester United was finally completed after he passed "
        "his medical and received his visa.",
        published=datetime(2021, 9, 1, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Cristiano Ronaldo", "Manchester United", "done") in triples
    assert ("Lionel Messi", "Paris Saint-Germain", "done") in triples
    assert not any(c.person == "Lionel Messi" and c.club == "Manchester United" for c in claims)
    assert not any(c.person == "Cristiano Ronaldo" and c.club == "Paris Saint-Germain" for c in claims)


def test_a_managers_summer_outlay_makes_him_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Five things we learned from the summer window",
        "Chelsea never found their centre-back. Jules Kounde was Thomas Tuchel's top target, but the Blues "
        "walked away when Sevilla would not lower their asking price.\n\nArsenal outspent everybody. Martin "
        "Odegaard's permanent move from Real Madrid took Mikel Arteta's summer outlay past £140m.",
        published=datetime(2021, 9, 1, tzinfo=UTC),
    )
    assert ("Jules Koundé", "Chelsea", "off") in _triples(claims)
    assert not any(c.person == "Mikel Arteta" for c in claims)


def test_a_man_who_left_before_his_replacement_is_named(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Five things we learned from deadline day",
        "Manchester City reshaped their goalkeeping department: Ederson left for Fenerbahce, and his "
        "replacement, Gianluigi Donnarumma, is expected to be confirmed once the paperwork with Paris "
        "Saint-Germain has been finalised.",
        published=datetime(2025, 9, 2, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ederson", "Fenerbahce", "done") in triples
    assert not any(c.person == "Gianluigi Donnarumma" and c.club == "Fenerbahce" for c in claims)


def test_a_record_move_completed_ending_a_standoff(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Five things we learned from deadline day",
        "Liverpool finally got their man. Alexander Isak completed a British record £125m move from "
        "Newcastle on Monday, ending a standoff in which the Sweden striker had refused to play for the "
        "Magpies for more than a month.",
        published=datetime(2025, 9, 2, tzinfo=UTC),
    )
    assert ("Alexander Isak", "Liverpool", "done") in _triples(claims)


def test_a_british_record_move_completed_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool finally got their man",
        "Alexander Isak completed a British record £125m move from Newcastle on Monday.",
        published=datetime(2025, 9, 2, tzinfo=UTC),
    )
    assert _triples(claims) == {("Alexander Isak", "Liverpool", "done")}


def test_a_window_review_turns_to_a_club_after_a_fronted_phrase(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs end deadline day with two new faces",
        "Giovani Lo Celso joined on an initial loan from Real Betis with an obligation to buy.\n\nAcross "
        "north London, Arsenal's window finished in spectacular fashion. David Luiz arrived from Chelsea for "
        "£8m and Kieran Tierney completed his £25m move from Celtic, filling a problem position at "
        "left-back.",
        published=datetime(2019, 8, 8, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("David Luiz", "Arsenal", "done") in triples
    assert ("Kieran Tierney", "Arsenal", "done") in triples
    assert not any(c.club == "Tottenham Hotspur" and c.person != "Giovani Lo Celso" for c in claims)
    (tierney,) = [c for c in claims if c.person == "Kieran Tierney"]
    assert tierney.from_club == "Celtic"


def test_a_condition_set_before_a_club_makes_it_no_topic(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham open talks with Brentford over Thomas Frank after sacking Postecoglou",
        "Spurs sacked Ange Postecoglou on Friday. Should Frank leave, Brentford are expected to look within. "
        "Postecoglou, 59, is expected to take time to reflect before considering his next move.",
        published=datetime(2025, 6, 9, tzinfo=UTC),
    )
    assert not any(c.person == "Ange Postecoglou" and c.club == "Brentford" for c in claims)


def test_a_headlines_second_event_as_clubs_finish_the_day(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Romelu Lukaku joins Inter as Spurs and Arsenal finish deadline day with a flourish",
        published=datetime(2019, 8, 8, tzinfo=UTC),
    )
    assert _triples(claims) == {("Romelu Lukaku", "Inter Milan", "done")}


def test_a_refusal_with_no_club_before_the_topic_club_is_named_again(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern Munich in talks with Burnley over Vincent Kompany",
        "Kompany's emergence follows a string of knock-backs for the German champions. Ralf Rangnick said "
        "no at the start of the month, and Crystal Palace refused to let Bayern speak to Oliver Glasner "
        "after an approach for the Austrian.",
        published=datetime(2024, 5, 23, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ralf Rangnick", "Bayern Munich", "off") in triples
    assert ("Oliver Glasner", "Bayern Munich", "approach") in triples


def test_those_conversations_are_now_over_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Erik ten Hag to stay as Manchester United manager after end-of-season review",
        "During the review, United's hierarchy sounded out alternatives. The club spoke to representatives "
        "of Brentford's Thomas Frank, but those conversations are now over.",
        published=datetime(2024, 6, 11, tzinfo=UTC),
    )
    assert ("Thomas Frank", "Manchester United", "off") in _triples(claims)


def test_another_man_followed_him_to_a_ground_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day: Villa double up on loans",
        "Marcus Rashford completed his loan from Manchester United on Sunday, and on Monday Marco Asensio "
        "followed him to Villa Park on loan from Paris Saint-Germain.",
        published=datetime(2025, 2, 4, tzinfo=UTC),
    )
    assert ("Marco Asensio", "Aston Villa", "done") in _triples(claims)


def test_a_move_completed_ending_a_weekend_in_which_a_rival_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea complete British record Caicedo deal as Liverpool switch back to Lavia",
        "Moises Caicedo has completed his £115m move to Chelsea, a British record, ending a remarkable "
        "weekend in which Liverpool had a £111m offer accepted by Brighton only for the Ecuador midfielder "
        "to make clear he would speak to nobody but the Blues.",
        published=datetime(2023, 8, 14, tzinfo=UTC),
    )
    assert ("Moisés Caicedo", "Chelsea", "done") in _triples(claims)


def test_a_club_that_returned_on_deadline_day_to_sign_a_man(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Brentford's window",
        "Fabio Carvalho joined Brentford for £27.5m, and the west London club returned on deadline day to "
        "sign Sepp van den Berg for around £25m.",
        published=datetime(2024, 8, 31, tzinfo=UTC),
    )
    assert ("Sepp van den Berg", "Brentford", "done") in _triples(claims)


def test_their_man_after_a_bid_from_a_club_named_by_description_is_the_sellers(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter turn down PSG's €50m offer for Milan Skriniar",
        "The Nerazzurri have rejected a bid from the French champions for their Slovakian centre-back and "
        "are holding out for around €70m.",
        published=datetime(2022, 7, 28, tzinfo=UTC),
    )
    assert ("Milan Škriniar", "Paris Saint-Germain", "bid") in _triples(claims)


def test_talks_a_club_has_yet_to_open_are_no_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea make Raheem Sterling a priority target",
        "Thomas Tuchel is a big admirer of the Manchester City winger, who has a year left on his contract "
        "at the Etihad.\n\nThe Blues have yet to open discussions with City.",
        published=datetime(2022, 6, 20, tzinfo=UTC),
    )
    assert ("Raheem Sterling", "Chelsea", "interest") in _triples(claims)


def test_the_bare_surname_of_a_man_known_by_full_name_only_when_he_is_the_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ozil completes Fenerbahce move after Arsenal exit",
        "The former Germany playmaker has signed a three-and-a-half-year contract with the Istanbul club.",
        published=datetime(2021, 1, 24, tzinfo=UTC),
    )
    assert ("Mesut Özil", "Fenerbahce", "done") in _triples(claims)
    claims = _claims(
        extractor,
        "Insigne says yes to Toronto: agreement reached for July move",
        "",
        published=datetime(2022, 1, 8, tzinfo=UTC),
    )
    assert ("Lorenzo Insigne", "Toronto FC", "agreed") in _triples(claims)


def test_a_word_of_another_proper_name_is_no_bare_surname(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lawrence Shankland: Hearts sign Beerschot striker",
        "Edinburgh rivals Hibernian had also made an enquiry about the former Queen's Park forward.",
        published=datetime(2022, 6, 21, tzinfo=UTC),
    )
    assert not any(c.person == "Marvin Park" for c in claims)


def test_a_bid_naming_nobody_is_for_the_man_who_wants_to_leave(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Alexander Isak: Newcastle striker says 'promises have been broken' in statement",
        "Alexander Isak has made it clear he wants to leave Newcastle, saying promises were broken.\n\n"
        "The Sweden striker has not featured for the club this summer. Newcastle rejected a £110m bid from "
        "Liverpool earlier this month.",
        published=datetime(2025, 8, 19, tzinfo=UTC),
    )
    assert ("Alexander Isak", "Liverpool", "bid") in _triples(claims)


def test_a_club_watching_after_a_man_leaves_watches_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lionel Messi will not stay at Barcelona, club confirms",
        "Barcelona said a new contract was impossible, ending the Argentine's 21-year association with the "
        "club. Paris Saint-Germain are monitoring the situation.",
        published=datetime(2021, 8, 5, tzinfo=UTC),
    )
    assert ("Lionel Messi", "Paris Saint-Germain", "interest") in _triples(claims)


def test_the_club_a_coach_speaks_of_is_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Dimitri Payet refuses to play for West Ham, says Slaven Bilic",
        "Payet is wanted by his former club Marseille, but Bilic insisted the club have no intention of "
        "selling him.",
        published=datetime(2017, 1, 12, tzinfo=UTC),
    )
    assert ("Dimitri Payet", "Marseille", "interest") in _triples(claims)


def test_a_club_to_pay_a_release_clause_has_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Atletico Madrid to pay Joao Felix's 126m euro release clause",
        "",
        published=datetime(2019, 7, 3, tzinfo=UTC),
    )
    assert ("João Félix", "Atletico Madrid", "agreed") in _triples(claims)


def test_a_paragraphs_list_of_men_who_have_also_signed_joined_its_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Saudi Pro League window closes: every done deal from Benzema to Neymar",
        "AL-HILAL: The Riyadh club broke the bank for Neymar, who completed a move from Paris Saint-Germain. "
        "Ruben Neves (Wolves), Kalidou Koulibaly (Chelsea) and Aleksandar Mitrovic (Fulham) have also "
        "signed.",
        published=datetime(2023, 9, 8, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Rúben Neves", "Al-Hilal", "done") in triples
    assert ("Kalidou Koulibaly", "Al-Hilal", "done") in triples
    assert not any(c.club == "Chelsea" for c in claims)


def test_a_window_reviews_list_of_arrivals_joined_its_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG's summer of change: every arrival and departure at the Parc des Princes",
        "Here is how the Ligue 1 champions' squad changed over the summer.\n\n"
        "IN: Milan Skriniar (free, Inter), Marco Asensio (free, Real Madrid), Manuel Ugarte (Sporting CP, "
        "€60m).",
        published=datetime(2023, 9, 2, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Marco Asensio", "Paris Saint-Germain", "done") in triples
    assert ("Manuel Ugarte", "Paris Saint-Germain", "done") in triples


def test_a_rival_withdrawing_clears_the_way_for_the_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man United reach agreement with Lille for Leny Yoro after Real Madrid step aside",
        "The 18-year-old had long been seen as Real Madrid's to lose, but the Spanish champions refused to "
        "go beyond their own valuation and have withdrawn from the race, clearing the way for Les Dogues to "
        "do business with United.",
        published=datetime(2024, 7, 16, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Leny Yoro", "Manchester United", "agreed") in triples
    assert ("Leny Yoro", "Real Madrid", "off") in triples


def test_a_coachs_treble_winners_are_his_side_not_his_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal's summer so far: Rice bid rejected",
        "Manchester City's entry into the race has complicated matters. Pep Guardiola's treble winners saw "
        "an £80m offer for the England midfielder rejected on Tuesday.",
        published=datetime(2023, 6, 21, tzinfo=UTC),
    )
    assert not any(c.person == "Pep Guardiola" for c in claims)


def test_a_club_that_sent_a_man_on_loan_has_done_the_deal(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day round-up: Aubameyang and Giroud complete moves",
        "Olivier Giroud left the Emirates to join Chelsea for £18m, and Chelsea sent Michy Batshuayi to "
        "Dortmund on loan for the rest of the season.",
        published=datetime(2018, 2, 1, tzinfo=UTC),
    )
    assert ("Michy Batshuayi", "Borussia Dortmund", "done") in _triples(claims)


def test_a_club_labelled_list_of_arrivals_are_its_done_deals(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Premier League transfer window 2024: every done deal at the big clubs",
        "The summer window slammed shut at 11pm on Friday.\n\n"
        "MANCHESTER UNITED - In: Joshua Zirkzee (Bologna, £36.5m), Matthijs de Ligt and Noussair Mazraoui "
        "(both Bayern Munich, £60m combined), Manuel Ugarte (Paris Saint-Germain, £50m).",
        published=datetime(2024, 8, 31, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Joshua Zirkzee", "Manchester United", "done") in triples
    assert ("Manuel Ugarte", "Manchester United", "done") in triples
    assert not any(c.club == "Bayern Munich" for c in claims)


def test_a_sacked_coachs_opponents_ground_gets_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lopetegui out after 139 days",
        "Real Madrid have dismissed Julen Lopetegui following Sunday's 5-1 thrashing by Barcelona "
        "at Camp Nou.",
        published=datetime(2018, 10, 29, tzinfo=UTC),
    )
    assert _triples(claims) == {("Julen Lopetegui", "Real Madrid", "exit")}


def test_a_player_named_as_a_coachs_priority_signing_is_no_appointment(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli call Madrid: Ancelotti wants James",
        "Napoli have opened contact with Real Madrid over James Rodriguez, the player Carlo Ancelotti "
        "has named as his priority signing.",
        published=datetime(2019, 7, 5, tzinfo=UTC),
    )
    assert _triples(claims) == {("James Rodríguez", "Napoli", "approach")}


def test_a_year_in_the_club_he_led_does_not_date_the_appointment(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cannavaro returns to Guangzhou Evergrande",
        "Guangzhou Evergrande have appointed Fabio Cannavaro as head coach, bringing the Italian back to "
        "the club he led in 2014.",
        published=datetime(2017, 11, 9, tzinfo=UTC),
    )
    assert ("Fabio Cannavaro", "Guangzhou FC", "done") in _triples(claims)


def test_a_coach_reappointed_months_after_he_walked_away_from_the_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Zidane is back at Real Madrid",
        "Real Madrid have reappointed Zinedine Zidane as coach on a contract until 2022, less than ten "
        "months after he walked away from the club.",
        published=datetime(2019, 3, 11, tzinfo=UTC),
    )
    assert _triples(claims) == {("Zinedine Zidane", "Real Madrid", "done")}


def test_leaving_a_coach_without_a_signing_is_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal's £92m Lemar swoop collapses",
        "Thomas Lemar decided to remain at Monaco for another season, leaving Arsene Wenger without the "
        "attacking reinforcement he had targeted all summer.",
        published=datetime(2017, 9, 1, tzinfo=UTC),
    )
    assert ("Thomas Lemar", "Monaco", "stay") in _triples(claims)
    assert ("Thomas Lemar", "Monaco", "exit") not in _triples(claims)


def test_a_decision_that_casts_doubt_over_his_future_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter strip Icardi of the captaincy",
        "The Argentine striker's contract renewal talks have stalled, and the decision casts serious doubt "
        "over his future at San Siro.",
        published=datetime(2019, 2, 13, tzinfo=UTC),
    )
    assert _triples(claims) == {("Mauro Icardi", "Inter Milan", "exit")}


def test_an_agent_contacted_in_the_headline_is_a_go_between(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Pogba back in Turin? Juventus make contact with Raiola",
        "Juventus have sounded out Mino Raiola about a return for Paul Pogba.",
        published=datetime(2019, 7, 15, tzinfo=UTC),
    )
    assert _triples(claims) == {("Paul Pogba", "Juventus", "approach")}


def test_a_club_telling_the_market_regulator_of_a_payment_is_the_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Joao Felix: Atletico pay clause",
        "Benfica have told the Portuguese market regulator CMVM that Atletico Madrid have paid the €126m "
        "release clause of Joao Felix.",
        published=datetime(2019, 7, 3, tzinfo=UTC),
    )
    assert _triples(claims) == {("João Félix", "Atletico Madrid", "agreed")}


def test_a_renewal_that_leaves_a_country_waiting_is_a_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ancelotti renews until 2026 and leaves Brazil waiting in vain",
        "Real Madrid have announced that Carlo Ancelotti has extended his contract until 30 June 2026.",
        published=datetime(2023, 12, 29, tzinfo=UTC),
    )
    assert _triples(claims) == {("Carlo Ancelotti", "Real Madrid", "stay")}


def test_sack_one_and_promote_a_youth_coach_is_his_appointment(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus sack Sarri and promote Pirlo from the Under-23s",
        "",
        published=datetime(2020, 8, 8, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Maurizio Sarri", "Juventus", "exit"),
        ("Andrea Pirlo", "Juventus", "done"),
    }


def test_a_coach_who_leaves_the_netherlands_to_become_barcelona_coach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Koeman leaves the Netherlands to become Barcelona coach",
        "",
        published=datetime(2020, 8, 19, tzinfo=UTC),
    )
    assert _triples(claims) == {("Ronald Koeman", "Barcelona", "done")}


def test_a_relationship_with_the_hierarchy_broken_down_ends_no_successors_move(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Antonio Conte sacked by Chelsea as Maurizio Sarri closes in on Stamford Bridge job",
        "The Italian's relationship with the Stamford Bridge hierarchy had broken down over transfer "
        "policy. Maurizio Sarri is expected to be confirmed as his successor after the Blues reached an "
        "agreement with Napoli to release the 59-year-old from his contract.",
        published=datetime(2018, 7, 13, tzinfo=UTC),
    )
    assert ("Maurizio Sarri", "Chelsea", "agreed") in _triples(claims)


def test_a_club_that_wants_to_pay_a_release_clause_is_no_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Sporting confirm Manchester United want to pay Amorim's €10m release clause",
        "",
        published=datetime(2024, 10, 29, tzinfo=UTC),
    )
    assert {(p, c) for p, c, _ in _triples(claims)} == {("Ruben Amorim", "Manchester United")}


def test_the_players_of_a_squad_featuring_are_no_movers(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Al Ittihad part company with Laurent Blanc",
        "The Jeddah club are in negotiations with former Porto and AC Milan coach Sergio Conceicao to take "
        "over a squad featuring Karim Benzema and N'Golo Kante.",
        published=datetime(2025, 10, 21, tzinfo=UTC),
    )
    assert {p for p, _c, _s in _triples(claims)} <= {"Laurent Blanc", "Sérgio Conceição"}
    assert ("Sérgio Conceição", "Al-Ittihad", "talks") in _triples(claims)


def test_his_club_have_made_it_clear_they_is_his_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man Utd consider Carlos Baleba move but face £100m asking price",
        "Manchester United are weighing up a bid for Carlos Baleba. The 21-year-old Cameroon international "
        "is under contract until 2028, and his club have made it clear they will not consider offers "
        "below £100m.",
        published=datetime(2025, 8, 12, tzinfo=UTC),
    )
    assert _triples(claims) == {("Carlos Baleba", "Manchester United", "interest")}


def test_he_preferred_a_clubs_style_and_turned_another_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "De Jong chooses Barcelona over PSG in €75m deal",
        "Barcelona have reached an agreement with Ajax for Frenkie de Jong. The Netherlands international "
        "was heavily courted by Paris Saint-Germain, but De Jong preferred Barcelona's style and turned the "
        "French champions down.",
        published=datetime(2019, 1, 23, tzinfo=UTC),
    )
    assert ("Frenkie de Jong", "Barcelona", "agreed") in _triples(claims)
    assert ("Frenkie de Jong", "Paris Saint-Germain", "off") in _triples(claims)


def test_a_headlines_as_chelsea_face_is_a_second_story(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid agree Eden Hazard deal as Chelsea face summer with no signings",
        "",
        published=datetime(2019, 6, 7, tzinfo=UTC),
    )
    assert _triples(claims) == {("Eden Hazard", "Real Madrid", "agreed")}


def test_the_club_a_buyer_raided_is_the_one_he_left(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool make improved Wirtz offer",
        "Liverpool have already raided the BayArena once this summer, completing the signing of "
        "Netherlands wing-back Jeremie Frimpong last week.",
        published=datetime(2025, 6, 6, tzinfo=UTC),
    )
    assert ("Jeremie Frimpong", "Liverpool", "done") in _triples(claims)
    assert not any(p == "Jeremie Frimpong" and c == "Bayer Leverkusen" for p, c, _s in _triples(claims))


def test_agreed_with_a_club_the_transfer_of_is_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Gyokeres: Sporting and Arsenal finally reach agreement",
        "Manchester United concentrated on other targets and agreed with Brentford on Friday the transfer "
        "of Bryan Mbeumo for £65m plus £6m in add-ons.",
        published=datetime(2025, 7, 20, tzinfo=UTC),
    )
    assert ("Bryan Mbeumo", "Manchester United", "agreed") in _triples(claims)


def test_it_would_be_a_dirty_trick_to_leave_is_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Griezmann stays: 'Leaving now would be a dirty trick'",
        "Antoine Griezmann has ended weeks of speculation by announcing he will remain at Atletico Madrid "
        'next season. "The club cannot sign anyone, so it would be a dirty trick to leave right now," the '
        "26-year-old explained.",
        published=datetime(2017, 6, 18, tzinfo=UTC),
    )
    assert _triples(claims) == {("Antoine Griezmann", "Atletico Madrid", "stay")}


def test_a_clubs_appeal_rejected_is_no_move_called_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Griezmann stays at Atletico",
        "Atletico's appeal to the Court of Arbitration for Sport against FIFA's sanction was rejected at "
        "the start of the month, which means Diego Simeone cannot register new players until January.",
        published=datetime(2017, 6, 18, tzinfo=UTC),
    )
    assert not any(p == "Diego Simeone" for p, _c, _s in _triples(claims))


def test_that_leaves_the_door_open_for_a_coach_is_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Everton finalise Lukaku sale",
        "United have now dropped their pursuit of Alvaro Morata. That leaves the door open for Antonio "
        "Conte.",
        published=datetime(2017, 7, 9, tzinfo=UTC),
    )
    assert not any(p == "Antonio Conte" for p, _c, _s in _triples(claims))


def test_a_long_appeal_sentence_with_no_verdict_is_read_quickly(extractor: Extractor) -> None:
    # the "appeal ... was rejected" pattern reads one word at a time: one whose words could swallow spaces
    # tried every way of splitting such a sentence (85 s for 40 words; the suite's timeout fails it)
    words = " ".join(["fans would keep backing the squad in every match this season"] * 5)
    claims = _claims(
        extractor,
        "Griezmann stays at Atletico",
        f"Atletico Madrid want to sign Diego Costa and their appeal {words} was",
        published=datetime(2017, 6, 18, tzinfo=UTC),
    )
    assert ("Diego Costa", "Atletico Madrid", "interest") in _triples(claims)


def test_words_added_that_are_no_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Thomas Tuchel insists Chelsea will not use sanctions as an excuse",
        "Tuchel added that his side were still competing in the Premier League, the Champions League and "
        "the FA Cup, and that was where their attention belonged.",
        published=datetime(2022, 3, 12, tzinfo=UTC),
    )
    assert claims == []


def test_a_time_since_an_appointment_is_no_new_one(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham pull out of Gennaro Gattuso talks after fan backlash",
        "Gattuso had parted company with Fiorentina on Thursday, just 23 days after being appointed, and "
        "quickly became Fabio Paratici's choice.",
        published=datetime(2021, 6, 18, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Gennaro Gattuso", "Tottenham Hotspur", "off") in triples
    assert not any(s == "done" for _p, _c, s in triples)


def test_a_role_left_at_a_club_makes_it_the_club_he_leaves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ralf Rangnick named Manchester United interim manager, subject to visa",
        "The 63-year-old leaves his role as head of sports and development at Lokomotiv Moscow and will "
        "move into a two-year consultancy role at Old Trafford once the campaign is over.",
        published=datetime(2021, 11, 29, tzinfo=UTC),
    )
    assert not any(c == "Lokomotiv Moscow" and s != "exit" for _p, c, s in _triples(claims))


def test_a_club_ruling_out_selling_its_man_keeps_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Zorc: 'Sancho stays - the decision is final'",
        "Borussia Dortmund have ruled out selling Jadon Sancho this summer. Manchester United have pursued "
        "Sancho for months.",
        published=datetime(2020, 8, 10, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Jadon Sancho", "Borussia Dortmund", "stay") in triples
    assert ("Jadon Sancho", "Manchester United", "interest") in triples


def test_talks_with_a_candidate_that_broke_down_end_his_move_only(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs in advanced talks with Paulo Fonseca over vacant manager's role",
        "Tottenham turned to the Portuguese after negotiations with Antonio Conte broke down last week.",
        published=datetime(2021, 6, 9, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Paulo Fonseca", "Tottenham Hotspur", "talks") in triples
    assert ("Antonio Conte", "Tottenham Hotspur", "off") in triples


def test_an_officials_former_club_is_no_destination(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs in advanced talks with Paulo Fonseca over vacant manager's role",
        "The former Roma coach is the preferred candidate of Fabio Paratici, the ex-Juventus executive who "
        "is about to be named Spurs' managing director of football, and is discussing a three-year contract.",
        published=datetime(2021, 6, 9, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Paulo Fonseca", "Tottenham Hotspur", "talks") in triples
    assert not any(c == "Juventus" for _p, c, _s in triples)


def test_a_first_name_with_a_possessive_is_the_man_named_in_full(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barca keep Bernardo Silva at the top of their wishlist",
        "Barcelona continue to see Manchester City midfielder Bernardo Silva as a priority target. Any move "
        "depends on the Catalan club first selling Frenkie de Jong, who is wanted by Manchester United.\n\n"
        "Paris Saint-Germain have also been monitoring Bernardo's situation.",
        published=datetime(2022, 7, 20, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Bernardo Silva", "Paris Saint-Germain", "interest") in triples
    assert not any(p == "Bernardo" for p, _c, _s in triples)


def test_a_headlines_closing_says_names_the_speaker_not_a_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Gareth Bale 'very close' to leaving Real Madrid, says Zinedine Zidane",
        "The Wales forward was an unused substitute in Saturday's pre-season defeat by Bayern Munich.",
        published=datetime(2019, 7, 21, tzinfo=UTC),
    )
    assert _triples(claims) == {("Gareth Bale", "Real Madrid", "exit")}


def test_a_man_ending_his_saga_ends_that_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kane ends City saga: 'I will be staying at Tottenham this summer'",
        "Harry Kane has announced he will remain at Tottenham, bringing an end to his summer-long attempt "
        "to secure a move to Manchester City.\n\nCity had a £100m offer turned down by Spurs earlier this "
        "month.",
        published=datetime(2021, 8, 25, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Harry Kane", "Manchester City", "off") in triples
    assert ("Harry Kane", "Tottenham Hotspur", "stay") in triples


def test_the_one_admired_is_not_the_admirer_just_named(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lionel Messi will leave Barcelona",
        "Lionel Messi will leave Barcelona, the club have announced.\n\nParis Saint-Germain are understood "
        "to be monitoring the situation, with Mauricio Pochettino a long-standing admirer of the Argentine.",
        published=datetime(2021, 8, 5, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Lionel Messi", "Paris Saint-Germain", "interest") in triples
    assert not any(p == "Mauricio Pochettino" for p, _c, _s in triples)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Lionel Messi leaving Barcelona as club say new contract 'cannot happen'",
            "Lionel Messi will not remain at Barcelona, the club have announced.",
        ),
        (
            "Lionel Messi will not stay at Barcelona as 'financial and structural obstacles' block new deal",
            "Lionel Messi will leave Barcelona, the club have announced, after LaLiga's financial rules "
            "prevented him from signing a new contract.",
        ),
    ],
)
def test_a_new_contract_blocked_is_no_stay(extractor: Extractor, title: str, summary: str) -> None:
    claims = _claims(extractor, title, summary, published=datetime(2021, 8, 5, tzinfo=UTC))
    assert _triples(claims) == {("Lionel Messi", "Barcelona", "exit")}


def test_a_former_players_description_prefers_a_player_to_another_clubs_coach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Osimhen joins Galatasaray on loan after Al Ahli, Chelsea moves fall through",
        "Galatasaray have completed the signing of Victor Osimhen on a season-long loan from Napoli.\n\n"
        "The Nigeria striker had been frozen out by Antonio Conte and left out of Napoli's squad.\n\n"
        "Chelsea had also held talks over a loan for the former Lille forward, but could not reach an "
        "agreement on his salary before the Premier League window closed.",
        published=datetime(2024, 9, 3, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Victor Osimhen", "Chelsea", "off") in triples
    assert not any(p == "Antonio Conte" for p, _c, _s in triples)


def test_a_move_that_will_not_go_ahead_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea pay £5m to send Sancho back to Manchester United",
        "Jadon Sancho's permanent move to Chelsea will not go ahead, with the Club World Cup-bound side "
        "paying Manchester United a £5m penalty.\n\nChelsea and the 25-year-old could not agree personal "
        "terms on a reduced salary.",
        published=datetime(2025, 6, 3, tzinfo=UTC),
    )
    assert ("Jadon Sancho", "Chelsea", "off") in _triples(claims)


def test_a_man_who_will_not_be_returning_turns_the_club_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern's coaching search goes on as Nagelsmann commits to Germany",
        "Julian Nagelsmann will not be returning to the Allianz Arena. The 36-year-old, who had emerged as a "
        "serious candidate to succeed Thomas Tuchel in the summer, has instead signed a new contract with "
        "the DFB that runs through the 2026 World Cup.",
        published=datetime(2024, 4, 19, tzinfo=UTC),
    )
    assert ("Julian Nagelsmann", "Bayern Munich", "off") in _triples(claims)


def test_a_man_who_has_an_agreement_in_principle_is_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Laporta sacks Xavi: Hansi Flick will be Barça's new coach",
        "FC Barcelona confirmed on Friday that Xavi Hernández will not continue as first-team coach next "
        "season.\n\nThe president already has his replacement: Hansi Flick. The former Bayern and Germany "
        "coach has an agreement in principle for two seasons and will be presented next week, once the "
        "contract has been signed.",
        published=datetime(2024, 5, 24, tzinfo=UTC),
    )
    assert ("Hansi Flick", "Barcelona", "agreed") in _triples(claims)


def test_confirming_a_man_asked_to_be_sold_is_no_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Conte confirms Kvaratskhelia asked to be sold as PSG negotiate",
        "Paris Saint-Germain are in negotiations to take the Georgian to the Parc des Princes this month.",
        published=datetime(2025, 1, 11, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Khvicha Kvaratskhelia", "Paris Saint-Germain", "talks") in triples
    assert not any(s == "done" for _p, _c, s in triples)


def test_a_man_who_will_not_be_coming_to_a_club_turns_it_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Wirtz poker: Leverkusen also reject second Liverpool offer",
        "Bayer Leverkusen have turned down a second offer from Liverpool for Florian Wirtz. FC Bayern, who "
        "had long been considered favourites, were told by the player's camp that he will not be coming to "
        "Munich.",
        published=datetime(2025, 5, 31, tzinfo=UTC),
    )
    assert ("Florian Wirtz", "Bayern Munich", "off") in _triples(claims)


def test_an_epithet_gives_no_surname_and_a_needed_agreement_is_none_yet(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "OM: De Zerbi gives his agreement, Marseille negotiate with Brighton",
        "Roberto De Zerbi has given his agreement to become the new coach of Olympique de Marseille.\n\n"
        "One step remains: OM must reach an agreement with Brighton, who retain a clause of around €6 "
        "million.",
        published=datetime(2024, 6, 13, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Roberto De Zerbi", "Marseille", "talks") in triples
    assert not any(p == "José Mourinho" for p, _c, _s in triples)


def test_a_new_coachs_assistants_are_no_movers(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ole's back: Solskjaer named United caretaker 24 hours after Mourinho axed",
        "The 45-year-old Norwegian returns to Old Trafford on loan from Molde and will be assisted by Mike "
        "Phelan, Michael Carrick and Kieran McKenna.",
        published=datetime(2018, 12, 19, tzinfo=UTC),
    )
    people = {p for p, _c, _s in _triples(claims)}
    assert "Ole Gunnar Solskjær" in people
    assert not people & {"Michael Carrick", "Kieran McKenna"}


def test_an_interim_charge_until_the_new_coach_arrives_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man United confirm Amorim as head coach; Sporting boss to start Nov. 11",
        "Ruud van Nistelrooy, who joined Ten Hag's staff as an assistant in the summer, will remain in "
        "interim charge until the new coach arrives.",
        published=datetime(2024, 11, 1, tzinfo=UTC),
    )
    assert not any(p == "Ruud van Nistelrooy" and s == "stay" for p, _c, s in _triples(claims))


def test_a_headlines_as_clause_with_a_man_going_home_is_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "United hijack Lukaku move with £75m deal as Rooney goes home to Everton",
        "Wayne Rooney has completed his return to Goodison Park 13 years after leaving.",
        published=datetime(2017, 7, 9, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Wayne Rooney", "Everton", "done") in triples
    assert not any(p == "Wayne Rooney" and c == "Manchester United" for p, c, _s in triples)


def test_leaving_another_mans_side_as_beaten_finalists_is_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spain beat England 2-1 in Berlin to win record fourth European Championship",
        "Mikel Oyarzabal scored four minutes from time as Spain beat England 2-1 in the Euro 2024 final at "
        "the Olympiastadion, winning the European Championship for a record fourth time and leaving Gareth "
        "Southgate's side as beaten finalists for the second tournament running.",
        published=datetime(2024, 7, 14, tzinfo=UTC),
    )
    assert claims == []


def test_a_shot_fired_is_no_sacking(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Musiala breaks Dortmund hearts as Bayern snatch 11th straight title",
        "Gnabry made amends by setting up Jamal Musiala, who fired low into the corner to send the Bayern "
        "bench into celebration.",
        published=datetime(2023, 5, 27, tzinfo=UTC),
    )
    assert claims == []


def test_a_club_that_only_describes_the_man_leaves_his_end_to_the_suitor(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "BVB reach agreement with Niko Kovač — Ten Hag ruled out over salary",
        "Dortmund also spoke with Erik ten Hag, but the Dutchman, out of work since Manchester United sacked "
        "him in October, was ruled out because of his salary demands.",
        published=datetime(2025, 1, 30, tzinfo=UTC),
    )
    assert ("Erik ten Hag", "Borussia Dortmund", "off") in _triples(claims)


def test_a_man_who_distanced_himself_from_the_role_turns_it_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ten Hag survives: INEOS stick with Dutchman after end-of-season review",
        "Erik ten Hag will remain Manchester United manager. Thomas Tuchel held talks with the club but "
        "distanced himself from the role.",
        published=datetime(2024, 6, 11, tzinfo=UTC),
    )
    assert ("Thomas Tuchel", "Manchester United", "off") in _triples(claims)


def test_a_club_left_months_ago_for_another_is_no_bar_to_his_return(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official: Lukaku returns to Inter on loan from Chelsea",
        "The Nerazzurri will pay a loan fee of €8m plus bonuses for the Belgian striker, who left San Siro "
        "for Stamford Bridge in a €115m deal just 12 months ago.",
        published=datetime(2022, 6, 29, tzinfo=UTC),
    )
    assert ("Romelu Lukaku", "Inter Milan", "done") in _triples(claims)


def test_the_manager_a_player_fell_out_with_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Jadon Sancho: Manchester United winger rejoins Borussia Dortmund on loan",
        "The 23-year-old has not played for United since August after a public falling-out with manager Erik "
        "ten Hag, and had been training away from the first-team squad.",
        published=datetime(2024, 1, 11, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Jadon Sancho", "Borussia Dortmund", "done") in triples
    assert not any(p == "Erik ten Hag" for p, _c, _s in triples)


def test_a_leaving_dated_to_an_earlier_year_names_no_destination(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Adama Traore rejoins Barcelona on loan after snubbing Tottenham",
        "Adama Traore has returned to Barcelona on loan from Wolves until the end of the season.\n\n"
        "Traore came through La Masia before leaving for Aston Villa in 2015.",
        published=datetime(2022, 1, 29, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Adama Traoré", "Barcelona", "done") in triples
    assert not any(c == "Aston Villa" for _p, c, _s in triples)


def test_a_club_in_the_background_is_interested(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "David, Juve step up their interest – but Napoli have been negotiating for weeks",
        "Juventus have stepped up their interest in Jonathan David and want to get ahead of the competition."
        "\n\nInter remain in the background.",
        published=datetime(2025, 5, 21, tzinfo=UTC),
    )
    assert ("Jonathan David", "Inter Milan", "interest") in _triples(claims)


def test_moving_closer_to_a_title_is_no_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City reach agreement in principle with Dortmund for Erling Haaland",
        "Pep Guardiola's side can move closer to retaining the Premier League title at Wolves on Wednesday, "
        "when they will look to keep Liverpool at arm's length with three games left.",
        published=datetime(2022, 5, 10, tzinfo=UTC),
    )
    assert not any(c in ("Wolverhampton Wanderers", "Liverpool") for _p, c, _s in _triples(claims))


def test_a_manager_expecting_a_player_to_see_out_his_contract_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Reds knock back second City offer for Sterling",
        "Arsenal and Real Madrid have also been linked with Raheem Sterling. Brendan Rodgers said last month "
        "he expected him to see out his contract.",
        published=datetime(2015, 6, 18, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Raheem Sterling", "Arsenal", "interest") in triples
    assert not any(s == "stay" for _p, _c, s in triples)


def test_continuing_a_career_at_a_club_is_a_move_there(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        'Messi: "I\'ve made the decision to go to Miami"',
        "Leo Messi will continue his career at Inter Miami. The Argentine revealed in an interview with "
        "Mundo Deportivo and Sport that he has decided to join the MLS club, ending any hope of a return "
        "to Barcelona.",
        published=datetime(2023, 6, 7, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Lionel Messi", "Inter Miami", "agreed") in triples


def test_a_man_who_coaches_today_is_no_manager_in_an_item_from_his_playing_days(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man Utd agree £75m Romelu Lukaku fee as Wayne Rooney heads home to Goodison",
        "Manchester United have agreed a fee of £75m with Everton for Romelu Lukaku.\n\n"
        "Lukaku had been widely expected to return to Chelsea, but the 24-year-old has opted for "
        "Old Trafford and a reunion with Jose Mourinho, the manager who sold him during his time at "
        "Stamford Bridge.",
        published=datetime(2017, 7, 8, tzinfo=UTC),
    )
    assert ("Romelu Lukaku", "Manchester United", "agreed") in _triples(claims)
    assert not any(c.person == "Wayne Rooney" and c.club == "Manchester United" for c in claims)


def test_a_player_is_no_target_of_the_club_his_spells_place_him_at(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool 5-2 Roma: Mohamed Salah runs riot against his old club at Anfield",
        "Mohamed Salah scored twice as Liverpool took a commanding lead into the second leg.\n\n"
        "Salah's form has not gone unnoticed in Spain. Real Madrid are understood to have made the forward "
        "a priority target for the summer, although Jurgen Klopp's side have no intention of entertaining "
        "offers for a player under contract until 2023.",
        published=datetime(2018, 4, 25, tzinfo=UTC),
    )
    assert ("Mohamed Salah", "Real Madrid", "interest") in _triples(claims)
    assert not any(c.person == "Mohamed Salah" and c.club == "Liverpool" for c in claims)


def test_what_will_do_little_to_persuade_him_to_commit_his_future_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs restart their own search",
        "Tottenham sacked Cristian Stellini on Monday. The uncertainty will do little to persuade "
        "Harry Kane, who has 14 months left on his contract, to commit his future.",
        published=datetime(2023, 4, 26, tzinfo=UTC),
    )
    assert not any(c.person == "Harry Kane" for c in claims)


def test_an_injury_that_leaves_him_a_doubt_is_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham sack Jose Mourinho",
        "His final game was Friday's 2-2 draw at Everton, in which Harry Kane scored twice but limped off "
        "with an ankle injury that leaves him a doubt for Wembley.",
        published=datetime(2021, 4, 20, tzinfo=UTC),
    )
    assert not any(c.person == "Harry Kane" for c in claims)


def test_a_man_who_no_longer_intends_to_stay_is_leaving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cristiano Ronaldo heading back to Manchester United",
        "Massimiliano Allegri confirmed that the forward had told him on Thursday that he no longer "
        "intended to stay in Turin. Manchester United have reached an agreement with Juventus to re-sign "
        "Cristiano Ronaldo.",
        published=datetime(2021, 8, 27, tzinfo=UTC),
    )
    assert not any(c.club == "Juventus" and c.stage is Stage.STAY for c in claims)


def test_a_coach_who_confirms_at_his_press_conference_that_a_man_leaves_is_no_mover(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Ronaldo tells Juventus he wants to leave",
        "Juventus coach Massimiliano Allegri confirmed at his pre-match press conference that Ronaldo had "
        "told him he did not intend to stay in Turin.",
        published=datetime(2021, 8, 27, tzinfo=UTC),
    )
    assert ("Cristiano Ronaldo", "Juventus", "exit") in _triples(claims)
    assert not any(c.person == "Massimiliano Allegri" for c in claims)


def test_a_player_the_spells_place_at_the_club_is_no_signing_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Borussia Dortmund vs Real Madrid: Champions League final preview, team news",
        "Real Madrid face Borussia Dortmund in the Champions League final at Wembley on Saturday night.\n\n"
        "Jude Bellingham returns to face the club where he spent three seasons. Vinicius Junior and "
        "Rodrygo are expected to complete the attack, with Toni Kroos and Federico Valverde in midfield.",
        published=datetime(2024, 5, 31, tzinfo=UTC),
    )
    assert claims == []


def test_a_pursuit_of_a_top_four_finish_is_no_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Klopp banned from touchline",
        "Jurgen Klopp will serve a touchline ban. Assistant Pep Lijnders is expected to lead the team "
        "from the dugout as Liverpool continue their pursuit of a top-four finish.",
        published=datetime(2023, 4, 20, tzinfo=UTC),
    )
    assert claims == []


def test_the_us_open_cup_is_no_reference_to_the_american_named_before(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Nashville 1-1 Inter Miami: Messi wins first trophy",
        "Drake Callender saved the decisive penalty for Inter Miami. The Leagues Cup is theirs, and Miami "
        "now turn their attention to the US Open Cup semi-final against Cincinnati on Wednesday.",
        published=datetime(2023, 8, 20, tzinfo=UTC),
    )
    assert claims == []


def test_a_press_question_and_a_sides_approach_on_sunday_are_no_approach_cues() -> None:
    def kinds(template: str) -> list[str]:
        return [c.kind for c in stages.find_cues(template)]

    assert "approach" not in kinds("and ⟦P0⟧ was again asked about ⟦P1⟧ side's vulnerability at set pieces.")
    assert "approach" not in kinds("⟦C0⟧'s approach on sunday showed the limits of the system.")
    assert "approach" in kinds("⟦C0⟧ have asked about ⟦P1⟧.")


def test_a_coach_who_dismissed_criticism_of_his_approach_is_not_leaving(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "'I always win things in my second year': Postecoglou stands by his Spurs project",
        "Ange Postecoglou also dismissed the criticism of his high defensive line at Tottenham, saying his "
        "side would not abandon an approach that had taken them to the top of the table.",
        published=datetime(2024, 9, 16, tzinfo=UTC),
    )
    assert claims == []


def test_a_new_signing_who_made_his_debut_is_match_news(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Premier League round-up: Haaland hat-trick completes City comeback",
        "Manchester United beat Liverpool 2-1 at Old Trafford. New signing Casemiro made his debut from "
        "the bench for Erik ten Hag's side.",
        published=datetime(2022, 8, 23, tzinfo=UTC),
    )
    assert not any(c.person == "Casemiro" for c in claims)


def test_a_coach_who_must_choose_between_two_players_picks_a_team() -> None:
    kinds = [c.kind for c in stages.find_cues("⟦P0⟧ must choose between ⟦P1⟧ and ⟦P2⟧.")]
    assert "choice" not in kinds
    assert "choice" in [c.kind for c in stages.find_cues("⟦P0⟧ chose ⟦C1⟧ over ⟦C2⟧.")]


def test_an_injury_blow_for_his_club_is_no_move_called_off() -> None:
    kinds = [c.kind for c in stages.find_cues("⟦P0⟧ suffers acl rupture in major blow for ⟦C1⟧")]
    assert "off" not in kinds
    assert "off" in [c.kind for c in stages.find_cues("⟦P0⟧'s decision is a blow for ⟦C1⟧")]


def test_the_compatriot_a_coach_admires_is_the_last_man_of_his_nation(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Paul Pogba: United agree personal terms",
        "Manchester United have agreed personal terms with Paul Pogba's agent. Los Blancos, whose coach "
        "Zinedine Zidane admires his compatriot, have asked Raiola for patience while they consider how "
        "to fund a move of their own.",
        published=datetime(2016, 7, 15, tzinfo=UTC),
    )
    assert ("Paul Pogba", "Real Madrid", "interest") in _triples(claims)
    assert not any(c.person == "Zinedine Zidane" for c in claims)


def test_a_potential_appointment_is_no_appointment(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham end Gennaro Gattuso talks after supporter backlash",
        "The Italian's potential appointment was met with a furious response from sections of the Spurs "
        "support on social media, and the club have decided not to proceed.",
        published=datetime(2021, 6, 18, tzinfo=UTC),
    )
    assert ("Gennaro Gattuso", "Tottenham Hotspur", "done") not in _triples(claims)


def test_a_club_confident_of_appointing_a_man_has_not_appointed_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kieran McKenna signs new Ipswich contract",
        "Brighton had at one stage been confident of appointing the 38-year-old.",
        published=datetime(2024, 5, 30, tzinfo=UTC),
    )
    assert ("Kieran McKenna", "Brighton & Hove Albion", "done") not in _triples(claims)


def test_a_step_towards_another_club_does_not_hold_back_a_done_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "BVB land Europe's most coveted striker",
        "Borussia Dortmund have signed Erling Haaland from Red Bull Salzburg, the club confirmed on Sunday. "
        "Ole Gunnar Solskjaer had tried personally to convince him to move to Old Trafford, but the "
        "youngster decided that Dortmund's project offered more. He will join his new team-mates in January.",
        published=datetime(2019, 12, 29, tzinfo=UTC),
    )
    assert ("Erling Haaland", "Borussia Dortmund", "done") in _triples(claims)


def test_the_former_clubs_in_a_description_are_not_whom_their_means(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool reject £150m Al Ittihad offer for Mohamed Salah",
        "The Saudi Pro League champions, coached by former Wolves and Tottenham boss Nuno Espirito Santo, "
        "have made the Egypt forward their top target this summer.",
        published=datetime(2023, 9, 1, tzinfo=UTC),
    )
    assert ("Mohamed Salah", "Wolverhampton Wanderers", "interest") not in _triples(claims)


def test_every_former_club_in_a_coach_description_is_his_past(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool reject £150m Al Ittihad offer for Mohamed Salah",
        "The Saudi Pro League champions, coached by former Wolves and Tottenham boss Nuno Espirito Santo, "
        "have made the Egypt forward their top target this summer.",
        published=datetime(2023, 9, 1, tzinfo=UTC),
    )
    assert ("Mohamed Salah", "Tottenham Hotspur", "interest") not in _triples(claims)


def test_a_side_left_needing_three_goals_is_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lucas Moura hat-trick sends Tottenham into Champions League final",
        "Tottenham came from three goals down on aggregate to beat Ajax. Matthijs de Ligt headed the Dutch "
        "side in front and Hakim Ziyech doubled the lead before half-time "
        "at the Johan Cruyff Arena, leaving Mauricio Pochettino's team needing three goals.",
        published=datetime(2019, 5, 8, tzinfo=UTC),
    )
    assert not {t for t in _triples(claims) if t[2] == "exit"}


def test_a_player_back_as_a_substitute_has_not_moved(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Harry Kane to stay at Tottenham",
        "Harry Kane has announced he will stay at Tottenham this summer. Kane returned to Nuno Espirito "
        "Santo's side as a substitute at Wolves on Sunday.",
        published=datetime(2021, 8, 25, tzinfo=UTC),
    )
    assert ("Harry Kane", "Wolverhampton Wanderers", "done") not in _triples(claims)


def test_a_club_that_broke_their_transfer_record_to_sign_a_man_has_signed_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City sign Aymeric Laporte",
        "Pep Guardiola's side broke their transfer record on Tuesday to sign French defender Aymeric Laporte "
        "from Athletic Bilbao for £57m.",
        published=datetime(2018, 1, 31, tzinfo=UTC),
    )
    assert ("Aymeric Laporte", "Manchester City", "done") in _triples(claims)


def test_a_list_of_moves_pairs_each_man_with_his_own_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea's summer: assessing the window",
        "Kai Havertz crossed London to join Arsenal for £65m, Mason Mount moved to Manchester United and "
        "Mateo Kovacic joined treble winners Manchester City. Kalidou Koulibaly signed for Al-Hilal, N'Golo "
        "Kante joined Al-Ittihad at the end of his contract and goalkeeper Edouard Mendy left for Al-Ahli.",
        published=datetime(2023, 9, 3, tzinfo=UTC),
    )
    pairs = {(c.person, c.club) for c in claims}
    assert ("Mason Mount", "Manchester City") not in pairs
    assert ("Mateo Kovačić", "Manchester United") not in pairs
    assert ("Édouard Mendy", "Al-Ittihad") not in pairs
    assert ("Mateo Kovačić", "Manchester City") in pairs


def test_a_heart_set_on_another_club_ends_a_rivals_agreed_fee(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona's summer of levers",
        "Raphinha joined from Leeds for around €58m. Chelsea had agreed a fee with Leeds for the Brazilian, "
        "but the winger had his heart set on the Camp Nou.",
        published=datetime(2022, 9, 3, tzinfo=UTC),
    )
    assert ("Raphinha", "Chelsea", "off") in _triples(claims)


def test_when_a_named_man_is_appointed_elsewhere_his_clause_is_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "How the Premier League's managerial merry-go-round settled",
        "Burnley, relegated alongside Luton and Sheffield United, also lost their manager when Vincent "
        "Kompany was appointed by Bayern Munich, a move that raised eyebrows in Germany.",
        published=datetime(2024, 7, 5, tzinfo=UTC),
    )
    pairs = {(c.person, c.club) for c in claims}
    assert ("Vincent Kompany", "Luton Town") not in pairs
    assert ("Vincent Kompany", "Sheffield United") not in pairs


def test_and_on_saturday_night_opens_the_next_event(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Klopp, Xavi and Mourinho: the week that shook Europe's dugouts",
        "On Friday Jurgen Klopp stunned Liverpool by announcing that he will step down at the end of the "
        "season, and on Saturday night Xavi said he would leave Barcelona in June.",
        published=datetime(2024, 1, 28, tzinfo=UTC),
    )
    pairs = {(c.person, c.club) for c in claims}
    assert ("Jürgen Klopp", "Barcelona") not in pairs
    assert ("Xavi Hernández", "Liverpool") not in pairs


def test_a_defeat_that_left_a_side_points_behind_is_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Xavi to leave Barcelona",
        "Xavi's announcement came after a 5-3 home defeat by Villarreal left the Spanish champions 10 points "
        "behind leaders Real Madrid.",
        published=datetime(2024, 1, 28, tzinfo=UTC),
    )
    assert ("Xavi Hernández", "Villarreal", "exit") not in _triples(claims)


def test_installed_as_the_early_favourite_is_no_appointment(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Klopp to step down",
        "The succession race at Anfield has already begun, with Xabi Alonso installed as the early "
        "favourite.",
        published=datetime(2024, 1, 28, tzinfo=UTC),
    )
    assert not {t for t in _triples(claims) if t[0] == "Xabi Alonso" and t[2] == "done"}


def test_the_club_his_spells_place_him_at_is_no_rival_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "BVB give in: agreement with Barcelona over Dembele",
        "The tug-of-war is over. Borussia Dortmund and FC Barcelona have reached an agreement on the "
        "transfer of Ousmane Dembele, the Bundesliga club announced on Friday afternoon. Barça had seen "
        "earlier proposals turned down by the Westphalians, who refused to sell below their valuation.",
        published=datetime(2017, 8, 25, tzinfo=UTC),
    )
    assert ("Ousmane Dembélé", "Barcelona", "agreed") in _triples(claims)


def test_a_bid_for_the_scudetto_is_no_offer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter beat Milan in the derby",
        "The Rossoneri's bid for the Scudetto is far from over, but San Siro saw a clear shift of power on "
        "Sunday. Zinedine Zidane's bid to get back into the title race ends in a cold lunchtime at home.",
        published=datetime(2021, 2, 21, tzinfo=UTC),
    )
    assert not {t for t in _triples(claims) if t[2] == "bid"}


def test_a_move_to_a_more_aggressive_press_is_no_transfer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "The derby is Nerazzurro: Lautaro and Lukaku sink Milan, Inter go four points clear",
        "Stefano Pioli's side never managed to respond. Antonio Conte's move to a more aggressive press in "
        "midfield worked from the first whistle. The Rossoneri's bid for the Scudetto is far from over.",
        published=datetime(2021, 2, 21, tzinfo=UTC),
    )
    assert not claims


def test_a_club_unable_to_register_a_new_contract_has_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona report record loss of 481 million euros",
        "The club were unable to register a new contract for Lionel Messi in August.",
        published=datetime(2021, 10, 5, tzinfo=UTC),
    )
    assert ("Lionel Messi", "Barcelona", "stay") not in _triples(claims)


def test_approaches_turned_down_by_the_seller_leave_the_bid_standing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool reject latest Barcelona bid for Philippe Coutinho",
        "The Catalan giants' latest bid is understood to be worth more than £110m including add-ons, "
        "after two earlier approaches were turned down this summer.",
        published=datetime(2017, 8, 28, tzinfo=UTC),
    )
    assert ("Philippe Coutinho", "Barcelona", "bid") in _triples(claims)


def test_a_package_turned_down_is_a_rejected_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Philippe Coutinho hands in transfer request after Liverpool reject £90m Barcelona offer",
        "The Brazilian emailed his request to the club on Friday afternoon, hours after Barcelona's second "
        "attempt to prise him away from Merseyside - a package worth around £90m including add-ons - was "
        "turned down.",
        published=datetime(2017, 8, 11, tzinfo=UTC),
    )
    assert ("Philippe Coutinho", "Barcelona", "bid") in _triples(claims)


def test_a_club_official_who_knocks_back_an_approach_ends_no_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kevin De Bruyne set for £55m Manchester City move after Wolfsburg relent",
        "Wolfsburg have accepted an offer worth around £55m from Manchester City for Kevin De Bruyne. "
        "The Bundesliga club had repeatedly insisted their player of the season was not for sale, and "
        "sporting director Klaus Allofs knocked back City's opening approach earlier this month.",
        published=datetime(2015, 8, 29, tzinfo=UTC),
    )
    assert ("Kevin De Bruyne", "Manchester City", "agreed") in _triples(claims)


def test_given_names_before_a_known_surname_are_the_same_man(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man United step up interest in RB Salzburg striker Erling Braut Haaland",
        "Manchester United have stepped up their interest in Red Bull Salzburg's teenage striker "
        "Erling Braut Haaland after another eye-catching display in the Champions League.",
        published=datetime(2019, 10, 25, tzinfo=UTC),
    )
    assert {c.person for c in claims} == {"Erling Haaland"}


def test_a_club_chosen_ahead_of_another_ends_the_other(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Erling Haaland joins Borussia Dortmund from Red Bull Salzburg",
        "The 19-year-old Norwegian, who scored eight goals in six Champions League group games this season, "
        "chose BVB ahead of Manchester United, where his former Molde coach Ole Gunnar Solskjaer had been "
        "keen to sign him.",
        published=datetime(2019, 12, 29, tzinfo=UTC),
    )
    assert ("Erling Haaland", "Manchester United", "off") in _triples(claims)


def test_a_signing_who_joins_up_with_the_squad_has_moved(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Erling Haaland joins Borussia Dortmund from Red Bull Salzburg",
        "Borussia Dortmund have signed Erling Haaland from Red Bull Salzburg on a contract until 2024. "
        "Haaland will join up with the squad at their winter training camp in Marbella next week.",
        published=datetime(2019, 12, 29, tzinfo=UTC),
    )
    assert ("Erling Haaland", "Borussia Dortmund", "done") in _triples(claims)


def test_a_club_that_released_a_man_as_a_boy_is_his_past(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea keep tabs on Declan Rice but Hammers insist he is not for sale",
        "Frank Lampard remains a keen admirer of Declan Rice and Chelsea are monitoring the West Ham "
        "midfielder. The Hammers value the England international at more than £80m, and David Moyes has "
        "insisted the 21-year-old, who was released by the Blues' academy at 14, is going nowhere.",
        published=datetime(2020, 9, 9, tzinfo=UTC),
    )
    assert _triples(claims) == {("Declan Rice", "Chelsea", "interest")}


def test_a_club_chosen_ahead_of_their_rivals_is_not_the_one_turned_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arsenal hijack Tottenham's move for Eberechi Eze",
        "Arsenal have agreed a deal worth £67.5m with Crystal Palace for Eberechi Eze, who has chosen to "
        "join them ahead of their north London rivals. The Englishman, who was released by the Gunners' "
        "academy at the age of 13, had been expected to join Spurs, who were in talks with Palace.",
        published=datetime(2025, 8, 20, tzinfo=UTC),
    )
    assert ("Eberechi Eze", "Arsenal", "agreed") in _triples(claims)


def test_a_priority_for_a_club_is_its_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spain 4-1 Georgia: La Roja come from behind to set up Germany quarter-final",
        "Olmo's performances off the bench have done his market value no harm. The RB Leipzig midfielder, "
        "who left Barcelona's academy for Dinamo Zagreb as a teenager, has a release clause of around 60 "
        "million euros and is a priority for Barcelona, with Manchester City also keen.",
        published=datetime(2024, 6, 30, tzinfo=UTC),
    )
    assert ("Dani Olmo", "Barcelona", "interest") in _triples(claims)


def test_the_club_of_an_arrangement_is_the_partner_not_a_destination(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea sign Kepa for world-record fee as Courtois leaves and Kovacic arrives on loan",
        "As part of the arrangement with Madrid, midfielder Mateo Kovacic joins Maurizio Sarri's side on a "
        "season-long loan.",
        published=datetime(2018, 8, 8, tzinfo=UTC),
    )
    assert ("Mateo Kovačić", "Chelsea", "done") in _triples(claims)
    assert ("Mateo Kovačić", "Real Madrid", "done") not in _triples(claims)


def test_a_headline_where_one_leaves_and_another_arrives_has_two_clauses(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea sign Kepa for world-record fee as Courtois leaves and Kovacic arrives on loan",
        "",
        published=datetime(2018, 8, 8, tzinfo=UTC),
    )
    # (Kovacic "arrives on loan" at the club the headline is about)
    assert _triples(claims) == {
        ("Kepa Arrizabalaga", "Chelsea", "done"),
        ("Thibaut Courtois", "Chelsea", "exit"),
        ("Mateo Kovačić", "Chelsea", "done"),
    }


def test_a_headline_list_of_loans_gives_each_man_his_own_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline-day loans: Chiesa joins Juventus, Torreira heads to Atletico, Kean lands at PSG",
        "",
        published=datetime(2020, 10, 5, tzinfo=UTC),
    )
    clubs = {(c.person, c.club) for c in claims}
    assert ("Moise Kean", "Atletico Madrid") not in clubs
    assert ("Lucas Torreira", "Paris Saint-Germain") not in clubs


def test_a_release_clause_paid_to_the_seller_is_a_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline-day loans: Chiesa joins Juventus, Torreira heads to Atletico, Kean lands at PSG",
        "Arsenal, meanwhile, used the space freed by Torreira's exit on Thomas Partey, paying the Ghana "
        "midfielder's release clause to Atletico.",
        published=datetime(2020, 10, 5, tzinfo=UTC),
    )
    assert ("Thomas Partey", "Arsenal", "done") in _triples(claims)
    assert not any(c.person == "Thomas Partey" and c.club == "Atletico Madrid" for c in claims)


def test_an_option_to_buy_left_unused_ends_the_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern Munich will not take up €120m option on Philippe Coutinho",
        "",
        published=datetime(2020, 4, 23, tzinfo=UTC),
    )
    assert _triples(claims) == {("Philippe Coutinho", "Bayern Munich", "off")}


def test_a_buy_back_option_kept_in_reserve_ends_nothing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid keep Nico Paz buy-back clause in reserve for 2026",
        "Real Madrid have decided not to activate their buy-back option on Nico Paz this summer, but the "
        "club still see the Argentine as part of their future plans.",
        published=datetime(2025, 6, 24, tzinfo=UTC),
    )
    assert ("Nico Paz", "Real Madrid", "off") not in _triples(claims)


def test_a_sale_that_funds_a_move_makes_the_seller_the_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern Munich will not take up €120m option on Philippe Coutinho",
        "The Brazilian will return to Barcelona at the end of his season-long loan, and the Catalan club "
        "are hoping to sell him to help fund a move for Inter forward Lautaro Martinez.",
        published=datetime(2020, 4, 23, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Lautaro Martínez", "Barcelona", "interest") in triples
    assert ("Philippe Coutinho", "Barcelona", "exit") in triples
    assert not any(c.person == "Lautaro Martínez" and c.club == "Bayern Munich" for c in claims)


def test_a_loan_spell_club_may_sign_the_man_for_good(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Coutinho stays in the Midlands",
        "Aston Villa have completed the permanent signing of Philippe Coutinho from Barcelona after the "
        "Brazilian's impressive loan spell at Villa Park.",
        published=datetime(2022, 5, 12, tzinfo=UTC),
    )
    assert ("Philippe Coutinho", "Aston Villa", "done") in _triples(claims)


def test_a_bidder_named_after_a_long_offer_is_not_whose_captain_he_is(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs knock back second Bayern offer for Harry Kane",
        "Tottenham have rejected an improved bid of around €80m plus add-ons from Bayern Munich for their "
        "captain.",
        published=datetime(2023, 7, 12, tzinfo=UTC),
    )
    assert ("Harry Kane", "Bayern Munich", "bid") in _triples(claims)


def test_a_club_prepared_to_make_a_man_its_most_expensive_signing_wants_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tuesday's gossip: Haaland, Sancho, Odegaard, Neymar",
        "Chelsea are prepared to make Borussia Dortmund striker Erling Haaland, 20, the most expensive "
        "signing in the club's history this summer. (Express)",
        published=datetime(2021, 3, 16, tzinfo=UTC),
    )
    assert ("Erling Haaland", "Chelsea", "interest") in _triples(claims)


def test_a_manager_leaving_out_a_player_is_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Guardiola: 'We have to be ourselves' as City prepare for Champions League final against Inter",
        "City lost the 2021 final 1-0 to Chelsea in Porto, a night on which Guardiola was criticised for "
        "leaving out a holding midfielder.",
        published=datetime(2023, 6, 9, tzinfo=UTC),
    )
    assert claims == []


def test_a_coach_who_has_spoken_with_every_player_he_left_out_makes_no_approach(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Thomas Tuchel names first England squad: Lewis-Skelly and Burn called up, Rashford recalled",
        "Marcus Rashford, on loan at Aston Villa from Manchester United, returns after more than a year out "
        "of the international picture. The German said he had spoken with every player he left out and "
        "that the door remained open for all of them.",
        published=datetime(2025, 3, 14, tzinfo=UTC),
    )
    assert claims == []


def test_a_coach_who_left_the_team_hotel_has_not_left_the_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Augsburg coach Heiko Herrlich to miss Bundesliga restart after quarantine breach",
        "Augsburg coach Heiko Herrlich will not be on the bench for Saturday's game against Wolfsburg after "
        "admitting he left the team hotel during the mandatory quarantine to buy toothpaste and skin cream.",
        published=datetime(2020, 5, 14, tzinfo=UTC),
    )
    assert claims == []


def test_a_wish_to_leave_given_up_after_a_stay_does_not_undo_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lionel Messi: 'I will stay at Barcelona, I would never go to court against the club I love'",
        "Lionel Messi has confirmed that he will remain at Barcelona for the final year of his contract, "
        "ending Manchester City's hopes of reuniting him with Pep Guardiola. The Argentine said he still "
        "wanted to leave but would not take the club to court to force his exit.",
        published=datetime(2020, 9, 4, tzinfo=UTC),
    )
    assert ("Lionel Messi", "Barcelona", "stay") in _triples(claims)


def test_a_sale_that_funds_a_move_splits_with_no_other_clause_word(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona plan",
        "Barcelona are hoping to sell Philippe Coutinho to fund a move for Inter forward Lautaro Martinez.",
        published=datetime(2020, 4, 23, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Philippe Coutinho", "Barcelona", "exit"),
        ("Lautaro Martínez", "Barcelona", "interest"),
    }


def test_a_man_named_a_clubs_interim_boss_in_a_headline_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Guus Hiddink named Chelsea interim boss until end of season",
        "Chelsea have confirmed Guus Hiddink as interim manager until the end of the campaign.",
        published=datetime(2015, 12, 19, tzinfo=UTC),
    )
    assert ("Guus Hiddink", "Chelsea", "done") in _triples(claims)


def test_a_managers_bid_to_lead_his_side_to_a_trophy_is_no_offer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Havertz strike hands Chelsea second Champions League crown",
        "Kai Havertz scored his first Champions League goal as Chelsea beat Manchester City 1-0 in Porto to "
        "win Europe's elite club competition for the second time.\n\nThe Germany forward rounded Ederson "
        "before half-time, ending Pep Guardiola's bid to lead City to a first European Cup.",
        published=datetime(2021, 5, 29, tzinfo=UTC),
    )
    assert claims == []


def test_the_yorkshire_club_is_the_yorkshire_club_named_before(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Raphinha deal done: Barça reach agreement with Leeds",
        "Barcelona have finally reached an agreement with Leeds United for Raphinha.\n\nThe Brazilian, who "
        "rejected Chelsea even after the Blues had agreed a fee with the Yorkshire club, will fly to "
        "Barcelona in the coming days to pass his medical.",
        published=datetime(2022, 7, 13, tzinfo=UTC),
    )
    assert _triples(claims) == {("Raphinha", "Barcelona", "agreed"), ("Raphinha", "Chelsea", "off")}


def test_a_clubs_second_pursuit_after_and_had_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Arne Slot rules himself out of Tottenham job",
        "Spurs have been without a permanent boss since Antonio Conte left in March. They also made an "
        "approach to Brighton's Roberto De Zerbi, according to Spanish football expert Guillem Balague, "
        "and had looked at Vincent Kompany before the Belgian signed a new contract at Burnley.",
        published=datetime(2023, 5, 25, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Roberto De Zerbi", "Tottenham Hotspur", "approach") in triples
    assert ("Vincent Kompany", "Tottenham Hotspur", "approach") not in triples


def test_a_consequence_after_meaning_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United reach agreement with Ralf Rangnick to become interim manager",
        "The 63-year-old must first be released from his position as head of sport and development at "
        "Lokomotiv Moscow and secure a work visa, meaning Michael Carrick will remain in caretaker charge "
        "for Sunday's trip to Chelsea.",
        published=datetime(2021, 11, 26, tzinfo=UTC),
    )
    assert not any(c.person == "Michael Carrick" and c.club == "Lokomotiv Moscow" for c in claims)


def test_a_coachs_approach_built_on_control_is_his_way_of_playing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "How Arne Slot turned Ryan Gravenberch into Liverpool's answer at No 6",
        "Under Arne Slot, Ryan Gravenberch has moved from the periphery to the base of a double pivot.\n\n"
        "Slot's approach is built on control: Liverpool target the half-spaces, circulate patiently and "
        "counter-press the moment they lose the ball.",
        published=datetime(2024, 10, 10, tzinfo=UTC),
    )
    assert claims == []


def test_a_move_up_the_table_is_no_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cristiano Ronaldo reaches 700 club goals as Manchester United come from behind at Everton",
        "Ronaldo, sent on in the first half after Anthony Martial limped off, then latched on to Casemiro's "
        "pass and finished low past Jordan Pickford before the break to move Erik ten Hag's side to within "
        "a point of the top four.",
        published=datetime(2022, 10, 9, tzinfo=UTC),
    )
    assert claims == []


def test_a_manager_turned_down_stands_for_his_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Jorginho joins Chelsea from Napoli",
        "Manchester City had spent much of the summer in talks with the Serie A side over the 26-year-old, "
        "but the Italy midfielder turned Pep Guardiola down to follow his old boss to Stamford Bridge.",
        published=datetime(2018, 7, 14, tzinfo=UTC),
    )
    assert ("Jorginho", "Manchester City", "off") in _triples(claims)
    assert not any(c.person == "Pep Guardiola" for c in claims)
    (snub,) = [
        c
        for c in _claims(
            extractor,
            "Jorginho snubs Pep Guardiola to join Chelsea",
            published=datetime(2018, 7, 14, tzinfo=UTC),
        )
        if c.club == "Manchester City"
    ]
    assert snub.person == "Jorginho" and snub.stage is Stage.OFF


def test_the_club_that_sells_the_chosen_man_is_no_suitor_he_turned_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Frenkie de Jong picks Barcelona over PSG as Ajax agree €75m deal",
        published=datetime(2019, 1, 23, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Frenkie de Jong", "Barcelona", "agreed"),
        ("Frenkie de Jong", "Paris Saint-Germain", "off"),
    }


def test_a_speaker_is_not_the_man_his_condition_names(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Zidane on Bale: 'We hope he leaves very soon'",
        "Zinedine Zidane has said it would be best for all parties if Gareth Bale left Real Madrid "
        "imminently, after the Welshman sat out the pre-season defeat by Bayern Munich in Houston.",
        published=datetime(2019, 7, 21, tzinfo=UTC),
    )
    assert not any(c.person == "Zinedine Zidane" for c in claims)


def test_a_mans_explosive_interview_is_one_he_gave(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Cristiano Ronaldo to leave Manchester United with immediate effect",
        "It follows the 37-year-old Portugal forward's explosive interview with Piers Morgan, in which he "
        "said he felt betrayed by the club and had no respect for manager Erik ten Hag.",
        published=datetime(2022, 11, 22, tzinfo=UTC),
    )
    assert _triples(claims) == {("Cristiano Ronaldo", "Manchester United", "exit")}


def test_a_man_saying_no_to_an_approach_ends_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Allegri back at Juventus as Pirlo pays the price",
        "Juventus have dismissed Andrea Pirlo and brought back Massimiliano Allegri, who has signed a "
        "four-year deal.\n\nThe 53-year-old had said no to an approach from Real Madrid earlier this week in "
        "order to lead the Bianconeri once again.",
        published=datetime(2021, 5, 28, tzinfo=UTC),
    )
    assert ("Massimiliano Allegri", "Real Madrid", "off") in _triples(claims)


def test_a_successor_lined_up_in_a_sacking_headline_is_not_sacked(extractor: Extractor) -> None:
    for title, successor in (
        ("Marcelo Bielsa sacked by Leeds United with Jesse Marsch lined up", "Jesse Marsch"),
        ("Manchester United sack Louis van Gaal with José Mourinho waiting in the wings", "José Mourinho"),
    ):
        claims = _claims(extractor, title, published=datetime(2022, 2, 27, tzinfo=UTC))
        assert not any(c.person == successor and c.stage is Stage.EXIT for c in claims), title
        assert {c.stage for c in claims if c.person != successor} == {Stage.EXIT}, title


def test_rights_of_which_part_remain_with_a_club_are_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mourinho set for Manchester United",
        "José Mourinho is expected to succeed Louis van Gaal, but his representatives are still negotiating "
        "a three-year contract with Manchester United, with the question of his image rights, part of which "
        "remain with Chelsea, yet to be resolved.",
        published=datetime(2016, 5, 23, tzinfo=UTC),
    )
    assert not any(c.club == "Chelsea" and c.stage is Stage.STAY for c in claims)


def test_the_chance_to_stay_at_home_is_no_stay_at_his_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tchouameni chooses Real Madrid: agreement with Monaco for €80m plus variables",
        "The French midfielder rejected Paris Saint-Germain, who had offered more money and the chance to "
        "stay at home, and had also turned down Liverpool.",
        published=datetime(2022, 6, 8, tzinfo=UTC),
    )
    assert not any(c.stage is Stage.STAY for c in claims)
    assert ("Aurélien Tchouaméni", "Paris Saint-Germain", "off") in _triples(claims)


def test_a_headlines_list_of_deadline_deals_gives_each_man_his_club(extractor: Extractor) -> None:
    when = datetime(2016, 8, 31, tzinfo=UTC)
    claims = _claims(
        extractor, "Deadline day: Moussa Sissoko joins Spurs, David Luiz back at Chelsea", published=when
    )
    assert _triples(claims) == {("Moussa Sissoko", "Tottenham Hotspur", "done")}
    claims = _claims(
        extractor,
        "Transfer deadline day: Sakho heads to Palace as Burnley break record for Brady",
        published=datetime(2017, 1, 31, tzinfo=UTC),
    )
    assert {(c.person, c.club) for c in claims} == {("Mamadou Sakho", "Crystal Palace")}


def test_the_fee_paid_to_bring_him_home_tells_the_signings_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day latest",
        "David Luiz has signed a three-year deal, with Chelsea paying around £32m to bring him home.",
        published=datetime(2016, 8, 31, tzinfo=UTC),
    )
    assert _triples(claims) == {("David Luiz", "Chelsea", "done")}


def test_a_sentence_opening_at_a_club_is_about_that_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Transfer deadline day round-up",
        "Burnley smashed their transfer record to bring in Robbie Brady from Norwich. At West Ham, Slaven "
        "Bilic got his man too: Robert Snodgrass arrived from Hull for £10.2m.",
        published=datetime(2017, 1, 31, tzinfo=UTC),
    )
    assert ("Robert Snodgrass", "West Ham United", "done") in _triples(claims)
    assert not any(c.person == "Robert Snodgrass" and c.club == "Burnley" for c in claims)


def test_a_headlines_list_ends_on_a_clubs_own_story(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Transfer deadline: Kepa, Courtois and Everton's late swoop",
        "Chelsea have made Kepa Arrizabalaga the most expensive goalkeeper in the world, paying Athletic "
        "Bilbao his £71.6m release clause, as Thibaut Courtois completed his move to Real Madrid.",
        published=datetime(2018, 8, 9, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Kepa Arrizabalaga", "Chelsea", "done"),
        ("Thibaut Courtois", "Real Madrid", "done"),
    }


def test_a_headlines_list_of_men_each_with_his_own_verb(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day review: David Luiz returns to Chelsea and Sissoko snubs Everton for Spurs",
        "Chelsea produced the surprise of the final day by bringing David Luiz back to Stamford Bridge two "
        "years after selling him to Paris Saint-Germain.\n\nNewcastle had accepted a £30m offer from Everton "
        "for Moussa Sissoko. Tottenham matched the fee, and Everton withdrew their offer.",
        published=datetime(2016, 9, 1, tzinfo=UTC),
    )
    assert not any(c.person == "David Luiz" and c.stage is Stage.OFF for c in claims)
    assert not any(c.person == "Moussa Sissoko" and c.club == "Chelsea" for c in claims)


def test_a_turn_of_events_after_only_for_ends_the_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day",
        "Arsenal had agreed a club-record fee of around £92m with Monaco for the winger Thomas Lemar, only "
        "for the 21-year-old to turn the move down and stay at the Stade Louis II.",
        published=datetime(2017, 9, 1, tzinfo=UTC),
    )
    assert ("Thomas Lemar", "Arsenal", "off") in _triples(claims)


def test_a_man_who_was_a_child_in_the_items_year_is_not_named_in_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barça agree deal with Bayern for Arturo Vidal",
        "Willian remains the preferred option, even though Chelsea rejected the club's last offer, worth "
        "around €65m, and Maurizio Sarri has made clear he wants to keep the Brazilian.",
        published=datetime(2018, 8, 3, tzinfo=UTC),
    )
    assert not any(c.person == "Estêvão" for c in claims)  # (Estêvão Willian, born 2007)


def test_the_club_approached_about_a_loan_for_its_man_is_the_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man Utd complete Odion Ighalo loan after Bournemouth block Josh King move",
        "The Nigerian was not Ole Gunnar Solskjaer's first choice. United had approached Bournemouth about a "
        "loan for Josh King earlier in the week but were rebuffed by Eddie Howe.",
        published=datetime(2020, 2, 1, tzinfo=UTC),
    )
    assert not any(c.person == "Josh King" and c.club == "Bournemouth" for c in claims)
    assert ("Josh King", "Manchester United", "approach") in _triples(claims)


def test_a_joining_date_after_a_signed_contract_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Szoboszlai swaps Salzburg for RB Leipzig",
        "RB Leipzig have signed Dominik Szoboszlai from sister club Red Bull Salzburg. The 20-year-old will "
        "join the Bundesliga side on 1 January and has signed a contract until 2025.",
        published=datetime(2020, 12, 21, tzinfo=UTC),
    )
    assert ("Dominik Szoboszlai", "RB Leipzig", "done") in _triples(claims)


def test_talks_that_could_not_reach_an_agreement_are_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Victor Osimhen joins Galatasaray on loan",
        "Napoli striker Victor Osimhen has joined Galatasaray on a season-long loan. Chelsea also held talks "
        "over a loan for the 25-year-old on Friday, but could not reach an agreement before the deadline.",
        published=datetime(2024, 9, 3, tzinfo=UTC),
    )
    assert ("Victor Osimhen", "Chelsea", "off") in _triples(claims)


def test_a_club_that_wanted_to_sign_him_holds_back_no_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "West Ham sign Todibo on loan",
        "West Ham have signed France defender Jean-Clair Todibo from Nice on a season-long loan. Manchester "
        "United wanted to sign him earlier in the summer but were blocked by Uefa's multi-club rules.",
        published=datetime(2024, 8, 10, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Jean-Clair Todibo", "West Ham United", "done") in triples
    assert ("Jean-Clair Todibo", "Manchester United", "interest") in triples


def test_turning_clubs_down_to_move_elsewhere_holds_back_no_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Erling Braut Haaland: Borussia Dortmund sign Red Bull Salzburg striker",
        "Borussia Dortmund have signed Red Bull Salzburg striker Erling Braut Haaland on a contract "
        "until June 2024. Haaland turned down Manchester United, managed by his former Molde boss Ole Gunnar "
        "Solskjaer, and Juventus to move to the Bundesliga.",
        published=datetime(2019, 12, 29, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Erling Haaland", "Borussia Dortmund", "done") in triples
    assert ("Erling Haaland", "Juventus", "off") in triples


def test_ending_years_at_a_club_is_his_own_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Wayne Rooney goes home to Everton",
        "Wayne Rooney has completed his return to boyhood club Everton on a two-year contract, ending 13 "
        "years at Old Trafford.",
        published=datetime(2017, 7, 9, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Wayne Rooney", "Everton", "done") in triples
    assert ("Wayne Rooney", "Manchester United", "done") not in triples


def test_breaking_a_record_to_sign_him_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ziyech loan move to PSG collapses after paperwork blunder",
        "Chelsea ended the window by breaking the British transfer record to sign Argentina midfielder Enzo "
        "Fernandez from Benfica for 106.8 million pounds.",
        published=datetime(2023, 2, 1, tzinfo=UTC),
    )
    assert ("Enzo Fernández", "Chelsea", "done") in _triples(claims)


def test_the_club_that_gazumps_another_keeps_its_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea gazump Manchester United in race for Barcelona's Pedro",
        "Chelsea have agreed a fee of around £21.4m with Barcelona for Pedro.",
        published=datetime(2015, 8, 20, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Pedro", "Chelsea", "agreed") in triples
    assert ("Pedro", "Manchester United", "off") in triples


def test_a_contract_agreed_at_a_club_with_its_terms_between(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Monday's gossip: Kane, Messi, Lukaku",
        "Lionel Messi has agreed a two-year contract, with the option of a third, at Paris St-Germain "
        "following his tearful Barcelona farewell. (L'Equipe)",
        published=datetime(2021, 8, 9, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Lionel Messi", "Paris Saint-Germain", "agreed") in triples
    assert not any(club == "Barcelona" and stage == "agreed" for _p, club, stage in triples)


def test_a_successor_confirmed_after_a_sacking_is_not_sacked(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Paper Talk: Mourinho, Ibrahimovic, Lukaku, Vardy",
        "Louis van Gaal was sacked by Manchester United on Monday and Jose Mourinho will be confirmed as his "
        "successor within days, reports the Daily Mirror.",
        published=datetime(2016, 5, 23, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Louis van Gaal", "Manchester United", "exit") in triples
    assert ("José Mourinho", "Manchester United", "exit") not in triples


def test_a_new_coach_announced_after_a_sacking_headline(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official: Juventus sack Sarri, Pirlo new coach",
        "The Bianconeri moved quickly and announced Andrea Pirlo as the new first-team Coach on a two-year "
        "contract.",
        published=datetime(2020, 8, 8, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Maurizio Sarri", "Juventus", "exit") in triples
    assert ("Andrea Pirlo", "Juventus", "done") in triples


def test_left_a_club_on_loan_to_another_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day round-up: Arsenal land Thomas Partey",
        "Lucas Torreira went the other way, joining Atletico on a season-long loan, while Matteo "
        "Guendouzi has also left the Emirates on loan to Hertha Berlin.",
        published=datetime(2020, 10, 6, tzinfo=UTC),
    )
    assert ("Mattéo Guendouzi", "Hertha Berlin", "done") in _triples(claims)


def test_a_candidate_named_along_with_another_is_no_admirer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Graham Potter: Chelsea sack head coach after less than seven months in charge",
        "Chelsea have sacked head coach Graham Potter. Former Barcelona boss Luis Enrique and "
        "ex-Bayern Munich coach Julian Nagelsmann are both under consideration for the permanent role, "
        "along with Mauricio Pochettino.",
        published=datetime(2023, 4, 2, tzinfo=UTC),
    )
    assert ("Julian Nagelsmann", "Chelsea", "interest") in _triples(claims)
    assert ("Mauricio Pochettino", "Chelsea", "interest") in _triples(claims)


def test_a_club_pushing_to_sign_a_man_is_interested(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Monday's gossip: Toney, Araujo, Todibo, Phillips",
        "Bayern Munich are pushing to sign Barcelona's Uruguay defender Ronald Araujo, 24, before the end "
        "of the January window. (Sport)",
        published=datetime(2024, 1, 8, tzinfo=UTC),
    )
    assert ("Ronald Araújo", "Bayern Munich", "interest") in _triples(claims)
    claims = _claims(extractor, "Real Madrid are trying to sign Paul Pogba", "")
    assert ("Paul Pogba", "Real Madrid", "interest") in _triples(claims)


def test_a_swap_told_in_a_sentence_of_its_own_goes_to_the_club_left(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official: João Neves joins PSG from Benfica",
        "Paris Saint-Germain have officially signed João Neves from Benfica on a five-year contract. "
        "Renato Sanches moves in the opposite direction on a season-long loan.",
        published=datetime(2024, 8, 5, tzinfo=UTC),
    )
    assert ("Renato Sanches", "Benfica", "done") in _triples(claims)
    claims = _claims(
        extractor,
        "Deadline day: Sancho joins Chelsea as Sterling closes on Arsenal loan",
        "Jadon Sancho has completed a loan move from Manchester United to Chelsea. Raheem Sterling is "
        "heading the other way across London after Arsenal agreed a season-long loan with Chelsea.",
        published=datetime(2024, 8, 30, tzinfo=UTC),
    )
    assert ("Raheem Sterling", "Manchester United", "done") not in _triples(claims)


def test_a_man_who_would_prefer_to_join_a_club_takes_no_step(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mathys Tel rejects Tottenham move after Spurs agree fee with Bayern Munich",
        "The 19-year-old wants to leave Bayern before Monday's deadline, but would prefer to join Manchester "
        "United, who have been in contact with the German club about a loan.",
        published=datetime(2025, 1, 30, tzinfo=UTC),
    )
    assert ("Mathys Tel", "Manchester United", "approach") in _triples(claims)


def test_an_offer_a_man_would_be_honoured_to_accept_is_not_accepted(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Brighton reject second Arsenal bid for Moises Caicedo as midfielder pushes for exit",
        "Brighton have turned down a second offer from Arsenal for Moises Caicedo. The Ecuador international "
        "published a statement on Sunday asking to be allowed to leave and saying he would be honoured to "
        "accept a record-breaking offer.",
        published=datetime(2023, 1, 30, tzinfo=UTC),
    )
    assert ("Moisés Caicedo", "Arsenal", "bid") in _triples(claims)


def test_a_man_who_is_their_new_coach_is_appointed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Xabi Alonso, new Real Madrid coach until 2028",
        "Real Madrid confirmed on Sunday that Xabi Alonso is their new coach.",
        published=datetime(2025, 5, 25, tzinfo=UTC),
    )
    assert ("Xabi Alonso", "Real Madrid", "done") in _triples(claims)
    claims = _claims(
        extractor,
        "Xabi Alonso, new Real Madrid coach: only the signature is missing",
        "",
        published=datetime(2025, 5, 25, tzinfo=UTC),
    )
    assert ("Xabi Alonso", "Real Madrid", "agreed") in _triples(claims)


def test_a_man_already_a_club_player_has_joined_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Benzema signs for Al-Ittihad until 2026",
        "Karim Benzema is already an Al-Ittihad player. The Jeddah club announced on Tuesday that the "
        "French striker has signed a three-year contract, two days after Real Madrid confirmed his "
        "departure.",
        published=datetime(2023, 6, 6, tzinfo=UTC),
    )
    assert ("Karim Benzema", "Al-Ittihad", "done") in _triples(claims)


def test_a_return_on_a_season_long_loan_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Official: João Neves leaves Benfica for PSG",
        "As part of the operation, Renato Sanches returns to the Estádio da Luz on a season-long loan from "
        "the French champions.",
        published=datetime(2024, 8, 5, tzinfo=UTC),
    )
    assert ("Renato Sanches", "Benfica", "done") in _triples(claims)


def test_a_five_nil_rout_headline_is_match_coverage(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayer Leverkusen crowned Bundesliga champions for first time after 5-0 rout of Werder Bremen",
        "Bayer Leverkusen won the first Bundesliga title in their history as Florian Wirtz scored a "
        "hat-trick in a 5-0 victory over Werder Bremen at the BayArena. "
        "Victor Boniface opened the scoring from the penalty spot and Granit Xhaka added a stunning second "
        "before Florian Wirtz took over, ending Bayern Munich's run of 11 consecutive titles.",
        published=datetime(2024, 4, 14, tzinfo=UTC),
    )
    assert claims == []


def test_a_second_man_joining_in_a_separate_deal_moves_at_the_deals_stage(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ruben Dias: Manchester City sign Benfica defender as Nicolas Otamendi moves to Portugal",
        "Manchester City have signed Portugal defender Ruben Dias from Benfica for £65m, with Nicolas "
        "Otamendi joining the Portuguese club in a separate deal worth £13.7m.",
        published=datetime(2020, 9, 29, tzinfo=UTC),
    )
    assert ("Nicolás Otamendi", "Benfica", "done") in _triples(claims)


def test_the_man_named_in_p_swap_is_not_a_second_signing(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Alexis Sanchez joins Manchester United from Arsenal in Henrikh Mkhitaryan swap",
        published=datetime(2018, 1, 22, tzinfo=UTC),
    )
    assert _triples(claims) == {("Alexis Sánchez", "Manchester United", "done")}


def test_an_option_left_unused_is_off_though_the_loan_is_told_too(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern decide against €70m option for Joao Cancelo",
        "Bayern Munich will not exercise their €70m option to buy Joao Cancelo, and the Portugal full-back "
        "will return to Manchester City when his loan expires. The 29-year-old joined the German champions "
        "in January after falling out with Pep Guardiola, but struggled to hold down a regular place.",
        published=datetime(2023, 6, 1, tzinfo=UTC),
    )
    assert ("João Cancelo", "Bayern Munich", "off") in _triples(claims)


def test_a_selling_club_turning_down_an_attempt_to_sign_him_is_a_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Neymar to stay at PSG",
        "Neymar will remain at Paris Saint-Germain this season after the French champions turned down "
        "Barcelona's last attempt to bring the Brazilian back to the Camp Nou.",
        published=datetime(2019, 9, 2, tzinfo=UTC),
    )
    assert ("Neymar", "Barcelona", "bid") in _triples(claims)


def test_makeweights_go_to_the_selling_club_not_the_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG reject Barcelona proposal for Neymar",
        "Paris Saint-Germain have turned down a new offer from Barcelona for Neymar worth around €100m in "
        "cash plus Ivan Rakitic and Jean-Clair Todibo.",
        published=datetime(2019, 8, 28, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Neymar", "Barcelona", "bid"),
        ("Ivan Rakitić", "Paris Saint-Germain", "bid"),
        ("Jean-Clair Todibo", "Paris Saint-Germain", "bid"),
    }
    # the money's own terms name nobody: "€60m plus add-ons, David Neres joined Napoli"
    claims = _claims(
        extractor,
        "Benfica's summer",
        "João Neves was sold to Paris Saint-Germain for €60m plus add-ons, David Neres joined Napoli, and "
        "Rafa Silva left for Besiktas.",
        published=datetime(2024, 9, 5, tzinfo=UTC),
    )
    assert ("David Neres", "Napoli", "done") in _triples(claims)


def test_a_described_second_man_going_the_other_way_moves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Joao Cancelo: Manchester City sign Juventus full-back",
        "Manchester City have signed Portugal full-back Joao Cancelo from Juventus in a deal worth £60m, "
        "with Brazil defender Danilo going the other way.",
        published=datetime(2019, 8, 7, tzinfo=UTC),
    )
    assert ("Danilo", "Juventus", "done") in _triples(claims)


def test_a_gapped_move_after_a_city_is_the_same_step(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus and Chelsea discuss Lukaku-Vlahovic swap",
        "Juventus and Chelsea have held talks over a deal that would send Romelu Lukaku to Turin and "
        "Dusan Vlahovic to Stamford Bridge.",
        published=datetime(2023, 8, 1, tzinfo=UTC),
    )
    assert ("Dušan Vlahović", "Chelsea", "talks") in _triples(claims)


def test_a_signing_completed_in_the_text_stays_done_beside_a_medical(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Florian Wirtz joins Liverpool in British record deal as Jarell Quansah heads to Leverkusen",
        "Liverpool have completed the signing of Germany playmaker Florian Wirtz from Bayer Leverkusen in a "
        "deal worth up to £116m. The 22-year-old has signed a long-term contract at Anfield. Leverkusen have "
        "agreed a £35m fee for Liverpool centre-back Jarell Quansah. The 22-year-old is expected to undergo "
        "a medical next week.",
        published=datetime(2025, 6, 20, tzinfo=UTC),
    )
    assert ("Florian Wirtz", "Liverpool", "done") in _triples(claims)


def test_a_choice_over_grounds_ends_those_moves_only(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona beat PSG to Frenkie de Jong in €75m deal with Ajax",
        "Barcelona have reached an agreement with Ajax to sign Frenkie de Jong. In the end, however, the "
        "Dutchman chose Camp Nou over the Parc des Princes and the Etihad, telling those close to him that "
        "Barcelona's style of play suited him best.",
        published=datetime(2019, 1, 23, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Frenkie de Jong", "Barcelona", "agreed"),
        ("Frenkie de Jong", "Paris Saint-Germain", "off"),
        ("Frenkie de Jong", "Manchester City", "off"),
    }


def test_a_condition_inverted_with_should_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United view Gareth Southgate as leading candidate to succeed Erik ten Hag",
        "Gareth Southgate has emerged as a leading candidate to become Manchester United's next manager "
        "should Erik ten Hag be dismissed at the end of the season.",
        published=datetime(2024, 3, 21, tzinfo=UTC),
    )
    assert ("Erik ten Hag", "Manchester United", "interest") not in _triples(claims)
    assert ("Gareth Southgate", "Manchester United", "interest") in _triples(claims)


def test_a_rebuild_continuing_with_a_described_man_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Marseille agree deal for Mason Greenwood",
        "De Zerbi's rebuild at the Stade Vélodrome is expected to continue with Tottenham midfielder "
        "Pierre-Emile Højbjerg. The Ligue 1 club are in talks with Spurs over the Denmark international.",
        published=datetime(2024, 7, 16, tzinfo=UTC),
    )
    assert ("Pierre-Emile Højbjerg", "Marseille", "talks") in _triples(claims)


def test_a_new_role_to_come_is_no_step_of_the_appointment(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Roma bring Claudio Ranieri out of retirement after sacking Ivan Juric",
        "Roma have appointed Claudio Ranieri as head coach until the end of the season. He will move into a "
        "senior advisory role with the Friedkin family next summer and help choose his successor.",
        published=datetime(2024, 11, 14, tzinfo=UTC),
    )
    assert ("Claudio Ranieri", "Roma", "done") in _triples(claims)


def test_a_headlines_successor_after_the_man_sacked_is_his_own_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Roma sack Jose Mourinho, Daniele De Rossi appointed",
        published=datetime(2024, 1, 16, tzinfo=UTC),
    )
    assert _triples(claims) == {("José Mourinho", "Roma", "exit"), ("Daniele De Rossi", "Roma", "done")}


def test_a_sentence_opening_on_they_means_the_last_sentences_subject(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Unai Emery asks Villa to move for Marcus Rashford",
        "Villa have funds available after Jhon Duran completed his move to Saudi club Al-Nassr on Friday. "
        "They are also interested in Chelsea's Joao Felix and Paris Saint-Germain's Marco Asensio.",
        published=datetime(2025, 2, 1, tzinfo=UTC),
    )
    assert ("João Félix", "Aston Villa", "interest") in _triples(claims)
    assert ("Marco Asensio", "Aston Villa", "interest") in _triples(claims)


def test_their_opening_a_sentence_is_the_sentence_before_s_subject(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kompany swaps Turf Moor for the Allianz Arena",
        "Bayern Munich have appointed Vincent Kompany as head coach on a three-year contract.\n\n"
        "The German giants are understood to have paid the Clarets about £10m in compensation.\n\n"
        "Their long search for Thomas Tuchel's successor had seen Xabi Alonso, Julian Nagelsmann and "
        "Ralf Rangnick all turn them down.",
        published=datetime(2024, 5, 29, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Xabi Alonso", "Bayern Munich", "off") in triples
    assert ("Ralf Rangnick", "Bayern Munich", "off") in triples
    assert not any(club == "Burnley" and person != "Vincent Kompany" for person, club, _ in triples)


def test_a_race_for_a_man_won_and_to_be_won(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona beat Chelsea to Kounde after agreement with Sevilla",
        published=datetime(2022, 7, 28, tzinfo=UTC),
    )
    assert _triples(claims) == {("Jules Koundé", "Barcelona", "agreed"), ("Jules Koundé", "Chelsea", "off")}
    claims = _claims(
        extractor,
        "Liverpool are confident of beating Chelsea and Manchester City to the signing of Southampton "
        "defender Virgil van Dijk.",
        published=datetime(2017, 5, 30, tzinfo=UTC),
    )
    assert {(c.club, c.stage.value) for c in claims} == {
        ("Liverpool", "interest"),
        ("Chelsea", "interest"),
        ("Manchester City", "interest"),
    }
    assert _claims(extractor, "Newcastle United beat Arsenal 3-1 to move into the top four") == []


def test_a_plural_description_names_both_mens_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham complete double swoop",
        "Tottenham have signed Juventus midfielders Dejan Kulusevski and Rodrigo Bentancur on deadline day.",
        published=datetime(2022, 1, 31, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Dejan Kulusevski", "Tottenham Hotspur", "done"),
        ("Rodrigo Bentancur", "Tottenham Hotspur", "done"),
    }
    assert {c.from_club for c in claims} == {"Juventus"}


def test_a_man_a_signing_reunites_with_someone_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham complete double swoop",
        "Tottenham have signed Dejan Kulusevski and Rodrigo Bentancur on deadline day, reuniting Antonio "
        "Conte with Fabio Paratici, the director who took both players to Turin.",
        published=datetime(2022, 1, 31, tzinfo=UTC),
    )
    assert "Antonio Conte" not in {c.person for c in claims}
    claims = _claims(
        extractor,
        "Inter Miami sign Suarez",
        "Inter Miami have signed Luis Suarez, reuniting Suarez with Lionel Messi.",
        published=datetime(2023, 12, 22, tzinfo=UTC),
    )
    assert ("Luis Suárez", "Inter Miami", "done") in _triples(claims)


def test_a_departure_told_as_behind_the_news_is_done(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham complete double swoop",
        "Their arrival follows the exits of Tanguy Ndombele to Lyon and Giovani Lo Celso to Villarreal, both "
        "on loan until the end of the season.",
        published=datetime(2022, 1, 31, tzinfo=UTC),
    )
    assert ("Tanguy Ndombélé", "Lyon", "done") in _triples(claims)


def test_a_man_who_went_the_other_way_after_and_is_his_own_clause(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline deals",
        "Forward Lewis Dobbin joined Villa from Everton and midfielder Tim Iroegbunam went the other way.",
        published=datetime(2024, 7, 1, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Lewis Dobbin", "Aston Villa", "done"),
        ("Tim Iroegbunam", "Everton", "done"),
    }


def test_a_from_club_is_the_last_named_mans_own_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline deals",
        "Newcastle United sold Elliot Anderson to Nottingham Forest for £35m and signed goalkeeper Odysseas "
        "Vlachodimos from Forest for £20m.",
        published=datetime(2024, 7, 1, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Elliot Anderson", "Nottingham Forest", "done"),
        ("Odysseas Vlachodimos", "Newcastle United", "done"),
    }


def test_a_man_who_does_not_want_to_join_a_club_ends_its_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Man Utd continue Bryan Mbeumo talks",
        "The Cameroon forward has already informed Tottenham that he does not want to join them and is "
        "holding out for a move to Old Trafford.",
        published=datetime(2025, 7, 10, tzinfo=UTC),
    )
    assert ("Bryan Mbeumo", "Tottenham Hotspur", "off") in _triples(claims)
    claims = _claims(
        extractor,
        "Caicedo rejects Liverpool despite Brighton accepting £111m bid",
        "Moises Caicedo has told Brighton he does not want to move to Liverpool, leaving Liverpool to walk "
        "away from a deal that Brighton had already signed off.",
        published=datetime(2023, 8, 14, tzinfo=UTC),
    )
    assert ("Moisés Caicedo", "Liverpool", "off") in _triples(claims)


def test_once_it_became_apparent_the_man_s_choice_is_no_step_of_the_club_s(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Florian Wirtz: Liverpool agree British-record deal worth up to £116m with Bayer Leverkusen",
        "Bayern Munich, who had long regarded Wirtz as their priority target, ended their interest once it "
        "became apparent that he favoured Liverpool.",
        published=datetime(2025, 6, 10, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Florian Wirtz", "Liverpool", "agreed") in triples
    assert ("Florian Wirtz", "Bayern Munich", "off") in triples


def test_a_second_thought_concluded_that_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Viktor Gyokeres set to join Arsenal after Sporting accept offer worth up to €73.5m",
        "Arsenal's sporting director Andrea Berta had weighed up a move for RB Leipzig's Benjamin Sesko, but "
        "Mikel Arteta's side ultimately decided against pursuing the Slovenian and concluded that Gyokeres "
        "was better suited to their style.",
        published=datetime(2025, 7, 22, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Viktor Gyökeres", "Arsenal", "agreed") in triples
    assert ("Benjamin Šeško", "Arsenal", "off") in triples


def test_a_club_left_the_only_club_in_the_running_is_not_his(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City pull out of Declan Rice race as Arsenal prepare improved offer",
        "Manchester City have ended their interest in Declan Rice, leaving Arsenal as the only club in the "
        "running for the West Ham captain. Arsenal saw an opening offer of £75m plus £5m rejected.",
        published=datetime(2023, 6, 22, tzinfo=UTC),
    )
    assert ("Declan Rice", "Arsenal", "bid") in _triples(claims)


def test_in_serious_contention_to_sign_is_no_step_of_a_deal(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City pull out of Declan Rice race as Arsenal prepare third bid",
        "Manchester City have withdrawn from the race for Declan Rice, leaving Arsenal as the only club in "
        "serious contention to sign the West Ham captain.",
        published=datetime(2023, 6, 22, tzinfo=UTC),
    )
    assert ("Declan Rice", "Arsenal", "bid") in _triples(claims)


def test_the_age_after_a_sentence_naming_one_man_of_that_age_is_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City pull out of Declan Rice race as Arsenal prepare improved offer",
        "Manchester City have ended their interest in Declan Rice. Rice has already agreed personal terms "
        "with Mikel Arteta's side. Arsenal, meanwhile, have agreed a £65m fee with Chelsea for Kai Havertz. "
        "The 24-year-old, who scored the winning goal in the 2021 Champions League final after joining the "
        "Blues from Bayer Leverkusen in 2020, is due to complete a medical at London Colney before the end "
        "of the week.",
        published=datetime(2023, 6, 22, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Kai Havertz", "Arsenal", "agreed") in triples
    assert not any(p == "Declan Rice" and c == "Chelsea" for p, c, _ in triples)


def test_a_move_called_off_at_his_club_is_no_claim_of_that_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day: Palhinha's Bayern switch collapses",
        "Fulham's night was dominated by Joao Palhinha. The 28-year-old had travelled to Munich, completed "
        "his medical and been photographed in Bayern kit, but the move collapsed late in the evening when "
        "Fulham were unable to sign a replacement.",
        published=datetime(2023, 9, 2, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("João Palhinha", "Bayern Munich", "off") in triples
    assert not any(c == "Fulham" for _, c, _ in triples)


def test_a_loan_s_obligation_walked_away_from_is_still_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea pay £5m to avoid permanent Jadon Sancho deal",
        "Chelsea have decided against signing Jadon Sancho permanently and will pay Manchester United a £5m "
        "penalty to walk away from the obligation in his loan agreement. Juventus have already sounded out "
        "United about a deal for the England winger.",
        published=datetime(2025, 6, 4, tzinfo=UTC),
    )
    assert ("Jadon Sancho", "Chelsea", "off") in _triples(claims)


def test_a_dashed_aside_naming_nobody_does_not_split_the_sentence(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City pull out of Declan Rice race as Arsenal prepare third bid",
        "Manchester City have withdrawn from the race for Declan Rice, leaving Arsenal as the only club in "
        "serious contention. Arsenal had a second bid of £90m – £75m up front with £15m in add-ons – turned "
        "down the same day and are preparing an improved proposal.",
        published=datetime(2023, 6, 22, tzinfo=UTC),
    )
    assert ("Declan Rice", "Arsenal", "bid") in _triples(claims)


def test_had_been_unable_to_reach_an_agreement_is_a_failure_told(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Neymar stays at PSG after Barcelona end bid to re-sign Brazilian",
        "Barcelona have ended their attempt to re-sign Neymar after Paris Saint-Germain rejected their final "
        "offer. In a statement, Barcelona said they had been unable to reach an agreement with PSG and "
        "thanked the 27-year-old for his efforts to make the operation possible.",
        published=datetime(2019, 9, 2, tzinfo=UTC),
    )
    assert ("Neymar", "Barcelona", "off") in _triples(claims)


def test_his_most_likely_destination_is_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Neymar set for Al-Hilal move after PSG agree €90m fee",
        "Kylian Mbappe was restored to Luis Enrique's first-team squad on Sunday, but he has still not "
        "agreed to extend a contract that expires next summer. Real Madrid remain his most likely "
        "destination should he leave.",
        published=datetime(2023, 8, 14, tzinfo=UTC),
    )
    assert ("Kylian Mbappé", "Real Madrid", "interest") in _triples(claims)


def test_concentrating_their_efforts_on_a_man_is_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Haaland's Manchester City move agreed as Dortmund race to rebuild",
        "Real Madrid, long seen as his most likely destination, decided not to compete for him this summer, "
        "with Carlo Ancelotti's side concentrating their efforts on Kylian Mbappe, whose contract at Paris "
        "Saint-Germain expires next month.",
        published=datetime(2022, 5, 11, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Kylian Mbappé", "Real Madrid", "interest") in triples
    assert ("Erling Haaland", "Real Madrid", "off") in triples


def test_a_man_whose_squad_one_is_restored_to_is_not_he(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Neymar set for Al-Hilal move after PSG agree €90m fee",
        "Kylian Mbappe was restored to Luis Enrique's first-team squad on Sunday, but he has still not "
        "agreed to extend a contract that expires next summer.",
        published=datetime(2023, 8, 14, tzinfo=UTC),
    )
    assert not any(p == "Luis Enrique" for p, _, _ in _triples(claims))
    assert ("Kylian Mbappé", "Paris Saint-Germain", "stay") not in _triples(claims)


def test_a_role_apposed_to_a_name_is_that_man_not_one_named_before(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham manager search drags on",
        "Their interest in Hansi Flick came to nothing when the former Bayern Munich coach chose to succeed "
        "Joachim Low as Germany manager.\n\nWhoever takes over also faces a summer in which the captain, "
        "Harry Kane, has made it clear he wants to leave the club.",
        published=datetime(2021, 6, 18, tzinfo=UTC),
    )
    assert ("Harry Kane", "Tottenham Hotspur", "exit") in _triples(claims)
    assert not [c for c in claims if c.person == "Joachim Low" and c.club == "Tottenham Hotspur"]


def test_a_season_that_collapsed_is_no_move_called_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Zidane returns to Real Madrid as Solari is dismissed",
        "The Argentine, who stepped up from Castilla in October, could not rescue a season that collapsed in "
        "a single week: eliminated from the Copa by Barca and knocked out of the Champions League by Ajax.",
        published=datetime(2019, 3, 11, tzinfo=UTC),
    )
    assert not [c for c in claims if c.stage is Stage.OFF]
    assert ("Santiago Solari", "Real Madrid", "exit") in _triples(claims)


def test_a_first_name_the_item_gives_an_official_in_full_is_his_alone(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Zidane returns to Real Madrid: Solari dismissed, the Frenchman signs until 2022",
        "The Frenchman will be presented tonight alongside president Florentino Perez.\n\nThe name of Jose "
        "Mourinho had gained strength in recent days. But Florentino definitively ruled out the return of "
        "the Portuguese and opted for the man who gave him three Champions Leagues.",
        published=datetime(2019, 3, 11, tzinfo=UTC),
    )
    assert not [c for c in claims if c.person.startswith("Florentino")]
    assert ("José Mourinho", "Real Madrid", "off") in _triples(claims)


def test_but_the_man_declined_after_an_approach_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Setien, new Barca coach after Xavi's 'no'",
        "The club also sounded out Ronald Koeman, but the Dutchman declined, citing his commitment to the "
        "Netherlands national team ahead of the European Championship.",
        published=datetime(2020, 1, 14, tzinfo=UTC),
    )
    assert ("Ronald Koeman", "Barcelona", "off") in _triples(claims)


def test_the_end_of_a_coach_s_era_made_official_is_his_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Setien, new Barca coach",
        "FC Barcelona made official on Monday night the end of the Ernesto Valverde era on the bench.",
        published=datetime(2020, 1, 14, tzinfo=UTC),
    )
    assert ("Ernesto Valverde", "Barcelona", "exit") in _triples(claims)


def test_deciding_to_go_elsewhere_after_a_contact_is_off(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG: Thomas Tuchel is officially the new coach",
        "Bayern Munich had also made contact with him to succeed Jupp Heynckes, but the German informed the "
        "Bavarian leaders in the winter that he had decided to go elsewhere.",
        published=datetime(2018, 5, 14, tzinfo=UTC),
    )
    assert ("Thomas Tuchel", "Bayern Munich", "off") in _triples(claims)


def test_a_national_team_sacking_its_coach_is_no_exit_from_a_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Julen Lopetegui: Spain sack head coach on eve of World Cup",
        "Spain have sacked head coach Julen Lopetegui on the eve of the World Cup, a day after Real Madrid "
        "announced he would take charge at the Bernabeu after the tournament.\n\nReal Madrid confirmed on "
        "Tuesday that Lopetegui had signed a three-year contract to become their head coach once "
        "Spain's World "
        "Cup campaign was over.",
        published=datetime(2018, 6, 13, tzinfo=UTC),
    )
    assert ("Julen Lopetegui", "Real Madrid", "done") in _triples(claims)


def test_keen_to_speak_to_a_coach_is_interest_not_an_approach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Thomas Tuchel sacked by Chelsea",
        "The Blues are also keen to speak to Mauricio Pochettino and Zinedine Zidane, both currently out "
        "of work.",
        published=datetime(2022, 9, 7, tzinfo=UTC),
    )
    assert ("Mauricio Pochettino", "Chelsea", "interest") in _triples(claims)
    assert ("Zinedine Zidane", "Chelsea", "interest") in _triples(claims)


def test_taking_charge_for_the_first_time_in_a_fixture_list_is_not_news(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Premier League fixtures 2024/25: Man Utd host Fulham in opener as Chelsea face Man City",
        "Runners-up Arsenal host Wolves on the Saturday, when Fabian Hurzeler takes charge of Brighton for "
        "the first time at Everton and Julen Lopetegui's West Ham face Aston Villa at the London Stadium.",
        published=datetime(2024, 6, 18, tzinfo=UTC),
    )
    assert claims == []


def test_men_a_pair_will_depart_alongside_depart_too(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Morelos and Kent among five stars heading out of Ibrox",
        "RANGERS have confirmed Alfredo Morelos and Ryan Kent will leave the club when their contracts "
        "expire this summer.\n\nThe Light Blues announced the pair will depart alongside Scott Arfield and "
        "Filip Helander, while goalkeeper Allan McGregor will retire at the end of the season.",
        published=datetime(2023, 5, 24, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert {("Scott Arfield", "Rangers", "exit"), ("Filip Helander", "Rangers", "exit")} <= triples


def test_a_headline_s_second_move_told_with_as_is_its_own_man_s(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kyogo completes Rennes move as Jota makes emotional Celtic return",
        published=datetime(2025, 1, 27, tzinfo=UTC),
    )
    assert not [c for c in claims if c.person == "Kyogo Furuhashi" and c.club == "Celtic"]


def test_spaces_men_leave_behind_on_the_pitch_are_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "How Xabi Alonso's Leverkusen became the Bundesliga's most complete side",
        "Xhaka drops between the centre-backs to start attacks, and his passing range lets Jonathan Tah and "
        "Edmond Tapsoba stay narrow, protecting the spaces that Frimpong and Grimaldo leave behind.",
        published=datetime(2024, 3, 11, tzinfo=UTC),
    )
    assert claims == []


def test_an_official_in_an_older_item_speaks_for_the_club_of_his_spell(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Lille news",
        "Luis Campos has identified Victor Osimhen as the man to replace Nicolas Pepe.",
        published=datetime(2019, 6, 20, tzinfo=UTC),
    )
    assert ("Victor Osimhen", "Lille", "interest") in _triples(claims)


def test_the_end_of_a_man_s_stay_at_his_club_is_his_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter rebuff improved Man Utd offer for Andre Onana",
        "The search for a new No 1 follows the end of David de Gea's 12-year stay at Old Trafford, with the "
        "Spaniard becoming a free agent when his contract expired on June 30.",
        published=datetime(2023, 7, 7, tzinfo=UTC),
    )
    assert ("David de Gea", "Manchester United", "exit") in _triples(claims)


def test_a_fee_agreed_with_its_sum_in_a_second_currency_is_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester City agreed a £77.6m (€90m) fee with RB Leipzig for Josko Gvardiol",
        "The clubs haggled over the price for much of the summer.",
        published=datetime(2023, 8, 4, tzinfo=UTC),
    )
    assert ("Joško Gvardiol", "Manchester City", "agreed") in _triples(claims)


def test_a_relative_named_in_full_leaves_the_bare_surname_to_the_player(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Messi: PSG open negotiations as Manchester City rule themselves out",
        "Paris Saint-Germain opened negotiations on Thursday night with Jorge Messi, the player's father and "
        "agent.\n\nPep Guardiola said on Friday that the Premier League champions are not pursuing Messi.",
        published=datetime(2021, 8, 6, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Lionel Messi", "Paris Saint-Germain", "talks") in triples
    assert ("Lionel Messi", "Manchester City", "off") in triples


def test_a_first_name_after_the_full_name_is_not_a_namesake_with_that_surname(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liverpool land Thiago Alcantara from Bayern Munich in £25m deal",
        "The Spain midfielder has signed a four-year contract at Anfield.\n\nThiago had made clear to the "
        "German champions that he wanted a new challenge after seven years in Munich.",
        published=datetime(2020, 9, 18, tzinfo=UTC),
    )
    people = {person for person, _, _ in _triples(claims)}
    assert "Thiago Alcântara" in people
    assert "Igor Thiago" not in people


def test_a_club_assistant_named_before_a_man_is_his_club_not_the_shortlisting_one(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Unai Emery sacked by Arsenal",
        "Arsenal have sacked head coach Unai Emery after 18 months in charge. Manchester City assistant"
        " Mikel Arteta and former Juventus boss Massimiliano Allegri are among the names on the club's"
        " shortlist for a permanent successor.",
        published=datetime(2019, 11, 29, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Mikel Arteta", "Arsenal", "interest") in triples
    assert ("Massimiliano Allegri", "Arsenal", "interest") in triples
    assert not any(c.club == "Manchester City" for c in claims)


def test_a_refusal_in_a_list_is_not_of_the_club_another_man_stayed_at(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kompany deal agreed: Bayern reach agreement with Burnley",
        "The Belgian was far from Bayern's first choice. Xabi Alonso chose to stay at Leverkusen, Julian"
        " Nagelsmann extended his contract with the German national team, and Ralf Rangnick also turned the"
        " job down.",
        published=datetime(2024, 5, 22, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ralf Rangnick", "Bayern Munich", "off") in triples
    assert not any(c.person == "Ralf Rangnick" and c.club == "Bayer Leverkusen" for c in claims)


def test_a_man_staying_at_his_club_in_a_list_of_refusals_turned_the_club_down_too(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Kompany deal agreed: Bayern reach agreement with Burnley",
        "The Belgian was far from Bayern's first choice. Xabi Alonso chose to stay at Leverkusen, Julian"
        " Nagelsmann extended his contract with the German national team, and Ralf Rangnick also turned the"
        " job down.",
        published=datetime(2024, 5, 22, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Xabi Alonso", "Bayern Munich", "off") in triples
    assert ("Xabi Alonso", "Bayer Leverkusen", "stay") in triples


def test_a_coach_mentioned_as_an_option_is_a_candidate(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Quique Setien sacked by Barcelona after 8-2 Bayern Munich thrashing",
        "Barcelona have sacked head coach Quique Setien following their 8-2 Champions League quarter-final"
        " humiliation against Bayern Munich. Ex-Tottenham boss Mauricio Pochettino has also been mentioned"
        " as an option.",
        published=datetime(2020, 8, 17, tzinfo=UTC),
    )
    assert ("Mauricio Pochettino", "Barcelona", "interest") in _triples(claims)


def test_a_club_mentioned_as_a_possible_destination_is_interested(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Manchester United agree deal with Sporting Lisbon for Bruno Fernandes",
        "Tottenham were heavily linked with the attacking midfielder last summer but walked away after"
        " failing to meet Sporting's valuation. Barcelona had also been mentioned as a possible destination,"
        " but Ole Gunnar Solskjaer's side moved decisively this month.",
        published=datetime(2020, 1, 29, tzinfo=UTC),
    )
    assert ("Bruno Fernandes", "Barcelona", "interest") in _triples(claims)


def test_a_club_that_ended_its_interest_and_signed_another_man_signed_him(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Ivan Toney completes move from Brentford to Al-Ahli",
        "Manchester United explored a move for him in the early part of the summer but ended their interest "
        "and signed Joshua Zirkzee from Bologna instead.",
        published=datetime(2024, 8, 31, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ivan Toney", "Manchester United", "off") in triples
    assert ("Joshua Zirkzee", "Manchester United", "done") in triples
    assert not any(club == "Bologna" and stage == "done" for _p, club, stage in triples)


def test_the_club_that_walked_away_and_signed_another_man_is_his_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Victor Osimhen joins Galatasaray on loan",
        "The Nigeria striker's proposed move to Al Ahli fell through on deadline day when the Saudi club "
        "walked away and signed Ivan Toney from Brentford instead.",
        published=datetime(2024, 9, 3, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Ivan Toney", "Al-Ahli", "done") in triples
    assert ("Victor Osimhen", "Al-Ahli", "off") in triples


def test_a_headlines_second_deal_told_with_as_and_a_plural_verb_is_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Alexander Isak completes £125m move to Liverpool as Newcastle land Wissa on frantic deadline day",
        "",
        published=datetime(2025, 9, 1, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("Alexander Isak", "Liverpool", "done"),
        ("Yoane Wissa", "Newcastle United", "done"),
    }


def test_a_rival_left_with_a_clear_run_is_not_a_club_the_man_leaves(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Mason Mount: Chelsea accept Manchester United's third bid for England midfielder",
        "Liverpool had been interested in Mount earlier in the summer but ended their interest when the "
        "asking price became clear, leaving United with a clear run.",
        published=datetime(2023, 6, 29, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Mason Mount", "Manchester United", "agreed") in triples
    assert ("Mason Mount", "Liverpool", "off") in triples


def test_a_man_who_had_not_agreed_terms_on_an_extension_is_not_staying(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea accept Manchester United's third bid for Mason Mount",
        "The 24-year-old, who had a year left on his contract at Stamford Bridge and had not agreed terms on "
        "an extension, is expected to undergo a medical before signing a five-year deal at Old Trafford.",
        published=datetime(2023, 6, 29, tzinfo=UTC),
    )
    assert ("Mason Mount", "Chelsea", "stay") not in _triples(claims)
    assert ("Mason Mount", "Manchester United", "agreed") in _triples(claims)


def test_a_man_withdrawing_from_a_clubs_race_turns_the_club_down(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Julian Nagelsmann withdraws from Chelsea race as Mauricio Pochettino talks advance",
        "Chelsea have been searching for a long-term appointment since Graham Potter was sacked on April 2.",
        published=datetime(2023, 4, 18, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Julian Nagelsmann", "Chelsea", "off") in triples
    assert not any(p == "Julian Nagelsmann" and stage == "done" for p, _c, stage in triples)


def test_a_manager_eyeing_a_partner_for_a_player_is_no_target(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea and Man Utd set up Declan Rice transfer battle",
        "Chelsea have held a long-standing admiration for Declan Rice.\n\nManchester United are also keen, "
        "with Ole Gunnar Solskjaer eyeing a partner for Fred in the middle of the park.",
        published=datetime(2021, 6, 24, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Declan Rice", "Manchester United", "interest") in triples
    assert not any(p == "Ole Gunnar Solskjær" for p, _c, _s in triples)


def test_a_swaps_second_man_heading_the_other_way_to_a_named_club_joins_it(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Gallagher completes move",
        "Conor Gallagher has completed his move to Atletico Madrid, with Joao Felix heading the other way to "
        "Chelsea on a permanent deal.",
        published=datetime(2024, 8, 21, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("João Félix", "Chelsea", "done") in triples
    assert ("Conor Gallagher", "Atletico Madrid", "done") in triples


def test_a_man_who_arrives_on_a_loan_has_joined_the_item_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Tottenham transfer window verdict: Paratici raids Juventus",
        "Fabio Paratici delivered two signings from his old club Juventus on deadline day, but Tottenham's "
        "January business will be remembered just as much for the deal that slipped away.\n\nDejan "
        "Kulusevski arrives on an 18-month loan with an obligation to buy.",
        published=datetime(2022, 2, 1, tzinfo=UTC),
    )
    assert ("Dejan Kulusevski", "Tottenham Hotspur", "done") in _triples(claims)


def test_a_man_who_made_clear_he_wanted_another_club_ends_the_accepted_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Moises Caicedo: Chelsea complete British-record signing from Brighton",
        "Liverpool had a £111m offer accepted by Brighton on Friday, but the 21-year-old made clear he "
        "wanted to join Chelsea and declined to speak to the Reds.",
    )
    assert ("Moisés Caicedo", "Liverpool", "off") in _triples(claims)


def test_a_stay_his_manager_insists_on_ends_no_bid(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Bayern Munich see fourth bid for Callum Hudson-Odoi rejected by Chelsea",
        "Chelsea have rejected a fourth bid from Bayern Munich for Callum Hudson-Odoi, the latest "
        "worth around £35m. Maurizio Sarri has described the academy graduate as the future of English "
        "football and insists he will stay at Stamford Bridge.",
    )
    assert ("Callum Hudson-Odoi", "Bayern Munich", "bid") in _triples(claims)


def test_the_window_closing_on_a_day_is_no_deal_closing_in(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Riyad Mahrez hands in transfer request after Leicester turn down Manchester City bids",
        "Leicester value the Algeria winger at close to £95m and the King Power Stadium hierarchy feel under "
        "no pressure to sell with the window closing on Wednesday night.",
    )
    assert ("Riyad Mahrez", "Manchester City", "bid") in _triples(claims)


def test_a_popular_choice_among_supporters_is_no_decision(extractor: Extractor) -> None:
    # the fans' wish, not a choice made: the candidates are only considered
    claims = _claims(
        extractor,
        "Antonio Conte leaves Tottenham by mutual consent",
        "Former boss Mauricio Pochettino is a popular choice among supporters and is under consideration,"
        " as is Julian Nagelsmann.",
        published=datetime(2023, 3, 26, tzinfo=UTC),
    )
    assert ("Mauricio Pochettino", "Tottenham Hotspur", "interest") in _triples(claims)
    assert ("Julian Nagelsmann", "Tottenham Hotspur", "interest") in _triples(claims)


def test_an_extension_offered_by_his_club_is_no_stay(extractor: Extractor) -> None:
    # his club's offer, not his word: the suitors' interest stays alive
    claims = _claims(
        extractor,
        "Arsenal and Barcelona circle Ilkay Gundogan as Man City contract runs down",
        "City have offered Gundogan a one-year extension but the 32-year-old has yet to respond.",
        published=datetime(2023, 5, 12, tzinfo=UTC),
    )
    assert _triples(claims) == {
        ("İlkay Gündoğan", "Arsenal", "interest"),
        ("İlkay Gündoğan", "Barcelona", "interest"),
    }


def test_interest_before_opting_for_another_club_is_off(extractor: Extractor) -> None:
    # "before opting for Turin": his choice made, the other suitors are out
    claims = _claims(
        extractor,
        "Official: Juventus complete De Ligt signing",
        "The Netherlands international had attracted interest from Barcelona, Paris Saint-Germain and"
        " Manchester United before opting for Turin.",
        published=datetime(2019, 7, 18, tzinfo=UTC),
    )
    for club in ("Barcelona", "Paris Saint-Germain", "Manchester United"):
        assert ("Matthijs de Ligt", club, "off") in _triples(claims)


def test_a_club_choosing_to_prioritise_another_position_decides_nothing_for_others(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Tottenham join race for Antoine Semenyo as Liverpool end their interest",
        "Liverpool had been credited with an interest in the winger during the summer, but the Reds have"
        " now ended their interest, with the Anfield club choosing to prioritise a left-sided centre-back"
        " instead."
        " City have already made an enquiry with Bournemouth about the forward.",
        published=datetime(2025, 12, 9, tzinfo=UTC),
    )
    assert ("Antoine Semenyo", "Tottenham Hotspur", "interest") in _triples(claims)


@pytest.mark.parametrize(
    "told",
    [
        "Brighton had also held discussions with Ipswich Town's Kieran McKenna, who instead signed a new deal"
        " at Portman Road.",
        "Brighton had also held discussions with Kieran McKenna, but he instead signed a new deal at Portman"
        " Road.",
    ],
)
def test_a_new_deal_signed_instead_ends_the_suitors_talks(extractor: Extractor, told: str) -> None:
    # his answer to the suitor, even told in a relative clause
    claims = _claims(
        extractor, "Brighton appoint Fabian Hurzeler", told, published=datetime(2024, 6, 15, tzinfo=UTC)
    )
    assert ("Kieran McKenna", "Brighton & Hove Albion", "off") in _triples(claims)
    assert ("Kieran McKenna", "Ipswich Town", "stay") in _triples(claims)


def test_a_man_offered_to_a_club_by_his_agent_is_an_approach(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid after Cristiano: Hazard, Neymar and the hunt for a new galactico",
        "Robert Lewandowski's agent, Pini Zahavi, has offered the Poland striker to Madrid, although Bayern"
        " Munich insist he is not for sale.",
        published=datetime(2018, 7, 11, tzinfo=UTC),
    )
    assert ("Robert Lewandowski", "Real Madrid", "approach") in _triples(claims)


def test_several_offers_of_an_extension_turned_down_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Emre Can completes free transfer to Juventus after leaving Liverpool",
        "The Germany midfielder, who spent four seasons at Anfield, had turned down several offers of an "
        "extension from the Reds before opting to move to Turin.",
        published=datetime(2018, 6, 21, tzinfo=UTC),
    )
    assert ("Emre Can", "Liverpool", "exit") in _triples(claims)


def test_before_opting_to_move_is_his_choice_made_not_a_step_to_come(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Emre Can completes free transfer to Juventus after leaving Liverpool",
        "The Germany midfielder, who spent four seasons at Anfield, had turned down several offers of an "
        "extension from the Reds before opting to move to Turin.",
        published=datetime(2018, 6, 21, tzinfo=UTC),
    )
    assert ("Emre Can", "Juventus", "done") in _triples(claims)


def test_but_withdrew_ends_the_pursuer_of_the_clause_before_not_the_items_buyer(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Jonathan Tah agrees Bayern Munich deal",
        "Jonathan Tah has agreed a four-year contract with Bayern Munich and will join the German champions "
        "when his Bayer Leverkusen deal expires in June. Barcelona had explored a free transfer for the "
        "centre-back but withdrew because of their wage-bill constraints.",
        published=datetime(2025, 5, 16, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Jonathan Tah", "Bayern Munich", "agreed") in triples
    assert ("Jonathan Tah", "Bayern Munich", "off") not in triples


def test_a_clubless_step_goes_on_with_the_chosen_club(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Leo Messi has decided: he's joining Inter Miami",
        "Messi has chosen MLS and Inter Miami. The huge proposal from Saudi club Al-Hilal was turned down, "
        "and Leo preferred not to wait for Barcelona after his return proved impossible. Contract details "
        "still to be finalised over the coming weeks before the official announcement.",
        published=datetime(2023, 6, 7, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Lionel Messi", "Inter Miami", "agreed") in triples
    assert ("Lionel Messi", "Al-Hilal", "off") in triples
    assert ("Lionel Messi", "Barcelona", "off") in triples


def test_a_man_out_of_a_clubs_race_leaves_the_club_searching(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Nagelsmann out of Chelsea race",
        "Mauricio Pochettino has emerged as the leading candidate and discussions with the former Tottenham "
        "boss have progressed well. Luis Enrique remains under consideration, while Frank Lampard continues "
        "as caretaker until the end of the season.",
        published=datetime(2023, 4, 21, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Julian Nagelsmann", "Chelsea", "off") in triples
    assert ("Mauricio Pochettino", "Chelsea", "talks") in triples
    assert ("Luis Enrique", "Chelsea", "interest") in triples


def test_a_headlines_now_the_favourite_is_a_second_man_of_his_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Nagelsmann out of Chelsea race, Pochettino now the favourite",
        "Mauricio Pochettino has emerged as the leading candidate and discussions with the former Tottenham "
        "boss have progressed well.",
        published=datetime(2023, 4, 21, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Julian Nagelsmann", "Chelsea", "off") in triples
    assert ("Mauricio Pochettino", "Chelsea", "talks") in triples


def test_ready_to_offer_him_a_pre_contract_is_no_agreement(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "PSG freeze out Adrien Rabiot after midfielder refuses to extend contract",
        "Barcelona are keen on the France midfielder and would be ready to offer him a pre-contract.",
        published=datetime(2018, 12, 20, tzinfo=UTC),
    )
    assert ("Adrien Rabiot", "Barcelona", "interest") in _triples(claims)


def test_he_after_his_former_coach_is_still_the_player(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Dani Alves snubs Manchester City to sign for Paris Saint-Germain",
        "The Brazil right-back terminated his Juventus contract by mutual consent last month and had been "
        "expected to link up with his former Barcelona coach Pep Guardiola, but he opted for Paris instead.",
        published=datetime(2017, 7, 12, tzinfo=UTC),
    )
    assert not [c for c in claims if c.person == "Pep Guardiola"]


def test_committed_to_another_club_is_his_yes_not_a_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Inter confirm Milan Skriniar will leave for Paris Saint-Germain in the summer",
        "Inter chief executive Beppe Marotta has confirmed Milan Skriniar will not renew his contract "
        "and has already committed to Paris Saint-Germain. The Slovakia centre-back has agreed a five-year "
        "pre-contract with the Ligue 1 champions and will move to the Parc des Princes on a free transfer in "
        "July, when the deal can be formally registered. Inter turned down a 20m euro offer from PSG for the "
        "defender in January.",
        published=datetime(2023, 2, 7, tzinfo=UTC),
    )
    assert ("Milan Škriniar", "Paris Saint-Germain", "agreed") in _triples(claims)


def test_settled_on_a_club_is_his_choice_ending_the_other_talks(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liam Delap completes Chelsea move after release clause triggered",
        "Manchester United, Newcastle and Everton all held talks with the 22-year-old before he settled on "
        "Stamford Bridge.",
        published=datetime(2025, 6, 3, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Liam Delap", "Manchester United", "off") in triples
    assert ("Liam Delap", "Newcastle United", "off") in triples


def test_the_last_two_clubs_of_a_list_are_no_two_parties(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Liam Delap completes Chelsea move after release clause triggered",
        "Manchester United, Newcastle and Everton all held talks with the 22-year-old before he settled on "
        "Stamford Bridge.",
        published=datetime(2025, 6, 3, tzinfo=UTC),
    )
    assert ("Liam Delap", "Everton", "off") in _triples(claims)


def test_enquired_about_making_the_move_permanent_is_no_agreement(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Brahim Diaz commits future to Real Madrid after Milan loan",
        "Brahim Diaz has signed a new contract with Real Madrid until 2027 after returning from his "
        "three-year loan at AC Milan. Milan had enquired about making the move permanent, but Carlo "
        "Ancelotti wants the 23-year-old in his squad next season.",
        published=datetime(2023, 6, 9, tzinfo=UTC),
    )
    assert ("Brahim Díaz", "AC Milan", "approach") in _triples(claims)


def test_set_to_arrive_is_a_forecast_move(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid move quickly in the transfer market",
        "Madrid are also moving quickly in the transfer market: they have paid the £50m release clause of "
        "Bournemouth defender Dean Huijsen, and Liverpool's Trent Alexander-Arnold is set to arrive on a "
        "free transfer after confirming he will leave Anfield.",
        published=datetime(2025, 5, 13, tzinfo=UTC),
    )
    assert ("Trent Alexander-Arnold", "Real Madrid", "agreed") in _triples(claims)


def test_a_headlines_second_man_in_charge_is_no_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Conte gone, Stellini in charge: what happens next at Tottenham",
        "Antonio Conte has left Tottenham by mutual consent, with the club confirming late on Sunday night "
        "that the Italian's 16-month spell in charge was over.",
        published=datetime(2023, 3, 27, tzinfo=UTC),
    )
    triples = _triples(claims)
    assert ("Antonio Conte", "Tottenham Hotspur", "exit") in triples
    assert ("Cristian Stellini", "Tottenham Hotspur", "exit") not in triples


def test_a_british_record_fee_agreed_is_agreed(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Moises Caicedo: Chelsea agree British record fee with Brighton",
        "",
        published=datetime(2023, 8, 14, tzinfo=UTC),
    )
    assert ("Moisés Caicedo", "Chelsea", "agreed") in _triples(claims)


def test_as_a_club_rebuffs_a_bid_is_a_second_event(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea agree Fofana fee and close in on Aubameyang as Everton rebuff Gordon bid",
        "",
        published=datetime(2022, 8, 31, tzinfo=UTC),
    )
    assert ("Anthony Gordon", "Chelsea", "agreed") not in _triples(claims)
    assert ("Wesley Fofana", "Chelsea", "agreed") in _triples(claims)


@pytest.mark.parametrize(
    ("title", "summary", "published", "person", "club"),
    [
        (
            "Gundogan chooses Barcelona over Arsenal",
            "Ilkay Gundogan has accepted Barcelona's offer of a two-year contract. The club will "
            "announce the signing once the midfielder returns from holiday.",
            datetime(2023, 6, 20, tzinfo=UTC),
            "İlkay Gündoğan",
            "Barcelona",
        ),
        (
            "Trent Alexander-Arnold confirms Liverpool exit with Real Madrid move lined up",
            "Trent Alexander-Arnold has confirmed he will leave Liverpool when his contract expires at the "
            "end of June, and the England right-back has agreed to join Real Madrid on a free transfer.",
            datetime(2025, 5, 6, tzinfo=UTC),
            "Trent Alexander-Arnold",
            "Real Madrid",
        ),
    ],
)
def test_an_announcement_to_come_or_a_leaving_confirmed_is_no_done_deal(
    extractor: Extractor, title: str, summary: str, published: datetime, person: str, club: str
) -> None:
    claims = _claims(extractor, title, summary, published=published)
    assert (person, club, "agreed") in _triples(claims)


@pytest.mark.parametrize(
    ("title", "summary", "published", "wrong"),
    [
        (  # acting fast is no move of clubs
            "Liverpool turn to Lavia",
            "Liverpool may have to move fast: Chelsea are also keeping tabs on Romeo Lavia.",
            datetime(2023, 8, 13, tzinfo=UTC),
            ("Roméo Lavia", "Liverpool", "agreed"),
        ),
        (  # talks the seller will have to hold one day are not held yet
            "Bayern not giving up on Harry Kane after second offer rejected",
            "Bayern Munich are preparing to return with a third offer for Harry Kane. Bayern's bosses "
            "believe the striker is open to the move and that Levy will eventually have to negotiate.",
            datetime(2023, 7, 21, tzinfo=UTC),
            ("Harry Kane", "Bayern Munich", "talks"),
        ),
    ],
)
def test_phrases_that_only_look_like_a_move(
    extractor: Extractor, title: str, summary: str, published: datetime, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in _triples(_claims(extractor, title, summary, published=published))


def test_facing_an_uncertain_future_is_an_exit(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Barcelona sign Joan Garcia",
        "Marc-André ter Stegen, the captain, is now facing an uncertain future at Barcelona.",
        published=datetime(2025, 7, 14, tzinfo=UTC),
    )
    assert ("Marc-André ter Stegen", "Barcelona", "exit") in _triples(claims)


def test_turning_down_two_clubs_to_move_to_a_third_chooses_the_third(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Real Madrid pay Dean Huijsen's release clause",
        "The 20-year-old Spain international turned down Chelsea and Liverpool to move to the Bernabeu.",
        published=datetime(2025, 5, 13, tzinfo=UTC),
    )
    assert {("Dean Huijsen", "Chelsea", "off"), ("Dean Huijsen", "Liverpool", "off")} <= _triples(claims)
    assert ("Dean Huijsen", "Real Madrid", "agreed") in _triples(claims)


def test_a_club_refusing_a_request_or_paid_compensation_lets_its_coach_go(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kompany emerges as Bayern frontrunner as Burnley compensation talks begin",
        "Bayern decided against pursuing Roberto De Zerbi, while Crystal Palace refused their request to "
        "speak to Oliver Glasner.",
        published=datetime(2024, 5, 22, tzinfo=UTC),
    )
    assert {
        ("Vincent Kompany", "Bayern Munich", "talks"),
        ("Oliver Glasner", "Bayern Munich", "approach"),
    } <= (_triples(claims))
    assert not {c.club for c in claims} & {"Burnley", "Crystal Palace"}


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        (  # a contract offer withdrawn opens the door to a sale
            "Bayern take contract offer off the table",
            "Bayern Munich have withdrawn their offer of a new contract to Alphonso Davies.",
            datetime(2024, 3, 1, tzinfo=UTC),
            ("Alphonso Davies", "Bayern Munich", "exit"),
        ),
        (  # a return talked about is not a return made
            "Goodison Park calls time on Dyche",
            "The club's new owners are in talks with David Moyes about a return to Goodison for a "
            "second spell.",
            datetime(2025, 1, 9, tzinfo=UTC),
            ("David Moyes", "Everton", "talks"),
        ),
        (  # pushing to sign is the effort, not a step still to come after an agreement
            "Inter Miami move for Rodrigo De Paul",
            "Inter Miami are pushing to sign Rodrigo De Paul from Atletico Madrid, with negotiations at an "
            "advanced stage.",
            datetime(2025, 7, 15, tzinfo=UTC),
            ("Rodrigo De Paul", "Inter Miami", "talks"),
        ),
    ],
)
def test_stage_of_withdrawn_offers_returns_talked_of_and_pushes_to_sign(
    extractor: Extractor, title: str, summary: str, published: datetime, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(_claims(extractor, title, summary, published=published))


@pytest.mark.parametrize(
    ("title", "summary", "published"),
    [
        (
            "Postecoglou: 'If you want a manager who plays it safe, I'm not your man'",
            "Ange Postecoglou has refused to tone down Tottenham's high-risk approach after a 2-1 home "
            "defeat.",
            datetime(2024, 11, 11, tzinfo=UTC),
        ),
        (
            "Simeone: 'We need our heads as much as our hearts against Inter'",
            "Diego Simeone urged Atletico Madrid to stay patient against Inter Milan on Wednesday.\n\n"
            '"Inter are the best team in Italy, they punish every mistake," the Argentine told reporters '
            "at the Metropolitano.\n\nSimeone said Antoine Griezmann would again play as the link between "
            "midfield and attack.",
            datetime(2024, 3, 12, tzinfo=UTC),
        ),
    ],
)
def test_a_way_of_playing_is_no_move(
    extractor: Extractor, title: str, summary: str, published: datetime
) -> None:
    assert _claims(extractor, title, summary, published=published) == []


def test_a_club_refusing_to_lower_its_valuation_is_the_seller(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Napoli pull the plug",
        "Napoli had already ended their pursuit of Alejandro Garnacho when Manchester United refused to "
        "lower their 70 million euro valuation.",
        published=datetime(2025, 2, 4, tzinfo=UTC),
    )
    assert _triples(claims) == {("Alejandro Garnacho", "Napoli", "off")}


def test_the_manager_told_last_week_that_he_wanted_to_leave_is_the_listener(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Kyle Walker heads to Milan after clubs agree loan with option to buy",
        "AC Milan have agreed a deal with Manchester City to take Kyle Walker on loan. The City captain, who "
        "told Pep Guardiola last week that he wanted to leave, is expected to fly to Italy for a medical.",
        published=datetime(2025, 1, 24, tzinfo=UTC),
    )
    assert "Pep Guardiola" not in {c.person for c in claims}


def test_studying_whether_to_appeal_a_ban_is_no_interest(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Competition Committee hands Bellingham two-game ban",
        "Jude Bellingham will miss Real Madrid's next two LaLiga matches after his red card. Madrid, who "
        "felt the report was exaggerated, are studying whether to appeal, and the 20-year-old is set to "
        "sit out the games against Celta Vigo and Osasuna.",
        published=datetime(2024, 3, 6, tzinfo=UTC),
    )
    assert claims == []


def test_clubs_in_a_scoreline_are_opponents(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Motta out after Florence humiliation as Bianconeri hand Tudor the reins",
        "Juventus have dismissed Thiago Motta after back-to-back heavy defeats, 4-0 at home to Atalanta and "
        "3-0 at Fiorentina, left the club fifth in Serie A.\n\nIgor Tudor, a former Juve defender, has been "
        "confirmed as his replacement on a deal until the end of the season.",
        published=datetime(2025, 3, 23, tzinfo=UTC),
    )
    assert not {c.club for c in claims} & {"Atalanta", "Fiorentina"}
    assert ("Thiago Motta", "Juventus", "exit") in _triples(claims)


def test_a_club_agreeing_to_sell_is_the_seller_and_a_clause_after_as_club_rule_out_is_its_own(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Neymar's father closes Al-Hilal deal as Barcelona rule out return",
        "Paris Saint-Germain have agreed to sell Neymar to Al-Hilal for around €90million.",
        published=datetime(2023, 8, 14, tzinfo=UTC),
    )
    assert _triples(claims) == {("Neymar", "Al-Hilal", "agreed"), ("Neymar", "Barcelona", "off")}


def test_a_team_mate_named_is_no_mover_and_adding_to_a_squad_is_no_agreement(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Brighton beat rivals to Diego Gomez",
        "The 21-year-old Diego Gomez, a team-mate of Lionel Messi in MLS, will join Brighton when the "
        "January window opens. Inter Miami are keen to add Luis Suarez to their squad for next season.",
        published=datetime(2023, 12, 20, tzinfo=UTC),
    )
    assert "Lionel Messi" not in {c.person for c in claims}
    assert ("Luis Suárez", "Inter Miami", "interest") in _triples(claims)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected", "wrong"),
    [
        (  # a report's source confirming is no official confirmation
            "Martin Zubimendi: Arsenal agree personal terms but fee still to be finalised",
            "Arsenal have reached an agreement on personal terms with Real Sociedad midfielder Martin "
            "Zubimendi, sources have confirmed to 90min.",
            datetime(2025, 4, 16, tzinfo=UTC),
            ("Martín Zubimendi", "Arsenal", "talks"),
            ("Martín Zubimendi", "Arsenal", "agreed"),
        ),
        (  # turning down several extension offers is no turning down of the suitor
            "Chelsea rebuff second Man Utd offer for Mason Mount",
            "Chelsea have turned down an improved £50million offer from Manchester United for Mason Mount. "
            "The England midfielder has a year left on his contract and has rejected several extension "
            "proposals.",
            datetime(2023, 6, 21, tzinfo=UTC),
            ("Mason Mount", "Manchester United", "bid"),
            ("Mason Mount", "Manchester United", "off"),
        ),
        (  # free to negotiate is no negotiation
            "Liverpool rebuff Real Madrid's January approach for Trent Alexander-Arnold",
            "Real Madrid have made an approach to Liverpool about signing Trent Alexander-Arnold. His "
            "contract expires in the summer and he is free to negotiate with foreign clubs from today.",
            datetime(2025, 1, 2, tzinfo=UTC),
            ("Trent Alexander-Arnold", "Real Madrid", "approach"),
            ("Trent Alexander-Arnold", "Real Madrid", "talks"),
        ),
    ],
)
def test_stage_of_sources_extension_refusals_and_free_agents(
    extractor: Extractor,
    title: str,
    summary: str,
    published: datetime,
    expected: tuple[str, str, str],
    wrong: tuple[str, str, str],
) -> None:
    triples = _triples(_claims(extractor, title, summary, published=published))
    assert expected in triples
    assert wrong not in triples


def test_men_a_signing_would_challenge_or_cover_for_and_a_debut_preview_are_no_moves(
    extractor: Extractor,
) -> None:
    claims = _claims(
        extractor,
        "Real Madrid explore options",
        "Mikel Arteta wants a goalkeeper capable of challenging Aaron Ramsdale. Madrid are exploring options "
        "after injuries to Dani Carvajal and Eder Militao. New signing Amadou Onana could make his Champions "
        "League debut for Aston Villa on Tuesday.",
        published=datetime(2024, 9, 16, tzinfo=UTC),
    )
    assert claims == []


def test_as_the_successor_takes_charge_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Nottingham Forest: Marinakis swings the axe on Nuno as Postecoglou takes charge",
        "",
        published=datetime(2025, 9, 9, tzinfo=UTC),
    )
    assert ("Nuno Espírito Santo", "Nottingham Forest", "done") not in _triples(claims)
    assert ("Ange Postecoglou", "Nottingham Forest", "done") in _triples(claims)


def test_as_a_club_speaks_to_candidates_is_a_clause_of_its_own(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Rooney rules himself out as Everton speak to Lampard and Pereira",
        "",
        published=datetime(2022, 1, 23, tzinfo=UTC),
    )
    assert ("Frank Lampard", "Everton", "off") not in _triples(claims)


def test_a_competition_a_player_won_is_no_person(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Spurs weighing up offer for Copa America winner Cristian Romero",
        "",
        published=datetime(2021, 7, 12, tzinfo=UTC),
    )
    assert {c.person for c in claims} == {"Cristian Romero"}


def test_the_club_of_a_rout_is_the_opponent(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Koeman on the brink after Benfica rout",
        "",
        published=datetime(2021, 9, 30, tzinfo=UTC),
    )
    assert "Benfica" not in {c.club for c in claims}


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        (
            "Kulusevski and Bentancur to Tottenham: both deals sealed with Juventus",
            "Tottenham and Juventus have completed the agreement on both players. Dejan Kulusevski joins on "
            "an 18-month loan; Rodrigo Bentancur on a permanent deal for €19m plus add-ons.",
            datetime(2022, 1, 30, tzinfo=UTC),
            ("Rodrigo Bentancur", "Tottenham Hotspur", "agreed"),
        ),
        (
            "Jadon Sancho completes Aston Villa medical ahead of loan from Manchester United",
            "Jadon Sancho has completed his medical at Aston Villa ahead of a season-long loan from "
            "Manchester United.",
            datetime(2025, 9, 1, tzinfo=UTC),
            ("Jadon Sancho", "Aston Villa", "agreed"),
        ),
    ],
)
def test_an_agreement_or_a_medical_completed_is_agreed_not_done(
    extractor: Extractor, title: str, summary: str, published: datetime, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(_claims(extractor, title, summary, published=published))


def test_an_exchange_that_took_a_man_to_a_club_is_the_past(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Juventus docked 15 points over capital gains investigation",
        "The FIGC Court of Appeal has handed the Bianconeri a 15-point penalty. Among the transactions "
        "examined was the 2020 exchange that took Miralem Pjanic to Barcelona and Arthur to Turin.",
        published=datetime(2023, 1, 20, tzinfo=UTC),
    )
    assert claims == []


@pytest.mark.parametrize(
    ("title", "summary", "published", "wrong"),
    [
        (
            "Lewandowski stand-off over: Bayern agree Barcelona deal and move for De Ligt",
            "",
            datetime(2022, 7, 16, tzinfo=UTC),
            ("Matthijs de Ligt", "Barcelona", "agreed"),
        ),
        (
            "Transfer gossip: Man Utd ready new Branthwaite offer, Chelsea talks over Dewsbury-Hall",
            "",
            datetime(2024, 6, 27, tzinfo=UTC),
            ("Kiernan Dewsbury-Hall", "Manchester United", "bid"),
        ),
        (
            "Wolves put Porto's teenage striker Fabio Silva on their radar",
            "Any deal would have to be negotiated well below his €125m release clause.",
            datetime(2020, 8, 25, tzinfo=UTC),
            ("Fábio Silva", "Wolverhampton Wanderers", "talks"),
        ),
    ],
)
def test_a_headlines_second_story_and_a_deal_still_to_negotiate(
    extractor: Extractor, title: str, summary: str, published: datetime, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in _triples(_claims(extractor, title, summary, published=published))


def test_the_manager_a_player_would_follow_is_no_mover(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Transfer gossip",
        "Chelsea are in talks with Leicester City over a deal for midfielder Kiernan Dewsbury-Hall, who "
        "would follow Enzo Maresca to Stamford Bridge.",
        published=datetime(2024, 6, 27, tzinfo=UTC),
    )
    assert "Enzo Maresca" not in {c.person for c in claims}


def test_the_successor_a_sacked_man_was_replaced_by_does_not_leave(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Chelsea appoint Thomas Tuchel a day after sacking Frank Lampard",
        "Tuchel was dismissed by Les Parisiens on Christmas Eve and replaced by Mauricio Pochettino.",
        published=datetime(2021, 1, 26, tzinfo=UTC),
    )
    assert ("Mauricio Pochettino", "Paris Saint-Germain", "exit") not in _triples(claims)


def test_an_extension_still_not_signed_is_no_stay(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Camavinga contract stand-off",
        "Eduardo Camavinga has still not signed an extension at Rennes and the 18-year-old's deal runs out "
        "in June 2022.",
        published=datetime(2021, 7, 20, tzinfo=UTC),
    )
    assert ("Eduardo Camavinga", "Rennes", "stay") not in _triples(claims)


def test_a_headline_list_item_whose_deal_collapsed_is_its_own_story(extractor: Extractor) -> None:
    claims = _claims(
        extractor,
        "Deadline day round-up: Partey to Arsenal, Cavani to United, Depay deal collapses",
        "",
        published=datetime(2020, 10, 5, tzinfo=UTC),
    )
    assert ("Memphis Depay", "Manchester United", "off") not in _triples(claims)
