import type { GraphData } from '../domain/graph-data.js';

/**
 * The unit tree of generated rows (PART_OF): each unit's parent, and the root group a company belongs
 * to. The generator's passes over a finished graph (activity, signals, sales, plans) all need it.
 */
export function unitTree(g: Pick<GraphData, 'partOf'>): { parent: Map<string, string>; rootOf: (companyId: string) => string } {
  const parent = new Map(g.partOf.map((x) => [x.unitId, x.parentId]));
  const rootOf = (id: string) => {
    let c = id;
    for (let p = parent.get(c); p !== undefined; p = parent.get(c)) c = p;
    return c;
  };
  return { parent, rootOf };
}
