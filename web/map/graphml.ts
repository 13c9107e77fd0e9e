// GraphML of what the map draws right now (after filters and collapsed units), made in the browser:
// every drawn node and edge with the attributes the map shows, so networkx, Gephi or yEd open the same
// picture. Unit membership is an attribute (`unit`) rather than a nested graph, which networkx cannot
// read; the positions are the drawing's.
import type { Core } from 'cytoscape';

type Kind = 'string' | 'double' | 'int' | 'boolean';
/** the attributes written, per element kind: GraphML wants each declared once with its type */
const NODE_KEYS: [string, Kind][] = [
  ['kind', 'string'], ['label', 'string'], ['title', 'string'], ['function', 'string'], ['buyingRole', 'string'],
  ['decisionLevel', 'string'], ['unit', 'string'], ['coverage', 'string'], ['holders', 'int'], ['decisionMaker', 'boolean'],
  ['hiddenInfluencer', 'boolean'], ['influenceScore', 'double'], ['influenceRank', 'int'], ['teamRole', 'string'],
  ['unitLevel', 'string'], ['decisionMakers', 'int'], ['covered', 'int'], ['x', 'double'], ['y', 'double'],
];
const EDGE_KEYS: [string, Kind][] = [
  ['type', 'string'], ['strength', 'double'], ['effective', 'boolean'], ['lastContactAt', 'string'], ['count', 'int'],
];

const escape = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
  // characters XML 1.0 does not allow at all
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

function value(v: unknown, kind: Kind): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (kind === 'boolean') return v ? 'true' : 'false';
  if (kind === 'int' || kind === 'double') return Number.isFinite(Number(v)) ? String(Number(v)) : null;
  return escape(String(v));
}

export function toGraphml(cy: Core, account: { id: string; name: string }): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [k, t] of NODE_KEYS) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`);
  for (const [k, t] of EDGE_KEYS) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`);
  out.push(`  <graph id="${escape(account.id)}" edgedefault="directed">`, `    <desc>${escape(account.name)}: relationship map as drawn by kamgraph</desc>`);
  const drawn = cy.elements().filter((e) => !e.hasClass('off') && !e.hasClass('extra'));
  for (const n of drawn.nodes()) {
    const d = n.data();
    if (d.kind === 'ours-box') continue;
    const attrs: Record<string, unknown> = {
      ...d, label: d.name ?? d.label, unit: d.box?.startsWith('unit:') ? d.box.slice(5) : null,
      unitLevel: d.kind === 'unit' ? d.level : null, x: n.position('x'), y: n.position('y'),
    };
    out.push(`    <node id="${escape(d.id)}">`);
    for (const [k, t] of NODE_KEYS) {
      const v = value(attrs[k], t);
      if (v !== null) out.push(`      <data key="n_${k}">${v}</data>`);
    }
    out.push('    </node>');
  }
  for (const e of drawn.edges()) {
    const d = e.data();
    // the graph's own direction: a reporting line from the person to the manager, as stored
    const [source, target] = d.kind === 'REPORTS_TO' ? [d.target, d.source] : [d.source, d.target];
    out.push(`    <edge id="${escape(d.id)}" source="${escape(source)}" target="${escape(target)}">`);
    for (const [k, t] of EDGE_KEYS) {
      const v = value(k === 'type' ? d.kind : d[k], t);
      if (v !== null) out.push(`      <data key="e_${k}">${v}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
