var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
let PageInfo = class PageInfo {
};
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasNextPage", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasPreviousPage", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PageInfo.prototype, "startCursor", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PageInfo.prototype, "endCursor", void 0);
PageInfo = __decorate([
    ObjectType({ description: 'Relay page information.' })
], PageInfo);
export { PageInfo };
let PageArgs = class PageArgs {
};
__decorate([
    Field(() => Int, { nullable: true, description: 'Page size, 1..100 (default 20).' }),
    __metadata("design:type", Object)
], PageArgs.prototype, "first", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Opaque cursor: the endCursor of the previous page.' }),
    __metadata("design:type", Object)
], PageArgs.prototype, "after", void 0);
PageArgs = __decorate([
    ArgsType()
], PageArgs);
export { PageArgs };
/** Makes a Relay connection type (`XConnection` with `XEdge`) for a node type. */
export function Connection(name, node) {
    let Edge = class Edge {
    };
    __decorate([
        Field(() => String),
        __metadata("design:type", String)
    ], Edge.prototype, "cursor", void 0);
    __decorate([
        Field(() => node),
        __metadata("design:type", Object)
    ], Edge.prototype, "node", void 0);
    Edge = __decorate([
        ObjectType(`${name}Edge`)
    ], Edge);
    let ConnectionType = class ConnectionType {
    };
    __decorate([
        Field(() => [Edge]),
        __metadata("design:type", Array)
    ], ConnectionType.prototype, "edges", void 0);
    __decorate([
        Field(() => PageInfo),
        __metadata("design:type", PageInfo)
    ], ConnectionType.prototype, "pageInfo", void 0);
    __decorate([
        Field(() => Int, { nullable: true, description: 'Number of items in the whole list, where cheap to know.' }),
        __metadata("design:type", Number)
    ], ConnectionType.prototype, "totalCount", void 0);
    ConnectionType = __decorate([
        ObjectType(`${name}Connection`)
    ], ConnectionType);
    return ConnectionType;
}
//# sourceMappingURL=connection.type.js.map