// Replaces existing sales' figures in one statement; each row is a primary-key lookup.
UNWIND $rows AS row
MATCH (s:Sale {id: row.id})
SET s.revenue = toFloat(row.revenue), s.volume = toFloat(row.volume), s.listRevenue = toFloat(row.listRevenue), s.contributionMargin = toFloat(row.contributionMargin)
RETURN count(*) AS n
