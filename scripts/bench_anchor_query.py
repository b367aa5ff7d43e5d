#!/usr/bin/env python3
"""A bundled query with its parameter written in as a constant, for `oxigraph query`, which
binds no parameters: the same pattern the way a user of Oxigraph's own tools would run it.

    scripts/bench_anchor_query.py QUERY.rq VAR VALUE

Replaces ?VAR by VALUE (an N-Triples term such as <https://...>): in SELECT lines as
(VALUE AS ?VAR), left out of GROUP BY lists, everywhere else the term itself. Prints the
query. Used by `scripts/bench.sh`.
"""

import re
import sys


def constant_query(text, var, value):
    v = re.compile(r"\?%s\b" % re.escape(var))
    out = []
    for line in text.splitlines():
        s = line.lstrip()
        if s.startswith("#"):
            out.append(line)
        elif s.startswith("SELECT"):
            out.append(v.sub("(%s AS ?%s)" % (value, var), line))
        elif s.startswith("GROUP BY"):
            line = v.sub("", line)
            if line.strip() != "GROUP BY":
                out.append(line)
        else:
            out.append(v.sub(value, line))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    query, var, value = sys.argv[1:4]
    with open(query, encoding="utf-8") as f:
        sys.stdout.write(constant_query(f.read(), var, value))
