//! The reader's scenario: every input of the restaking model, its documented range,
//! and the one pure transition (`State::apply`) that every control goes through.
//! Input is clamped here, at the boundary, so the formulas never see a bad number.

use super::{forget_service, Branch, EntryPath, Notice, Route, Spotlight, STEP_COUNT};

/// The most services one scenario can back (the SPEC's 0–8).
pub const MAX_SERVICES: usize = 8;

/// The inclusive range of one numeric input, with its unit for messages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
}

impl Range {
    /// Fits `value` into the range. `Err` carries the value actually used when the
    /// input was outside it; NaN is refused by the caller before it gets here.
    pub fn fit(self, value: f64) -> Result<f64, f64> {
        if value < self.min {
            Err(self.min)
        } else if value > self.max {
            Err(self.max)
        } else {
            Ok(value)
        }
    }
}

/// How the slashing risks of several services combine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SlashModel {
    /// Each service's fault is its own coin toss; any one of them can slash.
    #[default]
    Independent,
    /// One shared operator runs every service, so one fault slashes on all of them.
    Correlated,
    /// EigenLayer since its slashing upgrade of 17 April 2025 ("unique stake"): the
    /// operator sets aside a slice of the stake for each service, which can slash only
    /// that slice and pays its rate only on it.
    Allocated,
}

impl SlashModel {
    /// The name used in URLs and attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Independent => "independent",
            Self::Correlated => "correlated",
            Self::Allocated => "allocated",
        }
    }

    /// Reads the URL name; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "independent" => Some(Self::Independent),
            "correlated" => Some(Self::Correlated),
            "allocated" => Some(Self::Allocated),
            _ => None,
        }
    }
}

/// One numeric input a reader can set. Service inputs carry the service's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The stake S, in ETH.
    Stake,
    /// The base staking rate b, in % a year.
    BaseRate,
    /// The size s of one severe slashing event, in % of the stake.
    SlashSize,
    /// The LST fee f_b, in % of base rewards.
    LstFee,
    /// EigenLayer's protocol fee f_p, in % of the service rewards of services that opt
    /// in; taken before the operator's commission.
    ProtocolFee,
    /// The operator commission f_s, in % of service rewards.
    Commission,
    /// The liquid restaking token's fee f_l, in % of all rewards.
    LrtFee,
    /// Service i's extra reward rate r_i, in % a year.
    ServiceRate(usize),
    /// Service i's yearly probability p_i of a severe slash, in %.
    ServiceProb(usize),
    /// Service i's allocation a_i under the allocated model, in % of the stake.
    ServiceAlloc(usize),
    /// The chart's horizon, in whole years.
    Horizon,
    /// The year (1-based) in which the chart's one slash happens.
    SlashYear,
}

/// Range of the stake, in ETH.
pub const STAKE_RANGE: Range = Range { min: 0.01, max: 100_000.0 };
/// Range of every reward rate, in % a year.
pub const RATE_RANGE: Range = Range { min: 0.0, max: 20.0 };
/// Range of every probability, slash size and fee, in %.
pub const PCT_RANGE: Range = Range { min: 0.0, max: 100.0 };
/// Range of the chart's horizon, in years.
pub const HORIZON_RANGE: Range = Range { min: 1.0, max: 10.0 };

impl Field {
    /// The documented range of this input. The slash year's upper end is the horizon
    /// and an allocation's is what the other services leave, so those are looked up on
    /// the scenario instead (see `Scenario::range_of`).
    pub fn range(self) -> Range {
        match self {
            Self::Stake => STAKE_RANGE,
            Self::BaseRate | Self::ServiceRate(_) => RATE_RANGE,
            Self::SlashSize
            | Self::LstFee
            | Self::ProtocolFee
            | Self::Commission
            | Self::LrtFee
            | Self::ServiceProb(_)
            | Self::ServiceAlloc(_) => PCT_RANGE,
            Self::Horizon | Self::SlashYear => HORIZON_RANGE,
        }
    }

    /// Whether the input only takes whole numbers (years).
    pub fn is_whole(self) -> bool {
        matches!(self, Self::Horizon | Self::SlashYear)
    }
}

/// One service that the restaked deposit secures.
#[derive(Clone, Debug, PartialEq)]
pub struct Service {
    /// Stays with the service through renames and the removal of others, so a row or
    /// a branch keeps its place on the page (names change; positions shift).
    pub id: u32,
    /// A short name the reader can change; commas are removed so names fit a URL list.
    pub name: String,
    /// Extra reward rate r_i, in % a year of the stake.
    pub extra_rate_pct: f64,
    /// Yearly probability p_i of a severe slashing event, in %.
    pub slash_prob_pct: f64,
    /// Allocation a_i, in % of the stake: the slice set aside for this service under
    /// the allocated model. Read through [`Scenario::alloc_pct`], which gives every
    /// service an even share until an allocation is set; 0 while the split is even.
    pub alloc_pct: f64,
}

/// How far over 100 % allocations may add up from rounding alone, in %.
const ALLOC_TOLERANCE_PCT: f64 = 1e-9;

/// How the stake is split between services under the allocated model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Allocation {
    /// No allocation given: each of n services gets 100/n %, however many there are.
    #[default]
    Even,
    /// Each service's own `alloc_pct`, set by the reader, a URL or an embed.
    Custom,
}

/// The yearly slash probability a new service starts with, in %. The article gives no
/// figure; 2 % is an illustrative guess that the reader is invited to change.
pub const DEFAULT_SLASH_PROB_PCT: f64 = 2.0;
/// The extra rate a newly added service starts with, in % a year.
pub const NEW_SERVICE_RATE_PCT: f64 = 1.0;
/// The longest service name kept, in characters.
pub const MAX_NAME_CHARS: usize = 24;

/// Every input of the model, already inside its range.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Stake S, in ETH.
    pub stake_eth: f64,
    /// Base staking rate b, in % a year.
    pub base_rate_pct: f64,
    /// The services backed, in order (0 to `MAX_SERVICES`).
    pub services: Vec<Service>,
    /// Size s of one severe slashing event, in % of the stake.
    pub slash_pct: f64,
    /// LST fee f_b, in % of base rewards.
    pub lst_fee_pct: f64,
    /// EigenLayer's protocol fee f_p, in % of service rewards, taken before the
    /// operator's commission.
    pub protocol_fee_pct: f64,
    /// Operator commission f_s, in % of service rewards.
    pub commission_pct: f64,
    /// Liquid restaking token fee f_l, in % of all rewards.
    pub lrt_fee_pct: f64,
    /// Whether allocations are an even split or each service's own.
    pub allocation: Allocation,
    /// How the services' slashing risks combine.
    pub model: SlashModel,
    /// The chart's horizon, in whole years (1–10).
    pub horizon_years: u32,
    /// The year (1..=horizon) in which the chart's one slash happens.
    pub slash_year: u32,
}

impl Default for Scenario {
    /// The article's worked example: 32 ETH at 3.5 %, two services at 2 % and 1.5 %,
    /// one 5 % slash, no fees, the independent model (allocations an even split).
    fn default() -> Self {
        Self {
            stake_eth: 32.0,
            base_rate_pct: 3.5,
            services: vec![
                Service {
                    id: 0,
                    name: default_service_name(0),
                    extra_rate_pct: 2.0,
                    slash_prob_pct: DEFAULT_SLASH_PROB_PCT,
                    alloc_pct: 0.0,
                },
                Service {
                    id: 1,
                    name: default_service_name(1),
                    extra_rate_pct: 1.5,
                    slash_prob_pct: DEFAULT_SLASH_PROB_PCT,
                    alloc_pct: 0.0,
                },
            ],
            slash_pct: 5.0,
            lst_fee_pct: 0.0,
            protocol_fee_pct: 0.0,
            commission_pct: 0.0,
            lrt_fee_pct: 0.0,
            allocation: Allocation::Even,
            model: SlashModel::Independent,
            horizon_years: 5,
            slash_year: 2,
        }
    }
}

/// The kinds of service a restaker's first three services stand for, named so a newcomer
/// meets something concrete (what each does is in `crate::copy::service_role`).
pub const SERVICE_KINDS: [&str; 3] = ["Oracle", "Bridge", "Data layer"];

/// "Oracle", "Bridge", "Data layer", then "Service D", "Service E", … for the service at
/// `index`.
pub fn default_service_name(index: usize) -> String {
    match SERVICE_KINDS.get(index) {
        Some(kind) => (*kind).to_owned(),
        None => format!("Service {}", char::from(b'A' + (index % 26) as u8)),
    }
}

/// Makes a typed name safe to keep: no commas (names travel as a URL list), no
/// surrounding space, at most `MAX_NAME_CHARS` characters.
pub fn clean_name(text: &str) -> String {
    text.replace(',', " ").trim().chars().take(MAX_NAME_CHARS).collect()
}

impl Scenario {
    /// Whether anything beyond the essentials (the stake, the base rate, the services'
    /// extra rates and the slash size) differs from the article's example: the yearly
    /// odds, the slashing model and allocations, the fees, the names or the chart's
    /// years. The calculator keeps those in a group that opens when this is true.
    pub fn has_advanced(&self) -> bool {
        let d = Self::default();
        self.services.iter().enumerate().any(|(i, s)| {
            s.slash_prob_pct != DEFAULT_SLASH_PROB_PCT || s.name != default_service_name(i)
        }) || self.model != d.model
            // Slices set to an even split are the even split: not a setting of their own.
            || self.allocations_pct().iter().any(|a| (a - 100.0 / self.services.len() as f64).abs() > 1e-9)
            || self.lst_fee_pct != d.lst_fee_pct
            || self.protocol_fee_pct != d.protocol_fee_pct
            || self.commission_pct != d.commission_pct
            || self.lrt_fee_pct != d.lrt_fee_pct
            || self.horizon_years != d.horizon_years
            || self.slash_year != d.slash_year
    }

    /// Every fee, in the order the rewards meet them: the LST's (of base rewards),
    /// EigenLayer's protocol fee and the operator's commission (of service rewards), the
    /// liquid restaking token's (of all rewards).
    pub fn fees_pct(&self) -> [f64; 4] {
        [self.lst_fee_pct, self.protocol_fee_pct, self.commission_pct, self.lrt_fee_pct]
    }

    /// Reads one numeric input.
    pub fn get(&self, field: Field) -> Option<f64> {
        Some(match field {
            Field::Stake => self.stake_eth,
            Field::BaseRate => self.base_rate_pct,
            Field::SlashSize => self.slash_pct,
            Field::LstFee => self.lst_fee_pct,
            Field::ProtocolFee => self.protocol_fee_pct,
            Field::Commission => self.commission_pct,
            Field::LrtFee => self.lrt_fee_pct,
            Field::ServiceRate(i) => self.services.get(i)?.extra_rate_pct,
            Field::ServiceProb(i) => self.services.get(i)?.slash_prob_pct,
            Field::ServiceAlloc(i) => self.alloc_pct(i)?,
            Field::Horizon => f64::from(self.horizon_years),
            Field::SlashYear => f64::from(self.slash_year),
        })
    }

    /// The range a field accepts in this scenario: the slash year ends at the horizon,
    /// and an allocation at what the other services leave free (the sum is at most 100).
    pub fn range_of(&self, field: Field) -> Range {
        match field {
            Field::SlashYear => Range { min: 1.0, max: f64::from(self.horizon_years) },
            Field::ServiceAlloc(i) => {
                let others: f64 = (0..self.services.len())
                    .filter(|&j| j != i)
                    .filter_map(|j| self.alloc_pct(j))
                    .sum();
                Range { min: 0.0, max: (100.0 - others).clamp(0.0, 100.0) }
            }
            other => other.range(),
        }
    }

    /// Service i's allocation a_i, in % of the stake: 100/n under an even split, the
    /// service's own otherwise. `None` for a missing service.
    pub fn alloc_pct(&self, i: usize) -> Option<f64> {
        let service = self.services.get(i)?;
        Some(match self.allocation {
            Allocation::Even => 100.0 / self.services.len() as f64,
            Allocation::Custom => service.alloc_pct,
        })
    }

    /// Every service's allocation, in order (see [`Self::alloc_pct`]).
    pub fn allocations_pct(&self) -> Vec<f64> {
        (0..self.services.len()).filter_map(|i| self.alloc_pct(i)).collect()
    }

    /// The part of the stake no service has, in % (0 when the slices add up to 100).
    pub fn unallocated_pct(&self) -> f64 {
        (100.0 - self.allocations_pct().iter().sum::<f64>()).max(0.0)
    }

    /// Turns an even split into each service's own allocation, so that one of them
    /// can change while the others keep what they had.
    fn make_allocations_custom(&mut self) {
        if self.allocation == Allocation::Even {
            for i in 0..self.services.len() {
                let share = self.alloc_pct(i).unwrap_or_default();
                self.services[i].alloc_pct = share;
            }
            self.allocation = Allocation::Custom;
        }
    }

    /// Sets every allocation at once (from a URL or an embed): each value is kept in
    /// 0–100 %, and values that add up to more than 100 % are scaled down in
    /// proportion to add up to 100 %. Returns the notices that explain what changed.
    /// Values beyond the services are ignored; services beyond the values keep theirs.
    pub fn set_allocations(&mut self, values: &[f64]) -> Vec<Notice> {
        self.make_allocations_custom();
        let mut notices = Vec::new();
        for (i, &value) in values.iter().enumerate().take(self.services.len()) {
            let field = Field::ServiceAlloc(i);
            let used = match PCT_RANGE.fit(value) {
                Ok(v) => v,
                Err(v) => {
                    notices.push(Notice::Clamped {
                        field,
                        given: value,
                        used: v,
                        range: PCT_RANGE,
                    });
                    v
                }
            };
            self.services[i].alloc_pct = used;
        }
        let total: f64 = self.services.iter().map(|s| s.alloc_pct).sum();
        // A rounding hair over 100 (three thirds written out and read back) is not a
        // reader's mistake: no notice for it.
        if total > 100.0 + ALLOC_TOLERANCE_PCT {
            for service in &mut self.services {
                service.alloc_pct *= 100.0 / total;
            }
            notices.push(Notice::AllocationsScaled { given_total_pct: total });
        }
        notices
    }

    /// Sets one numeric input, clamping it into range. Returns a notice when the value
    /// was changed or refused; the scenario is left as it was for NaN or a missing service.
    pub fn set(&mut self, field: Field, value: f64) -> Option<Notice> {
        if value.is_nan() {
            return Some(Notice::NotANumber { field, given: "NaN".to_owned() });
        }
        let value = if field.is_whole() { value.round() } else { value };
        if matches!(field, Field::ServiceAlloc(i) if i >= self.services.len()) {
            return None;
        }
        let range = self.range_of(field);
        let (used, notice) = match range.fit(value) {
            Ok(v) => (v, None),
            Err(v) => (v, Some(Notice::Clamped { field, given: value, used: v, range })),
        };
        match field {
            Field::Stake => self.stake_eth = used,
            Field::BaseRate => self.base_rate_pct = used,
            Field::SlashSize => self.slash_pct = used,
            Field::LstFee => self.lst_fee_pct = used,
            Field::ProtocolFee => self.protocol_fee_pct = used,
            Field::Commission => self.commission_pct = used,
            Field::LrtFee => self.lrt_fee_pct = used,
            Field::ServiceRate(i) => self.services.get_mut(i)?.extra_rate_pct = used,
            Field::ServiceProb(i) => self.services.get_mut(i)?.slash_prob_pct = used,
            Field::ServiceAlloc(i) => {
                self.make_allocations_custom();
                self.services[i].alloc_pct = used;
            }
            // Whole years: the value was rounded above and is inside 1..=10.
            Field::Horizon => {
                self.horizon_years = used as u32;
                self.slash_year = self.slash_year.min(self.horizon_years);
            }
            Field::SlashYear => self.slash_year = used as u32,
        }
        notice
    }
}

/// Everything a reader can do to the scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set one numeric input (clamped into its range).
    Set(Field, f64),
    /// Rename service i.
    RenameService(usize, String),
    /// Add a service at the end (ignored at `MAX_SERVICES`).
    AddService,
    /// Remove service i.
    RemoveService(usize),
    /// Choose how slashing risks combine.
    SetModel(SlashModel),
    /// Take a real route's path, fees and slashing model (stake, rates and
    /// probabilities stay as they are).
    ApplyRoute(Route),
    /// Back to the article's worked example.
    Reset,
    /// Forget the notices shown so far.
    DismissNotices,
    /// Simulate a severe slashing fault on a branch of the fan-out.
    SimulateSlash(Branch),
    /// Take another configuration's scenario, notices, step and path (a host page's
    /// `set`), keeping the simulated slashes and the highlight.
    Configure(Box<State>),
    /// Simulate one severe slash on the branch that can take the most (see
    /// [`super::heaviest_branch`]): the story's slash, and a question's reveal.
    SimulateHeaviestSlash,
    /// Take back the last simulated fault.
    UndoSlash,
    /// Take back every simulated fault.
    ClearSlashes,
    /// Go to flow step n (clamped to 1..=5).
    SetStep(u8),
    /// Choose how the ETH enters the restaking protocol.
    SetPath(EntryPath),
    /// Light up a part of the fan-out (or stop, with `None`); asking again with the
    /// same spotlight switches it off.
    ToggleSpotlight(Spotlight),
    /// The story's control: play from where a pause left it (or from the start), or
    /// pause.
    PlayStory,
    /// The story's clock: beat n has had its time, go on to the next (or end). Ignored
    /// unless the story is playing beat n.
    NextBeat(usize),
    /// Go to a flow step and light up the part of the fan-out a risk concerns.
    ShowRisk {
        /// The step where the risk enters.
        step: u8,
        /// The highlight.
        spotlight: Spotlight,
    },
}

/// Everything the parts share: the scenario, the notices that explain what clamping
/// did to the reader's input, the simulated slashes, and where the reader is in the flow.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The current inputs.
    pub scenario: Scenario,
    /// Plain messages about input that was clamped or refused, newest last.
    pub notices: Vec<Notice>,
    /// Simulated faults, in the order the reader pressed them (see `replay`).
    pub slashes: Vec<Branch>,
    /// The current flow step, 1 to `STEP_COUNT`.
    pub step: u8,
    /// How the ETH enters the restaking protocol.
    pub path: EntryPath,
    /// An explicit highlight of the fan-out, from the comparison or the risks.
    pub spotlight: Option<Spotlight>,
    /// Where the story is.
    pub story: super::Story,
}

impl Default for State {
    fn default() -> Self {
        Self::new(Scenario::default(), Vec::new())
    }
}

impl State {
    /// A state that starts from `scenario`, showing `notices` (for example from a URL).
    pub fn new(scenario: Scenario, notices: Vec<Notice>) -> Self {
        Self {
            scenario,
            notices,
            slashes: Vec::new(),
            step: 1,
            path: EntryPath::Liquid,
            spotlight: None,
            story: super::Story::default(),
        }
    }

    /// The one transition. Pure: the same state and action always give the same state.
    pub fn apply(mut self, action: Action) -> Self {
        use super::BEATS;
        match action {
            Action::PlayStory if self.story.playing => {
                self.story.playing = false;
                self
            }
            Action::PlayStory => {
                let first = self.story.resume_at();
                self.enter_beat(first)
            }
            Action::NextBeat(i) if self.story.playing && self.story.beat == Some(i) => {
                if i + 1 < BEATS.len() {
                    self.enter_beat(i + 1)
                } else {
                    // Told to the end, the story gives the deposit back whole, so the
                    // first question ("how much does one slash take?") is still a question.
                    self.story.playing = false;
                    self.slashes.clear();
                    self
                }
            }
            Action::NextBeat(_) => self,
            // Anything else is the reader (or the host page) taking over.
            other => {
                self.story.playing = false;
                self.transition(other)
            }
        }
    }

    /// The story at beat `i`, playing, with what the beat does done.
    fn enter_beat(mut self, i: usize) -> Self {
        self.story = super::Story { beat: Some(i), playing: true };
        super::beat_actions(i).into_iter().fold(self, Self::transition)
    }

    /// Every action but the story's own.
    fn transition(mut self, action: Action) -> Self {
        match action {
            Action::Set(field, value) => {
                // A fresh value for a field replaces whatever was said about it before.
                self.notices.retain(|n| n.field() != Some(field));
                if let Some(notice) = self.scenario.set(field, value) {
                    self.notices.push(notice);
                }
            }
            Action::RenameService(i, name) => {
                if let Some(service) = self.scenario.services.get_mut(i) {
                    let name = clean_name(&name);
                    service.name = if name.is_empty() { default_service_name(i) } else { name };
                }
            }
            Action::AddService => {
                let services = &self.scenario.services;
                if services.len() < MAX_SERVICES {
                    let name = (0..MAX_SERVICES)
                        .map(default_service_name)
                        .find(|candidate| services.iter().all(|s| &s.name != candidate))
                        .unwrap_or_else(|| default_service_name(services.len()));
                    // Under an even split every service's share shrinks to make room;
                    // once allocations are the reader's own, the newcomer gets what is
                    // left unallocated (0 % when the slices already add up to 100 %).
                    let alloc_pct = self.scenario.unallocated_pct();
                    let id = services.iter().map(|s| s.id + 1).max().unwrap_or(0);
                    self.scenario.services.push(Service {
                        id,
                        name,
                        extra_rate_pct: NEW_SERVICE_RATE_PCT,
                        slash_prob_pct: DEFAULT_SLASH_PROB_PCT,
                        alloc_pct,
                    });
                }
                self.notices.retain(|n| !n.is_about_a_service());
            }
            Action::RemoveService(i) => {
                if i < self.scenario.services.len() {
                    self.scenario.services.remove(i);
                    forget_service(&mut self.slashes, i);
                }
                self.notices.retain(|n| !n.is_about_a_service());
            }
            Action::SetModel(model) => self.scenario.model = model,
            Action::ApplyRoute(route) => {
                let r = route.settings();
                self.path = r.path;
                self.scenario.model = r.model;
                self.scenario.lst_fee_pct = r.lst_fee_pct;
                self.scenario.protocol_fee_pct = r.protocol_fee_pct;
                self.scenario.commission_pct = r.commission_pct;
                self.scenario.lrt_fee_pct = r.lrt_fee_pct;
                let fees = [Field::LstFee, Field::ProtocolFee, Field::Commission, Field::LrtFee];
                self.notices.retain(|n| n.field().is_none_or(|f| !fees.contains(&f)));
            }
            // Back to the article's numbers; where the reader is in the flow stays.
            Action::Reset => self = Self { step: self.step, path: self.path, ..Self::default() },
            Action::DismissNotices => self.notices.clear(),
            Action::Configure(new) => {
                return State {
                    slashes: self.slashes,
                    spotlight: self.spotlight,
                    story: self.story,
                    ..*new
                };
            }
            Action::SimulateHeaviestSlash => {
                let branch = super::heaviest_branch(&self.scenario);
                return self.transition(Action::SimulateSlash(branch));
            }
            Action::SimulateSlash(branch) => {
                let exists = match branch {
                    Branch::Ethereum => true,
                    Branch::Service(i) => i < self.scenario.services.len(),
                };
                if exists {
                    self.slashes.push(branch);
                }
            }
            Action::UndoSlash => {
                self.slashes.pop();
            }
            Action::ClearSlashes => self.slashes.clear(),
            Action::SetStep(step) => {
                self.step = step.clamp(1, STEP_COUNT);
                // Moving through the flow hands the diagram back to the flow.
                self.spotlight = None;
            }
            Action::ToggleSpotlight(spotlight) => {
                self.spotlight = (self.spotlight != Some(spotlight)).then_some(spotlight);
            }
            Action::ShowRisk { step, spotlight } => {
                self.step = step.clamp(1, STEP_COUNT);
                self.spotlight = Some(spotlight);
            }
            Action::SetPath(path) => self.path = path,
            // The story's own: `apply` takes them.
            Action::PlayStory | Action::NextBeat(_) => {}
        }
        self
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_host_configuration_keeps_the_simulated_slashes() {
        let state = State::default().apply(Action::SimulateSlash(Branch::Service(0)));
        let other = State {
            scenario: Scenario { stake_eth: 64.0, ..Scenario::default() },
            step: 3,
            ..State::default()
        };
        let next = state.clone().apply(Action::Configure(Box::new(other)));
        assert_eq!(next.scenario.stake_eth, 64.0);
        assert_eq!(next.step, 3);
        assert_eq!(next.slashes, state.slashes);
    }

    #[test]
    fn only_values_beyond_the_essentials_count_as_advanced() {
        let d = Scenario::default();
        assert!(!d.has_advanced());
        // The essentials, however far they move, are not.
        let essentials = Scenario {
            stake_eth: 64.0,
            base_rate_pct: 4.0,
            slash_pct: 10.0,
            services: vec![d.services[0].clone()],
            ..d.clone()
        };
        assert!(!essentials.has_advanced());
        let mut odds = d.clone();
        odds.services[1].slash_prob_pct = 3.0;
        let mut named = d.clone();
        named.services[0].name = "Price feed".into();
        let mut halves = d.clone();
        halves.allocation = Allocation::Custom;
        halves.services.iter_mut().for_each(|s| s.alloc_pct = 50.0);
        assert!(!halves.has_advanced(), "a pinned embed's even slices");
        let mut uneven = halves.clone();
        uneven.services[0].alloc_pct = 70.0;
        for advanced in [
            odds,
            named,
            uneven,
            Scenario { model: SlashModel::Correlated, ..d.clone() },
            Scenario { commission_pct: 10.0, ..d.clone() },
            Scenario { protocol_fee_pct: 20.0, ..d.clone() },
            Scenario { lrt_fee_pct: 10.0, ..d.clone() },
            Scenario { horizon_years: 8, ..d.clone() },
        ] {
            assert!(advanced.has_advanced(), "{advanced:?}");
        }
    }

    use super::*;

    #[test]
    fn default_is_the_articles_example() {
        let s = Scenario::default();
        assert_eq!(s.stake_eth, 32.0);
        assert_eq!(s.base_rate_pct, 3.5);
        let rates: Vec<f64> = s.services.iter().map(|x| x.extra_rate_pct).collect();
        assert_eq!(rates, [2.0, 1.5]);
        assert_eq!(s.slash_pct, 5.0);
        assert_eq!((s.lst_fee_pct, s.commission_pct), (0.0, 0.0));
    }

    #[test]
    fn out_of_range_input_is_clamped_with_a_notice() {
        let state = State::default().apply(Action::Set(Field::Stake, 1e9));
        assert_eq!(state.scenario.stake_eth, 100_000.0);
        assert_eq!(
            state.notices,
            [Notice::Clamped {
                field: Field::Stake,
                given: 1e9,
                used: 100_000.0,
                range: STAKE_RANGE
            }]
        );
        let state = state.apply(Action::Set(Field::Stake, 40.0));
        assert_eq!(state.scenario.stake_eth, 40.0);
        assert!(state.notices.is_empty(), "a good value clears the old notice");
    }

    #[test]
    fn nan_is_refused_and_the_old_value_kept() {
        let state = State::default().apply(Action::Set(Field::BaseRate, f64::NAN));
        assert_eq!(state.scenario.base_rate_pct, 3.5);
        assert_eq!(state.notices.len(), 1);
    }

    #[test]
    fn infinity_is_clamped_to_the_end_of_the_range() {
        let state = State::default().apply(Action::Set(Field::SlashSize, f64::NEG_INFINITY));
        assert_eq!(state.scenario.slash_pct, 0.0);
    }

    #[test]
    fn services_are_added_up_to_eight_and_removed() {
        let mut state = State::default();
        for _ in 0..10 {
            state = state.apply(Action::AddService);
        }
        assert_eq!(state.scenario.services.len(), MAX_SERVICES);
        let names: Vec<&str> = state.scenario.services.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names[..4], ["Oracle", "Bridge", "Data layer", "Service D"]);
        state = state.apply(Action::RemoveService(0)).apply(Action::RemoveService(99));
        assert_eq!(state.scenario.services.len(), MAX_SERVICES - 1);
        assert_eq!(state.scenario.services[0].name, "Bridge");
        // The freed name is reused by the next service added.
        state = state.apply(Action::AddService);
        assert_eq!(state.scenario.services.last().map(|s| s.name.as_str()), Some("Oracle"));
    }

    #[test]
    fn an_allocation_ends_where_the_other_slices_begin() {
        let state = State::default().apply(Action::SetModel(SlashModel::Allocated));
        assert_eq!(state.scenario.allocations_pct(), [50.0, 50.0]);
        // Raising A past what B leaves is clamped, and the notice quotes the range in force.
        let state = state.apply(Action::Set(Field::ServiceAlloc(0), 80.0));
        assert_eq!(state.scenario.allocations_pct(), [50.0, 50.0]);
        let range = Range { min: 0.0, max: 50.0 };
        assert_eq!(
            state.notices,
            [Notice::Clamped { field: Field::ServiceAlloc(0), given: 80.0, used: 50.0, range }]
        );
        let state = state
            .apply(Action::Set(Field::ServiceAlloc(1), 20.0))
            .apply(Action::Set(Field::ServiceAlloc(0), 80.0));
        assert_eq!(state.scenario.allocations_pct(), [80.0, 20.0]);
        assert!(state.notices.is_empty());
    }

    #[test]
    fn a_new_service_shares_an_even_split_or_takes_what_is_free() {
        let state = State::default().apply(Action::AddService);
        let third = 100.0 / 3.0;
        assert_eq!(state.scenario.allocations_pct(), [third, third, third]);
        let state = State::default()
            .apply(Action::Set(Field::ServiceAlloc(0), 30.0))
            .apply(Action::AddService);
        assert_eq!(state.scenario.allocations_pct(), [30.0, 50.0, 20.0]);
        let state = state.apply(Action::AddService);
        assert_eq!(state.scenario.allocations_pct()[3], 0.0, "nothing left to give");
        let state = state.apply(Action::RemoveService(1));
        assert_eq!(state.scenario.allocations_pct(), [30.0, 20.0, 0.0]);
    }

    #[test]
    fn the_slash_year_notice_quotes_the_range_in_force() {
        let state = State::default().apply(Action::Set(Field::SlashYear, 9.0));
        let range = Range { min: 1.0, max: 5.0 };
        assert_eq!(
            state.notices,
            [Notice::Clamped { field: Field::SlashYear, given: 9.0, used: 5.0, range }]
        );
    }

    #[test]
    fn a_missing_service_is_left_alone() {
        let state = State::default().apply(Action::Set(Field::ServiceRate(5), 3.0));
        assert_eq!(state.scenario, Scenario::default());
    }

    #[test]
    fn shortening_the_horizon_pulls_the_slash_year_in() {
        let state = State::default()
            .apply(Action::Set(Field::Horizon, 10.0))
            .apply(Action::Set(Field::SlashYear, 9.0))
            .apply(Action::Set(Field::Horizon, 3.4));
        assert_eq!((state.scenario.horizon_years, state.scenario.slash_year), (3, 3));
        let state = state.apply(Action::Set(Field::SlashYear, 7.0));
        assert_eq!(state.scenario.slash_year, 3, "the slash year ends at the horizon");
    }

    #[test]
    fn names_lose_commas_and_blank_names_fall_back() {
        let state = State::default()
            .apply(Action::RenameService(0, " Oracle, fast ".into()))
            .apply(Action::RenameService(1, "   ".into()));
        assert_eq!(state.scenario.services[0].name, "Oracle  fast");
        assert_eq!(state.scenario.services[1].name, "Bridge");
    }

    #[test]
    fn slashes_are_simulated_undone_and_follow_their_service() {
        let state = State::default()
            .apply(Action::SimulateSlash(Branch::Service(1)))
            .apply(Action::SimulateSlash(Branch::Service(9)))
            .apply(Action::SimulateSlash(Branch::Ethereum));
        assert_eq!(
            state.slashes,
            [Branch::Service(1), Branch::Ethereum],
            "no slash on a missing service"
        );
        let state = state.apply(Action::RemoveService(0));
        assert_eq!(state.slashes, [Branch::Service(0), Branch::Ethereum]);
        let state = state.apply(Action::UndoSlash);
        assert_eq!(state.slashes, [Branch::Service(0)]);
        assert!(state.apply(Action::ClearSlashes).slashes.is_empty());
    }

    #[test]
    fn spotlights_toggle_and_give_way_to_the_flow() {
        use crate::model::{FanPart, SpotlightFrom};
        let light = Spotlight { part: FanPart::Rewards, from: SpotlightFrom::Compare(2) };
        let state = State::default().apply(Action::ToggleSpotlight(light));
        assert_eq!(state.spotlight, Some(light));
        assert_eq!(state.clone().apply(Action::ToggleSpotlight(light)).spotlight, None);
        let state = state.apply(Action::SetStep(4));
        assert_eq!(state.spotlight, None, "a step change hands the diagram back");
        let risk = Spotlight { part: FanPart::Deposit, from: SpotlightFrom::Risk(1) };
        let state = state.apply(Action::ShowRisk { step: 2, spotlight: risk });
        assert_eq!((state.step, state.spotlight), (2, Some(risk)));
    }

    #[test]
    fn steps_stay_between_one_and_five() {
        assert_eq!(State::default().apply(Action::SetStep(9)).step, 5);
        assert_eq!(State::default().apply(Action::SetStep(0)).step, 1);
        let state = State::default().apply(Action::SetStep(3)).apply(Action::Reset);
        assert_eq!(state.step, 3, "reset restores the numbers, not the reader's place");
    }

    #[test]
    fn reset_returns_to_the_example_and_clears_notices() {
        let state = State::default()
            .apply(Action::Set(Field::Stake, -4.0))
            .apply(Action::SetModel(SlashModel::Correlated))
            .apply(Action::Reset);
        assert_eq!(state, State::default());
    }
}
