//! `qe`: the editor's tool for a Quote Explorer article, without building
//! the app.
//!
//!   qe check PATH              check a JSON data file or a spreadsheet folder
//!   qe draft ARTICLE.txt DIR   write a starter folder from the article's text
//!   qe convert IN OUT          JSON file ⇄ folder, both ways, exactly
//!   qe card PATH OUT.png       the share card the build draws from the data
//!   qe publish --out SITE [--app DIR] DATA…
//!                              many stories into one site, sharing one built app
//!   qe preview DATA [--port N] the story, redrawn whenever a file of it is saved
//!
//! Run as `cargo run -q --release -p qe-data --bin qe -- check data/article.json`.

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage:
  qe check PATH              check a JSON data file or a spreadsheet folder (exit 1 on a broken rule)
  qe draft ARTICLE.txt DIR   write a starter folder: article.txt, statements.csv with every quoted
                             passage and its speaker, speakers.csv, empty topics.csv and sides.csv
  qe convert IN OUT          a JSON data file to a folder, or a folder to a JSON file
  qe card PATH OUT.png       draw the share card the build makes when the data names no share_image
  qe publish --out SITE [--app DIR] DATA…
                             write SITE/<slug>/ for each story (a JSON file or a folder), all sharing
                             the app built once into DIR (default dist, by scripts/dev.sh build)
  qe preview DATA [--port N] [--app DIR]
                             serve DATA at http://127.0.0.1:N/ (default 8080); the page redraws
                             whenever a file of DATA is saved, and shows what breaks a rule";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["check", path] => check(path),
        ["draft", article, dir] => draft(article, dir),
        ["convert", from, to] => convert(from, to),
        ["card", path, out] => card(path, out),
        ["publish" | "preview", ..] => return prerender(&args),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// Paths as the user typed them, resolved from the current folder.
fn check(shown: &str) -> Result<(), String> {
    let checked = qe_data::check_path(Path::new(shown), shown)
        .map_err(|d| qe_data::check_report(shown, &d))?;
    for warning in &checked.warnings {
        eprintln!("warning: {warning}");
    }
    let data = &checked.data;
    println!(
        "{shown}: ok — {} statements by {} speakers on {} sides, {} topics, {} paragraphs{}",
        data.statements.len(),
        data.speakers.len(),
        data.sides.len(),
        data.topics.len(),
        data.article.paragraphs.len(),
        if checked.warnings.is_empty() {
            String::new()
        } else {
            format!(" ({} warning(s) above)", checked.warnings.len())
        }
    );
    Ok(())
}

fn draft(article: &str, dir: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(article).map_err(|e| format!("{article}: {e}"))?;
    let dir_path = Path::new(dir);
    if dir_path.exists() && std::fs::read_dir(dir_path).map_or(true, |mut d| d.next().is_some()) {
        return Err(format!(
            "{dir}: exists and is not empty; choose a new folder"
        ));
    }
    std::fs::create_dir_all(dir_path).map_err(|e| format!("{dir}: {e}"))?;
    let draft = qe_data::draft::draft(&text);
    for (file, content) in draft.files() {
        std::fs::write(dir_path.join(file), content).map_err(|e| format!("{dir}/{file}: {e}"))?;
    }
    println!("{}", draft.summary(dir));
    Ok(())
}

fn convert(from: &str, to: &str) -> Result<(), String> {
    let data = qe_data::load_file(Path::new(from), from).map_err(|d| d.to_string())?;
    let out = Path::new(to);
    if Path::new(from).is_dir() {
        std::fs::write(out, qe_data::folder::to_json(&data)).map_err(|e| format!("{to}: {e}"))?;
    } else {
        qe_data::folder::write_folder(&data, out).map_err(|e| format!("{to}: {e}"))?;
    }
    // The promise is an exact round trip: read back what was written.
    let back = qe_data::load_file(out, to).map_err(|d| d.to_string())?;
    if back != data {
        return Err(format!(
            "{to}: reading the converted data back does not give the same article; please report this"
        ));
    }
    println!("{from} → {to}: {} statements", data.statements.len());
    Ok(())
}

#[cfg(feature = "card")]
fn card(from: &str, to: &str) -> Result<(), String> {
    let data = qe_data::load_file(Path::new(from), from).map_err(|d| d.to_string())?;
    // The card speaks the story's language, as the published page's does.
    qe_data::l10n::install(&data, Some(Path::new(from)), from).map_err(|d| d.to_string())?;
    let png = qe_data::card::png(&data)?;
    std::fs::write(to, &png).map_err(|e| format!("{to}: {e}"))?;
    println!(
        "{to}: the share card for {from}, {}×{}, {} bytes",
        qe_data::card::WIDTH,
        qe_data::card::HEIGHT,
        png.len()
    );
    Ok(())
}

#[cfg(not(feature = "card"))]
fn card(_: &str, _: &str) -> Result<(), String> {
    Err("qe card: built without the `card` feature".into())
}

/// The app's prerenderer, built with the shared app (`scripts/dev.sh
/// build`), or where `QE_PRERENDER` says.
const PRERENDER: &str = "target/prerender/prerender/qe-prerender";

/// `qe publish` and `qe preview`: run the app's `qe-prerender` with the
/// same arguments, which renders each first view with the app's own
/// components (this crate has none).
fn prerender(args: &[String]) -> ExitCode {
    let prerender = std::env::var("QE_PRERENDER").unwrap_or_else(|_| PRERENDER.into());
    if !Path::new(&prerender).is_file() {
        eprintln!("qe {}: {prerender} is not built: build the shared app first with scripts/dev.sh build (or set QE_PRERENDER to the app's qe-prerender)", args[0]);
        return ExitCode::FAILURE;
    }
    match std::process::Command::new(&prerender).args(args).status() {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("qe {}: cannot run {prerender}: {err}", args[0]);
            ExitCode::FAILURE
        }
    }
}
