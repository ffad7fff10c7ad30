// Tests for src/ftsu/cli/external_editor_posix.cpp: what the user is told
// when the editor cannot be run.
#include <ftsu/cli/external_editor.hpp>

#include <doctest/doctest.h>

#include <string>

TEST_CASE("an editor that is not installed is said to be not found, with how to choose one")
{
  const auto run = ftsu::cli::detail::run_editor_on(
      "ftsu-gap-no-such-editor", "text\n", [](const std::string&) { return false; });
  REQUIRE_FALSE(run.saved);
  CHECK(run.error.find("exited with status") == std::string::npos);
  CHECK(run.error.find("The editor 'ftsu-gap-no-such-editor' was not found") == 0);
  CHECK(run.error.find("VISUAL or EDITOR") != std::string::npos);
}

TEST_CASE("an editor that fails still gives its status")
{
  const auto run = ftsu::cli::detail::run_editor_on(
      "exit 3; :", "text\n", [](const std::string&) { return false; });
  REQUIRE_FALSE(run.saved);
  CHECK(run.error == "exit 3; : exited with status 3");
}
