// writeChanges, activity.removed (and the first half of a correction): the activity and its IN_PLAN and OWNS links.
MATCH (a:Activity {id: $id})
DETACH DELETE a
RETURN count(*) AS n
