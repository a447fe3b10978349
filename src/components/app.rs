//! The widget's root: holds the shared scenario, provides it to every part, draws the
//! parts the configuration asks for, and (on the standalone page) keeps the URL in step.

use yew::prelude::*;

use super::Calculator;
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
    let theme = match props.config.theme {
        Theme::Light => "rx--light",
        Theme::Dark => "rx--dark",
        Theme::Auto => "rx--auto",
    };
    html! {
        <ContextProvider<IdPrefix> context={IdPrefix(props.id_prefix.clone())}>
            <ContextProvider<crate::state::ScenarioContext> context={state}>
                <div class={classes!("rx", theme)} data-rx-root="">
                    for view in props.config.views.iter().copied() {
                        if view == View::Calculator {
                            <Calculator key={view.as_str()} />
                        }
                    }
                </div>
            </ContextProvider<crate::state::ScenarioContext>>
        </ContextProvider<IdPrefix>>
    }
}
