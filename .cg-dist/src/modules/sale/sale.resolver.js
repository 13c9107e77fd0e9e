var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Resolver, Root } from 'type-graphql';
import { saleId } from '../../domain/records.js';
import { commercialServices } from '../commercial/commercial.context.js';
import { Company } from '../company/company.type.js';
import { Product } from '../product/product.type.js';
import { CompanySalesArgs, SaleInput } from './sale.input.js';
import { RecordSalesResult, Sale, SaleConnection } from './sale.type.js';
const EMPTY = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
let SaleResolver = class SaleResolver {
    recordSales(input, ctx) {
        return commercialServices(ctx).sale.record(input);
    }
    removeSale(accountId, productId, period, ctx) {
        return commercialServices(ctx).sale.remove(accountId, productId, period);
    }
    id(s) {
        return saleId(s.accountId, s.productId, s.period);
    }
    netUnitPrice(s) {
        return s.volume > 0 ? s.revenue / s.volume : null;
    }
    account(s, ctx) {
        return ctx.loaders.company.byId.load(s.accountId);
    }
    product(s, ctx) {
        return commercialServices(ctx).product.find(s.productId);
    }
};
__decorate([
    Mutation(() => RecordSalesResult, { description: 'Records sales as one unit of work: each creates or replaces the sale of its account, product and period. All rows are validated first; one bad row writes nothing.' }),
    __param(0, Arg('input', () => [SaleInput])),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, Object]),
    __metadata("design:returntype", void 0)
], SaleResolver.prototype, "recordSales", null);
__decorate([
    Mutation(() => ID, { description: 'Removes the sale of an account, product and period; returns its id.' }),
    __param(0, Arg('accountId', () => ID)),
    __param(1, Arg('productId', () => ID)),
    __param(2, Arg('period', () => String)),
    __param(3, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, String, Object]),
    __metadata("design:returntype", void 0)
], SaleResolver.prototype, "removeSale", null);
__decorate([
    FieldResolver(() => ID, { description: 'Derived from its key: account, product and period (`/`-joined, `%` and `/` escaped).' }),
    __param(0, Root()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], SaleResolver.prototype, "id", null);
__decorate([
    FieldResolver(() => Float, { nullable: true, description: 'Net unit price: revenue ÷ volume (null for volume 0).' }),
    __param(0, Root()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], SaleResolver.prototype, "netUnitPrice", null);
__decorate([
    FieldResolver(() => Company, { nullable: true, description: 'Who bought it (BOUGHT).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], SaleResolver.prototype, "account", null);
__decorate([
    FieldResolver(() => Product, { nullable: true, description: 'What was bought (OF).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", void 0)
], SaleResolver.prototype, "product", null);
SaleResolver = __decorate([
    Resolver(() => Sale)
], SaleResolver);
export { SaleResolver };
let CompanySaleResolver = class CompanySaleResolver {
    async sales(c, args, ctx) {
        return (await commercialServices(ctx).sale.ofCompany(c.id, args, args)) ?? EMPTY;
    }
};
__decorate([
    FieldResolver(() => SaleConnection, { description: 'What this company bought (with includeUnits, its units too): newest period first, then account, then product.' }),
    __param(0, Root()),
    __param(1, Args(() => CompanySalesArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, CompanySalesArgs, Object]),
    __metadata("design:returntype", Promise)
], CompanySaleResolver.prototype, "sales", null);
CompanySaleResolver = __decorate([
    Resolver(() => Company)
], CompanySaleResolver);
export { CompanySaleResolver };
//# sourceMappingURL=sale.resolver.js.map