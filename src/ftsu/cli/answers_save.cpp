#include <ftsu/cli/answers_save.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <set>
#include <utility>

namespace ftsu::cli {

bool
has_own_comments(const std::string& text,
                 const core::AnswersFile& answers,
                 const core::Checklist& checklist)
{
  const auto generated = core::yaml::comments(core::write_answers(answers, &checklist));
  const std::set<std::string> ours(generated.begin(), generated.end());
  for (const auto& comment : core::yaml::comments(text)) {
    if (ours.count(comment) == 0) {
      return true;
    }
  }
  return false;
}

std::string
free_original_name(FileSystem& file_system, const std::string& output)
{
  std::string name = output + ".orig";
  for (int n = 1; file_system.stat(name); ++n) {
    name = fmt::format("{}.orig.{}", output, n);
  }
  return name;
}

std::string
free_conflict_name(FileSystem& file_system, const std::string& output)
{
  std::string name = output + ".conflict.yaml";
  for (int n = 1; file_system.stat(name); ++n) {
    name = fmt::format("{}.conflict-{}.yaml", output, n);
  }
  return name;
}

AnswersSaver::AnswersSaver(FileSystem& files,
                           std::string path,
                           std::optional<std::string> original,
                           const core::Checklist& checklist,
                           std::function<void(std::string_view)> notice)
    : m_files(files)
    , m_path(std::move(path))
    , m_original(std::move(original))
    , m_checklist(checklist)
    , m_notice(std::move(notice))
    , m_stamp(files.stamp(m_path))
{
}

void
AnswersSaver::save(const core::AnswersFile& answers)
{
  core::AnswersFile copy = answers;
  copy.checklist_version = m_checklist.version;
  const std::string content = core::write_answers(copy, &m_checklist);
  if (m_files.stamp(m_path) != m_stamp) {
    const std::string side = free_conflict_name(m_files, m_path);
    write_output(m_files, side, content);
    throw core::Error(core::ExitCode::io_error,
                      fmt::format("{} changed on disk while this command had it open, so it was "
                                  "not overwritten; this command's changes are saved in {}. "
                                  "Compare the two and keep what you need.",
                                  util::for_terminal(m_path),
                                  util::for_terminal(side)));
  }
  if (m_first && m_original && has_own_comments(*m_original, answers, m_checklist)) {
    const std::string kept = free_original_name(m_files, m_path);
    write_output(m_files, kept, *m_original);
    m_notice(fmt::format(
        "Note: {} has comments that a rewrite cannot keep; the file as it was is kept as {}.",
        m_path,
        kept));
  }
  m_first = false;
  write_output(m_files, m_path, content);
  m_stamp = m_files.stamp(m_path);
}

} // namespace ftsu::cli
