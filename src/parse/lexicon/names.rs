//! Words about names: given names with the gender they usually carry, and the words that make a
//! capitalised word something other than a person (a party, a platform, a number).

use super::WordSet;

/// Given names usually borne by women, as Citron's forename table gives pronouns a gender.
/// Names that are also common words or places (`Grace`, `Virginia`) are in [`COMMON_WORD_NAMES`]
/// too: they give a gender to a full name but do not make a lone capitalised word a person.
pub static FEMALE_NAMES: WordSet = WordSet::new(&[
    "abigail", "ada", "adele", "adriana", "agnes", "agnieszka", "aisha", "alexandra", "alexis", "alice", "alicia",
    "alison", "allison", "amanda", "amelia", "amy", "ana", "anastasia", "andrea", "angela", "angelica", "angelina",
    "anita", "ann", "anna", "anne", "annette", "annie", "antonia", "april", "ashley", "audrey", "ayesha", "barbara",
    "beatrice", "becky", "belinda", "bernadette", "beth", "bethany", "betty", "beverly", "bonnie", "brenda", "brianna",
    "bridget", "brittany", "brooke", "camila", "candace", "cara", "carla", "carmen", "carol", "caroline", "carolyn",
    "cassandra", "catherine", "cathy", "cecilia", "charlotte", "chelsea", "cheryl", "chiara", "chloe", "christina",
    "christine", "cindy", "claire", "clara", "claudia", "colleen", "connie", "courtney", "cynthia", "daisy", "daniela",
    "danielle", "daphne", "deborah", "debra", "denise", "diana", "diane", "dolores", "donna", "doris", "dorothy",
    "edith", "eileen", "elaine", "eleanor", "elena", "elisa", "elisabeth", "elise", "eliza", "elizabeth", "ella",
    "ellen", "elsa", "emilia", "emily", "emma", "erica", "erin", "esther", "eva", "evelyn", "fatima", "fiona",
    "florence", "frances", "francesca", "gabriela", "gabrielle", "gail", "georgia", "gina", "giulia", "gloria",
    "grace", "gwen", "hana", "hannah", "harriet", "heather", "heidi", "helen", "helena", "hilary", "hillary", "ines",
    "ingrid", "inés", "inês", "irene", "irina", "iris", "isabel", "isabella", "isla", "jacqueline", "jane", "janet",
    "janice", "jasmine", "jeanne", "jenna", "jennifer", "jenny", "jessica", "jill", "joan", "joanna", "joanne",
    "jocelyn", "josephine", "josée", "joy", "joyce", "judith", "judy", "julia", "julie", "juliet", "justine", "karen",
    "katarzyna", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie", "katrina", "kayla", "kelly", "kimberly",
    "kirsten", "kristen", "kristin", "laura", "lauren", "layla", "leah", "leila", "lena", "linda", "lisa", "lois",
    "lorraine", "louise", "lucia", "lucy", "lydia", "lynn", "madeleine", "madison", "mandy", "margaret", "margarita",
    "maria", "mariam", "marian", "marie", "marilyn", "marina", "marion", "marisa", "marjorie", "marsha", "martha",
    "mary", "maureen", "megan", "melanie", "melissa", "meredith", "mia", "michelle", "mildred", "miranda", "molly",
    "monica", "nadia", "nancy", "naomi", "natalia", "natalie", "natalya", "natasha", "nicole", "nina", "nora", "norma",
    "olga", "olivia", "paige", "pamela", "patricia", "paula", "pauline", "peggy", "penelope", "phyllis", "priscilla",
    "priyanka", "rachel", "rebecca", "regina", "renee", "renée", "rita", "roberta", "rosa", "rosalind", "rosemary",
    "ruth", "sabrina", "sakura", "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley",
    "silvia", "simone", "sofia", "sonia", "sonya", "sophia", "sophie", "stacy", "stella", "stephanie", "susan",
    "susanna", "suzanne", "svetlana", "sylvia", "tamara", "tanya", "tatiana", "teresa", "theresa", "tiffany", "tina",
    "tracy", "ursula", "valerie", "vanessa", "vera", "veronica", "victoria", "virginia", "vivian", "wanda", "wendy",
    "yasmin", "yolanda", "yulia", "yvonne", "zoe", "zoë",
]);

/// Given names usually borne by men (see [`FEMALE_NAMES`]).
pub static MALE_NAMES: WordSet = WordSet::new(&[
    "aaron", "abdul", "abraham", "adam", "adrian", "ahmad", "ahmed", "alan", "albert", "alberto", "aleksandr",
    "alexander", "alexandre", "alfred", "ali", "allen", "alvin", "andre", "andrei", "andres", "andrew", "andré",
    "andy", "angelo", "anthony", "antoine", "antonio", "arjun", "arnold", "arthur", "barry", "ben", "benjamin",
    "bernard", "bernie", "billy", "bobby", "boris", "brad", "bradley", "brandon", "brendan", "brett", "brian", "bruce",
    "bruno", "bryan", "byron", "calvin", "carl", "carlos", "cedric", "charles", "charlie", "christian", "christopher",
    "clarence", "claude", "clayton", "clifford", "clint", "cody", "colin", "conor", "craig", "curtis", "dale",
    "damian", "dan", "daniel", "danny", "darren", "dave", "david", "dennis", "derek", "diego", "dmitri", "dmitry",
    "dominic", "donald", "douglas", "duncan", "dustin", "dylan", "edgar", "eduardo", "edward", "edwin", "eli",
    "elijah", "elliot", "emmanuel", "enrique", "eric", "erik", "ernest", "ethan", "eugene", "evan", "fernando",
    "francis", "francisco", "francois", "frankie", "franklin", "françois", "fred", "frederick", "gabriel", "gareth",
    "gary", "gavin", "geoffrey", "george", "gerald", "gerard", "gilbert", "giorgio", "giovanni", "giuseppe", "gordon",
    "graham", "greg", "gregory", "gustavo", "hans", "harold", "harry", "harvey", "hassan", "hector", "henry",
    "herbert", "hiroshi", "howard", "hugh", "hugo", "hussein", "ian", "igor", "isaac", "ivan", "jacob", "jake",
    "jamal", "james", "jared", "jason", "javier", "jean-luc", "jean-pierre", "jeff", "jeffrey", "jeremy", "jerome",
    "jerry", "jesse", "jesus", "jim", "jimmy", "joaquim", "joe", "joel", "johann", "john", "johnny", "jonathan",
    "jorge", "jose", "joseph", "joshua", "josé", "juan", "julian", "jurgen", "justin", "jürgen", "karl", "keith",
    "ken", "kenji", "kenneth", "kevin", "kurt", "kyle", "lance", "larry", "lars", "laurence", "lawrence", "leo",
    "leon", "leonard", "leroy", "lewis", "liam", "lloyd", "logan", "lorenzo", "louis", "lucas", "luis", "luke",
    "malcolm", "manuel", "marco", "marcus", "marek", "mario", "martin", "matt", "matteo", "matthew", "maurice", "max",
    "maxwell", "michael", "miguel", "mike", "mikhail", "mitchell", "mohamed", "mohammad", "mohammed", "muhammad",
    "mustafa", "nathan", "nathaniel", "neil", "nicholas", "nick", "nicolas", "nigel", "nils", "noah", "norman",
    "oliver", "omar", "oscar", "owen", "pablo", "patrick", "paul", "pawel", "pedro", "peter", "philip", "phillip",
    "pierre", "piotr", "rafael", "rahul", "ralph", "ramon", "randall", "randy", "raul", "raymond", "reginald", "rené",
    "ricardo", "richard", "rick", "ricky", "robert", "roberto", "rodney", "roger", "roland", "ronald", "ronnie",
    "ross", "roy", "russell", "ryan", "salvador", "samuel", "scott", "sean", "sebastian", "sergei", "sergio", "seth",
    "shane", "shawn", "simon", "stanley", "stefan", "stephen", "steve", "steven", "stuart", "sven", "takeshi", "ted",
    "terrence", "theodore", "thomas", "tim", "timothy", "todd", "tom", "tomas", "tomasz", "tommy", "tomás", "tony",
    "travis", "trevor", "tyler", "vernon", "victor", "vikram", "viktor", "vincent", "vladimir", "walter", "warren",
    "wayne", "wesley", "william", "willie", "xavier", "yuri", "yusuf", "zachary",
]);

/// Given names that are also ordinary words, months or places.
pub static COMMON_WORD_NAMES: WordSet = WordSet::new(&[
    "april", "august", "bill", "brooke", "carol", "chase", "dale", "daisy", "florence", "frank", "georgia", "grace",
    "heather", "iris", "jack", "joy", "june", "lance", "lincoln", "mark", "max", "may", "miles", "norm", "pat", "ray",
    "rich", "rob", "rose", "sue", "victoria", "virginia", "will",
]);

/// Party labels: `a Republican`, `the Democrat` describe a person, they do not name one.
pub static PARTY_LABELS: WordSet = WordSet::new(&[
    "conservative", "conservatives", "democrat", "democratic", "democrats", "independent", "labour", "liberal",
    "liberals", "republican", "republicans", "socialist", "socialists", "tories", "tory",
]);

/// Platforms people post on: an organisation when they speak (`Twitter pledged …`), never a
/// part of a person's name (`posted on Facebook Monday`).
pub static PLATFORMS: WordSet = WordSet::new(&[
    "facebook", "instagram", "linkedin", "reddit", "snapchat", "telegram", "threads", "tiktok", "twitter", "wechat",
    "weibo", "whatsapp", "youtube",
]);

/// Number words: `Fifty-one percent say …` is nobody in particular.
pub static NUMBER_WORDS: WordSet = WordSet::new(&[
    "dozens", "eight", "eighty", "eleven", "fifteen", "fifty", "five", "forty", "four", "hundreds", "nine", "ninety",
    "one", "seven", "seventy", "six", "sixty", "ten", "thirty", "thousands", "three", "twelve", "twenty", "two",
]);

/// Whether a word is a given name in the lists.
pub fn is_given_name(word: &str) -> bool {
    super::contains_folded(&FEMALE_NAMES, word) || super::contains_folded(&MALE_NAMES, word)
}

/// Whether a given name is a woman's (`Some(true)`), a man's (`Some(false)`), or not known.
pub fn given_name_is_female(word: &str) -> Option<bool> {
    if super::contains_folded(&FEMALE_NAMES, word) {
        Some(true)
    } else if super::contains_folded(&MALE_NAMES, word) {
        Some(false)
    } else {
        None
    }
}
