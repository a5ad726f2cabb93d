import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  validate
} from "./chunk-BPX6AXOD.js";
import {
  __commonJS,
  __require,
  __toESM,
  collectSecrets,
  compareFindings,
  decideGate,
  decideText,
  evidenceCell,
  failureRate,
  guardOutgoing,
  rank,
  redactSecrets,
  renderMarkdown,
  sampleSentence,
  stripControl,
  truncate,
  workerKeys
} from "./chunk-3WXYCIEP.js";

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    var OPS2 = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    );
    var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
    var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module.exports = function quote(xs) {
      var sawComment = false;
      return xs.map(function(s) {
        if (sawComment && typeof s === "string" && LINE_TERMINATORS.test(s)) {
          throw new TypeError("a token after a `comment` must not contain line terminators");
        }
        if (s === "") {
          return (
            /** @type {const} */
            "''"
          );
        }
        if (s && typeof s === "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern !== "string") {
              throw new TypeError("glob token requires a string `pattern`");
            }
            if (LINE_TERMINATORS.test(s.pattern)) {
              throw new TypeError("glob `pattern` must not contain line terminators");
            }
            if (s.pattern === "") {
              return (
                /** @type {const} */
                "''"
              );
            }
            return s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op === "string") {
            if (OPS2.indexOf(s.op) < 0) {
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            }
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment === "string") {
            if (LINE_TERMINATORS.test(s.comment)) {
              throw new TypeError("`comment` must not contain line terminators");
            }
            sawComment = true;
            return "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        if (/'/.test(s) && /!/.test(s)) {
          return "'" + s.replace(/'/g, `'"'"'`) + "'";
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    );
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = (
      /** @type {const} */
      "|&;()<> \\t"
    );
    var SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    );
    var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
    var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
    var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
    var ANSI_C_LETTERS = "abeEfnrtv";
    var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
    var hash = /^#$/;
    var SQ = (
      /** @type {const} */
      "'"
    );
    var DQ = (
      /** @type {const} */
      '"'
    );
    var DS = (
      /** @type {const} */
      "$"
    );
    var TOKEN = "";
    var mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches[matches.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape) {
      var kind = escape.charAt(0);
      if (kind === "c") {
        var ctrl = escape.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape.slice(1), 16);
        if (cp > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape);
      return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      ansiCAt.lastIndex = i2;
      return !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
      var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
      var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        }
        var quote = false;
        var esc = false;
        var out = "";
        var words = [];
        var sawQuote = false;
        var pendingNw = null;
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            var depth = 1;
            varend = i2;
            while (depth > 0 && varend < s.length) {
              if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                depth += 1;
              } else if (s.charAt(varend) === "}") {
                depth -= 1;
              }
              varend += 1;
            }
            if (depth !== 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varend -= 1;
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!-]/.test(char)) {
            varname = char;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += /** @type {number} */
              varend.index - 1;
            }
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw === null) {
            return;
          }
          if (pendingNw === 0) {
            if (out !== "") {
              words[words.length] = out;
              out = "";
            }
          } else {
            words[words.length] = out;
            out = "";
            for (var fe = 1; fe < pendingNw; fe += 1) {
              words[words.length] = "";
            }
          }
          pendingNw = null;
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS) {
            flushRun();
          }
          isGlob = isGlob || !quote && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote) {
            if (c === quote) {
              quote = false;
            } else if (quote == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote = c;
            sawQuote = true;
          } else if (controlRE.test(c)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string.slice(match.index + i2 + 1) };
            if (out.length) {
              return (
                /** @type {const} */
                [out, commentObj]
              );
            }
            return (
              /** @type {const} */
              [commentObj]
            );
          } else if (c === BS) {
            esc = true;
          } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
            flushRun();
            sawQuote = true;
            out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
            i2 = ansiCAt.lastIndex - 1;
          } else if (c === DS) {
            var value = parseEnvVar();
            if (!ifs) {
              out += value;
            } else {
              for (var vi = 0; vi < value.length; vi += 1) {
                var vc = value.charAt(vi);
                if (ifs.indexOf(vc) < 0) {
                  flushRun();
                  out += vc;
                } else if (pendingNw === null) {
                  pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                  pendingNw += 1;
                }
              }
            }
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        }
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out;
            out = "";
            for (var te = 1; te < pendingNw; te += 1) {
              words[words.length] = "";
            }
          }
          if (out !== "" || sawQuote && words.length === 0) {
            words[words.length] = out;
          }
          return words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          if (typeof arg === "undefined") {
            return prev;
          }
          [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          });
          return prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function parse2(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(
        function(acc, s2) {
          if (typeof s2 === "object") {
            acc[acc.length] = s2;
            return acc;
          }
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          if (xs.length === 1) {
            acc[acc.length] = xs[0];
            return acc;
          }
          xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          });
          return acc;
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found2 = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found2 = node;
        }
        if (found2 && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found2);
          if (!data) {
            toJS.toJS(found2, null, ctx);
            data = anchors2.get(found2);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found2, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found2;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split3 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split3 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split3 = i;
          }
          if (i >= end) {
            if (split3) {
              folds.push(split3);
              end = split3 + endStep;
              split3 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split3 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found2 = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found2 || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found2)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found2 = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found: found2,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split3 = source.split(/\n( *)/);
      const first = split3[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split3.length; i += 2)
        lines.push([split3[i], split3[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before2[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before2[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before2[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before2, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before2, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type) {
      for (let i = 0; i < list3.length; ++i)
        if (list3[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i = 0; i < list3.length; ++i) {
        switch (list3[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/inputs.ts
var FRAMEWORK_VALUES = ["auto", "pytest", "jest", "vitest", "node", "mocha", "go", "custom"];
var FAIL_ON_VALUES = ["parallel-only", "new-parallel-only", "flaky", "never"];
var CONFIDENCE_VALUES = ["confirmed", "likely", "insufficient"];
var INPUTS = [
  {
    name: "framework",
    type: "choice",
    values: FRAMEWORK_VALUES,
    description: "Test framework: auto, pytest, jest, vitest, node, mocha, go or custom (custom needs `command`).",
    default: "auto",
    config: true,
    action: true,
    cli: { flag: "framework", metavar: "NAME", help: "test framework; auto detects it from the project" }
  },
  {
    name: "command",
    type: "text",
    description: "For framework custom: a template with {workers} and {junit} (and {tests} for subset reruns), e.g. `npx mytest --jobs {workers} --junit {junit}`. For a preset (pytest, jest, ...): the project's own command that starts the runner, with {args} where the preset's arguments go, e.g. `./scripts/test.sh {args}` or `npm test -- {args}` (pytest also takes a command without {args}: the arguments then travel in PYTEST_ADDOPTS).",
    default: "",
    config: true,
    action: true,
    cli: { flag: "command", metavar: "TPL", help: `custom: template with {workers} {junit} [{tests}]; a preset: the
project's command with {args}, e.g. "./scripts/test.sh {args}"` }
  },
  {
    name: "workers",
    type: "worker-counts",
    description: "Comma-separated worker counts, e.g. 1,2,4; the smallest is the serial baseline (at least two different counts).",
    default: "1,2,4",
    config: true,
    action: true,
    cli: { flag: "workers", metavar: "LIST", help: "worker counts, the smallest is the serial baseline" }
  },
  {
    name: "iterations",
    type: "count",
    description: "Full-suite runs per worker count.",
    default: "5",
    config: true,
    action: true,
    cli: { flag: "iterations", metavar: "N", help: "full-suite runs per worker count" }
  },
  {
    name: "serial-discovery",
    type: "boolean",
    description: "Also run the full suite serially in discovery. Off by default (parallel-first): discovery runs the full suite at the parallel worker counts, and the serial evidence comes from serial reruns of the suspects only. Serial full-suite runs happen anyway when the framework cannot rerun a subset and with confirm off. Turn it on to see, in discovery, tests that fail only when run serially.",
    default: "false",
    config: true,
    action: true,
    cli: { flag: "serial-discovery", help: "also run the full suite serially in discovery (default: parallel counts\nonly; suspects are rerun serially in confirmation)" }
  },
  {
    name: "burn-in",
    type: "count",
    description: "With base (a pull request): this many extra parallel runs, at the largest worker count, of the tests in files the pull request changes, together with the tests that share a literal port, path, database or env var with them and a seeded random sample of the suite; a test that fails there is confirmed like any other suspect. 0 = off.",
    default: "4",
    config: true,
    action: true,
    cli: { flag: "burn-in", metavar: "N", help: "with --base: N parallel runs of the changed tests, the tests sharing a\nresource with them and a random sample of the suite (default 4; 0 = off)" }
  },
  {
    name: "timeout-minutes",
    type: "duration",
    description: "Time limit of one run, in minutes; a run that exceeds it is killed with its process tree.",
    default: "10",
    config: true,
    action: true,
    cli: { flag: "timeout", metavar: "DUR", default: "10m", help: "per-run timeout, e.g. 90s, 10m; kills the whole process tree" }
  },
  {
    name: "budget-minutes",
    type: "duration",
    description: "Time budget for all runs, in minutes; empty = no budget. Planned runs that would exceed it are skipped (and reported).",
    default: "",
    config: true,
    action: true,
    cli: { flag: "budget", metavar: "DUR", help: "total time budget, e.g. 30m; runs that do not fit are skipped and reported" }
  },
  {
    name: "confirm",
    type: "boolean",
    description: "Rerun suspects (serially in isolation and in parallel with their co-failing tests) until the evidence decides. With mode: aggregate, the merged shards' suspects are rerun in working-directory (the project must be checked out and set up there).",
    default: "true",
    config: true,
    action: true,
    cli: {
      flag: "confirm",
      negatable: true,
      help: "rerun suspects until the evidence decides (run: on by default; --no-confirm\nonly reports discovery); analyze --confirm reruns merged shards' suspects in --cwd"
    }
  },
  {
    name: "resource-probe",
    type: "boolean",
    description: "Watch which ports, files, SQLite databases and working directories each test touches while it runs, and under pytest the environment variables it sets (pytest through flakegate's plugin, Node through a preload; Go and JVM commands are not probed; each run writes them under `out`/runs/<id>/probe/). A resource that tests in different worker processes touch in the same run is the strongest evidence of a cause. false: no probe variable and no injection into the test command.",
    default: "true",
    config: true,
    action: true,
    cli: { flag: "resource-probe", negatable: true, help: "record the ports, files and databases each test touches (default on;\n--no-resource-probe runs the command without any probe)" }
  },
  {
    name: "fail-on",
    type: "choice",
    values: FAIL_ON_VALUES,
    description: "When the step fails: parallel-only, new-parallel-only (only parallel-only tests not known on the base branch: not quarantined and not in the stability tracking issue), flaky (parallel-only or flaky) or never. Expired quarantine entries that still match a test fail it too.",
    default: "parallel-only",
    config: true,
    action: true,
    cli: { flag: "fail-on", metavar: "WHAT", help: "when the gate fails (new-parallel-only: only tests neither quarantined\nnor in the stability history)" }
  },
  {
    name: "fail-on-confidence",
    type: "choice",
    values: CONFIDENCE_VALUES,
    description: "How sure a parallel-only test must be to fail the step: confirmed (default: the decision rule with its stated error rate, at most 1% per run of failing because of a test that is not parallel-only), likely (also tests whose evidence leans parallel-only without meeting the rule) or insufficient (any parallel-only test). Tests below it are reported as warnings with the runs that would decide them.",
    default: "confirmed",
    config: true,
    action: true,
    cli: { flag: "fail-on-confidence", metavar: "TIER", help: "lowest tier of a parallel-only test that fails the gate: confirmed (the\n1% rule), likely or insufficient; lower tiers are warnings" }
  },
  {
    name: "working-directory",
    type: "path",
    description: "Project directory the tests run in, relative to the workspace.",
    default: ".",
    config: true,
    action: true,
    cli: { flag: "cwd", metavar: "DIR", help: "project directory" }
  },
  {
    name: "out",
    type: "path",
    description: "Output directory for report.json, report.md, report.html and the raw reports of every run (runs/).",
    default: ".flakegate",
    config: true,
    action: true,
    cli: { flag: "out", metavar: "DIR", help: "output directory for report.json, report.md, report.html and runs/" }
  },
  {
    name: "comment",
    type: "choice",
    values: ["always", "on-failure", "off"],
    description: "Sticky PR comment: always, on-failure (and delete it once the gate passes) or off.",
    default: "always",
    config: false,
    action: true,
    cli: null
  },
  {
    name: "comment-key",
    type: "text",
    description: "Identifies this job's sticky comment; set it when several flakegate jobs (e.g. a matrix) comment on one PR, and to the same value in a mode: comment workflow.",
    default: "${{ github.job }}",
    config: false,
    action: true,
    cli: null
  },
  {
    name: "check-name",
    type: "text",
    description: "Name of the check run created on the commit under test; empty = no check run.",
    default: "flakegate",
    config: false,
    action: true,
    cli: null
  },
  {
    name: "token",
    type: "secret",
    description: "Token for the comment and check run (needs pull-requests: write and checks: write). Read-only tokens (fork PRs) only skip those, with a notice.",
    default: "${{ github.token }}",
    config: false,
    action: true,
    cli: null
  },
  {
    name: "mode",
    type: "choice",
    values: ["run", "comment", "aggregate", "stability"],
    description: 'run (run the tests and publish), comment (post the comment for an already-downloaded report.json, for the workflow_run half of the fork-PR setup; runs no tests) aggregate (merge the shard results in `shards`, then report, comment and check once) or stability (for `schedule:` workflows: run like `run`, then record the result in the tracking issue "Parallel-only and flaky tests"; needs `issues: write`; fails only on configuration errors, never on the gate).',
    default: "run",
    config: false,
    action: true,
    cli: null
  },
  {
    name: "report",
    type: "path",
    description: "Path of report.json, for mode: comment.",
    default: "",
    config: false,
    action: true,
    cli: null
  },
  {
    name: "shard",
    type: "slice",
    description: "Run only slice i/n of the plan (e.g. 2/4 in a matrix job): whole iterations, no confirmation, no comment or check, never fails on the gate; upload `out` as an artifact for mode: aggregate.",
    default: "",
    config: true,
    action: true,
    cli: {
      flag: "shard",
      metavar: "I/N",
      help: "run only the I-th of N slices of the plan (a matrix job); writes shard.json and a\npartial report, skips confirmation, exits 0 on the gate; merge with analyze"
    }
  },
  {
    name: "shards",
    type: "path",
    description: "For mode: aggregate, the directory holding the downloaded shard artifacts, one sub-directory each (download-artifact without merge-multiple).",
    default: "shard-results",
    config: false,
    action: true,
    cli: null
  },
  {
    name: "base",
    type: "text",
    description: "Base commit or ref of the pull request, for finding the tests it changes (git diff base...HEAD; needs the base in the checkout, e.g. actions/checkout with fetch-depth: 0): they are listed in the report and get the burn-in runs (burn-in). Default: the pull_request event's base commit.",
    default: "",
    config: true,
    action: true,
    cli: { flag: "base", metavar: "REF", help: "base commit or ref of a pull request: its changed tests and the tests\nsharing a resource with them are listed in the report" }
  },
  {
    name: "quarantine",
    type: "path",
    description: "Quarantine file (YAML: known tests with reason, owner or issue, optional expires); default .flakegate.yml in working-directory when it exists. Quarantined tests are run and reported but never fail the gate.",
    default: "",
    config: true,
    action: true,
    cli: {
      flag: "quarantine",
      metavar: "FILE",
      help: "quarantined tests (YAML; default .flakegate.yml in --cwd when it exists): run and\nreported, never fail the gate; an expired entry that still matches a test fails it"
    }
  },
  { name: "json", type: "boolean", description: "", default: "", config: false, action: false, cli: { flag: "json", help: "print report.json to stdout instead of the table" } },
  { name: "all", type: "boolean", description: "", default: "", config: false, action: false, cli: { flag: "all", help: "list stable and skipped tests in the table too" } },
  {
    name: "no-color",
    type: "boolean",
    description: "",
    default: "",
    config: false,
    action: false,
    cli: { flag: "no-color", help: "plain output (also when NO_COLOR is set or stdout is not a terminal)" }
  },
  { name: "verbose", type: "boolean", description: "", default: "", config: false, action: false, cli: { flag: "verbose", help: "log every step" } },
  { name: "help", type: "boolean", description: "", default: "", config: false, action: false, cli: { flag: "help", short: "h", help: "this help" } },
  { name: "version", type: "boolean", description: "", default: "", config: false, action: false, cli: { flag: "version", short: "v", help: "print flakegate's version" } }
];
function inputNamed(name) {
  const found2 = INPUTS.find((i) => i.name === name);
  if (found2 === void 0) throw new Error(`undeclared input ${name}`);
  return found2;
}
function settingNamed(key) {
  return INPUTS.find((i) => i.config && i.cli?.flag === key);
}
function choicesOf(name) {
  return inputNamed(name).values ?? [];
}

// src/config.ts
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";

// src/frameworks/capabilities.ts
var CAPABILITIES = {
  // Node ids in argument order, one process per xdist worker, tests dealt out one at a time.
  pytest: { subsetReruns: true, orderReplay: true, testSelection: "node-ids", parallelUnit: "test", workerEnvVar: "PYTEST_XDIST_WORKER", argumentsEnvVar: "PYTEST_ADDOPTS" },
  // The JS runners order files themselves and report reconstructed lanes, not processes: no replay.
  jest: { subsetReruns: true, orderReplay: false, testSelection: "name-pattern", parallelUnit: "file", workerEnvVar: "JEST_WORKER_ID", runtimeProbe: "node" },
  vitest: { subsetReruns: true, orderReplay: false, testSelection: "name-pattern", parallelUnit: "file", workerEnvVar: "VITEST_POOL_ID", runtimeProbe: "node" },
  mocha: { subsetReruns: true, orderReplay: false, testSelection: "name-pattern", parallelUnit: "file", workerEnvVar: "MOCHA_WORKER_ID", runtimeProbe: "node" },
  node: { subsetReruns: true, orderReplay: false, testSelection: "name-pattern", parallelUnit: "file", runtimeProbe: "node" },
  // `-p N` runs package binaries side by side; Go names no worker.
  go: { subsetReruns: true, orderReplay: false, testSelection: "name-pattern", parallelUnit: "package" }
};
function isPresetName(name) {
  return Object.hasOwn(CAPABILITIES, name);
}

// src/frameworks/wrapped-command.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);

// src/run/command-template.ts
var SIGNAL_PRELUDE = `trap 's=$?; if [ "$s" -gt 128 ] && [ "$s" -le 192 ]; then trap - EXIT; kill -s "$(kill -l "$s")" $$; fi' EXIT`;
var JUNIT_ENV_VAR = "FLAKEGATE_JUNIT";
var PLACEHOLDERS = ["workers", "junit", "tests"];
var REQUIRED = [
  { name: "workers", why: "where the worker count goes" },
  { name: "junit", why: "where the command writes its JUnit XML report" }
];
var PLACEHOLDER = /(?<!\$)\{([A-Za-z_][A-Za-z0-9_-]*)\}/y;
function parseTemplate(template) {
  if (template.trim() === "") {
    return fail('is empty; give the test command, e.g. "pytest -n {workers} --junitxml={junit}"');
  }
  const parts = [];
  let text = "";
  let quote = "none";
  for (let i = 0; i < template.length; ) {
    PLACEHOLDER.lastIndex = i;
    const match = template[i] === "{" ? PLACEHOLDER.exec(template) : null;
    const name = match?.[1];
    if (match && name !== void 0) {
      if (!isPlaceholderName(name)) {
        return fail(`has an unknown placeholder {${name}}; the placeholders are {workers}, {junit} and {tests}`);
      }
      if (text !== "") parts.push({ kind: "text", text });
      text = "";
      parts.push({ kind: "placeholder", name, quote });
      i += match[0].length;
      continue;
    }
    const char = template[i] ?? "";
    if (char === "\\" && quote !== "single") {
      text += template.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char === "'" && quote !== "double") quote = quote === "single" ? "none" : "single";
    else if (char === '"' && quote !== "single") quote = quote === "double" ? "none" : "double";
    text += char;
    i += 1;
  }
  if (text !== "") parts.push({ kind: "text", text });
  if (quote !== "none") return fail(`has an unterminated ${quote === "single" ? "'" : '"'} quote`);
  const used = new Set(parts.flatMap((part) => part.kind === "placeholder" ? [part.name] : []));
  const missing = REQUIRED.filter(({ name }) => !used.has(name));
  if (missing.length > 0) {
    const list3 = missing.map(({ name, why }) => `{${name}} (${why})`).join(" and ");
    return fail(`must contain ${list3}; got "${template}"`);
  }
  return { ok: true, template: { source: template, parts, supportsSubset: used.has("tests") } };
}
function buildTemplateCommand(template, ctx) {
  const parsed = typeof template === "string" ? parseOrThrow(template) : template;
  if (!Number.isSafeInteger(ctx.workers) || ctx.workers < 1) {
    throw new RangeError(`workers must be a positive integer, got ${ctx.workers}`);
  }
  const tests = parsed.supportsSubset ? ctx.tests ?? [] : [];
  let script = `${SIGNAL_PRELUDE}
`;
  let display = "";
  for (const part of parsed.parts) {
    if (part.kind === "text") {
      script += part.text;
      display += part.text;
      continue;
    }
    script += shellReference(part.name, part.quote, ctx.workers);
    display += displayValue(part.name, part.quote, ctx.workers, ctx.junitPath, tests);
  }
  return {
    file: "sh",
    // `flakegate` is $0 (named in the shell's error messages); the ids are $1, $2, ...
    args: ["-c", script, "flakegate", ...tests],
    env: { [JUNIT_ENV_VAR]: ctx.junitPath },
    display: display.trim()
  };
}
function shellReference(name, quote, workers) {
  if (name === "workers") return String(workers);
  const inDoubleQuotes = name === "junit" ? `\${${JUNIT_ENV_VAR}}` : "$@";
  switch (quote) {
    case "double":
      return inDoubleQuotes;
    case "none":
      return `"${inDoubleQuotes}"`;
    case "single":
      return `'"${inDoubleQuotes}"'`;
  }
}
function displayValue(name, quote, workers, junitPath, tests) {
  if (name === "workers") return String(workers);
  const values = name === "junit" ? [junitPath] : tests;
  return values.map((value) => quote === "none" ? shellQuote(value) : value).join(" ");
}
function shellQuote(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
function isPlaceholderName(name) {
  return PLACEHOLDERS.includes(name);
}
function parseOrThrow(template) {
  const result = parseTemplate(template);
  if (!result.ok) throw new TypeError(result.error);
  return result.template;
}
function fail(problem) {
  return { ok: false, error: `input "command" ${problem}`, problem };
}

// src/frameworks/display.ts
function displayCommand(file, args, env = {}) {
  return render(file, args, env, shellQuote);
}
function displayTemplate(file, args, env = {}) {
  return render(file, args, env, (word) => /^[A-Za-z0-9_@%+=:,./{}-]+$/.test(word) ? word : shellQuote(word));
}
function render(file, args, env, quote) {
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${quote(value)}`);
  return [...assignments, quote(file), ...args.map(quote)].join(" ");
}

// src/frameworks/wrapped-command.ts
var ARGS_PLACEHOLDER = "{args}";
var SHELL_HINT = "the command is run without a shell; put shell syntax in a script and name the script, or use framework custom";
function parseWrappedTemplate(source, framework, argumentsEnvVar) {
  const fail2 = (problem) => ({ ok: false, problem });
  if (source.trim() === "") return fail2(`is empty; give the command that starts ${framework}, e.g. "./scripts/test.sh {args}"`);
  const variables = [];
  const entries = (0, import_shell_quote.parse)(source, (name) => {
    variables.push(name);
    return "";
  });
  if (variables.length > 0) return fail2(`uses $${variables[0]}: variables are not expanded (${SHELL_HINT})`);
  const words = [];
  for (const entry of entries) {
    if (typeof entry === "string") {
      words.push(entry);
      continue;
    }
    const text = "op" in entry ? entry.op === "glob" ? entry.pattern : entry.op : `#${entry.comment}`;
    return fail2(`has shell syntax '${text}' (${SHELL_HINT})`);
  }
  const first = words[0];
  if (first === void 0 || first === ARGS_PLACEHOLDER) return fail2(`must start with the program to run, e.g. "./scripts/test.sh {args}"`);
  const other = words.find((w) => /\{(?:workers|junit|tests)\}/.test(w));
  if (other !== void 0) {
    return fail2(`has '${other}': with framework ${framework} the preset passes the workers, the report path and the tests itself, through {args}; {workers}/{junit}/{tests} belong to framework custom`);
  }
  const at = words.flatMap((w, i) => w === ARGS_PLACEHOLDER ? [i] : []);
  if (at.length > 1) return fail2("has {args} more than once");
  const embedded = words.find((w) => w !== ARGS_PLACEHOLDER && w.includes(ARGS_PLACEHOLDER));
  if (embedded !== void 0) {
    return fail2(`has {args} inside the word '${embedded}': {args} must be a word of its own, which the command passes on as "$@" (a make variable or a quoted string would re-parse test names as shell text)`);
  }
  if (at.length === 0 && argumentsEnvVar === void 0) {
    return fail2(`needs {args} as a word of its own where ${framework}'s arguments go, e.g. "${source.trim()} {args}" (npm scripts: "npm test -- {args}")`);
  }
  return { ok: true, template: { source, words, argsAt: at[0] ?? null } };
}
function wrapPreset(preset, template, inheritedArguments = "") {
  const envVar = preset.capabilities.argumentsEnvVar;
  const [file = "", ...rest] = template.words;
  const place = (args) => template.argsAt === null ? rest : [...template.words.slice(1, template.argsAt), ...args, ...template.words.slice(template.argsAt + 1)];
  const build = (runner) => {
    if (template.argsAt !== null || envVar === void 0) return { args: place(runner.args), env: { ...runner.env } };
    const joined = [inheritedArguments.trim(), ...runner.args.map(shlexQuote)].filter((part) => part !== "").join(" ");
    return { args: place([]), env: { ...runner.env, [envVar]: joined } };
  };
  return {
    ...preset,
    template: template.source.trim(),
    reason: `${preset.reason}, run through the project's command`,
    buildCommand(ctx) {
      const { args, env } = build(preset.runnerArguments(ctx));
      return { file, args, env, display: displayCommand(file, args, env) };
    }
  };
}
function shlexQuote(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'"'"'`)}'`;
}

// src/run/changed-files.ts
import { execFile } from "node:child_process";
var REF = /^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/@^~-]{1,200}$/;
var MAX_CHANGED_FILES = 5e3;
function isSafeRef(ref) {
  return REF.test(ref) && !ref.endsWith(".lock") && !ref.endsWith("/");
}
async function changedFiles(cwd, base, timeoutMs = 3e4) {
  if (!isSafeRef(base)) return { ok: false, base, problem: `'${base}' is not a commit or ref name` };
  const out = await git(cwd, ["diff", "--name-only", "--no-renames", "-z", "--end-of-options", `${base}...HEAD`, "--"], timeoutMs);
  if (!out.ok) {
    const missing = /unknown revision|bad revision|no merge base|symmetric difference|bad object|not a git repository/i.test(out.error);
    const hint = missing ? " (is the base commit in the checkout? actions/checkout needs fetch-depth: 0)" : "";
    return { ok: false, base, problem: `git diff against ${base} failed: ${out.error.split("\n")[0] ?? ""}${hint}` };
  }
  const files = out.stdout.split("\0").filter((f) => f !== "" && confined(f));
  return { ok: true, base, files: files.slice(0, MAX_CHANGED_FILES), truncated: files.length > MAX_CHANGED_FILES };
}
function confined(path) {
  return !path.startsWith("/") && !path.split("/").includes("..") && !/[\u0000-\u001f]/.test(path) && path.length <= 4096;
}
function git(cwd, args, timeoutMs) {
  return new Promise((resolve3) => {
    execFile("git", ["-C", cwd, ...args], { timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024, windowsHide: true, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) resolve3({ ok: false, error: (stderr || error.message).trim() });
      else resolve3({ ok: true, stdout });
    });
  });
}

// src/shard/slice.ts
function parseShard(value, iterations) {
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim());
  if (!match) return `'${value}' is not a shard; use i/n, e.g. 1/4 (the i-th of n matrix jobs)`;
  const index = Number(match[1]);
  const count2 = Number(match[2]);
  if (count2 < 1 || index < 1 || index > count2) return `'${value}' is out of range; i must be between 1 and n, e.g. 1/4 ... 4/4`;
  if (count2 > iterations) {
    return `'${value}': ${count2} shards need at least ${count2} iterations (got ${iterations}); each shard runs whole iterations`;
  }
  return { index, count: count2 };
}
function sliceShard(plan, shard, iterations) {
  const [first, last] = iterationRange(shard, iterations);
  return plan.filter((spec) => spec.iteration >= first && spec.iteration <= last);
}
function iterationRange(shard, iterations) {
  const base = Math.floor(iterations / shard.count);
  const extra = iterations % shard.count;
  const before2 = (shard.index - 1) * base + Math.min(shard.index - 1, extra);
  const size3 = base + (shard.index <= extra ? 1 : 0);
  return [before2 + 1, before2 + size3];
}

// src/config.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
var FRAMEWORKS = choicesOf("framework");
var FAIL_ON = choicesOf("fail-on");
var CONFIDENCES = choicesOf("fail-on-confidence");
var DEFAULT_QUARANTINE = ".flakegate.yml";
function setting(key) {
  const found2 = settingNamed(key);
  if (found2 === void 0) throw new Error(`parseConfig reads undeclared setting '${key}'`);
  return found2;
}
function settingLabel(key, source) {
  const decl = setting(key);
  return source === "cli" ? `--${decl.cli?.flag ?? key}` : `input '${decl.name}'`;
}
function settingsFromInputs(input, keys) {
  const decls = INPUTS.filter((d) => d.config && d.action && d.cli !== null && (keys === void 0 || keys.includes(d.cli.flag)));
  return Object.fromEntries(decls.map((d) => [d.cli?.flag ?? d.name, input(d.name)]));
}
function parseChoice(decl, value, label) {
  const allowed = decl.values ?? [];
  if (!allowed.includes(value)) throw new ConfigError(`${label}: unknown value '${value}'; allowed: ${allowed.join(", ")}`);
  return value;
}
var MAX_WORKERS = 512;
var MAX_ITERATIONS = 1e3;
function parseConfig(raw, source, baseDir = process.cwd()) {
  for (const key of Object.keys(raw)) setting(key);
  const name = (key) => settingLabel(key, source);
  const get = (key) => {
    const value = raw[key]?.trim();
    return value === void 0 || value === "" ? setting(key).default : value;
  };
  const framework = get("framework");
  if (!FRAMEWORKS.includes(framework)) {
    throw new ConfigError(`${name("framework")}: unknown framework '${framework}'; allowed: ${FRAMEWORKS.join(", ")}`);
  }
  const commandRaw = get("command") || null;
  let resolvedFramework = framework;
  if (commandRaw !== null) {
    if (resolvedFramework === "auto") resolvedFramework = "custom";
    const parsed = isPresetName(resolvedFramework) ? parseWrappedTemplate(commandRaw, resolvedFramework, CAPABILITIES[resolvedFramework].argumentsEnvVar) : parseTemplate(commandRaw);
    if (!parsed.ok) throw new ConfigError(`${name("command")} ${parsed.problem}`);
  } else if (resolvedFramework === "custom") {
    throw new ConfigError(`${name("framework")} custom needs ${name("command")}, a template with {workers} and {junit}`);
  }
  const workers = parseWorkers(get("workers"), name("workers"));
  const iterations = parseCount(get("iterations"), name("iterations"), MAX_ITERATIONS);
  const shardRaw = get("shard");
  const shard = shardRaw ? parseShard(shardRaw, iterations) : void 0;
  if (typeof shard === "string") throw new ConfigError(`${name("shard")}: ${shard}`);
  const timeoutMs = parseDuration(get("timeout"), name("timeout"));
  const budget = get("budget");
  const budgetMs = budget === "" ? null : parseDuration(budget, name("budget"));
  const confirm = parseBoolean(get("confirm"), name("confirm"));
  const serialDiscovery = parseBoolean(get("serial-discovery"), name("serial-discovery"));
  const resourceProbe = parseBoolean(get("resource-probe"), name("resource-probe"));
  const burnIn2 = parseCountOrZero(get("burn-in"), name("burn-in"), MAX_BURN_IN);
  const failOn = parseChoice(setting("fail-on"), get("fail-on"), name("fail-on"));
  const failOnConfidence = parseChoice(setting("fail-on-confidence"), get("fail-on-confidence"), name("fail-on-confidence"));
  const cwd = resolve(baseDir, get("cwd"));
  if (!isDirectory(cwd)) {
    throw new ConfigError(`${name("cwd")}: '${cwd}' is not a directory`);
  }
  const out = resolve(baseDir, get("out"));
  const quarantineRaw = get("quarantine");
  const quarantine = quarantineRaw ? resolve(baseDir, quarantineRaw) : resolve(cwd, DEFAULT_QUARANTINE);
  if (quarantineRaw && !existsSync(quarantine)) {
    throw new ConfigError(`${name("quarantine")}: '${quarantine}' does not exist; name an existing YAML file or leave it empty for ${DEFAULT_QUARANTINE} in the working directory`);
  }
  const base = get("base");
  if (base && !isSafeRef(base)) throw new ConfigError(`${name("base")}: '${base}' is not a commit or ref name (letters, digits, . _ / @ ^ ~ -, not starting with -)`);
  return Object.freeze({
    ...base ? { base } : {},
    framework: resolvedFramework,
    command: commandRaw,
    workers: Object.freeze(workers),
    iterations,
    timeoutMs,
    budgetMs,
    confirm,
    serialDiscovery,
    resourceProbe,
    burnIn: burnIn2,
    failOn,
    failOnConfidence,
    cwd,
    out,
    ...shard ? { shard: Object.freeze(shard) } : {},
    ...existsSync(quarantine) ? { quarantine } : {}
  });
}
function parseWorkers(value, label) {
  const parts = value.split(/[\s,]+/).filter((p) => p !== "");
  const counts = parts.map((p) => {
    if (!/^\d+$/.test(p) || Number(p) < 1 || Number(p) > MAX_WORKERS) {
      throw new ConfigError(`${label}: '${p}' is not a worker count; use positive integers up to ${MAX_WORKERS}, e.g. 1,2,4`);
    }
    return Number(p);
  });
  const unique2 = [...new Set(counts)].sort((a, b) => a - b);
  if (unique2.length < 2) {
    throw new ConfigError(`${label}: '${value}' needs at least two different worker counts (a serial baseline and a parallel one), e.g. 1,4`);
  }
  return unique2;
}
var MAX_BURN_IN = 100;
function parseCountOrZero(value, label, max) {
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new ConfigError(`${label}: '${value}' is not a whole number from 0 to ${max}`);
  }
  return Number(value);
}
function parseCount(value, label, max) {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new ConfigError(`${label}: '${value}' is not a positive integer up to ${max}`);
  }
  return Number(value);
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var MIN_DURATION_MS = 1e3;
var MAX_DURATION_MS = 7 * 24 * 36e5;
function parseDuration(value, label) {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  const ms = match ? Math.round(Number(match[1]) * (UNIT_MS[match[2] ?? "m"] ?? 6e4)) : NaN;
  if (!Number.isFinite(ms)) {
    throw new ConfigError(`${label}: '${value}' is not a duration; use e.g. 90s, 10m or 1h (a bare number means minutes)`);
  }
  if (ms < MIN_DURATION_MS || ms > MAX_DURATION_MS) {
    throw new ConfigError(`${label}: '${value}' is ${ms} ms; use a duration from 1s to 7 days, e.g. 90s, 10m or 1h (a bare number means minutes)`);
  }
  return ms;
}
function parseBoolean(value, label) {
  const v = value.toLowerCase();
  if (["true", "yes", "1", "on"].includes(v)) return true;
  if (["false", "no", "0", "off"].includes(v)) return false;
  throw new ConfigError(`${label}: '${value}' is not a boolean; use true or false`);
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// src/frameworks/errors.ts
var SetupError = class extends Error {
  name = "SetupError";
  /** One line the user can act on, e.g. `npm install --save-dev jest-junit`. */
  hint;
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
};

// src/pipeline.ts
import { mkdir as mkdir2, writeFile as writeFile3 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join as join16 } from "node:path";

// src/observe/outcome.ts
function outcomeRank(outcome) {
  switch (outcome) {
    case "skipped":
      return 0;
    case "passed":
      return 1;
    case "lost":
      return 2;
    case "failed":
      return 3;
    case "error":
      return 4;
  }
}
function effectiveOutcome(testCase) {
  let outcome = testCase.outcome;
  if (testCase.attempts === void 0) return outcome;
  for (const attempt of testCase.attempts) if (outcomeRank(attempt.outcome) > outcomeRank(outcome)) outcome = attempt.outcome;
  return outcome;
}
function isFailure(outcome) {
  return outcome === "failed" || outcome === "error";
}
function failedInRun(testCase) {
  return isFailure(effectiveOutcome(testCase));
}

// src/observe/run-outcomes.ts
var FAILED = outcomeRank("failed");
var PASSED = outcomeRank("passed");
function outcomeOfCases(cases) {
  let worst = -1;
  for (const c of cases) worst = Math.max(worst, outcomeRank(effectiveOutcome(c)));
  return worst >= FAILED ? "failed" : worst === PASSED ? "passed" : null;
}
var cache = /* @__PURE__ */ new WeakMap();
function runOutcomes(run2) {
  const cached = cache.get(run2);
  if (cached) return cached;
  const map = outcomesAmong(run2, null);
  cache.set(run2, map);
  return map;
}
function outcomesAmong(run2, ids) {
  const worst = /* @__PURE__ */ new Map();
  for (const c of run2.cases) {
    if (ids !== null && !ids.has(c.id)) continue;
    const rank4 = outcomeRank(effectiveOutcome(c));
    if (rank4 > (worst.get(c.id) ?? -1)) worst.set(c.id, rank4);
  }
  const map = /* @__PURE__ */ new Map();
  for (const [id, rank4] of worst) {
    if (rank4 >= FAILED) map.set(id, "failed");
    else if (rank4 === PASSED) map.set(id, "passed");
  }
  return map;
}
function outcomeOf(run2, id) {
  return runOutcomes(run2).get(id) ?? null;
}
function failuresIn(run2) {
  return [...runOutcomes(run2)].filter(([, o]) => o === "failed").map(([id]) => id).sort();
}
function includes(run2, id) {
  const subset = run2.record.subset;
  return subset === void 0 || subset.includes(id);
}

// src/observe/run-kind.ts
function isExperiment(run2) {
  return run2.record.phase === "confirm-partner" || run2.record.phase === "confirm-order";
}
function nominates(run2) {
  return run2.record.phase === "discovery" || run2.record.phase === "burn-in";
}
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/observe/observations.ts
function observationsOf(runs2, id) {
  const out = [];
  runs2.forEach((run2, order) => {
    const outcome = runOutcomes(run2).get(id);
    if (outcome === void 0) return;
    const { record } = run2;
    out.push({ run: record.id, order, workers: record.workers, phase: record.phase, experiment: isExperiment(run2), subset: record.subset !== void 0, failed: outcome === "failed" });
  });
  return out;
}

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
  const found2 = byName?.get(name);
  if (found2 !== void 0) {
    if (!Array.isArray(found2)) {
      if (found2.rawFile === rawFile) return found2;
    } else {
      for (const entry2 of found2) if (entry2.rawFile === rawFile) return entry2;
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

// src/verdict/verdict.ts
var ran = (c) => c.passed + c.failed;
function verdictOf(t) {
  const totalRan = ran(t.serial) + ran(t.parallel);
  const lost = t.serial.lost + t.parallel.lost;
  if (totalRan === 0 && (lost === 0 || t.serial.skipped + t.parallel.skipped > 0)) return "skipped";
  if (t.serial.failed > 0) {
    return ran(t.serial) > 0 && t.serial.passed + t.parallel.passed === 0 ? "broken" : "flaky";
  }
  if (t.parallel.failed > 0) return "parallel-only";
  return lost > 0 ? "lost" : "stable";
}

// src/verdict/confidence.ts
var MIN_RUNS_PER_ARM = 3;
function observedConfidence(verdict, t, hasParallel) {
  switch (verdict) {
    case "flaky":
      return { confidence: t.serial.failed >= 2 ? "confirmed" : "likely" };
    case "lost":
      return { confidence: t.serial.lost + t.parallel.lost >= 2 ? "confirmed" : "likely" };
    case "stable":
    case "broken":
      return observationConfidence(ran(t.serial), hasParallel ? ran(t.parallel) : Infinity);
    case "skipped":
      return { confidence: "confirmed" };
  }
}
function observationConfidence(serial, parallel) {
  const fewest = Math.min(serial, parallel);
  if (fewest >= MIN_RUNS_PER_ARM) return { confidence: "confirmed" };
  if (fewest >= 1) return { confidence: "likely" };
  return { confidence: "insufficient", runsToDecide: MIN_RUNS_PER_ARM };
}

// src/verdict/nominate.ts
function nominate(runs2, serialWorkers) {
  const discovery = runs2.filter(nominates);
  const candidates = /* @__PURE__ */ new Set();
  for (const run2 of discovery) {
    if (run2.record.workers <= serialWorkers) continue;
    for (const c of run2.cases) if (failedInRun(c)) candidates.add(c.id);
  }
  const seen = /* @__PURE__ */ new Map();
  for (const id of candidates) seen.set(id, { serial: { failed: 0, n: 0 }, byCount: /* @__PURE__ */ new Map() });
  for (const run2 of discovery) {
    if (candidates.size === 0) break;
    const workers = run2.record.workers;
    for (const [id, outcome] of outcomesAmong(run2, candidates)) {
      const entry = seen.get(id);
      if (entry === void 0) continue;
      let tally2 = workers <= serialWorkers ? entry.serial : entry.byCount.get(workers);
      if (tally2 === void 0) {
        tally2 = { failed: 0, n: 0 };
        entry.byCount.set(workers, tally2);
      }
      tally2.n++;
      if (outcome === "failed") tally2.failed++;
    }
  }
  const nominees = /* @__PURE__ */ new Map();
  for (const [id, entry] of [...seen].sort((a, b) => compareIds(a[0], b[0]))) {
    if (entry.serial.failed > 0) continue;
    const failing = [...entry.byCount].filter(([, t]) => t.failed > 0).sort((a, b) => a[0] - b[0])[0];
    if (failing === void 0) continue;
    const [threshold, parallel] = failing;
    nominees.set(id, { id, threshold, serial: { ...entry.serial }, parallel: { ...parallel } });
  }
  return { serialWorkers, nominees };
}

// src/verdict/tapes.ts
function confirmationTapes(runs2, id, serialWorkers, parallelWorkers) {
  const confirmation = runs2.filter((r) => r.record.phase === "confirm-serial" || r.record.phase === "confirm-parallel");
  const all = observationsOf(confirmation, id).filter((o) => !o.experiment);
  return {
    serial: tape(all.filter((o) => o.phase === "confirm-serial" && o.workers === serialWorkers), serialWorkers),
    parallel: tape(all.filter((o) => o.phase === "confirm-parallel" && o.workers === parallelWorkers), parallelWorkers)
  };
}
function tape(observations, workers) {
  return { workers, failed: observations.map((o) => o.failed), runs: observations.map((o) => o.run) };
}
function failuresOf(tape3, n = tape3.failed.length) {
  let k = 0;
  for (let i = 0; i < Math.min(n, tape3.failed.length); i++) if (tape3.failed[i] === true) k++;
  return k;
}

// src/stats/e-value.ts
function blockLogE(sf, sn, pf, pn, a, b) {
  if (!(a < b) || sn + pn === 0) return 0;
  const m = (sn * a + pn * b) / (sn + pn);
  return term(sf, a, m) + term(sn - sf, 1 - a, 1 - m) + term(pf, b, m) + term(pn - pf, 1 - b, 1 - m);
}
function expectedBlockLogE(a, b, sn, pn) {
  if (!(a < b) || sn + pn === 0) return 0;
  const m = (sn * a + pn * b) / (sn + pn);
  return sn * kl(a, m) + pn * kl(b, m);
}
function kl(p, q) {
  return term(p, p, q) + term(1 - p, 1 - p, 1 - q);
}
function term(count2, num, den) {
  return count2 === 0 ? 0 : count2 * Math.log(num / den);
}

// src/stats/e-process.ts
function eProcess(input) {
  const { serial, parallel, serialPerBlock: sn, parallelPerBlock: pn, prior, logThreshold: logThreshold2 } = input;
  const blocks = Math.min(Math.floor(serial.length / sn), Math.floor(parallel.length / pn));
  let sf = prior.serial.failed;
  let sN = prior.serial.n;
  let pf = prior.parallel.failed;
  let pN = prior.parallel.n;
  let logE = 0;
  let maxLogE = 0;
  let crossedAt = null;
  const path = [];
  for (let j = 0; j < blocks; j++) {
    const a = (sf + 0.5) / (sN + 1);
    const b = (pf + 0.5) / (pN + 1);
    const bsf = count(serial, j * sn, sn);
    const bpf = count(parallel, j * pn, pn);
    logE += blockLogE(bsf, sn, bpf, pn, a, b);
    path.push(logE);
    if (logE > maxLogE) maxLogE = logE;
    if (crossedAt === null && logE >= logThreshold2) crossedAt = j + 1;
    sf += bsf;
    sN += sn;
    pf += bpf;
    pN += pn;
  }
  return { blocks, logE, maxLogE, crossedAt, path, next: { a: (sf + 0.5) / (sN + 1), b: (pf + 0.5) / (pN + 1) } };
}
function blocksToThreshold(process2, logThreshold2, serialPerBlock, parallelPerBlock, cap) {
  const need = logThreshold2 - process2.logE;
  if (need <= 0) return 0;
  const growth = expectedBlockLogE(process2.next.a, process2.next.b, serialPerBlock, parallelPerBlock);
  if (growth <= 0) return null;
  const blocks = Math.ceil(need / growth);
  return blocks <= cap ? blocks : null;
}
function count(outcomes, from, n) {
  let k = 0;
  for (let i = from; i < from + n; i++) if (outcomes[i] === true) k++;
  return k;
}

// src/stats/log-gamma.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
var HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
function logGamma(x) {
  if (x <= 0) return Infinity;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
function logBeta(a, b) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
var FACTORIAL_TABLE_SIZE = 2048;
var logFactorials = new Float64Array(FACTORIAL_TABLE_SIZE);
for (let i = 2; i < FACTORIAL_TABLE_SIZE; i++) logFactorials[i] = (logFactorials[i - 1] ?? 0) + Math.log(i);
function logFactorial(n) {
  return n < FACTORIAL_TABLE_SIZE ? logFactorials[n] ?? 0 : logGamma(n + 1);
}
function logChoose(n, k) {
  if (k < 0 || k > n) return -Infinity;
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

// src/stats/fisher.ts
function fisherOneSided(parFail, parN, serFail, serN) {
  if (parN <= 0 || serN <= 0) return 1;
  const n = parN + serN;
  const k = parFail + serFail;
  const logTotal = logChoose(n, parN);
  const last = Math.min(k, parN);
  let p = 0;
  for (let x = parFail; x <= last; x++) {
    p += Math.exp(logChoose(k, x) + logChoose(n - k, parN - x) - logTotal);
  }
  return Math.min(1, p);
}

// src/stats/prob-greater.ts
function probGreater(parFail, parN, serFail, serN) {
  let a = 0.5;
  let b = 0.5;
  let c = 0.5;
  let d = 0.5;
  let g = 0.5;
  const h = () => Math.exp(logBeta(a + c, b + d) - logBeta(a, b) - logBeta(c, d));
  for (let i = 0; i < parFail; i++, a++) g += h() / a;
  for (let i = 0; i < parN - parFail; i++, b++) g -= h() / b;
  for (let i = 0; i < serFail; i++, c++) g -= h() / c;
  for (let i = 0; i < serN - serFail; i++, d++) g += h() / d;
  return Math.min(1, Math.max(0, g));
}

// src/verdict/rule.ts
var GATE_ALPHA = 0.01;
var SERIAL_PER_BLOCK = 2;
var PARALLEL_PER_BLOCK = 1;
var LIKELY_PROBABILITY = 0.95;
var PROJECTION_CAP_BLOCKS = 200;
function logThreshold(suspects, alpha = GATE_ALPHA) {
  return Math.log(Math.max(1, suspects) / alpha);
}

// src/verdict/judge.ts
function evidenceOf(runs2, nominee, nomination) {
  const { serial, parallel } = confirmationTapes(runs2, nominee.id, nomination.serialWorkers, nominee.threshold);
  const suspects = nomination.nominees.size;
  const threshold = logThreshold(suspects);
  const process2 = eProcess({
    serial: serial.failed,
    parallel: parallel.failed,
    serialPerBlock: SERIAL_PER_BLOCK,
    parallelPerBlock: PARALLEL_PER_BLOCK,
    prior: { serial: nominee.serial, parallel: nominee.parallel },
    logThreshold: threshold
  });
  return { nominee, serial, parallel, process: process2, logThreshold: threshold, suspects };
}
var isConfirmed = (evidence) => evidence.process.crossedAt !== null;
function judgeParallelOnly(runs2, id, nomination, allRuns) {
  const nominee = nomination.nominees.get(id);
  if (nominee !== void 0) {
    const evidence = evidenceOf(runs2, nominee, nomination);
    if (evidence.process.blocks > 0) return fromConfirmation(evidence);
  }
  return fromAllRuns(allRuns, nomination, nominee);
}
function judgeEvidence(evidence) {
  return evidence.process.blocks > 0 ? fromConfirmation(evidence) : null;
}
function fromConfirmation(evidence) {
  const { process: process2, serial, parallel, suspects } = evidence;
  const used = process2.crossedAt ?? process2.blocks;
  const logE = process2.crossedAt === null ? process2.maxLogE : process2.path[used - 1] ?? process2.maxLogE;
  const s = arm(serial, used * SERIAL_PER_BLOCK);
  const p = arm(parallel, used * PARALLEL_PER_BLOCK);
  const sample = { source: "confirmation", serial: s, parallel: p, blocks: used, eValue: Math.exp(logE), threshold: Math.exp(evidence.logThreshold), suspects, alpha: GATE_ALPHA };
  const probParallelWorse = probGreater(p.failed, p.n, s.failed, s.n);
  const pValue = Math.min(1, Math.exp(-logE));
  if (process2.crossedAt !== null) return { confidence: "confirmed", sample, pValue, probParallelWorse };
  const blocks = blocksToThreshold(process2, evidence.logThreshold, SERIAL_PER_BLOCK, PARALLEL_PER_BLOCK, PROJECTION_CAP_BLOCKS);
  const confidence = probParallelWorse >= LIKELY_PROBABILITY ? "likely" : "insufficient";
  return { confidence, sample, pValue, probParallelWorse, ...blocks === null ? {} : { runsToDecide: blocks * (SERIAL_PER_BLOCK + PARALLEL_PER_BLOCK) } };
}
function arm(tape3, n) {
  const k = Math.min(n, tape3.failed.length);
  return { workers: [tape3.workers], failed: failuresOf(tape3, k), n: k, runs: tape3.runs.slice(0, k) };
}
function fromAllRuns(sample, nomination, nominee) {
  const { serial: s, parallel: p } = sample;
  const comparable = s.n > 0 && p.n > 0;
  const pValue = comparable ? fisherOneSided(p.failed, p.n, s.failed, s.n) : null;
  const probParallelWorse = comparable ? probGreater(p.failed, p.n, s.failed, s.n) : null;
  const confidence = probParallelWorse !== null && probParallelWorse >= LIKELY_PROBABILITY ? "likely" : "insufficient";
  const suspects = nomination.nominees.size + (nominee === void 0 ? 1 : 0);
  const threshold = logThreshold(suspects);
  const prior = { serial: { failed: s.failed, n: s.n }, parallel: { failed: p.failed, n: p.n } };
  const fresh = eProcess({ serial: [], parallel: [], serialPerBlock: SERIAL_PER_BLOCK, parallelPerBlock: PARALLEL_PER_BLOCK, prior, logThreshold: threshold });
  const blocks = blocksToThreshold(fresh, threshold, SERIAL_PER_BLOCK, PARALLEL_PER_BLOCK, PROJECTION_CAP_BLOCKS);
  return { confidence, sample, pValue, probParallelWorse, ...blocks === null ? {} : { runsToDecide: blocks * (SERIAL_PER_BLOCK + PARALLEL_PER_BLOCK) } };
}

// src/verdict/serial-order.ts
var ALONE_FAILURES_BEFORE_ORDER = 2;
var IN_ORDER_PASSES = 2;
function serialSplit(runs2, id, serialWorkers) {
  const alone2 = { failed: 0, n: 0, runs: [] };
  const inOrder = { failed: 0, n: 0, runs: [] };
  for (const o of observationsOf(runs2, id)) {
    if (o.experiment || o.workers !== serialWorkers) continue;
    const kind = o.subset ? o.phase === "confirm-serial" ? alone2 : null : inOrder;
    if (kind === null) continue;
    kind.n++;
    kind.runs.push(o.run);
    if (o.failed) kind.failed++;
  }
  return { alone: alone2, inOrder };
}
function needsPredecessors(split3) {
  const { alone: alone2, inOrder } = split3;
  return alone2.failed >= 1 && alone2.failed === alone2.n && inOrder.failed === 0 && inOrder.n >= IN_ORDER_PASSES;
}
function serialArmOf(split3) {
  const { alone: alone2, inOrder } = split3;
  return alone2.failed >= ALONE_FAILURES_BEFORE_ORDER && alone2.failed === alone2.n && inOrder.failed === 0 ? "in-order" : "alone";
}
function countedSerialFailures(split3) {
  return needsPredecessors(split3) ? split3.inOrder.failed : split3.alone.failed + split3.inOrder.failed;
}

// src/analyse/run-health.ts
var CRASH_IN_CASE = [
  /\bworker '?[\w-]+'? crashed\b/i,
  // pytest-xdist: "worker 'gw1' crashed while running ..."
  /\bTest suite failed to run\b/,
  // Jest: the file never got to run its tests
  /\bworker\b.{0,80}\b(?:died|crashed|exited unexpectedly|was terminated|terminated unexpectedly|was killed)/i,
  /\bchild process\b.{0,60}\b(?:crashed|died|exceptions?)\b/i
  // jest-worker: "... child process exceptions"
];
var CRASH_IN_OUTPUT = [
  /\bworker '?gw\d+'? crashed\b/i,
  /\breplacing crashed worker\b/i,
  // pytest-xdist
  /\bnode down: Not properly terminated\b/,
  // pytest-xdist
  /\bA jest worker process \(pid=\d+\) was terminated\b/i,
  // Vitest 4 (forks pool) writes the test of a worker that died as *passing*; only this shows it.
  /\bWorker exited unexpectedly\b/
];
function isCrashCase(testCase) {
  if (testCase.outcome !== "failed" && testCase.outcome !== "error") return false;
  const text = `${testCase.name}
${testCase.message ?? ""}`;
  return CRASH_IN_CASE.some((re) => re.test(text));
}
function isCleanRun(run2) {
  const { record } = run2;
  if (record.timedOut || record.signal !== null) return false;
  if (record.exitCode !== 0 && record.exitCode !== 1) return false;
  if (record.parse !== "ok") return false;
  for (const testCase of run2.cases) if (isCrashCase(testCase)) return false;
  const output = record.outputTail ?? "";
  return !CRASH_IN_OUTPUT.some((re) => re.test(output));
}

// src/analyse/build-matrix.ts
var MAX_MESSAGES = 3;
var MAX_MESSAGE_CHARS = 500;
function buildMatrix(runs2) {
  const matrixRuns = runs2.map(toMatrixRun);
  const drafts = /* @__PURE__ */ new Map();
  let previous = [];
  let previousDrafts = [];
  for (let r = 0; r < runs2.length; r++) {
    const cases = runs2[r]?.cases ?? [];
    const caseDrafts = new Array(cases.length);
    for (let j = 0; j < cases.length; j++) {
      const testCase = cases[j];
      if (testCase === void 0) continue;
      let draft = previous[j]?.id === testCase.id ? previousDrafts[j] : drafts.get(testCase.id);
      if (draft === void 0) {
        draft = newDraft(testCase, runs2.length);
        drafts.set(testCase.id, draft);
      }
      caseDrafts[j] = draft;
      addCase(draft, testCase, r);
    }
    previous = cases;
    previousDrafts = caseDrafts;
  }
  const ids = [...drafts.keys()].sort(compareIds);
  const neighbours = neighboursOf(runs2);
  const rows = [];
  for (const id of ids) {
    const draft = drafts.get(id);
    if (draft !== void 0) rows.push(finish(draft, matrixRuns, neighbours));
  }
  return { runs: matrixRuns, rows };
}
function toMatrixRun(run2) {
  const { record } = run2;
  return {
    id: record.id,
    workers: record.workers,
    phase: record.phase,
    clean: isCleanRun(run2),
    subset: record.subset ? new Set(record.subset) : null
  };
}
function newDraft(testCase, runCount) {
  return {
    id: testCase.id,
    file: void 0,
    line: void 0,
    classname: testCase.classname,
    name: testCase.name,
    outcomes: new Array(runCount).fill(void 0),
    messages: [],
    failedSomewhere: false,
    passedOrSkippedSomewhere: false
  };
}
function addCase(draft, testCase, r) {
  if (draft.file === void 0 && testCase.file !== void 0) draft.file = testCase.file;
  if (draft.line === void 0 && testCase.line !== void 0) draft.line = testCase.line;
  const outcome = effectiveOutcome(testCase);
  const previous = draft.outcomes[r];
  if (previous === void 0 || outcomeRank(outcome) > outcomeRank(previous)) draft.outcomes[r] = outcome;
  if (isFailure(outcome)) {
    draft.failedSomewhere = true;
    addMessage(draft, testCase.message, testCase.details);
    for (const attempt of testCase.attempts ?? []) addMessage(draft, attempt.message, attempt.details);
  } else if (outcome === "passed" || outcome === "skipped") {
    draft.passedOrSkippedSomewhere = true;
  }
}
function addMessage(draft, message, details) {
  if (draft.messages.length >= MAX_MESSAGES) return;
  const text = messageText(message, details);
  if (text !== "" && !draft.messages.includes(text)) draft.messages.push(text);
}
function messageText(message, details) {
  return (message?.trim() || details?.trim().split("\n", 1)[0] || "").slice(0, MAX_MESSAGE_CHARS);
}
function neighboursOf(runs2) {
  const cache3 = /* @__PURE__ */ new Map();
  return (r) => {
    let entry = cache3.get(r);
    if (entry === void 0) {
      entry = { files: /* @__PURE__ */ new Set(), classnames: /* @__PURE__ */ new Set() };
      for (const testCase of runs2[r]?.cases ?? []) {
        if (testCase.file) entry.files.add(testCase.file);
        if (testCase.classname) entry.classnames.add(testCase.classname);
      }
      cache3.set(r, entry);
    }
    return entry;
  };
}
function finish(draft, runs2, neighbours) {
  const eventRow = draft.failedSomewhere && !draft.passedOrSkippedSomewhere;
  let implicitPasses = 0;
  for (let r = 0; r < runs2.length; r++) {
    const run2 = runs2[r];
    if (run2 === void 0 || draft.outcomes[r] !== void 0) continue;
    if (run2.subset !== null && !run2.subset.has(draft.id)) continue;
    if (!run2.clean) draft.outcomes[r] = "lost";
    else if (eventRow && hasNeighbour(draft, neighbours(r))) {
      draft.outcomes[r] = "passed";
      implicitPasses++;
    }
  }
  return {
    id: draft.id,
    file: draft.file,
    line: draft.line,
    classname: draft.classname,
    name: draft.name,
    outcomes: draft.outcomes,
    messages: draft.messages,
    implicitPasses
  };
}
function hasNeighbour(draft, present) {
  return draft.file !== void 0 && present.files.has(draft.file) || draft.classname !== "" && present.classnames.has(draft.classname);
}

// src/stats/wilson.ts
function wilson(failures, n, z = 1.96) {
  if (n <= 0) return { low: 0, high: 1 };
  const p = failures / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  return {
    low: failures <= 0 ? 0 : Math.max(0, centre - half),
    high: failures >= n ? 1 : Math.min(1, centre + half)
  };
}

// src/analyse/classify.ts
function classify(row, tally2, decision, arms, links) {
  const byWorkers = {};
  let threshold = null;
  arms.workerCounts.forEach((workers, i) => {
    const counts = tally2.byCount[i];
    if (counts === void 0) return;
    byWorkers[String(workers)] = workerStats(counts);
    if (threshold === null && counts.failed > 0 && (i > 0 || decision.verdict !== "parallel-only")) threshold = workers;
  });
  return {
    id: row.id,
    display: links.display,
    file: row.file,
    line: row.line,
    classname: row.classname,
    name: row.name,
    verdict: decision.verdict,
    confidence: decision.confidence,
    pValue: decision.pValue,
    probParallelWorse: decision.probParallelWorse,
    sample: decision.sample,
    byWorkers,
    threshold,
    cluster: links.cluster,
    runsToDecide: decision.runsToDecide,
    messages: row.messages,
    partners: links.partners,
    partnersRunBefore: links.partnersRunBefore,
    causes: []
  };
}
function workerStats(c) {
  const interval = wilson(c.failed, ran(c));
  return {
    runs: c.passed + c.failed + c.lost + c.skipped,
    passed: c.passed,
    failed: c.failed,
    lost: c.lost,
    skipped: c.skipped,
    rateLow: interval.low,
    rateHigh: interval.high
  };
}

// src/analyse/clusters.ts
var CLUSTER_JACCARD = 0.5;
function findClusters(matrix, rows, arms) {
  const parallelRuns = matrix.runs.map((_, r) => r).filter((r) => (arms.runCountIndex[r] ?? 0) > 0);
  const nodes = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const failing = parallelRuns.filter((r) => isFailure(row.outcomes[r]));
    if (failing.length === 0) continue;
    const key = failing.join(",");
    const node = nodes.get(key);
    if (node === void 0) nodes.set(key, { runs: failing, tests: [row.id] });
    else node.tests.push(row.id);
  }
  const list3 = [...nodes.values()];
  const parent = list3.map((_, i) => i);
  const find = (start) => {
    let i = start;
    for (let up = parent[i] ?? i; up !== i; i = up, up = parent[i] ?? i) parent[i] = parent[up] ?? up;
    return i;
  };
  for (const [pair, shared] of sharedRunCounts(list3.map((n) => n.runs), matrix.runs.length)) {
    const a = Math.floor(pair / list3.length);
    const b = pair % list3.length;
    const sizeA = list3[a]?.runs.length ?? 0;
    const sizeB = list3[b]?.runs.length ?? 0;
    if (shared / (sizeA + sizeB - shared) >= CLUSTER_JACCARD) parent[find(a)] = find(b);
  }
  const members = /* @__PURE__ */ new Map();
  list3.forEach((node, i) => {
    const root = find(i);
    const group = members.get(root);
    if (group === void 0) members.set(root, [...node.tests]);
    else group.push(...node.tests);
  });
  const groups = [...members.values()].filter((t) => t.length >= 2).map((t) => t.sort(compareIds));
  groups.sort((x, y) => compareIds(x[0] ?? "", y[0] ?? ""));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const clusterOf = /* @__PURE__ */ new Map();
  const clusters = groups.map((tests, id) => {
    for (const test of tests) clusterOf.set(test, id);
    return { id, tests, runs: runsFailedTogether(matrix, tests.map((t) => byId.get(t))) };
  });
  return { clusters, clusterOf };
}
function sharedRunCounts(nodeRuns, runCount) {
  const byRun = Array.from({ length: runCount }, () => []);
  nodeRuns.forEach((runs2, node) => {
    for (const r of runs2) byRun[r]?.push(node);
  });
  const counts = /* @__PURE__ */ new Map();
  for (const nodesInRun of byRun) {
    for (let i = 0; i < nodesInRun.length; i++) {
      for (let j = i + 1; j < nodesInRun.length; j++) {
        const key = (nodesInRun[i] ?? 0) * nodeRuns.length + (nodesInRun[j] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}
function runsFailedTogether(matrix, rows) {
  return matrix.runs.filter((_, r) => rows.filter((row) => isFailure(row?.outcomes[r])).length >= 2).map((run2) => run2.id);
}

// src/analyse/decide.ts
function decide(row, tally2, context) {
  const verdict = verdictOf(inSuiteOrder(row, tally2, context));
  if (verdict === "parallel-only") return { verdict, ...judgeParallelOnly(context.runs, row.id, context.nomination, allRunsSample(row, context)) };
  const { confidence, runsToDecide } = observedConfidence(verdict, tally2, context.hasParallel);
  const base = { verdict, confidence, pValue: null, probParallelWorse: null, ...runsToDecide === void 0 ? {} : { runsToDecide } };
  if (verdict !== "flaky") return base;
  const sample = allRunsSample(row, context);
  const { serial: s, parallel: p } = sample;
  if (s.n === 0 || p.n === 0) return { ...base, sample };
  return { ...base, sample, pValue: fisherOneSided(p.failed, p.n, s.failed, s.n), probParallelWorse: probGreater(p.failed, p.n, s.failed, s.n) };
}
function allRunsSample(row, { matrix, nomination }) {
  const serial = { workers: /* @__PURE__ */ new Set(), failed: 0, runs: [] };
  const parallel = { workers: /* @__PURE__ */ new Set(), failed: 0, runs: [] };
  row.outcomes.forEach((outcome, r) => {
    const run2 = matrix.runs[r];
    if (run2 === void 0 || outcome !== "passed" && !isFailure(outcome)) return;
    const side = run2.workers <= nomination.serialWorkers ? serial : parallel;
    side.workers.add(run2.workers);
    side.runs.push(run2.id);
    if (isFailure(outcome)) side.failed++;
  });
  const arm2 = (side) => ({ workers: [...side.workers].sort((a, b) => a - b), failed: side.failed, n: side.runs.length, runs: side.runs });
  return { source: "all-runs", serial: arm2(serial), parallel: arm2(parallel) };
}
function inSuiteOrder(row, tally2, { runs: runs2, nomination }) {
  if (tally2.serial.failed === 0) return tally2;
  const split3 = serialSplit(runs2, row.id, nomination.serialWorkers);
  if (!needsPredecessors(split3)) return tally2;
  const without = (c) => ({ ...c, failed: c.failed - split3.alone.failed });
  return { byCount: tally2.byCount.map((c, i) => i === 0 ? without(c) : c), serial: without(tally2.serial), parallel: tally2.parallel };
}

// src/analyse/tally.ts
function armsOf(matrix, extraWorkers = []) {
  const counts = [.../* @__PURE__ */ new Set([...matrix.runs.map((r) => r.workers), ...extraWorkers])].sort((a, b) => a - b);
  const index = new Map(counts.map((w, i) => [w, i]));
  return {
    workerCounts: counts,
    runCountIndex: matrix.runs.map((r) => index.get(r.workers) ?? 0),
    hasParallel: counts.length > 1
  };
}
var zero = () => ({ passed: 0, failed: 0, lost: 0, skipped: 0 });
function tallyRow(row, arms) {
  const byCount = arms.workerCounts.map(zero);
  const { outcomes } = row;
  for (let r = 0; r < outcomes.length; r++) {
    const outcome = outcomes[r];
    const counts = byCount[arms.runCountIndex[r] ?? 0];
    if (outcome === void 0 || counts === void 0) continue;
    switch (outcome) {
      case "passed":
        counts.passed++;
        break;
      case "failed":
      case "error":
        counts.failed++;
        break;
      case "lost":
        counts.lost++;
        break;
      case "skipped":
        counts.skipped++;
        break;
    }
  }
  const serial = byCount[0] ?? zero();
  const parallel = zero();
  for (const counts of byCount.slice(1)) {
    parallel.passed += counts.passed;
    parallel.failed += counts.failed;
    parallel.lost += counts.lost;
    parallel.skipped += counts.skipped;
  }
  return { byCount, serial, parallel };
}

// src/analyse/index.ts
var VERDICT_ORDER = ["parallel-only", "flaky", "broken", "lost", "stable", "skipped"];
function analyse(runs2, workers = [], partners = []) {
  const counted = runs2.filter((run2) => !isExperiment(run2));
  const matrix = buildMatrix(counted);
  const arms = armsOf(matrix, workers);
  const tallies = matrix.rows.map((row) => tallyRow(row, arms));
  const context = {
    runs: counted,
    matrix,
    nomination: nominate(counted, arms.workerCounts[0] ?? 0),
    hasParallel: arms.hasParallel
  };
  const decisions = matrix.rows.map((row, i) => {
    const tally2 = tallies[i];
    if (tally2 === void 0) throw new Error("analyse: row without tally");
    return decide(row, tally2, context);
  });
  const candidates = matrix.rows.filter((_, i) => decisions[i]?.verdict === "parallel-only" || decisions[i]?.verdict === "flaky");
  const { clusters, clusterOf } = findClusters(matrix, candidates, arms);
  const partnersOf = partnersByVictim(partners);
  const runBefore = new Set(partners.filter((f) => f.kind === "predecessor" && f.found).map((f) => f.victim));
  const display = displayIds(matrix.rows);
  const tests = matrix.rows.map((row, i) => {
    const tally2 = tallies[i];
    const decision = decisions[i];
    if (tally2 === void 0 || decision === void 0) throw new Error("analyse: row without tally");
    return classify(row, tally2, decision, arms, { display: display.get(row.id) ?? row.id, cluster: clusterOf.get(row.id) ?? null, partners: partnersOf.get(row.id), partnersRunBefore: runBefore.has(row.id) && partnersOf.has(row.id) ? true : void 0 });
  });
  const ordered = VERDICT_ORDER.flatMap((verdict) => tests.filter((t) => t.verdict === verdict));
  return {
    tests: ordered,
    clusters: [...clusters],
    summary: summarise(ordered),
    serialWorkers: arms.workerCounts[0] ?? 0,
    parallelWorkers: arms.workerCounts.slice(1)
  };
}
function partnersByVictim(findings) {
  const found2 = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.found || f.partners.length === 0) continue;
    const set = found2.get(f.victim) ?? /* @__PURE__ */ new Set();
    for (const p of f.partners) if (p !== f.victim) set.add(p);
    found2.set(f.victim, set);
  }
  return new Map([...found2].filter(([, set]) => set.size > 0).map(([victim, set]) => [victim, [...set].sort(compareIds)]));
}
function summarise(tests) {
  const count2 = { "parallel-only": 0, flaky: 0, broken: 0, stable: 0, lost: 0, skipped: 0 };
  for (const test of tests) count2[test.verdict]++;
  return {
    parallelOnly: count2["parallel-only"],
    flaky: count2.flaky,
    broken: count2.broken,
    stable: count2.stable,
    lost: count2.lost,
    skipped: count2.skipped
  };
}

// src/run/plan.ts
var PHASE_LETTER = {
  discovery: "d",
  "burn-in": "b",
  "confirm-serial": "s",
  "confirm-parallel": "p",
  // `x` for experiment: a partner-search probe (`p` is taken by confirm-parallel).
  "confirm-partner": "x",
  // `o` for order replay (src/confirm/order-replay.ts).
  "confirm-order": "o"
};
function makeRunId(phase, seq, workers) {
  requirePositiveInteger(seq, "seq");
  requirePositiveInteger(workers, "workers");
  return `${PHASE_LETTER[phase]}-${String(seq).padStart(3, "0")}-w${workers}`;
}
function planDiscovery(workers, iterations, serialRuns = true) {
  for (const w of workers) requirePositiveInteger(w, "workers");
  if (!Number.isSafeInteger(iterations) || iterations < 0) {
    throw new RangeError(`iterations must be a non-negative integer, got ${iterations}`);
  }
  const counts = discoveryCounts(workers, serialRuns);
  const specs = [];
  const n = counts.length;
  for (let iteration = 1; iteration <= iterations; iteration++) {
    const offset = (iteration - 1) % Math.max(n, 1);
    for (let k = 0; k < n; k++) {
      const count2 = counts[(offset + k) % n];
      if (count2 === void 0) continue;
      const id = makeRunId("discovery", specs.length + 1, count2);
      specs.push({ id, workers: count2, iteration, phase: "discovery" });
    }
  }
  return specs;
}
function discoveryCounts(workers, serialRuns) {
  const serial = Math.min(...workers);
  return serialRuns || new Set(workers).size < 2 ? [...workers] : workers.filter((w) => w !== serial);
}
function serialDiscoveryNeeded(options) {
  if (options.serialDiscovery) return "serial-discovery is on";
  if (!options.confirm) return "confirmation is off: no serial reruns of the suspects";
  if (!options.subsetReruns) return "the runner cannot rerun a subset: a serial rerun would be a full-suite run anyway";
  return null;
}
function requirePositiveInteger(value, name) {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}

// src/confirm/co-runners.ts
function coFailures(runs2, id, serial, alwaysFailing = alwaysFailingTests(runs2)) {
  const counts = /* @__PURE__ */ new Map();
  for (const run2 of runs2) {
    if (run2.record.workers <= serial || outcomeOf(run2, id) !== "failed") continue;
    for (const other of failuresIn(run2)) {
      if (other !== id && !alwaysFailing.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0])).map(([t]) => t);
}
function alwaysFailingTests(runs2) {
  const ran2 = /* @__PURE__ */ new Map();
  for (const run2 of runs2) {
    for (const [id, o] of runOutcomes(run2)) {
      const s = ran2.get(id) ?? { failed: 0, n: 0 };
      ran2.set(id, s);
      s.n++;
      if (o === "failed") s.failed++;
    }
  }
  return new Set([...ran2].filter(([, s]) => s.n > 0 && s.failed === s.n).map(([t]) => t));
}
function sameFileTests(runs2, id) {
  const file = fileOf(runs2, id);
  if (file === void 0) return [];
  const found2 = /* @__PURE__ */ new Set();
  for (const run2 of runs2) for (const c of run2.cases) if (c.file === file && c.id !== id) found2.add(c.id);
  return [...found2].sort();
}
function fileOf(runs2, id) {
  for (const run2 of runs2) for (const c of run2.cases) if (c.id === id && c.file !== void 0) return c.file;
  return void 0;
}
function concurrentTests(runs2, id, serial, steady = false) {
  const perRun = [];
  for (const run2 of runs2) {
    if (run2.record.workers <= serial || outcomeOf(run2, id) !== "failed") continue;
    const victim = run2.cases.find((c) => c.id === id && failedInRun(c));
    if (!victim || !hasWindow(victim)) continue;
    const found2 = /* @__PURE__ */ new Set();
    for (const c of run2.cases) {
      if (c.id === id || !hasWindow(c)) continue;
      if (victim.worker !== void 0 && c.worker !== void 0 && victim.worker === c.worker) continue;
      if (c.startedAt < victim.endedAt && victim.startedAt < c.endedAt) found2.add(c.id);
    }
    perRun.push(found2);
  }
  const [first, ...rest] = perRun;
  if (first === void 0) return [];
  const kept = steady && rest.length > 0 ? [...first].filter((t) => rest.every((set) => set.has(t))) : [...new Set(perRun.flatMap((set) => [...set]))];
  return kept.sort();
}
function steadyCoFailures(runs2, id, serial, alwaysFailing = alwaysFailingTests(runs2)) {
  const failing = runs2.filter((run2) => run2.record.workers > serial && outcomeOf(run2, id) === "failed");
  if (failing.length < 2) return [];
  return coFailures(runs2, id, serial, alwaysFailing).filter((t) => failing.every((run2) => outcomeOf(run2, t) === "failed"));
}
function hasWindow(c) {
  return c.startedAt !== void 0 && c.endedAt !== void 0;
}
function suiteOf(runs2) {
  const ids = /* @__PURE__ */ new Set();
  for (const run2 of runs2) for (const c of run2.cases) ids.add(c.id);
  return [...ids].sort();
}

// src/confirm/order-replay.ts
var MAX_REPLAY_VICTIMS = 5;
var MAX_REPLAYS_PER_VICTIM = 7;
function timed(c) {
  return c.worker !== void 0 && c.startedAt !== void 0;
}
function replaySource(runs2, victim) {
  let best = null;
  for (const run2 of runs2) {
    if (isExperiment(run2) || outcomeOf(run2, victim) !== "failed") continue;
    const mine = run2.cases.find((c) => c.id === victim && failedInRun(c) && timed(c));
    if (mine === void 0 || !timed(mine)) continue;
    const before2 = run2.cases.filter((c) => timed(c) && c.worker === mine.worker && c.id !== victim && c.startedAt < mine.startedAt).sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
    const prefix = [...new Set(before2.map((c) => c.id))];
    if (prefix.length === 0) continue;
    if (best === null || prefix.length < best.prefix.length) best = { victim, run: run2.record.id, worker: mine.worker, prefix };
  }
  return best;
}
function startReplay(source) {
  return { source, suspects: source.prefix, pending: [source.prefix], replays: 0, reproduced: null, done: false };
}
function nextReplay(state) {
  const part = state.pending[0];
  if (state.done || part === void 0 || state.replays >= MAX_REPLAYS_PER_VICTIM) return null;
  return [...part, state.source.victim];
}
function recordReplay(state, failed) {
  const [tried, ...rest] = state.pending;
  const replays = state.replays + 1;
  if (tried === void 0) return { ...state, done: true };
  if (state.reproduced === null) {
    if (!failed) return { ...state, replays, reproduced: false, pending: [], done: true };
    return { ...state, replays, reproduced: true, ...split(tried) };
  }
  if (failed) return { ...state, replays, suspects: tried, ...split(tried) };
  return { ...state, replays, pending: rest, done: rest.length === 0 };
}
function split(part) {
  if (part.length <= 1) return { pending: [], done: true };
  const mid = Math.ceil(part.length / 2);
  return { pending: [part.slice(0, mid), part.slice(mid)], done: false };
}
async function replayOrders(victims, ctx) {
  for (const victim of victims.slice(0, MAX_REPLAY_VICTIMS)) {
    const source = replaySource(ctx.all, victim);
    if (source === null) continue;
    const done = await bisectPrefix(source, ctx, "order replay", (outcome) => outcome === "failed");
    if (done !== null) ctx.notes.push({ kind: "confirm", text: replaySummary(done.state) });
  }
}
async function bisectPrefix(source, ctx, what, reproduces) {
  const { victim } = source;
  const refused = [victim, ...source.prefix].find((id) => (ctx.cannotPass?.(id) ?? null) !== null);
  if (refused !== void 0) {
    ctx.notes.push({ kind: "fallback", text: `${victim}: ${what} skipped: ${refused} cannot be passed to the runner (${ctx.cannotPass?.(refused) ?? ""})` });
    return null;
  }
  let state = startReplay(source);
  const runs2 = [];
  for (let tests = nextReplay(state); tests !== null; tests = nextReplay(state)) {
    const budget = ctx.left();
    const estimate = ctx.price({ workers: ctx.serialWorkers, tests });
    if (budget !== null && estimate > budget) {
      ctx.notes.push({ kind: "budget", text: `${victim}: ${what} stopped after ${state.replays} replay(s), the next needs ~${Math.round(estimate / 1e3)} s of ${Math.round(budget / 1e3)} s left` });
      break;
    }
    const iteration = 1 + ctx.all.filter((r) => r.record.phase === "confirm-order").length;
    const spec = { id: makeRunId("confirm-order", ctx.nextSeq(), ctx.serialWorkers), workers: ctx.serialWorkers, iteration, phase: "confirm-order", tests };
    const result = await ctx.execute(spec);
    ctx.all.push(result);
    ctx.fresh.push(result);
    runs2.push(result.record.id);
    const outcome = outcomeOf(result, victim);
    if (outcome === null) break;
    state = recordReplay(state, reproduces(outcome));
  }
  return { state, runs: runs2 };
}
function replaySummary(state) {
  const { victim, run: run2, worker, prefix } = state.source;
  const what = `${victim}: serial replay of the ${prefix.length} test(s) worker ${worker} ran before it in ${run2}`;
  if (state.reproduced === null) return `${what}: not completed`;
  if (!state.reproduced) return `${what} passed: no sign of order dependence`;
  const named = state.suspects.length === 1 ? `; polluter: ${state.suspects[0]}` : ` (${state.suspects.length} suspect(s) left after ${state.replays} replay(s))`;
  return `${what} failed${named}`;
}

// src/confirm/needed-predecessor.ts
function predecessorSource(runs2, victim, serialWorkers) {
  let best = null;
  for (const run2 of runs2) {
    const { record } = run2;
    if (isExperiment(run2) || record.workers !== serialWorkers || record.subset !== void 0 || outcomeOf(run2, victim) !== "passed") continue;
    const prefix = prefixOf(run2.cases, victim);
    if (prefix.length === 0) continue;
    if (best === null || prefix.length < best.prefix.length) best = { victim, run: record.id, worker: "serial", prefix };
  }
  return best;
}
function prefixOf(cases, victim) {
  const mine = cases.find((c) => c.id === victim);
  if (mine === void 0) return [];
  const timed3 = mine.startedAt !== void 0 && cases.every((c) => c.startedAt !== void 0);
  const before2 = timed3 ? cases.filter((c) => c.id !== victim && (c.startedAt ?? 0) < (mine.startedAt ?? 0)).sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0)) : cases.slice(0, cases.indexOf(mine)).filter((c) => c.id !== victim);
  return [...new Set(before2.map((c) => c.id))];
}
async function searchPredecessors(victims, ctx) {
  const findings = [];
  for (const victim of victims.slice(0, MAX_REPLAY_VICTIMS)) {
    const source = predecessorSource(ctx.all, victim, ctx.serialWorkers);
    if (source === null) {
      ctx.notes.push({ kind: "confirm", text: `${victim}: no serial full-suite run where it passed after other tests: the test it needs is not searched` });
      continue;
    }
    const done = await bisectPrefix(source, ctx, "predecessor search", (outcome) => outcome === "passed");
    if (done === null) continue;
    const { state, runs: runs2 } = done;
    const text = summary(state, runs2);
    ctx.notes.push({ kind: "confirm", text });
    const needed = state.reproduced === true && state.done && state.suspects.length === 1 ? state.suspects[0] : void 0;
    findings.push({ victim, kind: "predecessor", workers: ctx.serialWorkers, partners: needed === void 0 ? [] : [needed], found: needed !== void 0, probes: state.replays, evidence: [text] });
  }
  return findings;
}
function summary(state, runs2) {
  const { victim, run: run2, prefix } = state.source;
  const what = `${victim}: serial replay of the ${prefix.length} test(s) that ran before it in ${run2}`;
  const where = runs2.length === 0 ? "" : ` (runs ${runs2.join(", ")})`;
  if (state.reproduced === null) return `${what}: not completed`;
  if (!state.reproduced) return `${what} failed${where}: the order alone does not make it pass`;
  if (state.suspects.length === 1 && state.done) return `${what} passed; it needs ${state.suspects[0] ?? ""} to run before it${where}`;
  return `${what} passed; ${state.suspects.length} test(s) left that it may need after ${state.replays} replay(s)${where}`;
}

// src/price/makespan.ts
function makespan(durations, lanes) {
  const n = Math.max(1, Math.min(Math.floor(lanes), durations.length));
  if (durations.length === 0) return 0;
  if (n === 1) return durations.reduce((a, b) => a + b, 0);
  const sorted = [...durations].sort((a, b) => b - a);
  const heap = new Array(n).fill(0);
  for (const d of sorted) {
    heap[0] = (heap[0] ?? 0) + d;
    siftDown(heap, 0);
  }
  return Math.max(...heap);
}
function siftDown(heap, start) {
  let i = start;
  for (; ; ) {
    const l = 2 * i + 1;
    const r = l + 1;
    let min = i;
    if (l < heap.length && (heap[l] ?? 0) < (heap[min] ?? 0)) min = l;
    if (r < heap.length && (heap[r] ?? 0) < (heap[min] ?? 0)) min = r;
    if (min === i) return;
    [heap[i], heap[min]] = [heap[min] ?? 0, heap[i] ?? 0];
    i = min;
  }
}

// src/price/price-model.ts
function fitPriceModel(runs2, unit, cores) {
  const usable = runs2.filter((r) => r.record.parse !== "missing" && r.cases.length > 0);
  const serial = Math.min(...usable.map((r) => r.record.workers), Infinity);
  const durations = /* @__PURE__ */ new Map();
  const unitOf = /* @__PURE__ */ new Map();
  for (const run2 of usable) {
    const byTest = durations.get(run2.record.workers) ?? /* @__PURE__ */ new Map();
    durations.set(run2.record.workers, byTest);
    for (const c of run2.cases) {
      if (!unitOf.has(c.id)) unitOf.set(c.id, unitKey(c, unit));
      if (c.durationMs === void 0 || c.durationMs < 0 || c.outcome === "skipped" || c.outcome === "lost") continue;
      const list3 = byTest.get(c.id) ?? [];
      list3.push(c.durationMs);
      byTest.set(c.id, list3);
    }
  }
  const serialMs = meanOf(durations.get(serial));
  const slowdown = /* @__PURE__ */ new Map();
  for (const [w, byTest] of durations) {
    if (w === serial) continue;
    const ratios = [];
    for (const [id, ms] of meanOf(byTest)) {
      const base2 = serialMs.get(id);
      if (base2 !== void 0 && base2 >= 1) ratios.push(ms / base2);
    }
    if (ratios.length > 0) slowdown.set(w, median(ratios));
  }
  const testMs = new Map(serialMs);
  for (const [w, byTest] of durations) {
    for (const [id, ms] of meanOf(byTest)) if (!testMs.has(id)) testMs.set(id, ms / (slowdown.get(w) ?? 1));
  }
  const base = { startupMs: /* @__PURE__ */ new Map(), testMs, unitOf, slowdown, fill: /* @__PURE__ */ new Map(), cores: Math.max(1, cores), serial, runs: usable.length };
  const startups = /* @__PURE__ */ new Map();
  const fills = /* @__PURE__ */ new Map();
  for (const run2 of usable) {
    const w = run2.record.workers;
    const measured = measuredTestPhase(run2);
    const ideal = idealTestPhase(base, w, run2.cases.map((c) => c.id));
    const phase = measured ?? ideal;
    push(startups, w, Math.max(0, run2.record.durationMs - phase));
    if (measured !== null && run2.record.subset === void 0 && w !== serial && ideal > 0) push(fills, w, measured / ideal);
  }
  return {
    ...base,
    startupMs: new Map([...startups].map(([w, xs]) => [w, median(xs)])),
    fill: new Map([...fills].map(([w, xs]) => [w, median(xs)]))
  };
}
function priceRun(model, run2) {
  const tests = run2.tests ?? [...model.testMs.keys()];
  const phase = idealTestPhase(model, run2.workers, tests) * (run2.workers === model.serial ? 1 : nearest(model.fill, run2.workers) ?? 1);
  return startupAt(model, run2.workers) + phase;
}
function fullSuiteInstead(model, run2) {
  const size3 = new Set(run2.tests).size;
  const suite = model.unitOf.size;
  if (size3 < 2 || size3 >= suite) return true;
  const subset = priceRun(model, run2);
  const full = priceRun(model, { workers: run2.workers });
  return subset > full || subset === full && size3 * 2 > suite;
}
function startupAt(model, workers) {
  return model.startupMs.get(workers) ?? nearest(model.startupMs, workers) ?? 0;
}
function idealTestPhase(model, workers, tests) {
  const known = [...model.testMs.values()];
  const fallback = known.length === 0 ? 0 : median(known);
  const units = /* @__PURE__ */ new Map();
  for (const id of new Set(tests)) {
    const key = model.unitOf.get(id) ?? id;
    units.set(key, (units.get(key) ?? 0) + (model.testMs.get(id) ?? fallback));
  }
  if (workers <= 1) return [...units.values()].reduce((a, b) => a + b, 0);
  const seen = workers === model.serial ? 1 : model.slowdown.get(workers);
  const lanes = seen === void 0 ? Math.min(workers, model.cores) : workers;
  return makespan([...units.values()], lanes) * (seen ?? nearest(model.slowdown, workers) ?? 1);
}
function measuredTestPhase(run2) {
  let first = Infinity;
  let last = -Infinity;
  let stamped = 0;
  let timed3 = 0;
  for (const c of run2.cases) {
    if (c.outcome === "skipped" || c.outcome === "lost") continue;
    timed3++;
    if (c.startedAt === void 0 || c.endedAt === void 0) continue;
    stamped++;
    first = Math.min(first, c.startedAt);
    last = Math.max(last, c.endedAt);
  }
  return timed3 > 0 && stamped * 2 >= timed3 && last >= first ? last - first : null;
}
function unitKey(c, unit) {
  switch (unit) {
    case "file":
      return c.file ?? c.classname;
    case "package":
      return c.classname;
    case "test":
    case "unknown":
      return c.id;
  }
}
function nearest(map, key) {
  let best;
  for (const k of map.keys()) if (best === void 0 || Math.abs(k - key) < Math.abs(best - key) || Math.abs(k - key) === Math.abs(best - key) && k > best) best = k;
  return best === void 0 ? void 0 : map.get(best);
}
function meanOf(byTest) {
  const out = /* @__PURE__ */ new Map();
  for (const [id, xs] of byTest ?? []) out.set(id, xs.reduce((a, b) => a + b, 0) / xs.length);
  return out;
}
function push(map, key, value) {
  const list3 = map.get(key) ?? [];
  list3.push(value);
  map.set(key, list3);
}
function median(values) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] ?? 0 : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

// src/confirm/partner-search.ts
var MAX_REPEATS = 6;
function repeatsFor(reproductionRate2, decisions = 1) {
  if (reproductionRate2 >= 1) return 1;
  if (reproductionRate2 <= 0) return MAX_REPEATS;
  const r = Math.ceil(Math.log(0.05 / Math.max(1, decisions)) / Math.log(1 - reproductionRate2));
  return Math.min(MAX_REPEATS, Math.max(1, r));
}
function decisionsFor(candidates) {
  return Math.ceil(Math.log2(Math.max(1, candidates))) + 1;
}
function startPartnerSearch(victim, candidates, workers, repeats = 2, guess = null) {
  const pool2 = [...new Set(candidates)].filter((t) => t !== victim).sort();
  const base = { victim, workers, repeats: Math.max(1, repeats), required: [], held: [], misses: 0, probes: 0, evidence: [], pruneIndex: 0, guess: null };
  if (pool2.length === 0) return { ...base, pool: pool2, stage: "done", reproduced: false, evidence: ["no candidates to search"] };
  if (guess !== null && pool2.length > 1 && pool2.includes(guess)) return { ...base, pool: pool2, guess, stage: "guess", reproduced: null };
  return { ...base, pool: pool2, stage: "verify", reproduced: null };
}
function nextPartnerProbe(state) {
  const half = currentHalf(state);
  if (half === null) return null;
  return { tests: [state.victim, ...state.required, ...half].sort(), workers: state.workers };
}
function recordProbe(state, reproduced, reusedRun) {
  const half = currentHalf(state);
  if (half === null) return state;
  const probes = reusedRun === void 0 ? state.probes + 1 : state.probes;
  const what = `${state.victim} with ${list([...state.required, ...half])} at ${state.workers} workers: ${reproduced ? "failed" : "passed"}`;
  const line = reusedRun === void 0 ? `probe ${probes}: ${what}` : `run ${reusedRun} (already run, reused): ${what}`;
  const next = { ...state, probes, evidence: [...state.evidence, line] };
  if (state.stage === "prune") return prune(next, reproduced);
  if (state.stage === "guess") {
    if (reproduced) return { ...next, pool: half, misses: 0, reproduced: true, stage: "done" };
    if (next.misses + 1 < state.repeats) return { ...next, misses: next.misses + 1 };
    return { ...next, misses: 0, stage: "verify", evidence: [...next.evidence, `${state.guess ?? ""} alone did not reproduce: searching all ${state.pool.length} candidates`] };
  }
  if (reproduced) return settle({ ...next, pool: half, misses: 0, reproduced: true });
  if (next.misses + 1 < state.repeats) return { ...next, misses: next.misses + 1 };
  const missed = { ...next, misses: 0 };
  switch (state.stage) {
    case "verify":
      return { ...missed, stage: "done", reproduced: false, evidence: [...missed.evidence, `all ${state.pool.length} candidates together did not reproduce in ${state.repeats} probe(s)`] };
    case "first-half":
      return { ...missed, stage: "second-half" };
    case "second-half": {
      const [first, second] = halves(state.pool);
      return settle({ ...missed, required: [...state.required, ...second], held: [...state.held, second], pool: first });
    }
    case "done":
      return state;
  }
}
function prune(state, reproduced) {
  if (reproduced) {
    const pool2 = state.pool.filter((_, i) => i !== state.pruneIndex);
    const dropped = state.pool[state.pruneIndex] ?? "";
    const next = { ...state, pool: pool2, misses: 0, evidence: [...state.evidence, `${dropped} is not needed`] };
    return state.pruneIndex >= pool2.length || pool2.length <= 1 ? { ...next, stage: "done" } : next;
  }
  if (state.misses + 1 < state.repeats) return { ...state, misses: state.misses + 1 };
  const pruneIndex = state.pruneIndex + 1;
  return { ...state, misses: 0, pruneIndex, stage: pruneIndex >= state.pool.length ? "done" : "prune" };
}
function partnerResult(state) {
  const found2 = state.stage === "done" && state.reproduced === true;
  const partners = found2 ? [...state.required, ...state.pool].sort() : [];
  const summary2 = found2 ? `partner(s) of ${state.victim}: ${list(partners)} (${state.probes} probes)` : `no partner found for ${state.victim} (${state.probes} probes)`;
  return { partners, probes: state.probes, found: found2, evidence: [...state.evidence, summary2] };
}
function settle(state) {
  if (state.pool.length > 1) return { ...state, stage: "first-half" };
  const held = state.held.at(-1);
  if (held === void 0) {
    const partners = [...state.required, ...state.pool];
    return partners.length > 1 ? { ...state, required: [], pool: partners.sort(), pruneIndex: 0, stage: "prune" } : { ...state, stage: "done" };
  }
  const heldSet = new Set(held);
  const required = [...state.required.filter((t) => !heldSet.has(t)), ...state.pool];
  return settle({ ...state, required, pool: held, held: state.held.slice(0, -1), stage: "first-half" });
}
function currentHalf(state) {
  const [first, second] = halves(state.pool);
  switch (state.stage) {
    case "guess":
      return state.guess === null ? state.pool : [state.guess];
    case "verify":
      return state.pool;
    case "first-half":
      return first;
    case "second-half":
      return second;
    case "prune":
      return state.pool.filter((_, i) => i !== state.pruneIndex);
    case "done":
      return null;
  }
}
function halves(pool2) {
  const mid = Math.ceil(pool2.length / 2);
  return [pool2.slice(0, mid), pool2.slice(mid)];
}
function list(ids) {
  return ids.length <= 6 ? ids.join(", ") : `${ids.slice(0, 5).join(", ")} and ${ids.length - 5} more`;
}

// src/stats/sprt.ts
function sprt({ failures, n, p0, p1, alpha = 0.05, beta = 0.1 }) {
  if (!(p0 >= 0 && p1 <= 1 && p0 < p1)) throw new RangeError(`sprt needs 0 <= p0 < p1 <= 1, got p0=${p0} p1=${p1}`);
  const passes = n - failures;
  const llr = term2(failures, p1, p0) + term2(passes, 1 - p1, 1 - p0);
  if (llr >= Math.log((1 - beta) / alpha)) return "accept-h1";
  if (llr <= Math.log(beta / (1 - alpha))) return "accept-h0";
  return "continue";
}
function term2(count2, num, den) {
  if (count2 === 0) return 0;
  if (den === 0) return Infinity;
  if (num === 0) return -Infinity;
  return count2 * Math.log(num / den);
}

// src/stats/upper-bound.ts
function upperBound(failures, n, miss = 0.05) {
  if (n <= 0 || failures >= n) return 1;
  if (failures <= 0) return 1 - Math.pow(miss, 1 / n);
  let low = failures / n;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (binomialCdf(failures, n, mid) > miss) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
function binomialCdf(k, n, p) {
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(logChoose(n, i) + i * logP + (n - i) * logQ);
  return sum;
}

// src/confirm/arms.ts
var FUTILITY = { p0: 0.1, p1: 0.3, alpha: 1e-9, beta: 0.01 };
var PILOT_MISS = 0.05;
var DEFAULT_LIMITS = { blocks: 40 };
function suspectState(suspect, runs2, nomination, supportsSubset, limits) {
  const evidence = evidenceOf(runs2, suspect.nominee, nomination);
  const serialWorkers = nomination.serialWorkers;
  let serialAttempts = 0;
  let parallelAttempts = 0;
  let subsetAttempts = 0;
  let subsetFailed = 0;
  let fullAttempts = 0;
  for (const run2 of runs2) {
    const { phase, workers, subset } = run2.record;
    if (!includes(run2, suspect.id)) continue;
    if (phase === "confirm-serial" && workers === serialWorkers) serialAttempts++;
    if (phase !== "confirm-parallel" || workers !== suspect.threshold) continue;
    parallelAttempts++;
    if (subset === void 0) fullAttempts++;
    else {
      subsetAttempts++;
      if (outcomeOf(run2, suspect.id) === "failed") subsetFailed++;
    }
  }
  const { serial, parallel } = evidence;
  const seen = suspect.nominee.parallel;
  const pilotMissed = subsetAttempts > 0 && subsetFailed === 0 && fisherOneSided(seen.failed, seen.n, 0, subsetAttempts) < PILOT_MISS;
  const mode = !supportsSubset || fullAttempts > 0 || pilotMissed ? "full" : "subset";
  const serialCap = limits.blocks * SERIAL_PER_BLOCK;
  const split3 = serialSplit(runs2, suspect.id, serialWorkers);
  const serialArm = supportsSubset ? serialArmOf(split3) : "in-order";
  const stopped = evidenceStop(evidence, limits, split3) ?? (parallelAttempts >= limits.blocks || serialAttempts >= serialCap ? `run cap reached (${limits.blocks} blocks)` : null);
  const serialHalf = serial.failed.length < SERIAL_PER_BLOCK * (parallel.failed.length + 1);
  const needs = { serial: stopped === null && serialHalf, parallel: stopped === null && !serialHalf };
  return { suspect, evidence, serialAttempts, parallelAttempts, subsetAttempts, subsetFailed, fullAttempts, mode, needs, serialArm, split: split3, stopped };
}
function evidenceStop(evidence, limits, split3) {
  return stopReason(evidence, split3) ?? hopeless(evidence, limits);
}
function stopReason(evidence, split3) {
  const { serial, parallel, process: process2 } = evidence;
  const sf = failuresOf(serial);
  const pf = failuresOf(parallel);
  const onlyAlone = split3 !== void 0 && split3.alone.failed === split3.alone.n && split3.inOrder.failed === 0;
  if (sf > 0 && !onlyAlone) {
    const where = split3 === void 0 || split3.inOrder.failed === 0 ? "" : `; ${split3.inOrder.failed}/${split3.inOrder.n} in the suite's order`;
    return `fails serially (${sf}/${serial.failed.length}${where}): flaky`;
  }
  if (isConfirmed(evidence)) return `confirmed: e-value ${Math.exp(process2.path[(process2.crossedAt ?? 1) - 1] ?? 0).toPrecision(3)} >= ${Math.exp(evidence.logThreshold).toPrecision(3)} after ${process2.crossedAt} block(s)`;
  if (sprt({ failures: pf, n: parallel.failed.length, ...FUTILITY }) === "accept-h0") return `does not reproduce at a rate the rule could confirm (${pf}/${parallel.failed.length} parallel)`;
  return null;
}
function hopeless(evidence, limits) {
  const { process: process2, parallel, logThreshold: logThreshold2 } = evidence;
  if (process2.blocks < HOPELESS_FROM_BLOCK) return null;
  const pf = failuresOf(parallel, process2.blocks);
  const high = upperBound(pf, process2.blocks, HOPELESS_MISS);
  const optimistic = { ...process2, next: { a: process2.next.a, b: Math.max(process2.next.b, high) } };
  const needed = blocksToThreshold(optimistic, logThreshold2, SERIAL_PER_BLOCK, PARALLEL_PER_BLOCK, limits.blocks);
  const left = limits.blocks - process2.blocks;
  return needed === null || needed > left ? `cannot be decided within the cap (${pf}/${process2.blocks} parallel: even at a rate of ${high.toFixed(2)} it would need more than the ${left} block(s) left)` : null;
}
var HOPELESS_MISS = 0.01;
var HOPELESS_FROM_BLOCK = 5;
function describe(tape3) {
  return `${failuresOf(tape3)}/${tape3.failed.length} failed`;
}

// src/confirm/suspects.ts
function suspectsOf(nomination, discovery) {
  const runs2 = discovery.filter(nominates);
  const serial = nomination.serialWorkers;
  const alwaysFailing = /* @__PURE__ */ new Set([...alwaysFailingTests(runs2), ...serialFailures(runs2, serial)]);
  return [...nomination.nominees.values()].map((nominee) => {
    const { id } = nominee;
    const steady = steadyCoFailures(runs2, id, serial, alwaysFailing);
    const others = steady.length > 0 ? steady : [...coFailures(runs2, id, serial, alwaysFailing), ...concurrentTests(runs2, id, serial, true)];
    const companions = /* @__PURE__ */ new Set([...others, ...sameFileTests(runs2, id)]);
    companions.delete(id);
    return { id, nominee, threshold: nominee.threshold, companions: [...companions].sort() };
  });
}
function serialFailures(runs2, serial) {
  const out = /* @__PURE__ */ new Set();
  for (const run2 of runs2) if (run2.record.workers <= serial) for (const id of failuresIn(run2)) out.add(id);
  return out;
}

// src/confirm/planner.ts
function planNextConfirmation(input) {
  const limits = input.limits ?? DEFAULT_LIMITS;
  const serial = input.workers[0];
  if (serial === void 0) return { specs: [], notes: [{ kind: "stop", text: "no worker counts: nothing to confirm" }], done: true };
  const discovery = input.runs.filter(nominates);
  const nomination = nominate(discovery, serial);
  const suspects = suspectsOf(nomination, discovery);
  const firstStep = input.runs.every(nominates);
  const notes = firstStep ? openingNotes(suspects.map((s) => `${s.id} (threshold ${s.threshold})`), input.supportsSubset) : [];
  const states = suspects.map((s) => suspectState(s, input.runs, nomination, input.supportsSubset, limits));
  const open3 = states.filter((s) => s.stopped === null);
  const close = () => closingNotes(states);
  if (open3.length === 0) return { specs: [], notes: [...notes, ...close()], done: true };
  for (const s of open3) {
    if (input.supportsSubset && s.needs.parallel && s.mode === "full" && s.fullAttempts === 0) {
      notes.push({ kind: "fallback", text: `${s.suspect.id}: ${s.subsetAttempts} parallel reruns with its companions did not reproduce; rerunning the full suite at ${s.suspect.threshold} workers` });
    }
  }
  const inOrderConfirm = new Set(input.runs.filter((r) => r.record.phase === "confirm-serial" && r.record.subset === void 0).map((r) => r.record.id));
  for (const s of open3) {
    if (!input.supportsSubset || s.serialArm !== "in-order" || s.split.inOrder.runs.some((id) => inOrderConfirm.has(id))) continue;
    const { alone: alone2 } = s.split;
    notes.push({ kind: "confirm", text: `${s.suspect.id}: failed ${alone2.failed}/${alone2.n} serial reruns alone; its serial arm now runs the full suite serially, in the suite's own order, to tell a test that needs an earlier one from a test that fails serially` });
  }
  const model = fitPriceModel(input.runs, input.unit ?? "unknown", input.cores ?? 1);
  const candidates = batchFor(open3, serial, input.supportsSubset, suiteOf(discovery), model);
  const specs = [];
  const skipped = [];
  const skippedLabels = [];
  let left = input.budgetRemainingMs;
  for (const c of candidates) {
    const estimate = priceRun(model, c);
    if (left !== null && estimate > left) {
      skipped.push(`${c.label} (estimated ${seconds(estimate)})`);
      skippedLabels.push(c.label);
      continue;
    }
    if (left !== null) left -= estimate;
    const id = makeRunId(c.phase, input.nextSeq + specs.length, c.workers);
    const iteration = 1 + input.runs.filter((r) => r.record.phase === c.phase && r.record.workers === c.workers).length;
    specs.push(c.tests === void 0 ? { id, workers: c.workers, iteration, phase: c.phase } : { id, workers: c.workers, iteration, phase: c.phase, tests: c.tests });
  }
  const budgetText = input.budgetRemainingMs === null ? "" : `${seconds(input.budgetRemainingMs)} left`;
  if (specs.length === 0) {
    notes.push({ kind: "budget", text: `budget: ${budgetText}; skipped ${skipped.join("; ")}` });
    return { specs, notes: [...notes, ...close()], done: true };
  }
  for (const label of skippedLabels) notes.push({ kind: "budget", text: `budget: not enough left for the ${label}; continuing with the rest` });
  notes.push({ kind: "confirm", text: `${specs.map((s) => `${s.id} (${s.tests === void 0 ? "full suite" : `${s.tests.length} tests`})`).join(", ")} for ${open3.length} open suspect(s)` });
  return { specs, notes, done: false };
}
function batchFor(open3, serial, supportsSubset, suite, model) {
  const out = [];
  const serialNeeds = open3.filter((s) => s.needs.serial);
  const aloneIds = serialNeeds.filter((s) => supportsSubset && s.serialArm === "alone").map((s) => s.suspect.id);
  const inOrderIds = serialNeeds.filter((s) => !supportsSubset || s.serialArm === "in-order").map((s) => s.suspect.id);
  if (aloneIds.length > 0) out.push({ phase: "confirm-serial", workers: serial, tests: aloneIds, label: `serial arm of ${aloneIds.join(", ")}` });
  if (inOrderIds.length > 0) out.push({ phase: "confirm-serial", workers: serial, label: `serial arm of ${inOrderIds.join(", ")}${supportsSubset ? " in the suite's order" : ""}` });
  const byWorkers = /* @__PURE__ */ new Map();
  for (const s of open3) {
    if (!s.needs.parallel) continue;
    const group = byWorkers.get(s.suspect.threshold) ?? [];
    group.push(s);
    byWorkers.set(s.suspect.threshold, group);
  }
  for (const [workers, group] of [...byWorkers].sort((a, b) => a[0] - b[0])) {
    const label = `parallel arm of ${group.map((s) => s.suspect.id).join(", ")} at ${workers} workers`;
    const tests = [...new Set(group.flatMap((s) => [s.suspect.id, ...s.suspect.companions]))].sort(compareIds);
    const full = !supportsSubset || group.some((s) => s.mode === "full") || tests.length >= suite.length || fullSuiteInstead(model, { workers, tests });
    out.push(full ? { phase: "confirm-parallel", workers, label } : { phase: "confirm-parallel", workers, tests, label });
  }
  return out;
}
function openingNotes(suspects, supportsSubset) {
  const notes = [
    { kind: "confirm", text: suspects.length === 0 ? "no suspects in discovery: nothing to confirm" : `${suspects.length} suspect(s) from discovery: ${suspects.join("; ")}` }
  ];
  if (!supportsSubset && suspects.length > 0) {
    notes.push({ kind: "fallback", text: "the framework cannot run a subset of tests: confirmation reruns the full suite, serially and at each threshold worker count" });
  }
  return notes;
}
function closingNotes(states) {
  return states.map((s) => {
    const { serial, parallel } = s.evidence;
    const why = s.stopped ?? undecided(s);
    return { kind: "stop", text: `${s.suspect.id}: ${why} (serial ${describe(serial)}; parallel at ${s.suspect.threshold} workers ${describe(parallel)})` };
  });
}
function undecided(s) {
  const more = judgeEvidence(s.evidence)?.runsToDecide;
  return more === void 0 ? "undecided" : `undecided: about ${more} more run(s) would decide`;
}
function seconds(ms) {
  return ms >= 12e4 ? `${Math.round(ms / 6e4)} min` : `${Math.round(ms / 1e3)} s`;
}

// src/confirm/run-confirmation.ts
var EXPERIMENT_SHARE = 1;
async function runConfirmation(input, execute) {
  const all = [...input.runs];
  const fresh = [];
  const notes = [];
  const spent = input.elapsedMs ?? (() => fresh.reduce((sum, r) => sum + r.record.durationMs, 0));
  const budgetLeft = () => input.budgetRemainingMs === null ? null : input.budgetRemainingMs - spent();
  for (; ; ) {
    const step = planNextConfirmation({ runs: all, workers: input.workers, supportsSubset: input.supportsSubset, budgetRemainingMs: budgetLeft(), nextSeq: input.nextSeq + fresh.length, ...input.limits ? { limits: input.limits } : {}, ...input.unit ? { unit: input.unit } : {}, ...input.cores ? { cores: input.cores } : {} });
    notes.push(...step.notes.filter((n) => !notes.some((m) => m.kind === n.kind && m.text === n.text)));
    for (const spec of step.specs) {
      const result = await execute(spec);
      all.push(result);
      fresh.push(result);
    }
    if (step.done || step.specs.length === 0) break;
  }
  const serialWorkers = input.workers[0] ?? 1;
  const ordered = orderDependent(all, serialWorkers);
  const confirmed = confirmedParallelOnly(all, serialWorkers).filter((c) => !ordered.includes(c.victim));
  const deciding = all.filter((r) => !isExperiment(r)).reduce((sum, r) => sum + r.record.durationMs, 0);
  const experimentsFrom = spent();
  const share = input.experimentShare ?? EXPERIMENT_SHARE;
  const allowance = deciding * share;
  const left = () => {
    const budget = budgetLeft();
    const rest = allowance - (spent() - experimentsFrom);
    return budget === null ? rest : Math.min(budget, rest);
  };
  const price = (run2) => priceRun(fitPriceModel(all, input.unit ?? "unknown", input.cores ?? 1), run2);
  const partners = [];
  if (input.partnerSearch !== false) {
    for (const { victim, workers } of confirmed) {
      if (!input.supportsSubset) {
        notes.push({ kind: "fallback", text: `${victim}: partner search needs subset runs, which the framework cannot do: skipped` });
        continue;
      }
      const why = input.cannotPass?.(victim) ?? null;
      if (why !== null) {
        notes.push({ kind: "fallback", text: `${victim}: partner search skipped: its id cannot be passed to the runner (${why})` });
        continue;
      }
      const finding = await searchPartners(victim, workers, all, fresh, input, left, price, execute, notes, partners);
      if (finding) partners.push(finding);
    }
  }
  if (ordered.length > 0 && input.supportsSubset) {
    if (input.orderReplay === false) {
      notes.push({ kind: "confirm", text: `the runner chooses its own order (files, packages), so the earlier test that ${ordered.join(", ")} need(s) is not searched by replays, which need tests run in the order given` });
    } else {
      partners.push(...await searchPredecessors(ordered, { serialWorkers, nextSeq: () => input.nextSeq + fresh.length, left, price, execute, all, fresh, notes, ...input.cannotPass ? { cannotPass: input.cannotPass } : {} }));
    }
  }
  if (input.orderReplay !== false && input.supportsSubset) {
    const explained = new Set(partners.filter((f) => f.found).map((f) => f.victim));
    const victims = confirmed.map((c) => c.victim);
    const skipped = victims.filter((id) => explained.has(id));
    if (skipped.length > 0) notes.push({ kind: "confirm", text: `order replay: not needed for ${skipped.length} test(s) whose collision partner was found (${skipped.join(", ")})` });
    await replayOrders(victims.filter((id) => !explained.has(id)), { serialWorkers, nextSeq: () => input.nextSeq + fresh.length, left, price, execute, all, fresh, notes, ...input.cannotPass ? { cannotPass: input.cannotPass } : {} });
  }
  return { runs: fresh, notes, partners };
}
function confirmedParallelOnly(runs2, serial) {
  const nomination = nominate(runs2.filter(nominates), serial);
  return [...nomination.nominees.values()].map((nominee) => evidenceOf(runs2, nominee, nomination)).filter((e) => isConfirmed(e) && countedSerialFailures(serialSplit(runs2, e.nominee.id, serial)) === 0).map((e) => ({ victim: e.nominee.id, workers: e.nominee.threshold }));
}
function orderDependent(runs2, serial) {
  const nomination = nominate(runs2.filter(nominates), serial);
  return [...nomination.nominees.keys()].filter((id) => needsPredecessors(serialSplit(runs2.filter((r) => !isExperiment(r)), id, serial)));
}
async function searchPartners(victim, workers, all, fresh, input, left, price, execute, notes, earlier) {
  const passable = (id) => (input.cannotPass?.(id) ?? null) === null;
  const found2 = partnerCandidates(all, victim, workers);
  const candidates = found2.filter(passable);
  if (candidates.length < found2.length) {
    notes.push({ kind: "fallback", text: `${victim}: ${found2.length - candidates.length} candidate partner(s) left out of the search: their ids cannot be passed to the runner (${found2.filter((id) => !passable(id)).slice(0, 3).join(", ")})` });
  }
  const rate = reproductionRate(all, victim, workers, candidates);
  const guess = likelyPartner(all, victim, workers, candidates, earlier);
  let state = startPartnerSearch(victim, candidates, workers, repeatsFor(rate, decisionsFor(candidates.length)), guess);
  notes.push({ kind: "confirm", text: `${victim}: searching collision partners among ${candidates.length} candidate(s) at ${workers} workers (reproduction rate ~${rate.toFixed(2)}, ${state.repeats} miss(es) before a half is dropped${state.stage === "guess" ? `; ${guess ?? ""} first` : ""})` });
  const reused = /* @__PURE__ */ new Set();
  for (let probe = nextPartnerProbe(state); probe !== null; probe = nextPartnerProbe(state)) {
    const same = all.find((r) => !reused.has(r) && r.record.workers === workers && sameTests(r.record.subset, probe.tests) && outcomeOf(r, victim) !== null);
    if (same !== void 0) {
      reused.add(same);
      state = recordProbe(state, outcomeOf(same, victim) === "failed", same.record.id);
      continue;
    }
    const budget = left();
    const estimate = price(probe);
    if (budget !== null && estimate > budget) {
      notes.push({ kind: "budget", text: `${victim}: partner search stopped after ${state.probes} probe(s), the next needs ~${Math.round(estimate / 1e3)} s of ${Math.round(Math.max(0, budget) / 1e3)} s left (the budget, or the experiments' share: ${Math.round((input.experimentShare ?? EXPERIMENT_SHARE) * 100)}% of the deciding runs' time; remaining candidates: ${[...state.required, ...state.pool].length})` });
      return { victim, workers, partners: [], found: false, probes: state.probes, evidence: [...state.evidence, "stopped: time"] };
    }
    const iteration = 1 + all.filter((r) => isExperiment(r) && r.record.workers === workers).length;
    const spec = { id: makeRunId("confirm-partner", input.nextSeq + fresh.length, workers), workers, iteration, phase: "confirm-partner", tests: probe.tests };
    const result2 = await execute(spec);
    all.push(result2);
    fresh.push(result2);
    state = recordProbe(state, outcomeOf(result2, victim) === "failed");
  }
  const result = partnerResult(state);
  notes.push({ kind: "confirm", text: result.evidence.at(-1) ?? "" });
  return { victim, workers, ...result };
}
function sameTests(subset, tests) {
  if (subset === void 0 || subset.length !== tests.length) return false;
  const set = new Set(subset);
  return tests.every((t) => set.has(t));
}
function likelyPartner(runs2, victim, workers, candidates, earlier = []) {
  const pool2 = new Set(candidates);
  const mutual = earlier.find((f) => f.found && f.workers === workers && f.partners.length === 1 && f.partners[0] === victim && pool2.has(f.victim));
  if (mutual !== void 0) return mutual.victim;
  const score = /* @__PURE__ */ new Map();
  for (const run2 of runs2) {
    if (run2.record.workers !== workers || isExperiment(run2) || outcomeOf(run2, victim) !== "failed") continue;
    const words = wordsOf(messageOf(run2, victim));
    for (const id of candidates) {
      if (outcomeOf(run2, id) !== "failed") continue;
      const s = score.get(id) ?? { together: 0, alike: 0 };
      score.set(id, { together: s.together + 1, alike: s.alike + jaccard(words, wordsOf(messageOf(run2, id))) });
    }
  }
  const ranked = [...score].sort((a, b) => b[1].together - a[1].together || b[1].alike - a[1].alike || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked[0]?.[0] ?? null;
}
function messageOf(run2, id) {
  const c = run2.cases.find((x) => x.id === id && failedInRun(x));
  if (c === void 0) return "";
  const details = (c.details ?? "").split("\n").filter((line) => !/^\s*(at\s|❯\s)/.test(line)).slice(0, 20);
  return [c.message ?? "", ...details].join("\n");
}
function wordsOf(text) {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3));
}
function jaccard(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}
function partnerCandidates(runs2, victim, workers) {
  const serial = Math.min(...runs2.map((r) => r.record.workers));
  const concurrent = concurrentTests(runs2, victim, serial);
  if (concurrent.length > 0) return concurrent;
  const failing = runs2.filter((run2) => run2.record.workers === workers && outcomeOf(run2, victim) === "failed");
  const sets = failing.map((run2) => new Set(run2.cases.map((c) => c.id)));
  const first = sets[0];
  if (first === void 0) return [];
  return [...first].filter((id) => id !== victim && sets.every((s) => s.has(id))).sort();
}
function reproductionRate(runs2, victim, workers, candidates) {
  let failed = 0;
  let n = 0;
  for (const run2 of runs2) {
    if (run2.record.workers !== workers || isExperiment(run2) || !candidates.every((c) => includes(run2, c))) continue;
    const outcome = outcomeOf(run2, victim);
    if (outcome === null) continue;
    n++;
    if (outcome === "failed") failed++;
  }
  return (failed + 0.5) / (n + 1);
}

// src/locate/test-files.ts
var BY_EXTENSION = [
  [/\.pyi?$/, "python"],
  [/\.[cm]?[jt]sx?$/, "javascript"],
  [/\.go$/, "go"],
  [/\.(?:java|kt|kts|scala|groovy)$/, "java"],
  [/\.rs$/, "rust"],
  [/\.rb$/, "ruby"],
  [/\.(?:cs|fs|vb)$/, "dotnet"]
];
function ecosystemOfPath(path) {
  for (const [pattern, ecosystem] of BY_EXTENSION) if (pattern.test(path)) return ecosystem;
  return null;
}
var TEST_DIRS = /* @__PURE__ */ new Set(["test", "tests", "__tests__", "spec", "specs", "e2e", "testing", "integration-tests"]);
function isTestFile(path) {
  const ecosystem = ecosystemOfPath(path);
  if (ecosystem === null) return false;
  const parts = path.split("/");
  const base = parts.at(-1) ?? "";
  const dirs = parts.slice(0, -1);
  switch (ecosystem) {
    case "python":
      return base !== "conftest.py" && (/^test_.+\.py$/.test(base) || /_tests?\.py$/.test(base) || base === "tests.py");
    case "javascript":
      return /\.(?:test|spec|e2e|it)\.[cm]?[jt]sx?$/.test(base) || dirs.some((d) => TEST_DIRS.has(d));
    case "go":
      return base.endsWith("_test.go");
    case "java":
      return dirs.some((d, i) => d === "src" && /^(?:test|it|androidTest|testFixtures|integrationTest)$/.test(dirs[i + 1] ?? "")) || /(?:Tests?|IT|Spec)\.[a-z]+$/.test(base);
    case "rust":
      return dirs[0] === "tests" || base === "tests.rs";
    case "ruby":
      return /_(?:spec|test)\.rb$/.test(base) || /^test_.+\.rb$/.test(base);
    case "dotnet":
      return /Tests?\.(?:cs|fs|vb)$/.test(base) || dirs.some((d) => /Tests?$/.test(d));
    case "unknown":
      return false;
  }
}
function isTestSupportFile(path) {
  if (isTestFile(path)) return true;
  if (ecosystemOfPath(path) === null) return false;
  const parts = path.split("/");
  const base = (parts.at(-1) ?? "").replace(/\.[^.]{1,10}$/, "");
  return parts.slice(0, -1).some((d) => TEST_DIRS.has(d) || /^(?:testutils?|testing|test_?helpers?|fixtures|__mocks__|__fixtures__|__helpers__|mocks)$/.test(d)) || /(?:^|[_.-])(?:fixtures?|helpers?|support|test_?utils?|factor(?:y|ies)|mocks?|conftest)$/i.test(base);
}

// src/locate/lang.ts
var BY_ECOSYSTEM = {
  python: "python",
  javascript: "js",
  go: "go",
  java: "java",
  rust: "rust",
  ruby: "ruby",
  dotnet: "dotnet",
  unknown: "other"
};
function languageOf(path, ecosystem) {
  return BY_ECOSYSTEM[ecosystemOfPath(path) ?? ecosystem];
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function isBlankOrComment(line, lang) {
  const t = line.trim();
  if (t === "") return true;
  if (lang === "python" || lang === "ruby") return t.startsWith("#");
  return t.startsWith("//") || t.startsWith("/*") || t.startsWith("*");
}

// src/explain/source-lang.ts
var MAX_SOURCE_CHARS = 512 * 1024;
var MAX_LINE_CHARS = 400;
function splitLines(text) {
  return text.slice(0, MAX_SOURCE_CHARS).split(/\r?\n/);
}
function indentOf(line) {
  const m = /^[ \t]{0,200}/.exec(line);
  return m === null ? 0 : m[0].replace(/\t/g, "    ").length;
}

// src/explain/clues.ts
var KIND_WEIGHT = {
  "hard-coded-port": 0.5,
  // A client of one database server for every worker: shared data, though not a file.
  "db-server-port": 0.3,
  "fixed-temp-path": 0.45,
  // Written, touched or removed in the tree every worker shares: in a test that fails only in
  // parallel, a possible cause on its own.
  "fixed-output-path": 0.4,
  "shared-db-file": 0.45,
  "shared-memory-db": 0.45,
  "module-state": 0.4,
  chdir: 0.5,
  "env-mutation": 0.4,
  "missing-cleanup": 0.15,
  // The clock read and compared: slower under load by construction.
  "elapsed-assertion": 0.4,
  // A pause or sub-second deadline the test races: weaker than a measured duration (it may be
  // generous enough), possible beside the threshold.
  "fixed-wait": 0.3,
  // A process-wide cache, singleton or logger the test reads or resets: on its own below the
  // unknown threshold; named by a co-failing test too, it is the shared thing.
  "process-state": 0.3,
  // A wall-clock window of seconds the test's own setup must beat: like a fixed wait.
  "clock-window": 0.3,
  // A cold module load (resolution and transform) charged to the test's timeout: like a fixed wait.
  "cold-import": 0.3,
  // One database name for every worker (no worker suffix): shared data unless the server is per worker.
  "fixed-db-name": 0.3,
  // Emptying or dropping a fixed table: harmless on a private database, a collision on a shared one.
  "db-table-reset": 0.3,
  // Reading is not a risk by itself; it is the other half of a variable another test writes.
  "env-read": 0,
  // An attribute of an imported module or class, a static field or a global assigned by what the
  // test runs: every later (or concurrent) test of the process sees the new value. The writer sets
  // what it then reads, so alone it stays below the unknown threshold; named by a co-failing test
  // too, it is the shared thing.
  "global-write": 0.3,
  // The same write while the runner runs this test in several threads at once (pytest-run-parallel):
  // the test races its own copies, so no partner is needed; possible on its own in the test's code.
  "threaded-write": 0.45,
  // A capture set up by reconfiguring logging, while the code under test holds loggers bound at
  // import (structlog's cached proxies, loggers `dictConfig` disables): what reaches the capture
  // depends on which tests ran first. Two observations on one line: possible on its own.
  "reconfigured-logging": 0.45,
  // One static object the tests of a class JUnit runs concurrently all change: the process model
  // and the field together, possible on their own.
  "concurrent-static": 0.45,
  // Module or package state other tests of the file write and this test never sets: it is reached
  // at module scope (0.375 x 0.8 = 0.3), so alone it stays below the unknown threshold.
  "sibling-state": 0.375
};
var SCOPE_FACTOR = { test: 1, fixture: 0.9, class: 0.85, module: 0.8, setup: 0.7, helper: 0.65, library: 0.5, file: 0.6 };
var KIND_LABEL = {
  "hard-coded-port": "hard-coded port",
  "db-server-port": "connects to a database server on its fixed port",
  "fixed-temp-path": "fixed temp path",
  "fixed-output-path": "fixed output path in the shared working directory",
  "shared-db-file": "fixed database name/file",
  "shared-memory-db": "database connection shared across threads",
  "module-state": "module-level state mutated",
  chdir: "changes the process working directory",
  "env-mutation": "mutates the process environment",
  "missing-cleanup": "created with no cleanup in the test or its fixtures",
  "elapsed-assertion": "asserts on elapsed time",
  "fixed-wait": "races a fixed wait or a sub-second deadline",
  "process-state": "uses process-wide state (a cache, singleton or logger)",
  "clock-window": "sets a wall-clock window of seconds the test must finish within",
  "cold-import": "loads a module inside the test's own timeout (a dynamic import)",
  "fixed-db-name": "fixed database name, the same for every worker",
  "db-table-reset": "empties or drops a fixed table",
  "env-read": "reads the process environment or working directory",
  "global-write": "writes process-wide state (a module or class attribute, a static field, a global)",
  "threaded-write": "writes process-wide state while the runner runs this test in several threads at once",
  "reconfigured-logging": "reconfigures logging that modules it imports bound at import (a cached or disabled logger keeps the old set-up)",
  "concurrent-static": "a static field (or a statically registered extension) shared by the tests JUnit runs concurrently",
  "sibling-state": "other tests of its file write module state it never sets"
};
function signatureClues(matches) {
  const merged = /* @__PURE__ */ new Map();
  for (const m of matches) {
    const key = `${m.signature.cause}\0${m.excerpt}`;
    merged.set(key, [...merged.get(key) ?? [], m]);
  }
  return [...merged.values()].map((same) => {
    const strongest = same.reduce((a, b) => strength(b) > strength(a) ? b : a);
    const ids = same.map((m) => m.signature.id).join(", ");
    const count2 = Math.max(...same.map((m) => m.count));
    return {
      causes: [strongest.signature.cause],
      weight: strongest.signature.weight,
      role: "direct",
      ambiguous: strongest.signature.ambiguous === true,
      group: "signature",
      evidence: { kind: "signature", text: `${ids}${count2 > 1 ? ` (${count2} failures)` : ""}: ${strongest.excerpt}` }
    };
  });
}
function strength(m) {
  return m.signature.weight * (m.signature.ambiguous === true ? 0.5 : 1);
}
function sourceClues(findings, ecosystem) {
  const clues = [];
  for (const f of findings) {
    if (KIND_WEIGHT[f.kind] === 0) continue;
    const evidence = { kind: "source", text: `${KIND_LABEL[f.kind]}: ${f.text}`, file: f.file, line: f.line };
    const state = f.kind === "module-state" || f.kind === "global-write" || f.kind === "threaded-write" || f.kind === "reconfigured-logging" || f.kind === "sibling-state";
    const isolated = state && ecosystem === "javascript" ? 0.75 : 1;
    const weight = KIND_WEIGHT[f.kind] * SCOPE_FACTOR[f.scope] * isolated;
    clues.push({ causes: [f.cause], weight, role: "direct", ambiguous: false, group: "source", evidence });
    const other = f.cause === "order-dependence" ? "shared-global-state" : ecosystem === "python" || ecosystem === "javascript" ? "order-dependence" : null;
    if (state && other !== null) {
      clues.push({ causes: [other], weight: weight * 0.6, role: "direct", ambiguous: false, group: "source", evidence });
    }
  }
  return clues;
}
var SHARED_DISTINCT = 0.8;
var SHARED_SAME_LINE = 0.6;
var SHARED_SAME_HELPER = 0.45;
var SHARED_SAME_LIBRARY = 0.4;
var FAR_SCOPES = /* @__PURE__ */ new Set(["setup", "helper", "library"]);
function sharedResourceClues(own, peers) {
  const peerResources = peers.map(([peer, findings]) => {
    const byKey = /* @__PURE__ */ new Map();
    for (const p of findings) {
      if (p.resource === void 0 || p.scope === "file" || p.kind === "missing-cleanup") continue;
      const key = `${p.cause}\0${p.resource}`;
      byKey.set(key, [...byKey.get(key) ?? [], p]);
    }
    return [peer, byKey];
  });
  const ownLines = /* @__PURE__ */ new Map();
  for (const f of own) {
    const key = `${f.cause}\0${f.resource ?? ""}`;
    ownLines.set(key, (ownLines.get(key) ?? /* @__PURE__ */ new Set()).add(`${f.file}:${f.line}`));
  }
  const best = /* @__PURE__ */ new Map();
  for (const f of own) {
    if (f.resource === void 0 || f.kind === "missing-cleanup" || f.scope === "file") continue;
    const mine = ownLines.get(`${f.cause}\0${f.resource}`) ?? /* @__PURE__ */ new Set();
    for (const [peer, byKey] of peerResources) {
      const theirs = byKey.get(`${f.cause}\0${f.resource}`)?.filter((p) => f.kind !== "env-read" || p.kind !== "env-read");
      if (theirs === void 0 || theirs.length === 0) continue;
      if (f.kind === "sibling-state" && theirs.every((p) => p.kind === "sibling-state")) continue;
      const other = theirs.find((p) => !mine.has(`${p.file}:${p.line}`) && (f.scope !== "library" || p.scope !== "library"));
      const same = theirs[0];
      const readFar = [f, other].some((x) => x?.kind === "env-read" && FAR_SCOPES.has(x.scope));
      const weight = f.scope === "library" ? SHARED_SAME_LIBRARY : other !== void 0 ? readFar ? SHARED_SAME_LINE : SHARED_DISTINCT : f.scope === "setup" || f.scope === "helper" ? SHARED_SAME_HELPER : SHARED_SAME_LINE;
      const at = other ?? same;
      const key = `${f.resource}\0${peer}`;
      if ((best.get(key)?.weight ?? 0) >= weight) continue;
      best.set(key, {
        causes: [f.cause],
        weight,
        role: "direct",
        ambiguous: false,
        group: "shared-resource",
        evidence: {
          kind: "source",
          text: `${describeResource(f.resource)} is also used by ${peer} (${at.file}:${at.line})`,
          file: f.file,
          line: f.line
        }
      });
    }
  }
  return [...best.values()];
}
function messageResourceClues(findings, texts) {
  const clues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.resource === void 0 || f.kind === "missing-cleanup" || f.kind === "env-read" || seen.has(f.resource)) continue;
    const needle = needleOf(f.resource);
    if (needle === null || !texts.some((t) => needle.test(t))) continue;
    seen.add(f.resource);
    clues.push({
      causes: [f.cause],
      weight: 0.55,
      role: "direct",
      ambiguous: false,
      group: "message-resource",
      evidence: { kind: "source", text: `the failure names ${describeResource(f.resource)}, which this line hard-codes: ${f.text}`, file: f.file, line: f.line }
    });
  }
  return clues;
}
function needleOf(resource) {
  const [prefix, ...rest] = resource.split(":");
  const value = rest.join(":");
  switch (prefix) {
    case "port":
      return new RegExp(`(?::|port )${escapeRegExp(value)}(?!\\d)`);
    case "env":
      return value.length >= 4 ? new RegExp(`\\b${escapeRegExp(value)}\\b`) : null;
    case "path":
    case "tmp":
    case "home":
    case "db":
      return value.length >= 5 && !value.startsWith("shared-") ? { test: (text) => text.includes(value) } : null;
    default:
      return null;
  }
}
function describeResource(resource) {
  const [prefix, ...rest] = resource.split(":");
  const value = rest.join(":");
  switch (prefix) {
    case "port":
      return `port ${value}`;
    case "env":
      return value === "" ? "the environment" : `environment variable ${value}`;
    case "cwd":
      return "the working directory";
    case "tmp":
      return `temp-dir file \`${value}\``;
    case "home":
      return `home or cache-dir file \`${value}\``;
    case "table":
      return `table \`${value}\``;
    case "deadline":
      return `the sub-second deadline at ${value}`;
    case "global":
      return `process-wide \`${value.split("#").pop() ?? value}\``;
    case "state":
      return `module state \`${value.split("#").pop() ?? value}\``;
    default:
      return value === "" ? resource : `\`${value}\``;
  }
}
var PROCESS_WRITES = /* @__PURE__ */ new Set(["env-mutation", "chdir"]);
var PARTNER_WRITE = 0.45;
function partnerWriteClues(peers, partners, oneProcess) {
  if (!oneProcess) return [];
  const clues = [];
  for (const [peer, findings] of peers) {
    if (!partners.has(peer)) continue;
    const write = findings.find((f) => PROCESS_WRITES.has(f.kind) && f.scope !== "file" && f.scope !== "library");
    if (write === void 0) continue;
    clues.push({
      causes: [write.cause],
      weight: PARTNER_WRITE,
      role: "direct",
      ambiguous: false,
      group: "partner-write",
      evidence: { kind: "source", text: `its collision partner ${peer} ${KIND_LABEL[write.kind]} while they run at once in one process: ${write.text}`, file: write.file, line: write.line }
    });
  }
  return clues.slice(0, 3);
}

// src/explain/run-index.ts
var cache2 = /* @__PURE__ */ new WeakMap();
var NONE = /* @__PURE__ */ new Map();
function indexRuns(runs2) {
  let index = cache2.get(runs2);
  if (index === void 0) {
    index = buildIndex(runs2);
    cache2.set(runs2, index);
  }
  return index;
}
function buildIndex(runs2) {
  const slots = /* @__PURE__ */ new Map();
  const slotOfCase = runs2.map(({ cases }) => {
    const out = new Int32Array(cases.length);
    for (let i = 0; i < cases.length; i++) {
      const id = cases[i].id;
      let slot = slots.get(id);
      if (slot === void 0) {
        slot = slots.size;
        slots.set(id, slot);
      }
      out[i] = slot;
    }
    return out;
  });
  return runs2.map((run2, r) => {
    const { cases } = run2;
    const caseSlots = slotOfCase[r];
    const first = new Int32Array(slots.size);
    const failed = /* @__PURE__ */ new Set();
    let repeated;
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      const slot = caseSlots[i];
      const at = first[slot];
      if (at === 0) first[slot] = i + 1;
      else {
        repeated ??= /* @__PURE__ */ new Map();
        const list3 = repeated.get(c.id);
        if (list3 === void 0) repeated.set(c.id, [cases[at - 1], c]);
        else list3.push(c);
      }
      if (failedInRun(c)) failed.add(c.id);
    }
    return { run: run2, failed, slots, first, repeated: repeated ?? NONE };
  });
}
function casesOf(indexed, id) {
  const repeated = indexed.repeated.get(id);
  if (repeated !== void 0) return repeated;
  const slot = indexed.slots.get(id);
  const at = slot === void 0 ? 0 : indexed.first[slot];
  return at === 0 ? [] : [indexed.run.cases[at - 1]];
}

// src/explain/types.ts
var SHARED_RESOURCE_CAUSES = [
  "shared-file-path",
  "shared-database",
  "port-conflict",
  "shared-global-state",
  "shared-env-or-cwd"
];

// src/explain/co-failure.ts
var NAMED = 5;
var MAX_OVERLAPS = 3;
var ALONE = 0.2;
function coFailureClues(test, runs2, clusters) {
  const indexed = indexRuns(runs2);
  const failRuns = indexed.filter((r) => r.failed.has(test.id));
  const passRuns = indexed.filter((r) => outcomeOfCases(casesOf(r, test.id)) === "passed");
  const withMe = failuresOfOthers(test.id, failRuns);
  const withoutMe = failuresOfOthers(test.id, passRuns);
  const needed = Math.max(1, Math.ceil(failRuns.length / 2));
  const associated = (id, n) => n >= needed && (passRuns.length === 0 || (withoutMe.get(id) ?? 0) / passRuns.length <= n / failRuns.length / 2);
  const cluster = test.cluster === null ? void 0 : clusters.find((c) => c.id === test.cluster);
  const mates = new Set((cluster?.tests ?? []).filter((id) => id !== test.id));
  const partners = [...withMe].filter(([id, n]) => mates.has(id) || associated(id, n)).sort((a, b) => Number(mates.has(b[0])) - Number(mates.has(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]));
  const overlaps = overlapClues(test.id, failRuns);
  const peers = [.../* @__PURE__ */ new Set([...overlaps.map(([o]) => o), ...partners.map(([o]) => o), ...[...mates].sort()])];
  const clues = [];
  if (partners.length > 0) {
    const named = partners.slice(0, NAMED).map(([id, n]) => `${id} (${n} of ${failRuns.length})`);
    const more = partners.length > NAMED ? ` and ${partners.length - NAMED} more` : "";
    const where = cluster === void 0 ? "" : ` (cluster ${cluster.id})`;
    clues.push({
      causes: SHARED_RESOURCE_CAUSES,
      weight: 0.25,
      role: "support",
      ambiguous: false,
      group: "co-failure",
      evidence: { kind: "co-failure", text: `fails in the same runs as ${named.join(", ")}${more}${where}` }
    });
  }
  if (failRuns.length >= 2 && withMe.size === 0) {
    clues.push({
      causes: ["order-dependence"],
      weight: ALONE,
      role: "support",
      ambiguous: false,
      group: "alone",
      evidence: { kind: "co-failure", text: `no other test failed in any of its ${failRuns.length} failing runs` }
    });
  }
  for (const [, text] of overlaps) {
    clues.push({
      causes: SHARED_RESOURCE_CAUSES,
      weight: 0.3,
      role: "support",
      ambiguous: false,
      group: "overlap",
      evidence: { kind: "timing", text }
    });
  }
  return { clues, peers };
}
function overlapClues(id, failRuns) {
  const seen = /* @__PURE__ */ new Map();
  for (const r of failRuns) {
    const mine = casesOf(r, id).filter((c) => failedInRun(c) && timed2(c));
    if (mine.length === 0) continue;
    const others = [...r.failed].filter((o) => o !== id).flatMap((o) => casesOf(r, o));
    for (const c of mine) {
      for (const o of others) {
        if (!failedInRun(o) || !timed2(o) || o.worker === c.worker || seen.has(o.id)) continue;
        if ((o.startedAt ?? 0) < (c.endedAt ?? 0) && (c.startedAt ?? 0) < (o.endedAt ?? 0)) {
          seen.set(o.id, `ran at the same time as ${o.id} on ${o.worker ?? "?"} (run ${r.run.record.id}), which also failed`);
        }
      }
    }
  }
  return [...seen].sort((a, b) => a[0].localeCompare(b[0])).slice(0, MAX_OVERLAPS);
}
function failuresOfOthers(id, runs2) {
  const counts = /* @__PURE__ */ new Map();
  for (const run2 of runs2) {
    for (const other of run2.failed) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return counts;
}
function timed2(c) {
  return c.worker !== void 0 && c.startedAt !== void 0 && c.endedAt !== void 0;
}

// src/explain/confirmation.ts
function tally(runs2, id) {
  const t = { runs: 0, failed: 0 };
  for (const run2 of runs2) {
    const outcome = outcomeOfCases(casesOf(run2, id));
    if (outcome === null) continue;
    t.runs += 1;
    if (outcome === "failed") t.failed += 1;
  }
  return t;
}
function confirmationClues(test, runs2) {
  const indexed = indexRuns(runs2);
  const serialWorkers = Math.min(...runs2.map((r) => r.record.workers));
  const phase = (p, workers) => indexed.filter((r) => r.run.record.phase === p && (workers === void 0 || r.run.record.workers === workers));
  const suiteSerial = tally(phase("discovery", serialWorkers), test.id);
  const confirmSerial = tally(phase("confirm-serial"), test.id);
  const confirmParallel = tally(phase("confirm-parallel"), test.id);
  const clues = [];
  if (confirmSerial.runs > 0 && confirmSerial.failed === 0 && suiteSerial.failed > 0) {
    clues.push({
      causes: ["order-dependence"],
      weight: 0.45,
      role: "direct",
      ambiguous: false,
      group: "confirmation",
      evidence: {
        kind: "confirmation",
        text: `failed ${suiteSerial.failed}/${suiteSerial.runs} serial full-suite runs but passed ${confirmSerial.runs}/${confirmSerial.runs} serial reruns of the suspects: it depends on what ran before it`
      }
    });
  }
  if (confirmSerial.runs > 0 && confirmSerial.failed === 0 && confirmParallel.failed > 0) {
    clues.push({
      causes: SHARED_RESOURCE_CAUSES,
      weight: 0.2,
      role: "support",
      ambiguous: false,
      group: "confirmation",
      evidence: {
        kind: "confirmation",
        text: `passed ${confirmSerial.runs}/${confirmSerial.runs} serial reruns, failed ${confirmParallel.failed}/${confirmParallel.runs} parallel reruns with its co-failing tests`
      }
    });
  }
  return clues;
}

// src/explain/failure-texts.ts
var MAX_TEXT_CHARS = 16384;
var MAX_TEXTS = 8;
function failureTexts(id, runs2) {
  const distinct = /* @__PURE__ */ new Map();
  const add = (t) => {
    const key = `${t.origin}\0${t.text}`;
    const seen = distinct.get(key);
    if (seen !== void 0) seen.occurrences += 1;
    else if (distinct.size < MAX_TEXTS) distinct.set(key, { first: t, occurrences: 1 });
  };
  for (const indexed of indexRuns(runs2)) {
    const { run: run2 } = indexed;
    const cases = casesOf(indexed, id);
    for (const c of cases) {
      if (failedInRun(c)) {
        add({ runId: run2.record.id, text: caseText(c), origin: "case" });
      }
    }
    const died = run2.record.signal !== null || run2.record.timedOut;
    const lost = cases.some((c) => c.outcome === "lost") || cases.length === 0 && expected(run2, id) && damaged(run2);
    const crashed = cases.some((c) => c.outcome === "error") && died;
    const tail = run2.record.outputTail;
    if ((lost || crashed) && tail !== void 0 && tail.length > 0) {
      add({ runId: run2.record.id, text: tail.slice(-MAX_TEXT_CHARS), origin: "output" });
    }
  }
  return [...distinct.values()].map(({ first, occurrences }) => ({ ...first, occurrences }));
}
function expected(run2, id) {
  return run2.record.subset === void 0 || run2.record.subset.includes(id);
}
function damaged(run2) {
  const r = run2.record;
  return r.signal !== null || r.timedOut || r.parse === "missing" || r.parse === "invalid" || r.parse === "salvaged";
}
function caseText(c) {
  const parts = [];
  if (c.message !== void 0) parts.push(c.message);
  if (c.details !== void 0) parts.push(c.details);
  for (const a of c.attempts ?? []) {
    if (a.message !== void 0) parts.push(a.message);
    if (a.details !== void 0) parts.push(a.details);
  }
  return parts.join("\n").slice(0, MAX_TEXT_CHARS);
}

// src/explain/needs-predecessor.ts
var NEEDS_PREDECESSOR_WEIGHT = 0.95;
var LISTED = 3;
function needsEarlierTest(id, runs2) {
  const serial = serialCount(runs2);
  return serial !== null && needsPredecessors(serialSplit(runs2, id, serial));
}
function needsPredecessorClues(test, runs2, partners) {
  const serial = serialCount(runs2);
  if (serial === null) return [];
  const split3 = serialSplit(runs2, test.id, serial);
  if (!needsPredecessors(split3)) return [];
  const { alone: alone2, inOrder } = split3;
  const replay = partners.length === 1 ? passingReplay(test.id, partners[0] ?? "", runs2) : null;
  const who = partners.length === 1 ? `; it passes when replayed serially right after ${partners[0] ?? ""}${replay === null ? "" : ` (run ${replay})`}, the earlier test whose state it needs` : ": it needs state an earlier test leaves behind";
  return [
    {
      causes: ["order-dependence"],
      weight: NEEDS_PREDECESSOR_WEIGHT,
      role: "direct",
      ambiguous: false,
      group: "needs-predecessor",
      evidence: {
        kind: "confirmation",
        text: `passes in ${inOrder.n - inOrder.failed}/${inOrder.n} serial runs of the full suite (its own order; ${runList(inOrder)}) and fails in ${alone2.failed}/${alone2.n} serial runs alone (${runList(alone2)})${who}`
      }
    }
  ];
}
function serialCount(runs2) {
  return runs2.length === 0 ? null : Math.min(...runs2.map((r) => r.record.workers));
}
function passingReplay(id, partner, runs2) {
  const run2 = runs2.find((r) => r.record.phase === "confirm-order" && r.record.subset?.length === 2 && r.record.subset[0] === partner && r.record.subset[1] === id && outcomeOf(r, id) === "passed");
  return run2?.record.id ?? null;
}
function runList(kind) {
  const shown = kind.runs.slice(0, LISTED).join(", ");
  const more = kind.runs.length > LISTED ? ` and ${kind.runs.length - LISTED} more` : "";
  return `run${kind.runs.length === 1 ? "" : "s"} ${shown}${more}`;
}

// src/explain/order-replay.ts
var NAMED2 = 3;
function replaysOf(id, runs2) {
  const out = [];
  for (const run2 of runs2) {
    const subset = run2.record.subset;
    if (run2.record.phase !== "confirm-order" || subset === void 0 || subset.at(-1) !== id) continue;
    const outcome = outcomeOf(run2, id);
    if (outcome === null) continue;
    out.push({ run: run2.record.id, prefix: subset.slice(0, -1), failed: outcome === "failed" });
  }
  return out;
}
function alone(id, runs2) {
  const t = { runs: 0, failed: 0 };
  for (const run2 of runs2) {
    if (run2.record.phase !== "confirm-serial") continue;
    const outcome = outcomeOf(run2, id);
    if (outcome === null) continue;
    t.runs += 1;
    if (outcome === "failed") t.failed += 1;
  }
  return t;
}
function orderReplayClues(test, runs2) {
  const replays = replaysOf(test.id, runs2);
  if (replays.length === 0) return [];
  const serial = alone(test.id, runs2);
  const failing = replays.filter((r) => r.failed).sort((a, b) => a.prefix.length - b.prefix.length || a.run.localeCompare(b.run));
  const smallest = failing[0];
  if (smallest === void 0) {
    const longest = [...replays].sort((a, b) => b.prefix.length - a.prefix.length)[0];
    const n = longest?.prefix.length ?? 0;
    return [
      {
        causes: ["order-dependence"],
        weight: 0.5,
        role: "against",
        ambiguous: false,
        group: "order-replay",
        evidence: { kind: "confirmation", text: `passed a serial replay of the ${n} test(s) its worker ran before it (run ${longest?.run ?? "?"}): what ran earlier in its process is not what breaks it` }
      }
    ];
  }
  if (serial.failed > 0) return [];
  const polluters = smallest.prefix.length <= NAMED2 ? smallest.prefix.join(", ") : `${smallest.prefix.slice(0, NAMED2).join(", ")} and ${smallest.prefix.length - NAMED2} more`;
  const who = smallest.prefix.length === 1 ? `right after ${polluters}, the test that leaves state behind` : `after ${polluters}`;
  const aloneText = serial.runs > 0 ? ` but passed ${serial.runs}/${serial.runs} serial confirmation reruns` : "";
  return [
    {
      causes: ["order-dependence"],
      // Without a passing serial rerun the replay may just reproduce a test that always fails.
      weight: serial.runs > 0 ? 0.7 : 0.35,
      role: "direct",
      ambiguous: false,
      group: "order-replay",
      evidence: {
        kind: "confirmation",
        text: `failed when replayed serially (1 worker, run ${smallest.run}) ${who}${aloneText}: an earlier test in the same process pollutes its state`
      }
    }
  ];
}

// src/explain/predecessors.ts
var NAMED3 = 3;
var PREDECESSOR_WEIGHT = 0.4;
var MIN_FAILING = 2;
function before(indexed, id) {
  const mine = casesOf(indexed, id)[0];
  if (mine?.startedAt === void 0) return null;
  const serial = indexed.run.record.workers === 1;
  if (mine.worker === void 0 && !serial) return null;
  const out = /* @__PURE__ */ new Set();
  for (const c of indexed.run.cases) {
    if (c.id === id || c.endedAt === void 0 || c.endedAt > mine.startedAt) continue;
    if (serial ? c.worker === mine.worker || c.worker === void 0 || mine.worker === void 0 : c.worker === mine.worker) out.add(c.id);
  }
  return out;
}
function predecessorClues(id, runs2) {
  const indexed = indexRuns(runs2).filter((r) => r.run.record.phase !== "confirm-order");
  let common = null;
  let failing = 0;
  const cleared = /* @__PURE__ */ new Set();
  let passing = 0;
  for (const r of indexed) {
    const cases = casesOf(r, id);
    const outcome = outcomeOfCases(cases);
    if (outcome === null) continue;
    const prior = before(r, id);
    if (prior === null) continue;
    if (cases.some(failedInRun)) {
      failing += 1;
      common = common === null ? prior : new Set([...common].filter((p) => prior.has(p)));
    } else if (outcome === "passed") {
      passing += 1;
      for (const p of prior) cleared.add(p);
    }
  }
  if (common === null || failing < MIN_FAILING || passing === 0) return [];
  const suspects = [...common].filter((p) => !cleared.has(p)).sort();
  if (suspects.length === 0) return [];
  const named = suspects.length <= NAMED3 ? suspects.join(", ") : `${suspects.slice(0, NAMED3).join(", ")} and ${suspects.length - NAMED3} more`;
  return [
    {
      causes: ["order-dependence"],
      weight: PREDECESSOR_WEIGHT,
      role: "direct",
      ambiguous: false,
      group: "predecessors",
      evidence: {
        kind: "confirmation",
        text: `ran after ${named} on the same worker in each of its ${failing} failing runs, and never after it in its ${passing} passing runs with a recorded order`
      }
    }
  ];
}

// src/explain/discriminators.ts
function discriminate(input) {
  const { test } = input;
  const co = coFailureClues(test, input.runs, input.clusters);
  const partners = [...input.partners?.[test.id] ?? []].filter((id) => id !== test.id).sort();
  const ordered = needsEarlierTest(test.id, input.runs);
  const clues = [
    ...thresholdClues(test, input.cores),
    ...crashClues(test, input.runs),
    ...confirmationClues(test, input.runs),
    ...ordered ? needsPredecessorClues(test, input.runs, partners) : orderReplayClues(test, input.runs),
    ...predecessorClues(test.id, input.runs),
    ...co.clues
  ];
  if (partners.length > 0 && !ordered) {
    clues.push({
      causes: SHARED_RESOURCE_CAUSES,
      weight: 0.35,
      role: "support",
      ambiguous: false,
      group: "partner",
      evidence: { kind: "partner", text: `collides with ${partners.slice(0, 5).join(", ")}: fails when run alongside it` }
    });
  }
  return { clues, peers: [.../* @__PURE__ */ new Set([...partners, ...co.peers])] };
}
var THRESHOLD_ONLY = 0.2;
function thresholdClues(test, cores) {
  const counts = Object.keys(test.byWorkers).map(Number).filter(Number.isFinite);
  const serial = counts.length === 0 ? 1 : Math.min(...counts);
  const t = test.threshold;
  if (t === null || t <= serial || cores < 1) return [];
  if (t > cores) {
    const text2 = `fails only from ${t} workers, more than the ${cores} cores: oversubscribed, so slowness under load is plausible`;
    return [
      // Weak on its own: most parallel-only failures start above the core count whatever their cause.
      { causes: ["timing-under-load"], weight: THRESHOLD_ONLY, role: "direct", ambiguous: false, group: "threshold", evidence: { kind: "threshold", text: text2 } },
      { causes: ["resource-exhaustion"], weight: 0.15, role: "support", ambiguous: false, group: "threshold", evidence: { kind: "threshold", text: text2 } }
    ];
  }
  const text = `fails from ${t} workers, within the ${cores} cores: contention for something shared is likelier than CPU load`;
  return [
    { causes: ["timing-under-load"], weight: 0.4, role: "against", ambiguous: false, group: "threshold", evidence: { kind: "threshold", text } },
    { causes: SHARED_RESOURCE_CAUSES, weight: 0.15, role: "support", ambiguous: false, group: "threshold", evidence: { kind: "threshold", text } }
  ];
}
function crashClues(test, runs2) {
  const clues = [];
  const lost = Object.values(test.byWorkers).reduce((n, s) => n + s.lost, 0);
  if (lost > 0 || test.verdict === "lost") {
    clues.push({
      causes: ["worker-crash"],
      weight: test.verdict === "lost" ? 0.5 : 0.4,
      role: "direct",
      ambiguous: false,
      group: "lost",
      evidence: { kind: "crash", text: `no result in ${lost} run(s): its worker or the run died first` }
    });
  }
  for (const indexed of indexRuns(runs2)) {
    const { run: run2 } = indexed;
    const cases = casesOf(indexed, test.id);
    const involved = cases.length === 0 ? expected(run2, test.id) && damaged(run2) : cases.some((c) => (failedInRun(c) || c.outcome === "lost") && !(c.message ?? "").trim());
    if (!involved) continue;
    const r = run2.record;
    if (r.signal !== null) {
      const oom = r.signal === "SIGKILL" ? " (SIGKILL is often the out-of-memory killer)" : "";
      clues.push({
        causes: ["worker-crash"],
        weight: 0.35,
        role: "direct",
        ambiguous: false,
        group: "signal",
        evidence: { kind: "crash", text: `run ${r.id} (${r.workers} workers) was ended by ${r.signal}${oom}` }
      });
    } else if (r.timedOut) {
      clues.push({
        causes: ["timing-under-load"],
        weight: 0.5,
        role: "direct",
        ambiguous: true,
        group: "run-timeout",
        evidence: { kind: "timing", text: `run ${r.id} (${r.workers} workers) hit the time limit: a hang under load, or a deadlock on a shared resource` }
      });
    }
  }
  return dedupeByGroup(clues);
}
function dedupeByGroup(clues) {
  const seen = /* @__PURE__ */ new Set();
  return clues.filter((c) => seen.has(c.group) ? false : (seen.add(c.group), true));
}

// src/explain/signatures/dotnet.ts
var dotnetSignatures = [
  {
    id: "dotnet.socket-in-use",
    ecosystem: "dotnet",
    pattern: /Only one usage of each socket address/,
    cause: "port-conflict",
    weight: 0.85,
    note: "Windows: a fixed port is already bound."
  },
  {
    id: "dotnet.file-in-use",
    ecosystem: "dotnet",
    pattern: /because it is being used by another process/,
    cause: "shared-file-path",
    weight: 0.8,
    note: "Another test holds the same file open."
  },
  {
    id: "dotnet.collection-modified",
    ecosystem: "dotnet",
    pattern: /Collection was modified; enumeration operation may not execute|An item with the same key has already been added/,
    cause: "shared-global-state",
    weight: 0.7,
    note: "A static collection is mutated from parallel tests."
  },
  {
    id: "dotnet.host-crashed",
    ecosystem: "dotnet",
    pattern: /Test host process crashed|The active test run was aborted/,
    cause: "worker-crash",
    weight: 0.85,
    note: "The test host process died."
  },
  {
    id: "dotnet.out-of-memory",
    ecosystem: "dotnet",
    pattern: /System\.OutOfMemoryException/,
    cause: "resource-exhaustion",
    weight: 0.8,
    note: "The test host ran out of memory."
  }
];

// src/explain/signatures/generic.ts
var genericSignatures = [
  {
    id: "generic.sqlite-locked",
    ecosystem: "generic",
    pattern: /database (?:table )?is locked|\bSQLITE_(?:BUSY|LOCKED)\b/,
    cause: "shared-database",
    weight: 0.85,
    note: "Two connections wrote the same SQLite file at once."
  },
  {
    id: "generic.unique-constraint",
    ecosystem: "generic",
    pattern: /UNIQUE constraint failed|\bSQLITE_CONSTRAINT_(?:UNIQUE|PRIMARYKEY)\b/,
    cause: "shared-database",
    weight: 0.7,
    note: "Another test inserted the same row into the same SQLite database."
  },
  {
    id: "generic.sqlite-constraint",
    ecosystem: "generic",
    pattern: /FOREIGN KEY constraint failed|\bSQLITE_CONSTRAINT_FOREIGNKEY\b/,
    cause: "shared-database",
    weight: 0.6,
    note: "A row another test added or removed in the same SQLite database broke a reference."
  },
  {
    id: "generic.pg-duplicate-key",
    ecosystem: "generic",
    pattern: /duplicate key value violates unique constraint|Duplicate entry '[^']{0,200}' for key/,
    cause: "shared-database",
    weight: 0.7,
    note: "PostgreSQL/MySQL: two tests inserted the same key into one shared database."
  },
  {
    id: "generic.deadlock",
    ecosystem: "generic",
    pattern: /deadlock detected|Deadlock found when trying to get lock/,
    cause: "shared-database",
    weight: 0.7,
    note: "Two transactions from concurrent tests locked the same rows in opposite order."
  },
  {
    id: "generic.db-in-use",
    ecosystem: "generic",
    pattern: /is being accessed by other users/,
    cause: "shared-database",
    weight: 0.75,
    note: "PostgreSQL refused to drop/create a test database another worker is connected to."
  },
  {
    id: "generic.already-exists",
    ecosystem: "generic",
    pattern: /\b(?:table|relation|database|schema|index|view) "?[\w.]{1,100}"? already exists/i,
    cause: "shared-database",
    weight: 0.65,
    note: "A second test created the same table or database in a store they share."
  },
  {
    id: "generic.duckdb-catalog",
    ecosystem: "generic",
    pattern: /Catalog Error: [^\n]{0,200}already exists/,
    cause: "shared-database",
    weight: 0.7,
    note: "DuckDB: another test created the same table in a database file they share."
  },
  {
    id: "generic.duckdb-catalog-other",
    ecosystem: "generic",
    pattern: /Catalog Error:/,
    cause: "shared-database",
    weight: 0.5,
    ambiguous: true,
    note: "DuckDB catalog error; may be a plain bug, or a table dropped by another test."
  },
  {
    id: "generic.db-concurrent-update",
    ecosystem: "generic",
    // PostgreSQL serialization failures, MySQL lock waits, MongoDB duplicate keys.
    pattern: /could not serialize access due to concurrent (?:update|delete)|Lock wait timeout exceeded; try restarting transaction|\bE11000 duplicate key error\b/,
    cause: "shared-database",
    weight: 0.7,
    note: "Two tests wrote the same rows or keys of one database at once."
  },
  {
    id: "generic.table-missing",
    ecosystem: "generic",
    pattern: /\bno such table: [\w.]{1,100}|\brelation "[\w.]{1,100}" does not exist|\bTable '[\w.]{1,100}' doesn't exist\b|\bdatabase "[\w-]{1,100}" does not exist/,
    cause: "shared-database",
    weight: 0.5,
    ambiguous: true,
    note: "A table or database vanished: dropped by another test sharing it, or never created (a set-up bug)."
  },
  {
    id: "generic.port-in-use",
    ecosystem: "generic",
    pattern: /\b[Pp]ort \d{2,5} is (?:already )?in use\b|\bport is already allocated\b|\bSomething is already running on port\b|\bAddress in use\b/,
    cause: "port-conflict",
    weight: 0.8,
    note: "The port a test server wanted was taken: two tests use the same fixed port."
  },
  {
    id: "generic.connection-reset",
    ecosystem: "generic",
    // A fixed-port server another worker stopped, or a client that reached another worker's server.
    pattern: /\bECONNRESET\b|\bsocket hang up\b|\bConnection reset by peer\b/,
    cause: "port-conflict",
    weight: 0.4,
    ambiguous: true,
    note: "The connection was dropped: possibly a server on a fixed port that another test stopped or replaced."
  },
  {
    id: "generic.address-in-use",
    ecosystem: "generic",
    pattern: /address already in use/i,
    cause: "port-conflict",
    weight: 0.85,
    note: "Two tests bound the same fixed port."
  },
  {
    id: "generic.connection-refused",
    ecosystem: "generic",
    pattern: /\bECONNREFUSED\b|Connection refused/,
    cause: "port-conflict",
    weight: 0.5,
    ambiguous: true,
    note: "Nothing listening: a server on a fixed port may have been torn down by another test."
  },
  {
    // Not a program that could not be started (`spawn x ENOENT`).
    id: "generic.enoent",
    ecosystem: "generic",
    // Not a program that could not be started (`spawn x ENOENT`, `Cannot run program "x": error=2`),
    // nor the working directory (below).
    pattern: /(?<!\bspawn\b[^\n]{0,200})\bENOENT\b(?![^\n]{0,40}uv_cwd)|(?<!(?:Cannot run program|current working directory|getcwd)[^\n]{0,200})No such file or directory/,
    cause: "shared-file-path",
    weight: 0.45,
    note: "A file vanished, in a test that passes alone: likely deleted or moved by another test using the same path."
  },
  {
    id: "generic.eexist",
    ecosystem: "generic",
    pattern: /\bEEXIST\b|\bFile exists\b/,
    cause: "shared-file-path",
    weight: 0.45,
    note: "A file or directory appeared first, in a test that passes alone: likely created by another test at the same path."
  },
  {
    id: "generic.enotempty",
    ecosystem: "generic",
    pattern: /\bENOTEMPTY\b|\bDirectory not empty\b/,
    cause: "shared-file-path",
    weight: 0.5,
    note: "A directory being removed gained files meanwhile: another test writes into the same directory."
  },
  {
    id: "generic.truncated-file",
    ecosystem: "generic",
    // An empty or half-written file read back: `JSONDecodeError: Expecting value: line 1 column 1
    // (char 0)`, `SyntaxError: Unexpected end of JSON input`, pickle's `EOFError: Ran out of input`,
    // `BadZipFile`. In a test that passes alone, another test was writing the same file.
    pattern: /Expecting value: line 1 column 1 \(char 0\)|\bUnexpected end of JSON input\b|\bunexpected end of JSON input\b|\bEOFError: Ran out of input\b|\bBadZipFile\b|\bFile is not a zip file\b/,
    cause: "shared-file-path",
    weight: 0.4,
    note: "An empty or half-written file was read: another test was writing the same path at the time."
  },
  {
    id: "generic.ebusy",
    ecosystem: "generic",
    pattern: /\bEBUSY\b|Device or resource busy/,
    cause: "shared-file-path",
    weight: 0.6,
    note: "A file or directory is held open by another process using the same path."
  },
  {
    id: "generic.permission-denied",
    ecosystem: "generic",
    pattern: /\bEACCES\b|\bEPERM\b|Permission denied/,
    cause: "shared-file-path",
    weight: 0.4,
    ambiguous: true,
    note: "Access denied: possibly a shared directory locked or re-created by another test."
  },
  {
    id: "generic.too-many-open-files",
    ecosystem: "generic",
    pattern: /\bEMFILE\b|too many open files/i,
    cause: "resource-exhaustion",
    weight: 0.8,
    note: "File descriptors ran out: more workers, more open handles."
  },
  {
    id: "generic.too-many-connections",
    ecosystem: "generic",
    pattern: /too many (?:connections|clients already)/i,
    cause: "resource-exhaustion",
    weight: 0.75,
    note: "The database server ran out of connection slots for all the workers."
  },
  {
    id: "generic.out-of-memory",
    ecosystem: "generic",
    pattern: /\bENOMEM\b|Cannot allocate memory|\bout of memory\b/i,
    cause: "resource-exhaustion",
    weight: 0.75,
    note: "Memory ran out with all workers running."
  },
  {
    id: "generic.segfault",
    ecosystem: "generic",
    pattern: /Segmentation fault|\bSIGSEGV\b|signal 11\b/,
    cause: "worker-crash",
    weight: 0.8,
    note: "A native crash killed the worker process."
  },
  {
    id: "generic.thread-sanitizer",
    ecosystem: "generic",
    pattern: /ThreadSanitizer: data race/,
    cause: "shared-global-state",
    weight: 0.85,
    note: "Two threads touched the same memory without synchronisation."
  },
  {
    id: "generic.cwd-gone",
    ecosystem: "generic",
    // git `fatal: Unable to read current working directory`, bash `shell-init: error retrieving
    // current directory: getcwd: cannot access parent directories`, libuv `uv_cwd`: the process's
    // working directory was removed, typically a temp dir another test chdir'd into and cleaned up.
    pattern: /Unable to read current working directory|error retrieving current directory|cannot access parent directories|getcwd\(\) failed|current working directory[^\n]{0,60}(?:No such file|does not exist|was deleted)/i,
    cause: "shared-env-or-cwd",
    weight: 0.7,
    note: "The working directory is gone: another test changed it to a directory that was then removed."
  },
  {
    id: "generic.program-not-found",
    ecosystem: "generic",
    // Java `Cannot run program "id": error=2`, Go `exec: "git": executable file not found in $PATH`,
    // sh `command not found`, Node `spawn git ENOENT`: a program that runs serially is not found in
    // parallel, so the PATH (or the working directory) it is looked up in was changed by another test.
    pattern: /Cannot run program "[^"\n]{1,200}"[^\n]{0,60}error=2\b|executable file not found in \$PATH|: command not found\b|\bspawn [^\s]{1,200} ENOENT\b/,
    cause: "shared-env-or-cwd",
    weight: 0.5,
    note: "A program could not be found: the PATH or working directory it is resolved from was changed by another test."
  },
  {
    id: "generic.chdir",
    ecosystem: "generic",
    pattern: /\bchdir\b|\bgetcwd\b/,
    cause: "shared-env-or-cwd",
    weight: 0.45,
    note: "The failure passes through a working-directory change, which is process-wide."
  },
  {
    id: "generic.proxy",
    ecosystem: "generic",
    // HTTP clients take their proxy from the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY: curl,
    // requests, pip, uv, Go's ProxyFromEnvironment); a proxy failure in a test that passes serially
    // is a proxy another test put there.
    pattern: /\bProxyError\b|\bproxy error\b|\btunnel error\b|\bUnable to connect to proxy\b|\bCONNECT tunnel failed\b|\bproxyconnect tcp\b/i,
    cause: "shared-env-or-cwd",
    weight: 0.45,
    note: "A proxy failure: the proxy comes from environment variables, which another test may have set."
  },
  {
    id: "generic.over-time-budget",
    ecosystem: "generic",
    // "took 560 ms, over its budget of 202 ms", "took 1.3s, want < 500ms", "exceeded the time
    // limit", "too slow": a test that finished but measured itself against a duration.
    pattern: /\btook \d{1,9}(?:\.\d{1,9})? ?(?:ms|s|secs?|seconds?|milliseconds?|µs|us|ns)\b[^\n]{0,120}\b(?:budget|limit|deadline|threshold|max|maximum|allowed|want)\b|\b(?:over|exceeded|exceeds|above) (?:its |the |a )?(?:time |latency |duration )?(?:budget|time limit)\b|\btoo slow\b/i,
    cause: "timing-under-load",
    weight: 0.5,
    note: "A duration check failed: the test ran, but slower than its budget, as it does when workers outnumber cores."
  },
  {
    id: "generic.timeout",
    ecosystem: "generic",
    pattern: /\bTimeoutError\b|\btimed out\b|\bTimeout -/,
    cause: "timing-under-load",
    weight: 0.5,
    ambiguous: true,
    note: "A timeout: a slow machine under load, or a hang on a resource another test holds."
  }
];

// src/explain/signatures/go.ts
var goSignatures = [
  {
    id: "go.bind-in-use",
    ecosystem: "go",
    pattern: /bind: address already in use/,
    cause: "port-conflict",
    weight: 0.9,
    note: "net.Listen on a fixed port another test or package binary holds."
  },
  {
    id: "go.data-race",
    ecosystem: "go",
    pattern: /WARNING: DATA RACE/,
    cause: "shared-global-state",
    weight: 0.85,
    note: "The race detector saw unsynchronised access to shared memory."
  },
  {
    id: "go.concurrent-map",
    ecosystem: "go",
    pattern: /concurrent map (?:writes|read and map write|iteration and map write)/,
    cause: "shared-global-state",
    weight: 0.85,
    note: "A package-level map is written from parallel tests."
  },
  {
    id: "go.deadline-exceeded",
    ecosystem: "go",
    pattern: /context deadline exceeded|panic: test timed out after/,
    cause: "timing-under-load",
    weight: 0.5,
    ambiguous: true,
    note: "A deadline passed: slow under load, or blocked on something another test holds."
  },
  {
    id: "go.fatal-signal",
    ecosystem: "go",
    pattern: /fatal error: unexpected signal|fatal error: out of memory/,
    cause: "worker-crash",
    weight: 0.75,
    note: "The test binary crashed."
  }
];

// src/explain/signatures/java.ts
var javaSignatures = [
  {
    id: "java.bind-exception",
    ecosystem: "java",
    pattern: /java\.net\.BindException/,
    cause: "port-conflict",
    weight: 0.85,
    note: "A server bound a fixed port that another fork or test holds."
  },
  {
    id: "java.concurrent-modification",
    ecosystem: "java",
    pattern: /\bConcurrentModificationException\b/,
    cause: "shared-global-state",
    weight: 0.75,
    note: "A shared collection was modified during iteration."
  },
  {
    id: "java.out-of-memory",
    ecosystem: "java",
    pattern: /java\.lang\.OutOfMemoryError/,
    cause: "resource-exhaustion",
    weight: 0.8,
    note: "A JVM fork ran out of heap."
  },
  {
    id: "java.fork-crashed",
    ecosystem: "java",
    pattern: /forked VM terminated without properly saying goodbye|There was an error in the forked process|A fatal error has been detected by the Java Runtime/,
    cause: "worker-crash",
    weight: 0.85,
    note: "A Surefire fork died."
  },
  {
    id: "java.file-race",
    ecosystem: "java",
    pattern: /\b(?:FileAlreadyExistsException|NoSuchFileException|DirectoryNotEmptyException)\b/,
    cause: "shared-file-path",
    weight: 0.45,
    note: "A path appeared or vanished: possibly another test using the same path."
  },
  {
    id: "java.unique-violation",
    ecosystem: "java",
    pattern: /SQLIntegrityConstraintViolationException|Unique index or primary key violation/,
    cause: "shared-database",
    weight: 0.65,
    note: "Two tests inserted the same key into a shared database."
  },
  {
    id: "java.timeout",
    ecosystem: "java",
    pattern: /\bTimeoutException\b|execution timed out after/,
    cause: "timing-under-load",
    weight: 0.5,
    ambiguous: true,
    note: "A timeout: slow under load, or blocked on a shared resource."
  }
];

// src/explain/signatures/javascript.ts
var javascriptSignatures = [
  {
    id: "javascript.eaddrinuse",
    ecosystem: "javascript",
    pattern: /\bEADDRINUSE\b/,
    cause: "port-conflict",
    weight: 0.9,
    note: "listen() on a fixed port that another worker already holds."
  },
  {
    id: "javascript.jest-child-exceptions",
    ecosystem: "javascript",
    pattern: /Jest worker encountered \d{1,4} child process exceptions/,
    cause: "worker-crash",
    weight: 0.85,
    note: "Jest workers kept dying while running this file."
  },
  {
    id: "javascript.jest-force-exit",
    ecosystem: "javascript",
    pattern: /A worker process has failed to exit gracefully/,
    cause: "worker-crash",
    weight: 0.4,
    ambiguous: true,
    note: "A worker leaked handles (server, timer) and was killed; often harmless by itself."
  },
  {
    id: "javascript.worker-exited",
    ecosystem: "javascript",
    pattern: /Worker exited unexpectedly|Worker terminated unexpectedly|\[vitest-pool\]: Worker [a-z]{1,20} emitted error/,
    cause: "worker-crash",
    weight: 0.7,
    note: "A Vitest/tinypool worker died mid-run."
  },
  {
    id: "javascript.heap-oom",
    ecosystem: "javascript",
    pattern: /JavaScript heap out of memory|Reached heap limit|reaching memory limit/,
    cause: "resource-exhaustion",
    weight: 0.8,
    note: "A worker exhausted its heap with all workers running."
  },
  {
    id: "javascript.jest-timeout",
    ecosystem: "javascript",
    pattern: /Exceeded timeout of \d{1,9} ?ms|Test timed out in \d{1,9} ?ms|Timeout of \d{1,9} ?ms exceeded/,
    cause: "timing-under-load",
    weight: 0.5,
    ambiguous: true,
    note: "Jest/Vitest/Mocha test timeout: slow under load, or waiting for a resource another test holds."
  },
  {
    id: "javascript.uv-cwd",
    ecosystem: "javascript",
    pattern: /\buv_cwd\b/,
    cause: "shared-env-or-cwd",
    weight: 0.7,
    note: "process.cwd() failed: the working directory was removed, typically by another test."
  },
  {
    id: "javascript.count-mismatch",
    ecosystem: "javascript",
    pattern: /Expected length: \d{1,9}|Expected: \d{1,9}\s{1,20}Received: \d{1,9}/,
    cause: "shared-global-state",
    weight: 0.35,
    ambiguous: true,
    note: "A count differs from the expected one: possibly items added by another test."
  },
  {
    id: "javascript.process-env",
    ecosystem: "javascript",
    pattern: /process\.env\.[A-Z_]{1,80}/,
    cause: "shared-env-or-cwd",
    weight: 0.4,
    ambiguous: true,
    note: "The failure involves an environment variable, which is process-wide."
  }
];

// src/explain/signatures/python.ts
var pythonSignatures = [
  {
    id: "python.errno-addr-in-use",
    ecosystem: "python",
    pattern: /\[Errno (?:98|48|10048)\]/,
    cause: "port-conflict",
    weight: 0.85,
    note: "OSError EADDRINUSE (98 Linux, 48 macOS, 10048 Windows): a fixed port is taken."
  },
  {
    id: "python.file-not-found",
    ecosystem: "python",
    pattern: /\bFileNotFoundError\b/,
    cause: "shared-file-path",
    weight: 0.45,
    note: "A file vanished, in a test that passes alone: likely removed by another test using the same path."
  },
  {
    id: "python.file-exists",
    ecosystem: "python",
    pattern: /\bFileExistsError\b/,
    cause: "shared-file-path",
    weight: 0.45,
    note: "A path already existed, in a test that passes alone: likely created by another test first."
  },
  {
    id: "python.permission-error",
    ecosystem: "python",
    pattern: /\bPermissionError\b/,
    cause: "shared-file-path",
    weight: 0.45,
    ambiguous: true,
    note: "Access denied on a path, often a shared directory another test holds or replaced."
  },
  {
    id: "python.device-busy",
    ecosystem: "python",
    pattern: /\[Errno 16\] Device or resource busy/,
    cause: "shared-file-path",
    weight: 0.65,
    note: "A shared file or directory is held by another worker."
  },
  {
    id: "python.xdist-worker-crashed",
    ecosystem: "python",
    pattern: /worker '?gw\d{1,4}'? crashed while running|node down: Not properly terminated|replacing crashed worker/,
    cause: "worker-crash",
    weight: 0.85,
    note: "pytest-xdist lost a worker process while it ran this test."
  },
  {
    id: "python.dict-changed-size",
    ecosystem: "python",
    pattern: /(?:dictionary|Set|set) changed size during iteration/,
    cause: "shared-global-state",
    weight: 0.7,
    note: "A shared dict/set was mutated by another thread while being iterated."
  },
  {
    id: "python.sqlite-same-thread",
    ecosystem: "python",
    pattern: /SQLite objects created in a thread can only be used in that same thread/,
    cause: "shared-database",
    weight: 0.7,
    note: "One sqlite3 connection is shared across threads."
  },
  {
    id: "python.memory-error",
    ecosystem: "python",
    pattern: /\bMemoryError\b/,
    cause: "resource-exhaustion",
    weight: 0.7,
    note: "Memory ran out with all workers running."
  },
  {
    id: "python.environ-key-error",
    ecosystem: "python",
    pattern: /os\.py", line \d{1,6}, in __getitem__|os\.environ\[/,
    cause: "shared-env-or-cwd",
    weight: 0.55,
    note: "An environment variable is missing or different: another test changed os.environ."
  },
  {
    id: "python.getcwd",
    ecosystem: "python",
    pattern: /os\.getcwd\(\)|in getcwd/,
    cause: "shared-env-or-cwd",
    weight: 0.5,
    note: "The working directory is gone or different: another test changed or removed it."
  },
  {
    id: "python.pytest-timeout",
    ecosystem: "python",
    pattern: /\+{5,40} Timeout \+{5,40}|Failed: Timeout >/,
    cause: "timing-under-load",
    weight: 0.5,
    ambiguous: true,
    note: "pytest-timeout fired: slow under load, or blocked on a resource another test holds."
  },
  {
    id: "python.count-mismatch",
    ecosystem: "python",
    pattern: /\bassert \d{1,9} == \d{1,9}\b|where \d{1,9} = len\(/,
    cause: "shared-global-state",
    weight: 0.35,
    ambiguous: true,
    note: "A count differs from the expected one: possibly extra items from another test."
  },
  {
    id: "python.key-error",
    ecosystem: "python",
    pattern: /\bKeyError: ['"]/,
    cause: "shared-global-state",
    weight: 0.3,
    ambiguous: true,
    note: "A key is missing: possibly removed from shared state by another test."
  }
];

// src/explain/signatures/ruby.ts
var rubySignatures = [
  {
    id: "ruby.sqlite-busy",
    ecosystem: "ruby",
    pattern: /SQLite3::BusyException/,
    cause: "shared-database",
    weight: 0.85,
    note: "Two processes wrote the same SQLite file."
  },
  {
    id: "ruby.record-not-unique",
    ecosystem: "ruby",
    pattern: /ActiveRecord::RecordNotUnique|PG::UniqueViolation|ActiveRecord::Deadlocked/,
    cause: "shared-database",
    weight: 0.7,
    note: "Workers share one test database."
  },
  {
    id: "ruby.connection-pool",
    ecosystem: "ruby",
    pattern: /PG::TooManyConnections|ActiveRecord::ConnectionTimeoutError/,
    cause: "resource-exhaustion",
    weight: 0.6,
    note: "The connection pool or server ran out of connections."
  },
  {
    id: "ruby.errno-file",
    ecosystem: "ruby",
    pattern: /Errno::E(?:NOENT|EXIST)/,
    cause: "shared-file-path",
    weight: 0.45,
    note: "A path appeared or vanished: possibly another test using the same path."
  }
];

// src/explain/signatures/rust.ts
var rustSignatures = [
  {
    id: "rust.addr-in-use",
    ecosystem: "rust",
    pattern: /kind: AddrInUse|\(os error 98\)/,
    cause: "port-conflict",
    weight: 0.85,
    note: "A listener bound a fixed port another test holds."
  },
  {
    id: "rust.not-found",
    ecosystem: "rust",
    pattern: /kind: NotFound|\(os error 2\)/,
    cause: "shared-file-path",
    weight: 0.45,
    note: "A path vanished: possibly removed by another test."
  },
  {
    id: "rust.already-exists",
    ecosystem: "rust",
    pattern: /kind: AlreadyExists|\(os error 17\)/,
    cause: "shared-file-path",
    weight: 0.45,
    note: "A path already existed: possibly created by another test."
  },
  {
    id: "rust.poisoned-lock",
    ecosystem: "rust",
    pattern: /PoisonError|another user of this mutex panicked/,
    cause: "shared-global-state",
    weight: 0.6,
    note: "A shared static Mutex was poisoned by a panic in another test thread."
  }
];

// src/explain/signatures/timing.ts
var GO_DURATION = "\\d{1,9}[\\d.hms\xB5un]{0,20}(?:s|m|h)";
var timingSignatures = [
  {
    id: "generic.measured-duration-compared",
    ecosystem: "generic",
    // pytest rewrites `assert elapsed < 0.2` to `assert 0.2451878179999767 < 0.2`; unittest prints
    // `1.0213 not less than 1.0`. A clock difference has many decimals; counts and ratios rarely do.
    pattern: /\bassert \d{1,6}\.\d{4,20} ?[<>]=? ?\d{1,9}(?:\.\d{1,20})?(?![\d.])|\b\d{1,6}\.\d{4,20} not (?:less|greater) than\b/,
    cause: "timing-under-load",
    weight: 0.5,
    note: "A measured duration failed its bound: the code ran, but slower than the test allows, as it does when workers outnumber cores."
  },
  {
    id: "generic.duration-bound",
    ecosystem: "generic",
    // testify `assert.Less(t, elapsed, 500*time.Millisecond)`: `"612.3ms" is not less than "500ms"`;
    // `assert.WithinDuration`: `... allowed is 100ms, but difference was 150ms`; JUnit 5
    // `assertTimeout`: `execution exceeded timeout of 100 ms by 23 ms`.
    pattern: new RegExp(
      `"${GO_DURATION}" is not (?:less|greater) than(?: or equal to)? "${GO_DURATION}"|\\ballowed is ${GO_DURATION}, but difference was\\b|\\bexecution exceeded timeout of \\d{1,9} ?ms\\b`
    ),
    cause: "timing-under-load",
    weight: 0.5,
    note: "A duration assertion failed: the test measured the clock, and the machine was slower than its bound."
  },
  {
    id: "generic.elapsed-expectation",
    ecosystem: "generic",
    // Jest/Vitest code frames quote the failing line: `expect(elapsed).toBeLessThan(100)`,
    // `expect(Date.now() - start).toBeLessThan(...)`; chai `expect(duration).to.be.below(50)`.
    pattern: /\bexpect\((?:[\w.]{0,40}(?:elapsed|duration|took|latency|delay|[a-z]Ms\b|[a-z]Time\b)[\w.]{0,40}|(?:Date|performance)\.now\(\)[^)\n]{0,80})\)\.(?:toBeLessThan|toBeLessThanOrEqual|toBeGreaterThan|toBeGreaterThanOrEqual|to\.be\.(?:below|above|at\.most|at\.least|lessThan|greaterThan|within))\(/i,
    cause: "timing-under-load",
    weight: 0.5,
    note: "An expectation on a measured duration failed: slower than its bound under load."
  },
  {
    id: "generic.took-too-long",
    ecosystem: "generic",
    pattern: /\btook (?:too long|longer than (?:expected|allowed|\d{1,9}))|\bslower than (?:expected|allowed)\b|\bdid not (?:complete|finish|return) (?:with)?in \d{1,9}/i,
    cause: "timing-under-load",
    weight: 0.5,
    note: "The test says it ran too slowly: under load, by construction."
  },
  {
    id: "generic.durations-in-message",
    ecosystem: "generic",
    // A failure message that reports two measured durations: `first gap 110ms, last gap 92ms`,
    // `took 612ms, expected under 500ms`: the test compared timings of its own.
    pattern: /\b\d{1,9}(?:\.\d{1,9})? ?ms\b[^\n]{1,80}\b\d{1,9}(?:\.\d{1,9})? ?ms\b/,
    cause: "timing-under-load",
    weight: 0.45,
    note: "The failure compares measured durations: the schedule the test expects slips under load."
  },
  {
    id: "generic.still-alive-after-stop",
    ecosystem: "generic",
    // A process or task checked right after it was stopped: teardown is asynchronous (Java's
    // `destroyForcibly` documents that `isAlive()` may stay true for a while), and slower under load.
    pattern: /\b(?:still (?:alive|running)|remained alive|survived (?:cancellation|cancel|kill|termination|stop|shutdown|SIGTERM|SIGKILL)|did not (?:exit|terminate|shut down) (?:in time|after)|not (?:yet )?(?:exited|terminated|reaped))\b/i,
    cause: "timing-under-load",
    weight: 0.4,
    note: "Something stopped was still alive when checked: its asynchronous teardown is slower under load."
  },
  {
    id: "generic.wait-gave-up",
    ecosystem: "generic",
    // Gomega `Timed out after 1.001s.`, testify `Condition never satisfied`, Awaitility
    // `ConditionTimeoutException ... within 100 milliseconds`, Playwright `Timeout 5000ms exceeded`,
    // Testing Library `Timed out in waitFor`, Kotlin `Timed out waiting for 1000 ms`, gRPC
    // `DEADLINE_EXCEEDED`, Java `SocketTimeoutException`, Go `i/o timeout`, trio `TooSlowError`.
    pattern: /\bTimed out after \d|\bCondition never satisfied\b|\bConditionTimeoutException\b|\bwas not fulfilled within\b|\bTimeout \d{1,9} ?ms exceeded\b|\bTimed out in waitFor\b|\bTimed out waiting for\b|\bDEADLINE_EXCEEDED\b|\bdeadline exceeded\b|\b(?:Socket|Condition|Interrupted)?TimeoutException\b|\bTimeoutCancellationException\b|\bi\/o timeout\b|\bTooSlowError\b|\b[Tt]imeout (?:waiting|exceeded|expired)\b/,
    cause: "timing-under-load",
    weight: 0.5,
    ambiguous: true,
    note: "A wait gave up: a slow machine under load, or a hang on a resource another test holds."
  }
];

// src/explain/signatures/index.ts
var signatures = [
  ...pythonSignatures,
  ...javascriptSignatures,
  ...goSignatures,
  ...javaSignatures,
  ...rustSignatures,
  ...rubySignatures,
  ...dotnetSignatures,
  ...genericSignatures,
  ...timingSignatures
];

// src/explain/match-signatures.ts
var OUTPUT_CAUSES = /* @__PURE__ */ new Set(["worker-crash", "resource-exhaustion"]);
var EXCERPT_CHARS = 200;
function matchSignatures(texts, catalogue = signatures) {
  const matches = [];
  for (const signature of catalogue) {
    let excerpt2 = null;
    let count2 = 0;
    for (const t of texts) {
      if (t.origin === "output" && !OUTPUT_CAUSES.has(signature.cause)) continue;
      const m = signature.pattern.exec(t.text);
      if (m === null) continue;
      count2 += t.occurrences ?? 1;
      excerpt2 ??= lineAround(t.text, m.index, m[0].length);
    }
    if (excerpt2 !== null) matches.push({ signature, excerpt: excerpt2, count: count2 });
  }
  return matches;
}
function lineAround(text, index, length) {
  const start = text.lastIndexOf("\n", index) + 1;
  const newline = text.indexOf("\n", index + length);
  const raw = text.slice(start, newline === -1 ? text.length : newline);
  const line = raw.trim();
  if (line.length <= EXCERPT_CHARS) return line;
  const from = Math.max(0, index - start - 60);
  return `\u2026${raw.slice(from, from + EXCERPT_CHARS - 2).trim()}\u2026`;
}

// src/explain/support-files.ts
var JS_SETUP = [
  "jest.setup.js",
  "jest.setup.ts",
  "jest.setup.mjs",
  "vitest.setup.ts",
  "vitest.setup.js",
  "setupTests.js",
  "setupTests.ts",
  "src/setupTests.js",
  "src/setupTests.ts",
  "test/setup.js",
  "test/setup.ts",
  "tests/setup.js",
  "tests/setup.ts"
];
function supportFilesFor(testFile, ecosystem) {
  if (ecosystem === "python" || testFile.endsWith(".py")) {
    const parts = testFile.split("/").slice(0, -1);
    const found2 = [];
    for (let i = parts.length; i >= 0; i--) found2.push([...parts.slice(0, i), "conftest.py"].join("/"));
    return found2;
  }
  if (ecosystem === "javascript" || /\.[cm]?[jt]sx?$/.test(testFile)) return [...JS_SETUP];
  return [];
}

// src/explain/imports.ts
var MAX_HELPERS = 12;
var HELPER_DEPTH = 2;
var MAX_IMPORT_LINES = 400;
var JS_IMPORT = /(?:\bfrom\s{1,5}|\bimport\s{0,5}\(?\s{0,5}|\brequire\(\s{0,5})['"](\.{1,2}\/[^'"\n]{1,300})['"]/g;
var JS_EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", ".cjs", ".jsx", ".mts", ".cts", "/index.ts", "/index.js", "/index.mjs"];
var PY_FROM = /^\s{0,40}from\s{1,5}(\.{0,5}[\w.]{0,300})\s{1,5}import\s{1,5}([\w, ()*]{1,500})/;
var PY_IMPORT = /^\s{0,40}import\s{1,5}([\w.]{1,300})/;
function importedFiles(path, text, files) {
  const lang = languageOf(path, "unknown");
  const dir = path.split("/").slice(0, -1);
  const out = [];
  const add = (p) => {
    if (p !== null && p !== path && !out.includes(p)) out.push(p);
  };
  const head = text.split("\n", MAX_IMPORT_LINES);
  if (lang === "js") {
    for (const line of head) for (const m of line.matchAll(JS_IMPORT)) add(resolveJs(dir, m[1] ?? "", files));
  } else if (lang === "java") {
    add(javaBaseClass(path, head, files));
  } else if (lang === "python") {
    for (const line of head) {
      const from = PY_FROM.exec(line);
      if (from !== null) {
        const base = from[1] ?? "";
        add(resolvePython(dir, base, files));
        for (const name of (from[2] ?? "").split(/[,()\s]+/).filter((n) => /^\w{1,100}$/.test(n))) add(resolvePython(dir, `${base}${base.endsWith(".") ? "" : "."}${name}`, files));
        continue;
      }
      const plain = PY_IMPORT.exec(line);
      if (plain !== null) add(resolvePython(dir, plain[1] ?? "", files));
    }
  }
  return out;
}
function resolveJs(dir, spec, files) {
  const parts = [...dir];
  for (const seg of spec.split("/")) {
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (seg !== "." && seg !== "") parts.push(seg);
  }
  const base = parts.join("/");
  const stem = base.replace(/\.[cm]?js$/, "");
  for (const candidate of [base, ...JS_EXTENSIONS.map((e) => `${stem}${e}`)]) if (files.has(candidate)) return candidate;
  return null;
}
var JAVA_EXTENDS = /\bclass\s{1,5}\w{1,100}(?:\s{0,5}<[^>{]{0,200}>)?\s{1,5}extends\s{1,5}([A-Z]\w{0,100})/;
var JAVA_IMPORT = /^\s{0,40}import\s{1,5}([\w.]{1,300})\s{0,5};/;
function javaBaseClass(path, head, files) {
  const base = head.map((l) => JAVA_EXTENDS.exec(l)?.[1]).find((b) => b !== void 0);
  if (base === void 0) return null;
  const dir = path.split("/").slice(0, -1).join("/");
  const imported = head.map((l) => JAVA_IMPORT.exec(l)?.[1]).find((i) => i !== void 0 && i.split(".").at(-1) === base);
  if (imported !== void 0) {
    const suffix = `/${imported.replace(/\./g, "/")}`;
    const module = path.slice(0, Math.max(0, path.indexOf("/src/")));
    let found2 = null;
    for (const ext of [".java", ".kt"]) {
      for (const f of files) {
        if (!f.endsWith(`${suffix}${ext}`)) continue;
        if (f.startsWith(`${module}/`)) return f;
        found2 ??= f;
      }
    }
    return found2;
  }
  for (const ext of [".java", ".kt"]) if (files.has(`${dir}/${base}${ext}`)) return `${dir}/${base}${ext}`;
  return null;
}
function resolvePython(dir, dotted, files) {
  const dots = /^\.*/.exec(dotted)?.[0].length ?? 0;
  const rest = dotted.slice(dots).split(".").filter((s) => s !== "");
  const roots = dots > 0 ? dots - 1 <= dir.length ? [dir.slice(0, dir.length - (dots - 1))] : [] : [[], dir.slice(0, 1), ["src"]];
  for (const root of roots) {
    const base = [...root, ...rest].join("/");
    if (base === "") continue;
    for (const candidate of [`${base}.py`, `${base}/__init__.py`]) if (files.has(candidate)) return candidate;
  }
  return null;
}
function rootsOf(testFile, sources) {
  return [testFile, ...supportFilesFor(testFile, "unknown").filter((s) => s !== testFile && sources.has(s))];
}
function helperFilesOf(testFile, sources, files) {
  const found2 = [];
  const roots = rootsOf(testFile, sources);
  let level = roots;
  for (let depth = 0; depth < HELPER_DEPTH && level.length > 0 && found2.length < MAX_HELPERS; depth++) {
    const next = [];
    for (const file of level) {
      const text = sources.get(file);
      if (text === void 0) continue;
      for (const imported of importedFiles(file, text, files)) {
        if (roots.includes(imported) || found2.includes(imported) || found2.length >= MAX_HELPERS || !isTestSupportFile(imported)) continue;
        found2.push(imported);
        next.push(imported);
      }
    }
    level = next;
  }
  return found2;
}
var MAX_LIBRARY_FILES = 8;
var LIBRARY_DEPTH = 2;
var MAX_LIBRARY_BYTES = 256 * 1024;
function libraryFilesOf(testFile, sources, files) {
  const helpers = helperFilesOf(testFile, sources, files);
  const found2 = [];
  let bytes = 0;
  const roots = rootsOf(testFile, sources);
  let level = [...roots, ...helpers];
  for (let depth = 0; depth < LIBRARY_DEPTH && level.length > 0; depth++) {
    const next = [];
    for (const file of level) {
      const text = sources.get(file);
      if (text === void 0) continue;
      for (const imported of importedFiles(file, text, files)) {
        if (found2.length >= MAX_LIBRARY_FILES || bytes >= MAX_LIBRARY_BYTES) return found2;
        if (roots.includes(imported) || found2.includes(imported) || helpers.includes(imported) || isTestSupportFile(imported)) continue;
        found2.push(imported);
        next.push(imported);
        bytes += sources.get(imported)?.length ?? 0;
      }
    }
    level = next;
  }
  return found2;
}

// src/explain/source-files.ts
var EXPLAINED = /* @__PURE__ */ new Set(["parallel-only", "flaky", "lost"]);
function normalisePath(path) {
  const p = path.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
  if (p === "" || p.startsWith("/") || /^[A-Za-z]:/.test(p) || p.split("/").includes("..")) return null;
  return p;
}
function wantsSource(test) {
  return EXPLAINED.has(test.verdict) || test.cluster !== null;
}
function testFileOf(test) {
  const candidate = test.source?.file ?? test.file ?? test.id.split("::")[0] ?? "";
  if (!/\.[A-Za-z]{1,6}$/.test(candidate)) return null;
  return normalisePath(candidate);
}
function buildConfigFilesFor(testFile) {
  if (!/\.(?:java|kt)$/.test(testFile)) return [];
  const at = testFile.indexOf("src/test/");
  const module = at === -1 ? "" : testFile.slice(0, at);
  return [`${module}src/test/resources/junit-platform.properties`, `${module}pom.xml`, `${module}build.gradle`, `${module}build.gradle.kts`];
}
var MAX_PACKAGE_FILES = 30;
function packageFilesFor(testFile, files) {
  if (!testFile.endsWith(".go")) return [];
  const dir = testFile.split("/").slice(0, -1).join("/");
  const inDir = (f) => f.endsWith(".go") && f !== testFile && f.split("/").slice(0, -1).join("/") === dir;
  return files.filter(inDir).sort((a, b) => Number(b.endsWith("_test.go")) - Number(a.endsWith("_test.go")) || a.localeCompare(b)).slice(0, MAX_PACKAGE_FILES);
}
function sourceFilesFor(tests, ecosystem, files = []) {
  const wanted = /* @__PURE__ */ new Set();
  for (const test of tests) {
    if (!wantsSource(test)) continue;
    const file = testFileOf(test);
    if (file === null) continue;
    wanted.add(file);
    for (const s of supportFilesFor(file, ecosystem)) wanted.add(s);
    for (const s of packageFilesFor(file, files)) wanted.add(s);
    for (const s of buildConfigFilesFor(file)) wanted.add(s);
  }
  return [...wanted].sort();
}
function helperFilesToRead(tests, sources, files) {
  const listed2 = new Set(files);
  const wanted = /* @__PURE__ */ new Set();
  for (const test of tests) {
    const file = wantsSource(test) ? testFileOf(test) : null;
    if (file === null) continue;
    for (const h of helperFilesOf(file, sources, listed2)) if (!sources.has(h)) wanted.add(h);
  }
  return [...wanted].sort();
}
function libraryFilesToRead(tests, sources, files) {
  const listed2 = new Set(files);
  const wanted = /* @__PURE__ */ new Set();
  for (const test of tests) {
    const file = wantsSource(test) ? testFileOf(test) : null;
    if (file === null) continue;
    for (const l of libraryFilesOf(file, sources, listed2)) if (!sources.has(l)) wanted.add(l);
  }
  return [...wanted].sort();
}

// src/explain/env-restore.ts
var RESTORES = /=\s{0,5}(?:this\.|self\.)?(?:_{0,2})(?:orig|old|saved|prev|previous|backup|before|initial|original|snapshot)\w{0,40}\b|\bdelete process\.env\b|\bdel os\.environ\b|\bos\.environ\.pop\(/i;
var PROCESS_PER_WORKER = /* @__PURE__ */ new Set(["python", "js"]);
function withoutRestoredEnv(findings, lang) {
  if (!PROCESS_PER_WORKER.has(lang)) return [...findings];
  const restored = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.kind === "env-mutation" && f.resource !== void 0 && f.resource !== "env:" && RESTORES.test(f.text)) restored.add(`${f.file}\0${f.resource}`);
  }
  return findings.filter((f) => f.kind !== "env-mutation" || !restored.has(`${f.file}\0${f.resource ?? ""}`));
}

// src/explain/brace-depth.ts
function braceDepths(lines, lang) {
  const depths = [];
  const quotes = lang === "rust" ? '"' : "\"'`";
  let depth = 0;
  let quote = null;
  let blockComment = false;
  for (const line of lines) {
    depths.push(depth);
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] ?? "";
      const next = line[i + 1] ?? "";
      if (blockComment) {
        if (ch === "*" && next === "/") {
          blockComment = false;
          i += 1;
        }
      } else if (quote !== null) {
        if (ch === "\\") i += 1;
        else if (ch === quote) quote = null;
      } else if (ch === "/" && next === "/") {
        break;
      } else if (ch === "/" && next === "*") {
        blockComment = true;
        i += 1;
      } else if (quotes.includes(ch)) {
        quote = ch;
      } else if (ch === "{") {
        depth += 1;
      } else if (ch === "}") {
        depth = Math.max(0, depth - 1);
      }
    }
    if (quote !== null && quote !== "`") quote = null;
  }
  depths.push(depth);
  return depths;
}
function blockEnd(lines, depths, start) {
  const base = depths[start] ?? 0;
  let open3 = start;
  while (open3 < start + 5 && open3 + 1 < lines.length && !(lines[open3] ?? "").includes("{")) open3 += 1;
  for (let j = open3; j < lines.length; j++) {
    if ((depths[j + 1] ?? 0) <= base) return j;
  }
  return lines.length - 1;
}

// src/locate/declarations.ts
var TITLED_CALL = /\b(?:it|test|specify|scenario)(?:\.(?:only|skip|concurrent|fails|sequential))?\s{0,5}\(?\s{0,5}(['"`])/g;
function findDeclaration(lines, name, lang) {
  if (lang === "js" || lang === "ruby") {
    const titled = findTitled(lines, name);
    if (titled !== null) return titled.line;
  }
  return findNamed(lines, name, lang);
}
function findTitled(lines, name) {
  let best = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    for (const m of line.matchAll(TITLED_CALL)) {
      const quote = m[1] ?? "'";
      const from = (m.index ?? 0) + m[0].length;
      const close = line.indexOf(quote, from);
      if (close === -1) continue;
      const title = line.slice(from, close);
      if (title === "" || !titleMatches(name, title) || title.length <= (best?.length ?? 0)) continue;
      best = { line: i, length: title.length };
    }
  }
  return best;
}
function titleMatches(name, title) {
  if (name === title) return true;
  return [" ", ">", ".", "/", ":"].some((sep2) => name.endsWith(`${sep2}${title}`) || name.endsWith(`${sep2} ${title}`));
}
function findNamed(lines, name, lang) {
  const bare = bareName(name, lang);
  if (lang === "java") {
    const shown = findJvmDisplayed(lines, name);
    if (shown !== null) return shown;
  }
  if (!/^[\w$]{1,200}$/.test(bare)) return null;
  const n = escapeRegExp(bare);
  const pattern = lang === "go" ? new RegExp(`^func\\s{1,5}(?:\\([^)]{0,120}\\)\\s{0,5})?${n}\\s{0,5}\\(`) : lang === "rust" ? new RegExp(`\\bfn\\s{1,5}${n}\\s{0,5}[(<]`) : lang === "ruby" || lang === "python" ? new RegExp(`^\\s{0,200}(?:async\\s{1,5})?def\\s{1,5}${n}\\b`) : new RegExp(`\\b${n}\\s{0,5}\\(`);
  const i = lines.findIndex((line) => pattern.test(line) && !isBlankOrComment(line, lang));
  return i === -1 ? null : i;
}
function findJvmDisplayed(lines, name) {
  const title = name.replace(/\(\)$|\[\d{1,6}\]$/, "").trim();
  if (title === "" || title.length > 300 || /^[\w$]{1,200}$/.test(title)) return null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.includes(`\`${title}\``) && /\bfun\s/.test(line)) return i;
    if ((line.includes(`def "${title}"`) || line.includes(`def '${title}'`)) && !isBlankOrComment(line, "java")) return i;
    const shown = JVM_DISPLAY_NAME.exec(line);
    if (shown === null || shown[2] !== title) continue;
    for (let j = i + 1; j < lines.length && j < i + 8; j++) if (/\b(?:void|fun)\s{1,5}[\w$`]/.test(lines[j] ?? "")) return j;
  }
  return null;
}
var JVM_DISPLAY_NAME = /@DisplayName\(\s{0,5}(["'])([^"'\n]{1,300})\1/;
function bareName(name, lang) {
  const head = name.split(/[([]/)[0] ?? name;
  if (lang === "go") return (name.split("/")[0] ?? name).trim();
  if (lang === "rust") return head.split("::").pop()?.trim() ?? head;
  return head.split(".").pop()?.trim() ?? head;
}

// src/explain/scope-braces.ts
var JS_HOOK = /^\s{0,200}(?:beforeAll|beforeEach|afterAll|afterEach|before|after)\s{0,5}\(/;
function braceRegions(file, name, lang) {
  const lines = splitLines(file.text);
  const start = findDeclaration(lines, name, lang);
  if (start === null) return [];
  if (lang === "ruby") {
    return [{ path: file.path, lines, start, end: indentEnd(lines, start), scope: "test" }];
  }
  const depths = braceDepths(lines, lang);
  const regions = [{ path: file.path, lines, start, end: blockEnd(lines, depths, start), scope: "test" }];
  regions.push(...topLevelRegions(file.path, lines, depths));
  regions.push(...memberRegions(file.path, lines, depths, start, lang));
  if (lang === "java" || lang === "dotnet" || lang === "js") regions.push(...calledMemberRegions(file.path, lines, depths, regions[0], lang));
  if (lang === "js") {
    lines.forEach((line, i) => {
      if (JS_HOOK.test(line)) regions.push({ path: file.path, lines, start: i, end: blockEnd(lines, depths, i), scope: "fixture" });
    });
  }
  return regions;
}
var JVM_CLASS = /^\s{0,200}(?:(?:public|protected|private|abstract|final|open|internal|sealed) ){0,4}class\s/;
function inheritedRegions(file, lang) {
  const lines = splitLines(file.text);
  const whole = [{ path: file.path, lines, start: 0, end: lines.length - 1, scope: "helper" }];
  const depths = braceDepths(lines, lang);
  const decl = lines.findIndex((l, i) => (depths[i] ?? 0) === 0 && JVM_CLASS.test(l));
  if (decl === -1) return whole;
  let member = decl + 1;
  while (member < lines.length && (depths[member] ?? 0) === 0) member++;
  if (member >= lines.length) return whole;
  const members = memberRegions(file.path, lines, depths, member, lang);
  const covered = new Set(members.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, k) => r.start + k)));
  const rest = [];
  let runStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const free = i < lines.length && !covered.has(i);
    if (free && runStart === -1) runStart = i;
    if (!free && runStart !== -1) {
      rest.push({ path: file.path, lines, start: runStart, end: i - 1, scope: "helper" });
      runStart = -1;
    }
  }
  return [...members, ...rest];
}
var SETUP_MEMBER = /^\s{0,200}@(?:Before|BeforeEach|BeforeAll|BeforeClass|Rule|ClassRule|RegisterExtension|SetUp|OneTimeSetUp|TestInitialize|ClassInitialize)\b|^\s{0,200}\[(?:SetUp|OneTimeSetUp|TestInitialize|ClassInitialize)\]/;
function memberRegions(path, lines, depths, start, lang) {
  const depth = depths[start] ?? 0;
  if (depth === 0) return [];
  let open3 = start - 1;
  while (open3 >= 0 && (depths[open3] ?? 0) >= depth) open3--;
  if (open3 < 0) return [];
  const end = blockEnd(lines, depths, open3);
  const regions = [];
  let runStart = -1;
  const flush = (last) => {
    if (runStart !== -1 && last >= runStart) regions.push({ path, lines, start: runStart, end: last, scope: "class" });
    runStart = -1;
  };
  for (let i = open3 + 1; i <= end; i++) {
    if ((depths[i] ?? 0) !== depth) {
      flush(i - 1);
      continue;
    }
    if (lang !== "js" && SETUP_MEMBER.test(lines[i] ?? "")) {
      flush(i - 1);
      const memberEnd = fieldEnd(lines, i) ?? blockEnd(lines, depths, i);
      regions.push({ path, lines, start: i, end: memberEnd, scope: "fixture" });
      i = memberEnd;
      continue;
    }
    if (runStart === -1) runStart = i;
  }
  flush(end);
  return regions;
}
var MAX_CALLEES = 12;
var MEMBER_CALL = /(?<![\w$.])(?:this\.)?([a-z_][\w$]{0,100})\s{0,5}\(/g;
var NOT_A_MEMBER = /* @__PURE__ */ new Set(["if", "for", "while", "switch", "catch", "return", "new", "super", "this", "synchronized", "assert", "throw", "typeof", "sizeof", "nameof", "using", "lock", "foreach"]);
var JS_FUNCTION = (name) => new RegExp(`^\\s{0,200}(?:export\\s{1,5})?(?:(?:async\\s{1,5})?function\\s{0,5}\\*?\\s{0,5}${escapeRegExp(name)}\\s{0,5}\\(|(?:const|let|var)\\s{1,5}${escapeRegExp(name)}\\s{0,5}=\\s{0,5}(?:async\\s{0,5})?(?:function\\b|\\(|[\\w$]{1,60}\\s{0,5}=>))`);
function calledMemberRegions(path, lines, depths, test, lang) {
  const depth = depths[test.start] ?? 0;
  const own = /^\s{0,200}(?:(?:public|protected|private|internal|static|final|async|synchronized|override|virtual|suspend|fun)\s{1,5}){0,5}/;
  const called = /* @__PURE__ */ new Set();
  for (let i = test.start + 1; i <= test.end && called.size < MAX_CALLEES; i++) {
    for (const m of (lines[i] ?? "").slice(0, MAX_LINE_CHARS).matchAll(MEMBER_CALL)) {
      const name = m[1] ?? "";
      if (!NOT_A_MEMBER.has(name) && !/^(?:assert|expect|verify|when|given|then)/.test(name)) called.add(name);
    }
  }
  const out = [];
  for (const name of called) {
    const declaration = lang === "js" ? JS_FUNCTION(name) : new RegExp(`${own.source}(?:<[^>]{0,80}>\\s{1,5})?[\\w$<>\\[\\],.? ]{1,120}?\\s${escapeRegExp(name)}\\s{0,5}\\(`);
    for (let i = 0; i < lines.length; i++) {
      if (i === test.start || (lang === "js" ? (depths[i] ?? 0) > depth : (depths[i] ?? 0) !== depth)) continue;
      const line = (lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      if (!declaration.test(line) || /^\s{0,200}(?:return|new|else)\b|[=;]\s{0,5}$/.test(line)) continue;
      out.push({ path, lines, start: i, end: blockEnd(lines, depths, i), scope: "fixture" });
      break;
    }
  }
  return out;
}
function fieldEnd(lines, start) {
  for (let i = start; i < lines.length && i < start + 4; i++) {
    const line = lines[i] ?? "";
    const semi = line.indexOf(";");
    const brace = line.indexOf("{");
    if (brace !== -1 && (semi === -1 || brace < semi)) return null;
    if (semi !== -1) return i;
  }
  return null;
}
function topLevelRegions(path, lines, depths) {
  const regions = [];
  let runStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const top = i < lines.length && (depths[i] ?? 0) === 0;
    if (top && runStart === -1) runStart = i;
    if (!top && runStart !== -1) {
      regions.push({ path, lines, start: runStart, end: i - 1, scope: "module" });
      runStart = -1;
    }
  }
  return regions;
}
function indentEnd(lines, start) {
  const indent = indentOf(lines[start] ?? "");
  let end = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j] ?? "";
    if (isBlankOrComment(line, "ruby")) continue;
    if (indentOf(line) <= indent) return /^\s{0,200}end\b/.test(line) ? j : end;
    end = j;
  }
  return end;
}
var SCOPE_BRACES_PATTERNS = [JS_HOOK, SETUP_MEMBER, JVM_CLASS, new RegExp(MEMBER_CALL.source), JS_FUNCTION("name")];

// src/explain/go-package.ts
var MAX_CALLEES2 = 12;
var MAX_CONTAINERS = 20;
var RUN_SPECS = /\bRunSpecs\(/;
var SPEC_CONTAINER = /^var\s{1,5}_\s{0,5}=\s{0,5}(?:Describe|FDescribe|Context|FContext|When|Ordered)\(/;
var CALL = /(?<![\w.])([A-Za-z_]\w{0,100})\s{0,5}\(/g;
var NOT_A_CALL = /* @__PURE__ */ new Set(["func", "if", "for", "switch", "return", "go", "defer", "range", "make", "new", "len", "cap", "append", "copy", "delete", "panic", "recover", "print", "println", "string", "int", "int64", "byte", "rune", "float64", "error", "bool", "uint", "map", "chan", "select"]);
function goPackageRegions(regions, packageFiles) {
  const testRegions = regions.filter((r) => r.scope === "test");
  const testFile = testRegions[0];
  const files = [
    ...testFile === void 0 ? [] : [{ path: testFile.path, lines: testFile.lines }],
    ...packageFiles.map((f) => ({ path: f.path, lines: splitLines(f.text) }))
  ].map((f) => ({ ...f, depths: braceDepths(f.lines, "go") }));
  const out = [];
  for (const f of files.slice(testFile === void 0 ? 0 : 1)) out.push(...topLevelRegions(f.path, f.lines, f.depths));
  for (const f of files) {
    const main = findDeclaration(f.lines, "TestMain", "go");
    if (main !== null) out.push({ path: f.path, lines: f.lines, start: main, end: blockEnd(f.lines, f.depths, main), scope: "setup" });
  }
  if (testRegions.some((r) => r.lines.slice(r.start, r.end + 1).some((l) => RUN_SPECS.test(l)))) {
    for (const f of files) {
      if (!f.path.endsWith("_test.go")) continue;
      let containers = 0;
      for (let i = 0; i < f.lines.length && containers < MAX_CONTAINERS; i++) {
        if ((f.depths[i] ?? 0) !== 0 || !SPEC_CONTAINER.test(f.lines[i] ?? "")) continue;
        const end = blockEnd(f.lines, f.depths, i);
        out.push({ path: f.path, lines: f.lines, start: i, end, scope: "test" });
        containers += 1;
        i = end;
      }
    }
  }
  const called = /* @__PURE__ */ new Set();
  for (const r of testRegions) {
    for (let i = r.start; i <= r.end && called.size < MAX_CALLEES2; i++) {
      for (const m of (r.lines[i] ?? "").matchAll(CALL)) {
        const name = m[1] ?? "";
        if (!NOT_A_CALL.has(name) && !name.startsWith("Test")) called.add(name);
      }
    }
  }
  for (const name of called) {
    const declaration = new RegExp(`^func\\s{1,5}${escapeRegExp(name)}\\s{0,5}[([]`);
    for (const f of files) {
      const at = f.lines.findIndex((l) => declaration.test(l));
      if (at === -1) continue;
      out.push({ path: f.path, lines: f.lines, start: at, end: blockEnd(f.lines, f.depths, at), scope: "helper" });
      break;
    }
  }
  return out;
}

// src/explain/port-constants.ts
var DECLARATION = /^\s{0,40}(?:export\s{1,5})?[a-zA-Z \t]{0,60}?\b([A-Z][A-Z0-9_]{0,60}PORT[A-Z0-9_]{0,30})\s{0,5}(?::\s{0,5}(?:int|number)\s{0,5})?:?=\s{0,5}(\d{4,5})\s{0,5}[;,]?\s{0,5}(?:#|\/\/|$)/;
var USE_SCOPES = /* @__PURE__ */ new Set(["test", "fixture", "class", "setup"]);
var MAX_CONSTANTS = 20;
function portConstantUses(regions) {
  const constants2 = /* @__PURE__ */ new Map();
  const seenFiles = /* @__PURE__ */ new Set();
  for (const r of regions) {
    if (seenFiles.has(r.path)) continue;
    seenFiles.add(r.path);
    for (const raw of r.lines) {
      const m = DECLARATION.exec(raw.slice(0, MAX_LINE_CHARS));
      const port = Number(m?.[2]);
      if (m === null || !(port >= 1024 && port <= 65535) || constants2.has(m[1] ?? "")) continue;
      constants2.set(m[1] ?? "", port);
      if (constants2.size >= MAX_CONSTANTS) break;
    }
  }
  if (constants2.size === 0) return [];
  const uses = [...constants2].map(([name, port]) => ({ name: new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`), port }));
  const out = [];
  for (const r of regions) {
    if (!USE_SCOPES.has(r.scope)) continue;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      if (DECLARATION.test(line) || /^\s{0,40}(?:import|from)\b|\brequire\(/.test(line)) continue;
      const use = uses.find((u) => u.name.test(line));
      if (use !== void 0) out.push({ region: r, line: i, port: use.port });
    }
  }
  return out;
}

// src/explain/python-blocks.ts
function tripleQuoted(lines) {
  const inside = [];
  let open3 = false;
  for (const line of lines) {
    inside.push(open3);
    if (tripleQuotes(line) % 2 === 1) open3 = !open3;
  }
  return inside;
}
function decoratorsStart(lines, at) {
  let start = at;
  while (start > 0 && (lines[start - 1] ?? "").trim().startsWith("@")) start -= 1;
  return start;
}
function block(lines, at) {
  const indent = indentOf(lines[at] ?? "");
  let depth = 0;
  let signature = "";
  let k = at;
  for (; k < lines.length && k < at + 40; k++) {
    const line = lines[k] ?? "";
    signature += `${line}
`;
    for (const ch of line) {
      if (ch === "(" || ch === "[" || ch === "{") depth += 1;
      else if (ch === ")" || ch === "]" || ch === "}") depth -= 1;
    }
    if (depth <= 0) break;
  }
  let end = k;
  let inString = false;
  for (let j = k + 1; j < lines.length; j++) {
    const line = lines[j] ?? "";
    const startsInside = inString;
    if (tripleQuotes(line) % 2 === 1) inString = !inString;
    if (startsInside) {
      end = j;
      continue;
    }
    if (isBlankOrComment(line, "python")) continue;
    if (indentOf(line) <= indent) break;
    end = j;
  }
  return { start: at, end, params: paramsOf(signature) };
}
function tripleQuotes(line) {
  return (line.match(/"""|'''/g) ?? []).length;
}
function paramsOf(signature) {
  const open3 = signature.indexOf("(");
  const close = signature.lastIndexOf(")");
  if (open3 === -1 || close <= open3) return [];
  return signature.slice(open3 + 1, close).split(",").map((p) => /^\s{0,200}\*{0,2}(\w{1,200})/.exec(p)?.[1] ?? "").filter((p) => p !== "" && p !== "self" && p !== "cls");
}

// src/explain/module-usage.ts
var PY_ASSIGN = /^([A-Za-z_]\w{0,100})\s{0,5}(?::[^=\n]{1,100})?=(?!=)/;
var JS_ASSIGN = /^(?:export\s{1,5})?(?:const|let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})\b/;
function withUnusedModuleLinesAsFile(regions, lang, testFile) {
  if (lang === "python") regions = withPythonProseAsFile(regions);
  if (lang !== "python" && lang !== "js") return [...regions];
  const own = regions.filter((r) => r.scope === "test" || r.scope === "fixture" || r.scope === "class");
  const usedCache = /* @__PURE__ */ new Map();
  const used = (name) => {
    let hit = usedCache.get(name);
    if (hit === void 0) {
      const pattern = new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`);
      hit = own.some((r) => r.lines.slice(r.start, r.end + 1).some((l) => pattern.test(l)));
      usedCache.set(name, hit);
    }
    return hit;
  };
  return regions.flatMap((r) => {
    if (r.scope !== "module" || r.path !== testFile) return [r];
    const inString = lang === "python" ? tripleQuoted(r.lines) : null;
    const scopes = [];
    let current = "module";
    for (let i = r.start; i <= r.end; i++) {
      const line = r.lines[i] ?? "";
      if (inString?.[i] === true) scopes.push("file");
      else if (lang === "python" && indentOf(line) > 0 && line.trim() !== "") scopes.push(current);
      else {
        const name = (lang === "python" ? PY_ASSIGN : JS_ASSIGN).exec(line)?.[1];
        current = name !== void 0 && !used(name) ? "file" : "module";
        scopes.push(current);
      }
    }
    return split2(r, scopes);
  });
}
function split2(r, scopes) {
  const out = [];
  let start = r.start;
  for (let i = r.start; i <= r.end + 1; i++) {
    const scope = scopes[i - r.start];
    if (i > r.end || scope !== scopes[start - r.start]) {
      out.push({ ...r, start, end: i - 1, scope: scopes[start - r.start] ?? r.scope });
      start = i;
    }
  }
  return out;
}
function withPythonProseAsFile(regions) {
  const docs = /* @__PURE__ */ new Map();
  const strings = /* @__PURE__ */ new Map();
  return regions.flatMap((r) => {
    if (r.scope === "file" || !r.path.endsWith(".py")) return [r];
    let prose = docs.get(r.lines);
    if (prose === void 0) docs.set(r.lines, prose = docstringLines(r.lines));
    let quoted;
    if (r.scope === "helper" || r.scope === "library") {
      quoted = strings.get(r.lines);
      if (quoted === void 0) strings.set(r.lines, quoted = tripleQuoted(r.lines));
    }
    const scopes = [];
    let any = false;
    for (let i = r.start; i <= r.end; i++) {
      const scope = prose[i] === true ? null : quoted?.[i] === true ? r.scope === "library" ? null : "file" : r.scope;
      any ||= scope !== r.scope;
      scopes.push(scope);
    }
    return any ? split2(r, scopes).filter((part) => scopes[part.start - r.start] !== null) : [r];
  });
}
var OPENS_STRING = /^\s{0,200}[rRbBuU]{0,2}(?:"""|\'\'\')/;
function docstringLines(lines) {
  const out = lines.map(() => false);
  const inside = tripleQuoted(lines);
  let previous = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (inside[i] === true) continue;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (OPENS_STRING.test(line) && (previous === "" || previous.endsWith(":"))) {
      out[i] = true;
      for (let j = i + 1; j < lines.length && inside[j] === true; j++) out[j] = true;
    }
    previous = trimmed;
  }
  return out;
}

// src/explain/process-model.ts
var SEQUENTIAL_WORKERS = /* @__PURE__ */ new Set(["python", "js"]);
function stateCause(lang) {
  return SEQUENTIAL_WORKERS.has(lang) ? "order-dependence" : "shared-global-state";
}
var GO_PARALLEL = /\bt\.Parallel\(\)/;
function goRunsInParallel(regions) {
  return regions.some((r) => r.scope === "test" && r.lines.slice(r.start, r.end + 1).some((l) => GO_PARALLEL.test(l.slice(0, MAX_LINE_CHARS))));
}
var JUNIT_CONCURRENT_SETTING = /junit\.jupiter\.execution\.parallel\.enabled['"]?\s{0,5}[=:,>]\s{0,5}['"]?true\b|<parallel>\s{0,5}(?:methods|classes|both|all|suites|suitesAndClasses|suitesAndMethods|classesAndMethods)\s{0,5}</;
var JUNIT_CONCURRENT_ANNOTATION = /@Execution\(\s{0,5}(?:ExecutionMode\.)?CONCURRENT\b/;
function junitRunsConcurrently(regions, config) {
  if (config.some((c) => c.text.split(/\r?\n/).some((l) => JUNIT_CONCURRENT_SETTING.test(l.slice(0, MAX_LINE_CHARS))))) return true;
  return regions.some((r) => r.path.endsWith(".java") || r.path.endsWith(".kt") ? r.lines.some((l) => JUNIT_CONCURRENT_ANNOTATION.test(l.slice(0, MAX_LINE_CHARS))) : false);
}
var PYTEST_THREADS = /\bpytest_run_parallel\b|--parallel-threads\b|\bmark\.(?:thread_unsafe|parallel_threads)\b|\bparallel_threads\s{0,5}=/;
function pytestRunsThreads(regions, config) {
  const hit = (lines) => lines.some((l) => PYTEST_THREADS.test(l.slice(0, MAX_LINE_CHARS)));
  return regions.some((r) => r.path.endsWith(".py") && hit(r.lines)) || config.some((c) => c.path.endsWith(".py") && hit(c.text.split(/\r?\n/)));
}
var JS_CONCURRENT = /\b(?:describe|it|test|suite)\.concurrent\b|\bconcurrent\s{0,5}:\s{0,5}true\b/;
function jsRunsConcurrently(regions, testFile) {
  const file = regions.find((r) => r.path === testFile);
  return file !== void 0 && file.lines.some((l) => JS_CONCURRENT.test(l.slice(0, MAX_LINE_CHARS)));
}
var PYTEST_ONE_THREAD = /\bmark\.thread_unsafe\b|\bmark\.parallel_threads\(\s{0,5}1\s{0,5}\)/;
function runsInOwnThreads(regions) {
  return !regions.some((r) => (r.scope === "test" || r.scope === "module" || r.scope === "class") && r.lines.slice(r.start, r.end + 1).some((l) => PYTEST_ONE_THREAD.test(l.slice(0, MAX_LINE_CHARS))));
}
function runsAsThreads(lang, regions, config = []) {
  if (lang === "go") return goRunsInParallel(regions);
  if (lang === "java") return junitRunsConcurrently(regions, config);
  if (lang === "python") return pytestRunsThreads(regions, config);
  return false;
}
function stateCauseOf(lang, regions, config = []) {
  if (lang === "go" && !goRunsInParallel(regions)) return "order-dependence";
  if (lang === "java" && !junitRunsConcurrently(regions, config)) return "order-dependence";
  if (lang === "python" && pytestRunsThreads(regions, config)) return "shared-global-state";
  return stateCause(lang);
}

// src/explain/module-state.ts
var DECLARATIONS = {
  python: [
    /^([A-Za-z_]\w{0,100})\s{0,5}(?::[^=]{1,100})?=\s{0,5}(?:\[|\{|set\(|dict\(|list\(|defaultdict\(|Counter\(|OrderedDict\(|deque\(|(?:\d{1,12}|None|True|False)\s{0,5}(?:#|$))/
  ],
  js: [
    /^(?:export\s{1,5})?(?:let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})/,
    /^(?:export\s{1,5})?const\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}(?::[^=]{1,100})?=\s{0,5}(?:\[|\{|new (?:Map|Set|Array|WeakMap)\b)/
  ],
  go: [/^var\s{1,5}([A-Za-z_]\w{0,100})\b/]
};
var JS_BLOCK_LET = /^\s{1,40}(?:let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})/;
function mutationPattern(name, lang) {
  const n = escapeRegExp(name);
  const lead = `(?<![\\w$.])${n}`;
  switch (lang) {
    case "python":
      return new RegExp(
        `${lead}\\.(?:append|extend|add|update|insert|pop|clear|setdefault|remove|discard|popleft|appendleft)\\(|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}(?:=(?!=)|[-+*]=)|${lead}\\s{0,5}[-+*]=|^\\s{0,200}global\\s[^#]{0,300}\\b${n}\\b|\\bdel ${n}\\[`
      );
    case "go":
      return new RegExp(`${lead}\\s{0,5}(?:=(?!=)|\\+\\+|--|[-+*/]=)|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}(?:=(?!=)|\\+\\+|--|[-+]=)|\\bdelete\\(${n}\\s{0,5},|&${n}\\b(?!\\s{0,5}\\{)`);
    default:
      return new RegExp(
        `${lead}\\s{0,5}(?:=(?![=>])|\\+\\+|--|[-+*/]=)|\\+\\+${n}\\b|${lead}\\.(?:push|set|add|splice|unshift|pop|shift|delete|clear|sort|reverse)\\(|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}=(?!=)|${lead}\\.[\\w$]{1,100}\\s{0,5}=(?![=>])`
      );
  }
}
function declaredNames(modules, lang, testFile) {
  const patterns = DECLARATIONS[lang];
  if (patterns === void 0) return [];
  const names = /* @__PURE__ */ new Set();
  for (const r of modules) {
    if (lang === "go" ? dirOf(r.path) !== dirOf(testFile) : r.path !== testFile) continue;
    let inVarBlock = false;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      if (lang === "go" && /^var\s{0,5}\($/.test(line.trim())) inVarBlock = true;
      else if (inVarBlock && line.trim() === ")") inVarBlock = false;
      else if (inVarBlock) {
        const name = /^\s{1,20}([A-Za-z_]\w{0,100})\b/.exec(line)?.[1];
        if (name !== void 0) names.add(name);
      }
      for (const p of lang === "js" && r.scope === "class" ? [JS_BLOCK_LET] : patterns) {
        const name = p.exec(line)?.[1];
        if (name !== void 0 && name !== "__all__" && name !== "_") names.add(name);
      }
    }
  }
  return [...names].sort();
}
function findStateMutations(regions, lang, testFile) {
  const concurrent = lang === "js" && jsRunsConcurrently(regions, testFile);
  const modules = regions.filter((r) => r.scope === "module" || concurrent && r.scope === "class");
  const bodies = regions.filter((r) => r.scope === "test" || r.scope === "fixture" && (lang !== "js" || concurrent) || r.scope === "helper" && lang === "go");
  const found2 = [];
  if (lang === "go") found2.push(...foreignPackageWrites(bodies));
  for (const name of declaredNames(modules, lang, testFile)) {
    const pattern = mutationPattern(name, lang);
    const redeclared = new RegExp(`\\b(?:let|const|var)\\s{1,5}${escapeRegExp(name)}\\b|${escapeRegExp(name)}\\s{0,5}:=`);
    for (const r of bodies) {
      for (let i = r.start; i <= r.end; i++) {
        const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
        if (pattern.test(line) && !redeclared.test(line)) found2.push({ name, region: r, line: i });
      }
    }
  }
  return found2;
}
function findSiblingWrites(regions, lang, testFile, own) {
  if (lang !== "python" && lang !== "go") return [];
  if (!regions.some((r) => r.scope === "test")) return [];
  const mine = new Set(own.map((m) => m.name));
  const names = declaredNames(regions.filter((r) => r.scope === "module" || r.scope === "file"), lang, testFile).filter((n) => !mine.has(n));
  if (names.length === 0) return [];
  const files = /* @__PURE__ */ new Map();
  for (const r of regions) {
    const sibling = r.path === testFile || lang === "go" && r.path.endsWith("_test.go") && dirOf(r.path) === dirOf(testFile);
    if (sibling && !files.has(r.path)) files.set(r.path, r.lines);
  }
  const ownLines = new Set(regions.filter((r) => r.scope !== "module" && r.scope !== "file").flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, k) => `${r.path}:${r.start + k}`)));
  const found2 = [];
  for (const name of names) {
    const pattern = mutationPattern(name, lang);
    let hit = null;
    for (const [path, lines] of [...files].sort((a, b) => Number(b[0] === testFile) - Number(a[0] === testFile) || a[0].localeCompare(b[0]))) {
      for (let i = 0; i < lines.length && hit === null; i++) {
        const line = (lines[i] ?? "").slice(0, MAX_LINE_CHARS);
        if (!/^\s/.test(line) || ownLines.has(`${path}:${i}`) || !pattern.test(line)) continue;
        hit = { name, region: { path, lines, start: i, end: i, scope: "module" }, line: i };
      }
      if (hit !== null) break;
    }
    if (hit !== null) found2.push(hit);
  }
  return found2;
}
function dirOf(path) {
  return path.split("/").slice(0, -1).join("/");
}
var FOREIGN_ADDRESS = /&([a-z]\w{0,60}\.[A-Z]\w{0,100})\b(?!\s{0,5}[{(])/;
var FOREIGN_ASSIGN = /^\s{0,200}([a-z]\w{0,60})\.([A-Z]\w{0,100})\s{0,5}(?:=(?!=)|\+\+|--|[-+*/]=)/;
var GO_IMPORT_LINE = /^\s{0,20}(?:import\s{1,5})?(?:([A-Za-z_]\w{0,60})\s{1,5})?"([^"\s]{1,300})"/;
function goImportNames(lines) {
  const names = /* @__PURE__ */ new Set();
  let inBlock = false;
  for (const raw of lines) {
    const line = raw.slice(0, MAX_LINE_CHARS);
    if (/^import\s{0,5}\($/.test(line.trim())) {
      inBlock = true;
      continue;
    }
    if (inBlock && line.trim() === ")") {
      inBlock = false;
      continue;
    }
    if (!inBlock && !/^import\s/.test(line)) continue;
    const m = GO_IMPORT_LINE.exec(line);
    if (m === null) continue;
    if (m[1] !== void 0) {
      if (m[1] !== "_") names.add(m[1]);
      continue;
    }
    const parts = (m[2] ?? "").split("/");
    let last = parts.pop() ?? "";
    if (/^v\d{1,4}$/.test(last)) last = parts.pop() ?? "";
    const name = last.replace(/\.v\d{1,4}$/, "").replace(/^go-/, "").replace(/-go$/, "").replace(/[^\w]/g, "");
    if (name !== "") names.add(name);
  }
  return names;
}
function foreignPackageWrites(bodies) {
  const found2 = [];
  const imports = /* @__PURE__ */ new Map();
  for (const r of bodies) {
    let imported = imports.get(r.path);
    if (imported === void 0) {
      imported = goImportNames(r.lines);
      imports.set(r.path, imported);
    }
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      const name = FOREIGN_ADDRESS.exec(line)?.[1];
      if (name !== void 0 && (imported.has(name.slice(0, name.indexOf("."))) || !declaresLocal(r, name.slice(0, name.indexOf("."))))) {
        found2.push({ name, region: r, line: i });
        continue;
      }
      const assigned = FOREIGN_ASSIGN.exec(line);
      if (assigned !== null && imported.has(assigned[1] ?? "")) found2.push({ name: `${assigned[1]}.${assigned[2]}`, region: r, line: i });
    }
  }
  return found2;
}
function declaresLocal(region, name) {
  const n = escapeRegExp(name);
  const local = new RegExp(`^\\s{1,40}var\\s{1,5}${n}\\b|(?<![\\w.])${n}(?:\\s{0,5},\\s{0,5}\\w{1,60})?\\s{0,5}:=|[(,]\\s{0,5}${n}\\s{1,5}\\*?[\\w.[\\]]{1,100}\\s{0,5}[,)]`);
  return region.lines.some((l) => local.test(l.slice(0, MAX_LINE_CHARS)));
}
var HANDLE = {
  go: /^var\s{1,5}([A-Za-z_]\w{0,100})(?:\s{0,5},\s{0,5}\w{1,100})?(?:\s{1,5}[\w.*]{1,100})?\s{0,5}=\s{0,5}[\w.&]{0,100}?(?:sql\.Open|sqlx?\.Connect|[Ss]qlite\w{0,40}|[Dd]atabase\w{0,40}|[Oo]pen\w{0,20}D[Bb]|[Rr]edis\w{0,40}|[Mm]ongo\w{0,40})\w{0,40}\(/,
  python: /^([A-Za-z_]\w{0,100})\s{0,5}=\s{0,5}[\w.]{0,100}?(?:connect|create_engine|Database|sqlite\w{0,20}|Redis|MongoClient|StrictRedis)\w{0,40}\(/,
  js: /^(?:export\s{1,5})?(?:const|let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}=\s{0,5}(?:await\s{1,5})?(?:new\s{1,5})?[\w.$]{0,100}?(?:Database|connect|createConnection|createPool|sqlite\w{0,20}|Pool|PrismaClient|Redis|MongoClient)\w{0,40}\(/
};
function findSharedHandles(regions, lang, testFile) {
  const pattern = HANDLE[lang];
  if (pattern === void 0) return [];
  const bodies = regions.filter((r) => r.scope === "test" || r.scope === "fixture" || r.scope === "class" || r.scope === "helper");
  const found2 = [];
  for (const r of regions) {
    if (r.scope !== "module" || (lang === "go" ? dirOf(r.path) !== dirOf(testFile) : r.path !== testFile)) continue;
    for (let i = r.start; i <= r.end; i++) {
      const name = pattern.exec((r.lines[i] ?? "").slice(0, MAX_LINE_CHARS))?.[1];
      if (name === void 0 || name === "_") continue;
      const use = new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\b`);
      if (bodies.some((b) => b.lines.slice(b.start, b.end + 1).some((l) => use.test(l)))) found2.push({ name, region: r, line: i });
    }
  }
  return found2;
}

// src/explain/path-flow.ts
var TEMP_BASE = /\btempfile\.gettempdir\(\)|\bos\.tmpdir\(\)|\btmpdir\(\)|\bos\.TempDir\(\)|["'`]\/(?:var\/)?tmp\/?["'`/]|java\.io\.tmpdir|\bGetTempPath\(\)|\btemp_dir\(\)|\$TMPDIR|\bTMPDIR\b/;
var HOME_BASE = /\bos\.path\.expanduser\(|\bPath\.home\(\)|\bos\.homedir\(\)|\bos\.UserHomeDir\(\)|\bos\.UserCacheDir\(\)|\bos\.UserConfigDir\(\)|"user\.home"|\buser_(?:cache|config|data)_dir\(|\bXDG_(?:CACHE|CONFIG|DATA|STATE)_HOME\b|["'`]~\//;
var CWD_BASE = /\bos\.path\.join\(\s{0,5}["']\.["']|\bPath\(\s{0,5}["']\.["']\s{0,5}\)|^\s{0,5}["'`]\.\/[\w.-]/;
var HOME_REDIRECT = /(?:setenv|Setenv|environ\[|stubEnv|process\.env\.|setProperty)[^\n]{0,40}\b(?:HOME|USERPROFILE|XDG_\w{1,20}_HOME|user\.home)\b[^\n]{0,80}(?:tmp|TempDir|mkdtemp)/;
var MODULE_LOAD = /\brequire\(|\bimport\(|\bimportlib\b|\b__import__\(/;
var ROOT_BASE = /\b__file__\b|\b__dirname\b|import\.meta\.(?:dirname|url)|\bprocess\.cwd\(\)|\bos\.getcwd\(\)|\bPath\.cwd\(\)|\bos\.Getwd\(\)|\b[A-Z][A-Z0-9]{0,40}_(?:ROOT|DIR|PATH)\b/;
var WRITE_HINT = /open\(|write|\bsave\w{0,12}\(|\.to_\w{2,10}\(|mkdir|touch|unlink|rename|replace|rmdir|remove|rmtree|move|copy|\brm\w{0,4}\(|utime|Create|Remove|OpenFile|Chtimes|Files\.|FileWriter|FileOutputStream|connect\(|Database\(|sql\.Open|outputFile|ensureDir|emptyDir/;
var PER_TEST = /\btmp_path\b|\btmpdir\b(?!\(\))|tmp_path_factory|\bmkdtemp|TemporaryDirectory|NamedTemporaryFile|\buuid|\brandom|getpid|\bpid\b|worker_id|XDIST_WORKER|JEST_WORKER_ID|VITEST_POOL_ID|MOCHA_WORKER_ID|t\.TempDir\(\)|Date\.now\(\)|time\.time\(\)|randomUUID|\btempy\b|\bnanoid\b|\bmktemp\b|@TempDir|TempDir\(\)|GetRandomFileName/;
var ASSIGN = /^\s{0,200}(?:(?:export\s{1,5})?(?:const|let|var|final|private|static|public|protected|readonly)\s{1,5}){0,4}(?:[\w<>[\]]{1,60}\s{1,5})?((?:self\.|this\.)?[A-Za-z_$][\w$]{0,100})\s{0,5}(?::\s{0,5}[\w.[\]| ]{1,60}\s{0,5})?(?::=|=(?![=>]))\s{0,5}(.{1,300})$/;
var LITERAL = /["'`]([^"'`\n]{1,200})["'`]/g;
var BARE_NAME = /^\s{0,5}["'`]([\w][\w.-]{0,100}\.[A-Za-z][A-Za-z0-9]{0,7})["'`]\s{0,5};?\s{0,5}$/;
var PER_TEST_CHDIR = /\.as_cwd\(\)|\bmonkeypatch\.chdir\(|\b(?:os\.chdir|chdir|process\.chdir|os\.Chdir)\(\s{0,5}(?:str\(\s{0,5})?(?:tmp_path|tmpdir|tmp|dir|t\.TempDir\(\))\b|\bisolated_filesystem\(/;
function pathFlowFindings(regions, threads = false) {
  const byFile = /* @__PURE__ */ new Map();
  for (const r of regions) byFile.set(r.path, [...byFile.get(r.path) ?? [], r]);
  const constants2 = pathConstants(byFile);
  const homeRedirected = regions.some((r) => r.lines.some((l) => HOME_REDIRECT.test(l.slice(0, MAX_LINE_CHARS))));
  const out = [];
  for (const [file, rs] of byFile) {
    const lines = /* @__PURE__ */ new Map();
    for (const r of [...rs].sort((a, b) => rank2(a.scope) - rank2(b.scope))) {
      for (let i = r.start; i <= r.end; i++) if (!lines.has(i)) lines.set(i, r);
    }
    const held = new Map([...constants2].filter(([name]) => rs[0]?.lines.some((l) => l.includes(name)) === true));
    let ownDir = false;
    for (const i of [...lines.keys()].sort((a, b) => a - b)) {
      const region = lines.get(i);
      const text = (region.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      if (region.scope === "test" && PER_TEST_CHDIR.test(text)) ownDir = true;
      if (region.scope !== "file") {
        for (const f of writes(text, held)) {
          if (homeRedirected && f.resource.startsWith("home:")) continue;
          if (f.relative && ownDir && !threads) continue;
          out.push({ kind: f.kind, cause: f.cause, resource: f.resource, file, line: i, scope: region.scope, region });
        }
      }
      track(text, held, region.scope === "test" || region.scope === "fixture");
    }
  }
  return out;
}
function pathConstants(byFile) {
  const constants2 = /* @__PURE__ */ new Map();
  for (const rs of byFile.values()) {
    const lines = rs[0]?.lines ?? [];
    const held = /* @__PURE__ */ new Map();
    for (const raw of lines) {
      const line = raw.slice(0, MAX_LINE_CHARS);
      if (!TOP_LEVEL_CONSTANT.test(line)) continue;
      track(line, held);
    }
    for (const [name, h] of held) if (h.name !== void 0 && !constants2.has(name)) constants2.set(name, h);
  }
  return constants2;
}
var TOP_LEVEL_CONSTANT = /^(?:export\s{1,5})?(?:(?:const|let|var|static|final|public|private)\s{1,5}){0,4}(?:[\w<>[\]]{1,60}\s{1,5})?[A-Z][A-Z0-9_]{2,60}\s{0,5}(?::\s{0,5}[\w.[\]| ]{1,60}\s{0,5})?=(?!=)/;
function rank2(scope) {
  return ["test", "fixture", "class", "module", "setup", "helper", "library", "file"].indexOf(scope);
}
function track(line, held, local = false) {
  const m = ASSIGN.exec(line);
  if (m === null) return;
  const target = m[1] ?? "";
  const expr = m[2] ?? "";
  const bare = local ? BARE_NAME.exec(expr)?.[1] : void 0;
  const value = bare !== void 0 ? { base: "rel", name: bare } : heldBy(expr, held);
  if (value === null) held.delete(target);
  else held.set(target, value);
}
function heldBy(expr, held) {
  if (PER_TEST.test(expr)) return null;
  const name = lastLiteral(expr);
  const from = [...held].find(([v]) => new RegExp(`(?<![\\w$.])${escapeRegExp(v)}\\b`).test(expr))?.[1];
  if (from !== void 0) return { base: from.base, ...name ?? from.name ? { name: name ?? from.name } : {} };
  if (MODULE_LOAD.test(expr)) return null;
  const base = TEMP_BASE.test(expr) ? "tmp" : HOME_BASE.test(expr) ? "home" : ROOT_BASE.test(expr) || CWD_BASE.test(expr) ? "root" : null;
  if (base === null) return null;
  return { base, ...name !== void 0 ? { name } : {} };
}
function lastLiteral(expr) {
  let last;
  for (const m of expr.matchAll(LITERAL)) {
    const part = (m[1] ?? "").split("}").pop()?.replace(/^\/+|\/+$/g, "").split("/").pop() ?? "";
    if (/^[\w.-]{1,200}$/.test(part) && part !== "tmp" && !/^[rwab+xt]{1,3}$/.test(part) && !/^utf-?8$/i.test(part)) last = part;
  }
  return last;
}
var OPS = [
  // open, io.open, aiofiles.open, curio's aopen ...
  { pattern: (x) => new RegExp(`(?<![\\w])(?:\\w{1,20}\\.)?a?open\\(\\s{0,5}${x}\\s{0,5},\\s{0,5}(?:mode\\s{0,5}=\\s{0,5})?['"][wax]`) },
  { pattern: (x) => new RegExp(`${x}\\s{0,5}\\)?\\.(?:write_text|write_bytes|mkdir|touch|unlink|rename|replace|rmdir|open\\(\\s{0,5}['"][wax])`) },
  { pattern: (x) => new RegExp(`\\b(?:os\\.(?:remove|unlink|rename|replace|makedirs|mkdir|rmdir|utime)|shutil\\.(?:rmtree|move|copy\\w{0,10}))\\(\\s{0,5}${x}(?![\\w$])`) },
  { pattern: (x) => new RegExp(`\\b(?:writeFile|writeFileSync|appendFile|appendFileSync|mkdir|mkdirSync|rm|rmSync|rename|renameSync|unlink|unlinkSync|utimes|utimesSync|copyFileSync|createWriteStream|outputFile|outputFileSync|ensureDir|ensureDirSync|emptyDir|emptyDirSync|remove|removeSync)\\(\\s{0,5}${x}(?![\\w$])`) },
  { pattern: (x) => new RegExp(`\\bos\\.(?:Create|WriteFile|Mkdir|MkdirAll|Remove|RemoveAll|Rename|OpenFile|Chtimes)\\(\\s{0,5}${x}(?![\\w$])`) },
  { pattern: (x) => new RegExp(`\\bFiles\\.(?:write|writeString|createDirector(?:y|ies)|createFile|delete\\w{0,10}|copy|move)\\(\\s{0,5}${x}(?![\\w$])|new File(?:Writer|OutputStream)\\(\\s{0,5}${x}(?![\\w$])`) },
  // Python data writers whose first argument is the file: `save_npz(p, a)`, `np.save(p, a)`, `df.to_csv(p)`.
  { pattern: (x) => new RegExp(`\\b(?:save|savez|savez_compressed|savetxt|save_npz|savefig|to_csv|to_parquet|to_json|to_pickle|to_excel|to_feather|to_hdf|to_netcdf)\\(\\s{0,5}${x}(?![\\w$])`) },
  { pattern: (x) => new RegExp(`\\b(?:sqlite3\\.connect|duckdb\\.connect|new (?:Database|sqlite3\\.Database))\\(\\s{0,5}(?:str\\()?${x}(?![\\w$])|\\bsql\\.Open\\([^,]{1,60},\\s{0,5}${x}(?![\\w$])`), db: true }
];
function writes(line, held) {
  const out = [];
  if (held.size === 0 || !WRITE_HINT.test(line)) return out;
  for (const [v, h] of held) {
    if (!line.includes(v.split(".").pop() ?? v)) continue;
    const x = `(?<![\\w$.])${escapeRegExp(v)}(?![\\w$])`;
    const joined = new RegExp(`(?:path\\.join|os\\.path\\.join|filepath\\.Join|Paths\\.get|Path\\.of|resolve)\\(\\s{0,5}${x}[^)]{0,200}\\)|${x}\\s{0,5}/\\s{0,5}["'][^"']{1,200}["']|${x}`);
    const op = OPS.find((o) => o.pattern(`(?:${joined.source})`).test(line));
    if (op === void 0) continue;
    const name = lastLiteral(joined.exec(line)?.[0] ?? "") ?? h.name;
    if (name === void 0) continue;
    const db = op.db === true || /\.(?:db|sqlite3?|duckdb)$/.test(name);
    const relative4 = h.base === "rel";
    const inTree = h.base === "root" || relative4;
    out.push(
      db ? { kind: "shared-db-file", cause: "shared-database", resource: `db:${name}`, relative: relative4 } : { kind: inTree ? "fixed-output-path" : "fixed-temp-path", cause: "shared-file-path", resource: `${inTree ? "path" : h.base}:${name}`, relative: relative4 }
    );
    break;
  }
  return out;
}

// src/explain/global-writes.ts
var RUN_SCOPES = /* @__PURE__ */ new Set(["test", "fixture", "class", "setup", "helper"]);
var PY_NOT_GLOBAL = /* @__PURE__ */ new Set(["self", "cls", "os", "monkeypatch", "mocker", "request"]);
var PY_IMPORT2 = /^\s{0,40}import\s{1,5}([\w.,\t ]{1,400})/;
var PY_FROM2 = /^\s{0,40}from\s{1,5}[\w.]{1,200}\s{1,5}import\s{1,5}\(?([^#)]{1,400})/;
var PY_TOP_OBJECT = /^([A-Za-z_]\w{0,100})\s{0,5}(?::[^=(]{1,100})?=\s{0,5}[A-Za-z_][\w.]{0,100}\(/;
function pythonGlobals(lines) {
  const names = /* @__PURE__ */ new Set();
  const add = (list3) => {
    for (const part of list3.split(",")) {
      const words = part.trim().split(/\s{1,5}/);
      const name = words.length === 3 && words[1] === "as" ? words[2] : words[0]?.split(".")[0];
      if (name !== void 0 && /^[A-Za-z_]\w{0,100}$/.test(name) && name !== "*") names.add(name);
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").slice(0, MAX_LINE_CHARS);
    const from = PY_FROM2.exec(line);
    if (from !== null) {
      add(from[1] ?? "");
      if (/\(\s{0,5}(?:#.{0,200})?$/.test(line)) {
        for (let j = i + 1; j < lines.length && j < i + 60; j++) {
          const next = (lines[j] ?? "").slice(0, MAX_LINE_CHARS);
          add(next.replace(/#.{0,400}$/, "").replace(")", ""));
          if (next.includes(")")) break;
        }
      }
      continue;
    }
    const imp = PY_IMPORT2.exec(line)?.[1];
    if (imp !== void 0) add(imp);
    const top = PY_TOP_OBJECT.exec(line)?.[1];
    if (top !== void 0) names.add(top);
  }
  for (const n of PY_NOT_GLOBAL) names.delete(n);
  return names;
}
function pythonParameters(region) {
  const head = region.lines.slice(region.start, region.start + 8).join(" ");
  const m = /\bdef\s{1,5}\w{1,200}\s{0,5}\(([^)]{0,600})\)/.exec(head);
  return new Set((m?.[1] ?? "").split(",").map((p) => p.trim().split(/[\s:=]/)[0] ?? "").filter((p) => p !== ""));
}
var PY_ATTR_WRITE = /^\s{0,200}([A-Za-z_]\w{0,100})(\.[A-Za-z_][\w.]{0,300})\s{0,5}(?:=(?!=)|[-+*|]=)/;
var PY_ATTR_DELETE = /^\s{0,200}del\s{1,5}([A-Za-z_]\w{0,100})(\.[A-Za-z_][\w.]{0,300})\s{0,5}$/;
var PY_SETATTR = /(?<![\w.])setattr\(\s{0,5}([A-Za-z_]\w{0,100})([\w.]{0,300})\s{0,5},\s{0,5}['"](\w{1,100})['"]/;
var PY_REGISTER = /(?<![\w.])([A-Za-z_]\w{0,100})([\w.]{0,300}?)\.(?:register|unregister|register_\w{1,60}|unregister_\w{1,60})\(/;
function pythonWrites(region, globals) {
  const params = pythonParameters(region);
  const isGlobal = (root) => root !== void 0 && globals.has(root) && !params.has(root);
  const out = [];
  for (let i = region.start; i <= region.end; i++) {
    const line = (region.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
    if (isBlankOrComment(line, "python")) continue;
    const attr = PY_ATTR_WRITE.exec(line) ?? PY_ATTR_DELETE.exec(line);
    const set = PY_SETATTR.exec(line);
    const reg = PY_REGISTER.exec(line);
    if (attr !== null && isGlobal(attr[1])) out.push({ line: i, what: `${attr[1]}${attr[2]}` });
    else if (set !== null && isGlobal(set[1])) out.push({ line: i, what: `${set[1]}${set[2]}.${set[3]}` });
    else if (reg !== null && isGlobal(reg[1])) out.push({ line: i, what: `${reg[1]}${reg[2]}` });
  }
  return out;
}
var JAVA_STATIC_WRITE = /^\s{0,200}([A-Z]\w{0,100})\.([A-Za-z_]\w{0,100})\s{0,5}(?:=(?!=)|[-+]=)/;
var JAVA_SINGLETON_WRITE = /\b([A-Z]\w{0,100})\.(?:getInstance\(\s{0,5}\)|INSTANCE|instance\(\s{0,5}\)|getDefault\(\s{0,5}\))\.(?:set|add|put|register|remove|clear|reset|enable|disable)\w{0,60}\(/;
var JS_WRITES = [
  /(?<![\w$.])(?:globalThis|global|window)\.([A-Za-z_$][\w$]{0,100})\s{0,5}=(?![=>])/,
  /\bObject\.defineProperty\(\s{0,5}(?:globalThis|global|window)\s{0,5},\s{0,5}['"`]([\w$]{1,100})/,
  // A built-in's prototype; a project's own constructor getting its methods is a class definition.
  /(?<![\w$.])((?:Object|Array|String|Number|Boolean|Function|Promise|Date|RegExp|Map|Set|Error)\.prototype\.[\w$]{1,100})\s{0,5}=(?![=>])/,
  /(?<![\w$.])((?:Date|Math|console|JSON|Promise|crypto)\.[\w$]{1,100})\s{0,5}=(?![=>])/
];
function braceWrites(region, lang) {
  const out = [];
  for (let i = region.start; i <= region.end; i++) {
    const line = (region.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
    if (isBlankOrComment(line, lang)) continue;
    if (lang === "java") {
      const s = JAVA_STATIC_WRITE.exec(line);
      if (s !== null) out.push({ line: i, what: `${s[1]}.${s[2]}` });
      else {
        const g = JAVA_SINGLETON_WRITE.exec(line);
        if (g !== null) out.push({ line: i, what: g[1] ?? "" });
      }
    } else if (lang === "js") {
      for (const p of JS_WRITES) {
        const m = p.exec(line);
        if (m === null) continue;
        out.push({ line: i, what: m[1] ?? "" });
        break;
      }
    }
  }
  return out;
}
var RNG_SEEDS = {
  python: /(?<![\w.])(?:(?:np|numpy)\.random\.seed|random\.seed|torch\.(?:cuda\.)?manual_seed(?:_all)?|(?:tf|tensorflow)\.(?:random\.set_seed|set_random_seed)|mx\.random\.seed)\(/,
  go: /(?<![\w.])rand\.Seed\(/
};
function rngSeeds(region, lang) {
  const pattern = RNG_SEEDS[lang];
  if (pattern === void 0) return [];
  const out = [];
  for (let i = region.start; i <= region.end; i++) {
    const line = (region.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
    if (!isBlankOrComment(line, lang) && pattern.test(line)) out.push({ line: i, what: "random-generator" });
  }
  return out;
}
function globalWrites(regions, fallback, testFile) {
  const out = [];
  const pyGlobals = /* @__PURE__ */ new Map();
  for (const r of regions) {
    if (!RUN_SCOPES.has(r.scope)) continue;
    const lang = r.path.includes(".") ? languageOf(r.path, "unknown") : fallback;
    let writes2 = rngSeeds(r, lang);
    if (lang === "go") {
      for (const w of writes2) out.push({ region: r, line: w.line, cause: stateCause(lang), resource: `global:${w.what}` });
      continue;
    }
    if (lang === "python") {
      let globals = pyGlobals.get(r.path);
      if (globals === void 0) {
        globals = pythonGlobals(r.lines);
        pyGlobals.set(r.path, globals);
      }
      writes2 = [...writes2, ...pythonWrites(r, globals)];
    } else if (lang === "java" || lang === "js") writes2 = braceWrites(r, lang);
    else continue;
    const owner = lang === "js" ? `${testFile}#` : "";
    for (const w of writes2) if (w.what !== "") out.push({ region: r, line: w.line, cause: stateCause(lang), resource: `global:${owner}${w.what}` });
  }
  return out;
}
var GLOBAL_WRITE_PATTERNS = [PY_IMPORT2, PY_FROM2, PY_TOP_OBJECT, PY_ATTR_WRITE, PY_ATTR_DELETE, PY_SETATTR, PY_REGISTER, JAVA_STATIC_WRITE, JAVA_SINGLETON_WRITE, ...JS_WRITES, ...Object.values(RNG_SEEDS)];

// src/explain/setting-uses.ts
var DEFINITION_SCOPES = /* @__PURE__ */ new Set(["setup", "helper", "library"]);
var USE_SCOPES2 = /* @__PURE__ */ new Set(["test", "fixture", "class", "setup", "helper"]);
var KINDS = /* @__PURE__ */ new Set(["hard-coded-port", "fixed-temp-path", "fixed-output-path", "shared-db-file"]);
var MAX_SETTINGS = 20;
var TEXT_CHARS = 160;
var ASSIGNED = /^\s{0,40}(?:export\s{1,5})?(?:(?:const|let|var|val|final|static|public|private|readonly)\s{1,5})?(?:(?:const|let|var|val|final|static|public|private|readonly)\s{1,5})?(?:(?:const|let|var|val|final|static|public|private|readonly)\s{1,5})?(?:[\w<>[\]]{1,40}\s{1,5})?([A-Za-z_]\w{0,60})\s{0,5}(?::\s{0,5}[^=\n]{1,40}?)?\s{0,5}:?=(?!=)/;
var ENTRY = /^\s{0,40}['"]?([A-Za-z_]\w{0,60})['"]?\s{0,5}:(?![:=])/;
var TOP_LEVEL = /^(?:export\s{1,5})?(?:(?:const|let|var)\s{1,5})?([A-Za-z_]\w{0,60})\s{0,5}(?::[^=\n]{1,60})?=(?!=)/;
var CONFIG_LIKE = "[\\w$]{0,40}(?:[Ss]ettings?|SETTINGS?|[Cc]onf(?:ig)?|CONF(?:IG)?|[Cc]fg|CFG|[Oo]pt(?:ion)?s|OPTIONS|[Ee]nv|ENV|[Cc]onstants?|CONSTANTS?)";
var TOO_COMMON = /* @__PURE__ */ new Set(["path", "name", "file", "url", "host", "dir", "value", "data", "default", "config", "settings", "env", "key", "type", "id", "options", "self", "this"]);
function definedName(line) {
  const m = ASSIGNED.exec(line) ?? ENTRY.exec(line);
  const name = m?.[1];
  if (name === void 0 || name.length < 3 || TOO_COMMON.has(name.toLowerCase())) return null;
  return name;
}
function readPattern(name, definingFile, lines) {
  const n = escapeRegExp(name);
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return new RegExp(`(?<![\\w$])${n}(?![\\w$(])`);
  const owners = /* @__PURE__ */ new Set();
  const stem = /([A-Za-z_]\w{0,60})\.[A-Za-z]{1,5}$/.exec(definingFile)?.[1];
  if (stem !== void 0 && stem !== "index" && stem !== "__init__") owners.add(stem);
  for (const line of lines.slice(0, 2e3)) {
    const m = TOP_LEVEL.exec(line.slice(0, MAX_LINE_CHARS));
    if (m?.[1] !== void 0 && owners.size < 50) owners.add(m[1]);
  }
  const owner = `(?<![\\w$.])(?:${[...owners].map(escapeRegExp).join("|")}${owners.size > 0 ? "|" : ""}${CONFIG_LIKE})`;
  return new RegExp(`${owner}(?:\\.${n}(?![\\w$(])|\\[\\s{0,3}['"]${n}['"]\\s{0,3}\\])`);
}
function settingUses(findings, regions) {
  const settings = [];
  for (const f of findings) {
    if (!KINDS.has(f.kind) || f.resource === void 0 || !DEFINITION_SCOPES.has(f.scope)) continue;
    const region = regions.find((r) => r.path === f.file && r.scope === f.scope);
    const name = definedName((region?.lines[f.line - 1] ?? "").slice(0, MAX_LINE_CHARS));
    if (name === null || settings.some((s) => s.name === name)) continue;
    settings.push({ name, finding: f, read: readPattern(name, f.file, region?.lines ?? []) });
    if (settings.length >= MAX_SETTINGS) break;
  }
  if (settings.length === 0) return { uses: [], unread: [] };
  const uses = [];
  const read = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  for (const r of regions) {
    if (r.scope === "file") continue;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      if (/^\s{0,40}(?:import|from)\b|\brequire\(/.test(line)) continue;
      for (const s of settings) {
        if (r.path === s.finding.file && i + 1 === s.finding.line) continue;
        if (!s.read.test(line) && !(r.path === s.finding.file && bareRead(s.name).test(line))) continue;
        read.add(s);
        const key = `${r.path}:${i}:${s.finding.cause}`;
        if (!USE_SCOPES2.has(r.scope) || seen.has(key)) continue;
        seen.add(key);
        const text = `${line.trim()} (${s.name}: ${s.finding.file}:${s.finding.line})`;
        uses.push({ ...s.finding, file: r.path, line: i + 1, scope: r.scope, text: text.length <= TEXT_CHARS ? text : `${text.slice(0, TEXT_CHARS - 1)}\u2026` });
      }
    }
  }
  const unread = settings.filter((s) => !read.has(s) && ENTRY_OR_KEYWORD.test(lineOf(s.finding, regions))).map((s) => s.finding);
  return { uses, unread };
}
function bareRead(name) {
  return new RegExp(`(?<![\\w$'"])${escapeRegExp(name)}(?![\\w$'"]|\\s{0,5}[:=](?!=))`);
}
var ENTRY_OR_KEYWORD = /^\s{1,40}['"]?[A-Za-z_]\w{0,60}['"]?\s{0,5}(?::(?![:=])|=(?!=))/;
function lineOf(f, regions) {
  const region = regions.find((r) => r.path === f.file && r.scope === f.scope);
  return (region?.lines[f.line - 1] ?? "").slice(0, MAX_LINE_CHARS);
}
var SETTING_USE_PATTERNS = [ASSIGNED, ENTRY, TOP_LEVEL, ENTRY_OR_KEYWORD, new RegExp(CONFIG_LIKE)];

// src/explain/process-state.ts
var RULES = {
  python: [
    // `OCRAgent.get_instance(...)`, a spy or patch on it, a class-level instance cache.
    { name: "singleton", pattern: /\b([A-Z]\w{0,60})\.(?:get_instance|_instance|_instances|instance)\b/ },
    { name: "singleton", pattern: /\b(?:spy|object)\(\s{0,5}([A-Z][\w.]{0,60})\s{0,5},\s{0,5}['"](?:get_instance|_instance|_instances|instance|_cache)['"]/ },
    // Clearing a memoised function's cache: the test knows the process keeps its result.
    { name: "cache", pattern: /\b([\w.]{1,100})\.cache_clear\(\)/ },
    // Captured log records depend on the process's logging configuration (levels, `disable`,
    // handlers, `propagate`), which any earlier test may have changed.
    { name: "logging", pattern: /\bcaplog\.(?:records|text|messages|record_tuples)\b/ },
    { name: "metrics", pattern: /\b(?:prometheus_client\.)?REGISTRY\.(?:register|unregister|get_sample_value)\(/ },
    { name: "logging", pattern: /\blogging\.(?:disable|basicConfig)\(|\blogging\.getLogger\([^)]{0,100}\)\.(?:setLevel|addHandler|removeHandler|handlers|propagate|disabled)\b/ },
    // Django resolves URLs through a resolver cached per process for the ROOT_URLCONF of the
    // moment (the docs: `clear_url_caches()` after changing it); a test resolving a literal URL
    // reads what earlier tests left there.
    { name: "django-urlconf", pattern: /\b(?:resolve|reverse|get_resolver)\(\s{0,5}['"]|\bclear_url_caches\(/ },
    { name: "modules", pattern: /\bsys\.modules\[[^\]]{1,100}\]\s{0,5}=(?!=)|\bimportlib\.reload\(/ },
    { name: "sys-path", pattern: /\bsys\.path\.(?:insert|append|extend|remove|pop)\(/ },
    { name: "logging", pattern: /\bstructlog\.(?:configure|configure_once|reset_defaults)\(|\blogging\.config\.(?:dictConfig|fileConfig)\(/ }
  ],
  js: [
    { name: "singleton", pattern: /\b([A-Z]\w{0,60})\.(?:getInstance|_instance|sharedInstance|resetInstance)\b/ },
    { name: "singleton", pattern: /\bspyOn\(\s{0,5}([A-Z][\w.]{0,60})\s{0,5},\s{0,5}['"`](?:getInstance|instance|_instance)['"`]/ }
  ],
  go: [
    { name: "log", pattern: /\b(?:log\.Set(?:Output|Flags|Prefix)|slog\.SetDefault|zap\.ReplaceGlobals)\(/ },
    { name: "http-default", pattern: /\bhttp\.Default(?:Client|Transport|ServeMux)\b[^\n]{0,100}?(?:=(?!=)|\.(?:Handle|HandleFunc)\()/ },
    { name: "flags", pattern: /\bflag\.(?:Set|CommandLine\.Set|Parse)\(/ },
    { name: "metrics", pattern: /\bprometheus\.(?:MustRegister|Register|DefaultRegisterer)\b/ },
    // Viper's package-level functions work on one global instance (its docs suggest `viper.New()`).
    { name: "viper", pattern: /\bviper\.(?:Set|SetDefault|Reset|SetConfigFile|SetConfigName|SetConfigType|AddConfigPath|ReadInConfig|ReadConfig|MergeConfig|AutomaticEnv|SetEnvPrefix|BindEnv|BindPFlag|BindPFlags)\(/ }
  ],
  java: [
    // Micrometer's global composite registry: every meter registry added to it sees every test's meters.
    { name: "metrics", pattern: /\bMetrics\.(?:addRegistry|removeRegistry|globalRegistry)\b/ },
    { name: "stdio", pattern: /\bSystem\.set(?:Out|Err|In)\(/ },
    { name: "defaults", pattern: /\b(?:Locale|TimeZone)\.setDefault\(|\bDateTimeUtils\.setCurrentMillis/ },
    { name: "singleton", pattern: /\b([A-Z]\w{0,60})\.(?:resetInstance|setInstance)\(/ }
  ]
};
var RUN_SCOPES2 = /* @__PURE__ */ new Set(["test", "fixture", "class", "setup", "helper"]);
var PY_LAZY_GLOBAL = /^\s{1,200}global\s{1,5}([A-Za-z_]\w{0,100})/;
var PY_MEMOISED = /^\s{0,200}@(?:functools\.)?(?:lru_cache|cache)\b/;
var PY_DEF = /^\s{0,200}(?:async\s{1,5})?def\s{1,5}([A-Za-z_]\w{0,100})\s{0,5}\((\s{0,5}\))?/;
var MODULE_SCOPES = /* @__PURE__ */ new Set(["helper", "library"]);
function moduleSingletons(r, cause) {
  const out = [];
  for (let i = r.start; i <= r.end; i++) {
    const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
    const rebound = PY_LAZY_GLOBAL.exec(line)?.[1];
    if (rebound !== void 0) {
      out.push({ region: r, line: i, cause, resource: `global:${r.path}#${rebound}` });
      continue;
    }
    if (!PY_MEMOISED.test(line)) continue;
    for (let j = i + 1; j <= Math.min(r.end, i + 4); j++) {
      const def = PY_DEF.exec((r.lines[j] ?? "").slice(0, MAX_LINE_CHARS));
      if (def === null) continue;
      if (def[2] !== void 0) out.push({ region: r, line: i, cause, resource: `global:${r.path}#${def[1]}` });
      break;
    }
  }
  return out;
}
function processStateLines(regions, fallback) {
  const out = [];
  for (const r of regions) {
    const lang = r.path.includes(".") ? languageOf(r.path, "unknown") : fallback;
    const cause = stateCause(lang);
    if (lang === "python" && MODULE_SCOPES.has(r.scope)) out.push(...moduleSingletons(r, cause));
    if (!RUN_SCOPES2.has(r.scope)) continue;
    const rules = RULES[lang];
    if (rules === void 0) continue;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      for (const rule of rules) {
        const m = rule.pattern.exec(line);
        if (m === null) continue;
        out.push({ region: r, line: i, cause, resource: `global:${m[1] ?? rule.name}` });
        break;
      }
    }
  }
  return out;
}
var PROCESS_STATE_PATTERNS = [...Object.values(RULES).flatMap((rules) => (rules ?? []).map((r) => r.pattern)), PY_LAZY_GLOBAL, PY_MEMOISED, PY_DEF];

// src/explain/logger-binding.ts
var RECONFIGURE = [
  ["structlog", /\bstructlog\.(?:configure|configure_once|reset_defaults)\(/],
  ["stdlib", /\blogging\.config\.(?:dictConfig|fileConfig)\(/]
];
var KEEPS_EXISTING = /['"]?disable_existing_loggers['"]?\s{0,5}[:=]\s{0,5}False\b/;
var MODULE_LOGGER = [
  ["structlog", /^[A-Za-z_]\w{0,100}\s{0,5}(?::[^=]{1,100})?=\s{0,5}structlog\.(?:stdlib\.)?(?:get_logger|getLogger|wrap_logger)\(/],
  // structlog's documented boilerplate, `from structlog import get_logger` then `log = get_logger()`.
  ["structlog", /^[A-Za-z_]\w{0,100}\s{0,5}(?::[^=]{1,100})?=\s{0,5}get_logger\(/],
  ["stdlib", /^[A-Za-z_]\w{0,100}\s{0,5}(?::[^=]{1,100})?=\s{0,5}logging\.getLogger\(/]
];
var STRUCTLOG_IMPORT = /^from\s{1,5}structlog\s{1,5}import\s{1,5}[^#\n]{0,200}\bget_logger\b/;
var OWN_SCOPES = /* @__PURE__ */ new Set(["test", "fixture", "class"]);
var IMPORTED_SCOPES = /* @__PURE__ */ new Set(["helper", "library"]);
function boundAtImport(regions) {
  const found2 = /* @__PURE__ */ new Set();
  for (const r of regions) {
    if (!IMPORTED_SCOPES.has(r.scope) || !r.path.endsWith(".py")) continue;
    const structlogImported = r.lines.some((l) => STRUCTLOG_IMPORT.test(l.slice(0, MAX_LINE_CHARS)));
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      MODULE_LOGGER.forEach(([family, pattern], k) => {
        if (pattern.test(line) && (k !== 1 || structlogImported)) found2.add(family);
      });
    }
  }
  return found2;
}
function loggerBindingLines(regions) {
  const own = regions.filter((r) => OWN_SCOPES.has(r.scope) && r.path.endsWith(".py"));
  if (own.length === 0) return [];
  const bound = boundAtImport(regions);
  if (bound.size === 0) return [];
  const out = [];
  for (const r of own) {
    const body = r.lines.slice(r.start, r.end + 1);
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      if (isBlankOrComment(line, "python")) continue;
      const family = RECONFIGURE.find(([, p]) => p.test(line))?.[0];
      if (family === void 0 || !bound.has(family)) continue;
      if (family === "stdlib" && body.some((l) => KEEPS_EXISTING.test(l.slice(0, MAX_LINE_CHARS)))) continue;
      out.push({ region: r, line: i, cause: stateCause("python"), resource: "global:logging" });
    }
  }
  return out;
}
var LOGGER_BINDING_PATTERNS = [...RECONFIGURE.map(([, p]) => p), KEEPS_EXISTING, STRUCTLOG_IMPORT, ...MODULE_LOGGER.map(([, p]) => p)];

// src/explain/concurrent-static.ts
var STATIC_MUTABLE = /^\s{0,200}(?:@\w{1,60}\s{1,5})?(?:(?:public|protected|private|volatile|transient) ){0,3}static\s{1,5}(?!final\b)(?:(?:volatile|transient)\s{1,5})?[\w$.]{1,100}(?:<[^;=()]{0,200}>)?(?:\[\])?\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}[;=]/;
var STATIC_FIELD = /^\s{0,200}(?:@\w{1,60}\s{1,5})?(?:(?:public|protected|private|final) ){0,3}static\s{1,5}(?:final\s{1,5})?[\w$.]{1,100}(?:<[^;=()]{0,200}>)?\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}[;=]/;
var REGISTER_EXTENSION = /^\s{0,200}@RegisterExtension\b/;
var MEMBER_SCOPES = /* @__PURE__ */ new Set(["class", "fixture"]);
function concurrentStatics(regions, config) {
  if (!junitRunsConcurrently(regions, config)) return [];
  const perTest = regions.filter((r) => r.scope === "test" || r.scope === "fixture" && PER_TEST_HOOK.test((r.lines[r.start] ?? "").slice(0, MAX_LINE_CHARS)));
  const out = [];
  for (const r of regions) {
    if (!MEMBER_SCOPES.has(r.scope) || !/\.(?:java|kt)$/.test(r.path)) continue;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      if (isBlankOrComment(line, "java")) continue;
      const registered = REGISTER_EXTENSION.test(line) || REGISTER_EXTENSION.test((r.lines[i - 1] ?? "").slice(0, MAX_LINE_CHARS));
      const extension = registered ? STATIC_FIELD.exec(line)?.[1] : void 0;
      const mutable = extension === void 0 ? STATIC_MUTABLE.exec(line)?.[1] : void 0;
      const name = extension ?? (mutable !== void 0 && writtenPerTest(mutable, perTest) ? mutable : void 0);
      if (name !== void 0) out.push({ region: r, line: i, resource: `global:${r.path}#${name}` });
    }
  }
  return out;
}
var PER_TEST_HOOK = /^\s{0,200}@(?:BeforeEach|AfterEach|Before|After)\b/;
function writtenPerTest(name, regions) {
  const write = new RegExp(`(?<![\\w$])(?:[\\w$]{1,100}\\.)?${escapeRegExp(name)}\\s{0,5}(?:=(?!=)|\\+=|-=|\\+\\+|--)`);
  return regions.some((r) => r.lines.slice(r.start, r.end + 1).some((l) => write.test(l.slice(0, MAX_LINE_CHARS))));
}

// src/explain/timing-sensitive.ts
var CLOCK = /\btime\.(?:time|monotonic|perf_counter)(?:_ns)?\(\)|\bperf_counter\(\)|\bDate\.now\(\)|\bperformance\.now\(\)|\bprocess\.hrtime|\btime\.Since\(|\bSystem\.(?:nanoTime|currentTimeMillis)\(\)|\bStopwatch\b|\bInstant::now\(\)/;
var COMPARING_ASSERTION = /\bassert\b[^\n]{0,200}(?:<=?|>=?)|\.toBeLessThan(?:OrEqual)?\(|\.toBeGreaterThan(?:OrEqual)?\(|\bassert(?:Less|Greater)(?:Equal)?\(|\bassert\.ok\([^\n]{0,200}[<>]|\bif\b[^\n]{0,200}[<>][^\n]{0,200}\{?\s{0,5}$|isLessThan|isGreaterThan|isBetween\(|isCloseTo\(|\b(?:assert|require)\.(?:Less|Greater|LessOrEqual|GreaterOrEqual|WithinDuration|InDelta)\(|\.(?:below|above|lessThan|greaterThan|within)\(|\.at\.(?:most|least)\(|\bassertTrue\([^\n]{0,200}[<>]|\bassertAlmostEqual\(|\bExpect\([^\n]{0,200}\)\.(?:To|Should)\(\s{0,5}BeNumerically\(/;
var FIXED_SLEEP = /\b(?:time|asyncio|trio|gevent|anyio)\.sleep\(\s{0,5}(?:\d{1,4}(?:\.\d{1,6})?|[A-Za-z_][\w.]{0,40})\s{0,5}\)|(?<![\w.])sleep\(\s{0,5}0?\.\d{1,6}\s{0,5}\)|\bawait\s{1,5}(?:sleep|delay|wait|setTimeout|setTimeoutPromise|timers\.setTimeout|page\.waitForTimeout)\(\s{0,5}(?:\d{1,6}|[A-Za-z_$][\w$.]{0,40})\s{0,5}\)|\bsetTimeout\(\s{0,5}(?:resolve|r|res|done)\s{0,5},\s{0,5}\d{1,6}\s{0,5}\)|\btime\.Sleep\(\s{0,5}(?:\d{1,6}|time\.(?:Millisecond|Microsecond|Second)\b|[A-Za-z_][\w.]{0,40}\s{0,5}\))|\b(?:Thread\.sleep|TimeUnit\.\w{1,20}\.sleep)\(\s{0,5}(?:\d{1,6}|[A-Za-z_][\w.]{0,40}\s{0,5}\))|(?<![\w.])delay\(\s{0,5}\d{1,6}L?\s{0,5}\)/;
var ASSERTION = /\bassert|\bexpect\(|\bt\.(?:Error|Errorf|Fatal|Fatalf|Fail)\b|\brequire\.|\bassertThat\(|\bassertEquals\(|\bshould\b/;
var ASSERT_WITHIN = 4;
var SHORT_DEADLINE = /\b\w{0,40}(?:timeout|deadline)\w{0,20}\s{0,5}=\s{0,5}0?\.\d{1,4}\b|\btimeout\s{0,5}:\s{0,5}\d{1,3}(?![\d._])|\b(?:time\.After|WithTimeout|WithDeadline|Eventually|EventuallyWithT|Consistently|NewTimer|AfterFunc)\([^\n]{0,120}?(?:\b\d{1,3}\s{0,5}\*\s{0,5}time\.Millisecond\b|\btime\.Millisecond\s{0,5}\*\s{0,5}\d{1,3}\b)|\b(?:Duration\.)?ofMillis\(\s{0,5}\d{1,3}\s{0,5}\)|[(,]\s{0,5}\d{1,3}L?\s{0,5},\s{0,5}(?:TimeUnit\.)?MILLISECONDS\s{0,5}\)|\bwithTimeout(?:OrNull)?\(\s{0,5}\d{1,3}L?\s{0,5}\)|\b(?:threading\.)?Timer\(\s{0,5}0?\.\d{1,4}\s{0,5},|\bcall_later\(\s{0,5}0?\.\d{1,4}\s{0,5},|@Test\(\s{0,5}timeout\s{0,5}=\s{0,5}\d{1,3}L?\s{0,5}\)|@Timeout\(\s{0,5}(?:value\s{0,5}=\s{0,5})?\d{1,3}\s{0,5},\s{0,5}unit\s{0,5}=\s{0,5}(?:TimeUnit\.)?MILLISECONDS|\.timeout\(\s{0,5}\d{1,3}\s{0,5}\)|\bverify\([^\n]{0,100}\b(?:timeout|after)\(\s{0,5}\d{1,3}L?\s{0,5}\)|\.(?:wait|join|get|acquire|poll)\(\s{0,5}0?\.\d{1,4}\s{0,5}\)|^\s{0,40}\}\)?\s{0,5},\s{0,5}\d{1,3}\s{0,5}\);?\s{0,5}$|\bwait_for\([^\n]{0,200},\s{0,5}0?\.\d{1,4}\s{0,5}\)/;
var FAKE_CLOCK = /\buseFakeTimers\(|\badvanceTimersByTime(?:Async)?\(|\brunAllTimers\(|\bfreeze_time\b|\bfreezegun\b|\btime_machine\b|\bclockwork\.NewFakeClock|\bsynctest\.(?:Run|Test)\(|\bClock\.fixed\(|\bTestScheduler\b|\brunTest\s{0,5}\{|\bvirtual_?time\b/;
var CLOCK_WINDOW = /\b[Nn]ow\(\)?[\w.()]{0,40}\.plus(?:Seconds\(\s{0,5}\d{1,2}|Millis\(\s{0,5}\d{1,5})L?\s{0,5}\)|\bnow\(\)(?:\.\w{1,20}\(\))?\s{0,5}\+\s{0,5}(?:datetime\.)?timedelta\(\s{0,5}(?:seconds\s{0,5}=\s{0,5}\d{1,2}|milliseconds\s{0,5}=\s{0,5}\d{1,5})(?:\.\d{1,6})?\s{0,5}\)|\bDate\.now\(\)\s{0,5}\+\s{0,5}\d{1,5}\b(?![\d.])|\btime\.time\(\)\s{0,5}\+\s{0,5}\d{1,2}(?:\.\d{1,6})?\b(?![\d.])/;
var PROGRESS_WAIT = /\b(?:atMost|waitAtMost|timeout)\(\s{0,5}(?:(?:java\.time\.)?Duration\.)?(?:ofSeconds\(\s{0,5}(?:[1-9]|10)L?\s{0,5}\)|(?:[1-9]|10)L?\s{0,5},\s{0,5}(?:TimeUnit\.)?SECONDS\b|(?:ONE|TWO|FIVE|TEN)_SECONDS?\b)/;
var COLD_IMPORT = /\bawait\s{1,5}import\(\s{0,5}['"`]/;
var FRESH_MODULES = /\b(?:resetModules|isolateModules(?:Async)?)\(/;
var WAITS_FOR_NOTHING = /\b(?:receive_nothing|expect_?no_?\w{0,30}|assert_?no_?\w{0,30}|assert_not_called)\b|\bexpectNo\w{0,30}|\bNoMessage\b/i;
var RUN_SCOPES3 = /* @__PURE__ */ new Set(["test", "fixture", "library"]);
function timingLines(regions) {
  const out = [];
  const faked = /* @__PURE__ */ new Map();
  const fakeClock = (r) => {
    let f = faked.get(r.path);
    if (f === void 0) {
      f = r.lines.some((l) => FAKE_CLOCK.test(l.slice(0, MAX_LINE_CHARS)));
      faked.set(r.path, f);
    }
    return f;
  };
  const fresh = /* @__PURE__ */ new Map();
  const freshModules = (r) => {
    let f = fresh.get(r.path);
    if (f === void 0) {
      f = r.lines.some((l) => FRESH_MODULES.test(l.slice(0, MAX_LINE_CHARS)));
      fresh.set(r.path, f);
    }
    return f;
  };
  for (const r of regions) {
    if (!RUN_SCOPES3.has(r.scope) || fakeClock(r)) continue;
    let clockRead = false;
    if (r.scope === "test") {
      for (let i = Math.max(0, r.start - 3); i < r.start; i++) {
        const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
        if (/^\s{0,200}@(?:Test|Timeout)\(/.test(line) && SHORT_DEADLINE.test(line)) out.push({ region: r, line: i, kind: "fixed-wait" });
      }
    }
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      if (r.scope === "library") {
        if (SHORT_DEADLINE.test(line) && !WAITS_FOR_NOTHING.test(line)) out.push({ region: r, line: i, kind: "fixed-wait" });
        continue;
      }
      const clockHere = CLOCK.test(line);
      if (r.scope === "test" && (clockRead || clockHere) && COMPARING_ASSERTION.test(line)) {
        out.push({ region: r, line: i, kind: "elapsed-assertion" });
        clockRead = true;
        continue;
      }
      if (CLOCK_WINDOW.test(line) && (r.scope === "test" || r.scope === "fixture")) {
        out.push({ region: r, line: i, kind: "clock-window" });
        continue;
      }
      if (COLD_IMPORT.test(line) && !freshModules(r)) {
        out.push({ region: r, line: i, kind: "cold-import" });
        continue;
      }
      if (clockHere) clockRead = true;
      else if (SHORT_DEADLINE.test(line) && !WAITS_FOR_NOTHING.test(line) || PROGRESS_WAIT.test(line) || FIXED_SLEEP.test(line) && assertsSoon(r, i)) out.push({ region: r, line: i, kind: "fixed-wait" });
    }
  }
  return out;
}
function assertsSoon(r, at) {
  let code = 0;
  for (let j = at + 1; j <= Math.min(r.end, at + 3 * ASSERT_WITHIN) && code < ASSERT_WITHIN; j++) {
    const line = (r.lines[j] ?? "").slice(0, MAX_LINE_CHARS);
    if (/^\s{0,200}(?:$|#|\/\/|\/?\*)/.test(line)) continue;
    code += 1;
    if (ASSERTION.test(line)) return true;
  }
  return false;
}

// src/explain/python-calls.ts
var CALL_DEPTH = 2;
var PY_CALL = /(?<![\w.])(self\.|cls\.)?([A-Za-z_]\w{0,100})\s{0,5}\(/;
var PY_CALLS = new RegExp(PY_CALL.source, "g");
var PY_TOP_DEF = /^(?:async\s{1,5})?def\s{1,5}(\w{1,200})\s{0,5}\(/;
var PY_METHOD_DEF = /^\s{1,200}(?:async\s{1,5})?def\s{1,5}(\w{1,200})\s{0,5}\(/;
function calledRegions(files, from, cls) {
  const out = [];
  const seen = new Set(from.map((r) => `${r.path}:${r.start}`));
  let callers = from.filter((r) => r.scope === "test" || r.scope === "fixture");
  for (let depth = 0; depth < CALL_DEPTH && callers.length > 0; depth++) {
    const next = [];
    for (const caller of callers) {
      const file = files.find((f) => f.path === caller.path);
      if (file === void 0) continue;
      const { free, methods } = callsIn(caller);
      const targets = [];
      file.lines.forEach((line, i) => {
        const top = PY_TOP_DEF.exec(line.slice(0, MAX_LINE_CHARS))?.[1];
        if (top !== void 0 && free.has(top)) targets.push(i);
      });
      if (cls !== null && caller.path === from[0]?.path) {
        for (let i = cls.body.start + 1; i <= cls.body.end; i++) {
          const line = file.lines[i] ?? "";
          const m = indentOf(line) === cls.indent ? PY_METHOD_DEF.exec(line.slice(0, MAX_LINE_CHARS)) : null;
          if (m !== null && methods.has(m[1] ?? "")) targets.push(i);
        }
      }
      for (const at of targets) {
        const key = `${caller.path}:${decoratorsStart(file.lines, at)}`;
        const name = /def\s{1,5}(\w{1,200})/.exec(file.lines[at] ?? "")?.[1] ?? "";
        const decorators = file.lines.slice(decoratorsStart(file.lines, at), at).join("\n");
        if (seen.has(key) || seen.has(`${caller.path}:${at}`) || /^test/.test(name) || decorators.includes("fixture")) continue;
        seen.add(key);
        const region = { path: caller.path, lines: file.lines, start: at, end: block(file.lines, at).end, scope: "fixture" };
        out.push(region);
        next.push(region);
      }
    }
    callers = next;
  }
  return out;
}
function callsIn(r) {
  const free = /* @__PURE__ */ new Set();
  const methods = /* @__PURE__ */ new Set();
  for (let i = r.start + 1; i <= r.end; i++) {
    const line = r.lines[i] ?? "";
    if (isBlankOrComment(line, "python")) continue;
    for (const m of line.slice(0, MAX_LINE_CHARS).matchAll(PY_CALLS)) (m[1] === void 0 ? free : methods).add(m[2] ?? "");
  }
  return { free, methods };
}
function classBodyOf(lines, at) {
  const indent = indentOf(lines[at] ?? "");
  if (indent === 0) return null;
  const inString = tripleQuoted(lines);
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i] ?? "";
    if (inString[i] === true || isBlankOrComment(line, "python") || indentOf(line) >= indent) continue;
    return /^\s{0,200}class\s/.test(line) ? { body: block(lines, i), indent } : null;
  }
  return null;
}

// src/explain/scope-python.ts
var FIXTURE_DEPTH = 3;
function pythonRegions(file, name, classname, support) {
  const lines = splitLines(file.text);
  const base = name.replace(/\[[^\]]{0,500}\]$/, "");
  if (!/^\w{1,200}$/.test(base)) return [];
  const defs = findDefs(lines, base);
  const className = classname?.split(".").pop();
  const chosen = defs.find((d) => enclosingClass(lines, d) === className) ?? defs[0];
  if (chosen === void 0) return [];
  const test = block(lines, chosen);
  const regions = [
    { path: file.path, lines, start: decoratorsStart(lines, chosen), end: test.end, scope: "test" },
    ...moduleRegions(file.path, lines)
  ];
  const files = [{ path: file.path, lines }, ...support.map((s) => ({ path: s.path, lines: splitLines(s.text) }))];
  regions.push(...fixtureRegions(files, test.params));
  regions.push(...classRegions(file.path, lines, chosen));
  regions.push(...calledRegions(files, regions, classBodyOf(lines, chosen)));
  return regions;
}
var SETUP_METHOD = /^(?:setUp|setUpClass|asyncSetUp|setup_method|setup_class|setup|setUpTestData|tearDown|tearDownClass|teardown_method|teardown_class)$/;
function classRegions(path, lines, at) {
  const indent = indentOf(lines[at] ?? "");
  if (indent === 0) return [];
  let header = -1;
  const inString = tripleQuoted(lines);
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i] ?? "";
    if (inString[i] === true || isBlankOrComment(line, "python") || indentOf(line) >= indent) continue;
    if (/^\s{0,200}class\s/.test(line)) header = i;
    break;
  }
  if (header === -1) return [];
  const body = block(lines, header);
  const regions = [];
  let runStart = -1;
  const flush = (end) => {
    if (runStart !== -1 && end >= runStart) regions.push({ path, lines, start: runStart, end, scope: "class" });
    runStart = -1;
  };
  for (let i = header + 1; i <= body.end; i++) {
    const line = lines[i] ?? "";
    const def = indentOf(line) === indent ? /^\s{0,200}(?:async\s{1,5})?def\s{1,5}(\w{1,200})/.exec(line) : null;
    if (def === null) {
      if (runStart === -1 && !isBlankOrComment(line, "python") && !/^\s{0,200}@/.test(line)) runStart = i;
      continue;
    }
    flush(decoratorsStart(lines, i) - 1);
    const method = block(lines, i);
    if (SETUP_METHOD.test(def[1] ?? "")) regions.push({ path, lines, start: i, end: method.end, scope: "fixture" });
    i = method.end;
  }
  flush(body.end);
  return regions;
}
function findDefs(lines, name) {
  const pattern = new RegExp(`^\\s{0,200}(?:async\\s{1,5})?def\\s{1,5}${escapeRegExp(name)}\\s{0,5}\\(`);
  const found2 = [];
  lines.forEach((line, i) => {
    if (pattern.test(line)) found2.push(i);
  });
  return found2;
}
function enclosingClass(lines, at) {
  const indent = indentOf(lines[at] ?? "");
  const inString = tripleQuoted(lines);
  for (let i = at - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i] ?? "";
    if (inString[i] === true || isBlankOrComment(line, "python") || indentOf(line) >= indent) continue;
    return /^\s{0,200}class\s{1,5}(\w{1,200})/.exec(line)?.[1];
  }
  return void 0;
}
function moduleRegions(path, lines) {
  const regions = [];
  let runStart = -1;
  const flush = (end) => {
    if (runStart !== -1) regions.push({ path, lines, start: runStart, end, scope: "module" });
    runStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (indentOf(line) === 0 && /^(?:async\s{1,5})?(?:def|class)\s/.test(line)) {
      flush(i - 1);
      i = block(lines, i).end;
      continue;
    }
    if (runStart === -1) runStart = i;
  }
  flush(lines.length - 1);
  return regions;
}
function fixtureRegions(files, params) {
  const regions = [];
  const seen = /* @__PURE__ */ new Set();
  let wanted = [...params];
  for (let level = 0; level < FIXTURE_DEPTH && (level === 0 || wanted.length > 0); level++) {
    const next = [];
    for (const f of files) {
      f.lines.forEach((line, i) => {
        const name = /^\s{0,200}(?:async\s{1,5})?def\s{1,5}(\w{1,200})\s{0,5}\(/.exec(line)?.[1];
        if (name === void 0) return;
        const decorators = f.lines.slice(decoratorsStart(f.lines, i), i).join("\n");
        if (!decorators.includes("fixture")) return;
        const autouse = level === 0 && /autouse\s{0,5}=\s{0,5}True/.test(decorators);
        const key = `${f.path}:${i}`;
        if (!wanted.includes(name) && !autouse || seen.has(key)) return;
        seen.add(key);
        const b = block(f.lines, i);
        regions.push({ path: f.path, lines: f.lines, start: i, end: b.end, scope: autouse && !wanted.includes(name) ? "setup" : "fixture" });
        next.push(...b.params);
      });
    }
    wanted = next;
  }
  return regions;
}

// src/explain/source-rules.ts
var DB_URL = /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|jdbc:[a-z]{1,20}):\/\//;
var SAFE_TEMP = /mkdtemp|mkstemp|TemporaryDirectory|NamedTemporaryFile|tmp_path|TempDir\(\)|tempfile::/;
var PER_WORKER = /XDIST_WORKER|worker_?id|workerId|JEST_WORKER_ID|VITEST_POOL_ID|VITEST_WORKER_ID|MOCHA_WORKER_ID|TEST_PARALLEL|getpid\(\)|process\.pid|os\.Getpid|ProcessHandle|uuid|randomUUID|\brandom|nanoid|\$\{|\bf['"]|%s|\.format\(|Sprintf/;
var CONTAINER_ENV_PORT = /(?:^|[\s"'`])(?:-e|--env)(?:\s{1,3}|=)[\w.]{0,60}port\s{0,5}=/i;
var lineRules = [
  // Ports
  // A client URL of a database server is a shared database, not a port this test binds.
  { kind: "hard-coded-port", cause: "port-conflict", langs: null, resource: "port:", unless: DB_URL, pattern: /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):(\d{2,5})\b/ },
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["python"], resource: "port:", pattern: /\.bind\(\(\s{0,5}['"][^'"]{0,100}['"]\s{0,5},\s{0,5}(\d{2,5})\s{0,5}\)/ },
  // An address tuple handed to a server or client: ('', 25000), ('localhost', 8000).
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["python"], resource: "port:", pattern: /\(\s{0,5}['"](?:|localhost|127\.0\.0\.1|0\.0\.0\.0|::1?)['"]\s{0,5},\s{0,5}(\d{2,5})\s{0,5}\)/ },
  // Not a variable handed to a container (`docker run -e MYSQL_PORT=5434`): that port is inside the
  // container's own network; only `-p HOST:CONTAINER` publishes one on the machine.
  { kind: "hard-coded-port", cause: "port-conflict", langs: null, resource: "port:", unless: CONTAINER_ENV_PORT, pattern: /(?:\b|_)port\s{0,5}[=:]\s{0,5}(\d{2,5})\b/i },
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["js"], resource: "port:", pattern: /\.listen\(\s{0,5}(\d{2,5})\b/ },
  { kind: "hard-coded-port", cause: "port-conflict", langs: null, resource: "port:", pattern: /['"`]:(\d{2,5})['"`]/ },
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["java", "ruby", "dotnet"], resource: "port:", pattern: /\b(?:ServerSocket|InetSocketAddress|TCPServer\.new|TcpListener|IPEndPoint)\([^)]{0,100}?\b(\d{2,5})\s{0,5}\)/ },
  // JVM HTTP mocks (WireMock) and server builders given a literal port.
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["java"], resource: "port:", pattern: /\bnew WireMock(?:Rule|Server|ClassRule)\(\s{0,5}(\d{2,5})\s{0,5}[,)]|\.(?:port|httpPort|dynamicHttpsPort)\(\s{0,5}(\d{2,5})\s{0,5}\)/ },
  // Spring Boot's DEFINED_PORT starts the app on `server.port` (8080 unless set): one port for every fork.
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["java"], resource: "port:spring-defined-port", pattern: /\bDEFINED_PORT\b/ },
  // A named port setting given a literal: `httpPort = 8080`, `serverPort: 3000`, `@WireMockTest(httpPort = 8089)`.
  { kind: "hard-coded-port", cause: "port-conflict", langs: null, resource: "port:", pattern: /\b[A-Za-z]\w{0,20}Port\s{0,5}[=:]\s{0,5}(\d{4,5})\b/ },
  // A server started on a literal port: MockWebServer.start(8080), Javalin .start(7070).
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["java"], resource: "port:", pattern: /\.start\(\s{0,5}(\d{4,5})\s{0,5}\)/ },
  // A port taken from the environment with a fixed fallback: `process.env.PORT || 3000`, `os.environ.get("PORT", 8000)`.
  { kind: "hard-coded-port", cause: "port-conflict", langs: null, resource: "port:", pattern: /(?:\b|_)PORT\b['"]?\]?\s{0,5}(?:\|\||\?\?|\bor\b|,)\s{0,5}['"]?(\d{4,5})\b/ },
  // Fixed temp paths: a literal under /tmp, or the system temp dir joined with a fixed name.
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: null, resource: "path:", unless: SAFE_TEMP, pattern: /['"`]((?:\/var)?\/tmp\/[^'"`\s{}$]{1,200})['"`]/ },
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: ["python"], resource: "tmp:", unless: SAFE_TEMP, pattern: /gettempdir\(\)\)?\s{0,5}[,+/]\s{0,5}['"]([^'"{}]{1,200})['"]/ },
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: ["js"], resource: "tmp:", unless: SAFE_TEMP, pattern: /\btmpdir\(\)\s{0,5}[,+]\s{0,5}['"`]([^'"`${}]{1,200})['"`]/ },
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: ["go"], resource: "tmp:", pattern: /os\.TempDir\(\)\s{0,5}[,+]\s{0,5}"([^"]{1,200})"/ },
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: ["java", "dotnet", "rust"], resource: "tmp:", pattern: /(?:java\.io\.tmpdir"\)|GetTempPath\(\)|temp_dir\(\)\.join\()\s{0,5}[,+]?\s{0,5}"([^"]{1,200})"/ },
  // Fixed relative output paths: written in the working directory every worker shares.
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["python"], resource: "path:", pattern: /\bopen\(\s{0,5}['"]([^'"/{}][^'"{}]{0,200})['"]\s{0,5},\s{0,5}['"][wax]/ },
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["python"], resource: "path:", pattern: /\bPath\(\s{0,5}['"]([^'"{}]{1,200})['"]\s{0,5}\)\.(?:write_text|write_bytes|mkdir|touch|unlink|rename|replace|rmdir)\(/ },
  // Writing, touching, renaming or removing a fixed path in the tree every worker shares.
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["js"], resource: "path:", unless: SAFE_TEMP, pattern: /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|mkdirSync|renameSync|rename|unlinkSync|unlink|rmSync|rmdirSync|utimesSync|utimes|copyFileSync|touch|outputFileSync|removeSync|emptyDirSync)\(\s{0,5}['"`]([^'"`${}]{1,200})['"`]/ },
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["python"], resource: "path:", unless: SAFE_TEMP, pattern: /\b(?:os\.(?:remove|unlink|rename|replace|utime|makedirs|mkdir|rmdir)|shutil\.(?:rmtree|move|copy|copyfile|copytree))\(\s{0,5}['"]([^'"{}]{1,200})['"]/ },
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["go"], resource: "path:", pattern: /os\.(?:Create|WriteFile|Mkdir|MkdirAll|Remove|RemoveAll|Rename|Chtimes|OpenFile)\(\s{0,5}"([^"]{1,200})"/ },
  // A path built inline from the test's own directory (or the cwd) and a fixed name, then written:
  // `fs.writeFileSync(path.join(__dirname, 'out.json'))`, `rimraf(path.resolve(__dirname, 'tmp'))`.
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["js"], resource: "path:", pattern: /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|mkdir|mkdirSync|rm|rmSync|rmdir|rmdirSync|unlink|unlinkSync|rename|renameSync|copyFile|copyFileSync|outputFile|outputFileSync|outputJson|outputJsonSync|writeJson|writeJsonSync|emptyDir|emptyDirSync|remove|removeSync|ensureDir|ensureDirSync|createWriteStream|rimraf|rimrafSync|mkdirp)\(\s{0,5}(?:path\.)?(?:join|resolve)\(\s{0,5}(?:__dirname|process\.cwd\(\)|import\.meta\.dirname|['"`][^'"`$]{0,80}['"`])[^)]{0,200}?['"`]([^'"`$/{}]{1,100})['"`]\s{0,5}\)/ },
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["js"], resource: "path:", unless: SAFE_TEMP, pattern: /\b(?:outputFile|outputJson|outputJsonSync|writeJson|writeJsonSync|emptyDir|ensureDir|ensureDirSync|remove|rimraf|rimrafSync|mkdirp|createWriteStream|copySync|moveSync)\(\s{0,5}['"`]([^'"`${}]{1,200})['"`]/ },
  // Python data writers given a fixed relative file: `np.save("x.npy", a)`, `df.to_csv("out.csv")`, `plt.savefig("fig.png")`.
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["python"], resource: "path:", unless: SAFE_TEMP, pattern: /\b(?:save|savez|savez_compressed|savetxt|save_npz|savefig|to_csv|to_parquet|to_json|to_pickle|to_excel|to_feather|to_hdf|to_netcdf)\(\s{0,5}['"]([^'"{}]{1,200}\.\w{1,8})['"]/ },
  // Python: `open(os.path.join(os.path.dirname(__file__), "out.txt"), "w")`, `(Path(__file__).parent / "out").mkdir()`.
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["python"], resource: "path:", pattern: /\bopen\(\s{0,5}os\.path\.join\(\s{0,5}(?:os\.path\.dirname\(|os\.getcwd\(\)|['"]\.['"]|[A-Z][A-Z0-9_]{0,40}(?:DIR|ROOT|PATH)\b)[^\n]{0,200}?['"]([^'"{}/]{1,100})['"]\s{0,5}\)\s{0,5},\s{0,5}(?:mode\s{0,5}=\s{0,5})?['"][wax]/ },
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["python"], resource: "path:", pattern: /\b(?:Path\(\s{0,5}__file__\s{0,5}\)|Path\.cwd\(\))[\w.()]{0,60}\s{0,5}\/\s{0,5}['"]([^'"{}]{1,100})['"]\s{0,5}\)?\.(?:write_text|write_bytes|mkdir|touch|unlink|rmdir|open\(\s{0,5}['"][wax])/ },
  // Go: a path joined from literals only (no t.TempDir()), written: `os.WriteFile(filepath.Join("testdata", "out.json"), ...)`.
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["go"], resource: "path:", pattern: /os\.(?:Create|WriteFile|Mkdir|MkdirAll|Remove|RemoveAll|Rename|OpenFile)\(\s{0,5}filepath\.Join\(\s{0,5}"[^"]{0,100}"\s{0,5},\s{0,5}(?:"[^"]{0,100}"\s{0,5},\s{0,5})?"([^"]{1,100})"\s{0,5}\)/ },
  // Java: a fixed relative file written: `Files.write(Paths.get("build/out.txt"), ...)`, `new FileWriter("out.txt")`.
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["java"], resource: "path:", pattern: /\bFiles\.(?:write|writeString|createDirector(?:y|ies)|createFile|delete|deleteIfExists|copy|move|newBufferedWriter|newOutputStream)\(\s{0,5}(?:Paths\.get|Path\.of)\(\s{0,5}"([^"]{1,200})"|\bnew (?:FileWriter|FileOutputStream|PrintWriter)\(\s{0,5}"([^"]{1,200})"/ },
  // Shared databases
  { kind: "shared-db-file", cause: "shared-database", langs: ["python"], resource: "db:", pattern: /\b(?:sqlite3|duckdb)\.connect\(\s{0,5}['"]([^'":{}][^'"{}]{0,200})['"]/ },
  // Not a dotted module path (`django.db.backends.sqlite3` names a driver, not a file).
  { kind: "shared-db-file", cause: "shared-database", langs: null, resource: "db:", pattern: /['"`]((?![A-Za-z_]\w{0,60}\.[A-Za-z_]\w{0,60}\.\w)[^'"`\s{}$:]{1,200}\.(?:db|sqlite|sqlite3|duckdb))['"`]/ },
  { kind: "shared-db-file", cause: "shared-database", langs: ["go"], resource: "db:", pattern: /sql\.Open\(\s{0,5}"[^"]{1,40}"\s{0,5},\s{0,5}"([^":][^"]{0,200})"/ },
  { kind: "shared-db-file", cause: "shared-database", langs: ["js"], resource: "db:", pattern: /new (?:Database|sqlite3\.Database)\(\s{0,5}['"`]([^'"`:${}][^'"`${}]{0,200})['"`]/ },
  { kind: "shared-db-file", cause: "shared-database", langs: null, resource: "db:", pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?):\/\/[^'"`\s/]{0,200}\/(\w{1,100})/ },
  { kind: "shared-db-file", cause: "shared-database", langs: null, resource: "db:", pattern: /\bCREATE DATABASE\s{1,5}(?:IF NOT EXISTS\s{1,5})?["`]?(\w{1,100})/i },
  // A database setting given a fixed file: `database: path.join(ROOT, 'writable', 'test.sql')`,
  // `DATABASE_URL = "sqlite:///test.db"`, `filename: "./data/test.sqlite"`.
  { kind: "shared-db-file", cause: "shared-database", langs: null, resource: "db:", unless: SAFE_TEMP, pattern: /\b(?:database|db_?path|db_?file|dbFile|dbPath|sqlite_?path|filename|storage)['"]?\s{0,5}[:=]\s{0,5}(?:path\.(?:join|resolve)|os\.path\.join|filepath\.Join|Path)?\(?[^'"`\n]{0,120}['"`]([^'"`\s{}$:]{1,200}\.(?:db|sqlite|sqlite3|sql|duckdb))['"`]/i },
  // JDBC URLs of embedded databases: a named in-memory H2/HSQLDB/Derby database is one per JVM,
  // shared by every test running in it; a file database by every fork.
  { kind: "shared-db-file", cause: "shared-database", langs: null, resource: "db:", unless: PER_WORKER, pattern: /\bjdbc:(?:h2|hsqldb|derby|sqlite):(?:mem:|memory:|file:)?([\w./-]{1,200})/ },
  // SQLAlchemy-style URL of a SQLite file: `sqlite:///test.db` (not `sqlite://` or `:memory:`).
  { kind: "shared-db-file", cause: "shared-database", langs: null, resource: "db:", unless: PER_WORKER, pattern: /\bsqlite(?:\+\w{1,20})?:\/\/\/([^'"`\s{}$:?]{1,200})/ },
  // One database name for every worker, in a client's settings: `database: 'app_test'`, `dbname="test"`.
  { kind: "fixed-db-name", cause: "shared-database", langs: null, resource: "db:", unless: PER_WORKER, pattern: /\b(?:database|dbname|db_name|DB_NAME|POSTGRES_DB|MYSQL_DATABASE|DATABASE_NAME)['"]?\s{0,5}[:=]\s{0,5}['"]([A-Za-z_][\w-]{1,100})['"]/ },
  // A fixed table (or the whole schema) emptied or dropped: `TRUNCATE TABLE users`, `DELETE FROM orders`,
  // `sequelize.sync({ force: true })`, `Base.metadata.drop_all(engine)`, `db.dropDatabase()`.
  { kind: "db-table-reset", cause: "shared-database", langs: null, resource: "table:", pattern: /\b(?:TRUNCATE(?: TABLE)?|DELETE FROM|DROP TABLE(?: IF EXISTS)?)\s{1,5}[`"]?(\w{1,100})/ },
  { kind: "db-table-reset", cause: "shared-database", langs: null, resource: "table:*", pattern: /\.sync\(\s{0,5}\{\s{0,5}force\s{0,5}:\s{0,5}true|\bdropSchema\s{0,5}:\s{0,5}true|\.dropDatabase\(\)|\bmetadata\.drop_all\(|\.deleteMany\(\s{0,5}(?:\{\s{0,5}\})?\s{0,5}\)|\.flush(?:db|all|DB|All)\(\)|\bFLUSH(?:DB|ALL)\b/ },
  { kind: "shared-memory-db", cause: "shared-database", langs: ["python"], resource: "db:shared-connection", pattern: /check_same_thread\s{0,5}=\s{0,5}False/ },
  { kind: "shared-memory-db", cause: "shared-database", langs: null, resource: "db:shared-memory", pattern: /mode=memory&cache=shared|:memory:\?cache=shared/ },
  // Working directory: process-wide.
  { kind: "chdir", cause: "shared-env-or-cwd", langs: null, resource: "cwd", pattern: /\bos\.chdir\(|\bprocess\.chdir\(|\bos\.Chdir\(|\bDir\.chdir\b|SetCurrentDirectory\(|CurrentDirectory\s{0,5}=[^=]|set_current_dir\(|"user\.dir"\s{0,5},/ },
  // Environment: process-wide; the safe forms (monkeypatch.setenv, t.Setenv, vi.stubEnv) do not match.
  // A key computed at run time (`os.environ[k] = v` in a loop over a table) is the environment all the same.
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["python"], resource: "env:", pattern: /\bos\.environ\[\s{0,5}(?:['"]([^'"]{1,100})['"]|[\w.]{1,100})\s{0,5}\]\s{0,5}=(?!=)/ },
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["python"], resource: "env:", pattern: /\bos\.environ\.(?:update|pop|setdefault|clear)\(\s{0,5}(?:['"]([^'"]{1,100})['"])?|\bdel os\.environ\[\s{0,5}(?:['"]([^'"]{1,100})|\w)|\bos\.(?:putenv|unsetenv)\(\s{0,5}(?:['"]([^'"]{1,100})|\w)/ },
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["python"], resource: "env:", pattern: /(?<![\w.])environ\[\s{0,5}['"]([^'"]{1,100})['"]\s{0,5}\]\s{0,5}=(?!=)/ },
  // The whole environment replaced: `process.env = { ...OLD_ENV }`.
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["js"], resource: "env:", pattern: /\bprocess\.env\s{0,5}=(?!=)/ },
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["js"], resource: "env:", pattern: /\bprocess\.env\.([A-Za-z_]\w{0,100})\s{0,5}=(?!=)|\bprocess\.env\[\s{0,5}(?:['"`]([^'"`]{1,100})['"`]|[\w.]{1,100})\s{0,5}\]\s{0,5}=(?!=)|\bdelete process\.env(?:\.(\w{1,100})|\[)|Object\.assign\(process\.env/ },
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["go"], resource: "env:", pattern: /\bos\.(?:Setenv|Unsetenv)\(\s{0,5}(?:"([^"]{1,100})"|[\w.]{1,100}\s{0,5},|[\w.]{1,100}\s{0,5}\))|\bos\.Clearenv\(/ },
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["ruby", "dotnet", "rust", "java"], resource: "env:", pattern: /\bENV\[\s{0,5}['"]([^'"]{1,100})['"]\s{0,5}\]\s{0,5}=(?!=)|SetEnvironmentVariable\(\s{0,5}"([^"]{1,100})"|env::(?:set_var|remove_var)\(\s{0,5}"([^"]{1,100})"|System\.setProperty\(\s{0,5}"([^"]{1,100})"/ },
  // JVM: system properties and environment helpers are process-wide under concurrent JUnit
  // (system-lambda's withEnvironmentVariable, system-rules/system-stubs EnvironmentVariables).
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["java"], resource: "env:", pattern: /\bSystem\.clearProperty\(\s{0,5}"([^"]{1,100})"|\bSystem\.getProperties\(\)\.(?:put|setProperty|remove)\(\s{0,5}"([^"]{1,100})"|\bwithEnvironmentVariable\(\s{0,5}"([^"]{1,100})"|\benvironmentVariables\.(?:set|clear)\(\s{0,5}"([^"]{1,100})"|\bposix\.(?:setenv|unsetenv)\(\s{0,5}"([^"]{1,100})"/ },
  // Reads: evidence only beside a co-failing test that changes the same variable or directory.
  { kind: "env-read", cause: "shared-env-or-cwd", langs: null, resource: "cwd", pattern: /\bos\.getcwd\(\)|\bPath\.cwd\(\)|\bprocess\.cwd\(\)|\bos\.Getwd\(\)|"user\.dir"\s{0,5}\)/ },
  { kind: "env-read", cause: "shared-env-or-cwd", langs: ["python"], resource: "env:", pattern: /\bos\.(?:environ\.get|getenv)\(\s{0,5}['"]([^'"]{1,100})['"]|\bos\.environ\[\s{0,5}['"]([^'"]{1,100})['"]\s{0,5}\]/ },
  { kind: "env-read", cause: "shared-env-or-cwd", langs: ["js"], resource: "env:", pattern: /\bprocess\.env\.([A-Za-z_]\w{0,100})|\bprocess\.env\[\s{0,5}['"`]([^'"`]{1,100})['"`]/ },
  { kind: "env-read", cause: "shared-env-or-cwd", langs: ["go"], resource: "env:", pattern: /\bos\.(?:Getenv|LookupEnv)\(\s{0,5}"([^"]{1,100})"/ },
  { kind: "env-read", cause: "shared-env-or-cwd", langs: ["java"], resource: "env:", pattern: /\bSystem\.(?:getenv|getProperty)\(\s{0,5}"([^"]{1,100})"/ }
];
var CLEANUP = /os\.remove|os\.unlink|\.unlink\(|rmtree|\.rmdir\(|unlinkSync|rmSync|rmdirSync|\bfs\.rm\(|\brm\(|os\.Remove|t\.Cleanup|addfinalizer|\.delete\(|deleteIfExists|FileUtils\.rm|File\.Delete|Directory\.Delete|remove_file|remove_dir_all/;
var CREATES = /\bopen\(|write|Create|connect\(|mkdir|touch|Database\(|sql\.Open|Files\.(?:write|create)|new File/i;

// src/explain/source-scan.ts
var TEXT_CHARS2 = 160;
var MAX_FINDINGS = 60;
var SCOPE_ORDER = ["test", "fixture", "class", "module", "setup", "helper", "library", "file"];
function scanSource(input) {
  const lang = languageOf(input.file.path, input.ecosystem);
  const support = input.support ?? [];
  let regions = lang === "python" ? pythonRegions(input.file, input.testName, input.classname, support) : braceRegions(input.file, input.testName, lang);
  if (regions.length === 0) {
    const lines2 = splitLines(input.file.text);
    regions = [{ path: input.file.path, lines: lines2, start: 0, end: lines2.length - 1, scope: "file" }];
  }
  const whole = (t, scope) => {
    const lines2 = splitLines(t.text);
    return { path: t.path, lines: lines2, start: 0, end: lines2.length - 1, scope };
  };
  if (lang !== "python") for (const s of support) regions.push(whole(s, "setup"));
  for (const h of input.helpers ?? []) regions.push(...lang === "java" ? inheritedRegions(h, lang) : [whole(h, "helper")]);
  for (const l of input.library ?? []) regions.push(whole(l, "library"));
  if (lang === "go") regions.push(...goPackageRegions(regions, input.packageFiles ?? []));
  regions = withUnusedModuleLinesAsFile(regions, lang, input.file.path);
  const state = [...stateFindings(regions, lang, input.file.path), ...processStateFindings(regions, lang), ...globalWriteFindings(regions, lang, input.file.path)];
  const config = [...input.buildConfig ?? [], ...support];
  const statics = lang === "java" ? concurrentStatics(regions, config).map((c) => findingAt(c.region, c.line, "concurrent-static", "shared-global-state", c.resource)) : [];
  const found2 = withoutRestoredEnv(lineFindings(regions, lang), lang);
  const settings = settingUses(found2, regions);
  const lines = found2.map((f) => settings.unread.includes(f) ? { ...f, scope: "file" } : f);
  const findings = dedupe([...lines, ...settings.uses, ...portUseFindings(regions), ...flowFindings(regions, runsAsThreads(lang, regions, config) && (lang !== "python" || runsInOwnThreads(regions))), ...statics, ...inSequence(state, lang, regions, config), ...timingFindings(regions)]);
  findings.push(...missingCleanup(findings, regions));
  return findings.sort((a, b) => Number(a.kind === "env-read") - Number(b.kind === "env-read") || SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope)).slice(0, MAX_FINDINGS).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind));
}
function* uniqueLines(regions) {
  const seen = /* @__PURE__ */ new Set();
  const ordered = [...regions].sort((a, b) => SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope));
  for (const region of ordered) {
    for (let i = region.start; i <= region.end; i++) {
      const key = `${region.path}:${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield { region, index: i };
    }
  }
}
function lineFindings(regions, fallback) {
  const findings = [];
  for (const { region, index } of uniqueLines(regions)) {
    const lang = region.path.includes(".") ? languageOf(region.path, "unknown") : fallback;
    const line = (region.lines[index] ?? "").slice(0, MAX_LINE_CHARS);
    if (isBlankOrComment(line, lang)) continue;
    const causes = /* @__PURE__ */ new Set();
    const onLine = [];
    for (const rule of lineRules) {
      if (rule.langs !== null && !rule.langs.includes(lang)) continue;
      if (causes.has(rule.cause)) continue;
      const m = rule.pattern.exec(line);
      if (m === null || rule.unless?.test(line) === true) continue;
      causes.add(rule.cause);
      const captured = m.slice(1).find((g) => g !== void 0);
      onLine.push({
        kind: rule.kind,
        cause: rule.cause,
        file: region.path,
        line: index + 1,
        text: excerpt(line),
        scope: region.scope,
        resource: rule.resource.endsWith(":") ? `${rule.resource}${captured ?? ""}` : rule.resource
      });
    }
    const database = onLine.some((f) => f.kind === "shared-db-file");
    findings.push(...onLine.filter((f) => !database || f.kind !== "fixed-temp-path" && f.kind !== "fixed-output-path").flatMap(servicePort));
  }
  return findings;
}
var DATABASE_PORTS = /* @__PURE__ */ new Set([1433, 1521, 3306, 5432, 5984, 6379, 7687, 8529, 9042, 11211, 26257, 27017, 28015]);
function servicePort(f) {
  if (f.kind !== "hard-coded-port" || f.resource === void 0) return [f];
  const port = Number(f.resource.slice("port:".length));
  if (port < 1024) return [];
  if (DATABASE_PORTS.has(port)) return [{ ...f, kind: "db-server-port", cause: "shared-database", resource: `db-server:${port}` }];
  return [f];
}
function portUseFindings(regions) {
  return portConstantUses(regions).map((u) => findingAt(u.region, u.line, "hard-coded-port", "port-conflict", `port:${u.port}`));
}
function flowFindings(regions, threads) {
  return pathFlowFindings(regions, threads).map((f) => ({
    kind: f.kind,
    cause: f.cause,
    file: f.file,
    line: f.line + 1,
    text: excerpt(f.region.lines[f.line] ?? ""),
    scope: f.scope,
    resource: f.resource
  }));
}
function timingFindings(regions) {
  return timingLines(regions).map((t) => findingAt(t.region, t.line, t.kind, "timing-under-load", t.region.scope === "library" ? `deadline:${t.region.path}:${t.line + 1}` : void 0));
}
function processStateFindings(regions, lang) {
  const bindings = lang === "python" ? loggerBindingLines(regions).map((b) => findingAt(b.region, b.line, "reconfigured-logging", b.cause, b.resource)) : [];
  const at = new Set(bindings.map((b) => `${b.file}:${b.line}`));
  const plain = processStateLines(regions, lang).map((p) => findingAt(p.region, p.line, "process-state", p.cause, p.resource));
  return [...bindings, ...plain.filter((p) => !at.has(`${p.file}:${p.line}`))];
}
var STATE_KINDS = /* @__PURE__ */ new Set(["module-state", "process-state", "global-write", "sibling-state", "reconfigured-logging"]);
function inSequence(findings, lang, regions, config) {
  if (lang !== "go" && lang !== "java" && lang !== "python") return [...findings];
  const usual = stateCause(lang);
  const cause = stateCauseOf(lang, regions, config);
  if (cause === usual) return [...findings];
  const selfRacing = lang === "python" && runsInOwnThreads(regions);
  return findings.map((f) => {
    if (f.cause !== usual || !STATE_KINDS.has(f.kind)) return f;
    const own = f.kind === "global-write" && OWN_SCOPES2.has(f.scope);
    return selfRacing && own ? { ...f, cause, kind: "threaded-write" } : { ...f, cause };
  });
}
var OWN_SCOPES2 = /* @__PURE__ */ new Set(["test", "fixture", "class"]);
function globalWriteFindings(regions, lang, testFile) {
  return globalWrites(regions, lang, testFile).map((w) => findingAt(w.region, w.line, "global-write", w.cause, w.resource));
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.cause}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function stateFindings(regions, lang, testFile) {
  const owner = lang === "go" ? testFile.split("/").slice(0, -1).join("/") : testFile;
  const handles = findSharedHandles(regions, lang, testFile).map((h) => findingAt(h.region, h.line, "shared-memory-db", "shared-database", `db:${owner}#${h.name}`));
  return [...handles, ...mutations(regions, lang, testFile)];
}
function mutations(regions, lang, testFile) {
  const own = findStateMutations(regions, lang, testFile);
  const siblings = findSiblingWrites(regions, lang, testFile, own);
  const cause = lang === "js" ? "shared-global-state" : stateCause(lang);
  const resource = (name) => lang !== "go" ? `state:${testFile}#${name}` : name.includes(".") ? `state:${name}` : `state:${testFile.split("/").slice(0, -1).join("/")}#${name}`;
  return [...own.map((m) => ({ m, kind: "module-state" })), ...siblings.map((m) => ({ m, kind: "sibling-state" }))].map(({ m, kind }) => findingAt(m.region, m.line, kind, cause, resource(m.name)));
}
function missingCleanup(findings, regions) {
  const cleans = (r) => r.lines.slice(r.start, r.end + 1).some((l) => CLEANUP.test(l.slice(0, MAX_LINE_CHARS)));
  if (regions.some((r) => r.scope === "fixture" && cleans(r))) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.kind !== "fixed-temp-path" && f.kind !== "fixed-output-path" && f.kind !== "shared-db-file") continue;
    if (f.scope !== "test" && f.scope !== "fixture" || !CREATES.test(f.text)) continue;
    const region = regions.find((r) => r.path === f.file && r.scope === f.scope && r.start < f.line && f.line - 1 <= r.end);
    const key = `${f.file}:${f.line}`;
    if (region === void 0 || cleans(region) || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...f, kind: "missing-cleanup" });
  }
  return out;
}
function findingAt(region, line, kind, cause, resource) {
  return { kind, cause, file: region.path, line: line + 1, text: excerpt(region.lines[line] ?? ""), scope: region.scope, ...resource === void 0 ? {} : { resource } };
}
function excerpt(line) {
  const t = line.trim();
  return t.length <= TEXT_CHARS2 ? t : `${t.slice(0, TEXT_CHARS2 - 1)}\u2026`;
}

// src/explain/probe-attribution.ts
var FILE_LEVEL = "file";
var fileLevelId = (file) => `${file}${FILE_LEVEL}`;
var isFileLevel = (id) => id.endsWith(FILE_LEVEL);
var fileLevelLabel = (id) => isFileLevel(id) ? `a test of ${id.slice(0, -FILE_LEVEL.length)}` : null;
var NAMED_TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?|_test\.go|(?:^|\/)test_[^/]+\.py|_test\.py)$/;
var SUPPORT = /(?:^|[/._-])(?:support|helpers?|fixtures?|utils?|setup|teardown|harness|mocks?|__mocks__|conftest)(?:[/._-]|$)/i;
function testsByFile(tests) {
  const byFile = /* @__PURE__ */ new Map();
  for (const t of tests) {
    const file = testFileOf(t);
    if (file === null) continue;
    const list3 = byFile.get(file) ?? [];
    list3.push(t.id);
    byFile.set(file, list3);
  }
  return byFile;
}
function attributionFor(run2, byFile, projectDir, nodeIdOf) {
  const byNodeId = /* @__PURE__ */ new Map();
  for (const c of nodeIdOf === null ? [] : run2.cases) {
    const nodeId = nodeIdOf?.(c) ?? "";
    if (!byNodeId.has(nodeId)) byNodeId.set(nodeId, c.id);
  }
  const missed = /* @__PURE__ */ new Set();
  const bySuffix = /* @__PURE__ */ new Map();
  const elsewhere = (file) => {
    if (!bySuffix.has(file)) bySuffix.set(file, [...byFile.entries()].find(([rel]) => file.endsWith(`/${rel}`))?.[1]);
    return bySuffix.get(file);
  };
  const root = projectDir === null ? null : projectDir.replace(/\/+$/, "") + "/";
  return {
    testsOf(record) {
      if (record.test !== void 0) {
        let id = byNodeId.get(record.test);
        if (id === void 0 && !missed.has(record.test)) {
          id = byNodeId.get(withoutRootPrefix(record.test, byNodeId));
          if (id === void 0) missed.add(record.test);
          else byNodeId.set(record.test, id);
        }
        return id === void 0 ? [] : [id];
      }
      const files = record.files ?? [];
      for (const file of files) {
        const tests = root !== null && file.startsWith(root) ? byFile.get(file.slice(root.length)) : elsewhere(file);
        if (tests !== void 0) return tests;
      }
      const unlocated = root === null ? null : otherTestFile(files.filter((f) => f.startsWith(root)).map((f) => f.slice(root.length)));
      return unlocated === null ? [] : [fileLevelId(unlocated)];
    }
  };
}
function otherTestFile(files) {
  const named = files.find((f) => NAMED_TEST_FILE.test(f));
  if (named !== void 0) return named;
  const outer = [...files].reverse().find((f) => isTestFile(f));
  return outer === void 0 || SUPPORT.test(outer) ? null : outer;
}
function withoutRootPrefix(nodeId, known) {
  for (const candidate of known.keys()) {
    if (candidate.endsWith(`/${nodeId}`) || nodeId.endsWith(`/${candidate}`)) return candidate;
  }
  return nodeId;
}

// src/explain/probe-shared.ts
var COLLISION_ERRORS = /* @__PURE__ */ new Set(["EADDRINUSE"]);
var IGNORED_SEGMENT = /\/(?:node_modules|__pycache__|\.pytest_cache|\.git|\.mypy_cache|\.ruff_cache|\.nyc_output|\.cache|\.hypothesis|\.swc|\.ts-node|jest_[0-9a-z]+|jest-transform-cache-[^/]*|haste-map-[^/]*)(?:\/|$)/;
var SYSTEM_PATH = /^\/(?:dev|proc|sys)(?:\/|$)/;
var DATABASE_FILE = /\.(?:db|sqlite|sqlite3|db3)$/i;
var DATABASE_COMPANION = /-(?:wal|shm|journal)$/;
function sharedResources(run2, attribution, ctx) {
  const records = run2.probe?.records ?? [];
  if (run2.record.workers <= 1 || records.length === 0) return [];
  const ignore = ctx.ignoreDirs.map((d) => d.replace(/\/+$/, ""));
  const ownDir = `/runs/${run2.record.id}/`;
  const byKey = /* @__PURE__ */ new Map();
  const spans = /* @__PURE__ */ new Map();
  for (const record of records) {
    const tests = attribution.testsOf(record);
    if (tests.length === 0) continue;
    for (const test of tests) widen(spans, `${record.process}\0${test}`, record.ts);
    const resource = resourceOf(record, ignore, ownDir);
    if (resource === null) continue;
    const entry = byKey.get(resource.key) ?? { family: resource.family, label: resource.label, touches: [] };
    for (const test of tests) entry.touches.push({ test, process: record.process, kind: record.kind, ...record.worker === void 0 ? {} : { worker: record.worker }, ...record.err === void 0 ? {} : { err: record.err } });
    byKey.set(resource.key, entry);
  }
  withinRemovedTrees(byKey);
  const shared = [];
  for (const [key, { family, label, touches }] of byKey) {
    const processes = new Set(touches.map((t) => t.process)).size;
    const err = touches.find((t) => t.err !== void 0 && COLLISION_ERRORS.has(t.err))?.err;
    const isShared = family === "cwd" || family === "env" ? overlapsInProcess(touches, spans) : err !== void 0 || acrossProcesses(family, touches);
    if (isShared) shared.push({ key, family, label, run: run2.record.id, touches, processes, ...err === void 0 ? {} : { err } });
  }
  return shared.sort((a, b) => a.key.localeCompare(b.key));
}
function touchesByTest(run2, attribution, ctx) {
  const ignore = ctx.ignoreDirs.map((d) => d.replace(/\/+$/, ""));
  const ownDir = `/runs/${run2.record.id}/`;
  const byTest = /* @__PURE__ */ new Map();
  for (const record of run2.probe?.records ?? []) {
    const resource = resourceOf(record, ignore, ownDir);
    if (resource === null || resource.family !== "port" && resource.family !== "file" && resource.family !== "database") continue;
    for (const test of attribution.testsOf(record)) {
      const keys = byTest.get(test) ?? /* @__PURE__ */ new Set();
      keys.add(resource.family === "port" ? resource.key : `path:${record.res.replace(/\/+$/, "")}`);
      byTest.set(test, keys);
    }
  }
  return byTest;
}
function withinRemovedTrees(byKey) {
  const paths = [...byKey.keys()].filter((k) => k.startsWith("path:")).sort();
  for (const [i, key] of paths.entries()) {
    const entry = byKey.get(key);
    if (entry === void 0 || !entry.touches.some((t) => t.kind === "remove")) continue;
    const inside = `${key}/`;
    const added = [];
    for (let j = i + 1; j < paths.length && (paths[j] ?? "") < `${key}0`; j++) {
      const other = paths[j] ?? "";
      if (other.startsWith(inside)) added.push(...(byKey.get(other)?.touches ?? []).filter((t) => t.kind !== "mkdir"));
    }
    if (added.length > 0) byKey.set(key, { ...entry, touches: [...entry.touches, ...added] });
  }
}
function widen(spans, key, ts) {
  const span = spans.get(key);
  if (span === void 0) spans.set(key, { start: ts, end: ts });
  else {
    span.start = Math.min(span.start, ts);
    span.end = Math.max(span.end, ts);
  }
}
function resourceOf(record, ignore, ownDir) {
  switch (record.kind) {
    case "listen":
    case "connect": {
      const port = record.res.slice(record.res.lastIndexOf(":") + 1);
      return { key: `port:${port}`, family: "port", label: `port ${port}` };
    }
    case "setenv":
      return { key: `env:${record.res}`, family: "env", label: `environment variable ${record.res}` };
    case "chdir":
      return { key: "cwd", family: "cwd", label: "the working directory" };
    case "read":
    case "write":
    case "remove":
    case "mkdir":
    case "sqlite": {
      const path = record.res.replace(/\/+$/, "") || "/";
      if (path.includes(ownDir) || SYSTEM_PATH.test(path) || IGNORED_SEGMENT.test(path) || ignore.some((d) => path === d || path.startsWith(`${d}/`))) return null;
      const file = path.replace(DATABASE_COMPANION, "");
      const database = record.kind === "sqlite" || DATABASE_FILE.test(file);
      return { key: `path:${database ? file : path}`, family: database ? "database" : "file", label: database ? file : path };
    }
  }
}
var CHANGES = /* @__PURE__ */ new Set(["write", "remove", "sqlite"]);
function acrossProcesses(family, touches) {
  if (family === "port") {
    if (!touches.some((t) => t.kind === "listen")) return false;
    return new Set(touches.map((t) => t.process)).size >= 2 && new Set(touches.map((t) => t.test)).size >= 2;
  }
  if (!touches.some((t) => CHANGES.has(t.kind))) return false;
  return touches.some((c) => c.kind !== "read" && touches.some((t) => t.process !== c.process && t.test !== c.test));
}
function overlapsInProcess(touches, spans) {
  const seen = /* @__PURE__ */ new Set();
  for (const t of touches) {
    if (seen.has(`${t.process}\0${t.test}`)) continue;
    seen.add(`${t.process}\0${t.test}`);
    const mine = spans.get(`${t.process}\0${t.test}`);
    if (mine === void 0) continue;
    for (const [key, other] of spans) {
      const [process2, test] = key.split("\0");
      if (process2 !== t.process || test === t.test) continue;
      if (other.start < mine.end && mine.start < other.end) return true;
    }
  }
  return false;
}

// src/explain/probe-evidence.ts
var PROBE_SHARED = 0.85;
var PROBE_COLLISION = 0.9;
var MAX_FINDINGS2 = 5;
var MAX_NAMED = 5;
var CAUSE_OF = {
  port: "port-conflict",
  database: "shared-database",
  file: "shared-file-path",
  cwd: "shared-env-or-cwd",
  env: "shared-env-or-cwd"
};
function indexProbes(input) {
  const byFile = testsByFile(input.tests);
  const shared = /* @__PURE__ */ new Map();
  const touched = /* @__PURE__ */ new Map();
  const probed = /* @__PURE__ */ new Set();
  for (const run2 of input.runs) {
    if ((run2.probe?.records.length ?? 0) === 0) continue;
    probed.add(run2.record.id);
    const attribution = attributionFor(run2, byFile, input.projectDir, input.nodeIdOf);
    const found2 = sharedResources(run2, attribution, input);
    if (found2.length > 0) shared.set(run2.record.id, found2);
    if (run2.record.workers > 1) touched.set(run2.record.id, touchesByTest(run2, attribution, input));
  }
  return { shared, touched, probed };
}
function failedParallelRuns(id, runs2, index) {
  return runs2.filter((r) => r.record.workers > 1 && index.probed.has(r.record.id) && outcomeOf(r, id) === "failed");
}
var MISSING = "ENOENT";
function probeFindings(id, runs2, index) {
  const merged = /* @__PURE__ */ new Map();
  for (const run2 of failedParallelRuns(id, runs2, index)) {
    for (const resource of index.shared.get(run2.record.id) ?? []) {
      const mine = resource.touches.filter((t) => t.test === id);
      if (mine.length === 0) continue;
      const entry = merged.get(resource.key) ?? { family: resource.family, label: resource.label, ops: /* @__PURE__ */ new Set(), mine: /* @__PURE__ */ new Set(), missing: false, held: true, runs: [], processes: 0, tests: /* @__PURE__ */ new Set(), workers: /* @__PURE__ */ new Set() };
      entry.runs.push(run2.record.id);
      if (!heldAlone(id, mine, resource)) entry.held = false;
      for (const t of mine) entry.mine.add(t.kind);
      if (mine.some((t) => t.kind === "read" && t.err === MISSING)) entry.missing = true;
      entry.processes = Math.max(entry.processes, resource.processes);
      for (const t of resource.touches) {
        entry.ops.add(t.kind);
        if (t.test !== id) entry.tests.add(t.test);
        if (entry.runs.length === 1) entry.workers.add(t.worker ?? t.process);
      }
      if (resource.err !== void 0) entry.err = resource.err;
      merged.set(resource.key, entry);
    }
  }
  return [...merged.values()].map((e) => ({
    finding: {
      resource: e.label,
      kind: e.family,
      ops: [...e.ops].sort(),
      runs: e.runs,
      processes: e.processes,
      tests: [...e.tests].filter((t) => !isFileLevel(t)).sort().slice(0, MAX_NAMED),
      ...e.err !== void 0 ? { err: e.err } : e.missing ? { err: MISSING } : {}
    },
    workers: [...e.workers].sort().slice(0, MAX_NAMED),
    others: [...e.tests].sort((x, y) => Number(isFileLevel(x)) - Number(isFileLevel(y)) || x.localeCompare(y)).slice(0, MAX_NAMED),
    consumer: (e.family === "file" || e.family === "database") && e.missing && [...e.mine].every((k) => k === "read"),
    heldPort: e.family === "port" && e.held
  })).sort((a, b) => b.finding.runs.length - a.finding.runs.length || b.finding.processes - a.finding.processes || a.finding.resource.localeCompare(b.finding.resource)).slice(0, MAX_FINDINGS2);
}
function heldAlone(id, mine, resource) {
  if (resource.family !== "port") return false;
  const listens = mine.filter((t) => t.kind === "listen");
  if (listens.length === 0 || listens.some((t) => t.err !== void 0)) return false;
  const mineProcesses = new Set(listens.map((t) => t.process));
  return !resource.touches.some((t) => t.test !== id && t.kind === "connect" && !mineProcesses.has(t.process));
}
function probeClues(sightings, failedRuns, display) {
  const collided = sightings.some((s) => s.finding.kind === "port" && !s.heldPort);
  return sightings.flatMap(({ finding: f, workers, others, consumer, heldPort }) => {
    if (heldPort && collided) return [];
    if (heldPort) {
      const text = `this test bound ${f.resource} in ${f.runs.length === 1 ? "the run" : `all ${f.runs.length} runs`} where the probe saw it shared and it failed in parallel, never refused, and no test in another process connected to it: the collision refused ${f.tests.length === 0 ? "another test" : display(f.tests[0] ?? "")}'s bind, it does not explain this failure`;
      return [against("port-conflict", text)];
    }
    const share = failedRuns === 0 ? 0 : Math.min(1, f.runs.length / failedRuns);
    const base = f.err === void 0 ? PROBE_SHARED : PROBE_COLLISION;
    return [{
      causes: [consumer ? "order-dependence" : CAUSE_OF[f.kind]],
      weight: Math.round(base * (0.6 + 0.4 * share) * 1e3) / 1e3,
      role: "direct",
      ambiguous: false,
      group: "probe",
      evidence: { kind: "probe", text: describeFinding({ ...f, tests: others }, workers, failedRuns, display, consumer) }
    }];
  });
}
function describeFinding(f, workers, failedRuns, display, consumer = false) {
  const run2 = f.runs[0] ?? "?";
  const more = f.runs.length > 1 ? ` and ${f.runs.length - 1} more of the ${failedRuns} runs where it failed in parallel` : failedRuns > 1 ? ` (1 of the ${failedRuns} runs where it failed in parallel)` : "";
  const who = workers.length > 0 ? ` (${workers.join("/")})` : "";
  const others = f.tests.length === 0 ? "" : `, by this test and ${f.tests.slice(0, 3).map(display).join(", ")}${f.tests.length > 3 ? ` and ${f.tests.length - 3} more` : ""}`;
  const err = f.err === void 0 ? "" : `; ${f.ops.includes("listen") ? "a bind" : "an operation"} failed with ${f.err}`;
  if (f.kind === "cwd" || f.kind === "env") {
    return `${f.resource} was changed (${f.ops.join(", ")}) while another test ran in the same process, in run ${run2}${more}${others}`;
  }
  const processes = `${f.processes} worker process${f.processes === 1 ? "" : "es"}`;
  if (consumer) {
    const writers = f.tests.length === 0 ? "another test" : `${f.tests.slice(0, 3).map(display).join(", ")}${f.tests.length > 3 ? ` and ${f.tests.length - 3} more` : ""}`;
    return `${capitalise(f.resource)} is only read by this test and ${verbOf({ ...f, ops: f.ops.filter((op) => op !== "read") })} by ${writers} in another worker process; it was missing (${MISSING}) when this test read it in run ${run2}${more}${who}: the test needs a file another test creates`;
  }
  return `${capitalise(f.resource)} was ${verbOf(f)} by ${processes} in run ${run2}${more}${who}${others}${err}`;
}
function verbOf(f) {
  if (f.kind === "port") return f.ops.includes("listen") ? f.ops.includes("connect") ? "bound and connected to" : "bound" : "connected to";
  if (f.kind === "database") return f.ops.includes("sqlite") ? "opened as a SQLite database" : "written";
  const verbs = f.ops.map((op) => op === "write" ? "written" : op === "remove" ? "removed" : op === "mkdir" ? "created" : op);
  return [...new Set(verbs)].join(" and ");
}
function capitalise(text) {
  return text.startsWith("/") ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
var PROBE_REFUTES = 0.5;
function probeAgainst(id, own, sightings, runs2, index) {
  const failing = failedParallelRuns(id, runs2, index);
  const used = /* @__PURE__ */ new Set();
  let seenIn = 0;
  for (const run2 of failing) {
    const keys = index.touched.get(run2.record.id)?.get(id);
    if (keys === void 0 || keys.size === 0) continue;
    seenIn += 1;
    for (const k of keys) used.add(k);
  }
  if (failing.length === 0 || seenIn * 2 < failing.length) return [];
  const families = new Set(sightings.map((s) => s.finding.kind));
  const clues = [];
  const sample = `in ${seenIn} of the ${failing.length} runs where it failed in parallel`;
  const ports = [...used].filter((k) => k.startsWith("port:")).map((k) => k.slice(5));
  const portClaims = own.filter((f) => f.cause === "port-conflict");
  const claimedPorts = [...new Set(portClaims.map((f) => (f.resource ?? "").slice(5)))];
  const numeric = portClaims.every((f) => /^port:\d+$/.test(f.resource ?? ""));
  if (!families.has("port") && ports.length > 0 && portClaims.length > 0 && numeric && !claimedPorts.some((p) => ports.includes(p))) {
    clues.push(against("port-conflict", `the probe saw this test use port ${list2(ports)} ${sample}, never port ${list2(claimedPorts)} that its source names, and no port shared with another test`));
  }
  const paths = [...used].filter((k) => k.startsWith("path:")).map((k) => k.slice(5));
  const fileClaims = own.filter((f) => f.cause === "shared-file-path");
  const claimedPaths = fileClaims.map((f) => pathClaim(f.resource));
  if (!families.has("file") && paths.length > 0 && claimedPaths.length > 0 && claimedPaths.every((c) => c !== null) && !claimedPaths.some((c) => c !== null && paths.some(c))) {
    const named = [...new Set(fileClaims.map((f) => (f.resource ?? "").replace(/^(?:path|tmp):/, "")))];
    clues.push(against("shared-file-path", `the probe saw this test use ${paths.length} file path(s) ${sample}, none of them ${list2(named)} that its source names, and none shared with another test`));
  }
  return clues;
}
function against(cause, text) {
  return { causes: [cause], weight: PROBE_REFUTES, role: "against", ambiguous: false, group: "probe-refutes", evidence: { kind: "probe", text } };
}
function pathClaim(resource) {
  if (resource === void 0) return null;
  if (resource.startsWith("path:/")) {
    const p = resource.slice(5).replace(/\/+$/, "");
    return (r) => r === p || r.startsWith(`${p}/`) || p.startsWith(`${r}/`);
  }
  if (resource.startsWith("tmp:")) {
    const name = resource.slice(4).replace(/^\/+|\/+$/g, "");
    return name === "" ? null : (r) => r.endsWith(`/${name}`) || r.includes(`/${name}/`);
  }
  return null;
}
function list2(items) {
  return items.length <= 3 ? items.join(", ") : `${items.slice(0, 3).join(", ")} and ${items.length - 3} more`;
}

// src/explain/index.ts
var MAX_PEERS = 10;
function explain(input) {
  const sources = /* @__PURE__ */ new Map();
  for (const [path, text] of input.sources) {
    const p = normalisePath(path);
    if (p !== null) sources.set(p, text);
  }
  const byId = new Map(input.tests.map((t) => [t.id, t]));
  const files = input.files ?? [...sources.keys()];
  const scans = /* @__PURE__ */ new Map();
  const scan = (test) => {
    let found2 = scans.get(test.id);
    if (found2 === void 0) {
      found2 = scanTest(test, input.ecosystem, sources, files);
      scans.set(test.id, found2);
    }
    return found2;
  };
  const probes = indexProbes({ runs: input.runs, tests: input.tests, projectDir: input.projectDir ?? null, ignoreDirs: input.ignoreDirs ?? [], nodeIdOf: input.pytestNodeId ?? null });
  const display = (id) => byId.get(id)?.display ?? fileLevelLabel(id) ?? id;
  return input.tests.map((test) => {
    if (!EXPLAINED.has(test.verdict)) return { ...test, causes: [] };
    const sightings = probeFindings(test.id, input.runs, probes);
    const failed = sightings.length === 0 ? 0 : failedParallelRuns(test.id, input.runs, probes).length;
    const probeClueList = probeClues(sightings, failed, display);
    const findings = sightings.map((s) => s.finding);
    const partners = (test.partners ?? []).length > 0 ? [] : [...new Set(findings.flatMap((f) => f.tests))].sort().slice(0, 5);
    return {
      ...test,
      ...findings.length > 0 ? { probe: findings } : {},
      ...partners.length > 0 ? { partners } : {},
      causes: explainOne(test, input, byId, scan, probeClueList, (own) => probeAgainst(test.id, own, sightings, input.runs, probes))
    };
  });
}
function explainOne(test, input, byId, scan, probeClueList = [], refutedBy = () => []) {
  const texts = failureTexts(test.id, input.runs);
  const matches = matchSignatures(texts);
  const own = scan(test);
  const found2 = discriminate({ test, runs: input.runs, clusters: input.clusters, cores: input.cores, partners: input.partners });
  const peers = found2.peers.slice(0, MAX_PEERS).map((id) => byId.get(id)).filter((p) => p !== void 0).map((p) => [p.id, scan(p)]);
  const ecosystem = ecosystemOf(test, input.ecosystem);
  return rank(
    [
      ...signatureClues(matches),
      ...sourceClues(own, ecosystem),
      ...sharedResourceClues(own, peers),
      ...messageResourceClues(own, texts.filter((t) => t.origin === "case").map((t) => t.text)),
      ...partnerWriteClues(peers, new Set(input.partners?.[test.id] ?? []), sharesProcess(test)),
      ...found2.clues,
      ...probeClueList,
      ...refutedBy(own)
    ],
    ecosystem,
    input.framework ?? null
  );
}
function scanTest(test, ecosystem, sources, files) {
  const path = testFileOf(test);
  const text = path === null ? void 0 : sources.get(path);
  if (path === null || text === void 0) return [];
  const listed2 = new Set(files);
  const texts = (paths) => paths.flatMap((p) => {
    const t = sources.get(p);
    return t === void 0 ? [] : [{ path: p, text: t }];
  });
  return scanSource({
    file: { path, text },
    testName: test.name,
    classname: test.classname,
    ecosystem,
    support: texts(supportFilesFor(path, ecosystem)),
    helpers: texts(helperFilesOf(path, sources, listed2)),
    library: texts(libraryFilesOf(path, sources, listed2)),
    packageFiles: texts(packageFilesFor(path, files)),
    buildConfig: texts(buildConfigFilesFor(path))
  });
}
function ecosystemOf(test, fallback) {
  if (fallback !== "unknown") return fallback;
  return ecosystemOfPath(testFileOf(test) ?? "") ?? "unknown";
}
function sharesProcess(test) {
  return /\.(?:go|java|kt)$/.test(testFileOf(test) ?? "");
}

// src/frameworks/detect.ts
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/frameworks/package-json.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function readPackageManifest(cwd) {
  let value;
  try {
    value = JSON.parse(await readFile(join(cwd, "package.json"), "utf8"));
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const dependencies = /* @__PURE__ */ new Map();
  for (const field of ["devDependencies", "dependencies"]) {
    const deps = value[field];
    if (!isRecord(deps)) continue;
    for (const name of Object.keys(deps)) if (!dependencies.has(name)) dependencies.set(name, field);
  }
  const scripts = value["scripts"];
  const test = isRecord(scripts) ? scripts["test"] : void 0;
  return { dependencies, testScript: typeof test === "string" ? test : "", keys: new Set(Object.keys(value)) };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/frameworks/detect.ts
var DETECTION_PRIORITY = ["pytest", "jest", "vitest", "mocha", "node", "go"];
var FRAMEWORK_LABELS = {
  pytest: "pytest",
  jest: "Jest",
  vitest: "Vitest",
  mocha: "Mocha",
  node: "node:test",
  go: "Go"
};
var FRAMEWORK_ECOSYSTEM = {
  pytest: "python",
  jest: "javascript",
  vitest: "javascript",
  mocha: "javascript",
  node: "javascript",
  go: "go"
};
async function detectFrameworks(cwd) {
  const found2 = [...await pythonEvidence(cwd), ...jsEvidence(cwd, await readPackageManifest(cwd))];
  if (existsSync2(join2(cwd, "go.mod"))) found2.push({ name: "go", strength: 2, via: "go.mod" });
  const best = /* @__PURE__ */ new Map();
  for (const detection of found2) {
    const previous = best.get(detection.name);
    if (previous === void 0 || detection.strength > previous.strength) best.set(detection.name, detection);
  }
  return [...best.values()].sort(
    (a, b) => b.strength - a.strength || DETECTION_PRIORITY.indexOf(a.name) - DETECTION_PRIORITY.indexOf(b.name)
  );
}
var PYTHON_DEPENDENCY_FILES = [
  "tox.ini",
  "pyproject.toml",
  "setup.py",
  "Pipfile",
  "requirements.txt",
  "requirements-dev.txt",
  "requirements-test.txt",
  "dev-requirements.txt",
  "test-requirements.txt"
];
async function pythonEvidence(cwd) {
  const read = (name) => readFile2(join2(cwd, name), "utf8").catch(() => null);
  const [pyproject, setupCfg, toxIni] = await Promise.all([read("pyproject.toml"), read("setup.cfg"), read("tox.ini")]);
  const found2 = [];
  const add = (strength2, via) => {
    found2.push({ name: "pytest", strength: strength2, via });
  };
  for (const file of ["pytest.ini", ".pytest.ini"]) if (existsSync2(join2(cwd, file))) add(2, file);
  if (pyproject !== null && /^\[tool\.pytest/m.test(pyproject)) add(2, "pyproject.toml [tool.pytest.ini_options]");
  if (setupCfg !== null && /^\[tool:pytest\]/m.test(setupCfg)) add(2, "setup.cfg [tool:pytest]");
  if (toxIni !== null && /^\[pytest\]/m.test(toxIni)) add(2, "tox.ini [pytest]");
  for (const file of ["conftest.py", "tests/conftest.py", "test/conftest.py"]) if (existsSync2(join2(cwd, file))) add(2, file);
  const mentions2 = await Promise.all(PYTHON_DEPENDENCY_FILES.map(async (file) => ({ file, text: await read(file) })));
  for (const { file, text } of mentions2) if (text !== null && /\bpytest\b/.test(text)) add(1, file);
  return found2;
}
var JS_CONFIG_FILES = {
  jest: ["jest.config.js", "jest.config.ts", "jest.config.mjs", "jest.config.cjs", "jest.config.json"],
  vitest: ["vitest.config.ts", "vitest.config.mts", "vitest.config.js", "vitest.config.mjs", "vitest.config.cjs", "vitest.workspace.ts"],
  mocha: [".mocharc.js", ".mocharc.cjs", ".mocharc.json", ".mocharc.jsonc", ".mocharc.yaml", ".mocharc.yml"]
};
var SCRIPT_PATTERNS = [
  { name: "vitest", pattern: /(?:^|[\s/])vitest\b/ },
  { name: "jest", pattern: /(?:^|[\s/])jest\b/ },
  { name: "mocha", pattern: /(?:^|[\s/])mocha\b/ },
  { name: "node", pattern: /(?:^|\s)node\s(?:[^&|;]*\s)?--test\b/ },
  { name: "pytest", pattern: /(?:^|[\s/])pytest\b/ },
  { name: "go", pattern: /(?:^|\s)go\s+test\b/ }
];
function jsEvidence(cwd, manifest) {
  const found2 = [];
  if (manifest !== null && manifest.testScript !== "") {
    for (const { name, pattern } of SCRIPT_PATTERNS) {
      if (pattern.test(manifest.testScript)) found2.push({ name, strength: 3, via: `package.json scripts.test ("${manifest.testScript}")` });
    }
  }
  for (const name of ["jest", "vitest", "mocha"]) {
    const config = JS_CONFIG_FILES[name].find((file) => existsSync2(join2(cwd, file)));
    if (config !== void 0) found2.push({ name, strength: 2, via: config });
    else if (name !== "vitest" && manifest?.keys.has(name)) found2.push({ name, strength: 2, via: `package.json "${name}"` });
    const field = manifest?.dependencies.get(name);
    if (field !== void 0) found2.push({ name, strength: 1, via: `package.json ${field}` });
  }
  return found2;
}

// src/frameworks/choose-framework.ts
var STRENGTH_WORDS = {
  3: "the test script runs it",
  2: "it has its own config file",
  1: "it is a dependency"
};
function chooseFramework(detections, cwd) {
  const [chosen, ...others] = detections;
  if (chosen === void 0) {
    throw new SetupError(
      `framework auto found no test framework in ${cwd} (looked for pytest.ini, pyproject.toml [tool.pytest.ini_options], setup.cfg [tool:pytest], tox.ini, conftest.py, requirements*.txt, package.json jest/vitest/mocha/node --test, go.mod)`,
      `set framework to one of ${DETECTION_PRIORITY.join(", ")} (--framework, or the action input framework), or use framework custom with a command containing {workers} and {junit}`
    );
  }
  let reason = `detected ${FRAMEWORK_LABELS[chosen.name]} via ${chosen.via}`;
  if (others.length > 0) {
    const list3 = others.map((other) => `${FRAMEWORK_LABELS[other.name]} (${other.via})`).join(", ");
    const why = others[0]?.strength === chosen.strength ? `equally strong evidence, so by priority ${DETECTION_PRIORITY.join(" > ")}` : `the strongest evidence: ${STRENGTH_WORDS[chosen.strength]}`;
    reason += `; also found ${list3}; chose ${FRAMEWORK_LABELS[chosen.name]} by ${why}; set framework to choose another`;
  }
  return { name: chosen.name, reason };
}

// src/frameworks/python-probe-env.ts
import { delimiter, dirname } from "node:path";

// src/frameworks/asset-path.ts
import { existsSync as existsSync3 } from "node:fs";
import { fileURLToPath } from "node:url";
function locateAsset(name, from = import.meta.url) {
  const candidates = [`./assets/${name}`, `../assets/${name}`].map((relative4) => fileURLToPath(new URL(relative4, from)));
  const found2 = candidates.find((candidate) => existsSync3(candidate));
  if (found2 === void 0) {
    throw new SetupError(
      `flakegate's helper file ${name} is missing (looked in ${candidates.join(" and ")})`,
      "reinstall flakegate, or run `npm run bundle` so that dist/assets/ is next to dist/cli.js"
    );
  }
  return found2;
}

// src/frameworks/python-probe-env.ts
var PYTEST_PLUGIN_MODULE = "flakegate_pytest";
var PYTEST_PLUGIN_ASSET = "flakegate_pytest.py";
function pythonProbeEnv(env, pluginDir = dirname(locateAsset(PYTEST_PLUGIN_ASSET))) {
  const plugins = (env["PYTEST_PLUGINS"] ?? "").split(",").map((p) => p.trim()).filter((p) => p !== "");
  const path = (env["PYTHONPATH"] ?? "").split(delimiter).filter((p) => p !== "");
  return {
    PYTEST_PLUGINS: (plugins.includes(PYTEST_PLUGIN_MODULE) ? plugins : [...plugins, PYTEST_PLUGIN_MODULE]).join(","),
    PYTHONPATH: (path.includes(pluginDir) ? path : [pluginDir, ...path]).join(delimiter)
  };
}

// src/frameworks/safe-args.ts
var MAX_PASSABLE_ID_CHARS = 8192;
function unpassableId(id) {
  if (id.includes("\0")) return "it contains a NUL character, which no command line can carry";
  if (id.length > MAX_PASSABLE_ID_CHARS) return `it is ${id.length} characters long (at most ${MAX_PASSABLE_ID_CHARS} go on a command line)`;
  return null;
}
function pathArgument(path) {
  if (path.startsWith("/") || path.startsWith("./") || path.startsWith("../")) return path;
  return `./${path}`;
}
function looksLikeOption(word) {
  return /^[-+@]/.test(word);
}

// src/frameworks/custom.ts
function resolveCustom(config, reason, parentEnv = process.env, runtimeProbe) {
  if (config.command === null) {
    throw new SetupError("framework custom needs a command template", 'pass --command "<your test command with {workers} and {junit}>" (action input command)');
  }
  const parsed = parseTemplate(config.command);
  if (!parsed.ok) throw new SetupError(parsed.error, "fix the command template: it needs {workers} and {junit}, and {tests} for reruns");
  const { template } = parsed;
  const runner = guessRunner(template.source);
  return {
    name: "custom",
    ecosystem: runner?.ecosystem ?? "unknown",
    template: template.source,
    capabilities: {
      subsetReruns: template.supportsSubset,
      // The ids reach the command verbatim: no runner is known to rerun them in a given order.
      orderReplay: false,
      testSelection: template.supportsSubset ? "test-ids" : "none",
      parallelUnit: "unknown",
      ...runner?.workerEnvVar === void 0 ? {} : { workerEnvVar: runner.workerEnvVar },
      ...runtimeProbe === void 0 ? {} : { runtimeProbe }
    },
    reason,
    // The ids reach the command verbatim as arguments; flakegate cannot know how it parses them,
    // so an id that a parser could read as an option or an @file is never passed.
    cannotPass: (id) => unpassableId(id) ?? (looksLikeOption(id) ? `it starts with '${id[0] ?? ""}', so the command could read it as an option or an arguments file` : null),
    buildCommand(ctx) {
      const cmd = buildTemplateCommand(template, ctx);
      if (ctx.probeDir === void 0) return cmd;
      return { ...cmd, env: { ...cmd.env, ...pythonProbeEnv({ ...parentEnv, ...cmd.env }) } };
    }
  };
}
var RUNNERS = [
  { pattern: /\bpytest\b/, guess: { ecosystem: "python", workerEnvVar: "PYTEST_XDIST_WORKER" } },
  { pattern: /(?:^|[\s/])jest\b/, guess: { ecosystem: "javascript", workerEnvVar: "JEST_WORKER_ID" } },
  { pattern: /\bvitest\b/, guess: { ecosystem: "javascript", workerEnvVar: "VITEST_POOL_ID" } },
  { pattern: /\bmocha\b/, guess: { ecosystem: "javascript", workerEnvVar: "MOCHA_WORKER_ID" } },
  { pattern: /\b(?:node|npm|npx|pnpm|yarn|bun|deno)\b/, guess: { ecosystem: "javascript" } },
  { pattern: /\b(?:go test|gotestsum)\b/, guess: { ecosystem: "go" } },
  { pattern: /\b(?:python3?|tox|nox|uv)\b/, guess: { ecosystem: "python" } },
  { pattern: /\b(?:mvn|mvnw|gradle|gradlew)\b/, guess: { ecosystem: "java" } },
  { pattern: /\bcargo\b/, guess: { ecosystem: "rust" } },
  { pattern: /\b(?:rspec|rake|bundle exec)\b/, guess: { ecosystem: "ruby" } },
  { pattern: /\bdotnet\b/, guess: { ecosystem: "dotnet" } }
];
function guessRunner(template) {
  return RUNNERS.find(({ pattern }) => pattern.test(template))?.guess;
}

// src/frameworks/go.ts
import { execFile as execFile2 } from "node:child_process";

// src/frameworks/regex-escape.ts
function escapeRegExp2(text) {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
function escapeTestName(text) {
  return escapeRegExp2(text).replace(/ /g, "\\s+");
}
function joinedTitlesPattern(titles, separator) {
  return titles.map(escapeTestName).join(`(?:\\s+|${escapeTestName(separator)})`);
}
function escapeGoRegExp(text) {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}
function anchoredAlternation(patterns) {
  return `^(?:${[...new Set(patterns)].join("|")})$`;
}

// src/frameworks/test-id-parts.ts
var SEPARATOR = "::";
function splitTestId(id) {
  const first = id.indexOf(SEPARATOR);
  if (first < 0) return { file: "", classname: "", name: id };
  const second = id.indexOf(SEPARATOR, first + SEPARATOR.length);
  if (second < 0) return { file: "", classname: id.slice(0, first), name: id.slice(first + SEPARATOR.length) };
  return {
    file: id.slice(0, first),
    classname: id.slice(first + SEPARATOR.length, second),
    name: id.slice(second + SEPARATOR.length)
  };
}
function testIdParts(ref) {
  if (typeof ref === "string") return splitTestId(ref);
  return { file: ref.file ?? "", classname: ref.classname, name: ref.name };
}
function unique(values) {
  return [...new Set(values)];
}

// src/frameworks/go.ts
async function resolveGo(config, log, reason) {
  if (!await runs("gotestsum", ["--version"], config.cwd)) {
    throw new SetupError(
      "gotestsum is not installed (framework go reads results as JUnit XML, which `go test` does not write)",
      "go install gotest.tools/gotestsum@latest (and make sure $(go env GOPATH)/bin is on PATH)"
    );
  }
  log.debug("go: using gotestsum for JUnit output");
  return createGoPreset(reason);
}
function createGoPreset(reason) {
  const args = (workers, junit, goArgs) => [
    `--junitfile=${junit}`,
    "--format=standard-quiet",
    "--",
    "-count=1",
    `-p=${workers}`,
    `-parallel=${workers}`,
    ...goArgs
  ];
  return {
    name: "go",
    ecosystem: "go",
    template: displayTemplate("gotestsum", args("{workers}", "{junit}", ["./..."])),
    capabilities: CAPABILITIES.go,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx) {
      const argv = args(String(ctx.workers), ctx.junitPath, goSelection(ctx.tests));
      return { file: "gotestsum", args: argv, env: {}, display: displayCommand("gotestsum", argv) };
    },
    runnerArguments: (ctx) => ({ args: args(String(ctx.workers), ctx.junitPath, goSelection(ctx.tests)), env: {} })
  };
}
function goSelection(tests) {
  if (tests === void 0 || tests.length === 0) return ["./..."];
  const parts = tests.map((id) => testIdParts(id));
  const names = unique(parts.map(({ name }) => name.split("/")[0] ?? name));
  const packages = unique(parts.map(({ classname }) => classname));
  const run2 = `-run=^(?:${names.map(escapeGoRegExp).join("|")})$`;
  return packages.every(isImportPath) ? [run2, ...packages] : [run2, "./..."];
}
function isImportPath(pkg) {
  if (!/^[A-Za-z0-9_~+][A-Za-z0-9_.~+/-]{0,499}$/.test(pkg) || pkg.includes("...")) return false;
  if (pkg === "std" || pkg === "all" || pkg === "cmd" || pkg.startsWith("cmd/")) return false;
  return pkg.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
function runs(file, args, cwd) {
  return new Promise((resolve3) => {
    execFile2(file, args, { cwd, timeout: 3e4, windowsHide: true }, (error) => resolve3(error === null));
  });
}

// src/frameworks/jest.ts
import { basename, dirname as dirname2 } from "node:path";

// src/frameworks/js-runner.ts
import { existsSync as existsSync4 } from "node:fs";
import { createRequire } from "node:module";
import { join as join3 } from "node:path";
function detectJsRunner(cwd) {
  const pnp = existsSync4(join3(cwd, ".pnp.cjs")) || existsSync4(join3(cwd, ".pnp.js"));
  if (existsSync4(join3(cwd, "pnpm-lock.yaml"))) return { manager: "pnpm", file: "pnpm", prefix: ["exec"], pnp };
  if (existsSync4(join3(cwd, "yarn.lock"))) return { manager: "yarn", file: "yarn", prefix: [], pnp };
  return { manager: "npm", file: "npx", prefix: ["--no", "--"], pnp };
}
function canResolve(cwd, name) {
  try {
    createRequire(join3(cwd, "package.json")).resolve(`${name}/package.json`);
    return true;
  } catch {
    try {
      createRequire(join3(cwd, "package.json")).resolve(name);
      return true;
    } catch {
      return false;
    }
  }
}
function installHint(runner, packages) {
  const list3 = packages.join(" ");
  switch (runner.manager) {
    case "pnpm":
      return `pnpm add --save-dev ${list3}`;
    case "yarn":
      return `yarn add --dev ${list3}`;
    case "npm":
      return `npm install --save-dev ${list3}`;
  }
}

// src/frameworks/js-preset-check.ts
function requirePackages(runner, cwd, packages, why, log) {
  if (runner.pnp) {
    log.debug(`Yarn Plug'n'Play project: not checking that ${packages.join(", ")} ${packages.length > 1 ? "are" : "is"} installed`);
    return;
  }
  const missing = packages.filter((name) => !canResolve(cwd, name));
  if (missing.length === 0) return;
  throw new SetupError(`${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not installed in ${cwd} (${why})`, installHint(runner, missing));
}

// src/frameworks/script-args.ts
function extraScriptArgs(testScript, runner, ignored = [], marker) {
  for (const command of testScript.split(/&&|\|\||;|\|/)) {
    const words = command.trim().split(/\s+/);
    const at = words.findIndex((word) => word === runner || word.endsWith(`/${runner}`));
    if (at < 0 || marker !== void 0 && !words.includes(marker)) continue;
    const rest = words.slice(at + 1).filter((word) => !ignored.includes(word));
    return rest.length > 0 ? rest.join(" ") : null;
  }
  return null;
}
async function warnAboutScriptArgs(cwd, runner, ignored, log, marker) {
  const manifest = await readPackageManifest(cwd);
  const extra = manifest === null ? null : extraScriptArgs(manifest.testScript, runner, ignored, marker);
  if (extra === null) return;
  log.warn(
    `package.json scripts.test passes "${extra}" to ${runner}, which flakegate does not pass on; if the tests need it, use framework custom with a command containing {workers} and {junit}`
  );
}

// src/frameworks/retries.ts
import { readFile as readFile4 } from "node:fs/promises";
import { join as join5 } from "node:path";

// src/frameworks/project-files.ts
import { readdir, readFile as readFile3, stat } from "node:fs/promises";
import { join as join4, relative } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", "dist", "build", "coverage", "vendor", "venv", "__pycache__", "target"]);
var MAX_FILES = 5e3;
var MAX_FILE_BYTES = 512 * 1024;
var MAX_DEPTH = 12;
async function readProjectFiles(cwd, include) {
  const out = [];
  const walk = async (dir, depth) => {
    if (depth > MAX_DEPTH || out.length >= MAX_FILES) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return;
      const path = join4(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && !SKIPPED_DIRS.has(entry.name)) await walk(path, depth + 1);
      } else if (entry.isFile() && include(entry.name)) {
        const size3 = await stat(path).then((s) => s.size, () => Infinity);
        if (size3 > MAX_FILE_BYTES) continue;
        const text = await readFile3(path, "utf8").catch(() => null);
        if (text !== null) out.push({ path: relative(cwd, path).split("\\").join("/"), text });
      }
    }
  };
  await walk(cwd, 0);
  return out;
}

// src/frameworks/retries.ts
var JS_SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
var JS_TEST = /\.(?:test|spec)\.(?:[cm]?[jt]s|[jt]sx)$/;
var GUARD = "guard it for flakegate's runs, which set FLAKEGATE=1 (e.g. `if (!process.env.FLAKEGATE) ...`)";
function found(files, pattern, setting2) {
  return files.filter((f) => pattern.test(f.text)).map((f) => ({ where: f.path, ...setting2 }));
}
async function readNamed(cwd, names) {
  const texts = await Promise.all(names.map((name) => readFile4(join5(cwd, name), "utf8").then((text) => ({ path: name, text }), () => null)));
  return texts.filter((f) => f !== null);
}
var PYTEST_OFF = "off for flakegate's runs: its pytest plugin sets --reruns to 0 and removes flaky markers";
async function pytestRetries(cwd, configFiles, env) {
  const configs = await readNamed(cwd, configFiles);
  const settings = [
    ...found(configs, /--reruns\b|^\s*reruns\s*=/m, { setting: "reruns", disabled: true, how: PYTEST_OFF }),
    .../--reruns\b/.test(env["PYTEST_ADDOPTS"] ?? "") ? [{ where: "PYTEST_ADDOPTS", setting: "--reruns", disabled: true, how: PYTEST_OFF }] : []
  ];
  const code = await readProjectFiles(cwd, (name) => name.endsWith(".py"));
  return [...settings, ...found(code, /\bmark\.flaky\s*\(/, { setting: "flaky marker", disabled: true, how: PYTEST_OFF })];
}
async function jestRetries(cwd) {
  const code = await readProjectFiles(cwd, (name) => JS_SOURCE.test(name));
  return found(code, /\bretryTimes\s*\(/, {
    setting: "jest.retryTimes",
    disabled: false,
    how: `still on: Jest has no command-line switch that overrides jest.retryTimes, so a test that passes on a retry counts as passed; ${GUARD}`
  });
}
var VITEST_CONFIGS = ["vitest.config", "vite.config", "vitest.workspace"].flatMap((base) => ["ts", "mts", "cts", "js", "mjs", "cjs"].map((ext) => `${base}.${ext}`));
async function vitestRetries(cwd) {
  const configs = await readNamed(cwd, VITEST_CONFIGS);
  const tests = await readProjectFiles(cwd, (name) => JS_TEST.test(name));
  return [
    ...found(configs, /\bretry\s*:/, { setting: "retry", disabled: true, how: "off for flakegate's runs: --retry=0 on the command line" }),
    ...found(tests, /\bretry\s*:\s*[1-9]/, {
      setting: "retry (test option)",
      disabled: false,
      how: `still on: a test's or suite's own retry option wins over --retry=0; ${GUARD}`
    })
  ];
}
var MOCHA_CONFIGS = [".mocharc.js", ".mocharc.cjs", ".mocharc.mjs", ".mocharc.json", ".mocharc.jsonc", ".mocharc.yaml", ".mocharc.yml"];
async function mochaRetries(cwd) {
  const configs = await readNamed(cwd, MOCHA_CONFIGS);
  const manifest = (await readNamed(cwd, ["package.json"])).filter((f) => /"mocha"\s*:\s*\{[^}]*"retries"/s.test(f.text));
  const code = await readProjectFiles(cwd, (name) => JS_SOURCE.test(name));
  const off = { setting: "retries", disabled: true, how: "off for flakegate's runs: --retries=0 on the command line" };
  return [
    ...found(configs, /\bretries\b/, off),
    ...manifest.map((f) => ({ where: f.path, ...off })),
    ...found(code, /\bthis\.retries\s*\(\s*[1-9]/, {
      setting: "this.retries",
      disabled: false,
      how: `still on: this.retries(n) in a suite or test wins over --retries=0; ${GUARD}`
    })
  ];
}
function describeRetry(r) {
  return `retries: ${r.setting} in ${r.where} is ${r.how}`;
}

// src/frameworks/jest.ts
var JEST_ANCESTOR_SEPARATOR = " \u203A ";
async function resolveJest(config, log, reason, wrapped = false) {
  const runner = detectJsRunner(config.cwd);
  const why = "framework jest runs Jest with the jest-junit reporter: flakegate reads JUnit XML";
  requirePackages(runner, config.cwd, ["jest", "jest-junit"], why, log);
  if (!wrapped) await warnAboutScriptArgs(config.cwd, "jest", [], log);
  const preset = createJestPreset(runner, reason, { reporter: locateAsset(JEST_REPORTER_FILE), properties: locateAsset(JEST_PROPERTIES_FILE) });
  return { ...preset, retries: await jestRetries(config.cwd) };
}
var JEST_REPORTER_FILE = "flakegate-jest-reporter.cjs";
var JEST_PROPERTIES_FILE = "flakegate-jest-properties.cjs";
function createJestPreset(runner, reason, timing) {
  const fixedArgs = (workers) => [
    ...runner.prefix,
    "jest",
    "--ci",
    "--no-cache",
    workers,
    // `default` keeps the familiar console output in the run's output tail. `--reporters` takes
    // every following bare word as another reporter, so only flags may come next (file paths
    // follow the boolean `--runTestsByPath`).
    "--reporters=default",
    // Before jest-junit: Jest runs reporters' onRunComplete in order, and jest-junit reads what
    // ours recorded while it writes the report.
    ...timing ? [`--reporters=${timing.reporter}`] : [],
    "--reporters=jest-junit"
  ];
  const junitEnv = (junit) => ({
    JEST_JUNIT_OUTPUT_FILE: junit,
    JEST_JUNIT_ADD_FILE_ATTRIBUTE: "true",
    JEST_JUNIT_REPORT_TEST_SUITE_ERRORS: "true",
    // classname = the describe chain, name = the test's own title: together Jest's full name.
    JEST_JUNIT_CLASSNAME: "{classname}",
    // A top-level test has an empty classname, which the parse stage fills from the suite name:
    // make that the file path, so "classname == file" reads back as "no describe".
    JEST_JUNIT_SUITE_NAME: "{filepath}",
    JEST_JUNIT_TITLE: "{title}",
    JEST_JUNIT_ANCESTOR_SEPARATOR: JEST_ANCESTOR_SEPARATOR,
    // A user's setting would write the report somewhere else: one fixed file per run.
    JEST_JUNIT_UNIQUE_OUTPUT_NAME: "false",
    // jest-junit joins directory and file, so an absolute file alone would not do.
    ...timing ? { JEST_JUNIT_TEST_CASE_PROPERTIES_DIR: dirname2(timing.properties), JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE: basename(timing.properties) } : {}
  });
  return {
    name: "jest",
    ecosystem: "javascript",
    template: displayTemplate(runner.file, fixedArgs("--maxWorkers={workers}"), junitEnv("{junit}")),
    capabilities: CAPABILITIES.jest,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx) {
      const args = [...fixedArgs(jestWorkerFlag(ctx.workers)), ...jestSelection(ctx.tests)];
      const env = junitEnv(ctx.junitPath);
      return { file: runner.file, args, env, display: displayCommand(runner.file, args, env) };
    },
    runnerArguments: (ctx) => ({ args: [...fixedArgs(jestWorkerFlag(ctx.workers)).slice(runner.prefix.length + 1), ...jestSelection(ctx.tests)], env: junitEnv(ctx.junitPath) })
  };
}
function jestWorkerFlag(workers) {
  return workers <= 1 ? "--runInBand" : `--maxWorkers=${workers}`;
}
function jestSelection(tests) {
  if (tests === void 0 || tests.length === 0) return [];
  const parts = tests.map((id) => testIdParts(id));
  const args = [`--testNamePattern=${anchoredAlternation(parts.map((part) => jestNamePattern(part)))}`];
  const files = unique(parts.map(({ file }) => file));
  if (files.every((file) => file !== "")) args.push("--runTestsByPath", ...files.map(pathArgument));
  return args;
}
function jestNamePattern(parts) {
  const { file, classname, name } = parts;
  const topLevel = classname === "" || file !== "" && classname.replace(/\\/g, "/") === file;
  const titles = topLevel ? [name] : [...classname.split(JEST_ANCESTOR_SEPARATOR), name];
  return joinedTitlesPattern(titles, JEST_ANCESTOR_SEPARATOR);
}

// src/frameworks/pseudo-tests.ts
var MOCHA_HOOK = /^("(?:before|after) (?:all|each)" hook(?::[^\n]{0,300}?)?)(?: (?:for|in) "[^\n]{0,500}")?$/;
var MOCHA_ROOT = "Mocha Tests";
var JEST_SUITE_FAILED = "Test suite failed to run";
var JEST_HOOK_FAILURE = /^Test execution failure: could be caused by test hooks like 'afterAll'\.?$/;
var PATH_LIKE = /^[\w@~+.-]{1,200}(?:\/[\w@~+.-]{1,200}){0,40}\.[cm]?[jt]sx?$/;
var PYTEST_COLLECTION = /^collection failure$|^ERROR collecting\b/;
var NODE_HOOK = /^([^\n]{1,2000}) > ((?:before|after) all hook)$/;
var NODE_CANCELLED = "test did not finish before its parent and was cancelled";
function isMochaHookName(name) {
  return MOCHA_HOOK.test(name);
}
function pseudoTestOf(c, names) {
  const hook = MOCHA_HOOK.exec(c.name);
  if (hook !== null) {
    const name = hook[1] ?? c.name;
    const root = c.classname === MOCHA_ROOT || c.classname === "";
    return {
      kind: "hook",
      name,
      governs: (t) => sameFile(c, t) && !MOCHA_HOOK.test(t.name) && (root || t.classname === c.classname || t.classname.startsWith(`${c.classname} `))
    };
  }
  const nodeHook = NODE_HOOK.exec(c.name);
  if (nodeHook !== null) {
    const prefix2 = `${nodeHook[1]} > `;
    return {
      kind: "hook",
      name: c.name,
      governs: (t) => sameFile(c, t) && t.classname === c.classname && t.name.startsWith(prefix2) && !NODE_HOOK.test(t.name),
      supersedes: (t) => t.message === NODE_CANCELLED
    };
  }
  if (c.classname === JEST_SUITE_FAILED) {
    const file = c.file ?? c.name;
    return { kind: "suite", name: c.name, governs: (t) => t.classname !== JEST_SUITE_FAILED && t.file !== void 0 && t.file === file };
  }
  if (JEST_HOOK_FAILURE.test(c.name)) {
    return { kind: "hook", name: c.name, governs: (t) => !JEST_HOOK_FAILURE.test(t.name) && c.file !== void 0 && t.file === c.file };
  }
  if (PATH_LIKE.test(c.classname) && c.name === c.classname) {
    return { kind: "suite", name: c.name, governs: (t) => t.classname === c.classname && t.name !== c.name };
  }
  const prefix = `${c.name} > `;
  if (PATH_LIKE.test(c.classname) && [...names.get(c.classname) ?? []].some((n) => n.startsWith(prefix))) {
    return { kind: "suite", name: c.name, governs: (t) => t.classname === c.classname && t.name.startsWith(prefix) };
  }
  if (PYTEST_COLLECTION.test(c.message ?? "") && c.classname === "" && /^[\w.]{1,500}$/.test(c.name)) {
    const module = c.name;
    const file = `${module.replace(/\./g, "/")}.py`;
    return {
      kind: "collection",
      name: c.name,
      governs: (t) => t.name !== module && (t.classname === module || t.classname.startsWith(`${module}.`) || t.file !== void 0 && t.file === (c.file ?? file))
    };
  }
  return null;
}
function sameFile(a, b) {
  return a.file === void 0 || b.file === void 0 || a.file === b.file;
}

// src/frameworks/mocha.ts
async function resolveMocha(config, log, reason, wrapped = false) {
  const runner = detectJsRunner(config.cwd);
  requirePackages(runner, config.cwd, ["mocha"], "framework mocha", log);
  if (!wrapped) await warnAboutScriptArgs(config.cwd, "mocha", [], log);
  return { ...createMochaPreset(runner, reason), retries: await mochaRetries(config.cwd) };
}
function createMochaPreset(runner, reason) {
  const args = (workers, junit, selection) => [
    ...runner.prefix,
    "mocha",
    ...workers,
    // Retries turn a parallel failure into a pass: off, whatever .mocharc says (retries.ts).
    "--retries=0",
    "--reporter=xunit",
    `--reporter-option=output=${junit}`,
    `--reporter-option=suiteName=${MOCHA_SUITE_NAME}`,
    ...selection
  ];
  return {
    name: "mocha",
    ecosystem: "javascript",
    template: displayTemplate(runner.file, args(["--parallel", "--jobs={workers}"], "{junit}", [])),
    capabilities: CAPABILITIES.mocha,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx) {
      const argv = args(mochaWorkerFlags(ctx.workers), ctx.junitPath, mochaSelection(ctx.tests));
      return { file: runner.file, args: argv, env: {}, display: displayCommand(runner.file, argv) };
    },
    runnerArguments: (ctx) => ({ args: args(mochaWorkerFlags(ctx.workers), ctx.junitPath, mochaSelection(ctx.tests)).slice(runner.prefix.length + 1), env: {} })
  };
}
function mochaWorkerFlags(workers) {
  return workers <= 1 ? [] : ["--parallel", `--jobs=${workers}`];
}
var MOCHA_SUITE_NAME = "Mocha Tests";
var GLOB_CHARS = /[*?[\]{}!()]/;
function mochaSelection(tests) {
  if (tests === void 0 || tests.length === 0) return [];
  const parts = tests.map((id) => testIdParts(id));
  const args = [`--grep=${anchoredAlternation(parts.flatMap(({ classname, name }) => mochaTitlePatterns(classname, name)))}`];
  const files = unique(parts.map(({ file }) => file));
  if (files.every((file) => file !== "" && !file.startsWith("-") && !GLOB_CHARS.test(file))) args.push(...files);
  return args;
}
function mochaTitlePatterns(classname, name) {
  if (isMochaHookName(name)) return classname === MOCHA_SUITE_NAME || classname === "" ? [".+"] : [`${escapeTestName(classname)} .+`];
  const full = escapeTestName(classname === "" ? name : `${classname} ${name}`);
  return classname === MOCHA_SUITE_NAME ? [escapeTestName(name), full] : [full];
}

// src/run/node-options.ts
function preloadOption(preload) {
  if (!preload.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(preload)) return { ok: false, problem: `its path ${JSON.stringify(preload)} is not absolute` };
  if (/["\\\u0000-\u001f\u007f]/.test(preload)) return { ok: false, problem: `its path ${JSON.stringify(preload)} holds a quote, a backslash or a control character, which NODE_OPTIONS cannot carry` };
  return { ok: true, option: `--require ${preload.includes(" ") ? `"${preload}"` : preload}` };
}
function nodeOptionsWithPreload(existing2, preload) {
  const checked = preloadOption(preload);
  if (!checked.ok) return existing2;
  const user = (existing2 ?? "").trim();
  return user === "" ? checked.option : `${user} ${checked.option}`;
}
var PROBE_PROJECT_ENV = "FLAKEGATE_PROBE_PROJECT";
function withNodeProbe(env, probeDir, nodePreload, projectDir) {
  if (nodePreload === void 0 || probeDir === void 0) return { ...env };
  const options = nodeOptionsWithPreload(env["NODE_OPTIONS"], nodePreload);
  return { ...env, ...options === void 0 ? {} : { NODE_OPTIONS: options }, [PROBE_PROJECT_ENV]: projectDir };
}

// src/frameworks/node-probe.ts
var NODE_PROBE_FILE = "flakegate-probe.cjs";
async function customRuntimeProbe(cwd) {
  const strongest = (await detectFrameworks(cwd))[0];
  if (strongest !== void 0) return FRAMEWORK_ECOSYSTEM[strongest.name] === "javascript" ? "node" : void 0;
  return await readPackageManifest(cwd) === null ? void 0 : "node";
}
function withNodePreload(preset, log, locate = locateAsset) {
  if (preset.capabilities.runtimeProbe !== "node") return preset;
  const preload = locate(NODE_PROBE_FILE);
  const checked = preloadOption(preload);
  if (!checked.ok) {
    log.warn(`resource probe: not loading the Node probe, ${checked.problem}; reinstall flakegate in a plainer directory to get it`);
    return preset;
  }
  return { ...preset, nodePreload: preload };
}

// src/frameworks/node-test.ts
import { pathToFileURL } from "node:url";
async function resolveNodeTest(config, log, reason, wrapped = false) {
  if (!wrapped) await warnAboutScriptArgs(config.cwd, "node", ["--test"], log, "--test");
  return createNodeTestPreset("node", reason, pathToFileURL(locateAsset(NODE_REPORTER_FILE)).href);
}
var NODE_REPORTER_FILE = "flakegate-node-junit.mjs";
function createNodeTestPreset(node, reason, reporter = "junit") {
  const args = (workers, junit, selection) => [
    "--test",
    `--test-concurrency=${workers}`,
    // One reporter per destination: spec for the output tail, junit for flakegate.
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    `--test-reporter=${reporter}`,
    `--test-reporter-destination=${junit}`,
    ...selection
  ];
  return {
    name: "node",
    ecosystem: "javascript",
    template: displayTemplate(node, args("{workers}", "{junit}", [])),
    capabilities: CAPABILITIES.node,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx) {
      const argv = args(String(Math.max(1, ctx.workers)), ctx.junitPath, nodeTestSelection(ctx.tests));
      return { file: node, args: argv, env: {}, display: displayCommand(node, argv) };
    },
    runnerArguments: (ctx) => ({ args: args(String(Math.max(1, ctx.workers)), ctx.junitPath, nodeTestSelection(ctx.tests)), env: {} })
  };
}
var GLOB_CHARS2 = /[*?[\]{}!()]/;
var NODE_TEST_NAME_SEPARATOR = " > ";
function nodeTestSelection(tests) {
  if (tests === void 0 || tests.length === 0) return [];
  const parts = tests.map((id) => testIdParts(id));
  const args = [`--test-name-pattern=${anchoredAlternation(parts.flatMap(({ name }) => nodeTestNamePatterns(name)))}`];
  const files = unique(parts.map(({ file }) => file));
  if (files.every((file) => file !== "" && !file.startsWith("-") && !GLOB_CHARS2.test(file))) args.push(...files);
  return args;
}
var DOUBLE_ESCAPED_QUOTE = "&quot;";
function nodeTestNamePatterns(name) {
  const titles = name.split(NODE_TEST_NAME_SEPARATOR);
  return titles.map((_, start) => joinedTitlesPattern(titles.slice(start), NODE_TEST_NAME_SEPARATOR)).reverse().map((pattern) => pattern.replaceAll(DOUBLE_ESCAPED_QUOTE, '(?:"|&quot;)'));
}

// src/frameworks/pytest.ts
import { delimiter as delimiter2, dirname as dirname3 } from "node:path";

// src/frameworks/pytest-node-id.ts
function pytestNodeId(ref) {
  const { file, classname, name } = testIdParts(ref);
  const path = file.replace(/\\/g, "/");
  if (path !== "") {
    const module = path.replace(/\.py$/, "").replace(/\//g, ".");
    if (classname === module || classname === "") return `${path}::${name}`;
    if (classname.startsWith(`${module}.`)) {
      return [path, ...classname.slice(module.length + 1).split("."), name].join("::");
    }
    return [path, ...guessClasses(classname.split(".")), name].join("::");
  }
  const segments = classname === "" ? [] : classname.split(".");
  const classes = guessClasses(segments);
  const modules = segments.slice(0, segments.length - classes.length);
  if (modules.length === 0) return [...classes, name].join("::");
  return [`${modules.join("/")}.py`, ...classes, name].join("::");
}
function guessClasses(segments) {
  const start = segments.findIndex((segment) => /^[A-Z]/.test(segment));
  return start < 0 ? [] : segments.slice(start);
}

// src/frameworks/pytest-options.ts
import { readFile as readFile5 } from "node:fs/promises";
import { join as join6 } from "node:path";
var PYTEST_CONFIG_FILES = ["pytest.ini", ".pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini"];
var CACHE_OPTIONS = /(?:^|[\s"'=])--(?:lf|last-failed|ff|failed-first|nf|new-first|lfnf|last-failed-no-failures|sw|stepwise|sw-skip|stepwise-skip|cache-show|cache-clear)\b|\bcache_dir\b/m;
var RANDOMLY = /randomly/;
async function pytestBlocks(cwd, env) {
  const texts = await Promise.all(PYTEST_CONFIG_FILES.map((name) => readFile5(join6(cwd, name), "utf8").catch(() => "")));
  return decidePytestBlocks([...texts, env["PYTEST_ADDOPTS"] ?? ""]);
}
function decidePytestBlocks(configTexts) {
  const text = configTexts.join("\n");
  const notes = [];
  const cacheprovider = !CACHE_OPTIONS.test(text);
  if (!cacheprovider) notes.push("keeping pytest's cacheprovider: the project's pytest options use it (--lf/--ff/--sw/cache_dir)");
  const randomly = !RANDOMLY.test(text);
  if (!randomly) notes.push("keeping pytest-randomly: the project's pytest options configure it, so test order varies per run");
  return { cacheprovider, randomly, notes };
}

// src/frameworks/python-interpreter.ts
import { execFile as execFile3 } from "node:child_process";
import { existsSync as existsSync5 } from "node:fs";
import { join as join7 } from "node:path";
var PROBE_SCRIPT = [
  "import json, sys",
  'r = {"executable": sys.executable, "pytest": None, "xdist": None}',
  'try:\n    import pytest\n    r["pytest"] = str(pytest.__version__)\nexcept Exception:\n    pass',
  'try:\n    import xdist\n    r["xdist"] = str(getattr(xdist, "__version__", "?"))\nexcept Exception:\n    pass',
  "print(json.dumps(r))"
].join("\n");
var PROBE_TIMEOUT_MS = 3e4;
function pythonCandidates(cwd, env) {
  const candidates = [
    env["FLAKEGATE_PYTHON"] ?? "",
    join7(cwd, ".venv", "bin", "python"),
    join7(cwd, "venv", "bin", "python"),
    "python3",
    "python",
    "/usr/bin/python3"
  ];
  return [...new Set(candidates.filter((candidate) => candidate !== ""))];
}
async function findPytestInterpreter(candidates, cwd, env) {
  const existing2 = candidates.filter((candidate) => !candidate.includes("/") || existsSync5(candidate));
  const answers = await Promise.all(existing2.map((candidate) => probePython(candidate, cwd, env)));
  const probes = answers.filter((probe) => probe !== null);
  for (const { candidate, executable, pytest, xdist } of probes) {
    if (pytest !== null && xdist !== null) return { candidate, executable, pytestVersion: pytest, xdistVersion: xdist };
  }
  const withPytest = probes.find((probe) => probe.pytest !== null);
  if (withPytest !== void 0) {
    throw new SetupError(
      `pytest-xdist is not installed for ${withPytest.executable} (found pytest ${withPytest.pytest}; flakegate runs tests with pytest -n <workers>)`,
      `${withPytest.executable} -m pip install pytest-xdist (or apt-get install python3-pytest-xdist), or set FLAKEGATE_PYTHON to a Python that has it`
    );
  }
  const first = probes[0];
  if (first !== void 0) {
    throw new SetupError(
      `pytest is not installed for any Python found (${unique(probes.map((probe) => probe.executable)).join(", ")})`,
      `${first.executable} -m pip install pytest pytest-xdist, or set FLAKEGATE_PYTHON to a Python that has both`
    );
  }
  throw new SetupError(
    `no Python interpreter found for framework pytest (tried ${candidates.join(", ")})`,
    "install Python 3 with pytest and pytest-xdist, or set FLAKEGATE_PYTHON=/path/to/python"
  );
}
function probePython(candidate, cwd, env) {
  return new Promise((resolve3) => {
    execFile3(candidate, ["-c", PROBE_SCRIPT], { cwd, env, timeout: PROBE_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
      if (error) return resolve3(null);
      resolve3(parseProbe(candidate, stdout));
    });
  });
}
function parseProbe(candidate, stdout) {
  try {
    const value = JSON.parse(stdout.trim().split("\n").pop() ?? "");
    if (typeof value !== "object" || value === null) return null;
    const record = value;
    const text = (key) => typeof record[key] === "string" ? record[key] : null;
    return { candidate, executable: text("executable") ?? candidate, pytest: text("pytest"), xdist: text("xdist") };
  } catch {
    return null;
  }
}

// src/frameworks/pytest.ts
var PYTEST_PLUGIN_FILE = "flakegate_pytest.py";
var PLUGIN_MODULE = PYTEST_PLUGIN_MODULE;
async function resolvePytest(config, log, reason, env = process.env, wrapped = false) {
  const pluginDir = dirname3(locateAsset(PYTEST_PLUGIN_FILE));
  const blocks = await pytestBlocks(config.cwd, env);
  for (const note of blocks.notes) log.info(note);
  const retries = await pytestRetries(config.cwd, PYTEST_CONFIG_FILES, env);
  if (wrapped) return { ...createPytestPreset({ python: "python3", pluginDir, pythonPath: env["PYTHONPATH"], blocks, reason }), retries };
  const candidates = pythonCandidates(config.cwd, env);
  const interpreter = await findPytestInterpreter(candidates, config.cwd, env);
  const explicit = env["FLAKEGATE_PYTHON"];
  if (explicit !== void 0 && explicit !== "" && interpreter.candidate !== explicit) {
    log.warn(`FLAKEGATE_PYTHON=${explicit} has no pytest with pytest-xdist; using ${interpreter.executable}`);
  }
  log.info(`pytest: ${interpreter.executable} (pytest ${interpreter.pytestVersion}, pytest-xdist ${interpreter.xdistVersion})`);
  const preset = createPytestPreset({ python: interpreter.executable, pluginDir, pythonPath: env["PYTHONPATH"], blocks, reason });
  return { ...preset, retries };
}
function createPytestPreset(setup) {
  const blocks = setup.blocks ?? decidePytestBlocks([]);
  const fixedArgs = (workers, junit) => [
    "-m",
    "pytest",
    // Explicit so it loads even under PYTEST_DISABLE_PLUGIN_AUTOLOAD=1.
    "-p",
    "xdist",
    "-n",
    workers,
    `--junitxml=${junit}`,
    // xunit1 writes `file` and `line` on every testcase; xunit2 (pytest's default) drops them.
    "-o",
    "junit_family=xunit1",
    "-p",
    PLUGIN_MODULE,
    ...blocks.cacheprovider ? ["-p", "no:cacheprovider"] : [],
    ...blocks.randomly ? ["-p", "no:randomly"] : []
  ];
  const env = {
    PYTHONPATH: [setup.pluginDir, setup.pythonPath].filter((part) => part !== void 0 && part !== "").join(delimiter2)
  };
  return {
    name: "pytest",
    ecosystem: "python",
    template: displayTemplate(setup.python, fixedArgs("{workers}", "{junit}")),
    capabilities: CAPABILITIES.pytest,
    reason: setup.reason,
    buildCommand(ctx) {
      const args = [...fixedArgs(String(xdistWorkers(ctx.workers)), ctx.junitPath), ...pytestSelection(ctx.tests)];
      return { file: setup.python, args, env, display: displayCommand(setup.python, args, env) };
    },
    cannotPass: unpassableId,
    runnerArguments: (ctx) => ({ args: [...fixedArgs(String(xdistWorkers(ctx.workers)), ctx.junitPath).slice(2), ...pytestSelection(ctx.tests)], env })
  };
}
function xdistWorkers(workers) {
  return workers <= 1 ? 0 : workers;
}
function pytestSelection(tests) {
  return tests === void 0 ? [] : unique(tests.map((id) => pathArgument(pytestNodeId(id))));
}

// src/frameworks/vitest.ts
var VITEST_NAME_SEPARATOR = " > ";
async function resolveVitest(config, log, reason, wrapped = false) {
  const runner = detectJsRunner(config.cwd);
  requirePackages(runner, config.cwd, ["vitest"], "framework vitest", log);
  if (!wrapped) await warnAboutScriptArgs(config.cwd, "vitest", ["run", "--run"], log);
  return { ...createVitestPreset(runner, reason, locateAsset(VITEST_REPORTER_FILE)), retries: await vitestRetries(config.cwd) };
}
var VITEST_REPORTER_FILE = "flakegate-vitest-reporter.cjs";
function createVitestPreset(runner, reason, timingReporter) {
  const args = (workers, junit, selection) => [
    ...runner.prefix,
    "vitest",
    "run",
    "--reporter=default",
    // Before junit: it appends the timing as annotations, which the junit reporter writes.
    ...timingReporter === void 0 ? [] : [`--reporter=${timingReporter}`],
    "--reporter=junit",
    `--outputFile.junit=${junit}`,
    "--no-cache",
    // Retries turn a parallel failure into a pass: off, whatever the config says (retries.ts).
    "--retry=0",
    ...workers,
    ...selection
  ];
  return {
    name: "vitest",
    ecosystem: "javascript",
    template: displayTemplate(runner.file, args(["--maxWorkers={workers}"], "{junit}", [])),
    capabilities: CAPABILITIES.vitest,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx) {
      const argv = args(vitestWorkerFlags(ctx.workers), ctx.junitPath, vitestSelection(ctx.tests));
      return { file: runner.file, args: argv, env: {}, display: displayCommand(runner.file, argv) };
    },
    // After `vitest run`: a wrapper starts Vitest in run mode itself (`"test": "vitest run"`).
    runnerArguments: (ctx) => ({ args: args(vitestWorkerFlags(ctx.workers), ctx.junitPath, vitestSelection(ctx.tests)).slice(runner.prefix.length + 2), env: {} })
  };
}
function vitestWorkerFlags(workers) {
  return workers <= 1 ? ["--maxWorkers=1", "--no-file-parallelism"] : [`--maxWorkers=${workers}`, "--fileParallelism"];
}
function vitestSelection(tests) {
  if (tests === void 0 || tests.length === 0) return [];
  const parts = tests.map((id) => testIdParts(id));
  const args = [`--testNamePattern=${anchoredAlternation(parts.map(({ name }) => vitestNamePattern(name)))}`];
  const files = unique(parts.map(({ file, classname }) => file !== "" ? file : classname));
  if (files.every((file) => file !== "" && !file.startsWith("-"))) args.push(...files);
  return args;
}
function vitestNamePattern(name) {
  return joinedTitlesPattern(name.split(VITEST_NAME_SEPARATOR), VITEST_NAME_SEPARATOR);
}

// src/frameworks/index.ts
async function resolvePreset(config, log, env = process.env) {
  return withNodePreload(await resolveAny(config, log, env), log);
}
async function resolveAny(config, log, env) {
  if (config.framework === "custom") return resolveCustom(config, "framework custom with a command template", env, await customRuntimeProbe(config.cwd));
  if (config.framework !== "auto" && config.command !== null) return resolveWrapped(config.framework, config.command, config, log, env);
  if (config.framework !== "auto") return resolveFramework(config.framework, config, log, `framework ${config.framework} as configured`);
  const { name, reason } = chooseFramework(await detectFrameworks(config.cwd), config.cwd);
  log.debug(reason);
  return resolveFramework(name, config, log, reason);
}
async function resolveWrapped(name, command, config, log, env) {
  const parsed = parseWrappedTemplate(command, name, CAPABILITIES[name].argumentsEnvVar);
  if (!parsed.ok) throw new SetupError(`input "command" ${parsed.problem}`, 'see "Your own test command" in the README');
  const preset = await resolveFramework(name, config, log, `framework ${name} as configured`, true);
  if (preset.runnerArguments === void 0) throw new SetupError(`framework ${name} cannot run through a command of the project's`, "use framework custom");
  const envVar = preset.capabilities.argumentsEnvVar;
  if (parsed.template.argsAt === null && envVar !== void 0) log.info(`${name}: no {args} in the command, so flakegate's ${name} arguments travel in ${envVar}`);
  return wrapPreset({ ...preset, runnerArguments: preset.runnerArguments }, parsed.template, envVar === void 0 ? "" : env[envVar] ?? "");
}
function resolveFramework(name, config, log, reason, wrapped = false) {
  switch (name) {
    case "pytest":
      return resolvePytest(config, log, reason, process.env, wrapped);
    case "jest":
      return resolveJest(config, log, reason, wrapped);
    case "vitest":
      return resolveVitest(config, log, reason, wrapped);
    case "mocha":
      return resolveMocha(config, log, reason, wrapped);
    case "node":
      return resolveNodeTest(config, log, reason, wrapped);
    case "go":
      return resolveGo(config, log, reason);
  }
}

// src/stats/mulberry32.ts
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/cost/suspect-paths.ts
var PRIOR_PARALLEL_ONLY = 0.5;
function parallelOnlyWeight(nominee, prior = PRIOR_PARALLEL_ONLY) {
  const p = rateOf(nominee);
  const flaky = (1 - prior) * Math.pow(1 - p, nominee.serial.n);
  return prior + flaky === 0 ? 1 : prior / (prior + flaky);
}
function rateOf(nominee) {
  return nominee.parallel.n > 0 ? nominee.parallel.failed / nominee.parallel.n : 1;
}
function simulatePath(nominee, suspects, serialRate, random, limits = DEFAULT_LIMITS) {
  const p = rateOf(nominee);
  const threshold = logThreshold(suspects);
  const prior = { serial: nominee.serial, parallel: nominee.parallel };
  const serial = [];
  const parallel = [];
  let process2 = eProcess({ serial, parallel, serialPerBlock: SERIAL_PER_BLOCK, parallelPerBlock: PARALLEL_PER_BLOCK, prior, logThreshold: threshold });
  for (; ; ) {
    const evidence = { nominee, serial: tape2(serial), parallel: tape2(parallel), process: process2, logThreshold: threshold, suspects };
    const stop = evidenceStop(evidence, limits);
    if (stop !== null) return { serial: serial.length, parallel: parallel.length, confirmed: process2.crossedAt !== null };
    if (parallel.length >= limits.blocks || serial.length >= limits.blocks * SERIAL_PER_BLOCK) return { serial: serial.length, parallel: parallel.length, confirmed: false };
    if (serial.length < SERIAL_PER_BLOCK * (parallel.length + 1)) serial.push(random() < serialRate);
    else {
      parallel.push(random() < p);
      process2 = eProcess({ serial, parallel, serialPerBlock: SERIAL_PER_BLOCK, parallelPerBlock: PARALLEL_PER_BLOCK, prior, logThreshold: threshold });
    }
  }
}
function suspectPaths(nominee, suspects, random, paths, parallelOnlyPrior = PRIOR_PARALLEL_ONLY, limits = DEFAULT_LIMITS) {
  const w = parallelOnlyWeight(nominee, parallelOnlyPrior);
  const p = rateOf(nominee);
  const out = [];
  for (let i = 0; i < paths; i++) out.push(simulatePath(nominee, suspects, random() < w ? 0 : p, random, limits));
  return out;
}
function tape2(failed) {
  return { workers: 0, failed, runs: [] };
}

// src/cost/plan-cost.ts
var PROBES_PER_VICTIM = 2;
var ASSUMED_SUSPECTS = 2;
var SIMULATIONS = 256;
var SEED = 24301;
function expectedConfirmation(model, serialDiscoveryRuns, suspects, largestCount) {
  if (suspects !== null && suspects.length === 0) return { runs: [], basis: "no confirmation: discovery named no suspect" };
  const list3 = suspects ?? assumedPair(model, serialDiscoveryRuns, largestCount);
  const random = mulberry32(SEED);
  const pools = /* @__PURE__ */ new Map();
  const poolOf = (n) => {
    const key = `${n.serial.failed}/${n.serial.n} ${n.parallel.failed}/${n.parallel.n}`;
    let pool2 = pools.get(key);
    if (pool2 === void 0) {
      pool2 = suspectPaths(n, list3.length, random, SIMULATIONS, suspects === null ? 1 : void 0);
      pools.set(key, pool2);
    }
    return pool2;
  };
  const tally2 = /* @__PURE__ */ new Map();
  const add = (key, run2, count2 = 1) => {
    const entry = tally2.get(key) ?? { run: run2(), count: 0 };
    entry.count += count2;
    tally2.set(key, entry);
  };
  const counts = { serial: 0, parallel: 0, probes: 0 };
  const thresholds = [...new Set(list3.map((s) => s.nominee.threshold))].sort((a, b) => a - b);
  for (let sim = 0; sim < SIMULATIONS; sim++) {
    const paths = list3.map((s) => {
      const pool2 = poolOf(s.nominee);
      return pool2[Math.floor(random() * pool2.length)];
    });
    const serialRuns = Math.max(...paths.map((p) => p.serial));
    for (let k = 1; k <= serialRuns; k++) {
      const open3 = list3.flatMap((_, i) => (paths[i]?.serial ?? 0) >= k ? [i] : []);
      add(`s ${open3.join(",")}`, () => ({ workers: model.serial, tests: open3.map((i) => list3[i]?.nominee.id ?? "") }));
    }
    counts.serial += serialRuns;
    for (const workers of thresholds) {
      const group = list3.flatMap((s, i) => s.nominee.threshold === workers ? [i] : []);
      const runs3 = Math.max(...group.map((i) => paths[i]?.parallel ?? 0));
      for (let k = 1; k <= runs3; k++) {
        const open3 = group.filter((i) => (paths[i]?.parallel ?? 0) >= k);
        add(`p${workers} ${open3.join(",")}`, () => {
          const tests = [...new Set(open3.flatMap((i) => list3[i]?.tests ?? []))];
          return fullSuiteInstead(model, { workers, tests }) ? { workers } : { workers, tests };
        });
      }
      counts.parallel += runs3;
    }
    for (const [i, partner, probes] of probesOf(list3, paths, PROBES_PER_VICTIM)) {
      const s = list3[i];
      if (s === void 0) continue;
      add(`x ${i}`, () => ({ workers: s.nominee.threshold, tests: [s.nominee.id, partner] }), probes);
      counts.probes += probes;
    }
  }
  const runs2 = [...tally2.values()].map(({ run: run2, count: count2 }) => ({ run: run2, times: count2 / SIMULATIONS }));
  const mean = (x) => (x / SIMULATIONS).toFixed(1);
  const who = suspects !== null ? `${list3.length} suspect${list3.length === 1 ? "" : "s"} named by discovery` : `an assumed pair of suspects (discovery has named none yet)`;
  return { runs: runs2, basis: `confirmation of ${who}: ${mean(counts.serial)} serial, ${mean(counts.parallel)} parallel-arm and ${mean(counts.probes)} partner-probe runs expected (mean of ${SIMULATIONS} simulated confirmations under the planner's stopping rules)` };
}
function estimatePlan(model, done, discoveryLeft, confirmation) {
  const measured = done.reduce((sum, r) => sum + r.record.durationMs, 0);
  const discoveryMs = measured + discoveryLeft.reduce((sum, run2) => sum + priceRun(model, run2), 0);
  const confirmationMs = confirmation.runs.reduce((sum, { run: run2, times }) => sum + times * priceRun(model, run2), 0);
  return {
    afterRun: done.at(-1)?.record.id ?? "",
    fittedOn: model.runs,
    discoveryMs: Math.round(discoveryMs),
    confirmationMs: Math.round(confirmationMs),
    totalMs: Math.round(discoveryMs + confirmationMs),
    basis: confirmation.basis
  };
}
function probesOf(list3, paths, perVictim) {
  const confirmed = list3.flatMap((_, i) => paths[i]?.confirmed === true ? [i] : []);
  const covered = /* @__PURE__ */ new Set();
  const out = [];
  for (const i of confirmed) {
    if (covered.has(i)) continue;
    covered.add(i);
    const tests = new Set(list3[i]?.tests ?? []);
    const j = confirmed.find((k) => !covered.has(k) && tests.has(list3[k]?.nominee.id ?? ""));
    if (j !== void 0) covered.add(j);
    const partner = list3[j ?? (i + 1) % list3.length]?.nominee.id ?? "";
    out.push([i, partner, j !== void 0 ? 1 : perVictim]);
  }
  return out;
}
function assumedPair(model, serialDiscoveryRuns, largestCount) {
  const ids = [...model.testMs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, ASSUMED_SUSPECTS).map(([id]) => id);
  return ids.map((id) => ({ nominee: { id, threshold: largestCount, serial: { failed: 0, n: serialDiscoveryRuns }, parallel: { failed: 1, n: 1 } }, tests: ids }));
}

// src/cost/session-estimate.ts
function estimateSession(input) {
  const model = fitPriceModel(input.done, input.unit, input.cores);
  const finished = new Set(input.done.map((r) => r.record.id));
  const left = input.discovery.filter((s) => !finished.has(s.id)).map((s) => ({ workers: s.workers }));
  const serial = input.workers[0] ?? 1;
  const serialDiscovery = input.discovery.filter((s) => s.workers === serial).length;
  const suspects = input.discoveryOver ? namedSuspects(input.done, serial) : null;
  const confirmation = input.confirm ? expectedConfirmation(model, serialDiscovery, suspects, Math.max(...input.workers)) : { runs: [], basis: "no confirmation reruns (--no-confirm)" };
  return estimatePlan(model, input.done, left, confirmation);
}
function namedSuspects(runs2, serial) {
  return suspectsOf(nominate(runs2, serial), runs2).map((s) => ({ nominee: s.nominee, tests: [s.id, ...s.companions] }));
}
function formatRunnerTime(ms) {
  return ms >= 6e4 ? `${(ms / 6e4).toFixed(1)} min` : `${Math.round(ms / 1e3)} s`;
}

// src/parse/collect-run.ts
import { readdir as readdir3, stat as stat2 } from "node:fs/promises";
import { join as join9, relative as relative2 } from "node:path";

// src/parse/project-paths.ts
var SOURCE_EXTENSION = /\.(?:[cm]?[jt]sx?|py|go|java|kt|rb|rs|cs|php)$/;
var MAX_MEMOS = 1 << 19;
var memoRoot = "";
var relocated = /* @__PURE__ */ new Map();
function projectRelativeCases(cases, cwd) {
  const root = normaliseFile(cwd).replace(/\/$/, "") + "/";
  if (root !== memoRoot || relocated.size >= MAX_MEMOS) {
    memoRoot = root;
    relocated = /* @__PURE__ */ new Map();
  }
  return cases.map((c) => relativeCase(c, root, relocated));
}
function relocate(c, root) {
  const strip = (text) => text.startsWith(root) ? text.slice(root.length) : text;
  const file = c.file === void 0 ? void 0 : strip(normaliseFile(c.file));
  const classname = strip(c.classname);
  const name = strip(c.name);
  if (file === c.file && classname === c.classname && name === c.name) return null;
  const pooled = file === void 0 ? void 0 : intern(file);
  const inId = !c.id.startsWith("::");
  return { file: pooled, classname: intern(classname), name: intern(name), id: intern(testId({ file: inId ? file : void 0, classname, name })) };
}
function relativeCase(c, root, relocated2) {
  const memo = relocated2.get(c.id);
  let moved;
  if (memo !== void 0 && memo.file === c.file && memo.classname === c.classname && memo.name === c.name) moved = memo.moved;
  else {
    moved = relocate(c, root);
    if (memo === void 0) relocated2.set(c.id, { file: c.file, classname: c.classname, name: c.name, moved });
  }
  let out = c;
  if (moved !== null) {
    const { file, classname: classname2, name, id } = moved;
    out = { ...c, ...file === void 0 ? {} : { file }, classname: classname2, name, id };
  }
  const classname = out.classname;
  if (out.file !== void 0) return out;
  if (SOURCE_EXTENSION.test(classname) && !classname.startsWith("/")) return { ...out, file: classname };
  return out;
}

// src/parse/probe-reader.ts
import { constants } from "node:fs";
import { lstat, open, readdir as readdir2 } from "node:fs/promises";
import { join as join8 } from "node:path";

// src/parse/probe-line.ts
var MAX_PROBE_TEXT = 1024;
var MAX_PROBE_STACK_FILES = 8;
var MAX_DEPTH2 = 2;
var MAX_LINE = 32 * 1024;
var KINDS2 = /* @__PURE__ */ new Set(["listen", "connect", "read", "write", "remove", "mkdir", "sqlite", "chdir", "setenv"]);
var FIELDS = /* @__PURE__ */ new Set(["v", "ts", "pid", "worker", "test", "files", "kind", "res", "err"]);
var ENDPOINT = /^(?:\[[0-9A-Fa-f:.]{1,64}\]|[^\s:[\]]{0,253}|[0-9A-Fa-f:.]{2,64}):([1-9]\d{0,4})$/;
var ERRNO = /^E[A-Z0-9]{1,31}$/;
var ENV_NAME = /^[^=\0]{1,1024}$/;
function parseProbeLine(line, process2) {
  if (line.length > MAX_LINE) return { problem: "too long" };
  const text = line.trim();
  if (!text.startsWith("{")) return { problem: "not a JSON object" };
  if (depthOf(text) > MAX_DEPTH2) return { problem: "nested too deep" };
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: "not a JSON object" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { problem: "not a JSON object" };
  return checkRecord(value, process2);
}
function checkRecord(o, process2) {
  if (Object.keys(o).some((k) => !FIELDS.has(k))) return { problem: "unknown field" };
  if (o["v"] !== 1) return { problem: "bad v" };
  const { ts, pid, kind, res, err, worker, test, files } = o;
  if (typeof ts !== "number" || !Number.isFinite(ts) || ts < 0 || ts > 864e13) return { problem: "bad ts" };
  if (typeof pid !== "number" || !Number.isInteger(pid) || pid < 1 || pid > 2 ** 31) return { problem: "bad pid" };
  if (typeof kind !== "string" || !KINDS2.has(kind)) return { problem: "bad kind" };
  if (typeof res !== "string" || !validResource(kind, res)) return { problem: "bad res" };
  if (err !== void 0 && (typeof err !== "string" || !ERRNO.test(err))) return { problem: "bad err" };
  if (worker !== void 0 && !boundedText(worker)) return { problem: "bad worker" };
  if (test !== void 0 && !boundedText(test)) return { problem: "bad test" };
  if (files !== void 0 && !(Array.isArray(files) && files.length <= MAX_PROBE_STACK_FILES && files.every((f) => boundedText(f) && isAbsolutePath(f)))) return { problem: "bad files" };
  const stack = files ?? [];
  if (test === void 0 && stack.length === 0) return { problem: "no test and no files" };
  return {
    record: {
      process: process2,
      pid,
      ts,
      kind,
      res,
      ...typeof err === "string" ? { err } : {},
      ...typeof worker === "string" ? { worker } : {},
      ...typeof test === "string" ? { test } : {},
      ...stack.length > 0 ? { files: stack } : {}
    }
  };
}
function boundedText(x) {
  return typeof x === "string" && x.length > 0 && x.length <= MAX_PROBE_TEXT && !x.includes("\0");
}
function isAbsolutePath(x) {
  return x.startsWith("/") || /^[A-Za-z]:[\\/]/.test(x);
}
function validResource(kind, res) {
  if (!boundedText(res)) return false;
  switch (kind) {
    case "listen":
    case "connect": {
      const port = ENDPOINT.exec(res)?.[1];
      return port !== void 0 && Number(port) >= 1 && Number(port) <= 65535;
    }
    case "setenv":
      return ENV_NAME.test(res);
    case "read":
    case "write":
    case "remove":
    case "mkdir":
    case "sqlite":
    case "chdir":
      return isAbsolutePath(res);
  }
}
function depthOf(text) {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") max = Math.max(max, ++depth);
    else if (c === "}" || c === "]") depth--;
  }
  return max;
}

// src/parse/probe-reader.ts
var MAX_PROBE_FILES = 512;
var MAX_PROBE_FILE_BYTES = 2 * 1024 * 1024;
var MAX_PROBE_LINES = 1e4;
var FILE_NAME = /^(?:py-[1-9]\d{0,9}|js-[1-9]\d{0,9}(?:-\d{1,9})?)\.jsonl$/;
async function readProbeDir(dir) {
  const info = await lstat(dir).catch(() => null);
  if (info === null) return void 0;
  const problems = /* @__PURE__ */ new Map();
  let rejected = 0;
  const refuse = (what, n = 1) => {
    problems.set(what, (problems.get(what) ?? 0) + n);
    rejected += n;
  };
  const result = (records2, files2) => ({ records: records2, files: files2, rejected, problems: [...problems.entries()].map(([what, n]) => `${n} \xD7 ${what}`) });
  if (!info.isDirectory()) {
    refuse("a probe directory that is not a directory (a symlink or a file)");
    return result([], 0);
  }
  const entries = await readdir2(dir, { withFileTypes: true }).catch(() => []);
  const names = [];
  for (const e of entries) {
    if (!FILE_NAME.test(e.name)) refuse("a file not named py-<pid>.jsonl or js-<pid>[-<thread>].jsonl");
    else if (!e.isFile()) refuse("a probe file that is not a regular file (a symlink or a directory)");
    else names.push(e.name);
  }
  names.sort(compareNames);
  if (names.length > MAX_PROBE_FILES) refuse(`a probe file beyond the first ${MAX_PROBE_FILES}`, names.length - MAX_PROBE_FILES);
  const records = [];
  let files = 0;
  for (const name of names.slice(0, MAX_PROBE_FILES)) {
    const read = await readBounded(join8(dir, name));
    if ("problem" in read) {
      refuse(read.problem);
      continue;
    }
    files += 1;
    if (read.truncated) refuse(`a probe file over ${MAX_PROBE_FILE_BYTES} bytes (the rest not read)`);
    const process2 = name.slice(0, -".jsonl".length);
    const lines = read.text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    if (lines.length > MAX_PROBE_LINES) refuse(`a line beyond the first ${MAX_PROBE_LINES} of a file`, lines.length - MAX_PROBE_LINES);
    for (const line of lines.slice(0, MAX_PROBE_LINES)) {
      const parsed = parseProbeLine(line, process2);
      if ("problem" in parsed) refuse(`a line refused (${parsed.problem})`);
      else records.push(parsed.record);
    }
  }
  return result(records, files);
}
function compareNames(a, b) {
  return a.localeCompare(b, "en", { numeric: true });
}
async function readBounded(path) {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return { problem: "a probe file that could not be opened without following a link" };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: "a probe file that is not a regular file (a symlink or a directory)" };
    const size3 = Math.min(info.size, MAX_PROBE_FILE_BYTES);
    const buffer = Buffer.alloc(size3);
    const { bytesRead } = await handle.read(buffer, 0, size3, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const truncated = info.size > MAX_PROBE_FILE_BYTES;
    return { text: (truncated ? bytes.subarray(0, bytes.lastIndexOf(10) + 1) : bytes).toString("utf8"), truncated };
  } catch {
    return { problem: "a probe file that could not be read" };
  } finally {
    await handle.close();
  }
}
function probeWarnings(runs2) {
  return runs2.flatMap((r) => {
    const probe = r.probe;
    if (probe === void 0 || probe.rejected === 0) return [];
    return [`run ${r.record.id}: resource probe: ${probe.rejected} refused (${probe.problems.slice(0, 4).join("; ")}); the ${probe.records.length} valid records were used`];
  });
}

// src/parse/read-file.ts
import { createReadStream } from "node:fs";

// src/parse/junit-reader.ts
var import_saxes = __toESM(require_saxes(), 1);

// src/parse/bounded-text.ts
function cutAt(text, cap) {
  if (text.length <= cap) return text;
  const code = text.charCodeAt(cap - 1);
  const end = code >= 55296 && code <= 56319 ? cap - 1 : cap;
  return text.slice(0, end);
}
function truncationNote(dropped) {
  return `
\u2026 [truncated: ${dropped} more characters]`;
}
function capText(text, cap) {
  if (text.length <= cap) return text;
  const kept = cutAt(text, cap);
  return kept + truncationNote(text.length - kept.length);
}
function createBoundedText(cap) {
  const parts = [];
  let kept = 0;
  let total = 0;
  return {
    append(text) {
      total += text.length;
      if (kept >= cap || text.length === 0) return;
      const piece = cutAt(text, cap - kept);
      parts.push(piece);
      kept += piece.length;
    },
    toString() {
      const text = parts.join("");
      return total > kept ? text + truncationNote(total - kept) : text;
    }
  };
}

// src/parse/case-values.ts
function parseSecondsToMs(value) {
  if (value === void 0) return void 0;
  if (isPlainDecimal(value)) return Math.round(Number(value) * 1e6) / 1e3;
  let text = value.trim();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, "");
  if (!/^\d+(\.\d*)?([eE][+-]?\d+)?$|^\.\d+$/.test(text)) return void 0;
  const seconds2 = Number(text);
  return Number.isFinite(seconds2) ? Math.round(seconds2 * 1e6) / 1e3 : void 0;
}
function isPlainDecimal(text) {
  const n = text.length;
  if (n === 0 || n > 30) return false;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (++dots > 1 || i === 0) return false;
    } else if (c < 48 || c > 57) return false;
  }
  return true;
}
function parseLine(value) {
  if (value === void 0 || !/^\s*\d{1,9}\s*$/.test(value)) return void 0;
  return Number(value);
}
function parseEpochSecondsToMs(value) {
  const ms = parseSecondsToMs(value);
  return ms !== void 0 && ms > 0 ? ms : void 0;
}
function asResultTag(tag) {
  return tag === "error" || tag === "failure" || tag === "skipped" ? tag : void 0;
}
function asRetryTag(tag) {
  switch (tag) {
    case "flakyFailure":
    case "flakyError":
    case "rerunFailure":
    case "rerunError":
      return tag;
    default:
      return void 0;
  }
}
function resultRank(tag) {
  switch (tag) {
    case "error":
      return 3;
    case "failure":
      return 2;
    case "skipped":
      return 1;
  }
}
function outcomeFromStatus(status) {
  switch (status?.trim().toLowerCase()) {
    case "failed":
    case "failure":
    case "fail":
      return "failed";
    case "error":
    case "errored":
      return "error";
    case "skipped":
    case "skip":
    case "disabled":
    case "ignored":
    case "notrun":
    case "not run":
    case "pending":
      return "skipped";
    default:
      return void 0;
  }
}

// src/parse/plain-case.ts
function assignCaseFields(id, file, line, classname, name, outcome, message, details, durationMs, worker, startedAt, endedAt, attempts) {
  this.id = id;
  if (file !== void 0) this.file = file;
  if (line !== void 0) this.line = line;
  this.classname = classname;
  this.name = name;
  this.outcome = outcome;
  if (message !== void 0) this.message = message;
  if (details !== void 0) this.details = details;
  if (durationMs !== void 0) this.durationMs = durationMs;
  if (worker !== void 0) this.worker = worker;
  if (startedAt !== void 0) this.startedAt = startedAt;
  if (endedAt !== void 0) this.endedAt = endedAt;
  if (attempts !== void 0) this.attempts = attempts;
}
assignCaseFields.prototype = Object.prototype;
var PlainCase = assignCaseFields;

// src/parse/case-builder.ts
var UNNAMED = "(unnamed)";
var XDIST_CRASH = /worker '([^']+)' crashed while running/;
function nonEmpty(value) {
  return value !== void 0 && value.trim() !== "" ? value : void 0;
}
function tidy(text) {
  const tidied = text.trim();
  return tidied === "" ? void 0 : tidied;
}
function firstLine(text) {
  if (text === void 0) return void 0;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end).trim();
    if (line !== "") return line;
    if (end === -1) break;
    start = end + 1;
  }
  return void 0;
}
function createCaseBuilder(attributes, context, limits) {
  let best;
  let openResult;
  let openRetry;
  const attempts = [];
  let systemOut;
  let systemErr;
  let worker;
  let startedAt;
  let endedAt;
  function collected(tag, rank4, attrs) {
    const message = nonEmpty(attrs["message"])?.trim();
    return {
      tag,
      rank: rank4,
      message: message === void 0 ? void 0 : capText(message, limits.messageCap),
      text: createBoundedText(limits.detailsCap),
      output: createBoundedText(limits.detailsCap)
    };
  }
  function messageAndDetails(item) {
    const details = tidy(item.text.toString()) ?? tidy(item.output.toString());
    const fallback = item.message === void 0 ? firstLine(details) : void 0;
    const message = item.message ?? (fallback === void 0 ? void 0 : capText(fallback, limits.messageCap));
    return { message, details };
  }
  function decideOutcome() {
    if (best !== void 0) {
      if (best.tag === "error") return "error";
      return best.tag === "failure" ? "failed" : "skipped";
    }
    const lastRerun = attempts.filter((a) => a.kind.startsWith("rerun")).at(-1);
    if (lastRerun !== void 0) return lastRerun.outcome;
    return outcomeFromStatus(attributes["status"]) ?? "passed";
  }
  return {
    openResult(tag, attrs) {
      openResult = collected(tag, resultRank(tag), attrs);
    },
    closeResult() {
      if (openResult !== void 0 && (best === void 0 || openResult.rank > best.rank)) best = openResult;
      openResult = void 0;
    },
    openRetry(tag, attrs) {
      openRetry = collected(tag, 0, attrs);
    },
    closeRetry() {
      if (openRetry !== void 0 && attempts.length < limits.maxAttempts) {
        const outcome = openRetry.tag.endsWith("Error") ? "error" : "failed";
        const { message, details } = messageAndDetails(openRetry);
        const attempt = { outcome, kind: openRetry.tag };
        if (message !== void 0) attempt.message = detached(message);
        if (details !== void 0) attempt.details = detached(details);
        attempts.push(attempt);
      }
      openRetry = void 0;
    },
    text(target, text) {
      if (target === "result") openResult?.text.append(text);
      else if (target === "retry") openRetry?.text.append(text);
      else if (target === "retry-output") openRetry?.output.append(text);
      else if (target === "system-out") (systemOut ??= createBoundedText(limits.detailsCap)).append(text);
      else (systemErr ??= createBoundedText(limits.detailsCap)).append(text);
    },
    property(name, value) {
      if (name === "flakegate_worker" && value !== void 0 && nonEmpty(value) !== void 0) worker = intern(value);
      else if (name === "flakegate_start") startedAt = parseEpochSecondsToMs(value);
      else if (name === "flakegate_end") endedAt = parseEpochSecondsToMs(value);
    },
    finish() {
      const written = nonEmpty(attributes["classname"]);
      const classname = written ?? context.suitePath.at(-1) ?? "";
      let name = nonEmpty(attributes["name"]) ?? UNNAMED;
      if (written === "test" && context.suitePath.length > 0) name = [...context.suitePath, name].join(" > ");
      const rawFile = nonEmpty(attributes["file"]) ?? nonEmpty(context.suiteFile);
      const identity = identityOf(rawFile, classname, name);
      const filepath = rawFile === void 0 ? nonEmpty(attributes["filepath"]) : void 0;
      const file = identity.file ?? (filepath === void 0 ? void 0 : intern(normaliseFile(filepath)));
      const writtenLine = parseLine(attributes["line"]);
      const line = writtenLine !== void 0 && context.pytest ? writtenLine + 1 : writtenLine;
      const outcome = decideOutcome();
      let { message, details } = best === void 0 ? { message: void 0, details: void 0 } : messageAndDetails(best);
      if ((outcome === "failed" || outcome === "error") && details === void 0) {
        const output = [tidy(systemOut?.toString() ?? ""), tidy(systemErr?.toString() ?? "")].filter((t) => t !== void 0);
        if (output.length > 0) details = capText(output.join("\n"), limits.detailsCap);
      }
      const crashed = message === void 0 ? void 0 : XDIST_CRASH.exec(message)?.[1];
      const workerName = worker ?? (crashed === void 0 ? void 0 : intern(crashed));
      const durationMs = parseSecondsToMs(attributes["time"]);
      return new PlainCase(
        identity.id,
        file,
        line,
        identity.classname,
        identity.name,
        outcome,
        message === void 0 ? void 0 : detached(message),
        details === void 0 ? void 0 : detached(details),
        durationMs,
        workerName,
        startedAt,
        endedAt,
        attempts.length > 0 ? attempts : void 0
      );
    }
  };
}

// src/parse/chunk-decoder.ts
import { TextDecoder } from "node:util";
var ILLEGAL_XML10 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
function replaceIllegalXmlChars(text) {
  if (!MAYBE_ILLEGAL.test(text)) return text;
  return text.replace(ILLEGAL_XML10, "\uFFFD");
}
function sniff(first) {
  if (first[0] === 255 && first[1] === 254) return "utf-16le";
  if (first[0] === 254 && first[1] === 255) return "utf-16be";
  return "utf-8";
}
function createChunkDecoder() {
  let decoder = null;
  let head = new Uint8Array(0);
  let heldSurrogate = "";
  let atStart = true;
  function sanitise(text) {
    let joined = heldSurrogate + text;
    heldSurrogate = "";
    if (atStart && joined.length > 0) {
      if (joined.charCodeAt(0) === 65279) joined = joined.slice(1);
      atStart = joined.length === 0;
    }
    const last = joined.charCodeAt(joined.length - 1);
    if (last >= 55296 && last <= 56319) {
      heldSurrogate = joined.slice(-1);
      joined = joined.slice(0, -1);
    }
    return replaceIllegalXmlChars(joined);
  }
  function decodeBytes(bytes, final) {
    if (decoder === null) {
      const joined = new Uint8Array(head.length + bytes.length);
      joined.set(head);
      joined.set(bytes, head.length);
      if (joined.length < 2 && !final) {
        head = joined;
        return "";
      }
      head = new Uint8Array(0);
      decoder = new TextDecoder(sniff(joined), { fatal: false });
      return decoder.decode(joined, { stream: !final });
    }
    return decoder.decode(bytes, { stream: !final });
  }
  return {
    decode(chunk) {
      if (typeof chunk === "string") {
        const pending = decoder === null && head.length === 0 ? "" : decodeBytes(new Uint8Array(0), true);
        decoder = null;
        return sanitise(pending + chunk);
      }
      return sanitise(decodeBytes(chunk, false));
    },
    flush() {
      const rest = decoder === null && head.length === 0 ? "" : decodeBytes(new Uint8Array(0), true);
      const text = sanitise(rest) + replaceIllegalXmlChars(heldSurrogate);
      heldSurrogate = "";
      return text;
    }
  };
}

// src/parse/markup-guard.ts
var DEFAULT_MARKUP_LIMITS = { attribute: 1 << 20, text: 32 << 20, ignored: 1 << 16, markup: 1 << 16 };
var NAME_END = /[\s/>=]/;
function createMarkupGuard(limits = DEFAULT_MARKUP_LIMITS) {
  let state = "text";
  let open3 = "";
  let run2 = 0;
  let skipping = false;
  let entity = -1;
  let quote = "";
  let tagChars = 0;
  let tagName = "";
  let attrName = "";
  let word = "";
  let nameDone = false;
  let close = "";
  let closeSeen = 0;
  let doctypeDepth = 0;
  let refused;
  const cut = /* @__PURE__ */ new Map();
  const noteCut = (what) => void cut.set(what, (cut.get(what) ?? 0) + 1);
  const refuse = (why) => {
    refused ??= why;
    return "";
  };
  function value(s, from, end, cap, label, entities) {
    if (skipping) return "";
    const room = cap - run2;
    const length = end - from;
    if (length <= room) {
      run2 += length;
      if (entities) trackEntity(s, from, end);
      return s.slice(from, end);
    }
    let stop = from + Math.max(0, room);
    if (entities) {
      trackEntity(s, from, stop);
      while (entity >= 0 && stop < end && entity < 64) {
        const c = s[stop];
        stop++;
        entity = c === ";" ? -1 : entity + 1;
      }
    }
    run2 += stop - from;
    skipping = true;
    noteCut(label());
    return s.slice(from, stop);
  }
  function trackEntity(s, from, end) {
    for (let k = end - 1; k >= from && k >= end - 65; k--) {
      const c = s.charCodeAt(k);
      if (c === 59) {
        entity = -1;
        return;
      }
      if (c === 38) {
        entity = end - k;
        return;
      }
    }
    if (end - from > 64) entity = entity >= 0 ? 65 : -1;
    else if (entity >= 0) entity += end - from;
  }
  function startValue() {
    run2 = 0;
    skipping = false;
    entity = -1;
  }
  function filter(s) {
    if (refused !== void 0) return "";
    let out = "";
    let i = 0;
    while (i < s.length && refused === void 0) {
      switch (state) {
        case "text": {
          const lt = s.indexOf("<", i);
          const end = lt < 0 ? s.length : lt;
          out += value(s, i, end, limits.text, () => `a text longer than ${limits.text} characters`, true);
          if (entity > 64) return out + refuse(`an entity reference longer than 64 characters`);
          if (lt < 0) return out;
          out += "<";
          i = lt + 1;
          state = "open";
          open3 = "";
          break;
        }
        case "open": {
          while (i < s.length && open3.length < 9) {
            open3 += s[i];
            i++;
            const kind = markupKind(open3);
            if (kind === "undecided") continue;
            out += open3;
            const first = open3;
            open3 = "";
            if (kind === "tag") {
              state = "tag";
              tagChars = 1;
              tagName = first.replace(/^\//, "");
              nameDone = NAME_END.test(tagName.slice(-1));
              if (nameDone) tagName = tagName.slice(0, -1);
              attrName = "";
              word = "";
              if (s[i - 1] === ">") {
                state = "text";
                startValue();
              }
            } else if (kind === "doctype") {
              state = "doctype";
              tagChars = 0;
              doctypeDepth = 0;
              quote = "";
            } else {
              state = kind;
              close = kind === "comment" ? "-->" : kind === "cdata" ? "]]>" : "?>";
              closeSeen = 0;
              startValue();
            }
            break;
          }
          if (open3.length >= 9) return out + refuse("markup that is neither a tag, a comment, CDATA, a DOCTYPE nor a processing instruction");
          break;
        }
        case "tag": {
          const from = i;
          for (; i < s.length; i++) {
            const c = s[i];
            if (++tagChars > limits.markup) return out + s.slice(from, i) + refuse(`a tag longer than ${limits.markup} characters (attribute values not counted)`);
            if (c === '"' || c === "'") {
              i++;
              state = "value";
              quote = c;
              startValue();
              break;
            }
            if (c === ">") {
              i++;
              state = "text";
              startValue();
              break;
            }
            if (!nameDone) {
              if (NAME_END.test(c)) nameDone = true;
              else tagName += c;
            } else if (c === "=") {
              attrName = word;
              word = "";
            } else if (/[\s/]/.test(c)) word = "";
            else word += c;
          }
          out += s.slice(from, i);
          break;
        }
        case "value": {
          const q = s.indexOf(quote, i);
          const end = q < 0 ? s.length : q;
          const name = attrName;
          out += value(s, i, end, limits.attribute, () => `the value of attribute ${name.slice(0, 40) || "?"} of <${tagName.slice(0, 40)}> longer than ${limits.attribute} characters`, true);
          if (entity > 64) return out + refuse("an entity reference longer than 64 characters");
          if (q < 0) return out;
          out += quote;
          i = q + 1;
          state = "tag";
          attrName = "";
          word = "";
          break;
        }
        case "comment":
        case "cdata":
        case "pi": {
          let end = -1;
          let j = i;
          for (; j < s.length; j++) {
            if (s[j] === close[closeSeen]) {
              closeSeen++;
              if (closeSeen === close.length) {
                end = j + 1;
                break;
              }
            } else closeSeen = s[j] === close[0] ? 1 : 0;
            if (closeSeen === 0 && j - i > 4096) {
              const next = s.indexOf(close[0], j + 1);
              j = (next < 0 ? s.length : next) - 1;
            }
          }
          const contentEnd = end < 0 ? s.length : end - close.length;
          const kind = state;
          const cap = kind === "cdata" ? limits.text : limits.ignored;
          out += value(s, i, Math.max(i, contentEnd), cap, () => kind === "cdata" ? `a CDATA section longer than ${cap} characters` : `a ${kind === "pi" ? "processing instruction" : "comment"} longer than ${cap} characters`, false);
          if (end < 0) return out;
          if (skipping) out += close;
          else out += s.slice(Math.max(i, contentEnd), end);
          i = end;
          state = "text";
          startValue();
          break;
        }
        case "doctype": {
          const from = i;
          for (; i < s.length; i++) {
            const c = s[i];
            if (++tagChars > limits.markup) return out + s.slice(from, i) + refuse(`a DOCTYPE longer than ${limits.markup} characters`);
            if (quote !== "") {
              if (c === quote) quote = "";
            } else if (c === '"' || c === "'") quote = c;
            else if (c === "[") doctypeDepth++;
            else if (c === "]") doctypeDepth--;
            else if (c === ">" && doctypeDepth <= 0) {
              i++;
              state = "text";
              startValue();
              break;
            }
          }
          out += s.slice(from, i);
          break;
        }
      }
    }
    return out;
  }
  return {
    filter,
    cuts: () => [...cut].map(([what, n]) => n === 1 ? what : `${n} times ${what}`),
    get refused() {
      return refused;
    }
  };
}
function markupKind(after) {
  if (after[0] === "?") return "pi";
  if (after[0] !== "!") return "tag";
  for (const [prefix, kind] of [["!--", "comment"], ["![CDATA[", "cdata"], ["!DOCTYPE", "doctype"]]) {
    if (after === prefix) return kind;
    if (prefix.startsWith(after)) return "undecided";
  }
  return "tag";
}

// src/parse/number-duplicates.ts
function numberDuplicates(tests) {
  const once = /* @__PURE__ */ new Set();
  const twice = /* @__PURE__ */ new Set();
  for (const test of tests) {
    const before2 = once.size;
    if (once.add(test.id).size === before2) twice.add(test.id);
  }
  if (twice.size === 0) return [...tests];
  const counts = /* @__PURE__ */ new Map();
  for (const test of tests) if (twice.has(test.id)) counts.set(test.id, (counts.get(test.id) ?? 0) + 1);
  const seen = /* @__PURE__ */ new Map();
  return tests.map((test) => {
    if ((counts.get(test.id) ?? 0) < 2) return test;
    const occurrence = (seen.get(test.id) ?? 0) + 1;
    seen.set(test.id, occurrence);
    return { ...test, occurrence };
  });
}

// src/parse/report-problem.ts
function describeProblem(problem) {
  const where = `line ${problem.line}, column ${problem.column + 1}`;
  const unclosed = /^unclosed tag: (.*)$/.exec(problem.message);
  if (unclosed !== null) return `truncated report: it ends inside <${unclosed[1] ?? "?"}> (${where})`;
  if (problem.message.startsWith("document must contain a root element")) return `no root element: the report has no XML elements (${where})`;
  if (problem.kind === "refused") return `${problem.message} (${where})`;
  return `${problem.kind === "not-xml" ? "not XML" : "malformed XML"} at ${where}: ${problem.message}`;
}

// src/parse/text-budget.ts
var SHORT_MESSAGE = 200;
function size2(test) {
  let total = (test.message?.length ?? 0) + (test.details?.length ?? 0);
  for (const attempt of test.attempts ?? []) total += (attempt.message?.length ?? 0) + (attempt.details?.length ?? 0);
  return total;
}
function shortAttempt({ details: _dropped, ...attempt }) {
  return attempt.message === void 0 ? attempt : { ...attempt, message: capText(attempt.message, SHORT_MESSAGE) };
}
function createTextBudget(budget) {
  let left = budget;
  return {
    spend(test) {
      const needed = size2(test);
      if (needed <= left) {
        left -= needed;
        return test;
      }
      left = 0;
      const { details: _dropped, ...rest } = test;
      return {
        ...rest,
        ...rest.message === void 0 ? {} : { message: capText(rest.message, SHORT_MESSAGE) },
        ...rest.attempts === void 0 ? {} : { attempts: rest.attempts.map(shortAttempt) }
      };
    }
  };
}

// src/parse/junit-reader.ts
var TEXT_TARGET = {
  result: "result",
  retry: "retry",
  "retry-trace": "retry",
  "retry-output": "retry-output",
  "system-out": "system-out",
  "system-err": "system-err"
};
function createJunitReader(options = {}) {
  const limits = {
    messageCap: options.messageCap ?? 4096,
    detailsCap: options.detailsCap ?? 16384,
    maxAttempts: options.maxAttempts ?? 100
  };
  const maxDepth = options.maxDepth ?? 1e3;
  const budget = createTextBudget(options.textBudget ?? 8 * 1024 * 1024);
  const decoder = createChunkDecoder();
  const guard = createMarkupGuard(options.markup);
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: true });
  const frames = [];
  const suites = [];
  const tests = [];
  let current;
  let pytestRoot = false;
  let sawContent = false;
  let sawRoot = false;
  let problem;
  let result;
  const STOP = new Error("flakegate: stop parsing");
  function stop(message, kind = "refused") {
    problem ??= { message, line: parser.line, column: parser.column, kind };
    throw STOP;
  }
  let cachedContext;
  function context() {
    cachedContext ??= computeContext();
    return cachedContext;
  }
  function computeContext() {
    const withFile = suites.findLast((s) => s.file !== void 0);
    return {
      suitePath: suites.map((s) => s.name).filter((n) => n !== ""),
      suiteFile: withFile?.file,
      pytest: pytestRoot || suites.some((s) => s.name === "pytest")
    };
  }
  function open3(name, attrs) {
    const parent = frames.at(-1);
    if (parent === void 0) {
      if (name === "testsuites") {
        pytestRoot = attrs["name"] === "pytest tests";
        return "suites";
      }
      if (name !== "testsuite") {
        stop(`the root element <${name}> is not <testsuites> or <testsuite>, so this is not a JUnit report`);
      }
    }
    switch (parent) {
      case void 0:
      case "suites":
      case "suite":
        if (name === "testsuites") return "suites";
        if (name === "testsuite") {
          suites.push({ name: attrs["name"]?.trim() ?? "", file: attrs["file"] });
          cachedContext = void 0;
          return "suite";
        }
        if (name !== "testcase") return "other";
        current = createCaseBuilder(attrs, context(), limits);
        return "case";
      case "case": {
        const resultTag = asResultTag(name);
        if (resultTag !== void 0) current?.openResult(resultTag, attrs);
        const retryTag = asRetryTag(name);
        if (retryTag !== void 0) current?.openRetry(retryTag, attrs);
        if (resultTag !== void 0) return "result";
        if (retryTag !== void 0) return "retry";
        if (name === "system-out" || name === "system-err") return name;
        return name === "properties" ? "properties" : "other";
      }
      case "properties":
        if (name === "property") current?.property(attrs["name"], attrs["value"]);
        return "other";
      case "retry":
        if (name === "stackTrace") return "retry-trace";
        return name === "system-out" || name === "system-err" ? "retry-output" : "other";
      default:
        return "other";
    }
  }
  function close(frame) {
    if (frame === "suite") {
      suites.pop();
      cachedContext = void 0;
    } else if (frame === "result") current?.closeResult();
    else if (frame === "retry") current?.closeRetry();
    else if (frame === "case" && current !== void 0) {
      tests.push(budget.spend(current.finish()));
      current = void 0;
    }
  }
  let textTarget;
  function text(data) {
    if (problem === void 0 && textTarget !== void 0) current?.text(textTarget, data);
  }
  let inStartTag = false;
  parser.on("opentagstart", () => {
    inStartTag = true;
  });
  let listening = false;
  function listenForText(top) {
    textTarget = top === void 0 ? void 0 : TEXT_TARGET[top];
    const wanted = textTarget !== void 0;
    if (wanted === listening) return;
    listening = wanted;
    if (wanted) parser.on("text", text);
    else parser.off("text");
  }
  parser.on("opentag", (tag) => {
    inStartTag = false;
    if (problem !== void 0) return;
    if (frames.length >= maxDepth) return stop(`elements are nested deeper than ${maxDepth} levels`);
    sawRoot = true;
    const frame = open3(tag.name, tag.attributes);
    frames.push(frame);
    listenForText(frame);
  });
  parser.on("closetag", () => {
    if (problem !== void 0) return;
    close(frames.pop());
    listenForText(frames.at(-1));
  });
  parser.on("cdata", text);
  parser.on("error", (err) => {
    const message = err.message.replace(/^\d+:\d+: /, "");
    if (!(inStartTag && message === "disallowed character.")) stop(message, sawRoot ? "malformed" : "not-xml");
  });
  function feed(raw, last) {
    if (problem !== void 0) return;
    if (!sawContent && /\S/.test(raw)) sawContent = true;
    const data = guard.filter(raw);
    try {
      if (data !== "") parser.write(data);
      if (guard.refused !== void 0) stop(`${guard.refused}; the rest is not read`);
      if (last && problem === void 0) parser.close();
    } catch (err) {
      if (err !== STOP) {
        problem ??= { message: `internal error: ${String(err)}`, line: parser.line, column: parser.column, kind: "refused" };
      }
    }
  }
  return {
    write(chunk) {
      if (result === void 0 && problem === void 0) feed(decoder.decode(chunk), false);
    },
    end() {
      if (result !== void 0) return result;
      feed(decoder.flush(), true);
      const kept = numberDuplicates(tests);
      if (!sawContent) result = { status: "empty", error: "the report is empty (no bytes or only whitespace)", tests: [] };
      else if (problem === void 0 && guard.cuts().length > 0) {
        result = { status: "salvaged", error: `values over their limit were cut while reading: ${guard.cuts().join("; ")}; every testcase was read, with those values cut`, tests: kept };
      } else if (problem === void 0) result = { status: "ok", tests: kept };
      else if (kept.length === 0) result = { status: "invalid", error: describeProblem(problem), tests: [] };
      else {
        const error = `${describeProblem(problem)}; kept the ${kept.length} testcase(s) completed before it`;
        result = { status: "salvaged", error, tests: kept };
      }
      return result;
    },
    get stopped() {
      return problem !== void 0;
    }
  };
}

// src/parse/read-file.ts
var READ_CHUNK = 1 << 16;
function errorCode(err) {
  return err instanceof Error && "code" in err && typeof err.code === "string" ? err.code : void 0;
}
async function parseJunitFile(path, options = {}) {
  const reader = createJunitReader(options);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
      reader.write(chunk);
      if (reader.stopped) break;
    }
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT") return { status: "missing", error: `no report at ${path}`, tests: [] };
    const reason = `cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`;
    const partial = reader.end();
    if (partial.tests.length === 0) return { status: "invalid", error: reason, tests: [] };
    return { status: "salvaged", error: `${reason}; kept the ${partial.tests.length} testcase(s) read before it`, tests: partial.tests };
  }
  return reader.end();
}

// src/parse/collect-run.ts
var STATUS_RANK = { ok: 0, salvaged: 1, empty: 2, invalid: 3, missing: 4 };
async function collectRun(run2, out, cwd) {
  const files = [];
  for (const path of run2.reportPaths) files.push(...await reportFiles(path));
  const parsed = [];
  for (const path of files) parsed.push(await parseJunitFile(path));
  const result = toRunResult({ ...run2, reportPaths: files }, parsed, out, cwd);
  const probe = run2.probeDir === void 0 ? void 0 : await readProbeDir(run2.probeDir);
  return probe === void 0 ? result : { ...result, probe };
}
async function reportFiles(path) {
  const info = await stat2(path).catch(() => null);
  if (info === null || !info.isDirectory()) return [path];
  const names = (await readdir3(path)).filter((n) => n.endsWith(".xml")).sort();
  return names.length === 0 ? [join9(path, "junit.xml")] : names.map((n) => join9(path, n));
}
function toRunResult(run2, parsed, out, cwd) {
  const { spec, process: proc } = run2;
  const cases = projectRelativeCases(parsed.flatMap((p) => [...p.tests]), cwd);
  const status = worstStatus(parsed);
  const kept = run2.reportPaths.filter((_, i) => parsed[i]?.status !== "missing");
  return {
    record: {
      id: spec.id,
      workers: spec.workers,
      iteration: spec.iteration,
      phase: spec.phase,
      ...spec.tests ? { subset: spec.tests } : {},
      exitCode: proc.exitCode,
      signal: proc.signal,
      timedOut: proc.timedOut,
      durationMs: proc.durationMs,
      reportPaths: kept.map((p) => relative2(out, p)),
      parse: status,
      ...errorOf(run2, parsed, status),
      tests: cases.length,
      outputTail: proc.outputTail,
      ...proc.containment === void 0 ? {} : { containment: proc.containment },
      ...proc.survivors === void 0 || proc.survivors.length === 0 ? {} : { survivors: proc.survivors, survivorCount: proc.survivorCount ?? proc.survivors.length }
    },
    cases
  };
}
function worstStatus(parsed) {
  let worst = parsed.length === 0 ? "missing" : "ok";
  for (const p of parsed) if (STATUS_RANK[p.status] > STATUS_RANK[worst]) worst = p.status;
  return worst;
}
function errorOf(run2, parsed, status) {
  const { process: proc } = run2;
  if (proc.spawnError) return { error: proc.spawnError };
  const parts = [];
  if (proc.timedOut) parts.push(`timed out after ${Math.round(proc.durationMs / 1e3)}s; the process tree was killed`);
  else if (proc.signal) parts.push(`killed by ${proc.signal}`);
  if (status === "missing") parts.push("wrote no JUnit report");
  for (const p of parsed) if (p.error) parts.push(`report ${p.status}: ${p.error}`);
  return parts.length > 0 ? { error: parts.join("; ") } : {};
}

// src/parse/hook-outcomes.ts
var NOT_RUN = "not run:";
function hasPseudoTest(run2) {
  const failing = run2.cases.filter((c) => c.outcome === "failed" || c.outcome === "error");
  if (failing.length === 0) return false;
  const names = /* @__PURE__ */ new Map();
  for (const c of run2.cases) {
    let set = names.get(c.classname);
    if (set === void 0) names.set(c.classname, set = /* @__PURE__ */ new Set());
    set.add(c.name);
  }
  return failing.some((c) => pseudoTestOf(c, names) !== null);
}
function normaliseHookOutcomes(runs2) {
  const known = collect(runs2);
  const pseudo = /* @__PURE__ */ new Map();
  const pseudoOf = (c) => {
    if (c.inferredFrom !== void 0 || known.real.has(c.id) || c.outcome !== "failed" && c.outcome !== "error") return pseudo.get(c.id) ?? null;
    let found2 = pseudo.get(c.id);
    if (found2 === void 0) {
      const test = pseudoTestOf(c, known.names);
      if (test === null) return null;
      found2 = { test, id: testId({ file: idFile(c.id), classname: c.classname, name: test.name }) };
      pseudo.set(c.id, found2);
      pseudo.set(found2.id, found2);
    }
    return found2;
  };
  const hooks = /* @__PURE__ */ new Map();
  for (const run2 of runs2) {
    for (const c of run2.cases) {
      const p = pseudoOf(c);
      if (p !== null && !hooks.has(p.id)) hooks.set(p.id, { test: p.test, sample: { ...c, id: p.id, name: p.test.name } });
    }
  }
  if (hooks.size === 0) return [...runs2];
  const guarded = /* @__PURE__ */ new Map();
  for (const [id, { test }] of hooks) guarded.set(id, [...known.ran.values()].filter((c) => !hooks.has(c.id) && pseudo.get(c.id) === void 0 && test.governs(c)));
  return runs2.map((run2) => normaliseRun(run2, hooks, guarded, pseudoOf));
}
function normaliseRun(run2, hooks, guarded, pseudoOf) {
  let changed = false;
  const cases = run2.cases.map((c) => {
    const p = pseudoOf(c);
    if (p === null || p.id === c.id && c.name === hooks.get(p.id)?.test.name) return c;
    changed = true;
    return { ...c, id: p.id, name: hooks.get(p.id)?.test.name ?? c.name };
  });
  const byId = /* @__PURE__ */ new Map();
  for (const c of cases) byId.set(c.id, [...byId.get(c.id) ?? [], c]);
  const expected2 = (id, hook) => run2.record.subset === void 0 || run2.record.subset.includes(id) || run2.record.subset.includes(hook);
  const added = [];
  const replaced = /* @__PURE__ */ new Map();
  const stand = /* @__PURE__ */ new Set();
  for (const [id, { test, sample }] of hooks) {
    const mine = guarded.get(id) ?? [];
    const failing = (byId.get(id) ?? []).find((c) => c.outcome === "failed" || c.outcome === "error");
    if (failing !== void 0) {
      for (const g of mine) {
        const present = byId.get(g.id) ?? [];
        const notRun = (c) => c.outcome === "skipped" || c.outcome === "failed" && (test.supersedes?.(c) ?? false);
        if (!expected2(g.id, id) || !present.every(notRun) || replaced.has(g.id)) continue;
        for (const c of present) stand.add(c);
        const because = {
          id: g.id,
          ...g.file === void 0 ? {} : { file: g.file },
          ...g.line === void 0 ? {} : { line: g.line },
          classname: g.classname,
          name: g.name,
          outcome: "failed",
          message: `${NOT_RUN} ${sample.name} failed${failing.message ? `: ${failing.message}` : ""}`,
          ...failing.details === void 0 ? {} : { details: failing.details },
          ...failing.worker === void 0 ? {} : { worker: failing.worker },
          inferredFrom: id
        };
        if (present.length > 0) replaced.set(g.id, because);
        else added.push(because);
      }
    } else if ((byId.get(id) ?? []).length === 0 && run2.record.parse === "ok") {
      const ran2 = mine.some((g) => expected2(g.id, id) && (byId.get(g.id) ?? []).some((c) => c.outcome === "passed" || c.outcome === "failed" || c.outcome === "error"));
      if (ran2) added.push({ id, ...sample.file === void 0 ? {} : { file: sample.file }, classname: sample.classname, name: sample.name, outcome: "passed", inferredFrom: id });
    }
  }
  if (!changed && added.length === 0 && replaced.size === 0) return run2;
  const out = cases.flatMap((c) => {
    const r = replaced.get(c.id);
    if (r === void 0) return [c];
    if (!stand.has(c)) return [c];
    const first = cases.find((x) => x.id === c.id) === c;
    return first ? [r] : [];
  });
  return { ...run2, cases: [...out, ...added] };
}
function collect(runs2) {
  const ran2 = /* @__PURE__ */ new Map();
  const real = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Map();
  for (const run2 of runs2) {
    for (const c of run2.cases) {
      if (c.inferredFrom === void 0) {
        if (c.outcome === "passed" || c.outcome === "skipped") real.add(c.id);
        if ((c.outcome === "passed" || c.outcome === "failed" || c.outcome === "error") && !ran2.has(c.id)) ran2.set(c.id, c);
      }
      let set = names.get(c.classname);
      if (set === void 0) names.set(c.classname, set = /* @__PURE__ */ new Set());
      set.add(c.name);
    }
  }
  return { ran: ran2, real, names };
}
function idFile(id) {
  const i = id.indexOf("::");
  return i <= 0 ? void 0 : id.slice(0, i);
}

// src/project/gather.ts
import { relative as relative3 } from "node:path";

// src/locate/ecosystem.ts
var MANIFESTS = [
  [/^(?:pyproject\.toml|setup\.py|setup\.cfg|tox\.ini|noxfile\.py|pytest\.ini|Pipfile(?:\.lock)?|poetry\.lock|uv\.lock|pdm\.lock|requirements[\w.-]{0,40}\.txt)$/, "python"],
  [/^(?:package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.jsonc?)$/, "javascript"],
  [/^(?:go\.mod|go\.sum|go\.work)$/, "go"],
  [/^(?:pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|gradlew|mvnw|build\.sbt)$/, "java"],
  [/^(?:Cargo\.toml|Cargo\.lock)$/, "rust"],
  [/^(?:Gemfile(?:\.lock)?|Rakefile|[\w.-]{1,100}\.gemspec)$/, "ruby"],
  [/^[\w.-]{1,200}\.(?:csproj|fsproj|vbproj|sln)$/, "dotnet"]
];
var PRIORITY = ["python", "javascript", "go", "java", "rust", "ruby", "dotnet"];
function isManifest(path) {
  const base = path.split("/").at(-1) ?? "";
  return MANIFESTS.some(([pattern]) => pattern.test(base));
}
function decideEcosystem(files, located = []) {
  const fromTests = majority(located.map(ecosystemOfPath));
  if (fromTests !== null) return { ecosystem: fromTests.ecosystem, evidence: `the report's tests are in ${describe2(fromTests)}` };
  const fromDisk = majority(files.filter(isTestFile).map(ecosystemOfPath));
  if (fromDisk !== null) return { ecosystem: fromDisk.ecosystem, evidence: `the project's test files are ${describe2(fromDisk)}` };
  const roots = files.filter((f) => !f.includes("/") && isManifest(f));
  const byManifest = PRIORITY.find((e) => roots.some((f) => MANIFESTS.some(([p, m]) => m === e && p.test(f))));
  if (byManifest !== void 0) {
    const named = roots.filter((f) => MANIFESTS.some(([p, m]) => m === byManifest && p.test(f)));
    return { ecosystem: byManifest, evidence: `manifest ${named.slice(0, 3).join(", ")}` };
  }
  return { ecosystem: "unknown", evidence: "no test files or manifests of a known ecosystem" };
}
function majority(ecosystems) {
  const counts = /* @__PURE__ */ new Map();
  for (const e of ecosystems) if (e !== null) counts.set(e, (counts.get(e) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const best = [...counts].sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]))[0];
  return best === void 0 ? null : { ecosystem: best[0], count: best[1], total };
}
function describe2(c) {
  return c.count === c.total ? `${c.count} ${c.ecosystem} file(s)` : `${c.count} of ${c.total} ${c.ecosystem} file(s)`;
}

// src/locate/go-module.ts
function goModulePath(goMod) {
  const m = /^[ \t]{0,20}module[ \t]{1,20}"?([^"\s]{1,500})"?/m.exec(goMod);
  return m?.[1] ?? null;
}
function goPackageDir(modulePath, importPath) {
  if (importPath === modulePath) return "";
  return importPath.startsWith(`${modulePath}/`) ? importPath.slice(modulePath.length + 1) : null;
}
function goFileDeclaring(files, testName) {
  const top = testName.split("/")[0] ?? testName;
  const declaration = new RegExp(`^func[ \\t]{1,5}${escapeRegExp(top)}[ \\t]{0,5}\\(`, "m");
  return files.find((f) => declaration.test(f.text))?.path ?? null;
}
function dirOf2(path) {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}
function joinPath(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}

// src/locate/by-go-package.ts
var IMPORT_PATH = /^[\w.~-]{1,200}(?:\/[\w.~-]{1,200}){0,40}$/;
var GO_TEST_NAME = /^(?:Test|Example|Benchmark|Fuzz)[\w]{0,200}(?:\/|$)/;
function isGoTest(classname, name) {
  return IMPORT_PATH.test(classname) && GO_TEST_NAME.test(name);
}
function goModFiles(files) {
  return files.filter((f) => f === "go.mod" || f.endsWith("/go.mod"));
}
function goPackageDirOf(importPath, view, index) {
  for (const mod of goModFiles(view.files)) {
    const modulePath = goModulePath(view.texts.get(mod) ?? "");
    if (modulePath === null) continue;
    const rel = goPackageDir(modulePath, importPath);
    if (rel !== null) return joinPath(dirOf2(mod), rel);
  }
  const segments = importPath.split("/");
  for (let i = 1; i < segments.length; i++) {
    const dir = segments.slice(i).join("/");
    if (goTestFilesIn(dir, index).length > 0) return dir;
  }
  return null;
}
function goTestFilesIn(dir, index) {
  return index.inDir(dir).filter((f) => f.endsWith("_test.go"));
}
function goFilesToRead(classname, view, index) {
  const dir = goPackageDirOf(classname, view, index);
  return dir === null ? [] : goTestFilesIn(dir, index);
}
function fromGoPackage(classname, name, view, index) {
  const dir = goPackageDirOf(classname, view, index);
  if (dir === null) return null;
  const files = goTestFilesIn(dir, index).flatMap((path) => {
    const text = view.texts.get(path);
    return text === void 0 ? [] : [{ path, text }];
  });
  const file = goFileDeclaring(files, name);
  return file === null ? null : { file, via: "go-package" };
}

// src/locate/by-module.ts
var SEGMENT = /^[A-Za-z_$][\w$]{0,200}$/;
var PYTHON = [".py"];
var JVM = [".java", ".kt", ".scala", ".groovy"];
function fromModulePath(classname, name, files) {
  const dotted = classname !== "" ? classname : name;
  const segments = dotted.split("$")[0]?.split(".") ?? [];
  if (segments.length === 0 || !segments.every((s) => SEGMENT.test(s))) return null;
  for (let n = segments.length; n >= 1; n--) {
    for (let i = 0; i < n; i++) {
      const base = segments.slice(i, n).join("/");
      const trusted = (path) => i === 0 && n - i >= 2 || isTestFile(path);
      const python = pick(PYTHON.flatMap((ext) => files.endingWith(`${base}${ext}`)).filter(trusted));
      if (python !== null) return { file: python, via: "python-module" };
      if (n === segments.length) {
        const jvm = pick(JVM.flatMap((ext) => files.endingWith(`${base}${ext}`)).filter(trusted));
        if (jvm !== null) return { file: jvm, via: "jvm-class" };
      }
    }
  }
  return null;
}
function pick(candidates) {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const tests = candidates.filter(isTestFile);
  if (tests.length === 1) return tests[0] ?? null;
  const sorted = [...tests.length > 0 ? tests : candidates].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
  return sorted[0]?.split("/").length === sorted[1]?.split("/").length ? null : sorted[0] ?? null;
}

// src/locate/by-report.ts
function idFile2(id) {
  const i = id.indexOf("::");
  return i === -1 ? "" : id.slice(0, i);
}
function fromReport(test, files, complete) {
  const file = test.file;
  if (file === void 0) return null;
  const via = idFile2(test.id) === "" && file === test.classname ? "classname-path" : "report-file";
  const found2 = existing(file, files, complete);
  if (found2 === null) return null;
  return { file: found2, via, ...test.line === void 0 || found2 !== file ? {} : { line: test.line } };
}
function existing(path, files, complete) {
  const p = path.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
  if (p === "" || p.split("/").includes("..") || ecosystemOfPath(p) === null) return null;
  if (files.has(p)) return p;
  const below = files.endingWith(p.replace(/^\/+/, ""));
  if (below.length === 1) return below[0] ?? null;
  const parts = p.replace(/^\/+/, "").split("/");
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join("/");
    if (files.has(tail)) return tail;
  }
  return !complete && !p.startsWith("/") ? p : null;
}

// src/locate/by-stack.ts
var FRAME = /(?:file:\/\/)?((?:\/|\.{1,2}\/)?[\w@~+.-]{1,200}(?:\/[\w@~+.-]{1,200}){0,40}\.[cm]?[jt]sx?):(\d{1,7})(?::\d{1,7})?/g;
var MAX_FRAMES = 200;
var MAX_TEXT = 2e4;
function stackTestFiles(texts, index) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let frames = 0;
  for (const text of texts) {
    for (const m of text.slice(0, MAX_TEXT).matchAll(FRAME)) {
      if (++frames > MAX_FRAMES) return out;
      const path = m[1] ?? "";
      if (path.includes("/node_modules/")) continue;
      const file = listed(path, index);
      if (file === null || seen.has(file) || !isTestFile(file)) continue;
      seen.add(file);
      out.push({ file, line: Number(m[2]) });
    }
  }
  return out;
}
function listed(path, index) {
  const parts = path.replace(/^(?:\.{1,2}\/|\/)+/, "").split("/");
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join("/");
    if (index.has(tail)) return tail;
  }
  return null;
}
function fromStack(frames, name, view) {
  const declares = frames.find((f) => {
    const text = view.texts.get(f.file);
    return text !== void 0 && findDeclaration(text.split("\n"), name, languageOf(f.file, "javascript")) !== null;
  });
  const chosen = declares ?? frames.find((f) => /(?:^|\/)[^/]{1,200}\.(?:test|spec)\.[cm]?[jt]sx?$/.test(f.file));
  return chosen === void 0 ? null : { file: chosen.file, via: "stack-frame", line: chosen.line };
}

// src/locate/by-title.ts
var MAX_SEARCH_FILES = 400;
var PER_TEST2 = 30;
function titleSearchFiles(queries, files, ecosystem) {
  const pool2 = files.filter((f) => isTestFile(f) && (ecosystem === "unknown" || ecosystemOfPath(f) === ecosystem));
  if (pool2.length <= MAX_SEARCH_FILES) return pool2;
  const chosen = /* @__PURE__ */ new Set();
  for (const q of queries) {
    const words = wordsOf2(`${q.classname} ${q.name}`);
    const ranked = pool2.map((f) => ({ f, score: [...wordsOf2(f)].filter((w) => words.has(w)).length })).filter((r) => r.score > 0).sort((a, b) => b.score - a.score || a.f.localeCompare(b.f));
    for (const r of ranked.slice(0, PER_TEST2)) chosen.add(r.f);
    if (chosen.size >= MAX_SEARCH_FILES) break;
  }
  return [...chosen].slice(0, MAX_SEARCH_FILES).sort();
}
function wordsOf2(text) {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && w !== "test" && w !== "tests" && w !== "spec"));
}
function fromTitle(query, texts, searched) {
  const last = lastWord(query.name);
  let best = [];
  for (const file of searched) {
    const text = texts.get(file);
    if (text === void 0 || last !== "" && !text.includes(last)) continue;
    const lines = text.split("\n");
    const lang = languageOf(file, "unknown");
    const titled = lang === "js" || lang === "ruby" ? findTitled(lines, query.name) : null;
    const line = titled?.line ?? findDeclaration(lines, query.name, lang);
    if (line === null) continue;
    const strength2 = titled?.length ?? query.name.length;
    if (best.length === 0 || strength2 > (best[0]?.strength ?? 0)) best = [{ file, line, strength: strength2 }];
    else if (strength2 === best[0]?.strength) best.push({ file, line, strength: strength2 });
  }
  if (best.length > 1) best = byDescribeTitles(best, query, texts);
  const only = best.length === 1 ? best[0] : void 0;
  return only === void 0 ? null : { file: only.file, via: "title-search", line: only.line + 1 };
}
function lastWord(name) {
  const words = name.split(/[^\w$]+/).filter((w) => w.length >= 3);
  return words.at(-1) ?? "";
}
function byDescribeTitles(tied, query, texts) {
  const titles = [...query.classname.split(/ › | > /), ...query.name.split(" > ").slice(0, -1)].map((t) => t.trim()).filter((t) => t.length >= 2);
  if (titles.length === 0) return tied;
  const quoted = (text, t) => [`'${t}'`, `"${t}"`, `\`${t}\``].some((q) => text.includes(q));
  const scored = tied.map((c) => ({ c, n: titles.filter((t) => quoted(texts.get(c.file) ?? "", t)).length }));
  const top = Math.max(...scored.map((s) => s.n));
  return scored.filter((s) => s.n === top).map((s) => s.c);
}

// src/locate/project-view.ts
var indexes = /* @__PURE__ */ new WeakMap();
function indexFiles(files) {
  let index = indexes.get(files);
  if (index !== void 0) return index;
  const all = new Set(files);
  const bySuffix = /* @__PURE__ */ new Map();
  const byDir = /* @__PURE__ */ new Map();
  for (const path of files) {
    const parts = path.split("/");
    for (let i = 0; i < parts.length; i++) {
      const suffix = parts.slice(i).join("/");
      const list4 = bySuffix.get(suffix);
      if (list4 === void 0) bySuffix.set(suffix, [path]);
      else list4.push(path);
    }
    const dir = parts.slice(0, -1).join("/");
    const list3 = byDir.get(dir);
    if (list3 === void 0) byDir.set(dir, [path]);
    else list3.push(path);
  }
  index = {
    has: (path) => all.has(path),
    endingWith: (suffix) => bySuffix.get(suffix) ?? [],
    inDir: (dir) => byDir.get(dir) ?? []
  };
  indexes.set(files, index);
  return index;
}

// src/locate/locate-tests.ts
function filesToRead(input) {
  const { project } = input;
  const index = indexFiles(project.files);
  const want = new Set(goModFiles(project.files));
  const open3 = [];
  const frames = framesOf(input, index);
  const unread = (files) => files.some((f) => !project.texts.has(f));
  for (const test of input.tests) {
    if (cheap(test, index, project.complete) !== null) continue;
    if (isGoTest(test.classname, test.name)) {
      const pkg = goFilesToRead(test.classname, project, index);
      for (const f of pkg) want.add(f);
      if (pkg.length > 0 && (unread(pkg) || fromGoPackage(test.classname, test.name, project, index) !== null)) continue;
    }
    if (!input.wanted.has(test.id)) continue;
    const found2 = frames.get(test.id) ?? [];
    for (const f of found2) want.add(f.file);
    if (found2.length > 0 && (unread(found2.map((f) => f.file)) || fromStack(found2, test.name, project) !== null)) continue;
    open3.push(test);
  }
  if (open3.length > 0) for (const f of titleSearchFiles(open3, project.files, input.ecosystem)) want.add(f);
  return [...want].filter((f) => !project.texts.has(f)).sort();
}
function locateTests(input) {
  const { project } = input;
  const index = indexFiles(project.files);
  const frames = framesOf(input, index);
  const searched = titleSearchFiles(input.tests.filter((t) => input.wanted.has(t.id)), project.files, input.ecosystem).filter((f) => project.texts.has(f));
  return input.tests.map((test) => {
    let found2 = cheap(test, index, project.complete);
    if (found2 === null && isGoTest(test.classname, test.name)) found2 = fromGoPackage(test.classname, test.name, project, index);
    if (found2 === null && input.wanted.has(test.id)) found2 = fromStack(frames.get(test.id) ?? [], test.name, project) ?? fromTitle(test, project.texts, searched);
    return found2 === null ? test : withSource(test, found2);
  });
}
function cheap(test, index, complete) {
  return fromReport(test, index, complete) ?? fromModulePath(test.classname, test.name, index);
}
function withSource(test, found2) {
  const source = { file: found2.file, via: found2.via, ...found2.line === void 0 ? {} : { line: found2.line } };
  const file = test.file ?? found2.file;
  const line = test.line ?? (file === found2.file ? found2.line : void 0);
  return { ...test, file, ...line === void 0 ? {} : { line }, source };
}
function framesOf(input, index) {
  const texts = /* @__PURE__ */ new Map();
  for (const run2 of input.runs) {
    for (const c of run2.cases) {
      if (!input.wanted.has(c.id) || c.outcome !== "failed" && c.outcome !== "error") continue;
      const list3 = texts.get(c.id) ?? [];
      if (list3.length < 3) list3.push(`${c.details ?? ""}
${c.message ?? ""}`);
      texts.set(c.id, list3);
    }
  }
  return new Map([...texts].map(([id, t]) => [id, stackTestFiles(t, index)]));
}

// src/project/list-files.ts
import { readdir as readdir4 } from "node:fs/promises";
import { join as join10 } from "node:path";
var MAX_LISTED_FILES = 5e4;
var MAX_DEPTH3 = 24;
var MAX_DIRS = 2e4;
var SKIPPED_DIRS2 = /* @__PURE__ */ new Set([
  "node_modules",
  "bower_components",
  "jspm_packages",
  "vendor",
  "third_party",
  ".git",
  ".hg",
  ".svn",
  ".venv",
  "venv",
  "env",
  ".env",
  ".tox",
  ".nox",
  "__pycache__",
  "site-packages",
  ".eggs",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  "dist",
  "build",
  "target",
  "out",
  "coverage",
  ".nyc_output",
  ".next",
  ".nuxt",
  ".cache",
  ".turbo",
  ".gradle",
  ".idea",
  ".vscode",
  "bin",
  "obj",
  ".flakegate",
  ".fixture-state"
]);
async function listProject(root, skip = []) {
  const files = [];
  const skipped = new Set(skip);
  let complete = true;
  let queue = [{ dir: "", depth: 0 }];
  let dirs = 0;
  while (queue.length > 0) {
    const next = [];
    for (const { dir, depth } of queue) {
      if (++dirs > MAX_DIRS) return { files: files.sort(), complete: false };
      const entries = await readdir4(join10(root, dir), { withFileTypes: true }).catch(() => []);
      for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
        const path = dir === "" ? e.name : `${dir}/${e.name}`;
        if (e.isDirectory()) {
          if (SKIPPED_DIRS2.has(e.name) || skipped.has(path) || depth >= MAX_DEPTH3) continue;
          next.push({ dir: path, depth: depth + 1 });
        } else if (e.isFile() && (ecosystemOfPath(e.name) !== null || isManifest(e.name))) {
          if (files.length >= MAX_LISTED_FILES) {
            complete = false;
            continue;
          }
          files.push(path);
        }
      }
    }
    queue = next;
  }
  return { files: files.sort(), complete };
}

// src/project/read-files.ts
import { lstat as lstat2, readFile as readFile6, realpath } from "node:fs/promises";
import { join as join11, sep } from "node:path";
var MAX_FILE_BYTES2 = 512 * 1024;
var MAX_FILES_READ = 3e3;
var MAX_BYTES_READ = 64 * 1024 * 1024;
function createProjectReader(root) {
  let realRoot;
  let files = 0;
  let bytes = 0;
  return {
    async read(paths, into) {
      realRoot ??= realpath(root).catch(() => root);
      const base = await realRoot;
      for (const path of paths) {
        if (into.has(path) || files >= MAX_FILES_READ || bytes >= MAX_BYTES_READ) continue;
        if (!isRelativeInside(path)) continue;
        const text = await readConfined(base, path);
        if (text === null) continue;
        files += 1;
        bytes += text.length;
        into.set(path, text);
      }
    }
  };
}
function isRelativeInside(path) {
  if (path === "" || path.startsWith("/") || path.includes("\\") || /^[A-Za-z]:/.test(path) || path.includes("\0")) return false;
  return path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
async function readConfined(base, path) {
  const full = join11(base, path);
  try {
    const info = await lstat2(full);
    if (!info.isFile() || info.size > MAX_FILE_BYTES2) return null;
    const real = await realpath(full);
    if (!real.startsWith(base.endsWith(sep) ? base : base + sep)) return null;
    return await readFile6(real, "utf8");
  } catch {
    return null;
  }
}

// src/project/gather.ts
var LOCATE_ROUNDS = 4;
async function gatherProject(input) {
  const { cwd } = input;
  const outRel = input.out === void 0 ? "" : relative3(cwd, input.out);
  const listing = await listProject(cwd, outRel !== "" && !outRel.startsWith("..") ? [outRel.split("\\").join("/")] : []);
  const reader = createProjectReader(cwd);
  const texts = /* @__PURE__ */ new Map();
  const preset = input.framework === "custom" ? null : input.framework;
  const first = preset === null ? decideEcosystem(listing.files) : { ecosystem: FRAMEWORK_ECOSYSTEM[preset], evidence: `framework ${preset}` };
  const wanted = new Set(input.tests.filter(wantsSource).map((t) => t.id));
  const locateInput = () => ({ tests: input.tests, runs: input.runs, project: { files: listing.files, complete: listing.complete, texts }, ecosystem: first.ecosystem, wanted });
  for (let round = 0; round < LOCATE_ROUNDS; round++) {
    const need = filesToRead(locateInput());
    if (need.length === 0) break;
    const before2 = texts.size;
    await reader.read(need, texts);
    if (texts.size === before2) break;
  }
  const tests = locateTests(locateInput());
  const decided = preset === null ? decideEcosystem(listing.files, tests.flatMap((t) => t.source ? [t.source.file] : [])) : first;
  const framework = preset ?? await frameworkOf(cwd, decided.ecosystem);
  const sources = /* @__PURE__ */ new Map();
  const wantedSources = sourceFilesFor(tests, decided.ecosystem, listing.files);
  for (const f of wantedSources) {
    const t = texts.get(f);
    if (t !== void 0) sources.set(f, t);
  }
  await reader.read(wantedSources, sources);
  for (let depth = 0; depth < HELPER_DEPTH; depth++) {
    const helpers = helperFilesToRead(tests, sources, listing.files);
    if (helpers.length === 0) break;
    await reader.read(helpers, sources);
  }
  for (let depth = 0; depth < LIBRARY_DEPTH; depth++) {
    const modules = libraryFilesToRead(tests, sources, listing.files);
    if (modules.length === 0) break;
    await reader.read(modules, sources);
  }
  return { tests, sources, files: listing.files, project: { ecosystem: decided.ecosystem, framework, evidence: decided.evidence } };
}
async function frameworkOf(cwd, ecosystem) {
  const detections = await detectFrameworks(cwd).catch(() => []);
  return detections.find((d) => FRAMEWORK_ECOSYSTEM[d.name] === ecosystem)?.name ?? null;
}

// src/quarantine/match.ts
function looseForm(text) {
  let s = text.replace(/\s+/g, " ").trim().replace(/\\/g, "/").replace(/ › /g, " > ");
  while (s.startsWith("./")) s = s.slice(2);
  return s;
}
function globRegExp(pattern) {
  return new RegExp(`^${pattern.split("*").map(escapeRegExp3).join(".*")}$`, "s");
}
function otherForms(t) {
  const file = t.file ?? "";
  const forms = [pytestNodeId({ file, classname: t.classname, name: t.name })];
  if (file !== "") forms.push(`${file}::${t.name}`, `${file} > ${t.name}`);
  if (t.classname !== "") forms.push(`${t.classname} > ${t.name}`, `${t.classname}::${t.name}`, `${t.classname}.${t.name}`);
  if (file !== "" && t.classname !== "" && t.classname !== file) forms.push(`${file} > ${t.classname} > ${t.name}`);
  return [...new Set(forms.map(looseForm))];
}
function createTestIndex(tests) {
  const exact = /* @__PURE__ */ new Map();
  for (const t of tests) for (const form of /* @__PURE__ */ new Set([looseForm(t.id), looseForm(t.display)])) push2(exact, form, t);
  let others = null;
  const otherIndex = () => {
    if (others === null) {
      others = /* @__PURE__ */ new Map();
      for (const t of tests) for (const form of otherForms(t)) push2(others, form, t);
    }
    return others;
  };
  return {
    match(pattern, suggest = true) {
      const loose = looseForm(pattern);
      if (pattern.includes("*")) {
        const re = globRegExp(loose);
        const found2 = tests.filter((t) => re.test(looseForm(t.id)) || re.test(looseForm(t.display)));
        return found2.length > 0 ? { kind: "tests", tests: found2 } : { kind: "none" };
      }
      const byId = exact.get(loose);
      if (byId !== void 0) return { kind: "tests", tests: byId };
      const other = otherIndex().get(loose) ?? [];
      if (other.length === 1) return { kind: "tests", tests: other };
      if (other.length > 1) return { kind: "ambiguous", candidates: other };
      const closest = suggest ? closestDisplay(loose, tests) : void 0;
      return closest === void 0 ? { kind: "none" } : { kind: "none", closest };
    }
  };
}
function push2(map, key, t) {
  const list3 = map.get(key);
  if (list3 === void 0) map.set(key, [t]);
  else if (!list3.includes(t)) list3.push(t);
}
function closestDisplay(loose, tests) {
  const limit = Math.max(2, Math.floor(loose.length / 3));
  const named = tests.filter((t) => t.name !== "" && loose.includes(looseForm(t.name)));
  let best;
  let bestDistance = limit + 1;
  for (const t of [...named.length > 0 ? named : tests].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) {
    const d = boundedDistance(loose, looseForm(t.display), bestDistance - 1);
    if (d < bestDistance) {
      best = t.display;
      bestDistance = d;
    }
  }
  return best;
}
function boundedDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((prev[j] ?? Infinity) + 1, (row[j - 1] ?? Infinity) + 1, (prev[j - 1] ?? Infinity) + cost);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}
function escapeRegExp3(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/quarantine/apply.ts
var MAX_SUGGESTIONS = 20;
var NAMED_CANDIDATES = 5;
function applyQuarantine(tests, entries, today, file) {
  const index = createTestIndex(tests);
  const expired = [];
  const warnings = [];
  const assigned = /* @__PURE__ */ new Map();
  let suggestions = 0;
  for (const entry of entries) {
    const match = index.match(entry.test, suggestions < MAX_SUGGESTIONS);
    if (match.kind === "none" && !entry.test.includes("*")) suggestions++;
    const isExpired = entry.expires !== void 0 && entry.expires < today;
    if (match.kind === "tests") {
      if (isExpired) {
        expired.push(`${entry.test} (expired ${entry.expires})`);
        warnings.push(`${file}: quarantine of '${entry.test}' expired on ${entry.expires}; renew it with a new date or fix the test and remove the entry (${whoOf(entry)})`);
      } else {
        for (const t of match.tests) if (!assigned.has(t)) assigned.set(t, entry);
      }
    } else if (isExpired) {
      warnings.push(`${file}: quarantine entry '${entry.test}' expired on ${entry.expires} and ${unmatched(match)}; remove it (${whoOf(entry)})`);
    } else {
      warnings.push(`${file}: quarantine entry '${entry.test}' ${unmatched(match)}${match.kind === "none" ? " (stale? remove it when the test is gone)" : ""}`);
    }
  }
  const out = tests.map((t) => {
    const entry = assigned.get(t);
    return entry === void 0 ? t : { ...t, quarantined: toQuarantined(entry) };
  });
  return { tests: out, expired, warnings };
}
function unmatched(match) {
  if (match.kind === "ambiguous") {
    const named = match.candidates.slice(0, NAMED_CANDIDATES).map((t) => `'${t.display}'`);
    const more = match.candidates.length > NAMED_CANDIDATES ? ` and ${match.candidates.length - NAMED_CANDIDATES} more` : "";
    return `fits ${match.candidates.length} tests (${named.join(", ")}${more}), so it quarantines none; write the id as flakegate prints it, or a pattern with *`;
  }
  return match.closest === void 0 ? "matches no test in this run" : `matches no test in this run; closest: '${match.closest}'`;
}
function toQuarantined(e) {
  return {
    entry: e.test,
    reason: e.reason,
    ...e.owner === void 0 ? {} : { owner: e.owner },
    ...e.issue === void 0 ? {} : { issue: e.issue },
    ...e.expires === void 0 ? {} : { expires: e.expires }
  };
}
function whoOf(e) {
  return [e.owner === void 0 ? null : `owner ${e.owner}`, e.issue === void 0 ? null : `issue ${e.issue}`].filter((x) => x !== null).join(", ");
}

// src/quarantine/load.ts
import { readFile as readFile7 } from "node:fs/promises";

// src/quarantine/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var QuarantineError = class extends ConfigError {
  // Shown and handled exactly like a configuration error (exit 2).
};
var FIELDS2 = ["test", "reason", "owner", "issue", "expires"];
var MAX_ENTRIES2 = 1e3;
var MAX_FIELD_CHARS = 500;
function parseQuarantine(text, file) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new QuarantineError(`${file}: not valid YAML: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`);
  }
  if (doc === null || doc === void 0) return [];
  if (typeof doc !== "object" || Array.isArray(doc)) throw new QuarantineError(`${file}: expected a mapping with a 'quarantine' list at the top level`);
  const unknownTop = Object.keys(doc).filter((k) => k !== "quarantine");
  if (unknownTop.length > 0) throw new QuarantineError(`${file}: unknown top-level key '${unknownTop[0]}'; allowed: quarantine`);
  const list3 = doc.quarantine;
  if (list3 === null || list3 === void 0) return [];
  if (!Array.isArray(list3)) throw new QuarantineError(`${file}: 'quarantine' must be a list of entries, got ${typeof list3}`);
  if (list3.length > MAX_ENTRIES2) throw new QuarantineError(`${file}: ${list3.length} entries; at most ${MAX_ENTRIES2} are allowed`);
  const seen = /* @__PURE__ */ new Set();
  return list3.map((raw, index) => {
    const entry = parseEntry(raw, `${file}: entry ${index + 1}`);
    if (seen.has(entry.test)) throw new QuarantineError(`${file}: entry ${index + 1}: test '${entry.test}' is listed twice`);
    seen.add(entry.test);
    return entry;
  });
}
function parseEntry(raw, where) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new QuarantineError(`${where}: expected a mapping with test, reason and owner or issue`);
  const record = raw;
  const unknown = Object.keys(record).find((k) => !FIELDS2.includes(k));
  if (unknown !== void 0) throw new QuarantineError(`${where}: unknown field '${unknown}'; allowed: ${FIELDS2.join(", ")}`);
  const field = (key, required) => {
    const value = record[key];
    if (value === void 0 || value === null) {
      if (required) throw new QuarantineError(`${where}: field '${key}' is required`);
      return void 0;
    }
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" || typeof value === "number" ? String(value).trim() : null;
    if (text === null) throw new QuarantineError(`${where}: field '${key}' must be text, got ${Array.isArray(value) ? "a list" : typeof value}`);
    if (text === "" && required) throw new QuarantineError(`${where}: field '${key}' is empty`);
    if (text.length > MAX_FIELD_CHARS) throw new QuarantineError(`${where}: field '${key}' is longer than ${MAX_FIELD_CHARS} characters`);
    return text === "" ? void 0 : text;
  };
  const test = field("test", true);
  const reason = field("reason", true);
  const owner = field("owner", false);
  const issue = field("issue", false);
  if (owner === void 0 && issue === void 0) throw new QuarantineError(`${where} ('${test}'): needs 'owner' or 'issue' so someone is accountable for the quarantine`);
  const expires = field("expires", false);
  if (expires !== void 0 && !isIsoDate(expires)) throw new QuarantineError(`${where} ('${test}'): field 'expires' is '${expires}'; use a date YYYY-MM-DD`);
  return { test, reason, ...owner === void 0 ? {} : { owner }, ...issue === void 0 ? {} : { issue }, ...expires === void 0 ? {} : { expires } };
}
function isIsoDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

// src/quarantine/load.ts
var MAX_FILE_BYTES3 = 1e6;
async function loadQuarantine(path) {
  let text;
  try {
    text = await readFile7(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new QuarantineError(`quarantine file '${path}' cannot be read (${code ?? String(error)})`);
  }
  if (text.length > MAX_FILE_BYTES3) throw new QuarantineError(`quarantine file '${path}' is larger than ${MAX_FILE_BYTES3} bytes`);
  return parseQuarantine(text, path);
}

// src/quarantine/gate-input.ts
async function gateWithQuarantine(tests, config, log, opts = {}) {
  const { known, today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10) } = opts;
  const entries = opts.entries ?? (config.quarantine === void 0 ? [] : await loadQuarantine(config.quarantine));
  const applied = applyQuarantine(tests, entries, today, config.quarantine ?? ".flakegate.yml");
  for (const w of applied.warnings) log.warn(w);
  const note = config.failOn === "new-parallel-only" ? known?.note ?? (known === void 0 ? "no stability history was available, so only quarantined tests count as known" : void 0) : void 0;
  const gate = decideGate(applied.tests, config.failOn, {
    expired: applied.expired,
    failOnConfidence: config.failOnConfidence,
    ...known === void 0 ? {} : { known: known.ids },
    ...note === void 0 ? {} : { knownNote: note }
  });
  return { tests: applied.tests, gate, warnings: applied.warnings };
}

// src/version.ts
var VERSION = "1.0.0";

// src/report/build-report.ts
function buildReport(parts) {
  const { config } = parts;
  return {
    schema: "flakegate/report@1",
    tool: { name: "flakegate", version: VERSION },
    config: {
      framework: parts.framework,
      command: parts.command,
      workers: config.workers,
      iterations: config.iterations,
      timeoutMs: config.timeoutMs,
      budgetMs: config.budgetMs,
      confirm: config.confirm,
      ...config.resourceProbe === false ? { resourceProbe: false } : {},
      failOn: config.failOn,
      failOnConfidence: config.failOnConfidence,
      cwd: config.cwd
    },
    runs: parts.runs.map((r) => r.record),
    tests: parts.tests,
    clusters: parts.clusters,
    summary: summarise2(parts.tests),
    gate: parts.gate,
    planner: parts.notes,
    warnings: parts.warnings,
    ...parts.project === void 0 ? {} : { project: parts.project },
    ...parts.cost ? { cost: parts.cost } : {},
    ...parts.retries ? { retries: parts.retries } : {}
  };
}
function summarise2(tests) {
  const count2 = (v) => tests.filter((t) => t.verdict === v).length;
  return {
    parallelOnly: count2("parallel-only"),
    flaky: count2("flaky"),
    broken: count2("broken"),
    stable: count2("stable"),
    lost: count2("lost"),
    skipped: count2("skipped")
  };
}

// src/report/html/client-script.ts
var CLIENT_SCRIPT = String.raw`(function () {
'use strict';
var data = JSON.parse(document.getElementById('fg-data').textContent);
var VERDICTS = ['parallel-only', 'flaky', 'broken', 'lost', 'skipped', 'stable'];
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function pct(x) { return Math.round(x * 100) + '%'; }
function byId(id) { return document.getElementById(id); }
var testsById = {};
data.tests.forEach(function (t, i) { t.index = i; testsById[t.id] = t; });

// Header
byId('fg-title').textContent = data.title;
var gate = byId('fg-gate');
gate.textContent = (data.gate.failed ? 'Gate FAILED: ' : 'Gate passed: ') + data.gate.reason;
gate.className = data.gate.failed ? 'gate failed' : 'gate passed';
var s = data.summary;
byId('fg-summary').textContent = s.parallelOnly + ' parallel-only · ' + s.flaky + ' flaky · ' + s.broken + ' broken · ' + s.lost + ' lost · ' + s.stable + ' stable · ' + s.skipped + ' skipped, over ' + data.runs + ' runs at worker counts ' + data.workers.join(', ');

// Filters
var present = {};
var causes = {};
data.tests.forEach(function (t) { present[t.verdict] = (present[t.verdict] || 0) + 1; t.causes.forEach(function (c) { causes[c.cause] = true; }); });
var verdictBox = byId('fg-verdicts');
VERDICTS.forEach(function (v) {
  if (!present[v]) return;
  var label = el('label', 'filter');
  var box = el('input');
  box.type = 'checkbox';
  box.checked = true;
  box.value = v;
  box.setAttribute('data-verdict-filter', v);
  box.addEventListener('change', applyFilters);
  label.appendChild(box);
  label.appendChild(el('span', 'verdict v-' + v, v + ' (' + present[v] + ')'));
  verdictBox.appendChild(label);
});
var causeSelect = byId('fg-cause');
Object.keys(causes).sort().forEach(function (c) { var o = el('option', '', c); o.value = c; causeSelect.appendChild(o); });
causeSelect.addEventListener('change', applyFilters);

// Heatmap
var head = byId('fg-heat-head');
var hr = el('tr');
hr.appendChild(el('th', '', 'Test'));
hr.appendChild(el('th', '', 'Verdict'));
data.workers.forEach(function (w) { hr.appendChild(el('th', 'num', w + (w === '1' ? ' worker' : ' workers'))); });
head.appendChild(hr);
var body = byId('fg-heat-body');
var rows = [];
data.tests.forEach(function (t) {
  var tr = el('tr', 'row');
  tr.setAttribute('data-verdict', t.verdict);
  tr.setAttribute('data-test', t.id);
  var name = el('td', 'name');
  var link = el('a', '', t.name);
  if (t.verdict !== 'stable') { link.href = '#fg-t' + t.index; link.addEventListener('click', function () { var d = byId('fg-t' + t.index); if (d) d.open = true; }); }
  name.appendChild(link);
  if (t.location) name.appendChild(el('div', 'loc', t.location));
  tr.appendChild(name);
  var vc = el('td');
  vc.appendChild(el('span', 'verdict v-' + t.verdict, t.verdict));
  if (t.verdict !== 'stable') vc.appendChild(el('span', 'tier', ' ' + t.confidence));
  tr.appendChild(vc);
  t.cells.forEach(function (c) {
    var td = el('td', 'cell num');
    if (c.rate === null) {
      td.textContent = c.lost > 0 ? c.lost + ' lost' : '–';
      td.title = c.lost > 0 ? c.lost + ' lost at ' + c.w + ' workers' : 'did not run at ' + c.w + ' workers';
      td.className += ' empty';
    } else {
      td.textContent = pct(c.rate);
      td.style.backgroundColor = c.failed === 0 ? 'rgba(46, 160, 67, 0.18)' : 'rgba(218, 54, 51, ' + (0.2 + 0.8 * c.rate).toFixed(2) + ')';
      if (c.rate >= 0.5) td.className += ' hot';
      td.title = c.failed + '/' + c.ran + ' failed at ' + c.w + ' workers (' + pct(c.rate) + '); 95% Wilson interval ' + pct(c.low) + '–' + pct(c.high) + (c.lost > 0 ? '; ' + c.lost + ' lost' : '');
    }
    td.setAttribute('data-workers', c.w);
    tr.appendChild(td);
  });
  body.appendChild(tr);
  rows.push({ el: tr, test: t });
});
var omitted = [];
if (data.omitted.findings > 0) omitted.push(data.omitted.findings + ' more failing or suspect tests not shown');
if (data.omitted.stable > 0) omitted.push(data.omitted.stable + ' more stable tests collapsed');
byId('fg-omitted').textContent = omitted.length ? omitted.join('; ') + ' (all are in report.json).' : '';

// Per-test details: verdict, tier, statistics, partners, causes with evidence and fixes.
var details = byId('fg-details');
var detailEls = [];
data.tests.forEach(function (t) {
  if (t.verdict === 'stable') return;
  var d = el('details', 'test');
  d.id = 'fg-t' + t.index;
  d.setAttribute('data-verdict', t.verdict);
  var sum = el('summary');
  sum.appendChild(el('span', 'verdict v-' + t.verdict, t.verdict));
  sum.appendChild(el('span', 'tname', ' ' + t.name));
  d.appendChild(sum);
  var dl = el('dl');
  function row(k, v) { dl.appendChild(el('dt', '', k)); dl.appendChild(el('dd', '', v)); }
  row('id', t.name);
  if (t.location) row('location', t.location);
  row('tier', t.confidence);
  row('evidence', t.evidence + (t.decide ? ' (' + t.decide + ')' : ''));
  if (t.sample) row('on the sample', t.sample);
  row('threshold', t.threshold === null ? '–' : 'fails from ' + t.threshold + ' workers');
  if (t.cluster !== null) row('cluster', '#' + t.cluster);
  row(t.partnersRunBefore ? 'needs to run after' : 'collision partners', t.partners.length ? t.partners.join(', ') : 'none found');
  if (t.shared.length) row('shared resource (probe)', t.shared.join('; '));
  d.appendChild(dl);
  t.messages.forEach(function (m) { d.appendChild(el('pre', 'msg', m)); });
  t.causes.forEach(function (c) {
    var box = el('div', 'cause');
    box.appendChild(el('h4', '', c.cause + ' (score ' + c.score.toFixed(2) + ')'));
    var ul = el('ul');
    c.evidence.forEach(function (e) {
      var li = el('li');
      li.appendChild(el('span', 'ekind', e.kind + ': '));
      li.appendChild(el('span', '', e.text));
      if (e.at) li.appendChild(el('code', 'at', ' ' + e.at));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    box.appendChild(el('p', 'fix', 'Fix: ' + c.fix.summary));
    if (c.fix.example) box.appendChild(el('pre', 'example', c.fix.example));
    d.appendChild(box);
  });
  if (t.causes.length === 0) d.appendChild(el('p', 'muted', 'No cause identified.'));
  details.appendChild(d);
  detailEls.push({ el: d, test: t });
});
if (detailEls.length === 0) details.appendChild(el('p', 'muted', 'No test failed or went missing.'));

// Timelines: lanes per worker, bars from start to end; failing suspects and their partners marked.
var tlBox = byId('fg-timelines');
if (data.timelines.length === 0) tlBox.appendChild(el('p', 'muted', 'No run had a failing suspect test.'));
data.timelines.forEach(function (tl) {
  var sec = el('section', 'timeline');
  sec.setAttribute('data-run', tl.run);
  sec.appendChild(el('h3', '', 'Run ' + tl.run + ' (' + tl.phase + ', ' + tl.workers + (tl.workers === 1 ? ' worker)' : ' workers)')));
  // One failing suspect is in focus (outlined red) with its collision partners (amber); the
  // select moves the focus. Default: the first failing test whose partners are known.
  var focusable = tl.failing.filter(function (id) { return testsById[id]; });
  var withPartners = focusable.filter(function (id) { return testsById[id].partners.length > 0; });
  var pick = el('label', 'focus', 'Highlight failing test: ');
  var select = el('select');
  select.setAttribute('data-focus-run', tl.run);
  focusable.forEach(function (id) { var o = el('option', '', testsById[id].name); o.value = id; select.appendChild(o); });
  if (withPartners.length) select.value = withPartners[0];
  pick.appendChild(select);
  var partnerNote = el('span', 'muted');
  pick.appendChild(partnerNote);
  sec.appendChild(pick);
  if (tl.kind === 'untimed') {
    sec.appendChild(el('p', 'untimed', 'No timing data for this run (its reports record no worker and start/end times).'));
    tlBox.appendChild(sec);
    return;
  }
  var total = 1;
  var lanes = {};
  var bars = [];
  tl.bars.forEach(function (b) { total = Math.max(total, b.end); (lanes[b.worker] = lanes[b.worker] || []).push(b); });
  Object.keys(lanes).sort().forEach(function (w) {
    var lane = el('div', 'lane');
    lane.appendChild(el('div', 'lane-label', w));
    var track = el('div', 'track');
    lanes[w].forEach(function (b) {
      var bar = el('div', 'bar o-' + b.outcome);
      bar.setAttribute('data-test', b.test);
      bar.style.left = (100 * b.start / total).toFixed(3) + '%';
      bar.style.width = Math.max(0.4, 100 * (b.end - b.start) / total).toFixed(3) + '%';
      var t = testsById[b.test];
      bar.title = (t ? t.name : b.test) + ' — ' + b.outcome + ', ' + b.start + '–' + b.end + ' ms on ' + w;
      bar.addEventListener('click', function () { if (focusable.indexOf(b.test) >= 0) { select.value = b.test; highlight(); } });
      track.appendChild(bar);
      bars.push({ el: bar, test: b.test });
    });
    lane.appendChild(track);
    sec.appendChild(lane);
  });
  function highlight() {
    var focus = testsById[select.value];
    var partners = focus ? focus.partners : [];
    partnerNote.textContent = focus ? (partners.length ? ' — collision partners: ' + partners.map(function (p) { return testsById[p] ? testsById[p].name : p; }).join(', ') : ' — no collision partner found') : '';
    bars.forEach(function (b) {
      b.el.classList.toggle('failing', !!focus && b.test === focus.id);
      b.el.classList.toggle('partner', partners.indexOf(b.test) >= 0);
    });
  }
  select.addEventListener('change', highlight);
  highlight();
  if (tl.omittedBars > 0) sec.appendChild(el('p', 'muted', tl.omittedBars + ' more tests of this run not drawn.'));
  tlBox.appendChild(sec);
});

// Notes and warnings
var notes = byId('fg-notes');
data.notes.forEach(function (n) { notes.appendChild(el('li', '', n)); });
data.warnings.forEach(function (n) { notes.appendChild(el('li', 'warn', n)); });
byId('fg-footer').textContent = 'flakegate ' + data.version + ' · command: ' + data.command;

function applyFilters() {
  var on = {};
  Array.prototype.forEach.call(verdictBox.querySelectorAll('input'), function (b) { on[b.value] = b.checked; });
  var cause = causeSelect.value;
  var shown = 0;
  function visible(t) { return on[t.verdict] !== false && (cause === '' || t.causes.some(function (c) { return c.cause === cause; })); }
  rows.forEach(function (r) { var v = visible(r.test); r.el.hidden = !v; if (v) shown++; });
  detailEls.forEach(function (d) { d.el.hidden = !visible(d.test); });
  byId('fg-count').textContent = shown + ' of ' + rows.length + ' tests shown';
}
applyFilters();
document.body.setAttribute('data-ready', 'true');
})();`;

// src/report/html/embed-json.ts
function embedJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

// src/report/html/page-data.ts
var MAX_FINDING_ROWS = 2e3;
var MAX_STABLE_ROWS = 100;
var NAME_MAX = 300;
var TEXT_MAX = 1e3;
var EXAMPLE_MAX = 4e3;
function pageData(report, timelines, secrets) {
  const clean = (text, max = TEXT_MAX) => truncate(redactSecrets(stripControl(text), secrets), max);
  const workers = workerKeys(report);
  const sorted = [...report.tests].sort(compareFindings);
  const findings = sorted.filter((t) => t.verdict !== "stable");
  const stable = sorted.filter((t) => t.verdict === "stable");
  const shown = [...findings.slice(0, MAX_FINDING_ROWS), ...stable.slice(0, MAX_STABLE_ROWS)];
  const toPage = (t) => ({
    id: clean(t.id, NAME_MAX),
    name: clean(t.display, NAME_MAX),
    location: t.file === void 0 ? "" : clean(t.line === void 0 ? t.file : `${t.file}:${t.line}`, NAME_MAX),
    verdict: t.verdict,
    confidence: t.confidence,
    evidence: evidenceCell(t),
    sample: clean(sampleSentence(t) ?? ""),
    decide: decideText(t) ?? "",
    threshold: t.threshold,
    cluster: t.cluster,
    partners: (t.partners ?? []).slice(0, 20).map((p) => clean(p, NAME_MAX)),
    partnersRunBefore: t.partnersRunBefore === true,
    shared: (t.probe ?? []).slice(0, 3).map((f) => clean(`${f.resource} (${f.ops.join("/")} by ${f.processes} processes in ${f.runs.length} failing parallel run${f.runs.length === 1 ? "" : "s"}${f.err === void 0 ? "" : `, ${f.err}`})`, NAME_MAX)),
    cells: workers.map((w) => {
      const s = t.byWorkers[w];
      if (s === void 0) return { w, ran: 0, failed: 0, lost: 0, rate: null, low: 0, high: 0 };
      return { w, ran: s.passed + s.failed, failed: s.failed, lost: s.lost, rate: failureRate(s), low: s.rateLow, high: s.rateHigh };
    }),
    messages: t.verdict === "stable" ? [] : t.messages.slice(0, 3).map((m) => clean(m)),
    causes: t.causes.slice(0, 5).map((c) => ({
      cause: c.cause,
      score: c.score,
      evidence: c.evidence.slice(0, 10).map((e) => ({ kind: e.kind, text: clean(e.text), at: e.file === void 0 ? "" : clean(e.line === void 0 ? e.file : `${e.file}:${e.line}`, NAME_MAX) })),
      fix: { summary: clean(c.fix.summary), example: clean(c.fix.example ?? "", EXAMPLE_MAX) }
    }))
  });
  const cleanTimeline = (tl) => {
    const failing = tl.failing.map((id) => clean(id, NAME_MAX));
    if (tl.kind === "untimed") return { ...tl, failing };
    return { ...tl, failing, bars: tl.bars.map((b) => ({ ...b, test: clean(b.test, NAME_MAX), worker: clean(b.worker, 40) })) };
  };
  return {
    title: `flakegate report: ${report.gate.failed ? "gate failed" : "gate passed"}`,
    gate: { failed: report.gate.failed, reason: clean(report.gate.reason) },
    summary: report.summary,
    workers,
    runs: report.runs.length,
    tests: shown.map(toPage),
    omitted: { findings: Math.max(0, findings.length - MAX_FINDING_ROWS), stable: Math.max(0, stable.length - MAX_STABLE_ROWS) },
    timelines: timelines.map(cleanTimeline),
    notes: report.planner.slice(0, 50).map((n) => clean(`${n.kind}: ${n.text}`)),
    warnings: report.warnings.slice(0, 50).map((w) => clean(w)),
    command: clean(report.config.command, NAME_MAX),
    version: report.tool.version
  };
}

// src/report/html/styles.ts
var STYLES = `
:root { color-scheme: light; --fail: #da3633; --pass: #2ea043; --partner: #d29922; --muted: #656d76; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1200px; padding: 16px 24px 48px; color: #1f2328; background: #fff; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 4px; }
.gate { padding: 8px 12px; border-radius: 6px; font-weight: 600; margin: 8px 0; }
.gate.failed { background: #ffebe9; color: #82071e; border: 1px solid #ff8182; }
.gate.passed { background: #dafbe1; color: #116329; border: 1px solid #4ac26b; }
.muted { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 8px 0; position: sticky; top: 0; background: #fff; z-index: 2; }
.filter { display: inline-flex; gap: 4px; align-items: center; cursor: pointer; }
table.heat { border-collapse: collapse; width: 100%; }
table.heat th, table.heat td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
table.heat th { background: #f6f8fa; position: sticky; top: 40px; }
td.num, th.num { text-align: right; white-space: nowrap; width: 90px; }
td.cell.hot { color: #fff; font-weight: 600; }
td.cell.empty { color: var(--muted); }
td.name { word-break: break-all; }
.loc { color: var(--muted); font-size: 12px; }
.verdict { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; font-weight: 600; background: #eaeef2; }
.v-parallel-only { background: #ffd8b5; color: #762c00; }
.v-flaky { background: #fff1a8; color: #5c4400; }
.v-broken { background: #ffcecb; color: #82071e; }
.v-lost { background: #e6dcff; color: #3e1f79; }
.v-stable { background: #d2f4d9; color: #116329; }
.tier { color: var(--muted); font-size: 12px; }
details.test { border: 1px solid #d0d7de; border-radius: 6px; margin: 8px 0; padding: 6px 10px; }
details.test summary { cursor: pointer; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
dt { color: var(--muted); }
dd { margin: 0; word-break: break-all; }
pre { background: #f6f8fa; padding: 8px; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
.cause { border-left: 3px solid var(--partner); padding-left: 10px; margin: 10px 0; }
.cause h4 { margin: 4px 0; }
.ekind { color: var(--muted); }
.fix { font-weight: 600; }
.timeline { margin-bottom: 18px; }
.lane { display: flex; align-items: center; gap: 8px; margin: 2px 0; }
.lane-label { width: 64px; font: 12px monospace; color: var(--muted); text-align: right; }
.track { position: relative; flex: 1; height: 18px; background: #f6f8fa; border-radius: 3px; }
.bar { position: absolute; top: 2px; height: 14px; border-radius: 2px; background: #8c959f; opacity: 0.6; min-width: 2px; }
.bar.o-failed, .bar.o-error { background: var(--fail); opacity: 0.8; }
.bar.failing { background: var(--fail); opacity: 1; outline: 2px solid #82071e; z-index: 1; }
.bar.partner { background: var(--partner); opacity: 1; outline: 2px solid #7d4e00; z-index: 1; }
.legend span { display: inline-block; margin-right: 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: middle; margin-right: 4px; }
.swatch.focus { background: var(--fail); outline: 2px solid #82071e; }
.swatch.partner { background: var(--partner); outline: 2px solid #7d4e00; }
.swatch.failed { background: var(--fail); opacity: 0.8; }
.swatch.passed { background: #8c959f; opacity: 0.6; }
.focus select { max-width: 60ch; }
.untimed { font-style: italic; color: var(--muted); }
li.warn { color: #9a6700; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; word-break: break-all; }
`;

// src/report/html/timeline.ts
var MAX_TIMELINE_RUNS = 6;
var MAX_BARS_PER_RUN = 1500;
var SUSPECT = /* @__PURE__ */ new Set(["parallel-only", "flaky"]);
function selectTimelines(report, runs2) {
  const suspects = new Set(report.tests.filter((t) => SUSPECT.has(t.verdict)).map((t) => t.id));
  const partnersOf = new Map(report.tests.map((t) => [t.id, t.partners ?? []]));
  const serial = report.config.workers[0] ?? 1;
  const picked = runs2.map((r, order) => ({ r, order, failing: failuresIn(r).filter((id) => suspects.has(id)) })).filter((x) => x.failing.length > 0).sort((a, b) => rank3(a.r, serial) - rank3(b.r, serial) || a.order - b.order).slice(0, MAX_TIMELINE_RUNS);
  return picked.map(({ r, failing }) => {
    const base = { run: r.record.id, workers: r.record.workers, phase: r.record.phase, failing };
    const timed3 = r.cases.filter((c) => c.startedAt !== void 0 && c.endedAt !== void 0 && c.worker !== void 0);
    if (timed3.length === 0) return { ...base, kind: "untimed" };
    const origin = timed3.reduce((min, c) => Math.min(min, c.startedAt ?? min), Number.POSITIVE_INFINITY);
    const keep = /* @__PURE__ */ new Set([...failing, ...failing.flatMap((id) => partnersOf.get(id) ?? [])]);
    const ordered = [...timed3].sort((a, b) => Number(keep.has(b.id)) - Number(keep.has(a.id)) || (a.startedAt ?? 0) - (b.startedAt ?? 0) || (a.id < b.id ? -1 : 1));
    const bars = ordered.slice(0, MAX_BARS_PER_RUN).map((c) => ({
      test: c.id,
      worker: c.worker ?? "",
      start: (c.startedAt ?? origin) - origin,
      end: Math.max((c.endedAt ?? origin) - origin, (c.startedAt ?? origin) - origin),
      outcome: c.outcome
    }));
    return { ...base, kind: "timed", bars, omittedBars: ordered.length - bars.length };
  });
}
function rank3(run2, serial) {
  if (run2.record.workers === serial) return 2;
  return run2.record.phase === "confirm-partner" ? 1 : 0;
}

// src/report/html/index.ts
var CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
function renderHtml(report, extra = {}) {
  const data = pageData(report, extra.timelines ?? [], extra.secrets ?? []);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>flakegate report</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1 id="fg-title">flakegate report</h1>
<div id="fg-gate" class="gate"></div>
<p id="fg-summary" class="muted"></p>
<noscript><p>This report draws its tables with JavaScript; the same data is in report.json and report.md.</p></noscript>
</header>
<main>
<h2>Failure rate by worker count</h2>
<p class="muted">Each cell is the share of runs at that worker count where the test failed; hover for the counts and the 95% Wilson interval. Failing and suspect tests come first.</p>
<div class="filters">
<span>Verdict:</span><span id="fg-verdicts"></span>
<label>Cause: <select id="fg-cause"><option value="">all causes</option></select></label>
<span id="fg-count" class="muted"></span>
</div>
<table class="heat" id="fg-heatmap"><thead id="fg-heat-head"></thead><tbody id="fg-heat-body"></tbody></table>
<p id="fg-omitted" class="muted"></p>
<h2>Timelines</h2>
<p class="muted">The runs where a parallel-only or flaky test failed (full-suite parallel runs first, then partner-search probes; at most ${MAX_TIMELINE_RUNS}). One lane per worker; each bar runs from a test's start to its end. Choose a failing test (or click its bar) to outline it and its collision partners.</p>
<p class="muted legend"><span><i class="swatch focus"></i>failing test in focus</span><span><i class="swatch partner"></i>its collision partner</span><span><i class="swatch failed"></i>other failures</span><span><i class="swatch passed"></i>passed</span></p>
<div id="fg-timelines"></div>
<h2>Evidence and fixes</h2>
<div id="fg-details"></div>
<h2>Planner notes and warnings</h2>
<ul id="fg-notes"></ul>
</main>
<footer id="fg-footer"></footer>
<script type="application/json" id="fg-data">${embedJson(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

// src/write-json-file.ts
import { open as open2 } from "node:fs/promises";

// src/report/json-text.ts
var STEP = "  ";
var WALK_DEPTH = 2;
function* jsonTextPieces(value) {
  if (walked(value)) yield* jsonPieces(value, "", 0);
  else yield String(leaf(value, "", ""));
  yield "\n";
}
function walked(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof value.toJSON !== "function";
}
function leaf(value, indent, key) {
  let text;
  if (typeof value?.toJSON === "function") {
    const wrapped = JSON.stringify({ [key]: value }, null, STEP);
    const start = JSON.stringify(key).length + 6;
    text = wrapped === "{}" ? void 0 : wrapped.slice(start, -2).replaceAll("\n" + STEP, "\n");
  } else text = JSON.stringify(value, null, STEP);
  return text === void 0 || indent === "" || !text.includes("\n") ? text : text.replaceAll("\n", "\n" + indent);
}
function* jsonPieces(value, indent, depth) {
  const inner = indent + STEP;
  const walk = (item) => depth + 1 < WALK_DEPTH && walked(item);
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      yield (i === 0 ? "[\n" : ",\n") + inner;
      if (walk(item)) yield* jsonPieces(item, inner, depth + 1);
      else yield leaf(item, inner, String(i)) ?? "null";
    }
    return yield "\n" + indent + "]";
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const text = walk(item) ? void 0 : leaf(item, inner, key);
    if (text === void 0 && !walk(item)) continue;
    yield (first ? "{\n" : ",\n") + inner + JSON.stringify(key) + ": ";
    first = false;
    if (text !== void 0) yield text;
    else yield* jsonPieces(item, inner, depth + 1);
  }
  yield first ? "{}" : "\n" + indent + "}";
}

// src/write-json-file.ts
var FLUSH_AT = 1 << 16;
async function writeJsonFile(path, value) {
  const file = await open2(path, "w");
  try {
    let pending = [];
    let size3 = 0;
    for (const piece of jsonTextPieces(value)) {
      pending.push(piece);
      size3 += piece.length;
      if (size3 >= FLUSH_AT) {
        await file.write(pending.join(""));
        pending = [];
        size3 = 0;
      }
    }
    if (pending.length > 0) await file.write(pending.join(""));
  } finally {
    await file.close();
  }
}

// src/run/execute-run.ts
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join as join13, resolve as resolve2 } from "node:path";

// src/run/probe-env.ts
import { join as join12 } from "node:path";
var PROBE_DIR_ENV = "FLAKEGATE_PROBE_DIR";
var PROBE_DIR_NAME = "probe";
function probeDirectory(runDir) {
  return join12(runDir, PROBE_DIR_NAME);
}

// src/run/child-env.ts
function childEnv(parent) {
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === void 0 || isWithheld(name)) continue;
    env[name] = value;
  }
  env["FLAKEGATE"] = "1";
  return env;
}
var WITHHELD_PREFIXES = ["ACTIONS_", "INPUT_"];
var WITHHELD_NAMES = /* @__PURE__ */ new Set([
  "GITHUB_OUTPUT",
  "GITHUB_STEP_SUMMARY",
  "GITHUB_STATE",
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "FLAKEGATE_TOKEN",
  "JEST_WORKER_ID",
  "VITEST_WORKER_ID",
  "VITEST_POOL_ID",
  "PYTEST_XDIST_WORKER",
  "PYTEST_XDIST_WORKER_COUNT",
  "PYTEST_XDIST_TESTRUNUID",
  "PYTEST_CURRENT_TEST",
  // A flakegate running inside a suite flakegate runs: the run stage sets its own, or none.
  PROBE_DIR_ENV
]);
function isWithheld(name) {
  const upper = name.toUpperCase();
  return WITHHELD_NAMES.has(upper) || WITHHELD_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

// src/run/execute.ts
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { statSync as statSync2 } from "node:fs";
import { StringDecoder } from "node:string_decoder";

// src/run/kill-tree.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/run/process-table.ts
import { existsSync as existsSync6, readdirSync, readFileSync } from "node:fs";
var PF_KTHREAD = 2097152;
var HAS_PROC = existsSync6("/proc/self/stat");
function readProcessTable() {
  if (!HAS_PROC) return [];
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  const entries = [];
  for (const name of names) {
    const entry = /^\d+$/.test(name) ? readStat(Number(name)) : null;
    if (entry) entries.push(entry);
  }
  return entries;
}
function readStat(pid) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const [state, ppid, pgid] = fields;
  const flags = Number(fields[6]);
  const startTime = fields[19];
  if (state === void 0 || state === "Z" || state === "X" || startTime === void 0) return null;
  if ((flags & PF_KTHREAD) !== 0) return null;
  return { pid, ppid: Number(ppid), pgid: Number(pgid), startTime };
}
function hasEnvironEntry(pid, entry) {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`, "latin1");
    return environ.split("\0").includes(entry);
  } catch {
    return false;
  }
}
function ownLineage() {
  const lineage = /* @__PURE__ */ new Set([process.pid]);
  let pid = process.ppid;
  while (pid > 1 && !lineage.has(pid)) {
    lineage.add(pid);
    const entry = readStat(pid);
    if (entry === null) break;
    pid = entry.ppid;
  }
  lineage.add(1);
  return lineage;
}
function commandLine(pid, max = 200) {
  try {
    const text = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0+$/, "").replace(/\0/g, " ");
    return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
  } catch {
    return "";
  }
}

// src/run/kill-tree.ts
var RUN_TAG_VAR = "FLAKEGATE_RUN_TAG";
var POLL_MS = 50;
function findRunProcesses(rootPid, tag) {
  const table = readProcessTable();
  const byPid = new Map(table.map((entry) => [entry.pid, entry]));
  const children = /* @__PURE__ */ new Map();
  for (const entry of table) {
    const siblings = children.get(entry.ppid);
    if (siblings) siblings.push(entry.pid);
    else children.set(entry.ppid, [entry.pid]);
  }
  const tagEntry = `${RUN_TAG_VAR}=${tag}`;
  const tagged = table.map((entry) => hasEnvironEntry(entry.pid, tagEntry));
  const found2 = /* @__PURE__ */ new Set();
  const queue = [];
  const add = (pid) => {
    if (found2.has(pid) || !byPid.has(pid)) return;
    found2.add(pid);
    queue.push(pid);
  };
  add(rootPid);
  table.forEach((entry, i) => {
    if (entry.pgid === rootPid || tagged[i] === true) add(entry.pid);
  });
  for (let pid = queue.pop(); pid !== void 0; pid = queue.pop()) {
    for (const child of children.get(pid) ?? []) add(child);
  }
  const lineage = ownLineage();
  return table.filter((entry) => found2.has(entry.pid) && !lineage.has(entry.pid));
}
async function terminateRun(rootPid, tag, graceMs, reaper) {
  const scope = { rootPid, tag, ...reaper === void 0 ? {} : { reaper } };
  const first = survivors(scope);
  if (first === null) return;
  signalAll(scope, first, "SIGTERM");
  if (await waitUntilGone(scope, graceMs)) return;
  const fresh = survivors(scope) ?? [];
  const targets = [...fresh, ...first.filter(sameProcess)];
  signalAll(scope, targets, "SIGKILL");
  await waitUntilGone(scope, graceMs);
}
function survivors(scope) {
  if (HAS_PROC) {
    const found2 = findRunProcesses(scope.rootPid, scope.tag).filter((entry) => entry.pid !== scope.reaper);
    return found2.length > 0 ? found2 : null;
  }
  return signalGroup(scope.rootPid, 0) ? [] : null;
}
function describeRunProcesses(rootPid, tag, except) {
  return findRunProcesses(rootPid, tag).filter((entry) => !except.includes(entry.pid)).map((entry) => ({ pid: entry.pid, command: commandLine(entry.pid) }));
}
async function waitUntilGone(scope, graceMs) {
  const deadline = performance.now() + graceMs;
  while (performance.now() < deadline) {
    await sleep(POLL_MS);
    if (survivors(scope) === null) return true;
  }
  return false;
}
function sameProcess(entry) {
  const now = readStat(entry.pid);
  return now !== null && now.startTime === entry.startTime;
}
function signalAll(scope, targets, signal) {
  if (scope.reaper === void 0) signalGroup(scope.rootPid, signal);
  for (const { pid } of targets) {
    if (pid === scope.reaper) continue;
    try {
      process.kill(pid, signal);
    } catch {
    }
  }
}
function signalGroup(rootPid, signal) {
  try {
    process.kill(-rootPid, signal);
    return true;
  } catch {
    return false;
  }
}

// src/run/subreaper.ts
import { spawnSync } from "node:child_process";
import { existsSync as existsSync7 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var REAPER_FILE = "flakegate_reaper.py";
var CONTAINMENT_ENV = "FLAKEGATE_CONTAINMENT";
var PYTHONS = ["/usr/bin/python3", "python3"];
var detected;
function detectReaper(env = process.env) {
  if (env[CONTAINMENT_ENV] === "process-group" || process.platform !== "linux" || !HAS_PROC) return null;
  if (detected !== void 0) return detected;
  detected = null;
  const script = reaperScript();
  if (script === null) return null;
  for (const python of PYTHONS) {
    const probe = spawnSync(python, ["-I", "-S", script, "--probe"], { encoding: "utf8", timeout: 1e4, stdio: ["ignore", "pipe", "ignore"] });
    if (probe.status === 0 && probe.stdout.trim() === "ok") {
      detected = { python, script };
      break;
    }
  }
  return detected;
}
function reaperArgv(reaper, file, args) {
  return { file: reaper.python, args: ["-I", "-S", reaper.script, "3", file, ...args] };
}
function parseReaperEvent(line) {
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value;
  if (typeof v["pid"] === "number") return { kind: "started", pid: v["pid"] };
  if (typeof v["exitCode"] === "number") return { kind: "exited", code: v["exitCode"], signal: null };
  if (typeof v["signal"] === "string" && /^SIG[A-Z0-9]+$/.test(v["signal"])) return { kind: "exited", code: null, signal: v["signal"] };
  if (typeof v["spawnError"] === "string") return { kind: "spawn-error", code: v["spawnError"] };
  return null;
}
function reaperScript() {
  for (const relative4 of [`./assets/${REAPER_FILE}`, `../assets/${REAPER_FILE}`]) {
    const path = fileURLToPath2(new URL(relative4, import.meta.url));
    if (existsSync7(path)) return path;
  }
  return null;
}

// src/run/output-tail.ts
var OUTPUT_TAIL_CHARS = 64 * 1024;
function createOutputTail(limit = OUTPUT_TAIL_CHARS) {
  const chunks = [];
  let kept = 0;
  let seen = 0;
  return {
    push(text) {
      if (text.length === 0) return;
      seen += text.length;
      const chunk = text.length > limit ? text.slice(-limit) : text;
      chunks.push(chunk);
      kept += chunk.length;
      for (let head = chunks[0]; head !== void 0 && kept - head.length >= limit; head = chunks[0]) {
        chunks.shift();
        kept -= head.length;
      }
    },
    text() {
      const joined = chunks.join("");
      let tail = joined.length > limit ? joined.slice(-limit) : joined;
      const first = tail.charCodeAt(0);
      if (first >= 56320 && first <= 57343) tail = tail.slice(1);
      return tail;
    },
    get seen() {
      return seen;
    }
  };
}

// src/run/execute.ts
var DEFAULT_GRACE_MS = 5e3;
var MAX_TIMER_MS = 2 ** 31 - 1;
async function executeCommand(cmd, opts) {
  const graceMs = opts.graceMs ?? DEFAULT_GRACE_MS;
  const tag = randomUUID();
  const tail = createOutputTail();
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const reaper = detectReaper(opts.env);
  const containment = reaper === null ? "process-group" : "subreaper";
  const launch = reaper === null ? { file: cmd.file, args: [...cmd.args] } : reaperArgv(reaper, cmd.file, cmd.args);
  if (opts.signal?.aborted) return failedToStart("cancelled before it started", 0);
  let child;
  try {
    child = spawn(launch.file, launch.args, {
      cwd: opts.cwd,
      env: { ...opts.env, [RUN_TAG_VAR]: tag },
      detached: true,
      // With the reaper, fd 3 carries its events (the command's start, exit status, spawn error).
      stdio: reaper === null ? ["ignore", "pipe", "pipe"] : ["ignore", "pipe", "pipe", "pipe"],
      windowsHide: true
    });
  } catch (error) {
    return failedToStart(describeSpawnError(error, cmd.file, opts.cwd), elapsed());
  }
  const closed = new Promise((resolve3) => child.once("close", () => resolve3()));
  const flushers = [child.stdout, child.stderr].map((stream) => collect2(stream, tail.push, opts.onOutput));
  const processExited = new Promise(
    (resolve3) => child.once("exit", (code, signal) => resolve3({ code, signal, at: performance.now() }))
  );
  const events = reaper === null ? null : reaperEvents(child);
  const exited = events === null ? processExited : Promise.race([events.exited, processExited.then(async (own) => (await within(events.drained, graceMs), events.lastExit() ?? own))]);
  const startError = await new Promise((resolve3) => {
    child.once("spawn", () => resolve3(void 0));
    child.once("error", resolve3);
  });
  const pid = child.pid;
  if (startError !== void 0 || pid === void 0) {
    return failedToStart(describeSpawnError(startError, launch.file, opts.cwd), elapsed());
  }
  child.on("error", () => void 0);
  const reaperPid = reaper === null ? void 0 : pid;
  let survivors2;
  const noteSurvivors = () => {
    survivors2 ??= describeRunProcesses(pid, tag, [pid, ...events?.commandPid() === void 0 ? [] : [events.commandPid()]]);
  };
  let timedOut = false;
  let termination;
  let timer;
  let giveUp = () => void 0;
  const gaveUp = new Promise((resolve3) => giveUp = resolve3);
  const stop = () => {
    if (termination !== void 0) return;
    noteSurvivors();
    termination = terminateRun(pid, tag, graceMs, reaperPid);
    if (process.platform === "win32") child.kill();
    void termination.then(() => within(exited, graceMs)).then(() => giveUp(null));
  };
  if (opts.timeoutMs > 0 && opts.timeoutMs <= MAX_TIMER_MS) {
    timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, opts.timeoutMs);
  }
  opts.signal?.addEventListener("abort", stop, { once: true });
  const exit = await Promise.race([exited, gaveUp]);
  clearTimeout(timer);
  opts.signal?.removeEventListener("abort", stop);
  const durationMs = Math.round((exit?.at ?? performance.now()) - started);
  noteSurvivors();
  await termination;
  await terminateRun(pid, tag, graceMs, reaperPid);
  if (reaperPid !== void 0 && await within(processExited, graceMs) === void 0) {
    signalProcess(reaperPid, "SIGKILL");
    await terminateRun(pid, tag, graceMs);
  }
  await within(closed, graceMs);
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.stdio[3]?.destroy();
  for (const flush of flushers) flush();
  const spawnError = events?.spawnError();
  if (spawnError !== void 0) return { ...failedToStart(describeSpawnError(Object.assign(new Error(spawnError), { code: spawnError }), cmd.file, opts.cwd), durationMs), containment };
  const named = (survivors2 ?? []).slice(0, MAX_SURVIVORS_NAMED);
  return {
    exitCode: exit?.code ?? null,
    signal: exit?.signal ?? null,
    timedOut,
    durationMs,
    outputTail: tail.text(),
    containment,
    ...named.length === 0 ? {} : { survivors: named, survivorCount: survivors2?.length ?? named.length }
  };
}
var MAX_SURVIVORS_NAMED = 20;
function reaperEvents(child) {
  let commandPid;
  let spawnError;
  let lastExit;
  let resolveExit = () => void 0;
  const exited = new Promise((resolve3) => resolveExit = (exit) => resolve3(lastExit ??= exit));
  let buffered = "";
  const stream = child.stdio[3];
  stream?.on("error", () => void 0);
  const drained = stream == null ? Promise.resolve() : new Promise((resolve3) => stream.once("close", () => resolve3()));
  stream?.on("data", (chunk) => {
    buffered = (buffered + chunk.toString("utf8")).slice(-4096);
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      const event = parseReaperEvent(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf("\n");
      if (event?.kind === "started") commandPid = event.pid;
      else if (event?.kind === "exited") resolveExit({ code: event.code, signal: event.signal, at: performance.now() });
      else if (event?.kind === "spawn-error") {
        spawnError = event.code;
        resolveExit({ code: null, signal: null, at: performance.now() });
      }
    }
  });
  return { exited, drained, lastExit: () => lastExit, commandPid: () => commandPid, spawnError: () => spawnError };
}
function signalProcess(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
function failedToStart(spawnError, durationMs) {
  return { exitCode: null, signal: null, timedOut: false, durationMs, spawnError, outputTail: "" };
}
function collect2(stream, push3, onOutput) {
  const decoder = new StringDecoder("utf8");
  const deliver = (text) => {
    if (text.length === 0) return;
    push3(text);
    try {
      onOutput?.(text);
    } catch {
    }
  };
  stream?.on("data", (chunk) => deliver(decoder.write(chunk)));
  stream?.on("error", () => void 0);
  return () => deliver(decoder.end());
}
function describeSpawnError(error, file, cwd) {
  const code = error instanceof Error && "code" in error ? String(error.code) : void 0;
  if (code === "ENOENT" || code === "ENOTDIR") {
    if (!isDirectory2(cwd)) return `working directory not found: ${cwd}`;
    return `command not found: ${file}`;
  }
  if (code === "EACCES") return `permission denied: ${file}`;
  const message = error instanceof Error ? error.message : String(error);
  return `could not start ${file}: ${message}`;
}
function isDirectory2(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
async function within(promise, ms) {
  let timer;
  const timeout = new Promise((resolve3) => {
    timer = setTimeout(() => resolve3(void 0), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// src/run/execute-run.ts
var SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function runDirectory(out, id) {
  if (!SAFE_ID.test(id)) throw new Error(`unsafe run id: ${JSON.stringify(id)}`);
  return join13(resolve2(out), "runs", id);
}
async function executeRun(spec, preset, config, log, opts = {}) {
  const runDir = runDirectory(config.out, spec.id);
  const junitPath = join13(runDir, "junit.xml");
  await rm(runDir, { recursive: true, force: true });
  await mkdir(runDir, { recursive: true });
  const probeDir = config.resourceProbe === false ? void 0 : probeDirectory(runDir);
  if (probeDir !== void 0) await mkdir(probeDir, { recursive: true });
  const selection = passableSubset(spec, preset);
  if (selection.note !== void 0) log.warn(`run ${spec.id}: ${selection.note}`);
  const ran2 = selection.tests === void 0 ? withoutSubset(spec) : spec;
  const ctx = {
    workers: spec.workers,
    junitPath,
    ...selection.tests === void 0 ? {} : { tests: selection.tests },
    ...probeDir === void 0 ? {} : { probeDir }
  };
  const cmd = preset.buildCommand(ctx);
  log.debug(`run ${spec.id}: ${cmd.display}`);
  const result = withShellNotFound(await executeCommand(cmd, {
    cwd: config.cwd,
    timeoutMs: config.timeoutMs,
    env: withNodeProbe({ ...childEnv(opts.parentEnv ?? process.env), ...cmd.env, ...probeDir === void 0 ? {} : { [PROBE_DIR_ENV]: probeDir } }, probeDir, preset.nodePreload, config.cwd),
    ...opts.graceMs !== void 0 ? { graceMs: opts.graceMs } : {},
    ...opts.onOutput !== void 0 ? { onOutput: opts.onOutput } : {},
    ...opts.signal !== void 0 ? { signal: opts.signal } : {}
  }));
  try {
    await mkdir(runDir, { recursive: true });
    await writeFile(join13(runDir, "output.log"), result.outputTail);
  } catch (error) {
    log.warn(`run ${spec.id}: could not keep its output in ${runDir}: ${String(error)}`);
  }
  log.info(describeRun(ran2, result));
  return { spec: ran2, process: result, reportPaths: [junitPath], ...selection.note === void 0 ? {} : { note: selection.note }, ...probeDir === void 0 ? {} : { probeDir } };
}
function passableSubset(spec, preset) {
  if (spec.tests === void 0) return {};
  if (!preset.capabilities.subsetReruns) return { note: `${preset.name} cannot run a subset of tests; running the full suite` };
  const refused = spec.tests.flatMap((id) => {
    const why = preset.cannotPass(id);
    return why === null ? [] : [`${JSON.stringify(id.length > 200 ? `${id.slice(0, 200)}\u2026` : id)} (${why})`];
  });
  if (refused.length === 0) return { tests: spec.tests };
  const more = refused.length > 3 ? ` and ${refused.length - 3} more` : "";
  return { note: `not passing test ids to ${preset.name} that it could misread: ${refused.slice(0, 3).join("; ")}${more}; ran the full suite instead` };
}
function withoutSubset(spec) {
  const { tests: _dropped, ...rest } = spec;
  return rest;
}
function withShellNotFound(result) {
  if (result.exitCode !== 127 || result.spawnError !== void 0) return result;
  const lastLines = result.outputTail.trimEnd().split("\n").slice(-5).reverse();
  for (const line of lastLines) {
    const text = line.trim();
    const name = (/(?:^|: )([^\s:][^:]*): (?:command )?not found$/.exec(text) ?? /command not found: (\S+)$/.exec(text))?.[1];
    if (name !== void 0) return { ...result, spawnError: `command not found: ${name}` };
  }
  return result;
}
function describeRun(spec, result) {
  const what = [
    spec.phase,
    `iteration ${spec.iteration}`,
    ...spec.tests !== void 0 ? [`${spec.tests.length} test${spec.tests.length === 1 ? "" : "s"}`] : [],
    `${spec.workers} worker${spec.workers === 1 ? "" : "s"}`
  ].join(", ");
  const took = formatDuration(result.durationMs);
  let outcome;
  if (result.spawnError !== void 0) outcome = `could not start: ${result.spawnError}`;
  else if (result.timedOut) outcome = `timed out after ${took}, stopped${result.signal ? ` (${result.signal})` : ""}`;
  else if (result.signal !== null) outcome = `killed by ${result.signal} after ${took}`;
  else outcome = `exit ${result.exitCode ?? "?"} after ${took}`;
  return `run ${spec.id} (${what}): ${outcome}`;
}
function formatDuration(ms) {
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const seconds2 = Math.round(ms / 1e3);
  return `${Math.floor(seconds2 / 60)}m ${String(seconds2 % 60).padStart(2, "0")}s`;
}

// src/run/subset-overrun.ts
function subsetOverrun(spec, cases) {
  if (spec.tests === void 0) return null;
  const asked = spec.tests.length;
  const ran2 = cases.filter((c) => c.outcome !== "skipped" && c.outcome !== "lost").length;
  if (ran2 <= Math.max(2 * asked, asked + 5)) return null;
  return `run ${spec.id} asked for ${asked} test${asked === 1 ? "" : "s"} and the command ran ${ran2}: it seems to add test paths of its own, so every subset rerun costs about a full-suite run (let the command pass its arguments on with "$@" and name no tests itself)`;
}

// src/run/pull-request-changes.ts
import { readFile as readFile8 } from "node:fs/promises";
import { join as join14 } from "node:path";

// src/changes/changed-tests.ts
function testsInChangedFiles(tests, changed) {
  const files = new Set(changed.map(normalise));
  return tests.filter((t) => t.file !== void 0 && files.has(normalise(t.file))).map((t) => t.id).sort();
}
var MAX_CO_RUNNERS = 50;
function coRunnerCandidates(changed, tests, sources, ecosystem = "unknown") {
  const byId = new Map(tests.map((t) => [t.id, t]));
  const wanted = /* @__PURE__ */ new Set();
  for (const id of changed) for (const r of resourcesOf(byId.get(id), sources, ecosystem)) wanted.add(r);
  if (wanted.size === 0) return [];
  const changedSet = new Set(changed);
  const found2 = [];
  for (const t of tests) {
    if (changedSet.has(t.id) || t.file === void 0) continue;
    const text = sources.get(t.file);
    const inFile = text === void 0 ? [] : [...wanted].filter((r) => mentions(text, literalOf(r)));
    if (inFile.length === 0) continue;
    const shared = resourcesOf(t, sources, ecosystem).filter((r) => wanted.has(r));
    found2.push(shared.length > 0 ? { id: t.id, shared: [...new Set(shared)].sort(), direct: true } : { id: t.id, shared: inFile.map((r) => `${r} (in its file)`), direct: false });
  }
  return found2.sort((a, b) => Number(b.direct) - Number(a.direct) || b.shared.length - a.shared.length || (a.id < b.id ? -1 : 1)).slice(0, MAX_CO_RUNNERS).map(({ id, shared }) => ({ id, shared }));
}
function resourcesOf(test, sources, ecosystem) {
  if (test?.file === void 0) return [];
  const text = sources.get(test.file);
  if (text === void 0) return [];
  const findings = scanSource({ file: { path: test.file, text }, testName: test.name, ...test.classname === void 0 ? {} : { classname: test.classname }, ecosystem });
  return findings.filter((f) => f.resource !== void 0 && f.kind !== "missing-cleanup").map((f) => f.resource ?? "");
}
function literalOf(resource) {
  return resource.slice(resource.indexOf(":") + 1);
}
function mentions(text, literal) {
  if (literal === "") return false;
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
    const before2 = text[at - 1] ?? " ";
    const after = text[at + literal.length] ?? " ";
    if (!/[A-Za-z0-9_]/.test(before2) && !/[A-Za-z0-9_]/.test(after)) return true;
  }
  return false;
}
function normalise(path) {
  return path.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

// src/run/pull-request-changes.ts
async function pullRequestChanges(cwd, base, runs2, ecosystem) {
  const diff = await changedFiles(cwd, base);
  if (!diff.ok) return { problem: diff.problem };
  const known = /* @__PURE__ */ new Map();
  for (const run2 of runs2) for (const c of run2.cases) if (!known.has(c.id)) known.set(c.id, { id: c.id, name: c.name, classname: c.classname, ...c.file === void 0 ? {} : { file: c.file } });
  const tests = [...known.values()];
  const changed = testsInChangedFiles(tests, diff.files);
  const sources = /* @__PURE__ */ new Map();
  if (changed.length > 0) {
    for (const file of new Set(tests.flatMap((t) => t.file === void 0 ? [] : [t.file]))) {
      const text = await readFile8(join14(cwd, file), "utf8").catch(() => null);
      if (text !== null && text.length <= 1e6) sources.set(file, text);
    }
  }
  return { base, files: diff.files, tests: changed, coRunners: coRunnerCandidates(changed, tests, sources, ecosystem) };
}
function describeChanges(c) {
  const tests = c.tests.length === 0 ? "no test reported by the runs" : `${c.tests.length} test${c.tests.length === 1 ? "" : "s"} (${c.tests.slice(0, 5).join(", ")}${c.tests.length > 5 ? ", ..." : ""})`;
  const co = c.coRunners.length === 0 ? "none" : `${c.coRunners.length} (${c.coRunners.slice(0, 5).map((r) => `${r.id}: ${r.shared.join(", ")}`).join("; ")}${c.coRunners.length > 5 ? "; ..." : ""})`;
  return `pull request against ${c.base}: ${c.files.length} changed file${c.files.length === 1 ? "" : "s"} hold ${tests}; tests sharing a resource with them: ${co}`;
}

// src/changes/burn-in.ts
var SAMPLE_SHARE = 0.1;
var MIN_SAMPLE = 5;
function burnInTests(input) {
  if (input.changed.length === 0) return [];
  const chosen = /* @__PURE__ */ new Set([...input.changed, ...input.coRunners]);
  const rest = [...new Set(input.suite)].filter((id) => !chosen.has(id)).sort();
  const size3 = Math.min(rest.length, Math.max(MIN_SAMPLE, Math.ceil(rest.length * SAMPLE_SHARE)));
  const random = mulberry32(fnv1a(`${input.seed}
${input.run}`));
  for (let i = 0; i < size3; i++) {
    const j = i + Math.floor(random() * (rest.length - i));
    const picked = rest[j];
    rest[j] = rest[i];
    rest[i] = picked;
    chosen.add(picked);
  }
  return [...chosen].sort();
}
function fnv1a(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

// src/run/burn-in-plan.ts
function planBurnIn(input) {
  const passable = (ids) => ids.filter((id) => input.cannotPass(id) === null);
  const changed = passable(input.changed);
  if (changed.length === 0 || input.runs < 1) return [];
  const specs = [];
  for (let run2 = 1; run2 <= input.runs; run2++) {
    const tests = burnInTests({ changed, coRunners: passable(input.coRunners), suite: passable(input.suite), run: run2, seed: input.seed });
    specs.push({ id: makeRunId("burn-in", input.nextSeq + run2 - 1, input.workers), workers: input.workers, iteration: run2, phase: "burn-in", tests });
  }
  return specs;
}

// src/shard/manifest.ts
import { createHash } from "node:crypto";
var SHARD_SCHEMA = "flakegate/shard@1";
function planHash(identity) {
  const canonical = JSON.stringify([identity.framework, identity.command, [...identity.workers], identity.iterations, identity.shards]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}
function readManifest(value) {
  const schema = typeof value === "object" && value !== null ? value.schema : void 0;
  if (schema !== SHARD_SCHEMA) return `has schema ${JSON.stringify(schema) ?? "missing"}, expected ${SHARD_SCHEMA}`;
  const result = validate("shard", value);
  if (!result.ok) return result.problem;
  const m = value;
  if (m.index > m.count) return `index ${m.index} is above its count ${m.count}`;
  if (m.identity.shards !== m.count) return `identity.shards ${m.identity.shards} differs from count ${m.count}`;
  return m;
}
function buildManifest(shard, identity, commit, planned, runs2) {
  return { schema: SHARD_SCHEMA, index: shard.index, count: shard.count, plan: planHash(identity), identity, commit, runs: runs2, planned };
}

// src/shard/partial.ts
function markPartial(report, manifest) {
  const label = `shard ${manifest.index}/${manifest.count}`;
  return {
    ...report,
    // Shards never confirm, whatever `confirm` says: the report states what ran.
    config: { ...report.config, confirm: false },
    gate: { failed: false, failOn: report.gate.failOn, reason: `${label} is a partial result; the aggregate job decides the gate (this slice alone: ${report.gate.reason})` },
    warnings: [...report.warnings, `${label}: partial report of ${manifest.runs.length} of the plan's runs; merge all shards with flakegate analyze or mode: aggregate`],
    shard: { index: manifest.index, count: manifest.count, partial: true, plan: manifest.plan, commit: manifest.commit }
  };
}

// src/shard/write-manifest.ts
import { execFile as execFile4 } from "node:child_process";
import { writeFile as writeFile2 } from "node:fs/promises";
import { join as join15 } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile4);
async function resolveCommit(cwd, env = process.env) {
  const sha = env["GITHUB_SHA"]?.trim();
  if (sha) return sha;
  try {
    const { stdout } = await run("git", ["rev-parse", "HEAD"], { cwd, timeout: 1e4 });
    const head = stdout.trim();
    return /^[0-9a-f]{40,64}$/.test(head) ? head : null;
  } catch {
    return null;
  }
}
async function writeManifest(out, manifest) {
  const path = join15(out, "shard.json");
  await writeFile2(path, JSON.stringify(manifest, null, 2) + "\n");
  return path;
}

// src/pipeline.ts
var Cancelled = class extends Error {
};
var NO_SUBSET_COST = "no {tests} in the command, so no subset reruns: every confirmation rerun runs the full suite, and partner search and order replay are off (add {tests} where test ids may go)";
var DISCOVERY_BUDGET_SHARE = 0.6;
async function runPipeline(config, deps) {
  const { log } = deps;
  const started = Date.now();
  await mkdir2(join16(config.out, "runs"), { recursive: true });
  const quarantine = config.quarantine === void 0 ? [] : await loadQuarantine(config.quarantine);
  const preset = await resolvePreset(config, log);
  log.info(`framework: ${preset.name} (${preset.reason})${preset.capabilities.subsetReruns ? "" : `; ${NO_SUBSET_COST}`}`);
  const serialWhy = serialDiscoveryNeeded({ serialDiscovery: config.serialDiscovery === true, confirm: config.confirm, subsetReruns: preset.capabilities.subsetReruns });
  const plan = planDiscovery(config.workers, config.iterations, serialWhy !== null);
  const specs = config.shard ? sliceShard(plan, config.shard, config.iterations) : plan;
  const counts = discoveryCounts(config.workers, serialWhy !== null);
  const notes = [
    {
      kind: "discovery",
      text: `${plan.length} full-suite runs: workers ${counts.join(", ")} x ${config.iterations} iterations, interleaved` + (counts.length < new Set(config.workers).size ? ` (parallel-first: the serial evidence comes from serial reruns of the suspects; serial-discovery adds serial full-suite runs)` : serialWhy !== null && new Set(config.workers).size > 1 ? ` (serial full-suite runs: ${serialWhy})` : "")
    }
  ];
  const retries = preset.retries ?? [];
  for (const r of retries) {
    notes.push({ kind: "discovery", text: describeRetry(r) });
    if (r.disabled) log.info(describeRetry(r));
    else log.warn(describeRetry(r));
  }
  if (config.shard) notes.push({ kind: "discovery", text: `shard ${config.shard.index}/${config.shard.count}: runs ${specs.map((s) => s.id).join(", ")} of the plan` });
  const executor = createExecutor(preset, config, deps, specs.length);
  const estimates = [];
  const estimate = (discoveryOver) => estimateSession({ done: executor.results, discovery: specs, workers: config.workers, confirm: config.confirm && !config.shard, discoveryOver, unit: preset.capabilities.parallelUnit, cores: availableParallelism() });
  const discoveryBudget = config.budgetMs === null ? null : config.confirm ? config.budgetMs * DISCOVERY_BUDGET_SHARE : config.budgetMs;
  for (const [index, spec] of specs.entries()) {
    const elapsed = Date.now() - started;
    const mean = index > 0 ? elapsed / index : 0;
    if (discoveryBudget !== null && index > 0 && elapsed + mean > discoveryBudget) {
      notes.push({ kind: "budget", text: `discovery budget (${formatMinutes(discoveryBudget)}) reached: skipped ${specs.length - index} of ${specs.length} planned full-suite runs` });
      log.warn(notes.at(-1)?.text ?? "");
      break;
    }
    const result = await executor.execute(spec).catch(stopOnCancel);
    if (result === null) break;
    if (index === 0) {
      assertRunnable(result, preset);
      estimates.push(recordEstimate(estimate(false), "after the first run", notes, log));
    }
  }
  if (config.confirm && !config.shard && executor.results.length > 1 && !deps.signal?.aborted) {
    estimates.push(recordEstimate(estimate(true), "after discovery", notes, log));
  }
  if (config.base !== void 0 && executor.results.length > 0) {
    const changes = await pullRequestChanges(config.cwd, config.base, executor.results, preset.ecosystem);
    if ("problem" in changes) log.warn(`changed tests: ${changes.problem}`);
    else {
      notes.push({ kind: "discovery", text: describeChanges(changes) });
      log.info(describeChanges(changes));
      if (!config.shard && (config.burnIn ?? 0) > 0 && !deps.signal?.aborted) await burnIn(changes, preset, config, executor, notes, log, discoveryBudget === null ? null : discoveryBudget - (Date.now() - started));
    }
  }
  let partners = [];
  if (deps.signal?.aborted) {
    notes.push({ kind: "stop", text: `cancelled after ${executor.results.length} runs: the report covers the runs that finished (an interrupted run is kept under runs/ but not counted)` });
  } else if (config.shard) {
    notes.push({ kind: "stop", text: `shard ${config.shard.index}/${config.shard.count}: no confirmation reruns in a shard; the aggregate job merges all shards and decides` });
  } else if (config.confirm) {
    const remaining = config.budgetMs === null ? null : config.budgetMs - (Date.now() - started);
    const outcome = await confirmSuspects(preset, config, executor, remaining, executor.results.length + 1).catch(stopOnCancel);
    if (outcome === null) {
      notes.push({ kind: "stop", text: `cancelled during confirmation after ${executor.results.length} runs: tiers rest on the runs that finished` });
    } else {
      notes.push(...outcome.notes);
      partners = outcome.partners;
    }
  } else {
    notes.push({ kind: "stop", text: "confirmation reruns are off (--no-confirm): tiers rest on discovery alone and are capped at likely" });
  }
  let manifest;
  if (config.shard) {
    const identity = { framework: preset.name, command: preset.template, workers: config.workers, iterations: config.iterations, shards: config.shard.count };
    manifest = buildManifest(config.shard, identity, await resolveCommit(config.cwd), specs.map((s) => s.id), executor.results.map((r) => r.record.id));
    log.info(`shard manifest: ${await writeManifest(config.out, manifest)}`);
  }
  const amend = manifest ? (r) => markPartial(r, manifest) : void 0;
  const cost = () => ({ estimates, actualMs: Date.now() - started, runsMs: executor.results.reduce((sum, r) => sum + r.record.durationMs, 0) });
  return finish2({ config, framework: preset.name, command: preset.template, runs: executor.results, notes, partners, log, quarantine, cost, retries, ...amend ? { amend } : {}, ...deps.known ? { known: deps.known } : {} });
}
function recordEstimate(e, when, notes, log) {
  const text = `estimated runner time ${when} (${e.afterRun}): ${formatRunnerTime(e.totalMs)} = discovery ${formatRunnerTime(e.discoveryMs)} + confirmation ${formatRunnerTime(e.confirmationMs)} (${e.basis}; priced from ${e.fittedOn} run${e.fittedOn === 1 ? "" : "s"})`;
  notes.push({ kind: "discovery", text });
  log.info(text);
  return e;
}
async function confirmSuspects(preset, config, executor, budgetRemainingMs, nextSeq) {
  const confirmStarted = Date.now();
  const outcome = await runConfirmation(
    {
      runs: executor.results,
      workers: config.workers,
      supportsSubset: preset.capabilities.subsetReruns,
      orderReplay: preset.capabilities.orderReplay,
      budgetRemainingMs,
      nextSeq,
      elapsedMs: () => Date.now() - confirmStarted,
      cannotPass: (id) => preset.cannotPass(id),
      unit: preset.capabilities.parallelUnit,
      cores: availableParallelism()
    },
    (spec) => executor.execute(spec)
  );
  return { ...outcome, notes: [...outcome.notes, ...executor.notes] };
}
async function burnIn(changes, preset, config, executor, notes, log, left) {
  if (!preset.capabilities.subsetReruns) {
    notes.push({ kind: "fallback", text: `burn-in: skipped, ${preset.name} cannot run a subset of the suite` });
    return;
  }
  const suite = [...new Set(executor.results.flatMap((r) => r.cases.map((c) => c.id)))];
  const specs = planBurnIn({ changed: changes.tests, coRunners: changes.coRunners.map((c) => c.id), suite, runs: config.burnIn ?? 0, workers: Math.max(...config.workers), seed: `${changes.base}
${changes.tests.join("\n")}`, nextSeq: executor.results.length + 1, cannotPass: (id) => preset.cannotPass(id) });
  if (specs.length === 0) return;
  notes.push({ kind: "discovery", text: `burn-in: ${specs.length} run(s) at ${specs[0]?.workers ?? 0} workers of ${changes.tests.length} changed test(s), ${changes.coRunners.length} sharing a resource with them and a random sample (${specs.map((s) => `${s.id}: ${s.tests?.length ?? 0} tests`).join(", ")})` });
  log.info(notes.at(-1)?.text ?? "");
  const started = Date.now();
  for (const spec of specs) {
    const price = priceRun(fitPriceModel(executor.results, preset.capabilities.parallelUnit, availableParallelism()), spec);
    if (left !== null && Date.now() - started + price > left) {
      notes.push({ kind: "budget", text: `burn-in: stopped before ${spec.id}, priced ~${Math.round(price / 1e3)} s with ${Math.max(0, Math.round((left - (Date.now() - started)) / 1e3))} s of the discovery budget left` });
      return;
    }
    if (await executor.execute(spec).catch(stopOnCancel) === null) return;
  }
}
function createExecutor(preset, config, deps, planned) {
  const results = [];
  const notes = [];
  const failing = /* @__PURE__ */ new Set();
  let pseudoTests = false;
  const started = Date.now();
  let overrunWarned = false;
  return {
    results,
    notes,
    async execute(spec) {
      if (deps.signal?.aborted) throw new Cancelled();
      const executed = await executeRun(spec, preset, config, deps.log, deps.signal ? { signal: deps.signal } : {});
      if (deps.signal?.aborted) throw new Cancelled();
      const collected = await collectRun(executed, config.out, config.cwd);
      pseudoTests ||= hasPseudoTest(collected);
      const normalised = pseudoTests ? normaliseHookOutcomes([...results, collected]) : [];
      results.forEach((_, i) => results[i] = normalised[i] ?? results[i]);
      const result = normalised.at(-1) ?? collected;
      results.push(result);
      if (executed.note !== void 0) notes.push({ kind: "fallback", text: `run ${spec.id}: ${executed.note}` });
      const overrun = overrunWarned ? null : subsetOverrun(spec, result.cases);
      if (overrun !== null) {
        overrunWarned = true;
        deps.log.warn(overrun);
      }
      await writeFile3(join16(config.out, "runs", "index.json"), JSON.stringify(results.map((r) => r.record), null, 1));
      for (const id of failuresIn(result)) failing.add(id);
      const elapsedMs = Date.now() - started;
      const total = Math.max(planned, results.length);
      deps.onProgress?.({ done: results.length, total, run: result, elapsedMs, remainingMs: Math.round(elapsedMs / results.length * (total - results.length)), failingTestsSoFar: failing.size });
      return result;
    }
  };
}
function stopOnCancel(error) {
  if (error instanceof Cancelled) return null;
  throw error;
}
function assertRunnable(first, preset) {
  const { record } = first;
  if (record.timedOut || record.signal !== null) return;
  if (record.parse === "ok" && record.tests === 0) {
    throw new SetupError(
      `the first run (${record.id}) exited with code ${record.exitCode} and its report holds no test case: the command collected no tests`,
      `check working-directory (--cwd), the framework and any test path filter; its output is in runs/${record.id}/output.log`
    );
  }
  if (record.parse !== "missing") return;
  if (record.error && /command not found|permission denied|working directory not found/.test(record.error)) {
    throw new SetupError(`the test command could not be started: ${record.error}`, `check the command (${preset.template}) and that its tools are installed`);
  }
  throw new SetupError(
    `the first run (${record.id}) exited with code ${record.exitCode} and wrote no JUnit report`,
    `make sure the command writes JUnit XML to the {junit} path; its output is in runs/${record.id}/output.log`
  );
}
async function finish2(input) {
  const { config, log } = input;
  const runs2 = normaliseHookOutcomes(input.runs);
  const partners = input.partners ?? [];
  const analysis = analyse(runs2, config.workers, partners);
  const gathered = await gatherProject({ cwd: config.cwd, out: config.out, tests: analysis.tests, runs: runs2, framework: input.framework === "auto" ? "custom" : input.framework });
  const partnerMap = Object.fromEntries(partners.filter((p) => p.found).map((p) => [p.victim, p.partners]));
  const explained = explain({ tests: gathered.tests, runs: runs2, clusters: analysis.clusters, ecosystem: gathered.project.ecosystem, framework: gathered.project.framework, sources: gathered.sources, files: gathered.files, cores: availableParallelism(), partners: partnerMap, projectDir: config.cwd, ignoreDirs: [config.out], pytestNodeId });
  const gated = await gateWithQuarantine(explained, config, log, {
    ...input.known ? { known: input.known } : {},
    ...input.quarantine ? { entries: input.quarantine } : {}
  });
  const { tests, gate } = gated;
  const built = buildReport({ config, framework: input.framework, command: input.command, runs: runs2, tests, clusters: analysis.clusters, gate, notes: input.notes, warnings: [...warningsFor(runs2), ...retryWarnings(input.retries), ...gated.warnings], project: gathered.project, ...input.cost ? { cost: input.cost() } : {}, ...input.retries ? { retries: input.retries } : {} });
  const report = input.amend ? input.amend(built) : built;
  const reportJsonPath = join16(config.out, "report.json");
  const reportMdPath = join16(config.out, "report.md");
  await mkdir2(config.out, { recursive: true });
  await writeJsonFile(reportJsonPath, report);
  const conforms = validate("report", report, "strict");
  if (!conforms.ok) throw new Error(`report.json does not match schema/report@1.json: ${conforms.problem} (a flakegate bug; the report was written to ${reportJsonPath})`);
  const secrets = collectSecrets(process.env);
  await writeFile3(reportMdPath, guardOutgoing(renderMarkdown(report, { secrets }), secrets));
  await writeFile3(join16(config.out, "report.html"), guardOutgoing(renderHtml(report, { timelines: selectTimelines(report, runs2), secrets }), secrets));
  log.info(`report: ${reportJsonPath}`);
  return { report, reportJsonPath, reportMdPath };
}
function retryWarnings(retries = []) {
  return retries.filter((r) => !r.disabled).map(describeRetry);
}
function warningsFor(runs2) {
  const errors = runs2.filter((r) => r.record.error).map((r) => `run ${r.record.id} (workers ${r.record.workers}): ${r.record.error}`);
  return [...errors, ...runs2.flatMap((r) => survivorWarning(r.record)), ...probeWarnings(runs2)];
}
function survivorWarning(record) {
  const named = record.survivors ?? [];
  if (named.length === 0) return [];
  const count2 = record.survivorCount ?? named.length;
  const list3 = named.slice(0, 3).map((s) => `pid ${s.pid} (${s.command || "?"})`).join(", ");
  const more = count2 > 3 ? ` and ${count2 - 3} more` : "";
  const when = record.timedOut ? "when it timed out" : "after its command ended";
  return [`run ${record.id} (workers ${record.workers}): left ${count2} process${count2 === 1 ? "" : "es"} running ${when}: ${list3}${more}; flakegate ended ${count2 === 1 ? "it" : "them"} (${record.containment === "subreaper" ? "contained by a subreaper" : "found by process group, tag and parentage"})`];
}
function formatMinutes(ms) {
  return ms >= 6e4 ? `${Math.round(ms / 6e3) / 10} min` : `${Math.round(ms / 1e3)} s`;
}

export {
  inputNamed,
  ConfigError,
  FRAMEWORKS,
  settingsFromInputs,
  parseChoice,
  parseConfig,
  SetupError,
  intern,
  resolvePreset,
  projectRelativeCases,
  readProbeDir,
  parseJunitFile,
  PROBE_DIR_NAME,
  runDirectory,
  readManifest,
  DISCOVERY_BUDGET_SHARE,
  runPipeline,
  confirmSuspects,
  createExecutor,
  finish2 as finish
};
