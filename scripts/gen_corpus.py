#!/usr/bin/env python3
"""Generate a synthetic corpus of joint statements as cosignet statement records.

    scripts/gen_corpus.py OUTDIR [N] [--seed S] [--per-file K] [--format json|yaml] [--persons P]

Writes N statements (default 3000) as lists of records, K per file (default 500), into
OUTDIR/statements-0001.json, ... (or .yaml). Each record has the fields `parse` prints and
`ingest` reads (see src/record.rs): id, title, date, language, signatories [{as_written,
party, country, country_code}]. Parties are fictional but plausibly named (about 300 over
85 real countries); dates are spread over 1998-2024; every statement has 5 to 60
signatories, drawn with a skewed (Zipf-like) popularity, so a few parties sign most
statements. Each party has a succession of leaders (terms of 3 to 10 years, about 1,500
persons in all); a share P of the signatures (default 0.4, 0 for none) names the leader of the
day with a role. Persons are drawn from their own random stream, so the statements and parties
do not depend on P. The output depends only on N, the seed and P. Plain Python 3 standard
library.
"""

import argparse
import datetime
import json
import os
import random
import re
import sys

# (name, ISO 3166-1 alpha-2, English adjective)
COUNTRIES = [
    ("Afghanistan", "AF", "Afghan"), ("Algeria", "DZ", "Algerian"), ("Argentina", "AR", "Argentine"),
    ("Armenia", "AM", "Armenian"), ("Australia", "AU", "Australian"), ("Austria", "AT", "Austrian"),
    ("Azerbaijan", "AZ", "Azerbaijani"), ("Bangladesh", "BD", "Bangladeshi"),
    ("Belarus", "BY", "Belarusian"), ("Belgium", "BE", "Belgian"), ("Bolivia", "BO", "Bolivian"),
    ("Brazil", "BR", "Brazilian"), ("Bulgaria", "BG", "Bulgarian"), ("Canada", "CA", "Canadian"),
    ("Chile", "CL", "Chilean"), ("China", "CN", "Chinese"), ("Colombia", "CO", "Colombian"),
    ("Croatia", "HR", "Croatian"), ("Cuba", "CU", "Cuban"), ("Cyprus", "CY", "Cypriot"),
    ("Czechia", "CZ", "Czech"), ("Denmark", "DK", "Danish"), ("Ecuador", "EC", "Ecuadorian"),
    ("Egypt", "EG", "Egyptian"), ("El Salvador", "SV", "Salvadoran"), ("Estonia", "EE", "Estonian"),
    ("Finland", "FI", "Finnish"), ("France", "FR", "French"), ("Georgia", "GE", "Georgian"),
    ("Germany", "DE", "German"), ("Greece", "GR", "Greek"), ("Guatemala", "GT", "Guatemalan"),
    ("Hungary", "HU", "Hungarian"), ("India", "IN", "Indian"), ("Indonesia", "ID", "Indonesian"),
    ("Iran", "IR", "Iranian"), ("Iraq", "IQ", "Iraqi"), ("Ireland", "IE", "Irish"),
    ("Israel", "IL", "Israeli"), ("Italy", "IT", "Italian"), ("Japan", "JP", "Japanese"),
    ("Jordan", "JO", "Jordanian"), ("Kazakhstan", "KZ", "Kazakh"), ("Kyrgyzstan", "KG", "Kyrgyz"),
    ("Latvia", "LV", "Latvian"), ("Lebanon", "LB", "Lebanese"), ("Lithuania", "LT", "Lithuanian"),
    ("Luxembourg", "LU", "Luxembourgish"), ("Malta", "MT", "Maltese"), ("Mexico", "MX", "Mexican"),
    ("Moldova", "MD", "Moldovan"), ("Morocco", "MA", "Moroccan"), ("Nepal", "NP", "Nepalese"),
    ("Netherlands", "NL", "Dutch"), ("Nigeria", "NG", "Nigerian"),
    ("North Macedonia", "MK", "Macedonian"), ("Norway", "NO", "Norwegian"),
    ("Pakistan", "PK", "Pakistani"), ("Palestine", "PS", "Palestinian"), ("Panama", "PA", "Panamanian"),
    ("Paraguay", "PY", "Paraguayan"), ("Peru", "PE", "Peruvian"), ("Philippines", "PH", "Filipino"),
    ("Poland", "PL", "Polish"), ("Portugal", "PT", "Portuguese"), ("Romania", "RO", "Romanian"),
    ("Russia", "RU", "Russian"), ("Serbia", "RS", "Serbian"), ("Slovakia", "SK", "Slovak"),
    ("Slovenia", "SI", "Slovenian"), ("South Africa", "ZA", "South African"), ("Spain", "ES", "Spanish"),
    ("Sri Lanka", "LK", "Sri Lankan"), ("Sudan", "SD", "Sudanese"), ("Sweden", "SE", "Swedish"),
    ("Switzerland", "CH", "Swiss"), ("Syria", "SY", "Syrian"), ("Tajikistan", "TJ", "Tajik"),
    ("Tunisia", "TN", "Tunisian"), ("Turkey", "TR", "Turkish"), ("Ukraine", "UA", "Ukrainian"),
    ("United Kingdom", "GB", "British"), ("United States", "US", "American"),
    ("Uruguay", "UY", "Uruguayan"), ("Venezuela", "VE", "Venezuelan"), ("Vietnam", "VN", "Vietnamese"),
]

# {c}: country name, {a}: adjective
PARTY_TEMPLATES = [
    "Communist Party of {c}", "Workers' Party of {c}", "{a} Communist Party",
    "Socialist Party of {c}", "{a} Party of Labour", "New Communist Party of {c}",
    "Revolutionary Workers' Party of {c}", "{a} Socialist Workers' Party",
    "Union of Communists of {c}", "People's Progressive Party of {c}",
    "Party of the Left of {c}", "{a} Workers' Front", "Communist Workers' Party of {c}",
    "{a} Party of Socialist Renewal", "Unified Communist Party of {c}",
    "Marxist-Leninist Party of {c}",
]

# Templates that cosignet resolves to the same party when both name one country's party.
SAME_PARTY = [{"Communist Party of {c}", "{a} Communist Party"}]

TOPICS = [
    "the War in the Middle East", "Solidarity with Cuba", "Peace and Disarmament",
    "the Rights of Workers", "the Centenary of the October Revolution", "the Climate Crisis",
    "the Persecution of Communists", "the Cost of Living", "Solidarity with Palestine",
    "NATO Expansion", "the Anniversary of the Victory over Fascism", "the Rights of Women",
    "Privatisation of Public Services", "the Blockade", "International Women's Day",
    "May Day", "the Pandemic and Public Health", "Trade Union Freedoms", "Nuclear Weapons",
    "the Situation in Latin America",
]
FORMS = ["Joint Statement on {t}", "Common Appeal on {t}", "Declaration of Parties on {t}",
         "Joint Declaration on {t}", "Statement of Communist and Workers' Parties on {t}"]

# Country names that take "the" after "of".
WITH_THE = {"Netherlands", "Philippines", "United Kingdom", "United States"}

FIRST_NAMES = [
    "Alexis", "Ana", "Andrei", "Anna", "Antonio", "Boris", "Carlos", "Carmen", "Daniel", "Dimitris",
    "Elena", "Emil", "Eva", "Farid", "Fatima", "Georgi", "Hans", "Ivan", "Jan", "Joao", "Jorge",
    "Jose", "Karim", "Katarina", "Kostas", "Laura", "Luis", "Maria", "Marta", "Mehmet", "Miguel",
    "Mikhail", "Nadia", "Nikos", "Olga", "Omar", "Pablo", "Paolo", "Pedro", "Peter", "Rafael",
    "Ramon", "Rosa", "Samir", "Sergei", "Sofia", "Stefan", "Tamara", "Thomas", "Vera", "Viktor",
    "Yusuf", "Zoran",
]
SURNAMES = [
    "Abbas", "Alvarez", "Andersen", "Bauer", "Benitez", "Bogdanov", "Castro", "Costa", "Dimitrov",
    "Duarte", "Eriksen", "Fernandes", "Fischer", "Garcia", "Georgiou", "Haddad", "Hansen", "Horvat",
    "Ivanov", "Jovanovic", "Kaya", "Kowalski", "Kozlov", "Lopez", "Marin", "Martins", "Mendez",
    "Moreau", "Nagy", "Novak", "Olsen", "Ortega", "Papadopoulos", "Pereira", "Petrov", "Popescu",
    "Ramirez", "Rossi", "Saleh", "Santos", "Schmidt", "Silva", "Sokolov", "Torres", "Vargas",
    "Volkov", "Weber", "Yilmaz", "Zaidi",
]
ROLES = ["General Secretary", "Chairman", "President", "International Secretary",
         "First Secretary of the Central Committee", "Member of the Political Bureau"]

FIRST_DAY = datetime.date(1998, 1, 1)
LAST_DAY = datetime.date(2024, 12, 31)


def parties(rng, total=300):
    """About `total` (party, country, code) triples, 3 or 4 per country."""
    out = []
    for i, (name, code, adj) in enumerate(COUNTRIES):
        left = len(COUNTRIES) - i
        per = max(1, min(len(PARTY_TEMPLATES), round((total - len(out)) / left)))
        chosen = []
        for template in rng.sample(PARTY_TEMPLATES, len(PARTY_TEMPLATES)):
            if any(template in g and chosen_t in g for g in SAME_PARTY for chosen_t in chosen):
                continue
            chosen.append(template)
            if len(chosen) == per:
                break
        for template in chosen:
            of_name = f"the {name}" if name in WITH_THE else name
            out.append((template.format(c=of_name, a=adj), name, code))
    return out


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def weighted_sample(rng, items, weights, k):
    """k distinct items, each drawn with probability proportional to its weight
    (Efraimidis-Spirakis keys)."""
    keyed = sorted(((rng.random() ** (1.0 / w), i) for i, w in enumerate(weights)), reverse=True)
    return [items[i] for _, i in keyed[:k]]


def leaders(rng, pool):
    """For each party, its leaders as (first day, name, role), terms of 3 to 10 years; names
    are unique within a country."""
    taken = set()
    out = {}
    for party, _, code in pool:
        terms = []
        day = FIRST_DAY - datetime.timedelta(days=rng.randrange(3 * 365))
        while day <= LAST_DAY:
            while True:
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
                if (code, name) not in taken:
                    taken.add((code, name))
                    break
            terms.append((day, name, rng.choice(ROLES)))
            day += datetime.timedelta(days=rng.randrange(3 * 365, 10 * 365))
        out[party] = terms
    return out


def leader_on(terms, date):
    """The (name, role) of the term that holds `date`."""
    current = terms[0]
    for term in terms:
        if term[0] > date:
            break
        current = term
    return current[1], current[2]


def statements(n, seed, person_share=0.4):
    rng = random.Random(seed)
    pool = parties(rng)
    people_rng = random.Random(f"persons-{seed}")
    heads = leaders(people_rng, pool)
    ranks = list(range(len(pool)))
    rng.shuffle(ranks)
    weights = [1.0 / (r + 1) ** 0.9 for r in ranks]
    span = (LAST_DAY - FIRST_DAY).days
    for i in range(n):
        date = FIRST_DAY + datetime.timedelta(days=rng.randrange(span + 1))
        title = rng.choice(FORMS).format(t=rng.choice(TOPICS))
        k = 5 + int(55 * rng.random() ** 2)
        signed = weighted_sample(rng, pool, weights, k)
        signatories = []
        for party, country, code in signed:
            s = {"as_written": party, "party": party, "country": country, "country_code": code}
            if people_rng.random() < person_share:
                s["person"], s["role"] = leader_on(heads[party], date)
            signatories.append(s)
        yield {
            "id": f"{date.isoformat()}-{slug(title)}-{i + 1:06d}",
            "title": title,
            "date": date.isoformat(),
            "language": "en",
            "signatories": signatories,
        }


def yaml_dump(records):
    """YAML for a list of flat records (strings as JSON double-quoted scalars, valid YAML)."""
    q = lambda s: json.dumps(s, ensure_ascii=False)
    lines = []
    for r in records:
        lines.append(f"- id: {q(r['id'])}")
        for key in ("title", "date", "language"):
            lines.append(f"  {key}: {q(r[key])}")
        lines.append("  signatories:")
        for s in r["signatories"]:
            first = True
            for key in ("as_written", "party", "country", "country_code", "person", "role"):
                if key not in s:
                    continue
                lines.append(f"  {'- ' if first else '  '}{key}: {q(s[key])}")
                first = False
    return "\n".join(lines) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("n", nargs="?", type=int, default=3000, help="number of statements (3000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-file", type=int, default=500)
    ap.add_argument("--format", choices=["json", "yaml"], default="json")
    ap.add_argument("--persons", type=float, default=0.4,
                    help="share of signatures that name a person (0.4; 0 for none)")
    a = ap.parse_args(argv)
    if a.n < 0 or a.per_file < 1 or not 0 <= a.persons <= 1:
        ap.error("N must be >= 0, --per-file >= 1 and --persons within 0..1")
    os.makedirs(a.outdir, exist_ok=True)
    batch, files = [], 0

    def flush():
        nonlocal batch, files
        if not batch:
            return
        files += 1
        path = os.path.join(a.outdir, f"statements-{files:04d}.{a.format}")
        with open(path, "w", encoding="utf-8") as f:
            if a.format == "json":
                json.dump(batch, f, ensure_ascii=False, indent=1)
                f.write("\n")
            else:
                f.write(yaml_dump(batch))
        batch = []

    for record in statements(a.n, a.seed, a.persons):
        batch.append(record)
        if len(batch) == a.per_file:
            flush()
    flush()
    print(f"{a.n} statements in {files} files under {a.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
