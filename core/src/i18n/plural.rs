//! CLDR cardinal plural categories of non-negative integers, for a small
//! hand-written set of languages.
//!
//! Only the primary language subtag of a BCP 47 tag counts (`pt-PT` is read
//! as `pt`, `ar-EG` as `ar`), compared ASCII case-insensitively; the table
//! holds two-letter subtags only (no three-letter codes). Languages not in
//! the table follow English (`one` for 1, `other` otherwise); [`knows`] says
//! whether a language is in the table. The rules are those of CLDR 48
//! (ICU 78), restricted to integers: the `many` of es, pt, fr, it and ca
//! (multiples of 1,000,000), he without `many`.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

use Plural::*;

impl Plural {
    /// Every category, in CLDR's order (the order of [`categories`]).
    pub const ALL: [Plural; 6] = [Zero, One, Two, Few, Many, Other];

    /// The CLDR keyword: "zero", "one", "two", "few", "many", "other".
    pub fn id(self) -> &'static str {
        match self {
            Zero => "zero",
            One => "one",
            Two => "two",
            Few => "few",
            Many => "many",
            Other => "other",
        }
    }

    /// The category of a CLDR keyword (as [`Plural::id`] writes it), or
    /// `None` for anything else.
    pub fn from_id(id: &str) -> Option<Plural> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// The lowercased primary subtag of `lang` when it is two ASCII letters, as
/// every language of the tables is; `[0, 0]`, which no table knows, for
/// anything else.
pub(crate) fn primary(lang: &str) -> [u8; 2] {
    match lang.as_bytes() {
        [a, b, rest @ ..]
            if a.is_ascii_alphabetic()
                && b.is_ascii_alphabetic()
                && matches!(rest.first(), None | Some(b'-' | b'_')) =>
        {
            [a.to_ascii_lowercase(), b.to_ascii_lowercase()]
        }
        _ => [0, 0],
    }
}

/// The rule sets of the table, by their integer behaviour.
#[derive(Clone, Copy)]
enum Rule {
    /// one: 1 (en de nl sv da nb fi tr el hu; also unknown languages).
    One,
    /// one: 1; many: multiples of 1,000,000 (es it ca).
    OneMillion,
    /// one: 0 and 1; many: multiples of 1,000,000 (pt fr).
    ZeroOneMillion,
    /// one: 0 and 1 (fa hi).
    ZeroOne,
    /// zero, one, two, few: 3–10 mod 100, many: 11–99 mod 100 (ar).
    Arabic,
    /// one: 1, two: 2 (he).
    Hebrew,
    /// one: 1 mod 10 but not 11 mod 100; few: 2–4 mod 10 but not 12–14 mod
    /// 100; many: the rest (ru uk). pl is the same but one is only 1.
    Slavic { one_is_only_1: bool },
    /// one: 1, few: 2–4; many only for fractions (cs sk).
    Czech,
    /// one: 1; few: 0, and 1–19 mod 100 but for 1 itself (ro).
    Romanian,
    /// other only (ja zh ko vi th id).
    OtherOnly,
}

fn rule(lang: &str) -> Option<Rule> {
    Some(match &primary(lang) {
        b"en" | b"de" | b"nl" | b"sv" | b"da" | b"nb" | b"no" | b"fi" | b"tr" | b"el" | b"hu" => {
            Rule::One
        }
        b"es" | b"it" | b"ca" => Rule::OneMillion,
        b"pt" | b"fr" => Rule::ZeroOneMillion,
        b"fa" | b"hi" => Rule::ZeroOne,
        b"ar" => Rule::Arabic,
        b"he" => Rule::Hebrew,
        b"ru" | b"uk" => Rule::Slavic {
            one_is_only_1: false,
        },
        b"pl" => Rule::Slavic {
            one_is_only_1: true,
        },
        b"cs" | b"sk" => Rule::Czech,
        b"ro" => Rule::Romanian,
        b"ja" | b"zh" | b"ko" | b"vi" | b"th" | b"id" => Rule::OtherOnly,
        _ => return None,
    })
}

/// The CLDR cardinal plural category of the non-negative integer `n` in
/// `lang` (a BCP 47 tag; only the primary subtag counts). Languages not in
/// the table follow English: `one` for 1, `other` otherwise.
pub fn category(lang: &str, n: u64) -> Plural {
    let (m10, m100) = (n % 10, n % 100);
    let million = n != 0 && n.is_multiple_of(1_000_000);
    match rule(lang).unwrap_or(Rule::One) {
        Rule::One | Rule::OneMillion | Rule::Czech | Rule::Romanian if n == 1 => One,
        Rule::OneMillion | Rule::ZeroOneMillion if million => Many,
        Rule::ZeroOneMillion | Rule::ZeroOne if n <= 1 => One,
        Rule::Arabic => match (n, m100) {
            (0, _) => Zero,
            (1, _) => One,
            (2, _) => Two,
            (_, 3..=10) => Few,
            (_, 11..=99) => Many,
            _ => Other,
        },
        Rule::Hebrew if n == 1 => One,
        Rule::Hebrew if n == 2 => Two,
        Rule::Slavic { one_is_only_1 } => match (m10, m100) {
            _ if n == 1 => One,
            (1, _) if !one_is_only_1 && m100 != 11 => One,
            (2..=4, _) if !(12..=14).contains(&m100) => Few,
            _ => Many,
        },
        Rule::Czech if (2..=4).contains(&n) => Few,
        Rule::Romanian if n == 0 || (1..=19).contains(&m100) => Few,
        _ => Other,
    }
}

/// The categories `lang` uses, CLDR's list in [`Plural::ALL`] order
/// (including those only fractions reach, like cs `many`).
pub fn categories(lang: &str) -> &'static [Plural] {
    match rule(lang).unwrap_or(Rule::One) {
        Rule::One | Rule::ZeroOne => &[One, Other],
        Rule::OneMillion | Rule::ZeroOneMillion => &[One, Many, Other],
        Rule::Arabic => &Plural::ALL,
        Rule::Hebrew => &[One, Two, Other],
        Rule::Slavic { .. } | Rule::Czech => &[One, Few, Many, Other],
        Rule::Romanian => &[One, Few, Other],
        Rule::OtherOnly => &[Other],
    }
}

/// Where a table holds the category of the multiples of a million.
const MILLION: usize = 200;

/// `lang`'s categories as data, for the app (which carries no rules): the
/// category of each count below 200, then that of the multiples of a
/// million, each a digit (its place in [`Plural::ALL`]). That is all of
/// every rule here: above 199 a count's category is that of 100 plus its
/// last two digits, but for the multiples of a million (es, fr `many`).
pub fn table(lang: &str) -> String {
    (0..MILLION as u64)
        .chain([1_000_000])
        .map(|n| {
            let place = Plural::ALL.iter().position(|&p| p == category(lang, n));
            char::from(b'0' + place.unwrap_or(5) as u8)
        })
        .collect()
}

/// The category of `n` in a language's [`table`]; `other` if the table
/// lacks it.
pub fn from_table(table: &str, n: u64) -> Plural {
    let at = if n != 0 && n.is_multiple_of(1_000_000) {
        MILLION
    } else if n < MILLION as u64 {
        n as usize
    } else {
        100 + (n % 100) as usize
    };
    let place = table
        .as_bytes()
        .get(at)
        .map(|d| usize::from(d.wrapping_sub(b'0')));
    place
        .and_then(|p| Plural::ALL.get(p))
        .copied()
        .unwrap_or(Other)
}

/// Whether the table knows `lang` (by its primary subtag); unknown
/// languages get English rules.
pub fn knows(lang: &str) -> bool {
    rule(lang).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_holds_every_rule() {
        for lang in [
            "en", "es", "pt", "fa", "ar", "he", "ru", "pl", "cs", "ro", "ja", "xx",
        ] {
            let table = table(lang);
            let counts = (0..30_000).chain((1..40).map(|k| k * 1_000_000)).chain([
                u64::MAX,
                1_000_100,
                2_000_001,
                1_000_000_000_000,
            ]);
            for n in counts {
                assert_eq!(from_table(&table, n), category(lang, n), "{lang} {n}");
            }
        }
        assert_eq!(from_table("", 1), Other);
    }

    #[test]
    fn arabic_forms() {
        let got: Vec<_> = [0, 1, 2, 3, 11, 100, 102].map(|n| category("ar", n)).into();
        assert_eq!(got, [Zero, One, Two, Few, Many, Other, Other]);
        assert_eq!(category("ar", 103), Few);
        assert_eq!(category("ar", 111), Many);
        assert_eq!(categories("ar"), Plural::ALL);
    }

    #[test]
    fn english_and_unknown() {
        for lang in ["en", "EN-gb", "en_US", "xx", "", "not-a-language"] {
            assert_eq!(category(lang, 1), One, "{lang}");
            assert_eq!(category(lang, 2), Other, "{lang}");
            assert_eq!(category(lang, 0), Other, "{lang}");
            assert_eq!(categories(lang), [One, Other]);
        }
        assert!(knows("En-Latn-US"));
        for lang in ["xx", "", "e", "e1", "eng", "en1", "-en", "ény"] {
            assert!(!knows(lang), "{lang}");
        }
    }

    #[test]
    fn slavic_and_romance() {
        let ru = [1, 2, 5, 11, 12, 21, 22, 25, 111, 112].map(|n| category("ru", n));
        assert_eq!(ru, [One, Few, Many, Many, Many, One, Few, Many, Many, Many]);
        let pl = [1, 2, 5, 21, 22].map(|n| category("pl-PL", n));
        assert_eq!(pl, [One, Few, Many, Many, Few]);
        assert_eq!(category("fr", 0), One);
        assert_eq!(category("es", 0), Other);
        assert_eq!(category("es", 2_000_000), Many);
        assert_eq!(category("ro", 101), Few);
    }

    #[test]
    fn ids_round_trip() {
        for p in Plural::ALL {
            assert_eq!(Plural::from_id(p.id()), Some(p));
        }
        assert_eq!(Plural::from_id("One"), None);
    }
}
