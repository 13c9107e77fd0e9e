// writeChanges, partner.added: a new PARTNERS_AT from a partner to an account in one area, both found by key
// (0 rows when either is missing).
MATCH (k:Company {id: $companyId})
MATCH (a:Company {id: $accountId})
CREATE (k)-[:PARTNERS_AT {area: $area}]->(a)
RETURN count(*) AS n
