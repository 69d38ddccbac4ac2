// Loads this folder into Kuzu. Run it from this folder, e.g.
//   kuzu graph.kuzu < load_kuzu.cypher
// (the Node.js and Python APIs take the same statements one by one).
CREATE NODE TABLE Note(id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, PRIMARY KEY(id));
CREATE NODE TABLE Missing(id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, PRIMARY KEY(id));
CREATE NODE TABLE Video(id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, PRIMARY KEY(id));
CREATE REL TABLE LINKS_TO(FROM Note TO Missing, rel_type STRING, kind STRING, relation STRING, count INT64, weight DOUBLE, embed BOOLEAN, lines STRING, seconds STRING, aliases STRING, anchors STRING, sections STRING);
CREATE REL TABLE SOURCE(FROM Note TO Video, rel_type STRING, kind STRING, relation STRING, count INT64, weight DOUBLE, embed BOOLEAN, lines STRING, seconds STRING, aliases STRING, anchors STRING, sections STRING);
COPY Note FROM 'nodes_note.csv' (header=true, parallel=false);
COPY Missing FROM 'nodes_missing.csv' (header=true, parallel=false);
COPY Video FROM 'nodes_video.csv' (header=true, parallel=false);
COPY LINKS_TO FROM 'edges_link_note_missing.csv' (header=true, parallel=false);
COPY SOURCE FROM 'edges_source_note_video.csv' (header=true, parallel=false);
