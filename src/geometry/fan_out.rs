//! The fan-out diagram's geometry, drawn top to bottom so it reads on a phone as well
//! as beside the flow: ETH → LST (or validator, or LRT) → the deposit at the top, the
//! operator it is delegated to just under it, and the branches fanning downward to
//! Ethereum (straight from the deposit) and to each service (from the operator, who
//! opts in to them) in two columns, their labels on the outer sides so no branch ever
//! crosses one. A slashing arrow runs back to the deposit along every branch; the exit
//! path loops from the deposit back to the ETH coin. Under the allocated model the
//! deposit is drawn as slices, one per service plus the unallocated rest, and each
//! service's branch leaves its own slice. The viewBox grows with the services.

use crate::format::fixed;
use crate::model::{Branch, Scenario, SlashModel};

/// Width of the viewBox, in user units (about one CSS pixel on a 360 px phone).
pub const VIEW_WIDTH: f64 = 300.0;
/// Vertical distance between two rows of branch ends, in user units.
pub const ROW_SPACING: f64 = 62.0;
/// Where the first row of branch ends sits, in user units.
pub const FIRST_ROW_Y: f64 = 228.0;
/// Space under the last row's labels, in user units.
pub const BOTTOM: f64 = 40.0;
/// Centre of the deposit.
pub const DEPOSIT: (f64, f64) = (150.0, 90.0);
/// The deposit's radius at the full stake, in user units.
pub const DEPOSIT_MAX_R: f64 = 46.0;
/// The smallest radius drawn, so a nearly wiped-out deposit stays visible.
pub const DEPOSIT_MIN_R: f64 = 5.0;
/// Centre of the operator, under the deposit.
pub const OPERATOR: (f64, f64) = (150.0, 172.0);
/// Radius of the operator node, in user units.
pub const OPERATOR_R: f64 = 13.0;
/// Centre x of the ETH coin and the LST token, level with the deposit.
pub const CHAIN_X: [f64; 2] = [18.0, 64.0];
/// Radius of the ETH coin and the LST token.
pub const CHAIN_R: f64 = 15.0;
/// Centre x of the branch ends of the left and the right column.
pub const NODE_X: [f64; 2] = [118.0, 182.0];
/// Radius of a branch end.
pub const NODE_R: f64 = 11.0;
/// How far from its node a branch's label starts, in user units.
pub const LABEL_GAP: f64 = 8.0;

/// Which side of its node a branch's label sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The left column: the label ends left of the node.
    Left,
    /// The right column: the label starts right of the node.
    Right,
}

/// One branch of the fan-out.
#[derive(Clone, Debug, PartialEq)]
pub struct BranchShape {
    /// Which branch.
    pub branch: Branch,
    /// Centre of its end node.
    pub node: (f64, f64),
    /// Where its label is anchored (`text-anchor` end on the left, start on the right).
    pub label: (f64, f64),
    /// The side its label is on.
    pub side: Side,
    /// The branch itself, from the deposit (or the operator, or the service's slice) to
    /// the node.
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

/// One slice of the deposit under the allocated model.
#[derive(Clone, Debug, PartialEq)]
pub struct SliceShape {
    /// The service it is set aside for; `None` for the unallocated rest.
    pub service: Option<usize>,
    /// The wedge, as an SVG path.
    pub path: String,
}

/// The whole diagram.
#[derive(Clone, Debug, PartialEq)]
pub struct FanLayout {
    /// Height of the viewBox (its width is `VIEW_WIDTH`).
    pub height: f64,
    /// Centre of the deposit.
    pub deposit: (f64, f64),
    /// Where the deposit's name sits (two lines, `text-anchor` start).
    pub deposit_label: (f64, f64),
    /// Centre of the operator the deposit is delegated to.
    pub operator: (f64, f64),
    /// The delegation arrow, from the deposit to the operator.
    pub delegation_path: String,
    /// Its arrowhead.
    pub delegation_head: String,
    /// The deposit's radius for the stake left after simulated slashes.
    pub deposit_r: f64,
    /// The deposit as slices (allocated model only; empty otherwise).
    pub slices: Vec<SliceShape>,
    /// Ethereum first, then every service in order.
    pub branches: Vec<BranchShape>,
    /// The arrow from the ETH coin to the LST token, and from the LST to the deposit.
    pub chain_paths: [String; 2],
    /// Their arrowheads.
    pub chain_heads: [String; 2],
    /// Centres of the ETH coin and the LST token.
    pub chain_nodes: [(f64, f64); 2],
    /// The exit path, from the deposit back over the chain to the ETH coin.
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

/// The slot (row, column) of the branch at `index` (0 is Ethereum). Ethereum takes the
/// top right, next to the deposit it leaves from; the services fill the top left, then
/// row by row, left before right.
pub fn slot(index: usize) -> (usize, usize) {
    match index {
        0 => (0, 1),
        1 => (0, 0),
        i => ((i) / 2, i % 2),
    }
}

/// A point at `r` from `centre` in `direction`.
fn on_circle(centre: (f64, f64), r: f64, (cos, sin): Direction) -> (f64, f64) {
    (centre.0 + r * cos, centre.1 + r * sin)
}

/// The wedge of a circle of radius `r` round `centre` from the unit direction `from`
/// to `to`, turning clockwise by `sweep` (a share of the full turn, 0–1).
fn wedge(centre: (f64, f64), r: f64, from: Direction, to: Direction, sweep: f64) -> String {
    let (ax, ay) = on_circle(centre, r, from);
    let (bx, by) = on_circle(centre, r, to);
    if sweep >= 0.999_999 {
        // A whole circle: two half arcs (an arc cannot end where it starts).
        let (cx, cy) = on_circle(centre, r, (-from.0, -from.1));
        return format!(
            "M{} A{r} {r} 0 1 1 {} A{r} {r} 0 1 1 {} Z",
            point(ax, ay),
            point(cx, cy),
            point(ax, ay),
            r = fixed(r, 2)
        );
    }
    format!(
        "M{} L{} A{r} {r} 0 {} 1 {} Z",
        point(centre.0, centre.1),
        point(ax, ay),
        u8::from(sweep > 0.5),
        point(bx, by),
        r = fixed(r, 2)
    )
}

/// The unit vector at `turns` of a full turn clockwise from straight up, by stepping:
/// a chain of small exact rotations, so no trigonometry is linked (see [`turn`]).
fn direction_at(turns: f64) -> Direction {
    // 1/360 of a turn: cos and sin of 1°.
    const DEGREE: Direction = (0.999_847_695_156_391_3, 0.017_452_406_437_283_51);
    let mut d: Direction = (0.0, -1.0);
    let steps = (turns.clamp(0.0, 1.0) * 360.0).round() as u32;
    for _ in 0..steps {
        d = turn(d, DEGREE);
    }
    d
}

/// Lays out the fan-out for `scenario` with `left_eth` of the stake left, and what is
/// left of each service's slice (`slices_left_eth`, allocated model only).
pub fn layout(scenario: &Scenario, left_eth: f64, slices_left_eth: &[f64]) -> FanLayout {
    let count = scenario.services.len() + 1;
    let deposit_r = deposit_radius(left_eth, scenario.stake_eth);

    // Under the allocated model each service's slice is a wedge whose angle is its
    // allocation, and whose area shrinks with what a slash took from it.
    let allocated = scenario.model == SlashModel::Allocated && !scenario.services.is_empty();
    let mut slices = Vec::new();
    let mut slice_mid: Vec<Direction> = Vec::new();
    if allocated {
        // Slices start straight down and go round clockwise (left, top, right).
        let mut start = 0.5;
        let shares: Vec<(Option<usize>, f64)> = scenario
            .allocations_pct()
            .into_iter()
            .enumerate()
            .map(|(i, a)| (Some(i), a / 100.0))
            .chain(std::iter::once((None, scenario.unallocated_pct() / 100.0)))
            .collect();
        for (service, share) in shares {
            let mid = direction_at((start + share / 2.0) % 1.0);
            if service.is_some() {
                slice_mid.push(mid);
            }
            if share > 0.0 {
                let kept = match service {
                    Some(i) => {
                        let full = scenario.stake_eth * share;
                        slices_left_eth.get(i).map_or(1.0, |left| {
                            if full > 0.0 {
                                (left / full).clamp(0.0, 1.0)
                            } else {
                                1.0
                            }
                        })
                    }
                    None => (left_eth / scenario.stake_eth).clamp(0.0, 1.0),
                };
                let r = (DEPOSIT_MAX_R * kept.sqrt()).max(DEPOSIT_MIN_R);
                let path = wedge(
                    DEPOSIT,
                    r,
                    direction_at(start % 1.0),
                    direction_at((start + share) % 1.0),
                    share,
                );
                slices.push(SliceShape { service, path });
            }
            start += share;
        }
    }

    // Where each branch ends. Under the allocated model the slices go round clockwise
    // from straight down in service order, so the first half of the services (whose
    // slices lie to the left) take the left column, lowest slice lowest, and the rest
    // the right column under Ethereum, top to bottom: each branch leaves its slice on
    // its own side. The rows are as many as under the other models, so moving an
    // allocation never changes the figure's height.
    let slots: Vec<(usize, usize)> = if allocated {
        let n = count - 1;
        let on_left = n.div_ceil(2);
        let mut slots = vec![(0, 1); count];
        for i in 0..n {
            slots[i + 1] = if i < on_left { (on_left - 1 - i, 0) } else { (i - on_left + 1, 1) };
        }
        slots
    } else {
        (0..count).map(slot).collect()
    };
    let rows = slots.iter().map(|(row, _)| row + 1).max().unwrap_or(1);
    let last_row_y = FIRST_ROW_Y + ROW_SPACING * (rows as f64 - 1.0);
    let height = last_row_y + NODE_R + BOTTOM;

    let rates = std::iter::once((Branch::Ethereum, scenario.base_rate_pct)).chain(
        scenario.services.iter().enumerate().map(|(i, s)| (Branch::Service(i), s.extra_rate_pct)),
    );
    let branches = rates
        .enumerate()
        .map(|(index, (branch, rate))| {
            let (row, column) = slots[index];
            let (x, y) = (NODE_X[column], FIRST_ROW_Y + ROW_SPACING * row as f64);
            // A branch enters its node from the inner side, the label sits outside.
            let (side, inward) = if column == 0 { (Side::Left, 1.0) } else { (Side::Right, -1.0) };
            let end = (x + inward * (NODE_R + 2.0), y);
            // Ethereum's branch leaves the deposit; a service's leaves its slice under
            // the allocated model, the operator under the pooled ones.
            let start = match branch {
                Branch::Ethereum => on_circle(
                    DEPOSIT,
                    DEPOSIT_MAX_R + 2.0,
                    towards(end.0 - DEPOSIT.0, end.1 - DEPOSIT.1),
                ),
                Branch::Service(i) if allocated => on_circle(
                    DEPOSIT,
                    DEPOSIT_MAX_R + 2.0,
                    slice_mid.get(i).copied().unwrap_or((0.0, 1.0)),
                ),
                Branch::Service(_) => on_circle(
                    OPERATOR,
                    OPERATOR_R + 2.0,
                    towards(end.0 - OPERATOR.0, end.1 - OPERATOR.1),
                ),
            };
            let drop = (y - start.1).max(20.0);
            // A branch first heads away from where it leaves: straight down from the
            // operator, outwards from a slice (so it never cuts across the deposit).
            let first = match branch {
                Branch::Service(i) if allocated => {
                    let (cos, sin) = slice_mid.get(i).copied().unwrap_or((0.0, 1.0));
                    (start.0 + cos * 36.0, start.1 + sin * 36.0 + drop * 0.25)
                }
                _ => (start.0, start.1 + drop * 0.55),
            };
            let path = format!(
                "M{} C{} {} {}",
                point(start.0, start.1),
                point(first.0, first.1),
                point(end.0 + inward * 26.0, y),
                point(end.0, end.1)
            );
            // The slashing arrow runs just below its branch, back to the deposit's rim,
            // arriving a little to the outer side of where the branch leaves.
            let facing = towards(end.0 - DEPOSIT.0, end.1 - DEPOSIT.1);
            let tilt = if column == 0 { SLASH_TILT } else { (SLASH_TILT.0, -SLASH_TILT.1) };
            let tip_direction = turn(facing, tilt);
            let tip = on_circle(DEPOSIT, DEPOSIT_MAX_R + 4.0, tip_direction);
            let (bx, by) = on_circle(DEPOSIT, DEPOSIT_MAX_R + 12.0, tip_direction);
            let slash_path = format!(
                "M{} C{} {} {}",
                point(end.0, y + 8.0),
                point(end.0 + inward * 30.0, y + 8.0),
                point(bx - inward * 10.0, by + (y - by) * 0.45),
                point(bx, by)
            );
            let arrow_head = arrow_head(tip, (-tip_direction.0, -tip_direction.1), 8.0);
            let label = (x - inward * (NODE_R + LABEL_GAP), y);
            BranchShape {
                branch,
                node: (x, y),
                label,
                side,
                path,
                slash_path,
                arrow_head,
                flow_width: flow_width(rate),
                pace: pace(rate),
            }
        })
        .collect();

    let cy = DEPOSIT.1;
    let [eth_x, lst_x] = CHAIN_X;
    let chain_paths = [
        format!("M{} L{}", point(eth_x + CHAIN_R + 2.0, cy), point(lst_x - CHAIN_R - 7.0, cy)),
        format!(
            "M{} L{}",
            point(lst_x + CHAIN_R + 2.0, cy),
            point(DEPOSIT.0 - DEPOSIT_MAX_R - 7.0, cy)
        ),
    ];
    let chain_heads = [
        arrow_head((lst_x - CHAIN_R - 1.0, cy), (1.0, 0.0), 7.0),
        arrow_head((DEPOSIT.0 - DEPOSIT_MAX_R - 1.0, cy), (1.0, 0.0), 7.0),
    ];
    // The way out loops from the deposit's top back over the chain into the ETH coin.
    let out = on_circle(DEPOSIT, DEPOSIT_MAX_R + 3.0, direction_at(0.9));
    let top = cy - DEPOSIT_MAX_R - 22.0;
    let exit_path = format!(
        "M{} C{} {} {}",
        point(out.0, out.1),
        point(out.0 - 20.0, top),
        point(eth_x, top),
        point(eth_x, cy - CHAIN_R - 9.0)
    );
    let exit_head = arrow_head((eth_x, cy - CHAIN_R - 2.0), (0.0, 1.0), 7.0);
    let delegation_path = format!(
        "M{} L{}",
        point(OPERATOR.0, cy + DEPOSIT_MAX_R + 2.0),
        point(OPERATOR.0, OPERATOR.1 - OPERATOR_R - 7.0)
    );
    let delegation_head = arrow_head((OPERATOR.0, OPERATOR.1 - OPERATOR_R - 1.0), (0.0, 1.0), 7.0);
    FanLayout {
        height,
        deposit: DEPOSIT,
        deposit_label: (DEPOSIT.0 + DEPOSIT_MAX_R + 10.0, cy - 8.0),
        operator: OPERATOR,
        delegation_path,
        delegation_head,
        deposit_r,
        slices,
        branches,
        chain_paths,
        chain_heads,
        chain_nodes: [(eth_x, cy), (lst_x, cy)],
        exit_path,
        exit_head,
        exit_label: (eth_x + 6.0, top - 8.0),
    }
}

/// The deposit's label ("Restaking protocol") in lines that fit beside the deposit, at
/// most three: a longer language's name wraps instead of running out of the picture.
pub fn deposit_label_lines(text: &str) -> Vec<String> {
    wrap(text, VIEW_WIDTH - (DEPOSIT.0 + DEPOSIT_MAX_R + 10.0), 14.0, 3)
}

/// `text` broken at spaces into at most `max` lines that each fit `width` user units at a
/// font size of `em`, by an estimate (SVG text cannot be measured before it is drawn):
/// 0.55 em a letter, 1 em a CJK character. The last line takes whatever is left.
pub fn wrap(text: &str, width: f64, em: f64, max: usize) -> Vec<String> {
    let wide =
        |c: char| ('\u{2E80}'..='\u{9FFF}').contains(&c) || ('\u{AC00}'..='\u{D7AF}').contains(&c);
    let measure = |s: &str| s.chars().map(|c| if wide(c) { em } else { 0.55 * em }).sum::<f64>();
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let full = lines.len() == max;
        match lines.last_mut() {
            Some(line) if full || measure(line) + measure(word) + 0.55 * em <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
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
        let l = layout(&s, s.stake_eth, &[]);
        let kinds: Vec<Branch> = l.branches.iter().map(|b| b.branch).collect();
        assert_eq!(kinds, [Branch::Ethereum, Branch::Service(0), Branch::Service(1)]);
        let none = Scenario { services: vec![], ..Scenario::default() };
        assert_eq!(layout(&none, 32.0, &[]).branches.len(), 1);
    }

    #[test]
    fn everything_fits_the_view_box_and_no_two_nodes_meet() {
        for n in 0..=8 {
            let mut s = Scenario::default();
            s.services = (0..n).map(|_| s.services[0].clone()).collect();
            let l = layout(&s, s.stake_eth, &[]);
            let (_, cy) = l.deposit;
            assert!(cy - DEPOSIT_MAX_R >= 0.0);
            for (i, b) in l.branches.iter().enumerate() {
                assert!(b.node.1 + NODE_R <= l.height, "n = {n}");
                assert!(b.node.1 - NODE_R > OPERATOR.1 + OPERATOR_R, "under the operator");
                for other in &l.branches[..i] {
                    let apart = (b.node.0 - other.node.0).hypot(b.node.1 - other.node.1);
                    assert!(apart > 4.0 * NODE_R, "n = {n}: nodes {i} too close");
                }
                // Each label keeps the room between its node and the edge (about 90 units).
                let room = match b.side {
                    Side::Left => b.label.0,
                    Side::Right => VIEW_WIDTH - b.label.0,
                };
                assert!(room >= 90.0, "n = {n}: {room}");
            }
        }
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

    fn start_of(path: &str) -> (f64, f64) {
        let v: Vec<f64> =
            path[1..].split(' ').take(2).map(|v| v.parse().expect("number")).collect();
        (v[0], v[1])
    }

    #[test]
    fn ethereum_leaves_the_deposit_services_leave_the_operator_all_end_at_their_node() {
        let s = Scenario::default();
        let l = layout(&s, s.stake_eth, &[]);
        for b in &l.branches {
            let ((cx, cy), r) = match b.branch {
                Branch::Ethereum => (l.deposit, DEPOSIT_MAX_R + 2.0),
                Branch::Service(_) => (l.operator, OPERATOR_R + 2.0),
            };
            let (x, y) = start_of(&b.path);
            assert!(((x - cx).hypot(y - cy) - r).abs() < 0.1, "{:?}: {}", b.branch, b.path);
            let inward = if b.side == Side::Left { 1.0 } else { -1.0 };
            let end = format!("{:.1} {:.1}", b.node.0 + inward * (NODE_R + 2.0), b.node.1);
            assert!(b.path.ends_with(&end), "{}", b.path);
        }
        assert!(l.slices.is_empty(), "no slices under a pooled model");
    }

    #[test]
    fn allocated_slices_share_the_circle_and_each_service_leaves_its_own() {
        let mut s = Scenario { model: SlashModel::Allocated, ..Scenario::default() };
        s.set_allocations(&[50.0, 25.0]);
        let full = [16.0, 8.0];
        let l = layout(&s, s.stake_eth, &full);
        let owners: Vec<Option<usize>> = l.slices.iter().map(|w| w.service).collect();
        assert_eq!(owners, [Some(0), Some(1), None], "two slices and the unallocated rest");
        // Slices go round clockwise from straight down: A's half is the left half, so
        // its branch leaves the rim due left, to the left column; B's quarter is the
        // upper right, so its branch leaves up and right, to the right column.
        let (ax, ay) = start_of(&l.branches[1].path);
        assert!(
            (ax - (DEPOSIT.0 - DEPOSIT_MAX_R - 2.0)).abs() < 0.5 && (ay - DEPOSIT.1).abs() < 0.5,
            "{ax} {ay}"
        );
        assert_eq!(l.branches[1].side, Side::Left);
        let (bx, by) = start_of(&l.branches[2].path);
        assert!(bx > DEPOSIT.0 && by < DEPOSIT.1, "{bx} {by}");
        assert_eq!(l.branches[2].side, Side::Right);
        // A slash on A's slice: only its wedge shrinks, to √0.95 of the radius.
        let slashed = layout(&s, 31.2, &[15.2, 8.0]);
        let radius = |w: &SliceShape| {
            w.path
                .split(' ')
                .find_map(|t| t.strip_prefix('A'))
                .map(|r| r.parse::<f64>().expect("radius"))
        };
        assert!(
            (radius(&slashed.slices[0]).expect("arc") - DEPOSIT_MAX_R * 0.95f64.sqrt()).abs()
                < 0.01
        );
        assert_eq!(radius(&slashed.slices[1]), radius(&l.slices[1]), "B's slice is untouched");
    }

    #[test]
    fn moving_allocations_never_changes_the_height() {
        let mut s = Scenario { model: SlashModel::Allocated, ..Scenario::default() };
        s.services = (0..5).map(|_| s.services[0].clone()).collect();
        let pooled =
            layout(&Scenario { model: SlashModel::Independent, ..s.clone() }, 32.0, &[]).height;
        for alloc in [[20.0; 5], [90.0, 2.0, 2.0, 2.0, 2.0], [0.0, 0.0, 0.0, 0.0, 100.0]] {
            s.set_allocations(&alloc);
            assert_eq!(layout(&s, 32.0, &[]).height, pooled, "{alloc:?}");
        }
    }

    #[test]
    fn directions_step_round_the_circle() {
        let right = direction_at(0.25);
        assert!((right.0 - 1.0).abs() < 1e-9 && right.1.abs() < 1e-9);
        let down = direction_at(0.5);
        assert!(down.0.abs() < 1e-9 && (down.1 - 1.0).abs() < 1e-9);
    }

    #[test]
    fn a_label_wraps_to_fit_beside_the_deposit() {
        assert_eq!(deposit_label_lines("Restaking protocol"), ["Restaking", "protocol"]);
        assert_eq!(
            deposit_label_lines("Yeniden hisseleme protokolü"),
            ["Yeniden", "hisseleme", "protokolü"]
        );
        assert_eq!(deposit_label_lines("再质押协议"), ["再质押协议"]);
        assert_eq!(wrap("a b c d", 1.0, 10.0, 2), ["a", "b c d"], "the last line takes the rest");
        assert!(wrap("", 10.0, 10.0, 3).is_empty());
    }
}
