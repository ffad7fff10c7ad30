// A checklist in two versions (every kind of change between them) and the
// answers and assessments on each side, for the tests of diff.cpp and
// trend.cpp.
#pragma once

#include <ftsu/core/diff.hpp>
#include <ftsu/core/scoring.hpp>

#include "testutil.hpp"

namespace ftsu::test {

using namespace ftsu::core;

// Version 1: sections keep {a, b, c, d, e, f}, old {o1, o2, m1, m2, s1}.
const char* const k_v1 = R"(format: ftsu-gap/checklist/v1
id: cmp
version: "1"
title: Compare
profiles:
  - {key: trust, label: Trust}
  - {key: pc, label: Primary care}
sections:
  - id: keep
    title: Kept
    items:
      - {id: a, text: A}
      - {id: b, text: B}
      - {id: c, text: C}
      - {id: d, text: D}
      - {id: e, text: E}
      - {id: f, text: F, profiles: [trust]}
  - id: old
    title: Dropped section
    items:
      - {id: o1, text: O1}
      - {id: m1, text: M1}
      - {id: m2, text: M2}
      - {id: s1, text: S1}
)";

// Version 2: a..f kept; o1 renamed n1; m1 and m2 merged into m; s1 split
// into s1a and s1b; section "old" removed; section "new" added with x.
const char* const k_v2 = R"(format: ftsu-gap/checklist/v1
id: cmp
version: "2"
title: Compare
profiles:
  - {key: trust, label: Trust}
  - {key: pc, label: Primary care}
sections:
  - id: keep
    title: Kept
    items:
      - {id: a, text: A}
      - {id: b, text: B}
      - {id: c, text: C}
      - {id: d, text: D}
      - {id: e, text: E}
      - {id: f, text: F, profiles: [trust]}
      - {id: n1, text: N1, replaces: [o1]}
      - {id: m, text: M, replaces: [m1, m2]}
      - {id: s1a, text: S1a, replaces: [s1]}
      - {id: s1b, text: S1b, replaces: [s1]}
  - id: new
    title: New section
    items:
      - {id: x, text: X}
)";

struct Fixture
{
  ChecklistPtr v1 = load_from_string(k_v1).checklist;
  ChecklistPtr v2 = load_from_string(k_v2).checklist;
  AnswersFile old_answers;
  AnswersFile new_answers;
  Assessment before;
  Assessment after;
  Comparison comparison;

  Fixture(std::string_view old_lines, std::string_view new_lines, std::string_view new_header = {})
  {
    REQUIRE(v1);
    REQUIRE(v2);
    old_answers = load(old_lines, "1", {});
    new_answers = load(new_lines, "2", new_header);
    before = score_answers(*v1, old_answers, ftsu::util::Date{2026, 1, 1});
    after = score_answers(*v2, new_answers, ftsu::util::Date{2026, 1, 1});
    comparison = compare(before, after);
  }

  static AnswersFile
  load(std::string_view lines, std::string_view version, std::string_view header)
  {
    DiagnosticSink sink("a.yaml");
    auto file =
        load_answers(fmt::format("format: ftsu-gap/answers/v1\nchecklist: cmp\nchecklist_version: "
                                 "\"{}\"\n{}answers:\n{}",
                                 version,
                                 header,
                                 lines),
                     sink);
    REQUIRE(file);
    return std::move(*file);
  }

  const ItemChange&
  item(std::string_view id, std::optional<std::string_view> before_id = std::nullopt) const
  {
    for (const auto& change : comparison.items) {
      if (change.id == id && (!before_id || change.before_id == *before_id)) {
        return change;
      }
    }
    FAIL("no item change ", id);
    return comparison.items.front();
  }
};

} // namespace ftsu::test
