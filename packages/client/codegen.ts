import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Operations live next to the components that send them, in every frontend;
 * they are checked against the gateway's API schema here, so a schema change
 * that breaks one fails `pnpm build`, not a page in front of a lead worker.
 */
const config: CodegenConfig = {
  schema: 'src/generated/api-schema.graphql',
  documents: ['../../frontends/*/src/**/*.{ts,tsx}', '../ui/src/**/*.{ts,tsx}', '!**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as strings: the fetch client needs no GraphQL parser in the browser.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { ID: 'string', DateTimeISO: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
