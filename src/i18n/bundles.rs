//! The bundles a run formats with: one per Fluent file, built on first use of one of its ids,
//! holding that file and the files its entries refer to (`build/locales.rs` lists them). Parsing
//! every file of a language at start cost a plain `analyze` three quarters of its instructions;
//! most runs use a few small files. Each file is parsed once however many bundles hold it.

use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

use super::{LOCALE_COUNT, LOCALE_FILES, LOCALE_NEEDS, Lang};

type Bundle = FluentBundle<&'static FluentResource>;

static RESOURCES: [OnceLock<FluentResource>; LOCALE_COUNT] =
    [const { OnceLock::new() }; LOCALE_COUNT];
static BUNDLES: [OnceLock<Bundle>; LOCALE_COUNT] = [const { OnceLock::new() }; LOCALE_COUNT];

fn resource(i: usize) -> &'static FluentResource {
    RESOURCES[i].get_or_init(|| {
        // A broken file keeps what parsed; the locale tests report the errors.
        let source = LOCALE_FILES[i].2;
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r)
    })
}

fn bundle(i: usize) -> &'static Bundle {
    BUNDLES[i].get_or_init(|| {
        let langid: LanguageIdentifier = LOCALE_FILES[i].0.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        for &j in std::iter::once(&i).chain(LOCALE_NEEDS[i]) {
            // Duplicates are reported by the locale tests (`build_bundle`).
            let _ = bundle.add_resource(resource(j));
        }
        bundle
    })
}

/// The bundle that holds `id` in `lang`: its file's, found by the stem the id begins with.
pub fn holding(lang: Lang, id: &str) -> Option<&'static Bundle> {
    LOCALE_FILES
        .iter()
        .enumerate()
        .filter(|(_, (tag, stem, _))| {
            *tag == lang.tag()
                && id
                    .strip_prefix(stem)
                    .is_some_and(|rest| rest.starts_with('-'))
        })
        .map(|(i, _)| bundle(i))
        .find(|b| b.has_message(id))
}
