// Read model build: every interaction with the account it is about (GraphStore.scan); participants come from projection.tookPart.
// Dates as toString(): the same `YYYY-MM-DD` on both engines.
MATCH (i:Interaction)
OPTIONAL MATCH (i)-[:ABOUT]->(c:Company)
RETURN i.id AS id, i.kind AS kind, toString(i.at) AS at, i.direction AS direction, i.level AS level, i.subject AS subject, c.id AS accountId
