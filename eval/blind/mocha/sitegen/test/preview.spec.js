const assert = require('node:assert/strict');
const { build } = require('../src/build');
const { startPreview } = require('../src/preview');
const config = require('../src/config');
const { prepareOutDir, removeOutDir } = require('./helpers/site');

describe('preview server', function () {
  let server;

  before(async function () {
    prepareOutDir();
    await build({ drafts: true });
    server = await startPreview();
  });

  after(async function () {
    if (server) await new Promise((resolve) => server.close(resolve));
    removeOutDir();
  });

  it('serves the home page, posts and drafts by their pretty URL', async function () {
    const base = `http://${config.preview.host}:${config.preview.port}`;
    const home = await fetch(`${base}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /<title>Home \| Field Notes<\/title>/);
    const post = await fetch(`${base}/posts/flaky-tests`);
    assert.match(await post.text(), /<h1>flaky tests<\/h1>/);
    const draft = await fetch(`${base}/drafts/monorepos`);
    assert.equal(draft.status, 200);
  });
});
