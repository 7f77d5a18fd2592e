// A GET on a collection is cursor-paginated, unless x-essor-unpaged says why not.
module.exports = (operation) => {
  if (!operation || operation['x-essor-unpaged']) {
    return [];
  }
  const problems = [];
  const parameters = operation.parameters || [];
  for (const name of ['limit', 'cursor']) {
    if (!parameters.some((p) => p && p.in === 'query' && p.name === name)) {
      problems.push({ message: `a list takes the query parameter ${name}`, path: ['parameters'] });
    }
  }
  const ok = (operation.responses || {})['200'];
  const schema = ok && ok.content && ok.content['application/json'] && ok.content['application/json'].schema;
  const properties = (schema && schema.properties) || {};
  if (!properties.items || !properties.nextCursor) {
    problems.push({ message: 'a list answers a page: {"items":[...],"nextCursor":...}', path: ['responses', '200'] });
  }
  if (!(ok && ok.headers && ok.headers.Link)) {
    problems.push({ message: 'a list answers the next page in a Link header', path: ['responses', '200'] });
  }
  return problems;
};
