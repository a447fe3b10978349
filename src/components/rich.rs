//! Copy with glossary links: renders `[label](term)` links from `crate::copy` as term
//! buttons that open their definition in place (keyboard, touch, Escape).

use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::copy::{segments, Segment, Term};
use crate::state::use_id_prefix;

/// One piece of rendered copy: text, or a term glued to the characters that touch it
/// ("(", ")", ","), so a line never breaks between a term and its punctuation.
#[derive(Debug, PartialEq)]
pub enum Piece<'a> {
    /// Plain text.
    Text(&'a str),
    /// Text before, the term, its words, text after, kept on one line.
    Term(&'a str, Term, &'a str, &'a str),
}

/// Whether a line may break at `c`, so that the glue around a term stops there: a space,
/// or a letter of a script written without spaces (Chinese, Japanese, Korean), where
/// the whole sentence would otherwise be glued into one line. Their punctuation ("（",
/// "，") still glues.
fn breaks(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

/// Turns segments into pieces, moving the characters that touch each term into it.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let segs = segments(text);
    let mut out: Vec<Piece<'_>> = Vec::new();
    let mut carry: &str = "";
    for (i, seg) in segs.iter().enumerate() {
        match *seg {
            Segment::Text(t) => {
                let t = &t[carry.len().min(t.len())..];
                carry = "";
                let glue_to_next = matches!(segs.get(i + 1), Some(Segment::Term(..)));
                let split = if glue_to_next {
                    t.char_indices()
                        .rev()
                        .find(|&(_, c)| breaks(c))
                        .map_or(0, |(p, c)| p + c.len_utf8())
                } else {
                    t.len()
                };
                if split > 0 {
                    out.push(Piece::Text(&t[..split]));
                }
                if glue_to_next {
                    out.push(Piece::Text(&t[split..]));
                }
            }
            Segment::Term(term, label) => {
                let before = match out.pop() {
                    Some(Piece::Text(b)) => b,
                    Some(other) => {
                        out.push(other);
                        ""
                    }
                    None => "",
                };
                let after = match segs.get(i + 1) {
                    Some(Segment::Text(next)) => {
                        let end = next.find(breaks).unwrap_or(next.len());
                        &next[..end]
                    }
                    _ => "",
                };
                carry = after;
                out.push(Piece::Term(before, term, label, after));
            }
        }
    }
    out.retain(|p| !matches!(p, Piece::Text("")));
    out
}

/// A run of copy with its terms made openable. A view function, not a component: it
/// holds no state of its own (see [`super::narration`]).
pub fn rich(text: &'static str) -> Html {
    html! {
        for piece in pieces(text) {
            { match piece {
                Piece::Text(text) => html! { { text } },
                Piece::Term(before, term, label, after) => html! {
                    <span class="rx-nowrap">{ before }<TermButton term={term} label={label} />{ after }</span>
                },
            } }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_chinese_only_punctuation_is_glued_to_a_term() {
        assert_eq!(
            pieces("就会被拿走（[罚没](slashing)）。每个服务"),
            [
                Piece::Text("就会被拿走"),
                Piece::Term("（", Term::Slashing, "罚没", "）。"),
                Piece::Text("每个服务")
            ]
        );
    }

    #[test]
    fn punctuation_stays_with_its_term() {
        assert_eq!(
            pieces("away ([slashing](slashing)), so"),
            [
                Piece::Text("away "),
                Piece::Term("(", Term::Slashing, "slashing", "),"),
                Piece::Text(" so")
            ]
        );
        assert_eq!(
            pieces("a [service](avs) you"),
            [Piece::Text("a "), Piece::Term("", Term::Avs, "service", ""), Piece::Text(" you")]
        );
        assert_eq!(pieces("[APR](apr)"), [Piece::Term("", Term::Apr, "APR", "")]);
    }
}

/// Properties of [`TermButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct TermButtonProps {
    /// The term explained.
    pub term: Term,
    /// The words standing for it in the sentence.
    pub label: AttrValue,
}

/// A term in running text: a button that shows its definition just below the line.
/// Enter, Space or a tap opens and closes it; Escape or moving focus away closes it.
#[component]
pub fn TermButton(props: &TermButtonProps) -> Html {
    crate::renders::count("TermButton");
    let open = use_state(|| false);
    let ids = use_id_prefix();
    let prerender = crate::state::use_prerender();
    let pop_id = ids.id(&format!("term-{}", props.term.id()));
    let on_click = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_key = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.stop_propagation();
                open.set(false);
            }
        })
    };
    let on_blur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    html! {
        <span class="rx-term">
            <button
                type="button"
                class="rx-term__button"
                aria-expanded={(*open).to_string()}
                aria-controls={pop_id.clone()}
                data-term={props.term.id()}
                onclick={on_click}
                onkeydown={on_key}
                onblur={on_blur}
            >
                { &props.label }
            </button>
            <span class="rx-term__pop" id={pop_id} role="note" hidden={!*open}>
                // Hidden until a click, which only the live widget answers: the page's
                // HTML keeps the box, empty (see `AppProps::prerender`).
                if !(cfg!(not(target_arch = "wasm32")) && prerender) {
                    <strong class="rx-term__name">{ props.term.name() }</strong>
                    { " " }
                    { props.term.definition() }
                }
            </span>
        </span>
    }
}
