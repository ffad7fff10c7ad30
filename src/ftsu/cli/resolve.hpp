#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/catalog.hpp>
#include <ftsu/core/checklist.hpp>
#include <ftsu/core/diagnostic.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

// Finding checklists (docs/cli.md#naming-a-checklist): a path, a bundled id (id or
// id@version), or an id found in --checklist-dir folders and in the folders
// of FTSU_GAP_CHECKLISTS.
namespace ftsu::cli {

// The options that choose a checklist, shared by the commands that need one.
struct ChecklistOptions
{
  std::optional<std::string> checklist;
  std::vector<std::string> dirs;
};

// Adds --checklist-dir (and, when `with_checklist`, --checklist) to `command`.
void add_checklist_options(CLI::App& command, ChecklistOptions& options, bool with_checklist);

class FileSystem;

// Returns the catalog of `dirs`, then the folders of `env_dirs` (the value
// of FTSU_GAP_CHECKLISTS, ':'-separated; missing ones are skipped), then the
// bundled checklists, read through `file_system`; the first file of an id
// and version wins. Files in the folders (and one level of subfolders)
// ending in .yaml or .yml that are checklists are added; others, files that
// cannot be read and folders that cannot be listed are skipped. Throws core::Error (io_error) when
// one of `dirs` is not a folder.
core::Catalog read_catalog(FileSystem& file_system,
                           const std::vector<std::string>& dirs,
                           const std::optional<std::string>& env_dirs);

// Finds and loads the checklists of one run, through its file system: each
// catalog of --checklist-dir folders is read, and each checklist parsed,
// once however many files name it (trend of ten files, aggregate of
// thousands). Owned by the run's Context (cli/app.hpp); safe to share
// between threads.
class ChecklistResolver
{
public:
  // Resolves through `file_system`, with `env_dirs` the value of
  // FTSU_GAP_CHECKLISTS (nullopt when unset).
  ChecklistResolver(FileSystem& file_system, std::optional<std::string> env_dirs);
  ChecklistResolver(const ChecklistResolver&) = delete;
  ChecklistResolver& operator=(const ChecklistResolver&) = delete;
  ~ChecklistResolver();

  // Returns read_catalog of `dirs` and FTSU_GAP_CHECKLISTS, read once.
  const core::Catalog& catalog(const std::vector<std::string>& dirs);

  // Returns true when `spec` names a file rather than an id: it has a '/',
  // ends in .yaml or .yml, is "-", or is an existing file.
  bool looks_like_path(const std::string& spec);

  // Loads the checklist `spec` names (a path, or id / id@version in the
  // catalog of `dirs`). Throws core::Error: usage for an unknown id,
  // io_error for an unreadable file, invalid_input (with diagnostics) for a
  // broken checklist.
  core::ChecklistPtr resolve(const std::string& spec, const std::vector<std::string>& dirs);

  // Loads the checklist an answers file is for: `options.checklist` when
  // set, else its `checklist:` id at its `checklist_version` (or the
  // highest version when that one is not found). Reports to `sink` and
  // returns nullptr when it cannot be found or loaded.
  core::ChecklistPtr for_answers(const core::AnswersFile& answers,
                                 const ChecklistOptions& options,
                                 core::DiagnosticSink& sink);

  // Returns the file system it reads.
  FileSystem&
  file_system()
  {
    return m_file_system;
  }

private:
  core::ChecklistPtr load_entry(const core::CatalogEntry& entry);
  core::ChecklistPtr load_file(const std::string& spec);

  struct Cache;
  FileSystem& m_file_system;
  std::optional<std::string> m_env_dirs;
  std::unique_ptr<Cache> m_cache;
};

} // namespace ftsu::cli
