#include <ftsu/report/check.hpp>
#include <ftsu/util/json.hpp>

namespace ftsu::report {

std::string
check_json(const CheckResult& result)
{
  util::JsonWriter json;
  json.begin_object();
  json.key("findings").integer(static_cast<std::int64_t>(result.finding_count()));
  json.key("files").begin_array();
  for (const CheckedFile& file : result.files) {
    json.begin_object();
    json.key("file").string(file.name);
    json.key("findings").begin_array();
    for (const core::PublicationFinding& finding : file.findings) {
      json.begin_object();
      json.key("item").string_or_null(finding.item.empty() ? nullptr : &finding.item);
      json.key("field").string(finding.field);
      json.key("respondent")
          .string_or_null(finding.respondent.empty() ? nullptr : &finding.respondent);
      json.key("kind").string(core::to_string(finding.match.kind));
      json.key("first").integer(static_cast<std::int64_t>(finding.first));
      json.key("last").integer(static_cast<std::int64_t>(finding.last));
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return std::move(json).str();
}

} // namespace ftsu::report
