//! Words of speech: the verbs that report it, the words between a speaker and the verb, and
//! the words around a quotation that make it a term or a title rather than speech.

use super::WordSet;

/// Verbs that report speech, in the forms that stand before or after a quote (`said`, `says`,
/// `has said`, `telling`, `comments`). Base forms are left out (`answer`, `comment`, `report`
/// are nouns too), but for those that follow a modal (`he'd respond`, `would reply`) and `say`,
/// `scream` and `think` (`shrug and think, “…”`).
pub static SPEECH_VERBS: WordSet = WordSet::new(&[
    "acknowledged", "acknowledges", "acknowledging", "added", "adding", "adds", "admits", "admitted", "admitting",
    "advised", "advises", "affirmed", "affirms", "agreed", "agrees", "alleged", "alleges", "alleging", "announced",
    "announces", "announcing", "answered", "argued", "argues", "arguing", "asked", "asking", "asks", "asserted",
    "asserting", "asserts", "assured", "assures", "assuring", "begged", "begging", "boasted", "boasting", "called",
    "calling", "cautioned", "cautioning", "charged", "cheered", "claimed", "claiming", "claims", "clarified",
    "commented", "commenting", "comments", "complained", "complaining", "complains", "conceded", "concedes",
    "concluded", "concludes", "confessed", "confirmed", "confirming", "confirms", "contended", "continued",
    "continues", "countered", "cried", "declared", "declares", "declaring", "demanded", "demanding", "denied",
    "denies", "described", "describes", "describing", "disputed", "disputes", "echoed", "echoing", "emphasised",
    "emphasises", "emphasising", "emphasized", "emphasizes", "emphasizing", "estimated", "exclaimed", "explained",
    "explaining", "explains", "expressed", "expressing", "gushed", "hoped", "hopes", "imagined", "informed",
    "insisted", "insisting", "insists", "instructed", "joked", "joking", "lamented", "lamenting", "maintained",
    "marveled", "marvelled", "mentioned", "mocked", "murmured", "mused", "muttered", "noted", "notes", "noting",
    "observed", "opined", "pleaded", "pleading", "pledged", "posted", "predicted", "predicting", "predicts",
    "proclaimed", "promised", "promising", "protested", "quipped", "reasoned", "recalled", "recalling", "recalls",
    "reckoned", "reckons", "recounted", "recounting", "reflected", "reiterated", "reiterating", "remarked", "reminded",
    "repeated", "replied", "replies", "reply", "replying", "reported", "respond", "responded", "responding",
    "retorted", "revealed", "said", "say", "saying", "says", "scream", "screamed", "screaming", "shouted", "shouting",
    "sighed", "signaled", "signalled", "snapped", "speculated", "stated", "stating", "stressed", "stresses",
    "stressing", "suggested", "suggesting", "suggests", "teased", "telling", "tells", "testified", "testifies",
    "testifying", "think", "thinks", "thought", "told", "tweeted", "tweeting", "tweets", "underlined", "underscored",
    "underscoring", "urged", "urges", "urging", "vowed", "vowing", "warned", "warning", "warns", "whispered",
    "wondered", "writes", "writing", "wrote", "yelled", "yelling",
]);

/// Verbs that report speech only with their particle (`pointed out`, `weighed in`): alone they
/// do not (`weighed more heavily`).
pub const PARTICLE_VERBS: &[(&str, &str)] = &[
    ("chimed", "in"),
    ("pointed", "out"),
    ("pointing", "out"),
    ("points", "out"),
    ("summed", "up"),
    ("weighed", "in"),
    ("weighing", "in"),
    ("weighs", "in"),
];

/// Words that may stand between a speaker and the verb (`has said`, `also told`, `later
/// added`); adverbs in `-ly` (`tearfully`, `allegedly`) are recognised by their ending.
pub static ADVERBS: WordSet = WordSet::new(&[
    "again", "also", "already", "earlier", "even", "further", "had", "has", "have", "just", "later", "now", "once",
    "previously", "recently", "since", "still", "then", "today", "tonight", "would", "yesterday",
]);

/// Words opening what follows a quote that make it no attribution (`“…,” and the crowd cheered`).
pub static NOT_ATTRIBUTION: WordSet = WordSet::new(&[
    "after", "and", "as", "because", "before", "but", "if", "or", "so", "than", "that", "when", "which", "while",
]);

/// Words right before a quote that make it a term or a title, not speech.
pub const SCARE_CUES: &[&str] = &[
    "branded", "called", "campaign", "coined", "dubbed", "entitled", "hashtag", "known as", "labeled", "labelled",
    "motto", "named", "nicknamed", "phrase", "slogan", "so-called", "term", "termed", "the word", "titled", "word",
];

/// Nouns right after a quotation that make it the name of something (`the “Starts with one”
/// campaign`, `his “tough on China” stance`), not speech.
pub static NAMED_THINGS: WordSet = WordSet::new(&[
    "ad", "ads", "album", "app", "awareness", "banner", "book", "brand", "campaign", "chant", "chants", "doctrine",
    "episode", "event", "exhibition", "festival", "film", "hashtag", "initiative", "label", "march", "marches",
    "motto", "movement", "movie", "narrative", "narratives", "novel", "operation", "plan", "podcast", "policy",
    "poster", "program", "programme", "project", "rally", "series", "show", "sign", "signs", "slogan", "song",
    "stance", "strategy", "tagline", "theory", "tour", "video",
]);

/// Verbs that take an object: after a quote that ends its own sentence they start a new one
/// (`“…!” The mayor called a recess`), not an attribution.
pub const NEEDS_OBJECT: &[&str] = &["called", "described", "expressed", "hoped", "posted", "reported", "thought"];

/// Words in `-ly` that are not adverbs (`family`, `supply`, `daily`).
pub const LY_NOT_ADVERBS: &[&str] = &[
    "ally", "assembly", "belly", "bully", "daily", "early", "family", "folly", "friendly", "holy", "italy", "jelly",
    "july", "likely", "lonely", "lovely", "monthly", "only", "rally", "reply", "silly", "supply", "ugly", "weekly",
    "yearly",
];

/// Words of a time between a subject and its verb (`Lee on Jan. 13 called`, `last week`).
pub const TIME_WORDS: &[&str] =
    &["afternoon", "evening", "last", "month", "morning", "next", "night", "this", "week", "year"];
