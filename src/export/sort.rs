//! An external merge sort of byte keys in bounded memory: keys are gathered in a buffer of at
//! most [`Sorter::new`]'s budget, sorted, and spilled to an anonymous temporary file when it is
//! full; the runs are then merged. Equal keys come out once. Small inputs never touch the
//! disk.

use rayon::slice::ParallelSliceMut;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};
use std::ops::Range;

/// Gathers keys, spilling sorted runs to temporary files.
pub struct Sorter {
    budget: usize,
    bytes: Vec<u8>,
    keys: Vec<Range<usize>>,
    runs: Vec<File>,
}

impl Sorter {
    /// A sorter that keeps at most about `budget` bytes of keys in memory.
    pub fn new(budget: usize) -> Self {
        Self {
            budget,
            bytes: Vec::new(),
            keys: Vec::new(),
            runs: Vec::new(),
        }
    }

    /// Adds a key.
    pub fn push(&mut self, key: &[u8]) -> io::Result<()> {
        let start = self.bytes.len();
        self.bytes.extend_from_slice(key);
        self.keys.push(start..self.bytes.len());
        let used = self.bytes.len() + self.keys.len() * std::mem::size_of::<Range<usize>>();
        if used >= self.budget {
            self.spill()?;
        }
        Ok(())
    }

    fn sort_buffer(&mut self) {
        let bytes = &self.bytes;
        self.keys
            .par_sort_unstable_by(|a, b| bytes[a.clone()].cmp(&bytes[b.clone()]));
    }

    /// Sorts the buffer and writes it as a run: each key once, length first.
    fn spill(&mut self) -> io::Result<()> {
        self.sort_buffer();
        let mut file = BufWriter::with_capacity(1 << 20, tempfile::tempfile()?);
        let mut last: Option<&[u8]> = None;
        for r in &self.keys {
            let key = &self.bytes[r.clone()];
            if last != Some(key) {
                file.write_all(&(key.len() as u32).to_le_bytes())?;
                file.write_all(key)?;
                last = Some(key);
            }
        }
        let mut file = file.into_inner().map_err(|e| e.into_error())?;
        file.rewind()?;
        self.runs.push(file);
        self.bytes.clear();
        self.keys.clear();
        Ok(())
    }

    /// The keys in order, each once.
    pub fn finish(mut self) -> io::Result<Sorted> {
        if self.runs.is_empty() {
            self.sort_buffer();
            return Ok(Sorted::Memory {
                bytes: self.bytes,
                keys: self.keys.into_iter(),
                last: None,
            });
        }
        if !self.keys.is_empty() {
            self.spill()?;
        }
        let mut readers: Vec<BufReader<File>> = self
            .runs
            .into_iter()
            .map(|f| BufReader::with_capacity(1 << 16, f))
            .collect();
        let mut heap = BinaryHeap::new();
        for (i, r) in readers.iter_mut().enumerate() {
            if let Some(key) = read_key(r)? {
                heap.push(Reverse((key, i)));
            }
        }
        Ok(Sorted::Merge {
            readers,
            heap,
            last: None,
        })
    }
}

fn read_key(r: &mut impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut len = [0u8; 4];
    match r.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut key = vec![0; u32::from_le_bytes(len) as usize];
    r.read_exact(&mut key)?;
    Ok(Some(key))
}

/// Sorted keys, each once: from memory, or merged from the runs on disk.
pub enum Sorted {
    /// Everything fitted in memory.
    Memory {
        /// The keys' bytes.
        bytes: Vec<u8>,
        /// Where each key is, in order.
        keys: std::vec::IntoIter<Range<usize>>,
        /// The last key given.
        last: Option<Range<usize>>,
    },
    /// Runs on disk, merged.
    Merge {
        /// One reader per run.
        readers: Vec<BufReader<File>>,
        /// The smallest unread key of each run, with its run.
        heap: BinaryHeap<Reverse<(Vec<u8>, usize)>>,
        /// The last key given.
        last: Option<Vec<u8>>,
    },
}

impl Iterator for Sorted {
    type Item = io::Result<Vec<u8>>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Sorted::Memory { bytes, keys, last } => loop {
                let r = keys.next()?;
                if last
                    .as_ref()
                    .is_some_and(|l| bytes[l.clone()] == bytes[r.clone()])
                {
                    continue;
                }
                *last = Some(r.clone());
                return Some(Ok(bytes[r].to_vec()));
            },
            Sorted::Merge { readers, heap, last } => loop {
                let Reverse((key, i)) = heap.pop()?;
                match read_key(&mut readers[i]) {
                    Ok(Some(next)) => heap.push(Reverse((next, i))),
                    Ok(None) => {}
                    Err(e) => return Some(Err(e)),
                }
                if last.as_ref() == Some(&key) {
                    continue;
                }
                *last = Some(key.clone());
                return Some(Ok(key));
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(budget: usize, keys: &[&str]) -> Vec<String> {
        let mut s = Sorter::new(budget);
        for k in keys {
            s.push(k.as_bytes()).unwrap();
        }
        s.finish()
            .unwrap()
            .map(|k| String::from_utf8(k.unwrap()).unwrap())
            .collect()
    }

    #[test]
    fn in_memory_and_spilled_runs_give_the_same_order_each_key_once() {
        let keys: Vec<String> = (0..500).map(|i| format!("k{:03}", (i * 37) % 211)).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let mut expected: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        expected.sort();
        expected.dedup();
        assert_eq!(sorted(1 << 30, &keys), expected);
        // A budget of a few keys: many runs on disk.
        assert_eq!(sorted(200, &keys), expected);
        assert!(sorted(200, &[]).is_empty());
    }
}
