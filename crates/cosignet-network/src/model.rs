//! The network's plain data: what goes in ([`Signing`]) and what comes out ([`Network`]).

/// One party (or other node) signing one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signing {
    /// The statement's IRI.
    pub statement: String,
    /// The statement's date (ISO `YYYY-MM-DD`), if known.
    pub date: Option<String>,
    /// The node's id (a party, person or country IRI, or a country code).
    pub node: String,
    /// The node's label.
    pub label: String,
    /// The node's country (ISO code or name), if known.
    pub country: Option<String>,
}

/// A node with the number of statements it signed, as counts kept elsewhere give it
/// (the input of [`super::build_counted`]).
#[derive(Debug, Clone, PartialEq)]
pub struct NodeCount {
    /// Id (IRI).
    pub id: String,
    /// Label.
    pub label: String,
    /// Country (ISO code or name), if known.
    pub country: Option<String>,
    /// Statements signed.
    pub statements: usize,
}

/// What two nodes signed together, as counts kept elsewhere give it (the input of
/// [`super::build_counted`]).
#[derive(Debug, Clone, PartialEq)]
pub struct PairCount {
    /// One node's id.
    pub a: String,
    /// The other's.
    pub b: String,
    /// Statements signed together.
    pub statements: usize,
    /// Sum of `1 / (n - 1)` over those statements, `n` their distinct signatories.
    pub newman: f64,
    /// Date of the first of them that is dated.
    pub first_date: Option<String>,
    /// Date of the last.
    pub last_date: Option<String>,
}

/// A node with its attributes and metrics.
///
/// Metrics that were not computed (see [`super::Options::metrics`]) are zero.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkNode {
    /// Id (IRI).
    pub id: String,
    /// Label.
    pub label: String,
    /// Country.
    pub country: Option<String>,
    /// Statements signed (for a statement node of a bipartite network: 0).
    pub statements: usize,
    /// Number of distinct neighbours (co-signers).
    pub degree: usize,
    /// Sum of the weights of its edges.
    pub weighted_degree: f64,
    /// Betweenness centrality, normalised, on distance = 1 / weight.
    pub betweenness: f64,
    /// Closeness centrality (Wasserman-Faust improved) on distance = 1 / weight.
    pub closeness: f64,
    /// Eigenvector centrality on weights (Euclidean norm 1, positive).
    pub eigenvector: f64,
    /// Local clustering coefficient, unweighted.
    pub clustering: f64,
    /// Connected component, numbered by size (largest first), then by smallest node index.
    pub component: usize,
    /// Community found by modularity optimisation (Louvain), numbered like components.
    pub community: usize,
    /// `"statement"` or `"party"` in a bipartite network; `None` otherwise.
    pub kind: Option<String>,
}

impl NetworkNode {
    /// A node with the given identity and every count and metric zero.
    pub fn new(id: &str, label: &str, country: Option<&str>) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            country: country.map(str::to_owned),
            statements: 0,
            degree: 0,
            weighted_degree: 0.0,
            betweenness: 0.0,
            closeness: 0.0,
            eigenvector: 0.0,
            clustering: 0.0,
            component: 0,
            community: 0,
            kind: None,
        }
    }
}

/// An undirected edge between two nodes (indices into `nodes`, `source < target`).
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkEdge {
    /// Index of one end.
    pub source: usize,
    /// Index of the other end.
    pub target: usize,
    /// Weight, as the chosen [`super::Weighting`] computes it.
    pub weight: f64,
    /// Number of statements signed together.
    pub count: usize,
    /// Date of the first such statement.
    pub first_date: Option<String>,
    /// Date of the last such statement.
    pub last_date: Option<String>,
}

/// The network as plain data: nodes sorted by id (bipartite: parties, then statements), edges
/// sorted by (source, target).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    /// Nodes.
    pub nodes: Vec<NetworkNode>,
    /// Edges.
    pub edges: Vec<NetworkEdge>,
    /// Modularity of the `community` partition (weighted); `None` without metrics or edges.
    pub modularity: Option<f64>,
    /// Whether this is the bipartite (statements and nodes) network.
    pub bipartite: bool,
    /// Whether betweenness, closeness, eigenvector, clustering and communities were computed
    /// (writers leave them out otherwise).
    pub metrics: bool,
    /// The weighting of the edges.
    pub weighting: super::Weighting,
    /// The seed it was built with (the layout of the SVG and GEXF writers uses it too).
    pub seed: u64,
    /// For a time slice: its first and last day (ISO dates, inclusive).
    pub period: Option<(String, String)>,
}
