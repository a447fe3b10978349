//! One slider and one output: the smallest Yew app that does what the widget's
//! calculator does, for the benchmark's floor.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
fn Floor() -> Html {
    let stake = use_state(|| 32.0_f64);
    let on_input = {
        let stake = stake.clone();
        Callback::from(move |e: InputEvent| {
            stake.set(e.target_unchecked_into::<HtmlInputElement>().value_as_number())
        })
    };
    let reward = *stake * 0.035;
    html! {
        <div class="rx" data-rx-ready="">
            <label for="rx-stake">{ "Stake" }</label>
            <input id="rx-stake" type="range" min="1" max="1000" step="1" value={stake.to_string()} oninput={on_input} />
            <output data-result="base-reward" data-value={reward.to_string()}>{ format!("{reward:.2} ETH") }</output>
            <svg viewBox="0 0 100 10"><path class="rx-chart__line--restaked" d={format!("M0 5 L{:.1} 5", reward)} /></svg>
        </div>
    }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
