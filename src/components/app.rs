//! The widget's root: holds the shared scenario, provides it to every part, draws the
//! parts the configuration asks for, and (on the standalone page) keeps the URL in step.

use yew::prelude::*;

use super::{glossary, intro, sources_part, Calculator, Compare, EmbedCode, FanOut, Flow, Risks};
use crate::config::{Config, Theme, View};
use crate::state::IdPrefix;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The starting configuration (from the URL, attributes, or the defaults).
    #[prop_or_default]
    pub config: Config,
    /// Prefix of every element id, unique per widget on a page.
    #[prop_or(AttrValue::from("rx"))]
    pub id_prefix: AttrValue,
    /// Whether state changes are written to the page's URL (standalone page only).
    #[prop_or_default]
    pub sync_url: bool,
    /// Whether to offer the embed snippets (standalone page only).
    #[prop_or_default]
    pub embed_code: bool,
    /// Whether the widget's background is see-through (the iframe page).
    #[prop_or_default]
    pub transparent: bool,
    /// Called once, when the widget is first drawn with its handlers attached.
    #[prop_or_default]
    pub on_live: Option<Callback<()>>,
}

impl AppProps {
    /// Properties for an embedded widget showing `config` (no URL, no embed panel).
    pub fn embedded(config: Config, id_prefix: &str) -> Self {
        Self {
            config,
            id_prefix: AttrValue::from(id_prefix.to_owned()),
            sync_url: false,
            embed_code: false,
            transparent: false,
            on_live: None,
        }
    }
}

/// The parts in order, with a fan-out directly followed by the flow kept together, so
/// a wide screen can show the diagram beside the steps that light it up.
fn pair_fan_out_with_flow(views: &[View]) -> Vec<Vec<View>> {
    let mut groups: Vec<Vec<View>> = Vec::new();
    for &view in views {
        match groups.last_mut() {
            Some(last) if last == &[View::FanOut] && view == View::Flow => last.push(view),
            _ => groups.push(vec![view]),
        }
    }
    groups
}

/// One explainer widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let state = props.config.state.clone();
        move || state
    });
    {
        let views = props.config.views.clone();
        let theme = props.config.theme;
        let sync_url = props.sync_url;
        use_effect_with(state.clone(), move |state| {
            if sync_url {
                let config = Config { state: (**state).clone(), views, theme };
                crate::browser::replace_query(&crate::config::to_pairs(&config));
            }
        });
    }
    // Marks the widget as live (rendered or hydrated, handlers attached): what the tests
    // and the benchmark wait for.
    let root = use_node_ref();
    {
        let root = root.clone();
        let on_live = props.on_live.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                let _ = el.set_attribute("data-rx-ready", "");
            }
            if let Some(on_live) = on_live {
                on_live.emit(());
            }
        });
    }
    let views = &props.config.views;
    let ids = IdPrefix(props.id_prefix.clone());
    // An explicit spotlight (from the comparison or a risk) wins; otherwise the diagram
    // lights up the flow's current step, when the flow is on the page.
    let highlight = state
        .spotlight
        .map(|s| s.part)
        .or_else(|| views.contains(&View::Flow).then(|| crate::model::part_of_step(state.step)));
    // The whole explainer gets an opening and a glossary; a single embedded part does not.
    let whole = views.len() == View::ALL.len();
    let linked = views.contains(&View::FanOut) || views.contains(&View::Flow);
    let theme = match props.config.theme {
        Theme::Light => "rx--light",
        Theme::Dark => "rx--dark",
        Theme::Auto => "rx--auto",
    };
    html! {
        <ContextProvider<IdPrefix> context={ids.clone()}>
            <ContextProvider<crate::state::ScenarioContext> context={state}>
                <div class={classes!("rx", theme, props.transparent.then_some("rx--transparent"))} data-rx-root="" ref={root}>
                    if whole {
                        { intro(&props.config.views, &ids) }
                    }
                    for group in pair_fan_out_with_flow(&props.config.views) {
                        if group.len() == 2 {
                            <div class="rx-pair" key="pair">
                                <FanOut highlight={highlight} />
                                <Flow />
                            </div>
                        } else {
                            { match group[0] {
                                View::FanOut => html! { <FanOut key="fan-out" highlight={highlight} /> },
                                View::Flow => html! { <Flow key="flow" /> },
                                View::Calculator => html! { <Calculator key="calculator" /> },
                                View::Compare => html! { <Compare key="compare" /> },
                                View::Risks => html! { <Risks key="risks" linked={linked} /> },
                            } }
                        }
                    }
                    if whole {
                        { glossary(&ids) }
                        { sources_part(&ids) }
                    }
                    if props.embed_code {
                        <EmbedCode theme={props.config.theme} />
                    }
                </div>
            </ContextProvider<crate::state::ScenarioContext>>
        </ContextProvider<IdPrefix>>
    }
}
