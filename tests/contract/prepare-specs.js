#!/usr/bin/env node
// Writes validator-ready copies of the official Konnect specs into a scratch
// folder (never into the repository). Prism compiles every `pattern` with the
// JavaScript Unicode flag, under which an identity escape such as `\_` is a
// syntax error; Prism then silently skips validating that response. Without
// the flag `\_` simply means `_`, so dropping such backslashes keeps each
// pattern's meaning exactly while letting Prism validate. Each change is
// listed on stderr.
//
// The specs also leave out answers Konnect is known to send. Those are added to
// the copies with their shape, so that Prism checks the sandbox's answer against
// it instead of flagging an undeclared status (see coreEntityErrors below).
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

// The core entities (the endpoints shared with Kong's Admin API) answer errors as
// {"code", "message", "details": [ErrorDetail]}: a unique violation or a schema
// failure with 400, a write on a Kong Ingress Controller's control plane with 403
// (code 7). Source: Kong/gateway-operator controller/konnect/ops/ops_errors.go.
// The vault operations declare only 401 (and 404 for get-vault).
const coreEntityError = {
    type: 'object',
    required: ['code', 'message'],
    properties: {
        code: { type: 'integer' },
        message: { type: 'string' },
        details: {
            type: 'array',
            items: {
                type: 'object',
                properties: {
                    '@type': { type: 'string' },
                    type: { type: 'string' },
                    field: { type: 'string' },
                    messages: { type: 'array', items: { type: 'string' } },
                },
            },
        },
    },
};
const coreEntityErrors = {
    'create-vault': ['400', '403'],
    'upsert-vault': ['400', '403'],
    'delete-vault': ['403'],
};

function addKnownAnswers(spec, file) {
    for (const [route, item] of Object.entries(spec.paths || {})) {
        for (const operation of Object.values(item)) {
            const statuses = operation && coreEntityErrors[operation.operationId];
            if (!statuses) continue;
            for (const status of statuses) {
                if (operation.responses[status]) throw new Error(`${file}: ${route} ${status} is declared now`);
                operation.responses[status] = {
                    description: 'Core-entity error (added for the contract suite)',
                    content: { 'application/json': { schema: coreEntityError } },
                };
                console.error(`${file}: ${operation.operationId} + ${status} core-entity error`);
            }
        }
    }
}

fs.mkdirSync(outDir, { recursive: true });
for (const file of files) {
    const spec = yaml.load(fs.readFileSync(path.join(specDir, file), 'utf8'));
    walk(spec, '', file);
    addKnownAnswers(spec, file);
    fs.writeFileSync(path.join(outDir, file), yaml.dump(spec, { lineWidth: -1, noRefs: true }));
}
