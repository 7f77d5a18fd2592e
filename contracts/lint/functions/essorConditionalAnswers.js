// An operation that takes If-Match must document 412 and 428, and the ETag of its success answer.
module.exports = (operation) => {
  const parameters = (operation && operation.parameters) || [];
  if (!parameters.some((p) => p && p.in === 'header' && p.name === 'If-Match')) {
    return [];
  }
  const responses = operation.responses || {};
  const problems = [];
  for (const status of ['412', '428']) {
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
