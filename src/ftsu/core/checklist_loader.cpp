#include <ftsu/core/checklist_loader.hpp>
#include <ftsu/core/currency.hpp>
#include <ftsu/core/document.hpp>
#include <ftsu/core/schema.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace ftsu::core {

namespace {

using schema::Fields;
using schema::Need;

// Keys `assess` keeps for itself; no shortcut may use them.
constexpr std::string_view k_kept_keys = "sbq?";
// The smallest weight an item may have: any smaller and its gap rounds away.
constexpr double k_min_weight = 0.01;

// True for a character a person can see and type as a shortcut: not a
// control, space, or invisible format character.
bool
is_visible(char32_t cp)
{
  return cp > 0x20 && cp != 0x7F && !(cp >= 0x80 && cp <= 0xA0) && cp != 0xAD
         && !(cp >= 0x2000 && cp <= 0x200F) && !(cp >= 0x2028 && cp <= 0x202F)
         && !(cp >= 0x205F && cp <= 0x206F) && cp != 0x3000 && cp != 0xFEFF
         && !(cp >= 0xFFF0 && cp <= 0xFFFF);
}

// True for a decimal digit of any common script (0-9, Arabic-Indic,
// Devanagari, fullwidth, ...), which could be read as a position.
bool
is_digit(char32_t cp)
{
  static constexpr char32_t k_zeros[] = {0x30,
                                         0x660,
                                         0x6F0,
                                         0x7C0,
                                         0x966,
                                         0x9E6,
                                         0xA66,
                                         0xAE6,
                                         0xB66,
                                         0xBE6,
                                         0xC66,
                                         0xCE6,
                                         0xD66,
                                         0xE50,
                                         0xED0,
                                         0xF20,
                                         0x1040,
                                         0xFF10};
  for (const char32_t zero : k_zeros) {
    if (cp >= zero && cp <= zero + 9) {
      return true;
    }
  }
  return false;
}

std::string
entry_context(std::string_view kind,
              const yaml::Node& entry,
              std::string_view key,
              std::size_t index)
{
  const yaml::Node* id = entry.is_mapping() ? entry.find(key) : nullptr;
  if (id != nullptr && id->is_scalar() && !id->text.empty()) {
    // A valid id (the usual case) is short and safe to show as it is.
    if (util::is_slug(id->text)) {
      return fmt::format("{} '{}'", kind, id->text);
    }
    return fmt::format("{} '{}'", kind, util::for_terminal(id->text.substr(0, 64)));
  }
  return fmt::format("{} {}", kind, index + 1);
}

// Reports a repeated id; `seen` maps each id to the line it was first given on.
bool
claim_unique(std::unordered_map<std::string, int>& seen,
             const std::string& id,
             std::string_view what,
             Mark mark,
             DiagnosticSink& sink)
{
  const auto [it, inserted] = seen.emplace(id, mark.line);
  if (!inserted) {
    sink.error(mark,
               fmt::format("{} '{}' is used twice (first at line {}); each must be unique",
                           what,
                           util::for_terminal(id),
                           it->second));
  }
  return inserted;
}

class ChecklistBuilder
{
public:
  ChecklistBuilder(DiagnosticSink& sink)
      : m_sink(sink)
  {
  }

  // Makes the builder free each section of `root` as soon as it is read, so
  // the tree shrinks while the checklist grows.
  void
  release_as_read(yaml::Node& root)
  {
    m_owned = &root;
  }

  ChecklistPtr
  build(const yaml::Node& root, std::string origin)
  {
    if (!expect_kind(root, DocumentKind::checklist, m_sink)) {
      return nullptr;
    }
    const Fields fields(root,
                        "the checklist",
                        m_sink,
                        {"format",
                         "id",
                         "version",
                         "title",
                         "description",
                         "published",
                         "sources",
                         "scale",
                         "ratings",
                         "profiles",
                         "sections"});
    auto checklist = std::make_shared<Checklist>();
    checklist->origin = std::move(origin);
    checklist->id = fields.slug("id", Need::required).value_or("");
    checklist->version = read_version(fields);
    checklist->title = fields.text("title", Need::required).value_or("");
    checklist->description = fields.text("description");
    checklist->published = fields.date("published");
    read_sources(fields, *checklist);
    read_scale(fields, *checklist);
    read_ratings(fields, *checklist);
    read_profiles(fields, *checklist);
    read_sections(fields, *checklist);
    check_replaces();
    if (m_sink.has_errors()) {
      return nullptr;
    }
    return checklist;
  }

private:
  std::string
  read_version(const Fields& fields)
  {
    auto version = fields.text("version", Need::required);
    if (!version) {
      return {};
    }
    if (version->size() > 64 || version->find_first_of(" \t\n\r@/\\") != std::string::npos) {
      m_sink.error(fields.mark_of("version"),
                   fmt::format("'version' '{}' must be one word of at most 64 characters without "
                               "'@' or '/', such as \"2026.1\"",
                               util::for_terminal(*version)));
      return {};
    }
    return *version;
  }

  void
  read_sources(const Fields& fields, Checklist& checklist)
  {
    const yaml::Node* list = fields.list("sources");
    if (list == nullptr) {
      return;
    }
    std::unordered_map<std::string, int> seen;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      const yaml::Node& entry = list->items[i];
      const std::string context = entry_context("source", entry, "id", i);
      if (!schema::expect_mapping(entry, context, m_sink)) {
        continue;
      }
      const Fields f(
          entry, context, m_sink, {"id", "title", "publisher", "date", "url", "status", "checked"});
      Source source;
      source.id = f.slug("id", Need::required).value_or("");
      source.title = f.text("title", Need::required).value_or("");
      source.publisher = f.text("publisher");
      source.date = f.text("date");
      if (source.date && !util::is_partial_date(util::trim(*source.date))) {
        m_sink.error(f.mark_of("date"),
                     fmt::format("'date' in {} must be YYYY, YYYY-MM or YYYY-MM-DD, not '{}'",
                                 context,
                                 util::for_terminal(*source.date)));
      }
      source.url = f.text("url");
      source.status = read_source_status(f);
      source.checked = f.date("checked");
      if (!source.id.empty()) {
        claim_unique(seen, source.id, "source id", f.mark_of("id"), m_sink);
        m_source_ids.insert(source.id);
      }
      checklist.sources.push_back(std::move(source));
    }
  }

  std::optional<SourceStatus>
  read_source_status(const Fields& f)
  {
    const auto text = f.text("status");
    if (!text) {
      return std::nullopt;
    }
    const auto status = parse_source_status(util::trim(*text));
    if (!status) {
      std::string message = fmt::format("'status' in {} is '{}'; it must be one of {}",
                                        f.context(),
                                        util::for_terminal(*text),
                                        util::join(source_status_keys(), ", "));
      if (const auto suggestion = util::closest_match(*text, source_status_keys())) {
        message += fmt::format(" (did you mean '{}'?)", *suggestion);
      }
      m_sink.error(f.mark_of("status"), message);
    }
    return status;
  }

  // Warns when every source `item` cites is superseded or withdrawn: its
  // statement may no longer be what the sources ask.
  void
  warn_outdated_sources(const Fields& f, const Checklist& checklist, const Item& item)
  {
    const auto outdated = outdated_only_sources(checklist, item);
    if (outdated.empty()) {
      return;
    }
    std::vector<std::string> named;
    named.reserve(outdated.size());
    for (const Source* source : outdated) {
      named.push_back(fmt::format("'{}' ({})", source->id, to_string(source->status_of())));
    }
    m_sink.warning(f.mark_of("sources"),
                   fmt::format("{} rests only on superseded or withdrawn sources: {}; cite the "
                               "source now in force beside or instead of them",
                               f.context(),
                               util::join(named, ", ")));
  }

  void
  read_scale(const Fields& fields, Checklist& checklist)
  {
    const yaml::Node* list = fields.list("scale");
    if (list == nullptr) {
      checklist.scale = default_scale();
      return;
    }
    if (list->items.size() < 2) {
      m_sink.error(list->mark, "'scale' needs at least two options (for example met and not-met)");
    }
    std::unordered_map<std::string, int> seen_keys;
    std::vector<Mark> marks;
    std::vector<bool> explicit_shortcut;
    bool has_full = false;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      const yaml::Node& entry = list->items[i];
      const std::string context = entry_context("scale option", entry, "key", i);
      if (!schema::expect_mapping(entry, context, m_sink)) {
        continue;
      }
      const Fields f(entry, context, m_sink, {"key", "label", "score", "shortcut"});
      ScaleOption option;
      option.key = f.slug("key", Need::required).value_or("");
      option.label = f.text("label", Need::required).value_or("");
      option.score = f.number("score");
      if (option.score && (*option.score < 0 || *option.score > 1)) {
        m_sink.error(
            f.mark_of("score"),
            fmt::format("'score' in {} must be between 0 and 1, not {}", context, *option.score));
      }
      has_full = has_full || option.score == 1.0;
      option.shortcut = f.text("shortcut");
      if (option.shortcut) {
        check_shortcut(*option.shortcut, context, f.mark_of("shortcut"));
      }
      if (!option.key.empty()) {
        claim_unique(seen_keys, option.key, "scale key", f.mark_of("key"), m_sink);
      }
      explicit_shortcut.push_back(option.shortcut.has_value());
      marks.push_back(f.mark_of("shortcut"));
      checklist.scale.push_back(std::move(option));
    }
    if (!list->items.empty() && !has_full) {
      m_sink.error(list->mark, "no option of 'scale' has score 1; one must mean fully met");
    }
    check_unique_shortcuts(checklist.scale, marks, explicit_shortcut);
    assign_default_shortcuts(checklist.scale);
  }

  void
  check_shortcut(const std::string& shortcut, const std::string& context, Mark mark)
  {
    std::size_t pos = 0;
    const auto cp = shortcut.empty() ? std::nullopt : util::decode_utf8(shortcut, pos);
    const bool one_char = cp.has_value() && pos == shortcut.size();
    if (!one_char || !is_visible(*cp)) {
      m_sink.error(mark,
                   fmt::format("'shortcut' in {} must be exactly one visible character, not '{}'",
                               context,
                               util::for_terminal(shortcut)));
    } else if (is_digit(*cp)) {
      m_sink.error(mark,
                   fmt::format("'shortcut' in {} must not be a digit: the digits 1 to 9 "
                               "already choose options by position",
                               context));
    } else if (shortcut.size() == 1 && k_kept_keys.find(shortcut[0]) != std::string_view::npos) {
      m_sink.error(mark,
                   fmt::format("'shortcut' '{}' in {} is kept by 'assess' (s skip, b back, "
                               "q quit, ? help); choose another character",
                               shortcut,
                               context));
    }
  }

  void
  check_unique_shortcuts(const std::vector<ScaleOption>& scale,
                         const std::vector<Mark>& marks,
                         const std::vector<bool>& explicit_shortcut)
  {
    std::unordered_map<std::string, int> seen;
    for (std::size_t i = 0; i < scale.size(); ++i) {
      if (explicit_shortcut[i] && scale[i].shortcut) {
        claim_unique(seen, *scale[i].shortcut, "shortcut", marks[i], m_sink);
      }
    }
  }

  static void
  assign_default_shortcuts(std::vector<ScaleOption>& scale)
  {
    std::vector<std::string> firsts;
    firsts.reserve(scale.size());
    for (const auto& option : scale) {
      firsts.push_back(option.key.empty() ? std::string() : option.key.substr(0, 1));
    }
    for (std::size_t i = 0; i < scale.size(); ++i) {
      ScaleOption& option = scale[i];
      const std::string& first = firsts[i];
      if (option.shortcut || first.empty() || (first[0] >= '0' && first[0] <= '9')
          || k_kept_keys.find(first[0]) != std::string_view::npos) {
        continue;
      }
      const bool clash = std::any_of(scale.begin(), scale.end(), [&](const ScaleOption& other) {
        return &other != &option && (other.shortcut == first || (other.key.substr(0, 1) == first));
      });
      if (!clash) {
        option.shortcut = first;
      }
    }
  }

  void
  read_ratings(const Fields& fields, Checklist& checklist)
  {
    const yaml::Node* list = fields.list("ratings");
    if (list == nullptr) {
      checklist.ratings = default_ratings();
      return;
    }
    if (list->items.empty()) {
      m_sink.error(list->mark, "'ratings' needs at least one band, one of them with 'min: 0'");
      return;
    }
    std::unordered_map<std::string, int> seen_keys;
    std::unordered_map<std::string, int> seen_mins;
    bool has_zero = false;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      const yaml::Node& entry = list->items[i];
      const std::string context = entry_context("rating", entry, "key", i);
      if (!schema::expect_mapping(entry, context, m_sink)) {
        continue;
      }
      const Fields f(entry, context, m_sink, {"key", "label", "min"});
      Rating rating;
      rating.key = f.slug("key", Need::required).value_or("");
      rating.label = f.text("label", Need::required).value_or("");
      const auto min = f.number("min");
      if (!min && !f.get("min")) {
        m_sink.error(entry.mark,
                     fmt::format("{} has no 'min'; it needs the lowest score (0 to "
                                 "100) that earns it",
                                 context));
      }
      if (min && (*min < 0 || *min > 100)) {
        m_sink.error(f.mark_of("min"),
                     fmt::format("'min' in {} must be between 0 and 100, not {}", context, *min));
      } else if (min) {
        rating.min = *min;
        has_zero = has_zero || *min == 0;
        claim_unique(seen_mins, fmt::format("{}", *min), "rating min", f.mark_of("min"), m_sink);
      }
      if (!rating.key.empty()) {
        claim_unique(seen_keys, rating.key, "rating key", f.mark_of("key"), m_sink);
      }
      checklist.ratings.push_back(std::move(rating));
    }
    if (!has_zero) {
      m_sink.error(list->mark,
                   "no band of 'ratings' has 'min: 0'; one must cover the lowest scores");
    }
    std::stable_sort(checklist.ratings.begin(),
                     checklist.ratings.end(),
                     [](const Rating& a, const Rating& b) { return a.min > b.min; });
  }

  void
  read_profiles(const Fields& fields, Checklist& checklist)
  {
    const yaml::Node* list = fields.list("profiles");
    if (list == nullptr) {
      return;
    }
    std::unordered_map<std::string, int> seen;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      const yaml::Node& entry = list->items[i];
      const std::string context = entry_context("profile", entry, "key", i);
      if (!schema::expect_mapping(entry, context, m_sink)) {
        continue;
      }
      const Fields f(entry, context, m_sink, {"key", "label"});
      Profile profile;
      profile.key = f.slug("key", Need::required).value_or("");
      profile.label = f.text("label", Need::required).value_or("");
      if (!profile.key.empty()) {
        claim_unique(seen, profile.key, "profile key", f.mark_of("key"), m_sink);
        m_profile_keys.insert(profile.key);
      }
      checklist.profiles.push_back(std::move(profile));
    }
  }

  void
  read_sections(const Fields& fields, Checklist& checklist)
  {
    const yaml::Node* list = fields.list("sections", Need::required);
    if (list == nullptr) {
      return;
    }
    if (list->items.empty()) {
      m_sink.error(list->mark, "'sections' is empty; a checklist needs at least one section");
      return;
    }
    std::unordered_map<std::string, int> seen;
    checklist.sections.reserve(list->items.size());
    seen.reserve(list->items.size());
    reserve_items(*list, checklist);
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      const yaml::Node& entry = list->items[i];
      const std::string context = entry_context("section", entry, "id", i);
      if (!schema::expect_mapping(entry, context, m_sink)) {
        continue;
      }
      const Fields f(entry, context, m_sink, {"id", "title", "description", "items"});
      Section section;
      section.id = f.slug("id", Need::required).value_or("");
      section.title = f.text("title", Need::required).value_or("");
      section.description = f.text("description");
      if (!section.id.empty()) {
        claim_unique(seen, section.id, "section id", f.mark_of("id"), m_sink);
      }
      if (const yaml::Node* items = f.list("items", Need::required)) {
        if (items->items.empty()) {
          m_sink.error(items->mark,
                       fmt::format("'items' of {} is empty; a section needs at "
                                   "least one item",
                                   context));
        }
        section.items.reserve(items->items.size());
        for (std::size_t j = 0; j < items->items.size(); ++j) {
          read_item(items->items[j], j, checklist, section);
        }
      }
      checklist.sections.push_back(std::move(section));
      release_section(i);
    }
    checklist.sections.shrink_to_fit();
  }

  // Sizes the maps of item ids for the items of every section in `list`.
  void
  reserve_items(const yaml::Node& list, Checklist& checklist)
  {
    std::size_t items = 0;
    for (const auto& entry : list.items) {
      const yaml::Node* section_items = entry.is_mapping() ? entry.find("items") : nullptr;
      items += section_items != nullptr ? section_items->items.size() : 0;
    }
    m_item_lines.reserve(items);
    checklist.item_index.reserve(items);
  }

  // Frees section `index` of the tree when the builder owns it.
  void
  release_section(std::size_t index)
  {
    if (m_owned == nullptr) {
      return;
    }
    if (yaml::Node* list = m_owned->find("sections"); list != nullptr && list->is_sequence()) {
      list->items[index].release();
    }
  }

  void
  read_item(const yaml::Node& entry, std::size_t index, Checklist& checklist, Section& section)
  {
    const std::string context = entry_context("item", entry, "id", index);
    if (!schema::expect_mapping(entry, context, m_sink)) {
      return;
    }
    const Fields f(entry,
                   context,
                   m_sink,
                   {"id",
                    "text",
                    "guidance",
                    "evidence",
                    "sources",
                    "weight",
                    "mandatory",
                    "profiles",
                    "replaces",
                    "tags"});
    Item item;
    item.id = f.slug("id", Need::required).value_or("");
    item.text = f.text("text", Need::required).value_or("");
    item.guidance = f.text("guidance");
    item.evidence = f.text_list("evidence");
    read_item_sources(f, checklist, item);
    warn_outdated_sources(f, checklist, item);
    if (const auto weight = f.number("weight")) {
      // A weight below 0.01 (4.9e-324, say) makes every gap round to 0.
      if (!(*weight >= k_min_weight && *weight <= 100)) {
        m_sink.error(
            f.mark_of("weight"),
            fmt::format("'weight' in {} must be from 0.01 to 100, not {}", context, *weight));
      } else {
        item.weight = *weight;
      }
    }
    item.mandatory = f.boolean("mandatory").value_or(false);
    item.profiles = f.slug_list("profiles");
    check_item_profiles(f, checklist, item);
    item.replaces = f.slug_list("replaces");
    std::unordered_map<std::string, int> listed;
    for (const auto& old_id : item.replaces) {
      claim_unique(listed, old_id, "id in 'replaces'", f.mark_of("replaces"), m_sink);
      m_replaces.push_back({item.id, old_id, f.mark_of("replaces")});
    }
    item.tags = f.slug_list("tags");
    if (!item.id.empty()) {
      const Mark mark = f.mark_of("id");
      if (claim_unique(m_item_lines, item.id, "item id", mark, m_sink)) {
        checklist.item_index.emplace(
            item.id, std::make_pair(checklist.sections.size(), section.items.size()));
      }
    }
    section.items.push_back(std::move(item));
  }

  void
  read_item_sources(const Fields& f, const Checklist& checklist, Item& item)
  {
    const yaml::Node* list = f.list("sources");
    if (list == nullptr) {
      return;
    }
    for (const auto& entry : list->items) {
      SourceRef ref;
      Mark mark = entry.mark;
      if (entry.is_mapping()) {
        const Fields rf(
            entry, fmt::format("a source of {}", f.context()), m_sink, {"source", "ref"});
        ref.source = rf.slug("source", Need::required).value_or("");
        ref.ref = rf.text("ref");
        mark = rf.mark_of("source");
      } else if (entry.is_scalar()) {
        ref.source = schema::scalar_slug(entry, "source id", m_sink).value_or("");
      } else {
        m_sink.error(entry.mark,
                     fmt::format("each source of {} must be a source id or "
                                 "{{source: ID, ref: \"...\"}}, not {}",
                                 f.context(),
                                 yaml::describe(entry)));
        continue;
      }
      if (!ref.source.empty() && m_source_ids.count(ref.source) == 0) {
        report_unknown(mark,
                       "source",
                       ref.source,
                       f.context(),
                       source_ids(checklist),
                       "the checklist's 'sources'");
      }
      item.sources.push_back(std::move(ref));
    }
  }

  void
  check_item_profiles(const Fields& f, const Checklist& checklist, const Item& item)
  {
    const yaml::Node* list = f.list("profiles");
    for (std::size_t i = 0; i < item.profiles.size() && list != nullptr; ++i) {
      if (m_profile_keys.count(item.profiles[i]) == 0) {
        const auto keys = checklist.profile_keys();
        const Mark mark = i < list->items.size() ? list->items[i].mark : list->mark;
        report_unknown(
            mark, "profile", item.profiles[i], f.context(), keys, "the checklist's 'profiles'");
      }
    }
  }

  void
  report_unknown(Mark mark,
                 std::string_view kind,
                 const std::string& value,
                 const std::string& context,
                 const std::vector<std::string>& known,
                 std::string_view where)
  {
    std::string message =
        fmt::format("{} '{}' of {} is not in {}", kind, util::for_terminal(value), context, where);
    if (m_sink.full()) {
      // Not shown: skip the suggestion, which costs a pass over `known`.
      m_sink.error(mark, message);
      return;
    }
    if (const auto suggestion = util::closest_match(value, known)) {
      message += fmt::format("; did you mean '{}'?", *suggestion);
    } else if (known.empty()) {
      message += fmt::format("; there are none: add it there first");
    } else {
      message += fmt::format("; expected one of: {}", util::join(known, ", "));
    }
    m_sink.error(mark, message);
  }

  static std::vector<std::string>
  source_ids(const Checklist& checklist)
  {
    std::vector<std::string> ids;
    for (const auto& s : checklist.sources) {
      ids.push_back(s.id);
    }
    return ids;
  }

  void
  check_replaces()
  {
    for (const auto& [item_id, old_id, mark] : m_replaces) {
      if (m_item_lines.count(old_id) != 0) {
        m_sink.error(mark,
                     fmt::format("item '{}' replaces '{}', but this checklist still has an "
                                 "item '{}'; an old id cannot be reused",
                                 item_id,
                                 old_id,
                                 old_id));
      }
    }
  }

  struct Replacement
  {
    std::string item_id;
    std::string old_id;
    Mark mark;
  };

  DiagnosticSink& m_sink;
  // The tree being read, when the builder may free it as it goes.
  yaml::Node* m_owned = nullptr;
  std::unordered_map<std::string, int> m_item_lines;
  std::vector<Replacement> m_replaces;
  std::unordered_set<std::string> m_source_ids;
  std::unordered_set<std::string> m_profile_keys;
};

} // namespace

ChecklistPtr
build_checklist(const yaml::Node& root, DiagnosticSink& sink, std::string origin)
{
  ChecklistBuilder builder(sink);
  return builder.build(root, std::move(origin));
}

ChecklistPtr
build_checklist(yaml::Node&& root, DiagnosticSink& sink, std::string origin)
{
  yaml::Node tree = std::move(root);
  ChecklistBuilder builder(sink);
  builder.release_as_read(tree);
  return builder.build(tree, std::move(origin));
}

ChecklistPtr
load_checklist(std::string_view text, DiagnosticSink& sink, std::string origin)
{
  auto root = yaml::parse(text, sink);
  if (!root) {
    return nullptr;
  }
  auto checklist = build_checklist(std::move(*root), sink, std::move(origin));
  return sink.has_errors() ? nullptr : checklist;
}

ChecklistPtr
load_checklist(std::string&& text, DiagnosticSink& sink, std::string origin)
{
  auto root = yaml::parse(text, sink);
  // The tree holds everything the loader needs: free the file's bytes first.
  std::string().swap(text);
  if (!root) {
    return nullptr;
  }
  auto checklist = build_checklist(std::move(*root), sink, std::move(origin));
  return sink.has_errors() ? nullptr : checklist;
}

} // namespace ftsu::core
