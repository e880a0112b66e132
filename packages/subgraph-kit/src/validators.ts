import { registerDecorator, type ValidationOptions } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date written YYYY-MM-DD that exists (no 2023-02-30). */
export function IsCalendarDate(options?: ValidationOptions & { notInFuture?: boolean }) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: {
        message: options?.notInFuture
          ? `${propertyName} must be a date in the past, written YYYY-MM-DD`
          : `${propertyName} must be a date written YYYY-MM-DD`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || !ISO_DATE.test(value) || !isRealDate(value)) return false;
          return !options?.notInFuture || value <= new Date().toISOString().slice(0, 10);
        },
      },
    });
}

/** Text that is more than whitespace, within a length a person would type. */
export function IsPresentText(maxLength = 200, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPresentText',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must not be empty (and at most ${maxLength} characters)`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0 && value.length <= maxLength,
      },
    });
}
