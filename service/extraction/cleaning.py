"""Cleaning pasted web text: drop site chrome and repeated paragraphs, keep offsets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from service.extraction.lexicon import PAGE_PROMPTS, alternation

# Characters that look like a space; each is replaced by one plain space so offsets survive.
_SPACE_LIKE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff\u200b]")

# Lines that are the site talking, not the story: matched case-insensitively outside quotations,
# anywhere in a block of at most MAX_CHROME_WORDS words, or where a sentence opens in a longer one
# (every longer paragraph of FNC-1's 1,683 article bodies that matched one mid-sentence was news).
_CHROME = re.compile(
    r"|".join(
        [
            r"\bis not supported\b.*\bbrowser\b",
            r"\b(update|upgrade|switch) your browser\b",
            r"\boptimal experience\b",
            r"\benable javascript\b",
            r"\bvideo (has expired|is unavailable|is no longer available|cannot be played)\b",
            r"\bsubscribers agree\b",
            r"\b(accept|manage) (all )?cookies\b",
            r"^advertisement$",
            r"\ball rights reserved\b",
            r"^copyright\b",
            r"\bclick here\b",
            r"^(read|see) (more|also)\b",
            r"^(related|more from|recommended|trending)\b",
            r"\bfollow us\b",
            r"\bdownload (our|the) app\b",
            r"\bcontributed to this report\b",
            r"^a message from\b",
            r"^dear readers\b",
            r"\b(support|donate to) (us|our)\b",
            r"\bmake a (donation|contribution)\b",
        ]
    ),
    re.IGNORECASE,
)
MAX_CHROME_WORDS = 40
# Words the news uses too ("consumers will be able to subscribe", "Facebook changed its privacy
# policy", "get Plant to sign up"): the site's only where they open a sentence ("Sign up for ..."),
# in the site's voice ("our newsletter", "We use cookies"), or in a block as short as a menu.
_PROMPTS = re.compile(
    r"\b(newsletters?|subscribe|sign up|share (this|on)|privacy policy|terms of (use|service)"
    r"|cookies?)\b",
    re.IGNORECASE,
)
MAX_MENU_WORDS = 12
_SITE_VOICE = re.compile(r"\b(our|us|we)\b", re.IGNORECASE)
# What may stand between a sentence's start and a prompt: "Please share this article".
_OPENS = re.compile(r"(?:^|[.!?|:]\s*)(?:please |(?:don't|do not) forget to )?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")

# The reader addressed directly: outside a quotation this is the site, not the reporting.
_READER_ADDRESS = re.compile(r"\b(you|your|you're|yours)\b", re.IGNORECASE)
_OUTLET_VOICE = re.compile(r"\b(we|our|us|we're)\b", re.IGNORECASE)
_CALL_TO_ACTION = re.compile(rf"^({alternation(PAGE_PROMPTS)})\b", re.IGNORECASE)
# Double-quoted passages (straight or curly); single quotes double as apostrophes, so not those.
_DOUBLE_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
_SENTENCE_PIECES = re.compile(r"[^.!?]+[.!?]*")
_TERMINAL = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
# The place (and perhaps the date and the agency) a wire story starts with, before the sentence
# proper: "VILNIUS - ", "Brussels: ", "ELON, N.C. \u2013 ", "MANAGUA, Nicaragua (AP) \u2014 ",
# "PROVO, Utah, Dec. 23 (UPI) -- ", "LONDON, Nov 29 (Reuters) - ".
_DASH = r"(?:--|[-\u2013\u2014])"
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}\s*(?:" + _DASH + r"|:)"
    r"|[A-Z][A-Z .,'()]{1,60}?\s*"
    + _DASH
    + r"|[A-Z][A-Za-z0-9 .,]{1,40}\([A-Z][A-Za-z .-]{0,30}\)\s*"
    + _DASH
    + r")\s+"
)
_BYLINE = re.compile(r"^(-|\u2013|\u2014|by)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}$")


@dataclass(frozen=True)
class Span:
    """A stretch of the submitted text, by character offsets."""

    start: int
    end: int


def normalise(text: str) -> str:
    """Replace space-like characters by plain spaces, one for one, so offsets are kept."""
    return _SPACE_LIKE.sub(" ", text)


def without_dateline(sentence: str) -> str:
    """The sentence without the dateline a wire story starts with."""
    dateline = _DATELINE.match(sentence)
    return sentence[dateline.end() :] if dateline else sentence


def fingerprint(text: str) -> str:
    """A key under which two renderings of the same passage compare equal."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"[\u2018\u2019\u201a\u201b`]", "'", folded)
    folded = re.sub(r"[\u201c\u201d\u201e\u201f]", '"', folded)
    folded = re.sub(r"[\u2010-\u2015]", "-", folded)
    return " ".join(folded.split())


def _blocks(text: str) -> Iterator[Span]:
    """Each non-blank line, trimmed, as a span of ``text``."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        yield Span(start, start + len(stripped))


def _unquoted(block: str) -> str:
    return _DOUBLE_QUOTED.sub(" ", block)


def addresses_reader(block: str) -> bool:
    """The block speaks to the reader: a question or a call to action standing alone, or a
    paragraph most of whose sentences say "you" or ask something.

    A lone sentence that says "you" is not enough: in a quoted speech or a claim sent on its own
    it is a speaker's ("your plan will kill 700,000 jobs"); on ClaimBuster's validation part,
    counting it dropped 22 of 215 check-worthy sentences (F1 0.814 -> 0.778).
    """
    pieces = [p.strip() for p in _SENTENCE_PIECES.findall(block) if p.strip()]
    if not pieces:
        return False
    if len(pieces) == 1:
        return pieces[0].endswith("?") or bool(_CALL_TO_ACTION.match(pieces[0]))
    chrome_like = sum(
        1
        for p in pieces
        if p.endswith("?") or _CALL_TO_ACTION.match(p) or _READER_ADDRESS.search(_unquoted(p))
    )
    return chrome_like * 2 > len(pieces)


# A block without a sentence's closing stop is a fragment when it is this short, or when this
# share of its longer words are capitalised (a headline, a menu).
_FRAGMENT_WORDS = 12
_TITLE_CASE_SHARE = 0.6


def is_fragment(block: str) -> bool:
    """Headlines, menus, bylines and datelines: no sentence to check."""
    if _BYLINE.match(block):
        return True
    if _TERMINAL.search(block):
        return False
    words = block.split()
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in long_words)
    title_case = capitalised >= _TITLE_CASE_SHARE * max(len(long_words), 1)
    return len(words) < _FRAGMENT_WORDS or title_case


def is_site_text(block: str) -> bool:
    """The block is a line that only the site writes (menus, cookie banners, appeals, credits);
    a paragraph of news that mentions subscribing or a privacy policy is not."""
    text = _unquoted(block)
    words = len(text.split())
    if any(
        words <= MAX_CHROME_WORDS or _opens_sentence(text, m.start())
        for m in _CHROME.finditer(text)
    ):
        return True
    return any(
        words <= MAX_MENU_WORDS
        or _opens_sentence(text, m.start())
        or bool(_SITE_VOICE.search(_sentence_around(text, m.start(), m.end())))
        for m in _PROMPTS.finditer(text)
    )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the phrase at ``at`` opens a sentence of ``text`` (after a "please")."""
    return bool(_OPENS.search(text, 0, at))


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closing = _SENTENCE_END.search(text, end)
    return text[opening : closing.start() if closing else len(text)]


def clean(text: str) -> list[Span]:
    """The blocks of ``text`` that carry the article, each once, in order (see ``sort``)."""
    return [span for span, dropped in sort(text) if dropped is None]


def sort(text: str) -> list[tuple[Span, str | None]]:
    """Every block of ``text``, in order, with why it was dropped (None for a block kept).

    A block is dropped when it is site chrome ("site text", or "speaks to the reader": an
    appeal, a lone question or call to action), a fragment such as a headline, a
    menu or a byline ("headline"), or a repeat of an earlier block ("repeats an earlier
    claim"). After a chrome block, blocks in the outlet's own voice ("we", "our" outside
    quotations) or speaking to the reader are chrome too: appeals and promotions run on for
    several paragraphs.
    """
    text = normalise(text)
    blocks: list[tuple[Span, str | None]] = []
    seen: set[str] = set()
    in_chrome = False
    for span in _blocks(text):
        block = text[span.start : span.end]
        key = fingerprint(block)
        dropped: str | None = None
        if key in seen:
            dropped = "repeats an earlier claim"
        elif (site := is_site_text(block)) or addresses_reader(block):
            in_chrome = True
            dropped = "site text" if site else "speaks to the reader"
        elif is_fragment(block):
            dropped = "headline"
        elif in_chrome and (
            _OUTLET_VOICE.search(_unquoted(block)) or _READER_ADDRESS.search(_unquoted(block))
        ):
            dropped = "site text"
        else:
            in_chrome = False
        seen.add(key)
        blocks.append((span, dropped))
    return blocks
