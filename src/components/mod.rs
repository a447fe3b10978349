//! The widget's components, one per file. Views with no state of their own (the
//! narration, notices, results, chart, intro, glossary and glossary-linked copy) are
//! plain functions returning `Html`: a component costs the wasm about 0.8 KB of Yew
//! lifecycle code. Everything renders under the server-side renderer too: browser APIs
//! are only touched in effects and event handlers.

mod app;
mod calculator;
mod compare;
mod embed_code;
mod fan_out;
mod flow;
mod growth_chart;
mod intro;
mod live;
mod narration;
mod notices;
mod number_field;
mod question;
mod result_output;
mod results_panel;
mod rich;
mod risks;
mod save_figure;
mod service_row;
mod sources;
mod story;

pub use app::{App, AppProps, Fixed, FixedPart, FixedPartProps};
pub use calculator::{Calculator, CalculatorProps};
pub use compare::{Compare, CompareProps};
#[cfg(not(target_arch = "wasm32"))]
pub use embed_code::panel_words;
pub use embed_code::{EmbedCode, EmbedCodeProps};
pub use fan_out::{branch_key, FanOut, FanOutProps};
pub use flow::{Flow, FlowProps};
pub use growth_chart::{chart_question, growth_chart, ChartAsk};
pub use intro::{glossary, intro, sources_part};
pub use live::{Live, LiveProps};
pub use narration::narration;
pub use notices::notices;
pub use number_field::{NumberField, NumberFieldProps, SliderScale};
pub use question::{Question, QuestionProps};
pub use result_output::{result_output, result_text};
pub use results_panel::results_panel;
pub use rich::{rich, TermButton, TermButtonProps};
pub use risks::{Risks, RisksProps};
pub use save_figure::save_figure;
pub use service_row::{ServiceRow, ServiceRowProps};
pub use sources::{cite, fact_number, part_sources, SourceList};
pub use story::story_play;

/// The body of a closed toggle ("for the curious", "more settings", the glossary):
/// `$body`, or in the prerendered HTML (see [`AppProps::prerender`]) one line saying it
/// needs the script, which the live widget replaces within a second or two. The
/// page's HTML then carries what a reader sees first, not everything one click away.
/// The live widget draws the body once the page has all its words (they come the first
/// time a toggle opens: see `locale::complete`); until then the line says they are
/// loading, or that they could not.
/// A macro, not a function taking a closure: the body's code is what it was without it.
macro_rules! later {
    ($prerender:expr, $body:expr) => {
        if cfg!(not(target_arch = "wasm32")) && $prerender {
            yew::html! { <p class="rx-later">{ crate::copy::later() }</p> }
        } else if !crate::locale::complete() {
            crate::components::waiting()
        } else {
            $body
        }
    };
}
pub(crate) use later;

/// What a toggle's body shows while the rest of the page's words are on their way (see
/// [`later!`]): one copy of its code, whichever toggle.
#[inline(never)]
pub fn waiting() -> yew::Html {
    yew::html! { <p class="rx-later">{ crate::copy::loading_rest() }</p> }
}
