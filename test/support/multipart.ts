/** A file part of a multipart form: `field` defaults to "file". */
export interface FormFile {
  field?: string;
  name: string;
  content: string | Buffer;
  type?: string;
}

/** A multipart/form-data body as browsers send it, for `app.inject`. */
export function multipartBody(fields: Record<string, string>, files: FormFile[] = []): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = '----parmon-test';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`));
    parts.push(Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content, 'utf8'), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
