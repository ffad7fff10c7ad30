#pragma once

#include <ftsu/report/docx.hpp>

#include <string>
#include <utility>
#include <vector>

// The fixed parts of a Word document (styles, settings, header, footer,
// content types, relationships, properties) and the chart parts, for
// docx.cpp's Document::finish; no zip here.
namespace ftsu::report::docx {

// The page margins, in twentieths of a point (1.8 cm).
inline constexpr unsigned k_margin = 1020;

// Returns every part of the package, by name, in the order they are
// zipped: `body` (the XML of document.xml's body, without its section
// properties), one chart part per element of `charts` (chart_xml's), the
// built-in styles, header and footer unless `reference` (nullable) has its
// own.
std::vector<std::pair<std::string, std::string>>
package_parts(const std::string& body,
              const std::vector<std::string>& charts,
              const Properties& properties,
              const Reference* reference);

} // namespace ftsu::report::docx
