import type { Context, Services } from '../../context.js';
import { ProductService } from '../product/product.service.js';
import { SaleService } from '../sale/sale.service.js';
import { decisionMakerTally } from './commercial.coverage.js';
import { CommercialService, type CoverageFacts } from './commercial.service.js';

/** The commercial services of one caller: the product catalogue, sales, and the DESIGN §5 analytics. */
export interface CommercialServices {
  product: ProductService;
  sale: SaleService;
  commercial: CommercialService;
}

const made = new WeakMap<object, CommercialServices>();

/**
 * The commercial services over a caller's services (`servicesFor` in
 * context.ts): the same scoped read model, the same writer acting for the
 * caller, and decision-maker coverage from the caller's coverage service
 * (default thresholds, today). Built once per request (per services object).
 */
export function commercialServicesFor(services: Pick<Services, 'readModel' | 'writer' | 'coverage'> & Partial<Pick<Services, 'config'>>): CommercialServices {
  let s = made.get(services);
  if (!s) {
    // decision-maker coverage on the graph the coverage service reads (in force today, default thresholds): the full
    // answer where units are needed, the overall tally alone for the reports over many accounts
    const coverage = async (accountId: string) => (await services.coverage.decisionMakerCoverage(accountId, {})) as unknown as CoverageFacts;
    const tallies = async (accountIds: readonly string[]) => {
      const t = services.coverage.thresholds({});
      const g = await services.coverage.graphAt(t);
      return accountIds.map((id) => decisionMakerTally(g, id, t));
    };
    s = {
      product: new ProductService(services.readModel, services.writer),
      sale: new SaleService(services.readModel, services.writer),
      // DESIGN §5's parameters from configuration (README § Configuration), each overridable per query
      commercial: new CommercialService(services.readModel, coverage, services.writer, services.config?.defaults.commercial, tallies),
    };
    made.set(services, s);
  }
  return s;
}

/** The commercial services of the request. */
export const commercialServices = (ctx: Context): CommercialServices => commercialServicesFor(ctx.services);
