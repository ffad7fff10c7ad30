#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/output.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/currency.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/report/currency.hpp>
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
run_list(const ListOptions& options, Context& context)
{
  const auto& catalog = context.checklists.catalog(options.checklists.dirs);
  const util::Date today = generation_date();
  struct Row
  {
    std::string id, version, items, content, title;
  };
  std::vector<Row> rows{{"ID", "VERSION", "ITEMS", "CONTENT", "TITLE"}};
  bool any_stale = false;
  int code = 0;
  for (const core::CatalogEntry* entry : catalog.entries()) {
    core::DiagnosticSink sink(entry->origin);
    const auto checklist = core::load_entry(*entry, sink);
    if (!checklist) {
      print_diagnostics(sink.diagnostics(), false);
      code = static_cast<int>(core::ExitCode::invalid_input);
      continue;
    }
    const bool is_stale = core::content_is_stale(*checklist, today);
    any_stale = any_stale || is_stale;
    rows.push_back({checklist->id,
                    util::for_terminal_line(checklist->version),
                    fmt::format("{}", checklist->item_count()),
                    report::content_date_cell(*checklist) + (is_stale ? " !" : ""),
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
    out += fmt::format("{:<{}}  {:<{}}  {:>5}  {:<13}  {}\n",
                       row.id,
                       id_width,
                       row.version,
                       version_width,
                       row.items,
                       row.content,
                       row.title);
  }
  if (any_stale) {
    out += fmt::format("\n! Sources last checked more than {} months before today ({}).\n",
                       core::k_content_check_months,
                       util::long_date(today));
  }
  context.file_system.write_stdout(out);
  return code;
}

} // namespace

void
add_list_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ListOptions>();
  auto* command = app.add_subcommand(
      "list", "List the bundled checklists: id, version, items, content date, title");
  add_checklist_options(*command, options->checklists, false);
  command->callback([&context, options] {
    context.action = [&context, options] { return run_list(*options, context); };
  });
}

} // namespace ftsu::cli
