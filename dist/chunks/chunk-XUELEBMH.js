import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);

// src/parse/intern.ts
var MAX_ENTRIES = 1 << 20;
var pool = /* @__PURE__ */ new Map();
function detached(text) {
  return text.length < 13 ? text : (" " + text).slice(1);
}
function intern(text) {
  const hit = pool.get(text);
  if (hit !== void 0) return hit;
  if (pool.size >= MAX_ENTRIES) pool = /* @__PURE__ */ new Map();
  const kept = detached(text);
  pool.set(kept, kept);
  return kept;
}

// src/parse/test-id.ts
function normaliseFile(file) {
  let path = collapseWhitespace(file).replace(/\\/g, "/").replace(/\/{2,}/g, "/");
  while (path.startsWith("./")) path = path.slice(2);
  return path;
}
function collapseWhitespace(text) {
  return isCollapsed(text) ? text : text.replace(/\s+/g, " ").trim();
}
function isCollapsed(text) {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 32) return false;
    } else if (c < 32 ? c >= 9 && c <= 13 : c >= 160 && isOtherSpace(c)) return false;
  }
  return true;
}
function isOtherSpace(c) {
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function testId(parts) {
  const file = parts.file === void 0 ? "" : normaliseFile(parts.file);
  return `${file}::${collapseWhitespace(parts.classname)}::${collapseWhitespace(parts.name)}`;
}
var MAX_IDENTITIES = 1 << 19;
var identities = /* @__PURE__ */ new Map();
var size = 0;
var lastRawFile;
var lastFile;
function pooledFile(rawFile) {
  if (rawFile !== lastRawFile) {
    const normalised = normaliseFile(rawFile);
    lastFile = normalised.trim() === "" ? void 0 : intern(normalised);
    lastRawFile = detached(rawFile);
  }
  return lastFile;
}
function identityOf(rawFile, classname, name) {
  const byName = identities.get(classname);
  const found = byName?.get(name);
  if (found !== void 0) {
    if (!Array.isArray(found)) {
      if (found.rawFile === rawFile) return found;
    } else {
      for (const entry2 of found) if (entry2.rawFile === rawFile) return entry2;
    }
  }
  const file = rawFile === void 0 ? void 0 : pooledFile(rawFile);
  const pooledClassname = intern(classname);
  const entry = {
    id: detached(testId({ file, classname, name })),
    file,
    classname: pooledClassname,
    name: detached(name),
    rawFile: rawFile === void 0 ? void 0 : rawFile === file ? file : intern(rawFile)
  };
  if (size >= MAX_IDENTITIES) {
    identities = /* @__PURE__ */ new Map();
    size = 0;
  }
  size++;
  let slots = identities.get(pooledClassname);
  if (slots === void 0) identities.set(pooledClassname, slots = /* @__PURE__ */ new Map());
  const again = slots.get(entry.name);
  if (again === void 0) slots.set(entry.name, entry);
  else if (Array.isArray(again)) again.push(entry);
  else slots.set(entry.name, [again, entry]);
  return entry;
}
function displayTestId(parts) {
  const file = parts.file === void 0 ? "" : normaliseFile(parts.file);
  const classname = collapseWhitespace(parts.classname);
  const name = collapseWhitespace(parts.name);
  return [file, ...displayScope(file, classname, name), name].filter((part) => part !== "").join("::");
}
function displayScope(file, classname, name) {
  if (classname === "" || classname === file || classname === name || name.startsWith(`${classname} `)) return [];
  if (file !== "") {
    const module = file.replace(/\.[A-Za-z0-9]+$/, "").replace(/\//g, ".");
    if (classname === module) return [];
    if (classname.startsWith(`${module}.`)) return classname.slice(module.length + 1).split(".");
  }
  return [classname];
}
function displayIds(tests) {
  const forms = /* @__PURE__ */ new Map();
  const owners = /* @__PURE__ */ new Map();
  for (const t of tests) {
    const form = displayTestId(t);
    forms.set(t.id, form);
    owners.set(form, (owners.get(form) ?? 0) + 1);
  }
  for (const [id, form] of forms) if ((owners.get(form) ?? 0) > 1) forms.set(id, id);
  return forms;
}

export {
  detached,
  intern,
  normaliseFile,
  testId,
  identityOf,
  displayIds
};
