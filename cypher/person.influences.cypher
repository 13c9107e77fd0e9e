// DataLoader batch: whom each person informally influences.
UNWIND $ids AS key
MATCH (p:Person {id: key})-[r:INFLUENCES]->(o:Person)
RETURN key, r.strength AS strength, r.note AS note, r.since AS since, {id: o.id, name: o.name, email: o.email, title: o.title, function: o.function, decisionLevel: o.decisionLevel, buyingRole: o.buyingRole, attitude: o.attitude, active: o.active, leftAt: o.leftAt} AS person
