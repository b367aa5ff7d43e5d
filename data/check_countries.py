#!/usr/bin/env python3
"""Sanity checks for data/countries.toml (the country gazetteer).

Usage: python3 data/check_countries.py [path]
Exits non-zero and prints every problem found.
"""
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

# The languages read: one file per language in data/lang (shared.toml is none).
LANGS = sorted(
    p.stem for p in (Path(__file__).parent / "lang").glob("*.toml") if p.stem != "shared"
)
STATUSES = {"iso", "unrecognised", "historical", "region"}

# All 249 currently assigned ISO 3166-1 alpha-2 codes.
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
""".split())
assert len(ISO_ALPHA2) == 249

# User-assigned codes allowed as alpha2 (XK: Kosovo).
USER_ASSIGNED = {"XK"}

# Non-ISO entities that must be present, with their status.
SPECIAL = {
    "XK": "unrecognised", "abkhazia": "unrecognised", "south-ossetia": "unrecognised",
    "transnistria": "unrecognised", "northern-cyprus": "unrecognised",
    "soviet-union": "historical", "yugoslavia": "historical",
    "czechoslovakia": "historical", "east-germany": "historical",
    "kurdistan": "region",
}


def fold(s: str) -> str:
    """Lowercase and strip accents (NFD, drop combining marks)."""
    s = unicodedata.normalize("NFD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("countries.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entities = data.get("country", [])
    errors = []
    err = errors.append

    keys, alpha2s, qids = {}, {}, {}
    # (kind, lang, folded form) -> key of the first entity that used it
    seen_forms = {}
    for e in entities:
        key = e.get("key")
        if not key:
            err(f"entity without key: {e.get('name')}")
            continue
        if key in keys:
            err(f"duplicate key {key}")
        keys[key] = e
        for field in ("name", "status"):
            if not e.get(field):
                err(f"{key}: missing {field}")
        if e.get("status") not in STATUSES:
            err(f"{key}: bad status {e.get('status')!r}")

        a2 = e.get("alpha2")
        if a2 is not None:
            if not re.fullmatch(r"[A-Z]{2}", a2):
                err(f"{key}: bad alpha2 {a2!r}")
            if a2 in alpha2s:
                err(f"{key}: alpha2 {a2} also used by {alpha2s[a2]}")
            alpha2s[a2] = key
            if a2 in ISO_ALPHA2 and (key != a2 or e.get("status") != "iso"):
                err(f"{key}: ISO entity must have key == alpha2 and status iso")
        a3 = e.get("alpha3")
        if a3 is not None and not re.fullmatch(r"[A-Z]{3}", a3):
            err(f"{key}: bad alpha3 {a3!r}")
        fa2 = e.get("former_alpha2")
        if fa2 is not None and not re.fullmatch(r"[A-Z]{2}", fa2):
            err(f"{key}: bad former_alpha2 {fa2!r}")

        q = e.get("wikidata")
        if q is not None:
            if not re.fullmatch(r"Q[0-9]+", q):
                err(f"{key}: bad wikidata {q!r}")
            if q in qids:
                err(f"{key}: wikidata {q} also used by {qids[q]}")
            qids[q] = key

        # Names: every language, non-empty lists of non-empty strings.
        names = e.get("names", {})
        for lang in LANGS:
            lst = names.get(lang)
            if not lst or not all(isinstance(s, str) and s.strip() for s in lst):
                err(f"{key}: names.{lang} missing or empty")
        for kind in ("names", "adjectives", "genitives"):
            for lang, lst in e.get(kind, {}).items():
                if lang not in LANGS:
                    err(f"{key}: {kind}.{lang}: unknown language")
                for s in lst:
                    if s != s.strip() or not s:
                        err(f"{key}: {kind}.{lang}: bad string {s!r}")
            # Names and adjectives must not be shared between entities in a language.
            if kind == "genitives":
                continue
            for lang, lst in e.get(kind, {}).items():
                if len({fold(s) for s in lst}) != len(lst):
                    err(f"{key}: {kind}.{lang}: repeated form")
                for s in lst:
                    f = (lang, fold(s))
                    other = seen_forms.get(f)
                    if other is not None and other != key:
                        err(f"{lang} {s!r}: shared by {other} and {key}")
                    seen_forms.setdefault(f, key)

    # Coverage: every ISO code and every special entity.
    for code in sorted(ISO_ALPHA2 - set(alpha2s)):
        err(f"ISO code {code} missing")
    for code in sorted(set(alpha2s) - ISO_ALPHA2 - USER_ASSIGNED):
        err(f"alpha2 {code} is not a current ISO 3166-1 code")
    for key, status in SPECIAL.items():
        if key not in keys:
            err(f"special entity {key} missing")
        elif keys[key].get("status") != status:
            err(f"{key}: status should be {status}")

    # Sorted by key, as the file promises.
    order = [e.get("key", "") for e in entities]
    if order != sorted(order):
        err("entities are not sorted by key")

    for line in errors:
        print(line)
    n_wd = sum(1 for e in entities if "wikidata" in e)
    print(f"{len(entities)} entities, {n_wd} with Wikidata IDs, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
