#include <ftsu/core/currency.hpp>
#include <ftsu/report/currency.hpp>

#include <fmt/format.h>

namespace ftsu::report {

std::string
content_date_text(const core::Checklist& checklist)
{
  const auto date = core::content_date(checklist);
  return date ? util::long_date(*date) : std::string("not given");
}

std::string
content_date_cell(const core::Checklist& checklist)
{
  const auto date = core::content_date(checklist);
  return date ? util::short_date(*date) : std::string("not given");
}

std::string
content_footer(const core::Checklist& checklist)
{
  return fmt::format("Checklist {} {}, content date {}.",
                     checklist.id,
                     checklist.version,
                     content_date_text(checklist));
}

std::string
stale_note(const core::Checklist& checklist, util::Date today)
{
  if (!core::content_is_stale(checklist, today)) {
    return {};
  }
  return fmt::format("Its sources were last checked on {}, more than {} months before today "
                     "({}): check they are still in force before relying on it.",
                     content_date_text(checklist),
                     core::k_content_check_months,
                     util::long_date(today));
}

std::string
source_currency_text(const core::Source& source)
{
  std::string text = source.status ? std::string(core::to_string(*source.status)) : std::string();
  if (source.checked) {
    text += (text.empty() ? "checked " : ", checked ") + util::long_date(*source.checked);
  }
  return text;
}

} // namespace ftsu::report
