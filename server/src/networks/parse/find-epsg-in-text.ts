/** The EPSG code written in free text such as a model title (`init=EPSG:2817`), as `EPSG:n`. */
export function findEpsgInText(text: string): string | null {
  const match = /EPSG\s*:\s*(\d{4,6})\b/i.exec(text);
  return match ? `EPSG:${match[1]}` : null;
}
