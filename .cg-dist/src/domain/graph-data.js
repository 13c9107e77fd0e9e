export {};
//# sourceMappingURL=graph-data.js.map