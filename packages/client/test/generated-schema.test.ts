import { printSchema, Supergraph } from '@apollo/federation-internals';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the generated client', () => {
  it('was generated from the committed supergraph (run `pnpm --filter @hearth/client codegen` when this fails)', () => {
    const apiSchema = printSchema(Supergraph.build(read('../../../services/gateway/supergraph.graphql')).apiSchema());
    const committed = read('../src/generated/api-schema.graphql').split('\n').slice(1).join('\n');
    expect(committed.trim()).toBe(apiSchema.trim());
  });
});
