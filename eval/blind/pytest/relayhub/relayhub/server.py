"""The relay: an HTTP endpoint that accepts webhooks and forwards them in the background."""
import json
import queue
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import signing


class RelayState:
    def __init__(self):
        self.lock = threading.Lock()
        self.received = 0
        self.rejected = 0
        self.delivered = 0
        self.by_topic = Counter()
        self.events = {}

    def snapshot(self):
        with self.lock:
            return {
                "received": self.received,
                "rejected": self.rejected,
                "delivered": self.delivered,
                "topics": dict(self.by_topic),
            }


class _Handler(BaseHTTPRequestHandler):
    server_version = "relayhub"

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def _reply(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/stats":
            self._reply(200, self.server.relay.state.snapshot())
        else:
            self._reply(404, {"error": "not found"})

    def do_POST(self):
        relay = self.server.relay
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        parts = self.path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "hooks":
            if not signing.verify(relay.secret, body, self.headers.get(signing.HEADER)):
                with relay.state.lock:
                    relay.state.rejected += 1
                self._reply(401, {"error": "bad signature"})
                return
            self._reply(202, {"id": relay.accept(parts[1], body)})
        elif len(parts) == 2 and parts[0] == "replay":
            event = relay.state.events.get(int(parts[1]))
            if event is None:
                self._reply(404, {"error": "unknown event"})
                return
            relay.outbox.put(event)
            self._reply(202, {"id": int(parts[1])})
        else:
            self._reply(404, {"error": "not found"})


class RelayServer:
    """Owns the HTTP server and the forwarding thread. `port=0` picks a free port."""

    def __init__(self, host, port, secret, forward_delay):
        self.secret = secret
        self.forward_delay = forward_delay
        self.state = RelayState()
        self.outbox = queue.Queue()
        self._next_id = 0
        self._httpd = ThreadingHTTPServer((host, port), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.relay = self
        self._threads = []

    @property
    def url(self):
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def accept(self, topic, body):
        with self.state.lock:
            self._next_id += 1
            event_id = self._next_id
            self.state.received += 1
            self.state.by_topic[topic] += 1
            self.state.events[event_id] = (topic, body)
        self.outbox.put((topic, body))
        return event_id

    def _forward_loop(self):
        while True:
            event = self.outbox.get()
            if event is None:
                return
            # Stand-in for the POST to each subscriber of the topic.
            threading.Event().wait(self.forward_delay)
            with self.state.lock:
                self.state.delivered += 1

    def start(self):
        for target in (self._httpd.serve_forever, self._forward_loop):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self):
        self.outbox.put(None)
        self._httpd.shutdown()
        self._httpd.server_close()
