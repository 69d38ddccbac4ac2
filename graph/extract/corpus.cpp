// The rules' corpus as the index keeps it: counts and votes per key, each the sum of
// every note's contribution, so a note is added or taken out without the others.
#include "notegraph/extract/corpus.hpp"

#include <algorithm>
#include <unordered_map>

#include "notegraph/model/binary.hpp"

namespace notegraph {

namespace {

using detail::get_string;
using detail::get_varint;
using detail::put_string;
using detail::put_strings;
using detail::put_varint;

struct Entry {
  std::int64_t lower = 0;
  std::int64_t caps = 0;
  RuleVotes votes{};
  bool empty() const {
    return lower == 0 && caps == 0 && std::all_of(votes.begin(), votes.end(), [](auto v) { return v == 0; });
  }
};

// Whether a candidate's evidence counts in the corpus's votes: a lone word opening a
// sentence votes only with evidence of its own; the never-lowercase fallback never.
bool votes_in_corpus(const RuleName& n) {
  return n.type != 0 && n.type <= 4 && !n.fallback && (!n.initial_single || n.intrinsic);
}

constexpr char kCorpusLayout = 2;

template <typename T, typename F>
bool get_list(std::string_view& in, std::vector<T>& out, F read_one) {
  std::uint64_t n = 0;
  if (!get_varint(in, n) || n > in.size()) return false;
  out.resize(n);
  for (auto& item : out)
    if (!read_one(item)) return false;
  return true;
}

bool get_u32(std::string_view& in, std::uint32_t& v) {
  std::uint64_t x = 0;
  if (!get_varint(in, x) || x > 0xffffffffu) return false;
  v = static_cast<std::uint32_t>(x);
  return true;
}

bool get_u8(std::string_view& in, std::uint8_t& v) {
  std::uint64_t x = 0;
  if (!get_varint(in, x) || x > 0xffu) return false;
  v = static_cast<std::uint8_t>(x);
  return true;
}

}  // namespace

struct RulesCorpus::State {
  std::unordered_map<std::string, Entry> entries;

  Entry* find(std::string_view key) {
    auto it = entries.find(std::string(key));
    return it == entries.end() ? nullptr : &it->second;
  }
  const Entry* find(std::string_view key) const {
    auto it = entries.find(std::string(key));
    return it == entries.end() ? nullptr : &it->second;
  }
  void apply(const RulesObservation& o, std::int64_t sign) {
    auto touch = [&](const std::string& key, auto&& change) {
      auto [it, fresh] = entries.try_emplace(key);
      change(it->second);
      if (it->second.empty()) entries.erase(it);
    };
    for (const auto& [w, n] : o.lowercase) touch(w, [&](Entry& e) { e.lower += sign * n; });
    for (const auto& [w, n] : o.capitalized) touch(w, [&](Entry& e) { e.caps += sign * n; });
    for (const auto& name : o.names)
      if (votes_in_corpus(name))
        touch(name.key, [&](Entry& e) { e.votes[name.type - 1] += sign * name.strength; });
  }
};

std::uint8_t favoured_type(const RuleVotes& v) {
  std::size_t b = 0;
  for (std::size_t s = 1; s < v.size(); ++s)
    if (v[s] > v[b]) b = s;
  return v[b] > 0 ? static_cast<std::uint8_t>(b + 1) : 0;
}

RulesCorpus::RulesCorpus() : state_(std::make_unique<State>()) {}
RulesCorpus::RulesCorpus(const RulesCorpus& other) : state_(std::make_unique<State>(*other.state_)) {}
RulesCorpus& RulesCorpus::operator=(const RulesCorpus& other) {
  if (this != &other) state_ = std::make_unique<State>(*other.state_);
  return *this;
}
RulesCorpus::RulesCorpus(RulesCorpus&& other) noexcept : state_(std::move(other.state_)) {
  other.state_ = std::make_unique<State>();
}
RulesCorpus& RulesCorpus::operator=(RulesCorpus&& other) noexcept {
  std::swap(state_, other.state_);
  return *this;
}
RulesCorpus::~RulesCorpus() = default;

void RulesCorpus::add(const RulesObservation& observation) { state_->apply(observation, 1); }

void RulesCorpus::remove(const RulesObservation& observation) { state_->apply(observation, -1); }

std::int64_t RulesCorpus::lowercase(std::string_view key) const {
  const Entry* e = state_->find(key);
  return e ? e->lower : 0;
}

std::int64_t RulesCorpus::capitalized(std::string_view key) const {
  const Entry* e = state_->find(key);
  return e ? e->caps : 0;
}

RuleVotes RulesCorpus::votes(std::string_view key) const {
  const Entry* e = state_->find(key);
  return e ? e->votes : RuleVotes{};
}

std::uint64_t RulesCorpus::digest(std::string_view key) const {
  const Entry* e = state_->find(key);
  if (!e) return 0;
  return static_cast<std::uint64_t>(e->lower > 0) | static_cast<std::uint64_t>(e->caps > 0) << 1 |
         static_cast<std::uint64_t>(e->caps > 2 * e->lower) << 2 |
         static_cast<std::uint64_t>(favoured_type(e->votes)) << 3;
}

std::vector<std::string> RulesCorpus::keys(const RulesObservation& o) {
  std::vector<std::string> out;
  for (const auto& c : o.conditions) out.insert(out.end(), c.words.begin(), c.words.end());
  for (const auto& n : o.names) {
    out.push_back(n.key);
    // decide also asks about a plural's singular: "Kremlins" → "kremlin"
    if (n.words == 1 && n.key.size() > 1 && n.key.back() == 's' && n.key[n.key.size() - 2] != 's')
      out.push_back(n.key.substr(0, n.key.size() - 1));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> RulesCorpus::touched(const RulesObservation& o) {
  std::vector<std::string> out;
  for (const auto& [w, n] : o.lowercase) out.push_back(w);
  for (const auto& [w, n] : o.capitalized) out.push_back(w);
  for (const auto& n : o.names)
    if (votes_in_corpus(n)) out.push_back(n.key);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void RulesCorpus::encode(std::string& out) const {
  out.push_back(kCorpusLayout);
  std::vector<const std::pair<const std::string, Entry>*> sorted;
  sorted.reserve(state_->entries.size());
  for (const auto& e : state_->entries) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  put_varint(out, sorted.size());
  for (const auto* e : sorted) {
    put_string(out, e->first);
    put_varint(out, static_cast<std::uint64_t>(e->second.lower));
    put_varint(out, static_cast<std::uint64_t>(e->second.caps));
    for (auto v : e->second.votes) put_varint(out, static_cast<std::uint64_t>(v));
  }
}

std::optional<RulesCorpus> RulesCorpus::decode(std::string_view in) {
  if (in.empty() || in.front() != kCorpusLayout) return std::nullopt;
  in.remove_prefix(1);
  RulesCorpus c;
  std::uint64_t n = 0;
  if (!get_varint(in, n) || n > in.size()) return std::nullopt;
  c.state_->entries.reserve(n);
  for (std::uint64_t i = 0; i < n; ++i) {
    std::string key;
    Entry e;
    std::uint64_t lower = 0, caps = 0;
    if (!get_string(in, key) || !get_varint(in, lower) || !get_varint(in, caps)) return std::nullopt;
    e.lower = static_cast<std::int64_t>(lower);
    e.caps = static_cast<std::int64_t>(caps);
    for (auto& v : e.votes) {
      std::uint64_t x = 0;
      if (!get_varint(in, x)) return std::nullopt;
      v = static_cast<std::int64_t>(x);
    }
    if (e.lower < 0 || e.caps < 0 || e.empty()) return std::nullopt;
    c.state_->entries.emplace(std::move(key), e);
  }
  if (!in.empty()) return std::nullopt;
  return c;
}

void encode_rules_observation(const RulesObservation& o, std::string& out) {
  put_varint(out, o.names.size());
  for (const RuleName& n : o.names) {
    put_varint(out, n.block);
    put_varint(out, n.begin);
    put_varint(out, n.end);
    put_varint(out, n.words);
    put_string(out, n.display);
    put_string(out, n.key);
    put_string(out, n.last_word);
    put_varint(out, n.type);
    put_varint(out, n.strength);
    put_varint(out, static_cast<std::uint64_t>(n.intrinsic) | static_cast<std::uint64_t>(n.initial_single) << 1 |
                        static_cast<std::uint64_t>(n.fallback) << 2 | static_cast<std::uint64_t>(n.dictionary) << 3 |
                        static_cast<std::uint64_t>(n.acronym) << 4);
    put_varint(out, n.guards.size());
    for (auto g : n.guards) put_varint(out, g);
  }
  put_varint(out, o.conditions.size());
  for (const RuleCondition& c : o.conditions) {
    put_varint(out, static_cast<std::uint64_t>(c.kind));
    put_strings(out, c.words);
  }
  put_varint(out, o.dates.size());
  for (const RuleDate& d : o.dates) {
    put_varint(out, d.block);
    put_varint(out, d.begin);
    put_varint(out, d.end);
    put_string(out, d.iso);
  }
  for (const auto* counts : {&o.lowercase, &o.capitalized}) {
    put_varint(out, counts->size());
    for (const auto& [w, k] : *counts) {
      put_string(out, w);
      put_varint(out, k);
    }
  }
}

bool decode_rules_observation(std::string_view& in, RulesObservation& o) {
  if (!get_list(in, o.names, [&](RuleName& n) {
        std::uint8_t flags = 0;
        if (!get_u32(in, n.block) || !get_u32(in, n.begin) || !get_u32(in, n.end) || !get_u32(in, n.words) ||
            !get_string(in, n.display) || !get_string(in, n.key) || !get_string(in, n.last_word) ||
            !get_u8(in, n.type) || !get_u8(in, n.strength) || !get_u8(in, flags) || n.type > 4)
          return false;
        n.intrinsic = flags & 1;
        n.initial_single = flags & 2;
        n.fallback = flags & 4;
        n.dictionary = flags & 8;
        n.acronym = flags & 16;
        return get_list(in, n.guards, [&](std::uint32_t& g) { return get_u32(in, g); });
      }))
    return false;
  if (!get_list(in, o.conditions, [&](RuleCondition& c) {
        std::uint8_t kind = 0;
        if (!get_u8(in, kind) || kind > 1) return false;
        c.kind = static_cast<RuleConditionKind>(kind);
        return detail::get_strings(in, c.words);
      }))
    return false;
  for (const auto& n : o.names)
    for (auto g : n.guards)
      if (g / 2 >= o.conditions.size()) return false;
  if (!get_list(in, o.dates, [&](RuleDate& d) {
        return get_u32(in, d.block) && get_u32(in, d.begin) && get_u32(in, d.end) && get_string(in, d.iso);
      }))
    return false;
  for (auto* counts : {&o.lowercase, &o.capitalized})
    if (!get_list(in, *counts, [&](WordCount& c) { return get_string(in, c.first) && get_u32(in, c.second); }))
      return false;
  return true;
}

}  // namespace notegraph
