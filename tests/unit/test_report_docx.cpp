// Tests for src/ftsu/report/docx.hpp, docx.cpp and docx_parts.cpp: the
// Word package builder's escaping, its chart part, its bytes (the same
// twice) and its reading of a reference document.
#include <ftsu/core/error.hpp>
#include <ftsu/report/docx.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

namespace docx = ftsu::report::docx;

docx::Properties
properties(std::string header)
{
  docx::Properties p;
  p.title = "Title";
  p.subject = "Subject";
  p.created = ftsu::util::Date{2026, 3, 26};
  p.header = std::move(header);
  return p;
}

docx::Document
small_document()
{
  docx::Document document;
  document.heading(1, "Section scores");
  document.paragraph("A <b>bold</b> & \"quoted\" claim");
  const docx::Column columns[] = {{"Item", 30}, {"Score", 70, true}};
  document.table(columns, {{docx::cell("a"), docx::cell("1")}});
  docx::BarChart chart;
  chart.title = "Scores";
  chart.categories = {"One", "Two & three"};
  chart.series = {{"2025/26", {50.0, std::nullopt}, "#005eb8"}};
  document.chart(chart);
  return document;
}

} // namespace

TEST_CASE("docx: text is escaped and XML 1.0's forbidden characters never written raw")
{
  CHECK(docx::xml_text("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
  SUBCASE("control characters become visible escapes")
  {
    const std::string text = docx::xml_text(std::string("a\x01z\x1b[31m\x7f") + "\xef\xbf\xbe");
    CHECK(text.find('\x01') == std::string::npos);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x7f') == std::string::npos);
    CHECK(text.find("\xef\xbf\xbe") == std::string::npos);
    CHECK(text.find("\\x01") != std::string::npos);
    CHECK(text.find("\\ufffe") != std::string::npos);
  }
  SUBCASE("NUL and ill-formed UTF-8")
  {
    const std::string text = docx::xml_text(std::string("a\0b\xff", 4));
    CHECK(text.find('\0') == std::string::npos);
    CHECK(text.find('\xff') == std::string::npos);
  }
}

TEST_CASE("docx: the chart part caches its categories and values")
{
  docx::BarChart chart;
  chart.title = "Section <scores>";
  chart.categories = {"Policy & process", "Training"};
  chart.series = {{"2025/26", {62.5, std::nullopt}, "#005eb8", {"#2e7d32", "#c62828"}}};
  const std::string xml = docx::chart_xml(chart);
  CHECK(xml.find("<c:barChart><c:barDir val=\"bar\"/>") != std::string::npos);
  CHECK(xml.find("<c:strCache><c:ptCount val=\"2\"/><c:pt idx=\"0\"><c:v>Policy &amp; "
                 "process</c:v></c:pt><c:pt idx=\"1\"><c:v>Training</c:v></c:pt>")
        != std::string::npos);
  // A section with no score has no bar, not a bar at 0.
  CHECK(xml.find("<c:ptCount val=\"2\"/><c:pt idx=\"0\"><c:v>62.5</c:v></c:pt></c:numCache>")
        != std::string::npos);
  CHECK(xml.find("Section &lt;scores&gt;") != std::string::npos);
  CHECK(xml.find("<a:srgbClr val=\"C62828\"/>") == std::string::npos);
  CHECK(xml.find("<a:srgbClr val=\"c62828\"/>") != std::string::npos);
  CHECK(xml.find("<c:legend>") == std::string::npos);
}

TEST_CASE("docx: a legend only where each series has one colour")
{
  docx::BarChart chart;
  chart.categories = {"Training"};
  chart.series = {{"2024/25", {50.0}, "#a6b2be"}, {"2025/26", {75.0}, "#005eb8"}};
  // Two series of a colour each: a legend tells them apart.
  CHECK(docx::chart_xml(chart).find("<c:legend>") != std::string::npos);
  // The latest drawn in its ratings' colours: no one swatch is true of it,
  // so no legend (the title names the series).
  chart.series[1].bar_colours = {"#2e7d32"};
  CHECK(docx::chart_xml(chart).find("<c:legend>") == std::string::npos);
}

TEST_CASE("docx: the same document gives the same bytes")
{
  const std::string first = small_document().finish(properties("Trust · checklist"));
  const std::string second = small_document().finish(properties("Trust · checklist"));
  CHECK(first.substr(0, 4) == "PK\x03\x04");
  CHECK(first == second);
  CHECK(first != small_document().finish(properties("Another trust")));
}

TEST_CASE("docx: a reference document's styles and running parts are read back")
{
  const std::string produced = small_document().finish(properties("Trust \x1b[2J & co"));
  const docx::Reference reference = docx::read_reference(produced, "paper.docx");
  REQUIRE(reference.parts.contains("word/styles.xml"));
  CHECK(reference.parts.at("word/styles.xml").find("w:styleId=\"Heading1\"") != std::string::npos);
  REQUIRE(reference.parts.contains("word/header1.xml"));
  const std::string& header = reference.parts.at("word/header1.xml");
  CHECK(header.find("Trust \\x1b[2J &amp; co") != std::string::npos);
  CHECK(header.find('\x1b') == std::string::npos);
  REQUIRE(reference.parts.contains("word/footer1.xml"));
  CHECK(reference.parts.at("word/footer1.xml").find("w:instr=\" PAGE \"") != std::string::npos);
  // Only styles, theme, headers, footers and media are taken.
  CHECK_FALSE(reference.parts.contains("word/document.xml"));
  CHECK_FALSE(reference.parts.contains("word/charts/chart1.xml"));
  SUBCASE("the reference's styles replace the built-in ones")
  {
    docx::Reference edited = reference;
    edited.parts["word/styles.xml"] = "<w:styles>house style</w:styles>";
    const std::string again = small_document().finish(properties("x"), &edited);
    CHECK(docx::read_reference(again, "again.docx").parts.at("word/styles.xml")
          == "<w:styles>house style</w:styles>");
  }
}

TEST_CASE("docx: a reference that is not a Word document is a usage error")
{
  const auto code = [](const std::string& bytes) {
    try {
      (void)docx::read_reference(bytes, "template.docx");
    } catch (const ftsu::core::Error& error) {
      CHECK(std::string(error.what()).find("template.docx") != std::string::npos);
      return error.code();
    }
    return ftsu::core::ExitCode::ok;
  };
  CHECK(code("not a zip file") == ftsu::core::ExitCode::usage);
  CHECK(code("") == ftsu::core::ExitCode::usage);
}
