/**
 * CSS colours of the roles elements play in an analysis result, most telling first: an
 * element with several roles takes the colour of the first of them in this order. Valves to
 * close are red (tiles cannot enlarge a feature, so colour alone marks them); the isolated
 * section orange; what the closure cuts off grey-purple; traced and connected elements cyan.
 */
export const ANALYSIS_ROLE_COLOURS: ReadonlyArray<readonly [role: string, colour: string]> = Object.freeze([
  ['valve-to-close', '#ff1744'],
  ['failed-valve', '#ffea00'],
  ['clearance-horizontal', '#ff1744'],
  ['clearance-vertical', '#d500f9'],
  ['reached', '#ff1744'],
  ['inside', '#ff6e40'],
  ['service-point-cut-off', '#7e57c2'],
  ['cut-off', '#9e86b8'],
  ['service-point-isolated', '#ff9100'],
  ['isolated', '#ff9100'],
  ['below', '#ffd180'],
  ['connected', '#00b8d4'],
  ['upstream', '#00b8d4'],
  ['downstream', '#00b8d4'],
] as const);

const PRIORITY = new Map(ANALYSIS_ROLE_COLOURS.map(([role, colour], index) => [role, { colour, index }]));

/** Colour of a role the list does not name. */
export const OTHER_ROLE_COLOUR = '#ffffff';

/** The colour of the most telling of an element's roles; undefined for no roles. */
export function colourOfRoles(roles: readonly string[] | undefined): string | undefined {
  if (!roles || roles.length === 0) return undefined;
  const known = roles.flatMap((role) => (PRIORITY.has(role) ? [PRIORITY.get(role)!] : []));
  if (known.length === 0) return OTHER_ROLE_COLOUR;
  return known.reduce((best, entry) => (entry.index < best.index ? entry : best)).colour;
}

/** The colour of one role, e.g. for a legend. */
export function colourOfRole(role: string): string {
  return PRIORITY.get(role)?.colour ?? OTHER_ROLE_COLOUR;
}
