//! A fixed-size set of article numbers: the filters' common currency.

/// A fixed-size set of article numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    words: Vec<u64>,
}

impl Bitmap {
    pub fn new(len: usize) -> Self {
        Self { words: vec![0; len.div_ceil(64)] }
    }

    pub fn from_numbers(len: usize, numbers: &[u32]) -> Self {
        let mut bitmap = Self::new(len);
        for &n in numbers {
            bitmap.insert(n);
        }
        bitmap
    }

    pub fn insert(&mut self, n: u32) {
        let (word, bit) = ((n / 64) as usize, n % 64);
        if let Some(w) = self.words.get_mut(word) {
            *w |= 1 << bit;
        }
    }

    pub fn contains(&self, n: u32) -> bool {
        let (word, bit) = ((n / 64) as usize, n % 64);
        self.words.get(word).is_some_and(|w| w & (1 << bit) != 0)
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }
}
