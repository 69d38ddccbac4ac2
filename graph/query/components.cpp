#include "notegraph/query/components.hpp"

#include <algorithm>
#include <boost/graph/connected_components.hpp>

#include "projection.hpp"

namespace notegraph {

std::vector<Component> weak_components(const KnowledgeGraph& kg, const GraphFilter& filter) {
  const auto view = detail::undirected_view(kg, filter);
  std::vector<int> component(boost::num_vertices(view), 0);
  const int count = boost::connected_components(
      view,
      boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, view)));
  std::vector<Component> out(static_cast<std::size_t>(count));
  for (NodeId v : kg.nodes())
    if (filter.keeps(kg.node(v).kind()))
      out[static_cast<std::size_t>(component[v])].members.push_back(v);
  std::erase_if(out, [](const Component& c) { return c.members.empty(); });
  std::stable_sort(out.begin(), out.end(), [](const Component& a, const Component& b) {
    if (a.members.size() != b.members.size()) return a.members.size() > b.members.size();
    return a.members.front() < b.members.front();
  });
  return out;
}

}  // namespace notegraph
