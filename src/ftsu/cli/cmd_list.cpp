#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace ftsu::cli {

namespace {

struct ListOptions
{
  ChecklistOptions checklists;
};

int
run_list(const ListOptions& options)
{
  const auto& catalog = build_catalog(options.checklists.dirs);
  struct Row
  {
    std::string id, version, items, title;
  };
  std::vector<Row> rows{{"ID", "VERSION", "ITEMS", "TITLE"}};
  int code = 0;
  for (const core::CatalogEntry* entry : catalog.entries()) {
    core::DiagnosticSink sink(entry->origin);
    const auto checklist = core::load_entry(*entry, sink);
    if (!checklist) {
      print_diagnostics(sink.diagnostics(), false);
      code = static_cast<int>(core::ExitCode::invalid_input);
      continue;
    }
    rows.push_back({checklist->id,
                    util::for_terminal_line(checklist->version),
                    fmt::format("{}", checklist->item_count()),
                    util::for_terminal_line(checklist->title)});
  }
  std::size_t id_width = 0;
  std::size_t version_width = 0;
  for (const auto& row : rows) {
    id_width = std::max(id_width, row.id.size());
    version_width = std::max(version_width, row.version.size());
  }
  std::string out;
  for (const auto& row : rows) {
    out += fmt::format("{:<{}}  {:<{}}  {:>5}  {}\n",
                       row.id,
                       id_width,
                       row.version,
                       version_width,
                       row.items,
                       row.title);
  }
  write_stdout(out);
  return code;
}

} // namespace

void
add_list_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ListOptions>();
  auto* command =
      app.add_subcommand("list", "List the bundled checklists: id, version, items, title");
  add_checklist_options(*command, options->checklists, false);
  command->callback(
      [&context, options] { context.action = [options] { return run_list(*options); }; });
}

} // namespace ftsu::cli
