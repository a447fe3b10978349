//! A few words or figures that follow the reader's numbers inside a part that otherwise
//! does not: the part is drawn once, and only this is drawn again when the figures
//! change. It reads them from the context `App` provides, so its part need not take
//! them as a property (which would redraw the whole part at every slider move).

use std::rc::Rc;

use yew::prelude::*;

use crate::state::Figures;

/// Properties of [`Live`].
#[derive(Properties, Clone, Copy)]
pub struct LiveProps {
    /// What to show for the current figures: a plain function, so the property never
    /// changes and the part around it never redraws it.
    pub say: fn(&Figures) -> Html,
}

impl PartialEq for LiveProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.say, other.say)
    }
}

/// `say` of the widget's current figures (nothing outside an `App`).
#[component]
pub fn Live(props: &LiveProps) -> Html {
    crate::state::use_id_prefix(); // draws again when the words change
    use_context::<Rc<Figures>>().map_or_else(Html::default, |figures| (props.say)(&figures))
}
