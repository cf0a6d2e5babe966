/** An error whose message is already written for the reader, in the page's language. */
export class ReaderError extends Error {
  override name = 'ReaderError';
}
