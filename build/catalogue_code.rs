//! The catalogue as Rust code that builds it (`src/blocklist/mod.rs` includes it), so a run
//! parses nothing: serde_json took 1.6 M instructions to read the catalogue, the code below
//! builds the same values in a few hundred thousand. Each type is taken apart field by field
//! with no `..`, so a field added to the catalogue's types fails the build here until it is
//! written out too.

use std::fmt::Write as _;

use super::catalogue::{
    Catalogue, Check, Code, Entry, FormField, ListStatus, Refusal, Removal, Source, Sublist,
};

/// Rust source of an expression that builds the value.
pub trait ToCode {
    fn code(&self, out: &mut String);
}

impl ToCode for String {
    fn code(&self, out: &mut String) {
        // `s` is the generated file's one-line `String` maker: one call per string keeps the
        // function small.
        let _ = write!(out, "s({self:?})");
    }
}

impl ToCode for bool {
    fn code(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl ToCode for u32 {
    fn code(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl ToCode for usize {
    fn code(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl<A: ToCode, B: ToCode> ToCode for (A, B) {
    fn code(&self, out: &mut String) {
        out.push('(');
        self.0.code(out);
        out.push_str(", ");
        self.1.code(out);
        out.push(')');
    }
}

impl<T: ToCode> ToCode for Option<T> {
    fn code(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(x) => {
                out.push_str("Some(");
                x.code(out);
                out.push(')');
            }
        }
    }
}

impl<T: ToCode> ToCode for Vec<T> {
    fn code(&self, out: &mut String) {
        if self.is_empty() {
            out.push_str("Vec::new()");
            return;
        }
        out.push_str("vec![");
        for x in self {
            x.code(out);
            out.push_str(",\n");
        }
        out.push(']');
    }
}

/// Unit-only enums: their `Debug` is the variant's name.
macro_rules! unit_enum {
    ($($t:ident),*) => {$(
        impl ToCode for super::catalogue::$t {
            fn code(&self, out: &mut String) {
                let _ = write!(out, "{}::{self:?}", stringify!($t));
            }
        }
    )*};
}
unit_enum!(Kind, Listed, Cost, RemovalMethod, FieldValue, WhoMayAsk);

/// `Type { field: value, … }` from the fields given.
macro_rules! fields {
    ($out:ident, $name:literal, $($f:ident),*) => {{
        $out.push_str(concat!($name, " {\n"));
        $(
            $out.push_str(concat!(stringify!($f), ": "));
            $f.code($out);
            $out.push_str(",\n");
        )*
        $out.push('}');
    }};
}

impl ToCode for ListStatus {
    fn code(&self, out: &mut String) {
        match self {
            Self::Active => out.push_str("ListStatus::Active"),
            Self::Closed { since } => fields!(out, "ListStatus::Closed", since),
        }
    }
}

impl ToCode for Sublist {
    fn code(&self, out: &mut String) {
        let Self {
            id,
            name,
            note,
            means,
            causes,
            first_fix,
            unverified,
            listed,
            zones,
            markers,
            removal,
        } = self;
        fields!(
            out, "Sublist", id, name, note, means, causes, first_fix, unverified, listed, zones,
            markers, removal
        );
    }
}

impl ToCode for Source {
    fn code(&self, out: &mut String) {
        let Self {
            url,
            checked,
            official,
            copy_date,
            about,
        } = self;
        fields!(out, "Source", url, checked, official, copy_date, about);
    }
}

impl ToCode for FormField {
    fn code(&self, out: &mut String) {
        let Self {
            id,
            label,
            value,
            max_len,
            required,
            options,
            unverified,
            note,
            whole,
        } = self;
        fields!(
            out,
            "FormField",
            id,
            label,
            value,
            max_len,
            required,
            options,
            unverified,
            note,
            whole
        );
    }
}

impl ToCode for Refusal {
    fn code(&self, out: &mut String) {
        let Self {
            when,
            unless,
            advice,
        } = self;
        fields!(out, "Refusal", when, unless, advice);
    }
}

impl ToCode for Removal {
    fn code(&self, out: &mut String) {
        let Self {
            method,
            url,
            email,
            who,
            fields,
            expires_hours,
            turnaround_hours,
            email_confirmation,
            account_required,
            conditions,
            language,
            escalation_url,
            refusals,
            attach_bounce,
            note,
        } = self;
        fields!(
            out,
            "Removal",
            method,
            url,
            email,
            who,
            fields,
            expires_hours,
            turnaround_hours,
            email_confirmation,
            account_required,
            conditions,
            language,
            escalation_url,
            refusals,
            attach_bounce,
            note
        );
    }
}

impl ToCode for Code {
    fn code(&self, out: &mut String) {
        let Self { answers, sublist } = self;
        fields!(out, "Code", answers, sublist);
    }
}

impl ToCode for Check {
    fn code(&self, out: &mut String) {
        let Self {
            zones,
            ipv6,
            codes,
            refused,
            source,
        } = self;
        fields!(out, "Check", zones, ipv6, codes, refused, source);
    }
}

impl ToCode for Entry {
    fn code(&self, out: &mut String) {
        let Self {
            id,
            name,
            name_ja,
            operator,
            operator_ja,
            kind,
            status,
            listed,
            zones,
            markers,
            official_domains,
            lookup_url,
            lookup_url_ja,
            help_url,
            hosts,
            host_markers,
            consults,
            check,
            removal,
            sublists,
            cost,
            causes,
            first_fix,
            note,
            unverified,
            sources,
        } = self;
        fields!(
            out,
            "Entry",
            id,
            name,
            name_ja,
            operator,
            operator_ja,
            kind,
            status,
            listed,
            zones,
            markers,
            official_domains,
            lookup_url,
            lookup_url_ja,
            help_url,
            hosts,
            host_markers,
            consults,
            check,
            removal,
            sublists,
            cost,
            causes,
            first_fix,
            note,
            unverified,
            sources
        );
    }
}

/// The generated file: one function per entry (small functions compile fast), and
/// `catalogue()` that calls them in order.
pub fn catalogue_code(cat: &Catalogue) -> String {
    let Catalogue { entries } = cat;
    let mut out = String::from(
        "// Generated by build.rs (build/catalogue_code.rs) from assets/blocklists.toml.\n\
         #[inline(never)]\nfn s(x: &str) -> String {\n    x.to_owned()\n}\n",
    );
    for (i, e) in entries.iter().enumerate() {
        let _ = writeln!(out, "fn entry_{i}() -> Entry {{");
        e.code(&mut out);
        out.push_str("\n}\n");
    }
    out.push_str("/// The catalogue, built.\npub fn catalogue() -> Catalogue {\n    Catalogue {\n        entries: vec![\n");
    for i in 0..entries.len() {
        let _ = writeln!(out, "            entry_{i}(),");
    }
    out.push_str("        ],\n    }\n}\n");
    out.push_str("/// Every zone of the entries and their sub-lists, lower-case.\npub const ZONES: &[&str] = &[\n");
    for e in entries {
        for z in e
            .zones
            .iter()
            .chain(e.sublists.iter().flat_map(|s| &s.zones))
        {
            let _ = writeln!(out, "    {:?},", z.to_ascii_lowercase());
        }
    }
    out.push_str("];\n");
    out.push_str(
        "/// Per entry, its official domains.\npub const OFFICIAL_DOMAINS: &[&[&str]] = &[\n",
    );
    for e in entries {
        let _ = writeln!(out, "    &{:?},", e.official_domains);
    }
    out.push_str("];\n");
    out
}
