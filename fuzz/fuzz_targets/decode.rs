//! Any bytes: decoding (byte-order marks, UTF-16, the single-byte encodings) never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = cosignet_text::text::decode::decode(bytes);
});
