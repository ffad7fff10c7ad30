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
  summary.rating = &rating;
  summary.rating_capped = true;
  CHECK(report::rating_words(summary) == "Limited assurance (capped)");
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
