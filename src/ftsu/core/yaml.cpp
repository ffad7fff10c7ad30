#include <ftsu/core/yaml.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>
#include <unordered_set>

namespace ftsu::core::yaml {

const Node*
Node::find(std::string_view key) const
{
  for (const auto& entry : entries) {
    if (entry.key.text == key) {
      return &entry.value;
    }
  }
  return nullptr;
}

Node*
Node::find(std::string_view key)
{
  return const_cast<Node*>(std::as_const(*this).find(key));
}

void
Node::release()
{
  *this = Node{};
}

std::string
describe(const Node& node)
{
  switch (node.kind) {
  case Kind::null:
    return "nothing";
  case Kind::scalar:
    return fmt::format("'{}'", node.text.size() > 40 ? node.text.substr(0, 40) + "..." : node.text);
  case Kind::sequence:
    return "a list";
  case Kind::mapping:
    return "a mapping";
  }
  return "a value";
}

namespace {

// Maps byte offsets and yaml-cpp marks to 1-based line and character column.
class LineIndex
{
public:
  explicit LineIndex(std::string_view text)
      : m_text(text)
  {
    // Offsets fit in 32 bits: larger files are refused before this.
    m_starts.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    m_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') {
        m_starts.push_back(static_cast<std::uint32_t>(i + 1));
      }
    }
  }

  Mark
  at_offset(std::size_t offset) const
  {
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    const auto line = static_cast<std::size_t>(it - m_starts.begin()) - 1;
    return make(line, offset - m_starts[line]);
  }

  Mark
  from_yaml(const YAML::Mark& mark) const
  {
    if (mark.is_null() || mark.line < 0 || mark.column < 0) {
      return Mark{1, 1};
    }
    const auto line = static_cast<std::size_t>(mark.line);
    if (line >= m_starts.size()) {
      return Mark{mark.line + 1, mark.column + 1};
    }
    return make(line, static_cast<std::size_t>(mark.column));
  }

private:
  Mark
  make(std::size_t line, std::size_t byte_column) const
  {
    // Counting characters from the start of the line for every node would
    // be quadratic on a long line, so the count continues from the last mark
    // on the same line when this one is further along.
    const std::size_t start = m_starts[line];
    const std::size_t length = std::min(byte_column, m_text.size() - start);
    if (line != m_cached_line || length < m_cached_bytes) {
      m_cached_line = line;
      m_cached_bytes = 0;
      m_cached_chars = 0;
    }
    m_cached_chars +=
        util::count_code_points(m_text.substr(start + m_cached_bytes, length - m_cached_bytes));
    m_cached_bytes = length;
    return Mark{static_cast<int>(line + 1), static_cast<int>(m_cached_chars + 1)};
  }

  std::string_view m_text;
  std::vector<std::uint32_t> m_starts;
  mutable std::size_t m_cached_line = static_cast<std::size_t>(-1);
  mutable std::size_t m_cached_bytes = 0;
  mutable std::size_t m_cached_chars = 0;
};

// A read-only stream buffer over bytes held elsewhere, so yaml-cpp reads the
// file where it is instead of from a copy.
class ViewBuffer final : public std::streambuf
{
public:
  explicit ViewBuffer(std::string_view text)
  {
    // The buffer is only ever read: std::streambuf's interface takes char*.
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// Thrown from the handler to stop parsing after a fatal problem.
struct StopParsing
{
};

class TreeBuilder final : public YAML::EventHandler
{
public:
  TreeBuilder(const LineIndex& lines, DiagnosticSink& sink)
      : m_lines(lines)
      , m_sink(sink)
  {
  }

  std::optional<Node>
  take_root()
  {
    return std::move(m_root);
  }
  int
  documents() const
  {
    return m_documents;
  }

  void
  OnDocumentStart(const YAML::Mark& mark) override
  {
    ++m_documents;
    if (m_documents > 1) {
      m_sink.error(m_lines.from_yaml(mark),
                   "a second YAML document starts here; a file holds exactly one checklist or "
                   "answers document (remove the '---' or '...' line and what follows)");
      throw StopParsing{};
    }
  }

  void
  OnDocumentEnd() override
  {
  }

  void
  OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    check_anchor(mark, anchor);
    add(make_node(Kind::null, mark));
  }

  void
  OnAlias(const YAML::Mark& mark, YAML::anchor_t /*anchor*/) override
  {
    m_sink.error(m_lines.from_yaml(mark),
                 "YAML aliases ('*name') are not allowed; write the value out in full");
    add(make_node(Kind::null, mark));
  }

  void
  OnAnchor(const YAML::Mark& /*mark*/, const std::string& name) override
  {
    m_anchor_name = name;
  }

  // The file was valid UTF-8, so a decoded value that is not comes from an
  // escape yaml-cpp 0.7 decodes to a single byte: "\\N" (U+0085) and "\\_"
  // (U+00A0). Returns the value with those as the characters they name, or
  // nullopt when anything else is wrong.
  static std::optional<std::string>
  decode_named_escapes(const std::string& value)
  {
    if (util::is_valid_utf8(value)) {
      return value;
    }
    std::string out;
    std::size_t pos = 0;
    while (pos < value.size()) {
      const std::size_t start = pos;
      if (util::decode_utf8(value, pos)) {
        out.append(value, start, pos - start);
        continue;
      }
      const auto byte = static_cast<unsigned char>(value[start]);
      if (byte != 0x85 && byte != 0xA0) {
        return std::nullopt;
      }
      util::append_utf8(out, byte);
      pos = start + 1;
    }
    return out;
  }

  void
  OnScalar(const YAML::Mark& mark,
           const std::string& tag,
           YAML::anchor_t anchor,
           const std::string& value) override
  {
    check_anchor(mark, anchor);
    Node node = make_node(Kind::scalar, mark);
    node.quoted = tag != "?";
    if (tag != "?" && tag != "!" && tag != "tag:yaml.org,2002:str") {
      report_tag(mark, tag);
    }
    if (value.size() > k_max_scalar_size) {
      m_sink.error(node.mark,
                   fmt::format("this text is {} KiB long; values longer than 64 KiB are refused",
                               value.size() / 1024));
    } else if (auto text = decode_named_escapes(value)) {
      node.text = std::move(*text);
    } else {
      m_sink.error(node.mark,
                   "this text decodes to bytes that are not UTF-8; write the characters "
                   "themselves instead of escapes");
    }
    add(std::move(node));
  }

  void
  OnSequenceStart(const YAML::Mark& mark,
                  const std::string& tag,
                  YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override
  {
    open(Kind::sequence, mark, tag, anchor);
  }

  void
  OnSequenceEnd() override
  {
    close();
  }

  void
  OnMapStart(const YAML::Mark& mark,
             const std::string& tag,
             YAML::anchor_t anchor,
             YAML::EmitterStyle::value /*style*/) override
  {
    open(Kind::mapping, mark, tag, anchor);
  }

  void
  OnMapEnd() override
  {
    close();
  }

private:
  // A collection being read: its children grow in vectors and go into the
  // node's exact arrays when it closes.
  struct Frame
  {
    Node node;
    std::vector<Node> items;
    std::vector<MapEntry> entries;
    std::optional<Node> key;
    bool skip_value = false;
    // The keys, once the mapping has k_keys_hashed_from entries (smaller
    // ones are searched in `entries`).
    std::unordered_set<std::string> keys;
  };

  static constexpr std::size_t k_keys_hashed_from = 16;

  Node
  make_node(Kind kind, const YAML::Mark& mark)
  {
    if (++m_nodes > k_max_nodes) {
      m_sink.error(m_lines.from_yaml(mark),
                   fmt::format("the file has more than {} values; it is refused", k_max_nodes));
      throw StopParsing{};
    }
    Node node;
    node.kind = kind;
    node.mark = m_lines.from_yaml(mark);
    return node;
  }

  void
  check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor)
  {
    if (anchor == YAML::NullAnchor) {
      return;
    }
    const std::string name = m_anchor_name.empty() ? std::string("name") : m_anchor_name;
    m_sink.error(m_lines.from_yaml(mark),
                 fmt::format("YAML anchors ('&{}') are not allowed; write the value out in full",
                             util::for_terminal(name)));
    m_anchor_name.clear();
  }

  void
  report_tag(const YAML::Mark& mark, const std::string& tag)
  {
    m_sink.error(m_lines.from_yaml(mark),
                 fmt::format("YAML tags ('{}') are not supported; remove the tag and write the "
                             "value plainly or in quotes",
                             util::for_terminal(tag)));
  }

  void
  open(Kind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor)
  {
    check_anchor(mark, anchor);
    if (!tag.empty() && tag != "?" && tag != "!") {
      report_tag(mark, tag);
    }
    if (m_depth >= k_max_depth) {
      m_sink.error(
          m_lines.from_yaml(mark),
          fmt::format("nesting is deeper than {} levels; the file is refused", k_max_depth));
      throw StopParsing{};
    }
    // The frames stay in m_stack when closed, so their vectors keep their
    // capacity for the next collection at that depth.
    if (m_depth == m_stack.size()) {
      m_stack.emplace_back();
    }
    Frame& frame = m_stack[m_depth++];
    frame.node = make_node(kind, mark);
    frame.items.clear();
    frame.entries.clear();
    frame.key.reset();
    frame.skip_value = false;
    frame.keys.clear();
  }

  void
  close()
  {
    Frame& frame = m_stack[m_depth - 1];
    Node node = std::move(frame.node);
    node.items = Children<Node>(std::move(frame.items));
    node.entries = Children<MapEntry>(std::move(frame.entries));
    --m_depth;
    add(std::move(node));
  }

  void
  add(Node node)
  {
    if (m_depth == 0) {
      m_root = std::move(node);
      return;
    }
    Frame& parent = m_stack[m_depth - 1];
    if (parent.node.kind == Kind::sequence) {
      parent.items.push_back(std::move(node));
      return;
    }
    if (!parent.key) {
      add_key(parent, std::move(node));
      return;
    }
    if (node.kind == Kind::null) {
      // An empty value takes the mark of the next token; point at its key.
      node.mark = parent.key->mark;
    }
    if (!parent.skip_value) {
      parent.entries.push_back(
          MapEntry{Key{std::move(parent.key->text), parent.key->mark}, std::move(node)});
    }
    parent.key.reset();
    parent.skip_value = false;
  }

  // Returns false when `key` is already a key of the mapping being read.
  static bool
  claim_key(Frame& parent, const std::string& key)
  {
    if (parent.entries.size() < k_keys_hashed_from) {
      return std::none_of(parent.entries.begin(), parent.entries.end(), [&](const MapEntry& e) {
        return e.key.text == key;
      });
    }
    if (parent.keys.empty()) {
      for (const auto& entry : parent.entries) {
        parent.keys.insert(entry.key.text);
      }
    }
    return parent.keys.insert(key).second;
  }

  void
  add_key(Frame& parent, Node key)
  {
    parent.skip_value = false;
    if (key.kind != Kind::scalar) {
      m_sink.error(key.mark,
                   fmt::format("a mapping key must be a plain name, not {}", describe(key)));
      parent.skip_value = true;
    } else if (!claim_key(parent, key.text)) {
      const MapEntry* first = nullptr;
      for (const auto& entry : parent.entries) {
        if (entry.key.text == key.text) {
          first = &entry;
        }
      }
      m_sink.error(key.mark,
                   first != nullptr
                       ? fmt::format("duplicate key '{}' (first given at line {}); each key may "
                                     "appear once in a mapping",
                                     util::for_terminal(key.text),
                                     first->key.mark.line)
                       : fmt::format("duplicate key '{}'; each key may appear once in a mapping",
                                     util::for_terminal(key.text)));
      parent.skip_value = true;
    }
    parent.key = std::move(key);
  }

  const LineIndex& m_lines;
  DiagnosticSink& m_sink;
  std::vector<Frame> m_stack;
  // How many frames of m_stack are open.
  std::size_t m_depth = 0;
  std::optional<Node> m_root;
  std::string m_anchor_name;
  std::size_t m_nodes = 0;
  int m_documents = 0;
};

// Checks the raw bytes before yaml-cpp sees them; returns false on a problem.
bool
check_bytes(std::string_view text, const LineIndex& lines, DiagnosticSink& sink)
{
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    sink.error(lines.at_offset(nul),
               "the file contains a NUL byte; a checklist or answers file must be UTF-8 text");
    return false;
  }
  if (const auto bad = util::first_invalid_utf8(text)) {
    sink.error(lines.at_offset(*bad),
               fmt::format("the file is not valid UTF-8 (byte 0x{:02x}); save it as UTF-8",
                           static_cast<unsigned char>(text[*bad])));
    return false;
  }
  return true;
}

std::string
malformed_message(const std::string& what)
{
  return fmt::format("the YAML is malformed: {}; check the indentation, colons and quotes on "
                     "this line and the one before",
                     util::for_terminal(what));
}

} // namespace

std::optional<Node>
parse(std::string_view text, DiagnosticSink& sink)
{
  if (text.size() > k_max_file_size) {
    sink.error(Mark{1, 1}, "the file is larger than 16 MiB; larger files are refused");
    return std::nullopt;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  const LineIndex lines(text);
  if (!check_bytes(text, lines, sink)) {
    return std::nullopt;
  }
  ViewBuffer buffer(text);
  std::istream stream(&buffer);
  TreeBuilder builder(lines, sink);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const StopParsing&) {
    return std::nullopt;
  } catch (const YAML::DeepRecursion& e) {
    sink.error(lines.from_yaml(e.mark),
               fmt::format("nesting is deeper than {} levels; the file is refused", k_max_depth));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    sink.error(lines.from_yaml(e.mark), malformed_message(e.msg));
    return std::nullopt;
  } catch (const std::exception& e) {
    sink.error(Mark{1, 1}, malformed_message(e.what()));
    return std::nullopt;
  }
  if (builder.documents() == 0) {
    sink.error(Mark{1, 1},
               "the file is empty; expected a mapping that starts with 'format: "
               "ftsu-gap/checklist/v1' or 'format: ftsu-gap/answers/v1'");
    return std::nullopt;
  }
  // Problems that leave the tree whole (a duplicate key, an anchor, a tag)
  // are reported and the tree is still returned, so the loaders can report
  // the file's other problems in the same run.
  return builder.take_root();
}

namespace {

bool
is_ambiguous_word(std::string_view text)
{
  static constexpr std::string_view k_words[] = {
      "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~"};
  const std::string lower = [&] {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
      }
    }
    return out;
  }();
  for (const auto word : k_words) {
    if (lower == word) {
      return true;
    }
  }
  return false;
}

// True when `text` can be written as a plain scalar and every YAML reader
// reads it back as the same text (a conservative test).
bool
plain_safe(std::string_view text)
{
  if (text.empty() || text.front() == ' ' || text.back() == ' ' || text.back() == ':'
      || is_ambiguous_word(text)) {
    return false;
  }
  const auto first = static_cast<unsigned char>(text.front());
  const bool letter =
      (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first >= 0x80;
  if (!letter) {
    return false;
  }
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) {
    return false;
  }
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == '"' || c == '\\' || c == '[' || c == ']' || c == '{'
        || c == '}' || c == ',' || c == '`') {
      return false;
    }
  }
  // Non-ASCII text is plain only when it is valid UTF-8 without C1 or
  // bidirectional controls; otherwise quote it so escapes show.
  return util::for_terminal(text) == text;
}

} // namespace

std::vector<std::string>
comments(std::string_view text)
{
  std::vector<std::string> out;
  std::size_t block_indent = std::string::npos; // inside a block scalar deeper than this
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos) {
      if (end == text.size()) {
        break;
      }
      continue;
    }
    if (block_indent != std::string::npos) {
      if (indent > block_indent) {
        continue;
      }
      block_indent = std::string::npos;
    }
    char quote = 0;
    std::size_t hash = std::string_view::npos;
    for (std::size_t i = indent; i < line.size(); ++i) {
      const char c = line[i];
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          ++i;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        if (i == indent || line[i - 1] == ' ' || line[i - 1] == '[' || line[i - 1] == '{'
            || line[i - 1] == ',') {
          quote = c;
        }
      } else if (c == '#' && (i == indent || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        hash = i;
        break;
      }
    }
    std::string_view content = line.substr(0, hash == std::string_view::npos ? line.size() : hash);
    while (!content.empty() && (content.back() == ' ' || content.back() == '\t')) {
      content.remove_suffix(1);
    }
    if (!content.empty()
        && (content.back() == '|' || content.back() == '>' || content.ends_with("|-")
            || content.ends_with(">-") || content.ends_with("|+") || content.ends_with(">+"))) {
      block_indent = indent;
    }
    if (hash != std::string_view::npos) {
      std::string_view comment = line.substr(hash + 1);
      while (!comment.empty() && comment.front() == ' ') {
        comment.remove_prefix(1);
      }
      out.emplace_back(comment);
    }
    if (end == text.size()) {
      break;
    }
  }
  return out;
}

std::string
double_quoted(std::string_view text)
{
  // Everything YAML does not allow printed raw (C0, DEL, C1, U+2028/2029,
  // the BOM, U+FFFE/U+FFFF) and the other characters of
  // util::hidden_ranges() are escaped, so every YAML reader reads back
  // exactly this text and no control byte is in the file.
  const std::string safe = util::repair_utf8(text);
  std::string out = "\"";
  std::size_t pos = 0;
  while (pos < safe.size()) {
    const std::size_t start = pos;
    const char32_t cp = util::decode_utf8(safe, pos).value_or(0xFFFD);
    switch (cp) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (util::is_hidden_control(cp)) {
        const auto value = static_cast<unsigned>(cp);
        out += cp < 0x80      ? fmt::format("\\x{:02x}", value)
               : cp <= 0xFFFF ? fmt::format("\\u{:04x}", value)
                              : fmt::format("\\U{:08x}", value);
      } else {
        out.append(safe, start, pos - start);
      }
    }
  }
  return out + '"';
}

std::string
scalar(std::string_view text)
{
  return plain_safe(text) ? std::string(text) : double_quoted(text);
}

std::string
key(std::string_view text, std::size_t indent)
{
  std::string written = scalar(text);
  if (written.size() <= k_max_simple_key) {
    return written + ':';
  }
  return "? " + written + '\n' + std::string(indent, ' ') + ':';
}

void
emit_value(const Node& node, std::size_t indent, std::string& out)
{
  switch (node.kind) {
  case Kind::null:
    out += '\n';
    return;
  case Kind::scalar:
    out += ' ';
    if (!node.quoted && !node.text.empty() && node.text.find('\n') == std::string::npos
        && plain_safe(std::string("a") + node.text)) {
      out += node.text;
    } else {
      out += node.quoted ? double_quoted(node.text) : scalar(node.text);
    }
    out += '\n';
    return;
  case Kind::sequence:
    if (node.items.empty()) {
      out += " []\n";
      return;
    }
    out += '\n';
    for (const auto& item : node.items) {
      out.append(indent + 2, ' ');
      out += '-';
      if (item.is_mapping() && !item.entries.empty()) {
        // The first entry goes on the dash's line; the rest line up under it.
        std::string nested;
        emit_value(item, indent + 2, nested);
        out += ' ';
        out += nested.substr(indent + 5);
      } else {
        emit_value(item, indent + 2, out);
      }
    }
    return;
  case Kind::mapping:
    if (node.entries.empty()) {
      out += " {}\n";
      return;
    }
    out += '\n';
    for (const auto& entry : node.entries) {
      out.append(indent + 2, ' ');
      out += key(entry.key.text, indent + 2);
      emit_value(entry.value, indent + 2, out);
    }
    return;
  }
}

} // namespace ftsu::core::yaml
