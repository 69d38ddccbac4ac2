// The rules' corpus as the index keeps it. This version holds every note's prose and
// runs the rules over the whole corpus once per corpus state (see corpus.hpp).
#include "notegraph/model/binary.hpp"
#include "notegraph/extract/corpus.hpp"

#include <mutex>

#include "notegraph/extract/rules.hpp"

namespace notegraph {

namespace detail {
/// The rules over a whole corpus at once: per note, its decided spans (rules.cpp).
std::vector<std::vector<EntitySpan>> rules_over_corpus(const std::vector<ParsedNote>& notes);
}  // namespace detail

struct RulesCorpus::State {
  std::map<std::string, RulesObservation> notes;  ///< by path
  std::uint64_t version = 0;
  std::mutex decided_mutex;
  std::optional<std::map<std::string, std::vector<EntitySpan>>> decided;
};

namespace {

using detail::get_string;
using detail::get_varint;
using detail::put_string;
using detail::put_varint;

template <typename T, typename F>
bool get_list(std::string_view& in, std::vector<T>& out, F read_one) {
  std::uint64_t n = 0;
  if (!get_varint(in, n) || n > in.size()) return false;
  out.resize(n);
  for (auto& item : out)
    if (!read_one(item)) return false;
  return true;
}

bool same_block(const Block& a, const Block& b) {
  if (a.text != b.text || a.line != b.line || a.line_starts != b.line_starts ||
      a.heading_path != b.heading_path || a.links.size() != b.links.size() ||
      a.anchors.size() != b.anchors.size())
    return false;
  for (std::size_t i = 0; i < a.links.size(); ++i)
    if (a.links[i].begin != b.links[i].begin || a.links[i].end != b.links[i].end) return false;
  for (std::size_t i = 0; i < a.anchors.size(); ++i)
    if (a.anchors[i].offset != b.anchors[i].offset || a.anchors[i].second != b.anchors[i].second)
      return false;
  return true;
}

}  // namespace

bool operator==(const RulesObservation& a, const RulesObservation& b) {
  if (a.path != b.path || a.blocks.size() != b.blocks.size()) return false;
  for (std::size_t i = 0; i < a.blocks.size(); ++i)
    if (!same_block(a.blocks[i], b.blocks[i])) return false;
  return true;
}

RulesCorpus::RulesCorpus() : state_(std::make_shared<State>()) {}

RulesCorpus::RulesCorpus(const RulesCorpus& other) : state_(std::make_shared<State>()) {
  state_->notes = other.state_->notes;
  state_->version = other.state_->version;
}

RulesCorpus& RulesCorpus::operator=(const RulesCorpus& other) {
  if (this != &other) *this = RulesCorpus(other);
  return *this;
}

RulesCorpus::~RulesCorpus() = default;

void RulesCorpus::add(const RulesObservation& observation) {
  state_->notes.insert_or_assign(observation.path, observation);
  ++state_->version;
  state_->decided.reset();
}

void RulesCorpus::remove(const RulesObservation& observation) {
  state_->notes.erase(observation.path);
  ++state_->version;
  state_->decided.reset();
}

std::uint64_t RulesCorpus::digest(std::string_view) const { return state_->version; }

std::vector<std::string> RulesCorpus::keys(const RulesObservation&) { return {std::string()}; }

void RulesCorpus::encode(std::string& out) const { out.push_back('\0'); }

std::optional<RulesCorpus> RulesCorpus::decode(std::string_view) { return std::nullopt; }

void encode_rules_observation(const RulesObservation& o, std::string& out) {
  put_string(out, o.path);
  put_varint(out, o.blocks.size());
  for (const Block& b : o.blocks) {
    put_string(out, b.text);
    put_varint(out, static_cast<std::uint64_t>(b.line));
    put_varint(out, b.line_starts.size());
    for (auto s : b.line_starts) put_varint(out, s);
    put_varint(out, b.heading_path.size());
    for (const auto& h : b.heading_path) put_string(out, h);
    put_varint(out, b.links.size());
    for (const auto& l : b.links) {
      put_varint(out, l.begin);
      put_varint(out, l.end);
    }
    put_varint(out, b.anchors.size());
    for (const auto& a : b.anchors) {
      put_varint(out, a.offset);
      put_varint(out, static_cast<std::uint64_t>(a.second));
    }
  }
}

bool decode_rules_observation(std::string_view& in, RulesObservation& o) {
  if (!get_string(in, o.path)) return false;
  return get_list(in, o.blocks, [&](Block& b) {
    std::uint64_t v = 0;
    if (!get_string(in, b.text) || !get_varint(in, v)) return false;
    b.line = static_cast<int>(v);
    if (!get_list(in, b.line_starts, [&](std::size_t& s) {
          std::uint64_t x = 0;
          if (!get_varint(in, x)) return false;
          s = x;
          return true;
        }))
      return false;
    if (!get_list(in, b.heading_path, [&](std::string& h) { return get_string(in, h); }))
      return false;
    if (!get_list(in, b.links, [&](Span& s) {
          std::uint64_t x = 0, y = 0;
          if (!get_varint(in, x) || !get_varint(in, y)) return false;
          s = {x, y};
          return true;
        }))
      return false;
    return get_list(in, b.anchors, [&](Anchor& a) {
      std::uint64_t x = 0, y = 0;
      if (!get_varint(in, x) || !get_varint(in, y)) return false;
      a = {x, static_cast<int>(y)};
      return true;
    });
  });
}

std::vector<EntitySpan> RulesExtractor::decide(const RulesObservation& observation,
                                               const RulesCorpus& corpus) const {
  RulesCorpus::State& state = *corpus.state_;
  std::lock_guard<std::mutex> lock(state.decided_mutex);
  if (!state.decided) {
    std::vector<ParsedNote> notes;
    notes.reserve(state.notes.size());
    for (const auto& [path, o] : state.notes) {
      ParsedNote n;
      n.path = path;
      n.blocks = o.blocks;
      notes.push_back(std::move(n));
    }
    auto spans = detail::rules_over_corpus(notes);
    state.decided.emplace();
    for (std::size_t i = 0; i < notes.size(); ++i)
      state.decided->emplace(notes[i].path, std::move(spans[i]));
  }
  auto it = state.decided->find(observation.path);
  if (it != state.decided->end()) return it->second;
  // A note outside the corpus is decided alone.
  ParsedNote n;
  n.path = observation.path;
  n.blocks = observation.blocks;
  return detail::rules_over_corpus({n}).front();
}

}  // namespace notegraph
