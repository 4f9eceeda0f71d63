"""The ontology and shapes shipped with the package.

In a wheel they live inside the package (`edgarkg/ontology`, `edgarkg/shapes`,
put there by the build); in an editable checkout they are the top-level
folders of the repository, which is where they are edited.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

ONTOLOGY = "ontology/edgarkg.ttl"
SHAPES = "shapes/edgarkg-shapes.ttl"


def resource_path(relative: str) -> Path:
    packaged = files("edgarkg").joinpath(relative)
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / relative
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(f"edgarkg resource {relative} is missing from the installation")


def read_text(relative: str) -> str:
    return resource_path(relative).read_text(encoding="utf-8")
