//! Checking the store against the bundled SHACL shapes (`ontology/shapes.ttl`). Supports the
//! part of SHACL Core the shapes use: `sh:targetClass` node shapes whose property shapes
//! have an IRI `sh:path` and `sh:minCount`, `sh:maxCount`, `sh:datatype`, `sh:class`,
//! `sh:pattern`. A value constraint becomes one SPARQL query over the union of the graphs;
//! a count constraint is checked by walking the class's instances one at a time, which
//! holds one instance's values in memory rather than a group for every instance (the
//! grouping query took 2.2 GiB at 200,000 statements).

use crate::rdf::reference::SHAPES;
use crate::store::{Store, StoreError};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, NamedOrBlankNode, Term, Triple};
use oxigraph::sparql::QueryResults;

const SH: &str = "http://www.w3.org/ns/shacl#";

/// One constraint of one property shape.
#[derive(Debug, Clone, PartialEq)]
pub enum Constraint {
    /// At least this many values.
    MinCount(u64),
    /// At most this many values.
    MaxCount(u64),
    /// Every value a literal of this datatype.
    Datatype(String),
    /// Every value an instance of this class.
    Class(String),
    /// Every value's text matching this regular expression.
    Pattern(String),
}

/// A property constraint on the instances of a class.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// The target class.
    pub class: String,
    /// The property.
    pub path: String,
    /// What its values must satisfy.
    pub constraint: Constraint,
}

/// A node that breaks a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// The node.
    pub focus: String,
    /// The rule it breaks.
    pub rule: Rule,
    /// The offending value, when one is at fault.
    pub value: Option<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "<{}> <{}> {:?}",
            self.focus, self.rule.path, self.rule.constraint
        )?;
        if let Some(v) = &self.value {
            write!(f, " (value {v})")?;
        }
        Ok(())
    }
}

fn object<'a>(triples: &'a [Triple], s: &NamedOrBlankNode, p: &str) -> Vec<&'a Term> {
    triples
        .iter()
        .filter(|t| &t.subject == s && t.predicate.as_str() == p)
        .map(|t| &t.object)
        .collect()
}

fn value(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_owned(),
        Term::BlankNode(b) => b.as_str().to_owned(),
        Term::Literal(l) => l.value().to_owned(),
    }
}

/// The rules of a shapes graph (Turtle).
pub fn rules(shapes_turtle: &str) -> Result<Vec<Rule>, String> {
    let triples: Vec<Triple> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(shapes_turtle.as_bytes())
        .map(|q| q.map(Triple::from).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for t in triples
        .iter()
        .filter(|t| t.predicate.as_str() == format!("{SH}targetClass"))
    {
        let class = value(&t.object);
        for prop in object(&triples, &t.subject, &format!("{SH}property")) {
            let node = match prop {
                Term::NamedNode(n) => NamedOrBlankNode::from(n.clone()),
                Term::BlankNode(b) => NamedOrBlankNode::from(b.clone()),
                Term::Literal(_) => continue,
            };
            let Some(Term::NamedNode(path)) = object(&triples, &node, &format!("{SH}path")).first().copied()
            else {
                return Err(format!("a property shape of {class} has no IRI sh:path"));
            };
            let count = |p: &str| -> Option<u64> {
                object(&triples, &node, &format!("{SH}{p}"))
                    .first()
                    .and_then(|v| value(v).parse().ok())
            };
            let mut constraints = Vec::new();
            if let Some(n) = count("minCount") {
                constraints.push(Constraint::MinCount(n));
            }
            if let Some(n) = count("maxCount") {
                constraints.push(Constraint::MaxCount(n));
            }
            for (p, make) in [
                ("datatype", Constraint::Datatype as fn(String) -> Constraint),
                ("class", Constraint::Class),
                ("pattern", Constraint::Pattern),
            ] {
                for v in object(&triples, &node, &format!("{SH}{p}")) {
                    constraints.push(make(value(v)));
                }
            }
            for constraint in constraints {
                out.push(Rule {
                    class: class.clone(),
                    path: path.as_str().to_owned(),
                    constraint,
                });
            }
        }
    }
    Ok(out)
}

fn sparql_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The query listing the nodes and values that break a value rule (a count rule has none).
fn query(rule: &Rule) -> Option<String> {
    let (c, p) = (&rule.class, &rule.path);
    Some(match &rule.constraint {
        Constraint::MinCount(_) | Constraint::MaxCount(_) => return None,
        Constraint::Datatype(d) => format!(
            "SELECT DISTINCT ?focus ?v WHERE {{ ?focus a <{c}> ; <{p}> ?v FILTER(!isLiteral(?v) || datatype(?v) != <{d}>) }}"
        ),
        Constraint::Class(k) => format!(
            "SELECT DISTINCT ?focus ?v WHERE {{ ?focus a <{c}> ; <{p}> ?v FILTER NOT EXISTS {{ ?v a <{k}> }} }}"
        ),
        Constraint::Pattern(re) => format!(
            "SELECT DISTINCT ?focus ?v WHERE {{ ?focus a <{c}> ; <{p}> ?v FILTER(!regex(str(?v), {})) }}",
            sparql_string(re)
        ),
    })
}

/// The count bounds (least, most) of a count rule.
fn count_bounds(rule: &Rule) -> Option<(u64, u64)> {
    match rule.constraint {
        Constraint::MinCount(n) => Some((n, u64::MAX)),
        Constraint::MaxCount(n) => Some((0, n)),
        _ => None,
    }
}

/// The violations of the count rules among `rules`, each rule's at its index of `found`:
/// every class with count rules is walked once, one instance at a time, and each of its
/// properties counted once an instance (distinct values), whatever number of rules bound
/// it. An instance typed in several graphs (a party in every statement it signed) is
/// counted once: the type index gives its quads one after the other.
fn count_violations(store: &Store, rules: &[Rule], found: &mut [Vec<Violation>]) -> Result<(), StoreError> {
    let iri = |i: &str| NamedNode::new(i).map_err(|e| StoreError::Query(format!("{i}: {e}")));
    let kind = oxigraph::model::vocab::rdf::TYPE.into_owned();
    let counted: Vec<usize> = (0..rules.len())
        .filter(|&i| count_bounds(&rules[i]).is_some())
        .collect();
    let mut classes: Vec<&str> = counted.iter().map(|&i| rules[i].class.as_str()).collect();
    classes.sort_unstable();
    classes.dedup();
    for class in classes {
        let of_class: Vec<usize> = counted
            .iter()
            .copied()
            .filter(|&i| rules[i].class == class)
            .collect();
        let mut paths: Vec<&str> = of_class.iter().map(|&i| rules[i].path.as_str()).collect();
        paths.sort_unstable();
        paths.dedup();
        let paths: Vec<(&str, NamedNode)> = paths
            .into_iter()
            .map(|p| Ok((p, iri(p)?)))
            .collect::<Result<_, StoreError>>()?;
        let class_term = Term::from(iri(class)?);
        let mut last: Option<NamedNode> = None;
        for quad in store.matching(None, Some(&kind), Some(&class_term), None) {
            let NamedOrBlankNode::NamedNode(focus) = quad?.subject else {
                continue;
            };
            if last.as_ref() == Some(&focus) {
                continue;
            }
            let mut counts: Vec<(&str, u64)> = Vec::with_capacity(paths.len());
            for (name, path) in &paths {
                let mut values: Vec<Term> = Vec::new();
                for q in store.matching(Some(&focus), Some(path), None, None) {
                    let v = q?.object;
                    if !values.contains(&v) {
                        values.push(v);
                    }
                }
                counts.push((name, values.len() as u64));
            }
            for &i in &of_class {
                let Some((min, max)) = count_bounds(&rules[i]) else {
                    continue;
                };
                let n = counts
                    .iter()
                    .find(|(p, _)| *p == rules[i].path)
                    .map_or(0, |(_, n)| *n);
                if n < min || n > max {
                    found[i].push(Violation {
                        focus: focus.as_str().to_owned(),
                        rule: rules[i].clone(),
                        value: None,
                    });
                }
            }
            last = Some(focus);
        }
    }
    // Should the index not keep an instance's quads together, it is still reported once.
    for &i in &counted {
        found[i].sort_by(|a, b| a.focus.cmp(&b.focus));
        found[i].dedup_by(|a, b| a.focus == b.focus);
    }
    Ok(())
}

/// Every violation of the bundled shapes in the store, rule by rule.
pub fn validate(store: &Store) -> Result<Vec<Violation>, StoreError> {
    let rules = rules(SHAPES).map_err(StoreError::Query)?;
    let mut found: Vec<Vec<Violation>> = vec![Vec::new(); rules.len()];
    count_violations(store, &rules, &mut found)?;
    for (rule, out) in rules.iter().zip(&mut found) {
        let Some(text) = query(rule) else {
            continue;
        };
        if let QueryResults::Solutions(solutions) = store.query(&text, vec![])? {
            for s in solutions {
                let s = s.map_err(|e| StoreError::Query(e.to_string()))?;
                let Some(focus) = s.get("focus").map(value) else {
                    continue;
                };
                out.push(Violation {
                    focus,
                    rule: rule.clone(),
                    value: s.get("v").map(value),
                });
            }
        }
    }
    Ok(found.into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_shapes_read_as_rules() {
        let r = rules(SHAPES).unwrap();
        assert!(r
            .iter()
            .any(|x| x.path.ends_with("asWritten") && x.constraint == Constraint::MinCount(1)));
        assert!(r
            .iter()
            .any(|x| matches!(&x.constraint, Constraint::Pattern(p) if p.contains("A-Z"))));
    }

    #[test]
    fn patterns_are_quoted_for_sparql() {
        assert_eq!(sparql_string(r#"a"b\c"#), r#""a\"b\\c""#);
    }

    #[test]
    fn counts_are_checked_across_graphs_and_each_node_is_reported_once() {
        use crate::store::GraphWrite;
        use oxigraph::model::{Literal, Quad};
        let n = |i: &str| NamedNode::new(i).unwrap();
        let country = n("http://schema.org/Country");
        let name = n("http://schema.org/name");
        let kind = oxigraph::model::vocab::rdf::TYPE.into_owned();
        // Country `a` is typed in two graphs with one name in each: two names, and
        // `schema:name` has `sh:maxCount 1`. Country `b` has no name (`sh:minCount 1`).
        let (a, b) = (
            n("https://example.org/country/a"),
            n("https://example.org/country/b"),
        );
        let graph = |g: &str, quads: Vec<(NamedNode, NamedNode, Term)>| GraphWrite {
            graph: n(g),
            quads: quads
                .into_iter()
                .map(|(s, p, o)| Quad::new(s, p, o, n(g)))
                .collect(),
        };
        let store = Store::in_memory().unwrap();
        store
            .write_graphs(
                "https://example.org/",
                &[
                    graph(
                        "https://example.org/g1",
                        vec![
                            (a.clone(), kind.clone(), country.clone().into()),
                            (a.clone(), name.clone(), Literal::new_simple_literal("A").into()),
                            (b.clone(), kind.clone(), country.clone().into()),
                        ],
                    ),
                    graph(
                        "https://example.org/g2",
                        vec![
                            (a.clone(), kind.clone(), country.clone().into()),
                            (a.clone(), name.clone(), Literal::new_simple_literal("Ä").into()),
                        ],
                    ),
                ],
            )
            .unwrap();
        let mut found: Vec<(String, Constraint)> = validate(&store)
            .unwrap()
            .into_iter()
            .filter(|v| v.rule.path == name.as_str())
            .map(|v| (v.focus, v.rule.constraint))
            .collect();
        found.sort_by(|x, y| x.0.cmp(&y.0));
        assert_eq!(
            found,
            [
                (a.as_str().to_owned(), Constraint::MaxCount(1)),
                (b.as_str().to_owned(), Constraint::MinCount(1)),
            ]
        );
    }
}
