"""Reading prose: segmentation with offsets, and recognisers of names, organisations and titles.

- `sentences`: lines, paragraphs and sentences as `Segment`s (text + offsets);
- `columns`: cells of space-aligned and HTML tables, side-by-side blocks;
- `names`: person names, organisation names (`OrgLexicon`), job titles and roles;
- `mentions`: the `Mention` the people rules produce, and position dates;
- `signatures`, `contacts`, `rosters`, `directorships`: the people rules for lines and blocks,
  one kind of passage each;
- `prose`: the sentence rules, with `attributions` (appositions, a title before the name),
  `appointments` (verbs linking name and title, successions, "qualifies her for"),
  `positions` (a title read → `Mention`s), `biographies` (pronouns, several titles),
  `employers` (outside organisations) and `board_lists` (a seat per company listed);
- `coherence` and `people`: one document's mentions made consistent (`find_people`).

Everything works on plain strings and offsets; `edgarkg.extractors.text_people`
turns the mentions of a `Document` into `Position` facts with provenance.
"""
