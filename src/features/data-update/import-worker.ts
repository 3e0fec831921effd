import { parseImport, type ImportResult } from '../../data/formats/import';
import type { Dataset } from '../../data/schema/schema';

export interface ImportJob {
  text: string;
  current: Dataset;
  now: string;
  fileName?: string;
}

// The DOM library types `self` as a window; in a dedicated worker it is the worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportJob>) => void) | null;
  postMessage: (message: ImportResult) => void;
};

scope.onmessage = ({ data: { text, current, now, fileName } }) => {
  scope.postMessage(parseImport(text, current, now, { fileName }));
};
