//! Dates as the data writes them (`YYYY-MM-DD`) and as readers read them
//! ("Wednesday, 12 April 2017"), worked out here at build time so that the
//! app carries no date library: it shows the words this module writes,
//! in the installed catalogue's language (`date-long`,
//! `date-with-weekday`: the month's and the day's names, their order).

use qe_core::i18n::{self, current, Arg, Msg};

/// The year, month and day of a date written `YYYY-MM-DD` that the
/// calendar has (no February 30); `None` for anything else.
fn parts(text: &str) -> Option<(u32, u32, u32)> {
    if !has_the_form(text) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=days).contains(&day).then_some((year, month, day))
}

/// Written `YYYY-MM-DD` (four digits, two, two), whether or not the
/// calendar has that day.
pub fn has_the_form(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A date of the form YYYY-MM-DD that the calendar has (no February 30).
pub fn is_date(text: &str) -> bool {
    parts(text).is_some()
}

/// The day of the week, 0 for Sunday (Sakamoto's method, proleptic
/// Gregorian calendar).
fn weekday(year: u32, month: u32, day: u32) -> usize {
    const SHIFT: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year + 399 } else { year + 400 };
    ((y + y / 4 - y / 100 + y / 400 + SHIFT[month as usize - 1] + day) % 7) as usize
}

/// "12 April 2017" for "2017-04-12" (in the installed catalogue's words
/// and digits); `None` if it is not such a date.
pub fn long_date(iso: &str) -> Option<String> {
    let (year, month, day) = parts(iso)?;
    // The year in the language's digits, never grouped ("2017", not
    // "2,017"): digit by digit.
    let catalogue = current();
    let year: String = year
        .to_string()
        .bytes()
        .map(|d| catalogue.number(u64::from(d - b'0')))
        .collect();
    Some(i18n::format(
        Msg::DateLong,
        &[day.into(), month.into(), Arg::Written(&year)],
    ))
}

/// "Wednesday, 12 April 2017" for "2017-04-12"; `None` if it is not such a
/// date.
pub fn day_and_date(iso: &str) -> Option<String> {
    let (year, month, day) = parts(iso)?;
    let date = long_date(iso)?;
    Some(i18n::format(
        Msg::DateWithWeekday,
        &[Arg::Written(&date), weekday(year, month, day).into()],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use qe_core::i18n::ftl::speak;

    #[test]
    fn a_date_reads_with_its_weekday() {
        assert_eq!(
            day_and_date("2017-04-12").as_deref(),
            Some("Wednesday, 12 April 2017")
        );
        assert_eq!(long_date("2024-03-05").as_deref(), Some("5 March 2024"));
        for (iso, words) in [
            ("2000-01-01", "Saturday, 1 January 2000"),
            ("2000-02-29", "Tuesday, 29 February 2000"),
            ("2024-03-01", "Friday, 1 March 2024"),
            ("1969-07-20", "Sunday, 20 July 1969"),
            ("2100-12-31", "Friday, 31 December 2100"),
            ("0001-01-01", "Monday, 1 January 1"),
        ] {
            assert_eq!(day_and_date(iso).as_deref(), Some(words), "{iso}");
        }
    }

    #[test]
    fn only_dates_the_calendar_has_are_dates() {
        for ok in ["2024-02-29", "2000-02-29", "2017-04-12", "1999-12-31"] {
            assert!(is_date(ok), "{ok}");
        }
        for not in [
            "2023-02-29",
            "1900-02-29",
            "2024-04-31",
            "2024-00-10",
            "2024-13-01",
            "2024-1-05",
            "12 April 2017",
            "2017-04-12T10:00",
            "２０１７-04-12",
        ] {
            assert!(!is_date(not), "{not}");
            assert_eq!(day_and_date(not), None, "{not}");
        }
    }

    #[test]
    fn dates_read_in_each_languages_words_and_order() {
        for (lang, long, with_weekday, first) in [
            (
                "en",
                "12 April 2017",
                "Wednesday, 12 April 2017",
                "1 January 2000",
            ),
            (
                "es",
                "12 de abril de 2017",
                "miércoles, 12 de abril de 2017",
                "1 de enero de 2000",
            ),
            (
                "fr",
                "12 avril 2017",
                "mercredi 12 avril 2017",
                "1er janvier 2000",
            ),
            (
                "de",
                "12. April 2017",
                "Mittwoch, 12. April 2017",
                "1. Januar 2000",
            ),
            (
                "ar",
                "12 أبريل 2017",
                "الأربعاء، 12 أبريل 2017",
                "1 يناير 2000",
            ),
        ] {
            speak(lang);
            assert_eq!(long_date("2017-04-12").as_deref(), Some(long), "{lang}");
            assert_eq!(
                day_and_date("2017-04-12").as_deref(),
                Some(with_weekday),
                "{lang}"
            );
            assert_eq!(long_date("2000-01-01").as_deref(), Some(first), "{lang}");
            // Twelve months, seven days, each its own word.
            let months: std::collections::HashSet<_> = (1..=12)
                .map(|m| long_date(&format!("2024-{m:02}-01")))
                .collect();
            assert_eq!(months.len(), 12, "{lang}");
            let days: std::collections::HashSet<_> = (1..=7)
                .map(|d| day_and_date(&format!("2024-01-{d:02}")))
                .collect();
            assert_eq!(days.len(), 7, "{lang}");
        }
    }
}
