//! Scripts made small for the reader, with oxc (the parser and minifier
//! Trunk itself minifies with): comments and spaces out, local names
//! shortened, properties and exported names kept. The boot script
//! (`boot.js` with `url.js`, a classic script), the module that starts
//! the app (`init.js`) and wasm-bindgen's glue module (which Trunk
//! minifies without shortening its top-level names) go through it.

#[cfg(feature = "minify")]
use oxc_allocator::Allocator;
#[cfg(feature = "minify")]
use oxc_codegen::{Codegen, CodegenOptions};
#[cfg(feature = "minify")]
use oxc_minifier::{MangleOptions, Minifier, MinifierOptions};
#[cfg(feature = "minify")]
use oxc_parser::Parser;
#[cfg(feature = "minify")]
use oxc_span::SourceType;

/// How a script is loaded: its names at the top level are the page's
/// (a classic script) or its own (a module).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Classic,
    Module,
}

/// `source` minified; `Err` names what oxc cannot read.
#[cfg(feature = "minify")]
pub fn minify(source: &str, kind: Kind) -> Result<String, String> {
    let allocator = Allocator::default();
    let source_type = match kind {
        Kind::Classic => SourceType::cjs(),
        Kind::Module => SourceType::mjs(),
    };
    let parsed = Parser::new(&allocator, source, source_type).parse();
    if let Some(error) = parsed.errors.first() {
        return Err(format!("not JavaScript oxc reads: {error}"));
    }
    let mut program = parsed.program;
    let options = MinifierOptions {
        mangle: Some(MangleOptions {
            // A module's top-level names are its own; a classic script's
            // are the page's, and stay.
            top_level: kind == Kind::Module,
            ..MangleOptions::default()
        }),
        ..MinifierOptions::default()
    };
    let minified = Minifier::new(options).minify(&allocator, &mut program);
    Ok(Codegen::new()
        .with_options(CodegenOptions::minify())
        .with_scoping(minified.scoping)
        .build(&program)
        .code)
}

/// `script`'s Subresource Integrity digest, as an `integrity` attribute
/// gives it: `sha384-…`.
#[cfg(feature = "minify")]
pub fn integrity(script: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha384::digest(script.as_bytes());
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Without the `minify` feature (the app's build script, which writes no
/// page): `source` without its comment lines, blank lines and indentation.
/// Safe for our scripts, which have no multi-line strings and no line
/// that starts with `//` inside code.
#[cfg(not(feature = "minify"))]
pub fn minify(source: &str, _kind: Kind) -> Result<String, String> {
    let mut out = String::with_capacity(source.len());
    for line in source.lines().map(str::trim) {
        if !line.is_empty() && !line.starts_with("//") {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(all(test, feature = "minify"))]
mod tests {
    use super::*;

    #[test]
    fn local_names_shrink_and_the_page_s_stay() {
        let classic = minify(
            "// a comment\nvar pageName = 1;\n(function () { var longLocalName = pageName + 1; window.out = longLocalName; })();\n",
            Kind::Classic,
        )
        .unwrap();
        assert!(classic.contains("pageName"), "{classic}");
        assert!(!classic.contains("longLocalName"), "{classic}");
        assert!(classic.contains("window.out"), "{classic}");
        assert!(!classic.contains("comment"), "{classic}");
    }

    #[test]
    fn a_module_keeps_its_exported_names() {
        let module = minify(
            "function internalHelper(x) { return x * 2; }\nexport function start(n) { return internalHelper(n); }\nexport default start;\n",
            Kind::Module,
        )
        .unwrap();
        assert!(module.contains("start"), "{module}");
        assert!(module.contains("default"), "{module}");
        assert!(!module.contains("internalHelper"), "{module}");
    }

    #[test]
    fn the_integrity_digest_is_sri_s() {
        // `printf 'alert(1)' | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity("alert(1)"),
            "sha384-HT2E9NfWiuQ/w1PRai+hTyqW16NIoCGA/m8VQDUopfAtcz6YQjtsMmQd5uRbVDpW"
        );
    }

    #[test]
    fn what_is_not_javascript_is_named() {
        assert!(minify("var = ;", Kind::Classic)
            .unwrap_err()
            .starts_with("not JavaScript"));
    }
}
