//! `qe preview DATA [--port N] [--app DIR]`: the editor's round trip in
//! seconds. Serves the story at `http://127.0.0.1:N/` with the built app
//! (`DIR`, default `dist`), checks the data again whenever any of its files
//! changes (polled ten times a second), and the open page redraws itself
//! (it asks five times a second whether the data changed, and reloads with its
//! filters kept in the address). A broken file shows its messages in the
//! page, the exact lines `qe check` prints, until it is fixed; never a stale
//! or a blank view. Plain HTTP on the loopback only; no dependency.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use crate::story::{self, Render, Story, Template};

const USAGE: &str = "usage: qe preview DATA [--port N] [--app DIR]
  serves DATA (a JSON file or a spreadsheet folder) at http://127.0.0.1:N/ (default 8080) with the
  app built in DIR (default dist), and redraws the open page whenever a file of DATA is saved";

/// The script the preview adds to the page: reloads when the data changes.
const LIVE_JS: &str = "(function(){var v=document.currentScript.dataset.version;setInterval(function(){fetch('/__qe/version',{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){if(t&&t!==v)location.reload()}).catch(function(){})},200)})();";

/// What the preview shows now.
struct Shown {
    version: u64,
    /// The page, or the messages of a broken file.
    page: Result<String, String>,
}

/// The command: `args` after `preview`, the first view by `render`.
pub fn run(args: &[String], render: Render) -> std::process::ExitCode {
    match serve(args, render) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn serve(args: &[String], render: Render) -> Result<(), String> {
    let (data, port, app) = parse(args)?;
    let template = Template {
        html: std::fs::read_to_string(app.join(story::TEMPLATE_FILE)).map_err(|err| {
            format!("cannot read {}: {err}: build the app first (scripts/dev.sh build), or name its folder with --app", app.join(story::TEMPLATE_FILE).display())
        })?,
    };
    let out = std::env::temp_dir().join(format!("qe-preview-{}", std::process::id()));
    std::fs::create_dir_all(&out).map_err(|err| format!("cannot make {}: {err}", out.display()))?;
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|err| {
        format!("cannot listen on 127.0.0.1:{port}: {err} (choose another with --port N)")
    })?;
    let shown = Arc::new(Mutex::new(build(&template, &data, &out, render, 0)));
    println!("previewing {data} at http://127.0.0.1:{port}/ — save any of its files and the page redraws; Ctrl+C stops");
    std::thread::scope(|scope| {
        scope.spawn(|| watch(&template, &data, &out, render, &shown));
        for stream in listener.incoming().flatten() {
            let _ = answer(stream, &app, &out, &shown);
        }
    });
    Ok(())
}

fn parse(args: &[String]) -> Result<(String, u16, PathBuf), String> {
    let (mut data, mut port, mut app) = (None, 8080, PathBuf::from("dist"));
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => port = args.next().and_then(|p| p.parse().ok()).ok_or(USAGE)?,
            "--app" => app = args.next().map(PathBuf::from).ok_or(USAGE)?,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            path if data.is_none() => data = Some(path.to_owned()),
            _ => return Err(USAGE.into()),
        }
    }
    Ok((data.ok_or(USAGE)?, port, app))
}

/// A fingerprint of `data`'s files: their names, sizes and times. A
/// folder's files include its `messages.ftl`; a JSON file's, the newsroom's
/// catalogue beside it (`story.ftl`), present or not.
fn fingerprint(data: &str) -> u64 {
    let path = Path::new(data);
    let mut files: Vec<PathBuf> = if path.is_dir() {
        std::fs::read_dir(path)
            .map_or_else(|_| Vec::new(), |d| d.flatten().map(|e| e.path()).collect())
    } else {
        vec![path.to_path_buf(), crate::l10n::messages_path(path)]
    };
    files.sort();
    files.iter().fold(0xcbf2_9ce4_8422_2325, |hash: u64, file| {
        let meta = std::fs::metadata(file).ok();
        let stamp = meta
            .as_ref()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok());
        let text = format!("{}|{:?}|{:?}", file.display(), meta.map(|m| m.len()), stamp);
        text.bytes().fold(hash, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    })
}

/// The story as it is now: its page written into `out`, or its messages.
fn build(template: &Template, data: &str, out: &Path, render: Render, version: u64) -> Shown {
    let page = match crate::check_path(Path::new(data), data) {
        Err(diagnostics) => Err(crate::check_report(data, &diagnostics)),
        Ok(checked) => {
            let story = Story {
                data: &checked.data,
                data_path: Path::new(data),
                shown: data,
                url: None,
                share_image: false,
            };
            story::write(template, &story, out, render).and_then(|()| {
                std::fs::read_to_string(out.join("index.html")).map_err(|e| e.to_string())
            })
        }
    };
    let live = format!("<script src=\"/__qe/live.js\" data-version=\"{version}\"></script>");
    let page = match page {
        Ok(html) => Ok(html.replacen("</head>", &format!("{live}</head>"), 1)),
        Err(messages) => Err(format!(
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Broken data · Quote Explorer preview</title>{live}<body style=\"font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem\"><h1>{} cannot be shown</h1><p>What <code>qe check</code> says; this page redraws when the file is saved again.</p><pre role=\"alert\" style=\"white-space:pre-wrap;background:#fff4f2;color:#5c1209;padding:1rem;border-left:4px solid #b42318\">{}</pre></body></html>",
            qe_core::html::escape(data),
            qe_core::html::escape(&messages)
        )),
    };
    Shown { version, page }
}

/// Checks again whenever a file of `data` changes.
fn watch(template: &Template, data: &str, out: &Path, render: Render, shown: &Mutex<Shown>) {
    let mut seen = fingerprint(data);
    loop {
        std::thread::sleep(Duration::from_millis(100));
        let now = fingerprint(data);
        if now != seen {
            seen = now;
            let version = shown.lock().map_or(0, |s| s.version) + 1;
            let next = build(template, data, out, render, version);
            match &next.page {
                Ok(_) => println!("{data}: saved, checked, redrawn"),
                Err(_) => println!("{data}: saved; it breaks a rule, shown in the page"),
            }
            if let Ok(mut current) = shown.lock() {
                *current = next;
            }
        }
    }
}

/// Answers one request: the page (or the messages), the version, the live
/// script, the story's own files, or the app's.
fn answer(stream: TcpStream, app: &Path, out: &Path, shown: &Mutex<Shown>) -> std::io::Result<()> {
    let mut line = String::new();
    let mut reader = BufReader::new(&stream);
    reader.read_line(&mut line)?;
    // The headers, read so that closing the connection does not reset it.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let (status, kind, body): (&str, &str, Vec<u8>) = match path {
        "/" | "/index.html" => {
            let shown = shown
                .lock()
                .map_err(|_| std::io::Error::other("poisoned"))?;
            match &shown.page {
                Ok(html) => (
                    "200 OK",
                    "text/html; charset=utf-8",
                    html.clone().into_bytes(),
                ),
                Err(html) => (
                    "200 OK",
                    "text/html; charset=utf-8",
                    html.clone().into_bytes(),
                ),
            }
        }
        "/__qe/version" => {
            let version = shown.lock().map_or(0, |s| s.version);
            ("200 OK", "text/plain", version.to_string().into_bytes())
        }
        "/__qe/live.js" => ("200 OK", "text/javascript", LIVE_JS.as_bytes().to_vec()),
        file => {
            let name = file.trim_start_matches('/');
            let safe = !name.is_empty() && !name.contains("..") && !name.contains('/');
            let found = [out, app]
                .iter()
                .find_map(|dir| safe.then(|| std::fs::read(dir.join(name)).ok()).flatten());
            match found {
                Some(bytes) => ("200 OK", content_type(name), bytes),
                None => ("404 Not Found", "text/plain", b"not found".to_vec()),
            }
        }
    };
    let mut stream = stream;
    write!(stream, "HTTP/1.1 {status}\r\ncontent-type: {kind}\r\ncontent-length: {}\r\ncache-control: no-store\r\nconnection: close\r\n\r\n", body.len())?;
    stream.write_all(&body)
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("png") => "image/png",
        Some("html") => "text/html; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_takes_one_story_a_port_and_the_app() {
        let args = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            parse(&args("story --port 9000")).unwrap(),
            ("story".into(), 9000, "dist".into())
        );
        assert_eq!(parse(&args("story")).unwrap().1, 8080);
        assert!(parse(&args("story --port x")).is_err());
        assert!(parse(&args("a b")).is_err());
    }

    #[test]
    fn a_saved_file_changes_the_fingerprint() {
        let dir = std::env::temp_dir().join(format!("qe-preview-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("topics.csv"), "id,label\n").unwrap();
        let shown = dir.to_string_lossy().into_owned();
        let before = fingerprint(&shown);
        std::fs::write(dir.join("topics.csv"), "id,label\nx,X\n").unwrap();
        assert_ne!(fingerprint(&shown), before);
    }

    #[test]
    fn a_saved_catalogue_beside_a_json_file_changes_the_fingerprint() {
        let dir = std::env::temp_dir().join(format!("qe-preview-ftl-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("story.json"), "{}").unwrap();
        let shown = dir.join("story.json").to_string_lossy().into_owned();
        let before = fingerprint(&shown);
        std::fs::write(
            dir.join("story.ftl"),
            "statements-count = { $count } quotes\n",
        )
        .unwrap();
        assert_ne!(fingerprint(&shown), before);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
