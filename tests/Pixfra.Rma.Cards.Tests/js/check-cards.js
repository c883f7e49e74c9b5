// Checks Adaptive Cards with Microsoft's own JavaScript libraries.
// Input (file path in argv[2]): [{ name, template, data, card }]
//   template + data: expanded with the reference templating engine (adaptivecards-templating),
//   card: the card our C# binder produced; parsed and rendered by the official renderer (adaptivecards).
// Output (file path in argv[3]): [{ name, reference, errors: [...], rendered, text, links, emphasis }]
// (a file, not stdout: the renderer writes its own diagnostics to the console).
'use strict';
const fs = require('fs');
const { JSDOM } = require('jsdom');

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
// The renderer expects a browser: give it jsdom's window and every DOM global Node lacks (HTMLButtonElement…).
global.window = dom.window;
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key in global || key === 'localStorage' || key === 'sessionStorage') continue;
  global[key] = dom.window[key];
}
// jsdom has no layout engine, so innerText is missing; the renderer only reads and writes it as text.
Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
  get() { return this.textContent; },
  set(value) { this.textContent = value; },
  configurable: true,
});

const AC = require('adaptivecards/dist/adaptivecards.js');
const ACData = require('adaptivecards-templating');
const markdown = require('markdown-it')({ html: false, linkify: false });

// Teams renders TextBlock text as markdown; the renderer does so only when a host supplies a processor.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

function expandWithReference(template, data) {
  if (template === undefined || template === null) return null;
  const t = new ACData.Template(template);
  return t.expand({ $root: data });
}

function checkWithRenderer(card) {
  const errors = [];
  const context = new AC.SerializationContext();
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    const entry = { phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message };
    // ValidationEvent values come from the renderer's enums; Warning phases and unknown-but-tolerated
    // elements are errors for us because Teams would silently drop them.
    errors.push(entry);
  }
  const validation = adaptiveCard.validateProperties();
  for (const e of validation.validationEvents) {
    errors.push({ phase: 'validate', event: AC.ValidationEvent[e.event], message: e.message });
  }
  let rendered = false;
  let text = '';
  try {
    const element = adaptiveCard.render();
    rendered = !!element;
    text = element ? element.textContent : '';
    if (element) document.body.appendChild(element);
    const count = selector => element ? element.querySelectorAll(selector).length : 0;
    return { errors, rendered, text, links: count('a'), emphasis: count('strong, em, code, li, h1, h2, h3') };
  } catch (err) {
    errors.push({ phase: 'render', event: 'exception', message: String(err && err.stack || err) });
    return { errors, rendered, text, links: 0, emphasis: 0 };
  }
}

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const output = input.map(item => {
  const result = { name: item.name };
  try {
    result.reference = expandWithReference(item.template, item.data);
  } catch (err) {
    result.referenceError = String(err && err.stack || err);
  }
  Object.assign(result, checkWithRenderer(item.card));
  return result;
});
fs.writeFileSync(process.argv[3], JSON.stringify(output));
