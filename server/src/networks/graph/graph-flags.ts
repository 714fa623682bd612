// Bit flags of the compact graph, one byte per node and per link, so the traversals test a
// typed array instead of reading the NetworkNode/NetworkLink objects.

/** Link is closed: no connection through it. */
export const LINK_CLOSED = 1;
/** Flow can only go from → to (check valve, pump, PRV/PSV, drainage link). */
export const LINK_DIRECTED = 2;
/** Link is a valve, a cut point for isolation. */
export const LINK_VALVE = 4;
/** Link is a pump, stopped rather than valved off in an isolation. */
export const LINK_PUMP = 8;

/** Node is a closed valve (常闭阀): no connection through it. */
export const NODE_CLOSED = 1;
/** Node is a point valve, a cut point for isolation. */
export const NODE_VALVE = 2;
/** Node feeds the network (reservoir, tank). */
export const NODE_SOURCE = 4;
/** Node receives flow out of the network (outfall). */
export const NODE_SINK = 8;
/** Node is a service point (consumer) counted in isolation reports. */
export const NODE_SERVICE = 16;
