// writeChanges, signal.upserted (not created): acknowledgement and action are the only changes a signal takes.
MATCH (s:Signal {id: $id})
SET s.acknowledgedAt = $acknowledgedAt, s.actedAt = $actedAt
RETURN count(*) AS n
