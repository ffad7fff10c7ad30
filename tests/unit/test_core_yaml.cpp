// Tests for src/ftsu/core/yaml.cpp: the limits of
// docs/spec.md#errors-and-bad-input and the
// yaml-cpp 0.7 behaviours the tree builder must not let through.
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/utf8.hpp>

#include "testutil.hpp"

using ftsu::core::DiagnosticSink;
namespace yaml = ftsu::core::yaml;

namespace {

struct Parsed : ftsu::test::Messages
{
  std::optional<yaml::Node> root;
};

Parsed
parse(std::string_view text)
{
  DiagnosticSink sink("y.yaml");
  Parsed out;
  out.root = yaml::parse(text, sink);
  out.messages = ftsu::test::formatted(sink);
  return out;
}

} // namespace

TEST_CASE("scalars keep their text and whether they were quoted")
{
  const auto p = parse("a: 010\nb: \"null\"\nc: null\nd:\ne: ~\nf: 'yes'\n");
  REQUIRE(p.root);
  CHECK(p.messages.empty());
  CHECK(p.root->find("a")->text == "010");
  CHECK_FALSE(p.root->find("a")->quoted);
  CHECK(p.root->find("b")->text == "null");
  CHECK(p.root->find("b")->quoted);
  CHECK(p.root->find("c")->is_null());
  CHECK(p.root->find("d")->is_null());
  CHECK(p.root->find("e")->is_null());
  CHECK(p.root->find("f")->quoted);
}

TEST_CASE("marks are 1-based lines and character columns")
{
  const auto p = parse("title: x\nüüü: y\n");
  REQUIRE(p.root);
  CHECK(p.root->find("title")->mark.line == 1);
  CHECK(p.root->find("title")->mark.column == 8);
  // Three two-byte characters: byte column 8, character column 6.
  CHECK(p.root->find("üüü")->mark.line == 2);
  CHECK(p.root->find("üüü")->mark.column == 6);
}

TEST_CASE("marks on one very long line are computed in linear time")
{
  // 150,000 nodes on one line took 13 s when each column was counted from
  // the start of the line; it must now be a fraction of a second (no timing
  // is asserted: the column of the last node is).
  std::string text = "a: [";
  for (int i = 0; i < 150000; ++i) {
    text += "é,";
  }
  text += "z]\n";
  const auto p = parse(text);
  REQUIRE(p.root);
  const auto& items = p.root->find("a")->items;
  REQUIRE(items.size() == 150001);
  CHECK(items[1].mark.column == 7);
  CHECK(items.back().mark.column == 5 + 2 * 150000);
}

TEST_CASE("an empty value is marked at its key")
{
  const auto p = parse("a: 1\nb:\nc: 2\n");
  REQUIRE(p.root);
  CHECK(p.root->find("b")->mark.line == 2);
}

TEST_CASE("a BOM and CRLF line ends are accepted")
{
  const auto p = parse("\xEF\xBB\xBF"
                       "a: 1\r\nb: two\r\n");
  REQUIRE_MESSAGE(p.root, p.all());
  CHECK(p.root->find("a")->text == "1");
  CHECK(p.root->find("b")->text == "two");
  CHECK(p.root->find("b")->mark.line == 2);
}

TEST_CASE("duplicate keys are caught, the first kept")
{
  const auto p = parse("a: 1\nb: 2\na: 3\n");
  CHECK(p.all()
        == "ftsu-gap: error: y.yaml:3:1: duplicate key 'a' (first given at line 1); each "
           "key may appear once in a mapping\n");
  REQUIRE(p.root);
  CHECK(p.root->entries.size() == 2);
  CHECK(p.root->find("a")->text == "1");
}

TEST_CASE("duplicate keys are caught in large mappings and in nested ones")
{
  // Small mappings are searched, mappings of 16 keys or more hashed; a
  // duplicate is found either side of that line, and nested mappings at the
  // same depth (whose reading frames are reused) do not see each other's keys.
  for (const int duplicate_at : {3, 15, 16, 17, 40}) {
    CAPTURE(duplicate_at);
    std::string text;
    for (int i = 0; i < 50; ++i) {
      text += fmt::format("k{}: {}\n", i == duplicate_at ? 1 : i, i);
    }
    const auto p = parse(text);
    CHECK_MESSAGE(p.all().find(fmt::format(
                      "y.yaml:{}:1: duplicate key 'k1' (first given at line 2)", duplicate_at + 1))
                      != std::string::npos,
                  p.all());
    REQUIRE(p.root);
    CHECK(p.root->entries.size() == 49);
    CHECK(p.root->find("k1")->text == "1");
  }
  std::string nested;
  for (int m = 0; m < 3; ++m) {
    nested += fmt::format("m{}:\n", m);
    for (int i = 0; i < 20; ++i) {
      nested += fmt::format("  k{}: {}\n", i, m);
    }
  }
  const auto p = parse(nested);
  CHECK_MESSAGE(p.all().empty(), p.all());
  REQUIRE(p.root);
  REQUIRE(p.root->entries.size() == 3);
  CHECK(p.root->find("m2")->entries.size() == 20);
  CHECK(p.root->find("m2")->find("k19")->text == "2");
}

TEST_CASE("quoted and plain spellings of one key are the same key")
{
  const auto p = parse("a: 1\n'a': 2\n");
  CHECK_MESSAGE(p.all().find("y.yaml:2:1: duplicate key 'a'") != std::string::npos, p.all());
}

TEST_CASE("anchors and aliases are refused, cycles included")
{
  SUBCASE("an anchor and its alias")
  {
    const auto p = parse("a: &x 1\nb: *x\n");
    CHECK_MESSAGE(p.all().find("y.yaml:1:4: YAML anchors ('&x') are not allowed")
                      != std::string::npos,
                  p.all());
    CHECK_MESSAGE(p.all().find("y.yaml:2:4: YAML aliases ('*name') are not allowed")
                      != std::string::npos,
                  p.all());
  }
  SUBCASE("a self-referencing mapping")
  {
    const auto p = parse("&a {k: *a}\n");
    CHECK_MESSAGE(p.all().find("YAML anchors ('&a') are not allowed") != std::string::npos,
                  p.all());
  }
  SUBCASE("billion laughs")
  {
    std::string text = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
      const char prev = static_cast<char>(c - 1);
      text += fmt::format(
          "{0}: &{0} [*{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}]\n", c, prev);
    }
    const auto p = parse(text);
    CHECK(p.messages.size() > 9);
  }
}

TEST_CASE("tags are refused, except !!str")
{
  CHECK(parse("a: !!str 2026\n").messages.empty());
  CHECK(parse("a: !!str 2026\n").root->find("a")->quoted);
  const auto p = parse("a: !!int 3\n");
  CHECK(p.all()
        == "ftsu-gap: error: y.yaml:1:4: YAML tags ('tag:yaml.org,2002:int') are not "
           "supported; remove the tag and write the value plainly or in quotes\n");
}

TEST_CASE("a second document is refused")
{
  const auto p = parse("a: 1\n---\nb: 2\n");
  CHECK(p.all()
        == "ftsu-gap: error: y.yaml:2:1: a second YAML document starts here; a file holds "
           "exactly one checklist or answers document (remove the '---' or '...' line and "
           "what follows)\n");
  CHECK_FALSE(p.root);
}

TEST_CASE("nesting deeper than 64 is refused before yaml-cpp's own limit")
{
  SUBCASE("65 flow lists")
  {
    const auto p = parse(std::string(65, '[') + std::string(65, ']'));
    CHECK_MESSAGE(p.all()
                      == "ftsu-gap: error: y.yaml:1:65: nesting is deeper than 64 levels; the "
                         "file is refused\n",
                  p.all());
  }
  SUBCASE("64 levels load")
  {
    CHECK(parse(std::string(64, '[') + std::string(64, ']')).messages.empty());
  }
  SUBCASE("100,000 open brackets end quickly in a clean error")
  {
    const auto p = parse(std::string(100000, '['));
    REQUIRE(p.messages.size() == 1);
    CHECK(p.messages[0].find("nesting is deeper than 64 levels") != std::string::npos);
  }
}

TEST_CASE("strings over 64 KiB are refused")
{
  const auto p = parse("a: " + std::string(64 * 1024 + 1, 'x') + "\n");
  CHECK(p.all()
        == "ftsu-gap: error: y.yaml:1:4: this text is 64 KiB long; values longer than 64 "
           "KiB are refused\n");
  CHECK(parse("a: " + std::string(64 * 1024, 'x') + "\n").messages.empty());
}

TEST_CASE("files over 16 MiB are refused before parsing")
{
  const std::string big(16 * 1024 * 1024 + 1, '#');
  const auto p = parse(big);
  CHECK(
      p.all()
      == "ftsu-gap: error: y.yaml:1:1: the file is larger than 16 MiB; larger files are refused\n");
}

TEST_CASE("bytes that are not UTF-8 are refused with their position")
{
  SUBCASE("a stray byte")
  {
    const auto p = parse("a: ok\nb: caf\xE9\n");
    CHECK(p.all()
          == "ftsu-gap: error: y.yaml:2:7: the file is not valid UTF-8 (byte 0xe9); save it "
             "as UTF-8\n");
  }
  SUBCASE("an overlong encoding")
  {
    CHECK(parse("a: \xC0\xAF\n").messages.size() == 1);
  }
  SUBCASE("a surrogate")
  {
    CHECK(parse("a: \xED\xA0\x80\n").messages.size() == 1);
  }
  SUBCASE("UTF-16 with its BOM")
  {
    CHECK(parse("\xFF\xFE"
                "a\0:\0")
              .messages.size()
          == 1);
  }
}

TEST_CASE("a NUL byte is refused")
{
  const auto p = parse(std::string("a: x\nb: y\0z\n", 12));
  CHECK(p.all()
        == "ftsu-gap: error: y.yaml:2:5: the file contains a NUL byte; a checklist or "
           "answers file must be UTF-8 text\n");
}

TEST_CASE("malformed YAML points at the line")
{
  const auto p = parse("a: 1\n  b: 2\nc: [1, 2\n");
  REQUIRE(p.messages.size() == 1);
  CHECK_MESSAGE(p.messages[0].starts_with("ftsu-gap: error: y.yaml:2:4: the YAML is malformed: "
                                          "illegal map value"),
                p.all());
}

TEST_CASE("an empty file or one with only comments is an error")
{
  CHECK(parse("").messages.size() == 1);
  CHECK(parse("# nothing here\n").messages.size() == 1);
  CHECK(parse("").messages[0].starts_with("ftsu-gap: error: y.yaml:1:1: the file is empty"));
}

TEST_CASE("keys must be scalars")
{
  const auto p = parse("? [a, b]\n: 1\n");
  CHECK_MESSAGE(p.all().find("y.yaml:1:3: a mapping key must be a plain name, not a list")
                    != std::string::npos,
                p.all());
}

TEST_CASE("the escapes for NEL and no-break space are kept as the characters they name")
{
  const auto p = parse("a: \"x\\Ny\\_z\\Lw\\Pv\"\n");
  REQUIRE_MESSAGE(p.root, p.all());
  CHECK(p.root->entries[0].value.text == "x\xC2\x85y\xC2\xA0z\xE2\x80\xA8w\xE2\x80\xA9v");
}

TEST_CASE("double-quoted output escapes everything not printable in YAML, and reads back")
{
  const std::vector<std::string> texts{"T\x7f",
                                       "p\xE2\x80\xA8q",
                                       "a\xC2\x85"
                                       "b",
                                       "\xEF\xBB\xBF"
                                       "bom",
                                       "esc\x1b[2J",
                                       "nul\x01",
                                       "quote \" and \\",
                                       "tab\there",
                                       "line\nbreak",
                                       "\xC2\x9b"
                                       "csi",
                                       "rtl\xE2\x80\xAE"
                                       "x",
                                       "zw\xE2\x80\x8B"
                                       "x",
                                       "caf\xC3\xA9 \xE6\x97\xA5"};
  for (const auto& text : texts) {
    const std::string quoted = yaml::double_quoted(text);
    CHECK_MESSAGE(ftsu::util::for_terminal_line(quoted) == quoted, quoted);
    const auto back = parse("a: " + quoted + "\n");
    REQUIRE_MESSAGE(back.root, back.all());
    CHECK(back.root->entries[0].value.text == text);
    const std::string written = yaml::scalar(text);
    CHECK_MESSAGE(ftsu::util::for_terminal_line(written) == written, written);
  }
}

TEST_CASE("children are an exact array that owns its nodes")
{
  std::vector<yaml::Node> from(3);
  from[0].text = "a rather long first text, longer than fifteen bytes";
  from[2].kind = yaml::Kind::scalar;
  yaml::Children<yaml::Node> children(std::move(from));
  CHECK(from.empty());
  REQUIRE(children.size() == 3);
  CHECK_FALSE(children.empty());
  CHECK(children.front().text == "a rather long first text, longer than fifteen bytes");
  CHECK(children.back().is_scalar());
  CHECK(children.end() - children.begin() == 3);

  SUBCASE("a copy is deep")
  {
    yaml::Children<yaml::Node> copy = children;
    copy[0].text = "changed";
    CHECK(children[0].text == "a rather long first text, longer than fifteen bytes");
    CHECK(copy.size() == 3);
  }
  SUBCASE("a move leaves the source empty")
  {
    yaml::Children<yaml::Node> moved = std::move(children);
    CHECK(moved.size() == 3);
    CHECK(children.empty()); // NOLINT(bugprone-use-after-move): the state is specified
    CHECK(children.begin() == children.end());
  }
  SUBCASE("an empty one has no elements")
  {
    const yaml::Children<yaml::Node> none;
    CHECK(none.empty());
    CHECK(none.size() == 0);
    CHECK(none.begin() == none.end());
  }
}

TEST_CASE("a parsed tree copies deeply and frees what a loader releases")
{
  auto p = parse("a: [x, {k: v}]\nb: text\n");
  REQUIRE(p.root);
  yaml::Node copy = *p.root;
  yaml::Node* a = p.root->find("a");
  REQUIRE(a != nullptr);
  REQUIRE(a->items.size() == 2);
  a->items[1].release();
  CHECK(a->items[1].is_null());
  CHECK(a->items[1].entries.empty());
  CHECK(a->items[0].text == "x");
  // The copy made before is whole.
  REQUIRE(copy.find("a")->items.size() == 2);
  CHECK(copy.find("a")->items[1].find("k")->text == "v");
  CHECK(copy.find("b")->text == "text");
  p.root->release();
  CHECK(p.root->is_null());
  CHECK(p.root->find("b") == nullptr);
}

TEST_CASE("a mapping's entries keep file order and marks in the exact array")
{
  const auto p = parse("z: 1\na: 2\nm:\n  - 3\n");
  REQUIRE(p.root);
  REQUIRE(p.root->entries.size() == 3);
  CHECK(p.root->entries[0].key.text == "z");
  CHECK(p.root->entries[1].key.text == "a");
  CHECK(p.root->entries[2].key.mark.line == 3);
  CHECK(p.root->entries[2].value.items[0].mark.line == 4);
}

TEST_CASE("a mapping's key keeps only its text and mark")
{
  const auto p = parse("\"quoted key\": 1\nplain: {inner: 2}\n");
  REQUIRE(p.root);
  REQUIRE(p.root->entries.size() == 2);
  const yaml::Key& quoted = p.root->entries[0].key;
  CHECK(quoted.text == "quoted key");
  CHECK(quoted.mark.line == 1);
  CHECK(quoted.mark.column == 1);
  const yaml::Key& inner = p.root->entries[1].value.entries[0].key;
  CHECK(inner.text == "inner");
  CHECK(inner.mark.line == 2);
  CHECK(inner.mark.column == 9);
  CHECK(p.root->find("quoted key")->text == "1");
}
