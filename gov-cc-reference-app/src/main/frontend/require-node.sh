#!/bin/sh
# Run by the Maven build before npm ci: says what is missing, instead of Maven's "Cannot run program".
for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "gov-cc: the reference app's pages are built with Node.js and npm, and '$tool' is not on the PATH." >&2
    echo "gov-cc: install them (Debian: apt-get install -y nodejs npm); see gov-cc-reference-app/README.md." >&2
    exit 1
  fi
done
