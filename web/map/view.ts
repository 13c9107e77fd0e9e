// The drawing: a Cytoscape instance over the elements of elements.ts at the positions of layout.ts,
// and the overlays the panels put on it (a risk, a departure what-if, influence paths). Overlays only
// add classes and, for paths through people not on the map, a few temporary nodes: clearing them
// restores the drawing exactly.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { buildElements, edgeId, type Built, type ViewOptions } from './elements.js';
import { layout } from './layout.js';
import type { AccountModel } from './model.js';
import { stylesheet } from './style.js';

export interface DrawStats {
  contacts: number; ours: number; units: number; nodes: number; edges: number; notDrawn: number;
  buildMs: number; layoutMs: number; renderMs: number; totalMs: number;
}

/** One step of an influence path, as the API's PathEdge gives it. */
export interface Hop { type: string; from: { id: string; name: string }; to: { id: string; name: string }; strength: number }
export interface PathOverlay { nodes: { id: string; name: string }[]; edges: Hop[]; strength: number }

export type Layer = 'REPORTS_TO' | 'INFLUENCES' | 'KNOWS' | 'WEAK';
const LAYER_SELECTOR: Record<Layer, string> = {
  REPORTS_TO: 'edge.REPORTS_TO', INFLUENCES: 'edge.INFLUENCES', KNOWS: 'edge.KNOWS[?effective]', WEAK: 'edge.KNOWS.weak',
};
const OVERLAY_CLASSES = 'hl faded departing orphaned successor hop dim';
/** the boxes behind the people stay as they are under an overlay */
const BOXES = 'node.unit, node.ours-box';

/** Above this many nodes the renderer trades pan/zoom detail for frame rate (Cytoscape's own switches). */
const LARGE = 500;

export class MapView {
  cy: Core | null = null;
  last: DrawStats | null = null;
  private layers: Record<Layer, boolean> = { REPORTS_TO: true, INFLUENCES: true, KNOWS: true, WEAK: true };
  private selectListeners: ((data: Record<string, unknown> | null) => void)[] = [];
  private drawing = 0;

  constructor(private readonly container: HTMLElement) {
    container.tabIndex = 0;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', 'Relationship map: arrow keys pan, + and − zoom, 0 fits, Escape clears highlights');
    container.addEventListener('keydown', (e) => this.key(e));
  }

  onSelect(listener: (data: Record<string, unknown> | null) => void): void { this.selectListeners.push(listener); }

  /** Builds, lays out and draws the account; resolves once the first frame is on screen. */
  async draw(model: AccountModel, opts: ViewOptions): Promise<DrawStats | null> {
    const ticket = ++this.drawing;
    const t0 = performance.now();
    const built: Built = buildElements(model, opts);
    const t1 = performance.now();
    const { positions, sizes, layoutMs } = await layout(built.elements);
    if (ticket !== this.drawing) return null; // a newer draw started meanwhile
    const t2 = performance.now();
    for (const e of built.elements) {
      if (e.group === 'nodes') {
        e.position = positions[e.data.id!] ?? { x: 0, y: 0 };
        const size = sizes[e.data.id!];
        if (size) Object.assign(e.data, size);
      }
      // hidden layers are decided here, not by toggling classes once drawn: at 6,000 edges a class change
      // for each is a visible pause
      else if (e.group === 'edges' && !this.shows(e)) e.classes = `${e.classes} off`;
    }
    const nodes = built.elements.length - built.edges;
    this.cy?.destroy();
    const large = nodes > LARGE;
    this.cy = cytoscape({
      container: this.container,
      elements: built.elements,
      style: stylesheet(),
      layout: { name: 'preset', fit: true, padding: 30 },
      minZoom: 0.02, maxZoom: 4,
      // at 1,000 nodes: pan and zoom move a cached picture, and edges are hidden while the view moves
      textureOnViewport: large,
      hideEdgesOnViewport: built.edges > 3000,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.cy.on('tap', 'node', (e) => this.select(e.target as NodeSingular));
    this.cy.on('tap', (e) => { if (e.target === this.cy) this.emit(null); });
    // the first frame: Cytoscape draws on the next animation frame
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const t3 = performance.now();
    this.last = {
      contacts: built.contacts, ours: built.ours, units: built.units, nodes, edges: built.edges, notDrawn: built.notDrawn,
      buildMs: t1 - t0, layoutMs, renderMs: t3 - t2, totalMs: t3 - t0,
    };
    return this.last;
  }

  setLayer(layer: Layer, on: boolean): void {
    this.layers[layer] = on;
    this.applyLayers();
  }

  /** whether an edge of the elements is on a layer that is shown */
  private shows(e: ElementDefinition): boolean {
    if (e.data.kind === 'KNOWS') return this.layers[e.data.effective ? 'KNOWS' : 'WEAK'];
    return this.layers[e.data.kind as Layer] ?? true;
  }

  private applyLayers(): void {
    if (!this.cy) return;
    for (const [layer, on] of Object.entries(this.layers)) this.cy.elements(LAYER_SELECTOR[layer as Layer]).toggleClass('off', !on);
  }

  /** Selects a node by id and centres it; false when it is not drawn. */
  focusNode(id: string): boolean {
    const n = this.cy?.getElementById(id);
    if (!n || n.empty()) return false;
    this.cy!.elements().unselect();
    n.select();
    this.cy!.animate({ center: { eles: n }, zoom: Math.max(this.cy!.zoom(), 1) }, { duration: 250 });
    this.select(n as NodeSingular);
    return true;
  }

  private select(n: NodeSingular): void { this.emit({ ...n.data() }); }
  private emit(d: Record<string, unknown> | null): void { for (const l of this.selectListeners) l(d); }

  clearOverlays(): void {
    if (!this.cy) return;
    this.cy.batch(() => {
      this.cy!.elements('.extra').remove();
      this.cy!.elements().removeClass(OVERLAY_CLASSES);
      this.cy!.edges().removeData('hopLabel');
    });
  }

  /** Fades everything but `ids` (nodes) and the edges between them; fits the view to them. */
  highlight(ids: string[], extraEdgeIds: string[] = []): void {
    const cy = this.cy;
    if (!cy) return;
    this.clearOverlays();
    const nodes = cy.collection();
    for (const id of ids) nodes.merge(cy.getElementById(id));
    const edges = nodes.edgesWith(nodes);
    for (const id of extraEdgeIds) edges.merge(cy.getElementById(id));
    cy.batch(() => {
      cy.elements().not(nodes).not(edges).not(BOXES).addClass('faded');
      nodes.addClass('hl');
      edges.addClass('hl');
    });
    this.fitTo(nodes);
  }

  /** The departure what-if: the person, who would be orphaned, the successors and their paths. */
  showDeparture(personId: string, orphaned: string[], successors: { personId: string; via: string[] }[]): void {
    const cy = this.cy;
    if (!cy) return;
    this.clearOverlays();
    const touched = cy.collection();
    const person = cy.getElementById(personId);
    person.addClass('departing');
    touched.merge(person);
    for (const id of orphaned) touched.merge(cy.getElementById(id).addClass('orphaned'));
    for (const s of successors) {
      touched.merge(cy.getElementById(s.personId).addClass('successor'));
      for (let i = 0; i + 1 < s.via.length; i++) {
        const between = cy.getElementById(s.via[i]).edgesWith(cy.getElementById(s.via[i + 1]));
        between.addClass('successor');
        touched.merge(between).merge(between.connectedNodes());
      }
    }
    cy.elements().not(touched).not(BOXES).addClass('faded');
    this.fitTo(touched.nodes());
  }

  /**
   * Influence paths: every hop highlighted and labelled with its kind and strength; `emphasise` (an index)
   * is drawn strongest, the others lighter. People on a path who are not on the map are added for the
   * while (grey boxes) between their neighbours.
   */
  showPaths(paths: PathOverlay[], emphasise = 0): void {
    const cy = this.cy;
    if (!cy) return;
    this.clearOverlays();
    const touched = cy.collection();
    const extras: ElementDefinition[] = [];
    // people not drawn: placed between their neighbours on the path
    for (const p of paths) {
      p.nodes.forEach((n, i) => {
        if (cy.getElementById(n.id).nonempty() || extras.some((e) => e.data.id === n.id)) return;
        const near = [p.nodes[i - 1], p.nodes[i + 1]].map((x) => x && cy.getElementById(x.id)).filter((x) => x && x.nonempty()) as NodeSingular[];
        const pos = near.length ? { x: near.reduce((s, x) => s + x.position('x'), 0) / near.length + 40, y: near.reduce((s, x) => s + x.position('y'), 0) / near.length - 40 } : { x: 0, y: 0 };
        extras.push({ group: 'nodes', data: { id: n.id, label: n.name, name: n.name, kind: 'extra' }, position: pos, classes: 'extra' });
      });
    }
    if (extras.length) cy.add(extras);
    paths.forEach((p) => {
      for (const hop of p.edges) {
        // how elements.ts names the drawn edge: reporting lines run from the manager down
        const [source, target] = hop.type === 'REPORTS_TO' ? [hop.to.id, hop.from.id] : [hop.from.id, hop.to.id];
        const id = edgeId(hop.type, source, target);
        let edge = cy.getElementById(id);
        if (edge.empty()) edge = cy.getElementById(`extra:${id}`); // added for an earlier path
        if (edge.empty()) {
          edge = cy.add({ group: 'edges', data: { id: `extra:${id}`, source, target, kind: hop.type, strength: hop.strength }, classes: `${hop.type} extra` });
        }
        if (!edge.data('hopLabel')) edge.data('hopLabel', `${hop.type.replace('_', ' ')} ${hop.strength.toFixed(2)}`);
        edge.removeClass('off').addClass('hop hl dim');
        touched.merge(edge).merge(edge.connectedNodes());
      }
    });
    // the emphasised path last: an edge shared with it is drawn strong
    for (const hop of paths[emphasise]?.edges ?? []) {
      const [source, target] = hop.type === 'REPORTS_TO' ? [hop.to.id, hop.from.id] : [hop.from.id, hop.to.id];
      cy.getElementById(edgeId(hop.type, source, target)).union(cy.getElementById(`extra:${edgeId(hop.type, source, target)}`)).removeClass('dim');
    }
    touched.nodes().addClass('hl');
    cy.elements().not(touched).not(BOXES).addClass('faded');
    this.fitTo(touched.nodes());
  }

  private fitTo(nodes: cytoscape.CollectionReturnValue | cytoscape.NodeCollection): void {
    if (!this.cy || nodes.empty()) return;
    this.cy.animate({ fit: { eles: nodes, padding: 80 } }, { duration: 300 });
  }

  png(): string {
    return this.cy ? this.cy.png({ full: true, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }) : '';
  }

  fit(): void { this.cy?.fit(undefined, 30); }

  private key(e: KeyboardEvent): void {
    const cy = this.cy;
    if (!cy || e.target !== this.container) return;
    const step = 80;
    const zoomBy = (f: number) => cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    const actions: Record<string, () => void> = {
      ArrowLeft: () => cy.panBy({ x: step, y: 0 }), ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: step }), ArrowDown: () => cy.panBy({ x: 0, y: -step }),
      '+': () => zoomBy(1.25), '=': () => zoomBy(1.25), '-': () => zoomBy(0.8), '0': () => this.fit(),
      Escape: () => { this.clearOverlays(); cy.elements().unselect(); this.emit(null); },
    };
    const act = actions[e.key];
    if (act) { e.preventDefault(); act(); }
  }
}
