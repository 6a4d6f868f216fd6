//! Folding for Greek, Cyrillic and Arabic by small tables of ranges and
//! offsets, the same code natively and in the WebAssembly: Rust's Unicode
//! case tables would add kilobytes to the wasm, and the browser's
//! `toLowerCase` neither strips Greek tonos nor knows Arabic's letter forms.
//!
//! The Arabic rules are the ones search engines apply (Lucene's
//! `ArabicNormalizer` and `PersianNormalizer`): diacritics and tatweel
//! vanish, hamza and madda forms of alef become bare alef, ta marbuta heh,
//! alef maksura and Persian yeh yeh, keheh kaf; the presentation forms of
//! the basic letters, lam-alef and harakat (what text copied out of a PDF
//! often holds) become their letters. Persian's and Urdu's own forms and
//! the two-letter ligatures (U+FB50..=U+FDFF, but "Allah") are left as
//! they are: their tables would cost the wasm more than they find (the
//! Persian and Urdu letters' forms alone, about 170 bytes brotli).

/// Appends the folded form of `c` to `out` if `c` is a Greek, Cyrillic or
/// Arabic character these tables fold, and says whether it was.
pub(super) fn fold(c: char, out: &mut String) -> bool {
    let code = u32::from(c);
    let folded = match code {
        0x370..=0x3ff => match greek(code) {
            Some(letter) => letter,
            None => return false,
        },
        0x400..=0x52f => cyrillic(code),
        // Lam-alef ligatures (with madda, hamza above, hamza below, bare).
        0xfef5..=0xfefc => {
            out.push_str("\u{644}\u{627}");
            return true;
        }
        // The ligature of "Allah".
        0xfdf2 => {
            out.push_str("\u{627}\u{644}\u{644}\u{647}");
            return true;
        }
        0xfe80..=0xfef4 => arabic(letter_of_form(code, BASIC_FORMS)),
        0x600..=0x6ff | 0xfe70..=0xfe7f => arabic(code),
        _ => return false,
    };
    if let Some(folded) = char::from_u32(folded).filter(|&f| f != '\0') {
        out.push(folded);
    }
    true
}

/// Modern Greek lowercase without tonos or dialytika, final sigma as sigma;
/// `None` for the block's rarer letters, which are left to the caller.
fn greek(c: u32) -> Option<u32> {
    Some(match c {
        0x3c2 => 0x3c3,
        0x391..=0x3a1 | 0x3a3..=0x3a9 => c + 0x20,
        0x3b1..=0x3c9 => c,
        0x386 | 0x3ac => 0x3b1,
        0x388 | 0x3ad => 0x3b5,
        0x389 | 0x3ae => 0x3b7,
        0x38a | 0x390 | 0x3aa | 0x3af | 0x3ca => 0x3b9,
        0x38c | 0x3cc => 0x3bf,
        0x38e | 0x3ab | 0x3b0 | 0x3cb | 0x3cd => 0x3c5,
        0x38f | 0x3ce => 0x3c9,
        _ => return None,
    })
}

/// Cyrillic (U+0400..=U+052F) lowercase, with ё and ѐ as е, й and ѝ as и
/// (as Russian search treats them) and Ukrainian ї as і (a diaeresis, as
/// Latin ï is i). Ґ, ў, ѓ, ќ and the rest stay letters of their own.
fn cyrillic(c: u32) -> u32 {
    let lower = match c {
        0x400..=0x40f => c + 0x50,
        0x410..=0x42f => c + 0x20,
        // Palochka, then the pairs whose capital is odd, then those whose
        // capital is even (historic, Ukrainian ґ, the other languages').
        0x4c0 => 0x4cf,
        0x4c1..=0x4ce => c + (c & 1),
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f => c | 1,
        _ => c,
    };
    match lower {
        0x450 | 0x451 => 0x435,
        0x439 | 0x45d => 0x438,
        0x457 => 0x456,
        _ => lower,
    }
}

/// An Arabic-block character folded, `0` where it vanishes; digits (Arabic-
/// Indic and Persian) as ASCII digits.
fn arabic(c: u32) -> u32 {
    match c {
        // Harakat, Quranic marks and signs, superscript alef, tatweel,
        // and the presentation forms of the harakat.
        0x610..=0x61a | 0x640 | 0x64b..=0x65f | 0x670 | 0x6d6..=0x6ed | 0xfe70..=0xfe7f => 0,
        0x622 | 0x623 | 0x625 | 0x671 => 0x627,
        0x624 => 0x648,
        0x626 | 0x649 | 0x6cc | 0x6d2 => 0x64a,
        0x629 | 0x6c0 | 0x6c1 => 0x647,
        0x6a9 => 0x643,
        0x660..=0x669 => c - 0x660 + u32::from(b'0'),
        0x6f0..=0x6f9 => c - 0x6f0 + u32::from(b'0'),
        _ => c,
    }
}

/// Whether `c` is a combining mark folding drops: Latin's accents, Arabic's
/// harakat and Quranic marks (and tatweel, which stretches its letter).
pub(super) fn is_mark(c: char) -> bool {
    let code = u32::from(c);
    matches!(code, 0x300..=0x36f) || (matches!(code, 0x610..=0x6ff) && arabic(code) == 0)
}

/// One letter's run of presentation forms: (letter − U+0600) << 3, and how
/// many forms it has (isolated, final, and for joining letters initial and
/// medial), in the low bits.
const fn forms(letter: char, count: u16) -> u16 {
    ((letter as u32 - 0x600) as u16) << 3 | count
}

/// U+FE80..=U+FEF4: the forms of the basic letters, in letter order.
const BASIC_FORMS: &[u16] = &[
    forms('\u{621}', 1), // hamza
    forms('\u{622}', 2), // alef with madda
    forms('\u{623}', 2), // alef with hamza above
    forms('\u{624}', 2), // waw with hamza
    forms('\u{625}', 2), // alef with hamza below
    forms('\u{626}', 4), // yeh with hamza
    forms('\u{627}', 2), // alef
    forms('\u{628}', 4), // beh
    forms('\u{629}', 2), // teh marbuta
    forms('\u{62a}', 4), // teh
    forms('\u{62b}', 4), // theh
    forms('\u{62c}', 4), // jeem
    forms('\u{62d}', 4), // hah
    forms('\u{62e}', 4), // khah
    forms('\u{62f}', 2), // dal
    forms('\u{630}', 2), // thal
    forms('\u{631}', 2), // reh
    forms('\u{632}', 2), // zain
    forms('\u{633}', 4), // seen
    forms('\u{634}', 4), // sheen
    forms('\u{635}', 4), // sad
    forms('\u{636}', 4), // dad
    forms('\u{637}', 4), // tah
    forms('\u{638}', 4), // zah
    forms('\u{639}', 4), // ain
    forms('\u{63a}', 4), // ghain
    forms('\u{641}', 4), // feh
    forms('\u{642}', 4), // qaf
    forms('\u{643}', 4), // kaf
    forms('\u{644}', 4), // lam
    forms('\u{645}', 4), // meem
    forms('\u{646}', 4), // noon
    forms('\u{647}', 4), // heh
    forms('\u{648}', 2), // waw
    forms('\u{649}', 2), // alef maksura
    forms('\u{64a}', 4), // yeh
];

/// The basic letter whose presentation form (U+FE80..=U+FEF4) `c` is,
/// counting the runs of `forms` (a parameter rather than the constant
/// read inside: measured, that wasm is 69 bytes brotli smaller).
fn letter_of_form(c: u32, forms: &[u16]) -> u32 {
    let mut end = 0xfe80;
    for &run in forms {
        end += u32::from(run & 7);
        if c < end {
            return 0x600 + u32::from(run >> 3);
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_basic_letters_forms_end_where_lam_alef_begins() {
        let forms: u32 = BASIC_FORMS.iter().map(|&run| u32::from(run & 7)).sum();
        assert_eq!(0xfe80 + forms, 0xfef5);
    }

    #[test]
    fn cyrillic_and_greek_lowercase_as_unicode_does_but_for_their_accents() {
        let accented = "ЀЁЍЙЇѐёѝйїΆΈΉΊΌΎΏΐΪΫάέήίΰϊϋόύώς";
        for c in ('\u{370}'..='\u{52f}').filter(|c| !accented.contains(*c)) {
            let mut out = String::new();
            if fold(c, &mut out) {
                assert_eq!(out, c.to_lowercase().to_string(), "{c:?}");
            }
        }
    }
}
