//! The records of one kind, by id, each behind an `Arc`.
//!
//! A save or autosave serialises a snapshot of the workspace on a worker
//! thread while the officer goes on editing; the first edit then copies the
//! workspace on the UI thread (copy on write). With each record shared,
//! that copy is of the maps' keys and pointers only, not of every record's
//! text: 23 ms of a frame at 100,000 records became a few (see
//! docs/PERFORMANCE.md). Reading looks like a `BTreeMap<Id, Record>`'s.

use std::collections::BTreeMap;
use std::collections::btree_map;
use std::fmt;
use std::sync::Arc;

/// Records of one kind in id order.
pub struct Records<K, V>(BTreeMap<K, Arc<V>>);

impl<K, V> Default for Records<K, V> {
    fn default() -> Self {
        Self(BTreeMap::new())
    }
}

impl<K: Clone, V> Clone for Records<K, V> {
    /// Copies the ids and shares the records.
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Records<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}

impl<K: PartialEq, V: PartialEq> PartialEq for Records<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<K: Ord, V> Records<K, V> {
    /// The record of `id`.
    pub fn get(&self, id: &K) -> Option<&V> {
        self.0.get(id).map(Arc::as_ref)
    }

    /// Whether a record has `id`.
    pub fn contains_key(&self, id: &K) -> bool {
        self.0.contains_key(id)
    }

    /// How many records there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The ids, in order.
    pub fn keys(&self) -> btree_map::Keys<'_, K, Arc<V>> {
        self.0.keys()
    }

    /// The records, in id order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator + Clone {
        self.0.values().map(Arc::as_ref)
    }

    /// Ids and records, in id order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator + Clone {
        self.0.iter().map(|(id, record)| (id, record.as_ref()))
    }

    /// Files `record` under `id`, replacing the one there.
    pub fn insert(&mut self, id: K, record: V) -> Option<Arc<V>> {
        self.0.insert(id, Arc::new(record))
    }

    /// Takes the record of `id` out.
    pub fn remove(&mut self, id: &K) -> Option<Arc<V>> {
        self.0.remove(id)
    }
}

impl<K: Ord, V: Clone> Records<K, V> {
    /// The record of `id` to change, copied first if a snapshot shares it.
    pub fn get_mut(&mut self, id: &K) -> Option<&mut V> {
        self.0.get_mut(id).map(Arc::make_mut)
    }
}

impl<K: Ord, V> Extend<(K, V)> for Records<K, V> {
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, records: T) {
        self.0.extend(
            records
                .into_iter()
                .map(|(id, record)| (id, Arc::new(record))),
        );
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for Records<K, V> {
    fn from_iter<T: IntoIterator<Item = (K, V)>>(records: T) -> Self {
        let mut collected = Self::default();
        collected.extend(records);
        collected
    }
}

impl<K: Ord, V> std::ops::Index<&K> for Records<K, V> {
    type Output = V;

    /// The record of `id`; panics when there is none, like a map's index.
    fn index(&self, id: &K) -> &V {
        &self.0[id]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shares_its_records_until_one_is_changed() {
        let mut records: Records<u32, String> = Records::default();
        records.insert(1, "Romania".to_owned());
        records.insert(2, "Moldova".to_owned());
        let snapshot = records.clone();
        assert!(std::ptr::eq(
            records.get(&1).unwrap(),
            snapshot.get(&1).unwrap()
        ));
        records.get_mut(&1).unwrap().push_str(" (edited)");
        assert_eq!(records[&1], "Romania (edited)");
        assert_eq!(snapshot[&1], "Romania", "the snapshot keeps its state");
        assert!(std::ptr::eq(
            records.get(&2).unwrap(),
            snapshot.get(&2).unwrap()
        ));
        assert_eq!(records.values().collect::<Vec<_>>().len(), 2);
    }
}
