//! The request writer: answers to a few questions become the list's form fields, each in
//! English with its Japanese translation, plus emails where a list takes requests by email.
