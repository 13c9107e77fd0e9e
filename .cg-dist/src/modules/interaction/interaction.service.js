import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { isoDate, oneOf, optionalText, requireId } from '../../common/validate.js';
import { DIRECTED_KINDS, DIRECTIONS, INTERACTION_KINDS, LEVELLED_KINDS, MEETING_LEVELS, } from '../../domain/enums.js';
import { rootIndex, worksForSupplier } from '../../domain/terms.js';
import { badInput, notFound } from '../../errors.js';
import { fromDay, NO_DAY, toDay } from '../../readmodel/days.js';
/** Most participants one interaction may name (a town hall is an EVENT with many; a list of thousands is a mistake). */
export const MAX_PARTICIPANTS = 200;
const today = () => new Date().toISOString().slice(0, 10);
/**
 * Interactions (DESIGN §2, docs/decisions.md "Interactions"): recording,
 * correcting and removing them, validated against the read model under the
 * writer's lock, and listing them newest first for a person or an account.
 */
export class InteractionService {
    constructor(host, writer) {
        this.host = host;
        this.writer = writer;
    }
    /**
     * Validates an interaction against the graph: every rule names its field
     * (`input.<field>`); the order is fixed so one input gives one answer.
     */
    static validate(g, input, now = today()) {
        const id = requireId('input.id', input.id);
        const kind = oneOf('input.kind', input.kind, INTERACTION_KINDS) ?? (() => { throw badInput('input.kind', 'input.kind is required'); })();
        const at = isoDate('input.at', input.at) ?? (() => { throw badInput('input.at', 'input.at is required'); })();
        if (at > now)
            throw badInput('input.at', `input.at must not be in the future (today is ${now}), got ${at}`);
        const direction = oneOf('input.direction', input.direction, DIRECTIONS);
        if (direction !== null && !DIRECTED_KINDS.includes(kind))
            throw badInput('input.direction', `only an EMAIL has a direction, not a ${kind}`);
        const level = oneOf('input.level', input.level, MEETING_LEVELS);
        if (level !== null && !LEVELLED_KINDS.includes(kind))
            throw badInput('input.level', `only a MEETING or VISIT has a level, not a ${kind}`);
        const subject = optionalText('input.subject', input.subject);
        const ids = input.participantIds ?? [];
        if (!Array.isArray(ids) || ids.length < 2)
            throw badInput('input.participantIds', 'an interaction has at least two participants: one of ours and one contact');
        if (ids.length > MAX_PARTICIPANTS)
            throw badInput('input.participantIds', `at most ${MAX_PARTICIPANTS} participants, got ${ids.length}`);
        const seen = new Set();
        let ours = 0;
        for (const pid of ids) {
            requireId('input.participantIds', pid);
            if (seen.has(pid))
                throw badInput('input.participantIds', `"${pid}" is named twice`);
            seen.add(pid);
            if (g.personIndex(pid) < 0)
                throw notFound('input.participantIds', 'person', pid);
            if (worksForSupplier(g, pid))
                ours++;
        }
        if (ours === 0)
            throw badInput('input.participantIds', 'at least one participant must be one of our people');
        if (ours === ids.length)
            throw badInput('input.participantIds', 'at least one participant must be a contact (not one of our people)');
        const accountId = requireId('input.accountId', input.accountId);
        const c = g.companyIndex(accountId);
        if (c < 0)
            throw notFound('input.accountId', 'company', accountId);
        if (g.companyKind(rootIndex(g, c)) === 'SUPPLIER')
            throw badInput('input.accountId', `"${accountId}" is a supplier unit; an interaction is about an account`);
        return { id, kind, at, direction, level, subject, accountId, participantIds: [...ids].sort() };
    }
    /** Records an interaction, or corrects the one with this id (every field and link replaced). */
    async record(input) {
        return this.writer.commit((g) => {
            const next = InteractionService.validate(g, input);
            const created = g.interactionIndex(next.id) < 0;
            const { accountId: _a, participantIds: _p, ...record } = next;
            return { changes: [{ kind: 'interaction.upserted', interaction: next, created }], result: record };
        });
    }
    /** Removes an interaction and its links; returns its id. */
    async remove(id) {
        requireId('id', id);
        return this.writer.commit((g) => {
            if (g.interactionIndex(id) < 0)
                throw notFound('id', 'interaction', id);
            return { changes: [{ kind: 'interaction.removed', id }], result: id };
        });
    }
    async find(id) {
        const g = await this.host.ready();
        const i = g.interactionIndex(id);
        return i < 0 ? null : g.interaction(i);
    }
    /** A person's interactions, newest first (null: no such person visible). */
    async ofPerson(personId, filter, page) {
        const g = await this.host.ready();
        const p = g.personIndex(personId);
        if (p < 0)
            return null;
        return pageInteractions(g, (fn) => g.forEachInteractionOf(p, fn), filter, page);
    }
    /** The interactions about a company (not its units), newest first (null: no such company visible). */
    async ofCompany(companyId, filter, page) {
        const g = await this.host.ready();
        const c = g.companyIndex(companyId);
        if (c < 0)
            return null;
        return pageInteractions(g, (fn) => g.forEachInteractionAbout(c, fn), filter, page);
    }
}
/** The cursor's sort key: the day, then the id (newest first, ties by id). */
const cursorKey = (day, id) => `${String(day).padStart(8, '0')}|${id}`;
/**
 * Filters and pages a list of interactions newest first (date descending,
 * then id ascending). The cursor holds the last item's date and id, so a page
 * continues after it even if items were added or removed meanwhile.
 */
export function pageInteractions(g, visit, filter, page) {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after);
    const kind = oneOf('kind', filter.kind, INTERACTION_KINDS);
    const from = toDay(isoDate('from', filter.from));
    const to = toDay(isoDate('to', filter.to));
    if (from !== NO_DAY && to !== NO_DAY && from > to)
        throw badInput('to', `to (${fromDay(to)}) is before from (${fromDay(from)})`);
    let afterDay = Number.POSITIVE_INFINITY;
    let afterId = '';
    if (after !== null) {
        const m = /^(-?\d+)\|(.*)$/s.exec(after);
        if (!m)
            throw badInput('after', 'after is not a valid cursor');
        afterDay = Number(m[1]);
        afterId = m[2];
    }
    const hits = [];
    visit((i) => {
        if (kind !== null && g.interactionKind(i) !== kind)
            return;
        const d = g.interactionAt(i);
        if ((from !== NO_DAY && d < from) || (to !== NO_DAY && d > to))
            return;
        hits.push(i);
    });
    const ids = (i) => g.interactionId(i);
    hits.sort((x, y) => g.interactionAt(y) - g.interactionAt(x) || (ids(x) < ids(y) ? -1 : ids(x) > ids(y) ? 1 : 0));
    let start = 0;
    if (after !== null) {
        start = hits.findIndex((i) => {
            const d = g.interactionAt(i);
            return d < afterDay || (d === afterDay && ids(i) > afterId);
        });
        if (start < 0)
            start = hits.length;
    }
    const rows = hits.slice(start, start + first + 1).map((i) => g.interaction(i));
    return toPage(rows, first, (x) => cursorKey(toDay(x.at), x.id), hits.length);
}
//# sourceMappingURL=interaction.service.js.map