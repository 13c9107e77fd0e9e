// New activities in one statement (a run of activity.upserted changes with created; bulk loads): each row is two
// primary-key lookups and three inserts, as activity.create (docs/plans.md "Store").
UNWIND $rows AS row
MATCH (p:AccountPlan {id: row.versionId})
MATCH (o:Person {id: row.ownerId})
CREATE (o)-[:OWNS]->(a:Activity {id: row.id, title: row.title, dueAt: date(row.dueAt), status: row.status})-[:IN_PLAN]->(p)
RETURN count(*) AS n
