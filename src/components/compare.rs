//! The compare part: plain staking, liquid staking, restaking and liquid restaking side
//! by side on the seed's six points. A real table on wide screens, stacked cards on a
//! phone (the same table restyled, whose rows and cells browsers keep as a table for
//! screen readers; the end-to-end tests read the accessibility tree to check it); a row
//! can be picked to light up where it shows in the fan-out.

use yew::prelude::*;

use super::Live;
use crate::copy;
use crate::model::{Action, Spotlight, SpotlightFrom};
use crate::state::{use_dispatch, use_id_prefix, Figures};

/// Properties of [`Compare`].
#[derive(Properties, PartialEq, Clone)]
pub struct CompareProps {
    /// The highlight the reader picked, if any.
    #[prop_or_default]
    pub spotlight: Option<Spotlight>,
}

/// A row's four cells.
fn cells(cells: [copy::CompareCell; 4]) -> Html {
    let columns = copy::compare_columns();
    html! {
        for (c, cell) in cells.into_iter().enumerate() {
            <td key={c} data-label={columns[c]} data-col={c.to_string()}
                class={classes!((c >= 2).then_some("rx-compare__ours"))}>
                { cell.text }
                for (l, line) in cell.figure.into_iter().enumerate() {
                    <span class="rx-compare__figure" key={l}>{ line }</span>
                }
            </td>
        }
    }
}

/// The cells of row `ROW`, one with figures, for the current figures.
fn figure_cells<const ROW: usize>(figures: &Figures) -> Html {
    cells(copy::compare_cells(ROW, &figures.scenario, &figures.results))
}

/// The comparison table. The cells with figures are [`Live`]: the rest is drawn again
/// only when the highlight changes.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    crate::renders::count("Compare");
    let ids = use_id_prefix();
    let prerender = crate::state::use_prerender();
    let dispatch = use_dispatch();
    // On a phone the table shows one way of staking at a time, picked here (restaking
    // first); a wide screen shows all four and hides the choice.
    let column = use_state_eq(|| 2usize);
    let (columns, rows) = (copy::compare_columns(), copy::compare_rows());
    html! {
        <section class="rx-part rx-compare" id={ids.id("compare")} aria-labelledby={ids.id("compare-title")}>
            <h2 class="rx-part__title" id={ids.id("compare-title")}>{ copy::compare_title() }</h2>
            <p class="rx-part__lead">{ copy::compare_lead() }</p>
            <div class="rx-compare__columns" role="group" aria-label={copy::compare_showing()}>
                for (c, name) in columns.iter().enumerate() {
                    <button type="button" class="rx-button rx-button--quiet" key={c} data-col={c.to_string()}
                        aria-pressed={(*column == c).to_string()}
                        onclick={{ let column = column.clone(); move |_: MouseEvent| column.set(c) }}>
                        { *name }
                    </button>
                }
            </div>
            <table class="rx-compare__table" data-column={column.to_string()}>
                <caption class="rx-compare__caption">{ copy::compare_caption() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ copy::compare_dimension() }</th>
                        for (i, column) in columns.iter().enumerate() {
                            <th scope="col" key={i}
                                class={classes!((i >= 2).then_some("rx-compare__ours"))}>{ *column }</th>
                        }
                    </tr>
                </thead>
                <tbody>
                    for (i, row) in rows.iter().enumerate() {
                        {{
                            let spotlight = Spotlight { part: row.part, from: SpotlightFrom::Compare(i) };
                            let selected = props.spotlight == Some(spotlight);
                            html! {
                                <tr key={i} data-row={i.to_string()}
                                    class={classes!("rx-compare__row", selected.then_some("rx-compare__row--selected"))}>
                                    <th scope="row">
                                        <button type="button" class="rx-compare__pick" aria-pressed={selected.to_string()}
                                            id={ids.id(&format!("compare-pick-{i}"))}
                                            onclick={{
                                                let dispatch = dispatch.clone();
                                                let fan = ids.id("fan-out");
                                                move |e: MouseEvent| {
                                                    dispatch.emit(Action::ToggleSpotlight(spotlight));
                                                    // Lit, the diagram comes into view; a link there leads back.
                                                    if !selected {
                                                        crate::browser::bring_into_view(&e, &fan);
                                                    }
                                                }
                                            }}>
                                            { row.dimension }
                                        </button>
                                    </th>
                                    if let Some(words) = copy::compare_words(i) {
                                        { cells(copy::word_cells(words)) }
                                    } else {
                                        <Live say={if i == 2 { figure_cells::<2> as fn(&Figures) -> Html } else { figure_cells::<3> }} />
                                    }
                                </tr>
                            }
                        }}
                    }
                </tbody>
            </table>
            if let Some(spot) = props.spotlight.filter(|s| matches!(s.from, SpotlightFrom::Compare(_))) {
                <p class="rx-compare__shown" role="status">
                    <a href={format!("#{}", ids.id("fan-out"))} onclick={super::intro::follow_link()}>{ copy::focus_note(spot.part) }</a>
                </p>
            }
            <details class="rx-curious">
                <summary class="rx-curious__summary">{ copy::compare_curious() }</summary>
                { super::later!(prerender, html! {
                <ul class="rx-compare__notes">
                    for (i, note) in copy::compare_notes().into_iter().enumerate() {
                        <li key={i}>{ super::rich(note) }
                            if !copy::COMPARE_NOTE_FACTS[i].is_empty() {
                                { " " }{ super::cite(&ids, copy::COMPARE_NOTE_FACTS[i]) }
                            }
                        </li>
                    }
                </ul>
                }) }
            </details>
        </section>
    }
}
