/**
 * DESIGN §6 "Negotiation referee ladder" (docs/plans.md "The referee
 * ladder"): never negotiate at our own highest level — there must be one
 * more level to call in as referee. Pure: the team and our reporting tree
 * come in as plain data; test/unit/negotiation.test.ts works it by hand.
 */

/** One of the people the ladder may climb: whether they are ours and active, and their manager. */
export interface LadderPerson {
  id: string;
  /** works for the supplier (DESIGN §3 "our people", active or not) */
  ours: boolean;
  active: boolean;
  managerId: string | null;
}

export type LadderFlag = 'NO_NEGOTIATOR' | 'NEGOTIATOR_AT_TOP';
export type NegotiatorSource = 'NEGOTIATOR' | 'KAM';

export interface Ladder {
  negotiatorId: string | null;
  /** which team role made them the negotiator */
  source: NegotiatorSource | null;
  /** the negotiator's manager in our reporting tree (the nearest active one of ours above them) */
  refereeId: string | null;
  /** the referee's manager, the same way */
  aboveId: string | null;
  /** empty when the ladder holds */
  flags: LadderFlag[];
}

/**
 * The nearest active one of ours above `id` in the reporting tree: its
 * manager, or — when the manager has left — theirs, and so on. A manager who
 * is not one of ours ends the climb (our tree stops there). Null at the top.
 */
export function managerAbove(id: string, person: (id: string) => LadderPerson | null): string | null {
  const seen = new Set([id]);
  for (let m = person(id)?.managerId ?? null; m !== null && !seen.has(m); ) {
    seen.add(m);
    const p = person(m);
    if (!p || !p.ours) return null;
    if (p.active) return m;
    m = p.managerId;
  }
  return null;
}

/**
 * The ladder of one account: its negotiator is the team member with role
 * NEGOTIATOR (the first by id when several), else its KAM (likewise) — only
 * active people of ours count; the referee is the negotiator's manager, and
 * above them the referee's manager. Flagged `NO_NEGOTIATOR` when the team has
 * neither, `NEGOTIATOR_AT_TOP` when the negotiator has no manager left to
 * call in.
 */
export function negotiationLadder(team: readonly { personId: string; role: string | null }[], person: (id: string) => LadderPerson | null): Ladder {
  const eligible = (role: string) => team
    .filter((t) => t.role === role)
    .map((t) => t.personId)
    .filter((id) => { const p = person(id); return p !== null && p.ours && p.active; })
    .sort();
  const negotiators = eligible('NEGOTIATOR');
  const kams = negotiators.length ? [] : eligible('KAM');
  const negotiatorId = negotiators[0] ?? kams[0] ?? null;
  if (negotiatorId === null) return { negotiatorId: null, source: null, refereeId: null, aboveId: null, flags: ['NO_NEGOTIATOR'] };
  const refereeId = managerAbove(negotiatorId, person);
  const aboveId = refereeId === null ? null : managerAbove(refereeId, person);
  return { negotiatorId, source: negotiators.length ? 'NEGOTIATOR' : 'KAM', refereeId, aboveId, flags: refereeId === null ? ['NEGOTIATOR_AT_TOP'] : [] };
}
