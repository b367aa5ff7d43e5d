//! Any bytes as a statement text (the first byte picks the markup): decoded, extracted and
//! resolved into a record, the same record twice, never a panic.
#![no_main]

use cosignet_text::extract::extract;
use cosignet_text::iri::{Base, DEFAULT_BASE};
use cosignet_text::record::Source;
use cosignet_text::resolve::Resolver;
use cosignet_text::text::decode::decode;
use cosignet_text::text::lines::{to_lines, Markup};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn resolver() -> &'static Resolver {
    static R: OnceLock<Resolver> = OnceLock::new();
    R.get_or_init(|| Resolver::new(Base::new(DEFAULT_BASE).expect("the default base")))
}

fuzz_target!(|bytes: &[u8]| {
    let Some((&pick, rest)) = bytes.split_first() else {
        return;
    };
    let markup = [Markup::Plain, Markup::Markdown, Markup::Html][usize::from(pick % 3)];
    let Ok(decoded) = decode(rest) else {
        return;
    };
    let record = || {
        let x = extract(&to_lines(&decoded.text, markup));
        resolver().record(&x, Source::default(), "fuzz")
    };
    assert_eq!(record(), record());
});
