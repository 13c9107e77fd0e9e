// Read model build: every TOOK_PART link (GraphStore.scan).
MATCH (p:Person)-[:TOOK_PART]->(i:Interaction)
RETURN p.id AS personId, i.id AS interactionId
