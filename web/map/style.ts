// What the map's colours, shapes and sizes mean: one place, read by the Cytoscape stylesheet and by the
// legend, so the two cannot disagree. docs/map.md explains each in terms of the API's fields.
import type { StylesheetJson } from 'cytoscape';
import { h } from './dom.js';

/** Fill of a contact by its coverage (Person.coverage: how many of ours hold an effective relationship). */
export const COVERAGE = {
  uncovered: { colour: '#d73027', label: 'uncovered (nobody of ours)' },
  single: { colour: '#fdb44b', label: 'single-threaded (one of ours)' },
  multi: { colour: '#1a9850', label: 'multi-threaded (two or more)' },
} as const;

export const OURS_COLOUR = '#4a6fa5';
export const REPORTS_COLOUR = '#5d6b7c';
export const INFLUENCE_COLOUR = '#8e44ad';
export const KNOWS_COLOUR = '#2c7fb8';
export const WEAK_COLOUR = '#9ecae1';
export const HIGHLIGHT = '#0b63ce';
export const ORPHAN = '#c0392b';
export const SUCCESSOR = '#16a085';

/** Unit boxes get lighter with depth: the group, its regions, their sites. */
const UNIT_FILL: Record<string, string> = { GROUP: '#e8edf4', REGIONAL: '#f1f4f8', LOCAL: '#f9fafc' };

/**
 * Node size by influence score (InfluenceRanking.score, weighted PageRank summing to 1 over the account):
 * relative to the account's mean score 1/n, so an average contact is 26 px in any account; the square
 * root keeps the few very influential people from dwarfing everyone; clamped to 18..64 px.
 */
export function sizeFor(score: number, contacts: number): number {
  const relative = score * Math.max(1, contacts);
  return Math.round(Math.min(64, Math.max(18, 12 + 14 * Math.sqrt(relative))));
}

/** Relationship strength 0..1 to a line width of 1..5 px. */
const widthOf = 'mapData(strength, 0, 1, 1, 5)';

export function stylesheet(): StylesheetJson {
  return [
    // boxes behind lines behind people: one explicit order (z-index), boxes nested deeper above their parents
    { selector: 'node, edge', style: { 'z-index-compare': 'manual', 'z-index': 10 } },
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 10, 'font-family': 'system-ui, sans-serif', color: '#1d2733',
      'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '90px',
      // labels drawn below ~6 px on screen are noise and cost frame time at 1,000 nodes
      'min-zoomed-font-size': 6, 'border-width': 1, 'border-color': '#56606b',
    } },
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.contact', style: { shape: 'ellipse' } },
    ...Object.entries(COVERAGE).map(([k, v]) => ({ selector: `node.contact.${k}`, style: { 'background-color': v.colour } })),
    // uncovered contacts also get a dashed border: not by colour alone
    { selector: 'node.contact.uncovered', style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#7f1d12' } },
    { selector: 'node.dm', style: { shape: 'diamond', 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold' } },
    { selector: 'node.hidden', style: { shape: 'star', 'border-width': 3, 'border-color': INFLUENCE_COLOUR } },
    { selector: 'node.ours', style: { shape: 'round-rectangle', 'background-color': OURS_COLOUR, 'border-color': '#233b5d', width: 30, height: 22 } },
    { selector: 'node.ours.team', style: { 'border-width': 3 } },
    { selector: 'node.unit', style: {
      shape: 'round-rectangle', width: 'data(w)', height: 'data(h)', 'z-index': 'data(depth)', 'background-color': (n) => UNIT_FILL[n.data('level')] ?? '#f6f7f9', 'background-opacity': 1,
      'border-color': '#8a9bb0', 'border-width': 1.5, label: 'data(label)', 'font-size': 12, 'font-weight': 'bold',
      // the label inside the box, in the room the layout leaves at its top
      'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': 24, 'text-max-width': 'data(w)', 'min-zoomed-font-size': 4,
    } },
    { selector: 'node.unit.collapsed', style: {
      'text-valign': 'center', 'text-margin-y': 0, 'z-index': 10, 'text-wrap': 'wrap', 'font-size': 11,
      'border-width': 3, 'border-style': 'double', 'background-color': (n) => coverageFill(n.data('coverageRatio')),
    } },
    { selector: 'node.ours-box', style: {
      shape: 'round-rectangle', width: 'data(w)', height: 'data(h)', 'z-index': 0, 'background-color': '#eaf0f8', 'border-color': OURS_COLOUR,
      'border-width': 1.5, label: 'data(label)', 'text-valign': 'top', 'text-margin-y': 20, 'font-size': 12, 'font-weight': 'bold', color: '#233b5d',
    } },
    { selector: 'node.extra', style: { shape: 'round-rectangle', 'background-color': '#ccd3db', 'border-style': 'dotted', width: 24, height: 18 } },
    { selector: 'edge', style: { 'z-index': 8, 'curve-style': 'straight', width: 1, 'line-color': REPORTS_COLOUR, opacity: 0.8, 'font-size': 10 } },
    { selector: 'edge.REPORTS_TO', style: { 'line-color': REPORTS_COLOUR, width: 1.6, opacity: 0.9 } },
    { selector: 'edge.INFLUENCES', style: {
      'line-color': INFLUENCE_COLOUR, 'line-style': 'dashed', 'line-dash-pattern': [6, 4], width: 'mapData(strength, 0, 1, 0.6, 3)', opacity: 0.4,
      'curve-style': 'unbundled-bezier', 'control-point-distances': 30, 'control-point-weights': 0.5,
      'target-arrow-shape': 'triangle', 'target-arrow-color': INFLUENCE_COLOUR, 'arrow-scale': 0.8,
    } },
    { selector: 'edge.KNOWS', style: { 'line-color': KNOWS_COLOUR, width: widthOf, opacity: 0.45 } },
    { selector: 'edge.KNOWS.weak', style: { 'line-color': WEAK_COLOUR, 'line-style': 'dotted', width: 1, opacity: 0.6 } },
    // lines into a collapsed unit: one per pair and kind, as wide as they are many, the count written from 2 up
    { selector: 'edge.bundle', style: { width: 'mapData(count, 1, 20, 1.5, 8)' } },
    { selector: 'edge.bundle[count > 1]', style: { label: 'data(count)', color: '#333', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: '.off', style: { display: 'none' } },
    // overlays: risks, departure what-if, paths
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.hl', style: { 'border-color': HIGHLIGHT, 'border-width': 5, 'border-style': 'solid', opacity: 1, 'z-index': 30 } },
    { selector: 'edge.hl', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 4, opacity: 1, 'z-index': 20, 'line-style': 'solid' } },
    { selector: 'node.departing', style: { 'background-color': '#222', 'border-color': ORPHAN, 'border-width': 5, opacity: 1 } },
    { selector: 'node.orphaned', style: { 'border-color': ORPHAN, 'border-width': 6, 'border-style': 'double', opacity: 1, 'z-index': 20 } },
    { selector: 'node.successor', style: { 'border-color': SUCCESSOR, 'border-width': 5, opacity: 1, 'z-index': 20 } },
    { selector: 'edge.successor', style: { 'line-color': SUCCESSOR, 'target-arrow-color': SUCCESSOR, width: 3, opacity: 1, 'z-index': 20, 'line-style': 'solid' } },
    { selector: 'edge.hop', style: {
      label: 'data(hopLabel)', 'text-rotation': 'autorotate', 'font-weight': 'bold', color: '#0b3d91',
      'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': '2px', 'min-zoomed-font-size': 0,
    } },
    { selector: 'edge.hop.dim', style: { 'line-color': '#7fb0e8', width: 2.5 } },
    { selector: 'node:selected', style: { 'overlay-color': HIGHLIGHT, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  ] as StylesheetJson;
}

/** A collapsed unit's fill: its decision-maker coverage ratio on the same scale as contacts. */
export function coverageFill(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return '#dfe3e8';
  return ratio === 0 ? COVERAGE.uncovered.colour : ratio < 0.75 ? COVERAGE.single.colour : COVERAGE.multi.colour;
}

/** The legend, from the constants above. */
export function legend(thresholds?: { minStrength: number; maxAgeDays: number; asOf: string }): HTMLElement {
  const swatch = (style: string) => h('span', { class: 'kg-swatch', style });
  const line = (style: string) => h('span', { class: 'kg-line', style });
  return h('details', { class: 'kg-legend', open: true },
    h('summary', {}, 'Legend'),
    h('ul', {},
      Object.values(COVERAGE).map((c) => h('li', {}, swatch(`background:${c.colour}`), `contact ${c.label}`)),
      h('li', {}, h('span', { class: 'kg-shape kg-diamond' }), 'decision maker (diamond, black border)'),
      h('li', {}, h('span', { class: 'kg-shape kg-star' }, '★'), 'hidden influencer (star)'),
      h('li', {}, swatch(`background:${OURS_COLOUR};border-radius:3px`), 'one of ours (thick border: account team)'),
      h('li', {}, 'size: influence score within the account'),
      h('li', {}, line(`border-top:2px solid ${REPORTS_COLOUR}`), 'reports to (formal)'),
      h('li', {}, line(`border-top:2px dashed ${INFLUENCE_COLOUR}`), 'influences → (informal; width = strength)'),
      h('li', {}, line(`border-top:3px solid ${KNOWS_COLOUR}`), 'effective relationship of ours (width = strength)'),
      h('li', {}, line(`border-top:2px dotted ${WEAK_COLOUR}`), 'relationship too weak or stale to count'),
    ),
    thresholds ? h('p', { class: 'kg-muted' }, `effective: strength ≥ ${thresholds.minStrength}, last contact within ${thresholds.maxAgeDays} days of ${thresholds.asOf}`) : null,
  );
}
