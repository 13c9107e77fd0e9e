// Read model build: every signal with its account and people (GraphStore.scan).
MATCH (s:Signal)
OPTIONAL MATCH (s)-[:`ON`]->(c:Company)
OPTIONAL MATCH (r:Person)-[:RAISED]->(s)
OPTIONAL MATCH (o:Person)-[:REPORTED]->(s)
OPTIONAL MATCH (a:Person)-[:ACKNOWLEDGED]->(s)
RETURN s.id AS id, s.kind AS kind, s.at AS at, s.severity AS severity, s.text AS text, s.acknowledgedAt AS acknowledgedAt,
  s.actedAt AS actedAt, c.id AS accountId, r.id AS raisedById, o.id AS reportedById, a.id AS acknowledgedById
