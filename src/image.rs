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

/// `text` broken into lines of at most `chars` characters, at spaces.
fn wrap(text: &str, chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The whole sentences of `text` that fit in `lines` lines of `chars` characters (at
/// least the first sentence), wrapped.
fn fit(text: &str, chars: usize, lines: usize) -> Vec<String> {
    let mut kept = String::new();
    for sentence in text.split_inclusive(". ") {
        let longer = format!("{kept}{sentence}");
        if !kept.is_empty() && wrap(&longer, chars).len() > lines {
            break;
        }
        kept = longer;
    }
    wrap(&kept, chars)
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
            let first = copy::compare_lead().split_inclusive(". ").next().unwrap_or_default();
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
pub fn card_svg(card: &Card<'_>, widget_css: &str) -> String {
    let palette = palette(widget_css);
    let colour = |name: &str| resolve(&format!("var(--rx-{name})"), &palette);
    let font = "\"Liberation Sans\", \"DejaVu Sans\", Arial, sans-serif";
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\n\
<title>{}</title>\n<style>\n{}\
.card-kicker{{fill:{accent};font:700 22px {font};letter-spacing:0.06em}}\n\
.card-title{{fill:{text};font:700 40px {font}}}\n\
.card-caption{{fill:{muted};font:400 23px {font}}}\n\
.card-numbers{{fill:{text};font:700 23px {font}}}\n\
.card-legend{{fill:{text};font:400 21px {font}}}\n\
.card-foot{{fill:{muted};font:400 18px {font}}}\n\
.rx-chart__label{{font-size:13px}}\n</style>\n\
<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{bg}\"/>\n\
<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"10\" fill=\"{accent}\"/>\n",
        xml(&copy::picture_alt(card.title, &card.numbers)),
        figure_css(widget_css),
        accent = colour("accent"),
        text = colour("text"),
        muted = colour("muted"),
        bg = colour("bg"),
    );
    // The words on the left, 64 px in, at most 500 px wide; the figure on the right.
    let (x, mut y) = (64, 78);
    out.push_str(&format!(
        "<text class=\"card-kicker\" x=\"{x}\" y=\"{y}\">{}</text>\n",
        xml(&card.kicker.to_uppercase())
    ));
    y += 22;
    for line in wrap(card.title, 24) {
        y += 48;
        out.push_str(&format!(
            "<text class=\"card-title\" x=\"{x}\" y=\"{y}\">{}</text>\n",
            xml(&line)
        ));
    }
    y += 14;
    let caption_lines = if card.legend.is_empty() { 6 } else { 4 };
    for line in fit(&card.caption, 40, caption_lines) {
        y += 32;
        out.push_str(&format!(
            "<text class=\"card-caption\" x=\"{x}\" y=\"{y}\">{}</text>\n",
            xml(&line)
        ));
    }
    y += 14;
    for line in wrap(&card.numbers, 38) {
        y += 32;
        out.push_str(&format!(
            "<text class=\"card-numbers\" x=\"{x}\" y=\"{y}\">{}</text>\n",
            xml(&line)
        ));
    }
    for (class, words) in &card.legend {
        y += 34;
        out.push_str(&format!(
            "<path class=\"rx-chart__line {class}\" d=\"M{x} {} h36\"/><text class=\"card-legend\" x=\"{}\" y=\"{y}\">{}</text>\n",
            y - 7,
            x + 48,
            xml(words)
        ));
    }
    out.push_str(&format!(
        "<text class=\"card-foot\" x=\"{x}\" y=\"{}\">{}</text>\n",
        HEIGHT - 36,
        xml(copy::picture_foot())
    ));
    // The figure, scaled into the right-hand box and centred there. Its labels may
    // reach past its viewBox (as on the page), so it is not clipped.
    let (svg, w, h) = card.figure;
    let (bx, by, bw, bh) = (600.0, 40.0, 560.0, 560.0);
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
pub fn fonts() -> Result<Arc<resvg::usvg::fontdb::Database>, String> {
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

/// The PNG of an SVG document drawn at its own size.
pub fn png(svg: &str, fonts: &Arc<resvg::usvg::fontdb::Database>) -> Result<Vec<u8>, String> {
    let options = resvg::usvg::Options { fontdb: fonts.clone(), ..Default::default() };
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
}
