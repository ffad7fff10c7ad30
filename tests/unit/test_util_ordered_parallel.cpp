// Tests for src/ftsu/util/ordered_parallel.hpp: every result is taken once,
// in order, whatever the number of threads; a failure stops the work and
// is rethrown.
#include <ftsu/util/ordered_parallel.hpp>

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

using ftsu::util::ordered_parallel;

TEST_CASE("results are taken in order, each once, whatever the number of jobs")
{
  for (const unsigned jobs : {1U, 2U, 3U, 8U}) {
    for (const std::size_t count :
         {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{7}, std::size_t{500}}) {
      CAPTURE(jobs);
      CAPTURE(count);
      std::vector<std::size_t> order;
      std::vector<std::string> results;
      ordered_parallel<std::string>(
          count,
          jobs,
          [](std::size_t i) { return std::to_string(i * i); },
          [&](std::size_t i, std::string result) {
            order.push_back(i);
            results.push_back(std::move(result));
          });
      REQUIRE(order.size() == count);
      for (std::size_t i = 0; i < count; ++i) {
        CHECK(order[i] == i);
        CHECK(results[i] == std::to_string(i * i));
      }
    }
  }
}

TEST_CASE("an exception in either function stops the work and is rethrown")
{
  for (const unsigned jobs : {1U, 2U, 4U}) {
    CAPTURE(jobs);
    std::size_t taken = 0;
    SUBCASE("in produce")
    {
      CHECK_THROWS_AS(ordered_parallel<int>(
                          200,
                          jobs,
                          [](std::size_t i) {
                            if (i == 50) {
                              throw std::runtime_error("produce");
                            }
                            return static_cast<int>(i);
                          },
                          [&](std::size_t, int) { ++taken; }),
                      std::runtime_error);
      CHECK(taken <= 50);
    }
    SUBCASE("in consume")
    {
      CHECK_THROWS_AS(ordered_parallel<int>(
                          200,
                          jobs,
                          [](std::size_t i) { return static_cast<int>(i); },
                          [&](std::size_t i, int) {
                            if (i == 30) {
                              throw std::runtime_error("consume");
                            }
                            ++taken;
                          }),
                      std::runtime_error);
      CHECK(taken == 30);
    }
  }
}
