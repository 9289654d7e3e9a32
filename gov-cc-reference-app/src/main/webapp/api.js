// Renders the OpenAPI document of the line's REST API as plain headings and lists, with the DOM only (no markup
// from the document is ever parsed: every text goes through textContent). No outside resources: the page's CSP is
// default-src 'self'.
'use strict';

function element(name, text) {
  const e = document.createElement(name);
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

function parameters(op) {
  const list = element('ul');
  (op.parameters || []).forEach(p => {
    const item = element('li');
    item.appendChild(element('code', p.name));
    item.appendChild(document.createTextNode(' (' + p.in + (p.required ? ', required' : '') + ')'
      + (p.description ? ': ' + p.description : '')));
    list.appendChild(item);
  });
  if (op.requestBody) {
    const item = element('li');
    item.appendChild(element('code', 'body'));
    const types = Object.keys(op.requestBody.content || {});
    item.appendChild(document.createTextNode(' (' + types.join(', ') + ')'));
    list.appendChild(item);
  }
  return list;
}

function responses(op) {
  const list = element('ul');
  Object.keys(op.responses || {}).sort().forEach(code => {
    list.appendChild(element('li', code + ': ' + (op.responses[code].description || '')));
  });
  return list;
}

function render(doc) {
  const root = document.getElementById('operations');
  const paths = Object.keys(doc.paths || {}).sort();
  paths.forEach(path => {
    const methods = doc.paths[path];
    Object.keys(methods).filter(m => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).forEach(method => {
      const op = methods[method];
      const section = element('section');
      section.appendChild(element('h2', method.toUpperCase() + ' ' + path));
      if (op.summary) {
        section.appendChild(element('p', op.summary));
      }
      if (op.description) {
        section.appendChild(element('p', op.description));
      }
      section.appendChild(element('h3', 'Parameters'));
      section.appendChild(parameters(op));
      section.appendChild(element('h3', 'Responses'));
      section.appendChild(responses(op));
      root.appendChild(section);
    });
  });
  document.getElementById('status').textContent = (doc.info ? doc.info.title + ' ' + doc.info.version + ': ' : '')
    + paths.length + ' paths.';
}

document.addEventListener('DOMContentLoaded', () => {
  fetch('openapi?format=JSON', {headers: {'Accept': 'application/json'}})
    .then(r => {
      if (!r.ok) {
        throw new Error('the server answered ' + r.status);
      }
      return r.json();
    })
    .then(render)
    .catch(e => {
      document.getElementById('status').textContent = 'The OpenAPI document could not be read: ' + e.message;
    });
});
