"""Who said it: the speaker, role and reporting words read from a sentence's parse."""

from __future__ import annotations

from service.extraction.attribution import Attribution, attribute, attribute_in_order
from service.extraction.speakers import full_name


def who(sentence: str, article: str = "", last: str | None = None) -> tuple[object, ...]:
    found = attribute(sentence, article, (Attribution(last, None, None),) if last else ())
    return found.speaker, found.role, found.frame


def test_the_speaker_is_found_before_or_after_the_verb_with_the_role_apart() -> None:
    fell = "Unemployment fell to 4 percent in March"
    assert who(f"{fell}, Maria Lopez said.") == ("Maria Lopez", None, "said")
    assert who(f"{fell}, said Maria Lopez, an economist at Northbank.") == (
        "Maria Lopez", "economist at Northbank", "said"
    )  # fmt: skip
    assert who(f"{fell}, Maria Lopez, an economist at Northbank, said on Monday.") == (
        "Maria Lopez", "economist at Northbank", "said"
    )  # fmt: skip
    assert who("The chief executive said that the company would cut 2,000 jobs.") == (
        "chief executive", None, "said"
    )  # fmt: skip


def test_a_title_before_a_name_is_its_role() -> None:
    assert who("Troops are leaving, NATO head Anders Fogh Rasmussen said.") == (
        "Anders Fogh Rasmussen", "NATO head", "said"
    )  # fmt: skip
    assert who("US Secretary of State John Kerry said the troops were leaving.")[0] == "John Kerry"


def test_organisations_and_documents_speak() -> None:
    assert who("The ministry said unemployment fell to 4 percent in March.")[0] == "ministry"
    assert who("Unemployment fell, the ministry said in a statement.")[:1] == ("ministry",)
    assert who("Unemployment fell, according to a report by the Harbour Institute.") == (
        "Harbour Institute", None, "according to"
    )  # fmt: skip


def test_told_keeps_its_audience_and_a_call_for_something_is_a_frame() -> None:
    assert who("Rasmussen told reporters that most troops had left.")[2] == "told reporters"
    assert who("NATO called on Russia to pull back its troops.")[::2] == ("NATO", "called on")
    assert who("The rebels seized a town called Kramatorsk.") == (None, None, None)


def test_a_verb_of_saying_in_another_sense_names_no_one() -> None:
    assert who("The same cannot be said of wages.")[0] is None
    assert who("The comments added to the uncertainty over the region.") == (None, None, None)
    assert who("That said, the bridge reopened on Monday.")[0] is None
    assert who("It did not say where the attacks occurred.") == (None, None, None)
    assert who("He would not say how many troops had left.") == (None, None, None)
    assert who('"Everything I said was true," the mayor wrote.')[0] == "mayor"


def test_pronouns_and_surnames_are_the_speaker_the_article_named() -> None:
    article = "NATO Secretary-General Anders Fogh Rasmussen spoke. Rasmussen said more."
    assert who("Rasmussen said the troops had gone.", article)[0] == "Anders Fogh Rasmussen"
    assert who("He said the troops had gone.", article, "Anders Fogh Rasmussen")[0] == (
        "Anders Fogh Rasmussen"
    )
    assert full_name("Rasmussen", article) == "Anders Fogh Rasmussen"
    leader = "Senate Majority Leader Chuck Schumer called it a good deal."
    assert full_name("Schumer", leader) == "Chuck Schumer"  # the title is no part of the name


def test_an_organisation_keeps_its_own_of_and_for_and_a_person_does_not() -> None:
    assert who("The Federal Bureau of Investigation said the video was authentic.")[0] == (
        "Federal Bureau of Investigation"
    )
    assert who("The Centers for Disease Control and Prevention said cases fell.")[0] == (
        "Centers for Disease Control and Prevention"
    )
    assert who("Maria Lopez of Northbank said unemployment fell.")[0] == "Maria Lopez"


def test_titles_are_roles_however_they_are_written() -> None:
    assert who("NATO Secretary-General Anders Fogh Rasmussen said troops were leaving.")[:2] == (
        "Anders Fogh Rasmussen", "NATO Secretary-General"
    )  # fmt: skip
    assert who("Screenwriter Aaron Sorkin confirmed that the casting was done.")[:2] == (
        "Aaron Sorkin", "Screenwriter"
    )  # fmt: skip
    assert who("US Secretary of State John Kerry said the troops were leaving.")[:2] == (
        "John Kerry", "US Secretary of State"
    )  # fmt: skip
    # An age is no role.
    assert who("Taylor Chandler, 41, told Radar Online that she was a pilot.")[:2] == (
        "Taylor Chandler", None
    )  # fmt: skip
    article = "Pentagon spokesman Rear Admiral John Kirby spoke. Kirby said more."
    assert who("Kirby added that the drop had worked.", article)[0] == "John Kirby"


def test_a_name_set_after_a_description_is_the_speaker() -> None:
    assert who(
        "The head of Nasa's Meteoroid Environment Office, Bill Cooke, estimated that the "
        "meteor was small."
    )[:2] == ("Bill Cooke", "head of Nasa's Meteoroid Environment Office")
    assert who("Earlier on Sunday, the monitoring group SITE said the town had fallen.")[:2] == (
        "SITE", "monitoring group"
    )  # fmt: skip


def test_a_capitalised_title_before_a_name_set_beside_it_is_the_role() -> None:
    assert who(
        "The National Coordinator for Reproductive Health of the Republika Srpska, Nenad "
        "Babici, admitted more children are engaging in sexual relations."
    )[:2] == (
        "Nenad Babici", "National Coordinator for Reproductive Health of the Republika Srpska"
    )  # fmt: skip


def test_an_unnamed_speaker_keeps_whose_they_are() -> None:
    assert who("The reporter was killed on Saturday, according to his sister.") == (
        "his sister", None, "according to"
    )  # fmt: skip
    # Unless the article named them so before.
    speakers = in_order(
        "In a statement, Somers' father, Michael, said his son was a good friend.",
        "His son loved Yemen, his father said.",
    )
    assert speakers == ["Michael", "Michael"]


def test_verbs_joined_share_their_speaker() -> None:
    assert who("The minister arrived in Kiev and said the talks had failed.")[:3] == (
        "minister", None, "said"
    )  # fmt: skip


def test_a_description_keeps_the_clause_that_says_which_one() -> None:
    assert who("Activists who monitor the conflict said 20 people were killed.")[0] == (
        "Activists who monitor the conflict"
    )
    # One set off by commas only says more of it.
    assert who("The official, who asked not to be named, said the troops had left.")[0] == (
        "official"
    )


def test_the_reported_clause_may_hang_off_a_phrase_or_the_verb_sit_inside_it() -> None:
    assert who("Nasa said in a statement that a meteor would have made a fireball.")[::2] == (
        "Nasa", "said"
    )  # fmt: skip
    assert who("On the ground, Williams said, he learned the helicopter had been hit.")[::2] == (
        "Williams", "said"
    )  # fmt: skip


def test_a_first_name_is_the_one_full_name_it_starts() -> None:
    article = "Kevin Nickel said his brother was held. Kevin said more."
    assert who('"He is sitting on money," Kevin said.', article)[0] == "Kevin Nickel"


def test_an_acronym_or_a_short_name_is_the_body_the_article_named_in_full() -> None:
    article = (
        "Isis has three jets, according to the Syrian Observatory for Human Rights (SOHR). "
        "The Department of Homeland Security disputed his account."
    )
    assert who("The SOHR said it did not know whether the planes were armed.", article)[0] == (
        "Syrian Observatory for Human Rights"
    )
    assert who("Homeland Security told reporters that no such arrests occurred.", article)[0] == (
        "Department of Homeland Security"
    )
    assert who("NATO said the troops had gone.", article)[0] == "NATO"  # never spelled out


def test_a_body_keeps_its_owner_and_its_title_like_words() -> None:
    assert who("Iraq's Interior Ministry said the woman was not his wife.")[0] == (
        "Iraq's Interior Ministry"
    )
    assert who("Russia's Foreign Ministry said the troops had left.")[0] == (
        "Russia's Foreign Ministry"
    )
    assert who("Russia's defence ministry said its forces had taken the village.")[:2] == (
        "Russia's defence ministry", None
    )  # fmt: skip
    assert who("Nasa's Bill Cooke said the crater was small.")[0] == "Bill Cooke"
    assert who("Foreign Minister Sergei Lavrov said the troops had left.")[:2] == (
        "Sergei Lavrov", "Foreign Minister"
    )  # fmt: skip


def test_two_names_joined_speak_together_and_an_alias_is_dropped() -> None:
    assert who("The United States and NATO said they saw no clear signs of a pullout.")[0] == (
        "United States and NATO"
    )
    sentence = (
        "The planes delivered 27 bundles, according to a statement by the United States "
        "Central Command, or CENTCOM, released Sunday."
    )
    assert who(sentence)[0] == "United States Central Command"


def test_a_wire_dateline_with_its_date_is_no_speaker() -> None:
    sentence = "PROVO, Utah, Dec. 23 (UPI) -- A Utah man said he was awarded a gift card."
    assert who(sentence)[0] == "Utah man"


def test_a_description_that_points_back_is_the_speaker_or_body_it_describes() -> None:
    kirby = attribute("Pentagon spokesman John Kirby said 27 bundles were received.")
    assert (kirby.speaker, kirby.role) == ("John Kirby", "Pentagon spokesman")
    later = attribute("The spokesman said one bundle drifted off course.", "", (kirby,))
    assert later.speaker == "John Kirby"
    other = attribute("A spokesman said one bundle drifted off course.", "", (kirby,))
    assert other.speaker == "spokesman"  # "a spokesman" is someone else
    article = "A rumor says Elon University has banned the term. Dan Anderson spoke."
    found = attribute("But the rumor is not true, according to the university.", article)
    assert found.speaker == "Elon University"


def test_a_document_reports_what_it_found_and_speaks_for_whoever_published_it() -> None:
    survey = "A survey by the statistics office showed unemployment fell to 4 percent."
    assert who(survey) == ("statistics office", None, "showed")
    published = "The report, published by the Harbour Institute on Monday, said wages rose."
    assert who(published)[0] == "Harbour Institute"
    data = (
        "Cases rose 12 percent last week, according to data from the Centers for Disease "
        "Control and Prevention."
    )
    assert who(data)[0] == "Centers for Disease Control and Prevention"
    assert who("Cases rose 12 percent, according to Johns Hopkins University data.")[0] == (
        "Johns Hopkins University"
    )
    # Only a document reports by showing or finding.
    assert who("Police found a body in the river on Monday.") == (None, None, None)
    assert who("He showed reporters a photo of the crater.") == (None, None, None)


def test_a_hyphenated_title_does_not_split_the_name_according_to_whom() -> None:
    sentence = (
        "The rumor took shape at the event, according to Knightscope co-founder and Vice "
        "President Stacy Stephens."
    )
    assert who(sentence) == (
        "Stacy Stephens",
        "Knightscope co-founder and Vice President",
        "according to",
    )


def in_order(*sentences: str) -> list[str | None]:
    article = " ".join(sentences)
    return [found.speaker for found in attribute_in_order(list(sentences), article)]


def test_a_stop_after_a_title_is_not_part_of_the_name() -> None:
    sentence = "According to Army spokesman Col. Mark Reyes, the convoy left at dawn."
    assert who(sentence) == ("Mark Reyes", "Army spokesman Col.", "according to")


def test_the_statement_and_the_paper_are_whoever_issued_them_before() -> None:
    assert in_order(
        "A statement attributed to the rebel command said 40 fighters were captured.",
        "The statement said the fighters had surrendered near the river.",
    ) == ["rebel command", "rebel command"]
    assert in_order(
        "She had moved to Turkey, according to a 2013 article in The Prescott Courier, her "
        "hometown newspaper.",
        "The 26-year-old told the paper that she wanted to help refugees.",
        "According to the local paper, she had worked with an aid agency for two years.",
    )[::2] == ["Prescott Courier", "Prescott Courier"]
    # A paper the article named, though it did not quote it.
    assert (
        in_order(
            "The band's publicist has dismissed a Daily Mirror report about a reunion tour.",
            "The paper claims two members had signed on for the tour.",
        )[1]
        == "Daily Mirror"
    )


def test_a_description_that_points_back_is_how_the_article_introduced_it() -> None:
    speakers = in_order(
        "An eyewitness to the crash said the driver had run a red light.",
        "Police closed the junction for two hours.",
        "The eyewitness told reporters that the car had been speeding.",
    )
    assert speakers == ["eyewitness to the crash", None, "eyewitness to the crash"]
    # "The reports" are not the one report the article named before.
    assert (
        in_order(
            "A report from a local website said production had been cut.",
            "The reports say that the supply of glass will be short.",
        )[1]
        == "reports"
    )


def test_a_name_after_a_or_an_is_a_description() -> None:
    sentence = "An American who is fighting with the Kurds told reporters the town had fallen."
    assert who(sentence)[0] == "American who is fighting with the Kurds"
    assert who("A Pentagon spokesman said 27 bundles arrived.")[0] == "Pentagon spokesman"


def test_he_or_she_is_the_person_the_sentence_before_was_about() -> None:
    speakers = in_order(
        "Kadalim said the video had been staged from the start.",
        "Thomas' brother, Kevin Nickel, reached out to the station on Friday.",
        '"This is not right," he said.',
        "The company denied the report on Monday.",
        "He said the money had been spent on rent.",
        "The Daily Courier reported that the family had moved.",
        "He noted that the rent was paid in cash.",
    )
    # With no person as the subject before, "he" is the last speaker who is a person: never
    # a company or a newspaper.
    assert speakers == [
        "Kadalim", None, "Kevin Nickel", "company", "Kevin Nickel", "Daily Courier",
        "Kevin Nickel",
    ]  # fmt: skip


def test_it_is_the_body_the_sentence_before_was_about() -> None:
    speakers = in_order(
        "Toyota recalled 1.2 million cars last week.",
        "It said a faulty airbag sensor was to blame for three crashes.",
        "The ministry said 35 people were injured in the crashes.",
        "The roads reopened on Sunday.",
        "It added that 12 were in a critical condition.",
    )
    # With no body as the subject before, "it" is the last speaker, as before.
    assert speakers == [None, "Toyota", "ministry", None, "ministry"]


def test_a_person_described_by_party_or_age_is_the_person_named_before() -> None:
    speakers = in_order(
        "Rep. Duncan Hunter claimed on Tuesday that 10 fighters were caught at the border.",
        "The San Diego Republican said border agents had told him so.",
        "Maria Lopez was dismissed on Monday after nine years at the firm.",
        "The 26-year-old said she had not been warned.",
    )
    assert speakers == ["Duncan Hunter", "Duncan Hunter", None, "Maria Lopez"]
    # A party named as a body is no person described.
    assert in_order("The Republicans said the bill would fail.") == ["Republicans"]


def test_a_description_no_one_introduced_is_what_the_sentence_before_was_about() -> None:
    assert in_order(
        "Toyota recalled 1.2 million cars last week.",
        "The carmaker said a faulty airbag sensor was to blame for three crashes.",
    ) == [None, "Toyota"]
    assert (
        in_order(
            "Tesla chief executive Elon Musk announced the plan on Monday.",
            "The billionaire said the factory would open in 2025.",
        )[1]
        == "Elon Musk"
    )
    assert (
        in_order(
            "The Environmental Protection Agency proposed new limits on Monday.",
            "The agency said the rules would cut emissions by 30 percent by 2030.",
        )[1]
        == "Environmental Protection Agency"
    )
    # A person's description is a person, not the country the sentence before was about.
    assert (
        in_order(
            "France won the match 3-1 in Paris on Sunday.",
            "The manager said the referee had made three mistakes.",
        )[1]
        == "manager"
    )
    # A body named as another kind is another body; a title is someone else.
    assert in_order(
        "Unemployment fell to 4 percent in March, the Labor Department said.",
        "The central bank said interest rates would stay at 5 percent.",
    ) == ["Labor Department", "central bank"]
    assert in_order(
        "Maria Lopez said wages rose by 3 percent over the year.",
        "The governor said taxes would fall next year.",
    ) == ["Maria Lopez", "governor"]
    # An official speaks for what the sentence before was about; it is not that body.
    assert (
        in_order(
            "Russia moved 40,000 troops to the border in March.",
            "The official said the troops had not left.",
        )[1]
        == "official"
    )
