//! A language's catalogue as the app uses it: every message of the
//! interface compiled to one string, and the one installed for the story
//! being shown. [`super::ftl`] compiles one from Fluent files when a page
//! is written; the app reads it from the page's data block
//! (`src/model/payload.rs`) and writes messages straight from the strings,
//! with no tree to build.
//!
//! A compiled message is its text, with Fluent's braces for the rest,
//! shorter: `{0}` for the argument at position 0 (`Disputed by {0}`); a
//! choice by argument 1 is `{1`, then each variant as `{key:message}`
//! (the default's key with a `*` before it), then `}`:
//! `{1{one:one claim}{*other:{1} claims}}`. Braces are never text (the
//! compiler refuses a message whose words hold one), so a message without
//! them is plain text.

use super::number::NumberFormat;
use super::{plural, Msg};
use std::cell::Cell;

/// Opens an argument, a choice or a variant.
pub const OPEN: u8 = b'{';
/// Closes an argument, a choice or a variant.
pub const CLOSE: u8 = b'}';
/// Ends a variant's key.
pub const KEY_END: u8 = b':';

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
    /// How the language writes numbers.
    pub numbers: NumberFormat,
    /// Its plural categories as data ([`plural::table`]): the app carries
    /// no language's rules.
    pub plurals: &'static str,
    /// Each message compiled (see the module's comment), in [`Msg`] order.
    pub messages: Vec<&'static str>,
}

impl Catalogue {
    /// `n` in the language's digits and separators: `1,234`, `1.234`.
    pub fn number(&self, n: u64) -> String {
        self.numbers.integer(n)
    }

    /// `msg` with `args`, written out.
    pub fn format(&self, msg: Msg, args: &[Arg]) -> String {
        let mut out = String::new();
        for piece in self.pieces(msg, args) {
            match piece {
                Piece::Text(text) => out.push_str(&text),
                Piece::Arg(i) => self.insert(args[i], &mut out),
            }
        }
        out
    }

    /// `arg` as a message inserts it: a number in the language's digits,
    /// a name isolated (first strong isolate … pop directional isolate) in
    /// a right-to-left language, written text as it is.
    pub fn insert(&self, arg: Arg, out: &mut String) {
        match arg {
            Arg::Num(n) => out.push_str(&self.number(n)),
            Arg::Tenths(n) => out.push_str(&self.numbers.tenths(n)),
            Arg::Str(s) if self.rtl => {
                out.push('\u{2068}');
                out.push_str(s);
                out.push('\u{2069}');
            }
            Arg::Str(s) | Arg::Written(s) => out.push_str(s),
        }
    }

    /// `msg` with `args`, with each text argument left as a marker, for
    /// an interface that shows the argument as an element of its own (a
    /// name in `<strong>`, a link): runs of text and the arguments, in the
    /// language's order. Numbers are written in as text.
    pub fn pieces(&self, msg: Msg, args: &[Arg]) -> Vec<Piece> {
        let mut pieces = Vec::new();
        if let Some(message) = self.messages.get(msg as usize) {
            self.run(message, args, &mut pieces);
        }
        pieces
    }

    /// Writes the message at the start of `p` into `out` up to its end:
    /// the end of `p`, or of a choice's variant. Returns the rest of `p`.
    fn run<'p>(&self, mut p: &'p str, args: &[Arg], out: &mut Vec<Piece>) -> &'p str {
        loop {
            // Braces are ASCII: a byte of one is never inside a character.
            let at = p
                .bytes()
                .position(|b| b == OPEN || b == CLOSE)
                .unwrap_or(p.len());
            push_run(out, &p[..at]);
            let bytes = &p.as_bytes()[at..];
            if bytes.first() != Some(&OPEN) {
                return &p[at..];
            }
            // `{` and the argument's position, a digit.
            let i = bytes
                .get(1)
                .map_or(usize::MAX, |b| usize::from(b.wrapping_sub(b'0')));
            let rest = p.get(at + 3..).unwrap_or("");
            match bytes.get(2) {
                Some(&CLOSE) => match args.get(i) {
                    Some(Arg::Str(_) | Arg::Written(_)) => out.push(Piece::Arg(i)),
                    Some(&arg) => {
                        let mut number = String::new();
                        self.insert(arg, &mut number);
                        push_run(out, &number);
                    }
                    None => {}
                },
                Some(&OPEN) => {
                    p = self.choice(
                        p.get(at + 2..).unwrap_or(""),
                        args.get(i).copied(),
                        args,
                        out,
                    );
                    continue;
                }
                _ => return "",
            }
            p = rest;
        }
    }

    /// Writes the variant that `arg` chooses of the choice whose variants
    /// start `p`: an exact number first, then the plural category or the
    /// word, else the default. Returns what follows the choice.
    fn choice<'p>(
        &self,
        mut p: &'p str,
        arg: Option<Arg>,
        args: &[Arg],
        out: &mut Vec<Piece>,
    ) -> &'p str {
        let mut chosen: (u8, &str) = (0, "");
        while p.as_bytes().first() == Some(&OPEN) {
            let Some(end) = p.bytes().position(|b| b == KEY_END) else {
                break;
            };
            let (key, body) = (&p[1..end], &p[end + 1..]);
            let (default, key) = match key.strip_prefix('*') {
                Some(key) => (true, key),
                None => (false, key),
            };
            let rank = match arg {
                Some(Arg::Num(n)) if number_key(key) == Some(n) => 3,
                Some(Arg::Num(n)) if key == plural::from_table(self.plurals, n).id() => 2,
                Some(Arg::Str(s) | Arg::Written(s)) if key == s => 2,
                _ => u8::from(default),
            };
            if rank > chosen.0 {
                chosen = (rank, body);
            }
            // Past the variant's closing brace.
            p = skip(body).get(1..).unwrap_or("");
        }
        self.run(chosen.1, args, out);
        p.get(1..).unwrap_or("")
    }

    /// A message without arguments, as it stands in the catalogue.
    pub fn text(&self, msg: Msg) -> &'static str {
        match self.messages.get(msg as usize) {
            Some(text) if !text.bytes().any(|b| b == OPEN || b == CLOSE) => text,
            _ => "",
        }
    }
}

/// Appends `run` to the text at the end of `pieces`.
fn push_run(pieces: &mut Vec<Piece>, run: &str) {
    match pieces.last_mut() {
        _ if run.is_empty() => {}
        Some(Piece::Text(text)) => text.push_str(run),
        _ => pieces.push(Piece::Text(run.to_owned())),
    }
}

/// `p` from the brace that closes the message at its start (a
/// variant's), its own arguments and choices skipped whole.
fn skip(p: &str) -> &str {
    let mut depth = 0;
    for (i, b) in p.bytes().enumerate() {
        match b {
            OPEN => depth += 1,
            CLOSE if depth == 0 => return &p[i..],
            CLOSE => depth -= 1,
            _ => {}
        }
    }
    ""
}

/// A variant's key as an exact number (`0` in Fluent's `[0]`), if it is one.
fn number_key(key: &str) -> Option<u64> {
    if key.is_empty() {
        return None;
    }
    key.bytes().try_fold(0u64, |n, b| {
        b.is_ascii_digit()
            .then(|| n.wrapping_mul(10).wrapping_add(u64::from(b - b'0')))
    })
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
        numbers: super::number::ENGLISH,
        plurals: "",
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
