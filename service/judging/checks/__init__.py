"""Explicit checks on a pair of related claims, each naming its reason.

The checks read the words: a negation and what it denies, opposite events ("withdraw" against
"build up": the concepts of judging/concepts.py), figures that cannot both be right, one name or
day swapped in the same sentence, and modality (a tentative "may be preparing to withdraw" is no
flat assertion); and, the other way, what makes two claims compatible: figures that agree, a date
against an amount, figures at different times, two claims that state different things. A judge
combines them with a model (judging/judge.py).

The checks live in the modules below, each importing only those listed before it:
  base        what every check shares: ``Finding``, clauses, content words, negation cues, the
              words each claim adds, and small readers of names, times, subjects and numbers
  tentative   modality: ``is_tentative``, ``modality``, ``kept_open``
  details     what each claim tells of which thing: other things, other parts, only some, a
              detail swapped, added or described, roles exchanged, one excepted
  figures     figures and dates: ``quantity``, ``figures_agree``, ``figures_at_other_times``,
              ``figures_apart``, ``figure_alone``, ``part_and_count``, ``dates_differ``...
  events      opposite events and movement: ``antonym``, ``opposite_movement``, ``sequence``...
  doers       who did it: each verb's roles, ``other_doer``, ``other_winner``, ``other_office``...
  denials     ``negation`` and the other denials: ``small_amount``, ``denies_same_action``,
              ``shared_denial``, ``denied_elsewhere``, ``ended_denial``, ``opposite_denied``...
  statements  what is said: ``different_statements``, ``retold``, ``not_asserted``...; and
              ``altered_account`` and ``conflict``, which combine checks of the modules above
Every name used outside the package is imported here (``checks.negation(...)``). A leading
underscore marks a name private to the package: its modules share it, and only its tests reach
it from outside.
"""

from __future__ import annotations

from service.judging.checks.base import (
    Finding,
    added_words,
    clauses,
    content,
    denial_nouns,
    names_apart,
    negated_clauses,
    negation_cues,
)
from service.judging.checks.denials import (
    degree_elsewhere,
    denial_ended,
    denied_elsewhere,
    denies_same_action,
    ended_denial,
    negation,
    opposite_denied,
    shared_denial,
    slight_change,
    small_amount,
)
from service.judging.checks.details import (
    added_detail,
    described,
    excepted,
    exchanged_roles,
    only_some,
    other_parts,
    other_things,
    swapped_detail,
)
from service.judging.checks.doers import other_doer, other_office, other_winner, separate_contests
from service.judging.checks.events import (
    antonym,
    begun_long_ago,
    moved_at_other_times,
    moved_elsewhere,
    only_unhurt,
    opposite_movement,
    opposite_pair,
    other_things_moved,
    sequence,
    told_earlier,
)
from service.judging.checks.figures import (
    dates_differ,
    figure_alone,
    figures_agree,
    figures_apart,
    figures_at_other_times,
    figures_of_other_things,
    part_and_count,
    quantity,
)
from service.judging.checks.statements import (
    altered_account,
    both_deny,
    conflict,
    different_statements,
    no_comment,
    not_asserted,
    not_disclosed,
    reported_only,
    retold,
)
from service.judging.checks.tentative import is_tentative, kept_open, modality

__all__ = [
    # base
    "added_words",
    "clauses",
    "content",
    "denial_nouns",
    "Finding",
    "names_apart",
    "negated_clauses",
    "negation_cues",
    # tentative
    "is_tentative",
    "kept_open",
    "modality",
    # details
    "added_detail",
    "described",
    "excepted",
    "exchanged_roles",
    "only_some",
    "other_parts",
    "other_things",
    "swapped_detail",
    # figures
    "dates_differ",
    "figure_alone",
    "figures_agree",
    "figures_apart",
    "figures_at_other_times",
    "figures_of_other_things",
    "part_and_count",
    "quantity",
    # events
    "antonym",
    "begun_long_ago",
    "moved_at_other_times",
    "moved_elsewhere",
    "only_unhurt",
    "opposite_movement",
    "opposite_pair",
    "other_things_moved",
    "sequence",
    "told_earlier",
    # doers
    "other_doer",
    "other_office",
    "other_winner",
    "separate_contests",
    # denials
    "degree_elsewhere",
    "denial_ended",
    "denied_elsewhere",
    "denies_same_action",
    "ended_denial",
    "negation",
    "opposite_denied",
    "shared_denial",
    "slight_change",
    "small_amount",
    # statements
    "altered_account",
    "both_deny",
    "conflict",
    "different_statements",
    "no_comment",
    "not_asserted",
    "not_disclosed",
    "reported_only",
    "retold",
]
