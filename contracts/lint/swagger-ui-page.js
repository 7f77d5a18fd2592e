// Writes a Swagger UI page with the OpenAPI document embedded, so that it opens from the file system without a
// server (a browser refuses to fetch a file:// document). Usage: node swagger-ui-page.js <openapi.yaml> <page.html>
// js-yaml comes with the tools (pinned by package-lock.json).
const fs = require('fs');
const yaml = require('js-yaml');

const [source, target] = process.argv.slice(2);
const spec = yaml.load(fs.readFileSync(source, 'utf8'));
const embedded = JSON.stringify(spec).replace(/</g, '\\u003c');
fs.writeFileSync(target, `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${spec.info.title} ${spec.info.version}: Swagger UI</title>
  <link rel="stylesheet" href="swagger-ui.css">
  <link rel="stylesheet" href="index.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="swagger-ui-bundle.js"></script>
  <script src="swagger-ui-standalone-preset.js"></script>
  <script>
    window.ui = SwaggerUIBundle({ spec: ${embedded}, dom_id: '#swagger-ui', deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });
  </script>
</body>
</html>
`);
