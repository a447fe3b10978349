//! Pure geometry for the SVG figures: functions from the model's numbers to points
//! and path data in a fixed viewBox, unit-tested here so components only draw.

pub mod chart;
pub mod fan_out;

pub use chart::{layout, nice_ticks, ChartLayout, Tick};
