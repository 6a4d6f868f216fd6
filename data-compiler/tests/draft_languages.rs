//! The promise of `qe draft` in the other languages an article may be
//! written in: every quoted passage found in its language's marks (« »,
//! » «, „ “, ‚ ‘, 「 」, nested marks kept inside) with its exact words,
//! and credited by that language's speech verbs (dijo, a déclaré, sagte,
//! قال …) to the person the article names, the title in `role`; or, in a
//! language the draft has no verbs for, every quote found and the plain
//! word that the speakers are the editor's to fill in.
//!
//! Held on `fixtures/draft-es.txt` and `fixtures/draft-ar.txt`, invented
//! wire reports (invented countries and officials), and on short French,
//! German and Japanese cases.

use std::path::Path;

use qe_data::check_path;
use qe_data::draft::{draft, Draft};

/// Each quote's exact text and the name and role of its speaker.
fn credits(d: &Draft) -> Vec<(&str, Option<(&str, &str)>)> {
    d.quotes
        .iter()
        .map(|q| {
            let who = q.speaker.map(|s| &d.speakers[s]);
            (
                q.text.as_str(),
                who.map(|s| (s.name.as_str(), s.role.as_str())),
            )
        })
        .collect()
}

fn fixture(name: &str) -> Draft {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    draft(&std::fs::read_to_string(path).unwrap())
}

#[test]
fn every_quote_of_the_spanish_report_goes_to_its_speaker() {
    let d = fixture("draft-es.txt");
    let arveld = Some(("Tomás Arveld", "canciller keshario"));
    let venn = Some(("Rut Venn", "vicepresidenta valdoria"));
    assert_eq!(
        credits(&d),
        [
            // «…», dijo el canciller keshario Tomás Arveld
            ("No hay ningún acuerdo secreto, y nunca lo hubo", arveld),
            // «…», declaró el portavoz valdorio Pablo Halloran
            (
                "El informe es inventado de principio a fin",
                Some(("Pablo Halloran", "portavoz valdorio"))
            ),
            // La vicepresidenta valdoria, Rut Venn, que …, afirmó: «…»
            ("El río pertenece a nuestros dos pueblos", venn),
            // “…”, dijo Venn
            ("Nadie debe esperar un acuerdo antes del viernes", venn),
            // Según Inés Carro, portavoz de la delegación keshari, “…”
            (
                "la fuente del periódico nunca estuvo en la sala",
                Some(("Inés Carro", "portavoz de la delegación keshari"))
            ),
            // «…», afirmó Arveld.
            (
                "Cada mes que esperamos, los agricultores de río abajo pierden otra cosecha",
                arveld
            ),
            // «…», añadió. (Spanish drops the pronoun)
            ("No podemos esperar eternamente", arveld),
            // «…», dijo un diplomático: no one named
            ("Veremos qué trae la semana", None),
        ]
    );
    assert_eq!(
        d.headline,
        "Valdoria y Keshar reanudan el diálogo sobre el río Merel"
    );
    assert_eq!(d.cannot_credit, None);
}

#[test]
fn every_quote_of_the_arabic_report_goes_to_its_speaker() {
    let d = fixture("draft-ar.txt");
    let rashidi = Some(("كمال الراشدي", "وزير الخارجية الكيشاري"));
    let haddad = Some(("سامي حداد", "المتحدث باسم المجلس الوطني للمياه"));
    assert_eq!(
        credits(&d),
        [
            // «…»، قال وزير الخارجية الكيشاري كمال الراشدي للصحفيين
            ("لا يوجد اتفاق سري، ولم يكن هناك اتفاق قط", rashidi),
            // وقال المتحدث باسم المجلس الوطني للمياه سامي حداد في بيان إن «…»
            ("التقرير مختلق من أوله إلى آخره", haddad),
            // والتقى الراشدي …، وقال حداد: «…» (the subject after its verb)
            ("لم يُقطع أي وعد بشأن السد", haddad),
            // «…»، قال الراشدي.
            ("كل شهر ننتظره يخسر المزارعون موسما آخر", rashidi),
            // وأضاف: «…» (no subject: the last person named)
            ("لا يمكننا الانتظار إلى الأبد", rashidi),
            // بحسب الرئيسة الفالدورية ليلى مروان، «…»
            (
                "سنحكم على هذه المحادثات بما تنتجه",
                Some(("ليلى مروان", "الرئيسة الفالدورية"))
            ),
        ]
    );
    let ids: Vec<&str> = d.speakers.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["alrashdy", "hdad", "mrwan"]);
}

#[test]
fn the_spanish_and_arabic_drafts_check_with_every_quote_in_its_paragraph() {
    for name in ["draft-es.txt", "draft-ar.txt"] {
        let d = fixture(name);
        let dir = std::env::temp_dir().join(format!("qe-draft-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (file, text) in d.files() {
            std::fs::write(dir.join(file), text).unwrap();
        }
        let left = check_path(&dir, "f").unwrap_err().0;
        let _ = std::fs::remove_dir_all(&dir);
        let about_quotes: Vec<_> = left
            .iter()
            .filter(|m| {
                m.contains("column \"text\"")
                    || m.contains("\"paragraph\"")
                    || m.contains("unknown speaker")
                    || m.contains("not a valid id")
            })
            .collect();
        assert!(about_quotes.is_empty(), "{name}: {about_quotes:#?}");
    }
}

#[test]
fn french_guillemets_with_no_break_spaces_and_the_inversion_are_read() {
    let d = draft(
        "language: fr\n\nTitre\n\n\
         Le ministre keshari Tomas Arveld est arrivé mardi. \
         «\u{a0}Nous sommes prêts à signer\u{a0}», a-t-il déclaré. \
         «\u{202f}Rien n’est décidé, et l’on parle d’un ‹\u{a0}accord\u{a0}› bien vite\u{202f}», \
         a déclaré Ines Carro, porte-parole de la délégation.\n\n\
         Selon Arveld, « la rivière appartient à nos deux peuples ».",
    );
    let arveld = Some(("Tomas Arveld", "ministre keshari"));
    assert_eq!(
        credits(&d),
        [
            ("Nous sommes prêts à signer", arveld),
            (
                "Rien n’est décidé, et l’on parle d’un ‹\u{a0}accord\u{a0}› bien vite",
                Some(("Ines Carro", "porte-parole de la délégation"))
            ),
            ("la rivière appartient à nos deux peuples", arveld),
        ]
    );
}

#[test]
fn german_marks_both_ways_and_sagte_laut_and_so_are_read() {
    let d = draft(
        "language: de\n\nTitel\n\n\
         „Wir sind bereit, über ‚alles‘ zu reden“, sagte Außenminister Tomas Arveld. \
         »Nichts ist entschieden«, sagte er.\n\n\
         Laut Ines Carro, Sprecherin der Delegation, ist „die Quelle nie im Raum gewesen“.\n\n\
         „Wir warten nicht ewig“, so Arveld.",
    );
    let arveld = Some(("Tomas Arveld", "Außenminister"));
    assert_eq!(
        credits(&d),
        [
            ("Wir sind bereit, über ‚alles‘ zu reden", arveld),
            ("Nichts ist entschieden", arveld),
            (
                "die Quelle nie im Raum gewesen",
                Some(("Ines Carro", "Sprecherin der Delegation"))
            ),
            ("Wir warten nicht ewig", arveld),
        ]
    );
}

#[test]
fn corner_brackets_are_quotes_with_their_nested_marks_kept() {
    let d = draft(
        "language: ja\n\n見出し\n\n外相は「合意はない」と述べた。「『秘密』の合意など、ない」",
    );
    let texts: Vec<&str> = d.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["合意はない", "『秘密』の合意など、ない"]);
}

#[test]
fn english_straight_single_quotes_are_quotes_and_apostrophes_are_not() {
    let d = draft(
        "H\n\nForeign Minister Tomas Arveld's aides waited. \
         'We don't sign what we haven't read,' Arveld said.",
    );
    assert_eq!(
        credits(&d),
        [(
            "We don't sign what we haven't read",
            Some(("Tomas Arveld", "Foreign Minister"))
        )]
    );
}

#[test]
fn in_a_language_without_speech_verbs_every_quote_is_found_and_none_credited() {
    let d = draft(
        "language: fi\n\nOtsikko\n\n\
         ”Emme ole allekirjoittaneet mitään”, sanoi ulkoministeri Tomas Arveld.\n\n\
         »Neuvottelut jatkuvat», Arveld lisäsi. Hän puhui “avoimesta” prosessista.",
    );
    let say = "qe draft cannot credit speakers in Finnish: fill in the speaker column.";
    let rows: Vec<(&str, Option<usize>, Option<&str>)> = d
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.speaker, q.note.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Emme ole allekirjoittaneet mitään", None, Some(say)),
            ("Neuvottelut jatkuvat", None, Some(say)),
            ("avoimesta", None, Some(say)),
        ]
    );
    assert!(d.speakers.is_empty());
    assert_eq!(d.cannot_credit.as_deref(), Some(say));
    let summary = d.summary("data/uutinen");
    assert!(
        summary.starts_with(
            "data/uutinen: 3 quoted passages (0 with a speaker), 0 speakers, 2 paragraphs.\n"
        ),
        "{summary}"
    );
    assert!(summary.contains(say), "{summary}");
}

#[test]
fn the_starter_folder_keeps_the_articles_language() {
    let files = fixture("draft-es.txt").files();
    let (name, article) = &files[0];
    assert_eq!(*name, "article.txt");
    assert!(article.starts_with("language: es\n"), "{article}");
    let english = qe_data::draft::draft("A headline\n\nA paragraph.\n").files();
    assert!(english[0].1.starts_with("A headline"), "{}", english[0].1);
}

/// The Spanish and Arabic stories the end-to-end tests publish
/// (`tests/fixtures/{es,ar}-article`), whose statements an editor wrote by
/// hand: the draft of their article finds every quote the editor kept and
/// credits each to the same person, named as the editor named them.
#[test]
fn the_draft_of_each_published_fixture_credits_every_quote_as_its_editor_did() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    for story in ["es-article", "ar-article"] {
        let dir = root.join(story);
        let (data, _, problems) = qe_data::folder::read_folder(&dir, story);
        assert!(problems.is_empty(), "{story}: {problems:?}");
        let name_of = |id: &str| {
            data["speakers"]
                .as_array()
                .and_then(|all| all.iter().find(|s| s["id"] == id))
                .and_then(|s| s["name"].as_str())
                .unwrap_or_else(|| panic!("{story}: speaker {id}"))
                .to_owned()
        };
        let edited: Vec<(String, String)> = data["statements"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|s| s["kind"] == "quote")
            .map(|s| {
                let text = s["text"].as_str().unwrap_or_default().to_owned();
                (text, name_of(s["speaker"].as_str().unwrap_or_default()))
            })
            .collect();
        let d = draft(&std::fs::read_to_string(dir.join("article.txt")).unwrap());
        let drafted = credits(&d);
        for (text, speaker) in &edited {
            let found = drafted
                .iter()
                .find(|(quote, _)| quote.contains(text.as_str()) || text.contains(*quote));
            let (_, credit) = found.unwrap_or_else(|| panic!("{story}: “{text}” not found"));
            assert_eq!(
                credit.map(|(name, _)| name),
                Some(speaker.as_str()),
                "{story}: “{text}”"
            );
        }
        assert_eq!(edited.len(), 9, "{story}");
    }
}
