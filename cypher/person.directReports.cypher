// DataLoader batch: each person's direct reports.
UNWIND $ids AS key
MATCH (p:Person {id: key})<-[r:REPORTS_TO]-(s:Person)
RETURN key, r.since AS since, {id: s.id, name: s.name, email: s.email, title: s.title, function: s.function, decisionLevel: s.decisionLevel, buyingRole: s.buyingRole, attitude: s.attitude, active: s.active, leftAt: s.leftAt} AS person
