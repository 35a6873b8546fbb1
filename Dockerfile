# syntax=docker/dockerfile:1
# Ledgerhouse API image.
#   docker build -t ledgerhouse .
#   docker run -p 4000:4000 -v ledgerhouse-data:/data ledgerhouse                      # embedded PGlite in /data
#   docker run -p 4000:4000 -e DATABASE_URL=postgres://user:pw@db:5432/ledgerhouse ledgerhouse

# ---- build: compile TypeScript to dist/ ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
RUN npm run build

# ---- runtime: production dependencies and the compiled code only ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force
COPY --from=build /app/dist ./dist
# The PGlite data folder (unused when DATABASE_URL is set), writable by the non-root user.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Run node directly: `npm start` would rebuild first (prestart) and npm does not forward SIGTERM
# reliably; main.ts drains requests and sockets on SIGTERM and exits 0.
CMD ["node", "dist/src/main.js"]
