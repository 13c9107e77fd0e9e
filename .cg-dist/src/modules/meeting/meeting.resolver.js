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
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Company } from '../company/company.type.js';
import { MeetingStructure, MeetingStructureArgs } from './meeting.type.js';
let CompanyMeetingResolver = class CompanyMeetingResolver {
    meetingStructure(c, args, ctx) {
        return ctx.services.meeting.meetingStructure(c.id, args, 'id');
    }
};
__decorate([
    FieldResolver(() => MeetingStructure, { description: 'DESIGN §4 meeting structure of this company and its units as an account (BAD_USER_INPUT for our own units).' }),
    __param(0, Root()),
    __param(1, Args(() => MeetingStructureArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, MeetingStructureArgs, Object]),
    __metadata("design:returntype", void 0)
], CompanyMeetingResolver.prototype, "meetingStructure", null);
CompanyMeetingResolver = __decorate([
    Resolver(() => Company)
], CompanyMeetingResolver);
export { CompanyMeetingResolver };
//# sourceMappingURL=meeting.resolver.js.map