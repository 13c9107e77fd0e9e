import { accountMembers, cutoffDay, isDecisionMaker, isEffective, ourPeople, type Thresholds } from '../../domain/terms.js';
import type { ReadGraph } from '../../readmodel/read-graph.js';

/** What the commercial reports take from DESIGN §3 "Decision-maker coverage" of one account. */
export interface DecisionMakerTally {
  /** decision makers (active contacts of the account or its units, DECISION_MAKER or ECONOMIC_BUYER) */
  total: number;
  /** those one of our active people holds an effective relationship with */
  covered: number;
  /** covered ÷ total; null without decision makers */
  coverageRatio: number | null;
  /** one of our people holds every effective relationship to them (DESIGN §3 "Single-threaded account") */
  singleThreaded: boolean;
}

/**
 * DESIGN §3 "Decision-maker coverage" of an account, its overall tally and
 * single-threadedness only: the coverage columns of the top accounts report
 * and the position input of the account analysis matrix, for many accounts
 * at once. `g` is the graph the coverage service reads
 * (`CoverageService.graphAt`: relationships in force at `t.asOf`) and the
 * terms are the same (`terms.ts`): a decision maker is covered when one of
 * our active people holds an effective relationship with them. It walks the
 * decision makers' relationships only, not every contact's (the full
 * coverage also tallies by level, function and unit and lists holders), so
 * a cold portfolio costs about a tenth; a test checks it equals
 * `decisionMakerCoverage` (overall and singleThreaded) on every account of
 * generated graphs. Memoised per account and thresholds.
 */
export function decisionMakerTally(g: ReadGraph, accountId: string, t: Thresholds): DecisionMakerTally {
  return g.memoAccount(accountId, `commercial:dmTally:${accountId}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}`, () => {
    const { contacts, indexes } = accountMembers(g, accountId);
    const ours = ourPeople(g);
    const cutoff = cutoffDay(t);
    const holders = new Set<number>();
    let total = 0;
    let covered = 0;
    for (let k = 0; k < contacts.length; k++) {
      if (!isDecisionMaker(contacts[k])) continue;
      total++;
      let held = false;
      g.forEachKnowsIn(indexes[k], (h, strength, last) => {
        if (ours.hasIndex(h) && g.isActive(h) && isEffective(strength, last, t, cutoff)) {
          held = true;
          holders.add(h);
        }
      });
      if (held) covered++;
    }
    return { total, covered, coverageRatio: total ? covered / total : null, singleThreaded: holders.size === 1 };
  });
}
