"""The app: navigation to every page, the language switch, the optional password gate, texts."""
from __future__ import annotations

import re

import pytest

from dashboard.texts import TEXTS
from tests.dashboard.conftest import PAGES, app, texts


def test_the_app_navigates_to_every_page(sample_db):
    at = app().run()
    assert not at.exception
    assert at.title[0].value == "Overblik"
    for name in PAGES:
        at.switch_page(f"views/{name}.py").run()
        assert not at.exception, name
        assert at.title, name


def test_the_language_switch_turns_every_text_english(sample_db):
    at = app().run()
    assert at.radio(key="language_switch").value == "da"
    at.radio(key="language_switch").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == "Overview"
    assert "Persons 7" in texts(at)
    at.switch_page("views/network.py").run()
    assert at.title[0].value == "Network"
    assert "Nodes: 6 · ties: 6" in texts(at)  # the choice survives a page switch
    assert at.session_state["language"] == "en"


def test_a_shared_link_can_ask_for_english(sample_db):
    at = app()
    at.query_params["lang"] = "en"
    at.run()
    assert at.title[0].value == "Overview"


def test_a_password_gates_every_page(sample_db, monkeypatch):
    monkeypatch.setenv("CIVIC_DASHBOARD_PASSWORD", "hemmelig kode")
    at = app().run()
    assert not at.exception
    assert at.title[0].value == "Log ind"
    assert "Overblik" not in texts(at)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("views/person.py")  # while locked, no page but the login form exists
    at.text_input(key="login_password").input("forkert")
    at.button[0].click().run()
    assert at.error[0].value == "Forkert adgangskode."
    at.text_input(key="login_password").input("hemmelig kode")
    at.button[0].click().run()
    assert not at.exception
    assert at.title[0].value == "Overblik"
    at.button(key="logout").click().run()
    assert at.title[0].value == "Log ind"
    at.text_input(key="login_password").input("hemmelig kode")
    at.button[0].click().run()
    at.switch_page("views/person.py").run()
    assert at.title[0].value == "Personprofil"


def test_no_password_means_no_gate(sample_db):
    assert app().run().title[0].value == "Overblik"


def test_every_text_exists_in_both_languages_with_the_same_placeholders():
    for key, (danish, english) in TEXTS.items():
        assert danish and english, key
        assert set(re.findall(r"{(\w+)}", danish)) == set(re.findall(r"{(\w+)}", english)), key


def test_no_text_key_is_defined_in_two_groups_of_pages():
    from dashboard.catalogue import common, network, time, work

    groups = (common, network, time, work)
    assert len(TEXTS) == sum(len(group.TEXTS) for group in groups)


@pytest.mark.parametrize("path", ["dashboard/views", "dashboard"])
def test_pages_use_only_known_text_keys(path):
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sources = sorted((root / path).glob("*.py"))
    assert sources, path
    for source in sources:
        for key in re.findall(r"\bt\(\"([a-z_]+\.[a-z_.-]+)\"", source.read_text(encoding="utf-8")):
            assert key in TEXTS, f"{source.name}: {key}"


def test_the_password_may_come_from_the_env_file(tmp_path, monkeypatch):
    from dashboard import data

    env = tmp_path / ".env"
    env.write_text("NEO4J_URI=\nCIVIC_DASHBOARD_PASSWORD='fra fil'\n", encoding="utf-8")
    monkeypatch.setattr(data, "ENV_FILE", env)
    monkeypatch.delenv("CIVIC_DASHBOARD_PASSWORD", raising=False)
    assert data.password() == "fra fil"
    monkeypatch.setenv("CIVIC_DASHBOARD_PASSWORD", "")  # the environment wins, even empty
    assert data.password() == ""
