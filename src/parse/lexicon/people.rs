//! Words about people and speech: speech verbs, titles, roles, what is never a name.

use super::WordSet;

/// Korean endings after a closing quote that attribute it (`“…”라고 말했다`).
pub const KOREAN_QUOTE_ENDINGS: &[&str] = &["라고", "이라고", "고 ", "며", "라며", "이라며", "면서", "라면서"];

/// Japanese particles after `」` that attribute it (`「…」と述べた`).
pub const JAPANESE_QUOTE_PARTICLES: &[&str] = &["と", "とも", "などと"];

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
    "a", "about", "according", "africa", "african", "after", "afternoon", "all", "also", "although", "america",
    "american", "amid", "among", "an", "and", "april", "are", "as", "asia", "asian", "asked", "at", "atlantic",
    "august", "australia", "australian", "bay", "because", "before", "beijing", "both", "britain", "british", "but",
    "by", "can", "canada", "canadian", "central", "china", "chinese", "city", "coast", "company", "congress", "could",
    "council", "court", "december", "despite", "did", "district", "does", "during", "each", "earlier", "east",
    "eastern", "egypt", "europe", "european", "even", "every", "february", "for", "france", "friday", "from",
    "germany", "government", "gulf", "he", "her", "here", "his", "how", "however", "i", "if", "in", "indeed", "india",
    "indian", "indonesia", "instead", "iran", "iraq", "is", "island", "islands", "israel", "it", "italy", "january",
    "japan", "japanese", "july", "june", "kenya", "korea", "korean", "koreans", "lake", "last", "later", "like",
    "malaysia", "march", "may", "maybe", "meanwhile", "mexico", "middle", "ministry", "monday", "moreover", "morning",
    "most", "mountain", "much", "my", "national", "netherlands", "news", "nigeria", "no", "north", "northern", "not",
    "november", "now", "ocean", "october", "on", "once", "our", "pacific", "party", "peninsula", "perhaps",
    "philippines", "poland", "prefecture", "province", "region", "republic", "river", "russia", "russian", "saturday",
    "sea", "seoul", "september", "she", "should", "since", "singapore", "so", "south", "southern", "spain", "speaking",
    "state", "states", "still", "strait", "such", "sunday", "sweden", "swedish", "switzerland", "taiwan", "thailand",
    "that", "the", "their", "then", "there", "these", "they", "this", "those", "thursday", "thus", "to", "today",
    "tokyo", "town", "tuesday", "ukraine", "united", "university", "unless", "unlike", "until", "valley", "vietnam",
    "vietnamese", "village", "was", "washington", "we", "wednesday", "were", "west", "western", "what", "when",
    "where", "whether", "which", "while", "who", "whose", "why", "with", "would", "yesterday", "yet", "your",
]);

/// Words that make a capitalised run an organisation or a place, never a person.
pub static ORG_WORDS: WordSet = WordSet::new(&[
    "academy", "administration", "advisors", "ag", "agency", "airlines", "airways", "army", "assembly", "associates",
    "association", "authority", "bank", "biotech", "board", "brands", "broadcasting", "bureau", "capital", "center",
    "centre", "club", "co", "coalition", "college", "commission", "committee", "company", "consulting", "cooperation",
    "corp", "corporation", "council", "county", "court", "daily", "department", "economic", "electronics", "energy",
    "entertainment", "exchange", "fc", "federation", "films", "foods", "forum", "foundation", "fund", "games",
    "gazette", "gmbh", "group", "herald", "holdings", "hospital", "inc", "industries", "institute", "institution",
    "investments", "island", "journal", "kingdom", "lab", "laboratory", "labs", "league", "llc", "ltd", "magazine",
    "markets", "media", "ministry", "motor", "motors", "museum", "navy", "network", "networks", "news", "newspaper",
    "office", "organisation", "organization", "parliament", "partners", "party", "pharma", "pharmaceuticals",
    "pictures", "plc", "police", "post", "prefecture", "productions", "province", "records", "research", "robotics",
    "school", "securities", "series", "service", "services", "society", "software", "solutions", "stadium", "street",
    "studios", "summit", "systems", "team", "technologies", "telecom", "therapeutics", "times", "tribune", "trust",
    "union", "university", "ventures",
]);

/// Nouns for people, which let a single capitalised word after them be a name
/// (`nine-year-old Isla`, `host Tom Bergeron`) and `the …` refer back to one (`the actor said`).
pub static PERSON_NOUNS: WordSet = WordSet::new(&[
    "activist", "actor", "actress", "adviser", "advisor", "agent", "artist", "athlete", "aunt", "biologist", "blogger",
    "boy", "brother", "candidate", "captain", "center", "chef", "colleague", "columnist", "comedian", "commuter",
    "correspondent", "counter", "curator", "dancer", "daughter", "defendant", "defender", "defenseman", "designer",
    "diplomat", "doctor", "driver", "drummer", "editor", "engineer", "entrepreneur", "envoy", "farmer", "father",
    "filmmaker", "firefighter", "fisherman", "forward", "founder", "friend", "geologist", "girl", "goalie",
    "goalkeeper", "grandfather", "grandmother", "guard", "guitarist", "host", "husband", "immunologist", "investor",
    "journalist", "lawyer", "man", "manager", "midfielder", "model", "mother", "musician", "neighbor", "neighbour",
    "nephew", "niece", "novelist", "nurse", "officer", "official", "owner", "partner", "passenger", "pastor",
    "patient", "physician", "physiologist", "pitcher", "player", "poet", "priest", "producer", "publicist",
    "quarterback", "rapper", "reporter", "resident", "rookie", "scientist", "seed", "shopper", "singer", "sister",
    "son", "songwriter", "spokesman", "spokesperson", "spokeswoman", "star", "student", "surgeon", "suspect",
    "teacher", "teammate", "teenager", "trader", "uncle", "vendor", "veteran", "victim", "volunteer", "voter", "wife",
    "winger", "witness", "woman", "worker", "writer",
]);

/// Nouns that refer back to an organisation the article has named (`the company said`), and
/// the texts an organisation issues (`the statement said`).
pub static ORG_REFERENCES: WordSet = WordSet::new(&[
    "administration", "agency", "airline", "announcement", "association", "authority", "bank", "board", "brand",
    "bureau", "campaign", "carrier", "chain", "club", "commission", "committee", "company", "council", "court",
    "department", "developer", "embassy", "federation", "filing", "firm", "foundation", "government", "group",
    "hospital", "institute", "label", "league", "maker", "manufacturer", "ministry", "network", "newspaper", "office",
    "operator", "organisation", "organization", "outlet", "paper", "party", "platform", "post", "provider",
    "publication", "regulator", "release", "report", "retailer", "ruling", "school", "startup", "statement", "studio",
    "supplier", "union", "university", "utility",
]);

/// Plural nouns for the people of an organisation (`Prosecutors alleged …`), and words that
/// name it: they speak for the organisation when the article names one of that kind.
pub static GROUP_NOUNS: WordSet = WordSet::new(&["investigators", "officers", "police", "prosecutors", "regulators"]);

/// Which organisations each of [`GROUP_NOUNS`] speaks for, by a word of their name.
pub const GROUP_KINDS: &[(&str, &[&str])] = &[
    ("investigators", &["bureau", "fbi", "investigation", "police", "safety"]),
    ("officers", &["police", "sheriff"]),
    ("police", &["police", "sheriff"]),
    ("prosecutors", &["attorney", "attorney's", "attorney’s", "justice", "prosecution", "prosecutor's", "prosecutors"]),
    ("regulators", &["authority", "commission", "regulator", "regulatory"]),
];

/// People who speak for an organisation: `a Kizuna Motors spokesperson` gives its words.
pub static SPOKES_NOUNS: WordSet =
    WordSet::new(&["representative", "representatives", "spokesman", "spokespeople", "spokesperson", "spokeswoman"]);

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
    "after", "although", "and", "because", "before", "but", "meanwhile", "once", "since", "so", "then", "though",
    "when", "whereas", "while", "yet",
]);

/// Nouns in an appositive that make a name an organisation (`Volta, the … brand`).
pub static ORG_NOUNS: WordSet = WordSet::new(&[
    "agency", "bank", "brand", "carrier", "chain", "charity", "company", "developer", "firm", "group", "maker",
    "manufacturer", "operator", "organisation", "organization", "platform", "provider", "retailer", "startup",
    "supplier", "union",
]);

pub static NOBODY: WordSet = WordSet::new(&[
    "activists", "analysts", "authorities", "campaigners", "children", "citizens", "commentators", "critics",
    "customers", "demonstrators", "diplomats", "doctors", "economists", "engineers", "executives", "experts",
    "families", "fans", "farmers", "firefighters", "i", "investors", "it", "lawmakers", "lawyers", "leaders", "locals",
    "managers", "many", "members", "men", "negotiators", "neighbors", "neighbours", "nobody", "observers", "officials",
    "one", "opponents", "organisers", "organizers", "others", "owners", "parents", "participants", "passengers",
    "patients", "people", "players", "police", "politicians", "prosecutors", "protesters", "readers", "rescuers",
    "researchers", "residents", "scientists", "shoppers", "some", "somebody", "someone", "sources", "staff",
    "students", "supporters", "survivors", "teachers", "they", "tourists", "traders", "users", "viewers", "villagers",
    "visitors", "volunteers", "voters", "we", "witnesses", "women", "workers",
]);

/// Abbreviations whose period does not end a sentence.
pub static ABBREVIATIONS: WordSet = WordSet::new(&[
    "a.m", "capt", "co", "col", "corp", "dr", "e.g", "gen", "gov", "i.e", "inc", "jan", "jr", "lt", "mr", "mrs", "ms",
    "no", "p.m", "prof", "rep", "sen", "sgt", "sr", "st", "u.k", "u.n", "u.s", "vs",
]);

/// Abbreviated titles written with a period.
pub const TITLE_ABBREVIATIONS: &[&str] =
    &["Capt", "Col", "Dr", "Gen", "Gov", "Jr", "Lt", "Mr", "Mrs", "Ms", "Prof", "Rep", "Rev", "Sen", "Sgt", "Sr", "St"];

/// Abbreviated months written with a period (`Jan. 13`).
pub const MONTH_ABBREVIATIONS: &[&str] = &["Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"];

/// Descriptions that may stand for someone the article does not name (`the official`, `the
/// source`): they point back only to a person introduced with them.
pub const UNNAMED_ROLES: &[&str] = &[
    "executive", "insider", "lawyer", "official", "person", "rep", "representative", "source", "spokesman",
    "spokesperson", "spokeswoman",
];

/// Words for a man and for a woman that an unnamed person is introduced with (`a 43-year-old man`).
pub const MALE_NOUNS: &[&str] = &["boy", "brother", "father", "gentleman", "husband", "man", "son"];
pub const FEMALE_NOUNS: &[&str] = &["daughter", "girl", "lady", "mother", "sister", "wife", "woman"];

/// Person nouns for family and company, which never stand before a name like a title does
/// (`Son Heung-min` is a name, `Drummer Gregor Lyle` a drummer).
pub const FAMILY_NOUNS: &[&str] = &[
    "aunt", "boy", "brother", "daughter", "father", "friend", "girl", "grandfather", "grandmother", "husband", "man",
    "mother", "nephew", "niece", "partner", "sister", "son", "uncle", "wife", "woman",
];

/// Government bodies known by a description (`The health ministry said`).
pub const GOVERNMENT_BODIES: &[&str] =
    &["agency", "court", "department", "embassy", "government", "ministry", "office"];

/// Texts an organisation issues: `the statement said` means its issuer.
pub const ISSUED_TEXTS: &[&str] =
    &["announcement", "filing", "letter", "post", "release", "report", "ruling", "statement"];
