import { ProductService } from '../product/product.service.js';
import { SaleService } from '../sale/sale.service.js';
import { CommercialService } from './commercial.service.js';
const made = new WeakMap();
/**
 * The commercial services over a caller's services (`servicesFor` in
 * context.ts): the same scoped read model, the same writer acting for the
 * caller, and decision-maker coverage from the caller's coverage service
 * (default thresholds, today). Built once per request (per services object).
 */
export function commercialServicesFor(services) {
    let s = made.get(services);
    if (!s) {
        const coverage = async (accountId) => (await services.coverage.decisionMakerCoverage(accountId, {}));
        s = {
            product: new ProductService(services.readModel, services.writer),
            sale: new SaleService(services.readModel, services.writer),
            commercial: new CommercialService(services.readModel, coverage, services.writer),
        };
        made.set(services, s);
    }
    return s;
}
/** The commercial services of the request. */
export const commercialServices = (ctx) => commercialServicesFor(ctx.services);
//# sourceMappingURL=commercial.context.js.map