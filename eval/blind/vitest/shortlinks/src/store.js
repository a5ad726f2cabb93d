// In-process link table (the production build swaps in Redis).
const links = new Map();

export const put = (link) => links.set(link.code, link);
export const get = (code) => links.get(code);
export const clear = () => links.clear();
export const size = () => links.size;
