// Positions for the drawn elements. ELK's layered algorithm (elkjs) lays the account out as an org
// chart: unit boxes nested in their parents, contacts inside them ranked top-down along their reporting
// lines (ELK's INCLUDE_CHILDREN handling lets a regional head hang below the group head across the box
// border). Only reporting lines shape the layout: influence and our relationships are drawn over it, so
// adding them would only give ELK thousands of long edges to route and slow it down for nothing.
// Our people are then put in a row above the account, each at the mean x of the contacts they hold, so
// their lines mostly fall straight down. ELK runs in a web worker: a 1,000-node layout never freezes the page.
import type { ElementDefinition } from 'cytoscape';
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk-api.js';
import { OURS_BOX } from './elements.js';

let elk: InstanceType<typeof ELK> | null = null;
function engine() {
  elk ??= new ELK({ workerUrl: __KAMGRAPH_ELK_WORKER__ });
  return elk;
}

/** Starts the worker (parsing ELK's 1.6 MB takes a while) so that it is ready when the first account arrives. */
export function warmUp(): void {
  void engine().knownLayoutAlgorithms().catch(() => undefined);
}

const LABEL_HEIGHT = 16;
/** a leaf's footprint in the layout: its shape, and room for the label under it */
const footprint = (d: Record<string, unknown>) => {
  const size = Number(d.size ?? 30);
  return d.kind === 'unit' ? { width: 190, height: size } : { width: Math.max(size, 74), height: size + LABEL_HEIGHT };
};

/** every unit box is laid out as the root is (SEPARATE_CHILDREN reads the options per box) */
const BOX = {
  'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.padding': '[top=34,left=14,bottom=14,right=14]',
  // a unit whose people are all filtered out still shows as a box with its name
  'elk.nodeSize.constraints': 'MINIMUM_SIZE', 'elk.nodeSize.minimum': '(190, 60)',
  'elk.layered.spacing.nodeNodeBetweenLayers': '30', 'elk.spacing.nodeNode': '12', 'elk.spacing.componentComponent': '24',
  'elk.edgeRouting': 'POLYLINE', 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF', 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

export interface Positions {
  /** centres of every node */
  positions: Record<string, { x: number; y: number }>;
  /** the size of each box (units, and our people's) */
  sizes: Record<string, { w: number; h: number }>;
  layoutMs: number;
}

export async function layout(elements: ElementDefinition[]): Promise<Positions> {
  const started = performance.now();
  const nodes = elements.filter((e) => e.group === 'nodes');
  const parents = new Set(nodes.filter((n) => n.data.kind === 'unit' && !n.data.collapsed).map((n) => n.data.id!));
  const elkNodes = new Map<string, ElkNode>();
  for (const n of nodes) {
    const id = n.data.id!;
    if (id === OURS_BOX || n.data.box === OURS_BOX) continue;
    elkNodes.set(id, parents.has(id)
      ? { id, children: [], edges: [], layoutOptions: { ...BOX } }
      : { id, ...footprint(n.data) });
  }
  const top: ElkNode[] = [];
  for (const n of nodes) {
    const node = elkNodes.get(n.data.id!);
    if (!node) continue;
    const parent = n.data.box ? elkNodes.get(n.data.box) : undefined;
    (parent ? parent.children! : top).push(node);
  }
  // reporting lines as layout edges, each in the box that holds both ends (ELK lays out each box on its
  // own, SEPARATE_CHILDREN): between two contacts of one unit, or from a manager to the box of a unit
  // below that holds the report, so sub-units hang below the person they report to, as in an org chart
  const parentOf = new Map(nodes.map((n) => [n.data.id!, n.data.box as string | undefined]));
  const seen = new Set<string>();
  for (const e of elements) {
    if (e.group !== 'edges' || e.data.kind !== 'REPORTS_TO') continue;
    const manager = e.data.source!;
    const box = parentOf.get(manager);
    if (!box || !elkNodes.has(manager)) continue;
    let x: string | undefined = e.data.target!;
    while (x !== undefined && parentOf.get(x) !== box) x = parentOf.get(x);
    const id = `${manager}>${x}`;
    if (x === undefined || x === manager || seen.has(id)) continue;
    seen.add(id);
    ((elkNodes.get(box)!.edges ??= []) as ElkExtendedEdge[]).push({ id, sources: [manager], targets: [x] });
  }

  const graph: ElkNode = {
    id: 'root', children: top,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '30',
      'elk.spacing.nodeNode': '12',
      'elk.spacing.componentComponent': '24',
      // edges are drawn straight by Cytoscape: ELK need not route them
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      // keep the API's order (influence rank) where the layers leave a choice: stable from run to run
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
  };
  const out = elkNodes.size ? await engine().layout(graph) : { id: 'root', children: [] as ElkNode[] };

  const positions: Record<string, { x: number; y: number }> = {};
  const sizes: Record<string, { w: number; h: number }> = {};
  let minX = Infinity, maxX = -Infinity, minY = Infinity;
  const place = (n: ElkNode, ox: number, oy: number) => {
    const x = ox + (n.x ?? 0);
    const y = oy + (n.y ?? 0);
    const w = n.width ?? 0;
    const hgt = n.height ?? 0;
    if (n.children) {
      for (const c of n.children) place(c, x, y);
      positions[n.id] = { x: x + w / 2, y: y + hgt / 2 };
      sizes[n.id] = { w, h: hgt };
    } else if (n.id.startsWith('unit:')) { // a collapsed unit: a box of its own
      positions[n.id] = { x: x + w / 2, y: y + hgt / 2 };
      sizes[n.id] = { w, h: hgt };
    } else positions[n.id] = { x: x + w / 2, y: y + (hgt - LABEL_HEIGHT) / 2 };
    minX = Math.min(minX, x); maxX = Math.max(maxX, x + w); minY = Math.min(minY, y);
  };
  for (const c of out.children ?? []) place(c, 0, 0);
  if (!Number.isFinite(minX)) { minX = 0; maxX = 0; minY = 0; }

  // our people: a row above the account, each at the mean x of the contacts they hold
  const ours = nodes.filter((n) => n.data.box === OURS_BOX).map((n) => n.data.id!);
  const sum = new Map<string, [number, number]>();
  for (const e of elements) {
    if (e.group !== 'edges' || e.data.kind !== 'KNOWS') continue;
    const p = positions[e.data.target!];
    if (!p) continue;
    const s = sum.get(e.data.source!) ?? [0, 0];
    sum.set(e.data.source!, [s[0] + p.x, s[1] + 1]);
  }
  const centre = (minX + maxX) / 2;
  const wanted = ours.map((id) => {
    const s = sum.get(id);
    return { id, x: s ? s[0] / s[1] : centre };
  }).sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  const SPACING = 96;
  const width = Math.max(maxX - minX, SPACING);
  if (wanted.length * SPACING <= width * 1.1) {
    // one row: each near its wanted place, keeping the order, the row centred on those places
    let x = -Infinity;
    const placed = wanted.map((w) => (x = Math.max(w.x, x + SPACING)));
    const drift = placed.length ? (placed.reduce((a, b) => a + b, 0) - wanted.reduce((a, b) => a + b.x, 0)) / placed.length : 0;
    wanted.forEach((w, i) => { positions[w.id] = { x: placed[i] - drift, y: minY - 110 }; });
  } else {
    // more of ours than fit above the account: rows as wide as the account, still left to right by place
    const rows = Math.ceil((wanted.length * SPACING) / width);
    wanted.forEach((w, i) => { positions[w.id] = { x: minX + Math.floor(i / rows) * SPACING + SPACING / 2, y: minY - 110 - (rows - 1 - (i % rows)) * 44 }; });
  }
  if (wanted.length) {
    const xs = wanted.map((w) => positions[w.id].x);
    const ys = wanted.map((w) => positions[w.id].y);
    const [left, right, topY, bottomY] = [Math.min(...xs) - 60, Math.max(...xs) + 60, Math.min(...ys) - 30, Math.max(...ys) + 24];
    positions[OURS_BOX] = { x: (left + right) / 2, y: (topY + bottomY) / 2 };
    sizes[OURS_BOX] = { w: right - left, h: bottomY - topY };
  }
  return { positions, sizes, layoutMs: performance.now() - started };
}
