import { composeServices } from '@apollo/composition';
import { SUBGRAPHS, type SubgraphName } from '@hearth/config';
import { parse } from 'graphql';

/** Composes the subgraphs' SDL into the supergraph the gateway (or Apollo Router) serves. */
export function composeSupergraph(sdlByName: Record<SubgraphName, string>): string {
  const result = composeServices(
    Object.entries(sdlByName).map(([name, sdl]) => ({
      name,
      url: `http://localhost:${SUBGRAPHS[name as SubgraphName].port}/graphql`,
      typeDefs: parse(sdl),
    })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`Composition failed:\n${(result.errors ?? []).map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}
