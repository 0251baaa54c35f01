"""A day's trading: the moves of a market's prices, which a roundup tells of one session.

"Cineplex closed at $11", "The Nasdaq Composite Index tumbled 5.39", "Intel eased 1/8 to 31 7/8": a move of a price
is the day's trading, not a company's result ("net rose 5%", ``results``), so a daily paper tells it of the day it
was written, and a stock's move after a market-wide one is of the session that one dated. "rose $2.50 a share to
close at $117.375 … yesterday": the close is the same move, so its time is the change's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import branch_to, has_subject
from explorer.core.extract.events.date_rules import CHANGE_LEMMAS
from explorer.core.extract.events.results import of_a_result


# the moves of a market's prices, and what a day's trading is told by
MARKET_LEMMAS = (CHANGE_LEMMAS - {"earn", "improve", "double", "triple", "boost", "grow", "shrink"}) | {
    "close", "end", "finish", "open", "trade", "outstrip", "outnumber", "settle"}
TRADED_WORDS = {"stock", "stocks", "shares", "bond", "bonds", "price", "prices", "index", "average", "dollar", "yen",
                "treasury", "treasurys", "treasuries", "trading", "exchange", "futures", "yield", "yields", "issues",
                "volume", "nasdaq", "dow", "currency", "currencies"}


def a_days_trading(trigger: Token) -> bool:
    """A move of the market's prices ("In trading on the New York Stock Exchange, Cineplex closed at $11", "The
    Treasury's benchmark 30-year rose fractionally", "Volume … totaled 175.2 million shares"): the day's trading,
    which a daily paper tells on the day it was written (not a company's result, "net rose 5%")."""
    if trigger.lemma_.lower() not in MARKET_LEMMAS or of_a_result(trigger):
        return False
    told = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "prep")]
    return any(word.lower_ in TRADED_WORDS for phrase in told for word in phrase.subtree)


CLOSING_LEMMAS = {"close", "end", "finish", "settle"}
MARKET_WIDE_WORDS = {"index", "average", "composite", "volume", "market", "nasdaq", "dow"}


def a_markets_move(trigger: Token) -> bool:
    """A move of the whole market ("The Nasdaq Composite Index tumbled 5.39", "Friday's trading volume totaled"), not
    of one stock ("The stock fell 7/8 Thursday"): the session a roundup goes on telling."""
    return trigger.lemma_.lower() in MARKET_LEMMAS and not of_a_result(trigger) and any(
        w.lower_ in MARKET_WIDE_WORDS for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree)


def a_stock_move(trigger: Token) -> bool:
    """A stock's move to a price ("Intel eased 1/8 to 31 7/8", "McCaw, which dropped 2 1/2 to 37 3/4") or its close
    at one ("Primerica closed at $28.25, down 50 cents"): a market roundup's line, told of one session."""
    if trigger.lemma_.lower() not in MARKET_LEMMAS or of_a_result(trigger):
        return False
    return _to_a_price(trigger) or any(  # "Dow Jones shares also fell 50 cents to close at $36.125"
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in CLOSING_LEMMAS and not has_subject(c) and _to_a_price(c)
        for c in trigger.children)


def _to_a_price(verb: Token) -> bool:
    """The verb's own "to" phrase holds a number ("eased 1/8 to 31 7/8"), or, a verb of closing, its "at" phrase
    ("closed at $28.25")."""
    words = {"to", "at"} if verb.lemma_.lower() in CLOSING_LEMMAS else {"to"}
    return any(c.dep_ == "prep" and c.lower_ in words and any(n.dep_ == "pobj" and n.like_num for n in c.children)
               for c in verb.children)


def the_close_it_reached(span: Span, trigger: Token) -> bool:
    """"Du Pont's stock rose $2.50 a share to close at $117.375 in … composite trading yesterday" (BR#19's
    kind): the parse hangs the day from "to close", a clause of no subject of its own telling where the change
    ended — the same move, so its time is the change's."""
    if trigger.lemma_.lower() not in CHANGE_LEMMAS:
        return False
    node = branch_to(span.root, trigger)
    return node is not None and node.dep_ in ("advcl", "xcomp") and node.lemma_.lower() in CLOSING_LEMMAS \
        and node.i > trigger.i and not has_subject(node) and any(c.lower_ == "to" for c in node.children)
