#!/usr/bin/env python3
"""A stand-in SMS provider for the two-node test: a real HTTP server that accepts every SMS the portal's HTTP
gateway (kabinet-sms-http) posts as form fields to, text and key, answers 200 with a message id, and appends
one line per request to a file: the idempotency key, the phone, the text. The test counts the lines per key.

    sms_receiver.py <port> <file> [seconds per SMS]
"""
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

lock = threading.Lock()


class Provider(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as providers' APIs do
    disable_nagle_algorithm = True  # headers and body are two writes: without this each answer waits for an ACK

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        fields = parse_qs(self.rfile.read(length).decode("utf-8"))
        key = fields.get("key", [""])[0]
        phone = fields.get("to", [""])[0]
        text = fields.get("text", [""])[0].replace("\n", " ")
        time.sleep(DELAY)
        with lock:
            with open(sys.argv[2], "a", encoding="utf-8") as out:
                out.write(f"{key}\t{phone}\t{text}\n")
        body = ('{"id":"%s"}' % uuid.uuid4()).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the node died while its SMS was being accepted: its outcome is unknown to it

    def log_message(self, *args):
        pass


DELAY = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Provider).serve_forever()
