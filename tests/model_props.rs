//! Property tests of the model: every result finite for every valid input, the
//! monotonic laws a reader would expect, and clamping that holds for any input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use restaking_explainer::config;
use restaking_explainer::model::{
    replay, Action, Allocation, Branch, EntryPath, Field, ResultName, Results, Route, Scenario,
    Service, SlashModel, State, MAX_SERVICES,
};

fn service() -> impl Strategy<Value = Service> {
    (0.0..=20.0f64, 0.0..=100.0f64, 0.0..=100.0f64).prop_map(|(rate, prob, alloc)| Service {
        id: 0,
        name: "s".into(),
        extra_rate_pct: rate,
        slash_prob_pct: prob,
        alloc_pct: alloc,
    })
}

fn model() -> impl Strategy<Value = SlashModel> {
    prop_oneof![
        Just(SlashModel::Independent),
        Just(SlashModel::Correlated),
        Just(SlashModel::Allocated)
    ]
}

prop_compose! {
    fn scenario()(
        stake in 0.01..=100_000.0f64,
        base in 0.0..=20.0f64,
        services in prop::collection::vec(service(), 0..=MAX_SERVICES),
        slash in 0.0..=100.0f64,
        fee in 0.0..=100.0f64,
        commission in 0.0..=100.0f64,
        protocol_fee in 0.0..=100.0f64,
        lrt_fee in 0.0..=100.0f64,
        model in model(),
        custom in any::<bool>(),
    ) -> Scenario {
        let mut scenario = Scenario {
            stake_eth: stake,
            base_rate_pct: base,
            services,
            slash_pct: slash,
            lst_fee_pct: fee,
            commission_pct: commission,
            protocol_fee_pct: protocol_fee,
            lrt_fee_pct: lrt_fee,
            model,
            ..Scenario::default()
        };
        if custom {
            // Through the one door that keeps the sum at most 100 %.
            let wanted: Vec<f64> = scenario.services.iter().map(|s| s.alloc_pct).collect();
            scenario.set_allocations(&wanted);
        } else {
            scenario.allocation = Allocation::Even;
        }
        scenario
    }
}

const EPS: f64 = 1e-9;

fn in_range(s: &Scenario) -> bool {
    let pct = |v: f64| (0.0..=100.0).contains(&v);
    (0.01..=100_000.0).contains(&s.stake_eth)
        && (0.0..=20.0).contains(&s.base_rate_pct)
        && pct(s.slash_pct)
        && pct(s.lst_fee_pct)
        && pct(s.commission_pct)
        && pct(s.protocol_fee_pct)
        && pct(s.lrt_fee_pct)
        && s.services.len() <= MAX_SERVICES
        && s.services
            .iter()
            .all(|x| (0.0..=20.0).contains(&x.extra_rate_pct) && pct(x.slash_prob_pct))
        && s.allocations_pct().iter().all(|a| pct(*a))
        && s.allocations_pct().iter().sum::<f64>() <= 100.0 + 1e-9
        && (1..=10).contains(&s.horizon_years)
        && (1..=s.horizon_years).contains(&s.slash_year)
}

proptest! {
    #[test]
    fn every_result_is_finite_and_in_bounds(s in scenario()) {
        let r = Results::of(&s);
        for name in ResultName::ALL {
            if let Some(v) = name.value(&r) {
                prop_assert!(v.is_finite(), "{name:?} = {v}");
            }
        }
        prop_assert!((-EPS..=100.0 + EPS).contains(&r.combined_slash_probability_pct));
        prop_assert!(r.expected_slash_cost_eth >= -EPS);
        prop_assert!(r.expected_slash_cost_eth <= s.stake_eth * (1.0 + EPS));
        if let Some(p) = r.breakeven_probability_pct {
            prop_assert!((-EPS..=100.0).contains(&p));
        }
        if let Some(y) = r.years_erased {
            prop_assert!(y >= 0.0);
        }
    }

    #[test]
    fn allocated_expected_cost_never_exceeds_one_slash_of_the_stake(s in scenario()) {
        let s = Scenario { model: SlashModel::Allocated, ..s };
        let r = Results::of(&s);
        prop_assert!(r.expected_slash_cost_eth <= s.stake_eth * s.slash_pct / 100.0 * (1.0 + EPS));
        prop_assert!(r.slash_loss_eth <= s.stake_eth * s.slash_pct / 100.0 * (1.0 + EPS));
    }

    #[test]
    fn break_even_makes_expected_cost_equal_extra_reward_under_every_model(s in scenario()) {
        let r = Results::of(&s);
        if let Some(p) = r.breakeven_probability_pct {
            let mut at = s.clone();
            for svc in &mut at.services {
                svc.slash_prob_pct = p;
            }
            let cost = Results::of(&at).expected_slash_cost_eth;
            prop_assert!((cost - r.extra_reward_eth).abs() <= 1e-9 * s.stake_eth.max(1.0),
                "{:?}: cost {} vs extra {}", s.model, cost, r.extra_reward_eth);
        }
    }

    #[test]
    fn simulated_slashes_stay_finite_and_never_grow_the_stake(
        s in scenario(), events in prop::collection::vec(0usize..10, 0..12),
    ) {
        let events: Vec<Branch> = events
            .into_iter()
            .map(|e| if e == 9 { Branch::Ethereum } else { Branch::Service(e) })
            .collect();
        let after = replay(&s, &Results::of(&s), &events);
        prop_assert!(after.stake_left_eth.is_finite() && after.lost_eth.is_finite());
        prop_assert!((-EPS..=s.stake_eth + EPS).contains(&after.stake_left_eth));
        for o in &after.outcomes {
            prop_assert!(o.loss_eth >= -EPS);
        }
    }

    #[test]
    fn the_reward_before_the_lrt_fee_is_the_gross_reward_without_one(s in scenario()) {
        let without = Results::of(&Scenario { lrt_fee_pct: 0.0, ..s.clone() });
        prop_assert_eq!(Results::of(&s).restaked_before_lrt_fee_eth, without.gross_reward_eth);
    }

    #[test]
    fn fees_only_ever_lower_the_rewards(
        s in scenario(), f in 0.0..=100.0f64, which in 0usize..4,
    ) {
        let mut more = s.clone();
        match which {
            0 => more.lst_fee_pct = (s.lst_fee_pct + f).min(100.0),
            1 => more.commission_pct = (s.commission_pct + f).min(100.0),
            2 => more.protocol_fee_pct = (s.protocol_fee_pct + f).min(100.0),
            _ => more.lrt_fee_pct = (s.lrt_fee_pct + f).min(100.0),
        }
        let (a, b) = (Results::of(&s), Results::of(&more));
        prop_assert!(b.base_reward_eth <= a.base_reward_eth + EPS);
        prop_assert!(b.extra_reward_eth <= a.extra_reward_eth + EPS);
        prop_assert!(b.plain_staking_reward_eth == a.plain_staking_reward_eth);
    }

    #[test]
    fn the_protocol_fee_lowers_the_extra_reward_alone_and_composes_with_the_others(
        s in scenario(), fp in 0.0..=100.0f64,
    ) {
        let none = Scenario { protocol_fee_pct: 0.0, ..s.clone() };
        let with = Scenario { protocol_fee_pct: fp, ..s.clone() };
        let (a, b) = (Results::of(&none), Results::of(&with));
        // The base reward and a slash are untouched; the extra reward only ever falls,
        // and by exactly its share of what the services pay, whatever the other fees.
        prop_assert_eq!(b.base_reward_eth, a.base_reward_eth);
        prop_assert_eq!(b.slash_loss_eth, a.slash_loss_eth);
        prop_assert!(b.extra_reward_eth <= a.extra_reward_eth + EPS);
        let expected = a.extra_reward_eth * (1.0 - fp / 100.0);
        prop_assert!((b.extra_reward_eth - expected).abs() <= 1e-9 * (1.0 + expected));
        // Taken before the commission or after it, the two fees leave the same
        // extra reward (they multiply), so their order changes no figure.
        let swapped = Scenario {
            protocol_fee_pct: s.commission_pct,
            commission_pct: fp,
            ..s.clone()
        };
        let c = Results::of(&swapped);
        prop_assert!((c.extra_reward_eth - b.extra_reward_eth).abs() <= 1e-9 * (1.0 + expected));
    }

    #[test]
    fn a_bigger_slash_never_raises_the_risk_adjusted_reward(
        s in scenario(), a in 0.0..=100.0f64, b in 0.0..=100.0f64,
    ) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let small = Results::of(&Scenario { slash_pct: lo, ..s.clone() });
        let big = Results::of(&Scenario { slash_pct: hi, ..s });
        prop_assert!(big.risk_adjusted_reward_eth <= small.risk_adjusted_reward_eth + EPS);
    }

    #[test]
    fn another_service_never_lowers_the_combined_probability(s in scenario(), extra in service()) {
        prop_assume!(s.services.len() < MAX_SERVICES);
        let before = Results::of(&s).combined_slash_probability_pct;
        let mut more = s;
        more.services.push(extra);
        prop_assert!(Results::of(&more).combined_slash_probability_pct >= before - EPS);
    }

    #[test]
    fn correlated_never_exceeds_independent(s in scenario()) {
        let ind = Results::of(&Scenario { model: SlashModel::Independent, ..s.clone() });
        let cor = Results::of(&Scenario { model: SlashModel::Correlated, ..s });
        prop_assert!(cor.combined_slash_probability_pct <= ind.combined_slash_probability_pct + EPS);
    }

    #[test]
    fn a_higher_rate_never_lowers_the_gross_reward(s in scenario(), bump in 0.0..=5.0f64) {
        let before = Results::of(&s).gross_reward_eth;
        let higher = Scenario { base_rate_pct: (s.base_rate_pct + bump).min(20.0), ..s };
        prop_assert!(Results::of(&higher).gross_reward_eth >= before - EPS);
    }

    #[test]
    fn any_number_from_any_control_keeps_the_scenario_in_range(
        values in prop::collection::vec((0usize..16, any::<f64>()), 1..30),
    ) {
        let fields = [
            Field::Stake, Field::BaseRate, Field::SlashSize, Field::LstFee, Field::Commission,
            Field::ServiceRate(1), Field::ServiceProb(0), Field::Horizon, Field::SlashYear,
            Field::LrtFee, Field::ServiceAlloc(0), Field::ServiceAlloc(1), Field::ProtocolFee,
        ];
        let mut state = State::default().apply(Action::SetModel(SlashModel::Allocated));
        for (i, v) in values {
            // Indices past the fields add, remove or route, so allocations meet new services.
            state = state.apply(match i {
                13 => Action::AddService,
                14 => Action::RemoveService(0),
                15 => Action::ApplyRoute(Route::ALL[(v.abs() as usize) % Route::ALL.len()]),
                i => Action::Set(fields[i], v),
            });
            prop_assert!(in_range(&state.scenario), "{:?}", state.scenario);
            let r = Results::of(&state.scenario);
            for name in ResultName::ALL {
                prop_assert!(name.value(&r).is_none_or(f64::is_finite), "{name:?}");
            }
        }
    }

    #[test]
    fn any_url_text_gives_an_in_range_scenario(
        stake in ".{0,12}", services in ".{0,40}", prob in ".{0,20}", years in ".{0,6}",
        slashyear in ".{0,6}", model in ".{0,12}", alloc in "[-0-9.,e ]{0,24}",
        lrtfee in ".{0,8}", path in ".{0,8}", protocolfee in ".{0,8}",
    ) {
        let c = config::from_pairs([
            ("stake", stake.as_str()), ("services", services.as_str()), ("prob", prob.as_str()),
            ("years", years.as_str()), ("slashyear", slashyear.as_str()), ("model", model.as_str()),
            ("alloc", alloc.as_str()), ("lrtfee", lrtfee.as_str()), ("path", path.as_str()),
            ("protocolfee", protocolfee.as_str()),
        ]);
        prop_assert!(in_range(&c.state.scenario), "{:?}", c.state.scenario);
        let allocated = Scenario { model: SlashModel::Allocated, ..c.state.scenario.clone() };
        for s in [&c.state.scenario, &allocated] {
            let r = Results::of(s);
            for name in ResultName::ALL {
                prop_assert!(name.value(&r).is_none_or(f64::is_finite), "{name:?}");
            }
        }
        prop_assert!(matches!(c.state.path, EntryPath::Liquid | EntryPath::Native | EntryPath::Lrt));
    }
}

proptest! {
    /// The integer-arithmetic formatter prints `decimals` places, within half a unit in
    /// the last place of the value, and its grouped form reads back as the same digits.
    #[test]
    fn fixed_digits_are_the_value_rounded(v in -1.0e9..1.0e9f64, decimals in 0usize..=6) {
        use restaking_explainer::format::{decimal, fixed};
        let text = fixed(v, decimals);
        let places = text.split_once('.').map_or(0, |(_, f)| f.len());
        prop_assert_eq!(places, decimals, "{}", text);
        let read: f64 = text.parse().expect("a plain number");
        let unit = 10f64.powi(-(decimals as i32));
        prop_assert!((read - v).abs() <= unit * 0.5 + v.abs() * 1e-15, "{} -> {}", v, text);
        let grouped = decimal(v, decimals).replace(',', "").replace('\u{2212}', "-");
        let again: f64 = grouped.parse().expect("a grouped number");
        prop_assert_eq!(again, if read == 0.0 { 0.0 } else { read });
    }

    /// Whatever a URL holds, the number reader never panics, and what it accepts reads
    /// exactly as Rust's own parser reads it.
    #[test]
    fn the_number_reader_accepts_a_subset_of_rusts(text in "[-+0-9.eEinfatyIN ]{0,12}") {
        if let Some(v) = restaking_explainer::number_text::parse(&text) {
            prop_assert_eq!(Some(v), text.parse::<f64>().ok());
        }
    }
}
