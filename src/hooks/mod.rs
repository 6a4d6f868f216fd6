//! Custom hooks: where the app meets the address bar, the scroll position
//! and the embedding page.

mod use_height_reporter;
mod use_history_sync;
mod use_reveal;

pub use use_height_reporter::use_height_reporter;
pub use use_history_sync::use_history_sync;
pub use use_reveal::{highlight_id, use_reveal};
