// DataLoader batch: each of our people's effective relationships with active contacts, with the root account.
UNWIND $ids AS key
MATCH (o:Person {id: key})-[k:KNOWS]->(p:Person)
WHERE k.strength >= $minStrength AND k.lastContactAt >= date($cutoff) AND p.active = true
MATCH (p)-[:WORKS_AT]->(u:Company)
MATCH (u)-[:PART_OF*0..30]->(a:Company)
WHERE NOT EXISTS { MATCH (a)-[:PART_OF]->(:Company) }
RETURN key, k.strength AS strength, k.lastContactAt AS lastContactAt, {id: p.id, name: p.name, email: p.email, title: p.title, function: p.function, decisionLevel: p.decisionLevel, buyingRole: p.buyingRole, attitude: p.attitude, active: p.active, leftAt: p.leftAt} AS person, {id: a.id, name: a.name, kind: a.kind, unitLevel: a.unitLevel, country: a.country, segment: a.segment, isKeyAccount: a.isKeyAccount, tier: a.tier} AS account
