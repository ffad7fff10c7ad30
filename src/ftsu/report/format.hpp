#pragma once

#include <optional>
#include <string_view>

namespace ftsu::report {

// The output formats of the report-like commands.
enum class Format { text, markdown, json, csv, html };

// Returns the format's spelling on the command line ("markdown").
std::string_view to_string(Format format);

// Parses a format's spelling; nullopt when unknown.
std::optional<Format> parse_format(std::string_view text);

} // namespace ftsu::report
