//! What the caller chooses: the edge weighting and the filters.

/// How an edge's weight is computed from the statements a pair co-signed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Weighting {
    /// Number of statements co-signed.
    #[default]
    Count,
    /// Newman-Fowler: each statement with `n` signatories adds `1 / (n - 1)` to each of its pairs.
    Newman,
    /// Co-signed statements divided by the statements signed by either node.
    Jaccard,
}

impl Weighting {
    /// Parses `count`, `newman` or `jaccard`.
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "count" => Ok(Self::Count),
            "newman" | "newman-fowler" => Ok(Self::Newman),
            "jaccard" => Ok(Self::Jaccard),
            other => Err(format!(
                "unknown weighting `{other}` (expected count, newman or jaccard)"
            )),
        }
    }

    /// The name [`Weighting::parse`] reads.
    pub fn name(self) -> &'static str {
        match self {
            Self::Count => "count",
            Self::Newman => "newman",
            Self::Jaccard => "jaccard",
        }
    }
}

/// Filters, weighting and metrics for [`super::build`], [`super::build_bipartite`] and
/// [`super::slices`].
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Edge weighting.
    pub weighting: Weighting,
    /// Keep statements dated on or after this ISO date (statements without a date are then
    /// dropped).
    pub from: Option<String>,
    /// Keep statements dated on or before this ISO date (statements without a date are then
    /// dropped).
    pub to: Option<String>,
    /// Keep only nodes whose country is one of these (compared case-insensitively); empty: all.
    pub countries: Vec<String>,
    /// Drop edges whose weight is below this (their nodes stay).
    pub min_weight: Option<f64>,
    /// Seed of community detection and layout.
    pub seed: u64,
    /// Compute betweenness, closeness, eigenvector, clustering and communities.
    pub metrics: bool,
}

impl Default for Options {
    /// Count weighting, no filter, seed 0, metrics on.
    fn default() -> Self {
        Self {
            weighting: Weighting::Count,
            from: None,
            to: None,
            countries: Vec::new(),
            min_weight: None,
            seed: 0,
            metrics: true,
        }
    }
}
