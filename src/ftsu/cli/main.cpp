#include <ftsu/cli/app.hpp>

int
main(int argc, char** argv)
{
  return ftsu::cli::run(argc, argv);
}
