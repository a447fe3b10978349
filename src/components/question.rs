//! A predict-then-reveal question: the reader commits a guess before the widget shows
//! the answer, worked out for the reader's own numbers, and is told how close the guess
//! came. The guess lives in this component's state alone: it is never sent or stored.
//! Without JavaScript (the prerendered page) the answer waits behind a disclosure.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::SliderScale;
use crate::copy::{self, GuessUnit};
use crate::number_text::shortest;
use crate::state::use_id_prefix;

/// Properties of [`Question`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuestionProps {
    /// The question's name, in `data-rx-question` (and in its element ids).
    pub name: &'static str,
    /// The question, with the reader's numbers.
    pub prompt: AttrValue,
    /// The guess slider's range and step, in the answer's unit (the slider itself moves
    /// in positions 0 to (max − min) ÷ step).
    pub range: SliderScale,
    /// Where the guess starts before the reader moves it.
    pub start: f64,
    /// The answer's unit.
    pub unit: GuessUnit,
    /// The exact answer (`None` where the figure does not exist).
    pub answer: Option<f64>,
    /// The answer in words, with why it is what it is.
    pub explain: AttrValue,
    /// Called when the answer is revealed (the fan-out's question simulates its slash).
    #[prop_or_default]
    pub on_reveal: Option<Callback<()>>,
    /// A guess set from outside the slider (the chart's pointer), if any.
    #[prop_or_default]
    pub guess: Option<f64>,
    /// Called with the guess whenever it moves (the chart draws it).
    #[prop_or_default]
    pub on_guess: Option<Callback<Option<f64>>>,
    /// Called when the answer is shown or hidden again.
    #[prop_or_default]
    pub on_shown: Option<Callback<bool>>,
}

/// One question with its guess, its reveal and its answer.
#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let ids = use_id_prefix();
    // The reader's guess (None until moved) and the answer as it was when revealed
    // (Some once revealed: a different answer now means the numbers changed since).
    let own_guess = use_state_eq(|| None::<f64>);
    let revealed = use_state_eq(|| None::<Option<f64>>);
    let guess = props.guess.or(*own_guess);
    let slider_id = ids.id(&format!("q-{}-guess", props.name));

    let reveal = {
        let (revealed, answer) = (revealed.clone(), props.answer);
        let (on_reveal, on_shown) = (props.on_reveal.clone(), props.on_shown.clone());
        Callback::from(move |()| {
            if revealed.is_none() {
                revealed.set(Some(answer));
                if let Some(cb) = &on_reveal {
                    cb.emit(());
                }
                if let Some(cb) = &on_shown {
                    cb.emit(true);
                }
            }
        })
    };
    let hide = {
        let (revealed, own_guess) = (revealed.clone(), own_guess.clone());
        let (on_guess, on_shown) = (props.on_guess.clone(), props.on_shown.clone());
        Callback::from(move |()| {
            revealed.set(None);
            own_guess.set(None);
            if let Some(cb) = &on_guess {
                cb.emit(None);
            }
            if let Some(cb) = &on_shown {
                cb.emit(false);
            }
        })
    };
    // The slider moves in fixed positions, 0 to `steps`, that stand for the range: when
    // the reader's numbers change the range, a move rewrites the slider's text but not
    // its `min`, `max`, `step` or (for an untouched guess) its value.
    let range = props.range;
    let steps = ((range.max - range.min) / range.step).round();
    let steps = if steps.is_finite() && steps >= 1.0 { steps } else { 1.0 };
    let step = (range.max - range.min) / steps;
    let position = |value: f64| ((value - range.min) / step).round().clamp(0.0, steps);
    let on_input = {
        let (own_guess, on_guess) = (own_guess.clone(), props.on_guess.clone());
        Callback::from(move |e: InputEvent| {
            let value =
                range.min + e.target_unchecked_into::<HtmlInputElement>().value_as_number() * step;
            if value.is_finite() {
                own_guess.set(Some(value));
                if let Some(cb) = &on_guess {
                    cb.emit(Some(value));
                }
            }
        })
    };
    let on_toggle = {
        let (reveal, hide, revealed) = (reveal.clone(), hide.clone(), revealed.clone());
        Callback::from(move |e: Event| {
            let open = e.target_unchecked_into::<web_sys::Element>().has_attribute("open");
            match (open, revealed.is_some()) {
                (true, false) => reveal.emit(()),
                (false, true) => hide.emit(()),
                _ => {}
            }
        })
    };
    // "Check my guess" on an untouched slider takes the value it shows as the guess.
    let on_check = {
        let (own_guess, reveal, start) = (own_guess.clone(), reveal.clone(), props.start);
        let had = guess.is_some();
        Callback::from(move |_: MouseEvent| {
            if !had {
                own_guess.set(Some(start));
            }
            reveal.emit(());
        })
    };
    let is_revealed = revealed.is_some();
    // On the prerendered page (no script) the answer sits in the closed disclosure; the
    // live widget also hides it until the reader has guessed or asked to be shown.
    let answer_hidden = crate::locale::live() && !is_revealed;
    let verdict = match (guess, props.answer, is_revealed) {
        (Some(g), Some(a), true) => Some(copy::guess_verdict(g, a, props.unit)),
        _ => None,
    };
    let stale = matches!(*revealed, Some(was) if was != props.answer);
    let shown_guess = guess.unwrap_or(props.start);
    html! {
        <div class="rx-q" data-rx-question={props.name}>
            <p class="rx-q__prompt">{ &props.prompt }</p>
            if !is_revealed {
                <div class="rx-q__guess">
                    <label class="rx-q__label" for={slider_id.clone()}>{ copy::guess_label() }</label>
                    <input type="range" class="rx-field__slider rx-q__slider" id={slider_id}
                        min="0" max={shortest(steps)} value={shortest(position(shown_guess))}
                        aria-valuetext={props.unit.write(shown_guess)}
                        oninput={on_input} />
                    // Shown, not spoken: the slider reads its value out itself.
                    <span class="rx-q__value" aria-hidden="true">{ props.unit.write(shown_guess) }</span>
                </div>
            }
            <div class="rx-q__actions">
                if !is_revealed {
                    <button type="button" class="rx-button" data-rx-guess="" onclick={on_check}>
                        { copy::guess_check() }
                    </button>
                }
                <details class="rx-q__reveal" open={is_revealed} ontoggle={on_toggle}>
                    <summary class="rx-q__summary">{ if is_revealed { copy::guess_answer() } else { copy::guess_skip() } }</summary>
                    <p class="rx-q__answer" data-rx-answer="" hidden={answer_hidden}
                        data-value={props.answer.map(shortest).unwrap_or_default()}>
                        // Its words are written once it is shown (a hidden answer is not
                        // redrawn on every slider move), and always on the prerendered page.
                        if !answer_hidden {
                            if let Some(verdict) = verdict {
                                <strong class="rx-q__verdict">{ verdict }</strong>{ " " }
                            }
                            { &props.explain }
                        }
                    </p>
                </details>
            </div>
            if stale {
                <button type="button" class="rx-button rx-button--quiet" onclick={hide.reform(|_: MouseEvent| ())}>
                    { copy::guess_again() }
                </button>
            }
        </div>
    }
}
