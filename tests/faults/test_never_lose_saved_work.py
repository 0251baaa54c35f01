"""Promise: what the analyst saved is never lost or half-written (issue 17's case 15, and the exports)."""

from __future__ import annotations

import shutil

import igraph as ig
import pytest

from explorer.core.errors import WorkspaceError
from explorer.core.graph import build_graph, write_graphml


def test_a_name_with_control_characters_exports_as_graphml_that_reads_back(seed_tables, tmp_path):
    tables = {name: frame.copy() for name, frame in seed_tables.items()}
    entities = tables["entities"]
    busiest = entities["mention_count"].idxmax()
    entities.loc[busiest, "name"] = "Vert\x0bical \x1b[31mred\x00"
    graph = build_graph(tables)
    path = write_graphml(graph, tmp_path / "relations.graphml")
    back = ig.Graph.Read_GraphML(str(path))
    assert back.vcount() == graph.vcount()
    assert "Vert\ufffdical \ufffd[31mred\ufffd" in back.vs["label"]
    assert not list(tmp_path.glob(".*partial"))


def test_a_graphml_export_never_replaces_a_workspace(seed_tables, seed_workspace, tmp_path):
    target = tmp_path / "case.graphml"
    shutil.copy(seed_workspace, target)  # a workspace, whatever its name says
    before = target.read_bytes()
    with pytest.raises(WorkspaceError, match="an export never replaces one"):
        write_graphml(build_graph(seed_tables), target)
    assert target.read_bytes() == before
