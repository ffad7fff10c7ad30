#include <ftsu/core/aggregate.hpp>
#include <ftsu/util/strings.hpp>

#include <algorithm>
#include <cmath>

namespace ftsu::core {

namespace {

constexpr std::size_t k_most_unmet = 20;
constexpr std::size_t k_lowest = 10;

std::uint16_t
answer_index(const Checklist& checklist, const std::optional<std::string>& answer)
{
  if (!answer) {
    return k_no_answer;
  }
  for (std::size_t k = 0; k < checklist.scale.size() && k < k_no_answer; ++k) {
    if (checklist.scale[k].key == *answer) {
      return static_cast<std::uint16_t>(k);
    }
  }
  return k_no_answer;
}

// Returns the value at fraction `p` of `sorted` (not empty), interpolating
// linearly between the closest ranks.
double
quantile(const std::vector<double>& sorted, double p)
{
  const double h = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(h));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  return sorted[below] + (h - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

std::vector<std::size_t>
rank_most_unmet(const std::vector<AggregateItem>& items)
{
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].not_met + items[i].partly_met > 0) {
      order.push_back(i);
    }
  }
  const auto short_of = [&](std::size_t i) { return items[i].not_met + items[i].partly_met; };
  // Shares compared exactly: a/b > c/d as a·d > c·b (counted > 0 here).
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (short_of(a) != short_of(b)) {
      return short_of(a) > short_of(b);
    }
    return short_of(a) * items[b].counted > short_of(b) * items[a].counted;
  });
  order.resize(std::min(order.size(), k_most_unmet));
  return order;
}

std::vector<std::size_t>
rank_lowest(const std::vector<AggregateFile>& files)
{
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].overall.score) {
      order.push_back(i);
    }
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return *files[a].overall.score < *files[b].overall.score;
  });
  order.resize(std::min(order.size(), k_lowest));
  return order;
}

} // namespace

std::string
identity_key(const std::optional<std::string>& name)
{
  std::string out;
  if (!name) {
    return out;
  }
  bool space = false;
  for (const char c : util::trim(*name)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return util::to_lower(out);
}

FileOutcome
summarise_file(std::string file, const Assessment& assessment)
{
  FileOutcome out;
  out.row.file = std::move(file);
  out.row.organisation = assessment.answers->organisation;
  out.row.period = assessment.answers->period;
  out.row.overall = assessment.overall;
  out.row.respondents = assessment.answers->respondents.size();
  out.items.reserve(assessment.items.size());
  for (const ItemScore& score : assessment.items) {
    out.items.push_back({score.status, answer_index(*assessment.checklist, score.answer)});
  }
  out.section_scores.reserve(assessment.sections.size());
  for (const SectionScore& section : assessment.sections) {
    out.section_scores.push_back(section.summary.score);
  }
  return out;
}

AggregateBuilder::AggregateBuilder(const Checklist& checklist)
{
  m_result.checklist = &checklist;
  for (const auto& section : checklist.sections) {
    m_result.sections.push_back({&section, 0, std::nullopt});
    for (const auto& item : section.items) {
      AggregateItem row;
      row.item = &item;
      row.section = &section;
      row.answer_counts.assign(checklist.scale.size(), 0);
      m_result.items.push_back(std::move(row));
    }
  }
  m_sums.resize(m_result.items.size());
  m_section_scores.resize(m_result.sections.size());
}

void
AggregateBuilder::add(FileOutcome outcome)
{
  const std::string organisation = identity_key(outcome.row.organisation);
  if (organisation.empty()) {
    ++m_counted;
    m_kept.emplace_back(std::move(outcome));
    return;
  }
  const std::string period = identity_key(outcome.row.period);
  const auto [first, is_first] =
      m_first_of.try_emplace(organisation, FirstFile{outcome.row.file, outcome.row.period, period});
  if (!is_first && first->second.period_key != period && m_clashed.insert(organisation).second) {
    m_result.clashes.push_back({*outcome.row.organisation,
                                first->second.file,
                                first->second.period,
                                outcome.row.file,
                                outcome.row.period});
  }
  // The organisation and period as one key: the organisation's key has no
  // newline, so the pair is unambiguous.
  const auto [group, is_new] = m_groups.try_emplace(organisation + '\n' + period, m_kept.size());
  if (is_new) {
    ++m_counted;
    m_kept.emplace_back(std::move(outcome));
    return;
  }
  std::optional<FileOutcome>& counted = m_kept[group->second];
  const std::string key = group->first;
  if (outcome.row.respondents <= counted->row.respondents) {
    m_excluded.push_back({std::move(outcome.row), key, {}});
    return;
  }
  // A merged file (of more respondents) takes the place of the one counted.
  m_excluded.push_back({std::move(counted->row), key, {}});
  counted.reset();
  group->second = m_kept.size();
  m_kept.emplace_back(std::move(outcome));
}

void
AggregateBuilder::resolve_excluded()
{
  for (Excluded& left : m_excluded) {
    if (left.group.empty()) {
      m_result.excluded.push_back({std::move(left.row.file),
                                   std::nullopt,
                                   std::nullopt,
                                   Exclusion::same_file,
                                   std::move(left.counted)});
      continue;
    }
    const AggregateFile& counted = m_kept[m_groups.at(left.group)]->row;
    const Exclusion reason = counted.respondents > 0 && left.row.respondents == 0
                                 ? Exclusion::merged_counts
                                 : Exclusion::already_counted;
    m_result.excluded.push_back({std::move(left.row.file),
                                 std::move(left.row.organisation),
                                 std::move(left.row.period),
                                 reason,
                                 counted.file});
  }
  m_excluded.clear();
}

void
AggregateBuilder::exclude_same_file(std::string file, std::string counted)
{
  AggregateFile row;
  row.file = std::move(file);
  m_excluded.push_back({std::move(row), {}, std::move(counted)});
}

void
AggregateBuilder::fold(const FileOutcome& outcome)
{
  if (outcome.row.respondents > 0) {
    ++m_result.merged;
  }
  const Checklist& checklist = *m_result.checklist;
  const std::size_t n = std::min(outcome.items.size(), m_result.items.size());
  for (std::size_t i = 0; i < n; ++i) {
    const ItemOutcome& o = outcome.items[i];
    AggregateItem& row = m_result.items[i];
    if (o.status == ItemStatus::out_of_profile) {
      ++row.out_of_profile;
      continue;
    }
    const bool in_scale = o.answer != k_no_answer && o.answer < row.answer_counts.size();
    if (o.status == ItemStatus::unanswered) {
      ++row.unanswered;
    } else if (in_scale) {
      ++row.answer_counts[o.answer];
    }
    if (counts(o.status)) {
      const double value = o.status == ItemStatus::answered && in_scale
                               ? checklist.scale[o.answer].score.value_or(0.0)
                               : 0.0;
      m_sums[i] += value;
      ++row.counted;
      if (o.status == ItemStatus::answered && value <= 0.0) {
        ++row.not_met;
      } else if (o.status == ItemStatus::answered && value < 1.0) {
        ++row.partly_met;
      }
    }
  }
  for (std::size_t s = 0; s < outcome.section_scores.size() && s < m_section_scores.size(); ++s) {
    if (outcome.section_scores[s]) {
      m_section_scores[s].push_back(*outcome.section_scores[s]);
    }
  }
  m_result.files.push_back(outcome.row);
}

void
AggregateBuilder::leave_out()
{
  ++m_result.left_out;
}

std::size_t
AggregateBuilder::added() const
{
  return m_counted;
}

Aggregate
AggregateBuilder::finish()
{
  resolve_excluded();
  for (std::optional<FileOutcome>& outcome : m_kept) {
    if (outcome) {
      fold(*outcome);
      outcome.reset();
    }
  }
  for (std::size_t i = 0; i < m_result.items.size(); ++i) {
    AggregateItem& row = m_result.items[i];
    if (row.counted > 0) {
      row.mean_value = m_sums[i] / static_cast<double>(row.counted);
    }
  }
  for (std::size_t s = 0; s < m_result.sections.size(); ++s) {
    m_result.sections[s].scored = m_section_scores[s].size();
    m_result.sections[s].median = median_of(m_section_scores[s]);
  }
  std::vector<double> scores;
  for (const auto& file : m_result.files) {
    if (file.overall.score) {
      scores.push_back(*file.overall.score);
    }
  }
  m_result.histogram = histogram_of(scores);
  m_result.spread = quartiles_of(scores);
  m_result.most_unmet = rank_most_unmet(m_result.items);
  m_result.lowest = rank_lowest(m_result.files);
  return std::move(m_result);
}

Aggregate
build_aggregate(const Checklist& checklist,
                const std::vector<std::pair<std::string, const Assessment*>>& files)
{
  AggregateBuilder builder(checklist);
  for (const auto& [name, assessment] : files) {
    builder.add(summarise_file(name, *assessment));
  }
  return builder.finish();
}

std::optional<Quartiles>
quartiles_of(std::vector<double>& values)
{
  if (values.empty()) {
    return std::nullopt;
  }
  std::sort(values.begin(), values.end());
  return Quartiles{values.front(),
                   quantile(values, 0.25),
                   quantile(values, 0.5),
                   quantile(values, 0.75),
                   values.back()};
}

std::optional<double>
median_of(std::vector<double>& values)
{
  if (values.empty()) {
    return std::nullopt;
  }
  std::sort(values.begin(), values.end());
  return quantile(values, 0.5);
}

Histogram
histogram_of(const std::vector<double>& scores)
{
  Histogram out{};
  for (const double score : scores) {
    const double tenth = std::floor(std::clamp(score, 0.0, 100.0) / 10.0);
    ++out[std::min<std::size_t>(static_cast<std::size_t>(tenth), out.size() - 1)];
  }
  return out;
}

} // namespace ftsu::core
