//! cosignet-text: statement texts to statement records, with nothing of RDF or a store.
//!
//! The flow, one module per arrow: [`text`] (bytes to numbered lines) -> [`extract`] (lines
//! to what a statement says, with the words of [`lang`]) -> [`resolve`] (names to
//! identities, with [`reference`] data, minting [`iri`]s) -> [`record`] (the statement
//! record). [`load`] reads one file into records; [`eval`] scores records against answer keys.

#![warn(missing_docs)]

pub mod eval;
pub mod extract;
pub mod iri;
pub mod lang;
pub mod load;
pub mod record;
pub mod reference;
pub mod resolve;
pub mod text;
