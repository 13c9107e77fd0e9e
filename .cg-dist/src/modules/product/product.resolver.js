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
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { commercialServices } from '../commercial/commercial.context.js';
import { ProductInput, ProductsArgs } from './product.input.js';
import { Product, ProductConnection } from './product.type.js';
let ProductResolver = class ProductResolver {
    product(id, ctx) {
        return commercialServices(ctx).product.find(id);
    }
    products(args, ctx) {
        return commercialServices(ctx).product.list(args, args);
    }
    upsertProduct(input, ctx) {
        return commercialServices(ctx).product.upsert(input);
    }
    removeProduct(id, ctx) {
        return commercialServices(ctx).product.remove(id);
    }
};
__decorate([
    Query(() => Product, { nullable: true, description: 'A product by id; null when there is none.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], ProductResolver.prototype, "product", null);
__decorate([
    Query(() => ProductConnection, { description: 'The product catalogue, by id.' }),
    __param(0, Args(() => ProductsArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProductsArgs, Object]),
    __metadata("design:returntype", void 0)
], ProductResolver.prototype, "products", null);
__decorate([
    Mutation(() => Product, { description: 'Creates a product or updates the fields given.' }),
    __param(0, Arg('input', () => ProductInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProductInput, Object]),
    __metadata("design:returntype", void 0)
], ProductResolver.prototype, "upsertProduct", null);
__decorate([
    Mutation(() => ID, { description: 'Removes a product that has no sales; returns its id.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], ProductResolver.prototype, "removeProduct", null);
ProductResolver = __decorate([
    Resolver(() => Product)
], ProductResolver);
export { ProductResolver };
//# sourceMappingURL=product.resolver.js.map