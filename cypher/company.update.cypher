// writeChanges, company.upserted (not created): replaces an existing company's properties (0 rows when it is missing).
MATCH (c:Company {id: $id})
SET c.name = $name, c.kind = $kind, c.unitLevel = $unitLevel, c.country = $country,
    c.segment = $segment, c.isKeyAccount = $isKeyAccount, c.tier = $tier
RETURN count(*) AS n
