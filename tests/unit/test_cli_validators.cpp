// Tests for src/ftsu/cli/validators.cpp: what a number option says about
// the text it refuses.
#include <ftsu/cli/validators.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

// Returns what `validator` says about `text` (empty: accepted).
std::string
verdict(const CLI::Validator& validator, std::string text)
{
  return validator(text);
}

} // namespace

TEST_CASE("a percentage: a number too small to tell from 0 is not called 'not a number'")
{
  const CLI::Validator check = ftsu::cli::percent_range();
  CHECK(verdict(check, "0").empty());
  CHECK(verdict(check, "99.5").empty());
  CHECK(verdict(check, "1e-300").empty());
  const std::string tiny = verdict(check, "1e-400");
  CHECK(tiny.find("not a number") == std::string::npos);
  CHECK(tiny.find("too small") != std::string::npos);
  CHECK(verdict(check, "1e400").find("is not from 0 to 100") != std::string::npos);
  CHECK(verdict(check, "-1e-400").find("not a number") == std::string::npos);
  CHECK(verdict(check, "abc").find("is not a number") != std::string::npos);
  CHECK(verdict(check, "nan").find("not a finite number") != std::string::npos);
  CHECK(verdict(check, "101").find("is not from 0 to 100") != std::string::npos);
}

TEST_CASE("a count: a fraction is not a whole number, not out of range")
{
  const CLI::Validator check = ftsu::cli::whole_number_range(1, 1000000);
  CHECK(verdict(check, "1").empty());
  CHECK(verdict(check, "1000000").empty());
  CHECK(verdict(check, "2.5") == "'2.5' is not a whole number");
  CHECK(verdict(check, "1e3") == "'1e3' is not a whole number");
  CHECK(verdict(check, "abc") == "'abc' is not a whole number");
  CHECK(verdict(check, "") == "'' is not a whole number");
  CHECK(verdict(check, "0") == "0 is not from 1 to 1000000");
  CHECK(verdict(check, "-3") == "-3 is not from 1 to 1000000");
  CHECK(verdict(check, "1000001") == "1000001 is not from 1 to 1000000");
  CHECK(verdict(check, "99999999999999999999999")
        == "99999999999999999999999 is not from 1 to 1000000");
}
