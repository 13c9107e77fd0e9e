// DataLoader batch: the account teams each person sits on.
UNWIND $ids AS key
MATCH (p:Person {id: key})-[r:ON_TEAM]->(c:Company)
RETURN key, r.role AS role, {id: c.id, name: c.name, kind: c.kind, unitLevel: c.unitLevel, country: c.country, segment: c.segment, isKeyAccount: c.isKeyAccount, tier: c.tier} AS company
