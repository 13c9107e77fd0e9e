// writeChanges, interaction.removed (and the first half of a correction): the interaction and its links.
MATCH (i:Interaction {id: $id})
DETACH DELETE i
RETURN count(*) AS n
