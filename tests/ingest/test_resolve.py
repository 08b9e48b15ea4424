import pytest

from ingest.resolve import fits, resolve

FULL = ["Gitte Kjær-Westermann", "Gitte Heiberg-lürgensen", "Eva Nanni", "Karina Elisabeth Hoyda",
        "Anne Mette Meimann", "Fargana Ismailova", "Paul K Jeppesen", "Birgit Hoé Knudsen"]


@pytest.mark.parametrize(
    "short, full",
    [
        ("Gitte KW", "Gitte Kjær-Westermann"),
        ("Gitte H-I", "Gitte Heiberg-lürgensen"),  # OCR: l read for I
        ("Eva N", "Eva Nanni"),
        ("Eva", "Eva Nanni"),
        ("Karina Hoyda", "Karina Elisabeth Hoyda"),
        ("Annemette", "Anne Mette Meimann"),
        ("Farghana", "Fargana Ismailova"),
        ("Poul", "Paul K Jeppesen"),
        ("Birgit Hoé", "Birgit Hoé Knudsen"),
    ],
)
def test_short_forms_resolve_to_the_one_full_name(short, full):
    assert resolve(short, FULL) == full


@pytest.mark.parametrize("short", ["Gitte", "Eva S.", "Susanne", "Imad", "Gitte KX"])
def test_short_forms_stay_apart_when_the_text_does_not_say_which(short):
    assert resolve(short, FULL) is None


def test_different_full_names_never_fit_each_other():
    assert not fits("Henrik Bang", "Henrik Goldschmidt")
    assert not fits("Charlotte Olsen", "Bjarne Olsen")


def test_one_letter_variants_fit_but_other_names_do_not():
    assert fits("Thorkil", "Thorkild Damsgaard Olsen")
    assert not fits("Birgitte", "Birgit Hoé Knudsen")  # two letters more: another name


def test_a_surname_one_letter_off_fits_under_the_same_given_name():
    # held-out 96 and 100: "Tove Hjorth", "Vibeke Asmusen" in the text are the listed people, not others
    assert fits("Tove Hjorth", "Tove Hjort") and fits("Karina Hoida", "Karina Elisabeth Hoyda")
    assert resolve("Vibeke Asmusen", ["Vibeke Asmussen", "Vibeke Holm"]) == "Vibeke Asmussen"
    assert not fits("Tove Hjorth", "Tine Hjort")  # both names off: another person
    assert not fits("Lars Holt", "Lars Holm")  # a short surname one letter off is another name
    assert not fits("Anne Larsen", "Anne Karsen")
    assert resolve("Lars Petersen", ["Lars Pedersen", "Lars Peterson"]) is None  # two fit: the text does not say which


def test_a_lone_first_name_under_another_label_is_another_person(samples):
    from ingest.extract import extract
    from ingest.read import read_document
    from ingest.segment import segment

    facts = extract(segment(read_document(samples / "003_c47b1083447908ab.txt")))
    lisbeths = [p for p in facts.persons if p.name == "Lisbeth"]
    assert len(lisbeths) == 2
    assert {"Frivilligcentret" in p.organisations for p in lisbeths} == {True, False}
