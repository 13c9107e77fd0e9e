// Deletes the whole graph (seeding); activities, plans, signals, sales, products and interactions first, then people, then companies.
MATCH (ac:Activity)
DETACH DELETE ac
WITH count(*) AS activities
MATCH (ap:AccountPlan)
DETACH DELETE ap
WITH count(*) AS plans
MATCH (sg:Signal)
DETACH DELETE sg
WITH count(*) AS signals
MATCH (s:Sale)
DETACH DELETE s
WITH count(*) AS sales
MATCH (pr:Product)
DETACH DELETE pr
WITH count(*) AS products
MATCH (i:Interaction)
DETACH DELETE i
WITH count(*) AS interactions
MATCH (n:Person)
DETACH DELETE n
WITH count(*) AS people
MATCH (c:Company)
DETACH DELETE c
RETURN people, count(*) AS companies
