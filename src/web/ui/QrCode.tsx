import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** The quiet zone around the code, in modules: the standard asks for four, so that a phone finds its edges on a printed card. */
const QUIET = 4;

/**
 * A QR code as an SVG (sharp at any print size): one path of dark modules, drawn from the
 * matrix that `qrcode-generator` computes. Error correction M (15 %) keeps a short URL's code
 * small while a smudged or folded card still reads.
 */
export function QrCode({ value, size = 160, title, testId }: { value: string; size?: number; title: string; testId?: string }) {
  const { count, path } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(value, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    const parts: string[] = [];
    for (let row = 0; row < n; row++) for (let col = 0; col < n; col++) if (qr.isDark(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
    return { count: n + 2 * QUIET, path: parts.join('') };
  }, [value]);
  return (
    <svg width={size} height={size} viewBox={`0 0 ${count} ${count}`} role="img" aria-label={title} shapeRendering="crispEdges" data-testid={testId} data-value={value} style={{ display: 'block', background: 'white' }}>
      <rect width={count} height={count} fill="white" />
      <path d={path} fill="black" />
    </svg>
  );
}
