//! The words the attribution grammar knows, one lexicon per language it
//! can credit speakers in: the verbs that credit a quote, the titles that
//! make a role, the words a role is built of, and the words that are never
//! part of a name. Every list is lowercase; the predicates compare a
//! word's lowercase form (`Token::lower`).

mod ar;
mod de;
mod en;
mod es;
mod fr;

use super::words::Token;

/// The words of one language and the few facts of its grammar the draft
/// relies on.
pub(super) struct Lexicon {
    /// Verbs that credit a quote to their subject, in every form a report
    /// uses.
    speech: &'static [&'static str],
    /// Words that make a role: the last of them before a name ends it.
    titles: &'static [&'static str],
    /// Endings that make a word a title: German compounds
    /// ("Außenminister", "Regierungssprecher").
    title_endings: &'static [&'static str],
    /// Lowercase words that may stand in a role before its title.
    role_modifiers: &'static [&'static str],
    /// What joins a title to what it is of: "of", "de", "des".
    of: &'static [&'static str],
    /// Words after "of" that stay in the role.
    role_objects: &'static [&'static str],
    /// Words that are never part of a name or a role.
    not_names: &'static [&'static str],
    /// The words an appositive role may start with (", the foreign
    /// minister,").
    articles: &'static [&'static str],
    /// "who" after a name set off by a comma: a name.
    relatives: &'static [&'static str],
    /// Pronouns that stand for the last person named.
    pronouns: &'static [&'static str],
    /// Subjects that name no one the draft can credit.
    other_subjects: &'static [&'static str],
    /// Nouns that make a group speaker after a possessive.
    group_nouns: &'static [&'static str],
    /// Small words a subject's noun phrase may hold.
    phrase_words: &'static [&'static str],
    /// Phrases that credit the person named next: "according to",
    /// "según", "selon", "laut", "بحسب".
    according: &'static [&'static [&'static str]],
    /// The same, only right after a quote: German "„…“, so Arveld".
    according_after: &'static [&'static str],
    /// A title may have an adjective after it: "el canciller keshario
    /// Tomás Arveld".
    pub(super) adjective_after_title: bool,
    /// A speech verb with no subject ("dijo", "وأضاف") is the last person
    /// named's: the language drops subject pronouns.
    pub(super) pro_drop: bool,
    /// The subject follows its verb ("قال الراشدي"): read after the verb
    /// first.
    pub(super) verb_first: bool,
    /// The words a note names when no speech verb is near a quote.
    pub(super) verb_examples: &'static str,
    /// Names are capitalized: the English way of finding them works.
    pub(super) cased: bool,
}

/// The lexicon of a BCP 47 language tag's primary language, if the draft
/// has one.
pub(super) fn for_language(tag: &str) -> Option<&'static Lexicon> {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    match primary.to_ascii_lowercase().as_str() {
        "en" => Some(&en::ENGLISH),
        "es" => Some(&es::SPANISH),
        "fr" => Some(&fr::FRENCH),
        "de" => Some(&de::GERMAN),
        "ar" => Some(&ar::ARABIC),
        _ => None,
    }
}

/// The French inversions that carry their subject: "dit-il",
/// "a-t-elle", "ajoute-t-on".
const INVERSIONS: &[&str] = &["-t-il", "-t-elle", "-t-on", "-il", "-elle"];

impl Lexicon {
    pub(super) fn is_speech_verb(&self, lower: &str) -> bool {
        self.speech.contains(&lower) || self.inverted_verb(lower)
    }

    /// A verb with its subject pronoun after it: "déclare-t-il".
    pub(super) fn inverted_verb(&self, lower: &str) -> bool {
        INVERSIONS
            .iter()
            .filter_map(|i| lower.strip_suffix(i))
            .any(|verb| self.speech.contains(&verb))
    }

    pub(super) fn is_title(&self, lower: &str) -> bool {
        self.titles.contains(&lower)
            || self
                .title_endings
                .iter()
                .any(|e| lower.len() > e.len() && lower.ends_with(e))
    }

    pub(super) fn is_role_modifier(&self, lower: &str) -> bool {
        self.role_modifiers.contains(&lower)
    }

    pub(super) fn is_of(&self, lower: &str) -> bool {
        self.of.contains(&lower)
    }

    pub(super) fn is_role_object(&self, lower: &str) -> bool {
        self.role_objects.contains(&lower)
    }

    pub(super) fn is_not_name(&self, lower: &str) -> bool {
        self.not_names.contains(&lower)
    }

    pub(super) fn is_relative(&self, lower: &str) -> bool {
        self.relatives.contains(&lower)
    }

    pub(super) fn is_pronoun(&self, lower: &str) -> bool {
        self.pronouns.contains(&lower)
    }

    pub(super) fn is_other_subject(&self, lower: &str) -> bool {
        self.other_subjects.contains(&lower)
    }

    pub(super) fn is_group_noun(&self, lower: &str) -> bool {
        self.group_nouns.contains(&lower)
    }

    pub(super) fn is_phrase_word(&self, lower: &str) -> bool {
        self.phrase_words.contains(&lower)
    }

    pub(super) fn is_article(&self, lower: &str) -> bool {
        self.articles.contains(&lower)
    }

    /// `text` without the article an appositive role starts with, when it
    /// has one: "the foreign minister" → "foreign minister".
    pub(super) fn strip_article<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.articles.iter().find_map(|a| {
            let rest = text.strip_prefix(a)?;
            // "l’" is attached: "l’ambassadeur".
            let joined = a.ends_with(['’', '\'']);
            (joined || rest.starts_with(' ')).then(|| rest.trim_start())
        })
    }

    /// How many words the "according to" phrase at token `k` has, if one
    /// starts there; `after_quote` allows the phrases only a quote comes
    /// before.
    pub(super) fn according_at(
        &self,
        toks: &[Token],
        k: usize,
        after_quote: bool,
    ) -> Option<usize> {
        let fits = |phrase: &[&str]| {
            phrase.len() <= toks.len() - k.min(toks.len())
                && phrase.iter().zip(&toks[k..]).all(|(w, t)| t.lower() == *w)
        };
        let after = after_quote
            && toks
                .get(k)
                .is_some_and(|t| self.according_after.contains(&t.lower().as_str()));
        if after {
            return Some(1);
        }
        self.according.iter().find(|p| fits(p)).map(|p| p.len())
    }
}
