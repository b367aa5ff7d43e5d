//! Any text as plain text, Markdown or HTML (the first byte picks): numbered lines, each
//! within the text, never a panic.
#![no_main]

use cosignet_text::text::lines::{to_lines, Markup};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some((&pick, rest)) = bytes.split_first() else {
        return;
    };
    let markup = [Markup::Plain, Markup::Markdown, Markup::Html][usize::from(pick % 3)];
    let text = String::from_utf8_lossy(rest);
    // Lines end at LF, CRLF or a lone CR (old Mac files), as the readers count them.
    let count = text.replace("\r\n", "\n").split(['\n', '\r']).count();
    for line in to_lines(&text, markup) {
        assert!(line.no >= 1 && line.no <= count, "line {} of {count}", line.no);
    }
});
