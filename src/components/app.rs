//! The widget's root: holds the shared state, hands each part what it reads, draws the
//! parts the configuration asks for, and (on the standalone page) keeps the URL in step.

use std::rc::Rc;

use yew::prelude::*;

use super::{glossary, intro, sources_part};
use crate::config::{Config, Theme, View};
#[cfg(feature = "fan-out")]
use crate::model::SpotlightFrom;
use crate::state::{use_id_prefix, Dispatch, Figures, IdPrefix};

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
    /// Called once, when the widget is first drawn whole with its handlers attached.
    #[prop_or_default]
    pub on_live: Option<Callback<()>>,
    /// Whether to draw one block per browser task rather than all at once, so no single
    /// task is long (the standalone page, whose live widget is drawn off screen while
    /// the prerendered one is read; see `start` in src/lib.rs). A block is a part, the
    /// fan-out with the flow beside it, the opening, the glossary, the sources or the
    /// embed panel.
    #[prop_or_default]
    pub progressive: bool,
    /// The host page's link to this widget (script embeds): told every state reached.
    #[prop_or_default]
    pub host: Option<crate::embed::HostLink>,
    /// Whether this is the page's HTML written at build time (src/bin/prerender.rs), which
    /// a reader sees until the live widget takes its place: what waits behind a closed
    /// toggle (the sources among it) and the term buttons' definitions are left out (see
    /// `components::later!`), since the live widget brings them. A reader without
    /// JavaScript keeps every figure, the steps, the comparison, the risks' titles and
    /// the questions' answers.
    #[prop_or_default]
    pub prerender: bool,
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
            progressive: false,
            host: None,
            prerender: false,
        }
    }
}

/// How the page's URL follows the widget's state. A change after a rest of
/// [`URL_REST_MS`] (a click, a key press) is written in the next task, so a reload just
/// after it keeps it. Changes that come quicker (a slider drag) are written once they
/// pause for as long, the latest only. So a drag rewrites the URL once, when it stops,
/// and no page rewrites it more than twice in [`URL_REST_MS`]: browsers refuse a page
/// that does it too often (Chromium past 200 times in 10 seconds, in
/// `NavigationRateLimiter::CanProceed`; WebKit past 100 in 10 seconds, 100 in 30 in
/// older versions, in `History::updateAndCheckStateObjectQuota`). And in Chromium each
/// rewrite slows the slider move that follows it, two to three times (measured with
/// `scripts/bench.mjs`: writes twice a second during a drag made its p95 about 4 ms
/// against 3.4 ms with none).
const URL_REST_MS: f64 = 400.0;

/// Writes the widget's state into the page's URL, as [`URL_REST_MS`] says.
#[derive(Default)]
struct UrlWriter {
    /// When the state last changed (`Date.now()`, ms; 0 before the first change).
    changed_ms: f64,
    /// The write waiting for a pause; replacing it cancels it.
    pending: Option<gloo_timers::callback::Timeout>,
}

impl UrlWriter {
    /// Writes `config` in a task of its own (a browser takes about a millisecond to
    /// rewrite a URL, which a slider move should not wait for): the next task after a
    /// rest, otherwise once the changes pause. A newer state replaces a waiting one.
    fn write(&mut self, config: Config) {
        let now = js_sys::Date::now();
        // A clock set back counts as no rest.
        let rested = now - self.changed_ms >= URL_REST_MS;
        self.changed_ms = now;
        let wait_ms = if rested { 0 } else { URL_REST_MS as u32 };
        self.pending = Some(gloo_timers::callback::Timeout::new(wait_ms, move || {
            crate::browser::replace_query(&crate::config::to_pairs(&config));
        }));
    }
}

/// One explainer widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    crate::renders::count("App");
    let state = use_reducer_eq({
        let state = props.config.state.clone();
        move || state
    });
    let figures = use_memo(state.scenario.clone(), Figures::of);
    {
        // The host page learns of every state the widget reaches (see crate::embed). And
        // the story's clock: while it plays, the beat on show gets BEAT_MS, then the next
        // (any other action stops the story, so only its own beats reset the clock).
        let host = props.host.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(state.clone(), move |state| {
            if let Some(host) = host {
                host.update(state, dispatcher.clone());
            }
            let clock = state.story.playing_index().map(|i| {
                gloo_timers::callback::Timeout::new(crate::model::BEAT_MS, move || {
                    dispatcher.dispatch(crate::model::Action::NextBeat(i));
                })
            });
            move || drop(clock)
        });
    }
    // Whether the embed panel is open: only then does it get the state its snippets pin
    // (and so only then is it redrawn when the state changes).
    #[cfg(feature = "page")]
    let embed_open = use_state_eq(|| false);
    #[cfg(feature = "page")]
    let on_embed_toggle = {
        let embed_open = embed_open.setter();
        use_callback((), move |open: bool, _| embed_open.set(open))
    };
    {
        let views = props.config.views.clone();
        let theme = props.config.theme;
        // Only the standalone page has a URL to keep: a part build leaves the code out.
        let sync_url = cfg!(feature = "page") && props.sync_url;
        let writer = use_mut_ref(UrlWriter::default);
        use_effect_with(state.clone(), move |state| {
            if sync_url {
                writer.borrow_mut().write(Config { state: (**state).clone(), views, theme });
            }
        });
    }
    // How many of the widget's blocks (see `blocks` below) are drawn: all of them, or,
    // when drawing progressively, one more per browser task.
    let drawn = use_state(|| if props.progressive { 1 } else { usize::MAX });
    let blocks = blocks(props);
    let blocks_total = blocks.len();
    {
        let drawn = drawn.clone();
        use_effect_with(*drawn, move |&n| {
            let next = (n < blocks_total)
                .then(|| gloo_timers::callback::Timeout::new(0, move || drawn.set(n + 1)));
            move || drop(next)
        });
    }
    // Marks the widget as live (drawn whole, handlers attached): what the tests and the
    // benchmark wait for.
    let root = use_node_ref();
    {
        let root = root.clone();
        let on_live = props.on_live.clone();
        use_effect_with(*drawn >= blocks_total, move |&whole| {
            if whole {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    let _ = el.set_attribute("data-rx-ready", "");
                    // A toggle open from the start (a link that sets a "more" setting)
                    // needs the rest of the page's words at once.
                    if let Ok(Some(_)) = el.query_selector("details[open] .rx-later") {
                        crate::locale::want_rest();
                    }
                }
                if let Some(on_live) = on_live {
                    on_live.emit(());
                }
            }
        });
    }
    // The rest of the page's words (see `locale::complete`), fetched the first time a
    // toggle opens (web/boot.js listens): once they have come, every part draws again.
    let update = use_force_update();
    use_effect_with((), move |()| {
        crate::locale::on_change(Box::new(move || update.force_update()));
    });
    let views = &props.config.views;
    let ids = IdPrefix(props.id_prefix.clone(), crate::locale::generation());
    // An explicit spotlight (from the comparison or a risk) wins; otherwise the diagram
    // lights up the flow's current step, when the flow is on the page.
    #[allow(unused_variables)] // in a part build without the fan-out
    let highlight = state
        .spotlight
        .map(|s| s.part)
        .or_else(|| views.contains(&View::Flow).then(|| crate::model::part_of_step(state.step)));
    #[allow(unused_variables)] // in a part build without the risks
    let linked = views.contains(&View::FanOut) || views.contains(&View::Flow);
    let theme = match props.config.theme {
        Theme::Light => "rx--light",
        Theme::Dark => "rx--dark",
        Theme::Auto => "rx--auto",
    };
    // Each part gets what it reads and no more (see src/state.rs).
    let part = |view: View| -> Html {
        match view {
            #[cfg(feature = "fan-out")]
            View::FanOut => {
                // A comparison row or a risk that lit the diagram: the way back to it.
                let back = state.spotlight.and_then(|s| match s.from {
                    SpotlightFrom::Compare(i) => views.contains(&View::Compare).then(|| {
                        (ids.id(&format!("compare-pick-{i}")), crate::copy::back_compare())
                    }),
                    SpotlightFrom::Risk(i) => views
                        .contains(&View::Risks)
                        .then(|| (ids.id(&format!("risk-link-{i}")), crate::copy::back_risks())),
                });
                html! {
                    <super::FanOut key="fan-out" figures={figures.clone()} slashes={state.slashes.clone()}
                        path={state.path} highlight={highlight} back={back} story={state.story} />
                }
            }
            #[cfg(feature = "flow")]
            View::Flow => {
                let story = !(cfg!(feature = "page") && views.len() == View::ALL.len());
                html! { <super::Flow key="flow" ..super::FlowProps::select(&state, &figures, story) /> }
            }
            #[cfg(feature = "calculator")]
            View::Calculator => html! {
                <super::Calculator key="calculator" figures={figures.clone()}
                    notices={state.notices.clone()} slashes={state.slashes.clone()} path={state.path} />
            },
            #[cfg(feature = "compare")]
            View::Compare => html! {
                <super::Compare key="compare" spotlight={state.spotlight} />
            },
            #[cfg(feature = "risks")]
            View::Risks => html! {
                <super::Risks key="risks" spotlight={state.spotlight} linked={linked} />
            },
            // A part this build leaves out: embed.js picks a build that has every part an
            // element asks for, so only a hand-made page could get here.
            #[allow(unreachable_patterns)]
            _ => Html::default(),
        }
    };
    let block = |block: Block| -> Html {
        match block {
            #[cfg(feature = "page")]
            Block::Fixed(part) => {
                // Only the opening shows the story: the glossary and the sources keep
                // equal props, and are not drawn again at every beat.
                let story =
                    if matches!(part, Fixed::Intro) { state.story } else { Default::default() };
                html! {
                    <FixedPart key={part.key()} part={part} views={props.config.views.clone()} story={story}
                        prerender={props.prerender} />
                }
            }
            Block::Pair => html! {
                <div class="rx-pair" key="pair">
                    { part(View::FanOut) }
                    { part(View::Flow) }
                </div>
            },
            Block::Part(view) => part(view),
            Block::Sources => {
                let facts = props
                    .config
                    .views
                    .iter()
                    .map(|v| crate::copy::view_facts(*v))
                    .fold(crate::facts::FactSet::default(), crate::facts::FactSet::union);
                super::part_sources(facts)
            }
            #[cfg(feature = "page")]
            Block::EmbedCode => html! {
                <super::EmbedCode key="embed-code" theme={props.config.theme} open={*embed_open}
                    state={(*embed_open || !(cfg!(target_arch = "wasm32") || props.prerender)).then(|| (*state).clone())}
                    on_toggle={on_embed_toggle.clone()} />
            },
        }
    };
    let widget = html! {
        <ContextProvider<IdPrefix> context={ids.clone()}>
            <ContextProvider<Dispatch> context={Dispatch(state.dispatcher())}>
            // For the few words and figures in otherwise fixed parts (see `Live`).
            <ContextProvider<Rc<Figures>> context={figures.clone()}>
                <div class={classes!("rx", theme, props.transparent.then_some("rx--transparent"))} data-rx-root="" ref={root}
                    lang={crate::locale::lang()} dir={if crate::locale::rtl() { "rtl" } else { "ltr" }}>
                    for b in blocks.into_iter().take(*drawn) {
                        { block(b) }
                    }
                </div>
            </ContextProvider<Rc<Figures>>>
            </ContextProvider<Dispatch>>
        </ContextProvider<IdPrefix>>
    };
    // Only the build's prerender (native) needs to say so: the wasm leaves the provider out.
    #[cfg(not(target_arch = "wasm32"))]
    let widget = html! {
        <ContextProvider<crate::state::Prerender> context={crate::state::Prerender(props.prerender)}>
            { widget }
        </ContextProvider<crate::state::Prerender>>
    };
    widget
}

/// One block of the widget, drawn in one go.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Block {
    /// The opening, the glossary or the sources.
    #[cfg(feature = "page")]
    Fixed(Fixed),
    /// The fan-out with the flow beside it.
    Pair,
    /// One part on its own.
    Part(View),
    /// The sources of the parts shown, when the page's own sources part is not there.
    Sources,
    /// The embed-code panel.
    #[cfg(feature = "page")]
    EmbedCode,
}

/// The widget's blocks in page order. The whole explainer gets an opening, a glossary
/// and the sources; a single embedded part does not, and neither has a part build (see
/// Cargo.toml's features: the blocks that only the page has are left out of its wasm).
fn blocks(props: &AppProps) -> Vec<Block> {
    let views = &props.config.views;
    let mut blocks = Vec::new();
    #[cfg(feature = "page")]
    let whole = views.len() == View::ALL.len();
    #[cfg(feature = "page")]
    if whole {
        blocks.push(Block::Fixed(Fixed::Intro));
    }
    // A fan-out directly followed by the flow stays with it, so a wide screen can show
    // the diagram beside the steps that light it up.
    for &view in views {
        match blocks.last_mut() {
            Some(last) if *last == Block::Part(View::FanOut) && view == View::Flow => {
                *last = Block::Pair;
            }
            _ => blocks.push(Block::Part(view)),
        }
    }
    #[cfg(feature = "page")]
    let own_sources = whole;
    #[cfg(not(feature = "page"))]
    let own_sources = false;
    if !own_sources {
        blocks.push(Block::Sources);
    }
    #[cfg(feature = "page")]
    {
        if whole {
            blocks.push(Block::Fixed(Fixed::Glossary));
            blocks.push(Block::Fixed(Fixed::Sources));
        }
        if props.embed_code {
            blocks.push(Block::EmbedCode);
        }
    }
    blocks
}

/// The parts whose words never change: drawn once, skipped by every later render.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fixed {
    /// The opening, with its table of contents.
    Intro,
    /// The glossary.
    Glossary,
    /// The sources and dates.
    Sources,
}

impl Fixed {
    /// The part's key among the widget's blocks.
    pub fn key(self) -> &'static str {
        match self {
            Self::Intro => "intro",
            Self::Glossary => "glossary",
            Self::Sources => "sources",
        }
    }
}

/// Properties of [`FixedPart`].
#[derive(Properties, PartialEq, Clone)]
pub struct FixedPartProps {
    /// Which part.
    pub part: Fixed,
    /// The parts on the page (the opening's contents list them).
    pub views: Vec<View>,
    /// Where the story is (the opening has its control; the other parts get the default).
    pub story: crate::model::Story,
    /// Whether this is the prerendered HTML (see [`AppProps::prerender`]).
    pub prerender: bool,
}

/// The opening, the glossary or the sources.
#[component]
pub fn FixedPart(props: &FixedPartProps) -> Html {
    crate::renders::count("FixedPart");
    let ids = use_id_prefix();
    let dispatch = crate::state::use_dispatch();
    match props.part {
        Fixed::Intro => intro(&props.views, props.story, &ids, &dispatch),
        Fixed::Glossary => glossary(&ids, props.prerender),
        Fixed::Sources => sources_part(&ids),
    }
}
