#!/usr/bin/env node
// Thin launcher: the bundled CLI lives in dist/cli/ (built by `npm install` through the prepare script:
// tsc, then scripts/bundle-cli.mjs).
import '../dist/cli/main.js';
