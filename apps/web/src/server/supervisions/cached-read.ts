/** A supervision's read, serialised once: the JSON bytes, gzipped, and its ETag. */
export interface CachedRead {
  bytes: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}
