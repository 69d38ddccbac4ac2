#include "projection.hpp"

#include <algorithm>

namespace notegraph::detail {
namespace {

bool keeps_node(const KnowledgeGraph& kg, Vertex v, const GraphFilter& filter, const std::vector<Vertex>& always) {
  return std::find(always.begin(), always.end(), v) != always.end() || filter.keeps(kg.node(v).kind);
}

}  // namespace

bool keeps_edge(const KnowledgeGraph& kg, EdgeRef e, const GraphFilter& filter, const std::vector<Vertex>& always) {
  const Graph& g = kg.graph();
  return filter.keeps(g[e].kind) && keeps_node(kg, boost::source(e, g), filter, always) &&
         keeps_node(kg, boost::target(e, g), filter, always);
}

DirectedView directed_view(const KnowledgeGraph& kg, const GraphFilter& filter,
                           Direction direction, const std::vector<Vertex>& always) {
  const Graph& g = kg.graph();
  DirectedView view(boost::num_vertices(g));
  for (EdgeRef e : kg.edges()) {
    if (!keeps_edge(kg, e, filter, always)) continue;
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (direction == Direction::in) std::swap(s, t);
    boost::add_edge(s, t, e, view);
    if (g[e].kind == EdgeKind::cooccurs && s != t) boost::add_edge(t, s, e, view);
  }
  return view;
}

UndirectedView undirected_view(const KnowledgeGraph& kg, const GraphFilter& filter, const std::vector<Vertex>& always) {
  const Graph& g = kg.graph();
  UndirectedView view(boost::num_vertices(g));
  for (EdgeRef e : kg.edges())
    if (keeps_edge(kg, e, filter, always))
      boost::add_edge(boost::source(e, g), boost::target(e, g), e, view);
  return view;
}

}  // namespace notegraph::detail
