import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For an optional field of a change: left out means "keep it", and null,
 * which would clear it, is refused. (type-graphql skips validators for null,
 * so the field's other checks alone would let null through.)
 */
export function CannotBeCleared(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((input: Record<string | symbol, unknown>) => input[property] !== undefined)(target, property);
    IsDefined({ message: `${String(property)} cannot be cleared; leave it out to keep it as it is` })(target, property);
  };
}
