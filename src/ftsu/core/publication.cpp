#include <ftsu/core/publication.hpp>
#include <ftsu/util/date.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace ftsu::core {

namespace {

// What each kind is called in a message, in the order of IdentifierKind.
constexpr auto k_descriptions = std::to_array<std::string_view>({
    "an email address",
    "a UK phone number",
    "an NHS number",
    "a National Insurance number",
    "a full UK postcode",
    "a date of birth",
    "a title and a name",
    "a name from the names list",
    "a phrase of the patterns list",
    "a personal name where a role belongs",
});
static_assert(k_descriptions.size() == static_cast<std::size_t>(IdentifierKind::last_) + 1);

// The titles that, before a capitalised word, make it a person's name.
constexpr auto k_titles = std::to_array<std::string_view>({
    "Mr",  "Mrs",  "Ms",   "Miss", "Mx",  "Dr",   "Prof",     "Professor", "Sister", "Nurse",
    "Sir", "Dame", "Lady", "Lord", "Rev", "Revd", "Reverend", "Father",    "Matron",
});

// Words that name a role, a team or a place of work rather than a person
// (compared in lower case): a title before one of them ("Nurse
// Practitioner", "Sister Ward") is not a name, and an owner made only of
// capitalised words is a personal name only when none of them is here.
constexpr auto k_role_words = std::to_array<std::string_view>({
    "acting",
    "administrator",
    "adviser",
    "advisor",
    "advocate",
    "agency",
    "allied",
    "ambulance",
    "assistant",
    "associate",
    "audit",
    "bank",
    "board",
    "business",
    "care",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairperson",
    "champion",
    "champions",
    "chief",
    "clinical",
    "cmo",
    "cno",
    "committee",
    "communications",
    "community",
    "company",
    "compliance",
    "consultant",
    "coo",
    "coordinator",
    "corporate",
    "council",
    "counter",
    "cpo",
    "culture",
    "data",
    "dental",
    "department",
    "deputy",
    "development",
    "digital",
    "director",
    "diversity",
    "division",
    "edi",
    "education",
    "emergency",
    "engagement",
    "equality",
    "estates",
    "executive",
    "experience",
    "facilities",
    "finance",
    "financial",
    "fraud",
    "freedom",
    "ftsu",
    "ftsug",
    "governance",
    "group",
    "guardian",
    "head",
    "health",
    "hr",
    "human",
    "improvement",
    "inclusion",
    "independent",
    "information",
    "it",
    "lead",
    "leader",
    "learning",
    "legal",
    "manager",
    "matron",
    "medical",
    "medicine",
    "mental",
    "midwife",
    "midwifery",
    "ned",
    "network",
    "nhs",
    "non-executive",
    "nurse",
    "nursing",
    "occupational",
    "od",
    "office",
    "officer",
    "operating",
    "operations",
    "organisational",
    "organizational",
    "partner",
    "patient",
    "patients",
    "people",
    "performance",
    "pharmacy",
    "planning",
    "practitioner",
    "primary",
    "professional",
    "programme",
    "project",
    "protection",
    "quality",
    "research",
    "resources",
    "risk",
    "safeguarding",
    "safety",
    "secretariat",
    "secretary",
    "senior",
    "service",
    "services",
    "speak",
    "specialist",
    "staff",
    "staffing",
    "strategy",
    "surgery",
    "team",
    "therapies",
    "training",
    "transformation",
    "trust",
    "unit",
    "ward",
    "wellbeing",
});

static_assert(std::is_sorted(k_role_words.begin(), k_role_words.end()));

// Phrases that say a date that follows is a date of birth (lower case).
constexpr auto k_birth_phrases = std::to_array<std::string_view>({
    "date of birth",
    "d.o.b.",
    "d.o.b",
    "dob",
    "birth date",
    "birthdate",
    "born on",
    "born",
});

bool
is_digit(char c)
{
  return c >= '0' && c <= '9';
}

bool
is_upper(char c)
{
  return c >= 'A' && c <= 'Z';
}

bool
is_lower(char c)
{
  return c >= 'a' && c <= 'z';
}

bool
is_alpha(char c)
{
  return is_upper(c) || is_lower(c);
}

bool
is_alnum(char c)
{
  return is_alpha(c) || is_digit(c);
}

// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII
// UTF-8 character (letters such as ë and ł).
bool
is_word_byte(char c)
{
  return is_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

char
lower(char c)
{
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

char
upper(char c)
{
  return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

bool
starts_word(std::string_view text, std::size_t at)
{
  return at == 0 || !is_word_byte(text[at - 1]);
}

bool
ends_word(std::string_view text, std::size_t at)
{
  return at >= text.size() || !is_word_byte(text[at]);
}

// True when `text` at `at` starts with `word` in any case.
bool
starts_with_nocase(std::string_view text, std::size_t at, std::string_view word)
{
  if (at + word.size() > text.size()) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(text[at + i]) != lower(word[i])) {
      return false;
    }
  }
  return true;
}

bool
is_role_word(std::string_view word)
{
  const std::string key = util::to_lower(word);
  return std::binary_search(k_role_words.begin(), k_role_words.end(), key);
}

// The email address around the '@' at `at`, if there is one.
std::optional<IdentifierMatch>
email_at(std::string_view text, std::size_t at)
{
  auto local = [](char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
  };
  std::size_t start = at;
  while (start > 0 && local(text[start - 1])) {
    --start;
  }
  while (start < at && (text[start] == '.' || text[start] == '\'')) {
    ++start;
  }
  if (start == at) {
    return std::nullopt;
  }
  std::size_t end = at + 1;
  while (end < text.size() && (is_alnum(text[end]) || text[end] == '.' || text[end] == '-')) {
    ++end;
  }
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) {
    --end;
  }
  const std::string_view domain = text.substr(at + 1, end - at - 1);
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0) {
    return std::nullopt;
  }
  const std::string_view tld = domain.substr(dot + 1);
  if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), is_alpha)) {
    return std::nullopt;
  }
  return IdentifierMatch{IdentifierKind::email, start, end - start};
}

// The run of digits and separators a phone number or an NHS number is
// written with, from `at`: digits, with single spaces, hyphens or dots
// between groups and brackets around one ("(0)20", "(01632)"). Returns its
// end and its digits.
struct NumberRun
{
  std::size_t end = 0;
  std::string digits;
};

NumberRun
number_run(std::string_view text, std::size_t at)
{
  NumberRun run;
  std::size_t i = at;
  std::size_t last_digit_end = at;
  while (i < text.size() && run.digits.size() <= 16) {
    const char c = text[i];
    if (is_digit(c)) {
      run.digits.push_back(c);
      ++i;
      last_digit_end = i;
      continue;
    }
    const bool separator = c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+';
    if (!separator || i + 1 >= text.size()) {
      break;
    }
    // A separator belongs to the number only when what comes straight
    // after it goes on with the number: a digit after any of them, a
    // bracket after a space ("+44 (0)20"), a space and a digit after a
    // closing bracket ("(01632) 960001"). So "7946 0958. 2026" ends at 8.
    const char next = text[i + 1];
    const bool goes_on =
        is_digit(next) || (c == ' ' && next == '(')
        || (c == ')' && next == ' ' && i + 2 < text.size() && is_digit(text[i + 2]));
    if (!goes_on || (c == '+' && i != at)) {
      break;
    }
    ++i;
  }
  run.end = last_digit_end;
  return run;
}

std::optional<IdentifierMatch>
phone_at(std::string_view text, std::size_t at)
{
  const char first = text[at];
  if (!(first == '+' || first == '(' || first == '0')) {
    return std::nullopt;
  }
  const NumberRun run = number_run(text, at);
  if (!ends_word(text, run.end)) {
    return std::nullopt;
  }
  std::string_view digits = run.digits;
  bool international = false;
  if (first == '+' || digits.starts_with("0044")) {
    digits.remove_prefix(first == '+' ? 0 : 2);
    if (!digits.starts_with("44")) {
      return std::nullopt;
    }
    digits.remove_prefix(2);
    if (digits.starts_with("0")) {
      digits.remove_prefix(1); // "+44 (0)20 ..."
    }
    international = true;
  }
  bool phone = false;
  if (international) {
    phone = (digits.size() == 9 || digits.size() == 10) && digits[0] != '0';
  } else if (digits.size() >= 2 && digits[0] == '0') {
    const std::string_view allowed = "1235789";
    phone = (digits.size() == 10 || digits.size() == 11)
            && allowed.find(digits[1]) != std::string_view::npos;
  }
  if (!phone) {
    return std::nullopt;
  }
  return IdentifierMatch{IdentifierKind::phone, at, run.end - at};
}

std::optional<IdentifierMatch>
nhs_number_at(std::string_view text, std::size_t at)
{
  // Ten digits together, or as 3, 3 and 4 parted by one space or hyphen.
  std::string digits;
  std::size_t i = at;
  const std::array<std::size_t, 3> groups = {3, 3, 4};
  bool grouped = true;
  for (std::size_t g = 0; g < groups.size() && grouped; ++g) {
    for (std::size_t k = 0; k < groups[g]; ++k, ++i) {
      if (i >= text.size() || !is_digit(text[i])) {
        grouped = false;
        break;
      }
      digits.push_back(text[i]);
    }
    if (grouped && g + 1 < groups.size()) {
      if (i < text.size() && (text[i] == ' ' || text[i] == '-')) {
        ++i;
      } else if (!(i < text.size() && is_digit(text[i]))) {
        grouped = false;
      }
    }
  }
  if (!grouped || digits.size() != 10 || !ends_word(text, i) || !valid_nhs_number(digits)) {
    return std::nullopt;
  }
  return IdentifierMatch{IdentifierKind::nhs_number, at, i - at};
}

// A National Insurance number: two letters (HMRC's prefix rules), six
// digits and a letter A to D, in either case, with or without spaces
// between the pairs; without the letter only when spaced ("AB 12 34 56").
std::optional<IdentifierMatch>
ni_number_at(std::string_view text, std::size_t at)
{
  if (at + 8 > text.size() || !is_alpha(text[at]) || !is_alpha(text[at + 1])) {
    return std::nullopt;
  }
  const char a = upper(text[at]);
  const char b = upper(text[at + 1]);
  if (std::string_view("DFIQUV").find(a) != std::string_view::npos
      || std::string_view("DFIOQUV").find(b) != std::string_view::npos) {
    return std::nullopt;
  }
  const std::string prefix{a, b};
  for (std::string_view bad : {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}) {
    if (prefix == bad) {
      return std::nullopt;
    }
  }
  std::size_t i = at + 2;
  bool spaced = false;
  for (int pair = 0; pair < 3; ++pair) {
    if (i < text.size() && text[i] == ' ') {
      spaced = true;
      ++i;
    }
    if (i + 2 > text.size() || !is_digit(text[i]) || !is_digit(text[i + 1])) {
      return std::nullopt;
    }
    i += 2;
  }
  std::size_t end = i;
  std::size_t letter = i < text.size() && text[i] == ' ' ? i + 1 : i;
  if (letter < text.size()
      && std::string_view("ABCDabcd").find(text[letter]) != std::string_view::npos
      && ends_word(text, letter + 1)) {
    end = letter + 1;
  } else if (!spaced || !ends_word(text, end)) {
    return std::nullopt;
  }
  return IdentifierMatch{IdentifierKind::ni_number, at, end - at};
}

// A full UK postcode: an outward code (A9, A9A, A99, AA9, AA9A, AA99), an
// optional space and an inward code (9AA), its letters all upper case or
// all lower case.
std::optional<IdentifierMatch>
postcode_at(std::string_view text, std::size_t at)
{
  static constexpr std::array<std::string_view, 6> k_outward_shapes = {
      "A9", "A9A", "A99", "AA9", "AA9A", "AA99"};
  const bool lower_case = is_lower(text[at]);
  auto letter = [&](char c) { return lower_case ? is_lower(c) : is_upper(c); };
  auto inward_letter = [&](char c) {
    return letter(c) && std::string_view("CIKMOV").find(upper(c)) == std::string_view::npos;
  };
  std::optional<IdentifierMatch> best;
  for (std::string_view shape : k_outward_shapes) {
    std::size_t i = at;
    bool fits = true;
    for (std::size_t k = 0; k < shape.size() && fits; ++k, ++i) {
      fits = i < text.size() && (shape[k] == '9' ? is_digit(text[i]) : letter(text[i]));
    }
    if (!fits) {
      continue;
    }
    const char area = upper(text[at]);
    if (std::string_view("QVX").find(area) != std::string_view::npos) {
      return std::nullopt;
    }
    if (shape[1] == 'A'
        && std::string_view("IJZ").find(upper(text[at + 1])) != std::string_view::npos) {
      continue;
    }
    if (i < text.size() && text[i] == ' ') {
      ++i;
    }
    if (i + 3 <= text.size() && is_digit(text[i]) && inward_letter(text[i + 1])
        && inward_letter(text[i + 2]) && ends_word(text, i + 3)) {
      best = IdentifierMatch{IdentifierKind::postcode, at, i + 3 - at};
    }
  }
  return best;
}

// Returns the end of a month's name (full, or its first three letters, or
// "Sept") at `at`, or 0.
std::size_t
month_end(std::string_view text, std::size_t at)
{
  const auto months = util::month_names();
  for (std::size_t m = 0; m < months.size(); ++m) {
    const std::string_view month = months[m];
    if (starts_with_nocase(text, at, month) && ends_word(text, at + month.size())) {
      return at + month.size();
    }
    if (m == 8 && starts_with_nocase(text, at, "sept") && ends_word(text, at + 4)) {
      return at + 4;
    }
    const std::string_view short_name = month.substr(0, 3);
    if (starts_with_nocase(text, at, short_name)) {
      std::size_t end = at + 3;
      if (end < text.size() && text[end] == '.') {
        ++end;
      }
      if (ends_word(text, at + 3)) {
        return end;
      }
    }
  }
  return 0;
}

// Returns the end of the run of 1 to `most` digits at `at`, or 0 when
// there are fewer than `least`.
std::size_t
digits_end(std::string_view text, std::size_t at, std::size_t least, std::size_t most)
{
  std::size_t i = at;
  while (i < text.size() && is_digit(text[i]) && i - at < most) {
    ++i;
  }
  if (i - at < least || (i < text.size() && is_digit(text[i]))) {
    return 0;
  }
  return i;
}

// Returns the end of a date at `at` (31/03/1980, 31-03-80, 1980-03-31,
// 31st March 1980, 31 Mar. 1980, March 31, 1980), or 0.
std::size_t
date_end(std::string_view text, std::size_t at)
{
  auto skip = [&](std::size_t i, std::string_view chars) {
    while (i < text.size() && chars.find(text[i]) != std::string_view::npos) {
      ++i;
    }
    return i;
  };
  // Numeric: d/m/y with one kind of separator, or y-m-d.
  if (std::size_t a = digits_end(text, at, 1, 4); a != 0 && a < text.size()) {
    const char sep = text[a];
    if (sep == '/' || sep == '-' || sep == '.') {
      if (std::size_t b = digits_end(text, a + 1, 1, 2);
          b != 0 && b < text.size() && text[b] == sep) {
        if (std::size_t c = digits_end(text, b + 1, 2, 4); c != 0 && ends_word(text, c)) {
          return c;
        }
      }
    }
  }
  // Words: 31st March 1980, 31 of March 1980.
  if (std::size_t day = digits_end(text, at, 1, 2); day != 0) {
    std::size_t i = day;
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (starts_with_nocase(text, i, suffix)) {
        i += 2;
        break;
      }
    }
    i = skip(i, " ");
    if (starts_with_nocase(text, i, "of ")) {
      i += 3;
    }
    if (std::size_t m = month_end(text, i); m != 0) {
      if (std::size_t y = digits_end(text, skip(m, " ,"), 4, 4); y != 0) {
        return y;
      }
    }
  }
  // March 31, 1980.
  if (std::size_t m = month_end(text, at); m != 0) {
    if (std::size_t day = digits_end(text, skip(m, " "), 1, 2); day != 0) {
      std::size_t i = day;
      for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (starts_with_nocase(text, i, suffix)) {
          i += 2;
          break;
        }
      }
      if (std::size_t y = digits_end(text, skip(i, " ,"), 4, 4); y != 0) {
        return y;
      }
    }
  }
  return 0;
}

std::optional<IdentifierMatch>
date_of_birth_at(std::string_view text, std::size_t at)
{
  for (std::string_view phrase : k_birth_phrases) {
    if (!starts_with_nocase(text, at, phrase)) {
      continue;
    }
    std::size_t i = at + phrase.size();
    if (phrase.back() != '.' && !ends_word(text, i)) {
      continue;
    }
    // ": ", " is ", " was ", " on ", " - ", and the like, up to the date.
    const std::size_t limit = std::min(text.size(), i + 12);
    while (i < limit) {
      if (const std::size_t end = date_end(text, i); end != 0 && starts_word(text, i)) {
        return IdentifierMatch{IdentifierKind::date_of_birth, at, end - at};
      }
      ++i;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// Returns the end of a name word at `at`: a capital and then lower-case
// letters, apostrophes or hyphens ("Patel", "O'Brien", "Smith-Jones",
// "McDonald", "Zoë"), or an initial ("A", "A."). 0 when there is none.
std::size_t
name_word_end(std::string_view text, std::size_t at, bool* initial = nullptr)
{
  if (at >= text.size() || !is_upper(text[at])) {
    return 0;
  }
  std::size_t i = at + 1;
  bool has_lower = false;
  while (i < text.size()) {
    const char c = text[i];
    if (is_lower(c) || static_cast<unsigned char>(c) >= 0x80) {
      has_lower = true;
    } else {
      // An apostrophe or hyphen inside the name, or a capital inside it:
      // McDonald, O'Brien, Baptiste-Wright.
      const bool joiner = (c == '\'' || c == '-') && i + 1 < text.size() && is_alpha(text[i + 1]);
      const bool inner_capital =
          is_upper(c) && (has_lower || text[i - 1] == '\'' || text[i - 1] == '-');
      if (!joiner && !inner_capital) {
        break;
      }
    }
    ++i;
  }
  if (i == at + 1) {
    if (!ends_word(text, i)) {
      return 0;
    }
    if (initial != nullptr) {
      *initial = true;
    }
    return i < text.size() && text[i] == '.' ? i + 1 : i;
  }
  if (!has_lower || !ends_word(text, i)) {
    return 0;
  }
  if (initial != nullptr) {
    *initial = false;
  }
  return i;
}

// Returns the end of a word of two or more capitals at `at` ("JONES", after
// an all-capitals title), or 0.
std::size_t
capitals_end(std::string_view text, std::size_t at)
{
  std::size_t i = at;
  while (i < text.size() && (is_upper(text[i]) || (text[i] == '\'' && i > at))) {
    ++i;
  }
  return i - at >= 2 && ends_word(text, i) ? i : 0;
}

std::optional<IdentifierMatch>
titled_name_at(std::string_view text, std::size_t at)
{
  for (std::string_view title : k_titles) {
    const bool capitalised = text.substr(at, title.size()) == title;
    const bool all_caps =
        !capitalised && starts_with_nocase(text, at, title)
        && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at),
                       text.begin() + static_cast<std::ptrdiff_t>(at + title.size()),
                       is_upper);
    if (!(capitalised || all_caps) || !ends_word(text, at + title.size())) {
      continue;
    }
    std::size_t i = at + title.size();
    if (i < text.size() && text[i] == '.') {
      ++i;
    }
    if (i >= text.size() || text[i] != ' ') {
      return std::nullopt;
    }
    while (i < text.size() && text[i] == ' ') {
      ++i;
    }
    // Up to three name words: "Dr A. Patel", "Sister Mary Jones".
    std::size_t end = 0;
    bool only_initials = true;
    for (int word = 0; word < 3; ++word) {
      bool initial = false;
      const std::size_t word_end =
          all_caps ? capitals_end(text, i) : name_word_end(text, i, &initial);
      if (word_end == 0 || (!initial && is_role_word(text.substr(i, word_end - i)))) {
        break;
      }
      only_initials = only_initials && initial;
      end = word_end;
      i = word_end;
      if (i < text.size() && text[i] == ' ' && i + 1 < text.size() && is_upper(text[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    if (end == 0 || only_initials) {
      return std::nullopt;
    }
    return IdentifierMatch{IdentifierKind::titled_name, at, end - at};
  }
  return std::nullopt;
}

// A word of the text at `at` in any case, whole: a name of the list.
std::optional<IdentifierMatch>
listed_name_at(std::string_view text, std::size_t at, const std::vector<std::string>& names)
{
  std::optional<IdentifierMatch> best;
  for (const std::string& name : names) {
    if (!name.empty() && starts_with_nocase(text, at, name) && ends_word(text, at + name.size())
        && (!best || name.size() > best->length)) {
      best = IdentifierMatch{IdentifierKind::listed_name, at, name.size()};
    }
  }
  return best;
}

// Matches `pattern` ('#' one digit, '*' one or more letters or digits,
// anything else itself in any case) at `at`; returns the end of the
// longest match that ends a word, or 0. The pattern's positions are
// followed as a set, so the time is the text's length times the
// pattern's, whatever the stars.
std::size_t
pattern_end(std::string_view text, std::size_t at, std::string_view pattern)
{
  // One flag a position of the pattern, and one past its end. Strings
  // rather than vectors: GCC 12 at -O3 takes a vector's element for a
  // possible null dereference (-Wnull-dereference, a false positive).
  std::string states(pattern.size() + 1, '\0');
  std::string next(pattern.size() + 1, '\0');
  states[0] = 1;
  std::size_t best = 0;
  for (std::size_t i = at;; ++i) {
    if (states[pattern.size()] != 0 && ends_word(text, i) && i > at) {
      best = i;
    }
    if (i >= text.size()) {
      break;
    }
    std::fill(next.begin(), next.end(), '\0');
    bool any = false;
    const char c = text[i];
    for (std::size_t p = 0; p < pattern.size(); ++p) {
      if (states[p] == 0) {
        continue;
      }
      const char want = pattern[p];
      if (want == '*') {
        if (is_alnum(c)) {
          next[p] = 1;     // the star goes on
          next[p + 1] = 1; // or ends here
          any = true;
        }
      } else if ((want == '#' && is_digit(c)) || (want != '#' && lower(want) == lower(c))) {
        next[p + 1] = 1;
        any = true;
      }
    }
    if (!any) {
      break;
    }
    states.swap(next);
  }
  return best;
}

std::optional<IdentifierMatch>
phrase_at(std::string_view text, std::size_t at, const std::vector<std::string>& patterns)
{
  std::optional<IdentifierMatch> best;
  for (const std::string& pattern : patterns) {
    if (pattern.empty()) {
      continue;
    }
    const std::size_t end = pattern_end(text, at, pattern);
    if (end != 0 && (!best || end - at > best->length)) {
      best = IdentifierMatch{IdentifierKind::phrase, at, end - at};
    }
  }
  return best;
}

// True when text[begin, end) is two to four name words, none of them a
// role word, and not only initials: "Jane Smith", "J. Smith".
bool
is_personal_name(std::string_view text, std::size_t begin, std::size_t end)
{
  int words = 0;
  bool only_initials = true;
  std::size_t at = begin;
  while (at < end) {
    bool initial = false;
    const std::size_t word_end = name_word_end(text, at, &initial);
    if (word_end == 0 || word_end > end
        || (!initial && is_role_word(text.substr(at, word_end - at)))) {
      return false;
    }
    ++words;
    only_initials = only_initials && initial;
    at = word_end;
    if (at < end && text[at] != ' ') {
      return false;
    }
    while (at < end && text[at] == ' ') {
      ++at;
    }
  }
  return words >= 2 && words <= 4 && !only_initials;
}

// In an owner field: each part (parted by commas, semicolons, slashes,
// brackets, "&" and " and ") that is a personal name.
void
personal_names(std::string_view text, std::vector<IdentifierMatch>& found)
{
  std::size_t start = 0;
  std::size_t i = 0;
  while (start <= text.size()) {
    std::size_t next = text.size();
    std::size_t skip = 0;
    for (i = start; i < text.size(); ++i) {
      if (std::string_view(",;/()&").find(text[i]) != std::string_view::npos) {
        next = i;
        skip = 1;
        break;
      }
      if (starts_with_nocase(text, i, " and ")) {
        next = i;
        skip = 5;
        break;
      }
    }
    std::size_t begin = start;
    std::size_t end = next;
    while (begin < end && text[begin] == ' ') {
      ++begin;
    }
    while (end > begin && text[end - 1] == ' ') {
      --end;
    }
    if (begin < end && is_personal_name(text, begin, end)) {
      found.push_back({IdentifierKind::personal_name, begin, end - begin});
    }
    if (skip == 0) {
      break;
    }
    start = next + skip;
  }
}

// True when a finding of `kind` counts in a field of `where`.
bool
counts_in(IdentifierKind kind, TextField where)
{
  return where != TextField::author
         || (kind != IdentifierKind::titled_name && kind != IdentifierKind::personal_name);
}

// Calls `visit(item, field, respondent, where, text)` for every text of
// `answers` that an output can print; `text` is a util::OptionalText or a
// std::string, const or not as `answers` is.
template<class File, class Visit>
void
each_published_text(File& answers, Visit&& visit)
{
  if (answers.organisation) {
    visit("", "organisation", "", TextField::free_text, *answers.organisation);
  }
  for (auto& assessor : answers.assessors) {
    visit("", "assessors", "", TextField::author, assessor);
  }
  if (answers.respondent) {
    visit("", "respondent", "", TextField::author, *answers.respondent);
  }
  for (auto& name : answers.respondents) {
    visit("", "respondents", "", TextField::author, name);
  }
  // The cover sheet: who wrote, sponsors and presents the paper are named
  // by design; the other fields are free text.
  auto& cover = answers.cover;
  auto cover_text = [&](std::string_view field, auto& text, TextField where) {
    if (text) {
      visit("", field, "", where, *text);
    }
  };
  cover_text("cover meeting", cover.meeting, TextField::free_text);
  cover_text("cover agenda item", cover.agenda_item, TextField::free_text);
  cover_text("cover title", cover.title, TextField::free_text);
  cover_text("cover sponsor", cover.sponsor, TextField::author);
  cover_text("cover author", cover.author, TextField::author);
  cover_text("cover presenter", cover.presenter, TextField::author);
  cover_text("cover recommendation", cover.recommendation, TextField::free_text);
  for (auto& risk : cover.risks) {
    visit("", "cover risks", "", TextField::free_text, risk);
  }
  auto entry_texts = [&](auto& entry, const std::string& respondent) {
    const std::string& item = entry.item_id;
    if (entry.evidence) {
      visit(item, "evidence", respondent, TextField::free_text, *entry.evidence);
    }
    if (entry.action) {
      visit(item, "action", respondent, TextField::free_text, *entry.action);
    }
    if (entry.owner) {
      visit(item, "owner", respondent, TextField::owner, *entry.owner);
    }
    if (entry.progress) {
      visit(item, "progress", respondent, TextField::free_text, *entry.progress);
    }
    for (auto& n : entry.progress_notes) {
      visit(item, "progress_notes", respondent, TextField::free_text, n.note);
    }
    if (entry.dropped_reason) {
      visit(item, "dropped_reason", respondent, TextField::free_text, *entry.dropped_reason);
    }
    for (auto& change : entry.due_history) {
      visit(item, "due_history", respondent, TextField::free_text, change.why);
    }
    if (entry.note) {
      visit(item, "note", respondent, TextField::free_text, *entry.note);
    }
  };
  for (auto& entry : answers.answers) {
    entry_texts(entry, "");
    for (auto& own : entry.respondents) {
      entry_texts(own.entry, own.respondent);
    }
  }
}

// Calls `visit(item, field, where, text)` for every text of `checklist` that
// an output can print: its titles and descriptions, each item's text,
// guidance and evidence examples (`item` its id), the labels of its scale,
// ratings and profiles, and its sources (whose titles and publishers name
// their authors, as an author field does). `text` is a std::string, const
// or not as `checklist` is.
template<class List, class Visit>
void
each_checklist_text(List& checklist, Visit&& visit)
{
  auto optional_text = [&](const std::string& item, std::string_view field, auto& text) {
    if (text) {
      visit(item, field, TextField::free_text, *text);
    }
  };
  visit("", "checklist title", TextField::free_text, checklist.title);
  optional_text("", "checklist description", checklist.description);
  for (auto& source : checklist.sources) {
    visit("", "source title", TextField::author, source.title);
    if (source.publisher) {
      visit("", "source publisher", TextField::author, *source.publisher);
    }
  }
  for (auto& option : checklist.scale) {
    visit("", "scale label", TextField::free_text, option.label);
  }
  for (auto& rating : checklist.ratings) {
    visit("", "rating label", TextField::free_text, rating.label);
  }
  for (auto& profile : checklist.profiles) {
    visit("", "profile label", TextField::free_text, profile.label);
  }
  for (auto& section : checklist.sections) {
    visit("", "section title", TextField::free_text, section.title);
    optional_text("", "section description", section.description);
    for (auto& item : section.items) {
      visit(item.id, "checklist text", TextField::free_text, item.text);
      optional_text(item.id, "checklist guidance", item.guidance);
      for (auto& example : item.evidence) {
        visit(item.id, "checklist evidence example", TextField::free_text, example);
      }
      for (auto& ref : item.sources) {
        optional_text(item.id, "source reference", ref.ref);
      }
    }
  }
}

// The accepted texts for a finding in `item` (the file's own for "").
const std::vector<PublishOk>&
accepted_for(const AnswersFile& answers, const std::string& item)
{
  if (item.empty()) {
    return answers.publish_ok;
  }
  const AnswerEntry* entry = answers.find(item);
  return entry != nullptr ? entry->publish_ok : answers.publish_ok;
}

// The findings of one text, less those accepted.
std::vector<IdentifierMatch>
text_findings(std::string_view text,
              TextField where,
              const PublicationRules& rules,
              const std::vector<PublishOk>& accepted)
{
  std::vector<IdentifierMatch> out;
  for (const IdentifierMatch& match : find_identifiers(text, rules, where)) {
    const std::string_view found = text.substr(match.offset, match.length);
    const bool ok = std::any_of(accepted.begin(), accepted.end(), [&](const PublishOk& entry) {
      return entry.text == found;
    });
    if (counts_in(match.kind, where) && !ok) {
      out.push_back(match);
    }
  }
  return out;
}

// The sentences of `text` (parted at '.', '!', '?' and line ends), trimmed,
// of 20 characters or more, in lower case.
std::vector<std::string>
long_sentences(std::string_view text)
{
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || std::string_view(".!?\n").find(text[i]) != std::string_view::npos) {
      const std::string_view sentence = util::trim(text.substr(start, i - start));
      if (sentence.size() >= 20) {
        out.push_back(util::to_lower(sentence));
      }
      start = i + 1;
    }
  }
  return out;
}

// The finding of `match` in `text`, with its place in characters.
PublicationFinding
finding(const std::string& item,
        std::string_view field,
        const std::string& respondent,
        const IdentifierMatch& match,
        std::string_view text)
{
  PublicationFinding out;
  out.item = item;
  out.field = std::string(field);
  out.respondent = respondent;
  out.match = match;
  out.text = std::string(text.substr(match.offset, match.length));
  out.first = util::count_code_points(text.substr(0, match.offset)) + 1;
  out.last = out.first + util::count_code_points(out.text) - 1;
  return out;
}

} // namespace

std::vector<PublicationFinding>
check_publication(const AnswersFile& answers, const PublicationRules& rules)
{
  std::vector<PublicationFinding> out;
  each_published_text(answers,
                      [&](const std::string& item,
                          std::string_view field,
                          const std::string& respondent,
                          TextField where,
                          const std::string& text) {
                        if (!rules.checks(field)) {
                          return;
                        }
                        for (const IdentifierMatch& match :
                             text_findings(text, where, rules, accepted_for(answers, item))) {
                          out.push_back(finding(item, field, respondent, match, text));
                        }
                      });
  return out;
}

std::vector<PublicationFinding>
redact_publication(AnswersFile& answers, const PublicationRules& rules)
{
  std::vector<PublicationFinding> out;
  // The accepted lists are read while texts change: findings are made
  // from a const view first, then each text is rewritten.
  const AnswersFile& view = answers;
  each_published_text(answers,
                      [&](const std::string& item,
                          std::string_view field,
                          const std::string& respondent,
                          TextField where,
                          std::string& text) {
                        if (!rules.checks(field)) {
                          return;
                        }
                        const auto matches =
                            text_findings(text, where, rules, accepted_for(view, item));
                        if (matches.empty()) {
                          return;
                        }
                        for (const IdentifierMatch& match : matches) {
                          out.push_back(finding(item, field, respondent, match, text));
                        }
                        text = redact(text, matches);
                      });
  return out;
}

std::vector<PublicationFinding>
check_checklist_publication(const Checklist& checklist,
                            const PublicationRules& rules,
                            const std::vector<PublishOk>& accepted)
{
  std::vector<PublicationFinding> out;
  each_checklist_text(checklist,
                      [&](const std::string& item,
                          std::string_view field,
                          TextField where,
                          const std::string& text) {
                        if (!rules.checks(field)) {
                          return;
                        }
                        for (const IdentifierMatch& match :
                             text_findings(text, where, rules, accepted)) {
                          out.push_back(finding(item, field, "", match, text));
                        }
                      });
  return out;
}

std::vector<PublicationFinding>
redact_checklist_publication(Checklist& checklist,
                             const PublicationRules& rules,
                             const std::vector<PublishOk>& accepted)
{
  std::vector<PublicationFinding> out;
  each_checklist_text(
      checklist,
      [&](const std::string& item, std::string_view field, TextField where, std::string& text) {
        if (!rules.checks(field)) {
          return;
        }
        const auto matches = text_findings(text, where, rules, accepted);
        if (matches.empty()) {
          return;
        }
        for (const IdentifierMatch& match : matches) {
          out.push_back(finding(item, field, "", match, text));
        }
        text = redact(text, matches);
      });
  return out;
}

std::vector<PublicationFinding>
check_file_field(std::string_view field,
                 std::string& text,
                 const PublicationRules& rules,
                 bool redacting)
{
  std::vector<PublicationFinding> out;
  if (!rules.checks(field)) {
    return out;
  }
  const auto matches = text_findings(text, TextField::free_text, rules, {});
  for (const IdentifierMatch& match : matches) {
    out.push_back(finding("", field, "", match, text));
  }
  if (redacting && !matches.empty()) {
    text = redact(text, matches);
  }
  return out;
}

bool
PublicationRules::checks(std::string_view field) const
{
  return fields.empty() || std::find(fields.begin(), fields.end(), field) != fields.end();
}

std::string
describe_place(const PublicationFinding& finding)
{
  std::string where =
      finding.item.empty()
          ? std::string("the file's ") + finding.field
          : fmt::format("{}, {}", util::for_terminal_line(finding.item), finding.field);
  if (!finding.respondent.empty()) {
    where += fmt::format(" ({}'s entry)", util::for_terminal_line(finding.respondent));
  }
  return fmt::format("{}: {}, characters {} to {}",
                     where,
                     describe(finding.match.kind),
                     finding.first,
                     finding.last);
}

std::vector<PrivateNoteCopy>
private_note_copies(const AnswersFile& answers)
{
  std::vector<PrivateNoteCopy> out;
  for (const AnswerEntry& entry : answers.answers) {
    if (!entry.private_note) {
      continue;
    }
    const auto sentences = long_sentences(*entry.private_note);
    if (sentences.empty()) {
      continue;
    }
    auto check = [&](std::string_view field, const util::OptionalText& text) {
      if (!text) {
        return;
      }
      const std::string lowered = util::to_lower(*text);
      for (const std::string& sentence : sentences) {
        if (lowered.find(sentence) != std::string::npos) {
          out.push_back({entry.item_id, std::string(field)});
          return;
        }
      }
    };
    check("evidence", entry.evidence);
    check("action", entry.action);
    check("owner", entry.owner);
    check("progress", entry.progress);
    for (const ProgressNote& n : entry.progress_notes) {
      check("progress_notes", n.note);
    }
    check("dropped_reason", entry.dropped_reason);
    check("note", entry.note);
  }
  return out;
}

std::string_view
describe(IdentifierKind kind)
{
  return k_descriptions[static_cast<std::size_t>(kind)];
}

bool
valid_nhs_number(std::string_view digits)
{
  if (digits.size() != 10 || !std::all_of(digits.begin(), digits.end(), is_digit)) {
    return false;
  }
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    sum += (digits[i] - '0') * static_cast<int>(10 - i);
  }
  int check = 11 - sum % 11;
  if (check == 11) {
    check = 0;
  }
  return check != 10 && check == digits[9] - '0';
}

std::vector<IdentifierMatch>
find_identifiers(std::string_view text, const PublicationRules& rules, TextField field)
{
  std::vector<IdentifierMatch> found;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '@') {
      if (auto match = email_at(text, at)) {
        found.push_back(*match);
      }
      continue;
    }
    if (!starts_word(text, at) && c != '+' && c != '(') {
      continue;
    }
    if (c == '+' || c == '(' || is_digit(c)) {
      if (c != '(' || starts_word(text, at)) {
        if (auto match = phone_at(text, at)) {
          found.push_back(*match);
        }
      }
      if (is_digit(c)) {
        if (auto match = nhs_number_at(text, at)) {
          found.push_back(*match);
        }
      }
    }
    if (is_alpha(c)) {
      for (auto scan : {ni_number_at, postcode_at, date_of_birth_at, titled_name_at}) {
        if (auto match = scan(text, at)) {
          found.push_back(*match);
        }
      }
    }
    if (is_word_byte(c)) {
      if (auto match = listed_name_at(text, at, rules.names)) {
        found.push_back(*match);
      }
    }
    if (auto match = phrase_at(text, at, rules.patterns)) {
      found.push_back(*match);
    }
  }
  if (field == TextField::owner && !rules.names_in_owner_allowed) {
    personal_names(text, found);
  }
  // The earlier first, then the longer; an overlapping later one goes.
  std::sort(found.begin(), found.end(), [](const IdentifierMatch& a, const IdentifierMatch& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  std::vector<IdentifierMatch> kept;
  std::size_t covered = 0;
  for (const IdentifierMatch& match : found) {
    if (kept.empty() || match.offset >= covered) {
      kept.push_back(match);
      covered = match.offset + match.length;
    }
  }
  return kept;
}

std::string
redact(std::string_view text, const std::vector<IdentifierMatch>& matches)
{
  std::string out;
  std::size_t at = 0;
  for (const IdentifierMatch& match : matches) {
    if (match.offset < at || match.offset + match.length > text.size()) {
      continue;
    }
    out.append(text.substr(at, match.offset - at));
    out.append(k_removed);
    at = match.offset + match.length;
  }
  out.append(text.substr(at));
  return out;
}

std::vector<std::string>
rule_lines(std::string_view text)
{
  std::vector<std::string> lines;
  for (const std::string& line : util::split(text, '\n')) {
    const std::string_view trimmed = util::trim(line);
    if (trimmed.empty() || trimmed.starts_with("# ") || trimmed == "#") {
      continue;
    }
    lines.emplace_back(trimmed);
  }
  return lines;
}

} // namespace ftsu::core
