import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { formatError, notFound } from '../src/errors.ts';
import { decodeCursor, encodeCursor, parseId } from '../src/ids.ts';

const format = formatError(pino({ level: 'silent' }));

describe('what clients see of errors', () => {
  it('passes known codes with their message and no stack trace', () => {
    const error = notFound('No family with id x');
    const shown = format({ message: error.message, extensions: { code: 'NOT_FOUND', stacktrace: ['at secret.ts:1'] } }, error);
    expect(shown).toEqual({ message: 'No family with id x', extensions: { code: 'NOT_FOUND' } });
  });

  it('spells out argument validation field by field', () => {
    const validationErrors = [
      { property: 'members', children: [{ property: '0', children: [{ property: 'fullName', constraints: { isPresentText: 'fullName must not be empty' } }] }] },
      { property: 'postcode', constraints: { isPostalCode: 'postcode must be a UK postcode' } },
    ];
    const shown = format({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT', validationErrors } }, new GraphQLError('x'));
    expect(shown.message).toBe('Invalid input: members.0.fullName must not be empty; postcode must be a UK postcode');
    expect(shown.extensions).not.toHaveProperty('field');
  });

  it('names the field when validation found only one wrong, so a form can show the refusal beside it', () => {
    const validationErrors = [{ property: 'postcode', constraints: { isPostalCode: 'postcode must be a UK postcode', isDefined: 'postcode cannot be cleared' } }];
    const shown = format({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT', validationErrors } }, new GraphQLError('x'));
    expect(shown).toMatchObject({ message: 'Invalid input: postcode must be a UK postcode; postcode cannot be cleared', extensions: { code: 'BAD_USER_INPUT', field: 'postcode' } });
  });

  it('masks anything unexpected as INTERNAL_SERVER_ERROR', () => {
    const shown = format({ message: 'relation "families.secret" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('db'));
    expect(shown.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(shown.message).not.toContain('families.secret');
  });
});

describe('ids and cursors', () => {
  it('refuses a malformed id and a forged cursor', () => {
    expect(() => parseId('FAM-1', 'family')).toThrow('"FAM-1" is not a valid family id');
    expect(parseId('47CCEA6D-4964-5A54-A655-D5A4B868B019', 'family')).toBe('47ccea6d-4964-5a54-a655-d5a4b868b019');
    expect(decodeCursor(encodeCursor('FAM-000010'))).toBe('FAM-000010');
    expect(() => decodeCursor('not*base64')).toThrow('not a valid paging cursor');
  });
});
