#!/usr/bin/env python3
"""Serve the built docs with a fixed CORS header so the playground can fetch them."""
import http.server
import socketserver
import sys

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 8000


class DocsHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "https://play.docsite.org")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


with socketserver.TCPServer(("", PORT), DocsHandler) as httpd:
    print(f"serving on {PORT}")
    httpd.serve_forever()
