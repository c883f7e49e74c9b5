// Test-only: Azurite's blob service for the storage contract tests.
// Usage: node azurite-server.js PORT LOCATION — runs Azurite on 127.0.0.1:PORT with its data in LOCATION.
// Exits when its standard input closes, so it never outlives the test run that started it.
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const [port, location] = process.argv.slice(2);
const main = path.join(__dirname, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
const child = spawn(process.execPath, [
  main, '--blobHost', '127.0.0.1', '--blobPort', port, '--location', location,
  '--silent', '--skipApiVersionCheck', '--loose',
], { stdio: ['ignore', 'inherit', 'inherit'] });
child.on('exit', code => process.exit(code ?? 1));

const stop = () => { child.kill('SIGTERM'); setTimeout(() => process.exit(0), 2000).unref(); };
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
