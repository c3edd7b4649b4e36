"""The embedded store's nearest-claim index: faiss, in each worker's memory, fed from SQLite.

The SQLite file is the truth; every worker keeps its own index of the claim vectors committed in
it and catches up before each search (claim ids only grow and writers are serialised, so rows
newer than the last one seen are all there is to read; a deletion bumps ``meta.generation``, and
the ids that went are then taken out). So whichever worker wrote a claim, every worker finds it.

Small stores are searched exactly. From ``EXACT_BELOW`` claims on, the index is an inverted file
(k-means lists) of 8-bit scalar-quantised vectors: a query scans the lists nearest to it, about a
sixteenth of the claims, at a quarter of the memory of float vectors. The index only proposes
candidates: the store re-scores them against the stored float vectors, so the similarities it
returns are exact and only the choice of candidates is approximate. The lists are rebuilt when
the store has doubled since they were trained, so a list never holds more than about 4,000 claims.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np

# One thread per search: gunicorn runs a worker per core already.
_THREADS = 1
EXACT_BELOW = 20_000
_CLAIMS_PER_LIST = 2_000
_MIN_LISTS = 64
# Lists searched per query (of 512 at a million claims). bench/store_scale.py at a million: 32
# probes found 0.882 of the NATO claims' exact candidates (recall@10 0.988, search 46 ms); 96
# found 0.970 (recall@10 0.998, search 54 ms). A missed candidate can be a missed contradiction.
_PROBES = 96
_TRAINING_POINTS_PER_LIST = 64
_READ_CHUNK = 50_000


def _faiss() -> Any:
    import faiss

    faiss.omp_set_num_threads(_THREADS)
    return faiss


def decode(blobs: list[bytes], dimension: int) -> np.ndarray:
    """Stored float32 vectors, one per row."""
    return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), dimension)


class VectorIndex:
    """Every committed claim vector of one SQLite database, searchable approximately."""

    def __init__(self, dimension: int) -> None:
        self.dimension = dimension
        self._lock = threading.Lock()
        self._generation: str | None = None
        self._last_id = 0
        self._ids = np.zeros(0, dtype=np.int64)
        self._index: Any = None
        self._trained_for = 0  # claims the inverted lists were trained on; 0 while exact

    @property
    def approximate(self) -> bool:
        """Whether searches go through inverted lists rather than every vector."""
        return self._trained_for > 0

    def __len__(self) -> int:
        return len(self._ids)

    def candidates(self, conn: sqlite3.Connection, vector: np.ndarray, k: int) -> np.ndarray:
        """Up to ``k`` claim ids whose vectors are (approximately) nearest to ``vector``."""
        with self._lock:
            self._refresh(conn)
            if len(self._ids) == 0:
                return np.zeros(0, dtype=np.int64)
            if self._trained_for:
                growth = len(self._ids) / self._trained_for
                self._index.nprobe = min(self._index.nlist, math.ceil(_PROBES * growth))
            query = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
            _, found = self._index.search(query, min(k, len(self._ids)))
        ids: np.ndarray = found[0]
        return ids[ids >= 0]

    # -- keeping up with the database -----------------------------------------------------------

    def _refresh(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        generation = row[0] if row else "0"
        if generation != self._generation:
            if self._index is not None:
                self._forget_deleted(conn)
            self._generation = generation
        count = conn.execute("SELECT count(*) FROM claims WHERE id > ?", (self._last_id,))
        new = int(count.fetchone()[0])
        if new == 0:
            return
        total = len(self._ids) + new
        wanted_lists = total >= EXACT_BELOW
        if self._index is None or (wanted_lists and total >= 2 * max(self._trained_for, 1)):
            self._rebuild(conn, total)
        else:
            self._add(conn, self._last_id)

    def _rebuild(self, conn: sqlite3.Connection, total: int) -> None:
        faiss = _faiss()
        if total < EXACT_BELOW:
            self._index = faiss.IndexIDMap(faiss.IndexFlatIP(self.dimension))
            self._trained_for = 0
        else:
            lists = 2 ** round(math.log2(max(_MIN_LISTS, total / _CLAIMS_PER_LIST)))
            quantizer = faiss.IndexFlatIP(self.dimension)
            index = faiss.IndexIVFScalarQuantizer(
                quantizer,
                self.dimension,
                lists,
                faiss.ScalarQuantizer.QT_8bit,
                faiss.METRIC_INNER_PRODUCT,
            )
            index.cp.niter = 10
            index.cp.seed = 1234
            index.train(self._sample(conn, lists * _TRAINING_POINTS_PER_LIST, total))
            self._index, self._trained_for = index, total
        # From nothing: should reading fail half way, the next search reads on from the last id
        # it added.
        self._ids, self._last_id = np.zeros(0, dtype=np.int64), 0
        self._add(conn, 0)

    def _sample(self, conn: sqlite3.Connection, wanted: int, total: int) -> np.ndarray:
        """About ``wanted`` stored vectors spread evenly over the table."""
        stride = max(1, total // wanted)
        blobs = [
            r[0]
            for r in conn.execute(
                "SELECT embedding FROM claims WHERE id % ? = 0 LIMIT ?", (stride, wanted)
            )
        ]
        if len(blobs) < wanted // 2:  # ids with gaps: take the first rows instead
            blobs = [r[0] for r in conn.execute("SELECT embedding FROM claims LIMIT ?", (wanted,))]
        return decode(blobs, self.dimension)

    def _add(self, conn: sqlite3.Connection, after: int) -> None:
        for ids, vectors in self._rows_after(conn, after):
            self._index.add_with_ids(vectors, ids)
            self._ids = np.concatenate([self._ids, ids])
            self._last_id = int(ids[-1])

    def _rows_after(
        self, conn: sqlite3.Connection, after: int
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        while True:
            rows = conn.execute(
                "SELECT id, embedding FROM claims WHERE id > ? ORDER BY id LIMIT ?",
                (after, _READ_CHUNK),
            ).fetchall()
            if not rows:
                return
            ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            yield ids, decode([r[1] for r in rows], self.dimension)
            after = int(ids[-1])

    def _forget_deleted(self, conn: sqlite3.Connection) -> None:
        kept = np.fromiter((r[0] for r in conn.execute("SELECT id FROM claims")), dtype=np.int64)
        gone = np.setdiff1d(self._ids, kept, assume_unique=True)
        if len(gone):
            self._index.remove_ids(_faiss().IDSelectorBatch(gone))
            self._ids = np.setdiff1d(self._ids, gone, assume_unique=True)
