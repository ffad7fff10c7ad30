// Tests of the response workbook's round trip (core/response.cpp,
// core/response_import.cpp, core/xlsx_reader.cpp, core/csv_reader.cpp and
// report/response_xlsx.cpp): export then import gives back the answers
// file byte for byte, for every example file and random assessments; every
// problem is named by its cell; hostile workbooks are refused by name.
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/catalog.hpp>
#include <ftsu/core/csv_reader.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/response.hpp>
#include <ftsu/core/xlsx_reader.hpp>
#include <ftsu/report/response.hpp>
#include <ftsu/util/strings.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "testutil.hpp"

using namespace ftsu;
using namespace ftsu::core;

namespace {

std::string
messages_of(const DiagnosticSink& sink)
{
  return util::join(test::formatted(sink), "\n");
}

std::string
read_whole_file(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The checklist `answers` names: bundled, or the local example.
ChecklistPtr
checklist_for(const AnswersFile& answers)
{
  Catalog catalog;
  const auto examples = std::filesystem::path(FTSU_SOURCE_DIR) / "examples";
  catalog.add_file((examples / "local-checklist.yaml").string(),
                   read_whole_file(examples / "local-checklist.yaml"));
  catalog.add_bundled();
  const CatalogEntry* entry = catalog.find(answers.checklist, answers.checklist_version);
  if (entry == nullptr) {
    entry = catalog.find(answers.checklist, std::nullopt);
  }
  REQUIRE(entry != nullptr);
  DiagnosticSink sink(entry->origin);
  auto checklist = load_entry(*entry, sink);
  REQUIRE(checklist);
  return checklist;
}

AnswersFile
load(const std::string& text)
{
  DiagnosticSink sink("answers.yaml");
  auto answers = load_answers(text, sink);
  REQUIRE_MESSAGE(!sink.has_errors(), messages_of(sink));
  return std::move(*answers);
}

// Exports `answers` and imports the workbook; returns the imported file's
// text, or the problems.
std::string
round_trip(const AnswersFile& answers, const Checklist& checklist, DiagnosticSink& sink)
{
  report::ResponseOptions options;
  options.today = util::Date{2027, 1, 15};
  const std::string bytes = report::response_xlsx(answers, checklist, options);
  const XlsxSheets sheets = read_xlsx(bytes, k_response_items_sheet);
  const AnswersFile back = read_response(sheets.first, sheets.items, checklist, {}, sink);
  return write_answers(back, &checklist);
}

} // namespace

TEST_CASE("export then import gives back every example file byte for byte")
{
  const auto examples = std::filesystem::path(FTSU_SOURCE_DIR) / "examples";
  std::size_t checked = 0;
  for (const auto& file : std::filesystem::directory_iterator(examples)) {
    const std::string text = read_whole_file(file.path());
    if (file.path().extension() != ".yaml"
        || text.find("ftsu-gap/answers/v1") == std::string::npos) {
      continue;
    }
    CAPTURE(file.path().filename().string());
    const AnswersFile answers = load(text);
    if (answers.merged()) {
      continue;
    }
    const ChecklistPtr checklist = checklist_for(answers);
    const std::string normal = write_answers(answers, checklist.get());
    DiagnosticSink sink("response.xlsx");
    const std::string back = round_trip(answers, *checklist, sink);
    CHECK_MESSAGE(!sink.has_errors(), messages_of(sink));
    CHECK(back == normal);
    ++checked;
  }
  CHECK(checked >= 8);
}

namespace {

// A random assessment of `checklist`: every scale option, unanswered
// items, long texts, Unicode, line breaks and text that looks like a
// formula, from `seed`.
AnswersFile
random_answers(const Checklist& checklist, unsigned seed)
{
  std::mt19937 random(seed);
  const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  static const std::vector<std::string> k_texts = {
      "=HYPERLINK(\"http://example.invalid\",\"click\")",
      "+44 20 7946 0000",
      "-1",
      "@SUM(A1:A2)",
      "Årsrapport, Ünïcödé — “quotes” and emoji 🙂",
      "Line one\nLine two\n\nLine four",
      "a: b # not a comment",
      "null",
      "2027-03-31",
      "\"quoted\" and 'single'",
      "أ ب ت and 中文",
  };
  AnswersFile answers;
  answers.checklist = checklist.id;
  answers.checklist_version = checklist.version;
  answers.organisation = "Ynys Môn Health Board — \"pilot\"";
  answers.period = "2026/27";
  answers.respondent = "Non-executive director";
  answers.assessed_on = util::Date{2027, 2, 28};
  answers.assessors = {"Ann Example", "Bob O'Brien"};
  const auto text = [&]() -> util::OptionalText {
    switch (pick(4)) {
    case 0:
      return std::nullopt;
    case 1:
      return k_texts[pick(k_texts.size())];
    case 2: {
      std::string long_text;
      while (long_text.size() < 3000) {
        long_text += k_texts[pick(k_texts.size())] + " ";
      }
      long_text.pop_back();
      return long_text;
    }
    default:
      return "Plain text " + std::to_string(random());
    }
  };
  std::size_t option = 0;
  for (const auto& id : checklist.item_ids()) {
    AnswerEntry entry;
    entry.item_id = id;
    // Every option in turn, and some unanswered.
    if (option % (checklist.scale.size() + 1) < checklist.scale.size()) {
      entry.answer = checklist.scale[option % (checklist.scale.size() + 1)].key;
    }
    ++option;
    entry.evidence = text();
    entry.action = text();
    if (entry.action) {
      entry.owner = text();
      if (pick(2) == 0) {
        entry.due =
            util::Date{2027, static_cast<int>(1 + pick(12)), static_cast<int>(1 + pick(28))};
      }
      if (pick(2) == 0) {
        entry.status = static_cast<ActionStatus>(pick(3));
      }
      entry.progress = text();
    }
    entry.note = text();
    answers.answers.push_back(std::move(entry));
  }
  return answers;
}

ChecklistPtr
bundled_checklist(std::string_view id)
{
  AnswersFile reference;
  reference.checklist = std::string(id);
  return checklist_for(reference);
}

} // namespace

TEST_CASE("export then import gives back random assessments byte for byte")
{
  for (const std::string_view id : {"ngo-case-reviews", "leaders-guide-2022", "ftsu-policy-2022"}) {
    const ChecklistPtr checklist = bundled_checklist(id);
    for (unsigned seed = 1; seed <= 4; ++seed) {
      CAPTURE(id);
      CAPTURE(seed);
      // The normal form: the file as written, then read back and written.
      const AnswersFile answers = load(write_answers(random_answers(*checklist, seed), nullptr));
      const std::string normal = write_answers(answers, checklist.get());
      DiagnosticSink sink("response.xlsx");
      const std::string back = round_trip(answers, *checklist, sink);
      CHECK_MESSAGE(!sink.has_errors(), messages_of(sink));
      CHECK(back == normal);
    }
  }
}

namespace {

// A table like the Items sheet: its header row, then `rows`.
ResponseTable
items_table(std::vector<std::vector<std::string>> rows, bool csv = false)
{
  ResponseTable table;
  table.sheet = csv ? "" : "Items";
  table.csv = csv;
  std::vector<std::string> header;
  for (const auto& info : k_response_columns) {
    header.emplace_back(info.header);
  }
  table.cells.push_back(header);
  for (auto& row : rows) {
    row.resize(header.size());
    table.cells.push_back(std::move(row));
  }
  return table;
}

// A row for `id` with `answer` and `due`.
std::vector<std::string>
row(const std::string& id, const std::string& answer, const std::string& due = "")
{
  std::vector<std::string> cells(std::size(k_response_columns));
  cells[column_index(ResponseColumn::id)] = id;
  cells[column_index(ResponseColumn::answer)] = answer;
  cells[column_index(ResponseColumn::due)] = due;
  return cells;
}

// Rows for every item of `checklist`, unanswered.
std::vector<std::vector<std::string>>
all_rows(const Checklist& checklist)
{
  std::vector<std::vector<std::string>> rows;
  for (const auto& id : checklist.item_ids()) {
    rows.push_back(row(id, ""));
  }
  return rows;
}

} // namespace

TEST_CASE("import names every problem by sheet, cell and item, all at once")
{
  const ChecklistPtr checklist = bundled_checklist("ngo-case-reviews");
  auto rows = all_rows(*checklist);
  rows[12] = row(rows[12][1], "Mostly");
  rows[13] = row(rows[13][1], "met", "next March");
  rows.push_back(row("no-such-item", "Met"));
  rows.push_back({"", "", "", "", "", "an added row's evidence"});
  const std::string deleted = rows[20][1];
  rows.erase(rows.begin() + 20);
  DiagnosticSink sink("reply.xlsx");
  (void)read_response({}, items_table(rows), *checklist, {}, sink);
  const auto messages = messages_of(sink);
  CHECK(messages.find(fmt::format("Items!E14 ({}): 'Mostly' is not one of Met, Partially met, Not "
                                  "met, Not applicable",
                                  rows[12][1]))
        != std::string::npos);
  CHECK(messages.find(fmt::format("Items!J15 ({}): 'next March' is not a date", rows[13][1]))
        != std::string::npos);
  CHECK(messages.find("'no-such-item' is not an item of checklist ngo-case-reviews")
        != std::string::npos);
  CHECK(messages.find("a row without an item id (added?)") != std::string::npos);
  CHECK(messages.find(fmt::format("item '{}' has no row (deleted?)", deleted))
        != std::string::npos);
  CHECK(sink.error_count() == 5);
}

TEST_CASE("import reads dates as people type them and spreadsheets store them")
{
  CHECK(parse_response_date("31/03/2027", true) == util::Date{2027, 3, 31});
  CHECK(parse_response_date("31-Mar-2027", true) == util::Date{2027, 3, 31});
  CHECK(parse_response_date("31 March 2027", true) == util::Date{2027, 3, 31});
  CHECK(parse_response_date("2027-03-31", true) == util::Date{2027, 3, 31});
  CHECK(parse_response_date("2027-03-31 00:00:00", true) == util::Date{2027, 3, 31});
  CHECK(parse_response_date("46477", true) == util::Date{2027, 3, 31});
  CHECK(parse_response_date("46477.0", true) == util::Date{2027, 3, 31});
  CHECK_FALSE(parse_response_date("46477", false));
  CHECK_FALSE(parse_response_date("31/02/2027", true));
  CHECK_FALSE(parse_response_date("next March", true));
  CHECK_FALSE(parse_response_date("1", true));
}

TEST_CASE("the CSV reader takes quotes, line breaks, a BOM and Excel's ';' variant")
{
  SUBCASE("quotes and a line break inside a field")
  {
    const auto table =
        read_csv("Id,Answer,Evidence\r\nx,Met,\"a \"\"quoted\"\", two\nlines\"\r\n", "");
    REQUIRE(table.cells.size() == 2);
    CHECK(table.cells[1][2] == "a \"quoted\", two\nlines");
  }
  SUBCASE("a BOM and semicolons")
  {
    const auto table = read_csv("\xEF\xBB\xBFId;Answer;Due\nx;Partially met;31/03/2027\n", "");
    REQUIRE(table.cells.size() == 2);
    CHECK(table.cells[0][0] == "Id");
    CHECK(table.cells[1][1] == "Partially met");
    CHECK(table.cells[1][2] == "31/03/2027");
  }
  SUBCASE("Excel's sep= line")
  {
    const auto table = read_csv("sep=;\nId;Answer,with comma\n", "");
    REQUIRE(table.cells.size() == 1);
    CHECK(table.cells[0][1] == "Answer,with comma");
  }
  SUBCASE("a quote left open, and text that is not UTF-8, are refused")
  {
    CHECK_THROWS_WITH_AS(read_csv("Id\n\"open", ""), doctest::Contains("never closed"), Error);
    CHECK_THROWS_WITH_AS(read_csv("Id\n\xE9t\xE9", ""), doctest::Contains("CSV UTF-8"), Error);
  }
}

TEST_CASE("the workbook reader refuses what is not a whole workbook")
{
  const ChecklistPtr checklist = bundled_checklist("ngo-case-reviews");
  AnswersFile answers = load(write_answers(random_answers(*checklist, 7), nullptr));
  report::ResponseOptions options;
  const std::string bytes = report::response_xlsx(answers, *checklist, options);
  SUBCASE("a truncated zip")
  {
    CHECK_THROWS_WITH_AS(read_xlsx(bytes.substr(0, bytes.size() / 2), "Items"),
                         doctest::Contains("refused as a workbook"),
                         Error);
  }
  SUBCASE("not a zip")
  {
    CHECK_THROWS_WITH_AS(
        read_xlsx("Id,Answer\n", "Items"), doctest::Contains("not a zip archive"), Error);
  }
  SUBCASE("a damaged part")
  {
    std::string damaged = bytes;
    for (std::size_t i = damaged.size() / 3; i < damaged.size() / 3 + 64; ++i) {
      damaged[i] = static_cast<char>(~damaged[i]);
    }
    CHECK_THROWS_AS(read_xlsx(damaged, "Items"), Error);
  }
}
