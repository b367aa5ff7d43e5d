#!/usr/bin/env python3
"""Check a network written by `cosignet network` against networkx.

    python3 tests/networkx_check.py NET.graphml NET.gexf [--json NET.json]
        [--nodes-csv NET.nodes.csv] [--edges-csv NET.edges.csv] [--dynamic NET.dynamic.gexf]
        [--tol 1e-9]

Loads the GraphML with nx.read_graphml and the GEXF with nx.read_gexf(version="1.3") and
checks that: the GEXF root declares GEXF 1.3; both files (and the JSON and CSV files, if
given) hold the same nodes and edges; every edge weight is a float; every node attribute has
the same value in both files; and that networkx, recomputing on the GraphML graph, agrees
with the attributes cosignet wrote: degree, weighted degree (weight), betweenness
(distance = 1/weight, normalized), closeness (distance = 1/weight), eigenvector centrality
(weight, tol 1e-12), clustering, connected components (same partition, numbered by size
then smallest node id) and the modularity of the `community` partition
(nx.community.modularity with weight) against the modularity cosignet reports: the
graph-level `modularity` data of the GraphML file, and `modularity=...` in the GEXF
`<meta><description>` (networkx's read_gexf drops <meta>, so it is read from the XML).
Bipartite networks (nodes with a `kind` attribute) are checked for degree, weighted degree
and components only. Values must agree to --tol (absolute, or relative above 1).

Exits 1 with a message at the first disagreement; prints a one-line summary on success.
Needs networkx (pip install networkx).
"""

import argparse
import csv
import json
import math
import re
import sys
import xml.etree.ElementTree as ET

import networkx as nx

GEXF_NS = "http://gexf.net/1.3"


class Disagreement(Exception):
    pass


def fail(message):
    raise Disagreement(message)


def close(a, b, tol):
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def expect_close(what, ours, theirs, tol):
    if not isinstance(ours, (int, float)) or not close(float(ours), float(theirs), tol):
        fail(f"{what}: cosignet wrote {ours!r}, networkx computes {theirs!r}")


def check_gexf_root(path):
    root = ET.parse(path).getroot()
    if root.tag != f"{{{GEXF_NS}}}gexf":
        fail(f"{path}: root element is {root.tag}, expected {{{GEXF_NS}}}gexf")
    if root.get("version") != "1.3":
        fail(f"{path}: root declares version {root.get('version')!r}, expected '1.3'")
    desc = root.find(f"{{{GEXF_NS}}}meta/{{{GEXF_NS}}}description")
    m = re.search(r"modularity=([-+0-9.eE]+)", desc.text or "") if desc is not None else None
    return root, (float(m.group(1)) if m else None)


def edge_key(u, v):
    return (u, v) if u <= v else (v, u)


def same_structure(name, G, H):
    if G.number_of_nodes() != H.number_of_nodes():
        fail(f"{name}: {H.number_of_nodes()} nodes, GraphML has {G.number_of_nodes()}")
    if G.number_of_edges() != H.number_of_edges():
        fail(f"{name}: {H.number_of_edges()} edges, GraphML has {G.number_of_edges()}")
    if set(G.nodes) != set(H.nodes):
        fail(f"{name}: node ids differ from GraphML, e.g. {sorted(set(G.nodes) ^ set(H.nodes))[:3]}")
    g_edges = {edge_key(u, v) for u, v in G.edges}
    h_edges = {edge_key(u, v) for u, v in H.edges}
    if g_edges != h_edges:
        fail(f"{name}: edges differ from GraphML, e.g. {sorted(g_edges ^ h_edges)[:3]}")


def check_weights(name, G):
    for u, v, d in G.edges(data=True):
        if not isinstance(d.get("weight"), float):
            fail(f"{name}: edge {u} -- {v} has weight {d.get('weight')!r} ({type(d.get('weight')).__name__}), not a float")
        if not d["weight"] > 0:
            fail(f"{name}: edge {u} -- {v} has a weight that is not positive: {d['weight']!r}")


def check_same_attributes(G, H, tol):
    for v, d in G.nodes(data=True):
        h = H.nodes[v]
        for key, value in d.items():
            if key not in h:
                fail(f"GEXF: node {v} lacks attribute {key!r}")
            other = h[key]
            if isinstance(value, float) or isinstance(other, float):
                expect_close(f"GEXF node {v} attribute {key}", other, value, tol)
            elif value != other:
                fail(f"GEXF: node {v} attribute {key} is {other!r}, GraphML has {value!r}")
    for u, v, d in G.edges(data=True):
        h = H.edges[u, v]
        for key, value in d.items():
            if key == "weight":
                expect_close(f"GEXF edge {u} -- {v} weight", h.get("weight"), value, tol)
            elif h.get(key) != value:
                fail(f"GEXF: edge {u} -- {v} attribute {key} is {h.get(key)!r}, GraphML has {value!r}")


def check_numbering(what, G, attr, groups):
    """`attr` must give the same partition as `groups`, numbered by size then smallest id."""
    ours = {}
    for v, d in G.nodes(data=True):
        if attr not in d:
            fail(f"node {v} has no {attr!r} attribute")
        ours.setdefault(d[attr], set()).add(v)
    theirs = {frozenset(c) for c in groups}
    if {frozenset(c) for c in ours.values()} != theirs:
        fail(f"{what}: cosignet's {attr!r} partition ({len(ours)} groups) differs from networkx's ({len(theirs)} groups)")
    ranked = sorted(theirs, key=lambda c: (-len(c), min(c)))
    for number, c in enumerate(ranked):
        if ours.get(number) != set(c):
            fail(f"{what}: group {number} should be the one of {len(c)} nodes holding {min(c)!r}")


def check_csv_and_json(args, G):
    counts = []
    if args.json:
        with open(args.json, encoding="utf-8") as f:
            data = json.load(f)
        J = nx.node_link_graph(data, edges="links")
        same_structure("JSON", G, J)
        check_weights("JSON", J)
        counts.append("JSON")
    if args.nodes_csv:
        with open(args.nodes_csv, newline="", encoding="utf-8") as f:
            ids = [row["id"] for row in csv.DictReader(f)]
        if sorted(ids) != sorted(G.nodes):
            fail(f"nodes CSV: {len(ids)} rows, GraphML has {G.number_of_nodes()} nodes (or other ids)")
        counts.append("nodes CSV")
    if args.edges_csv:
        with open(args.edges_csv, newline="", encoding="utf-8") as f:
            rows = [edge_key(r["source"], r["target"]) for r in csv.DictReader(f)]
        if len(rows) != G.number_of_edges() or set(rows) != {edge_key(u, v) for u, v in G.edges}:
            fail(f"edges CSV: {len(rows)} rows, GraphML has {G.number_of_edges()} edges (or other pairs)")
        counts.append("edges CSV")
    return counts


def check_dynamic(path):
    root, _ = check_gexf_root(path)
    graph = root.find(f"{{{GEXF_NS}}}graph")
    if graph is None or graph.get("mode") != "dynamic" or graph.get("timeformat") != "date":
        fail(f"{path}: graph is not mode=\"dynamic\" with timeformat=\"date\"")
    D = nx.read_gexf(path, version="1.3")
    for v, d in D.nodes(data=True):
        if not d.get("spells"):
            fail(f"{path}: node {v} has no spells")
    return D


def run(args):
    root, gexf_modularity = check_gexf_root(args.gexf)
    G = nx.read_graphml(args.graphml)
    H = nx.read_gexf(args.gexf, version="1.3")
    if G.is_directed() or G.is_multigraph():
        fail("GraphML: expected an undirected simple graph")
    same_structure("GEXF", G, H)
    check_weights("GraphML", G)
    check_weights("GEXF", H)
    check_same_attributes(G, H, args.tol)
    others = check_csv_and_json(args, G)
    tol = args.tol
    bipartite = any("kind" in d for _, d in G.nodes(data=True))
    checked = ["degree", "weighted_degree"]
    for v, d in G.nodes(data=True):
        expect_close(f"node {v} degree", d.get("degree"), G.degree(v), 0)
        expect_close(f"node {v} weighted_degree", d.get("weighted_degree"), G.degree(v, weight="weight"), tol)
    check_numbering("components", G, "component", nx.connected_components(G))
    checked.append("component")
    metrics = not bipartite and any("betweenness" in d for _, d in G.nodes(data=True))
    modularity = None
    if metrics:
        for u, v, d in G.edges(data=True):
            d["distance"] = 1.0 / d["weight"]
        computed = {
            "betweenness": nx.betweenness_centrality(G, weight="distance", normalized=True),
            "closeness": nx.closeness_centrality(G, distance="distance"),
            "clustering": nx.clustering(G),
        }
        if G.number_of_nodes() > 0:
            computed["eigenvector"] = nx.eigenvector_centrality(G, weight="weight", tol=1e-12, max_iter=10000)
        for name, values in computed.items():
            for v, d in G.nodes(data=True):
                expect_close(f"node {v} {name}", d.get(name), values[v], tol)
            checked.append(name)
        groups = {}
        for v, d in G.nodes(data=True):
            groups.setdefault(d["community"], set()).add(v)
        communities = [groups[k] for k in sorted(groups)]
        if G.number_of_edges() > 0:
            modularity = nx.community.modularity(G, communities, weight="weight")
            expect_close("GraphML graph modularity", G.graph.get("modularity"), modularity, tol)
            expect_close("GEXF <meta><description> modularity", gexf_modularity, modularity, tol)
            checked.append("modularity")
        check_numbering("communities", G, "community", communities)
    dynamic = ""
    if args.dynamic:
        D = check_dynamic(args.dynamic)
        dynamic = f"; dynamic GEXF: {D.number_of_nodes()} nodes, {D.number_of_edges()} edges with spells"
    also = f" (also {', '.join(others)})" if others else ""
    mod = f", modularity {modularity:.6f}" if modularity is not None else ""
    print(
        f"OK: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges{also}{mod}; GEXF 1.3; "
        f"networkx {nx.__version__} agrees on {', '.join(checked)} to {tol:g}{dynamic}"
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description="Check a cosignet network against networkx.")
    ap.add_argument("graphml")
    ap.add_argument("gexf")
    ap.add_argument("--json")
    ap.add_argument("--nodes-csv")
    ap.add_argument("--edges-csv")
    ap.add_argument("--dynamic", help="a dynamic GEXF written from time slices")
    ap.add_argument("--tol", type=float, default=1e-9)
    args = ap.parse_args(argv)
    try:
        run(args)
    except Disagreement as e:
        print(f"networkx_check: FAILED: {e}", file=sys.stderr)
        return 1
    except (OSError, ET.ParseError, nx.NetworkXException, KeyError, ValueError) as e:
        print(f"networkx_check: FAILED: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
