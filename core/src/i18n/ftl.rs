//! Fluent catalogues compiled for a story (natively: when its page is
//! written, and for the tests). The built-in languages are
//! `locales/<lang>/*.ftl`, compiled into the build tools; a newsroom's
//! file overrides their messages or supplies a language of its own. Every
//! problem is named: a message the interface needs and the files lack, a
//! message no part of the interface uses, a variable the interface does
//! not give, a line Fluent cannot read.

use super::catalogue::{Catalogue, CLOSE, KEY_END, OPEN};
use super::{is_rtl, number, plural, COUNT, IDS, VARS};
use fluent_syntax::ast;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A catalogue file: where it comes from (for messages) and its text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

macro_rules! built_in {
    ($($lang:literal),*) => {
        &[$(($lang, &[
            Source { name: concat!("locales/", $lang, "/core.ftl"),
                     text: include_str!(concat!("../../../locales/", $lang, "/core.ftl")) },
            Source { name: concat!("locales/", $lang, "/shell.ftl"),
                     text: include_str!(concat!("../../../locales/", $lang, "/shell.ftl")) },
            Source { name: concat!("locales/", $lang, "/share.ftl"),
                     text: include_str!(concat!("../../../locales/", $lang, "/share.ftl")) },
            Source { name: concat!("locales/", $lang, "/page.ftl"),
                     text: include_str!(concat!("../../../locales/", $lang, "/page.ftl")) },
        ])),*]
    };
}

/// The languages the interface speaks without a newsroom's file.
pub const BUILT_IN: &[(&str, &[Source<'static>])] = built_in!("en", "es", "fr", "de", "ar");

/// The built-in catalogue files for `lang` (its primary subtag: `es-MX`
/// speaks `es`).
pub fn built_in(lang: &str) -> Option<&'static [Source<'static>]> {
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    BUILT_IN
        .iter()
        .find(|(tag, _)| tag.eq_ignore_ascii_case(primary))
        .map(|(_, sources)| *sources)
}

/// The built-in languages' tags, for messages: "en, es, fr, de, ar".
pub fn built_in_list() -> String {
    BUILT_IN
        .iter()
        .map(|(tag, _)| *tag)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A compiled catalogue and what was wrong but not fatal.
#[derive(Debug)]
pub struct Compiled {
    pub catalogue: Catalogue,
    /// Messages no part of the interface uses, and attributes (which it
    /// never reads): named, so a typo in a key is found.
    pub warnings: Vec<String>,
}

/// Whether `tag` is shaped as a BCP 47 language tag: a primary subtag of
/// 2–3 letters, then subtags of 1–8 letters or digits.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The catalogue for `lang`: its built-in files (if any) and then
/// `extra` (a newsroom's), whose messages replace the built-in ones.
/// Errors: a file Fluent cannot read, a message the interface needs that
/// no file has, a variable a message uses that the interface does not
/// give it.
pub fn catalogue(lang: &str, extra: &[Source]) -> Result<Compiled, Vec<String>> {
    let mut sources: Vec<Source> = built_in(lang).unwrap_or(&[]).to_vec();
    sources.extend_from_slice(extra);
    if sources.is_empty() {
        return Err(vec![format!(
            "the interface has no words in '{lang}': built in are {}; add a Fluent file with every message of locales/en/*.ftl (see docs/languages.md)",
            built_in_list()
        )]);
    }
    compile(lang, &sources)
}

/// Compiles `sources` in order (a later message or term replaces an
/// earlier one) into the catalogue for `lang`.
pub fn compile(lang: &str, sources: &[Source]) -> Result<Compiled, Vec<String>> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut messages: HashMap<&str, (&Source, &ast::Pattern<&str>)> = HashMap::new();
    let mut terms: HashMap<&str, &ast::Pattern<&str>> = HashMap::new();
    let resources: Vec<(&Source, ast::Resource<&str>)> = sources
        .iter()
        .map(|source| match fluent_syntax::parser::parse(source.text) {
            Ok(resource) => (source, resource),
            Err((resource, parse_errors)) => {
                for e in parse_errors {
                    errors.push(format!(
                        "{}:{}: Fluent cannot read this: {}",
                        source.name,
                        line_of(source.text, entry_start(source.text, &e)),
                        e.kind
                    ));
                }
                (source, resource)
            }
        })
        .collect();
    for (source, resource) in &resources {
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name;
                    if !IDS.contains(&id) {
                        warnings.push(format!(
                            "{}:{}: '{id}' is not a message the interface uses (unused; a typo?)",
                            source.name,
                            line_of_id(source.text, id)
                        ));
                    }
                    if !message.attributes.is_empty() {
                        warnings.push(format!(
                            "{}:{}: '{id}' has attributes, which the interface does not use",
                            source.name,
                            line_of_id(source.text, id)
                        ));
                    }
                    if let Some(value) = &message.value {
                        messages.insert(id, (source, value));
                    }
                }
                ast::Entry::Term(term) => {
                    terms.insert(term.id.name, &term.value);
                }
                _ => {}
            }
        }
    }
    let mut compiled = Vec::with_capacity(COUNT);
    for (i, id) in IDS.iter().enumerate() {
        let Some((source, value)) = messages.get(id) else {
            errors.push(format!(
                "'{id}' is missing: the interface needs it in '{lang}'"
            ));
            continue;
        };
        let lower = Lower {
            id,
            vars: VARS[i],
            terms: &terms,
            messages: &messages,
            depth: 0,
        };
        let mut message = String::new();
        match lower.pattern(value, &mut message) {
            Ok(()) => compiled.push(&*message.leak()),
            Err(e) => errors.push(format!(
                "{}:{}: '{id}': {e}",
                source.name,
                line_of_id(source.text, id)
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Compiled {
        catalogue: Catalogue::for_language(String::from(lang).leak(), compiled),
        warnings,
    })
}

impl Catalogue {
    /// A catalogue of `messages` (compiled, in [`super::Msg`] order) for
    /// `lang`, with its direction, numbers and plurals from the tables.
    pub fn for_language(lang: &'static str, messages: Vec<&'static str>) -> Catalogue {
        Catalogue {
            lang,
            rtl: is_rtl(lang),
            numbers: number::number_format(lang),
            plurals: plural::table(lang).leak(),
            messages,
        }
    }
}

/// Makes `lang`'s built-in catalogue this thread's (tests and tools that
/// speak a language), and returns it; `lang` must be built in.
pub fn speak(lang: &str) -> &'static Catalogue {
    let compiled = catalogue(lang, &[])
        .unwrap_or_else(|errors| panic!("locales/{lang}:\n{}", errors.join("\n")));
    let catalogue: &'static Catalogue = Box::leak(Box::new(compiled.catalogue));
    super::install(catalogue);
    catalogue
}

/// `f`'s result in `lang`, on a thread of its own with `lang`'s built-in
/// catalogue installed (a catalogue is per thread): for tests.
pub fn in_language<T: Send + 'static>(lang: &'static str, f: fn() -> T) -> T {
    std::thread::spawn(move || {
        speak(lang);
        f()
    })
    .join()
    .expect("the thread")
}

/// The English catalogue (the tests' and tools' default), compiled once.
pub fn english() -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    ENGLISH.get_or_init(|| match catalogue("en", &[]) {
        Ok(compiled) => compiled.catalogue,
        Err(errors) => panic!("locales/en is broken:\n{}", errors.join("\n")),
    })
}

/// Where the entry Fluent could not read starts (its error's position
/// can be past its end), at its first non-blank line.
fn entry_start(text: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    let start = e.slice.as_ref().map_or(e.pos.start, |slice| slice.start);
    let start = start.min(text.len());
    start + (text[start..].len() - text[start..].trim_start().len())
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

fn line_of_id(text: &str, id: &str) -> usize {
    text.lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |n| n + 1)
}

/// Compiles one message's Fluent pattern to the catalogue's string (see
/// [`super::catalogue`]).
#[derive(Clone, Copy)]
struct Lower<'a, 's> {
    id: &'a str,
    vars: &'static [&'static str],
    terms: &'a HashMap<&'s str, &'a ast::Pattern<&'s str>>,
    messages: &'a HashMap<&'s str, (&'a Source<'s>, &'a ast::Pattern<&'s str>)>,
    depth: usize,
}

impl Lower<'_, '_> {
    fn pattern(&self, pattern: &ast::Pattern<&str>, out: &mut String) -> Result<(), String> {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(out, value)?,
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, out)?
                }
            }
        }
        Ok(())
    }

    fn expression(
        &self,
        expression: &ast::Expression<&str>,
        out: &mut String,
    ) -> Result<(), String> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, out),
            ast::Expression::Select { selector, variants } => {
                let arg = self.selector(selector)?;
                out.push(char::from(OPEN));
                out.push(position(arg));
                for variant in variants {
                    out.push(char::from(OPEN));
                    if variant.default {
                        out.push('*');
                    }
                    match &variant.key {
                        ast::VariantKey::Identifier { name } => out.push_str(name),
                        ast::VariantKey::NumberLiteral { value } => {
                            let n: u64 = value
                                .parse()
                                .map_err(|_| format!("the key [{value}] is not a whole number"))?;
                            out.push_str(&n.to_string());
                        }
                    }
                    out.push(char::from(KEY_END));
                    self.pattern(&variant.value, out)?;
                    out.push(char::from(CLOSE));
                }
                out.push(char::from(CLOSE));
                Ok(())
            }
        }
    }

    fn selector(&self, selector: &ast::InlineExpression<&str>) -> Result<usize, String> {
        match selector {
            ast::InlineExpression::VariableReference { id } => self.variable(id.name),
            ast::InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                match arguments.positional.first() {
                    Some(ast::InlineExpression::VariableReference { id }) => self.variable(id.name),
                    _ => Err("NUMBER() takes a variable".into()),
                }
            }
            _ => Err("a choice must be made on a variable, such as { $count -> … }".into()),
        }
    }

    fn variable(&self, name: &str) -> Result<usize, String> {
        self.vars.iter().position(|v| *v == name).ok_or_else(|| {
            if self.vars.is_empty() {
                format!("${name} is not given: this message takes no variables")
            } else {
                format!(
                    "${name} is not given: this message takes {}",
                    self.vars
                        .iter()
                        .map(|v| format!("${v}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        })
    }

    fn inline(&self, inline: &ast::InlineExpression<&str>, out: &mut String) -> Result<(), String> {
        match inline {
            ast::InlineExpression::StringLiteral { value } => push_text(out, &unescape(value)),
            ast::InlineExpression::NumberLiteral { value } => push_text(out, value),
            ast::InlineExpression::VariableReference { id } => {
                self.argument(self.variable(id.name)?, out);
                Ok(())
            }
            ast::InlineExpression::FunctionReference { .. } => {
                self.argument(self.selector(inline)?, out);
                Ok(())
            }
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => {
                let term = self
                    .terms
                    .get(id.name)
                    .ok_or_else(|| format!("the term -{} is not defined", id.name))?;
                self.nested(term, out)
            }
            ast::InlineExpression::MessageReference {
                id,
                attribute: None,
            } => {
                let (_, message) = self
                    .messages
                    .get(id.name)
                    .ok_or_else(|| format!("the message {} is not defined", id.name))?;
                self.nested(message, out)
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, out),
            _ => Err("attributes and term arguments are not supported".into()),
        }
    }

    /// The argument at position `i`: `{i}`.
    fn argument(&self, i: usize, out: &mut String) {
        out.push(char::from(OPEN));
        out.push(position(i));
        out.push(char::from(CLOSE));
    }

    /// A term or message referenced from this one, inlined.
    fn nested(&self, pattern: &ast::Pattern<&str>, out: &mut String) -> Result<(), String> {
        if self.depth > 8 {
            return Err(format!("'{}' refers to itself", self.id));
        }
        let inner = Lower {
            depth: self.depth + 1,
            ..*self
        };
        inner.pattern(pattern, out)
    }
}

/// Appends text, which must not hold a brace (the compiled form's).
fn push_text(out: &mut String, text: &str) -> Result<(), String> {
    if text.bytes().any(|b| b == OPEN || b == CLOSE) {
        return Err("a brace in its words, which the interface cannot show (leave it out)".into());
    }
    out.push_str(text);
    Ok(())
}

/// An argument's position as the compiled form writes it: one digit.
fn position(i: usize) -> char {
    char::from_digit(i as u32, 10).expect("a message takes at most ten variables (core/build.rs)")
}

/// A Fluent string literal's escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(n @ ('u' | 'U')) => {
                let len = if n == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
