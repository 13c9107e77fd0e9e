import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  Lexer,
  Source,
  TokenKind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Config } from '../config.js';
import { depthLimit } from './depth-limit.js';
import { DEFAULT_PAGE, MAX_PAGE } from './pagination.js';

/**
 * The request limits checked before execution (DESIGN §7 "Limits",
 * docs/limits.md): validation rules and Apollo plugins, wired into the server
 * in one place.
 *
 * - **cost**: computed from the document and its variables once the
 *   operation is resolved, before any resolver runs (`operationCost`);
 * - **aliases** and **directives** per operation (graphql-armor's rules);
 * - **tokens** per document, counted before graphql-js parses it;
 * - **depth** (`depthLimit`);
 * - in production, field suggestions ("Did you mean …") are removed from
 *   error messages (introspection is switched off by the server itself).
 *
 * Every refusal is a GraphQL error with `extensions.code = QUERY_TOO_COMPLEX`,
 * `extensions.limit` and the measured value (`cost`, `aliases`, `directives`,
 * `depth`; `tokens` is "more than limit"), sent with HTTP 400.
 */

// ---------------------------------------------------------------- defaults

/** The defaults of `config.limits` (KAMGRAPH_MAX_COST, …), used when the server is started without them. */
export const DEFAULT_LIMITS: Config['limits'] = {
  maxCost: 10_000,
  maxAliases: 30,
  maxTokens: 2000,
  maxBodyBytes: 100_000,
};

/** Directives per operation (`@include`/`@skip` are the only executable ones); not configurable. */
export const MAX_DIRECTIVES = 50;

/** Assumed length of a list field that has no `first` argument and no stated fan-out. */
export const DEFAULT_FANOUT = 10;

/** Cost of `__schema` / `__type` (introspection; off in production), whatever is selected below them. */
export const INTROSPECTION_COST = 100;

/** Fixed cost of every mutation field (one write transaction), before what it returns. */
export const MUTATION_COST = 100;

/** Accounts assumed in a portfolio-wide answer (`singleContactRisks` without `accountId`). */
export const PORTFOLIO_ACCOUNTS = 200;

// ---------------------------------------------------------------- the cost table

type Args = Record<string, unknown>;
type Num = number | ((args: Args) => number);

/** What one field costs beyond the default rule (see `operationCost`). */
export interface FieldCost {
  /** fixed cost of computing the field, paid once per parent object (default 0) */
  cost?: Num;
  /** assumed length of the list it returns (lists without `first`; default DEFAULT_FANOUT) */
  fanout?: Num;
  /** fan-outs of list fields of the returned type that depend on this field's arguments */
  children?: (args: Args) => Record<string, number>;
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
/** `maxHops` as the analytics read it: 1..6, default 4 (outside the range the service refuses it). */
const hops = (a: Args) => Math.min(6, Math.max(1, num(a.maxHops, 4)));
/** Fixed cost of `influencePaths` by `maxHops`. */
export const PATH_COST: Record<number, number> = { 1: 100, 2: 200, 3: 300, 4: 400, 5: 5000, 6: 8000 };
/** `k` paths: 1..20, default 3. */
const paths = (a: Args) => Math.min(20, Math.max(1, num(a.k, 3)));

/**
 * Per-field costs, keyed `Type.field` (docs/limits.md has the same table).
 * Fields not listed follow the default rule: a scalar costs 0, an object 1
 * plus its selection, a list `fanout × (1 + selection)`, a connection
 * `1 + first × (1 + edge selection)`, a mutation MUTATION_COST plus what it
 * returns. Fixed costs of analytics are roughly their cold main-thread or
 * worker time at scale M in units of ~10 µs (one resolved object).
 */
/** How many dates a trend asks for (period ends within [from, to]), at least 1; a bad range costs 1 and is refused later. */
function trendPoints(a: Record<string, unknown>): number {
  const from = Date.parse(String(a.from));
  const to = Date.parse(String(a.to));
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return 1;
  const months = (to - from) / (30.44 * 86_400_000);
  return Math.max(1, Math.ceil(a.every === 'QUARTER' ? months / 3 : months));
}

export const FIELD_COSTS: Record<string, FieldCost> = {
  // lists: a scan of every person / company for the page and totalCount; a name search lower-cases every
  // name, twice (52,000 at M: ~7 ms, measured by bench/stall.ts)
  'Query.people': { cost: (a) => (a.search == null ? 50 : 1000) },
  'Query.companies': { cost: 50 },
  'Query.auditLog': { cost: 50 },

  // per-account analytics: moderate; coverage runs on the main thread (bench/stall.ts: ~10 ms per account
  // at M, cold, with its answer), the others on the worker pool
  'Query.decisionMakerCoverage': { cost: 600 },
  'Company.coverage': { cost: 600 },
  'Query.crossFunctionalCoverage': { cost: 200 },
  'Query.influenceRanking': { cost: 200 },
  'Query.hiddenInfluencers': { cost: 200, fanout: 50 },
  'Company.risks': { cost: 200, children: () => ({ accounts: 1 }) },
  // one pass over the account's interactions (memoised per account, asOf and targets)
  'Company.meetingStructure': { cost: 200 },
  // singleContactRisks: one account is moderate; without accountId it is the whole portfolio, the highest
  'Query.singleContactRisks': {
    cost: (a) => (a.accountId == null ? 5000 : 200),
    children: (a) => ({ accounts: a.accountId == null ? PORTFOLIO_ACCOUNTS : 1 }),
  },
  // the portfolio's coverage list (bus factor, influence-weighted coverage per account): the whole portfolio,
  // split over the worker pool like the portfolio's risks
  'Query.accountCoverage': { cost: 5000 },
  // trends (docs/definitions.md "Trend"): one account's coverage per date (up to 120 dates); the portfolio's per date
  // runs on the workers, every account each time
  'Query.coverageTrend': { cost: (a) => 40 * trendPoints(a) },
  'Query.portfolioTrend': { cost: (a) => 400 * trendPoints(a) },
  // signals: a scan of the signals (a handful per account)
  'Query.escalations': { cost: 50 },
  'Company.signals': { cost: 50 },
  // graph searches: high, growing with the hops allowed; the k-strongest-paths search grows ~30× from
  // 4 to 5 hops (scale S, one thread: median 6 ms → 190 ms, worst 450 ms), so 5 and 6 hops fill most of a request
  'Query.influencePaths': { cost: (a) => PATH_COST[hops(a)], fanout: paths, children: (a) => ({ nodes: hops(a) + 1, edges: hops(a) }) },
  'Query.bestIntroductions': { cost: (a) => 100 * hops(a), fanout: paths },
  'InfluencePath.nodes': { fanout: 7 },
  'InfluencePath.edges': { fanout: 6 },
  // what-if over every account the person holds: high
  'Query.departureImpact': { cost: 1000 },
  'OrphanedDecisionMaker.successors': { fanout: 20 },
  'AccountDepartureImpact.orphanedContacts': { fanout: 25 },

  // per-person analytics
  'Person.coverage': { cost: 20 },
  'Person.portfolio': { cost: 200 },
  'PortfolioAccount.contacts': { fanout: 100 },

  // interactions: a connection (first × its selection) plus the sort of the person's or account's whole list
  // (an account's few thousand at ~8 per relationship); participants are a handful per interaction
  'Person.interactions': { cost: 20 },
  'Company.interactions': { cost: 50 },
  'Interaction.participants': { fanout: 5 },

  // the commercial portfolio (docs/commercial.md "Speed"): main-thread analytics over the sales of every account in
  // the selection (at M ~1M sales: 40–80 ms cold, a few ms once one account changed, memoised per read-model version)
  'Query.portfolio': { cost: 2000 },
  'Query.topAccounts': { cost: 2000 },
  // the report's coverage columns: one decision-maker coverage per row (memoised per account by the coverage service)
  'TopAccount.decisionMakerCoverage': { cost: 30 },
  'TopAccount.decisionMakers': { cost: 30 },
  'TopAccount.singleThreaded': { cost: 30 },
  // one product: its own sales (~2,000 at M, ~6 ms cold); a family or the catalogue: every product's
  'Query.priceConsistency': { cost: (a) => (a.productId == null ? 2000 : 300) },
  // every account's figures and decision-maker coverage (the coverage is memoised per account; cold it dominates)
  'Query.accountMatrix': { cost: 3000 },
  'AccountMatrixConnection.candidates': { fanout: 20 },
  'AccountMatrixConnection.reviews': { fanout: 20 },
  'Query.kamLoad': { cost: 1000 },
  'KamLoadConnection.flagged': { fanout: 20 },
  'KamLoadConnection.withoutKam': { fanout: 20 },
  // one account: its facts, its peers' families and the portfolio's total
  'Company.commercial': { cost: 600 },
  'CompanyCommercial.trend': { fanout: 12 },
  'CompanyCommercial.whiteSpace': { fanout: 12 },
  // its units' figures and its decision-maker coverage
  'Company.unitCommercials': { cost: 600 },
  // a connection plus the sort of the company's sales (a group's ~5,000 at M with includeUnits)
  'Company.sales': { cost: 50 },
  'Query.products': { cost: 50 },
  // a bulk write: the rows validated and written (one UNWIND statement per run of creations or updates)
  'Mutation.recordSales': { cost: (a) => (Array.isArray(a.input) ? Math.ceil(a.input.length / 5) : 0) },
  'RecordSalesResult.sales': { fanout: 100 },

  // account management (docs/plans.md "Speed"): plan health of every key account (memoised per account and read-model
  // version; cold at M it walks ~150 plans' key people in force), one plan's health and computed sections (memoised per
  // account), overdue activities and the referee ladders (a pass over the activities / the key accounts)
  'Query.planHealth': { cost: 1000 },
  'AccountPlan.health': { cost: 30 },
  'AccountPlan.salesHistory': { cost: 20, fanout: 4 },
  'AccountPlan.targets': { cost: 20 },
  'AccountPlan.satisfaction': { cost: 20 },
  'AccountPlan.history': { fanout: 10 },
  'AccountPlan.activities': { fanout: 20 },
  'Company.accountPlan': { cost: 5 },
  'Company.accountPlans': { cost: 5, fanout: 5 },
  'Query.overdueActivities': { cost: 200, fanout: 20 },
  'OverdueActivities.activities': { fanout: 20 },
  'Query.negotiationLadders': { cost: 200, fanout: 50 },
  'Company.negotiationLadder': { cost: 5 },
  'Company.competitors': { cost: 5 },
  'Company.partners': { cost: 5 },
  'Company.competesAt': { cost: 10, fanout: 20 },
  'Company.partnersAt': { cost: 10, fanout: 20 },
  'Company.competitionByArea': { cost: 20 },

  // lists whose real length is known to exceed the default (at M a top manager has 30 direct reports)
  'Person.directReports': { fanout: 20 },
  'DecisionMakerCoverage.decisionMakers': { fanout: 25 },
  'DecisionMakerCoverage.byFunction': { fanout: 12 },
  'DecisionMakerCoverage.byLevel': { fanout: 3 },
  'CrossFunctionalCoverage.cells': { fanout: 50 },
};

// ---------------------------------------------------------------- cost

/** Thrown by `operationCost` when the document expands past this many selections (cannot be costed sensibly). */
const MAX_EVALUATED = 100_000;

class TooManyNodes extends Error {}

/**
 * The cost of the operation that will execute: a number computed from the
 * document and the variables, before any resolver runs.
 *
 * - a scalar or enum field costs 0 (plus its fixed cost, if any);
 * - an object field costs 1 + its selection;
 * - a list of objects costs `n × (1 + selection)`, n its stated fan-out
 *   (FIELD_COSTS, else DEFAULT_FANOUT);
 * - a connection (a field with `first` whose type has `edges`) costs
 *   `1 + first × (1 + edge selection) + the rest of its selection`; `first`
 *   defaults to 20 and counts at most 100 (larger values are refused by the
 *   resolver with BAD_USER_INPUT before anything is fetched);
 * - a field in FIELD_COSTS adds its fixed `cost` once per parent object;
 *   mutation fields add MUTATION_COST; `__schema`/`__type` cost INTROSPECTION_COST;
 * - skipped (`@skip(if: true)`, `@include(if: false)`) selections cost 0.
 *
 * Nested lists multiply. Fragments are costed once per document (a
 * "fragment bomb" costs linear time to evaluate, and its cost is the full
 * expansion). Returns null when the variables do not coerce (execution
 * refuses them with BAD_USER_INPUT), Infinity when the document expands past
 * MAX_EVALUATED selections.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): number | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  let evaluated = 0;

  const skipped = (node: { directives?: readonly unknown[] }) => {
    if (!node.directives?.length) return false;
    const n = node as Parameters<typeof getDirectiveValues>[1];
    return getDirectiveValues(GraphQLSkipDirective, n, variables)?.if === true || getDirectiveValues(GraphQLIncludeDirective, n, variables)?.if === false;
  };

  const argsOf = (field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1]): Args => {
    try {
      return getArgumentValues(field, node, variables);
    } catch {
      return {}; // invalid arguments are refused by validation or execution
    }
  };

  /** cost of a selection set on `type`; `fanouts` overrides list lengths of its direct fields */
  const selectionCost = (set: SelectionSetNode | undefined, type: GraphQLNamedType, fanouts: Record<string, number>): number => {
    if (!set) return 0;
    let total = 0;
    for (const s of set.selections) {
      if (++evaluated > MAX_EVALUATED) throw new TooManyNodes();
      if (skipped(s)) continue;
      if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? schema.getType(s.typeCondition.name.value) ?? type : type;
        total += selectionCost(s.selectionSet, on, on === type ? fanouts : {});
      } else if (s.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(s.name.value);
        if (!f) continue;
        const on = schema.getType(f.typeCondition.name.value) ?? type;
        const own = on === type ? fanouts : {};
        const key = `${s.name.value}|${JSON.stringify(own)}`;
        let c = memo.get(key);
        if (c === undefined) {
          memo.set(key, 0); // a cycle (refused by validation) counts 0
          c = selectionCost(f.selectionSet, on, own);
          memo.set(key, c);
        }
        total += c;
      } else {
        const name = s.name.value;
        if (name === '__typename') continue;
        if (name === '__schema' || name === '__type') {
          total += INTROSPECTION_COST;
          continue;
        }
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const field = type.getFields()[name];
        if (!field) continue; // refused by validation
        const spec = FIELD_COSTS[`${type.name}.${name}`] ?? {};
        const args = argsOf(field, s);
        const fixed = (spec.cost === undefined ? 0 : typeof spec.cost === 'number' ? spec.cost : spec.cost(args)) +
          (type === schema.getMutationType() ? MUTATION_COST : 0);
        const named = getNamedType(field.type);
        if (!s.selectionSet) {
          total += fixed; // a scalar or an enum (or a list of them)
          continue;
        }
        const childFanouts: Record<string, number> = { ...spec.children?.(args) };
        if (field.args.some((a) => a.name === 'first') && isObjectType(named) && named.getFields().edges) {
          childFanouts.edges = Math.min(MAX_PAGE, Math.max(0, num(args.first, DEFAULT_PAGE)));
        }
        const inner = 1 + selectionCost(s.selectionSet, named, childFanouts);
        const list = isListType(getNullableType(field.type));
        const n = !list ? 1 : fanouts[name] ?? (spec.fanout === undefined ? DEFAULT_FANOUT : typeof spec.fanout === 'number' ? spec.fanout : spec.fanout(args));
        total += fixed + n * inner;
      }
    }
    return total;
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  try {
    return selectionCost(operation.selectionSet, root, {});
  } catch (e) {
    if (e instanceof TooManyNodes) return Infinity;
    throw e;
  }
}

// ---------------------------------------------------------------- refusals

/** A refusal: QUERY_TOO_COMPLEX with the limit and what was measured, HTTP 400. */
export function tooComplex(message: string, measured: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...measured, http: { status: 400 } } });
}

/** graphql-armor's rules report through this instead of their own (BAD_USER_INPUT) error. */
function armorRefusal(what: 'aliases' | 'directives', limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);
    context?.reportError(
      new GraphQLError(`too many ${what}: ${Number.isFinite(found) ? `${found}, ` : ''}the limit is ${limit}`, {
        extensions: { code: 'QUERY_TOO_COMPLEX', ...(Number.isFinite(found) ? { [what]: found } : {}), limit },
      }),
    );
  };
}

/** Marks the token refusal thrown before parsing, so only it is re-thrown as a client error. */
const TOKEN_REFUSALS = new WeakSet<Error>();

/** Counts lexical tokens (as graphql-js's parser does), stopping at `max + 1`. Syntax errors are left to the parser. */
export function tokenCount(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (n <= max && lexer.advance().kind !== TokenKind.EOF) n++;
  } catch {
    // a syntax error: graphql-js reports it when it parses
  }
  return n;
}

/**
 * Caps the tokens of a document before graphql-js parses and validates it
 * (parse and validation time grow with the document; some validation rules
 * are quadratic). Apollo has no hook that can refuse before parsing, so the
 * refusal is thrown from `parsingDidStart` and re-thrown, marked, from
 * `unexpectedErrorProcessingRequest`: Apollo then answers it like any
 * request error (formatError, HTTP 400), without the usual per-request
 * plugin hooks (`willSendResponse`).
 */
function tokenLimit(max: number): ApolloServerPlugin<any> {
  return {
    async unexpectedErrorProcessingRequest({ error }) {
      if (TOKEN_REFUSALS.has(error)) throw error;
    },
    async requestDidStart() {
      return {
        async parsingDidStart(rc: GraphQLRequestContext<any>) {
          const source = rc.source ?? rc.request.query;
          if (typeof source !== 'string' || source.length <= max) return; // every token is at least one character
          if (tokenCount(source, max) > max) {
            const err = tooComplex(`the document has more than ${max} tokens`, { limit: max });
            TOKEN_REFUSALS.add(err);
            throw err;
          }
        },
      };
    },
  };
}

/** Refuses, before execution, an operation whose `operationCost` exceeds `max`. */
function costLimit(max: number): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          const cost = operationCost(rc.schema, rc.document, rc.operation, rc.request.variables);
          if (cost === null || cost <= max) return;
          const shown = Number.isFinite(cost) ? Math.ceil(cost) : Number.MAX_SAFE_INTEGER;
          throw tooComplex(
            Number.isFinite(cost) ? `query cost ${shown} exceeds the limit of ${max}` : `query expands past ${MAX_EVALUATED} selections; its cost exceeds the limit of ${max}`,
            { cost: shown, limit: max },
          );
        },
      };
    },
  };
}

/** Strips graphql-js's "Did you mean …?" from every error message (validation and variable coercion alike). */
function noSuggestions(): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            const stripped = e.message.replace(/\s*Did you mean [\s\S]*$/, '');
            if (stripped !== e.message) (e as { message: string }).message = stripped;
          }
        },
      };
    },
  };
}

/**
 * graphql-js 16 leaves an operation whose root type the schema lacks (any
 * `subscription` here) to execution, which fails with an uncoded error that
 * formatError masks as INTERNAL_SERVER_ERROR; refuse it in validation
 * instead (GRAPHQL_VALIDATION_FAILED, HTTP 400), as graphql-js 17's
 * KnownOperationTypesRule does.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) context.reportError(new GraphQLError(`this API has no ${node.operation} operations`, { nodes: [node] }));
  },
});

// ---------------------------------------------------------------- wiring

/**
 * The request limits checked before execution (DESIGN §7 "Limits"):
 * validation rules and Apollo plugins, wired into the server in one place.
 * `config.limits` defaults to DEFAULT_LIMITS.
 */
export function limitRules(config: Pick<Config, 'maxQueryDepth'> & Partial<Pick<Config, 'limits' | 'production'>>): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<any>[];
} {
  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  // graphql-armor for aliases and directives only; its reports become QUERY_TOO_COMPLEX (armorRefusal)
  const armor = new ApolloArmor({
    maxAliases: { n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: [armorRefusal('aliases', limits.maxAliases)] },
    maxDirectives: { n: MAX_DIRECTIVES, propagateOnRejection: false, onReject: [armorRefusal('directives', MAX_DIRECTIVES)] },
    costLimit: { enabled: false },
    maxDepth: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: [knownOperationTypes, depthLimit(config.maxQueryDepth), ...armor.validationRules],
    plugins: [
      tokenLimit(limits.maxTokens),
      costLimit(limits.maxCost),
      ...(config.production ? [noSuggestions()] : []),
    ],
  };
}
