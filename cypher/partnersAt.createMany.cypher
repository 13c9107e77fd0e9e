// New partners in one statement (a run of partner.added changes; bulk loads): each row is two primary-key lookups and
// one insert (docs/plans.md "Store").
UNWIND $rows AS row
MATCH (k:Company {id: row.companyId})
MATCH (a:Company {id: row.accountId})
CREATE (k)-[:PARTNERS_AT {area: row.area}]->(a)
RETURN count(*) AS n
