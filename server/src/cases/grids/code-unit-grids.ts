/**
 * Codes for generated unit-grid cells after GB/T 30428.1: county + street (街道) + community (社区)
 * + a 3-digit sequence within the community. The street and, where known, the community come
 * from the door plates in or near each cell. Where no community is known (the sample's address
 * library stops at the street), cells are grouped into square blocks (1 km by default) that
 * stand in for communities and are numbered from 901 up, a range real community codes of a
 * street office do not reach, so a generated code is never taken for a surveyed one. Sequences
 * run north to south, then west to east, so a cell's code depends only on where it is.
 */
import { DataError, formatGridCode } from '@cimtwin/schemas';

/** A cell as the generator found it. */
export interface UncodedGridCell {
  /** Column and row of the cell in the square grid of the metric CRS (x and y over the cell size). */
  i: number;
  j: number;
  /** 9-digit town division code. */
  townCode: string;
  townName: string | null;
  /** 12-digit community division code, or null when the addresses do not say. */
  communityCode: string | null;
  communityName: string | null;
}

/** A coded cell. */
export interface CodedGridCell extends UncodedGridCell {
  code: string;
  communityCode: string;
  sequence: number;
  /** True when the community is a block standing in for an unknown community. */
  generatedCommunity: boolean;
}

/** First community number given to a block standing in for a community. */
export const GENERATED_COMMUNITY_FIRST = 901;

/** Options of {@link codeUnitGrids}. */
export interface GridCodingOptions {
  divisionCode: string;
  /** Cells per block side for the stand-in communities (block metres / cell metres). */
  cellsPerBlock: number;
}

const northWest = (a: { i: number; j: number }, b: { i: number; j: number }) => b.j - a.j || a.i - b.i;

/** Codes the cells; throws a DataError when a town has over 99 blocks or a community over 999 cells. */
export function codeUnitGrids(cells: readonly UncodedGridCell[], options: GridCodingOptions): CodedGridCell[] {
  const blocksByTown = new Map<string, Map<string, { i: number; j: number }>>();
  const blockKey = (cell: UncodedGridCell) => ({ i: Math.floor(cell.i / options.cellsPerBlock), j: Math.floor(cell.j / options.cellsPerBlock) });
  for (const cell of cells) {
    if (!cell.townCode.startsWith(options.divisionCode) || !/^\d{9}$/.test(cell.townCode)) {
      throw new DataError(`unit-grids: cell ${cell.i},${cell.j} has town code ${cell.townCode}, which is not a 9-digit town of division ${options.divisionCode}`);
    }
    if (cell.communityCode) continue;
    const block = blockKey(cell);
    const blocks = blocksByTown.get(cell.townCode) ?? new Map();
    blocks.set(`${block.i},${block.j}`, block);
    blocksByTown.set(cell.townCode, blocks);
  }
  const blockNumbers = new Map<string, number>();
  for (const [town, blocks] of blocksByTown) {
    const ordered = [...blocks.values()].sort(northWest);
    if (ordered.length > 1000 - GENERATED_COMMUNITY_FIRST) {
      throw new DataError(`unit-grids: town ${town} needs ${ordered.length} stand-in communities, more than the ${1000 - GENERATED_COMMUNITY_FIRST} codes from ${GENERATED_COMMUNITY_FIRST}; give a larger communityBlockMetres or the communities in the address library`);
    }
    ordered.forEach((block, index) => blockNumbers.set(`${town}:${block.i},${block.j}`, GENERATED_COMMUNITY_FIRST + index));
  }
  const withCommunity = cells.map((cell) => {
    if (cell.communityCode) return { ...cell, communityCode: cell.communityCode, generatedCommunity: false };
    const block = blockKey(cell);
    const number = blockNumbers.get(`${cell.townCode}:${block.i},${block.j}`)!;
    return { ...cell, communityCode: `${cell.townCode}${number}`, communityName: `生成片区${number}`, generatedCommunity: true };
  });
  const byCommunity = new Map<string, typeof withCommunity>();
  for (const cell of withCommunity) byCommunity.set(cell.communityCode, [...(byCommunity.get(cell.communityCode) ?? []), cell]);
  const coded: CodedGridCell[] = [];
  for (const [community, members] of byCommunity) {
    if (members.length > 999) throw new DataError(`unit-grids: community ${community} has ${members.length} cells, more than the 999 a grid code numbers; give a smaller communityBlockMetres or larger cells`);
    members.sort(northWest).forEach((cell, index) => {
      const code = formatGridCode({ countyCode: options.divisionCode, streetCode: community.slice(6, 9), communityCode: community.slice(9, 12), sequence: index + 1 });
      coded.push({ ...cell, code, sequence: index + 1 });
    });
  }
  return coded.sort((a, b) => (a.code < b.code ? -1 : 1));
}
