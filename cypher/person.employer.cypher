// DataLoader batch: each person's employer with the WORKS_AT properties.
UNWIND $ids AS key
MATCH (p:Person {id: key})-[w:WORKS_AT]->(c:Company)
RETURN key, w.title AS title, w.since AS since, {id: c.id, name: c.name, kind: c.kind, unitLevel: c.unitLevel, country: c.country, segment: c.segment, isKeyAccount: c.isKeyAccount, tier: c.tier} AS company
