// writeChanges, company.upserted (created): one new company. CREATE, not MERGE: an index-free MERGE scans the table.
CREATE (c:Company {id: $id, name: $name, kind: $kind, unitLevel: $unitLevel, country: $country, segment: $segment, isKeyAccount: $isKeyAccount, tier: $tier})
RETURN count(*) AS n
