import '@hearth/ui/styles.scss';
import { loadRuntimeConfig } from '@hearth/federation/runtime';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { SessionProvider } from './session/session-context.tsx';

const config = await loadRuntimeConfig();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider gatewayUrl={config.gatewayUrl}>
        <App />
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
