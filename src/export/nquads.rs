//! N-Quads of the whole store, written graph by graph: the graphs are serialised in
//! parallel in batches (each worker reads and writes its own graphs into a buffer) and the
//! buffers written in the store's graph order, so the output is the same whatever the
//! number of cores, and memory stays bounded by one batch.

use crate::progress::Progress;
use crate::store::{Store, StoreError};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::NamedNode;
use rayon::prelude::*;
use std::io::Write;

/// Graphs one worker serialises into one buffer.
const GRAPHS_PER_CHUNK: usize = 32;
/// Chunks serialised in parallel before their buffers go to the writer; one batch is
/// written while the next is serialised (memory: about two batches of statements' quads).
const CHUNKS_PER_BATCH: usize = 16;

/// Writes every named graph's quads as N-Quads, in the store's graph order.
pub fn write(store: &Store, out: &mut impl Write, progress: &dyn Progress) -> Result<(), super::ExportError> {
    let graphs = store.named_graphs()?;
    progress.phase("reading the store", None);
    std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel::<Result<Vec<(Vec<u8>, u64)>, StoreError>>(1);
        let graphs = &graphs;
        scope.spawn(move || {
            for batch in graphs.chunks(GRAPHS_PER_CHUNK * CHUNKS_PER_BATCH) {
                let buffers: Result<Vec<(Vec<u8>, u64)>, StoreError> = batch
                    .par_chunks(GRAPHS_PER_CHUNK)
                    .map(|chunk| serialise(store, chunk))
                    .collect();
                let failed = buffers.is_err();
                // The writer stopped (a write failed) or reading failed: nothing more to do.
                if send.send(buffers).is_err() || failed {
                    break;
                }
            }
        });
        // Dropping the receiver on an error stops the reader at its next batch.
        for batch in receive {
            for (bytes, quads) in batch? {
                out.write_all(&bytes)?;
                progress.advance(quads);
            }
        }
        Ok(())
    })
}

/// The N-Quads of some graphs, and how many quads they hold.
fn serialise(store: &Store, graphs: &[NamedNode]) -> Result<(Vec<u8>, u64), StoreError> {
    let mut w = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    let mut quads = 0;
    for g in graphs {
        for q in store.matching(None, None, None, Some(g)) {
            w.serialize_quad(q?.as_ref())?;
            quads += 1;
        }
    }
    let bytes = w.finish()?;
    Ok((bytes, quads))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Silent;
    use crate::store::GraphWrite;
    use oxigraph::model::{Literal, Quad};

    #[test]
    fn many_graphs_come_out_whole_and_in_the_store_order() {
        // More graphs than one batch holds, of different sizes, and a literal to escape, in
        // the on-disk store `export` reads.
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let p = NamedNode::new("https://example.org/p").unwrap();
        let graphs: Vec<GraphWrite> = (0..GRAPHS_PER_CHUNK * CHUNKS_PER_BATCH * 2 + 7)
            .map(|i| {
                let graph = NamedNode::new(format!("https://example.org/g/{i}")).unwrap();
                let quads = (0..=i % 5)
                    .map(|k| {
                        let s = NamedNode::new(format!("https://example.org/s/{i}/{k}")).unwrap();
                        Quad::new(
                            s,
                            p.clone(),
                            Literal::from(format!("\"line {k}\"\n")),
                            graph.clone(),
                        )
                    })
                    .collect();
                GraphWrite { graph, quads }
            })
            .collect();
        store.write_graphs("https://example.org/", &graphs).unwrap();
        let mut one_by_one = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
        for q in store.quads() {
            one_by_one.serialize_quad(q.unwrap().as_ref()).unwrap();
        }
        let one_by_one = one_by_one.finish().unwrap();
        let mut parallel = Vec::new();
        write(&store, &mut parallel, &Silent).unwrap();
        let quads: usize = graphs.iter().map(|g| g.quads.len()).sum();
        assert_eq!(
            String::from_utf8(parallel.clone()).unwrap().lines().count(),
            quads
        );
        assert!(
            parallel == one_by_one,
            "the parallel writer changed the bytes or their order"
        );
    }
}
