#!/usr/bin/env python3
"""What open live-update streams cost `backchannel serve` (docs/serve.md): starts a server,
opens N server-sent event streams on one exercise, measures the server's CPU over 10 s while
they idle, then the time from a posted message to the new version on a stream.

    python3 scripts/load_streams.py .build/release/backchannel 500
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def main():
    binary, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 500
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    work = tempfile.mkdtemp()
    server = subprocess.Popen([binary, "serve", "--db", os.path.join(work, "ex.db"), "--port", str(port), "--posterior", "none"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/api/health")
                break
            except Exception:
                time.sleep(0.1)
        body = json.dumps({"scenario": "minimal", "seed": 1, "turn_minutes": 600}).encode()
        created = json.load(urllib.request.urlopen(urllib.request.Request(base + "/api/exercises", data=body, headers={"Content-Type": "application/json"})))
        token = {s["role"]: s["token"] for s in created["seats"]}
        streams = []
        for _ in range(n):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(f"GET /api/exercises/{created['id']}/events?max_seconds=600 HTTP/1.1\r\nHost: x\r\n"
                      f"Authorization: Bearer {token['observer']}\r\n\r\n".encode())
            streams.append(s)
        time.sleep(3)

        def cpu_seconds():
            fields = open(f"/proc/{server.pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

        a = cpu_seconds()
        time.sleep(10)
        idle = (cpu_seconds() - a) / 10
        first = streams[0]
        first.setblocking(False)
        try:
            while first.recv(65536):
                pass
        except BlockingIOError:
            pass
        first.setblocking(True)
        first.settimeout(5)
        t0 = time.perf_counter()
        post = json.dumps({"room": "board", "text": "now"}).encode()
        urllib.request.urlopen(urllib.request.Request(base + f"/api/exercises/{created['id']}/messages", data=post,
                                                      headers={"Content-Type": "application/json", "Authorization": "Bearer " + token["umpire"]}))
        seen = b""
        while b"data: 1\n" not in seen:
            seen += first.recv(65536)
        latency = (time.perf_counter() - t0) * 1000
        print(f"{n} idle streams: server CPU {100 * idle:.1f}% of a core; a change reached a stream in {latency:.0f} ms")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
