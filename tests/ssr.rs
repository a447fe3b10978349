//! Native render tests: the components rendered by Yew's server-side renderer and
//! checked for structure (the published `data-result` contract, labels, notices),
//! never against whole HTML strings.
#![cfg(not(target_arch = "wasm32"))]

use restaking_explainer::components::{App, AppProps};
use restaking_explainer::config;
use restaking_explainer::model::ResultName;
use scraper::{ElementRef, Html, Selector};
use yew::LocalServerRenderer;

async fn render_with(pairs: &[(&str, &str)], prefix: &str) -> Html {
    let config = config::from_pairs(pairs.iter().copied());
    let props = AppProps::embedded(config, prefix);
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    Html::parse_fragment(&html)
}

async fn render(pairs: &[(&str, &str)]) -> Html {
    render_with(pairs, "t").await
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

fn output<'a>(doc: &'a Html, name: &str) -> ElementRef<'a> {
    let found: Vec<_> = doc.select(&sel(&format!("output[data-result='{name}']"))).collect();
    assert_eq!(found.len(), 1, "exactly one output for {name}");
    found[0]
}

fn value_of(doc: &Html, name: &str) -> Option<f64> {
    let v = output(doc, name).value().attr("data-value").expect("data-value is always present");
    (!v.is_empty()).then(|| v.parse().expect("data-value is a number"))
}

fn text(el: ElementRef<'_>) -> String {
    el.text().collect::<String>()
}

#[tokio::test]
async fn every_result_is_published_with_the_articles_numbers() {
    let doc = render(&[]).await;
    // Hand-computed from the article: 32 ETH, 3.5 %, services at 2 % and 1.5 %, 5 % slash.
    let expected = [
        ("base-reward", 1.12),
        ("extra-reward", 1.12),
        ("gross-reward", 2.24),
        ("gross-apr", 7.0),
        ("slash-loss", 1.6),
        ("years-erased", 1.6 / 1.12),
        ("breakeven-probability", 35.31),
    ];
    for (name, want) in expected {
        let got = value_of(&doc, name).expect("exists");
        assert!((got - want).abs() < 0.01, "{name}: {got} vs {want}");
    }
    for name in ResultName::ALL {
        let out = output(&doc, name.as_str());
        let shown = text(out);
        let unit = match name.unit() {
            restaking_explainer::model::Unit::Eth => "ETH",
            restaking_explainer::model::Unit::Pct => "%",
            restaking_explainer::model::Unit::Years => "year",
        };
        assert!(shown.contains(unit), "{name:?} shows its unit: {shown:?}");
        let label_id = out.value().attr("aria-labelledby").expect("outputs are labelled");
        assert!(doc.select(&sel(&format!("#{label_id}"))).next().is_some());
    }
    assert_eq!(text(output(&doc, "gross-apr")), "7\u{a0}%");
}

#[tokio::test]
async fn the_url_state_is_rendered() {
    let doc = render(&[("stake", "64"), ("services", "1,1,1"), ("model", "correlated")]).await;
    assert!((value_of(&doc, "base-reward").expect("exists") - 2.24).abs() < 1e-9);
    assert!((value_of(&doc, "extra-reward").expect("exists") - 1.92).abs() < 1e-9);
    assert_eq!(doc.select(&sel("fieldset.rx-service")).count(), 3);
    let correlated = doc.select(&sel("input[type=radio][value=correlated]")).next().expect("radio");
    assert!(correlated.value().attr("checked").is_some());
    // Correlated: the combined chance is the largest single chance (2 % by default).
    assert!((value_of(&doc, "combined-slash-probability").expect("exists") - 2.0).abs() < 1e-9);
}

#[tokio::test]
async fn results_that_do_not_exist_say_none_with_an_empty_value() {
    let doc = render(&[("services", "")]).await;
    assert_eq!(value_of(&doc, "years-erased"), None);
    assert_eq!(value_of(&doc, "breakeven-probability"), None);
    assert!(text(output(&doc, "years-erased")).starts_with("none"));
    assert_eq!(doc.select(&sel("fieldset.rx-service")).count(), 0);
    let narration = text(doc.select(&sel(".rx-narration")).next().expect("narration"));
    assert!(narration.contains("no extra reward"), "{narration}");
}

#[tokio::test]
async fn bad_values_show_plain_notices_and_no_nan() {
    let doc = render(&[("stake", "-3"), ("base", "lots"), ("slash", "inf"), ("model", "x")]).await;
    let notices: Vec<String> = doc.select(&sel(".rx-notices__item")).map(text).collect();
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert!(notices.iter().any(|n| n.contains("Stake can be 0.01 to 100,000 ETH")));
    assert!(notices.iter().any(|n| n.contains("“lots” is not a number")));
    let page = text(doc.root_element());
    for bad in ["NaN", "inf", "Infinity"] {
        assert!(!page.contains(bad), "{bad} is never shown");
    }
    assert_eq!(value_of(&doc, "slash-loss"), Some(0.01), "slash clamped to 100 % of 0.01 ETH");
}

#[tokio::test]
async fn every_control_has_a_label_and_sliders_read_their_unit() {
    let doc = render(&[("fee", "5")]).await;
    let mut ids = std::collections::HashSet::new();
    for el in doc.select(&sel("[id]")) {
        let id = el.value().id().expect("id");
        assert!(ids.insert(id), "ids are unique: {id}");
    }
    let controls: Vec<_> = doc.select(&sel("input, select, textarea, button")).collect();
    assert!(controls.len() > 15);
    for c in controls {
        let e = c.value();
        let labelled = e.attr("aria-label").is_some()
            || e.name() == "button" && !text(c).trim().is_empty()
            || e.id()
                .is_some_and(|id| doc.select(&sel(&format!("label[for='{id}']"))).count() == 1);
        assert!(labelled, "unlabelled control: {:?}", e);
    }
    let sliders: Vec<_> = doc.select(&sel("input[type=range]")).collect();
    assert_eq!(
        sliders.len(),
        7 + 2 * 2 + 2 + 3,
        "stake, base, slash, four fees, 2×2 service, chart, three guesses"
    );
    let stake = doc.select(&sel("#t-stake")).next().expect("stake slider");
    assert_eq!(stake.value().attr("aria-valuetext"), Some("32 ETH"));
    for s in sliders {
        let vt = s.value().attr("aria-valuetext").expect("valuetext");
        assert!(vt.chars().any(|c| c.is_ascii_digit()), "{vt}");
    }
    // A non-zero fee from the URL opens the settings beyond the essentials; the
    // article's own numbers keep them closed.
    assert!(doc.select(&sel("details.rx-more[open]")).next().is_some());
    let doc = render(&[("stake", "64"), ("slash", "10")]).await;
    assert!(doc.select(&sel("details.rx-more")).next().is_some());
    assert!(doc.select(&sel("details.rx-more[open]")).next().is_none());
}

#[tokio::test]
async fn two_widgets_on_one_page_do_not_share_ids() {
    let a = render_with(&[], "a").await;
    let b = render_with(&[], "b").await;
    let ids = |d: &Html| -> Vec<String> {
        d.select(&sel("[id]")).map(|e| e.value().id().unwrap_or_default().to_owned()).collect()
    };
    let ids_b = ids(&b);
    assert!(ids(&a).iter().all(|id| !ids_b.contains(id)));
}

#[tokio::test]
async fn the_chart_has_three_lines_and_a_text_alternative() {
    let doc = render(&[("years", "10"), ("slashyear", "3")]).await;
    let svg = doc.select(&sel("svg.rx-chart__svg")).next().expect("chart");
    assert_eq!(svg.value().attr("role"), Some("img"));
    assert_eq!(doc.select(&sel("svg.rx-chart__svg path.rx-chart__line")).count(), 3);
    let desc = text(doc.select(&sel("svg.rx-chart__svg desc")).next().expect("desc"));
    // 32 + 10 × 1.12 = 43.2 ETH for plain staking after ten years.
    assert!(desc.contains("43.2\u{a0}ETH"), "{desc}");
    assert!(desc.contains("year 3"), "{desc}");
    // 32 + 10 × 2.24 = 54.4 ETH restaked with no slash.
    assert!(desc.contains("54.4\u{a0}ETH"), "{desc}");
    assert_eq!(doc.select(&sel("svg.rx-chart__svg text")).filter(|t| text(*t) == "10").count(), 1);
}

#[tokio::test]
async fn only_the_asked_parts_are_drawn() {
    let doc = render(&[("view", "risks")]).await;
    assert!(doc.select(&sel(".rx-calculator")).next().is_none());
    let doc = render(&[("view", "calculator")]).await;
    assert_eq!(doc.select(&sel(".rx-calculator")).count(), 1);
}

#[tokio::test]
async fn at_eight_services_the_add_button_gives_way_to_a_note() {
    let doc = render(&[("services", "1,1,1,1,1,1,1,1")]).await;
    let buttons: Vec<String> = doc.select(&sel("button")).map(text).collect();
    assert!(!buttons.iter().any(|b| b == "Add a service"));
    let doc = render(&[]).await;
    let buttons: Vec<String> = doc.select(&sel("button")).map(text).collect();
    assert!(buttons.iter().any(|b| b == "Add a service"));
}

#[tokio::test]
async fn the_fan_out_draws_one_branch_per_service_plus_ethereum() {
    let doc = render(&[("services", "1,2,3")]).await;
    let branches: Vec<String> = doc
        .select(&sel(".rx-fan [data-branch]"))
        .map(|b| b.value().attr("data-branch").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(branches, ["ethereum", "service-0", "service-1", "service-2"]);
    let deposit = doc.select(&sel(".rx-fan__deposit")).next().expect("deposit");
    assert_eq!(deposit.value().attr("data-stake-left"), Some("32"));
    let simulate = doc.select(&sel("[data-simulate]")).count();
    assert_eq!(simulate, 4, "one simulate button per branch");
    let desc = text(doc.select(&sel(".rx-fan__svg desc")).next().expect("desc"));
    assert!(desc.contains("One deposit of 32\u{a0}ETH"), "{desc}");
    assert!(desc.contains("Data layer (+3\u{a0}%)"), "{desc}");
    // Thicker reward flow for a bigger rate.
    let widths: Vec<f64> = doc
        .select(&sel(".rx-fan__track"))
        .map(|p| p.value().attr("stroke-width").and_then(|w| w.parse().ok()).expect("width"))
        .collect();
    assert!(widths[1] < widths[2] && widths[2] < widths[3], "{widths:?}");
}

#[tokio::test]
async fn the_flow_shows_the_step_from_the_url() {
    let doc = render(&[("step", "5")]).await;
    let selected: Vec<_> = doc.select(&sel("[role=tab][aria-selected=true]")).collect();
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0].value().attr("tabindex"), Some("0"));
    assert_eq!(doc.select(&sel("[role=tab]")).count(), 5);
    let panel = doc.select(&sel("[role=tabpanel]")).next().expect("panel");
    assert_eq!(panel.value().attr("data-step"), Some("5"));
    let timeline = text(doc.select(&sel(".rx-timeline")).next().expect("timeline"));
    assert!(timeline.contains("Day 14"), "{timeline}");
    assert!(doc.select(&sel(".rx-fan.rx-fan--focus-exit")).next().is_some());
    // The other ways in are told once, at step 1, one click away.
    let doc = render(&[("step", "2"), ("path", "native")]).await;
    assert!(doc.select(&sel(".rx-flow__native")).next().is_none());
    let doc = render(&[("step", "1"), ("path", "native")]).await;
    assert!(doc.select(&sel("details.rx-flow__native")).next().is_some());
    assert!(doc.select(&sel(".rx-timeline")).next().is_none());
    let labels: Vec<String> = doc.select(&sel(".rx-fan__chain text")).map(text).collect();
    assert!(labels.contains(&"Validator".to_owned()), "{labels:?}");
}

#[tokio::test]
async fn the_diagram_is_highlighted_only_beside_the_flow() {
    let doc = render(&[("view", "fan-out")]).await;
    assert!(doc.select(&sel(".rx-fan")).next().is_some());
    assert!(doc.select(&sel(".rx-fan--focus")).next().is_none());
    assert!(doc.select(&sel(".rx-fan__focus-note")).next().is_none());
}

#[tokio::test]
async fn the_comparison_is_a_real_table_with_the_current_numbers() {
    let doc = render(&[("services", "1,1,1,1"), ("stake", "64"), ("lrtfee", "10")]).await;
    assert_eq!(doc.select(&sel(".rx-compare__table thead th[scope=col]")).count(), 5);
    assert_eq!(doc.select(&sel(".rx-compare__table [role]")).count(), 0, "no redundant roles");
    let rows: Vec<_> = doc.select(&sel(".rx-compare__table tbody tr")).collect();
    assert_eq!(rows.len(), 6);
    for row in &rows {
        assert_eq!(row.select(&sel("th[scope=row]")).count(), 1);
        let labels: Vec<&str> =
            row.select(&sel("td")).filter_map(|td| td.value().attr("data-label")).collect();
        assert_eq!(labels, ["Plain staking", "Liquid staking", "Restaking", "Liquid restaking"]);
    }
    let reward = text(rows[2]);
    // 64 ETH: 2.24 base; 4 services at 1 % add 2.56, 4.8 ETH in all.
    let figures: Vec<String> = rows[2].select(&sel(".rx-compare__figure")).map(text).collect();
    assert_eq!(figures[..2], ["2.24\u{a0}ETH", "a year, 3.5\u{a0}%"], "{reward}");
    assert_eq!(figures[4..6], ["4.8\u{a0}ETH", "a year, 7.5\u{a0}%"], "{reward}");
    // The liquid restaking token keeps 10 % of both layers: 4.8 · 0.9 = 4.32 ETH, 6.75 %.
    assert_eq!(figures[6..8], ["4.32\u{a0}ETH", "a year, 6.75\u{a0}%"], "{reward}");
    let slashing = text(rows[3]);
    assert!(slashing.contains("1 set") && slashing.contains("5 sets"), "{slashing}");
}

#[tokio::test]
async fn the_risks_name_their_step_and_quote_the_calculator() {
    let doc = render(&[]).await;
    let risks: Vec<_> = doc.select(&sel(".rx-risk")).collect();
    assert_eq!(risks.len(), 6);
    for risk in &risks {
        assert!(text(*risk).contains("Enters at step"));
        assert!(risk.select(&sel(".rx-risk__severity")).next().is_some());
        let link = risk.select(&sel("a.rx-risk__link")).next().expect("a link to the diagram");
        assert_eq!(link.value().attr("href"), Some("#t-fan-out"));
    }
    let now = text(doc.select(&sel(".rx-risk__now")).next().expect("numbers"));
    // 1 − 0.98² = 3.96 %; 32 · (1 − (1 − 0.001)²) ≈ 0.064 ETH.
    assert!(now.contains("3.96\u{a0}%") && now.contains("0.064\u{a0}ETH"), "{now}");
    assert_eq!(doc.select(&sel(".rx-judgement__list li")).count(), 5);
    let doc = render(&[("view", "risks")]).await;
    assert!(doc.select(&sel("a.rx-risk__link")).next().is_none(), "no link to a missing diagram");
}

#[tokio::test]
async fn the_whole_page_opens_with_the_idea_and_ends_with_the_glossary() {
    let doc = render(&[]).await;
    let anchors: Vec<String> = doc
        .select(&sel(".rx-intro__nav a"))
        .map(|a| a.value().attr("href").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(anchors.len(), 7, "five parts, the glossary and the sources");
    for href in anchors {
        let id = href.trim_start_matches('#');
        assert!(doc.select(&sel(&format!("#{id}"))).next().is_some(), "{href} leads somewhere");
    }
    let terms: Vec<&str> =
        doc.select(&sel(".rx-term__button")).filter_map(|b| b.value().attr("data-term")).collect();
    for term in
        ["staking", "slashing", "operator", "avs", "validator", "lst", "defi", "depeg", "apr"]
    {
        assert!(terms.contains(&term), "{term} is linked: {terms:?}");
    }
    for b in doc.select(&sel(".rx-term__button")) {
        let pop = b.value().attr("aria-controls").expect("controls");
        assert_eq!(b.value().attr("aria-expanded"), Some("false"));
        let pop = doc.select(&sel(&format!("#{pop}"))).next().expect("popover");
        assert!(pop.value().attr("hidden").is_some());
    }
    assert_eq!(doc.select(&sel(".rx-glossary dt")).count(), 12);
    let doc = render(&[("view", "calculator")]).await;
    assert!(doc.select(&sel(".rx-intro, .rx-glossary")).next().is_none());
}

#[tokio::test]
async fn the_specs_allocated_link_shows_the_specs_figures_and_allocation_sliders() {
    let doc = render(&[("model", "allocated"), ("alloc", "50"), ("lrtfee", "0")]).await;
    // The SPEC's allocated example, worked by hand: 32·(0.5·2 + 0.5·1.5)/100 = 0.56;
    // 32·0.5·0.05 = 0.8; 0.8/0.56 = 1.43; 0.0175/(0.05·1) = 35 %.
    assert!((value_of(&doc, "extra-reward").expect("extra") - 0.56).abs() < 1e-12);
    assert!((value_of(&doc, "slash-loss").expect("loss") - 0.8).abs() < 1e-12);
    assert!((value_of(&doc, "years-erased").expect("years") - 0.8 / 0.56).abs() < 1e-12);
    assert!((value_of(&doc, "breakeven-probability").expect("p") - 35.0).abs() < 1e-9);
    assert_eq!(doc.select(&sel("input[type=range][id$='-alloc']")).count(), 2);
    let hint = text(doc.select(&sel("#t-service-0-alloc-hint")).next().expect("slice hint"));
    assert!(hint.contains("16\u{a0}ETH"), "{hint}");
    let narration = text(doc.select(&sel(".rx-risk-narration")).next().expect("narration"));
    assert!(narration.contains("Under the allocated model"), "{narration}");
    // Under the article's model the allocation sliders are not shown.
    let doc = render(&[("alloc", "50")]).await;
    assert_eq!(doc.select(&sel("input[type=range][id$='-alloc']")).count(), 0);
}

#[tokio::test]
async fn route_presets_say_which_is_chosen_and_cite_dated_sources() {
    let doc = render(&[
        ("model", "allocated"),
        ("fee", "10"),
        ("protocolfee", "20"),
        ("commission", "10"),
    ])
    .await;
    let pressed: Vec<String> = doc
        .select(&sel(".rx-routes__button[aria-pressed='true']"))
        .map(|b| b.value().attr("data-route").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(pressed, ["lido-eigenlayer"]);
    // The note's marks lead to their entries in the page's sources part, which hold
    // the link and the date.
    let note = doc.select(&sel(".rx-routes__note")).next().expect("route note");
    let entries: Vec<String> = note
        .select(&sel("a.rx-cite__mark"))
        .filter_map(|a| a.value().attr("href"))
        .map(|href| {
            let entry =
                doc.select(&sel(href)).next().unwrap_or_else(|| panic!("{href} is in the page"));
            assert!(entry.value().attr("data-fact").is_some(), "{href} is a source entry");
            entry.html()
        })
        .collect();
    assert_eq!(entries.len(), 4, "four marks: {}", text(note));
    assert!(
        entries
            .iter()
            .any(|e| e.contains("https://docs.lido.fi/guides/lido-tokens-integration-guide")),
        "{entries:?}"
    );
    assert!(entries.iter().any(|e| e.contains("2025-04-17")), "the slashing upgrade's date");
    assert!(!text(note).contains("checked"), "no checked-date sentence in the running text");
    let doc = render(&[]).await;
    let pressed = doc.select(&sel(".rx-routes__button[aria-pressed='true']")).count();
    assert_eq!(pressed, 1, "the article's example is a route too");
}

#[tokio::test]
async fn the_operator_is_in_the_flow_and_the_diagram_and_the_words_follow_the_model() {
    let doc = render(&[("step", "3"), ("commission", "7")]).await;
    let step = text(doc.select(&sel(".rx-flow__panel")).next().expect("panel"));
    assert!(step.contains("Delegate to an operator"), "{step}");
    assert!(
        step.contains("In the worked example any service can slash the whole deposit"),
        "{step}"
    );
    assert_eq!(doc.select(&sel("svg.rx-fan__svg circle.rx-fan__operator")).count(), 1);
    let legend = text(doc.select(&sel(".rx-fan__legend")).next().expect("operator key"));
    assert!(
        legend.contains("keeps 7\u{a0}%"),
        "the commission is shown with the operator: {legend}"
    );
    let doc = render(&[("step", "3"), ("model", "allocated")]).await;
    let reach = text(doc.select(&sel(".rx-fan__reach")).next().expect("reach"));
    assert!(reach.starts_with("Drawn as on EigenLayer since 17 April 2025"), "{reach}");
    let step = text(doc.select(&sel(".rx-flow__panel")).next().expect("panel"));
    assert!(step.contains("the calculator's sliders set them"), "{step}");
}

#[tokio::test]
async fn the_whole_page_ends_with_every_fact_dated_and_linked() {
    let doc = render(&[]).await;
    let items: Vec<_> = doc.select(&sel(".rx-sources-part li[data-fact]")).collect();
    assert_eq!(items.len(), restaking_explainer::facts::FACTS.len());
    for item in items {
        let link = item.select(&sel("a[href^='https://']")).next();
        assert!(link.is_some(), "{}", text(item));
        assert!(
            text(item).chars().filter(char::is_ascii_digit).count() >= 4,
            "dated: {}",
            text(item)
        );
    }
    // Outside the sources, a fact is a numbered mark: no date sentence in the running text.
    for part in doc.select(&sel(".rx-part:not(.rx-sources-part)")) {
        assert!(!text(part).contains("checked 2"), "a checked date in {}", text(part));
    }
    // A part shown alone ends with its own short list, which its marks lead to.
    let doc = render(&[("view", "fan-out")]).await;
    let short = doc.select(&sel(".rx-sources-part--short")).next().expect("the part's own sources");
    let mark = doc.select(&sel(".rx-fan__reach a.rx-cite__mark")).next().expect("a mark");
    let href = mark.value().attr("href").expect("href");
    let entry = short.select(&sel(href)).next().expect("the entry is in the part's own list");
    assert!(text(entry).contains("2025-04-17") && text(entry).contains("checked 2026-12-03"));
    // With the source's own words beside it.
    let quote = entry.select(&sel("blockquote.rx-quote")).next().expect("a quote");
    assert!(
        text(quote).contains("no two Operator Sets can slash the same stake"),
        "{}",
        text(quote)
    );
    assert_eq!(
        text(mark),
        restaking_explainer::components::fact_number("eigenlayer-slashing")
            .expect("a fact")
            .to_string()
    );
    let listed = short.select(&sel("li[data-fact]")).count();
    assert!((2..=6).contains(&listed), "a few sources, not the page's {listed}");
}

#[tokio::test]
async fn the_exit_risk_follows_the_path() {
    let risk = |doc: &Html| text(doc.select(&sel(".rx-flow__risk")).next().expect("risk"));
    let doc = render(&[("step", "5")]).await;
    assert!(risk(&doc).contains("below peg"), "an LST can be sold: {}", risk(&doc));
    // A natively restaked validator has no token to sell, only queues to wait in.
    let doc = render(&[("step", "5"), ("path", "native")]).await;
    assert!(!risk(&doc).contains("peg") && risk(&doc).contains("exit queue"), "{}", risk(&doc));
}

#[tokio::test]
async fn the_prerendered_page_holds_the_first_screen_and_leaves_the_toggles_bodies_to_the_live_widget(
) {
    let props = AppProps {
        embed_code: true,
        prerender: true,
        ..AppProps::embedded(config::Config::default(), "p")
    };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    let doc = Html::parse_fragment(&html);
    let live = render_with(&[], "p").await;
    // The figures, the comparison and the questions' answers are there, as in the live widget.
    for name in ResultName::ALL.iter().filter(|n| {
        // The risk group is folded behind its toggle, like the rest that waits.
        live.select(&sel(&format!(
            ".rx-results__group--folded output[data-result='{}']",
            n.as_str()
        )))
        .next()
        .is_none()
    }) {
        assert_eq!(value_of(&doc, name.as_str()), value_of(&live, name.as_str()), "{name:?}");
    }
    assert_eq!(doc.select(&sel(".rx-compare__table tbody tr")).count(), 6);
    for reveal in doc.select(&sel("details.rx-q__reveal")) {
        assert!(
            reveal.select(&sel(".rx-later")).next().is_none(),
            "an answer waits: {}",
            text(reveal)
        );
    }
    // Every other toggle holds one line until the live widget comes, and nothing else.
    let toggles: Vec<_> = doc.select(&sel("details:not(.rx-q__reveal)")).collect();
    assert!(toggles.len() >= 10, "{} toggles", toggles.len());
    for toggle in toggles {
        let body: Vec<_> = toggle.children().filter_map(ElementRef::wrap).skip(1).collect();
        assert_eq!(body.len(), 1, "one line after the summary: {}", text(toggle));
        assert_eq!(body[0].value().attr("class"), Some("rx-later"), "{}", text(toggle));
        assert_eq!(text(body[0]), restaking_explainer::copy::later());
    }
    // The term buttons' boxes are there for their aria-controls, empty.
    let pops: Vec<_> = doc.select(&sel(".rx-term__pop")).collect();
    assert!(!pops.is_empty());
    assert!(pops.iter().all(|p| text(*p).trim().is_empty()));
    assert!(live.select(&sel(".rx-term__pop")).all(|p| !text(p).trim().is_empty()));
    // Nothing of the sources but their toggle.
    assert_eq!(doc.select(&sel(".rx-sources-part__list, blockquote.rx-quote")).count(), 0);
    assert!(live.select(&sel("blockquote.rx-quote")).count() >= 35);
}

#[yew::function_component]
fn SaveButtons() -> yew::Html {
    restaking_explainer::components::save_figure("rx-fan__svg", "fan-out")
}

#[tokio::test]
async fn saving_a_figure_offers_two_formats_and_a_status_line_but_not_in_the_prerendered_page() {
    let html = LocalServerRenderer::<SaveButtons>::new().hydratable(false).render().await;
    let doc = Html::parse_fragment(&html);
    let formats: Vec<_> = doc
        .select(&sel(".rx-save button[type=button][data-rx-download]"))
        .map(|b| (b.value().attr("data-rx-download").expect("a format").to_owned(), text(b)))
        .collect();
    assert_eq!(
        formats,
        [("svg".to_owned(), "SVG".to_owned()), ("png".to_owned(), "PNG".to_owned())]
    );
    // Each button's name says what it does, and holds the format it shows.
    for b in doc.select(&sel(".rx-save button")) {
        let name = b.value().attr("aria-label").expect("an accessible name");
        assert!(name.contains(&text(b)) && name.len() > text(b).len() + 5, "{name}");
    }
    assert!(!text(doc.select(&sel(".rx-save__label")).next().expect("a label")).trim().is_empty());
    assert_eq!(doc.select(&sel(".rx-save [role=status]")).count(), 1);
    // A page read without script cannot make a file, so it offers none.
    let page = render(&[]).await;
    assert_eq!(page.select(&sel("[data-rx-download]")).count(), 0);
}
