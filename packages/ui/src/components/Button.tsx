import type { AnchorHTMLAttributes, ComponentPropsWithRef } from 'react';

type Variant = 'primary' | 'secondary' | 'warning';

const variantClass = (variant: Variant) => (variant === 'primary' ? '' : ` govuk-button--${variant}`);

/** A ref reaches the <button>, so a page can return focus to it. */
export function Button({ variant = 'primary', className, type = 'button', ...props }: ComponentPropsWithRef<'button'> & { variant?: Variant }) {
  return <button type={type} className={`govuk-button${variantClass(variant)}${className ? ` ${className}` : ''}`} data-module="govuk-button" {...props} />;
}

/** A link that looks like a button, for calls to action that go somewhere. */
export function ButtonLink({ variant = 'primary', className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: Variant }) {
  return <a role="button" draggable={false} className={`govuk-button${variantClass(variant)}${className ? ` ${className}` : ''}`} {...props} />;
}
