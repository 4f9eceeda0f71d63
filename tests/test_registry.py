"""Extractors come from entry points; a broken plug-in is reported, not fatal."""

from importlib.metadata import EntryPoint

import pytest

from edgarkg import registry


def test_builtins_are_registered():
    names = registry.available()
    assert {"sec-header", "cover-page"} <= set(names)
    for name in names:
        e = registry.get(name)
        assert e.name == name and e.version


def test_unknown_name_lists_available():
    with pytest.raises(registry.UnknownExtractor, match="available: .*sec-header"):
        registry.get("no-such-extractor")


def test_broken_plugin_is_set_aside(monkeypatch):
    good = EntryPoint("sec-header", "edgarkg.extractors.sec_header:SecHeaderExtractor", registry.GROUP)
    bad = EntryPoint("broken", "edgarkg.no_such_module:Thing", registry.GROUP)
    monkeypatch.setattr(registry, "entry_points", lambda group: [good, bad])
    registry._load.cache_clear()
    try:
        assert registry.available() == ["sec-header"]
        assert "ModuleNotFoundError" in registry.broken()["broken"]
        with pytest.raises(registry.UnknownExtractor, match="cannot load"):
            registry.get("broken")
    finally:
        registry._load.cache_clear()
