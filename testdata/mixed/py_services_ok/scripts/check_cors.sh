#!/bin/sh
# Smoke test: the API must not reflect a foreign origin.
set -eu
out=$(curl -s -D - -o /dev/null -H "Origin: https://evil.example" "$1/api/health")
echo "$out" | grep -qi '^access-control-allow-origin:' && { echo "reflects!"; exit 1; }
echo ok
