//! How a language writes integers and one-decimal numbers: digits, group
//! and decimal separators, as `Intl.NumberFormat(lang)` does with the
//! language's default numbering system (CLDR 48, ICU 78).
//!
//! Only the primary subtag counts, as in [`super::plural`]: regional
//! variants (de-AT, de-CH, en-IN, ar-EG with Arabic-Indic digits, …) get their
//! language's format. Languages not in the table write numbers as English.

use super::plural::primary;

/// How a language writes numbers, in its default numbering system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat {
    /// The group (thousands) separator: ",", ".", U+00A0, U+202F, U+066C.
    pub group: &'static str,
    /// The decimal separator: ".", ",", U+066B.
    pub decimal: &'static str,
    /// Digits the leftmost group needs before any separator is written
    /// (2 in es: 1234 but 12.345).
    pub min_grouping: u8,
    /// Size of the groups after the first (rightmost) group of three: 3, or
    /// 2 for hi (12,34,567).
    pub secondary: u8,
    /// The digit zero; the other digits follow it ('0', '٠' U+0660, '۰' U+06F0).
    pub zero: char,
}

const fn nf(group: &'static str, decimal: &'static str, min_grouping: u8) -> NumberFormat {
    NumberFormat {
        group,
        decimal,
        min_grouping,
        secondary: 3,
        zero: '0',
    }
}

/// English's format (and that of languages not in the table).
pub const ENGLISH: NumberFormat = nf(",", ".", 1);

/// How `lang` (a BCP 47 tag; only the primary subtag counts) writes
/// numbers. Languages not in the table get English's format.
pub fn number_format(lang: &str) -> NumberFormat {
    match &primary(lang) {
        b"de" | b"nl" | b"da" | b"id" | b"tr" | b"el" | b"ro" | b"vi" | b"ca" | b"pt" => {
            nf(".", ",", 1)
        }
        b"es" | b"it" => nf(".", ",", 2),
        b"sv" | b"nb" | b"no" | b"fi" | b"ru" | b"uk" | b"cs" | b"sk" => nf("\u{a0}", ",", 1),
        b"pl" | b"hu" => nf("\u{a0}", ",", 2),
        b"fr" => nf("\u{202f}", ",", 1),
        b"fa" => NumberFormat {
            zero: '\u{6f0}',
            ..nf("\u{66c}", "\u{66b}", 1)
        },
        b"hi" => NumberFormat {
            secondary: 2,
            ..nf(",", ".", 1)
        },
        _ => ENGLISH,
    }
}

impl NumberFormat {
    /// `n` with the language's digits and group separators: en 12,345;
    /// de 12.345; fr 12 345 (U+202F); es 1234 but 12.345.
    pub fn integer(&self, n: u64) -> String {
        let mut out = String::with_capacity(32);
        self.push_integer(&mut out, n);
        out
    }

    /// `tenths / 10` with one decimal: en 4.5, de 4,5, en 1,234.5.
    pub fn tenths(&self, tenths: u64) -> String {
        let mut out = String::with_capacity(32);
        self.push_integer(&mut out, tenths / 10);
        out.push_str(self.decimal);
        out.push(self.digit(tenths % 10));
        out
    }

    fn digit(&self, d: u64) -> char {
        char::from_u32(self.zero as u32 + d as u32).unwrap_or('?')
    }

    fn push_integer(&self, out: &mut String, n: u64) {
        // The power of ten of the leading digit, and the number of digits.
        let (mut p, mut len) = (1u64, 1usize);
        while n / p >= 10 {
            p *= 10;
            len += 1;
        }
        let grouped = len >= 3 + self.min_grouping as usize;
        let secondary = self.secondary.max(1) as usize;
        // `i` is the digit's place: 0 for units.
        for i in (0..len).rev() {
            out.push(self.digit(n / p % 10));
            p /= 10;
            if grouped && i >= 3 && (i - 3) % secondary == 0 {
                out.push_str(self.group);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples() {
        let f = |lang, n| number_format(lang).integer(n);
        assert_eq!(f("en", 12345), "12,345");
        assert_eq!(f("de", 12345), "12.345");
        assert_eq!(f("fr", 12345), "12\u{202f}345");
        assert_eq!(f("es", 1234), "1234");
        assert_eq!(f("es", 12345), "12.345");
        assert_eq!(f("hi", 1234567), "12,34,567");
        assert_eq!(f("fa", 1234), "۱٬۲۳۴");
        assert_eq!(f("xx", u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(number_format("en").tenths(45), "4.5");
        assert_eq!(number_format("DE-de").tenths(12345), "1.234,5");
    }
}
