"""A small client for the relay's HTTP API (used by the CLI and the tests)."""
import json
import time
import urllib.request

from . import signing


def send_event(base_url, topic, payload, secret):
    body = json.dumps(payload).encode()
    request = urllib.request.Request(
        f"{base_url}/hooks/{topic}",
        data=body,
        headers={signing.HEADER: signing.sign(secret, body), "Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def replay(base_url, event_id):
    request = urllib.request.Request(f"{base_url}/replay/{event_id}", data=b"", method="POST")
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status


def stats(base_url):
    with urllib.request.urlopen(f"{base_url}/stats", timeout=5) as response:
        return json.load(response)


def wait_delivered(base_url, count, timeout=5.0):
    """Polls /stats until `count` events were forwarded; returns the last stats."""
    deadline = time.monotonic() + timeout
    current = stats(base_url)
    while current["delivered"] < count and time.monotonic() < deadline:
        time.sleep(0.05)
        current = stats(base_url)
    return current
