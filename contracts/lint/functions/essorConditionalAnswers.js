// An operation that takes If-Match must document 412, 428 when it requires it, and the ETag of its success answer.
module.exports = (operation) => {
  const parameters = (operation && operation.parameters) || [];
  const ifMatch = parameters.find((p) => p && p.in === 'header' && p.name === 'If-Match');
  if (!ifMatch) {
    return [];
  }
  const responses = operation.responses || {};
  const problems = [];
  // An If-Match a released operation did not take stays optional in its major version: no 428 there
  for (const status of ifMatch.required === false ? ['412'] : ['412', '428']) {
    if (!responses[status]) {
      problems.push({ message: `takes If-Match but does not document ${status}`, path: ['responses'] });
    }
  }
  for (const [status, response] of Object.entries(responses)) {
    if (/^2/.test(status) && response && response.content && !(response.headers && response.headers.ETag)) {
      problems.push({ message: `takes If-Match but its ${status} answer has no ETag header`, path: ['responses', status] });
    }
  }
  return problems;
};
