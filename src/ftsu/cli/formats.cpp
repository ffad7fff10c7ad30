#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <algorithm>

namespace ftsu::cli {

namespace {

// Returns where the extension of the file name `output` begins (its dot),
// or npos. Worked out on the UTF-8 text, not std::filesystem::path, which
// takes a narrow string in the code page on Windows. A name that begins
// with its only dot (".hidden") has no extension.
std::size_t
extension_start(const std::string& output)
{
  const std::size_t slash = output.find_last_of("/\\");
  const std::size_t name = slash == std::string::npos ? 0 : slash + 1;
  const std::size_t dot = output.rfind('.');
  if (dot == std::string::npos || dot <= name || dot + 1 == output.size()) {
    return std::string::npos;
  }
  return dot;
}

// Returns `output` with its extension replaced by `extension`.
std::string
renamed(const std::string& output, std::string_view extension)
{
  return output.substr(0, extension_start(output)) + std::string(extension);
}

} // namespace

CLI::Option*
add_reference_docx_option(CLI::App& command, std::optional<std::string>& target)
{
  return command
      .add_option("--reference-docx",
                  target,
                  "With --format docx: use the styles, header and footer of this Word document "
                  "instead of the built-in ones, as pandoc's --reference-doc does")
      ->type_name("TEMPLATE");
}

std::optional<report::docx::Reference>
read_reference_docx(const std::optional<std::string>& path,
                    const report::FormatFacts& format,
                    FileSystem& files)
{
  if (!path) {
    return std::nullopt;
  }
  if (format.name != "docx") {
    throw core::Error(
        core::ExitCode::usage,
        fmt::format("--reference-docx works with --format docx, not {}", format.name));
  }
  return report::docx::read_reference(files.read(*path), *path);
}

std::string
output_extension(const std::string& output)
{
  if (output == "-") {
    return "";
  }
  const std::size_t start = extension_start(output);
  return start == std::string::npos ? "" : util::to_lower(output.substr(start));
}

std::string
format_of_extension(std::string_view extension)
{
  // Every command's table: a format another command writes is still a
  // format, so `diff -o d.xlsx` is refused rather than written as text.
  for (const auto& command : report::every_command_formats()) {
    for (const auto& format : command.formats) {
      if (report::has_extension(format.extensions, extension)) {
        return std::string(format.name);
      }
    }
  }
  return "";
}

void
refuse_binary_on_terminal(const report::FormatFacts& format, const std::string& output)
{
  if (format.encoding == report::Encoding::binary && output == "-"
      && is_terminal(StandardStream::output)) {
    throw core::Error(core::ExitCode::usage,
                      fmt::format("{} is binary: give -o FILE", format.name));
  }
}

void
check_answers_output(const std::string& output, std::string_view command)
{
  const std::string extension = output_extension(output);
  const std::string named = extension.empty() ? "" : format_of_extension(extension);
  if (!named.empty()) {
    throw core::Error(core::ExitCode::usage,
                      fmt::format("-o {}: {} is the extension of {}, but {} writes a YAML "
                                  "answers file; give a name that ends in .yaml, such as {}",
                                  util::for_terminal(output),
                                  util::for_terminal(extension),
                                  named,
                                  command,
                                  util::for_terminal(renamed(output, ".yaml"))));
  }
}

void
refuse_format_for_output(const std::string& output,
                         std::string_view wanted,
                         std::string_view named,
                         std::string_view wanted_extension,
                         std::string_view command,
                         const std::vector<std::string>& formats)
{
  const std::string shown = util::for_terminal(output);
  const std::string extension = util::for_terminal(output_extension(output));
  if (!wanted.empty()) {
    const bool writes_named = std::find(formats.begin(), formats.end(), named) != formats.end();
    throw core::Error(
        core::ExitCode::usage,
        fmt::format("--format {} and -o {} disagree: {} is the extension of {}; {}write to {}",
                    wanted,
                    shown,
                    extension,
                    named,
                    writes_named ? fmt::format("leave out --format to write {}, or ", named) : "",
                    util::for_terminal(renamed(output, wanted_extension))));
  }
  throw core::Error(core::ExitCode::usage,
                    fmt::format("-o {}: {} is the extension of {}, which {} does not write; its "
                                "formats are {}: give a file name with one of their extensions "
                                "(such as {}), or --format",
                                shown,
                                extension,
                                named,
                                command,
                                util::join(formats, ", "),
                                util::for_terminal(renamed(output, wanted_extension))));
}

} // namespace ftsu::cli
