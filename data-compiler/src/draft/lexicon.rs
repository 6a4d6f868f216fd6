//! The words the attribution grammar knows: the verbs that credit a quote,
//! the titles that make a role, the words a role is built of, and the words
//! that are never part of a name. Every list is lowercase; the predicates
//! compare a word's lowercase form.

/// Verbs that credit a quote to their subject, in every form a report
/// uses. What follows the verb ("told reporters", "said in a statement",
/// "told a news conference", "wrote on social media") is not read: the
/// subject is found before the verb ("X said") or right after it
/// ("said X").
const SPEECH: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "called",
    "calling",
    "warn",
    "warns",
    "warned",
    "warning",
    "ask",
    "asks",
    "asked",
    "stated",
    "noted",
    "write",
    "writes",
    "wrote",
    "writing",
    "argue",
    "argues",
    "argued",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "replied",
    "declared",
    "declares",
    "deny",
    "denies",
    "denied",
    "denying",
    "explained",
    "stressed",
    "announced",
    "responded",
    "countered",
    "acknowledged",
    "admitted",
    "conceded",
    "vowed",
    "pledged",
    "promised",
    "claimed",
    "complained",
    "cautioned",
    "urged",
    "remarked",
];

/// Words that make a role: the last of them before a name ends the role
/// ("Deputy Prime Minister Rudo Venn", "spokesman Tomas Ruiz").
const TITLES: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "official",
    "chancellor",
    "leader",
    "senator",
    "general",
    "director",
    "chief",
    "aide",
    "adviser",
    "advisor",
    "envoy",
    "premier",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "deputy",
    "negotiator",
    "commander",
    "representative",
    "congressman",
    "congresswoman",
    "lawmaker",
    "judge",
    "king",
    "queen",
    "prince",
    "sheikh",
    "ayatollah",
    "councillor",
    "councilor",
    "commissioner",
    "prosecutor",
    "master",
];

/// Lowercase words that may stand in a role before its title: "foreign
/// minister", "former president", "senior official".
const ROLE_MODIFIERS: &[&str] = &[
    "foreign",
    "prime",
    "deputy",
    "vice",
    "chief",
    "senior",
    "top",
    "former",
    "acting",
    "interim",
    "defense",
    "defence",
    "finance",
    "interior",
    "press",
    "state",
    "national",
    "security",
    "nuclear",
    "assistant",
];

/// Words after "of" that stay in the role: "Secretary of State",
/// "Minister of Foreign Affairs", "Chief of Staff".
const ROLE_OBJECTS: &[&str] = &[
    "state", "foreign", "affairs", "defense", "defence", "interior", "finance", "justice",
    "health", "staff", "energy", "trade", "commerce", "the",
];

/// Words that are never part of a name or a role: sentence openers, days
/// and months, and the small words and verbs a role is read back to.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "after",
    "before",
    "but",
    "and",
    "or",
    "when",
    "while",
    "as",
    "for",
    "from",
    "with",
    "by",
    "to",
    "of",
    "if",
    "later",
    "earlier",
    "then",
    "also",
    "mr",
    "mrs",
    "ms",
    "dr",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "according",
    "during",
    "met",
    "is",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "who",
    "that",
    "this",
    "his",
    "her",
    "their",
    "its",
    "our",
    "said",
    "told",
    "says",
    "into",
    "about",
    "against",
    "over",
];

/// Pronouns that stand for the last person named, as the subject of a
/// speech verb. "They" is left out: it is as often a group as a person.
const PRONOUNS: &[&str] = &["he", "she"];

/// Subjects that name no one the draft can credit: "“…,” they said" is
/// reported as credited to "they", not guessed.
const OTHER_SUBJECTS: &[&str] = &["they", "we", "it", "i", "you", "one"];

/// Nouns that make a group speaker after a possessive: "Tillerson’s
/// spokesman", "the ministry’s officials".
const GROUP_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "office",
    "aides",
    "aide",
    "officials",
    "ministry",
];

/// Small words a subject's noun phrase may hold between a quote and its
/// verb ("“…,” a spokesman for the ministry later said").
const PHRASE_WORDS: &[&str] = &[
    "the", "a", "an", "of", "for", "later", "also", "then", "again", "once",
];

pub(super) fn is_speech_verb(lower: &str) -> bool {
    SPEECH.contains(&lower)
}

pub(super) fn is_title(lower: &str) -> bool {
    TITLES.contains(&lower)
}

pub(super) fn is_role_modifier(lower: &str) -> bool {
    ROLE_MODIFIERS.contains(&lower)
}

pub(super) fn is_role_object(lower: &str) -> bool {
    ROLE_OBJECTS.contains(&lower)
}

pub(super) fn is_not_name(lower: &str) -> bool {
    NOT_NAMES.contains(&lower)
}

pub(super) fn is_pronoun(lower: &str) -> bool {
    PRONOUNS.contains(&lower)
}

pub(super) fn is_other_subject(lower: &str) -> bool {
    OTHER_SUBJECTS.contains(&lower)
}

pub(super) fn is_group_noun(lower: &str) -> bool {
    GROUP_NOUNS.contains(&lower)
}

pub(super) fn is_phrase_word(lower: &str) -> bool {
    PHRASE_WORDS.contains(&lower)
}
