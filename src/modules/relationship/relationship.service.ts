import { isoDate, oneOf, optionalText, requireId, unitInterval } from '../../common/validate.js';
import { TEAM_ROLES, type TeamRole } from '../../domain/enums.js';
import type { CompanyRecord, PersonRecord, TeamMemberRecord } from '../../domain/records.js';
import { badInput, DomainError } from '../../errors.js';
import type { GraphStore, QueryRunner } from '../../store/index.js';
import type { CompanyService } from '../company/company.service.js';
import type { PersonService } from '../person/person.service.js';

export interface LinkResult {
  from: PersonRecord;
  to: PersonRecord;
  strength: number | null;
  lastContactAt: string | null;
  note: string | null;
  since: string | null;
}

const link = (from: PersonRecord, to: PersonRecord, extra: Partial<LinkResult>): LinkResult => ({
  from, to, strength: null, lastContactAt: null, note: null, since: null, ...extra,
});

/**
 * Writes the relationships of DESIGN §2 and enforces their rules: both ends
 * exist, no self-loops, KNOWS only from one of our people to someone who is
 * not, no REPORTS_TO or PART_OF cycles. Every check runs inside the write
 * transaction before the first write, so a refused write changes nothing.
 */
export class RelationshipService {
  constructor(
    private readonly store: GraphStore,
    private readonly people: PersonService,
    private readonly companies: CompanyService,
  ) {}

  async setEmployer(input: { personId: string; companyId: string; title?: string | null; since?: string | null }): Promise<PersonRecord> {
    const row = {
      personId: requireId('input.personId', input.personId),
      companyId: requireId('input.companyId', input.companyId),
      title: optionalText('input.title', input.title),
      since: isoDate('input.since', input.since),
    };
    return this.store.write(async (tx) => {
      const person = await this.people.get(row.personId, 'input.personId', tx);
      await this.companies.get(row.companyId, 'input.companyId', tx);
      await tx.run('worksAt.clear', { ids: [row.personId] });
      await tx.run('worksAt.merge', { rows: [row] });
      return person;
    });
  }

  async removeEmployer(personId: string): Promise<PersonRecord> {
    return this.store.write(async (tx) => {
      const person = await this.people.get(personId, 'personId', tx);
      const [r] = await tx.run('worksAt.clear', { ids: [personId] });
      if (!r || r.n === 0) throw new DomainError('NOT_FOUND', `person "${personId}" has no employer`, 'personId');
      return person;
    });
  }

  async setParentUnit(input: { unitId: string; parentId: string }): Promise<CompanyRecord> {
    const unitId = requireId('input.unitId', input.unitId);
    const parentId = requireId('input.parentId', input.parentId);
    if (unitId === parentId) throw badInput('input.parentId', 'a unit cannot be part of itself');
    return this.store.write(async (tx) => {
      const unit = await this.companies.get(unitId, 'input.unitId', tx);
      await this.companies.get(parentId, 'input.parentId', tx);
      const [cycle] = await tx.run('company.ancestorPath', { from: parentId, to: unitId });
      if (cycle.n > 0) throw badInput('input.parentId', `"${parentId}" is already part of "${unitId}"; this would close a PART_OF cycle`);
      await tx.run('partOf.clear', { ids: [unitId] });
      await tx.run('partOf.merge', { rows: [{ unitId, parentId }] });
      return unit;
    });
  }

  async removeParentUnit(unitId: string): Promise<CompanyRecord> {
    return this.store.write(async (tx) => {
      const unit = await this.companies.get(unitId, 'unitId', tx);
      const [r] = await tx.run('partOf.clear', { ids: [unitId] });
      if (!r || r.n === 0) throw new DomainError('NOT_FOUND', `company "${unitId}" has no parent unit`, 'unitId');
      return unit;
    });
  }

  async setManager(input: { personId: string; managerId: string; since?: string | null }): Promise<PersonRecord> {
    const row = {
      personId: requireId('input.personId', input.personId),
      managerId: requireId('input.managerId', input.managerId),
      since: isoDate('input.since', input.since),
    };
    if (row.personId === row.managerId) throw badInput('input.managerId', 'a person cannot report to themselves');
    return this.store.write(async (tx) => {
      const person = await this.people.get(row.personId, 'input.personId', tx);
      await this.people.get(row.managerId, 'input.managerId', tx);
      const [cycle] = await tx.run('person.managerPath', { from: row.managerId, to: row.personId });
      if (cycle.n > 0) throw badInput('input.managerId', `"${row.managerId}" already reports to "${row.personId}"; this would close a REPORTS_TO cycle`);
      await tx.run('reportsTo.clear', { ids: [row.personId] });
      await tx.run('reportsTo.merge', { rows: [row] });
      return person;
    });
  }

  async removeManager(personId: string): Promise<PersonRecord> {
    return this.store.write(async (tx) => {
      const person = await this.people.get(personId, 'personId', tx);
      const [r] = await tx.run('reportsTo.clear', { ids: [personId] });
      if (!r || r.n === 0) throw new DomainError('NOT_FOUND', `person "${personId}" has no manager`, 'personId');
      return person;
    });
  }

  async upsertInfluence(input: { fromId: string; toId: string; strength: number; note?: string | null; since?: string | null }): Promise<LinkResult> {
    const row = {
      fromId: requireId('input.fromId', input.fromId),
      toId: requireId('input.toId', input.toId),
      strength: unitInterval('input.strength', input.strength),
      note: optionalText('input.note', input.note),
      since: isoDate('input.since', input.since),
    };
    if (row.fromId === row.toId) throw badInput('input.toId', 'a person cannot influence themselves');
    return this.store.write(async (tx) => {
      const [from, to] = await this.ends(tx, row.fromId, row.toId, 'input.fromId', 'input.toId');
      await tx.run('influences.merge', { rows: [row] });
      return link(from, to, { strength: row.strength, note: row.note, since: row.since });
    });
  }

  async removeInfluence(fromId: string, toId: string): Promise<boolean> {
    return this.removeEdge('influences.delete', { fromId, toId }, 'INFLUENCES', 'fromId');
  }

  async upsertRelationship(input: { ourPersonId: string; contactId: string; strength: number; lastContactAt?: string | null; since?: string | null }): Promise<LinkResult> {
    const row = {
      fromId: requireId('input.ourPersonId', input.ourPersonId),
      toId: requireId('input.contactId', input.contactId),
      strength: unitInterval('input.strength', input.strength),
      lastContactAt: isoDate('input.lastContactAt', input.lastContactAt),
      since: isoDate('input.since', input.since),
    };
    if (row.fromId === row.toId) throw badInput('input.contactId', 'a person cannot know themselves');
    return this.store.write(async (tx) => {
      const [from, to] = await this.ends(tx, row.fromId, row.toId, 'input.ourPersonId', 'input.contactId');
      const sides = await this.people.sides([row.fromId, row.toId], tx);
      if (!sides.get(row.fromId)) throw badInput('input.ourPersonId', `"${row.fromId}" does not work for the supplier; KNOWS starts at one of our people`);
      if (sides.get(row.toId)) throw badInput('input.contactId', `"${row.toId}" works for the supplier; KNOWS ends at a customer-side person`);
      await tx.run('knows.merge', { rows: [row] });
      return link(from, to, { strength: row.strength, lastContactAt: row.lastContactAt, since: row.since });
    });
  }

  async removeRelationship(ourPersonId: string, contactId: string): Promise<boolean> {
    return this.removeEdge('knows.delete', { fromId: ourPersonId, toId: contactId }, 'KNOWS', 'ourPersonId');
  }

  async addTeamMember(input: { personId: string; accountId: string; role: TeamRole }): Promise<TeamMemberRecord> {
    const row = {
      personId: requireId('input.personId', input.personId),
      companyId: requireId('input.accountId', input.accountId),
      role: oneOf('input.role', input.role, TEAM_ROLES),
    };
    return this.store.write(async (tx) => {
      const person = await this.people.get(row.personId, 'input.personId', tx);
      const account = await this.companies.get(row.companyId, 'input.accountId', tx);
      if (account.kind === 'SUPPLIER') throw badInput('input.accountId', 'an account team serves a customer, not a supplier unit');
      const sides = await this.people.sides([row.personId], tx);
      if (!sides.get(row.personId)) throw badInput('input.personId', `"${row.personId}" does not work for the supplier`);
      await tx.run('onTeam.merge', { rows: [row] });
      return { person, role: row.role };
    });
  }

  async removeTeamMember(personId: string, accountId: string): Promise<boolean> {
    return this.removeEdge('onTeam.delete', { personId, companyId: accountId }, 'ON_TEAM', 'personId');
  }

  private async ends(tx: QueryRunner, fromId: string, toId: string, fromField: string, toField: string) {
    return [await this.people.get(fromId, fromField, tx), await this.people.get(toId, toField, tx)] as const;
  }

  private async removeEdge(query: string, row: Record<string, string>, type: string, field: string): Promise<boolean> {
    return this.store.write(async (tx) => {
      const [r] = await tx.run(query, { rows: [row] });
      if (!r || r.n === 0) throw new DomainError('NOT_FOUND', `no ${type} link ${Object.values(row).join(' → ')}`, field);
      return true;
    });
  }
}
