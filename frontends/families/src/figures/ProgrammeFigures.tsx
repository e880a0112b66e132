import { GatewayProvider } from '@hearth/client/react';
import { WithViewer, type ExposedProps } from '../viewer-props.tsx';
import { FiguresPage } from './FiguresPage.tsx';

export type ProgrammeFiguresProps = ExposedProps;

/** Aggregate figures for analysts (every family), managers and co-ordinators (their areas): headline numbers, then counts by status, area, route and cohort. */
export default function ProgrammeFigures({ session, viewer }: ProgrammeFiguresProps) {
  return (
    <GatewayProvider session={session}>
      <WithViewer session={session} viewer={viewer}>
        {(known) => <FiguresPage viewer={known} />}
      </WithViewer>
    </GatewayProvider>
  );
}
