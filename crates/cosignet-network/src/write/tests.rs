//! Each writer on a small network: the attribute names and types every format promises.

use super::super::{build, Options, Signing, Signings};
use super::*;

fn sample() -> crate::Network {
    let s = |st: &str, node: &str, country: &str| Signing {
        statement: st.into(),
        date: Some("2020-01-01".into()),
        node: node.into(),
        label: format!("{node} & co"),
        country: Some(country.into()),
    };
    build(
        &Signings::from(
            &[
                s("s1", "a", "GR"),
                s("s1", "b", "GR"),
                s("s1", "c", "PT"),
                s("s2", "a", "GR"),
                s("s2", "b", "GR"),
            ][..],
        ),
        &Options::default(),
    )
}

fn text(f: impl Fn(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    f(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn every_format_names_the_same_attributes() {
    let net = sample();
    let graphml = text(|w| graphml(&net, w));
    assert!(graphml.contains(r#"<key id="weight" for="edge" attr.name="weight" attr.type="double"/>"#));
    assert!(graphml.contains(r#"<key id="community" for="node" attr.name="community" attr.type="int"/>"#));
    assert!(graphml.contains(r#"<data key="modularity">"#));
    assert!(graphml.contains("a &amp; co"));
    let gexf = text(|w| gexf(&net, w));
    assert!(gexf.contains(r#"xmlns="http://gexf.net/1.3""#) && gexf.contains(r#"version="1.3""#));
    assert!(gexf.contains(r#"<attribute id="betweenness" title="betweenness" type="double"/>"#));
    assert!(gexf.contains("<viz:color") && gexf.contains("<viz:size") && gexf.contains("<viz:position"));
    let json: serde_json::Value = serde_json::from_str(&text(|w| json(&net, w))).unwrap();
    assert_eq!(json["links"].as_array().unwrap().len(), net.edges.len());
    assert_eq!(
        json["nodes"][0]["eigenvector"].as_f64(),
        Some(net.nodes[0].eigenvector)
    );
    let nodes = text(|w| csv_nodes(&net, w));
    assert!(nodes.starts_with(
        "id,label,country,degree,weighted_degree,statements,betweenness,closeness,eigenvector,clustering,component,community\n"
    ));
    let edges = text(|w| csv_edges(&net, w));
    assert_eq!(edges.lines().count(), net.edges.len() + 1);
    let dot = text(|w| dot(&net, w));
    assert!(dot.contains("clustering=") && dot.contains(" -- "));
    let svg = text(|w| svg(&net, w));
    assert!(svg.contains(r#"viewBox="0 0 1200 900""#) && svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<circle").count(), net.nodes.len());
}

#[test]
fn dynamic_gexf_has_spells() {
    let s = |st: &str, date: &str, node: &str| Signing {
        statement: st.into(),
        date: Some(date.into()),
        node: node.into(),
        label: node.into(),
        country: None,
    };
    let all = [
        s("s1", "2018-05-01", "a"),
        s("s1", "2018-05-01", "b"),
        s("s2", "2020-05-01", "a"),
        s("s2", "2020-05-01", "c"),
    ];
    let slices = crate::slices(
        &Signings::from(&all[..]),
        &crate::Period::Year,
        &Options::default(),
    );
    let out = text(|w| gexf_dynamic(&slices, w));
    assert!(out.contains(r#"mode="dynamic" timeformat="date" start="2018-01-01" end="2020-12-31""#));
    assert_eq!(
        out.matches(r#"<spell start="2018-01-01" end="2018-12-31"/>"#)
            .count(),
        3
    );
    assert!(out.contains(r#"<attvalue for="degree" value="1" start="2020-01-01" end="2020-12-31"/>"#));
}
