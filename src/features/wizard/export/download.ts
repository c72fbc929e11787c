/**
 * Saves data as a file: a Blob behind an object URL, followed by a temporary `<a download>`. Nothing
 * leaves the browser. The URL is released once the browser has had time to start the download.
 */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
