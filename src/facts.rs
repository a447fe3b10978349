//! Every figure and rule the widget states about a protocol, with the date it took
//! effect (or was reported) and its public source, in one table. The copy names a fact
//! by its id; the sources list at the end of the page reads this table, so a date or a
//! link changes here alone. Nothing here is ever fetched: these are links for readers.

/// One dated, sourced statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    /// The id the copy uses to cite it.
    pub id: &'static str,
    /// The figure or rule, in a short sentence.
    pub statement: &'static str,
    /// When it took effect or was reported, as the source dates it (ISO 8601, or a
    /// year and month).
    pub as_of: &'static str,
    /// The source's name, as a link text.
    pub source: &'static str,
    /// The source's public address.
    pub url: &'static str,
    /// The day this statement was last checked against that source (ISO 8601).
    pub checked: &'static str,
}

/// The last day a fact was checked: the day the facts checked in the earlier review
/// (2026-11-25) and those checked since share this table.
const NOV_25: &str = "2026-11-25";
/// See [`NOV_25`].
const DEC_01: &str = "2026-12-01";

/// The table.
pub const FACTS: [Fact; 31] = [
    Fact {
        id: "article",
        statement: "The worked example: 32 ETH at about 3.5 % a year earns about 1.12 ETH; \
two services paying 2 % and 1.5 % more bring it to 2.24 ETH, about 7 %; one severe slash of \
5 % takes 1.6 ETH. No fees.",
        as_of: "2026-06-15",
        source: "COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”",
        url: "https://coinotag.com/",
        checked: NOV_25,
    },
    Fact {
        id: "eigenlayer-slashing",
        statement: "EigenLayer's slashing upgrade (unique stake): an operator allocates a \
share of its delegated stake to each service's operator set, the shares add up to at most \
100 %, and a service can slash only the stake allocated to it.",
        as_of: "2025-04-17",
        source: "ELIP-002, Slashing via Unique Stake & Operator Sets",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-002.md",
        checked: DEC_01,
    },
    Fact {
        id: "eigenlayer-commission",
        statement: "An EigenLayer operator keeps 10 % of service rewards by default, and may \
set anything from 0 to 100 %.",
        as_of: "2025-01",
        source: "ELIP-001, Rewards v2",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-001.md",
        checked: DEC_01,
    },
    Fact {
        id: "lido-fee",
        statement: "Lido keeps 10 % of staking rewards, half for node operators and half for \
its treasury; its DAO can change the fee.",
        as_of: "2026-07",
        source: "Lido documentation, tokens integration guide",
        url: "https://docs.lido.fi/guides/lido-tokens-integration-guide",
        checked: NOV_25,
    },
    Fact {
        id: "lrt-fee",
        statement: "Renzo keeps 10 % of the rewards earned through restaking for ezETH; other \
liquid restaking protocols set their own fees.",
        as_of: "2025-07",
        source: "Renzo documentation, ezETH",
        url: "https://docs.renzoprotocol.com/docs/renzo/usdezeth",
        checked: NOV_25,
    },
    Fact {
        id: "eigenlayer-withdrawal-delay",
        statement: "EigenLayer's withdrawal delay is 100,800 blocks, about 14 days, during \
which the stake can still be slashed; it was 7 days before the slashing upgrade.",
        as_of: "2025-04-17",
        source: "ELIP-002, parameters",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-002.md",
        checked: DEC_01,
    },
    Fact {
        id: "ethereum-slash-penalty",
        statement: "Since the Pectra upgrade, Ethereum's initial slashing penalty is 1/4096 \
of the validator's effective balance (about 0.008 ETH on 32 ETH); a correlation penalty can \
add much more when many validators are slashed together.",
        as_of: "2025-05-07",
        source: "Ethereum consensus specs, Electra beacon chain",
        url: "https://github.com/ethereum/consensus-specs/blob/master/specs/electra/beacon-chain.md",
        checked: NOV_25,
    },
    Fact {
        id: "ethereum-max-balance",
        statement: "Since the Pectra upgrade one validator can hold up to 2,048 ETH; 32 ETH is \
still the minimum.",
        as_of: "2025-05-07",
        source: "Ethereum consensus specs, Electra beacon chain",
        url: "https://github.com/ethereum/consensus-specs/blob/master/specs/electra/beacon-chain.md",
        checked: NOV_25,
    },
    Fact {
        id: "ethereum-withdrawable-delay",
        statement: "After a validator exits, its ETH becomes withdrawable after a fixed 256 \
epochs, about 27 hours.",
        as_of: "2023-04-12",
        source: "Ethereum consensus specs, mainnet configuration (MIN_VALIDATOR_WITHDRAWABILITY_DELAY)",
        url: "https://github.com/ethereum/consensus-specs/blob/master/configs/mainnet.yaml",
        checked: DEC_01,
    },
    Fact {
        id: "ethereum-withdrawal-sweep",
        statement: "The withdrawal sweep then pays validators in turn, at most 16 a block \
(about 115,200 a day), so one round of it takes days: 7 days with 800,000 validators.",
        as_of: "2023-04-12",
        source: "ethereum.org, “Staking withdrawals”",
        url: "https://ethereum.org/staking/withdrawals/",
        checked: DEC_01,
    },
    Fact {
        id: "ethereum-exit-queue",
        statement: "Ethereum's validator exit queue passed 46 days on 15 September 2025, the \
longest wait yet.",
        as_of: "2025-09-16",
        source: "CoinDesk, “Ethereum faces validator bottleneck with 2.5M ETH awaiting exit”",
        url: "https://www.coindesk.com/tech/2025/09/16/ethereum-faces-validator-bottleneck-with-2-5m-eth-awaiting-exit",
        checked: DEC_01,
    },
    Fact {
        id: "eigenlayer-rewards",
        statement: "EigenLayer services pay rewards in any ERC-20 token they choose, and \
EigenLayer's own incentives come in EIGEN; payouts are posted weekly and can be claimed a \
week later.",
        as_of: "2025-07",
        source: "EigenLayer documentation, rewards claiming",
        url: "https://docs.eigencloud.xyz/products/eigenlayer/concepts/rewards/rewards-claiming-faq",
        checked: DEC_01,
    },
    Fact {
        id: "avs-name",
        statement: "EigenLayer renamed AVSs from actively validated services to autonomous \
verifiable services, a change of words only.",
        as_of: "2025-02-06",
        source: "EigenLayer blog, “Redefining AVS”",
        url: "https://blog.eigencloud.xyz/redefining-avs-from-actively-validated-to-autonomous-verifiable-services/",
        checked: NOV_25,
    },
    Fact {
        id: "lrt-deposits",
        statement: "Liquid restaking protocols such as ether.fi, Renzo and Kelp take plain \
ETH as well as LSTs and hand back a liquid restaking token.",
        as_of: "2025-07",
        source: "Renzo documentation, ezETH",
        url: "https://docs.renzoprotocol.com/docs/renzo/usdezeth",
        checked: DEC_01,
    },
    Fact {
        id: "ezeth-depeg",
        statement: "On 24 April 2024 Renzo's ezETH fell as low as 0.22 ETH on some markets.",
        as_of: "2024-04-24",
        source: "Bankless, “Renzo Madness”",
        url: "https://www.bankless.com/renzo-madness",
        checked: DEC_01,
    },
    Fact {
        id: "ezeth-liquidations",
        statement: "In two Morpho lending markets, 145 of the 146 liquidations of ezETH-backed \
loans came within 23 minutes of the first, at 02:29 UTC on 24 April 2024.",
        as_of: "2024-04-24",
        source: "Gauntlet, “LRT Core Vault market update 4/24/2024 (ezETH price volatility)”",
        url: "https://forum.morpho.org/t/gauntlet-lrt-core-vault-market-update-4-24-2024-ezeth-price-volatility/578",
        checked: DEC_01,
    },
    Fact {
        id: "eigenlayer-rule-change",
        statement: "EigenLayer added slashing and doubled its withdrawal delay from 7 to 14 \
days on 17 April 2025, for deposits made under the earlier rules too.",
        as_of: "2025-04-17",
        source: "EigenLayer blog, “Slashing on mainnet is coming soon”",
        url: "https://blog.eigencloud.xyz/slashing-on-mainnet-is-coming-soon-what-you-need-to-know",
        checked: NOV_25,
    },
    Fact {
        id: "restaking-concentration",
        statement: "On 9 September 2024 EigenLayer held about $11 billion of restaked \
assets, against about $1.5 billion for Symbiotic, its nearest rival.",
        as_of: "2024-09-09",
        source: "Oak Research, “Restaking war: EigenLayer vs Symbiotic”",
        url: "https://oakresearch.io/en/analyses/innovations/restaking-war-eigenlayer-vs-symbiotic",
        checked: NOV_25,
    },
    Fact {
        id: "ethereum-entry-queue",
        statement: "Ethereum's entry queue for new validators was more than 50 days long in \
July 2026.",
        as_of: "2026-07-10",
        source: "ELIP-018 (draft), RETIRE: restaking exit for EigenPods",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-018_RETIRE.md",
        checked: DEC_01,
    },
    Fact {
        id: "ethereum-churn",
        statement: "Since the Pectra upgrade at most 256 ETH of stake enters Ethereum, and at \
most 256 ETH leaves, in each epoch of 6.4 minutes; whoever is beyond that waits in the entry \
or the exit queue.",
        as_of: "2025-05-07",
        source: "Ethereum consensus specs, mainnet configuration (MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT)",
        url: "https://github.com/ethereum/consensus-specs/blob/master/configs/mainnet.yaml",
        checked: DEC_01,
    },
    Fact {
        id: "eigenlayer-redistribution",
        statement: "Since July 2025 a service on EigenLayer may create a redistributable \
operator set: what it slashes goes to a recipient it named, not to be burned. Operators and \
stakers opt in by allocating to such a set; native ETH and EIGEN cannot be redistributed.",
        as_of: "2025-07",
        source: "ELIP-006, Redistributable Slashing",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-006.md",
        checked: DEC_01,
    },
    Fact {
        id: "eigenlayer-slash-delay",
        statement: "Since June 2026 slashed stake waits a 7-day (50,400-block) slash resolution \
delay before it is burned or redistributed.",
        as_of: "2026-06",
        source: "ELIP-016, Redistribution Delay",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-016.md",
        checked: DEC_01,
    },
    Fact {
        id: "eigenlayer-stake-rewards",
        statement: "Since March 2026 (rewards v2.2) a service can weight its rewards by the \
stake allocated to it (unique stake) or by all the stake delegated to its operators (total \
stake).",
        as_of: "2026-03",
        source: "ELIP-014, Rewards v2.2: Operator Set Rewards with Unique & Total Stake",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-014.md",
        checked: DEC_01,
    },
    Fact {
        id: "eigen-incentives",
        statement: "EigenLayer issues new EIGEN to stakers every week as programmatic \
incentives, apart from what services pay; its second version began on 9 October 2025.",
        as_of: "2025-10-09",
        source: "ELIP-011, Programmatic Incentives v2",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-011.md",
        checked: DEC_01,
    },
    Fact {
        id: "ethereum-exit-request",
        statement: "Since the Pectra upgrade (7 May 2025) a validator's withdrawal \
credentials can trigger its exit, and partial withdrawals, from the execution layer.",
        as_of: "2025-05-07",
        source: "EIP-7002, Execution layer triggerable withdrawals",
        url: "https://eips.ethereum.org/EIPS/eip-7002",
        checked: DEC_01,
    },
    Fact {
        id: "ethereum-partial-withdrawals",
        statement: "Any balance above a validator's 32 ETH is swept to its withdrawal address \
automatically.",
        as_of: "2023-04-12",
        source: "ethereum.org, “Withdrawal credentials”",
        url: "https://ethereum.org/developers/docs/consensus-mechanisms/pos/withdrawal-credentials/",
        checked: DEC_01,
    },
    Fact {
        id: "eigenpod-exits",
        statement: "Since July 2025 an EigenPod can trigger its validators' exits and partial \
withdrawals itself (EIP-7002).",
        as_of: "2025-07",
        source: "ELIP-009, MOOCOW: consolidation and withdrawals for EigenPods",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-009.md",
        checked: DEC_01,
    },
    Fact {
        id: "renzo-exit",
        statement: "Renzo pays out ezETH through a withdrawal queue, about 7 days when its \
buffer holds ETH and 10 to 15 days when it is empty, or at once for a fee that varies with the \
buffer.",
        as_of: "2026-12",
        source: "Renzo documentation, withdrawals and instant withdrawals",
        url: "https://docs.renzoprotocol.com/docs/product/withdrawals/instant-withdrawals",
        checked: DEC_01,
    },
    Fact {
        id: "etherfi-exit",
        statement: "ether.fi pays eETH and weETH back in ETH without EigenLayer's delay while \
it has the liquidity; when it has not, the wait varies.",
        as_of: "2026-12",
        source: "ether.fi documentation, eETH",
        url: "https://etherfi.gitbook.io/etherfi/staking/eeth",
        checked: DEC_01,
    },
    Fact {
        id: "rseth-exploit",
        statement: "On 18 April 2026 Kelp's rsETH bridge route from Unichain to Ethereum \
released 116,500 rsETH with no matching burn on Unichain; the attacker supplied 89,567 rsETH \
to Aave and borrowed WETH and wstETH against it, leaving Aave to contain bad debt.",
        as_of: "2026-04-18",
        source: "Aave governance, proposal 477, “rsETH Incident: Liquidate rsETH attacker positions”",
        url: "https://vote.onaave.com/proposal/?proposalId=477",
        checked: DEC_01,
    },
    Fact {
        id: "rseth-verifier",
        statement: "The route trusted one verifier alone (a 1-of-1 setup, LayerZero Labs' own), \
whose data feeds the attackers had poisoned, by LayerZero's post-mortem of 19 April 2026 and \
Kelp's reply.",
        as_of: "2026-05-05",
        source: "Bloomingbit, reporting LayerZero's post-mortem and Kelp DAO's memo",
        url: "https://en.bloomingbit.io/feed/news/111467",
        checked: DEC_01,
    },
];

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
    fn ids_are_unique_and_every_fact_is_dated_and_sourced() {
        for (i, f) in FACTS.iter().enumerate() {
            assert!(FACTS[..i].iter().all(|g| g.id != f.id), "{} twice", f.id);
            assert!(f.url.starts_with("https://"), "{} has a public source", f.id);
            let year: u32 = f.as_of[..4].parse().expect("as_of starts with a year");
            assert!((2023..=2026).contains(&year), "{} is dated", f.id);
            assert!(f.checked >= f.as_of.get(..7).unwrap_or(f.as_of), "{} checked after it", f.id);
            assert!(
                f.checked <= "2026-12-31" && f.checked.len() == 10,
                "{} checked on a day",
                f.id
            );
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
