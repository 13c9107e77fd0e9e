// A panel is one small module: an id, a title, and a render function that fills its body for the
// account on screen, asking the API what it needs. panels/index.ts lists them; adding one (say, a
// coverage trend once the API has it) is a new file and one line there.
import { ApiError, type gql, type gqlRaw } from '../api.js';
import { h, replace } from '../dom.js';
import type { AccountModel } from '../model.js';
import type { MapView } from '../view.js';

export interface PanelContext {
  accountId: string;
  model: AccountModel;
  view: MapView;
  gql: typeof gql;
  gqlRaw: typeof gqlRaw;
  /** the name of a person on the map, else the id */
  nameOf(id: string): string;
  /** called with the data of the node clicked on the map (null: the background) */
  onSelect(listener: (data: Record<string, unknown> | null) => void): void;
  /** a panel about to put its overlay on the map (the others drop their "pressed" state) */
  onOverlay(owner: string): void;
  /** units drawn as one box: whether `unitId` is, and collapse or expand it (the map is laid out again) */
  isCollapsed(unitId: string): boolean;
  toggleUnit(unitId: string): void;
}

export interface Panel {
  id: string;
  title: string;
  /** open when the account opens; the others load when first opened */
  open?: boolean;
  render(body: HTMLElement, ctx: PanelContext): Promise<void> | void;
}

/** A button naming a person: selects and centres them on the map. */
export function personLink(ctx: PanelContext, id: string, name?: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'kg-link', 'data-person': id, onclick: () => ctx.view.focusNode(id) }, name ?? ctx.nameOf(id));
}

export const muted = (text: string) => h('p', { class: 'kg-muted' }, text);

/** Runs a panel's action, showing a failure in `out` instead of losing it. */
export function attempt(out: HTMLElement, action: () => Promise<unknown>): void {
  action().catch((e: unknown) => replace(out, h('p', { class: 'kg-error', role: 'alert' }, e instanceof ApiError ? `${e.message} (${e.codes.join(', ')})` : String(e))));
}
