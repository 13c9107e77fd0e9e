/**
 * Reads LadybugDB's EXPLAIN / PROFILE output: a drawing of boxes, one per
 * physical operator, children below their parent and siblings side by side
 * (hash joins). Each box holds the operator's name and id (`NAME[id]`), its
 * details (`Key: …`, `Index: HASH`, `Expressions: …`) and, under PROFILE, the
 * rows it produced (`NumOutputTuples`).
 */
export interface PlanOperator {
  name: string;
  id: number;
  /** `NumOutputTuples` (0 under EXPLAIN, which runs nothing) */
  rows: number;
  /** the box's other lines, trimmed */
  details: string[];
}

export function parsePlan(text: string): PlanOperator[] {
  const lines = text.split('\n');
  const ops: PlanOperator[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    for (const m of line.matchAll(/│\s*([A-Z][A-Z_]*)\[(\d+)\]\s*│/g)) {
      const left = m.index!;
      const right = left + m[0].length - 1;
      const op: PlanOperator = { name: m[1], id: Number(m[2]), rows: 0, details: [] };
      // the box's body: the same columns on the following lines, up to its bottom border
      for (let j = i + 1; j < lines.length; j++) {
        const body = lines[j].slice(left, right + 1);
        if (!body.startsWith('│') || !body.endsWith('│')) break;
        const inner = body.slice(1, -1).trim();
        if (!inner || /^-+$/.test(inner)) continue;
        const rows = /^NumOutputTuples:\s*(\d+)/.exec(inner);
        if (rows) op.rows = Number(rows[1]);
        else op.details.push(inner);
      }
      ops.push(op);
    }
  }
  return ops.sort((a, b) => a.id - b.id);
}

/** Operators that read a whole table or join on a hash table: what a point statement must not contain. */
export const SCAN_OPERATORS = /^(SCAN_NODE_TABLE|SCAN_REL_TABLE|HASH_JOIN_BUILD|HASH_JOIN_PROBE|INDEX_SCAN_NODE_TABLE)$/;

/** Total rows produced by all operators: the work a statement did. */
export function rowsTouched(ops: readonly PlanOperator[]): number {
  return ops.reduce((s, o) => s + o.rows, 0);
}

export function summarisePlan(ops: readonly PlanOperator[]): string {
  return ops
    .map((o) => {
      const key = o.details.find((d) => /^(Key|Index|Direction|Keys|Function):/.test(d));
      return `${o.name}[${o.id}] rows=${o.rows}${key ? ` ${key}` : ''}`;
    })
    .join('\n');
}
