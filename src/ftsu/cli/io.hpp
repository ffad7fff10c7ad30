#pragma once

#include <string>
#include <string_view>

// Reading input files and writing output files safely: the only place that
// touches file descriptors.
namespace ftsu::cli {

// Reads the whole of `path` ("-" is standard input). Refuses what is not a
// regular file (a directory, a FIFO, a device) without blocking, and stops
// reading a little past the 16 MiB limit so the loader can report the size.
// Throws core::Error (io_error) with the reason when it cannot read.
std::string read_input(const std::string& path);

// Writes `content` to `path` atomically: a temporary file in the same folder,
// flushed to disk and renamed over the target (whose mode is kept); a symlink
// is written through to its target. "-" writes to standard output. Throws
// core::Error (io_error) on failure, leaving any existing file untouched.
void write_output(const std::string& path, std::string_view content);

// Writes `content` to standard output; a closed pipe ends quietly.
void write_stdout(std::string_view content);

// Writes `content` to standard error.
void write_stderr(std::string_view content);

} // namespace ftsu::cli
