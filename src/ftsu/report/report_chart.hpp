#pragma once

#include <ftsu/core/diff.hpp>
#include <ftsu/core/scoring.hpp>

#include <string>

namespace ftsu::report::html {

// Returns the SVG chart of the section scores of `assessment`: one bar per
// section over the rating bands, each with its score and rating in words
// beside it, the overall score marked, and a legend naming the bands. With
// `compare`, last year's score is marked on each bar and named beside it.
// Titles wrap onto two lines; no label overlaps another or leaves the chart.
std::string section_chart(const core::Assessment& assessment, const core::Comparison* compare);

} // namespace ftsu::report::html
