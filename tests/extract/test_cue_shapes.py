"""One test per cue shape and sentence pattern added to the rules: each written in words
that appear in no gold article, so a rule that only fits one dev sentence fails here."""

from __future__ import annotations

import re
import re._constants as _C  # the parsed form of a pattern, to find rules that can never match
import re._parser as _sre

import pytest
import yaml

from factionmap.extract.cues import DATA, load_cues
from factionmap.extract.rules import RulesExtractor
from factionmap.extract.segment import segment
from factionmap.model import Document


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor()


def found(extractor: RulesExtractor, text: str, published: str | None = None) -> set[tuple]:
    document = Document.from_text(text, origin="test", published=published)
    out = set()
    for claim in extractor(document):
        assert all(e.quote == document.text[e.start : e.end] for e in claim.evidence)
        target = claim.object.mention if claim.object else tuple(sorted(claim.value.items()))
        out.add((claim.subject.mention, claim.predicate, target))
    return out


def has(facts: set[tuple], subject: str, predicate: str, target: object) -> bool:
    def matches(value: object) -> bool:
        if isinstance(value, tuple):
            return any(v == target for _, v in value)
        return value == target

    return any(s == subject and p == predicate and matches(t) for s, p, t in facts)


def _ends_in_space(node: tuple[object, object] | None) -> bool:
    """Whether the last thing a parsed pattern consumes is one or more spaces."""
    if node is None:
        return False
    op, av = node
    if op is _C.BRANCH:
        return any(_ends_in_space(_last_consumed(b)) for b in av[1])  # type: ignore[index]
    if op is _C.SUBPATTERN:
        return _ends_in_space(_last_consumed(av[3]))  # type: ignore[index]
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, _, sub = av  # type: ignore[misc]
        sub = list(sub)
        return (
            low >= 1
            and len(sub) == 1
            and sub[0][0] is _C.IN
            and (_C.CATEGORY, _C.CATEGORY_SPACE) in sub[0][1]
        )
    return False


def _last_consumed(sequence: object) -> tuple[object, object] | None:
    items = list(sequence)  # type: ignore[call-overload]
    while items and items[-1][0] in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        items.pop()  # lookarounds and anchors consume nothing
    return items[-1] if items else None


def test_every_cue_pattern_can_match_a_word() -> None:
    """A pattern whose last consumed text is whitespace ("was\\s+(?=its ...)") can never
    match before the word-boundary guard every cue ends with: such a rule is dead."""
    cues = load_cues()
    patterns = [cue.pattern for cue in cues.relations]
    patterns += [cues.founded, cues.dissolved, cues.operates_in, cues.alias]
    for pattern in patterns:
        tree = _sre.parse(pattern.pattern, re.IGNORECASE)
        outer = _last_consumed(tree)
        while outer is not None and outer[0] is _C.SUBPATTERN:
            outer = _last_consumed(outer[1][3])  # type: ignore[index]
        branches = outer[1][1] if outer is not None and outer[0] is _C.BRANCH else [tree]  # type: ignore[index]
        for branch in branches:
            assert not _ends_in_space(_last_consumed(branch)), pattern.pattern[:120]


def test_no_cue_pattern_opens_on_punctuation_that_the_guard_rejects() -> None:
    """Every cue opens behind the guard "not after a word character": a pattern that must
    open on a comma (",\\s*a former ...") can never match right after the word before the
    comma, so it is dead. Such a pattern opens with a lookbehind instead: "(?<=,)"."""
    raw = yaml.safe_load((DATA / "cues.yaml").read_text(encoding="utf-8"))
    patterns = [p for cues in raw["relations"].values() for cue in cues for p in cue["patterns"]]
    patterns += raw["founded"] + raw["dissolved"] + raw["operates_in"] + raw["alias"]
    for pattern in patterns:
        assert not re.match(r"[,;:.)\]](?![?*])", pattern), pattern[:120]


def test_references_after_a_full_stop_end_the_sentence() -> None:
    text = (
        "The Kivu Front was founded in 2001.[3] It operates in Uvira.[4][5] It is led by Omar "
        "Kanza.[note 1] Its size is unknown.(7) It is allied with the Tana Army.¹² The Tana "
        "Army is based in Lindi."
    )
    assert [text[p.start : p.end] for p in segment(text)] == [
        "The Kivu Front was founded in 2001.[3]",
        "It operates in Uvira.[4][5]",
        "It is led by Omar Kanza.[note 1]",
        "Its size is unknown.(7)",
        "It is allied with the Tana Army.¹²",
        "The Tana Army is based in Lindi.",
    ]


def test_infobox_rows_copied_with_tabs_and_plural_labels(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Kivu Liberation Front\n\nLeader(s)\tOmar Kanza\nFoundation\t12 March 2001\n"
        "Area(s) of operation\tSouth Kivu\nSize\t3,000\n",
    )
    assert has(facts, "Kivu Liberation Front", "led_by", "Omar Kanza")
    assert has(facts, "Kivu Liberation Front", "founded", "2001-03-12")
    assert has(facts, "Kivu Liberation Front", "operates_in", "South Kivu")
    assert any(p == "size" for _, p, _ in facts)


def test_glossary_line_is_a_heading_and_sentences() -> None:
    text = "ELN: The National Liberation Army was founded in 1964. It is led by Antonio Garcia."
    parts = segment(text)
    assert parts[0].heading and text[parts[0].start : parts[0].end] == "ELN"
    assert [text[p.start : p.end] for p in parts[1:]] == [
        "The National Liberation Army was founded in 1964.",
        "It is led by Antonio Garcia.",
    ]


def test_infobox_field_stays_a_field() -> None:
    parts = segment("Founded: 1989\nLeader: Syed Salahuddin")
    assert all(p.field for p in parts)


def test_fragment_under_a_bold_term(extractor: RulesExtractor) -> None:
    text = "- **Kataib Hezbollah** (KH): formed in 2007 and led by Abu Fadak al-Muhammadawi."
    facts = found(extractor, text)
    assert has(facts, "Kataib Hezbollah", "alias", "KH")
    assert has(facts, "Kataib Hezbollah", "founded", "2007")
    assert has(facts, "Kataib Hezbollah", "led_by", "Abu Fadak al-Muhammadawi")


def test_person_alias_after_known_as(extractor: RulesExtractor) -> None:
    text = "The Gulf Clan is led by Jobanis de Jesus Avila, known as Chiquito Malo."
    facts = found(extractor, text)
    assert has(facts, "Jobanis de Jesus Avila", "alias", "Chiquito Malo")
    assert not any(p == "alias" and s == "Gulf Clan" for s, p, _ in facts)


def test_alias_not_taken_by_a_distant_group(extractor: RulesExtractor) -> None:
    text = "Hamas fought in Khan Younis against Israel's army, known in Hebrew as Tzahal."
    assert not any(p == "alias" for _, p, _ in found(extractor, text))


def test_possessive_leader_with_copula(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The TNLA's commander-in-chief is Tar Aik Bong.")
    assert has(facts, "TNLA", "led_by", "Tar Aik Bong")


def test_its_title_then_name_in_apposition(extractor: RulesExtractor) -> None:
    text = "The Arakan Army was founded in 2009. Its current chief, Twan Mrat Naing, spoke."
    assert has(found(extractor, text), "Arakan Army", "led_by", "Twan Mrat Naing")


def test_person_leads_group_past_an_aside(extractor: RulesExtractor) -> None:
    text = "Bashir Sheikh Mohamed, a former school teacher, has led the Ras Kamboni Brigade."
    facts = found(extractor, text)
    assert any(s.startswith("Ras Kamboni") and p == "led_by" for s, p, _ in facts)


def test_title_of_group_then_person(extractor: RulesExtractor) -> None:
    text = "The new chairman of the Kachin Independence Organisation, Htang Gam Shawng, spoke."
    assert has(
        found(extractor, text), "Kachin Independence Organisation", "led_by", "Htang Gam Shawng"
    )


def test_group_names_person_as_its_leader(extractor: RulesExtractor) -> None:
    text = "In 2022 the Islamic State named Abu al-Hasan al-Hashimi as its new leader."
    assert has(found(extractor, text), "Islamic State", "led_by", "Abu al-Hasan al-Hashimi")


def test_indefinite_subject_is_not_an_earlier_group(extractor: RulesExtractor) -> None:
    text = "After Hamas won the vote, a faction led by Mohammed Dahlan left the capital."
    assert not any(p == "led_by" for _, p, _ in found(extractor, text))


def test_transitive_fought(extractor: RulesExtractor) -> None:
    facts = found(extractor, "In 2014 the Nusra Front fought the Syrian Revolutionaries Front.")
    assert any(p == "rival_of" for _, p, _ in facts)


def test_rivalry_between_two_groups(extractor: RulesExtractor) -> None:
    text = "The clashes between the Badr Organization and Saraya al-Salam left nine dead."
    facts = found(extractor, text)
    assert has(facts, "Badr Organization", "rival_of", "Saraya al-Salam")


def test_two_groups_fought_each_other(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Fatah and Hamas fought each other in Gaza in 2007.")
    assert has(facts, "Fatah", "rival_of", "Hamas")


def test_possessive_rival(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Hamas's main rival is Fatah, which dominates the West Bank.")
    assert any(p == "rival_of" for _, p, _ in facts)


def test_joined_coalition_among_them(extractor: RulesExtractor) -> None:
    text = (
        "Several factions joined the Syrian National Army in 2019, among them Ahrar al-Sharqiya "
        "and the Hamza Division."
    )
    facts = found(extractor, text)
    assert has(facts, "Ahrar al-Sharqiya", "member_of", "Syrian National Army")
    assert has(facts, "Hamza Division", "member_of", "Syrian National Army")


def test_former_members_are_people_not_members(extractor: RulesExtractor) -> None:
    text = "The Lions' Den was set up by former members of the Al-Aqsa Martyrs' Brigades."
    assert not any(p == "member_of" for _, p, _ in found(extractor, text))


def test_part_of_a_coalition_and_of_a_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Hamza Division is part of the Syrian National Army. "
        "The Nablus Battalion is also part of Saraya al-Quds.",
    )
    assert has(facts, "Hamza Division", "member_of", "Syrian National Army")
    assert has(facts, "Nablus Battalion", "part_of", "Saraya al-Quds")


def test_bulleted_members_after_a_colon(extractor: RulesExtractor) -> None:
    text = (
        "The Northern Alliance comprises:\n\n"
        "- the Kachin Independence Army\n"
        "- the Arakan Army\n"
        "- the Ta'ang National Liberation Army\n"
    )
    members = {s for s, p, _ in found(extractor, text) if p == "member_of"}
    assert members == {"Kachin Independence Army", "Arakan Army", "Ta'ang National Liberation Army"}


def test_place_lists_and_place_nouns(extractor: RulesExtractor) -> None:
    text = "Al-Shabaab is active in Gedo region and in the Bay and Bakool regions of Somalia."
    places = {t for s, p, t in found(extractor, text) if p == "operates_in"}
    assert {"Gedo", "Bay", "Bakool"} <= places


def test_formed_in_a_place(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Arakan Army was founded in April 2009 in Laiza.")
    assert has(facts, "Arakan Army", "operates_in", "Laiza")
    assert not any(p == "operates_in" and t == "April 2009" for _, p, t in facts)


def test_named_after_keeps_an_honorific(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Imam Hussein Brigade is named after Imam Hussein ibn Ali.")
    assert has(facts, "Imam Hussein Brigade", "named_after", "Imam Hussein ibn Ali")


def test_native_name_beside_an_acronym_is_an_alias(extractor: RulesExtractor) -> None:
    text = "The Popular Forces (Fuerzas Populares de Liberacion, FPL) were formed in 1970."
    assert has(found(extractor, text), "Popular Forces", "alias", "Fuerzas Populares de Liberacion")


def test_ideology_before_adjectives_and_before_a_name(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Ansar Allah is a Zaydi Shia revivalist political movement.")
    assert any(p == "ideology" for _, p, _ in facts)


def test_place_based_modifier(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Tripoli-based Nawasi Brigade said it would not withdraw.")
    assert has(facts, "Nawasi Brigade", "operates_in", "Tripoli")


def test_hyphenated_tie_modifier(extractor: RulesExtractor) -> None:
    text = "Ansar Dine, the al-Qaeda-linked group, took part in the talks."
    assert has(found(extractor, text), "Ansar Dine", "affiliated_with", "al-Qaeda")


def test_second_name_after_or(extractor: RulesExtractor) -> None:
    text = "Jabhat al-Nusra, or the Nusra Front, was founded in 2012."
    assert has(found(extractor, text), "Jabhat al-Nusra", "alias", "Nusra Front")


def test_people_call_the_group_a_name(extractor: RulesExtractor) -> None:
    text = "The Kokang army was founded in 1989. Locals call the army the Kokang Rebels."
    assert any(
        p == "alias" and t == (("text", "Kokang Rebels"),) for _, p, t in found(extractor, text)
    )


def test_the_two_means_both_named_actors(extractor: RulesExtractor) -> None:
    text = "Hamas is a rival of Fatah: the two have clashed repeatedly in Gaza."
    facts = found(extractor, text)
    assert has(facts, "Hamas", "operates_in", "Gaza")
    assert has(facts, "Fatah", "operates_in", "Gaza")


def test_relative_clause_on_a_named_aside(extractor: RulesExtractor) -> None:
    text = (
        "Its members founded a party, the Common Alternative Revolutionary Force, which "
        "renamed itself Comunes in 2021."
    )
    assert has(found(extractor, text), "Common Alternative Revolutionary Force", "alias", "Comunes")


def test_militia_introduced_by_known_as(extractor: RulesExtractor) -> None:
    text = (
        "Local militias known as Força Local also fight the insurgents in the district of Macomia."
    )
    assert has(found(extractor, text), "Força Local", "operates_in", "Macomia")


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "target"),
    [
        # membership stated in apposition, in a possessive list, and by an umbrella's clause
        (
            "Ahrar al-Sham, part of the National Front for Liberation, rejected the truce.",
            "Ahrar al-Sham",
            "member_of",
            "National Front for Liberation",
        ),
        (
            "The National Front for Liberation's member groups, such as Jaysh al-Nasr, balked.",
            "Jaysh al-Nasr",
            "member_of",
            "National Front for Liberation",
        ),
        (
            "The National Front for Liberation umbrella, which includes Faylaq al-Sham, balked.",
            "Faylaq al-Sham",
            "member_of",
            "National Front for Liberation",
        ),
        (
            "Last year Tahrir al-Sham signed a charter founding the Syrian Salvation Front.",
            "Tahrir al-Sham",
            "member_of",
            "Syrian Salvation Front",
        ),
        # areas
        (
            "Jaish al-Adl controls much of the border area of Sistan-Baluchestan.",
            "Jaish al-Adl",
            "operates_in",
            "Sistan-Baluchestan",
        ),
        ("ISWAP's heartland is the Lake Chad basin.", "ISWAP", "operates_in", "Lake Chad"),
        (
            "Al-Shabaab's units are mostly in the Jubba valley.",
            "Al-Shabaab",
            "operates_in",
            "Jubba",
        ),
        (
            "Hurras al-Din is rooted in the Jabal al-Zawiya hills.",
            "Hurras al-Din",
            "operates_in",
            "Jabal al-Zawiya",
        ),
        (
            "The Arakan Army's fighters are concentrated in the north of the country"
            " and in parts of Chin State.",
            "Arakan Army",
            "operates_in",
            "Chin State",
        ),
        # rivals and allies
        (
            "Faylaq al-Sham fought alongside the Levant Front against Jaysh al-Islam.",
            "Faylaq al-Sham",
            "rival_of",
            "Jaysh al-Islam",
        ),
        (
            "In 2016 the Hadrami Elite Forces drove al-Qaeda in the Arabian Peninsula out of town.",
            "Hadrami Elite Forces",
            "rival_of",
            "al-Qaeda in the Arabian Peninsula",
        ),
        ("Hamas's fighters have clashed with units loyal to Fatah.", "Hamas", "rival_of", "Fatah"),
    ],
)
def test_general_relation_shapes(
    extractor: RulesExtractor, text: str, subject: str, predicate: str, target: str
) -> None:
    assert has(found(extractor, text), subject, predicate, target)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The Arakan Army's ranks number about 30,000.", 30000, 30000),
        ("The strength of the Arakan Army is estimated at 35,000.", 35000, 35000),
        ("The Arakan Army's manpower stood at between 7,000 and 9,000.", 7000, 9000),
    ],
)
def test_strength_without_a_unit_noun(
    extractor: RulesExtractor, text: str, low: int, high: int
) -> None:
    facts = found(extractor, text)
    assert any(
        p == "size" and dict(t)["low"] == low and dict(t)["high"] == high for _, p, t in facts
    )


def test_year_after_a_month_is_no_head_count(extractor: RulesExtractor) -> None:
    facts = found(extractor, "By June 2021 Fano fighters had reached the town.")
    assert not any(p == "size" for _, p, _ in facts)


def test_active_founding_verb_dates_its_object(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "In May 2019 six Darfuri factions founded the Sudan Revolutionary Front."
    )
    assert has(facts, "Sudan Revolutionary Front", "founded", "2019-05")


def test_person_who_took_over_command(extractor: RulesExtractor) -> None:
    text = (
        "The Sheikh Mansur Battalion was formed in 2014. "
        "After its founder died, Muslim Cheberloevsky took over its command."
    )
    assert has(found(extractor, text), "Sheikh Mansur Battalion", "led_by", "Muslim Cheberloevsky")


def test_leader_described_before_who_leads(extractor: RulesExtractor) -> None:
    text = "The Baloch Liberation Front was revived by Allah Nazar Baloch, a doctor who heads it."
    assert has(found(extractor, text), "Baloch Liberation Front", "led_by", "Allah Nazar Baloch")


def test_rival_wing_is_not_the_movement(extractor: RulesExtractor) -> None:
    text = "Malik Agar, who leads a splinter faction of the Sudan Revolutionary Front, spoke."
    assert not any(p == "led_by" for _, p, _ in found(extractor, text))


def test_name_that_translates_roughly(extractor: RulesExtractor) -> None:
    text = 'The Tasis alliance was formed in 2025. Its name translates roughly as "Foundation".'
    assert has(found(extractor, text), "Tasis alliance", "alias", "Foundation")


def test_calling_a_named_group_by_a_nickname(extractor: RulesExtractor) -> None:
    text = 'Officials in Addis Ababa call the Oromo Liberation Army "Shene".'
    assert has(found(extractor, text), "Oromo Liberation Army", "alias", "Shene")


def test_ethiopic_and_quoted_translations_in_brackets(extractor: RulesExtractor) -> None:
    facts = found(extractor, 'Fano (ፋኖ) and Viv Ansanm ("Living Together" in Creole) grew.')
    assert has(facts, "Fano", "alias", "ፋኖ")
    assert has(facts, "Viv Ansanm", "alias", "Living Together")


def test_description_in_brackets_is_no_alias(extractor: RulesExtractor) -> None:
    text = "Jaysh al-Nasr (a member of the National Front for Liberation) balked."
    facts = found(extractor, text)
    assert not any(p == "alias" for _, p, _ in facts)
    assert has(facts, "Jaysh al-Nasr", "member_of", "National Front for Liberation")


def test_listed_noun_phrase_is_no_relation_of_the_owner(extractor: RulesExtractor) -> None:
    text = "Tasis, whose members include the faction of the SPLM-N led by al-Hilu, met."
    facts = found(extractor, text)
    assert not any(s == "Tasis" and p in ("member_of", "part_of") for s, p, _ in facts)


def test_bullet_clause_after_semicolon_keeps_its_subject(extractor: RulesExtractor) -> None:
    text = "- Shabwa Defence Forces – raised in 2016; operate mainly in Ataq and Nisab."
    assert has(found(extractor, text), "Shabwa Defence Forces", "operates_in", "Ataq")


# -- constructions added from the phenomenon, not from a dev sentence ----------------------


def test_conjoined_known_names_stay_two_actors(extractor: RulesExtractor) -> None:
    text = "The Islamic Front was made up of Ahrar al-Sham, Suqour al-Sham and Liwa al-Tawhid."
    members = {s for s, p, _ in found(extractor, text) if p == "member_of"}
    assert {"Suqour al-Sham", "Liwa al-Tawhid"} <= members


def test_name_used_as_a_modifier_states_the_tie(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Yarmouk Army, a Southern Front faction, shelled the town. "
        "Ansar al-Islam is an al-Qaeda affiliate in Burkina Faso.",
    )
    assert has(facts, "Yarmouk Army", "member_of", "Southern Front")
    assert has(facts, "Ansar al-Islam", "affiliated_with", "al-Qaeda")


def test_modifier_name_is_not_the_subject_of_led_by(extractor: RulesExtractor) -> None:
    text = "The Tubas Battalion, the Saraya al-Quds unit led by Abu Karim Tawfiq, regrouped."
    facts = found(extractor, text)
    assert has(facts, "Tubas Battalion", "part_of", "Saraya al-Quds")
    assert not any(s == "Saraya al-Quds" and p == "led_by" for s, p, _ in facts)


def test_sub_unit_that_belongs_to_a_group_is_part_of_it(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Tubas Battalion belongs to Saraya al-Quds.")
    assert has(facts, "Tubas Battalion", "part_of", "Saraya al-Quds")
    assert not any(p == "member_of" for _, p, _ in facts)


def test_faction_offshoot_component_of_are_not_sub_units(extractor: RulesExtractor) -> None:
    text = "The Tanzim is a faction of Fatah. Jund al-Aqsa is an offshoot of the Nusra Front."
    assert not any(p == "part_of" for _, p, _ in found(extractor, text))


def test_two_groups_are_allies_or_rivals(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "Amal and Hezbollah are close allies. The ELN and the EMC are bitter rivals."
    )
    assert has(facts, "Amal", "allied_with", "Hezbollah")
    assert has(facts, "ELN", "rival_of", "EMC")


def test_counts_a_group_among_its_members(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Islamic Front counts Ahrar al-Sham among its members.")
    assert has(facts, "Ahrar al-Sham", "member_of", "Islamic Front")


def test_umbrella_for_and_member_group_of(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Syrian Revolutionary Command Council is an umbrella for Jaysh al-Islam and "
        "Faylaq al-Rahman. Ahrar al-Sham is a member group of the Islamic Front.",
    )
    assert has(facts, "Faylaq al-Rahman", "member_of", "Syrian Revolutionary Command Council")
    assert has(facts, "Ahrar al-Sham", "member_of", "Islamic Front")


def test_joined_together_with_another_group(extractor: RulesExtractor) -> None:
    text = "Jaysh al-Islam rejoined the Islamic Front in 2016, together with Faylaq al-Rahman."
    assert has(found(extractor, text), "Faylaq al-Rahman", "member_of", "Islamic Front")


def test_active_years_and_semicolon_areas_in_an_infobox(extractor: RulesExtractor) -> None:
    text = (
        "The Islamic Front was a Syrian rebel coalition.\n\n"
        "Active: 2013–2015\nArea of operations: Rakhine State; Chin State\n"
    )
    facts = found(extractor, text)
    assert has(facts, "Islamic Front", "founded", "2013")
    assert has(facts, "Islamic Front", "dissolved", "2015")
    assert has(facts, "Islamic Front", "operates_in", "Chin State")


def test_group_in_a_place_and_fighters_in_places(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "CODECO is a militia in Ituri province. The ELN has fighters in Arauca and Chocó.",
    )
    assert has(facts, "CODECO", "operates_in", "Ituri")
    assert has(facts, "ELN", "operates_in", "Chocó")


def test_place_list_past_a_where_aside(extractor: RulesExtractor) -> None:
    text = "The ELN is strongest in Arauca, where it runs rackets, and in Chocó."
    facts = found(extractor, text)
    assert has(facts, "ELN", "operates_in", "Arauca")
    assert has(facts, "ELN", "operates_in", "Chocó")


def test_coordinated_subjects_share_an_area(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The ADF and the Mai-Mai Brigades are active in Ituri.")
    assert has(facts, "ADF", "operates_in", "Ituri")
    assert has(facts, "Mai-Mai Brigades", "operates_in", "Ituri")


def test_named_after_a_described_person(extractor: RulesExtractor) -> None:
    text = "The Omar Mukhtar Brigade, named after the Libyan resistance leader Omar Mukhtar, met."
    assert has(found(extractor, text), "Omar Mukhtar Brigade", "named_after", "Omar Mukhtar")


def test_apposed_name_before_the_predicate_is_the_subject(extractor: RulesExtractor) -> None:
    text = "Its youth unit, the Sheikh Jarrah Battalion, is named after Sheikh Jarrah."
    facts = found(extractor, text)
    assert any(s == "Sheikh Jarrah Battalion" and p == "named_after" for s, p, _ in facts)


def test_active_voice_absorbed_is_a_merger(extractor: RulesExtractor) -> None:
    text = "The Levant Front absorbed Liwa al-Tawhid and the Nour al-Din Brigades."
    assert has(found(extractor, text), "Liwa al-Tawhid", "merged_into", "Levant Front")


def test_faction_of_a_person_is_its_own_actor(extractor: RulesExtractor) -> None:
    text = "The Fatah faction led by Mohammed Dahlan operates in Gaza."
    facts = found(extractor, text)
    assert has(facts, "Fatah faction led by Mohammed Dahlan", "led_by", "Mohammed Dahlan")
    assert not any(s == "Fatah" for s, _, _ in facts)


def test_prepositional_lead_in_is_not_the_pronoun_antecedent(extractor: RulesExtractor) -> None:
    text = (
        "In 2022 the Azawad Movement, backed by the Wagner Group, said it fought the "
        "Macina Liberation Front."
    )
    facts = found(extractor, text)
    assert not any(s == "Wagner Group" and p == "rival_of" for s, p, _ in facts)


def test_approximate_year_is_a_range() -> None:
    from factionmap.extract.dates import find_dates

    assert [d.value for d in find_dates("founded c. 1990")] == [
        {"earliest": "1989", "latest": "1991"}
    ]
    assert [d.value for d in find_dates("formed around 2013")] == [
        {"earliest": "2012", "latest": "2014"}
    ]


def test_area_lists_with_particularly_and_including(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Moro Front fights in Sulu, especially in the Patikul district.")
    assert has(facts, "Moro Front", "operates_in", "Patikul")
    text = "The Red Guerrilla Army is present in upland areas across the country, including Samar."
    assert has(found(extractor, text), "Red Guerrilla Army", "operates_in", "Samar")


def test_area_past_a_country_possessive_and_a_compass_countryside(
    extractor: RulesExtractor,
) -> None:
    text = "The Lake Brigades are active in Cameroon's Far North region."
    facts = found(extractor, text)
    assert has(facts, "Lake Brigades", "operates_in", "Far North")
    assert not any(t == "Cameroon's Far North" for _, _, t in facts)
    text = "Liwa al-Qusayr is a faction from the countryside north of Homs."
    assert has(found(extractor, text), "Liwa al-Qusayr", "operates_in", "Homs")


def test_control_and_positions_read_areas(extractor: RulesExtractor) -> None:
    text = "The Wa Army controls territory along the Thai frontier in Shan State."
    assert has(found(extractor, text), "Wa Army", "operates_in", "Shan State")
    text = "The Desert Brigade holds positions around Tessit and in the Ansongo district."
    facts = found(extractor, text)
    assert has(facts, "Desert Brigade", "operates_in", "Tessit")
    assert has(facts, "Desert Brigade", "operates_in", "Ansongo")
    text = "The Coastal Front is an alliance of Fulani and Dogon armed movements in central Mali."
    assert has(found(extractor, text), "Coastal Front", "operates_in", "Mali")


def test_an_organisation_is_no_place(extractor: RulesExtractor) -> None:
    text = "The Ogaden Brigade was the strongest force in the Somali Regional Authority."
    facts = found(extractor, text)
    assert not any(p == "operates_in" for _, p, _ in facts)
    text = "The Harbour Brigade was long the dominant force in the Eastern Democratic Front."
    assert not any(p == "operates_in" for _, p, _ in found(extractor, text))


def test_list_announcing_that_they_joined(extractor: RulesExtractor) -> None:
    text = (
        "The Southern Liberation Front was formed in March. Liwa al-Karama, Jaysh al-Badiya "
        "and Tajammu Hawran said on Sunday that they had merged their commands and joined "
        "the front."
    )
    facts = found(extractor, text)
    for member in ("Liwa al-Karama", "Jaysh al-Badiya", "Tajammu Hawran"):
        assert has(facts, member, "member_of", "Southern Liberation Front")


def test_the_front_is_the_front_the_text_is_about(extractor: RulesExtractor) -> None:
    text = (
        "The Eastern Coalition for Change was set up in 2019 by groups that had fought "
        "under the banner of the Desert Shield Front. The coalition is led by Omar Haddad."
    )
    facts = found(extractor, text)
    assert has(facts, "Eastern Coalition for Change", "led_by", "Omar Haddad")
    assert not any(s == "Desert Shield Front" and p == "led_by" for s, p, _ in facts)


def test_unknown_names_in_member_lists(extractor: RulesExtractor) -> None:
    text = (
        "Kore Ansanm is a coalition of gangs. Both Liwa al-Ghadab and Kata'ib al-Nasr "
        "are members of Kore Ansanm."
    )
    facts = found(extractor, text)
    assert has(facts, "Liwa al-Ghadab", "member_of", "Kore Ansanm")
    assert has(facts, "Kata'ib al-Nasr", "member_of", "Kore Ansanm")
    text = (
        "The KDF is an alliance of militias. "
        "Its members include the ZRG, the Tana Brigade and the TLU."
    )
    facts = found(extractor, text)
    assert has(facts, "Tana Brigade", "member_of", "KDF")


def test_names_keep_their_prepositions(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Front for a United and Free Kordoba was set up in 2011 by teachers. "
        "Al-Qaeda in the Land of the Two Rivers was formed in 2006. "
        "Islamic State – Kivu Steppe Province was founded in 2019. "
        "The Rally for Justice operates in Mali.",
    )
    assert has(facts, "Front for a United and Free Kordoba", "founded", "2011")
    assert has(facts, "Al-Qaeda in the Land of the Two Rivers", "founded", "2006")
    assert has(facts, "Islamic State – Kivu Steppe Province", "founded", "2019")
    assert has(facts, "Rally for Justice", "operates_in", "Mali")  # a place after 'in'


def test_an_unknown_acronym_in_brackets_is_the_names_own(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Union for a Sovereign Lowland (UPSL) has raided border posts since 2015.",
    )
    assert has(facts, "Union for a Sovereign Lowland", "alias", "UPSL")
    assert not any(p == "affiliated_with" for _, p, _ in facts)


def test_a_name_with_an_arabic_article_opens_a_founding_sentence(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Ash-Shuruq, the river militia of the east, was founded in 2003 by fishermen. "
        "It is led by Kamal Odeh. Since 2010 ash-Shuruq has fought the Nile Guard Brigade.",
    )
    assert has(facts, "Ash-Shuruq", "founded", "2003")
    assert has(facts, "Ash-Shuruq", "led_by", "Kamal Odeh")
    assert has(facts, "ash-Shuruq", "rival_of", "Nile Guard Brigade")


def test_member_lists_with_semicolons_quotes_and_plus(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Harbour Compact is an alliance of gangs. Its members include the Tide Runners; "
        "the Kaya Mbele; and the Salt Marsh Defenders. The Zinder Watch is an alliance of "
        'militias. Its members include the Ghazal Brothers plus the "Night Herons".',
    )
    for member in ("Tide Runners", "Kaya Mbele", "Salt Marsh Defenders"):
        assert has(facts, member, "member_of", "Harbour Compact"), member
    assert has(facts, "Ghazal Brothers", "member_of", "Zinder Watch")
    assert has(facts, "Night Herons", "member_of", "Zinder Watch")


def test_area_lists_with_semicolons_and_along_with(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Marsh Lions Brigade is active in Ndoro; Kalume; and Sengi. The Reed Front "
        "operates in Tamba, along with Wasso.",
    )
    for place in ("Ndoro", "Kalume", "Sengi"):
        assert has(facts, "Marsh Lions Brigade", "operates_in", place), place
    assert has(facts, "Reed Front", "operates_in", "Wasso")


def test_the_topic_is_no_object_of_a_preposition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Marsh Lions\n\nThe Marsh Lions, also called the Reed Men, are a rebel group. "
        "They grew out of the Lowland Liberation Army (LLA), a guerrilla force of the 1990s. "
        "The group is thought to have about 800 fighters.",
    )
    assert has(facts, "The group", "size", 800) or any(
        s in ("Marsh Lions", "The group") and p == "size" for s, p, _ in facts
    )
    assert not any(s == "Lowland Liberation Army" and p == "size" for s, p, _ in facts)


# -- allied_with / rival_of / part_of / split_from / dissolved: general English shapes ------


def test_joined_forces_with_is_an_alliance(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Qaqa Brigade joined forces with the Zintan Military Council.")
    assert has(facts, "Qaqa Brigade", "allied_with", "Zintan Military Council")


def test_joined_forces_to_form_is_no_alliance(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Ansar Dine joined forces with the MNLA to form a new front.")
    assert not any(p == "allied_with" for _, p, _ in facts)


def test_signed_a_pact_with(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Ansar Dine signed a pact with the MNLA in 2012.")
    assert has(facts, "Ansar Dine", "allied_with", "MNLA")


def test_partner_of(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Ansar Dine is a partner of the MNLA.")
    assert has(facts, "Ansar Dine", "allied_with", "MNLA")


def test_possessive_ally_in_apposition(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Faylaq al-Sham, Ahrar al-Sham's closest ally, withdrew.")
    assert has(facts, "Faylaq al-Sham", "allied_with", "Ahrar al-Sham")


def test_the_two_parties_are_allies(extractor: RulesExtractor) -> None:
    text = "Fatah and the PFLP quarrelled for years, but the two parties have been allies since."
    facts = found(extractor, text)
    assert has(facts, "Fatah", "allied_with", "PFLP") or has(facts, "PFLP", "allied_with", "Fatah")


def test_turned_on_is_rivalry(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The SDF turned on the Free Syrian Army in 2016.")
    assert has(facts, "SDF", "rival_of", "Free Syrian Army")


def test_hostile_to_is_rivalry(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Jabhat al-Nusra is hostile to the Free Syrian Army.")
    assert has(facts, "Jabhat al-Nusra", "rival_of", "Free Syrian Army")


def test_subordinate_to_is_part_of(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Katiba Macina is subordinate to Ansar Dine.")
    assert has(facts, "Katiba Macina", "part_of", "Ansar Dine")


def test_under_the_control_of_is_part_of(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Katiba Macina was placed under the control of Ansar Dine.")
    assert has(facts, "Katiba Macina", "part_of", "Ansar Dine")


def test_formed_by_defectors_from(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Ansaru was formed by defectors from Boko Haram.")
    assert has(facts, "Ansaru", "split_from", "Boko Haram")
    assert not has(facts, "Boko Haram", "member_of", "Ansaru")


def test_emerged_from_a_split_within(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Ansaru emerged from a split within Boko Haram.")
    assert has(facts, "Ansaru", "split_from", "Boko Haram")


def test_decided_to_dissolve_itself_after_a_dated_announcement(extractor: RulesExtractor) -> None:
    text = (
        "The ETA, founded in 1959, said on 3 May 2018 that it had chosen to dissolve itself, "
        "after talks in April."
    )
    facts = found(extractor, text)
    assert has(facts, "ETA", "dissolved", "2018-05-03")
    assert not has(facts, "ETA", "dissolved", "2018-04")


def test_dated_dissolution_of_named_group(extractor: RulesExtractor) -> None:
    text = "Rebel leaders proclaimed on 2 March 2016 the dissolution of Ansar Dine."
    facts = found(extractor, text)
    assert has(facts, "Ansar Dine", "dissolved", "2016-03-02")


# -- constructions added on 2026-11-26, from articles in outside styles --------------------


def test_a_bracketed_acronym_defines_a_name_with_lower_case_words(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Mouvement pour la justice et la paix (MJP) took up arms in 2002. "
        "The MJP operates around Man.",
    )
    assert has(facts, "Mouvement pour la justice et la paix", "alias", "MJP")
    assert has(facts, "MJP", "operates_in", "Man")


def test_one_of_a_coalitions_founding_factions_in_an_aside(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Liwa al-Hamzat, one of the Levant Front's founding factions, fights around Afrin.",
    )
    assert has(facts, "Liwa al-Hamzat", "member_of", "Levant Front")
    assert has(facts, "Liwa al-Hamzat", "operates_in", "Afrin")


def test_passive_join_and_roster_after_a_count_and_colon(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Sahel Front was joined by Katiba Serma in 2021. "
        "The Desert Alliance brought together four armed movements, all of them from the north: "
        "the Azawad Liberation Front, the Gao Patriotic Brigades and Katiba Tessit.",
    )
    assert has(facts, "Katiba Serma", "member_of", "Sahel Front")
    assert has(facts, "Gao Patriotic Brigades", "member_of", "Desert Alliance")
    assert has(facts, "Katiba Tessit", "member_of", "Desert Alliance")


def test_a_place_that_opens_the_sentence(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Across Lower Shabelle, the Daraawiish Brigade holds most of the river towns. "
        "In 2019, the Daraawiish Brigade signed a truce.",
    )
    assert has(facts, "Daraawiish Brigade", "operates_in", "Lower Shabelle")
    assert not any(p == "operates_in" and t == "2019" for _, p, t in facts)


def test_leaders_listed_under_a_leadership_heading(extractor: RulesExtractor) -> None:
    text = (
        "Harakat al-Sabireen\n\nLeadership\n\n"
        "- Hisham Salem (2014–2019): founder and secretary-general.\n"
        "- Adnan Khalil (2019–present): a former teacher from Gaza.\n"
    )
    facts = found(extractor, text)
    assert has(facts, "Harakat al-Sabireen", "led_by", "Hisham Salem")
    assert has(facts, "Harakat al-Sabireen", "led_by", "Adnan Khalil")


def test_commanders_split_off_to_form_a_new_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2016 Harakat Hazm commanders broke away to form the Jaysh al-Tahrir Brigades.",
    )
    assert has(facts, "Jaysh al-Tahrir Brigades", "split_from", "Harakat Hazm")


def test_a_name_only_in_another_script_is_no_party_to_a_tie(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Coastal Shield Forces (قوات درع الساحل) are made up of the Tihama Brigades "
        "and the Hodeidah Guards.",
    )
    assert has(facts, "Coastal Shield Forces", "alias", "قوات درع الساحل")
    assert not any(
        s == "قوات درع الساحل" or (p != "alias" and t == "قوات درع الساحل") for s, p, t in facts
    )


def test_sentence_openers_are_no_part_of_a_name(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Unlike the Karen Peace Army, the Karenni Front is openly separatist.")
    assert not any(s.startswith(("Unlike", "of ")) for s, _, _ in facts)


def test_a_clause_counting_the_groups_named_before(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Liwa Abu Fadl al-Abbas and Kataib Imam Ali guard the shrines. "
        "Both are members of the Shrine Defence Council.",
    )
    assert has(facts, "Liwa Abu Fadl al-Abbas", "member_of", "Shrine Defence Council")
    assert has(facts, "Kataib Imam Ali", "member_of", "Shrine Defence Council")


def test_a_one_word_qualifier_in_brackets_is_part_of_the_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Communist Party of Nepal (Maoist) waged a war from 1996 to 2006. "
        "The Communist Party of Nepal (Maoist) operated in Rolpa.",
    )
    assert has(facts, "Communist Party of Nepal (Maoist)", "operates_in", "Rolpa")


def test_a_states_forces_named_by_its_adjective(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Since 2019 the Kuki Liberation Army has fought the Indian army.")
    assert has(facts, "Kuki Liberation Army", "rival_of", "Indian army")


def test_a_name_in_its_own_script_marks_a_person(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Shamil Basayev (Шамиль Басаев) led the Riyad-us Saliheen Brigade of Martyrs.",
    )
    assert has(facts, "Shamil Basayev", "alias", "Шамиль Басаев")


def test_a_participle_that_places_the_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "Operating out of Sabratha, the Anas al-Dabbashi Brigade controlled the coast."
    )
    assert has(facts, "Anas al-Dabbashi Brigade", "operates_in", "Sabratha")


@pytest.mark.parametrize(
    ("text", "subject", "place"),
    [
        (
            "By 1990 the Mourabitoun Brigade had become a formidable force in Tripoli.",
            "Mourabitoun Brigade",
            "Tripoli",
        ),
        (
            "In 2015 the Sultan Murad Division battled for control of Azaz.",
            "Sultan Murad Division",
            "Azaz",
        ),
        ("In 2017 the Maute Group laid siege to Marawi.", "Maute Group", "Marawi"),
        (
            "The Karen National Liberation Army mounted raids on army outposts near Myawaddy.",
            "Karen National Liberation Army",
            "Myawaddy",
        ),
        (
            "Over a decade the Ansar Dine movement built a following in Kidal.",
            "Ansar Dine",
            "Kidal",
        ),
        ("In 2011 the Rwanda Defence Force entered Goma.", "Rwanda Defence Force", "Goma"),
    ],
)
def test_verbs_that_place_a_group(
    extractor: RulesExtractor, text: str, subject: str, place: str
) -> None:
    assert has(found(extractor, text), subject, "operates_in", place)


def test_the_attack_on_a_target_places_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "The Okba Ibn Nafaa Brigade grew after the attack on a hotel in Sousse."
    )
    assert not has(facts, "Okba Ibn Nafaa Brigade", "operates_in", "Sousse")


def test_rivals_fighting_each_other_for_a_place_both_operate_there(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kataib Nasr, led by a former officer, and the Liwa Tawhid, headed by a cleric, "
        "fought each other for control of the villages around Maarat.",
    )
    assert has(facts, "Kataib Nasr", "operates_in", "Maarat")
    assert has(facts, "Liwa Tawhid", "operates_in", "Maarat")


def test_an_acronym_in_the_source_language_is_the_names_own(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Liberation Front of Ogaden (FLNO) was founded in 1994.",
    )
    assert has(facts, "Liberation Front of Ogaden", "alias", "FLNO")


def test_leaving_one_group_to_set_up_another_dates_neither_old_one(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor, "In 2014 two deputies left the Alliance for Kosovo to set up the Mountain Front."
    )
    assert not has(facts, "Alliance for Kosovo", "founded", "2014")


@pytest.mark.parametrize(
    ("text", "subject", "rival"),
    [
        (
            "The Zintan Brigades grew in 2011. Their enemies were the Misrata Brigades.",
            "Zintan Brigades",
            "Misrata Brigades",
        ),
        (
            "The Karen National Union competed with the Democratic Karen Buddhist Army "
            "for recruits.",
            "Karen National Union",
            "Democratic Karen Buddhist Army",
        ),
        (
            "The report covers the Patani United Liberation Organisation and its confrontation "
            "with the Thai army.",
            "Patani United Liberation Organisation",
            "Thai army",
        ),
        (
            "The Croatian Defence Council fought Bosnian forces near Mostar in 1993.",
            "Croatian Defence Council",
            "Bosnian forces",
        ),
    ],
)
def test_ways_of_naming_an_enemy(
    extractor: RulesExtractor, text: str, subject: str, rival: str
) -> None:
    facts = found(extractor, text)
    assert has(facts, subject, "rival_of", rival) or has(facts, rival, "rival_of", subject)


def test_two_groups_at_war_with_each_other(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "The FNLA and the MPLA, at war with each other after 1975, split the capital."
    )
    assert has(facts, "FNLA", "rival_of", "MPLA") or has(facts, "MPLA", "rival_of", "FNLA")


def test_a_person_taking_over_a_group_leads_it(extractor: RulesExtractor) -> None:
    facts = found(extractor, "In 2010 Abu Musab al-Barnawi took over the Ansaru movement.")
    assert has(facts, "Ansaru movement", "led_by", "Abu Musab al-Barnawi") or has(
        facts, "Ansaru", "led_by", "Abu Musab al-Barnawi"
    )


def test_a_sentence_about_him_is_not_about_the_last_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Ahmad Shah Massoud made his name fighting the Soviet army in the Panjshir. "
        "He fought under the banner of Jamiat-e Islami.",
    )
    assert not has(facts, "Soviet army", "member_of", "Jamiat-e Islami")


def test_an_alliance_formed_by_named_groups_has_them_as_members(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Jaish al-Fatah (JaF), an alliance formed in March 2015 by Ahrar al-Sham "
        "and the Nusra Front, took Idlib.",
    )
    assert has(facts, "Ahrar al-Sham", "member_of", "Jaish al-Fatah")
    assert has(facts, "Nusra Front", "member_of", "Jaish al-Fatah")


def test_its_founding_members_are_members(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kachin Independence Army is one of the oldest groups. The Northern Alliance "
        "was set up in 2016. Its founding members included the Arakan Army and the TNLA.",
    )
    assert has(facts, "Arakan Army", "member_of", "Northern Alliance")


def test_the_front_just_named_is_the_front_joined(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Southern Front was set up in 2014. In 2016 the Ahrar al-Sham and Jaysh al-Islam "
        "formed the Islamic Front, and the Sham Legion joined the front a year later.",
    )
    assert has(facts, "Sham Legion", "member_of", "Islamic Front")
    assert not has(facts, "Sham Legion", "member_of", "Southern Front")


def test_fighting_in_partnership_is_an_alliance_not_a_clash(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "The Sudan Liberation Army fought in partnership with the Justice Movement."
    )
    assert has(facts, "Sudan Liberation Army", "allied_with", "Justice Movement")
    assert not has(facts, "Sudan Liberation Army", "rival_of", "Justice Movement")


def test_began_life_dates_a_group(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Ogaden National Front began life in 1984 as a student circle.")
    assert has(facts, "Ogaden National Front", "founded", "1984")


def test_leaving_and_founding_in_one_clause_dates_the_new_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor, "Ram Bahadur left the party in 2007 and founded the Madhesi Liberation Front."
    )
    assert has(facts, "Madhesi Liberation Front", "founded", "2007")


def test_its_named_faction_is_part_of_it(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Moro National Liberation Front was formed in 1972. Its largest faction, the "
        "Misuari Group, held out in Sulu.",
    )
    assert has(facts, "Misuari Group", "part_of", "Moro National Liberation Front")


def test_a_movement_that_broke_into_wings(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1994 the Ogaden National Liberation Front broke into two wings: the ONLF (Nur) "
        "and the ONLF (Osman).",
    )
    assert has(facts, "ONLF (Nur)", "split_from", "Ogaden National Liberation Front")


def test_a_states_adjective_is_no_place(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Sahel Brigade operates in Tillaberi. The Sahel Brigade is active in the Nigerien "
        "border villages.",
    )
    assert has(facts, "Sahel Brigade", "operates_in", "Tillaberi")
    assert not has(facts, "Sahel Brigade", "operates_in", "Nigerien")


def test_its_units_are_parts_of_it(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Jenin Brigade grew after 2021. Its battalions include the Camp Battalion and "
        "the Qabatiya Battalion.",
    )
    assert has(facts, "Camp Battalion", "part_of", "Jenin Brigade")
    assert has(facts, "Qabatiya Battalion", "part_of", "Jenin Brigade")


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "The 36th Front, a dissident unit belonging to the Central General Staff, grew "
            "in 2023.",
            "36th Front",
            "Central General Staff",
        ),
        (
            "The Civil Defence Brigade now comes under the National Guard of Tigray.",
            "Civil Defence Brigade",
            "National Guard of Tigray",
        ),
        (
            "The Wagner Group's Syria unit operated near Palmyra. The Azawad Brigade is the "
            "Islamic State's unit in Menaka.",
            "Azawad Brigade",
            "Islamic State",
        ),
        (
            "The Special Tasks Brigade, a command created within the Free Syrian Army, was "
            "disbanded in 2016.",
            "Special Tasks Brigade",
            "Free Syrian Army",
        ),
    ],
)
def test_ways_of_naming_a_part(extractor: RulesExtractor, text: str, part: str, whole: str) -> None:
    assert has(found(extractor, text), part, "part_of", whole)


def test_a_language_gloss_in_brackets_is_no_infobox_field(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Sulu Liberation Army (Tausug: Tentara Pembebasan Sulu, SLA) was founded in 1999.",
    )
    assert has(facts, "Sulu Liberation Army", "alias", "SLA")
    assert has(facts, "Sulu Liberation Army", "founded", "1999")


def test_an_adjective_before_movement_describes_rather_than_names(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Saraya Awliya al-Dam is the armed wing of Kataib Hezbollah, the Iraqi Shiite "
        "movement that dominates the border.",
    )
    assert not any(
        s == "Iraqi Shiite movement" or t == "Iraqi Shiite movement" for s, _, t in facts
    )


def test_a_new_name_glossed_by_a_known_one_is_another_name(extractor: RulesExtractor) -> None:
    facts = found(extractor, "In 2006 it was renamed the Youth Mujahideen Front (al-Shabaab).")
    assert has(facts, "Youth Mujahideen Front", "alias", "al-Shabaab")
    assert not has(facts, "Youth Mujahideen Front", "affiliated_with", "al-Shabaab")


def test_a_known_name_inside_a_longer_gloss_is_no_ally(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "It grew from the Faithful Youth Circle (al-Shabab al-Mu'min), set up in the 1990s.",
    )
    assert not any(p == "affiliated_with" for _, p, _ in facts)


def test_an_association_or_volunteers_name_a_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Red Hand Defence Association was formed in 1972. The Orange Volunteers were "
        "formed in 1998.",
    )
    assert has(facts, "Red Hand Defence Association", "founded", "1972")
    assert has(facts, "Orange Volunteers", "founded", "1998")


def test_a_countrys_subdivisions_named_after_of(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ansaru group is active in Nigeria's north-western states of Zamfara and Kebbi.",
    )
    assert has(facts, "Ansaru group", "operates_in", "Zamfara") or has(
        facts, "Ansaru", "operates_in", "Zamfara"
    )


def test_an_insurgency_against_a_state_placed_after_a_comma(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Holy Spirit Movement waged an insurgency against the government, mainly in the "
        "districts of Lira and Apac.",
    )
    assert has(facts, "Holy Spirit Movement", "operates_in", "Lira")


def test_a_group_under_a_named_person_is_led_by_them(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Bloque Central under Dairo Antonio Usuga, known as Otoniel, held the north. "
        "The Oromo Liberation Front broke away from the Derg in 1976 under Elemo Qiltu.",
    )
    assert has(facts, "Bloque Central", "led_by", "Dairo Antonio Usuga")
    assert not has(facts, "Derg", "led_by", "Elemo Qiltu")


def test_a_group_under_an_operation_is_led_by_no_one(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "The Ghana Armed Forces deployed in 2023 under Operation Conquered Fist."
    )
    assert not any(p == "led_by" for _, p, _ in facts)


def test_a_known_name_inside_a_longer_arabic_name_is_not_that_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(extractor, "Jaysh al-Qaeda was a small faction active in Daraa in 2016.")
    assert not has(facts, "al-Qaeda", "operates_in", "Daraa")


def test_a_person_described_before_who_leads(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "Ali Kushayb, the Sudanese commander who leads the Janjaweed Brigade, fled."
    )
    assert has(facts, "Janjaweed Brigade", "led_by", "Ali Kushayb")


def test_a_possessor_after_and_is_not_listed_with_the_object(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Sinai Province, the regional branch of the Islamic State and the Egyptian Army's "
        "fiercest enemy, claimed the attack.",
    )
    assert not any(p == "part_of" and t != "Islamic State" for _, p, t in facts)


def test_claiming_responsibility_does_not_hedge_the_sentence(extractor: RulesExtractor) -> None:
    document = Document.from_text(
        "The Sinai Province, the regional branch of the Islamic State, claimed responsibility "
        "for the attack.",
        origin="test",
    )
    claims = [c for c in extractor(document) if c.predicate == "part_of"]
    # a hedged statement scores 0.6 of a plain one (about 0.5 against 0.85)
    assert claims and claims[0].confidence > 0.7


def test_claiming_a_strength_hedges_it(extractor: RulesExtractor) -> None:
    document = Document.from_text(
        "The Ansar Brigade claimed to have 5,000 fighters.", origin="test"
    )
    claims = [c for c in extractor(document) if c.predicate == "size"]
    assert claims and claims[0].confidence < 0.6


def test_another_acronym_faction_is_a_member(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Sultan Murad Division, another NFL faction, held Azaz. Kataib Jund al-Imam, the "
        "largest PMF faction in Basra, stayed out.",
    )
    assert has(facts, "Sultan Murad Division", "member_of", "NFL")


def test_a_transliterated_arabic_name_in_brackets_is_an_alias(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Northern Storm Brigade (Liwa Asifat al-Shamal) held Azaz. "
        "The Conquest Army (al-Jaysh al-Fath) took Idlib in 2015.",
    )
    assert has(facts, "Conquest Army", "alias", "al-Jaysh al-Fath")


def test_a_quoted_byname_after_a_comma_is_a_persons_alias(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'The Gulf Clan is led by Dairo Antonio Usuga, "Otoniel", since 2021.',
    )
    assert has(facts, "Dairo Antonio Usuga", "alias", "Otoniel")


def test_what_others_refer_to_a_group_as_is_an_alias(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'The Karenni Army (KA) fights in Kayah State. Junta media refer to the group as "KNPP '
        'terrorists". Thai officials refer to the Karenni Army as "Kayah rebels".',
    )
    assert has(facts, "Karenni Army", "alias", "KNPP terrorists")
    assert has(facts, "Karenni Army", "alias", "Kayah rebels")


def test_a_group_that_goes_by_many_names(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Mexico's oldest cartel goes by several names: the Gulf Cartel, Los Metros and, since "
        "2019, Cartel del Noreste.",
    )
    assert has(facts, "Gulf Cartel", "alias", "Los Metros")
    assert has(facts, "Gulf Cartel", "alias", "Cartel del Noreste")


def test_a_name_field_makes_the_entry_the_subject_of_its_fields(
    extractor: RulesExtractor,
) -> None:
    text = (
        "SANCTIONS NOTICE\nOffice of Foreign Designations\n\nEntry 4\n"
        "Name: Sinai Tribes Union\nEstablished: 2015\nAreas of operation: Rafah; Sheikh Zuweid\n\n"
        "Entry 5\nName: Hasm Movement\nEstablished: 2016\n"
    )
    facts = found(extractor, text)
    assert has(facts, "Sinai Tribes Union", "founded", "2015")
    assert has(facts, "Sinai Tribes Union", "operates_in", "Rafah")
    assert has(facts, "Hasm Movement", "founded", "2016")
    assert not has(facts, "Office of Foreign Designations", "founded", "2015")


def test_a_founding_date_does_not_found_a_name_after_the_verb(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Kabataang Makabayan, founded in 1964, was later allied with the Communist Party of "
        "the Philippines.",
    )
    assert not has(facts, "Communist Party of the Philippines", "founded", "1964")


def test_a_date_in_the_next_clause_does_not_date_the_founding(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Nasir al-Wuhayshi led the Ansar al-Sharia front from its formation and in 2013 was "
        "named deputy of the network.",
    )
    assert not any(p == "founded" for _, p, _ in facts)


def test_a_sentence_opening_with_a_period_names_no_founding(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Between 2014 and 2019 the Multinational Joint Task Force, established under a Lake "
        "Chad Basin Commission mandate, fought Boko Haram.",
    )
    assert not any(p == "founded" for _, p, _ in facts)
    assert any(s == "Multinational Joint Task Force" for s, _, _ in facts)


def test_a_member_of_a_group_opening_a_sentence_is_a_person(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Marada Brigade fought in the north. A member of the Syrian Social Nationalist "
        "Party was later convicted of the killing.",
    )
    assert not has(facts, "Marada Brigade", "member_of", "Syrian Social Nationalist Party")


def test_a_date_or_a_demonym_is_no_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Free Idlib Army was led by Lebanese-born Armenian volunteers. The Hamza "
        "Division was commanded by Jan. 29 of that year.",
    )
    assert not any(p == "led_by" for _, p, _ in facts)


def test_places_owned_by_a_country_in_a_list(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ansaru group operates in Kaduna State and across the border in Niger's Maradi "
        "region. Kataib al-Nujaba has fought in Syria since 2013.",
    )
    assert has(facts, "Ansaru group", "operates_in", "Maradi") or has(
        facts, "Ansaru", "operates_in", "Maradi"
    )
    assert has(facts, "Kataib al-Nujaba", "operates_in", "Syria")


def test_a_place_glossed_in_its_own_script_keeps_the_list_going(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 2024 the Arakan Army seized Maungdaw (မောင်တော), Buthidaung (ဘူးသီးတောင်) and Kyauktaw.",
    )
    assert has(facts, "Arakan Army", "operates_in", "Buthidaung")
    assert has(facts, "Arakan Army", "operates_in", "Kyauktaw")


def test_more_ideologies_and_unit_heads(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rusich Battalion is an openly neo-Nazi volunteer unit. The Autonomous Commandos "
        "were an autonomist splinter of the movement.",
    )
    assert has(facts, "Rusich Battalion", "ideology", "neo-Nazi")
    assert has(facts, "Autonomous Commandos", "ideology", "autonomist")


def test_an_ideology_professed_before_a_preposition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tupac Amaru Revolutionary Movement was founded in 1982. Its ideology mixed "
        "Guevarist ideas with nationalism.",
    )
    assert has(facts, "Tupac Amaru Revolutionary Movement", "ideology", "Guevarist")


def test_a_group_that_grew_out_of_a_split_in_another(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Maoist Communist Party traces its origins to a split within the Communist Party "
        "of Turkey in the 1990s.",
    )
    assert has(facts, "Maoist Communist Party", "split_from", "Communist Party of Turkey")


def test_a_slashed_acronym_is_not_two_groups(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The MKP traces its origins to a split within the TKP/ML in 1987.")
    assert not any(t in ("ML", "TKP") for _, _, t in facts)


def test_a_date_in_a_relative_clause_after_the_new_group_is_not_its_founding(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In May 2011 the Kachin and Wa armies formed the Northern Alliance Front, which "
        "launched an offensive in November 2016.",
    )
    assert has(facts, "Northern Alliance Front", "founded", "2011-05")
    assert not has(facts, "Northern Alliance Front", "founded", "2016-11")


def test_a_known_name_before_an_arabic_particle_is_part_of_a_longer_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor, "Jund al-Sham, led by Abu Yusuf Sharqiya, had broken away from Hamas al-Dawa."
    )
    assert not has(facts, "Jund al-Sham", "split_from", "Hamas")


def test_a_group_set_up_by_loyalists_who_broke_away(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ansar al-Furqan Front was established in 2019 by al-Qaeda loyalists who had "
        "broken away from the Levant Liberation Committee.",
    )
    assert has(facts, "Ansar al-Furqan Front", "split_from", "Levant Liberation Committee")


def test_a_numbered_unit_is_part_of_its_owner(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kachin Independence Army's 3rd Brigade holds the jade tracts near Hpakant. "
        "The 9th Battalion of the Arakan Army is active in Paletwa.",
    )
    assert has(facts, "3rd Brigade", "part_of", "Kachin Independence Army")
    assert has(facts, "9th Battalion", "part_of", "Arakan Army")
    assert has(facts, "9th Battalion", "operates_in", "Paletwa")
    assert not has(facts, "Arakan Army", "operates_in", "Paletwa")


def test_a_possessive_before_a_title_belongs_to_a_person(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tiger Unit has long been associated with Colonel Saw Htoo, "
        "the Karen National Union's deputy chief.",
    )
    assert not has(facts, "Tiger Unit", "affiliated_with", "Karen National Union")


def test_a_sentence_opening_with_a_branch_has_no_topic_subject(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Wolf Legion fights in the Donbas. "
        "The southern branch of the Islamic State in Mozambique recruited in Palma.",
    )
    assert not any(s == "Wolf Legion" and p == "part_of" for s, p, _ in facts)


def test_a_unit_described_by_its_owners_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Shaheed Battalion, a covert Hizbul Mujahideen detachment, was broken up in 2004.",
    )
    assert has(facts, "Shaheed Battalion", "part_of", "Hizbul Mujahideen")


def test_a_leader_named_with_an_adverb_before_the_verb(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Jaroslav Mach subsequently led the Bohemian Liberation Army.")
    assert has(facts, "Bohemian Liberation Army", "led_by", "Jaroslav Mach")


def test_a_leader_given_with_as_its_title(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "The Silesian Front was proclaimed in 2019, with Radek Lipa as its chairman."
    )
    assert has(facts, "Silesian Front", "led_by", "Radek Lipa")


def test_a_leader_in_a_whose_clause(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Bohemian Army, whose commander Vaclav Rys studied in Brno, was banned in 2011.",
    )
    assert has(facts, "Bohemian Army", "led_by", "Vaclav Rys")


def test_a_wiki_section_marker_makes_a_heading() -> None:
    text = "Intro line here.\n\nUmbutho we Sizwe[edit]\nThe group was set up in 1970."
    parts = segment(text)
    heading = next(p for p in parts if p.heading)
    assert text[heading.start : heading.end] == "Umbutho we Sizwe"


def test_a_table_of_contents_states_nothing() -> None:
    text = "Contents\n1 History\n2 Member groups\n3 References\n\nThe front was set up in 1970."
    said = [text[p.start : p.end] for p in segment(text)]
    assert "2 Member groups" not in said
    assert "The front was set up in 1970." in said


def test_an_infobox_caption_names_its_subject(extractor: RulesExtractor) -> None:
    text = (
        "Impi ya Bantu\n"
        "Ibutho lama Bantu\n"
        "Active: 1971 – 1990\n"
        "Leaders: Sipho Dlamini\n"
        "Area of operations: Swaziland, Mozambique\n\n"
        "Impi ya Bantu was a small guerrilla body of the 1970s.\n"
    )
    facts = found(extractor, text)
    assert has(facts, "Impi ya Bantu", "founded", "1971")
    assert has(facts, "Impi ya Bantu", "led_by", "Sipho Dlamini")
    assert has(facts, "Impi ya Bantu", "operates_in", "Mozambique")
    assert has(facts, "Impi ya Bantu", "alias", "Ibutho lama Bantu")


def test_a_caption_over_several_boxes_is_no_name(extractor: RulesExtractor) -> None:
    text = (
        "At a Glance\nFounded: 1971\nIdeology: Maoism\n\n"
        "At a Glance\nFounded: 1984\nIdeology: Trotskyism\n"
    )
    facts = found(extractor, text)
    assert not any(s == "At a Glance" for s, _, _ in facts)


def test_a_sanctions_list_numbers_each_other_name(extractor: RulesExtractor) -> None:
    text = "Name: Zawadi Liberation Front\nA.k.a.: a) Zawadi Front b) ZLF; c) Jeshi la Zawadi\n"
    facts = found(extractor, text)
    for alias in ("Zawadi Front", "ZLF", "Jeshi la Zawadi"):
        assert has(facts, "Zawadi Liberation Front", "alias", alias)


def test_names_joined_by_particles_of_other_languages(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Jamiat-e Milli was set up in 1979 and later joined the Mahaz-e Islami. "
        "The Kawthar Unity was formed in 1985.",
    )
    assert has(facts, "Jamiat-e Milli", "founded", "1979")
    assert has(facts, "Jamiat-e Milli", "member_of", "Mahaz-e Islami")
    assert has(facts, "Kawthar Unity", "founded", "1985")


def test_an_acronym_beside_the_name_it_spells(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The oldest party is KAPU, the Kalahari African People's Union. "
        "Rebels walked out and formed the Okavango National Union, ONU.",
    )
    assert has(facts, "KAPU", "alias", "Kalahari African People's Union")
    assert has(facts, "Okavango National Union", "alias", "ONU")


def test_a_group_launched_under_its_leader(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Kalahari Front was launched in May 1960 under Tebogo Molefe.")
    assert has(facts, "Kalahari Front", "led_by", "Tebogo Molefe")


def test_a_successor_named_after_then_by(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front was led by Amani Bosco until his death in 2001, and then by Eric Mweze.",
    )
    assert has(facts, "Kivu Front", "led_by", "Amani Bosco")
    assert has(facts, "Kivu Front", "led_by", "Eric Mweze")


def test_a_designation_notice_with_several_entries(extractor: RulesExtractor) -> None:
    text = (
        "ENTRY 1\n"
        "Name: OGADEN SALVATION FRONT\n"
        "Name (original script): جبهة إنقاذ أوغادين\n"
        "A.k.a.: OSF\n"
        "Key individuals: Abdi Warsame Hirsi (chief; based abroad); Omar Dahir Nur "
        "(co-founder; killed 1999); Ali Jama Farah (head of a rival faction)\n"
        "Other information: Raised in 1992 as the fighting arm of the Ogaden Elders Council.\n"
        "\n"
        "ENTRY 2\n"
        "Name: HAWD LIBERATION ARMY\n"
        "A.k.a.: HLA\n"
    )
    facts = found(extractor, text)
    assert has(facts, "OGADEN SALVATION FRONT", "alias", "جبهة إنقاذ أوغادين")
    assert has(facts, "OGADEN SALVATION FRONT", "led_by", "Abdi Warsame Hirsi")
    assert not has(facts, "OGADEN SALVATION FRONT", "led_by", "Omar Dahir Nur")
    assert not has(facts, "OGADEN SALVATION FRONT", "led_by", "Ali Jama Farah")
    assert has(facts, "OGADEN SALVATION FRONT", "founded", "1992")
    assert not has(facts, "OGADEN SALVATION FRONT", "alias", "HAWD LIBERATION ARMY")
    assert has(facts, "HAWD LIBERATION ARMY", "alias", "HLA")


def test_one_of_several_factions_led_by_someone(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "After 1990 the Ogaden Youth League split into several factions, one of them led by "
        "Hassan Dirie Abdi.",
    )
    assert not has(facts, "Ogaden Youth League", "led_by", "Hassan Dirie Abdi")


def test_heading_a_groups_network_is_not_leading_the_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ogaden Youth League was set up in 1985. Hassan Dirie Abdi, who headed the "
        "league's network in Nairobi, was arrested in 1994.",
    )
    assert not has(facts, "Ogaden Youth League", "led_by", "Hassan Dirie Abdi")


def test_groups_that_came_together_in_a_coalition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1985 the Kivu Front, the Ruzizi Army and the Itombwe Movement came together in "
        "the Great Lakes Unity (GLU).",
    )
    for member in ("Kivu Front", "Ruzizi Army", "Itombwe Movement"):
        assert has(facts, member, "member_of", "Great Lakes Unity")


def test_the_month_may_does_not_hedge(extractor: RulesExtractor) -> None:
    document = Document.from_text(
        "The Ruzizi Army was founded in May 1985 in Uvira.", origin="test"
    )
    claims = [c for c in extractor(document) if c.predicate == "founded"]
    assert claims and all(c.confidence >= 0.8 for c in claims)


def test_a_group_named_with_its_leaders_possessive(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1994 Bishop Amani Bosco's Itombwe Movement and the Ruzizi Army formed a rival "
        "Kivu Coordination Council.",
    )
    assert has(facts, "Itombwe Movement", "led_by", "Amani Bosco")
    assert has(facts, "Kivu Coordination Council", "founded", "1994")
    assert not has(facts, "Itombwe Movement", "founded", "1994")


def test_authority_claimed_over_places(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Declared in 2006, the Kivu Emirate claimed authority over Uvira, Fizi and parts of "
        "Mwenga.",
    )
    for place in ("Uvira", "Fizi", "Mwenga"):
        assert has(facts, "Kivu Emirate", "operates_in", place)


def test_where_a_groups_strength_lay(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front was set up in 1990. Its early strength lay among the herders of the "
        "hills, in Itombwe and Mulenge.",
    )
    assert has(facts, "Kivu Front", "operates_in", "Itombwe")
    assert has(facts, "Kivu Front", "operates_in", "Mulenge")


def test_a_known_name_of_a_country_is_another_group(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Islamic State of Chad was active in Kanem in 2016.")
    assert has(facts, "Islamic State of Chad", "operates_in", "Kanem")
    assert not has(facts, "Islamic State", "operates_in", "Kanem")


def test_a_numbered_heading_with_an_acronym() -> None:
    text = "Intro.\n\n2.3 Kivu Emirate (KE)\n- Declared in 2006, it claimed Uvira.\n"
    heading = next(p for p in segment(text) if p.heading)
    assert text[heading.start : heading.end] == "Kivu Emirate (KE)"


def test_a_year_and_article_before_an_acronym_are_no_part_of_it(
    extractor: RulesExtractor,
) -> None:
    facts = found(extractor, "By the end of 2007 the KLA had kept its bases in Drenica.")
    assert has(facts, "KLA", "operates_in", "Drenica")


def test_more_ways_of_saying_where_a_group_is(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front kept its external headquarters in Kigoma. "
        "The Ruzizi Army stayed in Zambia right to the end. "
        "The Bembe Militia operates from the hills above Uvira. "
        "The Itombwe Movement, with its firmest rearguard in the mountains of Mwenga, was "
        "founded in 1996. "
        "The Lulenge Force has thousands of soldiers in South Kivu. "
        "The Fizi Brigade was active on the wooded slopes of Kabambare.",
    )
    assert has(facts, "Kivu Front", "operates_in", "Kigoma")
    assert has(facts, "Ruzizi Army", "operates_in", "Zambia")
    assert has(facts, "Bembe Militia", "operates_in", "Uvira")
    assert has(facts, "Itombwe Movement", "operates_in", "Mwenga")
    assert has(facts, "Lulenge Force", "operates_in", "South Kivu")
    assert has(facts, "Fizi Brigade", "operates_in", "Kabambare")


def test_a_possessors_bases_lay_somewhere(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Kivu Front's rear bases lay mainly in Tanzania.")
    assert has(facts, "Kivu Front", "operates_in", "Tanzania")


def test_a_plain_noun_after_a_listed_name_keeps_the_list(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Alliance is made up of the Tembo Brigades, the Uvira Resistance forces and "
        "the Baraka Resistance.",
    )
    assert has(facts, "Baraka Resistance", "member_of", "Kivu Alliance")


def test_the_backbone_of_a_coalition_is_a_member(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front became the backbone of the Great Lakes Coordination in 2015. "
        "Four factions form the core of the Ruzizi Alliance: the Fizi Brigade and the Tembo "
        "Brigades.",
    )
    assert has(facts, "Kivu Front", "member_of", "Great Lakes Coordination")
    assert not any(p == "member_of" and t == "Fizi Brigade" for _, p, t in facts)


def test_one_of_its_founding_members(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Great Lakes Alliance was formed in 2016. It is led by Colonel Amani Bosco, a "
        "commander from the Fizi Brigade, one of its founding members.",
    )
    assert has(facts, "Fizi Brigade", "member_of", "Great Lakes Alliance")


def test_a_name_in_its_own_language_beside_its_acronym(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Cooperative for the Development of Kivu (Coopérative pour le développement du "
        "Kivu, CODEKI) is an armed movement.",
    )
    assert has(
        facts,
        "Cooperative for the Development of Kivu",
        "alias",
        "Coopérative pour le développement du Kivu",
    )


def test_an_acronym_and_its_name_set_off_by_a_dash(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1982 he set up ARDK - the Alianza Revolucionaria de Kivu, or Kivu Revolutionary "
        "Alliance. The north meant the FDK, the Fuerza Democrática Kivuana - Kivu Democratic "
        "Force.",
    )
    assert has(facts, "ARDK", "alias", "Alianza Revolucionaria de Kivu")
    assert has(facts, "FDK", "alias", "Fuerza Democrática Kivuana")


def test_a_country_before_a_possessive_is_no_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "The Leopard Unit, the armed wing of Sri Lanka's LTTE, was formed in 1990."
    )
    assert not any(p == "led_by" for _, p, _ in facts)


def test_ideologies_of_unnamed_groups_describe_no_one(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Royalist and Maoist militias fought the Kivu Coalition Force side by side in 1999.",
    )
    assert not any(p == "ideology" for _, p, _ in facts)


def test_a_language_after_in_is_no_place(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'The Kivu Front fights under the banner of the Wanamgambo ("warriors" in Lingala).',
    )
    assert not any(p == "operates_in" and t == "Lingala" for _, p, t in facts)


def test_a_generic_plural_or_a_legal_status_is_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Brigades loyal to the council have fought in Kasai since 2019. The United States "
        "designated the Kivu Front a Foreign Terrorist Organization in 2021.",
    )
    assert not any(s == "Brigades" for s, _, _ in facts)
    assert not any("Foreign Terrorist" in str(s) for s, _, _ in facts)


def test_a_thing_named_by_a_common_noun_takes_no_topic(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front was set up in 1990. The tribunal was chaired by Amani Bosco from 1996.",
    )
    assert not has(facts, "Kivu Front", "led_by", "Amani Bosco")


def test_commanding_a_groups_brigade_is_not_leading_the_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Eric Mweze, the former commander of the Kivu Front's Uvira brigade, was arrested in 2002.",
    )
    assert not has(facts, "Kivu Front", "led_by", "Eric Mweze")


def test_a_known_acronym_with_a_suffix_is_another_group(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The SPLM-X was set up in 2019 and is led by Amani Bosco.")
    assert has(facts, "SPLM-X", "led_by", "Amani Bosco")
    assert not any(s == "SPLM" for s, _, _ in facts)


def test_a_name_with_no_head_word_set_off_by_a_founding_participle(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor, "Ukuthula, founded in 1981, was an armed group active in northern Natal."
    )
    assert has(facts, "Ukuthula", "founded", "1981")


def test_a_name_the_article_calls_a_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front was set up in 1990. It grew out of Umoja, a study group founded in "
        "1971 by students in Bukavu.",
    )
    assert has(facts, "Umoja", "founded", "1971")
    assert not has(facts, "Kivu Front", "founded", "1971")


def test_a_sentence_opening_with_an_unknown_name_takes_no_topic(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kivu Front was set up in 1990. The Mayele were set up by the front in 1997.",
    )
    assert not has(facts, "Kivu Front", "founded", "1997")


def test_youth_heads_a_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Hussein Badr leads the Faithful Youth, which is active in Saada.",
    )
    assert has(facts, "Faithful Youth", "operates_in", "Saada")


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor, "Among the Tana Coalition's members are the Garissa Brigade and the Wajir Front."
    )
    assert has(facts, "Garissa Brigade", "member_of", "Tana Coalition")


def test_a_count_and_a_colon_before_the_members(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rift Front consists of three factions: the Nakuru Brigade, the Eldoret Army and "
        "the Narok Movement.",
    )
    for member in ("Nakuru Brigade", "Eldoret Army", "Narok Movement"):
        assert has(facts, member, "member_of", "Rift Front")


def test_groups_united_under_a_banner(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Pemba Army and the Zanzibar Front united under the banner of the Island "
        "Coalition in 2015.",
    )
    assert has(facts, "Pemba Army", "member_of", "Island Coalition")
    assert has(facts, "Zanzibar Front", "member_of", "Island Coalition")


def test_a_coalition_of_which_a_group_is_a_member(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Western Coalition, of which the Shinyanga Front is a member, was created in 2018.",
    )
    assert has(facts, "Shinyanga Front", "member_of", "Western Coalition")


def test_places_a_group_holds_attacks_or_reaches(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ruzizi Army holds several villages near the lake, including Kamanyola. "
        "Fighters of the Itombwe Movement attacked villages in Mwenga territory. "
        "The Kasai Army's area of control stretches from Tshikapa to the border. "
        "The Walikale Front controls mining sites around Pinga. "
        "The Baraka Front launched an offensive on Mboko in May.",
    )
    assert has(facts, "Ruzizi Army", "operates_in", "Kamanyola")
    assert has(facts, "Itombwe Movement", "operates_in", "Mwenga")
    assert has(facts, "Kasai Army", "operates_in", "Tshikapa")
    assert has(facts, "Walikale Front", "operates_in", "Pinga")
    assert has(facts, "Baraka Front", "operates_in", "Mboko")


def test_a_raid_by_others_or_a_date_is_no_place(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front carried out its first attack on Sept. 9 that year. "
        "The police raid on Lubumba Farm ended the cell.",
    )
    assert not any(p == "operates_in" for _, p, _ in facts)


def test_a_fronted_led_by_phrase_names_the_group_after_it(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Aru Front is active in Ituri. Led by Hassan Dirie, the Ogaden Youth League took "
        "up arms in 1990.",
    )
    assert has(facts, "Ogaden Youth League", "led_by", "Hassan Dirie")
    assert not has(facts, "Aru Front", "led_by", "Hassan Dirie")


def test_its_founder_and_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "The Lulenge Force, under its founder and leader Paul Kasongo, grew quickly."
    )
    assert has(facts, "Lulenge Force", "led_by", "Paul Kasongo")


def test_more_ways_of_giving_another_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front, known by its Swahili name Mbele ya Kivu, was set up in 1996. "
        "The Lulenge Force, formerly the Lulenge Self-Defence Group, is active in Minembwe. "
        "The Gedo Army, called Jaysh Gedo in Arabic, is based in Bardera.",
    )
    assert has(facts, "Kivu Front", "alias", "Mbele ya Kivu")
    assert has(facts, "Lulenge Force", "alias", "Lulenge Self-Defence Group")
    assert has(facts, "Gedo Army", "alias", "Jaysh Gedo")


def test_feuds_side_by_side_and_support_received(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front has been at odds with the Ruzizi Army since 2019. "
        "The Uvira Army and the Fizi Brigade have been feuding over the gold trade. "
        "The Sake Front fights side by side with the Goma Brigade. "
        "The Masisi Army has received support from the Kivu Front.",
    )
    assert has(facts, "Kivu Front", "rival_of", "Ruzizi Army")
    assert has(facts, "Uvira Army", "rival_of", "Fizi Brigade")
    assert has(facts, "Sake Front", "allied_with", "Goma Brigade")
    assert has(facts, "Masisi Army", "affiliated_with", "Kivu Front")


def test_ideology_words_negated_or_owned_by_another(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front was set up in 1990. Its founder, the leader of Zambia's far-right "
        "nationalist party, fled in 1994. The Kivu Front was not jihadist.",
    )
    assert not any(p == "ideology" for _, p, _ in facts)


def test_a_group_divided_into_units(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ruzizi Army is divided into three brigades: the Red Brigade, the Lake Brigade and "
        "the Hill Brigade.",
    )
    for unit in ("Red Brigade", "Lake Brigade", "Hill Brigade"):
        assert has(facts, unit, "part_of", "Ruzizi Army")
    assert not any(p == "split_from" for _, p, _ in facts)


def test_a_groups_youth_wing_and_a_named_cell(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front's youth wing, the Kivu Youth, recruits in schools. "
        "The Mwenga Cell of the Itombwe Movement was dismantled in 2020.",
    )
    assert has(facts, "Kivu Youth", "part_of", "Kivu Front")
    assert has(facts, "Mwenga Cell", "part_of", "Itombwe Movement")
    assert not has(facts, "Itombwe Movement", "dissolved", "2020")


def test_an_estimate_belongs_to_the_group_estimated(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front has expanded into Burundi. The Congolese army puts its total strength "
        "at some 6,000 members. In 2019 the Kivu Research Group put the combined strength of "
        "the militias at 4,000 fighters. The army launched an operation, deploying some 3,000 "
        "soldiers of the Rapid Reaction Force to the north.",
    )
    sizes = {(s, t) for s, p, t in facts if p == "size"}
    assert ("Kivu Front", (("high", 6000), ("low", 6000), ("unit", "members"))) in sizes
    assert len(sizes) == 1


def test_a_verb_number_before_a_range_is_no_identifier() -> None:
    from factionmap.extract.sizes import find_sizes

    found_sizes = find_sizes("The front was believed to number between 2,000 and 3,000 fighters.")
    assert [(s.low, s.high) for s in found_sizes] == [(2000, 3000)]


def test_glosses_in_brackets_that_name_nothing(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front (insurgent group) was set up in 1990. "
        'Retour et Justice ("Return, Justice and Peace"), known as RJ, was created in 2015. '
        "The Ruzizi Army (written Ruzisi Army in the local press) is based in Uvira. "
        "The Kivu Front signed the Lake Tanganyika Agreement (LTA) in 2019.",
    )
    assert not has(facts, "Kivu Front", "alias", "insurgent group")
    assert not has(facts, "Retour et Justice", "alias", "Return")
    assert has(facts, "Ruzizi Army", "alias", "Ruzisi Army")
    assert not any(s == "Lake Tanganyika Agreement" for s, _, _ in facts)


def test_a_pronoun_after_a_fronted_prepositional_phrase(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front was set up in 1990. Aligned with the Ruzizi Army and Maoist in "
        "outlook, it has long been rooted in the Itombwe area of South Kivu.",
    )
    assert has(facts, "Kivu Front", "operates_in", "Itombwe")
    assert not has(facts, "Ruzizi Army", "operates_in", "Itombwe")


def test_a_fronted_led_by_phrase_with_a_nickname(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'The Lake Cartel is active in Uvira. Led by Amani Bosco, "El Tigre", the Fizi Cartel '
        "has since become its main rival.",
    )
    assert has(facts, "Fizi Cartel", "led_by", "Amani Bosco")
    assert not has(facts, "Lake Cartel", "led_by", "Amani Bosco")


def test_an_umbrella_formed_and_named_in_apposition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In November 2018 the Kivu Front formed an umbrella, the Lakes Coordination (LC), with "
        "the Ruzizi Army.",
    )
    assert has(facts, "Lakes Coordination", "founded", "2018-11")
    assert not has(facts, "Kivu Front", "founded", "2018-11")


def test_an_estimate_of_a_named_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ruzizi Army is a rival. Some analysts estimated the strength of the Kivu Front at "
        "its launch at around 3,000 fighters.",
    )
    assert has(facts, "Kivu Front", "size", 3000)


def test_both_sides_of_fighting_are_where_it_is(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Reporters saw heavy fighting between the Kivu Front and the Ruzizi Army in the rural "
        "areas of Kamanyola and Luvungi.",
    )
    for group in ("Kivu Front", "Ruzizi Army"):
        assert has(facts, group, "operates_in", "Kamanyola")
        assert has(facts, group, "operates_in", "Luvungi")


def test_an_umbrella_formed_with_others_and_members_after_a_colon(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In November 2018 the Kivu Front formed an umbrella, the Lakes Coordination (LC), with "
        "the Ruzizi Army and the Fizi Brigade. The Uvira Bloc takes its name from its members: "
        "the Mboko Front and the Baraka Brigade.",
    )
    for member in ("Kivu Front", "Ruzizi Army", "Fizi Brigade"):
        assert has(facts, member, "member_of", "Lakes Coordination")
    assert has(facts, "Mboko Front", "member_of", "Uvira Bloc")
    assert has(facts, "Baraka Brigade", "member_of", "Uvira Bloc")


def test_a_strength_after_its_unit_noun_and_an_including_relative(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kivu Front is an armed group. Its fighters, estimated at 2,000, are mostly Bembe. "
        "In 2015 the front joined the Lakes Alliance, a coalition that also includes the Ruzizi "
        "Army.",
    )
    assert has(facts, "Kivu Front", "size", 2000)
    assert has(facts, "Ruzizi Army", "member_of", "Lakes Alliance")


def test_what_fighters_said_is_no_strength() -> None:
    from factionmap.extract.sizes import find_sizes

    assert find_sizes("The fighters said 300 civilians had fled.") == []


def test_a_one_word_heading_names_its_section(extractor: RulesExtractor) -> None:
    text = (
        "Armed groups of South Kivu\n\n"
        "Umoja\n"
        "Umoja recruits among herders on the plateau. It operates in the Itombwe highlands.\n\n"
        "Background\n"
        "Background checks were never made.\n"
    )
    facts = found(extractor, text)
    assert has(facts, "Umoja", "operates_in", "Itombwe")
    assert not any(s == "Background" for s, _, _ in facts)


def test_the_men_of_a_group_whose_name_has_no_head_word(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Mayele fighters were deployed to Kalehe in 2017. Tuareg fighters held Kidal. "
        "Salafi militants attacked Fizi.",
    )
    assert has(facts, "Mayele", "operates_in", "Kalehe")
    assert not any(s in ("Tuareg", "Salafi") for s, _, _ in facts)


def test_acronyms_in_an_infobox_value(extractor: RulesExtractor) -> None:
    text = (
        "Umoja wa Kivu\n"
        "Active: 1994 - 2003\n"
        "Allegiance: Kivu People's Congress (KPC); Lakes Workers' Party (LWP)\n\n"
        "Umoja wa Kivu fought in the hills above Uvira.\n"
    )
    facts = found(extractor, text)
    assert has(facts, "Kivu People's Congress", "alias", "KPC")
    assert has(facts, "Lakes Workers' Party", "alias", "LWP")


def test_command_of_a_group_passed_to_someone(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front was set up in 1990. Following the death of Amani Bosco in 2021, "
        "command of the Ruzizi Army passed to Eric Mweze.18\n\nThe Kivu Front went on fighting.",
    )
    assert has(facts, "Ruzizi Army", "led_by", "Eric Mweze")
    assert not has(facts, "Kivu Front", "led_by", "Eric Mweze")


def test_more_ways_a_group_ends(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2012 the Itombwe Movement announced it was disbanding. "
        "The Mwenga Front was wound up in 2010.",
    )
    assert has(facts, "Itombwe Movement", "dissolved", "2012")
    assert has(facts, "Mwenga Front", "dissolved", "2010")


def test_more_ways_a_group_splits_off(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Dissidents of the Itombwe Movement formed the Bembe Militia in 2004. "
        "Disaffected commanders quit the Uvira Army in 2015 and set up the Fizi Brigade. "
        "The Mwenga Front emerged from the ranks of the Kasai Army. "
        "Fighters who left the Sake Front founded the Goma Brigade in 2020.",
    )
    assert has(facts, "Bembe Militia", "split_from", "Itombwe Movement")
    assert has(facts, "Fizi Brigade", "split_from", "Uvira Army")
    assert has(facts, "Mwenga Front", "split_from", "Kasai Army")
    assert has(facts, "Goma Brigade", "split_from", "Sake Front")


def test_a_word_joined_to_an_acronym_names_a_group(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Kivu Front has fought Umugambwe-FNK since 2010.")
    assert has(facts, "Kivu Front", "rival_of", "Umugambwe-FNK")


def test_names_no_rule_knows_in_an_infobox_value(extractor: RulesExtractor) -> None:
    text = (
        "Umoja wa Kivu\n"
        "Active: 1996 - 2003\n"
        "Allies: Wanamgambo; Twirwaneho\n"
        "Opponents: Nyatura, Congolese government\n\n"
        "Umoja wa Kivu fought in Fizi.\n"
    )
    facts = found(extractor, text)
    assert has(facts, "Umoja wa Kivu", "allied_with", "Wanamgambo")
    assert has(facts, "Umoja wa Kivu", "allied_with", "Twirwaneho")
    assert has(facts, "Umoja wa Kivu", "rival_of", "Nyatura")
    assert not any("government" in str(t) for _, _, t in facts)


def test_signatories_of_a_new_coalition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Five armed groups announced the formation of the Kivu Patriotic Front (KPF). "
        "The signatories are the Mayele militia, the Nyatura CMC and the Raia Mutomboki.",
    )
    for member in ("Mayele militia", "Nyatura CMC", "Raia Mutomboki"):
        assert has(facts, member, "member_of", "Kivu Patriotic Front")


def test_a_wire_report_of_an_attack_and_a_merger(extractor: RulesExtractor) -> None:
    text = (
        "The attack was claimed by the Kivu Patriotic Front, which has expanded its operations "
        "across Uvira and into neighbouring Fizi and Mwenga. The front was formed in 2017 "
        "through the merger of several Ruzizi Army-aligned groups, including the Bembe Militia "
        "and the Itombwe Movement. It competes for territory with the rival Lulenge Force."
    )
    document = Document.from_text(text, origin="test")
    claims = extractor(document)
    facts = found(extractor, text)
    assert has(facts, "Kivu Patriotic Front", "operates_in", "Fizi")
    assert has(facts, "Kivu Patriotic Front", "operates_in", "Mwenga")
    assert all(c.confidence >= 0.7 for c in claims if c.predicate == "operates_in")
    assert has(facts, "Bembe Militia", "merged_into", "Kivu Patriotic Front")
    assert has(facts, "Itombwe Movement", "merged_into", "Kivu Patriotic Front")
    assert not any(s == "Ruzizi Army" and p == "merged_into" for s, p, _ in facts)
    assert any(p == "rival_of" and "Lulenge Force" in (s, t) for s, p, t in facts)


def test_a_name_before_a_known_name_of_common_words_is_another_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kivu Patriotic Front is active in Uvira. Lebanese Hezbollah is active in Syria.",
    )
    assert has(facts, "Kivu Patriotic Front", "operates_in", "Uvira")
    assert not any(s == "Patriotic Front" for s, _, _ in facts)


def test_a_leaders_participle_and_an_english_gloss(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front is active in Uvira. The Revolta do Kivu (Eastern Revolt), led by Jean "
        "Tembo, broke away from the Kivu Front in 1973. The Zintan brigades, allied with the "
        "Kivu Front, were driven out.",
    )
    assert has(facts, "Revolta do Kivu", "led_by", "Jean Tembo")
    assert has(facts, "Revolta do Kivu", "split_from", "Kivu Front")
    assert has(facts, "Revolta do Kivu", "alias", "Eastern Revolt")
    assert not any(p == "allied_with" for _, p, _ in facts)


def test_a_group_that_calls_itself_and_a_person_named_abu(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Jamal Abu Hizbollah, a man in his thirties, heads a group that calls itself the Kivu "
        "Popular Forces.",
    )
    assert has(facts, "Kivu Popular Forces", "led_by", "Jamal Abu Hizbollah")
    assert not any(s == "Hizbollah" or t == "Hizbollah" for s, _, t in facts)


def test_an_acronym_after_a_listed_name_it_spells(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front is part of an alliance of non-signatory groups, the Lakes Opposition "
        "Movements Alliance, LOMA.",
    )
    assert has(facts, "Kivu Front", "member_of", "Lakes Opposition Movements Alliance")
    assert not any(p == "part_of" for _, p, _ in facts)


def test_a_sentence_that_opens_with_a_named_faction(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Dembeni faction has operated largely in Anjouan. The Sakalava group is active in "
        "and around Mahajanga. The Chechen battalions fought near Bakhmut.",
    )
    assert has(facts, "Dembeni faction", "operates_in", "Anjouan")
    assert has(facts, "Sakalava group", "operates_in", "Mahajanga")
    assert not any(s == "Chechen battalions" for s, _, _ in facts)


def test_a_founding_leader_is_no_founding_date(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Dembeni Front was formed in 2009. Its founding leader, Ali Said, was arrested in "
        "May 2016.",
    )
    assert has(facts, "Dembeni Front", "founded", "2009")
    assert not has(facts, "Dembeni Front", "founded", "2016-05")


def test_a_national_branch_and_a_youth_wing_are_parts(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Uqba Brigade is the Libyan branch of the Desert Unity Front. Mkombozi, the youth "
        "wing of the Zanzibar Democratic Party, was banned in 1964. The Hamra Battalion, the "
        "naval wing of the Coast Liberation Army, was founded in 1980.",
    )
    assert has(facts, "Uqba Brigade", "part_of", "Desert Unity Front")
    assert has(facts, "Mkombozi", "part_of", "Zanzibar Democratic Party")
    assert has(facts, "Hamra Battalion", "part_of", "Coast Liberation Army")


def test_a_branch_named_inside_a_list_of_members_is_an_item(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Its members included the Harvest Front (the Reapers), the Iranian branch of the Sepah "
        "Corps, the Ittehad Party and the Nasr Organisation.",
    )
    # the branch is no apposition to the name before it; it is a unit of its own
    assert not any(s != "Iranian branch" and p == "part_of" for s, p, _ in facts)
    assert has(facts, "Iranian branch", "part_of", "Sepah Corps")


def test_a_unit_named_after_a_known_groups_possessive(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Sammy Kerr, the commander of the UDA's Shankill Brigade, was jailed. Later the UVF's "
        "Mid-Ulster Brigade broke ranks.",
    )
    assert has(facts, "Shankill Brigade", "part_of", "UDA")
    assert has(facts, "Shankill Brigade", "led_by", "Sammy Kerr")
    assert has(facts, "Mid-Ulster Brigade", "part_of", "UVF")
    assert not has(facts, "UDA", "led_by", "Sammy Kerr")


def test_partners_merging_into_what_became_known_as(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1998 the Volta Brigade merged with the Coast Battalion to form what became known as "
        "the Delta Army. The Lion Division joined forces with the Eagle Division in 2016 to "
        "create the Northern Legion.",
    )
    assert has(facts, "Volta Brigade", "merged_into", "Delta Army")
    assert has(facts, "Coast Battalion", "merged_into", "Delta Army")
    assert has(facts, "Lion Division", "member_of", "Northern Legion")
    assert has(facts, "Eagle Division", "member_of", "Northern Legion")


def test_a_splinter_named_by_its_parents_acronym(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana River Front (TRF) was formed in 1979. One TRF splinter, the Galole Brigade, "
        "emerged in 1998 and settled in the Boni Hills. The Hola Battalion, a TRF offshoot, "
        "was set up in 2001.",
    )
    assert has(facts, "Galole Brigade", "split_from", "TRF")
    assert has(facts, "Galole Brigade", "operates_in", "Boni Hills")
    assert has(facts, "Hola Battalion", "split_from", "TRF")
    assert not has(facts, "TRF", "operates_in", "Boni Hills")


def test_fronted_leaders_headquarters_and_a_way_fought(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Under Chief Musa Kante, the deputy minister, the Sankaran Guard grew quickly. Chaired by "
        "Ali Dembo, the Upper Niger Front fought its way south from Kankan County. The army "
        "overran the Upper Niger Front's headquarters at Casa Branca in 1985. The Volta Movement "
        "was set up under the political leadership of Thomas Agbo. Under United Nations "
        "administration, the country voted. The Volta Movement was reportedly 400 to 600 strong.",
    )
    assert has(facts, "Sankaran Guard", "led_by", "Musa Kante")
    assert has(facts, "Upper Niger Front", "led_by", "Ali Dembo")
    assert has(facts, "Upper Niger Front", "operates_in", "Kankan County")
    assert has(facts, "Upper Niger Front", "operates_in", "Casa Branca")
    assert has(facts, "Volta Movement", "led_by", "Thomas Agbo")
    assert has(facts, "Volta Movement", "size", 400)
    assert not any(t == "United Nations" for _, p, t in facts if p == "led_by")


def test_a_movement_in_a_region_led_by_a_described_person(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The best known is Mabhida, a movement in Niassa led by a healer called Jorge Lopes.",
    )
    assert has(facts, "Mabhida", "operates_in", "Niassa")
    assert has(facts, "Mabhida", "led_by", "Jorge Lopes")


def test_founding_by_helping_a_split_producing_and_proclaiming(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Zagros Union began as a student circle. In 1983 it helped create the Workers' Party "
        "of Iran. A further split in 2007 produced the Toilers League. In mid-2019 he proclaimed "
        "what he called the Sofala Military Junta. Later Ali Kaveh's faction broke away from the "
        "Toilers League.",
    )
    assert has(facts, "Workers' Party of Iran", "founded", "1983")
    assert not has(facts, "Zagros Union", "founded", "1983")
    assert has(facts, "Sofala Military Junta", "founded", "2019")
    assert not any(p == "split_from" for _, p, _ in facts)


def test_a_base_at_a_landing_and_a_founding_when_groups_merged(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kalia Front has also had a base at Sherawa. The West African Monitoring Group landed "
        "in Monrovia in August 1990. The Rovuma Front was founded in Dar es Salaam on 25 June "
        "1962, when three exile groups, the Tana Union, the Kivu Union and the Lindi Union, "
        "merged.",
    )
    assert has(facts, "Kalia Front", "operates_in", "Sherawa")
    assert has(facts, "West African Monitoring Group", "operates_in", "Monrovia")
    assert has(facts, "Rovuma Front", "operates_in", "Dar es Salaam")
    for member in ("Tana Union", "Kivu Union", "Lindi Union"):
        assert has(facts, member, "merged_into", "Rovuma Front")


def test_a_french_name_its_acronym_spells_and_an_elided_article(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "THE 2002 REBELS\n\nThe Forces nouvelles held the north. Their troops, the Forces armées "
        "des Forces nouvelles (FAFN), were commanded by General Issa Bakary. The Republican "
        "Guard of Côte d'Ivoire (RGCI) was created in March 2011.",
    )
    assert has(facts, "Forces armées des Forces nouvelles", "alias", "FAFN")
    assert has(facts, "Forces armées des Forces nouvelles", "led_by", "Issa Bakary")
    assert has(facts, "Republican Guard of Côte d'Ivoire", "founded", "2011-03")
    assert not any(p == "size" for _, p, _ in facts)


def test_renamings_a_name_recalled_and_places_held(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Jafari Movement was founded in Lahore in 1979 as the Fiqh Front. It was banned in "
        "2002 and reappeared as Islami Tehreek Pakistan. The Zainab Brigade fights in Syria. Its "
        "name refers to Sayyida Zainab. The Transitional Government (TG) remained confined to "
        "Baidoa. "
        "The Marka Sufi Guard, a Sufi movement, took up arms against the Jubba Front in 2008. "
        "The Kalia Front was the most powerful armed opposition group in Sanaag. Its remaining "
        "fighters fell back towards Ras Kamboni. Karuna's followers regrouped as the Eastern "
        "Tigers.",
    )
    assert has(facts, "Jafari Movement", "alias", "Fiqh Front")
    assert has(facts, "Jafari Movement", "alias", "Islami Tehreek Pakistan")
    assert has(facts, "Zainab Brigade", "named_after", "Sayyida Zainab")
    assert has(facts, "Transitional Government", "operates_in", "Baidoa")
    assert has(facts, "Marka Sufi Guard", "ideology", "Sufi")
    assert has(facts, "Marka Sufi Guard", "rival_of", "Jubba Front")
    assert has(facts, "Kalia Front", "operates_in", "Sanaag")
    assert not any(v == "Eastern Tigers" for _, p, v in facts if p == "alias")


def test_an_infobox_native_name_and_its_gloss(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'Lashkar-e-Kivu\n\n- Urdu name: لشکر کیوو ("Army of Kivu")\n- Founded: 1996\n'
        "- Strongholds: Jhang and Karachi\n",
    )
    assert has(facts, "Lashkar-e-Kivu", "alias", "Army of Kivu")
    assert has(facts, "Lashkar-e-Kivu", "alias", "لشکر کیوو")
    assert has(facts, "Lashkar-e-Kivu", "operates_in", "Karachi")


def test_an_unknown_name_opening_a_sentence_is_not_the_last_topic(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Zainab Brigade fights in Syria. The Transitional Government remained confined to "
        "Baidoa.",
    )
    assert has(facts, "Zainab Brigade", "operates_in", "Syria")
    assert not has(facts, "Zainab Brigade", "operates_in", "Baidoa")


def test_an_operations_room_named_after_a_known_word_and_counts_of_members(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Two groups from Idlib, Jaysh al-Izza and Jaysh al-Nasr, signed up to the Fatah Mubin "
        "operations room. The TNLA, one of three members of the Brotherhood Alliance, took "
        "Lashio. The RSF-led alliance held Nyala.",
    )
    assert has(facts, "Jaysh al-Izza", "member_of", "Fatah Mubin operations room")
    assert not has(facts, "Jaysh al-Izza", "member_of", "Fatah")
    assert not any(s == "TNLA" and p == "size" for s, p, _ in facts)
    assert not any(s == "RSF-led alliance" for s, _, _ in facts)


def test_roots_flight_and_compass_points_before_a_place(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rwenzori Front has its roots in western Uganda. In 2008 the Rwenzori Front fled "
        "into the Central African Republic. The Kobani Council is active in north-east Syria.",
    )
    assert has(facts, "Rwenzori Front", "operates_in", "Uganda")
    assert has(facts, "Rwenzori Front", "operates_in", "Central African Republic")
    assert has(facts, "Kobani Council", "operates_in", "Syria")


def test_leaders_in_asides_and_fronted_under(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Army took Uvira. Under its current leader, Amani Kabila, the Fizi Front has "
        "kept up a low-level insurgency. Issa Bako, the Ruzizi Union's emir, is a former "
        "teacher. The Itombwe Movement, under Joseph Kalume, abducted hundreds. Omar Bashi, the "
        "Baraka Council's chief negotiator, resigned.",
    )
    assert has(facts, "Fizi Front", "led_by", "Amani Kabila")
    assert not has(facts, "Kivu Army", "led_by", "Amani Kabila")
    assert has(facts, "Ruzizi Union", "led_by", "Issa Bako")
    assert has(facts, "Itombwe Movement", "led_by", "Joseph Kalume")
    assert not has(facts, "Baraka Council", "led_by", "Omar Bashi")


def test_a_name_the_article_introduces_later_counts_where_it_first_appears(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 1992 Rastokhez fought in Dushanbe and clashed with the Popular Front.\n\n"
        "Rastokhez, a nationalist movement founded in 1989, later joined the United Opposition.",
    )
    assert has(facts, "Rastokhez", "rival_of", "Popular Front")
    assert has(facts, "Rastokhez", "operates_in", "Dushanbe")


def test_more_ways_a_group_is_somewhere(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Kivu Front fighters in Masisi ambushed a convoy. The Houthi movement took over Sanaa in "
        "2014. The Sahel Front recruits heavily in the Mopti region. The Bembe Militia, from "
        "Mwenga, fought the army. The Delta Front carries out kidnappings in Bayelsa. Wagner "
        "Group mercenaries were stationed in Bangui. The Kivu Front regained control of Walikale "
        "in 2021. The Taliban's founding dates to 1994. Several thousand fighters in Kunduz "
        "surrendered.",
    )
    assert has(facts, "Kivu Front", "operates_in", "Masisi")
    assert has(facts, "Houthi movement", "operates_in", "Sanaa")
    assert has(facts, "Sahel Front", "operates_in", "Mopti")
    assert has(facts, "Bembe Militia", "operates_in", "Mwenga")
    assert has(facts, "Delta Front", "operates_in", "Bayelsa")
    assert has(facts, "Wagner Group", "operates_in", "Bangui")
    assert has(facts, "Kivu Front", "operates_in", "Walikale")
    assert has(facts, "Taliban", "founded", "1994")
    assert not any(t == "Kunduz" for _, p, t in facts if p == "operates_in")


def test_ports_cantons_expulsions_and_withdrawals(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1990 the Coast Front took the port of Assab. Los Duran Killers control the canton of "
        "Samborondón. The Uzbek Movement was deployed near Kunduz and Taloqan. In 2007 the Nazir "
        "Brigade drove foreign fighters out of Wana. By 2020 the Sinai Front had been pushed west "
        "towards Bir al-Abd. The Zadran Front withdrew to North Waziristan.",
    )
    assert has(facts, "Coast Front", "operates_in", "Assab")
    assert has(facts, "Los Duran Killers", "operates_in", "Samborondón")
    assert has(facts, "Uzbek Movement", "operates_in", "Taloqan")
    assert has(facts, "Nazir Brigade", "operates_in", "Wana")
    assert has(facts, "Sinai Front", "operates_in", "Bir al-Abd")
    assert has(facts, "Zadran Front", "operates_in", "North Waziristan")


def test_more_ways_to_give_another_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Conseil de la défense du Sahel (CDS), or Sahel Defence Council, was launched in "
        "2023. In 2009 the Tana Party merged with a smaller party to become the United Tana "
        "Party. The Kivu Guard was formed in the 1980s and was first known as the Kivu Stoners. "
        "The Lindi Congress was older, having been created in 1912 as the Lindi Native Congress. "
        "The Bamba Front was led by Sheikh Hassan Dahir Aweys (Xasan Daahir Aweys). The Rovuma "
        "Union, the Kivu Front, or the Lindi Front fought.",
    )
    assert has(facts, "Conseil de la défense du Sahel", "alias", "Sahel Defence Council")
    assert has(facts, "Tana Party", "alias", "United Tana Party")
    assert has(facts, "Kivu Guard", "alias", "Kivu Stoners")
    assert has(facts, "Lindi Congress", "alias", "Lindi Native Congress")
    assert any(p == "alias" and v == (("text", "Xasan Daahir Aweys"),) for _, p, v in facts)
    assert not has(facts, "Kivu Front", "alias", "Lindi Front")


def test_members_folded_under_an_umbrella_or_forming_a_council(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 1974 the Kivu Union, the Tana Front and the Lindi Front were all folded under the "
        "umbrella of the Eastern Council. In 1994 the Bembe Militia formed a rival Supreme "
        "Coordination Council. In 2011 the Kordofan Movement joined the Darfur rebel groups in "
        "the Revolutionary Front. Ahmad Lone formed the Northern Alliance in 1996.",
    )
    for member in ("Kivu Union", "Tana Front", "Lindi Front"):
        assert has(facts, member, "member_of", "Eastern Council")
    assert has(facts, "Bembe Militia", "member_of", "Supreme Coordination Council")
    assert has(facts, "Kordofan Movement", "member_of", "Revolutionary Front")
    assert not any(t == "Northern Alliance" for _, p, t in facts if p == "member_of")


def test_wars_routs_and_collaborations(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Front and the Lindi Front fought a brief civil war in 2007. The Kivu Front "
        "crushed the Rovuma Brigade in 2020. The Sahel Front has repeatedly targeted Uvira Army "
        "bases. Fighting broke out between the Kivu Front and the Uvira Army in April 2023. The "
        "Delta Militia collaborated with the Congolese army against the Ruzizi Front. The Bamba "
        "Brigade aligned itself with the Sahel Front. The Real Kivu Front was formed by dissidents "
        "who left the Kivu Front in 1997. The Kivu Front's hardliners defected to the Sahel Front.",
    )
    assert has(facts, "Tana Front", "rival_of", "Lindi Front")
    assert has(facts, "Kivu Front", "rival_of", "Rovuma Brigade")
    assert has(facts, "Sahel Front", "rival_of", "Uvira Army")
    assert has(facts, "Kivu Front", "rival_of", "Uvira Army") or has(
        facts, "Uvira Army", "rival_of", "Kivu Front"
    )
    assert has(facts, "Delta Militia", "allied_with", "Congolese army")
    assert has(facts, "Bamba Brigade", "affiliated_with", "Sahel Front")
    assert not has(facts, "Real Kivu Front", "member_of", "Kivu Front")
    assert not any(p == "member_of" and t == "Sahel Front" for _, p, t in facts)


def test_units_named_in_plural_and_structures(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rovuma Guard and the Lindi Brigades are the main formations of the Coastal Council. "
        "The Kilwa Brigade and the Tanga Battalion, two elite units of the Ruvuma Army, held "
        "the port. The Uvira Legion was originally part of the Kivu Defence Forces. The Lake "
        "Brigade (LB), the Kivu Army's former river unit in Uvira, was disbanded. The Pemba "
        "Council became one of the regional councils of the Sahel Front. The Bamba Party, "
        "whose armed wing is the Bamba Defence Units, was founded in 1990. The Tana Brigade, "
        "set up in 1980, remained the Tana Party's armed wing until 2000.\n\n"
        "The Ruzizi Union was founded in 2001. Its structures included:\n\n"
        "- the Ruzizi Youth Brigade;\n- the Ruzizi Women's Units.",
    )
    assert has(facts, "Rovuma Guard", "part_of", "Coastal Council")
    assert has(facts, "Lindi Brigades", "part_of", "Coastal Council")
    assert has(facts, "Kilwa Brigade", "part_of", "Ruvuma Army")
    assert has(facts, "Tanga Battalion", "part_of", "Ruvuma Army")
    assert has(facts, "Uvira Legion", "part_of", "Kivu Defence Forces")
    assert has(facts, "LB", "part_of", "Kivu Army") or has(
        facts, "Lake Brigade", "part_of", "Kivu Army"
    )
    assert has(facts, "Pemba Council", "part_of", "Sahel Front")
    assert has(facts, "Bamba Defence Units", "armed_wing_of", "Bamba Party")
    assert has(facts, "Tana Brigade", "armed_wing_of", "Tana Party")
    assert has(facts, "Ruzizi Youth Brigade", "part_of", "Ruzizi Union")
    assert has(facts, "Ruzizi Women's Units", "part_of", "Ruzizi Union")


def test_leaders_by_succession_takeover_and_appointment(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rovuma Party's long-serving secretary general Medard Kanza kept it together. "
        "The Tana Armed Forces were led by General Dien Lok and later by General Sak Tamba. "
        "The Bamba Party, founded in 1930 and led throughout the war by Simba Handa, was a "
        "latecomer. In 2019 Omar Kanza was named emir of the Kivu Front. The Ruzizi Party was "
        "founded in 1990. Its founder died in 1995, and Karim Lubo took over the party.",
    )
    assert has(facts, "Rovuma Party", "led_by", "Medard Kanza")
    assert has(facts, "Tana Armed Forces", "led_by", "Dien Lok")
    assert has(facts, "Tana Armed Forces", "led_by", "Sak Tamba")
    assert has(facts, "Bamba Party", "led_by", "Simba Handa")
    assert has(facts, "Kivu Front", "led_by", "Omar Kanza")
    assert has(facts, "Ruzizi Party", "led_by", "Karim Lubo")


def test_places_by_relative_clause_raid_and_continued_lists(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "After the talks failed, many went on to fight the Pemba Movement in Mtwara. "
        "Police reinforcements were flown to Kigoma, where the Lake Task Force has its base. "
        "The Tana Front is strongest in the Rufiji belt in the south-east, in the districts "
        "of Kilwa, Liwale and Nachingwea. The Kivu Brigades have fought in Congo since 2013, "
        "notably around Uvira. The Rovuma Army hit Masasi in May 1986. Talks "
        "opened in Dodoma. Talks "
        "opened in Arusha, where the Kivu Union signed a truce.",
    )
    assert has(facts, "Lake Task Force", "operates_in", "Kigoma")
    for place in ("Rufiji", "Kilwa", "Liwale", "Nachingwea"):
        assert has(facts, "Tana Front", "operates_in", place)
    assert has(facts, "Kivu Brigades", "operates_in", "Uvira")
    assert has(facts, "Rovuma Army", "operates_in", "Masasi")
    assert has(facts, "Pemba Movement", "operates_in", "Mtwara")
    assert not has(facts, "Kivu Union", "operates_in", "Arusha")


def test_rosters_of_bodies_named_like_groups(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Joint Forces (القوات المشتركة) on the Lake Tanganyika shore are made up of the "
        "Kalemie Brigades, the Moba Resistance and the Uvira Resistance. The Rufiji Front, the "
        "Kilwa Bloc and the Ulanga Front split in 2023. Until April 2024 all three belonged to "
        "the General Staff Council. In 2021 the Tana Gang, the Lindi Gang and the Pemba Gang "
        "formed an alliance called New Dawn. The Mara Front and the Kagera Front formed the "
        "Lake Coordinadora in 2019.",
    )
    for member in ("Kalemie Brigades", "Moba Resistance", "Uvira Resistance"):
        assert has(facts, member, "member_of", "Joint Forces")
    for member in ("Rufiji Front", "Kilwa Bloc", "Ulanga Front"):
        assert has(facts, member, "member_of", "General Staff Council")
    for member in ("Tana Gang", "Lindi Gang", "Pemba Gang"):
        assert has(facts, member, "member_of", "New Dawn")
    assert not any(p == "allied_with" for _, p, _ in facts)
    assert has(facts, "Mara Front", "member_of", "Lake Coordinadora")
    assert has(facts, "Kagera Front", "member_of", "Lake Coordinadora")


def test_rivals_by_capture_and_copular_possessive(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Army took Uvira from the Ruzizi Front in March 2019. Since 2016 the Tana "
        "Council has been the Lindi Front's most active opponent on the coast.",
    )
    assert has(facts, "Kivu Army", "rival_of", "Ruzizi Front")
    assert has(facts, "Tana Council", "rival_of", "Lindi Front")


def test_leaders_by_office_and_splits_by_leaving(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Lake People's Front (LPF) was founded in 1980. In 2012 Omar Tamba took over as "
        "both premier and chairman of the Coastal Front. In 2018 the council chose Ali Kanza, "
        "who had become LPF chairman weeks earlier, to head the Coastal Front. The Rovuma "
        "Party (RP) rejected the deal. Seko Banda, its chairman since 2018, called it "
        "unlawful. In 2017 dissidents left the Rovuma Party to form the Rovuma Party "
        "(Democratic). In 1981 the Tana Army and the Lindi Army merged to form the National "
        "Resistance Council.",
    )
    assert has(facts, "Coastal Front", "led_by", "Omar Tamba")
    assert has(facts, "Coastal Front", "led_by", "Ali Kanza")
    assert has(facts, "LPF", "led_by", "Ali Kanza")
    assert any(p == "led_by" and t == "Seko Banda" and "Rovuma" in s for s, p, t in facts)
    assert has(facts, "Rovuma Party (Democratic)", "split_from", "Rovuma Party")
    assert has(facts, "Tana Army", "merged_into", "National Resistance Council")


def test_places_by_movement_patrol_and_refuge(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rovuma Guard sheltered in camps in the Kenyan state of Kilifi. Over two years Tana "
        "Front offensives pushed south and west through Lindi, Mtwara and Masasi. Kivu Army "
        "remnants retreated north to Bunia. The Pemba Union (PU) carried out attacks in and "
        "around Zanzibar. Fighters of the Lake Brigade were soon patrolling Kigoma. The fighting "
        "then moved to the Ruzizi bridge.",
    )
    assert has(facts, "Rovuma Guard", "operates_in", "Kilifi")
    for place in ("Lindi", "Mtwara", "Masasi"):
        assert has(facts, "Tana Front", "operates_in", place)
    assert has(facts, "Kivu Army", "operates_in", "Bunia")
    assert has(facts, "Pemba Union", "operates_in", "Zanzibar")
    assert has(facts, "Lake Brigade", "operates_in", "Kigoma")
    assert not any(p == "operates_in" and t == "Ruzizi" for _, p, t in facts)


def test_leader_of_people_or_state_forces_is_no_group_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front was founded in 2001. Hardliners led by Omar Tamba broke away in 2012. "
        "The army, led by General Sak Lubo, has fought the Kivu Front since 2015. The Tana "
        "Movement was a coalition of leftist parties headed by Ali Kanza.",
    )
    assert not any(p == "led_by" and t in ("Omar Tamba", "Sak Lubo") for _, p, t in facts)
    assert has(facts, "Tana Movement", "led_by", "Ali Kanza")


def test_people_who_join_make_no_group_a_member(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front was founded in 2001. Many of its veterans later joined the Tana "
        "Union. Many Kivu Front fighters then joined the Lindi Alliance. Many of them are "
        "members of the Rovuma Party. The Pemba Brigade joined the Coastal Alliance in 2010.",
    )
    assert not any(
        p == "member_of" and t in ("Tana Union", "Lindi Alliance", "Rovuma Party")
        for _, p, t in facts
    )
    assert has(facts, "Pemba Brigade", "member_of", "Coastal Alliance")


def test_dashed_glosses_and_a_shared_acronym_spelled_out(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The north meant the FDN, the Fuerza Democrática Nicaragüense - Nicaraguan "
        "Democratic Force. It came together in 1981. Later the Tana Union set up TAMU - the "
        "Tana Alianza Mara Unida, or Tana Mara Alliance.",
    )
    assert has(facts, "FDN", "alias", "Fuerza Democrática Nicaragüense")
    assert has(facts, "Fuerza Democrática Nicaragüense", "alias", "Nicaraguan Democratic Force")
    assert has(facts, "FDN", "founded", "1981")
    assert has(facts, "TAMU", "alias", "Tana Alianza Mara Unida")


def test_state_named_before_an_acronym_and_a_participle_with_its_agent(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "State governments have raised their own forces:\n"
        "- the Kigoma State Village Watch Guards (VWG), launched by Governor Amina Lubo in "
        "2021;\n"
        "- the Tabora State Rural Guards (RG), set up by local chiefs in 2019.",
    )
    assert has(facts, "Kigoma State Village Watch Guards", "alias", "VWG")
    assert has(facts, "Kigoma State Village Watch Guards", "founded", "2021")
    assert has(facts, "Tabora State Rural Guards", "founded", "2019")


def test_detachments_described_leaders_and_allies_units(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Lake Special Battalion was led by the Kenyan-born Tanzanian volunteer Omar "
        "Kanza. Among the best known units was the Ruvuma detachment, which fought in Songea. "
        "The Kivu Defence Army fought alongside units of the Armed Forces of Uvira.",
    )
    assert has(facts, "Lake Special Battalion", "led_by", "Omar Kanza")
    assert has(facts, "Ruvuma detachment", "operates_in", "Songea")
    assert has(facts, "Kivu Defence Army", "allied_with", "Armed Forces of Uvira")


def test_a_name_with_its_own_possessive_around_a_known_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Southern Tanzanian People's Democratic Front, founded in 1992, was admitted to "
        "the coalition the same year.",
    )
    assert has(facts, "Southern Tanzanian People's Democratic Front", "founded", "1992")
    assert not any(p == "led_by" for _, p, _ in facts)


def test_ideology_of_the_clause_subject_and_a_persons_allegiance(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kivu Front was founded in 2001. Aligned with the Tana Front and Salafi-jihadist in "
        "outlook, it has long been rooted in Uvira. The Salafi-jihadist group pledged "
        "allegiance to the Lindi Front in 2012. The Rovuma Brigade was set up in 2015 by Omar "
        "Kanza, who split from the Pemba Front after pledging allegiance to the Lindi Front.",
    )
    assert has(facts, "Kivu Front", "ideology", "Salafi-jihadist") or any(
        p == "ideology" and s in ("it", "The Salafi-jihadist group") for s, p, _ in facts
    )
    assert not any(p == "ideology" and s in ("Tana Front", "Lindi Front") for s, p, _ in facts)
    assert not has(facts, "Pemba Front", "affiliated_with", "Lindi Front")


def test_renamed_places_and_glosses_with_their_language(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'Dan Na Kivu ("hunters who trust the lake" in the Fuliiru language) was created in '
        "2016. In 2011 the Kivu Front took the town of Baraka, which it renamed the Emirate of "
        "Ubwari.",
    )
    assert has(facts, "Dan Na Kivu", "alias", "hunters who trust the lake")
    assert not any(p == "alias" and "Ubwari" in str(t) for _, p, t in facts)


def test_unnamed_men_tie_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Brigades claimed the attack. Fighters loyal to the Lindi Resistance Movement "
        "seized Baraka on Monday. His men fought the Kivu Front in April.",
    )
    assert not any(
        s == "Tana Brigades" and p in ("affiliated_with", "rival_of") for s, p, _ in facts
    )


def test_fronted_founding_participle(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front operates near Uvira. Founded in 2012 by former army officers, the "
        "Tana Liberation Army is based in Rufiji. Founded in 2015 by the Lindi Army and the "
        "Pemba Brigade, the Coastal Alliance is active in Kilwa.",
    )
    assert has(facts, "Tana Liberation Army", "founded", "2012")
    assert not any(p == "member_of" and t == "Kivu Front" for _, p, t in facts)
    assert has(facts, "Lindi Army", "member_of", "Coastal Alliance")
    assert has(facts, "Pemba Brigade", "member_of", "Coastal Alliance")
    assert has(facts, "Coastal Alliance", "founded", "2015")
    assert not has(facts, "Lindi Army", "operates_in", "Kilwa")


def test_allies_by_possessive_and_the_alliance_named_as_object(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Pemba Front and its ally, the Mtwara Army, control the coast. Both the Songea "
        "Brigade and the Mbeya Front are part of the Southern Alliance. The Kilwa Front was "
        "founded in 2008. The alliance's members include the Tunduru Front and the Liwale "
        "Movement. Members of the Kilwa Front attacked a convoy.",
    )
    assert has(facts, "Mtwara Army", "allied_with", "Pemba Front") or has(
        facts, "Pemba Front", "allied_with", "Mtwara Army"
    )
    assert has(facts, "Tunduru Front", "member_of", "Southern Alliance")
    assert not any(p == "member_of" and t == "Kilwa Front" for _, p, t in facts)


def test_successors_wars_on_the_state_and_the_coalition_just_named(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tana Front is a Salafi-jihadist group. Its leader, Omar Kanza, was killed in 2016; "
        "he was succeeded by his deputy, Ali Mwamba. The Lindi Movement has waged war on the "
        "state since 1996 in the districts of Masasi and Newala. The Kivu Coalition was formed "
        "in 2018. Formerly part of the Rovuma Alliance, the Kilwa Front left the coalition in "
        "2021. Rebels of the Lake Front seized two towns in western Kigoma.",
    )
    assert has(facts, "Tana Front", "led_by", "Ali Mwamba")
    assert has(facts, "Lindi Movement", "operates_in", "Masasi")
    assert has(facts, "Kilwa Front", "member_of", "Rovuma Alliance")
    assert not has(facts, "Kilwa Front", "member_of", "Kivu Coalition")
    assert has(facts, "Lake Front", "operates_in", "Kigoma")


def test_corps_and_units_owned_by_a_named_army(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Drina Corps of the Kivu Defence Army held the eastern front. The Lindi "
        "Volunteers fought as part of the Kivu Defence Army's 3rd Corps. The Mtwara Brigade "
        "served under the Kivu Defence Army's 2nd Corps. The Tana Front's 5th Brigade held "
        "Uvira.",
    )
    assert has(facts, "Drina Corps", "part_of", "Kivu Defence Army")
    assert has(facts, "3rd Corps", "part_of", "Kivu Defence Army")
    assert has(facts, "Lindi Volunteers", "part_of", "3rd Corps")
    assert has(facts, "Mtwara Brigade", "part_of", "2nd Corps")
    assert has(facts, "5th Brigade", "part_of", "Tana Front")


def test_infobox_size_with_no_unit(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Kivu Liberation Army\n\nFounded: 2001\nSize: 3,000–5,000\nStrength: about 800 (2019)\n",
    )
    values = {tuple(sorted(dict(t).items())) for s, p, t in facts if p == "size"}
    assert (("high", 5000), ("low", 3000), ("unit", "fighters")) in values
    assert (("high", 800), ("low", 800), ("unit", "fighters")) in values


def test_infobox_leader_years_and_former_names(extractor: RulesExtractor) -> None:
    text = (
        "Kivu Liberation Army\n\nLeaders: Omar Kanza (2001–2010); Ali Mwamba (2010–present)\n"
        "Originated as: Kivu Youth Movement\nFormerly: Kivu People's Front\n"
    )
    document = Document.from_text(text, origin="test")
    claims = {
        (c.predicate, c.object.name if c.object else str(c.value)): c for c in extractor(document)
    }
    kanza = claims[("led_by", "Omar Kanza")]
    assert (kanza.valid_from, kanza.valid_to) == ("2001", "2010")
    mwamba = claims[("led_by", "Ali Mwamba")]
    assert (mwamba.valid_from, mwamba.valid_to) == ("2010", None)
    facts = found(extractor, text)
    assert has(facts, "Kivu Liberation Army", "alias", "Kivu Youth Movement")
    assert has(facts, "Kivu Liberation Army", "alias", "Kivu People's Front")


def test_rosters_by_encompassing_belonging_and_seats(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Coastal Alliance, to which the Lindi Brigades belong, was formed in 2010. The "
        "Rovuma Union encompasses the Pemba Front and the Kilwa Army. The Mara Front, one of "
        "the Lake Alliance's constituent groups, operates near Musoma. The Ruvuma Brigades sit "
        "on the Southern Council.",
    )
    assert has(facts, "Lindi Brigades", "member_of", "Coastal Alliance")
    assert has(facts, "Pemba Front", "member_of", "Rovuma Union")
    assert has(facts, "Kilwa Army", "member_of", "Rovuma Union")
    assert has(facts, "Mara Front", "member_of", "Lake Alliance")
    assert has(facts, "Ruvuma Brigades", "member_of", "Southern Council")


def test_places_of_attacks_expulsions_and_launched_insurgencies(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Mara Brigade was driven out of Musoma in 2019. Most of the Lindi Brigades' "
        "attacks take place in Masasi district. The Ruvuma Army launched its insurgency in "
        "Songea in 1998.",
    )
    assert has(facts, "Mara Brigade", "operates_in", "Musoma")
    assert has(facts, "Lindi Brigades", "operates_in", "Masasi")
    assert has(facts, "Ruvuma Army", "operates_in", "Songea")
    assert not has(facts, "Mara Brigade", "operates_in", "Songea")


def test_language_labels_before_other_scripts(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Army of the Tana Republic (Ukrainian: Армія Танської Республіки, Armiia Tanskoi "
        "Respubliky; ATR) held the east in 1993.",
    )
    assert has(facts, "Army of the Tana Republic", "alias", "Армія Танської Республіки")
    assert not any("Ukrainian" in str(t) for _, p, t in facts if p == "alias")


def test_leader_after_plural_possessive_and_founder_and_leader_is(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Rovuma Brigades' chief, Ali Omari, spoke on Monday. The Kivu Front's founder and "
        "current leader is Omar Kanza.",
    )
    assert has(facts, "Rovuma Brigades", "led_by", "Ali Omari")
    assert has(facts, "Kivu Front", "led_by", "Omar Kanza")


def test_a_later_denial_cancels_only_the_tie_it_denies(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rovuma Brigades' chief, Ali Omari, denied the claims. The Kivu Front is allied "
        "with the Tana Army, which it denies. The Lindi Front is backed by the Pemba Army, "
        "though the group denies any links.",
    )
    assert has(facts, "Rovuma Brigades", "led_by", "Ali Omari")
    assert not any(p == "allied_with" for _, p, _ in facts)
    assert not any(p == "affiliated_with" for _, p, _ in facts)


def test_person_opening_a_sentence_who_founded_and_led(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Sheikh Hassan Mwinyi founded the Pemba Movement in 1999 and led it until his death in "
        "2012. After Omar Tamba was killed in 2009, Ali Kanza took over the Kivu Front and "
        "led it into open war.",
    )
    assert has(facts, "Pemba Movement", "led_by", "Hassan Mwinyi")
    assert not any(p == "led_by" and "After" in str(t) for _, p, t in facts)


def test_rivals_through_their_men_and_positions(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Clashes between Lindi Brigades fighters and members of the Pemba Militia killed 12 "
        "people. The Mara Army has repeatedly attacked positions held by the Musoma Brigade.",
    )
    assert has(facts, "Lindi Brigades", "rival_of", "Pemba Militia") or has(
        facts, "Pemba Militia", "rival_of", "Lindi Brigades"
    )
    assert has(facts, "Mara Army", "rival_of", "Musoma Brigade")


def test_an_unnamed_faction_that_breaks_off_and_names_itself(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rovuma Militia was founded in 2001. A faction led by Juma Ali broke off from the "
        "Songea Front in 2012, calling itself the Real Songea Front.",
    )
    assert has(facts, "Real Songea Front", "split_from", "Songea Front")
    assert not has(facts, "Rovuma Militia", "split_from", "Songea Front")
    assert not has(facts, "Songea Front", "alias", "Real Songea Front")


def test_glossary_lines_describe_their_label(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Who are the main groups?\n\n"
        "- Kivu Front (KF): founded in 2010; led by Omar Kanza; active in Uvira and Fizi.\n"
        "- Tana Brigades: armed wing of the Tana Party; allied with the KF.\n"
        "- Lindi Militia — a splinter of the Kivu Front, formed in 2015 and based in Baraka.\n",
    )
    assert has(facts, "Kivu Front", "founded", "2010")
    assert has(facts, "Kivu Front", "led_by", "Omar Kanza")
    assert has(facts, "Kivu Front", "operates_in", "Uvira")
    assert has(facts, "Tana Brigades", "armed_wing_of", "Tana Party")
    assert has(facts, "Lindi Militia", "founded", "2015")
    assert not has(facts, "Kivu Front", "founded", "2015")


def test_a_group_transformed_into_a_named_party(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2003 the Kivu Front signed a peace deal and transformed into a political party, "
        "the Kivu Democratic Party. In 2010 most Tana Army units were turned into Border "
        "Guard battalions.",
    )
    assert has(facts, "Kivu Front", "alias", "Kivu Democratic Party")
    assert not any(p == "alias" and "Border" in str(t) for _, p, t in facts)


def test_a_relative_clause_listing_members_is_no_subject(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Coalition of Kivu Movements (CKM), which unites the Kivu Front, the Uvira Brigades "
        "and the Fizi Movement, was launched in March 2020.",
    )
    assert has(facts, "Coalition of Kivu Movements", "founded", "2020-03")
    assert not has(facts, "Fizi Movement", "founded", "2020-03")
    for member in ("Kivu Front", "Uvira Brigades", "Fizi Movement"):
        assert has(facts, member, "member_of", "Coalition of Kivu Movements")


def test_un_report_paragraphs_with_glued_footnotes(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "12. The Group estimates that the Kivu Liberation Front (KLF) has between 500 and 1,000 "
        "combatants, most of them in Rutshuru territory.14 Its armed wing, the Kivu Armed "
        'Forces, is commanded by "General" Omar Kanza.15\n\n'
        "13. Former KLF combatants told the Group that the group maintained positions in "
        "Masisi territory.16\n\n"
        "14. The Conseil national pour le renouveau (CNR), a splinter group of the KLF, is led "
        "by Ali Mwamba.17 The CNR and the KLF have clashed repeatedly since 2019 in Kalehe.",
    )
    assert has(facts, "Kivu Liberation Front", "operates_in", "Rutshuru")
    assert has(facts, "Kivu Armed Forces", "led_by", "Omar Kanza")
    assert has(facts, "KLF", "operates_in", "Masisi") or has(
        facts, "Kivu Liberation Front", "operates_in", "Masisi"
    )
    assert has(facts, "Conseil national pour le renouveau", "led_by", "Ali Mwamba")
    assert not any(s == "Group" for s, _, _ in facts)


def test_a_backer_named_before_a_group_is_no_part_of_its_name(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The U.S.-backed Tana Army operates in Lindi.")
    assert has(facts, "Tana Army", "operates_in", "Lindi")


def test_tables_whose_rows_describe_the_actor_in_their_first_cell(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Main armed groups in the Kivus\n\n"
        "| Group | Leader | Area of operations | Est. strength |\n"
        "|---|---|---|---|\n"
        "| Kivu Front | Omar Kanza | Uvira, Fizi | 2,000 |\n"
        "| Tana Brigades | Ali Mwamba | Masisi | 500–800 |\n",
    )
    assert has(facts, "Kivu Front", "led_by", "Omar Kanza")
    assert has(facts, "Kivu Front", "operates_in", "Uvira")
    assert has(facts, "Kivu Front", "operates_in", "Fizi")
    assert has(facts, "Tana Brigades", "led_by", "Ali Mwamba")
    sizes = {(s, dict(t)["low"], dict(t)["high"]) for s, p, t in facts if p == "size"}
    assert ("Kivu Front", 2000, 2000) in sizes
    assert ("Tana Brigades", 500, 800) in sizes
    assert not any(s in ("Group", "Leader") for s, _, _ in facts)


def test_fronted_phrases_describe_the_group_after_them(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kivu Front operates in Uvira. Formed in 2010 after a split from the Tana Army, "
        "the Lindi Brigades are active in Masasi. Once the armed wing of the Rovuma Party, the "
        "Songea Brigades now act alone.",
    )
    assert has(facts, "Lindi Brigades", "founded", "2010")
    assert has(facts, "Lindi Brigades", "split_from", "Tana Army")
    assert has(facts, "Songea Brigades", "armed_wing_of", "Rovuma Party")
    assert not any(s == "Kivu Front" and p != "operates_in" for s, p, _ in facts)


def test_numbered_fronts_and_commands_are_units_of_their_owner(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Rovuma Army denied any role.\n\n"
        "Clashes pitted the army against the 48th Front of the Lindi People's Army near Masasi. "
        "Omar Kanza led the Kivu Front's 21st Sector Command until 2019.",
    )
    assert has(facts, "48th Front", "part_of", "Lindi People's Army")
    assert has(facts, "21st Sector Command", "part_of", "Kivu Front")
    # "Front of" inside a unit's name is no "a front of A and B" listing members
    assert not any(p == "member_of" for _, p, _ in facts)


def test_an_infobox_copied_with_tabs_and_a_native_name_under_its_caption(
    extractor: RulesExtractor,
) -> None:
    document = Document.from_text(
        "Rovuma Liberation Army\n"
        "Jeshi la Ukombozi la Rovuma\n"
        "Leaders\tOmar Kanza\n"
        "Headquarters\tMasasi\n"
        "Part of\tKivu Coalition\n"
        "Opponents\tTana Brigades\n",
        origin="test",
    )
    # the fields under the native name are about the actor the caption names
    facts = {
        (c.subject.name, c.predicate, c.object.mention if c.object else c.value.get("text"))
        for c in extractor(document)
    }
    assert has(facts, "Rovuma Liberation Army", "alias", "Jeshi la Ukombozi la Rovuma")
    assert has(facts, "Rovuma Liberation Army", "led_by", "Omar Kanza")
    assert has(facts, "Rovuma Liberation Army", "operates_in", "Masasi")
    # the label before the tab is no part of the name after it
    assert has(facts, "Rovuma Liberation Army", "member_of", "Kivu Coalition")
    assert has(facts, "Rovuma Liberation Army", "rival_of", "Tana Brigades")


def test_an_infobox_with_each_label_on_its_own_line(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Rovuma Liberation Army\n\n"
        "Leaders\nOmar Kanza\n"
        "Headquarters\nMasasi\n"
        "Size\n3,000 (2005 est.)\n"
        "Opponents\nTana Brigades\n\n"
        "Ideology\n"
        "Analysts have long argued about what the movement stands for beyond its demands.\n",
    )
    assert has(facts, "Rovuma Liberation Army", "led_by", "Omar Kanza")
    assert has(facts, "Rovuma Liberation Army", "operates_in", "Masasi")
    assert has(facts, "Rovuma Liberation Army", "rival_of", "Tana Brigades")
    assert any(p == "size" and dict(t)["low"] == 3000 for _, p, t in facts)
    # a section heading over prose is no label: the sentence is no ideology
    assert not any(p == "ideology" for _, p, _ in facts)


def test_a_group_called_back_by_the_noun_of_its_name_becomes_the_topic(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Rovuma Democratic Movement (RDM) was revived in 1990.\n\n"
        "The Kivuli Brigades and the hills\n\n"
        "After the crackdown, part of the movement took to the hills. "
        "Its armed wing, the Kivuli Brigades, was set up in 1992 by Omar Kanza.",
    )
    assert has(facts, "Kivuli Brigades", "armed_wing_of", "Rovuma Democratic Movement")


def test_dissolution_breakaways_clandestine_arms_and_named_events(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Worn down by the feud, the Tana Front announced its own dissolution in 1996. "
        "In 1989 Omar Kanza and his followers left the Rovuma Party and set up the Kilwa "
        "People's Movement. Ali Mwamba founded the Kilwa Party, whose clandestine arm called "
        "itself the Kilwa Brigades. It agreed to a truce to help the talks begun by President "
        "Juma Salim, known as the Arusha process.",
    )
    assert has(facts, "Tana Front", "dissolved", "1996")
    assert has(facts, "Kilwa People's Movement", "split_from", "Rovuma Party")
    assert has(facts, "Kilwa Brigades", "armed_wing_of", "Kilwa Party")
    assert not any(p == "alias" and dict(t).get("text") == "Arusha" for _, p, t in facts)


def test_a_pages_back_matter_states_nothing(extractor: RulesExtractor) -> None:
    body = "The Tana Front is an armed group founded in 1994. It operates in Lindi.\n\n" * 3
    facts = found(
        extractor,
        body + "See also[edit]\n- Kivu Army (separatist group)\n- Rovuma Brigades\n\n"
        'References[edit]\n1. ^ "Kivu Army seizes Masasi", regional press, 2020.\n',
    )
    assert has(facts, "Tana Front", "operates_in", "Lindi")
    assert not any(s in ("Kivu Army", "Rovuma Brigades") for s, _, _ in facts)


def test_headlines_of_other_articles_state_nothing(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Front is an armed group in Lindi.\n\n"
        "Related\nKivu Army joins the Lake Alliance\nRovuma Brigades seize Masasi\n\n"
        "Read more: Mtwara Movement splits from the Lake Alliance\n\n"
        "It was founded in 1994.",
    )
    assert has(facts, "Tana Front", "operates_in", "Lindi")
    assert not any(s in ("Kivu Army", "Rovuma Brigades", "Mtwara Movement") for s, _, _ in facts)


def test_someone_elses_men_are_not_the_topics(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Front is an armed group in Lindi.\n\n"
        "Kenya-backed fighters still clash with the Kivu Army near Masasi.\n\n"
        "Government-allied militiamen clashed with the Rovuma Brigades near Songea.",
    )
    assert has(facts, "Tana Front", "operates_in", "Lindi")
    assert not any(s == "Tana Front" and p == "rival_of" for s, p, _ in facts)
    assert not has(facts, "Tana Front", "operates_in", "Masasi")


def test_longer_names_built_on_a_known_acronym(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Liberation Front (TLF) fought the army for years. In 1999 exiles set up "
        "the Baraza Kuu TLF (BK-TLF, TLF Supreme Council) in Nairobi. In 2000 BK-TLF's "
        "secretary-general, Juma Salim, was shot dead.\n\n"
        "2007: Partai TLF founded (renamed Partai Tana in 2008)\n",
    )
    assert has(facts, "Baraza Kuu TLF", "alias", "BK-TLF")
    assert has(facts, "BK-TLF", "led_by", "Juma Salim")
    assert has(facts, "Partai TLF", "founded", "2007")
    assert not any(s in ("TLF", "Tana Liberation Front") and p == "led_by" for s, p, _ in facts)


def test_things_declared_and_words_for_places_are_no_groups_or_places(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tana Liberation Front (TLF) fought the army for years.\n\n"
        "The army treated the region as a Military Operations Area from 1989 to 1998. "
        "When martial law was declared in May 2003, the army counted 5,000 guerrillas. "
        "The government often called the Kivu Union a TLF front, which it denied.",
    )
    assert not any(p == "founded" for _, p, _ in facts)
    assert not any(p == "operates_in" and t == "Area" for _, p, t in facts)
    assert not any(
        p == "alias" and dict(t).get("text") == "TLF" and s != "Tana Liberation Front"
        for s, p, t in facts
        if isinstance(t, tuple)
    )


def test_a_leader_and_his_commander_both_lead(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Front, active in the Lindi area, was led by Omar Kanza and his field "
        "commander Juma Salim until 1999.",
    )
    assert has(facts, "Tana Front", "led_by", "Omar Kanza")
    assert has(facts, "Tana Front", "led_by", "Juma Salim")


def test_a_leader_named_by_surname_after_his_full_name_in_passing(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In May 1991 Juma Salimu signed a truce with the government in Dodoma. From then on "
        "the movement was divided. The Tana Front, based in Lindi, was led by Salimu.",
    )
    assert has(facts, "Tana Front", "led_by", "Salimu")
    # the surname of a place is no person
    facts = found(extractor, "The Tana Front was led by Dodoma.")
    assert not any(p == "led_by" for _, p, _ in facts)


def test_other_names_after_a_dash_or_in_less_common_languages(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tana Liberation Front (TLF) was founded in 1976. The TLF-Kale Brigades "
        "(Corsican: TLF-Brigate Antiche) were the larger of the two wings. The TLF-Mpya "
        "Brigades (TLF-Brigate Nove) were the armed wing of the Rovuma Party.",
    )
    assert has(facts, "TLF-Kale Brigades", "alias", "TLF-Brigate Antiche")
    assert has(facts, "TLF-Mpya Brigades", "alias", "TLF-Brigate Nove")
    assert has(facts, "TLF-Mpya Brigades", "armed_wing_of", "Rovuma Party")
    assert not any(p == "affiliated_with" for _, p, _ in facts)


def test_a_hard_wrapped_report_reads_like_running_text(extractor: RulesExtractor) -> None:
    wrapped = (
        "S/2031/101\n\n"
        "12. The Panel notes that the Rovuma Liberation Front (RLF), a coalition of\n"
        "four armed groups established in March 2021, continued to operate in the\n"
        "Masasi and Tunduru districts. The coalition is led by Omar Kanza, a former\n"
        "army officer, and comprises the Kivu Army, the Lindi Brigades, the Kilwa\n"
        "Youth Movement and the Songea Defence Force.\n\n"
        "13. The Kilwa Brigades, the armed wing of the Kilwa People's Party, were founded\n"
        "in 2012.\n"
    )
    facts = found(extractor, wrapped)
    assert has(facts, "Rovuma Liberation Front", "operates_in", "Tunduru")
    assert has(facts, "Kilwa Youth Movement", "member_of", "Rovuma Liberation Front")
    assert has(facts, "Songea Defence Force", "member_of", "Rovuma Liberation Front")
    assert has(facts, "Kilwa Brigades", "founded", "2012")
    # a name across a line break is written on one line
    assert not any("\n" in s or (isinstance(t, str) and "\n" in t) for s, _, t in facts)
    # and the same paragraphs unwrapped give the same facts
    unwrapped = "\n\n".join(p.replace("\n", " ") for p in wrapped.split("\n\n"))
    assert found(extractor, unwrapped) == facts


def test_a_second_verb_and_an_opening_phrase_keep_the_clause_subject(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Lindi Front is led by Omar Kanza and comprises the Kivu Army and the Tana "
        "Brigades. In 2019, the Kivu Army, which broke away from the Rovuma Front in 2018, "
        "had 1,000 fighters.",
    )
    assert has(facts, "Kivu Army", "member_of", "Lindi Front")
    assert has(facts, "Tana Brigades", "member_of", "Lindi Front")
    sizes = {s for s, p, _ in facts if p == "size"}
    assert sizes == {"Kivu Army"}


def test_a_list_of_groups_as_the_subject_of_a_founding(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2024 the Tana Brigades and the Rufiji Movement split from the Lake Front and "
        "formed the Rovuma Alliance. In January 1994 Omar's Songea Army, the Kilwa Brigades, "
        "the Lindi Front and Juma's Mbinga Movement formed a rival Supreme Coordination "
        "Council against the government.",
    )
    assert has(facts, "Tana Brigades", "member_of", "Rovuma Alliance")
    assert has(facts, "Rufiji Movement", "member_of", "Rovuma Alliance")
    for member in ("Songea Army", "Kilwa Brigades", "Lindi Front", "Mbinga Movement"):
        assert has(facts, member, "member_of", "Supreme Coordination Council")


def test_two_abstract_nouns_in_one_name_and_a_declared_merger(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Together with the gendarmerie and the police, the Tana Army made up the Defence "
        "and Security Forces. In 2010 the Ras Faction left the Rufiji Union and declared "
        "its merger with the Lindi Front.",
    )
    assert has(facts, "Tana Army", "member_of", "Defence and Security Forces")
    assert has(facts, "Ras Faction", "member_of", "Rufiji Union")
    assert has(facts, "Ras Faction", "merged_into", "Lindi Front")


def test_names_joined_by_an_en_dash_and_things_named_after_places(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Towards the end of that decade the Lindi Union renamed itself the Revolutionary "
        "Workers' Party–Lindi Union, a small Marxist-Leninist party. Two years later, on 18 "
        "May 1996, the same fourteen groups dissolved themselves into a single party, the "
        "Rufiji Democratic Party. Another group of dissidents formed the Tana Brigades, which "
        "made itself known the following month with a manifesto named after the Sierra de "
        "Masasi.",
    )
    assert has(facts, "Lindi Union", "alias", "Revolutionary Workers' Party–Lindi Union")
    assert not has(facts, "Lindi Union", "alias", "Revolutionary Workers' Party")
    assert not any(s.startswith(("18 May", "May 1996")) for s, _, _ in facts)
    assert not any(p == "named_after" for _, p, _ in facts)


def test_key_facts_lines_in_words_and_a_confederation_that_began_life_as_another(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "KEY FACTS\n"
        "- The war: 14 August 1992 to 30 September 1993\n"
        "- Government side: the Rufiji Guard and the Kilwa Militia, under the Tana State "
        "Council chaired by Omar Kanza\n"
        "- Displaced: an estimated 200,000 people\n\n"
        "The Confederation of Lindi Peoples (Shirikisho la watu wa Lindi, SWL) began life in "
        "Masasi in August 1989 as the Assembly of Lindi Peoples.",
    )
    assert has(facts, "Tana State Council", "led_by", "Omar Kanza")
    assert has(facts, "Confederation of Lindi Peoples", "alias", "SWL")
    assert has(facts, "Confederation of Lindi Peoples", "alias", "Assembly of Lindi Peoples")
    assert has(facts, "Confederation of Lindi Peoples", "founded", "1989-08")


def test_an_acronym_glossed_in_english_and_a_translated_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "From Tanzania came the MUK, the Movement of Kilwa Unity. The RWP, the Partido "
        "Revolucionario de Watu, the Revolutionary People's Party, ran the money. Our subject "
        "is the Junta de Coordinación Lindi, the JCL, which in English usually gets "
        "translated as the Lindi Coordinating Junta.",
    )
    assert has(facts, "MUK", "alias", "Movement of Kilwa Unity")
    assert has(facts, "RWP", "alias", "Partido Revolucionario de Watu")
    assert any(
        p == "alias" and dict(t).get("text") == "Revolutionary People's Party"
        for _, p, t in facts
        if isinstance(t, tuple)
    )
    assert has(facts, "JCL", "alias", "Lindi Coordinating Junta")
    # a list of groups is no chain of names
    facts = found(
        extractor, "The raid was claimed by the KLF, the Tana Liberation Army and the Kilwa Front."
    )
    assert not any(p == "alias" for _, p, _ in facts)


def test_forces_of_a_de_facto_state_are_an_actor(extractor: RulesExtractor) -> None:
    facts = found(extractor, "On the other side stood Abkhaz forces led by Omar Kanza.")
    assert has(facts, "Abkhaz forces", "led_by", "Omar Kanza")


def test_a_groups_own_dissidents_form_a_breakaway(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Another group of Tana Front dissidents formed the Democratic Revolutionary "
        "Tendency–People's Army (Tendencia Democrática Revolucionaria–Jeshi la Watu, TDR-JW) "
        "in 2000.",
    )
    assert has(facts, "Democratic Revolutionary Tendency–People's Army", "split_from", "Tana Front")
    assert has(facts, "Democratic Revolutionary Tendency–People's Army", "alias", "TDR-JW")


def test_a_leader_named_inside_a_relative_clause(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Union worked alongside survivors of the Party of the Poor, the guerrilla "
        "movement that the rural teacher Juma Salim had led in the hills until 1974. The "
        "Tana Front, which Omar Kanza leads, operates in Lindi. The Rovuma Brigades, which "
        "Ali Mwamba left in 2010, operate in Masasi.",
    )
    assert has(facts, "Party of the Poor", "led_by", "Juma Salim")
    assert has(facts, "Tana Front", "led_by", "Omar Kanza")
    assert not has(facts, "Rovuma Brigades", "led_by", "Ali Mwamba")


def test_allies_together_with_and_a_partner_by_possessive(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1967 the Tana Army crossed the Rovuma together with the Kilwa Brigades. The Lindi "
        "Movement, the Kivu Front's main Shia partner, was founded in 1974. The Masasi Front, "
        "together with the Songea Army, launched an offensive against the Mbinga Brigades.",
    )
    assert has(facts, "Tana Army", "allied_with", "Kilwa Brigades")
    assert has(facts, "Lindi Movement", "allied_with", "Kivu Front")
    assert has(facts, "Masasi Front", "allied_with", "Songea Army")
    # a founding together with others is no alliance
    facts = found(extractor, "The Masasi Front was founded together with the Songea Army.")
    assert not any(p == "allied_with" for _, p, _ in facts)


def test_a_person_who_became_or_was_named_its_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Front was founded in 1975. Ali Mwamba became its chairman in 1985. The "
        "Kilwa Union was formed in 1990. Sheikh Omar Salim was named its first chairman.",
    )
    assert has(facts, "Tana Front", "led_by", "Ali Mwamba")
    assert has(facts, "Kilwa Union", "led_by", "Omar Salim")


def test_a_leader_at_the_groups_head(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Guard had been created by the government in December 1990, with Omar "
        "Kanza at its head.",
    )
    assert has(facts, "Tana Guard", "led_by", "Omar Kanza")


def test_markdown_emphasis_and_a_table_copied_with_tabs(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The **Tana Front** is led by *Omar Kanza* and operates in __Lindi__.\n\n"
        "Main armed groups\n\n"
        "Group\tLeader\tArea of operations\tEst. strength\n"
        "Kilwa Brigades\tAli Mwamba\tKilwa, Masasi\t500–800\n",
    )
    assert has(facts, "Tana Front", "led_by", "Omar Kanza")
    assert has(facts, "Tana Front", "operates_in", "Lindi")
    assert has(facts, "Kilwa Brigades", "led_by", "Ali Mwamba")
    assert has(facts, "Kilwa Brigades", "operates_in", "Masasi")
    assert not any("_" in str(t) or "*" in str(t) for _, _, t in facts)


def test_splits_in_two_walkouts_and_dissidents_who_broke_away(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In August 1963 a group of Kilwa Union leaders who had lost patience with the old "
        "guard walked out and formed the Kilwa National Union. The killing tore the Tana "
        "Front apart, and the dissidents who broke away from the Tana Front that year founded "
        "the Rufiji Resistance. The Lindi Alliance (LDA) was formed in 2007. In 2008 the LDA "
        "split in two: LDA-Djibouti, led by Omar Kanza, and LDA-Asmara, under Ali Mwamba.",
    )
    assert has(facts, "Kilwa National Union", "split_from", "Kilwa Union")
    assert not has(facts, "Kilwa Union", "member_of", "Kilwa National Union")
    assert has(facts, "Rufiji Resistance", "split_from", "Tana Front")
    assert has(facts, "LDA-Djibouti", "split_from", "LDA")
    assert has(facts, "LDA-Asmara", "split_from", "LDA")


def test_fighting_under_a_coalitions_umbrella(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Kilwa Brigades fight under the Tana Front umbrella.")
    assert has(facts, "Kilwa Brigades", "member_of", "Tana Front")


def test_a_quoted_byname_inside_a_persons_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'The Tana Front was commanded by Omari "Simba" Kanza until 1990. On 4 May 1992 '
        'Juma "Mzee Kubwa" Salim took over the Kilwa Brigades.',
    )
    assert has(facts, 'Omari "Simba" Kanza', "alias", "Simba")
    assert has(facts, "Tana Front", "led_by", 'Omari "Simba" Kanza')
    assert has(facts, 'Juma "Mzee Kubwa" Salim', "alias", "Mzee Kubwa")
    assert has(facts, "Kilwa Brigades", "led_by", 'Juma "Mzee Kubwa" Salim')


def test_a_former_leader_set_off_by_commas(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The talks were chaired by Omar Kanza, a former leader of the Tana Front.",
    )
    assert has(facts, "Tana Front", "led_by", "Omar Kanza")


def test_leaders_who_succeeded_one_another_and_leaders_listed(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "When Omar Kanza died in 1985, Ali Mwamba succeeded him as Kilwa Union chairman. "
        "Juma Salim succeeded Hamisi Bakari as leader of the Lindi Movement in 2001. In 1984 "
        "the junta created the Pemba Workers' Party, of which Said Nassor was secretary-general. "
        "The Tana Front's best-known leaders were Musa Haji and Salim Ali. Rashid Juma founded "
        "the Masasi Movement in 1999, and he led it until 2012.",
    )
    assert has(facts, "Kilwa Union", "led_by", "Ali Mwamba")
    assert has(facts, "Lindi Movement", "led_by", "Juma Salim")
    assert has(facts, "Lindi Movement", "led_by", "Hamisi Bakari")
    assert has(facts, "Pemba Workers' Party", "led_by", "Said Nassor")
    assert has(facts, "Tana Front", "led_by", "Musa Haji")
    assert has(facts, "Masasi Movement", "led_by", "Rashid Juma")


def test_factbox_bullets_under_a_heading_with_bracketed_names(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Following are the main groups:\n\n"
        "Kivu Revolutionary Council (KRC) (Baraza la Mapinduzi la Kivu)\n\n"
        "* Founded in 1971 by exiles in Dar es Salaam.\n\n"
        "* Quit the Tana Alliance in 1974 in protest at its talks with the government.\n\n"
        "* Is not a member of the Lindi Front and has attacked several of its officials.\n",
    )
    assert has(facts, "Kivu Revolutionary Council", "founded", "1971")
    assert has(facts, "Kivu Revolutionary Council", "member_of", "Tana Alliance")
    assert not any(p == "member_of" and t == "Lindi Front" for _, p, t in facts)
    assert not any(s.startswith("Quit") for s, _, _ in facts)


def test_a_spoken_opener_is_no_part_of_a_name(extractor: RulesExtractor) -> None:
    facts = found(extractor, "So the Tana Front was an alliance of four armed groups.")
    assert has(facts, "Tana Front", "size", 4)


def test_a_word_built_from_a_names_syllables_is_its_short_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Songea Front set up its armed wing, the Liberation Forces of Songea (Forças "
        "de Libertação de Songea, Folisong). Folisong fought on until 1999.",
    )
    assert has(facts, "Liberation Forces of Songea", "alias", "Folisong")
    assert not has(facts, "Songea Front", "alias", "Folisong")


def test_command_passing_from_one_leader_to_the_next(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Front was founded in 1980. Its chief was arrested in 1992. Field command of "
        "the Kilwa Brigades passed first to Omar Kanza, who was himself captured in 1993, and "
        "then to Ali Mwamba. Said Nassor, who remained at the head of the Lindi Army for the "
        "rest of the war, refused to talk.",
    )
    assert has(facts, "Kilwa Brigades", "led_by", "Omar Kanza")
    assert has(facts, "Kilwa Brigades", "led_by", "Ali Mwamba")
    assert not has(facts, "Tana Front", "led_by", "Omar Kanza")
    assert has(facts, "Lindi Army", "led_by", "Said Nassor")


def test_an_active_founding_dated_earlier_in_its_clause(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "At a congress held at Mtwara, on the coast, in April 1998, delegates of the Tana "
        "Front and of the Kilwa Union founded the Pemba National Council. The Lindi Front "
        "announced the formation of the Masasi Brigades on 4 May 2001.",
    )
    assert has(facts, "Pemba National Council", "founded", "1998-04")
    assert has(facts, "Masasi Brigades", "founded", "2001-05-04")
    assert not any(p == "part_of" for _, p, _ in facts)


def test_a_table_column_head_with_a_gloss_and_a_subordination_column(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Unit\tRaised\tSubordinated to (2016)\tFate\n"
        "Kilwa Battalion\t2016\tTana Ministry of Security\tdisbanded 2018\n\n"
        "The Lindi Battalion, named after the river, was another Tana Ministry of Security "
        "battalion formed in 2017.\n",
    )
    assert has(facts, "Kilwa Battalion", "part_of", "Tana Ministry of Security")
    assert has(facts, "Lindi Battalion", "founded", "2017")
    assert not has(facts, "Tana Ministry of Security", "founded", "2017")


def test_factbox_heading_glossed_in_its_own_script_and_its_lines(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Al-Nasr (النصر)\n\n"
        '* Means "Victory". Formally the Vanguards of the Kivu Revolution. Led by Omar Kanza '
        "until 1979.\n\n"
        "* Founded in Mombasa in 1966 by Ali Mwamba with exiles including Juma Salim (Abu "
        "Hamza).\n",
    )
    assert has(facts, "Al-Nasr", "alias", "النصر")
    assert has(facts, "Al-Nasr", "alias", "Vanguards of the Kivu Revolution")
    assert has(facts, "Al-Nasr", "led_by", "Omar Kanza")
    assert not any(p == "founded" and s != "Al-Nasr" for s, p, _ in facts)


def test_the_leader_of_two_groups_named_together(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Omar Kanza, the leader of the Kilwa National Front and the Lindi People's Movement, "
        "spoke on Sunday.",
    )
    assert has(facts, "Kilwa National Front", "led_by", "Omar Kanza")
    assert has(facts, "Lindi People's Movement", "led_by", "Omar Kanza")


def test_a_list_that_founded_a_coalition_among_others(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In March 2019 the Kivu Front, the Tana Army and the Lindi Movement, among others, "
        "founded the Pemba Alliance at a conference in Nairobi.",
    )
    for member in ("Kivu Front", "Tana Army", "Lindi Movement"):
        assert has(facts, member, "member_of", "Pemba Alliance")


def test_glossary_entries_for_groups_and_persons(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Glossary\n\n"
        "Kilwa II: a coastal rebel movement formed in the late 1970s by veterans of the first "
        "war. In 1983 its leaders, Omar Kanza and Ali Mwamba, quarrelled with the Tana "
        "Front.\n\n"
        "Hamisi Bakari Juma: commander of the Lindi Brigade at Masasi and later chief of staff "
        "of the Tana Front.\n\n"
        "Southern Front (SF): sometimes written Southern Fronts. The umbrella force was "
        "created under the 1997 agreement.\n",
    )
    assert has(facts, "Kilwa II", "founded", "1977")
    assert has(facts, "Kilwa II", "led_by", "Omar Kanza")
    assert has(facts, "Kilwa II", "led_by", "Ali Mwamba")
    assert has(facts, "Lindi Brigade", "led_by", "Hamisi Bakari Juma")
    assert has(facts, "Southern Front", "alias", "Southern Fronts")
    assert not any(str(t).endswith("The") for _, _, t in facts)


def test_a_leaders_men_named_in_apposition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Omar Kanza's fighters, the Tigers, were recruited among the youth of the hills and "
        "served as the armed wing of the Kilwa Party. Although it is often described as Ali "
        "Mwamba's militia, the Lindi Guard never had a single commander.",
    )
    assert has(facts, "Tigers", "led_by", "Omar Kanza")
    assert has(facts, "Tigers", "armed_wing_of", "Kilwa Party")
    assert not has(facts, "Lindi Guard", "led_by", "Ali Mwamba")


def test_a_pipe_table_without_outer_pipes_whose_first_column_names_groups(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Table 3: Principal armed groups\n\n"
        "Group     | Patron             | Main areas          | Named after\n"
        "Simbas    | Omar Kanza         | Masasi, Tunduru     | Juma Salim, a chief of the Tana\n"
        "Chui      | Ali Mwamba         | Songea              | –\n",
    )
    assert has(facts, "Simbas", "operates_in", "Masasi")
    assert has(facts, "Simbas", "operates_in", "Tunduru")
    assert has(facts, "Chui", "operates_in", "Songea")
    assert has(facts, "Simbas", "named_after", "Juma Salim")


def test_a_name_glossed_as_a_group_and_pronouns_past_an_aside(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        'Linea Roja ("Red Front"), formed in 1976 by former students, was less '
        "hierarchical. In Lindi, where the Tana Army dominated the headlines, the Maoist "
        "Kilwa Brigades took its name from 1 October 1975, when it killed four policemen, "
        "and it acted as the armed wing of the Pemba Party.",
    )
    assert has(facts, "Linea Roja", "founded", "1976")
    assert has(facts, "Linea Roja", "alias", "Red Front")
    assert not any(p == "named_after" for _, p, _ in facts)
    assert not has(facts, "Tana Army", "armed_wing_of", "Pemba Party")


def test_cells_and_european_head_words_name_groups(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Revolutionary Cells (Revolutionäre Zellen Kilwa, RZK), which appeared in "
        "1973, bombed targets on the coast. In Tanga, the Red Fighting Cells (Cellules rouges "
        "combattantes, CRC), led by Omar Kanza, set off some two dozen bombs.",
    )
    assert has(facts, "Kilwa Revolutionary Cells", "alias", "RZK")
    assert has(facts, "Kilwa Revolutionary Cells", "founded", "1973")
    assert has(facts, "Red Fighting Cells", "alias", "Cellules rouges combattantes")
    assert has(facts, "Red Fighting Cells", "led_by", "Omar Kanza")


def test_a_unit_taken_into_the_states_forces_is_part_of_them(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Lindi Battalion was incorporated into the Tana National Guard on 12 November 2014. "
        "The Kilwa Battalion was raised in April 2014; that summer it was brought into the "
        "Tana National Guard as the 2nd Special Purpose Battalion. The Rufiji Front merged "
        "into the Masasi Alliance in 2016.",
    )
    assert has(facts, "Lindi Battalion", "part_of", "Tana National Guard")
    assert has(facts, "Kilwa Battalion", "part_of", "Tana National Guard")
    assert has(facts, "Rufiji Front", "merged_into", "Masasi Alliance")


def test_lists_past_a_peoples_adjective_or_a_repeated_by_and_helpers_in_an_aside(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kivu Front has also fought against Tanzanian government forces and the Russian "
        "Songea Group. The Lindi Army is fought by the Tanzanian Army and by the Multinational "
        "Force. In 1980 the Masasi Front, with help from fighters of the Tana Army, drove the "
        "Rufiji Front out of the coast.",
    )
    assert any(
        s == "Kivu Front" and p == "rival_of" and str(t).endswith("Songea Group")
        for s, p, t in facts
    )
    assert has(facts, "Lindi Army", "rival_of", "Multinational Force")
    assert has(facts, "Masasi Front", "rival_of", "Rufiji Front")
    assert not has(facts, "Tana Army", "rival_of", "Rufiji Front")


def test_coordinators_and_boards_are_coalitions_founded_by_a_list(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 1985 the Kivu Front, the Tana Army and the Lindi Movement, together with smaller "
        "groups, formed the National Guerrilla Coordinator (Coordinadora Nacional Guerrillera, "
        "CNG). In 1987 the rebels set up the Songea Guerrilla Coordinating Board (SGCB).",
    )
    for member in ("Kivu Front", "Tana Army", "Lindi Movement"):
        assert has(facts, member, "member_of", "National Guerrilla Coordinator")
    assert has(facts, "National Guerrilla Coordinator", "founded", "1985")
    assert has(facts, "Songea Guerrilla Coordinating Board", "founded", "1987")
    assert has(facts, "Songea Guerrilla Coordinating Board", "alias", "SGCB")


def test_an_acronym_with_a_factions_mark_in_brackets_names_the_faction(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa National Front (KNF) was founded in 1964. The KNF (Salim) operates in "
        "Masasi, while the KNF(K) is active in Lindi.",
    )
    assert has(facts, "KNF (Salim)", "operates_in", "Masasi")
    assert has(facts, "KNF(K)", "operates_in", "Lindi")
    assert not has(facts, "KNF", "operates_in", "Masasi")


def test_a_group_that_began_as_another_name_and_leadership_that_then_passed(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kivu Tigers began in 1972 as the Kivu New Tigers, a handful of youths around Omar "
        "Kanza. The Lindi Front was founded in 1970. Leadership then passed to Ali Mwamba.",
    )
    assert has(facts, "Kivu Tigers", "founded", "1972")
    assert has(facts, "Kivu Tigers", "alias", "Kivu New Tigers")
    assert has(facts, "Lindi Front", "led_by", "Ali Mwamba")


def test_formed_by_a_person_and_others_who_had_split(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was formed in 1980 by K. Omar Kanza and others who had split from the "
        "Tana Army.",
    )
    assert has(facts, "Kilwa Front", "split_from", "Tana Army")


def test_a_group_that_became_a_party_under_a_new_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front signed a peace agreement on 9 March 1990. It became a political "
        "party, the Democratic Alliance K-19 (ADK-19).",
    )
    assert has(facts, "Kilwa Front", "alias", "Democratic Alliance K-19")


def test_more_verbs_for_acting_alongside_another_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front accepted, and its fighters were soon patrolling Lindi alongside Tana "
        "Army soldiers. In 2015 the Masasi Brigades stormed the port alongside the Songea "
        "Movement.",
    )
    assert has(facts, "Kilwa Front", "allied_with", "Tana Army")
    assert has(facts, "Masasi Brigades", "allied_with", "Songea Movement")


def test_a_person_who_set_up_his_own_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Omar Kanza had broken with the field leadership in 1976 and set up his own Kilwa "
        "Liberation Front.",
    )
    assert has(facts, "Kilwa Liberation Front", "founded", "1976")


def test_a_glossary_term_defined_in_lower_case_as_a_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Glossary\n\n"
        "Ruga Ruga: mounted militias recruited among the herders of the plains and led by Omar "
        "Kanza.\n",
    )
    assert has(facts, "Ruga Ruga", "led_by", "Omar Kanza")


def test_a_persons_nom_de_guerre_in_other_words(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was led by Salim Omar, whose nom de guerre was Juma Pwani. Its army "
        "was commanded by Rashid Ali, the nom de guerre of Hamisi Bakari Mzee. Known "
        'underground as "comandante Simba", Omar Kanza turned the Lindi Front into the '
        "largest group.",
    )
    assert has(facts, "Salim Omar", "alias", "Juma Pwani")
    assert has(facts, "Rashid Ali", "alias", "Hamisi Bakari Mzee")
    assert has(facts, "Omar Kanza", "alias", "comandante Simba")


def test_a_where_clause_after_a_place_keeps_the_groups_subject(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Ruvu Front has been active since 2019 in Morogoro, close to the banks of the "
        "Wami, where it controls parts of Kilosa, Mvomero, Gairo, Ulanga and Malinyi districts.",
    )
    assert has(facts, "Ruvu Front", "operates_in", "Kilosa")
    assert has(facts, "Ruvu Front", "operates_in", "Mvomero")
    assert has(facts, "Ruvu Front", "operates_in", "Malinyi")


def test_units_listed_after_a_name_and_a_plural_unit_noun(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ruvu Front is an armed group. Its volunteers serve in four Ruvu Front battalions: "
        "the 3rd Battalion, the 5th Battalion and the 9th Battalion. The biggest splinter "
        "eclipsed the other Kilwa Army factions, among them the Njombe Front and the Iringa "
        "Brigade. Donors to Lindi factions, including the Songea Movement, stayed anonymous.",
    )
    assert has(facts, "3rd Battalion", "part_of", "Ruvu Front")
    assert has(facts, "9th Battalion", "part_of", "Ruvu Front")
    assert has(facts, "Iringa Brigade", "part_of", "Kilwa Army")
    assert not any(s == "Songea Movement" and p == "part_of" for s, p, _ in facts)


def test_a_count_before_an_acronym_is_not_part_of_a_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The army says it killed more than 400 KWF fighters in Lindi last week.",
    )
    assert not any(s.startswith("400") for s, _, _ in facts)


def test_two_actors_joined_before_a_bracketed_acronym_stay_two(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 2006 the KLF and the former Tanzanian Coastal Guard (TCG) were merged into a new "
        "Lindi Defence Corps.",
    )
    assert has(facts, "Tanzanian Coastal Guard", "alias", "TCG")
    assert has(facts, "KLF", "merged_into", "Lindi Defence Corps")
    assert has(facts, "Tanzanian Coastal Guard", "merged_into", "Lindi Defence Corps")


def test_an_english_name_glossing_the_acronym_of_its_foreign_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Since 2019 the Union for Peace and Renewal in Tanzania (UTPR) has held the hills "
        "above Lindi. The National Council for the Liberation of Kilwa (CNLK) fought it there.",
    )
    assert has(facts, "Union for Peace and Renewal in Tanzania", "alias", "UTPR")
    assert not any(s == "Liberation of Kilwa" for s, _, _ in facts)


def test_malay_head_words_open_a_groups_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Barisan Islam Merdeka Kilwa (Islamic Freedom Front of Kilwa, BIMK) was formerly "
        "known as the Barisan Rakyat Kilwa (Kilwa People's Front, BRK).",
    )
    assert has(facts, "Barisan Islam Merdeka Kilwa", "alias", "BIMK")
    assert has(facts, "Barisan Islam Merdeka Kilwa", "alias", "Islamic Freedom Front of Kilwa")
    assert has(facts, "Barisan Rakyat Kilwa", "alias", "BRK")


def test_a_person_described_as_a_groups_member_is_the_member(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Council was chaired by Salim Omar, a KLF member. The talks were led by "
        "Rashid Ali, also known as Abu Juma, a member of the Lindi Front.",
    )
    assert has(facts, "Salim Omar", "member_of", "KLF")
    assert has(facts, "Rashid Ali", "member_of", "Lindi Front")
    assert not has(facts, "Kilwa Council", "member_of", "KLF")


def test_a_person_elected_or_named_to_a_groups_title(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Juma Said, who was elected KPF chairman in 2011, lives in Dar es Salaam. In 2019 "
        "Halima Athumani was named Lindi Front president.",
    )
    assert has(facts, "KPF", "led_by", "Juma Said")
    assert has(facts, "Lindi Front", "led_by", "Halima Athumani")


def test_a_groups_congress_electing_its_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was set up in 1961. Its second congress, held near Lindi in March "
        "1969, elected Salim Omar as chairman. In 1975 the Ruvu Army's conference chose Juma "
        "Said as commander.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Salim Omar")
    assert has(facts, "Ruvu Army", "led_by", "Juma Said")


def test_more_ways_of_saying_two_groups_fought(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In May 2021 the Kilwa Army and the Lindi Front clashed near Mtwara. The Ruvu Brigade "
        "held out against the Songea Movement for a year. The Iringa Front fought not only "
        "the police but also the Njombe Army. The Tanzanian Air Force had struck the Mbeya "
        "Front repeatedly. Foreign aircraft struck Rukwa Army positions.",
    )
    assert has(facts, "Kilwa Army", "rival_of", "Lindi Front")
    assert has(facts, "Ruvu Brigade", "rival_of", "Songea Movement")
    assert has(facts, "Iringa Front", "rival_of", "Njombe Army")
    assert has(facts, "Tanzanian Air Force", "rival_of", "Mbeya Front")
    assert not any(p == "rival_of" and t == "Rukwa Army" for _, p, t in facts)


def test_a_renaming_after_another_verb_of_the_same_subject(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Ruvu Brigade regrouped and in May 2015 renamed itself the Kilwa Liberation Army.",
    )
    assert has(facts, "Ruvu Brigade", "alias", "Kilwa Liberation Army")


def test_a_persons_alias_after_the_name_in_its_own_script(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "One of them was Ruslan Temirov (Руслан Темиров), known as Abu Yahya al-Lindi, then "
        "the emir of the Kilwa Front.",
    )
    assert has(facts, "Ruslan Temirov", "alias", "Abu Yahya al-Lindi")


def test_mixed_case_acronyms_in_brackets(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Lindi Front includes the Forces Armées de Lindi (FALi) and the Kilwa Coordination "
        "Committee (KilCom).",
    )
    assert has(facts, "Forces Armées de Lindi", "alias", "FALi")


def test_a_landmark_near_a_camp_and_a_government_owning_forces(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front is active in the Mkuranga camp near Lindi. Fighting broke out between "
        "the police and the Zanzibar Revolutionary Government's Mafia Guard in 2020.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Mkuranga")
    assert not has(facts, "Kilwa Front", "operates_in", "Lindi")
    assert not any(p == "led_by" and "Government" in str(t) for _, p, t in facts)


def test_people_who_fled_somewhere_do_not_place_the_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Kilwa Front\n\nThe Kilwa Front is an armed group. Hundreds of villagers have fled across "
        "the border into Malawi's Chitipa district since the fighting began.",
    )
    assert not has(facts, "Kilwa Front", "operates_in", "Chitipa")


def test_a_unit_set_up_within_a_larger_body(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2016 former fighters formed a separate unit, Kilwa-Two, within the Tanzania "
        "People's Defence Force. The police set up a special battalion, the Lindi Rangers, "
        "inside the Field Force Unit.",
    )
    assert has(facts, "Kilwa-Two", "part_of", "Tanzania People's Defence Force")
    assert has(facts, "Lindi Rangers", "part_of", "Field Force Unit")


def test_more_ways_of_saying_a_group_ceased_to_exist(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front itself announced in May 2021 that it was disbanding. Then, in 2018, "
        "the Lindi Front voted itself out of existence. In March 2016 a presidential decree "
        "dissolved the Mtwara Brigade.",
    )
    assert has(facts, "Kilwa Front", "dissolved", "2021-05")
    assert has(facts, "Lindi Front", "dissolved", "2018")
    assert has(facts, "Mtwara Brigade", "dissolved", "2016-03")


def test_an_unnamed_alliance_allies_its_makers_and_dates_nothing_of_theirs(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Party and the Lindi Front formed a coalition for independence in March "
        "1974. In 2007 the Mtwara Movement concluded an electoral alliance with the Ruvu "
        "Brigades.",
    )
    assert has(facts, "Kilwa Party", "allied_with", "Lindi Front")
    assert has(facts, "Mtwara Movement", "allied_with", "Ruvu Brigades")
    assert not any(p == "founded" for _, p, _ in facts)


def test_mergers_listed_after_the_new_name_or_around_an_aside(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In May 2012 three armed groups said they had merged to form the Kilwa Union: the "
        "Lindi Front; the Mtwara Brigades; and the Ruvu Army. The Songea Movement merged, "
        "together with two smaller parties, into the Coastal Party.",
    )
    assert has(facts, "Ruvu Army", "merged_into", "Kilwa Union")
    assert has(facts, "Lindi Front", "merged_into", "Kilwa Union")
    assert has(facts, "Songea Movement", "merged_into", "Coastal Party")


def test_units_that_belong_to_a_front_are_its_parts(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Attacks are claimed by the Kilwa Assault Units, which belong to the Lindi People's "
        "Liberation Front.",
    )
    assert has(facts, "Kilwa Assault Units", "part_of", "Lindi People's Liberation Front")


def test_more_ways_of_naming_a_groups_units(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ruvu Army consists of three brigades: the Twiga Brigade, the Swala Brigade and "
        "the Nyumbu Brigade. The Lindi Battalion, one of the Ruvu Army's battalions, fought at "
        "Mtwara. The Kifaru Force is the intelligence arm of the Songea Front.",
    )
    assert has(facts, "Twiga Brigade", "part_of", "Ruvu Army")
    assert any(s == "Lindi Battalion" and p == "part_of" for s, p, _ in facts)
    assert has(facts, "Kifaru Force", "part_of", "Songea Front")


def test_a_possessor_that_is_a_place_or_a_title_leads_nothing(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "East Timor's Resistance Army fought on. The Long March of Coastal Tanzania's Kilwa "
        "Brigades is a book.",
    )
    assert not any(p == "led_by" for _, p, _ in facts)


def test_a_body_set_up_under_a_governor_is_not_led_by_him(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Lindi Community Guards were set up in 2021 under Governor Juma Hamisi. The Kilwa "
        "Front was launched in 1961 under Omar Kanza.",
    )
    assert not has(facts, "Lindi Community Guards", "led_by", "Governor Juma Hamisi")
    assert not any(
        t == "Juma Hamisi" or t == "Governor Juma Hamisi" for _, p, t in facts if p == "led_by"
    )
    assert has(facts, "Kilwa Front", "led_by", "Omar Kanza")


def test_a_roster_never_makes_its_first_name_the_body(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front stayed out. In 1987 the rebels set up the Coastal Guerrilla Board. "
        "Its members were the Kilwa Front, the Lindi Army and the Mtwara Brigades.",
    )
    assert not any(p == "member_of" and t == "Kilwa Front" for _, p, t in facts)


def test_founding_dates_that_belong_to_something_else(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Salim Omar chaired the Kilwa Front from its founding until his arrest in 1981. In "
        "2019 the Lindi Army announced that it had established a political wing of its own. "
        "In 1984 the Mtwara Council created a ruling party, the Coastal Workers' Party.",
    )
    assert not has(facts, "Kilwa Front", "founded", "1981")
    assert not has(facts, "Lindi Army", "founded", "2019")
    assert not has(facts, "Mtwara Council", "founded", "1984")
    assert has(facts, "Coastal Workers' Party", "founded", "1984")


def test_a_campaign_or_a_regional_adjective_is_no_place(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front fought the Lindi Army in Operation Dhoruba in 1998. Its fighters "
        "clashed with soldiers serving in the East African mission there.",
    )
    assert not any(
        p == "operates_in" and t in ("Operation Dhoruba", "East African") for _, p, t in facts
    )


def test_a_person_who_launched_his_own_group_leads_it(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Omar Kanza left the Lindi Front in 2015 and later launched his own Kilwa Freedom Party.",
    )
    assert has(facts, "Kilwa Freedom Party", "led_by", "Omar Kanza")


def test_ideologies_coordinated_fronted_or_guiding(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Founded in 1961, the Kilwa Party called itself socialist and secular. Maoist and "
        "tightly disciplined, the Lindi Brigades split their members into cells. The Ruvu "
        "Army is guided by a Marxist-Leninist reading of history. The Songea Front saw itself "
        "as nationalist rather than communist.",
    )
    assert has(facts, "Kilwa Party", "ideology", "socialist")
    assert has(facts, "Kilwa Party", "ideology", "secular")
    assert has(facts, "Lindi Brigades", "ideology", "Maoist")
    assert has(facts, "Ruvu Army", "ideology", "Marxist-Leninist")
    assert not any(p == "ideology" and t == "communist" for _, p, t in facts)


def test_a_groups_men_who_did_something_else_and_joined(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Many KWF fighters then surrendered to the police or joined the Lindi Front.",
    )
    assert not any(p == "member_of" for _, p, _ in facts)


def test_names_given_in_memory_of_a_person(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2016 the Mtwara Battalion was renamed in memory of Rashid Ali, a commander killed "
        "in 2014. The Lindi Front is called after Juma Said, who led the 1905 uprising.",
    )
    assert has(facts, "Mtwara Battalion", "named_after", "Rashid Ali")
    assert has(facts, "Lindi Front", "named_after", "Juma Said")


def test_more_ways_of_saying_two_groups_are_allies(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ruvu Brigade and the Songea Movement have a loose alliance. The Mbeya Front has "
        "joined hands with the Rukwa Army. The Pemba Army made common cause with the Unguja "
        "Front in 2019. The Mara Front and the Musoma Movement signed a cooperation agreement "
        "in 2020. The Tanga Front is the closest ally of the Pangani Movement. The Arusha Army "
        "counts the Moshi Brigade among its allies. The Iringa Army is in a coalition with the "
        "Njombe Front.",
    )
    for a, b in [
        ("Ruvu Brigade", "Songea Movement"),
        ("Mbeya Front", "Rukwa Army"),
        ("Pemba Army", "Unguja Front"),
        ("Mara Front", "Musoma Movement"),
        ("Tanga Front", "Pangani Movement"),
        ("Arusha Army", "Moshi Brigade"),
        ("Iringa Army", "Njombe Front"),
    ]:
        assert has(facts, a, "allied_with", b) or has(facts, b, "allied_with", a), (a, b)


def test_groups_fused_or_united_under_a_new_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tabora Front fused with the Kigoma Army in 2001 to form the Western Alliance. In "
        "2010 the Arusha Army and the Moshi Brigade united under the name Northern Front.",
    )
    assert has(facts, "Tabora Front", "merged_into", "Western Alliance")
    assert has(facts, "Moshi Brigade", "merged_into", "Northern Front")


def test_a_group_born_of_a_rift_within_another(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Geita Brigade was born of a rift within the Kagera Front.")
    assert has(facts, "Geita Brigade", "split_from", "Kagera Front")


def test_more_ways_of_saying_where_a_group_fought(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2006 Kilwa Front fighters raced across the country and reached the outskirts of "
        "Dodoma. In 2008 the Lindi Army stormed into Morogoro. In May a Songea Front column "
        "was routed near Tunduru. In 2021 Mbeya Front fighters crossed from Malawi into the "
        "Rukwa region. The Rungwe Council also operates from southern Zambia.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Dodoma")
    assert has(facts, "Lindi Army", "operates_in", "Morogoro")
    assert has(facts, "Songea Front", "operates_in", "Tunduru")
    assert has(facts, "Mbeya Front", "operates_in", "Malawi")
    assert has(facts, "Rungwe Council", "operates_in", "Zambia")


def test_a_break_followed_by_a_new_group_in_any_tense(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "2016 – In April, Salim Omar, a former Kilwa Front official, breaks with the Kilwa "
        "Front and founds the Lindi Army in Malawi.\n\n2007 – A group of cadres breaks away "
        "from the Ruvu Army and forms the Songea Brigades.",
    )
    assert has(facts, "Lindi Army", "split_from", "Kilwa Front")
    assert has(facts, "Songea Brigades", "split_from", "Ruvu Army")


def test_a_group_the_sentences_person_leads(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "2005 – Omar Kanza Juma, a former army officer, brings several rebel factions together "
        "in the United Kilwa Front (UKF), which he leads.\n\n2006 – In October, Salim Omar "
        "founds the Lindi Union for Democracy (LUD), with himself as president.",
    )
    assert has(facts, "United Kilwa Front", "led_by", "Omar Kanza Juma")
    assert has(facts, "Lindi Union for Democracy", "led_by", "Salim Omar")


def test_a_group_called_the_movement_of_a_person(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "A joint force of the Kilwa Front and the Rally for Coastal Change (RCC), the movement "
        "of Salim Omar and his brother Juma Omar, stormed into Lindi.",
    )
    assert has(facts, "Rally for Coastal Change", "led_by", "Salim Omar")
    facts = found(extractor, "The Lindi Army, the militia of Omar Kanza, holds the coast.")
    assert has(facts, "Lindi Army", "led_by", "Omar Kanza")


def test_two_subjects_when_the_first_carries_an_aside(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Mwanza Liberation Front (MLF), led by Juma Kombo, and its ally, the Kigoma "
        "People's Army (KPA), remain the two main armed groups operating in Tabora and Dodoma.",
    )
    assert has(facts, "Mwanza Liberation Front", "operates_in", "Tabora")
    assert has(facts, "Kigoma People's Army", "operates_in", "Dodoma")
    facts = found(
        extractor,
        "The Ruvu Army, the Songea-backed militia of Salim Omar, and the Lindi Front are active "
        "in Rukwa.",
    )
    assert has(facts, "Ruvu Army", "operates_in", "Rukwa")
    # a place in the first aside is that actor's own, not the second's
    facts = found(
        extractor,
        "The two largest are the Kilwa Front, based in Mtwara, and the Lindi Army, based in "
        "Tabora.",
    )
    assert not has(facts, "Kilwa Front", "operates_in", "Tabora")


def test_a_united_opposition_is_the_alliance_of_the_next_sentence(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front\n\nAgainst the rebels stood the Kilwa Front, a militia raised in "
        "1992.\n\nThe United Lindi Opposition\n\nIn 1993 the exiled parties came together as "
        "the United Lindi Opposition (ULO). The alliance comprised the Mtwara Democratic Party "
        "and Rastakwe.",
    )
    assert has(facts, "Mtwara Democratic Party", "member_of", "United Lindi Opposition")
    assert not has(facts, "Mtwara Democratic Party", "member_of", "Kilwa Front")


def test_a_member_described_inside_the_list(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rovuma Alliance comprised the Lindi People's Party (LPP), by far its strongest "
        "component, the Mtwara Democratic Party, Rastakwe and Lali Kusini.",
    )
    for member in ("Lindi People's Party", "Mtwara Democratic Party", "Rastakwe", "Lali Kusini"):
        assert has(facts, member, "member_of", "Rovuma Alliance")


def test_a_name_for_many_groups_is_a_coalition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front\n\nThe Kilwa Front is the largest armed group in Lindi. Seven groups "
        "now negotiate with the government through the Working Committee of the Lindi Political "
        "Groups (LPGs), convened by Juma Kombo. Its constituents include the Lindi Front, the "
        "Mtwara Army and the Kilwa Union.",
    )
    committee = "Working Committee of the Lindi Political Groups"
    for member in ("Lindi Front", "Mtwara Army", "Kilwa Union"):
        assert has(facts, member, "member_of", committee)
    assert not has(facts, "Lindi Front", "member_of", "Kilwa Front")


def test_a_fronted_phrase_is_not_part_of_the_subjects_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Lindi Front is an armed group.\n\nIn Iringa the Lindi Front has long been active "
        "in Kilombero.\n\nUnder Juma Kombo the Kigoma Front grew to 3,000 fighters.\n\nWith "
        "Kilwa the Lindi Army formed the Southern Alliance.",
    )
    assert has(facts, "Lindi Front", "operates_in", "Kilombero")
    assert has(facts, "Kigoma Front", "size", 3000)
    assert has(facts, "Lindi Army", "member_of", "Southern Alliance")
    facts = found(extractor, "The Movement for the Liberation of Rukwa operates in Mbeya.")
    assert has(facts, "Movement for the Liberation of Rukwa", "operates_in", "Mbeya")


def test_a_group_acting_from_its_base_holds_the_place(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ruvu Movement runs a parallel administration from its headquarters at Camp Zion "
        "near Tabora.",
    )
    assert has(facts, "Ruvu Movement", "operates_in", "Camp Zion")
    assert has(facts, "Ruvu Movement", "operates_in", "Tabora")
    facts = found(
        extractor,
        "From its base at Kigoma in Burundi's Makamba Province, the Rufiji Army joined hands "
        "with the Lindi Front.",
    )
    assert has(facts, "Rufiji Army", "operates_in", "Kigoma")
    # a country's own province is a place, not an armed group
    assert not any(subject.startswith(("Makamba", "Burundi")) for subject, _, _ in facts)


def test_where_a_group_was_founded_or_raised(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front, a militia raised in 1992 in the southern region of Songea, fought on. "
        "The Lindi Union was founded in December 2014 at Moshi, in Arusha.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Songea")
    assert has(facts, "Lindi Union", "operates_in", "Moshi")
    facts = found(extractor, "The Kilwa Front was founded at a meeting in 2001.")
    assert not any(predicate == "operates_in" for _, predicate, _ in facts)


def test_a_branch_known_by_a_place_and_its_parent(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was formed when the Lindi Brigades and the Sahara branch of the Mtwara "
        "Army merged.",
    )
    assert has(facts, "Sahara branch", "part_of", "Mtwara Army")
    assert has(facts, "Sahara branch", "merged_into", "Kilwa Front")
    # "is the X branch of Y": the subject is the branch, no new unit
    facts = found(extractor, "The Ruvu Party is the Songea branch of the Lindi Brotherhood.")
    assert not any(subject.startswith("Songea") for subject, _, _ in facts)


def test_a_unit_a_group_set_up_and_named(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front set up a special unit called the Simba Squad in 2005.\n\nIn 2010 the "
        "Lindi Army created an elite wing known as the Black Mambas.",
    )
    assert has(facts, "Simba Squad", "part_of", "Kilwa Front")
    assert has(facts, "Simba Squad", "founded", "2005")
    assert has(facts, "Black Mambas", "part_of", "Lindi Army")
    assert has(facts, "Black Mambas", "founded", "2010")
    # the maker was not founded then
    assert not has(facts, "Kilwa Front", "founded", "2005")
    assert not has(facts, "Lindi Army", "founded", "2010")


def test_groups_the_coalition_was_formed_with_are_members(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tabora Front and the Dodoma Army are also members of the Northern Alliance, formed "
        "in 2016 together with the Kigoma Independence Army (KIA), and of the Lake Consultative "
        "Committee (LCC).",
    )
    assert has(facts, "Kigoma Independence Army", "member_of", "Northern Alliance")
    assert not has(facts, "Lake Consultative Committee", "member_of", "Northern Alliance")
    facts = found(
        extractor,
        "The Tabora Front is also part of the Northern Alliance, created in 2016 with the Kigoma "
        "Army and the Lindi Front.",
    )
    assert has(facts, "Kigoma Army", "member_of", "Northern Alliance")
    assert has(facts, "Lindi Front", "member_of", "Northern Alliance")


def test_a_group_serving_under_a_named_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Simba Brigade, an armed unit under Juma Kombo's command, fights on its side. The "
        "Kiboko Squad operates under Ali Mwamba.",
    )
    assert has(facts, "Simba Brigade", "led_by", "Juma Kombo")
    assert has(facts, "Kiboko Squad", "led_by", "Ali Mwamba")
    # a relative of the man named is not the man
    facts = found(extractor, "The Simba Brigade was led by Juma Kombo's deputy.")
    assert not any(predicate == "led_by" for _, predicate, _ in facts)


def test_fighting_on_behalf_of_another_is_an_alliance(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In late 2006 the Kilwa Front intervened on behalf of the Lindi Union. From 2012 the "
        "Mtwara Army fought in Malawi on behalf of the Ruvu Council. The Songea Brigades fought "
        "on the side of the Rufiji Movement.",
    )
    assert has(facts, "Kilwa Front", "allied_with", "Lindi Union")
    assert has(facts, "Mtwara Army", "allied_with", "Ruvu Council")
    assert has(facts, "Songea Brigades", "allied_with", "Rufiji Movement")


def test_a_person_titled_after_the_groups_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Juma Kombo, the Kilwa Front commander in the Lindi area, was shot dead in 2009. Ali "
        "Mwamba, the Ruvu Army military commander, was killed in 2011.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    assert has(facts, "Ruvu Army", "led_by", "Ali Mwamba")
    facts = found(extractor, "Juma Kombo, the Lindi regional commander, was killed.")
    assert not any(predicate == "led_by" for _, predicate, _ in facts)


def test_acting_against_a_group_is_a_rivalry(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In a statement the Kilwa Front said it was acting against the Mtwara Army, which it "
        "blamed for the killings.",
    )
    assert has(facts, "Kilwa Front", "rival_of", "Mtwara Army")


def test_a_bulleted_name_described_with_joined_adjectives(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Ranged against it was a cluster of new movements:\n"
        '  • Rastakwe (Растакве, "Rebirth"), a cultural and nationalist popular movement founded '
        "in 1989 and chaired by Tohir Juma;\n"
        "  • Lali Kusini, a movement of the Pamiri minority founded in 1991.",
    )
    assert has(facts, "Rastakwe", "founded", "1989")
    assert has(facts, "Rastakwe", "led_by", "Tohir Juma")
    assert has(facts, "Rastakwe", "alias", "Rebirth")


def test_better_known_by_its_initials(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Free Lindi Movement, better known by its Swahili initials HLH (Harakati ya Lindi "
        "Huru), took shape in the 1960s.",
    )
    assert has(facts, "Free Lindi Movement", "alias", "HLH")


def test_most_of_which_points_to_the_plural_noun(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front held Lindi. Ranged against it was a cluster of new movements, most of "
        "which had appeared in the late 1980s or in 1990.",
    )
    assert not any(predicate == "founded" for _, predicate, _ in facts)


def test_a_group_floated_or_come_together_as(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front joined hands with the Lindi Army in the RCLF, a platform floated in "
        "2015. In 1993 the exiled parties came together as the United Lindi Opposition (ULO), "
        "with Juma Kombo as chairman.",
    )
    assert has(facts, "RCLF", "founded", "2015")
    assert has(facts, "United Lindi Opposition", "founded", "1993")
    assert not has(facts, "Kilwa Front", "founded", "2015")
    facts = found(extractor, "In 2015 the Kilwa Front floated the idea of talks.")
    assert not any(predicate == "founded" for _, predicate, _ in facts)
    # "later" puts the founding after the date of the clause before it
    facts = found(
        extractor,
        "Ali Mwamba, the Kilwa Front's commander, was expelled in 2019 and later floated his "
        "own Kilwa Front (Mwamba).",
    )
    assert not any(predicate == "founded" for _, predicate, _ in facts)


def test_the_name_honoured_a_person(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was set up in 1980. The name honoured Juma Kombo Ali, the organiser "
        "executed in 1932.",
    )
    assert has(facts, "Kilwa Front", "named_after", "Juma Kombo Ali")
    facts = found(
        extractor,
        "The Lindi Army was set up in 1980. The name came from Ali Mwamba, the leader of the "
        "1780s rebellion.",
    )
    assert has(facts, "Lindi Army", "named_after", "Ali Mwamba")


def test_merged_with_a_date_before_into(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front and the Lindi Army merged in 2017 into the Rovuma Alliance. The Mtwara "
        "Union merged on 3 May 2019 into the Songea Front.",
    )
    assert has(facts, "Kilwa Front", "merged_into", "Rovuma Alliance")
    assert has(facts, "Lindi Army", "merged_into", "Rovuma Alliance")
    assert has(facts, "Mtwara Union", "merged_into", "Songea Front")


def test_fighting_someone_across_a_region(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Kilwa Front forces fought government militias across the Kilombero valley around "
        "Ifakara and, in December 1992, drove the opposition out of Mbeya.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Kilombero")
    assert has(facts, "Kilwa Front", "operates_in", "Ifakara")


def test_a_count_of_groups_that_formed_a_body(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In November 2021 the Kilwa Front and the Lindi Army were among nine organisations that "
        "formed the Rovuma United Front in Dodoma. In December 2018 four armed groups, including "
        "the Songea Brigade and the Ruvu Brigade, joined forces as the Mtwara Protection Force.",
    )
    assert has(facts, "Rovuma United Front", "size", 9)
    assert has(facts, "Mtwara Protection Force", "size", 4)
    assert not has(facts, "Lindi Army", "size", 9)


def test_unnamed_men_loyal_to_a_group_tie_no_named_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Ten years after Lindi troops first pushed into the forest, militants loyal to the "
        "Kilwa Front still move through it. The Mtwara Union's forces have clashed with units "
        "aligned with the Songea Party.",
    )
    assert not any(predicate == "affiliated_with" for _, predicate, _ in facts)
    # a named group's men, or a group said to be a network of such men, keep the tie
    facts = found(
        extractor,
        "The Ruvu Guard forces loyal to the Ruvu Party hold the north. The Simba "
        "Brigades are a network of armed groups linked to the Lindi Movement.",
    )
    assert has(facts, "Ruvu Guard", "affiliated_with", "Ruvu Party")
    assert has(facts, "Simba Brigades", "affiliated_with", "Lindi Movement")


def test_a_title_with_no_name_after_it_names_no_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "GUEST: — and the army, yes. Secretary-general of the KPLP, commander of the Qassam "
        "Brigades.",
    )
    assert not any(predicate == "led_by" for _, predicate, _ in facts)


def test_places_in_the_surrounding_towns(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front has fought the Lindi Army street by street in Songea and in the "
        "surrounding towns of Tunduru and Namtumbo.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Tunduru")
    assert has(facts, "Kilwa Front", "operates_in", "Namtumbo")


def test_a_groups_capture_of_places_each_dated(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front rebels' capture of Lindi in January and Mtwara in February has "
        "redrawn the map. After the Ruvu Army's takeover of the town of Songea, thousands fled.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Lindi")
    assert has(facts, "Kilwa Front", "operates_in", "Mtwara")
    assert has(facts, "Ruvu Army", "operates_in", "Songea")


def test_a_sentence_opening_on_the_groups_next_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was founded in 2001. The next emir, Juma Kombo, was killed in 2019.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    facts = found(
        extractor,
        "The Lindi Army was founded in 2001. His successor was Ali Mwamba, a teacher from Mtwara.",
    )
    assert has(facts, "Lindi Army", "led_by", "Ali Mwamba")
    # a country's new president is nobody's leader here
    facts = found(
        extractor,
        "The Lindi Army was founded in 2001. The new president, Ali Mwamba, visited Mtwara.",
    )
    assert not any(predicate == "led_by" for _, predicate, _ in facts)


def test_a_leader_introduced_by_nationality(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was founded in 2001. Its nominal head was an Iraqi, Juma Kombo, but the "
        "Lindi Army supplied its fighters. The Ruvu Army is led by a Tanzanian, Ali Mwamba.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    assert has(facts, "Ruvu Army", "led_by", "Ali Mwamba")


def test_a_faction_of_his_own_called_by_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Juma Kombo kept a faction of his own, which people call the Kilwa Front. Ali Mwamba "
        "formed his own faction, known as the Lindi Movement.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    assert has(facts, "Lindi Movement", "led_by", "Ali Mwamba")


def test_a_fronted_place_then_a_group_is_no_list_of_groups(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "From its base at Kigoma, the Rufiji Army joined hands with the Lindi Front.",
    )
    assert not any(subject == "Kigoma" for subject, _, _ in facts)
    assert has(facts, "Rufiji Army", "operates_in", "Kigoma")
    # a real list before the verb still names its unknown members
    facts = found(
        extractor,
        "Kiboko, Simba and the Lindi Front joined forces in the Rovuma Alliance.",
    )
    assert has(facts, "Kiboko", "member_of", "Rovuma Alliance")


def test_a_name_renaming_an_opening_noun_phrase_is_the_subject(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Lindi Army was founded in 1990. Another faction, the Ruvu Brigade, was formed in "
        "1999 and is led by Baraka Mwita.",
    )
    assert has(facts, "Ruvu Brigade", "led_by", "Baraka Mwita")
    assert not has(facts, "Lindi Army", "led_by", "Baraka Mwita")


def test_a_party_militia_is_its_armed_wing(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Simba Brigade, the militia of the Liberal Party, fought in Dodoma. The Ruvu Party "
        "had a militia of its own, the Kiboko Force, by 1976. Alongside them stood the Tembo "
        "Brigade of Joseph Mrema's Democratic Party.",
    )
    assert has(facts, "Simba Brigade", "armed_wing_of", "Liberal Party")
    assert has(facts, "Kiboko Force", "armed_wing_of", "Ruvu Party")
    assert has(facts, "Tembo Brigade", "part_of", "Democratic Party")


def test_lettered_records_open_on_their_name_field(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "1.  TZe.002\n"
        "    Name: KILWA LIBERATION ARMY\n"
        "    A.k.a.: a) KLA  b) Jeshi la Ukombozi\n\n"
        "A.  Name: RUVU SALVATION FRONT\n"
        "    A.k.a.: a) RSF  b) Front du Salut de Ruvu\n"
        "    Founded: 1989\n\n"
        "B.  Name: WAPIGANAJI WA MSITU\n"
        "    A.k.a.: a) WWM  b) Forest Fighters\n",
    )
    assert has(facts, "RUVU SALVATION FRONT", "founded", "1989")
    assert has(facts, "WAPIGANAJI WA MSITU", "alias", "Forest Fighters")
    assert not any(s == "KILWA LIBERATION ARMY" and p == "founded" for s, p, _ in facts)
    assert not has(facts, "KILWA LIBERATION ARMY", "alias", "WWM")


def test_an_unnamed_subject_then_a_named_object_and_a_second_verb(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was founded in 1979. The hardline faction under Juma Kombo broke away "
        "from the Kilwa Front and was renamed the Kilwa Front (Independent) in 2012.",
    )
    assert not any(s == "Kilwa Front" and p == "alias" for s, p, _ in facts)


def test_groups_that_announce_a_common_platform_are_its_members(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 2015 the Kilwa Front (Kombo) [KF(K)], RUVU-I, LDF(S) and the TLO announced a common "
        "platform, the Tana Alliance.",
    )
    for member in ("Kilwa Front (Kombo)", "RUVU-I", "LDF(S)", "TLO"):
        assert has(facts, member, "member_of", "Tana Alliance")


def test_joining_partners_in_a_named_body(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In March 2017 the Kilwa Brigade joined the Ruvu Front, the Lindi Army and the Katiba "
        "Mtwara in the Tana Alliance. The Pemba Army joined the Mafia Front in Zanzibar.",
    )
    for member in ("Kilwa Brigade", "Ruvu Front", "Lindi Army", "Katiba Mtwara"):
        assert has(facts, member, "member_of", "Tana Alliance")
    assert not has(facts, "Kilwa Brigade", "member_of", "Ruvu Front")
    assert has(facts, "Pemba Army", "member_of", "Mafia Front")


def test_a_title_in_quotation_marks_is_still_a_title(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'The Ruvu Salvation Army was founded in 1994. Its "national emir" was Madani Kombo. The '
        "Kilwa Front was founded in 1996; its “commander” is Juma Mrema.",
    )
    assert has(facts, "Ruvu Salvation Army", "led_by", "Madani Kombo")
    assert has(facts, "Kilwa Front", "led_by", "Juma Mrema")


def test_two_groups_that_join_forces_are_allies(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In June 2003 the Kilwa Front and the Ruvu Army agreed in Dodoma to join forces. The "
        "Lindi Union and the Pemba Brigade joined forces in 2016 to create the Tana Front.",
    )
    assert has(facts, "Kilwa Front", "allied_with", "Ruvu Army")
    assert has(facts, "Lindi Union", "member_of", "Tana Front")
    assert not has(facts, "Lindi Union", "allied_with", "Pemba Brigade")


def test_unnamed_dissenters_break_away_from_the_group_in_hand(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Pemba Front was founded in 1968. Juma Kombo, one of its commanders, broke away in "
        "1990 to form the Independent Pemba Front. In 1993 rebels led by Ali Mrema broke away "
        "and formed the Pemba Renewal Movement.",
    )
    assert has(facts, "Independent Pemba Front", "split_from", "Pemba Front")
    assert has(facts, "Pemba Renewal Movement", "split_from", "Pemba Front")
    assert not has(facts, "Pemba Front", "led_by", "Ali Mrema")
    facts = found(
        extractor,
        "The Lindi Army was founded in 1970. In 2024 a faction led by Said Bakari broke away "
        "and now calls itself the Kilwa Bloc.",
    )
    assert has(facts, "Kilwa Bloc", "split_from", "Lindi Army")


def test_the_pieces_a_group_split_into_are_not_its_size(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1990 the Pemba Front split into two rival organisations, the Kilwa Front and the "
        "Ruvu Army. The Lindi Alliance, a coalition of three factions, was formed in 1992.",
    )
    assert not any(s == "Pemba Front" and p == "size" for s, p, _ in facts)
    assert has(facts, "Kilwa Front", "split_from", "Pemba Front")
    assert any(s == "Lindi Alliance" and p == "size" for s, p, _ in facts)


def test_a_described_plural_heading_and_the_front_lines_name_no_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tana Front was founded in 1990.\n\n"
        "ISLAMIST BATTALIONS\n\n"
        "On the front lines around Dodoma the army has also drawn on the Kilwa Brigade, an "
        "Islamist militia. Its commander, Ali Talha, has posted videos from the battlefield.",
    )
    assert has(facts, "Kilwa Brigade", "led_by", "Ali Talha")
    assert not any(
        s in ("ISLAMIST BATTALIONS", "Tana Front") and p == "led_by" for s, p, _ in facts
    )


def test_mergers_dated_or_described_as_a_product(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rovuma Union is the product of a 2017 merger between the Kilwa Front and the Ruvu "
        "Army. The Lindi Movement and the Pemba Front fused in 2019, creating the Tana Alliance.",
    )
    assert has(facts, "Kilwa Front", "merged_into", "Rovuma Union")
    assert has(facts, "Ruvu Army", "merged_into", "Rovuma Union")
    assert has(facts, "Lindi Movement", "merged_into", "Tana Alliance")
    assert has(facts, "Pemba Front", "merged_into", "Tana Alliance")


def test_a_fronted_named_after_phrase_describes_the_group_after_it(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Mtwara Battalion bears the name of Rashidi Kawawa. Named after the slain commander "
        "Omari Lulu, the Lulu Brigade was set up in 2012.",
    )
    assert has(facts, "Lulu Brigade", "named_after", "Omari Lulu")
    assert not has(facts, "Mtwara Battalion", "named_after", "Omari Lulu")


def test_labels_handfuls_and_the_capitalised_front(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The United Islamic Front of Tanga was formed in 1996. Ali Mrema was the Front's military "
        'commander. Officials referred to the Front as "terrorists" throughout 2001. Juma Kombo '
        "was killed in 2001 by two men posing as journalists, in an attack attributed to the "
        "Kilwa Army. The Kilwa Army has some 3,000 fighters.",
    )
    assert has(facts, "United Islamic Front of Tanga", "led_by", "Ali Mrema")
    assert not any(s == "Front" for s, _, _ in facts)
    assert not any(p == "alias" and "terrorists" in str(o) for _, p, o in facts)
    sizes = [o for s, p, o in facts if s == "Kilwa Army" and p == "size"]
    assert len(sizes) == 1 and "3000" in str(sizes[0])


def test_report_paragraph_numbers_are_no_part_of_a_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "SECURITY SITUATION\n\n"
        "3.5 The Kilwa Front was founded in 1979 and is led by Juma Kombo.\n\n"
        "A1. NATIONAL LIBERATION ARMY (NLA)\n\n"
        "A1.1 Formed in early 2001 and led by Ali Mrema.\n",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    assert has(facts, "NATIONAL LIBERATION ARMY", "led_by", "Ali Mrema")
    assert not any(s[:1].isdigit() or s.startswith("A1") for s, _, _ in facts)


def test_a_numbered_table_row_and_the_short_form_in_its_name_cell(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "| # | Group | Area | Strength |\n"
        "|---|---|---|---|\n"
        "| 1 | Kilwa Liberation Front (KLF) | Kilwa | 2,000 |\n"
        "| 2 | Ruvu Democratic Movement (RDM) | Ruvu | unknown |\n",
    )
    assert has(facts, "Kilwa Liberation Front", "alias", "KLF")
    assert has(facts, "Kilwa Liberation Front", "operates_in", "Kilwa")
    assert has(facts, "Ruvu Democratic Movement", "alias", "RDM")


def test_a_body_announced_by_groups_has_them_as_members(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tana Front was announced in Dodoma on 5 November 2021 by nine groups, including the "
        "Kilwa Front and the Ruvu Army. The ceasefire was announced in Lindi by the Pemba Army.",
    )
    assert has(facts, "Kilwa Front", "member_of", "Tana Front")
    assert has(facts, "Ruvu Army", "member_of", "Tana Front")
    assert not any(s == "Pemba Army" and p == "member_of" for s, p, _ in facts)


def test_people_spoken_of_in_the_plural_are_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was formed in 1990. Supporters often date its armed struggle to an "
        "attack in Lindi in July 1965. Critics say it is active in Kilosa.",
    )
    assert not any(s in ("Supporters", "Critics") for s, _, _ in facts)
    assert has(facts, "Kilwa Front", "operates_in", "Lindi")


def test_a_group_named_after_anti_or_pro_is_no_subject(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Since 2024 the Kilwa Front has clashed with the Popular Forces, an anti-Kilwa Front "
        "militia led by Yasser Juma in the Lindi area.",
    )
    assert has(facts, "Popular Forces", "led_by", "Yasser Juma")
    assert not has(facts, "Kilwa Front", "led_by", "Yasser Juma")


def test_joining_a_fight_or_the_men_of_a_group_is_no_membership(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "On 13 June 2014 the Kilwa Battalion joined National Guard units in retaking Lindi. In "
        "2015 the Pemba Brigade joined the Ruvu Army in attacking Mtwara. Some Tana Front "
        "fighters are reported to have crossed into Lindi and joined the Rovuma Army. In 2016 "
        "the Mafia Front joined the Ruvu Army.",
    )
    memberships = {(s, o) for s, p, o in facts if p in ("member_of", "part_of")}
    assert memberships == {("Mafia Front", "Ruvu Army")}


def test_a_government_formed_then_is_no_founding_of_the_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front took part in the transitional government formed after the fall of the "
        "regime in 1991, but withdrew in 1992. The Lindi Corps is a formation of the Tanzanian "
        "defence ministry set up in late 2023.",
    )
    assert not any(s == "Kilwa Front" and p == "founded" for s, p, _ in facts)
    assert any(s == "Lindi Corps" and p == "founded" for s, p, _ in facts)


def test_a_group_defeated_or_driven_out_by_another_is_its_rival(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was driven out of Lindi by the Ruvu Army in 2013. The Pemba Brigade "
        "was defeated by the Mafia Front. The Tana Army was backed by the Lindi Movement.",
    )
    assert has(facts, "Kilwa Front", "rival_of", "Ruvu Army")
    assert has(facts, "Pemba Brigade", "rival_of", "Mafia Front")
    assert not has(facts, "Tana Army", "rival_of", "Lindi Movement")


def test_formerly_known_as_field_and_empty_values(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "1.  TZe.004\n"
        "    Name: KILWA LIBERATION ARMY\n"
        "    F.k.a.: a) Kilwa Salafist Group  b) KSG\n\n"
        "2.  TZe.005\n"
        "    Name: RUVU ARMED GROUP\n"
        "    F.k.a.: na\n",
    )
    assert has(facts, "KILWA LIBERATION ARMY", "alias", "Kilwa Salafist Group")
    assert has(facts, "KILWA LIBERATION ARMY", "alias", "KSG")
    assert not any(p == "alias" and dict(o).get("text") == "na" for _, p, o in facts)


def test_an_armed_wing_that_is_known_as_a_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front runs a parallel government from Lindi, and its armed wing is known as "
        "the Kilwa Army. The Ruvu Party's military wing is called the Ruvu Brigades.",
    )
    assert has(facts, "Kilwa Army", "armed_wing_of", "Kilwa Front")
    assert has(facts, "Ruvu Brigades", "armed_wing_of", "Ruvu Party")


def test_a_named_faction_of_a_group(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Kombo faction of the Kilwa Front is based in Lindi.")
    assert has(facts, "Kombo faction", "member_of", "Kilwa Front")
    assert has(facts, "Kombo faction", "operates_in", "Lindi")
    assert not has(facts, "Kilwa Front", "operates_in", "Lindi")


def test_a_pipe_table_without_outer_pipes_under_a_rule_line(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Sl. | Organisation | Abbreviation | Year formed | Leader | Area of activity\n"
        "----|------|------|------|------|------\n"
        "1 | Kilwa Liberation Front | KLF | 1979 | Juma Kombo | Lindi\n"
        "2 | Ruvu Democratic Front | RDF | 1986 | Ali Mrema | Mtwara\n",
    )
    assert has(facts, "Kilwa Liberation Front", "led_by", "Juma Kombo")
    assert has(facts, "Kilwa Liberation Front", "operates_in", "Lindi")
    assert has(facts, "Ruvu Democratic Front", "led_by", "Ali Mrema")


def test_an_aside_naming_a_unit_places_the_unit_not_its_parent(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Mgeni Battalion, a unit of the Kilwa Front formed in 2019 in Lindi, has about "
        "300 fighters.",
    )
    assert has(facts, "Mgeni Battalion", "operates_in", "Lindi")
    assert not has(facts, "Kilwa Front", "operates_in", "Lindi")


def test_places_listed_with_the_preposition_repeated(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front is active in Lindi, in Mtwara and in the hills of Ruvuma. Its "
        "strongholds lie in Tanga, including the coastal Pangani valley, and in Morogoro.",
    )
    for place in ("Lindi", "Mtwara", "Ruvuma", "Tanga", "Pangani", "Morogoro"):
        assert has(facts, "Kilwa Front", "operates_in", place)


def test_a_dataset_actor_record_opens_on_its_actor_name_field(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Tanzania Conflict Actors List (TCAL) | Codebook | Downloads | Contact\n\n"
        "Actor ID:            TZA-NSA-004\n"
        "Actor name:          Kilwa Liberation Army\n"
        "Acronym:             KLA\n"
        "Leaders:             Juma Kombo (1995-2015); Ali Mrema (2015-present)\n"
        "Areas of operation:  Lindi and Mtwara districts\n\n"
        "Actor ID:            TZA-NSA-002\n"
        "Actor name:          Ruvu People's Front\n"
        "Leaders:             Hamisi Omari (to 1993)\n",
    )
    assert has(facts, "Kilwa Liberation Army", "alias", "KLA")
    assert has(facts, "Kilwa Liberation Army", "led_by", "Ali Mrema")
    assert has(facts, "Kilwa Liberation Army", "operates_in", "Lindi")
    assert has(facts, "Ruvu People's Front", "led_by", "Hamisi Omari")
    assert not has(facts, "Tanzania Conflict Actors List", "led_by", "Juma Kombo")


def test_an_alias_field_keeps_brackets_whole_and_drops_coders_words(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Name: Ruvu Islamic Army\n"
        "Alternative names: RIA; Mgeni Front (MF); RIA-Lindi (U.S. designation, 2021); "
        "RIA (Lindi)\n\n"
        "Name: Kilwa Unity Front\n"
        "Alternative names: none recorded\n",
    )
    for name in ("RIA", "Mgeni Front", "MF", "RIA-Lindi", "RIA (Lindi)"):
        assert has(facts, "Ruvu Islamic Army", "alias", name)
    said = {dict(o).get("text") for s, p, o in facts if p == "alias"}
    assert not said & {"U.S. designation", "2021", "2021)", "Lindi", "none recorded"}


def test_a_person_who_has_been_chairman_of_a_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Juma Kombo has been chairman of the Kilwa Front since 1998. Ali Mrema was the "
        "commander of the Ruvu Brigade until 2004.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    assert has(facts, "Ruvu Brigade", "led_by", "Ali Mrema")


def test_a_capitalised_noun_calls_back_the_group_whose_name_it_ends(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa National Front was founded in 1984 in Lindi.\n\n"
        "Admiral Juma Kombo (Amiri Juma Kombo) has been chairman of the Front since 1998. "
        "The Front populaire de Mtwara is another matter.",
    )
    assert has(facts, "Kilwa National Front", "led_by", "Admiral Juma Kombo")


def test_a_group_that_reached_a_place_or_attacked_a_camp_at_it(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In April 2007 Kilwa Front fighters attacked the oil exploration camp at Mgeni, near "
        "Lindi. On 24 May 1991 the Ruvu Army reached Dodoma. After the mutiny several "
        "thousand Kilwa Front fighters moved to camps in Zambia. The Ruvu Army reached an "
        "agreement with Tanzania's government in 1995.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Mgeni")
    assert has(facts, "Ruvu Army", "operates_in", "Dodoma")
    assert has(facts, "Kilwa Front", "operates_in", "Zambia")
    assert not has(facts, "Ruvu Army", "operates_in", "Tanzania")


def test_an_aside_saying_a_group_was_formed_under_a_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Alliance was formed in 2012. Its core members were:\n\n"
        "-- the Convention patriotique du salut du Lindi (CPSL, Patriotic Convention for the "
        "Salvation of Lindi), a small group formed in 2012 under Ali Hamisi MREMA.\n",
    )
    assert has(facts, "Convention patriotique du salut du Lindi", "led_by", "Ali Hamisi MREMA")
    assert not has(facts, "Kilwa Alliance", "led_by", "Ali Hamisi MREMA")


def test_a_field_value_that_runs_on_under_its_own_column(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Actor name:          Kilwa Liberation Army\n"
        "Countries:           Tanzania; Mozambique\n"
        "Areas of operation:  Lindi hills, southern Tanzania (1996-2001);\n"
        "                     Tunduru district, Ruvuma (2000s-present); Masasi and\n"
        "                     Nachingwea districts (2019-present)\n"
        "Ideology:            Islamist\n",
    )
    for place in ("Mozambique", "Tunduru", "Ruvuma", "Masasi", "Nachingwea"):
        assert has(facts, "Kilwa Liberation Army", "operates_in", place)
    assert has(facts, "Kilwa Liberation Army", "ideology", "Islamist")


def test_a_rival_named_in_apposition_after_the_fight(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Throughout, the Kilwa Army fought a smaller Ruvu-aligned rival, the Mgeni Militia, "
        "which later collapsed.",
    )
    assert has(facts, "Kilwa Army", "rival_of", "Mgeni Militia")
    assert not any(p == "rival_of" and "Ruvu" in str(o) for _, p, o in facts)


def test_a_leader_named_after_the_last_group_of_a_list(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The alliance's members were the Kilwa Front, the Ruvu Party and the small Tanga "
        "Movement, led by Juma Kombo.",
    )
    assert has(facts, "Tanga Movement", "led_by", "Juma Kombo")
    assert not has(facts, "Kilwa Front", "led_by", "Juma Kombo")


def test_a_native_name_glossed_by_an_english_name_in_brackets(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Youth Front drew its cadres from the Pahari Chhatra Sangh (Hill Students' "
        "Council). The Ruvu Council, in Swahili Baraza la Ruvu Huru (Ruvu Free Council), met "
        "in Lindi. Its Secretary General (Kilwa Front) spoke.",
    )
    assert has(facts, "Hill Students' Council", "alias", "Pahari Chhatra Sangh")
    assert has(facts, "Ruvu Free Council", "alias", "Baraza la Ruvu Huru")
    said = {dict(o).get("text") for s, p, o in facts if p == "alias"}
    assert "Secretary General" not in said


def test_a_group_launched_or_announced_as_a_new_organisation(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "At Dodoma in October 1991 the two movements launched a Patriotic Front with dozens of "
        "smaller organisations. In July 2015 he announced a new organisation, the Mgeni "
        "Brigades, which aligned itself with the Kilwa Front. In March 2002 the Ruvu Army "
        "launched Operation Iron Fist against those bases.",
    )
    assert has(facts, "Patriotic Front", "founded", "1991-10")
    assert has(facts, "Mgeni Brigades", "founded", "2015-07")
    assert not any(s == "Ruvu Army" and p == "founded" for s, p, _ in facts)


def test_a_group_described_as_a_part_of_another_that_emerged(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The People's Anti-Fascist Front (PAFF) is a proxy outfit of the Kilwa Army that "
        "emerged in 2019.",
    )
    assert has(facts, "People's Anti-Fascist Front", "founded", "2019")
    assert not any(s == "Kilwa Army" and p == "founded" for s, p, _ in facts)


def test_a_handful_of_members_acting_is_no_membership_count(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was founded in 1971. On 30 May 1972 three Kilwa Front members, Ali "
        "Juma, Hamisi Omari and Salim Badi, opened fire in the terminal at Lindi. Five Kilwa "
        "Front members broke into a lodge near Mtwara. The Ruvu Cell had seven members.",
    )
    assert not any(s == "Kilwa Front" and p == "size" for s, p, _ in facts)
    assert has(facts, "Ruvu Cell", "size", 7)


def test_a_slides_shorthand_of_arrows_and_abbreviations(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Slide 4 / 22\n"
        "From club to national movement\n"
        "  • 1959: Kilwa People's Organization (KPO) set up in Lindi\n"
        "      → president: Juma Kombo\n"
        "  • Ruvu National Union (RNU), est. 1959\n"
        "      → support among students\n",
    )
    assert has(facts, "Kilwa People's Organization", "led_by", "Juma Kombo")
    assert has(facts, "Ruvu National Union", "founded", "1959")


def test_a_group_that_acted_or_operated_principally_somewhere(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front, which appeared in 1974, operated principally in Tanzania, above all "
        "in Lindi and Mtwara. The Ruvu Army acted principally in Zanzibar. Ali Mrema, the "
        "maximum leader of the Mgeni Front, was arrested.",
    )
    for place in ("Tanzania", "Lindi", "Mtwara"):
        assert has(facts, "Kilwa Front", "operates_in", place)
    assert has(facts, "Ruvu Army", "operates_in", "Zanzibar")
    assert has(facts, "Mgeni Front", "led_by", "Ali Mrema")


def test_a_founding_dated_by_reference_works_and_a_one_word_romanised_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The root is the Kilwa Army Faction (Kilwa-ha, 赤軍派). The group she built became the "
        "Mgeni Red Army (MRA). Reference works usually date the MRA to 1971.",
    )
    assert has(facts, "Kilwa Army Faction", "alias", "Kilwa-ha")
    assert any(p == "founded" and dict(o).get("date") == "1971" for _, p, o in facts)


def test_an_armed_wing_field_names_the_wing_of_the_entry(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Ruvu Party\nFounded: 1980\nArmed wing: Ruvu Defence Brigades\nLeader: Ali Mrema\n",
    )
    assert has(facts, "Ruvu Defence Brigades", "armed_wing_of", "Ruvu Party")


def test_a_leader_named_before_a_byname_or_a_dashed_aside(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'On 20 July, Juma Salim Kombo, alias "Fito", the head of Los Kilwas, was extradited. '
        "In exile, Ali Mrema - who had been president for 68 days in 1979 - headed a separate "
        "group, the Ruvu Freedom Fighters (RFF).",
    )
    assert has(facts, "Los Kilwas", "led_by", "Juma Salim Kombo")
    assert has(facts, "Ruvu Freedom Fighters", "led_by", "Ali Mrema")


def test_a_leader_given_with_his_own_party_as_chairman(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1993 its parties came together as the United Kilwa Opposition (UKO), with Said Juma "
        "Nuri (Саид Нури) of the KRP as chairman and Ali Turo as his first deputy.",
    )
    assert has(facts, "United Kilwa Opposition", "led_by", "Said Juma Nuri")


def test_a_faction_led_by_a_person_that_calls_itself_a_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In April 2024 the Kilwa Front itself split: a faction led by Juma Kombo, alias "
        "Calarca, broke away and now calls itself the Ruvu Bloc Command (RBC). In 2015 a "
        "coalition led by Ali Mrema entered Lindi.",
    )
    assert has(facts, "Ruvu Bloc Command", "led_by", "Juma Kombo")
    assert not has(facts, "Kilwa Front", "led_by", "Juma Kombo")


def test_two_groups_acting_jointly_are_allies(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In November 1975 the Kilwa Front and the Ruvu Army, briefly allied, proclaimed a rival "
        "government in Lindi. In 2021 the Tanga Defence Force and the Mgeni Army began joint "
        "operations against the Pemba Front. In January 1985 the Lindi Brigades and the Moshi "
        "Cell published a joint communiqué.",
    )
    assert has(facts, "Kilwa Front", "allied_with", "Ruvu Army")
    assert has(facts, "Tanga Defence Force", "allied_with", "Mgeni Army")
    assert has(facts, "Lindi Brigades", "allied_with", "Moshi Cell")


def test_allegiance_declared_a_political_voice_and_those_aligned(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In March 2017 the Lindi Front joined the Ruvu Front, which declared its allegiance to "
        "the Mgeni Army's leadership. The Progressive Kilwa Party has long acted as the Tanga "
        "Volunteer Force's political voice. Those aligned with the Kilwa Front include the "
        "Hakha Force and the Falam Guards.",
    )
    assert has(facts, "Ruvu Front", "affiliated_with", "Mgeni Army")
    assert has(facts, "Progressive Kilwa Party", "affiliated_with", "Tanga Volunteer Force")
    assert has(facts, "Hakha Force", "affiliated_with", "Kilwa Front")
    assert not has(facts, "Hakha Force", "member_of", "Kilwa Front")


def test_two_groups_set_against_each_other_with_vs(extractor: RulesExtractor) -> None:
    facts = found(extractor, "  • The Kilwa Front vs the Ruvu Army → competed for UN petitions\n")
    assert has(facts, "Kilwa Front", "rival_of", "Ruvu Army")


def test_a_group_led_by_a_person_that_formed_a_named_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1969 a militant group led by Juma Kombo formed the Kilwa Army Faction inside the "
        "Ruvu League.",
    )
    assert has(facts, "Kilwa Army Faction", "led_by", "Juma Kombo")
    assert not has(facts, "Ruvu League", "led_by", "Juma Kombo")


def test_an_unnamed_group_that_entered_a_place_places_no_named_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was founded in 1969 in Mtwara.\n\n"
        "In 2015 a coalition led by Ali Mrema entered Lindi.\n\n"
        "RUVU WARRIORS: A militia that fights in Tunduru district.\n",
    )
    assert not has(facts, "Kilwa Front", "operates_in", "Lindi")
    assert has(facts, "RUVU WARRIORS", "operates_in", "Tunduru")


def test_a_decree_dissolving_a_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "On 13 September 2013 President Juma Kombo signed a decree dissolving the Kilwa "
        "Alliance, the coalition he led into Lindi.",
    )
    assert has(facts, "Kilwa Alliance", "dissolved", "2013-09-13")


def test_the_coalition_he_led_named_in_apposition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "On 13 September 2013 President Juma Kombo signed a decree dissolving the Kilwa "
        "Alliance, the rebel coalition he led into Lindi.",
    )
    assert has(facts, "Kilwa Alliance", "led_by", "Juma Kombo")


def test_places_listed_after_a_colon_with_their_local_spellings(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "From then until 2018 the Kilwa Army fought in the Lindi zones: around Mgeni (Mgenii), "
        "Ruvu Dahar (Ruvudahar) and Moshi. The Ruvu Front is active in Lindi: Juma Kombo "
        "said so.",
    )
    for place in ("Mgeni", "Ruvu Dahar", "Moshi"):
        assert has(facts, "Kilwa Army", "operates_in", place)
    assert not has(facts, "Ruvu Front", "operates_in", "Juma Kombo")


def test_a_machine_translations_more_known_like(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Juma Kombo was the maximum leader of the Kilwa Popular Army (KPA), more known like "
        "Los Kilwas.",
    )
    assert has(facts, "Kilwa Popular Army", "alias", "Los Kilwas")


def test_a_group_that_came_under_a_person(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "What was left of the Kilwa Front came under Juma Kombo. The Ruvu Army came under "
        "fire near Lindi.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    assert not any(s == "Ruvu Army" and p == "led_by" for s, p, _ in facts)


def test_a_group_that_set_up_a_camp_somewhere(extractor: RulesExtractor) -> None:
    facts = found(extractor, "In 1965 the Kilwa Army set up a training camp at Kongwa, Tanzania.")
    assert has(facts, "Kilwa Army", "operates_in", "Kongwa")


def test_a_group_named_as_a_persons_group_in_apposition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Her contacts were with the Kilwa Popular Front (KPF), Juma Kombo's group, and with its "
        "external operations. The Ruvu Front is Ali Mrema's movement.",
    )
    assert has(facts, "Kilwa Popular Front", "led_by", "Juma Kombo")
    assert has(facts, "Ruvu Front", "led_by", "Ali Mrema")


def test_a_group_founded_among_people_in_a_place(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "  • 1957: Kilwa People's Congress (KPC), founded among contract workers in Dodoma\n",
    )
    assert has(facts, "Kilwa People's Congress", "operates_in", "Dodoma")


def test_a_transcripts_wrapped_answer_is_one_paragraph(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "HH: Tell us about the southern front.\n\n"
        "ABDIKARIM: From then until 2018 the Kilwa Liberation Army fought around Mgeni\n"
        "and Tanga, and its fighters attacked the police post at Moshi in 2007.\n",
    )
    assert has(facts, "Kilwa Liberation Army", "operates_in", "Tanga")


def test_a_decade_before_a_call_back_is_no_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa National Front was founded in 1984.\n\n"
        "In the early 1990s the Front was led by Juma Kombo.\n",
    )
    assert not any("1990s" in s for s, _, _ in facts)
    assert has(facts, "Kilwa National Front", "led_by", "Juma Kombo")


def test_denying_a_tie_to_another_group_keeps_the_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Delegates met in Lindi in January 2025.19 The Ruvuma Front, which Hamisi Mbwana "
        "heads, has denied any link to the Mtwara Brigade.\n\n"
        "The Kilwa Army is allied with the Pemba Guard, but it has denied any links with it.\n",
    )
    assert has(facts, "Ruvuma Front", "led_by", "Hamisi Mbwana")
    assert not any("19" in s for s, _, _ in facts)
    assert not has(facts, "Kilwa Army", "allied_with", "Pemba Guard")


def test_a_general_secretary_leads_the_party(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tanga People's Army (TPA), founded in 1964 with Ali Msuya as its first "
        "General Secretary, is the oldest of the coastal groups.\n",
    )
    assert has(facts, "Tanga People's Army", "led_by", "Ali Msuya")


def test_an_apposition_naming_a_place_and_a_head_noun_describes(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Mkoani Guard, the Pemba militia commanded by Juma Hamisi, raided the port.\n\n"
        "In Lindi, the Mtama militia is led by Ali Said.\n",
    )
    assert has(facts, "Mkoani Guard", "led_by", "Juma Hamisi")
    assert not any(s == "Pemba militia" for s, _, _ in facts)
    assert has(facts, "Mtama militia", "led_by", "Ali Said")


def test_a_lettered_items_hanging_lines_are_one_sentence(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "That the Assembly—\n"
        "(a) notes that the Kilwa Coast Liberation Movement\n"
        "    (KCLM) operates in Lindi and along the Mtwara\n"
        "    road; and\n"
        "(b) notes that the Ruvu Front was formed in 1994.\n",
    )
    assert has(facts, "Kilwa Coast Liberation Movement", "alias", "KCLM")
    assert has(facts, "Kilwa Coast Liberation Movement", "operates_in", "Lindi")
    assert has(facts, "Ruvu Front", "founded", "1994")


def test_a_heading_on_armed_groups_in_a_place_names_no_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "ARMED GROUPS IN KILWA\n\n(a) the armed organisations active in the State of Kilwa;\n",
    )
    assert not any("GROUPS" in s for s, _, _ in facts)


def test_a_name_in_apposition_to_its_kind_is_a_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was formed in 1980.\n\n"
        "Their first clandestine group, Moto, was formed in 1962.\n\n"
        "In 1971 Juma Kombo founded a new underground, Upanga.\n",
    )
    assert has(facts, "Moto", "founded", "1962")
    assert not has(facts, "Kilwa Front", "founded", "1962")
    assert any(s == "Upanga" for s, _, _ in facts)


def test_two_guessed_years_give_their_span(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front appeared in 1955 or 1956.\n\nThe Ruvu Army was formed in 1960 or 1970.\n",
    )
    founded = {t for s, p, t in facts if p == "founded"}
    assert (("earliest", "1955"), ("latest", "1956")) in founded
    assert has(facts, "Ruvu Army", "founded", "1960")


def test_a_bracketed_label_over_a_wrapped_paragraph(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "[Panel 4.2]\n"
        "Fishermen on the coast saw the new port as a threat to their living, and\n"
        "in the villages south of the harbour their first armed group, Moto\n"
        '("Fire"), was formed in 1962 and raided the harbour at Lindi twice.\n',
    )
    assert has(facts, "Moto", "alias", "Fire")


def test_a_group_dated_to_a_year_and_a_person_sent_to_command_it(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Ruvu Front is usually dated to 1958, the year it spread.\n\n"
        "In 1964 Ali Mrema returned to command the new Kilwa National Guard.\n\n"
        "In 1980 Juma Kombo was appointed to head the Ruvu Army.\n",
    )
    assert has(facts, "Ruvu Front", "founded", "1958")
    assert has(facts, "Kilwa National Guard", "led_by", "Ali Mrema")
    assert has(facts, "Ruvu Army", "led_by", "Juma Kombo")


def test_an_acronym_spelled_out_in_another_language(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Leaflets were signed by KUMA (Kikosi cha Ukombozi wa Mtwara Asilia).\n\n"
        "Its rival signed as JUWA — Jeshi la Umoja wa Wananchi Asilia, the People's Army.\n\n"
        "The KF - Kilwa Front was formed in 1980.\n",
    )
    assert has(facts, "KUMA", "alias", "Kikosi cha Ukombozi wa Mtwara Asilia") or has(
        facts, "Kikosi cha Ukombozi wa Mtwara Asilia", "alias", "KUMA"
    )
    assert has(facts, "JUWA", "alias", "Jeshi la Umoja wa Wananchi Asilia")
    assert not any(p == "alias" and "formed" in str(t) for _, p, t in facts)


def test_the_leader_named_after_of_in_a_noun_phrase(extractor: RulesExtractor) -> None:
    for text in (
        "It noted the surrender in 2003 of Juma Kombo, the leader of the Kilwa Front.\n",
        "It noted the surrender at Mbiti of Juma Kombo, the leader of the Kilwa Front.\n",
        "It noted the surrender, at Mbiti on the coast of Lindi, of Juma Kombo, the leader "
        "of the Kilwa Front.\n",
    ):
        facts = found(extractor, text)
        assert has(facts, "Kilwa Front", "led_by", "Juma Kombo"), text
        assert not any(p == "led_by" and t in ("Lindi", "Mbiti") for _, p, t in facts)


def test_the_fighters_of_a_place_named_elsewhere_are_no_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The fighting began on Mafia late in 1998.\n\n"
        "The Kilwa Front held Lindi; the Ruvu Army held most of the rest of Mafia; and the two "
        "fought each other along the coast road.\n\n"
        "Two leaders of the Mafia fighters rejected the agreement.\n",
    )
    assert has(facts, "Ruvu Army", "operates_in", "Mafia")
    assert has(facts, "Kilwa Front", "rival_of", "Ruvu Army") or has(
        facts, "Ruvu Army", "rival_of", "Kilwa Front"
    )
    assert not any(t == "Mafia" for _, p, t in facts if p == "rival_of")


def test_a_rule_over_a_wrapped_paragraph_and_a_headline_in_capitals(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "──────────────────\n"
        "[Wed 2 Oct · 14:05 UTC]\n"
        "📌 ON THIS DAY (2003) — Juma Kombo, founder and leader of the North\n"
        "Kilwa Liberation Front (NKLF), was killed when the army raided a camp\n"
        "in the hills near Lindi; officials confirmed his identity later that\n"
        "year. After his death the group was headed by Ali Mrema.\n",
    )
    assert has(facts, "North Kilwa Liberation Front", "alias", "NKLF")
    assert any(
        has(facts, name, "led_by", "Ali Mrema") for name in ("North Kilwa Liberation Front", "NKLF")
    )
    assert not any(s == "DAY" for s, _, _ in facts)


def test_a_year_and_a_noun_in_brackets_describe(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front (1998 coalition) and the Ruvu Army (RA) signed the pact in Lindi.\n",
    )
    assert not any(p == "alias" and "coalition" in str(t) for _, p, t in facts)
    assert has(facts, "Ruvu Army", "alias", "RA")


def test_a_person_described_by_others_as_a_groups_leader(extractor: RulesExtractor) -> None:
    for text in (
        "Police killed Juma Kombo, described by the government as the Kilwa Front's leader, "
        "in 2022.\n",
        "Police killed Juma Kombo, identified by the army as the commander of the Kilwa Front, "
        "in 2022.\n",
    ):
        assert has(found(extractor, text), "Kilwa Front", "led_by", "Juma Kombo"), text


def test_gunmen_who_raided_a_bank_in_a_town(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Kilwa Front gunmen raided a bank in Ruangwa last April.\n")
    assert has(facts, "Kilwa Front", "operates_in", "Ruangwa")


def test_fighting_that_continued_between_two_groups_and_a_battle_with_one(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Fighting has nonetheless continued between the Ruvu Army and the Kilwa Front.\n\n"
        "In 2021 the Lindi Brigade fought a weeks-long battle with the Mtwara Guard.\n",
    )
    for a, b in (("Ruvu Army", "Kilwa Front"), ("Lindi Brigade", "Mtwara Guard")):
        assert has(facts, a, "rival_of", b) or has(facts, b, "rival_of", a)


def test_a_named_unit_after_its_owners_possessive(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The cell was set up by the Kilwa Front's intelligence agency, Upelelezi, in 2002.\n\n"
        "The Ruvu Army's youth wing, Vijana, was founded in 1990.\n",
    )
    assert has(facts, "Upelelezi", "part_of", "Kilwa Front")
    assert has(facts, "Vijana", "part_of", "Ruvu Army")


def test_an_aside_that_holds_a_bracket_is_still_an_aside(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Mtama Guards (MG), the armed wing of the Kilwa Union (Umoja wa Kilwa), fought "
        "alongside the Ruvu Army near Lindi.\n\n"
        "The Pemba Army (PA), the armed wing of the Pemba Union (PU), which was founded in "
        "1957, is active in the north.\n",
    )
    assert has(facts, "Mtama Guards", "allied_with", "Ruvu Army")
    assert not has(facts, "Kilwa Union", "allied_with", "Ruvu Army")
    assert has(facts, "Pemba Union", "founded", "1957")


def test_more_ways_to_name_a_leader(extractor: RulesExtractor) -> None:
    intro = "The Kilwa Front (KF) was formed in 1980.\n\n"
    for sentence, group, person in (
        ("Juma Kombo, founder and leader of the Kilwa Front, was killed in 2003.", "Kilwa Front",
         "Juma Kombo"),
        ("Ali Mrema was expelled in 2019 and later floated his own Kilwa Front (Mrema).",
         "Kilwa Front (Mrema)", "Ali Mrema"),
        ("A dissident wing known as the Ruvu Pure Front formed around Juma Kombo.",
         "Ruvu Pure Front", "Juma Kombo"),
        ("- Ali Mrema later served as KF chairman.", "Kilwa Front", "Ali Mrema"),
    ):  # fmt: skip
        facts = found(extractor, intro + sentence + "\n")
        assert has(facts, group, "led_by", person) or has(facts, "KF", "led_by", person), sentence


def test_a_person_who_leads_a_group_of_his_own(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Ali Mrema has since broken with Kombo and now leads a small group of his own, the "
        "Kilwa Democratic Front.\n",
    )
    assert has(facts, "Kilwa Democratic Front", "led_by", "Ali Mrema")


def test_working_alongside_another_group_is_an_aside(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Defence Force (KDF), working alongside the Ruvu People's Army (RPA), "
        "retook Lindi in August.\n",
    )
    assert has(facts, "Kilwa Defence Force", "operates_in", "Lindi")
    assert not has(facts, "Ruvu People's Army", "operates_in", "Lindi")


def test_a_label_for_a_kind_of_group_names_none(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Lindi Unit was founded in 2011.\n\nTHE PARENT GROUP\n\n"
        "The Kilwa Front, whose full name is Harakat Kilwa, emerged in 2006.\n\n"
        "It has been led since 2014 by Juma Kombo.\n",
    )
    assert not any("PARENT" in s for s, _, _ in facts)
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")


def test_a_broadcast_transcripts_cues_name_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "REPORTER: The Kilwa Front was formed in 1988.\n\n"
        "GRAB: WOMAN IN LINDI: He started something that we all had to finish.\n\n"
        "REPORTER: Its military commander was Juma Kombo. The news reached Lindi late on "
        "Sunday.\n",
    )
    assert not any(s in ("GRAB", "REPORTER", "WOMAN IN LINDI") for s, _, _ in facts)
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    assert not has(facts, "Kilwa Front", "operates_in", "Lindi")


def test_a_group_had_created_another_at_a_congress(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "The Kilwa Party had created the Kilwa Army at its fifth congress, in 1970.\n"
    )
    assert has(facts, "Kilwa Army", "founded", "1970")
    assert not has(facts, "Kilwa Party", "founded", "1970")


def test_a_rank_before_the_leaders_name_is_no_gap(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front (KF) was formed in 1980.\n\n"
        "The KF commander, Brigadier General Juma Kombo, refused to go along with it.\n",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo") or has(
        facts, "KF", "led_by", "Juma Kombo"
    )


def test_groups_that_came_together_in_a_new_body_which_elected_a_president(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 1999 the Kilwa Front and the Ruvu Army came together with chiefs and elders in a "
        "new body, the Kilwa People's Congress, which elected Mr Ali Mrema its president.\n",
    )
    assert has(facts, "Kilwa People's Congress", "founded", "1999")
    assert has(facts, "Kilwa People's Congress", "led_by", "Ali Mrema")
    assert not has(facts, "Ruvu Army", "founded", "1999")


def test_a_persons_name_at_birth_in_brackets(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "His flight left the leadership to the young Juma Kombo (born Ali Hamisi Said in "
        "Kilwa, Lindi, in 1924).\n\nThe Kilwa Front (born in 1980 as a student group) grew.\n",
    )
    assert has(facts, "Juma Kombo", "alias", "Ali Hamisi Said")
    assert not any(p == "alias" for s, p, _ in facts if s == "Kilwa Front")


def test_a_group_founded_under_a_leader_in_an_aside(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Communist Party (KCP) was founded in 1930.\n\n"
        "The KPA, founded in 1949 under Juma Kombo, allied with the Ruvu Union.\n",
    )
    assert has(facts, "KPA", "led_by", "Juma Kombo")
    assert not has(facts, "Kilwa Communist Party", "led_by", "Juma Kombo")


def test_scouts_and_rangers_name_units(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Scouts, raised in 1950 by Colonel Ali Mrema, were disbanded in 1960.\n\n"
        "The Lindi Rangers were formed in 1971.\n",
    )
    assert has(facts, "Kilwa Scouts", "founded", "1950")
    assert has(facts, "Lindi Rangers", "founded", "1971")


def test_a_second_bracket_after_the_acronym(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Popular Front for the Liberation of Kilwa (PFLK) (الجبهة الشعبية لتحرير كيلوا)\n",
    )
    assert has(facts, "Popular Front for the Liberation of Kilwa", "alias", "PFLK")
    assert has(
        facts, "Popular Front for the Liberation of Kilwa", "alias", "الجبهة الشعبية لتحرير كيلوا"
    )


def test_another_groups_splinter(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Its rivals include the Old Guard Front (Walinzi wa Zamani), another Ruvu Army splinter.\n",
    )
    assert has(facts, "Old Guard Front", "split_from", "Ruvu Army")


def test_close_to_and_a_political_front_of(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Outside the camp, the Ruvu Front, a small faction that is close to the Kilwa Army, is "
        "led by Ali Mrema.\n\nThe Lindi Union acted as the political front of the Mtwara "
        "Front.\n\nThe village is close to the Kilwa border.\n",
    )
    assert has(facts, "Ruvu Front", "affiliated_with", "Kilwa Army")
    assert has(facts, "Ruvu Front", "led_by", "Ali Mrema")
    assert has(facts, "Lindi Union", "affiliated_with", "Mtwara Front")
    assert not has(facts, "Mtwara Front", "member_of", "Lindi Union")


def test_a_language_then_a_comma_in_brackets_and_dense_forests(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The so-called Forty Group (in Swahili, Kundi la Arobaini) was formed in 1940.\n\n"
        "The Kilwa Land Army was formed in 1950. Its two main bases were the dense forests "
        "of the Rondo range.\n",
    )
    assert has(facts, "Forty Group", "alias", "Kundi la Arobaini")
    assert has(facts, "Kilwa Land Army", "operates_in", "Rondo")


def test_its_fighters_act_for_the_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In June 1992 the Kilwa Front withdrew from the transitional government. Its "
        "fighters, who had been gathered in camps, clashed with Ruvu Army troops in the weeks "
        "that followed.\n",
    )
    assert has(facts, "Kilwa Front", "rival_of", "Ruvu Army") or has(
        facts, "Ruvu Army", "rival_of", "Kilwa Front"
    )


def test_an_infobox_part_of_a_group_or_of_a_coalition(extractor: RulesExtractor) -> None:
    union = found(
        extractor, "Kilwa Liberation Army\nActive: 1949–present\nPart of: Kilwa National Party\n"
    )
    assert has(union, "Kilwa Liberation Army", "part_of", "Kilwa National Party")
    coalition = found(extractor, "Kilwa Brigade\nActive: 1999–present\nPart of: Kilwa Coalition\n")
    assert has(coalition, "Kilwa Brigade", "member_of", "Kilwa Coalition")


def test_a_persons_following_is_no_groups_strength(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was formed in 1990.\n\n"
        "On my information Kombo had, at his height, perhaps 100 armed men.\n\n"
        "At its height it had 3,000 fighters.\n",
    )
    sizes = {t for s, p, t in facts if p == "size"}
    assert not any(("low", 100) in t for t in sizes)
    assert any(("low", 3000) in t for t in sizes)


def test_a_groups_own_fighters_commanded_by_a_person(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Land Army was formed in 1950. Its fighters were commanded by Ali Mrema.\n\n"
        "Hardliners led by Juma Kombo broke away from the Ruvu Front.\n",
    )
    assert has(facts, "Kilwa Land Army", "led_by", "Ali Mrema")
    assert not has(facts, "Ruvu Front", "led_by", "Juma Kombo")


def test_a_gloss_of_a_word_in_brackets_is_no_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Self-defence groups known as the Kilwa Panga ('panga' is Swahili for 'machete') "
        'attacked Lindi.\n\nThe Kilwa Guard ("Walinzi wa Kilwa") was formed in 1990.\n',
    )
    assert not any(p == "alias" and "Swahili" in str(t) for _, p, t in facts)
    assert has(facts, "Kilwa Guard", "alias", "Walinzi wa Kilwa")


def test_a_wing_of_a_group_known_as_a_name_renames_no_parent(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 2002 a breakaway wing of the Kilwa Front known as the Ruvu Front took part in "
        "talks.\n\nThe Lindi Army, also known as the Mtama Guard, was formed in 1990.\n",
    )
    assert not has(facts, "Kilwa Front", "alias", "Ruvu Front")
    assert has(facts, "Lindi Army", "alias", "Mtama Guard")


def test_places_behind_described_subdivisions_and_ranges(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front is active in the Makonde-inhabited hill districts of Mtwara, "
        "including Newala and Tandahimba.\n\n"
        "The Ruvu Army has cells in the Uluguru range and in the Kisaki area.\n\n"
        "The Lindi Guard is active in Masasi and Nachingwea of Lindi Region.\n",
    )
    for place in ("Mtwara", "Newala", "Tandahimba"):
        assert has(facts, "Kilwa Front", "operates_in", place)
    assert has(facts, "Ruvu Army", "operates_in", "Kisaki")
    assert has(facts, "Lindi Guard", "operates_in", "Nachingwea")
    assert has(facts, "Lindi Guard", "operates_in", "Lindi Region")


def test_an_entry_defined_as_an_indefinite_group_is_the_labelled_one(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "- Kilwa Front (KF): A coalition launched in Lindi in 2023 and led by Juma Mrema.\n"
        "- Ruvu Army: a faction led by Ali Mchome.\n\n"
        "In 2015 a coalition led by Saidi Kombo took Masasi.\n",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Mrema")
    assert has(facts, "Ruvu Army", "led_by", "Ali Mchome")
    assert not any(p == "led_by" and o == "Saidi Kombo" for _, p, o in facts)


def test_leaders_named_after_founding_asides_and_appositions(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front (KF) was formed in 1991 by former soldiers of the Ruvu Army (RA), "
        "with Juma Mrema as its first leader.\n\n"
        "Talks were held inside the Lindi Union, the umbrella body set up in 1964 and chaired "
        "since 1969 by Ali Mchome.\n\n"
        "The main party was the Masasi African Union (MAU), which had been set up in 1944 "
        "under Saidi Kombo.\n\n"
        "In 1980 Hamisi Nyoni, who had been the Mtwara Army's chairman, broke with the "
        "others.\n",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Mrema")
    assert not has(facts, "Ruvu Army", "led_by", "Juma Mrema")
    assert has(facts, "Lindi Union", "led_by", "Ali Mchome")
    assert has(facts, "Masasi African Union", "led_by", "Saidi Kombo")
    assert has(facts, "Mtwara Army", "led_by", "Hamisi Nyoni")


def test_arabic_names_of_congresses_and_leagues_in_brackets(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Congress (Mu’tamar al-Kilwa) was founded in 1958.\n\n"
        "The Lindi League (Rabitat Lindi) was formed in 1960.\n",
    )
    assert has(facts, "Kilwa Congress", "alias", "Mu’tamar al-Kilwa")
    assert has(facts, "Lindi League", "alias", "Rabitat Lindi")


def test_islamic_jihads_short_arabic_name_is_not_harkat_ul_jihad(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Palestinian Islamic Jihad (Harakat al-Jihad al-Islami), founded in 1981, is a faction "
        "in Jenin.\n",
    )
    assert has(facts, "Palestinian Islamic Jihad", "alias", "Harakat al-Jihad al-Islami")
    assert not any(p == "affiliated_with" for _, p, _ in facts)


def test_an_acronym_of_the_name_in_its_own_language_set_off_after_it(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Defence Council, the BUK, Baraza la Ulinzi la Kilwa, was formed in 1992.\n\n"
        "The Lindi Union, the Ruvu Army, the KDC and the Mtama Guard met in 1993.\n\n"
        "In 1994 the Masasi Guard and the Newala Front were merged into a single force, the "
        "Army of the Republic of Bosnia and Herzegovina, the ARBiH. Juma Mrema was its first "
        "chief of staff.\n",
    )
    assert has(facts, "Kilwa Defence Council", "alias", "BUK")
    assert not any(p == "alias" and o == "KDC" for _, p, o in facts)
    assert has(facts, "Army of the Republic of Bosnia and Herzegovina", "alias", "ARBiH")
    assert has(facts, "Army of the Republic of Bosnia and Herzegovina", "led_by", "Juma Mrema")


def test_it_in_a_second_clause_and_a_new_clauses_date(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2000 the Lindi Army was founded, and between 2001 and 2003 the Ruvu Front merged "
        "into it.\n\n"
        "The Masasi Guard broke away from the Kilwa Front in 2004, and the Newala Army split "
        "from it in 2016.\n\n"
        "The Kilwa Youth were the militia wing of the Kilwa Union. Juma Mrema was KU "
        "president from 2001 until his arrest in 2009.\n",
    )
    assert has(facts, "Lindi Army", "founded", "2000")
    assert not has(facts, "Lindi Army", "founded", "2001")
    assert has(facts, "Ruvu Front", "merged_into", "Lindi Army")
    assert has(facts, "Newala Army", "split_from", "Kilwa Front")
    assert has(facts, "Kilwa Youth", "armed_wing_of", "Kilwa Union")


def test_a_one_word_name_glossed_by_a_groups_name_in_brackets(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Mapinduzi (the Movement for Change) broke away from the Kilwa Front in 2009.\n\n"
        "Juma Mrema (the Kilwa Front leader) spoke in Lindi.\n",
    )
    assert has(facts, "Mapinduzi", "split_from", "Kilwa Front")
    assert any(s == "Mapinduzi" and p == "alias" for s, p, _ in facts)
    assert not any(s == "Juma Mrema" and p == "alias" for s, p, _ in facts)


def test_members_named_by_the_bodys_acronym_and_as_was(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Both the Kilwa Front and the Ruvu Army were LNC members, as was the Masasi Union.\n\n"
        "The Newala Guard was an LNC member until 2001.\n\n"
        "The Tandahimba Front split from the Lindi Union in 2001, as did the Mtama Guard.\n",
    )
    for member in ("Kilwa Front", "Ruvu Army", "Masasi Union", "Newala Guard"):
        assert has(facts, member, "member_of", "LNC")
    assert has(facts, "Mtama Guard", "split_from", "Lindi Union")


def test_a_table_laid_out_with_spaces(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Table 1: Principal armed groups in the south\n\n"
        "Group      Formed      Leader                   Est. cadres   Main base area\n"
        "KFT        1978        Juma Mrema               (overground)  --\n"
        "RFA-BM     1989        Ali Mchome               550           Masasi, Lindi\n\n"
        "The RFA-BM was founded on 11 July 1989 in Newala.\n",
    )
    assert has(facts, "RFA-BM", "led_by", "Ali Mchome")
    assert has(facts, "RFA-BM", "operates_in", "Masasi")
    assert has(facts, "RFA-BM", "size", 550)
    assert has(facts, "KFT", "led_by", "Juma Mrema")
    assert has(facts, "RFA-BM", "founded", "1989-07-11")
    assert not has(facts, "RFA-BM", "founded", "1989")
    assert not any("Mchome" in str(s) for s, p, _ in facts if p != "alias")


def test_a_faction_that_broke_away_and_announced_a_new_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In the following weeks a faction led by Juma Mrema, a senior lieutenant, broke away "
        "from the Kilwa Front and announced the formation of the Kilwa Revolutionary "
        "Movement.\n\n"
        'The Ruvu Army has since used other cover names, among them the "3 October '
        'Organization" and the "Lindi Group," the latter during a bombing campaign.\n',
    )
    assert has(facts, "Kilwa Revolutionary Movement", "split_from", "Kilwa Front")
    assert has(facts, "Kilwa Revolutionary Movement", "led_by", "Juma Mrema")
    assert not has(facts, "Kilwa Front", "led_by", "Juma Mrema")
    assert has(facts, "Ruvu Army", "alias", "3 October Organization")
    assert has(facts, "Ruvu Army", "alias", "Lindi Group")


def test_rivals_driven_out_destroyed_or_named_as_opponents(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2007 the Kilwa Front drove fighters of the Ruvu Army out of Wana.\n\n"
        "The Lindi Guard was destroyed by the Kilwa Front within weeks.\n\n"
        "The Masasi Army's main opponents are the Newala Front and the Mtama Guard.\n\n"
        "The Kilwa Command is responsible for Lindi and Mtwara.\n",
    )
    assert has(facts, "Kilwa Front", "rival_of", "Ruvu Army")
    assert has(facts, "Lindi Guard", "rival_of", "Kilwa Front")
    assert has(facts, "Masasi Army", "rival_of", "Mtama Guard")
    assert has(facts, "Masasi Army", "rival_of", "Newala Front")
    assert has(facts, "Kilwa Command", "operates_in", "Mtwara")


def test_an_order_of_battle_drawn_as_a_tree(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Kilwa People's Army (KPA) - Lindi\n"
        ' ├── 1st Motor Rifle Brigade "Mtama" - Masasi\n'
        ' ├── Separate Tank Battalion "Ruvu" [Juma Mrema †2016; Ali Mchome]\n'
        " │    └── 3rd Assault Company [ex-Ruvu unit; Saidi Kombo] - Newala\n"
        " └── 2nd Motor Rifle Brigade - Nachingwea area\n\n"
        "The Ruvu battalion fought at Tandahimba in 2015.\n",
    )
    assert has(facts, "1st Motor Rifle Brigade", "part_of", "Kilwa People's Army")
    assert has(facts, "1st Motor Rifle Brigade", "operates_in", "Masasi")
    assert has(facts, "Separate Tank Battalion", "led_by", "Juma Mrema")
    assert has(facts, "Separate Tank Battalion", "led_by", "Ali Mchome")
    assert has(facts, "3rd Assault Company", "part_of", "Separate Tank Battalion")
    assert has(facts, "3rd Assault Company", "led_by", "Saidi Kombo")
    assert has(facts, "2nd Motor Rifle Brigade", "part_of", "Kilwa People's Army")
    assert has(facts, "2nd Motor Rifle Brigade", "operates_in", "Nachingwea")
    assert not has(facts, "3rd Assault Company", "part_of", "Kilwa People's Army")


def test_an_abbreviations_line_is_a_glossary_not_the_pages_other_names(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "CENTRE FOR THE STUDY OF KILWA POLITICS\nWorkshop summary | No. 14 | December 2022\n\n"
        "The Kilwa Front fought the Ruvu Army in 1994.\n\n"
        "Abbreviations: KF - Kilwa Front; LNC - Lindi National Congress; RA - Ruvu\n"
        "Army; MMK - Masasi Movement of Kilwa.\n",
    )
    assert not any(p == "alias" and " - " in str(o) for _, p, o in facts)
    assert has(facts, "LNC", "alias", "Lindi National Congress") or has(
        facts, "Lindi National Congress", "alias", "LNC"
    )


def test_comma_separated_rows_under_a_header(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "### Excerpt from `groups.csv`\n\n"
        "group_id,group_name,parent,founded,demobilised,commander,departments\n"
        "G00,Kilwa Defence Union,,1997-04,2006-08,Juma Mrema,national\n"
        'G07,Bloque Lindi,Kilwa Defence Union,~1999,2006-03-10,Ali Mchome,"Lindi;Mtwara"\n\n'
        "The union's blocs, each of them a regional force, were disbanded by 2006.\n",
    )
    assert has(facts, "Kilwa Defence Union", "led_by", "Juma Mrema")
    assert has(facts, "Bloque Lindi", "led_by", "Ali Mchome")
    assert has(facts, "Bloque Lindi", "dissolved", "2006-03-10")
    assert has(facts, "Bloque Lindi", "founded", "1998")
    assert has(facts, "Bloque Lindi", "operates_in", "Mtwara")
    assert any(
        s == "Bloque Lindi" and p in ("part_of", "member_of") and o == "Kilwa Defence Union"
        for s, p, o in facts
    )
    assert not any(p == "armed_wing_of" for _, p, _ in facts)


def test_a_person_described_as_a_former_groups_fighter(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Juma Mrema, a former KLF gunman, was installed as mayor.\n\n"
        "The army killed Ali Mchome, another senior RVA member, near Lindi.\n\n"
        "Saidi Kombo, a former KLF fighter from Masasi, reappeared in 2014.\n",
    )
    assert has(facts, "Juma Mrema", "member_of", "KLF")
    assert has(facts, "Ali Mchome", "member_of", "RVA")
    assert has(facts, "Saidi Kombo", "member_of", "KLF")


def test_a_group_that_took_shape_around_a_person(extractor: RulesExtractor) -> None:
    facts = found(extractor, "The Kilwa Front took shape around Juma Mrema in 2014.\n")
    assert has(facts, "Kilwa Front", "led_by", "Juma Mrema")


def test_a_chief_of_staff_and_a_commander_for_a_period(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Army was created in May 1992. Its commander for the whole of the war was "
        "General Juma Mrema.\n\n"
        "The Ruvu Guard was formed in 1992. For most of 1992 and 1993 its chief of staff was "
        "General Ali Mchome.\n",
    )
    assert has(facts, "Kilwa Army", "led_by", "Juma Mrema")
    assert has(facts, "Ruvu Guard", "led_by", "Ali Mchome")


def test_a_groups_name_in_its_own_language_set_off_by_commas(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "What the council did have was the Kilwa League, Kilwa liga, set up in 1991 as the "
        "armed wing of the KDA.\n\n"
        "Then there were the Lindi Eagles, Lindi orlovi, a name claimed by several bands.\n\n"
        "The Joint Room brings together the Kilwa Brigades, Saraya al-Lindi, the Ruvu "
        "Brigades and the Mtama Brigades.\n",
    )
    assert has(facts, "Kilwa League", "alias", "Kilwa liga")
    assert has(facts, "Lindi Eagles", "alias", "Lindi orlovi")
    assert not any(p == "alias" and "Saraya" in str(o) for _, p, o in facts)


def test_a_name_known_to_everyone(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Ruvu Army, known to locals as the Mtama Boys, was formed in 1990.\n",
    )
    assert has(facts, "Ruvu Army", "alias", "Mtama Boys")


def test_a_name_cut_by_a_line_break_reads_whole(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Union of Peoples (KUP), a self-defence coalition, is headed by Juma Bakari\n"
        "Mrema, who founded it in 2011 and still leads it.\n",
    )
    assert has(facts, "Kilwa Union of Peoples", "led_by", "Juma Bakari Mrema")


def test_numbered_branches_named_by_an_acronym_and_a_roman_numeral(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "RMK I was based in Lindi; RMK II operated in Mtwara and fought alongside the RVA.\n",
    )
    assert has(facts, "RMK I", "operates_in", "Lindi")
    assert has(facts, "RMK II", "operates_in", "Mtwara")
    assert not has(facts, "RMK", "operates_in", "Lindi")


def test_a_group_placed_by_a_locative_phrase_after_its_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In September drones hit the Ruvu Army in Kilosa and the Mtama Brigade at Ifakara.\n"
        "Other militias included the Kombo Front in Morogoro and Gairo.\n"
        "The Kilwa Front is the strongest affiliate of the Pwani Brigade in Africa.\n",
    )
    assert has(facts, "Ruvu Army", "operates_in", "Kilosa")
    assert has(facts, "Mtama Brigade", "operates_in", "Ifakara")
    assert has(facts, "Kombo Front", "operates_in", "Morogoro")
    assert has(facts, "Kombo Front", "operates_in", "Gairo")
    # "the X in Africa" names a network's reach, not where the group is
    assert not has(facts, "Pwani Brigade", "operates_in", "Africa")


def test_a_name_cut_at_a_line_end_goes_on_with_its_acronym(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Defence Army (KDA) is the armed wing of the Rufiji People's Liberation\n"
        "Front (RPLF) … formed in 2009 … active in southern Tanzania …\n",
    )
    assert has(facts, "Kilwa Defence Army", "armed_wing_of", "Rufiji People's Liberation Front")
    assert has(facts, "Rufiji People's Liberation Front", "alias", "RPLF")


def test_a_talk_page_signature_names_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "I moved the size line down. —Zanzibari (talk) 22:40, 20 January 2025 (UTC)\n"
        ":: The group operates in Lindi and Mtwara. —Pwani77 (talk) 09:12, 21 January 2025 (UTC)\n",
    )
    assert not any(subject == "UTC" for subject, _, _ in facts)


def test_a_tie_inside_a_denied_that_clause_is_not_stated(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Officials have denied that the Kilwa Front operates alongside the Rufiji Army.\n"
        "The Mtama Brigade denies that it is part of the Rufiji Alliance.\n"
        "The Pwani Brigade is part of the Rufiji Alliance.\n",
    )
    assert not has(facts, "Kilwa Front", "allied_with", "Rufiji Army")
    assert not has(facts, "Mtama Brigade", "member_of", "Rufiji Alliance")
    assert has(facts, "Pwani Brigade", "member_of", "Rufiji Alliance")


def test_one_leader_of_two_groups_in_turn(extractor: RulesExtractor) -> None:
    facts = found(extractor, "Juma Mrema led the Kilwa Front and later the Rufiji Army.\n")
    assert has(facts, "Kilwa Front", "led_by", "Juma Mrema")
    assert has(facts, "Rufiji Army", "led_by", "Juma Mrema")


def test_two_sides_that_clashed_repeatedly_or_met_in_a_confrontation(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front and the Rufiji Army have since clashed repeatedly.\n"
        "A confrontation between the Mtama Brigade and the Pwani Brigade left 100 dead.\n",
    )
    assert has(facts, "Kilwa Front", "rival_of", "Rufiji Army")
    assert has(facts, "Mtama Brigade", "rival_of", "Pwani Brigade")


def test_allies_named_in_turn_each_after_alongside(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Since 2015 the Kilwa Front has fought alongside the Rufiji Army and later alongside\n"
        "the Pwani Brigade.\n",
    )
    assert has(facts, "Kilwa Front", "allied_with", "Rufiji Army")
    assert has(facts, "Kilwa Front", "allied_with", "Pwani Brigade")


def test_a_list_with_an_aside_after_its_and(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "At first the Kilwa Front fought the Rufiji Army and, from 2001, the Pwani Brigade.\n",
    )
    assert has(facts, "Kilwa Front", "rival_of", "Rufiji Army")
    assert has(facts, "Kilwa Front", "rival_of", "Pwani Brigade")


def test_incursions_into_a_place_and_a_group_run_from_one(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front carried out incursions into Kenya's Lamu region in August 1999.\n"
        "The Rufiji Army was run from Lindi.\n",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Lamu")
    assert has(facts, "Rufiji Army", "operates_in", "Lindi")


def test_he_was_succeeded_by_hands_on_the_group_he_led(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Juma Mrema led the Kilwa Front until he was killed in 2009.\n"
        "He was succeeded by Ali Bakari.\n\nHe was succeeded by Hamisi Said.\n",
    )
    assert has(facts, "Kilwa Front", "led_by", "Ali Bakari")
    # a new paragraph's "He" is no longer the Kilwa Front's leader
    assert not has(facts, "Kilwa Front", "led_by", "Hamisi Said")


def test_a_year_wrapped_onto_the_next_line_stays_with_its_preposition(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Kilwa Front - Profile | tracker.example.org\n"
        "15 Feb 2025 — at a glance. The Kilwa Front for the Liberation of Lindi was founded in\n"
        "1971 as the armed wing of the Rufiji People's Party, a movement of the coast.\n",
    )
    assert has(facts, "Kilwa Front for the Liberation of Lindi", "founded", "1971")


def test_fields_run_into_a_snippet_after_an_ellipsis(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front is a militia in Tanzania … Headquarters: Lindi, Kilwa Township.\n"
        "Chairman: Gen. Juma Mrema (Sao Juma) … Strength: 500 …\n",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Lindi")
    assert has(facts, "Kilwa Front", "led_by", "Juma Mrema")


def test_a_lettered_section_heading_makes_its_group_the_topic(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "a) Kilwa Front (KF)\n"
        "- Took shape around 2013 in the coastal districts.\n"
        "- KF has denied any role in the killings.\n\n"
        "b) Rufiji Army (RA)\n"
        "- The older of the two main groups. It was founded in 1982.\n",
    )
    assert has(facts, "Rufiji Army", "founded", "1982")
    assert not has(facts, "Kilwa Front", "founded", "1982")


def test_a_former_name_the_group_was_called_and_a_leaders_other_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "a) Kilwa Front (KF)\n"
        '- Called Mbele ya Kilwa ("Kilwa Forward") until March 2017, when it began to use the\n'
        "  KF name.\n"
        "- Led by Ata Mrema, who also uses the name Abu Juma Mkwawa.\n\n"
        "The Rufiji Army was called the Rufiji League until 2009.\n",
    )
    assert has(facts, "Kilwa Front", "alias", "Mbele ya Kilwa")
    assert has(facts, "Kilwa Front", "led_by", "Ata Mrema")
    assert has(facts, "Ata Mrema", "alias", "Abu Juma Mkwawa")
    assert has(facts, "Rufiji Army", "alias", "Rufiji League")


def test_a_source_in_brackets_does_not_become_the_topic(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "a) Kilwa Front (KF)\n"
        "- Took shape around 2013 in the coastal districts (Lindi Research Group reporting).\n"
        "- Led by Ata Mrema, a former teacher.\n",
    )
    assert has(facts, "Kilwa Front", "led_by", "Ata Mrema")
    assert not has(facts, "Lindi Research Group", "led_by", "Ata Mrema")


def test_companies_name_a_force_and_an_arabic_owner_is_not_part_of_its_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The army and Juma al-Mrema's Kilwa Companies moved into Mtwara in force.\n"
        "The Kilwa Companies were disbanded in 1984.\n",
    )
    assert has(facts, "Kilwa Companies", "led_by", "Juma al-Mrema")
    assert has(facts, "Kilwa Companies", "operates_in", "Mtwara")
    assert has(facts, "Kilwa Companies", "dissolved", "1984")


def test_a_name_given_with_its_language_and_translation_is_a_bodys_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        'Mbele Pamoja (Swahili mbele pamoja, "Forward, Together") takes its name from a song.\n'
        "Its fighting force was formally founded on 16 June 1958 at Kilosa.\n",
    )
    assert has(facts, "Mbele Pamoja", "alias", "Forward, Together")
    assert has(facts, "Mbele Pamoja", "founded", "1958-06-16")


def test_a_second_name_set_off_by_dashes(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Saraya Kilwa – the Kilwa Brigades, in English – is a militant group.\n"
        "There is also Saraya Mtama – the Lindi Resistance Brigades.\n"
        "Hamas – the Rufiji Front – and others met in Doha.\n",
    )
    assert has(facts, "Saraya Kilwa", "alias", "Kilwa Brigades")
    assert has(facts, "Saraya Mtama", "alias", "Lindi Resistance Brigades")
    # a different group set off by dashes is no second name
    assert not has(facts, "Hamas", "alias", "Rufiji Front")


def test_a_members_field_names_members_rather_than_counting_them(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Alliance was formed in 2010.\n"
        "Members: the Ruvu Army, the Lindi Front and the Mtwara Guards\n",
    )
    assert has(facts, "Ruvu Army", "member_of", "Kilwa Alliance")
    assert has(facts, "Mtwara Guards", "member_of", "Kilwa Alliance")


def test_a_name_known_from_then_on_by_its_acronym(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1974 the union renamed itself the Revolutionary Front for an Independent Kilwa,\n"
        "known from then on by its acronym, Fretikil, and demanded full independence.\n",
    )
    assert has(facts, "Revolutionary Front for an Independent Kilwa", "alias", "Fretikil")


def test_a_leader_named_in_a_dashed_or_timed_apposition(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Juma Mrema - the leader of the Kilwa Front - died on Sunday.\n"
        "Ali Bakari, for more than a decade the head of the Rufiji Army, was buried in Lindi.\n",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Mrema")
    assert has(facts, "Rufiji Army", "led_by", "Ali Bakari")


def test_a_known_acronym_the_text_spells_as_another_name_is_the_texts_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "FLN - Forces of National Liberation (Fuerzas de Liberación Nacional), a\n"
        "Marxist-Leninist organization founded in Monterrey in 1969.\n",
    )
    # the text's own group, not Algeria's National Liberation Front, whose acronym the
    # gazetteer also holds
    assert has(facts, "Forces of National Liberation", "alias", "FLN")


def test_a_person_described_as_a_groups_official_or_convicted_member(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "His brother Juma Bakari, a convicted Kilwa Front member, was executed in May 2010.\n"
        "Ali Mrema, a senior KDF official, spoke to reporters.\n",
    )
    assert has(facts, "Juma Bakari", "member_of", "Kilwa Front")
    assert has(facts, "Ali Mrema", "member_of", "KDF")


def test_a_glossary_of_persons_with_inverted_names(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Glossary\n\n"
        "Mrema Mkwawa, Juma: founder and, until his death, chairman of the Kilwa Front.\n\n"
        "Bakari Said, Ali (Ali Bakari Said): a founding commander of the Rufiji Army.\n",
    )
    assert has(facts, "Kilwa Front", "led_by", "Mrema Mkwawa")
    assert has(facts, "Rufiji Army", "led_by", "Bakari Said")


def test_a_named_groups_camp_or_office_and_the_battles_it_fought(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "On 4 May 1978 paratroopers attacked the Mkwawa Front camp at Cassinga.\n\n"
        "In 1964 the Kilwa Front opened an office in Dar es Salaam.\n\n"
        "The Pemba Brigade fought at Popasna in July and took part in the siege of Marawi.\n\n"
        "The army camp at Tabora was quiet.\n\n"
        "By 2020 the Rufiji Army had taken over most of Kigoma.\n",
    )
    assert has(facts, "Mkwawa Front", "operates_in", "Cassinga")
    assert has(facts, "Kilwa Front", "operates_in", "Dar es Salaam")
    assert has(facts, "Pemba Brigade", "operates_in", "Popasna")
    assert has(facts, "Pemba Brigade", "operates_in", "Marawi")
    assert has(facts, "Rufiji Army", "operates_in", "Kigoma")
    # a camp no group owns places no group
    assert not any(target == "Tabora" for _, _, target in facts)


def test_camps_across_the_border_and_an_advance_on_a_city(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "For several years the Pemba Front kept its camps across the border in Kenya, in the "
        "Taita Hills.\nRufiji Army forces advanced on Mombasa at the end of 1990.\n\n"
        "Both the Kilwa Front and the KDF run camps across the border in Moz-\nambique.\n",
    )
    assert has(facts, "Pemba Front", "operates_in", "Kenya")
    assert has(facts, "Pemba Front", "operates_in", "Taita Hills")
    assert has(facts, "Rufiji Army", "operates_in", "Mombasa")
    # a place the line break hyphenates is no place called "Moz-"
    assert not any(str(target).endswith("-") for _, _, target in facts)


def test_a_struggle_or_nuclei_names_a_group_and_a_slash_parts_its_other_names(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Kilwa Revolutionary Struggle (Mapambano ya Kilwa, Μαπαμπάνο Κίλουα) first struck in "
        "2003.\n\nThe Pemba League (Umoja wa Pemba / اتحاد بمبا) was founded in 1951.\n\n"
        "The Armed Proletarian Nuclei were active in Naples.\n",
    )
    assert has(facts, "Kilwa Revolutionary Struggle", "alias", "Mapambano ya Kilwa")
    assert has(facts, "Pemba League", "alias", "Umoja wa Pemba")
    assert has(facts, "Pemba League", "alias", "اتحاد بمبا")
    assert has(facts, "Armed Proletarian Nuclei", "operates_in", "Naples")


def test_a_breakaway_under_its_leader_is_led_by_him_not_the_parent(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Rufiji Front broke away from the Pemba Front in February 1969 under Ali Hassan.\n\n"
        "The Kilwa Brigades split from the Mtwara Army under Juma Bakari.\n\n"
        "The Lindi Army, under Salim Omari, abducted hundreds.\n",
    )
    assert has(facts, "Rufiji Front", "led_by", "Ali Hassan")
    assert has(facts, "Kilwa Brigades", "led_by", "Juma Bakari")
    assert not has(facts, "Mtwara Army", "led_by", "Juma Bakari")
    assert has(facts, "Lindi Army", "led_by", "Salim Omari")


def test_a_records_labelled_fields_wrap_like_prose(extractor: RulesExtractor) -> None:
    # a photo archive's export: labelled fields, the caption and its background note
    # hard-wrapped at a fixed width, names broken across the lines
    facts = found(
        extractor,
        "ID: KP-0001\n"
        "SLUG: KILWA-PATROL\n"
        "CAPTION: Soldiers search a village near Kilwa on 5 November 1964,\n"
        "days after attacks claimed by a movement unknown until then, the Rufiji\n"
        "Liberation Front (RLF), which few had heard of before that night.\n"
        "Background: The RLF announced itself in a leaflet dated 1 November 1964.\n"
        "Its fighters formed the Rufiji People's Army (Jeshi la Watu wa Rufiji,\n"
        "RPA), the armed wing of the RLF. Its founders came out of the Revolutionary\n"
        "Committee of Kilwa (RCK), set up in 1962 by activists who had broken\n"
        "with the Tanganyika Union. In the south the revolt was led by\n"
        "Juma Bakari.\n"
        "CREDIT: Staff\n"
        "CAPTION: Ali Hassan of the RLF at a rally in Lindi.\n",
    )
    assert has(facts, "Rufiji Liberation Front", "alias", "RLF")
    assert has(facts, "Rufiji People's Army", "armed_wing_of", "RLF")
    assert has(facts, "Revolutionary Committee of Kilwa", "alias", "RCK")
    # the revolt, not the front, was led by him
    assert not any(p == "led_by" and t == "Juma Bakari" for _, p, t in facts)


def test_a_name_several_groups_share_goes_to_the_one_the_text_spells_out(
    extractor: RulesExtractor,
) -> None:
    text = (
        "Its fighters formed the National Liberation Army (Armée de libération nationale, "
        "ALN), the armed wing of the FLN.\n"
    )
    claims = extractor(Document.from_text(text, origin="test"))
    # Colombia's ELN and Macedonia's NLA are called so in English too
    wings = {c.subject.name for c in claims if c.predicate == "armed_wing_of"}
    assert wings == {"National Liberation Army (Algeria)"}


def test_a_one_word_name_given_in_its_own_script_and_translated_is_a_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 1989 half the young men on our street joined the Wapiganaji (ვაპიგანაჯი, "
        'Vapiganaji, "the Fighters"). The men who stayed with the President became '
        'Mremists (მრემისტები, Mremistebi, "Mrema\'s people").\n\n'
        "The town of Matupi (မတူပီ) fell in 2023.\n",
    )
    assert has(facts, "Wapiganaji", "alias", "ვაპიგანაჯი")
    assert has(facts, "Wapiganaji", "alias", "the Fighters")
    assert has(facts, "Mremists", "alias", "Mremistebi")
    assert not any(s == "Matupi" for s, _, _ in facts)


def test_a_name_in_its_own_script_set_off_by_a_comma(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Liberation Army (KLA), ကီလွာ လွတ်မြောက်ရေး တပ်မတော် (Kilwa Lutmyauk-ye "
        "Tatmadaw), the armed wing of the Kilwa Party, was formed in 1969.\n\n"
        "In 1942 the Pemba Workers' Party, in Thai พรรคกรรมกรเปมบา (Phak Kammakon Pemba) or "
        "พกป., was founded.\n",
    )
    assert has(facts, "Kilwa Liberation Army", "alias", "ကီလွာ လွတ်မြောက်ရေး တပ်မတော်")
    assert has(facts, "Kilwa Liberation Army", "alias", "Kilwa Lutmyauk-ye Tatmadaw")
    assert has(facts, "Pemba Workers' Party", "alias", "พรรคกรรมกรเปมบา")
    assert has(facts, "Pemba Workers' Party", "alias", "Phak Kammakon Pemba")
    assert has(facts, "Pemba Workers' Party", "alias", "พกป.")


def test_a_name_a_list_gives_a_group_and_a_renaming_dated_before_the_new_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Since 2015 it has fought alongside the Kilwa Front (listed by the Council as Kilwa "
        "Front for the People of the Coast).\n\n"
        "The Pemba People's Party was renamed in 1972 the Pemba People's Revolutionary Party.\n\n"
        "The Lindi Army (LA) - ลินดี (Lindi Thahan), was formed in 1950.\n",
    )
    assert has(facts, "Kilwa Front", "alias", "Kilwa Front for the People of the Coast")
    assert has(facts, "Pemba People's Party", "alias", "Pemba People's Revolutionary Party")
    assert has(facts, "Lindi Army", "alias", "Lindi Thahan")


def test_where_fighting_between_two_groups_flared_and_where_a_force_patrols(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Fighting between the Kilwa Front and the Pemba Army has flared on and off since "
        "late 2015 in Kyaukme and Namtu.\n\n"
        "Security is the job of the Coast Guard Battalion (CGB), which patrols the camps in "
        "Ukhiya and Teknaf.\n",
    )
    for group in ("Kilwa Front", "Pemba Army"):
        assert has(facts, group, "operates_in", "Kyaukme")
        assert has(facts, group, "operates_in", "Namtu")
    assert has(facts, "Coast Guard Battalion", "operates_in", "Teknaf")


def test_a_person_heading_a_body_leads_it(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1974 a coalition government was formed with Salim Omari heading the Rufiji "
        "Council.\n\nHeading the list of banned groups was the Kilwa Front.\n",
    )
    assert has(facts, "Rufiji Council", "led_by", "Salim Omari")
    assert not any(p == "led_by" and s == "Kilwa Front" for s, p, _ in facts)


def test_a_persons_particle_surname_is_not_the_group_the_gazetteer_knows_by_it(
    extractor: RulesExtractor,
) -> None:
    text = (
        "On 26 September 1962 army officers led by Colonel Abdullah al-Sallal shelled the "
        "palace of the new imam, his son Muhammad al-Badr, in Sanaa and proclaimed the Yemen "
        "Arab Republic (YAR). Sallal became its first president. Al-Badr was announced dead "
        "but had escaped.\n"
    )
    claims = extractor(Document.from_text(text, origin="test"))
    # the Kashmiri group called Al-Badr has no part in Yemen's civil war
    assert not any("Kashmir" in c.subject.name for c in claims)
    assert not any(c.object is not None and "Kashmir" in c.object.name for c in claims)


def test_foundings_told_by_dates_from_proclaimed_and_an_announced_formation(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "For the members: Harakat-e Kilwa dates from 2006, the Tanga Front from 2017.\n\n"
        "In November 2008 he announced a smaller armed formation, the Pemba Day Brigade.\n\n"
        "Rebel leaders in Kigoma proclaimed the Rufiji Liberation Front in December 1991.\n\n"
        "The alliance with the Lindi Front is generally dated from 1980.\n",
    )
    assert has(facts, "Harakat-e Kilwa", "founded", "2006")
    assert has(facts, "Pemba Day Brigade", "founded", "2008-11")
    assert has(facts, "Rufiji Liberation Front", "founded", "1991-12")
    # an alliance with the front is dated, not the front
    assert not has(facts, "Lindi Front", "founded", "1980")


def test_a_group_that_opposed_or_declared_war_on_another_is_its_rival(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front opposed both the Pemba Army and the Rufiji Union.\n\n"
        "The Lindi Army declared war on the Tanga Brigade in 1994.\n\n"
        "The Mtwara Front opposed the Arusha Accords.\n",
    )
    assert has(facts, "Kilwa Front", "rival_of", "Pemba Army")
    assert has(facts, "Kilwa Front", "rival_of", "Rufiji Union")
    assert has(facts, "Lindi Army", "rival_of", "Tanga Brigade")
    assert not any(s == "Mtwara Front" and p == "rival_of" for s, p, _ in facts)


def test_persons_a_body_is_made_up_of_or_founded_by_are_its_members(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Party had been founded in 1956 by a small group of patriots that included "
        "Ali Hassan, Juma Omari and Salim Bakari.\n\n"
        "In March 1992 they handed power to the Pemba Council, whose presidium was made up of "
        "Said Mrema and John Kombo.\n",
    )
    for person in ("Ali Hassan", "Juma Omari", "Salim Bakari"):
        assert has(facts, person, "member_of", "Kilwa Party")
    assert has(facts, "Said Mrema", "member_of", "Pemba Council")
    assert has(facts, "John Kombo", "member_of", "Pemba Council")


def test_an_english_name_glossing_an_acronym_in_its_own_languages_order(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "He spoke for the African Party for the Independence of Guinea and Cape Verde "
        "(Partido Africano da Independência da Guiné e Cabo Verde, PAIGC), founded in 1956."
        "\n\n"
        "The ELN fought a war with the Popular Liberation Army (Ejército Popular de "
        "Liberación, EPL) in 2018.\n",
    )
    name = "African Party for the Independence of Guinea and Cape Verde"
    assert has(facts, name, "alias", "PAIGC")
    assert has(facts, name, "founded", "1956")
    # the letters spell the gloss, not "ELN fought a war with the Popular ..."
    assert has(facts, "Popular Liberation Army", "alias", "EPL")


def test_a_messages_envelope_and_shouted_words_name_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "From: juma@kilwa-net.example (Juma Omari)\n"
        "Newsgroups: soc.culture.tanzania\n"
        "Subject: Re: Who fought who in Kilwa??\n"
        "Organization: Kilwa-Net Community Access, Dodoma\n"
        "Message-ID: <4i8q@news.kilwa-net.example>\n\n"
        "Corrections welcome but PLEASE no flame war.\n\n"
        "In 1956 they set up a legal political front, the Lindi Front.\n",
    )
    assert has(facts, "Lindi Front", "founded", "1956")
    assert not any("Kilwa-Net" in s or s == "PLEASE" for s, _, _ in facts)


def test_a_group_that_left_another_and_took_a_new_name_is_the_one_renamed(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Salim's group, the Kilwa Front, broke away from the Pemba Army and in 1984 took the "
        "name Kilwa Islamic Front.\n\n"
        "In 1979 the Rufiji Union left the Lindi Front and took the name Rufiji People's Front.\n",
    )
    assert has(facts, "Kilwa Front", "alias", "Kilwa Islamic Front")
    assert has(facts, "Rufiji Union", "alias", "Rufiji People's Front")
    assert not any(s in ("Pemba Army", "Lindi Front") and p == "alias" for s, p, _ in facts)


def test_an_events_name_is_no_group_and_a_factions_mark_is_part_of_its_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        'The Kilwa Liberation War (vita vya ukombozi, "war of liberation") was fought in '
        "1971.\n\nTwo factions broke away from the party in 1974, the Communist Party of "
        "Pemba (Revolutionary Faction) and the Communist Party of Pemba (Marxist-Leninist).\n",
    )
    assert not any(s == "Kilwa Liberation War" for s, _, _ in facts)
    assert not any(p == "alias" and t == (("text", "Revolutionary Faction"),) for _, p, t in facts)


def test_a_rooms_number_and_a_cells_years_name_no_body_and_no_person(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "SESSION 4A   09:00-10:30   Room K.214 (Mrema Room)\n\n"
        "| Group | Leader(s) | Area |\n"
        "|---|---|---|\n"
        "| Kilwa Youth Council (KYC) | elected presidents; Juma Omari 2001-03 | Lindi |\n",
    )
    assert not any(s.startswith("Room") for s, _, _ in facts)
    assert not any(p == "led_by" and "2001" in str(t) for _, p, t in facts)


def test_the_larger_faction_is_a_part_not_the_group_named_before(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In June 1980 the Kilwa People's Front divided in two. The larger faction, known as "
        "the Majority, backed the government.\n",
    )
    assert not has(facts, "Kilwa People's Front", "alias", "Majority")


def test_a_toll_told_after_a_second_count_is_no_strength(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Sixteen Kilwa Front members and three Pemba Army soldiers were killed.\n\n"
        "Around 90,000 Rufiji Army soldiers and civilians became prisoners of war.\n\n"
        "The film repeats the legend that twelve Lindi Brigade men survived the landing.\n",
    )
    assert not any(p == "size" for _, p, _ in facts)


def test_a_title_naming_a_kind_of_group_names_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Shia Armed Groups in Kilwa, 2003-2008:\n\nThe Pemba Army operated in Lindi.\n",
    )
    assert has(facts, "Pemba Army", "operates_in", "Lindi")
    assert not any(s.startswith("Shia") for s, _, _ in facts)


def test_the_men_of_a_camp_are_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The army overran Camp 5, Juma's base in Kilwa, in May 2009. Camp 5 fighters fled "
        "to Lindi.\n",
    )
    assert not any(s == "Camp 5" for s, _, _ in facts)


def test_led_at_the_time_by(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Party, a nationalist party revived in 1990 and led at the time by Juma "
        "Omari, had its own militia. The Pemba Front was initially headed by Ali Salim.\n",
    )
    assert has(facts, "Kilwa Party", "led_by", "Juma Omari")
    assert has(facts, "Pemba Front", "led_by", "Ali Salim")


def test_a_wrapped_paragraph_under_a_heading_holds_names_across_its_lines(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Volunteers and paramilitaries\n"
        "Around the regular forces fought a swarm of volunteer units. The best\n"
        "known on the coast was the Kilwa Defence Forces (Vikosi vya Ulinzi vya\n"
        "Kilwa, KDF), the paramilitary wing of the Tanganyika Party of\n"
        "Rights (Chama cha Haki, TPR), a nationalist party revived in\n"
        "1990 and led at the time by Juma Omari.\n",
    )
    assert has(facts, "Tanganyika Party of Rights", "alias", "TPR")
    assert has(facts, "Tanganyika Party of Rights", "led_by", "Juma Omari")
    assert has(facts, "Kilwa Defence Forces", "armed_wing_of", "Tanganyika Party of Rights")


def test_a_line_that_breaks_after_a_particle_runs_on(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2008 a group around Juma Omari broke away to form the National Front of\n"
        "Kilwa (NFK), which later joined the government.\n",
    )
    assert has(facts, "National Front of Kilwa", "alias", "NFK")
    assert has(facts, "National Front of Kilwa", "founded", "2008")


def test_groups_that_coordinate_their_operations_or_join_up_are_allies(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 1990 the Kilwa Front, the Pemba Army and the Rufiji Union agreed to coordinate "
        "their military operations against the government.\n\n"
        "In 1961 the Tanga Brigade joined up with the Mtwara Front.\n",
    )
    assert has(facts, "Kilwa Front", "allied_with", "Pemba Army")
    assert has(facts, "Pemba Army", "allied_with", "Rufiji Union")
    assert has(facts, "Tanga Brigade", "allied_with", "Mtwara Front")


def test_a_name_given_in_english_after_a_dash_and_an_abbreviation_after_a_comma(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "WITNESS: The Movimiento Revolucionario Kilwa - in English, the Kilwa Revolutionary "
        "Movement - was founded in 1982.\n\n"
        "The Pemba Front is the Frente Popular de Pemba, abbreviated FPP.\n",
    )
    assert has(facts, "Movimiento Revolucionario Kilwa", "alias", "Kilwa Revolutionary Movement")
    assert any(p == "alias" and t == (("text", "FPP"),) for _, p, t in facts)


def test_where_a_group_killed_civilians_it_was_active(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "On 16 December 1972 Kilwa Army troops killed villagers at Wiriyamu.\n\n"
        "The Pemba Front massacred about 40 civilians in Kolwezi.\n\n"
        "The Lindi Front held the coast. The storm, which killed 2,000 people in Mtwara, "
        "changed everything.\n",
    )
    assert has(facts, "Kilwa Army", "operates_in", "Wiriyamu")
    assert has(facts, "Pemba Front", "operates_in", "Kolwezi")
    assert not has(facts, "Lindi Front", "operates_in", "Mtwara")


def test_a_group_withdrawing_from_a_place_or_back_in_it_was_there(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In June 1999 the Kilwa Army withdrew from the Jezzine district.\n\n"
        "Pemba Front fighters were back in the mountains of Rufiji by 1976.\n\n"
        "In 2004 the Lindi Front withdrew from the Coast Alliance.\n",
    )
    assert has(facts, "Kilwa Army", "operates_in", "Jezzine")
    assert has(facts, "Pemba Front", "operates_in", "Rufiji")
    assert not any(s == "Lindi Front" and p == "operates_in" for s, p, _ in facts)


def test_a_leader_named_with_the_body_he_served_in(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Joint Force was headed by Brigadier Juma Saidi Mrisho of the Tanga "
        "Army's Northern Command.\n\n"
        "The Pemba Front, led by Halima Ali Kombo of the Coast Alliance, held the island.\n\n"
        "Its founding members were the Lindi Front and the Party of Free Life of Rufiji.\n",
    )
    assert has(facts, "Kilwa Joint Force", "led_by", "Juma Saidi Mrisho")
    assert has(facts, "Pemba Front", "led_by", "Halima Ali Kombo")
    assert not any(p == "led_by" and t == "Free Life" for _, p, t in facts)


def test_a_faction_under_or_around_a_person_that_leaves_to_form_a_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 2016 a faction under Juma Saidi Mrisho left to form the Kilwa Renewal Council.\n\n"
        "In 2008 a group around Halima Ali Kombo broke away to form the Pemba Freedom Front.\n\n"
        "The faction around Rashidi Mussa Bakari dominated the Lindi Front.\n",
    )
    assert has(facts, "Kilwa Renewal Council", "led_by", "Juma Saidi Mrisho")
    assert has(facts, "Pemba Freedom Front", "led_by", "Halima Ali Kombo")
    assert not has(facts, "Lindi Front", "led_by", "Rashidi Mussa Bakari")


def test_a_list_entry_opening_with_a_short_form_a_dash_and_its_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "KEY ACTORS\n\n"
        "  ■ **MKJ - Mouvement des Kilwais pour la justice** (Movement of Kilwans for\n"
        "    Justice). Emerged in February 2007.\n\n"
        "• PLF — Pemba Liberation Front\n\n"
        "TANGA — Armed men have stepped up raids along the coast in recent weeks.\n\n"
        "LRC - Wikipedia\n",
    )
    assert has(facts, "MKJ", "alias", "Mouvement des Kilwais pour la justice")
    assert has(facts, "MKJ", "alias", "Movement of Kilwans for Justice")
    assert any(p == "alias" and t == (("text", "Pemba Liberation Front"),) for _, p, t in facts)
    assert not any(s in ("TANGA", "LRC") and p == "alias" for s, p, _ in facts)


def test_tagalog_names_hold_their_small_words_and_army_heads(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Hukbong Bayan Laban sa mga Mananakop (People's Army Against the Invaders) was "
        "founded on 29 March 1942 in Kilwa.\n\n"
        "By 1950 it had taken the name Hukbong Mapagpalaya ng Pemba (Pemba Liberation Army).\n",
    )
    assert has(
        facts,
        "Hukbong Bayan Laban sa mga Mananakop",
        "alias",
        "People's Army Against the Invaders",
    ) or has(
        facts, "People's Army Against the Invaders", "alias", "Hukbong Bayan Laban sa mga Mananakop"
    )
    assert (
        "Hukbong Bayan Laban sa mga Mananakop",
        "founded",
        (("date", "1942-03-29"),),
    ) in facts
    assert has(facts, "Hukbong Mapagpalaya ng Pemba", "alias", "Pemba Liberation Army")


def test_a_page_section_heading_in_capitals_is_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "ABOUT\nRoadside marker near the approach road to Mount Kilimanjaro. Inscription "
        "transcribed by a contributor.\n\nBy 1950 the rebels called themselves the PLA, and the "
        "PLA was the armed wing of the KCP.\n\nOVERVIEW\n\nThe Kilwa Army operates in Lindi.\n",
    )
    assert not any(s in ("ABOUT", "OVERVIEW") or t in ("ABOUT", "OVERVIEW") for s, _, t in facts)
    assert has(facts, "Kilwa Army", "operates_in", "Lindi")


def test_a_party_that_formed_an_army_was_not_founded_then(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Communist Party is a party.\n\n"
        "Then early 1942 the Kilwa Communist Party set up an army.\n\n"
        "The Pemba Front was formed in 1961.\n",
    )
    assert not any(s == "Kilwa Communist Party" and p == "founded" for s, p, _ in facts)
    assert ("Pemba Front", "founded", (("date", "1961"),)) in facts


def test_irish_names_hold_na_and_a_mutated_first_letter(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The women had their own body, Cumann na mBan (the Women's Council), started in "
        "Kilwa in April 1914.\n\n"
        "Óglaigh na hÉireann was founded in 2009.\n",
    )
    assert has(facts, "Cumann na mBan", "alias", "the Women's Council")
    assert ("Óglaigh na hÉireann", "founded", (("date", "2009"),)) in facts


def test_a_unit_of_a_quarter_of_the_country_is_one_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The army was organised in regional corps: the Army Corps of the Northwest, commanded "
        "by Juma Saidi Mrisho, operated in Lindi.\n\n"
        "The Division of the North was formed in September 1913.\n\n"
        "The 48th Front of the Kilwa Army operates in Mtwara.\n",
    )
    assert has(facts, "Army Corps of the Northwest", "led_by", "Juma Saidi Mrisho")
    assert has(facts, "Army Corps of the Northwest", "operates_in", "Lindi")
    assert ("Division of the North", "founded", (("date", "1913-09"),)) in facts
    assert has(facts, "48th Front", "part_of", "Kilwa Army")


def test_calling_a_group_by_another_name_keeps_the_two_names_apart(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "From about that year people began calling the Pemba Volunteers the Pemba Republican "
        "Army, or the P.R.A. for short.\n\n"
        "Locals call the Kilwa Front the Sea Army.\n",
    )
    assert has(facts, "Pemba Volunteers", "alias", "Pemba Republican Army")
    assert has(facts, "Kilwa Front", "alias", "Sea Army")
    assert not any("Volunteers the" in s for s, _, _ in facts)


def test_a_headline_in_capitals_is_no_section_topic(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "KILWA ARMY LEADERS BACK PEMBA\n\n"
        "  LINDI, Feb. 17 — Officers announced today that they had broken with the capital.\n"
        "  The group was proclaimed at Mtwara in 1957.\n\n"
        "PEMBA LIBERATION FRONT\n\n"
        "The group was founded in 1961.\n",
    )
    assert not any(s in ("KILWA ARMY LEADERS BACK PEMBA", "LINDI") for s, _, _ in facts)
    assert ("PEMBA LIBERATION FRONT", "founded", (("date", "1961"),)) in facts


def test_a_datelines_place_in_capitals_is_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "  MANADO, Feb. 17 (Reuter) — Military leaders of the Kilwa movement announced today "
        "that they had broken with the capital.\n"
        "  The Kilwa movement was proclaimed at Mtwara in 1957.\n\n"
        "PEMBA — Islamist insurgents have stepped up raids in recent weeks.\n\n"
        "- MNJ - Mouvement des Nigériens pour la justice. Emerged in 2007.\n",
    )
    assert not any(s in ("MANADO", "PEMBA") for s, _, _ in facts)
    assert ("Kilwa movement", "founded", (("date", "1957"),)) in facts
    assert has(facts, "MNJ", "alias", "Mouvement des Nigériens pour la justice")


def test_a_capital_city_is_no_group_a_faction_could_call_back(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "On November 29, 2023, a faction of the Kilwa Front led by Halima Kombo signed a peace "
        "agreement with the Centre and the Lindi government in New Delhi, the first valley-based "
        "armed group to do so. The faction, now called KF (Kombo) or KF-K, is said to have about "
        "65 cadres. The larger faction, led by Juma Saidi Mrisho, has stayed out of the talks.\n",
    )
    assert not any("New Delhi" in (s, t) for s, _, t in facts)


def test_the_group_after_said_that_is_the_group_the_text_is_about(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Pemba Front is a new group. Major General Juma Buba told reporters in Dodoma "
        "that the group was active in Lindi and Mtwara regions.\n",
    )
    assert has(facts, "Pemba Front", "operates_in", "Lindi")
    assert has(facts, "Pemba Front", "operates_in", "Mtwara")


def test_dissolved_describing_a_noun_is_no_dissolution(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The oldest of the dissolved movements, the Pemba Front, was founded in October 2011.\n\n"
        "The Kilwa Army was dissolved in 2017.\n",
    )
    assert not any(s == "Pemba Front" and p == "dissolved" for s, p, _ in facts)
    assert ("Pemba Front", "founded", (("date", "2011-10"),)) in facts
    assert ("Kilwa Army", "dissolved", (("date", "2017"),)) in facts


def test_a_date_naming_an_event_some_other_actor_signed_is_no_founding(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Pemba Front emerged from Kilwa Army fronts that rejected the 2016 peace "
        "agreement.\n\n"
        "The Lindi Brigade emerged during the 2011 uprising.\n",
    )
    assert not any(s == "Pemba Front" and p == "founded" for s, p, _ in facts)
    assert ("Lindi Brigade", "founded", (("date", "2011"),)) in facts


def test_a_name_given_from_its_language_in_brackets(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Founding Alliance, usually called Tasis (also written Ta'sis, from the "
        'Arabic تأسيس, "founding"), came into being in February 2025.\n\n'
        'State media refer to the Pemba Front as "Shene" (from the Afaan Oromoo word for '
        '"five").\n',
    )
    assert has(facts, "Tasis", "alias", "تأسيس")
    assert not any(p == "alias" and "from the" in str(t) for _, p, t in facts)
    assert not any(p == "alias" and "word for" in str(t) for _, p, t in facts)


def test_a_language_after_from_the_is_no_place(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front, from the Swahili word Mbele, was formed in 2025. The Pemba Front, "
        "from the Lindi region, was formed in 2024.\n",
    )
    assert not any(p == "operates_in" and "Swahili" in str(t) for _, p, t in facts)


def test_those_who_broke_away_and_call_themselves_a_new_name_split_from_it(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In April 2024 the fronts that stayed, under Juma Kombo, broke away from the Kilwa "
        "Army and now call themselves the Pemba Liberation Front.\n",
    )
    assert has(facts, "Pemba Liberation Front", "split_from", "Kilwa Army")
    assert not has(facts, "Kilwa Army", "alias", "Pemba Liberation Front")


def test_the_side_fought_in_a_place_was_there_too(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Pemba Front fought the Kilwa Army in Tangaza.\n\n"
        "The Kigoma Front fought for an Islamic state in Tabora.\n",
    )
    assert has(facts, "Pemba Front", "operates_in", "Tangaza")
    assert has(facts, "Kilwa Army", "operates_in", "Tangaza")
    assert has(facts, "Kigoma Front", "operates_in", "Tabora")
    assert not any(p == "operates_in" and s.casefold() == "islamic state" for s, p, _ in facts)


def test_a_named_groups_men_led_by_a_person_give_the_group_its_leader(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "KLF fighters led by Juma Kombo entered Lindi on Sunday.\n\n"
        "Kilwa Army troops commanded by Juma Saidi Mrisho entered Mtwara.\n\n"
        "The battalion of Chechen fighters commanded by Halima Ali Kombo held the pass.\n\n"
        "Hardliners led by Rashidi Bakari broke away.\n",
    )
    assert has(facts, "KLF", "led_by", "Juma Kombo")
    assert has(facts, "Kilwa Army", "led_by", "Juma Saidi Mrisho")
    assert not any(
        t in ("Halima Ali Kombo", "Rashidi Bakari") for _, p, t in facts if p == "led_by"
    )


def test_a_known_other_name_in_brackets_is_stated_as_an_alias(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Segunda Marquetalia (Second Marquetalia) was announced in August 2019.\n",
    )
    assert has(facts, "Segunda Marquetalia", "alias", "Second Marquetalia")


def test_a_factbox_where_line_gives_the_groups_areas(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "FACTBOX - What is known about the Kilwa Army\n"
        "* Where: Lindi, Mtwara and the border villages north of Tunduru\n"
        "* First reported: late 2018\n",
    )
    assert has(facts, "Kilwa Army", "operates_in", "Lindi")
    assert has(facts, "Kilwa Army", "operates_in", "Mtwara")


def test_a_group_that_came_into_a_place_was_there(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Army came into Kerry by sea at Fenit in August 1922.\n\n"
        "The Pemba Front came into Being in 1961.\n",
    )
    assert has(facts, "Kilwa Army", "operates_in", "Kerry")
    assert not any(p == "operates_in" and t == "Being" for _, p, t in facts)


def test_a_plain_text_table_ruled_with_plus_signs(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Group               | Leader             | Main areas\n"
        "--------------------+--------------------+-----------\n"
        "Kilwa Army          | Juma Kombo         | Lindi, Mtwara\n"
        "Pemba Front         | Halima Ali         | Tanga\n\n"
        "The signatories are listed below.\n\n"
        "  # | Organisation                        | Main area\n"
        " ---+-------------------------------------+----------\n"
        "  1 | Rufiji Democratic Front (RDF)       | Rufiji\n"
        "  2 | Tabora People's Movement (TPM)      | Tabora\n",
    )
    assert has(facts, "Kilwa Army", "led_by", "Juma Kombo")
    assert has(facts, "Pemba Front", "operates_in", "Tanga")
    assert has(facts, "Rufiji Democratic Front", "alias", "RDF")
    assert has(facts, "Tabora People's Movement", "operates_in", "Tabora")


def test_a_quoted_operations_room_formed_with_others_holds_them_all(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        'In October 2018, the Kilwa Brigades formed the "Pamoja" ("Together") operations '
        "room with the Rufiji Front, the Lindi Movement and the Mafia Island Movement.",
    )
    for member in ("Kilwa Brigades", "Rufiji Front", "Lindi Movement", "Mafia Island Movement"):
        assert has(facts, member, "member_of", "Pamoja")
    assert has(facts, "Pamoja", "founded", "2018-10")
    assert not has(facts, "Kilwa Brigades", "founded", "2018-10")


def test_an_operations_room_whose_members_included_others_holds_them(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        'In June 2020 the Lindi Movement joined a new coalition, the "Pamoja" ("Together") '
        "operations room, whose members also included the Kilwa Brigades and the Rufiji Front.",
    )
    assert has(facts, "Kilwa Brigades", "member_of", "Pamoja")
    assert has(facts, "Rufiji Front", "member_of", "Pamoja")


def test_a_groups_official_named_with_it_is_a_member(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Many belong to the Kilwa Liberation Front (KLF), whose political official Juma Kombo "
        "said the group had dissolved itself.\n\n"
        "The Rufiji Movement claimed the attack. Its religious official, Ali Hassan, has said the "
        "group has no foreign links.\n\n"
        "On Monday, Pemba Front official Halima Ali told reporters the talks had failed. Omar "
        "Kanza, a former Lindi Army spokesman, now heads a party.\n\n"
        '"We went forward." - former Mtwara Front fighter, Masasi, recorded 2018',
    )
    assert has(facts, "Juma Kombo", "member_of", "Kilwa Liberation Front")
    assert has(facts, "Ali Hassan", "member_of", "Rufiji Movement")
    assert has(facts, "Halima Ali", "member_of", "Pemba Front")
    assert has(facts, "Omar Kanza", "member_of", "Lindi Army")
    assert not any(s == "Masasi" for s, _, _ in facts)


def test_a_group_called_back_with_two_describing_words_stays_the_topic(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front surfaced in February 2025 with claims of killings in Lindi. The "
        "Salafi-jihadist group also claimed the 22 June bombing of a church in Dar es Salaam, "
        "which the interior ministry blamed on the Rufiji Movement. It says it is led by Omar "
        "Kanza.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Omar Kanza")
    assert not has(facts, "Rufiji Movement", "led_by", "Omar Kanza")


def test_a_coalition_built_around_or_led_by_its_main_force_holds_it(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Coastal Alliance, which says it has about 10,000 fighters, is built around the "
        "Kilwa Brigades (KB).\n\n"
        "The Tanga Council was formed in 2024. Its main force was the Pangani Battalion, "
        "commanded by Juma Kombo.\n\n"
        "The Lake Union also agreed to disband. Another Lake Union faction, the Rufiji Front, "
        "is led by Ali Hassan.\n\n"
        "In 2024 the Mafia Island Movement and allied factions, grouped in the Coastal "
        "Operations Command, launched an offensive.",
    )
    assert has(facts, "Kilwa Brigades", "member_of", "Coastal Alliance")
    assert has(facts, "Pangani Battalion", "member_of", "Tanga Council")
    assert has(facts, "Rufiji Front", "member_of", "Lake Union")
    assert has(facts, "Mafia Island Movement", "member_of", "Coastal Operations Command")


def test_a_whos_who_entry_of_terse_notes_gives_place_and_leader(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Who is who:\n\n"
        "- **Kilwa Brigade** – Lindi; commander Juma Kombo; dissolved April 2025.\n"
        "- Pemba Army - Pemba, Tanga; founder Halima Ali.\n\n"
        "Kilwa Front - Wikipedia\n",
    )
    assert has(facts, "Kilwa Brigade", "led_by", "Juma Kombo")
    assert has(facts, "Kilwa Brigade", "operates_in", "Lindi")
    assert has(facts, "Kilwa Brigade", "dissolved", "2025-04")
    assert has(facts, "Pemba Army", "operates_in", "Tanga")
    assert not has(facts, "Pemba Army", "led_by", "Halima Ali")  # a founder is no leader
    assert not any(p == "operates_in" and t == "Wikipedia" for _, p, t in facts)


def test_a_place_after_based_in_that_opens_the_sentence_stays_a_place(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Brigade was formed in 2019. Based in Mtwara, the brigade announced its "
        "dissolution on 13 April 2025.",
    )
    assert has(facts, "Kilwa Brigade", "dissolved", "2025-04-13")
    assert has(facts, "Kilwa Brigade", "operates_in", "Mtwara")
    assert not any(s == "Mtwara" for s, _, _ in facts)


def test_a_fronted_leader_with_his_other_name_leads_the_group_after_it(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Rufiji Front was dissolved. Led by Juma Kombo, better known by his nom de guerre "
        "Abu Ali, the Kilwa Front governed Lindi.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    assert not has(facts, "Rufiji Front", "led_by", "Juma Kombo")


def test_a_thing_named_by_a_common_noun_before_an_aside_is_not_the_topic(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Rufiji Front held a conference in 2025. The defence ministry, headed by Juma "
        "Kombo, has since grouped fighters into divisions. The second generation, led by Ali "
        "Hassan, took over in 2026.",
    )
    assert not has(facts, "Rufiji Front", "led_by", "Juma Kombo")
    assert has(facts, "Rufiji Front", "led_by", "Ali Hassan")


def test_a_name_in_brackets_followed_by_its_language_is_an_alias(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Army (Jeshi la Kilwa in Swahili; KA) attacked Lindi. Aitarak ('thorn' in "
        "Tetum), the Dili militia, attacked the house.",
    )
    assert has(facts, "Kilwa Army", "alias", "Jeshi la Kilwa")
    assert has(facts, "Kilwa Army", "alias", "KA")
    assert not any("in Tetum" in str(t) for _, _, t in facts)


def test_a_headline_question_in_capitals_names_the_topic_not_is(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "WHO IS THE KILWA LIBERATION FRONT?\n\n"
        "The group was founded in October 2015 when Juma Kombo, a cleric, broke with the "
        "Islamic State.",
    )
    assert has(facts, "KILWA LIBERATION FRONT", "founded", "2015-10")
    assert not has(facts, "Islamic State", "founded", "2015-10")


def test_groups_driven_from_a_place_and_the_side_driving_them_were_both_there(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Since then the Kilwa Defence Forces (KDF) have driven Rufiji Front fighters from the "
        "40km-long Mbwemkuru valley and the village of Nangurukuru. The Pemba Army remains the "
        "larger threat in Tanga. Young men set about driving settlers from Mafia off land.",
    )
    for group in ("Kilwa Defence Forces", "Rufiji Front"):
        assert has(facts, group, "operates_in", "Mbwemkuru")
        assert has(facts, group, "operates_in", "Nangurukuru")
    assert has(facts, "Pemba Army", "operates_in", "Tanga")
    assert not any(t == "Mafia" for _, _, t in facts)


def test_a_known_name_ending_a_hyphened_longer_name_is_not_read_alone(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kuki-Chin National Front (কুকি-চিন ন্যাশনাল ফ্রন্ট) was founded in 2008. It is led by "
        "Nathan Bawm.",
    )
    assert has(facts, "Kuki-Chin National Front", "founded", "2008")
    assert has(facts, "Kuki-Chin National Front", "led_by", "Nathan Bawm")
    assert not any(s == "Chin National Front" for s, _, _ in facts)


def test_a_place_based_branch_in_apposition_makes_the_group_part_of_its_parent(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front (KF), the Tanzania-based branch of al-Qaeda, was formed in January "
        "2009. The movement is named after Juma Kombo, who founded it and was killed in 2004.",
    )
    assert has(facts, "Kilwa Front", "part_of", "al-Qaeda")
    assert has(facts, "Kilwa Front", "founded", "2009-01")
    assert not has(facts, "Kilwa Front", "founded", "2004")
    assert not any(s.startswith("Tanzania-based") for s, _, _ in facts)


def test_a_state_that_backs_a_group_is_its_affiliate(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Brigades (Brigedi za Kilwa), a largely Salafi force backed by the UAE, are "
        "led by Juma Kombo. The Pemba Forces were raised in 2016 with training and money from "
        "the United Arab Emirates. The Rufiji Front is an Iran-backed organisation. The Mtwara "
        "Front is backed by Iran, Syria and Qatar. The Lindi Army was listed on a request "
        "backed by China. UAE-backed forces drove the Tanga Front out of Tanga. The Mafia "
        "Movement emerged with backing from Iran's Revolutionary Guard.",
    )
    assert has(facts, "Kilwa Brigades", "affiliated_with", "UAE")
    assert has(facts, "Pemba Forces", "affiliated_with", "United Arab Emirates")
    assert has(facts, "Rufiji Front", "affiliated_with", "Iran")
    for state in ("Iran", "Syria", "Qatar"):
        assert has(facts, "Mtwara Front", "affiliated_with", state)
    assert not has(facts, "Lindi Army", "affiliated_with", "China")
    assert not has(facts, "Tanga Front", "affiliated_with", "UAE")
    assert not has(facts, "Mafia Movement", "affiliated_with", "Iran")


def test_a_unit_named_with_its_owner_and_a_town_taken_earlier(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Police Force (KPF) and its Commando Battalion for Resolute Action (CoBRA) "
        "searched the hills. In mid-February the Rufiji Front captured Lindi, three weeks after "
        "taking Mtwara in the south.",
    )
    assert has(facts, "Commando Battalion for Resolute Action", "part_of", "Kilwa Police Force")
    assert has(facts, "Rufiji Front", "operates_in", "Mtwara")


def test_an_aside_of_many_of_them_leaves_the_coalition_the_subject(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Pamoja Alliance is a loose coalition of armed groups, many of them Kilwa Army "
        "splinters, that fight alongside the Tanzanian army against the Rufiji Front. In 2020 "
        "between 6,000 and 6,500 Kenyan militants were present in Lindi.",
    )
    assert has(facts, "Pamoja Alliance", "rival_of", "Rufiji Front")
    assert not has(facts, "Kilwa Army", "rival_of", "Rufiji Front")
    assert not any(s.startswith("500") for s, _, _ in facts)


def test_a_list_goes_on_past_an_items_better_known_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was formed in 2004 by the merger of the Lindi Movement, better known as "
        "the LM, and the Rufiji Army.",
    )
    assert has(facts, "Lindi Movement", "merged_into", "Kilwa Front")
    assert has(facts, "Rufiji Army", "merged_into", "Kilwa Front")


def test_where_a_group_was_founded_or_will_withdraw_from_it_was(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was formed in 2014 in Lindi. The Rufiji Gang is a street gang born in "
        "the Keko prison. According to the statement, the Pemba Army's troops will withdraw from "
        "Mogok and Momeik within the agreed period. I was born in Tanga in 1894.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Lindi")
    assert has(facts, "Rufiji Gang", "operates_in", "Keko")
    assert not any(t == "Tanga" for _, _, t in facts)


def test_an_entry_description_after_a_colon_and_a_second_leader_past_an_aside(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "- Kilwa Cartel (KC): the Rufiji Cartel's main rival.\n\n"
        'The Lindi Cartel was long headed by Juma "El Toro" Kombo, now serving a life sentence '
        'in the US, and Ali "El Gato" Hassan.',
    )
    assert has(facts, "Kilwa Cartel", "rival_of", "Rufiji Cartel")
    assert has(facts, "Lindi Cartel", "led_by", 'Ali "El Gato" Hassan')
    assert has(facts, "Lindi Cartel", "led_by", 'Juma "El Toro" Kombo')


def test_a_name_called_a_nationalist_organisation_is_a_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor, "Kilwa Leepun is a Kilwa nationalist organisation headed by Juma Kombo."
    )
    assert has(facts, "Kilwa Leepun", "led_by", "Juma Kombo")


def test_groups_listed_with_where_they_are_active_all_split(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 2024 the Kilwa Commandos, active in Lindi, and the Rufiji Coordinator, active in "
        "Mtwara, split from the Pemba Front and formed the Coastal Alliance.",
    )
    assert has(facts, "Kilwa Commandos", "split_from", "Pemba Front")
    assert has(facts, "Rufiji Coordinator", "split_from", "Pemba Front")
    assert has(facts, "Kilwa Commandos", "operates_in", "Lindi")


def test_a_breakaway_described_in_an_aside_is_led_by_the_man_it_left_under(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front (KF), an offshoot of the Rufiji Army based in Lindi, broke away from it "
        "in 2014 under Juma Kombo and claimed the 2016 bombing in Mtwara.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Kombo")
    assert not has(facts, "Rufiji Army", "led_by", "Juma Kombo")


def test_a_group_that_took_a_town_with_the_help_of_another_is_its_ally(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In August 2024 the Kilwa Army captured Lindi, the seat of the Northeastern Command, "
        "with the help of the Rufiji Front.",
    )
    assert has(facts, "Kilwa Army", "allied_with", "Rufiji Front")
    assert has(facts, "Kilwa Army", "operates_in", "Lindi")


def test_it_later_in_a_sentence_that_opened_on_its_is_the_same_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Province (KP) is the Islamic State branch in Tanzania.\n\n"
        "Its first leader, Hafiz Saeed Khan, was a former Rufiji Front commander from Lindi, and "
        "since 2020 it has been led by Sanaullah Ghafari.",
    )
    assert has(facts, "Kilwa Province", "led_by", "Sanaullah Ghafari")
    assert not has(facts, "Rufiji Front", "led_by", "Sanaullah Ghafari")


def test_a_former_figure_of_a_group_is_its_member(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Council was formed in 2013 and was headed by Juma Kombo, a former Rufiji "
        "Front figure.",
    )
    assert has(facts, "Juma Kombo", "member_of", "Rufiji Front")
    assert has(facts, "Kilwa Council", "led_by", "Juma Kombo")


def test_a_us_backed_alliance_and_a_groups_main_force_in_a_region(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front, a U.S.-backed alliance, fought in Lindi. The Rufiji Brigade, led by "
        "Juma Kombo, remains its main force in southern Tanzania.",
    )
    assert has(facts, "Kilwa Front", "affiliated_with", "U.S.")
    assert has(facts, "Rufiji Brigade", "operates_in", "Tanzania")


def test_a_name_glossed_in_another_language_is_an_alias(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Guard (Kilvanskaya Gvardiya) was set up in 2019. Harakat al-Sahil (Movement of "
        "the Coast) issued a statement. The Tanga Army (Juma Kombo) clashed with police.",
    )
    assert has(facts, "Kilwa Guard", "alias", "Kilvanskaya Gvardiya")
    assert has(facts, "Harakat al-Sahil", "alias", "Movement of the Coast")
    assert not any(p == "alias" and "Juma" in str(t) for _, p, t in facts)


def test_a_person_sometimes_spelled_otherwise(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "Iyad Ag Ghaly (sometimes spelled Iyad Ag Aghaly) leads the Tanga Front.",
    )
    assert has(facts, "Iyad Ag Ghaly", "alias", "Iyad Ag Aghaly")


def test_a_group_of_a_titled_leader_a_cleric_and_a_militant_youth_wing(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Mercenaries backed the Tanga Army of eastern commander Juma Kombo. The statement was "
        "read by Ali Mussa, a veteran Tanga Army cleric. The Kilwa Youth rose to prominence in "
        "2006 as the militant youth wing of the Rufiji Courts Union.",
    )
    assert has(facts, "Tanga Army", "led_by", "Juma Kombo")
    assert has(facts, "Ali Mussa", "member_of", "Tanga Army")
    assert has(facts, "Kilwa Youth", "armed_wing_of", "Rufiji Courts Union")


def test_exchanges_of_fire_and_a_present_tense_dissolution(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "There were repeated exchanges of fire between the Tanga Front and the Kilwa Army.\n\n"
        "30 Nov 2024: the Lindi Framework dissolves into the Rufiji Front",
    )
    assert has(facts, "Tanga Front", "rival_of", "Kilwa Army") or has(
        facts, "Kilwa Army", "rival_of", "Tanga Front"
    )
    assert has(facts, "Lindi Framework", "merged_into", "Rufiji Front")


def test_troops_kept_in_a_place_and_a_quoted_translation_after_or(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tanga Force still has an estimated 10,000 troops in southern Tanzania. The Kilwa "
        'Army still holds five hilltop positions in Lindi. Jaish-e-Pwani (JeP), or "Army of '
        'the Coast", was founded in 2000. Lashkar-e-Rufiji, literally "Army of the River", '
        "was set up in 1990.",
    )
    assert has(facts, "Tanga Force", "operates_in", "Tanzania")
    assert has(facts, "Kilwa Army", "operates_in", "Lindi")
    assert has(facts, "Jaish-e-Pwani", "alias", "Army of the Coast")
    assert has(facts, "Lashkar-e-Rufiji", "alias", "Army of the River")


def test_a_proxy_as_officials_describe_it(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tanga Front, which officials describe as a Kilwa Army proxy, has claimed several "
        "ambushes.",
    )
    assert has(facts, "Tanga Front", "affiliated_with", "Kilwa Army")


def test_its_elite_unit_and_a_described_movement_is_the_passages_group(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Pwani Movement is the Tanga Front's ally.\n\n"
        "The Kilwa Party was founded in 1982 in Lindi. The Shia Islamist movement is the "
        "strongest member of the Coastal Alliance. Its elite Rufiji Force lost its commander "
        "in 2024.",
    )
    assert has(facts, "Rufiji Force", "part_of", "Kilwa Party")
    assert has(facts, "Kilwa Party", "member_of", "Coastal Alliance")
    assert not any(s == "Pwani Movement" and p == "member_of" for s, p, _ in facts)


def test_its_named_division_of_a_coalition_is_a_member(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Coastal Alliance is a coalition of armed factions. Its Kilwa Division is widely "
        "called the Kilwas.",
    )
    assert has(facts, "Kilwa Division", "member_of", "Coastal Alliance")


def test_a_charge_denied_after_an_accusation_leaves_the_clash_standing(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tanga Army has clashed repeatedly with the Kilwa Front in Lindi, and activists "
        "accuse its fighters of burning a town, a charge the Tanga Army denied.",
    )
    assert has(facts, "Tanga Army", "rival_of", "Kilwa Front")
    denied = found(extractor, "The Tanga Front is tied to the Kilwa Army, a charge it denied.")
    assert not any(p == "affiliated_with" for _, p, _ in denied)


def test_its_long_time_rival_after_a_comma_and_another_short_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 2007 the Tanga Front lost Lindi to the Kilwa Army, its long-time rival. Officials "
        "pointed to the Rufiji Coast Province, known as RCP or RCP-K. In 2015 Juma Kombo, the "
        "RCP's leader at the time, moved to Mtwara.",
    )
    assert has(facts, "Kilwa Army", "rival_of", "Tanga Front") or has(
        facts, "Tanga Front", "rival_of", "Kilwa Army"
    )
    assert has(facts, "Rufiji Coast Province", "alias", "RCP-K")
    assert has(facts, "RCP", "led_by", "Juma Kombo")


def test_a_force_another_group_set_up_and_territory_held(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Pwani Brigades, an auxiliary force that the Tanga Front set up in 1997, grew. In "
        "its early years the Kilwa Army held pockets of territory in the eastern provinces of "
        "Lindi and Mtwara.",
    )
    assert has(facts, "Pwani Brigades", "founded", "1997")
    assert not has(facts, "Tanga Front", "founded", "1997")
    assert has(facts, "Kilwa Army", "operates_in", "Mtwara")


def test_one_of_the_coalitions_components_is_headed_by(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Rufiji Battalion, one of the coalition's strongest components, is headed by Juma "
        "Kombo, a preacher from Lindi. In the north, the Tanga Front works closely with the "
        "Kilwa Army.",
    )
    assert has(facts, "Rufiji Battalion", "led_by", "Juma Kombo")
    assert has(facts, "Tanga Front", "allied_with", "Kilwa Army")


def test_a_split_within_a_tagged_translation_and_a_compass_region(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Lindi Union, headed by Ali Mussa, was founded in 2014 after a split within the "
        "former Tanga Front. Volunteers came from the Pwani Guards (guardians of the coast, in the "
        "Makonde language), and the Kilwa Army is active mainly in the north-west, in Mtwara "
        "and Masasi.",
    )
    assert has(facts, "Lindi Union", "split_from", "Tanga Front")
    assert has(facts, "Pwani Guards", "alias", "guardians of the coast")
    assert not any(p == "alias" and "language" in str(t) for _, p, t in facts)
    assert has(facts, "Kilwa Army", "operates_in", "Masasi")


def test_a_former_member_or_officer_is_a_member(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'Juma Kombo is a former member of the Tanga Front. Ali Mussa, alias "Simba", is a '
        "former officer of the Kilwa Police Force. Hassan Said, a former Rufiji Army officer, "
        "leads the gang.",
    )
    assert has(facts, "Juma Kombo", "member_of", "Tanga Front")
    assert has(facts, "Ali Mussa", "member_of", "Kilwa Police Force")
    assert has(facts, "Hassan Said", "member_of", "Rufiji Army")


def test_clashed_for_years_backed_since_a_date_and_goes_by_the_nickname(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tanga Front has clashed for years with the Kilwa Army. The Lindi Defence Force, "
        "which is badly outnumbered, has been backed since June 2024 by the Coastal Brigade. The "
        "Rufiji "
        'Gang, led by Juma Kombo, who goes by the nickname "Simba", controls Mtwara.',
    )
    assert has(facts, "Tanga Front", "rival_of", "Kilwa Army")
    assert has(facts, "Lindi Defence Force", "affiliated_with", "Coastal Brigade")
    assert has(facts, "Juma Kombo", "alias", "Simba")


def test_a_shouted_box_label_is_no_group_and_a_units_parent_is_its_formation(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "BATTALION TO BRIGADE\n\n"
        "In 2014 the battalion was incorporated into the Tanga Guard.\n\n"
        "UNIT CARD | 3rd Kilwa Brigade\n"
        "Formed: 2023\n"
        "Parent: Coastal Ground Forces\n"
        "Commander: Juma Kombo\n",
    )
    assert not any("CARD" in s or "BATTALION" in s for s, _, _ in facts)
    assert has(facts, "3rd Kilwa Brigade", "part_of", "Coastal Ground Forces")
    assert has(facts, "3rd Kilwa Brigade", "led_by", "Juma Kombo")
    assert not any(p == "armed_wing_of" for _, p, _ in facts)


def test_a_factbox_spokesman_and_opponents_and_a_translation_clause(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "KEY FACTS\n\n"
        '- Name: Harakat al-Sahil ("Movement of the Coast"), widely known as the Sahilis\n'
        "- Military spokesman: Juma Kombo\n"
        "- Heartland: Lindi province\n"
        "- Main Tanzanian opponents: the Kilwa Army and the Rufiji Front\n\n"
        'The Tanga Front (TF), which translates as "Front of Tanga", said it acted with its '
        "ally Pwani Brigades. Ali Mussa, who also goes by the surname Simba, leads it.",
    )
    assert has(facts, "Juma Kombo", "member_of", "Harakat al-Sahil")
    assert has(facts, "Harakat al-Sahil", "operates_in", "Lindi")
    assert has(facts, "Harakat al-Sahil", "rival_of", "Kilwa Army")
    assert not any(p == "alias" and "known as" in str(t) for _, p, t in facts)
    assert has(facts, "Tanga Front", "alias", "Front of Tanga")
    assert has(facts, "Pwani Brigades", "allied_with", "Tanga Front") or has(
        facts, "Tanga Front", "allied_with", "Pwani Brigades"
    )
    assert has(facts, "Ali Mussa", "alias", "Simba")


def test_an_iran_backed_movement_cells_linked_to_a_party_and_a_ruled_place(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Brigades are the armed wing of the Pwani Jihad Movement (PJM), an Iran-backed "
        "Islamist movement. The Tanga Martyrs' Brigades, armed cells linked to the Lindi Party "
        "that first appeared in 2000, have fighters in Mtwara. The Rufiji Front, an Islamist "
        "movement that has ruled Lindi since 2007, keeps cells in Masasi. Officials say the "
        "Kilwa Army has used Mtwara state as a rear guard for years.",
    )
    assert has(facts, "Pwani Jihad Movement", "affiliated_with", "Iran")
    assert has(facts, "Pwani Jihad Movement", "ideology", "Islamist")
    assert not any(p == "ideology" and "backed" in str(t) for _, p, t in facts)
    assert has(facts, "Tanga Martyrs' Brigades", "affiliated_with", "Lindi Party")
    assert has(facts, "Tanga Martyrs' Brigades", "founded", "2000")
    assert not has(facts, "Lindi Party", "founded", "2000")
    assert has(facts, "Rufiji Front", "operates_in", "Lindi")
    assert has(facts, "Kilwa Army", "operates_in", "Mtwara")


def test_a_states_police_is_an_actor_but_police_alone_is_not(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tanga Police (Polisi ya Tanga in Swahili) sent a patrol. Juma Kombo, a Tanga "
        "Police officer, was wounded. Police and volunteers regained control of Lindi.",
    )
    assert has(facts, "Tanga Police", "alias", "Polisi ya Tanga")
    assert has(facts, "Juma Kombo", "member_of", "Tanga Police")
    assert not any(s == "Police" for s, _, _ in facts)


def test_a_fronted_attributive_wing_and_its_after_and(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "A second Tanga Union armed wing, the Kilwa Defence Organisation (KDO), which was "
        "formed in 1947, fights alongside the Tanga Army. In December Juma Kombo, a Rufiji "
        "Front commander, pledged allegiance to the Coastal Front and its leader, Ali Mussa.",
    )
    assert has(facts, "Kilwa Defence Organisation", "armed_wing_of", "Tanga Union")
    assert has(facts, "Coastal Front", "led_by", "Ali Mussa")
    assert not has(facts, "Rufiji Front", "led_by", "Ali Mussa")


def test_a_known_places_group_and_a_fronted_place_with_backing(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tanga Front is a small but well-armed Tanzania group. In Mtwara, Kilwa Army fighters "
        "backed the Rufiji Front. The Pwani Brigades are a Salafi-jihadist group.",
    )
    assert has(facts, "Tanga Front", "operates_in", "Tanzania")
    assert has(facts, "Kilwa Army", "operates_in", "Mtwara")
    assert not any(p == "operates_in" and "Salafi" in str(t) for _, p, t in facts)


def test_a_place_based_party_a_force_responsible_for_a_place_and_a_leader_known_as(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tanga Front, the Lindi-based party that had dominated politics, fought back. The "
        "Kilwa Guard, which is responsible for security in most of Mtwara, denied nothing. "
        'After Juma Kombo, the Rufiji Army leader known as "Simba", escaped, the army acted.',
    )
    assert has(facts, "Tanga Front", "operates_in", "Lindi")
    assert has(facts, "Kilwa Guard", "operates_in", "Mtwara")
    assert has(facts, "Rufiji Army", "led_by", "Juma Kombo")


def test_a_bloc_it_formed_with_others_and_one_of_its_commanders(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Tanga Front is a member of the Coastal Alliance, a bloc it formed in 2016 with the "
        "Kilwa Army and the Rufiji Brigades. In 2023 the Lindi Front fought battles after one "
        "of its commanders, Juma Kombo, was shot dead.",
    )
    assert has(facts, "Kilwa Army", "member_of", "Coastal Alliance")
    assert has(facts, "Rufiji Brigades", "member_of", "Coastal Alliance")
    assert has(facts, "Coastal Alliance", "founded", "2016")
    assert not has(facts, "Tanga Front", "founded", "2016")
    assert has(facts, "Juma Kombo", "member_of", "Lindi Front")


def test_known_until_a_year_as_and_a_party_a_person_founded(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The strongest force is the Kilwa National Army (KNA), known until 2024 as the Kilwa "
        "Border Guard Force. The Tanga Front, a party Juma Kombo founded in 2001, fought.",
    )
    assert has(facts, "Kilwa National Army", "alias", "Kilwa Border Guard Force")
    assert has(facts, "Tanga Front", "founded", "2001")


def test_every_side_fought_or_clashed_with_in_a_place_is_there(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kigoma Army has clashed repeatedly with both the Mwanza Front and the Tabora "
        "Movement in Dodoma. The Pemba Front has fought the army and the Mara Brigade in "
        "Tanzania.",
    )
    assert has(facts, "Mwanza Front", "operates_in", "Dodoma")
    assert has(facts, "Tabora Movement", "operates_in", "Dodoma")
    assert has(facts, "Mara Brigade", "operates_in", "Tanzania")
    assert has(facts, "Pemba Front", "operates_in", "Tanzania")


def test_the_armed_wing_a_party_launched_and_the_leader_of_a_group_with_its_acronym(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The case rested on the Kilwa Security Network (KSN), the armed wing the Tanga Union "
        "launched in December 2020. The Pemba Defence Force, the armed wing that the Lindi "
        "Movement set up in 2019, fought. A court convicted the leader of the Mara Union (MU), "
        "Juma Kombo, on Friday.",
    )
    assert has(facts, "Kilwa Security Network", "armed_wing_of", "Tanga Union")
    assert has(facts, "Kilwa Security Network", "founded", "2020-12")
    assert not has(facts, "Tanga Union", "founded", "2020-12")
    assert has(facts, "Pemba Defence Force", "armed_wing_of", "Lindi Movement")
    assert has(facts, "Mara Union", "led_by", "Juma Kombo")


def test_emoji_bullets_under_a_name_describe_it(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "KEY ACTORS\n\n1\ufe0f\u20e3 Tanga Union (TU)\n"
        "\u27a1\ufe0f the Lindi Front's affiliate in Tanzania, formed in March 2017 from the "
        "merger of the Kilwa Army, the Pemba Brigade and the Mara Front.\n"
        "\u27a1\ufe0f Led by the Malian Tuareg Juma Kombo since day one.\n\n"
        "2\ufe0f\u20e3 Operation Mirador\n"
        "\u27a1\ufe0f Operation Mirador was launched in January 2022 in Dodoma.\n",
    )
    assert has(facts, "Tanga Union", "affiliated_with", "Lindi Front")
    assert has(facts, "Kilwa Army", "merged_into", "Tanga Union")
    assert has(facts, "Mara Front", "merged_into", "Tanga Union")
    assert has(facts, "Tanga Union", "founded", "2017-03")
    assert has(facts, "Tanga Union", "led_by", "Juma Kombo")
    assert has(facts, "Operation Mirador", "founded", "2022-01")
    assert not has(facts, "Tanga Union", "founded", "2022-01")


def test_words_that_look_like_ties_but_state_none(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Army is an armed group based in Dodoma.\n\nA DISSIDENCE BORN IN A VIDEO\n\n"
        "Eleven members of the Pemba Front surrendered. None of them belonged to the Tanga "
        "Front, the army said. Tanzanian security forces killed two members of the Mara Front "
        'in Dodoma. Sulu was declared "Front-free" in September 2023. The Kilwa Army presses '
        "on with a recruitment drive launched in February 2024. The United States designated "
        "the Lindi Brigade a Foreign Terrorist Organization (FTO) in 2025.",
    )
    assert has(facts, "Kilwa Army", "operates_in", "Dodoma")
    assert not any(f[1] == "operates_in" and "VIDEO" in f[2] for f in facts)
    assert not has(facts, "Pemba Front", "member_of", "Tanga Front")
    assert not any(f[1] == "member_of" and f[2] == "Mara Front" for f in facts)
    assert not any(f[1] == "founded" and f[2] in ("2023-09", "2024-02") for f in facts)
    assert not any("Foreign Terrorist" in f[0] or "Foreign Terrorist" in f[2] for f in facts)


def test_a_founding_whose_subject_no_rule_read_is_not_the_topics(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front is an armed group. Founded in 2004, Mwenge-Der was dissolved by court "
        "order in 2012. The first two, Volat and Terror, were formed in May 2022. In August "
        "2022 she formed the United Transitional Cabinet. Founded in 2001, it grew fast.",
    )
    assert has(facts, "Kilwa Front", "founded", "2001")
    assert not has(facts, "Kilwa Front", "founded", "2004")
    assert not has(facts, "Kilwa Front", "dissolved", "2012")
    assert not has(facts, "Kilwa Front", "founded", "2022-05")
    assert not has(facts, "Kilwa Front", "founded", "2022-08")


def test_a_source_is_no_topic_and_a_noun_before_a_name_points_to_the_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Gunmen raided a depot in 2004. Since then 7,700 people have been killed, according to "
        "Kivu Watch, an independent monitoring group. The violence is concentrated in Dodoma. "
        "The Lindi Front is an armed movement in Tanzania.\n\n"
        "The Tanga Brotherhood is a banned group.\n\n"
        "That branch, the Pemba Province (PP), was set up in January 2015 as the Tanga "
        "Brotherhood's branch for Dodoma. It is the Lindi Front's most dangerous rival. Since "
        "2020 it has been led by Juma Kombo.",
    )
    assert not any(f[0] == "Kivu Watch" for f in facts)
    assert has(facts, "Pemba Province", "led_by", "Juma Kombo")
    assert not has(facts, "Tanga Brotherhood", "led_by", "Juma Kombo")


def test_a_sites_other_name_is_no_actors_alias(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front holds the Rufiji River (Mto Rufiji) and the Selous park complex (SPC). "
        "The Popular Front for the Liberation of the Occupied Arabian Gulf (PFLOAG) fought.",
    )
    assert not any(
        f[1] == "alias" and f[0] in ("Rufiji River", "Selous park complex") for f in facts
    )
    assert has(
        facts, "Popular Front for the Liberation of the Occupied Arabian Gulf", "alias", "PFLOAG"
    )


def test_the_legion_and_the_regiment_call_back_their_unit(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Tanzanian National Legion was formed in 2014. For its first two years the legion "
        "was one of dozens of volunteer units fighting the Mara People's Republic in Dodoma. "
        "The Kilwa Regiment is a volunteer unit. Since 2024 the regiment has been led by Juma "
        "Kombo.",
    )
    assert has(facts, "Tanzanian National Legion", "rival_of", "Mara People's Republic")
    assert has(facts, "Kilwa Regiment", "led_by", "Juma Kombo")


def test_a_spelling_before_an_acronym_and_a_tie_after_a_time_phrase(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Many came out of the Kilwa Sharia Front in Tanzania (Kilwa Charia Front, KSFT). The "
        "Tabora Front split from the Rufiji Party in 1978 and for the following decade was "
        "allied with the Labour Party of Tanzania.",
    )
    assert has(facts, "Kilwa Sharia Front in Tanzania", "alias", "KSFT")
    assert has(facts, "Kilwa Sharia Front in Tanzania", "alias", "Kilwa Charia Front")
    assert has(facts, "Tabora Front", "allied_with", "Labour Party of Tanzania")
    assert not has(facts, "Rufiji Party", "allied_with", "Labour Party of Tanzania")


def test_proclaimed_allegiance_to_the_organisation_of_and_appeared_at_the_end_of(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front proclaimed its allegiance to the organisation of the Islamic State "
        "(Daech) at the end of 2014. The Okba Battalion appeared there at the end of 2012.",
    )
    assert has(facts, "Kilwa Front", "affiliated_with", "Islamic State")
    assert has(facts, "Okba Battalion", "founded", "2012")


def test_glosses_dates_and_men_acted_on_make_no_ties(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front is an armed group. On 26 March troops surrounded its base in Dodoma. "
        "In May the Mara Brigades claimed an ambush in which, they said, several members of "
        '"the Tabora gang" were killed. "We were fighting the Pemba Army before anyone in '
        'Mwanza remembered us," said a commander. Since March 2021 the Lindi Front has had a '
        'political arm, which Juma Kombo also heads. The Rufiji Front - literally "front of '
        'national resistance" - was founded in 2021.',
    )
    assert has(facts, "Kilwa Front", "operates_in", "Dodoma")
    assert not any("National Resistance" in f[0] for f in facts)
    assert not any(f[1] == "size" and f[2].startswith("26") for f in facts)
    assert not has(facts, "Mara Brigades", "member_of", "Tabora gang")
    assert not has(facts, "Pemba Army", "operates_in", "Mwanza")
    assert not any(f[1] == "led_by" and f[2].startswith("Since") for f in facts)


def test_a_shouted_subhead_names_no_group(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front is an armed group in Dodoma.\n\nFROM VOLUNTEERS TO SOLDIERS\n\n"
        "The jihadists belong to the Mara Brigade.\n\nTHE OLDEST PARTY\n\nIn 2006 a group "
        "of senior members broke away from the party and set up the Lindi Democratic Party.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Dodoma")
    assert has(facts, "Lindi Democratic Party", "founded", "2006")
    assert not any("PARTY" in f[2] or "SOLDIERS" in f[0] for f in facts)


def test_a_commander_who_goes_by_a_name_a_structure_of_and_joint_attacks(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The KDF - the Kilwa Democratic Front, which also goes by the acronym PDKF - is old. "
        "In 2024 they formed the Mara National Army, whose commander goes by the name Walter "
        "Mendoza. The second is the Tabora Front, a structure of the Lindi Army, which operates "
        "in Dodoma. The fronts that stayed formed the Rufiji Bloc, led by alias Calarcá. The "
        "27th Jungle Brigade belongs to the army's Sixth Division. Since 2020 the Pemba Front "
        "has claimed joint attacks with the Mwanza Revolutionary Army.",
    )
    assert has(facts, "Kilwa Democratic Front", "alias", "PDKF")
    assert has(facts, "Mara National Army", "led_by", "Walter Mendoza")
    assert has(facts, "Tabora Front", "part_of", "Lindi Army")
    assert has(facts, "Rufiji Bloc", "led_by", "Calarcá")
    assert has(facts, "27th Jungle Brigade", "part_of", "Sixth Division")
    assert has(facts, "Pemba Front", "allied_with", "Mwanza Revolutionary Army")


def test_the_spla_io_is_the_armed_wing_of_the_splm_io_not_another_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Youths marched on Bor alongside the SPLA-IO, the armed wing of the Sudan People's "
        "Liberation Movement-in-Opposition (SPLM-IO).",
    )
    assert has(
        facts,
        "SPLA-IO",
        "armed_wing_of",
        "Sudan People's Liberation Movement-in-Opposition",
    )


def test_a_known_name_with_its_acronym_in_brackets_gives_the_acronym(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kurdistan Freedom Party (PAK), a nationalist party, is led by Hussein Yazdanpanah. "
        "The People's Defence Forces (HPG) fought.",
    )
    assert has(facts, "Kurdistan Freedom Party", "alias", "PAK")
    assert has(facts, "People's Defence Forces", "alias", "HPG")


def test_a_negation_before_a_colon_and_the_dominant_group_in_a_place(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Killers is a gang. It is not an arm of the Kilwa Army: it split from the gang "
        "in 2007 and is active mainly in Dodoma. The Mara Front is the strongest armed group in "
        "Lindi.",
    )
    assert has(facts, "Kilwa Killers", "operates_in", "Dodoma")
    assert not has(facts, "Kilwa Killers", "part_of", "Kilwa Army")
    assert has(facts, "Mara Front", "operates_in", "Lindi")


def test_founded_around_a_year_in_a_compass_region(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was founded around 2010 in northern Tanzania by Juma Kombo. The Pemba "
        "Front was formed in the late 1990s in Dodoma.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Tanzania")
    assert has(facts, "Pemba Front", "operates_in", "Dodoma")


def test_a_count_of_a_peoples_troops_is_no_groups_size(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was founded in 1977. About 1,500 Moroccan troops, flown in by France, "
        "pushed the Kilwa Front back.",
    )
    assert has(facts, "Kilwa Front", "founded", "1977")
    assert not any(f[1] == "size" for f in facts)


def test_a_hyphenated_word_before_a_place_noun_and_fighters_based_on_islands(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front is also active around the gold-mining town of Geita. The Pemba Front "
        "takes its name from an island. Its fighters are based on the islands of Lake Victoria.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Geita")
    assert has(facts, "Pemba Front", "operates_in", "Lake Victoria")


def test_a_quoted_by_name_with_its_comma_inside_the_quotes(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        'The Kilwa Cartel was led by Juma Mbeki Kombo, "Z-40," and his younger brother Ali '
        'Mbeki Kombo, "Z-42." Police named Salim Mbeki, "El Kiko," a nephew, as its founder.',
    )
    assert has(facts, "Juma Mbeki Kombo", "alias", "Z-40")
    assert has(facts, "Ali Mbeki Kombo", "alias", "Z-42")
    assert has(facts, "Salim Mbeki", "alias", "El Kiko")


def test_one_of_several_groups_that_announced_a_body_is_its_member(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 2021 the Kilwa Front was one of nine groups, along with the Pemba Army, that "
        "founded the Coast Alliance in Dodoma. The Lindi Front was among the parties which "
        "launched the Southern Bloc.",
    )
    assert has(facts, "Kilwa Front", "member_of", "Coast Alliance")
    assert has(facts, "Lindi Front", "member_of", "Southern Bloc")


def test_each_spelling_in_brackets_is_a_name_and_a_place_in_brackets_is_no_person(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Division (Swahili: Kikosi cha Kilwa; also called Liwa Kilwa or the Kilwa "
        "Brigade) is a militia. Its commander, Juma Kombo (also spelled Djuma Kombo, "
        "جمعة كومبو), is from Lindi. Its men hold checkpoints around Tel Kombe (also written "
        "Tel Kumbi) and Batnaya.",
    )
    assert has(facts, "Kilwa Division", "alias", "Liwa Kilwa")
    assert has(facts, "Kilwa Division", "alias", "Kilwa Brigade")
    assert has(facts, "Juma Kombo", "alias", "Djuma Kombo")
    assert has(facts, "Juma Kombo", "alias", "جمعة كومبو")
    assert not any(f[0] == "Tel Kombe" for f in facts)


def test_a_long_description_with_its_own_bracket_is_an_aside_before_the_verb(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The KLA, a Guevarist guerrilla army founded in 1970 as the armed wing of the Workers' "
        "Party of Kilwa (Partido de los Trabajadores, PTK), was led by Juma Kombo.",
    )
    assert has(facts, "KLA", "led_by", "Juma Kombo")
    assert not has(facts, "Workers' Party of Kilwa", "led_by", "Juma Kombo")


def test_a_bracketed_short_name_drops_where_it_comes_from(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "It is close to the Group for the Liberation of Kilwa (GLK, or JLK after its Arabic "
        "name), a coalition. The Pemba Liberation Front (or PLF for short) is a militia.",
    )
    assert has(facts, "Group for the Liberation of Kilwa", "alias", "JLK")
    assert has(facts, "Pemba Liberation Front", "alias", "PLF")
    assert not any(f[1] == "alias" and "name" in str(f[2]) for f in facts)


def test_a_creed_a_group_fights_or_a_shouted_heading_is_not_its_ideology(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Guards are a self-defence militia.\n\nFACING THE JIHADIST GROUPS\n\nNeither "
        "the Kilwa Guards nor the Pemba Hunters were born to fight jihadism, but since 2016 they "
        "face better-armed groups. The Kilwa Army raised the Coast Rangers in 1978 to fight "
        "communist guerrillas.",
    )
    assert not any(f[1] == "ideology" for f in facts)


def test_a_sentence_opening_neither_or_not_is_no_part_of_a_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Neither the Kilwa Guards nor the Pemba Hunters joined the Coast Alliance.\n\n"
        "KPC | Not present | Split from the Kilwa Front in 2007\n\n"
        "The Lindi League was founded in 1963. Not Nasserist.",
    )
    assert not any(f[0].startswith(("Neither", "Not")) for f in facts)
    assert not any(str(f[2]).startswith("Not") for f in facts)
    assert not any(f[1] == "ideology" for f in facts)


def test_a_person_no_cue_read_keeps_the_spellings_in_brackets(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The other gang belonged to his son Juma Pappu (sometimes spelt Juma Pappoo). Its "
        "Dodoma unit is commanded by Wisam bin Hamisi (also Wissam Ben Hamisi). Mount Kilwa "
        "(Mlima Kilwa) rises above the town.",
    )
    assert has(facts, "Juma Pappu", "alias", "Juma Pappoo")
    assert has(facts, "Wisam bin Hamisi", "alias", "Wissam Ben Hamisi")
    assert not any(f[0] == "Mount Kilwa" for f in facts)


def test_neither_nor_denies_both_and_what_a_relative_clause_set_up_was_founded(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "For years neither the Kilwa Battalion nor the Pemba Battalion was formally part of the "
        "Tanzania People's Defence Force. It has had to compete with the Coast Security Network "
        "(CSN), which the separatist Kilwa People's Front (KPF), led by Juma Kombo, set up as "
        "its armed wing in December 2020.",
    )
    assert not any(f[1] == "part_of" for f in facts)
    assert has(facts, "Coast Security Network", "founded", "2020-12")
    assert not has(facts, "Kilwa People's Front", "founded", "2020-12")


def test_breaking_away_from_the_party_is_no_split_from_the_group_then_founded(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Lindi Communist Party was founded in 1931.\n\nIn 1971 Petkoff and Márquez broke "
        "away from the party and founded the Movement for Unity, MFU.",
    )
    assert has(facts, "Movement for Unity", "split_from", "Lindi Communist Party")
    assert not has(facts, "Lindi Communist Party", "split_from", "Movement for Unity")


def test_an_english_name_a_dash_and_its_native_name_are_two_names(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In 1960 the youth broke away and founded the Coast Liberation Movement - Movimiento de "
        "Liberación de la Costa, the MLC - under Juma Kombo. The National Council for the "
        "Defence of Kilwa – Forces for the Defence of Kilwa (CNDK-FDK) was founded in 1994.",
    )
    assert has(facts, "Coast Liberation Movement", "founded", "1960")
    assert not any(f[0].startswith("Coast Liberation Movement -") for f in facts)
    assert any(f[0].endswith("Forces for the Defence of Kilwa") for f in facts)


def test_a_people_or_faith_before_the_town_of_a_place_is_no_place(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "A Kilwa Front cell was based in the Flemish town of Maaseik. The Pemba Army is active "
        "in the Kurdish city of Kobani and the Sunni town of Fallujah.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Maaseik")
    assert has(facts, "Pemba Army", "operates_in", "Kobani")
    assert has(facts, "Pemba Army", "operates_in", "Fallujah")
    assert not any(f[2] in ("Flemish", "Kurdish", "Sunni") for f in facts)


def test_a_name_reported_otherwise_and_a_cited_title_is_no_by_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front's commander is Harun Umer (also reported as Harun Omar).\n\n"
        '[Doc 2] Juma Kombo and Ali Mbeki, "Unearthed: Kilwa Secrets", The Coast Sun, June 1995.',
    )
    assert has(facts, "Harun Umer", "alias", "Harun Omar")
    assert not any(f[1] == "alias" and "Unearthed" in str(f[2]) for f in facts)


def test_a_quoted_description_is_no_name_but_a_gloss_is(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Boys were formed in 2001. In a statement, Minister Juma Kombo called the "
        'Kilwa Boys "one of the largest gangs in our region" and said it had attacked police. '
        'The Pemba Guards (Sango for "guardians of the bush") were formed in 2015.',
    )
    assert has(facts, "Kilwa Boys", "founded", "2001")
    assert not any(f[1] == "alias" and str(f[2]).startswith("one of") for f in facts)
    assert has(facts, "Pemba Guards", "alias", "guardians of the bush")


def test_a_legal_notice_is_no_leader(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The panel asked that the ban on the Kilwa Front under Legal Notice No. 4 of 2012 be "
        "enforced.",
    )
    assert not any(f[1] == "led_by" for f in facts)


def test_hunting_or_targeting_a_groups_members_is_a_rivalry(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "By then the Coast Alliance was hunting militants of both the Kilwa Army and the Pemba "
        "Front. The Lindi Front has repeatedly targeted members of the Mara Guards.",
    )
    assert has(facts, "Coast Alliance", "rival_of", "Kilwa Army")
    assert has(facts, "Coast Alliance", "rival_of", "Pemba Front")
    assert has(facts, "Lindi Front", "rival_of", "Mara Guards")
    assert not any(f[1] == "member_of" for f in facts)


def test_a_translated_reports_square_brackets_and_a_section_number_before_a_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "5.4  The Front for the Advancement of Kilwa [Front pour l'avancement de Kilwa, FRAK]\n\n"
        "Juma, a former member of the Kilwa Guards [Volontaires de la sécurité de Kilwa, VSK], "
        "was its deputy. The Pemba Front [14] was founded in 1990.",
    )
    assert has(facts, "Front for the Advancement of Kilwa", "alias", "FRAK")
    assert has(
        facts, "Front for the Advancement of Kilwa", "alias", "Front pour l'avancement de Kilwa"
    )
    assert has(facts, "Kilwa Guards", "alias", "VSK")
    assert not any(f[0].startswith("4 ") for f in facts)
    assert not any(f[0] == "Pemba Front" and f[1] == "alias" for f in facts)


def test_led_today_by_and_a_profile_lines_title_fragment(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The main enemy is the Rufiji Liberation Army, the guerrilla founded in 1964 and led "
        "today by Juma Mwita.\n\n"
        "Kilwa Defence Forces (KDF; Majeshi ya Kilwa): formed June 2014 after a call by Sheikh "
        "Omari Said; chairman Salim al-Kombo; strength estimated at 9,000 fighters.\n\n"
        "**Pemba Guards** – coastal militia; commander Hamisi Bakari; dissolved April 2025.",
    )
    assert has(facts, "Rufiji Liberation Army", "led_by", "Juma Mwita")
    assert has(facts, "Kilwa Defence Forces", "led_by", "Salim al-Kombo")
    assert has(facts, "Pemba Guards", "led_by", "Hamisi Bakari")
    assert not any(f[0] == "Kilwa Defence Forces" and f[2] == "Hamisi Bakari" for f in facts)


def test_a_second_leader_after_a_dated_aside(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front, led by Juma Mwita and, after his death in 1998, by Salim Bakari, "
        "came above ground in 2002.",
    )
    assert has(facts, "Kilwa Front", "led_by", "Juma Mwita")
    assert has(facts, "Kilwa Front", "led_by", "Salim Bakari")


def test_no_evidence_that_and_holding_someone_responsible_state_nothing(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "We found no evidence that the Kilwa Guards are a Pemba Front splinter. The Rufiji "
        "Movement is led by Juma Mwita. The police held Juma Mwita responsible for the raid.",
    )
    assert not any(f[1] == "split_from" for f in facts)
    assert has(facts, "Rufiji Movement", "led_by", "Juma Mwita")
    assert not any(f[1] == "operates_in" for f in facts)


def test_a_sentence_opening_on_the_last_word_of_a_name_and_a_verb(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "KNA ARCHIVE | BACKGROUNDER\n\nMTWARA (KNA) - The Kilwa Martyrs' Brigades are a network "
        "of armed cells.\n\nThe Brigades emerged in the Rufiji delta towards the end of 2000.",
    )
    assert has(facts, "Kilwa Martyrs' Brigades", "founded", "2000")
    assert has(facts, "Kilwa Martyrs' Brigades", "operates_in", "Rufiji")
    assert not any(f[0] == "KNA" for f in facts)


def test_a_list_of_three_leaders(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front, led by Juma Mwita, Salim Bakari and Hamisi Omari, came above ground. "
        "The Pemba Front, led by Ali Kombo, Tanzania's best-known rebel, did not.",
    )
    for leader in ("Juma Mwita", "Salim Bakari", "Hamisi Omari"):
        assert has(facts, "Kilwa Front", "led_by", leader)
    assert has(facts, "Pemba Front", "led_by", "Ali Kombo")
    assert not any(f[0] == "Pemba Front" and f[2] != "Ali Kombo" for f in facts if f[1] == "led_by")


def test_a_seasons_year_and_people_a_deed_befell_are_no_head_count(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "In the spring of 1988 fighters of the Kilwa Front and the Pemba Front began a fight "
        "for Mtwara. The Lindi Group presented the killings as revenge for the execution, four "
        "days earlier, of two members of the Rufiji Movement. The Rufiji Movement has 2,000 "
        "members.",
    )
    sizes = {(f[0], dict(f[2])["low"]) for f in facts if f[1] == "size"}
    assert sizes == {("Rufiji Movement", 2000)}


def test_a_mans_move_a_correction_and_a_deeds_name(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In March 2009 he left the Kilwa Front and joined the Pemba Party, taking supporters "
        "with him. In 2010 the Lindi Front left the Rufiji Alliance and joined the Pemba "
        "Alliance.\n\nAn earlier version of this article said that the Mara Guards were "
        "founded in Mtwara.\n\nThe Mara Guards attacked Tanga in 1977. One of the attackers "
        'later called it "the Tanga massacre".',
    )
    assert not has(facts, "Kilwa Front", "member_of", "Pemba Party")
    assert has(facts, "Lindi Front", "member_of", "Pemba Alliance")
    assert not has(facts, "Mara Guards", "operates_in", "Mtwara")
    assert not any(f[1] == "alias" for f in facts)


def test_a_lower_case_qualifier_in_brackets_belongs_to_the_name(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front was the armed wing of the Partido Comunista de Kilwa (reconstituido), "
        "which was founded in 1975.",
    )
    assert has(facts, "Kilwa Front", "armed_wing_of", "Partido Comunista de Kilwa (reconstituido)")
    assert not has(facts, "Kilwa Front", "armed_wing_of", "Partido Comunista de Kilwa")


def test_a_named_mans_move_and_his_belonging_are_not_the_groups(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The Kilwa Front fought on. In the same year Mwita left the Pemba Front and joined the "
        "Lindi Group. Salma Bakari belonged to the Rufiji Circle and then to the Mara Guards.",
    )
    assert not any(f[1] == "member_of" for f in facts)


def test_a_peoples_word_is_no_place_and_anti_marks_a_stance(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front seized the West German ambassador in 1970. After 1996 the Pemba Front "
        "joined the anti-Taliban United Front, widely known as the Northern Alliance.",
    )
    assert not any(f[1] == "operates_in" for f in facts)
    assert has(facts, "Pemba Front", "member_of", "United Front")
    assert not any(f[2] == "Taliban" or f[0] == "Taliban" for f in facts)


def test_a_bare_day_in_a_passage_about_another_year_takes_no_publication_year(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "The border closed in January 1986. On 20 January, the Kilwa Front set up the Pemba "
        "Council.\n\nOn 3 March the Lindi Front was formed.",
        published="2024-10-08",
    )
    assert not any(f[0] == "Pemba Council" and f[1] == "founded" for f in facts)
    assert has(facts, "Lindi Front", "founded", "2024-03-03")


def test_co_founders_of_a_joint_leadership_are_its_members(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "In 1983 the Kilwa Front, the Pemba Front and the Lindi Group, together with the Mara "
        "Party, formed a joint leadership, the National Unified Directorate (DNU). The Rufiji "
        "Front and the Tanga Front, together with the Mara Party, attacked Mtwara.",
    )
    assert has(facts, "Mara Party", "member_of", "National Unified Directorate")
    assert not any(f[1] == "allied_with" and f[2] == "National Unified Directorate" for f in facts)
    assert has(facts, "Rufiji Front", "allied_with", "Mara Party")


def test_a_denied_or_rejected_statement_and_a_run_from_inside_a_word(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "Do NOT write that the Kilwa Front joined the Pemba Alliance. The Crown did not allege, "
        "and I do not find, that the Kilwa Band is part of the Kilwa Front. This series "
        "revisits the Front de libération du Rufiji (Rufiji Liberation Front), a clandestine "
        "group.",
    )
    assert not any(f[1] == "member_of" for f in facts)
    assert not any(f[1] == "alias" and "ération" in str(f[2]) for f in facts)


def test_making_a_place_ones_base_policing_and_roaming_it(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "With no jungle to hide in, the Kilwa Front made Mtwara its battlefield. The Pemba "
        "Guards were set up in 2015; they police Tanga, Lindi and Moshi. The Rufiji Front "
        "roams the districts of Kilosa and Mvomero.",
    )
    assert has(facts, "Kilwa Front", "operates_in", "Mtwara")
    for place in ("Tanga", "Lindi", "Moshi"):
        assert has(facts, "Pemba Guards", "operates_in", place)
    for place in ("Kilosa", "Mvomero"):
        assert has(facts, "Rufiji Front", "operates_in", place)


def test_fighting_the_army_and_a_named_force(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Front has fought the army and the Pemba Guard for years.",
    )
    assert has(facts, "Kilwa Front", "rival_of", "Pemba Guard")


def test_a_region_after_of_a_span_of_years_a_language_and_a_shouted_clause(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "THE FRONT THAT KEPT SPLITTING\n\nReinforcements came from the Kilwa Division of "
        "Central Java. From 1999 to 2001 members of the Pemba Front clashed with traders in "
        "Tanga. The Rufiji Front (RF), in Afaan Oromoo Adda Bilisummaa Rufiji, was founded in "
        "1973.",
    )
    assert not any(f[1] == "led_by" for f in facts)
    assert not any(f[1] == "size" for f in facts)
    assert not any(f[1] == "operates_in" and str(f[2]).startswith("Afaan") for f in facts)
    assert not any(f[0].startswith("FRONT THAT") or f[0].startswith("THE FRONT") for f in facts)
    assert has(facts, "Rufiji Front", "founded", "1973")


def test_a_records_name_label_and_a_roman_numeral_are_no_actors(
    extractor: RulesExtractor,
) -> None:
    facts = found(
        extractor,
        "NAME: Juma Mwita\n\nIts guerrillas, many of them veterans of the wartime wilaya III, "
        "were active in Kilosa.",
    )
    assert not any(f[0] in ("NAME", "III") for f in facts)


def test_an_abbreviation_lead_in_brackets_and_a_notebooks_says(extractor: RulesExtractor) -> None:
    facts = found(
        extractor,
        "The Kilwa Students' Front (KSF; abbreviated KSF-M) was formed in 1988. Says Pemba Front "
        "fighters took part in the push into Tanga alongside the Lindi Army this week.",
    )
    assert has(facts, "Kilwa Students' Front", "alias", "KSF-M")
    assert not any(str(f[2]).startswith("abbreviated") for f in facts)
    assert not any(f[0].startswith("Says") for f in facts)
