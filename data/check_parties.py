#!/usr/bin/env python3
"""Sanity checks for data/parties.toml (Python 3.11+, standard library only).

Usage: python3 data/check_parties.py [path/to/parties.toml]
Exits with status 1 and lists every problem found, or prints a summary.
"""
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

KEY_RE = re.compile(r"^([A-Z]{2}):([A-Z0-9]+(?:-[A-Z0-9]+)*)$")  # CC:ACRONYM
QID_RE = re.compile(r"^Q[0-9]+$")
KNOWN_FIELDS = {"key", "name", "country", "native", "acronyms", "aliases",
                "wikidata", "predecessor", "successor", "note", "dissolved"}


def norm(s: str) -> str:
    """Case-fold, strip accents and punctuation and collapse whitespace, for name
    comparison ("Més-Compromís" and "Més – Compromís" are one name, as cosignet folds
    them)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = "".join(c if c.isalnum() else " " for c in s.casefold())
    return " ".join(s.split())


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("parties.toml")
    with open(path, "rb") as f:
        parties = tomllib.load(f).get("party", [])  # raises on a parse error
    errors = []
    keys = {}
    names = {}   # normalised alias/native name -> key of the party using it
    qids = {}    # wikidata ID -> key

    # Pass 1: per-entry checks; collect keys.
    for i, p in enumerate(parties):
        key = p.get("key")
        where = key or f"entry #{i + 1}"
        if unknown := set(p) - KNOWN_FIELDS:
            errors.append(f"{where}: unknown field(s) {sorted(unknown)}")
        if not isinstance(key, str) or not (m := KEY_RE.match(key)):
            errors.append(f"{where}: key must look like CC:ACRONYM")
            continue
        if key in keys:
            errors.append(f"{key}: duplicate key")
        keys[key] = p
        if not p.get("name"):
            errors.append(f"{key}: missing name")
        cc = m.group(1)
        if cc == "SU":
            if "country" in p:
                errors.append(f"{key}: supranational entry must not have a country")
        elif p.get("country") != cc:
            errors.append(f"{key}: country {p.get('country')!r} != key prefix {cc!r}")
        for field in ("native", "acronyms", "aliases"):
            v = p.get(field, [])
            if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                errors.append(f"{key}: {field} must be a list of non-empty strings")
        if (q := p.get("wikidata")) is not None:
            if not isinstance(q, str) or not QID_RE.match(q):
                errors.append(f"{key}: bad wikidata ID {q!r}")
            elif q in qids:
                errors.append(f"{key}: wikidata {q} also used by {qids[q]}")
            else:
                qids[q] = key

    # Pass 2: cross-references and shared names.
    for key, p in keys.items():
        for field in ("predecessor", "successor"):
            ref = p.get(field)
            if ref is not None and ref not in keys:
                errors.append(f"{key}: {field} {ref!r} is not a listed key")
            if ref == key:
                errors.append(f"{key}: {field} points to itself")
        for n in set(map(norm, p.get("native", []) + p.get("aliases", []))):
            if n in names and names[n] != key:
                errors.append(f"{key}: name {n!r} also used by {names[n]}")
            names.setdefault(n, key)

    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"OK: {len(parties)} parties, {len(qids)} with Wikidata IDs, "
          f"{len(names)} distinct native names/aliases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
