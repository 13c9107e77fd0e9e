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
import { Arg, Args, Ctx, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/connection.type.js';
import { pageByPosition } from '../../common/pagination.js';
import { Company } from '../company/company.type.js';
import { commercialServices } from './commercial.context.js';
import { AccountExposureConnection, AccountMatrixArgs, AccountMatrixConnection, AccountPriceConnection, CommercialArgs, CompanyCommercial, CompanyPotentialInput, KamLoadArgs, KamLoadConnection, Pareto, ParetoAccountConnection, Portfolio, PortfolioArgs, PriceConsistency, PriceConsistencyArgs, ProductPriceConsistency, ProductPriceConsistencyConnection, TopAccountConnection, TopAccountsArgs, UnitCommercial, UnitCommercialArgs, } from './commercial.type.js';
import { accountPriceView, companyPageOf, kamLoadView, matrixView, portfolioView, productPriceView, topAccountsView } from './commercial.view.js';
/** DESIGN §5 "Commercial portfolio" (docs/commercial.md): each query is one CommercialService call. */
let CommercialResolver = class CommercialResolver {
    async portfolio(args, ctx) {
        return portfolioView(await commercialServices(ctx).commercial.portfolio(args));
    }
    async topAccounts(args, ctx) {
        const s = commercialServices(ctx).commercial;
        return topAccountsView(await s.topAccounts(args), args, s);
    }
    async priceConsistency(args, ctx) {
        return commercialServices(ctx).commercial.priceConsistency(args);
    }
    async accountMatrix(args, ctx) {
        return matrixView(await commercialServices(ctx).commercial.accountMatrix(args), args, (args.quadrant ?? null));
    }
    async kamLoad(args, ctx) {
        return kamLoadView(await commercialServices(ctx).commercial.kamLoad(args), args);
    }
    async setCompanyPotential(input, ctx) {
        await commercialServices(ctx).commercial.setPotential(input);
        return ctx.loaders.company.byId.load(input.companyId);
    }
};
__decorate([
    Query(() => Portfolio, { description: 'Pareto, concentration, dependencies and big-but-thin accounts of the portfolio you can see.' }),
    __param(0, Args(() => PortfolioArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [PortfolioArgs, Object]),
    __metadata("design:returntype", Promise)
], CommercialResolver.prototype, "portfolio", null);
__decorate([
    Query(() => TopAccountConnection, { description: 'The top accounts report: accounts by revenue, with growth, margin, breadth, price mix, share of wallet and decision-maker coverage.' }),
    __param(0, Args(() => TopAccountsArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [TopAccountsArgs, Object]),
    __metadata("design:returntype", Promise)
], CommercialResolver.prototype, "topAccounts", null);
__decorate([
    Query(() => PriceConsistency, { description: 'What if every customer knew every other\'s terms? Net unit prices, exposure and dispersion of one product, a family, or the catalogue.' }),
    __param(0, Args(() => PriceConsistencyArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [PriceConsistencyArgs, Object]),
    __metadata("design:returntype", Promise)
], CommercialResolver.prototype, "priceConsistency", null);
__decorate([
    Query(() => AccountMatrixConnection, { description: 'The account analysis matrix: potential, position and quadrant of every account, with candidates and reviews.' }),
    __param(0, Args(() => AccountMatrixArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [AccountMatrixArgs, Object]),
    __metadata("design:returntype", Promise)
], CommercialResolver.prototype, "accountMatrix", null);
__decorate([
    Query(() => KamLoadConnection, { description: 'Per KAM their key accounts, overload and part-time flags; key accounts without a KAM.' }),
    __param(0, Args(() => KamLoadArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [KamLoadArgs, Object]),
    __metadata("design:returntype", Promise)
], CommercialResolver.prototype, "kamLoad", null);
__decorate([
    Mutation(() => Company, { description: 'Sets a company\'s potential inputs (annual turnover, image, wallet estimate); omitted fields keep their value.' }),
    __param(0, Arg('input', () => CompanyPotentialInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CompanyPotentialInput, Object]),
    __metadata("design:returntype", Promise)
], CommercialResolver.prototype, "setCompanyPotential", null);
CommercialResolver = __decorate([
    Resolver()
], CommercialResolver);
export { CommercialResolver };
let ParetoResolver = class ParetoResolver {
    accounts(p, page) {
        return pageByPosition(p.rows, page, (r) => r.account.id);
    }
};
__decorate([
    FieldResolver(() => ParetoAccountConnection, { description: 'Accounts by revenue, descending, with cumulative shares.' }),
    __param(0, Root()),
    __param(1, Args(() => PageArgs)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, PageArgs]),
    __metadata("design:returntype", void 0)
], ParetoResolver.prototype, "accounts", null);
ParetoResolver = __decorate([
    Resolver(() => Pareto)
], ParetoResolver);
export { ParetoResolver };
let PriceConsistencyResolver = class PriceConsistencyResolver {
    products(r, page) {
        const p = pageByPosition(r.products, page, (x) => x.product.id);
        return { ...p, edges: p.edges.map((e) => ({ cursor: e.cursor, node: productPriceView(e.node) })) };
    }
    accounts(r, page) {
        const p = companyPageOf(r.accounts, page);
        return { ...p, edges: p.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node, account: e.node.company } })) };
    }
};
__decorate([
    FieldResolver(() => ProductPriceConsistencyConnection, { description: 'Per product, exposure descending.' }),
    __param(0, Root()),
    __param(1, Args(() => PageArgs)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, PageArgs]),
    __metadata("design:returntype", void 0)
], PriceConsistencyResolver.prototype, "products", null);
__decorate([
    FieldResolver(() => AccountExposureConnection, { description: 'Per account, its exposure over the products, descending.' }),
    __param(0, Root()),
    __param(1, Args(() => PageArgs)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, PageArgs]),
    __metadata("design:returntype", void 0)
], PriceConsistencyResolver.prototype, "accounts", null);
PriceConsistencyResolver = __decorate([
    Resolver(() => PriceConsistency)
], PriceConsistencyResolver);
export { PriceConsistencyResolver };
let ProductPriceConsistencyResolver = class ProductPriceConsistencyResolver {
    accounts(r, page) {
        const p = companyPageOf(r.accounts, page);
        return { ...p, edges: p.edges.map((e) => ({ cursor: e.cursor, node: accountPriceView(e.node) })) };
    }
};
__decorate([
    FieldResolver(() => AccountPriceConnection, { description: 'Each account\'s net unit price, exposure descending.' }),
    __param(0, Root()),
    __param(1, Args(() => PageArgs)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, PageArgs]),
    __metadata("design:returntype", void 0)
], ProductPriceConsistencyResolver.prototype, "accounts", null);
ProductPriceConsistencyResolver = __decorate([
    Resolver(() => ProductPriceConsistency)
], ProductPriceConsistencyResolver);
export { ProductPriceConsistencyResolver };
/** Commercial figures seen from a company: `company.commercial`, `company.unitCommercials`, its potential inputs. */
let CompanyCommercialResolver = class CompanyCommercialResolver {
    commercial(c, args, ctx) {
        return commercialServices(ctx).commercial.companyCommercial(c.id, args);
    }
    async unitCommercials(c, args, ctx) {
        return (await commercialServices(ctx).commercial.unitCommercials(c.id, args)).units;
    }
    async annualTurnover(c, ctx) {
        return (await commercialServices(ctx).commercial.potentialOf(c.id))?.annualTurnover ?? null;
    }
    async image(c, ctx) {
        return (await commercialServices(ctx).commercial.potentialOf(c.id))?.image ?? null;
    }
    async walletEstimate(c, ctx) {
        return (await commercialServices(ctx).commercial.potentialOf(c.id))?.walletEstimate ?? null;
    }
};
__decorate([
    FieldResolver(() => CompanyCommercial, { description: 'DESIGN §5 figures of this company and its units as an account (BAD_USER_INPUT for our own units).' }),
    __param(0, Root()),
    __param(1, Args(() => CommercialArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, CommercialArgs, Object]),
    __metadata("design:returntype", void 0)
], CompanyCommercialResolver.prototype, "commercial", null);
__decorate([
    FieldResolver(() => [UnitCommercial], { description: 'Being important to the subsets: revenue, share of wallet and decision-maker coverage of this company and each unit under it.' }),
    __param(0, Root()),
    __param(1, Args(() => UnitCommercialArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, UnitCommercialArgs, Object]),
    __metadata("design:returntype", Promise)
], CompanyCommercialResolver.prototype, "unitCommercials", null);
__decorate([
    FieldResolver(() => Float, { nullable: true, description: 'Potential input: the customer\'s own annual turnover.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], CompanyCommercialResolver.prototype, "annualTurnover", null);
__decorate([
    FieldResolver(() => Int, { nullable: true, description: 'Potential input: our image with it, 1..5.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], CompanyCommercialResolver.prototype, "image", null);
__decorate([
    FieldResolver(() => Float, { nullable: true, description: 'Potential input: what it spends per year in our categories.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], CompanyCommercialResolver.prototype, "walletEstimate", null);
CompanyCommercialResolver = __decorate([
    Resolver(() => Company)
], CompanyCommercialResolver);
export { CompanyCommercialResolver };
//# sourceMappingURL=commercial.resolver.js.map