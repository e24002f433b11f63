//! Words about people and speech: speech verbs, titles, roles, what is never a name.

use super::WordSet;

/// Verbs that attribute speech, as they appear after or before a quote.
pub static SPEECH_VERBS: WordSet = WordSet::new(&[
    "acknowledged", "added", "adding", "admits", "admitted", "advised", "affirmed", "agreed", "announced", "answered",
    "argued", "argues", "arguing", "asked", "asking", "asks", "assured", "believes", "boasted", "called", "calling",
    "cautioned", "charged", "cheered", "claimed", "claiming", "claims", "commented", "complained", "conceded",
    "concluded", "confirmed", "contended", "continued", "countered", "cried", "declared", "demanded", "denied",
    "described", "describing", "echoed", "emphasised", "emphasized", "emphasizing", "estimated", "exclaimed",
    "explained", "explaining", "explains", "expressed", "expressing", "hoped", "hopes", "imagined", "informed",
    "insisted", "insisting", "insists", "joked", "lamented", "maintained", "mused", "noted", "notes", "noting",
    "observed", "pleaded", "pledged", "pointed", "posted", "predicted", "proclaimed", "promised", "protested",
    "quipped", "reasoned", "recalled", "recalling", "recalls", "recounted", "reflected", "reiterated", "remarked",
    "repeated", "replied", "reported", "responded", "said", "say", "saying", "says", "shouted", "sighed", "signalled",
    "speculated", "stated", "stating", "stressed", "stresses", "stressing", "suggested", "suggesting", "suggests",
    "summed", "tells", "testified", "thought", "told", "tweeted", "underlined", "underscored", "urged", "urges",
    "urging", "vowed", "vowing", "warned", "warning", "warns", "whispered", "wondered", "writes", "writing", "wrote",
    "yelled",
]);

/// Korean endings after a closing quote that attribute it (`“…”라고 말했다`).
pub const KOREAN_QUOTE_ENDINGS: &[&str] = &["라고", "이라고", "고 ", "며", "라며", "이라며", "면서", "라면서"];

/// Japanese particles after `」` that attribute it (`「…」と述べた`).
pub const JAPANESE_QUOTE_PARTICLES: &[&str] = &["と", "とも", "などと"];

/// Words right before a quote that make it a term or a title, not speech.
pub const SCARE_CUES: &[&str] = &[
    "branded", "called", "coined", "dubbed", "entitled", "known as", "labeled", "labelled", "named", "nicknamed",
    "phrase", "slogan", "so-called", "term", "termed", "the word", "titled", "word",
];

/// Abbreviated titles (`Gov. Ellen Fairbanks`) and the words a later mention uses for them
/// (`the governor said`).
pub const TITLES_IN_FULL: &[(&str, &str)] = &[
    ("adm", "admiral"),
    ("capt", "captain"),
    ("col", "colonel"),
    ("gen", "general"),
    ("gov", "governor"),
    ("lt", "lieutenant"),
    ("pres", "president"),
    ("prof", "professor"),
    ("rep", "representative"),
    ("sen", "senator"),
    ("sgt", "sergeant"),
    ("supt", "superintendent"),
];

/// Titles and roles that stand before a name (`Prime Minister Sanae Takaichi`), lower-case.
pub static PERSON_TITLES: WordSet = WordSet::new(&[
    "adm", "admiral", "ambassador", "analyst", "anchor", "archbishop", "assemblyman", "assemblywoman", "attorney",
    "author", "bishop", "cao", "capt", "captain", "ceo", "cfo", "chair", "chairman", "chairwoman", "chancellor",
    "chief", "coach", "col", "commissioner", "congressman", "congresswoman", "coo", "councillor", "councilman",
    "councilwoman", "cto", "deputy", "detective", "director", "dr", "economist", "emperor", "executive", "finance",
    "foreign", "former", "gen", "general", "gov", "governor", "head", "judge", "justice", "king", "lawmaker", "leader",
    "lt", "manager", "mayor", "minister", "miss", "mr", "mrs", "ms", "officer", "pope", "premier", "president",
    "prime", "prince", "princess", "prof", "professor", "prosecutor", "queen", "rep", "representative", "researcher",
    "secretary", "secretary-general", "sen", "senator", "sergeant", "sgt", "singer", "sir", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "striker", "superintendent", "vice",
]);

/// Role nouns that `the …` refers back to (`the minister said`).
pub static ROLE_NOUNS: WordSet = WordSet::new(&[
    "ambassador", "analyst", "author", "ceo", "chairman", "chairwoman", "chancellor", "chief", "coach", "commissioner",
    "director", "economist", "executive", "founder", "governor", "judge", "lawmaker", "leader", "manager", "mayor",
    "minister", "official", "premier", "president", "professor", "prosecutor", "researcher", "secretary", "senator",
    "singer", "speaker", "spokesman", "spokesperson", "spokeswoman",
]);

/// Capitalised words that are never part of a person's name.
pub static NOT_NAMES: WordSet = WordSet::new(&[
    "a", "about", "according", "africa", "african", "after", "afternoon", "also", "although", "america", "american",
    "an", "and", "april", "as", "asia", "asian", "asked", "at", "atlantic", "august", "australia", "australian", "bay",
    "because", "before", "beijing", "britain", "british", "but", "by", "canada", "canadian", "central", "china",
    "chinese", "city", "coast", "company", "congress", "council", "court", "december", "district", "during", "earlier",
    "east", "eastern", "egypt", "europe", "european", "february", "for", "france", "friday", "from", "germany",
    "government", "gulf", "he", "her", "his", "however", "i", "if", "in", "india", "indian", "indonesia", "iran",
    "iraq", "island", "islands", "israel", "it", "italy", "january", "japan", "japanese", "july", "june", "kenya",
    "korea", "korean", "koreans", "lake", "last", "later", "malaysia", "march", "may", "meanwhile", "mexico", "middle",
    "ministry", "monday", "morning", "mountain", "national", "netherlands", "news", "nigeria", "north", "northern",
    "november", "ocean", "october", "on", "once", "pacific", "party", "peninsula", "philippines", "poland",
    "prefecture", "province", "region", "republic", "river", "russia", "russian", "saturday", "sea", "seoul",
    "september", "she", "since", "singapore", "so", "south", "southern", "spain", "speaking", "state", "states",
    "still", "strait", "sunday", "sweden", "swedish", "switzerland", "taiwan", "thailand", "that", "the", "their",
    "then", "there", "these", "they", "this", "those", "thursday", "to", "tokyo", "town", "tuesday", "ukraine",
    "united", "university", "valley", "vietnam", "vietnamese", "village", "washington", "we", "wednesday", "west",
    "western", "when", "while", "with", "yet",
]);

/// Words that make a capitalised run an organisation or a place, never a person.
pub static ORG_WORDS: WordSet = WordSet::new(&[
    "academy", "administration", "advisors", "ag", "agency", "airlines", "airways", "army", "assembly", "associates",
    "association", "authority", "bank", "biotech", "board", "brands", "bureau", "capital", "center", "centre", "club",
    "co", "coalition", "college", "commission", "committee", "company", "consulting", "cooperation", "corp",
    "corporation", "council", "county", "court", "department", "economic", "electronics", "energy", "exchange", "fc",
    "federation", "foods", "forum", "foundation", "fund", "games", "gmbh", "group", "holdings", "hospital", "inc",
    "industries", "institute", "investments", "island", "kingdom", "lab", "laboratory", "labs", "league", "llc", "ltd",
    "markets", "ministry", "motor", "motors", "museum", "navy", "networks", "office", "organization", "parliament",
    "partners", "party", "pharma", "pharmaceuticals", "plc", "police", "prefecture", "province", "records", "research",
    "robotics", "school", "securities", "series", "service", "services", "society", "software", "solutions", "stadium",
    "street", "studios", "summit", "systems", "team", "technologies", "telecom", "therapeutics", "trust", "union",
    "university", "ventures",
]);

/// Nouns for people, which let a single capitalised word after them be a name
/// (`nine-year-old Isla`) and `the …` refer back to one.
pub static PERSON_NOUNS: WordSet = WordSet::new(&[
    "activist", "actor", "actress", "artist", "boy", "candidate", "captain", "center", "chef", "commuter", "counter",
    "curator", "daughter", "defender", "doctor", "driver", "engineer", "farmer", "father", "firefighter", "fisherman",
    "forward", "girl", "goalkeeper", "grandfather", "grandmother", "guard", "husband", "lawyer", "man", "manager",
    "midfielder", "mother", "neighbor", "neighbour", "nurse", "officer", "official", "owner", "passenger", "pastor",
    "pitcher", "player", "priest", "quarterback", "resident", "seed", "shopper", "son", "spokesman", "spokesperson",
    "spokeswoman", "student", "teacher", "trader", "vendor", "veteran", "volunteer", "voter", "wife", "woman",
    "worker",
]);

/// Words before a name that make it an object, not the one acting (`met with Kim`).
pub static OBJECT_CUES: WordSet = WordSet::new(&[
    "about", "above", "accused", "across", "after", "against", "along", "alongside", "among", "around", "asked", "at",
    "before", "behind", "below", "beside", "between", "beyond", "by", "called", "congratulated", "criticized",
    "defeated", "during", "for", "from", "hosted", "in", "including", "inside", "interviewed", "into", "invited",
    "joined", "like", "met", "named", "near", "of", "on", "outside", "over", "past", "praised", "replaced", "since",
    "than", "thanked", "through", "throughout", "to", "told", "toward", "towards", "under", "until", "visited",
    "welcomed", "with", "within",
]);

/// Prepositions before a place name.
pub static PLACE_CUES: WordSet =
    WordSet::new(&["across", "at", "in", "inside", "into", "near", "outside", "throughout", "within"]);

/// Words after which a clause, and so a subject, begins.
pub static CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "after", "although", "and", "as", "because", "before", "but", "meanwhile", "once", "since", "so", "then", "though",
    "when", "whereas", "while", "yet",
]);

/// Nouns in an appositive that make a name an organisation (`Volta, the … brand`).
pub static ORG_NOUNS: WordSet = WordSet::new(&[
    "agency", "bank", "brand", "carrier", "chain", "charity", "company", "developer", "firm", "group", "maker",
    "manufacturer", "operator", "organisation", "organization", "platform", "provider", "retailer", "startup",
    "supplier", "union",
]);

pub static NOBODY: WordSet = WordSet::new(&[
    "activists", "analysts", "authorities", "citizens", "critics", "customers", "diplomats", "doctors", "economists",
    "executives", "experts", "fans", "farmers", "i", "investors", "it", "lawmakers", "leaders", "locals", "many",
    "nobody", "observers", "officials", "one", "opponents", "others", "parents", "passengers", "people", "police",
    "politicians", "prosecutors", "protesters", "researchers", "residents", "scientists", "some", "somebody",
    "someone", "sources", "students", "supporters", "teachers", "they", "traders", "users", "villagers", "voters",
    "we", "witnesses", "workers",
]);

/// Speech verbs that take an object (`called it …`, `described the night`): an attribution
/// before a quote, never after one.
pub const NEEDS_OBJECT: &[&str] = &[
    "believes", "called", "calling", "described", "describing", "expressed", "expressing", "hoped", "hopes", "posted",
    "reported", "thought",
];

pub static ADVERBS: WordSet = WordSet::new(&[
    "added", "again", "also", "earlier", "further", "had", "has", "have", "later", "once", "previously", "recently",
    "then", "would",
]);

pub static NOT_ATTRIBUTION: WordSet = WordSet::new(&[
    "after", "and", "as", "because", "before", "but", "if", "or", "so", "than", "that", "when", "which", "while",
]);

/// Abbreviations whose period does not end a sentence.
pub static ABBREVIATIONS: WordSet = WordSet::new(&[
    "a.m", "capt", "co", "col", "corp", "dr", "e.g", "gen", "gov", "i.e", "inc", "jan", "jr", "lt", "mr", "mrs", "ms",
    "no", "p.m", "prof", "rep", "sen", "sgt", "sr", "st", "u.k", "u.n", "u.s", "vs",
]);

/// Abbreviated titles written with a period.
pub const TITLE_ABBREVIATIONS: &[&str] =
    &["Capt", "Col", "Dr", "Gen", "Gov", "Jr", "Lt", "Mr", "Mrs", "Ms", "Prof", "Rep", "Rev", "Sen", "Sgt", "Sr", "St"];
