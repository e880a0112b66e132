import { GatewayProvider } from '@hearth/client/react';
import { WithViewer, type ExposedProps } from '../viewer-props.tsx';
import { SearchPage } from './SearchPage.tsx';

export interface FamilySearchProps extends ExposedProps {
  /** The search part of the address (without "?"): the search being shown. */
  search: string;
  /** Go to another search (a submitted form, a page of results). */
  onSearch: (search: string) => void;
  /** The address of a search, for links that also open in a new tab. */
  searchHref: (search: string) => string;
  familyHref?: (familyId: string) => string;
}

/** Find a family by a member’s name, date of birth, reference or postcode, narrowed by status, area and lead worker. */
export default function FamilySearch({ session, viewer, search, onSearch, searchHref, familyHref = (id) => `#/families/${id}` }: FamilySearchProps) {
  return (
    <GatewayProvider session={session}>
      <WithViewer session={session} viewer={viewer}>
        {(known) => <SearchPage role={known.role} search={search} onSearch={onSearch} searchHref={searchHref} familyHref={familyHref} />}
      </WithViewer>
    </GatewayProvider>
  );
}
