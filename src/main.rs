//! The standalone page's entry point: everything lives in the library.

fn main() {
    restaking_explainer::start();
}
