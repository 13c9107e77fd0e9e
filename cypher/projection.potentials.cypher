// Read model build: the companies with any potential input (GraphStore.scan).
MATCH (c:Company)
WHERE c.annualTurnover IS NOT NULL OR c.image IS NOT NULL OR c.walletEstimate IS NOT NULL
RETURN c.id AS companyId, c.annualTurnover AS annualTurnover, c.image AS image, c.walletEstimate AS walletEstimate
