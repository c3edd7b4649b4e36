"""The reporting frame of a sentence: how it is attributed, and what is asserted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from service.extraction import cleaning
from service.extraction.attribution import attribute
from service.extraction.lexicon import (
    CIRCUMSTANTIAL,
    CONNECTIVES,
    COPULAS,
    DETERMINERS,
    FRAME_VERBS,
    QUESTION_WORDS,
    SUBJECT_PRONOUNS,
    WEEKDAYS,
    alternation,
)
from service.extraction.speakers import speaker_like as _speaker_like

_VERBS = alternation(FRAME_VERBS)
# Only "told" takes its audience with it: "told reporters", "told Reuters", "told the BBC".
_PHRASE = (
    rf"(?:(?:told|tells)\s+(?:reporters|journalists|the\s+\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    rf"|(?:{_VERBS}))"
)
_OPEN = "\"\u201c\u2018'"
_CLOSE = "\"\u201d\u2019'"
_QUOTE = re.compile(rf"^[{_OPEN}](?P<content>.+?)[,.!?]?[{_CLOSE}]\s*,?\s+(?P<frame>.+)$", re.S)
# "The official, who asked not to be named, said NATO continued to see ..."
_APPOSITIVE = re.compile(
    rf"^(?P<who>[^,]{{1,60}}),\s+(?:who|which)\s+[^,]{{1,80}},\s+(?P<verb>{_PHRASE})"
    r"(?:\s+that)?\s+(?P<content>.+)$",
    re.S,
)
_ACCORDING = re.compile(r"^According to (?P<who>[^,]{1,80}),\s+(?P<content>.+)$", re.S)
# A comma (and perhaps a closing quote mark) that may open a reporting frame.
_FRAME_COMMA = re.compile(rf",[{_CLOSE}]?\s+")
# "Unions said they would fight": cut, "they" would lose who they are.
_PRONOUN_SUBJECT = re.compile(rf"^(?:{alternation(SUBJECT_PRONOUNS)})\b", re.I)
# No speaker: "What he said was ...", "He is said to have left".
_NOT_SPEAKER = re.compile(
    rf"^(?:{alternation(sorted(QUESTION_WORDS))})\b|\b(?:{alternation(COPULAS)})$", re.I
)
_CONNECTIVE = re.compile(rf"^(?:{alternation(CONNECTIVES)})\s*,?\s+", re.I)
# Where or how it was said, between the verb and what was said: "on Friday", "in a statement".
_SETTING = (
    rf"(?:\s+(?:on|last|this)\s+\w+|\s+(?:{alternation(WEEKDAYS, capitalised=True)}|earlier|"
    rf"later|then)|\s+(?:in|on)\s+(?:{alternation(DETERMINERS)})\s+(?:written\s+|joint\s+|"
    r"news\s+|press\s+)?(?:statement|interview|release|website|blog\s+post|tweet|letter|"
    r"briefing|conference|video))"
)
_LEADING = re.compile(
    rf"^(?P<who>[^,{_OPEN}{_CLOSE}]{{1,90}}?)\s+(?P<verb>{_PHRASE})"
    rf"(?:{_SETTING}){{0,2}}(?:\s+that)?,?\s+(?P<content>.+)$",
    re.S,  # case matters: "told Reuters" takes a capitalised audience, not the next word
)
_FRAME = re.compile(
    rf"^(?:(?P<who>.{{1,90}}?)\s+(?P<verb>{_PHRASE})|(?P<verb2>said|says|added)\s+(?P<who2>.{{1,90}}?)"
    rf"|(?P<according>according to .{{1,80}}?))(?P<rest>(?:[\s,].*)?)$",
    re.S,
)
# After the verb, a frame may go on with when, where or how: not with a clause of its own.
_ADVERBIAL = re.compile(
    r"^\s*(?:,\s*)?(?:on|in|at|as|during|while|after|before|when|according|last|this|earlier|"
    rf"later|late|then|{alternation(WEEKDAYS)}|to|from|through|via)\b",
    re.I,
)


def _is_frame(text: str) -> str | None:
    """The reporting verb if ``text`` is a reporting frame ("NATO said on Friday"), else None."""
    match = _FRAME.match(text.strip())
    if not match:
        return None
    if match.group("according"):
        return "according to"
    who = match.group("who") or match.group("who2") or ""
    rest = match.group("rest") or ""
    if not _speaker_like(who.strip()) or (rest.strip() and not _ADVERBIAL.match(rest)):
        return None
    return match.group("verb") or match.group("verb2")


# A clause after a frame that goes on with what was said: "..., the ministry said, as prices
# rose", not one that says something of its own ("..., the ministry said, adding that ...").
_CIRCUMSTANCE = re.compile(rf"^(?:{alternation(CIRCUMSTANTIAL)})\s", re.I)
# What is left once a frame is cut must still be a statement: at least this many words.
MIN_CONTENT_WORDS = 4


@dataclass(frozen=True)
class Frame:
    """What a sentence asserts, and how it is attributed."""

    content: str
    attribution: str | None
    quote: bool


def _tidy(content: str) -> str:
    content = " ".join(content.split()).strip(f" ,;{_OPEN}{_CLOSE}")
    if content and content[-1] not in ".!?":
        content += "."
    # A quotation opened inside the content is closed again after its stop.
    if content.count('"') % 2 or content.count("\u201c") > content.count("\u201d"):
        content += "\u201d" if "\u201c" in content else '"'
    return content[:1].upper() + content[1:]


def _strip_trailing(body: str) -> tuple[str, str | None, bool]:
    """Cut a ", NATO said on Friday" frame out of ``body``. What follows it goes too, unless it
    goes on with the circumstances of what was said (", as employers added 228,000 jobs").

    Returns the content, the reporting verb, and whether the content was a quotation.
    """
    commas = list(_FRAME_COMMA.finditer(body))
    for i, comma in enumerate(commas):
        content = body[: comma.start()]
        if len(content.split()) < MIN_CONTENT_WORDS:
            continue
        end = commas[i + 1].start() if i + 1 < len(commas) else len(body)
        verb = _is_frame(body[comma.end() : end])
        if verb:
            quoted = comma.group().rstrip()[-1:] in _CLOSE
            after = body[end:].lstrip(" ,")
            if not quoted and _CIRCUMSTANCE.match(after):
                content = f"{content}, {after}"
            return content, verb, quoted
    return body, None, False


@lru_cache(maxsize=8192)
def frame(sentence: str) -> Frame:
    """The asserted content without dateline and reporting frame, the reporting phrase, and
    whether the content is a direct quotation. A sentence without a frame is its own content."""
    text = " ".join(cleaning.without_dateline(sentence).split())
    body = text.rstrip(".")
    quotation = _QUOTE.match(body)
    if quotation and len(quotation.group("content").split()) >= MIN_CONTENT_WORDS:
        verb = _is_frame(quotation.group("frame"))
        if verb:
            return Frame(_tidy(quotation.group("content")), verb, True)
    appositive = _APPOSITIVE.match(body)
    if (
        appositive
        and _speaker_like(appositive.group("who"))
        and len(appositive.group("content").split()) >= MIN_CONTENT_WORDS
    ):
        return Frame(_tidy(appositive.group("content")), appositive.group("verb"), False)
    according = _ACCORDING.match(body)
    if according and len(according.group("content").split()) >= MIN_CONTENT_WORDS:
        return Frame(_tidy(according.group("content")), "according to", False)
    content, verb, quoted = _strip_trailing(_CONNECTIVE.sub("", body))
    leading = _LEADING.match(content)
    if (
        leading
        and _speaker_like(leading.group("who"))
        and len(leading.group("content").split()) >= MIN_CONTENT_WORDS
        and not _PRONOUN_SUBJECT.match(leading.group("content"))
        and not _NOT_SPEAKER.search(leading.group("who"))
    ):
        content, verb = leading.group("content"), verb or leading.group("verb")
    if verb is None:
        # The forms these patterns miss (", said Maria Lopez, an economist at Northbank", a
        # quotation with a long frame), read from the parse.
        parsed = attribute(text)
        if parsed.frame and parsed.content and len(parsed.content.split()) >= MIN_CONTENT_WORDS:
            return Frame(_tidy(parsed.content), parsed.frame, parsed.quote)
        # Attributed, but not to be cut ("NATO said it had seen signs": "it" would lose who it
        # is): the sentence is its own content, and says how it is attributed.
        return Frame(text, parsed.frame, False)
    return Frame(_tidy(content), verb, quoted)
