import urllib.error

import pytest

from relayhub import client
from relayhub.server import RelayServer


def test_replay_forwards_event_again(relay, secret):
    before = client.stats(relay)
    status, body = client.send_event(relay, "invoices", {"invoice": "INV-9"}, secret)
    assert status == 202
    client.wait_delivered(relay, before["delivered"] + 1)

    assert client.replay(relay, body["id"]) == 202
    after = client.wait_delivered(relay, before["delivered"] + 2)

    # A replay is forwarded again but is not a new event.
    assert after["received"] - before["received"] == 1
    assert after["delivered"] - before["delivered"] == 2


def test_replay_of_unknown_event_is_404():
    # Port 0: the kernel picks a free port, so this relay never meets another one.
    server = RelayServer("127.0.0.1", 0, "s3cret", forward_delay=0.2).start()
    try:
        status, _ = client.send_event(server.url, "orders", {"order": 5}, "s3cret")
        stats = client.wait_delivered(server.url, 1)
        with pytest.raises(urllib.error.HTTPError) as missing:
            client.replay(server.url, 999)
    finally:
        server.stop()

    assert status == 202
    assert stats["delivered"] == 1
    assert missing.value.code == 404
