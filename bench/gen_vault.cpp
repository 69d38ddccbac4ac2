// gen_vault OUT_DIR NOTES [--seed S]: a synthetic vault of YouTube-summary notes in the
// seed's style, for benchmarks at any scale (10k, 100k, 1M notes).
//
// Each note: front matter (title, videoId, tags), `From: [[channel]] <br/>`, headings,
// paragraphs of sentences that name people, places and organizations drawn from pools
// with a power-law popularity, `[[target | alias]]` links to other notes (power law:
// a few notes get most links) and to topic stubs that are never written (unresolved,
// as in tubegraph), `[hh:mm:ss]` and yt-timestamp citations, callouts and lists. One
// hub note per channel of 100 notes. Deterministic for a seed; about 3 KB a note.
#include <sys/stat.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const char* kFirst[] = {"Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
                        "Kofi", "Lena", "Marek", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sergei", "Tanya",
                        "Umar", "Vera", "Wen", "Xavier", "Yusuf", "Zoe", "Warren", "Elon", "Satya", "Olena"};
const char* kLast[] = {"Kowalski", "Ivanova", "Nakamura", "Okafor", "Lindqvist", "Haddad", "Moreau", "Petrov",
                       "Fischer", "Santos", "Novak", "Ahmed", "Brennan", "Costa", "Dubois", "Eriksen", "Garcia",
                       "Horvath", "Iyer", "Jensen", "Kaminski", "Larsen", "Mendes", "Nguyen", "Oliveira",
                       "Popescu", "Quinn", "Romanov", "Schmidt", "Tanaka", "Buffett", "Musk", "Nadella"};
const char* kPlaces[] = {"Kyiv", "Lisbon", "Zurich", "Nairobi", "Osaka", "Kharkiv", "Vilnius", "Porto", "Lagos",
                         "Quito", "Tbilisi", "Krakow", "Hanoi", "Bergen", "Valencia", "Odesa", "Tallinn", "Sofia",
                         "Mumbai", "Seoul", "Dnipro", "Gdansk", "Bogota", "Lima", "Accra", "Zaporizhzhia",
                         "Crimea", "Donbas", "Bavaria", "Patagonia"};
const char* kOrgStems[] = {"Acme", "Borealis", "Cobalt", "Delta", "Everest", "Fjord", "Granite", "Helix", "Ion",
                           "Juniper", "Keystone", "Lumen", "Meridian", "Nimbus", "Orion", "Pioneer", "Quasar",
                           "Redwood", "Summit", "Tundra"};
const char* kOrgHeads[] = {"Corporation", "Institute", "Bank", "Foundation", "University", "Group", "Agency",
                           "Ministry of Energy", "Capital", "Labs"};
const char* kWords[] = {"the", "market", "strategy", "growth", "risk", "policy", "model", "energy", "trade",
                        "supply", "demand", "war", "peace", "talks", "investment", "technology", "people",
                        "capital", "network", "security", "future", "history", "data", "research", "power",
                        "system", "value", "change", "region", "industry", "learning", "health", "climate",
                        "crisis", "reform", "budget", "platform", "product", "team", "culture"};
const char* kVerbs[] = {"said", "argued", "explained", "noted", "warned", "suggested", "announced", "claimed"};
const char* kHeadings[] = {"Background", "Key Points", "Analysis", "Context", "Challenges", "Outlook",
                           "Implications", "Main Arguments", "Timeline", "Conclusion"};

class Gen {
 public:
  Gen(std::size_t notes, unsigned seed) : n_(notes), rng_(seed) {}

  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
  /// Rank in [0, n) with a power-law (Zipf-like, s≈1) popularity.
  std::size_t zipf(std::size_t n) {
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng_);
    const auto r = static_cast<std::size_t>(std::exp(u * std::log(static_cast<double>(n) + 1.0))) - 1;
    return std::min(r, n - 1);
  }
  template <std::size_t N>
  const char* any(const char* (&a)[N]) { return a[pick(N)]; }

  std::string person(std::size_t k) { return std::string(kFirst[k % 30]) + " " + kLast[(k / 30) % 33]; }
  std::string org(std::size_t k) { return std::string(kOrgStems[k % 20]) + " " + kOrgHeads[(k / 20) % 10]; }
  std::string slug(std::size_t i) { return "note_" + std::to_string(i) + "_" + kWords[i % 40] + "_" + kWords[(i / 40) % 40]; }
  std::string channel(std::size_t i) { return "channel_" + std::to_string(i / 100); }
  std::string path(std::size_t i) { return channel(i) + "/" + slug(i) + ".md"; }
  std::string title(std::size_t i) {
    std::string t = std::string(kWords[i % 40]) + " " + kWords[(i / 40) % 40] + " " + std::to_string(i);
    t[0] = static_cast<char>(t[0] - 'a' + 'A');
    return t;
  }
  std::string video_id(std::size_t i) {
    static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string id;
    std::size_t x = i * 2654435761u + 12345;
    for (int k = 0; k < 11; ++k, x /= 64) id += alphabet[x % 64];
    return id;
  }
  std::string clock(int s) {
    char b[16];
    std::snprintf(b, sizeof b, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    return b;
  }

  std::string sentence(std::size_t self, int& second) {
    std::string s;
    switch (pick(5)) {
      case 0: s = person(zipf(990)) + " " + any(kVerbs) + " that " + any(kWords) + " in " + kPlaces[zipf(30)] + " would change"; break;
      case 1: s = "The " + org(zipf(200)) + " expects " + any(kWords) + " " + any(kWords) + " to grow"; break;
      case 2: s = "In " + std::string(kPlaces[zipf(30)]) + ", " + any(kWords) + " and " + any(kWords) + " matter most"; break;
      case 3: s = "Experts discussed " + std::string(any(kWords)) + " " + any(kWords) + " with " + person(zipf(990)); break;
      default: s = "This " + std::string(any(kWords)) + " shapes the " + any(kWords) + " of " + any(kWords); break;
    }
    if (pick(3) == 0) {  // a link to another note, power law over the vault
      const std::size_t t = zipf(n_);
      if (t != self) s += ", see [[" + slug(t) + " | " + title(t) + "]]";
    }
    if (pick(4) == 0) s += " and [[" + std::string(any(kWords)) + " " + any(kWords) + " topic]]";  // a stub
    second += 5 + static_cast<int>(pick(40));
    s += pick(2) ? " [" + clock(second) + "]" : " <a class=\"yt-timestamp\" data-t=\"" + clock(second) + "\">[" + clock(second) + "]</a>";
    return s + ". ";
  }

  std::string note(std::size_t i) {
    std::string t = "---\ntitle: " + title(i) + "\nvideoId: " + video_id(i) + "\n";
    if (pick(3) == 0) t += std::string("tags: [") + kWords[pick(40)] + ", topic/" + kWords[pick(40)] + "]\n";
    t += "---\n\nFrom: [[" + channel(i) + "]] <br/>\n\n";
    int second = static_cast<int>(pick(60));
    for (int p = 0; p < 2; ++p) t += sentence(i, second);
    t += "\n\n";
    const int sections = 2 + static_cast<int>(pick(3));
    for (int h = 0; h < sections; ++h) {
      t += std::string("## ") + any(kHeadings) + "\n\n";
      const int paras = 1 + static_cast<int>(pick(2));
      for (int p = 0; p < paras; ++p) {
        if (pick(5) == 0) {
          t += "> [!note] " + std::string(any(kHeadings)) + "\n> ";
          t += sentence(i, second) + "\n\n";
        } else if (pick(4) == 0) {
          for (int k = 0; k < 3; ++k) t += "- **" + std::string(any(kWords)) + "**: " + sentence(i, second) + "\n";
          t += "\n";
        } else {
          for (int k = 0, m = 2 + static_cast<int>(pick(3)); k < m; ++k) t += sentence(i, second);
          t += "\n\n";
        }
      }
    }
    return t;
  }

  std::string hub(std::size_t c) {
    std::string t = "---\ntitle: channel_" + std::to_string(c) + "\n---\n\n# Channel " + std::to_string(c) + "\n\n";
    for (std::size_t i = c * 100; i < std::min(n_, c * 100 + 100); ++i) t += "- [[" + slug(i) + " | " + title(i) + "]]\n";
    return t;
  }

 private:
  std::size_t n_;
  std::mt19937_64 rng_;
};

bool write_file(const fs::path& p, const std::string& text) {
  FILE* f = std::fopen(p.c_str(), "wb");
  if (!f) return false;
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  return std::fclose(f) == 0 && ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen_vault OUT_DIR NOTES [--seed S]\n");
    return 2;
  }
  const fs::path out = argv[1];
  const std::size_t notes = std::stoull(argv[2]);
  unsigned seed = 20261129;
  for (int i = 3; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--seed") == 0) seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
  Gen g(notes, seed);
  std::size_t bytes = 0;
  for (std::size_t c = 0; c * 100 < notes; ++c) {
    const fs::path dir = out / ("channel_" + std::to_string(c));
    fs::create_directories(dir);
    const std::string hub = g.hub(c);
    bytes += hub.size();
    if (!write_file(dir / ("channel_" + std::to_string(c) + ".md"), hub)) return 1;
  }
  for (std::size_t i = 0; i < notes; ++i) {
    const std::string text = g.note(i);
    bytes += text.size();
    if (!write_file(out / g.path(i), text)) {
      std::fprintf(stderr, "gen_vault: cannot write %s\n", (out / g.path(i)).c_str());
      return 1;
    }
  }
  std::printf("{\"notes\":%zu,\"hubs\":%zu,\"bytes\":%zu}\n", notes, (notes + 99) / 100, bytes);
  return 0;
}
