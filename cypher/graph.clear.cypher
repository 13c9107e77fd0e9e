// Deletes the whole graph (seeding); interactions first, then people, then companies.
MATCH (i:Interaction)
DETACH DELETE i
WITH count(*) AS interactions
MATCH (n:Person)
DETACH DELETE n
WITH count(*) AS people
MATCH (c:Company)
DETACH DELETE c
RETURN people, count(*) AS companies
