import { ATTITUDES, BUYING_ROLES, COMPANY_KINDS, DECISION_LEVELS, DIRECTIONS, FUNCTIONS, INTERACTION_KINDS, MEETING_LEVELS, TEAM_ROLES, UNIT_LEVELS, } from '../domain/enums.js';
const id = (name, doc, required = true) => ({ name, kind: { type: 'id' }, required, doc });
const ref = (name, to, doc, required = true) => ({ name, kind: { type: 'ref', to }, required, doc });
const money = (name, doc, required = false) => ({ name, kind: { type: 'money' }, required, doc });
const text = (name, doc, required = false) => ({ name, kind: { type: 'text' }, required, doc });
const oneOf = (name, values, doc, required = false) => ({ name, kind: { type: 'enum', values }, required, doc });
const date = (name, doc) => ({ name, kind: { type: 'date' }, doc });
/** Every file of the bundle, in the order they are read and written (nodes before links). */
export const BUNDLE = [
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
];
export const BUNDLE_FILES = new Map(BUNDLE.map((f) => [f.file, f]));
//# sourceMappingURL=bundle.js.map