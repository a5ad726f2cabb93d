const path = require('node:path');

const root = path.join(__dirname, '..');

module.exports = {
  root,
  contentDir: path.join(root, 'content'),
  staticDir: path.join(root, 'static'),
  outDir: path.join(root, 'public'),
  preview: { host: '127.0.0.1', port: 41730 },
  site: { title: 'Field Notes', baseUrl: 'https://notes.example' },
};
