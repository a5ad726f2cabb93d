#!/usr/bin/env node
import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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

// src/cli.ts
import { parseArgs } from "node:util";

// src/config.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";

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
    const list2 = missing.map(({ name, why }) => `{${name}} (${why})`).join(" and ");
    return fail(`must contain ${list2}; got "${template}"`);
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

// src/config.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
var FRAMEWORKS = ["auto", "pytest", "jest", "vitest", "node", "mocha", "go", "custom"];
var FAIL_ON = ["parallel-only", "flaky", "never"];
var DEFAULTS = {
  framework: "auto",
  workers: "1,2,4",
  iterations: "5",
  timeout: "10m",
  confirm: "true",
  "fail-on": "parallel-only",
  cwd: ".",
  out: ".flakegate"
};
var MAX_WORKERS = 512;
var MAX_ITERATIONS = 1e3;
function parseConfig(raw, source, baseDir = process.cwd()) {
  const name = (key) => source === "cli" ? `--${key}` : `input '${key}'`;
  const get = (key) => {
    const value = raw[key]?.trim();
    return value === void 0 || value === "" ? DEFAULTS[key] : value;
  };
  const framework = get("framework");
  if (!FRAMEWORKS.includes(framework)) {
    throw new ConfigError(`${name("framework")}: unknown framework '${framework}'; allowed: ${FRAMEWORKS.join(", ")}`);
  }
  const commandRaw = raw.command?.trim() || null;
  let resolvedFramework = framework;
  if (commandRaw !== null) {
    if (resolvedFramework === "auto") resolvedFramework = "custom";
    if (resolvedFramework !== "custom") {
      throw new ConfigError(
        `${name("command")} is only used with framework 'custom' (got framework '${framework}'); drop ${name("framework")} or set it to custom`
      );
    }
    const parsed = parseTemplate(commandRaw);
    if (!parsed.ok) throw new ConfigError(`${name("command")} ${parsed.problem}`);
  } else if (resolvedFramework === "custom") {
    throw new ConfigError(`${name("framework")} custom needs ${name("command")}, a template with {workers} and {junit}`);
  }
  const workers = parseWorkers(get("workers"), name("workers"));
  const iterations = parseCount(get("iterations"), name("iterations"), MAX_ITERATIONS);
  const timeoutMs = parseDuration(get("timeout"), name(source === "cli" ? "timeout" : "timeout-minutes"));
  const budgetRaw = raw.budget?.trim();
  const budgetMs = budgetRaw ? parseDuration(budgetRaw, name(source === "cli" ? "budget" : "budget-minutes")) : null;
  const confirm = parseBoolean(get("confirm"), name("confirm"));
  const failOn = get("fail-on");
  if (!FAIL_ON.includes(failOn)) {
    throw new ConfigError(`${name("fail-on")}: unknown value '${failOn}'; allowed: ${FAIL_ON.join(", ")}`);
  }
  const cwd = resolve(baseDir, get("cwd"));
  if (!isDirectory(cwd)) {
    throw new ConfigError(`${name(source === "cli" ? "cwd" : "working-directory")}: '${cwd}' is not a directory`);
  }
  const out = resolve(baseDir, get("out"));
  return Object.freeze({
    framework: resolvedFramework,
    command: commandRaw,
    workers: Object.freeze(workers),
    iterations,
    timeoutMs,
    budgetMs,
    confirm,
    failOn,
    cwd,
    out
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
function parseCount(value, label, max) {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new ConfigError(`${label}: '${value}' is not a positive integer up to ${max}`);
  }
  return Number(value);
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(value, label) {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  const ms = match ? Number(match[1]) * (UNIT_MS[match[2] ?? "m"] ?? 6e4) : NaN;
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new ConfigError(`${label}: '${value}' is not a duration; use e.g. 90s, 10m or 1h (a bare number means minutes)`);
  }
  return Math.round(ms);
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

// src/cli-help.ts
var HELP = `flakegate - find the tests that fail only when run in parallel

Usage:
  flakegate run [options]                       run the suite at several worker counts and classify every test
  flakegate analyze [--out DIR] <report.json | out dir>...
                                                re-analyse kept raw reports (and merge several result dirs)
  flakegate parse <junit.xml>                   print the normalised test cases of one JUnit report as JSON

Options for run:
  --framework NAME   auto (default) | pytest | jest | vitest | node | mocha | go | custom
  --command TPL      custom command template with {workers} and {junit}, optionally {tests}
  --workers LIST     worker counts, the smallest is the serial baseline (default 1,2,4)
  --iterations N     full-suite runs per worker count (default 5)
  --timeout DUR      per-run timeout, e.g. 90s, 10m (default 10m); kills the whole process tree
  --budget DUR       total time budget; runs that do not fit are skipped and reported
  --fail-on WHAT     parallel-only (default) | flaky | never
  --cwd DIR          project directory (default .)
  --out DIR          output directory for report.json, report.md and runs/ (default .flakegate)
  --json             print report.json to stdout instead of the table
  --all              list stable and skipped tests in the table too
  --no-color         plain output (also when NO_COLOR is set or stdout is not a terminal)
  --verbose          log every step

Examples:
  flakegate run --framework pytest --workers 1,4 --iterations 5
  flakegate run --framework jest --cwd packages/api --timeout 5m
  flakegate run --command "python -m pytest -n {workers} --junitxml={junit}" --workers 1,2,4
  flakegate analyze --out merged .flakegate-shard-1 .flakegate-shard-2
  flakegate parse reports/junit.xml

Exit codes: 0 gate passed, 1 gate failed, 2 usage or setup error,
130/143 interrupted (SIGINT/SIGTERM: the current run is stopped and the report of the finished runs written).
`;

// src/report/secrets.ts
var MIN_SECRET_LENGTH = 6;
var REDACTED = "***";
var TOKEN_SHAPES = [
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  /\bgh[pousr]_[A-Za-z0-9]{36,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bxox[baprs]-[A-Za-z0-9-]{10,}/g,
  /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g
];
var AUTH_SCHEME = /\b(Bearer|Basic)(\s+)[A-Za-z0-9\-._~+/]{6,}=*/gi;
function redactSecrets(text, secrets = []) {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  return out.replace(AUTH_SCHEME, (_m, scheme, space) => `${scheme}${space}${REDACTED}`);
}

// src/report/sanitize.ts
var DEFAULT_INLINE_MAX = 300;
var DEFAULT_BLOCK_MAX = 4e3;
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var ZWJ = "\u200D";
function stripControl(text) {
  return text.replace(/\r\n?/g, "\n").replace(ANSI, "").replace(CONTROL, "");
}
function truncate(text, max) {
  const points = Array.from(text);
  if (points.length <= max) return text;
  let keep = Math.max(0, max - note(points.length).length);
  while (keep > 0 && keep + note(points.length - keep).length > max) keep -= 1;
  return points.slice(0, keep).join("") + note(points.length - keep);
}
function note(dropped) {
  return `\u2026 (${dropped} more characters)`;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]~]/g, "\\$&").replace(/^(\s*)([#>+=-]|\d+[.)])/, "$1\\$2");
}
function neutraliseMentions(text) {
  return text.replace(/(^|[^\w`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?)/g, `$1@${ZWJ}$2`).replace(/(?<!&)#(\d+)/g, `#${ZWJ}$1`).replace(/\bGH-(\d+)/gi, (m) => `${m.slice(0, 2)}${ZWJ}${m.slice(2)}`);
}
function neutraliseWorkflowCommands(text) {
  return text.split("\n").map((line) => line.trimStart().startsWith("::") ? `\xB7 ${line}` : line).join("\n").replace(/##\[/g, `#${ZWJ}#[`);
}
function sanitizeInline(text, opts = {}) {
  const clean = redactSecrets(stripControl(text), opts.secrets).replace(/\s+/g, " ").trim();
  return neutraliseMentions(escapeMarkdown(escapeHtml(truncate(clean, opts.max ?? DEFAULT_INLINE_MAX))));
}
function sanitizeBlock(text, opts = {}) {
  const clean = truncate(redactSecrets(stripControl(text), opts.secrets).replace(/\s+$/, ""), opts.max ?? DEFAULT_BLOCK_MAX);
  const fence = "`".repeat(Math.max(3, longestRun(clean, "`") + 1));
  return `${fence}${opts.language ?? "text"}
${clean}
${fence}`;
}
function codeSpan(text, opts = {}) {
  const clean = truncate(redactSecrets(stripControl(text), opts.secrets).replace(/\s+/g, " ").trim(), opts.max ?? DEFAULT_INLINE_MAX);
  if (clean === "") return "` `";
  const fence = "`".repeat(longestRun(clean, "`") + 1);
  const pad2 = /^[` ]|[` ]$/.test(clean) ? " " : "";
  return `${fence}${pad2}${clean}${pad2}${fence}`;
}
function htmlCode(text, opts = {}) {
  const clean = truncate(redactSecrets(stripControl(text), opts.secrets).replace(/\s+/g, " ").trim(), opts.max ?? DEFAULT_INLINE_MAX);
  return `<code>${escapeHtml(clean)}</code>`;
}
function tableCell(markdown) {
  const oneLine = markdown.replace(/\s*[\r\n]+\s*/g, " ").trim();
  const escaped = oneLine.replace(/(\\*)\|/g, (_m, slashes) => slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`);
  return escaped === "" ? " " : escaped;
}
function longestRun(text, char) {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

// src/report/sanitize-terminal.ts
function sanitizeTerminal(text, max = 200) {
  const oneLine = stripControl(text).replace(/\s+/g, " ").trim();
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}\u2026` : oneLine;
  return neutraliseWorkflowCommands(cut);
}

// src/cli-progress.ts
function createCliLogger(opts) {
  const write = (prefix, m) => void process.stderr.write(`${prefix}${sanitizeTerminal(m, 2e3)}
`);
  return {
    info: (m) => opts.quiet ? void 0 : write("", m),
    warn: (m) => write("warning: ", m),
    debug: (m) => opts.verbose ? write("debug: ", m) : void 0
  };
}
function printProgress(p, tty) {
  const r = p.run.record;
  const status = r.error ? `problem: ${r.error}` : `exit ${r.exitCode ?? r.signal}`;
  const line = `[${r.phase === "discovery" ? `${p.done}/${p.total}` : `${p.done}`}] ${r.id} workers=${r.workers} ${(r.durationMs / 1e3).toFixed(1)}s, ${r.tests} tests, ${status} | ${p.failingTestsSoFar} failing so far | ${r.phase === "discovery" ? `~${formatEta(p.remainingMs)} left` : "confirming suspects"}`;
  process.stderr.write(tty ? `\r\x1B[2K${sanitizeTerminal(line, 300)}${p.done === p.total ? "\n" : ""}` : `${sanitizeTerminal(line, 300)}
`);
}
function formatEta(ms) {
  const s = Math.round(ms / 1e3);
  return s < 90 ? `${s}s` : `${Math.round(s / 60)}m`;
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
  let text = value.trim();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, "");
  if (!/^\d+(\.\d*)?([eE][+-]?\d+)?$|^\.\d+$/.test(text)) return void 0;
  const seconds2 = Number(text);
  return Number.isFinite(seconds2) ? Math.round(seconds2 * 1e6) / 1e3 : void 0;
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

// src/parse/test-id.ts
function normaliseFile(file) {
  let path = collapseWhitespace(file).replace(/\\/g, "/").replace(/\/{2,}/g, "/");
  while (path.startsWith("./")) path = path.slice(2);
  return path;
}
function collapseWhitespace(text) {
  return text.replace(/\s+/g, " ").trim();
}
function testId(parts) {
  const file = parts.file === void 0 ? "" : normaliseFile(parts.file);
  return `${file}::${collapseWhitespace(parts.classname)}::${collapseWhitespace(parts.name)}`;
}

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
  const systemOut = createBoundedText(limits.detailsCap);
  const systemErr = createBoundedText(limits.detailsCap);
  let worker;
  let startedAt;
  let endedAt;
  function collected(tag, rank3, attrs) {
    const message = nonEmpty(attrs["message"])?.trim();
    return {
      tag,
      rank: rank3,
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
        if (message !== void 0) attempt.message = message;
        if (details !== void 0) attempt.details = details;
        attempts.push(attempt);
      }
      openRetry = void 0;
    },
    text(target, text) {
      if (target === "result") openResult?.text.append(text);
      else if (target === "retry") openRetry?.text.append(text);
      else if (target === "retry-output") openRetry?.output.append(text);
      else if (target === "system-out") systemOut.append(text);
      else systemErr.append(text);
    },
    property(name, value) {
      if (name === "flakegate_worker" && nonEmpty(value) !== void 0) worker = value;
      else if (name === "flakegate_start") startedAt = parseEpochSecondsToMs(value);
      else if (name === "flakegate_end") endedAt = parseEpochSecondsToMs(value);
    },
    finish() {
      const written = nonEmpty(attributes["classname"]);
      const classname = written ?? context.suitePath.at(-1) ?? "";
      let name = nonEmpty(attributes["name"]) ?? UNNAMED;
      if (written === "test" && context.suitePath.length > 0) name = [...context.suitePath, name].join(" > ");
      const rawFile = nonEmpty(attributes["file"]) ?? nonEmpty(context.suiteFile);
      const file = rawFile === void 0 ? void 0 : nonEmpty(normaliseFile(rawFile));
      const writtenLine = parseLine(attributes["line"]);
      const line = writtenLine !== void 0 && context.pytest ? writtenLine + 1 : writtenLine;
      const outcome = decideOutcome();
      let { message, details } = best === void 0 ? { message: void 0, details: void 0 } : messageAndDetails(best);
      if ((outcome === "failed" || outcome === "error") && details === void 0) {
        const output = [tidy(systemOut.toString()), tidy(systemErr.toString())].filter((t) => t !== void 0);
        if (output.length > 0) details = capText(output.join("\n"), limits.detailsCap);
      }
      const workerName = worker ?? (message === void 0 ? void 0 : XDIST_CRASH.exec(message)?.[1]);
      const durationMs = parseSecondsToMs(attributes["time"]);
      const where = {};
      if (file !== void 0) where.file = file;
      if (line !== void 0) where.line = line;
      const test = { id: testId({ file, classname, name }), ...where, classname, name, outcome };
      if (message !== void 0) test.message = message;
      if (details !== void 0) test.details = details;
      if (durationMs !== void 0) test.durationMs = durationMs;
      if (workerName !== void 0) test.worker = workerName;
      if (startedAt !== void 0) test.startedAt = startedAt;
      if (endedAt !== void 0) test.endedAt = endedAt;
      if (attempts.length > 0) test.attempts = attempts;
      return test;
    }
  };
}

// src/parse/chunk-decoder.ts
import { TextDecoder } from "node:util";
var ILLEGAL_XML10 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function replaceIllegalXmlChars(text) {
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

// src/parse/number-duplicates.ts
function numberDuplicates(tests) {
  const counts = /* @__PURE__ */ new Map();
  for (const test of tests) counts.set(test.id, (counts.get(test.id) ?? 0) + 1);
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
function size(test) {
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
      const needed = size(test);
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
  function context() {
    const withFile = suites.findLast((s) => s.file !== void 0);
    return {
      suitePath: suites.map((s) => s.name).filter((n) => n !== ""),
      suiteFile: withFile?.file,
      pytest: pytestRoot || suites.some((s) => s.name === "pytest")
    };
  }
  function open(name, attrs) {
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
    if (frame === "suite") suites.pop();
    else if (frame === "result") current?.closeResult();
    else if (frame === "retry") current?.closeRetry();
    else if (frame === "case" && current !== void 0) {
      tests.push(budget.spend(current.finish()));
      current = void 0;
    }
  }
  function text(data) {
    if (problem !== void 0 || current === void 0) return;
    const top = frames.at(-1);
    const target = top === void 0 ? void 0 : TEXT_TARGET[top];
    if (target !== void 0) current.text(target, data);
  }
  let inStartTag = false;
  parser.on("opentagstart", () => {
    inStartTag = true;
  });
  function listenForText() {
    const top = frames.at(-1);
    if (top !== void 0 && TEXT_TARGET[top] !== void 0) parser.on("text", text);
    else parser.off("text");
  }
  parser.on("opentag", (tag) => {
    inStartTag = false;
    if (problem !== void 0) return;
    if (frames.length >= maxDepth) return stop(`elements are nested deeper than ${maxDepth} levels`);
    sawRoot = true;
    frames.push(open(tag.name, tag.attributes));
    listenForText();
  });
  parser.on("closetag", () => {
    if (problem !== void 0) return;
    close(frames.pop());
    listenForText();
  });
  parser.on("cdata", text);
  parser.on("error", (err) => {
    const message = err.message.replace(/^\d+:\d+: /, "");
    if (!(inStartTag && message === "disallowed character.")) stop(message, sawRoot ? "malformed" : "not-xml");
  });
  function feed(data, last) {
    if (problem !== void 0) return;
    if (!sawContent && /\S/.test(data)) sawContent = true;
    try {
      if (data !== "") parser.write(data);
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
      else if (problem === void 0) result = { status: "ok", tests: kept };
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
function errorCode(err) {
  return err instanceof Error && "code" in err && typeof err.code === "string" ? err.code : void 0;
}
async function parseJunitFile(path, options = {}) {
  const reader = createJunitReader(options);
  try {
    for await (const chunk of createReadStream(path)) {
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

// src/pipeline.ts
import { mkdir as mkdir2, readFile as readFile5, writeFile as writeFile2 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join as join9 } from "node:path";

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
function isCleanRun(run) {
  const { record } = run;
  if (record.timedOut || record.signal !== null) return false;
  if (record.exitCode !== 0 && record.exitCode !== 1) return false;
  if (record.parse !== "ok") return false;
  for (const testCase of run.cases) if (isCrashCase(testCase)) return false;
  const output = record.outputTail ?? "";
  return !CRASH_IN_OUTPUT.some((re) => re.test(output));
}

// src/analyse/build-matrix.ts
var MAX_MESSAGES = 3;
var MAX_MESSAGE_CHARS = 500;
function rank(outcome) {
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
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function effectiveOutcome(testCase) {
  let outcome = testCase.outcome;
  if (testCase.attempts === void 0) return outcome;
  for (const attempt of testCase.attempts) if (rank(attempt.outcome) > rank(outcome)) outcome = attempt.outcome;
  return outcome;
}
function toMatrixRun(run) {
  const { record } = run;
  return {
    id: record.id,
    workers: record.workers,
    phase: record.phase,
    clean: isCleanRun(run),
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
  if (previous === void 0 || rank(outcome) > rank(previous)) draft.outcomes[r] = outcome;
  if (outcome === "failed" || outcome === "error") {
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
  const cache2 = /* @__PURE__ */ new Map();
  return (r) => {
    let entry = cache2.get(r);
    if (entry === void 0) {
      entry = { files: /* @__PURE__ */ new Set(), classnames: /* @__PURE__ */ new Set() };
      for (const testCase of runs2[r]?.cases ?? []) {
        if (testCase.file) entry.files.add(testCase.file);
        if (testCase.classname) entry.classnames.add(testCase.classname);
      }
      cache2.set(r, entry);
    }
    return entry;
  };
}
function finish(draft, runs2, neighbours) {
  const eventRow = draft.failedSomewhere && !draft.passedOrSkippedSomewhere;
  let implicitPasses = 0;
  for (let r = 0; r < runs2.length; r++) {
    const run = runs2[r];
    if (run === void 0 || draft.outcomes[r] !== void 0) continue;
    if (run.subset !== null && !run.subset.has(draft.id)) continue;
    if (!run.clean) draft.outcomes[r] = "lost";
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

// src/confirm/samples.ts
var outcomeCache = /* @__PURE__ */ new WeakMap();
function outcomes(run) {
  const cached2 = outcomeCache.get(run);
  if (cached2) return cached2;
  const map = /* @__PURE__ */ new Map();
  for (const c of run.cases) {
    const outcome = effectiveOutcome(c);
    if (outcome === "failed" || outcome === "error") map.set(c.id, "failed");
    else if (outcome === "passed" && !map.has(c.id)) map.set(c.id, "passed");
  }
  outcomeCache.set(run, map);
  return map;
}
function outcomeOf(run, id) {
  return outcomes(run).get(id) ?? null;
}
function failuresIn(run) {
  return [...outcomes(run)].filter(([, o]) => o === "failed").map(([id]) => id).sort();
}
function includes(run, id) {
  const subset2 = run.record.subset;
  return subset2 === void 0 || subset2.includes(id);
}
function isProbe(run) {
  return run.record.phase === "confirm-partner";
}
function armSample(runs2, id, phase, workers) {
  let attempts = 0;
  let subsetAttempts = 0;
  let subsetFailed = 0;
  let fullAttempts = 0;
  const all = { failed: 0, n: 0 };
  const full = { failed: 0, n: 0 };
  for (const run of runs2) {
    const { record } = run;
    if (record.phase !== phase || isProbe(run) || !includes(run, id)) continue;
    if (workers !== void 0 && record.workers !== workers) continue;
    attempts++;
    const isFull = record.subset === void 0;
    if (isFull) fullAttempts++;
    else subsetAttempts++;
    const outcome = outcomeOf(run, id);
    if (outcome === null) continue;
    const fail2 = outcome === "failed" ? 1 : 0;
    all.failed += fail2;
    all.n++;
    if (isFull) {
      full.failed += fail2;
      full.n++;
    } else subsetFailed += fail2;
  }
  const sample = phase === "confirm-parallel" && fullAttempts > 0 ? full : all;
  return { ...sample, attempts, subsetAttempts, subsetFailed, fullAttempts };
}
function serialWorkers(runs2) {
  let min = null;
  for (const r of runs2) if (min === null || r.record.workers < min) min = r.record.workers;
  return min;
}
function parallelArmWorkers(runs2, id) {
  const serial = serialWorkers(runs2);
  let threshold = null;
  const confirmCounts = /* @__PURE__ */ new Map();
  for (const run of runs2) {
    const w = run.record.workers;
    if (serial === null || w <= serial) continue;
    if (run.record.phase === "discovery" && outcomeOf(run, id) === "failed" && (threshold === null || w < threshold)) threshold = w;
    if (run.record.phase === "confirm-parallel" && outcomeOf(run, id) !== null) {
      confirmCounts.set(w, (confirmCounts.get(w) ?? 0) + 1);
    }
  }
  if (threshold !== null) return threshold;
  const ranked = [...confirmCounts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked[0]?.[0] ?? null;
}

// src/analyse/log-gamma.ts
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

// src/analyse/fisher.ts
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

// src/analyse/upper-bound.ts
function upper95(failures, n) {
  if (n <= 0 || failures >= n) return 1;
  if (failures <= 0) return 1 - Math.pow(0.05, 1 / n);
  let low = failures / n;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (binomialCdf(failures, n, mid) > 0.05) low = mid;
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

// src/analyse/confirm-rule.ts
var FISHER_ALPHA = 0.05;
var SERIAL_BOUND_FACTOR = 3;
var LIKELY_PROBABILITY = 0.95;
function meetsConfirmed(parFail, parN, serFail, serN) {
  if (parN <= 0 || serN <= 0 || parFail <= 0) return false;
  return fisherOneSided(parFail, parN, serFail, serN) < FISHER_ALPHA && upper95(serFail, serN) < parFail / parN / SERIAL_BOUND_FACTOR;
}

// src/analyse/runs-to-decide.ts
var RUNS_TO_DECIDE_CAP = 200;
function runsToDecide(parFail, parN, serFail, serN, cap = RUNS_TO_DECIDE_CAP) {
  if (parFail <= 0 || parN <= 0) return null;
  const parRate = parFail / parN;
  const serRate = serN > 0 ? serFail / serN : 0;
  if (serRate >= parRate / 3) return null;
  for (let m = 1; m <= cap; m++) {
    const p = parN + m;
    const s = serN + m;
    if (meetsConfirmed(Math.round(parRate * p), p, Math.round(serRate * s), s)) return m;
  }
  return null;
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
function tallyRow(row3, arms) {
  const byCount = arms.workerCounts.map(zero);
  const { outcomes: outcomes2 } = row3;
  for (let r = 0; r < outcomes2.length; r++) {
    const outcome = outcomes2[r];
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

// src/analyse/confidence.ts
var MIN_RUNS_PER_ARM = 3;
function confidenceOf(verdict, t, hasParallel, probParallelWorse) {
  switch (verdict) {
    case "parallel-only":
      return parallelOnlyConfidence(t, probParallelWorse);
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
function parallelOnlyConfidence(t, probParallelWorse) {
  const parN = ran(t.parallel);
  const serN = ran(t.serial);
  if (meetsConfirmed(t.parallel.failed, parN, t.serial.failed, serN)) return { confidence: "confirmed" };
  if (probParallelWorse !== null && probParallelWorse >= LIKELY_PROBABILITY) return { confidence: "likely" };
  const more = runsToDecide(t.parallel.failed, parN, t.serial.failed, serN);
  return more === null ? { confidence: "insufficient" } : { confidence: "insufficient", runsToDecide: more };
}
function observationConfidence(serial, parallel) {
  const fewest = Math.min(serial, parallel);
  if (fewest >= MIN_RUNS_PER_ARM) return { confidence: "confirmed" };
  if (fewest >= 1) return { confidence: "likely" };
  return { confidence: "insufficient", runsToDecide: MIN_RUNS_PER_ARM };
}

// src/analyse/wilson.ts
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
function classify(row3, tally2, decision, arms, links, stats) {
  const { verdict, tier } = decision;
  const byWorkers = {};
  let threshold = null;
  arms.workerCounts.forEach((workers, i) => {
    const counts = tally2.byCount[i];
    if (counts === void 0) return;
    byWorkers[String(workers)] = workerStats(counts);
    if (threshold === null && counts.failed > 0) threshold = workers;
  });
  const judged = verdict === "parallel-only" && tier !== null ? fromTier(tier) : pooled(verdict, tally2, arms, stats);
  return {
    id: row3.id,
    file: row3.file,
    line: row3.line,
    classname: row3.classname,
    name: row3.name,
    verdict,
    confidence: judged.confidence,
    pValue: judged.pValue,
    probParallelWorse: judged.probParallelWorse,
    byWorkers,
    threshold,
    cluster: links.cluster,
    runsToDecide: judged.runsToDecide,
    messages: keepMessage(row3.messages, decision.serialMessage),
    partners: links.partners,
    causes: []
  };
}
function fromTier(tier) {
  const { confidence, pValue, probParallelWorse, runsToDecide: runsToDecide2 } = tier;
  return { confidence, pValue, probParallelWorse, runsToDecide: runsToDecide2 };
}
function pooled(verdict, tally2, arms, stats) {
  const parN = ran(tally2.parallel);
  const serN = ran(tally2.serial);
  const comparable = parN > 0 && serN > 0;
  const pValue = comparable ? stats.pValue(tally2.parallel.failed, parN, tally2.serial.failed, serN) : null;
  const probParallelWorse = comparable ? stats.probParallelWorse(tally2.parallel.failed, parN, tally2.serial.failed, serN) : null;
  const result = confidenceOf(verdict, tally2, arms.hasParallel, probParallelWorse);
  const capped = verdict === "parallel-only" && result.confidence === "confirmed" ? { confidence: "likely" } : result;
  return { ...capped, pValue, probParallelWorse };
}
function keepMessage(messages, kept) {
  if (kept === void 0 || messages.includes(kept)) return messages;
  return [kept, ...messages].slice(0, MAX_MESSAGES);
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
var isFailure = (o) => o === "failed" || o === "error";
function findClusters(matrix, rows, arms) {
  const parallelRuns = matrix.runs.map((_, r) => r).filter((r) => (arms.runCountIndex[r] ?? 0) > 0);
  const nodes = /* @__PURE__ */ new Map();
  for (const row3 of rows) {
    const failing = parallelRuns.filter((r) => isFailure(row3.outcomes[r]));
    if (failing.length === 0) continue;
    const key = failing.join(",");
    const node = nodes.get(key);
    if (node === void 0) nodes.set(key, { runs: failing, tests: [row3.id] });
    else node.tests.push(row3.id);
  }
  const list2 = [...nodes.values()];
  const parent = list2.map((_, i) => i);
  const find = (start) => {
    let i = start;
    for (let up = parent[i] ?? i; up !== i; i = up, up = parent[i] ?? i) parent[i] = parent[up] ?? up;
    return i;
  };
  for (const [pair, shared] of sharedRunCounts(list2.map((n) => n.runs), matrix.runs.length)) {
    const a = Math.floor(pair / list2.length);
    const b = pair % list2.length;
    const sizeA = list2[a]?.runs.length ?? 0;
    const sizeB = list2[b]?.runs.length ?? 0;
    if (shared / (sizeA + sizeB - shared) >= CLUSTER_JACCARD) parent[find(a)] = find(b);
  }
  const members = /* @__PURE__ */ new Map();
  list2.forEach((node, i) => {
    const root = find(i);
    const group = members.get(root);
    if (group === void 0) members.set(root, [...node.tests]);
    else group.push(...node.tests);
  });
  const groups = [...members.values()].filter((t) => t.length >= 2).map((t) => t.sort(compareIds));
  groups.sort((x, y) => compareIds(x[0] ?? "", y[0] ?? ""));
  const byId = new Map(rows.map((row3) => [row3.id, row3]));
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
  return matrix.runs.filter((_, r) => rows.filter((row3) => isFailure(row3?.outcomes[r])).length >= 2).map((run) => run.id);
}

// src/confirm/co-runners.ts
function coFailures(runs2, id, serial, alwaysFailing = alwaysFailingTests(runs2)) {
  const counts = /* @__PURE__ */ new Map();
  for (const run of runs2) {
    if (run.record.workers <= serial || outcomeOf(run, id) !== "failed") continue;
    for (const other of failuresIn(run)) {
      if (other !== id && !alwaysFailing.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0])).map(([t]) => t);
}
function alwaysFailingTests(runs2) {
  const ran2 = /* @__PURE__ */ new Map();
  for (const run of runs2) {
    for (const [id, o] of outcomes(run)) {
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
  const found = /* @__PURE__ */ new Set();
  for (const run of runs2) for (const c of run.cases) if (c.file === file && c.id !== id) found.add(c.id);
  return [...found].sort();
}
function fileOf(runs2, id) {
  for (const run of runs2) for (const c of run.cases) if (c.id === id && c.file !== void 0) return c.file;
  return void 0;
}
function concurrentTests(runs2, id, serial) {
  const found = /* @__PURE__ */ new Set();
  for (const run of runs2) {
    if (run.record.workers <= serial || outcomeOf(run, id) !== "failed") continue;
    const victim = run.cases.find((c) => c.id === id && (c.outcome === "failed" || c.outcome === "error"));
    if (!victim || !hasWindow(victim)) continue;
    for (const c of run.cases) {
      if (c.id === id || !hasWindow(c)) continue;
      if (victim.worker !== void 0 && c.worker !== void 0 && victim.worker === c.worker) continue;
      if (c.startedAt < victim.endedAt && victim.startedAt < c.endedAt) found.add(c.id);
    }
  }
  return [...found].sort();
}
function hasWindow(c) {
  return c.startedAt !== void 0 && c.endedAt !== void 0;
}
function suiteOf(runs2) {
  const ids = /* @__PURE__ */ new Set();
  for (const run of runs2) for (const c of run.cases) ids.add(c.id);
  return [...ids].sort();
}

// src/confirm/suspects.ts
var RARE_SERIAL_RATE = 1 / 3;
function nominateSuspects(discovery, serial) {
  const runs2 = discovery.filter((r) => r.record.phase === "discovery");
  const stats = /* @__PURE__ */ new Map();
  for (const run of runs2) {
    const isSerial = run.record.workers <= serial;
    for (const [id, outcome] of outcomes(run)) {
      const s = stats.get(id) ?? { ser: { failed: 0, n: 0 }, par: { failed: 0, n: 0 }, threshold: null };
      stats.set(id, s);
      const arm2 = isSerial ? s.ser : s.par;
      arm2.n++;
      if (outcome !== "failed") continue;
      arm2.failed++;
      if (!isSerial && (s.threshold === null || run.record.workers < s.threshold)) s.threshold = run.record.workers;
    }
  }
  const suspects = [];
  const alwaysFailing = alwaysFailingTests(runs2);
  for (const [id, s] of [...stats].sort((a, b) => compareIds(a[0], b[0]))) {
    const reason = suspectReason(s.ser, s.par);
    if (reason === null || s.threshold === null) continue;
    const companions = /* @__PURE__ */ new Set([...coFailures(runs2, id, serial, alwaysFailing), ...concurrentTests(runs2, id, serial), ...sameFileTests(runs2, id)]);
    suspects.push({ id, reason, threshold: s.threshold, serial: s.ser, parallel: s.par, companions: [...companions].sort() });
  }
  return suspects;
}
function suspectReason(ser, par) {
  if (par.failed === 0) return null;
  if (ser.failed === 0) return "parallel-only";
  const serRate = ser.failed / ser.n;
  return serRate <= RARE_SERIAL_RATE && par.failed / par.n > serRate ? "rare-serial" : null;
}

// src/analyse/prob-greater.ts
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

// src/analyse/sprt.ts
function sprt({ failures, n, p0, p1, alpha = 0.05, beta = 0.1 }) {
  if (!(p0 >= 0 && p1 <= 1 && p0 < p1)) throw new RangeError(`sprt needs 0 <= p0 < p1 <= 1, got p0=${p0} p1=${p1}`);
  const passes = n - failures;
  const llr = term(failures, p1, p0) + term(passes, 1 - p1, 1 - p0);
  if (llr >= Math.log((1 - beta) / alpha)) return "accept-h1";
  if (llr <= Math.log(beta / (1 - alpha))) return "accept-h0";
  return "continue";
}
function term(count, num, den) {
  if (count === 0) return 0;
  if (den === 0) return Infinity;
  if (num === 0) return -Infinity;
  return count * Math.log(num / den);
}

// src/confirm/tiers.ts
function confirmationTier(testId2, runs2) {
  const { serial: ser, parallel: par } = confirmationSamples(testId2, runs2);
  if (ser.n === 0 || par.n === 0) return null;
  const pValue = fisherOneSided(par.failed, par.n, ser.failed, ser.n);
  const probParallelWorse = probGreater(par.failed, par.n, ser.failed, ser.n);
  const samples = { serial: { failed: ser.failed, n: ser.n }, parallel: { failed: par.failed, n: par.n } };
  if (meetsConfirmed(par.failed, par.n, ser.failed, ser.n)) return { confidence: "confirmed", pValue, probParallelWorse, ...samples };
  if (probParallelWorse >= LIKELY_PROBABILITY) return { confidence: "likely", pValue, probParallelWorse, ...samples };
  const more = runsToDecide(par.failed, par.n, ser.failed, ser.n);
  return more === null ? { confidence: "insufficient", pValue, probParallelWorse, ...samples } : { confidence: "insufficient", pValue, probParallelWorse, runsToDecide: more, ...samples };
}
function confirmationSamples(testId2, runs2) {
  const serial = serialWorkers(runs2.filter((r) => r.record.phase === "discovery" || r.record.phase === "confirm-serial"));
  const parallelWorkers = parallelArmWorkers(runs2, testId2);
  const empty = { failed: 0, n: 0 };
  const ser = serial === null ? empty : armSample(runs2, testId2, "confirm-serial", serial);
  const par = parallelWorkers === null ? empty : armSample(runs2, testId2, "confirm-parallel", parallelWorkers);
  return { serial: { failed: ser.failed, n: ser.n }, parallel: { failed: par.failed, n: par.n } };
}

// src/analyse/decide.ts
function decideVerdict(row3, tally2, context) {
  const verdict = verdictOf(tally2);
  if (!context.confirmationRan || verdict !== "parallel-only" && verdict !== "flaky") return { verdict, tier: null };
  const tier = confirmationTier(row3.id, context.runs);
  if (verdict === "parallel-only") return { verdict, tier };
  if (tier === null || tier.confidence !== "confirmed" || tier.serial.failed > 0) return { verdict, tier: null };
  const discovery = discoverySamples(row3, context);
  if (suspectReason(discovery.serial, discovery.parallel) !== "rare-serial") return { verdict, tier: null };
  const serialMessage = discoverySerialMessage(row3, context);
  return serialMessage === void 0 ? { verdict: "parallel-only", tier } : { verdict: "parallel-only", tier, serialMessage };
}
function discoverySamples(row3, { matrix, serialWorkers: serialWorkers2 }) {
  const serial = { failed: 0, n: 0 };
  const parallel = { failed: 0, n: 0 };
  row3.outcomes.forEach((outcome, r) => {
    const run = matrix.runs[r];
    if (run === void 0 || run.phase !== "discovery") return;
    const sample = run.workers <= serialWorkers2 ? serial : parallel;
    if (outcome === "failed" || outcome === "error") sample.failed++;
    if (outcome === "failed" || outcome === "error" || outcome === "passed") sample.n++;
  });
  return { serial, parallel };
}
function discoverySerialMessage(row3, { matrix, runs: runs2, serialWorkers: serialWorkers2 }) {
  for (let r = 0; r < row3.outcomes.length; r++) {
    const run = matrix.runs[r];
    const outcome = row3.outcomes[r];
    if (run === void 0 || run.phase !== "discovery" || run.workers > serialWorkers2) continue;
    if (outcome !== "failed" && outcome !== "error") continue;
    for (const c of runs2[r]?.cases ?? []) {
      if (c.id !== row3.id) continue;
      const o = effectiveOutcome(c);
      if (o !== "failed" && o !== "error") continue;
      const texts = [messageText(c.message, c.details), ...(c.attempts ?? []).map((a) => messageText(a.message, a.details))];
      const text = texts.find((t) => t !== "");
      if (text !== void 0) return text;
    }
  }
  return void 0;
}

// src/analyse/stats-cache.ts
function createStatsCache() {
  const fisher = /* @__PURE__ */ new Map();
  const prob = /* @__PURE__ */ new Map();
  return {
    pValue: (pf, pn, sf, sn) => cached(fisher, tableKey(pf, pn, sf, sn), () => fisherOneSided(pf, pn, sf, sn)),
    probParallelWorse: (pf, pn, sf, sn) => cached(prob, tableKey(pf, pn, sf, sn), () => probGreater(pf, pn, sf, sn))
  };
}
function tableKey(pf, pn, sf, sn) {
  return pn < 4096 && sn < 4096 ? ((pf * 4096 + pn) * 4096 + sf) * 4096 + sn : `${pf}/${pn}/${sf}/${sn}`;
}
function cached(map, key, compute) {
  let value = map.get(key);
  if (value === void 0) {
    value = compute();
    map.set(key, value);
  }
  return value;
}

// src/analyse/index.ts
var VERDICT_ORDER = ["parallel-only", "flaky", "broken", "lost", "stable", "skipped"];
function analyse(runs2, workers = [], partners = []) {
  const counted = runs2.filter((run) => !isProbe(run));
  const matrix = buildMatrix(counted);
  const arms = armsOf(matrix, workers);
  const tallies = matrix.rows.map((row3) => tallyRow(row3, arms));
  const context = {
    matrix,
    runs: counted,
    serialWorkers: arms.workerCounts[0] ?? 0,
    confirmationRan: counted.some((run) => run.record.phase !== "discovery")
  };
  const decisions = matrix.rows.map((row3, i) => {
    const tally2 = tallies[i];
    if (tally2 === void 0) throw new Error("analyse: row without tally");
    return decideVerdict(row3, tally2, context);
  });
  const candidates = matrix.rows.filter((_, i) => decisions[i]?.verdict === "parallel-only" || decisions[i]?.verdict === "flaky");
  const { clusters, clusterOf } = findClusters(matrix, candidates, arms);
  const partnersOf = partnersByVictim(partners);
  const stats = createStatsCache();
  const tests = matrix.rows.map((row3, i) => {
    const tally2 = tallies[i];
    const decision = decisions[i];
    if (tally2 === void 0 || decision === void 0) throw new Error("analyse: row without tally");
    return classify(row3, tally2, decision, arms, { cluster: clusterOf.get(row3.id) ?? null, partners: partnersOf.get(row3.id) }, stats);
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
function partnersByVictim(findings2) {
  const found = /* @__PURE__ */ new Map();
  for (const f of findings2) {
    if (!f.found || f.partners.length === 0) continue;
    const set = found.get(f.victim) ?? /* @__PURE__ */ new Set();
    for (const p of f.partners) if (p !== f.victim) set.add(p);
    found.set(f.victim, set);
  }
  return new Map([...found].filter(([, set]) => set.size > 0).map(([victim, set]) => [victim, [...set].sort(compareIds)]));
}
function summarise(tests) {
  const count = { "parallel-only": 0, flaky: 0, broken: 0, stable: 0, lost: 0, skipped: 0 };
  for (const test of tests) count[test.verdict]++;
  return {
    parallelOnly: count["parallel-only"],
    flaky: count.flaky,
    broken: count.broken,
    stable: count.stable,
    lost: count.lost,
    skipped: count.skipped
  };
}

// src/analyse/gate.ts
var NAMED_IN_REASON = 5;
var isEvidenced = (t) => t.confidence === "confirmed" || t.confidence === "likely";
function decideGate(tests, failOn) {
  const parallelOnly = tests.filter((t) => t.verdict === "parallel-only");
  const proven = parallelOnly.filter(isEvidenced);
  const suspects = parallelOnly.filter((t) => !isEvidenced(t));
  const flaky = failOn === "parallel-only" ? [] : tests.filter((t) => t.verdict === "flaky" && isEvidenced(t));
  const failed2 = failOn !== "never" && proven.length + flaky.length > 0;
  const parts = [];
  if (proven.length > 0) parts.push(`${plural(proven.length, "test fails", "tests fail")} only in parallel: ${names(proven)}`);
  if (flaky.length > 0) parts.push(`${plural(flaky.length, "test is", "tests are")} flaky: ${names(flaky)}`);
  if (suspects.length > 0) {
    parts.push(`${plural(suspects.length, "suspect needs", "suspects need")} more runs to decide: ${names(suspects)}`);
  }
  if (parts.length === 0) parts.push(failOn === "parallel-only" ? "No test fails only in parallel" : "No test fails only in parallel or is flaky");
  const note2 = failOn === "never" && proven.length + flaky.length > 0 ? " (fail-on: never, so the gate passes)" : "";
  return { failed: failed2, failOn, reason: `${parts.join("; ")}${note2}.` };
}
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function names(tests) {
  const shown = tests.slice(0, NAMED_IN_REASON).map((t) => t.id);
  const rest = tests.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}

// src/run/plan.ts
var PHASE_LETTER = {
  discovery: "d",
  "confirm-serial": "s",
  "confirm-parallel": "p",
  // `x` for experiment: a partner-search probe (`p` is taken by confirm-parallel).
  "confirm-partner": "x"
};
function makeRunId(phase, seq, workers) {
  requirePositiveInteger(seq, "seq");
  requirePositiveInteger(workers, "workers");
  return `${PHASE_LETTER[phase]}-${String(seq).padStart(3, "0")}-w${workers}`;
}
function planDiscovery(workers, iterations) {
  for (const w of workers) requirePositiveInteger(w, "workers");
  if (!Number.isSafeInteger(iterations) || iterations < 0) {
    throw new RangeError(`iterations must be a non-negative integer, got ${iterations}`);
  }
  const specs = [];
  const n = workers.length;
  for (let iteration = 1; iteration <= iterations; iteration++) {
    const offset = (iteration - 1) % Math.max(n, 1);
    for (let k = 0; k < n; k++) {
      const count = workers[(offset + k) % n];
      if (count === void 0) continue;
      const id = makeRunId("discovery", specs.length + 1, count);
      specs.push({ id, workers: count, iteration, phase: "discovery" });
    }
  }
  return specs;
}
function requirePositiveInteger(value, name) {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}

// src/confirm/estimate.ts
function durationModel(runs2) {
  const sums = /* @__PURE__ */ new Map();
  const residuals = [];
  const full = /* @__PURE__ */ new Map();
  for (const run of runs2) {
    let sum = 0;
    let timed2 = 0;
    for (const c of run.cases) {
      if (c.durationMs === void 0 || c.durationMs < 0) continue;
      sum += c.durationMs;
      timed2++;
      const s = sums.get(c.id) ?? { total: 0, n: 0 };
      s.total += c.durationMs;
      s.n++;
      sums.set(c.id, s);
    }
    const lanes = Math.max(1, Math.min(run.record.workers, timed2));
    if (timed2 > 0) residuals.push({ workers: run.record.workers, ms: Math.max(0, run.record.durationMs - sum / lanes) });
    if (run.record.subset === void 0) {
      const f = full.get(run.record.workers) ?? { total: 0, n: 0 };
      f.total += run.record.durationMs;
      f.n++;
      full.set(run.record.workers, f);
    }
  }
  const testMs = new Map([...sums].map(([id, s]) => [id, s.total / s.n]));
  const minWorkers = Math.min(...residuals.map((r) => r.workers));
  const serialResiduals = residuals.filter((r) => r.workers === minWorkers);
  return {
    overheadMs: median(serialResiduals.map((r) => r.ms)),
    testMs,
    defaultTestMs: median([...testMs.values()]),
    fullSuiteMs: new Map([...full].map(([w, f]) => [w, f.total / f.n])),
    suiteTestMs: [...testMs.values()].reduce((a, b) => a + b, 0)
  };
}
function estimateRunMs(model, spec) {
  if (spec.tests === void 0) {
    const seen = model.fullSuiteMs.get(spec.workers);
    if (seen !== void 0) return seen;
    return model.overheadMs + model.suiteTestMs / Math.max(1, spec.workers);
  }
  const lanes = Math.max(1, Math.min(spec.workers, spec.tests.length));
  const durations = spec.tests.map((id) => model.testMs.get(id) ?? model.defaultTestMs);
  const testTime = durations.reduce((sum, ms) => sum + ms, 0);
  return model.overheadMs + Math.max(testTime / lanes, ...durations);
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
function startPartnerSearch(victim, candidates, workers, repeats = 2) {
  const pool = [...new Set(candidates)].filter((t) => t !== victim).sort();
  const base = { victim, workers, repeats: Math.max(1, repeats), required: [], held: [], misses: 0, probes: 0, evidence: [], pruneIndex: 0 };
  if (pool.length === 0) return { ...base, pool, stage: "done", reproduced: false, evidence: ["no candidates to search"] };
  return { ...base, pool, stage: "verify", reproduced: null };
}
function nextPartnerProbe(state) {
  const half = currentHalf(state);
  if (half === null) return null;
  return { tests: [state.victim, ...state.required, ...half].sort(), workers: state.workers };
}
function recordProbe(state, reproduced) {
  const half = currentHalf(state);
  if (half === null) return state;
  const probes = state.probes + 1;
  const line = `probe ${probes}: ${state.victim} with ${list([...state.required, ...half])} at ${state.workers} workers: ${reproduced ? "failed" : "passed"}`;
  const next = { ...state, probes, evidence: [...state.evidence, line] };
  if (state.stage === "prune") return prune(next, reproduced);
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
    const pool = state.pool.filter((_, i) => i !== state.pruneIndex);
    const dropped = state.pool[state.pruneIndex] ?? "";
    const next = { ...state, pool, misses: 0, evidence: [...state.evidence, `${dropped} is not needed`] };
    return state.pruneIndex >= pool.length || pool.length <= 1 ? { ...next, stage: "done" } : next;
  }
  if (state.misses + 1 < state.repeats) return { ...state, misses: state.misses + 1 };
  const pruneIndex = state.pruneIndex + 1;
  return { ...state, misses: 0, pruneIndex, stage: pruneIndex >= state.pool.length ? "done" : "prune" };
}
function partnerResult(state) {
  const found = state.stage === "done" && state.reproduced === true;
  const partners = found ? [...state.required, ...state.pool].sort() : [];
  const summary = found ? `partner(s) of ${state.victim}: ${list(partners)} (${state.probes} probes)` : `no partner found for ${state.victim} (${state.probes} probes)`;
  return { partners, probes: state.probes, found, evidence: [...state.evidence, summary] };
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
function halves(pool) {
  const mid = Math.ceil(pool.length / 2);
  return [pool.slice(0, mid), pool.slice(mid)];
}
function list(ids) {
  return ids.length <= 6 ? ids.join(", ") : `${ids.slice(0, 5).join(", ")} and ${ids.length - 5} more`;
}

// src/confirm/arms.ts
var SERIAL_SPRT = { p0: 0.02, p1: 0.2, alpha: 0.05, beta: 0.05 };
var PARALLEL_SPRT = { p0: 0.05, p1: 0.3, alpha: 0.05, beta: 0.05 };
var DEFAULT_LIMITS = { serialCap: 20, parallelCap: 10, subsetAttempts: 3, serialLead: 3 };
function suspectState(suspect, runs2, serialCount, supportsSubset, limits) {
  const serialSample = armSample(runs2, suspect.id, "confirm-serial", serialCount);
  const parallelSample = armSample(runs2, suspect.id, "confirm-parallel", suspect.threshold);
  const pilotFailed = parallelSample.subsetAttempts >= limits.subsetAttempts && parallelSample.subsetFailed === 0;
  const mode = !supportsSubset || parallelSample.fullAttempts > 0 || pilotFailed ? "full" : "subset";
  const parallelRuns = mode === "full" ? parallelSample.fullAttempts : parallelSample.attempts;
  const serial = arm(serialSample, SERIAL_SPRT, serialSample.attempts >= limits.serialCap);
  const parallel = arm(parallelSample, PARALLEL_SPRT, parallelRuns >= limits.parallelCap);
  const stopped = stopReason(serial, parallel);
  const bothLeanParallelOnly = serial.decision === "accept-h0" && parallel.decision === "accept-h1";
  const serialNeeded = stopped === null && !serial.capped && (serial.decision === "continue" || bothLeanParallelOnly);
  const serialLeads = serialNeeded && (serialSample.attempts < limits.serialLead || serialSample.failed > 0);
  const needs = {
    serial: serialNeeded,
    parallel: stopped === null && !serialLeads && !parallel.capped && (parallel.decision === "continue" || bothLeanParallelOnly)
  };
  const idle = stopped === null && !needs.serial && !needs.parallel;
  return { suspect, serial, parallel, mode, needs, stopped: idle ? `arms ended: serial ${describe(serial)}, parallel ${describe(parallel)}` : stopped };
}
function arm(sample, params, capped) {
  return { sample, decision: sprt({ failures: sample.failed, n: sample.n, ...params }), capped };
}
function stopReason(serial, parallel) {
  const s = serial.sample;
  const p = parallel.sample;
  if (meetsConfirmed(p.failed, p.n, s.failed, s.n)) return `confirmed: ${p.failed}/${p.n} parallel vs ${s.failed}/${s.n} serial`;
  if (serial.decision === "accept-h1") return `fails serially (${s.failed}/${s.n}): flaky, parallel arm not needed`;
  if (parallel.decision === "accept-h0") return `does not reproduce in parallel (${p.failed}/${p.n})`;
  return null;
}
function describe(state) {
  const { failed: failed2, n } = state.sample;
  const what = state.decision === "accept-h0" ? "accepted H0" : state.decision === "accept-h1" ? "accepted H1" : state.capped ? "cap reached" : "open";
  return `${failed2}/${n} failed, ${what}`;
}

// src/confirm/planner.ts
var SUBSET_SHARE_LIMIT = 0.5;
function planNextConfirmation(input) {
  const limits = input.limits ?? DEFAULT_LIMITS;
  const serial = input.workers[0];
  if (serial === void 0) return { specs: [], notes: [{ kind: "stop", text: "no worker counts: nothing to confirm" }], done: true };
  const discovery = input.runs.filter((r) => r.record.phase === "discovery");
  const suspects = nominateSuspects(discovery, serial);
  const firstStep = !input.runs.some((r) => r.record.phase !== "discovery");
  const notes = firstStep ? openingNotes(suspects.map((s) => `${s.id} (${s.reason}, threshold ${s.threshold})`), input.supportsSubset) : [];
  const states = suspects.map((s) => suspectState(s, input.runs, serial, input.supportsSubset, limits));
  const open = states.filter((s) => s.stopped === null);
  if (open.length === 0) return { specs: [], notes: [...notes, ...closingNotes(states)], done: true };
  for (const s of open) {
    const p = s.parallel.sample;
    if (input.supportsSubset && s.needs.parallel && s.mode === "full" && p.fullAttempts === 0) {
      notes.push({ kind: "fallback", text: `${s.suspect.id}: ${p.subsetAttempts} parallel reruns with its companions did not reproduce; rerunning the full suite at ${s.suspect.threshold} workers` });
    }
  }
  const suite = suiteOf(discovery);
  const candidates = batchFor(open, serial, input.supportsSubset, suite);
  const model = durationModel(input.runs);
  const specs = [];
  const skipped = [];
  const skippedLabels = [];
  let left = input.budgetRemainingMs;
  for (const c of candidates) {
    const estimate = estimateRunMs(model, c);
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
    return { specs, notes: [...notes, ...closingNotes(states)], done: true };
  }
  for (const label of skippedLabels) notes.push({ kind: "budget", text: `budget: not enough left for the ${label}; continuing with the rest` });
  notes.push({ kind: "confirm", text: `${specs.map((s) => `${s.id} (${s.tests === void 0 ? "full suite" : `${s.tests.length} tests`})`).join(", ")} for ${open.length} open suspect(s)` });
  return { specs, notes, done: false };
}
function batchFor(open, serial, supportsSubset, suite) {
  const out = [];
  const serialIds = open.filter((s) => s.needs.serial).map((s) => s.suspect.id);
  if (serialIds.length > 0) {
    const label = `serial arm of ${serialIds.join(", ")}`;
    out.push(supportsSubset ? { phase: "confirm-serial", workers: serial, tests: serialIds, label } : { phase: "confirm-serial", workers: serial, label });
  }
  const byWorkers = /* @__PURE__ */ new Map();
  for (const s of open) {
    if (!s.needs.parallel) continue;
    const group = byWorkers.get(s.suspect.threshold) ?? [];
    group.push(s);
    byWorkers.set(s.suspect.threshold, group);
  }
  for (const [workers, group] of [...byWorkers].sort((a, b) => a[0] - b[0])) {
    const label = `parallel arm of ${group.map((s) => s.suspect.id).join(", ")} at ${workers} workers`;
    const tests = /* @__PURE__ */ new Set();
    for (const s of group) for (const t of [s.suspect.id, ...s.suspect.companions]) tests.add(t);
    const full = group.some((s) => s.mode === "full") || tests.size < 2 || tests.size > suite.length * SUBSET_SHARE_LIMIT;
    out.push(full ? { phase: "confirm-parallel", workers, label } : { phase: "confirm-parallel", workers, tests: [...tests].sort(), label });
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
  return states.map((s) => ({
    kind: "stop",
    text: `${s.suspect.id}: ${s.stopped ?? undecided(s)} (serial ${describe(s.serial)}; parallel at ${s.suspect.threshold} workers ${describe(s.parallel)})`
  }));
}
function undecided(s) {
  const p = s.parallel.sample;
  const q = s.serial.sample;
  const more = runsToDecide(p.failed, p.n, q.failed, q.n);
  return more === null ? "undecided" : `undecided: about ${more} more run(s) per arm would decide`;
}
function seconds(ms) {
  return ms >= 12e4 ? `${Math.round(ms / 6e4)} min` : `${Math.round(ms / 1e3)} s`;
}

// src/confirm/run-confirmation.ts
async function runConfirmation(input, execute) {
  const all = [...input.runs];
  const fresh = [];
  const notes = [];
  const spent = input.elapsedMs ?? (() => fresh.reduce((sum, r) => sum + r.record.durationMs, 0));
  const left = () => input.budgetRemainingMs === null ? null : input.budgetRemainingMs - spent();
  for (; ; ) {
    const step = planNextConfirmation({ runs: all, workers: input.workers, supportsSubset: input.supportsSubset, budgetRemainingMs: left(), nextSeq: input.nextSeq + fresh.length, ...input.limits ? { limits: input.limits } : {} });
    notes.push(...step.notes.filter((n) => !notes.some((m) => m.kind === n.kind && m.text === n.text)));
    for (const spec of step.specs) {
      const result = await execute(spec);
      all.push(result);
      fresh.push(result);
    }
    if (step.done || step.specs.length === 0) break;
  }
  const partners = [];
  if (input.partnerSearch !== false) {
    for (const victim of confirmedParallelOnly(all, input.workers[0] ?? 1)) {
      if (!input.supportsSubset) {
        notes.push({ kind: "fallback", text: `${victim}: partner search needs subset runs, which the framework cannot do: skipped` });
        continue;
      }
      const finding = await searchPartners(victim, all, fresh, input, left, execute, notes);
      if (finding) partners.push(finding);
    }
  }
  return { runs: fresh, notes, partners };
}
function confirmedParallelOnly(runs2, serial) {
  return nominateSuspects(runs2, serial).map((s) => s.id).filter((id) => {
    const tier = confirmationTier(id, runs2);
    return tier !== null && tier.confidence === "confirmed" && tier.serial.failed === 0;
  });
}
async function searchPartners(victim, all, fresh, input, left, execute, notes) {
  const workers = parallelArmWorkers(all, victim);
  if (workers === null) return null;
  const candidates = partnerCandidates(all, victim, workers);
  const rate = reproductionRate(all, victim, workers, candidates);
  let state = startPartnerSearch(victim, candidates, workers, repeatsFor(rate, decisionsFor(candidates.length)));
  notes.push({ kind: "confirm", text: `${victim}: searching collision partners among ${candidates.length} candidate(s) at ${workers} workers (reproduction rate ~${rate.toFixed(2)}, ${state.repeats} miss(es) before a half is dropped)` });
  for (let probe = nextPartnerProbe(state); probe !== null; probe = nextPartnerProbe(state)) {
    const budget = left();
    const estimate = estimateRunMs(durationModel(all), probe);
    if (budget !== null && estimate > budget) {
      notes.push({ kind: "budget", text: `${victim}: partner search stopped after ${state.probes} probe(s), the next needs ~${Math.round(estimate / 1e3)} s of ${Math.round(budget / 1e3)} s left (remaining candidates: ${[...state.required, ...state.pool].length})` });
      return { victim, workers, partners: [], found: false, probes: state.probes, evidence: [...state.evidence, "stopped: budget"] };
    }
    const iteration = 1 + all.filter((r) => isProbe(r) && r.record.workers === workers).length;
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
function partnerCandidates(runs2, victim, workers) {
  const serial = Math.min(...runs2.map((r) => r.record.workers));
  const concurrent = concurrentTests(runs2, victim, serial);
  if (concurrent.length > 0) return concurrent;
  const failing = runs2.filter((run) => run.record.workers === workers && outcomeOf(run, victim) === "failed");
  const sets = failing.map((run) => new Set(run.cases.map((c) => c.id)));
  const first = sets[0];
  if (first === void 0) return [];
  return [...first].filter((id) => id !== victim && sets.every((s) => s.has(id))).sort();
}
function reproductionRate(runs2, victim, workers, candidates) {
  let failed2 = 0;
  let n = 0;
  for (const run of runs2) {
    if (run.record.workers !== workers || isProbe(run) || !candidates.every((c) => includes(run, c))) continue;
    const outcome = outcomeOf(run, victim);
    if (outcome === null) continue;
    n++;
    if (outcome === "failed") failed2++;
  }
  return (failed2 + 0.5) / (n + 1);
}

// src/explain/source-lang.ts
var BY_EXTENSION = [
  [/\.pyi?$/, "python"],
  [/\.[cm]?[jt]sx?$/, "js"],
  [/\.go$/, "go"],
  [/\.(?:java|kt|kts|scala|groovy)$/, "java"],
  [/\.rs$/, "rust"],
  [/\.rb$/, "ruby"],
  [/\.(?:cs|fs|vb)$/, "dotnet"]
];
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
  for (const [pattern, lang] of BY_EXTENSION) if (pattern.test(path)) return lang;
  return BY_ECOSYSTEM[ecosystem];
}
var MAX_SOURCE_CHARS = 512 * 1024;
var MAX_LINE_CHARS = 400;
function splitLines(text) {
  return text.slice(0, MAX_SOURCE_CHARS).split(/\r?\n/);
}
function indentOf(line) {
  const m = /^[ \t]{0,200}/.exec(line);
  return m === null ? 0 : m[0].replace(/\t/g, "    ").length;
}
function isBlankOrComment(line, lang) {
  const t = line.trim();
  if (t === "") return true;
  if (lang === "python" || lang === "ruby") return t.startsWith("#");
  return t.startsWith("//") || t.startsWith("/*") || t.startsWith("*");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/explain/clues.ts
var KIND_WEIGHT = {
  "hard-coded-port": 0.5,
  "fixed-temp-path": 0.45,
  "fixed-output-path": 0.3,
  "shared-db-file": 0.45,
  "shared-memory-db": 0.45,
  "module-state": 0.4,
  chdir: 0.5,
  "env-mutation": 0.4,
  "missing-cleanup": 0.15
};
var SCOPE_FACTOR = { test: 1, fixture: 0.9, module: 0.8, setup: 0.7, file: 0.6 };
var KIND_LABEL = {
  "hard-coded-port": "hard-coded port",
  "fixed-temp-path": "fixed temp path",
  "fixed-output-path": "fixed output path in the shared working directory",
  "shared-db-file": "fixed database name/file",
  "shared-memory-db": "database connection shared across threads",
  "module-state": "module-level state mutated",
  chdir: "changes the process working directory",
  "env-mutation": "mutates the process environment",
  "missing-cleanup": "created with no cleanup in the test or its fixtures"
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
    const count = Math.max(...same.map((m) => m.count));
    return {
      causes: [strongest.signature.cause],
      weight: strongest.signature.weight,
      role: "direct",
      ambiguous: strongest.signature.ambiguous === true,
      group: "signature",
      evidence: { kind: "signature", text: `${ids}${count > 1 ? ` (${count} failures)` : ""}: ${strongest.excerpt}` }
    };
  });
}
function strength(m) {
  return m.signature.weight * (m.signature.ambiguous === true ? 0.5 : 1);
}
function sourceClues(findings2, ecosystem) {
  const clues = [];
  for (const f of findings2) {
    const evidence = { kind: "source", text: `${KIND_LABEL[f.kind]}: ${f.text}`, file: f.file, line: f.line };
    const isolated = f.kind === "module-state" && ecosystem === "javascript" ? 0.75 : 1;
    const weight = KIND_WEIGHT[f.kind] * SCOPE_FACTOR[f.scope] * isolated;
    clues.push({ causes: [f.cause], weight, role: "direct", ambiguous: false, group: "source", evidence });
    if (f.kind === "module-state" && (ecosystem === "python" || ecosystem === "javascript")) {
      clues.push({ causes: ["order-dependence"], weight: weight * 0.6, role: "direct", ambiguous: false, group: "source", evidence });
    }
  }
  return clues;
}
function sharedResourceClues(own, peers) {
  const peerResources = peers.map(([peer, findings2]) => {
    const first = /* @__PURE__ */ new Map();
    for (const p of findings2) {
      const key = `${p.cause}\0${p.resource ?? ""}`;
      if (p.resource !== void 0 && !first.has(key)) first.set(key, p);
    }
    return [peer, first];
  });
  const clues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of own) {
    if (f.resource === void 0 || f.kind === "missing-cleanup") continue;
    for (const [peer, first] of peerResources) {
      const same = first.get(`${f.cause}\0${f.resource}`);
      const key = `${f.resource}\0${peer}`;
      if (same === void 0 || seen.has(key)) continue;
      seen.add(key);
      clues.push({
        causes: [f.cause],
        weight: 0.65,
        role: "direct",
        ambiguous: false,
        group: "shared-resource",
        evidence: {
          kind: "source",
          text: `${describeResource(f.resource)} is also used by ${peer} (${same.file}:${same.line})`,
          file: f.file,
          line: f.line
        }
      });
    }
  }
  return clues;
}
function messageResourceClues(findings2, texts) {
  const clues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings2) {
    if (f.resource === void 0 || f.kind === "missing-cleanup" || seen.has(f.resource)) continue;
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
    case "state":
      return `module state \`${value.split("#").pop() ?? value}\``;
    default:
      return value === "" ? resource : `\`${value}\``;
  }
}

// src/explain/run-index.ts
var cache = /* @__PURE__ */ new WeakMap();
function indexRuns(runs2) {
  let index = cache.get(runs2);
  if (index === void 0) {
    index = runs2.map((run) => {
      const byId = /* @__PURE__ */ new Map();
      const failed2 = /* @__PURE__ */ new Set();
      for (const c of run.cases) {
        const list2 = byId.get(c.id);
        if (list2 === void 0) byId.set(c.id, [c]);
        else list2.push(c);
        if (c.outcome === "failed" || c.outcome === "error") failed2.add(c.id);
      }
      return { run, byId, failed: failed2 };
    });
    cache.set(runs2, index);
  }
  return index;
}
function casesOf(indexed, id) {
  return indexed.byId.get(id) ?? [];
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
function failed(c) {
  return c.outcome === "failed" || c.outcome === "error";
}
function coFailureClues(test, runs2, clusters) {
  const indexed = indexRuns(runs2);
  const failRuns = indexed.filter((r) => r.failed.has(test.id));
  const passRuns = indexed.filter((r) => casesOf(r, test.id).some((c) => c.outcome === "passed"));
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
    const mine = casesOf(r, id).filter((c) => failed(c) && timed(c));
    if (mine.length === 0) continue;
    const others = [...r.failed].filter((o) => o !== id).flatMap((o) => casesOf(r, o));
    for (const c of mine) {
      for (const o of others) {
        if (!failed(o) || !timed(o) || o.worker === c.worker || seen.has(o.id)) continue;
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
  for (const run of runs2) {
    for (const other of run.failed) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return counts;
}
function timed(c) {
  return c.worker !== void 0 && c.startedAt !== void 0 && c.endedAt !== void 0;
}

// src/explain/confirmation.ts
function tally(runs2, id) {
  const t = { runs: 0, failed: 0 };
  for (const run of runs2) {
    const outcomes2 = casesOf(run, id).map((c) => c.outcome);
    if (outcomes2.length === 0 || outcomes2.every((o) => o === "skipped")) continue;
    t.runs += 1;
    if (outcomes2.some((o) => o === "failed" || o === "error")) t.failed += 1;
  }
  return t;
}
function confirmationClues(test, runs2) {
  const indexed = indexRuns(runs2);
  const serialWorkers2 = Math.min(...runs2.map((r) => r.record.workers));
  const phase = (p, workers) => indexed.filter((r) => r.run.record.phase === p && (workers === void 0 || r.run.record.workers === workers));
  const suiteSerial = tally(phase("discovery", serialWorkers2), test.id);
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
    const { run } = indexed;
    const cases = casesOf(indexed, id);
    for (const c of cases) {
      if (c.outcome === "failed" || c.outcome === "error" || (c.attempts?.length ?? 0) > 0) {
        add({ runId: run.record.id, text: caseText(c), origin: "case" });
      }
    }
    const died = run.record.signal !== null || run.record.timedOut;
    const lost = cases.some((c) => c.outcome === "lost") || cases.length === 0 && expected(run, id) && damaged(run);
    const crashed = cases.some((c) => c.outcome === "error") && died;
    const tail = run.record.outputTail;
    if ((lost || crashed) && tail !== void 0 && tail.length > 0) {
      add({ runId: run.record.id, text: tail.slice(-MAX_TEXT_CHARS), origin: "output" });
    }
  }
  return [...distinct.values()].map(({ first, occurrences }) => ({ ...first, occurrences }));
}
function expected(run, id) {
  return run.record.subset === void 0 || run.record.subset.includes(id);
}
function damaged(run) {
  const r = run.record;
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

// src/explain/discriminators.ts
function discriminate(input) {
  const { test } = input;
  const co = coFailureClues(test, input.runs, input.clusters);
  const partners = [...input.partners?.[test.id] ?? []].filter((id) => id !== test.id).sort();
  const clues = [
    ...thresholdClues(test, input.cores),
    ...crashClues(test, input.runs),
    ...confirmationClues(test, input.runs),
    ...co.clues
  ];
  if (partners.length > 0) {
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
function thresholdClues(test, cores) {
  const counts = Object.keys(test.byWorkers).map(Number).filter(Number.isFinite);
  const serial = counts.length === 0 ? 1 : Math.min(...counts);
  const t = test.threshold;
  if (t === null || t <= serial || cores < 1) return [];
  if (t > cores) {
    const text2 = `fails only from ${t} workers, more than the ${cores} cores: oversubscribed, so slowness under load is plausible`;
    return [
      { causes: ["timing-under-load"], weight: 0.3, role: "direct", ambiguous: false, group: "threshold", evidence: { kind: "threshold", text: text2 } },
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
    const { run } = indexed;
    const cases = casesOf(indexed, test.id);
    const involved = cases.length === 0 ? expected(run, test.id) && damaged(run) : cases.some((c) => (c.outcome === "failed" || c.outcome === "error" || c.outcome === "lost") && !(c.message ?? "").trim());
    if (!involved) continue;
    const r = run.record;
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
    id: "generic.enoent",
    ecosystem: "generic",
    pattern: /\bENOENT\b|No such file or directory/,
    cause: "shared-file-path",
    weight: 0.6,
    ambiguous: true,
    note: "A file vanished: possibly deleted by another test using the same path."
  },
  {
    id: "generic.eexist",
    ecosystem: "generic",
    pattern: /\bEEXIST\b|\bFile exists\b/,
    cause: "shared-file-path",
    weight: 0.6,
    ambiguous: true,
    note: "A file or directory appeared first: possibly created by another test at the same path."
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
    id: "generic.chdir",
    ecosystem: "generic",
    pattern: /\bchdir\b|\bgetcwd\b/,
    cause: "shared-env-or-cwd",
    weight: 0.45,
    note: "The failure passes through a working-directory change, which is process-wide."
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
    weight: 0.55,
    ambiguous: true,
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
    weight: 0.6,
    ambiguous: true,
    note: "A file vanished: possibly removed by another test using the same path."
  },
  {
    id: "python.file-exists",
    ecosystem: "python",
    pattern: /\bFileExistsError\b/,
    cause: "shared-file-path",
    weight: 0.6,
    ambiguous: true,
    note: "A path already existed: possibly created by another test first."
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
    weight: 0.55,
    ambiguous: true,
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
    weight: 0.55,
    ambiguous: true,
    note: "A path vanished: possibly removed by another test."
  },
  {
    id: "rust.already-exists",
    ecosystem: "rust",
    pattern: /kind: AlreadyExists|\(os error 17\)/,
    cause: "shared-file-path",
    weight: 0.55,
    ambiguous: true,
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

// src/explain/signatures/index.ts
var signatures = [
  ...pythonSignatures,
  ...javascriptSignatures,
  ...goSignatures,
  ...javaSignatures,
  ...rustSignatures,
  ...rubySignatures,
  ...dotnetSignatures,
  ...genericSignatures
];

// src/explain/match-signatures.ts
var OUTPUT_CAUSES = /* @__PURE__ */ new Set(["worker-crash", "resource-exhaustion"]);
var EXCERPT_CHARS = 200;
function matchSignatures(texts, catalogue = signatures) {
  const matches = [];
  for (const signature of catalogue) {
    let excerpt2 = null;
    let count = 0;
    for (const t of texts) {
      if (t.origin === "output" && !OUTPUT_CAUSES.has(signature.cause)) continue;
      const m = signature.pattern.exec(t.text);
      if (m === null) continue;
      count += t.occurrences ?? 1;
      excerpt2 ??= lineAround(t.text, m.index, m[0].length);
    }
    if (excerpt2 !== null) matches.push({ signature, excerpt: excerpt2, count });
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

// src/explain/fixes/dotnet.ts
var dotnetFixes = {
  "shared-file-path": {
    summary: "Create a unique directory per test (`Directory.CreateTempSubdirectory()` on .NET 7+) and delete it in `Dispose`.",
    example: 'var dir = Directory.CreateTempSubdirectory("cache-");'
  },
  "port-conflict": {
    summary: "Listen on port 0 (`new TcpListener(IPAddress.Loopback, 0)`) and read `LocalEndpoint`."
  },
  "shared-global-state": {
    summary: "Avoid static mutable state; put tests sharing it in one xUnit `[Collection]` (or NUnit `[NonParallelizable]`).",
    example: '[Collection("registry")]\npublic class RegistryTests { }'
  },
  "shared-env-or-cwd": {
    summary: "Environment and current directory are process-wide: pass values explicitly, or put the tests in one `[Collection]`."
  }
};

// src/explain/fixes/generic.ts
var genericFixes = {
  "shared-file-path": { summary: "Give each test its own temporary directory instead of a fixed path, and remove it afterwards." },
  "shared-database": { summary: "Give each worker or test its own database (suffix the name with the worker id) or wrap each test in a rolled-back transaction." },
  "port-conflict": { summary: "Bind port 0 and let the OS choose a free port; pass the real port to clients." },
  "shared-global-state": { summary: "Do not mutate global or static state from tests; create it per test, or guard it with a lock." },
  "order-dependence": { summary: "Make each test create the state it needs; reproduce by running the tests in a shuffled order." },
  "timing-under-load": { summary: "Wait for conditions rather than fixed sleeps, size timeouts for loaded CI machines, and avoid more workers than cores." },
  "worker-crash": { summary: "Find the test that kills its worker (run the file alone, read the crash output); fix the crash rather than retrying." },
  "shared-env-or-cwd": { summary: "Do not change environment variables or the working directory of the process; pass values explicitly or use the framework's scoped helpers." },
  "resource-exhaustion": { summary: "Close files, sockets and connections after each test; lower the worker count on small machines." },
  unknown: { summary: "Run the test with its co-failing tests to find what they share. Running them serially is a last resort, not a fix." }
};

// src/explain/fixes/go.ts
var goFixes = {
  "shared-file-path": {
    summary: "Use `t.TempDir()`: unique per test and removed automatically.",
    example: 'dir := t.TempDir()\npath := filepath.Join(dir, "cache.json")'
  },
  "shared-database": {
    summary: "Give each test (or package) its own database: a file under `t.TempDir()` or a name derived from `t.Name()`.",
    example: 'db, err := sql.Open("sqlite3", filepath.Join(t.TempDir(), "test.db"))'
  },
  "port-conflict": {
    summary: "Listen on port 0 (or use `httptest.NewServer`) and use the address it returns.",
    example: 'ln, err := net.Listen("tcp", "127.0.0.1:0")\naddr := ln.Addr().String()'
  },
  "shared-global-state": {
    summary: "Do not call `t.Parallel()` in tests that touch package-level variables; better, pass state explicitly or guard it with a `sync.Mutex`. Run with `-race`.",
    example: "var mu sync.Mutex\n\nmu.Lock()\ncounter++\nmu.Unlock()"
  },
  "order-dependence": {
    summary: "Make each test set up its own state; reproduce with `go test -shuffle=on`."
  },
  "timing-under-load": {
    summary: "Derive deadlines from `t.Deadline()` or generous contexts, and poll for conditions instead of `time.Sleep`.",
    example: "ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)\ndefer cancel()"
  },
  "worker-crash": {
    summary: "Read the panic or fatal error in the test output; run the package alone with `-p 1 -race`."
  },
  "shared-env-or-cwd": {
    summary: "Use `t.Setenv` (and `t.Chdir` on Go 1.24+): they restore the value and refuse to run in parallel tests.",
    example: 't.Setenv("APP_MODE", "test")'
  },
  "resource-exhaustion": {
    summary: "Close bodies, listeners and DBs with `t.Cleanup`; lower `-parallel` / `-p` on small machines.",
    example: "t.Cleanup(func() { srv.Close() })"
  },
  unknown: {
    summary: "Run with `-race -count=20 -run` for the test and its co-failing tests; drop `t.Parallel()` from tests that share state only as a last resort."
  }
};

// src/explain/fixes/java.ts
var javaFixes = {
  "shared-file-path": {
    summary: "Inject a per-test directory with JUnit `@TempDir`.",
    example: '@Test\nvoid writesCache(@TempDir Path dir) throws IOException {\n    Files.writeString(dir.resolve("cache.json"), "{}");\n}'
  },
  "shared-database": {
    summary: "Use a database per fork (suffix the name with `${surefire.forkNumber}`) or an in-memory database per test class.",
    example: "<systemPropertyVariables>\n  <db.name>test_${surefire.forkNumber}</db.name>\n</systemPropertyVariables>"
  },
  "port-conflict": {
    summary: "Bind port 0 (`new ServerSocket(0)`, Spring `RANDOM_PORT`) and read the port back.",
    example: "try (ServerSocket s = new ServerSocket(0)) {\n    int port = s.getLocalPort();\n}"
  },
  "shared-global-state": {
    summary: "Avoid mutable statics; otherwise declare the shared resource with `@ResourceLock` so JUnit never runs its users concurrently.",
    example: '@Test\n@ResourceLock("registry")\nvoid registersHandler() { /* ... */ }'
  },
  "shared-env-or-cwd": {
    summary: "Pass settings explicitly instead of `System.setProperty`; where unavoidable, `@ResourceLock(Resources.SYSTEM_PROPERTIES)`.",
    example: "@ResourceLock(Resources.SYSTEM_PROPERTIES)"
  },
  "worker-crash": {
    summary: "Check the fork dump files (`*.dumpstream`); tune Surefire `forkCount`/`reuseForks` and heap for the forks.",
    example: "<forkCount>1C</forkCount>\n<reuseForks>true</reuseForks>\n<argLine>-Xmx1g</argLine>"
  },
  "resource-exhaustion": {
    summary: "Lower Surefire `forkCount` or JUnit parallelism, raise fork heap, close resources in `@AfterEach`."
  },
  unknown: {
    summary: "Run the class with its co-failing classes; as a last resort serialise them with `@ResourceLock` or `@Execution(SAME_THREAD)`."
  }
};

// src/explain/fixes/javascript.ts
var javascriptFixes = {
  "shared-file-path": {
    summary: "Create a unique directory per test with `fs.mkdtempSync` and remove it afterwards.",
    example: [
      "const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));",
      "afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));"
    ].join("\n")
  },
  "shared-database": {
    summary: "Suffix database names/files with the worker id (`JEST_WORKER_ID`, `VITEST_POOL_ID`) or use an in-memory database per test.",
    example: "const dbName = `test_${process.env.JEST_WORKER_ID ?? process.env.VITEST_POOL_ID ?? '0'}`;"
  },
  "port-conflict": {
    summary: "Listen on port 0 and read the assigned port back.",
    example: [
      "await new Promise((r) => server.listen(0, '127.0.0.1', r));",
      "const { port } = server.address();"
    ].join("\n")
  },
  "shared-global-state": {
    summary: "Do not mutate top-level `let`/objects from tests; create state in `beforeEach` (or `vi.resetModules()`/`jest.resetModules()`).",
    example: ["let cache;", "beforeEach(() => {", "  cache = new Map();", "});"].join("\n")
  },
  "order-dependence": {
    summary: "Set up what the test needs in its own `beforeEach`; reproduce with `--runInBand` plus `--randomize` (Jest) or `--sequence.shuffle` (Vitest)."
  },
  "timing-under-load": {
    summary: "Await the condition (fake timers, `waitFor`) instead of fixed sleeps; raise `testTimeout` for CI or lower `--maxWorkers` when it only fails above the core count.",
    example: "await vi.waitFor(() => expect(queue.size).toBe(0), { timeout: 5000 });"
  },
  "worker-crash": {
    summary: "Close servers, timers and handles in `afterAll` (`--detectOpenHandles` shows them); cap memory with `--workerIdleMemoryLimit` if workers are killed.",
    example: "afterAll(() => new Promise((r) => server.close(r)));"
  },
  "shared-env-or-cwd": {
    summary: "Stub environment variables with `vi.stubEnv` / restore `process.env` after each test; pass directories explicitly instead of `process.chdir()` (which is process-wide).",
    example: ["const saved = { ...process.env };", "afterEach(() => { process.env = { ...saved }; });"].join("\n")
  },
  "resource-exhaustion": {
    summary: "Close connections and servers after each test; lower `--maxWorkers` on small machines."
  },
  unknown: {
    summary: "Run the file with its co-failing files to find what they share. Last resort: serialise only those, e.g. a separate Jest project run with `--runInBand`, Vitest `describe.sequential` or `poolMatchGlobs`, or Mocha `--parallel` with the file excluded and run separately.",
    example: "describe.sequential('uses the shared server', () => { /* ... */ });"
  }
};

// src/explain/fixes/python.ts
var pythonFixes = {
  "shared-file-path": {
    summary: "Give each test its own directory with the `tmp_path` fixture (`tmp_path_factory` for session-wide files) instead of a fixed path.",
    example: [
      "def test_cache(tmp_path):",
      '    cache = tmp_path / "cache.json"',
      '    cache.write_text("{}")'
    ].join("\n")
  },
  "shared-database": {
    summary: "Use one database per worker (name it after the xdist `worker_id` fixture) or per test under `tmp_path`; never share one sqlite3 connection across threads (use a lock or one connection per thread).",
    example: [
      "@pytest.fixture",
      "def db(tmp_path_factory, worker_id):",
      '    path = tmp_path_factory.getbasetemp() / f"test_{worker_id}.db"',
      "    conn = sqlite3.connect(path)",
      "    yield conn",
      "    conn.close()"
    ].join("\n")
  },
  "port-conflict": {
    summary: "Bind port 0 and let the OS pick a free port, then pass the real port to the client.",
    example: [
      "sock = socket.socket()",
      'sock.bind(("127.0.0.1", 0))',
      "port = sock.getsockname()[1]"
    ].join("\n")
  },
  "shared-global-state": {
    summary: "Reset module-level state in a fixture (or build it per test); guard state shared between threads with a lock.",
    example: [
      "@pytest.fixture(autouse=True)",
      "def fresh_registry(monkeypatch):",
      '    monkeypatch.setattr(mymod, "REGISTRY", {})'
    ].join("\n")
  },
  "order-dependence": {
    summary: "Make the test set up everything it needs itself; reproduce with `pytest -p no:randomly` vs `-p randomly` or by running it alone and after its neighbours.",
    example: ["@pytest.fixture", "def user(db):", '    return db.create_user("alice")  # not left behind by another test'].join("\n")
  },
  "timing-under-load": {
    summary: "Wait for the condition instead of sleeping a fixed time, and size timeouts for a loaded CI machine; if it only fails above the core count, lower `-n` (e.g. `-n auto`).",
    example: ["def wait_until(pred, timeout=10.0):", "    end = time.monotonic() + timeout", "    while not pred():", "        assert time.monotonic() < end", "        time.sleep(0.05)"].join("\n")
  },
  "worker-crash": {
    summary: "Find the crashing test with `pytest -p no:xdist` and `-X faulthandler`; keep native libraries out of forked state. Last resort: isolate it in a serial group.",
    example: ['@pytest.mark.xdist_group("native")', "def test_uses_native_lib(): ...", "# run with: pytest -n 4 --dist loadgroup"].join("\n")
  },
  "shared-env-or-cwd": {
    summary: "Change the environment and working directory through `monkeypatch`, which restores them after the test.",
    example: ["def test_config(monkeypatch, tmp_path):", '    monkeypatch.setenv("APP_MODE", "test")', "    monkeypatch.chdir(tmp_path)"].join("\n")
  },
  "resource-exhaustion": {
    summary: "Close files, connections and servers in fixtures (`yield` then close); cap workers (`-n 4` instead of `-n auto`) if the machine is small.",
    example: ["@pytest.fixture", "def client():", "    c = make_client()", "    yield c", "    c.close()"].join("\n")
  },
  unknown: {
    summary: "Run the test alone and with its co-failing tests (`pytest -n 2 -p no:randomly test_a test_b`) to find what they share; as a last resort group them with `@pytest.mark.xdist_group` and `--dist loadgroup`.",
    example: ['@pytest.mark.xdist_group("shared-thing")', "def test_a(): ...", "# pytest -n 4 --dist loadgroup"].join("\n")
  }
};

// src/explain/fixes/ruby.ts
var rubyFixes = {
  "shared-file-path": {
    summary: "Use `Dir.mktmpdir` per example.",
    example: 'Dir.mktmpdir do |dir|\n  File.write(File.join(dir, "cache.json"), "{}")\nend'
  },
  "shared-database": {
    summary: "Give each process its own database: parallel_tests sets `TEST_ENV_NUMBER`.",
    example: "database: myapp_test<%= ENV['TEST_ENV_NUMBER'] %>"
  },
  "port-conflict": {
    summary: 'Bind port 0 (`TCPServer.new("127.0.0.1", 0)`) and read `addr[1]`.'
  },
  "shared-env-or-cwd": {
    summary: "Stub `ENV` per example (e.g. `stub_const`/climate_control) instead of assigning it."
  }
};

// src/explain/fixes/rust.ts
var rustFixes = {
  "shared-file-path": {
    summary: "Create a per-test directory with `tempfile::tempdir()` (removed on drop).",
    example: 'let dir = tempfile::tempdir()?;\nlet path = dir.path().join("cache.json");'
  },
  "port-conflict": {
    summary: "Bind `127.0.0.1:0` and read `local_addr()`.",
    example: 'let listener = TcpListener::bind("127.0.0.1:0")?;\nlet port = listener.local_addr()?.port();'
  },
  "shared-global-state": {
    summary: "Avoid mutable statics; if tests must share one, mark them `#[serial]` with the `serial_test` crate.",
    example: "use serial_test::serial;\n\n#[test]\n#[serial]\nfn uses_global_registry() { /* ... */ }"
  },
  "shared-env-or-cwd": {
    summary: "`std::env::set_var` and `set_current_dir` are process-wide: pass values explicitly, or mark the tests `#[serial]`."
  },
  unknown: {
    summary: "Run with `--test-threads=1` to confirm; then isolate what the co-failing tests share. Last resort: `serial_test`."
  }
};

// src/explain/fixes/index.ts
var BY_ECOSYSTEM2 = {
  python: pythonFixes,
  javascript: javascriptFixes,
  go: goFixes,
  java: javaFixes,
  rust: rustFixes,
  ruby: rubyFixes,
  dotnet: dotnetFixes,
  unknown: {}
};
function fixFor(cause, ecosystem) {
  return BY_ECOSYSTEM2[ecosystem][cause] ?? genericFixes[cause];
}

// src/explain/rank.ts
var UNKNOWN_BELOW = 0.35;
var AMBIGUOUS_DISCOUNT = 0.5;
var AMBIGUOUS_ONLY_CAP = 0.3;
var MIN_LISTED = 0.1;
var MAX_CAUSES = 3;
var MAX_EVIDENCE = 8;
function effective(c) {
  return c.weight * (c.ambiguous ? AMBIGUOUS_DISCOUNT : 1);
}
function round(x) {
  return Math.round(x * 1e3) / 1e3;
}
function scoreCauses(clues) {
  const causes = [...new Set(clues.filter((c) => c.role === "direct").flatMap((c) => c.causes))];
  const scored = causes.filter((cause) => cause !== "unknown").map((cause) => {
    const mine = clues.filter((c) => c.causes.includes(cause));
    const groups = /* @__PURE__ */ new Map();
    for (const c of mine) {
      if (c.role === "against") continue;
      groups.set(c.group, Math.max(groups.get(c.group) ?? 0, effective(c)));
    }
    let score = 1 - [...groups.values()].reduce((p, w) => p * (1 - w), 1);
    if (mine.every((c) => c.role !== "direct" || c.ambiguous)) score = Math.min(score, AMBIGUOUS_ONLY_CAP);
    for (const c of mine) if (c.role === "against") score *= 1 - c.weight;
    return { cause, score: round(score), clues: mine };
  });
  return scored.sort((a, b) => b.score - a.score || a.cause.localeCompare(b.cause));
}
function rank2(clues, ecosystem) {
  const scored = scoreCauses(clues).filter((s) => s.score >= MIN_LISTED);
  const best = scored[0]?.score ?? 0;
  const findings2 = scored.map((s) => ({ cause: s.cause, score: s.score, evidence: evidenceOf(s.clues), fix: fixFor(s.cause, ecosystem) }));
  if (best >= UNKNOWN_BELOW) return findings2.slice(0, MAX_CAUSES);
  const unknown = {
    cause: "unknown",
    score: best,
    evidence: evidenceOf(clues),
    fix: fixFor("unknown", ecosystem)
  };
  return [unknown, ...findings2.slice(0, MAX_CAUSES - 1)];
}
function evidenceOf(clues) {
  const sorted = clues.map((c, i) => ({ c, i })).sort((a, b) => effective(b.c) - effective(a.c) || a.i - b.i).map(({ c }) => c.evidence);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of sorted) {
    const key = `${e.kind}\0${e.text}\0${e.file ?? ""}\0${e.line ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

// src/explain/source-files.ts
var EXPLAINED = /* @__PURE__ */ new Set(["parallel-only", "flaky", "lost"]);
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
function normalisePath(path) {
  const p = path.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
  if (p === "" || p.startsWith("/") || /^[A-Za-z]:/.test(p) || p.split("/").includes("..")) return null;
  return p;
}
function testFileOf(test) {
  const candidate = test.file ?? test.id.split("::")[0] ?? "";
  if (!/\.[A-Za-z]{1,6}$/.test(candidate)) return null;
  return normalisePath(candidate);
}
function supportFilesFor(testFile, ecosystem) {
  if (ecosystem === "python" || testFile.endsWith(".py")) {
    const parts = testFile.split("/").slice(0, -1);
    const found = [];
    for (let i = parts.length; i >= 0; i--) found.push([...parts.slice(0, i), "conftest.py"].join("/"));
    return found;
  }
  if (ecosystem === "javascript" || /\.[cm]?[jt]sx?$/.test(testFile)) return [...JS_SETUP];
  return [];
}
function sourceFilesFor(tests, ecosystem) {
  const files = /* @__PURE__ */ new Set();
  for (const test of tests) {
    if (!EXPLAINED.has(test.verdict) && test.cluster === null) continue;
    const file = testFileOf(test);
    if (file === null) continue;
    files.add(file);
    for (const s of supportFilesFor(file, ecosystem)) files.add(s);
  }
  return [...files].sort();
}

// src/explain/module-state.ts
var DECLARATIONS = {
  python: [
    /^([A-Za-z_]\w{0,100})\s{0,5}(?::[^=]{1,100})?=\s{0,5}(?:\[|\{|set\(|dict\(|list\(|defaultdict\(|Counter\(|OrderedDict\(|deque\(|\d{1,12}\s{0,5}(?:#|$))/
  ],
  js: [
    /^(?:export\s{1,5})?(?:let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})/,
    /^(?:export\s{1,5})?const\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}(?::[^=]{1,100})?=\s{0,5}(?:\[|\{|new (?:Map|Set|Array|WeakMap)\b)/
  ],
  go: [/^var\s{1,5}([A-Za-z_]\w{0,100})\b/]
};
function mutationPattern(name, lang) {
  const n = escapeRegExp(name);
  const lead = `(?<![\\w$.])${n}`;
  switch (lang) {
    case "python":
      return new RegExp(
        `${lead}\\.(?:append|extend|add|update|insert|pop|clear|setdefault|remove|discard|popleft|appendleft)\\(|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}(?:=(?!=)|[-+*]=)|${lead}\\s{0,5}[-+*]=|^\\s{0,200}global\\s[^#]{0,300}\\b${n}\\b|\\bdel ${n}\\[`
      );
    case "go":
      return new RegExp(`${lead}\\s{0,5}(?:=(?!=)|\\+\\+|--|[-+*/]=)|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}(?:=(?!=)|\\+\\+|--|[-+]=)|\\bdelete\\(${n}\\s{0,5},`);
    default:
      return new RegExp(
        `${lead}\\s{0,5}(?:=(?![=>])|\\+\\+|--|[-+*/]=)|\\+\\+${n}\\b|${lead}\\.(?:push|set|add|splice|unshift|pop|shift|delete|clear|sort|reverse)\\(|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}=(?!=)|${lead}\\.[\\w$]{1,100}\\s{0,5}=(?![=>])`
      );
  }
}
function declaredNames(modules, lang, testFile) {
  const patterns = DECLARATIONS[lang];
  if (patterns === void 0) return [];
  const names2 = /* @__PURE__ */ new Set();
  for (const r of modules) {
    if (r.path !== testFile) continue;
    let inVarBlock = false;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
      if (lang === "go" && /^var\s{0,5}\($/.test(line.trim())) inVarBlock = true;
      else if (inVarBlock && line.trim() === ")") inVarBlock = false;
      else if (inVarBlock) {
        const name = /^\s{1,20}([A-Za-z_]\w{0,100})\b/.exec(line)?.[1];
        if (name !== void 0) names2.add(name);
      }
      for (const p of patterns) {
        const name = p.exec(line)?.[1];
        if (name !== void 0 && name !== "__all__" && name !== "_") names2.add(name);
      }
    }
  }
  return [...names2].sort();
}
function findStateMutations(regions, lang, testFile) {
  const modules = regions.filter((r) => r.scope === "module");
  const bodies = regions.filter((r) => r.scope === "test" || r.scope === "fixture" && lang !== "js");
  const found = [];
  for (const name of declaredNames(modules, lang, testFile)) {
    const pattern = mutationPattern(name, lang);
    const redeclared = new RegExp(`\\b(?:let|const|var)\\s{1,5}${escapeRegExp(name)}\\b|${escapeRegExp(name)}\\s{0,5}:=`);
    for (const r of bodies) {
      for (let i = r.start; i <= r.end; i++) {
        const line = (r.lines[i] ?? "").slice(0, MAX_LINE_CHARS);
        if (pattern.test(line) && !redeclared.test(line)) found.push({ name, region: r, line: i });
      }
    }
  }
  return found;
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
  let open = start;
  while (open < start + 5 && open + 1 < lines.length && !(lines[open] ?? "").includes("{")) open += 1;
  for (let j = open; j < lines.length; j++) {
    if ((depths[j + 1] ?? 0) <= base) return j;
  }
  return lines.length - 1;
}

// src/explain/scope-braces.ts
var TITLED_CALL = /\b(?:it|test|specify|scenario)(?:\.(?:only|skip|concurrent|fails|sequential))?\s{0,5}\(?\s{0,5}(['"`])/g;
var JS_HOOK = /^\s{0,200}(?:beforeAll|beforeEach|afterAll|afterEach|before|after)\s{0,5}\(/;
function braceRegions(file, name, lang) {
  const lines = splitLines(file.text);
  const start = lang === "js" || lang === "ruby" ? findTitled(lines, name) ?? findNamed(lines, name, lang) : findNamed(lines, name, lang);
  if (start === null) return [];
  if (lang === "ruby") {
    return [{ path: file.path, lines, start, end: indentEnd(lines, start), scope: "test" }];
  }
  const depths = braceDepths(lines, lang);
  const regions = [{ path: file.path, lines, start, end: blockEnd(lines, depths, start), scope: "test" }];
  regions.push(...topLevelRegions(file.path, lines, depths));
  if (lang === "js") {
    lines.forEach((line, i) => {
      if (JS_HOOK.test(line)) regions.push({ path: file.path, lines, start: i, end: blockEnd(lines, depths, i), scope: "fixture" });
    });
  }
  return regions;
}
function findTitled(lines, name) {
  let best = null;
  let bestLength = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    for (const m of line.matchAll(TITLED_CALL)) {
      const quote = m[1] ?? "'";
      const from = (m.index ?? 0) + m[0].length;
      const close = line.indexOf(quote, from);
      if (close === -1) continue;
      const title = line.slice(from, close);
      if (title === "" || !titleMatches(name, title) || title.length <= bestLength) continue;
      best = i;
      bestLength = title.length;
    }
  }
  return best;
}
function titleMatches(name, title) {
  if (name === title) return true;
  return [" ", ">", ".", "/", ":"].some((sep) => name.endsWith(`${sep}${title}`) || name.endsWith(`${sep} ${title}`));
}
function findNamed(lines, name, lang) {
  const bare = bareName(name, lang);
  if (!/^[\w$]{1,200}$/.test(bare)) return null;
  const n = escapeRegExp(bare);
  const pattern = lang === "go" ? new RegExp(`^func\\s{1,5}(?:\\([^)]{0,120}\\)\\s{0,5})?${n}\\s{0,5}\\(`) : lang === "rust" ? new RegExp(`\\bfn\\s{1,5}${n}\\s{0,5}[(<]`) : lang === "ruby" ? new RegExp(`^\\s{0,200}def\\s{1,5}${n}\\b`) : new RegExp(`\\b${n}\\s{0,5}\\(`);
  const i = lines.findIndex((line) => pattern.test(line) && !isBlankOrComment(line, lang));
  return i === -1 ? null : i;
}
function bareName(name, lang) {
  const head = name.split(/[([]/)[0] ?? name;
  if (lang === "go") return (name.split("/")[0] ?? name).trim();
  if (lang === "rust") return head.split("::").pop()?.trim() ?? head;
  return head.split(".").pop()?.trim() ?? head;
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
  const indent2 = indentOf(lines[start] ?? "");
  let end = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j] ?? "";
    if (isBlankOrComment(line, "ruby")) continue;
    if (indentOf(line) <= indent2) return /^\s{0,200}end\b/.test(line) ? j : end;
    end = j;
  }
  return end;
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
  return regions;
}
function findDefs(lines, name) {
  const pattern = new RegExp(`^\\s{0,200}(?:async\\s{1,5})?def\\s{1,5}${escapeRegExp(name)}\\s{0,5}\\(`);
  const found = [];
  lines.forEach((line, i) => {
    if (pattern.test(line)) found.push(i);
  });
  return found;
}
function enclosingClass(lines, at) {
  const indent2 = indentOf(lines[at] ?? "");
  for (let i = at - 1; i >= 0 && indent2 > 0; i--) {
    const line = lines[i] ?? "";
    if (isBlankOrComment(line, "python") || indentOf(line) >= indent2) continue;
    return /^\s{0,200}class\s{1,5}(\w{1,200})/.exec(line)?.[1];
  }
  return void 0;
}
function decoratorsStart(lines, at) {
  let start = at;
  while (start > 0 && (lines[start - 1] ?? "").trim().startsWith("@")) start -= 1;
  return start;
}
function block(lines, at) {
  const indent2 = indentOf(lines[at] ?? "");
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
    if (indentOf(line) <= indent2) break;
    end = j;
  }
  return { start: at, end, params: paramsOf(signature) };
}
function tripleQuotes(line) {
  return (line.match(/"""|'''/g) ?? []).length;
}
function paramsOf(signature) {
  const open = signature.indexOf("(");
  const close = signature.lastIndexOf(")");
  if (open === -1 || close <= open) return [];
  return signature.slice(open + 1, close).split(",").map((p) => /^\s{0,200}\*{0,2}(\w{1,200})/.exec(p)?.[1] ?? "").filter((p) => p !== "" && p !== "self" && p !== "cls");
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
        regions.push({ path: f.path, lines: f.lines, start: i, end: b.end, scope: "fixture" });
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
var lineRules = [
  // Ports
  // A client URL of a database server is a shared database, not a port this test binds.
  { kind: "hard-coded-port", cause: "port-conflict", langs: null, resource: "port:", unless: DB_URL, pattern: /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]):(\d{2,5})\b/ },
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["python"], resource: "port:", pattern: /\.bind\(\(\s{0,5}['"][^'"]{0,100}['"]\s{0,5},\s{0,5}(\d{2,5})\s{0,5}\)/ },
  { kind: "hard-coded-port", cause: "port-conflict", langs: null, resource: "port:", pattern: /(?:\b|_)port\s{0,5}[=:]\s{0,5}(\d{2,5})\b/i },
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["js"], resource: "port:", pattern: /\.listen\(\s{0,5}(\d{2,5})\b/ },
  { kind: "hard-coded-port", cause: "port-conflict", langs: null, resource: "port:", pattern: /['"`]:(\d{2,5})['"`]/ },
  { kind: "hard-coded-port", cause: "port-conflict", langs: ["java", "ruby", "dotnet"], resource: "port:", pattern: /\b(?:ServerSocket|InetSocketAddress|TCPServer\.new|TcpListener|IPEndPoint)\([^)]{0,100}?\b(\d{2,5})\s{0,5}\)/ },
  // Fixed temp paths: a literal under /tmp, or the system temp dir joined with a fixed name.
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: null, resource: "path:", unless: SAFE_TEMP, pattern: /['"`]((?:\/var)?\/tmp\/[^'"`\s{}$]{1,200})['"`]/ },
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: ["python"], resource: "tmp:", unless: SAFE_TEMP, pattern: /gettempdir\(\)\)?\s{0,5}[,+/]\s{0,5}['"]([^'"{}]{1,200})['"]/ },
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: ["js"], resource: "tmp:", unless: SAFE_TEMP, pattern: /\btmpdir\(\)\s{0,5}[,+]\s{0,5}['"`]([^'"`${}]{1,200})['"`]/ },
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: ["go"], resource: "tmp:", pattern: /os\.TempDir\(\)\s{0,5}[,+]\s{0,5}"([^"]{1,200})"/ },
  { kind: "fixed-temp-path", cause: "shared-file-path", langs: ["java", "dotnet", "rust"], resource: "tmp:", pattern: /(?:java\.io\.tmpdir"\)|GetTempPath\(\)|temp_dir\(\)\.join\()\s{0,5}[,+]?\s{0,5}"([^"]{1,200})"/ },
  // Fixed relative output paths: written in the working directory every worker shares.
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["python"], resource: "path:", pattern: /\bopen\(\s{0,5}['"]([^'"/{}][^'"{}]{0,200})['"]\s{0,5},\s{0,5}['"][wax]/ },
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["python"], resource: "path:", pattern: /\bPath\(\s{0,5}['"]([^'"{}]{1,200})['"]\s{0,5}\)\.(?:write_text|write_bytes|mkdir|touch)\(/ },
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["js"], resource: "path:", unless: SAFE_TEMP, pattern: /\b(?:writeFile|writeFileSync|appendFileSync|mkdirSync)\(\s{0,5}['"`]([^'"`${}]{1,200})['"`]/ },
  { kind: "fixed-output-path", cause: "shared-file-path", langs: ["go"], resource: "path:", pattern: /os\.(?:Create|WriteFile|Mkdir|MkdirAll)\(\s{0,5}"([^"]{1,200})"/ },
  // Shared databases
  { kind: "shared-db-file", cause: "shared-database", langs: ["python"], resource: "db:", pattern: /\b(?:sqlite3|duckdb)\.connect\(\s{0,5}['"]([^'":{}][^'"{}]{0,200})['"]/ },
  { kind: "shared-db-file", cause: "shared-database", langs: null, resource: "db:", pattern: /['"`]([^'"`\s{}$:]{1,200}\.(?:db|sqlite|sqlite3|duckdb))['"`]/ },
  { kind: "shared-db-file", cause: "shared-database", langs: ["go"], resource: "db:", pattern: /sql\.Open\(\s{0,5}"[^"]{1,40}"\s{0,5},\s{0,5}"([^":][^"]{0,200})"/ },
  { kind: "shared-db-file", cause: "shared-database", langs: ["js"], resource: "db:", pattern: /new (?:Database|sqlite3\.Database)\(\s{0,5}['"`]([^'"`:${}][^'"`${}]{0,200})['"`]/ },
  { kind: "shared-db-file", cause: "shared-database", langs: null, resource: "db:", pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?):\/\/[^'"`\s/]{0,200}\/(\w{1,100})/ },
  { kind: "shared-db-file", cause: "shared-database", langs: null, resource: "db:", pattern: /\bCREATE DATABASE\s{1,5}(?:IF NOT EXISTS\s{1,5})?["`]?(\w{1,100})/i },
  { kind: "shared-memory-db", cause: "shared-database", langs: ["python"], resource: "db:shared-connection", pattern: /check_same_thread\s{0,5}=\s{0,5}False/ },
  { kind: "shared-memory-db", cause: "shared-database", langs: null, resource: "db:shared-memory", pattern: /mode=memory&cache=shared|:memory:\?cache=shared/ },
  // Working directory: process-wide.
  { kind: "chdir", cause: "shared-env-or-cwd", langs: null, resource: "cwd", pattern: /\bos\.chdir\(|\bprocess\.chdir\(|\bos\.Chdir\(|\bDir\.chdir\b|SetCurrentDirectory\(|CurrentDirectory\s{0,5}=[^=]|set_current_dir\(|"user\.dir"\s{0,5},/ },
  // Environment: process-wide; the safe forms (monkeypatch.setenv, t.Setenv, vi.stubEnv) do not match.
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["python"], resource: "env:", pattern: /\bos\.environ\[\s{0,5}['"]([^'"]{1,100})['"]\s{0,5}\]\s{0,5}=(?!=)/ },
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["python"], resource: "env:", pattern: /\bos\.environ\.(?:update|pop|setdefault|clear)\(\s{0,5}(?:['"]([^'"]{1,100})['"])?|\bdel os\.environ\[\s{0,5}['"]([^'"]{1,100})|\bos\.(?:putenv|unsetenv)\(\s{0,5}['"]([^'"]{1,100})/ },
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["js"], resource: "env:", pattern: /\bprocess\.env\.([A-Za-z_]\w{0,100})\s{0,5}=(?!=)|\bprocess\.env\[\s{0,5}['"`]([^'"`]{1,100})['"`]\s{0,5}\]\s{0,5}=(?!=)|\bdelete process\.env\.(\w{1,100})|Object\.assign\(process\.env/ },
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["go"], resource: "env:", pattern: /\bos\.(?:Setenv|Unsetenv)\(\s{0,5}"([^"]{1,100})"|\bos\.Clearenv\(/ },
  { kind: "env-mutation", cause: "shared-env-or-cwd", langs: ["ruby", "dotnet", "rust", "java"], resource: "env:", pattern: /\bENV\[\s{0,5}['"]([^'"]{1,100})['"]\s{0,5}\]\s{0,5}=(?!=)|SetEnvironmentVariable\(\s{0,5}"([^"]{1,100})"|env::(?:set_var|remove_var)\(\s{0,5}"([^"]{1,100})"|System\.setProperty\(\s{0,5}"([^"]{1,100})"/ }
];
var CLEANUP = /os\.remove|os\.unlink|\.unlink\(|rmtree|\.rmdir\(|unlinkSync|rmSync|rmdirSync|\bfs\.rm\(|\brm\(|os\.Remove|t\.Cleanup|addfinalizer|\.delete\(|deleteIfExists|FileUtils\.rm|File\.Delete|Directory\.Delete|remove_file|remove_dir_all/;
var CREATES = /\bopen\(|write|Create|connect\(|mkdir|touch|Database\(|sql\.Open|Files\.(?:write|create)|new File/i;

// src/explain/source-scan.ts
var TEXT_CHARS = 160;
var MAX_FINDINGS = 60;
var SCOPE_ORDER = ["test", "fixture", "module", "setup", "file"];
function scanSource(input) {
  const lang = languageOf(input.file.path, input.ecosystem);
  const support = input.support ?? [];
  let regions = lang === "python" ? pythonRegions(input.file, input.testName, input.classname, support) : braceRegions(input.file, input.testName, lang);
  if (regions.length === 0) {
    const lines = splitLines(input.file.text);
    regions = [{ path: input.file.path, lines, start: 0, end: lines.length - 1, scope: "file" }];
  }
  if (lang !== "python") {
    for (const s of support) {
      const lines = splitLines(s.text);
      regions.push({ path: s.path, lines, start: 0, end: lines.length - 1, scope: "setup" });
    }
  }
  const findings2 = [...lineFindings(regions, lang), ...stateFindings(regions, lang, input.file.path)];
  findings2.push(...missingCleanup(findings2, regions));
  return findings2.sort((a, b) => SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope)).slice(0, MAX_FINDINGS).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind));
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
function lineFindings(regions, lang) {
  const findings2 = [];
  for (const { region, index } of uniqueLines(regions)) {
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
    findings2.push(...onLine.filter((f) => !database || f.kind !== "fixed-temp-path" && f.kind !== "fixed-output-path"));
  }
  return findings2;
}
function stateFindings(regions, lang, testFile) {
  return findStateMutations(regions, lang, testFile).map((m) => ({
    kind: "module-state",
    cause: "shared-global-state",
    file: m.region.path,
    line: m.line + 1,
    text: excerpt(m.region.lines[m.line] ?? ""),
    scope: m.region.scope,
    resource: `state:${testFile}#${m.name}`
  }));
}
function missingCleanup(findings2, regions) {
  const cleans = (r) => r.lines.slice(r.start, r.end + 1).some((l) => CLEANUP.test(l.slice(0, MAX_LINE_CHARS)));
  if (regions.some((r) => r.scope === "fixture" && cleans(r))) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings2) {
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
function excerpt(line) {
  const t = line.trim();
  return t.length <= TEXT_CHARS ? t : `${t.slice(0, TEXT_CHARS - 1)}\u2026`;
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
  const scans = /* @__PURE__ */ new Map();
  const scan = (test) => {
    let found = scans.get(test.id);
    if (found === void 0) {
      found = scanTest(test, input.ecosystem, sources);
      scans.set(test.id, found);
    }
    return found;
  };
  return input.tests.map((test) => ({
    ...test,
    causes: EXPLAINED.has(test.verdict) ? explainOne(test, input, byId, scan) : []
  }));
}
function explainOne(test, input, byId, scan) {
  const texts = failureTexts(test.id, input.runs);
  const matches = matchSignatures(texts);
  const own = scan(test);
  const found = discriminate({ test, runs: input.runs, clusters: input.clusters, cores: input.cores, partners: input.partners });
  const peers = found.peers.slice(0, MAX_PEERS).map((id) => byId.get(id)).filter((p) => p !== void 0).map((p) => [p.id, scan(p)]);
  const ecosystem = ecosystemOf(test, input.ecosystem);
  return rank2(
    [
      ...signatureClues(matches),
      ...sourceClues(own, ecosystem),
      ...sharedResourceClues(own, peers),
      ...messageResourceClues(own, texts.filter((t) => t.origin === "case").map((t) => t.text)),
      ...found.clues
    ],
    ecosystem
  );
}
function scanTest(test, ecosystem, sources) {
  const path = testFileOf(test);
  const text = path === null ? void 0 : sources.get(path);
  if (path === null || text === void 0) return [];
  const support = supportFilesFor(path, ecosystem).flatMap((p) => {
    const t = sources.get(p);
    return t === void 0 ? [] : [{ path: p, text: t }];
  });
  return scanSource({ file: { path, text }, testName: test.name, classname: test.classname, ecosystem, support });
}
function ecosystemOf(test, fallback) {
  if (fallback !== "unknown") return fallback;
  const file = testFileOf(test) ?? "";
  const known = [
    [/\.py$/, "python"],
    [/\.[cm]?[jt]sx?$/, "javascript"],
    [/\.go$/, "go"],
    [/\.(?:java|kt)$/, "java"],
    [/\.rs$/, "rust"],
    [/\.rb$/, "ruby"],
    [/\.cs$/, "dotnet"]
  ];
  return known.find(([p]) => p.test(file))?.[1] ?? "unknown";
}

// src/frameworks/go.ts
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

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
    supportsSubset: true,
    reason,
    buildCommand(ctx) {
      const argv = args(String(ctx.workers), ctx.junitPath, goSelection(ctx.tests));
      return { file: "gotestsum", args: argv, env: {}, display: displayCommand("gotestsum", argv) };
    }
  };
}
function goSelection(tests) {
  if (tests === void 0 || tests.length === 0) return ["./..."];
  const parts = tests.map((id) => testIdParts(id));
  const names2 = unique(parts.map(({ name }) => name.split("/")[0] ?? name));
  const packages = unique(parts.map(({ classname }) => classname));
  const run = `-run=^(?:${names2.map(escapeGoRegExp).join("|")})$`;
  return packages.every((pkg) => pkg !== "") ? [run, ...packages] : [run, "./..."];
}
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
  const declaration = new RegExp(`^func[ \\t]{1,5}${escapeRegExp2(top)}[ \\t]{0,5}\\(`, "m");
  return files.find((f) => declaration.test(f.text))?.path ?? null;
}
async function goTestFiles(cwd, tests) {
  const found = /* @__PURE__ */ new Map();
  const modulePath = goModulePath(await readFile(join(cwd, "go.mod"), "utf8").catch(() => ""));
  if (modulePath === null) return found;
  const packages = /* @__PURE__ */ new Map();
  for (const test of tests) {
    const dir = goPackageDir(modulePath, test.classname);
    if (dir === null || dir.split("/").includes("..")) continue;
    let files = packages.get(dir);
    if (files === void 0) {
      files = readTestFiles(cwd, dir);
      packages.set(dir, files);
    }
    const file = goFileDeclaring(await files, test.name);
    if (file !== null) found.set(test.id, file);
  }
  return found;
}
async function readTestFiles(cwd, dir) {
  const names2 = await readdir(join(cwd, dir)).catch(() => []);
  const files = [];
  for (const name of names2.filter((n) => n.endsWith("_test.go")).sort()) {
    const text = await readFile(join(cwd, dir, name), "utf8").catch(() => "");
    if (text.length <= 1e6) files.push({ path: dir === "" ? name : `${dir}/${name}`, text });
  }
  return files;
}
function runs(file, args, cwd) {
  return new Promise((resolve4) => {
    execFile(file, args, { cwd, timeout: 3e4, windowsHide: true }, (error) => resolve4(error === null));
  });
}

// src/frameworks/detect.ts
import { existsSync } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/frameworks/package-json.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
async function readPackageManifest(cwd) {
  let value;
  try {
    value = JSON.parse(await readFile2(join2(cwd, "package.json"), "utf8"));
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
async function detectFrameworks(cwd) {
  const found = [...await pythonEvidence(cwd), ...jsEvidence(cwd, await readPackageManifest(cwd))];
  if (existsSync(join3(cwd, "go.mod"))) found.push({ name: "go", strength: 2, via: "go.mod" });
  const best = /* @__PURE__ */ new Map();
  for (const detection of found) {
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
  const read = (name) => readFile3(join3(cwd, name), "utf8").catch(() => null);
  const [pyproject, setupCfg, toxIni] = await Promise.all([read("pyproject.toml"), read("setup.cfg"), read("tox.ini")]);
  const found = [];
  const add = (strength2, via) => {
    found.push({ name: "pytest", strength: strength2, via });
  };
  for (const file of ["pytest.ini", ".pytest.ini"]) if (existsSync(join3(cwd, file))) add(2, file);
  if (pyproject !== null && /^\[tool\.pytest/m.test(pyproject)) add(2, "pyproject.toml [tool.pytest.ini_options]");
  if (setupCfg !== null && /^\[tool:pytest\]/m.test(setupCfg)) add(2, "setup.cfg [tool:pytest]");
  if (toxIni !== null && /^\[pytest\]/m.test(toxIni)) add(2, "tox.ini [pytest]");
  for (const file of ["conftest.py", "tests/conftest.py", "test/conftest.py"]) if (existsSync(join3(cwd, file))) add(2, file);
  const mentions = await Promise.all(PYTHON_DEPENDENCY_FILES.map(async (file) => ({ file, text: await read(file) })));
  for (const { file, text } of mentions) if (text !== null && /\bpytest\b/.test(text)) add(1, file);
  return found;
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
  const found = [];
  if (manifest !== null && manifest.testScript !== "") {
    for (const { name, pattern } of SCRIPT_PATTERNS) {
      if (pattern.test(manifest.testScript)) found.push({ name, strength: 3, via: `package.json scripts.test ("${manifest.testScript}")` });
    }
  }
  for (const name of ["jest", "vitest", "mocha"]) {
    const config = JS_CONFIG_FILES[name].find((file) => existsSync(join3(cwd, file)));
    if (config !== void 0) found.push({ name, strength: 2, via: config });
    else if (name !== "vitest" && manifest?.keys.has(name)) found.push({ name, strength: 2, via: `package.json "${name}"` });
    const field = manifest?.dependencies.get(name);
    if (field !== void 0) found.push({ name, strength: 1, via: `package.json ${field}` });
  }
  return found;
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
    const list2 = others.map((other) => `${FRAMEWORK_LABELS[other.name]} (${other.via})`).join(", ");
    const why = others[0]?.strength === chosen.strength ? `equally strong evidence, so by priority ${DETECTION_PRIORITY.join(" > ")}` : `the strongest evidence: ${STRENGTH_WORDS[chosen.strength]}`;
    reason += `; also found ${list2}; chose ${FRAMEWORK_LABELS[chosen.name]} by ${why}; set framework to choose another`;
  }
  return { name: chosen.name, reason };
}

// src/frameworks/custom.ts
function resolveCustom(config, reason) {
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
    supportsSubset: template.supportsSubset,
    ...runner?.workerEnvVar === void 0 ? {} : { workerEnvVar: runner.workerEnvVar },
    reason,
    buildCommand(ctx) {
      return buildTemplateCommand(template, ctx);
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

// src/frameworks/js-runner.ts
import { existsSync as existsSync2 } from "node:fs";
import { createRequire } from "node:module";
import { join as join4 } from "node:path";
function detectJsRunner(cwd) {
  const pnp = existsSync2(join4(cwd, ".pnp.cjs")) || existsSync2(join4(cwd, ".pnp.js"));
  if (existsSync2(join4(cwd, "pnpm-lock.yaml"))) return { manager: "pnpm", file: "pnpm", prefix: ["exec"], pnp };
  if (existsSync2(join4(cwd, "yarn.lock"))) return { manager: "yarn", file: "yarn", prefix: [], pnp };
  return { manager: "npm", file: "npx", prefix: ["--no", "--"], pnp };
}
function canResolve(cwd, name) {
  try {
    createRequire(join4(cwd, "package.json")).resolve(`${name}/package.json`);
    return true;
  } catch {
    try {
      createRequire(join4(cwd, "package.json")).resolve(name);
      return true;
    } catch {
      return false;
    }
  }
}
function installHint(runner, packages) {
  const list2 = packages.join(" ");
  switch (runner.manager) {
    case "pnpm":
      return `pnpm add --save-dev ${list2}`;
    case "yarn":
      return `yarn add --dev ${list2}`;
    case "npm":
      return `npm install --save-dev ${list2}`;
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

// src/frameworks/jest.ts
var JEST_ANCESTOR_SEPARATOR = " \u203A ";
async function resolveJest(config, log, reason) {
  const runner = detectJsRunner(config.cwd);
  const why = "framework jest runs Jest with the jest-junit reporter: flakegate reads JUnit XML";
  requirePackages(runner, config.cwd, ["jest", "jest-junit"], why, log);
  await warnAboutScriptArgs(config.cwd, "jest", [], log);
  return createJestPreset(runner, reason);
}
function createJestPreset(runner, reason) {
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
    JEST_JUNIT_UNIQUE_OUTPUT_NAME: "false"
  });
  return {
    name: "jest",
    ecosystem: "javascript",
    template: displayTemplate(runner.file, fixedArgs("--maxWorkers={workers}"), junitEnv("{junit}")),
    supportsSubset: true,
    workerEnvVar: "JEST_WORKER_ID",
    reason,
    buildCommand(ctx) {
      const args = [...fixedArgs(jestWorkerFlag(ctx.workers)), ...jestSelection(ctx.tests)];
      const env = junitEnv(ctx.junitPath);
      return { file: runner.file, args, env, display: displayCommand(runner.file, args, env) };
    }
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
  if (files.every((file) => file !== "")) args.push("--runTestsByPath", ...files);
  return args;
}
function jestNamePattern(parts) {
  const { file, classname, name } = parts;
  const topLevel = classname === "" || file !== "" && classname.replace(/\\/g, "/") === file;
  const titles = topLevel ? [name] : [...classname.split(JEST_ANCESTOR_SEPARATOR), name];
  return joinedTitlesPattern(titles, JEST_ANCESTOR_SEPARATOR);
}

// src/frameworks/mocha.ts
async function resolveMocha(config, log, reason) {
  const runner = detectJsRunner(config.cwd);
  requirePackages(runner, config.cwd, ["mocha"], "framework mocha", log);
  await warnAboutScriptArgs(config.cwd, "mocha", [], log);
  return createMochaPreset(runner, reason);
}
function createMochaPreset(runner, reason) {
  const args = (workers, junit, selection) => [
    ...runner.prefix,
    "mocha",
    ...workers,
    "--reporter=xunit",
    `--reporter-option=output=${junit}`,
    `--reporter-option=suiteName=${MOCHA_SUITE_NAME}`,
    ...selection
  ];
  return {
    name: "mocha",
    ecosystem: "javascript",
    template: displayTemplate(runner.file, args(["--parallel", "--jobs={workers}"], "{junit}", [])),
    supportsSubset: true,
    workerEnvVar: "MOCHA_WORKER_ID",
    reason,
    buildCommand(ctx) {
      const argv = args(mochaWorkerFlags(ctx.workers), ctx.junitPath, mochaSelection(ctx.tests));
      return { file: runner.file, args: argv, env: {}, display: displayCommand(runner.file, argv) };
    }
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
  const full = escapeTestName(classname === "" ? name : `${classname} ${name}`);
  return classname === MOCHA_SUITE_NAME ? [escapeTestName(name), full] : [full];
}

// src/frameworks/node-test.ts
async function resolveNodeTest(config, log, reason) {
  await warnAboutScriptArgs(config.cwd, "node", ["--test"], log, "--test");
  return createNodeTestPreset("node", reason);
}
function createNodeTestPreset(node, reason) {
  const args = (workers, junit, selection) => [
    "--test",
    `--test-concurrency=${workers}`,
    // One reporter per destination: spec for the output tail, junit for flakegate.
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=junit",
    `--test-reporter-destination=${junit}`,
    ...selection
  ];
  return {
    name: "node",
    ecosystem: "javascript",
    template: displayTemplate(node, args("{workers}", "{junit}", [])),
    supportsSubset: true,
    reason,
    buildCommand(ctx) {
      const argv = args(String(Math.max(1, ctx.workers)), ctx.junitPath, nodeTestSelection(ctx.tests));
      return { file: node, args: argv, env: {}, display: displayCommand(node, argv) };
    }
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
import { delimiter, dirname } from "node:path";

// src/frameworks/asset-path.ts
import { existsSync as existsSync3 } from "node:fs";
import { fileURLToPath } from "node:url";
function locateAsset(name, from = import.meta.url) {
  const candidates = [`./assets/${name}`, `../assets/${name}`].map((relative2) => fileURLToPath(new URL(relative2, from)));
  const found = candidates.find((candidate) => existsSync3(candidate));
  if (found === void 0) {
    throw new SetupError(
      `flakegate's helper file ${name} is missing (looked in ${candidates.join(" and ")})`,
      "reinstall flakegate, or run `npm run bundle` so that dist/assets/ is next to dist/cli.js"
    );
  }
  return found;
}

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
import { readFile as readFile4 } from "node:fs/promises";
import { join as join5 } from "node:path";
var CONFIG_FILES = ["pytest.ini", ".pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini"];
var CACHE_OPTIONS = /(?:^|[\s"'=])--(?:lf|last-failed|ff|failed-first|nf|new-first|lfnf|last-failed-no-failures|sw|stepwise|sw-skip|stepwise-skip|cache-show|cache-clear)\b|\bcache_dir\b/m;
var RANDOMLY = /randomly/;
async function pytestBlocks(cwd, env) {
  const texts = await Promise.all(CONFIG_FILES.map((name) => readFile4(join5(cwd, name), "utf8").catch(() => "")));
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
import { execFile as execFile2 } from "node:child_process";
import { existsSync as existsSync4 } from "node:fs";
import { join as join6 } from "node:path";
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
    join6(cwd, ".venv", "bin", "python"),
    join6(cwd, "venv", "bin", "python"),
    "python3",
    "python",
    "/usr/bin/python3"
  ];
  return [...new Set(candidates.filter((candidate) => candidate !== ""))];
}
async function findPytestInterpreter(candidates, cwd, env) {
  const existing = candidates.filter((candidate) => !candidate.includes("/") || existsSync4(candidate));
  const answers = await Promise.all(existing.map((candidate) => probePython(candidate, cwd, env)));
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
  return new Promise((resolve4) => {
    execFile2(candidate, ["-c", PROBE_SCRIPT], { cwd, env, timeout: PROBE_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
      if (error) return resolve4(null);
      resolve4(parseProbe(candidate, stdout));
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
var PLUGIN_MODULE = "flakegate_pytest";
async function resolvePytest(config, log, reason, env = process.env) {
  const candidates = pythonCandidates(config.cwd, env);
  const interpreter = await findPytestInterpreter(candidates, config.cwd, env);
  const explicit = env["FLAKEGATE_PYTHON"];
  if (explicit !== void 0 && explicit !== "" && interpreter.candidate !== explicit) {
    log.warn(`FLAKEGATE_PYTHON=${explicit} has no pytest with pytest-xdist; using ${interpreter.executable}`);
  }
  log.info(`pytest: ${interpreter.executable} (pytest ${interpreter.pytestVersion}, pytest-xdist ${interpreter.xdistVersion})`);
  const blocks = await pytestBlocks(config.cwd, env);
  for (const note2 of blocks.notes) log.info(note2);
  const pluginPath = locateAsset(PYTEST_PLUGIN_FILE);
  return createPytestPreset({
    python: interpreter.executable,
    pluginDir: dirname(pluginPath),
    pythonPath: env["PYTHONPATH"],
    blocks,
    reason
  });
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
    PYTHONPATH: [setup.pluginDir, setup.pythonPath].filter((part) => part !== void 0 && part !== "").join(delimiter)
  };
  return {
    name: "pytest",
    ecosystem: "python",
    template: displayTemplate(setup.python, fixedArgs("{workers}", "{junit}")),
    supportsSubset: true,
    workerEnvVar: "PYTEST_XDIST_WORKER",
    reason: setup.reason,
    buildCommand(ctx) {
      const args = [...fixedArgs(String(xdistWorkers(ctx.workers)), ctx.junitPath), ...pytestSelection(ctx.tests)];
      return { file: setup.python, args, env, display: displayCommand(setup.python, args, env) };
    }
  };
}
function xdistWorkers(workers) {
  return workers <= 1 ? 0 : workers;
}
function pytestSelection(tests) {
  return tests === void 0 ? [] : unique(tests.map((id) => pytestNodeId(id)));
}

// src/frameworks/vitest.ts
var VITEST_NAME_SEPARATOR = " > ";
async function resolveVitest(config, log, reason) {
  const runner = detectJsRunner(config.cwd);
  requirePackages(runner, config.cwd, ["vitest"], "framework vitest", log);
  await warnAboutScriptArgs(config.cwd, "vitest", ["run", "--run"], log);
  return createVitestPreset(runner, reason);
}
function createVitestPreset(runner, reason) {
  const args = (workers, junit, selection) => [
    ...runner.prefix,
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=junit",
    `--outputFile.junit=${junit}`,
    "--no-cache",
    ...workers,
    ...selection
  ];
  return {
    name: "vitest",
    ecosystem: "javascript",
    template: displayTemplate(runner.file, args(["--maxWorkers={workers}"], "{junit}", [])),
    supportsSubset: true,
    workerEnvVar: "VITEST_POOL_ID",
    reason,
    buildCommand(ctx) {
      const argv = args(vitestWorkerFlags(ctx.workers), ctx.junitPath, vitestSelection(ctx.tests));
      return { file: runner.file, args: argv, env: {}, display: displayCommand(runner.file, argv) };
    }
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
async function resolvePreset(config, log) {
  if (config.framework === "custom") return resolveCustom(config, "framework custom with a command template");
  if (config.framework !== "auto") return resolveFramework(config.framework, config, log, `framework ${config.framework} as configured`);
  const { name, reason } = chooseFramework(await detectFrameworks(config.cwd), config.cwd);
  log.debug(reason);
  return resolveFramework(name, config, log, reason);
}
function resolveFramework(name, config, log, reason) {
  switch (name) {
    case "pytest":
      return resolvePytest(config, log, reason);
    case "jest":
      return resolveJest(config, log, reason);
    case "vitest":
      return resolveVitest(config, log, reason);
    case "mocha":
      return resolveMocha(config, log, reason);
    case "node":
      return resolveNodeTest(config, log, reason);
    case "go":
      return resolveGo(config, log, reason);
  }
}

// src/parse/collect-run.ts
import { readdir as readdir2, stat } from "node:fs/promises";
import { join as join7, relative } from "node:path";

// src/parse/project-paths.ts
var SOURCE_EXTENSION = /\.(?:[cm]?[jt]sx?|py|go|java|kt|rb|rs|cs|php)$/;
var STACK_FRAME = /\(?(\/[^\s():]{1,500}):(\d{1,7}):\d{1,7}\)?/g;
function projectRelativeCases(cases, cwd) {
  const root = normaliseFile(cwd).replace(/\/$/, "") + "/";
  return cases.map((c) => relativeCase(c, root));
}
function relativeCase(c, root) {
  const strip = (text) => text.startsWith(root) ? text.slice(root.length) : text;
  const file = c.file === void 0 ? void 0 : strip(normaliseFile(c.file));
  const classname = strip(c.classname);
  const name = strip(c.name);
  let out = c;
  if (file !== c.file || classname !== c.classname || name !== c.name) {
    out = { ...c, ...file === void 0 ? {} : { file }, classname, name, id: testId({ file, classname, name }) };
  }
  if (out.file !== void 0) return out;
  if (SOURCE_EXTENSION.test(classname) && !classname.startsWith("/")) return { ...out, file: classname };
  const frame = firstProjectFrame(`${c.details ?? ""}
${c.message ?? ""}`, root);
  return frame === null ? out : { ...out, file: frame.file, line: frame.line };
}
function firstProjectFrame(text, root) {
  for (const m of text.slice(0, 2e4).matchAll(STACK_FRAME)) {
    const path = m[1] ?? "";
    if (!path.startsWith(root) || path.includes("/node_modules/") || !SOURCE_EXTENSION.test(path)) continue;
    return { file: path.slice(root.length), line: Number(m[2]) };
  }
  return null;
}

// src/parse/collect-run.ts
var STATUS_RANK = { ok: 0, salvaged: 1, empty: 2, invalid: 3, missing: 4 };
async function collectRun(run, out, cwd) {
  const files = [];
  for (const path of run.reportPaths) files.push(...await reportFiles(path));
  const parsed = [];
  for (const path of files) parsed.push(await parseJunitFile(path));
  return toRunResult({ ...run, reportPaths: files }, parsed, out, cwd);
}
async function reportFiles(path) {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isDirectory()) return [path];
  const names2 = (await readdir2(path)).filter((n) => n.endsWith(".xml")).sort();
  return names2.length === 0 ? [join7(path, "junit.xml")] : names2.map((n) => join7(path, n));
}
function toRunResult(run, parsed, out, cwd) {
  const { spec, process: proc } = run;
  const cases = projectRelativeCases(parsed.flatMap((p) => [...p.tests]), cwd);
  const status = worstStatus(parsed);
  const kept = run.reportPaths.filter((_, i) => parsed[i]?.status !== "missing");
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
      reportPaths: kept.map((p) => relative(out, p)),
      parse: status,
      ...errorOf(run, parsed, status),
      tests: cases.length,
      outputTail: proc.outputTail
    },
    cases
  };
}
function worstStatus(parsed) {
  let worst = parsed.length === 0 ? "missing" : "ok";
  for (const p of parsed) if (STATUS_RANK[p.status] > STATUS_RANK[worst]) worst = p.status;
  return worst;
}
function errorOf(run, parsed, status) {
  const { process: proc } = run;
  if (proc.spawnError) return { error: proc.spawnError };
  const parts = [];
  if (proc.timedOut) parts.push(`timed out after ${Math.round(proc.durationMs / 1e3)}s; the process tree was killed`);
  else if (proc.signal) parts.push(`killed by ${proc.signal}`);
  if (status === "missing") parts.push("wrote no JUnit report");
  for (const p of parsed) if (p.error) parts.push(`report ${p.status}: ${p.error}`);
  return parts.length > 0 ? { error: parts.join("; ") } : {};
}

// src/version.ts
var VERSION = "0.1.0";

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
      failOn: config.failOn,
      cwd: config.cwd
    },
    runs: parts.runs.map((r) => r.record),
    tests: parts.tests,
    clusters: parts.clusters,
    summary: summarise2(parts.tests),
    gate: parts.gate,
    planner: parts.notes,
    warnings: parts.warnings
  };
}
function summarise2(tests) {
  const count = (v) => tests.filter((t) => t.verdict === v).length;
  return {
    parallelOnly: count("parallel-only"),
    flaky: count("flaky"),
    broken: count("broken"),
    stable: count("stable"),
    lost: count("lost"),
    skipped: count("skipped")
  };
}

// src/report/budget.ts
var UNGROUPED = "sections";
var defaultNote = (group, n) => `
_${n} ${group} omitted \u2014 see report.json / the job summary._
`;
var utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
function renderBudgeted(sections, max, opts = {}) {
  const measure = opts.measure ?? ((t) => t.length);
  const noteFor = opts.note ?? defaultNote;
  const whole = sections.map((s) => s.text).join("\n");
  if (measure(whole) <= max) return whole;
  const groupOf = (s) => s.group ?? UNGROUPED;
  const sizes = /* @__PURE__ */ new Map();
  for (const s of sections) if (!s.required && s.counted !== false) sizes.set(groupOf(s), (sizes.get(groupOf(s)) ?? 0) + 1);
  let reserve = 0;
  for (const [group, n] of sizes) reserve += measure(noteFor(group, n)) + 1;
  let used = sections.filter((s) => s.required).reduce((sum, s) => sum + measure(s.text) + 1, 0);
  const kept = new Array(sections.length).fill(false);
  const closed = /* @__PURE__ */ new Set();
  for (const [i, s] of sections.entries()) {
    if (s.required) {
      kept[i] = true;
      continue;
    }
    const group = groupOf(s);
    const size2 = measure(s.text) + 1;
    if (closed.has(group) || used + size2 + reserve > max) {
      if (group !== UNGROUPED) closed.add(group);
      continue;
    }
    kept[i] = true;
    used += size2;
  }
  const dropped = /* @__PURE__ */ new Map();
  const lastIndex = /* @__PURE__ */ new Map();
  for (const [i, s] of sections.entries()) {
    if (s.required) continue;
    lastIndex.set(groupOf(s), i);
    if (!kept[i] && s.counted !== false) dropped.set(groupOf(s), (dropped.get(groupOf(s)) ?? 0) + 1);
  }
  const parts = [];
  for (const [i, s] of sections.entries()) {
    if (kept[i]) parts.push(s.text);
    const group = groupOf(s);
    const n = dropped.get(group) ?? 0;
    if (!s.required && lastIndex.get(group) === i && n > 0) parts.push(noteFor(group, n));
  }
  return fitHard(parts.join("\n"), max, measure);
}
function fitHard(text, max, measure) {
  if (measure(text) <= max) return text;
  let lo = 0;
  let hi = Array.from(text).length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(truncate(text, mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  return truncate(text, lo);
}

// src/report/format.ts
var FINDING_VERDICTS = ["parallel-only", "flaky", "broken", "lost"];
var VERDICT_RANK = { "parallel-only": 0, flaky: 1, broken: 2, lost: 3, skipped: 4, stable: 5 };
var CONFIDENCE_RANK = { confirmed: 0, likely: 1, insufficient: 2 };
var VERDICT_MEANING = {
  "parallel-only": "fails only when run in parallel",
  flaky: "fails intermittently, also serially",
  broken: "fails in every run",
  lost: "went missing when its run or worker died",
  skipped: "was skipped",
  stable: "passed everywhere"
};
function workerKeys(report) {
  const keys = new Set(report.config.workers.map(String));
  for (const t of report.tests) for (const k of Object.keys(t.byWorkers)) keys.add(k);
  return [...keys].sort((a, b) => Number(a) - Number(b));
}
function failureRate(s) {
  const ran2 = s.passed + s.failed;
  return ran2 === 0 ? null : s.failed / ran2;
}
function percent(x) {
  return `${Math.round(x * 100)}%`;
}
function formatRate(s) {
  if (s === void 0) return "\u2013";
  const rate = failureRate(s);
  const lost = s.lost > 0 ? `, ${s.lost} lost` : "";
  if (rate === null) return s.lost > 0 ? `${s.lost} lost` : "\u2013";
  return `${s.failed}/${s.passed + s.failed} (${percent(rate)}${lost})`;
}
function formatInterval(s) {
  if (s === void 0 || s.passed + s.failed === 0) return "\u2013";
  return `${Math.round(s.rateLow * 100)}\u2013${Math.round(s.rateHigh * 100)}%`;
}
function formatP(p) {
  if (p === null) return "\u2013";
  if (p < 1e-3) return "< 0.001";
  return p.toFixed(3);
}
function peakRate(t) {
  let best = 0;
  for (const s of Object.values(t.byWorkers)) best = Math.max(best, failureRate(s) ?? 0);
  return best;
}
function findings(report) {
  return report.tests.filter((t) => FINDING_VERDICTS.includes(t.verdict)).sort(compareFindings);
}
function compareFindings(a, b) {
  return VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || peakRate(b) - peakRate(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function displayName(t) {
  if (t.classname === "" || t.name.startsWith(t.classname)) return t.name;
  return `${t.classname} > ${t.name}`;
}
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

// src/report/chart.ts
var MAX_LINES = 5;
function failureChart(report, tests, secrets) {
  const keys = workerKeys(report);
  const plotted = tests.filter((t) => t.verdict === "parallel-only" || t.verdict === "flaky").slice(0, MAX_LINES);
  if (keys.length < 2 || plotted.length === 0) return "";
  const lines = plotted.map((t) => `    line [${keys.map((k) => rateOf(t, k)).join(", ")}]`);
  const legend = plotted.map((t, i) => `${i + 1}. ${codeSpan(displayName(t), { secrets, max: 120 })}`);
  return [
    "\n### Failure rate by worker count\n",
    "```mermaid",
    "xychart-beta",
    '    title "Failure rate (%) by worker count"',
    `    x-axis "workers" [${keys.map((k) => `"${k}"`).join(", ")}]`,
    '    y-axis "failure rate (%)" 0 --> 100',
    ...lines,
    "```",
    "",
    "Lines, in order:",
    "",
    ...legend
  ].join("\n");
}
function rateOf(t, key) {
  const s = t.byWorkers[key];
  const rate = s === void 0 ? null : failureRate(s);
  return rate === null ? 0 : Math.round(rate * 100);
}

// src/report/headline.ts
function verdictTitle(report) {
  const s = report.summary;
  const parts = [];
  if (s.parallelOnly > 0) parts.push(plural2(s.parallelOnly, "parallel-only test"));
  if (s.flaky > 0) parts.push(plural2(s.flaky, "flaky test"));
  if (s.broken > 0) parts.push(plural2(s.broken, "broken test"));
  if (s.lost > 0) parts.push(plural2(s.lost, "lost test"));
  const found = parts.length > 0 ? parts.join(", ") : "no parallel-only or flaky tests";
  return `flakegate: ${found} \u2014 gate ${report.gate.failed ? "failed" : "passed"}`;
}
function headline(report, secrets, level = 2) {
  const icon = report.gate.failed ? "\u274C" : report.summary.parallelOnly + report.summary.flaky > 0 ? "\u26A0\uFE0F" : "\u2705";
  const reason = report.gate.reason ? `
> ${sanitizeInline(report.gate.reason, { secrets })}
` : "";
  return `${"#".repeat(level)} ${icon} ${sanitizeInline(verdictTitle(report), { secrets })}
${reason}
${countsLine(report)}`;
}
function countsLine(report) {
  const s = report.summary;
  const counts = [
    `**${s.parallelOnly}** parallel-only`,
    `**${s.flaky}** flaky`,
    `**${s.broken}** broken`,
    `**${s.lost}** lost`,
    `**${s.stable}** stable`,
    `**${s.skipped}** skipped`
  ].join(" \xB7 ");
  const c = report.config;
  return `${counts} \u2014 ${plural2(report.runs.length, "run")} (workers ${c.workers.join(", ")} \xD7 ${c.iterations} iterations, fail-on \`${c.failOn}\`)`;
}

// src/report/limits.ts
var JOB_SUMMARY_MAX_BYTES = 1048576;
var CHECK_RUN_ANNOTATION_MESSAGE_MAX_CHARS = 64 * 1024;

// src/report/run-table.ts
function runTableSections(report, secrets) {
  if (report.runs.length === 0) return [];
  const head = {
    text: "\n### Runs\n\n| Run | Workers | Phase | Exit | Signal | Timed out | Duration | Parse | Tests |\n| --- | ---: | --- | ---: | --- | --- | ---: | --- | ---: |",
    group: "runs",
    counted: false
  };
  const rows = report.runs.map((r) => {
    const cells = [
      codeSpan(r.id, { secrets, max: 60 }),
      String(r.workers),
      r.phase,
      r.exitCode === null ? "\u2013" : String(r.exitCode),
      r.signal === null ? "\u2013" : sanitizeInline(r.signal, { secrets, max: 20 }),
      r.timedOut ? "**yes**" : "no",
      formatDuration(r.durationMs),
      r.error === void 0 ? r.parse : `${r.parse}: ${sanitizeInline(r.error, { secrets, max: 120 })}`,
      String(r.tests)
    ];
    return { text: `| ${cells.map(tableCell).join(" | ")} |`, group: "runs" };
  });
  return [head, ...rows];
}
function notesSections(report, secrets) {
  const out = [];
  if (report.planner.length > 0) {
    out.push({ text: "\n### Planner notes\n", group: "notes", counted: false });
    for (const n of report.planner) out.push({ text: `- _${n.kind}_: ${sanitizeInline(n.text, { secrets })}`, group: "notes" });
  }
  if (report.warnings.length > 0) {
    out.push({ text: "\n### Warnings\n", group: "warnings", counted: false });
    for (const w of report.warnings) out.push({ text: `- ${sanitizeInline(w, { secrets })}`, group: "warnings" });
  }
  return out;
}

// src/report/test-details.ts
function testDetails(report, t, opts) {
  const { secrets } = opts;
  const summary = `<b>${t.verdict}</b> ${htmlCode(displayName(t), { secrets, max: 120 })} \u2014 ${VERDICT_MEANING[t.verdict]}${t.threshold === null ? "" : `, from ${plural2(t.threshold, "worker")}`}`;
  const lines = [`- **Id:** ${codeSpan(t.id, { secrets, max: 300 })}`];
  if (t.file !== void 0) lines.push(`- **Location:** ${codeSpan(t.line === void 0 ? t.file : `${t.file}:${t.line}`, { secrets })}`);
  lines.push(`- **Confidence:** ${t.confidence}${statistics(t)}`);
  const cluster = t.cluster === null ? void 0 : report.clusters.find((c) => c.id === t.cluster);
  if (cluster !== void 0) {
    const partners = cluster.tests.filter((id) => id !== t.id);
    const names2 = partners.slice(0, 10).map((id) => codeSpan(nameOf(report, id), { secrets, max: 80 }));
    const more = partners.length > 10 ? ` and ${partners.length - 10} more` : "";
    lines.push(`- **Fails together with** (cluster #${cluster.id}, ${plural2(cluster.runs.length, "run")}): ${names2.join(", ")}${more}`);
  }
  if (t.partners !== void 0 && t.partners.length > 0) {
    const names2 = t.partners.slice(0, 10).map((id) => codeSpan(nameOf(report, id), { secrets, max: 80 }));
    lines.push(`- **Collision partner${t.partners.length === 1 ? "" : "s"}** (partner search: fails when run concurrently with): ${names2.join(", ")}`);
  }
  if (t.causes.length === 0) lines.push("- **Likely cause:** not determined (no matching evidence)");
  for (const c of t.causes) lines.push(...causeLines(c, secrets));
  const messages = t.messages.slice(0, opts.messages ?? 2);
  if (messages.length > 0) {
    lines.push("", "**Failure messages:**");
    for (const m of messages) lines.push("", sanitizeBlock(m, { secrets, max: opts.messageMax ?? 1500 }));
  }
  return `<details><summary>${summary}</summary>

${lines.join("\n")}

</details>`;
}
function statistics(t) {
  const parts = [];
  if (t.pValue !== null) parts.push(`Fisher one-sided p = ${formatP(t.pValue)}`);
  if (t.probParallelWorse !== null) parts.push(`P(parallel worse) = ${t.probParallelWorse.toFixed(2)}`);
  if (t.runsToDecide !== void 0) parts.push(`about ${plural2(t.runsToDecide, "more run")} per arm would decide`);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
function causeLines(c, secrets) {
  const out = [`- **Cause \`${c.cause}\`** (score ${Math.round(c.score * 100)}%): ${sanitizeInline(c.fix.summary, { secrets, max: 400 })}`];
  for (const e of c.evidence.slice(0, 8)) {
    const where = e.file === void 0 ? "" : ` at ${codeSpan(e.line === void 0 ? e.file : `${e.file}:${e.line}`, { secrets })}`;
    out.push(`  - _${e.kind}_: ${sanitizeInline(e.text, { secrets, max: 300 })}${where}`);
  }
  if (c.evidence.length > 8) out.push(`  - \u2026 ${plural2(c.evidence.length - 8, "more piece")} of evidence in report.json`);
  if (c.fix.example !== void 0) out.push("", indent(sanitizeBlock(c.fix.example, { secrets, max: 1500 })));
  return out;
}
function indent(block2) {
  return block2.split("\n").map((l) => `  ${l}`).join("\n");
}
function nameOf(report, id) {
  const t = report.tests.find((x) => x.id === id);
  return t === void 0 ? id : displayName(t);
}

// src/report/test-table.ts
function testTableSections(report, tests, opts) {
  const keys = workerKeys(report);
  const header = ["Test", "Verdict", ...keys.map((k) => `${k} ${k === "1" ? "worker" : "workers"}`), "Threshold", "Cluster", "Likely cause"];
  const align = ["---", "---", ...keys.map(() => "---:"), "---:", "---:", "---"];
  const head = `| ${header.join(" | ")} |
| ${align.join(" | ")} |`;
  const rows = tests.map((t) => ({ text: row(t, keys, opts.secrets), group: opts.group }));
  return [{ text: head, required: true }, ...rows];
}
function row(t, keys, secrets) {
  const cells = [
    codeSpan(displayName(t), { secrets, max: 120 }),
    `${t.verdict} (${t.confidence})`,
    ...keys.map((k) => rateCell(t, k)),
    t.threshold === null ? "\u2013" : String(t.threshold),
    t.cluster === null ? "\u2013" : `#${t.cluster}`,
    causeCell(t, secrets)
  ];
  return `| ${cells.map(tableCell).join(" | ")} |`;
}
function rateCell(t, key) {
  const s = t.byWorkers[key];
  const interval = formatInterval(s);
  return interval === "\u2013" ? formatRate(s) : `${formatRate(s)}<br><sub>95% CI ${interval}</sub>`;
}
function causeCell(t, secrets) {
  const top = t.causes[0];
  if (top === void 0) return "\u2013";
  const first = top.fix.summary.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? top.fix.summary;
  return `\`${top.cause}\` (${Math.round(top.score * 100)}%): ${sanitizeInline(first, { secrets, max: 160 })}`;
}

// src/report/markdown.ts
var DEFAULT_MAX_BYTES = Math.floor(JOB_SUMMARY_MAX_BYTES * 0.95);
function renderMarkdown(report, opts = {}) {
  const secrets = opts.secrets ?? [];
  const hint = opts.omittedHint ?? "report.json";
  const tests = findings(report);
  const sections = [{ text: headline(report, secrets), required: true }];
  if (tests.length === 0) {
    sections.push({ text: `
No test failed or went missing in any of the ${plural2(report.runs.length, "run")}.`, required: true });
  } else {
    sections.push({ text: "\n### Tests\n", required: true });
    sections.push(...testTableSections(report, tests, { secrets, group: "tests" }));
    const chart = failureChart(report, tests, secrets);
    if (chart !== "") sections.push({ text: chart, group: "chart", counted: false });
    sections.push({ text: "\n### Evidence and fixes\n", group: "test details", counted: false });
    for (const t of tests) sections.push({ text: `${testDetails(report, t, { secrets })}
`, group: "test details" });
  }
  sections.push(...runTableSections(report, secrets));
  sections.push(...notesSections(report, secrets));
  sections.push({ text: footer(report, secrets, opts.runUrl), required: true });
  const rendered = renderBudgeted(sections, opts.maxBytes ?? DEFAULT_MAX_BYTES, {
    measure: utf8Bytes,
    note: (group, n) => omittedNote(group, n, hint)
  });
  return rendered.endsWith("\n") ? rendered : `${rendered}
`;
}
function omittedNote(group, n, hint) {
  switch (group) {
    case "tests":
      return `
_${plural2(n, "test")} omitted \u2014 see ${hint}._
`;
    case "test details":
      return `
_Evidence for ${plural2(n, "test")} omitted \u2014 see ${hint}._
`;
    case "runs":
      return `
_${plural2(n, "run")} omitted \u2014 see ${hint}._
`;
    default:
      return `
_${plural2(n, group === "notes" || group === "warnings" ? group.slice(0, -1) : "section")} omitted \u2014 see ${hint}._
`;
  }
}
function footer(report, secrets, runUrl) {
  const c = report.config;
  const run = runUrl === void 0 ? "" : ` \xB7 [workflow run](${safeUrl(runUrl)})`;
  return `
<sub>${report.tool.name} ${report.tool.version} \xB7 framework ${c.framework} \xB7 command ${codeSpan(c.command, { secrets, max: 200 })}${run}</sub>`;
}
function safeUrl(url) {
  return encodeURI(url).replace(/[()<>"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// src/run/execute-run.ts
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join as join8, resolve as resolve2 } from "node:path";

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
  "PYTEST_CURRENT_TEST"
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
import { existsSync as existsSync5, readdirSync, readFileSync } from "node:fs";
var PF_KTHREAD = 2097152;
var HAS_PROC = existsSync5("/proc/self/stat");
function readProcessTable() {
  if (!HAS_PROC) return [];
  let names2;
  try {
    names2 = readdirSync("/proc");
  } catch {
    return [];
  }
  const entries = [];
  for (const name of names2) {
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
  const found = /* @__PURE__ */ new Set();
  const queue = [];
  const add = (pid) => {
    if (found.has(pid) || !byPid.has(pid)) return;
    found.add(pid);
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
  return table.filter((entry) => found.has(entry.pid) && !lineage.has(entry.pid));
}
async function terminateRun(rootPid, tag, graceMs) {
  const first = survivors(rootPid, tag);
  if (first === null) return;
  signalAll(rootPid, first, "SIGTERM");
  if (await waitUntilGone(rootPid, tag, graceMs)) return;
  const fresh = survivors(rootPid, tag) ?? [];
  const targets = [...fresh, ...first.filter(sameProcess)];
  signalAll(rootPid, targets, "SIGKILL");
  await waitUntilGone(rootPid, tag, graceMs);
}
function survivors(rootPid, tag) {
  if (HAS_PROC) {
    const found = findRunProcesses(rootPid, tag);
    return found.length > 0 ? found : null;
  }
  return signalGroup(rootPid, 0) ? [] : null;
}
async function waitUntilGone(rootPid, tag, graceMs) {
  const deadline = performance.now() + graceMs;
  while (performance.now() < deadline) {
    await sleep(POLL_MS);
    if (survivors(rootPid, tag) === null) return true;
  }
  return false;
}
function sameProcess(entry) {
  const now = readStat(entry.pid);
  return now !== null && now.startTime === entry.startTime;
}
function signalAll(rootPid, targets, signal) {
  signalGroup(rootPid, signal);
  for (const { pid } of targets) {
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
  if (opts.signal?.aborted) return failedToStart("cancelled before it started", 0);
  let child;
  try {
    child = spawn(cmd.file, [...cmd.args], {
      cwd: opts.cwd,
      env: { ...opts.env, [RUN_TAG_VAR]: tag },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true
    });
  } catch (error) {
    return failedToStart(describeSpawnError(error, cmd.file, opts.cwd), elapsed());
  }
  const closed = new Promise((resolve4) => child.once("close", () => resolve4()));
  const flushers = [child.stdout, child.stderr].map((stream) => collect(stream, tail.push, opts.onOutput));
  const exited = new Promise(
    (resolve4) => child.once("exit", (code, signal) => resolve4({ code, signal, at: performance.now() }))
  );
  const startError = await new Promise((resolve4) => {
    child.once("spawn", () => resolve4(void 0));
    child.once("error", resolve4);
  });
  const pid = child.pid;
  if (startError !== void 0 || pid === void 0) {
    return failedToStart(describeSpawnError(startError, cmd.file, opts.cwd), elapsed());
  }
  child.on("error", () => void 0);
  let timedOut = false;
  let termination;
  let timer;
  let giveUp = () => void 0;
  const gaveUp = new Promise((resolve4) => giveUp = resolve4);
  const stop = () => {
    if (termination !== void 0) return;
    termination = terminateRun(pid, tag, graceMs);
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
  await termination;
  await terminateRun(pid, tag, graceMs);
  await within(closed, graceMs);
  child.stdout?.destroy();
  child.stderr?.destroy();
  for (const flush of flushers) flush();
  return {
    exitCode: exit?.code ?? null,
    signal: exit?.signal ?? null,
    timedOut,
    durationMs,
    outputTail: tail.text()
  };
}
function failedToStart(spawnError, durationMs) {
  return { exitCode: null, signal: null, timedOut: false, durationMs, spawnError, outputTail: "" };
}
function collect(stream, push, onOutput) {
  const decoder = new StringDecoder("utf8");
  const deliver = (text) => {
    if (text.length === 0) return;
    push(text);
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
  const timeout = new Promise((resolve4) => {
    timer = setTimeout(() => resolve4(void 0), ms);
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
  return join8(resolve2(out), "runs", id);
}
async function executeRun(spec, preset, config, log, opts = {}) {
  const runDir = runDirectory(config.out, spec.id);
  const junitPath = join8(runDir, "junit.xml");
  await rm(runDir, { recursive: true, force: true });
  await mkdir(runDir, { recursive: true });
  const ctx = { workers: spec.workers, junitPath, ...subset(spec, preset, log) };
  const cmd = preset.buildCommand(ctx);
  log.debug(`run ${spec.id}: ${cmd.display}`);
  const result = withShellNotFound(await executeCommand(cmd, {
    cwd: config.cwd,
    timeoutMs: config.timeoutMs,
    env: { ...childEnv(opts.parentEnv ?? process.env), ...cmd.env },
    ...opts.graceMs !== void 0 ? { graceMs: opts.graceMs } : {},
    ...opts.onOutput !== void 0 ? { onOutput: opts.onOutput } : {},
    ...opts.signal !== void 0 ? { signal: opts.signal } : {}
  }));
  try {
    await mkdir(runDir, { recursive: true });
    await writeFile(join8(runDir, "output.log"), result.outputTail);
  } catch (error) {
    log.warn(`run ${spec.id}: could not keep its output in ${runDir}: ${String(error)}`);
  }
  log.info(describeRun(spec, result));
  return { spec, process: result, reportPaths: [junitPath] };
}
function subset(spec, preset, log) {
  if (spec.tests === void 0) return {};
  if (preset.supportsSubset) return { tests: spec.tests };
  log.warn(`run ${spec.id}: ${preset.name} cannot run a subset of tests; running the full suite`);
  return {};
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
  const took = formatDuration2(result.durationMs);
  let outcome;
  if (result.spawnError !== void 0) outcome = `could not start: ${result.spawnError}`;
  else if (result.timedOut) outcome = `timed out after ${took}, stopped${result.signal ? ` (${result.signal})` : ""}`;
  else if (result.signal !== null) outcome = `killed by ${result.signal} after ${took}`;
  else outcome = `exit ${result.exitCode ?? "?"} after ${took}`;
  return `run ${spec.id} (${what}): ${outcome}`;
}
function formatDuration2(ms) {
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const seconds2 = Math.round(ms / 1e3);
  return `${Math.floor(seconds2 / 60)}m ${String(seconds2 % 60).padStart(2, "0")}s`;
}

// src/pipeline.ts
var Cancelled = class extends Error {
};
var DISCOVERY_BUDGET_SHARE = 0.6;
async function runPipeline(config, deps) {
  const { log } = deps;
  const started = Date.now();
  await mkdir2(join9(config.out, "runs"), { recursive: true });
  const preset = await resolvePreset(config, log);
  log.info(`framework: ${preset.name} (${preset.reason})`);
  const specs = planDiscovery(config.workers, config.iterations);
  const notes = [
    { kind: "discovery", text: `${specs.length} full-suite runs: workers ${config.workers.join(", ")} x ${config.iterations} iterations, interleaved` }
  ];
  const executor = createExecutor(preset, config, deps, specs.length);
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
    if (index === 0) assertRunnable(result, preset);
  }
  let partners = [];
  if (deps.signal?.aborted) {
    notes.push({ kind: "stop", text: `cancelled after ${executor.results.length} runs: the report covers the runs that finished (an interrupted run is kept under runs/ but not counted)` });
  } else if (config.confirm) {
    const confirmStarted = Date.now();
    const outcome = await runConfirmation(
      {
        runs: executor.results,
        workers: config.workers,
        supportsSubset: preset.supportsSubset,
        budgetRemainingMs: config.budgetMs === null ? null : config.budgetMs - (confirmStarted - started),
        nextSeq: executor.results.length + 1,
        elapsedMs: () => Date.now() - confirmStarted
      },
      (spec) => executor.execute(spec)
    ).catch(stopOnCancel);
    if (outcome === null) {
      notes.push({ kind: "stop", text: `cancelled during confirmation after ${executor.results.length} runs: tiers rest on the runs that finished` });
    } else {
      notes.push(...outcome.notes);
      partners = outcome.partners;
    }
  } else {
    notes.push({ kind: "stop", text: "confirmation reruns are off (--no-confirm): tiers rest on discovery alone and are capped at likely" });
  }
  return finish2({ config, framework: preset.name, command: preset.template, ecosystem: preset.ecosystem, runs: executor.results, notes, partners, log });
}
function createExecutor(preset, config, deps, planned) {
  const results = [];
  const failing = /* @__PURE__ */ new Set();
  const started = Date.now();
  return {
    results,
    async execute(spec) {
      if (deps.signal?.aborted) throw new Cancelled();
      const executed = await executeRun(spec, preset, config, deps.log, deps.signal ? { signal: deps.signal } : {});
      if (deps.signal?.aborted) throw new Cancelled();
      const result = await collectRun(executed, config.out, config.cwd);
      results.push(result);
      await writeFile2(join9(config.out, "runs", "index.json"), JSON.stringify(results.map((r) => r.record), null, 1));
      for (const c of result.cases) if (c.outcome === "failed" || c.outcome === "error") failing.add(c.id);
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
  if (record.parse !== "missing" || record.timedOut || record.signal !== null) return;
  if (record.error && /command not found|permission denied|working directory not found/.test(record.error)) {
    throw new SetupError(`the test command could not be started: ${record.error}`, `check the command (${preset.template}) and that its tools are installed`);
  }
  throw new SetupError(
    `the first run (${record.id}) exited with code ${record.exitCode} and wrote no JUnit report`,
    `make sure the command writes JUnit XML to the {junit} path; its output is in runs/${record.id}/output.log`
  );
}
async function finish2(input) {
  const { config, runs: runs2, log } = input;
  const partners = input.partners ?? [];
  const analysed = analyse(runs2, config.workers, partners);
  const analysis = { ...analysed, tests: await withGoTestFiles(analysed.tests, input.ecosystem, config.cwd) };
  const sources = await readSources(sourceFilesFor(analysis.tests, input.ecosystem), config.cwd);
  const partnerMap = Object.fromEntries(partners.filter((p) => p.found).map((p) => [p.victim, p.partners]));
  const tests = explain({ tests: analysis.tests, runs: runs2, clusters: analysis.clusters, ecosystem: input.ecosystem, sources, cores: availableParallelism(), partners: partnerMap });
  const gate = decideGate(tests, config.failOn);
  const report = buildReport({ config, framework: input.framework, command: input.command, runs: runs2, tests, clusters: analysis.clusters, gate, notes: input.notes, warnings: warningsFor(runs2) });
  const reportJsonPath = join9(config.out, "report.json");
  const reportMdPath = join9(config.out, "report.md");
  await mkdir2(config.out, { recursive: true });
  await writeFile2(reportJsonPath, JSON.stringify(report, null, 2) + "\n");
  await writeFile2(reportMdPath, renderMarkdown(report, {}));
  log.info(`report: ${reportJsonPath}`);
  return { report, reportJsonPath, reportMdPath };
}
async function withGoTestFiles(tests, ecosystem, cwd) {
  if (ecosystem !== "go") return [...tests];
  const files = await goTestFiles(cwd, tests.filter((t) => t.file === void 0));
  return tests.map((t) => {
    const file = t.file === void 0 ? files.get(t.id) : void 0;
    return file === void 0 ? t : { ...t, file };
  });
}
async function readSources(files, cwd) {
  const sources = /* @__PURE__ */ new Map();
  for (const file of files) {
    try {
      const text = await readFile5(join9(cwd, file), "utf8");
      if (text.length <= 1e6) sources.set(file, text);
    } catch {
    }
  }
  return sources;
}
function warningsFor(runs2) {
  return runs2.filter((r) => r.record.error).map((r) => `run ${r.record.id} (workers ${r.record.workers}): ${r.record.error}`);
}
function formatMinutes(ms) {
  return ms >= 6e4 ? `${Math.round(ms / 6e3) / 10} min` : `${Math.round(ms / 1e3)} s`;
}

// src/reanalyse.ts
import { existsSync as existsSync6, statSync as statSync3 } from "node:fs";
import { readFile as readFile6 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join10, resolve as resolve3 } from "node:path";
var ECOSYSTEM = {
  auto: "unknown",
  custom: "unknown",
  pytest: "python",
  jest: "javascript",
  vitest: "javascript",
  node: "javascript",
  mocha: "javascript",
  go: "go"
};
async function reanalyse(paths, raw, log) {
  const sources = [];
  for (const p of paths) sources.push(await loadSource(resolve3(p)));
  const first = sources.find((s) => s.report !== null)?.report ?? null;
  const runs2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [i, source] of sources.entries()) {
    for (const record of source.records) {
      const id = seen.has(record.id) ? `${basename(source.dir)}-${i + 1}-${record.id}` : record.id;
      seen.add(id);
      const cases = [];
      for (const rel of record.reportPaths) cases.push(...(await parseJunitFile(join10(source.dir, rel))).tests);
      const cwd = source.report?.config.cwd ?? raw.cwd;
      runs2.push({ record: { ...record, id }, cases: cwd ? projectRelativeCases(cases, resolve3(cwd)) : cases });
    }
  }
  if (runs2.length === 0) throw new ConfigError(`no runs found in ${paths.join(", ")}`);
  const workers = [...new Set(runs2.map((r) => r.record.workers))].sort((a, b) => a - b);
  const config = parseConfig(
    {
      // Nothing is run: the framework only labels the report, and comes from the kept report below.
      framework: "auto",
      workers: raw.workers ?? workers.join(","),
      iterations: String(Math.max(1, ...runs2.map((r) => r.record.iteration))),
      "fail-on": raw["fail-on"] ?? first?.config.failOn,
      cwd: raw.cwd ?? (first && existsSync6(first.config.cwd) ? first.config.cwd : "."),
      out: raw.out ?? (sources.length === 1 ? sources[0]?.dir : ".flakegate")
    },
    "cli"
  );
  const framework = first?.config.framework ?? "custom";
  log.info(`re-analysing ${runs2.length} runs from ${sources.length} result director${sources.length === 1 ? "y" : "ies"}`);
  const notes = [{ kind: "discovery", text: `re-analysed ${runs2.length} kept runs from ${paths.join(", ")}` }];
  const partners = sources.flatMap(
    (src) => (src.report?.tests ?? []).filter((t) => (t.partners ?? []).length > 0).map((t) => ({ victim: t.id, workers: t.threshold ?? 0, partners: t.partners ?? [], found: true, probes: 0, evidence: [] }))
  );
  return finish2({ config, framework, command: first?.config.command ?? "", ecosystem: ECOSYSTEM[framework], runs: runs2, notes, partners, log });
}
async function loadSource(path) {
  if (!existsSync6(path)) throw new ConfigError(`analyze: '${path}' does not exist`);
  const isDir = statSync3(path).isDirectory();
  const dir = isDir ? path : dirname2(path);
  const reportPath = isDir ? join10(dir, "report.json") : path;
  if (existsSync6(reportPath)) {
    const report = JSON.parse(await readFile6(reportPath, "utf8"));
    if (report.schema !== "flakegate/report@1") throw new ConfigError(`analyze: ${reportPath} is not a flakegate report (schema ${String(report.schema)})`);
    return { dir, records: report.runs, report };
  }
  const index = join10(dir, "runs", "index.json");
  if (existsSync6(index)) return { dir, records: JSON.parse(await readFile6(index, "utf8")), report: null };
  throw new ConfigError(`analyze: no report.json or runs/index.json in '${dir}'`);
}

// src/report/terminal.ts
var COLOR = {
  "parallel-only": "\x1B[1;31m",
  flaky: "\x1B[33m",
  broken: "\x1B[35m",
  lost: "\x1B[36m",
  stable: "\x1B[32m",
  skipped: "\x1B[2m"
};
var RESET = "\x1B[0m";
var BOLD = "\x1B[1m";
var DIM = "\x1B[2m";
function renderTerminal(report, opts) {
  const paint = (code, text) => opts.color ? `${code}${text}${RESET}` : text;
  const width = Math.max(60, opts.width ?? 100);
  const { summary, gate, config } = report;
  const lines = [];
  lines.push(
    paint(BOLD, "flakegate") + `: ${summary.parallelOnly} parallel-only, ${summary.flaky} flaky, ${summary.broken} broken, ${summary.lost} lost, ${summary.stable} stable, ${summary.skipped} skipped  (${report.runs.length} runs, workers ${config.workers.join(",")})`
  );
  const shown = report.tests.filter((t) => opts.all || t.verdict !== "stable" && t.verdict !== "skipped");
  if (shown.length > 0) {
    const counts = config.workers.map(String);
    const header = ["verdict", "tier", ...counts.map((w) => `w${w}`), "p", "cause", "test"];
    const rows = shown.map((t) => row2(t, counts));
    const widths = header.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const fixed = widths.reduce((a, b) => a + b + 2, 0);
    const nameWidth = Math.max(20, width - fixed);
    lines.push("");
    lines.push(paint(BOLD, pad(header, widths, nameWidth)));
    shown.forEach((t, i) => {
      lines.push(paint(COLOR[t.verdict], pad(rows[i] ?? [], widths, nameWidth)));
      lines.push(paint(DIM, `  ${detail(t, counts)}`));
    });
  }
  const pairs = partnerLines(report);
  if (pairs.length > 0) {
    lines.push("", paint(BOLD, "collision partners (found by rerunning the victim with halves of its co-runners):"));
    for (const p of pairs) lines.push(`  ${p}`);
  }
  const skippedNotes = report.planner.filter((n) => n.kind === "budget" || n.kind === "fallback");
  for (const note2 of skippedNotes) lines.push(`note: ${sanitizeTerminal(note2.text)}`);
  if (report.warnings.length > 0) {
    lines.push("");
    for (const w of report.warnings.slice(0, 10)) lines.push(paint(COLOR.lost, `warning: ${sanitizeTerminal(w, 300)}`));
    if (report.warnings.length > 10) lines.push(`(${report.warnings.length - 10} more warnings in report.json)`);
  }
  lines.push("");
  lines.push(gate.failed ? paint(COLOR["parallel-only"], `gate: FAILED - ${gate.reason}`) : paint(COLOR.stable, `gate: passed - ${gate.reason}`));
  return lines.join("\n") + "\n";
}
function row2(t, counts) {
  const cells = counts.map((w) => {
    const s = t.byWorkers[w];
    return s ? `${s.failed}/${s.passed + s.failed}${s.lost > 0 ? `+${s.lost}L` : ""}` : "-";
  });
  const p = t.pValue === null ? "-" : t.pValue < 1e-3 ? "<.001" : t.pValue.toFixed(3);
  const cause = t.causes[0]?.cause ?? "";
  return [t.verdict, t.confidence, ...cells, p, cause, sanitizeTerminal(displayName2(t), 400)];
}
function detail(t, counts) {
  const pct = (x) => `${Math.round(x * 100)}%`;
  const rates = counts.map((w) => {
    const s = t.byWorkers[w];
    const n = s ? s.passed + s.failed : 0;
    return s && n > 0 ? `w${w} ${pct(s.failed / n)} [${pct(s.rateLow)}-${pct(s.rateHigh)}]` : `w${w} -`;
  }).join(", ");
  const parts = [t.threshold === null ? "no failures" : `fails from ${t.threshold} worker${t.threshold === 1 ? "" : "s"}`];
  if (t.cluster !== null) parts.push(`cluster #${t.cluster}`);
  if (t.runsToDecide !== void 0 && t.confidence === "insufficient") parts.push(`~${t.runsToDecide} more runs per arm would decide`);
  parts.push(`failure rate (95% CI) ${rates}`);
  return parts.join(" \xB7 ");
}
function partnerLines(report) {
  const byId = new Map(report.tests.map((t) => [t.id, t]));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const t of report.tests) {
    for (const p of t.partners ?? []) {
      const key = [t.id, p].sort().join("\0");
      if (seen.has(key)) continue;
      seen.add(key);
      const other = byId.get(p);
      out.push(`${sanitizeTerminal(displayName2(t), 120)}  <->  ${sanitizeTerminal(other ? displayName2(other) : p, 120)}`);
    }
  }
  return out;
}
function displayName2(t) {
  return t.file ? `${t.file}::${t.name}` : t.id;
}
function pad(cells, widths, nameWidth) {
  return cells.map((c, i) => {
    const w = widths[i];
    if (w === void 0) return shorten(c, nameWidth);
    return c.padEnd(w);
  }).join("  ");
}
function shorten(text, max) {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.35);
  return `${text.slice(0, head)}\u2026${text.slice(text.length - (max - 1 - head))}`;
}

// src/cli.ts
var OPTIONS = {
  framework: { type: "string" },
  command: { type: "string" },
  workers: { type: "string" },
  iterations: { type: "string" },
  timeout: { type: "string" },
  budget: { type: "string" },
  confirm: { type: "boolean" },
  "no-confirm": { type: "boolean" },
  "fail-on": { type: "string" },
  cwd: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  all: { type: "boolean" },
  "no-color": { type: "boolean" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
async function main(argv) {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.version) return print(`${VERSION}
`);
  const [command, ...rest] = positionals;
  if (values.help || command === void 0 || command === "help") return print(HELP);
  const log = createCliLogger({ verbose: values.verbose === true, quiet: values.json === true });
  if (command === "parse") {
    if (rest.length !== 1) throw new ConfigError("parse takes exactly one file: flakegate parse <junit.xml>");
    const parsed = await parseJunitFile(rest[0] ?? "");
    print(JSON.stringify(parsed, null, 2) + "\n");
    return parsed.status === "ok" || parsed.status === "salvaged" ? 0 : 2;
  }
  const raw = {
    framework: values.framework,
    command: values.command,
    workers: values.workers,
    iterations: values.iterations,
    timeout: values.timeout,
    budget: values.budget,
    confirm: values["no-confirm"] ? "false" : values.confirm === void 0 ? void 0 : String(values.confirm),
    "fail-on": values["fail-on"],
    cwd: values.cwd,
    out: values.out
  };
  let report;
  if (command === "run") {
    if (rest.length > 0) throw new ConfigError(`run takes no positional arguments (got '${rest[0]}'); pass the test command with --command`);
    const config = parseConfig(raw, "cli");
    const tty = process.stderr.isTTY === true && values.json !== true;
    const cancel = cancelOnSignals(log);
    ({ report } = await runPipeline(config, { log, onProgress: (p) => printProgress(p, tty), signal: cancel.signal }));
    if (cancel.received !== null) {
      print(renderTerminal(report, { color: false, width: terminalWidth() }));
      return cancel.received === "SIGINT" ? 130 : 143;
    }
  } else if (command === "analyze" || command === "analyse") {
    if (rest.length === 0) throw new ConfigError("analyze needs at least one report.json or runs directory");
    ({ report } = await reanalyse(rest, raw, log));
  } else {
    throw new ConfigError(`unknown command '${command}'; commands: run, analyze, parse (see flakegate --help)`);
  }
  if (values.json) print(JSON.stringify(report, null, 2) + "\n");
  else {
    const color = process.stdout.isTTY === true && values["no-color"] !== true && !process.env.NO_COLOR;
    print(renderTerminal(report, { color, width: terminalWidth(), all: values.all === true }));
  }
  return report.gate.failed ? 1 : 0;
}
function cancelOnSignals(log) {
  const controller = new AbortController();
  const state = { signal: controller.signal, received: null };
  const onSignal = (sig) => {
    if (state.received !== null) process.exit(sig === "SIGINT" ? 130 : 143);
    state.received = sig;
    log.warn(`${sig}: stopping the current run and writing the report of the finished runs (again to quit at once)`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return state;
}
function terminalWidth() {
  return process.stdout.isTTY ? process.stdout.columns ?? 100 : 240;
}
function print(text) {
  process.stdout.write(text);
  return 0;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof ConfigError || error instanceof SetupError || error instanceof Error && error.name === "TypeError" && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`flakegate: ${error.message}
`);
      if (error instanceof SetupError && error.hint) process.stderr.write(`  fix: ${error.hint}
`);
    } else {
      process.stderr.write(`flakegate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    }
    process.exitCode = 2;
  }
);
