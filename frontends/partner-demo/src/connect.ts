import { listDemoUsers, signInAsDemoUser, type SignIn } from '@hearth/client';

/**
 * Stands in for the agency's own sign-in: its officer is exchanged for a
 * Hearth token through the gateway's dev sign-in (embedded mode only).
 */
export async function offerPartnerWorkers(gatewayUrl: string, select: HTMLSelectElement): Promise<void> {
  const partners = (await listDemoUsers(gatewayUrl)).filter((user) => user.role === 'PARTNER');
  select.replaceChildren(
    ...partners.map((user) => {
      const option = document.createElement('option');
      option.value = user.username;
      option.textContent = `${user.name}${user.agencyName ? `, ${user.agencyName}` : ''}`;
      return option;
    }),
  );
}

export function connect(gatewayUrl: string, username: string): Promise<SignIn> {
  return signInAsDemoUser(gatewayUrl, username);
}
