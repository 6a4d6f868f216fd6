//! The starter folder a draft is written as: `article.txt` and the tabs.

use super::Draft;
use crate::folder::{csv_text, TABS};

impl Draft {
    /// The starter folder's files: `article.txt`, the statements and
    /// speakers found, and empty topics and sides tabs with their headers.
    pub fn files(&self) -> Vec<(&'static str, String)> {
        let mut article = String::new();
        if let Some(language) = &self.language {
            article.push_str(&format!("language: {language}\n"));
        }
        if let Some(caption) = &self.photo_caption {
            article.push_str(&format!("photo_caption: {caption}\n\n"));
        }
        article.push_str(&self.headline);
        article.push('\n');
        for p in &self.paragraphs {
            article.push('\n');
            article.push_str(p);
            article.push('\n');
        }
        let mut files = vec![("article.txt", article)];
        for (file, _, columns) in TABS {
            let rows: Vec<Vec<String>> = match file {
                "speakers.csv" => self
                    .speakers
                    .iter()
                    .map(|s| {
                        let (side, narrator) = (String::new(), String::new());
                        vec![s.id.clone(), s.name.clone(), s.role.clone(), side, narrator]
                    })
                    .collect(),
                "statements.csv" => self
                    .quotes
                    .iter()
                    .map(|q| {
                        let speaker = q.speaker.map(|s| self.speakers[s].id.clone());
                        vec![
                            q.id.clone(),
                            speaker.unwrap_or_default(),
                            "quote".into(),
                            q.text.clone(),
                            (q.paragraph + 1).to_string(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            q.note.clone().unwrap_or_default(),
                        ]
                    })
                    .collect(),
                _ => Vec::new(),
            };
            files.push((file, csv_text(columns, &rows)));
        }
        files
    }
}
