// DataLoader batch: the people working directly at each company.
UNWIND $ids AS key
MATCH (c:Company {id: key})<-[w:WORKS_AT]-(p:Person)
RETURN key, w.title AS title, w.since AS since, {id: p.id, name: p.name, email: p.email, title: p.title, function: p.function, decisionLevel: p.decisionLevel, buyingRole: p.buyingRole, attitude: p.attitude, active: p.active, leftAt: p.leftAt} AS person
