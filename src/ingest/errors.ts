/** The one error the ingest step throws: the summary could not be read, with what was missing. */
import { describeRecognition, describeSections, type Recognition } from './recognise.js';

export class IngestError extends Error {
  override readonly name = 'IngestError';
  /**
   * @param problem what stopped the ingest
   * @param recognition what the heading lines told, when the text got that far: the message then
   *   starts with the meeting recognised and the totals read, and ends with the sections found and missing
   */
  constructor(
    readonly problem: string,
    readonly recognition: Recognition | null = null,
  ) {
    super(recognition ? `${describeRecognition(recognition)}\nCannot ingest: ${problem}\n${describeSections(recognition.sections)}` : problem);
  }

  /** The same error, said about `file`. */
  about(file: string): IngestError {
    return new IngestError(`${file}: ${this.problem}`, this.recognition);
  }
}
