//! Campaigns without a name: the period their dates fall in. Guidance networks work by
//! school year (1 September to 31 August), others by calendar year.

use chrono::{Datelike, NaiveDate};

/// How loose assessments (no `campaign` named) are grouped into campaigns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    /// 1 January to 31 December: campaign `2025` (the default, as before campaigns had names).
    #[default]
    Calendar,
    /// 1 September to 31 August: campaign `2025-2026`.
    School,
}

impl Period {
    /// The campaign a date falls in: `2025` or `2025-2026`.
    pub fn label(self, date: NaiveDate) -> String {
        match self {
            Period::Calendar => date.year().to_string(),
            Period::School => {
                let start = if date.month() >= 9 {
                    date.year()
                } else {
                    date.year() - 1
                };
                format!("{start}-{}", start + 1)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn school_years_start_on_1_september() {
        assert_eq!(Period::School.label(d(2025, 12, 10)), "2025-2026");
        assert_eq!(Period::School.label(d(2026, 1, 20)), "2025-2026");
        assert_eq!(Period::School.label(d(2026, 8, 31)), "2025-2026");
        assert_eq!(Period::School.label(d(2026, 9, 1)), "2026-2027");
        assert_eq!(Period::Calendar.label(d(2026, 1, 20)), "2026");
    }
}
