// What would be left dangling by deleting a company: its units and the people working there.
MATCH (c:Company {id: $id})
RETURN COUNT { MATCH (u:Company)-[:PART_OF]->(c) } AS units, COUNT { MATCH (p:Person)-[:WORKS_AT]->(c) } AS people
