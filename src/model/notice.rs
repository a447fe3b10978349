//! What the model says when it had to change or refuse a reader's input. The words
//! themselves live in `crate::copy`; here are only the facts.

use super::{Field, Range};

/// One plain fact about input that was clamped, refused or ignored.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A number outside its range was replaced by the nearest end of the range.
    Clamped {
        /// The input concerned.
        field: Field,
        /// The value given.
        given: f64,
        /// The value used instead.
        used: f64,
        /// The range in force when it was set (for the slash year and allocations it
        /// depends on the rest of the scenario).
        range: Range,
    },
    /// Allocations that added up to more than 100 % were scaled down in proportion.
    AllocationsScaled {
        /// What they added up to, in %.
        given_total_pct: f64,
    },
    /// Text that is not a number; the input kept its value.
    NotANumber {
        /// The input concerned.
        field: Field,
        /// The text given.
        given: String,
    },
    /// More services than the model takes; only the first ones were kept.
    TooManyServices {
        /// How many were given.
        given: usize,
    },
    /// A list (of probabilities or names) whose length did not match the services.
    ListLength {
        /// The URL parameter's name.
        param: &'static str,
        /// How many values were given.
        given: usize,
        /// How many services there are.
        expected: usize,
    },
    /// A word the parameter does not know (for example `model=sometimes`).
    UnknownWord {
        /// The URL parameter's name.
        param: &'static str,
        /// The word given.
        given: String,
    },
}

impl Notice {
    /// The numeric input this notice is about, if it is about one.
    pub fn field(&self) -> Option<Field> {
        match self {
            Self::Clamped { field, .. } | Self::NotANumber { field, .. } => Some(*field),
            _ => None,
        }
    }

    /// Whether the notice concerns one service's row (stale once services move).
    pub fn is_about_a_service(&self) -> bool {
        matches!(self, Self::AllocationsScaled { .. })
            || matches!(
                self.field(),
                Some(Field::ServiceRate(_) | Field::ServiceProb(_) | Field::ServiceAlloc(_))
            )
    }
}
