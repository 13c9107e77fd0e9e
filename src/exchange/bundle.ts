import {
  ATTITUDES, BUYING_ROLES, COMPANY_KINDS, DECISION_LEVELS, DIRECTIONS, FUNCTIONS, INTERACTION_KINDS, MEETING_LEVELS, TEAM_ROLES, UNIT_LEVELS,
} from '../domain/enums.js';

/**
 * The import/export bundle (DESIGN §8; docs/data-exchange.md "The bundle"):
 * a folder (or zip) of UTF-8 CSV files with a header row, one file per type.
 * Each file is described once here — its columns, their kinds, its key — and
 * the reader, the validator, the importer and the CSV exporter all work from
 * these descriptions, so a new type is one more entry (and its mapping to
 * changes in `import-plan.ts`).
 */
export type ColumnKind =
  | { type: 'id' }
  | { type: 'text'; max?: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'unit' } // a number in 0..1
  | { type: 'bool' }
  | { type: 'date' }
  | { type: 'ref'; to: 'person' | 'company' | 'product' }
  /** a non-negative amount (money, volume) */
  | { type: 'money' }
  /** any finite number (a contribution margin may be negative) */
  | { type: 'number' }
  /** a whole number within bounds */
  | { type: 'int'; min: number; max: number }
  /** a sale's period: YYYY-MM or YYYY */
  | { type: 'period' }
  /** `;`-separated ids */
  | { type: 'refs'; to: 'person' };

export interface Column {
  name: string;
  kind: ColumnKind;
  required?: boolean;
  /** what the column means, for the docs and `kamgraph import --help` */
  doc: string;
}

export type BundleFileName = 'companies' | 'people' | 'reporting' | 'influence' | 'relationships' | 'team' | 'interactions' | 'products' | 'sales' | 'competitors' | 'partners';

export interface BundleFile {
  name: BundleFileName;
  /** file name within the bundle */
  file: string;
  columns: Column[];
  /** the columns that identify a row (a node's id, a link's two ends): duplicates are refused */
  key: string[];
}

const id = (name: string, doc: string, required = true): Column => ({ name, kind: { type: 'id' }, required, doc });
const ref = (name: string, to: 'person' | 'company' | 'product', doc: string, required = true): Column => ({ name, kind: { type: 'ref', to }, required, doc });
const money = (name: string, doc: string, required = false): Column => ({ name, kind: { type: 'money' }, required, doc });
const text = (name: string, doc: string, required = false): Column => ({ name, kind: { type: 'text' }, required, doc });
const oneOf = (name: string, values: readonly string[], doc: string, required = false): Column => ({ name, kind: { type: 'enum', values }, required, doc });
const date = (name: string, doc: string): Column => ({ name, kind: { type: 'date' }, doc });

/** Every file of the bundle, in the order they are read and written (nodes before links). */
export const BUNDLE: readonly BundleFile[] = [
  {
    name: 'companies', file: 'companies.csv', key: ['id'],
    columns: [
      id('id', 'the CRM id of the company or unit'),
      text('name', 'its name', true),
      oneOf('kind', COMPANY_KINDS, 'SUPPLIER (us), CUSTOMER, PARTNER or COMPETITOR', true),
      oneOf('unitLevel', UNIT_LEVELS, 'GROUP, REGIONAL or LOCAL'),
      text('country', 'ISO country code'),
      text('segment', 'market segment'),
      { name: 'isKeyAccount', kind: { type: 'bool' }, doc: 'true or false' },
      text('tier', 'e.g. A, B, C'),
      ref('parentId', 'company', 'the parent unit (PART_OF); empty for a group', false),
      // DESIGN §2 potential inputs (docs/commercial.md)
      money('annualTurnover', 'potential input: the customer\'s own annual turnover'),
      { name: 'image', kind: { type: 'int', min: 1, max: 5 }, doc: 'potential input: our image with it, 1..5' },
      money('walletEstimate', 'potential input: what it spends per year in our categories'),
    ],
  },
  {
    name: 'people', file: 'people.csv', key: ['id'],
    columns: [
      id('id', 'the CRM id of the person (ours or a contact)'),
      text('name', 'full name', true),
      text('email', 'email address'),
      text('title', 'job title'),
      oneOf('function', FUNCTIONS, FUNCTIONS.join(', ')),
      oneOf('decisionLevel', DECISION_LEVELS, 'CENTRAL, REGIONAL or LOCAL'),
      oneOf('buyingRole', BUYING_ROLES, BUYING_ROLES.join(', ')),
      oneOf('attitude', ATTITUDES, ATTITUDES.join(', ')),
      { name: 'active', kind: { type: 'bool' }, doc: 'true (default) or false' },
      date('leftAt', 'the day they left (makes active false)'),
      ref('companyId', 'company', 'employer (WORKS_AT): a company or unit', false),
      text('employmentTitle', 'title on the WORKS_AT link (defaults to title)'),
      date('employedSince', 'since when (WORKS_AT.since)'),
    ],
  },
  {
    name: 'reporting', file: 'reporting.csv', key: ['personId'],
    columns: [
      ref('personId', 'person', 'who reports'),
      ref('managerId', 'person', 'to whom (REPORTS_TO): one manager per person'),
      date('since', 'since when'),
    ],
  },
  {
    name: 'influence', file: 'influence.csv', key: ['fromId', 'toId'],
    columns: [
      ref('fromId', 'person', 'who sways'),
      ref('toId', 'person', 'whom (INFLUENCES)'),
      { name: 'strength', kind: { type: 'unit' }, required: true, doc: '0..1' },
      text('note', 'free text'),
      date('since', 'since when'),
    ],
  },
  {
    name: 'relationships', file: 'relationships.csv', key: ['ourPersonId', 'contactId'],
    columns: [
      ref('ourPersonId', 'person', 'one of our people'),
      ref('contactId', 'person', 'a contact at a customer (KNOWS)'),
      { name: 'strength', kind: { type: 'unit' }, required: true, doc: '0..1' },
      date('lastContactAt', 'the last real contact'),
      date('since', 'since when'),
    ],
  },
  {
    name: 'team', file: 'team.csv', key: ['personId', 'accountId'],
    columns: [
      ref('personId', 'person', 'one of our people'),
      ref('accountId', 'company', 'the account (ON_TEAM)'),
      oneOf('role', TEAM_ROLES, TEAM_ROLES.join(', ')),
    ],
  },
  {
    name: 'interactions', file: 'interactions.csv', key: ['id'],
    columns: [
      id('id', 'the CRM id of the meeting, call, mail or event'),
      oneOf('kind', INTERACTION_KINDS, INTERACTION_KINDS.join(', '), true),
      { name: 'at', kind: { type: 'date' }, required: true, doc: 'the day it happened (not in the future)' },
      oneOf('direction', DIRECTIONS, `${DIRECTIONS.join(', ')} (EMAIL only)`),
      oneOf('level', MEETING_LEVELS, `${MEETING_LEVELS.join(', ')} (MEETING and VISIT only)`),
      text('subject', 'free text'),
      ref('accountId', 'company', 'the account it is about (ABOUT)'),
      { name: 'participantIds', kind: { type: 'refs', to: 'person' }, required: true, doc: 'who took part (TOOK_PART), ids separated by ";": at least one of ours and one contact' },
    ],
  },
  {
    name: 'products', file: 'products.csv', key: ['id'],
    columns: [
      id('id', 'the id of the product (the ERP\'s or CRM\'s)'),
      text('name', 'its name', true),
      text('family', 'its product family', true),
      date('launchedAt', 'when it was launched'),
      money('listPrice', 'list price per unit of volume'),
    ],
  },
  {
    name: 'sales', file: 'sales.csv', key: ['accountId', 'productId', 'period'],
    columns: [
      ref('accountId', 'company', 'the company or unit that bought (BOUGHT): a customer-side account'),
      ref('productId', 'product', 'what it bought (OF)'),
      { name: 'period', kind: { type: 'period' }, required: true, doc: 'YYYY-MM or YYYY (not beginning after this month)' },
      money('revenue', 'net revenue', true),
      money('volume', 'units sold', true),
      money('listRevenue', 'the volume at list price (empty: volume × the product\'s list price)'),
      { name: 'contributionMargin', kind: { type: 'number' }, doc: 'revenue minus variable costs (may be negative, not above revenue)' },
    ],
  },
  // account management (docs/plans.md "In the bundle")
  {
    name: 'competitors', file: 'competitors.csv', key: ['competitorId', 'accountId', 'area'],
    columns: [
      ref('competitorId', 'company', 'a COMPETITOR company'),
      ref('accountId', 'company', 'the customer account or unit it competes at (COMPETES_AT)'),
      { name: 'area', kind: { type: 'text', max: 100 }, required: true, doc: 'where it competes: a product family or any area (1..100 characters)' },
      { name: 'estimatedShare', kind: { type: 'unit' }, doc: 'its estimated share of the account\'s spend in the area, 0..1 (empty: unknown); per account and area the shares sum to at most 1' },
    ],
  },
  {
    name: 'partners', file: 'partners.csv', key: ['partnerId', 'accountId', 'area'],
    columns: [
      ref('partnerId', 'company', 'a PARTNER company'),
      ref('accountId', 'company', 'the customer account or unit where we can work with it (PARTNERS_AT)'),
      { name: 'area', kind: { type: 'text', max: 100 }, required: true, doc: 'in what (1..100 characters)' },
    ],
  },
];

export const BUNDLE_FILES: ReadonlyMap<string, BundleFile> = new Map(BUNDLE.map((f) => [f.file, f]));
