from canopy.alerts import AlertClient, AlertSink
from canopy.rules import Rule, RuleEngine

from .feeds import DAY0, HOUR, make_feed, spike

RULES = [
    Rule("frost", "temp", "<", 2.0, "critical"),
    Rule("heat", "temp", ">", 32.0, "warning"),
    Rule("damp", "humidity", ">", 92.0, "warning"),
    Rule("dry", "humidity", "<", 35.0, "info"),
]


def test_frost_alerts_reach_the_pager(alert_sink, alert_client):
    alert_sink.clear()
    feed = make_feed(zones=("north", "south", "east", "west"), sensors_per_zone=1, hours=6)
    for n, zone in enumerate(("north", "south", "east", "west")):
        feed = spike(feed, f"{zone}-t1", DAY0 + (n + 1) * HOUR, 0.5)

    sent = RuleEngine(RULES, alert_client).process(feed)

    assert [(a["rule"], a["zone"]) for a in sent] == [
        ("frost", "north"), ("frost", "south"), ("frost", "east"), ("frost", "west"),
    ]
    assert [(a["rule"], a["zone"]) for a in alert_sink.received()] == [(a["rule"], a["zone"]) for a in sent]


def test_warnings_are_delivered_most_severe_first(alert_sink, alert_client):
    alert_sink.clear()
    temps = make_feed(zones=("tom-a", "tom-b"), sensors_per_zone=1, hours=4)
    temps = spike(temps, "tom-a-t1", DAY0 + HOUR, 35.5)
    temps = spike(temps, "tom-b-t1", DAY0 + 2 * HOUR, 1.0)
    damp = make_feed(zones=("tom-a", "tom-b"), sensors_per_zone=1, hours=4, kind="humidity")
    damp = spike(damp, "tom-a-h1", DAY0, 95.0)
    damp = spike(damp, "tom-b-h1", DAY0 + 3 * HOUR, 30.0)

    RuleEngine(RULES, alert_client).process(temps + damp)

    assert [(a["rule"], a["zone"]) for a in alert_sink.received()] == [
        ("frost", "tom-b"), ("damp", "tom-a"), ("heat", "tom-a"), ("dry", "tom-b"),
    ]


def test_private_sink_on_a_free_port():
    sink = AlertSink("127.0.0.1", 0).start()
    try:
        client = AlertClient(*sink.address)
        for zone in ("herb-1", "prop-1", "tom-a"):
            assert client.post({"rule": "dry", "zone": zone}) == 202
        assert [a["zone"] for a in sink.received()] == ["herb-1", "prop-1", "tom-a"]
    finally:
        sink.stop()
