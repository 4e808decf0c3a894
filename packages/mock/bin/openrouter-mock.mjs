#!/usr/bin/env node
// Thin launcher kept outside dist/ so that package managers can link it before the first build.
import '../dist/bin.mjs'
