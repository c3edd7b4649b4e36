"""Named entities of claims: what the recogniser finds, folded into the API's kinds."""

from __future__ import annotations

from service.domain.models import Entity, entity_key
from service.extraction.entities import entities


def test_people_organisations_places_groups_dates_and_figures_are_named() -> None:
    (found,) = entities(
        ["The European Union sent $3 billion to Ukraine last year, a Russian diplomat said."]
    )
    assert found == (
        Entity("European Union", "organisation"),
        Entity("$3 billion", "figure"),
        Entity("Ukraine", "place"),
        Entity("last year", "date"),
        Entity("Russian", "group"),
    )


def test_a_dateline_is_not_an_entity_and_ordinals_are_left_out() -> None:
    (found,) = entities(["VILNIUS - It was the first time that 40,000 troops had moved."])
    assert Entity("40,000", "figure") in found
    assert all(e.text not in ("VILNIUS", "first") for e in found)


def test_a_person_is_named_in_full_as_the_article_named_them() -> None:
    sentences = [
        "Rasmussen said two thirds of the troops had left.",
        "Lopez said wages rose by 3 percent.",
    ]
    first, second = entities(
        sentences,
        names=["Anders Fogh Rasmussen", "Maria Lopez"],
        speakers=["Anders Fogh Rasmussen", "Maria Lopez"],
    )
    assert Entity("Anders Fogh Rasmussen", "person") in first
    assert Entity("Maria Lopez", "person") in second
    assert all(e.text not in ("Rasmussen", "Lopez") for e in first + second)


def test_entities_are_looked_up_by_a_folded_name() -> None:
    assert entity_key("The  European UNION") == entity_key("european union") == "european union"
    assert entity_key("Theresa May") == "theresa may"
