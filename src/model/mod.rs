//! The restaking model: pure Rust, no UI, no browser. Inputs are validated into a
//! [`Scenario`], the SPEC's formulas turn it into [`Results`], and [`Growth`] lays the
//! same numbers out over the years for the chart.

mod flow;
mod growth;
mod notice;
mod results;
mod route;
mod scenario;
mod slashing;
mod story;

pub use flow::{
    part_of_step, EntryPath, FanPart, Spotlight, SpotlightFrom, RESTAKING_WITHDRAWAL_DELAY_DAYS,
    STEP_COUNT,
};
pub use growth::{Growth, Point, SLASH_AT_YEAR_FRACTION};
pub use notice::Notice;
pub use results::{
    breakeven_probability_pct, combined_slash_probability_pct, expected_slash_cost_eth, ResultName,
    Results, Unit,
};
pub use route::{
    Route, RouteSettings, EIGENLAYER_DEFAULT_COMMISSION_PCT, EIGENLAYER_PROTOCOL_FEE_PCT,
    LIDO_FEE_PCT, LRT_FEE_PCT,
};
pub use scenario::{
    clean_name, default_service_name, Action, Allocation, Field, Range, Scenario, Service,
    SlashModel, State, DEFAULT_SLASH_PROB_PCT, HORIZON_RANGE, MAX_NAME_CHARS, MAX_SERVICES,
    NEW_SERVICE_RATE_PCT, PCT_RANGE, RATE_RANGE, STAKE_RANGE,
};
pub use slashing::{
    forget_service, replay, AfterSlashes, Branch, SlashOutcome, ETHEREUM_SLASH_QUOTIENT,
};
pub use story::{beat_actions, heaviest_branch, Beat, Story, BEATS, BEAT_MS};
