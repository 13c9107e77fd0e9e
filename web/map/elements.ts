// From an account (model.ts) and the view's options to the elements Cytoscape draws. Pure: the same
// account and options give the same elements, so collapsing a unit or filtering is "rebuild and lay out
// again", never an edit of a drawing in place.
// Unit boxes are ordinary nodes drawn behind the people, sized by the layout; `data.box` says which box
// a node sits in. They are not Cytoscape compound nodes (`data.parent`): with compounds, every style
// change of a box restyles all it holds and their edges, which made a 1,000-node account take seconds
// to appear; nothing here needs what compounds add (boxes that follow dragged children).
import type { ElementDefinition } from 'cytoscape';
import { coverageOf, type AccountModel, type Contact } from './model.js';
import { sizeFor } from './style.js';

export interface ViewOptions {
  /** units drawn as one box (with counts) instead of their contents; everything below them is hidden too */
  collapsed: ReadonlySet<string>;
  /** 'decision-makers': decision makers, whoever sways them directly, and the people of ours who hold them */
  focus: 'all' | 'decision-makers';
}

export interface Built {
  elements: ElementDefinition[];
  contacts: number; ours: number; units: number; edges: number;
  /** contacts of the account not drawn (filtered out or inside a collapsed unit) */
  notDrawn: number;
}

export const unitNode = (unitId: string) => `unit:${unitId}`;
export const OURS_BOX = 'ours:box';
export const edgeId = (kind: string, from: string, to: string) => `${kind}:${from}>${to}`;

const word = (x: string | null) => (x ? x.toLowerCase().replace(/_/g, ' ') : null);

/** The contacts drawn under `focus`. */
export function focusContacts(m: AccountModel, focus: ViewOptions['focus']): Set<string> {
  if (focus === 'all') return new Set(m.contacts.keys());
  const keep = new Set<string>();
  for (const c of m.contacts.values()) if (c.isDecisionMaker) keep.add(c.id);
  // one step of informal influence into a decision maker: the unofficial power around the official one
  for (const c of m.contacts.values()) if (c.influences.some((i) => m.contacts.get(i.personId)?.isDecisionMaker)) keep.add(c.id);
  return keep;
}

export function buildElements(m: AccountModel, opts: ViewOptions): Built {
  const units = new Map(m.units.map((u) => [u.unitId, u]));
  /** the unit a contact of unit `id` is drawn in: the highest collapsed ancestor, else its own unit */
  const shownAs = new Map<string, string>();
  const hiddenUnit = new Set<string>();
  for (const u of m.units) { // top-down, so a parent is decided before its children
    const parentShown = u.parentId ? shownAs.get(u.parentId) : undefined;
    const parentCollapsed = u.parentId !== null && (hiddenUnit.has(u.parentId) || opts.collapsed.has(u.parentId));
    if (parentCollapsed && parentShown) {
      shownAs.set(u.unitId, parentShown);
      hiddenUnit.add(u.unitId);
    } else shownAs.set(u.unitId, u.unitId);
  }
  const isCollapsed = (unitId: string) => opts.collapsed.has(unitId) && !hiddenUnit.has(unitId);

  const kept = focusContacts(m, opts.focus);
  const n = m.contacts.size;
  const elements: ElementDefinition[] = [];
  const contactsPerUnit = new Map<string, number>();
  for (const c of m.contacts.values()) {
    const at = shownAs.get(c.unitId) ?? c.unitId;
    contactsPerUnit.set(at, (contactsPerUnit.get(at) ?? 0) + 1);
  }

  // units: boxes (compound nodes), or one node each when collapsed
  let unitCount = 0;
  for (const u of m.units) {
    if (hiddenUnit.has(u.unitId)) continue;
    unitCount++;
    const parent = u.parentId && units.has(u.parentId) ? unitNode(shownAs.get(u.parentId)!) : undefined;
    const dms = u.total ? ` · DMs covered ${u.covered}/${u.total}` : '';
    const collapsed = isCollapsed(u.unitId);
    elements.push({
      group: 'nodes',
      data: {
        id: unitNode(u.unitId), box: parent, depth: u.depth, kind: 'unit', unitId: u.unitId, name: u.name, level: u.unitLevel,
        label: collapsed ? `${u.name}\n${contactsPerUnit.get(u.unitId) ?? 0} contacts${dms}` : `${u.name} (${word(u.unitLevel) ?? 'unit'})${dms}`,
        collapsed, size: collapsed ? 110 : undefined, coverageRatio: u.coverageRatio, decisionMakers: u.total, covered: u.covered,
      },
      classes: collapsed ? 'unit collapsed' : 'unit',
    });
  }

  // where a contact is drawn: itself, or its collapsed unit
  const at = (c: Contact) => {
    const shown = shownAs.get(c.unitId) ?? c.unitId;
    return isCollapsed(shown) ? unitNode(shown) : kept.has(c.id) ? c.id : null;
  };
  let contactCount = 0;
  for (const c of m.contacts.values()) {
    if (at(c) !== c.id) continue;
    contactCount++;
    const coverage = coverageOf(c);
    const classes = ['contact', coverage];
    if (c.isDecisionMaker) classes.push('dm');
    if (c.hiddenInfluencer) classes.push('hidden');
    elements.push({
      group: 'nodes',
      data: {
        id: c.id, box: unitNode(shownAs.get(c.unitId) ?? c.unitId), kind: 'contact', label: c.name, name: c.name, title: c.title,
        function: c.function, buyingRole: c.buyingRole, decisionLevel: c.decisionLevel, unitId: c.unitId,
        coverage, holders: c.holders.length, decisionMaker: c.isDecisionMaker, hiddenInfluencer: c.hiddenInfluencer,
        influenceScore: c.score, influenceRank: c.rank, formalRank: c.formalRank, size: sizeFor(c.score, n),
      },
      classes: classes.join(' '),
    });
  }

  // edges; those ending in a collapsed unit are bundled, one per pair and kind, with a count
  const edges = new Map<string, ElementDefinition>();
  const addEdge = (kind: string, from: string | null, to: string | null, data: Record<string, unknown>, classes: string[]) => {
    if (!from || !to || from === to) return;
    const bundled = from.startsWith('unit:') || to.startsWith('unit:');
    const id = edgeId(kind, from, to);
    const existing = edges.get(id);
    if (existing) {
      existing.data.count = (existing.data.count as number) + 1;
      existing.data.strength = Math.max(existing.data.strength as number, (data.strength as number | undefined) ?? 0);
      return;
    }
    edges.set(id, { group: 'edges', data: { id, source: from, target: to, kind, count: 1, ...data }, classes: [kind, ...classes, ...(bundled ? ['bundle'] : [])].join(' ') });
  };
  const drawnOurs = new Set<string>();
  for (const c of m.contacts.values()) {
    const self = at(c);
    if (c.managerId) {
      const manager = m.contacts.get(c.managerId);
      // drawn from the manager down, as org charts are
      if (manager) addEdge('REPORTS_TO', at(manager), self, { strength: 1, from: c.id, to: manager.id }, []);
    }
    for (const i of c.influences) {
      const target = m.contacts.get(i.personId);
      if (target) addEdge('INFLUENCES', self, at(target), { strength: i.strength }, []);
    }
    if (!self) continue;
    for (const hold of c.holders) {
      addEdge('KNOWS', hold.personId, self, { strength: hold.strength, effective: true, lastContactAt: hold.lastContactAt, ageDays: hold.ageDays }, []);
      drawnOurs.add(hold.personId);
    }
    for (const hold of c.weak) {
      addEdge('KNOWS', hold.personId, self, { strength: hold.strength, effective: false, lastContactAt: hold.lastContactAt, ageDays: hold.ageDays }, ['weak']);
      drawnOurs.add(hold.personId);
    }
  }

  // our people: those holding a drawn contact, and the account team
  elements.push({ group: 'nodes', data: { id: OURS_BOX, kind: 'ours-box', label: 'Our people' }, classes: 'ours-box' });
  let oursCount = 0;
  for (const o of m.ours.values()) {
    if (!drawnOurs.has(o.id) && !o.teamRole) continue;
    oursCount++;
    elements.push({
      group: 'nodes',
      data: { id: o.id, box: OURS_BOX, kind: 'ours', label: o.teamRole ? `${o.name} (${word(o.teamRole)})` : o.name, name: o.name, title: o.title, function: o.function, teamRole: o.teamRole },
      classes: o.teamRole ? 'ours team' : 'ours',
    });
  }
  for (const e of edges.values()) elements.push(e);
  // a KNOWS line from someone of ours who is not drawn cannot happen (drawnOurs), nor a line into a hidden contact (at() is null)
  return { elements, contacts: contactCount, ours: oursCount, units: unitCount, edges: edges.size, notDrawn: m.contacts.size - contactCount };
}
