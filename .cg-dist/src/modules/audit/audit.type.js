var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../common/connection.type.js';
let AuditChangeType = class AuditChangeType {
};
__decorate([
    Field(() => String, { description: 'The kind of change, e.g. person.upserted, knows.removed.' }),
    __metadata("design:type", String)
], AuditChangeType.prototype, "kind", void 0);
__decorate([
    Field(() => GraphQLJSON, { nullable: true }),
    __metadata("design:type", Object)
], AuditChangeType.prototype, "before", void 0);
__decorate([
    Field(() => GraphQLJSON, { nullable: true }),
    __metadata("design:type", Object)
], AuditChangeType.prototype, "after", void 0);
AuditChangeType = __decorate([
    ObjectType('AuditChange', { description: 'One change of a write: the value before and after (null when absent).' })
], AuditChangeType);
export { AuditChangeType };
let AuditEntryType = class AuditEntryType {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], AuditEntryType.prototype, "id", void 0);
__decorate([
    Field(() => String, { description: 'ISO timestamp of the commit.' }),
    __metadata("design:type", String)
], AuditEntryType.prototype, "at", void 0);
__decorate([
    Field(() => String, { description: 'The subject of the caller (JWT sub, key:<id>, or local when the server runs open).' }),
    __metadata("design:type", String)
], AuditEntryType.prototype, "actor", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], AuditEntryType.prototype, "role", void 0);
__decorate([
    Field(() => String, { description: 'The mutation field that wrote.' }),
    __metadata("design:type", String)
], AuditEntryType.prototype, "operation", void 0);
__decorate([
    Field(() => [ID], { description: 'Every person and company id touched.' }),
    __metadata("design:type", Array)
], AuditEntryType.prototype, "ids", void 0);
__decorate([
    Field(() => [AuditChangeType]),
    __metadata("design:type", Array)
], AuditEntryType.prototype, "changes", void 0);
AuditEntryType = __decorate([
    ObjectType('AuditEntry', { description: 'One committed write: who, when, which operation, what it changed.' })
], AuditEntryType);
export { AuditEntryType };
let AuditEntryConnection = class AuditEntryConnection extends Connection('AuditEntry', AuditEntryType) {
};
AuditEntryConnection = __decorate([
    ObjectType()
], AuditEntryConnection);
export { AuditEntryConnection };
let AuditArgs = class AuditArgs extends PageArgs {
};
__decorate([
    Field(() => ID, { nullable: true, description: 'Only writes that touched this person or company.' }),
    __metadata("design:type", Object)
], AuditArgs.prototype, "entityId", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Only writes by actors whose subject starts with this.' }),
    __metadata("design:type", Object)
], AuditArgs.prototype, "actor", void 0);
AuditArgs = __decorate([
    ArgsType()
], AuditArgs);
export { AuditArgs };
//# sourceMappingURL=audit.type.js.map