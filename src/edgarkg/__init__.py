"""edgarkg: SEC EDGAR filings → a validated, provenance-carrying RDF knowledge graph."""

__version__ = "0.1.0"
