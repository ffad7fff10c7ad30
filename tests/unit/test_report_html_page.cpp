// Tests for src/ftsu/report/html_page.cpp: the page shell and the helpers
// that lay out chart labels.
#include <ftsu/report/html_page.hpp>

#include <string>

#include "testutil.hpp"

using namespace ftsu::report::html;

namespace {

std::size_t
occurrences(const std::string& text, std::string_view what)
{
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

} // namespace

TEST_CASE("text_width errs wide, by character class")
{
  CHECK(text_width("", 12) == 0);
  CHECK(text_width("iiii", 12) < text_width("mmmm", 12));
  CHECK(text_width("WWWW", 12) >= 4 * 12 * 0.98); // DejaVu Sans draws W at 0.989 em
  CHECK(text_width("abc", 12, true) > text_width("abc", 12));
  CHECK(text_width("é", 12) == doctest::Approx(12)); // one code point, not two bytes
}

TEST_CASE("fit_lines wraps at spaces within the width")
{
  const auto lines = fit_lines("one two three four five six seven", 60, 12, 10);
  REQUIRE(lines.size() > 1);
  for (const auto& line : lines) {
    CHECK(text_width(line, 12) <= 60);
  }
  SUBCASE("at most max_lines, the last ending in an ellipsis")
  {
    const auto two = fit_lines("one two three four five six seven", 60, 12, 2);
    REQUIRE(two.size() == 2);
    CHECK(two[1].ends_with("…"));
    CHECK(text_width(two[1], 12) <= 60);
  }
  SUBCASE("a word wider than a line is broken inside")
  {
    const auto broken = fit_lines("Supercalifragilisticexpialidocious", 50, 12, 5);
    CHECK(broken.size() > 1);
    for (const auto& line : broken) {
      CHECK(text_width(line, 12) <= 50);
    }
  }
  SUBCASE("line breaks and tabs are spaces; an empty text is one empty line")
  {
    CHECK(fit_lines("a\nb\tc", 500, 12, 2) == std::vector<std::string>{"a b c"});
    CHECK(fit_lines("", 100, 12, 2) == std::vector<std::string>{""});
  }
}

TEST_CASE("svg_text escapes and puts each line in a tspan")
{
  const std::string svg = svg_text(4, 20, {"a <b>", "c & d"}, 15, "fill=\"#000\"");
  CHECK(svg
        == "<text x=\"4.0\" y=\"20.0\" fill=\"#000\">a &lt;b&gt;<tspan x=\"4.0\" "
           "dy=\"15\">c &amp; d</tspan></text>\n");
}

TEST_CASE("page_start: lang, CSP, and a running header that cannot break out of its CSS")
{
  const std::string page =
      page_start({"Title </title><script>", "Trust \"} body {display:none} </style><script>\\"});
  CHECK(page.find("<html lang=\"en-GB\">") != std::string::npos);
  CHECK(page.find("content=\"default-src 'none'; style-src 'unsafe-inline'\"")
        != std::string::npos);
  CHECK(occurrences(page, "</style>") == 1);
  CHECK(occurrences(page, "<script") == 0);
  CHECK(page.find("Trust \\22 } body {display:none} \\3c /style\\3e \\3c script\\3e \\5c ")
        != std::string::npos);
  CHECK(page.find("counter(page) \" of \" counter(pages)") != std::string::npos);
}

TEST_CASE("page_start: the printed running header shows hidden characters as the page does")
{
  // Round three: a CSS escape (\202e) in the @page content prints the real
  // U+202E in every printed page's header; it must print "\u202e" as text,
  // as the page body shows it.
  const std::string page = page_start({"Title \xE2\x80\xAE",
                                       "Trust \xE2\x80\xAE"
                                       "evil \xF3\xA0\x81\x81 soft\xC2\xAD end"});
  CHECK(page.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(page.find("\xF3\xA0\x81\x81") == std::string::npos);
  CHECK(page.find("\xC2\xAD") == std::string::npos);
  CHECK(page.find("\\202e") == std::string::npos);
  CHECK(page.find("Trust \\5c u202eevil \\5c U000e0041 soft\\5c u00ad end") != std::string::npos);
  CHECK(page.find("<title>Title \\u202e</title>") != std::string::npos);
}
