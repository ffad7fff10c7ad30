#pragma once

#include <ftsu/cli/file_system.hpp>
#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

// Saving an answers file while a command has it open (`assess`, `actions
// update` and the other `actions` changes): each save is atomic, a file
// changed on disk meanwhile is never overwritten, and comments a rewrite
// cannot keep are kept in a copy first.
namespace ftsu::cli {

// True when `text` has comments that a rewrite of `answers` would not
// write back.
bool has_own_comments(const std::string& text,
                      const core::AnswersFile& answers,
                      const core::Checklist& checklist);

// Returns the first of FILE.orig, FILE.orig.1, FILE.orig.2, ... that does
// not exist, so an earlier copy is never overwritten.
std::string free_original_name(FileSystem& file_system, const std::string& output);

// Returns the first of FILE.conflict.yaml, FILE.conflict-1.yaml, ... that
// does not exist.
std::string free_conflict_name(FileSystem& file_system, const std::string& output);

// Saves one answers file again and again, as the command that has it open
// changes it.
class AnswersSaver
{
public:
  // `path` as read (`original`, its text, or nullopt for a new file),
  // written for `checklist`; `notice` shows a message (the copy kept).
  AnswersSaver(FileSystem& files,
               std::string path,
               std::optional<std::string> original,
               const core::Checklist& checklist,
               std::function<void(std::string_view)> notice);

  // Writes `answers` atomically, with the checklist's version. Throws
  // core::Error (io_error) when the file changed on disk since this saver
  // last read or wrote it: what would have been written goes to a free
  // FILE.conflict.yaml instead, which the message names. Before the first
  // save over a file with its own comments, the file as it was is kept as
  // FILE.orig (free_original_name).
  void save(const core::AnswersFile& answers);

private:
  FileSystem& m_files;
  std::string m_path;
  std::optional<std::string> m_original;
  const core::Checklist& m_checklist;
  std::function<void(std::string_view)> m_notice;
  std::optional<FileStamp> m_stamp;
  bool m_first = true;
};

} // namespace ftsu::cli
