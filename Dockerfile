FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
COPY cypher ./cypher
COPY schema ./schema
RUN npm run build
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
