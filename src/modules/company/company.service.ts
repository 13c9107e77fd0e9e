import type { PageRequest, Page } from '../../common/pagination.js';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { commercialGraph, type CompanyFilter, type ReadGraph } from '../../readmodel/read-graph.js';
import type { ReadModelSource } from '../../readmodel/read-graph.js';
import type { Writer } from '../../readmodel/writer.js';
import { managementGraph } from '../../readmodel/management-graph.js';
import { optionalText, oneOf, requireId, requireText } from '../../common/validate.js';
import { COMPANY_KINDS, UNIT_LEVELS } from '../../domain/enums.js';
import type { CompanyRecord } from '../../domain/records.js';
import { badInput, DomainError, notFound } from '../../errors.js';

export type { CompanyFilter };

export type CompanyPatch = { [K in keyof Omit<CompanyRecord, 'id'>]?: CompanyRecord[K] | null } & { id: string };

/** Companies and units (DESIGN §2 `Company`): lookups, listing, upsert and removal, over the read model. */
export class CompanyService {
  constructor(private readonly host: ReadModelSource, private readonly writer: Writer) {}

  /** The company or NOT_FOUND naming `field`. */
  static get(g: ReadGraph, id: string, field = 'id'): CompanyRecord {
    const c = g.findCompany(id);
    if (!c) throw notFound(field, 'company', id);
    return c;
  }

  async find(id: string): Promise<CompanyRecord | null> {
    return (await this.host.ready()).findCompany(id);
  }

  /** Companies in id order after the cursor, filtered; `totalCount` counts every match. */
  async list(filter: CompanyFilter, page: PageRequest): Promise<Page<CompanyRecord>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after);
    const g = await this.host.ready();
    const rows = g.listCompanies(filter, after, first + 1).map((i) => g.company(i));
    return toPage(rows, first, (c) => c.id, g.countCompanies(filter));
  }

  /** Creates the company or updates the given fields; validates before anything is written. */
  async upsert(input: CompanyPatch): Promise<CompanyRecord> {
    const id = requireId('input.id', input.id);
    return this.writer.commit((g) => {
      const existing = g.findCompany(id);
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
      return { changes: [{ kind: 'company.upserted', company: next, created: existing === null }], result: next };
    });
  }

  /** Removes a company; refuses while units, people or interactions still hang off it, so nothing dangles. */
  async remove(id: string): Promise<string> {
    return this.writer.commit((g) => {
      CompanyService.get(g, id, 'id');
      const c = g.companyIndex(id);
      const units = g.unitCount(c);
      const people = g.staffCount(c);
      if (units > 0 || people > 0) {
        throw new DomainError('BAD_USER_INPUT', `company "${id}" still has ${units} unit(s) and ${people} person(s); move or remove them first`, 'id');
      }
      let interactions = 0;
      g.forEachInteractionAbout(c, () => interactions++);
      if (interactions > 0) {
        throw new DomainError('BAD_USER_INPUT', `company "${id}" still has ${interactions} interaction(s) about it; remove or move them first`, 'id');
      }
      // sales belong to the company that bought them (docs/commercial.md): none may dangle
      const sales = commercialGraph(g).saleCountOf(c);
      if (sales > 0) throw new DomainError('BAD_USER_INPUT', `company "${id}" still has ${sales} sale(s); remove them first`, 'id');
      // signals are the account's record (DESIGN §4): a company with signals ON it stays
      let signals = 0;
      g.forEachSignal((x) => { if (x.accountId === id) signals++; });
      if (signals > 0) throw new DomainError('BAD_USER_INPUT', `company "${id}" has ${signals} signal(s) on it; they are kept as the account's record`, 'id');
      // key-account plans are the account's record (docs/plans.md): a company with plans stays until they are removed
      const plans = managementGraph(g).plansOf(c).length;
      if (plans > 0) throw new DomainError('BAD_USER_INPUT', `company "${id}" has ${plans} key-account plan(s); remove them first (removeAccountPlan)`, 'id');
      return { changes: [{ kind: 'company.removed', id }], result: id };
    });
  }
}

function missing(field: string): never {
  throw badInput(field, `${field} is required when creating`);
}
