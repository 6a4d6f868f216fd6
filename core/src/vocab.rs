//! The data format's closed lists, each variant with its words: the word
//! the data file and the URL use (`quote`, `disputed`), and the words a
//! reader sees (`Quote`, `Disputed by`). The checker accepts exactly the
//! format words, `qe convert` writes them, the generated Rust names the
//! variants (their `Debug` names), and the app shows the labels, which
//! come from the installed catalogue ([`crate::i18n`]).

use crate::i18n::{self, m, Arg, Msg};

/// A closed list of the data format: every value and its format word.
pub trait Vocabulary: Copy + PartialEq + std::fmt::Debug + 'static {
    /// Every value, in the order the format lists them.
    const ALL: &'static [Self];

    /// The word the data file (and, for stances, the URL) uses.
    fn id(self) -> &'static str;

    /// The value `word` names, exactly as [`Vocabulary::id`] writes it.
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id() == id)
    }
}

/// `Vocabulary` for an enum whose inherent `id` gives each value's word.
macro_rules! vocabulary {
    ($t:ident, $all:expr) => {
        impl Vocabulary for $t {
            const ALL: &'static [Self] = $all;
            fn id(self) -> &'static str {
                $t::id(self)
            }
        }
    };
}

/// A verbatim quote, or the article's report of what someone said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Quote,
    Paraphrase,
}

vocabulary!(Kind, &[Kind::Quote, Kind::Paraphrase]);

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Paraphrase => "paraphrase",
        }
    }

    /// What a card calls it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Quote => m::kind_quote(),
            Kind::Paraphrase => m::kind_paraphrase(),
        }
    }
}

/// What a card's "Quote" and "Paraphrase" mean, said once above the cards.
pub fn kind_legend() -> &'static str {
    m::kind_legend()
}

/// Whether the article reports a statement endorsed by both sides, contested,
/// or left without a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stance {
    Agreed,
    Disputed,
    Unchallenged,
}

vocabulary!(Stance, &Stance::ALL);

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Agreed, Stance::Disputed, Stance::Unchallenged];

    /// Also the URL's value (`?stance=disputed`) and the stance's CSS class.
    pub fn id(self) -> &'static str {
        match self {
            Stance::Agreed => "agreed",
            Stance::Disputed => "disputed",
            Stance::Unchallenged => "unchallenged",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The stance as a filter: what a statement with it is. "Disputed"
    /// covers both sides of a dispute, the claim and its answer, so the
    /// filter says "In a dispute"; "Unchallenged" would read as "nobody
    /// disputes it" when the article only reports no answer.
    pub fn label(self) -> &'static str {
        match self {
            Stance::Agreed => m::stance_agreed(),
            Stance::Disputed => m::stance_in_a_dispute(),
            Stance::Unchallenged => no_response(),
        }
    }

    /// A text symbol beside the label, so stance never relies on colour.
    pub fn icon(self) -> &'static str {
        match self {
            Stance::Agreed => "✓",
            // Text presentation (U+FE0E): no colour emoji on any system.
            Stance::Disputed => "⚡\u{fe0e}",
            Stance::Unchallenged => "–",
        }
    }
}

/// The default words for a statement the article leaves unanswered (the
/// data may choose its own): what the article reports, not that nobody
/// disputes it.
pub fn no_response() -> &'static str {
    m::no_response_reported()
}

/// A stance, its name and what it means, for [`stance_legend`].
pub type LegendEntry = (Stance, &'static str, &'static str);

/// What the stance words mean, said once on screen (in an embed too), in
/// the installed catalogue's words.
pub fn stance_legend() -> [LegendEntry; 3] {
    [
        (
            Stance::Agreed,
            m::stance_agreed(),
            m::legend_agreed_meaning(),
        ),
        (
            Stance::Disputed,
            m::legend_disputed(),
            m::legend_disputed_meaning(),
        ),
        (
            Stance::Unchallenged,
            m::no_response_reported(),
            m::legend_no_response_meaning(),
        ),
    ]
}

/// The words on a statement's stance badge, and its icon. An answer says
/// what it does ("Disputes Rex Tillerson"), a claim what happened to it
/// ("Disputed by Sergey Lavrov"), anything else its stance ("Agreed", or
/// `no_response` for a statement nobody answers). `answers` is the claim a
/// statement answers and how; `answered_by` its own answers, in order.
/// Each is a whole message of the installed catalogue, the names isolated
/// in a right-to-left language.
pub fn badge(
    stance: Stance,
    answers: Option<(Relation, &str)>,
    answered_by: &[(Relation, &str)],
    no_response: &str,
) -> (String, &'static str) {
    let mut words = String::new();
    let mut icon = None;
    if let Some((relation, claimant)) = answers {
        let msg = match relation {
            Relation::Disputes => Msg::BadgeDisputes,
            Relation::Confirms => Msg::BadgeConfirms,
        };
        words = i18n::format(msg, &[claimant.into()]);
        icon = Some(relation.icon());
    }
    for &relation in Relation::ALL {
        let names: Vec<&str> = answered_by
            .iter()
            .filter(|(r, _)| *r == relation)
            .map(|&(_, name)| name)
            .collect();
        if names.is_empty() {
            continue;
        }
        let names = list(&names);
        words = match (words.is_empty(), relation) {
            (true, Relation::Disputes) => m::badge_disputed_by(Arg::Written(&names)),
            (true, Relation::Confirms) => m::badge_confirmed_by(Arg::Written(&names)),
            (false, Relation::Disputes) => {
                m::badge_and_disputed_by(Arg::Written(&words), Arg::Written(&names))
            }
            (false, Relation::Confirms) => {
                m::badge_and_confirmed_by(Arg::Written(&words), Arg::Written(&names))
            }
        };
        icon.get_or_insert(relation.icon());
    }
    if words.is_empty() {
        let label = match stance {
            Stance::Agreed => m::stance_agreed(),
            Stance::Disputed => m::stance_disputed(),
            Stance::Unchallenged => no_response,
        };
        return (label.to_owned(), stance.icon());
    }
    (words, icon.unwrap_or(stance.icon()))
}

/// Names as a list in the installed catalogue's words: "A", "A and B",
/// "A, B and C" (`list-two`, `list-more`, `list-end`), each name isolated
/// in a right-to-left language.
pub fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => isolate(one),
        [first, second] => m::list_two(*first, *second),
        [start @ .., before_last, last] => {
            let mut rest = m::list_end(*before_last, *last);
            for name in start.iter().rev() {
                rest = m::list_more(*name, Arg::Written(&rest));
            }
            rest
        }
    }
}

/// The dispute statement `i` belongs to, named by its claim's index: an
/// answer that disputes belongs to its claim's, any other disputed
/// statement to its own; `None` for a statement in no dispute. Counting the
/// distinct answers is counting disputes, a claim and its answers once
/// (the stance pill, the share card).
pub fn dispute_of(
    i: usize,
    stance: Stance,
    responds_to: Option<usize>,
    relation: Relation,
) -> Option<usize> {
    if stance != Stance::Disputed {
        return None;
    }
    match responds_to {
        Some(claim) if relation == Relation::Disputes => Some(claim),
        _ => Some(i),
    }
}

/// `name` as a message inserts it: isolated from the text around it in a
/// right-to-left language.
fn isolate(name: &str) -> String {
    let mut out = String::new();
    i18n::current().insert(Arg::Str(name), &mut out);
    out
}

/// How a response (`responds_to`) relates to the statement it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Relation {
    #[default]
    Disputes,
    Confirms,
}

vocabulary!(Relation, &[Relation::Disputes, Relation::Confirms]);

impl Relation {
    pub fn id(self) -> &'static str {
        match self {
            Relation::Disputes => "disputes",
            Relation::Confirms => "confirms",
        }
    }

    /// What a response says of the statement it answers: "Disputes …",
    /// the words before a card's link to it.
    pub fn verb(self) -> &'static str {
        match self {
            Relation::Disputes => m::relation_disputes(),
            Relation::Confirms => m::relation_confirms(),
        }
    }

    /// The badge's symbol for it, as the stances' (never colour alone).
    pub fn icon(self) -> &'static str {
        match self {
            Relation::Disputes => Stance::Disputed.icon(),
            Relation::Confirms => Stance::Agreed.icon(),
        }
    }

    /// What a statement says of its responses: "Disputed by …", the words
    /// before a card's links to them.
    pub fn passive(self) -> &'static str {
        match self {
            Relation::Disputes => m::relation_disputed_by(),
            Relation::Confirms => m::relation_confirmed_by(),
        }
    }
}

/// How many sides an article may declare: the stylesheet's accessible
/// palette has this many colours (`side-0` … `side-7`, in data order).
pub const MAX_SIDES: usize = 8;

/// The CSS class of side number `i`: `side-0` … `side-7`.
pub fn side_class(i: usize) -> &'static str {
    const CLASSES: [&str; MAX_SIDES] = [
        "side-0", "side-1", "side-2", "side-3", "side-4", "side-5", "side-6", "side-7",
    ];
    CLASSES[i % MAX_SIDES]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Vocabulary>() {
        for &v in T::ALL {
            assert_eq!(T::from_id(v.id()), Some(v), "{v:?}");
        }
        assert_eq!(T::from_id("nonsense"), None);
    }

    #[test]
    fn every_format_word_reads_back_as_its_value() {
        round_trip::<Kind>();
        round_trip::<Stance>();
        round_trip::<Relation>();
    }

    #[test]
    fn stances_are_listed_in_index_order() {
        for (i, s) in Stance::ALL.iter().enumerate() {
            assert_eq!(s.index(), i);
        }
    }

    #[test]
    fn an_answer_says_what_it_does_and_a_claim_what_happened_to_it() {
        let answer = badge(
            Stance::Disputed,
            Some((Relation::Disputes, "Rex Tillerson")),
            &[],
            no_response(),
        );
        assert_eq!(answer.0, "Disputes Rex Tillerson");
        let claim = badge(
            Stance::Disputed,
            None,
            &[(Relation::Disputes, "Sergey Lavrov")],
            no_response(),
        );
        assert_eq!(claim.0, "Disputed by Sergey Lavrov");
        assert_eq!(claim.1, answer.1);
        let both = badge(
            Stance::Disputed,
            Some((Relation::Confirms, "A")),
            &[
                (Relation::Disputes, "B"),
                (Relation::Confirms, "C"),
                (Relation::Disputes, "D"),
                (Relation::Disputes, "E"),
            ],
            no_response(),
        );
        assert_eq!(both.0, "Confirms A; disputed by B, D and E; confirmed by C");
        assert_eq!(both.1, "✓");
    }

    #[test]
    fn a_statement_nobody_answers_never_reads_as_unchallenged() {
        let none = badge(Stance::Unchallenged, None, &[], no_response());
        assert_eq!(none.0, "No response reported");
        let chosen = badge(Stance::Unchallenged, None, &[], "No reply in the article");
        assert_eq!(chosen.0, "No reply in the article");
        for stance in Stance::ALL {
            assert!(!stance.label().contains("nchallenged"));
        }
        assert_eq!(badge(Stance::Agreed, None, &[], no_response()).0, "Agreed");
    }

    #[test]
    fn a_claim_and_the_answers_that_dispute_it_are_one_dispute() {
        let d = Stance::Disputed;
        assert_eq!(dispute_of(7, d, None, Relation::Disputes), Some(7));
        assert_eq!(dispute_of(8, d, Some(7), Relation::Disputes), Some(7));
        // A disputed statement that confirms another is a dispute of its own.
        assert_eq!(dispute_of(9, d, Some(7), Relation::Confirms), Some(9));
        assert_eq!(
            dispute_of(7, Stance::Agreed, None, Relation::Disputes),
            None
        );
        assert_eq!(
            dispute_of(7, Stance::Unchallenged, Some(3), Relation::Disputes),
            None
        );
    }

    #[test]
    fn each_side_of_the_palette_has_its_own_class() {
        let classes: std::collections::HashSet<_> = (0..MAX_SIDES).map(side_class).collect();
        assert_eq!(classes.len(), MAX_SIDES);
        assert_eq!(side_class(MAX_SIDES), side_class(0));
    }
}
