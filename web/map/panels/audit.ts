// Recent changes touching the account (Query.auditLog, administrators only): who wrote what, when.
import { ApiError } from '../api.js';
import { replace, table } from '../dom.js';
import { muted, type Panel } from './panel.js';

const QUERY = `query MapAudit($id: ID!) { auditLog(entityId: $id, first: 10) { edges { node { at actor role operation } } } }`;
interface Answer { auditLog: { edges: { node: { at: string; actor: string; role: string; operation: string } }[] } }

export const auditPanel: Panel = {
  id: 'audit',
  title: 'Recent changes',
  async render(body, ctx) {
    try {
      const { auditLog } = await ctx.gql<Answer>(QUERY, { id: ctx.accountId });
      replace(body, auditLog.edges.length
        ? table(['when', 'who', 'operation'], auditLog.edges.map(({ node: n }) => [n.at.replace('T', ' ').slice(0, 16), `${n.actor} (${n.role})`, n.operation]))
        : muted('No write has touched the account itself since the audit log started.'));
    } catch (e) {
      if (e instanceof ApiError && e.codes.includes('FORBIDDEN')) return replace(body, muted('The audit log is for administrators.'));
      throw e;
    }
  },
};
