// Creates or replaces companies; one row per company (bulk loads and single upserts alike).
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
SET c.name = row.name, c.kind = row.kind, c.unitLevel = row.unitLevel, c.country = row.country,
    c.segment = row.segment, c.isKeyAccount = toBoolean(row.isKeyAccount), c.tier = row.tier
RETURN count(*) AS n
