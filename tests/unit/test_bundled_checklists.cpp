// Tests of the bundled checklists themselves (checklists/<id>/<version>.yaml):
// released item ids never change, every item cites a source, every source
// can be found again.
#include <ftsu/core/catalog.hpp>
#include <ftsu/util/strings.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "testutil.hpp"

using namespace ftsu::core;

namespace {

const std::filesystem::path k_snapshots =
    std::filesystem::path(FTSU_SOURCE_DIR) / "tests/checklist-ids";

std::vector<std::string>
read_lines(const std::filesystem::path& path)
{
  std::vector<std::string> lines;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) {
      lines.push_back(line);
    }
  }
  return lines;
}

// Every bundled checklist, loaded, by "id@version".
std::map<std::string, ChecklistPtr>
bundled()
{
  Catalog catalog;
  catalog.add_bundled();
  std::map<std::string, ChecklistPtr> out;
  for (const auto* entry : catalog.entries()) {
    DiagnosticSink sink(entry->origin);
    auto checklist = load_entry(*entry, sink);
    REQUIRE_MESSAGE(checklist, entry->origin);
    out.emplace(entry->id + "@" + entry->version, checklist);
  }
  return out;
}

} // namespace

TEST_CASE("released item ids never change")
{
  const auto checklists = bundled();
  SUBCASE("every bundled version has a snapshot, and matches it exactly")
  {
    for (const auto& entry : checklists) {
      const std::string& name = entry.first;
      const ChecklistPtr& checklist = entry.second;
      const auto path = k_snapshots / (name + ".txt");
      INFO(name,
           ": run scripts/snapshot-checklist-ids for a new version; a released version is "
           "frozen, so change a new version instead");
      REQUIRE(std::filesystem::exists(path));
      CHECK(checklist->item_ids() == read_lines(path));
    }
  }
  SUBCASE("every snapshot still has its bundled version")
  {
    for (const auto& entry : std::filesystem::directory_iterator(k_snapshots)) {
      if (entry.path().extension() == ".txt") {
        INFO(entry.path().filename().string(), ": a released version may not be removed");
        CHECK(checklists.count(entry.path().stem().string()) == 1);
      }
    }
  }
  SUBCASE("an id dropped by a later version is named in that version's replaces")
  {
    Catalog catalog;
    catalog.add_bundled();
    for (const auto& id : catalog.ids()) {
      const auto versions = catalog.versions(id);
      for (std::size_t i = 1; i < versions.size(); ++i) {
        const auto& newer = checklists.at(id + "@" + versions[i]);
        std::set<std::string> known;
        for (const auto& item_id : newer->item_ids()) {
          known.insert(item_id);
          for (const auto& old_id : newer->find_item(item_id)->replaces) {
            known.insert(old_id);
          }
        }
        for (const auto& old_id : read_lines(k_snapshots / (id + "@" + versions[i - 1] + ".txt"))) {
          INFO(id, " ", versions[i], " drops '", old_id, "' without an item that replaces it");
          CHECK(known.count(old_id) == 1);
        }
      }
    }
  }
}

TEST_CASE("every item cites a source with a ref, and every source can be found")
{
  for (const auto& entry : bundled()) {
    const std::string& name = entry.first;
    const ChecklistPtr& checklist = entry.second;
    std::set<std::string> cited;
    for (const auto& section : checklist->sections) {
      for (const auto& item : section.items) {
        INFO(name, " item ", item.id);
        CHECK_FALSE(item.sources.empty());
        for (const auto& ref : item.sources) {
          cited.insert(ref.source);
          CHECK(ref.ref.has_value());
        }
        CHECK(item.guidance.has_value());
        CHECK_FALSE(item.evidence.empty());
      }
    }
    for (const auto& source : checklist->sources) {
      INFO(name, " source ", source.id);
      CHECK_FALSE(source.title.empty());
      REQUIRE(source.url.has_value());
      CHECK((source.url->starts_with("https://") || source.url->starts_with("http://")));
      CHECK(cited.count(source.id) == 1);
    }
  }
}

TEST_CASE("mandatory items say in their guidance which requirement makes them so")
{
  for (const auto& entry : bundled()) {
    const std::string& name = entry.first;
    const ChecklistPtr& checklist = entry.second;
    for (const auto& section : checklist->sections) {
      for (const auto& item : section.items) {
        if (item.mandatory) {
          INFO(name, " item ", item.id);
          REQUIRE(item.guidance.has_value());
          const std::string g = ftsu::util::to_lower(*item.guidance);
          CHECK((g.find("requir") != std::string::npos || g.find("must") != std::string::npos));
        }
      }
    }
  }
}
