import { describe, expect, it } from 'vitest';
import { FRONTEND_PORTS, REMOTE_NAMES } from '../src/frontends.ts';
import { runtimeConfigFromEnv } from '../src/runtime-config.ts';

describe('runtimeConfigFromEnv', () => {
  it('points every remote and the gateway at their local ports when nothing is set', () => {
    const config = runtimeConfigFromEnv({});
    expect(config.gatewayUrl).toBe('http://localhost:4000');
    expect(Object.keys(config.remotes).sort()).toEqual([...REMOTE_NAMES].sort());
    expect(config.remotes.families).toBe(`http://localhost:${FRONTEND_PORTS.families}`);
    expect(config.remotes.partner).toBe('http://localhost:5178');
  });

  it('takes a deployed remote and gateway from the environment, without a trailing slash', () => {
    const config = runtimeConfigFromEnv({
      HEARTH_GATEWAY_URL: 'https://gateway.hearth.example/',
      HEARTH_REMOTE_CRITERIA_URL: 'https://criteria.hearth.example/v42/',
    });
    expect(config.gatewayUrl).toBe('https://gateway.hearth.example');
    expect(config.remotes.criteria).toBe('https://criteria.hearth.example/v42');
    expect(config.remotes.outcomes).toBe('http://localhost:5177');
  });
});
