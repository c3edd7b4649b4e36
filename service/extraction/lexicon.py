"""Every word list the service reads text with, once, and the tokeniser the lists are matched on.

Extraction (frames, speakers, dates, site chrome) and judging (negation, hedges, figures) both
read them from here; tests/unit/test_layout.py fails when a list is written out anywhere else.
Where two readers need slightly different lists, the difference is named here, with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip

# Verbs that report what someone said ("NATO said", "the minister warned").
REPORTING_VERBS = (
    "said", "says", "added", "stated", "announced", "estimated", "warned", "reported", "claimed",
    "insisted", "confirmed", "noted", "explained", "argued", "acknowledged", "admitted",
)  # fmt: skip
# A frame cut from a claim's text may also be written ("she wrote") or in the present ("adds").
FRAME_VERBS = (*REPORTING_VERBS, "adds", "wrote")
# The words of saying a judge skips to find what a denial is about, and the verbs after which
# "would" reports a plan rather than a wish ("said it would cut").
SAYING = ("said", "says", "say", "told", "according", "added", "stated", "announced", "that")
# The same frames as participles ("with its boss admitting the company did not ...").
SAYING_PARTICIPLES = (
    "saying", "adding", "stating", "announcing", "warning", "claiming", "insisting", "noting",
    "explaining", "arguing", "acknowledging", "admitting", "conceding", "confessing",
    "accepting", "recognising", "recognizing", "telling",
)  # fmt: skip
REPORTED_FUTURE_VERBS = ("said", "says", "announced", "confirmed", "stated", "added", "warned",
                         "warns", "insisted", "insists", "promised", "pledged")  # fmt: skip

# Lemmas of verbs that carry no statement of their own: being, having, doing, the modals.
LIGHT_VERB_LEMMAS = frozenset({"be", "have", "do", "will", "would", "can", "could", "may", "might",
                               "shall", "should", "must"})  # fmt: skip
# Lemmas of the verbs that report a statement.
SAYING_LEMMAS = frozenset({
    "say", "tell", "add", "state", "announce", "estimate", "warn", "report", "claim", "insist",
    "confirm", "note", "explain", "argue", "acknowledge", "admit", "write", "deny", "urge",
    "dispute", "vow", "pledge", "predict", "suggest", "tweet", "remind", "retract", "assert",
    "allege", "concede", "declare", "stress", "reiterate", "caution", "contend", "maintain",
    "quote", "call",
})  # fmt: skip
# Verbs of saying whose clause the speaker does not assert: "The ministry denied that troops had
# left" does not say that they had, so its frame is never cut.
DENIAL_LEMMAS = frozenset({"deny", "dispute", "retract", "reject"})
# Verbs by which a document reports what it found ("A survey by the statistics office showed
# that unemployment fell"): reporting only with a document as their subject.
FINDING_LEMMAS = frozenset({"show", "find", "indicate", "conclude", "reveal"})
# Nouns of a document that speaks for whoever issued it ("a report by the Harbour Institute").
DOCUMENTS = frozenset({
    "report", "statement", "survey", "study", "poll", "estimate", "analysis", "document",
    "release", "letter", "memo", "filing", "data", "figures", "tally", "assessment", "article",
})  # fmt: skip
# Nouns of a publication: "the paper said" is the newspaper the article last quoted.
PUBLICATIONS = frozenset({"paper", "newspaper", "magazine", "tabloid", "daily", "weekly"})
# Words in the name of a newspaper or magazine ("New York Post", "The Daily Courier").
PUBLICATION_NAME_WORDS = frozenset({
    "post", "times", "journal", "herald", "tribune", "gazette", "telegraph", "guardian",
    "mirror", "mail", "courier", "chronicle", "express", "observer", "independent", "standard",
    "globe", "inquirer", "examiner", "dispatch", "sentinel", "bulletin", "register", "daily",
    "magazine", "weekly", "review", "record",
})  # fmt: skip
# Plural nouns without an "s" that figures count ("hundreds of people", "300 children").
IRREGULAR_PLURALS = ("people", "children", "men", "women", "police", "personnel", "staff")

# Words that open an indirect question: "It did not say where the attacks occurred" reports
# no statement.
QUESTION_WORDS = frozenset({"where", "how", "when", "whether", "why", "what", "who", "which", "if"})
# Forms of "be": "He is said to have left" is a passive, not "He is" saying something.
COPULAS = ("is", "was", "are", "were", "be", "been", "being")
# Relative pronouns: "the student who wrote the story said" is said by the student.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})

# Words that open a sentence by linking it to the last one.
CONNECTIVES = ("however", "but", "and", "meanwhile", "still", "yet")
# Words that open a clause going on with the circumstances of what came before ("..., the
# ministry said, as prices rose").
CIRCUMSTANTIAL = ("as", "while", "whereas", "because", "although", "though")
# Determiners and possessives: a phrase that starts with one is a description, not a name.
DETERMINERS = ("the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our")
# Those a share reaches through to what it counts ("two thirds of its troops").
SHARE_DETERMINERS = ("the", "its", "their", "these")
PRONOUNS = ("he", "she", "they")
# Pronouns that may stand as a clause's subject: a clause that starts with one loses who it is
# about when its reporting frame is cut ("NATO said it had seen signs").
SUBJECT_PRONOUNS = (*PRONOUNS, "it", "i", "we", "you")
# Nouns that name a speaker without a name ("a spokeswoman", "officials").
SPEAKER_NOUNS = (
    "official", "spokesman", "spokeswoman", "spokesperson", "officials", "minister", "ministry",
    "officer", "source", "sources", "analyst", "analysts", "expert", "experts",
)  # fmt: skip
# Honorifics: before a name, and alone no role.
HONORIFICS = ("Mr", "Mrs", "Ms", "Dr")
# Abbreviated titles ("Rear Adm. John Kirby").
TITLE_ABBREVIATIONS = ("Adm", "Gen", "Lt", "Col", "Sgt", "Rep", "Sen")
# Words written before a name that are not part of it.
TITLES = (
    "Secretary", "General", "President", "Minister", "Prime", "Foreign", "Defence", "Defense",
    "Chancellor", "Senator", *HONORIFICS, "Sir", "Head", "Chief", "Spokesman", "Spokeswoman",
    "Spokesperson", "Leader", "Speaker",
    "State", "Secretary-General", "Vice", "Deputy", "Governor", "Mayor", "Ambassador",
    "Commander", "Colonel", "Lieutenant", "Admiral", "King", "Queen", "Prince", "Pope",
    "Rear", "Brigadier", "Captain", "Sergeant", "Corporal", "Marshal",
    "Professor", "Prof", "Judge", "Justice", "Rev", "Reverend", "Bishop", "Archbishop",
    "Cardinal", "Sheikh", "Lord", "Dame", "Director", "Chairman", "Chairwoman",
    "Chair", "Executive", "Officer", "Representative", "Congressman", "Congresswoman",
    "Commissioner", "Inspector", "Detective", "Sheriff", "Superintendent", "Attorney",
    "Councillor", "Councilman", "Councilwoman", "Coach", "Manager", "Founder",
    "Screenwriter", "Writer", "Author", "Actor", "Actress", "Singer", "Producer", "Rapper",
)  # fmt: skip
# The nouns that head the name of an organisation, whose "of" or "for" belongs to the name
# ("Federal Bureau of Investigation", "Centers for Disease Control and Prevention").
ORGANISATION_HEADS = frozenset({
    "bureau", "department", "ministry", "office", "center", "centre", "centers", "centres",
    "observatory", "institute", "institution", "committee", "council", "agency", "commission",
    "organisation", "organization", "association", "union", "court", "university", "college",
    "school", "society", "foundation", "federation", "board", "bank", "service", "services",
    "command", "corps", "academy", "league", "party", "church", "museum", "hospital",
    "authority", "administration", "directorate", "assembly", "parliament", "coalition",
    "network", "fund", "programme", "program", "forces", "army", "navy", "police", "group",
    "trust", "laboratory", "chamber", "tribunal", "cabinet", "embassy", "government",
    "secretariat", "division", "unit", "mission", "campaign", "alliance",
    "system", "corporation", "company", "people", "republic", "state", "states",
})  # fmt: skip

# Nouns by which news refers back to a firm, a body or a country it has named ("the carmaker"
# after Toyota); any other description points back to a person ("the billionaire").
BODY_NOUNS = frozenset({
    "firm", "carmaker", "automaker", "retailer", "giant", "maker", "manufacturer", "airline",
    "lender", "insurer", "broadcaster", "startup", "club", "team", "country", "nation", "city",
    "province", "region", "kingdom", "regime", "outlet", "website", "site", "publisher",
    "studio", "label", "chain", "brand", "operator", "supplier", "conglomerate", "bloc",
    "charity",
})  # fmt: skip

# Verbs that open a call to the reader ("Subscribe to ...", "Click here").
CALLS_TO_ACTION = (
    "find", "sign", "subscribe", "click", "read", "follow", "download", "support", "donate",
    "join", "register", "get", "try", "share", "watch", "listen",
)  # fmt: skip
# Site chrome also prompts to log in, continue reading, or be reminded.
PAGE_PROMPTS = (*CALLS_TO_ACTION, "log in", "continue", "remind")
# A sentence that opens with one of these addresses the reader; it is no claim.
IMPERATIVES = (*CALLS_TO_ACTION, "visit", "check", "call", "email", "contact", "see")

# Words that deny outright ("no sign", "cannot").
NEGATIONS = frozenset({
    "no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    "nowhere",
})  # fmt: skip
# The negations that deny of everyone or everything ("Nobody was hurt", "no one", "none").
DENIALS_OF_ALL = frozenset({"no", "nobody", "none", "nothing", "nowhere"})
# Verbs that deny what they report ("disputed that it was withdrawing").
DENIAL_VERBS = frozenset({
    "denied", "denies", "deny", "disputed", "disputes", "dispute", "debunked", "debunks", "debunk",
    "refuted", "refutes", "refute",
})  # fmt: skip
# Denying verbs that are nouns too ("after the pay dispute was settled"): an explanation names
# no such noun as a negation (checks.denial_nouns).
DENIAL_NOUNS = frozenset({"dispute", "disputes"})
# Nouns that put what follows them ("rumours that he had died", "a story of his death") at one
# remove: the claim says the report exists, not that what it reports is so. SAID_NOUNS are also
# only a report as the subject of its making ("the allegations were first reported by a
# newspaper", "rumours spread online", REPORTS_MADE's lemmas); a report or a story as a subject
# is as often the document itself ("the report was published").
SAID_NOUNS = (
    "rumor", "rumors", "rumour", "rumours", "claim", "claims", "speculation", "allegation",
    "allegations",
)  # fmt: skip
REPORT_NOUNS = (*SAID_NOUNS, "report", "reports", "story", "stories")
REPORTS_MADE = frozenset({
    "report", "make", "publish", "surface", "emerge", "appear", "air", "circulate", "spread",
    "level", "print", "broadcast",
})  # fmt: skip
# What a percentage measures, named in its clause: two percentages of different such things
# ("won 60 percent of the vote", "turnout was 45 percent") are no two figures for one.
RATE_NOUNS = frozenset({
    "turnout", "vote", "votes", "inflation", "unemployment", "growth", "approval", "interest",
    "tax", "vat", "stake", "margin", "margins", "yield", "yields", "occupancy", "literacy",
    "participation", "poverty",
})  # fmt: skip
# Currencies as a figure's unit, singular ("3.1 billion euros").
CURRENCIES = frozenset({
    "euro", "dollar", "pound", "yen", "yuan", "renminbi", "franc", "rupee", "rouble", "ruble",
    "krona", "krone", "peso", "lira", "rand", "dirham", "shekel", "naira", "zloty", "forint",
})  # fmt: skip
# What a sum of money measures, named in its clause, each word by the name of its measure: two
# sums of different such things ("profit of 3.1 billion euros", "revenue of 41 billion euros")
# are no two figures for one; a profit and a loss are one result, told either way.
MONEY_MEASURES = {
    **dict.fromkeys(("revenue", "revenues", "sales", "turnover"), "revenue"),
    **dict.fromkeys(("profit", "profits", "earnings", "loss", "losses"), "result"),
    **dict.fromkeys(("debt", "debts", "borrowing"), "debt"),
    **dict.fromkeys(("deficit", "surplus"), "balance"),
    **dict.fromkeys(("cost", "costs", "price", "prices", "fare", "fares", "fee", "fees"), "price"),
    **dict.fromkeys(("wage", "wages", "salary", "salaries", "pay", "bonus", "bonuses"), "pay"),
    **dict.fromkeys(("fine", "fines", "penalty", "penalties", "damages"), "penalty"),
    **dict.fromkeys(("dividend", "dividends"), "dividend"),
    **dict.fromkeys(("valuation", "valued", "worth"), "value"),
    **dict.fromkeys(("budget", "spending"), "budget"),
    **dict.fromkeys(("investment", "investments", "invest", "invested"), "investment"),
}
# Verbs that dismiss a report ("rebuffs rumours that he died", "shoots down a report of"): a
# claim holding one does more than report it.
DISMISSALS = (
    "rebuff", "rebuffs", "rebuffed", "rebuffing", "slam", "slams", "slammed", "slamming",
    "dismiss", "dismisses", "dismissed", "dismissing", "reject", "rejects", "rejected",
    "rejecting", "quash", "quashes", "quashed", "quashing", "shoot down", "shoots down",
    "shot down", "shooting down",
)  # fmt: skip
# Verbs that close a possibility ("ruled out an early election", "excluded a second
# infection"), as written. Denied ("has not ruled out", "cannot be excluded"), they keep it open:
# a claim that says so asserts only that something may be so.
CLOSING_VERBS = (
    "rule out", "rules out", "ruled out", "ruling out", "dismiss", "dismisses", "dismissed",
    "dismissing", "exclude", "excludes", "excluded", "excluding", "discount", "discounts",
    "discounted", "discounting",
)  # fmt: skip
# Their lemmas in spaCy's parse ("rule" with its particle "out").
CLOSING_LEMMAS = frozenset({"rule", "dismiss", "exclude", "discount"})
# Words that call a report untrue: a claim holding one denies what the report says.
FALSITY_WORDS = frozenset({
    "false", "untrue", "fake", "hoax", "baseless", "unfounded", "bogus", "myth", "fabricated",
    "exaggerated", "misleading", "doubt", "doubts", "doubted", "doubtful",
})  # fmt: skip
# Words that make an office another one: the "deputy mayor" is not the mayor, the
# "vice-president" not the president.
OTHER_OFFICE = ("deputy", "vice", "assistant", "acting", "interim", "co")
# Verbs of a comment withheld ("declined to comment", "did not respond to a request for
# comment"): a claim that states only these says nothing of the facts.
NO_COMMENT_LEMMAS = frozenset({
    "decline", "refuse", "comment", "respond", "reply", "reach", "return", "elaborate", "discuss",
})  # fmt: skip
# Verbs of making known: a claim that something was not named or disclosed ("Police have not
# named the three people killed") tells nothing of whether it happened.
DISCLOSURE_LEMMAS = frozenset({"name", "identify", "disclose", "reveal"})
# Words that mark a thing as another of its kind ("two other pupils", "a similar attack").
OTHER_OF_KIND = frozenset({"other", "another", "similar", "different", "separate"})
# Nouns for any fault of a kind: a search that found none ("found no wrongdoing") reaches
# whatever fault the other claim says it found ("found widespread fraud").
ANY_FAULT = frozenset({
    "wrongdoing", "irregularity", "irregularities", "problem", "problems", "fault", "faults",
    "flaw", "flaws", "defect", "defects", "error", "errors", "misconduct", "failings",
})  # fmt: skip
# Verbs of a search that finds things ("The inspection found cracks").
SEARCH_LEMMAS = frozenset({"find", "discover", "uncover", "detect", "identify", "spot"})
# What a search finds or does not ("found no evidence of poison", "no sign of a second
# infection"): its want of one leaves open whether the thing is so.
EVIDENCE_NOUNS = frozenset({
    "evidence", "sign", "signs", "proof", "trace", "traces", "indication", "indications",
})  # fmt: skip
# Words that, added to a sentence, change what it says of what it names rather than add a
# detail: one that is not what it seems or no longer holds ("a former president", "a fake
# Picasso", "the alleged attack"), an event that fell short ("almost won"), or a second
# statement joined on ("and", "but").
CHANGING_WORDS = frozenset({
    "former", "ex", "late", "then", "fake", "false", "mock", "replica", "counterfeit", "alleged",
    "supposed", "so-called", "would-be", "attempted", "failed", "planned", "proposed",
    "potential", "possible", "rumoured", "rumored", "reported", "purported", "almost", "nearly",
    "barely", "hardly", "scarcely", "far", "short", "and", "or", "but", "while", "whereas",
    "although", "though", "yet", "however", "instead", "rather", "than", "except", "unless", "if",
    "before", "after", "until", "without",
})  # fmt: skip
# Ordinal words: one of a series ("the first half", "the second half").
ORDINALS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
})  # fmt: skip
# Words that make "a third" or "a quarter" before them an ordinal ("a third term", "a third
# quarter"), not a share.
ORDINAL_NOUNS = (
    "day", "days", "time", "term", "straight", "consecutive", "successive", "quarter", "round",
    "year", "week", "month", "season", "game", "match", "attempt", "place", "wave", "runway",
    "party", "generation", "reading", "leg", "stage", "test", "dose", "booster", "shot",
    "century", "night", "child", "world", "country", "person", "suspect", "victim", "bid",
)  # fmt: skip
# Words before a bare year that make it the time of something ("sales for 2021 remaining within
# the range", "in Q4 2020 due to"), not a count of what follows it.
YEAR_LEADS = ("in", "of", "for", "since", "until", "by", "from", "to", "during", "through",
              "before", "after", "fiscal", "q1", "q2", "q3", "q4", "h1", "h2", "fy")  # fmt: skip
# Verbs (as written) whose two sides cannot be exchanged for one event: "Brazil beat Germany"
# is no "Germany beat Brazil". Not "met", "sued" or "accused", where each may do it to the other.
ONE_WAY_VERBS = (
    "beat", "beats", "beaten", "defeated", "defeats", "defeat", "overtook", "overtakes",
    "overtaken", "acquired", "acquires", "acquire", "bought", "buys", "buy", "took over",
    "takes over", "taken over", "replaced", "replaces", "replace", "succeeded", "succeeds",
    "ousted", "ousts", "unseated", "unseats", "eliminated", "eliminates", "knocked out",
    "outvoted", "outscored", "outsold", "outnumber", "outnumbers", "outnumbered", "leads",
    "trails", "trailed", "won against", "lost to",
)  # fmt: skip
# Lemmas of deeds that only one doer does to a thing (a company is bought by one buyer, a film
# directed, a tournament hosted, a man killed by one hand or one side): two named doers of one
# exclude each other. Not visiting, seizing or catching, which many may do, nor signing (a
# treaty) or publishing (a report).
EXCLUSIVE_DEEDS = frozenset({
    "buy", "acquire", "purchase", "direct", "write", "compose", "found", "invent", "discover",
    "design", "win", "assassinate", "host", "own", "coach", "build", "kill", "murder", "shoot",
    "beat", "defeat",
})  # fmt: skip
# Words before a day that make it a bound or a stretch ("before 20 August", "starting March 14"),
# not the day something happened.
DAY_BOUNDS = ("before", "after", "as of", "by", "since", "until", "till", "from", "starting",
              "between", "through", "prior to", "following", "and", "to", "or", "as early as",
              "as late as", "no later than", "ahead of", "effective")  # fmt: skip
# Events that happen once, grouped by verbs (as lemmas) that name the same one: two days given for
# one of them cannot both be right ("will hold the referendum on 14 October", "the referendum is
# scheduled for 3 March"). A verb of a thing that recurs ("rose on Monday") is not here.
ONE_TIME_EVENTS = (
    ("hold", "schedule", "set", "plan", "stage", "take", "happen", "occur"),
    ("begin", "start", "open", "launch", "commence", "kick"),
    ("end", "finish", "conclude", "close", "expire"),
    ("release", "premiere", "publish", "air", "debut"),
    ("bear",),
    ("die", "kill"),
    ("found", "establish", "create", "form"),
    ("resign", "quit", "retire"),
    ("marry", "wed"),
    ("elect",),
    ("surrender",),
    ("confess",),
    ("sentence",),
    ("convict",),
    ("acquit",),
    ("crash",),
    ("sink",),
    ("abdicate",),
)  # fmt: skip
# Words that speak of how much or how many without a figure ("all", "only", "nobody").
AMOUNT_WORDS = frozenset({
    "all", "none", "only", "most", "many", "few", "every", "each", "nobody", "no", "nothing",
    "several", "some", "dozens", "hundreds", "thousands", "millions", "both", "single", "alone",
    "empty", "full", "half", "whole", "entire", "sole", "majority", "minority", "everyone",
    "anyone", "anything",
})  # fmt: skip
# Words that deny only a degree of what they qualify ("no significant damage", "did not fall
# sharply", "nobody was seriously hurt"): a small amount of it is not denied.
DEGREE_WORDS = frozenset({
    "large", "significant", "significantly", "substantial", "substantially", "major", "serious",
    "seriously", "large-scale", "meaningful", "meaningfully", "marked", "markedly", "dramatic",
    "dramatically", "drastic", "drastically", "considerable", "considerably", "appreciable",
    "appreciably", "sizeable", "sizable", "big", "widespread", "much", "sharp", "sharply", "steep",
    "steeply", "severe", "severely", "heavy", "heavily", "extensive", "extensively", "massive",
    "material", "materially", "mass", "wholesale", "huge",
})  # fmt: skip
# Words that tell a large amount of something ("most of the troops", "fell sharply", "destroyed
# the port"): what a denial of degree does deny.
LARGE_AMOUNT_WORDS = DEGREE_WORDS - {"much", "material", "materially"} | frozenset({
    "most", "majority", "bulk", "all", "entire", "entirely", "whole", "half", "halved",
    "thirds", "quarters", "every", "badly", "sweeping", "destroyed", "devastated", "wrecked",
    "gutted", "razed", "flattened", "collapsed", "plunged", "plummeted", "soared", "surged",
    "slumped", "tumbled", "doubled", "tripled", "wiped", "crippled", "paralysed", "paralyzed",
    "overwhelmed",
})  # fmt: skip
# Words that tell a small amount of something ("minor cuts", "edged up slightly", "a handful of
# flights"): what a denial of degree leaves open.
SMALL_AMOUNT_WORDS = frozenset({
    "minor", "slight", "slightly", "few", "handful", "only", "barely", "lightly", "little",
    "small", "marginal", "marginally", "modest", "modestly", "limited", "hairline", "mild",
    "mildly", "minimal", "negligible", "superficial", "edged",
})  # fmt: skip
# A hedge just before a word of stillness says a thing hardly moved ("has barely changed", "was
# little changed", "held roughly steady"): what a slight rise or fall leaves true.
NEAR_STILL_HEDGES = frozenset({
    "barely", "hardly", "scarcely", "little", "virtually", "almost", "nearly", "largely",
    "broadly", "roughly", "essentially",
})  # fmt: skip
STILL_WORDS = frozenset({
    "changed", "unchanged", "moved", "budged", "flat", "steady", "stable", "level",
})  # fmt: skip
# Words that tell a movement was slight ("edged up", "rose slightly", "a modest rise").
SLIGHT_MOVE_WORDS = frozenset({
    "slightly", "slight", "marginally", "marginal", "edged", "modestly", "modest",
    "fractionally", "inched", "nudged", "ticked",
})  # fmt: skip
# Nouns for a whole a part is counted out of: "out of a crowd of 20,000" (extraction/facts.py).
WHOLE_NOUNS = ("crowd", "total", "roll", "population", "workforce", "field", "fleet")
# Words that say a part stayed as it was ("but tens of thousands remained"): a large amount
# told of what stayed is no large change.
STAYED_WORDS = frozenset({
    "remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "still", "intact",
    "unaffected", "unharmed", "undamaged", "unchanged",
})  # fmt: skip
# Words before a figure that make it a bound: "more than 16,500 tests" is no 15,998 tests.
LOWER_BOUNDS = ("more than", "over", "at least", "above")
UPPER_BOUNDS = ("fewer than", "less than", "up to", "under", "below")
# Verbs whose "up" goes with them, not with "to": "Inflation picked up to 3.9 percent" moved to
# the figure, and bounds nothing.
MOVED_UP = (
    "picked", "picking", "ticked", "ticking", "edged", "edging", "inched", "inching", "crept",
    "moved", "moving", "went", "going", "gone", "shot", "jumped", "climbed", "climbing", "rose",
    "risen", "rising", "revised", "ramped", "stepped", "bumped", "nudged", "pushed", "marked",
)  # fmt: skip
# Phrases that set a claim at an earlier point of a story ("At the peak, Russia had 40,000 troops
# massed"): what held then is no denial of a change since.
EARLIER_POINT = (
    "at the peak", "at its peak", "at their peak", "at the height", "at its height",
    "at their height", "initially", "at first", "originally", "previously", "formerly",
    "at one point",
)  # fmt: skip
# Parts of a whole, by the word that names each: one claim may say one thing of a part and
# another claim the opposite of another part ("The ceasefire held in the north", "Fighting
# continued in the south").
PARTS = (
    {"north": "north", "northern": "north", "south": "south", "southern": "south",
     "east": "east", "eastern": "east", "west": "west", "western": "west"},
    {"adult": "adult", "adults": "adult", "child": "child", "children": "child",
     "kids": "child", "minors": "child", "teenagers": "teenager", "pensioners": "pensioner"},
    {"export": "export", "exports": "export", "import": "import", "imports": "import"},
    {"domestic": "home", "foreign": "abroad", "overseas": "abroad", "international": "abroad"},
    {"urban": "urban", "rural": "rural"},
)  # fmt: skip
# Words by which a claim reaches back over a stretch of time ("every year", "for decades", "since
# the outbreak"), not only to how things stand after a time another claim names.
SPANS_BACK = ("every", "each", "for years", "for decades", "for centuries", "for generations",
              "since", "ever", "long", "before", "once", "first", "earlier")  # fmt: skip
# Words that make a claim hold at every point of a stretch of time ("remained open throughout
# the crisis"), which a claim set at an earlier point of it falls within.
WHOLE_TIME = ("throughout", "all along", "at all times", "at no point", "at no time", "always",
              "never")  # fmt: skip
# Verbs that undo an earlier change ("reopened", "resumed"): each tells that the opposite
# happened before, so a claim telling of that earlier change is no conflict with it.
RESTORING_VERBS = frozenset({
    "reopen", "resume", "restart", "reinstate", "restore", "reconnect", "reinstall",
    "recommence", "reestablish", "re-establish", "re-open", "relaunch", "reinstitute",
})  # fmt: skip
# Words that speak of part of a whole without counting it ("most of the flights").
PART_WORDS = frozenset({"most", "many", "some", "several", "majority", "few"})
# One-time events, each verb (by lemma) by the name of its kind: two dates for events of one kind
# ("was built in 1932", "was completed in 1958") are two dates for one event; events of other
# kinds ("was built in 1887", "was repaired in 1962") follow one another.
EVENT_KINDS = {
    **dict.fromkeys((
        "build", "construct", "complete", "finish", "erect", "found", "establish", "create",
        "open", "reopen", "inaugurate", "unveil", "launch", "start", "begin", "sign", "date",
        "introduce", "set",
    ), "beginning"),
    **dict.fromkeys((
        "publish", "appear", "release", "print", "premiere", "air", "debut", "issue",
    ), "publication"),
    **dict.fromkeys((
        "detect", "record", "find", "discover", "confirm", "identify", "diagnose", "report",
        "spot", "register",
    ), "discovery"),
    **dict.fromkeys((
        "appoint", "name", "elect", "choose", "select", "nominate", "install", "hire",
        "recruit", "join",
    ), "appointment"),
    **dict.fromkeys((
        "resign", "quit", "leave", "retire", "sack", "fire", "dismiss", "oust", "step",
        "depart", "replace",
    ), "departure"),
    **dict.fromkeys(("die", "kill", "perish", "murder", "execute", "assassinate"), "death"),
    **dict.fromkeys(("buy", "acquire", "purchase", "sell", "merge"), "sale"),
    **dict.fromkeys((
        "close", "shut", "demolish", "end", "abolish", "scrap", "dissolve", "disband", "stop",
        "cease", "halt",
    ), "ending"),
}  # fmt: skip
# Words that name harm to people ("injured", "casualties", "died", "no survivors"): a claim
# whose every denial names one only denies that anyone was hurt ("Nobody was injured in the fire").
HARM_DENIED = frozenset({
    "injure", "injured", "injures", "injuring", "injury", "injuries", "hurt", "hurts", "wound",
    "wounded", "wounds", "casualty", "casualties", "dead", "die", "died", "dies", "dying",
    "death", "deaths", "kill", "killed", "kills", "killing", "fatal", "fatality", "fatalities",
    "harm", "harmed", "survivor", "survivors",
})  # fmt: skip
# Words that tell of people hurt, killed, spared or sought, and where the hurt are taken: a claim
# naming one bears on a denial of harm ("Three people were taken to hospital"; "did not shell
# the hospital" denies no harm, so these are not HARM_DENIED).
HARM_WORDS = HARM_DENIED | frozenset({
    "victim", "victims", "survive", "survived", "alive", "unhurt", "unharmed", "uninjured",
    "hospital", "hospitals", "hospitalised", "hospitalized", "treated", "body", "bodies",
    "missing", "trapped", "rescued", "lives", "life", "toll", "massacre", "massacred",
    "murder", "murdered", "shot", "stabbed", "slain", "burns", "bruises", "bruising",
    "fractures", "concussion",
})  # fmt: skip
# Words that make a claim hold over a stretch of time rather than at a point of it ("closed
# until September", "has held since Sunday", "is still at large"), or set its time only on one
# side ("married after July 1983").
SPAN_WORDS = frozenset({
    "until", "till", "since", "still", "yet", "remain", "remains", "remained", "stay", "stays",
    "stayed", "throughout", "always", "never", "already", "ever", "after", "before",
})  # fmt: skip
# Lengths of time, in the singular ("12 years" is a span, not a count of things).
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
# Other names of one measured thing, by lemma ("jobless rate", "unemployment").
SAME_MEASURE = {"jobless": "unemployment", "joblessness": "unemployment", "stock": "share",
                "earning": "profit", "earnings": "profit", "house": "home"}  # fmt: skip
# Words that make an assertion tentative: "may be preparing to withdraw" is no flat claim.
HEDGES = frozenset({
    "may", "might", "could", "possibly", "perhaps", "appear", "appears", "appeared", "seem",
    "seems", "seemed", "suggest", "suggests", "suggested", "likely", "unlikely", "unclear",
    "reportedly", "allegedly", "probably",
})  # fmt: skip
# Calls and wishes assert nothing about what happened.
CALLS = frozenset({
    "urge", "urged", "urges", "urging", "should", "must", "hope", "hopes", "demand", "demanded",
    "demands", "called", "calls", "call", "would", "if",
})  # fmt: skip
# Words too common to say two claims are about the same thing.
STOPWORDS = frozenset(
    "a an the of to in on at by for from with and or but as is are was were be been being has have "
    "had it its this that these those there their they he she his her we our you your i said says "
    "say told would could should may might will can do does did some any all also than then which "
    "who whom what when where while into about over after before such very more most".split()
)
# The same for choosing a long text's sentences nearest a claim (judging/passages.py). The judge's
# training data was cut with this list, so the service cuts with it too; it differs from the one
# above by a few words: it also drops "no", "not", "how", "why", "him", "them", "us" and "here",
# and keeps "all", "any", "say", "told", "very" and "while".
PASSAGE_STOPWORDS = frozenset(
    """a an the of to in on at for from by with and or but is are was were be been being has have
    had do does did will would can could should may might that this these those it its as not no
    he she they we you i his her their our your him them us than then there here which who whom
    what when where why how said says about into over after before also more most some
    such""".split()
)


def alternation(words: Iterable[str], *, capitalised: bool = False) -> str:
    """The words as a regular-expression alternation, in order."""
    return "|".join(re.escape(w.capitalize() if capitalised else w) for w in words)


_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|\d[\d,.]*")


_SINGULARS = {"people": "person", "children": "child", "police": "police", "staff": "staff",
              "personnel": "personnel"}  # fmt: skip


def singular(noun: str) -> str:
    """A counted noun in the singular, so that "three gunmen" and "one gunman", "12 countries"
    and "one country" count the same thing ("buses" and "bus" are left apart)."""
    noun = noun.lower()
    if noun in _SINGULARS:
        return _SINGULARS[noun]
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """The text's words, lowercased, with "n't" read as "not"."""
    lowered = text.lower().replace("\u2019", "'")
    lowered = re.sub(r"n't\b", " not", lowered)
    return tuple(_TOKEN.findall(lowered))


# "May" capitalised after the first word is the month ("fell in May"), not a hedge.
_MONTH_MAY = re.compile(r"(?<=\S)(\s+)May\b")
# "Would" after a verb of saying reports what someone will do ("said it would cut 2,000 jobs",
# "said on Thursday that no posts would be lost"): an assertion, not a wish. Within the clause:
# no comma or stop between them.
_REPORTED_WOULD = re.compile(
    rf"\b({alternation(REPORTED_FUTURE_VERBS)}|told \w+)\s+(?:[\w'-]+\s+){{0,8}}?would\b",
    re.IGNORECASE,
)


# A "call" that calls for nothing: "called off", "called an early election", "called the report a
# fabrication" (a call is "called on Moscow to stop", "called again for a ceasefire"; "calls" is
# as often a noun, "hate calls", and is read so only before "off").
_NO_CALL = re.compile(
    r"\bcall(?:ed|ing)\s+(?!(?:again\s+|\w+ly\s+)?(?:on|for|upon)\b)|\bcalls?\s+(?=off\b)", re.I
)
# Calls someone turned down ("has refused calls to resign") tell the refusal, outright.
_REFUSED_CALLS = re.compile(
    r"\b((?:refused|refuses|rejected|rejects|resisted|resists|ignored|ignores|rebuffed|defied)"
    r"\s+(?:\w+\s+)??)calls?\b",
    re.I,
)


# "Could" after "before" tells what was prevented ("defused before it could go off"), no hedge.
_BEFORE_COULD = re.compile(r"\b(before\s+\w+\s+)could\b", re.IGNORECASE)
# "Could not" tells what someone failed to do ("the whale could not be saved", "she could not
# recognise him"): no hedge. ("Could not rule out" keeps a possibility open, read elsewhere.)
_COULD_NOT = re.compile(r"\bcould(?=\s+(?:not|never)\b|n['\u2019]t\b)", re.IGNORECASE)


def modal_tokens(text: str) -> tuple[str, ...]:
    """The text's tokens with the month of May, a reported "would", a "could" after "before"
    or before "not", a "call" that calls for nothing ("called off", "called an election") and
    calls turned down ("refused calls to resign") left out, for finding hedges."""
    text = _REPORTED_WOULD.sub(lambda m: m.group()[: -len("would")], _MONTH_MAY.sub(r"\1", text))
    text = _REFUSED_CALLS.sub(r"\1", _COULD_NOT.sub("", _BEFORE_COULD.sub(r"\1", text)))
    return tokens(_NO_CALL.sub("", text))


def could_not(text: str) -> bool:
    """The text says something could not be or be done ("could not result in", "couldn't")."""
    return bool(_COULD_NOT.search(text))


def is_hedged(content: str) -> bool:
    """The content is asserted tentatively ("may", "appears", "suggests")."""
    return any(t in HEDGES or t == "estimated" for t in modal_tokens(content))


def is_negated(content: str) -> bool:
    """The content denies something ("no sign", "not", "cannot")."""
    return any(t in NEGATIONS for t in tokens(content))


# "Opposition" naming a side ("the opposition leader", "opposition parties"), not an act of
# opposing.
OPPOSITION_SIDE = re.compile(
    r"\bopposition\s+(?=(?:party|parties|leader|leaders|lawmakers|mps|politicians|candidate|"
    r"candidates|alliance|coalition|bloc|figure|figures|groups?|supporters|activists|members|"
    r"deputies|senators|forces|fighters|camp|benches|spokesman|spokeswoman|spokesperson)\b)",
    re.IGNORECASE,
)
