// Tests of the bundled checklists themselves (checklists/<id>/<version>.yaml):
// released item ids never change, every item cites a source, every source
// can be found again.
#include <ftsu/core/catalog.hpp>
#include <ftsu/core/publication.hpp>
#include <ftsu/util/strings.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

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

// The weighting rule of docs/checklists.md ("Weights"), checked where a test
// can check it, on the latest version of each bundled checklist (released
// versions before the rule are frozen as they were).
namespace {

std::map<std::string, ChecklistPtr>
latest_versions()
{
  Catalog catalog;
  catalog.add_bundled();
  const auto all = bundled();
  std::map<std::string, ChecklistPtr> out;
  for (const auto& id : catalog.ids()) {
    out.emplace(id, all.at(id + "@" + catalog.versions(id).back()));
  }
  return out;
}

bool
has_tag(const Item& item, std::string_view tag)
{
  return std::find(item.tags.begin(), item.tags.end(), tag) != item.tags.end();
}

// The same requirement, asked in more than one checklist: each row must have
// one weight. Keep in step with the table in docs/checklists.md.
const std::vector<std::vector<std::pair<std::string, std::string>>> k_same_requirement = {
    {{"ngo-case-reviews", "policy-adopted"},
     {"ftsu-policy-2022", "policy-minimum-standard"},
     {"leaders-guide-2022", "know-policy-on-2022-template"}},
    {{"ngo-case-reviews", "policy-reflection-tool"},
     {"ftsu-policy-2022", "self-assessment-2024"},
     {"leaders-guide-2022", "improve-reflection-tool-used"}},
    {{"ftsu-policy-2022", "improvement-plan-2024"},
     {"leaders-guide-2022", "improve-plan-progress-updates"}},
    {{"ngo-case-reviews", "detriment-separate-conduct"},
     {"ftsu-policy-2022", "after-conduct-separate"},
     {"leaders-guide-2022", "followup-separate-from-performance"}},
    {{"ngo-case-reviews", "inv-suitably-independent"},
     {"ftsu-policy-2022", "after-investigation-independent"},
     {"leaders-guide-2022", "followup-independent-timely-investigation"}},
    {{"ngo-case-reviews", "inv-timescale-set"}, {"ftsu-policy-2022", "after-investigation-timely"}},
    {{"ngo-case-reviews", "feedback-throughout"},
     {"ftsu-policy-2022", "feedback-to-speaker"},
     {"leaders-guide-2022", "followup-progress-updates"}},
    {{"ngo-case-reviews", "feedback-experience-sought"},
     {"ftsu-policy-2022", "feedback-from-speaker"},
     {"leaders-guide-2022", "improve-speaker-feedback-used"}},
    {{"ngo-case-reviews", "feedback-thanked"},
     {"ftsu-policy-2022", "after-thanked"},
     {"leaders-guide-2022", "thank-people-who-speak-up"}},
    {{"ngo-case-reviews", "detriment-process"},
     {"ftsu-policy-2022", "detriment-process"},
     {"leaders-guide-2022", "safe-detriment-acted-on"}},
    {{"ngo-case-reviews", "barriers-groups-engaged"},
     {"leaders-guide-2022", "barriers-groups-identified"}},
    {{"ngo-case-reviews", "guardian-ring-fenced-time"},
     {"leaders-guide-2022", "guardian-ring-fenced-time"}},
    {{"ngo-case-reviews", "guardian-fair-open-appointment"},
     {"ftsu-policy-2022", "icb-guardian-appointment"},
     {"leaders-guide-2022", "guardian-fair-open-appointment"}},
    {{"ngo-case-reviews", "guardian-access-ceo-chair"},
     {"leaders-guide-2022", "guardian-direct-access-leaders"}},
    {{"ngo-case-reviews", "guardian-supervision"},
     {"leaders-guide-2022", "guardian-wellbeing-support"}},
    {{"ngo-case-reviews", "board-exec-ned-leads"},
     {"ftsu-policy-2022", "exec-ned-leads"},
     {"leaders-guide-2022", "rolemodel-exec-ned-leads"}},
    {{"ngo-case-reviews", "board-guardian-reports"},
     {"ftsu-policy-2022", "board-thematic-report"},
     {"leaders-guide-2022", "learn-guardian-board-report"}},
    {{"ngo-case-reviews", "training-all-staff-mandatory"},
     {"ftsu-policy-2022", "training-speak-up"}},
    {{"ngo-case-reviews", "training-managers-respond"},
     {"ftsu-policy-2022", "training-listen-up"},
     {"leaders-guide-2022", "listen-managers-trained"}},
    {{"ngo-case-reviews", "training-senior-leaders-follow-up"},
     {"ftsu-policy-2022", "training-follow-up"},
     {"leaders-guide-2022", "rolemodel-follow-up-training"}},
    {{"ftsu-policy-2022", "modes-no-source-hunting"},
     {"leaders-guide-2022", "followup-focus-on-what-not-who"}},
    {{"ftsu-policy-2022", "learning-shared"},
     {"leaders-guide-2022", "learn-shared-across-organisation"}},
    {{"ngo-case-reviews", "sa-protected-disclosure-clause"},
     {"ftsu-policy-2022", "settlement-protected-disclosure"}},
    {{"ngo-case-reviews", "policy-related-policies-aligned"},
     {"ftsu-policy-2022", "policy-related-consistent"}},
    {{"ngo-case-reviews", "access-bank-agency-students"},
     {"leaders-guide-2022", "know-all-worker-groups-reached"}},
    {{"ngo-case-reviews", "culture-action-visible"},
     {"leaders-guide-2022", "barriers-futility-addressed"}},
    {{"ngo-case-reviews", "nhse-data-collection-returns"},
     {"ftsu-policy-2022", "nhse-data-collection-returns"}},
    {{"ngo-case-reviews", "moved-to-nhse-arrangements"},
     {"ftsu-policy-2022", "moved-to-nhse-arrangements"},
     {"leaders-guide-2022", "moved-to-nhse-arrangements"}},
    {{"ngo-case-reviews", "contract-carve-out-any-agreement"},
     {"ftsu-policy-2022", "contract-carve-out-any-agreement"}},
    {{"ngo-case-reviews", "culture-closed-cultures-watched"},
     {"leaders-guide-2022", "barriers-closed-cultures-watched"}},
};

} // namespace

TEST_CASE("the latest checklists follow the one weighting rule")
{
  const auto latest = latest_versions();
  REQUIRE(latest.size() == 3);
  SUBCASE("weights are 1, 2 or 3, and every mandatory item has weight 3")
  {
    // Not structured bindings: INFO captures by reference, and Clang 14
    // cannot capture a structured binding.
    for (const auto& entry : latest) {
      const std::string& id = entry.first;
      const auto& checklist = entry.second;
      for (const auto& section : checklist->sections) {
        for (const auto& item : section.items) {
          INFO(id, " item ", item.id, " weight ", item.weight);
          CHECK((item.weight == 1.0 || item.weight == 2.0 || item.weight == 3.0));
          if (item.mandatory) {
            CHECK(item.weight == 3.0);
          }
        }
      }
    }
  }
  SUBCASE("an inferred item, or one whose guidance calls it good practice, is not weight 3")
  {
    std::size_t inferred = 0;
    // Not structured bindings: INFO captures by reference, and Clang 14
    // cannot capture a structured binding.
    for (const auto& entry : latest) {
      const std::string& id = entry.first;
      const auto& checklist = entry.second;
      for (const auto& section : checklist->sections) {
        for (const auto& item : section.items) {
          const std::string guidance = ftsu::util::to_lower(item.guidance.value_or(""));
          const bool good_practice = guidance.find("good practice") != std::string::npos;
          INFO(id, " item ", item.id);
          if (has_tag(item, "inferred") || good_practice) {
            CHECK(item.weight < 3.0);
            CHECK_FALSE(item.mandatory);
          }
          if (has_tag(item, "inferred")) {
            ++inferred;
          }
          // An item whose refs call it inferred carries the tag.
          for (const auto& ref : item.sources) {
            if (ref.ref && ftsu::util::to_lower(*ref.ref).find("inferred") != std::string::npos) {
              CHECK(has_tag(item, "inferred"));
            }
          }
        }
      }
    }
    CHECK(inferred >= 20); // the tag is in use in all three checklists
  }
  SUBCASE("the same requirement has the same weight in every checklist")
  {
    for (const auto& row : k_same_requirement) {
      std::set<double> weights;
      for (const auto& pair : row) {
        const std::string checklist_id(pair.first);
        const std::string item_id(pair.second);
        INFO(checklist_id, " item ", item_id);
        REQUIRE(latest.count(checklist_id) == 1);
        const Item* item = latest.at(checklist_id)->find_item(item_id);
        REQUIRE(item != nullptr);
        weights.insert(item->weight);
      }
      INFO("requirement first listed as ", row.front().second);
      CHECK(weights.size() == 1);
    }
  }
  SUBCASE("mandatory items rest on a requirement that binds the profiles they apply to")
  {
    // The NHS Standard Contract and the Fit and Proper Person Test Framework
    // do not bind primary care: items resting on them are limited to trusts.
    // Not structured bindings: INFO captures by reference, and Clang 14
    // cannot capture a structured binding.
    for (const auto& entry : latest) {
      const std::string& id = entry.first;
      const auto& checklist = entry.second;
      for (const auto& section : checklist->sections) {
        for (const auto& item : section.items) {
          const std::string guidance = ftsu::util::to_lower(item.guidance.value_or(""));
          if (item.mandatory
              && (guidance.find("standard contract") != std::string::npos
                  || guidance.find("fit and proper") != std::string::npos)) {
            INFO(id, " item ", item.id);
            CHECK(item.profiles == std::vector<std::string>{"trust"});
          }
        }
      }
    }
  }
}

// The National Guardian's Office closed at the end of June 2026. No item of
// the latest checklists may ask for anything to be sent to, registered with,
// trained or provided by it as a body that still exists; a sentence naming
// it in the past ("until it closed", "no longer", "before July 2026") is
// allowed. The check is run on 2026.2 too, which did ask for all three, so
// that it is known to catch them.
namespace {

std::vector<std::string>
sentences(const std::string& text)
{
  std::vector<std::string> out;
  std::string current;
  for (const char c : text) {
    current += c;
    if (c == '.' || c == ';' || c == ':') {
      out.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) {
    out.push_back(current);
  }
  return out;
}

// "id: sentence" for every sentence of an item's text, guidance or evidence
// that treats the NGO as a current body.
std::vector<std::string>
current_ngo_demands(const Checklist& checklist)
{
  static const std::regex names_ngo(R"(\bngo\b|national guardian's office)");
  static const std::vector<std::regex> demands = {
      std::regex(
          R"(\b(send|sends|sent|submit|submits|submitted|submission|submissions|return|returns|returned|report|reports|reported|goes|go)\b[^.;:]*\bto the (ngo|national guardian's office)\b)"),
      std::regex(
          R"(\b(register|registers|registered|registration)\b[^.;:]*\b(ngo|national guardian's office)\b)"),
      std::regex(R"(\b(ngo|national guardian's office)('s)? (guardian )?directory\b)"),
      std::regex(R"(\b(ngo|national guardian's office)('s)? (foundation )?training\b)"),
      std::regex(
          R"(\b(trained|provided|run|offered|supported) (by|through) the (ngo|national guardian's office)\b)"),
      std::regex(
          R"(\bthe (ngo|national guardian's office) (provides|runs|offers|collects|publishes|requires|expects|asks)\b)"),
      std::regex(R"(\bngo (confirmation|data submissions?|registration)\b)"),
  };
  static const std::regex past(
      R"(\b(closed|until|no longer|used to|before|once|historical|ran|former|formerly|superseded|replaced|replaces|then)\b)");
  std::vector<std::string> found;
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      std::vector<std::string> texts{item.text, item.guidance.value_or("")};
      texts.insert(texts.end(), item.evidence.begin(), item.evidence.end());
      for (const auto& text : texts) {
        for (const auto& sentence : sentences(ftsu::util::to_lower(text))) {
          if (!std::regex_search(sentence, names_ngo) || std::regex_search(sentence, past)) {
            continue;
          }
          for (const auto& demand : demands) {
            if (std::regex_search(sentence, demand)) {
              found.push_back(item.id + ": " + sentence);
              break;
            }
          }
        }
      }
    }
  }
  return found;
}

} // namespace

TEST_CASE(
    "no item of the latest checklists treats the National Guardian's Office as a current body")
{
  const auto all = bundled();
  SUBCASE("the check finds the demands 2026.2 made")
  {
    const auto found = current_ngo_demands(*all.at("ngo-case-reviews@2026.2"));
    const auto has = [&found](std::string_view id) {
      return std::any_of(
          found.begin(), found.end(), [id](const std::string& f) { return f.starts_with(id); });
    };
    CHECK(has("guardian-records-cases: "));
    CHECK(current_ngo_demands(*all.at("leaders-guide-2022@2026.2")).size() >= 2);
    const auto policy = current_ngo_demands(*all.at("ftsu-policy-2022@2026.2"));
    CHECK(std::any_of(policy.begin(), policy.end(), [](const std::string& f) {
      return f.starts_with("guardian-in-post: ");
    }));
  }
  SUBCASE("the latest versions make none")
  {
    for (const auto& entry : latest_versions()) {
      for (const auto& demand : current_ngo_demands(*entry.second)) {
        FAIL_CHECK(entry.first << " " << demand);
      }
    }
  }
}

TEST_CASE("no bundled checklist holds what could identify a person")
{
  // The writers' publication check skips bundled checklists' texts
  // (docs/security.md): this is what makes that safe.
  for (const auto& entry : bundled()) {
    // Not a structured binding: CAPTURE's lambda cannot name one in Clang 14.
    const std::string& name = entry.first;
    CAPTURE(name);
    const auto found = check_checklist_publication(*entry.second, {}, {});
    for (const auto& finding : found) {
      CAPTURE(finding.item);
      CAPTURE(finding.field);
      CAPTURE(finding.text);
      CHECK(false);
    }
  }
}
