// DataLoader batch: each person's formal manager.
UNWIND $ids AS key
MATCH (p:Person {id: key})-[r:REPORTS_TO]->(m:Person)
RETURN key, r.since AS since, {id: m.id, name: m.name, email: m.email, title: m.title, function: m.function, decisionLevel: m.decisionLevel, buyingRole: m.buyingRole, attitude: m.attitude, active: m.active, leftAt: m.leftAt} AS person
