"""Graph analytics over the edgarkg graph: networkx projections, reports, exports, pictures.

The RDF graph (a pyoxigraph store) is read with SPARQL into plain networkx
graphs whose node ids are the entities' IRIs, so every result can go back into
SPARQL. `projections` builds them, `reports` computes the tables behind
`edgarkg analyze`, `export` writes GraphML / GEXF / node-link JSON / CSV,
`draw` and `html_report` make pictures and pages (matplotlib, optional).
"""

from edgarkg.analytics.projections import (
    PROJECTIONS,
    CompanyNotFound,
    filing_graph,
    find_company,
    interlock_graph,
    ownership_graph,
    positions_graph,
    project,
)

__all__ = [
    "PROJECTIONS",
    "CompanyNotFound",
    "filing_graph",
    "find_company",
    "interlock_graph",
    "ownership_graph",
    "positions_graph",
    "project",
]
