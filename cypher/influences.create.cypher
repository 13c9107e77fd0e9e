// writeChanges, influence.upserted (created): a new INFLUENCES (0 rows when an endpoint is missing).
// `$strength * 1.0` makes an integral JS number a float on both engines without a cast macro on a bare parameter.
MATCH (a:Person {id: $fromId})
MATCH (b:Person {id: $toId})
CREATE (a)-[r:INFLUENCES {strength: $strength * 1.0, note: $note, since: date($since)}]->(b)
RETURN count(*) AS n
