//! Numbers to and from exact text: URL values, typed entries and `data-value`.
//! Both directions must be exact (a value written to the URL reads back the same), so
//! in the browser they use the browser's own conversions (`Number.parseFloat`,
//! `Number.prototype.toString`), and natively Rust's. Either way the wasm carries no
//! float parser or shortest-digits printer of its own (about 25 KB of code and tables).

/// Whether `unsigned` (a number with its sign taken off) is a plain finite decimal:
/// digits with at most one point (at least one digit in all), and an optional exponent
/// (`1e3`, `2.5E-2`). The one syntax both conversions agree on: JavaScript would also
/// take hex, binary and an empty text as numbers, Rust would take "NaN".
fn is_decimal(unsigned: &str) -> bool {
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let mut digits = 0;
    let mut points = 0;
    for byte in mantissa.bytes() {
        match byte {
            b'0'..=b'9' => digits += 1,
            b'.' => points += 1,
            _ => return false,
        }
    }
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    });
    digits > 0 && points <= 1 && exponent_ok
}

/// Reads an optionally signed plain decimal number (see [`is_decimal`]), or `inf` /
/// `infinity` in any case; `None` for anything else. Infinities come back as such, for
/// the caller to clamp.
pub fn parse(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    if unsigned.eq_ignore_ascii_case("inf") || unsigned.eq_ignore_ascii_case("infinity") {
        return Some(if text.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if !is_decimal(unsigned) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    let value = js_sys::Number::parse_float(text);
    #[cfg(not(target_arch = "wasm32"))]
    let value = text.parse::<f64>().ok()?;
    Some(value).filter(|v| !v.is_nan())
}

/// Reads a number as a reader of a locale types it: its decimal separator (`decimal`,
/// and the dot as well, which calculators and phones offer everywhere), its group
/// separator (`group`: dropped, as are spaces), and Arabic-Indic or Persian digits and
/// the Arabic decimal and group marks. Where the locale's decimal separator is a comma,
/// a lone dot before exactly three digits groups thousands ("1.234" is 1234 in Turkish),
/// and any other dot is a decimal point ("3.5"). `None` for anything else; never NaN.
pub fn parse_typed(text: &str, decimal: &str, group: &str) -> Option<f64> {
    let mut plain = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '\u{660}'..='\u{669}' => plain.push((b'0' + (c as u32 - 0x660) as u8) as char),
            '\u{6f0}'..='\u{6f9}' => plain.push((b'0' + (c as u32 - 0x6f0) as u8) as char),
            '\u{66b}' => plain.push_str(decimal),
            '\u{66c}' | ' ' | '\u{a0}' | '\u{202f}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {}
            '\u{2212}' => plain.push('-'),
            c => plain.push(c),
        }
    }
    let comma_locale = decimal == ",";
    if comma_locale {
        // Groups first ("1.234,5"), then the comma becomes the point.
        let dots = plain.matches('.').count();
        let lone_group = dots == 1
            && !plain.contains(',')
            && plain
                .split('.')
                .nth(1)
                .is_some_and(|after| after.len() == 3 && after.bytes().all(|b| b.is_ascii_digit()));
        if plain.contains(',') || dots > 1 || lone_group {
            plain = plain.replace('.', "");
        }
        plain = plain.replace(',', ".");
    } else {
        if !group.is_empty() && group != "." {
            plain = plain.replace(group, "");
        }
        if decimal != "." {
            plain = plain.replace(decimal, ".");
        }
    }
    parse(&plain)
}

/// The shortest text that reads back as exactly `value` ("3.5", "0.1", "1e-7" in the
/// browser where Rust writes "0.0000001"; both read back the same).
pub fn shortest(value: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(value).to_string_with_radix(10).map(String::from).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_decimals() {
        assert_eq!(parse("32"), Some(32.0));
        assert_eq!(parse("3.5"), Some(3.5));
        assert_eq!(parse("-0.25"), Some(-0.25));
        assert_eq!(parse("+.5"), Some(0.5));
        assert_eq!(parse("5."), Some(5.0));
        assert_eq!(parse("1e3"), Some(1000.0));
        assert_eq!(parse("2.5E-2"), Some(0.025));
        assert_eq!(parse("Infinity"), Some(f64::INFINITY));
        assert_eq!(parse("-inf"), Some(f64::NEG_INFINITY));
    }

    #[test]
    fn refuses_everything_else() {
        for text in [
            "", " ", ".", "-", "e5", "1e", "1e+", "1.2.3", "0x10", "0b1", "NaN", "1,5", "12abc",
            "1 2", "١٢",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn reads_what_a_reader_of_each_locale_types() {
        // English.
        assert_eq!(parse_typed("1,234.5", ".", ","), Some(1234.5));
        assert_eq!(parse_typed(" 32 ", ".", ","), Some(32.0));
        // Turkish: a decimal comma, dots between thousands, a dot alone as a point.
        assert_eq!(parse_typed("3,5", ",", "."), Some(3.5));
        assert_eq!(parse_typed("1.234,5", ",", "."), Some(1234.5));
        assert_eq!(parse_typed("1.234", ",", "."), Some(1234.0));
        assert_eq!(parse_typed("3.5", ",", "."), Some(3.5));
        assert_eq!(parse_typed("%7", ",", "."), None);
        // Arabic-Indic and Persian digits, the Arabic decimal mark, a bidi mark.
        assert_eq!(parse_typed("٣٢", ".", ","), Some(32.0));
        assert_eq!(parse_typed("٣٫٥", ".", ","), Some(3.5));
        assert_eq!(parse_typed("\u{200e}۱۲٫۵", ".", ","), Some(12.5));
        assert_eq!(parse_typed("−2", ".", ","), Some(-2.0));
        for bad in ["", "abc", "1,2,3.4.5", "NaN", "١.٢.٣"] {
            assert_eq!(parse_typed(bad, ".", ","), None, "{bad:?}");
        }
    }

    #[test]
    fn shortest_reads_back_exactly() {
        for v in [0.1, 3.5, 32.0, 1.0 / 3.0, 99_999.99, 0.000_001, 1.0e-7, 35.31] {
            assert_eq!(parse(&shortest(v)), Some(v));
        }
    }
}
