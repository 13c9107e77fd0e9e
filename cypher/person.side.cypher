// Whether each person works for the supplier (a SUPPLIER company or any unit under one): DESIGN §3 "our people".
UNWIND $ids AS key
MATCH (p:Person {id: key})
OPTIONAL MATCH (p)-[:WORKS_AT]->(:Company)-[:PART_OF*0..30]->(s:Company {kind: 'SUPPLIER'})
RETURN key, count(s) > 0 AS ours
