#!/usr/bin/env node
// Writes validator-ready copies of the official Konnect specs into a scratch
// folder (never into the repository). Prism compiles every `pattern` with the
// JavaScript Unicode flag, under which an identity escape such as `\_` is a
// syntax error; Prism then silently skips validating that response. Without
// the flag `\_` simply means `_`, so dropping such backslashes keeps each
// pattern's meaning exactly while letting Prism validate. Each change is
// listed on stderr.
//   prepare-specs.js <spec-dir> <out-dir> <file...>
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const [specDir, outDir, ...files] = process.argv.slice(2);
const syntax = new Set('^$\\.*+?()[]{}|/'.split(''));
const escapes = new Set('dDwWsSbBnrtfv0cxukpP123456789'.split(''));

function unicodeSafe(pattern) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length) {
            const n = pattern[i + 1];
            const keep = syntax.has(n) || escapes.has(n) || (inClass && n === '-');
            out += keep ? c + n : n;
            i++;
            continue;
        }
        if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        out += c;
    }
    return out;
}

function walk(node, where, file) {
    if (Array.isArray(node)) {
        node.forEach((v, i) => walk(v, `${where}[${i}]`, file));
        return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
        if (key === 'pattern' && typeof value === 'string') {
            try {
                new RegExp(value, 'u');
            } catch (e) {
                const fixed = unicodeSafe(value);
                new RegExp(fixed, 'u'); // throws if still not valid
                if (new RegExp(fixed).source !== fixed) throw new Error('unexpected');
                node[key] = fixed;
                console.error(`${file}: ${where}.pattern ${JSON.stringify(value)} -> ${JSON.stringify(fixed)}`);
            }
        } else {
            walk(value, `${where}.${key}`, file);
        }
    }
}

fs.mkdirSync(outDir, { recursive: true });
for (const file of files) {
    const spec = yaml.load(fs.readFileSync(path.join(specDir, file), 'utf8'));
    walk(spec, '', file);
    fs.writeFileSync(path.join(outDir, file), yaml.dump(spec, { lineWidth: -1, noRefs: true }));
}
