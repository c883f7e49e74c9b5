// Validates a Teams app manifest against the schema of its manifestVersion, as bundled (offline) in
// @microsoft/app-manifest. Usage: node validate-manifest.js <manifest.json>. Prints the schema used; exits 1
// with every error listed when the manifest is invalid.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const manifestPath = process.argv[2];
if (!manifestPath) {
  console.error('usage: node validate-manifest.js <manifest.json>');
  process.exit(2);
}

const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const schemaPath = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
if (!fs.existsSync(schemaPath)) {
  console.error(`No bundled schema for manifestVersion ${manifest.manifestVersion} (${schemaPath}).`);
  process.exit(1);
}

const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
// strict: false because the schemas carry draft-06 keywords (const) and vendor annotations ajv would refuse.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
if (!validate(manifest)) {
  for (const error of validate.errors) {
    console.error(`${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  }
  process.exit(1);
}

console.log(JSON.stringify({ valid: true, schema: path.relative(process.cwd(), schemaPath) }));
