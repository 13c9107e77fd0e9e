// DataLoader batch: each account's team (our people with their role).
UNWIND $ids AS key
MATCH (c:Company {id: key})<-[r:ON_TEAM]-(p:Person)
RETURN key, r.role AS role, {id: p.id, name: p.name, email: p.email, title: p.title, function: p.function, decisionLevel: p.decisionLevel, buyingRole: p.buyingRole, attitude: p.attitude, active: p.active, leftAt: p.leftAt} AS person
