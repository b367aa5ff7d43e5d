//! Bytes to text: byte-order marks, UTF-16, and detection of the legacy encodings that
//! statement archives still hold (Windows-1251 and KOI8-R Cyrillic, Latin-1/Windows-1252).

use encoding_rs::{Encoding, KOI8_R, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1251, WINDOWS_1252};

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
}

/// Decodes a statement file. A BOM decides; else valid UTF-8 is UTF-8; else the legacy
/// encoding whose reading looks most like natural text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let with = |enc: &'static Encoding, body: &[u8]| Decoded {
        text: enc.decode_without_bom_handling(body).0.into_owned(),
        encoding: enc.name(),
    };
    let decoded = if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        with(UTF_8, body)
    } else if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        with(UTF_16LE, body)
    } else if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        with(UTF_16BE, body)
    } else {
        check_not_binary(bytes)?;
        match std::str::from_utf8(bytes) {
            Ok(text) => Decoded {
                text: text.to_owned(),
                encoding: UTF_8.name(),
            },
            Err(_) => with(guess_legacy(bytes), bytes),
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

/// Chooses between Windows-1252, Windows-1251 and KOI8-R for bytes that are not UTF-8.
///
/// Russian text is mostly letters above 0x7F and mostly lowercase; the two Cyrillic
/// encodings put the lowercase alphabet in different halves (0xE0-0xFF in Windows-1251,
/// 0xC0-0xDF in KOI8-R). Western text has few high bytes among its letters.
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let high = bytes.iter().filter(|&&b| b >= 0xC0).count();
    let ascii_letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
    if high * 2 < ascii_letters {
        return WINDOWS_1252;
    }
    let upper_half = bytes.iter().filter(|&&b| b >= 0xE0).count();
    let lower_half = bytes.iter().filter(|&&b| (0xC0..0xE0).contains(&b)).count();
    if upper_half >= lower_half {
        WINDOWS_1251
    } else {
        KOI8_R
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(decode(&koi8).unwrap().encoding, "KOI8-R");
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
