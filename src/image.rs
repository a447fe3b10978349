//! The figures as pictures, for the places that run no script of ours: a newsletter, a
//! link preview (`og:image`), an oEmbed thumbnail, a `<noscript>`. Built natively by the
//! prerender step (src/bin/prerender.rs), never shipped in the wasm.
//!
//! Each picture is a 1200 × 630 card: the part's title, a caption with the worked
//! example's numbers, and the live figure itself. The figure is not drawn again here: it
//! is the `<svg>` that the component renders on the server, so the card shares the live
//! figure's geometry, and its colours come from `styles/widget.css` (see [`figure_css`]).
//! resvg turns the SVG into the PNG.

use std::collections::HashMap;
use std::sync::Arc;

use crate::config::View;
use crate::copy::{self, Segment};
use crate::format::eth;
use crate::model::{Growth, Results, Scenario};

/// The card's size in pixels: what link previews ask for (at least 1200 × 630).
pub const WIDTH: u32 = 1200;
/// See [`WIDTH`].
pub const HEIGHT: u32 = 630;

/// The properties a picture takes from the widget's stylesheet: what an SVG renderer
/// understands, without motion or layout.
const KEPT: [&str; 12] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-opacity",
    "opacity",
    "font-family",
    "font-size",
    "font-weight",
];

/// The widget's light colours and font, `--rx-<name>` to its value, from the first
/// declaration of each custom property in `widget_css` (the widget's root rule).
pub fn palette(widget_css: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut rest = widget_css;
    while let Some(at) = rest.find("--rx-") {
        rest = &rest[at + 5..];
        // A declaration (`--rx-name: value;`), not a use (`var(--rx-name)`).
        let name_end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(0);
        let (name, after) = rest.split_at(name_end);
        let Some(after) = after.trim_start().strip_prefix(':') else { continue };
        let end = after.find([';', '}']).unwrap_or(after.len());
        let value = after[..end].split("/*").next().unwrap_or_default().trim();
        out.entry(name.to_owned()).or_insert_with(|| value.to_owned());
    }
    out
}

/// `value` with every `var(--rx-…)`, `light-dark(light, dark)` and
/// `color-mix(in srgb, a p%, b)` worked out to a plain value, in the light scheme: the
/// functions an SVG renderer does not know.
pub fn resolve(value: &str, palette: &HashMap<String, String>) -> String {
    let mut value = value.to_owned();
    for _ in 0..8 {
        let Some(start) = value.find("var(--rx-") else { break };
        let Some(end) = matching(&value, start + 3) else { break };
        let inner = &value[start + 9..end];
        let (name, fallback) = inner.split_once(',').unwrap_or((inner, ""));
        let found = palette.get(name.trim()).cloned().unwrap_or_else(|| fallback.trim().to_owned());
        value.replace_range(start..=end, &found);
    }
    while let Some(start) = value.find("light-dark(") {
        let Some(end) = matching(&value, start + 10) else { break };
        let light = value[start + 11..end].split(',').next().unwrap_or_default().trim().to_owned();
        value.replace_range(start..=end, &light);
    }
    while let Some(start) = value.find("color-mix(") {
        let Some(end) = matching(&value, start + 9) else { break };
        let mixed = mix(&value[start + 10..end]).unwrap_or_else(|| "currentColor".to_owned());
        value.replace_range(start..=end, &mixed);
    }
    value
}

/// The index of the parenthesis that closes the one at `open`.
fn matching(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text.char_indices().skip_while(|(i, _)| *i < open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `in srgb, #rrggbb p%, #rrggbb`, mixed, as `#rrggbb`.
fn mix(args: &str) -> Option<String> {
    let mut parts = args.split(',').map(str::trim);
    if parts.next()? != "in srgb" {
        return None;
    }
    let (a, share) = parts.next()?.split_once(' ')?;
    let share: f64 = share.trim().trim_end_matches('%').parse().ok()?;
    let b = parts.next()?;
    let (a, b) = (rgb(a)?, rgb(b)?);
    let channel = |i: usize| {
        (f64::from(a[i]) * share / 100.0 + f64::from(b[i]) * (1.0 - share / 100.0)).round() as u8
    };
    Some(format!("#{:02x}{:02x}{:02x}", channel(0), channel(1), channel(2)))
}

/// `#rrggbb` or `#rgb` as its channels.
fn rgb(hex: &str) -> Option<[u8; 3]> {
    let hex = hex.strip_prefix('#')?;
    let digits: Vec<u8> = match hex.len() {
        6 => (0..3)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
            .collect::<Option<_>>()?,
        3 => hex.chars().map(|c| c.to_digit(16).map(|d| (d * 17) as u8)).collect::<Option<_>>()?,
        _ => return None,
    };
    Some([digits[0], digits[1], digits[2]])
}

/// The figures' rules from `widget_css`, worked out for an SVG renderer: the top-level
/// rules whose selectors name only figure classes (`.rx-fan__…`, `.rx-chart__…`, and
/// the shapes inside them), with only the properties in [`KEPT`], in the light scheme.
/// Rules inside `@media`, `@container` and the like are left out: they tune the live
/// figure to its width, which a picture has fixed.
pub fn figure_css(widget_css: &str) -> String {
    let palette = palette(widget_css);
    let mut css = String::new();
    let mut text = widget_css.to_owned();
    while let Some(start) = text.find("/*") {
        let end = text[start..].find("*/").map_or(text.len(), |e| start + e + 2);
        text.replace_range(start..end, "");
    }
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        let selector = rest[..open].trim();
        let Some(close) = matching_brace(rest, open) else { break };
        let body = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if selector.starts_with('@') || !selector.split(',').all(|s| figure_selector(s.trim())) {
            continue;
        }
        let kept: Vec<String> = body
            .split(';')
            .filter_map(|declaration| {
                let (property, value) = declaration.split_once(':')?;
                let property = property.trim();
                KEPT.contains(&property)
                    .then(|| format!("{property}:{}", resolve(value.trim(), &palette)))
            })
            .collect();
        if !kept.is_empty() {
            css.push_str(&format!(
                "{}{{{}}}\n",
                selector.split_whitespace().collect::<Vec<_>>().join(" "),
                kept.join(";")
            ));
        }
    }
    css
}

/// The index of the brace that closes the one at `open`.
fn matching_brace(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether `selector` names a figure's class alone, or shapes inside one.
fn figure_selector(selector: &str) -> bool {
    let mut words = selector.split_whitespace();
    let first = words.next().unwrap_or_default();
    let class = |w: &str| {
        (w.starts_with(".rx-fan__") || w.starts_with(".rx-chart__"))
            && w[1..].chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    class(first)
        && words.all(|w| class(w) || ["circle", "line", "path", "text", "polygon"].contains(&w))
}

/// The `<svg>` element whose class list starts with `class`, as the server rendered it
/// in `html`.
pub fn figure_markup<'a>(html: &'a str, class: &str) -> Option<&'a str> {
    let at = html.find(&format!("class=\"{class}"))?;
    let start = html[..at].rfind("<svg")?;
    let end = start + html[start..].find("</svg>")? + "</svg>".len();
    Some(&html[start..end])
}

/// The plain words of copy written with `[label](term)` links.
fn plain(text: &str) -> String {
    copy::segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) | Segment::Term(_, t) => t,
        })
        .collect()
}

/// Whether `c` is a wide (CJK) letter: it takes about two Latin letters' width, and a
/// line may break before it, as Chinese is written without spaces.
fn wide(c: char) -> bool {
    ('\u{2E80}'..='\u{9FFF}').contains(&c)
        || ('\u{AC00}'..='\u{D7AF}').contains(&c)
        || ('\u{FF00}'..='\u{FFEF}').contains(&c)
}

/// `text` broken into lines of at most `chars` Latin letters' width: at spaces, and
/// between wide letters (never before the closing punctuation of Chinese, `，。、；：？！）`).
fn wrap(text: &str, chars: usize) -> Vec<String> {
    let width = |s: &str| s.chars().map(|c| if wide(c) { 2 } else { 1 }).sum::<usize>();
    // The pieces a line may break between: words, and each wide letter on its own (with
    // the punctuation that must stay with it).
    let mut pieces: Vec<(String, bool)> = Vec::new(); // (piece, a space before it)
                                                      // A number or formula isolated for right-to-left text (U+2066 to U+2069) stays on
                                                      // one line: resvg, which draws the pictures, passes over isolates.
    let mut words: Vec<String> = Vec::new();
    let mut depth = 0usize;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        match words.last_mut() {
            Some(last) if depth > 0 => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
        for c in word.chars() {
            match c {
                '\u{2066}'..='\u{2068}' => depth += 1,
                '\u{2069}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    for word in &words {
        let mut spaced = true;
        let mut current = String::new();
        let mut after_wide = false;
        for c in word.chars() {
            let closing = "，。、；：？！）」』".contains(c);
            if !current.is_empty() && !closing && (wide(c) || after_wide) {
                pieces.push((std::mem::take(&mut current), spaced));
                spaced = false;
            }
            current.push(c);
            after_wide = wide(c) && !"（「『".contains(c);
        }
        if !current.is_empty() {
            pieces.push((current, spaced));
        }
    }
    let mut lines: Vec<String> = Vec::new();
    for (piece, spaced) in pieces {
        let gap = usize::from(spaced);
        match lines.last_mut() {
            Some(line) if width(line) + gap + width(&piece) <= chars => {
                if spaced {
                    line.push(' ');
                }
                line.push_str(&piece);
            }
            _ => lines.push(piece),
        }
    }
    lines
}

/// The whole sentences of `text` that fit in `lines` lines of `chars` characters (at
/// least the first sentence), wrapped.
fn fit(text: &str, chars: usize, lines: usize) -> Vec<String> {
    let mut kept = String::new();
    for sentence in sentences(text) {
        let longer = format!("{kept}{sentence}");
        if !kept.is_empty() && wrap(&longer, chars).len() > lines {
            break;
        }
        kept = longer;
    }
    wrap(&kept, chars)
}

/// `text`'s sentences, each with its closing stop (and the space after it): `. ` or
/// Chinese's `。`.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = match c {
            '。' => i + c.len_utf8(),
            '.' if text[i + 1..].starts_with(' ') => i + 2,
            _ => continue,
        };
        out.push(&text[start..end]);
        start = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// `lines` each closing the bidirectional isolates (U+2066 to U+2068) it leaves open, and
/// the next line opening them again: a number isolated in a right-to-left sentence stays
/// isolated where the sentence wraps.
fn isolated(lines: Vec<String>) -> Vec<String> {
    let mut open: Vec<char> = Vec::new();
    lines
        .into_iter()
        .map(|line| {
            let mut out: String = open.iter().collect();
            for c in line.chars() {
                match c {
                    '\u{2066}'..='\u{2068}' => open.push(c),
                    '\u{2069}' => {
                        open.pop();
                    }
                    _ => {}
                }
            }
            out.push_str(&line);
            out.extend(std::iter::repeat_n('\u{2069}', open.len()));
            out
        })
        .collect()
}

/// The fonts the pictures are drawn with (see [`fonts`]).
pub type Fonts = Arc<resvg::usvg::fontdb::Database>;

/// The pieces of right-to-left `line` as seen from left to right, each with the spaces on
/// its left and on its right (see [`runs_placed`]).
fn pieces(line: &str) -> Vec<(usize, String, usize)> {
    use unicode_bidi::{BidiInfo, Level};
    let arabic =
        |c: char| ('\u{0600}'..='\u{08FF}').contains(&c) || ('\u{FB50}'..='\u{FEFF}').contains(&c);
    let info = BidiInfo::new(line, Some(Level::rtl()));
    let Some(paragraph) = info.paragraphs.first() else {
        return Vec::new();
    };
    let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
    // The pieces, seen from left to right: (spaces on the left, words, spaces on the right).
    let spaced = |text: &str, logical_rtl: bool| {
        let words = text.trim_matches(' ').to_owned();
        let leading = text.len() - text.trim_start_matches(' ').len();
        let trailing =
            if words.is_empty() { 0 } else { text.len() - text.trim_end_matches(' ').len() };
        if logical_rtl {
            (trailing, words, leading)
        } else {
            (leading, words, trailing)
        }
    };
    let mut pieces: Vec<(usize, String, usize)> = Vec::new();
    for run in runs {
        let text: String =
            line[run.clone()].chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect();
        if !levels[run.start].is_rtl() {
            pieces.push(spaced(&text, false));
            continue;
        }
        // Arabic words (with the spaces between them), and what lies between them.
        let mut chunks: Vec<(bool, String)> = Vec::new();
        for c in text.chars() {
            let kind = arabic(c) || (c == ' ' && chunks.last().is_some_and(|(a, _)| *a));
            match chunks.last_mut() {
                Some((a, chunk)) if *a == kind => chunk.push(c),
                _ => chunks.push((kind, c.to_string())),
            }
        }
        for (is_arabic, chunk) in chunks.into_iter().rev() {
            pieces.push(if is_arabic {
                spaced(&chunk, true)
            } else {
                spaced(&chunk.chars().rev().map(mirrored).collect::<String>(), false)
            });
        }
    }
    pieces
}

/// A right-to-left line of words, `<text>` by `<text>`, for resvg to draw: it orders
/// the runs of a line that mixes directions wrongly (linebender/resvg#447) and passes
/// over the isolates that keep a number or a formula whole. So the line is cut here into
/// its runs, by the Unicode bidirectional algorithm at a right-to-left paragraph level,
/// and those into pieces resvg cannot get wrong: Arabic words alone (which it shapes and
/// turns itself), and everything else already in the order it is seen (a bracket in a
/// right-to-left run turned and mirrored here). Each piece is set from the right margin
/// (`x`) leftwards, as wide as resvg draws it with `fonts` in the card's `styles`.
fn runs_placed(class: &str, x: u32, y: u32, line: &str, styles: &str, fonts: &Fonts) -> String {
    let pieces = pieces(line);
    let space = advance(styles, class, " ", fonts);
    let mut out = String::new();
    let mut right = f64::from(x);
    for (left_spaces, words, right_spaces) in pieces.iter().rev() {
        right -= space * *right_spaces as f64;
        if !words.is_empty() {
            out.push_str(&format!(
                "<text class=\"{class}\" x=\"{right:.1}\" y=\"{y}\" text-anchor=\"end\">{}</text>\n",
                xml(words)
            ));
            right -= advance(styles, class, words, fonts);
        }
        right -= space * *left_spaces as f64;
    }
    out
}

/// A bracket as a right-to-left line shows it.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '«' => '»',
        '»' => '«',
        c => c,
    }
}

/// How far `text` in `class` advances, as resvg draws it: the width of the text between
/// two bars, less the two bars' (so its spaces count).
fn advance(styles: &str, class: &str, text: &str, fonts: &Fonts) -> f64 {
    let width = |t: &str| {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2400\" height=\"100\"><style>{styles}</style>\
             <text class=\"{class}\" x=\"10\" y=\"60\" xml:space=\"preserve\">{}</text></svg>",
            xml(t)
        );
        resvg::usvg::Tree::from_str(&svg, &options(fonts))
            .map_or(0.0, |tree| f64::from(tree.root().abs_bounding_box().width()))
    };
    width(&format!("|{text}|")) - width("||")
}

/// `text` in capitals as locale `lang` writes them: Turkish's dotted i becomes İ.
fn capitals(lang: &str, text: &str) -> String {
    if lang == "tr" {
        text.replace('i', "İ").to_uppercase()
    } else {
        text.to_uppercase()
    }
}

/// Escapes text for XML.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// What a card says and shows.
pub struct Card<'a> {
    /// The small line above the title.
    pub kicker: &'a str,
    /// The title.
    pub title: &'a str,
    /// The caption, as one paragraph (wrapped here).
    pub caption: String,
    /// The worked example's headline numbers, in bold under the caption.
    pub numbers: String,
    /// The figure's `<svg>` markup, and its viewBox's width and height.
    pub figure: (&'a str, f64, f64),
    /// Lines of a legend under the numbers: a figure class for the swatch, and the words.
    pub legend: Vec<(&'static str, String)>,
}

/// The card for `view` (`None`: the whole explainer), from the server-rendered page
/// `html` of the worked example.
pub fn card_for(view: Option<View>, html: &str) -> Option<Card<'_>> {
    let scenario = Scenario::default();
    let results = Results::of(&scenario);
    let fan = figure_markup(html, "rx-fan__svg")?;
    let chart = figure_markup(html, "rx-chart__svg")?;
    let fan = (fan, crate::geometry::fan_out::VIEW_WIDTH, view_box_height(fan)?);
    let chart_figure =
        (chart, crate::geometry::chart::VIEW_WIDTH, crate::geometry::chart::VIEW_HEIGHT);
    let numbers = copy::picture_numbers(&scenario, &results);
    let card = |title, caption: &str, figure| Card {
        kicker: copy::picture_kicker(),
        title,
        caption: plain(caption),
        numbers: numbers.clone(),
        figure,
        legend: Vec::new(),
    };
    Some(match view {
        None => Card {
            kicker: copy::picture_kicker_page(),
            ..card(copy::picture_page_title(), copy::fan_lead(), fan)
        },
        Some(View::FanOut) => card(copy::fan_title(), copy::fan_lead(), fan),
        Some(View::Flow) => card(copy::flow_title(), copy::flow_lead(), fan),
        // Its lead's second sentence asks for a click, which a picture cannot take.
        Some(View::Compare) => {
            let first = sentences(copy::compare_lead()).first().copied().unwrap_or_default();
            card(copy::compare_title(), first, fan)
        }
        Some(View::Risks) => card(copy::risks_title(), copy::risks_lead(), fan),
        Some(View::Calculator) => {
            let growth = Growth::of(&scenario, &results);
            let last = |s: &[crate::model::Point]| s.last().map_or(0.0, |p| p.eth);
            let ends = [last(&growth.plain), last(&growth.restaked), last(&growth.slashed)];
            let legend =
                ["rx-chart__line--plain", "rx-chart__line--restaked", "rx-chart__line--slashed"]
                    .into_iter()
                    .zip(copy::series_names())
                    .zip(ends)
                    .map(|((class, name), end)| (class, format!("{name}: {}", eth(end))))
                    .collect();
            Card {
                caption: copy::chart_hint().to_owned(),
                legend,
                ..card(copy::calculator_title(), "", chart_figure)
            }
        }
    })
}

/// The height in a figure's `viewBox="0 0 w h"`.
fn view_box_height(svg: &str) -> Option<f64> {
    let at = svg.find("viewBox=\"")? + 9;
    let numbers = &svg[at..at + svg[at..].find('"')?];
    numbers.split_whitespace().nth(3)?.parse().ok()
}

/// The card as an SVG document, styled with `widget_css`.
pub fn card_svg(card: &Card<'_>, widget_css: &str, fonts: Option<&Fonts>) -> String {
    let palette = palette(widget_css);
    let colour = |name: &str| resolve(&format!("var(--rx-{name})"), &palette);
    // The locale's sans-serif first (see `sans`).
    let font = format!("\"{}\", \"Liberation Sans\", \"DejaVu Sans\", Arial, sans-serif", sans());
    let styles = format!(
        ".card-kicker{{fill:{accent};font:700 22px {font};letter-spacing:0.06em}}\n\
.card-title{{fill:{text};font:700 40px {font}}}\n\
.card-caption{{fill:{muted};font:400 23px {font}}}\n\
.card-numbers{{fill:{text};font:700 23px {font}}}\n\
.card-legend{{fill:{text};font:400 21px {font}}}\n\
.card-foot{{fill:{muted};font:400 18px {font}}}\n",
        accent = colour("accent"),
        text = colour("text"),
        muted = colour("muted"),
    );
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\n\
<title>{}</title>\n<style>\n{}{styles}\
.rx-chart__label{{font-size:13px}}\n</style>\n\
<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{bg}\"/>\n\
<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"10\" fill=\"{accent}\"/>\n",
        xml(&copy::picture_alt(card.title, &card.numbers)),
        figure_css(widget_css),
        accent = colour("accent"),
        bg = colour("bg"),
    );
    // The words on the left, 64 px in, at most 500 px wide; the figure on the right.
    // Right to left, the other way round: the words from the right edge, 64 px in.
    let rtl = crate::locale::rtl();
    let x = if rtl { WIDTH - 64 } else { 64 };
    let mut y = 78;
    // Each line of words: its class, where it starts, its baseline and its text.
    let text = |class: &str, x: u32, y: u32, words: &str| match fonts.filter(|_| rtl) {
        Some(fonts) => runs_placed(class, x, y, words, &styles, fonts),
        // Right to left, the line starts at the right margin.
        None => {
            let dir = if rtl { " direction=\"rtl\" text-anchor=\"end\"" } else { "" };
            format!("<text class=\"{class}\" x=\"{x}\" y=\"{y}\"{dir}>{}</text>\n", xml(words))
        }
    };
    out.push_str(&text("card-kicker", x, y, &capitals(crate::locale::lang(), card.kicker)));
    y += 22;
    // Bold lines as long as the font allows: DejaVu Sans's letters are an eighth wider.
    let chars = |n: usize| if sans() == "DejaVu Sans" { n * 7 / 8 } else { n };
    for line in isolated(wrap(card.title, chars(24))) {
        y += 48;
        out.push_str(&text("card-title", x, y, &line));
    }
    y += 14;
    // The caption takes what room the numbers and the legend leave above the foot (a
    // long title, in a long-worded locale, leaves less); without room for one whole
    // sentence it is left out.
    let numbers = isolated(wrap(&card.numbers, chars(38)));
    let below = 14 + 32 * numbers.len() as u32 + 34 * card.legend.len() as u32;
    let room = (HEIGHT - 70).saturating_sub(y + below) / 32;
    let caption_lines = room.min(if card.legend.is_empty() { 6 } else { 4 }) as usize;
    let caption = isolated(fit(&card.caption, 40, caption_lines));
    for line in caption.iter().filter(|_| caption.len() <= caption_lines) {
        y += 32;
        out.push_str(&text("card-caption", x, y, line));
    }
    y += 14;
    for line in numbers {
        y += 32;
        out.push_str(&text("card-numbers", x, y, &line));
    }
    for (class, words) in &card.legend {
        y += 34;
        let (mark, words_x) = if rtl { (x - 36, x - 48) } else { (x, x + 48) };
        out.push_str(&format!(
            "<path class=\"rx-chart__line {class}\" d=\"M{mark} {} h36\"/>",
            y - 7
        ));
        out.push_str(&text("card-legend", words_x, y, words));
    }
    out.push_str(&text("card-foot", x, HEIGHT - 36, copy::picture_foot()));
    // The figure, scaled into the other half and centred there. Its labels may reach
    // past its viewBox (as on the page), so it is not clipped.
    let (svg, w, h) = card.figure;
    let (bx, by, bw, bh) = (if rtl { 40.0 } else { 600.0 }, 40.0, 560.0, 560.0);
    let scale = (bw / w).min(bh / h);
    let (fw, fh) = (w * scale, h * scale);
    out.push_str(&format!(
        "<svg x=\"{:.1}\" y=\"{:.1}\" width=\"{fw:.1}\" height=\"{fh:.1}\" overflow=\"visible\"{}",
        bx + (bw - fw) / 2.0,
        by + (bh - fh) / 2.0,
        svg.strip_prefix("<svg").unwrap_or(svg)
    ));
    out.push_str("\n</svg>\n");
    out
}

/// The fonts the pictures are drawn with: the system's, with a sans-serif chosen from
/// those the card names. Fails when the machine has no font at all, rather than drawing
/// pictures without words (Debian: `apt install fonts-dejavu-core`).
pub fn fonts() -> Result<Fonts, String> {
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_system_fonts();
    let families: Vec<String> =
        db.faces().flat_map(|f| f.families.iter().map(|(name, _)| name.clone())).collect();
    let chosen = ["Liberation Sans", "DejaVu Sans", "Arial", "Noto Sans"]
        .into_iter()
        .find(|want| families.iter().any(|f| f == want))
        .ok_or_else(|| {
            "no sans-serif font for the pictures (looked for Liberation Sans, DejaVu Sans, Arial, \
             Noto Sans); on Debian: apt install fonts-dejavu-core"
                .to_owned()
        })?;
    db.set_sans_serif_family(chosen);
    Ok(Arc::new(db))
}

/// The sans-serif that has every letter of the locale in use: resvg, finding a letter in
/// no font a text names, draws the whole text in whichever font has it (a serif one, on
/// Debian, for Chinese and for Vietnamese's stacked marks).
fn sans() -> &'static str {
    match crate::locale::lang() {
        "zh-CN" => "Noto Sans CJK SC",
        "vi" | "ar" => "DejaVu Sans",
        _ => "Liberation Sans",
    }
}

/// Fails, naming the package to install, when the locale in use has no font of its own
/// among `fonts` (its pictures would be drawn in whatever font has its letters).
pub fn check_locale_font(fonts: &Fonts) -> Result<(), String> {
    let want = sans();
    let found = fonts.faces().any(|f| f.families.iter().any(|(name, _)| name == want));
    let package = if want == "Noto Sans CJK SC" { "fonts-noto-cjk" } else { "fonts-dejavu-core" };
    found.then_some(()).ok_or_else(|| {
        format!(
            "no {want} for the {} pictures; on Debian: apt install {package}",
            crate::locale::lang()
        )
    })
}

/// How resvg reads a picture: with `fonts`, and the locale's sans-serif (see [`sans`]) for
/// `sans-serif` and where a text names no font.
fn options(fonts: &Fonts) -> resvg::usvg::Options<'static> {
    let mut fontdb = (**fonts).clone();
    fontdb.set_sans_serif_family(sans());
    resvg::usvg::Options {
        fontdb: Arc::new(fontdb),
        font_family: sans().to_owned(),
        ..Default::default()
    }
}

/// The PNG of an SVG document drawn at its own size.
pub fn png(svg: &str, fonts: &Fonts) -> Result<Vec<u8>, String> {
    let options = options(fonts);
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("an empty picture")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSS: &str = ".rx {\n  --rx-bg: light-dark(#ffffff, #14171c);\n  --rx-reward: light-dark(#17794a, #54c98f); /* reward */\n}\n\
/* a comment { } */\n.rx-fan__track {\n  fill: none;\n  stroke: color-mix(in srgb, var(--rx-reward) 22%, var(--rx-bg));\n  animation: x 1s;\n}\n\
@container (min-width: 480px) { .rx-chart__label { font-size: 11px; } }\n\
.rx-fan--focus .rx-fan__track { opacity: 0.2; }\n.rx-chart__slash circle { fill: var(--rx-reward); }\n";

    #[test]
    fn the_figures_rules_are_worked_out_in_the_light_scheme() {
        let css = figure_css(CSS);
        // 22 % of #17794a over white, per channel 0.22·c + 0.78·255: 23, 121, 74 → 204, 226, 215.
        assert!(css.contains(".rx-fan__track{fill:none;stroke:#cce2d7}"), "{css}");
        assert!(css.contains(".rx-chart__slash circle{fill:#17794a}"), "{css}");
        assert!(!css.contains("animation") && !css.contains("11px"), "{css}");
        assert!(!css.contains("rx-fan--focus"), "a state's rule is the live figure's: {css}");
    }

    #[test]
    fn a_figure_is_found_in_server_rendered_html() {
        let html =
            "<p>x</p><svg viewBox=\"0 0 300 340\" class=\"rx-fan__svg\"><circle/></svg><svg></svg>";
        assert_eq!(
            figure_markup(html, "rx-fan__svg"),
            Some("<svg viewBox=\"0 0 300 340\" class=\"rx-fan__svg\"><circle/></svg>")
        );
        assert_eq!(
            view_box_height(figure_markup(html, "rx-fan__svg").unwrap_or_default()),
            Some(340.0)
        );
        assert_eq!(figure_markup(html, "rx-chart__svg"), None);
    }

    #[test]
    fn captions_wrap_at_spaces_and_keep_whole_sentences() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(fit("One two. Three four. Five six.", 9, 2), ["One two."]);
        assert_eq!(fit("One two. Three. Five six.", 9, 2), ["One two.", "Three."]);
    }

    #[test]
    fn chinese_wraps_between_letters_and_keeps_its_punctuation() {
        // Eight wide letters take 16 Latin widths: two lines of at most 10.
        assert_eq!(wrap("再质押的额外收益。风险", 10), ["再质押的额", "外收益。风", "险"]);
        // A closing mark never starts a line: its letter moves down with it (4 + 1 wide
        // letters would take 10). A Latin word stays whole.
        assert_eq!(wrap("一二三四，五", 8), ["一二三", "四，五"]);
        assert_eq!(wrap("质押32 ETH的收益", 8), ["质押32", "ETH的收", "益"]);
        assert_eq!(sentences("一。二。三"), ["一。", "二。", "三"]);
        assert_eq!(sentences("At 3.5 % a year. Then."), ["At 3.5 % a year. ", "Then."]);
    }

    #[test]
    fn a_wrapped_line_closes_the_isolates_it_opens_and_the_next_reopens_them() {
        let lines = vec!["a \u{2066}\u{2068}1 ETH\u{2069} +".to_owned(), "2\u{2069} b".to_owned()];
        assert_eq!(
            isolated(lines),
            ["a \u{2066}\u{2068}1 ETH\u{2069} +\u{2069}", "\u{2066}2\u{2069} b"]
        );
        assert_eq!(isolated(vec!["plain".to_owned()]), ["plain"]);
    }

    #[test]
    fn a_right_to_left_line_is_cut_into_pieces_seen_from_the_left() {
        // "Restaking 32 ETH: 1.12 ETH + 1.12 ETH", its numbers and its sum isolated as the
        // widget writes them: read from the right, the words, the stake and its colon, the
        // sum, whole and left to right.
        let line = "إعادة تخزين \u{2068}32\u{a0}ETH\u{2069}: \u{2066}\u{2068}1.12\u{a0}ETH\u{2069} + \u{2068}1.12\u{a0}ETH\u{2069}\u{2069}";
        let seen: Vec<String> = pieces(line).into_iter().map(|(_, words, _)| words).collect();
        assert_eq!(
            seen.iter().filter(|w| !w.is_empty()).collect::<Vec<_>>(),
            ["1.12\u{a0}ETH", "+", "1.12\u{a0}ETH", ":", "32\u{a0}ETH", "إعادة تخزين"]
        );
        // A bracket with no Arabic letter beside it is turned here: "(7 %)" reads the same.
        let seen: Vec<String> =
            pieces("سنويًا (\u{2068}7%\u{2069}).").into_iter().map(|(_, w, _)| w).collect();
        assert_eq!(seen.concat(), ".(7%)سنويًا");
    }

    #[test]
    fn the_kicker_is_set_in_capitals_as_the_locale_writes_them() {
        assert_eq!(capitals("tr", "etkileşimli bir rehber"), "ETKİLEŞİMLİ BİR REHBER");
        assert_eq!(capitals("en", "an interactive guide"), "AN INTERACTIVE GUIDE");
        assert_eq!(capitals("vi", "hướng dẫn"), "HƯỚNG DẪN");
    }
}
