#!/usr/bin/env python3
"""The route a researcher would take without cosignet: read a cosignet store with pyoxigraph,
build the party co-signature network with networkx and compute every metric cosignet computes.

    scripts/bench_networkx.py STORE

Reads every (statement, party) pair with one SPARQL pattern over the union of the store's
graphs, weights each pair of parties by the statements they signed together, then computes
degree, weighted degree, betweenness and closeness on distance = 1 / weight, eigenvector
centrality (weight), clustering, connected components and Louvain communities (weight, seed 0)
with their modularity. Prints one summary line. The anchor of `scripts/bench.sh`; needs
pyoxigraph and networkx.
"""

import itertools
import sys
from collections import defaultdict

import networkx as nx
import pyoxigraph

SIGNINGS = "SELECT ?statement ?party WHERE { ?statement <https://w3id.org/cosignet/ns#signedBy> ?party }"


def main(store_path):
    store = pyoxigraph.Store.read_only(store_path)
    by_statement = defaultdict(list)
    for row in store.query(SIGNINGS, use_default_graph_as_union=True):
        by_statement[row["statement"].value].append(row["party"].value)
    weight = defaultdict(int)
    for parties in by_statement.values():
        for a, b in itertools.combinations(sorted(set(parties)), 2):
            weight[(a, b)] += 1
    g = nx.Graph()
    for parties in by_statement.values():
        g.add_nodes_from(parties)
    for (a, b), w in weight.items():
        g.add_edge(a, b, weight=w, distance=1.0 / w)
    dict(g.degree())
    dict(g.degree(weight="weight"))
    nx.betweenness_centrality(g, weight="distance", normalized=True)
    nx.closeness_centrality(g, distance="distance")
    nx.eigenvector_centrality(g, weight="weight", max_iter=10_000)
    nx.clustering(g)
    list(nx.connected_components(g))
    communities = nx.community.louvain_communities(g, weight="weight", seed=0)
    q = nx.community.modularity(g, communities, weight="weight")
    print(f"networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, "
          f"{len(communities)} communities, modularity {q:.6f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
