// Prose scanning: one left-to-right pass over a block's consolidated inline content.
// No regular expressions and no per-character allocation: the hot path appends bytes.
#include "inline_text.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "relation.hpp"
#include "url_ref.hpp"
#include "utf8.hpp"
#include "wikilink.hpp"

namespace notegraph::detail {

namespace {

constexpr std::size_t kMaxFieldKeyBytes = 64;  // Dataview keys are short; bounds the look-ahead
constexpr std::size_t kMaxLabelBytes = 40;     // `From:`-style labels are a word or three

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }

using text::ascii_lower;

bool starts_with_ci(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (ascii_lower(text[pos + k]) != prefix[k]) return false;
  }
  return true;
}

// The value of attribute `name` in an HTML start tag, or nullopt.
std::optional<std::string_view> html_attribute(std::string_view tag, std::string_view name) {
  std::size_t pos = 0;
  while (true) {
    pos = tag.find(name, pos);
    if (pos == std::string_view::npos) return std::nullopt;
    const bool starts_word = pos > 0 && is_ascii_space(tag[pos - 1]);
    std::size_t k = pos + name.size();
    pos = k;
    if (!starts_word) continue;
    while (k < tag.size() && is_ascii_space(tag[k])) ++k;
    if (k >= tag.size() || tag[k] != '=') continue;
    ++k;
    while (k < tag.size() && is_ascii_space(tag[k])) ++k;
    if (k >= tag.size()) return std::nullopt;
    if (tag[k] == '"' || tag[k] == '\'') {
      const auto end = tag.find(tag[k], k + 1);
      if (end == std::string_view::npos) return std::nullopt;
      return tag.substr(k + 1, end - k - 1);
    }
    const auto end = tag.find_first_of(" \t\r\n>", k);
    return tag.substr(k, end == std::string_view::npos ? std::string_view::npos : end - k);
  }
}

// Bytes where something other than plain prose may start (see Scanner::try_special).
constexpr auto kSpecial = [] {
  std::array<bool, 256> table{};
  for (const char c : std::string_view("\0\n%<$![]()#hH", 13)) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// Bytes that end a Dataview key.
constexpr auto kKeyStop = [] {
  std::array<bool, 256> table{};
  for (const char c : std::string_view("\0:\n[]()`", 9)) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

bool is_key_stop(char c) { return kKeyStop[static_cast<unsigned char>(c)]; }

bool is_tag_boundary_ascii(char c) {
  return is_ascii_space(c) || std::strchr("([{<>\"',;:!?*~|", c) != nullptr;
}

class Scanner {
 public:
  Scanner(const InlineBuffer& in, BlockRole role, ProseState& state, Block& block, ParsedNote& note)
      : s_(in.raw), objects_(in.objects), role_(role), state_(state), block_(block), note_(note),
        line_(block.line) {}

  void run() {
    const std::size_t n = s_.size();
    block_.text.reserve(n);
    std::size_t i = 0;
    if (role_ == BlockRole::callout_paragraph) i = skip_callout_marker();
    if (role_ == BlockRole::paragraph) detect_label(i);
    bool line_start = true;
    while (i < n) {
      const char c = s_[i];
      if (c == '\n') {
        end_line();
        ++i;
        line_start = true;
        continue;
      }
      if (line_start) {
        line_start = false;
        if (state_.hidden == Hidden::none && !in_anchor_) {
          detect_line_field(i);
          // every `Label: [[X]]` line of a paragraph is a relation, not just the first
          if (role_ == BlockRole::paragraph && i > 0) detect_label(i);
        }
      }
      if (c == '\0') {
        on_object(object_at(i));
        ++i;
        continue;
      }
      if (state_.hidden != Hidden::none) {
        i = skip_hidden(i);
        continue;
      }
      if (in_anchor_) {  // the anchor's own "[00:01:14]" is not prose
        while (i < n && s_[i] != '\0' && s_[i] != '\n') ++i;
        continue;
      }
      if (!label_active_ && !kSpecial[static_cast<unsigned char>(c)]) {
        // The common case: a run of plain prose, copied at once.
        std::size_t j = i + 1;
        while (j < n && !kSpecial[static_cast<unsigned char>(s_[j])]) ++j;
        block_.text.append(s_, i, j - i);
        i = j;
        continue;
      }
      if (try_special(i)) continue;
      if (label_active_ && i >= label_from_ && open_links_.empty() && !is_label_separator(c)) {
        label_active_ = false;
      }
      block_.text.push_back(c);
      ++i;
    }
    if (state_.hidden == Hidden::inline_math) state_.hidden = Hidden::none;
    finish();
  }

 private:
  struct OpenLink {
    std::size_t begin = 0;  // in block text
    int line = 0;
    const InlineObject* object = nullptr;
    bool visible = true;
  };
  struct Field {
    std::string key;
    char opener = '[';
    char closer = ']';
    int depth = 0;
  };
  enum class PendingKind { link, url };
  struct Pending {
    PendingKind kind;
    std::size_t index;
    std::size_t offset;
  };

  const InlineObject& object_at(std::size_t pos) const {
    const auto it = std::lower_bound(objects_.begin(), objects_.end(), pos,
                                     [](const InlineObject& o, std::size_t p) { return o.pos < p; });
    if (it == objects_.end() || it->pos != pos) return kNoObject;  // cmark never yields NUL text
    return *it;
  }

  static inline const InlineObject kNoObject{InlineKind::html, 0, 0, '*', 1, LinkNodeKind::link, {}};

  bool is_emphasis_at(std::size_t pos) const {
    if (s_[pos] != '\0') return false;
    const auto kind = object_at(pos).kind;
    return kind == InlineKind::emphasis_open || kind == InlineKind::emphasis_close;
  }

  // Inside a wikilink, emphasis delimiters and escaped characters are text again, and a
  // code span is part of it (`[[Functions#hasTag|`hasTag`]]`: the link started first).
  bool is_link_text_at(std::size_t pos) const {
    if (s_[pos] != '\0') return false;
    const auto& object = object_at(pos);
    switch (object.kind) {
      case InlineKind::emphasis_open:
      case InlineKind::emphasis_close:
      case InlineKind::literal:
        return true;
      case InlineKind::code:
        return object.newlines == 0 && object.text.find("]]") == std::string_view::npos;
      default:
        return false;
    }
  }

  // The character before `i` for boundary rules; objects other than escaped text count as space.
  char32_t char_before(std::size_t i) const {
    if (i == 0) return ' ';
    if (s_[i - 1] != '\0') return decode_before(s_, i);
    const auto& object = object_at(i - 1);
    if (object.kind != InlineKind::literal || object.text.empty()) return ' ';
    return decode_before(object.text, object.text.size());
  }

  static bool is_label_separator(char c) {
    return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '&';
  }

  void end_line() {
    block_.text.push_back('\n');
    block_.line_starts.push_back(block_.text.size());
    ++line_;
    fields_.clear();
    line_field_.clear();
    label_active_ = false;
  }

  std::size_t skip_hidden(std::size_t i) {
    const std::size_t n = s_.size();
    switch (state_.hidden) {
      case Hidden::percent_comment:
        if (s_[i] == '%' && i + 1 < n && s_[i + 1] == '%') {
          state_.hidden = Hidden::none;
          return i + 2;
        }
        break;
      case Hidden::html_comment:
        if (s_.compare(i, 3, "-->") == 0) {
          state_.hidden = Hidden::none;
          return i + 3;
        }
        break;
      case Hidden::display_math:
        if (s_[i] == '$' && i + 1 < n && s_[i + 1] == '$') {
          state_.hidden = Hidden::none;
          return i + 2;
        }
        break;
      case Hidden::inline_math:
        if (i == math_end_) state_.hidden = Hidden::none;
        break;
      case Hidden::none:
        break;
    }
    return i + 1;
  }

  void on_object(const InlineObject& object) {
    for (int k = 0; k < object.newlines; ++k) end_line();
    const bool visible = state_.hidden == Hidden::none && !in_anchor_;
    switch (object.kind) {
      case InlineKind::literal:
        if (visible) block_.text.append(object.text);
        break;
      case InlineKind::code:
      case InlineKind::emphasis_open:
      case InlineKind::emphasis_close:
        break;
      case InlineKind::html:
        if (in_anchor_ && starts_with_ci(object.text, 0, "</a")) {
          in_anchor_ = false;
        } else if (visible) {
          on_html(object.text);
        }
        break;
      case InlineKind::link_open:
        open_links_.push_back({block_.text.size(), line_, &object, visible});
        break;
      case InlineKind::link_close:
        if (!open_links_.empty()) {
          const OpenLink open = open_links_.back();
          open_links_.pop_back();
          if (open.visible && visible) add_markdown_link(open);
        }
        break;
    }
  }

  void on_html(std::string_view html) {
    if (starts_with_ci(html, 0, "<a") && html.size() > 2 && is_ascii_space(html[2])) {
      if (html.find("yt-timestamp") != std::string_view::npos) {
        if (const auto clock = html_attribute(html, "data-t")) {
          if (const auto second = parse_clock(*clock)) {
            block_.anchors.push_back({block_.text.size(), *second});
            in_anchor_ = true;
            return;
          }
        }
      }
      if (const auto href = html_attribute(html, "href"); href && is_external_url(*href)) {
        add_url(make_url_ref(*href), block_.text.size(), line_);
      }
    } else if (starts_with_ci(html, 0, "<br")) {
      block_.text.push_back(' ');
    }
  }

  // Returns true when it consumed input at `i` (and advanced `i`).
  bool try_special(std::size_t& i) {
    const std::size_t n = s_.size();
    const char c = s_[i];
    const char next = i + 1 < n ? s_[i + 1] : '\n';
    const bool prose = open_links_.empty();  // link text is display text only
    switch (c) {
      case '%':
        if (next == '%') {
          state_.hidden = Hidden::percent_comment;
          i += 2;
          return true;
        }
        return false;
      case '<':
        if (s_.compare(i, 4, "<!--") == 0) {
          state_.hidden = Hidden::html_comment;
          i += 4;
          return true;
        }
        return false;
      case '$':
        if (next == '$') {
          state_.hidden = Hidden::display_math;
          i += 2;
          return true;
        }
        if (const auto end = inline_math_end(i); end != std::string_view::npos) {
          state_.hidden = Hidden::inline_math;
          math_end_ = end;
          i += 1;
          return true;
        }
        return false;
      case '!':
        return prose && next == '[' && i + 2 < n && s_[i + 2] == '[' && try_wikilink(i);
      case '[':
        if (prose && next == '[' && try_wikilink(i)) return true;
        open_field(i, '[', ']');
        return false;
      case '(':
        open_field(i, '(', ')');
        return false;
      case ']':
      case ')':
        close_field(c);
        return false;
      case '#':
        return prose && try_tag(i);
      case 'h':
      case 'H':
        return prose && try_bare_url(i);
      default:
        return false;
    }
  }

  bool is_math_closer(std::size_t j) const {
    if (s_[j] != '$') return false;
    const char before = s_[j - 1];
    if (is_ascii_space(before) || before == '$') return false;
    if (j + 1 < s_.size() && (is_ascii_digit(s_[j + 1]) || s_[j + 1] == '$')) return false;
    return true;
  }

  // Obsidian's `$x$`: no space inside either `$`, closer not before a digit. Cached so a
  // line of many unmatched `$` stays linear.
  std::size_t inline_math_end(std::size_t i) {
    const std::size_t n = s_.size();
    if (i + 2 >= n) return std::string_view::npos;
    const char first = s_[i + 1];
    if (is_ascii_space(first) || first == '$') return std::string_view::npos;
    if (i > 0 && s_[i - 1] == '$') return std::string_view::npos;
    const std::size_t from = i + 2;
    if (closer_found_ != std::string_view::npos && closer_found_ >= from) return closer_found_;
    std::size_t j = std::max(from, closer_scanned_);
    for (; j < n; ++j) {
      if (is_math_closer(j)) {
        closer_found_ = j;
        closer_scanned_ = j + 1;
        return j;
      }
    }
    closer_found_ = std::string_view::npos;
    closer_scanned_ = n;
    return std::string_view::npos;
  }

  bool try_wikilink(std::size_t& i) {
    const std::size_t n = s_.size();
    const bool embed = s_[i] == '!';
    const std::size_t inner_begin = i + (embed ? 3 : 2);
    std::size_t j = inner_begin;
    for (;; ++j) {
      if (j + 1 >= n) return false;  // unclosed `[[` is text
      const char c = s_[j];
      if (c == '\n') return false;
      if (c == '\0') {
        if (!is_link_text_at(j)) return false;  // HTML or a link inside: not a wikilink
        continue;
      }
      if (c == ']' && s_[j + 1] == ']') break;
      if (c == '[' && s_[j + 1] == '[') return false;  // the later `[[` may be one
    }
    std::string_view inner = s_.substr(inner_begin, j - inner_begin);
    if (inner.find('\0') != std::string_view::npos) {
      // Emphasis that cut through the target gets its delimiters back.
      inner_.clear();
      for (std::size_t k = inner_begin; k < j; ++k) {
        if (s_[k] == '\0') {
          const auto& object = object_at(k);
          if (object.kind == InlineKind::literal) {
            inner_.append(object.text);
          } else if (object.kind == InlineKind::code) {
            inner_.push_back('`');
            inner_.append(object.text);
            inner_.push_back('`');
          } else {
            inner_.append(static_cast<std::size_t>(object.delimiter_count), object.delimiter);
          }
        } else {
          inner_.push_back(s_[k]);
        }
      }
      inner = inner_;
    }
    auto link = parse_wikilink_inner(inner, embed ? WikiLinkStyle::embed : WikiLinkStyle::link, anchor_);
    if (!link) return false;
    const std::size_t begin = block_.text.size();
    block_.text.append(wikilink_display(*link, anchor_));
    if (block_.text.size() > begin) block_.links.push_back({begin, block_.text.size()});
    LinkRef ref;
    ref.form = current_form(LinkForm::wikilink);
    ref.target = std::move(link->target);
    ref.anchor = anchor_;
    ref.alias = std::move(link->alias);
    ref.embed = link->embed;
    ref.relation = current_relation();
    add_link(std::move(ref), begin, line_);
    i = j + 2;
    return true;
  }

  bool try_tag(std::size_t& i) {
    const std::size_t n = s_.size();
    const char32_t before = char_before(i);
    if (before < 0x80) {
      if (!is_tag_boundary_ascii(static_cast<char>(before))) return false;
    } else if (!is_space(before) && !is_punct(before)) {
      return false;
    }
    std::size_t j = i + 1;
    while (j < n && s_[j] != '\0') {
      std::size_t k = j;
      if (!is_tag_char(decode_at(s_, k))) break;
      j = k;
    }
    while (j > i + 1 && s_[j - 1] == '/') --j;
    const std::string_view tag = s_.substr(i + 1, j - i - 1);
    if (tag.empty() || std::all_of(tag.begin(), tag.end(), is_ascii_digit)) return false;
    note_.tags.push_back({std::string(tag), line_});
    block_.text.append(s_.substr(i, j - i));
    i = j;
    return true;
  }

  bool try_bare_url(std::size_t& i) {
    const std::size_t n = s_.size();
    const char32_t before = char_before(i);
    if (before < 0x80) {
      const auto ascii = static_cast<char>(before);
      if (is_ascii_alnum(ascii) || std::strchr("/@.-_=:%+&~", ascii) != nullptr) return false;
    } else if (is_word_char(before)) {
      return false;
    }
    const std::size_t scheme = starts_with_ci(s_, i, "https://") ? 8 : starts_with_ci(s_, i, "http://") ? 7 : 0;
    if (scheme == 0) return false;
    std::size_t j = i + scheme;
    int opens = 0;
    int closes = 0;
    while (j < n) {
      const auto b = static_cast<unsigned char>(s_[j]);
      if (b < 0x80) {
        if (b <= ' ' || b == 0x7f || std::strchr("<>\"`|", b) != nullptr) break;
        if (b == '(' || b == '[') ++opens;
        if (b == ')' || b == ']') ++closes;
        ++j;
      } else {
        std::size_t k = j;
        if (is_space(decode_at(s_, k))) break;
        j = k;
      }
    }
    // Trailing punctuation belongs to the sentence (GFM's autolink rule).
    while (j > i + scheme) {
      const char last = s_[j - 1];
      if (std::strchr(".,:;!?'\"*_~", last) != nullptr) {
        --j;
      } else if ((last == ')' || last == ']') && closes > opens) {
        --closes;
        --j;
      } else {
        break;
      }
    }
    if (j <= i + scheme) return false;
    const std::string_view url = s_.substr(i, j - i);
    const std::size_t begin = block_.text.size();
    block_.text.append(url);
    block_.links.push_back({begin, block_.text.size()});
    add_url(make_url_ref(url), begin, line_);
    i = j;
    return true;
  }

  // `[key:: value]` / `(key:: value)`: links inside take the key as relation.
  void open_field(std::size_t i, char opener, char closer) {
    if (!fields_.empty() && fields_.back().opener == opener) {
      ++fields_.back().depth;
      return;
    }
    const std::size_t n = s_.size();
    const std::size_t key_begin = i + 1;
    std::size_t k = key_begin;
    while (k < n && k - key_begin <= kMaxFieldKeyBytes && !is_key_stop(s_[k])) ++k;
    if (k + 1 >= n || s_[k] != ':' || s_[k + 1] != ':') return;
    if (key_begin < n && is_ascii_space(s_[key_begin])) return;
    const std::string_view key = trim(s_.substr(key_begin, k - key_begin));
    if (key.empty()) return;
    fields_.push_back({std::string(key), opener, closer, 0});
  }

  void close_field(char c) {
    if (fields_.empty() || fields_.back().closer != c) return;
    if (fields_.back().depth > 0) {
      --fields_.back().depth;
    } else {
      fields_.pop_back();
    }
  }

  std::size_t skip_emphasis(std::size_t k) const {
    while (k < s_.size() && is_emphasis_at(k)) ++k;
    return k;
  }

  // A line `key:: value` (Dataview): links on it take the key as relation.
  void detect_line_field(std::size_t i) {
    const std::size_t n = s_.size();
    std::size_t k = i;
    while (k < n && (s_[k] == ' ' || s_[k] == '\t')) ++k;
    k = skip_emphasis(k);
    const std::size_t key_begin = k;
    while (k < n && k - key_begin <= kMaxFieldKeyBytes && !is_key_stop(s_[k])) ++k;
    const std::size_t key_end = k;
    k = skip_emphasis(k);
    if (k + 1 >= n || s_[k] != ':' || s_[k + 1] != ':') return;
    const std::string_view key = trim(s_.substr(key_begin, key_end - key_begin));
    if (!key.empty()) line_field_ = std::string(key);
  }

  // A paragraph line that opens with `Label: [[X]]` relates the note to X by `label`.
  void detect_label(std::size_t i) {
    const std::size_t n = s_.size();
    std::size_t k = i;
    while (k < n && (s_[k] == ' ' || s_[k] == '\t')) ++k;
    k = skip_emphasis(k);
    const std::size_t label_begin = k;
    while (k < n && s_[k] != ':' && !is_emphasis_at(k)) {
      if (k - label_begin > kMaxLabelBytes) return;
      const char c = s_[k];
      if (is_ascii(c)) {
        if (!is_ascii_alnum(c) && c != ' ' && c != '_' && c != '-' && c != '\'') return;
        ++k;
      } else {
        std::size_t next = k;
        if (!is_word_char(decode_at(s_, next))) return;
        k = next;
      }
    }
    const std::string_view label = trim(s_.substr(label_begin, k - label_begin));
    k = skip_emphasis(k);  // `**Label**: [[X]]`
    if (k >= n || s_[k] != ':') return;
    if (label.empty() || (is_ascii(label.front()) && !is_ascii_alpha(label.front()))) return;
    const std::size_t colon = k;
    ++k;
    if (k < n && s_[k] == ':') return;  // `key::` is a Dataview field
    k = skip_emphasis(k);
    while (k < n && (s_[k] == ' ' || s_[k] == '\t')) ++k;
    k = skip_emphasis(k);
    const bool link_follows = s_.compare(k, 2, "[[") == 0 || s_.compare(k, 3, "![[") == 0 ||
                              (k < n && s_[k] == '\0' && object_at(k).kind == InlineKind::link_open);
    if (!link_follows) return;
    label_ = relation_name(label);
    label_active_ = true;
    label_from_ = colon + 1;
  }

  // `> [!type]+ Title`: the marker is syntax, not prose.
  std::size_t skip_callout_marker() const {
    const std::size_t n = s_.size();
    if (s_.compare(0, 2, "[!") != 0) return 0;
    std::size_t k = 2;
    while (k < n && (is_ascii_alnum(s_[k]) || s_[k] == '-' || s_[k] == '_')) ++k;
    if (k == 2 || k >= n || s_[k] != ']') return 0;
    ++k;
    if (k < n && (s_[k] == '+' || s_[k] == '-')) ++k;
    while (k < n && (s_[k] == ' ' || s_[k] == '\t')) ++k;
    return k;
  }

  LinkForm current_form(LinkForm written) const {
    return fields_.empty() && line_field_.empty() ? written : LinkForm::dataview;
  }

  std::string current_relation() const {
    if (!fields_.empty()) return relation_name(fields_.back().key);
    if (!line_field_.empty()) return relation_name(line_field_);
    if (label_active_) return label_;
    return {};
  }

  void add_markdown_link(const OpenLink& open) {
    const std::size_t end = block_.text.size();
    if (end > open.begin) block_.links.push_back({open.begin, end});
    const std::string_view url = open.object->text;
    if (url.empty()) return;
    if (is_external_url(url)) {
      add_url(make_url_ref(url), open.begin, open.line);
      return;
    }
    LinkRef ref;
    ref.form = current_form(LinkForm::markdown);
    if (url.size() > 4 && url.substr(0, 2) == "[[" && url.substr(url.size() - 2) == "]]") {
      // `[text]([[Note]])`, common in generated notes: the destination names a note.
      auto link = parse_wikilink_inner(url.substr(2, url.size() - 4), WikiLinkStyle::link, anchor_);
      if (!link) return;
      ref.target = std::move(link->target);
      ref.anchor = anchor_;
    } else {
      const std::string decoded = percent_decode(url);
      const auto hash = decoded.find('#');
      ref.target = std::string(trim(std::string_view(decoded).substr(0, hash)));
      if (hash != std::string::npos && hash + 1 < decoded.size()) ref.anchor = decoded.substr(hash);
    }
    if (ref.target.empty() && ref.anchor.empty()) return;
    std::string alias(trim(std::string_view(block_.text).substr(open.begin)));
    std::replace(alias.begin(), alias.end(), '\n', ' ');
    ref.alias = std::move(alias);
    ref.embed = open.object->link_kind == LinkNodeKind::image;
    ref.relation = current_relation();
    add_link(std::move(ref), open.begin, open.line);
  }

  void add_link(LinkRef ref, std::size_t offset, int line) {
    ref.line = line;
    ref.heading_path = block_.heading_path;
    pending_.push_back({PendingKind::link, note_.links.size(), offset});
    note_.links.push_back(std::move(ref));
  }

  void add_url(UrlRef ref, std::size_t offset, int line) {
    ref.line = line;
    ref.heading_path = block_.heading_path;
    pending_.push_back({PendingKind::url, note_.urls.size(), offset});
    note_.urls.push_back(std::move(ref));
  }

  void finish() {
    for (const auto& pending : pending_) {
      const auto second = block_.second_at(pending.offset);
      if (pending.kind == PendingKind::link) {
        note_.links[pending.index].second = second;
      } else {
        note_.urls[pending.index].second = second;
      }
    }
    std::stable_sort(block_.links.begin(), block_.links.end(),
                     [](const Span& a, const Span& b) { return a.begin < b.begin; });
  }

  std::string_view s_;
  const std::vector<InlineObject>& objects_;
  BlockRole role_;
  ProseState& state_;
  Block& block_;
  ParsedNote& note_;
  int line_;
  bool in_anchor_ = false;
  std::vector<OpenLink> open_links_;
  std::vector<Field> fields_;
  std::string line_field_;
  std::string label_;
  bool label_active_ = false;
  std::size_t label_from_ = 0;
  std::size_t math_end_ = 0;
  std::size_t closer_found_ = std::string_view::npos;
  std::size_t closer_scanned_ = 0;
  std::vector<Pending> pending_;
  std::string inner_;
  std::string anchor_;
};

}  // namespace

void scan_block(const InlineBuffer& in, BlockRole role, ProseState& state, Block& block, ParsedNote& note) {
  Scanner(in, role, state, block, note).run();
}

}  // namespace notegraph::detail
