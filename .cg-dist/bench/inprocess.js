/**
 * Everything the benchmark does *inside* the server process rather than over
 * HTTP: waiting for the read model, and the "floor" of each operation (the
 * service call alone, no HTTP, no GraphQL). The services are being reshaped,
 * so every reach into them is by name, loosely typed, and a missing or
 * renamed method yields `null` (printed "n/a") instead of breaking the build
 * or the run. Keep this the only file that knows service method names.
 */
import { performance } from 'node:perf_hooks';
import { CoverageService } from '../src/modules/coverage/coverage.service.js';
import { InfluenceService } from '../src/modules/influence/influence.service.js';
/** `a.b.c` → the bound function at that path, or null. */
function method(services, path) {
    const parts = path.split('.');
    let owner = services;
    for (const p of parts.slice(0, -1))
        owner = owner?.[p];
    const fn = owner?.[parts[parts.length - 1]];
    return typeof fn === 'function' ? fn.bind(owner) : null;
}
/** The first of several candidate method paths that exists. */
function firstMethod(services, paths) {
    for (const p of paths) {
        const fn = method(services, p);
        if (fn)
            return { path: p, fn };
    }
    return null;
}
/**
 * Waits until the analytics read model is built; returns which hook did it,
 * or null when the services expose none (then the build time is "n/a").
 */
export async function readModelReady(services) {
    const hook = firstMethod(services, ['readModel.ready', 'readmodel.ready', 'projection.ready', 'model.ready']);
    if (!hook)
        return null;
    await hook.fn();
    return hook.path;
}
const THRESHOLDS = { minStrength: 0.3, maxAgeDays: 365 };
/**
 * Per floor name: candidate service paths and how to call them with an
 * operation's GraphQL variables. The first existing path is used.
 */
const FLOORS = {
    person: { paths: ['person.find', 'person.get'], call: (fn, v) => fn(v.id) },
    decisionMakerCoverage: { paths: ['coverage.decisionMakerCoverage'], call: (fn, v) => fn(v.id, THRESHOLDS) },
    singleContactRisks: { paths: ['coverage.singleContactRisks'], call: (fn, v) => fn(v.id ?? null, { ...THRESHOLDS, includeInfluencers: true }) },
    departureImpact: { paths: ['coverage.departureImpact'], call: (fn, v) => fn(v.id, THRESHOLDS) },
    influencePaths: { paths: ['influence.influencePaths'], call: (fn, v) => fn(v.from, v.to, { maxHops: 4, k: 3 }) },
    bestIntroductions: { paths: ['influence.bestIntroductions'], call: (fn, v) => fn(v.to, { k: 5 }) },
    influenceRanking: { paths: ['influence.influenceRanking'], call: (fn, v) => fn(v.id) },
    upsertRelationship: { paths: ['relationship.upsertRelationship'], call: (fn, v) => fn(v.input) },
    upsertPerson: { paths: ['person.upsert', 'person.upsertPerson'], call: (fn, v) => fn(v.input) },
};
/**
 * The in-process call behind a GraphQL operation, for the given variables;
 * null when there is none (or the service no longer has it).
 */
export function floorCall(name, services) {
    const floor = name ? FLOORS[name] : undefined;
    if (!floor)
        return null;
    const hook = firstMethod(services, floor.paths);
    if (!hook)
        return null;
    return { path: hook.path, run: async (vars) => floor.call(hook.fn, vars) };
}
/**
 * Cold latency of an analytic, in-process on the main thread: the same
 * services as the server's, but never offloaded to the worker pool, with
 * every memoised value dropped before each call (as after any write).
 * Only the analytics have one (lookups have nothing memoised).
 */
export async function coldCalls(name, services, vars, runs) {
    if (!['decisionMakerCoverage', 'singleContactRisks', 'departureImpact', 'influencePaths', 'bestIntroductions', 'influenceRanking'].includes(name))
        return null;
    const host = services.readModel;
    const influence = new InfluenceService(host, services.config.defaults);
    const coverage = new CoverageService(host, services.config.defaults, (g, c, w, l) => influence.successors(g, c, w, l));
    const local = { coverage, influence };
    const floor = FLOORS[name];
    const fn = method(local, floor.paths[0]);
    if (!fn)
        return null;
    const ms = [];
    for (let i = 0; i < runs; i++) {
        host.dropDerived();
        const t0 = performance.now();
        await floor.call(fn, vars[i % vars.length]);
        ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    return { n: runs, p50: ms[Math.floor(runs / 2)], p99: ms[Math.min(runs - 1, Math.floor(runs * 0.99))] };
}
//# sourceMappingURL=inprocess.js.map