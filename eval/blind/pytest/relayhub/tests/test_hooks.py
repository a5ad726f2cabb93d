from relayhub import client


def test_accepts_signed_events(relay, secret):
    before = client.stats(relay)

    for n, order_id in enumerate((101, 102), start=1):
        status, body = client.send_event(relay, "orders", {"order": order_id}, secret)
        assert status == 202
        assert body["id"] > 0
        after = client.wait_delivered(relay, before["delivered"] + n)

    assert after["received"] - before["received"] == 2
    assert after["delivered"] - before["delivered"] == 2
    assert after["rejected"] == before["rejected"]
