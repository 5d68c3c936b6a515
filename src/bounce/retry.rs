//! Whether the sending server is still retrying, and until when the text says it will.

use std::cell::OnceCell;

use super::Action;
use super::status::{ReplyCode, Status};

mod until;

/// Wording of a warning that the message is still queued.
const STILL_TRYING: [&str; 14] = [
    "this is a warning message only",
    "could not send message for past",
    "will keep trying",
    "still being retried",
    "will be retried",
    "will retry",
    "will continue to retry",
    "will continue trying",
    "delivery attempts will continue",
    "delivery delayed",
    "delayed mail",
    "notification (delay)",
    "has been delayed",
    "再送を続けます",
];

/// Wording of a server that has stopped.
const GAVE_UP: [&str; 8] = [
    "not going to try again",
    "giving up",
    "gave up",
    "too long",
    "permanent",
    "has expired",
    "could not be delivered for more than",
    "retry timeout exceeded",
];

/// What a bounce's text says about retrying, read once however many deliveries ask.
pub struct Said<'a> {
    lower: &'a str,
    still_trying: OnceCell<bool>,
    gave_up: OnceCell<bool>,
    until: OnceCell<Option<String>>,
}

impl<'a> Said<'a> {
    /// The words of `lower`, a lower-cased text.
    pub fn new(lower: &'a str) -> Self {
        Self {
            lower,
            still_trying: OnceCell::new(),
            gave_up: OnceCell::new(),
            until: OnceCell::new(),
        }
    }

    fn still_trying(&self) -> bool {
        *self
            .still_trying
            .get_or_init(|| STILL_TRYING.iter().any(|w| self.lower.contains(w)))
    }

    fn gave_up(&self) -> bool {
        *self
            .gave_up
            .get_or_init(|| GAVE_UP.iter().any(|w| self.lower.contains(w)))
    }
}

/// True while the sending server keeps trying: the DSN says `delayed`, or, without an
/// action, the text is a warning or the code is a 4xx one the server has not given up on.
pub fn temporary(
    action: Option<Action>,
    status: Option<&Status>,
    reply: Option<ReplyCode>,
    said: &Said<'_>,
) -> bool {
    match action {
        Some(Action::Delayed) => return true,
        Some(_) => return false,
        None => {}
    }
    if said.still_trying() {
        return true;
    }
    let four = status
        .filter(|s| !s.is_derived())
        .map(Status::class)
        .or(reply.map(ReplyCode::class))
        == Some(4);
    four && !said.gave_up()
}

/// Until when the text says the server keeps trying ("5 days", a date), as stated.
pub fn until(will_retry_until: Option<&str>, said: &Said<'_>) -> Option<String> {
    if let Some(v) = will_retry_until.map(str::trim).filter(|v| !v.is_empty()) {
        return Some(v.to_owned());
    }
    said.until.get_or_init(|| until::stated(said.lower)).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_limits_are_read() {
        assert_eq!(
            until(
                None,
                &Said::new("Will keep trying until\nmessage is 5 days old")
            )
            .as_deref(),
            Some("5 days")
        );
        assert_eq!(
            until(
                None,
                &Said::new("It will be retried until it is 5 day(s) old.")
            )
            .as_deref(),
            Some("5 days")
        );
        assert_eq!(
            until(Some("Sat, 11 May 2024"), &Said::new("")).as_deref(),
            Some("Sat, 11 May 2024")
        );
        assert_eq!(until(None, &Said::new("550 5.1.1 user unknown")), None);
    }

    #[test]
    fn warnings_and_4xx_are_temporary() {
        let s = Status::parse("4.7.1");
        assert!(temporary(
            None,
            s.as_ref(),
            None,
            &Said::new("450 4.7.1 refused")
        ));
        assert!(!temporary(
            None,
            s.as_ref(),
            None,
            &Said::new("i'm not going to try again")
        ));
        assert!(!temporary(
            Some(Action::Failed),
            s.as_ref(),
            None,
            &Said::new("")
        ));
        assert!(temporary(
            None,
            None,
            None,
            &Said::new("warning: could not send message for past 4 hours")
        ));
    }
}
