//! Bundled reference data (facts only): the country gazetteer and the list of parties that
//! commonly co-sign statements. Both are data files in `data/`, embedded in the binary.

pub mod countries;
pub mod parties;
pub mod stem;
