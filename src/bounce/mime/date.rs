//! A `Date:` header read into its parts, so the words for people can write it their way without
//! importing mail-parser themselves.

use mail_parser::DateTime;

/// An RFC 5322 date, as the sender's clock showed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MailDate {
    /// The year (`2025`).
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month.
    pub day: u8,
    /// The hour, 0 to 23.
    pub hour: u8,
    /// The minute.
    pub minute: u8,
    /// The day of the week, 0 for Sunday.
    pub weekday: u8,
    /// The offset from UTC in minutes (`540` for Japan).
    pub utc_offset_minutes: i32,
}

impl MailDate {
    /// Reads `Tue, 3 Jun 2025 10:08:09 +0900`; `None` for anything that is not a valid date.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        let d = DateTime::parse_rfc822(text.trim()).filter(DateTime::is_valid)?;
        let offset = i32::from(d.tz_hour) * 60 + i32::from(d.tz_minute);
        Some(Self {
            year: d.year,
            month: d.month,
            day: d.day,
            hour: d.hour,
            minute: d.minute,
            weekday: d.day_of_week() % 7,
            utc_offset_minutes: if d.tz_before_gmt { -offset } else { offset },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_with_their_zone() {
        let d = MailDate::parse("Sun, 8 Jun 2025 10:08:12 +0900").unwrap();
        assert_eq!(
            (d.year, d.month, d.day, d.hour, d.minute),
            (2025, 6, 8, 10, 8)
        );
        assert_eq!((d.weekday, d.utc_offset_minutes), (0, 540));
        let west = MailDate::parse("Mon, 9 Jun 2025 01:00:00 -0430").unwrap();
        assert_eq!((west.weekday, west.utc_offset_minutes), (1, -270));
        assert_eq!(MailDate::parse("2025年6月3日 14:12"), None);
    }
}
