//! The fan-out diagram's geometry: ETH → LST → the deposit on the left, then the
//! operator the deposit is delegated to; branches fan out to Ethereum (from the deposit)
//! and to each service (from the operator, who opts in to them), a slashing arrow runs
//! back to the deposit along every branch, and the exit path underneath. The viewBox
//! grows with the services.

use crate::format::fixed;
use crate::model::{Branch, Scenario};

/// Width of the viewBox, in user units.
pub const VIEW_WIDTH: f64 = 440.0;
/// Vertical distance between two branch ends, in user units.
pub const NODE_SPACING: f64 = 48.0;
/// Space above the first branch end, in user units.
pub const TOP: f64 = 36.0;
/// Space under the lowest drawing (the exit path's label), in user units.
pub const BOTTOM: f64 = 24.0;
/// Centre x of the deposit.
pub const DEPOSIT_X: f64 = 158.0;
/// Centre x of the operator, between the deposit and the services.
pub const OPERATOR_X: f64 = 222.0;
/// Radius of the operator node, in user units.
pub const OPERATOR_R: f64 = 12.0;
/// The deposit's radius at the full stake, in user units.
pub const DEPOSIT_MAX_R: f64 = 38.0;
/// The smallest radius drawn, so a nearly wiped-out deposit stays visible.
pub const DEPOSIT_MIN_R: f64 = 4.0;
/// Centre x of the ETH coin and the LST token.
pub const CHAIN_X: [f64; 2] = [24.0, 84.0];
/// Radius of the ETH coin and the LST token.
pub const CHAIN_R: f64 = 19.0;
/// Centre x of the branch ends.
pub const NODE_X: f64 = 300.0;
/// Radius of a branch end.
pub const NODE_R: f64 = 10.0;
/// Room under the chain for the exit path, in user units.
pub const EXIT_DROP: f64 = 70.0;

/// One branch of the fan-out.
#[derive(Clone, Debug, PartialEq)]
pub struct BranchShape {
    /// Which branch.
    pub branch: Branch,
    /// Centre of its end node.
    pub node: (f64, f64),
    /// The branch itself, from the deposit to the node.
    pub path: String,
    /// The slashing arrow, from the node back to the deposit.
    pub slash_path: String,
    /// The arrowhead at the deposit end of the slashing arrow (a triangle).
    pub arrow_head: String,
    /// Stroke width of the reward flow, in user units: thicker for a bigger rate.
    pub flow_width: f64,
    /// Pace class 1 (slow) to 5 (fast) of the reward flow's animation.
    pub pace: u8,
}

/// The whole diagram.
#[derive(Clone, Debug, PartialEq)]
pub struct FanLayout {
    /// Height of the viewBox (its width is `VIEW_WIDTH`).
    pub height: f64,
    /// Centre of the deposit.
    pub deposit: (f64, f64),
    /// Centre of the operator the deposit is delegated to.
    pub operator: (f64, f64),
    /// The delegation arrow, from the deposit to the operator.
    pub delegation_path: String,
    /// Its arrowhead.
    pub delegation_head: String,
    /// The deposit's radius for the stake left after simulated slashes.
    pub deposit_r: f64,
    /// Ethereum first, then every service in order.
    pub branches: Vec<BranchShape>,
    /// The arrow from the ETH coin to the LST token, and from the LST to the deposit.
    pub chain_paths: [String; 2],
    /// Their arrowheads.
    pub chain_heads: [String; 2],
    /// Centres of the ETH coin and the LST token.
    pub chain_nodes: [(f64, f64); 2],
    /// The exit path, from the deposit back under the chain to the ETH coin.
    pub exit_path: String,
    /// The exit path's arrowhead, at the ETH coin.
    pub exit_head: String,
    /// Where the exit path's label sits (its centre).
    pub exit_label: (f64, f64),
}

/// Radius of the deposit when `left_eth` of `stake_eth` is left: area in proportion.
pub fn deposit_radius(left_eth: f64, stake_eth: f64) -> f64 {
    let share = if stake_eth > 0.0 { (left_eth / stake_eth).clamp(0.0, 1.0) } else { 0.0 };
    (DEPOSIT_MAX_R * share.sqrt()).max(DEPOSIT_MIN_R)
}

/// Stroke width of a reward flow paying `rate_pct` % a year: 2 units plus 0.8 a
/// point, capped so twenty points still fit between two branches.
pub fn flow_width(rate_pct: f64) -> f64 {
    (2.0 + 0.8 * rate_pct.max(0.0)).min(14.0)
}

/// Animation pace (1–5) of a reward flow paying `rate_pct` % a year.
pub fn pace(rate_pct: f64) -> u8 {
    match rate_pct {
        r if r <= 0.0 => 0,
        r if r < 1.0 => 1,
        r if r < 2.0 => 2,
        r if r < 3.5 => 3,
        r if r < 6.0 => 4,
        _ => 5,
    }
}

/// A direction as a unit vector `(cos, sin)` of its angle. Turning one by a fixed
/// angle is a multiplication by constants, so the geometry needs no trigonometry at
/// run time (and the wasm links none of libm's).
pub type Direction = (f64, f64);

/// The direction from the origin towards `(x, y)`, which must not be the origin.
fn towards(x: f64, y: f64) -> Direction {
    let length = (x * x + y * y).sqrt(); // not hypot: libm again
    (x / length, y / length)
}

/// `cos` and `sin` of 0.2 rad: how far below its branch a slashing arrow arrives.
const SLASH_TILT: Direction = (0.980_066_577_841_241_6, 0.198_669_330_795_061_2);

/// `direction` turned clockwise on screen (y points down) by the angle of `by`.
fn turn(direction: Direction, by: Direction) -> Direction {
    let ((c, s), (tc, ts)) = (direction, by);
    (c * tc - s * ts, s * tc + c * ts)
}

/// A small arrowhead (a triangle's points) whose tip is at `tip`, pointing along
/// `direction`, `length` long.
pub fn arrow_head(tip: (f64, f64), direction: Direction, length: f64) -> String {
    let (tx, ty) = tip;
    let (cos, sin) = direction;
    let (bx, by) = (tx - length * cos, ty - length * sin);
    let (px, py) = (-sin * length * 0.55, cos * length * 0.55);
    format!("{} {} {}", point(tx, ty), point(bx + px, by + py), point(bx - px, by - py))
}

fn point(x: f64, y: f64) -> String {
    format!("{} {}", fixed(x, 1), fixed(y, 1))
}

/// Lays out the fan-out for `scenario` with `left_eth` of the stake left.
pub fn layout(scenario: &Scenario, left_eth: f64) -> FanLayout {
    let count = scenario.services.len() + 1;
    let span = NODE_SPACING * (count as f64 - 1.0);
    // The chain and the deposit sit level with the middle branch, but low enough that
    // the deposit never touches the top edge.
    let cy = (TOP + span / 2.0).max(TOP + DEPOSIT_MAX_R);
    let first_y = cy - span / 2.0;
    let height = (first_y + span).max(cy + DEPOSIT_MAX_R) + EXIT_DROP + BOTTOM;
    let (dx, end_x) = (DEPOSIT_X, NODE_X - NODE_R - 2.0);
    // A point on a circle of radius `r` round the deposit, in `direction`.
    let on_rim = |r: f64, (cos, sin): Direction| (dx + r * cos, cy + r * sin);
    let rates = std::iter::once((Branch::Ethereum, scenario.base_rate_pct)).chain(
        scenario.services.iter().enumerate().map(|(i, s)| (Branch::Service(i), s.extra_rate_pct)),
    );
    let branches = rates
        .enumerate()
        .map(|(i, (branch, rate))| {
            let y = first_y + NODE_SPACING * i as f64;
            // Ethereum's branch leaves the deposit itself; a service's leaves the
            // operator, who opted in to it. Each leaves facing its node.
            let (from_x, from_r) = match branch {
                Branch::Ethereum => (dx, DEPOSIT_MAX_R + 2.0),
                Branch::Service(_) => (OPERATOR_X, OPERATOR_R + 2.0),
            };
            let facing = towards(end_x - from_x, y - cy);
            let (sx, sy) = (from_x + from_r * facing.0, cy + from_r * facing.1);
            let bend = (end_x - sx) * 0.5;
            let path = format!(
                "M{} C{} {} {}",
                point(sx, sy),
                point(sx + bend, sy + (y - sy) * 0.2),
                point(end_x - bend, y),
                point(end_x, y)
            );
            // The slashing arrow runs just under its branch, back to the deposit's rim:
            // whoever slashes, the principal lost is the deposit's.
            let tip_direction = turn(towards(end_x - dx, y - cy), SLASH_TILT);
            let tip = on_rim(DEPOSIT_MAX_R + 4.0, tip_direction);
            let (bx, by) = on_rim(DEPOSIT_MAX_R + 12.0, tip_direction);
            let slash_path = format!(
                "M{} C{} {} {}",
                point(end_x - 2.0, y + 8.0),
                point(end_x - bend, y + 8.0),
                point(bx + bend * 0.6, by + (y - by) * 0.2),
                point(bx, by)
            );
            // The arrow points inwards, at the deposit's centre.
            let arrow_head = arrow_head(tip, (-tip_direction.0, -tip_direction.1), 8.0);
            BranchShape {
                branch,
                node: (NODE_X, y),
                path,
                slash_path,
                arrow_head,
                flow_width: flow_width(rate),
                pace: pace(rate),
            }
        })
        .collect();
    let [eth_x, lst_x] = CHAIN_X;
    let chain_paths = [
        format!("M{} L{}", point(eth_x + CHAIN_R + 3.0, cy), point(lst_x - CHAIN_R - 8.0, cy)),
        format!("M{} L{}", point(lst_x + CHAIN_R + 3.0, cy), point(dx - DEPOSIT_MAX_R - 8.0, cy)),
    ];
    let chain_heads = [
        arrow_head((lst_x - CHAIN_R - 2.0, cy), (1.0, 0.0), 8.0),
        arrow_head((dx - DEPOSIT_MAX_R - 2.0, cy), (1.0, 0.0), 8.0),
    ];
    let low = cy + DEPOSIT_MAX_R + EXIT_DROP * 0.55;
    let exit_path = format!(
        "M{} C{} {} {}",
        point(dx, cy + DEPOSIT_MAX_R + 3.0),
        point(dx, low),
        point(eth_x, low),
        point(eth_x, cy + CHAIN_R + 10.0)
    );
    let exit_head = arrow_head((eth_x, cy + CHAIN_R + 2.0), (0.0, -1.0), 8.0);
    let delegation_path = format!(
        "M{} L{}",
        point(dx + DEPOSIT_MAX_R + 2.0, cy),
        point(OPERATOR_X - OPERATOR_R - 7.0, cy)
    );
    let delegation_head = arrow_head((OPERATOR_X - OPERATOR_R - 1.0, cy), (1.0, 0.0), 7.0);
    FanLayout {
        height,
        deposit: (dx, cy),
        operator: (OPERATOR_X, cy),
        delegation_path,
        delegation_head,
        deposit_r: deposit_radius(left_eth, scenario.stake_eth),
        branches,
        chain_paths,
        chain_heads,
        chain_nodes: [(eth_x, cy), (lst_x, cy)],
        exit_path,
        exit_head,
        exit_label: ((eth_x + dx) / 2.0, low + 20.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turning_matches_trigonometry() {
        assert!(
            (SLASH_TILT.0 - 0.2f64.cos()).abs() < 1e-15
                && (SLASH_TILT.1 - 0.2f64.sin()).abs() < 1e-15
        );
        for a in [-1.2, -0.4, 0.0, 0.3, 1.1] {
            let (c, s) = turn((f64::cos(a), f64::sin(a)), SLASH_TILT);
            assert!((c - (a + 0.2).cos()).abs() < 1e-12 && (s - (a + 0.2).sin()).abs() < 1e-12);
            let (c, s) = towards(3.0 * f64::cos(a), 3.0 * f64::sin(a));
            assert!((c - a.cos()).abs() < 1e-12 && (s - a.sin()).abs() < 1e-12);
        }
    }

    #[test]
    fn one_branch_for_ethereum_and_one_per_service() {
        let s = Scenario::default();
        let l = layout(&s, s.stake_eth);
        let kinds: Vec<Branch> = l.branches.iter().map(|b| b.branch).collect();
        assert_eq!(kinds, [Branch::Ethereum, Branch::Service(0), Branch::Service(1)]);
        let none = Scenario { services: vec![], ..Scenario::default() };
        assert_eq!(layout(&none, 32.0).branches.len(), 1);
    }

    #[test]
    fn everything_fits_the_view_box() {
        for n in 0..=8 {
            let mut s = Scenario::default();
            s.services = (0..n).map(|_| s.services[0].clone()).collect();
            let l = layout(&s, s.stake_eth);
            let (_, cy) = l.deposit;
            assert!(cy - DEPOSIT_MAX_R >= 0.0);
            for b in &l.branches {
                assert!(b.node.1 - NODE_R >= 0.0 && b.node.1 + NODE_R <= l.height, "n = {n}");
            }
            assert!(cy + DEPOSIT_MAX_R + EXIT_DROP <= l.height);
        }
    }

    #[test]
    fn the_operator_sits_between_the_deposit_and_the_services() {
        let s = Scenario::default();
        let l = layout(&s, s.stake_eth);
        assert!(l.deposit.0 + DEPOSIT_MAX_R < l.operator.0 - OPERATOR_R);
        assert!(l.operator.0 + OPERATOR_R < NODE_X - NODE_R);
        assert_eq!(l.operator.1, l.deposit.1, "level with the deposit");
    }

    #[test]
    fn the_deposit_area_follows_the_stake_left() {
        assert_eq!(deposit_radius(32.0, 32.0), DEPOSIT_MAX_R);
        // A quarter of the stake left: a quarter of the area, half the radius.
        assert!((deposit_radius(8.0, 32.0) - DEPOSIT_MAX_R / 2.0).abs() < 1e-9);
        assert_eq!(deposit_radius(0.0, 32.0), DEPOSIT_MIN_R);
    }

    #[test]
    fn bigger_rates_flow_thicker_and_faster() {
        assert!(flow_width(2.0) < flow_width(3.5));
        assert_eq!(flow_width(100.0), 14.0);
        assert!(pace(1.5) < pace(3.5));
        assert_eq!(pace(0.0), 0, "no reward, no flow");
    }

    #[test]
    fn ethereum_leaves_the_deposit_services_leave_the_operator_all_end_at_their_node() {
        let s = Scenario::default();
        let l = layout(&s, s.stake_eth);
        for b in &l.branches {
            let ((cx, cy), r) = match b.branch {
                Branch::Ethereum => (l.deposit, DEPOSIT_MAX_R + 2.0),
                Branch::Service(_) => (l.operator, OPERATOR_R + 2.0),
            };
            let start: Vec<f64> =
                b.path[1..].split(' ').take(2).map(|v| v.parse().expect("number")).collect();
            let from_centre = (start[0] - cx).hypot(start[1] - cy);
            assert!((from_centre - r).abs() < 0.1, "{:?}: {}", b.branch, b.path);
            let end = format!("{:.1} {:.1}", NODE_X - NODE_R - 2.0, b.node.1);
            assert!(b.path.ends_with(&end), "{}", b.path);
        }
    }
}
