#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ftsu::util {

// A text that may be absent, as std::optional<std::string>, in 8 bytes
// rather than 40: the text lives on the heap only when there is one. Used
// for the fields of a model that are usually empty (an answer's owner,
// progress, note...), of which a 200,000-item file has a million.
class OptionalText
{
public:
  OptionalText() = default;
  // NOLINTNEXTLINE(google-explicit-constructor): as std::optional.
  OptionalText(std::nullopt_t /*none*/) {}
  // NOLINTNEXTLINE(google-explicit-constructor): as std::optional.
  OptionalText(std::string text)
      : m_text(std::make_unique<std::string>(std::move(text)))
  {
  }
  // NOLINTNEXTLINE(google-explicit-constructor): as std::optional.
  OptionalText(const char* text)
      : m_text(std::make_unique<std::string>(text))
  {
  }
  // NOLINTNEXTLINE(google-explicit-constructor): as std::optional.
  OptionalText(std::optional<std::string> text)
      : m_text(text ? std::make_unique<std::string>(std::move(*text)) : nullptr)
  {
  }
  OptionalText(const OptionalText& other)
      : m_text(other.m_text ? std::make_unique<std::string>(*other.m_text) : nullptr)
  {
  }
  OptionalText(OptionalText&& other) noexcept = default;
  OptionalText&
  operator=(const OptionalText& other)
  {
    if (this != &other) {
      m_text = other.m_text ? std::make_unique<std::string>(*other.m_text) : nullptr;
    }
    return *this;
  }
  OptionalText& operator=(OptionalText&& other) noexcept = default;
  ~OptionalText() = default;

  // Returns a copy as a std::optional, for code that takes one.
  // NOLINTNEXTLINE(google-explicit-constructor): as a drop-in replacement.
  operator std::optional<std::string>() const
  {
    return m_text ? std::optional<std::string>(*m_text) : std::nullopt;
  }

  bool
  has_value() const
  {
    return m_text != nullptr;
  }
  explicit operator bool() const { return m_text != nullptr; }
  // The text; only when has_value().
  const std::string&
  operator*() const
  {
    return *m_text;
  }
  std::string&
  operator*()
  {
    return *m_text;
  }
  const std::string*
  operator->() const
  {
    return m_text.get();
  }
  std::string*
  operator->()
  {
    return m_text.get();
  }
  // Returns the text, or `fallback` when there is none.
  std::string
  value_or(std::string_view fallback) const
  {
    return m_text ? *m_text : std::string(fallback);
  }
  void
  reset()
  {
    m_text.reset();
  }
  // Returns a pointer to the text, or nullptr: a view without a copy.
  const std::string*
  get() const
  {
    return m_text.get();
  }

  friend bool
  operator==(const OptionalText& a, const OptionalText& b)
  {
    return a.m_text ? (b.m_text && *a.m_text == *b.m_text) : !b.m_text;
  }
  friend bool
  operator==(const OptionalText& a, std::nullopt_t /*none*/)
  {
    return !a.m_text;
  }
  friend bool
  operator==(const OptionalText& a, const std::optional<std::string>& b)
  {
    return a.m_text ? (b && *a.m_text == *b) : !b;
  }
  friend bool
  operator==(const OptionalText& a, std::string_view b)
  {
    return a.m_text && *a.m_text == b;
  }
  friend bool
  operator==(const OptionalText& a, const std::string& b)
  {
    return a.m_text && *a.m_text == b;
  }
  friend bool
  operator==(const OptionalText& a, const char* b)
  {
    return a.m_text && *a.m_text == b;
  }

private:
  std::unique_ptr<std::string> m_text;
};

} // namespace ftsu::util
