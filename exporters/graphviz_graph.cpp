#include "graphviz_graph.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "notegraph/exporters/style.hpp"
#include "notegraph/exporters/text.hpp"

namespace notegraph {
namespace {

struct ContextDeleter {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};
struct GraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};

// Graphviz reports through agerr, which prints to stderr unless a user function is set;
// the library never prints, so messages are collected while a Capture lives.
thread_local std::string* t_messages = nullptr;

int collect_message(char* message) {
  if (t_messages != nullptr) *t_messages += message;
  return 0;
}

class Capture {
 public:
  Capture() : previous_(agseterrf(collect_message)) {
    t_messages = &messages_;
    agreseterrors();
  }
  ~Capture() {
    agseterrf(previous_);
    t_messages = nullptr;
  }
  Capture(const Capture&) = delete;
  Capture& operator=(const Capture&) = delete;

  /// Throws std::runtime_error("graphviz <what>: <messages>").
  [[noreturn]] void fail(std::string_view what) const {
    std::string text = "graphviz " + std::string(what);
    if (!messages_.empty()) {
      std::string trimmed = messages_;
      while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == ' '))
        trimmed.pop_back();
      text += ": " + trimmed;
    }
    throw std::runtime_error(text);
  }

 private:
  agusererrf previous_;
  std::string messages_;
};

// Object ids. cgraph's default discipline makes a named node's id the address of its
// interned name, and some of dot's passes order nodes by id, so a layout would change
// with the heap's history (a warm cache, another export first). This discipline numbers
// objects in creation order instead, per graph, and keeps their names itself (neato and
// sfdp clear cgraph's own map of names for ids it did not hand out).
struct IdTable {
  IDTYPE next = 1;
  std::map<std::pair<int, std::string>, IDTYPE> ids;  // by (object class, name)
  std::map<IDTYPE, std::string> names;
};

int object_class(int objtype) { return objtype == AGINEDGE ? AGOUTEDGE : objtype; }

void* open_ids(Agraph_t*, Agdisc_t*) { return new IdTable; }

long map_id(void* state, int objtype, char* name, IDTYPE* id, int create) {
  auto* table = static_cast<IdTable*>(state);
  if (name != nullptr) {
    const auto found = table->ids.find(std::pair(object_class(objtype), std::string(name)));
    if (found != table->ids.end()) {
      *id = found->second;
      return 1;
    }
  }
  if (!create) return 0;
  *id = table->next++;
  if (name != nullptr) {
    table->ids.emplace(std::pair(object_class(objtype), std::string(name)), *id);
    table->names.emplace(*id, name);
  }
  return 1;
}

long alloc_id(void*, int, IDTYPE) { return 0; }  // no object asks for an id of its own

void free_id(void* state, int objtype, IDTYPE id) {
  auto* table = static_cast<IdTable*>(state);
  if (const auto named = table->names.find(id); named != table->names.end()) {
    table->ids.erase(std::pair(object_class(objtype), named->second));
    table->names.erase(named);
  }
}

char* print_id(void* state, int, IDTYPE id) {
  auto* table = static_cast<IdTable*>(state);
  const auto named = table->names.find(id);
  return named == table->names.end() ? nullptr : named->second.data();
}

void close_ids(void* state) { delete static_cast<IdTable*>(state); }
void register_id(void*, int, void*) {}

Agiddisc_t kSequentialIds = {open_ids, map_id, alloc_id, free_id, print_id, close_ids, register_id};
Agdisc_t kDiscipline = {&AgMemDisc, &kSequentialIds, &AgIoDisc};

// Graphviz's C API takes char* for strings it only reads (and copies).
char* c_str(std::string& s) { return s.data(); }

class Attributes {
 public:
  Attributes(Agraph_t* g, int kind) : g_(g), kind_(kind) {}

  /// Declares an attribute with its default and returns its symbol.
  Agsym_t* declare(std::string name, std::string fallback) {
    return agattr(g_, kind_, c_str(name), c_str(fallback));
  }

 private:
  Agraph_t* g_;
  int kind_;
};

void set(void* object, Agsym_t* symbol, std::string value) { agxset(object, symbol, c_str(value)); }

constexpr unsigned kLayoutSeed = 1;

// Graphviz 2.42 copies a node's URL into xlink:href without XML escaping. So the URL
// goes in as text that is both a valid URI and valid attribute text: every byte a URI
// cannot hold raw (RFC 3986: spaces, quotes, <>\^`{|}, controls, non-ASCII) as %XX, and
// `&` as `&amp;`, an entity Graphviz passes through as it is.
std::string svg_href(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  static constexpr std::string_view kRaw = "-._~:/?#[]@!$'()*+,;=%";
  std::string out;
  out.reserve(url.size());
  for (unsigned char c : url) {
    if (c == '&')
      out += "&amp;";
    else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
             kRaw.find(static_cast<char>(c)) != std::string_view::npos)
      out += static_cast<char>(c);
    else
      out += {'%', kHex[c >> 4], kHex[c & 0xF]};
  }
  return out;
}

std::string_view engine_name(LayoutEngine engine) {
  return engine == LayoutEngine::dot ? "dot" : "sfdp";
}

}  // namespace

LayoutEngine resolve_engine(LayoutEngine engine, const KnowledgeGraph& graph) {
  if (engine != LayoutEngine::automatic) return engine;
  return graph.node_count() <= kDotMaxNodes && graph.edge_count() <= kDotMaxEdges
             ? LayoutEngine::dot
             : LayoutEngine::sfdp;
}

struct GraphvizGraph::Impl {
  const KnowledgeGraph& source;
  std::unique_ptr<GVC_t, ContextDeleter> gvc;
  std::unique_ptr<Agraph_t, GraphDeleter> graph;
  std::vector<Agnode_t*> nodes;  // by vertex index
  bool laid_out = false;

  explicit Impl(const KnowledgeGraph& kg) : source(kg) {}
  ~Impl() {
    if (laid_out) gvFreeLayout(gvc.get(), graph.get());
  }
};

GraphvizGraph::GraphvizGraph(const KnowledgeGraph& kg, GraphvizDetail detail)
    : impl_(std::make_unique<Impl>(kg)) {
  Capture capture;
  impl_->gvc.reset(gvContext());
  if (!impl_->gvc) capture.fail("context");
  std::string name = "notegraph";
  impl_->graph.reset(agopen(c_str(name), Agdirected, &kDiscipline));
  if (!impl_->graph) capture.fail("graph");
  Agraph_t* g = impl_->graph.get();

  Attributes graph_attrs(g, AGRAPH), node_attrs(g, AGNODE), edge_attrs(g, AGEDGE);
  const bool picture = detail == GraphvizDetail::picture;
  if (picture) {
    graph_attrs.declare("charset", "UTF-8");
    graph_attrs.declare("outputorder", "edgesfirst");
    graph_attrs.declare("fontname", "Helvetica");
    graph_attrs.declare("overlap", "prism");  // sfdp: remove node overlaps
    graph_attrs.declare("start", "1");        // sfdp: a fixed seed, never the clock's
    graph_attrs.declare("pad", "0.2");
  } else {
    graph_attrs.declare("overlap", "true");  // positions only: no overlap removal pass
    // sfdp's coarser Barnes-Hut quadtree: half the time on a 50,000-node graph (35 s
    // instead of 75 s of CPU on tubegraph), and the page's dots hardly move.
    graph_attrs.declare("quadtree", "fast");
    graph_attrs.declare("start", "1");
  }
  Agsym_t *label = nullptr, *shape = nullptr, *style = nullptr, *fill = nullptr, *url = nullptr,
          *target = nullptr;
  if (picture) {
    node_attrs.declare("fontname", "Helvetica");
    node_attrs.declare("fontsize", "10");
    label = node_attrs.declare("label", "\\N");
    shape = node_attrs.declare("shape", "ellipse");
    style = node_attrs.declare("style", "filled");
    fill = node_attrs.declare("fillcolor", "lightgrey");
    url = node_attrs.declare("URL", "");
    target = node_attrs.declare("target", "");
  } else {
    node_attrs.declare("shape", "point");
  }

  impl_->nodes.reserve(kg.node_count());
  for (NodeId v : kg.nodes()) {
    const NodeView n = kg.node(v);
    // Names are the node ids as valid UTF-8 without controls: SVG <title>s show them.
    // Two ids that differ only in invalid bytes would name one Graphviz node, so a
    // repeated name gets a suffix.
    const std::string id = n.id();
    std::string node_name = graphviz_escape(id);
    for (int k = 2; agnode(g, c_str(node_name), 0) != nullptr; ++k)
      node_name = graphviz_escape(id) + " (" + std::to_string(k) + ")";
    Agnode_t* an = agnode(g, c_str(node_name), 1);
    if (!an) capture.fail("node " + node_name);
    impl_->nodes.push_back(an);
    if (!picture) continue;
    const NodeStyle ns = node_style(n);
    set(an, label, graphviz_escape(n.label().empty() ? std::string_view(id) : n.label()));
    set(an, shape, std::string(ns.shape));
    set(an, style, std::string(ns.dot_style));
    set(an, fill, hex_color(ns.color));
    if (const std::string href = n.url(); !href.empty()) {
      set(an, url, svg_href(href));
      set(an, target, "_blank");
    }
  }

  Agsym_t *edge_color = nullptr, *edge_style = nullptr, *edge_dir = nullptr, *edge_label = nullptr;
  if (picture) {
    edge_attrs.declare("fontname", "Helvetica");
    edge_attrs.declare("fontsize", "8");
    edge_attrs.declare("arrowsize", "0.6");
    edge_color = edge_attrs.declare("color", "black");
    edge_style = edge_attrs.declare("style", "solid");
    edge_dir = edge_attrs.declare("dir", "forward");
    edge_label = edge_attrs.declare("label", "");
  }
  for (EdgeId e : kg.edges()) {
    const EdgeView ed = kg.edge(e);
    Agedge_t* ae = agedge(g, impl_->nodes[ed.source()], impl_->nodes[ed.target()],
                          nullptr, 1);
    if (!ae) capture.fail("edge");
    if (!picture) continue;
    const EdgeStyle es = notegraph::edge_style(ed.kind());
    set(ae, edge_color, hex_color(es.color));
    set(ae, edge_style, std::string(es.dot_style));
    if (ed.kind() == EdgeKind::cooccurs) set(ae, edge_dir, "none");
    if (!ed.relation().empty()) set(ae, edge_label, graphviz_escape(ed.relation()));
  }
}

GraphvizGraph::~GraphvizGraph() = default;

void GraphvizGraph::layout(LayoutEngine engine) {
  Capture capture;
  if (impl_->laid_out) {
    gvFreeLayout(impl_->gvc.get(), impl_->graph.get());
    impl_->laid_out = false;
  }
  const std::string name(engine_name(resolve_engine(engine, impl_->source)));
  // sfdp and its overlap removal draw from the C library's generators (rand, drand48)
  // without seeding them all, so a layout would depend on what ran before it in the
  // process: seeding both first makes every layout of one graph the same.
  std::srand(kLayoutSeed);
  ::srand48(kLayoutSeed);
  if (gvLayout(impl_->gvc.get(), impl_->graph.get(), name.c_str()) != 0)
    capture.fail(name + " layout");
  impl_->laid_out = true;
}

std::string GraphvizGraph::render_svg() {
  if (!impl_->laid_out) throw std::runtime_error("graphviz render: the graph has no layout");
  Capture capture;
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(impl_->gvc.get(), impl_->graph.get(), "svg", &data, &length) != 0 || !data)
    capture.fail("svg rendering");
  std::string svg(data, length);
  gvFreeRenderData(data);
  return svg;
}

std::vector<Point> GraphvizGraph::positions() const {
  if (!impl_->laid_out) throw std::logic_error("graphviz positions: the graph has no layout");
  std::vector<Point> out;
  out.reserve(impl_->nodes.size());
  for (Agnode_t* n : impl_->nodes) out.push_back({ND_coord(n).x, ND_coord(n).y});
  return out;
}

}  // namespace notegraph
