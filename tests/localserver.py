"""A real HTTP server on 127.0.0.1 with scripted routes, for the crawler's tests (no mocks, no internet)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LocalServer:
    """Scripted routes; records (path, arrival time, headers) of each request."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}
        self.requests: list[tuple[str, float, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append((self.path, time.monotonic(), dict(self.headers)))
                route = server.routes.get(self.path)
                if route is None:
                    reply(self, 404, b"not found")
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address) -> None:
                pass  # the client hung up on purpose (timeouts, caps)

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def add(self, path: str, body: str | bytes = b"", status: int = 200, **headers: str) -> None:
        body = body.encode() if isinstance(body, str) else body
        self.routes[path] = lambda h: reply(h, status, body, headers)

    def paths(self) -> list[str]:
        return [p for p, _, _ in self.requests if p != "/robots.txt"]

    def hits(self, path: str) -> list[tuple[str, float, dict[str, str]]]:
        return [r for r in self.requests if r[0] == path]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def reply(h: BaseHTTPRequestHandler, status: int, body: bytes = b"", headers: dict | None = None) -> None:
    headers = {k.replace("_", "-"): v for k, v in (headers or {}).items()}
    h.send_response(status)
    headers.setdefault("Content-Type", "text/html; charset=utf-8")
    for name, value in headers.items():
        h.send_header(name, value)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)
