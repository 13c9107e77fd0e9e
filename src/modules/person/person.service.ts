import type { Page, PageRequest } from '../../common/pagination.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { isoDate, oneOf, optionalText, requireId, requireText } from '../../common/validate.js';
import {
  ATTITUDES, BUYING_ROLES, DECISION_LEVELS, FUNCTIONS,
  type BuyingRole, type DecisionLevel, type PersonFunction,
} from '../../domain/enums.js';
import type { PersonRecord } from '../../domain/records.js';
import { badInput, notFound } from '../../errors.js';
import type { GraphStore, QueryRunner } from '../../store/index.js';

export interface PersonFilter {
  function?: PersonFunction | null;
  buyingRole?: BuyingRole | null;
  decisionLevel?: DecisionLevel | null;
  active?: boolean | null;
  search?: string | null;
}

export type PersonPatch = { [K in keyof Omit<PersonRecord, 'id'>]?: PersonRecord[K] | null } & { id: string };

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** People (DESIGN §2 `Person`): lookups, listing, upsert and removal. */
export class PersonService {
  constructor(private readonly store: GraphStore) {}

  /** The person or NOT_FOUND naming `field`. */
  async get(id: string, field = 'id', tx: QueryRunner | null = null): Promise<PersonRecord> {
    const rows = tx ? await tx.run('person.byIds', { ids: [id] }) : await this.store.read('person.byIds', { ids: [id] });
    if (!rows[0]) throw notFound(field, 'person', id);
    return rows[0].person;
  }

  async find(id: string): Promise<PersonRecord | null> {
    const rows = await this.store.read('person.byIds', { ids: [id] });
    return rows[0]?.person ?? null;
  }

  async list(filter: PersonFilter, page: PageRequest): Promise<Page<PersonRecord>> {
    const first = pageSize(page.first);
    const rows = await this.store.read('person.list', {
      after: decodeCursor(page.after) ?? '',
      function: filter.function ?? null,
      buyingRole: filter.buyingRole ?? null,
      decisionLevel: filter.decisionLevel ?? null,
      active: filter.active ?? null,
      search: filter.search ? filter.search.toLowerCase() : null,
      limit: first + 1,
    });
    return toPage(rows.map((r) => r.person as PersonRecord), first, (p) => p.id);
  }

  /** Creates the person or updates the given fields; validates before anything is written. */
  async upsert(input: PersonPatch): Promise<PersonRecord> {
    const id = requireId('input.id', input.id);
    if (input.email && !EMAIL_RE.test(input.email)) throw badInput('input.email', 'input.email is not an email address');
    return this.store.write(async (tx) => {
      const rows = await tx.run('person.byIds', { ids: [id] });
      const existing: PersonRecord | undefined = rows[0]?.person;
      const pick = <K extends keyof PersonRecord>(k: K): PersonRecord[K] | null =>
        input[k] !== undefined ? (input[k] as PersonRecord[K]) : (existing?.[k] ?? null);
      const leftAt = isoDate('input.leftAt', pick('leftAt'));
      let active = pick('active') ?? true;
      if (input.leftAt) {
        if (input.active === true) throw badInput('input.active', 'a person with leftAt cannot be active');
        active = false;
      }
      const next: PersonRecord = {
        id,
        name: requireText('input.name', pick('name')),
        email: optionalText('input.email', pick('email')),
        title: optionalText('input.title', pick('title')),
        function: oneOf('input.function', pick('function'), FUNCTIONS),
        decisionLevel: oneOf('input.decisionLevel', pick('decisionLevel'), DECISION_LEVELS),
        buyingRole: oneOf('input.buyingRole', pick('buyingRole'), BUYING_ROLES),
        attitude: oneOf('input.attitude', pick('attitude'), ATTITUDES),
        active,
        leftAt: active ? null : leftAt,
      };
      await tx.run('person.upsert', { rows: [next] });
      return next;
    });
  }

  /** Removes a person and every relationship they hold. */
  async remove(id: string): Promise<string> {
    return this.store.write(async (tx) => {
      await this.get(id, 'id', tx);
      await tx.run('person.delete', { ids: [id] });
      return id;
    });
  }

  /** Whether each person is one of ours (DESIGN §3 "Our people"), by id. */
  async sides(ids: string[], tx?: QueryRunner): Promise<Map<string, boolean>> {
    const rows = tx ? await tx.run('person.side', { ids }) : await this.store.read('person.side', { ids });
    return new Map(rows.map((r) => [r.key as string, Boolean(r.ours)]));
  }
}
