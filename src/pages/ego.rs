//! A party's ego network as a small inline SVG: the party in the middle, its nearest
//! co-signers on a circle around it (in order of statements signed together), a line from
//! the middle to each (wider for more statements) and fainter lines between co-signers who
//! signed together. Every node links to its page; every name is escaped.

use super::facts::Link;
use super::html::{Esc, Href};
use std::f64::consts::PI;
use std::fmt::Write;

/// Most co-signers drawn.
pub const MAX_NODES: usize = 16;

const SIZE: f64 = 420.0;
const RADIUS: f64 = 135.0;

/// The picture: `me` and its co-signers with counts (most first), `pairs` between
/// co-signers (indices, statements), links made with `href`.
pub fn svg(
    me: &Link,
    cosigners: &[(Link, usize)],
    pairs: &[(usize, usize, usize)],
    href: impl Fn(&str) -> Option<String>,
) -> String {
    let nodes = &cosigners[..cosigners.len().min(MAX_NODES)];
    let c = SIZE / 2.0;
    let at = |i: usize| {
        let a = 2.0 * PI * i as f64 / nodes.len().max(1) as f64 - PI / 2.0;
        (c + RADIUS * a.cos(), c + RADIUS * a.sin(), a)
    };
    let max = nodes.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f64;
    let max_pair = pairs.iter().map(|p| p.2).max().unwrap_or(1).max(1) as f64;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {SIZE} {SIZE}\" role=\"img\" \
         aria-labelledby=\"ego-title\">\n<title id=\"ego-title\">{} and the parties it signed with most</title>\n",
        Esc(&me.label)
    );
    for &(a, b, n) in pairs {
        if a < nodes.len() && b < nodes.len() {
            let ((x1, y1, _), (x2, y2, _)) = (at(a), at(b));
            let _ = writeln!(
                out,
                "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" \
                 stroke-width=\"{:.2}\" stroke-opacity=\"{:.2}\"/>",
                0.5 + 1.5 * n as f64 / max_pair,
                0.15 + 0.35 * n as f64 / max_pair
            );
        }
    }
    for (i, (_, n)) in nodes.iter().enumerate() {
        let (x, y, _) = at(i);
        let _ = writeln!(
            out,
            "<line class=\"self\" x1=\"{c}\" y1=\"{c}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke-width=\"{:.2}\"/>",
            1.0 + 5.0 * *n as f64 / max
        );
    }
    let node = |out: &mut String,
                link: &Link,
                x: f64,
                y: f64,
                r: f64,
                class: &str,
                tip: String,
                anchor: &str,
                lx: f64,
                ly: f64| {
        let short: String = if link.label.chars().count() > 26 {
            link.label.chars().take(25).chain(['…']).collect()
        } else {
            link.label.clone()
        };
        let body = format!(
            "<title>{}</title><circle class=\"{class}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\"/>\
             <text x=\"{lx:.1}\" y=\"{ly:.1}\" text-anchor=\"{anchor}\">{}</text>",
            Esc(&tip),
            Esc(&short)
        );
        match href(&link.iri) {
            Some(h) => {
                let _ = writeln!(out, "<a href=\"{}\">{body}</a>", Href(&h));
            }
            None => {
                let _ = writeln!(out, "<g>{body}</g>");
            }
        }
    };
    for (i, (link, n)) in nodes.iter().enumerate() {
        let (x, y, a) = at(i);
        let anchor = if a.cos() > 0.2 {
            "start"
        } else if a.cos() < -0.2 {
            "end"
        } else {
            "middle"
        };
        let (lx, ly) = (x + 12.0 * a.cos(), y + 12.0 * a.sin() + 3.0);
        let tip = format!("{}: {n} statement{}", link.label, if *n == 1 { "" } else { "s" });
        node(&mut out, link, x, y, 6.0, "", tip, anchor, lx, ly);
    }
    node(
        &mut out,
        me,
        c,
        c,
        10.0,
        "self",
        me.label.clone(),
        "middle",
        c,
        c + 24.0,
    );
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_and_nodes_linked() {
        let l = |s: &str| Link {
            label: s.into(),
            iri: format!("https://x/{s}"),
        };
        let svg = svg(
            &l("<script>alert(1)</script> & \"Co\""),
            &[(l("B"), 3), (l("C"), 1)],
            &[(0, 1, 1)],
            |iri| Some(format!("../{}", iri.rsplit('/').next().unwrap())),
        );
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"));
        assert_eq!(svg.matches("<a href=").count(), 3);
        assert!(roxmltree::Document::parse(&svg).is_ok(), "{svg}");
    }
}
