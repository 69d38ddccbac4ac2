// Loads this folder into Kuzu. Run it from this folder, e.g.
//   kuzu graph.kuzu < load_kuzu.cypher
// (the Node.js and Python APIs take the same statements one by one).
CREATE NODE TABLE Note(id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, PRIMARY KEY(id));
CREATE NODE TABLE Missing(id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, PRIMARY KEY(id));
CREATE NODE TABLE Attachment(id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, PRIMARY KEY(id));
CREATE NODE TABLE Tag(id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, PRIMARY KEY(id));
CREATE NODE TABLE Url(id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, PRIMARY KEY(id));
CREATE NODE TABLE Video(id STRING, labels STRING, kind STRING, label STRING, path STRING, entity_type STRING, tags STRING, aliases STRING, url STRING, same_as STRING, properties STRING, PRIMARY KEY(id));
CREATE REL TABLE LINKS_TO(FROM Note TO Note, FROM Note TO Missing, FROM Note TO Attachment, rel_type STRING, kind STRING, relation STRING, count INT64, weight DOUBLE, embed BOOLEAN, lines STRING, seconds STRING, aliases STRING, anchors STRING, sections STRING);
CREATE REL TABLE TAGGED(FROM Note TO Tag, rel_type STRING, kind STRING, relation STRING, count INT64, weight DOUBLE, embed BOOLEAN, lines STRING, seconds STRING, aliases STRING, anchors STRING, sections STRING);
CREATE REL TABLE BROADER(FROM Tag TO Tag, rel_type STRING, kind STRING, relation STRING, count INT64, weight DOUBLE, embed BOOLEAN, lines STRING, seconds STRING, aliases STRING, anchors STRING, sections STRING);
CREATE REL TABLE CITES_URL(FROM Note TO Url, FROM Note TO Video, rel_type STRING, kind STRING, relation STRING, count INT64, weight DOUBLE, embed BOOLEAN, lines STRING, seconds STRING, aliases STRING, anchors STRING, sections STRING);
CREATE REL TABLE SOURCE(FROM Note TO Video, rel_type STRING, kind STRING, relation STRING, count INT64, weight DOUBLE, embed BOOLEAN, lines STRING, seconds STRING, aliases STRING, anchors STRING, sections STRING);
CREATE REL TABLE MENTIONS(FROM Note TO Note, rel_type STRING, kind STRING, relation STRING, count INT64, weight DOUBLE, embed BOOLEAN, lines STRING, seconds STRING, aliases STRING, anchors STRING, sections STRING);
COPY Note FROM 'nodes_note.csv' (header=true, parallel=false);
COPY Missing FROM 'nodes_missing.csv' (header=true, parallel=false);
COPY Attachment FROM 'nodes_attachment.csv' (header=true, parallel=false);
COPY Tag FROM 'nodes_tag.csv' (header=true, parallel=false);
COPY Url FROM 'nodes_url.csv' (header=true, parallel=false);
COPY Video FROM 'nodes_video.csv' (header=true, parallel=false);
COPY LINKS_TO FROM 'edges_link_note_note.csv' (header=true, parallel=false, from='Note', to='Note');
COPY LINKS_TO FROM 'edges_link_note_missing.csv' (header=true, parallel=false, from='Note', to='Missing');
COPY LINKS_TO FROM 'edges_link_note_attachment.csv' (header=true, parallel=false, from='Note', to='Attachment');
COPY TAGGED FROM 'edges_tag_note_tag.csv' (header=true, parallel=false);
COPY BROADER FROM 'edges_broader_tag_tag.csv' (header=true, parallel=false);
COPY CITES_URL FROM 'edges_url_note_url.csv' (header=true, parallel=false, from='Note', to='Url');
COPY CITES_URL FROM 'edges_url_note_video.csv' (header=true, parallel=false, from='Note', to='Video');
COPY SOURCE FROM 'edges_source_note_video.csv' (header=true, parallel=false);
COPY MENTIONS FROM 'edges_mention_note_note.csv' (header=true, parallel=false);
