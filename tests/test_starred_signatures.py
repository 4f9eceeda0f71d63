"""Signature tables signed by attorney: starred names, each repeated in brackets or closed by the
attorney-in-fact's "/s/" line, the capacity wrapped above or below the name.

One reader (`unsigned_rows`) for both kinds of evidence. Passages are short excerpts of real filings
(source in each comment); the constructed variants change one thing at a time; expected values were
read from the passages by hand.
"""

from __future__ import annotations

from edgarkg.text.people import find_people
from edgarkg.text.sentences import lines
from edgarkg.text.unsigned_rows import starred_signature_mentions, unsigned_mentions


def _pairs(mentions) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in mentions}


# mwaldstein/edgarWebR tests/testdata/0000037996-94-000005.txt (Ford Motor Co. 10-K for 1993, signatures)
FORD_1994_SIGNATURES = """\
<TABLE>
<CAPTION>
          Signature                          Title                    Date

<S>                               <C>                                 <C>
                                          Director and
                                     Chairman of the Board
                                    of Directors, President
                                  and Chief Executive Officer
       Alex Trotman*             (principal executive officer)        March 21, 1994
      (Alex Trotman)



      Colby H. Chandler*                    Director                  March 21, 1994
     (Colby H. Chandler)

                                       Director and Chairman
      William Clay Ford*             of the Finance Committee        March 21, 1994
     (William Clay Ford)

                                    Director and Vice Chairman
      Louis R. Ross*                and Chief Technical Officer    March 21, 1994
      (Louis R. Ross)
                                         Director and
                                   Executive Vice President
                                   and Chief Financial Officer
      Stanley A. Seneker*         (principal financial officer)    March 21, 1994
     (Stanley A. Seneker)
</TABLE>
"""


def test_starred_signature_rows_give_each_director_the_capacity_beside_or_around_the_name() -> None:
    found = _pairs(starred_signature_mentions(list(lines(FORD_1994_SIGNATURES))))
    assert found == {
        (
            "Alex Trotman",
            "Director and Chairman of the Board of Directors, President and Chief Executive Officer",
            None,
        ),
        ("Colby H. Chandler", "Director", None),
        ("William Clay Ford", "Director", None),  # "Chairman of the Finance Committee": a committee post
        ("Louis R. Ross", "Director and Vice Chairman and Chief Technical Officer", None),
        ("Stanley A. Seneker", "Director and Executive Vice President and Chief Financial Officer", None),
    }


# mwaldstein/edgarWebR tests/cache/37996/000003799602000015/v7.txt.txt (Ford 10-K for 2001, signatures)
FORD_2002_SIGNATURES = """\
     William Clay Ford, Jr.*                    Director, Chairman of the
-------------------------------                 Board and Chief Executive Officer
    (William Clay Ford, Jr.)                    and Chairman of the
                                                Environmental and Public
                                                Policy Committee and the
                                                Nominating and Governance
                                                Committee
                                                (principal executive officer)

        John R. H. Bond*                        Director
-------------------------------
       (John R. H. Bond)

       Homer A Neal*                            Director
-------------------------------
      (Homer A. Neal)
"""


def test_starred_rows_read_the_title_wrapped_below_and_the_bracketed_spelling_of_the_name() -> None:
    found = _pairs(starred_signature_mentions(list(lines(FORD_2002_SIGNATURES))))
    assert found == {
        ("William Clay Ford, Jr.", "Director, Chairman of the Board and Chief Executive Officer", None),
        ("John R. H. Bond", "Director", None),
        ("Homer A. Neal", "Director", None),
    }


def test_a_starred_name_without_its_bracketed_repeat_is_no_signature() -> None:
    text = (
        "      Jane Q. Roe*                    Director                  March 21, 1994\n"
        "\n"
        "*  Less than 1% of the outstanding shares.\n"
        "      John Doe**                      Chairman\n"
        "      (Richard Poe)\n"
    )
    assert list(starred_signature_mentions(list(lines(text)))) == []


# mwaldstein/edgarWebR tests/testdata/0000037996-94-000005.txt (Ford Motor Co. 10-K for 1993): the
# signature table names every director with a "*", the capacity wrapped above the name when long,
# and the attorney-in-fact signs once at the end of the table, pages below its first rows.
_FORD_TABLE = """\
     Pursuant to the requirements of the Securities Exchange Act of 1934,
this Report has been signed below by the following persons on behalf of the
Registrant and in the capacities and on the date indicated.

          Signature                          Title                    Date

                                          Director and
                                     Chairman of the Board
                                    of Directors, President
                                  and Chief Executive Officer
       Alex Trotman*             (principal executive officer)        March 21, 1994
      (Alex Trotman)



      Colby H. Chandler*                    Director                  March 21, 1994
     (Colby H. Chandler)


                                          Director, Vice
                                        President-Ford and
                                        President and Chief
                                      Operating Officer, Ford
       Edsel B. Ford II*               Motor Credit Company           March 21, 1994
      (Edsel B. Ford II)

{filler}
          Drew Lewis*                       Director                 March 21, 1994
         (Drew Lewis)


                                    Director and Vice Chairman
      Louis R. Ross*                and Chief Technical Officer    March 21, 1994
      (Louis R. Ross)



*By:/s/John M. Rintamaki
    (John M. Rintamaki, Attorney-in-Fact)
"""
# Constructed: more directors, so that the attorney's line lies far below the first rows.
_FILLER = "\n".join(
    f"      Director Number{k} Smith*                 Director            March 21, 1994\n"
    f"     (Director Number{k} Smith)\n\n\n"
    for k in ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
)


def _ford_table() -> str:
    return _FORD_TABLE.format(filler="")


def test_starred_rows_far_above_the_attorney_line() -> None:
    text = _FORD_TABLE.format(filler=_FILLER)
    assert len(text.splitlines()) > 80
    found = {(m.name, m.title, m.org) for m in unsigned_mentions(list(lines(text)))}
    assert ("Colby H. Chandler", "Director", None) in found
    assert ("Drew Lewis", "Director", None) in found  # the name indented ten spaces: still its own row
    assert ("Louis R. Ross", "Director and Vice Chairman and Chief Technical Officer", None) in found


def test_capacity_wrapped_above_the_starred_name() -> None:
    found = {(m.name, m.title) for m in unsigned_mentions(list(lines(_ford_table())))}
    assert (
        "Alex Trotman",
        "Director and Chairman of the Board of Directors, President and Chief Executive Officer",
    ) in found
    # the wrapped first half of a capacity is no row of its own
    assert ("Louis R. Ross", "Director and Vice Chairman") not in found
    assert not any(title.endswith(" and") for _, title in found)


def test_capacity_at_a_subsidiary_is_split_off() -> None:
    found = {(m.name, m.title, m.org) for m in unsigned_mentions(list(lines(_ford_table())))}
    assert ("Edsel B. Ford II", "Director, Vice President", None) in found
    assert ("Edsel B. Ford II", "President and Chief Operating Officer", "Ford Motor Credit Company") in found


def test_find_people_keeps_the_subsidiary_post() -> None:
    people = find_people("FORD MOTOR COMPANY\n\n" + _ford_table())
    at_credit = [m for m in people if m.org == "Ford Motor Credit Company"]
    assert [(m.name, m.title) for m in at_credit] == [
        ("Edsel B. Ford II", "President and Chief Operating Officer")
    ]


def test_find_people_reads_the_starred_signature_table_of_a_whole_report() -> None:
    text = "SIGNATURES\n\nFORD MOTOR COMPANY\n\n" + FORD_1994_SIGNATURES
    people = {m.name for m in find_people(text)}
    assert {"Colby H. Chandler", "Louis R. Ross", "Stanley A. Seneker"} <= people
