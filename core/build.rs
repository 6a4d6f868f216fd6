//! Generates the interface's list of messages from the English catalogue
//! (`locales/en/*.ftl`): the `Msg` enum, each message's id and variables,
//! and one function per message in `i18n::m`. English is the reference:
//! a message exists when English has it, and every other catalogue is
//! checked against this list when a page is written.

use fluent_syntax::ast;
use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/en");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    let mut messages: Vec<(String, Vec<String>, bool)> = Vec::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
            panic!("{}: Fluent cannot read it: {errors:?}", file.display())
        });
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_string();
                assert!(
                    !messages.iter().any(|(other, _, _)| *other == id),
                    "{}: '{id}' is defined twice in locales/en",
                    file.display()
                );
                let mut vars = Vec::new();
                if let Some(value) = &message.value {
                    pattern_vars(value, &mut vars);
                }
                vars.sort();
                vars.dedup();
                // The compiled form writes a variable's position as one digit.
                assert!(
                    vars.len() <= 10,
                    "{}: '{id}' takes more than ten variables",
                    file.display()
                );
                // `page.ftl`: words only a page's writing uses.
                let in_app = file.file_stem().is_none_or(|stem| stem != "page");
                messages.push((id, vars, in_app));
            }
        }
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out).join("messages.rs"), generate(&messages)).expect("messages.rs");
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => vars.push(id.name.to_string()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn camel(id: &str) -> String {
    id.split(['-', '_'])
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

fn snake(id: &str) -> String {
    id.replace('-', "_")
}

fn generate(messages: &[(String, Vec<String>, bool)]) -> String {
    let mut out = String::new();
    out.push_str("/// A message of the interface, numbered in `locales/en/*.ftl`'s order.\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum Msg {\n");
    for (id, _, _) in messages {
        let _ = writeln!(out, "    /// `{id}`\n    {},", camel(id));
    }
    out.push_str("}\n\n/// How many messages the interface has.\n");
    let _ = writeln!(out, "pub const COUNT: usize = {};\n", messages.len());
    out.push_str(
        "/// Each message's Fluent id, in [`Msg`] order.\npub const IDS: [&str; COUNT] = [\n",
    );
    for (id, _, _) in messages {
        let _ = writeln!(out, "    {id:?},");
    }
    out.push_str("];\n\n/// Each message's variables, in the order its function takes them.\n");
    out.push_str("pub const VARS: [&[&str]; COUNT] = [\n");
    for (_, vars, _) in messages {
        let _ = writeln!(out, "    &{vars:?},");
    }
    out.push_str("];\n\n/// Whether the reader's app shows each message (not one of\n");
    out.push_str("/// `page.ftl`'s, which only a page's writing uses): the data block\n");
    out.push_str("/// carries the words of these alone.\npub const IN_APP: [bool; COUNT] = [\n");
    for (_, _, in_app) in messages {
        let _ = writeln!(out, "    {in_app},");
    }
    out.push_str("];\n\n/// One function per message: its words in the installed catalogue.\n");
    out.push_str("pub mod m {\n    use super::{Arg, Msg};\n");
    for (id, vars, _) in messages {
        if vars.is_empty() {
            let _ = writeln!(
                out,
                "    /// `{id}`\n    #[inline]\n    pub fn {}() -> &'static str {{\n        super::text(Msg::{})\n    }}",
                snake(id),
                camel(id)
            );
        } else {
            let params: Vec<String> = vars
                .iter()
                .map(|v| format!("{}: impl Into<Arg<'a>>", snake(v)))
                .collect();
            let args: Vec<String> = vars
                .iter()
                .map(|v| format!("{}.into()", snake(v)))
                .collect();
            let _ = writeln!(
                out,
                "    /// `{id}`: {}\n    #[inline]\n    pub fn {}<'a>({}) -> String {{\n        super::format(Msg::{}, &[{}])\n    }}",
                vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", "),
                snake(id),
                params.join(", "),
                camel(id),
                args.join(", ")
            );
        }
    }
    out.push_str("}\n");
    out
}
