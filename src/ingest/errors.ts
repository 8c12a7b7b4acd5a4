/** The one error the ingest step throws: the summary could not be read, with what was missing. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(message: string) {
    super(message);
  }
}
