// writeChanges, product.upserted (created): one new product of the catalogue.
// `$listPrice * 1.0` makes an integral JS number a float on both engines without a cast macro on a bare parameter.
CREATE (p:Product {id: $id, name: $name, family: $family, launchedAt: date($launchedAt), listPrice: $listPrice * 1.0})
RETURN count(*) AS n
