// Creates or replaces sales with their BOUGHT and OF links (seeding and Neo4j bulk loads); one row per sale.
UNWIND $rows AS row
MATCH (c:Company {id: row.accountId})
MATCH (p:Product {id: row.productId})
MERGE (s:Sale {id: row.id})
SET s.period = row.period, s.revenue = toFloat(row.revenue), s.volume = toFloat(row.volume), s.listRevenue = toFloat(row.listRevenue), s.contributionMargin = toFloat(row.contributionMargin)
MERGE (c)-[:BOUGHT]->(s)
MERGE (s)-[:OF]->(p)
RETURN count(*) AS n
