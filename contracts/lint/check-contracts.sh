#!/usr/bin/env bash
# Checks Essor's contracts with tools nobody here wrote, and renders the API references:
#   Spectral (spectral:oas + lint/spectral.yaml) and Redocly (lint/redocly.yaml) lint every contracts/openapi/*.yaml,
#   the AsyncAPI CLI validates contracts/asyncapi.yaml, Redocly build-docs and Swagger UI render target/docs/.
# The tools' versions are pinned in package.json / package-lock.json and installed into contracts/node_modules.
# Run by `./mvnw verify` (the contracts module); any error fails the build. Usage: lint/check-contracts.sh [docs-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
docs="${1:-target/docs}"

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
    echo "ERROR: Node.js (20.19 or later) and npm are needed to check the contracts (Spectral, Redocly, AsyncAPI CLI)." >&2
    echo "       Install them, e.g. 'apt-get install nodejs npm', and build again." >&2
    exit 1
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then
    echo "ERROR: Node.js $(node --version) is too old to check the contracts: 20.19 or later is needed." >&2
    exit 1
fi

# npm ci only when the lock file changed since the last install: the tools weigh about 1.5 GB.
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f node_modules/.essor-lock-sha256 ] || [ "$(cat node_modules/.essor-lock-sha256)" != "$lock_sum" ]; then
    echo "Installing the contract tools (npm ci)..."
    npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
    echo "$lock_sum" > node_modules/.essor-lock-sha256
fi
export ASYNCAPI_ANALYTICS=false NO_UPDATE_NOTIFIER=1 REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
bin=node_modules/.bin

echo "== Spectral (spectral:oas + lint/spectral.yaml)"
"$bin/spectral" lint --ruleset lint/spectral.yaml --fail-severity error --display-only-failures openapi/*.yaml

# The ruleset itself: a document that breaks each of its rules must be reported for each of them.
expected="$(grep -o '^  essor-[a-z0-9-]*' lint/spectral.yaml | tr -d ' ' | sort)"
reported="$("$bin/spectral" lint --ruleset lint/spectral.yaml --format json --quiet lint/fixtures/breaks-conventions.yaml \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const codes=new Set(JSON.parse(s).map(r=>r.code).filter(c=>c.startsWith("essor-")));console.log([...codes].sort().join("\n"))})' || true)"
if [ "$expected" != "$reported" ]; then
    echo "ERROR: lint/fixtures/breaks-conventions.yaml must break every Essor rule of lint/spectral.yaml." >&2
    echo "Expected: $(echo $expected)" >&2
    echo "Reported: $(echo $reported)" >&2
    exit 1
fi
echo "Every Essor rule fires on lint/fixtures/breaks-conventions.yaml"

echo "== Redocly lint (recommended + lint/redocly.yaml)"
"$bin/redocly" lint --config lint/redocly.yaml --format stylish openapi/*.yaml 2>&1 | { grep -v -E '^\s*(║|╔|╚)' || true; }

echo "== AsyncAPI validate"
# the CLI keeps its analytics setting in $HOME; a throw-away home keeps it off without touching the user's files
asyncapi_home="$(mktemp -d)"
HOME="$asyncapi_home" "$bin/asyncapi" config analytics --disable > /dev/null
HOME="$asyncapi_home" "$bin/asyncapi" validate asyncapi.yaml --fail-severity error
rm -rf "$asyncapi_home"

echo "== API references into $docs"
rm -rf "$docs/swagger-ui" "$docs/"*.html "$docs/"*.yaml
mkdir -p "$docs/swagger-ui"
cp node_modules/swagger-ui-dist/swagger-ui.css node_modules/swagger-ui-dist/index.css \
    node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui-standalone-preset.js \
    node_modules/swagger-ui-dist/favicon-32x32.png "$docs/swagger-ui/"
links=""
for document in openapi/*.yaml; do
    service="$(basename "$document" .yaml)"
    "$bin/redocly" build-docs --config lint/redocly.yaml "$document" --output "$docs/$service.html" 2>&1 | { grep -v -E '^\s*(║|╔|╚)' || true; }
    node lint/swagger-ui-page.js "$document" "$docs/swagger-ui/$service.html"
    cp "$document" "$docs/$service.yaml"
    links="$links<li>$service: <a href=\"$service.html\">reference</a> · <a href=\"swagger-ui/$service.html\">Swagger UI</a> · <a href=\"$service.yaml\">OpenAPI document</a></li>"
done
cat > "$docs/index.html" <<HTML
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Essor APIs</title></head>
<body><h1>Essor APIs</h1><ul>$links</ul><p>Events: <a href="../../asyncapi.yaml">asyncapi.yaml</a>.</p></body></html>
HTML
echo "Contracts checked; references in $docs/index.html"
