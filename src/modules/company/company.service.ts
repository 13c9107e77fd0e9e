import type { PageRequest, Page } from '../../common/pagination.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { optionalText, oneOf, requireId, requireText } from '../../common/validate.js';
import { COMPANY_KINDS, UNIT_LEVELS, type CompanyKind, type UnitLevel } from '../../domain/enums.js';
import type { CompanyRecord } from '../../domain/records.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import type { GraphStore, QueryRunner } from '../../store/index.js';

export interface CompanyFilter {
  kind?: CompanyKind | null;
  isKeyAccount?: boolean | null;
  unitLevel?: UnitLevel | null;
  search?: string | null;
}

export type CompanyPatch = { [K in keyof Omit<CompanyRecord, 'id'>]?: CompanyRecord[K] | null } & { id: string };

/** Companies and units (DESIGN §2 `Company`): lookups, listing, upsert and removal. */
export class CompanyService {
  constructor(private readonly store: GraphStore) {}

  /** The company or NOT_FOUND naming `field`. */
  async get(id: string, field = 'id', tx: Pick<QueryRunner, 'run'> | null = null): Promise<CompanyRecord> {
    const rows = tx ? await tx.run('company.byIds', { ids: [id] }) : await this.store.read('company.byIds', { ids: [id] });
    if (!rows[0]) throw notFound(field, 'company', id);
    return rows[0].company;
  }

  async find(id: string): Promise<CompanyRecord | null> {
    const rows = await this.store.read('company.byIds', { ids: [id] });
    return rows[0]?.company ?? null;
  }

  async list(filter: CompanyFilter, page: PageRequest): Promise<Page<CompanyRecord>> {
    const first = pageSize(page.first);
    const rows = await this.store.read('company.list', {
      after: decodeCursor(page.after) ?? '',
      kind: filter.kind ?? null,
      isKeyAccount: filter.isKeyAccount ?? null,
      unitLevel: filter.unitLevel ?? null,
      search: filter.search ? filter.search.toLowerCase() : null,
      limit: first + 1,
    });
    return toPage(rows.map((r) => r.company as CompanyRecord), first, (c) => c.id);
  }

  /** Creates the company or updates the given fields; validates before anything is written. */
  async upsert(input: CompanyPatch): Promise<CompanyRecord> {
    const id = requireId('input.id', input.id);
    return this.store.write(async (tx) => {
      const rows = await tx.run('company.byIds', { ids: [id] });
      const existing: CompanyRecord | undefined = rows[0]?.company;
      const pick = <K extends keyof CompanyRecord>(k: K): CompanyRecord[K] | null =>
        input[k] !== undefined ? (input[k] as CompanyRecord[K]) : (existing?.[k] ?? null);
      const next: CompanyRecord = {
        id,
        name: requireText('input.name', pick('name')),
        kind: oneOf('input.kind', pick('kind'), COMPANY_KINDS) ?? missing('input.kind'),
        unitLevel: oneOf('input.unitLevel', pick('unitLevel'), UNIT_LEVELS),
        country: optionalText('input.country', pick('country')),
        segment: optionalText('input.segment', pick('segment')),
        isKeyAccount: pick('isKeyAccount'),
        tier: optionalText('input.tier', pick('tier')),
      };
      await tx.run('company.upsert', { rows: [next] });
      return next;
    });
  }

  /** Removes a company; refuses while units or people still hang off it, so nothing dangles. */
  async remove(id: string): Promise<string> {
    return this.store.write(async (tx) => {
      await this.get(id, 'id', tx);
      const [dep] = await tx.run('company.dependents', { id });
      if (dep.units > 0 || dep.people > 0) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `company "${id}" still has ${dep.units} unit(s) and ${dep.people} person(s); move or remove them first`,
          'id',
        );
      }
      await tx.run('company.delete', { ids: [id] });
      return id;
    });
  }
}

function missing(field: string): never {
  throw badInput(field, `${field} is required when creating`);
}
