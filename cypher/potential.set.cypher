// writeChanges, potential.set: replaces a company's potential inputs (0 rows when it is missing). The company.*
// statements never touch these properties. `* 1.0`: integral JS numbers become floats.
MATCH (c:Company {id: $companyId})
SET c.annualTurnover = $annualTurnover * 1.0, c.image = $image, c.walletEstimate = $walletEstimate * 1.0
RETURN count(*) AS n
