//! Numbers as a reader sees them: rounded to what matters, grouped, with their unit.
//! Pure, so every rule here is pinned by a test.

use crate::model::Unit;

/// A no-break space, so a number never wraps away from its unit.
pub const NBSP: char = '\u{a0}';

/// Rounds `value` to `decimals` places, drops trailing zeros, groups thousands with
/// commas and writes negatives with a true minus sign. Never prints "-0".
pub fn decimal(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        // The model never produces these; refuse to print them if it ever does.
        return "—".to_owned();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if let Some(frac) = frac {
        grouped.push('.');
        grouped.push_str(frac);
    }
    let is_zero = grouped.chars().all(|c| c == '0' || c == '.' || c == ',');
    if value < 0.0 && !is_zero {
        format!("\u{2212}{grouped}")
    } else {
        grouped
    }
}

/// How many decimals an amount or rate deserves: two, or enough for three
/// significant digits when it is small (0.064, not 0.06).
fn decimals_for(value: f64, large_from: f64) -> usize {
    let v = value.abs();
    if v >= large_from {
        1
    } else if v >= 0.1 || v == 0.0 {
        2
    } else {
        // 0.0123 → 4 decimals (3 significant digits), capped for the tiniest values.
        let magnitude = (-v.log10()).floor() as usize;
        (magnitude + 3).min(6)
    }
}

/// An amount of ether: "1.12 ETH", "0.064 ETH", "100,000 ETH".
pub fn eth(value: f64) -> String {
    format!("{}{NBSP}ETH", decimal(value, decimals_for(value, f64::INFINITY)))
}

/// A percentage: "7 %", "35.3 %", "0.05 %".
pub fn pct(value: f64) -> String {
    format!("{}{NBSP}%", decimal(value, decimals_for(value, 10.0)))
}

/// A span of years: "1.43 years", "1 year".
pub fn years(value: f64) -> String {
    let text = decimal(value, 2);
    let word = if text == "1" { "year" } else { "years" };
    format!("{text}{NBSP}{word}")
}

/// A value in its unit.
pub fn with_unit(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Eth => eth(value),
        Unit::Pct => pct(value),
        Unit::Years => years(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_articles_figures_read_as_in_the_article() {
        assert_eq!(eth(1.12), "1.12\u{a0}ETH");
        assert_eq!(eth(1.12 + 1.12), "2.24\u{a0}ETH");
        assert_eq!(eth(1.6), "1.6\u{a0}ETH");
        assert_eq!(pct(7.000000000000001), "7\u{a0}%");
        assert_eq!(pct(35.326), "35.3\u{a0}%");
        assert_eq!(years(1.4285714), "1.43\u{a0}years");
    }

    #[test]
    fn small_values_keep_three_significant_digits() {
        assert_eq!(eth(0.0639936), "0.064\u{a0}ETH");
        assert_eq!(eth(0.0012345), "0.00123\u{a0}ETH");
        assert_eq!(pct(0.05), "0.05\u{a0}%");
    }

    #[test]
    fn large_values_are_grouped() {
        assert_eq!(eth(100_000.0), "100,000\u{a0}ETH");
        assert_eq!(eth(1234567.891), "1,234,567.89\u{a0}ETH");
        assert_eq!(decimal(999.999, 2), "1,000");
    }

    #[test]
    fn negatives_use_a_minus_sign_and_zero_has_none() {
        assert_eq!(eth(-9.0), "\u{2212}9\u{a0}ETH");
        assert_eq!(decimal(-0.0001, 2), "0");
        assert_eq!(decimal(-0.0, 2), "0");
    }

    #[test]
    fn one_year_is_singular() {
        assert_eq!(years(1.0), "1\u{a0}year");
        assert_eq!(years(0.999), "1\u{a0}year");
        assert_eq!(years(2.0), "2\u{a0}years");
    }

    #[test]
    fn non_finite_never_prints() {
        assert_eq!(decimal(f64::NAN, 2), "—");
        assert_eq!(decimal(f64::INFINITY, 2), "—");
    }
}
