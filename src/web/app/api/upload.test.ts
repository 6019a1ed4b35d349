import { describe, expect, it } from 'vitest';
import { uploadPercent } from './upload.ts';

describe('uploadPercent', () => {
  it('is the whole percentage of bytes sent, 100 once the server is processing', () => {
    expect(uploadPercent({ phase: 'uploading', loaded: 0, total: 2000 })).toBe(0);
    expect(uploadPercent({ phase: 'uploading', loaded: 1999, total: 2000 })).toBe(99);
    expect(uploadPercent({ phase: 'uploading', loaded: 2100, total: 2000 })).toBe(100);
    expect(uploadPercent({ phase: 'processing' })).toBe(100);
  });

  it('is unknown when the browser cannot tell the size', () => {
    expect(uploadPercent({ phase: 'uploading', loaded: 500, total: null })).toBeNull();
    expect(uploadPercent({ phase: 'uploading', loaded: 0, total: 0 })).toBeNull();
  });
});
