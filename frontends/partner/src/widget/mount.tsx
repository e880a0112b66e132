import hearthStyles from '@hearth/ui/styles.scss?inline';
import { stylesForShadowRoot } from '@hearth/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import PartnerWidget, { type PartnerWidgetProps } from './PartnerWidget.tsx';

export interface MountedWidget {
  unmount(): void;
}

/**
 * Isolation at the host's edge: nothing the host inherits (its fonts, colours,
 * line heights) crosses into the widget, and the widget's own type is set here.
 */
const WIDGET_FRAME = `
:host { all: initial; display: block; }
.hearth-widget-root { font-family: arial, sans-serif; color: var(--govuk-text-colour, #0b0c0c); background: #fff; }
`;

/**
 * For any host page, whatever it is built with: renders the partner widget
 * into a shadow root on `element`, with its own copy of the Hearth styles, so
 * the GOV.UK styles never reach the host's page and the host's never reach the widget.
 */
export function mount(element: HTMLElement, props: PartnerWidgetProps): MountedWidget {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  shadow.replaceChildren();
  const style = document.createElement('style');
  style.textContent = stylesForShadowRoot(hearthStyles) + WIDGET_FRAME;
  const container = document.createElement('div');
  container.className = 'hearth-widget-root govuk-template__body';
  shadow.append(style, container);
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <PartnerWidget {...props} />
    </StrictMode>,
  );
  return {
    unmount() {
      root.unmount();
      shadow.replaceChildren();
    },
  };
}
