/** Strings of this area. Keys are unique across the whole catalogue (prefix them with the area). */
export const overview = {};
