'use strict';
// Conformance server for corslint's Express parser: the real Express 4 with
// the real `cors` package, configured from the same case files corslint
// parses (conformance/express/cases/NAME.json).
//
// Usage: node server.js CASES_DIR
//
// Every case is mounted under /c/NAME. Its cors options are found the way the
// case files are written (a subset of what parsers/express accepts, read here
// independently so that the Go test can check the parser found the same
// objects): {"routes": [{"path": P, "cors": OPTS}, ...]}, a top-level
// {"cors": OPTS}, a map {"/route": OPTS, ...}, or a top-level OPTS.
//
// Behind the cors middleware every path answers 200 with a JSON body, except
// .../status/NNN (that status), .../unhandled (nothing answers: Express's
// final handler sends 404) and .../throw (an error handed to the final
// handler, which answers 500). preflightContinue lets OPTIONS reach these
// handlers too.
//
// On start the server prints one JSON line to stdout:
// {"port": N, "mounts": {"NAME": ["all routes" | "/route", ...]}}.

const fs = require('fs');
const path = require('path');
const express = require('express');
const cors = require('cors');

const ALL_ROUTES = 'all routes';

// toRegExp turns a string written as a RegExp literal, /body/flags, into a
// RegExp, as applications keeping cors options in JSON do and as
// parsers/express assumes (regexMatcher): the last '/' ends the body, which
// must be non-empty, and the flags must be valid and unrepeated.
function toRegExp(s) {
  if (typeof s !== 'string' || !s.startsWith('/')) {
    return s;
  }
  const end = s.lastIndexOf('/');
  if (end < 2) {
    return s;
  }
  const flags = s.slice(end + 1);
  for (let i = 0; i < flags.length; i++) {
    if (!'dgimsuvy'.includes(flags[i]) || flags.indexOf(flags[i]) !== i) {
      return s;
    }
  }
  try {
    return new RegExp(s.slice(1, end), flags);
  } catch (e) {
    return s;
  }
}

// convertOrigin applies toRegExp to the origin option and, recursively, to
// the elements of an origin array.
function convertOrigin(v) {
  if (Array.isArray(v)) {
    return v.map(convertOrigin);
  }
  return toRegExp(v);
}

function prepare(opts) {
  const out = Object.assign({}, opts);
  if ('origin' in out) {
    out.origin = convertOrigin(out.origin);
  }
  return out;
}

// entries returns [scope, options] pairs of one case document.
function entries(doc) {
  if (Array.isArray(doc.routes)) {
    return doc.routes.map((r) => [r.path, r.cors]);
  }
  if (doc.cors && typeof doc.cors === 'object') {
    return [[ALL_ROUTES, doc.cors]];
  }
  const keys = Object.keys(doc);
  if (keys.length > 0 && keys.every((k) => k.startsWith('/'))) {
    return keys.map((k) => [k, doc[k]]);
  }
  return [[ALL_ROUTES, doc]];
}

function main() {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node server.js CASES_DIR\n');
    process.exit(2);
  }
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  // The final handler logs errors to stderr unless env is 'test'.
  app.set('env', 'test');

  const mounts = {};
  const names = fs.readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.probes.json'))
    .sort();
  for (const file of names) {
    const name = file.slice(0, -'.json'.length);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    mounts[name] = [];
    for (const [scope, opts] of entries(doc)) {
      const base = '/c/' + name;
      const at = scope === ALL_ROUTES ? base : base + scope;
      app.use(at, cors(prepare(opts)));
      mounts[name].push(scope);
    }
  }

  app.all('*', (req, res, next) => {
    if (/\/unhandled$/.test(req.path)) {
      next(); // Express's final handler answers 404
      return;
    }
    if (/\/throw$/.test(req.path)) {
      next(new Error('conformance: thrown on purpose'));
      return;
    }
    const m = /\/status\/(\d{3})$/.exec(req.path);
    res.status(m ? Number(m[1]) : 200).json({ path: req.path, method: req.method });
  });

  const server = app.listen(0, '127.0.0.1', () => {
    process.stdout.write(JSON.stringify({ port: server.address().port, mounts }) + '\n');
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
