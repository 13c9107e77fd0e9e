import type { CompanyKind, PersonFunction, BuyingRole, DecisionLevel, Direction, InteractionKind, TeamRole, UnitLevel } from '../domain/enums.js';
import type { CompanyPotential, CompanyRecord, InteractionRecord, PersonRecord, ProductRecord, SaleRecord } from '../domain/records.js';
import type { SignalData } from '../domain/signals.js';

/** Filters of the `people` list (all optional; `search` is a case-insensitive substring of the name). */
export interface PersonFilter {
  function?: PersonFunction | null;
  buyingRole?: BuyingRole | null;
  decisionLevel?: DecisionLevel | null;
  active?: boolean | null;
  search?: string | null;
}

/** Filters of the `companies` list. */
export interface CompanyFilter {
  kind?: CompanyKind | null;
  isKeyAccount?: boolean | null;
  unitLevel?: UnitLevel | null;
  search?: string | null;
}

/**
 * The read-only view of the graph that services, loaders and analytics read
 * (docs/decisions.md "Read model"). People and companies are addressed by a
 * dense index (`personIndex(id)`), links are visited with callbacks that get
 * indexes and primitive values, and dates are day numbers (`days.ts`), so
 * that hot loops allocate nothing. `person(i)` / `company(i)` build the
 * record objects the API returns. Nothing here mutates the graph: changes
 * reach the read model only through `ReadModelHost.apply`.
 */
export interface ReadGraph {
  /** bumped by every applied change; derived values compare against it */
  readonly version: number;

  /** index of the person with this id, or -1 */
  personIndex(id: string): number;
  personId(i: number): string;
  person(i: number): PersonRecord;
  findPerson(id: string): PersonRecord | null;
  isActive(i: number): boolean;
  /** number of people */
  readonly personCount: number;
  /** company index of the person's employer (WORKS_AT), or -1 */
  employerOf(i: number): number;
  employment(i: number): { company: number; title: string | null; since: number } | null;
  /** person index of the person's manager (REPORTS_TO), or -1 */
  managerOf(i: number): number;
  managerSince(i: number): number;
  forEachReport(manager: number, fn: (person: number) => void): void;
  /** KNOWS links held by one of ours: (contact, strength, lastContactAt day, since day), in ascending contact index */
  forEachKnowsOut(i: number, fn: (contact: number, strength: number, lastContact: number, since: number) => void): void;
  /** KNOWS links into a contact: (holder, strength, lastContactAt day, since day), in ascending holder index */
  forEachKnowsIn(i: number, fn: (holder: number, strength: number, lastContact: number, since: number) => void): void;
  knowsLink(from: number, to: number): { strength: number; lastContact: number; since: number } | null;
  forEachInfluenceOut(i: number, fn: (to: number, strength: number, since: number, note: string | null) => void): void;
  forEachInfluenceIn(i: number, fn: (from: number, strength: number, since: number, note: string | null) => void): void;
  influenceLink(from: number, to: number): { strength: number; since: number; note: string | null } | null;
  /** account teams a person sits on: (company, role) */
  forEachTeamOf(person: number, fn: (company: number, role: TeamRole | null) => void): void;
  teamRole(person: number, company: number): TeamRole | null | undefined;
  /** people matching the filter (and `visible`, when given) in id order: up to `limit` after `afterId` */
  listPeople(filter: PersonFilter, afterId: string | null, limit: number, visible?: (i: number) => boolean): number[];
  /** how many people match a filter (and `visible`) */
  countPeople(filter: PersonFilter, visible?: (i: number) => boolean): number;

  companyIndex(id: string): number;
  companyId(i: number): string;
  company(i: number): CompanyRecord;
  findCompany(id: string): CompanyRecord | null;
  readonly companyCount: number;
  /** every company index, in id order */
  forEachCompany(fn: (c: number) => void): void;
  companyKind(c: number): CompanyKind;
  /** company index of the unit's parent (PART_OF), or -1 */
  parentOf(c: number): number;
  forEachUnit(c: number, fn: (unit: number) => void): void;
  unitCount(c: number): number;
  forEachStaff(c: number, fn: (person: number) => void): void;
  staffCount(c: number): number;
  forEachTeamMember(c: number, fn: (person: number, role: TeamRole | null) => void): void;
  listCompanies(filter: CompanyFilter, afterId: string | null, limit: number, visible?: (c: number) => boolean): number[];
  countCompanies(filter: CompanyFilter, visible?: (c: number) => boolean): number;

  /** number of interactions (unscoped) */
  readonly interactionCount: number;
  /** index of the interaction with this id, or -1 */
  interactionIndex(id: string): number;
  interactionId(i: number): string;
  interaction(i: number): InteractionRecord;
  interactionKind(i: number): InteractionKind;
  /** its date as a day number */
  interactionAt(i: number): number;
  /** company index of the account it is ABOUT, or -1 */
  interactionAccount(i: number): number;
  /** the people who took part (TOOK_PART) */
  forEachParticipant(i: number, fn: (person: number) => void): void;
  /** how many people took part, whether or not the caller may see them (DESIGN §4 divides a contribution by it) */
  participantCount(i: number): number;
  /** an email's direction (null for other kinds): derived strength needs it for every interaction, without building the record */
  interactionDirection(i: number): Direction | null;
  /** the interactions a person took part in, in no particular order */
  forEachInteractionOf(person: number, fn: (interaction: number) => void): void;
  /** the interactions ABOUT this company (not its units), in no particular order */
  forEachInteractionAbout(c: number, fn: (interaction: number) => void): void;

  /** the signal with this id, or null (docs/decisions.md "Signals and escalation") */
  findSignal(id: string): SignalData | null;
  /** every signal, in no particular order */
  forEachSignal(fn: (s: SignalData) => void): void;

  /** a value derived from this version of the graph, recomputed only after a change */
  memo<T>(key: string, compute: () => T): T;
  /**
   * A value derived from one account's part of the graph (its units,
   * contacts and their links, and our people), recomputed only after a change
   * that touches that account or the whole graph. `key` must name the account.
   */
  memoAccount<T>(accountId: string, key: string, compute: () => T): T;
}

/**
 * The read model with its commercial part (docs/commercial.md "Read model"):
 * the product catalogue, sales and companies' potential inputs. Apart from
 * `ReadGraph` so that views which leave it as it is (the in-force view of a
 * date: sales have no history of their own) need not forward it; the read
 * model and the access scope implement it (`commercialGraph`).
 */
export interface CommercialGraph extends ReadGraph {
  /** products in the catalogue (visible to every identity) */
  readonly productCount: number;
  /** index of the product with this id, or -1 */
  productIndex(id: string): number;
  productId(i: number): string;
  product(i: number): ProductRecord;
  findProduct(id: string): ProductRecord | null;
  /** every product index, in id order */
  forEachProduct(fn: (product: number) => void): void;
  /** products matching (when given) in id order: up to `limit` after `afterId` */
  listProducts(afterId: string | null, limit: number, match?: (product: number) => boolean): number[];
  productFamily(i: number): string;
  /** the month number (`period.ts`) it was launched, or NO_DAY when unknown */
  productLaunchMonth(i: number): number;
  /** its list price per unit, NaN when unknown */
  productListPrice(i: number): number;
  /** the catalogue's families, sorted */
  families(): readonly string[];

  /** number of sales (unscoped) */
  readonly saleCount: number;
  /** the sales this company bought itself (not its units'), in no particular order */
  forEachSaleOf(c: number, fn: SaleVisitor): void;
  /** how many sales this company bought itself */
  saleCountOf(c: number): number;
  /** the sales of one product (of accounts the caller may see), in no particular order */
  forEachSaleOfProduct(product: number, fn: SaleVisitor): void;
  /**
   * The hot-loop form of `forEachSaleOf`: the indexes of the sales this
   * company bought itself (empty when it is not visible), to read from
   * `saleColumns` — no callback per sale, nothing allocated per sale.
   */
  salesOf(c: number): ArrayLike<number>;
  /** The sales' columns, read-only, indexed by the sale indexes `salesOf` and the visitors give. */
  readonly saleColumns: SaleColumns;
  /** the sale of this key, or -1 */
  saleIndex(accountId: string, productId: string, period: string): number;
  sale(i: number): SaleRecord;
  /** the company's potential inputs (each null when unknown) */
  potential(c: number): CompanyPotential;
  /**
   * A value derived from one account's commercial part (its units' sales and
   * potential inputs, the unit tree, the catalogue), recomputed only after a
   * change to those: unlike `memoAccount`, a KNOWS or interaction write does
   * not invalidate it, and a sale does not invalidate the account's coverage.
   * `key` must name the account.
   */
  memoSales<T>(accountId: string, key: string, compute: () => T): T;
}

/** The commercial view of a graph the services got from their source (the read model, or its scoped view). */
export function commercialGraph(g: ReadGraph): CommercialGraph {
  if (typeof (g as Partial<CommercialGraph>).forEachSaleOf !== 'function') throw new Error('this view of the graph has no commercial part');
  return g as CommercialGraph;
}

/** The sales' columns (`sales-table.ts`): read-only views, never to be written. */
export interface SaleColumns {
  readonly account: Int32Array;
  readonly product: Int32Array;
  /** first month (`period.ts`) */
  readonly start: Int32Array;
  /** months: 1 or 12 */
  readonly length: Uint8Array;
  readonly revenue: Float64Array;
  readonly volume: Float64Array;
  /** NaN when unknown */
  readonly listRevenue: Float64Array;
  /** NaN when unknown */
  readonly margin: Float64Array;
}

/**
 * One sale, as primitives: its index, account (company index), product index,
 * first month (`period.ts`), length in months (1 or 12), revenue, volume,
 * list revenue and contribution margin (NaN when unknown).
 */
export type SaleVisitor = (
  sale: number, account: number, product: number, start: number, length: number,
  revenue: number, volume: number, listRevenue: number, margin: number,
) => void;

/** Where services get the read model from: the host in the API process, a replica in a worker thread. */
export interface ReadModelSource {
  /** the read model, once it reflects every change committed before the call */
  ready(): Promise<ReadGraph>;
}
