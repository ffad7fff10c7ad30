// Tests for src/ftsu/util/: UTF-8, strings, dates, JSON and markup escaping.
#include <ftsu/util/date.hpp>
#include <ftsu/util/json.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace ftsu::util;

TEST_CASE("UTF-8 validation finds the first bad byte")
{
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("caf\xC3\xA9 \xF0\x9F\x98\x80"));
  CHECK(first_invalid_utf8("ab\xFF") == 2U);
  CHECK(first_invalid_utf8("\xC3(") == 0U);            // truncated
  CHECK(first_invalid_utf8("x\xC0\xAF") == 1U);        // overlong
  CHECK(first_invalid_utf8("\xED\xA0\x80") == 0U);     // surrogate
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0U); // above U+10FFFF
  CHECK(repair_utf8("a\xFF"
                    "b")
        == "a\xEF\xBF\xBD"
           "b");
}

TEST_CASE("for_terminal makes control characters visible")
{
  CHECK(for_terminal("red \x1b[31m text") == "red \\x1b[31m text");
  CHECK(for_terminal("bell\x07") == "bell\\x07");
  CHECK(for_terminal("keep\nlines\tand tabs") == "keep\nlines\tand tabs");
  CHECK(for_terminal("c1 \xC2\x9B"
                     "2J")
        == "c1 \\x9b2J");
  CHECK(for_terminal("bidi \xE2\x80\xAE"
                     "x")
        == "bidi \\u202ex");
  CHECK(for_terminal("bad \xFF") == "bad \\xff");
  CHECK(for_terminal("del\x7F") == "del\\x7f");
}

TEST_CASE("for_terminal_line keeps a value on one line")
{
  CHECK(for_terminal_line("a\nftsu-gap: error: forged\tx\x1b")
        == "a\\nftsu-gap: error: forged\\tx\\x1b");
}

TEST_CASE("display width counts columns")
{
  CHECK(display_width("abc") == 3);
  CHECK(display_width("caf\xC3\xA9") == 4);
  CHECK(display_width("\xE6\x97\xA5\xE6\x9C\xAC") == 4); // two wide CJK characters
}

TEST_CASE("wrap keeps words whole and lines within the width")
{
  const auto lines = wrap("the quick brown fox jumps over the lazy dog", 15);
  CHECK(lines == std::vector<std::string>{"the quick brown", "fox jumps over", "the lazy dog"});
  CHECK(wrap("see " + std::string(25, 'x') + " now", 10)
        == std::vector<std::string>{"see", std::string(25, 'x'), "now"});
  CHECK(wrap("one\ntwo", 20) == std::vector<std::string>{"one two"});
  CHECK(wrap("one\n\ntwo", 20) == std::vector<std::string>{"one", "", "two"});
  CHECK(wrap("list:\n- a\n- b", 20) == std::vector<std::string>{"list:", "- a", "- b"});
}

TEST_CASE("a word longer than the line gets a line of its own, never split")
{
  const std::string url = "https://example.org/a/very/long/path/to/register-of-interests.pdf";
  CHECK(wrap("Read " + url + " first.", 40) == std::vector<std::string>{"Read", url, "first."});
  CHECK(wrap("answers-2026-27.yaml", 8) == std::vector<std::string>{"answers-2026-27.yaml"});
}

TEST_CASE("hang_wrap keeps words whole and lines within the width")
{
  SUBCASE("lines after the first hang under the lead")
  {
    CHECK(hang_wrap("register of interests and hospitality", 2, 30, "Action: ")
          == "  Action: register of\n          interests and\n          hospitality\n");
  }
  SUBCASE("a word too long for the rest of the first line starts the next")
  {
    const std::string path = "/srv/ftsu/board-papers/2026-27/answers.yaml";
    CHECK(hang_wrap(path + " is read", 2, 48, "- ") == "  - " + path + "\n    is read\n");
    // Alone on its line, indented less so that it fits, never left of the
    // indent; one wider than the whole line hangs at most 4 past the indent.
    CHECK(hang_wrap(path + " is read", 2, 45, "- ") == "  -\n  " + path + "\n    is read\n");
    CHECK(hang_wrap(path + " is read", 2, 40, "- ") == "  -\n    " + path + "\n    is read\n");
    CHECK(hang_wrap(path, 2, 40, "[a-long-source-id] ")
          == "  [a-long-source-id]\n      " + path + "\n");
  }
  SUBCASE("a lead that leaves too little room hangs the other lines less")
  {
    const std::string text = hang_wrap("one two three four five six seven eight nine ten",
                                       0,
                                       40,
                                       "A long lead that crowds text: ");
    for (const auto& line : split(text, '\n')) {
      CHECK(display_width(line) <= 40);
    }
    CHECK(text.find("\n    ") != std::string::npos);
  }
  SUBCASE("a word that fits the width but not the indent is indented less")
  {
    const std::string url = "https://nationalguardian.org.uk/for-guardians/guidance/";
    CHECK(hang_wrap("See " + url, 2, 80, "[ngo-guardian-guidance] ")
          == "  [ngo-guardian-guidance] See\n" + std::string(80 - url.size(), ' ') + url + "\n");
  }
}

TEST_CASE("hang_wrap_parts breaks between parts before breaking inside one")
{
  const std::vector<std::string> parts{
      "Answer: Partially met", "Owner: Director of Nursing", "Due: 2026-05-31 (overdue)"};
  const std::string text = hang_wrap_parts(parts, " · ", 2, 60);
  CHECK(text
        == "  Answer: Partially met · Owner: Director of Nursing ·\n"
           "  Due: 2026-05-31 (overdue)\n");
  const std::vector<std::string> long_part{"short", std::string(30, 'y') + " and more words"};
  CHECK(hang_wrap_parts(long_part, ", ", 0, 40)
        == "short, " + std::string(30, 'y') + "\nand more words\n");
}

TEST_CASE("closest_match suggests near misses only")
{
  const std::vector<std::string> keys{"weight", "mandatory", "evidence"};
  CHECK(closest_match("wieght", keys) == "weight");
  CHECK(closest_match("Weight", keys) == "weight");
  CHECK_FALSE(closest_match("colour", keys).has_value());
}

TEST_CASE("join_words lists in words, the conjunction before the last")
{
  using V = std::vector<std::string>;
  CHECK(join_words(V{}, "or").empty());
  CHECK(join_words(V{"csv"}, "and") == "csv");
  CHECK(join_words(V{"markdown", "html"}, "or") == "markdown or html");
  CHECK(join_words(V{"text", "markdown", "html"}, "and") == "text, markdown and html");
}

TEST_CASE("slugs")
{
  CHECK(is_slug("coi-register"));
  CHECK(is_slug("2026.1_a"));
  CHECK_FALSE(is_slug("-x"));
  CHECK_FALSE(is_slug("Upper"));
  CHECK_FALSE(is_slug(std::string(65, 'a')));
  CHECK(is_slug(std::string(64, 'a')));
}

TEST_CASE("dates are real calendar dates")
{
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2025-02-29").has_value());
  CHECK_FALSE(parse_date("2025-13-01").has_value());
  CHECK_FALSE(parse_date("2025-1-01").has_value());
  CHECK_FALSE(parse_date("2025-01-01x").has_value());
  CHECK_FALSE(parse_date("0000-01-01").has_value());
  CHECK(to_string(*parse_date("2026-03-31")) == "2026-03-31");
  CHECK(is_partial_date("2018"));
  CHECK(is_partial_date("2018-10"));
  CHECK_FALSE(is_partial_date("2018-00"));
  CHECK(*parse_date("2025-12-31") < *parse_date("2026-01-01"));
}

TEST_CASE("dates as people in the UK read them, and how long ago")
{
  CHECK(long_date(Date{2027, 3, 31}) == "31 March 2027");
  CHECK(long_date(Date{2027, 1, 1}) == "1 January 2027");
  CHECK(short_date(Date{2027, 3, 31}) == "31 Mar 2027");
  CHECK(short_date(Date{2026, 9, 5}) == "5 Sep 2026");
  CHECK(days_between(Date{2026, 12, 31}, Date{2027, 1, 1}) == 1);
  CHECK(days_between(Date{2027, 1, 1}, Date{2026, 12, 31}) == -1);
  CHECK(days_between(Date{2028, 2, 1}, Date{2028, 3, 1}) == 29);
  CHECK(add_days(Date{2026, 12, 31}, 1) == Date{2027, 1, 1});
  CHECK(add_days(Date{2028, 2, 28}, 1) == Date{2028, 2, 29});
  CHECK(add_days(Date{2027, 1, 1}, -1) == Date{2026, 12, 31});
  CHECK(add_days(Date{2026, 12, 7}, 30) == Date{2027, 1, 6});
  CHECK(elapsed_text(1) == "1 day");
  CHECK(elapsed_text(0) == "0 days");
  CHECK(elapsed_text(13) == "13 days");
  CHECK(elapsed_text(14) == "2 weeks");
  CHECK(elapsed_text(21) == "3 weeks");
  CHECK(elapsed_text(62) == "8 weeks");
  CHECK(elapsed_text(63) == "2 months");
  CHECK(elapsed_text(400) == "13 months");
}

TEST_CASE("one decimal place")
{
  CHECK(one_decimal(72.46) == "72.5");
  CHECK(one_decimal(100) == "100.0");
  CHECK(one_decimal(-0.01) == "0.0");
  CHECK(one_decimal(81.25) == "81.3");
  CHECK(one_decimal(0.05) == "0.1");
}

TEST_CASE("JSON is escaped, ordered and valid UTF-8")
{
  JsonWriter json;
  json.begin_object();
  json.key("s").string("a\"b\\c\n\x01\xE2\x80\xA8");
  json.key("n").number(72.5);
  json.key("empty").begin_array().end_array();
  json.key("bad").string("\xFF");
  json.key("null").null();
  json.end_object();
  CHECK(json.str()
        == "{\n  \"s\": \"a\\\"b\\\\c\\n\\u0001\\u2028\",\n  \"n\": 72.5,\n  \"empty\": [],\n"
           "  \"bad\": \"\xEF\xBF\xBD\",\n  \"null\": null\n}\n");
}

TEST_CASE("HTML and Markdown escaping")
{
  CHECK(html_escape("<script>alert('x')</script> & \"q\"")
        == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  CHECK(markdown_escape("a | b *c* [l](u) <b>") == "a \\| b \\*c\\* \\[l\\](u) &lt;b&gt;");
  CHECK(markdown_escape("# not a heading") == "\\# not a heading");
  CHECK(markdown_paragraphs("a\nb\n\n- x*\n- y") == "a b\n\n- x\\*\n- y");
  CHECK(markdown_cell("line one\nline | two") == "line one<br>line \\| two");
  CHECK(safe_url("https://example.org/a?b=c") == "https://example.org/a?b=c");
  CHECK(safe_url("javascript:alert(1)").empty());
  CHECK(safe_url("https://x.org/\"onmouseover").empty());
}

namespace {

// Returns the UTF-8 encoding of `cp`.
std::string
utf8(char32_t cp)
{
  std::string out;
  append_utf8(out, cp);
  return out;
}

// Returns true when `text` holds a code point of hidden_ranges() raw.
bool
has_hidden(std::string_view text)
{
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = decode_utf8(text, pos);
    if (cp && is_hidden_control(*cp)) {
      return true;
    }
  }
  return false;
}

} // namespace

TEST_CASE("one table of hidden characters: sorted, and the ones round three found are in it")
{
  const auto ranges = hidden_ranges();
  REQUIRE(!ranges.empty());
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    CHECK(ranges[i].first <= ranges[i].last);
    CHECK(!ranges[i].what.empty());
    if (i > 0) {
      CHECK(ranges[i - 1].last < ranges[i].first);
    }
  }
  for (const char32_t cp : {U'\u00ad',
                            U'\u180e',
                            U'\ufff9',
                            U'\ufffa',
                            U'\ufffb',
                            U'\U000e0000',
                            U'\U000e0001',
                            U'\U000e0041',
                            U'\U000e007f',
                            char32_t{0xFFFE},
                            char32_t{0xFFFF},
                            U'\u206a',
                            U'\u202e',
                            U'\u2066',
                            U'\ufeff'}) {
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(is_hidden_control(cp));
  }
  for (const char32_t cp : {U'a',
                            U'\n',
                            U'\t',
                            U'\u00a0',
                            U'\u00e9',
                            U'\ufffd',
                            U'\U0001f600',
                            U'\U000e0080',
                            U'\ufe0f'}) {
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(!is_hidden_control(cp));
  }
  CHECK(for_terminal("tag" + utf8(U'\U000e0041') + "x") == "tag\\U000e0041x");
  CHECK(for_terminal("soft" + utf8(U'\u00ad') + "hyphen") == "soft\\u00adhyphen");
  CHECK(for_terminal("non" + utf8(0xFFFE)) == "non\\ufffe");
}

TEST_CASE("every sink makes every hidden character visible, the same way")
{
  // The first, a middle and the last code point of every range of the one
  // table, through every sink's escaping function: none reaches it raw.
  for (const auto& range : hidden_ranges()) {
    const char32_t middle = range.first + (range.last - range.first) / 2;
    for (const char32_t cp : {range.first, middle, range.last}) {
      if (cp == '\0') {
        continue; // NUL never reaches a sink: the loader refuses it
      }
      // Appended, not "a" + ... + "b": GCC 12 at -O2 inlines that into an
      // overlapping memcpy and warns (-Wrestrict, a false positive).
      std::string text = "a";
      text += utf8(cp);
      text += 'b';
      CAPTURE(static_cast<unsigned>(cp));
      const std::string visible = visible_escape(cp);
      std::string shown = "a";
      shown += visible;
      shown += 'b';
      CHECK(for_terminal(text) == shown);
      CHECK(!has_hidden(for_terminal_line(text)));
      CHECK(!has_hidden(html_escape(text)));
      CHECK(html_escape(text).find(visible) != std::string::npos);
      CHECK(!has_hidden(markdown_escape(text)));
      CHECK(!has_hidden(markdown_cell(text)));
      CHECK(!has_hidden(markdown_paragraphs(text)));
      CHECK(!has_hidden(csv_cell(text)));
      CHECK(csv_cell(text).find(visible) != std::string::npos);
      CHECK(!has_hidden(json_quote(text)));
    }
  }
}

TEST_CASE("JSON escapes hidden characters above U+FFFF as a surrogate pair")
{
  CHECK(json_quote(utf8(U'\U000e0041')) == "\"\\udb40\\udc41\"");
  CHECK(json_quote(utf8(U'\U000e007f')) == "\"\\udb40\\udc7f\"");
  CHECK(json_quote(utf8(0xFFFE)) == "\"\\ufffe\"");
  std::string quoted = "\"";
  quoted += utf8(U'\U0001f600');
  quoted += '"';
  CHECK(json_quote(utf8(U'\U0001f600')) == quoted);
}
