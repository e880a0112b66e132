import { REMOTE_ENTRY_FILE } from '../remote-entry-file.ts';

/** Where a remote deployed at baseUrl keeps its entry. */
export function remoteEntryUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/assets/${REMOTE_ENTRY_FILE}`;
}
