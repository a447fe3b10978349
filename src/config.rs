//! The widget's configuration as text: URL parameters (and, with the same names,
//! embed attributes) read into a validated state, and the state written back.
//! Pure: the browser glue hands in decoded `(name, value)` pairs and takes pairs out.

use crate::model::{
    clean_name, default_service_name, Allocation, EntryPath, Field, Notice, Scenario, Service,
    SlashModel, State, DEFAULT_SLASH_PROB_PCT, MAX_SERVICES, NEW_SERVICE_RATE_PCT, STEP_COUNT,
};

/// One of the five parts of the explainer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The animated deposit fanning out to its services.
    FanOut,
    /// The five steps of restaking.
    Flow,
    /// Liquid staking and restaking side by side.
    Compare,
    /// The worked example as sliders.
    Calculator,
    /// The six risks.
    Risks,
}

impl View {
    /// Every part, in reading order.
    /// Every part, in page order: the calculator right after the five steps, so a
    /// newcomer on a phone reaches it within five screens.
    pub const ALL: [Self; 5] =
        [Self::FanOut, Self::Flow, Self::Calculator, Self::Compare, Self::Risks];

    /// The part's name in `view=` and `data-restaking-explainer=`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FanOut => "fan-out",
            Self::Flow => "flow",
            Self::Compare => "compare",
            Self::Calculator => "calculator",
            Self::Risks => "risks",
        }
    }

    fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == word)
    }
}

/// The colour scheme asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// Follow the reader's system setting.
    #[default]
    Auto,
}

impl Theme {
    /// The theme's name in `theme=`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
            Self::Auto => "auto",
        }
    }
}

/// Everything the parameters configure.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The scenario, with notices about any value that had to be clamped or refused.
    pub state: State,
    /// The parts to show, in the order given (all of them by default).
    pub views: Vec<View>,
    /// The colour scheme.
    pub theme: Theme,
}

impl Default for Config {
    fn default() -> Self {
        Self { state: State::default(), views: View::ALL.to_vec(), theme: Theme::Auto }
    }
}

/// Every parameter name the widget reads, in the order it reads them.
pub const PARAM_NAMES: [&str; 18] = [
    "stake",
    "base",
    "services",
    "prob",
    "alloc",
    "names",
    "slash",
    "fee",
    "commission",
    "protocolfee",
    "lrtfee",
    "model",
    "theme",
    "view",
    "years",
    "slashyear",
    "step",
    "path",
];

/// Reads a number the way a person writes one: surrounding space and a trailing `%`
/// are allowed. `None` for anything else (including NaN).
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = text.strip_suffix('%').unwrap_or(text).trim_end();
    crate::number_text::parse(text)
}

/// Splits a comma-separated list; an empty (or all-space) text is an empty list.
fn split_list(text: &str) -> Vec<&str> {
    if text.trim().is_empty() {
        Vec::new()
    } else {
        text.split(',').map(str::trim).collect()
    }
}

/// Sets `field` from text, recording a notice when the text is not a number or the
/// number had to be clamped.
fn set_from_text(scenario: &mut Scenario, notices: &mut Vec<Notice>, field: Field, text: &str) {
    match parse_number(text) {
        Some(value) => notices.extend(scenario.set(field, value)),
        None => notices.push(Notice::NotANumber { field, given: text.to_owned() }),
    }
}

/// The parameters that each set one numeric input, in the order they are read (the
/// horizon before the slash year, whose range it sets).
const SCALAR_PARAMS: [(&str, Field); 9] = [
    ("stake", Field::Stake),
    ("base", Field::BaseRate),
    ("slash", Field::SlashSize),
    ("fee", Field::LstFee),
    ("commission", Field::Commission),
    ("protocolfee", Field::ProtocolFee),
    ("lrtfee", Field::LrtFee),
    ("years", Field::Horizon),
    ("slashyear", Field::SlashYear),
];

/// Decoded parameters, looked up by name; for a name given twice the last one counts.
struct Params<'a>(Vec<(&'a str, &'a str)>);

impl<'a> Params<'a> {
    fn get(&self, name: &str) -> Option<&&'a str> {
        self.0.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// One value per service from a comma-separated list: a single value applies to every
/// service; otherwise a list of the wrong length gets a notice, and missing values
/// keep their defaults.
fn per_service<'a>(
    text: &'a str,
    param: &'static str,
    count: usize,
    notices: &mut Vec<Notice>,
) -> Vec<&'a str> {
    let items = split_list(text);
    match items.len() {
        1 => vec![items[0]; count],
        n => {
            if n != count {
                notices.push(Notice::ListLength { param, given: n, expected: count });
            }
            items.into_iter().take(count).collect()
        }
    }
}

/// Builds the configuration from decoded parameters. Unknown names are ignored; for
/// a name given twice the last one counts. Never fails: bad values become notices.
pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Config {
    // A handful of names: a list is smaller in the wasm than a HashMap, and as quick.
    // The generic part stops here, so the wasm holds one copy of the reading below
    // rather than one per caller's iterator type.
    from_list(pairs.into_iter().collect())
}

/// [`from_pairs`] for the collected pairs.
fn from_list(given: Vec<(&str, &str)>) -> Config {
    let get = Params(given);
    let mut scenario = Scenario::default();
    let mut notices = Vec::new();

    for (name, field) in SCALAR_PARAMS {
        if let Some(text) = get.get(name) {
            set_from_text(&mut scenario, &mut notices, field, text);
        }
    }

    if let Some(text) = get.get("services") {
        let rates = split_list(text);
        if rates.len() > MAX_SERVICES {
            notices.push(Notice::TooManyServices { given: rates.len() });
        }
        let defaults = Scenario::default().services;
        scenario.services = (0..rates.len().min(MAX_SERVICES))
            .map(|i| Service {
                id: i as u32,
                name: default_service_name(i),
                extra_rate_pct: defaults.get(i).map_or(NEW_SERVICE_RATE_PCT, |s| s.extra_rate_pct),
                slash_prob_pct: DEFAULT_SLASH_PROB_PCT,
                alloc_pct: 0.0,
            })
            .collect();
        for (i, rate) in rates.iter().take(MAX_SERVICES).enumerate() {
            set_from_text(&mut scenario, &mut notices, Field::ServiceRate(i), rate);
        }
    }

    let count = scenario.services.len();
    if let Some(text) = get.get("prob") {
        for (i, prob) in per_service(text, "prob", count, &mut notices).into_iter().enumerate() {
            set_from_text(&mut scenario, &mut notices, Field::ServiceProb(i), prob);
        }
    }

    // Allocations are read under every model (a link can switch models and keep
    // them) and used only under the allocated one.
    if let Some(text) = get.get("alloc") {
        let mut values = Vec::with_capacity(count);
        for (i, item) in per_service(text, "alloc", count, &mut notices).into_iter().enumerate() {
            match parse_number(item) {
                Some(value) => values.push(value),
                None => {
                    let field = Field::ServiceAlloc(i);
                    notices.push(Notice::NotANumber { field, given: item.to_owned() });
                    values.push(scenario.alloc_pct(i).unwrap_or_default());
                }
            }
        }
        notices.extend(scenario.set_allocations(&values));
    }

    if let Some(text) = get.get("names") {
        let names = split_list(text);
        if names.len() != count {
            notices.push(Notice::ListLength {
                param: "names",
                given: names.len(),
                expected: count,
            });
        }
        for (service, name) in scenario.services.iter_mut().zip(names) {
            let name = clean_name(name);
            if !name.is_empty() {
                service.name = name;
            }
        }
    }

    if let Some(text) = get.get("model") {
        match SlashModel::parse(text) {
            Some(model) => scenario.model = model,
            None => notices.push(Notice::UnknownWord { param: "model", given: (*text).to_owned() }),
        }
    }

    let theme = match get.get("theme").map(|t| t.trim().to_ascii_lowercase()) {
        None => Theme::Auto,
        Some(word) => match word.as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            "auto" | "" => Theme::Auto,
            _ => {
                notices.push(Notice::UnknownWord { param: "theme", given: word.clone() });
                Theme::Auto
            }
        },
    };

    let mut views = Vec::new();
    for word in get.get("view").map(|t| split_list(t)).unwrap_or_default() {
        match View::parse(&word.to_ascii_lowercase()) {
            Some(view) if !views.contains(&view) => views.push(view),
            Some(_) => {}
            None => notices.push(Notice::UnknownWord { param: "view", given: word.to_owned() }),
        }
    }
    if views.is_empty() {
        views = View::ALL.to_vec();
    }

    let mut step = 1;
    if let Some(text) = get.get("step") {
        match text.trim().parse::<u8>() {
            Ok(n) if (1..=STEP_COUNT).contains(&n) => step = n,
            _ => notices.push(Notice::UnknownWord { param: "step", given: (*text).to_owned() }),
        }
    }
    let mut path = EntryPath::Liquid;
    if let Some(text) = get.get("path") {
        match EntryPath::parse(text) {
            Some(p) => path = p,
            None => notices.push(Notice::UnknownWord { param: "path", given: (*text).to_owned() }),
        }
    }

    let state = State { step, path, ..State::new(scenario, notices) };
    Config { state, views, theme }
}

/// Writes a number the shortest way that reads back exactly.
fn number(value: f64) -> String {
    crate::number_text::shortest(value)
}

/// The parameters that describe `config`, leaving out every value that equals the
/// default, so the article's own example has a clean URL.
pub fn to_pairs(config: &Config) -> Vec<(&'static str, String)> {
    let s = &config.state.scenario;
    let d = Scenario::default();
    let mut out = Vec::new();
    for (name, field) in SCALAR_PARAMS {
        if s.get(field) != d.get(field) {
            out.push((name, s.get(field).map(number).unwrap_or_default()));
        }
    }
    let rates: Vec<f64> = s.services.iter().map(|x| x.extra_rate_pct).collect();
    let default_rates: Vec<f64> = d.services.iter().map(|x| x.extra_rate_pct).collect();
    if rates != default_rates {
        out.push(("services", join(rates.iter().map(|r| number(*r)))));
    }
    let probs: Vec<f64> = s.services.iter().map(|x| x.slash_prob_pct).collect();
    if probs.iter().any(|p| *p != DEFAULT_SLASH_PROB_PCT) {
        out.push(("prob", list_or_one(&probs)));
    }
    if s.allocation == Allocation::Custom {
        out.push(("alloc", list_or_one(&s.allocations_pct())));
    }
    if s.services.iter().enumerate().any(|(i, x)| x.name != default_service_name(i)) {
        out.push(("names", join(s.services.iter().map(|x| x.name.clone()))));
    }
    if s.model != d.model {
        out.push(("model", s.model.as_str().to_owned()));
    }
    if config.state.step != 1 {
        out.push(("step", config.state.step.to_string()));
    }
    if config.state.path != EntryPath::Liquid {
        out.push(("path", config.state.path.as_str().to_owned()));
    }
    if config.theme != Theme::Auto {
        out.push(("theme", config.theme.as_str().to_owned()));
    }
    if config.views != View::ALL {
        out.push(("view", join(config.views.iter().map(|v| v.as_str().to_owned()))));
    }
    out
}

/// Every parameter of `config`, defaults included: what an embed snippet carries, so a
/// later change of the widget's defaults never changes a published embed.
pub fn to_pinned_pairs(config: &Config) -> Vec<(&'static str, String)> {
    let state = &config.state;
    let s = &state.scenario;
    vec![
        ("stake", number(s.stake_eth)),
        ("base", number(s.base_rate_pct)),
        ("services", join(s.services.iter().map(|x| number(x.extra_rate_pct)))),
        ("prob", join(s.services.iter().map(|x| number(x.slash_prob_pct)))),
        ("alloc", join(s.allocations_pct().into_iter().map(number))),
        ("names", join(s.services.iter().map(|x| x.name.clone()))),
        ("slash", number(s.slash_pct)),
        ("fee", number(s.lst_fee_pct)),
        ("commission", number(s.commission_pct)),
        ("protocolfee", number(s.protocol_fee_pct)),
        ("lrtfee", number(s.lrt_fee_pct)),
        ("model", s.model.as_str().to_owned()),
        ("years", s.horizon_years.to_string()),
        ("slashyear", s.slash_year.to_string()),
        ("step", state.step.to_string()),
        ("path", state.path.as_str().to_owned()),
        ("theme", config.theme.as_str().to_owned()),
        ("view", join(config.views.iter().map(|v| v.as_str().to_owned()))),
    ]
}

/// A per-service list, written as one value when every service shares it.
fn list_or_one(values: &[f64]) -> String {
    match values {
        [first, rest @ ..] if rest.iter().all(|v| v == first) => number(*first),
        _ => join(values.iter().map(|v| number(*v))),
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Config {
        from_pairs(pairs.iter().copied())
    }

    #[test]
    fn no_parameters_is_the_articles_example() {
        assert_eq!(parse(&[]), Config::default());
        assert!(to_pairs(&Config::default()).is_empty());
    }

    #[test]
    fn the_pending_marker_knows_every_parameter_that_changes_a_figure() {
        // web/pending.js dims the prerendered figures when the URL carries any of these;
        // only the theme and the parts shown leave the prerendered figures the link's own.
        let script = include_str!("../web/pending.js");
        let list = script.split("var STATE = [").nth(1).and_then(|s| s.split(']').next());
        let listed: Vec<&str> = list
            .expect("pending.js lists STATE")
            .split(',')
            .map(|s| s.trim().trim_matches('\''))
            .collect();
        let expected: Vec<&str> =
            PARAM_NAMES.iter().copied().filter(|p| !["theme", "view"].contains(p)).collect();
        assert_eq!(listed, expected);
    }

    #[test]
    fn every_parameter_is_read() {
        let c = parse(&[
            ("stake", "64"),
            ("base", "3%"),
            ("services", "2.5, 1, 0.5"),
            ("prob", "1,2,3"),
            ("names", "Oracle,Bridge,DA"),
            ("slash", "10"),
            ("fee", "10"),
            ("commission", "5"),
            ("protocolfee", "20"),
            ("model", "correlated"),
            ("theme", "dark"),
            ("view", "calculator,fan-out"),
            ("years", "8"),
            ("slashyear", "4"),
            ("utm_source", "ignored"),
        ]);
        let s = &c.state.scenario;
        assert!(c.state.notices.is_empty(), "{:?}", c.state.notices);
        assert_eq!((s.stake_eth, s.base_rate_pct, s.slash_pct), (64.0, 3.0, 10.0));
        assert_eq!((s.lst_fee_pct, s.commission_pct, s.protocol_fee_pct), (10.0, 5.0, 20.0));
        let got: Vec<(&str, f64, f64)> = s
            .services
            .iter()
            .map(|x| (x.name.as_str(), x.extra_rate_pct, x.slash_prob_pct))
            .collect();
        assert_eq!(got, [("Oracle", 2.5, 1.0), ("Bridge", 1.0, 2.0), ("DA", 0.5, 3.0)]);
        assert_eq!(s.model, SlashModel::Correlated);
        assert_eq!((s.horizon_years, s.slash_year), (8, 4));
        assert_eq!(c.theme, Theme::Dark);
        assert_eq!(c.views, [View::Calculator, View::FanOut]);
    }

    #[test]
    fn written_parameters_read_back_to_the_same_config() {
        let c = parse(&[
            ("stake", "0.5"),
            ("services", "1,2,3"),
            ("prob", "4"),
            ("names", "a,b,c"),
            ("model", "correlated"),
            ("view", "risks"),
            ("theme", "light"),
            ("years", "10"),
            ("slashyear", "7"),
            ("step", "4"),
            ("path", "native"),
        ]);
        assert_eq!((c.state.step, c.state.path), (4, EntryPath::Native));
        let pairs = to_pairs(&c);
        let back = from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, c);
        assert!(pairs.contains(&("prob", "4".to_owned())), "one shared value stays one value");
    }

    #[test]
    fn pinned_parameters_carry_every_value_and_read_back() {
        let c = parse(&[("stake", "10"), ("services", "1,2"), ("prob", "3,4"), ("view", "risks")]);
        let pinned = to_pinned_pairs(&c);
        let mut names: Vec<&str> = pinned.iter().map(|(k, _)| *k).collect();
        let mut all = PARAM_NAMES.to_vec();
        names.sort_unstable();
        all.sort_unstable();
        assert_eq!(names, all, "every parameter is pinned");
        let mut back = from_pairs(pinned.iter().map(|(k, v)| (*k, v.as_str())));
        // Pinned allocations are explicit: the same slices, no longer an implied split.
        assert_eq!(back.state.scenario.allocation, Allocation::Custom);
        assert_eq!(back.state.scenario.allocations_pct(), c.state.scenario.allocations_pct());
        back.state.scenario.allocation = Allocation::Even;
        back.state.scenario.services.iter_mut().for_each(|s| s.alloc_pct = 0.0);
        assert_eq!(back, c);
        let defaults = to_pinned_pairs(&Config::default());
        assert!(defaults.contains(&("base", "3.5".to_owned())), "defaults are written out too");
    }

    #[test]
    fn an_empty_services_list_means_no_services() {
        let c = parse(&[("services", "")]);
        assert!(c.state.scenario.services.is_empty());
        assert_eq!(to_pairs(&c), [("services", String::new())]);
    }

    #[test]
    fn a_single_probability_applies_to_every_service() {
        let c = parse(&[("services", "1,1,1"), ("prob", "7")]);
        assert!(c.state.scenario.services.iter().all(|s| s.slash_prob_pct == 7.0));
    }

    #[test]
    fn bad_values_are_clamped_or_refused_with_notices() {
        let c = parse(&[
            ("stake", "-5"),
            ("base", "abc"),
            ("slash", "1e400"),
            ("services", "1,2,3,4,5,6,7,8,9,10"),
            ("prob", "1,2"),
            ("model", "sometimes"),
            ("view", "calculator,nope"),
            ("theme", "purple"),
            ("step", "9"),
            ("path", "teleport"),
        ]);
        let s = &c.state.scenario;
        assert_eq!(s.stake_eth, 0.01);
        assert_eq!(s.base_rate_pct, 3.5, "text that is not a number keeps the default");
        assert_eq!(s.slash_pct, 100.0, "an overflowing number is clamped");
        assert_eq!(s.services.len(), MAX_SERVICES);
        assert_eq!(s.model, SlashModel::Independent);
        assert_eq!(c.views, [View::Calculator]);
        assert_eq!(c.theme, Theme::Auto);
        let n = &c.state.notices;
        let range = crate::model::STAKE_RANGE;
        assert!(n.contains(&Notice::Clamped {
            field: Field::Stake,
            given: -5.0,
            used: 0.01,
            range
        }));
        assert!(n.contains(&Notice::NotANumber { field: Field::BaseRate, given: "abc".into() }));
        assert!(n.contains(&Notice::TooManyServices { given: 10 }));
        assert!(n.contains(&Notice::ListLength { param: "prob", given: 2, expected: 8 }));
        assert!(n.contains(&Notice::UnknownWord { param: "model", given: "sometimes".into() }));
        assert!(n.contains(&Notice::UnknownWord { param: "view", given: "nope".into() }));
        assert!(n.contains(&Notice::UnknownWord { param: "theme", given: "purple".into() }));
        assert!(n.contains(&Notice::UnknownWord { param: "step", given: "9".into() }));
        assert!(n.contains(&Notice::UnknownWord { param: "path", given: "teleport".into() }));
        assert_eq!((c.state.step, c.state.path), (1, EntryPath::Liquid));
    }

    #[test]
    fn the_specs_allocated_link_reads_and_writes_back() {
        let c =
            parse(&[("model", "allocated"), ("alloc", "50"), ("lrtfee", "10"), ("path", "lrt")]);
        let s = &c.state.scenario;
        assert!(c.state.notices.is_empty(), "{:?}", c.state.notices);
        assert_eq!(s.model, SlashModel::Allocated);
        assert_eq!(s.allocations_pct(), [50.0, 50.0], "a single value applies to every service");
        assert_eq!((s.lrt_fee_pct, c.state.path), (10.0, EntryPath::Lrt));
        let pairs = to_pairs(&c);
        assert!(pairs.contains(&("alloc", "50".to_owned())));
        assert!(pairs.contains(&("lrtfee", "10".to_owned())));
        assert!(pairs.contains(&("path", "lrt".to_owned())));
        let back = from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, c);
    }

    #[test]
    fn allocations_without_alloc_are_an_even_split_and_kept_under_every_model() {
        let c = parse(&[("services", "1,2,3"), ("model", "allocated")]);
        let third = 100.0 / 3.0;
        assert_eq!(c.state.scenario.allocations_pct(), [third, third, third]);
        assert!(!to_pairs(&c).iter().any(|(k, _)| *k == "alloc"), "an even split is implied");
        let c = parse(&[("alloc", "30,20")]);
        assert_eq!(c.state.scenario.model, SlashModel::Independent);
        assert_eq!(c.state.scenario.allocations_pct(), [30.0, 20.0]);
        assert!(to_pairs(&c).contains(&("alloc", "30,20".to_owned())));
    }

    #[test]
    fn allocations_over_100_are_scaled_down_in_proportion_with_a_notice() {
        // 90 + 60 = 150: scaled by 100/150 to 60 and 40.
        let c = parse(&[("alloc", "90,60"), ("model", "allocated")]);
        let a = c.state.scenario.allocations_pct();
        assert!((a[0] - 60.0).abs() < 1e-12 && (a[1] - 40.0).abs() < 1e-12, "{a:?}");
        assert_eq!(c.state.notices, [Notice::AllocationsScaled { given_total_pct: 150.0 }]);
    }

    #[test]
    fn bad_allocations_are_clamped_or_refused_and_nothing_else_is_lost() {
        let c = parse(&[("alloc", "-5,abc"), ("stake", "64"), ("lrtfee", "250")]);
        let s = &c.state.scenario;
        assert_eq!(s.allocations_pct(), [0.0, 50.0], "refused text keeps the even share");
        assert_eq!((s.stake_eth, s.lrt_fee_pct), (64.0, 100.0));
        let n = &c.state.notices;
        assert!(
            n.contains(&Notice::NotANumber { field: Field::ServiceAlloc(1), given: "abc".into() })
        );
        assert!(n
            .iter()
            .any(|x| matches!(x, Notice::Clamped { field: Field::ServiceAlloc(0), .. })));
        assert!(n.iter().any(
            |x| matches!(x, Notice::Clamped { field: Field::LrtFee, used, .. } if *used == 100.0)
        ));
        let c = parse(&[("alloc", "1,2,3")]);
        assert!(c.state.notices.contains(&Notice::ListLength {
            param: "alloc",
            given: 3,
            expected: 2
        }));
    }

    #[test]
    fn the_protocol_fee_is_read_clamped_refused_and_written_back() {
        let c = parse(&[("protocolfee", "20")]);
        assert_eq!(c.state.scenario.protocol_fee_pct, 20.0);
        assert!(c.state.notices.is_empty());
        assert!(to_pairs(&c).contains(&("protocolfee", "20".to_owned())));
        assert!(to_pinned_pairs(&c).contains(&("protocolfee", "20".to_owned())));
        assert!(c.state.scenario.has_advanced(), "it opens the calculator's other settings");
        // The default is none, and the article's clean URL stays clean.
        let d = parse(&[]);
        assert_eq!(d.state.scenario.protocol_fee_pct, 0.0);
        assert!(to_pairs(&d).iter().all(|(name, _)| *name != "protocolfee"));
        assert!(to_pinned_pairs(&d).contains(&("protocolfee", "0".to_owned())));
        let over = parse(&[("protocolfee", "150")]);
        assert_eq!(over.state.scenario.protocol_fee_pct, 100.0);
        assert!(matches!(
            over.state.notices[..],
            [Notice::Clamped { field: Field::ProtocolFee, used, .. }] if used == 100.0
        ));
        let bad = parse(&[("protocolfee", "a fifth")]);
        assert_eq!(bad.state.scenario.protocol_fee_pct, 0.0);
        assert_eq!(
            bad.state.notices,
            [Notice::NotANumber { field: Field::ProtocolFee, given: "a fifth".into() }]
        );
    }

    #[test]
    fn pinned_thirds_read_back_without_a_notice() {
        let c = parse(&[("services", "1,2,3")]);
        let pinned = to_pinned_pairs(&c);
        let back = from_pairs(pinned.iter().map(|(k, v)| (*k, v.as_str())));
        assert!(back.state.notices.is_empty(), "{:?}", back.state.notices);
        assert_eq!(back.state.scenario.allocations_pct(), c.state.scenario.allocations_pct());
    }

    #[test]
    fn nan_text_is_refused() {
        let c = parse(&[("stake", "NaN")]);
        assert_eq!(c.state.scenario.stake_eth, 32.0);
        assert_eq!(c.state.notices.len(), 1);
    }
}
