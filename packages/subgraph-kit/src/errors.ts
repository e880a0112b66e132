import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { Logger } from './logger.ts';

/** The error codes a client may see and act on. Anything else is masked. */
export type HearthErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED';

export class HearthError extends GraphQLError {
  constructor(code: HearthErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new HearthError('BAD_USER_INPUT', message, details);
export const notFound = (message: string) => new HearthError('NOT_FOUND', message);
export const forbidden = (message: string) => new HearthError('FORBIDDEN', message);
export const conflict = (message: string) => new HearthError('CONFLICT', message);

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface FieldProblem {
  field: string;
  text: string;
}

function describeValidation(errors: ValidationError[], path = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = path ? `${path}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) => ({ field, text: text.replace(error.property, field) }));
    return [...own, ...describeValidation(error.children ?? [], field)];
  });
}

/** A form can show the refusal beside the one field it is about; about several, it belongs to the whole form. */
function onlyField(problems: FieldProblem[]): Record<string, string> {
  const fields = new Set(problems.map((problem) => problem.field));
  return fields.size === 1 ? { field: [...fields][0]! } : {};
}

/**
 * Shapes every error a client sees: known codes pass with their message,
 * type-graphql's argument validation is spelled out field by field, and
 * anything unexpected becomes a generic INTERNAL_SERVER_ERROR (logged in full
 * here, never sent with a stack trace).
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const validationErrors = formatted.extensions?.validationErrors;
    if (code === 'BAD_USER_INPUT' && Array.isArray(validationErrors)) {
      const problems = describeValidation(validationErrors as ValidationError[]);
      return {
        message: `Invalid input: ${problems.map((problem) => problem.text).join('; ')}`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code, problems: problems.map((problem) => problem.text), ...onlyField(problems) },
      };
    }
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Something went wrong while answering this request; it has been logged.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
