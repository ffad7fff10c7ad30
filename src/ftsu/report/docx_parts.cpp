#include <ftsu/report/docx_parts.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report::docx {

namespace {

constexpr std::string_view k_xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view k_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view k_r =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view k_rel_type =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr std::string_view k_type = "application/vnd.openxmlformats-officedocument.";

// The built-in styles: Arial as NHS documents use it, headings in NHS blue,
// Word's own style ids and names so a reference document's styles replace
// them one for one.
constexpr std::string_view k_styles =
    R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="425563"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:color w:val="425563"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="B7791F"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FDF1D8"/><w:ind w:left="170"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SmallText"><w:name w:val="Small text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:color w:val="425563"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="9866"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="425563"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:color w:val="425563"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6B2BE"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6B2BE"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6B2BE"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6B2BE"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6B2BE"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6B2BE"/></w:tblBorders></w:tblPr></w:style>
)";

std::string
styles_xml()
{
  return fmt::format("{}<w:styles xmlns:w=\"{}\">\n{}</w:styles>\n", k_xml, k_w, k_styles);
}

std::string
header_xml(const Properties& properties)
{
  return fmt::format(
      "{}<w:hdr xmlns:w=\"{}\" xmlns:r=\"{}\"><w:p><w:pPr><w:pStyle "
      "w:val=\"Header\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p></w:hdr>\n",
      k_xml,
      k_w,
      k_r,
      xml_text(properties.header));
}

std::string
footer_xml()
{
  constexpr std::string_view k_field =
      "<w:fldSimple w:instr=\" {} \"><w:r><w:t>1</w:t></w:r></w:fldSimple>";
  return fmt::format(
      "{}<w:ftr xmlns:w=\"{}\" xmlns:r=\"{}\"><w:p><w:pPr><w:pStyle "
      "w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Page "
      "</w:t></w:r>{}<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>{}</w:p></w:ftr>\n",
      k_xml,
      k_w,
      k_r,
      fmt::format(fmt::runtime(k_field), "PAGE"),
      fmt::format(fmt::runtime(k_field), "NUMPAGES"));
}

std::string
settings_xml()
{
  return fmt::format(
      "{}<w:settings xmlns:w=\"{}\"><w:defaultTabStop w:val=\"709\"/>"
      "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting "
      "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
      "w:val=\"15\"/></w:compat></w:settings>\n",
      k_xml,
      k_w);
}

std::string
document_xml(const std::string& body, const std::string& header_id, const std::string& footer_id)
{
  return fmt::format(
      "{}<w:document xmlns:w=\"{}\" xmlns:r=\"{}\" "
      "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><w:body>{}"
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"{}\"/><w:footerReference "
      "w:type=\"default\" r:id=\"{}\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar "
      "w:top=\"{m}\" w:right=\"{m}\" w:bottom=\"{m}\" w:left=\"{m}\" w:header=\"567\" "
      "w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>\n",
      k_xml,
      k_w,
      k_r,
      body,
      header_id,
      footer_id,
      fmt::arg("m", k_margin));
}

std::string
core_xml(const Properties& properties)
{
  const std::string when = util::to_string(properties.created) + "T00:00:00Z";
  return fmt::format(
      "{}<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title>"
      "<dc:subject>{}</dc:subject><dc:creator>ftsu-gap</dc:creator><dcterms:created "
      "xsi:type=\"dcterms:W3CDTF\">{}</dcterms:created><dcterms:modified "
      "xsi:type=\"dcterms:W3CDTF\">{}</dcterms:modified></cp:coreProperties>\n",
      k_xml,
      xml_text(properties.title),
      xml_text(properties.subject),
      when,
      when);
}

std::string
app_xml()
{
  return fmt::format("{}<Properties "
                     "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "extended-properties\"><Application>ftsu-gap</Application></Properties>\n",
                     k_xml);
}

std::string
relationship(std::string_view id, std::string_view type, std::string_view target)
{
  return fmt::format(
      "<Relationship Id=\"{}\" Type=\"{}{}\" Target=\"{}\"/>", id, k_rel_type, type, target);
}

std::string
relationships(const std::string& rows)
{
  return fmt::format(
      "{}<Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{}</Relationships>\n",
      k_xml,
      rows);
}

// Returns the first part of `reference` whose name begins with `prefix`
// and ends with ".xml" ("word/header"), or an empty name.
std::string
first_part(const Reference* reference, std::string_view prefix)
{
  if (reference != nullptr) {
    for (const auto& [name, bytes] : reference->parts) {
      if (name.starts_with(prefix) && name.ends_with(".xml")) {
        return name;
      }
    }
  }
  return {};
}

struct Parts
{
  std::vector<std::pair<std::string, std::string>> list;
  std::string overrides;
  std::string document_rels;

  void
  add(std::string name, std::string bytes, std::string_view type)
  {
    if (!type.empty()) {
      overrides += fmt::format("<Override PartName=\"/{}\" ContentType=\"{}\"/>", name, type);
    }
    list.emplace_back(std::move(name), std::move(bytes));
  }
};

std::string
content_types(const std::string& overrides)
{
  std::string defaults =
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  for (const auto& [extension, type] : {std::pair{"png", "image/png"},
                                        {"jpeg", "image/jpeg"},
                                        {"jpg", "image/jpeg"},
                                        {"gif", "image/gif"},
                                        {"bmp", "image/bmp"},
                                        {"tif", "image/tiff"},
                                        {"tiff", "image/tiff"},
                                        {"svg", "image/svg+xml"},
                                        {"emf", "image/x-emf"},
                                        {"wmf", "image/x-wmf"}}) {
    defaults += fmt::format("<Default Extension=\"{}\" ContentType=\"{}\"/>", extension, type);
  }
  return fmt::format("{}<Types "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">{}{}</"
                     "Types>\n",
                     k_xml,
                     defaults,
                     overrides);
}

// Adds the header or footer (`kind`) of `reference`, with its
// relationships, or the built-in `fallback`; returns its relationship id.
std::string
add_running_part(Parts& parts,
                 const Reference* reference,
                 std::string_view kind,
                 std::string fallback)
{
  const std::string type = fmt::format("{}wordprocessingml.{}+xml", k_type, kind);
  std::string name = first_part(reference, fmt::format("word/{}", kind));
  std::string id = fmt::format("rId{}", kind);
  if (name.empty()) {
    name = fmt::format("word/{}1.xml", kind);
    parts.add(name, std::move(fallback), type);
  } else {
    parts.add(name, reference->parts.at(name), type);
    const std::string rels = "word/_rels/" + name.substr(5) + ".rels";
    if (const auto found = reference->parts.find(rels); found != reference->parts.end()) {
      parts.add(rels, found->second, "");
    }
  }
  parts.document_rels += relationship(id, kind, name.substr(5));
  return id;
}

std::string
number_text(double value)
{
  return fmt::format("{:.1f}", value);
}

std::string
rich_text(std::string_view text, unsigned size, bool bold)
{
  return fmt::format("<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"{}\" "
                     "b=\"{}\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"{}\" b=\"{}\"/><a:t>{}</"
                     "a:t></a:r></a:p></c:rich>",
                     size,
                     bold ? 1 : 0,
                     size,
                     bold ? 1 : 0,
                     xml_text(text));
}

std::string
text_properties(unsigned size)
{
  return fmt::format("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr "
                     "sz=\"{}\"/></a:pPr><a:endParaRPr lang=\"en-GB\"/></a:p></c:txPr>",
                     size);
}

std::string
fill(std::string_view colour)
{
  return fmt::format("<c:spPr><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill></c:spPr>",
                     colour.substr(1));
}

// The column of the chart's (absent) sheet that holds series `index`: B, C...
char
column_letter(std::size_t index)
{
  return static_cast<char>('B' + std::min<std::size_t>(index, 24));
}

std::string
series_xml(const BarChart& chart, std::size_t index)
{
  const ChartSeries& series = chart.series[index];
  const std::size_t n = chart.categories.size();
  const char column = column_letter(index);
  std::string out = fmt::format(
      "<c:ser><c:idx val=\"{i}\"/><c:order val=\"{i}\"/><c:tx><c:strRef><c:f>Sheet1!${c}$1</c:f>"
      "<c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{name}</c:v></c:pt></c:strCache>"
      "</c:strRef></c:tx>{fill}<c:invertIfNegative val=\"0\"/>",
      fmt::arg("i", index),
      fmt::arg("c", column),
      fmt::arg("name", xml_text(series.name)),
      fmt::arg("fill", fill(series.colour)));
  for (std::size_t i = 0; i < series.bar_colours.size() && i < n; ++i) {
    out += fmt::format("<c:dPt><c:idx val=\"{}\"/><c:invertIfNegative val=\"0\"/><c:bubble3D "
                       "val=\"0\"/>{}</c:dPt>",
                       i,
                       fill(series.bar_colours[i]));
  }
  out +=
      fmt::format("<c:dLbls><c:numFmt formatCode=\"0.0\" sourceLinked=\"0\"/><c:spPr><a:noFill/>"
                  "<a:ln><a:noFill/></a:ln></c:spPr>{}<c:dLblPos val=\"outEnd\"/><c:showLegendKey "
                  "val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName "
                  "val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>",
                  text_properties(800));
  out += fmt::format("<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${}</c:f><c:strCache><c:ptCount "
                     "val=\"{}\"/>",
                     n + 1,
                     n);
  for (std::size_t i = 0; i < n; ++i) {
    out += fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", i, xml_text(chart.categories[i]));
  }
  out += fmt::format("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!${c}$2:${c}${}"
                     "</c:f><c:numCache><c:formatCode>0.0</c:formatCode><c:ptCount val=\"{}\"/>",
                     n + 1,
                     n,
                     fmt::arg("c", column));
  for (std::size_t i = 0; i < n && i < series.values.size(); ++i) {
    if (series.values[i]) {
      out +=
          fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", i, number_text(*series.values[i]));
    }
  }
  return out + "</c:numCache></c:numRef></c:val></c:ser>";
}

} // namespace

std::string
chart_xml(const BarChart& chart)
{
  std::string out = fmt::format(
      "{}<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"{}\">"
      "<c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx>{}</c:tx><c:overlay val=\"0\"/>"
      "</c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/><c:barChart><c:barDir "
      "val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>",
      k_xml,
      k_r,
      rich_text(chart.title, 1100, true));
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    out += series_xml(chart, i);
  }
  out += fmt::format(
      "<c:gapWidth val=\"50\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"
      "<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling>"
      "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" "
      "sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>"
      "<c:tickLblPos val=\"nextTo\"/>{}<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/>"
      "<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:tickLblSkip "
      "val=\"1\"/><c:noMultiLvlLbl "
      "val=\"0\"/></c:catAx><c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation "
      "val=\"minMax\"/><c:max val=\"{}\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/>"
      "<c:axPos val=\"b\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr "
      "val=\"D9E2EC\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:title><c:tx>{}</c:tx>"
      "<c:overlay val=\"0\"/></c:title><c:numFmt formatCode=\"0\" sourceLinked=\"0\"/>"
      "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos "
      "val=\"nextTo\"/>{}<c:crossAx val=\"1001\"/><c:crosses val=\"max\"/><c:crossBetween "
      "val=\"between\"/><c:majorUnit val=\"{}\"/></c:valAx></c:plotArea>",
      text_properties(800),
      number_text(chart.max),
      rich_text(chart.axis_title, 800, false),
      text_properties(800),
      number_text(chart.max / 5));
  // A series drawn a colour per bar has no one swatch that is true of it,
  // and Word and LibreOffice number the entries of a horizontal bar chart's
  // legend differently, so one entry cannot be left out for both: such a
  // chart has no legend, its title naming the series and their colours.
  const bool per_bar = std::any_of(chart.series.begin(),
                                   chart.series.end(),
                                   [](const ChartSeries& s) { return !s.bar_colours.empty(); });
  if (chart.series.size() > 1 && !per_bar) {
    out += "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>" + text_properties(800)
           + "</c:legend>";
  }
  return out + "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>\n";
}

std::vector<std::pair<std::string, std::string>>
package_parts(const std::string& body,
              const std::vector<std::string>& charts,
              const Properties& properties,
              const Reference* reference)
{
  Parts parts;
  const auto from_reference = [&](const std::string& name) -> const std::string* {
    if (reference == nullptr) {
      return nullptr;
    }
    const auto found = reference->parts.find(name);
    return found == reference->parts.end() ? nullptr : &found->second;
  };
  const std::string main = fmt::format("{}wordprocessingml.document.main+xml", k_type);
  std::string document_rels = relationship("rIdStyles", "styles", "styles.xml")
                              + relationship("rIdSettings", "settings", "settings.xml");
  const std::string* styles = from_reference("word/styles.xml");
  parts.add("word/styles.xml",
            styles != nullptr ? *styles : styles_xml(),
            fmt::format("{}wordprocessingml.styles+xml", k_type));
  parts.add(
      "word/settings.xml", settings_xml(), fmt::format("{}wordprocessingml.settings+xml", k_type));
  if (const std::string* theme = from_reference("word/theme/theme1.xml"); theme != nullptr) {
    parts.add("word/theme/theme1.xml", *theme, fmt::format("{}theme+xml", k_type));
    document_rels += relationship("rIdTheme", "theme", "theme/theme1.xml");
  }
  const std::string header = add_running_part(parts, reference, "header", header_xml(properties));
  const std::string footer = add_running_part(parts, reference, "footer", footer_xml());
  if (reference != nullptr) {
    for (const auto& [name, bytes] : reference->parts) {
      if (name.starts_with("word/media/")) {
        parts.add(name, bytes, "");
      }
    }
  }
  for (std::size_t i = 0; i < charts.size(); ++i) {
    parts.add(fmt::format("word/charts/chart{}.xml", i + 1),
              charts[i],
              "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    document_rels += relationship(
        fmt::format("rIdChart{}", i + 1), "chart", fmt::format("charts/chart{}.xml", i + 1));
  }
  parts.add("word/document.xml", document_xml(body, header, footer), main);
  parts.add("docProps/core.xml",
            core_xml(properties),
            "application/vnd.openxmlformats-package.core-properties+xml");
  parts.add("docProps/app.xml", app_xml(), fmt::format("{}extended-properties+xml", k_type));
  parts.add("word/_rels/document.xml.rels", relationships(document_rels + parts.document_rels), "");
  parts.add("_rels/.rels",
            relationships(relationship("rId1", "officeDocument", "word/document.xml")
                          + "<Relationship Id=\"rId2\" "
                            "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                            "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                          + relationship("rId3", "extended-properties", "docProps/app.xml")),
            "");
  std::vector<std::pair<std::string, std::string>> list;
  list.emplace_back("[Content_Types].xml", content_types(parts.overrides));
  std::move(parts.list.begin(), parts.list.end(), std::back_inserter(list));
  return list;
}

} // namespace ftsu::report::docx
