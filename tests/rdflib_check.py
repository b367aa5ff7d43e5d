#!/usr/bin/env python3
"""Check cosignet's RDF exports with rdflib and pySHACL, as a linked-data publisher would.

    python3 tests/rdflib_check.py DIR SHAPES.ttl

DIR holds export.ttl, export.trig, export.nq, export.nt, export.jsonld and export.rdf
written by `cosignet export`. rdflib must read every one; the triple formats must hold the
same triples (Turtle, N-Triples, RDF/XML, and the union of the graphs of TriG, N-Quads and
JSON-LD), the quad formats the same quads; and pySHACL must find the Turtle conforming to
the bundled shapes. Exits 1 with a message at the first problem.
"""

import sys

import rdflib
from pyshacl import validate


def graph(path, fmt):
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    return g


def dataset(path, fmt):
    d = rdflib.Dataset()
    d.parse(path, format=fmt)
    return d


def main():
    folder, shapes = sys.argv[1], sys.argv[2]
    ttl = graph(f"{folder}/export.ttl", "turtle")
    triples = set(ttl)
    for name, fmt in [("export.nt", "nt"), ("export.rdf", "xml")]:
        other = set(graph(f"{folder}/{name}", fmt))
        if other != triples:
            sys.exit(f"{name}: {len(other)} triples, Turtle has {len(triples)}")
    quads = None
    for name, fmt in [("export.trig", "trig"), ("export.nq", "nquads"), ("export.jsonld", "json-ld")]:
        d = dataset(f"{folder}/{name}", fmt)
        these = {(s, p, o, str(g)) for s, p, o, g in d.quads((None, None, None, None)) if g is not None}
        union = {(s, p, o) for s, p, o, _ in these}
        if union != triples:
            sys.exit(f"{name}: the union of its graphs has {len(union)} triples, Turtle {len(triples)}")
        if quads is not None and these != quads:
            sys.exit(f"{name}: {len(these)} quads differ from the other quad formats ({len(quads)})")
        quads = these
    conforms, _, text = validate(ttl, shacl_graph=graph(shapes, "turtle"))
    if not conforms:
        sys.exit(f"pySHACL: the export does not conform to the shapes:\n{text}")
    print(f"rdflib {rdflib.__version__} read all six exports ({len(triples)} triples, {len(quads)} quads); pySHACL: conforms")


if __name__ == "__main__":
    main()
