//! A language's catalogue as the app uses it: every message of the
//! interface as a pattern of text, arguments and plural or word choices,
//! and the one installed for the story being shown. [`super::ftl`] makes
//! one from Fluent files when a page is written; the app reads it from the
//! page's data block (`src/model/payload.rs`).

use super::{number, plural, Msg};
use std::cell::Cell;

/// A message: its parts in order.
pub type Pattern = Vec<Part>;

/// One part of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(&'static str),
    /// The message's argument with this position (see the message's
    /// function in [`super::m`]): a number in the language's digits, or a
    /// name, isolated from the text around it in a right-to-left language.
    Arg(usize),
    /// Fluent's select expression on an argument: the first variant whose
    /// key matches, else the default (a position in `variants`).
    Select {
        arg: usize,
        variants: Vec<(Key, Pattern)>,
        default: usize,
    },
}

/// A variant's key: a plural category or a word (`one`, `few`, `quote`),
/// or an exact number (`[0]`), which wins over the category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Name(&'static str),
    Number(u64),
}

/// An argument given to a message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    /// A count: written with the language's digits and separators, and
    /// choosing plural variants by the language's rules.
    Num(u64),
    /// A number in tenths, written with one decimal (`4.5`, `4,5`).
    Tenths(u64),
    /// Text from the data (a name, a label) or another message: isolated
    /// from the text around it in a right-to-left language.
    Str(&'a str),
    /// Text a message already wrote (a list of names, a clause): inserted
    /// as it is, its names isolated already.
    Written(&'a str),
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as u64)
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Num(n)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(u64::from(n))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

/// A piece of a message written out for markup ([`Catalogue::pieces`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// The argument at this position, for the caller to show.
    Arg(usize),
}

/// One language's messages, indexed by [`Msg`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    /// The BCP 47 tag the story names (`en`, `es-MX`, `ar`).
    pub lang: &'static str,
    /// Written right to left: the page's `dir`, and names isolated.
    pub rtl: bool,
    pub messages: Vec<Pattern>,
}

impl Catalogue {
    /// `n` in the language's digits and separators: `1,234`, `1.234`.
    pub fn number(&self, n: u64) -> String {
        number::number_format(self.lang).integer(n)
    }

    /// `msg` with `args`, written out.
    pub fn format(&self, msg: Msg, args: &[Arg]) -> String {
        let mut out = String::new();
        if let Some(pattern) = self.messages.get(msg as usize) {
            self.write(pattern, args, &mut out);
        }
        out
    }

    fn write(&self, pattern: &[Part], args: &[Arg], out: &mut String) {
        for part in pattern {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Arg(i) => {
                    if let Some(arg) = args.get(*i) {
                        self.insert(*arg, out);
                    }
                }
                Part::Select { .. } => {
                    if let Some(pattern) = self.choose(part, args) {
                        self.write(pattern, args, out);
                    }
                }
            }
        }
    }

    /// `arg` as a message inserts it: a number in the language's digits,
    /// a name isolated (first strong isolate … pop directional isolate) in
    /// a right-to-left language, written text as it is.
    pub fn insert(&self, arg: Arg, out: &mut String) {
        match arg {
            Arg::Num(n) => out.push_str(&self.number(n)),
            Arg::Tenths(n) => out.push_str(&number::number_format(self.lang).tenths(n)),
            Arg::Str(s) if self.rtl => {
                out.push('\u{2068}');
                out.push_str(s);
                out.push('\u{2069}');
            }
            Arg::Str(s) | Arg::Written(s) => out.push_str(s),
        }
    }

    /// The variant a select part takes for `args`: an exact number first,
    /// then the plural category or word, else the default.
    fn choose<'p>(&self, part: &'p Part, args: &[Arg]) -> Option<&'p Pattern> {
        let Part::Select {
            arg,
            variants,
            default,
        } = part
        else {
            return None;
        };
        let arg = args.get(*arg).copied();
        variants
            .iter()
            .find(|(key, _)| matches!((key, arg), (Key::Number(k), Some(Arg::Num(n))) if *k == n))
            .or_else(|| {
                variants.iter().find(|(key, _)| match (key, arg) {
                    (Key::Name(k), Some(Arg::Num(n))) => *k == plural::category(self.lang, n).id(),
                    (Key::Name(k), Some(Arg::Str(s) | Arg::Written(s))) => k == &s,
                    _ => false,
                })
            })
            .or_else(|| variants.get(*default))
            .map(|(_, pattern)| pattern)
    }

    /// `msg` with `args`, with each text argument left as a marker, for
    /// an interface that shows the argument as an element of its own (a
    /// name in `<strong>`, a link): runs of text and the arguments, in the
    /// language's order. Numbers are written in as text.
    pub fn pieces(&self, msg: Msg, args: &[Arg]) -> Vec<Piece> {
        let mut pieces = Vec::new();
        if let Some(pattern) = self.messages.get(msg as usize) {
            self.collect(pattern, args, &mut pieces);
        }
        pieces
    }

    fn collect(&self, pattern: &[Part], args: &[Arg], pieces: &mut Vec<Piece>) {
        for part in pattern {
            match part {
                Part::Arg(i) if matches!(args.get(*i), Some(Arg::Str(_) | Arg::Written(_))) => {
                    pieces.push(Piece::Arg(*i));
                }
                Part::Select { .. } => {
                    if let Some(pattern) = self.choose(part, args) {
                        self.collect(pattern, args, pieces);
                    }
                }
                _ => {
                    let mut text = String::new();
                    self.write(std::slice::from_ref(part), args, &mut text);
                    match pieces.last_mut() {
                        Some(Piece::Text(run)) => run.push_str(&text),
                        _ if text.is_empty() => {}
                        _ => pieces.push(Piece::Text(text)),
                    }
                }
            }
        }
    }

    /// A message without arguments, as it stands in the catalogue.
    pub fn text(&self, msg: Msg) -> &'static str {
        match self.messages.get(msg as usize).map(Vec::as_slice) {
            Some([Part::Text(text)]) => text,
            _ => "",
        }
    }
}

thread_local! {
    static CURRENT: Cell<Option<&'static Catalogue>> = const { Cell::new(None) };
}

/// Makes `catalogue` the one this thread's messages come from (the app's
/// story; each story's thread when many are written at once). Kept for the
/// life of the program, as the story's data is.
pub fn install(catalogue: &'static Catalogue) {
    CURRENT.with(|current| current.set(Some(catalogue)));
}

/// The installed catalogue. Natively, before any is installed, English
/// (tests, tools); in the wasm the app installs the page's before it
/// renders, and a page without one shows no words rather than another
/// language's.
pub fn current() -> &'static Catalogue {
    CURRENT.with(Cell::get).unwrap_or_else(fallback)
}

#[cfg(not(target_arch = "wasm32"))]
fn fallback() -> &'static Catalogue {
    super::ftl::english()
}

#[cfg(target_arch = "wasm32")]
fn fallback() -> &'static Catalogue {
    static EMPTY: Catalogue = Catalogue {
        lang: "en",
        rtl: false,
        messages: Vec::new(),
    };
    &EMPTY
}

/// A message without arguments, from the installed catalogue.
pub fn text(msg: Msg) -> &'static str {
    current().text(msg)
}

/// A message with its arguments, from the installed catalogue.
pub fn format(msg: Msg, args: &[Arg]) -> String {
    current().format(msg, args)
}

/// A message in pieces, its text arguments left for markup, from the
/// installed catalogue ([`Catalogue::pieces`]).
pub fn pieces(msg: Msg, args: &[Arg]) -> Vec<Piece> {
    current().pieces(msg, args)
}
