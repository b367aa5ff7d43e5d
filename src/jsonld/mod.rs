//! JSON-LD compacted against one context, cosignet's own (`context.jsonld`): short terms for
//! the vocabulary the data uses, the standard prefixes, `id`/`type` for `@id`/`@type`,
//! language maps for labels. The site's `data.jsonld` files refer to the context by a
//! relative link; `export --format jsonld` carries it inline. Oxigraph's serializer writes
//! expanded JSON-LD only, so the compacting writer is ours ([`write`]): it knows our data's
//! shape (IRIs, plain, language-tagged and typed literals; no blank-node cycles) and picks,
//! for each value, a term whose definition expands it back to the same triple.

pub mod context;
pub mod json;
pub mod write;

pub use context::{context_document, CONTEXT_FILE};
pub use write::{document, write_dataset, ContextRef};
