//! A fixed-size set of article numbers: the common currency of the tag filter, the search's
//! result and the word index. It sits below all three, so none needs another to speak of a
//! set of articles.

/// A fixed-size set of article numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bitmap {
    words: Vec<u64>,
}

impl Bitmap {
    pub fn new(len: usize) -> Self {
        Self { words: vec![0; len.div_ceil(64)] }
    }

    /// Every number below `len`.
    pub fn full(len: usize) -> Self {
        let mut words = vec![u64::MAX; len / 64];
        if !len.is_multiple_of(64) {
            words.push((1 << (len % 64)) - 1);
        }
        Self { words }
    }

    pub fn from_numbers(len: usize, numbers: &[u32]) -> Self {
        let mut bitmap = Self::new(len);
        for &n in numbers {
            bitmap.insert(n);
        }
        bitmap
    }

    pub fn heap_bytes(&self) -> usize {
        self.words.capacity() * 8
    }

    pub fn insert(&mut self, n: u32) {
        let (word, bit) = ((n / 64) as usize, n % 64);
        if let Some(w) = self.words.get_mut(word) {
            *w |= 1 << bit;
        }
    }

    pub fn remove(&mut self, n: u32) {
        let (word, bit) = ((n / 64) as usize, n % 64);
        if let Some(w) = self.words.get_mut(word) {
            *w &= !(1 << bit);
        }
    }

    pub fn contains(&self, n: u32) -> bool {
        let (word, bit) = ((n / 64) as usize, n % 64);
        self.words.get(word).is_some_and(|w| w & (1 << bit) != 0)
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The set as 64-bit words, bit `n % 64` of word `n / 64` for number `n` (for writing it).
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    /// The set the words of [`Bitmap::words`] make.
    pub fn from_words(words: Vec<u64>) -> Self {
        Self { words }
    }

    /// Room for `len` articles (appended articles start out absent).
    pub fn grow(&mut self, len: usize) {
        if self.words.len() < len.div_ceil(64) {
            self.words.resize(len.div_ceil(64), 0);
        }
    }

    pub fn union_with(&mut self, other: &Bitmap) {
        self.grow(other.words.len() * 64);
        for (w, o) in self.words.iter_mut().zip(&other.words) {
            *w |= o;
        }
    }

    pub fn intersect_with(&mut self, other: &Bitmap) {
        for (i, w) in self.words.iter_mut().enumerate() {
            *w &= other.words.get(i).copied().unwrap_or(0);
        }
    }

    /// Removes the numbers `other` holds.
    pub fn subtract(&mut self, other: &Bitmap) {
        for (w, o) in self.words.iter_mut().zip(&other.words) {
            *w &= !o;
        }
    }

    /// The numbers in the set, ascending.
    pub fn numbers(&self) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.count());
        for (i, &word) in self.words.iter().enumerate() {
            let mut w = word;
            while w != 0 {
                out.push(i as u32 * 64 + w.trailing_zeros());
                w &= w - 1;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations_and_numbers() {
        let mut a = Bitmap::from_numbers(200, &[1, 64, 130, 199]);
        let b = Bitmap::from_numbers(300, &[64, 199, 250]);
        let mut both = a.clone();
        both.intersect_with(&b);
        assert_eq!(both.numbers(), [64, 199]);
        a.union_with(&b);
        assert_eq!(a.numbers(), [1, 64, 130, 199, 250]);
        assert_eq!(a.count(), 5);
        a.subtract(&Bitmap::from_numbers(100, &[1, 64, 99]));
        assert_eq!(a.numbers(), [130, 199, 250]);
        a.remove(199);
        a.remove(5000);
        assert_eq!(a.numbers(), [130, 250]);
        assert_eq!(Bitmap::from_words(a.words().to_vec()), a);
        assert_eq!(Bitmap::full(130).numbers(), (0..130).collect::<Vec<u32>>());
        assert_eq!(Bitmap::full(128).count(), 128);
    }
}
