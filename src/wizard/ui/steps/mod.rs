//! One drawing module per step, named like the step modules that handle their keys.

pub mod after;
pub mod copy;
pub mod form;
pub mod happened;
pub mod ip;
pub mod list;
pub mod paste;
