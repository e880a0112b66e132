import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `pnpm test` runs beside builds on a 2-core machine: give renders time rather than fail on a busy moment.
configure({ asyncUtilTimeout: 5_000 });
afterEach(cleanup);
