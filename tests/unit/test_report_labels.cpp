// Tests for src/ftsu/report/labels.cpp: the words every human format shares.
#include <ftsu/report/labels.hpp>

#include "testutil.hpp"

using namespace ftsu;

TEST_CASE("a rating is its label, and says when it is capped")
{
  core::Rating rating;
  rating.key = "red";
  rating.label = "Limited assurance";
  CHECK(report::rating_words(&rating, false) == "Limited assurance");
  CHECK(report::rating_words(&rating, true) == "Limited assurance (capped)");
  CHECK(report::rating_words(nullptr, true) == "no rating");
  core::ScoreSummary summary;
  summary.score = 40.0;
  summary.rating = &rating;
  summary.rating_capped = true;
  CHECK(report::rating_words(summary) == "Limited assurance (capped)");
}

TEST_CASE("a summary's rating in words when nothing counts or nothing is answered")
{
  // The trend's HTML chart had words of its own for these ("no score", and
  // the rating of a score of 0 when nothing was answered; issue 28): every
  // format now says the same.
  core::ScoreSummary nothing_counts;
  nothing_counts.tally.not_applicable = 2;
  CHECK(report::rating_words(nothing_counts) == "no rating");
  core::ScoreSummary none_answered;
  none_answered.score = 0.0;
  none_answered.tally.unanswered = 3;
  CHECK(report::rating_words(none_answered) == report::k_not_yet_answered);
}

TEST_CASE("gaps and changes are in points")
{
  CHECK(report::points_text(3.25) == "+3.3 points");
  CHECK(report::gain_text(1.5) == "+1.5 points if met");
  CHECK(report::change_text(15.2) == "+15.2 points");
  CHECK(report::change_text(-2.0) == "-2.0 points");
  CHECK(report::change_text(0.0) == "0.0 points");
  CHECK(report::change_text(std::nullopt) == "—");
}

TEST_CASE("a score is a percentage with one decimal")
{
  CHECK(report::percent_text(75.46) == "75.5%");
  CHECK(report::percent_text(std::nullopt) == "—");
}
