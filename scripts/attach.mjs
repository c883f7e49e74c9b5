#!/usr/bin/env node
// Sends files to the bot as the Playground's current user would send them from Teams. The Playground's web UI has
// no upload button, so this posts a message with Teams file attachments (file.download.info) through the
// Playground's custom-activity API; a small web server on 127.0.0.1 answers the download URLs until the bot has
// fetched every file (or 60 s pass).
//
//   node scripts/attach.mjs [file…]          default: the sample photos and invoice in scripts/demo-files
//   PLAYGROUND_PORT=56150                    the Playground ./run.sh started (or --playground=http://127.0.0.1:56150)
//   CONVERSATION=personal|group|<id>         which chat (default: the personal chat)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
const options = process.argv.slice(2).filter(a => a.startsWith('--playground='));
const playground = options.length > 0 ? options[0].slice('--playground='.length).replace(/\/$/, '') : `http://127.0.0.1:${process.env.PLAYGROUND_PORT ?? '56150'}`;
const defaults = ['label-1.jpg', 'unit-1.jpg', 'label-2.jpg', 'unit-2.jpg', 'invoice.pdf'].map(f => join(here, 'demo-files', f));
const named = process.argv.slice(2).filter(a => !a.startsWith('--'));
const paths = named.length > 0 ? named : defaults;
const files = paths.map(path => ({ name: basename(path), token: randomUUID(), content: readFileSync(path) }));

const pending = new Set(files.map(f => f.token));
const server = createServer((request, response) => {
  const file = files.find(f => request.url === `/${f.token}/${encodeURIComponent(f.name)}`);
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.content.length }).end(file.content);
  pending.delete(file.token);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const { config } = await (await fetch(`${playground}/_internal/v1/config`)).json();
const which = process.env.CONVERSATION ?? 'personal';
const conversationId = which === 'personal' ? config.personalChat.id : which === 'group' ? config.groupChats[0].id : which;
const activity = await (await fetch(`${playground}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`)).json();
activity.type = 'message';
activity.text = '';
activity.id = randomUUID();
activity.attachments = files.map(f => {
  const url = `${base}/${f.token}/${encodeURIComponent(f.name)}`;
  return {
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    contentUrl: url,
    name: f.name,
    content: { downloadUrl: url, uniqueId: f.token, fileType: f.name.split('.').pop() },
  };
});
const sent = await fetch(`${playground}/_internal/v1/customActivities`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity),
});
if (!sent.ok) {
  console.error(`The Playground refused the message: ${sent.status} ${await sent.text()}`);
  process.exit(1);
}

const deadline = Date.now() + 60_000;
while (pending.size > 0 && Date.now() < deadline) {
  await new Promise(resolve => setTimeout(resolve, 200));
}
server.close();
console.log(pending.size === 0
  ? `Sent ${files.length} file(s) as ${config.currentUser.name}: ${files.map(f => f.name).join(', ')}`
  : `The bot fetched ${files.length - pending.size} of ${files.length} file(s) (it fetches them only at the photos step).`);
