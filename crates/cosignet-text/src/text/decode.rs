//! Bytes to text: byte-order marks, UTF-16, a charset an HTML page declares, and detection
//! (by chardetng, the detector Firefox uses) of the legacy encodings that statement
//! archives still hold: Windows-1250 and ISO-8859-2 Polish, Windows-1251, KOI8-R,
//! ISO-8859-5 and IBM866 Cyrillic, Windows-1252 and Latin-1.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, ISO_8859_2, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1250};

/// Why bytes could not be read as a statement text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The file holds no text at all.
    #[error("the file is empty")]
    Empty,
    /// The file holds control bytes that no text encoding uses.
    #[error("the file looks binary (control byte 0x{byte:02x} at byte {offset}), not a text")]
    Binary {
        /// The offending byte.
        byte: u8,
        /// Its position from the start of the file.
        offset: usize,
    },
}

/// Text decoded from bytes, with the name of the encoding that was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without byte-order mark.
    pub text: String,
    /// Name of the encoding (WHATWG label), e.g. `UTF-8`, `windows-1251`.
    pub encoding: &'static str,
    /// How the encoding was chosen.
    pub evidence: Evidence,
    /// Byte sequences that were not valid in the encoding, each replaced by U+FFFD.
    pub replaced: usize,
}

/// How the encoding of a text was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// A byte-order mark.
    Bom,
    /// The bytes are valid UTF-8.
    ValidUtf8,
    /// The page declares its charset (`<meta charset>`).
    Declared,
    /// Mostly valid UTF-8, with a few invalid sequences replaced.
    MostlyUtf8,
    /// Guessed from the bytes (chardetng); a reader should check the result.
    Guessed,
}

/// Decodes a statement file. A BOM decides; else valid UTF-8 is UTF-8; else a charset the
/// HTML page declares; else text that is UTF-8 but for a few damaged bytes stays UTF-8
/// (the damage is counted); else chardetng guesses the legacy encoding (Windows-1250 and
/// ISO-8859-2 Polish, Windows-1251, KOI8-R, ISO-8859-5 and IBM866 Cyrillic, Windows-1252).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_as(bytes, false)
}

/// [`decode`], honouring the charset an HTML page declares when `html` is set.
pub fn decode_as(bytes: &[u8], html: bool) -> Result<Decoded, DecodeError> {
    let with = |enc: &'static Encoding, body: &[u8], evidence: Evidence| {
        let (text, had_errors) = enc.decode_without_bom_handling(body);
        let text = text.into_owned();
        let replaced = if had_errors {
            text.matches('\u{fffd}').count()
        } else {
            0
        };
        Decoded {
            text,
            encoding: enc.name(),
            evidence,
            replaced,
        }
    };
    let decoded = if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        with(UTF_8, body, Evidence::Bom)
    } else if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        with(UTF_16LE, body, Evidence::Bom)
    } else if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        with(UTF_16BE, body, Evidence::Bom)
    } else {
        check_not_binary(bytes)?;
        match std::str::from_utf8(bytes) {
            Ok(text) => Decoded {
                text: text.to_owned(),
                encoding: UTF_8.name(),
                evidence: Evidence::ValidUtf8,
                replaced: 0,
            },
            Err(_) => match declared_charset(bytes).filter(|_| html) {
                Some(enc) => with(enc, bytes, Evidence::Declared),
                None if mostly_utf8(bytes) => with(UTF_8, bytes, Evidence::MostlyUtf8),
                None => with(guess_legacy(bytes), bytes, Evidence::Guessed),
            },
        }
    };
    if decoded.text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((offset, c)) = decoded
        .text
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
    {
        return Err(DecodeError::Binary {
            byte: u32::from(c).min(255) as u8,
            offset,
        });
    }
    Ok(decoded)
}

fn check_not_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    match bytes
        .iter()
        .position(|&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
    {
        Some(offset) => Err(DecodeError::Binary {
            byte: bytes[offset],
            offset,
        }),
        None => Ok(()),
    }
}

/// The charset an HTML page declares in its first 1024 bytes (`<meta charset="...">` or
/// `content="text/html; charset=..."`), when encoding_rs knows the label. UTF-16 labels
/// are ignored, as the WHATWG prescan does (the bytes are not UTF-16 without a BOM).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .collect();
    let enc = Encoding::for_label(&label)?;
    (enc != UTF_16LE && enc != UTF_16BE).then_some(enc)
}

/// Whether bytes that are not valid UTF-8 are UTF-8 all the same, with a few damaged
/// sequences: at least three valid multi-byte sequences, and at most one invalid one for
/// every two valid (text in a legacy encoding has next to no valid ones: a valid sequence
/// needs a lead byte then continuation bytes, as "Ã©" in Windows-1252, which real text
/// hardly writes).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                valid += text.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                valid += std::str::from_utf8(good).map_or(0, |t| t.chars().filter(|c| !c.is_ascii()).count());
                invalid += 1;
                let skip = e.error_len().unwrap_or(bad.len()).max(1);
                rest = &bad[skip.min(bad.len())..];
            }
        }
    }
    valid >= 3 && invalid * 2 <= valid
}

/// The legacy encoding chardetng finds most likely (UTF-8 excluded: the bytes are not
/// valid UTF-8).
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, Utf8Detection::Deny);
    if guess == WINDOWS_1250 || guess == ISO_8859_2 {
        central_european(bytes, guess)
    } else {
        guess
    }
}

/// Windows-1250 or ISO-8859-2, which chardetng cannot tell apart on a short text: they
/// differ in where they put ą, ś, ź (and Š, Ť, Ž). Bytes 0x80-0x9F are control codes in
/// ISO-8859-2, so they mean Windows-1250; else the one that reads more Polish letters wins
/// (Polish is the language of ours these encodings carry), the guess on a tie.
fn central_european(bytes: &[u8], guess: &'static Encoding) -> &'static Encoding {
    if bytes.iter().any(|b| (0x80..=0x9f).contains(b)) {
        return WINDOWS_1250;
    }
    let polish = |enc: &'static Encoding| {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        text.chars().filter(|c| "ąćęłńśźżĄĆĘŁŃŚŹŻ".contains(*c)).count()
    };
    let (w, i) = (polish(WINDOWS_1250), polish(ISO_8859_2));
    match w.cmp(&i) {
        std::cmp::Ordering::Greater => WINDOWS_1250,
        std::cmp::Ordering::Less => ISO_8859_2,
        std::cmp::Ordering::Equal => guess,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{IBM866, ISO_8859_5, KOI8_R, WINDOWS_1251, WINDOWS_1252};

    const POLISH: &str = "Komunistyczna Partia Polski i Związek Młodzieży Socjalistycznej \
        wzywają do obrony praw pracowniczych. Oświadczenie podpisały również: \
        Polska Partia Socjalistyczna, Ruch Sprawiedliwości Społecznej, Stowarzyszenie \
        Wolnej Myśli. Łódź, źródło, żółć, gęś.";

    const RUSSIAN: &str = "Коммунистическая партия Российской Федерации\nподписали заявление";

    #[test]
    fn boms_and_utf16_are_honoured() {
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "Signataires : PCF".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        let d = decode(&utf16).unwrap();
        assert_eq!(d.text, "Signataires : PCF");
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap().text, "abc");
    }

    #[test]
    fn cyrillic_legacy_encodings_are_told_apart() {
        let (cp1251, _, _) = WINDOWS_1251.encode(RUSSIAN);
        let (koi8, _, _) = KOI8_R.encode(RUSSIAN);
        assert_eq!(decode(&cp1251).unwrap().text, RUSSIAN);
        assert_eq!(decode(&koi8).unwrap().text, RUSSIAN);
        // KOI8-U reads Russian as KOI8-R does.
        assert!(matches!(decode(&koi8).unwrap().encoding, "KOI8-R" | "KOI8-U"));
    }

    #[test]
    fn polish_and_more_cyrillic_legacy_encodings_read_right() {
        for enc in [WINDOWS_1250, ISO_8859_2] {
            let (bytes, _, _) = enc.encode(POLISH);
            let d = decode(&bytes).unwrap();
            assert_eq!(d.text, POLISH, "{}", enc.name());
            assert_eq!(d.evidence, Evidence::Guessed);
        }
        let long = format!("{RUSSIAN}\nКоммунисты всех стран выступают против войны и за мир.");
        for enc in [ISO_8859_5, IBM866, WINDOWS_1251, KOI8_R] {
            let (bytes, _, _) = enc.encode(&long);
            assert_eq!(decode(&bytes).unwrap().text, long, "{}", enc.name());
        }
    }

    #[test]
    fn short_polish_lines_tell_windows_1250_from_iso_8859_2() {
        for line in ["Związek Komunistów Polskich, Polska", "Łódź, Śląsk"] {
            for enc in [WINDOWS_1250, ISO_8859_2] {
                let (bytes, _, _) = enc.encode(line);
                assert_eq!(decode(&bytes).unwrap().text, line, "{}", enc.name());
            }
        }
    }

    #[test]
    fn one_bad_byte_in_a_short_utf8_text_keeps_it_utf8() {
        let mut bytes = "Joint statement on “peace” and invalid ".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend(" bytes — London".as_bytes());
        let d = decode(&bytes).unwrap();
        assert_eq!(d.evidence, Evidence::MostlyUtf8);
        assert!(d.text.starts_with("Joint statement on “peace”"), "{}", d.text);
    }

    #[test]
    fn a_declared_charset_is_honoured_in_html() {
        let page = "<meta charset=\"iso-8859-2\"><p>Łódź</p>";
        let (bytes, _, _) = ISO_8859_2.encode(page);
        let d = decode_as(&bytes, true).unwrap();
        assert_eq!((d.text.as_str(), d.evidence), (page, Evidence::Declared));
    }

    #[test]
    fn a_few_damaged_bytes_in_utf8_stay_utf8_and_are_counted() {
        let mut bytes = "Communist Party of Great Britain – “statement” – Łódź, Kraków, Gdańsk"
            .as_bytes()
            .to_vec();
        bytes.push(0xE9);
        bytes.extend(" end".as_bytes());
        let d = decode(&bytes).unwrap();
        assert_eq!(d.evidence, Evidence::MostlyUtf8);
        assert_eq!(d.replaced, 1);
        assert!(d.text.contains("Gdańsk\u{fffd} end"), "{}", d.text);
    }

    #[test]
    fn latin1_is_read_as_windows_1252() {
        let (bytes, _, _) = WINDOWS_1252.encode("Parti communiste français – déclaration");
        assert_eq!(
            decode(&bytes).unwrap().text,
            "Parti communiste français – déclaration"
        );
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"  \n\n"), Err(DecodeError::Empty));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(DecodeError::Binary { .. })
        ));
    }
}
