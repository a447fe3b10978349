//! Every figure and rule the widget states about a protocol, with the date it took
//! effect (or was reported) and its public source, in one table. The copy names a fact
//! by its id; the sources list at the end of the page reads this table, so a date or a
//! link changes here alone. Nothing here is ever fetched: these are links for readers.

/// One dated, sourced statement: what every build needs to cite it (its mark's number and
/// label), and natively its details, which a reader sees one click away. The wasm holds no
/// details: the build writes them, with each locale's statements, into
/// `locales/sources.<lang>.txt`, which the widget fetches when a reader first asks for a
/// source (see [`details`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    /// The id the copy uses to cite it.
    pub id: &'static str,
    /// The source's name, as a link text.
    pub source: &'static str,
    /// Its date, address and quote (natively only).
    #[cfg(not(target_arch = "wasm32"))]
    pub detail: Detail<&'static str>,
}

/// A fact's details: its date, its source's address, the source's own words, and when
/// they were last compared. `S` is `&'static str` in the table, `String` when read from
/// a sources file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Detail<S> {
    /// When it took effect or was reported, as the source dates it (ISO 8601, or a
    /// year and month).
    pub as_of: S,
    /// The source's public address.
    pub url: S,
    /// The source's own words that support the statement: a short quote (at most about
    /// 300 characters, "…" where words are left out), in the source's language.
    pub quote: S,
    /// The day the quote was last compared with the source (ISO 8601).
    pub checked: S,
}

/// The day every quote below was compared with its source, in the stored copies named
/// in the project's history (the fact audit of 2026-12-03 and the check that followed it).
#[cfg(not(target_arch = "wasm32"))]
const DEC_03: &str = "2026-12-03";

/// The table.
pub const FACTS: [Fact; 35] = [
    Fact {
        id: "article",
        source: "COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-06-15",
            url: "https://en.coinotag.com/glossary/restaking",
            quote: "Suppose you stake 32 ETH and base Ethereum staking yields roughly 3.5% \
annually. That is about 1.12 ETH per year … paying an estimated 2% and 1.5% … about 7%, or \
~2.24 ETH per year. … If a single severe event slashed even 5% of your stake (1.6 ETH)…",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-slashing",
        source: "ELIP-002, Slashing via Unique Stake & Operator Sets",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-04-17",
            url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-002.md",
            quote: "For a given strategy, the sum of all magnitude allocations can never be \
greater than the Total Magnitude (the sum of the proportions cannot exceed 100%), ensuring \
the property of Unique Stake that no two Operator Sets can slash the same stake.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-commission",
        source: "ELIP-001, Rewards v2",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-01",
            url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-001.md",
            quote: "This is between 0% or 100% of AVS rewards. It’s valid after a 7-day \
activation delay. If they don’t set it, it will remain at the default of 10%.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "lido-fee",
        source: "Lido documentation, tokens integration guide",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-07",
            url: "https://docs.lido.fi/guides/lido-tokens-integration-guide",
            quote: "The exact fee size is defined by the DAO and can be changed in the future \
via DAO voting. … Currently, the fee collected by Lido protocol is 10% of staking rewards \
with half of it going to the node operators and the other half going to the protocol \
treasury.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "lrt-fee",
        source: "Renzo documentation, ezETH FAQs",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-07",
            url: "https://docs.renzoprotocol.com/docs/products/staking-suite/ezeth/ezeth-faqs",
            quote: "Renzo charges a 10% fee on rewards generated via restaking. The fees are \
split 50/50 between protocol reserves (treasury) and Renzo node operators.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-withdrawal-delay",
        source: "ELIP-002, parameters",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-04-17",
            url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-002.md",
            quote: "WITHDRAWAL_DELAY | The amount of blocks between a Staker queueing a \
withdrawal and the withdrawal becoming non-slashable and completable. | 100800 blocks (~14 \
days)",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-slash-penalty",
        source: "Ethereum consensus specs, Electra beacon chain",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-05-07",
            url: "https://github.com/ethereum/consensus-specs/blob/master/specs/electra/beacon-chain.md",
            quote: "MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA | Uint64(2**12) (= 4,096) | … \
slashing_penalty = validator.effective_balance // MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-max-balance",
        source: "Ethereum consensus specs, Electra beacon chain",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-05-07",
            url: "https://github.com/ethereum/consensus-specs/blob/master/specs/electra/beacon-chain.md",
            quote: "MAX_EFFECTIVE_BALANCE_ELECTRA | Gwei(2**11 * 10**9) (= 2,048,000,000,000) | \
Maximum effective balance for a compounding validator",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-withdrawable-delay",
        source: "Ethereum consensus specs, mainnet configuration \
(MIN_VALIDATOR_WITHDRAWABILITY_DELAY)",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2023-04-12",
            url: "https://github.com/ethereum/consensus-specs/blob/master/configs/mainnet.yaml",
            quote: "# 2**8 (= 256) epochs MIN_VALIDATOR_WITHDRAWABILITY_DELAY: 256",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-withdrawal-sweep",
        source: "ethereum.org, “Staking withdrawals”",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2023-04-12",
            url: "https://ethereum.org/staking/withdrawals/",
            quote: "A maximum of 16 withdrawals can be processed in a single block. At that \
rate, 115,200 validator withdrawals can be processed per day (assuming no missed slots).",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-exit-queue",
        source: "Figment, “Ethereum (ETH)” staking page, validator queues FAQ",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-09-13",
            url: "https://figment.io/staking/protocols/ethereum",
            quote: "The exit queue spiked to 46 days on September 13, 2025. That’s a 370% \
increase since August 13 at 9.86 days.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-rewards",
        source: "EigenLayer documentation, rewards overview",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-07",
            url: "https://github.com/Layr-Labs/eigencloud-docs/blob/main/docs/eigenlayer/concepts/rewards/rewards-concept.md",
            quote: "A Merkle root (known as the distribution root) is posted which represents \
the cumulative rewards across all earners weekly on mainnet and daily on testnet. There is \
an additional 2 hour delay on testnet and 1 week delay on mainnet after posting…",
            checked: DEC_03,
        },
    },
    Fact {
        id: "avs-name",
        source: "EigenLayer blog, “Redefining AVS”",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-02-06",
            url: "https://blog.eigencloud.xyz/redefining-avs-from-actively-validated-to-autonomous-verifiable-services/",
            quote: "Note: There’s no technical change to the implementation at this time - we \
are simply evolving our terminology",
            checked: DEC_03,
        },
    },
    Fact {
        id: "lrt-deposits",
        source: "Yield.xyz documentation, “Restaking” (ether.fi, KelpDAO, Renzo)",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-07",
            url: "https://docs.yield.xyz/documentation/earn/defi/restaking",
            quote: "Deposit ETH or a liquid staking token with Ether.fi, KelpDAO, or Renzo to \
receive a liquid restaking token.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ezeth-depeg",
        source: "Bankless, “Renzo Madness”",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2024-04-24",
            url: "https://www.bankless.com/renzo-madness",
            quote: "the token began gradually depegging at 10 PM EST, reaching discounts as low \
as 0.22 ETH during the peak of the madness, which lasted for approximately one hour. … this \
thin liquidity combined with a lack of withdrawals allowed ezETH to reach such a massive \
dislocation.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ezeth-liquidations",
        source: "Gauntlet, “LRT Core Vault market update 4/24/2024 (ezETH price \
volatility)”",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2024-04-24",
            url: "https://forum.morpho.org/t/gauntlet-lrt-core-vault-market-update-4-24-2024-ezeth-price-volatility/578",
            quote: "02:29:47 UTC: The first liquidation occurred at block 19722269 … 02:52:35 \
UTC: 145 of the 146 total ezETH liquidations occurred",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-rule-change",
        source: "ELIP-002, Slashing via Unique Stake & Operator Sets (withdrawal delay)",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-04-17",
            url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-002.md",
            quote: "Returns the minimum withdrawal delay in blocks to pass for withdrawals \
queued to be completable. … Also applies to legacy withdrawals so any withdrawals not \
completed prior to the slashing upgrade will be subject…",
            checked: DEC_03,
        },
    },
    Fact {
        id: "restaking-concentration",
        source: "CleanSky, EigenLayer and restaking in 2026 (secondary, from aggregator \
data)",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-04",
            url: "https://cleansky.io/blog/eigenlayer-restaking-verifiable-cloud-2026/",
            quote: "$15.26 billion. That's how much EigenLayer has locked in April 2026 — 94% \
of the entire restaking market.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-entry-queue",
        source: "ELIP-018 (draft), RETIRE: restaking exit for EigenPods",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-07-10",
            url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-018_RETIRE.md",
            quote: "With the entry queue exceeding 50 days, that exit-and-re-enter path can \
cost millions of dollars in lost staking yield, purely to change a key.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-churn",
        source: "Ethereum consensus specs, mainnet configuration \
(MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT)",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-05-07",
            url: "https://github.com/ethereum/consensus-specs/blob/master/configs/mainnet.yaml",
            quote: "# 2**8 * 10**9 (= 256,000,000,000) Gwei \
MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT: 256000000000",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-redistribution",
        source: "EigenLayer documentation, safety delays",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-07",
            url: "https://github.com/Layr-Labs/eigencloud-docs/blob/main/docs/eigenlayer/concepts/slashing/safety-delays-concept.md",
            quote: "Stake delegated to an Operator can become slashable, and previously \
delegated stake can become redistributable if an Operator allocates to a redistributable \
Operator Set.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-slash-delay",
        source: "ELIP-016, Redistribution Delay",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-06",
            url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-016.md",
            quote: "This proposal adds a 7-day (50,400 block) slash resolution delay before \
slashed shares can be burned or redistributed. … there is no mechanism included in this \
upgrade to allow an erroneous slashing event to be reverted.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-stake-rewards",
        source: "ELIP-014, Rewards v2.2: Operator Set Rewards with Unique & Total Stake",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-03",
            url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-014.md",
            quote: "Distributes based on allocated unique stake within operator sets … \
Distributes based on total delegated stake within operator sets",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigen-incentives",
        source: "EigenLayer forum, “Incentives Committee Update #1”",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-03-19",
            url: "https://forum.eigenlayer.xyz/t/incentives-committee-update-1/14786",
            quote: "Effective March 19, 2026 programmatic incentives will only be sent to stake \
supporting productive AVSs. … ETH incentives will be reduced by 50% and EIGEN incentives \
will be reduced by 75%. Note: At the beginning, all ETH incentives will be directed towards \
EigenDA.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-exit-request",
        source: "EIP-7002, Execution layer triggerable withdrawals",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-05-07",
            url: "https://eips.ethereum.org/EIPS/eip-7002",
            quote: "Adds a new mechanism to allow validators to trigger withdrawals and exits \
from their execution layer (0x01) withdrawal credentials.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-partial-withdrawals",
        source: "ethereum.org, “Withdrawal credentials”",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-05-07",
            url: "https://ethereum.org/developers/docs/consensus-mechanisms/pos/withdrawal-credentials/",
            quote: "Any balance above 32 ETH is automatically swept to your withdrawal address \
… Partial withdrawals must be requested manually (automatic sweeps only occur above the 2048 \
ETH threshold)",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenpod-exits",
        source: "ELIP-009, MOOCOW: consolidation and withdrawals for EigenPods",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025-07",
            url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-009.md",
            quote: "EIP-7002 grants the withdrawal address of a validator capability to \
initiate withdrawals from the execution layer. This proposal passes that capability to the \
EigenPod owner and proof submitter.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "renzo-exit",
        source: "Renzo documentation, ezETH FAQs and instant withdrawals",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2025",
            url: "https://docs.renzoprotocol.com/docs/products/staking-suite/ezeth/ezeth-faqs",
            quote: "ezETH withdrawals can take up to 15 days, given the recent Eigenlayer \
slashing upgrade and time taken to exit the beacon chain.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "etherfi-exit",
        source: "ether.fi smart contracts, EtherFiRedemptionManager.sol",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-06",
            url: "https://github.com/etherfi-protocol/smart-contracts/blob/master/src/withdrawals/EtherFiRedemptionManager.sol",
            quote: "The contract allows instant redemption of eETH and weETH tokens to ETH or \
stETH with an exit fee. - It has the exit fee as a percentage of the total amount redeemed. \
- It has a rate limiter to limit the total amount that can be redeemed in a given time \
period.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "rseth-exploit",
        source: "Aave governance, proposal 477, “rsETH Incident: Liquidate rsETH attacker \
positions”; ForkLog on the recovery",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-04-18",
            url: "https://vote.onaave.com/proposal/?proposalId=477",
            quote: "On April 18, 2026, an external incident affecting Kelp’s LayerZero V2 \
Unichain–Ethereum rsETH route released 116,500 rsETH from the Ethereum-side OFT adapter to \
the attacker without a corresponding burn on the source chain. … the attacker supplied \
89,567 rsETH into Aave V3 and borrowed WETH and wstETH…",
            checked: DEC_03,
        },
    },
    Fact {
        id: "rseth-verifier",
        source: "Kelp, “April 18 Incident: Additional Context” (archived copy)",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-04-20",
            url: "https://lazarus.day/reports/post/april-18-incident-additional-context-zWKu6",
            quote: "Two RPC nodes hosted by LayerZero were compromised. A simultaneous DDoS \
attack was launched against the 3rd RPC node. … The 1-of-1 DVN setup is the configuration \
documented in LayerZero's documentation and shipped as the default for any new OFT \
deployment.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "ethereum-slashed-exit",
        source: "Ethereum consensus specs, phase 0 beacon chain (slash_validator)",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2020-12-01",
            url: "https://github.com/ethereum/consensus-specs/blob/master/specs/phase0/beacon-chain.md",
            quote: "initiate_validator_exit(state, slashed_index) validator = \
state.validators[slashed_index] validator.slashed = True validator.withdrawable_epoch = max( \
validator.withdrawable_epoch, Epoch(epoch + EPOCHS_PER_SLASHINGS_VECTOR) )",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-allocation-delay",
        source: "ELIP-016, Redistribution Delay (rationale)",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-05-20",
            url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-016.md",
            quote: "In the intervening period, a number of operators (including public \
operators) have set their allocation delays to 0 days, a setting that allows for \
instantaneous risk profile changes.",
            checked: DEC_03,
        },
    },
    Fact {
        id: "eigenlayer-protocol-fee",
        source: "eigenlayer-contracts v1.12.0, RewardsCoordinator",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2026-03-20",
            url: "https://github.com/Layr-Labs/eigenlayer-contracts/blob/v1.12.0/src/contracts/core/RewardsCoordinator.sol",
            quote: "Protocol fee percentage in basis points (20%). … // Then take the protocol \
fee (if the submitter is opted in for protocol fees). rewardsSubmission.amount = \
_takeProtocolFee(rewardsSubmission.token, rewardsSubmission.amount);",
            checked: DEC_03,
        },
    },
    Fact {
        id: "staking-basics",
        source: "ethereum.org, “How to stake your ETH”",
        #[cfg(not(target_arch = "wasm32"))]
        detail: Detail {
            as_of: "2020-12-01",
            url: "https://ethereum.org/staking/",
            quote: "Staking is the act of depositing 32 ETH to activate validator software. … \
This will keep Ethereum secure for everyone and earn you new ETH in the process. … Slashing \
(larger penalties and ejection from the network) for malicious behaviour",
            checked: DEC_03,
        },
    },
];

#[cfg(not(target_arch = "wasm32"))]
impl Fact {
    /// The figure or rule, in a short sentence, in the locale in use (the message
    /// `fact-<id>` in `locales/<lang>.ftl`; its quote and source stay in the source's words).
    pub fn statement(&self) -> &'static str {
        statement(self.id)
    }
}

/// A fact as a reader sees it behind its mark: its statement, in the locale in use, and
/// its details.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// The figure or rule, in a short sentence.
    pub statement: String,
    /// Its date, address and quote.
    pub detail: Detail<String>,
}

/// The sources file of the locale in use, `locales/sources.<lang>.txt` (written by the
/// build): a line a fact, in the table's order, its statement, date, address, checked
/// date and quote, separated by tabs (none of them holds a tab or a line break).
#[cfg(not(target_arch = "wasm32"))]
pub fn sources_file() -> String {
    FACTS
        .iter()
        .map(|f| {
            let Detail { as_of, url, quote, checked } = f.detail;
            format!("{}\t{as_of}\t{url}\t{checked}\t{quote}\n", f.statement())
        })
        .collect()
}

/// Reads a sources file (see `sources_file`): `None` unless it has a whole line for
/// every fact.
pub fn parse_sources(text: &str) -> Option<Vec<Shown>> {
    let shown: Vec<Shown> = text
        .lines()
        .map(|line| {
            let mut fields = line.split('\t').map(str::to_owned);
            let mut next = || fields.next();
            let (statement, as_of, url, checked, quote) =
                (next()?, next()?, next()?, next()?, next()?);
            Some(Shown { statement, detail: Detail { as_of, url, quote, checked } })
        })
        .collect::<Option<_>>()?;
    (shown.len() == FACTS.len()).then_some(shown)
}

/// The facts as shown, when the widget has them: natively always (from the table, in the
/// locale in use); in the wasm once [`load`] has fetched them.
#[cfg(not(target_arch = "wasm32"))]
pub fn details() -> Option<std::rc::Rc<[Shown]>> {
    parse_sources(&sources_file()).map(std::rc::Rc::from)
}

/// Whether the sources could not be had (in the wasm; natively never).
#[cfg(not(target_arch = "wasm32"))]
pub fn failed() -> bool {
    false
}

/// Calls `ready` once the facts are shown or could not be had (natively, at once).
#[cfg(not(target_arch = "wasm32"))]
pub fn load(ready: Box<dyn FnOnce()>) {
    ready();
}

#[cfg(target_arch = "wasm32")]
pub use loading::{details, failed, load};

/// The sources in the wasm: fetched once, the first time a reader asks for one (a mark's
/// click, the list opened), and kept.
#[cfg(target_arch = "wasm32")]
mod loading {
    use super::{parse_sources, Shown};
    use std::cell::RefCell;
    use std::rc::Rc;

    enum State {
        Idle,
        Loading(Vec<Box<dyn FnOnce()>>),
        Ready(Rc<[Shown]>),
        Failed,
    }

    thread_local! {
        static STATE: RefCell<State> = const { RefCell::new(State::Idle) };
    }

    /// The facts as shown, once loaded.
    pub fn details() -> Option<Rc<[Shown]>> {
        STATE.with(|s| match &*s.borrow() {
            State::Ready(shown) => Some(shown.clone()),
            _ => None,
        })
    }

    /// Whether they could not be had.
    pub fn failed() -> bool {
        STATE.with(|s| matches!(*s.borrow(), State::Failed))
    }

    /// Calls `ready` once they are loaded or could not be; starts loading them the first
    /// time.
    pub fn load(ready: Box<dyn FnOnce()>) {
        let (settled, idle) = STATE.with(|s| match &*s.borrow() {
            State::Ready(_) | State::Failed => (true, false),
            State::Loading(_) => (false, false),
            State::Idle => (false, true),
        });
        if settled {
            return ready();
        }
        STATE.with(|s| match &mut *s.borrow_mut() {
            State::Loading(waiting) => waiting.push(ready),
            state => *state = State::Loading(vec![ready]),
        });
        if !idle {
            return;
        }
        let hash = crate::locale::words().sources_hash();
        crate::browser::fetch_words_file(
            "sources",
            hash,
            Box::new(|text| {
                let done = text
                    .as_deref()
                    .and_then(parse_sources)
                    .map_or(State::Failed, |shown| State::Ready(Rc::from(shown)));
                let waiting = STATE.with(|s| match std::mem::replace(&mut *s.borrow_mut(), done) {
                    State::Loading(waiting) => waiting,
                    _ => Vec::new(),
                });
                for ready in waiting {
                    ready();
                }
            }),
        );
    }
}

/// The statement of the fact `id`, for the sources file the build writes (the wasm asks
/// for none: each id is written out, one arm each, for the test that every message is
/// asked for somewhere).
#[cfg(not(target_arch = "wasm32"))]
fn statement(id: &str) -> &'static str {
    use crate::locale::t;
    match id {
        "article" => t(id!("fact-article")),
        "eigenlayer-slashing" => t(id!("fact-eigenlayer-slashing")),
        "eigenlayer-commission" => t(id!("fact-eigenlayer-commission")),
        "lido-fee" => t(id!("fact-lido-fee")),
        "lrt-fee" => t(id!("fact-lrt-fee")),
        "eigenlayer-withdrawal-delay" => t(id!("fact-eigenlayer-withdrawal-delay")),
        "ethereum-slash-penalty" => t(id!("fact-ethereum-slash-penalty")),
        "ethereum-max-balance" => t(id!("fact-ethereum-max-balance")),
        "ethereum-withdrawable-delay" => t(id!("fact-ethereum-withdrawable-delay")),
        "ethereum-withdrawal-sweep" => t(id!("fact-ethereum-withdrawal-sweep")),
        "ethereum-exit-queue" => t(id!("fact-ethereum-exit-queue")),
        "eigenlayer-rewards" => t(id!("fact-eigenlayer-rewards")),
        "avs-name" => t(id!("fact-avs-name")),
        "lrt-deposits" => t(id!("fact-lrt-deposits")),
        "ezeth-depeg" => t(id!("fact-ezeth-depeg")),
        "ezeth-liquidations" => t(id!("fact-ezeth-liquidations")),
        "eigenlayer-rule-change" => t(id!("fact-eigenlayer-rule-change")),
        "restaking-concentration" => t(id!("fact-restaking-concentration")),
        "ethereum-entry-queue" => t(id!("fact-ethereum-entry-queue")),
        "ethereum-churn" => t(id!("fact-ethereum-churn")),
        "eigenlayer-redistribution" => t(id!("fact-eigenlayer-redistribution")),
        "eigenlayer-slash-delay" => t(id!("fact-eigenlayer-slash-delay")),
        "eigenlayer-stake-rewards" => t(id!("fact-eigenlayer-stake-rewards")),
        "eigen-incentives" => t(id!("fact-eigen-incentives")),
        "ethereum-exit-request" => t(id!("fact-ethereum-exit-request")),
        "ethereum-partial-withdrawals" => t(id!("fact-ethereum-partial-withdrawals")),
        "eigenpod-exits" => t(id!("fact-eigenpod-exits")),
        "renzo-exit" => t(id!("fact-renzo-exit")),
        "etherfi-exit" => t(id!("fact-etherfi-exit")),
        "rseth-exploit" => t(id!("fact-rseth-exploit")),
        "rseth-verifier" => t(id!("fact-rseth-verifier")),
        "ethereum-slashed-exit" => t(id!("fact-ethereum-slashed-exit")),
        "eigenlayer-allocation-delay" => t(id!("fact-eigenlayer-allocation-delay")),
        "eigenlayer-protocol-fee" => t(id!("fact-eigenlayer-protocol-fee")),
        "staking-basics" => t(id!("fact-staking-basics")),
        _ => "",
    }
}

/// The fact with this id. Every id the copy uses is in the table (a unit test checks
/// it), so a miss is a programming error caught by the tests.
pub fn fact(id: &str) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.id == id)
}

/// A set of facts, one bit per place in [`FACTS`]: its members come out in the table's
/// order, each once, with no sorting (sorting code costs the wasm about 3 KB gzip).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FactSet(u64);

const _: () = assert!(FACTS.len() <= 64, "a FactSet has one bit per fact");

impl FactSet {
    /// Every fact in the table.
    pub const ALL: FactSet = FactSet(u64::MAX >> (64 - FACTS.len()));

    /// The facts with these ids (an id not in the table adds nothing).
    pub fn of(ids: &[&str]) -> Self {
        ids.iter().fold(Self::default(), |set, id| set.with(id))
    }

    /// This set and the fact with this id.
    pub fn with(self, id: &str) -> Self {
        match FACTS.iter().position(|f| f.id == id) {
            Some(i) => Self(self.0 | 1 << i),
            None => self,
        }
    }

    /// The facts in either set.
    pub fn union(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    /// How many facts the set holds.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set holds no fact.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The facts, in the table's order, each with its number (its place, from 1).
    pub fn iter(self) -> impl Iterator<Item = (usize, &'static Fact)> {
        FACTS.iter().enumerate().filter(move |(i, _)| self.0 >> i & 1 == 1).map(|(i, f)| (i + 1, f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_set_lists_its_facts_once_in_the_tables_order() {
        let last = FACTS[FACTS.len() - 1].id;
        let set = FactSet::of(&[last, "eigenlayer-slashing", "not-a-fact", last]);
        let listed: Vec<(usize, &str)> = set.iter().map(|(n, f)| (n, f.id)).collect();
        let slashing =
            FACTS.iter().position(|f| f.id == "eigenlayer-slashing").expect("in the table") + 1;
        assert_eq!(listed, [(slashing, "eigenlayer-slashing"), (FACTS.len(), last)]);
        assert_eq!(set.len(), 2);
        assert!(FactSet::of(&["not-a-fact"]).is_empty());
        assert_eq!(FactSet::ALL.len(), FACTS.len());
        assert_eq!(
            FactSet::ALL.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            (1..=FACTS.len()).collect::<Vec<_>>()
        );
        assert_eq!(set.union(FactSet::of(&["article"])).len(), 3);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_sources_file_reads_back_as_the_table_in_every_locale() {
        for locale in crate::i18n::LOCALES {
            let path = format!("{}/locales/{}.ftl", env!("CARGO_MANIFEST_DIR"), locale.code);
            let ftl = std::fs::read_to_string(path).expect("a locale's file");
            let compact = crate::i18n::compile(locale.code, &ftl, &crate::ids::IDS).expect("ok");
            crate::locale::set(Some(&compact)).expect("as compiled");
            let shown = parse_sources(&sources_file()).expect("a whole line for every fact");
            crate::locale::set(None).expect("English");
            for (fact, shown) in FACTS.iter().zip(&shown) {
                let Detail { as_of, url, quote, checked } = fact.detail;
                assert_eq!(
                    (&*shown.detail.as_of, &*shown.detail.url, &*shown.detail.quote),
                    (as_of, url, quote)
                );
                assert_eq!(shown.detail.checked, checked);
                assert!(!shown.statement.is_empty(), "{} {}", locale.code, fact.id);
            }
        }
        assert_eq!(parse_sources("a\tb\tc\td\te\n"), None, "not a line for every fact");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn ids_are_unique_and_every_fact_is_dated_sourced_and_quoted() {
        for (i, f) in FACTS.iter().enumerate() {
            let Detail { as_of, url, quote, checked } = f.detail;
            assert!(FACTS[..i].iter().all(|g| g.id != f.id), "{} twice", f.id);
            assert!(url.starts_with("https://"), "{} has a public source", f.id);
            assert!(!f.source.trim().is_empty(), "{} names its source", f.id);
            assert!(!f.source.contains(['\t', '\n']) && !quote.contains(['\t', '\n']));
            let quote = quote.trim();
            assert!(
                quote.chars().filter(|c| c.is_alphanumeric()).count() >= 20,
                "{} is quoted",
                f.id
            );
            assert!(quote.chars().count() <= 320, "{}'s quote is short", f.id);
            assert!(!quote.starts_with(['“', '"']), "{}'s quote marks are the page's", f.id);
            let year: u32 = as_of[..4].parse().expect("as_of starts with a year");
            assert!((2020..=2026).contains(&year), "{} is dated", f.id);
            assert!(checked >= as_of.get(..7).unwrap_or(as_of), "{} checked after it", f.id);
            assert!(checked <= "2026-12-31" && checked.len() == 10, "{} checked on a day", f.id);
        }
    }

    #[test]
    fn every_route_cites_facts_that_exist() {
        for route in crate::model::Route::ALL {
            let (_, ids) = crate::copy::route_summary(route);
            assert!(!ids.is_empty());
            for id in ids {
                assert!(fact(id).is_some(), "{route:?} cites {id}");
            }
        }
    }
}
