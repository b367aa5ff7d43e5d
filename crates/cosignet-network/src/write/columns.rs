//! The attributes every format writes, in one place, so that names and types agree across
//! GraphML, GEXF, DOT, JSON and CSV.

use super::super::model::{Network, NetworkEdge, NetworkNode};

/// The type of an attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Type {
    Int,
    Double,
    Text,
}

/// One attribute value.
pub(crate) enum Value<'a> {
    Int(usize),
    Double(f64),
    Text(Option<&'a str>),
}

/// A node attribute: name, type and how to read it.
pub(crate) struct Column<T> {
    pub(crate) name: &'static str,
    pub(crate) ty: Type,
    pub(crate) get: for<'a> fn(&'a T) -> Value<'a>,
}

/// The node attributes of `net`, `label` first: `kind` only in a bipartite network, the
/// path metrics, eigenvector, clustering and community only where they were computed.
pub(crate) fn node_columns(net: &Network) -> Vec<Column<NetworkNode>> {
    let full = net.metrics && !net.bipartite;
    let mut cols: Vec<Column<NetworkNode>> = vec![
        Column {
            name: "label",
            ty: Type::Text,
            get: |n| Value::Text(Some(&n.label)),
        },
        Column {
            name: "country",
            ty: Type::Text,
            get: |n| Value::Text(n.country.as_deref()),
        },
    ];
    if net.bipartite {
        cols.push(Column {
            name: "kind",
            ty: Type::Text,
            get: |n| Value::Text(n.kind.as_deref()),
        });
    }
    cols.push(Column {
        name: "degree",
        ty: Type::Int,
        get: |n| Value::Int(n.degree),
    });
    cols.push(Column {
        name: "weighted_degree",
        ty: Type::Double,
        get: |n| Value::Double(n.weighted_degree),
    });
    cols.push(Column {
        name: "statements",
        ty: Type::Int,
        get: |n| Value::Int(n.statements),
    });
    if full {
        cols.push(Column {
            name: "betweenness",
            ty: Type::Double,
            get: |n| Value::Double(n.betweenness),
        });
        cols.push(Column {
            name: "closeness",
            ty: Type::Double,
            get: |n| Value::Double(n.closeness),
        });
        cols.push(Column {
            name: "eigenvector",
            ty: Type::Double,
            get: |n| Value::Double(n.eigenvector),
        });
        cols.push(Column {
            name: "clustering",
            ty: Type::Double,
            get: |n| Value::Double(n.clustering),
        });
    }
    cols.push(Column {
        name: "component",
        ty: Type::Int,
        get: |n| Value::Int(n.component),
    });
    if full {
        cols.push(Column {
            name: "community",
            ty: Type::Int,
            get: |n| Value::Int(n.community),
        });
    }
    cols
}

/// The edge attributes, `weight` first.
pub(crate) fn edge_columns() -> Vec<Column<NetworkEdge>> {
    vec![
        Column {
            name: "weight",
            ty: Type::Double,
            get: |e| Value::Double(e.weight),
        },
        Column {
            name: "count",
            ty: Type::Int,
            get: |e| Value::Int(e.count),
        },
        Column {
            name: "first_date",
            ty: Type::Text,
            get: |e| Value::Text(e.first_date.as_deref()),
        },
        Column {
            name: "last_date",
            ty: Type::Text,
            get: |e| Value::Text(e.last_date.as_deref()),
        },
    ]
}

impl Value<'_> {
    /// The value as text (numbers as [`super::number`] writes them); `None` for a missing text.
    pub(crate) fn text(&self) -> Option<String> {
        match self {
            Value::Int(i) => Some(i.to_string()),
            Value::Double(x) => Some(super::number(*x)),
            Value::Text(t) => t.map(str::to_owned),
        }
    }

    /// The value as JSON.
    pub(crate) fn json(&self) -> serde_json::Value {
        match self {
            Value::Int(i) => serde_json::json!(i),
            Value::Double(x) => serde_json::json!(x),
            Value::Text(t) => serde_json::json!(t),
        }
    }
}
