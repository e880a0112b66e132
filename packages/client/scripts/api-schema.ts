/**
 * Codegen reads the gateway's API schema: the supergraph as clients see it.
 * The committed supergraph SDL also carries the join__/link machinery the
 * gateway plans queries with; Apollo's own federation-internals strips it the
 * same way the gateway does (including @inaccessible fields), so the types we
 * generate match exactly what the gateway will accept, with no running stack.
 */
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const supergraphPath = resolve(here, '../../../services/gateway/supergraph.graphql');
const apiSchemaPath = resolve(here, '../src/generated/api-schema.graphql');

const apiSchema = Supergraph.build(readFileSync(supergraphPath, 'utf8')).apiSchema();
mkdirSync(dirname(apiSchemaPath), { recursive: true });
writeFileSync(apiSchemaPath, `# Generated from services/gateway/supergraph.graphql by scripts/api-schema.ts; do not edit.\n${printSchema(apiSchema)}\n`);
console.log(`Wrote ${apiSchemaPath}`);
