#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

// Work on many files spread over threads, its results taken in order.
namespace ftsu::util {

// Runs `produce(i)` for every i in [0, `count`) on `jobs` threads (the
// calling one among them) and hands each result to `consume(i, result)`
// strictly in order of i, one call at a time, so what consume prints or
// adds up is the same whatever `jobs`. At most a few results per thread
// wait for their turn: workers pause rather than run ahead. The first
// exception thrown by either function stops the work and is rethrown.
template<class Result, class Produce, class Consume>
void
ordered_parallel(std::size_t count, unsigned jobs, Produce produce, Consume consume)
{
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      consume(i, produce(i));
    }
    return;
  }
  const std::size_t window = std::size_t{jobs} * 4;
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;
  std::condition_variable room;
  std::size_t next = 0;
  std::size_t taken = 0;
  bool consuming = false;
  std::exception_ptr failure;
  // Takes the ready results in order; called with `lock` held.
  const auto take_ready = [&](std::unique_lock<std::mutex>& lock) {
    consuming = true;
    while (!failure && taken < count && slots[taken % window]) {
      Result ready = std::move(*slots[taken % window]);
      slots[taken % window].reset();
      lock.unlock();
      try {
        consume(taken, std::move(ready));
      } catch (...) {
        lock.lock();
        failure = std::current_exception();
        break;
      }
      lock.lock();
      ++taken;
      room.notify_all();
    }
    consuming = false;
  };
  const auto worker = [&] {
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      room.wait(lock, [&] { return failure || next >= count || next < taken + window; });
      if (failure || next >= count) {
        room.notify_all();
        return;
      }
      const std::size_t i = next++;
      lock.unlock();
      std::optional<Result> result;
      try {
        result.emplace(produce(i));
      } catch (...) {
        lock.lock();
        failure = std::current_exception();
        room.notify_all();
        return;
      }
      lock.lock();
      slots[i % window] = std::move(result);
      if (!consuming) {
        take_ready(lock);
      }
    }
  };
  {
    std::vector<std::jthread> threads;
    for (unsigned t = 1; t < jobs && t < count; ++t) {
      threads.emplace_back(worker);
    }
    worker();
  }
  if (failure) {
    std::rethrow_exception(failure);
  }
}

} // namespace ftsu::util
