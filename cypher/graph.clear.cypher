// Deletes the whole graph (seeding); people first, then companies.
MATCH (n:Person)
DETACH DELETE n
WITH count(*) AS people
MATCH (c:Company)
DETACH DELETE c
RETURN people, count(*) AS companies
