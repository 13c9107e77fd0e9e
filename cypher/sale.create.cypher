// writeChanges, sale.upserted (created): a new Sale, BOUGHT by its account and OF its product, both found by key
// (0 rows when either is missing). `* 1.0` makes integral JS numbers floats without a cast macro on a bare parameter.
MATCH (c:Company {id: $accountId})
MATCH (p:Product {id: $productId})
CREATE (c)-[:BOUGHT]->(s:Sale {id: $id, period: $period, revenue: $revenue * 1.0, volume: $volume * 1.0, listRevenue: $listRevenue * 1.0, contributionMargin: $contributionMargin * 1.0})-[:OF]->(p)
RETURN count(*) AS n
