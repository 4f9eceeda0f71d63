"""Entity resolution across filings.

Mapping already merges, within a filing, every mention of an organisation
(CIK > LEI > normalised name). Across filings, an organisation known only by
name in one filing and by CIK in another would stay two nodes; this step
renames the name-keyed node to the CIK node when exactly one CIK-bearing
organisation carries that normalised name (as label or alias). Two different
CIKs are never merged, and an ambiguous name is left alone.

It works on the whole graph (a pyoxigraph store), so the same function serves
a fresh build and the merge of separately built parts: resolve(A ∪ B) is what
a build of all inputs at once gives.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from edgarkg.mapping.iris import EKG, ID, org_iri, split_org_name
from edgarkg.model import OrgRef

_CIK = ox.NamedNode(str(EKG.cik))
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_ALIAS = ox.NamedNode(str(EKG.alias))
_ORG_PREFIX = str(ID) + "org/"
_SUBSIDIARY_OF = ox.NamedNode(str(EKG.subsidiaryOf))


def resolution_map(store: ox.Store) -> dict[ox.NamedNode, ox.NamedNode]:
    """Name-keyed organisation IRI → the CIK node it denotes, where unambiguous.

    A CIK node named "APPLE INC" claims the name node of "Apple Inc." (same
    name and legal form) and of the bare "Apple"; it never claims "Apple Pty
    Limited". A name claimed by two CIK nodes stays as it is.
    """
    claims: dict[str, set[str]] = defaultdict(set)
    cik_nodes = {q.subject for q in store.quads_for_pattern(None, _CIK, None)}
    for node in cik_nodes:
        if not (isinstance(node, ox.NamedNode) and node.value.startswith(str(ID) + "cik/")):
            continue  # only organisations named by CIK absorb names
        for pred in (_LABEL, _ALIAS):
            for q in store.quads_for_pattern(node, pred, None):
                base, _ = split_org_name(q.object.value)
                claims[str(org_iri(OrgRef(name=q.object.value)))].add(node.value)
                if base:
                    claims[str(org_iri(OrgRef(name=base)))].add(node.value)
    renames: dict[ox.NamedNode, ox.NamedNode] = {}
    for name_iri, targets in claims.items():
        if len(targets) != 1 or not name_iri.startswith(_ORG_PREFIX):
            continue
        source = ox.NamedNode(name_iri)
        if next(iter(store.quads_for_pattern(source, None, None)), None) is not None:
            renames[source] = ox.NamedNode(next(iter(targets)))
    return _without_self_ownership(store, renames)


def _without_self_ownership(
    store: ox.Store, renames: dict[ox.NamedNode, ox.NamedNode]
) -> dict[ox.NamedNode, ox.NamedNode]:
    """Drop merges that would make a company its own subsidiary: a parent and a
    subsidiary are two companies, whatever a careless alias says."""
    changed = True
    while changed:
        changed = False
        for q in store.quads_for_pattern(None, _SUBSIDIARY_OF, None):
            child, parent = q.subject, q.object
            if child != parent and renames.get(child, child) == renames.get(parent, parent):
                renames.pop(child if child in renames else parent, None)
                changed = True
    return renames


def apply_renames(store: ox.Store, renames: dict[ox.NamedNode, ox.NamedNode]) -> int:
    """Rewrite every quad that mentions a renamed node; returns quads rewritten."""
    changed = 0
    for old, new in renames.items():
        quads = list(store.quads_for_pattern(old, None, None)) + list(
            store.quads_for_pattern(None, None, old)
        )
        for q in quads:
            s = new if q.subject == old else q.subject
            o = new if q.object == old else q.object
            store.remove(q)
            store.add(ox.Quad(s, q.predicate, o, q.graph_name))
            changed += 1
    return changed


def resolve(store: ox.Store) -> int:
    """Merge name-keyed organisations into their CIK nodes; returns how many merged."""
    renames = resolution_map(store)
    apply_renames(store, renames)
    return len(renames)
