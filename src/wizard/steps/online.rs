//! 「今すぐオンラインで確認」 on steps 4 and 7: the key asks the app loop to run the online
//! check (an effect: nothing goes online otherwise), and the result comes back as a message.

use crate::online::{Report, Summary};
use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::state::{Tone, Wizard};

use super::ip;

/// The key: start a check of the chosen IP, unless one is running or there is no IP.
pub fn start(w: &mut Wizard) -> Option<Effect> {
    if w.online.asking {
        return None;
    }
    let Some(ip) = ip::chosen(w) else {
        w.notify(Tone::Warn, t!(w.lang, "wizard-online-no-ip"));
        return None;
    };
    // The list the bounce named first, then every DNS blocklist of the catalogue.
    let mut lists: Vec<String> = w
        .analysis()
        .and_then(crate::wizard::facts::Analysis::entry)
        .map(|e| vec![e.id.clone()])
        .unwrap_or_default();
    for e in crate::online::plan::default_lists(&crate::blocklist::CATALOGUE) {
        if !lists.contains(&e.id) {
            lists.push(e.id.clone());
        }
    }
    w.online.asking = true;
    w.notify(
        Tone::Info,
        t!(w.lang, "wizard-online-asking", ip = ip.to_string()),
    );
    Some(Effect::CheckOnline {
        ip,
        lists,
        dns: w.online.dns,
    })
}

/// The check ended.
pub fn checked(w: &mut Wizard, result: Result<Report, String>) {
    w.online.asking = false;
    let (tone, text) = match &result {
        Ok(r) if r.unreachable() => (Tone::Warn, t!(w.lang, "wizard-online-offline")),
        Ok(r) => match r.summary() {
            Summary::Clean => (Tone::Done, crate::online::words::summary(r, w.lang)),
            Summary::Listed | Summary::Unanswered => {
                (Tone::Warn, crate::online::words::summary(r, w.lang))
            }
        },
        Err(message) => (Tone::Warn, message.clone()),
    };
    w.notify(tone, text);
    w.online.last = Some(result);
}
