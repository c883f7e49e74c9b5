// Test-only: the Cosmos DB compatible server for the storage contract tests (see ../../../../shared/design/TOOLING.md §2).
// Usage: node cosmos-server.js CERT.pem KEY.pem — listens on a free port of 127.0.0.1 and prints "listening PORT".
// Exits when its standard input closes, so it never outlives the test run that started it.
'use strict';
const fs = require('fs');

// The server answers a point read of a missing document with 500 (it dereferences the missing document).
// Azure Cosmos DB answers 404, which is all the production code treats as "not found": make this server do the same.
const readDocument = require('@vercel/cosmosdb-server/lib/handler/read-document');
const originalRead = readDocument.default;
readDocument.default = (account, req, res, params) => {
  try {
    return originalRead(account, req, res, params);
  } catch (err) {
    if (err instanceof TypeError) {
      res.statusCode = 404;
      return { code: 'NotFound', message: 'Entity with the specified id does not exist in the system.' };
    }
    throw err;
  }
};

const { createHttpsServer } = require('@vercel/cosmosdb-server');

const [certPath, keyPath] = process.argv.slice(2);
const server = createHttpsServer({
  cert: fs.readFileSync(certPath),
  key: fs.readFileSync(keyPath),
  keepAlive: true,
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
