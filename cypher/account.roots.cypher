// The portfolio: every customer account that is not a unit of another (DESIGN §3), optionally key accounts only.
MATCH (a:Company)
WHERE a.kind = 'CUSTOMER'
  AND NOT EXISTS { MATCH (a)-[:PART_OF]->(:Company) }
  AND (a.isKeyAccount = $keyAccountsOnly OR $keyAccountsOnly IS NULL)
RETURN a.id AS id
ORDER BY id
