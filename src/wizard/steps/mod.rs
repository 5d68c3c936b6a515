//! One module per step: what its keys do. Drawing lives in `ui`, next to it by name.

pub mod after;
pub mod copy;
pub mod form;
pub mod happened;
pub mod ip;
pub mod list;
pub mod paste;
pub mod questions;
