# syntax=docker/dockerfile:1

# One image per service:
#   docker build --build-arg SERVICE=orders -t brigade/orders .
# SERVICE is one of: orders, billing, kitchen, pos-adapter, delivery-adapter, console.
# At run time PORT must be set (docker-compose.yml and deploy/k8s do): the health check uses it.

FROM node:22-bookworm-slim AS build
WORKDIR /app
# swagger-ui-dist depends on @scarf/scarf, whose install script reports the install to a third party.
ENV SCARF_ANALYTICS=false
COPY . .
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund \
    && npm run build \
    && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
# tini as PID 1: node as PID 1 ignores SIGTERM until the service installs its handler, which it
# does only once started, so a container stuck waiting for a dependency would only die by SIGKILL.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini \
    && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and read-only for the node user. node_modules/@brigade/* are relative symlinks
# into libs/ and services/, so the tree is copied whole.
COPY --from=build /app ./
USER node

# Last, so that the five images share every layer above.
ARG SERVICE
ENV SERVICE=${SERVICE}

HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["sh", "-c", "exec node services/${SERVICE:?build with --build-arg SERVICE=<service>}/dist/main.js"]
