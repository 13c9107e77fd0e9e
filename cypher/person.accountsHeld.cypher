// The root accounts in which a person holds any KNOWS relationship (the accounts a departure can touch).
MATCH (o:Person {id: $id})-[:KNOWS]->(p:Person)-[:WORKS_AT]->(u:Company)
MATCH (u)-[:PART_OF*0..30]->(a:Company)
WHERE a.kind = 'CUSTOMER' AND NOT EXISTS { MATCH (a)-[:PART_OF]->(:Company) }
RETURN DISTINCT a.id AS id
