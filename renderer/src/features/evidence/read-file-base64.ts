/**
 * A chosen file as base64 without blocking the page: FileReader reads and encodes off the main
 * thread (a 50 MB file encoded in a JavaScript loop would freeze the window for seconds), and
 * reports progress so the wizard can say how far it is.
 */
export function readFileBase64(
  file: Blob,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // "data:<type>;base64,<payload>"; an empty file is "data:" with nothing after the comma.
      const comma = url.indexOf(',');
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    reader.readAsDataURL(file);
  });
}
