// DataLoader batch: each company's direct units.
UNWIND $ids AS key
MATCH (parent:Company {id: key})<-[:PART_OF]-(c:Company)
RETURN key, {id: c.id, name: c.name, kind: c.kind, unitLevel: c.unitLevel, country: c.country, segment: c.segment, isKeyAccount: c.isKeyAccount, tier: c.tier} AS company
