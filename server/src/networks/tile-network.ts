/** Tileset id of a network's pipes, points and shafts. */
export function networkTilesetId(networkId: string): string {
  return `network-${networkId}`;
}
