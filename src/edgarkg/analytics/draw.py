"""Pictures: a company's ownership tree, the interlock network, metric charts (matplotlib).

An ownership tree is drawn as an indented list with elbow connectors, one
row per company (the layout that stays readable with hundreds of
subsidiaries, where a top-down tree would overprint its labels), with
jurisdiction and percentage in columns. Beyond `max_children` per parent the
rest are collapsed into one "… and N more" row; beyond `rows_per_page` rows
the tree is split into pages, each repeating the chain of parents it
continues under. Nothing here touches the network; fonts are matplotlib's own.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from edgarkg.analytics.reports import Point

INSTALL_HINT = "drawing needs matplotlib: pip install 'edgarkg[draw]'"
ROW_INCHES = 0.24
FONT_SIZE = 9
CHAR_INCHES = FONT_SIZE / 72 * 0.56  # DejaVu Sans, average width of a character
INDENT_INCHES = 0.28
MAX_NAME_CHARS = 72
EDGE_LABEL_LIMIT = 40
_EDGE_LABEL_BOX = {"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none"}


class DrawingUnavailable(RuntimeError):
    """matplotlib is not installed."""


class NothingToDraw(ValueError):
    pass


def _figure(width: float, height: float):
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise DrawingUnavailable(INSTALL_HINT) from None
    return Figure(figsize=(width, height))


def save(fig, path: str | os.PathLike, dpi: int = 150) -> Path:
    """PNG or SVG by extension; SVG keeps text as text and carries no date."""
    import matplotlib

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"pictures are written as .png or .svg, not {path.name!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "edgarkg"}):
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(path, format=fmt, dpi=dpi, metadata=metadata)
    return path


def svg_text(fig) -> str:
    """The figure as an SVG document string (for inline HTML)."""
    import io

    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "edgarkg"}):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    text = buf.getvalue()
    text = re.sub(r"\s*<metadata>.*?</metadata>", "", text, flags=re.S)  # an RDF block naming the tool
    return text[text.index("<svg") :]


# -- ownership tree -------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    node: str | None  # None for a "… and N more" row
    parent_row: int | None  # index of the parent's row
    depth: int
    name: str
    jurisdiction: str = ""
    percent: str = ""
    below: int = 0  # companies under this one (collapsed or not)


def _short(text: str, limit: int = MAX_NAME_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _percent(value: object) -> str:
    if value is None:
        return ""
    return f"{float(value):g}%"


def _natural(text: str) -> list[object]:
    """Sort key reading digit runs as numbers: "Unit 2" before "Unit 10"."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text)]


def tree_rows(tree: nx.DiGraph, root: str, max_children: int | None = None) -> list[Row]:
    """The tree in reading order (depth first, children by name), collapsing big families."""
    rows: list[Row] = []
    below = {n: len(nx.descendants(tree, n)) for n in tree}

    def visit(node: str, parent_row: int | None, depth: int) -> None:
        attrs = tree.nodes[node]
        edge = tree.edges[next(iter(tree.predecessors(node))), node] if parent_row is not None else {}
        rows.append(
            Row(
                node, parent_row, depth, _short(str(attrs.get("label", node))),
                str(edge.get("jurisdiction", "")), _percent(edge.get("percent")), below[node],
            )
        )  # fmt: skip
        here = len(rows) - 1
        children = sorted(tree.successors(node), key=lambda c: _natural(str(tree.nodes[c].get("label", c))))
        shown = children if max_children is None else children[:max_children]
        for child in shown:
            visit(child, here, depth + 1)
        hidden = children[len(shown) :]
        if hidden:
            count = len(hidden) + sum(below[c] for c in hidden)
            rows.append(Row(None, here, depth + 1, f"… and {len(hidden)} more", below=count))

    visit(root, None, 0)
    return rows


def paginate(rows: list[Row], rows_per_page: int | None) -> list[tuple[list[int], list[int]]]:
    """(context, body) row indices per page. A page after the first opens with the
    chain of parents of its first row as context, so it reads on its own."""
    if not rows_per_page or len(rows) <= rows_per_page:
        return [([], list(range(len(rows))))]
    pages = []
    start = 0
    while start < len(rows):
        context = []
        parent = rows[start].parent_row
        while parent is not None:
            context.append(parent)
            parent = rows[parent].parent_row
        room = max(rows_per_page - len(context), 1)
        pages.append((context[::-1], list(range(start, min(start + room, len(rows))))))
        start += room
    return pages


def draw_ownership_tree(
    tree: nx.DiGraph,
    root: str,
    *,
    max_children: int | None = None,
    rows_per_page: int | None = 60,
    title: str | None = None,
) -> list:
    """Figures (one per page) of the tree below `root`."""
    rows = tree_rows(tree, root, max_children)
    pages = paginate(rows, rows_per_page)
    total = tree.number_of_nodes() - 1
    depth = max((r.depth for r in rows), default=0)
    labels = [_row_label(r) for r in rows]
    name_width = (
        max(r.depth * INDENT_INCHES + len(s) * CHAR_INCHES for r, s in zip(rows, labels, strict=True)) + 0.45
    )
    jurisdictions = any(r.jurisdiction for r in rows)
    percents = any(r.percent for r in rows)
    jur_width = (max(len(r.jurisdiction) for r in rows) + 4) * CHAR_INCHES if jurisdictions else 0.0
    pct_width = 0.8 if percents else 0.0
    width = max(0.4 + name_width + jur_width + pct_width + 0.3, 7.0)
    heading = title or f"Ownership tree of {rows[0].name}"
    figures = []
    for number, (context, body) in enumerate(pages, 1):
        page = context + body
        height = (len(page) + 3.2) * ROW_INCHES + 0.3
        fig = _figure(width, height)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, width)
        ax.set_ylim(height, 0)  # inches from the top
        ax.axis("off")
        pages_note = f" — page {number} of {len(pages)}" if len(pages) > 1 else ""
        ax.text(0.3, 0.32, heading, fontsize=FONT_SIZE + 3, fontweight="bold", va="center")
        ax.text(
            0.3, 0.62, f"{total} subsidiaries, {depth} level{'s' * (depth != 1)} deep{pages_note}",
            fontsize=FONT_SIZE, color="#555555", va="center",
        )  # fmt: skip
        top = 0.3 + 2.2 * ROW_INCHES
        jur_x, pct_x = 0.4 + name_width, 0.4 + name_width + jur_width + pct_width - 0.1
        if jurisdictions:
            ax.text(jur_x, top - ROW_INCHES, "Jurisdiction", fontsize=FONT_SIZE, color="#555555", va="center")
        if percents:
            ax.text(
                pct_x, top - ROW_INCHES, "Owned", fontsize=FONT_SIZE, color="#555555", va="center", ha="right"
            )
        y_of = {index: top + (i + 0.5) * ROW_INCHES for i, index in enumerate(page)}
        for index in page:
            row = rows[index]
            x = 0.4 + row.depth * INDENT_INCHES
            y = y_of[index]
            faded = index in context
            colour = "#999999" if faded else "#222222"
            if index % 2 == 0 and not faded:
                ax.axhspan(y - ROW_INCHES / 2, y + ROW_INCHES / 2, color="#f3f5f8", zorder=0)
            if row.parent_row is not None:
                px = 0.4 + rows[row.parent_row].depth * INDENT_INCHES
                py = y_of.get(row.parent_row, top)
                ax.plot([px, px, x - 0.05], [py, y, y], color="#8a9bb0", linewidth=0.8, zorder=1)
            if row.node is None:
                ax.text(
                    x, y, _row_label(row), fontsize=FONT_SIZE, color="#7a4f00", style="italic", va="center"
                )
                continue
            ax.plot([x], [y], marker="o", markersize=4 if row.depth else 6, color="#1f4e79", zorder=2)
            weight = "bold" if row.depth == 0 else "normal"
            ax.text(
                x + 0.1, y, _row_label(row), fontsize=FONT_SIZE, color=colour, va="center", fontweight=weight
            )
            ax.text(jur_x, y, row.jurisdiction, fontsize=FONT_SIZE, color=colour, va="center")
            ax.text(pct_x, y, row.percent, fontsize=FONT_SIZE, color=colour, va="center", ha="right")
        figures.append(fig)
    return figures


def _row_label(row: Row) -> str:
    if row.node is None:
        return f"{row.name} ({row.below} companies)"
    return row.name + (f"  ({row.below} below)" if row.below and row.depth else "")


def page_paths(path: str | os.PathLike, pages: int) -> list[Path]:
    """tree.png for one page; tree-1.png, tree-2.png, ... for several."""
    path = Path(path)
    if pages == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{i}{path.suffix}") for i in range(1, pages + 1)]


# -- interlock network ---------------------------------------------------------------


def interlock_subgraph(positions: nx.MultiGraph, min_orgs: int = 2, limit: int = 60) -> nx.Graph:
    """People at `min_orgs` or more organisations (the `limit` most connected) and those organisations."""
    people = [
        (p, len(set(positions.neighbors(p))))
        for p, a in positions.nodes(data=True)
        if a.get("kind") == "person" and len(set(positions.neighbors(p))) >= min_orgs
    ]
    people.sort(key=lambda pn: (-pn[1], str(positions.nodes[pn[0]].get("label", pn[0]))))
    sub = nx.Graph()
    for person, _ in people[:limit]:
        sub.add_node(person, **positions.nodes[person])
        for org in positions.neighbors(person):
            sub.add_node(org, **positions.nodes[org])
            titles = sorted(
                {d.get("title", "") for d in positions.get_edge_data(person, org).values()} - {""}
            )
            sub.add_edge(person, org, titles=titles)
    return sub


CELL_INCHES = (7.0, 3.6)  # one person with their organisations
RADIUS_INCHES = 1.25
PITCH_INCHES = 0.42  # between names in a column
NETWORK_LABEL_CHARS = 34


def draw_interlocks(
    positions: nx.MultiGraph,
    *,
    min_orgs: int = 2,
    limit: int = 60,
    title: str | None = None,
    columns: int = 3,
):
    """The people who link organisations, and those organisations.

    Each connected group is drawn apart (one force layout would crush small
    groups together): a person alone with their organisations as a star, labels
    pointing outwards, three stars to a row; a group of several people in a row of
    its own, people in one column and organisations in the other, in an order
    that keeps the links from crossing where it can.
    """
    sub = interlock_subgraph(positions, min_orgs, limit)
    if sub.number_of_nodes() == 0:
        raise NothingToDraw(f"no person holds positions at {min_orgs} or more organisations")
    groups = sorted(nx.connected_components(sub), key=lambda c: (-len(c), min(c)))
    shared = [g for g in groups if _people(sub, g)[1:]]
    stars = [g for g in groups if not _people(sub, g)[1:]]
    rows = [[g] for g in shared] + [stars[i : i + columns] for i in range(0, len(stars), columns)]
    cell_w, cell_h = CELL_INCHES
    heights = [_row_height(sub, row) for row in rows]
    width = cell_w * columns + 0.4
    height = sum(heights) + 1.1
    fig = _figure(width, height)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.axis("off")
    top = 1.0
    for row, row_height in zip(rows, heights, strict=True):
        for i, group in enumerate(row):
            if _people(sub, group)[1:]:
                _draw_columns(ax, sub, group, (width / 2, top + 0.4))
            else:
                _draw_star(ax, sub, group, (0.2 + cell_w * (i + 0.5), top + row_height / 2))
        top += row_height
    people = [n for n, a in sub.nodes(data=True) if a.get("kind") == "person"]
    ax.text(0.3, 0.35, title or "Interlocks: people with positions at several organisations",
            fontsize=13, fontweight="bold", va="center")  # fmt: skip
    who = f"{len(people)} {'person' if len(people) == 1 else 'people'}"
    orgs = sub.number_of_nodes() - len(people)
    summary = f"{who} linking {orgs} organisations, in {len(groups)} group{'s' * (len(groups) != 1)}"
    ax.text(0.3, 0.68, summary + "  (● person  ■ organisation)", fontsize=9, color="#555555", va="center")
    return fig


def _people(sub: nx.Graph, group: set[str]) -> list[str]:
    return sorted((n for n in group if sub.nodes[n].get("kind") == "person"), key=lambda n: _name(sub, n))


def _row_height(sub: nx.Graph, row: list[set[str]]) -> float:
    if len(row) == 1 and _people(sub, row[0])[1:]:
        people = _people(sub, row[0])
        return PITCH_INCHES * max(len(people), len(row[0]) - len(people)) + 0.8
    return CELL_INCHES[1]


def _mark(ax, sub: nx.Graph, node: str, x: float, y: float) -> None:
    is_person = sub.nodes[node].get("kind") == "person"
    ax.plot([x], [y], marker="o" if is_person else "s", markersize=9 if is_person else 8,
            color="#d9822b" if is_person else "#1f4e79", zorder=2, linestyle="none")  # fmt: skip


def _label(ax, sub: nx.Graph, node: str, x: float, y: float, ha: str, where: str) -> None:
    """The node's name; for an organisation, the titles held there on a second line.

    `where` is the side of the mark the label sits on: "left", "right", "above", "below"."""
    is_person = sub.nodes[node].get("kind") == "person"
    name = _short(_name(sub, node), NETWORK_LABEL_CHARS)
    titles = sorted({t for p in sub[node] for t in sub.edges[node, p]["titles"]}) if not is_person else []
    lines = [(name, {"fontweight": "bold" if not is_person else "normal"})]
    if titles:
        lines.append((_short(", ".join(titles), NETWORK_LABEL_CHARS + 6), {"style": "italic", "fontsize": 7}))
    step = 0.15
    if where == "above":  # the titles next to the mark, the name beyond them
        placed = [
            (text, style, y - step * (len(lines) - 1 - i), "bottom") for i, (text, style) in enumerate(lines)
        ]
    elif where == "below":
        placed = [(text, style, y + step * i, "top") for i, (text, style) in enumerate(lines)]
    else:  # beside: centred on the mark
        first = y - step * (len(lines) - 1) / 2
        placed = [(text, style, first + step * i, "center") for i, (text, style) in enumerate(lines)]
    for text, style, line_y, va in placed:
        options = {"fontsize": 8, "color": "#7a3e00" if is_person else "#102a43", **style}
        if style.get("style") == "italic":
            options["color"] = "#5b6b7f"
        ax.text(x, line_y, text, ha=ha, va=va, zorder=3, bbox=_EDGE_LABEL_BOX, **options)


def _edge(ax, start: tuple[float, float], end: tuple[float, float]) -> None:
    ax.plot([start[0], end[0]], [start[1], end[1]], color="#9aa7b8", linewidth=1.0, zorder=1)


def _draw_star(ax, sub: nx.Graph, group: set[str], centre: tuple[float, float]) -> None:
    (person,) = _people(sub, group)
    orgs = sorted(group - {person}, key=lambda n: _name(sub, n))
    x0, y0 = centre
    for i, org in enumerate(orgs):
        angle = math.pi / 2 - 2 * math.pi * i / len(orgs)
        dx, dy = math.cos(angle), math.sin(angle)
        x, y = x0 + RADIUS_INCHES * dx, y0 - RADIUS_INCHES * dy
        _edge(ax, (x0, y0), (x, y))
        _mark(ax, sub, org, x, y)
        if abs(dx) < 0.3:  # top or bottom of the star: above or below the mark
            _label(
                ax, sub, org, x, y - 0.16 if dy > 0 else y + 0.16, "center", "above" if dy > 0 else "below"
            )
        else:
            _label(ax, sub, org, x + (0.14 if dx > 0 else -0.14), y, "left" if dx > 0 else "right", "beside")
    _mark(ax, sub, person, x0, y0)
    _label(ax, sub, person, x0 + 0.12, y0 - 0.12, "left", "above")


def _draw_columns(ax, sub: nx.Graph, group: set[str], top: tuple[float, float]) -> None:
    people = _people(sub, group)
    rank = {p: i for i, p in enumerate(people)}
    orgs = sorted(
        group - set(people), key=lambda o: (sum(rank[p] for p in sub[o]) / len(sub[o]), _name(sub, o))
    )
    x_mid, y_top = top
    x_people, x_orgs = x_mid - 1.6, x_mid + 1.6
    rows = max(len(people), len(orgs))
    y_of = {}
    for column, x in ((people, x_people), (orgs, x_orgs)):
        offset = (rows - len(column)) * PITCH_INCHES / 2
        for i, node in enumerate(column):
            y_of[node] = (x, y_top + offset + i * PITCH_INCHES)
    for u, v in sub.subgraph(group).edges:
        _edge(ax, y_of[u], y_of[v])
    for node, (x, y) in y_of.items():
        _mark(ax, sub, node, x, y)
        if node in rank:
            _label(ax, sub, node, x - 0.14, y, "right", "beside")
        else:
            _label(ax, sub, node, x + 0.14, y, "left", "beside")


def _name(graph: nx.Graph, node: str) -> str:
    return str(graph.nodes[node].get("label", node))


# -- metric charts ---------------------------------------------------------------------


def _compact(value: float, _pos: object = None) -> str:
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def metric_chart(points: Sequence[Point], title: str | None = None):
    """One series over time: a line with points (a bar for a single value); undated points are left out."""
    from matplotlib.ticker import FuncFormatter

    points = [p for p in points if p.when]
    if not points:
        raise NothingToDraw("no dated values")
    fig = _figure(6.0, 2.6 if title else 2.3)
    ax = fig.add_axes((0.12, 0.2, 0.84, 0.66 if title else 0.74))
    dates = [p.when for p in points]
    values = [p.value for p in points]
    if len(points) == 1:
        ax.bar([0], values, width=0.4, color="#1f4e79")
        ax.set_xticks([0], [dates[0].isoformat()])
        ax.set_xlim(-1, 1)
    else:
        # a line only where each date has one value: joining values that disagree would draw a zigzag
        line = len(set(dates)) == len(dates)
        ax.plot(dates, values, marker="o", color="#1f4e79", linewidth=1.5 if line else 0)
        if not line:
            ax.text(0.99, 0.97, "several values for a date", transform=ax.transAxes, ha="right", va="top",
                    fontsize=7, color="#7a4f00", style="italic")  # fmt: skip
        fig.autofmt_xdate(rotation=20)
    ax.yaxis.set_major_formatter(FuncFormatter(_compact))
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)
    if title:
        fig.text(0.02, 0.94, _short(title, 80), fontsize=10, fontweight="bold", va="center")
    return fig
