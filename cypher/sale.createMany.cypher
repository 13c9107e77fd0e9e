// New sales in one statement (a run of sale.upserted changes with created, e.g. recordSales; bulk loads into a
// non-empty store): each row is two primary-key lookups and three inserts (docs/commercial.md "Store").
UNWIND $rows AS row
MATCH (c:Company {id: row.accountId})
MATCH (p:Product {id: row.productId})
CREATE (c)-[:BOUGHT]->(s:Sale {id: row.id, period: row.period, revenue: toFloat(row.revenue), volume: toFloat(row.volume), listRevenue: toFloat(row.listRevenue), contributionMargin: toFloat(row.contributionMargin)})-[:OF]->(p)
RETURN count(*) AS n
