/** Saves text as a file through the browser's download (an object URL on a temporary link; no permission needed). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a picked file as text, refusing files larger than `maxBytes` before reading them. */
export async function readTextFile(file: File, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) {
    throw new Error(
      `${file.name} is ${Math.ceil(file.size / 1024)} KB; GeoLens reads files up to ${Math.round(maxBytes / 1024)} KB.`,
    );
  }
  return file.text();
}
