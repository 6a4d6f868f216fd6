//! `qe publish --out SITE [--app DIR] DATA…`: many stories, one app. Each
//! DATA (a JSON file or a spreadsheet folder) becomes `SITE/<slug>/` (the
//! slug from the file or folder name, or given: `SLUG=PATH`): its `index.html` with the story's
//! data block, first view, title and share meta, its boot script and share
//! image ([`story::write`]). The app's own files (the wasm, its glue, the
//! stylesheet, `init.js`) are copied once into `SITE/` from the built app
//! (`DIR`, default `dist`), and every story's page loads them from there, so
//! a reader who opens several stories downloads the app once. No Rust is
//! compiled: the app was built once (`scripts/dev.sh build`), and this runs
//! in the app's `qe-prerender`, whose components render each first view.
//!
//! With `QUOTE_EXPLORER_PUBLIC_URL` (the site's address) each story's share
//! meta and embed code name `<address><slug>/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use crate::story::{self, Render, Story, Template};

const USAGE: &str = "usage: qe publish --out SITE [--app DIR] DATA…
  writes SITE/<slug>/index.html for each DATA (a JSON file or a spreadsheet folder; the slug is
  its name, or SLUG=PATH names it) and the shared app's files once into SITE/, from the built app in DIR (default dist;
  build it with scripts/dev.sh build)";

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
pub struct Request {
    pub out: PathBuf,
    pub app: PathBuf,
    pub data: Vec<String>,
}

/// Reads `--out SITE [--app DIR] DATA…`.
pub fn parse(args: &[String]) -> Result<Request, String> {
    let mut out = None;
    let mut app = PathBuf::from("dist");
    let mut data = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--app" => app = args.next().map(PathBuf::from).ok_or(USAGE)?,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            path => data.push(path.to_owned()),
        }
    }
    let out = out.ok_or(USAGE)?;
    if data.is_empty() {
        return Err(USAGE.into());
    }
    Ok(Request { out, app, data })
}

/// A story's folder name: the data file's stem or the folder's name,
/// folded as search folds it (lower case, no accents), each run of other
/// characters than a–z and 0–9 one `-`.
pub fn slug(path: &str) -> String {
    let path = Path::new(path.trim_end_matches('/'));
    let name = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        path.file_stem()
    } else {
        path.file_name()
    };
    let name = name.map_or_else(String::new, |n| qe_core::text::fold(&n.to_string_lossy()));
    let mut slug = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// Each of `data` as (slug, path): `SLUG=PATH` as given, else the path's
/// [`slug`]; or the message naming the paths that share one or have none.
pub fn slugs(data: &[String]) -> Result<Vec<(String, String)>, String> {
    let named = |d: &String| {
        let (name, path) = d.split_once('=')?;
        (!name.is_empty() && name == slug(name)).then(|| (name.to_owned(), path.to_owned()))
    };
    let stories: Vec<(String, String)> = data
        .iter()
        .map(|d| named(d).unwrap_or_else(|| (slug(d), d.clone())))
        .collect();
    for (i, (s, path)) in stories.iter().enumerate() {
        if s.is_empty() {
            return Err(format!("{path}: cannot make a folder name from it (use letters or digits, or name it: SLUG={path})"));
        }
        if let Some((_, other)) = stories[..i].iter().find(|(t, _)| t == s) {
            return Err(format!(
                "{other} and {path} would both be published as {s}/: name one (SLUG=PATH)"
            ));
        }
    }
    Ok(stories)
}

/// The command: `args` after `publish`, each first view by `render`.
pub fn run(args: &[String], render: Render) -> ExitCode {
    match publish(args, render) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn publish(args: &[String], render: Render) -> Result<String, String> {
    let started = Instant::now();
    let request = parse(args)?;
    let stories = slugs(&request.data)?;
    let public = crate::public_url()?;
    let (template, files) = shared_app(&request.app, &request.out)?;
    let below = template.one_folder_down(&files);
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(stories.len());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some((slug, path)) = stories.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let url = public
                        .as_deref()
                        .map(|site| format!("{}{slug}/", with_slash(site)));
                    let written = one(
                        &below,
                        path,
                        url.as_deref(),
                        &request.out.join(slug),
                        render,
                    );
                    if let Err(message) = written {
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(message);
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort();
    let seconds = started.elapsed().as_secs_f64();
    if !failures.is_empty() {
        return Err(format!(
            "{}\n\n{} of {} stories not published; fix them and run this again.",
            failures.join("\n"),
            failures.len(),
            stories.len()
        ));
    }
    let site = request.out.display();
    let shown: Vec<String> = stories
        .iter()
        .take(3)
        .map(|(s, _)| format!("{site}/{s}/"))
        .collect();
    let more = if stories.len() > 3 {
        format!(" and {} more", stories.len() - 3)
    } else {
        String::new()
    };
    Ok(format!(
        "published {} stories in {seconds:.1} s: {}{more}, each loading the app's {} files from {site}/{}",
        stories.len(),
        shown.join(", "),
        files.len(),
        if public.is_none() { format!("\n(no {} set: share meta and embed code use the address each page is served at)", crate::PUBLIC_URL_VARIABLE) } else { String::new() }
    ))
}

fn with_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}

/// The built app's page and its files, copied into `out`.
fn shared_app(app: &Path, out: &Path) -> Result<(Template, Vec<String>), String> {
    let read = |name: &str| {
        let path = app.join(name);
        std::fs::read_to_string(&path).map_err(|err| format!("cannot read {}: {err}: build the shared app first (scripts/dev.sh build), or name its folder with --app", path.display()))
    };
    let template = Template {
        html: read(story::TEMPLATE_FILE)?,
    };
    let files = template.app_files(&read("init.js")?);
    std::fs::create_dir_all(out).map_err(|err| format!("cannot make {}: {err}", out.display()))?;
    for name in &files {
        let (from, to) = (app.join(name), out.join(name));
        std::fs::copy(&from, &to)
            .map_err(|err| format!("cannot copy {} to {}: {err}", from.display(), to.display()))?;
    }
    Ok((template, files))
}

/// Checks and writes one story into `dir`; the message names its file.
fn one(
    template: &Template,
    shown: &str,
    url: Option<&str>,
    dir: &Path,
    render: Render,
) -> Result<(), String> {
    let path = Path::new(shown);
    let data = crate::load_file(path, shown).map_err(|d| d.to_string())?;
    std::fs::create_dir_all(dir).map_err(|err| format!("cannot make {}: {err}", dir.display()))?;
    let story = Story {
        data: &data,
        data_path: path,
        shown,
        url,
        share_image: true,
    };
    story::write(template, &story, dir, render).map_err(|message| format!("{shown}: {message}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_is_named_after_its_file_or_folder() {
        assert_eq!(slug("data/article.json"), "article");
        assert_eq!(slug("stories/Iran Talks, 2013/"), "iran-talks-2013");
        assert_eq!(slug("x/Élysée.JSON"), "elysee");
        assert!(slugs(&["a/story.json".into(), "b/story/".into()])
            .unwrap_err()
            .contains("a/story.json and b/story/ would both be published as story/"));
        assert!(slugs(&["…/".into()]).is_err());
        let named = slugs(&[
            "twin=a/story.json".into(),
            "b/story/".into(),
            "x=y=z.json".into(),
        ])
        .unwrap();
        assert_eq!(named[0], ("twin".into(), "a/story.json".into()));
        assert_eq!(named[1], ("story".into(), "b/story/".into()));
        assert_eq!(named[2], ("x".into(), "y=z.json".into()));
    }

    #[test]
    fn the_command_line_needs_a_site_and_a_story() {
        let args = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            parse(&args("--out site a.json b")).unwrap(),
            Request {
                out: "site".into(),
                app: "dist".into(),
                data: vec!["a.json".into(), "b".into()]
            }
        );
        assert!(parse(&args("a.json")).unwrap_err().starts_with("usage"));
        assert!(parse(&args("--out site")).unwrap_err().starts_with("usage"));
        assert!(parse(&args("--out site --fast a"))
            .unwrap_err()
            .contains("unknown option --fast"));
    }
}
