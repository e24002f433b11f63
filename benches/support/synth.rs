//! Synthetic pages in the seed's shape, shared by `examples/gen_corpus.rs` and the benches:
//! title, date line, share chrome, an optional photo caption, 5–14 paragraphs of about 60–500
//! characters with quotes and attributions, 2–6 multi-word tags from a vocabulary of about
//! 600, a copyright line; about 4–5 KB a page.

#![allow(dead_code)]

use std::fmt::Write as _;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

const FIRST: &[&str] = &[
    "Min-ji", "Jae-won", "Seo-yeon", "Ha-eun", "Do-hyun", "Ji-ho", "Yuki", "Haruto", "Sanae", "Kenji", "Elena",
    "Anders", "Maria", "Daniel", "Grace", "Tom", "Amina", "Kwame", "Sofia", "Lars", "Aiko", "Ingrid", "Oliver",
    "Priya",
];
const LAST: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Tanaka", "Sato", "Suzuki", "Holm", "Lindgren", "Osei",
    "Mensah", "Okafor", "Reddick", "Odhiambo", "Lindqvist", "Eriksen", "Fujisawa", "Solberg", "Patel", "Nguyen",
];
const ROLES: &[&str] = &[
    "President", "Prime Minister", "Foreign Minister", "Finance Minister", "Governor", "Mayor", "chief executive",
    "spokesperson", "economist", "professor", "analyst", "lawmaker",
];
const TOPICS: &[&str] = &[
    "trade", "energy", "semiconductor", "climate", "election", "housing", "tourism", "shipping", "battery", "rail",
    "fisheries", "defense", "pension", "tax", "AI", "space", "health", "education", "labor", "steel", "film", "music",
    "baseball", "football", "weather", "water", "food", "startup", "banking", "insurance",
];
const ASPECTS: &[&str] = &[
    "policy", "talks", "exports", "prices", "reform", "investment", "safety", "research", "markets", "workers",
    "cooperation", "summit", "regulation", "supply chain", "subsidies", "outlook", "strikes", "data", "courts",
    "budget",
];
const PLACES: &[&str] = &["Seoul", "Tokyo", "Busan", "Osaka", "Nara", "Incheon", "Sapporo", "Daegu", "Fukuoka"];
const OUTLETS: &[&str] = &["Asiatoday", "Eastgate Daily", "Harbor Herald", "Pacific Bridge News", "Seoulwire"];
const AGENCIES: &[&str] = &["Yonhap", "Newsis", "News1", "Kyodo", "AP"];
const WORDS: &[&str] = &[
    "the", "government", "said", "plans", "to", "expand", "support", "for", "local", "companies", "while", "officials",
    "expect", "demand", "to", "rise", "over", "the", "next", "year", "and", "analysts", "warned", "that", "costs",
    "could", "climb", "further", "as", "the", "two", "countries", "agreed", "on", "new", "measures", "in", "a",
    "meeting", "with", "industry", "leaders", "after", "months", "of", "negotiations", "over", "prices", "rules",
];
const MONTHS: &[&str] = &["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A seeded writer of pages: the same seed always writes the same pages.
pub struct Gen {
    rng: ChaCha8Rng,
    tags: Vec<String>,
}

impl Gen {
    pub fn new(seed: u64) -> Self {
        // About 600 multi-word tags: every topic with every aspect.
        let tags = TOPICS.iter().flat_map(|t| ASPECTS.iter().map(move |a| format!("{t} {a}"))).collect();
        Gen { rng: ChaCha8Rng::seed_from_u64(seed), tags }
    }

    /// The next page.
    pub fn page(&mut self) -> String {
        let tags = std::mem::take(&mut self.tags);
        let page = self.article(&tags);
        self.tags = tags;
        page
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.rng.random_range(0..list.len())]
    }

    fn name(&mut self) -> String {
        let last = self.pick(LAST);
        let first = self.pick(FIRST);
        if first.contains('-') { format!("{last} {first}") } else { format!("{first} {last}") }
    }

    /// Plain words until about `len` characters, as a sentence.
    fn sentence(&mut self, len: usize) -> String {
        let mut s = String::new();
        while s.len() < len {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(self.pick(WORDS));
        }
        let mut chars = s.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
        format!("{first}{}.", chars.as_str())
    }

    fn paragraph(&mut self, people: &[(String, &str)]) -> String {
        // Longer paragraphs are more common: about 4.5 KB a page on average.
        let len = 60 + (440.0 * self.rng.random_range(0.0f64..1.0).powf(0.4)) as usize;
        let (name, role) = &people[self.rng.random_range(0..people.len())];
        let quote_len = self.rng.random_range(30..140);
        let quote = self.sentence(quote_len);
        let quote = quote.trim_end_matches('.');
        let mut p = String::new();
        match self.rng.random_range(0..5) {
            0 => {
                let _ = write!(p, "“{quote},” said {name}, the {role}.");
            }
            1 => {
                let lead = self.sentence(30);
                let lead = lead.trim_end_matches('.').to_lowercase();
                let _ = write!(p, "{} {name} said {lead} “{quote}.”", cap(role));
            }
            2 => {
                let _ = write!(
                    p,
                    "“{quote},” {pronoun} said.",
                    pronoun = if self.rng.random_bool(0.5) { "he" } else { "she" }
                );
            }
            3 => {
                let _ = write!(p, "According to {name}, “{quote}.”");
            }
            _ => {}
        }
        while p.len() < len {
            if !p.is_empty() {
                p.push(' ');
            }
            let n = self.rng.random_range(40..160);
            p.push_str(&self.sentence(n));
        }
        p
    }

    fn article(&mut self, tags: &[String]) -> String {
        let mut page = String::new();
        let topic = self.pick(TOPICS);
        let (aspect, verb, place) = (
            self.pick(ASPECTS),
            self.pick(&["draw scrutiny", "gain pace", "face delays", "set a record"]),
            self.pick(PLACES),
        );
        let _ = writeln!(page, "{} {aspect} {verb} in {place}\n", cap(topic));
        let month = self.pick(MONTHS);
        let (day, hour, minute) =
            (self.rng.random_range(1..29), self.rng.random_range(1..13), self.rng.random_range(0..60));
        let year = self.rng.random_range(2020..2027);
        let ampm = if self.rng.random_bool(0.5) { "am" } else { "pm" };
        let _ = writeln!(page, "{month} {day}, {year}, {hour:02}:{minute:02} {ampm}\n");
        page.push_str("print page small font big font\n\nfacebook share\n\ntweet share\n\n");
        let people: Vec<(String, &str)> =
            (0..self.rng.random_range(1..4)).map(|_| (self.name(), self.pick(ROLES))).collect();
        if self.rng.random_bool(0.7) {
            let (place, agency) = (self.pick(PLACES), self.pick(AGENCIES));
            let (name, role) = &people[0];
            let _ = writeln!(page, "{} {name} speaks in {place} on {month}. {day}. / {agency}\n", cap(role));
        }
        for _ in 0..self.rng.random_range(5..15) {
            let p = self.paragraph(&people);
            page.push_str(&p);
            page.push_str("\n\n");
        }
        page.pop();
        for _ in 0..self.rng.random_range(2..7) {
            let _ = write!(page, "#{}\u{a0}", tags[self.rng.random_range(0..tags.len())]);
        }
        let _ = write!(page, "\nCopyright by {}", self.pick(OUTLETS));
        page
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
