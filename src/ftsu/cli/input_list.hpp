#pragma once

#include <string>
#include <vector>

// The files a command that reads many (aggregate, actions) is given: paths,
// folders and "-" for a list of paths on standard input.
namespace ftsu::cli {

class FileSystem;

// A path that names a file given already.
struct RepeatedInput
{
  std::string path;
  // The path that named the file first.
  std::string first;
};

// The files found, and what could not be listed.
struct InputList
{
  std::vector<std::string> files;
  // The folders below a given one that could not be listed (each an error
  // message naming the folder), when `keep_going`.
  std::vector<std::string> unlisted;
};

// Returns the files `args` name, read through `file_system`, in the order
// given: a file as it is; a
// folder as every .yaml and .yml file below it (hidden ones and those in
// hidden folders skipped), in sorted order; "-" as the paths read from
// standard input, one a line (blank lines skipped; a folder among them is
// expanded too). Throws core::Error: usage when "-" is given twice,
// io_error (naming it) when a folder cannot be listed, unless `keep_going`
// and it is below a folder given: then it is skipped and named in
// `unlisted`.
InputList
expand_inputs(FileSystem& file_system, const std::vector<std::string>& args, bool keep_going);

// Removes from `paths` each path that names the same file of `file_system`
// as an earlier one
// (the same canonical path: "a.yaml", "./a.yaml", a symlink to it, a
// folder's file given again), keeping the first, and returns those removed
// in order. A path that does not name a file ("-", a missing file) is kept
// as it is.
std::vector<RepeatedInput> drop_repeated_inputs(FileSystem& file_system,
                                                std::vector<std::string>& paths);

// Returns the note that `repeated` is counted once.
std::string repeated_note(const RepeatedInput& repeated);

} // namespace ftsu::cli
