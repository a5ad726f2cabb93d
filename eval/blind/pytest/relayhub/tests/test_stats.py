from collections import Counter

from relayhub import client


def test_stats_count_events_per_topic(relay, secret):
    before = client.stats(relay)

    events = [("users", {"user": "ada"}), ("orders", {"order": 1}), ("users", {"user": "grace"})]
    for n, (topic, payload) in enumerate(events, start=1):
        client.send_event(relay, topic, payload, secret)
        after = client.wait_delivered(relay, before["delivered"] + n)

    added = Counter(after["topics"])
    added.subtract(before["topics"])
    assert +added == {"users": 2, "orders": 1}
