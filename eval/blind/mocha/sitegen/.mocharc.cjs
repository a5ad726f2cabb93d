module.exports = {
  spec: ['test/**/*.spec.js'],
  timeout: 15000,
};
