import { base64ToBytes } from './base64';

/** Hands bytes from the host to the browser's download manager under `fileName`. */
export function downloadFile(fileName: string, mimeType: string, b64: string): void {
  const bytes = base64ToBytes(b64);
  const url = URL.createObjectURL(new Blob([bytes.buffer as ArrayBuffer], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
