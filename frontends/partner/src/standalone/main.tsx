import '@hearth/ui/styles.scss';
import { loadRuntimeConfig } from '@hearth/federation/container';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PartnerStandalone } from './PartnerStandalone.tsx';

const { gatewayUrl } = await loadRuntimeConfig();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PartnerStandalone gatewayUrl={gatewayUrl} />
  </StrictMode>,
);
