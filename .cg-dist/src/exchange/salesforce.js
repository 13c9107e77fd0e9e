import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { BUNDLE } from './bundle.js';
import { memorySource } from './reader.js';
/**
 * The Salesforce profile (DESIGN §8; docs/data-exchange.md "Salesforce"):
 * reads an unmodified Salesforce data export (Account, Contact, User,
 * AccountTeamMember, AccountContactRole, OpportunityContactRole, Task,
 * Event — Salesforce's documented field names) and translates it into the
 * kamgraph bundle, which then goes through the one importer. Problems are
 * reported at the line of the Salesforce file the row came from.
 *
 * What is not in a Salesforce export comes from the mapping file:
 * - the supplier (us): a SUPPLIER company every User works for;
 * - Account.Type → company kind; the depth under ParentId → unit level
 *   (GROUP, REGIONAL, LOCAL) and a contact's decision level;
 * - Contact.Department → function; contact-role picklist values → buying role;
 *   AccountTeamMember.TeamMemberRole → team role;
 * - relationships (KNOWS): the Contact's owner, and every Task/Event whose
 *   WhoId is a contact and OwnerId a user; lastContactAt = the latest
 *   ActivityDate (or Contact.LastActivityDate); strength = `knowsStrength`
 *   until interactions derive it (issue 10).
 */
export const SalesforceMapping = z.object({
    supplier: z.object({ id: z.string(), name: z.string() }).default({ id: 'sf-us', name: 'Our company' }),
    /** Account.Type values (case-insensitive substring) → kind; anything else is a CUSTOMER */
    accountKinds: z.record(z.string(), z.enum(['CUSTOMER', 'PARTNER', 'COMPETITOR'])).default({ partner: 'PARTNER', competitor: 'COMPETITOR' }),
    /** the Account field that marks a key account (a checkbox, e.g. a custom Key_Account__c); none by default */
    keyAccountField: z.string().nullable().default('Key_Account__c'),
    /** the Account field holding the tier; `Rating` (Hot, Warm, Cold) by default */
    tierField: z.string().nullable().default('Rating'),
    /** Contact.Department (case-insensitive substring) → function */
    departments: z.record(z.string(), z.string()).default({
        executive: 'EXECUTIVE', management: 'EXECUTIVE', board: 'EXECUTIVE', finance: 'FINANCE', accounting: 'FINANCE',
        procurement: 'PROCUREMENT', purchasing: 'PROCUREMENT', operations: 'OPERATIONS', production: 'OPERATIONS', logistics: 'OPERATIONS',
        it: 'IT', 'information technology': 'IT', 'r&d': 'RND', engineering: 'RND', research: 'RND', sales: 'SALES', marketing: 'MARKETING',
        service: 'SERVICE', support: 'SERVICE', legal: 'LEGAL', hr: 'HR', 'human resources': 'HR',
    }),
    /** contact-role picklist values (AccountContactRole.Role, OpportunityContactRole.Role) → buying role */
    contactRoles: z.record(z.string(), z.string()).default({
        'Decision Maker': 'DECISION_MAKER', 'Executive Sponsor': 'DECISION_MAKER', 'Economic Buyer': 'ECONOMIC_BUYER', 'Economic Decision Maker': 'ECONOMIC_BUYER',
        'Technical Buyer': 'TECHNICAL_BUYER', Evaluator: 'TECHNICAL_BUYER', Influencer: 'INFLUENCER', 'Business User': 'USER', Champion: 'CHAMPION', Gatekeeper: 'GATEKEEPER',
    }),
    /** AccountTeamMember.TeamMemberRole → team role */
    teamRoles: z.record(z.string(), z.string()).default({
        'Account Manager': 'KAM', 'Key Account Manager': 'KAM', 'Sales Manager': 'KAM', 'Executive Sponsor': 'EXECUTIVE_SPONSOR',
        'Customer Service': 'SERVICE_LEAD', 'Service Manager': 'SERVICE_LEAD', 'Project Manager': 'PROJECT_LEAD',
        'Technical Sales': 'SPECIALIST', 'Pre-Sales Consultant': 'SPECIALIST', 'Sales Rep': 'SPECIALIST',
    }),
    /** strength of a relationship seen in ownership or activities */
    knowsStrength: z.number().min(0).max(1).default(0.5),
    /** Task.TaskSubtype → interaction kind; a subtype not listed (a plain to-do) is not an interaction */
    taskKinds: z.record(z.string(), z.enum(['MEETING', 'VISIT', 'CALL', 'EMAIL', 'EVENT'])).default({ Call: 'CALL', Email: 'EMAIL', ListEmail: 'EMAIL' }),
    /** the kind an Event becomes */
    eventKind: z.enum(['MEETING', 'VISIT', 'CALL', 'EMAIL', 'EVENT']).default('MEETING'),
});
/** Rows of a Salesforce CSV with their lines, deleted records skipped. */
function read(files, name) {
    const key = Object.keys(files).find((k) => k.toLowerCase() === `${name.toLowerCase()}.csv`);
    if (!key)
        return { name: `${name}.csv`, rows: [] };
    const recs = parse(Buffer.from(files[key]), { bom: true, columns: true, info: true, skip_empty_lines: true, relax_column_count: true });
    return { name: key, rows: recs.filter((r) => !truthy(r.record.IsDeleted)).map((r) => ({ line: r.info.lines, rec: r.record })) };
}
const truthy = (v) => v !== undefined && ['true', '1'].includes(v.trim().toLowerCase());
const date = (v) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : '');
const bySubstring = (map, value) => {
    if (!value)
        return '';
    const v = value.toLowerCase();
    // exact first, then the longest matching key (so "information technology" beats "it")
    if (map[v])
        return map[v];
    const hit = Object.keys(map).filter((k) => new RegExp(`(^|[^a-z])${k.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}([^a-z]|$)`).test(v)).sort((a, b) => b.length - a.length)[0];
    return hit ? map[hit] : '';
};
/** Translates a Salesforce export into the kamgraph bundle (files in memory, lines traced back). */
export function salesforceSource(files, mappingJson) {
    const m = SalesforceMapping.parse(mappingJson ?? {});
    const account = read(files, 'Account');
    const contact = read(files, 'Contact');
    const user = read(files, 'User');
    const team = read(files, 'AccountTeamMember');
    const roles = [read(files, 'AccountContactRole'), read(files, 'OpportunityContactRole')];
    const activities = [read(files, 'Task'), read(files, 'Event')];
    // only the columns Salesforce knows: the others (attitude, leftAt, …) keep what kamgraph holds on a re-import
    const COLUMNS = {
        'companies.csv': ['id', 'name', 'kind', 'unitLevel', 'country', 'segment', 'isKeyAccount', 'tier', 'parentId'],
        'people.csv': ['id', 'name', 'email', 'title', 'function', 'decisionLevel', 'buyingRole', 'active', 'companyId'],
        'reporting.csv': ['personId', 'managerId'],
        'relationships.csv': ['ourPersonId', 'contactId', 'strength', 'lastContactAt'],
        'team.csv': ['personId', 'accountId', 'role'],
        'interactions.csv': ['id', 'kind', 'at', 'subject', 'accountId', 'participantIds'],
    };
    const out = {};
    for (const f of BUNDLE)
        out[f.file] = { rows: [], from: [] };
    const add = (file, row, from) => { out[file].rows.push(row); out[file].from.push(from); };
    // accounts: kind from Type, level from the depth under ParentId
    const parentOf = new Map(account.rows.map((r) => [r.rec.Id, r.rec.ParentId || null]));
    const depth = (id) => {
        let d = 0;
        const seen = new Set([id]);
        for (let p = parentOf.get(id); p && !seen.has(p) && d < 1000; p = parentOf.get(p)) {
            seen.add(p);
            d++;
        }
        return d;
    };
    const LEVELS = ['GROUP', 'REGIONAL', 'LOCAL'];
    const levelOf = (id) => LEVELS[Math.min(depth(id), 2)];
    add('companies.csv', [m.supplier.id, m.supplier.name, 'SUPPLIER', 'GROUP', '', '', '', '', ''], { file: 'mapping', line: 0 });
    for (const { line, rec } of account.rows) {
        const kind = bySubstring(m.accountKinds, rec.Type) || 'CUSTOMER';
        const key = m.keyAccountField && rec[m.keyAccountField] !== undefined ? (truthy(rec[m.keyAccountField]) ? 'true' : 'false') : '';
        add('companies.csv', [rec.Id, rec.Name, kind, levelOf(rec.Id), rec.BillingCountry ?? '', rec.Industry ?? '', key, (m.tierField && rec[m.tierField]) || '', rec.ParentId ?? ''], { file: account.name, line });
    }
    // buying roles: the first mapped role a contact has
    const buyingRole = new Map();
    for (const f of roles)
        for (const { rec } of f.rows) {
            const r = m.contactRoles[rec.Role];
            if (r && rec.ContactId && !buyingRole.has(rec.ContactId))
                buyingRole.set(rec.ContactId, r);
        }
    // our people: active and inactive users of the org (UserType Standard or absent)
    const users = user.rows.filter(({ rec }) => !rec.UserType || rec.UserType === 'Standard');
    const userIds = new Set(users.map((u) => u.rec.Id));
    const name = (rec) => rec.Name || [rec.FirstName, rec.LastName].filter(Boolean).join(' ');
    for (const { line, rec } of users) {
        const active = rec.IsActive === undefined || truthy(rec.IsActive);
        add('people.csv', [rec.Id, name(rec), rec.Email ?? '', rec.Title ?? '', bySubstring(m.departments, rec.Department), '', '', active ? 'true' : 'false', m.supplier.id], { file: user.name, line });
    }
    const DECISION = { GROUP: 'CENTRAL', REGIONAL: 'REGIONAL', LOCAL: 'LOCAL' };
    for (const { line, rec } of contact.rows) {
        const level = rec.AccountId && parentOf.has(rec.AccountId) ? DECISION[levelOf(rec.AccountId)] : '';
        add('people.csv', [rec.Id, name(rec), rec.Email ?? '', rec.Title ?? '', bySubstring(m.departments, rec.Department), level, buyingRole.get(rec.Id) ?? '', 'true', rec.AccountId ?? ''], { file: contact.name, line });
    }
    for (const { line, rec } of users)
        if (rec.ManagerId)
            add('reporting.csv', [rec.Id, rec.ManagerId], { file: user.name, line });
    for (const { line, rec } of contact.rows)
        if (rec.ReportsToId)
            add('reporting.csv', [rec.Id, rec.ReportsToId], { file: contact.name, line });
    // relationships: owner of the contact, and users who logged activities with it
    const knows = new Map();
    const see = (userId, contactId, at, from) => {
        if (!userId || !contactId || !userIds.has(userId))
            return;
        const k = `${userId}\u0000${contactId}`;
        const prev = knows.get(k);
        if (!prev)
            knows.set(k, { last: at, from });
        else if (at > prev.last)
            prev.last = at;
    };
    const contactIds = new Set(contact.rows.map((r) => r.rec.Id));
    for (const { line, rec } of contact.rows)
        see(rec.OwnerId, rec.Id, date(rec.LastActivityDate), { file: contact.name, line });
    for (const f of activities)
        for (const { line, rec } of f.rows)
            if (contactIds.has(rec.WhoId))
                see(rec.OwnerId, rec.WhoId, date(rec.ActivityDate), { file: f.name, line });
    for (const [k, v] of knows) {
        const [u, c] = k.split('\u0000');
        add('relationships.csv', [u, c, String(m.knowsStrength), v.last], v.from);
    }
    // interactions: completed Tasks of a mapped subtype and Events, with a contact (WhoId) and its owner (a user),
    // about the contact's account; EventRelation adds the other invitees; nothing dated in the future
    const relations = new Map();
    for (const { rec } of read(files, 'EventRelation').rows) {
        if (!rec.EventId || !rec.RelationId)
            continue;
        const list = relations.get(rec.EventId) ?? [];
        list.push(rec.RelationId);
        relations.set(rec.EventId, list);
    }
    const accountOfContact = new Map(contact.rows.map((r) => [r.rec.Id, r.rec.AccountId || '']));
    const today = new Date().toISOString().slice(0, 10);
    const [tasks, events] = activities;
    const interaction = (file, line, rec, kind) => {
        const at = date(rec.ActivityDate);
        const account = accountOfContact.get(rec.WhoId);
        if (!at || at > today || !account || !userIds.has(rec.OwnerId))
            return;
        const people = [...new Set([rec.OwnerId, rec.WhoId, ...(relations.get(rec.Id) ?? [])])].filter((p) => userIds.has(p) || contactIds.has(p));
        add('interactions.csv', [rec.Id, kind, at, rec.Subject ?? '', account, people.join(';')], { file: file.name, line });
    };
    for (const { line, rec } of tasks.rows) {
        const kind = m.taskKinds[rec.TaskSubtype];
        if (kind && (!rec.Status || rec.Status === 'Completed'))
            interaction(tasks, line, rec, kind);
    }
    for (const { line, rec } of events.rows)
        interaction(events, line, rec, m.eventKind);
    for (const { line, rec } of team.rows)
        add('team.csv', [rec.UserId, rec.AccountId, m.teamRoles[rec.TeamMemberRole] ?? ''], { file: team.name, line });
    const text = {};
    for (const f of BUNDLE)
        if (out[f.file].rows.length)
            text[f.file] = stringify(out[f.file].rows, { header: true, columns: COLUMNS[f.file] });
    const src = memorySource(text);
    return {
        ...src,
        // header is line 1 of the generated file; row k is line k + 2
        locate: (file, line) => out[file]?.from[line - 2] ?? { file, line },
    };
}
//# sourceMappingURL=salesforce.js.map