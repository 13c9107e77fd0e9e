// writeChanges, parent.set without a previous parent, Neo4j: MERGE (see knows.create.neo4j.cypher).
MATCH (u:Company {id: $unitId})
MATCH (parent:Company {id: $parentId})
MERGE (u)-[r:PART_OF]->(parent)
RETURN count(*) AS n
