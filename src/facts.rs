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
}

/// When every fact below was last checked against its source.
pub const CHECKED: &str = "2026-11-25";

/// The table.
pub const FACTS: [Fact; 16] = [
    Fact {
        id: "article",
        statement: "The worked example: 32 ETH at about 3.5 % a year earns about 1.12 ETH; \
two services paying 2 % and 1.5 % more bring it to 2.24 ETH, about 7 %; one severe slash of \
5 % takes 1.6 ETH. No fees.",
        as_of: "2026-06-15",
        source: "COINOTAG, “What Is Restaking? Reusing Staked ETH for Extra Yield”",
        url: "https://coinotag.com/",
    },
    Fact {
        id: "eigenlayer-slashing",
        statement: "EigenLayer's slashing upgrade (unique stake): an operator allocates a \
share of its delegated stake to each service's operator set, the shares add up to at most \
100 %, and a service can slash only the stake allocated to it.",
        as_of: "2025-04-17",
        source: "ELIP-002, Slashing via Unique Stake & Operator Sets",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-002.md",
    },
    Fact {
        id: "eigenlayer-commission",
        statement: "An EigenLayer operator keeps 10 % of service rewards by default, and may \
set anything from 0 to 100 %.",
        as_of: "2025-01",
        source: "ELIP-001, Rewards v2",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-001.md",
    },
    Fact {
        id: "lido-fee",
        statement: "Lido keeps 10 % of staking rewards, half for node operators and half for \
its treasury; its DAO can change the fee.",
        as_of: "2026-07",
        source: "Lido documentation, tokens integration guide",
        url: "https://docs.lido.fi/guides/lido-tokens-integration-guide",
    },
    Fact {
        id: "lrt-fee",
        statement: "Renzo keeps 10 % of the rewards earned through restaking for ezETH; other \
liquid restaking protocols set their own fees.",
        as_of: "2025-07",
        source: "Renzo documentation, ezETH",
        url: "https://docs.renzoprotocol.com/docs/renzo/usdezeth",
    },
    Fact {
        id: "eigenlayer-withdrawal-delay",
        statement: "EigenLayer's withdrawal delay is 100,800 blocks, about 14 days, during \
which the stake can still be slashed; it was 7 days before the slashing upgrade.",
        as_of: "2025-04-17",
        source: "ELIP-002, parameters",
        url: "https://github.com/eigenfoundation/ELIPs/blob/main/ELIPs/ELIP-002.md",
    },
    Fact {
        id: "ethereum-slash-penalty",
        statement: "Since the Pectra upgrade, Ethereum's initial slashing penalty is 1/4096 \
of the validator's effective balance (about 0.008 ETH on 32 ETH); a correlation penalty can \
add much more when many validators are slashed together.",
        as_of: "2025-05-07",
        source: "Ethereum consensus specs, Electra beacon chain",
        url: "https://github.com/ethereum/consensus-specs/blob/master/specs/electra/beacon-chain.md",
    },
    Fact {
        id: "ethereum-max-balance",
        statement: "Since the Pectra upgrade one validator can hold up to 2,048 ETH; 32 ETH is \
still the minimum.",
        as_of: "2025-05-07",
        source: "Ethereum consensus specs, Electra beacon chain",
        url: "https://github.com/ethereum/consensus-specs/blob/master/specs/electra/beacon-chain.md",
    },
    Fact {
        id: "ethereum-withdrawal-sweep",
        statement: "After a validator exits, its ETH becomes withdrawable after 256 epochs \
(about 27 hours), then the withdrawal sweep pays it out within about 9 days.",
        as_of: "2025-07",
        source: "EigenLayer documentation, native restaking withdrawal delays",
        url: "https://docs.eigencloud.xyz/products/eigenlayer/restakers/concepts/native-restaking-withdrawal-delays",
    },
    Fact {
        id: "ethereum-exit-queue",
        statement: "Ethereum's validator exit queue passed 46 days on 15 September 2025, the \
longest wait yet.",
        as_of: "2025-09-16",
        source: "CoinDesk, “Ethereum faces validator bottleneck with 2.5M ETH awaiting exit”",
        url: "https://www.coindesk.com/tech/2025/09/16/ethereum-faces-validator-bottleneck-with-2-5m-eth-awaiting-exit",
    },
    Fact {
        id: "eigenlayer-rewards",
        statement: "EigenLayer services pay rewards in any ERC-20 token they choose, and \
EigenLayer's own incentives come in EIGEN; payouts are posted weekly and can be claimed a \
week later.",
        as_of: "2025-07",
        source: "EigenLayer documentation, rewards claiming",
        url: "https://docs.eigencloud.xyz/products/eigenlayer/concepts/rewards/rewards-claiming-faq",
    },
    Fact {
        id: "avs-name",
        statement: "EigenLayer renamed AVSs from actively validated services to autonomous \
verifiable services, a change of words only.",
        as_of: "2025-02-06",
        source: "EigenLayer blog, “Redefining AVS”",
        url: "https://blog.eigencloud.xyz/redefining-avs-from-actively-validated-to-autonomous-verifiable-services/",
    },
    Fact {
        id: "lrt-deposits",
        statement: "Liquid restaking protocols such as ether.fi, Renzo and Kelp take plain \
ETH as well as LSTs and hand back a liquid restaking token.",
        as_of: "2025-07",
        source: "Renzo documentation, ezETH",
        url: "https://docs.renzoprotocol.com/docs/renzo/usdezeth",
    },
    Fact {
        id: "ezeth-depeg",
        statement: "On 24 April 2024 Renzo's ezETH fell as low as 0.22 ETH on some markets, \
and more than 150 loans backed by it were liquidated on Morpho alone.",
        as_of: "2024-04-24",
        source: "Bankless, “Renzo Madness”",
        url: "https://www.bankless.com/renzo-madness",
    },
    Fact {
        id: "eigenlayer-rule-change",
        statement: "EigenLayer added slashing and doubled its withdrawal delay from 7 to 14 \
days on 17 April 2025, for deposits made under the earlier rules too.",
        as_of: "2025-04-17",
        source: "EigenLayer blog, “Slashing on mainnet is coming soon”",
        url: "https://blog.eigencloud.xyz/slashing-on-mainnet-is-coming-soon-what-you-need-to-know",
    },
    Fact {
        id: "restaking-concentration",
        statement: "On 9 September 2024 EigenLayer held about $11 billion of restaked \
assets, against about $1.5 billion for Symbiotic, its nearest rival.",
        as_of: "2024-09-09",
        source: "Oak Research, “Restaking war: EigenLayer vs Symbiotic”",
        url: "https://oakresearch.io/en/analyses/innovations/restaking-war-eigenlayer-vs-symbiotic",
    },
];

/// The fact with this id. Every id the copy uses is in the table (a unit test checks
/// it), so a miss is a programming error caught by the tests.
pub fn fact(id: &str) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_fact_is_dated_and_sourced() {
        for (i, f) in FACTS.iter().enumerate() {
            assert!(FACTS[..i].iter().all(|g| g.id != f.id), "{} twice", f.id);
            assert!(f.url.starts_with("https://"), "{} has a public source", f.id);
            let year: u32 = f.as_of[..4].parse().expect("as_of starts with a year");
            assert!((2024..=2026).contains(&year), "{} is dated", f.id);
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
