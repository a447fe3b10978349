//! Numbers as a reader sees them: rounded to what matters, grouped, with their unit.
//! Pure, so every rule here is pinned by a test.

use crate::model::Unit;

/// A no-break space, so a number never wraps away from its unit.
pub const NBSP: char = '\u{a0}';

/// The magnitude of `value` rounded to `decimals` places (at most 9), as whole and
/// fractional digits, with whether a minus sign is due (never for a value that rounds
/// to zero). Integer arithmetic: the wasm then carries none of `core`'s float
/// formatting (and its tables), and the prerendered page and the live one write
/// exactly the same digits. Ties round away from zero. `None` for NaN, infinities and
/// magnitudes of 10^19 and more, which the model never produces.
fn rounded(value: f64, decimals: usize) -> Option<(bool, u64, u64, usize)> {
    if !value.is_finite() {
        return None;
    }
    let decimals = decimals.min(9);
    let scale = 10_u64.pow(decimals as u32);
    let scaled = (value.abs() * scale as f64).round();
    if scaled >= 1.0e19 {
        // Too big for the scaled integer: keep the whole part only, when it fits.
        return if decimals > 0 { rounded(value, 0) } else { None };
    }
    let scaled = scaled as u64;
    Some((value < 0.0 && scaled != 0, scaled / scale, scaled % scale, decimals))
}

/// `value` rounded to `decimals` places as plain digits, for SVG coordinates and
/// the like: no grouping, an ASCII minus, trailing zeros kept ("12.50", "-3.0").
/// What [`decimal`] would refuse prints as "0", a harmless coordinate; the geometry
/// never produces it.
pub fn fixed(value: f64, decimals: usize) -> String {
    let Some((negative, whole, frac, width)) = rounded(value, decimals) else {
        return "0".to_owned();
    };
    let sign = if negative { "-" } else { "" };
    if width == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}")
    }
}

/// `value` rounded to `decimals` places without trailing zeros or grouping, as a
/// reader types a number: "32", "3.55", "0.000001".
pub fn plain(value: f64, decimals: usize) -> String {
    let text = fixed(value, decimals);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// How a locale writes a number: its decimal separator, the separator between groups
/// of three digits, and from which value it groups (Spanish leaves 1000 ungrouped).
/// Read from each locale's `number-*` messages (see `locales/en.ftl`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberStyle {
    /// The decimal separator.
    pub decimal: &'static str,
    /// The group separator.
    pub group: &'static str,
    /// The smallest whole part that is grouped.
    pub group_from: u64,
}

impl NumberStyle {
    /// English's: "1,234.5".
    pub fn english() -> Self {
        NumberStyle { decimal: ".", group: ",", group_from: 1000 }
    }

    /// The style of the locale in use (crate::locale), from its `number-*` messages
    /// (Spanish groups from 10000: "1000", "10.000"): no allocation, as it is read for every figure a slider move redraws.
    pub fn current() -> Self {
        use crate::locale::t;
        NumberStyle {
            decimal: t(id!("number-decimal")),
            group: t(id!("number-group")),
            group_from: t(id!("number-group-from")).trim().parse().unwrap_or(1000),
        }
    }
}

/// Rounds `value` to `decimals` places, drops trailing zeros, groups thousands and
/// writes negatives with a true minus sign, as the locale in use writes numbers
/// ("1,234.5" in English, "1.234,5" in Turkish). Never prints "-0".
pub fn decimal(value: f64, decimals: usize) -> String {
    decimal_in(&NumberStyle::current(), value, decimals)
}

/// `value`, rounded to `decimals` places, in the locale's message `id` (`number-eth`,
/// `number-percent`, `number-years`): the number is shown the locale's way and chosen
/// by (for plurals) as plain digits. Right to left, the whole is isolated, so a minus
/// sign, the digits and the unit keep their order inside the sentence: a first-strong
/// isolate, which runs "32 ETH" left to right and "3 سنوات" right to left.
fn in_message(id: &str, value: f64, decimals: usize) -> String {
    let shown = decimal(value, decimals);
    let digits = plain(value, decimals);
    let text = crate::locale::tf(id, &[("n", crate::i18n::Arg::Number(&shown, &digits))]);
    if crate::locale::rtl() {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text
    }
}

/// [`decimal`], in a locale's style.
pub fn decimal_in(style: &NumberStyle, value: f64, decimals: usize) -> String {
    let Some((negative, whole, frac, width)) = rounded(value, decimals) else {
        // The model never produces these; refuse to print them if it ever does.
        return "—".to_owned();
    };
    let int = whole.to_string();
    let mut text = String::with_capacity(int.len() + width + 8);
    if negative {
        text.push('\u{2212}');
    }
    let grouped = whole >= style.group_from;
    for (i, digit) in int.chars().enumerate() {
        if grouped && i > 0 && (int.len() - i) % 3 == 0 {
            text.push_str(style.group);
        }
        text.push(digit);
    }
    if frac != 0 {
        let digits = format!("{frac:0width$}");
        text.push_str(style.decimal);
        text.push_str(digits.trim_end_matches('0'));
    }
    text
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
        // Counted by multiplying rather than by log10, which would link libm's.
        let mut decimals = 3;
        let mut scaled = v * 10.0;
        while scaled < 1.0 && decimals < 6 {
            scaled *= 10.0;
            decimals += 1;
        }
        decimals
    }
}

/// An amount of ether: "1.12 ETH", "0.064 ETH", "100,000 ETH".
pub fn eth(value: f64) -> String {
    in_message(id!("number-eth"), value, decimals_for(value, f64::INFINITY))
}

/// A percentage: "7 %", "35.3 %", "0.05 %".
pub fn pct(value: f64) -> String {
    in_message(id!("number-percent"), value, decimals_for(value, 10.0))
}

/// A span of years: "1.43 years", "1 year".
pub fn years(value: f64) -> String {
    in_message(id!("number-years"), value, 2)
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
    fn turkish_and_arabic_write_numbers_their_own_way() {
        use crate::locale::set;
        set(Some(include_str!(concat!(env!("OUT_DIR"), "/tr.txt")))).expect("Turkish");
        assert_eq!(pct(7.000000000000001), "%7");
        assert_eq!(pct(35.326), "%35,3");
        assert_eq!(eth(1.12), "1,12\u{a0}ETH");
        assert_eq!(eth(-100_000.0), "\u{2212}100.000\u{a0}ETH");
        set(Some(include_str!(concat!(env!("OUT_DIR"), "/ar.txt")))).expect("Arabic");
        // Isolated inside right-to-left text, Western digits (see docs/glossary-ar.md).
        assert_eq!(pct(7.0), "\u{2068}7%\u{2069}");
        assert!(
            years(3.0).starts_with("\u{2068}3\u{a0}")
                && years(11.0).starts_with("\u{2068}11\u{a0}")
        );
        assert_ne!(
            years(3.0).replace('3', ""),
            years(11.0).replace("11", ""),
            "3 and 11 take other forms"
        );
        set(None).expect("English");
        assert_eq!(pct(7.0), "7\u{a0}%");
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
    fn fixed_and_plain_write_digits_without_float_formatting() {
        assert_eq!(fixed(12.5, 2), "12.50");
        assert_eq!(fixed(-3.04, 1), "-3.0");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(0.049, 2), "0.05");
        assert_eq!(fixed(172.25, 0), "172");
        assert_eq!(fixed(1.0e25, 1), "0");
        assert_eq!(plain(32.0, 6), "32");
        assert_eq!(plain(3.55, 6), "3.55");
        assert_eq!(plain(0.000001, 6), "0.000001");
        assert_eq!(plain(1.0 / 3.0, 6), "0.333333");
        assert_eq!(decimal(0.0012345, 6), "0.001235");
        assert_eq!(decimal(12_345.0, 0), "12,345");
    }

    #[test]
    fn fixed_agrees_with_rusts_own_formatting_away_from_ties() {
        for i in 0..20_000 {
            let v = (i as f64) * 0.731 - 3_000.0;
            for d in [0, 1, 2, 4] {
                let ours = fixed(v, d);
                let std = format!("{v:.d$}");
                let std = if std
                    .trim_start_matches('-')
                    .trim_matches(|c| c == '0' || c == '.')
                    .is_empty()
                {
                    std.trim_start_matches('-').to_owned()
                } else {
                    std
                };
                // A tie may round either way in binary; allow one unit in the last place.
                let diff = (ours.parse::<f64>().unwrap_or(f64::NAN)
                    - std.parse::<f64>().unwrap_or(0.0))
                .abs();
                assert!(diff <= 1.01 / 10f64.powi(d as i32), "{v} to {d}: {ours} vs {std}");
            }
        }
    }

    #[test]
    fn a_locales_style_sets_the_separators_and_where_grouping_starts() {
        let turkish = NumberStyle { decimal: ",", group: ".", group_from: 1000 };
        assert_eq!(decimal_in(&turkish, 1.12, 2), "1,12");
        assert_eq!(decimal_in(&turkish, 1234567.891, 2), "1.234.567,89");
        assert_eq!(decimal_in(&turkish, -9.5, 2), "\u{2212}9,5");
        let spanish = NumberStyle { decimal: ",", group: "\u{a0}", group_from: 10_000 };
        assert_eq!(decimal_in(&spanish, 1234.5, 2), "1234,5");
        assert_eq!(decimal_in(&spanish, 12345.0, 2), "12\u{a0}345");
        assert_eq!(decimal_in(&NumberStyle::english(), 1234.5, 2), decimal(1234.5, 2));
    }

    #[test]
    fn non_finite_never_prints() {
        assert_eq!(decimal(f64::NAN, 2), "—");
        assert_eq!(decimal(f64::INFINITY, 2), "—");
    }
}
