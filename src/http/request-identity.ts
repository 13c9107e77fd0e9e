import type { FastifyRequest } from 'fastify';
import type { Identity } from '../auth/identity.js';
import { DomainError } from '../errors.js';

/** The identity the server's credential hook set; its absence is a bug, never an open door (docs/access.md). */
export function identityOf(req: FastifyRequest): Identity {
  if (!req.identity) throw new DomainError('UNAUTHENTICATED', 'no identity was established for this request');
  return req.identity;
}
