from relayhub import client


def test_rejects_tampered_signature(relay, secret):
    before = client.stats(relay)

    status, _ = client.send_event(relay, "orders", {"order": 7}, "not-the-secret")
    assert status == 401
    for n, order_id in enumerate((8, 9), start=1):
        status, _ = client.send_event(relay, "orders", {"order": order_id}, secret)
        assert status == 202
        after = client.wait_delivered(relay, before["delivered"] + n)

    assert after["rejected"] - before["rejected"] == 1
    assert after["received"] - before["received"] == 2
