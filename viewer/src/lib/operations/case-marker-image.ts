const SIZE = 22;
const images = new Map<string, string>();

/**
 * A diamond of `fill` with a white edge, ringed in `ring` when given, as a PNG data URL
 * (cached: Cesium keeps one texture per URL). Diamonds keep cases apart from the round sensors.
 */
export function caseMarkerImage(fill: string, ring?: string): string {
  const key = `${fill}|${ring ?? ''}`;
  const cached = images.get(key);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const context = canvas.getContext('2d')!;
  const diamond = (inset: number) => {
    const middle = SIZE / 2;
    context.beginPath();
    context.moveTo(middle, inset);
    context.lineTo(SIZE - inset, middle);
    context.lineTo(middle, SIZE - inset);
    context.lineTo(inset, middle);
    context.closePath();
  };
  if (ring) {
    diamond(0.5);
    context.fillStyle = ring;
    context.fill();
  }
  diamond(ring ? 4 : 2);
  context.fillStyle = fill;
  context.fill();
  context.lineWidth = 1.5;
  context.strokeStyle = '#ffffff';
  context.stroke();
  const url = canvas.toDataURL('image/png');
  images.set(key, url);
  return url;
}
