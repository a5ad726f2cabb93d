// Code highlighting runs in the highlighter service (slow); stubbed as a wait per page.
const highlight = (html) => new Promise((resolve) => setTimeout(() => resolve(html), 250));
module.exports = { highlight };
