#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/checklist_loader.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

namespace ftsu::cli {

namespace {

namespace fs = std::filesystem;
using core::Error;
using core::ExitCode;

void
add_folder(FileSystem& file_system, core::Catalog& catalog, const std::string& folder, int depth)
{
  for (const auto& path : file_system.list(folder)) {
    const auto kind = file_system.stat(path);
    if (kind == FileKind::directory) {
      if (depth > 0) {
        add_folder(file_system, catalog, path, depth - 1);
      }
    } else if (is_yaml_name(path) && kind == FileKind::regular) {
      try {
        catalog.add_file(path, file_system.read(path));
      } catch (const Error&) {
        // An unreadable file in a checklist folder is not what was asked for.
      }
    }
  }
}

std::vector<std::string>
env_folders(const std::optional<std::string>& value)
{
  std::vector<std::string> out;
  if (!value) {
    return out;
  }
  for (auto& part : util::split(*value, path_list_separator())) {
    if (!part.empty()) {
      out.push_back(std::move(part));
    }
  }
  return out;
}

std::string
unknown_message(const core::Catalog& catalog,
                const std::string& id,
                const std::optional<std::string>& version)
{
  if (version && catalog.find(id, std::nullopt) != nullptr) {
    return fmt::format("checklist '{}' has no version '{}'; known versions: {}",
                       id,
                       util::for_terminal(*version),
                       util::join(catalog.versions(id), ", "));
  }
  const auto ids = catalog.ids();
  std::string message = fmt::format("no checklist '{}' is bundled or found in --checklist-dir or "
                                    "FTSU_GAP_CHECKLISTS",
                                    util::for_terminal(id));
  if (const auto suggestion = util::closest_match(id, ids)) {
    message += fmt::format("; did you mean '{}'?", *suggestion);
  } else {
    message += fmt::format("; known: {} (or give the checklist's file)", util::join(ids, ", "));
  }
  return message;
}

core::ChecklistPtr
load_or_throw(const core::CatalogEntry& entry)
{
  // Each checklist is parsed once per run, however many files name it.
  static std::mutex mutex;
  static std::map<std::string, core::ChecklistPtr> loaded;
  const std::lock_guard<std::mutex> lock(mutex);
  if (const auto it = loaded.find(entry.origin); it != loaded.end()) {
    return it->second;
  }
  core::DiagnosticSink sink(
      entry.bundled ? fmt::format("checklists/{}/{}.yaml", entry.id, entry.version) : entry.origin);
  auto checklist = core::load_entry(entry, sink);
  if (!checklist) {
    throw Error(ExitCode::invalid_input, sink.diagnostics());
  }
  loaded.emplace(entry.origin, checklist);
  return checklist;
}

} // namespace

void
add_checklist_options(CLI::App& command, ChecklistOptions& options, bool with_checklist)
{
  if (with_checklist) {
    command.add_option("--checklist",
                       options.checklist,
                       "Checklist to use: a YAML file, or a bundled id (id or id@version)");
  }
  // One folder per --checklist-dir, so `--checklist-dir DIR FILE...` leaves
  // the files to the command.
  command
      .add_option("--checklist-dir",
                  options.dirs,
                  "Folder of checklists to search by id (repeatable; also FTSU_GAP_CHECKLISTS)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

core::Catalog
read_catalog(FileSystem& file_system,
             const std::vector<std::string>& dirs,
             const std::optional<std::string>& env_dirs)
{
  core::Catalog catalog;
  for (const auto& dir : dirs) {
    if (file_system.stat(dir) != FileKind::directory) {
      throw Error(ExitCode::io_error,
                  fmt::format("{}: --checklist-dir must be a folder", util::for_terminal(dir)));
    }
    add_folder(file_system, catalog, dir, 1);
  }
  for (const auto& dir : env_folders(env_dirs)) {
    if (file_system.stat(dir) == FileKind::directory) {
      add_folder(file_system, catalog, dir, 1);
    }
  }
  catalog.add_bundled();
  return catalog;
}

const core::Catalog&
build_catalog(const std::vector<std::string>& dirs)
{
  // Folders are read and their checklists parsed once per run (trend of
  // ten files, aggregate of thousands, ask for it again and again).
  static std::mutex mutex;
  static std::map<std::vector<std::string>, std::unique_ptr<core::Catalog>> built;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = built[dirs];
  if (!slot) {
    slot = std::make_unique<core::Catalog>(
        read_catalog(real_file_system(), dirs, environment_value("FTSU_GAP_CHECKLISTS")));
  }
  return *slot;
}

bool
looks_like_path(const std::string& spec)
{
  std::error_code ec;
  return spec.find('/') != std::string::npos || spec.ends_with(".yaml") || spec.ends_with(".yml")
         || spec == "-" || fs::exists(spec, ec);
}

namespace {

// Loads the checklist file `spec` once per run: `diff`, `trend` and
// `report --compare` resolve it for every answers file, and standard input
// can be read only once. A file changed since (a later unit test writing
// the same name) is loaded again.
core::ChecklistPtr
load_checklist_file(const std::string& spec)
{
  std::string key = spec;
  if (spec != "-") {
    std::error_code ec;
    const auto size = fs::file_size(spec, ec);
    const auto time = fs::last_write_time(spec, ec);
    key += fmt::format("\n{}\n{}", ec ? 0 : size, ec ? 0 : time.time_since_epoch().count());
  }
  static std::mutex mutex;
  static std::map<std::string, core::ChecklistPtr> loaded;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = loaded[key];
  if (!slot) {
    core::DiagnosticSink sink(spec == "-" ? std::string("<stdin>") : spec);
    slot = core::load_checklist(read_input(spec), sink, spec);
    if (!slot) {
      loaded.erase(key);
      throw Error(ExitCode::invalid_input, sink.diagnostics());
    }
  }
  return slot;
}

} // namespace

core::ChecklistPtr
resolve_checklist(const std::string& spec, const std::vector<std::string>& dirs)
{
  if (looks_like_path(spec)) {
    return load_checklist_file(spec);
  }
  const auto& catalog = build_catalog(dirs);
  const auto [id, version] = core::split_checklist_spec(spec);
  const core::CatalogEntry* entry = catalog.find(id, version);
  if (entry == nullptr) {
    throw Error(ExitCode::usage, unknown_message(catalog, id, version));
  }
  return load_or_throw(*entry);
}

core::ChecklistPtr
checklist_for_answers(const core::AnswersFile& answers,
                      const ChecklistOptions& options,
                      core::DiagnosticSink& sink)
{
  if (options.checklist) {
    return resolve_checklist(*options.checklist, options.dirs);
  }
  if (answers.checklist.empty()) {
    return nullptr; // a missing or malformed `checklist:` is already reported
  }
  const auto& catalog = build_catalog(options.dirs);
  const core::CatalogEntry* entry = catalog.find(answers.checklist, answers.checklist_version);
  if (entry == nullptr) {
    entry = catalog.find(answers.checklist, std::nullopt);
  }
  if (entry == nullptr) {
    sink.error(answers.checklist_mark,
               unknown_message(catalog, answers.checklist, std::nullopt)
                   + "; pass --checklist FILE or --checklist-dir DIR");
    return nullptr;
  }
  return load_or_throw(*entry);
}

} // namespace ftsu::cli
