#include <ftsu/core/bundled.hpp>
#include <ftsu/core/catalog.hpp>
#include <ftsu/core/checklist_loader.hpp>
#include <ftsu/core/yaml.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace ftsu::core {

void
Catalog::add_bundled()
{
  for (const auto& file : bundled_files()) {
    // "checklists/<id>/<version>.yaml"
    std::string_view path = file.path;
    path.remove_prefix(std::string_view("checklists/").size());
    const auto slash = path.find('/');
    if (slash == std::string_view::npos || !path.ends_with(".yaml")) {
      continue;
    }
    CatalogEntry entry;
    entry.id = std::string(path.substr(0, slash));
    entry.version = std::string(path.substr(slash + 1, path.size() - slash - 1 - 5));
    entry.origin = fmt::format("bundled:{}@{}", entry.id, entry.version);
    entry.bundled = true;
    entry.text = std::string(file.text);
    if (find(entry.id, entry.version) == nullptr) {
      m_entries.push_back(std::move(entry));
    }
  }
}

bool
Catalog::add_file(std::string path, std::string text)
{
  DiagnosticSink ignored(path);
  const auto root = yaml::parse(text, ignored);
  if (!root || !root->is_mapping()) {
    return false;
  }
  const yaml::Node* format = root->find("format");
  const yaml::Node* id = root->find("id");
  const yaml::Node* version = root->find("version");
  if (format == nullptr || format->text != "ftsu-gap/checklist/v1" || id == nullptr
      || !id->is_scalar() || version == nullptr || !version->is_scalar()) {
    return false;
  }
  if (find(id->text, version->text) != nullptr) {
    return false;
  }
  m_entries.push_back(
      CatalogEntry{id->text, version->text, std::move(path), false, std::move(text)});
  return true;
}

const CatalogEntry*
Catalog::find(std::string_view id, std::optional<std::string_view> version) const
{
  const CatalogEntry* best = nullptr;
  for (const auto& entry : m_entries) {
    if (entry.id != id) {
      continue;
    }
    if (version) {
      if (entry.version == *version) {
        return &entry;
      }
    } else if (best == nullptr || compare_versions(entry.version, best->version) > 0) {
      best = &entry;
    }
  }
  return best;
}

std::vector<std::string>
Catalog::versions(std::string_view id) const
{
  std::vector<std::string> out;
  for (const auto& entry : m_entries) {
    if (entry.id == id) {
      out.push_back(entry.version);
    }
  }
  std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
    return compare_versions(a, b) < 0;
  });
  return out;
}

std::vector<const CatalogEntry*>
Catalog::entries() const
{
  std::vector<const CatalogEntry*> out;
  for (const auto& entry : m_entries) {
    out.push_back(&entry);
  }
  std::sort(out.begin(), out.end(), [](const CatalogEntry* a, const CatalogEntry* b) {
    return a->id != b->id ? a->id < b->id : compare_versions(a->version, b->version) < 0;
  });
  return out;
}

std::vector<std::string>
Catalog::ids() const
{
  std::set<std::string> ids;
  for (const auto& entry : m_entries) {
    ids.insert(entry.id);
  }
  return {ids.begin(), ids.end()};
}

ChecklistPtr
load_entry(const CatalogEntry& entry, DiagnosticSink& sink)
{
  auto checklist = load_checklist(entry.text, sink, entry.origin);
  if (checklist && entry.bundled
      && (checklist->id != entry.id || checklist->version != entry.version)) {
    sink.error(Mark{1, 1},
               fmt::format("bundled file checklists/{}/{}.yaml holds '{}' version {}; "
                           "its folder and file name must match its id and version",
                           entry.id,
                           entry.version,
                           checklist->id,
                           checklist->version));
    return nullptr;
  }
  return checklist;
}

std::pair<std::string, std::optional<std::string>>
split_checklist_spec(std::string_view spec)
{
  const auto at = spec.find('@');
  if (at == std::string_view::npos) {
    return {std::string(spec), std::nullopt};
  }
  return {std::string(spec.substr(0, at)), std::string(spec.substr(at + 1))};
}

} // namespace ftsu::core
