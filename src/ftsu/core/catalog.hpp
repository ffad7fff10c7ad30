#pragma once

#include <ftsu/core/checklist.hpp>
#include <ftsu/core/diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ftsu::core {

// A checklist the catalog knows of, not yet loaded in full.
struct CatalogEntry
{
  std::string id;
  std::string version;
  // A file path, or "bundled:<id>@<version>" for a bundled checklist.
  std::string origin;
  bool bundled = false;
  std::string text;
};

// The checklists that an id can name: those in --checklist-dir folders and
// FTSU_GAP_CHECKLISTS, then the bundled ones. The first added wins when two
// share an id and version.
class Catalog
{
public:
  // Adds every bundled checklist (id and version read from its path).
  void add_bundled();
  // Adds a checklist file found in a folder; a file that is not a checklist
  // (or does not parse) is skipped. Returns whether it was added.
  bool add_file(std::string path, std::string text);

  // Returns the entry for `id` at `version`, or at its highest version when
  // `version` is nullopt; nullptr when there is none.
  const CatalogEntry* find(std::string_view id, std::optional<std::string_view> version) const;
  // Returns every version known for `id`, lowest first.
  std::vector<std::string> versions(std::string_view id) const;
  // Returns every entry, ordered by id then version.
  std::vector<const CatalogEntry*> entries() const;
  // Returns the distinct ids known, sorted.
  std::vector<std::string> ids() const;

private:
  std::vector<CatalogEntry> m_entries;
};

// Loads `entry` in full; returns nullptr with the problems in `sink`. A
// bundled file whose id or version differs from its path is an error.
ChecklistPtr load_entry(const CatalogEntry& entry, DiagnosticSink& sink);

// Splits "id@version" into its parts; the version is nullopt without '@'.
std::pair<std::string, std::optional<std::string>> split_checklist_spec(std::string_view spec);

} // namespace ftsu::core
