// New companies in one statement (consecutive company.upserted changes with created; bulk loads into a non-empty store).
// Each row is a primary-key insert (docs/store-plans.md).
UNWIND $rows AS row
CREATE (c:Company {id: row.id, name: row.name, kind: row.kind, unitLevel: row.unitLevel, country: row.country,
                   segment: row.segment, isKeyAccount: toBoolean(row.isKeyAccount), tier: row.tier})
RETURN count(*) AS n
