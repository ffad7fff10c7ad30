#include <ftsu/report/xlsx.hpp>

#include <doctest/doctest.h>

using ftsu::report::xlsx::header_text;

TEST_CASE("header_text: ampersands are Excel's code mark, never an image's place")
{
  CHECK(header_text("Barts & The London", 255) == "Barts && The London");
  // libxlsxwriter counts "&G" and "&[Picture]" anywhere as images, even
  // inside "&&G": there the fullwidth ampersand stands in.
  CHECK(header_text("Barking&Greenwich", 255) == "Barking\xEF\xBC\x86Greenwich");
  CHECK(header_text("A &[Picture] B", 255) == "A \xEF\xBC\x86[Picture] B");
  const std::string text = header_text("&G&&G&[Picture]&g", 255);
  CHECK(text.find("&G") == std::string::npos);
  CHECK(text.find("&[") == std::string::npos);
  CHECK(text.ends_with("&&g"));
}

TEST_CASE("header_text: one line, at most the limit, whole characters")
{
  CHECK(header_text("one\ntwo", 255) == "one\\ntwo");
  CHECK(header_text("a&b", 2) == "a");
  CHECK(header_text("a&b", 3) == "a&&");
  CHECK(header_text("\xC3\xA9\xC3\xA9", 3) == "\xC3\xA9");
}
