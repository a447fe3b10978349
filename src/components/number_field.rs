//! One numeric input as a slider plus an exact text entry, both labelled, the slider
//! reading its value with its unit. Emits domain values; the model does the clamping.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::{Action, Field, Range};
use crate::state::use_dispatch;

/// What the slider covers. It may be narrower than what the model accepts (the stake
/// slider stops at 1,000 ETH; the exact entry takes up to 100,000).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SliderScale {
    /// The slider's lowest value, in the field's unit.
    pub min: f64,
    /// The slider's highest value, in the field's unit.
    pub max: f64,
    /// One arrow-key step, in the field's unit.
    pub step: f64,
}

/// Properties of [`NumberField`].
#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    /// The slider's element id (page-unique); the text entry uses it plus `-exact`.
    pub id: AttrValue,
    /// The visible label ("Stake").
    pub label: AttrValue,
    /// The unit shown after the exact entry ("ETH", "%").
    pub unit: AttrValue,
    /// The unit as read aloud with the exact entry ("% a year").
    pub unit_long: AttrValue,
    /// The current value, in the unit.
    pub value: f64,
    /// The value as a screen reader should hear it ("32 ETH").
    pub value_text: AttrValue,
    /// The range the model accepts, in the unit.
    pub range: Range,
    /// The slider's own range and step, in the unit.
    pub slider: SliderScale,
    /// A short hint under the slider, if any.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The input this field sets: each new value is sent as `Action::Set(field, value)`
    /// (NaN when the typed text is not a number; the model refuses it with a notice).
    /// A value rather than a callback, so an unchanged field is never re-rendered.
    pub field: Field,
}

/// A number as the exact entry shows it: no grouping, no float noise, the locale's
/// decimal separator ("3.5" in English, "3,5" in Turkish).
pub fn plain_number(value: f64) -> String {
    let text = crate::format::plain(value, 6);
    match crate::locale::t(id!("number-decimal")) {
        "." => text,
        decimal => text.replace('.', decimal),
    }
}

/// A number as a reader of the locale types it into an exact entry (see
/// [`crate::number_text::parse_typed`]): "3,5" or "3.5" in Turkish, Arabic-Indic digits
/// in Arabic; a percent sign before or after is ignored.
pub fn typed_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = text.strip_suffix('%').or_else(|| text.strip_prefix('%')).unwrap_or(text);
    let t = crate::locale::t;
    crate::number_text::parse_typed(text, t(id!("number-decimal")), t(id!("number-group")))
}

/// The exact entry's accessible name: "Stake, exact value in ETH".
fn exact_label(label: &str, unit: &str) -> String {
    use crate::i18n::Arg::Text;
    use crate::locale::tf;
    let args = [("label", Text(label)), ("unit", Text(unit))];
    if unit.is_empty() {
        tf(id!("exact-label"), &args[..1])
    } else {
        tf(id!("exact-label-unit"), &args)
    }
}

/// A labelled slider with an exact number entry beside it.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    crate::renders::count("NumberField");
    crate::state::use_id_prefix(); // draws again when the words change
                                   // While the reader is on the slider, the slider's own value is the truth. Yew may
                                   // pause between a parent's render and this one's; without this, a render computed
                                   // before the reader's latest key press would write an older value back into the
                                   // slider, and the next press would start from it (lost steps on a slow phone).
    let latest = use_mut_ref(|| None::<f64>);
    let field = props.field;
    let on_change = use_dispatch().reform(move |value: f64| Action::Set(field, value));
    let on_slide = {
        let latest = latest.clone();
        on_change.reform(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value_as_number();
            *latest.borrow_mut() = Some(value);
            value
        })
    };
    let on_leave = {
        let latest = latest.clone();
        Callback::from(move |_: FocusEvent| *latest.borrow_mut() = None)
    };
    let shown = latest.borrow().unwrap_or(props.value);
    let on_commit = {
        let range = props.range;
        let current = props.value;
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            match typed_number(&input.value()) {
                Some(value) => {
                    // Show what the model will keep, even when that equals the old value
                    // (Yew would not touch an unchanged `value`).
                    let kept = range.fit(value).unwrap_or_else(|end| end);
                    input.set_value(&plain_number(kept));
                    on_change.emit(value);
                }
                None => {
                    input.set_value(&plain_number(current));
                    on_change.emit(f64::NAN);
                }
            }
        })
    };
    let exact_id = format!("{}-exact", props.id);
    let hint_id = format!("{}-hint", props.id);
    let slider = props.slider;
    html! {
        <div class="rx-field">
            <div class="rx-field__head">
                <label class="rx-field__label" for={props.id.clone()}>{ &props.label }</label>
                <span class="rx-field__exact">
                    <input
                        id={exact_id}
                        class="rx-field__input"
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        spellcheck="false"
                        aria-label={exact_label(&props.label, &props.unit_long)}
                        value={plain_number(props.value)}
                        onchange={on_commit}
                    />
                    <span class="rx-field__unit" aria-hidden="true">{ &props.unit }</span>
                </span>
            </div>
            <input
                id={props.id.clone()}
                class="rx-field__slider"
                type="range"
                min={crate::number_text::shortest(slider.min)}
                max={crate::number_text::shortest(slider.max)}
                step={crate::number_text::shortest(slider.step)}
                value={crate::number_text::shortest(shown.max(slider.min).min(slider.max))}
                aria-valuetext={props.value_text.clone()}
                aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
                oninput={on_slide}
                onblur={on_leave}
            />
            if let Some(hint) = &props.hint {
                <p class="rx-field__hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{plain_number, typed_number};

    #[test]
    fn a_turkish_reader_types_and_reads_a_decimal_comma() {
        crate::locale::set(Some(include_str!(concat!(env!("OUT_DIR"), "/tr.txt"))))
            .expect("Turkish");
        assert_eq!(plain_number(3.5), "3,5");
        assert_eq!(typed_number("3,5"), Some(3.5));
        assert_eq!(typed_number("%3,5"), Some(3.5));
        assert_eq!(typed_number("3.5"), Some(3.5));
        assert_eq!(typed_number("1.234,5"), Some(1234.5));
        assert_eq!(typed_number(&plain_number(99_999.99)), Some(99_999.99));
        crate::locale::set(None).expect("English");
        assert_eq!(plain_number(3.5), "3.5");
        assert_eq!(typed_number("1,234.5 %"), Some(1234.5));
        assert_eq!(typed_number("abc"), None);
    }

    #[test]
    fn plain_numbers_read_back() {
        assert_eq!(plain_number(32.0), "32");
        assert_eq!(plain_number(3.5), "3.5");
        assert_eq!(plain_number(0.01), "0.01");
        assert_eq!(plain_number(100_000.0), "100000");
    }
}
