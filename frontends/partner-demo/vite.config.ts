import { hearthPage } from '@hearth/federation';

// Not a federation host: the page loads the widget's remote entry itself, as any partner's application could.
export default hearthPage('partner-demo');
