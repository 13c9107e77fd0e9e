// writeChanges, activity.upserted: a new Activity OWNED by one of ours and IN_PLAN the version it was added in, both
// found by key (0 rows when either is missing). A correction removes it first (activity.remove), then creates it again.
MATCH (p:AccountPlan {id: $versionId})
MATCH (o:Person {id: $ownerId})
CREATE (o)-[:OWNS]->(a:Activity {id: $id, title: $title, dueAt: date($dueAt), status: $status})-[:IN_PLAN]->(p)
RETURN count(*) AS n
