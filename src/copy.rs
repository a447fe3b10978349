//! Every word the widget shows, in one place. Every word is a message of `locales/en.ftl`
//! (and of each locale's file): a fixed one read with [`t`], a sentence that carries
//! numbers or names filled in with [`tf`] by a function of the model's results. Each such
//! sentence is one whole message, so a translator can order its words freely; the code
//! only joins whole sentences with a space. The lists of messages are functions that build
//! their arrays afresh in the locale in use.

use crate::facts::FactSet;
use crate::format::{eth, pct, years};
use crate::i18n::Arg;
use crate::locale::{t, tf};
use crate::model::{Field, Notice, ResultName, Results, Route, Scenario, SlashModel};

/// A number for a message's placeholder: as the locale shows it, and as plain digits,
/// from which the message chooses its plural form.
struct Num(String, String);

impl Num {
    /// `value` rounded to `decimals` places.
    fn of(value: f64, decimals: usize) -> Self {
        Num(crate::format::decimal(value, decimals), crate::format::plain(value, decimals))
    }
    /// A count (of services, years, days…), written as plain digits.
    fn count(n: impl std::fmt::Display) -> Self {
        let digits = n.to_string();
        Num(digits.clone(), digits)
    }
    /// The placeholder's value.
    fn arg(&self) -> Arg<'_> {
        Arg::Number(&self.0, &self.1)
    }
}

/// The calculator's heading.
pub fn calculator_title() -> &'static str {
    t(id!("calculator-title"))
}
/// The line under the calculator's heading.
pub fn calculator_lead() -> &'static str {
    t(id!("calculator-lead"))
}
/// The calculator's lead when a link or an embed starts it from other numbers.
pub fn calculator_lead_other() -> &'static str {
    t(id!("calculator-lead-other"))
}
/// Under the extra reward: what it is paid in.
pub fn reward_currency() -> &'static str {
    t(id!("reward-currency"))
}
/// Under the risk-adjusted rate: what it leaves out.
pub fn risk_adjusted_note() -> &'static str {
    t(id!("risk-adjusted-note"))
}
/// Legend of the inputs' group.
pub fn inputs_legend() -> &'static str {
    t(id!("inputs-legend"))
}
/// Legend of the services' group.
pub fn services_legend() -> &'static str {
    t(id!("services-legend"))
}
/// Explains what a service's probability is, and that it is a guess.
pub fn services_hint() -> &'static str {
    t(id!("services-hint"))
}
/// The add-a-service button.
pub fn add_service() -> &'static str {
    t(id!("add-service"))
}
/// Said when no service is left.
pub fn no_services() -> &'static str {
    t(id!("no-services"))
}
/// Said when the maximum number of services is reached.
pub fn services_full() -> &'static str {
    t(id!("services-full"))
}
/// Legend of the slashing-model choice.
pub fn model_legend() -> &'static str {
    t(id!("model-legend"))
}
/// The independent choice.
pub fn model_independent() -> &'static str {
    t(id!("model-independent"))
}
/// The correlated choice.
pub fn model_correlated() -> &'static str {
    t(id!("model-correlated"))
}
/// The allocated choice.
pub fn model_allocated() -> &'static str {
    t(id!("model-allocated"))
}

/// The model's short name, as the narration and the results name the one they assume.
pub fn model_name(model: SlashModel) -> &'static str {
    match model {
        SlashModel::Independent => t(id!("model-name-independent")),
        SlashModel::Correlated => t(id!("model-name-correlated")),
        SlashModel::Allocated => t(id!("model-name-allocated")),
    }
}

/// Under the model choice when slices are chosen: the calculator's assumption about pay.
pub fn allocated_pay() -> &'static str {
    t(id!("allocated-pay"))
}
/// The facts behind [`allocated_pay()`] (ids in `crate::facts`).
pub const ALLOCATED_PAY_FACTS: [&str; 2] = ["eigenlayer-slashing", "eigenlayer-stake-rewards"];

/// The calculator's group of settings beyond the essentials, closed at first.
pub fn more_title() -> &'static str {
    t(id!("more-title"))
}
/// What that group holds, said on its toggle.
pub fn more_holds() -> &'static str {
    t(id!("more-holds"))
}

/// The legend of the route presets.
pub fn routes_legend() -> &'static str {
    t(id!("routes-legend"))
}
/// What a route preset changes, and what it keeps.
pub fn routes_hint() -> &'static str {
    t(id!("routes-hint"))
}

/// A route's button text.
pub fn route_name(route: Route) -> &'static str {
    match route {
        Route::Article => t(id!("route-name-article")),
        Route::LidoEigenLayer => t(id!("route-name-lido-eigen-layer")),
        Route::LiquidRestaking => t(id!("route-name-liquid-restaking")),
        Route::Native => t(id!("route-name-native")),
    }
}

/// What a route sets, in a sentence, and the facts it rests on (ids in `crate::facts`).
pub fn route_summary(route: Route) -> (Message, &'static [&'static str]) {
    match route {
        Route::Article => (Message(id!("route-summary-article")), &["article"]),
        Route::LidoEigenLayer => (
            Message(id!("route-summary-lido-eigen-layer")),
            &[
                "lido-fee",
                "eigenlayer-protocol-fee",
                "eigenlayer-commission",
                "eigenlayer-slashing",
            ],
        ),
        Route::LiquidRestaking => (
            Message(id!("route-summary-liquid-restaking")),
            &["lrt-fee", "eigenlayer-protocol-fee", "eigenlayer-commission", "eigenlayer-slashing"],
        ),
        Route::Native => (
            Message(id!("route-summary-native")),
            &["eigenlayer-protocol-fee", "eigenlayer-commission", "eigenlayer-slashing"],
        ),
    }
}

/// Said when the fees, path and model match no route.
pub fn route_custom() -> &'static str {
    t(id!("route-custom"))
}
/// The fees toggle.
pub fn fees_summary() -> &'static str {
    t(id!("fees-summary"))
}

/// The line under a field, where it has one: who charges a fee and on what, and what a
/// slash's size is a share of when each service reaches only its slice.
pub fn field_hint(field: Field, model: SlashModel) -> Option<&'static str> {
    match field {
        Field::SlashSize if model == SlashModel::Allocated => Some(t(id!("field-hint-slash-size"))),
        Field::BaseRate => Some(t(id!("field-hint-base-rate"))),
        Field::LstFee => Some(t(id!("field-hint-lst-fee"))),
        Field::ProtocolFee => Some(t(id!("field-hint-protocol-fee"))),
        Field::Commission => Some(t(id!("field-hint-commission"))),
        Field::LrtFee => Some(t(id!("field-hint-lrt-fee"))),
        _ => None,
    }
}
/// The reset button.
pub fn reset() -> &'static str {
    t(id!("reset"))
}
/// Heading of the results.
pub fn results_title() -> &'static str {
    t(id!("results-title"))
}
/// The toggle of the sources part's full list.
pub fn sources_all() -> &'static str {
    t(id!("sources-all"))
}
/// Said where the facts' details are on their way (fetched the first time they are asked for).
pub fn sources_loading() -> &'static str {
    t(id!("sources-loading"))
}
/// Said where the facts' details could not be had.
pub fn sources_failed() -> &'static str {
    t(id!("sources-failed"))
}
/// The toggle of the glossary's definitions.
pub fn glossary_open() -> &'static str {
    t(id!("glossary-open"))
}
/// The dismiss-notices button.
pub fn dismiss() -> &'static str {
    t(id!("dismiss"))
}
/// Heading of the chart.
pub fn chart_title() -> &'static str {
    t(id!("chart-title"))
}
/// Explains the chart's assumptions.
pub fn chart_hint() -> &'static str {
    t(id!("chart-hint"))
}
/// The labels of the headline bar that follows the inputs on a phone.
pub fn headline_labels() -> [&'static str; 3] {
    [
        t(id!("headline-labels-total-rate")),
        t(id!("headline-labels-one-slash")),
        t(id!("headline-labels-years-erased")),
    ]
}
/// Shown in place of a result that does not exist.
pub fn none_text() -> &'static str {
    t(id!("none-text"))
}

/// A labelled group of results.
pub struct ResultGroup {
    /// The group's heading.
    pub title: &'static str,
    /// Its results, in order.
    pub results: &'static [ResultName],
    /// Whether its figures depend on the slashing model (its heading then names it).
    pub names_model: bool,
    /// A line under the group that says what its figures leave out.
    pub note: Option<fn() -> &'static str>,
    /// Whether the group starts folded away (its figures rest on the yearly odds, which
    /// are not among the calculator's essentials).
    pub folded: bool,
}

/// After a heading whose figures depend on the model: " (independent model)", joined to
/// it by the locale's gap (none in Chinese, whose brackets are full width).
pub fn model_note(model: SlashModel) -> String {
    let note = tf(id!("model-note"), &[("name", Arg::Text(model_name(model)))]);
    format!("{}{note}", t(id!("sentence-gap")))
}

/// The results as the calculator groups them.
pub fn result_groups() -> [ResultGroup; 3] {
    [
        ResultGroup {
            title: t(id!("result-groups-rewards")),
            results: &[
                ResultName::BaseReward,
                ResultName::ExtraReward,
                ResultName::GrossReward,
                ResultName::GrossApr,
            ],
            names_model: false,
            note: Some(reward_currency),
            folded: false,
        },
        ResultGroup {
            title: t(id!("result-groups-one-slash")),
            results: &[ResultName::SlashLoss, ResultName::YearsErased],
            names_model: true,
            note: None,
            folded: false,
        },
        ResultGroup {
            title: t(id!("result-groups-weighing")),
            results: &[
                ResultName::CombinedSlashProbability,
                ResultName::ExpectedSlashCost,
                ResultName::RiskAdjustedReward,
                ResultName::RiskAdjustedApr,
                ResultName::BreakevenProbability,
            ],
            names_model: true,
            note: Some(risk_adjusted_note),
            folded: true,
        },
    ]
}

/// A result's label.
pub fn result_label(name: ResultName) -> &'static str {
    match name {
        ResultName::BaseReward => t(id!("result-label-base-reward")),
        ResultName::ExtraReward => t(id!("result-label-extra-reward")),
        ResultName::GrossReward => t(id!("result-label-gross-reward")),
        ResultName::GrossApr => t(id!("result-label-gross-apr")),
        ResultName::SlashLoss => t(id!("result-label-slash-loss")),
        ResultName::YearsErased => t(id!("result-label-years-erased")),
        ResultName::CombinedSlashProbability => t(id!("result-label-combined-slash-probability")),
        ResultName::ExpectedSlashCost => t(id!("result-label-expected-slash-cost")),
        ResultName::RiskAdjustedReward => t(id!("result-label-risk-adjusted-reward")),
        ResultName::RiskAdjustedApr => t(id!("result-label-risk-adjusted-apr")),
        ResultName::BreakevenProbability => t(id!("result-label-breakeven-probability")),
    }
}

/// Why a result may be "none".
pub fn result_none_reason(name: ResultName) -> &'static str {
    match name {
        ResultName::YearsErased => t(id!("result-none-reason-years-erased")),
        ResultName::BreakevenProbability => t(id!("result-none-reason-breakeven-probability")),
        _ => "",
    }
}

/// The label of a numeric input.
pub fn field_label(field: Field) -> String {
    match field {
        Field::Stake => t(id!("field-label-stake")).into(),
        Field::BaseRate => t(id!("field-label-base-rate")).into(),
        Field::SlashSize => t(id!("field-label-slash-size")).into(),
        Field::LstFee => t(id!("field-label-lst-fee")).into(),
        Field::ProtocolFee => t(id!("field-label-protocol-fee")).into(),
        Field::Commission => t(id!("field-label-commission")).into(),
        Field::LrtFee => t(id!("field-label-lrt-fee")).into(),
        Field::ServiceRate(_) => t(id!("field-label-service-rate")).into(),
        Field::ServiceProb(_) => t(id!("field-label-service-prob")).into(),
        Field::ServiceAlloc(_) => t(id!("field-label-service-alloc")).into(),
        Field::Horizon => t(id!("field-label-horizon")).into(),
        Field::SlashYear => t(id!("field-label-slash-year")).into(),
    }
}

/// The unit of a numeric input as read after its value ("ETH", "% a year").
pub fn field_unit(field: Field) -> &'static str {
    match field {
        Field::Stake => t(id!("field-unit-stake")),
        Field::BaseRate | Field::ServiceRate(_) => t(id!("field-unit-base-rate")),
        Field::SlashSize => t(id!("field-unit-slash-size")),
        Field::LstFee => t(id!("field-unit-lst-fee")),
        Field::ProtocolFee | Field::Commission => t(id!("field-unit-protocol-fee")),
        Field::LrtFee => t(id!("field-unit-lrt-fee")),
        Field::ServiceProb(_) => t(id!("field-unit-service-prob")),
        Field::ServiceAlloc(_) => t(id!("field-unit-service-alloc")),
        Field::Horizon => t(id!("field-unit-horizon")),
        Field::SlashYear => "",
    }
}

/// The short unit printed beside an exact entry ("ETH", "%"); the full unit is read
/// aloud through the entry's label.
pub fn field_short_unit(field: Field) -> &'static str {
    match field {
        Field::Stake => t(id!("field-short-unit-stake")),
        Field::Horizon | Field::SlashYear => "",
        _ => t(id!("field-short-unit-percent")),
    }
}

/// A numeric input's value as a screen reader should hear it ("32 ETH", "year 2 of 5").
pub fn field_value_text(field: Field, value: f64, scenario: &Scenario) -> String {
    let number = Num::of(value, 4);
    let n = [("n", number.arg())];
    match field {
        Field::Horizon => years(value),
        Field::SlashYear => {
            let horizon = Num::count(scenario.horizon_years);
            let args = [("year", number.arg()), ("total", horizon.arg())];
            tf(id!("field-value-text-slash-year"), &args)
        }
        Field::ServiceAlloc(_) => {
            let args = [
                ("n", number.arg()),
                ("amount", Arg::Text(&eth(scenario.stake_eth * value / 100.0))),
            ];
            tf(id!("field-value-text-alloc"), &args)
        }
        Field::SlashSize if scenario.model == SlashModel::Allocated => {
            tf(id!("field-value-text-slice"), &n)
        }
        Field::Stake => tf(id!("field-value-text-stake"), &n),
        Field::BaseRate | Field::ServiceRate(_) => tf(id!("field-value-text-rate"), &n),
        Field::ServiceProb(_) => tf(id!("field-value-text-chance"), &n),
        Field::SlashSize => tf(id!("field-value-text-slash-size"), &n),
        Field::LstFee => tf(id!("field-value-text-lst-fee"), &n),
        Field::ProtocolFee | Field::Commission => tf(id!("field-value-text-service-fee"), &n),
        Field::LrtFee => tf(id!("field-value-text-lrt-fee"), &n),
    }
}

/// The name of the thing a notice is about, for its message.
fn subject(field: Field) -> String {
    match field {
        Field::ServiceRate(i) | Field::ServiceProb(i) | Field::ServiceAlloc(i) => {
            let number = Num::count(i + 1);
            let args = [("label", Arg::Text(&field_label(field))), ("n", number.arg())];
            tf(id!("notice-subject-service"), &args)
        }
        other => field_label(other),
    }
}

/// A notice as one plain sentence.
pub fn notice_text(notice: &Notice) -> String {
    let num = |v: f64| Num::of(v, 4);
    match notice {
        Notice::Clamped { field, given, used, range } => {
            // The messages choose "an endless number" by the word.
            let given = if given.is_finite() { num(*given).0 } else { "endless".to_owned() };
            let unit = match field {
                Field::Stake => "eth",
                Field::SlashSize | Field::ServiceAlloc(_) => "stake-share",
                Field::LstFee => "base-rewards",
                Field::ProtocolFee | Field::Commission => "service-rewards",
                Field::LrtFee => "all-rewards",
                Field::Horizon => "years",
                Field::BaseRate
                | Field::ServiceRate(_)
                | Field::ServiceProb(_)
                | Field::SlashYear => "rate",
            };
            let (who, min, max, used) =
                (subject(*field), num(range.min), num(range.max), num(*used));
            let args = [
                ("subject", Arg::Text(&who)),
                ("min", min.arg()),
                ("max", max.arg()),
                ("unit", Arg::Text(unit)),
                ("given", Arg::Text(&given)),
                ("used", used.arg()),
            ];
            match field {
                Field::ServiceAlloc(_) if range.max < 100.0 => {
                    tf(id!("notice-clamped-alloc"), &args)
                }
                Field::SlashYear => tf(id!("notice-clamped-slash-year"), &args),
                _ => tf(id!("notice-clamped"), &args),
            }
        }
        Notice::AllocationsScaled { given_total_pct } => {
            tf(id!("notice-allocations-scaled"), &[("total", num(*given_total_pct).arg())])
        }
        Notice::NotANumber { field, given } => {
            // The label as the reader sees it ("EigenLayer protocol fee"), not lowered.
            let who = subject(*field);
            if given.trim().is_empty() || given == "NaN" {
                tf(id!("notice-not-a-number-empty"), &[("subject", Arg::Text(&who))])
            } else {
                let args = [("given", Arg::Text(given)), ("subject", Arg::Text(&who))];
                tf(id!("notice-not-a-number"), &args)
            }
        }
        Notice::TooManyServices { given } => {
            tf(id!("notice-too-many-services"), &[("given", Num::count(given).arg())])
        }
        Notice::ListLength { param, given, expected } => {
            let given = Num::count(given);
            let expected = Num::count(expected);
            let args =
                [("param", Arg::Text(param)), ("given", given.arg()), ("expected", expected.arg())];
            tf(id!("notice-list-length"), &args)
        }
        Notice::UnknownWord { param, given } => tf(
            id!("notice-unknown-word"),
            &[("given", Arg::Text(given)), ("param", Arg::Text(param))],
        ),
    }
}

/// The calculator's narration: the worked example retold with the current numbers.
pub fn narration(scenario: &Scenario, r: &Results) -> String {
    let n = scenario.services.len();
    // Every fee is named where it is taken, so no figure seems to come from nowhere.
    let lrt = (scenario.lrt_fee_pct, Fee::Lrt);
    let (stake, rate, base) =
        (eth(scenario.stake_eth), pct(scenario.base_rate_pct), eth(r.base_reward_eth));
    let fees = after_fees(&[(scenario.lst_fee_pct, Fee::Lst), lrt]);
    let args = [
        ("stake", Arg::Text(&stake)),
        ("rate", Arg::Text(&rate)),
        ("base", Arg::Text(&base)),
        ("fees", Arg::Text(fees.as_deref().unwrap_or_default())),
    ];
    let mut out = match fees {
        None => tf(id!("narration-staking"), &args),
        Some(_) => tf(id!("narration-staking-fees"), &args),
    };
    out.push_str(t(id!("sentence-gap")));
    if n == 0 {
        out.push_str(t(id!("narration-no-services")));
        return out;
    }
    let fees = after_fees(&[
        (scenario.protocol_fee_pct, Fee::Protocol),
        (scenario.commission_pct, Fee::Commission),
        lrt,
    ]);
    let (count, extra, gross, apr) =
        (Num::count(n), eth(r.extra_reward_eth), eth(r.gross_reward_eth), pct(r.gross_apr_pct));
    let args = [
        ("n", count.arg()),
        ("extra", Arg::Text(&extra)),
        ("gross", Arg::Text(&gross)),
        ("apr", Arg::Text(&apr)),
        ("fees", Arg::Text(fees.as_deref().unwrap_or_default())),
    ];
    out.push_str(&match fees {
        None => tf(id!("narration-restaking"), &args),
        Some(_) => tf(id!("narration-restaking-fees"), &args),
    });
    out.push_str(t(id!("sentence-gap")));
    if scenario.slash_pct > 0.0 {
        let (slash, loss) = (pct(scenario.slash_pct), eth(r.slash_loss_eth));
        let erased = r.years_erased.map(years).unwrap_or_default();
        let args = [
            ("model", Arg::Text(scenario.model.as_str())),
            ("slash", Arg::Text(&slash)),
            ("loss", Arg::Text(&loss)),
            ("years", Arg::Text(&erased)),
        ];
        out.push_str(&match r.years_erased {
            Some(y) if y >= 2.0 => tf(id!("narration-slash"), &args),
            Some(y) if y > 1.0 => tf(id!("narration-slash-over-a-year"), &args),
            Some(1.0) => tf(id!("narration-slash-a-year"), &args),
            Some(_) => tf(id!("narration-slash"), &args),
            None => tf(id!("narration-slash-no-extra"), &args),
        });
    } else {
        out.push_str(t(id!("narration-no-slash")));
    }
    out
}

/// A fee the narration names where it is taken.
#[derive(Clone, Copy)]
enum Fee {
    /// The liquid staking token's, of base rewards.
    Lst,
    /// The liquid restaking token's, of all rewards.
    Lrt,
    /// EigenLayer's protocol fee, of service rewards.
    Protocol,
    /// The operator's commission, of service rewards.
    Commission,
}

/// "after the LST's 10 % fee", "after EigenLayer's 20 %, the operator's 10 % and the
/// LRT's 10 % fees": the fees above 0, named in the order they are taken; `None` for none.
fn after_fees(fees: &[(f64, Fee)]) -> Option<String> {
    let named: Vec<String> = fees
        .iter()
        .filter(|(p, _)| *p > 0.0)
        .map(|&(p, fee)| {
            let rate = pct(p);
            let args = [("rate", Arg::Text(&rate))];
            match fee {
                Fee::Lst => tf(id!("after-fees-lst"), &args),
                Fee::Lrt => tf(id!("after-fees-lrt"), &args),
                Fee::Protocol => tf(id!("after-fees-protocol"), &args),
                Fee::Commission => tf(id!("after-fees-commission"), &args),
            }
        })
        .collect();
    match named.as_slice() {
        [] => None,
        [first] => Some(tf(id!("after-fees-one"), &[("first", Arg::Text(first))])),
        [first, second] => {
            let args = [("first", Arg::Text(first)), ("second", Arg::Text(second))];
            Some(tf(id!("after-fees-two"), &args))
        }
        [first, second, third, ..] => {
            let args = [
                ("first", Arg::Text(first)),
                ("second", Arg::Text(second)),
                ("third", Arg::Text(third)),
            ];
            Some(tf(id!("after-fees-three"), &args))
        }
    }
}

/// What the odds make of it, retold with the current numbers: the expected cost of
/// slashing and the break-even chance (beside the figures that rest on the odds).
pub fn risk_narration(scenario: &Scenario, r: &Results) -> String {
    if scenario.services.is_empty() {
        return t(id!("risk-narration-no-services")).to_owned();
    }
    let args = [
        ("model", Arg::Text(scenario.model.as_str())),
        ("chance", Arg::Text(&pct(r.combined_slash_probability_pct))),
        ("cost", Arg::Text(&eth(r.expected_slash_cost_eth))),
        ("left", Arg::Text(&eth(r.risk_adjusted_reward_eth))),
        ("rate", Arg::Text(&pct(r.risk_adjusted_apr_pct))),
    ];
    let mut out = tf(id!("risk-narration"), &args);
    if let Some(p) = r.breakeven_probability_pct {
        out.push_str(t(id!("sentence-gap")));
        let args =
            [("name", Arg::Text(model_name(scenario.model))), ("chance", Arg::Text(&pct(p)))];
        out.push_str(&tf(id!("risk-narration-breakeven"), &args));
    }
    out
}

/// Under the yearly odds: what they take off the rewards, in a line.
pub fn odds_now(r: &Results) -> String {
    let args = [
        ("cost", Arg::Text(&eth(r.expected_slash_cost_eth))),
        ("left", Arg::Text(&eth(r.risk_adjusted_reward_eth))),
        ("rate", Arg::Text(&pct(r.risk_adjusted_apr_pct))),
    ];
    tf(id!("odds-now"), &args)
}

/// The headline figures in one short sentence, read out once after the inputs settle.
pub fn summary(scenario: &Scenario, r: &Results) -> String {
    let args = [
        ("gross", Arg::Text(&eth(r.gross_reward_eth))),
        ("rate", Arg::Text(&pct(r.gross_apr_pct))),
    ];
    let mut out = tf(id!("summary-total"), &args);
    if scenario.slash_pct > 0.0 && !scenario.services.is_empty() {
        let loss = eth(r.slash_loss_eth);
        out.push_str(t(id!("sentence-gap")));
        out.push_str(&match r.years_erased {
            Some(y) => tf(
                id!("summary-slash"),
                &[("loss", Arg::Text(&loss)), ("years", Arg::Text(&years(y)))],
            ),
            None => tf(id!("summary-slash-no-extra"), &[("loss", Arg::Text(&loss))]),
        });
    }
    out.push_str(t(id!("sentence-gap")));
    let args = [
        ("left", Arg::Text(&eth(r.risk_adjusted_reward_eth))),
        ("rate", Arg::Text(&pct(r.risk_adjusted_apr_pct))),
    ];
    out.push_str(&tf(id!("summary-after"), &args));
    out
}

/// The chart's text alternative: what the three lines show at the horizon.
pub fn chart_description(scenario: &Scenario, plain: f64, restaked: f64, slashed: f64) -> String {
    let year = Num::count(scenario.slash_year);
    let args = [
        ("years", Arg::Text(&years(f64::from(scenario.horizon_years)))),
        ("plain", Arg::Text(&eth(plain))),
        ("restaked", Arg::Text(&eth(restaked))),
        ("slash", Arg::Text(&pct(scenario.slash_pct))),
        ("year", year.arg()),
        ("slashed", Arg::Text(&eth(slashed))),
    ];
    tf(id!("chart-description"), &args)
}

/// The chart's three lines, as named in its legend.
pub fn series_names() -> [&'static str; 3] {
    [
        t(id!("series-names-plain")),
        t(id!("series-names-no-slash")),
        t(id!("series-names-one-slash")),
    ]
}

// ---- Fan-out ---------------------------------------------------------------

/// The fan-out's heading.
pub fn fan_title() -> &'static str {
    t(id!("fan-title"))
}
/// The line under the fan-out's heading.
pub fn fan_lead() -> &'static str {
    t(id!("fan-lead"))
}

/// How far a service's slash reaches, under the chosen model: the article's picture,
/// then what EigenLayer does today.
pub fn fan_reach(model: SlashModel) -> &'static str {
    match model {
        SlashModel::Independent | SlashModel::Correlated => t(id!("fan-reach-independent")),
        SlashModel::Allocated => t(id!("fan-reach-allocated")),
    }
}
/// The play/pause button while the animation runs.
pub fn pause() -> &'static str {
    t(id!("pause"))
}
/// The play/pause button while the animation is paused.
pub fn play() -> &'static str {
    t(id!("play"))
}
/// Before the simulate-a-slash buttons.
pub fn simulate_label() -> &'static str {
    t(id!("simulate-label"))
}
/// Under the simulate buttons: what a fault on each kind of branch takes.
pub fn simulate_note() -> &'static str {
    t(id!("simulate-note"))
}
/// The facts [`simulate_note()`] states (ids in `crate::facts`).
pub const SIMULATE_FACTS: [&str; 4] = [
    "ethereum-slash-penalty",
    "ethereum-slashed-exit",
    "eigenlayer-slash-delay",
    "eigenlayer-redistribution",
];
/// The toggle of the fan-out's dated detail: how far a slash reaches, Ethereum's own.
pub fn fan_curious() -> &'static str {
    t(id!("fan-curious"))
}
/// The toggle of a step's other ways in.
pub fn flow_curious() -> &'static str {
    t(id!("flow-curious"))
}
/// The toggle of the exit timeline's dated rules.
pub fn timeline_curious() -> &'static str {
    t(id!("timeline-curious"))
}
/// The link from the lit diagram back to what lit it.
pub fn back_to(place: &str) -> String {
    tf(id!("back-to"), &[("place", Arg::Text(place))])
}

/// The undo button.
pub fn undo_slash() -> &'static str {
    t(id!("undo-slash"))
}
/// The name of the Ethereum branch.
pub fn ethereum() -> &'static str {
    t(id!("ethereum"))
}
/// Labels of the entry chain in the diagram, liquid path: coin, token, deposit.
pub fn chain_liquid() -> [&'static str; 3] {
    [t(id!("chain-eth")), t(id!("chain-lst")), t(id!("chain-restaking-protocol"))]
}
/// Labels of the entry chain in the diagram, native path.
pub fn chain_native() -> [&'static str; 3] {
    [t(id!("chain-eth")), t(id!("chain-validator")), t(id!("chain-restaking-protocol"))]
}
/// Labels of the entry chain in the diagram, liquid restaking path.
pub fn chain_lrt() -> [&'static str; 3] {
    [t(id!("chain-eth")), t(id!("chain-lrt")), t(id!("chain-restaking-protocol"))]
}
/// The key under the diagram for the operator's node: who it is and what it keeps.
pub fn operator_legend(commission_pct: f64) -> String {
    tf(id!("operator-legend"), &[("commission", Arg::Text(&pct(commission_pct)))])
}

/// What a service of one of the default kinds does, in a line; `None` for a name of the
/// reader's own.
pub fn service_role(name: &str) -> Option<&'static str> {
    match name {
        "Oracle" => Some(t(id!("service-role-oracle"))),
        "Bridge" => Some(t(id!("service-role-bridge"))),
        "Data layer" => Some(t(id!("service-role-data-layer"))),
        _ => None,
    }
}

/// A service's name as the reader sees it: a default name (the worked example's
/// "Oracle", "Bridge" and "Data layer", then "Service D", …: see
/// `crate::model::default_service_name`) in the locale's words; a name the reader gave,
/// as given. The model, and so the URL's `names`, keep the English default.
pub fn service_display_name(name: &str) -> String {
    match name {
        "Oracle" => t(id!("service-name-oracle")).to_owned(),
        "Bridge" => t(id!("service-name-bridge")).to_owned(),
        "Data layer" => t(id!("service-name-data-layer")).to_owned(),
        other => match other.strip_prefix("Service ") {
            Some(letter) if letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_uppercase()) => {
                tf(id!("service-name-lettered"), &[("letter", Arg::Text(letter))])
            }
            _ => other.to_owned(),
        },
    }
}

/// The line under the diagram that says what each service of a default kind does.
pub fn service_roles(scenario: &Scenario) -> Option<String> {
    let lines: Vec<String> = scenario
        .services
        .iter()
        .filter_map(|s| {
            service_role(&s.name).map(|role| {
                let name = service_display_name(&s.name);
                tf(
                    id!("service-roles-item"),
                    &[("name", Arg::Text(&name)), ("role", Arg::Text(role))],
                )
            })
        })
        .collect();
    (!lines.is_empty()).then(|| {
        let roles = lines.join(t(id!("service-roles-separator")));
        tf(id!("service-roles"), &[("roles", Arg::Text(&roles))])
    })
}

/// The exit path's label in the diagram.
pub fn exit_label() -> &'static str {
    t(id!("exit-label"))
}

/// A branch's name in buttons and the text alternative.
pub fn branch_name(branch: crate::model::Branch, scenario: &Scenario) -> String {
    match branch {
        crate::model::Branch::Ethereum => ethereum().to_owned(),
        crate::model::Branch::Service(i) => scenario.services.get(i).map_or_else(
            || tf(id!("branch-name-service"), &[("n", Num::count(i + 1).arg())]),
            |s| service_display_name(&s.name),
        ),
    }
}

/// A branch's rate as its label shows it: "3.5 % base", "+2 %/year".
pub fn branch_rate(branch: crate::model::Branch, scenario: &Scenario) -> String {
    match branch {
        crate::model::Branch::Ethereum => {
            tf(id!("branch-rate-ethereum"), &[("rate", Arg::Text(&pct(scenario.base_rate_pct)))])
        }
        crate::model::Branch::Service(i) => {
            scenario.services.get(i).map_or_else(String::new, |s| {
                tf(id!("branch-rate-service"), &[("rate", Arg::Text(&pct(s.extra_rate_pct)))])
            })
        }
    }
}

/// The fan-out's text alternative, with the current numbers.
pub fn fan_description(scenario: &Scenario, after: &crate::model::AfterSlashes) -> String {
    let n = scenario.services.len();
    let separator = t(id!("fan-description-separator"));
    let (stake, rate) = (eth(scenario.stake_eth), pct(scenario.base_rate_pct));
    let mut out = if n == 0 {
        let args = [("stake", Arg::Text(&stake)), ("rate", Arg::Text(&rate))];
        tf(id!("fan-description-no-services"), &args)
    } else {
        let list: Vec<String> = scenario
            .services
            .iter()
            .map(|s| {
                let name = service_display_name(&s.name);
                let args =
                    [("name", Arg::Text(&name)), ("rate", Arg::Text(&pct(s.extra_rate_pct)))];
                tf(id!("fan-description-service"), &args)
            })
            .collect();
        let services = Num::count(n);
        let args = [
            ("stake", Arg::Text(&stake)),
            ("rate", Arg::Text(&rate)),
            ("n", services.arg()),
            ("commission", Arg::Text(&pct(scenario.commission_pct))),
            ("list", Arg::Text(&list.join(separator))),
        ];
        tf(id!("fan-description-services"), &args)
    };
    out.push_str(t(id!("sentence-gap")));
    let slash = pct(scenario.slash_pct);
    if scenario.model == SlashModel::Allocated && n > 0 {
        let slices: Vec<String> = (0..n)
            .map(|i| {
                let share = scenario.alloc_pct(i).unwrap_or_default();
                let args = [
                    ("name", Arg::Text(&branch_name(crate::model::Branch::Service(i), scenario))),
                    ("share", Arg::Text(&pct(share))),
                ];
                tf(id!("fan-description-slice"), &args)
            })
            .collect();
        let args = [("slices", Arg::Text(&slices.join(separator))), ("slash", Arg::Text(&slash))];
        out.push_str(&tf(id!("fan-description-slices"), &args));
    } else {
        let branches = Num::count(n + 1);
        let args = [("n", branches.arg()), ("slash", Arg::Text(&slash))];
        out.push_str(&tf(id!("fan-description-branches"), &args));
    }
    if !after.outcomes.is_empty() {
        out.push_str(t(id!("sentence-gap")));
        out.push_str(&after_slash_sentence(scenario, after));
    }
    out
}

/// What the simulated slashes did, in one sentence.
pub fn after_slash_sentence(scenario: &Scenario, after: &crate::model::AfterSlashes) -> String {
    let erased = after.years_erased.map(years).unwrap_or_default();
    let (left, stake, lost) =
        (eth(after.stake_left_eth), eth(scenario.stake_eth), eth(after.lost_eth));
    let count = Num::count(after.outcomes.len());
    let args = [
        ("count", count.arg()),
        ("left", Arg::Text(&left)),
        ("stake", Arg::Text(&stake)),
        ("lost", Arg::Text(&lost)),
        ("years", Arg::Text(&erased)),
    ];
    match after.years_erased {
        Some(_) => tf(id!("after-slash-sentence"), &args),
        None => tf(id!("after-slash-sentence-no-extra"), &args),
    }
}

/// `name` cut to at most `max` characters, its end replaced by "…" when it is longer
/// (for the diagram, whose text alternative has the full name).
pub fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() > max {
        format!("{}…", name.chars().take(max - 1).collect::<String>())
    } else {
        name.to_owned()
    }
}

/// The last fault in one short line, for the diagram's status: "Service A: −1.6 ETH,
/// 30.4 ETH left", or "All 2 services: …" when one fault slashed on every service.
pub fn slash_status(scenario: &Scenario, outcome: &crate::model::SlashOutcome) -> String {
    let loss = eth(outcome.loss_eth);
    if outcome.branch == crate::model::Branch::Ethereum {
        // Ethereum's own slashing is a small first penalty and a forced exit.
        return tf(id!("slash-status-ethereum"), &[("loss", Arg::Text(&loss))]);
    }
    let left = eth(outcome.stake_left_eth);
    if outcome.hit.len() > 1 {
        let hit = Num::count(outcome.hit.len());
        let args = [("n", hit.arg()), ("loss", Arg::Text(&loss)), ("left", Arg::Text(&left))];
        tf(id!("slash-status-all"), &args)
    } else {
        let args = [
            ("name", Arg::Text(&shorten(&branch_name(outcome.branch, scenario), 12))),
            ("loss", Arg::Text(&loss)),
            ("left", Arg::Text(&left)),
        ];
        tf(id!("slash-status"), &args)
    }
}

/// Labels of the calculator's lines about simulated slashes.
pub fn after_labels() -> [&'static str; 3] {
    [
        t(id!("after-labels-stake-left")),
        t(id!("after-labels-principal-lost")),
        t(id!("after-labels-years-erased")),
    ]
}
/// Under a service's allocation: what its slice is worth, and what is left free.
pub fn alloc_hint(scenario: &Scenario, i: usize) -> String {
    let share = scenario.alloc_pct(i).unwrap_or_default();
    let args = [
        ("amount", Arg::Text(&eth(scenario.stake_eth * share / 100.0))),
        ("unallocated", Arg::Text(&pct(scenario.unallocated_pct()))),
    ];
    tf(id!("alloc-hint"), &args)
}

/// The service name's label.
pub fn service_name() -> &'static str {
    t(id!("service-name"))
}
/// The remove-a-service button.
pub fn remove() -> &'static str {
    t(id!("remove"))
}
/// The chart's y-axis unit.
pub fn chart_y_unit() -> &'static str {
    t(id!("chart-y-unit"))
}
/// The chart's x-axis unit.
pub fn chart_x_unit() -> &'static str {
    t(id!("chart-x-unit"))
}
/// The chart's mark at the slash.
pub fn chart_slash() -> &'static str {
    t(id!("chart-slash"))
}
/// The chart's mark at the reader's guess.
pub fn chart_guess() -> &'static str {
    t(id!("chart-guess"))
}

/// Heading of the calculator's line about simulated slashes.
pub fn after_title() -> &'static str {
    t(id!("after-title"))
}

// ---- Questions and the story ---------------------------------------------------

/// How a guess and its answer are written: in ETH or in years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuessUnit {
    /// An amount of ETH.
    Eth,
    /// A number of years.
    Years,
}

impl GuessUnit {
    /// `value` written in this unit.
    pub fn write(self, value: f64) -> String {
        match self {
            Self::Eth => eth(value),
            Self::Years => years(value),
        }
    }
}

/// The label of a guess's slider.
pub fn guess_label() -> &'static str {
    t(id!("guess-label"))
}
/// The button that commits a guess.
pub fn guess_check() -> &'static str {
    t(id!("guess-check"))
}
/// The toggle that shows an answer without a guess.
pub fn guess_skip() -> &'static str {
    t(id!("guess-skip"))
}
/// The same toggle once the answer is on show.
pub fn guess_answer() -> &'static str {
    t(id!("guess-answer"))
}
/// Offered when the numbers changed after an answer was shown.
pub fn guess_again() -> &'static str {
    t(id!("guess-again"))
}

/// How close a guess came, in one sentence: spot on within 5 % of the answer (or of
/// a hundredth when the answer is 0), otherwise how far too high or too low.
pub fn guess_verdict(guess: f64, answer: f64, unit: GuessUnit) -> String {
    let miss = guess - answer;
    let near = (answer.abs() * 0.05).max(0.01);
    let (guess, off) = (unit.write(guess), unit.write(miss.abs()));
    let args = [("guess", Arg::Text(&guess)), ("miss", Arg::Text(&off))];
    if miss.abs() <= near {
        tf(id!("guess-verdict-spot-on"), &args)
    } else if miss > 0.0 {
        tf(id!("guess-verdict-too-high"), &args)
    } else {
        tf(id!("guess-verdict-too-low"), &args)
    }
}

/// The first question, at the fan-out: what one slash takes.
pub fn ask_slash_loss(scenario: &Scenario) -> String {
    let args = [
        ("model", Arg::Text(scenario.model.as_str())),
        ("slash", Arg::Text(&pct(scenario.slash_pct))),
        ("stake", Arg::Text(&eth(scenario.stake_eth))),
    ];
    tf(id!("ask-slash-loss"), &args)
}

/// The first question's answer, `loss_eth` (what the fan-out's simulated slash takes),
/// with why.
pub fn answer_slash_loss(scenario: &Scenario, loss_eth: f64) -> String {
    let services = Num::count(scenario.services.len());
    let args = [
        ("model", Arg::Text(scenario.model.as_str())),
        ("loss", Arg::Text(&eth(loss_eth))),
        ("slash", Arg::Text(&pct(scenario.slash_pct))),
        ("n", services.arg()),
    ];
    tf(id!("answer-slash-loss"), &args)
}

/// The second question, after the first: how many years of extra reward that erases.
pub fn ask_years_erased() -> &'static str {
    t(id!("ask-years-erased"))
}

/// The second question's answer, with why: loss ÷ extra reward.
pub fn answer_years_erased(r: &Results) -> String {
    match r.years_erased {
        Some(y) => {
            let args = [
                ("years", Arg::Text(&years(y))),
                ("loss", Arg::Text(&eth(r.slash_loss_eth))),
                ("extra", Arg::Text(&eth(r.extra_reward_eth))),
            ];
            tf(id!("answer-years-erased"), &args)
        }
        None => t(id!("answer-years-erased-none")).to_owned(),
    }
}

/// The chart's question.
pub fn ask_chart(scenario: &Scenario) -> String {
    tf(id!("ask-chart"), &[("years", Arg::Text(&years(f64::from(scenario.horizon_years))))])
}

/// The chart's answer: the slashed line's end, beside the other two.
pub fn answer_chart(plain: f64, restaked: f64, slashed: f64) -> String {
    let args = [
        ("slashed", Arg::Text(&eth(slashed))),
        ("restaked", Arg::Text(&eth(restaked))),
        ("plain", Arg::Text(&eth(plain))),
    ];
    tf(id!("answer-chart"), &args)
}

/// The story's control, stopped.
pub fn story_play() -> &'static str {
    t(id!("story-play"))
}
/// The story's control, playing.
pub fn story_pause() -> &'static str {
    t(id!("story-pause"))
}
/// What the story is, beside its control.
pub fn story_hint() -> &'static str {
    t(id!("story-hint"))
}
/// The story caption's button that moves on before the beat's time is up.
pub fn story_next() -> &'static str {
    t(id!("story-next"))
}

/// The caption shown on the diagram at beat `beat`: a title and one short sentence, read in
/// the beat's time. The slash's caption asks rather than tells: the first question does.
pub fn story_caption(beat: crate::model::Beat) -> (String, &'static str) {
    match beat {
        crate::model::Beat::Step(n) => (
            step_heading(n, step_copy(n).title),
            match n {
                1 => t(id!("story-caption-step-1")),
                2 => t(id!("story-caption-step-2")),
                3 => t(id!("story-caption-step-3")),
                4 => t(id!("story-caption-step-4")),
                _ => t(id!("story-caption-step-5")),
            },
        ),
        crate::model::Beat::Slash => {
            (t(id!("story-caption-slash-title")).to_owned(), t(id!("story-caption-slash")))
        }
    }
}
/// Announced at the story's slash.
pub fn story_slash() -> &'static str {
    t(id!("story-slash"))
}

/// What is announced at beat `beat` of the story.
pub fn story_beat(beat: crate::model::Beat) -> String {
    match beat {
        crate::model::Beat::Step(n) => step_heading(n, step_copy(n).title),
        crate::model::Beat::Slash => story_slash().to_owned(),
    }
}

// ---- Flow ------------------------------------------------------------------

/// The flow's heading.
pub fn flow_title() -> &'static str {
    t(id!("flow-title"))
}
/// The line under the flow's heading.
pub fn flow_lead() -> &'static str {
    t(id!("flow-lead"))
}
/// The back button.
pub fn back() -> &'static str {
    t(id!("back"))
}
/// The next button.
pub fn next() -> &'static str {
    t(id!("next"))
}

/// The heading of the current step's panel.
pub fn step_heading(step: u8, title: &str) -> String {
    let step = Num::count(step);
    let total = Num::count(crate::model::STEP_COUNT);
    let args = [("step", step.arg()), ("total", total.arg()), ("title", Arg::Text(title))];
    tf(id!("step-heading"), &args)
}

/// Where a risk enters the flow.
pub fn enters_at(step: u8) -> String {
    let title = steps().get(usize::from(step.max(1) - 1)).map_or("", |s| s.title);
    tf(id!("enters-at"), &[("step", Num::count(step).arg()), ("title", Arg::Text(title))])
}
/// Label of the step list.
pub fn steps_label() -> &'static str {
    t(id!("steps-label"))
}
/// "Risk it adds:" before each step's risk.
pub fn risk_added() -> &'static str {
    t(id!("risk-added"))
}

/// One step's short title, explanation and added risk.
#[derive(Clone, Copy)]
pub struct StepCopy {
    /// A short title for the step dot and heading.
    pub title: &'static str,
    /// Two or three sentences in plain words (asked for only for the step on show).
    pub body: Message,
    /// The risk this step adds.
    pub risk: Message,
}

/// The five steps, liquid path.
pub fn steps() -> [StepCopy; 5] {
    [
        StepCopy {
            title: t(id!("steps-1-title")),
            body: Message(id!("steps-1-body")),
            risk: Message(id!("steps-1-risk")),
        },
        StepCopy {
            title: t(id!("steps-2-title")),
            body: Message(id!("steps-2-body")),
            risk: Message(id!("steps-2-risk")),
        },
        StepCopy {
            title: t(id!("steps-3-title")),
            body: Message(id!("steps-3-body")),
            risk: Message(id!("steps-3-risk")),
        },
        StepCopy {
            title: t(id!("steps-4-title")),
            body: Message(id!("steps-4-body")),
            risk: Message(id!("steps-4-risk")),
        },
        StepCopy {
            title: t(id!("steps-5-title")),
            body: Message(id!("steps-5-body")),
            risk: Message(id!("steps-5-risk")),
        },
    ]
}

/// The native path, shown beside steps 1 and 2.
pub fn native_title() -> &'static str {
    t(id!("native-title"))
}
/// What the native path is.
pub fn native_body() -> &'static str {
    t(id!("native-body"))
}
/// The facts the native path's words state (ids in `crate::facts`).
pub const NATIVE_FACTS: [&str; 2] = ["ethereum-entry-queue", "ethereum-churn"];
/// The third path: a liquid restaking token.
pub fn lrt_title() -> &'static str {
    t(id!("lrt-title"))
}
/// What the liquid restaking path is.
pub fn lrt_body() -> &'static str {
    t(id!("lrt-body"))
}
/// Label of the path choice.
pub fn path_legend() -> &'static str {
    t(id!("path-legend"))
}

/// A path's name in the path choice.
pub fn path_name(path: crate::model::EntryPath) -> &'static str {
    use crate::model::EntryPath;
    match path {
        EntryPath::Liquid => t(id!("path-name-liquid")),
        EntryPath::Native => t(id!("path-name-native")),
        EntryPath::Lrt => t(id!("path-name-lrt")),
    }
}

/// A step's body for the path chosen: the exit (step 5) differs by path, the other
/// steps are those of the LST path, with the other paths beside them.
pub fn step_body(step: u8, path: crate::model::EntryPath) -> &'static str {
    use crate::model::EntryPath;
    match (step, path) {
        (5, EntryPath::Native) => t(id!("step-body-5-native")),
        (5, EntryPath::Lrt) => t(id!("step-body-5-lrt")),
        (n, _) => step_copy(n).body.text(),
    }
}

/// The words of step `n` (clamped to the steps there are).
fn step_copy(n: u8) -> StepCopy {
    steps()[usize::from(n.clamp(1, crate::model::STEP_COUNT) - 1)]
}

/// The risk a step adds on the path chosen: leaving a natively restaked validator has
/// no market to sell into, only queues to wait in.
pub fn step_risk(step: u8, path: crate::model::EntryPath) -> &'static str {
    match (step, path) {
        (5, crate::model::EntryPath::Native) => t(id!("step-risk-5-native")),
        (n, _) => step_copy(n).risk.text(),
    }
}

/// The facts a step's words state (ids in `crate::facts`).
pub fn step_facts(step: u8) -> &'static [&'static str] {
    match step {
        3 => &[
            "eigenlayer-commission",
            "eigenlayer-slashing",
            "eigenlayer-redistribution",
            "eigenlayer-allocation-delay",
        ],
        4 => &["eigenlayer-rewards", "eigenlayer-protocol-fee", "eigen-incentives"],
        _ => &[],
    }
}

/// Step 3's second sentence, which follows the slashing model.
pub fn step_reach(model: SlashModel) -> &'static str {
    match model {
        SlashModel::Independent | SlashModel::Correlated => t(id!("step-reach-independent")),
        SlashModel::Allocated => t(id!("step-reach-allocated")),
    }
}

/// A step's numbers-aware extra sentence, when it has one.
pub fn step_detail(step: u8, scenario: &Scenario, r: &Results) -> Option<String> {
    match step {
        3 => {
            let n = scenario.services.len();
            let services = Num::count(n);
            let sets = Num::count(n + 1);
            let args = [("n", services.arg()), ("sets", sets.arg())];
            Some(tf(id!("step-detail-services"), &args))
        }
        4 => {
            let args = [
                ("base", Arg::Text(&eth(r.base_reward_eth))),
                ("extra", Arg::Text(&eth(r.extra_reward_eth))),
                ("gross", Arg::Text(&eth(r.gross_reward_eth))),
                ("rate", Arg::Text(&pct(r.gross_apr_pct))),
            ];
            Some(tf(id!("step-detail-rewards"), &args))
        }
        _ => None,
    }
}

/// The exit timeline's heading.
pub fn timeline_title() -> &'static str {
    t(id!("timeline-title"))
}
/// The exit timeline's stated assumptions, and the facts they rest on.
pub fn timeline_assumptions() -> &'static str {
    t(id!("timeline-assumptions"))
}
/// The facts behind the timeline (ids in `crate::facts`).
pub const TIMELINE_FACTS: [&str; 6] = [
    "eigenlayer-withdrawal-delay",
    "ethereum-churn",
    "ethereum-exit-queue",
    "ethereum-entry-queue",
    "ethereum-withdrawable-delay",
    "ethereum-withdrawal-sweep",
];
/// The facts behind the liquid restaking token's exit (ids in `crate::facts`).
pub const LRT_EXIT_FACTS: [&str; 2] = ["renzo-exit", "etherfi-exit"];

/// The exit timeline's entries for a path: when, and what happens, in order.
pub fn exit_timeline(path: crate::model::EntryPath) -> [(String, &'static str); 3] {
    use crate::model::EntryPath;
    let delay = Num::count(crate::model::RESTAKING_WITHDRAWAL_DELAY_DAYS);
    let days = [("days", delay.arg())];
    match path {
        EntryPath::Liquid => [
            (t(id!("exit-timeline-day-0")).to_owned(), t(id!("exit-timeline-liquid-1"))),
            (tf(id!("exit-timeline-day"), &days), t(id!("exit-timeline-liquid-2"))),
            (tf(id!("exit-timeline-day-after"), &days), t(id!("exit-timeline-liquid-3"))),
        ],
        EntryPath::Native => [
            (t(id!("exit-timeline-day-0")).to_owned(), t(id!("exit-timeline-native-1"))),
            (t(id!("exit-timeline-native-2-when")).to_owned(), t(id!("exit-timeline-native-2"))),
            (tf(id!("exit-timeline-then"), &days), t(id!("exit-timeline-native-3"))),
        ],
        EntryPath::Lrt => [
            (t(id!("exit-timeline-day-0")).to_owned(), t(id!("exit-timeline-lrt-1"))),
            (t(id!("exit-timeline-lrt-2-when")).to_owned(), t(id!("exit-timeline-lrt-2"))),
            (t(id!("exit-timeline-lrt-3-when")).to_owned(), t(id!("exit-timeline-lrt-3"))),
        ],
    }
}

/// Says in words which part of the diagram is highlighted (colour is never the only signal).
pub fn focus_note(part: crate::model::FanPart) -> String {
    use crate::model::FanPart;
    match part {
        FanPart::Stake => t(id!("focus-note-stake")),
        FanPart::Deposit => t(id!("focus-note-deposit")),
        FanPart::Services => t(id!("focus-note-services")),
        FanPart::Rewards => t(id!("focus-note-rewards")),
        FanPart::Exit => t(id!("focus-note-exit")),
        FanPart::Slashing => t(id!("focus-note-slashing")),
    }
    .to_owned()
}

// ---- Rich text and the glossary -------------------------------------------

/// A term the glossary explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// Liquid staking token.
    Lst,
    /// Slashing.
    Slashing,
    /// Unbonding.
    Unbonding,
    /// Validator.
    Validator,
    /// Withdrawal credentials.
    WithdrawalCredentials,
    /// Service, or AVS.
    Avs,
    /// De-peg.
    Depeg,
    /// APR.
    Apr,
    /// Staking.
    Staking,
    /// An operator.
    Operator,
    /// EigenLayer.
    EigenLayer,
    /// DeFi.
    Defi,
}

impl Term {
    /// Every term, in the glossary's order.
    pub const ALL: [Self; 12] = [
        Self::Apr,
        Self::Defi,
        Self::Depeg,
        Self::EigenLayer,
        Self::Lst,
        Self::Operator,
        Self::Avs,
        Self::Slashing,
        Self::Staking,
        Self::Unbonding,
        Self::Validator,
        Self::WithdrawalCredentials,
    ];

    /// The id used in the copy's `[label](id)` links and in element ids.
    pub fn id(self) -> &'static str {
        match self {
            Self::Lst => "lst",
            Self::Slashing => "slashing",
            Self::Unbonding => "unbonding",
            Self::Validator => "validator",
            Self::WithdrawalCredentials => "withdrawal-credentials",
            Self::Avs => "avs",
            Self::Depeg => "depeg",
            Self::Apr => "apr",
            Self::Staking => "staking",
            Self::Operator => "operator",
            Self::EigenLayer => "eigenlayer",
            Self::Defi => "defi",
        }
    }

    /// The term as the glossary names it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Lst => t(id!("term-name-lst")),
            Self::Slashing => t(id!("term-name-slashing")),
            Self::Unbonding => t(id!("term-name-unbonding")),
            Self::Validator => t(id!("term-name-validator")),
            Self::WithdrawalCredentials => t(id!("term-name-withdrawal-credentials")),
            Self::Avs => t(id!("term-name-avs")),
            Self::Depeg => t(id!("term-name-depeg")),
            Self::Apr => t(id!("term-name-apr")),
            Self::Staking => t(id!("term-name-staking")),
            Self::Operator => t(id!("term-name-operator")),
            Self::EigenLayer => t(id!("term-name-eigen-layer")),
            Self::Defi => t(id!("term-name-defi")),
        }
    }

    /// The definition, in a sentence or two.
    pub fn definition(self) -> &'static str {
        match self {
            Self::Lst => t(id!("term-definition-lst")),
            Self::Slashing => t(id!("term-definition-slashing")),
            Self::Unbonding => t(id!("term-definition-unbonding")),
            Self::Validator => t(id!("term-definition-validator")),
            Self::WithdrawalCredentials => t(id!("term-definition-withdrawal-credentials")),
            Self::Avs => t(id!("term-definition-avs")),
            Self::Depeg => t(id!("term-definition-depeg")),
            Self::Apr => t(id!("term-definition-apr")),
            Self::Staking => t(id!("term-definition-staking")),
            Self::Operator => t(id!("term-definition-operator")),
            Self::EigenLayer => t(id!("term-definition-eigen-layer")),
            Self::Defi => t(id!("term-definition-defi")),
        }
    }

    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// A piece of copy: plain text, or a term the reader can open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Plain text.
    Text(&'a str),
    /// A term, with the words that stand for it in this sentence.
    Term(Term, &'a str),
}

/// Splits copy written with `[label](term-id)` links into segments. A link to an
/// unknown term stays plain text, so a typo shows up on the page, not as a crash.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let parsed = rest[open..].find("](").and_then(|mid| {
            let close = rest[open + mid..].find(')')?;
            let label = &rest[open + 1..open + mid];
            let id = &rest[open + mid + 2..open + mid + close];
            Some((label, Term::from_id(id), open + mid + close + 1))
        });
        match parsed {
            Some((label, Some(term), end)) => {
                if open > 0 {
                    out.push(Segment::Text(&rest[..open]));
                }
                out.push(Segment::Term(term, label));
                rest = &rest[end..];
            }
            Some((_, None, end)) => {
                out.push(Segment::Text(&rest[..end]));
                rest = &rest[end..];
            }
            None => break,
        }
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// The facts each term's definition states, if any (ids in `crate::facts`).
pub fn term_facts(term: Term) -> &'static [&'static str] {
    match term {
        Term::Validator => &["ethereum-max-balance"],
        Term::WithdrawalCredentials => &["ethereum-partial-withdrawals", "ethereum-exit-request"],
        Term::Avs => &["avs-name"],
        Term::Staking => &["staking-basics"],
        Term::EigenLayer => &["restaking-concentration"],
        _ => &[],
    }
}

/// Every fact a part can cite, for the short list that closes it when it is embedded
/// without the page's "Sources and dates" (ids in `crate::facts`).
pub fn view_facts(view: crate::config::View) -> FactSet {
    use crate::config::View;
    match view {
        View::FanOut => FactSet::of(&SIMULATE_FACTS).with("eigenlayer-slashing"),
        View::Flow => (1..=crate::model::STEP_COUNT)
            .map(|n| FactSet::of(step_facts(n)))
            .fold(FactSet::of(&NATIVE_FACTS), FactSet::union)
            .union(FactSet::of(&TIMELINE_FACTS))
            .union(FactSet::of(&LRT_EXIT_FACTS)),
        View::Calculator => Route::ALL
            .iter()
            .map(|r| FactSet::of(route_summary(*r).1))
            .fold(FactSet::of(&ALLOCATED_PAY_FACTS), FactSet::union),
        View::Compare => COMPARE_NOTE_FACTS
            .iter()
            .map(|ids| FactSet::of(ids))
            .fold(FactSet::default(), FactSet::union),
        View::Risks => risks()
            .into_iter()
            .filter_map(|r| r.example)
            .map(|(_, ids)| FactSet::of(ids))
            .fold(FactSet::default(), FactSet::union),
    }
}

/// The sources part's heading.
pub fn sources_title() -> &'static str {
    t(id!("sources-title"))
}
/// The line under the sources part's heading.
pub fn sources_lead() -> &'static str {
    t(id!("sources-lead"))
}

/// The glossary's heading.
pub fn glossary_title() -> &'static str {
    t(id!("glossary-title"))
}
/// The accessible name of the box a citation mark opens.
pub fn fact_pop_label() -> &'static str {
    t(id!("fact-pop-label"))
}
/// The heading of the box a citation mark opens.
pub fn fact_pop_heading(number: &str) -> String {
    tf(id!("fact-pop-heading"), &[("number", Arg::Text(number))])
}
/// A citation mark's accessible name: the fact's number and its source's title.
pub fn source_mark_label(number: usize, source: &str) -> String {
    tf(
        id!("source-mark-label"),
        &[("number", Num::count(number).arg()), ("source", Arg::Text(source))],
    )
}
/// After a source's title in the list of sources: when the fact took effect, and when
/// its quote was last compared with the source (both ISO 8601, as the table has them).
pub fn source_dates(as_of: &str, checked: &str) -> String {
    tf(id!("source-dates"), &[("date", Arg::Text(as_of)), ("checked", Arg::Text(checked))])
}
/// The close button of a term's popover.
pub fn close() -> &'static str {
    t(id!("close"))
}

/// What a closed toggle holds in the page's HTML until the live widget takes its place
/// (see `components::later`): seen only by a reader without JavaScript, or one who opens
/// it in the moment before the script has run.
pub fn later() -> &'static str {
    t(id!("later"))
}

/// What a toggle's body says in the live widget while the rest of the page's words are
/// on their way, or when they could not come (see `locale::complete`).
pub fn loading_rest() -> &'static str {
    if crate::locale::rest_failed() {
        t(id!("loader-failed"))
    } else {
        t(id!("loader-loading"))
    }
}

// ---- Intro -------------------------------------------------------------------

/// The whole explainer's opening: the one idea in two sentences.
pub fn intro() -> &'static str {
    t(id!("intro"))
}
/// The facts the opening states (ids in `crate::facts`).
pub const INTRO_FACTS: [&str; 1] = ["staking-basics"];
/// Where the worked example comes from, said once, on the whole page only.
pub fn intro_source() -> &'static str {
    t(id!("intro-source"))
}
/// Label of the table of contents.
pub fn contents() -> &'static str {
    t(id!("contents"))
}

/// A part's short name in the opening's table of contents.
pub fn view_short_title(view: crate::config::View) -> &'static str {
    use crate::config::View;
    match view {
        View::FanOut => fan_title(),
        View::Flow => t(id!("view-short-title-flow")),
        View::Compare => t(id!("view-short-title-compare")),
        View::Calculator => t(id!("view-short-title-calculator")),
        View::Risks => t(id!("view-short-title-risks")),
    }
}

/// A part's name in full.
pub fn view_title(view: crate::config::View) -> &'static str {
    use crate::config::View;
    match view {
        View::FanOut => fan_title(),
        View::Flow => flow_title(),
        View::Compare => compare_title(),
        View::Calculator => calculator_title(),
        View::Risks => risks_title(),
    }
}

// ---- Compare -----------------------------------------------------------------

/// The toggle of the comparison's notes.
pub fn compare_curious() -> &'static str {
    t(id!("compare-curious"))
}
/// The label of the comparison's choice of column, on a phone.
pub fn compare_showing() -> &'static str {
    t(id!("compare-showing"))
}
/// Where the comparison's pick and the risks' links lead back to.
pub fn back_compare() -> &'static str {
    t(id!("back-compare"))
}
/// See [`back_compare()`].
pub fn back_risks() -> &'static str {
    t(id!("back-risks"))
}

/// The comparison's heading.
pub fn compare_title() -> &'static str {
    t(id!("compare-title"))
}
/// The line under the comparison's heading.
pub fn compare_lead() -> &'static str {
    t(id!("compare-lead"))
}
/// The table's caption (read by screen readers, shown above the table).
pub fn compare_caption() -> &'static str {
    t(id!("compare-caption"))
}
/// The column headings, after the row-heading column.
pub fn compare_columns() -> [&'static str; 4] {
    [
        t(id!("compare-columns-plain")),
        t(id!("compare-columns-liquid")),
        t(id!("compare-columns-restaking")),
        t(id!("compare-columns-liquid-restaking")),
    ]
}
/// The heading of the row-heading column.
pub fn compare_dimension() -> &'static str {
    t(id!("compare-dimension"))
}
/// The seed's two points in prose, after the table.
pub fn compare_notes() -> [&'static str; 2] {
    [t(id!("compare-notes-1")), t(id!("compare-notes-2"))]
}

/// The facts each of the notes after the comparison states (ids in `crate::facts`).
pub const COMPARE_NOTE_FACTS: [&[&str]; 2] = [&[], &["lrt-deposits"]];

/// One row of the comparison.
#[derive(Clone, Copy)]
pub struct CompareRow {
    /// The dimension compared.
    pub dimension: &'static str,
    /// The part of the fan-out that shows it.
    pub part: crate::model::FanPart,
}

/// The six rows, in the seed's order.
pub fn compare_rows() -> [CompareRow; 6] {
    [
        CompareRow {
            dimension: t(id!("compare-rows-purpose")),
            part: crate::model::FanPart::Services,
        },
        CompareRow { dimension: t(id!("compare-rows-hold")), part: crate::model::FanPart::Stake },
        CompareRow {
            dimension: t(id!("compare-rows-reward")),
            part: crate::model::FanPart::Rewards,
        },
        CompareRow {
            dimension: t(id!("compare-rows-slashing")),
            part: crate::model::FanPart::Slashing,
        },
        CompareRow {
            dimension: t(id!("compare-rows-effort")),
            part: crate::model::FanPart::Deposit,
        },
        CompareRow { dimension: t(id!("compare-rows-risk")), part: crate::model::FanPart::Exit },
    ]
}

/// One cell of the comparison: words, and a figure from the calculator where the row
/// has one, in lines of their own that never wrap, so a changing number never moves
/// the table.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareCell {
    /// The words.
    pub text: String,
    /// The current figure, one line or two, if any.
    pub figure: Vec<String>,
}

/// The words of comparison row `row`, for the rows with no figure in them.
pub fn compare_words(row: usize) -> Option<[&'static str; 4]> {
    match row {
        0 => Some([
            t(id!("compare-words-purpose-plain")),
            t(id!("compare-words-purpose-liquid")),
            t(id!("compare-words-purpose-restaking")),
            t(id!("compare-words-purpose-liquid-restaking")),
        ]),
        1 => Some([
            t(id!("compare-words-hold-plain")),
            t(id!("compare-words-hold-liquid")),
            t(id!("compare-words-hold-restaking")),
            t(id!("compare-words-hold-liquid-restaking")),
        ]),
        4 => Some([
            t(id!("compare-words-effort-plain")),
            t(id!("compare-words-effort-liquid")),
            t(id!("compare-words-effort-restaking")),
            t(id!("compare-words-effort-liquid-restaking")),
        ]),
        2 | 3 => None,
        _ => Some([
            t(id!("compare-words-risk-plain")),
            t(id!("compare-words-risk-liquid")),
            t(id!("compare-words-risk-restaking")),
            t(id!("compare-words-risk-liquid-restaking")),
        ]),
    }
}

/// A row's cells when they are words only.
pub fn word_cells(words: [&str; 4]) -> [CompareCell; 4] {
    words.map(|text| CompareCell { text: text.to_owned(), figure: Vec::new() })
}

/// The four cells of comparison row `row`, with the current numbers where a row has
/// them. The restaking column leaves out the LRT fee, which only the liquid restaking
/// column pays.
pub fn compare_cells(row: usize, scenario: &Scenario, r: &Results) -> [CompareCell; 4] {
    if let Some(words) = compare_words(row) {
        return word_cells(words);
    }
    let n = scenario.services.len();
    let figure =
        |text: &str, lines: Vec<String>| CompareCell { text: text.to_owned(), figure: lines };
    let rate =
        |rate_pct: f64| tf(id!("compare-cells-rate"), &[("rate", Arg::Text(&pct(rate_pct)))]);
    let sets = tf(id!("compare-cells-sets"), &[("n", Num::count(n + 1).arg())]);
    match row {
        2 => {
            let direct = r.restaked_before_lrt_fee_eth;
            [
                figure(
                    t(id!("compare-cells-reward-plain")),
                    vec![eth(r.plain_staking_reward_eth), rate(scenario.base_rate_pct)],
                ),
                figure(
                    t(id!("compare-cells-reward-liquid")),
                    vec![
                        eth(r.liquid_staking_reward_eth),
                        t(id!("compare-cells-reward-liquid-figure")).to_owned(),
                    ],
                ),
                figure(
                    t(id!("compare-cells-reward-restaking")),
                    vec![eth(direct), rate(direct / scenario.stake_eth * 100.0)],
                ),
                figure(
                    t(id!("compare-cells-reward-liquid-restaking")),
                    vec![eth(r.gross_reward_eth), rate(r.gross_apr_pct)],
                ),
            ]
        }
        _ => [
            figure(
                t(id!("compare-cells-slashing-plain")),
                vec![t(id!("compare-cells-one-set")).to_owned()],
            ),
            figure(
                t(id!("compare-cells-slashing-liquid")),
                vec![t(id!("compare-cells-one-set")).to_owned()],
            ),
            figure(t(id!("compare-cells-slashing-restaking")), vec![sets.clone()]),
            figure(t(id!("compare-cells-slashing-liquid-restaking")), vec![sets]),
        ],
    }
}

// ---- Risks -----------------------------------------------------------------

/// The risks' heading.
pub fn risks_title() -> &'static str {
    t(id!("risks-title"))
}
/// The line under the risks' heading.
pub fn risks_lead() -> &'static str {
    t(id!("risks-lead"))
}
/// The toggle of a risk's real, dated case.
pub fn risk_case() -> &'static str {
    t(id!("risk-case"))
}
/// The link from a risk to its place in the flow and the diagram.
pub fn show_in_diagram() -> &'static str {
    t(id!("show-in-diagram"))
}

/// How serious a risk tends to be for a restaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Can cost principal directly.
    High,
    /// Costs money or time under stress.
    Medium,
}

impl Severity {
    /// The severity in words (colour is never the only signal).
    pub fn label(self) -> &'static str {
        match self {
            Self::High => t(id!("severity-label-high")),
            Self::Medium => t(id!("severity-label-medium")),
        }
    }
}

/// A message asked for only when it is shown: its marker (`id!`), whose words
/// [`Message::text`] gives. What waits behind a toggle is so asked for inside the toggle's
/// body, and a page need not carry it (see `locale::complete`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Message(pub &'static str);

impl Message {
    /// The message's words.
    pub fn text(self) -> &'static str {
        t(self.0)
    }
}

/// One risk.
#[derive(Clone, Copy)]
pub struct RiskCopy {
    /// Its name.
    pub title: &'static str,
    /// Two or three sentences, behind the risk's toggle.
    pub body: Message,
    /// How serious it tends to be.
    pub severity: Severity,
    /// The flow step where it enters.
    pub step: u8,
    /// The part of the fan-out it concerns.
    pub part: crate::model::FanPart,
    /// A real, dated case in one sentence, and the facts it rests on.
    pub example: Option<(Message, &'static [&'static str])>,
}

/// The six risks of the seed, in its order.
pub fn risks() -> [RiskCopy; 6] {
    [
        RiskCopy {
            title: t(id!("risks-slashing-title")),
            body: Message(id!("risks-slashing-body")),
            severity: Severity::High,
            step: 3,
            part: crate::model::FanPart::Slashing,
            example: Some((
                Message(id!("risks-slashing-example")),
                &["eigenlayer-redistribution", "eigenlayer-slash-delay"],
            )),
        },
        RiskCopy {
            title: t(id!("risks-contracts-title")),
            body: Message(id!("risks-contracts-body")),
            severity: Severity::High,
            step: 2,
            part: crate::model::FanPart::Deposit,
            example: None,
        },
        RiskCopy {
            title: t(id!("risks-liquidity-title")),
            body: Message(id!("risks-liquidity-body")),
            severity: Severity::Medium,
            step: 5,
            part: crate::model::FanPart::Exit,
            example: Some((
                Message(id!("risks-liquidity-example")),
                &["ezeth-depeg", "ezeth-liquidations"],
            )),
        },
        RiskCopy {
            title: t(id!("risks-complexity-title")),
            body: Message(id!("risks-complexity-body")),
            severity: Severity::Medium,
            step: 3,
            part: crate::model::FanPart::Services,
            example: Some((
                Message(id!("risks-complexity-example")),
                &["rseth-exploit", "rseth-verifier"],
            )),
        },
        RiskCopy {
            title: t(id!("risks-concentration-title")),
            body: Message(id!("risks-concentration-body")),
            severity: Severity::Medium,
            step: 2,
            part: crate::model::FanPart::Deposit,
            example: Some((
                Message(id!("risks-concentration-example")),
                &["restaking-concentration"],
            )),
        },
        RiskCopy {
            title: t(id!("risks-governance-title")),
            body: Message(id!("risks-governance-body")),
            severity: Severity::Medium,
            step: 4,
            part: crate::model::FanPart::Rewards,
            example: Some((Message(id!("risks-governance-example")), &["eigenlayer-rule-change"])),
        },
    ]
}

/// The compounded-slashing risk's sentence with the calculator's numbers.
pub fn slashing_now(scenario: &Scenario, r: &Results) -> String {
    let n = scenario.services.len();
    if n == 0 {
        return t(id!("slashing-now-no-services")).to_owned();
    }
    let services = Num::count(n);
    let args = [
        ("chance", Arg::Text(&pct(r.combined_slash_probability_pct))),
        ("n", services.arg()),
        ("cost", Arg::Text(&eth(r.expected_slash_cost_eth))),
    ];
    tf(id!("slashing-now"), &args)
}

/// The closing judgement's heading.
pub fn judgement_title() -> &'static str {
    t(id!("judgement-title"))
}

/// The closing judgement with the calculator's numbers.
pub fn judgement(scenario: &Scenario, r: &Results) -> String {
    let extra_pct = r.extra_reward_eth / scenario.stake_eth * 100.0;
    let services = Num::count(scenario.services.len());
    let args = [
        ("base", Arg::Text(&pct(scenario.base_rate_pct * (1.0 - scenario.lst_fee_pct / 100.0)))),
        ("extra", Arg::Text(&pct(extra_pct))),
        ("n", services.arg()),
    ];
    tf(id!("judgement"), &args)
}

/// The toggle of the checklist.
pub fn checklist_title() -> &'static str {
    t(id!("checklist-title"))
}
/// The checklist before restaking.
pub fn checklist() -> [&'static str; 5] {
    [
        t(id!("checklist-track-record")),
        t(id!("checklist-assets")),
        t(id!("checklist-net-yield")),
        t(id!("checklist-exit")),
        t(id!("checklist-curation")),
    ]
}

// ---- Embedding -------------------------------------------------------------

/// The embed panel's toggle.
pub fn embed_title() -> &'static str {
    t(id!("embed-title"))
}
/// What the snippets are.
pub fn embed_hint() -> &'static str {
    t(id!("embed-hint"))
}
/// Legend of the parts to include.
pub fn embed_parts() -> &'static str {
    t(id!("embed-parts"))
}
/// The element snippet's label.
pub fn embed_element_label() -> &'static str {
    t(id!("embed-element-label"))
}
/// The script snippet's label.
pub fn embed_script_label() -> &'static str {
    t(id!("embed-script-label"))
}
/// The iframe snippet's label.
pub fn embed_frame_label() -> &'static str {
    t(id!("embed-frame-label"))
}
/// The pasted links' label.
pub fn embed_paste_label() -> &'static str {
    t(id!("embed-paste-label"))
}
/// Legend of the theme choice.
pub fn embed_theme() -> &'static str {
    t(id!("embed-theme"))
}
/// The theme choice's options: `theme=auto`, `light`, `dark`.
pub fn embed_theme_labels() -> [&'static str; 3] {
    [
        t(id!("embed-theme-labels-auto")),
        t(id!("embed-theme-labels-light")),
        t(id!("embed-theme-labels-dark")),
    ]
}
/// What the preview shows for each option: how the embed looks in a white article and
/// in a dark one.
pub fn embed_theme_previews() -> [&'static str; 3] {
    [
        t(id!("embed-theme-previews-auto")),
        t(id!("embed-theme-previews-light")),
        t(id!("embed-theme-previews-dark")),
    ]
}
/// The preview's two sample articles.
pub fn embed_preview_articles() -> [&'static str; 2] {
    [t(id!("embed-preview-articles-white")), t(id!("embed-preview-articles-dark"))]
}
/// The preview's sample of the widget.
pub fn embed_preview_sample() -> &'static str {
    t(id!("embed-preview-sample"))
}
/// Said in the panel when its code could not be loaded.
pub fn embed_failed() -> &'static str {
    t(id!("embed-failed"))
}
/// The image-and-link snippet's label (HTML).
pub fn embed_image_label() -> &'static str {
    t(id!("embed-image-label"))
}
/// The image-and-link snippet's label (Markdown).
pub fn embed_markdown_label() -> &'static str {
    t(id!("embed-markdown-label"))
}
/// The iframe's title, read by screen readers.
pub fn embed_frame_title() -> &'static str {
    t(id!("embed-frame-title"))
}
/// The copy button.
pub fn copy() -> &'static str {
    t(id!("copy"))
}
/// The copy button after copying.
pub fn copied() -> &'static str {
    t(id!("copied"))
}
/// Said when the clipboard is out of reach and the snippet is selected instead.
pub fn copy_by_hand() -> &'static str {
    t(id!("copy-by-hand"))
}

/// The embed panel's fixed words, in the order web/embed-panel.js reads them (`named`
/// there), before the five pictures' text alternatives.
pub fn embed_words() -> [&'static str; 27] {
    let (labels, previews, articles) =
        (embed_theme_labels(), embed_theme_previews(), embed_preview_articles());
    [
        embed_hint(),
        embed_parts(),
        fan_title(),
        flow_title(),
        calculator_title(),
        compare_title(),
        risks_title(),
        embed_theme(),
        labels[0],
        labels[1],
        labels[2],
        previews[0],
        previews[1],
        previews[2],
        articles[0],
        articles[1],
        embed_preview_sample(),
        embed_element_label(),
        embed_script_label(),
        embed_frame_label(),
        embed_paste_label(),
        embed_image_label(),
        embed_markdown_label(),
        copy(),
        copied(),
        copy_by_hand(),
        embed_frame_title(),
    ]
}

// ---- Pictures (src/image.rs) -----------------------------------------------------

/// The line above a part's title on its picture.
pub fn picture_kicker() -> &'static str {
    t(id!("picture-kicker"))
}

/// The line above the whole explainer's title on its picture.
pub fn picture_kicker_page() -> &'static str {
    t(id!("picture-kicker-page"))
}

/// The whole explainer's title on its picture.
pub fn picture_page_title() -> &'static str {
    t(id!("picture-page-title"))
}

/// The last line of every picture: the live widget is one click away.
pub fn picture_foot() -> &'static str {
    t(id!("picture-foot"))
}

/// The worked example's headline numbers, for its pictures.
pub fn picture_numbers(scenario: &Scenario, r: &Results) -> String {
    let args = [
        ("stake", Arg::Text(&eth(scenario.stake_eth))),
        ("base", Arg::Text(&eth(r.base_reward_eth))),
        ("extra", Arg::Text(&eth(r.extra_reward_eth))),
        ("gross", Arg::Text(&eth(r.gross_reward_eth))),
        ("rate", Arg::Text(&pct(r.gross_apr_pct))),
        ("slash", Arg::Text(&pct(scenario.slash_pct))),
        ("loss", Arg::Text(&eth(r.slash_loss_eth))),
    ];
    tf(id!("picture-numbers"), &args)
}

/// A picture's text alternative: its `title`, then the worked example's `numbers` (from
/// [`picture_numbers`]).
pub fn picture_alt(title: &str, numbers: &str) -> String {
    let args = [("title", Arg::Text(title)), ("numbers", Arg::Text(numbers))];
    // A title that asks a question ends its own sentence.
    if title.ends_with(['?', '\u{61f}', '\u{ff1f}']) {
        tf(id!("picture-alt-question"), &args)
    } else {
        tf(id!("picture-alt"), &args)
    }
}

// ---- Saving a figure (components/save_figure.rs) --------------------------------

/// Before the buttons that save a figure as an SVG or a PNG file.
pub fn save_label() -> &'static str {
    t(id!("save-label"))
}

/// A save button's accessible name, which holds its visible `format` ("SVG").
pub fn save_as(format: &str) -> String {
    tf(id!("save-as"), &[("format", Arg::Text(format))])
}

/// When the browser would not make the file.
pub fn save_failed() -> &'static str {
    t(id!("save-failed"))
}

/// In a frame whose page may forbid downloads (no error reaches the widget there).
pub fn save_in_frame() -> &'static str {
    t(id!("save-in-frame"))
}

/// The last line of a saved figure: where it came from (the page, without its query).
pub fn saved_from(href: &str) -> String {
    let page = href.split(['?', '#']).next().unwrap_or_default();
    tf(id!("saved-from"), &[("page", Arg::Text(page))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_service_names_are_the_locales_and_a_readers_stay_as_typed() {
        assert_eq!(service_display_name("Oracle"), "Oracle");
        crate::locale::set(Some(include_str!(concat!(env!("OUT_DIR"), "/tr.txt"))))
            .expect("Turkish");
        assert_eq!(service_display_name("Oracle"), "Kâhin");
        assert_eq!(service_display_name("Service D"), "Hizmet D");
        assert_eq!(service_display_name("Service Dx"), "Service Dx");
        assert_eq!(service_display_name("Price feed"), "Price feed");
        crate::locale::set(None).expect("English");
    }

    #[test]
    fn narration_retells_the_worked_example() {
        let s = Scenario::default();
        let text = narration(&s, &Results::of(&s)) + " " + &risk_narration(&s, &Results::of(&s));
        for part in [
            "Staking 32\u{a0}ETH at 3.5\u{a0}% earns about 1.12\u{a0}ETH a year.",
            "adds 1.12\u{a0}ETH more, 2.24\u{a0}ETH in all (7\u{a0}% a year)",
            "one 5\u{a0}% slash costs 1.6\u{a0}ETH, more than a full year (1.43\u{a0}years) of the extra reward",
            "Under the independent model, the extra stops paying for its risk once each service's chance passes 35.3\u{a0}% a year",
        ] {
            assert!(text.contains(part), "missing {part:?} in {text:?}");
        }
    }

    #[test]
    fn narration_without_services_says_so() {
        let s = Scenario { services: vec![], ..Scenario::default() };
        let text = narration(&s, &Results::of(&s));
        assert!(text.contains("no extra reward"));
        assert!(!text.contains("slash costs"));
    }

    #[test]
    fn terms_are_found_in_copy_and_typos_stay_text() {
        assert_eq!(
            segments("a [liquid staking token](lst) and [x](nope) end"),
            [
                Segment::Text("a "),
                Segment::Term(Term::Lst, "liquid staking token"),
                Segment::Text(" and [x](nope)"),
                Segment::Text(" end"),
            ]
        );
        assert_eq!(segments("no links"), [Segment::Text("no links")]);
        assert_eq!(segments("[broken"), [Segment::Text("[broken")]);
    }

    #[test]
    fn every_term_is_used_somewhere_in_the_copy() {
        let mut copy = vec![intro(), fan_lead(), flow_lead(), native_body(), calculator_lead()];
        copy.extend(steps().iter().flat_map(|s| [s.body.text(), s.risk.text()]));
        for term in Term::ALL {
            let used = copy.iter().any(|text| {
                segments(text).iter().any(|s| matches!(s, Segment::Term(t, _) if *t == term))
            });
            assert!(used, "{term:?} is linked from its first use");
        }
    }

    /// Every fixed sentence the page can show, for the checks below.
    fn every_static_text() -> Vec<String> {
        use crate::model::{EntryPath, Route};
        let mut texts: Vec<String> = [
            intro(),
            simulate_note(),
            fan_lead(),
            flow_lead(),
            native_body(),
            lrt_body(),
            calculator_lead(),
            calculator_lead_other(),
            services_hint(),
            model_allocated(),
            model_correlated(),
            model_independent(),
            timeline_assumptions(),
            reward_currency(),
            risk_adjusted_note(),
            compare_caption(),
            compare_lead(),
            risks_lead(),
            chart_hint(),
            sources_lead(),
            allocated_pay(),
        ]
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
        texts.extend(compare_notes().iter().map(|t| (*t).to_owned()));
        texts.extend(checklist().iter().map(|t| (*t).to_owned()));
        texts.extend(
            steps().iter().flat_map(|s| [s.body.text().to_owned(), s.risk.text().to_owned()]),
        );
        for path in [EntryPath::Liquid, EntryPath::Native, EntryPath::Lrt] {
            texts.extend((1..=5).map(|n| step_body(n, path).to_owned()));
            texts.extend((1..=5).map(|n| step_risk(n, path).to_owned()));
            texts.extend(exit_timeline(path).into_iter().flat_map(|(w, t)| [w, t.to_owned()]));
        }
        for model in [SlashModel::Independent, SlashModel::Correlated, SlashModel::Allocated] {
            texts.push(fan_reach(model).to_owned());
            texts.push(step_reach(model).to_owned());
        }
        texts.extend(Route::ALL.iter().map(|r| route_summary(*r).0.text().to_owned()));
        texts.extend(risks().iter().flat_map(|r| {
            [
                r.body.text().to_owned(),
                r.example.map_or_else(String::new, |(e, _)| e.text().to_owned()),
            ]
        }));
        texts.extend(Term::ALL.iter().map(|t| t.definition().to_owned()));
        let s = Scenario::default();
        let r = Results::of(&s);
        for row in 0..compare_rows().len() {
            texts.extend(compare_cells(row, &s, &r).into_iter().map(|c| c.text));
        }
        texts
    }

    /// The figures a text states: a number followed by a unit or a month ("14 days",
    /// "10 %", "2,048 ETH", "17 April", "$11 billion").
    fn figures(text: &str) -> Vec<String> {
        const UNITS: [&str; 21] = [
            "%",
            "minutes",
            "rsETH",
            "liquidations",
            "days",
            "day",
            "hours",
            "ETH",
            "billion",
            "epochs",
            "week",
            "weeks",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "September",
            "December",
        ];
        let words: Vec<&str> = text.split_whitespace().collect();
        words
            .windows(2)
            .filter_map(|w| {
                let number = w[0].trim_start_matches(['(', '$']);
                let unit = w[1].trim_end_matches([',', '.', ')', ';', ':']);
                let is_number = number.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && number.chars().all(|c| c.is_ascii_digit() || ",./".contains(c));
                (is_number && UNITS.contains(&unit)).then(|| format!("{number} {unit}"))
            })
            .collect()
    }

    #[test]
    fn a_model_note_joins_its_heading_as_the_locale_writes() {
        assert_eq!(model_note(SlashModel::Independent), " (independent model)");
        crate::locale::set(Some(include_str!(concat!(env!("OUT_DIR"), "/zh-CN.txt"))))
            .expect("Chinese");
        let chinese = model_note(SlashModel::Independent);
        crate::locale::set(None).expect("English");
        assert!(chinese.starts_with('（'), "no space before a full-width bracket: {chinese:?}");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn every_figure_the_page_states_has_a_dated_source() {
        let sourced: Vec<String> =
            crate::facts::FACTS.iter().flat_map(|f| figures(f.statement())).collect();
        let mut missing = Vec::new();
        for text in every_static_text() {
            for figure in figures(&text) {
                if !sourced.contains(&figure) {
                    missing.push(format!("{figure:?} in {text:?}"));
                }
            }
        }
        assert!(missing.is_empty(), "figures with no fact behind them:\n{}", missing.join("\n"));
    }

    /// Every list of fact ids the copy cites, by name.
    fn every_citation() -> Vec<(String, Vec<&'static str>)> {
        let mut out: Vec<(String, Vec<&'static str>)> = vec![
            ("timeline".into(), TIMELINE_FACTS.to_vec()),
            ("LRT exit".into(), LRT_EXIT_FACTS.to_vec()),
            ("native path".into(), NATIVE_FACTS.to_vec()),
            ("simulate note".into(), SIMULATE_FACTS.to_vec()),
            ("allocated pay".into(), ALLOCATED_PAY_FACTS.to_vec()),
        ];
        out.extend((1..=5).map(|n| (format!("step {n}"), step_facts(n).to_vec())));
        out.extend(risks().iter().filter_map(|r| Some((r.title.into(), r.example?.1.to_vec()))));
        out.extend(Term::ALL.iter().map(|t| (t.name().into(), term_facts(*t).to_vec())));
        out.extend(COMPARE_NOTE_FACTS.iter().map(|ids| ("compare note".into(), ids.to_vec())));
        out
    }

    #[test]
    fn every_citation_names_a_fact_that_exists() {
        for (place, ids) in every_citation() {
            for id in ids {
                assert!(crate::facts::fact(id).is_some(), "{place} cites {id}");
            }
        }
    }

    /// What changed in restaking between the article and December 2026, pinned: the
    /// page must say it, and must not say what it replaced.
    #[test]
    fn the_page_tells_restaking_as_of_december_2026() {
        use crate::model::EntryPath;
        let all = every_static_text().join("\n");
        for stale in [
            "never sooner",
            "their own tokens, not ETH",
            "earlier fault",
            "most common route",
            "more than 150",
            "A computer that stakes",
        ] {
            assert!(!all.contains(stale), "the page still says {stale:?}");
        }
        let cites = |place: &str, id: &str| {
            every_citation().iter().any(|(p, ids)| p == place && ids.contains(&id))
        };
        // Redistribution: in the slashing story, the opt-in step and the risks.
        assert!(
            simulate_note().contains("paid out")
                && cites("simulate note", "eigenlayer-redistribution")
        );
        // A slash can be paused, never undone; Ethereum's own is a penalty and an exit.
        assert!(
            simulate_note().contains("not undo it")
                && cites("simulate note", "eigenlayer-slash-delay")
        );
        assert!(
            simulate_note().contains("forced exit")
                && cites("simulate note", "ethereum-slashed-exit")
        );
        // The operator can expose the stake faster than the staker can leave.
        assert!(
            steps()[2].body.text().contains("allocation delay may be 0")
                && cites("step 3", "eigenlayer-allocation-delay")
        );
        // EIGEN incentives only for stake behind paying services, and the protocol fee.
        assert!(
            steps()[3].body.text().contains("19 March 2026") && cites("step 4", "eigen-incentives")
        );
        assert!(
            steps()[3].body.text().contains("20 %") && cites("step 4", "eigenlayer-protocol-fee")
        );
        // 0x02 validators are swept only above 2,048 ETH.
        assert!(Term::WithdrawalCredentials.definition().contains("past 2,048 ETH"));
        assert!(
            steps()[2].body.text().contains("redistribution")
                && cites("step 3", "eigenlayer-redistribution")
        );
        assert!(cites("Compounded slashing", "eigenlayer-redistribution"));
        assert!(cites("Compounded slashing", "eigenlayer-slash-delay"));
        // Queues both ways, from minutes to weeks, dated.
        for words in ["entry queue", "exit queue", "short when few", "weeks"] {
            assert!(timeline_assumptions().contains(words), "the timeline says {words:?}");
        }
        assert!(
            cites("timeline", "ethereum-entry-queue") && cites("timeline", "ethereum-exit-queue")
        );
        assert!(
            native_body().contains("entry queue") && cites("native path", "ethereum-entry-queue")
        );
        // The LRT's three ways out: its queue, at once for a fee, at market.
        let lrt: Vec<String> =
            exit_timeline(EntryPath::Lrt).into_iter().map(|(w, t)| format!("{w}: {t}")).collect();
        assert!(lrt[0].contains("queue"), "{lrt:?}");
        assert!(lrt[1].contains("for a fee"), "{lrt:?}");
        assert!(lrt[2].contains("market"), "{lrt:?}");
        assert!(cites("LRT exit", "renzo-exit") && cites("LRT exit", "etherfi-exit"));
        // The year's major incident, as the integration risk's example.
        let integration = risks().into_iter().find(|r| r.title == "Complexity and integration");
        let (example, ids) = integration.and_then(|r| r.example).expect("an example");
        let example = example.text();
        assert!(example.contains("18 April 2026") && example.contains("116,500 rsETH"));
        assert!(ids.contains(&"rseth-exploit"));
        // The allocated model's pay rule is named as an assumption, with EigenLayer's own.
        assert!(allocated_pay().starts_with("Assumed here"));
        assert!(cites("allocated pay", "eigenlayer-stake-rewards"));
        assert_eq!(
            field_hint(Field::SlashSize, SlashModel::Allocated),
            Some("Of the slice the service can reach, not of the whole stake.")
        );
        let s = Scenario { model: SlashModel::Allocated, ..Scenario::default() };
        assert_eq!(field_value_text(Field::SlashSize, 5.0, &s), "5 % of the slice");
    }

    #[test]
    fn the_figure_check_sees_figures() {
        assert_eq!(
            figures("wait 14 days (7 days before) on 17 April 2025"),
            ["14 days", "7 days", "17 April"]
        );
        assert_eq!(
            figures("about $11 billion, 2,048 ETH, 10 %."),
            ["11 billion", "2,048 ETH", "10 %"]
        );
        assert!(figures("steps 1 to 3 of 5").is_empty());
    }

    #[test]
    fn notices_read_as_sentences() {
        let range = crate::model::STAKE_RANGE;
        let text =
            notice_text(&Notice::Clamped { field: Field::Stake, given: -5.0, used: 0.01, range });
        assert_eq!(text, "Stake can be 0.01 to 100,000 ETH; \u{2212}5 was changed to 0.01.");
        let range = crate::model::Range { min: 0.0, max: 30.0 };
        let field = Field::ServiceAlloc(1);
        let text = notice_text(&Notice::Clamped { field, given: 45.0, used: 30.0, range });
        assert_eq!(
            text,
            "Allocated slice of service 2 can be 0 to 30 % of the stake, since \
the other services hold the rest; 45 was changed to 30."
        );
        let text = notice_text(&Notice::NotANumber { field: Field::BaseRate, given: "abc".into() });
        assert_eq!(text, "Base staking rate: “abc” is not a number, so it kept its value.");
        // A label keeps its capitals: the name of a protocol is not lowered.
        let field = Field::ProtocolFee;
        let text = notice_text(&Notice::NotANumber { field, given: String::new() });
        assert_eq!(text, "EigenLayer protocol fee: that is not a number, so it kept its value.");
    }
}
