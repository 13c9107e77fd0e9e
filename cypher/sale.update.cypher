// writeChanges, sale.upserted (not created): replaces an existing sale's figures (0 rows when it is missing). Its
// account, product and period are its key (its id), so its links never change.
MATCH (s:Sale {id: $id})
SET s.revenue = $revenue * 1.0, s.volume = $volume * 1.0, s.listRevenue = $listRevenue * 1.0, s.contributionMargin = $contributionMargin * 1.0
RETURN count(*) AS n
