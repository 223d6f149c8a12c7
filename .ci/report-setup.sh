#!/usr/bin/env bash
# Headless Chromium for the assessor-report tests (tests/test_report.py), run as root by
# .ci/run on a fresh Debian/Ubuntu machine. Safe to run twice.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
if ! command -v chromium >/dev/null || ! dpkg -s fonts-dejavu-core >/dev/null 2>&1; then
    apt-get update -q
    # chromium: renders each report headless (DOM dump and screenshot); fonts-dejavu-core:
    # real glyphs in the screenshots assessors and reviewers look at.
    apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
fi
echo "report set-up: $(chromium --version)"
