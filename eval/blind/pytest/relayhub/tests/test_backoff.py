def test_retry_keeps_failed_deliveries_pending(delivery_log):
    delivery_log.record("dlv-7", "users", '{"user": "ada"}')
    delivery_log.record("dlv-8", "users", '{"user": "grace"}')
    delivery_log.record("dlv-9", "users", '{"user": "linus"}')

    # The subscriber of dlv-8 is down.
    sent = delivery_log.retry_pending(lambda delivery_id: delivery_id != "dlv-8")

    assert sent == 2
    assert delivery_log.pending() == ["dlv-8"]
    assert delivery_log.delivered_ids() == ["dlv-7", "dlv-9"]
