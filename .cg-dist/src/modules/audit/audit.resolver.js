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
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AuditArgs, AuditEntryConnection } from './audit.type.js';
let AuditResolver = class AuditResolver {
    auditLog(args, ctx) {
        return ctx.services.audit.list(args, args);
    }
};
__decorate([
    Authorized('ADMIN'),
    Query(() => AuditEntryConnection, { description: 'The audit log, newest first (ADMIN only).' }),
    __param(0, Args(() => AuditArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [AuditArgs, Object]),
    __metadata("design:returntype", void 0)
], AuditResolver.prototype, "auditLog", null);
AuditResolver = __decorate([
    Resolver()
], AuditResolver);
export { AuditResolver };
//# sourceMappingURL=audit.resolver.js.map