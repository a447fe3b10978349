//! The words as data: each locale is a Fluent file, `locales/<lang>.ftl`, that a
//! translator edits without knowing Rust. English is the source; every other locale has
//! exactly its messages, with exactly its placeholders (see `check` and the test command).
//!
//! Fluent is parsed at build time only, natively, with the Project Fluent parser
//! (`fluent-syntax`). The widget itself reads a compact form of the same messages
//! ([`compile`] writes it, [`Table::decode`] reads it): measured on 2026-12-05, the parser
//! alone would add 18 KB gzip to the wasm, and `fluent-bundle` 69 KB, more than all the
//! words. The compact form keeps what our messages use: text, `{ $variables }`, and
//! selections on a variable (`{ $n -> [one] … *[other] … }`) by the locale's plural
//! category or by a word. Terms and message references are filled in at build time.
//! A line break inside a message is a space: the messages are prose, wrapped for reading.

use std::fmt::Write as _;

/// A supported locale: its code, its own name, and whether it is written right to left.
pub struct Locale {
    /// The BCP 47 code, as in `lang` attributes and the `lang` URL parameter.
    pub code: &'static str,
    /// The language's name in itself, for the language menu.
    pub name: &'static str,
    /// Whether the language runs right to left.
    pub rtl: bool,
}

/// Every locale, English (the source) first.
pub const LOCALES: [Locale; 7] = [
    Locale { code: "en", name: "English", rtl: false },
    Locale { code: "tr", name: "Türkçe", rtl: false },
    Locale { code: "ar", name: "العربية", rtl: true },
    Locale { code: "es", name: "Español", rtl: false },
    Locale { code: "pt-BR", name: "Português (Brasil)", rtl: false },
    Locale { code: "zh-CN", name: "简体中文", rtl: false },
    Locale { code: "vi", name: "Tiếng Việt", rtl: false },
];

/// The supported locale a `lang` value asks for, matched as BCP 47 prefers: the whole
/// tag, then its language alone (`tr-TR` → `tr`, `pt` and `pt-PT` → `pt-BR`, `zh-SG` →
/// `zh-CN`), in any case; `None` for anything else, which falls back to English with no
/// error. Traditional Chinese (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant…`) is not given the
/// simplified script. web/pending.js and web/embed.js match the same way.
pub fn supported(lang: &str) -> Option<&'static Locale> {
    let lang = lang.trim().to_ascii_lowercase();
    let exact = LOCALES.iter().find(|l| l.code.eq_ignore_ascii_case(&lang));
    exact.or_else(|| {
        let primary = lang.split(['-', '_']).next()?;
        let traditional =
            primary == "zh" && ["hant", "tw", "hk", "mo"].iter().any(|t| lang.contains(t));
        LOCALES.iter().find(|l| {
            !traditional
                && l.code.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(primary))
        })
    })
}

/// A piece of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    /// Words as they are.
    Text(String),
    /// A placeholder, `{ $name }`.
    Var(String),
    /// A choice by a variable: by its plural category (`one`, `few`, …), by its exact
    /// number (`[0]`), or by a word; `default` is the variant Fluent marks with `*`.
    Select {
        /// The variable chosen by.
        var: String,
        /// The keys and their patterns.
        variants: Vec<(String, Vec<Piece>)>,
        /// The index of the default variant.
        default: usize,
    },
}

/// A value given to a message.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    /// Words, shown as they are and chosen by as a word.
    Text(&'a str),
    /// A number: as shown (already formatted for the locale), and its locale-neutral
    /// digits (`"1.12"`), from which its plural category is read.
    Number(&'a str, &'a str),
}

/// One locale's messages by id, as read from its Fluent file (natively: the build step,
/// the checks and the tests).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default)]
pub struct Words {
    /// The locale's code.
    pub lang: String,
    /// The messages, sorted by id.
    messages: Vec<(String, Vec<Piece>)>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Words {
    /// The message `id`'s pattern.
    pub fn pattern(&self, id: &str) -> Option<&[Piece]> {
        let at = self.messages.binary_search_by(|(k, _)| k.as_str().cmp(id)).ok()?;
        Some(&self.messages[at].1)
    }

    /// Every message's id, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(id, _)| id.as_str())
    }
}

/// The order of the messages in the compact form: the loaders' own lines first (web/boot.js
/// and web/embed.js read them by their place: `loader-failed` on the second line,
/// `loader-loading` on the third), then every other id of `english` in order.
#[cfg(not(target_arch = "wasm32"))]
pub fn order(english: &Words) -> Vec<String> {
    let loaders = ["loader-failed", "loader-loading"];
    let rest = english.ids().filter(|id| !loaders.contains(id)).map(str::to_owned);
    loaders.iter().map(|id| (*id).to_owned()).chain(rest).collect()
}

/// The marker the code holds for the message at `index` in the compact form's order
/// (see `id!`, generated by build.rs): a control character and the index in two base-36
/// digits. A wasm holds the markers of the messages it asks for, and no id: so
/// scripts/locales.mjs finds, in a build's wasm, which messages to give it.
pub fn marker(index: usize) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let digit = |n: usize| char::from(DIGITS[n % 36]);
    format!("\u{1}{}{}", digit(index / 36), digit(index))
}

/// The index a marker (see [`marker`]) stands for.
pub fn index_of(marker: &str) -> Option<usize> {
    let digit = |b: u8| (b as char).to_digit(36).map(|d| d as usize);
    match marker.as_bytes() {
        [1, high, low] => Some(digit(*high)? * 36 + digit(*low)?),
        _ => None,
    }
}

/// One locale's messages as the widget reads them: by their place in the compact form's
/// order (see [`order`]), which the code asks for by marker.
#[derive(Debug, Default)]
pub struct Table {
    /// The locale's code.
    pub lang: String,
    /// The integrity hash of the locale's sources file (src/facts.rs), which the release
    /// build writes after the code on the first line; empty otherwise.
    sources: String,
    /// Where the rest of a page's words wait: `Some` (the integrity hash of
    /// `locales/rest.<lang>.txt`, empty in a debug build) when the words a page carries
    /// are only those its first screen asks for (see src/bin/prerender.rs); `None` when
    /// they are all here.
    rest: Option<String>,
    /// The messages in order; `None` where this locale's file (a build's cut of it) has
    /// none.
    messages: Vec<Option<Vec<Piece>>>,
}

impl Table {
    /// Reads the compact form [`compile`] writes: the locale's code on the first line
    /// (and, after a tab, the hash of its sources file, and after another, on a page that
    /// carries only its first screen's words, the hash of the file with the rest), then
    /// each message's pattern on a line of its own, in the order of the ids; an
    /// empty line where there is no message, and `\` alone for an empty one.
    pub fn decode(text: &str) -> Result<Table, String> {
        let mut lines = text.split('\n');
        let mut head = lines.next().unwrap_or_default().trim_end_matches('\r').split('\t');
        let lang = head.next().unwrap_or_default().trim().to_owned();
        let sources = head.next().unwrap_or_default().to_owned();
        let rest = head.next().map(str::to_owned);
        let mut messages = Vec::new();
        for (at, line) in lines.enumerate() {
            messages.push(match line {
                "" => None,
                "\\" => Some(Vec::new()),
                _ => {
                    let mut chars = line.chars().peekable();
                    let pieces = decode_pattern(&mut chars, false)?;
                    if chars.next().is_some() {
                        return Err(format!("line {}: unbalanced braces", at + 2));
                    }
                    Some(pieces)
                }
            });
        }
        Ok(Table { lang, sources, rest, messages })
    }

    /// The integrity hash of the locale's sources file, if the build wrote one.
    pub fn sources_hash(&self) -> &str {
        &self.sources
    }

    /// The integrity hash of the file with the rest of the words (empty: unchecked), when
    /// these are only a page's first screen's.
    pub fn rest_hash(&self) -> Option<&str> {
        self.rest.as_deref()
    }

    /// The pattern of the message at `index`.
    pub fn pattern(&self, index: usize) -> Option<&[Piece]> {
        self.messages.get(index)?.as_deref()
    }

    /// The message at `index` with `args` in its placeholders. A missing message shows as
    /// its place in brackets (the test command makes sure none is missing); a missing
    /// argument as its name.
    pub fn format(&self, index: usize, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        match self.pattern(index) {
            Some(pieces) => self.write(&mut out, pieces, args),
            None => {
                let _ = write!(out, "[#{index}]");
            }
        }
        out
    }

    fn write(&self, out: &mut String, pieces: &[Piece], args: &[(&str, Arg)]) {
        write(&self.lang, out, pieces, args);
    }
}

/// `pieces` of a message in locale `lang` with `args` in its placeholders, onto `out`.
fn write(lang: &str, out: &mut String, pieces: &[Piece], args: &[(&str, Arg)]) {
    let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Var(name) => match arg(name) {
                Some(Arg::Text(text) | Arg::Number(text, _)) => out.push_str(text),
                None => out.push_str(name),
            },
            Piece::Select { var, variants, default } => {
                let chosen = match arg(var) {
                    Some(Arg::Text(word)) => variants.iter().position(|(k, _)| k == word),
                    Some(Arg::Number(_, digits)) => {
                        let category = plural(lang, digits);
                        // An exact number first, as Fluent does, then the category.
                        variants
                            .iter()
                            .position(|(k, _)| same_number(k, digits))
                            .or_else(|| variants.iter().position(|(k, _)| k == category))
                    }
                    None => None,
                };
                let (_, pattern) = &variants[chosen.unwrap_or(*default).min(variants.len() - 1)];
                write(lang, out, pattern, args);
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Words {
    /// The message `id` with `args` in its placeholders (for the checks and tests; the
    /// widget asks a [`Table`]).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        match self.pattern(id) {
            Some(pieces) => write(&self.lang, &mut out, pieces, args),
            None => out.push_str(id),
        }
        out
    }
}

/// Whether a variant key names exactly the number `digits`.
fn same_number(key: &str, digits: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_digit())
        && crate::number_text::parse(key)
            .zip(crate::number_text::parse(digits))
            .is_some_and(|(a, b)| a == b)
}

fn decode_pattern(
    chars: &mut std::iter::Peekable<std::str::Chars>,
    nested: bool,
) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    while let Some(&c) = chars.peek() {
        if nested && (c == '|' || c == '}') {
            break;
        }
        chars.next();
        match c {
            '\\' => text.push(chars.next().ok_or("a lone backslash")?),
            '{' => {
                if !text.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                }
                if chars.next() != Some('$') {
                    return Err("a brace not followed by $".into());
                }
                let mut var = String::new();
                while let Some(&c) = chars.peek() {
                    if c == '}' || c == '?' {
                        break;
                    }
                    var.push(c);
                    chars.next();
                }
                match chars.next() {
                    Some('}') => pieces.push(Piece::Var(var)),
                    Some('?') => {
                        let mut variants = Vec::new();
                        let mut default = 0;
                        loop {
                            if chars.peek() == Some(&'*') {
                                chars.next();
                                default = variants.len();
                            }
                            let mut key = String::new();
                            for c in chars.by_ref() {
                                if c == '=' {
                                    break;
                                }
                                key.push(c);
                            }
                            let pattern = decode_pattern(chars, true)?;
                            variants.push((key, pattern));
                            match chars.next() {
                                Some('|') => continue,
                                Some('}') => break,
                                _ => return Err(format!("unclosed selection on {var}")),
                            }
                        }
                        if variants.is_empty() {
                            return Err(format!("a selection on {var} with no variant"));
                        }
                        pieces.push(Piece::Select { var, variants, default });
                    }
                    _ => return Err(format!("unclosed placeholder {var}")),
                }
            }
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

/// Writes `pieces` in the compact form [`Table::decode`] reads.
#[cfg(not(target_arch = "wasm32"))]
fn encode_pattern(out: &mut String, pieces: &[Piece]) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => {
                for c in text.chars() {
                    if matches!(c, '\\' | '{' | '}' | '|') {
                        out.push('\\');
                    }
                    out.push(c);
                }
            }
            Piece::Var(name) => {
                let _ = write!(out, "{{${name}}}");
            }
            Piece::Select { var, variants, default } => {
                let _ = write!(out, "{{${var}?");
                for (i, (key, pattern)) in variants.iter().enumerate() {
                    if i > 0 {
                        out.push('|');
                    }
                    if i == *default {
                        out.push('*');
                    }
                    out.push_str(key);
                    out.push('=');
                    encode_pattern(out, pattern);
                }
                out.push('}');
            }
        }
    }
}

/// The placeholders a pattern uses, including those it selects by.
pub fn placeholders(pieces: &[Piece], into: &mut std::collections::BTreeSet<String>) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Var(name) => {
                into.insert(name.clone());
            }
            Piece::Select { var, variants, .. } => {
                into.insert(var.clone());
                for (_, p) in variants {
                    placeholders(p, into);
                }
            }
        }
    }
}

/// The CLDR plural category of the number written `digits` (locale-neutral: `"1"`,
/// `"1.50"`, `"-3"`) in `lang`: `zero`, `one`, `two`, `few`, `many` or `other`. The
/// rules of our locales, written out (CLDR 48), and checked against ICU's.
pub fn plural(lang: &str, digits: &str) -> &'static str {
    let digits = digits.trim_start_matches(['-', '+']);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    // i: the integer digits' value; v: how many fraction digits are shown; n: the value.
    let i: u64 = int.parse().unwrap_or(0);
    let v = frac.len();
    let n_is = |k: u64| i == k && frac.bytes().all(|b| b == b'0');
    let integer = frac.bytes().all(|b| b == b'0');
    let one = match lang.split('-').next().unwrap_or(lang) {
        "en" => i == 1 && v == 0,
        "tr" | "es" => n_is(1),
        // Portuguese's one is any number whose integer part is 0 or 1 (0.5, 1.5).
        "pt" => i <= 1,
        "ar" => {
            let m = i % 100;
            return if n_is(0) {
                "zero"
            } else if n_is(1) {
                "one"
            } else if n_is(2) {
                "two"
            } else if integer && (3..=10).contains(&m) {
                "few"
            } else if integer && (11..=99).contains(&m) {
                "many"
            } else {
                "other"
            };
        }
        _ => false,
    };
    let many = matches!(lang.split('-').next(), Some("es" | "pt"))
        && v == 0
        && i != 0
        && i.is_multiple_of(1_000_000);
    if one {
        "one"
    } else if many {
        "many"
    } else {
        "other"
    }
}

/// Compiles a Fluent file to the compact form, its messages in the order of the ids
/// `order` (see [`order`]; a message the file lacks is an empty line, and one it has but
/// `order` does not name is left out: the test command checks that neither happens), or
/// says every problem in it: a syntax error, an attribute, a function, a reference to a
/// message or term that does not exist, a selection on anything but a variable.
#[cfg(not(target_arch = "wasm32"))]
pub fn compile(lang: &str, ftl: &str, order: &[impl AsRef<str>]) -> Result<String, Vec<String>> {
    let mut words = parse_ftl(lang, ftl)?;
    if supported(lang).is_some_and(|l| l.rtl) {
        for (_, pieces) in &mut words.messages {
            isolate_figures(pieces);
        }
    }
    let mut out = format!("{lang}\n");
    for id in order {
        match words.pattern(id.as_ref()) {
            Some([]) => out.push('\\'),
            Some(pieces) => encode_pattern(&mut out, pieces),
            None => {}
        }
        out.push('\n');
    }
    // No final line break: each line after the first is a message.
    out.pop();
    Ok(out)
}

/// In a right-to-left locale, each figure written into a message's text ("3.5%",
/// "32 ETH") is isolated, first-strong, as `crate::format` isolates the figures it fills
/// in: so "3.5%" reads as in the widget's numbers, not as "%3.5", whether a translator
/// wrote it or the calculator did.
#[cfg(not(target_arch = "wasm32"))]
fn isolate_figures(pieces: &mut [Piece]) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => *text = isolated(text),
            Piece::Select { variants, .. } => {
                for (_, pattern) in variants {
                    isolate_figures(pattern);
                }
            }
            Piece::Var(_) => {}
        }
    }
}

/// `text` with each number that has a unit after it ("%", "ETH") isolated.
#[cfg(not(target_arch = "wasm32"))]
fn isolated(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            && (i == 0
                || !(chars[i - 1].is_ascii_digit()
                    || "\u{2066}\u{2067}\u{2068}.,".contains(chars[i - 1])));
        if !starts {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len()
            && (chars[end].is_ascii_digit()
                || (matches!(chars[end], '.' | ',')
                    && chars.get(end + 1).is_some_and(char::is_ascii_digit)))
        {
            end += 1;
        }
        let rest: String = chars[end..].iter().take(4).collect();
        let unit = ["%", "\u{a0}%", " %", "\u{a0}ETH", " ETH"]
            .iter()
            .find(|u| rest.starts_with(**u))
            .map(|u| u.chars().count());
        match unit {
            Some(len) => {
                out.push('\u{2068}');
                out.extend(&chars[i..end + len]);
                out.push('\u{2069}');
                i = end + len;
            }
            None => {
                out.extend(&chars[i..end]);
                i = end;
            }
        }
    }
    out
}

/// Reads a Fluent file into its messages (see [`compile`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_ftl(lang: &str, ftl: &str) -> Result<Words, Vec<String>> {
    use fluent_syntax::ast;
    use std::collections::HashMap;
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    format!(
                        "{lang}.ftl: {:?} at {:?}",
                        e.kind,
                        e.slice.clone().unwrap_or(e.pos.clone())
                    )
                })
                .collect());
        }
    };
    let mut problems = Vec::new();
    let mut messages: HashMap<&str, &ast::Pattern<&str>> = HashMap::new();
    let mut terms: HashMap<&str, &ast::Pattern<&str>> = HashMap::new();
    let mut order = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                if !m.attributes.is_empty() {
                    problems.push(format!(
                        "{lang}.ftl: {}: attributes are not used here; make each its own message",
                        m.id.name
                    ));
                }
                match &m.value {
                    Some(value) => {
                        if messages.insert(m.id.name, value).is_some() {
                            problems.push(format!("{lang}.ftl: {} is defined twice", m.id.name));
                        }
                        order.push(m.id.name);
                    }
                    None => problems.push(format!("{lang}.ftl: {} has no value", m.id.name)),
                }
            }
            ast::Entry::Term(t) => {
                terms.insert(t.id.name, &t.value);
            }
            ast::Entry::Junk { content } => {
                problems.push(format!("{lang}.ftl: cannot read {content:?}"))
            }
            _ => {}
        }
    }
    struct Ctx<'a, 's> {
        lang: &'a str,
        messages: &'a HashMap<&'s str, &'a ast::Pattern<&'s str>>,
        terms: &'a HashMap<&'s str, &'a ast::Pattern<&'s str>>,
        problems: &'a mut Vec<String>,
    }
    fn pattern(cx: &mut Ctx, id: &str, p: &ast::Pattern<&str>, depth: usize, out: &mut Vec<Piece>) {
        if depth > 8 {
            cx.problems.push(format!("{}.ftl: {id}: references go round in a circle", cx.lang));
            return;
        }
        for element in &p.elements {
            match element {
                ast::PatternElement::TextElement { value } => text(out, &value.replace('\n', " ")),
                ast::PatternElement::Placeable { expression } => {
                    expr(cx, id, expression, depth, out)
                }
            }
        }
    }
    fn text(out: &mut Vec<Piece>, t: &str) {
        if let Some(Piece::Text(last)) = out.last_mut() {
            last.push_str(t);
        } else if !t.is_empty() {
            out.push(Piece::Text(t.to_owned()));
        }
    }
    fn expr(cx: &mut Ctx, id: &str, e: &ast::Expression<&str>, depth: usize, out: &mut Vec<Piece>) {
        match e {
            ast::Expression::Inline(inline) => inline_expr(cx, id, inline, depth, out),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id: var } = selector else {
                    cx.problems
                        .push(format!("{}.ftl: {id}: only a variable can be selected by", cx.lang));
                    return;
                };
                let mut vs = Vec::new();
                let mut default = 0;
                for (i, variant) in variants.iter().enumerate() {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    };
                    if variant.default {
                        default = i;
                    }
                    let mut pieces = Vec::new();
                    pattern(cx, id, &variant.value, depth, &mut pieces);
                    vs.push((key, pieces));
                }
                out.push(Piece::Select { var: var.name.to_owned(), variants: vs, default });
            }
        }
    }
    fn inline_expr(
        cx: &mut Ctx,
        id: &str,
        e: &ast::InlineExpression<&str>,
        depth: usize,
        out: &mut Vec<Piece>,
    ) {
        match e {
            ast::InlineExpression::StringLiteral { value } => {
                text(out, &fluent_syntax::unicode::unescape_unicode_to_string(value));
            }
            ast::InlineExpression::NumberLiteral { value } => text(out, value),
            ast::InlineExpression::VariableReference { id: var } => {
                out.push(Piece::Var(var.name.to_owned()))
            }
            ast::InlineExpression::MessageReference { id: r, attribute: None } => match cx
                .messages
                .get(r.name)
            {
                Some(p) => pattern(cx, id, p, depth + 1, out),
                None => cx.problems.push(format!("{}.ftl: {id}: no message {}", cx.lang, r.name)),
            },
            ast::InlineExpression::TermReference { id: r, attribute: None, arguments: None } => {
                match cx.terms.get(r.name) {
                    Some(p) => pattern(cx, id, p, depth + 1, out),
                    None => cx.problems.push(format!("{}.ftl: {id}: no term -{}", cx.lang, r.name)),
                }
            }
            ast::InlineExpression::Placeable { expression } => expr(cx, id, expression, depth, out),
            other => cx.problems.push(format!("{}.ftl: {id}: {other:?} is not used here", cx.lang)),
        }
    }
    let mut compiled = Vec::new();
    {
        let mut cx = Ctx { lang, messages: &messages, terms: &terms, problems: &mut problems };
        for id in &order {
            let mut pieces = Vec::new();
            pattern(&mut cx, id, messages[id], 0, &mut pieces);
            compiled.push(((*id).to_owned(), pieces));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    compiled.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Words { lang: lang.to_owned(), messages: compiled })
}

/// Compares a locale with English: every message English has, no other, each with
/// English's placeholders. Says every difference.
#[cfg(not(target_arch = "wasm32"))]
pub fn check(english: &Words, locale: &Words) -> Vec<String> {
    use std::collections::BTreeSet;
    let lang = &locale.lang;
    let mut problems = Vec::new();
    for id in english.ids() {
        let Some(theirs) = locale.pattern(id) else {
            problems.push(format!("{lang}: lacks {id}"));
            continue;
        };
        let (mut ours, mut their) = (BTreeSet::new(), BTreeSet::new());
        placeholders(english.pattern(id).unwrap_or_default(), &mut ours);
        placeholders(theirs, &mut their);
        for name in their.difference(&ours) {
            problems.push(format!("{lang}: {id} uses ${name}, which English does not have"));
        }
        for name in ours.difference(&their) {
            problems.push(format!("{lang}: {id} drops ${name}"));
        }
    }
    for id in locale.ids().filter(|id| english.pattern(id).is_none()) {
        problems.push(format!("{lang}: has {id}, which English does not"));
    }
    problems
}

// Natively: they read the Fluent files, which the wasm never does.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const EN: &str = "
-brand = Restaking, explained
title = { -brand }: one deposit, many jobs
# A comment for translators.
years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
braces = a {\"{\"}brace{\"}\"} and a | bar \\ slash
model = { $model ->
    [allocated] in slices
   *[independent] on its own
}
";

    /// `ftl` compiled in the order of its own ids and read back, with that order.
    struct Compiled(Table, Vec<String>);

    impl Compiled {
        fn of(lang: &str, ftl: &str) -> Compiled {
            let ids = order(&parse_ftl(lang, ftl).expect("as written"));
            let table =
                Table::decode(&compile(lang, ftl, &ids).expect("as written")).expect("as compiled");
            Compiled(table, ids)
        }

        /// The message `id` with `args`, asked for by its place, as the widget asks.
        fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
            self.0.format(self.1.iter().position(|i| i == id).unwrap_or(usize::MAX), args)
        }
    }

    #[test]
    fn compiles_terms_selections_and_escapes_and_reads_them_back() {
        let en = Compiled::of("en", EN);
        let table = &en.0;
        assert_eq!(en.say("title", &[]), "Restaking, explained: one deposit, many jobs");
        assert_eq!(en.say("years", &[("n", Arg::Number("1", "1"))]), "1 year");
        assert_eq!(en.say("years", &[("n", Arg::Number("1.43", "1.43"))]), "1.43 years");
        assert_eq!(en.say("braces", &[]), "a {brace} and a | bar \\ slash");
        assert_eq!(en.say("model", &[("model", Arg::Text("allocated"))]), "in slices");
        assert_eq!(en.say("model", &[("model", Arg::Text("nonsense"))]), "on its own");
        assert_eq!(table.format(99, &[]), "[#99]", "a message it lacks");
        let by_id = parse_ftl("en", EN).expect("as written");
        let ids = order(&by_id);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(table.pattern(i), by_id.pattern(id), "{id}");
        }
    }

    #[test]
    fn the_compact_form_is_one_line_a_message_in_the_order_given() {
        let ftl = "b = B\nempty = {\"\"}\na = A { $n }";
        let ids = ["a", "absent", "b", "empty"];
        let compact = compile("en", ftl, &ids).expect("as written");
        assert_eq!(compact, "en\nA {$n}\n\nB\n\\");
        let table = Table::decode(&compact).expect("as compiled");
        assert_eq!(table.pattern(1), None, "an empty line: no message");
        assert_eq!(table.pattern(3), Some(&[][..]), "a lone backslash: an empty one");
        assert_eq!(table.format(2, &[]), "B");
        // The loaders' lines first, whatever their ids.
        let en = parse_ftl("en", "a = A\nloader-loading = L\nloader-failed = F").expect("ok");
        assert_eq!(order(&en), ["loader-failed", "loader-loading", "a"]);
    }

    #[test]
    fn a_marker_stands_for_its_index() {
        for i in [0, 1, 35, 36, 490, 1295] {
            assert_eq!(index_of(&marker(i)), Some(i));
        }
        assert_eq!(marker(37), "\u{1}11");
        assert_eq!(index_of("add-service"), None);
    }

    #[test]
    fn refuses_what_the_widget_cannot_show() {
        for bad in [
            "a = { NUMBER($n) }",
            "a = { b }",
            "a = x\n    .title = y",
            "a = { -missing }",
            "a = { \"x\" ->\n  *[x] y\n}",
            "a = x\na = y",
            "a = {",
        ] {
            assert!(compile("en", bad, &["a"]).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_check_finds_a_missing_an_extra_and_a_wrong_placeholder() {
        let en = parse_ftl("en", "a = A\nb = B { $n }\nc = C { $x }").expect("as written");
        let tr = parse_ftl("tr", "b = B\nc = C { $y }\nd = D").expect("as written");
        let problems = check(&en, &tr);
        assert!(problems.contains(&"tr: lacks a".to_owned()), "{problems:?}");
        assert!(problems.contains(&"tr: b drops $n".to_owned()), "{problems:?}");
        assert!(problems.contains(&"tr: c uses $y, which English does not have".to_owned()));
        assert!(problems.contains(&"tr: c drops $x".to_owned()));
        assert!(problems.contains(&"tr: has d, which English does not".to_owned()));
        assert_eq!(problems.len(), 5);
        assert!(check(&en, &en).is_empty());
    }

    #[test]
    fn figures_in_right_to_left_words_are_isolated() {
        let ar =
            Compiled::of("ar", "a = بعائد نحو 3.5% سنويًا و32 ETH و1,234.5 ETH\nb = السنة 2 من 5");
        assert_eq!(
            ar.say("a", &[]),
            "بعائد نحو \u{2068}3.5%\u{2069} سنويًا و\u{2068}32 ETH\u{2069} و\u{2068}1,234.5 ETH\u{2069}"
        );
        assert_eq!(ar.say("b", &[]), "السنة 2 من 5", "a number without a unit stays");
        let tr = Compiled::of("tr", "a = %3,5 ve 32 ETH");
        assert_eq!(tr.say("a", &[]), "%3,5 ve 32 ETH", "left to right: untouched");
    }

    #[test]
    fn the_loaders_know_every_locale() {
        let codes: Vec<String> = LOCALES.iter().map(|l| format!("'{}'", l.code)).collect();
        let list = format!("var LOCALES = [{}];", codes.join(", "));
        for (name, script) in [
            ("pending.js", include_str!("../web/pending.js")),
            ("embed.js", include_str!("../web/embed.js")),
        ] {
            assert!(script.contains(&list), "web/{name} lacks {list}");
        }
    }

    #[test]
    fn a_lang_is_matched_by_its_language() {
        assert_eq!(supported("tr-TR").map(|l| l.code), Some("tr"));
        assert_eq!(supported("AR").map(|l| l.code), Some("ar"));
        assert_eq!(supported("EN-gb").map(|l| l.code), Some("en"));
        assert_eq!(supported("en_GB").map(|l| l.code), Some("en"));
        assert!(supported("xx").is_none());
        assert_eq!(supported("pt").map(|l| l.code), Some("pt-BR"));
        assert_eq!(supported("pt-br").map(|l| l.code), Some("pt-BR"));
        assert_eq!(supported("pt-PT").map(|l| l.code), Some("pt-BR"));
        assert_eq!(supported("es-419").map(|l| l.code), Some("es"));
        assert_eq!(supported("zh").map(|l| l.code), Some("zh-CN"));
        assert_eq!(supported("zh-Hans-SG").map(|l| l.code), Some("zh-CN"));
        assert!(supported("zh-TW").is_none());
        assert!(supported("zh-Hant").is_none());
        assert_eq!(supported("vi-VN").map(|l| l.code), Some("vi"));
        assert!(supported("").is_none());
    }

    #[test]
    fn plural_rules_agree_with_cldr() {
        // ICU's categories for a range of numbers in every locale, written by
        // scripts/plural-fixture.mjs (not the `intl_pluralrules` crate: it reads Arabic's
        // `n % 100 = 3..10` as `i = 3..10`, and puts 103 in "other").
        let fixture = include_str!("../tests/fixtures/plurals.txt");
        let mut seen = 0;
        for line in fixture.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split(' ');
            let (lang, digits, category) = (
                fields.next().expect("as written"),
                fields.next().expect("as written"),
                fields.next().expect("as written"),
            );
            assert_eq!(plural(lang, digits), category, "{lang} {digits}");
            seen += 1;
        }
        assert!(seen > 10_000);
    }

    /// The locales' files, `locales/<lang>.ftl`, read as the build reads them.
    fn locale_files() -> Vec<(String, Words)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("as written")
            .map(|e| e.expect("as written").path())
            .collect();
        files.sort();
        files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|path| {
                let lang = path.file_stem().expect("as written").to_string_lossy().into_owned();
                let text = std::fs::read_to_string(&path).expect("as written");
                let words = parse_ftl(&lang, &text).unwrap_or_else(|p| panic!("{}", p.join("\n")));
                (lang, words)
            })
            .collect()
    }

    #[test]
    fn every_locale_has_englishs_messages_with_englishs_placeholders() {
        let files = locale_files();
        let english = &files.iter().find(|(l, _)| l == "en").expect("locales/en.ftl").1;
        let mut problems = Vec::new();
        for (lang, words) in &files {
            assert!(
                supported(lang).is_some_and(|l| l.code == lang),
                "{lang}.ftl is not in LOCALES"
            );
            problems.extend(check(english, words));
        }
        for locale in LOCALES {
            assert!(files.iter().any(|(l, _)| l == locale.code), "no locales/{}.ftl", locale.code);
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Every message id the code asks for: each `id!("…")` in src/, read from the source.
    fn ids_in_code() -> std::collections::BTreeSet<String> {
        let mut ids = std::collections::BTreeSet::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
                let path = entry.expect("as listed").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).expect("as listed");
                    for call in ["id!("] {
                        for (at, _) in source.match_indices(call) {
                            let before = source[..at].chars().next_back();
                            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                                continue;
                            }
                            // The id may be on the next line, where rustfmt wraps a call.
                            let Some(rest) =
                                source[at + call.len()..].trim_start().strip_prefix('"')
                            else {
                                continue;
                            };
                            let id = &rest[..rest.find('"').expect("a closed literal")];
                            // Only ids: "…" in a doc comment is not one.
                            if id
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                            {
                                ids.insert(id.to_owned());
                            }
                        }
                    }
                }
            }
        }
        // The loaders' own lines, which web/embed.js and web/boot.js read from the words.
        for file in ["web/embed.js", "web/boot.js"] {
            let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
            let source = std::fs::read_to_string(&path).expect("the loaders are readable");
            for (at, _) in source.match_indices("loader-") {
                let id = &source[at..];
                let id = &id[..id
                    .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
                    .unwrap_or(id.len())];
                ids.insert(id.trim_end_matches('-').to_owned());
            }
        }
        ids
    }

    #[test]
    fn the_loaders_lines_are_plain_words_in_every_locale() {
        // web/embed.js and web/boot.js read them from the compact form as they stand, with
        // no placeholder to fill and no escape to undo.
        for (lang, words) in locale_files() {
            for id in ["loader-loading", "loader-failed"] {
                let pattern = words.pattern(id).unwrap_or_else(|| panic!("{lang}: no {id}"));
                assert!(
                    matches!(pattern, [Piece::Text(t)] if !t.contains(['\\', '{', '}', '|'])),
                    "{lang} {id}: {pattern:?}"
                );
            }
        }
    }

    #[test]
    fn every_message_the_code_asks_for_is_in_english_and_every_english_one_is_asked_for() {
        let files = locale_files();
        let english = &files.iter().find(|(l, _)| l == "en").expect("as written").1;
        let asked = ids_in_code();
        assert!(asked.len() > 100, "{}", asked.len());
        let missing: Vec<_> = asked.iter().filter(|id| english.pattern(id).is_none()).collect();
        assert!(missing.is_empty(), "asked for, not in locales/en.ftl: {missing:?}");
        let unused: Vec<_> = english.ids().filter(|id| !asked.contains(*id)).collect();
        assert!(unused.is_empty(), "in locales/en.ftl, asked for nowhere: {unused:?}");
    }

    #[test]
    fn each_locale_writes_its_numbers_its_own_way() {
        let files = locale_files();
        let words =
            |lang: &str| &files.iter().find(|(l, _)| l == lang).expect("the locale's file").1;
        let n = |shown: &'static str, digits: &'static str| [("n", Arg::Number(shown, digits))];
        // Compiled and read back as the widget will read them.
        let tr = words("tr");
        assert_eq!(tr.format("number-percent", &n("7", "7")), "%7");
        assert_eq!(tr.format("number-decimal", &[]), ",");
        assert_eq!(words("en").format("number-percent", &n("7", "7")), "7\u{a0}%");
        assert_eq!(words("en").format("number-years", &n("1", "1")), "1\u{a0}year");
        assert_eq!(words("en").format("number-years", &n("1.43", "1.43")), "1.43\u{a0}years");
        // Arabic chooses among its six forms: 3 to 10 take the plural.
        let ar = words("ar");
        assert_ne!(
            ar.format("number-years", &n("3", "3")),
            ar.format("number-years", &n("11", "11")).replace("11", "3")
        );
        assert!(ar.format("number-years", &n("1.43", "1.43")).starts_with("1.43"));
    }
}
