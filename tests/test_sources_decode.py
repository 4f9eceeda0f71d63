"""Decoding EDGAR bytes: BOMs, declared charsets, UTF-8, and the cp1252 fallback."""

import codecs

from hypothesis import given
from hypothesis import strategies as st

from edgarkg.sources.decode import declared_charset, decode


def test_cp1252_smart_quotes_in_old_edgar_text():
    assert decode(b"\x93quoted\x94 and \x92s \x96 \x85") == "\u201cquoted\u201d and \u2019s \u2013 \u2026"


def test_cp1252_undefined_bytes_map_to_latin1_code_points():
    assert decode(b"a\x81\x8d\x8f\x90\x9db") == "a\x81\x8d\x8f\x90\x9db"


def test_valid_utf8_wins_over_cp1252():
    assert decode("Société Générale – 10%".encode()) == "Société Générale – 10%"


def test_nul_bytes_are_dropped():
    assert decode(b"FORM\x00 8-K\x00") == "FORM 8-K"


def test_byte_order_marks():
    assert decode(codecs.BOM_UTF8 + "café".encode()) == "café"
    assert decode(codecs.BOM_UTF16_LE + "café".encode("utf-16-le")) == "café"
    assert decode(codecs.BOM_UTF16_BE + "café".encode("utf-16-be")) == "café"


def test_utf16_xml_without_bom_is_recognised():
    doc = '<?xml version="1.0" encoding="UTF-16"?><a>é</a>'
    assert decode(doc.encode("utf-16-le")) == doc


def test_declared_latin1_is_read_as_cp1252_like_browsers_do():
    data = b'<?xml version="1.0" encoding="ISO-8859-1"?><a>\xe9\x93</a>'
    assert decode(data) == '<?xml version="1.0" encoding="ISO-8859-1"?><a>\u00e9\u201c</a>'


def test_declared_charset_is_honoured():
    data = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>\xc1'
    assert declared_charset(data) == "koi8_r"
    assert decode(data).endswith("\u0430")  # KOI8-R 0xC1 is Cyrillic small a


def test_declaration_contradicted_by_the_bytes_is_ignored():
    # Declared ASCII and UTF-8, but the bytes are cp1252: fall back, do not fail.
    assert decode(b'<?xml version="1.0" encoding="ASCII"?><a>\x93x\x94</a>').endswith("<a>\u201cx\u201d</a>")
    assert decode(b'<meta charset="utf-8"><p>\x93x\x94').endswith("<p>\u201cx\u201d")


def test_unknown_declared_charset_is_ignored():
    assert declared_charset(b'<?xml version="1.0" encoding="no-such-codec"?><a/>') is None
    assert decode(b'<?xml version="1.0" encoding="no-such-codec"?><a>\x93</a>').endswith("<a>\u201c</a>")


@given(st.binary(max_size=2000))
def test_decode_never_raises_and_drops_nul(data):
    text = decode(data)
    assert isinstance(text, str)
    assert "\x00" not in text


@given(st.text(max_size=500))
def test_utf8_round_trip(text):
    text = text.replace("\x00", "").lstrip("\ufeff")
    assert decode(text.encode("utf-8")) == text
