#pragma once
// CSV in Neo4j's bulk-import layout, which Kuzu's COPY FROM also loads: one file per
// node kind (`nodes_<kind>.csv`) and one per edge kind and end kinds
// (`edges_<kind>_<from>_<to>.csv`, since a Kuzu COPY fills one FROM/TO pair), plus the
// Kuzu script and neo4j-admin arguments that load them.

#include <filesystem>
#include <string>
#include <vector>

#include "notegraph/exporters/export.hpp"

namespace notegraph {

/// One file of the CSV export: its name inside the directory and its bytes.
struct CsvFile {
  std::string name;
  std::string content;
};

/// Returns the files of the CSV export, in name order. Node files have the header
/// `id:ID,:LABEL,kind,label,path,entity_type,tags,aliases,url,same_as,properties`;
/// edge files `:START_ID,:END_ID,:TYPE,kind,relation,count:int,weight:double,
/// embed:boolean,lines,seconds,aliases,anchors,sections`. Lists are JSON strings; fields
/// are quoted RFC 4180 style (quotes doubled, newlines kept inside quotes).
std::vector<CsvFile> csv_files(const KnowledgeGraph& graph, const ExportOptions& options);

/// Writes the CSV export into `directory` (created if absent). Throws
/// std::filesystem::filesystem_error or std::runtime_error when a file cannot be written.
void write_csv_directory(const KnowledgeGraph& graph, const std::filesystem::path& directory,
                         const ExportOptions& options);

}  // namespace notegraph
