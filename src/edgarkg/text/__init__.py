"""Reading prose: segmentation with offsets, and recognisers of names, organisations and titles.

- `sentences`: lines, paragraphs and sentences as `Segment`s (text + offsets);
- `columns`: cells of space-aligned and HTML tables, side-by-side blocks;
- `names`: person names, organisation names (`OrgLexicon`), job titles and roles;
- `mentions`: the `Mention` the people rules produce, and position dates;
- `signatures`, `contacts`, `rosters`, `prose`, `biographies`: the people rules, one kind of
  passage each;
- `coherence` and `people`: one document's mentions made consistent (`find_people`).

Everything works on plain strings and offsets; `edgarkg.extractors.text_people`
turns the mentions of a `Document` into `Position` facts with provenance.
"""
