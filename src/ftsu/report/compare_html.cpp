#include <ftsu/report/compare.hpp>
#include <ftsu/report/compare_html.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/movement.hpp>
#include <ftsu/util/markup.hpp>

#include <fmt/format.h>

namespace ftsu::report::html {

namespace {

using util::html_escape;

std::string
statement_cell(const core::ItemChange& item)
{
  const core::ItemScore* latest = item.after != nullptr ? item.after : item.before;
  std::string id = fmt::format("<code>{}</code>", html_escape(item.id));
  if (item.before_id && *item.before_id != item.id) {
    id += fmt::format(" (was <code>{}</code>)", html_escape(*item.before_id));
  }
  return fmt::format("{}<br>{}{}",
                     html_escape(latest->item->text),
                     id,
                     latest->item->mandatory ? " <span class=\"tag\">mandatory</span>" : "");
}

// Returns the evidence and open actions of `score` as cell content (in a
// merged file, each respondent's action, led by their name).
std::string
now_cell(const core::ItemScore* score)
{
  const core::AnswerEntry* entry = score != nullptr ? score->entry : nullptr;
  if (entry == nullptr) {
    return {};
  }
  std::string out;
  if (entry->evidence) {
    out += html_escape(*entry->evidence);
    if (const std::string note = carried_note(entry); !note.empty()) {
      out += fmt::format(" <span class=\"muted\">({})</span>", html_escape(note));
    }
  }
  for (const auto& action : score->actions) {
    const core::AnswerEntry& e = *action.entry;
    if (!e.action || !e.action_open()) {
      continue;
    }
    out += fmt::format("{}<strong>Action{}:</strong> {}",
                       out.empty() ? "" : "<br>",
                       action.respondent != nullptr ? " (" + html_escape(action_by(action)) + ")"
                                                    : std::string(),
                       html_escape(*e.action));
    if (e.owner) {
      out += fmt::format(" — {}", html_escape(*e.owner));
    }
    if (e.due) {
      out += fmt::format(", due <span class=\"date\">{}</span>", util::short_date(*e.due));
    }
  }
  return out;
}

} // namespace

std::string
delta_html(const std::optional<double>& delta)
{
  if (!delta || *delta == 0) {
    return delta_text(delta);
  }
  return *delta > 0 ? fmt::format("<span class=\"up\">{} (up)</span>", delta_text(delta))
                    : fmt::format("<span class=\"down\">{} (down)</span>", delta_text(delta));
}

std::vector<const core::ItemChange*>
items_with(const core::Comparison& comparison, core::Change change)
{
  std::vector<const core::ItemChange*> out;
  for (const auto& item : comparison.items) {
    if (item.change == change) {
      out.push_back(&item);
    }
  }
  return out;
}

std::string
change_section(const core::Comparison& comparison,
               std::string_view title,
               const std::vector<const core::ItemChange*>& items)
{
  const core::Assessment& b = *comparison.before;
  const core::Assessment& a = *comparison.after;
  std::string out = fmt::format("<h2>{} ({})</h2>\n", html_escape(title), items.size());
  if (items.empty()) {
    out += "<p class=\"muted\">None.</p>\n";
    return out;
  }
  out += fmt::format(
      "<table class=\"changes\">\n<colgroup><col style=\"width:40%\"><col style=\"width:11%\"><col "
      "style=\"width:11%\"><col style=\"width:38%\"></colgroup>\n<thead><tr><th "
      "scope=\"col\">Statement</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th "
      "scope=\"col\">Evidence and plan now</th></tr></thead>\n<tbody>\n",
      html_escape(period_text(*b.answers)),
      html_escape(period_text(*a.answers)));
  for (const auto* item : items) {
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       statement_cell(*item),
                       html_escape(side_answer(item->before, *b.checklist)),
                       html_escape(side_answer(item->after, *a.checklist)),
                       now_cell(item->after));
  }
  return out + "</tbody>\n</table>\n";
}

std::string
completed_section(const core::Comparison& comparison)
{
  const auto done = core::completed_actions(comparison);
  std::string out = fmt::format("<h2>Actions completed since {} ({})</h2>\n",
                                html_escape(period_text(*comparison.before->answers)),
                                done.size());
  if (done.empty()) {
    out += "<p class=\"muted\">None.</p>\n";
    return out;
  }
  out += "<table class=\"changes\">\n<colgroup><col style=\"width:36%\"><col "
         "style=\"width:36%\"><col style=\"width:17%\"><col style=\"width:11%\"></colgroup>\n"
         "<thead><tr><th scope=\"col\">Statement</th><th scope=\"col\">Action</th><th "
         "scope=\"col\">Owner</th><th scope=\"col\">Done</th></tr></thead>\n<tbody>\n";
  for (const auto* item : done) {
    const core::AnswerEntry* now = item->after->entry;
    const bool marked = now != nullptr && now->action && now->status == core::ActionStatus::done;
    const core::AnswerEntry* source = marked ? now : item->before->entry;
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       statement_cell(*item),
                       html_escape(source->action.value_or("")),
                       html_escape(source->owner.value_or("")),
                       html_escape(completed_text(*item)));
  }
  return out + "</tbody>\n</table>\n";
}

std::string
movement_sections(const core::Comparison& comparison)
{
  std::string out;
  for (const MovementTable& table : movement_tables(comparison)) {
    out += fmt::format("<h2>{}</h2>\n", html_escape(table.title));
    if (table.rows.empty()) {
      out += "<p class=\"muted\">None.</p>\n";
      continue;
    }
    out += "<table class=\"changes\">\n<thead><tr>";
    for (const auto& header : table.headers) {
      out += fmt::format("<th scope=\"col\">{}</th>", html_escape(header));
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : table.rows) {
      out += "<tr>";
      for (const auto& cell : row) {
        out += fmt::format("<td>{}</td>", html_escape(cell));
      }
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  return out;
}

} // namespace ftsu::report::html
