// Read model build: every sale with the account that BOUGHT it and the product it is OF (GraphStore.scan).
MATCH (c:Company)-[:BOUGHT]->(s:Sale)
MATCH (s)-[:OF]->(p:Product)
RETURN c.id AS accountId, p.id AS productId, s.period AS period, s.revenue AS revenue, s.volume AS volume, s.listRevenue AS listRevenue, s.contributionMargin AS contributionMargin
