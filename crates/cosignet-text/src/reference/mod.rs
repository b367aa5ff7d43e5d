//! Bundled reference data (facts only): the country gazetteer, the list of parties that
//! commonly co-sign statements and the places inside countries. All are data files in
//! `data/`, embedded in the binary.

pub mod countries;
pub mod parties;
pub mod places;
pub mod stem;
