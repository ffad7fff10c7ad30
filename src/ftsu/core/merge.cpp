#include <ftsu/core/merge.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace ftsu::core {

namespace {

// One respondent's answers, from a file of their own or from a merged file:
// per checklist item (by index in checklist order), their entry or nullptr.
struct Voice
{
  std::string name;
  std::size_t input = 0;
  std::vector<const AnswerEntry*> entries;
};

// Returns the index of each option of `checklist`'s scale among its
// distinct scores, highest first; unscored options get none.
std::vector<std::optional<int>>
score_ranks(const Checklist& checklist)
{
  std::vector<double> scores;
  for (const auto& option : checklist.scale) {
    if (option.score && std::find(scores.begin(), scores.end(), *option.score) == scores.end()) {
      scores.push_back(*option.score);
    }
  }
  std::sort(scores.begin(), scores.end(), [](double a, double b) { return a > b; });
  std::vector<std::optional<int>> ranks;
  for (const auto& option : checklist.scale) {
    if (option.score) {
      ranks.emplace_back(static_cast<int>(std::find(scores.begin(), scores.end(), *option.score)
                                          - scores.begin()));
    } else {
      ranks.emplace_back(std::nullopt);
    }
  }
  return ranks;
}

std::size_t
option_index(const Checklist& checklist, const ScaleOption& option)
{
  return static_cast<std::size_t>(&option - checklist.scale.data());
}

// Orders scored options by score, lowest first, then by scale order.
bool
lower(const Checklist& checklist, const ScaleOption* a, const ScaleOption* b)
{
  if (*a->score != *b->score) {
    return *a->score < *b->score;
  }
  return option_index(checklist, *a) < option_index(checklist, *b);
}

// The texts several respondents wrote in one field, merged: each different
// text once, in the order first written, with who wrote it.
class TextMerger
{
public:
  void
  add(const util::OptionalText& text, const std::string& who)
  {
    if (!text || util::trim(*text).empty()) {
      return;
    }
    const std::string value(util::trim(*text));
    const auto [found, added] = m_index.emplace(value, m_texts.size());
    if (!added) {
      m_texts[found->second].second.push_back(who);
      return;
    }
    m_texts.push_back({value, {who}});
  }

  // Returns the one text when all wrote the same, else each text followed
  // by who wrote it in brackets, one a line; nullopt when none wrote any.
  util::OptionalText
  text() const
  {
    if (m_texts.empty()) {
      return std::nullopt;
    }
    if (m_texts.size() == 1) {
      return m_texts.front().first;
    }
    std::vector<std::string> lines;
    for (const auto& [value, names] : m_texts) {
      lines.push_back(fmt::format("{} ({})", value, util::join(names, ", ")));
    }
    return util::join(lines, "\n");
  }

private:
  std::vector<std::pair<std::string, std::vector<std::string>>> m_texts;
  // Each text's place in `m_texts`, so adding is constant time.
  std::unordered_map<std::string, std::size_t> m_index;
};

// Returns true when two entries say the same (their form and place in the
// file aside).
bool
same_entry(const AnswerEntry* a, const AnswerEntry* b)
{
  // No entry says what an empty one says: a merged file records a blank as
  // an entry with no answer.
  static const AnswerEntry k_empty;
  a = a != nullptr ? a : &k_empty;
  b = b != nullptr ? b : &k_empty;
  return a->answer == b->answer && a->evidence == b->evidence
         && a->evidence_from == b->evidence_from && a->action == b->action && a->owner == b->owner
         && a->due == b->due && a->status == b->status && a->progress == b->progress
         && a->progress_notes == b->progress_notes && a->completed_on == b->completed_on
         && a->dropped_reason == b->dropped_reason && a->due_history == b->due_history
         && a->note == b->note;
}

bool
same_voice(const Voice& a, const Voice& b)
{
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    if (!same_entry(a.entries[i], b.entries[i])) {
      return false;
    }
  }
  return true;
}

// The checklist's items in order, each with its section.
std::vector<const Item*>
items_in_order(const Checklist& checklist)
{
  std::vector<const Item*> items;
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      items.push_back(&item);
    }
  }
  return items;
}

class Merger
{
public:
  Merger(const Checklist& checklist, std::span<const MergeInput> inputs)
      : m_checklist(checklist)
      , m_inputs(inputs)
      , m_items(items_in_order(checklist))
  {
  }

  MergeOutcome
  run(std::optional<MergeRule> rule)
  {
    MergeOutcome outcome;
    if (m_inputs.empty()) {
      problem(0, {}, "merge needs at least one answers file");
      outcome.problems = std::move(m_problems);
      return outcome;
    }
    check_same_assessment();
    read_voices();
    const MergeRule chosen = choose_rule(rule);
    if (!m_problems.empty()) {
      outcome.problems = std::move(m_problems);
      return outcome;
    }
    outcome.merged = merged_file(chosen);
    outcome.warnings = blank_warnings();
    return outcome;
  }

private:
  void
  problem(std::size_t input, Mark mark, std::string message)
  {
    Diagnostic diagnostic;
    diagnostic.file = input < m_inputs.size() ? m_inputs[input].name : std::string("merge");
    diagnostic.mark = mark;
    diagnostic.message = std::move(message);
    m_problems.push_back(std::move(diagnostic));
  }

  const AnswersFile&
  file(std::size_t input) const
  {
    return *m_inputs[input].answers;
  }

  std::string
  shown(std::size_t input) const
  {
    return util::for_terminal(m_inputs[input].name);
  }

  // Compares one header field of every file with the first's.
  void
  check_field(std::string_view what,
              const std::optional<std::string> AnswersFile::*member,
              Mark AnswersFile::*mark)
  {
    const auto& first = file(0).*member;
    for (std::size_t i = 1; i < m_inputs.size(); ++i) {
      const auto& value = file(i).*member;
      if (value == first) {
        continue;
      }
      const auto describe = [](const std::optional<std::string>& text) {
        return text ? fmt::format("'{}'", util::for_terminal(*text)) : std::string("none");
      };
      problem(i,
              mark != nullptr ? file(i).*mark : Mark{},
              fmt::format("{} names {} {} but {} names {}; merge takes the answers of one "
                          "checklist version, organisation, period and profile",
                          shown(i),
                          what,
                          describe(value),
                          shown(0),
                          describe(first)));
    }
  }

  void
  check_same_assessment()
  {
    const AnswersFile& first = file(0);
    for (std::size_t i = 1; i < m_inputs.size(); ++i) {
      const AnswersFile& other = file(i);
      if (other.checklist != first.checklist
          || other.checklist_version != first.checklist_version) {
        problem(i,
                other.checklist_mark,
                fmt::format("{} answers {} {} but {} answers {} {}; merge takes the answers of "
                            "one checklist version, organisation, period and profile",
                            shown(i),
                            util::for_terminal(other.checklist),
                            util::for_terminal(other.checklist_version),
                            shown(0),
                            util::for_terminal(first.checklist),
                            util::for_terminal(first.checklist_version)));
      }
    }
    check_field("organisation", &AnswersFile::organisation, nullptr);
    check_field("period", &AnswersFile::period, nullptr);
    check_field("profile", &AnswersFile::profile, &AnswersFile::profile_mark);
  }

  // Per checklist item, the entry of `answers` that counts for it.
  std::vector<const AnswerEntry*>
  entries_of(const AnswersFile& answers) const
  {
    const auto matched = match_answers(answers, m_checklist);
    std::vector<const AnswerEntry*> out;
    out.reserve(m_items.size());
    for (const Item* item : m_items) {
      const auto it = matched.find(item->id);
      out.push_back(it == matched.end() ? nullptr : &answers.answers[it->second]);
    }
    return out;
  }

  void
  add_voice(Voice voice)
  {
    const auto [found, added] = m_voice_of.emplace(respondent_key(voice.name), m_voices.size());
    if (added) {
      m_voices.push_back(std::move(voice));
      return;
    }
    const Voice& seen = m_voices[found->second];
    if (!same_voice(seen, voice)) {
      const bool same_spelling = util::trim(seen.name) == util::trim(voice.name);
      const std::string names =
          same_spelling
              ? fmt::format("respondent '{}'", util::for_terminal(util::trim(voice.name)))
              : fmt::format("respondents '{}' and '{}' (one respondent: names are compared "
                            "without regard to case)",
                            util::for_terminal(seen.name),
                            util::for_terminal(voice.name));
      problem(voice.input,
              file(voice.input).merged() ? file(voice.input).respondents_mark
                                         : file(voice.input).respondent_mark,
              fmt::format("{} {} in both {} and {}, with different answers; give each "
                          "respondent once (merge their own files again to take a revised one)",
                          names,
                          same_spelling ? "is" : "are",
                          shown(seen.input),
                          shown(voice.input)));
    }
  }

  void
  read_voices()
  {
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
      const AnswersFile& answers = file(i);
      m_entries.push_back(entries_of(answers));
      const auto& entries = m_entries.back();
      if (!answers.merged()) {
        if (!answers.respondent) {
          problem(i,
                  {},
                  fmt::format("{} does not name its respondent; add 'respondent: NAME' (a name "
                              "or role) or start it with 'ftsu-gap init CHECKLIST "
                              "--respondent NAME -o FILE'",
                              shown(i)));
          continue;
        }
        add_voice({*answers.respondent, i, entries});
        continue;
      }
      // One pass over each item's respondents (the loader gives them the
      // list's spelling), not one per respondent.
      std::unordered_map<std::string_view, std::size_t> place;
      std::vector<Voice> voices;
      for (const auto& name : answers.respondents) {
        place.emplace(name, voices.size());
        voices.push_back({name, i, std::vector<const AnswerEntry*>(entries.size(), nullptr)});
      }
      for (std::size_t item = 0; item < entries.size(); ++item) {
        if (entries[item] == nullptr) {
          continue;
        }
        for (const auto& own : entries[item]->respondents) {
          if (const auto found = place.find(own.respondent); found != place.end()) {
            voices[found->second].entries[item] = &own.entry;
          }
        }
      }
      for (auto& voice : voices) {
        add_voice(std::move(voice));
      }
    }
  }

  MergeRule
  choose_rule(std::optional<MergeRule> rule)
  {
    if (rule) {
      return *rule;
    }
    std::optional<MergeRule> found;
    std::size_t found_in = 0;
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
      const auto& own = file(i).merge_rule;
      if (!file(i).merged()) {
        continue;
      }
      const MergeRule this_rule = own.value_or(MergeRule::lowest);
      if (found && *found != this_rule) {
        problem(i,
                {},
                fmt::format("{} was merged by rule {} and {} by rule {}; choose one with --rule",
                            shown(i),
                            to_string(this_rule),
                            shown(found_in),
                            to_string(*found)));
      } else if (!found) {
        found = this_rule;
        found_in = i;
      }
    }
    return found.value_or(MergeRule::lowest);
  }

  AnswersFile
  merged_header(MergeRule rule) const
  {
    AnswersFile out;
    const AnswersFile& first = file(0);
    out.checklist = first.checklist;
    out.checklist_version = first.checklist_version;
    out.organisation = first.organisation;
    out.profile = first.profile;
    out.period = first.period;
    out.merge_rule = rule;
    std::vector<std::string> seen_keys;
    std::vector<std::string> seen_answer_keys;
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
      const AnswersFile& answers = file(i);
      if (answers.assessed_on && (!out.assessed_on || *out.assessed_on < *answers.assessed_on)) {
        out.assessed_on = answers.assessed_on;
      }
      for (const auto& assessor : answers.assessors) {
        if (std::find(out.assessors.begin(), out.assessors.end(), assessor)
            == out.assessors.end()) {
          out.assessors.push_back(assessor);
        }
      }
      keep_extensions(answers.extensions, seen_keys, out.extensions);
      keep_extensions(answers.answers_extensions, seen_answer_keys, out.answers_extensions);
    }
    for (const Voice& voice : m_voices) {
      out.respondents.push_back(voice.name);
    }
    return out;
  }

  // Appends the extensions of `from` whose keys are not yet in `seen`.
  static void
  keep_extensions(const std::vector<Extension>& from,
                  std::vector<std::string>& seen,
                  std::vector<Extension>& to)
  {
    for (const auto& ext : from) {
      if (std::find(seen.begin(), seen.end(), ext.key) == seen.end()) {
        seen.push_back(ext.key);
        to.push_back(ext);
      }
    }
  }

  // The `x-` keys merged files kept on item `index` itself.
  std::vector<Extension>
  item_extensions(std::size_t index) const
  {
    std::vector<std::string> seen;
    std::vector<Extension> out;
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
      if (!file(i).merged()) {
        continue;
      }
      if (const AnswerEntry* entry = m_entries[i][index]) {
        keep_extensions(entry->extensions, seen, out);
      }
    }
    return out;
  }

  AnswerEntry
  merged_entry(std::size_t index, MergeRule rule) const
  {
    AnswerEntry out;
    out.item_id = m_items[index]->id;
    out.long_form = true;
    std::vector<std::string> answers;
    TextMerger evidence;
    TextMerger note;
    for (const Voice& voice : m_voices) {
      const AnswerEntry* own = voice.entries[index];
      if (own == nullptr) {
        // Kept with no answer, so the merged file records the blank.
        RespondentEntry blank{voice.name, {}};
        blank.entry.item_id = out.item_id;
        out.respondents.push_back(std::move(blank));
        continue;
      }
      RespondentEntry kept{voice.name, {}};
      kept.entry.item_id = out.item_id;
      kept.entry.long_form = own->long_form;
      kept.entry.answer = own->answer;
      kept.entry.evidence = own->evidence;
      kept.entry.evidence_from = own->evidence_from;
      kept.entry.action = own->action;
      kept.entry.owner = own->owner;
      kept.entry.due = own->due;
      kept.entry.status = own->status;
      kept.entry.progress = own->progress;
      kept.entry.progress_notes = own->progress_notes;
      kept.entry.completed_on = own->completed_on;
      kept.entry.dropped_reason = own->dropped_reason;
      kept.entry.due_history = own->due_history;
      kept.entry.note = own->note;
      // The respondent's private note stays in their own file; what they
      // accepted as safe to publish comes with their texts.
      kept.entry.publish_ok = own->publish_ok;
      kept.entry.extensions = own->extensions;
      out.respondents.push_back(std::move(kept));
      if (own->answer) {
        answers.push_back(*own->answer);
      }
      evidence.add(own->evidence, voice.name);
      if (own->evidence && own->evidence_from && !out.evidence_from) {
        out.evidence_from = own->evidence_from;
      }
      note.add(own->note, voice.name);
    }
    // Each action stays the respondent's own (their entry above): no
    // joined action, owner or due date on the item.
    out.answer = merged_answer(m_checklist, answers, rule);
    out.evidence = evidence.text();
    out.note = note.text();
    out.extensions = item_extensions(index);
    return out;
  }

  // Returns true when `entry` gives an answer (any option, not
  // applicable included).
  static bool
  answered(const AnswerEntry* entry)
  {
    return entry != nullptr && entry->answer.has_value();
  }

  // One line per respondent who left unanswered items that another
  // answered, naming them.
  std::vector<std::string>
  blank_warnings() const
  {
    std::vector<std::vector<std::string>> blank(m_voices.size());
    for (std::size_t index = 0; index < m_items.size(); ++index) {
      const bool by_some = std::any_of(m_voices.begin(), m_voices.end(), [&](const Voice& v) {
        return answered(v.entries[index]);
      });
      if (!by_some) {
        continue;
      }
      for (std::size_t v = 0; v < m_voices.size(); ++v) {
        if (!answered(m_voices[v].entries[index])) {
          blank[v].push_back(m_items[index]->id);
        }
      }
    }
    std::vector<std::string> out;
    for (std::size_t v = 0; v < m_voices.size(); ++v) {
      if (blank[v].empty()) {
        continue;
      }
      out.push_back(fmt::format("{} ({}) did not answer {} that others answered: {}; the merged "
                                "file records it as not answered, and their scores leave it out",
                                util::for_terminal(m_voices[v].name),
                                shown(m_voices[v].input),
                                blank[v].size() == 1 ? std::string("1 item")
                                                     : fmt::format("{} items", blank[v].size()),
                                util::for_terminal(util::join(blank[v], ", "))));
    }
    return out;
  }

  AnswersFile
  merged_file(MergeRule rule) const
  {
    AnswersFile out = merged_header(rule);
    for (std::size_t index = 0; index < m_items.size(); ++index) {
      const bool answered_by_some = std::any_of(
          m_voices.begin(), m_voices.end(), [&](const Voice& v) { return v.entries[index]; });
      if (answered_by_some) {
        out.answers.push_back(merged_entry(index, rule));
      }
    }
    return out;
  }

  const Checklist& m_checklist;
  std::span<const MergeInput> m_inputs;
  std::vector<const Item*> m_items;
  std::vector<Voice> m_voices;
  // Each respondent's key (respondent_key) -> their place in `m_voices`.
  std::unordered_map<std::string, std::size_t> m_voice_of;
  // Per input, per checklist item, the entry that counts for it.
  std::vector<std::vector<const AnswerEntry*>> m_entries;
  std::vector<Diagnostic> m_problems;
};

} // namespace

std::optional<std::string>
merged_answer(const Checklist& checklist, const std::vector<std::string>& answers, MergeRule rule)
{
  // Places in the scale, not pointers, so nothing here can be null.
  std::vector<std::size_t> scored;
  std::optional<std::size_t> unscored;
  for (const auto& key : answers) {
    const ScaleOption* option = checklist.find_option(key);
    if (option == nullptr) {
      continue;
    }
    const std::size_t place = option_index(checklist, *option);
    if (option->score) {
      scored.push_back(place);
    } else if (!unscored || place < *unscored) {
      unscored = place;
    }
  }
  if (scored.empty()) {
    return unscored ? std::optional<std::string>(checklist.scale[*unscored].key) : std::nullopt;
  }
  std::stable_sort(scored.begin(), scored.end(), [&](std::size_t a, std::size_t b) {
    return lower(checklist, &checklist.scale[a], &checklist.scale[b]);
  });
  std::size_t chosen = scored.front();
  switch (rule) {
  case MergeRule::lowest:
    break;
  case MergeRule::median:
    chosen = scored[(scored.size() - 1) / 2];
    break;
  case MergeRule::majority: {
    // Lowest first, so a tie keeps the lower answer.
    std::ptrdiff_t best_count = 0;
    for (const std::size_t place : scored) {
      const auto count = std::count(scored.begin(), scored.end(), place);
      if (count > best_count) {
        chosen = place;
        best_count = count;
      }
    }
    break;
  }
  }
  return checklist.scale[chosen].key;
}

int
scale_steps(const Checklist& checklist, const ScaleOption& a, const ScaleOption& b)
{
  const auto ranks = score_ranks(checklist);
  const auto rank_a = ranks[option_index(checklist, a)];
  const auto rank_b = ranks[option_index(checklist, b)];
  if (!rank_a || !rank_b) {
    return 0;
  }
  return *rank_a > *rank_b ? *rank_a - *rank_b : *rank_b - *rank_a;
}

MergeOutcome
merge_answers(const Checklist& checklist,
              std::span<const MergeInput> inputs,
              std::optional<MergeRule> rule)
{
  return Merger(checklist, inputs).run(rule);
}

} // namespace ftsu::core
