//! Real routes into restaking as presets: each sets how the ETH enters, the fee of
//! every layer and the slashing model, and nothing else, so the reader's stake, rates
//! and odds stay theirs. Where each figure comes from is in `crate::facts`.

use super::{EntryPath, Scenario, SlashModel};

/// One click that sets a route's path, fees and slashing model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The article's worked example: an LST restaked, no fees, every service able to
    /// slash the whole deposit.
    Article,
    /// Lido's stETH deposited into EigenLayer and delegated to an operator.
    LidoEigenLayer,
    /// ETH deposited with a liquid restaking protocol, which restakes it on EigenLayer.
    LiquidRestaking,
    /// Your own validator restaked natively on EigenLayer.
    Native,
}

/// What a route sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RouteSettings {
    /// How the ETH enters.
    pub path: EntryPath,
    /// How slashing risks combine.
    pub model: SlashModel,
    /// The LST fee f_b, in % of base rewards.
    pub lst_fee_pct: f64,
    /// EigenLayer's protocol fee f_p, in % of service rewards.
    pub protocol_fee_pct: f64,
    /// The operator commission f_s, in % of service rewards.
    pub commission_pct: f64,
    /// The LRT fee f_l, in % of all rewards.
    pub lrt_fee_pct: f64,
}

/// Lido's fee on staking rewards, in % (see `crate::facts`).
pub const LIDO_FEE_PCT: f64 = 10.0;
/// EigenLayer's default operator commission on service rewards, in % (see `crate::facts`).
pub const EIGENLAYER_DEFAULT_COMMISSION_PCT: f64 = 10.0;
/// EigenLayer's protocol fee on the rewards of services that opt in to it, in % (see
/// `crate::facts`).
pub const EIGENLAYER_PROTOCOL_FEE_PCT: f64 = 20.0;
/// A liquid restaking protocol's fee on rewards, in % (see `crate::facts`).
pub const LRT_FEE_PCT: f64 = 10.0;

impl Route {
    /// Every route, in the order the calculator offers them.
    pub const ALL: [Self; 4] =
        [Self::Article, Self::LidoEigenLayer, Self::LiquidRestaking, Self::Native];

    /// The route's path, fees and model.
    pub fn settings(self) -> RouteSettings {
        let eigenlayer = |path, lst_fee_pct, lrt_fee_pct| RouteSettings {
            path,
            model: SlashModel::Allocated,
            lst_fee_pct,
            protocol_fee_pct: EIGENLAYER_PROTOCOL_FEE_PCT,
            commission_pct: EIGENLAYER_DEFAULT_COMMISSION_PCT,
            lrt_fee_pct,
        };
        match self {
            Self::Article => RouteSettings {
                path: EntryPath::Liquid,
                model: SlashModel::Independent,
                lst_fee_pct: 0.0,
                protocol_fee_pct: 0.0,
                commission_pct: 0.0,
                lrt_fee_pct: 0.0,
            },
            Self::LidoEigenLayer => eigenlayer(EntryPath::Liquid, LIDO_FEE_PCT, 0.0),
            Self::LiquidRestaking => eigenlayer(EntryPath::Lrt, 0.0, LRT_FEE_PCT),
            Self::Native => eigenlayer(EntryPath::Native, 0.0, 0.0),
        }
    }

    /// The route whose settings a state has now, if any (to show it as chosen).
    pub fn matching(path: EntryPath, scenario: &Scenario) -> Option<Self> {
        Self::ALL.into_iter().find(|route| {
            let r = route.settings();
            (r.path, r.model, r.fees_pct()) == (path, scenario.model, scenario.fees_pct())
        })
    }
}

impl RouteSettings {
    /// The route's fees in the order `Scenario::fees_pct` gives them.
    pub fn fees_pct(&self) -> [f64; 4] {
        [self.lst_fee_pct, self.protocol_fee_pct, self.commission_pct, self.lrt_fee_pct]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Field, State};

    #[test]
    fn a_route_sets_path_fees_and_model_only() {
        let state = State::default()
            .apply(Action::Set(Field::Stake, 64.0))
            .apply(Action::Set(Field::ServiceProb(1), 7.0))
            .apply(Action::ApplyRoute(Route::LiquidRestaking));
        let s = &state.scenario;
        assert_eq!(state.path, EntryPath::Lrt);
        assert_eq!(s.model, SlashModel::Allocated);
        assert_eq!(s.fees_pct(), [0.0, 20.0, 10.0, 10.0]);
        assert_eq!(s.stake_eth, 64.0, "the stake is the reader's");
        assert_eq!(s.services[1].slash_prob_pct, 7.0, "so are the odds");
        assert_eq!(s.services[0].extra_rate_pct, 2.0, "and the rates");
    }

    #[test]
    fn the_article_route_is_the_default_and_every_route_is_recognised() {
        let d = State::default();
        assert_eq!(Route::matching(d.path, &d.scenario), Some(Route::Article));
        for route in Route::ALL {
            let s = State::default().apply(Action::ApplyRoute(route));
            assert_eq!(Route::matching(s.path, &s.scenario), Some(route));
        }
        let custom = d.clone().apply(Action::Set(Field::LrtFee, 3.0));
        assert_eq!(Route::matching(custom.path, &custom.scenario), None);
        let no_protocol_fee = State::default()
            .apply(Action::ApplyRoute(Route::Native))
            .apply(Action::Set(Field::ProtocolFee, 0.0));
        assert_eq!(Route::matching(no_protocol_fee.path, &no_protocol_fee.scenario), None);
    }
}
