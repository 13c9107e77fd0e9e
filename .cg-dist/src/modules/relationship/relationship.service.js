import { isoDate, oneOf, optionalText, requireId, unitInterval } from '../../common/validate.js';
import { TEAM_ROLES } from '../../domain/enums.js';
import { badInput, DomainError } from '../../errors.js';
import { worksForSupplier } from '../../domain/terms.js';
import { CompanyService } from '../company/company.service.js';
import { PersonService } from '../person/person.service.js';
const link = (from, to, extra) => ({
    from, to, strength: null, lastContactAt: null, note: null, since: null, ...extra,
});
/**
 * Writes the relationships of DESIGN §2 and enforces their rules: both ends
 * exist, no self-loops, KNOWS only from one of our people to someone who is
 * not, no REPORTS_TO or PART_OF cycles (of any length). Every check runs
 * against the read model under the writer's lock before anything is
 * written, so a refused write changes nothing.
 */
export class RelationshipService {
    constructor(writer) {
        this.writer = writer;
    }
    async setEmployer(input) {
        const row = {
            personId: requireId('input.personId', input.personId),
            companyId: requireId('input.companyId', input.companyId),
            title: optionalText('input.title', input.title),
            since: isoDate('input.since', input.since),
        };
        return this.writer.commit((g) => {
            const person = PersonService.get(g, row.personId, 'input.personId');
            CompanyService.get(g, row.companyId, 'input.companyId');
            return { changes: [{ kind: 'employment.set', ...row, previousCompanyId: employerId(g, row.personId) }], result: person };
        });
    }
    async removeEmployer(personId) {
        return this.writer.commit((g) => {
            const person = PersonService.get(g, personId, 'personId');
            const companyId = employerId(g, personId);
            if (companyId === null)
                throw new DomainError('NOT_FOUND', `person "${personId}" has no employer`, 'personId');
            return { changes: [{ kind: 'employment.removed', personId, companyId }], result: person };
        });
    }
    async setParentUnit(input) {
        const unitId = requireId('input.unitId', input.unitId);
        const parentId = requireId('input.parentId', input.parentId);
        if (unitId === parentId)
            throw badInput('input.parentId', 'a unit cannot be part of itself');
        return this.writer.commit((g) => {
            const unit = CompanyService.get(g, unitId, 'input.unitId');
            CompanyService.get(g, parentId, 'input.parentId');
            if (chainReaches(parentId, unitId, (id) => parentIdOf(g, id))) {
                throw badInput('input.parentId', `"${parentId}" is already part of "${unitId}"; this would close a PART_OF cycle`);
            }
            return { changes: [{ kind: 'parent.set', unitId, parentId, previousParentId: parentIdOf(g, unitId) }], result: unit };
        });
    }
    async removeParentUnit(unitId) {
        return this.writer.commit((g) => {
            const unit = CompanyService.get(g, unitId, 'unitId');
            const parentId = parentIdOf(g, unitId);
            if (parentId === null)
                throw new DomainError('NOT_FOUND', `company "${unitId}" has no parent unit`, 'unitId');
            return { changes: [{ kind: 'parent.removed', unitId, parentId }], result: unit };
        });
    }
    async setManager(input) {
        const row = {
            personId: requireId('input.personId', input.personId),
            managerId: requireId('input.managerId', input.managerId),
            since: isoDate('input.since', input.since),
        };
        if (row.personId === row.managerId)
            throw badInput('input.managerId', 'a person cannot report to themselves');
        return this.writer.commit((g) => {
            const person = PersonService.get(g, row.personId, 'input.personId');
            PersonService.get(g, row.managerId, 'input.managerId');
            if (chainReaches(row.managerId, row.personId, (id) => managerIdOf(g, id))) {
                throw badInput('input.managerId', `"${row.managerId}" already reports to "${row.personId}"; this would close a REPORTS_TO cycle`);
            }
            return { changes: [{ kind: 'manager.set', ...row, previousManagerId: managerIdOf(g, row.personId) }], result: person };
        });
    }
    async removeManager(personId) {
        return this.writer.commit((g) => {
            const person = PersonService.get(g, personId, 'personId');
            const managerId = managerIdOf(g, personId);
            if (managerId === null)
                throw new DomainError('NOT_FOUND', `person "${personId}" has no manager`, 'personId');
            return { changes: [{ kind: 'manager.removed', personId, managerId }], result: person };
        });
    }
    async upsertInfluence(input) {
        const row = {
            fromId: requireId('input.fromId', input.fromId),
            toId: requireId('input.toId', input.toId),
            strength: unitInterval('input.strength', input.strength),
            note: optionalText('input.note', input.note),
            since: isoDate('input.since', input.since),
        };
        if (row.fromId === row.toId)
            throw badInput('input.toId', 'a person cannot influence themselves');
        return this.writer.commit((g) => {
            const from = PersonService.get(g, row.fromId, 'input.fromId');
            const to = PersonService.get(g, row.toId, 'input.toId');
            const created = g.influenceLink(g.personIndex(row.fromId), g.personIndex(row.toId)) === null;
            return {
                changes: [{ kind: 'influence.upserted', ...row, created }],
                result: link(from, to, { strength: row.strength, note: row.note, since: row.since }),
            };
        });
    }
    async removeInfluence(fromId, toId) {
        return this.writer.commit((g) => {
            if (g.influenceLink(g.personIndex(fromId), g.personIndex(toId)) === null)
                throw noLink('INFLUENCES', fromId, toId, 'fromId');
            return { changes: [{ kind: 'influence.removed', fromId, toId }], result: true };
        });
    }
    async upsertRelationship(input) {
        const row = {
            fromId: requireId('input.ourPersonId', input.ourPersonId),
            toId: requireId('input.contactId', input.contactId),
            strength: unitInterval('input.strength', input.strength),
            lastContactAt: isoDate('input.lastContactAt', input.lastContactAt),
            since: isoDate('input.since', input.since),
        };
        if (row.fromId === row.toId)
            throw badInput('input.contactId', 'a person cannot know themselves');
        return this.writer.commit((g) => {
            const from = PersonService.get(g, row.fromId, 'input.ourPersonId');
            const to = PersonService.get(g, row.toId, 'input.contactId');
            if (!worksForSupplier(g, row.fromId))
                throw badInput('input.ourPersonId', `"${row.fromId}" does not work for the supplier; KNOWS starts at one of our people`);
            if (worksForSupplier(g, row.toId))
                throw badInput('input.contactId', `"${row.toId}" works for the supplier; KNOWS ends at a customer-side person`);
            const created = g.knowsLink(g.personIndex(row.fromId), g.personIndex(row.toId)) === null;
            return {
                changes: [{ kind: 'knows.upserted', ...row, created }],
                result: link(from, to, { strength: row.strength, lastContactAt: row.lastContactAt, since: row.since }),
            };
        });
    }
    async removeRelationship(ourPersonId, contactId) {
        return this.writer.commit((g) => {
            if (g.knowsLink(g.personIndex(ourPersonId), g.personIndex(contactId)) === null)
                throw noLink('KNOWS', ourPersonId, contactId, 'ourPersonId');
            return { changes: [{ kind: 'knows.removed', fromId: ourPersonId, toId: contactId }], result: true };
        });
    }
    async addTeamMember(input) {
        const row = {
            personId: requireId('input.personId', input.personId),
            companyId: requireId('input.accountId', input.accountId),
            role: oneOf('input.role', input.role, TEAM_ROLES),
        };
        return this.writer.commit((g) => {
            const person = PersonService.get(g, row.personId, 'input.personId');
            const account = CompanyService.get(g, row.companyId, 'input.accountId');
            if (account.kind === 'SUPPLIER')
                throw badInput('input.accountId', 'an account team serves a customer, not a supplier unit');
            if (!worksForSupplier(g, row.personId))
                throw badInput('input.personId', `"${row.personId}" does not work for the supplier`);
            const created = g.teamRole(g.personIndex(row.personId), g.companyIndex(row.companyId)) === undefined;
            return { changes: [{ kind: 'team.upserted', ...row, created }], result: { person, role: row.role } };
        });
    }
    async removeTeamMember(personId, accountId) {
        return this.writer.commit((g) => {
            const p = g.personIndex(personId);
            const c = g.companyIndex(accountId);
            if (p < 0 || c < 0 || g.teamRole(p, c) === undefined)
                throw noLink('ON_TEAM', personId, accountId, 'personId');
            return { changes: [{ kind: 'team.removed', personId, companyId: accountId }], result: true };
        });
    }
}
const noLink = (type, a, b, field) => new DomainError('NOT_FOUND', `no ${type} link ${a} → ${b}`, field);
function employerId(g, personId) {
    const c = g.employerOf(g.personIndex(personId));
    return c >= 0 ? g.companyId(c) : null;
}
function parentIdOf(g, unitId) {
    const c = g.parentOf(g.companyIndex(unitId));
    return c >= 0 ? g.companyId(c) : null;
}
function managerIdOf(g, personId) {
    const m = g.managerOf(g.personIndex(personId));
    return m >= 0 ? g.personId(m) : null;
}
/** Whether following `next` from `start` reaches `target` (no depth limit; stops on a cycle already there). */
function chainReaches(start, target, next) {
    const seen = new Set();
    for (let id = start; id !== null && !seen.has(id); id = next(id)) {
        if (id === target)
            return true;
        seen.add(id);
    }
    return false;
}
//# sourceMappingURL=relationship.service.js.map