// A 4xx answer is application/problem+json only, with the Problem schema.
module.exports = (response) => {
  const content = (response && response.content) || {};
  const types = Object.keys(content);
  if (types.length !== 1 || types[0] !== 'application/problem+json') {
    return [{ message: `a 4xx answer is application/problem+json only, not ${types.join(', ') || 'empty'}` }];
  }
  const schema = content['application/problem+json'].schema || {};
  const properties = schema.properties || {};
  if (!properties.type || !properties.title || !properties.status) {
    return [{ message: 'a 4xx answer has the Problem schema (type, title, status, detail...)' }];
  }
  return [];
};
