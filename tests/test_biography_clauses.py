"""Every current outside role a biography sentence states, including coordinated second and third posts."""

from __future__ import annotations

import pytest

from edgarkg.model import Document
from edgarkg.text.people import find_people

_WHO = {"Kapito", "Brown"}
_LEAD = "Robert Brown has been a director of the Company since 2010. "


def _posts(text: str, html: str | None = None) -> set[tuple[str, str | None]]:
    if html is None:
        found = find_people(text)
    else:
        doc = Document(source="x.htm", data=html.encode(), filing_id="x", media_type="text/html")
        found = find_people(doc.view.text, source=doc.text, source_offset=doc.view.source_offset)
    # current posts only: a post with an end date is a past one
    return {
        (m.title, m.org) for m in found if m.name and m.title and m.end is None and m.name.split()[-1] in _WHO
    }


def _orgs(posts: set[tuple[str, str | None]]) -> str:
    return " | ".join(str(org) for _, org in posts)


def test_real_coordinated_list_with_since_dates() -> None:
    # dgunning/edgartools data/sgml/0001193125-24-100942.txt (iShares trust registration statement, 2024)
    text = (
        "Robert S. Kapito has been a Trustee of the Trust since 2009. Mr. Kapito has also served as a "
        "Director of iShares, Inc. since 2009, a Trustee of iShares U.S. ETF Trust since 2011 and a "
        "Director of BlackRock, Inc. since 2006. Mr. Kapito served as a Director of iShares MSCI Russia "
        "Capped ETF, Inc. from 2010 to 2015. In addition, he has over 20 years of experience as part of "
        "BlackRock, Inc. and "
        "BlackRock's predecessor entities. Mr. Kapito serves as President of BlackRock, Inc., and is a "
        "member of the Global Executive Committee and Chairman of the Global Operating Committee."
    )
    posts = _posts(text)
    assert ("Director", "iShares, Inc.") in posts
    assert ("Trustee", "iShares U.S. ETF Trust") in posts
    assert ("Director", "BlackRock, Inc.") in posts
    assert ("President", "BlackRock, Inc.") in posts
    assert "Russia" not in _orgs(posts)  # ended in 2015
    assert "Committee" not in _orgs(posts)  # a committee is no organisation


_CASES = [
    (
        "{S} is the President of Delta Capital Corp., a private investment company, and serves as a director "
        "of Epsilon Energy Inc.",
        ["Delta Capital Corp", "Epsilon Energy Inc"],
    ),
    (
        "{S} is also a trustee of Iota University and a director of Kappa Bank, N.A.",
        ["Iota University", "Kappa Bank"],
    ),
    ("{S} is Chairman of Gamma Inc. and a member of the board of Zeta Corp.", ["Gamma Inc", "Zeta Corp"]),
    ("{S} is a director of Omega Inc. (since 2005) and of Sigma Corp.", ["Omega Inc", "Sigma Corp"]),
    ("{S} serves on the boards of Alpha Inc. and Beta Corp.", ["Alpha Inc", "Beta Corp"]),
]


@pytest.mark.parametrize("subject", ["He", "Mr. Brown", "Robert Brown"])
@pytest.mark.parametrize("layout", ["text", "p", "div"])
@pytest.mark.parametrize(("sentence", "orgs"), _CASES)
def test_coordinated_posts(sentence: str, orgs: list[str], subject: str, layout: str) -> None:
    second = sentence.format(S=subject)
    if layout == "text":
        posts = _posts(_LEAD + second)
    elif layout == "p":
        posts = _posts("", f"<html><body><p>{_LEAD}{second}</p></body></html>")
    else:
        posts = _posts("", f"<html><body><div>{_LEAD}</div><div>{second}</div></body></html>")
    for org in orgs:
        assert org in _orgs(posts), (org, posts)


def test_past_coordinated_post_stays_out() -> None:
    text = _LEAD + "He is the President of Delta Capital Corp. and was formerly a director of Prior Corp."
    posts = _posts(text)
    assert "Prior Corp" not in _orgs(posts)
    text = _LEAD + "He is a director of Omega Inc. and of Sigma Corp. from 1995 to 2003."
    assert "Sigma Corp" not in _orgs(_posts(text))


def test_appositive_and_relative_clause() -> None:
    posts = _posts("Robert Brown, President of Delta Capital Corp., has been a director since 2010.")
    assert ("President", "Delta Capital Corp.") in posts
    posts = _posts(
        _LEAD + "Mr. Brown, who is the Chief Executive Officer of Xeno Inc., chairs the audit committee."
    )
    assert "Xeno Inc" in _orgs(posts)


def test_filer_in_second_post_adds_no_outside_role() -> None:
    posts = _posts(_LEAD + "He is the President of Delta Capital Corp. and a director of the Company.")
    assert not any(org and org.strip(". ") == "Company" for _, org in posts)


def test_real_second_seat_without_verb() -> None:
    # dgunning/edgartools data/sgml/0001193125-24-100942.txt: "a Director of ... and a Trustee of ..."
    text = (
        "Laura F. Fergerson has been a Trustee of the Trust since 2024. Ms. Fergerson has also served as a "
        "Director of iShares, Inc. and a Trustee of iShares U.S. ETF Trust since 2024. From 2017 to 2024, "
        "Ms. Fergerson was the President of Franklin Templeton Services, LLC where she led the global fund "
        "administration division."
    )
    found = find_people(text)
    current = {(m.title, m.org) for m in found if m.end is None and m.kind != "biography"}
    assert ("Director", "iShares, Inc.") in current
    assert ("Trustee", "iShares U.S. ETF Trust") in current
    assert not any(org and "Franklin" in org for _, org in current)  # "From 2017 to 2024 ... was"


@pytest.mark.parametrize(
    ("sentence", "orgs"),
    [
        (
            "Dr. Brown is Managing Director of Pax Partners LLC and serves on the boards of Quill Inc. and "
            "Rho Corp.",
            ["Pax Partners LLC", "Quill Inc", "Rho Corp"],
        ),
        (
            "Mr. Brown is President of Nova Inc., and he serves as a director of Orbit Corp.",
            ["Nova Inc", "Orbit Corp"],
        ),
        (
            "He is the Chairman of Nova Inc. and also serves on the board of directors of Orbit Corp.",
            ["Nova Inc", "Orbit Corp"],
        ),
    ],
)
def test_seat_and_pronoun_after_first_post(sentence: str, orgs: list[str]) -> None:
    posts = _posts(_LEAD + sentence)
    for org in orgs:
        assert org in _orgs(posts), (org, posts)


def test_past_second_predicate_stays_out() -> None:
    for tail in (
        "and was a director of Old Corp. until 2015.",
        "and previously served as a director of Old Corp.",
    ):
        posts = _posts(_LEAD + "Mr. Brown is President of Nova Inc. " + tail)
        assert "Nova Inc" in _orgs(posts)
        assert "Old Corp" not in _orgs(posts)
