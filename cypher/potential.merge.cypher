// Bulk loads into a non-empty store, seeding and Neo4j: companies' potential inputs (the companies exist already).
UNWIND $rows AS row
MATCH (c:Company {id: row.companyId})
SET c.annualTurnover = toFloat(row.annualTurnover), c.image = toInteger(row.image), c.walletEstimate = toFloat(row.walletEstimate)
RETURN count(*) AS n
