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
#include <map>
#include <memory>
#include <mutex>

namespace ftsu::cli {

namespace {

using core::Error;
using core::ExitCode;

void
add_folder(FileSystem& file_system, core::Catalog& catalog, const std::string& folder, int depth)
{
  std::vector<std::string> paths;
  try {
    paths = file_system.list(folder);
  } catch (const Error&) {
    return; // a folder that cannot be listed holds no checklist to find
  }
  for (const auto& path : paths) {
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

struct ChecklistResolver::Cache
{
  std::mutex mutex;
  std::map<std::vector<std::string>, std::unique_ptr<core::Catalog>> catalogs;
  // By origin (a catalog entry) or by path (a checklist file).
  std::map<std::string, core::ChecklistPtr> entries;
  std::map<std::string, core::ChecklistPtr> files;
};

ChecklistResolver::ChecklistResolver(FileSystem& file_system, std::optional<std::string> env_dirs)
    : m_file_system(file_system)
    , m_env_dirs(std::move(env_dirs))
    , m_cache(std::make_unique<Cache>())
{
}

ChecklistResolver::~ChecklistResolver() = default;

const core::Catalog&
ChecklistResolver::catalog(const std::vector<std::string>& dirs)
{
  const std::lock_guard<std::mutex> lock(m_cache->mutex);
  auto& slot = m_cache->catalogs[dirs];
  if (!slot) {
    slot = std::make_unique<core::Catalog>(read_catalog(m_file_system, dirs, m_env_dirs));
  }
  return *slot;
}

bool
ChecklistResolver::looks_like_path(const std::string& spec)
{
  return spec.find('/') != std::string::npos || spec.ends_with(".yaml") || spec.ends_with(".yml")
         || spec == "-" || m_file_system.stat(spec).has_value();
}

core::ChecklistPtr
ChecklistResolver::load_entry(const core::CatalogEntry& entry)
{
  const std::lock_guard<std::mutex> lock(m_cache->mutex);
  if (const auto it = m_cache->entries.find(entry.origin); it != m_cache->entries.end()) {
    return it->second;
  }
  core::DiagnosticSink sink(
      entry.bundled ? fmt::format("checklists/{}/{}.yaml", entry.id, entry.version) : entry.origin);
  auto checklist = core::load_entry(entry, sink);
  if (!checklist) {
    throw Error(ExitCode::invalid_input, sink.diagnostics());
  }
  m_cache->entries.emplace(entry.origin, checklist);
  return checklist;
}

core::ChecklistPtr
ChecklistResolver::load_file(const std::string& spec)
{
  // `diff`, `trend` and `report --compare` resolve it for every answers
  // file, and standard input can be read only once.
  const std::lock_guard<std::mutex> lock(m_cache->mutex);
  auto& slot = m_cache->files[spec];
  if (!slot) {
    core::DiagnosticSink sink(spec == "-" ? std::string("<stdin>") : spec);
    slot = core::load_checklist(m_file_system.read(spec), sink, spec);
    if (!slot) {
      m_cache->files.erase(spec);
      throw Error(ExitCode::invalid_input, sink.diagnostics());
    }
  }
  return slot;
}

core::ChecklistPtr
ChecklistResolver::resolve(const std::string& spec, const std::vector<std::string>& dirs)
{
  if (looks_like_path(spec)) {
    return load_file(spec);
  }
  const auto& found = catalog(dirs);
  const auto [id, version] = core::split_checklist_spec(spec);
  const core::CatalogEntry* entry = found.find(id, version);
  if (entry == nullptr) {
    throw Error(ExitCode::usage, unknown_message(found, id, version));
  }
  return load_entry(*entry);
}

core::ChecklistPtr
ChecklistResolver::for_answers(const core::AnswersFile& answers,
                               const ChecklistOptions& options,
                               core::DiagnosticSink& sink)
{
  if (options.checklist) {
    return resolve(*options.checklist, options.dirs);
  }
  if (answers.checklist.empty()) {
    return nullptr; // a missing or malformed `checklist:` is already reported
  }
  const auto& found = catalog(options.dirs);
  const core::CatalogEntry* entry = found.find(answers.checklist, answers.checklist_version);
  if (entry == nullptr) {
    entry = found.find(answers.checklist, std::nullopt);
  }
  if (entry == nullptr) {
    sink.error(answers.checklist_mark,
               unknown_message(found, answers.checklist, std::nullopt)
                   + "; pass --checklist FILE or --checklist-dir DIR");
    return nullptr;
  }
  return load_entry(*entry);
}

} // namespace ftsu::cli
