//! The five steps of restaking as data: which step is current, which part of the
//! fan-out each one concerns, and the exit's timeline. The words are in `crate::copy`.

/// The number of steps in the flow.
pub const STEP_COUNT: u8 = 5;

/// The restaking protocol's withdrawal delay assumed for the exit, in days
/// (about 14 days on EigenLayer).
pub const RESTAKING_WITHDRAWAL_DELAY_DAYS: u32 = 14;

/// The part of the fan-out a step concerns; the diagram highlights it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FanPart {
    /// ETH staked for a liquid staking token (or, natively, the validator).
    Stake,
    /// The deposit into the restaking protocol.
    Deposit,
    /// The branches to the services.
    Services,
    /// The reward flows back along the branches.
    Rewards,
    /// The way out, through each layer's unbonding.
    Exit,
    /// The slashing arrows back to the deposit.
    Slashing,
}

impl FanPart {
    /// The name used in class names and data attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Stake => "stake",
            Self::Deposit => "deposit",
            Self::Services => "services",
            Self::Rewards => "rewards",
            Self::Exit => "exit",
            Self::Slashing => "slashing",
        }
    }
}

/// The part of the fan-out step `step` (1-based) highlights.
pub fn part_of_step(step: u8) -> FanPart {
    match step {
        0 | 1 => FanPart::Stake,
        2 => FanPart::Deposit,
        3 => FanPart::Services,
        4 => FanPart::Rewards,
        _ => FanPart::Exit,
    }
}

/// Where a highlight of the fan-out was asked for, so the asking element can show
/// itself selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpotlightFrom {
    /// Row i of the comparison table.
    Compare(usize),
    /// Risk i of the risks part.
    Risk(usize),
}

/// An explicit highlight of one part of the fan-out, which wins over the flow's step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spotlight {
    /// The part lit up.
    pub part: FanPart,
    /// What asked for it.
    pub from: SpotlightFrom,
}

/// How the ETH gets into the restaking protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum EntryPath {
    /// Stake for a liquid staking token, deposit the token (the usual way).
    #[default]
    Liquid,
    /// Point your own validator's withdrawal credentials at the restaking protocol.
    Native,
    /// Deposit ETH (or an LST) with a liquid restaking protocol, which restakes it and
    /// hands back a liquid restaking token (LRT).
    Lrt,
}

impl EntryPath {
    /// The name used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Liquid => "liquid",
            Self::Native => "native",
            Self::Lrt => "lrt",
        }
    }

    /// Reads the URL name (empty means the default); `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "liquid" | "" => Some(Self::Liquid),
            "native" => Some(Self::Native),
            "lrt" => Some(Self::Lrt),
            _ => None,
        }
    }
}
