//! Text handling shared by extraction and resolution: decoding bytes, turning HTML and
//! Markdown into numbered lines, and folding words for comparison.

pub mod decode;
pub mod fold;
pub mod html;
pub mod lines;
pub mod markdown;
