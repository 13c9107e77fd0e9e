# kamgraph API image: a build stage (all dependencies, TypeScript compiled to dist/) and a slim runtime
# stage (production dependencies, dist/, cypher/), run as the unprivileged `node` user.
#   docker build -t kamgraph .
#   docker run -e KAMGRAPH_JWT_SECRET=… -p 127.0.0.1:4000:4000 -v kamgraph-data:/app/data kamgraph
# Node 22 (LTS): Node 20 reached its end of life in April 2026.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm install rather than npm ci, as in .ci/run: the registry the project is built against lacks some other
# platforms' optional binaries, which npm ci treats as a lockfile mismatch. The lockfile still pins versions.
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    KAMGRAPH_DB_PATH=/app/data/kamgraph.lbug
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund \
 && npm cache clean --force
# everything the server reads at run time: compiled code (with any bundled web assets), the named queries;
# package.json and cypher/ also mark the project root the code looks for
COPY --from=build /app/dist ./dist
COPY --from=build /app/cypher ./cypher
# the embedded store's files (and the API keys file beside them) live in a volume the node user owns
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 4000
# no curl in slim images: node itself asks /healthz
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/src/main.js"]
