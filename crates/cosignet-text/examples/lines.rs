//! Prints the numbered lines a statement text is read as (decoding and markup removed).
//!
//!     cargo run -p cosignet-text --example lines -- FILE

use cosignet_text::load::{shown_path, text_lines};
use std::path::PathBuf;

fn main() {
    let Some(path) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: lines FILE");
        std::process::exit(2);
    };
    match text_lines(&path, &shown_path(&path)) {
        Ok(lines) => {
            for l in lines {
                println!("{:>5} {}", l.no, l.text);
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}
